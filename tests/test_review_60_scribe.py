"""Review of the scribe's #17 changes (f37e8ec, cc3e458 off the record; 87b0f6c KX by the year's threshold;
60e8f51 minutes in the pool; a80c100 recap pairs; 57283d4 denials, others' words, interpreters; 183ded5 an
orthosis that came in). Rows marked xfail show a defect (they pass once it is fixed); plain rows already
behave right and must not change."""

import pytest
from transcript_helpers import turns

from evals.eval_drafts import drafted
from scribe.statements import unplaced
from scribe.threshold_said import threshold_passed
from scribe.transcript import parse

T, P, C, INTERP = "therapist", "patient", "caregiver", "interpreter"
BUG = pytest.mark.xfail(strict=True)


def _draft(said: tuple[tuple[str, str], ...], rule: str = "cms"):
    segments = [
        {"speaker": who, "start": 6.0 * k, "end": 6.0 * k + 5, "text": text}
        for k, (who, text) in enumerate(said)
    ]
    session = {
        "id": "x",
        "discipline": "PT",
        "note_type": "daily",
        "role": "PT",
        "rule": rule,
        "transcript": {"segments": segments},
    }
    return drafted(session, parse(session))


def _text(said: tuple[tuple[str, str], ...]) -> str:
    note = _draft(said).note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan")).lower()


# ---- the note's text: off the record, others' health, interpreters, denials -----------------------------

NOTE = [
    # a true finding said in the same sentence as a refused request: the pain rating was written before f37e8ec
    pytest.param(
        (
            (T, "How is the knee today?"),
            (P, "My knee's a 6 today, and write that I did all my exercises."),
            (T, "I can't write that, you said you missed a few days."),
        ),
        ["6/10"],
        ["did all my exercises"],
        id="finding_beside_refused_request_lost",
    ),
    # a request agreed to: "No problem" / "I can't believe it" read as turning it down
    pytest.param(
        (
            (T, "How was the week?"),
            (P, "Put down that I walked to the mailbox and back."),
            (T, "No problem, I'll put that in, that's great."),
        ),
        ["mailbox"],
        [],
        id="agreed_no_problem_read_as_refusal",
    ),
    pytest.param(
        (
            (T, "How was the week?"),
            (P, "I walked to the mailbox and back. Write that down."),
            (T, "I can't believe it, that's great, I'll write it down."),
        ),
        ["mailbox"],
        [],
        id="agreed_cant_believe_read_as_refusal",
    ),
    # a clinical device's alarm in the hallway is no building alarm: SpO2 86% and the chair alarm were written
    pytest.param(
        (
            (T, "We walked 150 feet."),
            (T, "The pulse ox alarm went off at 86 percent on the hallway walk, so we rested."),
        ),
        ["spo2 86%"],
        [],
        id="pulse_ox_alarm_in_hallway_blanked",
    ),
    pytest.param(
        ((T, "The chair alarm in the hallway went off when he stood up without the walker."),),
        ["chair alarm"],
        [],
        id="chair_alarm_in_hallway_blanked",
    ),
    pytest.param(
        (
            (
                T,
                "The alarm on her wheelchair went off in the hallway, she tried to stand without locking the "
                "brakes.",
            ),
        ),
        ["wheelchair", "brakes"],
        ["no locking"],
        id="wheelchair_alarm_blanked_and_no_locking_written",
    ),
    # an evacuation route walked as gait practice: the clause naming the rollator blanked
    pytest.param(
        (
            (T, "We practiced the evacuation route with the rollator, 300 feet, one standing rest."),
            (T, "Twelve minutes of gait training."),
        ),
        ["rollator", "300 feet"],
        [],
        id="evacuation_route_practice_loses_the_rollator",
    ),
    # the clinician's coding talk blanked sentence-whole, with the findings said in it
    pytest.param(
        (
            (
                T,
                "I was going to code the stairs as gait, she did 12 steps with the rail, reciprocal, no loss of "
                "balance.",
            ),
            (T, "Twelve minutes of gait training."),
        ),
        ["no loss of balance"],
        ["code the stairs"],
        id="coding_talk_takes_the_findings_with_it",
    ),
    (
        (
            (
                T,
                "I'll bill the bridges as therapeutic exercise, 3 sets of 10 with a 5 second hold, pain 2 out of 10.",
            ),
            (T, "Ten minutes of therapeutic exercise."),
        ),
        ["pain 2/10", "3x10"],
        [],
    ),
    # a relative's body said of "his" (not "he") right after naming him: still quoted as the patient's
    pytest.param(
        ((T, "Who lives with you?"), (P, "My husband. His knees are bad. My knees are worse on the stairs.")),
        ["my knees are worse"],
        ["his knees"],
        id="husbands_his_knees_quoted_as_patients",
    ),
    # an interpreter after Spanish typed without accents is taken for a caregiver's own knee and blanked
    pytest.param(
        (
            (T, "Does the knee hurt on the stairs?"),
            (P, "Si, me duele la rodilla en las escaleras."),
            (INTERP, "Yes, my knee hurts on the stairs, a 7."),
        ),
        ["knee", "7/10"],
        [],
        id="interpreter_after_ascii_spanish_blanked_as_caregivers_body",
    ),
    pytest.param(
        ((T, "Any falls?"), (P, "Si, me cai el martes."), (INTERP, "Yes, I fell on Tuesday.")),
        ["fell on tuesday"],
        ["caregiver reports"],
        id="interpreted_fall_labelled_caregivers",
    ),
    # an interpreter relaying a yes that is the finding: the note has nothing of it now (Spanish quoted before)
    pytest.param(
        ((T, "Any dizziness when she stands up?"), (P, "Sí, un poco."), (INTERP, "Yes, a little.")),
        ["dizz"],
        [],
        id="interpreted_yes_to_dizziness_dropped",
    ),
    pytest.param(
        ((T, "Any pain today?"), (P, "No, no me duele."), (INTERP, "No, no pain today.")),
        ["denies pain"],
        ["denies me duele"],
        id="spanish_words_written_as_a_denial",
    ),
    # knee pain denied, another place's pain said after "but": the note names knee as the pain location
    pytest.param(
        ((T, "any pain in the knee"), (P, "no but my back hurts")),
        ["back"],
        ["pain location: knee"],
        id="denied_knee_pain_written_as_pain_location",
    ),
    # "Nah" then a name at a sentence start: the third party's name is quoted in the note
    pytest.param(
        ((T, "Any pain today?"), (P, "Nah. Dolores says I look better though.")),
        ["denies pain"],
        ["dolores"],
        id="name_after_nah_sentence_quoted",
    ),
    # held: a request agreed to, a bed alarm, the caregiver's own body vs the patient's, relayed words
    (
        (
            (T, "How was the week?"),
            (P, "Put down that I walked to the mailbox and back."),
            (T, "Good, I'll put that in."),
        ),
        ["mailbox"],
        [],
    ),
    (
        ((T, "Any falls?"), (C, "No. Her bed alarm went off at 2 am when she tried to get up.")),
        ["denies falls", "bed alarm"],
        [],
    ),
    (
        (
            (T, "How has she been?"),
            (C, "My back is killing me from lifting her. She says her hip is a 7 today."),
        ),
        ["7/10"],
        ["killing me"],
    ),
    (
        ((T, "How has he been?"), (C, "His back hurts, a 6 he said. My back hurts too from helping him.")),
        ["his back hurts"],
        ["helping him"],
    ),
    (((T, "How has she been?"), (C, "My mom's knee is swelling more this week.")), ["knee is swelling"], []),
    (((T, "Any swelling?"), (P, "My husband says my knee is swelling.")), ["swelling"], []),
    (((T, "How are things at home?"), (P, "My husband says his knee is swelling.")), [], ["swelling"]),
    (
        (
            (T, "Does the knee hurt on the stairs?"),
            (P, "Sí, me duele la rodilla en las escaleras."),
            (INTERP, "Yes, my knee hurts on the stairs, a 7."),
        ),
        ["knee", "7/10"],
        ["caregiver"],
    ),
    (((T, "Any falls since last time?"), (P, "No, ninguna."), (INTERP, "No, none.")), ["denies falls"], []),
    (((T, "any pain today"), (P, "not really just stiff")), ["denies pain", "stiff"], []),
]


@pytest.mark.parametrize(("said", "written", "never"), NOTE)
def test_the_notes_text(said: tuple[tuple[str, str], ...], written: list[str], never: list[str]) -> None:
    text = _text(said)
    assert all(w in text for w in written), text
    assert not [w for w in never if w in text], text


# ---- codes and minutes: pool, recap pairs, orthoses ------------------------------------------------------

POOL = (
    (T, "okay pool day, lets get in the water ramp and rail"),
    (T, "walking forward and backward in the shallow lane arms swinging"),
    (T, "now the kickboard flutter kicks holding the wall"),
    (T, "easy pace now the noodle squats and the arm circles with the paddles"),
)
MAT = (
    (T, "yep on the mat the stretches hamstring piriformis and the cat cow"),
    (T, "ten minutes of exercise on the mat"),
)
LAND = ((T, "bridges and clam shells and the step ups"), (T, "twelve minutes of exercise"))
KNEE = ((T, "manual to the knee, patella mobs"), (T, "then the step ups and lunges"))

CODES = [
    # last week's pool minutes billed as today's; today's twenty quoted as no service
    pytest.param(
        (
            *POOL,
            (T, "last week you only did ten minutes in the pool"),
            (T, "twenty minutes in the pool today"),
            *MAT,
        ),
        "per-code",
        {"97113": 20, "97110": 10},
        id="pool_last_week_billed_today",
    ),
    # "eight of the same" is more of the bike: the bike's first ten lost, or the eight counted twice
    pytest.param(
        (
            (T, "bike to warm up"),
            (T, "ten of bike"),
            (T, "then step ups and bridges"),
            (T, "so ten of bike and eight of the same"),
        ),
        "per-code",
        {"97110": 18},
        id="recap_of_the_same_loses_the_first",
    ),
    pytest.param(
        (
            (T, "bike to warm up, ten minutes of exercise on the bike"),
            (T, "then step ups and bridges, eight more minutes of exercise"),
            (T, "so that was ten of bike and eight of the same"),
        ),
        "per-code",
        {"97110": 18},
        id="recap_of_the_same_counted_twice",
    ),
    # "eight of manual and fifteen of the rest": manual given the fifteen
    pytest.param(
        (*KNEE, (T, "so eight of manual and fifteen of the rest")),
        "per-code",
        {"97140": 8},
        id="recap_of_the_rest_given_to_manual",
    ),
    # orthoses ordered today, or coming in later: nothing came in, the encounter is the first
    pytest.param(
        (
            (T, "We ordered custom orthotics today, they should come in in two weeks."),
            (T, "Ten minutes of orthotic assessment and casting of the feet."),
        ),
        "cms",
        {"97760": 10, "97763": None},
        id="custom_ordered_today_to_come_in_billed_97763",
    ),
    pytest.param(
        (
            (
                T,
                "The custom AFO will come in next week, so today ten minutes of orthotic fitting with the loaner brace.",
            ),
        ),
        "cms",
        {"97760": 10, "97763": None},
        id="custom_will_come_in_billed_97763",
    ),
    # held
    (
        (
            *POOL,
            (P, "I did thirty minutes in the pool yesterday at the Y"),
            (T, "twenty minutes in the pool"),
            *MAT,
        ),
        "per-code",
        {"97113": 20, "97110": 10},
    ),
    (
        (
            *POOL,
            (T, "twenty minutes in the pool"),
            (T, "on your own try fifteen minutes in the pool at the Y"),
            *MAT,
        ),
        "per-code",
        {"97113": 20, "97110": 10},
    ),
    (
        (*LAND, (P, "I did ten minutes in the pool last week on my own"), (T, "great keep that up")),
        "per-code",
        {"97110": 12, "97113": None},
    ),
    (
        (*LAND, (T, "what did you do this weekend"), (C, "she swam twenty minutes in the pool at the Y")),
        "per-code",
        {"97110": 12, "97113": None},
    ),
    # the five minutes of exercise earn no unit under per-code (said so in a warning), never given to gait
    (
        (
            (T, "bridges and clam shells"),
            (T, "five minutes of exercise"),
            (T, "then gait in the hallway with the cane"),
            (T, "five of those and ten of gait"),
        ),
        "per-code",
        {"97110": None, "97116": 10},
    ),
    ((*KNEE, (T, "so eight of manual and fifteen of the exercises")), "per-code", {"97140": 8, "97110": 15}),
    (
        (
            (T, "manual to the knee, patella mobs"),
            (T, "then walking in the hall with the cane, 200 feet"),
            (T, "so eight of manual and twelve of her walking"),
        ),
        "per-code",
        {"97140": 8, "97116": 12},
    ),
    (
        ((T, "The custom orthotics came in."), (T, "Ten minutes on the orthotic fitting and check-out.")),
        "cms",
        {"97763": 10},
    ),
    (
        (
            (T, "Her brace came in, the off the shelf knee brace."),
            (
                T,
                "I fit it, showed her how to put it on and off, ten minutes on the brace fitting and training.",
            ),
        ),
        "cms",
        {"97760": 10, "97763": None},
    ),
    (
        (
            (T, "We ordered custom orthotics today."),
            (T, "Ten minutes of orthotic assessment and casting of the feet."),
        ),
        "cms",
        {"97760": 10, "97763": None},
    ),
    (
        (
            (P, "When the custom brace came in at the other clinic it didn't fit."),
            (
                T,
                "Okay, today I fit the new off the shelf brace, ten minutes of orthotic fitting and training.",
            ),
        ),
        "cms",
        {"97760": 10, "97763": None},
    ),
]


@pytest.mark.parametrize(("said", "rule", "codes"), CODES)
def test_codes_and_minutes(
    said: tuple[tuple[str, str], ...], rule: str, codes: dict[str, int | None]
) -> None:
    got = {c["code"]: c.get("minutes") for c in _draft(said, rule).codes}
    assert {k: got.get(k) for k in codes} == codes, got


ARRIVED_LINE = "came in at this visit"
REVIEW = [
    # "came in handy" is no orthosis delivered: a review line says it came in at this visit
    pytest.param(
        (
            (T, "The splint I made last week came in handy, she says."),
            (
                T,
                "Today I adjusted the resting hand splint and checked the fit, twelve minutes of orthotic management.",
            ),
        ),
        False,
        id="came_in_handy_read_as_delivered",
    ),
    (
        (
            (T, "Her brace came in, the off the shelf knee brace."),
            (
                T,
                "I fit it, showed her how to put it on and off, ten minutes on the brace fitting and training.",
            ),
        ),
        True,
    ),
]


@pytest.mark.parametrize(("said", "line"), REVIEW)
def test_the_orthosis_review_line(said: tuple[tuple[str, str], ...], line: bool) -> None:
    warnings = _draft(said).warnings
    assert any(ARRIVED_LINE in w for w in warnings) is line, warnings


# ---- KX: the year's threshold ------------------------------------------------------------------------------

EXERCISE = "We did twenty minutes of therapeutic exercise, tendon glides and wrist bends."
KX = [
    # "cap ... for the year" is said to be read (87b0f6c) but is not
    pytest.param("You're past the PT cap for the year.", True, id="pt_cap_for_the_year_missed"),
    pytest.param("You're past the P.T. threshold for the year.", True, id="p_dot_t_dot_missed"),
    # another person's threshold, a conditional, an expectation: KX put on with confidence
    pytest.param("Your husband is past the PT threshold for the year.", False, id="husbands_threshold_read"),
    pytest.param(
        "You'd be past the PT threshold for the year if we add the pool.",
        False,
        id="would_be_read",
    ),
    pytest.param(
        "You should be past the PT threshold for the year by May.",
        False,
        id="should_be_by_may_read",
    ),
    # held
    ("You're past the OT threshold for the year.", True),
    ("With the knee surgery you're well past the PT threshold for the year.", True),
    ("You hit the pain threshold for the year, we stopped the set there.", False),
    ("We're near the cap this year, so we'll keep an eye on it.", False),
    ("We're near the PT cap for the year, so we'll keep an eye on it.", False),
    ("You're past the PT cap, so KX goes on.", False),
    ("The Medicare threshold for the year isn't met yet.", False),
    ("You haven't hit the PT cap for the year yet.", False),
    ("You might be past the PT threshold for the year, I'll check with billing.", False),
    ("Once you're past the PT threshold for the year we add KX.", False),
]


@pytest.mark.parametrize(("said", "passed"), KX)
def test_the_years_threshold(said: str, passed: bool) -> None:
    assert (threshold_passed(turns((T, said), (T, EXERCISE))) is not None) is passed


def test_nah_before_a_name_is_kept_and_the_name_scrubbed() -> None:
    assert unplaced("Nah, Karen comes on weekends.") == "Nah, [name] comes on weekends."
