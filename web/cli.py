"""The `therascribe` command: a thin layer over the same services the API calls."""

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from core.config import get_settings
from core.db import get_engine, session_scope
from core.enums import ASSISTANT_CREDENTIALS
from core.words import counted

app = typer.Typer(
    help="Therascribe: AI scribe and practice management for PT, OT and SLP clinics.", no_args_is_help=True
)
audit_app = typer.Typer(help="The audit log.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
console = Console()
err = Console(stderr=True)
# Commands that never open the database; every other one finds the schema created and up to date.
NO_DATABASE = frozenset({"code", "draft", "transcribe", "demo-users"})
# `migrate` brings the schema up itself, as the tables' owner, and may be what creates the application's
# role: checking first with the application's URL would fail before the role exists.
OWN_SCHEMA = frozenset({"migrate"})


@app.callback()
def _first_use(ctx: typer.Context) -> None:
    """Create the schema before any command that reads a database that has none, so a new
    installation needs no step of its own. A database that has one is left to `serve`, `demo` and
    `migrate` to bring up to date, as before: asking Alembic costs a second at every start, and `ask`
    must start fast. Commands that open the database watch it for changes to the KPI figures kept."""
    if ctx.invoked_subcommand in NO_DATABASE | OWN_SCHEMA or ctx.resilient_parsing or "--help" in sys.argv:
        return
    from core.kpis import watch_changes

    watch_changes()
    from sqlalchemy import inspect

    if inspect(get_engine()).has_table("alembic_version"):
        return
    from core.migrate import owner_url, upgrade

    upgrade(owner_url(get_settings()))


@app.command()
def migrate(
    app_role: Annotated[
        str, typer.Option(help="PostgreSQL: create and grant the application's role, owner of nothing")
    ] = "",
    app_password: Annotated[
        str, typer.Option(envvar="THERASCRIBE_APP_ROLE_PASSWORD", help="set the application role's password")
    ] = "",
) -> None:
    """Bring the database schema up to date (also done by `serve` and `demo`), as the tables' owner
    (THERASCRIBE_MIGRATION_DATABASE_URL when set)."""
    from core.migrate import grant_app_role, owner_url, upgrade

    url = owner_url(get_settings())
    upgrade(url)
    console.print(f"schema up to date on {get_engine().dialect.name}")
    if app_role:
        try:
            grant_app_role(url, app_role, password=app_password or None)
        except ValueError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from exc
        console.print(f"role {app_role} may read and write the tables, and only append to the audit log")


LOG_LEVELS = ("critical", "error", "warning", "info", "debug")


def _flag_setup(
    clinic: str,
    timezone: str,
    address: str,
    phone: str,
    npi: str,
    tax_id: str,
    owner_email: str,
    owner_name: str,
    payers: list[str],
    providers: list[str],
) -> dict:
    """The setup description the flags make (the same shape as a setup file)."""
    spec: dict = {
        "clinics": [
            {
                k: v
                for k, v in (
                    ("name", clinic),
                    ("timezone", timezone),
                    ("address", address),
                    ("phone", phone),
                    ("npi", npi),
                    ("tax_id", tax_id),
                )
                if v
            }
        ]
    }
    if owner_email:
        spec["owner"] = {"email": owner_email, "full_name": owner_name or owner_email.split("@")[0]}
    spec["payers"] = []
    for item in payers:
        name, _, profile = item.rpartition("=")
        spec["payers"].append({"name": name or profile, "profile": profile.lower() if name else ""})
    spec["providers"] = []
    for item in providers:
        name, _, rest = item.partition("=")
        parts = rest.split(":")
        provider = {"name": name, "credential": parts[0].upper()}
        for key, value in zip(("npi", "supervisor"), parts[1:], strict=False):
            provider[key] = value
        spec["providers"].append(provider)
    return spec


def _ask_until_right(ask: Callable[[], dict], check: Callable[[dict], object]) -> dict:
    """Ask for one item (a provider, a type) until the setup's own checks take it; each problem is said
    by the field's name, and only that item is asked again."""
    from pydantic import ValidationError

    from core.clinics.setup import field_problems

    while True:
        item = ask()
        try:
            check(item)
            return item
        except ValidationError as error:
            for field, problem in field_problems(error).items():
                err.print(f"[red]{field or 'it'}: {problem}[/red]")


def _ask_blank_allowed(item: dict, questions: tuple[tuple[str, str], ...]) -> None:
    """Ask each question that may be left blank; an answer given goes in `item` under its key."""
    for key, question in questions:
        answer = typer.prompt(question, default="").strip()
        if answer:
            item[key] = answer


def _ask_each(
    what: str, name_question: str, ask: Callable[[str], dict], check: Callable[[dict], object]
) -> list[dict]:
    """Items asked for one at a time by name until a blank one, each asked again until it is right."""
    console.print(f"{what}, one at a time (a blank name when done).")
    items: list[dict] = []
    while name := typer.prompt(name_question, default="").strip():
        items.append(_ask_until_right(lambda: ask(name), check))
    return items


def _asked_setup() -> dict:
    """The setup asked for question by question: the clinic and its reminders, the first owner, the
    providers, the payers with their fee schedules, the appointment types. The answers make the same
    description a setup file holds, checked by the same code (core/clinics/setup.py)."""
    from datetime import date

    from core.clinics.setup import ProviderSpec, TypeSpec
    from core.clinics.setup_text import reminders_of

    clinic: dict = {"name": typer.prompt("Clinic name")}
    clinic["timezone"] = typer.prompt("Time zone", default=get_settings().timezone)
    _ask_blank_allowed(
        clinic,
        (
            ("address", "Address"),
            ("npi", "Clinic NPI (blank: later)"),
            ("tax_id", "Tax id, EIN (blank: later)"),
        ),
    )
    reminders = typer.prompt(
        "Reminders: hours before the visit and sms or email, e.g. '24 email; 2 sms' "
        "(blank: e-mail 48 hours before, text 2 hours before)",
        default="",
    )
    if reminders.strip():
        clinic["reminders"] = reminders_of(reminders)
    owner = {"email": typer.prompt("First owner's e-mail"), "full_name": typer.prompt("First owner's name")}

    def provider(name: str) -> dict:
        item = {
            "name": name,
            "credential": typer.prompt("  Credential (PT, PTA, OT, OTA, SLP, SLPA)").upper(),
        }
        _ask_blank_allowed(
            item,
            (
                ("npi", "  NPI (blank: later)"),
                ("taxonomy", "  Taxonomy code (blank: the discipline's usual)"),
            ),
        )
        if item["credential"] in ASSISTANT_CREDENTIALS:
            item["supervisor"] = typer.prompt("  Supervising therapist (their name as given above)")
        return item

    providers = _ask_each("Providers", "Provider's name", provider, ProviderSpec.model_validate)
    payers: list[dict] = []
    for profile in ("medicare", "medicaid", "commercial"):
        names = typer.prompt(f"Payers billed as {profile} (names separated by ;, blank: none)", default="")
        payers += [{"name": n.strip(), "profile": profile} for n in names.split(";") if n.strip()]
    for payer in payers:
        fees = typer.prompt(
            f"Fee schedule of {payer['name']}: a CSV file (cpt, modifier, amount), blank: none", default=""
        ).strip()
        if fees:
            start = typer.prompt("  In effect from", default=f"{date.today().year}-01-01")
            payer["fee_schedule"] = {"effective_from": start, "file": str(Path(fees).resolve())}
    data: dict = {"clinics": [clinic], "owner": owner, "providers": providers, "payers": payers}
    if not typer.confirm(
        "The usual appointment types of each discipline (initial evaluation 60 minutes; follow-up, "
        "re-evaluation and progress visit 45)?",
        default=True,
    ):

        def kind(name: str) -> dict:
            item = {
                "name": name,
                "discipline": typer.prompt("  Discipline (PT, OT, SLP)").upper(),
                "kind": typer.prompt(
                    "  Kind (evaluation, follow-up, re-evaluation, progress, group)"
                ).lower(),
                "minutes": typer.prompt("  Minutes"),
            }
            if item["kind"] == "group":
                item["group_capacity"] = typer.prompt("  Patients at once")
            return item

        data["appointment_types"] = _ask_each(
            "Appointment types", "Appointment type's name", kind, TypeSpec.model_validate
        )
    return data


@app.command()
def init(
    file: Annotated[
        Path | None, typer.Argument(help="a YAML or JSON setup file (README: 'For a real clinic')")
    ] = None,
    clinic: Annotated[str, typer.Option(help="without a file: the clinic's name")] = "",
    timezone: Annotated[str, typer.Option(help="the clinic's time zone, e.g. America/Chicago")] = "",
    address: Annotated[str, typer.Option(help="the clinic's address")] = "",
    phone: Annotated[str, typer.Option(help="the clinic's phone")] = "",
    npi: Annotated[str, typer.Option(help="the clinic's (group) NPI")] = "",
    tax_id: Annotated[str, typer.Option(help="the clinic's tax id (EIN), 12-3456789")] = "",
    owner_email: Annotated[str, typer.Option(help="the first owner's e-mail (their log-in)")] = "",
    owner_name: Annotated[str, typer.Option(help="the first owner's name")] = "",
    owner_password: Annotated[
        str,
        typer.Option(envvar="THERASCRIBE_OWNER_PASSWORD", help="the first owner's password (12+ characters)"),
    ] = "",
    payer: Annotated[
        list[str] | None, typer.Option(help="NAME=PROFILE (medicare, medicaid or commercial); repeat it")
    ] = None,
    provider: Annotated[
        list[str] | None,
        typer.Option(help="NAME=CREDENTIAL[:NPI[:SUPERVISOR]], e.g. 'Ana Ruiz=PT:1234567893'"),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="print what was done (and new log-ins) as JSON")
    ] = False,
    ask: Annotated[
        bool,
        typer.Option(
            "--ask",
            help="ask for the clinic, its owner, providers, payers, fee schedules and appointment types "
            "(the default at a terminal)",
        ),
    ] = False,
) -> None:
    """Set up a real clinic (no demo): clinics, first owner, providers, payers with fee schedules,
    appointment types. Run it again with the same file and it adds nothing."""
    from core.actor import Actor
    from core.clinics.setup import apply_setup, load_spec_file, parse_spec
    from core.errors import TherascribeError

    interactive = file is None and not clinic and (ask or sys.stdin.isatty())
    asked: dict | None = None
    if interactive:
        asked = _asked_setup()
        owner_email = asked["owner"]["email"]
    if interactive or (owner_email and not owner_password and sys.stdin.isatty()):
        owner_password = owner_password or typer.prompt(
            "First owner's password", hide_input=True, confirmation_prompt=True
        )
    if file is None and not clinic and asked is None:
        err.print("[red]give a setup file, or at least --clinic (see therascribe init --help)[/red]")
        raise typer.Exit(2)
    try:
        data = (
            load_spec_file(file)
            if file is not None
            else asked
            if asked is not None
            else _flag_setup(
                clinic,
                timezone,
                address,
                phone,
                npi,
                tax_id,
                owner_email,
                owner_name,
                payer or [],
                provider or [],
            )
        )
        spec = parse_spec(data, file.parent if file is not None else Path("."))
        with session_scope() as session:
            result = apply_setup(
                session,
                actor=Actor(user_id=0, email="cli@localhost", client_address="cli"),
                spec=spec,
                base=file.parent if file is not None else Path("."),
                owner_password=owner_password or None,
            )
    except TherascribeError as error:
        problems = error.problems
        if as_json:
            print(json.dumps({"error": error.detail, "problems": problems}))
        else:
            err.print(f"[red]{error.detail}[/red]")
            for problem in problems:
                err.print(f"  {problem}")
        raise typer.Exit(1) from None
    if as_json:
        print(json.dumps(result.as_dict()))
        return
    for label, items in (("created", result.created), ("updated", result.updated)):
        for item in items:
            console.print(f"{label}: {item}")
    if not result.changed:
        console.print(f"nothing to do: all {len(result.kept)} records of the setup are already here")
    elif result.kept:
        console.print(f"{len(result.kept)} records were already here and are unchanged")
    if result.logins:
        logins = Table(
            "e-mail", "role", "clinic", "password", title="new log-ins (shown once: hand them over)"
        )
        for login in result.logins:
            logins.add_row(login["email"], login["role"], login["clinic"], login["password"])
        console.print(logins)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[int, typer.Option(help="uvicorn worker processes")] = 1,
    log_level: Annotated[
        str, typer.Option(help="critical, error, warning, info or debug (never trace: it prints headers)")
    ] = "info",
) -> None:
    """Run the web app and API under uvicorn."""
    import copy

    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    from core.migrate import owner_url, upgrade  # here, not at the top: `ask` must start fast

    upgrade(owner_url(get_settings()))
    get_settings().resolved_secret_key()
    with session_scope() as session:
        from sqlmodel import select

        from core.clinics.models import Clinic

        if session.exec(select(Clinic.id)).first() is None:
            console.print(
                f"no clinic yet: open http://127.0.0.1:{port}/setup on this machine, "
                "or run `therascribe init` (README: 'For a real clinic')"
            )
    # The app's own log (jobs, live pieces: ids and timings, never a patient's data) beside uvicorn's.
    log_config = copy.deepcopy(LOGGING_CONFIG)
    # No access log: a URL can carry what a patient typed into a search. SQLAlchemy's own loggers stay
    # quiet whatever the level (its engines hide parameters too, core/db.py).
    if log_level not in LOG_LEVELS:
        err.print(f"[red]--log-level is one of {', '.join(LOG_LEVELS)}[/red]")
        raise typer.Exit(2)
    log_config["loggers"]["therascribe"] = {
        "handlers": ["default"],
        "level": log_level.upper(),
        "propagate": False,
    }
    log_config["loggers"]["sqlalchemy"] = {"handlers": ["default"], "level": "WARNING", "propagate": False}
    uvicorn.run(
        "web.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        log_config=log_config,
        access_log=False,
        # uvicorn would believe X-Forwarded-For from 127.0.0.1 (anyone on this machine); the app
        # reads it itself, and only from THERASCRIBE_TRUSTED_PROXIES (web/client_address.py).
        proxy_headers=False,
    )


@app.command()
def demo(
    size: Annotated[str, typer.Option(help="tiny (150 patients), small (1,500) or large (50,000)")] = "small",
    seed: Annotated[int, typer.Option(help="same seed, same practice")] = 7,
    as_json: Annotated[bool, typer.Option("--json", help="print counts and log-ins as JSON")] = False,
    if_empty: Annotated[bool, typer.Option(help="do nothing if the database already holds a clinic")] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="build it as of this day's close of business, YYYY-MM-DD (default: now); "
            "the same seed and day give the same practice",
        ),
    ] = None,
) -> None:
    """Build the demo practice into an empty database."""
    from datetime import date

    from sqlalchemy import text

    from core.demo.build import SIZES, build, demo_build_audit
    from core.migrate import owner_url, upgrade

    if size not in SIZES:
        err.print(f"[red]unknown size {size!r}; use tiny, small or large[/red]")
        raise typer.Exit(2)
    try:
        today = date.fromisoformat(as_of) if as_of is not None else None
    except ValueError:
        err.print("[red]--as-of is a day, YYYY-MM-DD[/red]")
        raise typer.Exit(2) from None
    settings = get_settings()
    upgrade(owner_url(settings))
    engine = get_engine()
    with engine.connect() as conn:
        if conn.execute(text("SELECT COUNT(*) FROM clinic")).scalar_one():
            if if_empty:
                console.print("the database already holds a practice; nothing built")
                return
            err.print("[red]the database already holds clinics; the demo goes into an empty database[/red]")
            raise typer.Exit(1)
    started = time.perf_counter()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err,
        disable=as_json or not sys.stderr.isatty(),
    ) as bar:
        task = bar.add_task(f"building the {size} demo practice", total=SIZES[size][0])
        with engine.begin() as conn:
            result = build(
                conn,
                size=size,
                seed=seed,
                today=today,
                timezone=settings.timezone,
                progress=lambda done, total: bar.update(task, completed=done),
            )
    with session_scope() as session:
        demo_build_audit(session, result.counts)
        session.commit()
    elapsed = time.perf_counter() - started
    if as_json:
        print(
            json.dumps(
                {
                    "counts": result.counts,
                    "seconds": round(elapsed, 1),
                    "users": [
                        {"email": u.email, "role": u.role, "clinic": u.clinic, "password": u.password}
                        for u in result.users
                    ],
                }
            )
        )
        return
    table = Table("record", "rows", title=f"demo practice ({size}, seed {seed}) in {elapsed:.1f} s")
    for name, count in result.counts.items():
        table.add_row(name, f"{count:,}")
    console.print(table)
    logins = Table("e-mail", "role", "clinic", "password", title="log-ins (first of each role)")
    seen: set[str] = set()
    for user in result.users:
        if user.role not in seen:
            seen.add(user.role)
            logins.add_row(user.email, user.role, user.clinic, user.password)
    console.print(logins)
    console.print("all log-ins: therascribe demo-users")


@app.command("demo-users")
def demo_users(
    size: Annotated[str, typer.Option()] = "small",
    seed: Annotated[int, typer.Option()] = 7,
) -> None:
    """List the demo practice's log-ins (they follow from the size and the seed)."""
    from core.demo.build import SIZES
    from core.demo.users import demo_logins

    table = Table("e-mail", "role", "clinic", "password", "co-signed by")
    for user in demo_logins(appointments=SIZES[size][1], seed=seed):
        table.add_row(user.email, user.role, user.clinic, user.password, user.supervisor)
    console.print(table)


@app.command()
def code(
    minutes: Annotated[
        list[str], typer.Option("--minutes", help="CODE=MINUTES, or CODE for an untimed code")
    ],
    rule: Annotated[str, typer.Option(help="cms (8-minute rule) or per-code")] = "cms",
    discipline: Annotated[str, typer.Option(help="PT, OT or SLP")] = "PT",
    role: Annotated[str, typer.Option(help="who furnished the visit: PT, PTA, OT, OTA, SLP or SLPA")] = "PT",
    as_json: Annotated[bool, typer.Option("--json", help="print {lines: [...]} as JSON")] = False,
) -> None:
    """Code a visit: CPT units by the payer's rule, modifiers, and the reason for each line."""
    from core.billing.coding import CodingError, PayerRules, Service, code_visit

    try:
        services = []
        for item in minutes:
            name, _, value = item.partition("=")
            services.append(Service(name.strip(), int(value) if value else 0))
        if rule not in ("cms", "per-code"):
            raise CodingError("--rule is cms or per-code")
        coded = code_visit(
            services, discipline=discipline.upper(), role=role.upper(), rules=PayerRules(unit_rule=rule)
        )
    except (CodingError, ValueError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    rows = [
        {
            "code": line.code,
            "units": line.units,
            "minutes": line.minutes,
            "modifiers": list(line.modifiers),
            "reason": line.reason,
        }
        for line in coded.lines
    ]
    if as_json:
        print(json.dumps({"lines": rows, "warnings": coded.warnings}))
        return
    table = Table("code", "units", "minutes", "modifiers", "why")
    for line in coded.lines:
        table.add_row(line.code, str(line.units), str(line.minutes), " ".join(line.modifiers), line.reason)
    console.print(table)
    for warning in coded.warnings:
        console.print(f"[yellow]{warning}[/yellow]")


@app.command()
def draft(
    file: Annotated[
        Path, typer.Argument(help="a transcript JSON, or an example session file (its transcript key)")
    ],
    discipline: Annotated[str, typer.Option(help="PT, OT or SLP")] = "PT",
    note_type: Annotated[
        str, typer.Option(help="daily, evaluation, progress, re-evaluation or discharge")
    ] = "daily",
    role: Annotated[str, typer.Option(help="who treated: PT, PTA, OT, OTA, SLP or SLPA")] = "PT",
    rule: Annotated[str, typer.Option(help="the payer's unit rule: cms or per-code")] = "cms",
    as_json: Annotated[
        bool, typer.Option("--json", help="print note, facts, codes and warnings as JSON")
    ] = False,
) -> None:
    """Draft a SOAP note from a transcript, offline: every fact linked to the words it came from."""
    from core.notes.review_marks import SECTIONS
    from scribe.draft import NOTE_TYPES
    from scribe.draft import draft as make_draft
    from scribe.transcript import TranscriptError, load

    if (
        discipline.upper() not in ("PT", "OT", "SLP")
        or note_type not in NOTE_TYPES
        or rule not in ("cms", "per-code")
    ):
        err.print(
            "[red]--discipline is PT, OT or SLP; --note-type one of "
            f"{', '.join(NOTE_TYPES)}; --rule cms or per-code[/red]"
        )
        raise typer.Exit(2)
    try:
        segments = load(file)
    except (TranscriptError, OSError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    from core.chat_model import model_from_settings

    result = make_draft(
        segments,
        discipline=discipline.upper(),
        note_type=note_type,
        role=role.upper(),
        rule=rule,
        model=model_from_settings(get_settings()),
    )
    if as_json:
        print(
            json.dumps(
                {
                    "note": {k: result.note.get(k, "") for k in SECTIONS},
                    "facts": [f.as_dict() for f in result.facts],
                    "codes": result.codes,
                    "warnings": result.warnings,
                }
            )
        )
        return
    for section in (*SECTIONS, "billing"):
        console.print(f"[bold]{section.capitalize()}[/bold]\n{result.note.get(section, '')}\n")
    for warning in result.warnings:
        console.print(f"[yellow]{warning}[/yellow]")


@app.command()
def transcribe(
    file: Annotated[Path, typer.Argument(help="a recording: wav, mp3, m4a, webm/opus, ogg or flac")],
    backend: Annotated[
        str | None, typer.Option(help="faster-whisper or whisper (default: the setting)")
    ] = None,
    model: Annotated[str | None, typer.Option(help="tiny.en or base (default: the setting)")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help='print {"segments", "text", "duration", "backend", "model"}')
    ] = False,
    no_prompt: Annotated[
        bool, typer.Option("--no-prompt", help="without the therapy-vocabulary prompt")
    ] = False,
) -> None:
    """Transcribe a recording on this machine, with speaker roles (therapist, patient, caregiver)."""
    from scribe.audio import AudioError
    from scribe.models import ModelUnavailable
    from scribe.pipeline import load_file, transcribe_audio
    from scribe.stt import BACKENDS, recognizer, vocabulary_prompt

    settings = get_settings()
    if backend is not None and backend not in BACKENDS:
        err.print(f"[red]--backend is one of {', '.join(BACKENDS)}[/red]")
        raise typer.Exit(2)
    if not file.is_file():
        err.print(f"[red]{file.name}: no such file[/red]")
        raise typer.Exit(2)
    try:
        audio = load_file(file, settings)
        engine = recognizer(settings, backend=backend or "", model=model or "")
        result = transcribe_audio(audio, engine, prompt=None if no_prompt else vocabulary_prompt())
    except (AudioError, ModelUnavailable) as exc:
        err.print(f"[red]{file.name}: {exc}[/red]")
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(result))
        return
    for segment in result["segments"]:
        console.print(
            f"[dim]{segment['start']:7.2f}[/dim] [bold]{segment['speaker']:>9}[/bold]  {segment['text']}"
        )
    console.print(f"[dim]{result['duration']:.1f} s of audio, {result['backend']} {result['model']}[/dim]")


@app.command()
def reminders() -> None:
    """Send the reminders that are due now (what the scheduler does every minute)."""
    from core.jobs.periodic import send_reminders

    report = send_reminders(get_engine(), get_settings())
    console.print(f"reminders: {report.sent} sent, {report.failed} failed, {report.skipped} skipped")


@contextmanager
def _refused_plainly() -> Iterator[None]:
    """A service's refusal (no such user or clinic, no right to it) as one line and exit status 1, never
    a traceback."""
    from core.errors import TherascribeError

    try:
        yield
    except TherascribeError as error:
        err.print(f"[red]{error.detail}[/red]")
        raise typer.Exit(1) from None


@app.command()
def alerts(user: Annotated[str, typer.Option(help="the e-mail of the user whose alerts to list")]) -> None:
    """What needs this user today."""
    from core.alerts.service import for_user
    from core.users.service import actor_by_email

    with _refused_plainly(), session_scope() as session:
        found = for_user(session, actor=actor_by_email(session, user, "cli"))
    table = Table("kind", "message", "record", "due", title=f"{len(found)} alerts for {user}")
    for alert in found:
        table.add_row(
            alert.kind,
            alert.message,
            f"{alert.record_type} {alert.record_id}",
            alert.due.isoformat() if alert.due else "",
        )
    console.print(table)


@audit_app.command("verify")
def audit_verify() -> None:
    """Walk the audit log's hash chain and hold it against the signed checkpoints kept outside the
    database; report the first broken link, a rewritten or cut-off log, or a forged checkpoint."""
    from core.audit.anchor import load_anchors
    from core.audit.service import verify

    with session_scope() as session:
        report = verify(session, anchors=load_anchors(get_settings()))
    if report.ok:
        anchored = f", {report.anchored:,} of them checkpointed" if report.anchored else ", no checkpoint yet"
        console.print(f"audit log intact: {report.checked:,} entries checked{anchored}")
        return
    if report.broken_at is None:
        console.print(f"[red]audit log fails its checkpoints: {report.reason}[/red]")
        raise typer.Exit(1)
    console.print(
        f"[red]audit log broken at entry {report.broken_at}: {report.reason}[/red] "
        f"({report.checked:,} entries before it are intact)"
    )
    raise typer.Exit(1)


@audit_app.command("anchor")
def audit_anchor() -> None:
    """Write a signed checkpoint of the audit log outside the database now (the periodic jobs do
    it every THERASCRIBE_AUDIT_ANCHOR_INTERVAL_SECONDS)."""
    from core.audit.anchor import AuditLogContradictsCheckpoint, anchor_file, write_checkpoint

    settings = get_settings()
    try:
        with session_scope() as session:
            checkpoint = write_checkpoint(session, settings)
    except AuditLogContradictsCheckpoint as exc:
        console.print(f"[red]no checkpoint written: {exc}[/red]")
        raise typer.Exit(1) from exc
    if checkpoint is None:
        console.print("the audit log is empty: nothing to checkpoint")
        return
    console.print(f"checkpoint: {checkpoint.count:,} entries, written to {anchor_file(settings)}")


def _actor(session, user: str | None):
    """The user a command acts as: the one named, else the installation itself as owner of every clinic
    (whoever runs the command already holds the database); either way the audit log names it."""
    from sqlmodel import select

    from core.actor import Actor
    from core.clinics.models import Clinic
    from core.users.service import actor_by_email

    if user:
        return actor_by_email(session, user, "cli")
    clinics = session.exec(select(Clinic.id)).all()
    return Actor(
        user_id=0, email="cli@localhost", roles={cid: "owner" for cid in clinics}, client_address="cli"
    )


@app.command()
def kpi(
    start: Annotated[str, typer.Option("--from", help="first day, YYYY-MM-DD")],
    end: Annotated[str, typer.Option("--to", help="last day, YYYY-MM-DD")],
    clinic: Annotated[int | None, typer.Option(help="one clinic's id")] = None,
    payer: Annotated[int | None, typer.Option(help="one payer's id")] = None,
    provider: Annotated[int | None, typer.Option(help="one provider's id")] = None,
    user: Annotated[str | None, typer.Option(help="answer as this user (their clinics only)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the KPIs as JSON")] = False,
) -> None:
    """The practice's KPIs for a date range, each with its formula and target."""
    from datetime import date

    from core.kpis import compute

    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        err.print("[red]dates are YYYY-MM-DD[/red]")
        raise typer.Exit(2) from None
    with _refused_plainly(), session_scope() as session:
        kpis = compute(
            session,
            actor=_actor(session, user),
            start=first,
            end=last,
            clinic_id=clinic,
            payer_id=payer,
            provider_id=provider,
        )
    if as_json:
        print(
            json.dumps(
                {"from": start, "to": end, "kpis": [k.model_dump(mode="json") for k in kpis]}, indent=2
            )
        )
        return
    table = Table("KPI", "value", "target", "formula", title=f"KPIs {start} to {end}")
    for k in kpis:
        value = "no data" if k.value is None else f"{k.value:g} {k.unit}"
        table.add_row(k.name, value, k.target, k.formula)
    console.print(table)


@app.command("import")
def import_(
    source: Annotated[
        Path | None, typer.Argument(help="a folder of CSV exports, or a FHIR R4 Bundle (.json)")
    ] = None,
    mapping: Annotated[
        Path | None, typer.Option(help="your edited copy of the default mapping (JSON)")
    ] = None,
    clinic: Annotated[str | None, typer.Option(help="the clinic to import into, by name")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="check everything, write nothing")] = False,
    sample: Annotated[
        float | None, typer.Option(help="dry-run on this fraction of patients, e.g. 0.15")
    ] = None,
    user: Annotated[str | None, typer.Option(help="import as this user (an owner)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
    describe: Annotated[
        bool,
        typer.Option(
            "--describe",
            help="list each file's fields, required or not, and the mapping's columns; "
            "with the export's folder, the columns it lacks",
        ),
    ] = False,
) -> None:
    """Import a clinic's old system: rows checked, duplicates found, open AR reconciled, all or nothing."""
    import tempfile

    from core.clinics.models import Clinic
    from core.migration.fhir import bundle_to_export
    from core.migration.importer import grouped, run_import
    from core.migration.rows import Mapping

    try:
        rules = Mapping.load(mapping)
    except (OSError, ValueError) as error:
        err.print(f"[red]the mapping file cannot be read: {error}[/red]")
        raise typer.Exit(2) from None
    if describe:
        _describe(rules, as_json, source if source and source.is_dir() else None)
        return
    if source is None:
        err.print("[red]name the folder of the old system's exports (or --describe to see the fields)[/red]")
        raise typer.Exit(2)
    with _refused_plainly(), session_scope() as session, tempfile.TemporaryDirectory() as tmp:
        directory = source
        if source.is_file() and source.suffix == ".json":
            from sqlmodel import select

            zone = session.exec(
                select(Clinic.timezone).where(Clinic.name == (clinic or rules.raw.get("clinic")))
            ).first()
            directory = Path(tmp)
            bundle_to_export(source.read_text(encoding="utf-8"), directory, zone or "America/New_York", rules)
        report = run_import(
            session,
            actor=_actor(session, user),
            directory=directory,
            mapping=rules,
            clinic_name=clinic,
            dry_run=dry_run,
            sample=sample,
        )
    if as_json:
        print(json.dumps(report.as_dict(), indent=2, default=str))
    else:
        new = "would be new" if report.dry_run else "new"
        table = Table("file", "read", "valid", new, "already here", title=f"import into {report.clinic}")
        for kind, c in report.counts.items():
            table.add_row(kind, str(c.read), str(c.valid), str(c.new), str(c.existing))
        console.print(table)
        if report.control_total_cents is not None:
            held_back = report.export_ar_cents - report.open_ar_cents
            console.print(
                f"open AR in the export {report.export_ar_cents / 100:,.2f} against the control total "
                f"{report.control_total_cents / 100:,.2f}: "
                f"{'reconciled' if report.reconciled else 'MISMATCH'}"
                + (f" ({held_back / 100:,.2f} of it on rows not accepted)" if held_back else "")
            )
        elif report.counts["open_ar"].read:
            console.print(
                f"open AR in the export {report.export_ar_cents / 100:,.2f}: NOT reconciled "
                "(no control total was read)"
            )
        _print_groups(grouped(report.errors), "")
        _print_groups(grouped(report.all_warnings()), "warning: ")
        skipped = report.skipped_lines()
        for line in skipped[:TEXT_LINES]:
            err.print(line)
        if len(skipped) > TEXT_LINES:
            err.print(
                f"... and {len(skipped) - TEXT_LINES} more patients' rows skipped: "
                "more in the JSON report (--json)"
            )
        added = sum(c.new for c in report.counts.values())
        if report.committed:
            state = "written" if added else "nothing to write: everything is already here"
        else:
            state = "dry run: nothing written" if report.dry_run else "NOTHING written"
        console.print(f"{counted(report.error_count, 'problem')}; {state}")
    raise typer.Exit(0 if report.error_count == 0 else 1)


TEXT_LINES = 50  # kinds of problem printed as text; the JSON report has every row


def _print_groups(groups: list[dict], prefix: str) -> None:
    for group in groups[:TEXT_LINES]:
        where = (
            f"row {group['rows'][0]}"
            if group["count"] == 1
            else (f"{group['count']:,} rows (first: {', '.join(map(str, group['rows']))})")
        )
        where = "" if group["rows"] == [0] else f" {where}"
        err.print(f"{prefix}{group['file']}{where}: {group['message']}")
    if len(groups) > TEXT_LINES:
        err.print(
            f"... {len(groups) - TEXT_LINES} more kinds of {prefix or 'problem: '}"
            "more in the JSON report (--json)"
        )


def _describe(rules, as_json: bool, folder: Path | None = None) -> None:
    """Each file's fields: required or not, what it takes, and the column the mapping reads it from;
    with the export's folder, whether each file and each column named is there."""
    import textwrap

    from core.migration.rows import FIELDS, KINDS, REQUIRED, read_header

    out, absent, width = [], [], min(console.width, 100)
    for kind in KINDS:
        columns = rules.columns(kind)
        derived, defaults, wide = (
            rules.spec(kind, "derive"),
            rules.spec(kind, "defaults"),
            rules.spec(kind, "wide"),
        )
        path = folder / rules.file(kind) if folder else None
        header = {h.lower() for h in read_header(path)} if path and path.exists() else None
        if path and header is None:
            absent.append(f"{rules.file(kind)} ({kind}) is not in the folder")
        # A field read from the file's columns, and the fields a derived one is computed from.
        read = {
            name: column
            for name, column in columns.items()
            if name not in derived
            and name not in defaults
            and not (wide and name in ("payer", "amount"))
            and (name in FIELDS[kind] or any(name in formula for formula in derived.values()))
        }
        lacking = {}
        if header is not None:
            lacking = {
                name: [
                    c for c in ([column] if isinstance(column, str) else column) if c.lower() not in header
                ]
                for name, column in read.items()
            }
            lacking = {name: cols for name, cols in lacking.items() if cols}
            lacking.update({"wide": [c for c in wide if c.lower() not in header]} if wide else {})
            for name, cols in lacking.items():
                if cols and (name in REQUIRED[kind] or name == "wide" or name not in FIELDS[kind]):
                    absent.append(
                        f"{rules.file(kind)} has no column {', '.join(map(repr, cols))} (for {name}): "
                        "the import will refuse the file"
                    )
                elif cols:
                    absent.append(
                        f"{rules.file(kind)} has no column {', '.join(map(repr, cols))} (for {name}, "
                        "optional): read as empty"
                    )
        for name, what in FIELDS[kind].items():
            column = columns.get(name, "")
            source = column if isinstance(column, str) else " + ".join(column)
            if name in derived:
                source = f"derived: {derived[name]}"
            elif wide and name in ("payer", "amount"):
                source = "wide: " + ", ".join(wide)
            elif name in defaults:
                source = f"{source} (else {defaults[name]})"
            row = {
                "file": rules.file(kind),
                "field": name,
                "required": name in REQUIRED[kind],
                "column": source,
                "takes": what,
            }
            if header is not None:
                # Whether its columns are in the file; None where it is derived or has a default.
                row["in_file"] = name not in lacking if name in read else None
                if wide and name in ("payer", "amount"):
                    row["in_file"] = not lacking.get("wide")
            out.append(row)
    if as_json:
        print(json.dumps(out, indent=2))
        return
    # One block per file, a field to a line and what it takes under it: a table of five columns
    # wrapped every cell at 80 columns into a page of fragments.
    print(f"mapping: {rules.path}")
    for kind in KINDS:
        print(f"\n{kind}: {rules.file(kind)}")
        for row in (r for r in out if r["file"] == rules.file(kind)):
            source = row["column"] or "(not mapped)"
            flag = (
                ""
                if row.get("in_file") is not False
                else ("  NOT IN THE FILE" if row["required"] else "  (not in the file: empty)")
            )
            line = f"{row['field']}{' (required)' if row['required'] else ''} <- {source}{flag}"
            print(textwrap.fill(line, width, initial_indent="  ", subsequent_indent=" " * 6))
            print(textwrap.fill(row["takes"], width, initial_indent=" " * 6, subsequent_indent=" " * 6))
    name, keys = rules.control_totals()
    print()
    print(
        textwrap.fill(
            f"{name}: "
            + ", ".join(f"{ours} (key {theirs!r})" for ours, theirs in keys.items())
            + "; open_ar_total is required when there is open AR, the counts are checked when given. "
            'The file is a JSON object ({"Total AR": "1234.56", ...}) or a CSV of two columns, key '
            "and value",
            width,
        )
    )
    if folder:
        print()
        for line in absent or [f"every file and column the mapping names is in {folder}"]:
            print(textwrap.fill(line, width, subsequent_indent="  "))


@app.command("export-fhir")
def export_fhir(
    out: Annotated[Path, typer.Argument(help="the Bundle file to write (.json)")],
    clinic: Annotated[int, typer.Option(help="the clinic's id")] = 1,
    user: Annotated[str | None, typer.Option(help="export as this user")] = None,
) -> None:
    """Write the clinic's patients, coverage, appointments and signed notes as a FHIR R4 Bundle."""
    from core.migration.fhir import export_bundle

    with _refused_plainly(), session_scope() as session:
        bundle = export_bundle(session, actor=_actor(session, user), clinic_id=clinic)
    out.write_text(json.dumps(bundle))
    console.print(f"{len(bundle.get('entry', []))} resources written")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="what to ask, in plain words")],
    user: Annotated[str, typer.Option(help="ask as this demo user (their role and clinics apply)")],
    conversation: Annotated[int | None, typer.Option(help="continue this conversation")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="print {answer, citations, proposal} as JSON")
    ] = False,
) -> None:
    """Ask the front desk's assistant, offline by default (a chat model when settings name one)."""
    from assistant.service import ask as ask_assistant
    from core.users.service import actor_by_email

    with _refused_plainly(), session_scope() as session:
        result = ask_assistant(
            session,
            actor=actor_by_email(session, user, "cli"),
            text=question,
            conversation_id=conversation,
            settings=get_settings(),
        )
    if as_json:
        print(
            json.dumps(
                {k: result[k] for k in ("answer", "citations", "proposal", "conversation_id")}, default=str
            )
        )
        return
    console.print(result["answer"])
    if result["proposal"]:
        console.print(
            f"[dim]confirm with: therascribe ask yes --user {user} "
            f"--conversation {result['conversation_id']}[/dim]"
        )


if __name__ == "__main__":
    app()
