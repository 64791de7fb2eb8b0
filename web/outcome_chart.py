"""An outcome measure over time as SVG coordinates drawn on the server (nothing fetched): the scores
by date, both axes with their values, and the MCID line (the score that is a change patients notice).

The value axis steps by 1, 2, 2.5 or 5 times a power of ten (web.axis.nice_axis), its ends whole steps
around the scores and the MCID. Every label stands outside the plot, so none crosses the line, a dot or
another label: the values left of the value axis, the dates under the time axis (as many as fit side
by side, the first and the latest always), and "MCID" right of the plot's end, level with its line."""

from dataclasses import dataclass
from datetime import date

from web.axis import nice_axis, spaced

WIDTH, HEIGHT = 360, 170
LEFT, RIGHT, TOP, BOTTOM = 40, 34, 12, 30
FONT = 9  # the axis labels' size in the chart's units (app.css .chart .axis)
CHAR = 0.6 * FONT  # a digit's or a capital's width, about
DATE_FORMAT = "%m/%d"


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class OutcomeChart:
    width: int
    height: int
    points: str
    dots: list[tuple[float, float, str]]  # x, y, score as text
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    mcid_y: float | None
    left: int = LEFT
    bottom: float = HEIGHT - BOTTOM
    right: float = WIDTH - RIGHT
    top: float = TOP
    label_x: float = WIDTH - RIGHT + 6  # where the MCID's label starts, past the last dot (radius 3)


def label_width(text: str) -> float:
    return len(text) * CHAR


def outcome_chart(points: list[tuple[date, float]], threshold: float | None) -> OutcomeChart | None:
    """Dates spaced by time (a month's gap looks like one); the value axis spans the scores and the
    MCID line in nice steps. None without scores."""
    if not points:
        return None
    values = [v for _, v in points] + ([threshold] if threshold is not None else [])
    axis = nice_axis(min(values), max(values))
    first, last = points[0][0], points[-1][0]
    days = max((last - first).days, 1)
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        if len(points) == 1:
            return round(LEFT + plot_width / 2, 1)
        return round(LEFT + (day - first).days / days * plot_width, 1)

    def y(value: float) -> float:
        return round(HEIGHT - BOTTOM - (value - axis.low) / (axis.high - axis.low) * plot_height, 1)

    dots = [(x(d), y(v), f"{v:g}") for d, v in points]
    dates = list(dict.fromkeys(d for d, _ in points))  # each date once
    at = [x(d) for d in dates]
    x_ticks = [Tick(at[i], dates[i].strftime(DATE_FORMAT)) for i in spaced(at, label_width("00/00"))]
    y_ticks = [Tick(y(v), label) for v, label in zip(axis.ticks, axis.labels, strict=True)]
    return OutcomeChart(
        WIDTH,
        HEIGHT,
        " ".join(f"{a},{b}" for a, b, _ in dots),
        dots,
        x_ticks,
        y_ticks,
        y(threshold) if threshold is not None else None,
    )
