"""A claim rejected before adjudication, and a corrected claim's line recoded (#20), on SQLite and
PostgreSQL: the lifecycle's moves as a table; a sent claim marked rejected once however often it is
recorded, fixed and scrubbed back to ready, never a denial; a line's code, units and modifiers changed
with a reason, priced again from the fee schedule, audited once, scrubbed again, and sent as a
replacement (frequency 7, REF*F8); the same correction twice at the same instant is one change."""

from datetime import date, timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from pydantic import ValidationError
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.billing.claims import UNSENT, ClaimFix, fix_claim
from core.billing.corrections import LineCorrection, correct_line
from core.billing.denials import CORRECTABLE, start_correction, write_off
from core.billing.lifecycle import FIXABLE, MOVES, filed_on, fixable, may_move
from core.billing.overview import STATUSES, count_claims
from core.billing.posting import POSTABLE
from core.billing.rejections import Rejection, reject_claim
from core.enums import ClaimStatus
from core.errors import Conflict, Forbidden, Invalid

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)
S = ClaimStatus

MOVE_ROWS = [
    # (before, after, allowed)
    (S.submitted, S.rejected, True),
    (S.rejected, S.ready, True),
    (S.rejected, S.held, True),
    (S.rejected, S.void, True),
    (S.draft, S.ready, True),
    (S.ready, S.submitted, True),
    (S.submitted, S.denied, True),
    (S.denied, S.draft, True),  # reopened as its replacement
    (S.partially_paid, S.paid, True),
    # must not move
    (S.rejected, S.submitted, False),  # scrubbed again before it goes out
    (S.rejected, S.paid, False),  # never received, never paid as it stands
    (S.rejected, S.denied, False),  # a rejection is not a denial
    (S.ready, S.rejected, False),  # not sent: nothing to reject
    (S.held, S.rejected, False),
    (S.denied, S.rejected, False),  # adjudicated already
    (S.paid, S.rejected, False),
    (S.void, S.ready, False),
    (S.paid, S.draft, False),
    (S.partially_paid, S.draft, True),  # reopened as its corrected claim (frequency 7)
    (S.submitted, S.ready, False),
    ("nonsense", S.ready, False),
    (S.submitted, "nonsense", False),
]


@pytest.mark.parametrize(("before", "after", "allowed"), MOVE_ROWS)
def test_a_claim_moves_only_as_its_lifecycle_allows(before: str, after: str, allowed: bool) -> None:
    assert may_move(before, after) is allowed


def test_the_lifecycle_agrees_with_the_services() -> None:
    """Every status has its moves; what the scrubber, the 835, the correction and the fixes do is in
    the table; a rejected claim is fixable and filtered for, and is not among the claims a build scrubs."""
    assert set(MOVES) == set(ClaimStatus)
    for status in UNSENT:
        assert may_move(status, S.ready) and may_move(status, S.held) and may_move(status, S.void)
    for status in POSTABLE:
        assert all(may_move(status, after) for after in (S.paid, S.partially_paid, S.denied))
    for status in CORRECTABLE:
        assert may_move(status, S.draft)
    assert set(FIXABLE) == {*UNSENT, S.rejected}
    assert fixable(S.rejected) and not fixable(S.submitted) and not fixable(S.denied)
    assert S.rejected not in UNSENT and S.rejected in STATUSES


D1, D2, NOW = date(2026, 1, 5), date(2026, 3, 2), date(2026, 6, 1)
FILED_ROWS = [
    # (first_sent, last_sent, times_sent, times_rejected, filed)
    (None, None, 0, 0, NOW),  # never sent: filed when it goes
    (D1, D1, 1, 1, NOW),  # rejected the one time it went: never received
    (D1, D2, 2, 2, NOW),  # rejected both times
    (D1, D2, 2, 1, D2),  # rejected, then taken when sent again
    # must not change: never rejected, the first day counts (a replacement keeps its original's)
    (D1, D1, 1, 0, D1),
    (D1, D2, 2, 0, D1),
]


@pytest.mark.parametrize(("first", "last", "sent", "rejected", "filed"), FILED_ROWS)
def test_a_rejected_claim_is_not_filed_until_the_payer_takes_it(
    first: date | None, last: date | None, sent: int, rejected: int, filed: date
) -> None:
    assert (
        filed_on(first_sent=first, last_sent=last, times_sent=sent, times_rejected=rejected, today=NOW)
        == filed
    )


def _claim(practice: Practice, sql: str) -> int:
    return int(one(practice, sql)[0])


def _submitted(practice: Practice) -> int:
    return _claim(
        practice,
        """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'submitted'
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id LIMIT 1""",
    )


def _denied(practice: Practice) -> int:
    return _claim(
        practice,
        """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'denied'
        AND c.payer_claim_number <> ''
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id DESC LIMIT 1""",
    )


def _count(practice: Practice, sql: str, **params: object) -> int:
    with practice.session() as session:
        return int(session.exec(text(sql).bindparams(**params)).one()[0])  # type: ignore[call-overload]


def test_a_sent_claim_is_rejected_once_fixed_and_scrubbed_again(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    claim_id = _submitted(pristine_practice)
    said = Rejection(reason="A7:562 entity's NPI invalid (277CA)")
    with pristine_practice.session() as session:
        before = count_claims(session, actor=biller, status=S.rejected)
        assert reject_claim(session, actor=biller, claim_id=claim_id, rejection=said).status == S.rejected
    with pristine_practice.session() as session:  # recorded again: one rejection
        assert reject_claim(session, actor=biller, claim_id=claim_id, rejection=said).status == S.rejected
        assert count_claims(session, actor=biller, status=S.rejected) == before + 1
    assert (
        _count(
            pristine_practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'rejected'",
            c=claim_id,
        )
        == 1
    )
    assert (
        _count(
            pristine_practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
        AND detail = 'rejected before adjudication'""",
            c=str(claim_id),
        )
        == 1
    )
    with pristine_practice.session() as session:  # fixed (nothing to change here) and scrubbed again
        result = fix_claim(session, actor=biller, claim_id=claim_id, fix=ClaimFix(), today=TODAY)
    assert result.status in (S.ready, S.held)
    status, frequency = one(
        pristine_practice, "SELECT status, frequency_code FROM claim WHERE id = :c", c=claim_id
    )
    assert status == result.status and frequency == "1"  # never received: sent again as an original


@pytest.mark.parametrize("status", [S.ready, S.denied, S.paid])
def test_only_a_claim_out_with_the_payer_is_rejected(pristine_practice: Practice, status: str) -> None:
    biller = pristine_practice.actor("biller")
    claim_id = _claim(
        pristine_practice,
        f"SELECT id FROM claim WHERE clinic_id = 1 AND status = '{status}' ORDER BY id LIMIT 1",
    )
    with pristine_practice.session() as session, pytest.raises(Conflict):
        reject_claim(session, actor=biller, claim_id=claim_id, rejection=Rejection(reason="A3:21"))
    assert one(pristine_practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == status


def test_a_rejection_says_what_the_report_said_and_the_front_desk_may_not(
    pristine_practice: Practice,
) -> None:
    with pytest.raises(ValidationError):
        Rejection(reason="   ")
    desk = pristine_practice.actor("front_desk", "riverside")
    with pristine_practice.session() as session, pytest.raises(Forbidden):
        reject_claim(
            session, actor=desk, claim_id=_submitted(pristine_practice), rejection=Rejection(reason="A7")
        )


CORRECTION_ROWS = [
    # (fields, refused?)
    ({"cpt": "97530", "units": 2, "modifiers": ["gp"], "reason": "payer: therapeutic activities"}, False),
    ({"cpt": "97110", "units": 1, "modifiers": [], "reason": "one unit"}, False),
    ({"cpt": "97530", "units": 2, "modifiers": ["GP"], "reason": "   "}, True),  # no reason
    ({"cpt": "99999", "units": 1, "modifiers": [], "reason": "x"}, True),  # no therapy code
    ({"cpt": "97530", "units": 0, "modifiers": [], "reason": "x"}, True),
    ({"cpt": "97530", "units": 1, "modifiers": ["GPX"], "reason": "x"}, True),
]


@pytest.mark.parametrize(("fields", "refused"), CORRECTION_ROWS)
def test_a_line_correction_is_a_known_code_with_a_reason(fields: dict, refused: bool) -> None:
    if refused:
        with pytest.raises(ValidationError):
            LineCorrection(line_number=1, **fields)
    else:
        change = LineCorrection(line_number=1, **fields)
        assert change.cpt == fields["cpt"] and all(m.isupper() for m in change.modifiers)


def _line(practice: Practice, claim_id: int) -> tuple:
    return one(
        practice,
        "SELECT cpt, units, modifiers, charge_cents FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=claim_id,
    )


def _fee(practice: Practice, claim_id: int, cpt: str) -> int:
    return _count(
        practice,
        """SELECT e.amount_cents FROM fee_schedule_entry e JOIN fee_schedule f ON f.id = e.fee_schedule_id
        JOIN claim c ON c.payer_id = f.payer_id WHERE c.id = :c AND e.cpt = :cpt AND e.modifier = ''
        AND f.effective_from <= c.service_date ORDER BY f.effective_from DESC LIMIT 1""",
        c=claim_id,
        cpt=cpt,
    )


def _other_code(practice: Practice, claim_id: int) -> str:
    cpt = _line(practice, claim_id)[0]
    return "97530" if cpt != "97530" else "97110"


def test_a_denied_claims_line_is_recoded_priced_audited_and_sent_as_a_replacement(
    pristine_practice: Practice,
) -> None:
    biller = pristine_practice.actor("biller")
    claim_id = _denied(pristine_practice)
    new = _other_code(pristine_practice, claim_id)
    change = LineCorrection(line_number=1, cpt=new, units=2, modifiers=["GP"], reason="payer: wrong code")
    with pristine_practice.session() as session, pytest.raises(Conflict):  # denied: replace it first
        correct_line(session, actor=biller, claim_id=claim_id, change=change, today=TODAY)
    with pristine_practice.session() as session:
        start_correction(session, actor=biller, claim_id=claim_id, today=TODAY)
    with pristine_practice.session() as session:
        result = correct_line(session, actor=biller, claim_id=claim_id, change=change, today=TODAY)
    cpt, units, modifiers, cents = _line(pristine_practice, claim_id)
    assert (cpt, units, modifiers) == (new, 2, "GP")
    assert cents == 2 * _fee(pristine_practice, claim_id, new)
    total, status, frequency = one(
        pristine_practice, "SELECT total_cents, status, frequency_code FROM claim WHERE id = :c", c=claim_id
    )
    assert total == _count(
        pristine_practice, "SELECT SUM(charge_cents) FROM claim_line WHERE claim_id = :c", c=claim_id
    )
    assert status == result.status and status in (S.ready, S.held) and frequency == "7"
    with pristine_practice.session() as session:  # clicked again: nothing more
        correct_line(session, actor=biller, claim_id=claim_id, change=change, today=TODAY)
    assert (
        _count(
            pristine_practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'line_corrected'",
            c=claim_id,
        )
        == 1
    )
    assert (
        _count(
            pristine_practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
        AND detail LIKE 'line corrected 1:%'""",
            c=str(claim_id),
        )
        == 1
    )


def test_a_code_the_payer_has_no_fee_for_is_refused_and_nothing_changes(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    claim_id = _denied(pristine_practice)
    with pristine_practice.session() as session:
        start_correction(session, actor=biller, claim_id=claim_id, today=TODAY)
    before = _line(pristine_practice, claim_id)
    with pristine_practice.session() as session:
        session.exec(  # type: ignore[call-overload]
            text(
                """DELETE FROM fee_schedule_entry WHERE cpt = '97036' AND fee_schedule_id IN
                (SELECT f.id FROM fee_schedule f JOIN claim c ON c.payer_id = f.payer_id WHERE c.id = :c)"""
            ).bindparams(c=claim_id)
        )
        session.commit()
    change = LineCorrection(line_number=1, cpt="97036", units=1, reason="hubbard tank")
    with pristine_practice.session() as session, pytest.raises(Invalid):
        correct_line(session, actor=biller, claim_id=claim_id, change=change, today=TODAY)
    assert _line(pristine_practice, claim_id) == before


def test_the_same_correction_twice_at_the_same_instant_is_one_change(pristine_practice: Practice) -> None:
    """Two requests at once (two tabs, a double submit): the claim's row lock makes the second wait and
    find the line so already: one action, one audit entry, the charge moved once."""
    biller = pristine_practice.actor("biller")
    claim_id = _denied(pristine_practice)
    with pristine_practice.session() as session:
        start_correction(session, actor=biller, claim_id=claim_id, today=TODAY)
    new = _other_code(pristine_practice, claim_id)
    change = LineCorrection(line_number=1, cpt=new, units=3, modifiers=["GP"], reason="payer: wrong code")

    def send(_: int) -> str:
        with Session(pristine_practice.engine, expire_on_commit=False) as session:
            return correct_line(session, actor=biller, claim_id=claim_id, change=change, today=TODAY).status

    answers = at_once(2, send)
    assert answers[0] == answers[1]
    assert (
        _count(
            pristine_practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'line_corrected'",
            c=claim_id,
        )
        == 1
    )
    assert (
        _count(
            pristine_practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
        AND detail LIKE 'line corrected%'""",
            c=str(claim_id),
        )
        == 1
    )
    assert _line(pristine_practice, claim_id)[3] == 3 * _fee(pristine_practice, claim_id, new)


def test_a_rejected_claim_sent_again_past_the_payers_window_is_held(pristine_practice: Practice) -> None:
    """Rejected, it was never received: scrubbed again after the payer's window it is held for timely
    filing, where the day it first went out would have let it go."""
    biller = pristine_practice.actor("biller")
    claim_id = _submitted(pristine_practice)
    service, first, days = one(
        pristine_practice,
        """SELECT c.service_date, c.first_submitted_at, p.timely_filing_days FROM claim c
        JOIN payer p ON p.id = c.payer_id WHERE c.id = :c""",
        c=claim_id,
    )
    service = service if isinstance(service, date) else date.fromisoformat(str(service))
    late = service + timedelta(days=days + 30)
    with pristine_practice.session() as session:
        reject_claim(session, actor=biller, claim_id=claim_id, rejection=Rejection(reason="A3:21 member ID"))
    with pristine_practice.session() as session:
        result = fix_claim(session, actor=biller, claim_id=claim_id, fix=ClaimFix(), today=late)
    assert first is not None and result.status == S.held
    assert "timely-filing" in {f["rule_id"] for f in result.findings}


def test_two_requests_of_the_pages_forms_at_the_same_instant_do_it_once(pristine_practice: Practice) -> None:
    """The claim page's forms posted twice at once through the app (a double submit, two tabs): the
    rejection is recorded once and the line recoded once; both answers land on the claim's page."""
    biller = page_client(pristine_practice, "biller")
    rejected = _submitted(pristine_practice)
    replies = at_once(
        2,
        lambda _: biller.post(
            f"/billing/claims/{rejected}/reject", data={"reason": "A7:562 NPI"}, follow_redirects=False
        ),
    )
    assert [r.status_code for r in replies] == [303, 303], [r.text[:300] for r in replies]
    recoded = _denied(pristine_practice)
    assert biller.post(f"/billing/claims/{recoded}/correct", follow_redirects=False).status_code == 303
    old_units, old_modifiers = one(
        pristine_practice,
        "SELECT units, modifiers FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=recoded,
    )
    form = {
        "line": "1",
        "cpt": _other_code(pristine_practice, recoded),
        "units": str(old_units),
        "modifiers": old_modifiers,
        "reason": "payer: wrong code",
    }
    replies = at_once(
        2, lambda _: biller.post(f"/billing/claims/{recoded}/lines", data=form, follow_redirects=False)
    )
    assert [r.status_code for r in replies] == [303, 303], [r.text[:300] for r in replies]
    for claim_id, kind in ((rejected, "rejected"), (recoded, "line_corrected")):
        assert (
            _count(
                pristine_practice,
                "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = :k",
                c=claim_id,
                k=kind,
            )
            == 1
        )
    assert _line(pristine_practice, recoded)[0] == form["cpt"]


def test_a_claim_with_a_line_written_off_is_not_reopened_as_a_replacement(
    pristine_practice: Practice,
) -> None:
    """A new user's trial (2026-12-06): line 2 written off, then "Start a corrected claim" reopened it as
    open and ready to go out with the next 837P: the replacement billed again what the clinic gave up."""
    biller = pristine_practice.actor("biller")
    claim_id = _denied(pristine_practice)
    with pristine_practice.session() as session:
        write_off(session, actor=biller, claim_id=claim_id, reason="past the appeal window", line_number=1)
    before = _count(
        pristine_practice,
        "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c AND status = 'written_off'",
        c=claim_id,
    )
    with pristine_practice.session() as session, pytest.raises(Conflict, match="written off"):
        start_correction(session, actor=biller, claim_id=claim_id, today=TODAY)
    after = _count(
        pristine_practice,
        "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c AND status = 'written_off'",
        c=claim_id,
    )
    status = one(pristine_practice, "SELECT status, frequency_code FROM claim WHERE id = :c", c=claim_id)
    assert before == after == 1 and tuple(status) == ("denied", "1")
