"""What a search box's words mean: parts of a name (in any order, 'Last, First' too), a birth date as
people write it, or phone digits however they are punctuated, or a phone's last digits (the last 4,
as front desks ask). Pure: tested table-driven."""

import re
from dataclasses import dataclass, field
from datetime import date

PHONE_MIN_DIGITS = 7
# 4 to 6 digits typed alone are the end of a phone number ('6642', '5-0123'); 7 or more are any part.
_PHONE_ENDING = re.compile(r"^\d(?:-?\d){3,5}$")
_PHONE = re.compile(r"^\+?[0-9()\-. ]+$")
_US_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# Punctuation around a word ('Lopez,' in 'Lopez, Maria'); inside one it stays (O'Brien, Smith-Jones).
_EDGES = ',;:.!?"()[]'


@dataclass(frozen=True)
class SearchTerms:
    words: list[str] = field(default_factory=list)
    birth_date: date | None = None
    phone_digits: str = ""
    phone_ending: str = ""


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _on_or_before(year: int, month: int, day: int, today: date) -> bool:
    try:
        return date(year, month, day) <= today
    except ValueError:
        return False


def birth_date_of(word: str, today: date) -> date | None:
    """A date written 1984-04-10, 4/10/1984, 04-10-84 or 4/10/84 (US order: month first); a two-digit
    year makes the latest such day that is not in the future (a birth date never is)."""
    iso = _ISO_DATE.match(word)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        us = _US_DATE.match(word)
        if not us:
            return None
        month, day, year = (int(g) for g in us.groups())
        if len(us.group(3)) == 2:
            year += 2000 if _on_or_before(2000 + year, month, day, today) else 1900
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if date(1900, 1, 1) <= found <= today else None


def search_terms(query: str, today: date) -> SearchTerms:
    """Split a search into name words, a birth date and phone digits.

    A run of digits with phone punctuation (217-555-0123, (217) 555 0123, 2175550123) is a phone
    number however it is spaced, so the words that make one up are joined first; 4 to 6 digits alone
    are its last digits (phone_ending)."""
    text = query.strip().lower()
    if _PHONE.match(text) and len(digits_of(text)) >= PHONE_MIN_DIGITS and birth_date_of(text, today) is None:
        return SearchTerms(phone_digits=digits_of(text))
    words: list[str] = []
    born: date | None = None
    phone = ending = ""
    for raw in text.split():
        word = raw.strip(_EDGES)
        if not word:
            continue
        day = birth_date_of(word, today)
        if day is not None and born is None:
            born = day
        elif _PHONE.match(word) and len(digits_of(word)) >= PHONE_MIN_DIGITS and not phone:
            phone = digits_of(word)
        elif _PHONE_ENDING.match(word) and not ending:
            ending = digits_of(word)
        else:
            words.append(word)
    return SearchTerms(words=words, birth_date=born, phone_digits=phone, phone_ending=ending)
