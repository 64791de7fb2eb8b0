"""The `Idempotency-Key` header on writes: a retried request (a double click, a client that timed
out and sent again) returns the first request's answer, and the same request arriving twice at once
is carried out once. Core's row locks and constraints stop a second effect without a key too; the
key lets the second caller see the first one's success instead of a refusal.

A page's form cannot set a header, so a form posted with the session cookie may carry the key as its
`idempotency_key` field instead (a double click on Book books once and both clicks land on the same
page). A redirect's answer is kept as its Location (its body is empty), so the replay redirects too."""

import asyncio
import hashlib
import json
import time
from urllib.parse import parse_qs

from anyio import to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core import idempotency

HEADER = b"idempotency-key"
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
WAIT_SECONDS = 60.0
MAX_KEY = 200
FORM_FIELD = "idempotency_key"
FORM = b"application/x-www-form-urlencoded"


def _header(scope: Scope, name: bytes) -> bytes:
    return next((value for key, value in scope["headers"] if key == name), b"")


def owner_of(scope: Scope) -> str:
    """Who asked, as a digest of their credential: keys of different people never meet."""
    credential = _header(scope, b"authorization") or _header(scope, b"cookie")
    return hashlib.sha256(credential).hexdigest() if credential else ""


def _redirect(status: int) -> bool:
    return 300 <= status < 400


async def _answer(send: Send, status: int, body: bytes, content_type: str, replayed: bool = False) -> None:
    if _redirect(status):  # what was kept is where to go
        headers = [(b"location", body), (b"content-length", b"0")]
        body = b""
    else:
        headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _problem(send: Send, status: int, title: str, detail: str, path: str) -> None:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": path}
    await _answer(send, status, json.dumps(body).encode(), "application/problem+json")


async def _read(receive: Receive) -> bytes | None:
    """The whole request body, or None when the client went away first."""
    chunks, more = [], True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    return b"".join(chunks)


def _replaying(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the body already read, then whatever the client sends next (a disconnect)."""
    given = False

    async def replay_body() -> Message:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay_body


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        writes = scope["type"] == "http" and scope["method"] in WRITES
        key = _header(scope, HEADER) if writes else b""
        body: bytes | None = None
        if writes and not key and _header(scope, b"content-type").startswith(FORM) and owner_of(scope):
            body = await _read(receive)
            if body is None:
                return
            given = parse_qs(body.decode("latin-1")).get(FORM_FIELD, [""])[0]
            key = given.encode("latin-1")
            if not key:
                await self.app(scope, _replaying(body, receive), send)
                return
        owner = owner_of(scope) if key else ""
        if not key or not owner:
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        text = key.decode("latin-1").strip()
        if not 0 < len(text) <= MAX_KEY or not text.isprintable():
            await _problem(
                send, 400, "Bad Idempotency-Key", "an Idempotency-Key is 1 to 200 printable characters", path
            )
            return
        if body is None:
            body = await _read(receive)
            if body is None:
                return
        digest = hashlib.sha256(
            b"\0".join([scope["method"].encode(), path.encode(), scope.get("query_string", b""), body])
        ).hexdigest()
        engine = scope["app"].state.engine
        earlier = await to_thread.run_sync(
            lambda: idempotency.begin(engine, owner=owner, key=text, digest=digest)
        )
        deadline = time.monotonic() + WAIT_SECONDS
        while earlier is not None and earlier.same_request and earlier.status_code is None:
            if time.monotonic() > deadline:
                await _problem(
                    send, 409, "Still in progress", "the first request with this key is still running", path
                )
                return
            await asyncio.sleep(0.2)
            earlier = await to_thread.run_sync(
                lambda: idempotency.earlier(engine, owner=owner, key=text, digest=digest)
            )
            if earlier is None:  # the first one failed on the server's side: this one runs
                earlier = await to_thread.run_sync(
                    lambda: idempotency.begin(engine, owner=owner, key=text, digest=digest)
                )
        if earlier is not None:
            if not earlier.same_request:
                await _problem(
                    send, 422, "Idempotency-Key reused", "this key was used for a different request", path
                )
                return
            await _answer(send, earlier.status_code or 200, earlier.body, earlier.content_type, replayed=True)
            return
        await self._first(scope, receive, body, send, engine, owner, text)

    async def _first(
        self, scope: Scope, receive: Receive, body: bytes, send: Send, engine, owner: str, key: str
    ) -> None:
        status, content_type, parts = 500, "", []

        async def keep(message: Message) -> None:
            nonlocal status, content_type
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                content_type = headers.get(b"content-type", b"").decode("latin-1")
                if _redirect(status):
                    parts.append(headers.get(b"location", b"/"))
            elif message["type"] == "http.response.body" and not _redirect(status):
                parts.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, _replaying(body, receive), keep)
        finally:
            answer = b"".join(parts)
            await to_thread.run_sync(
                lambda: idempotency.finish(
                    engine, owner=owner, key=key, status_code=status, content_type=content_type, body=answer
                )
            )
