"""What every ASGI middleware of the app shares (they are plain ASGI, not BaseHTTPMiddleware, which
would buffer streamed bodies and uploads): what is not an HTTP request (the lifespan) goes straight
through; a subclass says what it does to a request in `http`."""

from starlette.types import ASGIApp, Receive, Scope, Send


class HttpMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError
