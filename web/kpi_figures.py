"""A KPI's value written as people read it, on the owner's dashboard and home alike."""

from core.kpis import meets


def figure(value: float | None, unit: str) -> str:
    """A KPI's value as people read it: thousands separated, money in dollars and cents, never 1e+06."""
    if value is None:
        return "–"
    if unit == "$":
        return f"${value:,.2f}"
    number = f"{value:,.1f}".removesuffix(".0")
    return f"{number} {unit}" if unit else number


def judged_figure(value: float | None, unit: str, target: str) -> str:
    """A KPI's value as `figure` writes it, with as many more decimals as it takes for the number shown
    to be on the same side of its target as the value judged 'met' or 'not met': 96.97 % against
    97-99 % is '96.97 %' and 96.996 % is '96.996 %', never a '97 %' or '97.00 %' marked 'not met'."""
    shown = figure(value, unit)
    verdict = meets(value, target)
    if value is None or unit == "$" or verdict is None or meets(round(value, 1), target) == verdict:
        return shown
    number = next(
        (f"{value:,.{places}f}" for places in range(2, 7) if meets(round(value, places), target) == verdict),
        f"{value:,}",
    )
    return f"{number} {unit}" if unit else number


def point_label(value: float, unit: str) -> str:
    """A value over its dot on a trend chart, short enough that six months side by side do not run into
    each other ("$173,432.85$173,609.72", #20 trial 51): money of $10,000 and more in thousands
    ('$173.4k'), other money in whole dollars, counts without their unit word (the axis says it)."""
    if unit == "$":
        if abs(value) >= 10_000:
            return f"${value / 1000:,.1f}k"
        return f"${value:,.0f}"
    number = f"{value:,.1f}".removesuffix(".0")
    return f"{number} %" if unit == "%" else number


def label_room(labels: list[str], char_width: float = 5.4, least: int = 46) -> int:
    """The room (chart units) the value axis's labels need left of the plot: its longest label at about
    `char_width` a character (9px text), never less than `least` (',800 visits' was cut off, #20
    trial 51)."""
    return max(least, int(max((len(t) for t in labels), default=0) * char_width) + 6)
