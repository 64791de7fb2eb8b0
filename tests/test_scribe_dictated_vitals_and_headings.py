"""A dictated progress report heard by the recognizer (a new user's trial, 2026-12-06): "3 sets of 10 at
40 pounds" came back "preset on 10 rep, sat 40 pounds" and the draft wrote "SpO2 40%."; the dictated
headings "Subjective," and "Assessment," were taken for names and quoted as "[name], ...". A vital sign is
written only where its value could be that sign and no other unit is said with it; a note's heading is
never a name."""

import pytest

from core.billing.coding import PayerRules
from scribe.draft import draft
from scribe.statements import _small_talk_unnamed, shorthand
from scribe.transcript import Segment


def _objective(text: str) -> list[str]:
    return [s.text for s in shorthand([Segment(0, 0.0, 5.0, "therapist", text)]) if s.section == "objective"]


@pytest.mark.parametrize(
    ("said", "vitals"),
    [
        # another unit said with the number: it measures that, not saturation
        ("Therapeutic exercise 25 minutes, leg press preset on 10 rep, sat 40 pounds.", []),
        ("sat 140 pounds on the sled", []),
        ("She sat 10 minutes on the edge of the bed.", []),
        ("He sat 90 seconds unsupported.", []),
        ("heart rate 30 seconds after we stopped", []),
        # must not change: saturation, heart rate and blood pressure as clinicians say them
        ("Sats were 94% on room air.", ["SpO2 94%."]),
        ("the sat... 91%", ["SpO2 91%."]),
        ("Sat 88 percent at the end.", ["SpO2 88%."]),
        ("pulse ox 97", ["SpO2 97%."]),
        ("sats dropped to 86 on the stairs", ["SpO2 86%."]),
        ("Heart rate 104 after the stairs.", ["Heart rate 104 bpm."]),
        ("BP 132/84 before we started.", ["BP 132/84."]),
    ],
)
def test_a_vital_sign_is_written_only_where_its_value_could_be_that_sign(
    said: str, vitals: list[str]
) -> None:
    found = [line for line in _objective(said) if line.startswith(("SpO2", "Heart rate", "BP "))]
    assert [line for line in found if line != "BP 132."] == vitals


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Subjective, patient report, sleep pain 3 out of 10, no falls.", "Subjective, patient report"),
        ("Assessment, improving toward goals.", "Assessment, improving"),
        ("Plan, continue twice a week.", "Plan, continue"),
        # must not change: a name said in small talk is still taken out
        ("Pat went to the game with Jordan.", "with [name]"),
    ],
)
def test_a_dictated_heading_is_no_name(said: str, kept: str) -> None:
    assert kept in _small_talk_unnamed(said)


def test_the_trial_dictation_drafts_no_saturation_and_no_name_placeholder() -> None:
    heard = (
        "Prodress report for ethernolson. Subjective, patient report, sleep pain 3 out of 10, de-isermus, no "
        "falls, since last visit. Objective, neflexion 110 degrees, extension minus 5 degrees. Therapeutic "
        "exercise 25 minutes, leg press preset on 10 rep, sat 40 pounds. Neuromuscular re-education 15 "
        "minutes. Timed up, and go 12 seconds. Assessment, improving toward goals. Plan, continue twice a "
        "week, prodress code exercise program."
    )
    drafted = draft(
        [Segment(0, 0.0, 36.38, "therapist", heard)],
        discipline="PT",
        note_type="progress",
        role="PT",
        rule="cms",
        rules=PayerRules(unit_rule="cms", unattended_stim_code="G0283", kx_threshold_cents=None),
    )
    text = "\n".join(drafted.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))
    assert "SpO2" not in text and "[name]" not in text
    assert "Flexion 110 degrees." in text and "Pain 3/10." in text
    assert {c["code"]: c["units"] for c in drafted.codes} == {"97110": 2, "97112": 1}
