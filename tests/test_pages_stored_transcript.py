"""A visit's transcript shown whenever its pages are opened again (#20): a trial found that after a
recording was uploaded and transcribed, reloading /visits/<id>/note or /visits/<id>/record showed
'Ready to record', an empty transcript and no Draft button, although the transcript was stored. Now both
pages show the stored transcript and offer 'Draft the note' until the note is written; a recording
still being transcribed is followed; a visit with nothing recorded is as before."""

import re

import pytest
from note_helpers import booked_appointment, login_as_provider, open_visit
from page_helpers import page_client
from scheduling_helpers import count, one

DEMO_SIZE = "tiny"

SEGMENTS = [
    {"speaker": "therapist", "start": 0.0, "end": 4.0, "text": "How is the knee since Monday?"},
    {"speaker": "patient", "start": 4.0, "end": 8.0, "text": "Pain is three out of ten on the stairs."},
    {
        "speaker": "therapist",
        "start": 8.0,
        "end": 15.0,
        "text": "We did twenty minutes of therapeutic exercise, step-ups and mini squats.",
    },
]


def _recorded(practice, visit: int, status: str, kind: str = "upload") -> int:  # type: ignore[no-untyped-def]
    """A recording of the visit with its job in `status` (and, when done, its transcript): the job's id."""
    from core.recordings.models import Recording, Transcript, TranscriptionJob

    with practice.session() as session:
        clinic, patient, provider = one(
            practice, "SELECT clinic_id, patient_id, provider_id FROM visit WHERE id = :v", v=visit
        )
        user = one(practice, "SELECT user_id FROM provider WHERE id = :p", p=provider)[0]
        recording = Recording(
            visit_id=visit, clinic_id=clinic, patient_id=patient, user_id=user, kind=kind, audio_format="mp3"
        )
        recording.status = "closed"
        session.add(recording)
        session.flush()
        job = TranscriptionJob(
            recording_id=recording.id, visit_id=visit, clinic_id=clinic, status=status, progress=0.4
        )
        session.add(job)
        if status == "done":
            job.progress = 1.0
            session.add(
                Transcript(
                    recording_id=recording.id or 0,
                    visit_id=visit,
                    segments=SEGMENTS,
                    duration=15.0,
                    backend="test",
                    model="test",
                )
            )
        session.commit()
        return job.id or 0


def _opened(practice, credential: str, skip: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    appointment, provider, _ = booked_appointment(practice, credential, "medicare", skip=skip)
    api = practice.client()
    visit = open_visit(api, login_as_provider(practice, api, provider), appointment)
    return visit, provider


@pytest.mark.parametrize("page", ["record", "note"])
def test_a_transcribed_recording_is_shown_with_its_draft_button_on_every_opening(practice, page: str) -> None:  # type: ignore[no-untyped-def]
    visit, provider = _opened(practice, "PTA", skip=0)
    _recorded(practice, visit, "done")
    client = page_client(practice, provider_id=provider)
    for _ in range(2):  # opened, then reloaded: the same
        shown = client.get(f"/visits/{visit}/{page}")
        assert shown.status_code == 200, shown.text
        assert (
            "The recording is transcribed" in shown.text
            and "The recording is transcribed. 3 segments and 0:15 of audio" in shown.text
        )
        assert "Pain is three out of ten on the stairs." in shown.text
        assert f'action="/visits/{visit}/draft"' in shown.text
        if page == "record":
            assert re.search(
                r'<button type="submit" id="draft" class="primary">Draft the note</button>', shown.text
            )
        else:
            assert 'id="draft-stored"' in shown.text
    # the transcript read is audited, as the API's read is
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_id = :v AND detail LIKE 'transcripts read%'",
            v=str(visit),
        )
        >= 2
    )

    drafted = client.post(f"/visits/{visit}/draft", follow_redirects=False)
    assert drafted.status_code == 303, drafted.text
    note = int(re.search(r"/notes/(\d+)/review", drafted.headers["location"]).group(1))  # type: ignore[union-attr]
    assert one(practice, "SELECT visit_id, ai_assisted FROM note WHERE id = :n", n=note)[0] == visit
    # with its note written, the visit opens the note
    again = client.get(f"/visits/{visit}/{page}", follow_redirects=False)
    assert again.status_code == 303 and f"/notes/{note}/review" in again.headers["location"]


def test_a_recording_being_transcribed_is_followed_after_a_reload(practice) -> None:  # type: ignore[no-untyped-def]
    visit, provider = _opened(practice, "PT", skip=0)
    job = _recorded(practice, visit, "running")
    client = page_client(practice, provider_id=provider)
    record = client.get(f"/visits/{visit}/record").text
    assert 'id="transcribing"' in record and f'href="/visits/{visit}/note?job={job}"' in record
    assert "The recording is transcribed" not in record and re.search(
        r'id="draft" class="primary" hidden', record
    )
    note = client.get(f"/visits/{visit}/note").text  # no ?job=: the visit's own job is followed
    assert f'data-job="{job}"' in note and 'id="busy-note"' in note


def test_a_visit_with_nothing_recorded_is_as_before(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change: no recording, no transcript shown, the Draft button hidden, nothing audited as a
    transcript read."""
    visit, provider = _opened(practice, "PT", skip=0)
    client = page_client(practice, provider_id=provider)
    record = client.get(f"/visits/{visit}/record").text
    assert "Ready to record" in record and re.search(r'id="draft" class="primary" hidden', record)
    assert 'id="transcribing"' not in record and 'id="transcribed"' not in record
    note = client.get(f"/visits/{visit}/note").text
    assert 'id="transcription"' not in note and 'data-kind="dictation"' in note
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_id = :v AND detail LIKE 'transcripts read%'",
            v=str(visit),
        )
        == 0
    )
