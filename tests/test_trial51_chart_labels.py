"""Trial 51, owner (#20): the KPI trend charts' labels. The value axis's labels were cut off (',800
visits') and six months' point labels ran into each other ('$173,432.85$173,609.72')."""

import pytest

from web.kpi_figures import label_room, point_label


@pytest.mark.parametrize(
    ("value", "unit", "label"),
    [
        (173432.85, "$", "$173.4k"),  # the trial's overlapping pair, now short
        (173609.72, "$", "$173.6k"),
        (10000.0, "$", "$10.0k"),
        (64.38, "$", "$64"),
        (1719.0, "visits", "1,719"),  # the axis says the unit
        (97.25, "%", "97.2 %"),
        (3.0, "days", "3"),
        (0.0, "visits", "0"),
    ],
)
def test_a_point_label_is_short(value, unit, label) -> None:  # type: ignore[no-untyped-def]
    assert point_label(value, unit) == label


@pytest.mark.parametrize(
    ("labels", "room"),
    [
        (["1,200 visits", "1,800 visits"], 70),  # 12 characters: cut off at the old 46
        (["$60,000", "$100,000"], 49),
        # must not change: short labels keep the old room
        (["0 %", "100 %"], 46),
        ([], 46),
    ],
)
def test_the_value_axis_has_room_for_its_longest_label(labels, room) -> None:  # type: ignore[no-untyped-def]
    assert label_room(labels) == room
