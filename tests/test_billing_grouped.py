"""core.billing.claims.grouped, as a table: a page's worth of claims' (or lines') rows read in one query,
by their parent's id, each list in id order; rows of other parents are never included."""

from collections.abc import Iterable, Iterator

import pytest
from sqlalchemy import create_engine
from sqlmodel import Session, SQLModel

from core.billing.claims import grouped
from core.billing.models import ClaimFinding

# (id, claim_id) of the findings on file
ON_FILE = [(1, 2), (2, 1), (3, 2), (4, 3), (5, 2)]


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    SQLModel.metadata.tables["claim_finding"].create(engine)
    with Session(engine) as opened:
        for found, claim in reversed(ON_FILE):  # written out of id order: the order comes from the read
            opened.add(
                ClaimFinding(id=found, claim_id=claim, rule_id=f"R{found}", severity="error", message="m")
            )
        opened.commit()
        yield opened
    engine.dispose()


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        ([1, 2], {1: [2], 2: [1, 3, 5]}),
        ([2, 1], {1: [2], 2: [1, 3, 5]}),  # the ids' order changes nothing
        ([3], {3: [4]}),
        ([9], {}),  # a claim with no findings is simply absent
        ([], {}),
        ([None], {}),  # an unsaved claim's id
        ((i for i in (1, 3)), {1: [2], 3: [4]}),  # any iterable
    ],
)
def test_rows_come_grouped_by_their_parent_in_id_order(
    session: Session, ids: Iterable[int | None], expected: dict[int, list[int]]
) -> None:
    found = grouped(session, ClaimFinding, ClaimFinding.claim_id, ids)
    assert {claim: [f.id for f in rows] for claim, rows in found.items()} == expected
    assert all(f.claim_id == claim for claim, rows in found.items() for f in rows)
