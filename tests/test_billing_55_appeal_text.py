"""An appeal's argument longer than 300 characters (#20): the appeal box was cut at 300 (the width of
claim_action.reason) and its words run into one line; a real appeal letter is pages. The argument keeps
its paragraphs up to APPEAL_MAX, migration 0023 widens the column (SQLite and PostgreSQL, a database
holding actions keeps them), every other reason is still one line of 300, and the claim's history
shows an appeal's opening. Table-driven rules with rows that must not change; end to end on both
backends through the claim page: the whole letter printed, printed twice: one appeal."""

from pathlib import Path

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import create_engine, text
from test_migration_denial_work import TABLES, _row
from test_note_workflow import _pdf_text

from core.billing.claim_view import _opening
from core.billing.denials import appeal_text
from core.billing.models import APPEAL_MAX, REASON_MAX
from core.errors import Invalid
from core.migrate import upgrade

DEMO_SIZE = "tiny"
LONG = " ".join(["Skilled therapy was necessary to restore safe gait after the fall."] * 8)

# (typed, the argument as the letter prints it)
ROWS = [
    # must not change: one line as before, its spaces closed up
    ("The note documents skilled care.", "The note documents skilled care."),
    ("  The note   documents\tskilled care. ", "The note documents skilled care."),
    ("The note documents\nskilled care.", "The note documents skilled care."),
    # paragraphs kept, however many blank lines between, and Windows line ends
    ("First point.\n\nSecond point.", "First point.\n\nSecond point."),
    ("First point.\r\n\r\n\r\n  Second point.\r\n", "First point.\n\nSecond point."),
    # longer than 300
    (f"{LONG}\n\n{LONG}", f"{LONG}\n\n{LONG}"),
]


@pytest.mark.parametrize(("typed", "want"), ROWS)
def test_the_argument_as_the_letter_prints_it(typed: str, want: str) -> None:
    assert appeal_text(typed) == want


@pytest.mark.parametrize("typed", ["", "  \n\n  ", "x" * (APPEAL_MAX + 1)])
def test_an_empty_or_too_long_argument_is_refused(typed: str) -> None:
    with pytest.raises(Invalid) as refused:
        appeal_text(typed)
    assert refused.value.extra["fields"]["argument"] in ("say why", "too long")


# (the stored argument, what the claim's history shows)
OPENINGS = [
    # must not change: a short one-paragraph argument whole
    ("The note documents skilled care.", "The note documents skilled care."),
    ("x" * 200, "x" * 200),
    (
        "First point.\n\nSecond point.",
        "First point. Second point. ... (27 characters in the letter)",
    ),
]


@pytest.mark.parametrize(("argument", "want"), OPENINGS)
def test_the_history_shows_an_appeals_opening(argument: str, want: str) -> None:
    assert _opening(argument) == want


def test_a_long_argument_in_the_history_is_cut_at_a_word() -> None:
    shown = _opening(LONG)
    assert shown.endswith(f"... ({len(LONG):,} characters in the letter)")
    assert len(shown.split(" ...")[0]) <= 200 and LONG.startswith(shown.split(" ...")[0])


def test_0023_widens_the_reason_and_keeps_the_actions(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url, "0022")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        for table in TABLES:
            _row(conn, table)
        conn.execute(
            text(
                "INSERT INTO claim_action (claim_id, kind, amount_cents, reason, created_at) "
                "VALUES (1, 'written_off', 500, 'small balance', '2026-11-01 09:00:00')"
            )
        )
    upgrade(url)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT kind, reason FROM claim_action")).all() == [
            ("written_off", "small balance")
        ]
        ddl = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'claim_action'")).scalar_one()
        assert f"VARCHAR({APPEAL_MAX})" in ddl and "REFERENCES claim" in ddl
    engine.dispose()


def test_a_long_appeal_from_the_claim_page(pristine_practice: Practice) -> None:
    practice = pristine_practice
    biller = page_client(practice, "biller")
    claim_id = one(
        practice,
        """SELECT c.id FROM claim c WHERE c.status = 'denied'
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id LIMIT 1""",
    )[0]
    page = biller.get(f"/billing/claims/{claim_id}").text
    assert (
        f'maxlength="{APPEAL_MAX}"' in page and 'maxlength="300"' not in page.split('id="argument"')[1][:200]
    )
    closing = "We ask the payer to pay the denied lines in full; the records named are enclosed."
    argument = f"{LONG}\n\n{LONG}\n\n{closing}"
    assert len(argument) > 3 * REASON_MAX
    for _ in range(2):  # printed twice: one appeal
        reply = biller.post(f"/billing/claims/{claim_id}/appeal.pdf", data={"argument": argument})
        assert reply.status_code == 200 and reply.content.startswith(b"%PDF"), reply.text[:300]
    stored = one(
        practice,
        "SELECT COUNT(*), MAX(reason) FROM claim_action WHERE claim_id = :c AND kind = 'appealed'",
        c=claim_id,
    )
    assert tuple(stored) == (1, argument)
    letter = " ".join(_pdf_text(reply.content).split())
    assert closing in letter and "restore safe gait" in letter
    history = " ".join(biller.get(f"/billing/claims/{claim_id}").text.split())
    assert f"({len(argument):,} characters in the letter)" in history

    # every other reason is still one line of 300: a write-off's longer one is refused, nothing written
    reply = biller.post(f"/billing/claims/{claim_id}/write-off", data={"reason": "x" * 301})
    assert reply.status_code == 422
    assert one(practice, "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c", c=claim_id)[0] == 1
