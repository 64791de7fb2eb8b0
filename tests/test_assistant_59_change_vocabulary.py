"""One vocabulary of change verbs (#22): OTHER_CHANGE, SECOND_ACTION and VERB_FIRST were near-copies of the same
verbs; they are built from understand.WRITE_VERB now, and read every message as the copies did (checked here
against the patterns as they were, over phrasings of the studied sets and rows of change talk). A second
CHANGE_ASKED in engine.py (with days and digits) was shadowed by the later one and never read: removed."""

import json
import re
from pathlib import Path

import pytest

from assistant import engine
from assistant.understand import OTHER_CHANGE, SECOND_ACTION, VERB_FIRST

BEFORE_OTHER_CHANGE = re.compile(r"\b(wait ?list|wl|book|cancel|cx|cxl|move|resched\w*)\b", re.I)
BEFORE_SECOND_ACTION = re.compile(
    r"\s*,?\s*(?:\b(?:and|then)\b|&|\+)\s+(?:also\s+|then\s+)?"
    r"(?=(?:cancel|cx|cxl|wl|wait ?list|put (?:her|him|them|\w+) (?:on|in)|add (?:her|him|them)|book|move|"
    r"resched\w*)\b)",
    re.I,
)
BEFORE_VERB_FIRST = re.compile(
    r"(?:^|[-:]\s*|\s)(?:cancel|cx|cxl|wl|wait ?list|book|move|resched\w*)\b", re.I
)
# what CHANGE_ASKED read before (the later of the two definitions, the one every caller got)
BEFORE_CHANGE_ASKED = re.compile(
    r"\b(?:mark|cancel\w*|cxl|book|bk|rebook|move|mv|resched\w*|add|remove|delete|drop|put|no[- ]?shows?|ns)\b",
    re.I,
)

ROWS = [
    "cancel her thurs and move fri to mon",
    "bk Rose Ford tmrw at 2 then cancel her wed",
    "put her on the wl and book fri",
    "wl her for mon & cancel tues",
    "draft the reauth and resched her 12th",
    "rescheduling? no, cancelled",
    "waitlist her + move the 3rd",
    "she says fine, do it",
    "she says 3 is fine, do it",
    "ok she said yes go ahead",
    "add her to the waitlist then book the eval",
    "booked?",
    "cxl emily's thurs",
    "mv her to fri",
    "is she booked tmrw",
    "move-it to monday",
    "note: cancel the 10:30",
    "who's on the wait list",
    "and then move him too",
    "reauth request, also book 2 more",
]


def _phrasings() -> list[str]:
    said = list(ROWS)
    for folder in sorted(Path("evals/data").glob("assistant_blind3*")):
        for name in ("phrasings.jsonl", "conversations.jsonl"):
            path = folder / name
            if not path.exists():
                continue
            for line in path.read_text().splitlines():
                row = json.loads(line)
                said += [t["text"] for t in row.get("turns", [row])]
    return said


@pytest.mark.parametrize(
    ("now", "before"),
    [
        (OTHER_CHANGE, BEFORE_OTHER_CHANGE),
        (VERB_FIRST, BEFORE_VERB_FIRST),
        (engine.CHANGE_ASKED, BEFORE_CHANGE_ASKED),
    ],
)
def test_the_shared_vocabulary_reads_as_the_copies_did(now: re.Pattern[str], before: re.Pattern[str]) -> None:
    for said in _phrasings():
        assert bool(now.search(said)) == bool(before.search(said)), said
        assert bool(now.search(said.lower())) == bool(before.search(said.lower())), said


def test_second_actions_split_as_before() -> None:
    for said in _phrasings():
        assert SECOND_ACTION.split(said) == BEFORE_SECOND_ACTION.split(said), said


@pytest.mark.parametrize(
    ("said", "verb"),
    [
        ("cancel her thurs", True),
        ("wait list her", True),
        ("rescheduled yesterday", True),
        # "wl" is in it (as it was in each copy), whatever the message asks
        ("whos on the wl", True),
        # no verb of change
        ("is she on tmrw", False),
        ("booklet", False),
    ],
)
def test_the_vocabulary(said: str, verb: bool) -> None:
    assert bool(OTHER_CHANGE.search(said)) == verb
