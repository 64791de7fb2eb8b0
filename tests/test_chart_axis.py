"""A chart's value axis in nice steps (1, 2, 2.5, 5 x 10^n), and labels that never overlap (#20: the
outcome charts stepped 20.6, 22.1, 23.6 and the TUG chart's "MCID" sat on its line's last dot)."""

import math
from datetime import date, timedelta

import pytest

from web.axis import nice_axis, spaced, tick_label
from web.charts import line
from web.outcome_chart import FONT, HEIGHT, WIDTH, label_width, outcome_chart

NICE = {1.0, 2.0, 2.5, 5.0}

# (low, high, the axis's labels)
AXES = [
    (7, 21, ["5", "10", "15", "20", "25"]),  # was 7, 14, 21
    (0, 21, ["0", "5", "10", "15", "20", "25"]),
    (20.6, 26.6, ["20", "22", "24", "26", "28"]),  # Berg 21.1 -> 21.6 with its MCID
    (14.3, 18.3, ["14", "15", "16", "17", "18", "19"]),  # TUG 18 -> 15, MCID 14.6
    (9.8, 14.2, ["8", "10", "12", "14", "16"]),
    (40, 49, ["40", "42", "44", "46", "48", "50"]),
    (0, 10, ["0", "2", "4", "6", "8", "10"]),
    (0, 12, ["0", "2.5", "5", "7.5", "10", "12.5"]),
    (0.3, 0.9, ["0.2", "0.4", "0.6", "0.8", "1"]),
    (0.012, 0.018, ["0.012", "0.014", "0.016", "0.018"]),
    (-3, 4, ["-4", "-2", "0", "2", "4"]),
    (120, 560, ["100", "200", "300", "400", "500", "600"]),
    (1, 1000, ["0", "200", "400", "600", "800", "1000"]),
    (5, 5, ["4", "4.5", "5", "5.5", "6"]),  # one score: a step of room each side
    (0, 0, ["-1", "-0.5", "0", "0.5", "1"]),
    (21, 7, ["5", "10", "15", "20", "25"]),  # ends given the wrong way round
]


@pytest.mark.parametrize(("low", "high", "labels"), AXES)
def test_the_axis_steps_nicely_and_spans_the_values(low: float, high: float, labels: list[str]) -> None:
    axis = nice_axis(low, high)
    assert axis.labels == labels
    assert axis.low <= min(low, high) and axis.high >= max(low, high)
    assert 2 <= len(axis.ticks) <= 6
    mantissa = axis.step / 10 ** math.floor(math.log10(axis.step))
    assert round(mantissa, 6) in NICE
    steps = {round(b - a, 9) for a, b in zip(axis.ticks, axis.ticks[1:], strict=False)}
    assert steps == {round(axis.step, 9)}


# (low, high, limits, the axis's labels): equal ends at a limit take their room on the side inside it
LIMITED = [
    (100, 100, (0, 100), ["40", "60", "80", "100"]),  # six months at 100 %: was 60-140 %
    (0, 0, (0, 100), ["0", "0.5", "1", "1.5", "2"]),  # no denials at all: never below 0 %
    (50, 50, (0, 100), ["30", "40", "50", "60", "70"]),  # room each side where both fit
    (97.7, 99.0, (0, 100), ["97.5", "98", "98.5", "99"]),  # unequal ends: the limit changes nothing
    (100, 100, None, ["60", "80", "100", "120", "140"]),  # no limits: a step of room each side
]


@pytest.mark.parametrize(("low", "high", "limits", "labels"), LIMITED)
def test_equal_ends_take_their_room_inside_the_values_limits(
    low: float, high: float, limits: tuple[float, float] | None, labels: list[str]
) -> None:
    axis = nice_axis(low, high, 4, limits)
    assert axis.labels == labels
    assert axis.low <= low and axis.high >= high
    if limits is not None:
        assert limits[0] <= axis.low and axis.high <= limits[1]


def test_a_share_chart_stays_within_0_and_100_percent() -> None:
    chart = line(["Jun", "Jul", "Aug"], [100.0, 100.0, 100.0], 100.0, "%")
    assert chart is not None and (chart.low, chart.high) == (40, 100)
    days = line(["Jun", "Jul"], [100.0, 100.0], None, "days")
    assert days is not None and days.high > 100  # a count of days has no ceiling


@pytest.mark.parametrize(
    ("value", "step", "label"),
    [
        (5.0, 2.5, "5"),
        (7.5, 2.5, "7.5"),
        (0.25, 0.25, "0.25"),
        (-0.0, 1, "0"),
        (1000, 200, "1000"),
        (0.30000000000000004, 0.1, "0.3"),
        (12.5, 2.5, "12.5"),
    ],
)
def test_a_tick_is_written_with_the_decimals_its_step_needs(value: float, step: float, label: str) -> None:
    assert tick_label(value, step) == label


# (centres, label width, which are written)
SPACED = [
    ([0, 100, 200], 27, [0, 1, 2]),
    ([0, 10, 50, 55, 100], 27, [0, 2, 4]),  # 10 crowds 0, 55 crowds 50
    ([0, 95, 100], 27, [0, 2]),  # the one next to the last gives way to the last
    ([0, 10], 27, [1]),  # two only and they collide: the latest
    ([0, 100], 27, [0, 1]),
    ([42], 27, [0]),
    ([], 27, []),
]


@pytest.mark.parametrize(("at", "width", "kept"), SPACED)
def test_labels_side_by_side_are_kept_where_they_clear_each_other(
    at: list[float], width: float, kept: list[int]
) -> None:
    assert spaced(at, width) == kept
    written = [at[i] for i in kept]
    assert all(b - a >= width for a, b in zip(written, written[1:], strict=False))


def _boxes(chart):  # type: ignore[no-untyped-def]
    """Every label's box (x0, y0, x1, y1) as the template draws it, and the plot's box."""
    boxes = [
        (chart.left - 4 - label_width(t.label), t.at + 3 - FONT, chart.left - 4, t.at + 3)
        for t in chart.y_ticks
    ]
    boxes += [
        (
            t.at - label_width(t.label) / 2,
            chart.bottom + 16 - FONT,
            t.at + label_width(t.label) / 2,
            chart.bottom + 16,
        )
        for t in chart.x_ticks
    ]
    if chart.mcid_y is not None:
        boxes.append(
            (chart.label_x, chart.mcid_y + 3 - FONT, chart.label_x + label_width("MCID"), chart.mcid_y + 3)
        )
    return boxes


def _overlap(a, b) -> bool:  # type: ignore[no-untyped-def]
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


START = date(2026, 9, 14)
# (measure, scores by day after the first, its MCID line)
CHARTS = [
    ("TUG", [(0, 18), (38, 15)], 14.6),  # the screenshot's: the MCID near the last score
    ("TUG", [(0, 18), (3, 17), (6, 16.5), (38, 14.6)], 14.6),  # the last score on the MCID line
    ("Berg", [(0, 21.1), (38, 21.6)], 26.1),
    ("LEFS", [(0, 26.8), (1, 28), (2, 29), (38, 29.9)], 31.8),  # dates a day apart
    ("ODI", [(0, 58.9), (38, 54.4)], 48.9),
    ("6MWT", [(0, 310), (14, 342), (28, 395), (42, 401), (56, 455), (70, 470), (84, 512)], 360),
    ("NDI", [(0, 22)], None),
]


@pytest.mark.parametrize(("measure", "scores", "mcid"), CHARTS)
def test_no_label_of_an_outcome_chart_crosses_the_plot_or_another(  # type: ignore[no-untyped-def]
    measure, scores, mcid
) -> None:
    chart = outcome_chart([(START + timedelta(days=d), float(v)) for d, v in scores], mcid)
    assert chart is not None, measure
    boxes = _boxes(chart)
    plot = (chart.left - 3, chart.top - 3, chart.right + 3, chart.bottom + 3)  # the dots' radius beyond
    for i, box in enumerate(boxes):
        assert not _overlap(box, plot), (measure, box, plot)
        assert box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= HEIGHT, (measure, box)
        for other in boxes[i + 1 :]:
            assert not _overlap(box, other), (measure, box, other)
    # every dot inside the plot, the latest date always written
    assert all(chart.left <= x <= chart.right and chart.top <= y <= chart.bottom for x, y, _ in chart.dots)
    assert chart.x_ticks[-1].label == (START + timedelta(days=scores[-1][0])).strftime("%m/%d")


# (measure, scores by day after the first, words the caption holds, words it must not)
CAPTIONS = [
    ("Berg", [(0, 18.2)], ["18.2 on 09/14/2026, the first score", "a change of 5 (higher)"], ["→", "+0"]),
    (
        "TUG",
        [(0, 17)],
        ["17 on 09/14/2026, the first score", "a change of 3.4 (lower)"],
        ["within MCID", "smaller"],
    ),
    ("Grip", [(0, 40)], ["40 on 09/14/2026, the first score"], ["a change of"]),  # no MCID on file
    (
        "TUG",
        [(0, 18), (38, 15)],
        [
            "18 → 15 (-3)",
            "change smaller than the minimal clinically important difference",
            "MCID 3.4, lower is better",
        ],
        ["first", "within MCID"],
    ),
    (
        "LEFS",
        [(0, 40), (30, 52)],
        ["improved by at least the minimal clinically important difference"],
        ["MCID;"],
    ),
]


@pytest.mark.parametrize(("measure", "scores", "said", "unsaid"), CAPTIONS)
def test_an_outcome_figure_says_a_single_score_as_the_first_not_a_change_of_nothing(  # type: ignore[no-untyped-def]
    measure, scores, said, unsaid
) -> None:
    """One score is the first one ('18.2 on 09/14/2026, the first score'), never '18.2 → 18.2 (+0),
    within MCID'; two or more are the change against the MCID."""
    from core.outcomes.mcid import change_of
    from core.records.chart import MeasureTrend
    from web.routers.pages import templates

    points = [(START + timedelta(days=d), float(v)) for d, v in scores]
    trend = MeasureTrend(measure, "", points, change_of(measure, [v for _, v in points]))
    chart = outcome_chart(points, trend.change.threshold if trend.change else None)
    macro = templates.env.get_template("outcome_figure.html").module.outcome_figure  # type: ignore[attr-defined]
    html = str(macro(trend, chart, "trend-1"))
    caption = " ".join(html.split("<figcaption>")[1].split("</figcaption>")[0].split())
    assert all(words in caption for words in said), caption
    assert not any(words in caption for words in unsaid), caption
