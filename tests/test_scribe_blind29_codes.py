"""Kinds of speech whose services or questions the blind29 sessions (and an ACI-Bench dialogue) drafted
wrong, each with rows that must stay as they are:
- a recogniser's run-on turn, a remark and then the service with its minutes ("tell me if it gets hot or
  achy the ultra sound was eight minutes"): the minutes close a statement of their own, the remark's "if"
  no plan of them; "ultra sound" and "sound waves" are ultrasound;
- a block named as a part ("the strength part", "the home safety part", "the work part") is the service
  it names; an OT's swing (belly, platform, "the swing") is a therapeutic activity, not gait's swing phase;
  practice at a workplace set-up ("the salon practice") is a therapeutic activity;
- an SLP evaluation of resonance (hypernasality, nasal air emission, velopharyngeal closure) is 92524;
- a clinician's turn that is only a list of symptoms ("okay coughing headache"), answered by anything, is
  a question, not a finding;
- what a thing lacks ("my church shoes have no insole") is no denial of the patient's."""

import pytest
from transcript_helpers import turns

from scribe.services import activities, evaluation_code, find
from scribe.statements import denials, marked_questions

T = "therapist"
P = "patient"
C = "caregiver"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [
                (T, "okay lets start with the ultrasound on the outside of the hip"),
                (T, "tell me if it gets hot or achy the ultra sound was eight minutes"),
            ],
            {"97035": 8},
        ),
        (
            [(T, "let me know if it hurts the ultrasound was eight minutes")],
            {"97035": 8},
        ),
        ([(T, "The sound waves on the shoulder were seven minutes.")], {"97035": 7}),
        # unchanged: a plan's "if", said ahead; a remark with no service in its closing words
        ([(T, "if you have time the bike would be ten minutes")], {}),
        ([(T, "If it hurts tomorrow we'll do the ultrasound for eight minutes.")], {}),
        ([(T, "The ultrasound was eight minutes.")], {"97035": 8}),
        ([(T, "fitting and adjusting the orthotics was fourteen minutes")], {"97763": 14}),
    ],
)
def test_minutes_closing_a_run_on_remark_are_the_named_service_s(
    said: list[tuple[str, str]], minutes: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [(T, "Superman on the ball, and the wall push-ups. That was five minutes of the strength part.")],
            {"97110": 5},
        ),
        (
            [
                (T, "Wait ten seconds before you help. And the stove knob covers, did you get them?"),
                (T, "That teaching and the home safety part was twelve minutes."),
            ],
            {"97535": 12},
        ),
        (
            [
                (T, "Swing first, on your belly, and reach for the bean bags."),
                (T, "Now the obstacle course, over the pillow, crawl under the table."),
                (T, "Then spelling words on the whiteboard standing on the balance board."),
                (T, "The swing, the course and the spelling was eighteen minutes."),
            ],
            {"97530": 18},
        ),
        (
            [
                (
                    T,
                    "The mobs and soft tissue are separate, that was nine minutes. Now the work part, at the station.",
                ),
                (T, "Hold the comb in the left and the shears in the right."),
                (T, "That salon practice was sixteen minutes, separate from the manual time."),
            ],
            {"97140": 9, "97530": 16},
        ),
        # unchanged: strengthening by its own name, kitchen safety
        ([(T, "Strengthening was ten minutes.")], {"97110": 10}),
        ([(T, "Kitchen safety training was eleven minutes.")], {"97535": 11}),
    ],
)
def test_a_part_swing_or_workplace_practice_names_its_service(
    said: list[tuple[str, str]], minutes: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        ("the belly swing and the bean bags", ["97530"]),
        ("then the swing, on his tummy", ["97530"]),
        # unchanged: gait's swing phase, a leg's swing, kettlebell swings
        ("working on the swing phase", []),
        ("the swing leg clears now", []),
        ("kettlebell swings", ["97110"]),
    ],
)
def test_a_swing_is_a_therapeutic_activity_not_a_phase_of_gait(said: str, codes: list[str]) -> None:
    assert [a.code for a in activities(said)] == codes


RESONANCE = [
    (T, "the cleft team sent him to check the sound through the nose"),
    (T, "the mirror fogs so there is nasal air emission on the p sound"),
    (T, "it could be the back of the palate not closing velo pharyngeal we call it"),
    (T, "the voice is hyper nasal moderate on the sentences"),
    (
        T,
        "it changes with the nose pinched so thats hyper nasal resonance intelligibility about sixty percent",
    ),
    (T, "so my impression is moderate hyper nasality with nasal air emission"),
]


@pytest.mark.parametrize(
    ("said", "code"),
    [
        (RESONANCE, "92524"),
        # unchanged: speech sounds alone, a voice evaluation by its own words
        (
            [
                (T, "articulation testing today, the GFTA"),
                (T, "errors on the r sound and the s sound, intelligibility about seventy percent"),
            ],
            "92522",
        ),
        (
            [
                (T, "voice evaluation today, hoarse quality"),
                (T, "maximum phonation time eight seconds, pitch is low"),
                (T, "vocal nodules per the ENT"),
            ],
            "92524",
        ),
    ],
)
def test_a_resonance_evaluation_is_92524(said: list[tuple[str, str]], code: str) -> None:
    assert evaluation_code(turns(*said), "SLP", "evaluation")[0] == code


@pytest.mark.parametrize(
    ("said", "question"),
    [
        ([(T, "okay coughing headache"), (P, "ma'am")], True),
        ([(T, "coughing and headache"), (P, "she's been fine")], True),
        ([(T, "redness, swelling, drainage"), (C, "just a little redness")], True),
        # unchanged: a finding stated with more than its name; a single word; a list of exercises
        ([(T, "mild swelling in the knee today"), (P, "yeah")], False),
        ([(T, "okay walking"), (P, "sure")], False),
        ([(T, "squats lunges"), (P, "okay")], False),
    ],
)
def test_a_bare_list_of_symptoms_answered_is_a_question(said: list[tuple[str, str]], question: bool) -> None:
    assert marked_questions(turns(*said))[0].text.endswith("?") is question


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        ([(T, "they need a closed shoe with a removable insole"), (P, "my church shoes have no insole")], []),
        ([(P, "the house has no rails on the stairs")], []),
        ([(C, "the car has no handle to grab")], []),
        # unchanged: a part of the body, or the patient, with no finding; an aid answered no
        ([(P, "my knee has no swelling today")], ["swelling"]),
        ([(T, "any numbness in the hand"), (P, "my hand has no numbness")], ["numbness"]),
        ([(C, "her legs have no bruises now")], ["bruises"]),
        ([(P, "I have no pain")], ["pain"]),
    ],
)
def test_what_a_thing_lacks_is_no_denial(said: list[tuple[str, str]], denied: list[str]) -> None:
    assert [d.what for d in denials(marked_questions(turns(*said)))] == denied


@pytest.mark.parametrize(
    ("said", "code"),
    [
        (
            [
                (T, "the cleft palate was repaired at eleven months"),
                (T, "Mirror fogged. That's nasal emission. And the voice is hypernasal, mild to moderate."),
                (T, "It could be velopharyngeal, the back of the palate not closing all the way."),
                (T, "So, speech sound eval results: the glottal stops are compensatory."),
            ],
            "92522",
        ),
        # unchanged: an evaluation named for another day; no evaluation named (what was assessed decides)
        (
            [
                (T, "We'll look at swallowing separately, with a swallow evaluation on another day."),
                (T, "Speech intelligibility in sentences eighty-eight percent, imprecise consonants."),
                (T, "articulation of the consonants, the intelligibility drops by the afternoon"),
            ],
            "92522",
        ),
        (RESONANCE, "92524"),
    ],
)
def test_the_evaluation_named_as_such_today_decides(said: list[tuple[str, str]], code: str) -> None:
    assert evaluation_code(turns(*said), "SLP", "evaluation")[0] == code
