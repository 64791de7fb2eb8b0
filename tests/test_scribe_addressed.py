"""Whom a sentence is said to and about: a title's stop ends no sentence, a group's other members' results
stay out of this member's note, the names spoken to are identifiers wherever said again, a name or a tag
ending a question asks about no finding, and a condition named by its shape (a syndrome, an -itis) or after
an eponym is the patient's finding. Table-driven, new phrasings, one row a kind."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from transcript_helpers import turns

from scribe.statements import addressed, answered_no, denials, numbered, qualitative, unplaced
from scribe.transcript import SENTENCE

T, P, C = "therapist", "patient", "caregiver"


def quoted(*said: tuple[str, str]) -> str:
    segments = turns(*said)
    numbers = numbered(segments, set())
    return "\n".join(
        s.text for s in [*numbers, *qualitative(segments, {(s.segment, s.start) for s in numbers})]
    )


def denied(*said: tuple[str, str]) -> list[str]:
    return [d.what for d in denials(turns(*said))]


@given(
    st.sampled_from(["Mr", "Mrs", "Ms", "Dr", "Mx"]),
    st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True),
    st.integers(2, 90),
)
def test_a_titles_stop_ends_no_sentence(title: str, surname: str, n: int) -> None:
    text = f"Good. {title}. {surname}, {n} reps on the left today. Next one."
    sentences = [x.strip() for x in SENTENCE.findall(text) if x.strip()]
    assert sentences == ["Good.", f"{title}. {surname}, {n} reps on the left today.", "Next one."]


GROUP_VISIT = (
    (T, "Alright everybody, balance group. Tomasz, Wren, Imelda. Imelda, you're my note today."),
    (P, "Ready."),
    (T, "Imelda, single leg stance 9 seconds on the right, up from 4."),
    (T, "Wren, you held 22 seconds, lovely."),
    (T, "Tomasz, go slower on the stepping, 3 more laps."),
    (T, "Imelda, tandem walk with min assist, 2 losses of balance."),
)


@pytest.mark.parametrize(
    ("kept", "out"),
    [
        ("9 seconds", "22 seconds"),
        ("min assist", "3 more laps"),
    ],
)
def test_a_group_members_results_are_theirs_not_this_note(kept: str, out: str) -> None:
    note = quoted(*GROUP_VISIT)
    assert kept in note
    assert out not in note


def test_the_names_spoken_to_are_identifiers_wherever_said() -> None:
    note = quoted(*GROUP_VISIT)
    assert "Imelda" not in note and "Wren" not in note and "Tomasz" not in note
    assert addressed(turns(*GROUP_VISIT)).others  # two others spoken to, each with a result of their own


def test_one_visit_with_a_parent_spoken_to_loses_nothing() -> None:
    # no group: a parent spoken to by name hears the child's results, which are the note's
    visit = (
        (T, "Dana, how has he been?"),
        (C, "Good."),
        (T, "Dana, he stacked 8 blocks with his left hand."),
        (T, "Rory, 6 more and we're done."),
    )
    assert not addressed(turns(*visit)).others
    assert "8 blocks" in quoted(*visit)


@pytest.mark.parametrize(
    ("question", "answer", "finding"),
    [
        # a name asked after the question asks nothing of its own
        ("Any headaches this week, anyone? Mrs. Olafsdottir?", "No. Not one.", "headaches"),
        # a finding, then when it would come on
        ("Chest tightness, with the stairs?", "Not at all.", "chest tightness"),
        ("Clicking, when you chew?", "Nope.", "clicking"),
    ],
)
def test_what_a_question_asks_about(question: str, answer: str, finding: str) -> None:
    said = denied((T, question), (P, answer))
    assert finding in said
    assert not any(w.startswith(("mrs", "olafs", "with", "when")) for w in said)


@pytest.mark.parametrize(
    "question",
    [
        "Tarsal coalition, on the right, correct?",
        "How's the wrist? Ganglion cyst, the left one, right?",
    ],
)
def test_a_tag_question_confirms_and_denies_nothing(question: str) -> None:
    assert denied((T, question), (P, "It's alright. Sore in the mornings.")) == []


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        ("It did, right after surgery. Now it's gone.", True),
        ("The first week, some. These days it's gone.", True),
        ("Some. Now it's worse, actually.", False),
    ],
)
def test_once_and_gone_now_is_no(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


@pytest.mark.parametrize(
    "said",
    [
        "Tethered cord syndrome, from the neurosurgeon's letter.",
        "The referral says lateral epicondylosis with some radiating ache.",
        "Her left leg drags when she gets tired.",
    ],
)
def test_a_condition_or_body_part_named_by_its_shape_is_quoted(said: str) -> None:
    words = said.split()[1]
    assert words in quoted((T, said))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Mr. Oduya, Broca's aphasia after the stroke in May.", "Broca's aphasia"),
        ("We talked about Ramsay Hunt syndrome and the facial weakness.", "Hunt syndrome"),
    ],
)
def test_an_eponym_before_a_condition_is_no_persons_name(said: str, kept: str) -> None:
    assert kept in unplaced(said)


@pytest.mark.parametrize(
    ("said", "out"),
    [
        # another person's condition, named by whose they are, the subject of what is said
        ("My roommate's diabetic, he checks his sugar 4 times a day.", "4 times a day"),
        ("Our striker got a hamstring strain, out 6 weeks, he's furious.", "hamstring strain"),
        # a service only discussed: what someone else's clinician did to them
        ("My neighbour's chiropractor put her in a lumbar brace for 2 months.", "lumbar brace"),
    ],
)
def test_someone_elses_condition_stays_out(said: str, out: str) -> None:
    assert out not in quoted((T, "How was the week?"), (P, said))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("My trainer had me do 3 sets of 12 on the leg press.", "3 sets of 12"),
        ("My teacher says my stutter is better, 2 blocks a day now.", "2 blocks"),
        ("My shoulder aches when my grandson climbs on me, maybe a 4.", "a 4"),
    ],
)
def test_the_patients_own_report_naming_someone_stays_in(said: str, kept: str) -> None:
    assert kept in quoted((T, "How was the week?"), (P, said))


@pytest.mark.parametrize(
    "said",
    [
        "Sorry, the phone, it's the pharmacy. Yes, I'll call you back at 3.",
        "Hold on, my phone. It's the cane supplier, I have to take this.",
    ],
)
def test_a_call_taken_mid_visit_is_not_the_note(said: str) -> None:
    note = quoted((T, "Leg press with 30 pounds, 2 sets of 10."), (T, said))
    assert "30 pounds" in note
    assert "phone" not in note and "call you back" not in note
