"""An 835 whose service line lacks our line control number (REF*6R) (#20): the whole file was refused.
Now each such line is matched to the claim's line with its procedure code, date of service and charge
where exactly one unnamed line and one unnumbered service line share them, and posted; the rest are
held for a person (not posted, their money not applied, said on the page and in the claim's history),
never half-posted on a line. The matching as a rule, table-driven with rows that must not change; end
to end on SQLite and PostgreSQL through the page, posted twice at once: once."""

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from remittance_helpers import answer, lines_of, write_era
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.billing.models import Claim, ClaimLine
from core.billing.posting import match_services
from core.billing.x12.era835 import ServicePayment
from core.errors import Invalid
from core.payers.models import Payer

DEMO_SIZE = "tiny"
SERVED = date(2026, 11, 2)
CLAIM = Claim(id=1, control_number="TS000000001", service_date=SERVED)


def _lines(*spec: tuple[str, int]) -> dict[str, ClaimLine]:
    return {
        f"{CLAIM.control_number}-{n}": ClaimLine(id=n, claim_id=1, line_number=n, cpt=cpt, charge_cents=cents)
        for n, (cpt, cents) in enumerate(spec, start=1)
    }


def _svc(cpt: str, cents: int, line: int | None, served: date | None = None) -> ServicePayment:
    control = f"{CLAIM.control_number}-{line}" if line else ""
    return ServicePayment(cpt, (), cents, cents, 1, control, (), (), served)


# (the claim's lines, the 835's service lines, {service index: line number matched}, held service indexes)
ROWS = [
    # must not change: every line numbered
    ([("97110", 6000), ("97140", 5000)], [_svc("97110", 6000, 1), _svc("97140", 5000, 2)], {0: 1, 1: 2}, []),
    # one line without REF*6R: its code and charge name one line
    (
        [("97110", 6000), ("97140", 5000)],
        [_svc("97110", 6000, 1), _svc("97140", 5000, None)],
        {0: 1, 1: 2},
        [],
    ),
    # none numbered, each unique
    (
        [("97110", 6000), ("97140", 5000)],
        [_svc("97110", 6000, None), _svc("97140", 5000, None)],
        {0: 1, 1: 2},
        [],
    ),
    # the same code and charge twice: the numbered one takes its line, the bare one the other
    (
        [("97110", 3000), ("97110", 3000)],
        [_svc("97110", 3000, 2), _svc("97110", 3000, None)],
        {0: 2, 1: 1},
        [],
    ),
    # the same code and charge twice, neither numbered: which is which cannot be told, both held
    ([("97110", 3000), ("97110", 3000)], [_svc("97110", 3000, None), _svc("97110", 3000, None)], {}, [0, 1]),
    # no line with its charge, or its date: held, the numbered line posted
    ([("97110", 6000), ("97140", 5000)], [_svc("97110", 6000, 1), _svc("97140", 4500, None)], {0: 1}, [1]),
    (
        [("97110", 6000), ("97140", 5000)],
        [_svc("97110", 6000, 1), _svc("97140", 5000, None, SERVED + timedelta(days=1))],
        {0: 1},
        [1],
    ),
    # its date given and the claim's: matched
    ([("97110", 6000)], [_svc("97110", 6000, None, SERVED)], {0: 1}, []),
    # a code the claim does not bill: held
    ([("97110", 6000)], [_svc("97530", 6000, None)], {}, [0]),
]


@pytest.mark.parametrize(("spec", "services", "want", "held"), ROWS)
def test_which_service_lines_are_matched_and_which_held(
    spec: list[tuple[str, int]], services: list[ServicePayment], want: dict[int, int], held: list[int]
) -> None:
    lines = _lines(*spec)
    matched, kept = match_services(CLAIM, tuple(services), lines)

    def index(service: ServicePayment) -> int:
        return next(i for i, s in enumerate(services) if s is service)

    assert {index(s): line.line_number for s, line in matched} == want
    assert [index(s) for s, _ in kept] == held
    for _, why in kept:
        assert "REF*6R" in why and CLAIM.control_number in why and "held for a person" in why
    # every service line either posted to one line or held, never both, and no line twice
    assert len(matched) + len(kept) == len(services)
    assert len({line.line_number for _, line in matched}) == len(matched)


def test_a_numbered_line_the_claim_does_not_have_refuses_the_file() -> None:
    with pytest.raises(Invalid, match="which claim TS000000001 does not have"):
        match_services(CLAIM, (_svc("97110", 6000, 9),), _lines(("97110", 6000)))


# -- end to end --


def _two_line_claims(practice: Practice, count: int) -> list[int]:
    with practice.session() as session:
        ids = [
            int(r[0])
            for r in session.exec(  # type: ignore[call-overload]
                text(
                    """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'submitted'
                    AND (SELECT COUNT(*) FROM claim_line l WHERE l.claim_id = c.id) = 2
                    AND (SELECT COUNT(DISTINCT l.cpt) FROM claim_line l WHERE l.claim_id = c.id) = 2
                    AND c.payer_id = (SELECT payer_id FROM claim d WHERE d.clinic_id = 1
                        AND d.status = 'submitted' GROUP BY payer_id ORDER BY COUNT(*) DESC, payer_id LIMIT 1)
                    ORDER BY c.id"""
                )
            ).all()
        ]
    assert len(ids) >= count, "the demo has too few two-line claims to one payer"
    return ids[:count]


def _without(era: str, controls: set[str]) -> str:
    """The 835 with these lines' REF*6R left out, its SE segment count kept right."""
    segments = [s for s in re.split(r"~\s*", era) if s]
    kept = [s for s in segments if s.removeprefix("REF*6R*") not in controls]
    dropped = len(segments) - len(kept)
    assert dropped == len(controls)
    fixed = []
    for s in kept:
        if s.startswith("SE*"):
            _, count, control = s.split("*")
            s = f"SE*{int(count) - dropped}*{control}"
        fixed.append(s)
    return "~\n".join(fixed) + "~\n"


def test_a_bare_line_is_matched_or_held_and_posted_once(pristine_practice: Practice) -> None:
    practice = pristine_practice
    matched_id, held_id = _two_line_claims(practice, 2)
    with Session(practice.engine) as session:
        answers = []
        for claim_id, moved in ((matched_id, 0), (held_id, 1)):
            claim = session.get(Claim, claim_id)
            assert claim is not None
            paid = answer(claim, lines_of(session, claim_id), payer_claim=f"ICN20{claim_id}", percent=80)
            bare = replace(
                paid.services[1], service_date=claim.service_date + timedelta(days=moved) if moved else None
            )
            answers.append(replace(paid, services=(paid.services[0], bare)))
        payer = session.get(Payer, claim.payer_id)
        assert payer is not None
        era = _without(
            write_era(payer, answers, trace="EFT2001", control=2001),
            {a.services[1].control for a in answers},
        )
        held_line = lines_of(session, held_id)[1]
    held_paid = answers[1].services[1].paid_cents
    assert "REF*6R" in era and answers[1].services[1].control not in era

    biller = page_client(practice, "biller")
    replies = at_once(
        2,
        lambda _: biller.post(
            "/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True
        ),
    )
    pages = [re.sub(r"\s+", " ", r.text) for r in replies]
    assert all("The 835 was not posted" not in p for p in pages), [
        p[p.find("The 835 was not posted") :][:600] for p in pages
    ]
    first = next(p for p in pages if "posted already" not in p)
    control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=held_id)[0]
    assert "Held for you, not posted: 1 service line" in first and control in first
    assert f"${held_paid / 100:,.2f} paid by the payer" in first

    # posted once
    assert one(practice, "SELECT COUNT(*) FROM era_file WHERE trace_number = 'EFT2001'")[0] == 1
    for claim_id in (matched_id, held_id):
        assert one(practice, "SELECT COUNT(*) FROM payment WHERE claim_id = :c", c=claim_id)[0] == 1

    # the matched claim: both lines posted, paid
    status, paid = one(practice, "SELECT status, paid_cents FROM claim WHERE id = :c", c=matched_id)
    assert status == "paid" and paid == answers[0].paid_cents
    assert (
        one(
            practice, "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c AND status = 'paid'", c=matched_id
        )[0]
        == 2
    )

    # the held claim: line 1 posted, line 2 untouched (nothing half-posted), the money on it not applied
    status, paid = one(practice, "SELECT status, paid_cents FROM claim WHERE id = :c", c=held_id)
    assert status == "submitted" and paid == answers[1].services[0].paid_cents
    line2 = one(
        practice,
        """SELECT status, paid_cents, adjusted_cents, patient_responsibility_cents,
        (SELECT COUNT(*) FROM adjustment a WHERE a.claim_line_id = claim_line.id)
        FROM claim_line WHERE id = :line""",
        line=held_line.id,
    )
    assert tuple(line2) == ("open", 0, 0, 0, 0)
    assert one(practice, "SELECT amount_cents FROM payment WHERE claim_id = :c", c=held_id)[0] == paid
    held = one(
        practice,
        "SELECT COUNT(*), SUM(amount_cents) FROM claim_action WHERE claim_id = :c AND kind = 'era_line_held'",
        c=held_id,
    )
    assert tuple(held) == (1, held_paid)
    # the era's check = what was applied + what is held
    applied = one(
        practice,
        "SELECT SUM(amount_cents) FROM payment WHERE era_id = (SELECT id FROM era_file WHERE trace_number = 'EFT2001')",
    )[0]
    assert (
        applied + held_paid
        == one(practice, "SELECT paid_cents FROM era_file WHERE trace_number = 'EFT2001'")[0]
    )
    page = re.sub(r"\s+", " ", biller.get(f"/billing/claims/{held_id}").text)
    assert "835 line held for a person" in page
