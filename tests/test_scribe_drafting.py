"""scribe.drafting called directly on a demo practice of the module's own: a therapist's visit opened from
a booked follow-up is drafted from a transcript and saved as the note's first version, its codes the same
ones signing would give; a visit with no transcript, a transcript that is not one, and one with no speech
are refused and leave no note; the front desk may not draft."""

import pytest
from conftest import Practice
from scheduling_helpers import on_the_visit_day
from sqlalchemy import text
from sqlmodel import Session, func, select

from core.billing.coding import Service
from core.errors import Forbidden, Invalid
from core.notes import workflow
from core.notes.models import Note
from core.notes.review_marks import SECTIONS
from core.users.service import actor_by_email
from core.visits.service import open_visit
from scribe.drafting import draft_visit

SAID = [
    ("therapist", "How has the knee been since last time?"),
    ("patient", "Better. The pain is about three out of ten today, it was five last week."),
    ("therapist", "We did fifteen minutes of therapeutic exercise, quad sets and straight leg raises."),
    ("therapist", "Then ten minutes of gait training on the stairs with the rail."),
    ("therapist", "Knee flexion is 110 degrees now. Continue the plan, twice a week."),
]


def _transcript(lines: list[tuple[str, str]]) -> dict:
    return {
        "segments": [
            {"speaker": who, "start": i * 6.0, "end": i * 6.0 + 5.0, "text": said}
            for i, (who, said) in enumerate(lines)
        ]
    }


def _opened(practice: Practice, skip: int = 0) -> tuple[int, object]:
    """A visit opened by its PT for a booked follow-up of the first clinic: (visit id, the PT's actor)."""
    with practice.session() as session:
        appointment, email = session.exec(
            text(
                """SELECT a.id, u.email FROM appointment a
                JOIN appointment_type t ON t.id = a.appointment_type_id
                JOIN provider p ON p.id = a.provider_id JOIN app_user u ON u.id = p.user_id
                WHERE a.clinic_id = 1 AND a.status = 'booked' AND t.kind = 'follow-up' AND NOT a.progress_due
                  AND p.credential = 'PT' AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
                ORDER BY a.starts_at DESC LIMIT 1 OFFSET :skip"""
            ).bindparams(skip=skip)
        ).one()
        actor = actor_by_email(session, email, "127.0.0.1")
        session.commit()  # its reads ended: on SQLite the helper's own read waits for no one
        with on_the_visit_day(practice.engine, appointment=appointment, log_ins=False):
            visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
        return visit.id or 0, actor


def _notes(session: Session, visit_id: int) -> int:
    return session.exec(select(func.count()).select_from(Note).where(Note.visit_id == visit_id)).one()


def test_a_visit_is_drafted_from_its_transcript_with_signings_own_codes(pristine_practice: Practice) -> None:
    visit_id, actor = _opened(pristine_practice)
    with pristine_practice.session() as session:
        drafted = draft_visit(session, actor=actor, visit_id=visit_id, transcript=_transcript(SAID))  # type: ignore[arg-type]
        note = drafted.note
        assert (note.visit_id, note.status) == (visit_id, "draft")
        assert [s.text for s in drafted.segments] == [said for _, said in SAID]
        assert all(drafted.draft.note.get(section) for section in SECTIONS)
        assert "3/10" in drafted.draft.note["subjective"] or "three" in drafted.draft.note["subjective"]
        assert drafted.form is None  # a daily note has no form
        minutes = {s["code"]: s["minutes"] for s in drafted.draft.services}
        assert minutes.get("97110") == 15 and minutes.get("97116") == 10
        # The codes shown are what signing's coding gives for the same services.
        coded = workflow.code_services(
            session,
            actor=actor,
            visit_id=visit_id,
            services=[Service(**s) for s in drafted.draft.services],  # type: ignore[arg-type]
        )
        assert [(c["code"], c["units"]) for c in drafted.draft.codes] == [
            (c["code"], c["units"]) for c in coded["lines"]
        ]
        assert (
            sum(c["units"] for c in drafted.draft.codes) == 2
        )  # 25 minutes: two units under the 8-minute rule
        assert _notes(session, visit_id) == 1


# (the transcript given, a word of the refusal)
REFUSED = [
    (None, "no transcript yet"),  # none given and none recorded
    ({"lines": []}, "'segments' list"),
    ({"segments": [{"start": 0, "end": 2}]}, "needs start, end and text"),
    ({"segments": [{"start": 5, "end": 2, "text": "hello"}]}, "ends before it starts"),
    ({"segments": []}, "no speech"),
]


@pytest.mark.parametrize(("transcript", "word"), REFUSED)
def test_a_visit_with_nothing_to_draft_from_is_refused(
    pristine_practice: Practice, transcript: dict | None, word: str
) -> None:
    visit_id, actor = _opened(pristine_practice, skip=1 + REFUSED.index((transcript, word)))
    with pristine_practice.session() as session:
        with pytest.raises(Invalid, match=word):
            draft_visit(session, actor=actor, visit_id=visit_id, transcript=transcript)  # type: ignore[arg-type]
        assert _notes(session, visit_id) == 0


def test_the_front_desk_may_not_draft_a_note(pristine_practice: Practice) -> None:
    visit_id, _ = _opened(pristine_practice, skip=len(REFUSED) + 1)
    desk = pristine_practice.actor("front_desk", "riverside")
    with pristine_practice.session() as session:
        with pytest.raises(Forbidden):
            draft_visit(session, actor=desk, visit_id=visit_id, transcript=_transcript(SAID))
        assert _notes(session, visit_id) == 0


def test_no_transaction_is_open_while_the_scribe_drafts(
    pristine_practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drafting takes seconds: the visit's context is read and its transaction ended before, so every
    other request goes on meanwhile (on SQLite, a transaction held open would make them wait)."""
    from scribe.draft import draft as real

    visit_id, actor = _opened(pristine_practice, skip=len(REFUSED) + 2)
    open_while_drafting: list[bool] = []
    with pristine_practice.session() as session:

        def watched(*args: object, **kwargs: object) -> object:
            open_while_drafting.append(session.in_transaction())
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr("scribe.drafting.draft", watched)
        draft_visit(session, actor=actor, visit_id=visit_id, transcript=_transcript(SAID))  # type: ignore[arg-type]
        assert open_while_drafting == [False]
        assert _notes(session, visit_id) == 1
