"""The forms and API calls that move money, a signature or a booking and that tests/test_races.py does
not send through the server yet, each sent twice through the app (at the same instant from two
threads, and twice in a row), without an Idempotency-Key, on SQLite and PostgreSQL: one effect, no
answer is a server error, and the second is either the first one's answer or a refusal in words.
The same services are raced straight into core in tests/test_money_races.py."""

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

import httpx
import pytest
from conftest import Practice
from note_helpers import login_as_provider
from page_helpers import page_client
from scheduling_helpers import local, on_the_visit_day, one, patient_of_payer, therapist, type_id
from server_helpers import at_once
from test_money_races import (
    TODAY,
    _appointment_events,
    _claim_actions,
    _count,
    _denied_claim,
    _future_booking,
    _note,
    _unsent_claim,
)

from core.authorizations.service import AuthorizationCreate
from core.authorizations.service import add as add_authorization
from core.timeutil import utcnow


@dataclass(frozen=True)
class Sent:
    """One request ready to send (`send`, any number of times); `effects` counts what it leaves, each
    figure to move by exactly `once` however many times it was sent."""

    send: Callable[[], httpx.Response]
    effects: Callable[[], tuple[int, ...]]
    once: tuple[int, ...]
    # The clock it is sent under (test_money_races.Prepared.on_day): the visit's day for a co-signature.
    on_day: Callable[[], AbstractContextManager[None]] = nullcontext


def _api(practice: Practice, role: str = "biller", clinic: str | None = None):  # type: ignore[no-untyped-def]
    client = practice.client()
    return client, practice.login(client, role, clinic)


def _supervising(practice: Practice, note: int) -> int:
    """The provider who supervises the assistant who wrote the note."""
    return int(
        one(
            practice,
            """SELECT p.supervising_provider_id FROM note n JOIN provider p ON p.id = n.provider_id
            WHERE n.id = :n""",
            n=note,
        )[0]
    )


def returning_a_note(practice: Practice) -> Sent:
    """The review page's 'return to the assistant' form."""
    note, _ = _note(practice, "PTA", signed=True)
    client = page_client(practice, provider_id=_supervising(practice, note))
    form = {"comment": "Add the gait distance."}
    return Sent(
        lambda: client.post(f"/notes/{note}/return", data=form, follow_redirects=False),
        lambda: (
            _count(practice, "SELECT COUNT(*) FROM note_return WHERE note_id = :n", n=note),
            -_count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note),
        ),
        (1, 1),
    )


def cosigning_a_note(practice: Practice) -> Sent:
    note, _ = _note(practice, "PTA", signed=True)
    client = practice.client()
    headers = login_as_provider(practice, client, _supervising(practice, note))
    return Sent(
        lambda: client.post(f"/api/v1/notes/{note}/cosign", headers=headers),
        lambda: (
            _count(
                practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n AND kind = 'cosign'", n=note
            ),
            _count(practice, "SELECT COUNT(DISTINCT note_id) FROM charge WHERE note_id = :n", n=note),
        ),
        (1, 1),
        partial(on_the_visit_day, practice.engine, note=note),
    )


def _claim_form(practice: Practice, claim: int, path: str, form: dict[str, str], kind: str) -> Sent:
    biller = page_client(practice, "biller")
    return Sent(
        lambda: biller.post(f"/billing/claims/{claim}/{path}", data=form, follow_redirects=False),
        lambda: (_claim_actions(practice, claim, kind),),
        (1,),
    )


def writing_off(practice: Practice) -> Sent:
    return _claim_form(
        practice, _denied_claim(practice), "write-off", {"reason": "past timely filing"}, "written_off"
    )


def appealing(practice: Practice) -> Sent:
    return _claim_form(
        practice, _denied_claim(practice), "appeal.pdf", {"argument": "medically necessary"}, "appealed"
    )


def correcting(practice: Practice) -> Sent:
    return _claim_form(practice, _denied_claim(practice, with_payer_number=True), "correct", {}, "corrected")


def assigning(practice: Practice) -> Sent:
    biller = practice.actor("biller")
    return _claim_form(
        practice, _denied_claim(practice), "assign", {"user_id": str(biller.user_id)}, "assigned"
    )


def _patient_payments(practice: Practice, patient: int) -> int:
    return _count(
        practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'", p=patient
    )


def posting_a_payment(practice: Practice) -> Sent:
    """The ledger's form without its key (a client that drops it): the repeat is refused."""
    patient = int(one(practice, "SELECT MIN(patient_id) FROM claim WHERE clinic_id = 1")[0])
    biller = page_client(practice, "biller")
    reference = f"{_count(practice, 'SELECT COUNT(*) FROM payment') + 5000}"
    form = {"amount": "25.00", "received_on": TODAY.isoformat(), "method": "check", "reference": reference}
    return Sent(
        lambda: biller.post(f"/billing/patients/{patient}/payments", data=form, follow_redirects=False),
        lambda: (_patient_payments(practice, patient),),
        (1,),
    )


def posting_a_payment_from_one_form(practice: Practice) -> Sent:
    """The ledger's form with its key, as the page sends it: both clicks land on the page it posted."""
    patient = int(one(practice, "SELECT MAX(patient_id) FROM claim WHERE clinic_id = 1")[0])
    biller = page_client(practice, "biller")
    key = f"ledger-{_count(practice, 'SELECT COUNT(*) FROM payment')}"
    form = {"amount": "30.00", "received_on": TODAY.isoformat(), "method": "card", "idempotency_key": key}
    return Sent(
        lambda: biller.post(f"/billing/patients/{patient}/payments", data=form, follow_redirects=False),
        lambda: (_patient_payments(practice, patient),),
        (1,),
    )


def removing_a_claim_line(practice: Practice) -> Sent:
    claim = _unsent_claim(practice, 0)
    client, headers = _api(practice)
    last = _count(practice, "SELECT MAX(line_number) FROM claim_line WHERE claim_id = :c", c=claim)
    return Sent(
        lambda: client.patch(f"/api/v1/claims/{claim}", json={"remove_lines": [last]}, headers=headers),
        lambda: (-_count(practice, "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c", c=claim),),
        (1,),
    )


def voiding_a_claim(practice: Practice) -> Sent:
    claim = _unsent_claim(practice, 1)
    client, headers = _api(practice)
    return Sent(
        lambda: client.post(f"/api/v1/claims/{claim}/void", headers=headers),
        lambda: (
            _count(
                practice,
                """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
                AND detail = 'voided'""",
                c=str(claim),
            ),
        ),
        (1,),
    )


def cancelling(practice: Practice) -> Sent:
    appointment = _future_booking(practice)
    client, headers = _api(practice, "front_desk", "riverside")
    why = {"reason": "patient is ill", "by": "clinic"}
    return Sent(
        lambda: client.post(f"/api/v1/appointments/{appointment}/cancel", json=why, headers=headers),
        lambda: (_appointment_events(practice, appointment, "cancelled%"),),
        (1,),
    )


def booking_the_last_authorized_visit(practice: Practice) -> Sent:
    """A payer that refuses visits past the authorization, one visit left, the same booking twice."""
    who = patient_of_payer(practice, "State Medicaid")
    payer = _count(practice, "SELECT id FROM payer WHERE name = 'State Medicaid'")
    number = f"HTTP-{_count(practice, 'SELECT COUNT(*) FROM prior_authorization')}"
    # A month of its own each time (July 2027, August ...), the visit on its second Tuesday.
    month = 7 + _count(practice, "SELECT COUNT(*) FROM prior_authorization WHERE number LIKE 'HTTP-%'")
    start = date(2027, month, 1)
    tuesday = start + timedelta(days=(1 - start.weekday()) % 7 + 7)
    with practice.session() as session:
        add_authorization(
            session,
            actor=practice.actor("front_desk", "riverside"),
            patient_id=who,
            data=AuthorizationCreate(
                payer_id=payer,
                discipline="PT",
                number=number,
                start_date=start,
                end_date=start.replace(day=28),
                visits_approved=1,
            ),
        )
    client, headers = _api(practice, "front_desk", "riverside")
    body = {
        "patient_id": who,
        "provider_id": therapist(practice),
        "appointment_type_id": type_id(practice),
        "starts_at": local(tuesday.year, tuesday.month, tuesday.day, 13, 0).isoformat(),
    }
    return Sent(
        lambda: client.post("/api/v1/appointments", json=body, headers=headers),
        lambda: (
            _count(
                practice,
                """SELECT COUNT(*) FROM appointment a JOIN prior_authorization z ON z.id = a.authorization_id
                WHERE z.number = :n AND a.status = 'booked'""",
                n=number,
            ),
        ),
        (1,),
    )


def building_claims_from_the_page(practice: Practice) -> Sent:
    """The claims page's 'Build claims' (build, then scrub the unsent claims)."""
    note, _ = _note(practice, "PT", signed=True)
    charges = _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note)
    biller = page_client(practice, "biller")
    on_claims = """SELECT COUNT(*), COUNT(DISTINCT l.claim_id) FROM claim_line l JOIN charge c ON c.id = l.charge_id
        WHERE c.note_id = :n"""
    return Sent(
        lambda: biller.post("/billing/claims/build", data={"clinic_id": "1"}, follow_redirects=False),
        lambda: tuple(int(x) for x in one(practice, on_claims, n=note)),
        (charges, 1),
    )


def sending_a_batch_from_the_page(practice: Practice) -> Sent:
    payer = int(
        one(
            practice,
            """SELECT payer_id FROM claim WHERE clinic_id = 1 AND status = 'ready'
            GROUP BY payer_id ORDER BY COUNT(*) DESC, payer_id LIMIT 1""",
        )[0]
    )
    biller = page_client(practice, "biller")
    form = {"clinic_id": "1", "payer_id": str(payer)}
    return Sent(
        lambda: biller.post("/billing/batches", data=form, follow_redirects=False),
        lambda: (_count(practice, "SELECT COUNT(*) FROM claim_batch WHERE payer_id = :p", p=payer),),
        (1,),
    )


def posting_an_835_from_the_page(practice: Practice) -> Sent:
    from test_double_clicks import _era, _submitted_claims

    (claim,) = _submitted_claims(practice, 1)
    trace = f"EFT8{_count(practice, 'SELECT COUNT(*) FROM era_file') % 1000:03d}"
    era = _era(practice, [claim], trace, payer_claim="ICNPAGE").encode()
    biller = page_client(practice, "biller")
    return Sent(
        lambda: biller.post(
            "/billing/eras", files={"file": ("era.835", era, "text/plain")}, follow_redirects=False
        ),
        lambda: (
            _count(practice, "SELECT COUNT(*) FROM payment WHERE claim_id = :c", c=claim.id),
            _count(practice, "SELECT COUNT(*) FROM era_file"),
        ),
        (1, 1),
    )


def rescheduling(practice: Practice) -> Sent:
    """A move to a free time sent twice: moved once, no wait-list offer of the time it moved to."""
    from core.scheduling.availability import SlotQuery, search

    # Of a patient whose payer asks no authorization (the rows above booked some that do).
    appointment = int(
        one(
            practice,
            """SELECT a.id FROM appointment a JOIN insurance_policy i ON i.patient_id = a.patient_id
            AND i.priority = 1 JOIN payer y ON y.id = i.payer_id
            WHERE a.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :t AND y.requires_authorization = :f
            AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
            ORDER BY a.starts_at DESC, a.id LIMIT 1""",
            t=utcnow(),
            f=False,
        )[0]
    )
    desk = practice.actor("front_desk", "riverside")
    provider, kind = one(
        practice, "SELECT provider_id, appointment_type_id FROM appointment WHERE id = :a", a=appointment
    )
    with practice.session() as session:
        query = SlotQuery(
            appointment_type_id=kind,
            provider_id=provider,
            date_from=date(2027, 3, 1),
            date_to=date(2027, 3, 31),
        )
        free = search(session, actor=desk, query=query)[0]
    client, headers = _api(practice, "front_desk", "riverside")
    body = {"starts_at": free.starts_at.isoformat()}
    return Sent(
        lambda: client.post(f"/api/v1/appointments/{appointment}/reschedule", json=body, headers=headers),
        lambda: (
            _appointment_events(practice, appointment, "rescheduled%"),
            _count(
                practice,
                "SELECT COUNT(*) FROM wait_list_offer WHERE freed_appointment_id = :a AND starts_at = :t",
                a=appointment,
                t=free.starts_at,
            ),
        ),
        (1, 0),
    )


def accepting_an_offer(practice: Practice) -> Sent:
    from test_double_clicks import _booked_at, _offers

    hour = 13 + _count(practice, "SELECT COUNT(*) FROM wait_list_offer WHERE status = 'accepted'")
    (offer, _), freed = _offers(practice, hour)
    client, headers = _api(practice, "front_desk", "riverside")
    return Sent(
        lambda: client.post(f"/api/v1/wait-list/offers/{offer}/accept", headers=headers),
        lambda: (_booked_at(practice, freed),),
        (1,),
    )


OPERATIONS = (
    returning_a_note,
    cosigning_a_note,
    writing_off,
    appealing,
    correcting,
    assigning,
    posting_a_payment,
    posting_a_payment_from_one_form,
    removing_a_claim_line,
    voiding_a_claim,
    cancelling,
    booking_the_last_authorized_visit,
    building_claims_from_the_page,
    sending_a_batch_from_the_page,
    posting_an_835_from_the_page,
    rescheduling,
    accepting_an_offer,
)


def _twice(practice: Practice, operation: Callable, together: bool) -> list[httpx.Response]:
    sent = operation(practice)
    before = sent.effects()
    with sent.on_day():
        replies = at_once(2, lambda _: sent.send()) if together else [sent.send(), sent.send()]
    after = sent.effects()
    answers = [(r.status_code, r.headers.get("location", ""), r.text[:300]) for r in replies]
    assert all(r.status_code < 500 for r in replies), answers
    assert tuple(a - b for a, b in zip(after, before, strict=True)) == sent.once, answers
    assert any(r.status_code < 400 for r in replies), answers
    for reply in replies:
        if reply.status_code == 409:
            assert reply.json()["detail"], answers
    return replies


# At the demo's moment (conftest.demo_clock), the clients logging in on the wall clock (their tokens'
# end is read on it): the visits ahead to cancel or move, the free times in March 2027 and the July 2027
# authorizations are ahead on any day; on the wall clock the demo's visits ran out four weeks after
# DEMO_TODAY.
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.__name__)
def test_sent_twice_at_the_same_instant_is_done_once(
    pristine_practice: Practice, demo_clock: datetime, operation: Callable
) -> None:
    _twice(pristine_practice, operation, together=True)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.__name__)
def test_sent_twice_in_a_row_is_done_once(
    pristine_practice: Practice, demo_clock: datetime, operation: Callable
) -> None:
    _twice(pristine_practice, operation, together=False)
