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
