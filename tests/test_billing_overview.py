"""The biller's desk called as a service (the claims page reaches it through HTTP): core.billing.overview's
claims by status, the claims search and the charges not yet on a claim, each an audited read of the
clinics the biller sees, refused to the desk and to therapists."""

import pytest
from page_helpers import page_client
from scheduling_helpers import count, one
from sqlalchemy import bindparam, text

from core.billing.overview import (
    STATUSES,
    ClaimQuery,
    claim_names,
    claims_by_status,
    count_open_charges,
    open_charges,
    search_claims,
)
from core.enums import ClaimStatus
from core.errors import Forbidden


def _clinics(actor) -> str:  # type: ignore[no-untyped-def]
    return ",".join(str(clinic) for clinic, role in actor.roles.items() if role in ("biller", "owner"))


def _claim_reads(practice, user_id: int) -> int:  # type: ignore[no-untyped-def]
    return count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE user_id = :u AND action = 'claim.read' AND record_type = 'claim'",
        u=user_id,
    )


def test_claims_by_status_are_that_statuses_claims_oldest_first_and_each_is_an_audited_read(practice) -> None:  # type: ignore[no-untyped-def]
    biller = practice.actor("biller")
    for status in (ClaimStatus.held, ClaimStatus.submitted, ClaimStatus.denied):
        before = _claim_reads(practice, biller.user_id)
        with practice.session() as session:
            rows = claims_by_status(session, actor=biller, status=status, limit=40)
        in_sql = count(
            practice,
            f"SELECT COUNT(*) FROM claim WHERE status = :s AND clinic_id IN ({_clinics(biller)})",
            s=status,
        )
        assert len(rows) == min(40, in_sql)
        assert {row["status"] for row in rows} <= {status}
        assert [(r["service_date"], r["id"]) for r in rows] == sorted(
            (r["service_date"], r["id"]) for r in rows
        )
        assert _claim_reads(practice, biller.user_id) == before + len(rows)


def test_a_status_the_page_does_not_list_shows_the_ready_claims(practice) -> None:  # type: ignore[no-untyped-def]
    biller = practice.actor("biller")
    assert ClaimStatus.void not in STATUSES
    with practice.session() as session:
        ready = claims_by_status(session, actor=biller, status=ClaimStatus.ready, limit=20)
        asked = claims_by_status(session, actor=biller, status="void", limit=20)
        unknown = claims_by_status(session, actor=biller, status="'; DROP TABLE claim; --", limit=20)
    assert [r["id"] for r in asked] == [r["id"] for r in unknown] == [r["id"] for r in ready]


def test_the_claims_search_counts_every_match_and_pages_through_them(practice) -> None:  # type: ignore[no-untyped-def]
    biller = practice.actor("biller")
    payer_id = one(
        practice,
        f"SELECT payer_id FROM claim WHERE clinic_id IN ({_clinics(biller)}) GROUP BY payer_id "
        "ORDER BY COUNT(*) DESC LIMIT 1",
    )[0]
    in_sql = count(
        practice,
        f"SELECT COUNT(*) FROM claim WHERE payer_id = :p AND status = 'paid' AND clinic_id IN ({_clinics(biller)})",
        p=payer_id,
    )
    query = ClaimQuery(payer_id=payer_id, status="paid", sort="billed", descending=True, per_page=7)
    with practice.session() as session:
        first = search_claims(session, actor=biller, query=query)
        second = search_claims(session, actor=biller, query=query.model_copy(update={"page": 2}))
        past_the_end = search_claims(session, actor=biller, query=query.model_copy(update={"page": 10_000}))
    assert in_sql > 7, "the demo has more than a page of them"
    assert first.total == second.total == in_sql and first.pages == -(-in_sql // 7)
    assert len(first.rows) == 7 and not {r["id"] for r in first.rows} & {r["id"] for r in second.rows}
    billed = [r["total_cents"] for r in first.rows + second.rows]
    assert billed == sorted(billed, reverse=True)
    assert {(r["payer_id"], r["status"]) for r in first.rows + second.rows} == {(payer_id, "paid")}
    assert past_the_end.page == first.pages  # the last page, not an empty one


def test_open_charges_are_the_charges_no_claim_carries_newest_first(practice) -> None:  # type: ignore[no-untyped-def]
    biller = practice.actor("biller")
    with practice.session() as session:
        rows = open_charges(session, actor=biller, limit=500)
    in_sql = count(
        practice, f"SELECT COUNT(*) FROM charge WHERE status = 'open' AND clinic_id IN ({_clinics(biller)})"
    )
    assert len(rows) == min(500, in_sql)
    dates = [r["service_date"] for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_every_charge_waiting_is_counted_though_the_page_lists_the_newest(practice) -> None:  # type: ignore[no-untyped-def]
    """A week not billed is hundreds of charges: the claims page's heading counts them all (it said 200,
    the list's limit) and says how many it does not list."""
    with practice.engine.begin() as connection:
        billed = [
            tuple(r)
            for r in connection.execute(
                text(
                    "SELECT id, status FROM charge WHERE clinic_id = 1 AND status <> 'open' ORDER BY id LIMIT 260"
                )
            ).all()
        ]
        connection.execute(
            text("UPDATE charge SET status = 'open' WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": [i for i, _ in billed]},
        )
    try:
        biller = practice.actor("biller")
        in_sql = count(
            practice,
            f"SELECT COUNT(*) FROM charge WHERE status = 'open' AND clinic_id IN ({_clinics(biller)})",
        )
        with practice.session() as session:
            assert count_open_charges(session, actor=biller) == in_sql >= 260
        page = page_client(practice, "biller").get("/billing/claims")
        assert f"Charges waiting for a claim ({in_sql:,})" in page.text
        assert f"The newest 50; and {in_sql - 50:,} more." in page.text
        assert page.text.count("</tr>", page.text.index('id="charges"'), page.text.index('id="held-h"')) == 51
    finally:
        with practice.engine.begin() as connection:
            for charge_id, status in billed:
                connection.execute(
                    text("UPDATE charge SET status = :s WHERE id = :i"), {"s": status, "i": charge_id}
                )


@pytest.mark.parametrize("role", ["front_desk", "therapist"])
def test_the_desk_and_therapists_do_not_see_the_billers_desk(practice, role: str) -> None:  # type: ignore[no-untyped-def]
    actor = practice.actor(role)
    with practice.session() as session:
        with pytest.raises(Forbidden):
            claims_by_status(session, actor=actor, status="ready")
        with pytest.raises(Forbidden):
            search_claims(session, actor=actor, query=ClaimQuery())


def test_claim_names_name_the_claims_asked_for_in_the_askers_clinics_each_an_audited_read(practice) -> None:  # type: ignore[no-untyped-def]
    """The claims page names its held list by claim id (#20): as the claims search names them."""
    biller = practice.actor("biller")
    mine = _clinics(biller)
    with practice.session() as session:
        held = list(
            session.exec(
                text(
                    f"SELECT id FROM claim WHERE status = 'held' AND clinic_id IN ({mine}) ORDER BY id LIMIT 5"
                )
            ).scalars()
        )
        others = list(
            session.exec(
                text(f"SELECT id FROM claim WHERE clinic_id NOT IN ({mine}) ORDER BY id LIMIT 2")
            ).scalars()
        )
    assert held
    before = _claim_reads(practice, biller.user_id)
    with practice.session() as session:
        named = claim_names(session, actor=biller, claim_ids=held + others)
        searched = {
            row["id"]: row
            for row in search_claims(
                session, actor=biller, query=ClaimQuery(status="held", per_page=200)
            ).rows
        }
        assert claim_names(session, actor=biller, claim_ids=[]) == {}
    assert sorted(named) == held
    assert all(named[i] == searched[i] for i in held if i in searched)
    assert _claim_reads(practice, biller.user_id) >= before + len(held)
