"""Denials answered by naming the finding first ("night pain no not anymore", "thick secretions no theyre
thin"), a condition asked about as what findings would be signs of ("any headaches or sweating like the
autonomic dysreflexia stuff"), and what is someone else's in a patient's own words ("hes teething", "my best
man forgot the rings") or only sounds clinical ("wants me back at bingo"). Phrasings written for these tests,
one row a way of saying it."""

import pytest
from transcript_helpers import quoted, turns

from scribe.statements import clinical_part, denials, kept_out, marked_questions

T, P, C = "therapist", "patient", "caregiver"


def denied(*said: tuple[str, str]) -> list[str]:
    return [d.what for d in denials(marked_questions(turns(*said)))]


@pytest.mark.parametrize(
    ("said", "present", "absent"),
    [
        # the answer names the finding, then its no
        ([(T, "waking up at night with it"), (P, "night pain no not anymore")], ["night pain"], []),
        (
            [
                (T, "any change in secretions are they thick"),
                (P, "thick secretions no theyre thin and less since friday"),
            ],
            ["thick secretions"],
            ["theyre thin", "secretions are they thick"],
        ),
        ([(T, "so how did the weekend go"), (P, "swelling no, it stayed down")], ["swelling"], []),
        ([(T, "any numbness down the arm"), (P, "numbness no")], ["numbness down the arm"], []),
        # ... but a no about how something went, or a no that opens a denial of its own, is not the echo's
        ([(T, "how are the stairs"), (P, "stairs no problem")], [], ["stairs"]),
        ([(T, "How is it?"), (P, "Calf pain, no numbness.")], ["numbness"], ["calf pain"]),
        # a condition named as what the findings asked would be signs of
        (
            [
                (T, "good and any headaches or sweating like the autonomic dysreflexia stuff"),
                (P, "no none of that"),
            ],
            ["headaches", "sweating", "autonomic dysreflexia"],
            [],
        ),
        (
            [(T, "Any blurred vision or spinning, like the vertigo stuff?"), (P, "No.")],
            ["vertigo"],
            [],
        ),
        # the condition the visit is for, asked as come back, stays what it is
        ([(T, "Any pain, like the sciatica again?"), (P, "Nope.")], ["pain"], ["sciatica", "sciatica again"]),
    ],
)
def test_findings_denied_as_the_answer_or_the_question_names_them(
    said: list[tuple[str, str]], present: list[str], absent: list[str]
) -> None:
    found = denied(*said)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found


@pytest.mark.parametrize(
    ("who", "sentence", "gone", "kept"),
    [
        # "he" or "she" in the patient's own words is someone else
        (
            P,
            "hes teething and in a sleep regression and we are still on the daycare waitlist so i am up all night anyway",
            "teething",
            "",
        ),
        (
            P,
            "She's in the hospital again with her heart, and my knee was sore all week.",
            "hospital",
            "my knee",
        ),
        # ... what someone said of the patient is the patient's report
        (P, "My knee is sore, she said it is healing.", "", "she said it is healing"),
        (P, "She checked my knee and it is fine, but my back hurts.", "", "my back hurts"),
        # a man or a woman by their part is a person
        (P, "And my best man forgot the rings at the rehearsal, we had to use a hair tie.", "rings", ""),
        # "back" said of wanting someone back is no body part
        (
            P,
            "margaret from next door wants me back at bingo night and on the casino bus by christmas",
            "bingo",
            "",
        ),
        (
            P,
            "The guys want me back on the team by spring, but my back was stiff all week.",
            "team",
            "my back was stiff",
        ),
        # a pet named by its breed is an animal
        (C, "Our cocker spaniel is limping too, we joked they could do rehab together.", "spaniel", ""),
        (P, "The labs came back fine, my knee is sore though.", "", "knee"),
        # chatter after the last clinical clause of a sentence partly news goes with the news
        (
            P,
            "My friends are going to Yosemite in the summer, I'm the guy who drives the van, which is fine, I hate "
            "camping and the bears.",
            "bears",
            "drives the van",
        ),
    ],
)
def test_someone_elses_news_stays_out_and_the_report_stays(
    who: str, sentence: str, gone: str, kept: str
) -> None:
    out = "" if kept_out(who, sentence) else clinical_part(who, sentence)
    if gone:
        assert gone not in out
    if kept:
        assert kept in out


@pytest.mark.parametrize(
    ("said", "gone", "kept"),
    [
        # an answer to a question of the week's news, itself news, is not quoted as a report
        (
            [
                (T, "Recall was four of five words today. He sang karaoke at the family party, you said?"),
                (C, "Yes, he was very loud, 15 dollars for the machine rental."),
            ],
            "karaoke",
            "4 of 5",  # a count said "of" stays as said (test_scribe_statements_counts_as_said.py)
        ),
        # ... a report said in answer to it is
        (
            [(T, "Did you take the bus here?"), (P, "Yes, it was hard getting up the step with my knee.")],
            "",
            "knee",
        ),
    ],
)
def test_an_answer_to_news_asked_is_news(said: list[tuple[str, str]], gone: str, kept: str) -> None:
    out = quoted(turns(*said))
    if gone:
        assert gone not in out
    assert kept in out


@pytest.mark.parametrize(
    ("said", "present", "absent"),
    [
        ([(T, "thats for your doctor"), (C, "the doctor said no harley")], [], ["harley"]),
        ([(T, "And the x-ray?"), (P, "The doctor said no fracture.")], ["fracture"], []),
    ],
)
def test_what_someone_ruled_for_the_patient_is_no_denial(
    said: list[tuple[str, str]], present: list[str], absent: list[str]
) -> None:
    found = denied(*said)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found
