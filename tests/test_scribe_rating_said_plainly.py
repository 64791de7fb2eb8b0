"""A pain rating said in the patient's own words without a question ("Pain's a two.") is a rating; the
second figure of a record or a game's score ("my team went eleven and three") answered to a pain question
is never one. Table-driven over `scribe.extract.ratings`; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.extract import ratings

T, P = "therapist", "patient"

RATED = [
    ([(T, "Hi, how's it been?"), (P, "Good. Pain's a two. Out of the cast now.")], ["2/10"]),
    ([(T, "How are you today?"), (P, "Better. Pain's about a four when I lift.")], ["4/10"]),
    ([(T, "How's the hand?"), (P, "Stiff. Pain is a three at night.")], ["3/10"]),
    ([(T, "Morning!"), (P, "Morning. The ache's a five today.")], ["5/10"]),
    # a range, its second figure with words of its own (#17: "6-7/10 (6/10, 7/10 at night)")
    ([(T, "Pain zero to ten?"), (P, "Like a six, maybe a seven at night.")], ["6-7/10"]),
]


@pytest.mark.parametrize(("said", "values"), RATED)
def test_a_rating_said_plainly(said: list[tuple[str, str]], values: list[str]) -> None:
    assert [f.value for f in ratings(turns(*said))] == values


NOT_RATED = [
    [(T, "Any bruising still, or pain sitting?"), (P, "My team went eleven and three this season.")],
    [(T, "How's the pain?"), (P, "We won twenty-one to six on Saturday.")],
    [(T, "Pain today?"), (P, "The Bears lost, fourteen-three.")],
    [(T, "How are you?"), (P, "My son's a two-year-old now.")],
]


@pytest.mark.parametrize("said", NOT_RATED)
def test_a_record_or_score_is_no_rating(said: list[tuple[str, str]]) -> None:
    assert ratings(turns(*said)) == []


# The words said with a rating run on through "I do", "we did": "a one after I do the whole grocery store".
CONTEXT = [
    (
        [(T, "how is the pain"), (P, "zero most days maybe a one after i do the whole grocery store")],
        "after i do",
    ),
    ([(T, "Pain?"), (P, "A three after we do the stairs.")], "after we do the stairs"),
]


@pytest.mark.parametrize(("said", "words"), CONTEXT)
def test_the_words_with_a_rating_run_on_through_a_verb(said: list[tuple[str, str]], words: str) -> None:
    assert any(words in f.said for f in ratings(turns(*said)))
