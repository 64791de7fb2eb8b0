"""Each line the scribe marked '(as said; review)' is accepted or edited on its own before signing (#20,
a new user's trial: one tick accepted every marked line at once, unread). The review page lists each
marked line with its own 'accept as written' tick and an Edit box; signing (core.notes.workflow.sign)
refuses while a line is neither accepted nor edited and names each such line in plain words."""

import pytest
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import one

from core.notes.review_marks import unresolved_marks, unresolved_words

DEMO_SIZE = "tiny"

KNEE = 'Patient reports: "The knee gave out on the stairs twice."'
SLEEP = 'Caregiver reports: "He sleeps 6 hours now."'
MARKED = f"Pain 3/10 in the left knee. {KNEE} (as said; review) {SLEEP} (as said; review)"


@pytest.mark.parametrize(
    ("marks", "accepted", "accept_all", "left"),
    [
        ([KNEE, SLEEP], [], False, [KNEE, SLEEP]),
        ([KNEE, SLEEP], [SLEEP], False, [KNEE]),
        ([KNEE, SLEEP], [SLEEP, KNEE], False, []),
        # the words as the page sent them, spaces aside
        ([KNEE], [KNEE.replace(" ", "  ")], False, []),
        # must not change: all at once (the API's accept_review_marks), no marks, an unknown line
        ([KNEE, SLEEP], [], True, []),
        ([], [], False, []),
        ([], ["anything"], False, []),
        ([KNEE], ["Patient reports: something else"], False, [KNEE]),
    ],
)
def test_the_lines_left_are_those_neither_accepted_nor_edited(marks, accepted, accept_all, left) -> None:  # type: ignore[no-untyped-def]
    assert unresolved_marks(marks, accepted, accept_all=accept_all) == left


def test_the_refusal_names_each_line_left() -> None:
    assert unresolved_words([KNEE]) == (
        "1 sentence of the draft still marked '(as said; review)', neither accepted nor edited: "
        f"{KNEE}. Accept it as written, or edit it, before signing"
    )
    assert unresolved_words([KNEE, SLEEP]).startswith("2 sentences of the draft still marked")
    assert f"edited: {KNEE}; {SLEEP}. Accept each as written, or edit each" in unresolved_words([KNEE, SLEEP])


def _note(practice, skip: int):  # type: ignore[no-untyped-def]
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=skip)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    draft = {**DRAFT, "subjective": MARKED, "measures": []}
    return api, headers, provider, open_and_draft(practice, api, headers, appointment, draft)


def test_the_review_page_offers_each_marked_line_its_own_accept_and_edit(practice) -> None:  # type: ignore[no-untyped-def]
    _, _, provider, note = _note(practice, skip=0)
    page = page_client(practice, provider_id=provider).get(f"/notes/{note}/review")
    assert page.status_code == 200, page.text
    assert "2 sentences of the draft still marked" in page.text
    assert page.text.count('class="accept-mark"') == 2
    assert 'id="accept-mark-1" value="Patient reports: &#34;The knee gave out' in page.text
    assert 'id="edit-mark-2" hidden' in page.text and "Line 2 as it should read" in page.text
    assert 'id="accept-marks"' in page.text and "Accept all 2 as written" in page.text
    assert 'id="sign" class="primary" disabled aria-describedby="marks-said"' in page.text


def test_signing_waits_for_each_line_then_signs_without_marks(practice) -> None:  # type: ignore[no-untyped-def]
    api, headers, _, note = _note(practice, skip=0)
    path = f"/api/v1/notes/{note}/sign"
    refused = post_on_the_visit_day(api, note, path, json={"accepted_review_marks": [SLEEP]}, headers=headers)
    assert refused.status_code == 422, refused.text
    assert refused.json()["unresolved_review_marks"] == [KNEE]
    assert f"neither accepted nor edited: {KNEE}. Accept it as written" in refused.json()["detail"]
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "draft"
    assert one(practice, "SELECT count(*) FROM charge WHERE note_id = :n", n=note)[0] == 0

    signed = post_on_the_visit_day(
        api, note, path, json={"accepted_review_marks": [KNEE, SLEEP]}, headers=headers
    )
    assert signed.status_code == 200 and signed.json()["status"] == "signed", signed.text
    text = one(
        practice, "SELECT subjective FROM note_version WHERE note_id = :n ORDER BY version DESC", n=note
    )[0]
    assert text == f"Pain 3/10 in the left knee. {KNEE} {SLEEP}"


def test_an_edited_line_needs_no_acceptance_and_the_other_still_does(practice) -> None:  # type: ignore[no-untyped-def]
    api, headers, _, note = _note(practice, skip=0)
    edited = MARKED.replace(f"{KNEE} (as said; review)", "Reports the knee gave way twice on stairs.")
    saved = api.put(
        f"/api/v1/notes/{note}", json={**DRAFT, "subjective": edited, "measures": []}, headers=headers
    )
    assert saved.status_code == 200, saved.text
    path = f"/api/v1/notes/{note}/sign"
    refused = post_on_the_visit_day(api, note, path, json={}, headers=headers)
    assert refused.json()["unresolved_review_marks"] == [SLEEP], refused.text
    signed = post_on_the_visit_day(api, note, path, json={"accepted_review_marks": [SLEEP]}, headers=headers)
    assert signed.json()["status"] == "signed", signed.text
