"""An authorization entered after the visits it covers (#20, trial 51), on SQLite and PostgreSQL: the
visits of its period signed already are used on it, given back by the authorization that had ended,
once however often the form is sent, each change audited."""

from datetime import date, datetime, timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text

from core.authorizations.service import AuthorizationCreate, belongs_to
from core.authorizations.service import add as add_authorization

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


def _count(practice: Practice, sql: str, **params: object) -> int:
    with practice.session() as session:
        return int(session.exec(text(sql).bindparams(**params)).one()[0])  # type: ignore[call-overload]


D = date(2026, 11, 2)
BELONGS_ROWS = [
    # (visit day, the new authorization's period, the period of the one holding the visit, belongs?)
    (D, (date(2026, 10, 29), date(2026, 12, 28)), None, True),  # no authorization held it
    (D, (date(2026, 10, 29), date(2026, 12, 28)), (date(2026, 8, 29), date(2026, 10, 28)), True),  # trial 51
    (date(2026, 10, 29), (date(2026, 10, 29), date(2026, 12, 28)), None, True),  # its first day
    (date(2026, 12, 28), (date(2026, 10, 29), date(2026, 12, 28)), None, True),  # its last day
    # must not change: outside the period, or held by an authorization that covers the day
    (date(2026, 10, 28), (date(2026, 10, 29), date(2026, 12, 28)), None, False),
    (date(2026, 12, 29), (date(2026, 10, 29), date(2026, 12, 28)), None, False),
    (D, (date(2026, 10, 29), date(2026, 12, 28)), (date(2026, 10, 1), date(2026, 11, 30)), False),
]


@pytest.mark.parametrize(("day", "period", "held_by", "belongs"), BELONGS_ROWS)
def test_a_visit_already_seen_belongs_to_the_authorization_that_covers_it(
    day: date, period: tuple[date, date], held_by: tuple[date, date] | None, belongs: bool
) -> None:
    assert belongs_to(day, period, held_by) is belongs


def _signed_visits(practice: Practice, patient_id: int, discipline: str) -> list[tuple[int, date]]:
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT a.id, v.service_date FROM appointment a JOIN visit v ON v.appointment_id = a.id
                JOIN note n ON n.visit_id = v.id WHERE a.patient_id = :p AND v.discipline = :d
                AND n.status = 'signed' ORDER BY v.service_date"""
            ).bindparams(p=patient_id, d=discipline)
        ).all()
    # the UTC day of each (PostgreSQL gives datetimes, SQLite text): the test leaves a day's margin
    return [
        (int(a), s.date() if isinstance(s, datetime) else date.fromisoformat(str(s)[:10])) for a, s in rows
    ]


def test_a_retro_authorization_counts_the_visits_signed_in_its_period(pristine_practice: Practice) -> None:
    """Trial 51: 10/29-12/28, 12 visits, entered after the visits of 11/02 and 11/06 were signed (booked
    against the authorization that ended 10/28): '12 of 12 visits left'. Now 10 of 12, the old one
    gives the two back, once however often the form is sent, each change audited."""
    practice = pristine_practice
    biller = practice.actor("biller")
    patient_id, payer_id, discipline = one(
        practice,
        """SELECT v.patient_id, c.payer_id, v.discipline FROM visit v JOIN note n ON n.visit_id = v.id
        JOIN claim c ON c.visit_id = v.id JOIN patient p ON p.id = v.patient_id
        WHERE p.clinic_id = 1 AND n.status = 'signed' GROUP BY v.patient_id, c.payer_id, v.discipline
        HAVING COUNT(*) >= 4 ORDER BY v.patient_id LIMIT 1""",
    )
    visits = _signed_visits(practice, patient_id, discipline)
    (first, d1), (second, d2) = visits[-2:]
    day = min(d1, d2) - timedelta(days=1)  # the UTC day may be the clinic's next: a day's margin
    ended = AuthorizationCreate(
        payer_id=payer_id,
        discipline=discipline,
        number="OLD1",
        start_date=day - timedelta(days=60),
        end_date=day - timedelta(days=1),
        visits_approved=30,
    )
    with practice.session() as session:
        old = add_authorization(session, actor=biller, patient_id=patient_id, data=ended)
    with practice.session() as session:  # the two visits booked against it after it ended, and used
        session.exec(  # type: ignore[call-overload]
            text("UPDATE appointment SET authorization_id = :a WHERE id IN (:x, :y)").bindparams(
                a=old.id, x=first, y=second
            )
        )
        session.exec(  # type: ignore[call-overload]
            text("UPDATE prior_authorization SET visits_used = visits_used + 2 WHERE id = :a").bindparams(
                a=old.id
            )
        )
        session.commit()
    old_used = _count(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=old.id)
    retro = AuthorizationCreate(
        payer_id=payer_id,
        discipline=discipline,
        number="A00247999",
        start_date=day,
        end_date=max(d1, d2) + timedelta(days=60),
        visits_approved=12,
    )
    client = page_client(practice, "biller")
    form = {
        k: str(v) for k, v in retro.model_dump(exclude={"policy_id", "requested_on", "decided_on"}).items()
    }
    replies = at_once(
        2,
        lambda _: client.post(
            f"/patients/{patient_id}/authorizations/new", data=form, follow_redirects=False
        ),
    )
    assert [r.status_code for r in replies] == [303, 303], [r.text[:300] for r in replies]
    new_id, used = one(
        practice,
        "SELECT id, visits_used FROM prior_authorization WHERE patient_id = :p AND number = 'A00247999'",
        p=patient_id,
    )
    assert used == 2
    assert _count(practice, "SELECT COUNT(*) FROM prior_authorization WHERE number = 'A00247999'") == 1
    assert (
        _count(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=old.id)
        == old_used - 2
    )
    assert (
        _count(
            practice,
            "SELECT COUNT(*) FROM appointment WHERE authorization_id = :a AND id IN (:x, :y)",
            a=new_id,
            x=first,
            y=second,
        )
        == 2
    )
    assert "10 of 12" in client.get(f"/patients/{patient_id}").text
    assert (
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :a
            AND detail = 'added; 2 signed visits in its period counted'""",
            a=str(new_id),
        )
        == 1
    )
    assert (
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :a
            AND detail LIKE '2 signed visits outside its period moved%'""",
            a=str(old.id),
        )
        == 1
    )
    # must not change: an authorization whose period holds no visit counts none
    later = retro.model_copy(
        update={"number": "LATER", "start_date": date(2027, 6, 1), "end_date": date(2027, 7, 1)}
    )
    with practice.session() as session:
        assert add_authorization(session, actor=biller, patient_id=patient_id, data=later).visits_used == 0
