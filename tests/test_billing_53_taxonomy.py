"""The 837P's billing provider (2000A) is the clinic, named by the same taxonomy in every file whatever its
claims (new-user trial, stop 53: batch 3170 to Aetna, mostly PT claims, said PRV*BI*PXC*235Z00000X, the SLP
code, because its first claim was an SLP visit; the next file said 225100000X)."""

import re

import pytest
from conftest import Practice
from sqlalchemy import text

from core.billing.submission import clinic_taxonomy

PT, OT, SLP = "225100000X", "225X00000X", "235Z00000X"
ROWS = [
    ([PT, PT, SLP], PT),
    ([SLP, PT, SLP], SLP),  # most of the clinic's therapists, whatever the order
    ([OT, PT], PT),  # a tie: the code first in order, the same every time
    ([PT, OT], PT),
    ([None, "", OT], OT),  # a therapist with no taxonomy on record counts for none
    ([], None),
    ([None], None),
]


@pytest.mark.parametrize(("therapists", "taxonomy"), ROWS)
def test_the_clinics_taxonomy(therapists: list[str | None], taxonomy: str | None) -> None:
    assert clinic_taxonomy(therapists) == taxonomy


DEMO_SIZE = "tiny"


def test_every_file_of_a_clinic_names_it_by_one_taxonomy(practice: Practice) -> None:
    with practice.session() as session:
        files = session.exec(text("SELECT clinic_id, content FROM claim_batch")).all()  # type: ignore[call-overload]
    named: dict[int, set[str]] = {}
    for clinic_id, content in files:
        named.setdefault(clinic_id, set()).update(re.findall(r"PRV\*BI\*PXC\*(\w+)~", content))
    assert named and all(len(codes) == 1 for codes in named.values()), named
