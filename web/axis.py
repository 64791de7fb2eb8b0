"""A chart's value axis as people expect to read it: steps of 1, 2, 2.5 or 5 times a power of ten
(0, 2.5, 5, 7.5, 10; 10, 15, 20), never 7, 14, 21; ends on whole steps around the values; labels
written with the decimals the step needs and no more. And which of a row of centred labels (the dates
under a chart) can be written without overlapping. Pure functions, no drawing."""

import math
from collections.abc import Iterator
from dataclasses import dataclass

MANTISSAS = (1.0, 2.0, 2.5, 5.0)


@dataclass(frozen=True)
class Axis:
    low: float
    high: float
    step: float
    ticks: list[float]
    labels: list[str]


def _decimals(step: float) -> int:
    """Decimals a step's multiples need: 0.25 -> 2, 2.5 -> 1, 5 -> 0, 50 -> 0."""
    for places in range(0, 10):
        if abs(round(step, places) - step) < 1e-9 * max(1.0, abs(step)):
            return places
    return 10


def tick_label(value: float, step: float) -> str:
    """A tick's value with the step's decimals, trailing zeros dropped: 2.5, 5, 7.5; 0.25, 0.5; -10."""
    text = f"{value:.{_decimals(step)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _candidates(smallest: float) -> Iterator[float]:
    """Nice steps from the one just below `smallest` upward: ..., 1, 2, 2.5, 5, 10, 20, ..."""
    power = math.floor(math.log10(smallest)) - 1
    while True:
        for m in MANTISSAS:
            yield m * 10.0**power
        power += 1


def nice_axis(low: float, high: float, most: int = 5, limits: tuple[float, float] | None = None) -> Axis:
    """The axis over [low, high] with the smallest nice step that needs at most `most` steps between
    whole-step ends (most + 1 ticks). Equal ends get a step of room each side, or both steps on the side
    inside `limits` (what the values can be: 0 to 100 for a share) when one side would pass them: six
    months at 100 % read on 50-100 %, not on an axis up to 140 %."""
    if most < 1:
        raise ValueError("an axis needs at least one step")
    if low > high:
        low, high = high, low
    if high == low:
        room = nice_axis(0, abs(low) or 1, most).step if low else 1.0
        floor, ceiling = limits if limits is not None else (-math.inf, math.inf)
        if high + room > ceiling:
            low -= 2 * room
        elif low - room < floor:
            high += 2 * room
        else:
            low, high = low - room, high + room
    for step in _candidates((high - low) / most):
        if step <= 0:
            continue
        first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
        if last - first <= most:
            places = _decimals(step) + 1
            ticks = [round(k * step, places) + 0.0 for k in range(first, last + 1)]
            return Axis(ticks[0], ticks[-1], step, ticks, [tick_label(t, step) for t in ticks])
    raise AssertionError("unreachable: steps grow without bound")  # pragma: no cover


def spaced(positions: list[float], width: float, gap: float = 4.0) -> list[int]:
    """Which of a row of labels centred at `positions` (ascending), each `width` wide, are written
    without two of them closer than `gap`: the first and the last always, the others in order where
    they clear the one kept before and the last. Where the first and the last collide, the last alone."""
    if len(positions) <= 1:
        return list(range(len(positions)))
    room = width + gap
    kept = [0]
    for i in range(1, len(positions) - 1):
        if positions[i] - positions[kept[-1]] >= room and positions[-1] - positions[i] >= room:
            kept.append(i)
    if positions[-1] - positions[kept[-1]] >= room:
        return [*kept, len(positions) - 1]
    return [len(positions) - 1]  # the first and the last only, too close: the latest is the one to date
