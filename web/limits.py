"""Request bodies, capped per kind as they arrive: an upload of audio, an import (a CSV fee schedule, an
835), anything else (JSON, a page's form). A body past its cap is refused with 413 without being read
to its end, let alone held in memory; a request that carries no log-in at all may send only a little,
and one that says beforehand (Content-Length) that it will send more is refused before a byte is read.

Only the presence of a credential is looked at here: whether it is good is the routes' business, which
an upload route asks before it reads its file."""

import re
from dataclasses import dataclass
from typing import Literal

from starlette.exceptions import HTTPException
from starlette.types import Message, Receive, Scope, Send

from core.config import Settings
from web.asgi import HttpMiddleware
from web.problems import problem

Kind = Literal["audio", "import", "other"]

# Where a body may be large, by what it is. Every other route takes the small default.
_AUDIO = re.compile(r"^/api/v1/(visits/\d+/recordings|me/voice-profile)/?$")
_IMPORT = re.compile(
    r"^(/api/v1/payers/\d+/fee-schedules|/owner/payers/\d+/fee-schedules|/api/v1/eras|/billing/eras)/?$"
)
_COOKIE = "therascribe_session="


@dataclass(frozen=True)
class Caps:
    """Bytes each kind of body may carry."""

    audio: int
    imports: int
    other: int
    anonymous: int

    @classmethod
    def of(cls, settings: Settings) -> "Caps":
        return cls(
            audio=settings.audio_max_megabytes * 1_000_000,
            imports=settings.import_max_megabytes * 1_000_000,
            other=settings.body_max_kilobytes * 1_000,
            anonymous=settings.anonymous_body_max_kilobytes * 1_000,
        )


def body_kind(path: str) -> Kind:
    if _AUDIO.match(path):
        return "audio"
    if _IMPORT.match(path):
        return "import"
    return "other"


def body_cap(caps: Caps, kind: Kind, *, logged_in: bool) -> int:
    """The most bytes this request's body may have."""
    cap = {"audio": caps.audio, "import": caps.imports, "other": caps.other}[kind]
    return cap if logged_in else min(cap, caps.anonymous)


def carries_login(headers: dict[bytes, bytes]) -> bool:
    """Whether the request names a log-in at all (a bearer token or the session cookie)."""
    if headers.get(b"authorization", b"").lower().startswith(b"bearer "):
        return True
    return _COOKIE.encode() in headers.get(b"cookie", b"")


def declared_length(headers: dict[bytes, bytes]) -> int | None:
    raw = headers.get(b"content-length")
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        return None


class BodyTooLarge(HTTPException):
    """Raised from inside the body's reading, so the route that reads it answers 413 (FastAPI passes
    an HTTPException through its body parsing unchanged)."""

    def __init__(self, cap: int) -> None:
        super().__init__(413, too_large(cap))


def too_large(cap: int) -> str:
    if cap >= 1_000_000:
        return f"the request body is larger than the {cap // 1_000_000} MB this route takes"
    return f"the request body is larger than the {max(1, cap // 1_000)} kB this request may send"


class BodyLimit(HttpMiddleware):
    """ASGI middleware: the cap for the route and the caller, checked before and while the body comes."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers") or [])
        caps = Caps.of(scope["app"].state.settings)
        logged_in = carries_login(headers)
        cap = body_cap(caps, body_kind(scope.get("path", "")), logged_in=logged_in)
        declared = declared_length(headers)
        if declared is not None and declared > cap:
            await _refuse(scope, send, cap)
            return
        received = 0
        started = False

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:  # a chunked body, or one longer than it said
                    raise BodyTooLarge(cap)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, capped_receive, watched_send)
        except BodyTooLarge:
            if started:
                raise
            await _refuse(scope, send, cap)


async def _refuse(scope: Scope, send: Send, cap: int) -> None:
    response = problem(413, "Request body too large", too_large(cap), scope.get("path", ""))
    response.headers["Connection"] = "close"

    async def nothing() -> Message:
        return {"type": "http.disconnect"}

    await response(scope, nothing, send)
