"""Plan-of-care rules as pure functions."""

import re
from datetime import date, timedelta

# ICD-10-CM: a letter (U is reserved), two characters (digit, then digit or letter), then optionally
# a dot and one to four more characters (CMS ICD-10-CM Official Guidelines, Section I.A).
ICD10_CM = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
MAX_CERTIFICATION_DAYS = 90  # Medicare Benefit Policy Manual ch. 15 §220.1.2


def is_icd10(code: str) -> bool:
    return bool(ICD10_CM.match(code))


def icd10_codes(codes: list[str] | str) -> list[str]:
    """Diagnosis codes as written down (a list, or one line: 'm17.11, M25.561'), upper-cased, each once,
    in order; ValueError naming any that is not an ICD-10-CM code. One check for the plan of care and
    the evaluation's form."""
    said = codes.replace(";", ",").replace(" ", ",").split(",") if isinstance(codes, str) else codes
    cleaned = list(dict.fromkeys(c.strip().upper() for c in said if c.strip()))
    bad = [c for c in cleaned if not is_icd10(c)]
    if bad:
        raise ValueError(
            f"not ICD-10-CM codes: {', '.join(bad)} (a letter, two characters, then a dot and up to four)"
        )
    return cleaned


def certification_end_ok(start: date, end: date, max_days: int = MAX_CERTIFICATION_DAYS) -> bool:
    return start <= end < start + timedelta(days=max_days)


def signature_overdue(sent_on: date | None, signed_on: date | None, today: date, overdue_days: int) -> bool:
    return sent_on is not None and signed_on is None and today > sent_on + timedelta(days=overdue_days)


def recert_due(end: date, today: date, alert_days: int) -> bool:
    return today <= end <= today + timedelta(days=alert_days)


# What a signed note does to its plan of care (#20). A progress report, a re-evaluation and a discharge
# give each goal its status (Medicare Benefit Policy Manual ch. 15 §220.3); a discharge ends the plan.
# A daily note changes no goal; nothing changes before the note is final (signed, or co-signed).
GOAL_REPORTING_TYPES = ("progress", "re-evaluation", "discharge")
# A note form's word for a goal's status -> the plan's word for it (core.plans.service.GOAL_STATUSES).
PLAN_STATUS_OF = {
    "met": "met",
    "progressing": "in progress",
    "in progress": "in progress",
    "partially met": "partially met",
    "not met": "not met",
    "discontinued": "discontinued",
}


def _words(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


def goal_statuses(
    note_type: str,
    note_status: str,
    form_goals: list[tuple[str, str]],
    plan_goals: list[tuple[int, str]],
) -> dict[int, str]:
    """The plan's goals a final note gives a status: {goal id: the plan's word for it}. `form_goals` are the
    form's (text, status) rows, `plan_goals` the plan's (id, text). A row is the plan goal with the same
    words (case, spacing and full stops aside); a row whose words match none is the plan goal at its
    place where the form lists as many goals as the plan (the therapist reworded it), else nothing. A
    row with no status, or a status the plan does not know, sets nothing."""
    if note_type not in GOAL_REPORTING_TYPES or note_status != "signed":
        return {}
    by_words = {_words(text): goal_id for goal_id, text in reversed(plan_goals)}
    same_count = len(form_goals) == len(plan_goals)
    out: dict[int, str] = {}
    for place, (text, status) in enumerate(form_goals):
        goal_id = by_words.get(_words(text))
        if goal_id is None and same_count:
            goal_id = plan_goals[place][0]
        if goal_id is not None and status in PLAN_STATUS_OF and goal_id not in out:
            out[goal_id] = PLAN_STATUS_OF[status]
    return out


def status_wins(set_on: date, last_set_on: date | None) -> bool:
    """A note's status for a goal stands unless one from a later date of service is already recorded (a
    progress report signed late does not undo the discharge after it); the same day, the later signature
    wins."""
    return last_set_on is None or set_on >= last_set_on


def discharges(note_type: str, note_status: str) -> bool:
    """Whether a note ends its plan of care: a discharge, once final."""
    return note_type == "discharge" and note_status == "signed"


def in_force(start: date, end: date, discharged_on: date | None, today: date) -> bool:
    """A plan is in force within its certification period until a discharge ends it (from the
    discharge's date of service on, it is the discharged plan, no longer in force)."""
    return start <= today <= end and (discharged_on is None or today < discharged_on)
