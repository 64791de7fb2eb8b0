"""A made-up old system's CSV export, as a clinic switching to Therascribe would bring: patients,
insurance, authorizations with visits left, open AR with its control total, 12-24 months of appointment
history, and fee schedules. Written row by row so a 500,000-appointment export needs no memory.

Used by the migration tests (a few dozen patients) and `make bench` (50,000 patients)."""

import csv
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

FIRST = ("Maria", "John", "Aisha", "Wei", "Carlos", "Emma", "Noah", "Olivia", "Liam", "Sofia", "Mateo", "Ava")
LAST = (
    "Lopez",
    "Smith",
    "Khan",
    "Chen",
    "Garcia",
    "Brown",
    "Nguyen",
    "Patel",
    "Kim",
    "Rossi",
    "Okafor",
    "Silva",
)
PAYERS = ("Medicare Part B", "BCBS", "Aetna Choice")  # "BCBS" is the old system's name for Blue Cross PPO
STATUSES = ("Completed", "Completed", "Completed", "Completed", "No Show", "Canceled")


def write_export(
    directory: Path,
    *,
    patients: int,
    appointments: int,
    providers: list[str],
    types: list[str],
    seed: int = 11,
    today: date = date(2026, 11, 24),
) -> dict[str, int]:
    """Write the export; returns the counts and the open AR control total in cents."""
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    ar_total = 0
    with (directory / "patients.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            [
                "patient_id",
                "first_name",
                "last_name",
                "dob",
                "sex",
                "phone",
                "email",
                "address",
                "city",
                "state",
                "zip",
            ]
        )
        for n in range(patients):
            born = date(1940, 1, 1) + timedelta(days=n * 7919 % 25000)  # distinct enough: no false duplicates
            out.writerow(
                [
                    f"L{n:06d}",
                    FIRST[n % len(FIRST)],
                    f"{LAST[n // len(FIRST) % len(LAST)]}{n}",
                    born.strftime("%m/%d/%Y"),
                    "F" if n % 2 else "M",
                    f"217-555-{n % 10000:04d}",
                    "",
                    f"{n % 900 + 1} Oak St",
                    "Springfield",
                    "IL",
                    "62701",
                ]
            )
    with (directory / "insurance.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            [
                "patient_id",
                "payer",
                "member_id",
                "group_number",
                "priority",
                "subscriber",
                "relationship",
                "effective_from",
                "effective_to",
                "copay",
                "coinsurance",
            ]
        )
        for n in range(patients):
            out.writerow(
                [
                    f"L{n:06d}",
                    PAYERS[n % 3],
                    f"M{n:09d}",
                    "",
                    1,
                    "",
                    "self",
                    "01/01/2025",
                    "",
                    "25.00" if n % 3 else "0",
                    "20" if n % 3 == 0 else "0",
                ]
            )
    with (directory / "authorizations.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            [
                "auth_id",
                "patient_id",
                "payer",
                "discipline",
                "auth_number",
                "start_date",
                "end_date",
                "visits_approved",
                "visits_left",
            ]
        )
        for n in range(1, patients, 3):
            out.writerow(
                [
                    f"A{n:06d}",
                    f"L{n:06d}",
                    "BCBS",
                    "PT",
                    f"AUTH{n}",
                    "10/01/2026",
                    "12/31/2026",
                    12,
                    rng.randint(0, 12),
                ]
            )
    with (directory / "open_ar.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["item_id", "patient_id", "payer", "service_date", "balance", "description"])
        for n in range(0, patients, 4):
            cents = rng.randint(1000, 40000)
            ar_total += cents
            out.writerow(
                [
                    f"AR{n:06d}",
                    f"L{n:06d}",
                    "" if n % 8 else PAYERS[n % 3],
                    "10/15/2026",
                    f"{cents // 100}.{cents % 100:02d}",
                    "balance forward",
                ]
            )
    (directory / "control_totals.json").write_text(json.dumps({"open_ar_total": f"{ar_total / 100:.2f}"}))
    with (directory / "appointments.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["appointment_id", "patient_id", "provider", "type", "start", "duration", "status"])
        start = datetime.combine(today - timedelta(days=540), datetime.min.time())
        for n in range(appointments):
            when = start + timedelta(days=n * 540 // max(appointments, 1), hours=8 + n % 9)
            status = "Scheduled" if when.date() >= today else STATUSES[n % len(STATUSES)]
            out.writerow(
                [
                    f"V{n:07d}",
                    f"L{n % patients:06d}",
                    providers[n % len(providers)],
                    types[n % len(types)],
                    when.strftime("%Y-%m-%d %H:%M"),
                    45,
                    status,
                ]
            )
    with (directory / "fee_schedules.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["payer", "schedule", "effective_from", "cpt", "modifier", "amount"])
        for code, amount in (("97110", "31.50"), ("97140", "29.13"), ("97112", "33.40"), ("97161", "101.10")):
            out.writerow(["BCBS", "BCBS 2027", "01/01/2027", code, "", amount])
    return {"patients": patients, "appointments": appointments, "open_ar_cents": ar_total}


OTHER_PAYER_COLUMNS = {"Medicare Part B": "Medicare", "BCBS": "BCBS PPO", "Aetna Choice": "Aetna"}


def write_other_system_export(directory: Path, **kwargs) -> dict[str, int]:
    """The same export as another system writes it, the way real ones differ from our default mapping:
    the date and the time of a visit in two columns (12-hour clock), insurance priority as 'Primary',
    authorizations with visits used (not left), a wide fee schedule (one amount column per payer), and
    control totals under the system's own keys with the counts of patients, visits and authorizations.
    The mapping for it is README's example (tests/test_first_day.py holds it)."""
    totals = write_export(directory, **kwargs)

    def rewrite(name: str, header: list[str], row) -> int:
        path = directory / name
        with path.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
        with path.open("w", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(header)
            out.writerows(row(r) for r in rows)
        return len(rows)

    def visit(r: dict) -> list:
        when = datetime.strptime(r["start"], "%Y-%m-%d %H:%M")
        return [
            r["appointment_id"],
            r["patient_id"],
            r["provider"],
            r["type"],
            when.strftime("%m/%d/%Y"),
            when.strftime("%I:%M %p"),
            r["duration"],
            r["status"],
        ]

    appointments = rewrite(
        "appointments.csv",
        [
            "Visit ID",
            "Chart #",
            "Therapist",
            "Visit Type",
            "Appt Date",
            "Appt Time",
            "Minutes",
            "Visit Status",
        ],
        visit,
    )
    rewrite(
        "insurance.csv",
        [
            "Chart #",
            "Carrier",
            "Member ID",
            "Group",
            "Priority",
            "Subscriber",
            "Relationship",
            "Eff Date",
            "Term Date",
            "Copay",
            "Coins %",
        ],
        lambda r: [
            r["patient_id"],
            r["payer"],
            r["member_id"],
            r["group_number"],
            {"1": "Primary", "2": "Secondary"}[r["priority"]],
            r["subscriber"],
            r["relationship"],
            r["effective_from"],
            r["effective_to"],
            r["copay"],
            r["coinsurance"],
        ],
    )
    authorizations = rewrite(
        "authorizations.csv",
        [
            "Auth ID",
            "Chart #",
            "Carrier",
            "Discipline",
            "Auth #",
            "From",
            "To",
            "Visits Approved",
            "Visits Used",
        ],
        lambda r: [
            r["auth_id"],
            r["patient_id"],
            r["payer"],
            r["discipline"],
            r["auth_number"],
            r["start_date"],
            r["end_date"],
            r["visits_approved"],
            int(r["visits_approved"]) - int(r["visits_left"]),
        ],
    )
    with (directory / "fee_schedules.csv").open(newline="") as handle:
        fees = [r for r in csv.DictReader(handle)]
    with (directory / "fee_schedules.csv").open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["CPT", "Mod", "Effective", *OTHER_PAYER_COLUMNS.values()])
        for r in fees:
            amount = float(r["amount"])
            out.writerow(
                [r["cpt"], r["modifier"], r["effective_from"], f"{amount * 0.8:.2f}", r["amount"], ""]
            )
    control = json.loads((directory / "control_totals.json").read_text())
    (directory / "control_totals.json").unlink()
    (directory / "totals.json").write_text(
        json.dumps(
            {
                "AR Balance": control["open_ar_total"],
                "Patient Count": totals["patients"],
                "Visit Count": appointments,
                "Auth Count": authorizations,
            }
        )
    )
    return {**totals, "authorizations": authorizations}


def add_import_clinic(session: Session) -> None:
    """The bare clinic an export of write_export lands in (clinic 1): the payers, the provider and the
    appointment type its rows name, committed."""
    from core.clinics.models import Clinic
    from core.payers.models import Payer
    from core.providers.models import Provider
    from core.scheduling.models import AppointmentType

    session.add(Clinic(id=1, name="Riverside Therapy", timezone="America/Chicago"))
    for pid, name, kind in (
        (1, "Medicare Part B", "medicare"),
        (2, "Blue Cross PPO", "commercial"),
        (3, "Aetna Choice", "commercial"),
    ):
        session.add(Payer(id=pid, name=name, kind=kind))
    session.flush()
    session.add(
        Provider(
            id=1,
            clinic_id=1,
            full_name="Christian Diaz, PT",
            discipline="PT",
            credential="PT",
            npi="1016613188",
        )
    )
    session.add(
        AppointmentType(
            id=1, clinic_id=1, name="PT follow-up", discipline="PT", kind="follow-up", duration_minutes=45
        )
    )
    session.commit()
