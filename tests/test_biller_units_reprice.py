"""A biller's trial of the screens (#20, trial 51), on SQLite and PostgreSQL: a line's units changed on
the claim page are priced again (the line and the claim's total follow), once however often the form is
sent and audited; the rule as a table with rows that must not change."""

from datetime import date

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text

from core.billing.claims import ClaimFix, LineFix, fix_claim, priced_for_units
from core.billing.rejections import Rejection, reject_claim

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


def _count(practice: Practice, sql: str, **params: object) -> int:
    with practice.session() as session:
        return int(session.exec(text(sql).bindparams(**params)).one()[0])  # type: ignore[call-overload]


def _no_fee() -> int:
    raise AssertionError("the line's own unit price was there to use")


PRICE_ROWS = [
    # (charge, units before, units after, fee schedule's, charge after)
    (7920, 2, 1, 4100, 3960),  # the trial's line: 2 units at $39.60 cut to 1
    (3960, 1, 3, 4100, 11880),  # raised: the unit price it was billed at
    (7920, 2, 0, 4100, 0),
    (0, 0, 2, 4100, 8200),  # no unit to price from: the fee schedule's
    (7921, 2, 1, 4100, 4100),  # no whole unit price on the line: the fee schedule's
    # must not change: the same units keep the charge, whatever the fee schedule says now
    (7920, 2, 2, 9999, 7920),
    (0, 0, 0, 4100, 0),
]


@pytest.mark.parametrize(("charge", "before", "after", "fee", "expected"), PRICE_ROWS)
def test_a_lines_charge_follows_its_units(
    charge: int, before: int, after: int, fee: int, expected: int
) -> None:
    uses_line = before > 0 and charge % before == 0 and before != after
    price = priced_for_units(charge, before, after, _no_fee if uses_line else (lambda: fee))
    assert price == expected


def _unsent_with_two_units(practice: Practice) -> tuple[int, int]:
    """A claim the payer's 277CA turned away (the trial's 12690), with a 2-unit line to fix."""
    claim_id, line_number = one(
        practice,
        """SELECT c.id, MIN(l.line_number) FROM claim c JOIN claim_line l ON l.claim_id = c.id
        WHERE c.clinic_id = 1 AND c.status = 'submitted' AND l.units = 2
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id)
        GROUP BY c.id ORDER BY c.id DESC LIMIT 1""",
    )
    with practice.session() as session:
        reject_claim(
            session, actor=practice.actor("biller"), claim_id=claim_id, rejection=Rejection(reason="A7:33")
        )
    return int(claim_id), int(line_number)


def _priced(practice: Practice, claim_id: int, line_number: int) -> tuple[int, int, int]:
    units, cents = one(
        practice,
        "SELECT units, charge_cents FROM claim_line WHERE claim_id = :c AND line_number = :n",
        c=claim_id,
        n=line_number,
    )
    total = _count(practice, "SELECT total_cents FROM claim WHERE id = :c", c=claim_id)
    return int(units), int(cents), total


def test_units_lowered_on_a_claim_reprice_the_line_and_the_claim(pristine_practice: Practice) -> None:
    """Trial 51: 97112 cut from 2 units to 1, "Saved and scrubbed again: ready", but the line still
    showed $79.20 and the claim its old total. Now the line bills one unit and the total follows; the
    same fix again changes nothing more; the audit entry names the repricing."""
    biller = pristine_practice.actor("biller")
    claim_id, number = _unsent_with_two_units(pristine_practice)
    units, cents, total = _priced(pristine_practice, claim_id, number)
    others = total - cents
    fix = ClaimFix(lines=[LineFix(line_number=number, units=1)])
    for _ in range(2):  # a second click finds it so already
        with pristine_practice.session() as session:
            fix_claim(session, actor=biller, claim_id=claim_id, fix=fix, today=TODAY)
    assert _priced(pristine_practice, claim_id, number) == (1, cents // 2, others + cents // 2)
    assert (
        _count(
            pristine_practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
            AND detail LIKE 'corrected; repriced line %'""",
            c=str(claim_id),
        )
        == 1
    )
    # must not change: modifiers alone leave the money as it is
    with pristine_practice.session() as session:
        fix_claim(
            session,
            actor=biller,
            claim_id=claim_id,
            fix=ClaimFix(lines=[LineFix(line_number=number, modifiers=["GP"])]),
            today=TODAY,
        )
    assert _priced(pristine_practice, claim_id, number) == (1, cents // 2, others + cents // 2)


def test_the_claim_pages_units_sent_twice_at_once_reprice_once(pristine_practice: Practice) -> None:
    """The claim page's "Save and scrub again" posted twice at the same instant: one repricing, and the
    page says the claim's new total."""
    client = page_client(pristine_practice, "biller")
    claim_id, number = _unsent_with_two_units(pristine_practice)
    _, cents, total = _priced(pristine_practice, claim_id, number)
    with pristine_practice.session() as session:
        lines = session.exec(  # type: ignore[call-overload]
            text("SELECT line_number, units, modifiers FROM claim_line WHERE claim_id = :c").bindparams(
                c=claim_id
            )
        ).all()
    form: dict[str, object] = {"line": [str(n) for n, _, _ in lines]}
    for n, units, modifiers in lines:  # the page's form as it was filled, this line's units cut to 1
        form[f"units-{n}"] = "1" if n == number else str(units)
        form[f"modifiers-{n}"] = modifiers
    replies = at_once(
        2, lambda _: client.post(f"/billing/claims/{claim_id}", data=form, follow_redirects=False)
    )
    assert [r.status_code for r in replies] == [303, 303], [r.text[:300] for r in replies]
    new_total = total - cents // 2
    assert _priced(pristine_practice, claim_id, number) == (1, cents // 2, new_total)
    page = client.get(replies[0].headers["location"]).text
    assert f"Billed ${new_total / 100:,.2f}." in page
    assert (
        _count(
            pristine_practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
            AND detail LIKE '%repriced line%'""",
            c=str(claim_id),
        )
        == 1
    )
