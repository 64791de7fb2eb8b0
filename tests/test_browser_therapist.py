"""The therapist's day in a real browser (#20): Debian's Chromium, headless, at 1024 x 768, through the
pages only. A PT opens the week, a patient's chart (outcome charts with the MCID), starts a visit
without recording consent, types the note and signs it; a PTA types and signs a daily note, the
supervising PT returns it with a comment, the PTA corrects and signs again, the PT co-signs; the PT
writes a plan of care and marks it sent. The database is read after each step. Every page passes
axe-core (no serious or critical finding), fits the screen without sideways scrolling, and is saved as
a screenshot in var/screenshots (therapist-*.png).
"""

import json
import re
import subprocess
from datetime import UTC, datetime

import pytest
from audio_helpers import dictation_clip
from browser_support import (
    SCREEN,
    checked,
    confirm_warnings,
    double_clicked,
    launched,
    log_in,
    logged_in,
    microphone,
    needs_chromium,
    shot,
)
from note_helpers import booked_appointment
from page_helpers import provider_user
from scheduling_helpers import NY, count, one

from core.timeutil import utcnow

pytestmark = needs_chromium


def _past() -> datetime:
    """Now, as the SQL compares it: the visits these tests open on the pages are ones that have taken
    place, as a visit is opened from its day on (core.visits.rules)."""
    return utcnow().replace(tzinfo=None)


@pytest.fixture(scope="module")
def dictating(driver, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Chromium whose fake microphone reads a clinician's dictation (espeak-ng, 48 kHz, quiet after);
    yields the browser and the dictation's length in seconds."""
    folder = tmp_path_factory.mktemp("dictation-mic")
    wav, truth = dictation_clip(folder)
    mic = folder / "mic.wav"
    subprocess.run(["sox", str(wav), "-r", "48000", "-c", "1", str(mic), "pad", "0.5", "3"], check=True)
    with launched(driver, *microphone(mic)) as browser:
        yield browser, truth["duration"] + 0.5


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
    confirm_warnings(page)
    page.click(button)
    page.wait_for_function(
        f"() => document.getElementById('status').textContent.startsWith({says!r})", timeout=30_000
    )


def test_a_therapists_day_chart_typed_note_sign_return_and_co_sign_on_the_screens(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, patient = booked_appointment(practice, "PT", "medicare", skip=1)
    starts = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=appointment)[0]
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    checked(page, "therapist-1-home")
    # a visit's time and its button each on one line in the half-width day table ('11:00 / AM' and
    # 'Start / visit' were two), on the visit's day (today may be a Saturday with no visits)
    page.goto(f"/?day={_local_day(starts)}")
    heights = page.evaluate(
        """() => [...document.querySelectorAll('#visits-h ~ .scroll table td.nowrap, #visits-h ~ .scroll table td .button')]
        .map(e => { const words = [...e.childNodes].find(n => n.nodeType === 3), r = document.createRange();
          r.selectNodeContents(words); return [words.textContent.trim(), r.getClientRects().length]; })"""
    )
    assert heights and all(lines == 1 for _, lines in heights), heights

    # 1. The week, then the patient's chart from it.
    page.click("nav >> text=My week")
    page.goto(f"/my/week?day={_local_day(starts)}")
    assert page.locator(f'a[href="/appointments/{appointment}/record"]').count() == 1
    checked(page, "therapist-2-week")
    page.click(f'.visit a[href="/patients/{patient}/chart"] >> nth=0')
    page.wait_for_url(re.compile(rf"/patients/{patient}/chart"))
    assert "Plan of care in force" in page.inner_text("main")
    checked(page, "therapist-3-chart")
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
    checked(page, "therapist-4-editor")
    double_clicked(page, "#save-note", re.compile(r"/notes/\d+/review"))
    note = int(re.search(r"/notes/(\d+)/review", page.url).group(1))  # type: ignore[union-attr]
    assert count(practice, "SELECT COUNT(*) FROM note WHERE visit_id = :v", v=visit) == 1
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "draft"
    assert "date of service" in page.inner_text("main")
    assert "who attests" in page.inner_text("#attestation")
    checked(page, "therapist-5-review")

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
    checked(page, "therapist-6-signed")
    context.close()

    # 4. A PTA's daily note: typed, signed, waiting for the supervisor.
    pta_appointment, pta, _ = booked_appointment(practice, "PTA", "medicare", skip=1)
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=pta)[0]
    pta_starts = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=pta_appointment)[0]
    context, page = logged_in(chromium, server, provider_user(practice, pta))
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
    context, page = logged_in(chromium, server, provider_user(practice, supervisor))
    page.goto(f"/notes/{pta_note}/review")
    page.wait_for_selector("#return-form")
    assert "co-signed as supervising therapist" in page.inner_text("#attestation")
    checked(page, "therapist-7-cosign-or-return")
    comment = "Add the response to manual therapy and the plan for next visit."
    page.fill("#comment", comment)
    page.click("#return")
    page.wait_for_load_state()
    assert "Returned to the assistant" in page.inner_text("main")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "in_review"
    assert one(practice, "SELECT comment FROM note_return WHERE note_id = :n", n=pta_note)[0] == comment
    context.close()

    # 6. The PTA reads the comment, corrects, signs again.
    context, page = logged_in(chromium, server, provider_user(practice, pta))
    page.goto(f"/notes/{pta_note}/review")
    assert comment in page.inner_text("#return-comment")
    checked(page, "therapist-8-returned")
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
    context, page = logged_in(chromium, server, provider_user(practice, supervisor))
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
    checked(page, "therapist-9-co-signed")

    # 8. A plan of care from the chart, sent to the physician.
    page.goto(f"/patients/{patient}/chart")
    page.click("text=New plan of care")
    page.fill("#icd10_codes", "M17.11, R26.89")
    page.fill("#physician_name", "Dr. Maya Patel")
    page.fill("#physician_npi", "1234567893")
    page.fill("#short_1", "Rise from a chair without the hands")
    page.fill("#long_1", "Walk 500 feet without a device")
    checked(page, "therapist-10-plan-form")
    before = count(practice, "SELECT COUNT(*) FROM plan_of_care WHERE patient_id = :p", p=patient)
    page.click("#save-plan")
    page.wait_for_url(re.compile(r"/plans/\d+"))
    plan = int(re.search(r"/plans/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    assert count(practice, "SELECT COUNT(*) FROM plan_of_care WHERE patient_id = :p", p=patient) == before + 1
    page.click("#mark-sent")
    page.wait_for_load_state()
    assert one(practice, "SELECT status FROM plan_of_care WHERE id = :i", i=plan)[0] == "sent"
    checked(page, "therapist-11-plan-sent")

    # 9. The physician's signature recorded; the certification PDF for the physician is a PDF.
    page.click("#mark-signed")
    page.wait_for_load_state()
    assert "The physician's signature is recorded." in page.inner_text("main")
    assert one(practice, "SELECT physician_signed_on FROM plan_of_care WHERE id = :i", i=plan)[0] is not None
    assert "signed by the physician on" in page.inner_text("#plan-status")
    checked(page, "therapist-11b-plan-signed")
    certification = page.request.get(f"/plans/{plan}/certification.pdf")
    assert certification.status == 200 and certification.body().startswith(b"%PDF")
    assert certification.headers["content-type"].startswith("application/pdf")
    context.close()


def test_a_therapist_dictates_an_evaluation_after_the_visit_and_completes_its_form(served, dictating) -> None:  # type: ignore[no-untyped-def]
    """No recording consent: the clinician dictates in the editor with the same recorder, sees what is
    left of the transcription after Stop (the server's count), drafts, completes the evaluation's form
    on the review page and finds the note on the home page by patient and date of service."""
    practice, server = served
    browser, seconds = dictating
    appointment, provider, patient = one(
        practice,
        """SELECT a.id, a.provider_id, a.patient_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        JOIN appointment_type t ON t.id = a.appointment_type_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'evaluation'
          AND a.starts_at < :now
        ORDER BY a.starts_at DESC LIMIT 1""",
        now=_past(),
    )
    context = browser.new_context(base_url=server.url, viewport=SCREEN)
    context.grant_permissions(["microphone"], origin=server.url)
    page = context.new_page()
    user = provider_user(practice, provider)
    log_in(page, user.email, user.password)
    page.goto(f"/appointments/{appointment}/record")
    page.click("main button[type=submit]")  # consent left unchecked
    page.wait_for_url(re.compile(r"/visits/\d+/record"))
    visit = int(re.search(r"/visits/(\d+)/record", page.url).group(1))  # type: ignore[union-attr]
    page.click(f'a[href="/visits/{visit}/note"]')
    page.wait_for_selector("#recorder[data-kind=dictation]")
    assert "Prior level of function" in page.inner_text("#editor")
    checked(page, "therapist-12-evaluation-editor")

    # every status line the page shows is kept, to find the progress the server reported
    page.evaluate(
        """() => { window.seen = []; new MutationObserver(() => window.seen.push(
        document.getElementById('status').textContent)).observe(document.getElementById('status'),
        {childList: true, characterData: true, subtree: true}); }"""
    )
    page.click("#record")
    page.wait_for_selector("#stop:not([disabled])")
    page.wait_for_timeout(int(seconds * 1000))
    page.click("#stop")
    page.wait_for_function(
        "() => window.seen.some((t) => /of audio left|% done|Transcript ready/.test(t))", timeout=180_000
    )
    if page.locator("#left:not([hidden])").count():
        shot(page, "therapist-13-dictation-progress")
    page.wait_for_selector("#draft:not([hidden])", timeout=240_000)
    seen = page.evaluate("() => window.seen")
    told = [t for t in seen if "of audio left" in t]
    assert told, seen  # the server's seconds, not a bare 'Transcribing the last part'
    # the pieces told are the worker's own count of what was left to hear after Stop (none where the
    # whole dictation was heard while it went on), never 30-second stretches of its length
    pieces = one(practice, "SELECT j.pieces FROM transcription_job j WHERE j.visit_id = :v", v=visit)[0]
    for n, of in re.findall(r"piece (\d+) of (\d+)", " ".join(seen)):
        assert 1 <= int(n) <= int(of) == pieces > 1, seen
    assert one(practice, "SELECT kind FROM recording WHERE visit_id = :v", v=visit) == ("dictation",)
    checked(page, "therapist-14-dictated")
    page.click("#draft")
    page.wait_for_url(re.compile(r"/notes/\d+/review"), timeout=120_000)
    note = int(re.search(r"/notes/(\d+)/review", page.url).group(1))  # type: ignore[union-attr]
    assert one(practice, "SELECT note_type, ai_assisted FROM note WHERE id = :n", n=note)[0] == "evaluation"

    # the evaluation's form, completed on the review page
    assert "Still to fill" in page.inner_text("#note-form")
    page.fill("#prior_level", "Walked 2 miles daily without a device.")
    page.fill("#goal_1", "Rise from a chair without the hands in 4 weeks")
    page.fill("#goal_2", "Walk 500 feet without a device in 8 weeks")
    page.fill("#frequency_per_week", "2")
    page.fill("#duration_weeks", "8")
    page.select_option("#complexity", "low")
    page.fill("#complexity_history", "no comorbidities bearing on the plan")
    page.fill("#complexity_body_systems", "range of motion, strength")
    page.select_option("#complexity_presentation", "stable")
    page.click("#save-form")
    page.wait_for_load_state()
    assert "Form saved." in page.inner_text("main")
    assert page.locator("#form-missing").count() == 0
    form = one(
        practice,
        "SELECT v.form FROM note_version v JOIN note n ON n.id = v.note_id AND v.version = n.current_version"
        " WHERE n.id = :n",
        n=note,
    )[0]
    assert "Walk 500 feet" in str(form) and "Walked 2 miles" in str(form)
    checked(page, "therapist-15-evaluation-form")

    # the home page names the note waiting: patient, date of service, type, with its link
    page.goto("/")
    first, last = one(practice, "SELECT first_name, last_name FROM patient WHERE id = :p", p=patient)
    row = page.locator(f'section[aria-labelledby=notes-h] tr:has(a[href="/notes/{note}/review"])')
    assert f"{first} {last}" in row.inner_text() and "evaluation" in row.inner_text()
    checked(page, "therapist-16-home-waiting")
    context.close()


# Said at an evaluation (typed as a transcript, as a dictation app sends one): the prior level, the
# plan's frequency and duration, a measure; no goal, which the clinician adds on the form.
EVALUATION_SAID = [
    ("therapist", "Before the fall she was walking two miles daily without a device."),
    ("therapist", "Knee flexion is 95 degrees. Pain is 6 out of 10."),
    ("therapist", "Plan is twice a week for six weeks."),
]


def test_the_scribe_fills_an_evaluations_form_and_signing_waits_for_it_to_be_complete(
    served, chromium
) -> None:  # type: ignore[no-untyped-def]
    """An evaluation visit opened on the pages; the scribe's draft fills the form's prior level and
    plan, marked drafted; Sign with the goals still empty is refused with the fields named, and the note
    stays a draft; the goal added and the form saved, the note signs and bills."""
    from note_helpers import login_as_provider

    practice, server = served
    appointment, provider = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        JOIN appointment_type t ON t.id = a.appointment_type_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'evaluation'
          AND a.starts_at < :now
        ORDER BY a.starts_at DESC LIMIT 1""",
        now=_past(),
    )
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/appointments/{appointment}/record")
    page.click("main button[type=submit]")  # consent left unchecked
    page.wait_for_url(re.compile(r"/visits/\d+/record"))
    visit = int(re.search(r"/visits/(\d+)/record", page.url).group(1))  # type: ignore[union-attr]

    api = practice.client()
    transcript = {
        "segments": [
            {"speaker": who, "start": i * 6.0, "end": i * 6.0 + 5.0, "text": said}
            for i, (who, said) in enumerate(EVALUATION_SAID)
        ]
    }
    drafted = api.post(
        f"/api/v1/visits/{visit}/draft",
        json={"transcript": transcript},
        headers=login_as_provider(practice, api, provider),
    )
    assert drafted.status_code == 201, drafted.text
    note = drafted.json()["note"]["id"]

    # the visit now opens its note: the form with what the scribe filled, each marked
    page.goto(f"/visits/{visit}/note")
    page.wait_for_url(re.compile(rf"/notes/{note}/review"))
    page.wait_for_selector("form#note[data-ready=yes]")
    assert page.input_value("#frequency_per_week") == "2" and page.input_value("#duration_weeks") == "6"
    assert "Before the fall she was walking two miles daily" in page.input_value("#prior_level")
    assert sorted(page.eval_on_selector_all("[data-drafted]", "els => els.map(e => e.dataset.drafted)")) == [
        "complexity_body_systems",
        "duration_weeks",
        "frequency_per_week",
        "pain_now",
        "prior_level",
        "rom",
    ]
    assert page.input_value("#pain_now") == "6" and page.input_value("#rom_1_degrees") == "95"
    assert page.input_value("#complexity_body_systems") == "range of motion, pain"
    assert page.input_value("#goal_1") == ""
    assert "Still to fill: the goals; the evaluation's complexity" in page.inner_text("#note-form")
    page.locator("#note-form").scroll_into_view_if_needed()
    checked(page, "therapist-17-evaluation-drafted-form")

    # signed incomplete: refused, the fields named, nothing signed or billed
    confirm_warnings(page)
    page.click("#sign")
    page.wait_for_function(
        "() => document.getElementById('status').textContent.startsWith('Not signed')", timeout=30_000
    )
    said = page.inner_text("#status")
    assert "the evaluation form is not complete: it still needs the goals" in said, said
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] in ("draft", "in_review")
    assert count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note) == 0
    assert count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 0
    checked(page, "therapist-18-evaluation-refused")

    # completed and saved: a mark goes only from the field changed (the pain now) or ticked as checked
    # (the prior level, the range of motion); the plan's marks, left alone, stay for the clinician
    page.fill("#goal_1", "Walk 500 feet without a device in 6 weeks")
    page.select_option("#complexity", "moderate")
    page.fill("#complexity_history", "lives alone, fall at home")
    page.select_option("#complexity_presentation", "evolving")
    page.fill("#pain_now", "5")
    page.check("#confirm_prior_level")
    page.check("#confirm_rom")
    page.click("#save-form")
    page.wait_for_selector("form#note[data-ready=yes]")
    assert "Form saved." in page.inner_text("main")
    assert page.locator("#form-missing").count() == 0
    still = ["complexity_body_systems", "duration_weeks", "frequency_per_week"]
    assert (
        sorted(page.eval_on_selector_all("[data-drafted]", "els => els.map(e => e.dataset.drafted)")) == still
    )
    kept = one(
        practice,
        "SELECT v.form FROM note_version v JOIN note n ON n.id = v.note_id AND v.version = n.current_version"
        " WHERE n.id = :n",
        n=note,
    )[0]
    kept = kept if isinstance(kept, dict) else json.loads(kept)
    assert sorted(kept["drafted"]) == still and kept["pain_now"] == 5 and kept["complexity"] == "moderate"
    assert kept["rom"] == [{"joint": "knee", "motion": "flexion", "side": "", "degrees": 95}]
    checked(page, "therapist-18b-evaluation-marks-kept")
    _sign(page, "#sign", "Signed")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    form = one(
        practice,
        "SELECT v.form FROM note_version v JOIN note n ON n.id = v.note_id AND v.version = n.current_version"
        " WHERE n.id = :n",
        n=note,
    )[0]
    assert "Walk 500 feet without a device in 6 weeks" in str(form) and "Before the fall" in str(form)
    assert count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) >= 1
    checked(page, "therapist-19-evaluation-signed")
    context.close()


def test_an_uploaded_dictation_shows_what_is_left_of_its_transcription(served, chromium, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The editor's upload: once the file is taken, the page counts the part being heard, the audio
    left and the time to the end from the server's job (as the recorder's Stop does), then offers the
    draft by itself when the job is done."""
    practice, server = served
    audio, truth = dictation_clip(tmp_path, "mp3")
    appointment, provider = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        JOIN appointment_type t ON t.id = a.appointment_type_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'follow-up'
          AND a.starts_at < :now
        ORDER BY a.starts_at DESC LIMIT 1 OFFSET 3""",
        now=_past(),
    )
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/appointments/{appointment}/record")
    page.click("main button[type=submit]")  # consent left unchecked: the clinician's dictation only
    page.wait_for_url(re.compile(r"/visits/\d+/record"))
    visit = int(re.search(r"/visits/(\d+)/record", page.url).group(1))  # type: ignore[union-attr]
    page.goto(f"/visits/{visit}/note")
    page.set_input_files("#file", str(audio))
    page.select_option("#kind", "dictation")
    page.click("text=Upload and transcribe")
    page.wait_for_url(re.compile(rf"/visits/{visit}/note\?job=\d+"))
    job = int(re.search(r"job=(\d+)", page.url).group(1))  # type: ignore[union-attr]
    told: list[str] = []
    # the page follows the job by itself: no "Check again" to press while a script runs (#20)
    assert not page.locator("#job-again").is_visible()
    if page.locator("#job-status").count():
        page.evaluate(
            """() => { window.told = []; const left = document.getElementById('job-left');
            new MutationObserver(() => window.told.push(left.textContent)).observe(left,
            {childList: true, characterData: true, subtree: true}); }"""
        )
        page.wait_for_function(
            "() => !document.getElementById('job-left') || window.told.length > 0", timeout=60_000
        )
        told = page.evaluate("() => window.told || []")
        if told:
            line = told[0]
            # while no piece is done the first is said to be heard (no "0 %"); then the piece of how
            # many and how many after it (#20)
            assert re.search(
                r"(Hearing the first piece(?: of \d+ \(\d+ after it\))?: \d+:\d\d of 0:\d\d of audio left"
                r"|Hearing the recording, in one piece: \d+:\d\d of 0:\d\d of audio left"
                r"|Transcribing piece \d+ of \d+, (?:\d+ after it|the last): \d+:\d\d of 0:\d\d of audio left"
                r"|Waiting)",
                line,
            ), told
            assert not any(t.startswith("Hearing") and "(0 % done)" in t for t in told), told
            checked(page, "therapist-20-upload-progress")
    # done: the page loads again by itself and offers the draft
    page.wait_for_selector("text=The recording is transcribed.", timeout=300_000)
    status, pieces = one(practice, "SELECT status, pieces FROM transcription_job WHERE id = :j", j=job)
    assert status == "done" and pieces >= 1
    # each piece told is one of the stretches the worker heard, counted by the worker
    for n, of, after in re.findall(r"piece (\d+) of (\d+), (\d+ after it|the last)", " ".join(told)):
        assert 1 <= int(n) <= int(of) == pieces > 1, told
        assert after == ("the last" if n == of else f"{int(of) - int(n)} after it"), told
    assert one(practice, "SELECT kind FROM recording WHERE visit_id = :v", v=visit) == ("dictation",)
    assert truth["duration"] > 0
    context.close()
