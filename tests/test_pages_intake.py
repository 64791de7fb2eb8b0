"""New-patient intake and edit on the front desk's pages (#20): demographics, then insurance, an
authorization and a referral from the patient's page; a double submit adds one patient, a duplicate
and a bad field are refused with the reason and the form kept, and the roles that may not write see no
form and are refused."""

import re

from page_helpers import page_client
from scheduling_helpers import count, one

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

NEW = {
    "first_name": "Imogen",
    "last_name": "Quartermaine",
    "birth_date": "1961-07-19",
    "sex": "F",
    "phone": "(217) 555-0199",
    "email": "",
    "address": "12 Elm St",
    "city": "Springfield",
    "state": "IL",
    "postal_code": "62701",
}


def _key(page_text: str, action: str) -> str:
    form = page_text.split(f'action="{action}"')[1]
    return re.search(r'name="idempotency_key" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]


def test_intake_adds_a_patient_once_and_refuses_a_duplicate_with_a_link(practice) -> None:
    desk = page_client(practice, "front_desk")
    search = desk.get("/patients")
    assert 'href="/patients/new"' in search.text
    page = desk.get("/patients/new")
    assert page.status_code == 200
    form = {**NEW, "idempotency_key": _key(page.text, "/patients/new"), "clinic_id": "1"}
    first = desk.post("/patients/new", data=form, follow_redirects=False)
    again = desk.post("/patients/new", data=form, follow_redirects=False)
    assert first.status_code == again.status_code == 303, first.text
    assert first.headers["location"] == again.headers["location"]
    assert count(practice, "SELECT COUNT(*) FROM patient WHERE last_name = 'Quartermaine'") == 1
    patient_id = int(first.headers["location"].split("/")[2].split("?")[0])
    shown = desk.get(first.headers["location"])
    assert "Patient added." in shown.text and "Born 07/19/1961" in shown.text
    assert desk.get("/patients", params={"q": "2175550199"}).text.count(f'href="/patients/{patient_id}"') == 1
    # The same name and birth date typed again: refused, the form kept, the existing patient linked.
    retry = desk.post("/patients/new", data={**form, "idempotency_key": "another"})
    assert retry.status_code == 422 and "already exists" in retry.text
    assert f'href="/patients/{patient_id}"' in retry.text and 'value="Imogen"' in retry.text
    assert count(practice, "SELECT COUNT(*) FROM patient WHERE last_name = 'Quartermaine'") == 1
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE patient_id = :p AND action = 'patient.write' AND detail = 'created'",
            p=patient_id,
        )
        == 1
    )


def test_a_bad_field_is_said_and_nothing_is_written(practice) -> None:
    desk = page_client(practice, "front_desk")
    before = count(practice, "SELECT COUNT(*) FROM patient")
    bad = desk.post(
        "/patients/new", data={**NEW, "last_name": "Future", "birth_date": "2999-01-01", "clinic_id": "1"}
    )
    assert bad.status_code == 422 and 'role="alert"' in bad.text and "future" in bad.text
    assert 'value="Future"' in bad.text  # what was typed stays
    assert count(practice, "SELECT COUNT(*) FROM patient") == before


def test_edit_then_insurance_authorization_and_referral_from_the_patient_page(practice) -> None:
    desk = page_client(practice, "front_desk")
    patient_id = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id DESC LIMIT 1")[0]
    edit = desk.get(f"/patients/{patient_id}/edit")
    assert edit.status_code == 200
    values = dict(re.findall(r'name="(\w+)" type="(?:text|tel|email|date)"[^>]*value="([^"]*)"', edit.text))
    values["sex"] = "U"
    saved = desk.post(
        f"/patients/{patient_id}/edit", data={**values, "phone": "217-555-0142"}, follow_redirects=True
    )
    assert "Details saved." in saved.text
    assert one(practice, "SELECT phone FROM patient WHERE id = :p", p=patient_id)[0] == "217-555-0142"
    payer = one(
        practice, "SELECT id FROM payer WHERE requires_authorization = :t ORDER BY id LIMIT 1", t=True
    )[0]
    page = desk.get(f"/patients/{patient_id}")
    for action, data, said in (
        (
            "insurance",
            {
                "payer_id": payer,
                "member_id": "ZX-1",
                "effective_from": "2026-12-01",
                "priority": "2",
                "copay": "$25",
            },
            "Insurance added.",
        ),
        (
            "authorizations",
            {
                "payer_id": payer,
                "discipline": "OT",
                "number": "A-77",
                "start_date": "2026-12-01",
                "end_date": "2027-02-28",
                "visits_approved": "12",
            },
            "Authorization added.",
        ),
        (
            "referrals",
            {
                "discipline": "OT",
                "physician_name": "Dr. Ada Lin",
                "physician_npi": "1234567893",
                "received_on": "2026-11-30",
            },
            "Referral added.",
        ),
    ):
        target = f"/patients/{patient_id}/{action}/new"
        reply = desk.post(
            target, data={**data, "idempotency_key": _key(page.text, target)}, follow_redirects=True
        )
        assert said in reply.text, reply.text[-2000:]
    assert one(
        practice,
        "SELECT copay_cents, priority FROM insurance_policy WHERE member_id = 'ZX-1' AND patient_id = :p",
        p=patient_id,
    ) == (2500, 2)
    assert one(practice, "SELECT visits_approved FROM prior_authorization WHERE number = 'A-77'")[0] == 12
    assert (
        # the patient's newest referral: the demo's patients may have one already
        one(
            practice,
            "SELECT physician_name FROM referral WHERE patient_id = :p ORDER BY id DESC",
            p=patient_id,
        )[0]
        == "Dr. Ada Lin"
    )
    shown = desk.get(f"/patients/{patient_id}").text
    assert "A-77" in shown and "Dr. Ada Lin" in shown and "ZX-1" in shown
    wrong = desk.post(
        f"/patients/{patient_id}/insurance/new",
        data={"payer_id": payer, "member_id": "ZX-2", "effective_from": "2026-12-01", "copay": "12.345"},
        follow_redirects=True,
    )
    assert "Copay: not to the cent" in wrong.text
    backwards = desk.post(
        f"/patients/{patient_id}/authorizations/new",
        data={
            "payer_id": payer,
            "discipline": "PT",
            "start_date": "2027-02-01",
            "end_date": "2027-01-01",
            "visits_approved": "4",
        },
        follow_redirects=True,
    )
    assert "the end date is before the start date" in backwards.text


def test_a_therapist_sees_no_intake_and_is_refused_by_core(practice) -> None:
    therapist = page_client(practice, "therapist")
    patient_id = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    assert 'href="/patients/new"' not in therapist.get("/patients").text
    profile = therapist.get(f"/patients/{patient_id}").text
    assert "/insurance/new" not in profile and "/edit" not in profile
    before = count(practice, "SELECT COUNT(*) FROM patient")
    refused = therapist.post("/patients/new", data={**NEW, "last_name": "Nope", "clinic_id": "1"})
    assert refused.status_code == 403
    assert count(practice, "SELECT COUNT(*) FROM patient") == before


def test_an_authorization_is_corrected_from_the_patient_page_and_never_below_its_used_visits(
    practice,
) -> None:
    desk = page_client(practice, "front_desk")
    auth_id, patient_id, used = one(
        practice,
        """SELECT a.id, a.patient_id, a.visits_used FROM prior_authorization a JOIN patient p ON p.id = a.patient_id
        WHERE p.clinic_id = 1 AND a.visits_used > 0 ORDER BY a.id LIMIT 1""",
    )
    profile = desk.get(f"/patients/{patient_id}")
    assert f'href="/authorizations/{auth_id}/edit"' in profile.text
    page = desk.get(f"/authorizations/{auth_id}/edit")
    key = re.search(r'name="idempotency_key" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    form = {"idempotency_key": key, "number": "FIXED-1", "start_date": "2026-01-01", "end_date": "2027-06-30"}
    saved = desk.post(
        f"/authorizations/{auth_id}/edit", data={**form, "visits_approved": used + 5}, follow_redirects=True
    )
    assert "Authorization saved." in saved.text and "FIXED-1" in saved.text
    assert one(
        practice, "SELECT visits_approved, number FROM prior_authorization WHERE id = :a", a=auth_id
    ) == (
        used + 5,
        "FIXED-1",
    )
    below = desk.post(
        f"/authorizations/{auth_id}/edit",
        data={**form, "idempotency_key": "again", "visits_approved": used - 1},
        follow_redirects=True,
    )
    assert "already used" in below.text
    assert (
        one(practice, "SELECT visits_approved FROM prior_authorization WHERE id = :a", a=auth_id)[0]
        == used + 5
    )
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :a AND detail LIKE 'updated%'",
            a=str(auth_id),
        )
        == 1
    )
    therapist = page_client(practice, "therapist")
    assert (
        therapist.post(f"/authorizations/{auth_id}/edit", data={**form, "visits_approved": 99}).status_code
        == 403
    )


# Each form of the patient's record refused for what was typed comes back (422) with every value as
# typed and the problem next to its field, and nothing is written.
REFUSED_FORMS = (
    (
        "insurance",
        {
            "member_id": "KEEP-ME-1",
            "group_number": "GRP-KEEP",
            "effective_from": "2026-12-01",
            "copay": "12.345",
        },
        "copay",
        "not to the cent",
        "SELECT COUNT(*) FROM insurance_policy WHERE member_id = 'KEEP-ME-1'",
    ),
    (
        "authorizations",
        {
            "discipline": "OT",
            "number": "KEEP-A-2",
            "start_date": "2027-03-01",
            "end_date": "2027-02-01",
            "visits_approved": "9",
        },
        "end_date",
        "the end date is before the start date",
        "SELECT COUNT(*) FROM prior_authorization WHERE number = 'KEEP-A-2'",
    ),
    (
        "authorizations",
        {
            "discipline": "PT",
            "number": "KEEP-A-3",
            "start_date": "2027-03-01",
            "end_date": "2027-04-01",
            "visits_approved": "many",
        },
        "visits_approved",
        "is a whole number",
        "SELECT COUNT(*) FROM prior_authorization WHERE number = 'KEEP-A-3'",
    ),
    (
        "referrals",
        {
            "discipline": "SLP",
            "physician_name": "Dr. Keep Typed",
            "physician_npi": "1234567890",
            "received_on": "2026-11-30",
        },
        "physician_npi",
        "check its ten digits",
        "SELECT COUNT(*) FROM referral WHERE physician_name = 'Dr. Keep Typed'",
    ),
)


def test_a_refused_record_form_comes_back_as_typed_with_the_reason_by_its_field(practice) -> None:
    desk = page_client(practice, "front_desk")
    patient_id = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    payer = one(practice, "SELECT id FROM payer ORDER BY id DESC LIMIT 1")[0]
    for action, typed, field, reason, written in REFUSED_FORMS:
        data = {**typed, "payer_id": str(payer), "idempotency_key": f"refused-{action}-{field}"}
        reply = desk.post(f"/patients/{patient_id}/{action}/new", data=data)
        assert reply.status_code == 422, (action, reply.status_code)
        page = reply.text
        assert reason in page, (action, field)
        for name, value in typed.items():
            assert f'value="{value}"' in page or f'value="{value}" selected' in page, (action, name)
        if action != "referrals":
            assert f'value="{payer}" selected' in page, action
        # the problem is under its field, tied to it for screen readers
        fid = re.search(rf'<input id="([\w-]+)" name="{field}"[^>]*aria-invalid="true"', page)
        assert fid, (action, field)
        assert f'id="{fid.group(1)}-error"' in page
        assert count(practice, written) == 0, action


def test_a_refused_edit_keeps_what_was_typed(practice) -> None:
    desk = page_client(practice, "front_desk")
    patient_id = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    before = one(practice, "SELECT last_name FROM patient WHERE id = :p", p=patient_id)[0]
    edited = desk.post(
        f"/patients/{patient_id}/edit",
        data={**NEW, "last_name": "Typed-Anew", "birth_date": "2999-01-01", "state": "IL"},
    )
    assert edited.status_code == 422 and 'value="Typed-Anew"' in edited.text
    assert 'value="2999-01-01"' in edited.text and 'aria-invalid="true"' in edited.text
    assert one(practice, "SELECT last_name FROM patient WHERE id = :p", p=patient_id)[0] == before
    auth_id, number = one(
        practice,
        """SELECT a.id, a.number FROM prior_authorization a JOIN patient p ON p.id = a.patient_id
        WHERE p.clinic_id = 1 ORDER BY a.id LIMIT 1""",
    )
    corrected = desk.post(
        f"/authorizations/{auth_id}/edit",
        data={
            "number": "TYPED-NO",
            "start_date": "2027-05-01",
            "end_date": "2027-04-01",
            "visits_approved": "7",
        },
    )
    assert corrected.status_code == 422 and 'value="TYPED-NO"' in corrected.text
    assert (
        'value="2027-05-01"' in corrected.text and "The end date is before the start date" in corrected.text
    )
    assert one(practice, "SELECT number FROM prior_authorization WHERE id = :a", a=auth_id)[0] == number


def test_the_running_out_alert_opens_the_renewal_form_and_the_new_authorization_is_kept(practice) -> None:
    from datetime import date

    from core.alerts.service import Alert
    from web.alert_links import alert_link

    desk = page_client(practice, "front_desk")
    patient_id = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    payer = one(practice, "SELECT id FROM payer ORDER BY id LIMIT 1")[0]
    page = desk.get(f"/patients/{patient_id}")
    target = f"/patients/{patient_id}/authorizations/new"
    added = desk.post(
        target,
        data={
            "payer_id": str(payer),
            "discipline": "PT",
            "number": "RUN-OUT-1",
            "start_date": "2026-11-01",
            "end_date": "2027-12-31",
            "visits_approved": "1",
            "idempotency_key": _key(page.text, target),
        },
    )
    assert "Authorization added." in added.text, added.text[-1500:]
    old = one(practice, "SELECT id FROM prior_authorization WHERE number = 'RUN-OUT-1'")[0]
    # one visit approved: the patient's page offers its renewal too
    assert (
        f'href="/patients/{patient_id}/authorizations/new?renew={old}"'
        in desk.get(f"/patients/{patient_id}").text
    )
    # the alert for it lands on the renewal form, not on the patient's page
    alert = Alert(
        kind="authorization_running_out",
        message="",
        clinic_id=1,
        patient_id=patient_id,
        record_type="authorization",
        record_id=old,
        due=date(2027, 12, 31),
    )
    link = alert_link(alert)
    assert link == f"{target}?renew={old}"
    form = desk.get(link)
    assert form.status_code == 200 and "Renew an authorization" in form.text and "RUN-OUT-1" in form.text
    assert f'value="{payer}" selected' in form.text and 'value="PT" selected' in form.text
    shown_start = re.search(r'id="auth-start" name="start_date" type="date" value="([\d-]+)"', form.text)
    # one visit approved, none used: the new one follows on from the day after the old one ends
    assert shown_start and shown_start.group(1) == "2028-01-01"
    # refused (the end before the start), it stays the renewal of that authorization, as typed
    again = desk.post(
        target,
        data={
            "payer_id": str(payer),
            "discipline": "PT",
            "number": "RUN-OUT-2",
            "start_date": "2028-01-01",
            "end_date": "2027-01-01",
            "visits_approved": "12",
            "renew": str(old),
            "idempotency_key": "refused-renewal",
        },
    )
    assert again.status_code == 422 and "Renew an authorization" in again.text and "RUN-OUT-1" in again.text
    assert 'value="RUN-OUT-2"' in again.text and f'name="renew" value="{old}"' in again.text
    renewed = desk.post(
        target,
        data={
            "payer_id": str(payer),
            "discipline": "PT",
            "number": "RUN-OUT-2",
            "start_date": shown_start.group(1),
            "end_date": "2028-03-31",
            "visits_approved": "12",
            "idempotency_key": _key(form.text, target),
        },
        follow_redirects=True,
    )
    assert "Authorization added." in renewed.text
    assert one(
        practice,
        "SELECT visits_approved, discipline, payer_id FROM prior_authorization WHERE number = 'RUN-OUT-2'",
    ) == (12, "PT", payer)
    # an authorization of another patient is not renewed from this one's page
    other = one(
        practice, "SELECT id FROM patient WHERE clinic_id = 1 AND id <> :p ORDER BY id LIMIT 1", p=patient_id
    )[0]
    assert desk.get(f"/patients/{other}/authorizations/new?renew={old}").status_code == 404
    # the therapist may not open the form
    assert page_client(practice, "therapist").get(link).status_code == 403


def test_a_renewal_starts_after_the_old_one_or_today_when_it_is_used_up() -> None:
    from datetime import date

    from core.authorizations.renewal import renewal_start

    today = date(2026, 12, 3)
    for old_end, left, expected in (
        (date(2026, 12, 20), 3, date(2026, 12, 21)),
        (date(2026, 12, 20), 0, today),
        (date(2026, 12, 20), -1, today),
        (date(2026, 12, 1), 4, today),
        (date(2026, 12, 3), 2, date(2026, 12, 4)),
    ):
        assert renewal_start(old_end, left, today) == expected, (old_end, left)
