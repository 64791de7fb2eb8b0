"""The `Idempotency-Key` header on writes: a retried request (a double click, a client that timed
out and sent again) returns the first request's answer, and the same request arriving twice at once
is carried out once. Core's row locks and constraints stop a second effect without a key too; the
key lets the second caller see the first one's success instead of a refusal."""

import asyncio
import hashlib
import json
import time

from anyio import to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core import idempotency

HEADER = b"idempotency-key"
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
WAIT_SECONDS = 60.0
MAX_KEY = 200


def _header(scope: Scope, name: bytes) -> bytes:
    return next((value for key, value in scope["headers"] if key == name), b"")


def _owner(scope: Scope) -> str:
    """Who asked, as a digest of their credential: keys of different people never meet."""
    credential = _header(scope, b"authorization") or _header(scope, b"cookie")
    return hashlib.sha256(credential).hexdigest() if credential else ""


async def _answer(send: Send, status: int, body: bytes, content_type: str, replayed: bool = False) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _problem(send: Send, status: int, title: str, detail: str, path: str) -> None:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": path}
    await _answer(send, status, json.dumps(body).encode(), "application/problem+json")


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = _header(scope, HEADER) if scope["type"] == "http" and scope["method"] in WRITES else b""
        owner = _owner(scope) if key else ""
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
        chunks, more = [], True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
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

    async def _first(  # type: ignore[no-untyped-def]
        self, scope: Scope, receive: Receive, body: bytes, send: Send, engine, owner: str, key: str
    ) -> None:
        given = False

        async def replay_body() -> Message:
            nonlocal given
            if given:  # the body was read already: what comes next is the client's (a disconnect)
                return await receive()
            given = True
            return {"type": "http.request", "body": body, "more_body": False}

        status, content_type, parts = 500, "", []

        async def keep(message: Message) -> None:
            nonlocal status, content_type
            if message["type"] == "http.response.start":
                status = message["status"]
                content_type = next(
                    (
                        v.decode("latin-1")
                        for k, v in message.get("headers", [])
                        if k.lower() == b"content-type"
                    ),
                    "",
                )
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_body, keep)
        finally:
            answer = b"".join(parts)
            await to_thread.run_sync(
                lambda: idempotency.finish(
                    engine, owner=owner, key=key, status_code=status, content_type=content_type, body=answer
                )
            )
