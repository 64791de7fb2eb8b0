"""What a new user met on the pages (#20): each refusal says what conflicts, each form starts from what
was chosen, each page offers only what the role may do. Read as the logged-in user, within the role."""

import re
from datetime import UTC, datetime, time, timedelta

from conftest import DEMO_TODAY
from page_helpers import page_client
from scheduling_helpers import on_the_visit_day, one, type_id

from core.timeutil import utcnow


def _next_visit(practice, offset: int = 0):  # type: ignore[no-untyped-def]
    """(appointment, patient, provider, local start) of a booked PT follow-up in clinic 1 days ahead."""
    return one(
        practice,
        """SELECT a.id, a.patient_id, a.provider_id, a.starts_at FROM appointment a
        JOIN appointment_type t ON t.id = a.appointment_type_id JOIN provider p ON p.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND t.discipline = 'PT' AND t.kind = 'follow-up'
        AND p.credential = 'PT'
        AND a.starts_at > :after ORDER BY a.starts_at, a.id LIMIT 1 OFFSET :o""",
        # a day ahead of the services' clock too (the tests that book or cancel it run at the demo's
        # moment, conftest.demo_clock): a visit earlier today is refused as past, not as an overlap
        after=max(
            datetime.combine(DEMO_TODAY + timedelta(days=10), time(0), UTC),
            utcnow() + timedelta(days=1),
        ),
        o=offset,
    )


def test_an_evaluation_over_the_patients_next_visit_names_that_visit(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    appointment, patient, provider, starts = _next_visit(practice)
    desk = page_client(practice, "front_desk")
    local = desk.get(f"/appointments/{appointment}").text
    shown = re.search(r"(\d{1,2}):(\d\d) (AM|PM)", local)
    assert shown, "the appointment page shows its time"
    hour = int(shown.group(1)) % 12 + (12 if shown.group(3) == "PM" else 0)
    reply = desk.post(
        "/schedule/book",
        data={
            "patient_id": patient,
            "provider_id": provider,
            "appointment_type_id": type_id(practice, kind="evaluation"),
            "day": str(starts)[:10],
            "time": f"{hour:02d}:{shown.group(2)}",
        },
    )
    assert reply.status_code == 422
    said = re.search(r'role="alert">([^<]+)<', reply.text)
    assert said, reply.text[:500]
    assert "just taken" not in said.group(1)
    assert "already has a PT follow-up with" in said.group(1) and "overlaps" in said.group(1)
    assert f"(appointment {appointment})" in said.group(1)


def test_the_booking_form_opens_on_a_provider_who_takes_the_type(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    desk = page_client(practice, "front_desk")
    patient = _next_visit(practice)[1]
    for discipline, kind in (("PT", "evaluation"), ("OT", "follow-up"), ("SLP", "evaluation")):
        chosen = type_id(practice, discipline=discipline, kind=kind)
        page = desk.get(f"/schedule/book?patient={patient}&type={chosen}").text
        provider = re.search(r'<option value="(\d+)" selected>', page)
        assert provider, page[:300]
        credential, discipline_of = one(
            practice, "SELECT credential, discipline FROM provider WHERE id = :p", p=int(provider.group(1))
        )
        assert discipline_of == discipline and credential == discipline, (kind, credential)
        assert f'<option value="{chosen}" selected>' in page


def test_the_favicon_is_served_to_anyone(practice) -> None:
    anyone = practice.client()
    for path in ("/favicon.ico", "/static/app/favicon.svg"):
        icon = anyone.get(path, follow_redirects=False)
        assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml"), path
        assert icon.content.startswith(b"<svg")
    assert '<link rel="icon" href="/static/app/favicon.svg"' in anyone.get("/login").text


def _booked_with(practice, provider: int):  # type: ignore[no-untyped-def]
    return one(
        practice,
        """SELECT id, patient_id FROM appointment WHERE provider_id = :p AND status = 'booked'
        AND starts_at > :after ORDER BY starts_at, id LIMIT 1""",
        p=provider,
        after=datetime.combine(DEMO_TODAY + timedelta(days=3), time(0), UTC),
    )


def test_an_assistant_is_offered_only_what_the_role_may_do(practice) -> None:
    assistant = one(
        practice, "SELECT id FROM provider WHERE credential = 'PTA' AND clinic_id = 1 ORDER BY id"
    )[0]
    therapist = one(
        practice, "SELECT id FROM provider WHERE credential = 'PT' AND clinic_id = 1 ORDER BY id"
    )[0]
    pta, pt = page_client(practice, provider_id=assistant), page_client(practice, provider_id=therapist)
    theirs, patient = _booked_with(practice, therapist)
    start = pta.get(f"/appointments/{theirs}/record").text
    assert 'id="not-yours"' in start and 'action="/appointments/' not in start
    refused = pta.post(f"/appointments/{theirs}/record", data={"note_type": "discharge", "consent": "no"})
    assert refused.status_code == 403  # the page offered nothing the service refuses
    own, own_patient = _booked_with(practice, assistant)
    offered = re.findall(r'<option value="([a-z-]+)"', pta.get(f"/appointments/{own}/record").text)
    assert not {"evaluation", "progress", "re-evaluation", "discharge"} & set(offered)
    for chart_of in (patient, own_patient):
        assert "New plan of care" not in pta.get(f"/patients/{chart_of}/chart").text
    assert "New plan of care" in pt.get(f"/patients/{patient}/chart").text
    assert 'id="not-yours"' not in pt.get(f"/appointments/{theirs}/record").text


def test_the_held_list_names_patient_date_payer_and_why(practice) -> None:
    from page_helpers import held_claim, held_list_with

    claim, day = held_claim(
        practice, lambda d: f"the plan of care covering {d} is not signed by the physician"
    )
    last, first, payer = one(
        practice,
        """SELECT p.last_name, p.first_name, y.name FROM claim c JOIN patient p ON p.id = c.patient_id
        JOIN payer y ON y.id = c.payer_id WHERE c.id = :c""",
        c=claim,
    )
    page = held_list_with(page_client(practice, "biller"), claim)
    held = page[page.index('id="held"') : page.index("</table>", page.index('id="held"'))]
    row = held[held.index(f'href="/billing/claims/{claim}"') :].split("</tr>")[0]
    assert f"{last}, {first}" in row and payer in row and day.strftime("%m/%d/%Y") in row
    assert "is not signed by the physician" in row and f">Claim {claim}<" not in row


def test_the_desk_marks_a_no_show_from_the_days_list(practice) -> None:
    from core.timeutil import utcnow

    appointment, starts = one(
        practice,
        """SELECT a.id, a.starts_at FROM appointment a WHERE a.status = 'booked' AND a.clinic_id = 1
        AND a.starts_at < :now ORDER BY a.starts_at DESC, a.id LIMIT 1""",
        now=utcnow(),
    )
    desk = page_client(practice, "front_desk")
    day = one(practice, "SELECT timezone FROM clinic WHERE id = 1")[0]
    from zoneinfo import ZoneInfo

    from core.timeutil import as_utc

    local_day = as_utc(starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts)))
    local_day_text = local_day.astimezone(ZoneInfo(day)).date().isoformat()
    home = desk.get(f"/?day={local_day_text}").text
    assert f'action="/appointments/{appointment}/no-show"' in home
    done = desk.post(
        f"/appointments/{appointment}/no-show",
        data={"back": f"/?day={local_day_text}"},
        follow_redirects=True,
    )
    assert done.status_code == 200 and "Marked a no-show." in done.text and "Your day" in done.text
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment)[0] == "no_show"
    assert f'action="/appointments/{appointment}/no-show"' not in done.text
    therapist = page_client(practice, "therapist").get(f"/?day={local_day_text}").text
    assert "/no-show" not in therapist


def test_a_cancellation_names_whom_the_time_was_offered_to(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    appointment, patient, _, _ = _next_visit(practice, offset=3)
    follow_up = type_id(practice, kind="follow-up")
    desk = page_client(practice, "front_desk")
    waiting = [
        one(
            practice,
            """SELECT id, first_name, last_name FROM patient WHERE clinic_id = 1 AND id != :p
            AND id NOT IN (SELECT patient_id FROM wait_list_entry) ORDER BY id LIMIT 1 OFFSET :o""",
            p=patient,
            o=40 + i,
        )
        for i in range(2)
    ]
    for other, _, _ in waiting:
        added = desk.post(
            "/waitlist",
            data={
                "patient_id": other,
                "appointment_type_id": follow_up,
                "weekdays": [0, 1, 2, 3, 4],
                "earliest": "00:00",
                "latest": "23:59",
            },
            follow_redirects=False,
        )
        assert added.status_code == 303, added.text[:300]
    done = desk.post(
        f"/appointments/{appointment}/cancel",
        data={"reason": "patient is travelling", "by": "patient"},
        follow_redirects=True,
    ).text
    said = re.search(r'role="status">([^<]*offered[^<]*)<', done)
    assert said, done[:800]
    for _, first, last in waiting:
        assert f"{first} {last}" in said.group(1)
    assert not re.search(r"offered to \d+ on the wait list", said.group(1))


def test_signing_waits_for_every_warning_of_the_draft_to_be_confirmed(practice) -> None:
    import json
    from pathlib import Path

    from note_helpers import booked_appointment, login_as_provider, open_and_scribe
    from sqlmodel import select

    from core.notes.models import NoteEvidence

    client = practice.client()
    appointment, provider, _ = booked_appointment(practice, "PT", "commercial", skip=21)
    headers = login_as_provider(practice, client, provider)
    transcript = json.loads(Path("evals/data/sessions/example-pt-daily-ankle.json").read_text())["transcript"]
    note = open_and_scribe(client, headers, appointment, transcript)["note"]["id"]
    warned = ["the draft says 12 reps; the transcript says 10", "no minutes were said for 97110"]
    with practice.session() as session:
        kept = session.exec(select(NoteEvidence).where(NoteEvidence.note_id == note)).first()
        kept = kept or NoteEvidence(note_id=note)
        kept.warnings = warned
        session.add(kept)
        session.commit()
    reviewer = page_client(practice, provider_id=provider)
    with on_the_visit_day(practice.engine, note=note):  # a note is signed from its date of service on
        page = reviewer.get(f"/notes/{note}/review").text
        assert page.count('class="confirm-warning"') == 2 and re.search(
            r'id="sign" class="primary" disabled', page
        )
        for acknowledged in (None, [], warned[:1], ["something else said"]):
            body = None if acknowledged is None else {"acknowledged_warnings": acknowledged}
            refused = client.post(f"/api/v1/notes/{note}/sign", json=body, headers=headers)
            assert refused.status_code == 422, refused.text
            assert "confirm each warning on the draft before signing" in refused.json()["detail"]
            assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] != "signed"
        # the scribe's '(as said; review)' sentences accepted as written too (#20: none is signed unseen)
        signed = client.post(
            f"/api/v1/notes/{note}/sign",
            json={"acknowledged_warnings": warned, "accept_review_marks": True},
            headers=headers,
        )
    assert signed.status_code == 200, signed.text
    assert signed.json()["status"] == "signed"
    assert (
        one(
            practice,
            "SELECT count(*) FROM audit_entry WHERE record_type = 'note' AND record_id = :n AND detail LIKE :d",
            n=str(note),
            d="%2 warnings confirmed%",
        )[0]
        == 1
    )


def test_the_evaluation_form_takes_icd10_diagnoses_in_the_codes_format(practice) -> None:
    import json

    from note_helpers import DRAFT, login_as_provider, open_and_draft

    appointment, provider = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        JOIN appointment_type t ON t.id = a.appointment_type_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'evaluation'
        ORDER BY a.starts_at DESC LIMIT 1""",
    )
    client = practice.client()
    headers = login_as_provider(practice, client, provider)
    draft = {k: v for k, v in DRAFT.items() if k != "services"}
    note = open_and_draft(
        practice, client, headers, appointment, {**draft, "services": [{"code": "97161", "minutes": 0}]}
    )
    pt = page_client(practice, provider_id=provider)
    assert 'id="icd10_codes"' in pt.get(f"/notes/{note}/review").text
    for typed, kept in (("m17.11, M25.561;M17.11", ["M17.11", "M25.561"]), ("R26.89", ["R26.89"])):
        saved = pt.post(f"/notes/{note}/form", data={"icd10_codes": typed}, follow_redirects=False)
        assert saved.status_code == 303, saved.text[:500]
        form = one(
            practice, "SELECT form FROM note_version WHERE note_id = :n ORDER BY version DESC LIMIT 1", n=note
        )[0]
        assert (json.loads(form) if isinstance(form, str) else form)["icd10_codes"] == kept
    for wrong in ("12345", "M17.11, knee", "U07.1"):
        refused = pt.post(f"/notes/{note}/form", data={"icd10_codes": wrong})
        assert refused.status_code == 422 and "not ICD-10-CM codes" in refused.text, wrong
    form = one(
        practice, "SELECT form FROM note_version WHERE note_id = :n ORDER BY version DESC LIMIT 1", n=note
    )[0]
    assert (json.loads(form) if isinstance(form, str) else form)["icd10_codes"] == ["R26.89"]


def test_the_held_list_pages_through_every_held_claim_oldest_first(practice) -> None:
    """A month of plans the physician has not signed holds a hundred claims; the desk showed the 60
    oldest and no way to the rest (#20). Every held claim is on one page of the list, once, oldest first."""
    biller = page_client(practice, "biller")
    first = biller.get("/billing/claims").text
    total = int(re.search(r"Held by the scrubber \((\d+)\)", first)[1])  # type: ignore[index]
    seen: list[int] = []
    for held_page in range(1, 50):
        page = biller.get(f"/billing/claims?held_page={held_page}").text
        start = page.index('id="held"')
        seen += [
            int(c)
            for c in re.findall(r'href="/billing/claims/(\d+)"', page[start : page.index("</table>", start)])
        ]
        if f"held_page={held_page + 1}" not in page:
            break
    assert total > 60 and len(seen) == len(set(seen)) == total
    days = [
        one(practice, "SELECT service_date FROM claim WHERE id = :c", c=c)[0]
        for c in (seen[0], seen[59], seen[60], seen[-1])
    ]
    assert [str(d)[:10] for d in days] == sorted(str(d)[:10] for d in days)
    assert (
        "held_page=0" not in biller.get("/billing/claims?held_page=999").text
    )  # past the end: the last page
