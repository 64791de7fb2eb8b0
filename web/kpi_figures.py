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
