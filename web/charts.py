"""Charts drawn on the server as SVG coordinates (no chart library, nothing fetched): a line over
time with an optional target line, for the owner's KPI trends (a patient's outcome measures are
web.outcome_chart's, on web.axis's nice steps; these still span the values' own min and max)."""

from dataclasses import dataclass

WIDTH, HEIGHT, PAD = 320, 120, 14


@dataclass(frozen=True)
class Line:
    points: str  # "x,y x,y ..." for an SVG polyline
    dots: list[tuple[float, float, str, str]]  # x, y, label, value as text
    target_y: float | None
    low: float
    high: float


def line(labels: list[str], values: list[float | None], target: float | None = None) -> Line | None:
    """Scale values (None = no figure that period) into the chart box; the target is drawn when given."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    low, high = (
        min(known + ([target] if target is not None else [])),
        max(known + ([target] if target is not None else [])),
    )
    if high == low:
        low, high = low - 1, high + 1
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
    )
