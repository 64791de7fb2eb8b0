"""A no that answers a yes-or-no question about no finding ("Is he eating with a spoon?" / "No fingers
mostly."), a no said of a day or a span of time ("no two weeks ago"), and a no of an act done to someone
("No walking him at night") write no "Denies"/"No" line; a finding denied, and an aid not used, stay.
Table-driven over the drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P, C = "therapist", "patient", "caregiver"


def _note(*said: tuple[str, str]) -> str:
    note = draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms").note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


def _denial_lines(note: str) -> list[str]:
    return [x for x in note.splitlines() if x.startswith(("Denies", "No ", "Without"))]


NOT_DENIED = [
    ([(T, "Do you say the words silently?"), (P, "No out loud")], "loud"),
    ([(T, "Is he eating with a spoon yet?"), (C, "No fingers mostly.")], "fingers"),
    (
        [(T, "Does she walk him at night?"), (C, "No walking him, he uses the wheelchair at night.")],
        "walking",
    ),
    ([(T, "Who helps at home?"), (C, "No lifting her at all, she stands up by herself.")], "lifting"),
    ([(T, "When did it start, last week?"), (P, "no two weeks ago")], "weeks"),
    ([(T, "Was it Monday you fell?"), (P, "No Tuesday.")], "tuesday"),
    ([(T, "Did the swelling start in the summer?"), (P, "no last winter")], "winter"),
    ([(T, "Is it worse in the morning?"), (P, "no a few days ago it was")], "days"),
    ([(T, "Did you drive here today?"), (P, "No my daughter drove.")], "daughter"),
    ([(T, "and the knee bending i got one thirty today and full straightening zero degrees")], "degrees"),
    ([(T, "Elbow extension zero degrees, flexion one forty.")], "degrees"),
    ([(T, "Accuracy was zero percent on the first block.")], "percent"),
]


@pytest.mark.parametrize(("said", "word"), NOT_DENIED)
def test_no_denial_line(said: list[tuple[str, str]], word: str) -> None:
    lines = _denial_lines(_note(*said))
    assert not any(word in x.lower() for x in lines), lines


STILL_DENIED = [
    ([(T, "Any dizziness?"), (P, "No dizziness. No falls either.")], "Denies dizziness"),
    ([(T, "Did you have a good weekend?"), (P, "No pain all weekend, it was great.")], "Denies pain"),
    ([(T, "Is the knee okay?"), (P, "No swelling, no clicking.")], "Denies swelling"),
    ([(T, "Are you still in the boot?"), (P, "No boot.")], "Without boot"),
    ([(T, "Does it wake you up?"), (P, "No numbness at night anymore.")], "numbness"),
    ([(T, "Any falls since Monday?"), (P, "No falls since Monday.")], "falls"),
    ([(T, "Do you smoke or vape?"), (P, "No smoking, never.")], "smoking"),
    ([(T, "Does anyone in the family stutter?"), (C, "No family history that I know of.")], "family history"),
]


# As a recognizer writes it, a no followed by "not even ..." denies the finding alone, not "swelling not even".
ENDS_AT_NOT = [
    ([(T, "and the swelling"), (P, "oh no swelling not even after thanksgiving")], "Denies swelling"),
    ([(T, "how about the tingling"), (P, "no tingling not at all")], "Denies tingling"),
]


@pytest.mark.parametrize(("said", "line"), ENDS_AT_NOT)
def test_the_denial_ends_before_not(said: list[tuple[str, str]], line: str) -> None:
    lines = _denial_lines(_note(*said))
    assert any(x.startswith(line) and " not" not in x for x in lines), lines


@pytest.mark.parametrize(("said", "line"), STILL_DENIED)
def test_a_finding_stays_denied(said: list[tuple[str, str]], line: str) -> None:
    lines = _denial_lines(_note(*said))
    assert any(line in x for x in lines), lines
