"""Minutes said on something no service's words name are quoted for review even when words after them set
something else aside (#17). "then eight minutes on your work setup using the longer wrench so you use less
force the impact gun instead of the breaker bar": the "instead of" speaks of the tools, not of the eight
minutes, which were dropped without a word. Now the sentence is quoted ("minutes said with no service
heard"), never billed: the words do not say whether it was work reintegration training (97535) or a
functional activity (97530). What is refused, planned or done at home stays out, with no line. Table-driven
over the drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import Draft, draft

T = "therapist"
UNPLACED = "minutes said with no service heard"


def _drafted(said: str) -> Draft:
    return draft(list(turns((T, said))), discipline="OT", note_type="daily", role="OT", rule="cms")


QUOTED = [
    "then nine minutes on her desk setup with the split keyboard instead of the flat one and the foot rest",
    "then ten minutes on his shop setup using the lighter hammer so he grips less, rather than the framing one",
]


@pytest.mark.parametrize("said", QUOTED)
def test_minutes_set_aside_only_after_are_quoted_for_review(said: str) -> None:
    d = _drafted(said)
    assert d.codes == []
    assert [w for w in d.warnings if UNPLACED in w], d.warnings


SILENT = [
    "we didn't do ten minutes on the pulleys today",
    "then eight minutes on the new routine at home instead of the old one",
    "next time ten minutes on the job setup instead of the putty",
]


@pytest.mark.parametrize("said", SILENT)
def test_minutes_refused_planned_or_at_home_stay_out(said: str) -> None:
    d = _drafted(said)
    assert d.codes == []
    assert not [w for w in d.warnings if UNPLACED in w], d.warnings
