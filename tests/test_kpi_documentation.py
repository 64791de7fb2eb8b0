"""A note's documentation time is counted as it is signed and stored on the note (core.notes.documentation);
the dashboard's KPI reads it instead of the audit log. On SQLite and PostgreSQL: what is stored is what
the audit log gives (the author's actions on the note up to the signature), also through the API (whose
reads are written at the request's end); a double click on sign, a co-signature and a return for
correction followed by a re-signature each leave one figure, the one the log gives; and migration 0020
counts it for the notes of an existing database, the ones the demo builder stores."""

from datetime import UTC, datetime, timedelta

import kpi_per_range as reference
import pytest
from alembic import command
from note_helpers import DRAFT, login_as_provider
from scheduling_helpers import one, opened_visit, supervisor_actor
from server_helpers import at_once
from sqlalchemy import inspect, text
from sqlmodel import select

from core.audit.models import AuditEntry
from core.db import snapshot_session
from core.errors import Conflict
from core.kpis import definitions
from core.kpis import formulas as f
from core.migrate import alembic_config, upgrade
from core.notes.models import Note, NoteSignature
from core.notes.workflow import DraftIn, cosign, create_draft, edit, return_for_correction, sign, versions
from core.providers.models import Provider
from core.timeutil import as_utc
from core.visits.models import Visit

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


class Clock:
    """The time audit entries and signatures are written at, moved on by the test."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = as_utc(moment)

    def wait(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    moved = Clock()
    monkeypatch.setattr("core.audit.service.utcnow", moved)
    monkeypatch.setattr("core.notes.workflow.utcnow", moved)
    return moved


def _stored(practice, note_id: int) -> float | None:  # type: ignore[no-untyped-def]
    return one(practice, "SELECT documentation_minutes FROM note WHERE id = :n", n=note_id)[0]


def _from_the_log(practice, note_id: int) -> float | None:  # type: ignore[no-untyped-def]
    """The note's minutes as the KPI counted them from the audit log before they were stored
    (tests/kpi_per_range.py): its author's allowed actions on it, up to the last signature."""
    with practice.session() as session:
        note = session.get(Note, note_id)
        assert note is not None and note.signed_at is not None
        author = session.exec(select(Provider.user_id).where(Provider.id == note.provider_id)).one()
        actions = session.exec(
            select(AuditEntry.action, AuditEntry.at).where(
                AuditEntry.record_type == "note",
                AuditEntry.record_id == str(note_id),
                AuditEntry.user_id == author,
                AuditEntry.outcome == "allowed",
            )
        ).all()
        times = f.until_signed(list(actions), note.signed_at)
        return f.active_minutes(times) if times else None


def _drafted(practice, clock: Clock, credential: str):  # type: ignore[no-untyped-def]
    """A note drafted as its visit ends (the scribe's draft), with its author."""
    visit_id, author = opened_visit(practice, credential)
    with practice.session() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        clock.set(visit.service_date + timedelta(minutes=45))
        note = create_draft(session, actor=author, visit_id=visit_id, data=DraftIn(**DRAFT))
    return note.id or 0, author


def test_the_minutes_stored_at_signing_are_the_ones_the_audit_log_gives(practice, clock) -> None:  # type: ignore[no-untyped-def]
    note_id, author = _drafted(practice, clock, "PT")
    owner = practice.actor("owner")
    with practice.session() as session:
        clock.wait(2)
        versions(session, actor=author, note_id=note_id)
        clock.wait(3)
        edit(session, actor=author, note_id=note_id, data=DraftIn(**{**DRAFT, "plan": "Continue 3x/week."}))
        clock.wait(1)
        versions(session, actor=owner, note_id=note_id)  # the owner's reading is no documenting
        clock.wait(30)  # away from the note: the gap is not counted
        versions(session, actor=author, note_id=note_id)
        clock.wait(4)
        sign(session, actor=author, note_id=note_id)
        clock.wait(3)
        versions(session, actor=author, note_id=note_id)  # read after signing: not documenting
    assert _stored(practice, note_id) == pytest.approx(2 + 3 + 4)
    assert _stored(practice, note_id) == _from_the_log(practice, note_id)
    # and the KPI of the visit's day and provider is the one counted from the log, as before
    provider, clinic, served = one(
        practice,
        "SELECT n.provider_id, n.clinic_id, v.service_date FROM note n JOIN visit v ON v.id = n.visit_id"
        " WHERE n.id = :n",
        n=note_id,
    )
    day = as_utc(served if isinstance(served, datetime) else datetime.fromisoformat(served)).date()
    # the visit's day in the clinic's zone, whichever side of UTC midnight
    start, end = day - timedelta(days=1), day + timedelta(days=1)
    with snapshot_session(practice.engine) as reader:
        [now] = definitions.documentation_minutes(
            reader, [definitions.Scope(start, end, (clinic,), None, provider)]
        )
        before = reference.documentation_minutes(
            reader, reference.Scope(start, end, (clinic,), None, provider)
        )
    assert now == before and now.denominator


def test_a_double_click_on_sign_through_the_api_stores_it_once(practice, clock) -> None:  # type: ignore[no-untyped-def]
    """The API's reads are written at the end of their request, with the time they were made: counted."""
    note_id, _ = _drafted(practice, clock, "PT")
    client = practice.client()
    headers = login_as_provider(
        practice, client, one(practice, "SELECT provider_id FROM note WHERE id = :n", n=note_id)[0]
    )
    clock.wait(3)
    assert client.get(f"/api/v1/notes/{note_id}", headers=headers).status_code == 200
    clock.wait(2)
    first = client.post(f"/api/v1/notes/{note_id}/sign", json={"acknowledged_warnings": []}, headers=headers)
    assert first.status_code == 200, first.text
    clock.wait(0.01)
    again = client.post(f"/api/v1/notes/{note_id}/sign", json={"acknowledged_warnings": []}, headers=headers)
    assert again.status_code == 409, again.text
    assert _stored(practice, note_id) == pytest.approx(5)
    assert _stored(practice, note_id) == _from_the_log(practice, note_id)
    signatures = one(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note_id)[0]
    assert signatures == 1


def test_signing_twice_at_once_stores_the_one_signatures_minutes(practice, clock) -> None:  # type: ignore[no-untyped-def]
    note_id, author = _drafted(practice, clock, "PT")
    with practice.session() as session:
        clock.wait(6)
        versions(session, actor=author, note_id=note_id)
    clock.wait(1)

    def signing(_: int) -> str:
        with practice.session() as session:
            try:
                sign(session, actor=author, note_id=note_id)
            except Conflict:
                return "refused"
            return "signed"

    assert sorted(at_once(2, signing)) == ["refused", "signed"]
    assert _stored(practice, note_id) == pytest.approx(7)
    assert _stored(practice, note_id) == _from_the_log(practice, note_id)


def test_a_co_signature_leaves_the_assistants_minutes_and_a_return_counts_them_again(practice, clock) -> None:  # type: ignore[no-untyped-def]
    # co-signed: the supervisor's reading and signing are not the assistant's documentation time
    note_id, assistant = _drafted(practice, clock, "PTA")
    supervisor = supervisor_actor(practice, note_id)
    with practice.session() as session:
        clock.wait(3)
        versions(session, actor=assistant, note_id=note_id)
        clock.wait(2)
        sign(session, actor=assistant, note_id=note_id)
        assert _stored(practice, note_id) == pytest.approx(5)
        clock.wait(4)
        versions(session, actor=supervisor, note_id=note_id)
        clock.wait(1)
        cosign(session, actor=supervisor, note_id=note_id)
    assert _stored(practice, note_id) == pytest.approx(5)
    assert _stored(practice, note_id) == _from_the_log(practice, note_id)
    # returned: the signature and its minutes go; signed again, the whole trail counts, once
    note_id, assistant = _drafted(practice, clock, "PTA")
    supervisor = supervisor_actor(practice, note_id)
    with practice.session() as session:
        clock.wait(3)
        versions(session, actor=assistant, note_id=note_id)
        clock.wait(2)
        sign(session, actor=assistant, note_id=note_id)
        clock.wait(1)
        return_for_correction(session, actor=supervisor, note_id=note_id, comment="Add the gait distance.")
        assert _stored(practice, note_id) is None
        clock.wait(2)
        edit(session, actor=assistant, note_id=note_id, data=DraftIn(**{**DRAFT, "plan": "Gait 150 ft."}))
        clock.wait(2)
        sign(session, actor=assistant, note_id=note_id)
        signatures = session.exec(select(NoteSignature.kind).where(NoteSignature.note_id == note_id)).all()
    assert signatures == ["sign"]
    assert _stored(practice, note_id) == pytest.approx(3 + 2 + 3 + 2)
    assert _stored(practice, note_id) == _from_the_log(practice, note_id)


def test_the_upgrade_counts_the_minutes_of_the_notes_already_signed(pristine_practice) -> None:  # type: ignore[no-untyped-def]
    """The demo's notes, as its builder stores them; the database taken back to 0019 (no minutes) and
    upgraded again: every signed note's minutes are counted from the log, the same figures."""
    practice = pristine_practice

    def signed_minutes() -> dict[int, float | None]:
        with practice.session() as session:
            rows = session.exec(
                text("SELECT id, documentation_minutes FROM note WHERE signed_at IS NOT NULL ORDER BY id")
            ).all()
        return {note_id: minutes for note_id, minutes in rows}

    built = signed_minutes()
    assert len(built) > 1000 and all(m is not None for m in built.values())
    sample = list(built)[:: len(built) // 40]
    assert [built[n] for n in sample] == [_from_the_log(practice, n) for n in sample]
    practice.engine.dispose()
    command.downgrade(alembic_config(practice.url), "0019")
    columns = {c["name"] for c in inspect(practice.engine).get_columns("note")}
    assert "documentation_minutes" not in columns
    practice.engine.dispose()
    upgrade(practice.url)
    practice.engine.dispose()
    assert signed_minutes() == built
