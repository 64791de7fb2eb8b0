"""A quote keeps the speaker's words: fillers go out as whole words only ("errors" and "umbrella" keep their
letters). Numbers said in words still come out in digits, and the note's shorthand stays ("minus 5" -> "-5",
"4 out of 10" -> "4/10")."""

import pytest

from scribe.statements import in_digits

CASES = [
    ("the balance error scoring, you had twelve errors", "the balance error scoring, you had 12 errors"),
    ("three errors on the trail making test", "3 errors on the trail making test"),
    ("she left her umbrella in the gym", "she left her umbrella in the gym"),
    ("knee extension lacks, um, minus eight", "knee extension lacks, -8"),
    # must not change: fillers out, numbers in digits, shorthand kept
    ("elbow extension is minus ten degrees", "elbow extension is -10 degrees"),
    ("um, so the pain is uh a four out of ten", "so the pain is a 4/10"),
    ("er, twelve percent of syllables", "12% of syllables"),
    ("you know, like, eight of ten sips", "8 of 10 sips"),
]


@pytest.mark.parametrize(("said", "quoted"), CASES)
def test_quote_keeps_the_words(said: str, quoted: str) -> None:
    assert in_digits(said) == quoted
