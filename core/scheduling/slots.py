"""Pure time arithmetic for calendars: working windows in the clinic's zone, capacity, open slots.

All instants are timezone-aware UTC; local wall-clock times appear only where a window is built from
a weekday's hours, so daylight-saving days neither shift nor drop a slot: 08:00 local is 08:00 on the
Monday after the change too, whatever its UTC offset.
"""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True, order=True)
class Span:
    start: datetime
    end: datetime

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, order=True)
class Booked(Span):
    """A visit's time with its type's number: a group's patients share their time with each other only."""

    kind_id: int = 0


def group_of(kind_id: int | None, group_capacity: int | None) -> tuple[int, int] | None:
    """A visit type as has_room takes it: its number and places where it is a group, else None."""
    return (kind_id or 0, group_capacity) if group_capacity else None


def local_instant(day: date, minute: int, tz: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock minute on a local day.

    Aware datetime arithmetic is wall-clock arithmetic, so 08:00 stays 08:00 across a change; a wall
    time inside a spring-forward gap (02:30) resolves with the earlier offset, i.e. after the gap.
    """
    local = datetime.combine(day, time(0), tz) + timedelta(minutes=minute)
    return local.astimezone(UTC)


def subtract(spans: Iterable[Span], holes: Iterable[Span]) -> list[Span]:
    """What is left of the spans once the holes are cut out of them."""
    result = sorted(spans)
    for hole in sorted(holes):
        cut = []
        for span in result:
            if not span.overlaps(hole):
                cut.append(span)
                continue
            if span.start < hole.start:
                cut.append(Span(span.start, hole.start))
            if hole.end < span.end:
                cut.append(Span(hole.end, span.end))
        result = cut
    return result


def working_spans(
    day: date,
    tz: ZoneInfo,
    hours: Iterable[tuple[int, int]],
    breaks: Iterable[tuple[int, int]],
    time_off: Iterable[Span] = (),
) -> list[Span]:
    """A provider's working time on one local day: hours less breaks less time off."""
    windows = [Span(local_instant(day, s, tz), local_instant(day, e, tz)) for s, e in hours if e > s]
    holes = [Span(local_instant(day, s, tz), local_instant(day, e, tz)) for s, e in breaks if e > s]
    return [s for s in subtract(windows, [*holes, *time_off]) if s.end > s.start]


def peak_overlap(busy: Iterable[Span], window: Span) -> int:
    """The most busy spans in progress at any one instant within the window."""
    events = []
    for span in busy:
        if span.overlaps(window):
            events.append((max(span.start, window.start), 1))
            events.append((min(span.end, window.end), -1))
    events.sort(key=lambda e: (e[0], e[1]))  # an end at t frees the place before a start at t takes it
    peak = current = 0
    for _, delta in events:
        current += delta
        peak = max(peak, current)
    return peak


def fits(busy: Iterable[Span], candidate: Span, capacity: int) -> bool:
    return peak_overlap(busy, candidate) < capacity


def has_room(
    busy: Iterable[Span], candidate: Span, capacity: int, group: tuple[int, int] | None = None
) -> bool:
    """Whether a visit may be booked for the candidate time: one-to-one while fewer than the provider's
    `capacity` overlap it; a group visit (`group`: its type's number and places) only beside that group's
    own patients at the same start, while places are left. A group is one session the provider leads:
    counted against the group's places, another visit under it (a one-to-one, another group) would have
    let the group be booked over a patient already seen then."""
    if group is None:
        return fits(busy, candidate, capacity)
    kind_id, places = group
    overlapping = [span for span in busy if span.overlaps(candidate)]
    joined = [
        span
        for span in overlapping
        if isinstance(span, Booked) and span.kind_id == kind_id and span.start == candidate.start
    ]
    return len(joined) == len(overlapping) and len(joined) < places


def open_slots(  # noqa: PLR0913 - the day, the visit's length and the places (has_room's)
    working: Iterable[Span],
    duration: timedelta,
    step: timedelta,
    busy: Sequence[Span],
    capacity: int,
    group: tuple[int, int] | None = None,
) -> Iterator[Span]:
    """Every start on the step grid of each working span where the visit fits whole and a place is free
    (has_room: a group's places beside its own patients only)."""
    for span in working:
        start = span.start
        while start + duration <= span.end:
            candidate = Span(start, start + duration)
            if has_room(busy, candidate, capacity, group):
                yield candidate
            start += step


def within_working(working: Iterable[Span], candidate: Span) -> bool:
    return any(span.contains(candidate) for span in working)
