"""The claims page counts the charges waiting for a claim without a second scan of every charge when
the list it shows already holds them all (#20, page bench: claims 243 ms p95): the heading's count is
the charges waiting, however many (must not change), with 'and N more' only past the list's 50."""

import re

import pytest
from page_helpers import page_client
from scheduling_helpers import count
from sqlalchemy import event, text

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

# How many charges wait (the demo's are all billed); whether the page counts them in a read of its own
ROWS = [(0, False), (3, False), (49, False), (50, True), (61, True)]


@pytest.mark.parametrize(("waiting", "counted_apart"), ROWS)
def test_the_charges_heading_counts_every_charge_waiting(practice, waiting: int, counted_apart: bool) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        session.exec(text("UPDATE charge SET status = 'billed' WHERE status = 'open'"))
        session.exec(
            text(
                "UPDATE charge SET status = 'open' WHERE id IN (SELECT id FROM charge ORDER BY id DESC LIMIT :n)"
            ).bindparams(n=waiting)
        )
        session.commit()
    assert count(practice, "SELECT COUNT(*) FROM charge WHERE status = 'open'") == waiting
    biller = page_client(practice, "biller")
    seen: list[str] = []

    def note(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(practice.engine, "before_cursor_execute", note)
    try:
        page = biller.get("/billing/claims")
    finally:
        event.remove(practice.engine, "before_cursor_execute", note)
    assert page.status_code == 200
    heading = re.search(r'id="charges-h">Charges waiting for a claim \(([\d,]+)\)', page.text)
    assert heading is not None and int(heading.group(1).replace(",", "")) == waiting
    more = re.search(r"The newest (\d+); and ([\d,]+) more\.", page.text)
    if waiting > 50:
        assert more is not None and (int(more.group(1)), int(more.group(2))) == (50, waiting - 50)
    else:
        assert more is None
    counts = [s for s in seen if "count(*)" in s.lower() and "FROM charge" in s]
    assert bool(counts) == counted_apart, counts
