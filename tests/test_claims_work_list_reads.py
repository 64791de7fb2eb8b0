"""The held claims' work list reads their findings in one query, not one per claim (#20: the claims
page made 84 queries on the small demo, 60 of them a held claim's findings each; 25 now). The findings
each claim shows are the same, in the same order."""

from sqlalchemy import event, text

from core.billing.claims import work_list
from core.billing.models import ClaimFinding

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def test_the_held_list_reads_its_findings_at_once(practice) -> None:  # type: ignore[no-untyped-def]
    biller = practice.actor("biller")
    with practice.session() as session:
        held = [
            r[0]
            for r in session.exec(
                text("SELECT id FROM claim WHERE status IN ('ready', 'held') ORDER BY id LIMIT 4")
            )
        ]
        session.exec(
            text(f"UPDATE claim SET status = 'held' WHERE id IN ({', '.join(str(c) for c in held)})")
        )
        for i, claim_id in enumerate(held):
            for rule in ("plan-of-care", "diagnosis")[: 1 + i % 2]:
                session.add(
                    ClaimFinding(
                        claim_id=claim_id, rule_id=rule, severity="error", message=f"{rule} of {claim_id}"
                    )
                )
        session.commit()
    reads: list[str] = []

    def seen(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        reads.append(statement)

    event.listen(practice.engine, "before_cursor_execute", seen)
    try:
        with practice.session() as session:
            rows = work_list(session, actor=biller, kind="held", limit=200)
    finally:
        event.remove(practice.engine, "before_cursor_execute", seen)
    assert len(rows) >= len(held)
    assert sum(1 for r in reads if "FROM claim_finding" in r) == 1, "one read of the findings"
    with practice.session() as session:
        for row in rows:
            stored = [
                (rule, message)
                for rule, message in session.exec(
                    text(
                        "SELECT rule_id, message FROM claim_finding WHERE claim_id = :c ORDER BY id"
                    ).bindparams(c=row["claim_id"])
                )
            ]
            assert [(f["rule_id"], f["message"]) for f in row["findings"]] == stored, row["claim_id"]
