"""Posting an 835 from the page says what happened in plain words (issue #20): an 835 whose service
lines do not carry our line numbers (REF*6R) is refused saying so, never "answers line , which claim
... does not have" with the number blank; a posting on one claim says "1 claim"."""

import re
from datetime import date

import pytest
from conftest import make_practice
from page_helpers import page_client
from remittance_helpers import era_for
from scheduling_helpers import one


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def billing(request, databases, tmp_path_factory):  # type: ignore[no-untyped-def]
    practice = make_practice(request.param, databases, tmp_path_factory.mktemp("era-words"))
    yield practice
    databases.release(practice.engine)


def _without_line_numbers(era: str) -> str:
    """The same 835 with every REF*6R left out, its SE segment count kept right."""
    segments = [s for s in re.split(r"~\s*", era) if s]
    kept = [s for s in segments if not s.startswith("REF*6R")]
    dropped = len(segments) - len(kept)
    fixed = []
    for s in kept:
        if s.startswith("SE*"):
            _, count, control = s.split("*")
            s = f"SE*{int(count) - dropped}*{control}"
        fixed.append(s)
    return "~\n".join(fixed) + "~\n"


def _submitted(billing, offset: int) -> int:  # type: ignore[no-untyped-def]
    return int(
        one(
            billing,
            f"SELECT id FROM claim WHERE status = 'submitted' AND clinic_id = 1 ORDER BY id LIMIT 1 OFFSET {offset}",
        )[0]
    )


def test_an_835_without_line_numbers_is_refused_in_plain_words(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    claim_id = _submitted(billing, 0)
    with billing.session() as session:
        era = era_for(session, [claim_id], trace="EFTNOREF1", control=93, paid_on=date(2026, 12, 1))
    assert "REF*6R" in era
    bare = _without_line_numbers(era)
    assert "REF*6R" not in bare
    posted = biller.post("/billing/eras", files={"file": ("a.835", bare.encode())}, follow_redirects=True)
    page = re.sub(r"\s+", " ", posted.text)
    assert "The 835 was not posted" in page
    assert "answers line ," not in page and "line , " not in page
    control = one(billing, "SELECT control_number FROM claim WHERE id = :c", c=claim_id)[0]
    assert "REF*6R" in page and "line number" in page and control in page
    assert one(billing, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "submitted"


def test_an_835_on_one_claim_says_one_claim(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    claim_id = _submitted(billing, 1)
    with billing.session() as session:
        era = era_for(session, [claim_id], trace="EFTONE1", control=94, paid_on=date(2026, 12, 1))
    posted = biller.post("/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True)
    page = re.sub(r"\s+", " ", posted.text)
    assert "835 EFTONE1" in page
    assert "on 1 claim." in page and "1 claims" not in page
