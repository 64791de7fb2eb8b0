"""The booking form warns before a Medicare patient is booked a visit no plan of care covers (#20): a
patient discharged, or with no plan in force, was booked without a word and the claim was held weeks
later. In Debian's Chromium at 1024 x 768, through the pages: the warning shows on the form as soon as
the patient is chosen; Book still books it, once on a double click (the database says so), and the
visit's page says the warning again (the authorization is the rule that refuses); an evaluation, a
Medicare patient under a plan and a commercial patient get no warning. The rule itself is a table
(core.coverage.plan_check.plan_problem), rows that must not warn included."""

import re
from datetime import date, timedelta

import pytest
from browser_support import checked, double_clicked, logged_in, needs_chromium
from conftest import DEMO_NOW
from scheduling_helpers import one

from core.coverage.plan_check import plan_problem
from core.timeutil import clock_at

DEMO_SIZE = "tiny"

ON = date(2026, 12, 10)
PLAN = (date(2026, 10, 1), date(2026, 12, 20))
LAPSED = (date(2026, 8, 1), date(2026, 10, 29))


@pytest.mark.parametrize(
    ("kind", "plan", "discharged", "says"),
    [
        ("follow-up", PLAN, None, ""),  # under a plan in force
        ("follow-up", None, None, "no PT plan of care on file"),
        ("follow-up", LAPSED, None, "plan of care ended on 10/29/2026"),
        ("follow-up", PLAN, date(2026, 11, 30), "discharged from PT on 11/30/2026"),
        ("follow-up", PLAN, date(2026, 9, 1), ""),  # discharged before this plan began: a new episode
        ("follow-up", PLAN, date(2026, 12, 15), ""),  # a discharge after the visit does not reach back
        ("evaluation", None, date(2026, 11, 30), ""),  # an evaluation starts the episode
        ("evaluation", LAPSED, None, ""),
        ("re-evaluation", LAPSED, None, ""),  # recertifies a plan that lapsed
        ("re-evaluation", PLAN, date(2026, 11, 30), "a new episode starts with an evaluation"),
        ("progress", LAPSED, None, "must be recertified"),
        ("follow-up", (date(2026, 10, 1), ON), None, ""),  # its last day is still in force
    ],
)
def test_which_medicare_visits_have_no_plan_of_care_under_them(kind, plan, discharged, says) -> None:  # type: ignore[no-untyped-def]
    said = plan_problem(kind, "PT", ON, plan, discharged)
    assert (said == "") if not says else (says in said), said


def _patient(practice, payer_kind: str, plan: str) -> int:  # type: ignore[no-untyped-def]
    """A patient of clinic 1 whose primary payer is of `payer_kind`, with (plan='in force') or without
    (plan='none') a PT plan covering the demo's weeks ahead, and no discharge."""
    covered = "EXISTS" if plan == "in force" else "NOT EXISTS"
    return one(
        practice,
        f"""SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
        JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.kind = :k AND i.effective_to IS NULL
        AND {covered} (SELECT 1 FROM plan_of_care c WHERE c.patient_id = p.id AND c.discipline = 'PT'
            AND c.start_date <= :d AND c.end_date >= :d)
        AND NOT EXISTS (SELECT 1 FROM note n WHERE n.patient_id = p.id AND n.note_type = 'discharge')
        AND NOT EXISTS (SELECT 1 FROM plan_of_care c WHERE c.patient_id = p.id AND c.discipline = 'PT'
            AND c.start_date > :d)
        ORDER BY p.id LIMIT 1""",
        k=payer_kind,
        d=DEMO_NOW.date() + timedelta(days=14),
    )[0]


def _types(practice) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    kinds = dict(
        one(
            practice,
            f"SELECT kind, id FROM appointment_type WHERE clinic_id = 1 AND discipline = 'PT' AND kind = '{k}'",
        )
        for k in ("follow-up", "evaluation")
    )
    return kinds["follow-up"], kinds["evaluation"]


@pytest.mark.usefixtures("served")
@needs_chromium
def test_the_desk_is_warned_on_the_form_and_books_only_once_it_has_read_it(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    bare = _patient(practice, "medicare", "none")
    covered = _patient(practice, "medicare", "in force")
    commercial = _patient(practice, "commercial", "none")
    follow_up, evaluation = _types(practice)
    provider = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND is_active ORDER BY id LIMIT 1",
    )[0]
    booked = "SELECT COUNT(*) FROM appointment WHERE patient_id = :p AND status = 'booked'"
    context, page = logged_in(chromium, server, practice.user("front_desk"))  # on the wall clock
    with clock_at(DEMO_NOW):
        # An open slot of the provider's from the calendar, as the desk finds one.
        page.goto(
            f"/calendar?provider={provider}&day={(DEMO_NOW.date() + timedelta(days=7)).isoformat()}&view=week"
        )
        slot = page.locator("ul.slots a").last.get_attribute("href") or ""
        assert slot.startswith("/schedule/book?"), slot

        # 1. A Medicare patient with no plan of care: the warning on the form, before anything is written.
        page.goto(f"{slot}&patient={bare}&type={follow_up}")
        warning = page.inner_text("#plan-warning")
        assert "no PT plan of care on file" in warning and "book an evaluation" in warning
        checked(page, "booking-plan-1-warned")
        before = one(practice, booked, p=bare)[0]

        # 2. Booked all the same (the rule that refuses is the authorization's): once, on a double
        # click, the visit's page saying the warning again.
        double_clicked(page, "#book-button", re.compile(r"/appointments/\d+\?done="))
        said = page.inner_text("main")
        assert "Booked." in said and "Plan of care: Medicare" in said and "no PT plan of care on file" in said
        assert one(practice, booked, p=bare)[0] == before + 1
        checked(page, "booking-plan-2-booked-with-the-warning")

        # 3. An evaluation for the same patient, a patient under a plan, a commercial patient: no warning.
        for patient, kind in ((bare, evaluation), (covered, follow_up), (commercial, follow_up)):
            page.goto(f"{slot}&patient={patient}&type={kind}")
            assert page.locator("#plan-warning").count() == 0, (patient, kind)
        checked(page, "booking-plan-3-commercial-no-warning")
    # The check read the patient's plans as the desk: audited against the patient.
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE patient_id = :p AND record_type = 'plan_of_care' "
            "AND action = 'appointment.read'",
            p=bare,
        )[0]
        >= 1
    )
    context.close()
