"""The held 835 lines (#20), a page at a time: a biller with a long list gets pages of it, oldest first,
with the count of all (core.billing.held.held_lines, /billing/held?page=N), and a line posted from a
later page comes back to that page. Each held line's check or EFT number is stored in its own column
(claim_action.trace_number, migration 0024, which fills it for the lines held already from their words)
and read from there, not parsed out of the words. Table-driven, on SQLite and PostgreSQL."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from page_helpers import page_client
from sqlalchemy import create_engine, text
from sqlmodel import Session, col, select

from core.billing.held import held_lines
from core.billing.models import Claim, ClaimAction
from core.migrate import upgrade
from core.timeutil import utcnow

DEMO_SIZE = "tiny"

# (the kind of the claim's action, its words, the trace number 0024 fills in)
FILLED = [
    ("era_line_held", "835 EFT1: 97140 charged $50.00, paid $40.00, on claim X", "EFT1"),
    ("era_line_held", "835 CHK 0042: 97110 GP charged $30.00, paid $24.00", "CHK 0042"),
    # must not change: not a held line, whatever its words say
    ("written_off", "835 EFT1: small balance", ""),
    # must not change: a held line whose words name no 835
    ("era_line_held", "held by hand: no remittance", ""),
    ("era_line_held", "835 without a colon", ""),
]


def test_0024_fills_the_trace_number_of_the_lines_held(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url, "0023")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        for kind, words, _ in FILLED:
            conn.execute(
                text(
                    "INSERT INTO claim_action (claim_id, kind, amount_cents, reason, created_at) "
                    "VALUES (1, :k, 500, :r, '2026-11-01 09:00:00')"
                ),
                {"k": kind, "r": words},
            )
    upgrade(url)
    with engine.begin() as conn:
        got = conn.execute(text("SELECT kind, reason, trace_number FROM claim_action ORDER BY id")).all()
    engine.dispose()
    assert [tuple(row) for row in got] == FILLED


PER_PAGE = 25  # core.billing.held.PER_PAGE
HELD = PER_PAGE + 1  # one more than a page holds


@pytest.fixture(scope="module")
def many_held(practice):  # type: ignore[no-untyped-def]
    """HELD held lines on submitted claims of clinic 1, oldest first TRC000, TRC001, ...; their words
    name another trace number (OLD...), so what is shown comes from the column."""
    with Session(practice.engine) as session:
        claims = session.exec(
            select(Claim)
            .where(Claim.clinic_id == 1, Claim.status == "submitted")
            .order_by(col(Claim.id))
            .limit(HELD)
        ).all()
        assert claims
        start = utcnow() - timedelta(days=30)
        for n in range(HELD):
            claim = claims[n % len(claims)]
            session.add(
                ClaimAction(
                    claim_id=claim.id or 0,
                    kind="era_line_held",
                    amount_cents=100 + n,
                    reason=f"835 OLD{n}: 99999 charged $9.99, paid $1.00",
                    trace_number=f"TRC{n:03}",
                    created_at=start + timedelta(minutes=n),
                )
            )
        session.commit()
    return practice


# (per page, the page asked) -> (the page shown, pages, the trace numbers shown)
PAGES = [
    ((PER_PAGE, 1), (1, 2, [f"TRC{n:03}" for n in range(PER_PAGE)])),
    ((PER_PAGE, 2), (2, 2, [f"TRC{PER_PAGE:03}"])),
    ((10, 2), (2, 3, [f"TRC{n:03}" for n in range(10, 20)])),
    # a page past the last is the last
    ((PER_PAGE, 9), (2, 2, [f"TRC{PER_PAGE:03}"])),
    # must not change: a list that fits one page is all there, oldest first
    ((200, 1), (1, 1, [f"TRC{n:03}" for n in range(HELD)])),
]


@pytest.mark.parametrize(("asked", "want"), PAGES)
def test_a_page_of_the_held_lines(many_held, asked: tuple[int, int], want: tuple) -> None:  # type: ignore[no-untyped-def]
    per_page, page = asked
    actor = many_held.actor("biller")
    with many_held.session() as session:
        shown = held_lines(session, actor=actor, page=page, per_page=per_page)
    assert (shown.page, shown.pages, [row.trace_number for row in shown.rows]) == want
    assert shown.total == HELD
    assert shown.first == (shown.page - 1) * per_page + 1


def test_the_page_shows_the_count_and_goes_on(many_held) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(many_held, "biller")
    first = biller.get("/billing/held")
    assert first.status_code == 200
    said = " ".join(first.text.split())
    assert f"{HELD} held lines, 1-{PER_PAGE} shown (page 1 of 2), oldest first." in said
    assert 'href="/billing/held?page=2">Next page' in said and "Previous page" not in said
    assert "check / EFT TRC000" in said and f"TRC{PER_PAGE:03}" not in said and "check / EFT OLD" not in said
    second = " ".join(biller.get("/billing/held?page=2").text.split())
    assert f"{HELD} held lines, {PER_PAGE + 1}-{HELD} shown (page 2 of 2)" in second
    assert f"check / EFT TRC{PER_PAGE:03}" in second and "check / EFT TRC000" not in second
    assert 'href="/billing/held?page=1">Previous page' in second
    # a form on page 2 comes back to page 2 (here refused: no line named)
    action = re.search(r'action="(/billing/held/\d+/post[^"]*)"', second)
    assert action is not None and action.group(1).endswith("?page=2")
    refused = biller.post(action.group(1), data={"line": ""})
    assert refused.status_code == 422 and "page 2 of 2" in " ".join(refused.text.split())
    posted = biller.post(action.group(1), data={"line": "1"}, follow_redirects=False)
    assert posted.status_code == 303 and posted.headers["location"].endswith("&page=2"), posted.text[:300]
    # must not change: from the first page, back to the first page
    first_form = re.search(r'action="(/billing/held/\d+/post[^"]*)"', " ".join(first.text.split()))
    assert first_form is not None and first_form.group(1).endswith("/post")


def test_a_page_holds_what_the_tests_say() -> None:
    from core.billing.held import PER_PAGE as per_page

    assert per_page == PER_PAGE
