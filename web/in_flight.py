"""How many HTTP requests the app works on at once; the rest wait their turn here, in order, holding
no thread and no database connection.

Why (#20, the page bench's "QueuePool limit of size 5 overflow 10 reached"): a request's sync code
runs on the process's thread pool (anyio's, 40 threads) one step at a time (each dependency, then the
route), and between steps it keeps its database session. On SQLite its first query takes the process's
write turn (core.db, BEGIN IMMEDIATE) and keeps it until the session ends, so the request then needs a
free thread for its next step to give the turn back. With more requests than threads, every thread
sat waiting for the turn or for a pooled connection while the requests holding them waited for a
thread: nothing moved until the 30 s timeouts, and every page of the load failed (64 pages at once on
the demo: every one failed, tests/test_pages_63_under_load.py). Fewer requests in flight than threads
means a request holding the turn or a connection always finds a thread for its next step.
"""

import asyncio
import weakref

from starlette.types import ASGIApp, Receive, Scope, Send

from web.asgi import HttpMiddleware

# Below anyio's 40 worker threads, leaving threads for the WebSockets (the recording and the assistant
# run their database work on the same pool) and the scheduler; each such request holds at most two
# database connections at once (its session, and an export's snapshot reader or an error page's
# log-in check), which core.db's SQLite pool has room for.
AT_ONCE = 16


class InFlight(HttpMiddleware):
    def __init__(self, app: ASGIApp, at_once: int = AT_ONCE) -> None:
        super().__init__(app)
        self.at_once = at_once
        # One gate per event loop: a test client runs each request on a loop of its own.
        self._gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def _gate(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        gate = self._gates.get(loop)
        if gate is None:
            gate = self._gates[loop] = asyncio.Semaphore(self.at_once)
        return gate

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        async with self._gate():  # asyncio's waiters are served first come, first served
            await self.app(scope, receive, send)
