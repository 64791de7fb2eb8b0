"""Charts drawn on the server as SVG coordinates (no chart library, nothing fetched): a line over
time with an optional target line, for the owner's KPI trends. The value axis is web.axis's, as a
patient's outcome measures' is (web.outcome_chart): ends and ticks on whole nice steps (0, 25, 50, 75,
100; $0, $5,000, $10,000) around the values and the target, each tick labelled, never the values' own
min and max (an axis from 37.3 to 41.9 made a small change look like a fall off a cliff)."""

import math
from dataclasses import dataclass

from web.axis import nice_axis, tick_label

WIDTH, HEIGHT, PAD = 320, 120, 14
MOST_TICKS = 4  # steps on the value axis at most: five labels fit the card's 92 units of height
SHARE = (0.0, 100.0)


@dataclass(frozen=True)
class Line:
    points: str  # "x,y x,y ..." for an SVG polyline
    dots: list[tuple[float, float, str, str]]  # x, y, label, value as text
    target_y: float | None
    low: float
    high: float
    step: float = 1.0
    ticks: tuple[tuple[float, float], ...] = ()  # (y, value) of each tick, bottom to top


def tick_text(value: float, step: float, unit: str) -> str:
    """A tick's value with the step's decimals and no more, thousands separated, in the KPI's unit:
    '$5,000', '2.5 %', '1,250 min'."""
    plain = tick_label(value, step)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    number = f"{value:,.{decimals}f}"
    if number.lstrip("-").strip("0.,") == "":
        number = "0"
    if unit == "$":
        return f"-${number[1:]}" if number.startswith("-") else f"${number}"
    return f"{number} {unit}" if unit else number


def line(
    labels: list[str], values: list[float | None], target: float | None = None, unit: str = ""
) -> Line | None:
    """Scale values (None = no figure that period) into the chart box, on a nice axis spanning the
    values and the target; the target is drawn when given. A share (unit '%') stays within 0-100 %."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    spanned = known + ([target] if target is not None else [])
    # A share stays within 0-100 %; a count or an amount with nothing below zero never has an axis below
    # zero (six months of 0 visits read "-1 visits" and "$-1" at the bottom, #20 trial 51).
    limits = SHARE if unit == "%" else (0.0, math.inf) if min(spanned) >= 0 else None
    axis = nice_axis(min(spanned), max(spanned), MOST_TICKS, limits)
    low, high = axis.low, axis.high
    step = (WIDTH - 2 * PAD) / max(len(values) - 1, 1)

    def y(v: float) -> float:
        return round(HEIGHT - PAD - (v - low) / (high - low) * (HEIGHT - 2 * PAD), 1)

    dots = [
        (round(PAD + i * step, 1), y(v), labels[i], f"{v:g}") for i, v in enumerate(values) if v is not None
    ]
    return Line(
        points=" ".join(f"{x},{yy}" for x, yy, _, _ in dots),
        dots=dots,
        target_y=y(target) if target is not None else None,
        low=low,
        high=high,
        step=axis.step,
        ticks=tuple((y(t), t) for t in axis.ticks),
    )
