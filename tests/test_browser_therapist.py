"""The therapist's day in a real browser (#20): Debian's Chromium, headless, at 1024 x 768, through the
pages only. A PT opens the week, a patient's chart (outcome charts with the MCID), starts a visit
without recording consent, types the note and signs it; a PTA types and signs a daily note, the
supervising PT returns it with a comment, the PTA corrects and signs again, the PT co-signs; the PT
writes a plan of care and marks it sent. The database is read after each step. Every page passes
axe-core (no serious or critical finding), fits the screen without sideways scrolling, and is saved as
a screenshot in var/screenshots (therapist-*.png).
"""

import re
from datetime import UTC, datetime

import pytest
from conftest import make_practice
from note_helpers import booked_appointment
from page_helpers import provider_user
from scheduling_helpers import NY, count, one
from test_browser import CHROMIUM, FLAGS, LiveServer, _accessible, _fits, _log_in, _shot

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="make test installs Debian's chromium")
SCREEN = {"width": 1024, "height": 768}


@pytest.fixture(scope="module")
def therapist_site(databases, tmp_path_factory):  # type: ignore[no-untyped-def]
    from web.app import create_app

    practice = make_practice("sqlite", databases, tmp_path_factory.mktemp("therapist-browser"))
    with LiveServer(create_app(engine=practice.engine, settings=practice.settings)) as server:
        yield practice, server


@pytest.fixture(scope="module")
def chromium():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


def _checked(page, name: str) -> None:  # type: ignore[no-untyped-def]
    # Nothing focused: headless Chromium's full-page screenshot taken with the caret in a field leaves
    # the page deaf to the next click (seen on the note editor's number fields).
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    _accessible(page)
    _fits(page)
    _shot(page, name)


def _as(chromium, server, practice, provider_id: int):  # type: ignore[no-untyped-def]
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    user = provider_user(practice, provider_id)
    _log_in(page, user.email, user.password)
    return context, page


def _local_day(value: object) -> str:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC).astimezone(NY).date().isoformat()


def _type_note(page, assessment: str) -> None:  # type: ignore[no-untyped-def]
    page.fill("#subjective", "Knee stiff in the morning, 3/10.")
    page.fill("#objective", "Flexion 115 degrees. Step-ups 3x10, TKE with band.")
    page.fill("#assessment", assessment)
    page.fill("#plan", "Continue 2x/week; progress step height.")
    page.fill("#code_1", "97110")
    page.fill("#minutes_1", "33")
    page.fill("#code_2", "97140")
    page.fill("#minutes_2", "7")


def _open_without_consent(page, appointment: int) -> int:  # type: ignore[no-untyped-def]
    """From the week: Start visit, no consent, then the editor; the visit's id."""
    page.click(f'a[href="/appointments/{appointment}/record"]')
    page.wait_for_url(re.compile(rf"/appointments/{appointment}/record"))
    page.click("main button[type=submit]")  # consent left unchecked
    page.wait_for_url(re.compile(r"/visits/\d+/record"))
    visit = int(re.search(r"/visits/(\d+)/record", page.url).group(1))  # type: ignore[union-attr]
    page.click(f'a[href="/visits/{visit}/note"]')
    page.wait_for_selector("#editor")
    return visit


def _sign(page, button: str, says: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("form#note[data-ready=yes]")
    page.click(button)
    page.wait_for_function(
        f"() => document.getElementById('status').textContent.startsWith({says!r})", timeout=30_000
    )


def test_a_therapists_day_chart_typed_note_sign_return_and_co_sign_on_the_screens(
    therapist_site, chromium
) -> None:  # type: ignore[no-untyped-def]
    practice, server = therapist_site
    appointment, provider, patient = booked_appointment(practice, "PT", "medicare", skip=1)
    starts = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=appointment)[0]
    context, page = _as(chromium, server, practice, provider)
    _checked(page, "therapist-1-home")

    # 1. The week, then the patient's chart from it.
    page.click("nav >> text=My week")
    page.goto(f"/my/week?day={_local_day(starts)}")
    assert page.locator(f'a[href="/appointments/{appointment}/record"]').count() == 1
    _checked(page, "therapist-2-week")
    page.click(f'.visit a[href="/patients/{patient}/chart"] >> nth=0')
    page.wait_for_url(re.compile(rf"/patients/{patient}/chart"))
    assert "Plan of care in force" in page.inner_text("main")
    _checked(page, "therapist-3-chart")
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'chart' AND patient_id = :p",
            p=patient,
        )
        == 3
    )

    # 2. No consent: the visit opens, the note is typed and saved as a draft.
    page.goto(f"/my/week?day={_local_day(starts)}")
    visit = _open_without_consent(page, appointment)
    assert one(practice, "SELECT recording_consent FROM visit WHERE id = :v", v=visit)[0] in (0, False)
    page.fill("#measure_1", "LEFS")
    page.keyboard.press("Escape")  # the measures' suggestion list
    page.fill("#score_1", "55")
    _type_note(page, "Tolerated well; less stiffness after manual therapy.")
    _checked(page, "therapist-4-editor")
    page.dblclick("#save-note")
    page.wait_for_url(re.compile(r"/notes/\d+/review"))
    note = int(re.search(r"/notes/(\d+)/review", page.url).group(1))  # type: ignore[union-attr]
    assert count(practice, "SELECT COUNT(*) FROM note WHERE visit_id = :v", v=visit) == 1
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "draft"
    assert "date of service" in page.inner_text("main")
    assert "who attests" in page.inner_text("#attestation")
    _checked(page, "therapist-5-review")

    # 3. Signed: locked, charged, the PDF offered on the next visit of the page.
    _sign(page, "#sign", "Signed")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    assert count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 2
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM outcome_measure_result WHERE visit_id = :v AND measure = 'LEFS'",
            v=visit,
        )
        == 1
    )
    page.goto(f"/appointments/{appointment}/record")  # 'Start visit' again opens the signed note
    page.wait_for_url(re.compile(rf"/notes/{note}/review"))
    assert "Check before signing" not in page.inner_text("main")
    assert page.locator(f'a[href="/api/v1/notes/{note}/pdf"]').count() == 1
    _checked(page, "therapist-6-signed")
    context.close()

    # 4. A PTA's daily note: typed, signed, waiting for the supervisor.
    pta_appointment, pta, _ = booked_appointment(practice, "PTA", "medicare", skip=1)
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=pta)[0]
    pta_starts = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=pta_appointment)[0]
    context, page = _as(chromium, server, practice, pta)
    page.goto(f"/my/week?day={_local_day(pta_starts)}")
    _open_without_consent(page, pta_appointment)
    _type_note(page, "Tolerated well.")
    page.click("#save-note")
    page.wait_for_url(re.compile(r"/notes/\d+/review"))
    pta_note = int(re.search(r"/notes/(\d+)/review", page.url).group(1))  # type: ignore[union-attr]
    _sign(page, "#sign", "Signed; waiting")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "awaiting_cosign"
    assert count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=pta_note) == 0
    context.close()

    # 5. The supervisor returns it with a comment.
    context, page = _as(chromium, server, practice, supervisor)
    page.goto(f"/notes/{pta_note}/review")
    page.wait_for_selector("#return-form")
    assert "co-signed as supervising therapist" in page.inner_text("#attestation")
    _checked(page, "therapist-7-cosign-or-return")
    comment = "Add the response to manual therapy and the plan for next visit."
    page.fill("#comment", comment)
    page.click("#return")
    page.wait_for_load_state()
    assert "Returned to the assistant" in page.inner_text("main")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "in_review"
    assert one(practice, "SELECT comment FROM note_return WHERE note_id = :n", n=pta_note)[0] == comment
    context.close()

    # 6. The PTA reads the comment, corrects, signs again.
    context, page = _as(chromium, server, practice, pta)
    page.goto(f"/notes/{pta_note}/review")
    assert comment in page.inner_text("#return-comment")
    _checked(page, "therapist-8-returned")
    page.fill("#assessment", "Tolerated well; knee pain 3/10 -> 1/10 after manual therapy.")
    _sign(page, "#sign", "Signed; waiting")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "awaiting_cosign"
    assert (
        "1/10"
        in one(
            practice,
            "SELECT v.assessment FROM note_version v JOIN note n ON n.id = v.note_id AND v.version = n.current_version "
            "WHERE n.id = :n",
            n=pta_note,
        )[0]
    )
    context.close()

    # 7. The supervisor co-signs: final and billed.
    context, page = _as(chromium, server, practice, supervisor)
    page.goto(f"/notes/{pta_note}/review")
    _sign(page, "#cosign", "Co-signed")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "signed"
    assert (
        count(
            practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n AND modifiers LIKE '%CQ%'", n=pta_note
        )
        >= 1
    )
    page.goto(f"/notes/{pta_note}/review")
    assert "Returned for correction by" in page.inner_text("#signatures")
    _checked(page, "therapist-9-co-signed")

    # 8. A plan of care from the chart, sent to the physician.
    page.goto(f"/patients/{patient}/chart")
    page.click("text=New plan of care")
    page.fill("#icd10_codes", "M17.11, R26.89")
    page.fill("#physician_name", "Dr. Maya Patel")
    page.fill("#physician_npi", "1234567893")
    page.fill("#short_1", "Rise from a chair without the hands")
    page.fill("#long_1", "Walk 500 feet without a device")
    _checked(page, "therapist-10-plan-form")
    before = count(practice, "SELECT COUNT(*) FROM plan_of_care WHERE patient_id = :p", p=patient)
    page.click("#save-plan")
    page.wait_for_url(re.compile(r"/plans/\d+"))
    plan = int(re.search(r"/plans/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    assert count(practice, "SELECT COUNT(*) FROM plan_of_care WHERE patient_id = :p", p=patient) == before + 1
    page.click("#mark-sent")
    page.wait_for_load_state()
    assert one(practice, "SELECT status FROM plan_of_care WHERE id = :i", i=plan)[0] == "sent"
    _checked(page, "therapist-11-plan-sent")
    context.close()
