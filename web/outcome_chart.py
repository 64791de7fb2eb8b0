"""An outcome measure over time as SVG coordinates drawn on the server (nothing fetched): the scores
by date, both axes with their values, and the MCID line (the score that is a change patients notice)."""

from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT = 360, 170
LEFT, RIGHT, TOP, BOTTOM = 40, 12, 12, 30


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


def outcome_chart(points: list[tuple[date, float]], threshold: float | None) -> OutcomeChart | None:
    """Dates spaced by time (a month's gap looks like one); the value axis spans the scores and the
    MCID line with a little room. None without scores."""
    if not points:
        return None
    values = [v for _, v in points] + ([threshold] if threshold is not None else [])
    low, high = min(values), max(values)
    room = (high - low) * 0.1 or 1
    low, high = low - room, high + room
    first, last = points[0][0], points[-1][0]
    days = max((last - first).days, 1)

    def x(day: date) -> float:
        if len(points) == 1:
            return (LEFT + WIDTH - RIGHT) / 2
        return round(LEFT + (day - first).days / days * (WIDTH - LEFT - RIGHT), 1)

    def y(value: float) -> float:
        return round(HEIGHT - BOTTOM - (value - low) / (high - low) * (HEIGHT - TOP - BOTTOM), 1)

    dots = [(x(d), y(v), f"{v:g}") for d, v in points]
    shown = {d: None for d, _ in points}  # each date once, at most five labels
    every = max(1, -(-len(shown) // 5))
    x_ticks = [Tick(x(d), d.strftime("%m/%d")) for i, d in enumerate(shown) if i % every == 0]
    y_ticks = [Tick(y(v), f"{v:.3g}") for v in (low + (high - low) * k / 4 for k in range(5))]
    return OutcomeChart(
        WIDTH,
        HEIGHT,
        " ".join(f"{a},{b}" for a, b, _ in dots),
        dots,
        x_ticks,
        y_ticks,
        y(threshold) if threshold is not None else None,
    )
