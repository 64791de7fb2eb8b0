"""An alert's date says what it is (#20): '2 visits left (ends 12/21/2026)', not '2 visits left
(12/21/2026)', which left the front desk to guess whether the day was a visit, a deadline or the end;
no date where the message already says that day."""

from datetime import date

import pytest

from core.alerts.service import Alert
from web.alert_links import due_words, shown_alerts


def _alert(kind: str, message: str, due: date | None) -> Alert:
    return Alert(kind=kind, message=message, clinic_id=1, patient_id=7, record_type="x", record_id=3, due=due)


# (kind, message, due, the words after it)
WORDS = [
    (
        "authorization_running_out",
        "authorization A23388478: 2 visits left",
        date(2026, 12, 21),
        "ends 12/21/2026",
    ),
    (
        "authorization_running_out",
        "authorization A1: ends 12/17/2026",
        date(2026, 12, 17),
        "",
    ),  # said already
    ("authorization_running_out", "authorization A1: ends 2026-12-17", date(2026, 12, 17), ""),  # ISO, said
    (
        "progress_report_due",
        "this visit must carry a progress report",
        date(2026, 12, 7),
        "visit on 12/07/2026",
    ),
    (
        "wait_list_offer",
        "a freed slot is offered; call the patient",
        date(2026, 12, 9),
        "visit on 12/09/2026",
    ),
    ("certification_signature_overdue", "sent to Dr. Reed; not signed", date(2026, 10, 3), "sent 10/03/2026"),
    ("recertification_due", "certification ends 12/15/2026", date(2026, 12, 15), ""),
    ("something_new", "a thing to do", date(2027, 1, 4), "due 01/04/2027"),  # a kind not named yet
    ("unsigned_note", "daily note from 11/24/2026 is not signed", None, ""),  # no date
]


@pytest.mark.parametrize(("kind", "message", "due", "words"), WORDS)
def test_an_alerts_date_says_what_it_is(kind: str, message: str, due: date | None, words: str) -> None:
    alert = _alert(kind, message, due)
    assert due_words(alert) == words
    assert shown_alerts([alert])[0]["when"] == words


def test_the_alert_list_writes_the_words_in_its_parenthesis() -> None:
    from web.routers.pages import templates

    alerts = shown_alerts(
        [_alert("authorization_running_out", "authorization A9: 1 visit left", date(2027, 1, 30))]
    )
    html = templates.env.get_template("alert_list.html").render(alerts=alerts)
    assert '1 visit left</a> <span class="muted">(ends 01/30/2027)</span>' in html
