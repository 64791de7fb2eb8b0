"""Posting an 835 from the page says what happened in plain words (issue #20): an 835 whose service
lines do not carry our line numbers (REF*6R) is matched by code, date and charge (what cannot be, held
saying so), never "answers line , which claim ... does not have" with the number blank; a posting on one claim says "1 claim"; the same file posted
again (Post clicked twice, the second reply being the one the browser shows) says what the first
posting did and that the copy posted nothing, where a different file for the same check is refused."""

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


def test_an_835_without_line_numbers_is_matched_or_held_in_plain_words(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    claim_id = _submitted(billing, 0)
    with billing.session() as session:
        era = era_for(session, [claim_id], trace="EFTNOREF1", control=93, paid_on=date(2026, 12, 1))
    assert "REF*6R" in era
    bare = _without_line_numbers(era)
    assert "REF*6R" not in bare
    posted = biller.post("/billing/eras", files={"file": ("a.835", bare.encode())}, follow_redirects=True)
    page = re.sub(r"\s+", " ", posted.text)
    assert "answers line ," not in page and "line , " not in page
    # #20: lines without REF*6R are matched by code, date of service and charge where that names one
    # line of the claim (test_billing_20_era_unnumbered), the rest held for a person with the words
    assert "The 835 was not posted" not in page and "835 EFTNOREF1: $" in page
    status = one(billing, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0]
    control = one(billing, "SELECT control_number FROM claim WHERE id = :c", c=claim_id)[0]
    if "Held for you" in page:
        assert status == "submitted" and "REF*6R" in page and "line number" in page and control in page
    else:
        assert status == "paid"


def test_an_835_on_one_claim_says_one_claim(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    claim_id = _submitted(billing, 1)
    with billing.session() as session:
        era = era_for(session, [claim_id], trace="EFTONE1", control=94, paid_on=date(2026, 12, 1))
    posted = biller.post("/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True)
    page = re.sub(r"\s+", " ", posted.text)
    assert "835 EFTONE1" in page
    assert "on 1 claim." in page and "1 claims" not in page


def test_the_same_835_posted_again_says_what_it_posted_once(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    claim_id = _submitted(billing, 2)
    with billing.session() as session:
        era = era_for(session, [claim_id], trace="EFTTWICE1", control=95, paid_on=date(2026, 12, 1))
    first = biller.post("/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True)
    again = biller.post("/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True)
    paid = one(billing, "SELECT paid_cents FROM era_file WHERE trace_number = 'EFTTWICE1'")[0]
    said = f"835 EFTTWICE1: ${paid / 100:,.2f} on 1 claim"
    assert said + "." in re.sub(r"\s+", " ", first.text)
    page = re.sub(r"\s+", " ", again.text)
    assert said + ", posted already: this copy of the file posted nothing." in page
    assert "The 835 was not posted" not in page
    assert one(billing, "SELECT COUNT(*) FROM payment WHERE claim_id = :c", c=claim_id)[0] == 1
    assert one(billing, "SELECT COUNT(*) FROM era_file WHERE trace_number = 'EFTTWICE1'")[0] == 1


def test_another_file_for_a_check_posted_already_is_still_refused(billing) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(billing, "biller")
    first_claim, second_claim = _submitted(billing, 3), _submitted(billing, 4)
    with billing.session() as session:
        era = era_for(session, [first_claim], trace="EFTSAMECHK", control=96, paid_on=date(2026, 12, 1))
        other = era_for(session, [second_claim], trace="EFTSAMECHK", control=97, paid_on=date(2026, 12, 1))
    biller.post("/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True)
    refused = biller.post("/billing/eras", files={"file": ("b.835", other.encode())}, follow_redirects=True)
    page = re.sub(r"\s+", " ", refused.text)
    assert "The 835 was not posted" in page and "EFTSAMECHK has been posted already" in page
    assert "posted nothing" not in page
    assert one(billing, "SELECT status FROM claim WHERE id = :c", c=second_claim)[0] == "submitted"
