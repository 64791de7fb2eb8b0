"""The front desk takes the copay at check-in (#20): the desk may not see payments (PRODUCT.md's role
matrix), so it was turned away. `copay.collect` records the visit's copay as the patient's payment,
once however often it is clicked, on the visit's day once the patient is checked in; what the desk reads
back is that visit's copay, never the patient's ledger or payments."""

from datetime import UTC, datetime, timedelta

import pytest
from conftest import DEMO_NOW, Practice
from page_helpers import page_client
from scheduling_helpers import NY, count, one
from sqlmodel import Session

from core.billing.copays import CopayIn, collect_copay, copay_at_desk, visit_reference
from core.enums import Role
from core.errors import Conflict, Forbidden
from core.permissions import Action, role_may
from core.scheduling import booking
from core.timeutil import clock_at, utcnow

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("role", "copay", "payments"),
    [
        (Role.front_desk, True, False),  # takes the copay, never reads payments
        (Role.biller, True, True),
        (Role.owner, True, True),
        (Role.therapist, False, False),
        (Role.assistant, False, False),
    ],
)
def test_who_takes_a_copay_and_who_reads_payments(role: Role, copay: bool, payments: bool) -> None:
    assert role_may(role, Action.copay_collect) is copay
    assert role_may(role, Action.payment_read) is payments


def _arrived(practice: Practice, skip: int) -> tuple[int, int, datetime]:
    """A visit booked after the demo was built, started by the wall clock: (id, patient, ten minutes
    past its start); the tests run the services' clock there, that day."""
    found, patient, starts = one(
        practice,
        """SELECT id, patient_id, starts_at FROM appointment WHERE clinic_id = 1 AND status = 'booked'
        AND starts_at > :built AND starts_at < :now ORDER BY starts_at DESC, id LIMIT 1 OFFSET :s""",
        built=DEMO_NOW.replace(tzinfo=None),
        now=utcnow().replace(tzinfo=None) - timedelta(hours=1),
        s=skip,
    )
    moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    return found, patient, moment.replace(tzinfo=UTC) + timedelta(minutes=10)


def _copays(practice: Practice, appointment: int) -> list[tuple]:
    with practice.engine.connect() as connection:
        from sqlalchemy import text

        return [
            tuple(r)
            for r in connection.execute(
                text("SELECT amount_cents, reference, source FROM payment WHERE reference LIKE :r"),
                {"r": f"% {visit_reference(appointment)}"},
            )
        ]


def test_the_desk_takes_a_copay_once_after_check_in(practice: Practice) -> None:
    desk = practice.actor("front_desk")
    appointment, patient, then = _arrived(practice, skip=0)
    with clock_at(then), Session(practice.engine) as session, pytest.raises(Conflict, match="check them in"):
        collect_copay(session, actor=desk, appointment_id=appointment, copay=CopayIn(amount_cents=2500))
    with clock_at(then), Session(practice.engine) as session:
        booking.check_in(session, actor=desk, appointment_id=appointment)
    for _ in range(2):  # the double click: one form, one key
        with clock_at(then), Session(practice.engine) as session:
            collect_copay(
                session,
                actor=desk,
                appointment_id=appointment,
                copay=CopayIn(amount_cents=2500, method="cash"),
                request_key="form-1",
            )
    assert _copays(practice, appointment) == [(2500, f"cash {visit_reference(appointment)}", "patient")]
    with clock_at(then), Session(practice.engine) as session:
        seen = copay_at_desk(session, actor=desk, appointment_id=appointment)
    assert seen.taken_cents == 2500 and seen.taken == [(2500, "cash")] and seen.may_take
    # The desk still may not read the patient's ledger (payments).
    from core.billing.ledger import ledger

    with Session(practice.engine) as session, pytest.raises(Forbidden):
        ledger(session, actor=desk, patient_id=patient)
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'copay.collect' AND record_type = 'payment' "
            "AND patient_id = :p",
            p=patient,
        )
        == 1
    )


def test_a_therapist_takes_no_copay(practice: Practice) -> None:
    appointment, _, then = _arrived(practice, skip=1)
    with clock_at(then), Session(practice.engine) as session:
        booking.check_in(session, actor=practice.actor("front_desk"), appointment_id=appointment)
    with clock_at(then), Session(practice.engine) as session, pytest.raises(Forbidden):
        collect_copay(
            session,
            actor=practice.actor("therapist"),
            appointment_id=appointment,
            copay=CopayIn(amount_cents=2500),
        )
    assert _copays(practice, appointment) == []


def test_the_copay_form_on_the_visits_page_shows_no_billing_history(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")  # logged in on the wall clock; the clock is set back after
    appointment, patient, then = _arrived(practice, skip=2)
    with clock_at(then):
        desk.post(f"/appointments/{appointment}/check-in", data={})
        page = desk.get(f"/appointments/{appointment}").text
        assert 'id="copay-form"' in page and 'name="idempotency_key"' in page
        assert "/billing/patients/" not in page and "ledger" not in page.lower() and "Balance" not in page
        key = page.split('name="idempotency_key" value="', 1)[1].split('"', 1)[0]
        form = {"amount": "25.00", "method": "card", "reference": "", "idempotency_key": key}
        first = desk.post(f"/appointments/{appointment}/copay", data=form, follow_redirects=False)
        second = desk.post(f"/appointments/{appointment}/copay", data=form, follow_redirects=False)
        assert first.status_code == second.status_code == 303
        shown = desk.get(first.headers["location"]).text
        assert "Copay of $25.00 taken (card)." in shown and 'id="copay-taken">$25.00<' in shown
        refused = desk.post(
            f"/appointments/{appointment}/copay", data={**form, "amount": "twenty", "idempotency_key": "k2"}
        )
        assert "the amount is in dollars and cents" in refused.text
        home = desk.get(f"/?day={then.astimezone(NY).date().isoformat()}").text
        assert f'href="/appointments/{appointment}#copay"' in home
    assert _copays(practice, appointment) == [(2500, f"card {visit_reference(appointment)}", "patient")]
    assert desk.get(f"/billing/patients/{patient}/ledger").status_code == 403


def test_a_copay_voided_at_the_ledger_is_no_longer_taken_at_the_desk(practice: Practice) -> None:
    """A copay taken in error and voided by the biller: the desk's visit shows nothing taken, so the
    right copay can be taken; a copay that stands beside it still shows."""
    from core.billing.ledger import PaymentVoid, void_payment

    desk, biller = practice.actor("front_desk"), practice.actor("biller")
    appointment, patient, then = _arrived(practice, skip=3)
    with clock_at(then), Session(practice.engine) as session:
        booking.check_in(session, actor=desk, appointment_id=appointment)
    taken = []
    for cents, key in ((4000, "form-a"), (2500, "form-b")):
        with clock_at(then), Session(practice.engine) as session:
            paid = collect_copay(
                session,
                actor=desk,
                appointment_id=appointment,
                copay=CopayIn(amount_cents=cents, method="card"),
                request_key=key,
            )
            taken.append(paid.id)
    with clock_at(then), Session(practice.engine) as session:
        void_payment(
            session,
            actor=biller,
            patient_id=patient,
            void=PaymentVoid(payment_id=taken[0], reason="wrong amount"),
            today=then.astimezone(NY).date(),
        )
    with clock_at(then), Session(practice.engine) as session:
        seen = copay_at_desk(session, actor=desk, appointment_id=appointment)
    assert seen.taken_cents == 2500 and seen.taken == [(2500, "card")], seen
