"""After the first day, owners manage providers, payers (rules and fee lines) and appointment types on
pages: each form's problems are named next to their field and nothing is written; a change is written
whole with its audit entry; only an owner (fee lines: an owner or a biller of every clinic) may, and
the front desk and therapists are refused. The rules behind the forms are the ones `therascribe init`
checks, tested here table by table."""

import uuid

import pytest
from conftest import Practice
from page_helpers import page_client
from pydantic import ValidationError
from scheduling_helpers import one
from sqlmodel import select

from core.audit.models import AuditEntry
from core.clinics.setup import PayerSpec, ProviderSpec, TypeSpec, field_problems, supervision_problem
from core.enums import Credential
from core.payers.fees import fee_entry
from core.providers.rules import deactivation_refusal, week_summary, week_text

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

NPI_FREE = ("1932102084", "1730161811", "1205817682", "1598726434")  # valid NPIs the demo does not use


@pytest.mark.parametrize(
    ("booked", "supervised", "refusal"),
    [
        (0, 0, None),
        (1, 0, "first move or cancel their 1 booked visit"),
        (12, 0, "first move or cancel their 12 booked visits"),
        (0, 1, "first give the 1 assistant they supervise another supervisor"),
        (
            3,
            2,
            "first move or cancel their 3 booked visits and give the 2 assistants they supervise another supervisor",
        ),
    ],
)
def test_deactivation_refusal(booked: int, supervised: int, refusal: str | None) -> None:
    assert deactivation_refusal(booked, supervised) == refusal


@pytest.mark.parametrize(
    ("windows", "summary"),
    [
        ([], None),
        ([(0, 480, 1020)], (["mon"], 480, 1020)),
        ([(4, 480, 720), (0, 540, 1020), (2, 480, 1020)], (["mon", "wed", "fri"], 480, 1020)),
        ([(1, 480, 720), (1, 780, 1080)], (["tue"], 480, 1080)),  # a split shift reads as its day
    ],
)
def test_week_summary(windows, summary) -> None:  # type: ignore[no-untyped-def]
    assert week_summary(windows) == summary


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        (None, "no hours"),
        ((["mon", "tue", "wed", "thu", "fri"], 480, 1020), "Mon-Fri 08:00-17:00"),
        ((["mon", "tue", "thu"], 450, 750), "Mon, Tue, Thu 07:30-12:30"),
        ((["mon", "wed", "fri", "sat", "sun"], 540, 1200), "Mon, Wed, Fri-Sun 09:00-20:00"),
        ((["sat"], 0, 1440), "Sat 00:00-24:00"),
    ],
)
def test_week_text(summary, said: str) -> None:  # type: ignore[no-untyped-def]
    assert week_text(summary) == said


@pytest.mark.parametrize(
    ("assistant", "supervisor", "problem"),
    [
        ("PTA", "PT", None),
        ("OTA", "OT", None),
        ("SLPA", "SLP", None),
        ("PTA", "OT", "a PTA is supervised by a PT therapist, not an OT"),
        ("OTA", "OTA", "an OTA is supervised by an OT therapist, not an OTA"),
        ("SLPA", "PTA", "an SLPA is supervised by an SLP therapist, not a PTA"),
    ],
)
def test_supervision_problem(assistant: str, supervisor: str, problem: str | None) -> None:
    assert supervision_problem(Credential(assistant), Credential(supervisor)) == problem


def _problems(model, data: dict, whole: str = "") -> dict[str, str]:  # type: ignore[no-untyped-def]
    try:
        model.model_validate(data)
    except ValidationError as error:
        return field_problems(error, whole)
    return {}


@pytest.mark.parametrize(
    ("model", "data", "problems"),
    [
        (ProviderSpec, {"name": "", "credential": "PT"}, {"name": "is needed"}),
        (
            ProviderSpec,
            {"name": "A", "credential": "DPT"},
            {"credential": "is one of PT, PTA, OT, OTA, SLP or SLPA"},
        ),
        (
            ProviderSpec,
            {"name": "A", "credential": "PT", "npi": "1234567890"},
            {"npi": "is not a valid NPI (ten digits, the last a check digit)"},
        ),
        (ProviderSpec, {"name": "A", "credential": "PT", "capacity": "0"}, {"capacity": "is 1 or more"}),
        (
            ProviderSpec,
            {"name": "A", "credential": "PT", "capacity": "two"},
            {"capacity": "is a whole number"},
        ),
        (
            ProviderSpec,
            {"name": "A", "credential": "PT", "taxonomy": "2251"},
            {"taxonomy": "is not a provider taxonomy code like 225100000X"},
        ),
        (
            ProviderSpec,
            {"name": "A", "credential": "PT", "hours": {"start": "25:00"}},
            {"hours.start": "is a time of day like 08:00"},
        ),
        (
            ProviderSpec,
            {"name": "A", "credential": "PTA"},
            {"supervisor": "a PTA needs a supervisor (a therapist's name or NPI)"},
        ),
        (
            TypeSpec,
            {"name": "X", "discipline": "PT", "kind": "follow-up", "minutes": "3"},
            {"minutes": "is 5 or more"},
        ),
        (
            TypeSpec,
            {"name": "X", "discipline": "PT", "kind": "group", "minutes": "45"},
            {"group_capacity": "a group type says how many patients it holds at once (group_capacity)"},
        ),
        (
            PayerSpec,
            {"name": "X", "profile": "commercial", "rules": {"timely_filing_days": 0}},
            {"rules": "rules: timely_filing_days is 1 or more"},
        ),
        (PayerSpec, {"name": "", "profile": "medicare"}, {"name": "is needed"}),
    ],
)
def test_field_problems_in_plain_words(model, data: dict, problems: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    whole = {ProviderSpec: "supervisor", TypeSpec: "group_capacity", PayerSpec: "rules"}[model]
    assert _problems(model, data, whole) == problems


@pytest.mark.parametrize(
    ("code", "amount", "entry"),
    [
        ("97110", "31.00", ("97110", "", 3100)),
        (" 97140 gp ", "$1,029.5", ("97140", "GP", 102950)),
        ("G0283", 12.0, ("G0283", "", 1200)),
        ("9711", "31", "is not a CPT/HCPCS code (with an optional modifier: '97110 GP')"),
        ("97110 GPX", "31", "is not a CPT/HCPCS code (with an optional modifier: '97110 GP')"),
        ("97110", "31.005", "not to the cent"),
        ("97110", "-4", "negative"),
        ("97110", "thirty", "not an amount"),
    ],
)
def test_fee_entry(code: str, amount: object, entry: object) -> None:
    if isinstance(entry, str):
        with pytest.raises(ValueError, match=entry.replace("(", r"\(").replace(")", r"\)")):
            fee_entry(code, amount)
    else:
        made = fee_entry(code, amount)
        assert (made.cpt, made.modifier, made.amount_cents) == entry


def _audited(practice: Practice, record_type: str, record_id: int) -> list[str]:
    with practice.session() as session:
        return [
            e.detail
            for e in session.exec(
                select(AuditEntry).where(
                    AuditEntry.record_type == record_type, AuditEntry.record_id == str(record_id)
                )
            ).all()
        ]


def _count(practice: Practice, sql: str, **params: object) -> int:
    return int(one(practice, sql, **params)[0])


def test_an_owner_manages_providers_on_pages(pristine_practice: Practice) -> None:
    practice = pristine_practice
    owner = page_client(practice, "owner")
    page = owner.get("/owner/providers")
    assert page.status_code == 200 and 'href="/owner/providers"' in page.text  # in the owner's menu
    clinic = _count(practice, "SELECT MIN(id) FROM clinic")
    therapist = one(
        practice,
        "SELECT id, full_name FROM provider WHERE clinic_id = :c AND credential = 'PT' AND is_active ORDER BY id",
        c=clinic,
    )
    name = f"Noor {uuid.uuid4().hex[:6]}"
    before = _count(practice, "SELECT COUNT(*) FROM provider")
    wrong = owner.post(
        "/owner/providers",
        data={"clinic_id": clinic, "name": name, "credential": "PTA", "npi": "1234567890", "capacity": "0",
              "days": ["mon"], "start": "09:00", "end": "08:00"},
    )  # fmt: skip
    assert wrong.status_code == 422
    assert 'id="new-npi-error">NPI is not a valid NPI' in wrong.text
    assert 'id="new-capacity-error">Patients at once is 1 or more' in wrong.text
    assert 'id="new-end-error">Until is not after the start' in wrong.text
    assert 'value="' + name + '"' in wrong.text  # the form as typed
    assert _count(practice, "SELECT COUNT(*) FROM provider") == before
    no_boss = owner.post(
        "/owner/providers",
        data={"clinic_id": clinic, "name": name, "credential": "PTA", "days": ["mon"], "start": "08:00", "end": "12:00"},
    )  # fmt: skip
    assert no_boss.status_code == 422 and "Supervising therapist: a PTA needs a supervisor" in no_boss.text
    added = owner.post(
        "/owner/providers",
        data={"clinic_id": clinic, "name": name, "credential": "PTA", "npi": NPI_FREE[0], "supervisor_id": therapist[0],
              "days": ["mon", "wed"], "start": "08:00", "end": "12:30"},
        follow_redirects=False,
    )  # fmt: skip
    assert added.status_code == 303, added.text
    pid, npi, boss, taxonomy, discipline = one(
        practice,
        "SELECT id, npi, supervising_provider_id, taxonomy_code, discipline FROM provider WHERE full_name = :n",
        n=f"{name}, PTA",
    )
    assert (npi, boss, taxonomy, discipline) == (NPI_FREE[0], therapist[0], "225100000X", "PT")
    hours = one(
        practice,
        "SELECT COUNT(*), MIN(start_minute), MAX(end_minute) FROM provider_hours WHERE provider_id = :p",
        p=pid,
    )
    assert tuple(hours) == (2, 480, 750)
    assert _audited(practice, "provider", pid) == ["created"]
    edited = owner.post(
        f"/owner/providers/{pid}",
        data={"name": name, "credential": "PTA", "npi": NPI_FREE[0], "supervisor_id": therapist[0], "capacity": "2",
              "taxonomy": "225200000X", "days": ["mon", "wed", "fri"], "start": "08:00", "end": "12:30"},
        follow_redirects=False,
    )  # fmt: skip
    assert edited.status_code == 303
    assert one(practice, "SELECT capacity, taxonomy_code FROM provider WHERE id = :p", p=pid) == (
        2,
        "225200000X",
    )
    assert _count(practice, "SELECT COUNT(*) FROM provider_hours WHERE provider_id = :p", p=pid) == 3
    assert _audited(practice, "provider", pid)[-1] == "changed: taxonomy_code, capacity, hours"
    twin = owner.post(
        f"/owner/providers/{pid}",
        data={"name": therapist[1].split(",")[0], "credential": "PTA", "supervisor_id": therapist[0],
              "days": ["mon"], "start": "08:00", "end": "12:00"},
    )  # fmt: skip
    assert twin.status_code == 422 and "Name is already" in twin.text
    retrained = owner.post(
        f"/owner/providers/{therapist[0]}",
        data={"name": therapist[1].split(",")[0], "credential": "OT", "days": ["mon"], "start": "08:00", "end": "12:00"},
    )  # fmt: skip
    assert retrained.status_code == 422
    assert (
        "Credential would not fit the assistants they supervise: a PTA is supervised by a PT therapist"
        in (retrained.text)
    )
    assert one(practice, "SELECT credential FROM provider WHERE id = :p", p=therapist[0])[0] == "PT"
    # The therapist supervises the new assistant (and has visits booked): deactivating is refused.
    refused = owner.post(f"/owner/providers/{therapist[0]}/active", data={"active": "false"})
    assert refused.status_code == 200 and "stays active: first" in refused.text
    assert "another supervisor" in refused.text
    assert one(practice, "SELECT is_active FROM provider WHERE id = :p", p=therapist[0])[0]
    off = owner.post(f"/owner/providers/{pid}/active", data={"active": "false"})
    assert off.status_code == 200 and "deactivated" in off.text
    assert not one(practice, "SELECT is_active FROM provider WHERE id = :p", p=pid)[0]
    assert _audited(practice, "provider", pid)[-1] == "deactivated"
    on = owner.post(f"/owner/providers/{pid}/active", data={"active": "true"})
    assert on.status_code == 200 and one(practice, "SELECT is_active FROM provider WHERE id = :p", p=pid)[0]


def test_an_owner_manages_payers_and_fee_lines_on_pages(pristine_practice: Practice) -> None:
    practice = pristine_practice
    owner = page_client(practice, "owner")
    name = f"Harbor Health {uuid.uuid4().hex[:6]}"
    listed = owner.get("/owner/payers")
    assert listed.status_code == 200 and "Add a payer" in listed.text
    taken = one(practice, "SELECT name FROM payer ORDER BY id")[0]
    wrong = owner.post("/owner/payers", data={"name": taken.upper(), "profile": "commercial"})
    assert wrong.status_code == 422 and 'id="payer-name-error">Name is already payer' in wrong.text
    added = owner.post("/owner/payers", data={"name": name, "profile": "medicaid"}, follow_redirects=False)
    assert added.status_code == 303
    payer_id, kind, overrun = one(
        practice, "SELECT id, kind, authorization_overrun FROM payer WHERE name = :n", n=name
    )
    assert (kind, overrun) == ("medicaid", "refuse")  # the profile's rules
    page = owner.get(added.headers["location"])
    assert page.status_code == 200 and "Save the rules" in page.text
    rules = {"name": name, "profile": "medicaid", "unit_rule": "per-code", "requires_authorization": "true",
             "authorization_overrun": "warn", "timely_filing_days": "0", "progress_report_visits": "10",
             "max_certification_days": "60"}  # fmt: skip
    refused = owner.post(f"/owner/payers/{payer_id}", data=rules)
    assert refused.status_code == 422
    assert 'id="timely_filing_days-error">Timely filing (days) is a whole number, 1 or more' in refused.text
    assert (
        one(practice, "SELECT unit_rule FROM payer WHERE id = :p", p=payer_id)[0] == "cms"
    )  # nothing written
    saved = owner.post(
        f"/owner/payers/{payer_id}", data={**rules, "timely_filing_days": "90"}, follow_redirects=False
    )
    assert saved.status_code == 303
    row = one(
        practice,
        "SELECT unit_rule, authorization_overrun, timely_filing_days, max_certification_days, applies_ncci "
        "FROM payer WHERE id = :p",
        p=payer_id,
    )
    assert tuple(row) == ("per-code", "warn", 90, 60, False)  # the NCCI box was left unticked
    assert _audited(practice, "payer", payer_id)[0] == "created"
    assert "unit_rule" in _audited(practice, "payer", payer_id)[-1]
    bad_code = owner.post(
        f"/owner/payers/{payer_id}/fee-schedules/new",
        data={"name": "2026", "effective_from": "2026-01-01", "code": "9711", "amount": "31"},
    )
    assert (
        bad_code.status_code == 422
        and 'id="new-fs-code-error">First code (and modifier) is not a CPT' in bad_code.text
    )
    new = owner.post(
        f"/owner/payers/{payer_id}/fee-schedules/new",
        data={"name": "2026", "effective_from": "2026-01-01", "code": "97110 GP", "amount": "31.50"},
        follow_redirects=False,
    )
    assert new.status_code == 303
    schedule = _count(practice, "SELECT id FROM fee_schedule WHERE payer_id = :p", p=payer_id)
    line = f"/owner/payers/{payer_id}/fee-schedules/{schedule}/lines"
    bad_amount = owner.post(line, data={"code": "97140", "amount": "12.345"})
    assert bad_amount.status_code == 422 and "Amount ($) is not to the cent" in bad_amount.text
    assert owner.post(line, data={"code": "97140", "amount": "28"}, follow_redirects=False).status_code == 303
    assert (
        owner.post(line, data={"code": "97110 GP", "amount": "33.00"}, follow_redirects=False).status_code
        == 303
    )
    fees = one(
        practice,
        "SELECT string_agg(cpt || modifier || ':' || amount_cents, ',' ORDER BY cpt) FROM fee_schedule_entry "
        "WHERE fee_schedule_id = :s"
        if practice.backend == "postgresql"
        else "SELECT group_concat(cpt || modifier || ':' || amount_cents, ',') FROM "
        "(SELECT * FROM fee_schedule_entry WHERE fee_schedule_id = :s ORDER BY cpt)",
        s=schedule,
    )[0]
    assert fees == "97110GP:3300,97140:2800"
    other = one(practice, "SELECT MIN(id) FROM payer WHERE id <> :p", p=payer_id)[0]
    elsewhere = owner.post(
        f"/owner/payers/{other}/fee-schedules/{schedule}/lines", data={"code": "97140", "amount": "1"}
    )
    assert elsewhere.status_code == 404  # a schedule is changed under its own payer only
    removed = owner.post(f"{line}/remove", data={"code": "97140"}, follow_redirects=False)
    assert removed.status_code == 303
    assert (
        _count(practice, "SELECT COUNT(*) FROM fee_schedule_entry WHERE fee_schedule_id = :s", s=schedule)
        == 1
    )
    last = owner.post(f"{line}/remove", data={"code": "97110 GP"})
    # refused: the payer's page again at its own address, with the reason (web/shown_again.py)
    assert last.status_code == 422 and "keeps at least one line" in last.text
    assert last.url.path == f"/owner/payers/{payer_id}" and "refused=" in str(last.url)
    assert _audited(practice, "fee_schedule", schedule) == [
        "created from 2026-01-01",
        "97140 added: 28.00",
        "97110 GP changed: 33.00",
        "97140 removed",
    ]


def test_an_owner_manages_appointment_types_on_pages(pristine_practice: Practice) -> None:
    practice = pristine_practice
    owner = page_client(practice, "owner")
    clinic = _count(practice, "SELECT MIN(id) FROM clinic")
    ot = _count(
        practice,
        "SELECT MIN(id) FROM provider WHERE clinic_id = :c AND discipline = 'OT' AND is_active",
        c=clinic,
    )
    pt = _count(
        practice,
        "SELECT MIN(id) FROM provider WHERE clinic_id = :c AND discipline = 'PT' AND is_active",
        c=clinic,
    )
    name = f"OT hand clinic {uuid.uuid4().hex[:4]}"
    assert owner.get("/owner/appointment-types").status_code == 200
    wrong = owner.post(
        "/owner/appointment-types",
        data={"clinic_id": clinic, "name": name, "discipline": "OT", "kind": "group", "minutes": "4",
              "default_provider_id": pt},
    )  # fmt: skip
    assert wrong.status_code == 422
    assert 'id="new-minutes-error">Minutes is 5 or more' in wrong.text
    assert (
        'id="new-default_provider_id-error">Default provider is a PT provider; the type is OT' in wrong.text
    )
    assert _count(practice, "SELECT COUNT(*) FROM appointment_type WHERE name = :n", n=name) == 0
    added = owner.post(
        "/owner/appointment-types",
        data={"clinic_id": clinic, "name": name, "discipline": "OT", "kind": "group", "minutes": "60",
              "group_capacity": "4", "default_provider_id": ot},
        follow_redirects=False,
    )  # fmt: skip
    assert added.status_code == 303
    type_id, minutes, group, default = one(
        practice,
        "SELECT id, duration_minutes, group_capacity, default_provider_id FROM appointment_type WHERE name = :n",
        n=name,
    )
    assert (minutes, group, default) == (60, 4, ot)
    edited = owner.post(
        f"/owner/appointment-types/{type_id}",
        data={"name": name, "discipline": "OT", "kind": "follow-up", "minutes": "50"},
        follow_redirects=False,
    )
    assert edited.status_code == 303
    assert tuple(
        one(
            practice,
            "SELECT kind, duration_minutes, default_provider_id FROM appointment_type WHERE id = :t",
            t=type_id,
        )
    ) == (
        "follow-up",
        50,
        None,
    )
    assert _audited(practice, "appointment_type", type_id) == [
        "created",
        "changed: kind, duration_minutes, group_capacity, default_provider_id",
    ]
    usual = owner.post("/owner/appointment-types/usual", data={"clinic_id": clinic, "discipline": "SLP"})
    assert usual.status_code == 200 and "usual SLP type" in usual.text
    again = owner.post("/owner/appointment-types/usual", data={"clinic_id": clinic, "discipline": "SLP"})
    assert "every usual SLP type already" in again.text


@pytest.mark.parametrize("role", ["front_desk", "therapist", "biller"])
def test_others_are_refused(pristine_practice: Practice, role: str) -> None:
    practice = pristine_practice
    client = page_client(practice, role)
    clinic = _count(practice, "SELECT MIN(id) FROM clinic")
    provider = _count(practice, "SELECT MIN(id) FROM provider")
    payer = _count(practice, "SELECT MIN(id) FROM payer")
    kind = _count(practice, "SELECT MIN(id) FROM appointment_type")
    providers_before = _count(practice, "SELECT COUNT(*) FROM provider")
    home = client.get("/")
    assert "/owner/providers" not in home.text and "/owner/appointment-types" not in home.text
    for path in ("/owner/providers", f"/owner/providers/{provider}", "/owner/appointment-types",
                 f"/owner/appointment-types/{kind}"):  # fmt: skip
        assert client.get(path).status_code == 403, path
    writes = [
        ("/owner/providers", {"clinic_id": clinic, "name": "Mal Intent", "credential": "PT"}),
        (f"/owner/providers/{provider}", {"name": "Mal Intent", "credential": "PT"}),
        (f"/owner/providers/{provider}/active", {"active": "false"}),
        (
            "/owner/appointment-types",
            {"clinic_id": clinic, "name": "X", "discipline": "PT", "kind": "follow-up", "minutes": "30"},
        ),
        ("/owner/appointment-types/usual", {"clinic_id": clinic, "discipline": "PT"}),
        ("/owner/payers", {"name": "Mal Intent", "profile": "commercial"}),
        (f"/owner/payers/{payer}", {"name": "Mal Intent", "profile": "commercial"}),
    ]
    for path, data in writes:
        assert client.post(path, data=data, follow_redirects=False).status_code == 403, path
    assert _count(practice, "SELECT COUNT(*) FROM provider") == providers_before
    assert _count(practice, "SELECT COUNT(*) FROM payer WHERE name = 'Mal Intent'") == 0
    schedule = _count(practice, "SELECT MIN(id) FROM fee_schedule")
    line = client.post(
        f"/owner/payers/{payer}/fee-schedules/{schedule}/lines",
        data={"code": "97110", "amount": "x"},
        follow_redirects=False,
    )
    # A biller of every clinic prices claims, so fee lines are theirs too: the line reaches its check,
    # and the refused form is shown again at the payer's page (web/shown_again.py).
    assert line.status_code == (303 if role == "biller" else 403)
    if role == "biller":
        assert line.headers["location"].startswith(f"/owner/payers/{payer}?refused=")
        assert client.get(line.headers["location"]).status_code == 422


def test_a_form_posted_from_another_site_is_refused(pristine_practice: Practice) -> None:
    practice = pristine_practice
    owner = page_client(practice, "owner")
    clinic = _count(practice, "SELECT MIN(id) FROM clinic")
    forged = owner.post(
        "/owner/providers",
        data={"clinic_id": clinic, "name": "Forged Person", "credential": "PT"},
        headers={"origin": "http://evil.example"},
    )
    assert forged.status_code == 403
    assert _count(practice, "SELECT COUNT(*) FROM provider WHERE full_name LIKE 'Forged%'") == 0


def test_a_biller_reads_a_payer_s_rules_and_prices_its_lines(pristine_practice: Practice) -> None:
    practice = pristine_practice
    biller = page_client(practice, "biller")
    payer = _count(practice, "SELECT MIN(id) FROM payer")
    page = biller.get(f"/owner/payers/{payer}")
    assert page.status_code == 200
    assert "Timely filing days" in page.text and "Save the rules" not in page.text
    assert "Add the code" in page.text  # fee lines are a biller's too
