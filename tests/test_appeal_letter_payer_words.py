"""The appeal letter goes to the payer: it names each denied line's reason, never the clinic's own
advice to its biller ("What to do: appeal ... or write it off", "get a retro authorization"), which
stays on the denial page (issue #20)."""

import csv
from datetime import datetime

import pytest
from conftest import Practice
from sqlmodel import Session

from core.billing import denials
from core.billing.reasons import _carc, explain
from core.billing.reference import DATA

CODES = [row["code"] for row in csv.DictReader((DATA / "carc.csv").open(newline=""))]


@pytest.mark.parametrize("carc", CODES)
def test_the_payers_words_hold_the_reason_without_the_clinics_advice(carc: str) -> None:
    meaning, todo = _carc()[carc]
    for_payer = explain(carc, "N115", advice=False)
    assert meaning in for_payer and "N115" in for_payer
    assert "What to do" not in for_payer
    if todo:
        assert todo not in for_payer
        assert f"What to do: {todo}." in explain(carc, "N115")  # the biller still reads it


def test_the_appeal_letter_holds_no_advice_to_the_biller(
    pristine_practice: Practice, demo_clock: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_money_races import TODAY, _denied_claim

    claim = _denied_claim(pristine_practice)
    written: list[list[str]] = []
    monkeypatch.setattr(denials, "document", lambda title, lines: written.append(lines) or b"%PDF")
    with Session(pristine_practice.engine) as session:
        denials.appeal_letter(
            session,
            actor=pristine_practice.actor("biller"),
            claim_id=claim,
            argument="The plan of care was signed on 10/02.",
            today=TODAY,
        )
    (lines,) = written
    text = "\n".join(lines)
    assert "CARC " in text  # each denied line still says why it was denied
    for advice in ("What to do", "write it off", "retro authorization", "resend"):
        assert advice not in text, advice
