"""What the browser tests share: Debian's Chromium, headless, driven by Playwright, against the app
served by uvicorn on loopback over a demo practice of the test module's own (the `served`, `driver`
and `chromium` fixtures in conftest.py); logging in; and the checks every page passes (axe-core, no
sideways scrolling), each page saved as a screenshot in var/screenshots."""

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "var" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREEN = {"width": 1024, "height": 768}
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="make test installs Debian's chromium")


class LiveServer:
    def __init__(self, app: Any) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", ws="websockets")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def microphone(wav: Path) -> list[str]:
    """Chromium's flags for a fake microphone that reads `wav` (48 kHz), allowed without asking."""
    return [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}",
        "--autoplay-policy=no-user-gesture-required",
    ]


@contextmanager
def launched(driver: Any, *flags: str) -> Iterator[Any]:
    """Debian's Chromium with the flags every test runs it with, and `flags`."""
    browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=[*FLAGS, *flags])
    try:
        yield browser
    finally:
        browser.close()


def log_in(page: Any, email: str, password: str) -> None:
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert "/login" not in page.url, page.content()[:500]


def logged_in(browser: Any, server: Any, user: Any) -> tuple[Any, Any]:
    """A new browser context on the test server at the screen size the tests are written for, and a
    page in it logged in as `user` (a demo user: email and password)."""
    context = browser.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    log_in(page, user.email, user.password)
    return context, page


def accessible(page: Any) -> None:
    """axe-core from the Python package's own copy (nothing fetched): no serious or critical finding."""
    import axe_playwright_python

    # Evaluated through DevTools, as axe-playwright-python does: the pages' CSP rightly refuses an
    # injected inline <script>.
    page.evaluate((Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"{page.url}: {bad}"


def double_clicked(page: Any, selector: str, lands_on: re.Pattern[str] | str) -> None:
    """`selector` double-clicked, as people do, and the page it leads to loaded. The second click's
    submit aborts the first one's navigation (net::ERR_ABORTED), and the browser still lands on the
    answer to the second; the caller checks in the database that the thing was done once."""
    from playwright.sync_api import Error as PlaywrightError

    page.dblclick(selector)
    for attempt in range(3):
        try:
            page.wait_for_url(lands_on)
            break
        except PlaywrightError as exc:
            if "ERR_ABORTED" not in str(exc) or attempt == 2:
                raise
    page.wait_for_load_state()


def fits(page: Any) -> None:
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 1:
        shot(page, "too-wide")
    assert overflow <= 1, f"{page.url} scrolls sideways by {overflow}px at {page.viewport_size}"


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def checked(page: Any, name: str) -> None:
    """The page passes axe-core and fits the screen; saved as var/screenshots/`name`.png."""
    # Nothing focused: headless Chromium's full-page screenshot taken with the caret in a field leaves
    # the page deaf to the next click (seen on the note editor's number fields).
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    accessible(page)
    fits(page)
    shot(page, name)


def alert_saying(page: Any, words: str) -> str:
    """The text of the page's one alert that says `words`. A page may show other alerts before it (a
    visit past its authorization's count, which hangs on the wall clock's day against the demo's
    bookings): the first [role=alert] is not always the one a test looks for. Fails, listing them all,
    where none or more than one says it."""
    alerts = page.locator("[role=alert]").all_inner_texts()
    saying = [alert for alert in alerts if words in alert]
    assert len(saying) == 1, alerts
    return str(saying[0])


def confirm_warnings(page: Any) -> None:
    """Tick each of the scribe's warnings on the review page, as the clinician does once each is checked,
    and the sentences still marked '(as said; review)' accepted as written: Sign is offered only then
    (#20)."""
    for box in page.locator("input.confirm-warning").all():
        box.check()
    if page.locator("#accept-marks").count():
        page.check("#accept-marks")
