"""What moves money or a signature that tests/test_money_races.py, test_double_clicks_http.py and
test_races.py did not fire twice yet, fired twice (at the same instant from two threads, and twice in a
row) on SQLite and PostgreSQL, each counting everything it leaves: the signature, the charges, the
outcome measures, the authorization's visit, and the audit entries, exactly once.

Every operation of the three tables sent twice at once writes no audit entry twice. A sign or co-sign
that fails part way (after the signature is added, before, while or after the charges are written)
leaves nothing of itself behind, and the next try is done once. Two visits of one patient signed at
once both count towards the KX threshold."""

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial

import httpx
import pytest
from conftest import Practice
from note_helpers import DRAFT, login_as_provider
from scheduling_helpers import on_the_visit_day, one, provider_actor, supervisor_actor
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.actor import Actor
from core.billing.charges import year_to_date_cents
from core.billing.claims import ClaimFix, LineFix, fix_claim
from core.billing.coding import Service
from core.conversations.service import propose
from core.errors import Conflict
from core.notes import workflow
from core.notes.workflow import DraftIn, cosign, create_draft, sign
from core.visits.service import open_visit

TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


@dataclass(frozen=True)
class Twice:
    """One operation ready to run twice: `act` in a session of its own (core) or a request (HTTP);
    `effects` counts what it leaves, each figure to move by exactly `once` however often it ran."""

    act: Callable[[], object]
    effects: Callable[[], tuple[int, ...]]
    once: tuple[int, ...]
    # The clock it runs under (test_money_races.Prepared.on_day): the visit's day for a signature.
    on_day: Callable[[], AbstractContextManager[None]] = nullcontext


def _count(practice: Practice, sql: str, **params: object) -> int:
    return int(one(practice, sql, **params)[0])


def _execute(practice: Practice, sql: str, **params: object) -> None:
    with practice.engine.begin() as conn:
        conn.execute(text(sql), params)


def _authorized_appointment(practice: Practice, credential: str) -> tuple[int, int, int]:
    """A booked follow-up in clinic 1 with no visit yet, on an authorization with visits left:
    (appointment, provider, authorization)."""
    row = one(
        practice,
        """SELECT a.id, a.provider_id, a.authorization_id FROM appointment a
        JOIN provider p ON p.id = a.provider_id JOIN appointment_type t ON t.id = a.appointment_type_id
        JOIN prior_authorization au ON au.id = a.authorization_id
        JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = :c AND t.kind = 'follow-up'
          AND a.progress_due = :f AND au.visits_used + 2 < au.visits_approved
          AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
        ORDER BY a.starts_at, a.id LIMIT 1""",
        c=credential,
        f=False,
    )
    return int(row[0]), int(row[1]), int(row[2])


@dataclass(frozen=True)
class Drafted:
    note: int
    visit: int
    authorization: int
    author: Actor
    signer: Actor  # who signs (the author) or co-signs (the assistant's supervisor) next


def _drafted(practice: Practice, credential: str) -> Drafted:
    """A drafted note on an authorized visit; an assistant's is signed, waiting for its co-signature."""
    appointment, provider, authorization = _authorized_appointment(practice, credential)
    author = provider_actor(practice, provider)
    with practice.session() as session, on_the_visit_day(practice.engine, appointment=appointment):
        visit = open_visit(session, actor=author, appointment_id=appointment, recording_consent=True)
        note = create_draft(session, actor=author, visit_id=visit.id or 0, data=DraftIn(**DRAFT))
        if credential in ("PT", "OT", "SLP"):
            return Drafted(note.id or 0, visit.id or 0, authorization, author, author)
        sign(session, actor=author, note_id=note.id or 0)
    return Drafted(
        note.id or 0, visit.id or 0, authorization, author, supervisor_actor(practice, note.id or 0)
    )


def _final(practice: Practice, d: Drafted, signed: str) -> tuple[int, ...]:
    """Everything a signature that makes the note final leaves: its signature, its charges, the
    outcome measures, the authorization's visit, and their audit entries."""
    kind = "cosign" if signed == "co-signed" else "sign"
    return (
        _count(
            practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n AND kind = :k", n=d.note, k=kind
        ),
        _count(practice, "SELECT COUNT(*) FROM note WHERE id = :n AND status = 'signed'", n=d.note),
        # one charge set: its codes are the payer's (unique per code and modifiers), written once
        _count(practice, "SELECT COUNT(DISTINCT note_id) FROM charge WHERE note_id = :n", n=d.note),
        _count(practice, "SELECT COUNT(*) FROM outcome_measure_result WHERE visit_id = :v", v=d.visit),
        _count(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=d.authorization),
        _count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'note' AND record_id = :n AND detail LIKE :d",
            n=str(d.note),
            d=f"{signed}%",
        ),
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :a
            AND detail LIKE 'visit used%'""",
            a=str(d.authorization),
        ),
    )


ONCE_FINAL = (1, 1, 1, len(DRAFT["measures"]), 1, 1, 1)  # type: ignore[arg-type]


def _in_session(practice: Practice, act: Callable[[Session], object]) -> Callable[[], object]:
    def run() -> object:
        with Session(practice.engine, expire_on_commit=False) as session:
            return act(session)

    return run


def signing_an_authorized_visit(practice: Practice) -> Twice:
    d = _drafted(practice, "PT")
    return Twice(
        _in_session(practice, lambda s: sign(s, actor=d.signer, note_id=d.note)),
        lambda: _final(practice, d, "signed"),
        ONCE_FINAL,
        partial(on_the_visit_day, practice.engine, note=d.note),
    )


def cosigning_an_authorized_visit(practice: Practice) -> Twice:
    d = _drafted(practice, "PTA")
    return Twice(
        _in_session(practice, lambda s: cosign(s, actor=d.signer, note_id=d.note)),
        lambda: _final(practice, d, "co-signed"),
        ONCE_FINAL,
        partial(on_the_visit_day, practice.engine, note=d.note),
    )


def _unsent_claim(practice: Practice) -> tuple[int, int, int]:
    """An unsent claim of clinic 1 that no remittance answered: (claim, its first line's number, units)."""
    row = one(
        practice,
        """SELECT c.id, l.line_number, l.units FROM claim c JOIN claim_line l ON l.claim_id = c.id
        WHERE c.clinic_id = 1 AND c.status IN ('draft', 'ready', 'held') AND l.units < 90
          AND NOT EXISTS (SELECT 1 FROM adjustment a JOIN claim_line y ON y.id = a.claim_line_id
                          WHERE y.claim_id = c.id)
        ORDER BY c.id DESC, l.line_number LIMIT 1""",
    )
    return int(row[0]), int(row[1]), int(row[2])


def _claim_fixed(practice: Practice, claim: int, line: int) -> tuple[int, ...]:
    return (
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
            AND detail LIKE 'corrected%'""",
            c=str(claim),
        ),
        _count(
            practice, "SELECT units FROM claim_line WHERE claim_id = :c AND line_number = :l", c=claim, l=line
        ),
    )


def correcting_a_claims_units(practice: Practice) -> Twice:
    claim, line, units = _unsent_claim(practice)
    biller = practice.actor("biller")
    fix = ClaimFix(lines=[LineFix(line_number=line, units=units + 1)])
    return Twice(
        _in_session(
            practice,
            lambda s: fix_claim(s, actor=biller, claim_id=claim, fix=fix, today=TODAY),
        ),
        lambda: _claim_fixed(practice, claim, line),
        (1, 1),
    )


def _api(practice: Practice, role: str) -> tuple[object, dict[str, str]]:
    client = practice.client()
    return client, practice.login(client, role)


def correcting_a_claim_through_the_api(practice: Practice) -> Twice:
    claim, line, units = _unsent_claim(practice)
    client, headers = _api(practice, "biller")
    body = {"lines": [{"line_number": line, "units": units + 1}]}
    return Twice(
        lambda: client.patch(f"/api/v1/claims/{claim}", json=body, headers=headers),  # type: ignore[attr-defined]
        lambda: _claim_fixed(practice, claim, line),
        (1, 1),
    )


def voiding_a_claim_through_the_api(practice: Practice) -> Twice:
    claim, _, _ = _unsent_claim(practice)
    client, headers = _api(practice, "biller")
    return Twice(
        lambda: client.post(f"/api/v1/claims/{claim}/void", headers=headers),  # type: ignore[attr-defined]
        lambda: (
            _count(
                practice,
                "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c AND detail = 'voided'",
                c=str(claim),
            ),
            _count(practice, "SELECT COUNT(*) FROM claim WHERE id = :c AND status = 'void'", c=claim),
        ),
        (1, 1),
    )


def confirming_the_assistant_through_the_api(practice: Practice) -> Twice:
    """The chat's Confirm button (its token) sent twice: the visit cancelled once."""
    appointment = int(
        one(
            practice,
            """SELECT id FROM appointment WHERE status = 'booked' AND clinic_id = 1 AND starts_at > :t
            ORDER BY starts_at DESC, id LIMIT 1""",
            t=datetime(2026, 11, 25, tzinfo=UTC),
        )[0]
    )
    desk = practice.actor("front_desk", "riverside")
    with practice.session() as session:
        token = propose(
            session,
            actor=desk,
            chat=None,
            action="cancel",
            payload={"appointment_id": appointment, "reason": "patient is ill"},
            summary="Cancel the visit",
        )
        session.commit()
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    return Twice(
        lambda: client.post("/api/v1/assistant/confirm", json={"token": token}, headers=headers),
        lambda: (
            _count(
                practice,
                """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'appointment' AND record_id = :a
                AND detail LIKE 'cancelled%'""",
                a=str(appointment),
            ),
            _count(
                practice,
                "SELECT COUNT(*) FROM appointment WHERE id = :a AND status = 'cancelled'",
                a=appointment,
            ),
        ),
        (1, 1),
    )


OPERATIONS = (
    signing_an_authorized_visit,
    cosigning_an_authorized_visit,
    correcting_a_claims_units,
    correcting_a_claim_through_the_api,
    voiding_a_claim_through_the_api,
    confirming_the_assistant_through_the_api,
)


def _twice(practice: Practice, operation: Callable, together: bool) -> list[object]:
    prepared = operation(practice)
    before = prepared.effects()

    def send(_: int) -> object:
        try:
            return prepared.act()
        except Conflict as refused:
            return refused

    with prepared.on_day():
        outcomes = at_once(2, send) if together else [send(0), send(1)]
    after = prepared.effects()
    assert tuple(a - b for a, b in zip(after, before, strict=True)) == prepared.once, outcomes
    replies = [o for o in outcomes if isinstance(o, httpx.Response)]
    answers = [(r.status_code, r.text[:300]) for r in replies]
    assert all(r.status_code < 500 for r in replies), answers
    for reply in replies:
        if reply.status_code == 409:
            assert reply.json()["detail"], answers
    done = [
        o
        for o in outcomes
        if not isinstance(o, Conflict) and not (isinstance(o, httpx.Response) and o.status_code >= 400)
    ]
    assert done, f"the first one is done: {outcomes}"
    assert all(o.detail for o in outcomes if isinstance(o, Conflict))
    return outcomes


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.__name__)
def test_twice_at_the_same_instant_is_done_once(pristine_practice: Practice, operation: Callable) -> None:
    _twice(pristine_practice, operation, together=True)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.__name__)
def test_twice_in_a_row_is_done_once(pristine_practice: Practice, operation: Callable) -> None:
    _twice(pristine_practice, operation, together=False)


# -- a signature that fails part way ----------------------------------------------------------------------


class Crash(RuntimeError):
    """What a signature meets part way: a lost connection, a full disk, a bug."""


def _crashing(*_: object, **__: object) -> None:
    raise Crash("the server went away mid-sign")


def _sign_through_the_api(practice: Practice, d: Drafted, kind: str) -> httpx.Response:
    client = practice.client()
    headers = login_as_provider(practice, client, min(d.signer.provider_ids))
    with on_the_visit_day(practice.engine, note=d.note):
        if kind == "sign":
            return client.post(
                f"/api/v1/notes/{d.note}/sign", json={"acknowledged_warnings": []}, headers=headers
            )
        return client.post(f"/api/v1/notes/{d.note}/cosign", headers=headers)


def _use_up(practice: Practice, d: Drafted) -> Callable[[], None]:
    """The authorization's last visit used meanwhile (a real refusal, met after the charges are
    written); what gives it back."""
    used = _count(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=d.authorization)
    _execute(
        practice,
        "UPDATE prior_authorization SET visits_used = visits_approved WHERE id = :a",
        a=d.authorization,
    )
    return lambda: _execute(
        practice, "UPDATE prior_authorization SET visits_used = :u WHERE id = :a", u=used, a=d.authorization
    )


# Where a signature can fail, in the order signing meets them: before the charges are written, after
# them, at the authorization (a real refusal), after the outcome measures, at its audit entry, at the
# documentation time counted last (signing only).
FAILURES = (
    "code_and_charge",
    "use_visit",
    "authorization used up",
    "refresh_progress_flags",
    "audit_on",
    "minutes_at_signing",
)


@pytest.mark.parametrize(
    ("kind", "failure"),
    # A co-signature counts no documentation time, so it cannot fail there.
    [
        (kind, f)
        for kind in ("sign", "cosign")
        for f in FAILURES
        if not (kind == "cosign" and f == "minutes_at_signing")
    ],
)
def test_a_signature_that_fails_part_way_leaves_nothing_and_the_next_try_is_done_once(
    pristine_practice: Practice, monkeypatch: pytest.MonkeyPatch, kind: str, failure: str
) -> None:
    practice = pristine_practice
    d = _drafted(practice, "PT" if kind == "sign" else "PTA")
    signed = "signed" if kind == "sign" else "co-signed"
    before = _final(practice, d, signed)
    with monkeypatch.context() as patched:
        if failure == "authorization used up":
            give_back = _use_up(practice, d)
            reply = _sign_through_the_api(practice, d, kind)
            assert reply.status_code == 409 and "no visits left" in reply.json()["detail"], reply.text
            give_back()
        else:
            patched.setattr(workflow, failure, _crashing)
            with pytest.raises(Crash):
                _sign_through_the_api(practice, d, kind)
    assert _final(practice, d, signed) == before, "nothing of the failed signature is left"
    status = one(practice, "SELECT status, signed_at IS NULL FROM note WHERE id = :n", n=d.note)
    assert tuple(status) == (("draft", True) if kind == "sign" else ("awaiting_cosign", False))

    again = _sign_through_the_api(practice, d, kind)
    assert again.status_code == 200, again.text
    after = _final(practice, d, signed)
    assert tuple(a - b for a, b in zip(after, before, strict=True)) == ONCE_FINAL


# -- the audit log: a second click writes no second entry ---------------------------------------------------


def _as_twice(operation: Callable) -> Callable:  # type: ignore[type-arg]
    """Any of the three tables' operations as a Twice: a core one (act takes a session), a request."""

    def prepare(practice: Practice) -> Twice:
        prepared = operation(practice)
        if isinstance(prepared, Twice):
            return prepared
        if hasattr(prepared, "send"):
            return Twice(prepared.send, prepared.effects, prepared.once, prepared.on_day)
        return Twice(_in_session(practice, prepared.act), prepared.effects, prepared.once, prepared.on_day)

    prepare.__name__ = f"{operation.__module__.removeprefix('test_')}.{operation.__name__}"
    return prepare


def _written(practice: Practice, since: int) -> dict[tuple[str, ...], int]:
    """The audit entries after `since` that record a change or a refusal (reads are audited per
    request, and a second request reads again), counted by what they say of which record."""
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT action, outcome, record_type, record_id, detail, COUNT(*) FROM audit_entry
                WHERE id > :i
                AND NOT (outcome = 'allowed' AND (action LIKE '%.read' OR action LIKE '%.read_signed'))
                GROUP BY action, outcome, record_type, record_id, detail"""
            ),
            {"i": since},
        ).all()
    return {tuple(str(c) for c in row[:5]): int(row[5]) for row in rows}


def _details(practice: Practice) -> list[tuple[str, ...]]:
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT id, action, outcome, record_type, record_id, detail FROM audit_entry
                WHERE NOT (outcome = 'allowed' AND (action LIKE '%.read' OR action LIKE '%.read_signed'))
                ORDER BY id DESC LIMIT 12"""
            )
        ).all()
    return [tuple(str(c) for c in r) for r in rows]


def _last_entry(practice: Practice) -> int:
    return _count(practice, "SELECT COALESCE(MAX(id), 0) FROM audit_entry")


def _audited(practice: Practice, operation: Callable, times: int) -> dict[tuple[str, str, str], int]:
    prepared = operation(practice)
    since = _last_entry(practice)

    def send(_: int) -> object:
        try:
            return prepared.act()
        except Conflict as refused:
            return refused

    with prepared.on_day():
        at_once(times, send)
    return _written(practice, since)


def _all_operations() -> tuple[Callable, ...]:  # type: ignore[type-arg]
    import test_double_clicks_http
    import test_money_races

    mine = OPERATIONS
    return tuple(
        _as_twice(o) for o in (*test_money_races.OPERATIONS, *test_double_clicks_http.OPERATIONS, *mine)
    )


@pytest.mark.parametrize("operation", _all_operations(), ids=lambda o: o.__name__)
def test_twice_at_once_is_audited_once(
    pristine_practice: Practice, demo_clock: datetime, operation: Callable
) -> None:
    """The audit log says what was done, once: the same change sent twice at the same instant writes
    no entry twice (the same action on the same record saying the same), where once writes each once.
    At the demo's moment, as the three tables' own tests run them (the visits ahead to cancel, move or
    check in are the demo's on any day; the clients log in on the wall clock)."""
    once = _audited(pristine_practice, operation, 1)
    assert all(n == 1 for n in once.values()), once
    twice = _audited(pristine_practice, operation, 2)
    assert {k: n for k, n in twice.items() if n > 1} == {}, _details(pristine_practice)


# -- the KX threshold: two visits of one patient signed at once ------------------------------------------


def _same_patients_visits(practice: Practice) -> tuple[Drafted, Drafted, int]:
    """Two drafted PT notes of one patient on one day, whose payer sets a KX threshold for the year:
    (first, second, payer)."""
    rows = one(
        practice,
        """SELECT a.patient_id, i.payer_id FROM appointment a
        JOIN provider p ON p.id = a.provider_id JOIN appointment_type t ON t.id = a.appointment_type_id
        JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
        JOIN payer_threshold h ON h.payer_id = i.payer_id AND h.year = 2026
        LEFT JOIN prior_authorization au ON au.id = a.authorization_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'follow-up'
          AND a.progress_due = :f AND (au.id IS NULL OR au.visits_used + 4 < au.visits_approved)
          AND a.starts_at < :end
          AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
        GROUP BY a.patient_id, i.payer_id HAVING COUNT(*) >= 2 ORDER BY a.patient_id LIMIT 1""",
        f=False,
        end=datetime(2027, 1, 1, tzinfo=UTC),
    )
    patient, payer = int(rows[0]), int(rows[1])
    drafted = []
    with practice.engine.connect() as conn:
        appointments = conn.execute(
            text(
                """SELECT a.id, a.provider_id, a.authorization_id FROM appointment a
                JOIN provider p ON p.id = a.provider_id JOIN appointment_type t ON t.id = a.appointment_type_id
                WHERE a.patient_id = :p AND a.status = 'booked' AND p.credential = 'PT' AND t.kind = 'follow-up'
                AND a.progress_due = :f AND a.starts_at < :end
                AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
                ORDER BY a.starts_at LIMIT 2"""
            ),
            {"p": patient, "f": False, "end": datetime(2027, 1, 1, tzinfo=UTC)},
        ).all()
    for appointment, provider, authorization in appointments:
        author = provider_actor(practice, int(provider))
        with practice.session() as session, on_the_visit_day(practice.engine, appointment=int(appointment)):
            visit = open_visit(session, actor=author, appointment_id=int(appointment), recording_consent=True)
            note = create_draft(session, actor=author, visit_id=visit.id or 0, data=DraftIn(**DRAFT))
        drafted.append(Drafted(note.id or 0, visit.id or 0, int(authorization or 0), author, author))
    first, second = drafted
    # One day for both, so that whichever is signed second sees the first's charges (a later day's are
    # not counted for an earlier visit, whatever the order).
    _execute(
        practice,
        "UPDATE visit SET service_date = (SELECT service_date FROM visit WHERE id = :a) WHERE id = :b",
        a=first.visit,
        b=second.visit,
    )
    # and its appointment with it: signing waits for the appointment's time where it is later (a visit opened
    # ahead whose appointment was moved, #20)
    _execute(
        practice,
        """UPDATE appointment SET starts_at = (SELECT f.starts_at FROM appointment f JOIN visit v
               ON v.appointment_id = f.id WHERE v.id = :a),
           ends_at = (SELECT f.ends_at FROM appointment f JOIN visit v ON v.appointment_id = f.id WHERE v.id = :a)
        WHERE id = (SELECT appointment_id FROM visit WHERE id = :b)""",
        a=first.visit,
        b=second.visit,
    )
    return first, second, payer


def _kx_lines(practice: Practice, note: int) -> int:
    return _count(
        practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n AND modifiers LIKE '%KX%'", n=note
    )


@pytest.mark.parametrize("together", (True, False), ids=("at_once", "in_a_row"))
def test_two_visits_of_one_patient_signed_at_once_put_kx_on_the_one_that_passes_the_threshold(
    pristine_practice: Practice, together: bool
) -> None:
    """KX goes on the visit whose charges take the year's therapy spending past the threshold: with
    the first visit's charges the spending reaches the threshold exactly (not past), so the second
    visit signed passes it. Signed at the same instant, the second must still see the first's
    charges: charging is serialised per patient, or neither visit would carry KX."""
    practice = pristine_practice
    first, second, payer = _same_patients_visits(practice)
    with practice.session() as session:
        service_date = one(practice, "SELECT service_date FROM visit WHERE id = :v", v=first.visit)[0]
        on = (
            service_date.date()
            if isinstance(service_date, datetime)
            else date.fromisoformat(str(service_date)[:10])
        )
        spent = year_to_date_cents(
            session,
            int(one(practice, "SELECT patient_id FROM visit WHERE id = :v", v=first.visit)[0]),
            "PT",
            on,
        )
        preview = workflow.code_services(
            session,
            actor=first.author,
            visit_id=first.visit,
            services=[Service(**s) for s in DRAFT["services"]],  # type: ignore[arg-type, union-attr]
        )
    visit_cents = sum(line["fee_cents"] for line in preview["lines"])
    assert visit_cents > 0, preview
    before = one(
        practice,
        "SELECT kx_threshold_cents FROM payer_threshold WHERE payer_id = :p AND year = :y",
        p=payer,
        y=on.year,
    )[0]
    _execute(
        practice,
        "UPDATE payer_threshold SET kx_threshold_cents = :t WHERE payer_id = :p AND year = :y",
        t=spent + visit_cents,
        p=payer,
        y=on.year,
    )
    try:

        def send(i: int) -> object:
            d = (first, second)[i]
            with Session(practice.engine, expire_on_commit=False) as session:
                return sign(session, actor=d.signer, note_id=d.note)

        with on_the_visit_day(practice.engine, note=first.note):  # their one day (the second's set to it)
            at_once(2, send) if together else [send(0), send(1)]
    finally:
        _execute(
            practice,
            "UPDATE payer_threshold SET kx_threshold_cents = :t WHERE payer_id = :p AND year = :y",
            t=before,
            p=payer,
            y=on.year,
        )
    kx = sorted(_kx_lines(practice, d.note) > 0 for d in (first, second))
    assert kx == [False, True], "one visit, the one signed second, passes the threshold"
