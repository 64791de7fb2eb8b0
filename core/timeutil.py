"""Times are stored in UTC (timezone-aware) and shown in the clinic's time zone."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
