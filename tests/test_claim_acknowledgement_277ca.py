"""A 277CA claim acknowledgement read (#20: "277CA parser"), on SQLite and PostgreSQL: the file written
and read back and valid by pyx12's 005010X214 map; what reading one claim's status does, as a table; a
file's rejections marked on the claims with the report's words, its acceptances noted, all or nothing;
the same file twice (one after the other, or at once) changes nothing the second time, nor after a
rejected claim was fixed; a file naming a claim we never sent, a broken file or the front desk change
nothing; the biller's page reads one."""

from datetime import UTC, date, datetime

import pytest
from conftest import Practice
from hypothesis import given
from hypothesis import strategies as st
from page_helpers import page_client
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.billing.acknowledgements import outcome as outcome_of
from core.billing.acknowledgements import read_acknowledgement
from core.billing.claims import ClaimFix, fix_claim
from core.billing.x12.ack277 import (
    ACCEPTED,
    CATEGORIES,
    REJECTED,
    Acknowledgement,
    ClaimStatus,
    Status,
    read_277ca,
    write_277ca,
)
from core.billing.x12.envelope import Parties
from core.billing.x12.segments import X12Error
from core.billing.x12.validate import x12_errors
from core.enums import ClaimStatus as S
from core.errors import Forbidden, Invalid

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)
ON = date(2026, 11, 23)
PARTIES = Parties("CLEARHOUSE01", "361000001")
NPI_BAD = Status("A7", "562", "85")
TAKEN = Status("A2", "20", "PR")


def _claim(control: str, *statuses: Status, on: date = ON, **more: object) -> ClaimStatus:
    named = {"patient_last": "PATIENT", "patient_first": "TEST", "member_id": "M000000001"} | more
    return ClaimStatus(control, statuses, on, 12_500, **named)  # type: ignore[arg-type]


def _file(*claims: ClaimStatus, trace: str = "TRACE1", control: int = 1) -> str:
    ack = Acknowledgement(
        "RIVERSIDE CLEARINGHOUSE",
        "CH0001",
        trace,
        ON,
        ON,
        claims=claims,
        provider_name="RIVERSIDE THERAPY",
        provider_npi="1900000013",
    )
    return write_277ca(ack, parties=PARTIES, control=control, at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


def test_a_277ca_is_written_valid_and_read_back() -> None:
    written = _file(
        _claim("C1-1", TAKEN, payer_claim_number="ICN77", patient_last="DOE", member_id="M1"),
        _claim(
            "C1-2",
            NPI_BAD,
            Status("A7", "21", "82"),
            message="RENDERING NPI NOT ON FILE",
            line_statuses=(("97110", Status("A7", "454")),),
        ),
    )
    assert x12_errors(written) == []
    ack = read_277ca(written)
    assert (ack.source_name, ack.source_id, ack.trace_number, ack.received_on) == (
        "RIVERSIDE CLEARINGHOUSE",
        "CH0001",
        "TRACE1",
        ON,
    )
    taken, turned = ack.claims
    assert taken.accepted and not taken.rejected and taken.payer_claim_number == "ICN77"
    assert (taken.patient_last, taken.member_id, taken.charge_cents) == ("DOE", "M1", 12_500)
    assert turned.rejected and not turned.accepted
    assert turned.statuses == (NPI_BAD, Status("A7", "21", "82"))
    assert turned.line_statuses == (("97110", Status("A7", "454", "")),)
    assert turned.explanation() == (
        "A7:562 rejected for invalid information: entity's National Provider Identifier (NPI) "
        "(billing provider); A7:21 rejected for invalid information: missing or invalid information "
        "(rendering provider); line 97110: A7:454 rejected for invalid information: status code 454; "
        "RENDERING NPI NOT ON FILE"
    )
    assert ack.batch_statuses == ()


WORDS_ROWS = [
    (Status("A7", "562", "85"), "A7:562 rejected for invalid information: entity's National Provider Identifier (NPI) (billing provider)"),
    (Status("A6", "21", "IL"), "A6:21 rejected for missing information: missing or invalid information (subscriber)"),
    (Status("A3"), "A3 returned as unprocessable"),
    (Status("A2", "20"), "A2:20 accepted into adjudication: accepted for processing"),
    (Status("A8", "999", "ZZ"), "A8:999 rejected for a relational field in error: status code 999 (entity ZZ)"),
    (Status("Q9", "1"), "Q9:1 (a category we do not know): status code 1"),
]  # fmt: skip


@pytest.mark.parametrize(("status", "words"), WORDS_ROWS)
def test_a_status_reads_in_a_billers_words(status: Status, words: str) -> None:
    assert status.words() == words


OUTCOME_ROWS = [
    # (statuses, claim status, read before, outcome)
    ((NPI_BAD,), S.submitted, False, "rejected"),
    ((Status("A3", "21"),), S.submitted, False, "rejected"),
    ((TAKEN, NPI_BAD), S.submitted, False, "rejected"),  # any rejecting status turns the claim away
    ((TAKEN,), S.submitted, False, "accepted"),
    ((Status("A1", "19"),), S.submitted, False, "accepted"),
    # must not change a claim
    ((NPI_BAD,), S.submitted, True, "read before"),  # the same words again
    ((NPI_BAD,), S.ready, True, "read before"),  # fixed since: the old file is not a new rejection
    ((NPI_BAD,), S.rejected, False, "not changed"),  # rejected by hand already
    ((NPI_BAD,), S.paid, False, "not changed"),  # the payer answered already: not a rejection
    ((NPI_BAD,), S.denied, False, "not changed"),
    ((NPI_BAD,), S.ready, False, "not changed"),  # not out with the payer
    ((TAKEN,), S.paid, False, "not changed"),
    ((Status("A4", "35"),), S.submitted, False, "to review"),  # not found: a person looks
    ((Status("E0", "21"),), S.submitted, False, "to review"),
    ((TAKEN, Status("A4")), S.submitted, False, "to review"),
]


@pytest.mark.parametrize(("statuses", "status", "before", "expected"), OUTCOME_ROWS)
def test_what_one_claims_acknowledgement_does(
    statuses: tuple[Status, ...], status: str, before: bool, expected: str
) -> None:
    assert outcome_of(_claim("C1", *statuses), status, before) == expected


_codes = st.sampled_from(sorted(CATEGORIES))


@given(
    st.lists(
        st.lists(st.tuples(_codes, st.sampled_from(["", "21", "562"]), st.sampled_from(["", "85", "IL"])), min_size=1, max_size=3),
        min_size=1,
        max_size=4,
    )
)  # fmt: skip
def test_any_acknowledgement_reads_back_as_written(claims: list[list[tuple[str, str, str]]]) -> None:
    written = _file(*(_claim(f"C9-{i}", *(Status(*s) for s in said)) for i, said in enumerate(claims)))
    read = read_277ca(written)
    assert [c.statuses for c in read.claims] == [tuple(Status(*s) for s in said) for said in claims]
    for claim in read.claims:
        assert claim.rejected == any(s.category in REJECTED for s in claim.statuses)
        assert claim.accepted == (not claim.rejected and all(s.category in ACCEPTED for s in claim.statuses))


@pytest.mark.parametrize(
    "broken",
    [
        "not an x12 file at all",
        _file(_claim("C1", TAKEN)).replace("ST*277*", "ST*835*"),
        _file(_claim("C1", TAKEN)).replace("DTP*050*D8*20261123~", ""),
        _file(_claim("C1", TAKEN)).replace("STC*A2:20:PR*20261123*WQ*125~", ""),
    ],
)
def test_a_broken_file_is_refused_in_words(broken: str) -> None:
    with pytest.raises(X12Error):
        read_277ca(broken)


def _submitted(practice: Practice, count: int) -> list[tuple[int, str]]:
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT c.id, c.control_number FROM claim c WHERE c.status = 'submitted'
                AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id)
                ORDER BY c.id LIMIT :n"""
            ).bindparams(n=count)
        ).all()
    assert len(rows) == count
    return [(int(r[0]), str(r[1])) for r in rows]


def _status(practice: Practice, claim_id: int) -> str:
    return str(one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0])


def _actions(practice: Practice, claim_id: int) -> list[tuple[str, str]]:
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text("SELECT kind, reason FROM claim_action WHERE claim_id = :c ORDER BY id").bindparams(
                c=claim_id
            )
        ).all()
    return [(str(r[0]), str(r[1])) for r in rows]


def test_a_277ca_marks_its_rejections_and_notes_its_acceptances_once(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    (turned, turned_no), (taken, taken_no), (other, other_no) = _submitted(pristine_practice, 3)
    written = _file(
        _claim(turned_no, NPI_BAD, message="BILLING NPI NOT ON FILE"),
        _claim(taken_no, TAKEN, payer_claim_number="ICN5"),
        _claim(other_no, Status("A6", "21", "IL")),
    )
    with pristine_practice.session() as session:
        result = read_acknowledgement(session, actor=biller, text=written)
    assert (result.rejected, result.accepted, result.batch) == (2, 1, [])
    assert [(c.claim_id, c.outcome, c.status) for c in result.claims] == [
        (turned, "rejected", S.rejected),
        (taken, "accepted", S.submitted),
        (other, "rejected", S.rejected),
    ]
    assert [_status(pristine_practice, c) for c in (turned, taken, other)] == [
        S.rejected,
        S.submitted,
        S.rejected,
    ]
    words = (
        "277CA 2026-11-23: A7:562 rejected for invalid information: entity's National Provider "
        "Identifier (NPI) (billing provider); BILLING NPI NOT ON FILE"
    )
    assert _actions(pristine_practice, turned) == [("rejected", words)]
    assert _actions(pristine_practice, taken) == [
        (
            "acknowledged",
            "277CA 2026-11-23: A2:20 accepted into adjudication: accepted for processing (payer)",
        )
    ]
    audited = one(
        pristine_practice,
        """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id IN (:a, :b, :c)
        AND detail IN ('rejected before adjudication', 'acknowledged by the payer')""",
        a=str(turned),
        b=str(taken),
        c=str(other),
    )[0]
    assert audited == 3

    with pristine_practice.session() as session:  # the same file again: nothing new
        again = read_acknowledgement(session, actor=biller, text=written)
    assert [c.outcome for c in again.claims] == ["read before", "read before", "read before"]
    assert len(_actions(pristine_practice, turned)) == len(_actions(pristine_practice, taken)) == 1

    with pristine_practice.session() as session:  # fixed and scrubbed again, then the old file read
        fixed = fix_claim(session, actor=biller, claim_id=turned, fix=ClaimFix(), today=TODAY).status
    with pristine_practice.session() as session:
        read_acknowledgement(session, actor=biller, text=written)
    assert _status(pristine_practice, turned) == fixed != S.rejected
    assert len(_actions(pristine_practice, turned)) == 1


def test_the_same_277ca_twice_at_once_is_read_once(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    (claim_id, control), (taken, taken_no) = _submitted(pristine_practice, 2)
    written = _file(_claim(control, Status("A7", "21", "IL")), _claim(taken_no, TAKEN), trace="TWICE")

    def send(_: int) -> list[str]:
        with Session(pristine_practice.engine, expire_on_commit=False) as session:
            return [c.outcome for c in read_acknowledgement(session, actor=biller, text=written).claims]

    answers = sorted(at_once(2, send))
    assert answers == [["read before", "read before"], ["rejected", "accepted"]]
    assert [k for k, _ in _actions(pristine_practice, claim_id)] == ["rejected"]
    assert [k for k, _ in _actions(pristine_practice, taken)] == ["acknowledged"]


def test_a_file_we_cannot_act_on_changes_nothing(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    ((claim_id, control),) = _submitted(pristine_practice, 1)
    unknown = _file(_claim(control, NPI_BAD), _claim("NEVER-SENT-1", NPI_BAD))
    broken = _file(_claim(control, NPI_BAD)).replace("HL*1**20*1~", "")
    for refused in (unknown, broken, "ISA garbage"):
        with pristine_practice.session() as session, pytest.raises(Invalid) as raised:
            read_acknowledgement(session, actor=biller, text=refused)
        assert "277CA" in str(raised.value)
    assert "NEVER-SENT-1" in _refusal(pristine_practice, biller, unknown)
    desk = pristine_practice.actor("front_desk", "riverside")
    with pristine_practice.session() as session, pytest.raises(Forbidden):
        read_acknowledgement(session, actor=desk, text=_file(_claim(control, NPI_BAD)))
    assert _status(pristine_practice, claim_id) == S.submitted
    assert _actions(pristine_practice, claim_id) == []


def _refusal(practice: Practice, actor, written: str) -> str:  # type: ignore[no-untyped-def]
    with practice.session() as session, pytest.raises(Invalid) as raised:
        read_acknowledgement(session, actor=actor, text=written)
    return str(raised.value)


def test_a_rejection_of_a_claim_the_payer_answered_is_shown_not_applied(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    paid = int(one(pristine_practice, "SELECT id FROM claim WHERE status = 'paid' ORDER BY id LIMIT 1")[0])
    control = str(one(pristine_practice, "SELECT control_number FROM claim WHERE id = :c", c=paid)[0])
    with pristine_practice.session() as session:
        result = read_acknowledgement(
            session, actor=biller, text=_file(_claim(control, NPI_BAD), trace="LATE")
        )
    assert [(c.outcome, c.status) for c in result.claims] == [("not changed", S.paid)]
    assert _status(pristine_practice, paid) == S.paid


def test_the_biller_reads_a_277ca_on_the_claims_page_and_over_the_api(pristine_practice: Practice) -> None:
    (turned, turned_no), (taken, taken_no) = _submitted(pristine_practice, 2)
    biller = page_client(pristine_practice, "biller")
    page = biller.get("/billing/claims")
    assert 'action="/billing/acknowledgements"' in page.text and "277CA" in page.text
    written = _file(_claim(turned_no, NPI_BAD), trace="PAGE277")
    shown = biller.post(
        "/billing/acknowledgements", files={"file": ("a.277", written.encode())}, follow_redirects=True
    )
    assert "277CA PAGE277: 1 claim rejected (to fix and send again); 0 accepted by the payer." in shown.text
    assert _status(pristine_practice, turned) == S.rejected
    history = biller.get(f"/billing/claims/{turned}")
    assert "rejected before adjudication: 277CA 2026-11-23: A7:562" in history.text
    refused = biller.post(
        "/billing/acknowledgements", files={"file": ("a.277", b"\xff\xfe not text")}, follow_redirects=True
    )
    assert "a 277CA is a text file (X12)" in refused.text
    unknown = biller.post(
        "/billing/acknowledgements",
        files={"file": ("a.277", _file(_claim("NOT-OURS-9", NPI_BAD)).encode())},
        follow_redirects=True,
    )
    assert "The 277CA was not read" in unknown.text and "NOT-OURS-9" in unknown.text

    api = pristine_practice.client()
    headers = pristine_practice.login(api, "biller")
    answer = api.post(
        "/api/v1/claims/acknowledgements",
        files={"file": ("a.277", _file(_claim(taken_no, TAKEN), trace="API277").encode())},
        headers=headers,
    )
    assert answer.status_code == 200, answer.text
    assert [(c["claim_id"], c["outcome"]) for c in answer.json()["claims"]] == [(taken, "accepted")]
    assert "taken in by the payer: 277CA 2026-11-23: A2:20" in biller.get(f"/billing/claims/{taken}").text
    desk = pristine_practice.client()
    refused_desk = desk.post(
        "/api/v1/claims/acknowledgements",
        files={"file": ("a.277", written.encode())},
        headers=pristine_practice.login(desk, "front_desk"),
    )
    assert refused_desk.status_code == 403
