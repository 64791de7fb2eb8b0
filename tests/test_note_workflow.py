"""Review and sign: versions, signature, co-signature, addenda, PDF; signing creates the charges,
uses the authorization's visit and files outcome measures, all or nothing."""

import re
import zlib

from conftest import Practice
from note_helpers import (
    DRAFT,
    booked_appointment,
    login_as_provider,
    open_and_draft,
    open_and_scribe,
    open_visit,
    post_on_the_visit_day,
    sign_confirming,
)
from scheduling_helpers import one
from sqlalchemy import text
from sqlmodel import select

from core.billing.models import Charge
from core.outcomes.models import OutcomeMeasureResult


def test_a_therapist_drafts_edits_signs_and_the_charges_follow(practice: Practice) -> None:
    client = practice.client()
    appointment, provider, patient = booked_appointment(practice, "PT", "medicare")
    headers = login_as_provider(practice, client, provider)
    note_id = open_and_draft(practice, client, headers, appointment, DRAFT)
    edited = client.put(
        f"/api/v1/notes/{note_id}",
        headers=headers,
        json={**DRAFT, "assessment": "Improving; stairs easier.", "change_summary": "assessment"},
    )
    assert edited.json()["version"] == 2 and edited.json()["status"] == "in_review"
    desk = practice.login(client, "front_desk", "riverside")
    assert sign_confirming(client, desk, note_id).status_code == 403
    signed = sign_confirming(client, headers, note_id)
    assert signed.status_code == 200 and signed.json()["status"] == "signed"
    with practice.session() as session:
        charges = session.exec(select(Charge).where(Charge.note_id == note_id).order_by(Charge.cpt)).all()
        measures = session.exec(
            select(OutcomeMeasureResult).where(
                OutcomeMeasureResult.patient_id == patient,
                OutcomeMeasureResult.measure == "LEFS",
                OutcomeMeasureResult.score == 52,
            )
        ).all()
    assert [(c.cpt, c.units, c.modifiers) for c in charges] == [("97110", 2, "GP"), ("97140", 1, "GP")]
    assert all(c.amount_cents > 0 for c in charges) and len(measures) == 1
    assert client.put(f"/api/v1/notes/{note_id}", json=DRAFT, headers=headers).status_code == 409
    assert (
        client.post(
            f"/api/v1/notes/{note_id}/addenda", json={"text": "Called the physician."}, headers=headers
        ).status_code
        == 201
    )
    versions = client.get(f"/api/v1/notes/{note_id}/versions", headers=headers).json()
    assert [v["version"] for v in versions] == [1, 2] and versions[1]["change_summary"] == "assessment"
    pdf = client.get(f"/api/v1/notes/{note_id}/pdf", headers=headers)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    note = client.get(f"/api/v1/notes/{note_id}", headers=headers).json()
    assert note["addenda"] == ["Called the physician."] and note["assessment"].startswith("Improving; stairs")
    biller = practice.login(client, "biller")
    billed = client.get(f"/api/v1/patients/{patient}/charges", headers=biller).json()
    assert {c["cpt"] for c in billed if c["visit_id"] == charges[0].visit_id} == {"97110", "97140"}


def test_an_assistants_note_is_final_and_billed_only_once_co_signed(practice: Practice) -> None:
    client = practice.client()
    appointment, provider, _ = booked_appointment(practice, "PTA", "medicare")
    headers = login_as_provider(practice, client, provider)
    note_id = open_and_draft(practice, client, headers, appointment, {**DRAFT, "measures": []})
    signed = sign_confirming(client, headers, note_id).json()
    assert signed["status"] == "awaiting_cosign"
    assert one(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note_id)[0] == 0
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=provider)[0]
    other = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND id <> :s LIMIT 1",
        s=supervisor,
    )[0]
    assert (
        client.post(
            f"/api/v1/notes/{note_id}/cosign", headers=login_as_provider(practice, client, other)
        ).status_code
        == 403
    )
    assert (
        post_on_the_visit_day(client, note_id, f"/api/v1/notes/{note_id}/cosign", headers=headers).status_code
        == 403
    )  # not a therapist
    done = client.post(
        f"/api/v1/notes/{note_id}/cosign", headers=login_as_provider(practice, client, supervisor)
    )
    assert done.status_code == 200 and done.json()["status"] == "signed" and done.json()["cosigned_at"]
    modifiers = [r[0] for r in _rows(practice, "SELECT modifiers FROM charge WHERE note_id = :n", n=note_id)]
    assert modifiers and all(m == "GP CQ" for m in modifiers)
    # A signed note is amended by its author or the supervisor who co-signed it, not by a colleague.
    colleague = login_as_provider(practice, client, other)
    refused = client.post(f"/api/v1/notes/{note_id}/addenda", json={"text": "Not mine."}, headers=colleague)
    assert refused.status_code == 403 and "author" in refused.json()["detail"]
    for who, words in (
        (headers, "Patient called: knee better."),
        (login_as_provider(practice, client, supervisor), "Reviewed the plan."),
    ):
        added = client.post(f"/api/v1/notes/{note_id}/addenda", json={"text": words}, headers=who)
        assert added.status_code == 201, added.text
    printed = client.get(f"/api/v1/notes/{note_id}/pdf", headers=headers)
    assert printed.status_code == 200 and printed.content.startswith(b"%PDF"), printed.text[:300]
    pdf = _pdf_text(printed.content)
    names = {
        p: _rows(
            practice,
            "SELECT u.full_name FROM app_user u JOIN provider p ON p.user_id = u.id WHERE p.id = :p",
            p=p,
        )[0][0]
        for p in (provider, supervisor)
    }
    assert re.search(
        # the author with their credential, the time in the clinic's words (weekday, date, clock, zone)
        rf"Addendum by {re.escape(names[provider])}(, \w+)? on \w+day \d\d/\d\d/\d{{4}} at \d{{1,2}}:\d\d [AP]M "
        r"\w+: Patient called",
        pdf,
    ), pdf
    assert f"Addendum by {names[supervisor]}" in pdf and "Not mine." not in pdf


def _pdf_text(pdf: bytes) -> str:
    """The text a PDF's (deflated) page streams draw, enough to find a line in it."""
    shown = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        # A deflated stream may end in a CR byte, which the pattern above takes for the line end:
        # decompressobj gives all it can without the checksum's last byte (zlib.decompress refused
        # it, and the page read as empty, in about one PDF in a few hundred).
        try:
            content = zlib.decompressobj().decompress(stream)
        except zlib.error:
            content = stream
        shown += [m.decode("latin-1") for m in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", content, re.S)]
    return " ".join(shown)


def _rows(practice: Practice, sql: str, **params: object) -> list:
    with practice.session() as session:
        return list(session.exec(text(sql).bindparams(**params)).all())


def test_signing_is_all_or_nothing(practice: Practice) -> None:
    client = practice.client()
    appointment, provider, patient = booked_appointment(practice, "PT", "medicaid")
    auth = one(practice, "SELECT authorization_id FROM appointment WHERE id = :a", a=appointment)[0]
    used_before = (
        one(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=auth)[0]
        if auth
        else None
    )
    headers = login_as_provider(practice, client, provider)
    # Take 97116 off every fee schedule: creating its charge must then fail, and with it the signature.
    draft = {**DRAFT, "services": [{"code": "97110", "minutes": 20}, {"code": "97116", "minutes": 15}]}
    note_id = open_and_draft(practice, client, headers, appointment, draft)
    with practice.session() as session:
        session.exec(text("DELETE FROM fee_schedule_entry WHERE cpt = :code").bindparams(code="97116"))
        session.commit()
    failed = sign_confirming(client, headers, note_id)
    assert failed.status_code == 422 and "no fee for 97116" in failed.json()["detail"]
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note_id)[0] == "draft"
    assert one(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note_id)[0] == 0
    assert one(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note_id)[0] == 0
    if auth:
        assert (
            one(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=auth)[0]
            == used_before
        )
    fixed = client.put(
        f"/api/v1/notes/{note_id}",
        headers=headers,
        json={**DRAFT, "services": [{"code": "97110", "minutes": 35}], "measures": []},
    )
    assert fixed.status_code == 200
    assert sign_confirming(client, headers, note_id).json()["status"] == "signed"
    if auth:
        assert (
            one(practice, "SELECT visits_used FROM prior_authorization WHERE id = :a", a=auth)[0]
            == used_before + 1
        )
    assert patient


def test_an_assistant_cannot_write_an_evaluation_and_nobody_writes_for_another(practice: Practice) -> None:
    from core.timeutil import utcnow
    from core.visits.models import Visit

    client = practice.client()
    _, assistant, patient = booked_appointment(practice, "PTA", "medicare", skip=3)
    with practice.session() as session:
        visit = Visit(
            clinic_id=1,
            patient_id=patient,
            provider_id=assistant,
            discipline="PT",
            note_type="evaluation",
            service_date=utcnow(),
        )
        session.add(visit)
        session.commit()
    headers = login_as_provider(practice, client, assistant)
    refused = client.post(f"/api/v1/visits/{visit.id}/note", json=DRAFT, headers=headers)
    assert refused.status_code == 403 and "an assistant writes daily notes only" in refused.text
    therapist = practice.login(client, "therapist", "riverside")
    assert client.post(f"/api/v1/visits/{visit.id}/note", json=DRAFT, headers=therapist).status_code == 403


def test_the_scribe_drafts_a_visits_note_from_its_transcript_then_it_is_signed(practice: Practice) -> None:
    import json

    from evals.eval_drafts import SESSIONS

    client = practice.client()
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=2)
    headers = login_as_provider(practice, client, provider)
    visit = open_visit(client, headers, appointment)
    transcript = json.loads((SESSIONS / "example-pt-daily-ankle.json").read_text())["transcript"]
    drafted = client.post(f"/api/v1/visits/{visit}/draft", json={"transcript": transcript}, headers=headers)
    assert drafted.status_code == 201, drafted.text
    body = drafted.json()
    assert {c["code"] for c in body["codes"]} == {"97110", "97112"} and "Denies swelling." in body["draft"][
        "subjective"
    ]
    note = client.get(f"/api/v1/notes/{body['note']['id']}", headers=headers).json()
    assert note["ai_assisted"] and note["template_version"] == "pt/daily@2"
    assert sign_confirming(client, headers, body["note"]["id"]).json()["status"] == "signed"
    # One coding path: what the draft showed is what signing billed, code for code.
    with practice.session() as session:
        charged = session.exec(
            text("SELECT cpt, units, modifiers FROM charge WHERE note_id = :n ORDER BY cpt").bindparams(
                n=body["note"]["id"]
            )
        ).all()
    shown = sorted((c["code"], c["units"], " ".join(c["modifiers"])) for c in body["codes"])
    assert [tuple(r) for r in charged] == shown
    signature = one(
        practice, "SELECT attestation FROM note_signature WHERE note_id = :n", n=body["note"]["id"]
    )[0]
    assert signature.startswith("Drafted with AI assistance; reviewed, edited and signed by")
    empty = client.post(
        f"/api/v1/visits/{visit}/draft", json={"transcript": {"segments": []}}, headers=headers
    )
    assert empty.status_code == 422 and "no speech" in empty.json()["detail"]


def _daily_sessions(credential: str, count: int) -> list[dict]:
    """Sessions written by others (therapists' corpus, blind sets) for this credential's daily note,
    spread over the sets."""
    from evals.eval_drafts import SETS, sessions

    found = [
        s
        for name in ("corpus", "blind-dev", "blind2-dev", "blind3-dev")
        if SETS[name].is_dir()
        for s in sessions(SETS[name])
        if s["note_type"] == "daily" and s["role"] == credential and s["rule"] == "cms"
    ]
    return found[:: max(1, len(found) // count)][:count]


def test_what_the_draft_shows_is_what_signing_bills_on_sessions_written_by_others(practice: Practice) -> None:
    """One coding path: on daily sessions of each discipline written by people who never saw the
    product, the draft's codes, units and modifiers are the charges signing creates."""
    client = practice.client()
    checked = 0
    for credential in ("PT", "OT", "SLP"):
        for k, session in enumerate(_daily_sessions(credential, 3)):
            # The latest booked visits: other tests take the earliest.
            appointment, provider = one(
                practice,
                """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
                JOIN insurance_policy i ON i.patient_id = a.patient_id JOIN payer y ON y.id = i.payer_id
                JOIN appointment_type t ON t.id = a.appointment_type_id
                WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = :c AND y.kind = 'medicare'
                  AND t.kind = 'follow-up' AND a.progress_due = :f
                ORDER BY a.starts_at DESC LIMIT 1 OFFSET :s""",
                c=credential,
                f=False,
                s=k,
            )
            headers = login_as_provider(practice, client, provider)
            body = open_and_scribe(client, headers, appointment, session["transcript"])
            signed = sign_confirming(client, headers, body["note"]["id"])
            assert signed.json()["status"] == "signed", signed.text
            with practice.session() as db:
                charged = db.exec(
                    text(
                        "SELECT cpt, units, modifiers FROM charge WHERE note_id = :n ORDER BY cpt"
                    ).bindparams(n=body["note"]["id"])
                ).all()
            shown = sorted(
                (c["code"], c["units"], " ".join(c["modifiers"])) for c in body["codes"] if c["units"]
            )
            assert [tuple(r) for r in charged] == shown, session["id"]
            checked += 1
    assert checked == 9
