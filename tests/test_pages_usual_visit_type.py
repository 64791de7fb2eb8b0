"""The booking and wait-list forms start on the patient's own discipline and visit (#20): a PT patient's
booking opened on an OT provider and an OT follow-up (the clinic's first type). core.coverage.usual_visit
reads the plan of care (in force: a follow-up; ended: a re-evaluation), else the referral (an
evaluation); with neither, the form starts as before."""

import html
import re
from datetime import date

import pytest
from conftest import DEMO_NOW, DEMO_TODAY
from page_helpers import page_client
from scheduling_helpers import one

from core.coverage.usual_visit import usual_kind
from core.timeutil import clock_at

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
ON = date(2026, 11, 24)

USUAL = [
    ("a PT plan in force", [("PT", date(2026, 10, 1), date(2026, 12, 30))], [], ("PT", "follow-up")),
    ("a PT plan ended", [("PT", date(2026, 6, 1), date(2026, 8, 30))], ["OT"], ("PT", "re-evaluation")),
    (
        "an old PT plan and an OT plan in force",
        [("PT", date(2026, 1, 5), date(2026, 3, 30)), ("OT", date(2026, 11, 1), date(2027, 1, 30))],
        [],
        ("OT", "follow-up"),
    ),
    (
        "the plan in force that runs longest",
        [("SLP", date(2026, 11, 1), date(2026, 12, 1)), ("PT", date(2026, 11, 10), date(2027, 1, 30))],
        [],
        ("PT", "follow-up"),
    ),
    ("no plan, a referral", [], ["SLP", "PT"], ("SLP", "evaluation")),
    (
        "a plan not yet started, a referral",
        [("OT", date(2026, 12, 1), date(2027, 2, 1))],
        ["OT"],
        ("OT", "evaluation"),
    ),
    # must not change: nothing on record says a discipline, and the form starts as it did
    ("nothing on record", [], [], None),
]


@pytest.mark.parametrize(("case", "plans", "referrals", "usual"), USUAL, ids=[u[0] for u in USUAL])
def test_the_usual_visit_follows_the_plan_of_care_then_the_referral(case, plans, referrals, usual) -> None:  # type: ignore[no-untyped-def]
    assert usual_kind(plans, referrals, ON) == usual, case


def _selected(page: str, select_id: str) -> str:
    block = re.search(rf'<select id="{select_id}"[^>]*>(.*?)</select>', page, re.S)
    assert block, select_id
    chosen = re.search(r"<option [^>]*selected[^>]*>([^<]*)</option>", block.group(1))
    return chosen.group(1) if chosen else ""


@pytest.mark.parametrize("discipline", ["PT", "OT", "SLP"])
def test_the_booking_and_wait_list_forms_start_on_the_patients_discipline(practice, discipline) -> None:  # type: ignore[no-untyped-def]
    found = one(
        practice,
        "SELECT p.patient_id FROM plan_of_care p JOIN patient x ON x.id = p.patient_id WHERE x.clinic_id = 1 "
        "AND p.discipline = :d AND p.start_date <= :t AND p.end_date >= :t AND NOT EXISTS (SELECT 1 FROM "
        "plan_of_care o WHERE o.patient_id = p.patient_id AND o.discipline != :d AND o.start_date <= :t "
        "AND o.end_date >= :t) ORDER BY p.id LIMIT 1",
        d=discipline,
        t=DEMO_TODAY,
    )
    if found is None:
        pytest.skip(f"no {discipline} plan of care in force in clinic 1 on the demo's day")
    patient_id = found[0]
    desk = page_client(practice, "front_desk")
    with clock_at(DEMO_NOW):
        booking = html.unescape(desk.get(f"/schedule/book?patient={patient_id}").text)
        waiting = html.unescape(desk.get(f"/waitlist/new?patient={patient_id}").text)
    kind = _selected(booking, "appointment_type_id")
    assert kind.startswith(f"{discipline} "), kind
    assert "evaluation" not in kind, "under a plan in force: a treatment visit"
    assert _selected(booking, "provider_id").endswith(
        ("PT", "PTA") if discipline == "PT" else (discipline, f"{discipline}A")
    ), booking
    assert _selected(waiting, "appointment_type_id") == kind
    # must not change: a type asked for in the address is the one the form opens on
    asked = one(
        practice,
        "SELECT id, name FROM appointment_type WHERE clinic_id = 1 AND discipline != :d ORDER BY id LIMIT 1",
        d=discipline,
    )
    with clock_at(DEMO_NOW):
        other = html.unescape(desk.get(f"/schedule/book?patient={patient_id}&type={asked[0]}").text)
    assert _selected(other, "appointment_type_id").startswith(asked[1]), other
