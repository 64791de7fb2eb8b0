"""The therapist's pages (#20): the patient's chart, the typed note editor, return for correction with
attestation, plans of care and the week, through the pages as the logged-in user (TestClient), with the
database read after each step."""

import json
import re
from datetime import date

import pytest
from page_helpers import page_client
from scheduling_helpers import count, one

from core.outcomes.mcid import change_of, mcid_for
from web.outcome_chart import outcome_chart


@pytest.mark.parametrize(
    ("measure", "scores", "verdict"),
    [
        ("LEFS", [40, 49], "improved"),  # +9 is the MCID itself
        ("LEFS", [40, 48], "within MCID"),
        ("LEFS", [49, 40], "worse"),
        ("ODI", [46, 36], "improved"),  # lower is better
        ("ODI", [36, 40], "within MCID"),
        ("TUG", [10.1, 6.7], "improved"),  # 3.4 s, whatever the float says
        ("berg", [38, 42, 44], "improved"),
        ("QuickDASH", [60, 50], "within MCID"),
        ("Grip", [40, 60], "no MCID on file"),
    ],
)
def test_a_change_is_judged_against_the_measures_mcid(
    measure: str, scores: list[float], verdict: str
) -> None:
    change = change_of(measure, scores)
    assert change is not None and change.verdict == verdict


def test_the_mcid_line_is_the_first_score_moved_the_right_way() -> None:
    lefs, odi = change_of("LEFS", [40, 45]), change_of("ODI", [50, 45])
    assert lefs is not None and lefs.threshold == 49
    assert odi is not None and odi.threshold == 40
    assert change_of("LEFS", []) is None and mcid_for("six minute walk") == mcid_for("6MWT")


def test_the_outcome_chart_has_both_axes_and_the_mcid_line() -> None:
    chart = outcome_chart([(date(2026, 9, 1), 40), (date(2026, 10, 1), 47)], 49)
    assert chart is not None
    assert len(chart.dots) == 2 and chart.dots[0][0] == chart.left  # time runs from the y axis
    assert [t.label for t in chart.x_ticks] == ["09/01", "10/01"]
    assert len(chart.y_ticks) == 5
    # the MCID line (49) is above both scores: higher on the page is a smaller y
    assert chart.mcid_y is not None and chart.mcid_y < min(y for _, y, _ in chart.dots)
    assert outcome_chart([], None) is None


def _patient_with_measures(practice) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A clinic-1 patient with two or more scores of one measure and a plan of care, and a therapist of
    that patient's plan."""
    return tuple(
        one(
            practice,
            """SELECT o.patient_id, p.provider_id FROM outcome_measure_result o
            JOIN plan_of_care p ON p.patient_id = o.patient_id JOIN provider v ON v.id = p.provider_id
            WHERE p.clinic_id = 1 AND v.credential = 'PT'
            GROUP BY o.patient_id, p.provider_id HAVING COUNT(*) >= 4 ORDER BY o.patient_id LIMIT 1""",
        )
    )


def test_the_chart_shows_notes_by_date_plan_goals_and_outcomes_with_the_mcid(practice) -> None:
    patient_id, provider_id = _patient_with_measures(practice)
    client = page_client(practice, provider_id=provider_id)
    before = count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'chart' AND patient_id = :p",
        p=patient_id,
    )
    page = client.get(f"/patients/{patient_id}/chart")
    assert page.status_code == 200, page.text
    assert "Plan of care in force" in page.text and "Outcome measures" in page.text
    codes = one(
        practice,
        "SELECT icd10_codes FROM plan_of_care WHERE patient_id = :p ORDER BY start_date DESC",
        p=patient_id,
    )[0]
    first_code = (codes if isinstance(codes, list) else json.loads(codes))[0]
    assert first_code in page.text
    goal = one(
        practice,
        "SELECT g.text FROM plan_goal g JOIN plan_of_care p ON p.id = g.plan_id WHERE p.patient_id = :p",
        p=patient_id,
    )[0]
    assert goal in page.text
    assert re.search(r'<svg class="chart outcome"[^>]*aria-label="[^"]+ by date: ', page.text)
    assert 'class="mcid"' in page.text and ">MCID</text>" in page.text
    assert re.search(r'class="verdict (improved|worse|within-MCID)"', page.text)
    notes = re.findall(r'<a href="/notes/(\d+)/review">', page.text)
    signed = count(practice, "SELECT COUNT(*) FROM note WHERE patient_id = :p", p=patient_id)
    assert len(set(notes)) == signed
    # three audited reads: the notes, the plans and the measures
    after = count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'chart' AND patient_id = :p",
        p=patient_id,
    )
    assert after == before + 3


def test_the_front_desk_and_the_biller_are_refused_the_chart(practice) -> None:
    patient_id, _ = _patient_with_measures(practice)
    for role in ("front_desk", "biller"):
        page = page_client(practice, role).get(f"/patients/{patient_id}/chart")
        assert page.status_code == 403
        assert "Plan of care" not in page.text and "Outcome measures" not in page.text
