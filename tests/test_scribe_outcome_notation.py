"""Outcome measures, percentile ranks and range of motion written as said (#17): a scale's score beside its name with its
top, percent or plus ("NDI 32%.", "LEFS 71/80.", "Modified Ashworth 1+."), named scales read by their
long names ("dizziness handicap inventory" is DHI), abbreviations a recogniser spells letter by letter
("o d i") read whole, and a motion's side where it was said. The phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import _covering, _sections, outcome_line
from scribe.extract import extract, motion_as_said, outcome_notation, unit_written
from scribe.misheard import corrected, spelled
from scribe.numbers import ordinal, ordinal_value


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ({"n": "twenty three"}, {"value": "23", "unit": "", "said": ""}),
        ({"n": "thirty two", "unit": "percent"}, {"value": "32", "unit": "%", "said": ""}),
        ({"n": "18", "unit": "%"}, {"value": "18", "unit": "%", "said": ""}),
        ({"n": "seventy one", "max": "eighty"}, {"value": "71", "unit": "", "said": "/80"}),
        ({"n": "1", "plus": " plus"}, {"value": "1", "unit": "", "said": "+"}),
        ({"n": "14.2", "unit": "seconds"}, {"value": "14.2", "unit": "seconds", "said": ""}),
        # a top below the score is no top
        ({"n": "41", "max": "five"}, {"value": "41", "unit": "", "said": ""}),
    ],
)
def test_outcome_notation(said: dict[str, str], written: dict[str, str]) -> None:
    assert outcome_notation(said) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ({"joint": "cervical", "motion": "rotation", "side3": "left"}, "cervical rotation left"),
        ({"motion": "Flexion", "side3": "Right"}, "flexion right"),
        # a side said before the motion, or "on the" side after it, keeps the label's order
        ({"side": "left", "motion": "rotation"}, ""),
        ({"motion": "dorsiflexion", "on": "on the ", "side3": "right"}, ""),
        ({"joint": "knee", "motion": "flexion"}, ""),
    ],
)
def test_motion_as_said(said: dict[str, str], written: str) -> None:
    assert motion_as_said(said) == written


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("your n d i is thirty two percent", "your NDI is thirty two percent"),
        ("the o d i came out at forty", "the ODI came out at forty"),
        ("l-e-f-s sixty", "LEFS sixty"),
        ("the f. g. a. was 19", "the FGA was 19"),
        ("m o c a twenty six", "MoCA twenty six"),
        # the word written whole, or letters that are not the whole abbreviation, stay as they are
        ("give the band a tug", "give the band a tug"),
        ("the n d is", "the n d is"),
        ("grand i ate", "grand i ate"),
    ],
)
def test_spelled_abbreviations_are_read_whole(heard: str, meant: str) -> None:
    assert corrected(heard)[0] == meant


def test_spelled_needs_a_break_between_letters() -> None:
    assert spelled("NDI").search("ndi") is None
    assert spelled("NDI").search("n d i") is not None


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("Your quick dash score came out at thirty one.", "QuickDASH 31."),
        ("The neck disability index is twenty eight percent.", "NDI 28%."),
        ("Oswestry today, forty two percent.", "ODI 42%."),
        ("Her LEFS is fifty five out of eighty.", "LEFS 55/80."),
        ("Biceps tone, modified Ashworth two.", "Modified Ashworth 2."),
        ("Hamstrings modified ashworth 1 plus on the left.", "Modified Ashworth 1+."),
        ("The dizziness handicap inventory is thirty eight.", "DHI 38."),
        ("Voice handicap index was twenty.", "VHI 20."),
        ("Pediatric voice handicap index is 41.", "pVHI 41."),
        ("Fugl-Meyer upper extremity... no, Fugl-Meyer is 44.", "Fugl-Meyer 44."),
        ("Rate of perceived exertion thirteen out of twenty.", "RPE 13/20."),
        ("Functional gait assessment 22 out of 30.", "FGA 22/30."),
        ("Timed up and go was 11.8 seconds.", "TUG 11.8 seconds."),
        ("Thirty-second sit-to-stand, 12 today.", "30-second sit-to-stand 12."),
        ("The modified fatigue impact scale total 47.", "MFIS 47."),
    ],
)
def test_outcome_lines(said: str, line: str) -> None:
    facts = [f for f in extract(turns(("therapist", said))) if f.kind == "outcome_measure"]
    assert [outcome_line(f) for f in facts] == [line]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Neck rotation left is sixty five degrees.", ["Neck rotation left 65 degrees."]),
        ("Shoulder abduction active is 120 degrees.", ["Shoulder abduction 120 degrees."]),
        ("Internal rotation, forty degrees.", ["Internal rotation 40 degrees."]),
        ("Plantarflexion on the left is 30 degrees.", ["Left plantarflexion 30 degrees."]),
        ("Right knee flexion passively 110 degrees.", ["Right knee flexion 110 degrees."]),
        # a count after a motion's name is no range ("flexion, 3 sets")
        ("Hip flexion, 3 sets of ten.", []),
    ],
)
def test_motion_lines(said: str, written: list[str]) -> None:
    sections = _sections([f for f in extract(turns(("therapist", said))) if f.kind == "range_of_motion"])
    assert sections["measurements"] == written


@pytest.mark.parametrize(
    ("said", "value"),
    [("ninth", 9), ("seventy-fifth", 75), ("twenty first", 21), ("12th", 12), ("3rd", 3), ("fiftieth", 50)],
)
def test_ordinal_value(said: str, value: int) -> None:
    assert ordinal_value(said) == value


@pytest.mark.parametrize(
    ("number", "written"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"), (22, "22nd")]
)
def test_ordinal(number: int, written: str) -> None:
    assert ordinal(number) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "Visual perception on the TVPS is at the sixteenth percentile.",
            ["Visual perception on the TVPS: 16th percentile."],
        ),
        (
            "His receptive vocabulary came out at the 37th percentile.",
            ["Receptive vocabulary: 37th percentile."],
        ),
        ("Height, twenty-fifth percentile.", ["25th percentile."]),
        # no rank past the 99th, and an ordinal that ranks nothing is no percentile
        ("She is in the 100th percentile.", []),
        ("This is the third visit.", []),
    ],
)
def test_percentile_lines(said: str, written: list[str]) -> None:
    sections = _sections([f for f in extract(turns(("therapist", said))) if f.kind == "percentile"])
    assert sections["measurements"] == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Mean pitch in reading was two twenty hertz.", ["Mean pitch in reading 220 Hz."]),
        (
            "Ultrasound at three megahertz, point eight watts per square centimeter.",
            ["Ultrasound 3 MHz.", "0.8 W/cm2."],
        ),
        ("Loudness in conversation is sixty-nine decibels.", ["Loudness in conversation 69 dB."]),
        ("The gap is about four millimeters.", ["Gap is about 4 mm."]),
        ("Wrist circumference, sixteen and a half centimeters.", ["Wrist circumference 16.5 cm."]),
        # a unit's letters inside a word or a joint's name are no unit
        ("The cmc joint is tender.", []),
        ("Three dBs ago.", []),
    ],
)
def test_unit_measure_lines(said: str, written: list[str]) -> None:
    sections = _sections([f for f in extract(turns(("therapist", said))) if f.kind == "unit_measure"])
    assert sections["measurements"] == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("MHz", "MHz"),
        ("megahertz", "MHz"),
        ("Hertz", "Hz"),
        ("decibel", "dB"),
        ("watts per centimeter squared", "W/cm2"),
    ],
)
def test_unit_written(said: str, written: str) -> None:
    assert unit_written(said) == written


@pytest.mark.parametrize(
    ("said", "covers"),
    [
        # the fact says most of its sentence: the sentence is not quoted again
        ("Abduction is forty degrees.", True),
        ("Knee flexion today, one twenty five degrees.", True),
        # a unit the note writes short keeps the words said beside it
        ("Pitch was two twenty hertz.", False),
        # a few words of a longer sentence: the sentence is quoted beside the fact
        (
            "Active abduction, forty degrees, adduction to neutral, and I stop there because it pinches.",
            False,
        ),
    ],
)
def test_a_fact_covers_its_sentence_only_where_it_says_most_of_it(said: str, covers: bool) -> None:
    segments = turns(("therapist", said))
    facts = [f for f in extract(segments) if f.kind in ("range_of_motion", "unit_measure")]
    assert facts
    assert bool(_covering(facts, segments)) is covers
