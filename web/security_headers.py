"""Headers on every reply that limit what a browser does with it: nothing of a page is kept in a
cache (a shared computer's back button after log-out showed a patient's page), no script or style
that the server did not send as a file, no framing by another site, no guessing of content types,
and no address of ours sent to another site.

Referrer-Policy is same-origin rather than no-referrer: with no-referrer a browser sends
`Origin: null` on our own form posts, which web.same_origin must refuse (an attacker's page can
send the same), while same-origin already keeps our URLs from every other site.
"""

import base64
import hashlib
import re

from fastapi.responses import HTMLResponse
from starlette.datastructures import MutableHeaders
from starlette.types import Message, Receive, Scope, Send

from web.asgi import HttpMiddleware

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
# Files that hold no patient data and may be cached like any asset.
STATIC_PREFIX = "/static/"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def headers_for(path: str) -> dict[str, str]:
    """The security headers a reply to this path carries."""
    headers = {
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }
    if not path.startswith(STATIC_PREFIX):
        headers["Cache-Control"] = "no-store"
    return headers


class SecurityHeaders(HttpMiddleware):
    """The security headers on every reply; one that sets its own Content-Security-Policy keeps it
    (the API docs page)."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        extra = headers_for(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    if name == "Cache-Control":
                        headers[name] = value
                    else:
                        headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def allow_inline_scripts(page: HTMLResponse) -> HTMLResponse:
    """A page of someone else's making (Swagger UI's) that starts itself with inline scripts: those
    exact scripts, by hash, and its inline styles and data: images; nothing else inline."""
    body = bytes(page.body).decode()
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(body)
    )
    policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", f"script-src 'self' {hashes}")
    policy = policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    policy = policy.replace("img-src 'self'", "img-src 'self' data:")
    page.headers["Content-Security-Policy"] = policy
    return page
