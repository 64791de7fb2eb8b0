"""Every read of the alerts on a home page is on the audit log, each load (#20: the trial found a
'Read alerts' flood; the log keeps every read of a patient's data, so the flood is met where it is
read): the owner's review may leave the home pages' alert reads out of what it shows and downloads,
says so in the export's own entry, and shows them again by default. SQLite and PostgreSQL."""

import csv
import io

from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import count

from core.audit.review import ALERT_READS, AuditSearch
from core.exports import export_detail

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

WORDS_ROWS = [
    (AuditSearch(), "audit-log, 3 rows; no filters"),  # must not change: nothing set, nothing said
    (AuditSearch(action="claim.read"), "audit-log, 3 rows; action=claim.read"),
    (AuditSearch(alert_reads=False), "audit-log, 3 rows; alert_reads=left out"),
    (AuditSearch(action="claim.read", alert_reads=False), "audit-log, 3 rows; action=claim.read, alert_reads=left out"),
]  # fmt: skip


def test_the_filter_is_in_the_exports_words_only_when_set() -> None:
    for search, said in WORDS_ROWS:
        assert export_detail("audit-log", search.words(), 3) == said


def _alert_reads(practice: Practice, user_id: int) -> int:
    return count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE action = :a AND user_id = :u",
        a=ALERT_READS,
        u=user_id,
    )


def test_each_home_load_is_logged_and_the_review_may_leave_them_out(pristine_practice: Practice) -> None:
    desk_user = pristine_practice.actor("front_desk")
    desk = page_client(pristine_practice, "front_desk")
    before = _alert_reads(pristine_practice, desk_user.user_id)
    assert desk.get("/").status_code == 200
    once = _alert_reads(pristine_practice, desk_user.user_id)
    assert desk.get("/").status_code == 200
    twice = _alert_reads(pristine_practice, desk_user.user_id)
    assert once > before and twice - once == once - before  # the same read again is logged again

    owner = page_client(pristine_practice, "owner")
    shown = owner.get("/owner/audit", params={"user_id": desk_user.user_id})
    assert shown.status_code == 200 and f'title="{ALERT_READS}"' in shown.text
    assert (
        'id="hide_alert_reads"' in shown.text
        and " checked" not in shown.text.split('id="hide_alert_reads"')[1][:80]
    )
    left_out = owner.get("/owner/audit", params={"user_id": desk_user.user_id, "hide_alert_reads": "1"})
    assert left_out.status_code == 200 and f'title="{ALERT_READS}"' not in left_out.text
    assert "checked" in left_out.text.split('id="hide_alert_reads"')[1][:80]
    download = owner.get("/owner/audit.csv", params={"hide_alert_reads": "1"})
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert rows and all(r["action"] != ALERT_READS for r in rows)
    everything = owner.get("/owner/audit.csv", params={"user_id": desk_user.user_id})
    assert sum(r["action"] == ALERT_READS for r in csv.DictReader(io.StringIO(everything.text))) == twice
    assert _alert_reads(pristine_practice, desk_user.user_id) == twice  # the review wrote no read of alerts
