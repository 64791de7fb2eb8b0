"""A write that rides on the session cookie must come from one of our own pages.

The cookie is SameSite=Strict, which stops other sites; this also stops other origins of the same
site (another application on a sibling host, a plain-http page beside the https one). Browsers send
Origin on every cross-origin POST; Referer is the fall-back for the few that do not. A request with
neither did not come from a browser page (a script with the cookie could as well send the token).
Bearer-token calls carry no ambient credential and are left alone.
"""

from collections.abc import Sequence
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from web.client_address import trusted_proxy
from web.deps import COOKIE
from web.problems import problem

WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def cross_origin_write(method: str, headers: Headers, own_hosts: Sequence[str]) -> bool:
    """Whether a request is a cookie-authenticated write whose page was on another origin."""
    if method not in WRITES or COOKIE not in cookie_parser(headers.get("cookie", "")):
        return False
    if headers.get("authorization", "").lower().startswith("bearer "):
        return False
    source = headers.get("origin") or headers.get("referer")
    if source is None:
        return False
    host = urlsplit(source).netloc.lower() if source != "null" else ""
    return host not in {own.lower() for own in own_hosts if own}


class SameOriginWrites:
    """ASGI middleware: a cross-origin cookie write gets 403 before any route sees it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in WRITES:
            headers = Headers(scope=scope)
            own = [headers.get("host", "")]
            peer = scope["client"][0] if scope.get("client") else ""
            if trusted_proxy(peer, scope["app"].state.settings.trusted_proxies):
                # Behind our own proxy the browser's host is the one the proxy was asked for.
                own.append(headers.get("x-forwarded-host", "").split(",")[0].strip())
            if cross_origin_write(scope["method"], headers, own):
                refusal = problem(
                    403, "Forbidden", "a change from another site's page is refused", scope["path"]
                )
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)
