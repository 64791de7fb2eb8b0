"""Work that moves money or a signature, sent several times at the same instant to the real server
(two worker processes) on SQLite and PostgreSQL: exactly one effect, and every other request a 409
that says why (or, with the same Idempotency-Key, the first request's own answer)."""

from collections.abc import Iterator

import httpx
import pytest
from conftest import Practice
from note_helpers import DRAFT, login_as_provider, open_and_draft
from remittance_helpers import era_for
from scheduling_helpers import one
from server_helpers import at_once, running_server

TIMES = 5


@pytest.fixture(scope="module")
def server(pristine_practice: Practice, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(pristine_practice, tmp_path_factory.mktemp("server")) as base:
        yield base


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=120) as http:
        yield http


def _statuses(replies: list[httpx.Response]) -> list[int]:
    return sorted(r.status_code for r in replies)


def _refusals_say_why(replies: list[httpx.Response]) -> None:
    for reply in replies:
        if reply.status_code == 409:
            assert reply.json()["detail"], reply.text


def _count(practice: Practice, sql: str, **params: object) -> int:
    return int(one(practice, sql, **params)[0])


def _appointment(
    practice: Practice, credential: str, skip: int = 0, with_authorization: bool = False, unit_rule: str = ""
) -> tuple[int, int]:
    """A booked follow-up in clinic 1 with no visit yet: (appointment, provider); of a patient whose
    payer counts units by `unit_rule` when given."""
    row = one(
        practice,
        f"""SELECT a.id, a.provider_id FROM appointment a
        JOIN provider p ON p.id = a.provider_id JOIN appointment_type t ON t.id = a.appointment_type_id
        JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = :c AND t.kind = 'follow-up'
          AND a.progress_due = :f AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
          {"AND a.authorization_id IS NOT NULL" if with_authorization else ""}
          {f"AND i.payer_id IN (SELECT id FROM payer WHERE unit_rule = '{unit_rule}')" if unit_rule else ""}
        ORDER BY a.starts_at, a.id LIMIT 1 OFFSET :s""",
        c=credential,
        f=False,
        s=skip,
    )
    return int(row[0]), int(row[1])


def _biller(practice: Practice, client: httpx.Client) -> dict[str, str]:
    user = practice.user("biller")
    reply = client.post("/api/v1/auth/login", json={"email": user.email, "password": user.password})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def test_five_signs_of_one_note_sign_it_once_charge_it_once_and_use_one_visit(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    appointment, provider = _appointment(practice, "PT", with_authorization=True)
    headers = login_as_provider(practice, client, provider)
    note = open_and_draft(practice, client, headers, appointment, DRAFT)
    auth_sql = """SELECT visits_used FROM prior_authorization a
        JOIN appointment p ON p.authorization_id = a.id WHERE p.id = :a"""
    used = _count(practice, auth_sql, a=appointment)

    replies = at_once(TIMES, lambda _: client.post(f"/api/v1/notes/{note}/sign", headers=headers))

    assert _statuses(replies) == [200] + [409] * (TIMES - 1), [r.text for r in replies]
    _refusals_say_why(replies)
    assert _count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note) == 1
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 2
    assert _count(practice, auth_sql, a=appointment) == used + 1


def test_edits_racing_a_sign_never_leave_signed_text_that_was_not_signed(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    appointment, provider = _appointment(practice, "PT")
    headers = login_as_provider(practice, client, provider)
    note = open_and_draft(practice, client, headers, appointment, DRAFT)

    def edit_or_sign(i: int) -> httpx.Response:
        if i % 2:
            return client.post(f"/api/v1/notes/{note}/sign", headers=headers)
        edited = {**DRAFT, "objective": f"Knee flexion 11{i} degrees.", "change_summary": f"edit {i}"}
        return client.put(f"/api/v1/notes/{note}", json=edited, headers=headers)

    replies = at_once(6, edit_or_sign)

    signs = [r for i, r in enumerate(replies) if i % 2]
    assert sorted(r.status_code for r in signs) == [200, 409, 409], [r.text for r in replies]
    assert all(r.status_code in (200, 409) for r in replies)
    signed_version, current = one(
        practice,
        "SELECT s.version, n.current_version FROM note_signature s JOIN note n ON n.id = s.note_id WHERE n.id = :n",
        n=note,
    )
    assert signed_version == current, "the signed version is the one the note shows"
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 2
    again = client.post(f"/api/v1/notes/{note}/sign", headers=headers)
    assert again.status_code == 409
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 2


def test_five_cosigns_of_an_assistants_note_cosign_it_once(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    appointment, assistant = _appointment(practice, "PTA")
    headers = login_as_provider(practice, client, assistant)
    note = open_and_draft(practice, client, headers, appointment, DRAFT)
    assert client.post(f"/api/v1/notes/{note}/sign", headers=headers).status_code == 200
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=assistant)[0]
    boss = login_as_provider(practice, client, int(supervisor))

    replies = at_once(TIMES, lambda _: client.post(f"/api/v1/notes/{note}/cosign", headers=boss))

    assert _statuses(replies) == [200] + [409] * (TIMES - 1), [r.text for r in replies]
    _refusals_say_why(replies)
    assert _count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note) == 2
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 2


def test_the_same_sign_sent_five_times_with_one_idempotency_key_answers_five_times_alike(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    # 33 min 97110 + 7 min 97140 are two charges by the CMS rule (one by the per-code rule).
    appointment, provider = _appointment(practice, "PT", skip=1, unit_rule="cms")
    headers = login_as_provider(practice, client, provider)
    note = open_and_draft(practice, client, headers, appointment, DRAFT)
    keyed = {**headers, "Idempotency-Key": f"sign-{note}"}

    replies = at_once(TIMES, lambda _: client.post(f"/api/v1/notes/{note}/sign", headers=keyed))

    assert _statuses(replies) == [200] * TIMES, [r.text for r in replies]
    assert len({r.content for r in replies}) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in replies) == TIMES - 1
    assert _count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note) == 1
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 2
    reused = client.post(f"/api/v1/notes/{note}/cosign", headers=keyed)
    assert reused.status_code == 422 and "different request" in reused.json()["detail"]


def test_five_claim_builds_bill_each_charge_on_one_claim(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    biller = _biller(practice, client)
    waiting = _count(practice, "SELECT COUNT(*) FROM charge WHERE clinic_id = 1 AND status = 'open'")
    assert waiting, "the signed notes above left charges to bill"

    replies = at_once(
        TIMES, lambda _: client.post("/api/v1/claims/build", json={"clinic_id": 1}, headers=biller)
    )

    assert _statuses(replies) == [201] + [409] * (TIMES - 1), [r.text for r in replies]
    _refusals_say_why(replies)
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE clinic_id = 1 AND status = 'open'") == 0
    twice = "SELECT COUNT(*) FROM (SELECT charge_id FROM claim_line GROUP BY charge_id HAVING COUNT(*) > 1) d"
    assert _count(practice, twice) == 0


def _ready_payer(practice: Practice) -> int:
    return int(
        one(
            practice,
            """SELECT payer_id FROM claim WHERE clinic_id = 1 AND status = 'ready'
            GROUP BY payer_id ORDER BY COUNT(*) DESC, payer_id LIMIT 1""",
        )[0]
    )


def test_five_sends_of_one_payers_claims_write_one_837(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    biller = _biller(practice, client)
    payer = _ready_payer(practice)
    ready = _count(
        practice,
        "SELECT COUNT(*) FROM claim WHERE clinic_id = 1 AND status = 'ready' AND payer_id = :p",
        p=payer,
    )
    batches = _count(practice, "SELECT COUNT(*) FROM claim_batch")

    replies = at_once(
        TIMES,
        lambda _: client.post(
            "/api/v1/claims/batches", json={"clinic_id": 1, "payer_id": payer}, headers=biller
        ),
    )

    assert _statuses(replies) == [201] + [409] * (TIMES - 1), [r.text for r in replies]
    _refusals_say_why(replies)
    assert _count(practice, "SELECT COUNT(*) FROM claim_batch") == batches + 1
    sent = next(r.json() for r in replies if r.status_code == 201)
    assert sent["claim_count"] == ready
    assert _count(practice, "SELECT COUNT(*) FROM claim WHERE batch_id = :b", b=sent["id"]) == ready


def _remittance_for_batch(practice: Practice, batch: int, trace: str, only_denied: bool = False) -> str:
    """The payer's answer to a batch: every claim paid in full but the first, denied outright (or
    that denial alone)."""
    from sqlmodel import col, select

    from core.billing.models import Claim

    with practice.session() as session:
        ids = [
            c or 0
            for c in session.exec(select(Claim.id).where(Claim.batch_id == batch).order_by(col(Claim.id)))
        ]
        return era_for(
            session, ids[:1] if only_denied else ids, trace=trace, control=int(trace[-4:]), denied=ids[:1]
        )


def test_five_postings_of_one_835_post_it_once_and_a_resent_copy_is_refused(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    biller = _biller(practice, client)
    batch = int(one(practice, "SELECT MAX(id) FROM claim_batch")[0])
    era = _remittance_for_batch(practice, batch, "EFT0001")
    payments = _count(practice, "SELECT COUNT(*) FROM payment")
    claims = _count(practice, "SELECT COUNT(*) FROM claim WHERE batch_id = :b", b=batch)

    def post(text: str) -> httpx.Response:
        return client.post(
            "/api/v1/eras", files={"file": ("era.835", text.encode(), "text/plain")}, headers=biller
        )

    replies = at_once(TIMES, lambda _: post(era))

    assert _statuses(replies) == [201] + [409] * (TIMES - 1), [r.text for r in replies]
    _refusals_say_why(replies)
    assert _count(practice, "SELECT COUNT(*) FROM payment") == payments + claims
    # The denial re-sent under a new trace number (a denied claim stays open to a later payment).
    resent = post(_remittance_for_batch(practice, batch, "EFT0002", only_denied=True))
    assert resent.status_code == 409, resent.text
    assert "already posted" in resent.json()["detail"]
    assert _count(practice, "SELECT COUNT(*) FROM payment") == payments + claims


def test_the_database_refuses_a_second_effect_even_if_the_code_tried(pristine_practice: Practice) -> None:
    """The constraints behind the locks: a copy of a signature, a charge, a claim line's charge, a
    batch's control number, a posted check or a posted adjudication is refused by the database."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    copies = {  # table: (columns, what to insert instead of a column, which rows)
        "note_signature": ("note_id, version, user_id, kind, attestation, signed_at", {}, ""),
        "charge": (
            "visit_id, note_id, clinic_id, patient_id, provider_id, service_date, cpt, modifiers, units,"
            " minutes, diagnosis_pointers, amount_cents, status, created_at",
            {},
            "WHERE note_id IS NOT NULL",
        ),
        "claim_line": (
            "claim_id, charge_id, line_number, cpt, modifiers, units, diagnosis_pointers, charge_cents,"
            " paid_cents, adjusted_cents, patient_responsibility_cents, status, denial_carc, denial_rarc",
            {"line_number": "line_number + 100"},
            "WHERE charge_id IS NOT NULL",
        ),
        "claim_batch": (
            "clinic_id, payer_id, interchange_control_number, claim_count, total_cents, content, created_at",
            {},
            "",
        ),
        "era_file": (
            "sha256, payer_id, trace_number, paid_cents, received_on, claim_count, posted_at",
            {"sha256": "'x' || SUBSTR(sha256, 2)"},
            "",
        ),
        "payment": (
            "clinic_id, payer_id, patient_id, claim_id, source, amount_cents, received_on, reference, era_id,"
            " adjudication",
            {},
            "WHERE adjudication IS NOT NULL",
        ),
    }
    for table, (columns, instead, where) in copies.items():
        chosen = ", ".join(instead.get(c.strip(), c.strip()) for c in columns.split(","))
        with pristine_practice.session() as session:
            found = session.exec(text(f"SELECT COUNT(*) FROM {table} {where}")).one()[0]
            assert found, f"the tests above left a {table} row to copy"
            with pytest.raises(IntegrityError):
                session.exec(
                    text(f"INSERT INTO {table} ({columns}) SELECT {chosen} FROM {table} {where} LIMIT 1")
                )
                session.commit()
            session.rollback()


def test_five_opens_drafts_and_addenda_of_one_visit_leave_one_of_each(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    """A double (or fivefold) click on Record, Draft and Add addendum: one visit, one note, one
    addendum; the other clicks get the first one's visit and addendum, or a 409 for the draft."""
    practice = pristine_practice
    appointment, provider = _appointment(practice, "PT")
    headers = login_as_provider(practice, client, provider)

    opened = at_once(
        TIMES,
        lambda _: client.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": True}, headers=headers
        ),
    )
    assert _statuses(opened) == [201] * TIMES, [r.text for r in opened]
    assert len({r.json()["id"] for r in opened}) == 1
    visit = opened[0].json()["id"]

    drafted = at_once(
        TIMES, lambda _: client.post(f"/api/v1/visits/{visit}/note", json=DRAFT, headers=headers)
    )
    assert _statuses(drafted) == [201] + [409] * (TIMES - 1), [r.text for r in drafted]
    _refusals_say_why(drafted)
    note = next(r.json()["id"] for r in drafted if r.status_code == 201)
    assert _count(practice, "SELECT COUNT(*) FROM note WHERE visit_id = :v", v=visit) == 1
    assert client.post(f"/api/v1/notes/{note}/sign", headers=headers).status_code == 200

    words = {"text": "Patient called: knee better."}
    added = at_once(
        TIMES, lambda _: client.post(f"/api/v1/notes/{note}/addenda", json=words, headers=headers)
    )
    assert _statuses(added) == [201] * TIMES, [r.text for r in added]
    assert _count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note) == 1


def test_five_records_of_the_physicians_signature_record_it_once(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    practice = pristine_practice
    plan, provider = one(
        practice,
        "SELECT id, provider_id FROM plan_of_care WHERE clinic_id = 1 AND physician_signed_on IS NULL ORDER BY id",
    )
    headers = login_as_provider(practice, client, int(provider))
    sent = client.post(f"/api/v1/plans/{plan}/sent", json={"on": "2026-11-24"}, headers=headers)
    assert sent.status_code == 204, sent.text

    replies = at_once(
        TIMES,
        lambda _: client.post(f"/api/v1/plans/{plan}/signed", json={"on": "2026-11-27"}, headers=headers),
    )

    assert _statuses(replies) == [204] * TIMES, [r.text for r in replies]
    signed = """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND record_id = :p
        AND detail = 'physician signed'"""
    assert _count(practice, signed, p=str(plan)) == 1
    other_day = client.post(f"/api/v1/plans/{plan}/signed", json={"on": "2026-11-28"}, headers=headers)
    assert other_day.status_code == 409 and "already recorded" in other_day.json()["detail"]


def test_five_corrections_of_the_physicians_signature_date_correct_it_once(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    """A date recorded wrong, corrected with its reason: five at once correct it once (all 204), the
    original 'physician signed' entry stays in the audit log beside the correction."""
    practice = pristine_practice
    plan, provider = one(
        practice,
        "SELECT id, provider_id FROM plan_of_care WHERE clinic_id = 1 AND physician_signed_on IS NULL ORDER BY id",
    )
    headers = login_as_provider(practice, client, int(provider))
    for step, on in (("sent", "2026-11-24"), ("signed", "2026-12-01")):
        done = client.post(f"/api/v1/plans/{plan}/{step}", json={"on": on}, headers=headers)
        assert done.status_code == 204, done.text
    fix = {"on": "2026-11-28", "reason": "misread"}

    replies = at_once(
        TIMES, lambda _: client.post(f"/api/v1/plans/{plan}/signed/correction", json=fix, headers=headers)
    )

    assert _statuses(replies) == [204] * TIMES, [r.text for r in replies]
    trail = """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND record_id = :p
        AND detail = :d"""
    corrected = "physician signature date corrected from 2026-12-01 to 2026-11-28 (misread)"
    assert _count(practice, trail, p=str(plan), d=corrected) == 1
    assert _count(practice, trail, p=str(plan), d="physician signed") == 1
    assert (
        str(one(practice, "SELECT physician_signed_on FROM plan_of_care WHERE id = :p", p=plan)[0])
        == "2026-11-28"
    )
    no_reason = client.post(
        f"/api/v1/plans/{plan}/signed/correction", json={"on": "2026-11-29", "reason": ""}, headers=headers
    )
    assert no_reason.status_code == 422 and "reason" in no_reason.text


def test_the_same_addendum_under_one_key_is_one_and_under_two_keys_is_two(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    """Five requests with one Idempotency-Key: one addendum; the same words sent again under a new
    key (she means it): a second one."""
    practice = pristine_practice
    appointment, provider = _appointment(practice, "PT", skip=2)
    headers = login_as_provider(practice, client, provider)
    note = open_and_draft(practice, client, headers, appointment, DRAFT)
    assert client.post(f"/api/v1/notes/{note}/sign", headers=headers).status_code == 200
    words = {"text": "Home program reviewed again by phone."}

    def add(key: str) -> httpx.Response:
        return client.post(
            f"/api/v1/notes/{note}/addenda", json=words, headers={**headers, "Idempotency-Key": key}
        )

    replies = at_once(TIMES, lambda _: add(f"add-{note}-1"))

    assert _statuses(replies) == [201] * TIMES, [r.text for r in replies]
    assert len({r.json()["id"] for r in replies}) == 1
    again = add(f"add-{note}-2")
    assert again.status_code == 201 and again.json()["id"] != replies[0].json()["id"]
    assert _count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note) == 2


def _desk(practice: Practice, client: httpx.Client) -> dict[str, str]:
    user = practice.user("front_desk", "riverside")
    reply = client.post("/api/v1/auth/login", json={"email": user.email, "password": user.password})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def test_five_identical_authorizations_without_a_key_add_one_and_answer_it_five_times(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    """The same authorization posted five times at once with no Idempotency-Key: one row, one audit
    entry, and every request answered 201 with that row's id (not a duplicate, not a 500)."""
    practice = pristine_practice
    patient, payer = one(
        practice,
        """SELECT i.patient_id, i.payer_id FROM insurance_policy i JOIN patient p ON p.id = i.patient_id
        WHERE p.clinic_id = 1 AND i.priority = 1 ORDER BY i.patient_id DESC LIMIT 1""",
    )
    headers = _desk(practice, client)
    body = {
        "payer_id": int(payer),
        "discipline": "OT",
        "number": "RACE-HTTP-1",
        "start_date": "2026-11-24",
        "end_date": "2027-01-22",
        "visits_approved": 10,
    }

    replies = at_once(
        TIMES, lambda _: client.post(f"/api/v1/patients/{patient}/authorizations", json=body, headers=headers)
    )

    assert _statuses(replies) == [201] * TIMES, [r.text for r in replies]
    assert len({r.json()["id"] for r in replies}) == 1
    rows = "SELECT COUNT(*) FROM prior_authorization WHERE patient_id = :p AND number = 'RACE-HTTP-1'"
    assert _count(practice, rows, p=patient) == 1
    added = """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :a
        AND detail = 'added'"""
    assert _count(practice, added, a=str(replies[0].json()["id"])) == 1
    more = client.post(
        f"/api/v1/patients/{patient}/authorizations", json={**body, "visits_approved": 20}, headers=headers
    )
    assert more.status_code == 201 and more.json()["id"] != replies[0].json()["id"], "another is another"


def test_five_sends_of_a_plan_to_the_physician_record_one_send(
    pristine_practice: Practice, client: httpx.Client
) -> None:
    """'Sent to the physician' again (no answer yet) five times at once: one send in the audit log, all
    204; a send once the physician has signed is a 409 that says so."""
    practice = pristine_practice
    plan, provider = one(
        practice,
        """SELECT id, provider_id FROM plan_of_care WHERE clinic_id = 1 AND physician_signed_on IS NULL
        AND sent_on < '2026-11-25' ORDER BY id DESC""",
    )
    headers = login_as_provider(practice, client, int(provider))

    replies = at_once(
        TIMES, lambda _: client.post(f"/api/v1/plans/{plan}/sent", json={"on": "2026-11-25"}, headers=headers)
    )

    assert _statuses(replies) == [204] * TIMES, [r.text for r in replies]
    sent = """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND record_id = :p
        AND detail = 'sent for certification'"""
    assert _count(practice, sent, p=str(plan)) == 1
    signed = client.post(f"/api/v1/plans/{plan}/signed", json={"on": "2026-11-27"}, headers=headers)
    assert signed.status_code == 204, signed.text
    late = client.post(f"/api/v1/plans/{plan}/sent", json={"on": "2026-11-28"}, headers=headers)
    assert late.status_code == 409 and "already signed" in late.json()["detail"], late.text


def test_five_identical_referral_forms_at_once_add_one_referral(
    pristine_practice: Practice, server: str
) -> None:
    """The desk's referral form sent five times at once (a page's form, the session cookie, no key):
    every click lands on the patient's page (303) and the patient has one referral, audited once."""
    practice = pristine_practice
    patient = int(one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id DESC")[0])
    user = practice.user("front_desk", "riverside")
    form = {
        "discipline": "SLP",
        "physician_name": "Dr. Race Form",
        "physician_npi": "",
        "received_on": "2026-11-23",
    }
    with httpx.Client(base_url=server, timeout=120) as desk:
        login = desk.post("/login", data={"email": user.email, "password": user.password})
        assert login.status_code == 303, login.text

        replies = at_once(TIMES, lambda _: desk.post(f"/patients/{patient}/referrals/new", data=form))

    assert _statuses(replies) == [303] * TIMES, [r.text[:300] for r in replies]
    assert {r.headers["location"].split("?")[0] for r in replies} == {f"/patients/{patient}"}
    rows = "SELECT COUNT(*) FROM referral WHERE patient_id = :p AND physician_name = 'Dr. Race Form'"
    assert _count(practice, rows, p=patient) == 1
    added = """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'referral' AND patient_id = :p
        AND detail = 'added'"""
    assert _count(practice, added, p=patient) == 1
