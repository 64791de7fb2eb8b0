"""Services from speech nobody here wrote (#17), table-driven by kind of phrasing: a service is created only
by the treating clinician saying what was done today, and minutes reach the service they were said of,
however the turns fall (the list in one turn, its minutes in the next; a recap with the figure first).
No model is loaded: services.find reads the words alone."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


def found(*said: tuple[str, str], discipline: str = "PT", note_type: str = "daily") -> tuple[dict, list]:
    services = find(turns(*said), discipline=discipline, note_type=note_type)
    return services.minutes, services.untimed


# A service named in a question (marked or left unmarked by a recognizer and answered), as the cause of a
# symptom, or in the patient's words is no service of this visit: nothing untimed is billed for it.
@pytest.mark.parametrize(
    "said",
    [
        ((T, "numbness on the thigh from the traction"), (P, "that went away no numbness")),
        ((T, "any numbness on the thigh from the traction"), (P, "no")),
        ((T, "Any numbness in the leg from the traction?"), (P, "No.")),
        ((T, "any soreness after the traction last time"), (P, "no not really")),
        ((T, "tingling down the arm with the traction"), (P, "nope")),
        ((T, "any redness under the pads from the e stim"), (P, "no")),
        # a service of another visit, named without minutes
        ((T, "last week we did traction and it flared him up"),),
        ((T, "at the last visit the traction made her sore"),),
        ((T, "How was the traction on Tuesday?"), (P, "Good.")),
        ((T, "was the e stim okay last time"), (P, "yes fine")),
        ((P, "The traction helped a lot last week."), (T, "Good, glad to hear it.")),
    ],
)
def test_a_service_asked_about_is_not_done(said: tuple[tuple[str, str], ...]) -> None:
    minutes, untimed = found(*said)
    assert untimed == [] and minutes == {}


@pytest.mark.parametrize(
    "said",
    [
        (
            (T, "Mechanical traction, prone, twelve minutes."),
            (T, "Any numbness from the traction?"),
            (P, "No."),
        ),
        ((T, "we did the traction first twelve minutes"), (T, "any numbness"), (P, "no")),
        ((T, "set up the traction like last time"), (T, "fifteen minutes of that")),
    ],
)
def test_a_service_done_stays_done_when_asked_about_after(said: tuple[tuple[str, str], ...]) -> None:
    _, untimed = found(*said)
    assert untimed == ["97012"]


@pytest.mark.parametrize(
    "said",
    [
        "Mechanical traction again today, same setup we used last week.",
        "Put you on the mechanical traction now, you said on Tuesday it helped.",
        "mechanical traction this visit like at the last session",
    ],
)
def test_a_service_done_today_like_another_visit_is_done(said: str) -> None:
    _, untimed = found((T, said))
    assert untimed == ["97012"]


LIST_PT = (
    "now exercises sit to stand ten times the heel slides the glute squeezes and the marching in the chair"
)
LIST_OT = (
    "then exercises for proximal stability the shoulder and the elbow weight bearing on the table the "
    "theraband rows the wall push ups"
)
LIST_TYPED = "Then the exercises: bridges, clamshells, side steps."


# The minutes of a list of exercises said in the clinician's next turn, after a remark (a recognizer's run-on
# with no stops, or typed), are the list's: "you used your arms less today thirteen minutes on those".
@pytest.mark.parametrize("listed", [LIST_PT, LIST_OT, LIST_TYPED])
@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("you used your arms less today thirteen minutes on those", 13),
        ("if the shoulder is steady the hand is steadier that was eleven minutes", 11),
        ("good work thirteen minutes of that", 13),
        ("nice job that was thirteen minutes", 13),
        ("Good. Thirteen minutes on those.", 13),
        ("Your form was better, that was twelve minutes.", 12),
        ("thirteen minutes on those", 13),
    ],
)
def test_minutes_in_the_next_turn_after_a_list_are_the_lists(listed: str, after: str, expected: int) -> None:
    minutes, _ = found((T, "gait training twelve minutes"), (T, listed), (P, "okay"), (T, after))
    assert minutes == {"97116": 12, "97110": expected}


# ... but not minutes a remark leads into, plans, or asks for.
@pytest.mark.parametrize(
    "after",
    [
        "do those at home for thirteen minutes",
        "home program the same ones ten minutes on those",
        "next time we will add ten minutes on those",
        "you could do that at home if you want thirteen minutes on those",
    ],
)
def test_minutes_a_remark_leads_into_stay_its_own(after: str) -> None:
    minutes, _ = found((T, "gait training twelve minutes"), (T, LIST_TYPED), (P, "okay"), (T, after))
    assert minutes == {"97116": 12}


# A recap that says each figure before its service, after a remark or a recap's cue, gives each service the
# figure before it, not the next one's: "so today ten manual seventeen functional twenty two exercise".
@pytest.mark.parametrize(
    "recap",
    [
        "good thats the point so today ten manual seventeen functional twenty two exercise",
        "so today ten manual seventeen functional twenty two exercise",
        "Good, that is the point. So today: ten manual, seventeen functional, twenty-two exercise.",
        "okay nice work for the note ten manual seventeen functional twenty two exercise",
        "alright good job so today ten minutes manual seventeen minutes functional twenty two minutes exercise",
        "great work in total ten manual seventeen functional twenty two exercise",
        "you did great so today it was ten manual seventeen functional twenty two exercise",
    ],
)
def test_a_recap_said_figure_first_gives_each_service_its_own(recap: str) -> None:
    minutes, _ = found((T, recap))
    assert minutes == {"97140": 10, "97530": 17, "97110": 22}


def test_a_figure_first_recap_restates_the_blocks_said_before() -> None:
    said = (
        (T, "first the hands on part long axis distraction and the posterior glides ten minutes"),
        (T, "then the functional stuff step ups and getting in and out of the car seventeen minutes"),
        (T, "then exercises clamshells and bridges twenty two minutes"),
        (P, "my glutes are on fire"),
        (T, "good thats the point so today ten manual seventeen functional twenty two exercise"),
    )
    minutes, _ = found(*said)
    assert minutes == {"97140": 10, "97530": 17, "97110": 22}


# Minutes said of all that the sentence before listed ("Fourteen minutes of that.") are the list's, its head
# as for a list in one sentence (the service named by its own name, else most of it, else the first), not
# the last item's: a vestibular block of gaze stabilization, standing balance and walking with head turns.
@pytest.mark.parametrize(
    "said",
    [
        "Today we practised gaze stabilization, eyes on the card while she turns her head, then standing with "
        "feet together, then walking with head turns. Fourteen minutes of that.",
        "today we did gaze stabilization then walking with head turns. fourteen minutes of that",
        "We did gaze stabilization and walking with head turns. Fourteen minutes on all of that.",
        "Gaze stabilization, then walking with head turns. That was fourteen minutes for all of it.",
        "Balance work on the foam, then walking with head turns. Fourteen minutes of all that.",
    ],
)
def test_minutes_of_all_that_was_listed_are_the_lists(said: str) -> None:
    minutes, _ = found((T, said))
    assert minutes == {"97112": 14}


def test_a_service_said_with_its_own_minutes_after_a_list_keeps_them() -> None:
    said = "Gaze stabilization first, then walking with head turns. Then the bike, ten minutes."
    minutes, _ = found((T, said))
    assert minutes == {"97110": 10}


# "N minutes after the exercises" says when (to ice, to rest), not how long a service was: it gives no service
# its minutes, whichever service the turn names after it.
@pytest.mark.parametrize(
    "said",
    [
        "yes twenty minutes after the exercises thats fine keep the brace on for walking",
        "Ice it twenty minutes after your exercises, and keep the brace on.",
        "you can have the shower thirty minutes after the session, keep the splint on",
        "take the pain pill thirty minutes after lunch then the brace back on",
    ],
)
def test_minutes_after_the_patients_own_activity_are_a_moment(said: str) -> None:
    minutes, _ = found((T, "Ther ex fourteen minutes today."), (P, "And I keep icing?"), (T, said))
    assert minutes == {"97110": 14}


def test_another_block_after_the_break_is_still_minutes() -> None:
    said = "Gait training ten minutes this morning and another eight minutes after the break."
    minutes, _ = found((T, said))
    assert minutes == {"97116": 18}


# A toilet transfer practised is transfer training (97530, as the studied keys code it: e9b5767), not a trip to
# the toilet taken out of the visit.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("we did ten minutes of the toilet transfer", {"97530": 10}),
        ("Ten minutes of toilet transfers with the raised seat.", {"97530": 10}),
        ("Dressing twenty minutes, minus five minutes for the bathroom.", {"97535": 15}),
    ],
)
def test_a_toilet_transfer_is_a_service_not_a_break(said: str, expected: dict[str, int]) -> None:
    minutes, _ = found((T, said), discipline="OT")
    assert minutes == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # moments of a recall task, each with its unit: no service's minutes
        (
            "With the spaced retrieval he recalled the number at four minutes and eight minutes.",
            {"97110": 10},
        ),
        ("he got it back after two minutes and after four minutes", {"97110": 10}),
        # a moment, then a service's own minutes
        (
            "We checked his recall at two minutes and at four minutes, then fifteen minutes of gait training.",
            {"97110": 10, "97116": 15},
        ),
        ("recall at two minutes and fifteen minutes of gait training", {"97110": 10, "97116": 15}),
    ],
)
def test_moments_said_each_with_its_unit_are_no_minutes(said: str, expected: dict[str, int]) -> None:
    minutes, _ = found((T, "Ten minutes of exercise first."), (T, said))
    assert minutes == expected


@pytest.mark.parametrize(
    "said",
    [
        "we put the bump dots on the stove dials and set up the pill organizer that was twenty three minutes",
        "Twenty three minutes setting up her pill box and marking the oven dials.",
        "twenty three minutes on the low vision home set up, labels and lighting",
    ],
)
def test_home_and_medication_set_up_is_self_care_training(said: str) -> None:
    minutes, _ = found((T, said), discipline="OT")
    assert minutes == {"97535": 23}


def test_a_pill_organizer_in_a_cognition_session_is_the_cognition_task() -> None:
    minutes, _ = found(
        (T, "the medication routine is the big thing so lets do the pill organizer first"),
        (T, "that was thirty eight minutes of cognitive treatment"),
        discipline="SLP",
    )
    assert "97535" not in minutes and sum(minutes.values()) == 38
