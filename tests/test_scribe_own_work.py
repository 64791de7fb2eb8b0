"""The patient's own work, said as who they are ("I'm a hairdresser", "im a loan officer", "I work as a
welder"), is the occupation a note's history holds, and is quoted as the patient's report. Words of how
someone is ("I'm a terrible patient", "I'm a big fan"), someone else's job, and the clinician's own are
not quoted by this rule."""

import pytest

from scribe.statements import OWN_WORK, qualitative
from scribe.transcript import Segment

THERAPIST, PATIENT, CAREGIVER = "therapist", "patient", "caregiver"
T, P, C = THERAPIST, PATIENT, CAREGIVER


def _quoted(speaker: str, said: str) -> list[str]:
    segments = [
        Segment(0, 0.0, 1.0, THERAPIST, "Okay, let's get going."),
        Segment(1, 1.0, 2.0, speaker, said),
    ]
    return [s.words for s in qualitative(segments, set()) if s.segment == 1]


QUOTED = [
    (P, "I'm a dental hygienist, so I'm bent over all day."),
    (P, "im a long haul trucker mostly nights"),
    (P, "Well I'm a retired schoolteacher, so my days are my own."),
    (P, "I work as a line cook at a diner downtown."),
    (P, "I was a machinist for thirty years before I retired."),
    (P, "I'm a part-time cashier at the pharmacy."),
]

NOT_QUOTED = [
    (P, "I'm a terrible patient, I know."),
    (P, "I'm a big fan of the Packers."),
    (P, "I'm a worrier."),
    (P, "My brother is a mechanic."),
    (C, "Her neighbor is a nurse."),
]


@pytest.mark.parametrize(("speaker", "said"), QUOTED)
def test_own_work_quoted(speaker: str, said: str) -> None:
    assert OWN_WORK.search(said)
    assert _quoted(speaker, said)


@pytest.mark.parametrize(("speaker", "said"), NOT_QUOTED)
def test_not_own_work(speaker: str, said: str) -> None:
    assert not OWN_WORK.search(said)
    assert not _quoted(speaker, said)
