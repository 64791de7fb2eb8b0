"""Counts, lists and articles in words, one way for the whole product: "1 visit", "2 visits", "0 entries",
"97110, 97140 and 97530", "an OT provider", "a PTA"."""

_IRREGULAR = {"entry": "entries", "person": "people", "day off": "days off", "child": "children"}


def plural(word: str) -> str:
    """The plural of a noun as the product writes it ("visit" -> "visits", "entry" -> "entries")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def counted(n: int, word: str, many: str | None = None) -> str:
    """`n` and the noun, singular for exactly one: counted(1, "visit") == "1 visit",
    counted(1200, "claim") == "1,200 claims"; `many` names an irregular plural."""
    return f"{n:,} {word if n == 1 else (many or plural(word))}"


def listed(items: list[str]) -> str:
    """The items as a sentence writes them, the last after "and" and no comma before it:
    listed(["97110"]) == "97110", listed(["97110", "97140", "97530"]) == "97110, 97140 and 97530"."""
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else items[0]


# Letters whose names start with a vowel sound: "an OT", "an SLP", "an MRI" but "a PT", "a PTA".
_VOWEL_LETTERS = "AEFHILMNORSX"
# Words spelled with a vowel but said with a consonant ("a unit", "a one-time"), and the reverse.
_SAID_AS_CONSONANT = ("uni", "use", "usu", "one", "eu")
_SAID_AS_VOWEL = ("hour", "honest", "honor")


def with_article(phrase: str) -> str:
    """The phrase after "a" or "an" as it is said: "an evaluation", "an OT initial evaluation", "an SLP
    treatment", "a PT follow-up", "a PTA", "a re-evaluation" (#20: "a evaluation" on the booking form)."""
    first = phrase.split(" ", 1)[0].split("-", 1)[0]
    if not first:
        return phrase
    if len(first) > 1 and first.isupper():  # an initialism is said letter by letter
        vowel = first[0] in _VOWEL_LETTERS
    else:
        word = first.lower()
        vowel = word.startswith(_SAID_AS_VOWEL) or (
            word[0] in "aeiou" and not word.startswith(_SAID_AS_CONSONANT)
        )
    return f"{'an' if vowel else 'a'} {phrase}"


def dollars(cents: int) -> str:
    """Cents as the product writes an amount of money: dollars(123456) == "$1,234.56", dollars(5) ==
    "$0.05"; a negative amount keeps its sign after the dollar sign, dollars(-250) == "$-2.50"."""
    return f"${cents / 100:,.2f}"
