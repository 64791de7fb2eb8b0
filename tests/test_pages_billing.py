"""The biller's pages (#20): claims found by patient, number, payer, status and dates a page at a time;
a claim with everything on it and its history; a denial corrected, appealed, written off and assigned
(each once however often it is clicked); batches and remittances; AR aging; a patient's ledger, a
payment posted by hand and the statement. The database is read after each step."""

import re
from datetime import date, datetime

import pytest
from conftest import make_practice
from page_helpers import page_client
from remittance_helpers import era_for
from scheduling_helpers import count, one
from sqlalchemy import text

from core.billing.receivables import bucket_of


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def billing(request, databases, tmp_path_factory):  # type: ignore[no-untyped-def]
    practice = make_practice(request.param, databases, tmp_path_factory.mktemp("billing-pages"))
    yield practice
    databases.release(practice.engine)


def _all(practice, sql: str, **params) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return [tuple(r) for r in session.exec(text(sql).bindparams(**params)).all()]


ROWS = re.compile(r'<tr><td><a href="/billing/claims/(\d+)">(TS\d+)</a></td><td>([\d/]+)</td>')


def _day(shown: str) -> date:
    """A day as the claims list writes it (12/03/2026, core.timeutil.clinic_day)."""
    return datetime.strptime(shown, "%m/%d/%Y").date()


def test_claims_are_found_by_every_filter_a_page_at_a_time_and_sorted(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    first = biller.get("/billing/claims?status=paid")
    assert first.status_code == 200
    total = count(billing, "SELECT COUNT(*) FROM claim WHERE status = 'paid'")
    assert f"{total:,} claims, page 1 of" in first.text
    one_rows = ROWS.findall(first.text)
    assert len(one_rows) == 50
    dates = [_day(d) for _, _, d in one_rows]
    assert dates == sorted(dates, reverse=True)  # newest service first: recent paid claims are reachable
    newest = one(billing, "SELECT MAX(service_date) FROM claim WHERE status = 'paid'")[0]
    assert dates[0] == date.fromisoformat(str(newest)[:10])
    nxt = re.search(r'href="(/billing/claims\?[^"]*page=2)">Next page', first.text)
    assert nxt
    second = biller.get(nxt.group(1).replace("&amp;", "&"))
    assert not {c for c, _, _ in one_rows} & {c for c, _, _ in ROWS.findall(second.text)}

    oldest = ROWS.findall(biller.get("/billing/claims?status=denied&sort=service_date&order=asc").text)
    assert [_day(d) for _, _, d in oldest] == sorted(_day(d) for _, _, d in oldest)

    claim_id, control, patient_id, payer_id, served = one(
        billing,
        "SELECT id, control_number, patient_id, payer_id, service_date FROM claim WHERE status = 'denied' "
        "ORDER BY id LIMIT 1",
    )
    by_number = ROWS.findall(biller.get(f"/billing/claims?control_number={control}").text)
    assert [(int(c), n) for c, n, _ in by_number] == [(claim_id, control)]
    first_name, last_name = one(
        billing, "SELECT first_name, last_name FROM patient WHERE id = :p", p=patient_id
    )
    by_patient = biller.get(
        "/billing/claims", params={"patient": f"{last_name}, {first_name}", "payer_id": payer_id}
    )
    mine = count(
        billing,
        """SELECT COUNT(*) FROM claim c JOIN patient p ON p.id = c.patient_id WHERE c.payer_id = :y
        AND LOWER(p.first_name) LIKE :f AND LOWER(p.last_name) LIKE :l""",
        y=payer_id,
        f=f"%{first_name.lower()}%",
        l=f"%{last_name.lower()}%",
    )
    assert re.search(rf"\b{mine:,} claims?[.,]", by_patient.text) and str(claim_id) in by_patient.text
    day = str(served)[:10]
    on_day = ROWS.findall(biller.get(f"/billing/claims?from={day}&to={day}&status=denied").text)
    assert on_day and {_day(d) for _, _, d in on_day} == {date.fromisoformat(day)}
    bad = biller.get("/billing/claims?from=yesterday")
    assert bad.status_code == 200 and "Dates are YYYY-MM-DD" in bad.text
    assert page_client(billing, "front_desk").get("/billing/claims?status=paid").status_code == 403


def test_a_paid_claim_shows_who_what_and_the_payers_amounts_per_line(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    claim_id, patient_id, paid = one(
        billing,
        """SELECT c.id, c.patient_id, c.paid_cents FROM claim c WHERE c.status = 'paid' AND EXISTS (SELECT 1
        FROM claim_line l WHERE l.claim_id = c.id AND l.adjusted_cents > 0 AND l.patient_responsibility_cents > 0)
        ORDER BY c.id LIMIT 1""",
    )
    page = biller.get(f"/billing/claims/{claim_id}")
    assert page.status_code == 200
    first, last, provider, npi, payer = one(
        billing,
        """SELECT p.first_name, p.last_name, v.full_name, v.npi, y.name FROM claim c
        JOIN patient p ON p.id = c.patient_id JOIN provider v ON v.id = c.provider_id
        JOIN payer y ON y.id = c.payer_id WHERE c.id = :c""",
        c=claim_id,
    )
    text = page.text
    assert f"{first} {last}" in text and provider in text and f"NPI {npi}" in text and payer in text
    assert f'href="/billing/patients/{patient_id}/ledger"' in text
    assert re.search(r'href="/api/v1/notes/\d+/pdf">Note of the visit', text)
    plan = one(
        billing,
        """SELECT p.id FROM plan_of_care p JOIN claim c ON c.patient_id = p.patient_id JOIN visit v ON v.id = c.visit_id
        WHERE c.id = :c AND p.discipline = v.discipline AND p.start_date <= c.service_date
        AND p.end_date >= c.service_date""",
        c=claim_id,
    )
    assert f'href="/plans/{plan[0]}">The plan in force on' in text  # where a plan-of-care hold is put right
    line_paid, adjusted, owed = one(
        billing,
        """SELECT paid_cents, adjusted_cents, patient_responsibility_cents FROM claim_line WHERE claim_id = :c
        AND adjusted_cents > 0 ORDER BY line_number LIMIT 1""",
        c=claim_id,
    )
    for cents in (line_paid, adjusted, owed, paid):
        assert f"${cents / 100:,.2f}" in text
    assert "CO 45" in text  # the contractual adjustment, with its reason in words
    assert "Work the denial" not in text


def test_a_denial_is_written_off_appealed_assigned_and_corrected_once_each(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    denied = [
        r[0]
        for r in _all(
            billing, "SELECT id FROM claim WHERE status = 'denied' AND clinic_id = 1 ORDER BY id LIMIT 3"
        )
    ]
    to_write_off, to_appeal, to_correct = denied
    page = biller.get(f"/billing/claims/{to_write_off}")
    assert "Work the denial" in page.text and "Denied:" in page.text

    # Write-off: a reason is required; two posts write it off once.
    refused = biller.post(
        f"/billing/claims/{to_write_off}/write-off", data={"reason": " "}, follow_redirects=True
    )
    assert 'role="alert"' in refused.text and "say why" in refused.text
    assert count(billing, "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c", c=to_write_off) == 0
    for _ in range(2):
        done = biller.post(
            f"/billing/claims/{to_write_off}/write-off",
            data={"reason": "past timely filing for the appeal"},
            follow_redirects=True,
        )
    assert "no denied line to write off" in done.text
    assert (
        count(
            billing,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'written_off'",
            c=to_write_off,
        )
        == 1
    )
    assert (
        count(
            billing,
            "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c AND status = 'denied'",
            c=to_write_off,
        )
        == 0
    )
    assert "wrote off" in biller.get(f"/billing/claims/{to_write_off}").text  # in its history

    # Appeal letter: a PDF; printed twice, recorded once.
    for _ in range(2):
        pdf = biller.post(
            f"/billing/claims/{to_appeal}/appeal.pdf",
            data={"argument": "The plan of care was signed on 10/02."},
        )
        assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
        assert pdf.content.startswith(b"%PDF")
    assert (
        count(
            billing,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'appealed'",
            c=to_appeal,
        )
        == 1
    )

    # Assign to the clinic's biller, then to a therapist (refused).
    biller_id = one(billing, "SELECT id FROM app_user WHERE email = :e", e=billing.user("biller").email)[0]
    biller.post(f"/billing/claims/{to_appeal}/assign", data={"user_id": biller_id, "note": "call the payer"})
    assert one(billing, "SELECT assigned_user_id FROM claim WHERE id = :c", c=to_appeal)[0] == biller_id
    therapist = one(
        billing,
        "SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id WHERE m.role = 'therapist' LIMIT 1",
    )[0]
    wrong = biller.post(
        f"/billing/claims/{to_appeal}/assign", data={"user_id": therapist}, follow_redirects=True
    )
    assert "biller or owner" in wrong.text
    assert one(billing, "SELECT assigned_user_id FROM claim WHERE id = :c", c=to_appeal)[0] == biller_id

    # Corrected claim: reopened as a replacement and scrubbed; a second click is refused.
    number = one(billing, "SELECT payer_claim_number FROM claim WHERE id = :c", c=to_correct)[0]
    biller.post(f"/billing/claims/{to_correct}/correct")
    again = biller.post(f"/billing/claims/{to_correct}/correct", follow_redirects=True)
    assert "reopened as its corrected claim already" in again.text
    status, frequency = one(billing, "SELECT status, frequency_code FROM claim WHERE id = :c", c=to_correct)
    # held until a change is saved on it: unchanged, it would go out as a copy of what the payer answered
    assert status == "held" and frequency == "7"
    assert (
        "still the same as the claim the payer answered" in biller.get(f"/billing/claims/{to_correct}").text
    )
    cpt, units, modifiers = one(
        billing,
        "SELECT cpt, units, modifiers FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=to_correct,
    )
    fixed = {
        "line": "1",
        "cpt": "97530" if cpt != "97530" else "97110",
        "units": str(units),
        "modifiers": modifiers,
        "reason": "payer: wrong code",
    }
    assert biller.post(f"/billing/claims/{to_correct}/lines", data=fixed).status_code in (200, 303)
    status = one(billing, "SELECT status FROM claim WHERE id = :c", c=to_correct)[0]
    assert status in ("ready", "held")
    assert (
        count(
            billing,
            "SELECT COUNT(*) FROM claim_finding WHERE claim_id = :c AND rule_id = 'corrected-unchanged'",
            c=to_correct,
        )
        == 0
    )
    assert (
        count(
            billing,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'corrected'",
            c=to_correct,
        )
        == 1
    )
    if status == "ready":
        payer_id = one(billing, "SELECT payer_id FROM claim WHERE id = :c", c=to_correct)[0]
        biller.post("/billing/batches", data={"clinic_id": 1, "payer_id": payer_id})
        content = one(
            billing,
            "SELECT b.content FROM claim_batch b JOIN claim c ON c.batch_id = b.id WHERE c.id = :c",
            c=to_correct,
        )[0]
        assert ":B:7*" in content and f"REF*F8*{number}~" in content

    # The front desk may do none of it.
    desk = page_client(billing, "front_desk")
    assert desk.post(f"/billing/claims/{to_appeal}/write-off", data={"reason": "x"}).status_code == 403
    assert desk.get(f"/billing/claims/{to_appeal}").status_code == 403


def test_batches_remittances_and_aging_pages(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    # Every demo claim went out in an 837P file (the last 30 days through core.demo.build._send_batches,
    # older days through core.demo.sent_files), each listed with the claims it holds, every one of them
    # sent (waiting, or answered since from an 835) or, reopened above as its replacement (frequency 7),
    # waiting for its next file; nothing says no 837P was ever sent.
    files = _all(
        billing,
        """SELECT b.interchange_control_number, b.claim_count, COUNT(c.id),
                  SUM(CASE WHEN c.status IN ('submitted', 'paid', 'partially_paid', 'denied')
                             OR c.frequency_code = '7' THEN 1 END),
                  SUM(CASE WHEN c.status = 'submitted' THEN 0 ELSE 1 END)
             FROM claim_batch b JOIN claim c ON c.batch_id = b.id
            GROUP BY b.id, b.interchange_control_number, b.claim_count ORDER BY b.id DESC""",
    )
    assert len(files) >= 100
    assert all(held == sent for _, _, held, sent, _ in files)
    # The claim reopened above, once sent again in a file of its own, leaves its first file one short.
    assert sum(listed != held for _, listed, held, _, _ in files) <= 1
    assert all(listed - held in (0, 1) for _, listed, held, _, _ in files)
    assert sum(answered for *_, answered in files) > 100
    first = biller.get("/billing/batches")
    assert "No 837P file has been sent" not in first.text
    assert all(f"{number:09d}" in first.text for number, *_ in files[:50])
    # and the payers' answers of its last days were posted from their 835s (_post_remittances): each
    # listed, every claim it answered paid or denied from it, with its payment tied to the file
    eras = _all(
        billing,
        """SELECT e.trace_number, e.claim_count, COUNT(p.id), SUM(p.amount_cents), e.paid_cents
             FROM era_file e JOIN payment p ON p.era_id = e.id
            GROUP BY e.id, e.trace_number, e.claim_count, e.paid_cents ORDER BY e.id DESC""",
    )
    assert len(eras) >= 5 and "No 835 has been posted" not in first.text
    assert all(answered == paid_for and total == paid for _, answered, paid_for, total, paid in eras)
    assert all(trace in first.text for trace, *_ in eras[:50])
    unanswered = _all(
        billing,
        """SELECT COUNT(*) FROM claim c JOIN payment p ON p.claim_id = c.id
            WHERE p.era_id IS NOT NULL AND c.status NOT IN ('paid', 'partially_paid', 'denied')
              AND c.frequency_code = '1'""",
    )
    assert unanswered == [(0,)]
    claim_id = one(
        billing, "SELECT id FROM claim WHERE status = 'submitted' AND clinic_id = 1 ORDER BY id LIMIT 1"
    )[0]
    with billing.session() as session:  # each line paid at 80 %, the rest the patient's coinsurance
        era = era_for(
            session, [claim_id], trace="EFTPAGES1", control=91, percent=80, paid_on=date(2026, 12, 1)
        )
    posted = biller.post("/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True)
    assert "835 EFTPAGES1" in posted.text
    assert one(billing, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "paid"
    page = biller.get("/billing/batches")
    assert (
        page.status_code == 200
        and "EFTPAGES1" in page.text
        and f'href="/billing/claims/{claim_id}"' in page.text
    )

    aging = biller.get("/billing/aging?as_of=2026-11-24")
    assert aging.status_code == 200
    totals = re.search(r"All payers</th>(.*?)</tr>", aging.text, re.S)
    assert totals
    amounts = [
        int(a.replace(",", "").replace(".", "")) for a in re.findall(r"\$([\d,]+\.\d\d)", totals.group(1))
    ]
    assert amounts[-1] == sum(amounts[:-1]) > 0  # buckets add up to the total
    assert "e+" not in aging.text


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-3, "0-30"),
        (0, "0-30"),
        (30, "0-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "91-120"),
        (120, "91-120"),
        (121, "over 120"),
        (900, "over 120"),
    ],
)
def test_aging_buckets(days: int, bucket: str) -> None:
    assert bucket_of(days) == bucket


def test_the_ledger_takes_a_payment_once_and_prints_a_statement(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    patient_id = one(
        billing,
        "SELECT patient_id FROM claim WHERE patient_responsibility_cents > 0 AND clinic_id = 1 ORDER BY id LIMIT 1",
    )[0]
    page = biller.get(f"/billing/patients/{patient_id}/ledger")
    assert page.status_code == 200
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page.text)
    assert key
    before = count(
        billing, "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'", p=patient_id
    )
    form = {
        "amount": "$1,045.5",
        "received_on": "2026-11-20",
        "method": "check",
        "reference": "1001",
        "idempotency_key": key.group(1),
    }
    first = biller.post(f"/billing/patients/{patient_id}/payments", data=form, follow_redirects=True)
    second = biller.post(f"/billing/patients/{patient_id}/payments", data=form, follow_redirects=True)
    assert "Payment of $1,045.50 posted." in first.text and "Payment of $1,045.50 posted." in second.text
    assert (
        count(
            billing, "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'", p=patient_id
        )
        == before + 1
    )
    assert one(
        billing,
        "SELECT amount_cents, reference FROM payment WHERE patient_id = :p ORDER BY id DESC LIMIT 1",
        p=patient_id,
    ) == (104550, "check 1001")
    bad = biller.post(
        f"/billing/patients/{patient_id}/payments",
        data={**form, "amount": "12.345", "idempotency_key": "x1"},
        follow_redirects=True,
    )
    assert "dollars and cents" in bad.text
    future = biller.post(
        f"/billing/patients/{patient_id}/payments",
        data={**form, "received_on": "2099-01-01", "idempotency_key": "x2"},
        follow_redirects=True,
    )
    assert 'role="alert"' in future.text
    # The same check number from a new form is refused (the same check posted twice from two pages, trial
    # 51) until the biller says it is another check with the same number: then it is posted.
    again = biller.post(
        f"/billing/patients/{patient_id}/payments",
        data={**form, "idempotency_key": "another-form"},
        follow_redirects=True,
    )
    assert "Payment of $1,045.50 posted." not in again.text and "another_check" in again.text
    another = biller.post(
        f"/billing/patients/{patient_id}/payments",
        data={**form, "idempotency_key": "another-check", "another_check": "yes"},
        follow_redirects=True,
    )
    assert "Payment of $1,045.50 posted." in another.text
    assert (
        count(
            billing, "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'", p=patient_id
        )
        == before + 2
    )
    statement = biller.get(f"/billing/patients/{patient_id}/statement.pdf")
    assert statement.status_code == 200 and statement.content.startswith(b"%PDF")
    assert page_client(billing, "front_desk").get(f"/billing/patients/{patient_id}/ledger").status_code == 403
