"""Request bodies, capped per kind as they arrive: an upload of audio, an import (a CSV fee schedule, an
835), anything else (JSON, a page's form). A body past its cap is refused with 413 without being read
to its end, let alone held in memory; a request that carries no log-in at all may send only a little,
and one that says beforehand (Content-Length) that it will send more is refused before a byte is read.

Only the presence of a credential is looked at here: whether it is good is the routes' business, which
an upload route asks before it reads its file."""

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from core.config import Settings
from core.errors import TherascribeError
from web.asgi import HttpMiddleware
from web.problems import a_page, problem
from web.security_headers import headers_for

Kind = Literal["audio", "import", "other"]

# Where a body may be large, by what it is. Every other route takes the small default. Audio is every
# route that takes a recording or a dictation, the API's and the pages' (#20: the visit page's
# "Or upload a recording" was held to the 2 MB of a form, so a minute's WAV was refused).
_AUDIO = re.compile(r"^(/api/v1/visits/\d+/recordings|/api/v1/me/voice-profile|/visits/\d+/upload)/?$")
# Where a person goes back to from a refused page form, by the form's address: the page it is on.
_BACK = ((re.compile(r"^/visits/(\d+)/upload/?$"), "/visits/{0}/note", "Back to the visit"),)
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
        self.cap = cap


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


class TooLargeForPage(TherascribeError, status=413, title="Too large to send"):
    """A page's form sent more than its route takes, as the person at the page is told it: the limit in
    words and, where the form's page is known, the way back to it (`back`: its address and words)."""

    def __init__(self, detail: str, back: tuple[str, str] | None = None) -> None:
        super().__init__(detail)
        self.back = back


def too_large_words(cap: int, kind: Kind) -> str:
    """The limit as a person at a page reads it: what may be sent, in MB or kB."""
    size = f"{cap // 1_000_000} MB" if cap >= 1_000_000 else f"{max(1, cap // 1_000)} kB"
    if kind == "audio":
        return (
            f"The file is larger than the {size} a recording may be. Send a shorter recording, "
            "or record the visit on its page"
        )
    if kind == "import":
        return f"The file is larger than the {size} an import may be. Split it, and send each part"
    return f"What was sent is larger than the {size} this form takes"


def back_from(path: str, referer: str | None = None) -> tuple[str, str] | None:
    """The page a refused form was sent from: known by the form's address, else the page the browser
    says it came from (its path only, so never another site); None where neither is known."""
    for pattern, target, words in _BACK:
        if found := pattern.match(path):
            return target.format(*found.groups()), words
    if referer:
        parts = urlsplit(referer)
        if parts.path.startswith("/") and a_page(parts.path):
            return parts.path + (f"?{parts.query}" if parts.query else ""), "Back to the page you were on"
    return None


def refusal_page(scope: Scope, cap: int) -> Response | None:
    """The 413 for a person at a page: a page in the app's layout (its menu, the limit in words, the
    way back); None for the API, or where the page cannot be drawn."""
    path = scope.get("path", "")
    page_error = getattr(scope["app"].state, "page_error", None) if "app" in scope else None
    if page_error is None or not a_page(path):
        return None
    headers = dict(scope.get("headers") or [])
    referer = headers.get(b"referer", b"").decode("latin-1") or None
    error = TooLargeForPage(too_large_words(cap, body_kind(path)), back_from(path, referer))
    try:
        reply = page_error(Request(scope), error)
    except Exception:
        return None
    reply.headers.update(headers_for(path))
    return reply


async def _refuse(scope: Scope, send: Send, cap: int) -> None:
    response = refusal_page(scope, cap) or problem(
        413, "Request body too large", too_large(cap), scope.get("path", "")
    )
    response.headers["Connection"] = "close"

    async def nothing() -> Message:
        return {"type": "http.disconnect"}

    await response(scope, nothing, send)
