"""A refused form is shown again at its own page's address, not at the address it was posted to.

The router renders its form again with what was typed and the problems (web/form_refusal.py) as it
always has; `render` (web/routers/pages.py) marks that page, when it answers a page's POST with 422,
with the form's GET address (`kept_for_get`); `RefusedPages` keeps it, for the person who typed it
only, and sends the browser (303) to that address with `?refused=<token>`, where it serves it again.
A reload then asks for the page, never the post: nothing is sent twice, and what was typed stays out
of the address (a name or a date there ends up in logs).

The page is kept in the table the Idempotency-Key answers are kept in (core.idempotency, migration
0019), under the same owner (a digest of the person's credential) and a key of its own, for an hour.
"""

import hashlib
import secrets
from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from anyio import to_thread
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine, delete
from sqlmodel import Session, col, select
from starlette.types import Message, Receive, Scope, Send

from core.idempotency import IdempotentRequest
from core.timeutil import utcnow
from web.asgi import HttpMiddleware
from web.idempotency import owner_of

PARAM = "refused"
PREFIX = "refused:"
KEPT_FOR = timedelta(hours=1)
HTML = "text/html; charset=utf-8"


def _digest(path: str) -> str:
    return hashlib.sha256(path.encode()).hexdigest()


def with_token(page: str, token: str) -> str:
    """`page` (a path, perhaps with its own query) with the kept page's token added."""
    parts = urlsplit(page)
    query = [(k, v) for k, vs in parse_qs(parts.query).items() for v in vs if k != PARAM]
    return urlunsplit(("", "", parts.path, urlencode([*query, (PARAM, token)]), ""))


def _keep(engine: Engine, owner: str, token: str, path: str, body: bytes) -> None:
    with Session(engine) as session:
        session.exec(
            delete(IdempotentRequest).where(
                col(IdempotentRequest.key).startswith(PREFIX),
                col(IdempotentRequest.created_at) < utcnow() - KEPT_FOR,
            )
        )
        session.add(
            IdempotentRequest(
                owner=owner,
                key=PREFIX + token,
                request_digest=_digest(path),
                status_code=422,
                content_type=HTML,
                body=body,
            )
        )
        session.commit()


def _kept(engine: Engine, owner: str, token: str, path: str) -> bytes | None:
    with Session(engine) as session:
        row = session.exec(
            select(IdempotentRequest).where(
                IdempotentRequest.owner == owner,
                IdempotentRequest.key == PREFIX + token,
                IdempotentRequest.request_digest == _digest(path),
                col(IdempotentRequest.created_at) >= utcnow() - KEPT_FOR,
            )
        ).first()
        return row.body if row is not None else None


MARK = "x-form-page"


def kept_for_get(page: HTMLResponse, at: str) -> HTMLResponse:
    """The refused form's page `page`, answering a POST, marked to be shown again at its GET address
    `at`: `RefusedPages` keeps it and answers 303 there once the request's own session is closed."""
    page.headers[MARK] = at
    return page


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes:
    return next((value for key, value in headers if key.lower() == name), b"")


class RefusedPages(HttpMiddleware):
    """A page marked by `kept_for_get` is kept for the person who posted it and answered with a 303 to
    its GET address; there the kept page is served (status 422, as it was refused). A token that is not
    the person's, not this address's or too old is ignored: the page's own route answers."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "POST":
            await self._post(scope, receive, send)
        elif scope["method"] == "GET" and f"{PARAM}=".encode() in scope["query_string"]:
            await self._get(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _post(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message | None = None
        parts: list[bytes] = []

        async def hold(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not _header(headers, MARK.encode()):
                    await send(message)
                    return
                start = {**message, "headers": [(k, v) for k, v in headers if k.lower() != MARK.encode()]}
                start["page"] = _header(headers, MARK.encode()).decode("latin-1")
            elif start is not None and message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
            else:
                await send(message)

        # The route returns once its session is closed (SQLite gives one writer its turn at a time).
        await self.app(scope, receive, hold)
        if start is None:
            return
        owner, at = owner_of(scope), start.pop("page")
        if not owner:
            await send(start)
            await send({"type": "http.response.body", "body": b"".join(parts)})
            return
        token, engine = secrets.token_urlsafe(16), scope["app"].state.engine
        body = b"".join(parts)
        await to_thread.run_sync(lambda: _keep(engine, owner, token, urlsplit(at).path, body))
        headers = [(b"location", with_token(at, token).encode()), (b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    async def _get(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = parse_qs(scope["query_string"].decode("latin-1")).get(PARAM, [""])[0]
        owner = owner_of(scope)
        body = None
        if token and owner:
            engine = scope["app"].state.engine
            body = await to_thread.run_sync(lambda: _kept(engine, owner, token, scope["path"]))
        if body is None:
            await self.app(scope, receive, send)
            return
        headers = [
            (b"content-type", HTML.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store"),
        ]
        await send({"type": "http.response.start", "status": 422, "headers": headers})
        await send({"type": "http.response.body", "body": body})
