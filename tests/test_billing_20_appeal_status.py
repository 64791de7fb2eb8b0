"""An appeal's standing on the claim page (#20): once the appeal letter is written the claim says it was
appealed, that it awaits the payer's answer and the day to follow up with the payer (Medicare's
redetermination within 60 days, other payers' reconsideration about 30), and once a remittance for the
claim comes after it, that it was answered (no follow-up). The standing as a rule, table-driven with the
rows that must not change; end to end through the page, the letter printed twice: one appeal."""

from datetime import date, datetime

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one

from core.billing.claim_view import appeal_standing

DEMO_SIZE = "tiny"
ON = date(2026, 11, 2)

# (appealed on, a remittance after it on, payer kind, (status words, follow up on))
ROWS = [
    (ON, None, "commercial", ("appealed 11/02/2026, awaiting the payer's answer", date(2026, 12, 2))),
    (ON, None, "medicare", ("appealed 11/02/2026, awaiting the payer's answer", date(2027, 1, 1))),
    (ON, date(2026, 11, 20), "commercial", ("appealed 11/02/2026, answered by the payer 11/20/2026", None)),
    # must not change: the denial's own remittance (the day of the appeal or before) is no answer to it
    (ON, ON, "commercial", ("appealed 11/02/2026, awaiting the payer's answer", date(2026, 12, 2))),
    (
        ON,
        date(2026, 10, 1),
        "medicaid",
        ("appealed 11/02/2026, awaiting the payer's answer", date(2026, 12, 2)),
    ),
]


@pytest.mark.parametrize(("appealed", "answered", "kind", "want"), ROWS)
def test_where_an_appeal_stands(
    appealed: date, answered: date | None, kind: str, want: tuple[str, date | None]
) -> None:
    assert appeal_standing(appealed, answered, kind) == want


def test_the_claim_page_shows_the_appeal_and_its_follow_up(pristine_practice: Practice) -> None:
    practice = pristine_practice
    biller = page_client(practice, "biller")
    claim_id, kind = one(
        practice,
        """SELECT c.id, y.kind FROM claim c JOIN payer y ON y.id = c.payer_id WHERE c.status = 'denied'
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id LIMIT 1""",
    )
    before = biller.get(f"/billing/claims/{claim_id}").text
    assert 'id="appeal-status"' not in before
    argument = "The signed note documents skilled therapy; medical necessity is shown by the plan of care."
    for _ in range(2):  # printed twice: one appeal
        reply = biller.post(f"/billing/claims/{claim_id}/appeal.pdf", data={"argument": argument})
        assert reply.status_code == 200 and reply.content.startswith(b"%PDF")
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'appealed'",
            c=claim_id,
        )[0]
        == 1
    )
    created = one(
        practice, "SELECT created_at FROM claim_action WHERE claim_id = :c AND kind = 'appealed'", c=claim_id
    )[0]
    created = created if isinstance(created, datetime) else datetime.fromisoformat(str(created))
    words, follow_up = appeal_standing(created.date(), None, kind)
    assert follow_up is not None
    page = biller.get(f"/billing/claims/{claim_id}").text
    assert 'id="appeal-status"' in page and words.replace("'", "&#39;") in page
    assert follow_up.strftime("%m/%d/%Y") in page
