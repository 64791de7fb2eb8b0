"""The audit log as the owner reviews it (#20): entries found by the patient's name, in any order, not only
by an id nobody knows; and a page load that reads a patient's alerts writes one 'Read alerts' entry for
that patient, naming every record read, not one per alert. In Debian's Chromium at 1024 x 768, through
the pages; the database is read after each step; the page passes axe-core and is saved as
var/screenshots/audit-*.png."""

import re
from datetime import timedelta

from browser_support import checked, logged_in, needs_chromium
from conftest import DEMO_NOW
from scheduling_helpers import one
from sqlalchemy import text

from core.alerts.service import for_user
from core.timeutil import clock_at

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def _since(practice, last: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return [
            tuple(r)
            for r in session.exec(
                text(
                    "SELECT action, patient_id, record_type, record_id, detail FROM audit_entry WHERE id > :l "
                    "ORDER BY id"
                ).bindparams(l=last)
            ).all()
        ]


def _a_patient_with_two_alerts(practice) -> None:  # type: ignore[no-untyped-def]
    """The tiny demo's discharges end their plans (#20), which leaves its patients one alert each: a
    patient whose plan of care is due for recertification is given an authorization of their payer's
    that ends in two days, so one patient's alerts are about two records."""
    from core.authorizations.models import Authorization
    from core.plans.models import PlanOfCare

    today = DEMO_NOW.date()
    with practice.session() as session:
        alerts = for_user(session, actor=practice.actor("owner"))
        plan = session.get(
            PlanOfCare, next(int(a.record_id) for a in alerts if a.kind == "recertification_due")
        )
        assert plan is not None
        payer = session.exec(
            text("SELECT payer_id FROM insurance_policy WHERE patient_id = :p ORDER BY priority").bindparams(
                p=plan.patient_id
            )
        ).first()
        assert payer, "the patient has a payer"
        session.add(
            Authorization(
                patient_id=plan.patient_id,
                payer_id=payer[0],
                discipline=plan.discipline,
                start_date=today - timedelta(days=30),
                end_date=today + timedelta(days=2),
                visits_approved=12,
                visits_used=3,
            )
        )
        session.commit()


def test_one_read_of_alerts_per_patient_and_the_log_found_by_patient_name(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = logged_in(chromium, server, practice.user("owner"))  # on the wall clock
    with clock_at(DEMO_NOW):
        _a_patient_with_two_alerts(practice)
        # What the owner's alerts are about, by patient, as core reads them.
        with practice.session() as session:
            alerts = for_user(session, actor=practice.actor("owner"))
        by_patient: dict[int, set[str]] = {}
        for a in alerts:
            if a.patient_id is not None:
                by_patient.setdefault(a.patient_id, set()).add(
                    f"{a.record_type.replace('_', ' ')} {a.record_id}"
                )
        several = next(p for p, records in by_patient.items() if len(records) > 1)

        # 1. Home, once: one 'Read alerts' entry per patient, every record read named.
        last = one(practice, "SELECT MAX(id) FROM audit_entry")[0]
        page.goto("/")
        page.wait_for_load_state()
        reads = [r for r in _since(practice, last) if r[0] == "alerts.read"]
        assert sorted(r[1] for r in reads) == sorted(by_patient), reads
        for _, patient, kind, record, detail in reads:
            named = {f"{kind.replace('_', ' ')} {record}"} if kind != "alerts" else set(detail.split(", "))
            assert named == by_patient[patient], (patient, kind, record, detail)
        checked(page, "audit-1-owner-home")

    # 2. The log, found by the name of the patient with several alerts: 'Last, First', then 'first last'.
    last_name, first_name = one(
        practice, "SELECT last_name, first_name FROM patient WHERE id = :p", p=several
    )
    page.click("nav >> text=Audit log")
    page.fill("#patient", f"{last_name}, {first_name}")
    page.click("form[aria-label='Filter the audit log'] button")
    page.wait_for_url(re.compile(r"patient="))
    cells = page.locator("#audit tbody tr td:nth-child(4)").all_inner_texts()
    assert cells and set(cells) == {f"{last_name}, {first_name}"}
    expected = one(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE patient_id = :p AND (clinic_id IS NULL OR clinic_id IN "
        "(SELECT clinic_id FROM membership WHERE user_id = (SELECT id FROM app_user WHERE email = :e)))",
        p=several,
        e=practice.user("owner").email,
    )[0]
    assert len(cells) == min(expected, 100)
    row = page.locator("#audit tbody tr", has_text="Read alerts").first.inner_text()
    assert all(record in row for record in by_patient[several]), row
    checked(page, "audit-2-by-patient-name")
    page.fill("#patient", f"{first_name.lower()} {last_name[:3].lower()}")
    page.click("form[aria-label='Filter the audit log'] button")
    page.wait_for_load_state()
    assert set(page.locator("#audit tbody tr td:nth-child(4)").all_inner_texts()) == {
        f"{last_name}, {first_name}"
    }
    # 3. A name nobody has: no entries (not every entry).
    page.fill("#patient", "Zzyzx Qwerty")
    page.click("form[aria-label='Filter the audit log'] button")
    page.wait_for_load_state()
    assert page.locator("#audit tbody tr").count() == 0
    context.close()
