"""A real clinic's first day, without the demo: its clinics, first owner, providers, payers (from a
profile of a common kind, each rule editable) with fee schedules, and appointment types, from one
description (a YAML or JSON file, or the command line's flags, `therascribe init`).

Every field is checked before anything is written, and every problem is named by its place in the
description ("providers[1].npi"); then all of it is written in one transaction, or none. A record
already here is matched (clinics, payers and users by name or e-mail, providers by NPI or name,
appointment types by name) and kept, or brought in line with the description: running the same
description twice adds nothing and says so.
"""

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)
from sqlmodel import Session, select

from core.actor import Actor
from core.audit.service import Event, record
from core.clinics.models import Clinic, ClinicPolicy
from core.clinics.service import CadenceStep
from core.db import committed
from core.enums import Credential, Role
from core.errors import Forbidden, Invalid
from core.identifiers import npi_valid
from core.payers.fees import FeeEntry, fee_entry, fee_schedule_matches, parse_fee_csv, save_fee_schedule
from core.payers.models import Payer
from core.payers.profiles import PROFILES, payer_settings
from core.payers.scope import may_change_shared
from core.payers.service import ensure_payer
from core.permissions import Action
from core.providers.models import Provider
from core.providers.rules import WEEKDAYS
from core.providers.service import ensure_provider
from core.scheduling.types import default_types, ensure_appointment_type
from core.upsert import upsert
from core.users.manage import MIN_PASSWORD
from core.users.models import Membership, User
from core.users.service import create_user

_TAX_ID = re.compile(r"^\d{2}-?\d{7}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def minute_of_day(value: str) -> int:
    """Minutes from midnight of a time of day written like 08:00."""
    match = _CLOCK.match(value.strip())
    if not match:
        raise ValueError("is a time of day like 08:00")
    return int(match[1]) * 60 + int(match[2])


def _a(credential: str) -> str:
    """'a PTA', 'an OTA', 'an SLPA': the article as the letters are said."""
    return f"{'an' if credential[0] in 'AEFHILMNORSX' else 'a'} {credential}"


def supervision_problem(assistant: Credential, supervisor: Credential) -> str | None:
    """Why a provider with the second credential may not supervise one with the first, or None: an
    assistant works under a therapist of their own discipline (a PTA under a PT, not an OT or a PTA)."""
    if supervisor.is_assistant or supervisor.discipline != assistant.discipline:
        return (
            f"{_a(assistant.value)} is supervised by {_a(assistant.discipline.value)} therapist, "
            f"not {_a(supervisor.value)}"
        )
    return None


def field_problems(error: ValidationError, whole: str = "") -> dict[str, str]:
    """A form's problems by the field's place ('capacity', 'hours.start'), in plain words; a problem of
    the whole form (two fields that disagree) goes to the field `whole` names."""
    problems: dict[str, str] = {}
    for item in error.errors():
        loc = [str(p) for p in item["loc"] if not str(p).startswith("function-")]
        key = ".".join(loc) if loc else whole
        problems.setdefault(key, plain(item["type"], item.get("ctx") or {}, item["msg"]))
    return problems


Spec = TypeVar("Spec", bound=BaseModel)


def _as_named(place: str, message: str) -> tuple[str, str]:
    return place, message


def checked_form(
    spec: type[Spec],
    data: dict[str, Any],
    problems: dict[str, str],
    *,
    whole: str = "",
    on_form: Callable[[str, str], tuple[str, str]] = _as_named,
) -> Spec | None:
    """A manager's form read as the description `spec` (a provider, a payer, a type), or None with each
    of its problems added to `problems` by field (a field named there already keeps its problem);
    `on_form` gives the form's field and words for a place of the description that the form names
    otherwise."""
    try:
        return spec.model_validate(data)
    except ValidationError as error:
        for place, message in field_problems(error, whole=whole).items():
            problems.setdefault(*on_form(place, message))
        return None


def plain(kind: str, ctx: dict[str, Any], message: str) -> str:
    """A field's problem as a sentence after its label ('NPI is ...'), from pydantic's error kind."""
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1):
        return "is needed"
    # a blank choice ('' in a Literal, a field left unset) is no choice to name
    choices = str(ctx.get("expected", "")).replace("'', ", "").replace("'", "")
    words = {
        "string_too_short": f"is at least {ctx.get('min_length')} characters",
        "string_too_long": f"is at most {ctx.get('max_length')} characters",
        "int_parsing": "is a whole number",
        "int_type": "is a whole number",
        "bool_parsing": "is yes or no",
        "bool_type": "is yes or no",
        "greater_than_equal": f"is {ctx.get('ge')} or more",
        "greater_than": f"is more than {ctx.get('gt')}",
        "less_than_equal": f"is at most {ctx.get('le')}",
        "literal_error": f"is one of {choices}",
        "enum": f"is one of {ctx.get('expected', '').replace(chr(39), '')}",
        "date_from_datetime_parsing": "is a date like 2026-01-01",
        "date_parsing": "is a date like 2026-01-01",
        "string_pattern_mismatch": _PATTERN_WORDS.get(
            str(ctx.get("pattern", "")), "is not written as this field takes it"
        ),
    }
    return words.get(kind, message.removeprefix("Value error, "))


# A field's pattern said as a person writes it, never the pattern itself ("String should match pattern
# '^([A-Z]{2})?$'" was the intake form's refusal of a state written 'ny', #20).
_PATTERN_WORDS = {
    r"^([A-Z]{2})?$": "is two capital letters, like NY",
    r"^(\d{5}(-\d{4})?)?$": "is five digits, or five and four like 12345-6789",
    r"^[0-9+()\-. ]*$": "is digits, spaces and + ( ) - . only",
    r"^(\d{10})?$": "is ten digits",
    r"^[0-9A-Z]{5}$": "is five digits or capital letters",
    r"^[MFXU]$": "is one of the choices given",
    r"^(PT|OT|SLP)$": "is one of PT, OT or SLP",
    r"^(short|long)$": "is one of short or long",
    r"^(self|spouse|child|other)$": "is one of self, spouse, child or other",
    r"^(patient|clinic)$": "is one of patient or clinic",
}


def _check_npi(value: str | None) -> str | None:
    if value and not npi_valid(value):
        raise ValueError("is not a valid NPI (ten digits, the last a check digit)")
    return value or None


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ClinicSpec(_Spec):
    name: Annotated[str, Field(min_length=1, max_length=120)]
    timezone: str = "America/New_York"
    address: Annotated[str, Field(max_length=200)] = ""
    phone: Annotated[str, Field(max_length=20)] = ""
    npi: str | None = None
    tax_id: str | None = None
    reminders: Annotated[list[CadenceStep], Field(max_length=5)] | None = None

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("is not a time zone name like America/Chicago") from None
        return value

    _npi = field_validator("npi")(_check_npi)

    @field_validator("tax_id")
    @classmethod
    def _tax(cls, value: str | None) -> str | None:
        if value and not _TAX_ID.match(value):
            raise ValueError("is not a tax id (EIN) like 12-3456789")
        return value or None


class OwnerSpec(_Spec):
    email: str
    full_name: Annotated[str, Field(min_length=1, max_length=120)]

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if not _EMAIL.match(value):
            raise ValueError("is not an e-mail address like name@clinic.org")
        return value.lower()


class HoursSpec(_Spec):
    days: list[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]] = ["mon", "tue", "wed", "thu", "fri"]
    start: str = "08:00"
    end: str = "17:00"

    @field_validator("start", "end")
    @classmethod
    def _time(cls, value: str) -> str:
        minute_of_day(value)
        return value

    @model_validator(mode="after")
    def _order(self) -> "HoursSpec":
        if minute_of_day(self.end) <= minute_of_day(self.start):
            raise ValueError("end is not after start")
        return self

    def weekly(self) -> list[tuple[int, int, int]]:
        """The hours as the schedule stores them: (weekday, Monday 0; start minute; end minute) a day."""
        start, end = minute_of_day(self.start), minute_of_day(self.end)
        return [(WEEKDAYS.index(day), start, end) for day in self.days]


class ProviderSpec(_Spec):
    name: Annotated[str, Field(min_length=1, max_length=110)]
    credential: Credential
    discipline: Literal["PT", "OT", "SLP"] | None = None
    clinic: str | None = None
    npi: str | None = None
    taxonomy: str | None = None
    supervisor: str | None = None
    email: str | None = None
    capacity: Annotated[int, Field(ge=1, le=20)] = 1
    hours: HoursSpec = HoursSpec()

    _npi = field_validator("npi")(_check_npi)

    @field_validator("taxonomy")
    @classmethod
    def _taxonomy(cls, value: str | None) -> str | None:
        if value and not re.fullmatch(r"\d{3}[0-9A-Z]{6}X", value):
            raise ValueError("is not a provider taxonomy code like 225100000X")
        return value or None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value and not _EMAIL.match(value):
            raise ValueError("is not an e-mail address like name@clinic.org")
        return value.lower() if value else None

    @model_validator(mode="after")
    def _discipline(self) -> "ProviderSpec":
        if self.discipline and self.discipline != self.credential.discipline.value:
            raise ValueError(f"a {self.credential.value} is a {self.credential.discipline.value} provider")
        if self.credential.is_assistant and not self.supervisor:
            raise ValueError(f"{_a(self.credential.value)} needs a supervisor (a therapist's name or NPI)")
        return self


class FeeScheduleSpec(_Spec):
    effective_from: date
    name: Annotated[str, Field(max_length=120)] = ""
    fees: dict[str, str | float | int] | None = None
    file: str | None = None

    @model_validator(mode="after")
    def _one_source(self) -> "FeeScheduleSpec":
        if (self.fees is None) == (self.file is None):
            raise ValueError("give the fees either as 'fees' (code: amount) or as a CSV 'file', not both")
        return self


# A payer's rules that count days or visits: zero or fewer would make every claim late or every visit due.
COUNTED_RULES = ("timely_filing_days", "progress_report_visits", "max_certification_days")


class PayerSpec(_Spec):
    name: Annotated[str, Field(min_length=1, max_length=120)]
    profile: Literal["medicare", "medicaid", "commercial"]
    electronic_payer_id: Annotated[str, Field(max_length=20)] = ""
    rules: dict[str, Any] = {}
    fee_schedule: FeeScheduleSpec | None = None

    @model_validator(mode="after")
    def _rules(self) -> "PayerSpec":
        try:
            merged = payer_settings(self.profile, self.rules)
            validated = Payer.model_validate({"name": self.name, **merged})
        except ValueError as exc:
            raise ValueError(f"rules: {exc}") from None
        for rule in COUNTED_RULES:
            if getattr(validated, rule) < 1:
                raise ValueError(f"rules: {rule} is 1 or more")
        if merged["unit_rule"] not in ("cms", "per-code"):
            raise ValueError("rules: unit_rule is cms or per-code")
        if merged["authorization_overrun"] not in ("warn", "refuse"):
            raise ValueError("rules: authorization_overrun is warn or refuse")
        return self


class TypeSpec(_Spec):
    name: Annotated[str, Field(min_length=1, max_length=80)]
    discipline: Literal["PT", "OT", "SLP"]
    kind: Literal["evaluation", "follow-up", "re-evaluation", "progress", "group"]
    minutes: Annotated[int, Field(ge=5, le=480)]
    clinic: str | None = None
    group_capacity: Annotated[int, Field(ge=2, le=30)] | None = None

    @model_validator(mode="after")
    def _group(self) -> "TypeSpec":
        if self.kind == "group" and self.group_capacity is None:
            raise ValueError("a group type says how many patients it holds at once (group_capacity)")
        return self


class SetupSpec(_Spec):
    clinics: Annotated[list[ClinicSpec], Field(min_length=1)]
    owner: OwnerSpec | None = None
    providers: list[ProviderSpec] = []
    payers: list[PayerSpec] = []
    # None: each clinic gets the default types of the disciplines its providers practise.
    appointment_types: list[TypeSpec] | None = None
    # A list read from a CSV file: {"providers": ("providers.csv", [spreadsheet row of each item])}.
    _origins: dict[str, tuple[str, list[int]]] = PrivateAttr(default_factory=dict)

    def named(self, problem: str) -> str:
        """A problem's place as the clinic wrote it: 'providers.csv row 3: npi ...', not providers[1]."""
        return _named(problem, self._origins)


LISTS = ("providers", "payers", "appointment_types")
_PLACE = re.compile(r"^(providers|payers|appointment_types)\[(\d+)\]\.?")


def _named(problem: str, origins: dict[str, tuple[str, list[int]]]) -> str:
    match = _PLACE.match(problem)
    if not match or match[1] not in origins:
        return problem
    file, rows = origins[match[1]]
    rest = problem[match.end() :]
    return f"{file} row {rows[int(match[2])]}{': ' if not rest.startswith(':') else ''}{rest}"


def _cell(value: str) -> object:
    """A CSV cell as YAML would read it (true/false, whole numbers), so a rule column means the same
    in either file."""
    lowered = value.strip().lower()
    if lowered in ("true", "yes", "false", "no"):
        return lowered in ("true", "yes")
    return int(lowered) if lowered.isdigit() else value.strip()


def _csv_list(path: Path, key: str) -> tuple[list[dict], list[int]]:
    """A list of the setup from a CSV file with one column per field (empty cells keep the default).
    A payer's rule columns (unit_rule, timely_filing_days ...) go into its rules."""
    import csv
    import io

    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        raise Invalid(f"{key}: {path.name} cannot be read") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    items, rows = [], []
    for number, row in enumerate(csv.DictReader(io.StringIO(text), dialect=dialect), start=2):
        item: dict = {
            k.strip().lower(): v.strip() for k, v in row.items() if k and v is not None and v.strip()
        }
        if not item:
            continue
        if key == "payers":
            rules = {k: _cell(item.pop(k)) for k in list(item) if k in PROFILES["commercial"]}
            if rules:
                item["rules"] = rules
        items.append(item)
        rows.append(number)
    return items, rows


@dataclass
class SetupResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    # New log-ins with the password to hand over once (the owner's was given, so it is not repeated).
    logins: list[dict[str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "kept": self.kept,
            "logins": self.logins,
            "changed": self.changed,
        }


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_spec(data: object, base: Path = Path(".")) -> SetupSpec:
    """The description checked field by field; Invalid lists every problem by where it is. Providers,
    payers and appointment types may each be a CSV file's name instead of a list (read from `base`,
    the setup file's folder), and a problem in one is named by the file's row."""
    origins: dict[str, tuple[str, list[int]]] = {}
    if isinstance(data, dict):
        data = dict(data)
        for key in LISTS:
            if isinstance(data.get(key), str):
                name = data[key]
                data[key], rows = _csv_list(base / name, key)
                origins[key] = (Path(name).name, rows)
    try:
        spec = SetupSpec.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            where = _where(tuple(p for p in item["loc"] if not str(p).startswith("function-")))
            message = item["msg"].removeprefix("Value error, ")
            problems.append(_named(f"{where}: {message}" if where else message, origins))
        raise Invalid(
            f"{len(problems)} problems in the setup; nothing was written", problems=problems
        ) from None
    spec._origins = origins
    return spec


def _fees(spec: FeeScheduleSpec, base: Path, where: str, problems: list[str]) -> list[FeeEntry]:
    if spec.file is not None:
        path = base / spec.file
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError:
            problems.append(f"{where}.file: {spec.file} cannot be read")
            return []
        entries, errors = parse_fee_csv(text)
        problems.extend(f"{where}.file: {spec.file} row {e.row} {e.column}: {e.message}" for e in errors)
        return entries
    entries = []
    for key, amount in (spec.fees or {}).items():
        try:
            entries.append(fee_entry(str(key), amount))
        except ValueError as exc:
            problems.append(f"{where}.fees.{key}: {exc}")
    return entries


class _Plan:
    """The description resolved against what the database already holds, before any write."""

    def __init__(self, session: Session, spec: SetupSpec, base: Path) -> None:
        self.problems: list[str] = []
        names = [c.name.lower() for c in spec.clinics]
        for i, name in enumerate(names):
            if name in names[:i]:
                self.problems.append(
                    f"clinics[{i}].name: names the same clinic as clinics[{names.index(name)}]"
                )
        self.clinic_of: list[str] = []
        for i, p in enumerate(spec.providers):
            self.clinic_of.append(self._clinic(spec, p.clinic, f"providers[{i}].clinic"))
        self.type_clinic = [
            self._clinic(spec, t.clinic, f"appointment_types[{i}].clinic")
            for i, t in enumerate(spec.appointment_types or [])
        ]
        keys = [(self.clinic_of[i], p.npi or p.name.lower()) for i, p in enumerate(spec.providers)]
        for i, key in enumerate(keys):
            if key in keys[:i]:
                self.problems.append(f"providers[{i}]: the same provider as providers[{keys.index(key)}]")
        self.supervisor: dict[int, int | str] = {}  # provider index -> index in the file, or existing name
        for i, p in enumerate(spec.providers):
            if p.supervisor:
                self._supervisor(session, spec, i, p)
        emails = [p.email for p in spec.providers if p.email]
        for i, p in enumerate(spec.providers):
            if p.email and (emails.count(p.email) > 1 or (spec.owner and p.email == spec.owner.email)):
                self.problems.append(f"providers[{i}].email: is given to someone else in the setup too")
        payer_names = [p.name.lower() for p in spec.payers]
        self.fees: dict[int, list[FeeEntry]] = {}
        for i, payer in enumerate(spec.payers):
            if payer.name.lower() in payer_names[:i]:
                self.problems.append(
                    f"payers[{i}].name: the same payer as payers[{payer_names.index(payer.name.lower())}]"
                )
            if payer.fee_schedule:
                self.fees[i] = _fees(payer.fee_schedule, base, f"payers[{i}].fee_schedule", self.problems)
        type_keys = [
            (self.type_clinic[i], t.name.lower()) for i, t in enumerate(spec.appointment_types or [])
        ]
        for i, key in enumerate(type_keys):
            if key in type_keys[:i]:
                self.problems.append(
                    f"appointment_types[{i}].name: the same type as appointment_types[{type_keys.index(key)}]"
                )

    def _clinic(self, spec: SetupSpec, name: str | None, where: str) -> str:
        if name is None:
            if len(spec.clinics) > 1:
                self.problems.append(f"{where}: name the clinic (the setup has {len(spec.clinics)})")
            return spec.clinics[0].name
        found = next((c.name for c in spec.clinics if c.name.lower() == name.lower()), None)
        if found is None:
            self.problems.append(f"{where}: names no clinic of the setup")
            return name
        return found

    def _supervisor(self, session: Session, spec: SetupSpec, i: int, p: ProviderSpec) -> None:
        wanted = (p.supervisor or "").lower()
        for j, other in enumerate(spec.providers):
            if (
                j != i
                and wanted in (other.name.lower(), other.npi or "")
                and self.clinic_of[j] == self.clinic_of[i]
            ):
                problem = supervision_problem(p.credential, other.credential)
                if problem:
                    self.problems.append(f"providers[{i}].supervisor: {problem}")
                self.supervisor[i] = j
                return
        self.problems.append(f"providers[{i}].supervisor: names no therapist of the same clinic in the setup")


def apply_setup(
    session: Session,
    *,
    actor: Actor,
    spec: SetupSpec,
    base: Path = Path("."),
    owner_password: str | None = None,
) -> SetupResult:
    """Write the description (all of it, or nothing when any field is wrong) and say what was created,
    brought in line or already here.

    Who may: the installation itself (the command line, user id 0: whoever runs it holds the
    database), or a user who owns every clinic there is, since payers serve every clinic."""
    existing = [c for c in session.exec(select(Clinic.id)).all() if c is not None]
    if actor.user_id != 0 and not may_change_shared(actor.roles, Action.settings_manage, existing):
        raise Forbidden("only an owner of every clinic may set clinics up")
    plan = _Plan(session, spec, base)
    owner = None
    if spec.owner is not None:
        owner = session.exec(select(User).where(User.email == spec.owner.email)).first()
        if owner is None and (owner_password is None or len(owner_password) < MIN_PASSWORD):
            plan.problems.append(
                f"owner.password: the first owner needs a password of at least {MIN_PASSWORD} characters "
                "(--owner-password, or THERASCRIBE_OWNER_PASSWORD)"
            )
    if plan.problems:
        raise Invalid(
            f"{len(plan.problems)} problems in the setup; nothing was written",
            problems=[spec.named(p) for p in plan.problems],
        )
    result = SetupResult()
    events: list[Event] = []

    def note(
        kind: str, what: str, clinic_id: int | None, record_id: int | str, changed: list[str] | None
    ) -> None:
        if changed is None:
            result.created.append(what)
            events.append(Event("setup.create", clinic_id=clinic_id, record_type=kind, record_id=record_id))
        elif changed:
            result.updated.append(f"{what} ({', '.join(changed)})")
            events.append(
                Event(
                    "setup.update",
                    clinic_id=clinic_id,
                    record_type=kind,
                    record_id=record_id,
                    detail=", ".join(changed),
                )
            )
        else:
            result.kept.append(what)

    with committed(session):
        clinics: dict[str, Clinic] = {}
        for c in spec.clinics:
            values = {
                "timezone": c.timezone,
                "address": c.address,
                "phone": c.phone,
                "npi": c.npi,
                "tax_id": c.tax_id,
            }
            found = session.exec(select(Clinic).where(Clinic.name == c.name)).first()
            clinic, changed = upsert(session, found, partial(Clinic, name=c.name), values)
            policy = session.get(ClinicPolicy, clinic.id)
            if policy is None:
                policy = ClinicPolicy(clinic_id=clinic.id or 0)
                if c.reminders is not None:
                    policy.reminder_cadence = [s.model_dump() for s in c.reminders]
                session.add(policy)
            elif c.reminders is not None and policy.reminder_cadence != [s.model_dump() for s in c.reminders]:
                policy.reminder_cadence = [s.model_dump() for s in c.reminders]
                session.add(policy)
                changed = [*(changed or []), "reminders"]
            clinics[c.name] = clinic
            note("clinic", f"clinic {c.name}", clinic.id, clinic.id or 0, changed)
        clinic_ids = [c.id or 0 for c in clinics.values()]

        if spec.owner is not None:
            user = owner
            if user is None:
                user = create_user(
                    session,
                    email=spec.owner.email,
                    full_name=spec.owner.full_name,
                    password=owner_password or "",
                    roles={cid: Role.owner for cid in clinic_ids},
                )
                note("user", f"owner {user.email}", clinic_ids[0], user.id or 0, None)
            else:
                added = _memberships(session, user.id or 0, clinic_ids, Role.owner)
                note("user", f"owner {user.email}", clinic_ids[0], user.id or 0, ["clinics"] if added else [])

        providers: dict[int, Provider] = {}
        for i, p in enumerate(spec.providers):
            clinic = clinics[plan.clinic_of[i]]
            provider, changed = ensure_provider(
                session, clinic_id=clinic.id or 0, spec=p, hours=p.hours.weekly()
            )
            providers[i] = provider
            if p.email and provider.user_id is None:
                user = session.exec(select(User).where(User.email == p.email)).first()
                role = Role.assistant if p.credential.is_assistant else Role.therapist
                if user is None:
                    password = secrets.token_urlsafe(12)
                    user = create_user(
                        session,
                        email=p.email,
                        full_name=p.name,
                        password=password,
                        roles={clinic.id or 0: role},
                    )
                    result.logins.append(
                        {"email": p.email, "role": role.value, "clinic": clinic.name, "password": password}
                    )
                else:
                    _memberships(session, user.id or 0, [clinic.id or 0], role)
                provider.user_id = user.id
                session.add(provider)
                changed = changed if changed is None else [*changed, "log-in"]
            note("provider", f"provider {p.name} ({clinic.name})", clinic.id, provider.id or 0, changed)
        for i, j in plan.supervisor.items():
            provider, boss = providers[i], providers[int(j)]
            if provider.supervising_provider_id != boss.id:
                provider.supervising_provider_id = boss.id
                session.add(provider)
        session.flush()

        for i, payer_spec in enumerate(spec.payers):
            payer, changed = ensure_payer(
                session,
                name=payer_spec.name,
                profile=payer_spec.profile,
                rules=payer_spec.rules,
                electronic_payer_id=payer_spec.electronic_payer_id,
            )
            note("payer", f"payer {payer.name} ({payer_spec.profile})", None, payer.id or 0, changed)
            schedule = payer_spec.fee_schedule
            if schedule is not None:
                entries = plan.fees[i]
                effective = schedule.effective_from
                what = f"fee schedule {payer.name} from {effective.isoformat()} ({len(entries)} codes)"
                if fee_schedule_matches(
                    session, payer_id=payer.id or 0, effective_from=effective, entries=entries
                ):
                    result.kept.append(what)
                else:
                    saved = save_fee_schedule(
                        session,
                        payer_id=payer.id or 0,
                        name=schedule.name or f"{payer.name} {effective.year}",
                        effective_from=effective,
                        entries=entries,
                    )
                    note("fee_schedule", what, None, saved.id or 0, None)

        wanted: list[tuple[str, TypeSpec]] = []
        if spec.appointment_types is not None:
            wanted = list(zip(plan.type_clinic, spec.appointment_types, strict=True))
        else:
            for name in clinics:
                disciplines = sorted(
                    {
                        p.credential.discipline.value
                        for i, p in enumerate(spec.providers)
                        if plan.clinic_of[i] == name
                    }
                ) or ["PT", "OT", "SLP"]
                for discipline in disciplines:
                    for type_name, kind_name, minutes in default_types(discipline):
                        usual = {
                            "name": type_name,
                            "discipline": discipline,
                            "kind": kind_name,
                            "minutes": minutes,
                        }
                        wanted.append((name, TypeSpec.model_validate(usual)))
        for clinic_name, t in wanted:
            clinic = clinics[clinic_name]
            made, changed = ensure_appointment_type(
                session,
                clinic_id=clinic.id or 0,
                name=t.name,
                discipline=t.discipline,
                kind=t.kind,
                minutes=t.minutes,
                group_capacity=t.group_capacity,
            )
            note(
                "appointment_type",
                f"appointment type {t.name} ({clinic.name})",
                clinic.id,
                made.id or 0,
                changed,
            )
        record(session, actor, events)
    return result


def _memberships(session: Session, user_id: int, clinic_ids: list[int], role: Role) -> bool:
    """Give the user the role in each clinic where they have none yet (a role they hold is kept)."""
    have = set(session.exec(select(Membership.clinic_id).where(Membership.user_id == user_id)).all())
    added = False
    for cid in clinic_ids:
        if cid not in have:
            session.add(Membership(user_id=user_id, clinic_id=cid, role=role.value))
            added = True
    session.flush()
    return added


def load_spec_file(path: Path) -> object:
    """A setup description from YAML or JSON (JSON is YAML too, so one reader takes both)."""
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise Invalid(f"{path.name} cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise Invalid(f"{path.name} is not YAML or JSON{where}") from None


PROFILE_NAMES = tuple(PROFILES)
