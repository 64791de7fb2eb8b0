"""The year's therapy threshold named by the discipline and the year ("you're past the OT threshold for the
year ... so the KX modifier goes on", blind38-test ao_ot10) is the KX threshold; a pain's, a balance score's
or a door's threshold "for the year" is not, nor a future, a denial or a condition of it."""

import pytest
from transcript_helpers import turns

from core.billing.coding import PayerRules
from scribe.draft import draft
from scribe.threshold_said import threshold_passed

T = "therapist"
EXERCISE = "We did twenty minutes of therapeutic exercise, tendon glides and wrist bends."

# (the clinician's words, passed?)
SAID = [
    # failing before: the year's threshold named without money words
    (
        "Okay. One billing note. You had OT for your left wrist in February, so with this you're past the OT "
        "threshold for the year. The splinting is medically necessary for the flare, so the KX modifier goes on.",
        True,
    ),
    ("You're over the PT threshold for the year now, the hip surgery in May used most of it.", True),
    ("So you've passed the therapy cap for the year, and I'll note it's medically necessary.", True),
    ("with the knee in the spring you went past the p t threshold this year", True),
    ("This visit puts you past the PT threshold for the year.", True),
    ("She's past the OT cap this year, so the KX goes on the splint.", True),
    # named without money words: only the patient's, passed now (review of 87b0f6c)
    ("Your wife went past the OT threshold for the year in March.", False),
    ("You're past the PT threshold for the year if the hospital visits count.", False),
    ("You will be past the OT cap for the year by October.", False),
    # must not change: not passed, not the year's, not money
    ("You're not past the OT threshold for the year yet.", False),
    ("If you go over the PT threshold for the year we'll talk about it.", False),
    ("You'll probably hit the OT threshold for the year in November.", False),
    ("You hit your pain threshold for the year on that last set, we stopped there.", False),
    ("Your balance went past the fall-risk threshold this year, good work.", False),
    ("Step over the threshold of the door this time, good.", False),
    ("Your pain went over the threshold this year during therapy.", False),
    ("Your hearing is past the speech threshold for the year we tested, so we'll speak up.", False),
    ("Did you go over the OT threshold for the year?", False),
    ("Last year you went over the OT threshold for the year in October.", False),
]


@pytest.mark.parametrize(("said", "passed"), SAID)
def test_the_years_threshold_named_by_the_year(said: str, passed: bool) -> None:
    assert (threshold_passed(turns((T, said), (T, EXERCISE))) is not None) is passed


def test_the_draft_carries_kx_on_every_line() -> None:
    d = draft(
        turns(
            (
                T,
                "I'm making you a resting hand splint. That was 20 minutes for the splint, making it and fitting it.",
            ),
            (T, "You had OT in February, so with this you're past the OT threshold for the year."),
            (T, "The splinting is medically necessary, so the KX modifier goes on."),
            (T, "Then tendon glides and wrist bends, nine minutes of exercise."),
        ),
        discipline="OT",
        note_type="daily",
        role="OT",
        rule="cms",
        rules=PayerRules(unit_rule="cms", kx_threshold_cents=248_000),
    )
    assert {c["code"] for c in d.codes} == {"97760", "97110"}
    assert all("KX" in c["modifiers"] for c in d.codes)
