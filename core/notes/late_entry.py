"""A late entry: a note signed on a later day than its date of service, both in the clinic's zone.
Documentation is expected on the day of the visit; one written later says so on its face, with the day
it was signed (CMS Program Integrity Manual ch. 3 §3.3.2.5: late entries are clearly identified as such
and dated when written)."""

from datetime import datetime, tzinfo

from core.timeutil import as_utc, clinic_day


def signed_late(served_at: datetime, signed_at: datetime, zone: tzinfo) -> bool:
    return as_utc(signed_at).astimezone(zone).date() > as_utc(served_at).astimezone(zone).date()


def late_entry_words(served_at: datetime, signed_at: datetime | None, zone: tzinfo) -> str:
    """'Late entry: signed 12/07/2026 for the date of service 12/05/2026', or '' for a note signed on its
    day (or not signed)."""
    if signed_at is None or not signed_late(served_at, signed_at, zone):
        return ""
    signed_on = as_utc(signed_at).astimezone(zone).date()
    served_on = as_utc(served_at).astimezone(zone).date()
    return f"Late entry: signed {clinic_day(signed_on)} for the date of service {clinic_day(served_on)}"
