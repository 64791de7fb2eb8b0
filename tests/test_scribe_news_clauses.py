"""The week's news inside one sentence with a report: the news clauses stay out of the quote and the report
stays in; a sentence that is news from end to end (someone else's condition, an animal's doings, a game's
score, another's view of what might be, a view named to be set aside, an answer to an invitation to chat)
is never quoted. Phrasings written for these tests, one row a way of saying it."""

import pytest
from transcript_helpers import quoted, turns

from scribe.statements import clinical_part, kept_out

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("who", "sentence", "gone", "kept"),
    [
        # news first, the report after
        (
            P,
            "The Steelers lost on Sunday, but my shoulder was sore all night after it.",
            "Steelers",
            "shoulder",
        ),
        (P, "We drove up to Sedona for the holiday and the car ride made my hip ache.", "Sedona", "hip ache"),
        (
            P,
            "The tickets were forty bucks each, and I walked the whole stadium with the cane.",
            "tickets",
            "cane",
        ),
        # the report first, the news after
        (P, "My wrist was stiff Monday, the Lakers won in overtime.", "Lakers", "wrist was stiff"),
        # a caregiver's: the patient is "he" or "she"
        (
            C,
            "The Cubs game went late, they lost in the ninth, and he did his stretches anyway.",
            "ninth",
            "stretches",
        ),
        # what follows the news goes on about it until the patient is spoken of again
        (
            P,
            "Our goalie tore her ACL, she was out for the season, I still can't lift a pan.",
            "season",
            "lift a pan",
        ),
    ],
)
def test_the_news_clause_goes_and_the_report_stays(who: str, sentence: str, gone: str, kept: str) -> None:
    part = clinical_part(who, sentence)
    assert kept in part and gone not in part
    note = quoted(turns((T, "Okay, let's get started on the mat."), (who, sentence), (T, "Alright.")))
    assert gone not in note and kept in note


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # someone else's condition, in any order with the game
        (P, "We lost the final six to two and our keeper broke her wrist too."),
        (P, "Our quarterback tore his ACL in the second quarter."),
        # an animal's doings, even beside the home program
        (P, "The dog keeps stealing the resistance band when I do my rows."),
        (C, "Her kitten sleeps on the splint every night."),
        # another's view of what might be
        (P, "My coworker said if it's a torn meniscus I'll need a scope."),
        (C, "His uncle told him that once the cast is off he'll be running again."),
    ],
)
def test_news_from_end_to_end_is_never_quoted(who: str, sentence: str) -> None:
    assert clinical_part(who, sentence) == "" or kept_out(who, sentence)
    note = quoted(turns((T, "Okay, let's get started on the mat."), (who, sentence), (T, "Alright.")))
    assert sentence[:15] not in note and sentence[-15:] not in note


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # an animal that hurt the patient is the patient's history
        (P, "The dog pulled me over on the ice and I landed on my wrist."),
        (C, "Her cat scratched her hand and it swelled up overnight."),
        # a report with no news in it is quoted whole
        (P, "My knee was swollen after the stairs, and the ice helped."),
        (C, "He walked to the mailbox and back with the walker."),
        # a relayed report of the patient, not a view of what might be
        (C, "His wife said he fell on Sunday getting out of the shower."),
    ],
)
def test_a_report_is_quoted_as_said(who: str, sentence: str) -> None:
    assert clinical_part(who, sentence) == sentence
    assert not kept_out(who, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some would say low complexity, only one body part.",
        "Others might call it a sprain, but the exam says otherwise.",
        "One could argue for moderate, given the two comorbidities.",
    ],
)
def test_a_view_named_to_be_set_aside_is_no_finding(sentence: str) -> None:
    assert kept_out(T, sentence)


@pytest.mark.parametrize(
    ("invitation", "answer", "report"),
    [
        (
            "Tell me about your weekend while I set up the recorder.",
            "We went bowling. I got two strikes in the last frame.",
            "",
        ),
        (
            "How was the trip to see the grandkids?",
            "Long drive, eight hours each way. My back was killing me by the end.",
            "back was killing me",
        ),
        ("So what did you do over Thanksgiving?", "Ate too much. Three pies between four of us.", ""),
    ],
)
def test_the_answer_to_an_invitation_to_chat_is_news_unless_it_names_a_finding(
    invitation: str, answer: str, report: str
) -> None:
    note = quoted(turns((T, invitation), (P, answer), (T, "Okay, let's start with the bike.")))
    for sentence in answer.split(". "):
        if report and report in sentence:
            assert report in note
        else:
            assert sentence.rstrip(".")[:12] not in note


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # someone else named with who they are: an age, a club, whose they are
        (C, "Her younger sister broke her wrist skating last winter."),
        (P, "My softball team friend had the same surgery in May."),
        (C, "my husbands brother has Parkinson's and can't swallow pills"),
    ],
)
def test_someone_else_said_with_who_they_are_is_never_quoted(who: str, sentence: str) -> None:
    assert kept_out(who, sentence)
    note = quoted(turns((T, "Okay, let's get started on the mat."), (who, sentence), (T, "Alright.")))
    assert sentence[:15] not in note and sentence[-15:] not in note
