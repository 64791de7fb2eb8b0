"""Denials as a speech recognizer writes them (no question marks, lower case, a no said after other
words or as "used to"), and identifiers, places and small talk's names kept out of what is quoted;
table-driven: each row is one kind, never one session's sentence."""

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from transcript_helpers import turns

from scribe.statements import (
    Denial,
    Shorthand,
    Statement,
    answered_no,
    denials,
    marked_questions,
    numbered,
    qualitative,
    unidentified,
    unplaced,
    without_denied,
    without_denied_conditions,
)
from scribe.transcript import Segment

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

T = "therapist"


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        ("nah not that i noticed", True),
        ("Not that we know of. The doctor listened last week, clear.", True),
        ("Used to, every night. Not anymore.", True),
        ("used to, by the end of the day, not anymore", True),
        ("I wouldn't say that. I sleep on that side now.", True),
        ("i wouldnt say that no it just hurts when i land", True),
        # a no after other words, as of now
        ("I check every night. Nah, not this week, his weight's been steady.", True),
        ("I had that the first week in the ER. Not anymore.", True),
        # "but not since" says no again; a "but" with a finding is an exception
        ("I used to feel the tip all the time, but not since the desensitization.", True),
        ("No, but the calf is a bit sore.", False),
        # a yes first, or a "no" that is not an answer, is no no
        ("Yeah, a little. Not anymore after the ice though.", False),
        ("It hurts after practice. No big deal.", False),
        ("I sleep fine.", False),
    ],
)
def test_a_no_is_heard_however_it_is_put(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


@pytest.mark.parametrize(
    ("asked", "answer", "marked"),
    [
        # a question run on after an acknowledgement or a number is cut from it, its mark put back
        ("2 out of 10 ok any tingling in the finger", "nah", "2 out of 10 ok.any tingling in the finger?"),
        ("ok any reflux heartburn that sour taste", "nah", "ok.any reflux heartburn that sour taste?"),
        # a finding named before the question opens is asked too
        ("redness around the scar any drainage", "no", "redness around the scar?any drainage?"),
        ("and locking does it ever get stuck", "it used to", "and locking?does it ever get stuck?"),
        # a list of findings only, answered no
        (
            "fevers chills redness at the incision",
            "nah nothing like that",
            "fevers chills redness at the incision?",
        ),
        # what is not a question stays as said: a statement answered ok, a turn with its marks
        ("ok now lift the leg any time you're ready", "ok", "ok now lift the leg any time you're ready"),
        ("Any swelling?", "No.", "Any swelling?"),
        ("good work today", "no it was hard", "good work today"),
    ],
)
def test_a_question_a_recognizer_left_unmarked_is_marked(asked: str, answer: str, marked: str) -> None:
    segments = marked_questions(turns((T, asked), ("patient", answer)))
    assert segments[0].text == marked and segments[1].text == answer


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        ("ok 2 now and 7 at worst any swelling after practice", "nah not that i noticed", {"swelling"}),
        ("any giving way like the knee just buckles on you", "i wouldnt say that no", {"giving way"}),
        (
            "and locking does it ever get stuck",
            "it used to lock up a little last year not anymore",
            {"locking"},
        ),
        (
            "4 out of 10 ok any calf pain or swelling in the calf",
            "nope",
            {"calf pain", "swelling in the calf"},
        ),
        (
            "pain when you talk any throat pain",
            "used to, by the end of the day, not anymore",
            {"pain", "throat pain"},
        ),
        (
            "redness around the scar any drainage",
            "no not since the stitches came out",
            {"redness around the scar", "drainage"},
        ),
        # said with their marks
        (
            "Dizziness when you stand?",
            "Used to, a little, before they changed the pills. Not anymore.",
            {"dizziness"},
        ),
        ("Swelling in the ankles?", "I check every night. Nah, not this week.", {"swelling in the ankles"}),
        (
            "Any phantom pain, feeling the missing part?",
            "I used to feel it, but not since the desensitization.",
            {"phantom pain"},
        ),
        # a word on why it was asked, after the question
        ("And any seizures? The neurologist wanted us to ask.", "No, nothing, never had one.", {"seizures"}),
        # a finding named before, asked about again
        ("And the headaches you had in September?", "Used to, not anymore.", {"headaches"}),
        # each finding of a list keeps where it is; the finding first, then when
        (
            "Swelling in the joints, red hot joints?",
            "No, never the joints.",
            {"swelling in the joints", "red hot joints"},
        ),
        ("Pain at night, sleeping on it?", "I wouldn't say that.", {"pain at night"}),
        ("Any weakness in the other hand?", "Mm-mm. Right's perfect.", {"weakness in the other hand"}),
        # when it happens, said of the patient, is what is asked; a feeling described is not a finding
        ("Coughing when he drinks?", "No. Nah. Not since the new one.", {"coughing when he drinks"}),
        ("Any feeling like it's slipping out, instability?", "Nope.", {"instability"}),
        ("Did you hear a pop?", "No, I didn't hear anything.", {"pop"}),
        ("Any toileting accidents at school this month?", "Not that I know of.", {"toileting accidents"}),
        # a finding named with when it comes on, the recognizer's question unmarked
        ("good. popping in the knee when you squat", "nope not anymore", {"popping in the knee"}),
        ("grinding in the shoulder when you reach up", "that's gone now", {"grinding in the shoulder"}),
        # the one spoken to, named before the question, is no finding
        ("Priya, any numbness in the toes?", "No.", {"numbness in the toes"}),
        ("Hi Tomasz. Tomasz, any dizziness this week?", "No.", {"dizziness"}),
        # a condition named before the question is asked too, capitalised as it opens the sentence
        ("Sepsis, any fevers since the hospital?", "None.", {"sepsis", "fevers"}),
        # how a part feels or turns, asked of the part
        ("Do your toes go numb at night, or tingle?", "No, neither.", {"toes go numb at night", "tingle"}),
        ("Did your hands get itchy after the putty?", "No.", {"hands get itchy"}),
    ],
)
def test_every_finding_asked_is_denied_by_a_no_as_a_recognizer_writes_it(
    asked: str, answer: str, denied: set[str]
) -> None:
    assert {d.what for d in denials(marked_questions(turns((T, asked), ("patient", answer))))} == denied


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("any swelling after practice", "yeah after games mostly"),
        ("ok now lift the leg any time you're ready", "ok"),
        ("Any calf pain?", "Yeah, a little. Not anymore after the ice though."),
        # whether the patient is ready for the next task is no finding
        ("Hi Noor! Ready to start?", "No. Five more minutes."),
        ("Finished with the pegs?", "Nope."),
        # a plan said with "when" is no finding, answered no or not
        ("we will add the bands when you get stronger", "no"),
        # whether a part feels better is no finding
        ("Does the shoulder feel any better today?", "No."),
    ],
)
def test_a_yes_or_no_answer_at_all_denies_nothing(asked: str, answer: str) -> None:
    assert denials(marked_questions(turns((T, asked), ("patient", answer)))) == []


def test_a_question_answered_no_is_never_quoted_as_a_finding() -> None:
    """The unmarked question, and its answer beside it, would read as the finding present."""
    segments = marked_questions(
        turns(
            (T, "2 out of 10 ok any tingling in the finger"),
            ("patient", "nah"),
            (T, "Swelling in the ankles?"),
            ("caregiver", "I check every night. Nah, not this week, his weight's been steady."),
        )
    )
    quoted = [s.text for s in numbered(segments, set()) + qualitative(segments, set())]
    assert not [q for q in quoted if "tingling" in q or "Swelling" in q], quoted
    # the number said before the question is still kept, for review
    assert any("2/10" in q for q in quoted), quoted


@pytest.mark.parametrize(
    ("asked", "answer", "line"),
    [
        (
            "Did he hit his head either time, or go to the emergency room?",
            "No, I didn't.",
            "Did not hit his head",
        ),
        ("Did you hit your head?", "No.", "Did not hit head"),
        ("Have you ever passed out?", "Nope.", "Did not pass out"),
    ],
)
def test_an_injury_s_event_asked_about_and_answered_no_is_what_did_not_happen(
    asked: str, answer: str, line: str
) -> None:
    assert line in {d.line(True) for d in denials(turns((T, asked), ("caregiver", answer)))}


# ---- identifiers, places and small talk's names: never copied into a note ------------------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "Oh, and we moved, the new address is 48 Alder Court.",
            "Oh, and we moved, the new address is [address].",
        ),
        ("we moved, it's 2219 Maple now", "we moved, it's [address] now"),
        ("Hello, interpreter number 58214, Polish.", "Hello, interpreter number [ID number], Polish."),
        ("my ID number is 40213", "my ID number is [ID number]"),
        ("Pharmacy page 555-0186.", "Pharmacy page [phone number]."),
        ("the zip is 40213", "the zip is [ID number]"),
        # measures keep their numbers, however long
        ("She walked 12000 steps and flexion is 120.", "She walked 12000 steps and flexion is 120."),
        ("3 sets of 10, 5 pounds, 2 out of 10", "3 sets of 10, 5 pounds, 2 out of 10"),
        # a number before a name is an address only where the talk is of where someone lives
        ("Give her 2 Tylenol before the session.", "Give her 2 Tylenol before the session."),
        # a room, an apartment, a gate by its number is which one; a count after the room is a measure
        ("his scan is in room 14 upstairs at 9", "his scan is in [place] upstairs at 9"),
        ("the elevator to apartment 7C was broken again", "the elevator to [place] was broken again"),
        ("they moved him to room nine, then home", "they moved him to [place], then home"),
        ("we fly out of gate 22 on Friday", "we fly out of [place] on Friday"),
        ("walked across the room 4 times with the cane", "walked across the room 4 times with the cane"),
        ("room 2 laps with the walker", "room 2 laps with the walker"),
    ],
)
def test_an_identifier_is_written_as_its_kind(said: str, written: str) -> None:
    assert unidentified(said) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "He lives in Dearborn, it's 20 minutes to his shop.",
            "He lives in [place], it's 20 minutes to his shop.",
        ),
        (
            "I jammed it in pickup basketball, 3 weeks ago, at Hoover Park.",
            "I jammed it in pickup basketball, 3 weeks ago, at [place].",
        ),
        ("I drive him up from Cleveland on Wednesdays.", "I drive him up from [place] on Wednesdays."),
        # a name the tagger calls a place but that is not where anyone is: kept
        (
            "We started the Schroth breathing with the Theraband, 3 sets of 10.",
            "We started the Schroth breathing with the Theraband, 3 sets of 10.",
        ),
        ("no capitals here at all", "no capitals here at all"),
    ],
)
def test_a_place_named_is_written_as_a_place(said: str, written: str) -> None:
    assert unplaced(said) == written


def test_a_sentence_whose_only_number_is_an_identifier_or_a_date_is_not_quoted() -> None:
    segments = turns(
        ("caregiver", "Oh, and we moved, the new address is 48 Alder Court, I told the front desk."),
        ("caregiver", "Hello, interpreter number 58214, Polish."),
        ("patient", "Pharmacy page 555-0186."),
        ("patient", "I have a job interview March 12th, that's why I care now."),
        ("patient", "Surgery was March 3rd and the pain is 4 out of 10."),
    )
    quoted = [s.text for s in numbered(segments, set())]
    assert len(quoted) == 1 and "March 3rd" in quoted[0] and "4/10" in quoted[0], quoted


@pytest.mark.parametrize(
    ("said", "kept", "gone"),
    [
        ("Sorry, I watched the Hallmark movie last night and didn't sleep.", "didn't sleep", "Hallmark"),
        ("I have a job interview March 12th, my hand was sore typing.", "sore", "March 12th"),
        ("I fell on March 3rd and my wrist still hurts.", "March 3rd", ""),
        # a name sung, watched or played is a title, whatever small talk's words are said around it
        ("He watched the Yankees all night, maybe he was tired.", "tired", "Yankees"),
        ("She's been singing Frozen all week and her throat is sore.", "sore", "Frozen"),
        # a scale's name in small talk's words is the clinic's
        ("We played the Berg balance game for 10 minutes.", "Berg", ""),
    ],
)
def test_small_talk_s_names_and_dates_stay_out_of_a_kept_sentence(said: str, kept: str, gone: str) -> None:
    quoted = " ".join(
        s.text
        for s in numbered(turns(("patient", said)), set()) + qualitative(turns(("patient", said)), set())
    )
    assert kept in quoted and (not gone or gone not in quoted), quoted


# ---- blind7-test's kinds (#17): new phrasings of each kind of denial missed, never the set's sentence ----


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        # an interpreter or a parent relays the answer
        ("He says no, never.", True),
        ("She says she used to get them, but since the new glasses, not anymore.", True),
        ("She says yes, in the evening.", False),
        # an answer that wavers, then settles on a no in its last words
        ("used to every week with the old shoes but he caught the rail so no not a real fall", True),
        ("I thought so once, but that was the cold. No longer.", True),
        ("No, but my ankle aches by the evening.", False),
        # a bare no said as a clause of its own, after other words
        ("I look at it every night, nope, nothing.", True),
        ("I look at it every night, it's red.", False),
    ],
)
def test_a_relayed_or_settled_no_is_heard(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        # a state felt, named with "feeling"; a feeling of something is that something
        ("Any feeling blue or hopeless lately?", "I wouldn't say that.", {"feeling blue", "hopeless"}),
        ("Any feeling of numbness?", "Nope.", {"numbness"}),
        # findings listed before the question goes on in words of its own
        (
            "Blisters, redness, anything that rubbed under the splint?",
            "Not that I saw.",
            {"blisters", "redness"},
        ),
        # a question that names its finding at the end
        ("Does it ever give out when you pivot, buckling?", "No.", {"buckling"}),
        ("Does she line the toys up over and over, perseveration?", "Not anymore.", {"perseveration"}),
        # a question's tag or the person asked is not what it asks about
        ("You did the stretches at home, right?", "No.", set()),
        (
            "Does food come back up after meals, regurgitation?",
            "He says no, not since the new pills.",
            {"regurgitation"},
        ),
        # what one item of a list goes on to say ends that item, not the list
        ("Any sense that the knee shifts, giving way?", "She says no, not since the brace.", {"giving way"}),
        # what the finding is about is not the finding
        ("Any difficulty following what you read?", "Nah.", {"difficulty following"}),
        # a season or a stretch of time asked about stays out of the finding
        ("Sore throats this winter?", "No, none.", {"sore throats"}),
        ("Any chest tightness last month?", "Nope.", {"chest tightness"}),
        # the person asked, at the end, is no finding
        ("any night sweats mom", "nah", {"night sweats"}),
        ("Any itching, buddy?", "No.", {"itching"}),
    ],
)
def test_each_finding_a_question_asks_is_denied_in_its_own_words(
    asked: str, answer: str, denied: set[str]
) -> None:
    assert {d.what for d in denials(marked_questions(turns((T, asked), ("caregiver", answer))))} == denied


@pytest.mark.parametrize(
    ("asked", "answer", "marked"),
    [
        # a symptom named in a word or two, without a mark, answered no
        ("drooling", "not anymore", "drooling?"),
        ("earaches", "nah", "earaches?"),
        ("ok and night cramps", "no", "ok and night cramps?"),
        # a number said in words before the question is no part of it
        (
            "nine and three quarters ok sam any pain today",
            "nope",
            "nine and three quarters ok sam.any pain today?",
        ),
        # a greeting answered is no question
        ("good morning", "no", "good morning"),
    ],
)
def test_a_symptom_named_alone_and_answered_no_is_a_question(asked: str, answer: str, marked: str) -> None:
    assert marked_questions(turns((T, asked), ("patient", answer)))[0].text == marked


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # a house number and a name where someone is or goes
        ("The dentist at 12 Birch said the bite is off.", "The dentist at [address] said the bite is off."),
        ("She gets the bus from 77 Lincoln.", "She gets the bus from [address]."),
        # a count before a name stays
        ("Take 2 Advil before you come.", "Take 2 Advil before you come."),
    ],
)
def test_a_number_and_a_name_where_someone_is_is_an_address(said: str, written: str) -> None:
    assert unidentified(said) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # a shop or a business after "at" or "from", whether or not the tagger knows it
        (
            "I grabbed the foam roller at Dunhams on the way.",
            "I grabbed the foam roller at [place] on the way.",
        ),
        ("We got the reacher from Walgreens, it works.", "We got the reacher from [place], it works."),
        # a day, a holiday, a level or a scale after "at" is no place
        ("She fell at Thanksgiving, 2 steps down.", "She fell at Thanksgiving, 2 steps down."),
        ("He stood at Level 3 on the Berg.", "He stood at Level 3 on the Berg."),
    ],
)
def test_a_business_named_is_written_as_a_place(said: str, written: str) -> None:
    assert unplaced(said) == written


@pytest.mark.parametrize(
    ("speaker", "said", "kept"),
    [
        # tripping on something is a fall risk, not a journey
        ("caregiver", "She trips on the edge of the rug since the stroke, the AFO helps.", True),
        ("patient", "I tripped over the dog's bowl twice this week, the left foot drags.", True),
        # a journey is small talk
        ("patient", "We're taking a trip to see my sister after her knee replacement.", False),
    ],
)
def test_tripping_is_a_finding_a_trip_is_small_talk(speaker: str, said: str, kept: bool) -> None:
    quoted = [s.text for s in qualitative(turns((speaker, said)), set())]
    assert bool(quoted) is kept, quoted


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        # a filler before the no
        ("um no", True),
        ("uh, not really", True),
        ("well not that i noticed", True),
        ("um yeah a little", False),
        # so once, not now: a yes in the past settled by a no now
        ("she had it after the cast came off now none", True),
        ("a couple times in july, these days nothing", True),
        ("it did last week now it's worse", False),
        # the thing asked about, named, said to be normal
        ("His vision was fine at the eye doctor.", True),
        ("The balance has been normal since spring.", True),
        ("His vision is normal, but he squints at the board.", False),
    ],
)
def test_a_hedged_a_past_or_a_normal_answer_is_heard_as_no(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        # a no said twice denies what was asked, not the words after it
        ("any numbness in the toes", "no never had that", {"numbness in the toes"}),
        ("Any cramping?", "No, not really.", {"cramping"}),
        # "now" and what the finding does to the patient are no part of the finding
        ("Any stiffness right now?", "Nope.", {"stiffness"}),
        ("any cramps at night that keep you up", "nah", {"cramps at night"}),
        ("Any headaches that bother her?", "No.", {"headaches"}),
        # a trouble with a part of the body is itself the finding; a trouble with an act is the act
        ("Anything else?", "No trouble with the wrist.", {"trouble with the wrist"}),
        ("Anything else?", "No problems with swallowing.", {"swallowing"}),
    ],
)
def test_the_finding_denied_is_what_was_asked_in_the_words_that_name_it(
    asked: str, answer: str, denied: set[str]
) -> None:
    assert {d.what for d in denials(marked_questions(turns((T, asked), ("patient", answer))))} == denied


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        # a no put politely, as the answer's last words
        ("i wouldnt call it pain in the arch no", True),
        ("Hard to tell with the brace on. I wouldn't say swollen.", True),
        ("Once on the stairs maybe. I wouldn't call that a fall.", True),
        # said first and then described otherwise, the hedge leaves it open
        ("I wouldn't say tingling, more like the foot is asleep sometimes", False),
        # none since a time, said last
        ("she had the cast in march no flare ups since the fall", True),
        ("a pneumonia back in 2021, none since", False),
    ],
)
def test_a_hedged_or_distant_no_is_a_no(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


def _quote(speaker: str, words: str, asked: str = "", who: str = "Patient") -> Statement:
    text = (
        f'Asked: "{asked}" {who} answers: "{words}" (as said; review)'
        if asked
        else (
            f'{who} reports: "{words}" (as said; review)' if speaker != T else f'"{words}" (as said; review)'
        )
    )
    return Statement("subjective" if asked else "", text, asked or words, 3, 0, len(words), speaker)


@pytest.mark.parametrize(
    ("statement", "denied", "kept"),
    [
        # a question about a finding answered with something else, the finding denied turns later: the
        # answer stays, the question would read as the finding present
        (
            _quote(T, "The knee gave out on the stairs twice.", asked="Any tingling down the leg, the foot?"),
            ["tingling"],
            'Patient reports: "The knee gave out on the stairs twice." (as said; review)',
        ),
        (
            _quote(
                T, "He sleeps 6 hours now.", asked="And the cough, the choking at meals?", who="Caregiver"
            ),
            ["choking"],
            'Caregiver reports: "He sleeps 6 hours now." (as said; review)',
        ),
        # the answer names it without denying it: nothing of the pair is kept
        (
            _quote(T, "My sister gets the swelling every summer.", asked="Any swelling after the walk?"),
            ["swelling"],
            None,
        ),
        # a clinician's unmarked question keeps the number said before it, and only that
        (
            _quote(T, "3 out of 10 okay any burning in the scar"),
            ["burning"],
            '"3 out of 10 okay" (as said; review)',
        ),
        (_quote(T, "ok any stiffness in the mornings any clicking"), ["clicking"], None),
        # someone else's finding, the patient's own denied: left out
        (_quote("patient", "My husband had dizziness all week with the flu."), ["dizziness"], None),
        # the quote denies the finding itself, or names another one: kept as it was
        (_quote("patient", "No tingling since Monday, the grip is 20 pounds."), ["tingling"], "same"),
        (_quote("patient", "The swelling is 2 centimeters less."), ["numbness"], "same"),
        # a denial with its time ("no pain at night") leaves the pain of the day to be quoted
        (_quote("patient", "The pain on the stairs is 5 out of 10."), ["pain at night"], "same"),
    ],
)
def test_a_quote_never_names_a_finding_the_visit_denied_as_present(
    statement: Statement, denied: list[str], kept: str | None
) -> None:
    said = [Denial(what, 5, 0, 1, "patient") for what in denied]
    result = without_denied(statement, said)
    if kept is None:
        assert result is None
    else:
        assert result is not None
        assert result.text == (statement.text if kept == "same" else kept)


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        # a finding asked about, answered with something else, asked again by a word of it and denied
        (
            [
                (T, "Any shin pain, bruising, the cast okay?"),
                ("patient", "The cast rubbed on Tuesday."),
                (T, "And the bruising, you skipped it, the shin?"),
                ("patient", "No. No bruising, nothing on the shin."),
            ],
            {"bruising", "shin pain"},
        ),
        (
            [
                (T, "Any knee clicking or headaches lately?"),
                ("caregiver", "He had the dentist last week."),
                (T, "Okay, and the knee, anything?"),
                ("caregiver", "He says no, nothing."),
            ],
            {"knee clicking"},
        ),
        # "But the ...?", "the other question, the ...": the opening words are not what is asked
        ([(T, "That's rough. But the tingling?"), ("patient", "Tingling, no.")], {"tingling"}),
        (
            [
                (T, "And the other questions, the bowel, the choking, the falls?"),
                ("caregiver", "Sorry. He says no."),
            ],
            {"bowel", "choking", "falls"},
        ),
        # a no said twice in a run of words ends what the first one denies
        ([("patient", "me no dizziness no nothing")], {"dizziness"}),
        ([("patient", "no swelling no none of that")], {"swelling"}),
    ],
)
def test_a_denial_far_from_its_question_is_heard(said: list[tuple[str, str]], denied: set[str]) -> None:
    found = {d.said for d in denials(marked_questions(turns(*said)))}
    assert denied <= found, found
    assert not {w for w in found if w.startswith(("but", "the other", "nothing", "none"))}, found


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        ("Sorry. She says no, nothing like that.", True),
        ("Oh, sorry, no, none of that.", True),
        ("Okay. He says no.", True),
        ("Sorry. Yes, a little at night.", False),
        ("Oh. He says yes, every morning.", False),
    ],
)
def test_a_word_of_courtesy_before_the_answer_is_no_part_of_it(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


# ---- issue #17: every finding word denied in every way it is said stays denied ------------------------

# The vocabularies' plain words (regex fragments left out) that name a finding, and a body part's pain.
_WORDS = json.loads((Path(__file__).parent.parent / "scribe" / "rules" / "clinical_words.json").read_text())
_NOT_FINDINGS = {"worse", "better", "balance", "not organized", "easier", "harder", "improv", "goals"}
FINDINGS = sorted(
    {w for k in ("states", "conditions") for w in _WORDS[k] if re.fullmatch(r"[a-z ]+", w)} - _NOT_FINDINGS
) + [f"{b} pain" for b in _WORDS["body"] if re.fullmatch(r"[a-z ]+", b)]
# As the note's scorer and a reader hear a denial: the line itself says no.
SAYS_NO = re.compile(
    r"\b(?:no|denies|denied|without|not|never|none|nothing|nope|resolved|no longer)\b|n't\b|\bgone\b", re.I
)
DENIAL_FORMS = [
    lambda w: [("patient", f"No {w}.")],
    lambda w: [("patient", f"I've got no {w} at all this week.")],
    lambda w: [(T, f"She denies {w}.")],
    lambda w: [("patient", f"Without {w}, the drive was easy.")],
    lambda w: [(T, f"{w.capitalize()}?"), ("patient", "No.")],
    lambda w: [(T, f"Any {w}?"), ("patient", "Nope.")],
    lambda w: [(T, f"Any {w}?"), ("patient", "Not at all.")],
    lambda w: [(T, f"Okay. Any {w} lately?"), ("caregiver", "None.")],
    lambda w: [("patient", f"I never had any {w}.")],
    lambda w: [(T, f"Negative for {w}.")],
    lambda w: [("patient", f"{w.capitalize()}, none since last time.")],
    lambda w: [(T, f"Have you had any {w} since Monday?"), ("patient", "No, none.")],
]


def _drafted_lines(segments: list[Segment]) -> tuple[list[str], list[str]]:
    said = denials(segments)
    quotes = [
        kept.text
        for s in numbered(segments, set()) + qualitative(segments, set())
        if (kept := without_denied(s, said)) is not None
    ]
    return [d.line(d.speaker != T) for d in said], quotes


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FINDINGS), st.sampled_from(range(len(DENIAL_FORMS))))
def test_every_finding_word_denied_any_way_is_written_denied_never_present(word: str, form: int) -> None:
    lines, quotes = _drafted_lines(marked_questions(turns(*DENIAL_FORMS[form](word))))
    assert any(word in line.lower() and SAYS_NO.search(line) for line in lines), (word, lines)
    present = [q for q in quotes if word in q.lower() and not SAYS_NO.search(q)]
    assert not present, present


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        # a sign asked of the body part and answered "not <sign>": written as not so
        (
            [
                (T, "Is it tender when I press on the tendon? I'm pushing hard."),
                ("patient", "Nah, just pressure."),
            ],
            {"Not tender"},
        ),
        ([(T, "Are they swollen at night?"), ("patient", "Not swollen, no.")], {"Not swollen"}),
        ([("patient", "It's sore but not numb.")], {"Not numb"}),
        # has the joint given way, answered never: what did not happen
        (
            [(T, "Has the knee ever given way on you, buckled?"), ("patient", "It's never given way, no.")],
            {"Has not given way"},
        ),
        # what brings the finding on, and where and when it is, stay with it
        (
            [(T, "Any back pain with coughing?"), ("patient", "No, nothing like that.")],
            {"Denies back pain with coughing"},
        ),
        (
            [(T, "Any pain in the wrist at rest?"), ("patient", "No, only when I lift.")],
            {"Denies pain in the wrist at rest"},
        ),
        # "new" is kept: the patient came with the old one; and since when, as asked: a no to "since Friday"
        # says nothing of the days before
        ([(T, "Any new numbness since Friday?"), ("patient", "Nope.")], {"Denies new numbness since Friday"}),
        # a finding said to be gone, or none as of now, is a no
        (
            [(T, "The bruising on the shin?"), ("patient", "All gone. Since the second week.")],
            {"Denies bruising on the shin"},
        ),
        ([(T, "Headaches?"), ("patient", "Oh gosh, no.")], {"Denies headaches"}),
        ([(T, "Dizziness?"), ("caregiver", "These days none.")], {"Denies dizziness"}),
        # a finding named, then said to be none, as a clause of its own
        (
            [("patient", "Tingling, none since the splint came off.")],
            {"Denies tingling since the splint came off"},
        ),
        ([("patient", "Cramping: nope.")], {"Denies cramping"}),
    ],
)
def test_a_denial_said_in_other_forms_is_written_as_denied(
    said: list[tuple[str, str]], denied: set[str]
) -> None:
    lines, _ = _drafted_lines(marked_questions(turns(*said)))
    assert denied <= set(lines), lines


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        # asked, answered with something else, asked again by the finding's whole name: the no denies it
        (
            [
                (T, "Any morning stiffness?"),
                ("patient", "Morning... oh, the mornings are my daughter's school run, it's chaos."),
                (T, "Morning stiffness in the hands. Do they feel stuck when you wake up?"),
                ("patient", "Oh. No, not for a while."),
            ],
            {"morning stiffness"},
        ),
        # asked again as of now ("And now?", "Today?"): the question before it, answered no
        (
            [
                (T, "Any drainage or redness around the pins?"),
                ("caregiver", "There was a little crust on Saturday, we cleaned it."),
                (T, "And today?"),
                ("caregiver", "Today no, nothing, it's dry."),
            ],
            {"drainage", "redness around the pins"},
        ),
    ],
)
def test_a_finding_asked_again_after_an_answer_that_was_not_one_is_denied(
    said: list[tuple[str, str]], denied: set[str]
) -> None:
    found = {d.said for d in denials(marked_questions(turns(*said)))}
    assert denied <= found, found


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Any calf pain?", "Hold on, that's the school calling about the bus."),
        ("Numbness in the fingers?", "They asked me the same thing at the front desk twice."),
        ("Has the ankle given way?", "Sorry, the dog is barking at the mail carrier."),
    ],
)
def test_a_question_about_findings_is_not_quoted_beside_a_reply_that_did_not_answer_it(
    asked: str, answer: str
) -> None:
    segments = marked_questions(turns((T, asked), ("patient", answer)))
    quoted = [s.text for s in numbered(segments, set()) + qualitative(segments, set())]
    assert not [q for q in quoted if q.startswith("Asked:")], quoted


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        # an answer in a few words, a yes in other words, a no, or a report: the question stays with it
        ("The diabetes, diagnosed last spring?", "Last April."),
        ("Your surgeon called it tendinopathy?", "That's what she said, yes."),
        ("Any swelling after the walk?", "Only a little around the ankle by night."),
    ],
)
def test_a_question_answered_in_any_form_keeps_its_answer(asked: str, answer: str) -> None:
    segments = marked_questions(turns((T, asked), ("patient", answer)))
    quoted = [s.text for s in numbered(segments, set()) + qualitative(segments, set())]
    assert [q for q in quoted if q.startswith("Asked:")], quoted


# ---- issue #17: a denial said back by the clinician, a relayed denial, a denied condition -------------


@pytest.mark.parametrize(
    ("said", "denied", "not_denied"),
    [
        # the clinician saying back, in other words, the denial just said: the finding is denied as named
        (
            [
                (T, "How are evenings?"),
                ("caregiver", "He hasn't left the stove on since March."),
                (T, "The stove left on, no. Good."),
            ],
            {"stove left on"},
            set(),
        ),
        ([(T, "Any headaches?"), ("caregiver", "He says no headaches.")], {"headaches"}, set()),
        # "thats", "its" as a recognizer writes them are no findings
        ([(T, "thats great any dizziness"), ("patient", "no")], {"dizziness"}, {"thats great"}),
    ],
)
def test_a_denial_said_back_or_relayed_is_kept(
    said: list[tuple[str, str]], denied: set[str], not_denied: set[str]
) -> None:
    found = {d.said.lower() for d in denials(marked_questions(turns(*said)))}
    assert denied <= found, found
    assert not (not_denied & found), found


def test_a_condition_the_visit_denied_is_not_named_as_the_condition() -> None:
    line = Shorthand("subjective", "Condition as named in the visit: neuropathy; myeloma.", 0)
    denied = [Denial("neuropathy", 3, 0, 10, "patient")]
    assert without_denied_conditions(line, denied) == replace(
        line, text="Condition as named in the visit: myeloma."
    )
    only = Shorthand("subjective", "Condition as named in the visit: neuropathy.", 0)
    assert without_denied_conditions(only, denied) is None
    other = Shorthand("subjective", "Frequency: 2x/week.", 0)
    assert without_denied_conditions(other, denied) is other


@pytest.mark.parametrize(
    "words", ["Drainage stopped last week.", "The drainage has cleared up.", "drainage went away"]
)
def test_a_quote_saying_a_denied_finding_stopped_is_left_to_the_denial(words: str) -> None:
    statement = Statement(
        "subjective", f'Patient reports: "{words}" (as said; review)', words, 2, 0, 30, "patient"
    )
    assert without_denied(statement, [Denial("drainage from the incision", 1, 0, 20, "patient")]) is None
