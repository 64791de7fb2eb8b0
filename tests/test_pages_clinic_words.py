"""What a person reads on the pages is in the clinic's words (#20): every day a page writes is 12/03/2026
and every stored time 'Thursday 12/03/2026 at 3:00 PM EST' in the clinic's zone (core.timeutil), never
the ISO a date prints as, whether the template writes a date object, a core reason carries a day in
ISO (the scrubber's 'the plan of care expired on 2026-11-30') or a list row holds the day as text; a
form field and a link keep their ISO. The owner's add-user form refused comes back with what was typed
and the reason by its field; a signed note is text to read, not boxes to type in."""

import re
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace

import pytest
from conftest import SCHEDULE_DAYS, on_day
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape
from page_helpers import held_claim, held_list_with, page_client
from scheduling_helpers import NY, count, one

from core.timeutil import as_utc, clinic_day, clock_words, in_clinic_words
from web.alert_links import us_dates
from web.routers.pages import templates

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# A time of day on a 24-hour clock ('15:15', '09:00', '9:00' without AM/PM), as a person must not read it.
CLOCK_24 = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):[0-5]\d(?![\d:])(?!\s?[AP]M)")


def _written(source: str, **values: object) -> str:
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(settings=SimpleNamespace(tz=NY))))
    return templates.env.from_string(source).render(request=request, **values)


@pytest.mark.parametrize(
    ("source", "value", "shown"),
    [
        ("{{ v }}", date(2026, 12, 3), "12/03/2026"),
        ("{{ v }}", date(2027, 1, 9), "01/09/2027"),
        ("{{ v }}", datetime(2026, 12, 3, 20, 0, tzinfo=UTC), "Thursday 12/03/2026 at 3:00 PM EST"),
        # SQLite gives stored times back naive: they are UTC
        ("{{ v }}", datetime(2026, 12, 3, 20, 0), "Thursday 12/03/2026 at 3:00 PM EST"),
        ("{{ v }}", datetime(2026, 7, 1, 4, 30, tzinfo=UTC), "Wednesday 07/01/2026 at 12:30 AM EDT"),
        (
            "{{ v | clinic_time }}",
            datetime(2026, 12, 4, 4, 59, tzinfo=UTC),
            "Thursday 12/03/2026 at 11:59 PM EST",
        ),
        (
            "{{ v | us_dates }}",
            "the plan of care expired on 2026-11-30",
            "the plan of care expired on 11/30/2026",
        ),
        # what a form field or a link needs stays ISO: it is text by then
        (
            '<input type="date" value="{{ v.isoformat() }}">',
            date(2026, 12, 3),
            '<input type="date" value="2026-12-03">',
        ),
        # a time of day (already the clinic's) as the clinic's clock says it, never 24-hour
        ("{{ v }}", time(15, 15), "3:15 PM"),
        ("{{ v }}", time(0, 5), "12:05 AM"),
        ("{{ v }}", time(12, 0), "12:00 PM"),
        ("{{ v }}", time(9, 30), "9:30 AM"),
        (
            '<a href="/schedule/book?time={{ v.strftime("%H:%M") }}">',
            time(15, 15),
            '<a href="/schedule/book?time=15:15">',
        ),
        ("{{ v }}", "2026-12-03", "2026-12-03"),
        ("{{ v }}", 7, "7"),
        ("{{ v }}", "Claim 12", "Claim 12"),
    ],
)
def test_a_page_writes_days_and_times_in_the_clinics_words(source: str, value: object, shown: str) -> None:
    assert _written(source, v=value) == shown


def test_a_zone_the_page_names_is_the_one_its_times_are_said_in() -> None:
    from zoneinfo import ZoneInfo

    moment = datetime(2026, 12, 3, 20, 0, tzinfo=UTC)
    assert (
        _written("{{ v }}", v=moment, zone=ZoneInfo("America/Los_Angeles"))
        == "Thursday 12/03/2026 at 12:00 PM PST"
    )


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        (
            "the authorization runs 2026-01-01 to 2026-03-31 and does not cover 2026-04-02: renew it",
            "the authorization runs 01/01/2026 to 03/31/2026 and does not cover 04/02/2026: renew it",
        ),
        (
            "no PT plan of care covers 2026-12-03: write and certify one",
            "no PT plan of care covers 12/03/2026: write and certify one",
        ),
        ("sent to Dr. Webb on 2026-10-17; not signed", "sent to Dr. Webb on 10/17/2026; not signed"),
        ("2026-13-45 is no day", "2026-13-45 is no day"),  # digits in a day's shape, left as they are
        ("claim TS12026-12-03", "claim TS12026-12-03"),  # inside a longer number: not a day
        ("nothing dated", "nothing dated"),
    ],
)
def test_a_core_reason_names_its_days_as_the_pages_do(said: str, shown: str) -> None:
    assert us_dates(said) == shown


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
    st.sampled_from(["on ", "(", "until "]),
)
def test_every_iso_day_in_a_reason_is_written_once_in_the_clinics_form(day: date, before: str) -> None:
    shown = us_dates(f"{before}{day.isoformat()}, then {day.isoformat()}.")
    assert shown == f"{before}{clinic_day(day)}, then {clinic_day(day)}." and not ISO_DAY.search(shown)
    assert datetime.strptime(clinic_day(day), "%m/%d/%Y").date() == day


def _read(html: str) -> str:
    """What a person reads of a page: its text, without the tags and their attributes (where a form
    field's ISO value and a link's ISO day rightly are)."""
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize(
    ("role", "paths"),
    [
        (
            "biller",
            [
                "/billing/claims",
                "/billing/claims?status=held",
                "/billing/claims?status=paid",
                "/billing/denials",
                "/billing/batches",
                "/billing/aging",
            ],
        ),
        ("owner", ["/owner/audit", "/owner/users", "/owner/payers"]),
        ("front_desk", ["/", "/alerts"]),
    ],
)
def test_no_page_shows_a_day_in_iso(practice, role: str, paths: list[str]) -> None:  # type: ignore[no-untyped-def]
    client = page_client(practice, role)
    for path in paths:
        reply = client.get(path)
        assert reply.status_code == 200, path
        found = ISO_DAY.findall(_read(reply.text))
        assert not found, f"{path}: {found[:5]}"


def test_a_held_claim_says_the_scrubbers_reasons_in_the_clinics_days(practice) -> None:  # type: ignore[no-untyped-def]
    # held as the scrubber holds a claim, with its reason as the scrubber words it (a day in ISO)
    claim_id, served = held_claim(
        practice, lambda day: f"no PT plan of care covers {day.isoformat()}: write and certify one"
    )
    biller = page_client(practice, "biller")
    for path, page in (
        (f"/billing/claims/{claim_id}", biller.get(f"/billing/claims/{claim_id}").text),
        ("/billing/claims", held_list_with(biller, claim_id)),
    ):
        assert f"no PT plan of care covers {clinic_day(served)}" in _read(page), path
        assert not ISO_DAY.search(_read(page)), path


def test_the_users_page_names_clinics_and_keeps_a_refused_new_user(practice) -> None:  # type: ignore[no-untyped-def]
    owner = page_client(practice, "owner")
    clinic_id, clinic_name = one(practice, "SELECT id, name FROM clinic ORDER BY id LIMIT 1")
    page = owner.get("/owner/users")
    assert f">{clinic_name}</label>" in page.text and ">Clinic 1<" not in page.text
    before = count(practice, "SELECT COUNT(*) FROM app_user")
    typed = {"full_name": "Rosa Delgado", "email": "rosa.delgado-at-clinic", "password": "a-long-password-1"}
    form = {**typed, "clinic_id": str(clinic_id), "role": "front_desk"}

    refused = owner.post("/owner/users", data=form, follow_redirects=False)
    assert refused.status_code == 303 and "refused=" in refused.headers["location"]
    shown = owner.get(refused.headers["location"])
    assert shown.status_code == 422
    assert 'value="Rosa Delgado"' in shown.text and 'value="rosa.delgado-at-clinic"' in shown.text
    assert "Email must look like name@clinic.org" in shown.text and 'aria-invalid="true"' in shown.text
    assert "a-long-password-1" not in shown.text  # a password is never written back
    assert re.search(r'<option value="front_desk" selected>front desk</option>', shown.text)
    assert count(practice, "SELECT COUNT(*) FROM app_user") == before

    taken = one(practice, "SELECT email FROM app_user ORDER BY id LIMIT 1")[0]
    again = owner.post("/owner/users", data={**form, "email": taken}, follow_redirects=True)
    assert again.status_code == 422, again.text[-3000:]
    assert "Email has an account already" in again.text, re.findall(
        r"(?:field-error|alert error)[^<]*<", again.text
    )
    assert f'value="{taken}"' in again.text

    short = owner.post(
        "/owner/users",
        data={**form, "email": "rosa@clinic.example.org", "password": "short"},
        follow_redirects=True,
    )
    assert short.status_code == 422 and "must have at least 12 characters" in short.text
    assert 'value="rosa@clinic.example.org"' in short.text

    added = owner.post(
        "/owner/users", data={**form, "email": "rosa@clinic.example.org"}, follow_redirects=True
    )
    assert added.status_code == 200 and "Rosa Delgado added as front desk." in added.text
    assert count(practice, "SELECT COUNT(*) FROM app_user WHERE email = 'rosa@clinic.example.org'") == 1


def test_a_signed_note_is_text_to_read_with_the_addendum_the_way_to_add(practice) -> None:  # type: ignore[no-untyped-def]
    note_id, provider_id, assessment = one(
        practice,
        "SELECT n.id, n.provider_id, v.assessment FROM note n JOIN note_version v ON v.note_id = n.id "
        "AND v.version = n.current_version WHERE n.status = 'signed' AND v.assessment <> '' ORDER BY n.id LIMIT 1",
    )
    client = page_client(practice, provider_id=provider_id)
    page = client.get(f"/notes/{note_id}/review")
    assert page.status_code == 200
    assert '<textarea id="assessment"' not in page.text and 'id="save"' not in page.text
    shown = re.search(r'<div class="note-text" id="assessment">(.*?)</div>', page.text, re.S)
    assert shown and shown.group(1).strip() == str(escape(assessment)).strip()
    assert re.search(r'name="code"', page.text) is None  # codes are listed, not typed
    assert 'id="addendum-form"' in page.text


def test_signed_times_on_a_note_are_said_in_the_clinics_words(practice) -> None:  # type: ignore[no-untyped-def]
    note_id, provider_id, signed_at = one(
        practice, "SELECT id, provider_id, signed_at FROM note WHERE status = 'signed' ORDER BY id LIMIT 1"
    )
    page = page_client(practice, provider_id=provider_id).get(f"/notes/{note_id}/review")
    stamp = signed_at if isinstance(signed_at, datetime) else datetime.fromisoformat(str(signed_at))
    assert in_clinic_words(stamp, NY) in page.text
    listed = re.search(r'<ul aria-labelledby="sig-h" id="signatures">(.*?)</ul>', page.text, re.S)
    assert listed and ".," not in listed.group(1)  # an attestation's full stop is not followed by a comma
    # the demo's signatures name their signer as the app's own do: name and credential
    signer, credential = one(
        practice,
        "SELECT u.full_name, p.credential FROM provider p JOIN app_user u ON u.id = p.user_id WHERE p.id = :p",
        p=provider_id,
    )
    assert f"signed by {escape(signer)}, {credential}, who attests" in listed.group(1)
    assert "the clinician" not in listed.group(1)


def test_the_audit_log_names_the_patient_and_says_when_in_the_clinics_words(practice) -> None:  # type: ignore[no-untyped-def]
    owner = page_client(practice, "owner")
    owner.get("/billing/claims/" + str(one(practice, "SELECT id FROM claim ORDER BY id LIMIT 1")[0]))
    page = owner.get("/owner/audit", params={"action": "claim.read"})
    patient_id, at = one(
        practice,
        "SELECT patient_id, at FROM audit_entry WHERE action = 'claim.read' AND patient_id IS NOT NULL "
        "ORDER BY id DESC LIMIT 1",
    )
    last, first = one(practice, "SELECT last_name, first_name FROM patient WHERE id = :p", p=patient_id)
    assert f'<a href="/patients/{patient_id}">{escape(f"{last}, {first}")}</a>' in page.text
    stamp = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    assert in_clinic_words(stamp, NY) in page.text and "(UTC)" not in page.text
    # the action in words, its stored name on hover for the auditor; never the name as the text
    assert '<span title="claim.read">Read a claim</span>' in page.text
    assert ">claim.read<" not in page.text
    assert '<option value="claim.read" selected>Read a claim</option>' in page.text


def test_every_action_the_log_records_has_words() -> None:
    from core.permissions import Action
    from web.audit_words import AUDIT_ACTIONS, action_words

    assert set(Action) <= set(AUDIT_ACTIONS)
    for raw in [*Action, "alerts.read", "reminder.send", "setup.create", "migration.import"]:
        said = action_words(raw)
        assert said[0].isupper() and "." not in said and "_" not in said, raw
    assert len(set(AUDIT_ACTIONS.values())) == len(AUDIT_ACTIONS)  # no two actions read alike
    # one the table does not know yet: its name in words, not dots and underscores
    assert action_words("wait_list.offer_sent") == "Wait list offer sent"


@pytest.mark.parametrize(
    ("stored", "said"),
    [
        ("awaiting_cosign", "waiting for co-signature"),
        ("no_show", "no-show"),
        ("checked_in", "checked in"),
        ("in_review", "in review"),
        ("partially_paid", "partially paid"),
        ("signed", "signed"),
    ],
)
def test_a_status_is_said_in_words_not_as_stored(stored: str, said: str) -> None:
    from web.routers.pages import status_words

    assert status_words(stored) == said
    assert _written("{{ s | status_words }}", s=stored) == said


def test_a_completed_visit_links_to_its_note_for_those_who_read_notes(practice) -> None:  # type: ignore[no-untyped-def]
    appointment, note_id, provider_id, starts = one(
        practice,
        "SELECT a.id, n.id, a.provider_id, a.starts_at FROM appointment a JOIN visit v ON v.appointment_id = a.id "
        "JOIN note n ON n.visit_id = v.id WHERE a.status = 'completed' AND a.clinic_id = 1 ORDER BY a.id LIMIT 1",
    )
    therapist = page_client(practice, provider_id=provider_id).get(f"/appointments/{appointment}")
    assert f'<a href="/notes/{note_id}/review" id="visit-note">' in therapist.text
    stamp = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    assert in_clinic_words(stamp, NY) in therapist.text
    desk = page_client(practice, "front_desk").get(f"/appointments/{appointment}")
    assert desk.status_code == 200 and "/review" not in desk.text  # the front desk never reads notes


def test_booking_from_an_open_slot_says_which_slot(practice) -> None:  # type: ignore[no-untyped-def]
    provider_id, name = one(
        practice, "SELECT id, full_name FROM provider WHERE clinic_id = 1 ORDER BY id LIMIT 1"
    )
    desk = page_client(practice, "front_desk")
    page = desk.get("/schedule/book", params={"provider": provider_id, "day": "2026-12-17", "time": "13:15"})
    assert page.status_code == 200
    assert f'<p id="slot">With {escape(name)} on Thursday 12/17/2026 at 1:15 PM</p>' in page.text
    assert 'name="time" value="13:15"' in page.text  # the form still sends the time as HH:MM
    odd = desk.get("/schedule/book", params={"provider": provider_id, "day": "2026-12-17", "time": "25:99"})
    assert odd.status_code == 200 and 'id="slot"' not in odd.text  # no slot is claimed for no time
    plain = desk.get("/schedule/book")  # no slot chosen: none is claimed
    assert plain.status_code == 200 and 'id="slot"' not in plain.text
    for day in SCHEDULE_DAYS:  # the day's schedule: a day with visits, and one without
        with on_day(day):
            schedule = desk.get("/schedule")
        assert "America/New_York" not in _read(schedule.text)  # the zone's IANA name is for developers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("at 15:15", ["15"]),
        ("from 09:00 to 9:45", ["09", "9"]),
        ("at 3:15 PM, 12:30 PM and 12:05 AM", []),
        ("9:00 AM–9:45 AM", []),
        ("12/03/2026", []),
    ],
)
def test_the_24_hour_check_finds_what_it_should(text: str, found: list[str]) -> None:
    assert CLOCK_24.findall(text) == found


def _afternoon_visit(practice) -> tuple[int, int, int, datetime]:  # type: ignore[no-untyped-def]
    """A booked or completed clinic-1 visit that starts after 1 PM New York time: (appointment,
    provider, patient, local start), so a 24-hour clock would show as 13:00 or later."""
    from sqlalchemy import text

    with practice.session() as session:
        rows = session.exec(
            text(
                "SELECT id, provider_id, patient_id, starts_at FROM appointment WHERE clinic_id = 1 "
                "AND status IN ('booked', 'completed', 'checked_in') ORDER BY starts_at DESC, id LIMIT 400"
            )
        ).all()
    for appointment, provider, patient, starts in rows:
        stamp = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
        local = as_utc(stamp).astimezone(NY)
        if local.hour >= 13 and local.minute:
            return appointment, provider, patient, local
    raise AssertionError("the demo has no afternoon visit off the hour")


def test_no_page_of_the_day_shows_a_24_hour_time(practice) -> None:  # type: ignore[no-untyped-def]
    """Home, week, calendar, schedule, chart, patient and appointment pages say '3:15 PM', never
    '15:15'; links and form fields keep their HH:MM (in attributes, not read)."""
    appointment, provider, patient, local = _afternoon_visit(practice)
    day = local.date().isoformat()
    said = clock_words(local.hour, local.minute)
    therapist = page_client(practice, provider_id=provider)
    desk = page_client(practice, "front_desk")
    monday = (local.date() - timedelta(days=local.weekday())).isoformat()
    pages = [
        (therapist, f"/?day={day}", True),
        (therapist, f"/my/week?day={day}", True),
        (therapist, f"/calendar?provider={provider}&day={day}", True),
        (therapist, f"/calendar?provider={provider}&day={monday}&view=week", True),
        (therapist, f"/patients/{patient}/chart", False),
        (desk, f"/?day={day}", True),
        (desk, f"/schedule?day={day}", True),
        (desk, f"/calendar?provider={provider}&day={day}", True),
        (desk, f"/patients/{patient}", False),
        (desk, f"/appointments/{appointment}", True),
    ]
    for client, path, names_the_visit in pages:
        reply = client.get(path)
        assert reply.status_code == 200, path
        read = _read(reply.text)
        assert not CLOCK_24.findall(read), f"{path}: {CLOCK_24.findall(read)[:5]}"
        if names_the_visit:
            assert said in read, f"{path}: no {said}"
    schedule = desk.get(f"/schedule?day={day}").text
    assert re.search(r'class="open-slot" href="/schedule/book\?[^"]*time=\d\d%3A\d\d', schedule) or (
        "open-slot" not in schedule
    )  # an open slot's link still carries HH:MM for the booking form


def test_every_demo_signature_names_its_signer(practice) -> None:  # type: ignore[no-untyped-def]
    unnamed = count(
        practice,
        "SELECT COUNT(*) FROM note_signature s JOIN app_user u ON u.id = s.user_id "
        "WHERE s.attestation NOT LIKE '%' || u.full_name || ', %'",
    )
    cosigns = count(
        practice,
        "SELECT COUNT(*) FROM note_signature WHERE kind = 'cosign' "
        "AND attestation LIKE '%as supervising therapist by %'",
    )
    assert unnamed == 0 and cosigns > 0
    assert (
        count(practice, "SELECT COUNT(*) FROM note_signature WHERE attestation LIKE '%the clinician%'") == 0
    )


def test_appointment_types_are_called_so_in_the_menu_the_title_and_the_heading(practice) -> None:  # type: ignore[no-untyped-def]
    """One name for one thing: the front desk books an 'appointment type' (PRODUCT.md), and the menu
    that opens the page, its title and its heading all say so (the menu once said 'Visit types')."""
    owner = page_client(practice, "owner")
    page = owner.get("/owner/appointment-types")
    assert page.status_code == 200
    assert '<a href="/owner/appointment-types"' in page.text
    link = re.search(r'<a href="/owner/appointment-types"[^>]*>([^<]+)</a>', page.text)
    title = re.search(r"<title>([^<]+)</title>", page.text)
    heading = re.search(r"<h1[^>]*>([^<]+)</h1>", page.text)
    assert link and title and heading
    assert link.group(1).strip() == heading.group(1).strip() == "Appointment types"
    assert title.group(1).startswith("Appointment types")
    assert "Visit types" not in page.text
