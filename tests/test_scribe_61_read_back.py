"""Measures read back from an earlier visit's note are that visit's, not findings of this one (#17, blind40-dev:
a progress visit that reads last visit's grip aloud), and a grip said with when it was measured ("grip on the
right today is 38 pounds") is a finding. This file's own words; rows marked "must not change" read as they
did before."""

import pytest
from transcript_helpers import turns

from scribe.extract import extract

T = "therapist"


def _measures(*said: str) -> list[str]:
    facts = extract(turns(*[(T, s) for s in said]))
    return sorted(f"{f.text} {f.value}" for f in facts if f.kind in ("strength", "range_of_motion"))


@pytest.mark.parametrize(
    ("said", "found"),
    [
        # failing before: last visit's figure read back was written as today's grip
        (["ok reading what i wrote last visit grip twenty two pounds and pain six"], []),
        (["From your last note, grip was 40 pounds.", "Grip today is 46 pounds."], ["grip 46"]),
        (["as i documented last time knee flexion 95 degrees"], []),
        # failing before: "today" between the grip and its figure
        (["grip on the left today is thirty pounds"], ["left grip 30"]),
        # corrected (review be254f6): today's 46 after the read-back is a finding; this row once expected it lost
        (["In your last note grip was 40 pounds, today it is 46 pounds"], ["grip 46"]),
        # must not change: today's figures after the read-back, and figures with no read-back
        (["last visit we worked on grip, grip is 46 pounds now"], ["grip 46"]),
        (["grip 46 pounds", "knee flexion 110 degrees"], ["grip 46", "knee flexion 110"]),
    ],
)
def test_read_back(said: list[str], found: list[str]) -> None:
    assert _measures(*said) == found
