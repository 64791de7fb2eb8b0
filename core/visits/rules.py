"""Rules about visits and their notes, as pure functions over plain data."""

from datetime import date, datetime, tzinfo

from core.timeutil import clinic_day, local_day


def day_words(day: date) -> str:
    """A day as a refusal names it: 'Tue 12/07/2027'."""
    return f"{day:%a} {clinic_day(day)}"


def before_the_day(served_at: datetime, now: datetime, zone: tzinfo) -> date | None:
    """The visit's day where `now` falls before it, both read in the clinic's zone; None from that day on.

    A note is signed or co-signed from the visit's own day on, never ahead of it: signing bills it, so
    signed early it would bill a visit that has not happened (an 8:00 visit signed at 7:30 the same
    morning is fine, at 7:30 PM the evening before is not, though that evening is already the visit's day
    in UTC). Late documentation, days after, stays allowed. A visit opened before its day is opened ahead
    (`opened_ahead_words`)."""
    day = local_day(served_at, zone)
    return day if local_day(now, zone) < day else None


def opened_ahead_words(starts_at: datetime, now: datetime, zone: tzinfo) -> str | None:
    """What a visit opened before its day is, said on its pages, or None from the visit's day on.

    A therapist opens a visit ahead to prepare its note (pre-charting, #20): the appointment stays booked
    (the desk still checks the patient in, cancels or marks a no-show), nothing is signed or billed before
    the day, and the patient is not there to consent to recording. On the day the visit is as any other."""
    day = before_the_day(starts_at, now, zone)
    if day is None:
        return None
    return (
        f"this visit is on {day_words(day)}: before it, its note is prepared ahead. The appointment stays "
        "booked; recording, signing and billing wait until that day"
    )


# What a visit whose appointment was not kept reads where its note would be signed: a note opened ahead
# for a patient who then cancelled or did not come bills nothing (#20).
NOT_KEPT = {"cancelled": "was cancelled", "no_show": "was marked a no-show"}


def unkept_refusal(status: str) -> str | None:
    """Why a note may not be signed for an appointment of this status (cancelled, no-show), or None."""
    said = NOT_KEPT.get(status)
    return None if said is None else f"this visit's appointment {said}, so its note is not signed or billed"


def kept_on_its_day(status: str, ahead: bool) -> bool:
    """Whether opening (or signing) the visit of an appointment of this status marks it completed: from
    the visit's day on, a booked or checked-in appointment; never ahead of the day, never one not kept."""
    return not ahead and status in ("booked", "checked_in")


def signing_refusal(served_at: datetime, now: datetime, zone: tzinfo, kind: str = "signed") -> str | None:
    """Why a note with this date of service may not be signed (`kind` 'co-signed' for a co-signature) at
    `now`, or None."""
    day = before_the_day(served_at, now, zone)
    if day is None:
        return None
    return f"this note's date of service is {day_words(day)}; it can be {kind} from that day"


# A note signed (or signed by an assistant and awaiting the co-signature): the clinician's record, billed
# from. A draft or a note in review is not yet documented.
SIGNED = ("awaiting_cosign", "signed")


def documented(recorded: bool, note_status: str | None) -> bool:
    """Whether a visit is documented: something was recorded for it, or its note was signed. A visit only
    opened ahead, its note prepared (a draft) and nothing recorded, is not: the desk may still move its
    appointment or undo a mistaken check-in or no-show on it (#20)."""
    return recorded or note_status in SIGNED


WRITTEN = "the visit's note is written: consent to recording is taken before the note"


def consent_refusal(note_status: str | None, prepared_ahead: bool) -> str | None:
    """Why the patient's consent to recording may not be taken now, given the visit's note (None: no note
    yet), or None. Consent is taken before the note is written; a draft prepared ahead of the visit's day
    (pre-charting, #20) is not yet the visit's note of what happened, so consent is taken on the day."""
    if note_status is None or (note_status == "draft" and prepared_ahead):
        return None
    return WRITTEN
