"""scribe.intake called directly on a demo practice of the module's own: a file is copied a megabyte at a
time and refused past its limit (table-driven); a speech model that is not here is refused up front; who
may record is asked before a byte is read; a file of the wrong type, one that does not decode or one too
large leaves nothing behind; a spoken dictation is kept and its transcription job made."""

import io
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from audio_helpers import dictation_clip
from conftest import Practice
from scheduling_helpers import on_the_visit_day
from sqlalchemy import text
from sqlmodel import Session, func, select

from core.errors import Conflict, Invalid
from core.recordings.models import Recording
from core.recordings.service import audio_path
from core.users.service import actor_by_email
from core.visits.service import open_visit
from scribe.intake import FILE_TYPES, KINDS, accept_upload, model_choice, save_capped
from scribe.models import MODELS

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

# (bytes in the file, the limit in MB, whether it is kept)
SIZES = [
    (0, 1, True),
    (999_999, 1, True),
    (1_000_000, 1, True),
    (1_000_001, 1, False),
    (2_500_000, 3, True),
    (3_200_000, 3, False),
]


@pytest.mark.parametrize(("size", "megabytes", "kept"), SIZES)
def test_a_file_is_copied_up_to_its_limit(tmp_path: Path, size: int, megabytes: int, kept: bool) -> None:
    data = bytes(i % 251 for i in range(size))
    target = tmp_path / "copy.bin"
    if kept:
        save_capped(io.BytesIO(data), target, megabytes)
        assert target.read_bytes() == data
    else:
        with pytest.raises(Invalid, match=f"larger than the {megabytes} MB limit"):
            save_capped(io.BytesIO(data), target, megabytes)
        assert target.stat().st_size <= megabytes * 1_000_000


def test_a_speech_model_that_is_not_here_is_refused_up_front(pristine_practice: Practice) -> None:
    settings = pristine_practice.settings
    usable = [name for name, m in MODELS.items() if not m.unusable]
    assert model_choice(settings.model_copy(update={"stt_model": usable[0]})) == (
        settings.stt_backend,
        usable[0],
    )
    for name in ("large-v9", *(n for n, m in MODELS.items() if m.unusable)):
        with pytest.raises(Invalid, match=name):
            model_choice(settings.model_copy(update={"stt_model": name}))


class Unread(io.BytesIO):
    """A file that must not be read."""

    def read(self, *args: object) -> bytes:  # type: ignore[override]
        raise AssertionError("the file was read before asking who may record")


# The visit's day, on the services' clock, from its opening to the end of the test (_visit).
_visit_days = ExitStack()


@pytest.fixture(autouse=True)
def _back_from_the_visit_day() -> Iterator[None]:
    yield
    _visit_days.close()


def _visit(practice: Practice, *, consent: bool, skip: int) -> tuple[int, object]:
    """A visit opened, and then recorded, on its day (nothing is recorded before it,
    core.visits.service.visit_ahead): the clock stays there until the test ends."""
    with practice.session() as session:
        appointment, email = session.exec(
            text(
                """SELECT a.id, u.email FROM appointment a
                JOIN provider p ON p.id = a.provider_id JOIN app_user u ON u.id = p.user_id
                WHERE a.clinic_id = 1 AND a.status = 'booked' AND p.credential = 'PT'
                  AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
                ORDER BY a.starts_at DESC LIMIT 1 OFFSET :skip"""
            ).bindparams(skip=skip)
        ).one()
        actor = actor_by_email(session, email, "127.0.0.1")
        session.commit()  # its reads ended: on SQLite the helper's own read waits for no one
        _visit_days.enter_context(on_the_visit_day(practice.engine, appointment=appointment, log_ins=False))
        visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=consent)
        return visit.id or 0, actor


def _recordings(session: Session, visit_id: int) -> int:
    return session.exec(
        select(func.count()).select_from(Recording).where(Recording.visit_id == visit_id)
    ).one()


def _incoming(practice: Practice) -> list[Path]:
    return list((practice.settings.data_dir / "recordings").glob("incoming-*"))


def test_refused_uploads_leave_nothing_behind(pristine_practice: Practice) -> None:
    visit_id, actor = _visit(pristine_practice, consent=True, skip=0)
    settings = pristine_practice.settings.model_copy(update={"audio_max_megabytes": 1})
    refused: list[tuple[dict[str, object], type[Exception], str]] = [
        ({"kind": "video", "filename": "a.wav"}, Invalid, "upload or dictation"),
        ({"filename": "notes.txt"}, Invalid, "send a"),
        ({"filename": ""}, Invalid, "send a"),
        ({"filename": "room.wav", "file": io.BytesIO(b"RIFF" + b"\0" * 4000)}, Invalid, ""),
        ({"filename": "room.mp3", "file": io.BytesIO(b"\x01" * 1_200_000)}, Invalid, "1 MB limit"),
    ]
    with pristine_practice.session() as session:
        for given, error, word in refused:
            kwargs = {"kind": "upload", "file": io.BytesIO(b""), **given}
            with pytest.raises(error, match=word):
                accept_upload(session, actor=actor, settings=settings, visit_id=visit_id, **kwargs)  # type: ignore[arg-type]
        assert _recordings(session, visit_id) == 0
    assert _incoming(pristine_practice) == []
    assert set(KINDS) == {"upload", "dictation"} and "webm" in FILE_TYPES


def test_who_may_record_is_asked_before_the_file_is_read(pristine_practice: Practice) -> None:
    visit_id, actor = _visit(pristine_practice, consent=False, skip=1)
    with pristine_practice.session() as session:
        with pytest.raises(Conflict, match="consented"):
            accept_upload(
                session,
                actor=actor,  # type: ignore[arg-type]
                settings=pristine_practice.settings,
                visit_id=visit_id,
                file=Unread(),
                filename="room.wav",
            )
        assert _recordings(session, visit_id) == 0


def test_a_dictation_is_kept_and_its_transcription_queued(
    pristine_practice: Practice, tmp_path: Path
) -> None:
    visit_id, actor = _visit(pristine_practice, consent=False, skip=2)  # a dictation needs no consent
    clip, _ = dictation_clip(tmp_path)
    with pristine_practice.session() as session, clip.open("rb") as file:
        recording, job = accept_upload(
            session,
            actor=actor,  # type: ignore[arg-type]
            settings=pristine_practice.settings,
            visit_id=visit_id,
            file=file,
            filename="After Visit.WAV",
            kind="dictation",
        )
        kept = audio_path(pristine_practice.settings.data_dir, recording)
        assert kept.read_bytes() == clip.read_bytes()
        assert (recording.visit_id, recording.kind, recording.audio_format) == (visit_id, "dictation", "wav")
        assert recording.bytes_acked == clip.stat().st_size
        assert (job.recording_id, job.model) == (recording.id, pristine_practice.settings.stt_model)
        assert _recordings(session, visit_id) == 1
    assert _incoming(pristine_practice) == []
