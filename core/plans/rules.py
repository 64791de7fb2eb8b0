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
