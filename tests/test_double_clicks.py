"""The money and signature work tests/test_money_races.py and tests/test_races.py do not race yet: two
different 835s answering one claim, claims built and an 837P sent straight into core, a co-sign and a
return of one note at the same instant, a wait-list offer answered twice, the last visit of an
authorization booked twice. Each twice at the same instant (two threads, a session each, released by
one barrier) on SQLite and PostgreSQL: one effect, the other caller a Conflict that says why."""

import threading
from collections.abc import Callable
from datetime import date, datetime

import pytest
from conftest import Practice
from remittance_helpers import era_for
from scheduling_helpers import (
    in_clinic_time,
    local,
    on_the_visit_day,
    one,
    patient,
    patient_of_payer,
    provider_actor,
    supervisor_actor,
    therapist,
    type_id,
)
from server_helpers import at_once
from sqlalchemy import Engine, text
from sqlmodel import Session, select
from test_money_races import Prepared, _count, _note, _once

from core.billing.claims import build_claims
from core.billing.models import Claim
from core.billing.posting import PostingResult, post_835
from core.billing.submission import export_837
from core.errors import Conflict
from core.notes.workflow import cosign, return_for_correction
from core.scheduling import waitlist
from core.scheduling.booking import BookingRequest, CancelRequest, book
from core.scheduling.flows import cancel
from core.scheduling.waitlist import WaitListCreate, accept, add_entry, decline

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _outcome(act: Callable[[Session], object], engine: Engine) -> object:
    with Session(engine, expire_on_commit=False) as session:
        try:
            return act(session)
        except Conflict as refused:
            return refused


# -- claims built and sent, straight into core (tests/test_races.py sends them through the server) --


def building_claims(practice: Practice) -> Prepared:
    """'Build claims' clicked twice: each of a signed note's charges on one claim line, one claim."""
    note, _ = _note(practice, "PT", signed=True)
    charges = _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note)
    biller = practice.actor("biller")
    on_claims = """SELECT COUNT(*) FROM claim_line l JOIN charge c ON c.id = l.charge_id
        WHERE c.note_id = :n"""
    return Prepared(
        lambda s: [c.id for c in build_claims(s, actor=biller, clinic_id=1)],
        lambda: (
            _count(practice, on_claims, n=note),
            _count(
                practice,
                """SELECT COUNT(DISTINCT l.claim_id) FROM claim_line l JOIN charge c ON c.id = l.charge_id
                WHERE c.note_id = :n""",
                n=note,
            ),
        ),
        (charges, 1),
    )


def sending_a_batch(practice: Practice) -> Prepared:
    """'Send' (the 837P of a payer's ready claims) clicked twice: one batch, each claim in it once."""
    payer, ready = (
        int(x)
        for x in one(
            practice,
            """SELECT payer_id, COUNT(*) FROM claim WHERE clinic_id = 1 AND status = 'ready'
            GROUP BY payer_id ORDER BY COUNT(*) DESC, payer_id LIMIT 1""",
        )
    )
    biller = practice.actor("biller")
    return Prepared(
        lambda s: export_837(s, actor=biller, clinic_id=1, payer_id=payer).id,
        lambda: (
            _count(
                practice, "SELECT COUNT(*) FROM claim_batch WHERE clinic_id = 1 AND payer_id = :p", p=payer
            ),
            -_count(
                practice,
                "SELECT COUNT(*) FROM claim WHERE clinic_id = 1 AND payer_id = :p AND status = 'ready'",
                p=payer,
            ),
        ),
        (1, ready),
    )


@pytest.mark.parametrize("operation", (building_claims, sending_a_batch), ids=lambda o: o.__name__)
@pytest.mark.parametrize("together", (True, False), ids=("at_once", "in_a_row"))
def test_claims_built_or_sent_twice_are_built_or_sent_once(
    pristine_practice: Practice, operation: Callable[..., object], together: bool
) -> None:
    outcomes = _once(pristine_practice, operation, together=together)
    assert sum(isinstance(o, Conflict) for o in outcomes) == 1, outcomes


# -- 835s --


def _submitted_claims(practice: Practice, count: int) -> list[Claim]:
    """`count` submitted claims of clinic 1 of one payer, none answered yet."""
    with practice.session() as session:
        payer = int(
            one(
                practice,
                """SELECT payer_id FROM claim WHERE clinic_id = 1 AND status = 'submitted'
                GROUP BY payer_id ORDER BY COUNT(*) DESC LIMIT 1""",
            )[0]
        )
        claims = session.exec(
            select(Claim)
            .where(Claim.clinic_id == 1, Claim.status == "submitted", Claim.payer_id == payer)
            .order_by(Claim.id.desc())  # type: ignore[union-attr]
            .limit(count)
        ).all()
    assert len(claims) == count
    return list(claims)


def _era(practice: Practice, claims: list[Claim], trace: str, payer_claim: str, denied: bool = False) -> str:
    """The payer's 835 answering these claims: each paid in full (or denied outright), under a check
    number of its own and the payer's claim number `payer_claim` + the claim's id."""
    ids = [claim.id or 0 for claim in claims]
    with practice.session() as session:
        return era_for(
            session,
            ids,
            trace=trace,
            control=int(trace[-4:]),
            payer_claim=payer_claim,
            denied=ids if denied else (),
        )


def _posted(practice: Practice, claim: int) -> tuple[int, int, str]:
    payments = _count(
        practice, "SELECT COUNT(*) FROM payment WHERE claim_id = :c AND source = 'era'", c=claim
    )
    paid, status = one(practice, "SELECT paid_cents, status FROM claim WHERE id = :c", c=claim)
    return payments, int(paid), str(status)


def test_two_different_835s_paying_one_claim_at_once_post_one(pristine_practice: Practice) -> None:
    """Two files (two checks, two payer claim numbers) that each pay the same claim in full, posted at
    the same instant: the claim is paid once, and the other file is refused whole, saying why."""
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    (claim,) = _submitted_claims(practice, 1)
    first = _era(practice, [claim], "EFT9101", payer_claim="ICNA")
    second = _era(practice, [claim], "EFT9102", payer_claim="ICNB")
    before = _posted(practice, claim.id or 0)
    files = _count(practice, "SELECT COUNT(*) FROM era_file")

    outcomes = at_once(
        2, lambda i: _outcome(lambda s: post_835(s, actor=biller, text=(first, second)[i]), practice.engine)
    )

    assert sorted(type(o).__name__ for o in outcomes) == ["Conflict", "PostingResult"], outcomes
    refused = next(o for o in outcomes if isinstance(o, Conflict))
    assert "not awaiting payment" in refused.detail and claim.control_number in refused.detail
    assert _posted(practice, claim.id or 0) == (before[0] + 1, claim.total_cents, "paid")
    assert _count(practice, "SELECT COUNT(*) FROM era_file") == files + 1
    # The same two again, one after the other: both refused (one as posted, one as a paid claim).
    for era in (first, second):
        again = _outcome(lambda s, t=era: post_835(s, actor=biller, text=t), practice.engine)
        assert isinstance(again, Conflict), again
    assert _posted(practice, claim.id or 0) == (before[0] + 1, claim.total_cents, "paid")


def test_a_denial_and_a_payment_of_one_claim_at_once_leave_the_claim_as_the_last_one_said(
    pristine_practice: Practice,
) -> None:
    """A denial and then a payment is the order the payer may send them in (a denied claim stays open
    to a later payment); at the same instant they are posted one after the other, never mixed: the
    claim's figures are those of the payment, or the denial stands and the payment is refused."""
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    (claim,) = _submitted_claims(practice, 1)
    denial = _era(practice, [claim], "EFT9201", payer_claim="ICND", denied=True)
    payment = _era(practice, [claim], "EFT9202", payer_claim="ICNP")
    before = _posted(practice, claim.id or 0)[0]

    outcomes = at_once(
        2, lambda i: _outcome(lambda s: post_835(s, actor=biller, text=(denial, payment)[i]), practice.engine)
    )

    payments, paid, status = _posted(practice, claim.id or 0)
    lines = one(
        practice,
        "SELECT SUM(paid_cents), COUNT(*) FILTER (WHERE status = 'paid') FROM claim_line WHERE claim_id = :c"
        if practice.backend == "postgresql"
        else "SELECT SUM(paid_cents), SUM(status = 'paid') FROM claim_line WHERE claim_id = :c",
        c=claim.id,
    )
    if all(isinstance(o, PostingResult) for o in outcomes):  # the denial first, then the payment
        assert (payments, paid, status) == (before + 2, claim.total_cents, "paid")
        assert int(lines[0]) == claim.total_cents
    else:  # the payment first: the denial is refused, the claim stays paid
        refused = [o for o in outcomes if isinstance(o, Conflict)]
        assert isinstance(outcomes[1], PostingResult) and len(refused) == 1, outcomes
        assert (payments, paid, status) == (before + 1, claim.total_cents, "paid")
        assert int(lines[0]) == claim.total_cents


def test_835s_for_two_claims_posted_at_once_are_both_posted(pristine_practice: Practice) -> None:
    """One posting at a time is no refusal: two payers' files (or two checks of one payer) for
    different claims, at the same instant, are both posted."""
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    a, b = _submitted_claims(practice, 2)
    files = (
        _era(practice, [a], "EFT9301", payer_claim="ICNX"),
        _era(practice, [b], "EFT9302", payer_claim="ICNY"),
    )

    outcomes = at_once(
        2, lambda i: _outcome(lambda s: post_835(s, actor=biller, text=files[i]), practice.engine)
    )

    assert all(isinstance(o, PostingResult) for o in outcomes), outcomes
    for claim in (a, b):
        assert _posted(practice, claim.id or 0)[1:] == (claim.total_cents, "paid")


# -- a co-sign and a return of the same note --


@pytest.mark.parametrize("attempt", range(3))
def test_cosign_and_return_at_once_cannot_both_win(pristine_practice: Practice, attempt: int) -> None:
    """The supervisor's two buttons (or two supervisors' tabs) at once: the note is co-signed and
    billed, or sent back unbilled with the assistant's signature withdrawn; never both."""
    practice = pristine_practice
    note, _ = _note(practice, "PTA", signed=True)
    boss = supervisor_actor(practice, note)

    def act(i: int) -> object:
        if i:
            return _outcome(
                lambda s: return_for_correction(
                    s, actor=boss, note_id=note, comment="Add the gait distance."
                ),
                practice.engine,
            )
        return _outcome(lambda s: cosign(s, actor=boss, note_id=note), practice.engine)

    with on_the_visit_day(practice.engine, note=note):  # co-signed from the visit's day on
        cosigned, returned = at_once(2, act)

    status = one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0]
    charges = _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note)
    signatures = _count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note)
    returns = _count(practice, "SELECT COUNT(*) FROM note_return WHERE note_id = :n", n=note)
    assert isinstance(cosigned, Conflict) != isinstance(returned, Conflict), (cosigned, returned)
    if isinstance(returned, Conflict):
        assert "signed" in returned.detail
        assert (status, signatures, returns) == ("signed", 2, 0) and charges > 0
    else:
        assert "in review" in cosigned.detail  # type: ignore[attr-defined]
        assert (status, signatures, returns, charges) == ("in_review", 0, 1, 0)


# -- the wait list's offer of a freed time --


def _offers(practice: Practice, hour: int) -> tuple[list[int], int]:
    """Two waiting patients offered the time a cancellation freed: (their offers, the freed appointment)."""
    desk = practice.actor("front_desk", "riverside")
    pt, kind = therapist(practice, offset=1), type_id(practice)
    first, *waiting = (patient(practice, "medicare", offset=3 * hour + n) for n in range(3))
    with practice.session() as session:
        request = BookingRequest(
            patient_id=first, provider_id=pt, appointment_type_id=kind, starts_at=local(2027, 3, 2, hour, 0)
        )
        freed = book(session, actor=desk, request=request).appointment
        wanted = [
            WaitListCreate(
                patient_id=p,
                appointment_type_id=kind,
                provider_id=pt,
                weekdays=[1],
                earliest_minute=hour * 60,
            )
            for p in waiting
        ]
        entries = [add_entry(session, actor=desk, data=data).id for data in wanted]
        why = CancelRequest(reason="moved", by="patient")
        _, offers = cancel(session, actor=desk, appointment_id=freed.id or 0, request=why)
    mine = sorted(o.id or 0 for o in offers if o.entry_id in entries)
    assert len(mine) == 2, offers
    return mine, freed.id or 0


def _booked_at(practice: Practice, freed: int) -> int:
    return _count(
        practice,
        """SELECT COUNT(*) FROM appointment a JOIN appointment f ON f.id = :f
        WHERE a.status = 'booked' AND a.provider_id = f.provider_id AND a.starts_at = f.starts_at""",
        f=freed,
    )


def test_one_offer_accepted_twice_at_once_books_once(pristine_practice: Practice) -> None:
    practice, desk = pristine_practice, pristine_practice.actor("front_desk", "riverside")
    (offer, _), freed = _offers(practice, 9)

    outcomes = at_once(
        2, lambda _: _outcome(lambda s: accept(s, actor=desk, offer_id=offer), practice.engine)
    )

    assert sum(isinstance(o, Conflict) for o in outcomes) == 1, outcomes
    assert _booked_at(practice, freed) == 1


def test_two_patients_accepting_one_freed_time_at_once_book_one(pristine_practice: Practice) -> None:
    practice, desk = pristine_practice, pristine_practice.actor("front_desk", "riverside")
    offers, freed = _offers(practice, 10)

    outcomes = at_once(
        2, lambda i: _outcome(lambda s: accept(s, actor=desk, offer_id=offers[i]), practice.engine)
    )

    refused = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(refused) == 1 and "taken" in refused[0].detail, outcomes
    assert _booked_at(practice, freed) == 1


def test_an_offer_accepted_and_declined_at_once_is_one_or_the_other(
    pristine_practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Yes' on the phone while the desk clicks 'declined' (the booking itself takes a moment, here
    half a second): the offer ends accepted with its booking, or declined with none; the loser is told."""
    practice, desk = pristine_practice, pristine_practice.actor("front_desk", "riverside")
    (offer, _), freed = _offers(practice, 11)
    slow = waitlist.book_unsaved

    def booking_slowly(*args, **kwargs):  # type: ignore[no-untyped-def]
        booked = slow(*args, **kwargs)
        import time

        time.sleep(0.5)
        return booked

    monkeypatch.setattr(waitlist, "book_unsaved", booking_slowly)

    def act(i: int) -> object:
        if i:
            import time

            time.sleep(0.2)  # the booking has begun
            return _outcome(lambda s: decline(s, actor=desk, offer_id=offer), practice.engine)
        return _outcome(lambda s: accept(s, actor=desk, offer_id=offer), practice.engine)

    accepted, declined = at_once(2, act)

    status, booked = one(
        practice, "SELECT status, booked_appointment_id FROM wait_list_offer WHERE id = :o", o=offer
    )
    assert isinstance(accepted, Conflict) != isinstance(declined, Conflict), (accepted, declined)
    if isinstance(declined, Conflict):
        assert "accepted" in declined.detail
        assert status == "accepted" and booked is not None and _booked_at(practice, freed) == 1
    else:
        assert status == "declined" and booked is None and _booked_at(practice, freed) == 0


# -- the last visit of an authorization --


def test_the_last_authorized_visit_booked_twice_at_once_on_two_days_is_booked_once(
    pristine_practice: Practice,
) -> None:
    """A payer that refuses visits past the authorization, one visit left, two desks booking it for
    two different days (no day lock in common) at the same instant: one booking, one refusal."""
    practice, desk = pristine_practice, pristine_practice.actor("front_desk", "riverside")
    from core.authorizations.service import AuthorizationCreate
    from core.authorizations.service import add as add_authorization

    who = patient_of_payer(practice, "State Medicaid")
    payer = _count(practice, "SELECT id FROM payer WHERE name = 'State Medicaid'")
    with practice.session() as session:
        add_authorization(
            session,
            actor=desk,
            patient_id=who,
            data=AuthorizationCreate(
                payer_id=payer,
                discipline="PT",
                number="LAST-1",
                start_date=date(2027, 6, 1),
                end_date=date(2027, 6, 30),
                visits_approved=1,
            ),
        )
    pts = (therapist(practice), therapist(practice, offset=1))
    kind = type_id(practice)
    days = (local(2027, 6, 8, 13, 0), local(2027, 6, 10, 14, 0))

    def act(i: int) -> object:
        request = BookingRequest(
            patient_id=who, provider_id=pts[i], appointment_type_id=kind, starts_at=days[i]
        )
        return _outcome(lambda s: book(s, actor=desk, request=request), practice.engine)

    outcomes = at_once(2, act)

    refused = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(refused) == 1 and "left on the authorization" in refused[0].detail, outcomes
    assert (
        _count(
            practice,
            """SELECT COUNT(*) FROM appointment a JOIN prior_authorization z ON z.id = a.authorization_id
            WHERE z.patient_id = :p AND z.number = 'LAST-1' AND a.status = 'booked'""",
            p=who,
        )
        == 1
    )


# -- a visit seen but not yet signed still takes its place on the authorization --


def _one_visit_authorization(practice: Practice, month: int, approved: int) -> tuple[int, int]:
    """A refusing payer's patient given an authorization of `approved` visits for one month of 2027:
    (patient, authorization)."""
    from core.authorizations.service import AuthorizationCreate
    from core.authorizations.service import add as add_authorization

    who = patient_of_payer(practice, "State Medicaid")
    payer = _count(practice, "SELECT id FROM payer WHERE name = 'State Medicaid'")
    with practice.session() as session:
        auth = add_authorization(
            session,
            actor=practice.actor("front_desk", "riverside"),
            patient_id=who,
            data=AuthorizationCreate(
                payer_id=payer,
                discipline="PT",
                number=f"SEEN-{month}",
                start_date=date(2027, month, 1),
                end_date=date(2027, month, 28),
                visits_approved=approved,
            ),
        )
    return who, auth.id or 0


def _book_on(practice: Practice, who: int, when: datetime) -> object:
    desk = practice.actor("front_desk", "riverside")
    request = BookingRequest(
        patient_id=who, provider_id=therapist(practice), appointment_type_id=type_id(practice), starts_at=when
    )
    return _outcome(lambda s: book(s, actor=desk, request=request), practice.engine)


def _seen(practice: Practice, appointment: int):  # type: ignore[no-untyped-def]
    """The appointment's visit opened and its note drafted, not signed: (note, its therapist)."""
    from note_helpers import DRAFT

    from core.notes.workflow import DraftIn, create_draft
    from core.visits.service import open_visit

    therapist_of = provider_actor(practice, therapist(practice))
    with practice.session() as session:
        # A daily note (signed with the draft as it is), not the progress report this patient is due.
        session.exec(
            text("UPDATE appointment SET progress_due = :f WHERE id = :a").bindparams(f=False, a=appointment)
        )  # type: ignore[call-overload]
        session.commit()
        with on_the_visit_day(practice.engine, appointment=appointment):
            visit = open_visit(
                session, actor=therapist_of, appointment_id=appointment, recording_consent=True
            )
        note = create_draft(session, actor=therapist_of, visit_id=visit.id or 0, data=DraftIn(**DRAFT))
    return note.id or 0, therapist_of


def test_a_visit_seen_and_not_yet_signed_keeps_its_place_on_the_authorization(
    pristine_practice: Practice,
) -> None:
    """One visit approved, booked and seen (the therapist opened it; the note is signed tonight): the
    desk cannot book a second visit on it, which the payer refuses and whose note could not be signed."""
    from core.notes.workflow import sign

    practice = pristine_practice
    who, auth = _one_visit_authorization(practice, 9, approved=1)
    first = _book_on(practice, who, local(2027, 9, 7, 13, 0))
    assert not isinstance(first, Conflict), first
    note, therapist_of = _seen(practice, first.appointment.id)  # type: ignore[attr-defined]

    second = _book_on(practice, who, local(2027, 9, 14, 13, 0))

    assert isinstance(second, Conflict) and "left on the authorization" in second.detail, second
    with practice.session() as session, on_the_visit_day(practice.engine, note=note):
        sign(session, actor=therapist_of, note_id=note)
    used = _count(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=auth)
    assert used == 1


def test_a_booking_while_a_seen_visit_is_signed_counts_that_visit_once(
    pristine_practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two visits approved, one seen (unsigned) and one booked: a third booking is refused, even while
    the seen visit's note is being signed at that instant (signing moves the visit from 'booked' to
    'used'; a booking that read 'used' before the signature and 'booked' after it counted it nowhere)."""
    from core.notes.workflow import sign
    from core.scheduling import booking

    practice = pristine_practice
    who, auth = _one_visit_authorization(practice, 10, approved=2)
    seen = _book_on(practice, who, local(2027, 10, 5, 13, 0))
    assert not isinstance(seen, Conflict), seen
    note, therapist_of = _seen(practice, seen.appointment.id)  # type: ignore[attr-defined]
    assert not isinstance(_book_on(practice, who, local(2027, 10, 12, 13, 0)), Conflict)
    real, read, signed_now = booking.covering, threading.Event(), threading.Event()
    # PostgreSQL: the booking reads the authorization, then the signature commits, then it counts.
    # SQLite holds the booking's write lock from its first read, so the signature waits its turn.
    wait = 20.0 if practice.backend == "postgresql" else 0.2

    def reading_then_waiting(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        read.set()
        signed_now.wait(wait)
        return found

    monkeypatch.setattr(booking, "covering", reading_then_waiting)

    def act(i: int) -> object:
        if i:
            read.wait(wait)
            try:
                return _outcome(lambda s: sign(s, actor=therapist_of, note_id=note), practice.engine)
            finally:
                signed_now.set()
        return _book_on(practice, who, local(2027, 10, 19, 13, 0))

    with on_the_visit_day(practice.engine, note=note):  # the seen visit's day, the note signed that day
        third, signed = at_once(2, act)

    assert not isinstance(signed, Conflict), signed
    assert isinstance(third, Conflict) and "left on the authorization" in third.detail, third
    used = _count(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=auth)
    booked = _count(
        practice, "SELECT COUNT(*) FROM appointment WHERE authorization_id = :a AND status = 'booked'", a=auth
    )
    assert (used, booked) == (1, 1)


def test_a_series_booked_twice_at_once_is_booked_once(pristine_practice: Practice) -> None:
    """'Twice a week for three weeks' sent twice at the same instant: the visits once; the second
    request books none of them and says for each why (the patient is booked then)."""
    from core.scheduling.flows import RecurringRequest, book_recurring

    practice, desk = pristine_practice, pristine_practice.actor("front_desk", "riverside")
    who = patient(practice, "medicare", offset=20)
    request = RecurringRequest(
        patient_id=who,
        provider_id=therapist(practice, offset=1),
        appointment_type_id=type_id(practice),
        first_day=date(2027, 5, 3),
        weekdays=[0, 2],
        local_minute=16 * 60,
        weeks=3,
    )
    series = """SELECT COUNT(*) FROM appointment WHERE patient_id = :p AND status = 'booked'
        AND starts_at >= :a AND starts_at < :b"""
    window = {"p": who, "a": local(2027, 5, 1, 0, 0), "b": local(2027, 5, 31, 0, 0)}
    assert _count(practice, series, **window) == 0

    results = at_once(
        2, lambda _: _outcome(lambda s: book_recurring(s, actor=desk, request=request), practice.engine)
    )

    booked = sorted(len(r.booked) for r in results)  # type: ignore[attr-defined]
    assert booked == [0, 6], results
    assert _count(practice, series, **window) == 6
    loser = next(r for r in results if not r.booked)  # type: ignore[attr-defined]
    assert len(loser.conflicts) == 6 and all(c["reason"] for c in loser.conflicts)  # type: ignore[attr-defined]


def test_a_series_stopped_at_the_authorization_while_a_seen_visit_is_signed_stops_where_it_covers(
    pristine_practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three visits approved, one seen (unsigned): 'every Tuesday for four weeks, as far as the
    authorization goes' books two and leaves two out, saying why, even while the seen visit is signed
    at that instant (the series made to read the authorization, then the signature commit, then
    count): never a third taken into the series and then refused as a conflict."""
    from core.notes.workflow import sign
    from core.scheduling import booking, flows

    practice, desk = pristine_practice, pristine_practice.actor("front_desk", "riverside")
    who, auth = _one_visit_authorization(practice, 11, approved=3)
    seen = _book_on(practice, who, local(2027, 11, 1, 13, 0))
    assert not isinstance(seen, Conflict), seen
    note, therapist_of = _seen(practice, seen.appointment.id)  # type: ignore[attr-defined]
    real, read, signed_now = booking.covering, threading.Event(), threading.Event()
    wait = 20.0 if practice.backend == "postgresql" else 0.2

    def reading_then_waiting(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        read.set()
        signed_now.wait(wait)
        return found

    # The series reads the authorization first (booking.authorization_cap), before any of its visits.
    monkeypatch.setattr(booking, "covering", reading_then_waiting)
    request = flows.RecurringRequest(
        patient_id=who,
        provider_id=therapist(practice),
        appointment_type_id=type_id(practice),
        first_day=date(2027, 11, 2),
        weekdays=[1],
        local_minute=15 * 60,
        weeks=4,
        stop_at_authorization=True,
    )

    def act(i: int) -> object:
        if i:
            read.wait(wait)
            try:
                return _outcome(lambda s: sign(s, actor=therapist_of, note_id=note), practice.engine)
            finally:
                signed_now.set()
        return _outcome(lambda s: flows.book_recurring(s, actor=desk, request=request), practice.engine)

    with on_the_visit_day(practice.engine, note=note):  # the seen visit's day, the note signed that day
        series, signed = at_once(2, act)

    assert not isinstance(signed, Conflict), signed
    assert len(series.booked) == 2 and not series.conflicts, series  # type: ignore[attr-defined]
    assert series.left_out == [date(2027, 11, 16), date(2027, 11, 23)] and series.stopped, series  # type: ignore[attr-defined]
    assert _count(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=auth) == 1


def test_a_series_stopped_at_the_authorization_books_past_a_clash_up_to_the_visits_left(
    pristine_practice: Practice,
) -> None:
    """A new user's trial (2026-12-06): two visits left, Mon/Wed for three weeks: the first Monday was
    booked, Wednesday clashed with another patient, and the series stopped there ('1 visits will be left'),
    leaving the next Monday out. The authorization caps how many are booked, not which dates."""
    from core.scheduling import flows

    practice, desk = pristine_practice, pristine_practice.actor("front_desk", "riverside")
    who, _ = _one_visit_authorization(practice, 8, approved=2)
    other = patient(practice, "medicare")
    taken = _book_on(practice, other, local(2027, 8, 10, 15, 0))
    assert not isinstance(taken, Conflict), taken
    request = flows.RecurringRequest(
        patient_id=who,
        provider_id=therapist(practice),
        appointment_type_id=type_id(practice),
        first_day=date(2027, 8, 3),
        weekdays=[1],
        local_minute=15 * 60,
        weeks=4,
        stop_at_authorization=True,
    )
    series = _outcome(lambda s: flows.book_recurring(s, actor=desk, request=request), practice.engine)
    booked = sorted(in_clinic_time(b.appointment.starts_at).date() for b in series.booked)  # type: ignore[attr-defined]
    assert booked == [date(2027, 8, 3), date(2027, 8, 17)], series
    assert [c["day"] for c in series.conflicts] == ["2027-08-10"], series  # type: ignore[attr-defined]
    assert series.left_out == [date(2027, 8, 24)] and "2 visits left" in series.stopped, series  # type: ignore[attr-defined]
