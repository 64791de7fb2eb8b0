"""One settings object for the CLI, the server and the workers (env vars or a .env file)."""

import os
import secrets
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_VAR = Path("var")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THERASCRIBE_", env_file=".env", extra="ignore")

    database_url: str = Field(default=f"sqlite:///{DEFAULT_VAR / 'therascribe.db'}")
    data_dir: Path = Field(default=DEFAULT_VAR / "data")
    secret_key: str = Field(default="", repr=False)
    timezone: str = "America/New_York"
    broker_url: str = ""
    token_minutes: int = 12 * 60
    login_max_failures: int = 5
    login_window_minutes: int = 15
    # A session unused this long ends (HIPAA 164.312(a)(2)(iii), automatic logoff); a clinic's
    # policy may set its own. token_minutes above is the absolute limit, however busy the session.
    session_idle_minutes: int = 15
    # Reverse proxies whose X-Forwarded-For is believed (their own addresses, as the server sees
    # them). Empty: the connection's address is the client's, whatever the header says.
    trusted_proxies: list[str] = Field(default_factory=list)
    # Reminders: e-mail through SMTP and SMS through an HTTP provider when configured; otherwise
    # both are written to DATA_DIR/outbox/ (the file sender) so nothing leaves the machine.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = Field(default="", repr=False)
    smtp_from: str = "reminders@clinic.example.org"
    sms_api_url: str = ""
    sms_api_token: str = Field(default="", repr=False)
    reminder_interval_seconds: int = 60
    run_scheduler: bool = True
    # An optional chat model for the draft's prose and the assistant: "ollama:MODEL" (a local Ollama
    # server) or "openai:MODEL" (any OpenAI-compatible endpoint at chat_base_url). Empty: offline only.
    chat_model: str = ""
    chat_base_url: str = ""
    chat_api_key: str = Field(default="", repr=False)
    # Speech to text, on this machine. Backends: "faster-whisper" (CTranslate2) or "whisper"
    # (openai-whisper, on a checkpoint converted from the same weights); models: "tiny.en", "base".
    # The defaults are what `make bench` measured here. int8 against float32 on the 10-minute session, same
    # run: 104 s against 132 s (openai-whisper's transcribe: 427 s), WER 0.086 against 0.082
    # (reference 0.089), therapy-term error 0.203 against 0.162 (reference 0.243). float32 is the choice
    # where terms matter more than time.
    stt_backend: str = "faster-whisper"
    stt_model: str = "base"
    stt_compute_type: str = "int8"
    stt_threads: int = 0
    # Beam search width, and how much talk (split at pauses) one decoding pass reads: Whisper then
    # carries the words it heard as context through the stretch. Measured on the 10-minute session:
    # beam 5 over 180-second stretches is as accurate as openai-whisper's own transcribe (greedy 28-second
    # windows lost about 3 points of WER); see bench/speech.py.
    stt_beam_size: int = 5
    stt_stretch_seconds: float = 180.0
    model_dir: Path = Field(default=DEFAULT_VAR / "models")
    # The most one recording (an upload, a dictation, a live session's audio) may be: a 60-minute session
    # as a recorder's WAV, 16-bit stereo at 48 kHz, is 691 MB (mono at 44.1 kHz, 318 MB, was past the
    # 300 MB this once was); compressed audio (m4a, webm/opus) is a tenth of that or less.
    audio_max_megabytes: int = 700
    # Request bodies, per kind: a body past its cap is refused with 413 as it arrives, never buffered
    # whole. Imports are CSV fee schedules and 835 files; everything else (JSON, page forms) is small.
    # A request that carries no log-in at all may send only a little: it cannot be anything but a log-in.
    import_max_megabytes: int = 20
    body_max_kilobytes: int = 2048
    anonymous_body_max_kilobytes: int = 64
    audio_max_minutes: int = 120
    # Live recording: transcribe a piece once this much settled talk is in, so only the last is left
    # at the end. Shorter pieces leave most of Whisper's 30-second pass to padding and lose context
    # (simulated on the 10-minute session: 12 s without the words before, WER 0.29; 20 s with them,
    # 0.11; 24 s, 0.12). A job whose worker stops renewing its lease for this long is picked up again.
    stream_piece_seconds: float = 20.0
    job_lease_seconds: int = 60
    # The owner's dashboard shows the figures this process counted last at once (it says when) and
    # counts them again in the background once they are older than this: its range and six-month trend
    # are one counting over seven months of rows, half a second of CPU on the small demo.
    kpi_max_age_seconds: int = 600
    # The audit chain's checkpoints (count and newest hash, HMAC-signed) go to a file outside the
    # database, every this often while entries are added; the key is this setting or, when empty, a
    # file made beside the data on first use. Neither is ever stored in the database.
    audit_anchor_interval_seconds: int = 600
    audit_anchor_key: str = Field(default="", repr=False)
    audit_anchor_file: Path | None = None
    # PostgreSQL: migrations run as the tables' owner at this URL, the application as a role that
    # owns nothing (so it cannot disable the audit log's trigger). Empty: the one database_url.
    migration_database_url: str = Field(default="", repr=False)
    # Transcription jobs a crash left queued or running are taken up when the server starts.
    resume_jobs_on_start: bool = True
    # The scribe's models (spaCy with ConText, the places tagger and parser, the section model and its
    # MiniLM) are loaded in the background as the server starts, so the first draft after a restart does
    # not load them inside a clinician's request. Off for the tests, which load a model only when they
    # draft.
    warm_models: bool = True

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("stt_backend")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        if value not in ("faster-whisper", "whisper"):
            raise ValueError("stt_backend is 'faster-whisper' or 'whisper'")
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def resolved_secret_key(self) -> str:
        """The configured key, or one generated on first run and kept beside the data (mode 0600)."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return path.read_text().strip()
        try:
            os.write(fd, key.encode())
        finally:
            os.close(fd)
        return key


@lru_cache
def get_settings() -> Settings:
    return Settings()


def corpora_dir() -> Path:
    """Material written by others for measuring the scribe (shared/corpora beside the checkout, as CI
    lays it out); THERASCRIBE_CORPORA points elsewhere."""
    found = os.environ.get("THERASCRIBE_CORPORA")
    return Path(found) if found else Path(__file__).resolve().parents[2] / "shared" / "corpora"
