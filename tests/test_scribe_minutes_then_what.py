"""Minutes said first, and what was done in them after (#17): the clinician's words that tie a figure to the
service it was spent on when the service is named after it.

- "about four minutes going over the one handed kitchen tricks, the jar opener": minutes, then what was
  gone over in them (a recogniser's run-on sentence, no commas): that service's, not the list before.
- "nineteen minutes of training with the adaptive stuff: the weighted cup, the rocker knife, the button
  hook": minutes said as the heading of a list are the list's, where two or more of its items name one
  service (self-care training with adaptive equipment, 97535) and none names another. One item alone
  ("nine minutes of training for climbing: taping, how to warm up") or items of two services leave the
  minutes as a review line, never a confident code.
- "training on a weekly pill box": "weekly" names the kind of pill box, not a home program; its minutes are
  shown for review (the keys bill pill-box work as cognitive intervention or as home management: the words
  alone do not say which), never dropped without a word.
Table-driven over the drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import Draft, draft

T, P = "therapist", "patient"
UNPLACED = "minutes said with no service heard"


def _drafted(*said: tuple[str, str]) -> Draft:
    return draft(list(turns(*said)), discipline="OT", note_type="daily", role="OT", rule="cms")


def _minutes(*said: tuple[str, str]) -> dict[str, int]:
    return {c["code"]: c["minutes"] for c in _drafted(*said).codes}


SPENT_AFTER = [
    (
        "so we did fifteen minutes of exercises the tendon glides and the putty and about ten minutes going over "
        "the one handed dressing tricks the button hook and the sock aid",
        {"97110": 15, "97535": 10},
    ),
    (
        "first sixteen minutes of the arm bike and the pulleys then nine minutes practicing the "
        "shower bench transfer",
        {"97110": 16, "97535": 9},
    ),
    (
        "today fourteen minutes of exercises the putty and the tendon glides and then about ten minutes working "
        "on her one handed tricks the rocker knife and the plate guard",
        {"97110": 14, "97535": 10},
    ),
    (
        "ok thirteen minutes of stretching the wrist and the forearm and about ten minutes working on the "
        "jar opener and the rocker knife",
        {"97110": 13, "97535": 10},
    ),
]


@pytest.mark.parametrize(("said", "minutes"), SPENT_AFTER)
def test_minutes_said_before_what_was_done_in_them(said: str, minutes: dict[str, int]) -> None:
    assert _minutes((T, said)) == minutes


HEADING_LISTS = [
    # two or more items of one service under the minutes' heading: that service's
    (
        "Then fourteen minutes of training with the new equipment: the cup with the lid, the rocker knife, and "
        "the plate guard.",
        {"97535": 1},
    ),
    (
        "Next, sixteen minutes of practice with her gadgets: the long sponge, the sock aid, the reacher.",
        {"97535": 1},
    ),
]


@pytest.mark.parametrize(("said", "codes"), HEADING_LISTS)
def test_minutes_heading_a_list_of_one_service_are_its(said: str, codes: dict[str, int]) -> None:
    d = _drafted((T, said))
    assert {c["code"]: c["units"] for c in d.codes} == codes
    assert not [w for w in d.warnings if UNPLACED in w]


UNDECIDED = [
    # one item alone names a service: the heading's minutes are not its
    "Then nine minutes of training for the return to tennis: taping, how to warm up, how to pace a match.",
    # items of two services: the words do not say which
    "Then twelve minutes of practice with his new things: the weighted cup, the putty, the button hook, the "
    "theraband.",
    # a pill box trained: home management or cognitive work, the words do not say
    "So after the testing, ten minutes of training on a weekly pill box with alarms.",
]


@pytest.mark.parametrize("said", UNDECIDED)
def test_minutes_the_words_do_not_place_are_shown_for_review(said: str) -> None:
    d = _drafted((T, said))
    assert d.codes == []
    assert [w for w in d.warnings if UNPLACED in w], d.warnings


def test_a_frequency_said_a_week_is_still_the_home_program() -> None:
    d = _drafted((T, "Keep the putty ten minutes twice a week at home."))
    assert d.codes == []
    assert not [w for w in d.warnings if UNPLACED in w]
