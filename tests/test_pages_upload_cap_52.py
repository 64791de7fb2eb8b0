"""Trial 52 (#20): a recording uploaded on a visit's page takes the audio cap, not a form's 2 MB; a body
past its cap on a page is a page in the app's layout that says the limit and links back to the visit,
never bare JSON; the record page shows no empty Transcript card."""

import io
import re
import struct
import wave

import pytest
from conftest import Practice
from note_helpers import booked_appointment, login_as_provider, on_the_visit_day_of
from page_helpers import page_client
from scheduling_helpers import count

from core.config import Settings
from web.limits import back_from, body_kind, too_large_words


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/visits/12/upload", "audio"),  # the visit page's "Or upload a recording" (was "other")
        ("/visits/12/upload/", "audio"),
        ("/api/v1/visits/12/recordings", "audio"),  # unchanged
        ("/api/v1/me/voice-profile", "audio"),  # unchanged
        ("/visits/12/note", "other"),  # the typed note stays a form
        ("/visits/12/upload/extra", "other"),
        ("/visits/x/upload", "other"),
        ("/billing/eras", "import"),  # unchanged
    ],
)
def test_every_route_that_takes_a_recording_takes_the_audio_cap(path: str, kind: str) -> None:
    assert body_kind(path) == kind


@pytest.mark.parametrize(
    ("channels", "rate"),
    [(1, 16_000), (1, 44_100), (1, 48_000), (2, 44_100), (2, 48_000)],
)
def test_the_default_cap_takes_a_60_minute_session_as_a_16_bit_wav(channels: int, rate: int) -> None:
    assert 60 * 60 * rate * channels * 2 <= Settings().audio_max_megabytes * 1_000_000


@pytest.mark.parametrize(
    ("path", "referer", "back"),
    [
        ("/visits/7/upload", None, ("/visits/7/note", "Back to the visit")),
        ("/visits/7/upload", "http://x/patients/3", ("/visits/7/note", "Back to the visit")),
        (
            "/patients/3/edit",
            "http://x/patients/3/edit?tab=a",
            ("/patients/3/edit?tab=a", "Back to the page you were on"),
        ),
        ("/patients/3/edit", "http://x/api/v1/patients", None),  # not a page
        (
            "/patients/3/edit",
            "http://x/patients/3/edit",
            ("/patients/3/edit", "Back to the page you were on"),
        ),
        (
            "/patients/3/edit",
            "https://elsewhere.example/patients/3",
            ("/patients/3", "Back to the page you were on"),
        ),
        ("/patients/3/edit", None, None),
    ],
)
def test_a_refused_page_form_links_back_to_its_page(
    path: str, referer: str | None, back: tuple[str, str] | None
) -> None:
    assert back_from(path, referer) == back


def test_the_limit_is_said_in_words() -> None:
    assert too_large_words(700_000_000, "audio").startswith("The file is larger than the 700 MB a recording")
    assert too_large_words(2_048_000, "other") == "What was sent is larger than the 2 MB this form takes"
    assert "64 kB" in too_large_words(64_000, "other")


def _wav(megabytes: float) -> bytes:
    """A tone of about `megabytes` as 16 kHz 16-bit mono WAV (2.4 MB: the trial's 54-second file was)."""
    frames = int(megabytes * 1_000_000 / 2)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16_000)
        w.writeframes(struct.pack(f"<{frames}h", *((i * 37 % 20_000) - 10_000 for i in range(frames))))
    return out.getvalue()


class _NoWorker:
    """The upload's job is queued as the route queues it; no transcriber runs in these tests."""

    def submit(self, job_id: int) -> None:
        self.submitted = job_id


def _visit_without_consent(practice: Practice, skip: int) -> tuple[int, int]:
    appointment, provider, _ = booked_appointment(practice, "PT", "commercial", skip=skip)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    with on_the_visit_day_of(api, appointment=appointment):
        opened = api.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": False}, headers=headers
        )
    assert opened.status_code == 201, opened.text
    return opened.json()["id"], provider


def test_a_recording_over_2_mb_is_taken_by_the_visit_pages_upload(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    import web.routers.therapist_pages as pages

    monkeypatch.setattr(pages, "jobs", lambda app: _NoWorker())
    visit, provider = _visit_without_consent(practice, skip=11)
    client = page_client(practice, provider_id=provider)
    editor = client.get(f"/visits/{visit}/note").text
    assert "up to 700 MB" in editor, editor
    sent = client.post(
        f"/visits/{visit}/upload",
        files={"file": ("session.wav", _wav(2.4), "audio/wav")},
        data={"kind": "dictation"},
        follow_redirects=False,
    )
    assert sent.status_code == 303, sent.text[:500]
    assert re.search(rf"/visits/{visit}/note\?job=\d+", sent.headers["location"])
    assert count(practice, "SELECT COUNT(*) FROM recording WHERE visit_id = :v", v=visit) == 1


def test_past_the_cap_a_page_says_the_limit_and_links_back_to_the_visit(practice: Practice) -> None:
    visit, provider = _visit_without_consent(practice, skip=12)
    small = practice.settings.model_copy(update={"audio_max_megabytes": 2})
    from fastapi.testclient import TestClient

    from web.app import create_app

    client = TestClient(create_app(engine=practice.engine, settings=small))
    client.cookies = page_client(practice, provider_id=provider).cookies
    refused = client.post(
        f"/visits/{visit}/upload",
        files={"file": ("session.wav", _wav(2.4), "audio/wav")},
        data={"kind": "dictation"},
    )
    assert refused.status_code == 413
    assert refused.headers["content-type"].startswith("text/html"), refused.text[:300]
    page = refused.text
    assert "<h1>Too large to send</h1>" in page
    assert "larger than the 2 MB a recording may be" in page
    assert f'id="back" href="/visits/{visit}/note">Back to the visit</a>' in page
    assert 'href="/my/week"' in page  # the app's menu: the person is still logged in
    assert '"status":413' not in page
    assert count(practice, "SELECT COUNT(*) FROM recording WHERE visit_id = :v", v=visit) == 0

    # The API keeps its problem+json, with the same cap.
    api = practice.client()
    api_small = TestClient(create_app(engine=practice.engine, settings=small))
    headers = login_as_provider(practice, api, provider)
    answered = api_small.post(
        f"/api/v1/visits/{visit}/recordings",
        files={"file": ("session.wav", _wav(2.4), "audio/wav")},
        data={"kind": "dictation"},
        headers=headers,
    )
    assert answered.status_code == 413
    assert answered.json()["detail"] == "the request body is larger than the 2 MB this route takes"


def test_the_record_page_shows_no_empty_transcript_card(practice: Practice) -> None:
    visit, provider = _visit_without_consent(practice, skip=13)
    client = page_client(practice, provider_id=provider)
    without = client.get(f"/visits/{visit}/record").text
    assert 'id="tr-h"' not in without and "Transcript" not in without, without
    client.post(f"/visits/{visit}/consent")
    with_consent = client.get(f"/visits/{visit}/record").text
    assert 'id="tr-h"' in with_consent and 'id="no-recording"' in with_consent
    assert "No recording yet" in with_consent
