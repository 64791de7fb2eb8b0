"""X12 5010 segments: building them with our delimiters, and splitting any interchange back into them.

Element `*`, component `:`, repetition `^`, segment `~` (the delimiters ISA itself declares).
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

ELEMENT, COMPONENT, REPETITION, TERMINATOR = "*", ":", "^", "~"
_UNSAFE = re.compile(r"[*:^~\r\n]")


class X12Error(ValueError):
    """An X12 file that cannot be read; the message names the segment, never patient data."""


def clean(value: object) -> str:
    """A value fit for an element: delimiters removed, upper case, no surrounding space."""
    text = "" if value is None else str(value)
    return _UNSAFE.sub(" ", text).strip().upper()


def segment(tag: str, *elements: object) -> str:
    """One segment; trailing empty elements are dropped as the implementation guides require."""
    values = [tag, *(e if isinstance(e, Composite) else clean(e) for e in elements)]
    while len(values) > 1 and values[-1] == "":
        values.pop()
    return ELEMENT.join(str(v) for v in values) + TERMINATOR


@dataclass(frozen=True)
class Composite:
    """A composite element (e.g. SV101 HC:97110:GP:59), written without cleaning its separators."""

    parts: tuple[str, ...]

    def __str__(self) -> str:
        parts = [clean(p) for p in self.parts]
        while parts and parts[-1] == "":
            parts.pop()
        return COMPONENT.join(parts)


def money(cents: int) -> str:
    """Cents as X12 money: no trailing zeros beyond what is needed (R data type)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}" if part == 0 else f"{sign}{whole}.{part:02d}".rstrip("0")


def cents(value: str) -> int:
    """X12 money back to cents, exactly (no float)."""
    value = value.strip()
    if not re.fullmatch(r"-?\d+(\.\d{1,2})?|-?\.\d{1,2}", value):
        raise X12Error(f"{value!r} is not an amount")
    sign = -1 if value.startswith("-") else 1
    whole, _, part = value.lstrip("-").partition(".")
    return sign * (int(whole or 0) * 100 + int((part + "00")[:2]))


def d8(day: date) -> str:
    return day.strftime("%Y%m%d")


def parse_d8(value: str) -> date:
    try:
        return datetime.strptime(value, "%Y%m%d").date()
    except ValueError as error:
        raise X12Error(f"{value!r} is not a CCYYMMDD date") from error


def split(text: str) -> list[list[str]]:
    """Segments as lists of elements, using the delimiters the ISA segment declares."""
    text = text.lstrip("\ufeff").lstrip()
    if not text.startswith("ISA") or len(text) < 106:
        raise X12Error("not an X12 interchange: it must start with an ISA segment")
    element, terminator = text[3], text[105]
    segments = [s.strip("\r\n ") for s in text.split(terminator)]
    return [s.split(element) for s in segments if s]


@contextmanager
def elements_of(tag: str) -> Iterator[None]:
    """Reading one segment: an element it lacks (IndexError) is an X12Error naming the segment."""
    try:
        yield
    except IndexError as error:
        raise X12Error(f"a {tag} segment is missing required elements") from error


def transaction(text: str, code: str) -> Iterator[list[str]]:
    """The segments of an interchange whose transaction sets are `code` (ST01: "835", "277"), in order
    and without the ST segments themselves. An ST of another set, an ST without its code, or no ST at
    all is an X12Error, raised where the reading comes to it (a broken segment before is named first)."""
    seen = False
    for elements in split(text):
        if elements[0] != "ST":
            yield elements
            continue
        with elements_of("ST"):
            if elements[1] != code:
                article = "an" if code.startswith("8") else "a"
                raise X12Error(f"transaction set {elements[1]} is not {article} {code}")
        seen = True
    if not seen:
        raise X12Error(f"no ST*{code} transaction set in the file")
