"""Three findings of a new-user trial (#20), in Debian's Chromium at 1024 x 768 through the pages:
a transcribed recording stays on the visit's pages after a reload, with its Draft button; the review
page of a PTA's note names the supervising therapist who co-signs it; the start page asks for the
patient's answer on recording, and consent given later offers the recorder. The database is read after
each step; each page passes axe-core, fits the screen and is saved as var/screenshots/trial-*.png."""

import re

from browser_support import checked, logged_in, needs_chromium
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, open_visit
from page_helpers import provider_user
from scheduling_helpers import count, on_the_visit_day, one
from test_pages_stored_transcript import _recorded

pytestmark = needs_chromium

DEMO_SIZE = "tiny"


def test_a_transcript_stays_after_a_reload_and_drafts_the_note(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = booked_appointment(practice, "PTA", "medicare", skip=0)
    api = practice.client()
    visit = open_visit(api, login_as_provider(practice, api, provider), appointment)
    _recorded(practice, visit, "done")
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    for address in (f"/visits/{visit}/note", f"/visits/{visit}/record"):
        page.goto(address)
        page.reload()  # the trial's step: reloaded, the transcript and the button are still there
        assert "Pain is three out of ten on the stairs." in page.inner_text("main")
        assert "The recording is transcribed" in page.inner_text("main")
    page.wait_for_selector("#draft:not([hidden])")
    checked(page, "trial-1-record-after-reload")
    page.goto(f"/visits/{visit}/note")
    checked(page, "trial-1-note-after-reload")
    page.goto(f"/visits/{visit}/record")
    page.click("#draft")
    page.wait_for_url(re.compile(r"/notes/\d+/review"), timeout=60_000)
    assert count(practice, "SELECT COUNT(*) FROM note WHERE visit_id = :v", v=visit) == 1
    context.close()


def test_the_review_page_names_the_co_signer_to_another_therapist(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, assistant, _ = booked_appointment(practice, "PTA", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, assistant)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    with on_the_visit_day(practice.engine, note=note):
        assert api.post(f"/api/v1/notes/{note}/sign", headers=headers).json()["status"] == "awaiting_cosign"
    supervisor, name = one(
        practice,
        "SELECT s.id, s.full_name FROM provider p JOIN provider s ON s.id = p.supervising_provider_id"
        " WHERE p.id = :p",
        p=assistant,
    )
    other = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND id != :s ORDER BY id LIMIT 1",
        s=supervisor,
    )[0]
    for reader, cosigns in ((other, False), (supervisor, True)):
        context, page = logged_in(chromium, server, provider_user(practice, reader))
        page.goto(f"/notes/{note}/review")
        said = page.inner_text("#cosigner")
        assert said.startswith(f"Waiting for co-signature by {name}"), said
        assert (page.locator("#cosign").count() == 1) is cosigns
        checked(page, f"trial-2-review-{'supervisor' if cosigns else 'other-therapist'}")
        context.close()


def test_consent_is_asked_for_and_can_be_given_later(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    with on_the_visit_day(practice.engine, appointment=appointment):
        page.goto(f"/appointments/{appointment}/record")
        assert page.locator("#consent").count() == 0  # no box to leave unticked
        checked(page, "trial-3-start")
        page.click("#open-unrecorded")
        page.wait_for_url(re.compile(r"/visits/\d+/record"))
    visit = int(re.search(r"/visits/(\d+)/record", page.url).group(1))  # type: ignore[union-attr]
    assert one(practice, "SELECT recording_consent FROM visit WHERE id = :v", v=visit)[0] in (0, False)
    checked(page, "trial-3-opened-without-recording")
    page.click("#give-consent")
    page.wait_for_selector("#recorder[data-kind=live]")
    assert one(practice, "SELECT recording_consent FROM visit WHERE id = :v", v=visit)[0] in (1, True)
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_id = :v"
            " AND detail = 'recording consent given after opening'",
            v=str(visit),
        )
        == 1
    )
    checked(page, "trial-3-consent-given-later")
    context.close()
