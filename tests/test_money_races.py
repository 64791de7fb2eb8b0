"""Every service that moves money or a signature, called twice: at the same instant from two sessions
(threads released by one barrier) and twice in a row (a double click), on SQLite and PostgreSQL.
Exactly one effect, and the second caller gets either the first one's answer or a Conflict that says
why: never a constraint error, a deadlock or a second effect.

The sign, co-sign, claim build, 837P batch and 835 posting are raced through the real server in
tests/test_races.py; here are the rest, straight into core (the routers only call these)."""

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from conftest import Practice
from note_helpers import DRAFT
from scheduling_helpers import (
    follow_up_to_open,
    on_the_visit_day,
    one,
    opened_visit,
    provider_actor,
    supervisor_actor,
)
from server_helpers import at_once
from sqlalchemy import Engine, text
from sqlmodel import Session
from test_migration_import import OWNER, _clinic, _counts, _mapping

from assistant import service as assistant
from bench.legacy_export import write_export
from core.actor import Actor
from core.authorizations.service import AuthorizationCreate, AuthorizationUpdate
from core.authorizations.service import add as add_authorization
from core.authorizations.service import update as update_authorization
from core.billing import scrubber
from core.billing.claims import ClaimFix, facts_for, fix_claim, scrub_claims, void_claim
from core.billing.denials import appeal_letter, assign, start_correction, write_off
from core.billing.ledger import PatientPayment, post_patient_payment
from core.billing.models import Claim, Payment
from core.conversations.service import propose, withdraw
from core.errors import Conflict, Invalid
from core.migration.importer import run_import
from core.notes.workflow import DraftIn, add_addendum, cosign, create_draft, return_for_correction, sign
from core.payers.fees import import_fee_schedule
from core.payers.manage import add_fee_schedule, remove_fee_line, save_fee_line
from core.plans.service import GoalIn, PlanCreate, correct_signature, mark_sent, record_signature
from core.plans.service import create as create_plan
from core.referrals.service import ReferralCreate
from core.referrals.service import add as add_referral
from core.scheduling.availability import SlotQuery, search
from core.scheduling.booking import CancelRequest, RescheduleRequest, check_in, no_show
from core.scheduling.flows import cancel, reschedule
from core.timeutil import utcnow
from core.visits.service import open_visit

TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


@dataclass(frozen=True)
class Prepared:
    """One operation ready to run: `act` in a session of its own; `effects` counts what it leaves
    (each figure must move by exactly `once` however many times `act` ran)."""

    act: Callable[[Session], object]
    effects: Callable[[], tuple[int, ...]]
    once: tuple[int, ...]
    # The clock `act` runs under: the visit's day for what opens a visit or signs a note, which are
    # refused before it (core.visits.rules); the test's own clock for the rest.
    on_day: Callable[[], AbstractContextManager[None]] = nullcontext


def _count(practice: Practice, sql: str, **params: object) -> int:
    return int(one(practice, sql, **params)[0])


def _note(practice: Practice, credential: str, signed: bool) -> tuple[int, Actor]:
    visit, actor = opened_visit(practice, credential)
    with practice.session() as session:
        note = create_draft(session, actor=actor, visit_id=visit, data=DraftIn(**DRAFT))
        if signed:
            with on_the_visit_day(practice.engine, note=note.id):
                sign(session, actor=actor, note_id=note.id or 0)
    return note.id or 0, actor


def opening_a_visit(practice: Practice) -> Prepared:
    appointment, provider = follow_up_to_open(practice, "PT")
    actor = provider_actor(practice, provider)
    return Prepared(
        lambda s: open_visit(s, actor=actor, appointment_id=appointment, recording_consent=True),
        lambda: (_count(practice, "SELECT COUNT(*) FROM visit WHERE appointment_id = :a", a=appointment),),
        (1,),
        partial(on_the_visit_day, practice.engine, appointment=appointment),
    )


def drafting_a_note(practice: Practice) -> Prepared:
    visit, actor = opened_visit(practice, "PT")
    return Prepared(
        lambda s: create_draft(s, actor=actor, visit_id=visit, data=DraftIn(**DRAFT)),
        lambda: (_count(practice, "SELECT COUNT(*) FROM note WHERE visit_id = :v", v=visit),),
        (1,),
    )


def signing(practice: Practice) -> Prepared:
    note, actor = _note(practice, "PT", signed=False)
    return Prepared(
        lambda s: sign(s, actor=actor, note_id=note),
        lambda: (
            _count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note),
            _count(practice, "SELECT COUNT(DISTINCT note_id) FROM charge WHERE note_id = :n", n=note),
        ),
        (1, 1),
        partial(on_the_visit_day, practice.engine, note=note),
    )


def cosigning(practice: Practice) -> Prepared:
    note, _ = _note(practice, "PTA", signed=True)
    boss = supervisor_actor(practice, note)
    return Prepared(
        lambda s: cosign(s, actor=boss, note_id=note),
        lambda: (
            _count(
                practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n AND kind = 'cosign'", n=note
            ),
            _count(practice, "SELECT COUNT(DISTINCT note_id) FROM charge WHERE note_id = :n", n=note),
        ),
        (1, 1),
        partial(on_the_visit_day, practice.engine, note=note),
    )


def returning_for_correction(practice: Practice) -> Prepared:
    note, _ = _note(practice, "PTA", signed=True)
    boss = supervisor_actor(practice, note)
    return Prepared(
        lambda s: return_for_correction(s, actor=boss, note_id=note, comment="Add the gait distance."),
        lambda: (
            _count(practice, "SELECT COUNT(*) FROM note_return WHERE note_id = :n", n=note),
            -_count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note),
        ),
        (1, 1),
    )


def adding_an_addendum(practice: Practice) -> Prepared:
    note, actor = _note(practice, "PT", signed=True)
    return Prepared(
        lambda s: add_addendum(s, actor=actor, note_id=note, text="Patient called: knee better."),
        lambda: (_count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note),),
        (1,),
    )


def adding_an_addendum_with_a_key(practice: Practice) -> Prepared:
    """The same request (one Idempotency-Key) twice: one addendum, the same one for both."""
    note, actor = _note(practice, "PT", signed=True)
    return Prepared(
        lambda s: add_addendum(
            s, actor=actor, note_id=note, text="Called back: swelling down.", request_key="k1"
        ),
        lambda: (_count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note),),
        (1,),
    )


def _denied_claim(practice: Practice, with_payer_number: bool = False) -> int:
    """A claim of clinic 1 denied in whole that nobody has worked yet."""
    return int(
        one(
            practice,
            f"""SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'denied'
            AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id)
            {"AND c.payer_claim_number <> ''" if with_payer_number else ""}
            ORDER BY c.id LIMIT 1""",
        )[0]
    )


def _claim_actions(practice: Practice, claim: int, kind: str) -> int:
    return _count(
        practice, "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = :k", c=claim, k=kind
    )


def writing_off(practice: Practice) -> Prepared:
    claim, biller = _denied_claim(practice), practice.actor("biller")
    return Prepared(
        lambda s: write_off(s, actor=biller, claim_id=claim, reason="past timely filing for an appeal"),
        lambda: (_claim_actions(practice, claim, "written_off"),),
        (1,),
    )


def appealing(practice: Practice) -> Prepared:
    claim, biller = _denied_claim(practice), practice.actor("biller")
    return Prepared(
        lambda s: appeal_letter(s, actor=biller, claim_id=claim, argument="medically necessary", today=TODAY),
        lambda: (_claim_actions(practice, claim, "appealed"),),
        (1,),
    )


def correcting(practice: Practice) -> Prepared:
    claim, biller = _denied_claim(practice, with_payer_number=True), practice.actor("biller")
    return Prepared(
        lambda s: start_correction(s, actor=biller, claim_id=claim, today=TODAY),
        lambda: (_claim_actions(practice, claim, "corrected"),),
        (1,),
    )


def assigning(practice: Practice) -> Prepared:
    claim, biller = _denied_claim(practice), practice.actor("biller")
    return Prepared(
        lambda s: assign(s, actor=biller, claim_id=claim, user_id=biller.user_id),
        lambda: (_claim_actions(practice, claim, "assigned"),),
        (1,),
    )


def posting_a_patient_payment(practice: Practice) -> Prepared:
    patient = int(one(practice, "SELECT MIN(patient_id) FROM claim WHERE clinic_id = 1")[0])
    biller = practice.actor("biller")
    reference = f"#{_count(practice, 'SELECT COUNT(*) FROM payment') + 1000}"
    paid = PatientPayment(amount_cents=2500, received_on=TODAY, method="check", reference=reference)
    return Prepared(
        lambda s: post_patient_payment(s, actor=biller, patient_id=patient, payment=paid, today=TODAY),
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND reference = :r",
                p=patient,
                r=f"check {reference}",
            ),
        ),
        (1,),
    )


def posting_a_patient_payment_from_one_form(practice: Practice) -> Prepared:
    """The ledger's form sent twice (its one key): one payment, the same one for both."""
    patient = int(one(practice, "SELECT MAX(patient_id) FROM claim WHERE clinic_id = 1")[0])
    biller = practice.actor("biller")
    key = f"form-{_count(practice, 'SELECT COUNT(*) FROM payment')}"
    paid = PatientPayment(amount_cents=3000, received_on=TODAY, method="card")
    return Prepared(
        lambda s: post_patient_payment(
            s, actor=biller, patient_id=patient, payment=paid, today=TODAY, request_key=key
        ),
        lambda: (_count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient),),
        (1,),
    )


def _plan_events(practice: Practice, plan: int, detail: str) -> int:
    return _count(
        practice,
        """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND record_id = :p
        AND detail = :d""",
        p=str(plan),
        d=detail,
    )


def recording_the_physicians_signature(practice: Practice) -> Prepared:
    plan, provider = (
        int(x)
        for x in one(
            practice,
            """SELECT id, provider_id FROM plan_of_care WHERE clinic_id = 1 AND physician_signed_on IS NULL
            ORDER BY id LIMIT 1""",
        )
    )
    therapist = provider_actor(practice, provider)
    with practice.session() as session:
        sent = mark_sent(session, actor=therapist, plan_id=plan, on=TODAY)
    signed_on = (sent.sent_on or TODAY) + timedelta(days=3)
    return Prepared(
        lambda s: record_signature(s, actor=therapist, plan_id=plan, signed_on=signed_on),
        lambda: (_plan_events(practice, plan, "physician signed"),),
        (1,),
    )


def correcting_the_physicians_signature(practice: Practice) -> Prepared:
    plan, provider = (
        int(x)
        for x in one(
            practice,
            """SELECT id, provider_id FROM plan_of_care WHERE clinic_id = 1 AND physician_signed_on IS NULL
            ORDER BY id DESC LIMIT 1""",
        )
    )
    therapist = provider_actor(practice, provider)
    with practice.session() as session:
        sent = mark_sent(session, actor=therapist, plan_id=plan, on=TODAY)
        record_signature(session, actor=therapist, plan_id=plan, signed_on=TODAY + timedelta(days=2))
    right = (sent.sent_on or TODAY) + timedelta(days=3)
    return Prepared(
        lambda s: correct_signature(s, actor=therapist, plan_id=plan, signed_on=right, reason="misread"),
        lambda: (
            _count(
                practice,
                """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND record_id = :p
                AND detail LIKE 'physician signature date corrected%'""",
                p=str(plan),
            ),
            _plan_events(practice, plan, "physician signed"),
            _count(
                practice,
                "SELECT COUNT(*) FROM plan_of_care WHERE id = :p AND physician_signed_on = :d",
                p=plan,
                d=right,
            ),
        ),
        (1, 0, 1),
    )


def _plan_to_send(practice: Practice, on: date) -> tuple[int, Actor]:
    """A plan of clinic 1 the physician has not signed, last sent before `on` (the demo's plans have
    all been sent once), and its therapist."""
    plan, provider = (
        int(x)
        for x in one(
            practice,
            """SELECT id, provider_id FROM plan_of_care WHERE clinic_id = 1 AND physician_signed_on IS NULL
            AND (sent_on IS NULL OR sent_on < :d) ORDER BY id LIMIT 1 OFFSET 1""",
            d=on,
        )
    )
    return plan, provider_actor(practice, provider)


def sending_a_plan(practice: Practice) -> Prepared:
    """'Sent to the physician' (again: no answer yet) clicked twice: one send, one audit entry."""
    on = TODAY + timedelta(days=1)
    plan, therapist = _plan_to_send(practice, on)
    return Prepared(
        lambda s: mark_sent(s, actor=therapist, plan_id=plan, on=on),
        lambda: (
            _plan_events(practice, plan, "sent for certification"),
            _count(
                practice, "SELECT COUNT(*) FROM plan_of_care WHERE id = :p AND sent_on = :d", p=plan, d=on
            ),
        ),
        (1, 1),
    )


def writing_a_plan(practice: Practice) -> Prepared:
    """A plan of care's form sent twice: one plan for the physician to certify, one audit entry."""
    patient, _ = _patient_of_clinic_1(practice)
    _, provider = follow_up_to_open(practice, "PT")
    therapist = provider_actor(practice, provider)
    starts = date(2027, 1, 4) + timedelta(days=_count(practice, "SELECT COUNT(*) FROM plan_of_care"))
    data = PlanCreate(
        patient_id=patient,
        provider_id=provider,
        icd10_codes=["M54.50", "M25.561"],
        start_date=starts,
        end_date=starts + timedelta(days=60),
        frequency_per_week=2,
        duration_weeks=8,
        physician_name="Dr. Okafor",
        physician_npi="1234567893",
        goals=[GoalIn(term="short", text="Walk 300 feet")],
    )
    return Prepared(
        lambda s: create_plan(s, actor=therapist, data=data).id,
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM plan_of_care WHERE patient_id = :p AND start_date = :d",
                p=patient,
                d=starts,
            ),
            _count(
                practice,
                """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND patient_id = :p
                AND detail = 'created'""",
                p=patient,
            ),
        ),
        (1, 1),
    )


def _auth_events(practice: Practice, auth: int, detail: str) -> int:
    return _count(
        practice,
        """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :a
        AND detail LIKE :d""",
        a=str(auth),
        d=detail,
    )


def _committed(session: Session, done: object) -> object:
    """What a service that leaves the commit to its caller (it is one step of a larger change) did."""
    session.commit()
    return done


def _patient_of_clinic_1(practice: Practice) -> tuple[int, int]:
    """A patient of clinic 1 with a primary policy: (patient, payer)."""
    patient, payer = one(
        practice,
        """SELECT i.patient_id, i.payer_id FROM insurance_policy i JOIN patient p ON p.id = i.patient_id
        WHERE p.clinic_id = 1 AND i.priority = 1 ORDER BY i.patient_id LIMIT 1 OFFSET :o""",
        o=_count(practice, "SELECT COUNT(*) FROM prior_authorization") % 7,
    )
    return int(patient), int(payer)


def adding_an_authorization(practice: Practice) -> Prepared:
    """The same authorization entered twice without a request key: one authorization."""
    (patient, payer), desk = _patient_of_clinic_1(practice), practice.actor("front_desk", "riverside")
    number = f"RACE-{_count(practice, 'SELECT COUNT(*) FROM prior_authorization')}"
    data = AuthorizationCreate(
        payer_id=payer,
        discipline="PT",
        number=number,
        start_date=TODAY,
        end_date=TODAY + timedelta(days=60),
        visits_approved=12,
    )
    return Prepared(
        lambda s: add_authorization(s, actor=desk, patient_id=patient, data=data).id,
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM prior_authorization WHERE patient_id = :p AND number = :n",
                p=patient,
                n=number,
            ),
            _count(
                practice,
                """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND patient_id = :p
                AND detail = 'added'""",
                p=patient,
            ),
        ),
        (1, 1),
    )


def updating_an_authorization(practice: Practice) -> Prepared:
    """The payer's new visit count saved twice: one change, one audit entry."""
    auth, approved = (
        int(x)
        for x in one(
            practice,
            """SELECT z.id, z.visits_approved FROM prior_authorization z JOIN patient p ON p.id = z.patient_id
            WHERE p.clinic_id = 1 ORDER BY z.id LIMIT 1""",
        )
    )
    desk = practice.actor("front_desk", "riverside")
    more = AuthorizationUpdate(visits_approved=approved + 4)
    return Prepared(
        lambda s: update_authorization(s, actor=desk, authorization_id=auth, data=more),
        lambda: (
            _auth_events(practice, auth, "updated%"),
            _count(
                practice,
                "SELECT COUNT(*) FROM prior_authorization WHERE id = :a AND visits_approved = :v",
                a=auth,
                v=approved + 4,
            ),
        ),
        (1, 1),
    )


def adding_a_referral(practice: Practice) -> Prepared:
    """The same referral entered twice: one referral (the referral conversion KPI counts them)."""
    patient, _ = _patient_of_clinic_1(practice)
    desk = practice.actor("front_desk", "riverside")
    name = f"Dr. Race {_count(practice, 'SELECT COUNT(*) FROM referral')}"
    data = ReferralCreate(discipline="PT", physician_name=name, received_on=TODAY)
    return Prepared(
        lambda s: add_referral(s, actor=desk, patient_id=patient, data=data).id,
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM referral WHERE patient_id = :p AND physician_name = :n",
                p=patient,
                n=name,
            ),
            _count(
                practice,
                """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'referral' AND patient_id = :p
                AND detail = 'added'""",
                p=patient,
            ),
        ),
        (1, 1),
    )


def _unsent_claim(practice: Practice, offset: int) -> int:
    """An unsent claim of clinic 1 with two lines or more, none of them answered by a remittance."""
    return int(
        one(
            practice,
            """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status IN ('draft', 'ready', 'held')
            AND (SELECT COUNT(*) FROM claim_line l WHERE l.claim_id = c.id) >= 2
            AND NOT EXISTS (SELECT 1 FROM adjustment a JOIN claim_line l ON l.id = a.claim_line_id
                            WHERE l.claim_id = c.id)
            ORDER BY c.id LIMIT 1 OFFSET :o""",
            o=offset,
        )[0]
    )


def removing_a_claim_line(practice: Practice) -> Prepared:
    claim, biller = _unsent_claim(practice, 0), practice.actor("biller")
    last = _count(practice, "SELECT MAX(line_number) FROM claim_line WHERE claim_id = :c", c=claim)
    fix = ClaimFix(remove_lines=[last])
    return Prepared(
        lambda s: fix_claim(s, actor=biller, claim_id=claim, fix=fix, today=TODAY),
        lambda: (
            -_count(practice, "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c", c=claim),
            _count(
                practice,
                """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
                AND detail LIKE 'corrected%'""",
                c=str(claim),
            ),
        ),
        (1, 1),
    )


def scrubbing_a_claim(practice: Practice) -> Prepared:
    """A claim whose lines lost their modifiers, its findings cleared: scrubbed twice, its findings are
    written once (the claim's row is locked), not once per run."""
    claim, biller = _unsent_claim(practice, 3), practice.actor("biller")
    with practice.session() as session:
        session.exec(text("UPDATE claim_line SET modifiers = '' WHERE claim_id = :c").bindparams(c=claim))  # type: ignore[call-overload]
        session.exec(text("DELETE FROM claim_finding WHERE claim_id = :c").bindparams(c=claim))  # type: ignore[call-overload]
        session.commit()
        row = session.get(Claim, claim)
        assert row is not None
        findings = len(scrubber.scrub(facts_for(session, row, TODAY)))
    assert findings, "the claim has something to find"
    return Prepared(
        lambda s: scrub_claims(s, actor=biller, clinic_id=1, today=TODAY, claim_ids=[claim]),
        lambda: (_count(practice, "SELECT COUNT(*) FROM claim_finding WHERE claim_id = :c", c=claim),),
        (findings,),
    )


def voiding_a_claim(practice: Practice) -> Prepared:
    claim, biller = _unsent_claim(practice, 1), practice.actor("biller")
    return Prepared(
        lambda s: void_claim(s, actor=biller, claim_id=claim),
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


def _fee_schedule(practice: Practice) -> tuple[int, int]:
    """(payer, schedule) of a schedule with two lines or more."""
    payer, schedule = one(
        practice,
        """SELECT s.payer_id, s.id FROM fee_schedule s
        WHERE (SELECT COUNT(*) FROM fee_schedule_entry e WHERE e.fee_schedule_id = s.id) >= 2
        ORDER BY s.id LIMIT 1""",
    )
    return int(payer), int(schedule)


def _fee_events(practice: Practice, schedule: int, detail: str) -> int:
    return _count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'fee_schedule' AND record_id = :s AND detail LIKE :d",
        s=str(schedule),
        d=detail,
    )


def adding_a_fee_line(practice: Practice) -> Prepared:
    (payer, schedule), owner = _fee_schedule(practice), practice.actor("owner")
    code = next(
        c
        for c in ("97039", "97139", "97799", "97750", "97763")
        if not _count(
            practice,
            "SELECT COUNT(*) FROM fee_schedule_entry WHERE fee_schedule_id = :s AND cpt = :c",
            s=schedule,
            c=c,
        )
    )
    return Prepared(
        lambda s: save_fee_line(
            s, actor=owner, payer_id=payer, schedule_id=schedule, code=code, amount="22.50"
        ),
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM fee_schedule_entry WHERE fee_schedule_id = :s AND cpt = :c",
                s=schedule,
                c=code,
            ),
            _fee_events(practice, schedule, f"{code} added%"),
        ),
        (1, 1),
    )


def removing_a_fee_line(practice: Practice) -> Prepared:
    (payer, schedule), owner = _fee_schedule(practice), practice.actor("owner")
    code = one(
        practice,
        "SELECT cpt FROM fee_schedule_entry WHERE fee_schedule_id = :s AND modifier = '' ORDER BY id DESC LIMIT 1",
        s=schedule,
    )[0]
    return Prepared(
        lambda s: remove_fee_line(s, actor=owner, payer_id=payer, schedule_id=schedule, code=code),
        lambda: (
            -_count(
                practice, "SELECT COUNT(*) FROM fee_schedule_entry WHERE fee_schedule_id = :s", s=schedule
            ),
            _fee_events(practice, schedule, f"{code} removed"),
        ),
        (1, 1),
    )


def adding_a_fee_schedule(practice: Practice) -> Prepared:
    """The practice page's 'new fee schedule' form (its first line with it) sent twice."""
    payer = int(one(practice, "SELECT MAX(id) FROM payer")[0])
    owner = practice.actor("owner")
    starts = date(2031, 1, 1) + timedelta(days=_count(practice, "SELECT COUNT(*) FROM fee_schedule"))
    return Prepared(
        lambda s: add_fee_schedule(
            s, actor=owner, payer_id=payer, name="Added", effective_from=starts, code="97110", amount="40.00"
        ),
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM fee_schedule WHERE payer_id = :p AND effective_from = :d",
                p=payer,
                d=starts,
            ),
        ),
        (1,),
    )


def _future_booking(practice: Practice) -> int:
    return int(
        one(
            practice,
            """SELECT a.id FROM appointment a WHERE a.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :t
            AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
            ORDER BY a.starts_at DESC, a.id LIMIT 1""",
            t=utcnow(),
        )[0]
    )


def _appointment_events(practice: Practice, appointment: int, detail: str) -> int:
    return _count(
        practice,
        """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'appointment' AND record_id = :a
        AND detail LIKE :d""",
        a=str(appointment),
        d=detail,
    )


def cancelling(practice: Practice) -> Prepared:
    appointment, desk = _future_booking(practice), practice.actor("front_desk", "riverside")
    why = CancelRequest(reason="patient is ill", by="clinic")
    return Prepared(
        lambda s: cancel(s, actor=desk, appointment_id=appointment, request=why),
        lambda: (_appointment_events(practice, appointment, "cancelled%"),),
        (1,),
    )


def _proposal(practice: Practice) -> tuple[int, Actor, str]:
    """A cancel the assistant proposed to the front desk: (appointment, desk, token)."""
    appointment, desk = _future_booking(practice), practice.actor("front_desk", "riverside")
    with practice.session() as session:
        token = propose(
            session,
            actor=desk,
            chat=None,
            action="cancel",
            payload={"appointment_id": appointment, "reason": "patient is ill"},
            summary="Cancel the visit",
        )
        session.commit()
    return appointment, desk, token


def confirming_the_assistants_proposal(practice: Practice) -> Prepared:
    appointment, desk, token = _proposal(practice)
    return Prepared(
        lambda s: assistant.confirm(s, actor=desk, token=token),
        lambda: (_appointment_events(practice, appointment, "cancelled%"),),
        (1,),
    )


def checking_in(practice: Practice) -> Prepared:
    appointment, desk = _future_booking(practice), practice.actor("front_desk", "riverside")
    with practice.session() as session:  # check-in is for today's visits: this one is moved to now
        now = utcnow()
        session.exec(
            text("UPDATE appointment SET starts_at = :t, ends_at = :e WHERE id = :a").bindparams(
                t=now, e=now + timedelta(minutes=45), a=appointment
            )
        )
        session.commit()
    return Prepared(
        lambda s: check_in(s, actor=desk, appointment_id=appointment),
        lambda: (_appointment_events(practice, appointment, "checked in"),),
        (1,),
    )


def rescheduling(practice: Practice) -> Prepared:
    appointment, desk = _future_booking(practice), practice.actor("front_desk", "riverside")
    provider, kind = one(
        practice, "SELECT provider_id, appointment_type_id FROM appointment WHERE id = :a", a=appointment
    )
    with practice.session() as session:
        query = SlotQuery(
            appointment_type_id=kind,
            provider_id=provider,
            date_from=date(2027, 2, 1),
            date_to=date(2027, 2, 28),
        )
        free = search(session, actor=desk, query=query)[0]
    move = RescheduleRequest(starts_at=free.starts_at)
    return Prepared(
        lambda s: reschedule(s, actor=desk, appointment_id=appointment, request=move),
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


def marking_a_no_show(practice: Practice) -> Prepared:
    appointment, desk = _future_booking(practice), practice.actor("front_desk", "riverside")
    with (
        practice.session() as session
    ):  # a no-show is of a visit whose start has passed: this one, an hour ago
        began = utcnow() - timedelta(hours=1)
        session.exec(
            text("UPDATE appointment SET starts_at = :t, ends_at = :e WHERE id = :a").bindparams(
                t=began, e=began + timedelta(minutes=45), a=appointment
            )
        )
        session.commit()
    return Prepared(
        lambda s: no_show(s, actor=desk, appointment_id=appointment, reason="did not arrive"),
        lambda: (_appointment_events(practice, appointment, "no-show"),),
        (1,),
    )


def importing_a_fee_schedule(practice: Practice) -> Prepared:
    payer = int(one(practice, "SELECT MIN(id) FROM payer")[0])
    owner = practice.actor("owner")
    starts = date(2030, 1, 1) + timedelta(days=_count(practice, "SELECT COUNT(*) FROM fee_schedule"))
    fees = "cpt,amount\n97110,41.25\n97140,38.10\n"
    return Prepared(
        lambda s: import_fee_schedule(
            s, actor=owner, payer_id=payer, name="Races", effective_from=starts, text=fees
        ),
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM fee_schedule WHERE payer_id = :p AND effective_from = :d",
                p=payer,
                d=starts,
            ),
        ),
        (1,),
    )


OPERATIONS = (
    opening_a_visit,
    drafting_a_note,
    signing,
    cosigning,
    returning_for_correction,
    adding_an_addendum,
    adding_an_addendum_with_a_key,
    writing_off,
    appealing,
    correcting,
    assigning,
    posting_a_patient_payment,
    posting_a_patient_payment_from_one_form,
    recording_the_physicians_signature,
    correcting_the_physicians_signature,
    sending_a_plan,
    writing_a_plan,
    adding_an_authorization,
    updating_an_authorization,
    adding_a_referral,
    removing_a_claim_line,
    scrubbing_a_claim,
    voiding_a_claim,
    adding_a_fee_line,
    removing_a_fee_line,
    cancelling,
    confirming_the_assistants_proposal,
    checking_in,
    rescheduling,
    marking_a_no_show,
    importing_a_fee_schedule,
    adding_a_fee_schedule,
)


def _once(practice: Practice, operation: Callable, together: bool) -> list[object]:
    prepared = operation(practice)
    before = prepared.effects()

    def send(_: int) -> object:
        with Session(practice.engine, expire_on_commit=False) as session:
            try:
                return prepared.act(session)
            except Conflict as refused:
                return refused

    with prepared.on_day():
        outcomes = at_once(2, send) if together else [send(0), send(1)]
    after = prepared.effects()
    assert tuple(a - b for a, b in zip(after, before, strict=True)) == prepared.once, outcomes
    refusals = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(refusals) < len(outcomes), "the first one is done"
    assert all(r.detail for r in refusals)
    return outcomes


# At the demo's moment (conftest.demo_clock): the visits ahead to cancel, move or check in are the demo's
# on any day; on the wall clock they ran out four weeks after DEMO_TODAY.
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.__name__)
def test_twice_at_the_same_instant_is_done_once(
    pristine_practice: Practice, demo_clock: datetime, operation: Callable
) -> None:
    _once(pristine_practice, operation, together=True)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.__name__)
def test_twice_in_a_row_is_done_once(
    pristine_practice: Practice, demo_clock: datetime, operation: Callable
) -> None:
    _once(pristine_practice, operation, together=False)


def test_an_old_systems_export_imported_twice_at_once_is_imported_once(
    empty_db: tuple[str, Engine], tmp_path: Path
) -> None:
    """The open balances an import carries are money: the second run at the same instant finds what
    the first one wrote and adds nothing, as a second run afterwards does (test_migration_import)."""

    _, engine = empty_db
    _clinic(engine)
    totals = write_export(
        tmp_path, patients=20, appointments=60, providers=["Christian Diaz"], types=["PT follow-up"]
    )

    def send(_: int):  # type: ignore[no-untyped-def]
        with Session(engine) as session:
            return run_import(session, actor=OWNER, directory=tmp_path, mapping=_mapping())

    reports = at_once(2, send)

    assert all(r.committed and r.error_count == 0 for r in reports)
    written = sorted(sum(count.new for count in r.counts.values()) for r in reports)
    assert written[0] == 0 < written[1], "one run wrote everything, the other nothing"
    counts = _counts(engine)
    assert counts["patient"] == 20 and counts["appointment"] == 60
    with engine.connect() as conn:
        ar = conn.execute(text("SELECT SUM(amount_cents) FROM opening_balance")).scalar_one()
    assert ar == totals["open_ar_cents"]


@pytest.mark.parametrize("attempt", range(3))
def test_the_confirm_button_and_a_change_of_mind_at_once_cannot_both_win(
    pristine_practice: Practice, demo_clock: datetime, attempt: int
) -> None:
    """'Make it 4 instead' withdraws the proposal the Confirm button carries out: whichever comes first,
    the other sees it (a withdrawn proposal is not carried out; a carried-out one is not withdrawn).
    At the demo's moment (conftest.demo_clock): the visit ahead proposed for cancelling is the demo's
    on any day."""
    appointment, desk, token = _proposal(pristine_practice)

    def send(i: int) -> object:
        with Session(pristine_practice.engine, expire_on_commit=False) as session:
            if i:
                withdrawn = withdraw(session, actor=desk, token=token)
                session.commit()
                return withdrawn
            try:
                return assistant.confirm(session, actor=desk, token=token)
            except Conflict as refused:
                return refused

    confirmed, withdrawn = at_once(2, send)

    cancelled = _appointment_events(pristine_practice, appointment, "cancelled%")
    if withdrawn:
        assert isinstance(confirmed, Conflict) and cancelled == 0, (confirmed, cancelled)
    else:
        assert not isinstance(confirmed, Conflict) and cancelled == 1, (confirmed, cancelled)


def test_two_copays_of_the_same_amount_from_two_forms_are_two_payments(pristine_practice: Practice) -> None:
    """Two visits the same day, each with its $25 copay, posted one after the other from the ledger's
    form (a new form, so a new key, after each): two payments. The same form twice is one; without
    a key the same payment as the last one is refused as a repeat, saying how to post a second."""
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    patient = int(one(practice, "SELECT MIN(patient_id) FROM claim WHERE clinic_id = 2")[0])
    copay = PatientPayment(amount_cents=2500, received_on=TODAY, method="cash")
    before = _count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient)

    def post(key: str, payment: PatientPayment = copay) -> Payment | Conflict:
        with Session(practice.engine, expire_on_commit=False) as session:
            try:
                return post_patient_payment(
                    session, actor=biller, patient_id=patient, payment=payment, today=TODAY, request_key=key
                )
            except Conflict as refused:
                return refused

    first, again, second = post("form-a"), post("form-a"), post("form-b")
    assert isinstance(first, Payment) and isinstance(again, Payment) and isinstance(second, Payment)
    assert again.id == first.id != second.id
    assert _count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient) == before + 2
    other = post("form-b", PatientPayment(amount_cents=4000, received_on=TODAY, method="cash"))
    assert isinstance(other, Conflict) and "different payment" in other.detail
    unkeyed = post("")
    assert isinstance(unkeyed, Conflict) and "new form" in unkeyed.detail
    assert _count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient) == before + 2


def test_an_addendum_said_again_later_or_under_a_new_key_is_a_new_addendum(
    pristine_practice: Practice,
) -> None:
    """A double click adds one addendum; the same words deliberately again (a new request key, or
    after the repeat window) add another; a key reused for other words is refused."""
    practice = pristine_practice
    note, actor = _note(practice, "PT", signed=True)
    words = "Patient called: knee better."

    def add(key: str = "", text: str = words) -> object:
        with Session(practice.engine, expire_on_commit=False) as session:
            try:
                return add_addendum(session, actor=actor, note_id=note, text=text, request_key=key).id
            except Conflict as refused:
                return refused

    def added() -> int:
        return _count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note)

    first = add()
    assert add() == first and added() == 1, "a double click (no key) is the first one"
    keyed = add("k-2")
    assert keyed != first and added() == 2, "a new key is a new addendum, even in the same words"
    assert add("k-2") == keyed and added() == 2
    reused = add("k-2", "Patient called: knee worse.")
    assert isinstance(reused, Conflict) and "different addendum" in reused.detail
    with practice.session() as session:  # the first two added a quarter of an hour ago
        session.exec(
            text("UPDATE note_addendum SET created_at = :t WHERE note_id = :n").bindparams(
                t=datetime.now(UTC) - timedelta(minutes=15), n=note
            )
        )
        session.commit()
    assert add() not in (first, keyed) and added() == 3, "the same words later are another call"


def test_a_physicians_signature_date_recorded_wrong_is_corrected_with_its_reason(
    pristine_practice: Practice,
) -> None:
    """Who, when and why are in the audit log, beside the original entry; the reason is one of a list
    (no free text in the log); a signature not recorded yet is recorded, not corrected."""
    practice = pristine_practice
    plan, provider = (
        int(x)
        for x in one(
            practice,
            "SELECT id, provider_id FROM plan_of_care WHERE clinic_id = 1 AND physician_signed_on IS NULL ORDER BY id",
        )
    )
    therapist = provider_actor(practice, provider)
    with practice.session() as session, pytest.raises(Conflict, match="not recorded yet"):
        correct_signature(session, actor=therapist, plan_id=plan, signed_on=TODAY, reason="typo")
    with practice.session() as session:
        mark_sent(session, actor=therapist, plan_id=plan, on=TODAY)
        record_signature(session, actor=therapist, plan_id=plan, signed_on=TODAY + timedelta(days=9))
    with practice.session() as session, pytest.raises(Conflict, match="correct it"):
        record_signature(session, actor=therapist, plan_id=plan, signed_on=TODAY + timedelta(days=2))
    with practice.session() as session, pytest.raises(Invalid, match="reason"):
        correct_signature(
            session, actor=therapist, plan_id=plan, signed_on=TODAY, reason="the patient's name"
        )
    with practice.session() as session, pytest.raises(Invalid, match="after the plan was sent"):
        correct_signature(
            session, actor=therapist, plan_id=plan, signed_on=TODAY - timedelta(days=1), reason="typo"
        )
    with practice.session() as session:
        fixed = correct_signature(
            session, actor=therapist, plan_id=plan, signed_on=TODAY + timedelta(days=2), reason="typo"
        )
        assert fixed.physician_signed_on == TODAY + timedelta(days=2) and fixed.status == "signed"
    with practice.session() as session:
        trail = [
            tuple(row)
            for row in session.exec(
                text(
                    """SELECT user_id, detail FROM audit_entry WHERE record_type = 'plan_of_care'
                    AND record_id = :p AND detail LIKE 'physician%' ORDER BY id"""
                ).bindparams(p=str(plan))
            )
        ]
    assert trail == [
        (therapist.user_id, "physician signed"),
        (therapist.user_id, "physician signature date corrected from 2026-12-03 to 2026-11-26 (typo)"),
    ]


def test_a_line_the_claim_never_had_is_still_refused(pristine_practice: Practice) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    claim = _unsent_claim(practice, 2)
    with practice.session() as session, pytest.raises(Invalid, match="has no line 40"):
        fix_claim(session, actor=biller, claim_id=claim, fix=ClaimFix(remove_lines=[40]), today=TODAY)


@pytest.mark.parametrize(
    "operation", (adding_an_authorization, adding_a_referral, writing_a_plan), ids=lambda o: o.__name__
)
def test_the_same_record_added_twice_at_once_answers_both_with_the_first(
    pristine_practice: Practice, operation: Callable[..., object]
) -> None:
    first, second = _once(pristine_practice, operation, together=True)
    assert first == second, "the second request is answered with the row the first one added"


def test_a_plan_sent_again_the_same_day_is_one_send_and_on_another_day_another(
    pristine_practice: Practice,
) -> None:
    practice = pristine_practice
    plan, therapist = _plan_to_send(practice, TODAY)
    before = _plan_events(practice, plan, "sent for certification")
    for _ in range(2):
        with practice.session() as session:
            mark_sent(session, actor=therapist, plan_id=plan, on=TODAY)
    with practice.session() as session:  # the physician has not answered: sent again a week later
        later = mark_sent(session, actor=therapist, plan_id=plan, on=TODAY + timedelta(days=7))
    assert later.sent_on == TODAY + timedelta(days=7)
    assert _plan_events(practice, plan, "sent for certification") == before + 2
