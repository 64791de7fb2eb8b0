"""Equipment family put in or got for the patient at home ("My son put in the grab bar Saturday") is the
patient's report, not someone else's news; the same words for another person ("for her mother"), or only
planned ("my son will put in a rail"), stay out. Table-driven, one kind per row; the phrasings are this
file's own."""

import pytest

from scribe.statements import kept_out

P = "patient"


@pytest.mark.parametrize(
    "said",
    [
        "My son put in the grab bar Saturday.",
        "My daughter set up a shower chair for me.",
        "My husband installed a railing on the back steps.",
        "Our neighbour built a ramp at the side door.",
    ],
)
def test_equipment_set_up_at_home_is_the_patients(said: str) -> None:
    assert not kept_out(P, said)


@pytest.mark.parametrize(
    "said",
    [
        "My wife got a new walker for her mother.",
        "My son will put in a grab bar next month.",
        "My son broke his arm skiing.",
        "If your son puts in a grab bar, use it.",
    ],
)
def test_someone_elses_or_planned_stays_out(said: str) -> None:
    assert kept_out(P, said)
