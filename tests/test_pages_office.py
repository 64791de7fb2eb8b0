"""The biller's and the owner's pages: charges to claims, the held work list and a fix, an 837P sent,
an 835 refused, denials; the KPI dashboard against its targets, the audit log, users and payers; and
each refused to the roles that may not see it."""

import re
from datetime import datetime

import pytest
from conftest import DEMO_TODAY
from page_helpers import page_client
from scheduling_helpers import one

from core.kpis import meets, target_bound


def test_the_biller_builds_fixes_and_sends_claims_from_the_pages(practice) -> None:
    biller = page_client(practice, "biller")
    page = biller.get("/billing/claims")
    assert page.status_code == 200 and "Charges waiting for a claim" in page.text
    built = biller.post("/billing/claims/build", data={"clinic_id": 1}, follow_redirects=True)
    assert built.status_code == 200 and "claims built" in built.text
    held = re.findall(r'href="/billing/claims/(\d+)">[^<]+<span class="sr">, claim held</span>', built.text)
    assert held, "the demo clinic's scrubber holds some claims"
    claim = biller.get(f"/billing/claims/{held[0]}")
    assert claim.status_code == 200 and "Scrubber findings" in claim.text
    line = re.search(r'name="units-(\d+)" value="(\d+)"', claim.text)
    assert line
    fixed = biller.post(
        f"/billing/claims/{held[0]}",
        data={"line": line.group(1), f"units-{line.group(1)}": "abc"},
        follow_redirects=True,
    )
    assert 'role="alert"' in fixed.text and "whole numbers" in fixed.text
    saved = biller.post(
        f"/billing/claims/{held[0]}",
        data={"line": line.group(1), f"units-{line.group(1)}": line.group(2)},
        follow_redirects=True,
    )
    assert "Saved and scrubbed again" in saved.text
    ready = biller.get("/billing/claims?status=ready")
    batch = re.search(
        r'name="clinic_id" value="(\d+)"><input type="hidden" name="payer_id" value="(\d+)"', ready.text
    )
    assert batch, "some claims are ready to send"
    sent = biller.post(
        "/billing/batches",
        data={"clinic_id": batch.group(1), "payer_id": batch.group(2)},
        follow_redirects=True,
    )
    assert "837P with" in sent.text
    link = re.search(r'href="(/api/v1/claims/batches/\d+/837)"', sent.text)
    assert link and biller.get(link.group(1)).text.startswith("ISA*")
    bad = biller.post("/billing/eras", files={"file": ("x.835", b"\xff\xfe not x12")}, follow_redirects=True)
    assert 'role="alert"' in bad.text and "835" in bad.text
    assert biller.get("/billing/denials").status_code == 200


def test_denials_come_fifty_to_a_page_oldest_denial_first(practice) -> None:
    """The work list opens on the oldest denial (closest to the payer's filing limit), fifty lines a
    page; the newest first is a sort away."""
    biller = page_client(practice, "biller")
    first, second = biller.get("/billing/denials"), biller.get("/billing/denials?page=2")
    # Claim (its control number), service date, patient, payer, the line's number, code, amount, denied on.
    rows = re.compile(
        r'<tr><td><a href="/billing/claims/(\d+)">[^<]+</a></td><td>([\d/]+)</td><td>[^<]*</td><td>[^<]*</td>'
        r'<td>(\d+)</td><td>[^<]*</td><td class="num">[^<]*</td><td class="age">([\d/]+)<'
    )
    one_rows, two_rows = rows.findall(first.text), rows.findall(second.text)
    assert len(one_rows) == 50 and two_rows, "the demo practice has more than fifty denied lines"
    assert (
        'href="/billing/denials?page=2" rel="next">Next page' in first.text and 'rel="prev"' not in first.text
    )
    assert 'rel="prev">Previous page' in second.text
    assert not {r[:3] for r in one_rows} & {r[:3] for r in two_rows}

    def days(found: list[tuple[str, ...]], at: int) -> list:  # as pages write days
        return [datetime.strptime(r[at], "%m/%d/%Y").date() for r in found]

    assert days(one_rows + two_rows, 3) == sorted(days(one_rows + two_rows, 3))
    newest = rows.findall(biller.get("/billing/denials?sort=newest").text)
    assert days(newest, 3) == sorted(days(newest, 3), reverse=True)
    assert biller.get("/billing/denials?page=0").status_code == 422


@pytest.mark.parametrize("role", ["front_desk", "therapist"])
def test_billing_and_owner_pages_are_refused_to_other_roles(practice, role: str) -> None:
    client = page_client(practice, role)
    for url in ("/billing/claims", "/billing/denials", "/owner/kpis", "/owner/audit", "/owner/users"):
        reply = client.get(url)
        assert reply.status_code == 403, url
        assert "<h1>Not open to your role</h1>" in reply.text and "Your role may not" in reply.text
        assert 'href="/"' in reply.text and "<nav" in reply.text  # the menu stays


def test_the_owner_sees_kpis_against_targets_the_audit_log_users_and_payers(practice) -> None:
    owner = page_client(practice, "owner")
    board = owner.get(f"/owner/kpis?from={DEMO_TODAY.replace(day=1).isoformat()}&to={DEMO_TODAY.isoformat()}")
    assert board.status_code == 200
    assert "Clean-claim rate" in board.text and "Target: 97-99 %" in board.text
    assert board.text.count('class="chart"') >= 5
    assert "Figures as of" in board.text
    log = owner.get("/owner/audit?action=patient.read")
    assert log.status_code == 200
    assert '<option value="patient.read" selected>Read a patient&#39;s details</option>' in log.text
    refused = owner.get("/owner/audit?user_id=abc")
    assert "The user is a number" in refused.text
    users = owner.get("/owner/users")
    assert practice.user("biller").email in users.text
    payers = owner.get("/owner/payers")
    assert "Fee schedule" in payers.text and "8-minute rule" in payers.text
    biller_id = one(practice, "SELECT id FROM app_user WHERE email = :e", e=practice.user("biller").email)[0]
    assert biller_id


@pytest.mark.parametrize(
    ("target", "bound", "value", "met"),
    [
        ("< 3 %", (3.0, "below"), 2.5, True),
        ("< 3 %", (3.0, "below"), 3.0, False),
        ("> 95 %", (95.0, "above"), 96.0, True),
        ("97-99 %", (97.0, "above"), 96.9, False),
        ("100 %", (100.0, "above"), 100.0, True),
        ("< 30", (30.0, "below"), 41.0, False),
        ("< 5 min with the scribe", (5.0, "below"), 4.0, True),
        ("same day", None, 3.0, None),
        ("", None, 3.0, None),
    ],
)
def test_kpi_targets_read_from_their_words(target: str, bound, value: float, met) -> None:  # type: ignore[no-untyped-def]
    assert target_bound(target) == bound
    assert meets(value, target) is met
    assert meets(None, target) is None


def test_the_owner_adds_a_user_and_changes_roles_on_the_page(practice) -> None:
    import uuid

    owner = page_client(practice, "owner")
    page = owner.get("/owner/users")
    assert "Add a user" in page.text and 'name="role"' in page.text
    email = f"page-{uuid.uuid4().hex[:8]}@clinic.example.org"
    form = {
        "full_name": "Page Person",
        "email": email,
        "password": "short",
        "clinic_id": "1",
        "role": "biller",
    }
    refused = owner.post("/owner/users", data=form, follow_redirects=True)
    assert 'role="alert"' in refused.text and "12 characters" in refused.text
    # shown again with what was typed (#20), never the password
    assert f'value="{email}"' in refused.text and 'value="short"' not in refused.text
    added = owner.post(
        "/owner/users", data={**form, "password": "a long first password"}, follow_redirects=True
    )
    assert "Page Person added as biller" in added.text and email in added.text
    user_id = re.search(rf'<td>{re.escape(email)}</td>.*?action="/owner/users/(\d+)/role"', added.text, re.S)
    assert user_id
    changed = owner.post(
        f"/owner/users/{user_id.group(1)}/role",
        data={"clinic_id": "1", "role": "front_desk"},
        follow_redirects=True,
    )
    assert "set to front desk" in changed.text
    row = re.search(rf"<td>{re.escape(email)}</td>.*?</tr>", changed.text, re.S)
    assert row and '<option value="front_desk" selected>' in row.group(0)
    off = owner.post(
        f"/owner/users/{user_id.group(1)}/active", data={"active": "false"}, follow_redirects=True
    )
    assert "deactivated" in off.text
    assert page_client(practice, "front_desk").post("/owner/users", data=form).status_code == 403


def test_a_fee_schedule_is_uploaded_from_the_payers_page_whole_or_not_at_all(practice) -> None:
    biller = page_client(practice, "biller")
    page = biller.get("/owner/payers")
    payer = re.search(r'action="/owner/payers/(\d+)/fee-schedules"', page.text)
    assert payer, "billers and owners may upload fee schedules"
    action = f"/owner/payers/{payer.group(1)}/fee-schedules"
    form = {"name": "Page upload", "effective_from": "2027-01-01"}
    bad = biller.post(
        action,
        data=form,
        files={"file": ("fees.csv", b"cpt,modifier,amount\n97110,,31.50\n9711,,x\n")},
        follow_redirects=True,
    )
    assert 'role="alert"' in bad.text and "nothing was imported" in bad.text and "row 3" in bad.text
    assert "Fee schedule Page upload" not in bad.text
    # the form comes back open as typed, the refused rows by the file (which is chosen again)
    assert bad.status_code == 422 and 'value="Page upload"' in bad.text and 'value="2027-01-01"' in bad.text
    assert f'id="fs-file-{payer.group(1)}-error"' in bad.text and "<details open>" in bad.text
    good = biller.post(
        action,
        data=form,
        files={"file": ("fees.csv", b"\xef\xbb\xbfcpt,modifier,amount\n97110,,31.50\n97140,59,29.00\n")},
        follow_redirects=True,
    )
    assert "Fee schedule Page upload saved with 2 codes" in good.text
    assert "Fee schedule Page upload, from 01/01/2027" in good.text
