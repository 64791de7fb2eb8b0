"""A real clinic's first day without the demo: `therascribe init` from a file sets up clinics, the
first owner, providers, payers from profiles with fee schedules and appointment types; the same file
twice adds nothing; a wrong field is named and nothing is written. Every command finds the schema."""

import json
from pathlib import Path

import pytest
from cli_helpers import PASSWORD, cli_on
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text
from sqlmodel import Session
from typer.testing import CliRunner

from core.actor import Actor
from core.clinics.setup import apply_setup, parse_spec
from core.errors import Forbidden, Invalid
from core.payers.profiles import PROFILES, payer_settings
from core.scheduling.types import default_types

CLI = Actor(user_id=0, email="cli@localhost", client_address="cli")
SETUP = {
    "clinics": [
        {
            "name": "Lakeside Therapy",
            "timezone": "America/Chicago",
            "address": "12 Lake St, Madison, WI 53703",
            "npi": "1245319599",
            "tax_id": "39-1234567",
            "reminders": [{"hours_before": 24, "channel": "email"}],
        }
    ],
    "owner": {"email": "Dana@Lakeside.example.org", "full_name": "Dana Park"},
    "providers": [
        {
            "name": "Christian Diaz",
            "credential": "PT",
            "npi": "1016613188",
            "email": "cdiaz@lakeside.example.org",
        },
        {"name": "Sam Lee", "credential": "PTA", "supervisor": "Christian Diaz"},
        {"name": "Rita Moss", "credential": "SLP", "taxonomy": "235Z00000X"},
    ],
    "payers": [
        {
            "name": "Medicare Part B",
            "profile": "medicare",
            "fee_schedule": {"effective_from": "2026-01-01", "fees": {"97110": 31.0, "97140 GP": "29.00"}},
        },
        {"name": "Blue Cross PPO", "profile": "commercial", "rules": {"timely_filing_days": 90}},
    ],
}
TABLES = (
    "clinic",
    "app_user",
    "membership",
    "provider",
    "provider_hours",
    "payer",
    "payer_threshold",
    "fee_schedule_entry",
    "appointment_type",
    "clinic_policy",
)


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES}


def _with(path: str, value: object) -> dict:
    """SETUP with one field changed, by a dotted path ('providers.1.npi')."""
    data = json.loads(json.dumps(SETUP))
    *head, last = path.split(".")
    target = data
    for part in head:
        target = target[int(part)] if part.isdigit() else target[part]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        ("clinics.0.timezone", "Mars/Olympus", "clinics[0].timezone: is not a time zone"),
        ("clinics.0.npi", "1245319598", "clinics[0].npi: is not a valid NPI"),
        ("clinics.0.tax_id", "391234", "clinics[0].tax_id: is not a tax id"),
        ("clinics.0.name", "", "clinics[0].name"),
        ("owner.email", "dana", "owner.email: is not an e-mail"),
        ("providers.0.credential", "MD", "providers[0].credential"),
        ("providers.0.npi", "1016613189", "providers[0].npi: is not a valid NPI"),
        ("providers.1.supervisor", None, "providers[1]: a PTA needs a supervisor"),
        ("providers.2.taxonomy", "12", "providers[2].taxonomy"),
        ("payers.0.profile", "tricare", "payers[0].profile"),
        ("payers.1.rules", {"colour": "red"}, "payers[1]: rules: no such payer rule: colour"),
        ("payers.1.rules", {"unit_rule": "weekly"}, "payers[1]: rules: unit_rule is cms or per-code"),
        ("clinics.0.extra", 1, "clinics[0].extra"),
    ],
)
def test_a_wrong_field_is_named_by_where_it_is(path: str, value: object, named: str) -> None:
    with pytest.raises(Invalid) as caught:
        parse_spec(_with(path, value))
    assert any(p.startswith(named) for p in caught.value.extra["problems"]), caught.value.extra["problems"]


@given(st.dictionaries(st.sampled_from(sorted(PROFILES["commercial"])), st.booleans() | st.integers(0, 400)))
def test_a_profile_s_rules_are_its_own_with_the_clinic_s_changes_on_top(overrides: dict) -> None:
    for profile in PROFILES:
        merged = payer_settings(profile, overrides)
        assert set(merged) == set(PROFILES[profile])
        assert all(merged[k] == overrides.get(k, PROFILES[profile][k]) for k in merged)


def test_default_types_per_discipline() -> None:
    assert [t[0] for t in default_types("SLP")] == [
        "SLP initial evaluation",
        "SLP treatment",
        "SLP re-evaluation",
        "SLP progress visit",
    ]


def test_setup_twice_adds_nothing_and_a_bad_one_writes_nothing(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, engine = empty_db
    with Session(engine) as session:
        first = apply_setup(session, actor=CLI, spec=parse_spec(SETUP), owner_password=PASSWORD)
    assert first.changed and not first.kept
    assert [login["email"] for login in first.logins] == ["cdiaz@lakeside.example.org"]
    after = _counts(engine)
    assert after == {
        "clinic": 1,
        "app_user": 2,
        "membership": 2,
        "provider": 3,
        "provider_hours": 15,
        "payer": 2,
        "payer_threshold": 2,
        "fee_schedule_entry": 2,
        "appointment_type": 8,
        "clinic_policy": 1,
    }
    with engine.connect() as conn:
        pta = conn.execute(
            text(
                "SELECT p.supervising_provider_id = s.id, p.taxonomy_code FROM provider p JOIN provider s "
                "ON s.full_name = 'Christian Diaz, PT' WHERE p.full_name = 'Sam Lee, PTA'"
            )
        ).one()
        payer = conn.execute(
            text(
                "SELECT unit_rule, requires_authorization, timely_filing_days FROM payer WHERE name = 'Blue Cross PPO'"
            )
        ).one()
        fees = dict(conn.execute(text("SELECT cpt || modifier, amount_cents FROM fee_schedule_entry")).all())
    assert tuple(pta) == (True, "225100000X")
    assert tuple(payer) == ("per-code", True, 90)
    assert fees == {"97110": 3100, "97140GP": 2900}
    with Session(engine) as session:
        second = apply_setup(session, actor=CLI, spec=parse_spec(SETUP), owner_password=None)
    assert not second.changed and len(second.kept) == len(first.created) and _counts(engine) == after
    # A changed rule is brought in line, and said so; nothing else moves.
    with Session(engine) as session:
        third = apply_setup(
            session, actor=CLI, spec=parse_spec(_with("payers.1.rules", {"timely_filing_days": 120}))
        )
    assert third.updated == ["payer Blue Cross PPO (commercial) (timely_filing_days)"]
    # All or nothing: a new clinic whose provider names a missing supervisor writes nothing at all.
    broken = _with("clinics.0.name", "Hillside Therapy")
    broken["providers"][1]["supervisor"] = "Nobody"
    with Session(engine) as session, pytest.raises(Invalid) as caught:
        apply_setup(session, actor=CLI, spec=parse_spec(broken))
    assert caught.value.extra["problems"] == [
        "providers[1].supervisor: names no therapist of the same clinic in the setup"
    ]
    assert _counts(engine) == after
    owner = Actor(user_id=5, email="x@y.org", roles={2: "front_desk"})
    with Session(engine) as session, pytest.raises(Forbidden):
        apply_setup(session, actor=owner, spec=parse_spec(SETUP))


def test_a_new_owner_needs_a_password(empty_db) -> None:  # type: ignore[no-untyped-def]
    _, engine = empty_db
    with Session(engine) as session, pytest.raises(Invalid) as caught:
        apply_setup(session, actor=CLI, spec=parse_spec(SETUP), owner_password="short")
    assert caught.value.extra["problems"][0].startswith("owner.password")
    assert _counts(engine)["clinic"] == 0


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The command line in-process on a database file nobody has migrated."""
    yield from cli_on(f"sqlite:///{tmp_path / 'first-day.db'}", tmp_path / "data", monkeypatch)


def test_every_command_finds_the_schema_and_init_runs_from_flags(cli_env: str, tmp_path: Path) -> None:
    from web.cli import app

    runner = CliRunner()
    (tmp_path / "legacy").mkdir()
    first = runner.invoke(app, ["import", str(tmp_path / "legacy"), "--clinic", "Lakeside Therapy"])
    assert first.exit_code == 1 and "therascribe init" in first.output and "Traceback" not in first.output
    made = runner.invoke(
        app,
        [
            "init",
            "--clinic",
            "Lakeside Therapy",
            "--timezone",
            "America/Chicago",
            "--owner-email",
            "dana@lakeside.example.org",
            "--payer",
            "Medicare Part B=medicare",
            "--provider",
            "Christian Diaz=PT:1016613188",
            "--json",
        ],
    )
    assert made.exit_code == 0, made.output
    done = json.loads(made.output)
    assert (
        "clinic Lakeside Therapy" in done["created"] and "payer Medicare Part B (medicare)" in done["created"]
    )
    again = runner.invoke(
        app,
        [
            "init",
            "--clinic",
            "Lakeside Therapy",
            "--timezone",
            "America/Chicago",
            "--owner-email",
            "dana@lakeside.example.org",
            "--payer",
            "Medicare Part B=medicare",
            "--provider",
            "Christian Diaz=PT:1016613188",
        ],
    )
    assert again.exit_code == 0 and "nothing to do" in again.output
    bad = runner.invoke(app, ["init", "--clinic", "Other", "--timezone", "Nowhere/City"])
    assert bad.exit_code == 1 and "clinics[0].timezone" in bad.output


def test_providers_and_payers_from_csv_files_named_by_their_rows(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, engine = empty_db
    (tmp_path / "providers.csv").write_text(
        "\ufeffname,credential,npi,supervisor,email\n"
        "Christian Diaz,PT,1016613188,,\n"
        "Sam Lee,PTA,,Christian Diaz,slee@lakeside.example.org\n"
        "Rita Moss,SLP,,,\n"
    )
    (tmp_path / "payers.csv").write_text(
        "name;profile;electronic_payer_id;timely_filing_days;requires_authorization\n"
        "Medicare Part B;medicare;00952;;\n"
        "Acme Health;commercial;ACME1;120;false\n"
    )
    data = {**SETUP, "providers": "providers.csv", "payers": "payers.csv"}
    with Session(engine) as session:
        done = apply_setup(session, actor=CLI, spec=parse_spec(data, tmp_path), owner_password=PASSWORD)
    assert "provider Sam Lee (Lakeside Therapy)" in done.created
    with engine.connect() as conn:
        acme = conn.execute(
            text(
                "SELECT electronic_payer_id, timely_filing_days, requires_authorization FROM payer WHERE name = 'Acme Health'"
            )
        ).one()
    assert tuple(acme) == ("ACME1", 120, False)
    (tmp_path / "providers.csv").write_text("name,credential,npi\nAna Ruiz,PT,1016613189\nBo Chen,OTA,\n")
    with pytest.raises(Invalid) as caught:
        parse_spec({**data, "payers": []}, tmp_path)
    assert caught.value.extra["problems"] == [
        "providers.csv row 2: npi: is not a valid NPI (ten digits, the last a check digit)",
        "providers.csv row 3: an OTA needs a supervisor (a therapist's name or NPI)",
    ]


def test_text_report_groups_and_points_to_the_json_for_the_rest(capsys: pytest.CaptureFixture[str]) -> None:
    from web.cli import TEXT_LINES, _print_groups

    groups = [
        {"file": "appointments.csv", "column": "type", "message": f"kind {n}", "count": 3, "rows": [2, 5, 9]}
        for n in range(TEXT_LINES + 4)
    ]
    _print_groups(groups, "")
    printed = capsys.readouterr().err.splitlines()
    assert printed[0] == "appointments.csv 3 rows (first: 2, 5, 9): kind 0"
    assert printed[-1] == "... 4 more kinds of problem: more in the JSON report (--json)"
    assert len(printed) == TEXT_LINES + 1


def test_init_asks_when_given_nothing(cli_env: str, tmp_path: Path) -> None:
    """Every part of the setup is asked for: the clinic with its reminders, the owner, providers (a
    wrong NPI is said and that provider asked again), payers with a fee schedule, appointment types."""
    from web.cli import app

    fees = tmp_path / "medicare.csv"
    fees.write_text("cpt,modifier,amount\n97110,GP,31.00\n97140,GP,29.00\n")
    answers = [
        *("Lakeside Therapy", "America/Chicago", "12 Lake St", "", "", "24 email; 2 sms"),
        *("dana@lakeside.example.org", "Dana Park"),
        *("Christian Diaz", "PT", "1016613189", "", "PT", "1016613188", ""),  # a wrong NPI, then right
        *("Sam Lee", "pta", "", "", "Christian Diaz"),
        "",  # no more providers
        *("Medicare Part B", "", "Blue Cross PPO; Aetna Choice"),
        *(str(fees), "2026-01-01", "", ""),  # Medicare's fees; none for the other two
        "n",  # not the usual types
        *("PT evaluation", "PT", "evaluation", "60"),
        *("Balance class", "PT", "group", "45", "4"),
        "",
    ]
    asked = CliRunner().invoke(app, ["init", "--ask", "--json"], input="\n".join(answers) + "\n")
    assert asked.exit_code == 0, asked.output
    assert "npi: is not a valid NPI" in asked.output
    done = json.loads(asked.output.strip().splitlines()[-1])
    assert {
        "clinic Lakeside Therapy",
        "owner dana@lakeside.example.org",
        "provider Christian Diaz (Lakeside Therapy)",
        "provider Sam Lee (Lakeside Therapy)",
        "payer Aetna Choice (commercial)",
        "fee schedule Medicare Part B from 2026-01-01 (2 codes)",
        "appointment type Balance class (Lakeside Therapy)",
    } <= set(done["created"])
    from core.db import get_engine

    with get_engine().connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM appointment_type")).scalar_one() == 2
        assert (
            conn.execute(
                text("SELECT b.full_name FROM provider a JOIN provider b ON b.id = a.supervising_provider_id")
            ).scalar_one()
            == "Christian Diaz, PT"
        )
        cadence = conn.execute(text("SELECT reminder_cadence FROM clinic_policy")).scalar_one()
    assert json.loads(cadence) == [
        {"hours_before": 24, "channel": "email"},
        {"hours_before": 2, "channel": "sms"},
    ]


def test_commands_name_an_unknown_user_or_clinic_plainly(cli_env: str) -> None:
    """`alerts --user` with an e-mail nobody has (and the other commands that act as a user or in a
    clinic) say so in one line, never with a traceback."""
    from web.cli import app

    runner = CliRunner()
    made = runner.invoke(
        app, ["init", "--clinic", "Lakeside Therapy", "--owner-email", "dana@lakeside.example.org"]
    )
    assert made.exit_code == 0, made.output
    for args in (
        ["alerts", "--user", "nobody@nowhere.example.org"],
        ["kpi", "--from", "2026-01-01", "--to", "2026-01-31", "--user", "nobody@nowhere.example.org"],
        ["kpi", "--from", "2026-01-01", "--to", "2026-01-31", "--clinic", "99"],
        ["export-fhir", "out.json", "--user", "nobody@nowhere.example.org"],
        ["export-fhir", "out.json", "--clinic", "99"],
        ["import", ".", "--user", "nobody@nowhere.example.org", "--clinic", "Lakeside Therapy"],
        ["import", ".", "--clinic", "Elsewhere"],
        ["ask", "who is next", "--user", "nobody@nowhere.example.org"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        assert "Traceback" not in result.output and result.output.strip(), args
    assert "no active user with that e-mail" in runner.invoke(app, ["alerts", "--user", "x@y.org"]).output
