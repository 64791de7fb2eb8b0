"""The denial work list's filters (#20): payer, clinic, reason (group, CARC or both), assignee (mine,
nobody, a colleague) and days since the denial, combinable and kept in the page's address; the count
and dollars of the view; the oldest denial first unless sorted otherwise; each line shown an audited
read. The rules are pure functions tested row by row (with rows that must not change); the list is
checked against the demo practice's rows read without it, and the page over HTTP."""

import html
import re
from datetime import date, timedelta
from urllib.parse import parse_qsl

import pytest
from conftest import Practice
from page_helpers import page_client
from sqlmodel import col, select

from core.audit.models import AuditEntry
from core.billing.denials import (
    AGE_BUCKETS,
    DenialView,
    age_bucket,
    age_totals,
    age_window,
    assign,
    denial_work_list,
    read_reason,
    read_view,
    view_query,
)
from core.billing.models import Adjustment, Claim, ClaimLine, Payment
from core.enums import ClaimLineStatus

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)


# --- the rules, over plain values -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("CO", ("CO", "")),
        ("co", ("CO", "")),
        ("CO-50", ("CO", "50")),
        ("co 197", ("CO", "197")),
        ("OA/23", ("OA", "23")),
        ("PI:A1", ("PI", "A1")),
        ("50", ("", "50")),
        (" 197 ", ("", "197")),
        ("A1", ("", "A1")),
        ("b7", ("", "B7")),
        # must not read: the patient's share is never a denial, unknown groups are not guessed
        ("PR", None),
        ("PR-2", None),
        ("XX", None),
        ("CO-50-16", None),
        ("50;drop", None),
        ("", None),
        ("1234", None),
    ],
)
def test_a_reason_is_a_group_a_code_or_both(typed: str, read: tuple[str, str] | None) -> None:
    assert read_reason(typed) == read


@pytest.mark.parametrize(
    ("params", "view", "dropped"),
    [
        ({}, DenialView(), []),
        ({"payer": "3"}, DenialView(payer_id=3), []),
        ({"clinic": "2", "payer": ""}, DenialView(clinic_id=2), []),
        ({"reason": "CO-50"}, DenialView(group="CO", carc="50"), []),
        ({"assignee": "Mine"}, DenialView(assignee="mine"), []),
        ({"assignee": "none"}, DenialView(assignee="none"), []),
        ({"assignee": "12"}, DenialView(assignee="12"), []),
        ({"age": "90+"}, DenialView(age="90+"), []),
        ({"age": "90 "}, DenialView(age="90+"), []),  # an unescaped '+' arrives as a space
        ({"age": "31-60", "sort": "amount", "page": "3"}, DenialView(age="31-60", sort="amount", page=3), []),
        # what cannot be read is left out and named; the rest of the address still holds
        ({"payer": "medicare", "age": "0-30"}, DenialView(age="0-30"), ["payer"]),
        ({"payer": "0"}, DenialView(), ["payer"]),
        ({"reason": "PR-1"}, DenialView(), ["reason"]),
        ({"assignee": "-1"}, DenialView(), ["assignee"]),
        ({"age": "7"}, DenialView(), ["age"]),
        ({"sort": "random", "page": "0"}, DenialView(), ["sort", "page"]),
        ({"utm_source": "mail"}, DenialView(), []),  # words the list does not use: ignored
    ],
)
def test_an_address_reads_as_a_view(params: dict[str, str], view: DenialView, dropped: list[str]) -> None:
    assert read_view(params) == (view, dropped)


@pytest.mark.parametrize(
    ("view", "changes", "query"),
    [
        (DenialView(), {}, ""),  # the plain list: /billing/denials
        (DenialView(), {"page": 2}, "page=2"),
        (DenialView(sort="oldest"), {}, ""),
        (DenialView(sort="newest"), {}, "sort=newest"),
        (DenialView(payer_id=3, page=4), {"page": 5}, "payer=3&page=5"),
        (DenialView(payer_id=3, page=4), {"age": "90+"}, "payer=3&age=90%2B"),  # a filter: page 1
        (DenialView(age="90+", page=2), {"age": ""}, ""),
        (
            DenialView(payer_id=1, clinic_id=2, group="CO", carc="50", assignee="mine", age="0-30"),
            {"sort": "amount"},
            "payer=1&clinic=2&reason=CO-50&assignee=mine&age=0-30&sort=amount",
        ),
    ],
)
def test_a_view_writes_its_address(view: DenialView, changes: dict[str, object], query: str) -> None:
    assert view_query(view, **changes) == query


@pytest.mark.parametrize(
    "view",
    [
        DenialView(),
        DenialView(page=7),
        DenialView(payer_id=4, age="61-90", sort="payer"),
        DenialView(group="OA"),
        DenialView(carc="B7", assignee="none", clinic_id=1, page=2),
        DenialView(group="CO", carc="197", assignee="31", age="90+", sort="service"),
    ],
)
def test_a_views_address_opens_the_same_view(view: DenialView) -> None:
    assert read_view(dict(parse_qsl(view_query(view, page=view.page)))) == (view, [])


@pytest.mark.parametrize(
    ("days", "bucket"),
    [(-2, "0-30"), (0, "0-30"), (30, "0-30"), (31, "31-60"), (60, "31-60"), (61, "61-90"), (90, "61-90")]
    + [(91, "90+"), (365, "90+")],
)
def test_a_denials_age_falls_in_one_bucket(days: int, bucket: str) -> None:
    assert age_bucket(days) == bucket


@pytest.mark.parametrize(
    ("age", "window"),
    [
        ("0-30", (TODAY - timedelta(days=30), None)),
        ("31-60", (TODAY - timedelta(days=60), TODAY - timedelta(days=31))),
        ("61-90", (TODAY - timedelta(days=90), TODAY - timedelta(days=61))),
        ("90+", (None, TODAY - timedelta(days=91))),
        ("", (None, None)),  # no age: every day
    ],
)
def test_an_age_bucket_is_a_window_of_days(age: str, window: tuple[date | None, date | None]) -> None:
    assert age_window(age, TODAY) == window


def test_the_windows_and_the_buckets_agree_on_every_day() -> None:
    for days in range(-3, 400):
        day = TODAY - timedelta(days=days)
        holding = [
            label
            for label, _, _ in AGE_BUCKETS
            if (w := age_window(label, TODAY))[0] in (None,) or w[0] <= day  # type: ignore[operator]
            if w[1] is None or day <= w[1]
        ]
        assert holding == [age_bucket(days)], days


def test_the_age_totals_count_and_add_each_bucket() -> None:
    rows = [(TODAY, 100), (TODAY - timedelta(days=30), 5), (TODAY - timedelta(days=31), 7)]
    rows += [(TODAY - timedelta(days=200), 1_000)]
    assert age_totals(rows, TODAY) == [("0-30", 2, 105), ("31-60", 1, 7), ("61-90", 0, 0), ("90+", 1, 1_000)]
    assert age_totals([], TODAY) == [(label, 0, 0) for label, _, _ in AGE_BUCKETS]


# --- the list, against the demo practice's rows ---------------------------------------------------


def _truth(practice: Practice) -> list[dict]:
    """Every denied line as the list should see it, read here without the list's query."""
    with practice.session() as session:
        lines = session.exec(
            select(ClaimLine, Claim)
            .join(Claim, col(Claim.id) == ClaimLine.claim_id)
            .where(ClaimLine.status == ClaimLineStatus.denied)
        ).all()
        answered: dict[int, date] = {}
        for claim_id, day in session.exec(
            select(Payment.claim_id, Payment.received_on).where(Payment.source == "era")
        ).all():
            if claim_id is not None:
                answered[claim_id] = max(day, answered.get(claim_id, day))
        out = []
        for line, claim in lines:
            matching = [
                (a.id or 0, a.group_code)
                for a in session.exec(select(Adjustment).where(Adjustment.claim_line_id == line.id)).all()
                if a.carc == line.denial_carc
            ]
            out.append(
                {
                    "id": line.id,
                    "payer_id": claim.payer_id,
                    "clinic_id": claim.clinic_id,
                    "carc": line.denial_carc,
                    "group": max(matching)[1] if matching else "",
                    "assigned": claim.assigned_user_id,
                    "cents": line.charge_cents,
                    "denied_on": answered.get(claim.id or 0, claim.service_date),
                    "claim_id": claim.id,
                }
            )
        return out


def _listed(practice: Practice, view: DenialView, role: str = "biller") -> tuple[list[dict], object]:
    actor = practice.actor(role)
    with practice.session() as session:
        found = denial_work_list(session, actor=actor, view=view, today=TODAY, per_page=100_000)
    return found.rows, found


def _line_ids(practice: Practice, rows: list[dict]) -> set[int]:
    with practice.session() as session:
        ids = {
            (line.claim_id, line.line_number): line.id
            for line in session.exec(select(ClaimLine).where(ClaimLine.status == ClaimLineStatus.denied))
        }
    return {ids[(r["claim_id"], r["line"])] for r in rows}


def test_each_filter_finds_exactly_the_lines_its_rule_names(practice: Practice) -> None:
    truth = _truth(practice)
    assert len(truth) > 10, "the demo has denied lines"
    me = practice.actor("biller").user_id
    payer = max({t["payer_id"] for t in truth}, key=lambda p: sum(t["payer_id"] == p for t in truth))
    carc = max({t["carc"] for t in truth}, key=lambda c: sum(t["carc"] == c for t in truth))
    clinic = min(t["clinic_id"] for t in truth)

    def within(age: str):  # type: ignore[no-untyped-def]
        return lambda t: age_bucket((TODAY - t["denied_on"]).days) == age

    cases = [
        (DenialView(), lambda t: True),  # must not change: no filter drops nothing
        (DenialView(sort="amount"), lambda t: True),  # a sort filters nothing
        (DenialView(payer_id=payer), lambda t: t["payer_id"] == payer),
        (DenialView(clinic_id=clinic), lambda t: t["clinic_id"] == clinic),
        (DenialView(carc=carc), lambda t: t["carc"] == carc),
        (DenialView(group="CO"), lambda t: t["group"] == "CO"),
        (DenialView(group="CO", carc=carc), lambda t: t["group"] == "CO" and t["carc"] == carc),
        (DenialView(assignee="none"), lambda t: t["assigned"] is None),
        (DenialView(assignee="mine"), lambda t: t["assigned"] == me),
        *((DenialView(age=label), within(label)) for label, _, _ in AGE_BUCKETS),
        (
            DenialView(payer_id=payer, age="90+", assignee="none"),
            lambda t: t["payer_id"] == payer and within("90+")(t) and t["assigned"] is None,
        ),
        (DenialView(payer_id=10_000), lambda t: False),  # a payer with no denial: nothing, not an error
    ]
    for view, rule in cases:
        rows, found = _listed(practice, view)
        expected = [t for t in truth if rule(t)]
        assert _line_ids(practice, rows) == {t["id"] for t in expected}, view
        assert found.lines == len(expected), view  # type: ignore[attr-defined]
        assert found.total_cents == sum(t["cents"] for t in expected), view  # type: ignore[attr-defined]
        assert found.claims == len({t["claim_id"] for t in expected}), view  # type: ignore[attr-defined]
    # the buckets split the view without its age: they add up to it
    _, every = _listed(practice, DenialView(payer_id=payer, age="0-30"))
    _, unaged = _listed(practice, DenialView(payer_id=payer))
    assert sum(n for _, n, _ in every.ages) == unaged.lines  # type: ignore[attr-defined]
    assert sum(c for _, _, c in every.ages) == unaged.total_cents  # type: ignore[attr-defined]


def test_assigning_a_claim_moves_it_into_mine_and_out_of_unassigned(practice: Practice) -> None:
    rows, _ = _listed(practice, DenialView(assignee="none"))
    claim_id = rows[0]["claim_id"]
    actor = practice.actor("biller")
    with practice.session() as session:
        assign(session, actor=actor, claim_id=claim_id, user_id=actor.user_id)
    mine, _ = _listed(practice, DenialView(assignee="mine"))
    nobody, _ = _listed(practice, DenialView(assignee="none"))
    assert claim_id in {r["claim_id"] for r in mine} and claim_id not in {r["claim_id"] for r in nobody}
    by_id, _ = _listed(practice, DenialView(assignee=str(actor.user_id)))
    assert {r["claim_id"] for r in by_id} == {r["claim_id"] for r in mine}
    assert all(r["assigned_to"] for r in mine)


@pytest.mark.parametrize(
    ("sort", "key", "descending"),
    [
        ("oldest", lambda r: (r["denied_on"], r["service_date"]), False),
        ("newest", lambda r: (r["denied_on"], r["service_date"]), True),
        ("amount", lambda r: r["charge_cents"], True),
        ("service", lambda r: r["service_date"], False),
        ("payer", lambda r: r["payer"], False),
    ],
)
def test_the_list_is_in_its_sort_and_pages_never_overlap(practice: Practice, sort, key, descending) -> None:  # type: ignore[no-untyped-def]
    rows, found = _listed(practice, DenialView(sort=sort))
    keys = [key(r) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    biller = practice.actor("biller")  # read before the session: SQLite gives one writer its turn
    with practice.session() as session:
        pages = [
            denial_work_list(
                session,
                actor=biller,
                view=DenialView(sort=sort, page=p),
                today=TODAY,
                per_page=7,
            )
            for p in (1, 2, 3)
        ]
    shown = [(r["claim_id"], r["line"]) for p in pages for r in p.rows]
    assert shown == [(r["claim_id"], r["line"]) for r in rows[:21]]  # the pages are the list, in order
    assert pages[0].pages == -(-found.lines // 7)  # type: ignore[attr-defined]


def test_a_page_past_the_last_shows_the_last(practice: Practice) -> None:
    biller = practice.actor("biller")
    with practice.session() as session:
        found = denial_work_list(session, actor=biller, view=DenialView(page=9_999), today=TODAY, per_page=10)
    assert found.page == found.pages and found.rows and found.view.page == found.pages


def test_each_line_shown_is_an_audited_read_and_nothing_else_is(practice: Practice) -> None:
    biller = practice.actor("biller")
    with practice.session() as session:
        before = session.exec(select(AuditEntry.id).order_by(col(AuditEntry.id).desc())).first() or 0
        found = denial_work_list(session, actor=biller, view=DenialView(age="90+"), today=TODAY, per_page=5)
        written = session.exec(
            select(AuditEntry).where(col(AuditEntry.id) > before, AuditEntry.detail == "work list denied")
        ).all()
    assert len(written) == len(found.rows) == 5
    assert sorted((e.record_id, e.patient_id) for e in written) == sorted(
        (str(r["claim_id"]), r["patient_id"]) for r in found.rows
    )


@pytest.mark.parametrize("role", ["front_desk", "therapist"])
def test_the_list_is_refused_to_who_may_not_read_claims(practice: Practice, role: str) -> None:
    from core.errors import Forbidden

    actor = practice.actor(role)
    with practice.session() as session, pytest.raises(Forbidden):
        denial_work_list(session, actor=actor, view=DenialView(), today=TODAY)


# --- the page ----------------------------------------------------------------------------------------


def test_the_page_keeps_its_filters_in_its_links_and_downloads_its_view(practice: Practice) -> None:
    biller = page_client(practice, "biller")
    plain = biller.get("/billing/denials")
    assert plain.status_code == 200
    assert 'href="/billing/denials.csv"' in plain.text  # the whole list's download, as before
    payer = re.search(
        r'<select id="f-payer" name="payer"><option value="">Any payer</option><option value="(\d+)"',
        plain.text,
    )
    assert payer
    url = f"/billing/denials?payer={payer.group(1)}&reason=CO&age=90%2B&sort=amount"
    page = biller.get(url)
    assert page.status_code == 200
    text = page.text
    # the view's choices are selected again: a bookmark opens the same view
    assert f'<option value="{payer.group(1)}" selected>' in text
    assert '<option value="CO" selected>' in text and '<option value="90+" selected>' in text
    assert '<option value="amount" selected>' in text
    found = re.search(r'<p id="denials-found"><strong>([\d,]+) denied lines?</strong>', text)
    assert found
    lines = int(found.group(1).replace(",", ""))
    if lines > 50:
        assert (
            f'href="/billing/denials?payer={payer.group(1)}&amp;reason=CO&amp;age=90%2B&amp;sort=amount&amp;page=2"'
            in text
        )
    # the download is the view: its rows, counted and audited with the view's filters
    link = re.search(r'<a href="([^"]+)" id="denials-csv"', text)
    assert link and "export.csv" in link.group(1)
    csv = biller.get(html.unescape(link.group(1)))
    assert csv.status_code == 200 and int(csv.headers["X-Row-Count"]) == lines
    assert len(csv.text.strip().splitlines()) == lines + 1
    with practice.session() as session:
        entry = session.exec(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(col(AuditEntry.id).desc())
        ).first()
    assert entry and f"payer_id={payer.group(1)}" in entry.detail and "age=90+" in entry.detail
    # an address it cannot read is said, not an error
    odd = biller.get("/billing/denials?age=7&reason=PR")
    assert odd.status_code == 200 and "not understood: reason, age" in odd.text
    assert biller.get("/billing/denials?page=0").status_code == 422


def test_the_denials_page_is_refused_to_the_front_desk(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")
    assert desk.get("/billing/denials").status_code == 403
    assert desk.get("/billing/denials/export.csv").status_code == 403
