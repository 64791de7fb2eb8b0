"""What a walk through the day at 1024 x 768 found (#20): the biller's denials list names each claim as
the claims list does (its control number, the patient and the payer), the therapist's start of a
visit links to the patient's chart, and the dashboard's providers read 'Name, PT' once."""

import html
import re

from page_helpers import page_client
from scheduling_helpers import one

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def test_each_denied_line_names_its_claim_number_patient_and_payer(practice) -> None:
    biller = page_client(practice, "biller")
    page = biller.get("/billing/denials")
    assert page.status_code == 200
    rows = re.findall(
        r'<tr><td><a href="/billing/claims/(\d+)">([^<]+)</a></td><td>[\d/]+</td><td>([^<]*)</td><td>([^<]*)</td>',
        page.text,
    )
    assert rows, "no denied line listed"
    for claim_id, number, patient, payer in rows[:10]:
        expected = one(
            practice,
            """SELECT c.control_number, p.last_name || ', ' || p.first_name, y.name FROM claim c
            JOIN patient p ON p.id = c.patient_id JOIN payer y ON y.id = c.payer_id WHERE c.id = :c""",
            c=int(claim_id),
        )
        assert tuple(html.unescape(x) for x in (number, patient, payer)) == tuple(expected), claim_id


def test_starting_a_visit_links_to_the_chart_and_the_dashboard_names_providers_once(practice) -> None:
    from page_helpers import provider_user
    from sqlalchemy import text

    appointment, patient, provider = one(
        practice,
        """SELECT a.id, a.patient_id, a.provider_id FROM appointment a JOIN provider v ON v.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND v.credential = 'PT' AND v.user_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM visit x WHERE x.appointment_id = a.id) ORDER BY a.id LIMIT 1""",
    )
    user = provider_user(practice, provider)
    therapist = practice.client()
    therapist.post("/login", data={"email": user.email, "password": user.password})
    start = therapist.get(f"/appointments/{appointment}/record")
    assert start.status_code == 200 and f'href="/patients/{patient}/chart"' in start.text
    owner = page_client(practice, "owner")
    page = owner.get("/owner/kpis").text
    with practice.session() as session:
        named = session.exec(text("SELECT full_name, credential FROM provider ORDER BY id")).all()
    for name, credential in named:
        assert f"{name}, {credential}<" not in page or not name.endswith(credential), name


def test_each_alert_links_to_where_its_reader_acts_and_writes_dates_as_the_clinic_does() -> None:
    from datetime import date

    from core.actor import Actor
    from core.alerts.service import Alert
    from web.alert_links import alert_link, shown_alerts, us_dates

    def alert(kind: str, record_type: str, message: str = "") -> Alert:
        return Alert(
            kind=kind,
            message=message,
            clinic_id=1,
            patient_id=40,
            record_type=record_type,
            record_id=7,
            due=date(2026, 12, 4),
        )

    therapist = Actor(user_id=1, email="t@x", roles={1: "therapist"})
    desk = Actor(user_id=2, email="d@x", roles={1: "front_desk"})
    owner_elsewhere = Actor(user_id=3, email="o@x", roles={2: "owner"})
    for kind, record_type, reader, href in (
        ("authorization_running_out", "authorization", desk, "/patients/40/authorizations/new?renew=7"),
        ("recertification_due", "plan_of_care", therapist, "/plans/7"),
        ("certification_signature_overdue", "plan_of_care", therapist, "/plans/7"),
        ("recertification_due", "plan_of_care", desk, "/patients/40"),  # the desk may not open plans
        ("recertification_due", "plan_of_care", owner_elsewhere, "/patients/40"),
        ("unsigned_note", "note", therapist, "/notes/7/review"),
        ("progress_report_due", "appointment", desk, "/appointments/7"),
        ("wait_list_offer", "wait_list_offer", desk, "/patients/40"),
    ):
        assert alert_link(alert(kind, record_type), reader) == href, (kind, reader.roles)
    for said, shown in (
        ("certification ends 2026-12-04", "certification ends 12/04/2026"),
        ("sent to Dr. Ames on 2026-09-10; not signed", "sent to Dr. Ames on 09/10/2026; not signed"),
        ("1 visit left and ends 2027-01-31", "1 visit left and ends 01/31/2027"),
        ("daily note from 2026-11-30 is not signed", "daily note from 11/30/2026 is not signed"),
        ("authorization A-2026-11: 2 visits left", "authorization A-2026-11: 2 visits left"),
    ):
        assert us_dates(said) == shown
    shown_list = shown_alerts(
        [
            alert(
                "certification_signature_overdue",
                "plan_of_care",
                "sent to Dr. Ames on 2026-09-10; not signed",
            )
        ],
        therapist,
    )
    assert shown_list[0]["message"] == "plan of care sent to Dr. Ames on 09/10/2026; not signed"


def test_the_patients_page_writes_its_dates_as_the_clinic_does(practice) -> None:
    from datetime import date, datetime

    from web.alert_links import us_date

    for value, shown in (
        (date(2026, 12, 5), "12/05/2026"),
        (datetime(2026, 1, 2, 9, 30), "01/02/2026"),
        ("2026-11-18", "11/18/2026"),
        (None, ""),
        ("soon", "soon"),
    ):
        assert us_date(value) == shown, value
    desk = page_client(practice, "front_desk")
    patient, start, end = one(
        practice,
        """SELECT a.patient_id, a.start_date, a.end_date FROM prior_authorization a
        JOIN patient p ON p.id = a.patient_id WHERE p.clinic_id = 1 ORDER BY a.id LIMIT 1""",
    )
    page = desk.get(f"/patients/{patient}").text
    assert f"{us_date(start)} to {us_date(end)}" in page
    assert f"{start} to {end}" not in page
