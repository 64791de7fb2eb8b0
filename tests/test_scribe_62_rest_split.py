"""scribe.rest_split called directly (#22: the module was reached only through `scribe.draft`): a block of
minutes said, then "of that, N was X, the rest was Y", comes back as its two parts summing to the block;
where the split cannot be read the block stays once, as said, with a review line; what is not a split
(a patient's words, a block said long before, a figure of another block) is left as it came."""

import pytest

from scribe.codes import THER_ACT
from scribe.rest_split import NEAR_TURNS, split_by_rest
from scribe.services import Mention, activities
from scribe.transcript import Segment

T, P = "therapist", "patient"
BLOCK = "That block was twenty minutes of manual."


def _segments(*said: tuple[str, str]) -> list[Segment]:
    return [Segment(i, i * 10.0, i * 10.0 + 8.0, who, text) for i, (who, text) in enumerate(said)]


def _mention(
    segments: list[Segment], index: int, code: str, minutes: int, figure: str, label: str
) -> Mention:
    """A service heard in segment `index`: `label` named, its minutes said as `figure` (first of each)."""
    text = segments[index].text
    at, named = text.index(figure), text.lower().index(label)
    return Mention(
        code,
        minutes,
        label,
        index,
        named,
        named + len(label),
        text,
        said_at=((at, at + len(figure)),),
    )


def _block(segments: list[Segment]) -> Mention:
    return _mention(segments, 0, "97140", 20, "twenty", "manual")


def _split(
    said: list[tuple[str, str]], inside: tuple[str, int, str, str] | None
) -> tuple[list[Segment], list[Mention]]:
    segments = _segments(*said)
    mentions = [_block(segments)]
    if inside is not None:
        mentions.append(_mention(segments, len(segments) - 1, *inside))
    return segments, mentions


@pytest.mark.parametrize(
    ("said", "inside", "minutes", "review"),
    [
        # the part and the rest each named: 8 of gait, the other 12 the block's manual
        (
            [(T, BLOCK), (T, "Of those twenty, about eight were gait on the stairs, the rest was manual.")],
            ("97116", 8, "eight", "gait"),
            [("97116", 8), ("97140", 12)],
            set(),
        ),
        # the part said before "of that", the rest a service of its own
        (
            [
                (T, BLOCK),
                (P, "okay"),
                (T, "About six of that was balance on the foam and the rest was joint mobs."),
            ],
            ("97112", 6, "six", "balance"),
            [("97112", 6), ("97140", 14)],
            set(),
        ),
        # the rest named only as tasks: therapeutic activities, for the clinician to confirm
        (
            [(T, BLOCK), (T, "Of that, nine was gait, the rest was the wheel and the clay tasks.")],
            ("97116", 9, "nine", "gait"),
            [("97116", 9), (THER_ACT, 11)],
            {THER_ACT},
        ),
        # the part as large as the block: no split to read; the block given once, with its review line
        (
            [(T, BLOCK), (T, "Of those twenty, about twenty were gait, the rest was manual.")],
            ("97116", 20, "twenty", "gait"),
            [("97140", 20)],
            {"97140"},
        ),
        # a part of the block's own service with no rest: within the block, never more minutes
        (
            [(T, BLOCK), (T, "Ten of that went to the mobs.")],
            ("97140", 10, "Ten", "mobs"),
            [("97140", 20)],
            set(),
        ),
        # a part of another service with no rest: the split is the clinician's
        (
            [(T, BLOCK), (T, "Ten of that was gait.")],
            ("97116", 10, "Ten", "gait"),
            [("97140", 20)],
            {"97140"},
        ),
    ],
)
def test_a_block_split_by_the_rest_comes_back_as_its_parts(said, inside, minutes, review) -> None:
    segments, mentions = _split(said, inside)
    out, lines = split_by_rest(mentions, segments, activities)
    assert [(m.code, m.minutes) for m in out] == minutes
    assert set(lines) == review
    assert all(line.startswith(f"{code}: ") for code, line in lines.items())


# must not change: what is not a split of the block comes back as it went in, with no review line
@pytest.mark.parametrize(
    "said",
    [
        # the patient's words describe no service
        [(T, BLOCK), (P, "Of those twenty, about eight were gait on the stairs, the rest was manual.")],
        # "of those twelve": a figure of something else than the twenty-minute block
        [(T, BLOCK), (T, "Of those twelve, about eight were gait on the stairs, the rest was manual.")],
        # a block said more than NEAR_TURNS turns before is not what "of that" points at
        [
            (T, BLOCK),
            *[(P, "okay")] * (NEAR_TURNS + 1),
            (T, "Of those twenty, about eight were gait on the stairs, the rest was manual."),
        ],
        # no part said at all
        [(T, BLOCK), (T, "The rest was manual.")],
    ],
)
def test_what_is_not_a_split_of_the_block_is_left_as_it_came(said) -> None:
    segments, mentions = _split(said, None)
    out, lines = split_by_rest(mentions, segments, activities)
    assert out == mentions and lines == {}
