"""The recorder says why there is no microphone in words (#20): a new-user trial with no microphone
plugged in read 'The microphone is not available (NotFoundError)'. Each of the browser's refusals of
getUserMedia, in Debian's Chromium, gives its own sentence; nothing is recorded."""

import pytest
from browser_support import logged_in, needs_chromium
from note_helpers import booked_appointment, login_as_provider, open_visit
from page_helpers import provider_user
from scheduling_helpers import count

pytestmark = needs_chromium

DEMO_SIZE = "tiny"

# (the browser's error name, what the page says)
REFUSALS = [
    ("NotFoundError", "No microphone was found. Plug one in or choose one in the computer's sound settings"),
    ("NotAllowedError", "The browser was not allowed to use the microphone. Allow it in the browser's site"),
    ("SecurityError", "The browser was not allowed to use the microphone."),
    ("NotReadableError", "The microphone is in use by another program or could not be started."),
    ("OverconstrainedError", "No microphone was found that can record here."),
    (
        "SomethingNewError",
        "The microphone could not be started. Try again, or upload a recording of the session",
    ),
]

_OPENED: dict[int, tuple[int, int]] = {}


@pytest.mark.parametrize(("name", "said"), REFUSALS)
def test_a_missing_or_refused_microphone_is_said_in_words(served, chromium, name: str, said: str) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    # One visit for every refusal: the server in its own process reads the wall clock, and a visit whose day
    # is still ahead of it is opened ahead (no recorder), so the demo's earliest booked visit is the one
    # (each opening takes another off the list of booked ones).
    if id(practice) not in _OPENED:
        appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
        api = practice.client()
        _OPENED[id(practice)] = (
            open_visit(api, login_as_provider(practice, api, provider), appointment),
            provider,
        )
    visit, provider = _OPENED[id(practice)]
    before = count(practice, "SELECT COUNT(*) FROM recording")
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    context.add_init_script(
        "navigator.mediaDevices.getUserMedia = () => "
        f"Promise.reject(new DOMException('no device', '{name}'));"
    )
    page.goto(f"/visits/{visit}/record")
    page.click("#record")
    page.wait_for_function(
        "() => document.getElementById('status').textContent.includes('nothing was recorded')"
    )
    shown = page.inner_text("#status")
    assert shown.startswith(said), shown
    assert name not in shown and "Error" not in shown
    assert count(practice, "SELECT COUNT(*) FROM recording") == before
    context.close()
