"""An assistant's note returned for correction from the co-sign page, in Debian's Chromium at 1024 x 768
(#20, tried as a new user): a blank comment is told in words and changes nothing (the note still waits
for co-signature, no return recorded); a comment double-clicked returns the note once; the assistant
then reads the comment on the note's page. The database is read after each step; each page passes
axe-core and fits the screen (screenshots pages-62-return-*)."""

import re

import pytest
from browser_support import SCREEN, checked, double_clicked, log_in, needs_chromium
from conftest import on_the_wall_clock
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import provider_user
from scheduling_helpers import count, on_the_visit_day, one

DEMO_SIZE = "tiny"

pytestmark = needs_chromium

COMMENT = "Add the minutes of gait training and how the patient tolerated it."

# (what the supervisor types first, as a person might send it; which of the PTAs' visits is drafted)
BLANKS = [
    pytest.param("   ", 0, id="spaces only"),
    pytest.param("\n\n", 1, id="empty lines only"),
]


def _awaiting_cosign(practice, skip: int) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(note, assistant, supervisor): a PTA's daily note signed, waiting for co-signature."""
    appointment, provider, _ = booked_appointment(practice, "PTA", "medicare", skip=skip)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    signed = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert signed.status_code == 200, signed.text
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=provider)[0]
    return note, provider, supervisor


@pytest.mark.parametrize(("blank", "skip"), BLANKS)
def test_a_note_returned_with_a_blank_comment_then_a_real_one_double_clicked(  # type: ignore[no-untyped-def]
    served, chromium, blank, skip
) -> None:
    practice, server = served
    note, assistant, supervisor = _awaiting_cosign(practice, skip=skip)
    returns = "SELECT COUNT(*) FROM note_return WHERE note_id = :n"
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    boss = provider_user(practice, supervisor)
    with on_the_wall_clock():
        log_in(page, boss.email, boss.password)
    with on_the_visit_day(practice.engine, note=note):
        page.goto(f"/notes/{note}/review")
        assert "Waiting for co-signature by" in page.inner_text("main")
        page.fill("#comment", blank)
        page.click("#return")
        page.wait_for_load_state()
        said = page.inner_text("main")
        assert "say what to correct" in said.lower(), said[:1500]
        assert page.get_attribute("#comment", "aria-invalid") == "true"
        assert count(practice, returns, n=note) == 0
        assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "awaiting_cosign"
        checked(page, "pages-62-return-refused")

        page.fill("#comment", COMMENT)
        double_clicked(page, "#return", re.compile(rf"/notes/{note}/review\?done="))
        assert "Returned to the assistant with your comment." in page.inner_text("main")
        assert count(practice, returns, n=note) == 1
        assert one(practice, "SELECT comment FROM note_return WHERE note_id = :n", n=note)[0] == COMMENT
        assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "in_review"
        assert count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note) == 0
        checked(page, "pages-62-return-done")
    context.close()

    # The assistant reads the comment on the note's page.
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    pta = provider_user(practice, assistant)
    with on_the_wall_clock():
        log_in(page, pta.email, pta.password)
    with on_the_visit_day(practice.engine, note=note):
        page.goto(f"/notes/{note}/review")
        assert page.inner_text("#return-comment") == COMMENT
        assert re.search(r"returned", page.inner_text("#note-status"))
        checked(page, "pages-62-return-read-by-assistant")
    context.close()
