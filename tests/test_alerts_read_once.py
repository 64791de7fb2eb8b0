"""A read of alerts is on the audit log once, not at every home page load (#20): the same person reading
the same records of the same patient again, from the same address, within core.alerts'
REREAD_ALREADY_LOGGED, writes nothing new; every other read of a patient's data in the alerts (another
patient, another record, another person or address, or once the hour has passed) is written, and no
'Read alerts' entry names no patient. Read through core at the demo's moment, on both databases."""

from datetime import timedelta

import pytest
from conftest import DEMO_NOW
from scheduling_helpers import one
from sqlalchemy import text

from core.alerts.service import REREAD_ALREADY_LOGGED, for_user
from core.timeutil import clock_at

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _reads_since(practice, last: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return [
            tuple(r)
            for r in session.exec(
                text(
                    "SELECT user_id, client_address, patient_id, record_type, record_id, detail FROM audit_entry "
                    "WHERE id > :l AND action = 'alerts.read' ORDER BY id"
                ).bindparams(l=last)
            ).all()
        ]


def _read(practice, role: str, address: str = "127.0.0.1") -> list[tuple]:  # type: ignore[no-untyped-def]
    """The 'Read alerts' entries one read of the role's alerts writes."""
    last = one(practice, "SELECT COALESCE(MAX(id), 0) FROM audit_entry")[0]
    with practice.session() as session:
        alerts = for_user(session, actor=practice.actor(role, address=address))
    assert alerts, f"the {role} has alerts at the demo's moment"
    return _reads_since(practice, last)


def _patients(rows: list[tuple]) -> set[int]:
    return {r[2] for r in rows}


# (what happens before the second read, whether the second read writes entries)
AGAIN = [
    ("the same read a minute later", timedelta(minutes=1), "127.0.0.1", False),
    ("the same read just inside the hour", REREAD_ALREADY_LOGGED - timedelta(minutes=1), "127.0.0.1", False),
    # must-not-change rows: what is written as before
    ("the same read after the hour", REREAD_ALREADY_LOGGED + timedelta(minutes=1), "127.0.0.1", True),
    ("the same person from another address", timedelta(minutes=1), "10.9.8.7", True),
]


@pytest.mark.parametrize(("case", "later", "address", "written"), AGAIN, ids=[a[0] for a in AGAIN])
def test_a_reread_of_the_same_alerts_is_already_on_the_log(practice, case, later, address, written) -> None:  # type: ignore[no-untyped-def]
    start = DEMO_NOW + timedelta(days=1) + 3 * REREAD_ALREADY_LOGGED * len(case)  # a moment of its own
    with clock_at(start):
        first = _read(practice, "front_desk")
    assert first, "a first read is logged"
    assert all(r[2] is not None for r in first), "a 'Read alerts' entry names its patient"
    assert all(r[3] and (r[4] or r[5]) for r in first), "and the records read"
    with clock_at(start + later):
        second = _read(practice, "front_desk", address)
    if written:
        assert _patients(second) == _patients(first), case
    else:
        assert second == [], case


def test_what_is_new_in_the_alerts_is_logged_and_others_reads_are_their_own(practice) -> None:
    start = DEMO_NOW + timedelta(days=2)
    with clock_at(start):
        first = _patients(_read(practice, "front_desk"))
        # another person's read of the same patients is theirs to log
        assert _patients(_read(practice, "owner")) >= first
        # an authorization running out for a patient with no alert yet
        with practice.session() as session:
            auth_id, patient_id = next(
                (a, p)
                for a, p in session.exec(
                    text(
                        "SELECT a.id, a.patient_id FROM prior_authorization a JOIN patient p "
                        "ON p.id = a.patient_id WHERE p.clinic_id = 1 AND a.status = 'approved' "
                        "AND a.start_date <= :d AND a.end_date >= :d ORDER BY a.id"
                    ).bindparams(d=start.date())
                ).all()
                if p not in first
            )
        assert patient_id not in first
        with practice.session() as session:
            session.exec(
                text(
                    "UPDATE prior_authorization SET visits_used = visits_approved - 1 WHERE id = :a"
                ).bindparams(a=auth_id)
            )
            session.commit()
    with clock_at(start + timedelta(minutes=5)):
        again = _read(practice, "front_desk")
    assert _patients(again) == {patient_id}, again
    assert again[0][3] == "authorization" and again[0][4] == str(auth_id)
