"""scribe.heard_doubts read directly: which codes a transcript's words put in doubt (the draft marks them for
review), and none where the clinician said the count plainly. The draft-level cases are in
tests/test_scribe_misheard.py and tests/test_stt_lost_minutes.py."""

import pytest

from scribe import heard_doubts
from scribe import services as visit_services
from scribe.transcript import Segment


def _doubted(*turns: tuple[str, str]) -> set[str]:
    segments = [Segment(i, i * 5.0, i * 5.0 + 4.0, who, text) for i, (who, text) in enumerate(turns)]
    found = visit_services.find(segments, discipline="PT", note_type="daily", unattended_stim_code="97014")
    return set(heard_doubts.doubts(found, segments))


@pytest.mark.parametrize(
    ("turns", "doubted"),
    [
        # plain counts: nothing in doubt
        ([("therapist", "We did twelve minutes of ther ex and eight minutes of manual.")], set()),
        ([("therapist", "Ther ex was fifteen minutes today.")], set()),
        # a fraction where a count of minutes was said
        ([("therapist", "We did at 1.5 minutes of ther ex on the bike and steps.")], {"97110"}),
        # a count lost before "minutes", the service given no minutes anywhere
        ([("therapist", "About time, minutes on soft tissue for the calf today.")], {"97140"}),
        # a quantity word says no count was meant
        ([("therapist", "A few minutes on soft tissue, then eight minutes of ther ex.")], set()),
    ],
)
def test_what_the_words_put_in_doubt(turns: list[tuple[str, str]], doubted: set[str]) -> None:
    assert _doubted(*turns) == doubted
