"""KPIs on a hand-built month (October 2026, clinic zone UTC), each value worked out by hand below, counted by
core.kpis.service (its permission, ranges and the figures it keeps for the dashboard) called directly."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from core.actor import Actor
from core.audit.models import AuditEntry
from core.authorizations.models import Authorization
from core.billing.models import Adjustment, Claim, ClaimLine, Payment
from core.clinics.models import Clinic
from core.errors import Forbidden, Invalid
from core.kpis import DEFINITIONS, ar_days, lag_hours
from core.kpis.service import compute, watch_changes
from core.notes.documentation import fill_missing
from core.notes.models import Note
from core.patients.models import Patient
from core.payers.models import Payer
from core.plans.models import PlanOfCare
from core.providers.models import Provider
from core.referrals.models import Referral
from core.scheduling.models import Appointment, AppointmentType, ProviderBreak, ProviderHours, TimeOff
from core.users.models import User
from core.visits.models import Visit

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def at(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def _claim(
    session: Session, cid: int, payer: int, patient: int, served: date, status: str, lines, **kw
) -> None:  # type: ignore[no-untyped-def]
    session.add(
        Claim(
            id=cid,
            clinic_id=1,
            patient_id=patient,
            payer_id=payer,
            provider_id=1,
            service_date=served,
            status=status,
            total_cents=sum(x[0] for x in lines),
            control_number=f"C{cid}",
            **kw,
        )
    )
    session.flush()
    for n, (charge, paid, line_status, carc) in enumerate(lines, start=1):
        session.add(
            ClaimLine(
                id=cid * 10 + n,
                claim_id=cid,
                line_number=n,
                cpt="97110",
                units=1,
                charge_cents=charge,
                paid_cents=paid,
                status=line_status,
                denial_carc=carc,
            )
        )
    session.flush()


def _pay(session: Session, pid: int, claim: int, amount: int, on: date, adjustments=(), source="era") -> None:  # type: ignore[no-untyped-def]
    session.add(
        Payment(
            id=pid,
            clinic_id=1,
            payer_id=None if source == "patient" else 1,
            claim_id=claim,
            source=source,
            amount_cents=amount,
            received_on=on,
        )
    )
    session.flush()
    for line, group, carc, cents in adjustments:
        session.add(
            Adjustment(payment_id=pid, claim_line_id=line, group_code=group, carc=carc, amount_cents=cents)
        )


def build_month(session: Session) -> None:
    session.add(Clinic(id=1, name="Fixture Clinic", timezone="UTC"))
    session.add(Payer(id=1, name="Alpha", kind="medicare"))
    session.add(Payer(id=2, name="Beta", kind="commercial"))
    session.flush()
    session.add(User(id=1, email="pat@fixture.example.org", full_name="Pat Therapist", password_hash="x"))
    session.add(User(id=2, email="sam@fixture.example.org", full_name="Sam Owner", password_hash="x"))
    session.flush()
    session.add(
        Provider(id=1, clinic_id=1, user_id=1, full_name="Pat Therapist", discipline="PT", credential="PT")
    )
    for pid in (1, 2, 3, 4):
        session.add(
            Patient(
                id=pid, clinic_id=1, first_name=f"P{pid}", last_name="Fixture", birth_date=date(1960, 1, 1)
            )
        )
    session.flush()
    # Monday-Friday 8:00-16:00 with a 60-minute lunch: 420 working minutes a weekday.
    for weekday in range(5):
        session.add(
            ProviderHours(provider_id=1, clinic_id=1, weekday=weekday, start_minute=480, end_minute=960)
        )
        session.add(ProviderBreak(provider_id=1, weekday=weekday, start_minute=720, end_minute=780))
    session.add(TimeOff(provider_id=1, starts_at=at(10, 16, 0), ends_at=at(10, 17, 0)))  # a Friday off
    session.add(
        AppointmentType(
            id=1, clinic_id=1, name="PT follow-up", discipline="PT", kind="follow-up", duration_minutes=30
        )
    )
    session.flush()
    statuses = ["completed"] * 10 + ["no_show"] * 2 + ["cancelled"] * 3 + ["booked"]
    for n, status in enumerate(statuses):
        session.add(
            Appointment(
                clinic_id=1,
                patient_id=1 + n % 4,
                provider_id=1,
                appointment_type_id=1,
                starts_at=at(10, 5 + n, 10),
                ends_at=at(10, 5 + n, 10, 30),
                status=status,
                late_cancel=(n == 12),
            )
        )
    # Claims: (charge, paid, line status, denial CARC) per line.
    _claim(session, 1, 1, 1, date(2026, 10, 5), "paid", [(10000, 8000, "paid", "")], first_scrub_clean=True)
    _claim(
        session,
        2,
        1,
        1,
        date(2026, 10, 12),
        "partially_paid",
        [(12000, 9000, "paid", ""), (8000, 0, "denied", "97")],
        first_scrub_clean=False,
    )
    _claim(
        session, 3, 2, 2, date(2026, 10, 19), "denied", [(15000, 0, "denied", "50")], first_scrub_clean=True
    )
    _claim(session, 4, 2, 2, date(2026, 10, 26), "submitted", [(5000, 0, "open", "")], first_scrub_clean=True)
    _claim(
        session,
        5,
        1,
        1,
        date(2026, 10, 28),
        "paid",
        [(7000, 7000, "paid", "")],
        first_scrub_clean=True,
        resubmissions=1,
    )
    _claim(session, 6, 1, 3, date(2026, 9, 20), "paid", [(4000, 4000, "paid", "")], first_scrub_clean=True)
    _pay(session, 1, 1, 8000, date(2026, 10, 20), [(11, "PR", "2", 2000)])
    _pay(session, 2, 1, 2000, date(2026, 10, 25), source="patient")
    _pay(session, 3, 2, 9000, date(2026, 10, 28), [(21, "CO", "45", 3000), (22, "CO", "97", 8000)])
    _pay(session, 4, 3, 0, date(2026, 11, 2), [(31, "CO", "50", 15000)])
    _pay(session, 5, 5, 7000, date(2026, 10, 30))
    _pay(session, 6, 6, 4000, date(2026, 10, 5))
    # Notes (id = the visit's): drafted, then signed; visit start to signature in hours.
    for vid, patient, start, created, signed in (
        (1, 1, at(10, 5, 10), at(10, 5, 10, 50), at(10, 5, 10, 54)),  # 0.9 h
        (2, 1, at(10, 12, 14), at(10, 12, 14, 40), at(10, 12, 15, 10)),  # 1.17 h
        (3, 2, at(10, 19, 9), at(10, 19, 9, 45), at(10, 20, 9)),  # 24 h
        (4, 4, at(10, 21, 9), at(10, 21, 9, 30), None),  # unsigned: not counted
    ):
        session.add(
            Visit(id=vid, clinic_id=1, patient_id=patient, provider_id=1, discipline="PT", service_date=start)
        )
        session.flush()
        session.add(
            Note(
                id=vid,
                visit_id=vid,
                clinic_id=1,
                patient_id=patient,
                provider_id=1,
                discipline="PT",
                note_type="daily",
                status="signed" if signed else "draft",
                created_at=created,
                signed_at=signed,
            )
        )
    # The audit trail of the notes: (note, user, action, when). The author's active minutes on each
    # note, counting gaps of 10 minutes or less up to the signature:
    for n, (note, user, action, when) in enumerate(
        (
            # note 1: 1 + 2 + 1 = 4 min
            (1, 1, "note.write", at(10, 5, 10, 50)),
            (1, 1, "note.read", at(10, 5, 10, 51)),
            (1, 1, "note.write", at(10, 5, 10, 53)),
            (1, 1, "note.sign", at(10, 5, 10, 54)),
            # note 2: 2 min, then 23 away from it (not counted), then 5: 7 min
            (2, 1, "note.write", at(10, 12, 14, 40)),
            (2, 1, "note.read", at(10, 12, 14, 42)),
            (2, 1, "note.read", at(10, 12, 15, 5)),
            (2, 1, "note.sign", at(10, 12, 15, 10)),
            # note 3: drafted the day before (not counted), 10 min the next morning; the owner's read
            # and the author's reading after signing are no documentation time
            (3, 1, "note.write", at(10, 19, 9, 45)),
            (3, 1, "note.read", at(10, 20, 8, 50)),
            (3, 2, "note.read", at(10, 20, 8, 55)),
            (3, 1, "note.sign", at(10, 20, 9, 0)),
            (3, 1, "note.read", at(10, 20, 9, 5)),
        )
    ):
        session.add(
            AuditEntry(
                at=when,
                user_id=user,
                action=action,
                outcome="allowed",
                clinic_id=1,
                record_type="note",
                record_id=str(note),
                prev_hash=f"{n:064d}",
                hash=f"{n + 1:064d}",
            )
        )
    for requested, decided in (
        (date(2026, 10, 1), date(2026, 10, 4)),
        (date(2026, 9, 28), date(2026, 10, 8)),
        (date(2026, 10, 20), date(2026, 11, 3)),
    ):
        session.add(
            Authorization(
                patient_id=1,
                payer_id=2,
                discipline="PT",
                start_date=decided,
                end_date=date(2026, 12, 31),
                visits_approved=10,
                requested_on=requested,
                decided_on=decided,
            )
        )
    for patient, start, end in (
        (1, date(2026, 8, 1), date(2026, 10, 10)),
        (1, date(2026, 10, 9), date(2027, 1, 6)),
        (2, date(2026, 7, 22), date(2026, 10, 15)),
        (3, date(2026, 7, 23), date(2026, 10, 20)),
    ):
        session.add(
            PlanOfCare(
                patient_id=patient,
                clinic_id=1,
                provider_id=1,
                discipline="PT",
                icd10_codes=["M54.50"],
                start_date=start,
                end_date=end,
            )
        )
    for received, first in (
        (date(2026, 10, 3), date(2026, 10, 10)),
        (date(2026, 10, 15), None),
        (date(2026, 10, 20), date(2026, 10, 28)),
        (date(2026, 9, 30), date(2026, 10, 2)),
    ):
        session.add(
            Referral(
                patient_id=1,
                clinic_id=1,
                discipline="PT",
                physician_name="Dr. Ref",
                received_on=received,
                first_visit_on=first,
            )
        )
    session.flush()
    # signing stores each note's documentation time; these notes were written signed, with their
    # trail, so it is counted from the trail as for the notes signed before it was stored
    fill_missing(session.connection())
    session.commit()


OWNER = Actor(user_id=0, email="owner@fixture.example.org", roles={1: "owner"})

# Worked by hand from build_month (see each KPI's formula in core/kpis.py).
EXPECTED = {
    "visits_seen": 10.0,  # the 10 completed of the 16 appointments in October
    "charges_billed": 570.0,  # C1-C5: 10000 + 12000 + 8000 + 15000 + 5000 + 7000 cents (C6 is September's)
    "clean_claim_rate": 80.0,  # C1, C3, C4, C5 clean of the 5 scrubbed in range
    "first_pass_acceptance": 25.0,  # of C1, C2, C3, C5 adjudicated only C1 paid on first submission
    "denial_rate": 50.0,  # C2 (a line) and C3 of 4 adjudicated
    "net_collection_rate": 53.06,  # (8000 + 2000 + 9000 + 0 + 7000) / (52000 - 3000 contractual)
    # AR 61000 - 30000 paid - 11000 written off = 20000; charges of the 90 days to Oct 31 (C1-C6)
    # 61000 / 90 a day
    "days_in_ar": 29.5,
    "revenue_per_visit": 65.0,  # 26000 cents over the 4 answered claims (C4 still with the payer)
    "documentation_minutes": 7.0,  # median of 4, 7, 10 active minutes (not 4, 30, 1395 from draft to signature)
    "note_completion_lag": 1.2,  # median of 0.9, 1.17, 24 hours
    "authorization_turnaround": 6.5,  # (3 + 10) / 2; the one decided in November is out
    "reevaluation_compliance": 50.0,  # patient 1 recertified, patient 2 not, patient 3 had no later visit
    "no_show_rate": 15.38,  # 2 of the 13 not cancelled
    "cancellation_rate": 18.75,  # 3 of 16
    "fill_rate": 4.42,  # 13 kept x 30 min / (22 weekdays - 1 day off) x 420 min
    "referral_conversion": 66.67,  # 2 of the 3 received in October came
}


def test_every_kpi_matches_the_value_worked_by_hand(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    with Session(engine) as session:
        build_month(session)
        kpis = {
            k.key: k for k in compute(session, actor=OWNER, start=date(2026, 10, 1), end=date(2026, 10, 31))
        }
    assert {d.key for d in DEFINITIONS} == set(EXPECTED)
    assert {key: kpis[key].value for key in EXPECTED} == EXPECTED
    denial = kpis["denial_rate"].breakdown
    assert denial == {"payer Alpha": 33.33, "payer Beta": 100.0, "CARC 50": 50.0, "CARC 97": 50.0}
    assert kpis["cancellation_rate"].breakdown == {"late": 6.25}
    assert all(k.formula and k.name for k in kpis.values())


def test_kpis_narrow_by_payer_and_refuse_what_the_asker_may_not_see(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    with Session(engine) as session:
        build_month(session)
        beta = {
            k.key: k.value
            for k in compute(
                session, actor=OWNER, start=date(2026, 10, 1), end=date(2026, 10, 31), payer_id=2
            )
        }
        assert beta["denial_rate"] == 100.0 and beta["clean_claim_rate"] == 100.0
        empty = {
            k.key: k.value
            for k in compute(session, actor=OWNER, start=date(2025, 1, 1), end=date(2025, 1, 31))
        }
        assert empty["denial_rate"] is None and empty["clean_claim_rate"] is None
        with pytest.raises(Forbidden):
            compute(
                session,
                actor=Actor(user_id=0, email="desk@x.org", roles={1: "front_desk"}),
                start=date(2026, 10, 1),
                end=date(2026, 10, 31),
            )
        with pytest.raises(Forbidden):
            compute(session, actor=OWNER, start=date(2026, 10, 1), end=date(2026, 10, 31), clinic_id=2)
        with pytest.raises(Invalid):
            compute(session, actor=OWNER, start=date(2026, 10, 31), end=date(2026, 10, 1))


def test_the_dashboard_gives_kept_figures_at_once_and_counts_again_behind(
    empty_db: tuple[str, Engine],
) -> None:
    from sqlalchemy import text, update
    from sqlmodel import col, func, select

    from core.audit.models import AuditEntry
    from core.kpis.service import wait_for_refreshes

    _, engine = empty_db
    watch_changes()  # as the web app and the CLI do at start-up
    october = {"actor": OWNER, "start": date(2026, 10, 1), "end": date(2026, 10, 31)}
    with Session(engine) as session:
        build_month(session)
        first = {k.key: k for k in compute(session, **october, max_age_seconds=600)}
        assert first["referral_conversion"].value == 66.67 and first["referral_conversion"].as_of

        # Written behind the process's back (another process, say): the recent figures stand.
        with engine.begin() as conn:
            conn.execute(text("UPDATE referral SET first_visit_on = NULL"))
        again = {k.key: k for k in compute(session, **october, max_age_seconds=600)}
        wait_for_refreshes()
        assert again["referral_conversion"].value == 66.67
        assert again["referral_conversion"].as_of == first["referral_conversion"].as_of
        fresh = {k.key: k.value for k in compute(session, **october)}
        assert fresh["referral_conversion"] == 0.0

        # Changed through this process: the next asker still gets the figures kept, at once, while
        # they are counted again; the asker after that gets the new ones.
        session.exec(update(Referral).values(first_visit_on=date(2026, 10, 20)))
        session.commit()
        stale = {k.key: k for k in compute(session, **october, max_age_seconds=600)}
        assert stale["referral_conversion"].value == 0.0
        wait_for_refreshes()
        changed = {k.key: k for k in compute(session, **october, max_age_seconds=600)}
        assert changed["referral_conversion"].value == 100.0
        assert changed["referral_conversion"].as_of > stale["referral_conversion"].as_of

        # Too old: given once more, and counted again for the next asker.
        with engine.begin() as conn:
            conn.execute(text("UPDATE referral SET first_visit_on = NULL"))
        old = {k.key: k.value for k in compute(session, **october, max_age_seconds=1e-9)}
        assert old["referral_conversion"] == 100.0
        wait_for_refreshes()
        renewed = {k.key: k.value for k in compute(session, **october, max_age_seconds=600)}
        assert renewed["referral_conversion"] == 0.0
        reads = session.exec(
            select(func.count()).select_from(AuditEntry).where(col(AuditEntry.action) == "kpi.read")
        ).one()
    assert reads == 7


def test_counting_the_figures_holds_up_no_writer(empty_db: tuple[str, Engine]) -> None:
    """The figures are read in a snapshot of their own: on SQLite outside the process's write turn, so a
    request that writes while the dashboard is counted goes ahead (and the count sees its snapshot)."""
    import threading

    from sqlalchemy import text

    from core.db import snapshot_session

    _, engine = empty_db
    with Session(engine) as session:
        build_month(session)
        session.commit()
    wrote = threading.Event()

    def writer() -> None:
        with Session(engine) as session:
            session.exec(text("UPDATE referral SET first_visit_on = NULL"))  # type: ignore[call-overload]
            session.commit()
        wrote.set()

    with snapshot_session(engine) as reader:
        before = reader.exec(text("SELECT COUNT(first_visit_on) FROM referral")).one()  # type: ignore[call-overload]
        thread = threading.Thread(target=writer)
        thread.start()
        assert wrote.wait(10), "the writer waited for the reader"
        during = reader.exec(text("SELECT COUNT(first_visit_on) FROM referral")).one()  # type: ignore[call-overload]
    thread.join()
    assert before[0] == during[0] > 0
    with snapshot_session(engine) as reader:
        assert reader.exec(text("SELECT COUNT(first_visit_on) FROM referral")).one()[0] == 0  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("receivable", "charged", "days"),
    [
        (20000, 61000, 29.5),  # build_month's October
        (0, 61000, 0.0),
        (5000, 0, None),  # nothing charged in 90 days: no figure, never a division by zero
        # One day's range over the demo's AR: 90 days of charges, not that day's (the 858 days).
        (19897795, 45_000_000, 39.8),
    ],
)
def test_days_in_ar_divides_by_ninety_days_of_charges(
    receivable: int, charged: int, days: float | None
) -> None:
    assert ar_days(receivable, charged) == days


@pytest.mark.parametrize(
    ("start", "signed", "hours"),
    [
        (datetime(2026, 10, 5, 14, 0, tzinfo=UTC), datetime(2026, 10, 5, 15, 30, tzinfo=UTC), 1.5),
        (
            datetime(2026, 10, 5, 14, 0, tzinfo=UTC),
            datetime(2026, 10, 5, 13, 42, tzinfo=UTC),
            0.0,
        ),  # began early
        (datetime(2026, 10, 5, 14, 0), datetime(2026, 10, 6, 14, 0, tzinfo=UTC), 24.0),  # naive is UTC
    ],
)
def test_note_lag_is_never_negative(start: datetime, signed: datetime, hours: float) -> None:
    assert lag_hours(start, signed) == hours
