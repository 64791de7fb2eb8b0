"""Numbers as therapists say them ("twenty eight", "two and a half", "one-twenty", "a hundred and
ten", "thirty-ish") turned into values, and every number of a text found with where it was said."""

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_TEENS = "|".join(sorted((w for w, n in UNITS.items() if n >= 10), key=len, reverse=True))
# "one-twenty" and "one-ten" are how ROM past 100 degrees is said: a hundred and twenty, a hundred and ten.
# Said with a space too ("flexion today is one forty", "one twenty-five last week", "one eighty five
# hertz" as a recogniser writes it), but not where two numbers count something ("two twenty-minute
# bouts", "one twenty second hold").
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_COMPACT_HUNDREDS = (
    rf"(?:(?:one|two)-(?:(?:{_TEN})(?:-(?:{_UNIT}))?|{_TEENS}|oh-(?:{_UNIT}))"
    rf"|(?:one|two) (?:{_TEN})(?:-(?:{_UNIT})|[ ](?:{_ONES})\b)?"
    r"(?![- ]?(?:minutes?|mins?|seconds?|secs?|hours?|pounds?|lbs?|days?|weeks?|months?|years?|reps?|times|"
    r"sets?)\b))"
)
# One number in digits or words: "12", "12.5", "twelve", "twenty eight", "one hundred ten", "a hundred",
# "one-twenty", each optionally "and a half" or "-ish". A unit word ends at its word's end: "twenty
# seventy percent" is twenty, then seventy, never "twenty seven".
_BELOW_HUNDRED = rf"(?:(?:{_TEN})(?:[ -](?:{_UNIT})\b)?|(?:{_UNIT})\b)"
# "three hundred and ten", "twenty-five hundred" (steps, calories: 2500, never 25 and then a hundred).
_HUNDREDS = rf"(?:(?:(?:{_TEN})[ -](?:{_UNIT})|{_UNIT}|a) hundred(?: and)?(?: {_BELOW_HUNDRED})?)"
# "three thousand units" (a vitamin dose), "two thousand and twenty", "a thousand steps", "5 thousand":
# read whole, so no part of one number is left to be read as a count of its own ("3 units" billed).
_THOUSANDS = rf"(?:(?:\d+|{_BELOW_HUNDRED}|a) thousand\b(?:(?: and)? (?:{_HUNDREDS}|{_BELOW_HUNDRED}))?)"
_WHOLE = (
    rf"(?:{_THOUSANDS}|\d+(?:\.\d+)?"
    rf"|{_HUNDREDS}"
    rf"|{_COMPACT_HUNDREDS}(?![\w-])|(?:{_TEN})(?:[ -](?:{_UNIT})\b)?|(?:{_UNIT}))"
)
# "point six", "one point two", "seventeen point eight": decimals as they are said. The digits after
# "point" are single digits: "that's the point ten minutes on exercise" is a point made, then ten minutes.
_DIGIT = "|".join(w for w, n in UNITS.items() if n < 10)
_DECIMAL = rf"(?:(?:(?:{_TEN})(?:[ -](?:{_UNIT}))?|(?:{_UNIT})) )?point (?:{_DIGIT})(?: (?:{_DIGIT}))?\b"
NUMBER = rf"(?:{_DECIMAL}|{_WHOLE}(?: and a half)?(?:-?ish)?)"
_NUMBER_RX = re.compile(rf"(?<![\w.-]){NUMBER}(?![\w])", re.IGNORECASE)


def value(text: str) -> float:
    """The value of a NUMBER match."""
    text = text.lower().strip()
    text = re.sub(r"-?ish$", "", text)
    half = text.endswith(" and a half")
    text = text.removesuffix(" and a half")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        number = float(text)
    elif " point " in f" {text} ":
        whole, _, fraction = f" {text}".partition(" point ")
        digits = "".join(str(UNITS[w]) for w in fraction.split())
        number = (value(whole) if whole.strip() else 0.0) + float(f"0.{digits}")
    elif re.fullmatch(_COMPACT_HUNDREDS, text):
        first, rest = re.split(r"[- ]", text, maxsplit=1)
        number = UNITS[first] * 100 + value(rest.removeprefix("oh").strip(" -"))
    else:
        thousands, number = 0.0, 0.0
        for word in re.split(r"[ -]+", text.replace(" and ", " ")):
            if word == "thousand":
                thousands, number = thousands + (number or 1) * 1000, 0.0
            elif word == "hundred":
                number = (number or 1) * 100
            elif word == "a":
                number += 1
            elif word.isdigit():
                number += int(word)
            elif word in UNITS:
                number += UNITS[word]
            elif word in TENS:
                number += TENS[word]
        number += thousands
    return number + (0.5 if half else 0)


def show(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


@dataclass(frozen=True)
class Said:
    """One number in a text: where it was said and its value."""

    start: int
    end: int
    value: float

    @property
    def digits(self) -> str:
        return show(self.value)


def numbers_in(text: str) -> list[Said]:
    """Every number of a text, in order, in digits or words; the "1" of "one of them" included, so
    callers decide by what follows whether a number measures anything."""
    return [Said(m.start(), m.end(), value(m.group(0))) for m in _NUMBER_RX.finditer(text)]


# Ordinals as a percentile rank is said ("the ninth percentile", "seventy-fifth", "12th"): the value.
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
_ORDINAL_WORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|(?:(?:{_TEN})[ -])?(?:{_ORDINAL_WORD}))"


def ordinal_value(text: str) -> int:
    """The value of an ORDINAL match: "ninth" 9, "seventy-fifth" 75, "12th" 12."""
    text = text.lower().strip()
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    *tens, last = re.split(r"[ -]", text)
    return (TENS[tens[0]] if tens else 0) + ORDINAL_WORDS[last]


def ordinal(number: int) -> str:
    """A number written as an ordinal: 1st, 2nd, 3rd, 11th, 12th, 22nd."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
