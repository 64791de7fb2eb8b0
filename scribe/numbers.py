"""Numbers as therapists say them ("twenty eight", "two and a half") turned into values."""

import re

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
# One number in digits or words: "12", "12.5", "twelve", "twenty eight", "one hundred ten", "a hundred".
NUMBER = (
    rf"(?:\d+(?:\.\d+)?|(?:(?:{_UNIT}|a) hundred(?: and)?(?: (?:{_TEN})(?:[ -](?:{_UNIT}))?| (?:{_UNIT}))?"
    rf"|(?:{_TEN})(?:[ -](?:{_UNIT}))?|(?:{_UNIT}))(?: and a half)?)"
)


def value(text: str) -> float:
    """The value of a NUMBER match."""
    text = text.lower().strip()
    half = text.endswith(" and a half")
    text = text.removesuffix(" and a half")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        number = float(text)
    else:
        number = 0.0
        for word in re.split(r"[ -]+", text.replace(" and ", " ")):
            if word == "hundred":
                number = (number or 1) * 100
            elif word == "a":
                number += 1
            elif word in UNITS:
                number += UNITS[word]
            elif word in TENS:
                number += TENS[word]
    return number + (0.5 if half else 0)


def show(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)
