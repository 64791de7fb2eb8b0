"""What the clinician says is quoted whole: a decimal point ends no sentence, the supervising therapist's
note read at the visit is the record (not another discipline's session), and findings named by words the
vocabularies lacked (cramping, anxiety, gestures, a language test) are findings. Table-driven, new
phrasings, one row a kind."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scribe.statements import numbered, qualitative
from scribe.transcript import SENTENCE, Segment

T = "therapist"


def quoted(*said: tuple[str, str]) -> list[str]:
    segments = [Segment(i, i * 5.0, i * 5.0 + 4.0, who, text) for i, (who, text) in enumerate(said)]
    numbers = numbered(segments, set())
    return [s.words for s in [*numbers, *qualitative(segments, {(s.segment, s.start) for s in numbers})]]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Her INR came back 2.4 this morning. Okay.", ["Her INR came back 2.4 this morning.", "Okay."]),
        ("Grip went from 18.5 to 22.5 kilos.", ["Grip went from 18.5 to 22.5 kilos."]),
        # a full stop after a number still ends the sentence
        ("We did 3. Then the bike.", ["We did 3.", "Then the bike."]),
    ],
)
def test_a_decimal_point_ends_no_sentence(text: str, sentences: list[str]) -> None:
    assert [s.strip() for s in SENTENCE.findall(text) if s.strip()] == sentences


@given(whole=st.integers(0, 300), tenths=st.integers(0, 99))
def test_a_decimal_value_stays_in_its_sentence(whole: int, tenths: int) -> None:
    text = f"The reading was {whole}.{tenths:02d} on the right. Next."
    assert SENTENCE.findall(text)[0] == f"The reading was {whole}.{tenths:02d} on the right."


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("The PT's eval says the rotator cuff repair is six weeks out.", "rotator cuff repair"),
        ("Per the OT's notes she may leave the splint off at night.", "splint off"),
        (
            "The heel pain with the first steps is the fascia again, and the cramping at night too.",
            "cramping",
        ),
        ("It looks more like anxiety than a fluency problem.", "anxiety"),
        ("Lots of gestures and pointing, nonverbal mostly.", "gestures"),
        ("The PLS-5 put his receptive language in the low average range.", "receptive language"),
        ("Her ankle-brachial index is 0.71 on the right.", "0.71"),
    ],
)
def test_the_clinicians_findings_are_quoted_whole(said: str, kept: str) -> None:
    assert any(kept in words for words in quoted((T, said)))


@pytest.mark.parametrize(
    "said",
    [
        # another discipline's session stays out, as before
        "The OT had her for forty minutes this morning on the dressing.",
        "The speech therapist says he does better in the mornings.",
    ],
)
def test_another_disciplines_session_stays_out(said: str) -> None:
    assert not any("forty" in w or "40" in w for w in quoted((T, said)))
