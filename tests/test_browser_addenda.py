"""A signed note's addendum and an assistant's note returned for correction, in a real browser (#20):
Debian's Chromium, headless, 1024 x 768, through the pages. The notes are drafted and signed through
the API beforehand; what is tried here is the page's: a refused addendum (and a refused return) lands
on the note's own address with what was typed and the problem, a reload posts nothing, a double click
adds one addendum (returns once), and the addendum is shown under the note with its signer and the
time in the clinic's words. The database is read after each step; every page passes axe-core, fits the
screen and is saved as var/screenshots/addenda-*.png."""

import re
from datetime import datetime

from browser_support import checked, double_clicked, logged_in, needs_chromium
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import provider_user
from scheduling_helpers import NY, count, one

from core.timeutil import in_clinic_words

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = needs_chromium


def _drafted(practice, credential: str, skip: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    appointment, provider, _ = booked_appointment(practice, credential, "medicare", skip=skip)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    assert post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers).status_code == 200
    return note, provider


def test_an_addendum_and_a_return_for_correction_on_the_screens(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    note, provider = _drafted(practice, "PT", skip=4)
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    context, page = logged_in(chromium, server, provider_user(practice, provider))

    # 1. The signed note offers the addendum, with what signing it records.
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("#addendum-form")
    assert "added after signing by" in page.inner_text("#addendum-form")
    checked(page, "addenda-1-signed-note")

    # 2. Sent empty: refused at the note's own address; a reload posts nothing.
    page.click("#add-addendum")
    page.wait_for_url(re.compile(rf"/notes/{note}/review\?refused="))
    assert "An addendum needs text" in page.inner_text("#addendum-error")
    checked(page, "addenda-2-refused")
    page.reload()
    assert "An addendum needs text" in page.inner_text("#addendum-error")
    assert count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note) == 0

    # 3. Typed and double-clicked: one addendum, signed and dated in the clinic's words.
    words = "Patient phoned the next morning: no swelling, walked to the mailbox without the cane."
    page.fill("#addendum", words)
    double_clicked(page, "#add-addendum", re.compile(r"done="))
    assert "Addendum added and signed." in page.inner_text("main")
    assert count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note) == 1
    text, at = one(practice, "SELECT text, created_at FROM note_addendum WHERE note_id = :n", n=note)
    assert text == words
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'note' AND record_id = :n AND detail = 'addendum'",
            n=str(note),
        )
        == 1
    )
    listed = page.inner_text("#addenda")
    stamp = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    assert words in listed and in_clinic_words(stamp, NY) in listed and "added after signing by" in listed
    checked(page, "addenda-3-added")
    context.close()

    # 4. An assistant's note: the supervisor's empty comment is refused where the note is; then returned.
    pta_note, _ = _drafted(practice, "PTA", skip=4)
    assistant = one(practice, "SELECT provider_id FROM note WHERE id = :n", n=pta_note)[0]
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=assistant)[0]
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "awaiting_cosign"
    context, page = logged_in(chromium, server, provider_user(practice, supervisor))
    page.goto(f"/notes/{pta_note}/review")
    page.wait_for_selector("#return-form")
    page.fill("#comment", "   ")  # spaces pass the browser's 'required', not the rule
    page.click("#return")
    page.wait_for_url(re.compile(rf"/notes/{pta_note}/review\?refused="))
    assert "Say what to correct" in page.inner_text("#comment-error")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "awaiting_cosign"
    checked(page, "addenda-4-return-refused")
    comment = "Add the minutes of manual therapy and the response to treatment."
    page.fill("#comment", comment)
    double_clicked(page, "#return", re.compile(r"done="))
    assert "Returned to the assistant" in page.inner_text("main")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=pta_note)[0] == "in_review"
    assert count(practice, "SELECT COUNT(*) FROM note_return WHERE note_id = :n", n=pta_note) == 1
    assert one(practice, "SELECT comment FROM note_return WHERE note_id = :n", n=pta_note)[0] == comment
    checked(page, "addenda-5-returned")
    context.close()
