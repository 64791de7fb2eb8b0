"""Trial 52 (#20): the appointment page said "State Medicaid: 1 visits will be left on the authorization
after this one" where the patient's page and the assistant said "8 of 10 visits left": it took the visits
booked ahead from those left. Every screen now counts with core.authorizations.counts.visits_left and
says the visits booked beside it."""

import re
from datetime import date, timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text as sql

from core.authorizations.counts import booked_words, left_words, visits_left
from core.authorizations.models import Authorization
from core.scheduling.rules import authorization_decision
from core.timeutil import utcnow

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("approved", "used", "left", "words"),
    [
        (10, 2, 8, "8 of 10 visits left"),
        (1, 0, 1, "1 of 1 visit left"),
        (12, 12, 0, "0 of 12 visits left"),
        (3, 5, 0, "0 of 3 visits left"),  # more used than approved (an override): none, not -2
    ],
)
def test_the_visits_left_are_approved_less_used(approved: int, used: int, left: int, words: str) -> None:
    assert visits_left(approved, used) == left
    assert left_words(approved, used) == words
    auth = Authorization(
        patient_id=1, payer_id=1, discipline="PT", start_date=date(2027, 1, 1), end_date=date(2027, 2, 1),
        visits_approved=approved, visits_used=used,
    )  # fmt: skip
    assert auth.visits_left == left  # what the assistant reads


@pytest.mark.parametrize(
    ("approved", "used", "ahead", "outcome", "reason"),
    [
        # the trial's: 10 approved, 2 used, 6 others booked: 8 left, said as the patient's page says it
        (10, 2, 6, "ok", "8 of 10 visits left on the authorization; 7 booked against them with this one, "
         "so 1 more can be booked"),
        (10, 2, 5, "ok", ""),  # plenty to spare: nothing said (unchanged)
        (12, 8, 3, "ok", "4 of 12 visits left on the authorization; 4 booked against them with this one, "
         "so no more can be booked"),
        (1, 0, 1, "warn", "1 of 1 visit left on the authorization; 2 booked against it with this one, "
         "1 visit more than are left"),
        (12, 8, 4, "warn", "4 of 12 visits left on the authorization; 5 booked against them with this one, "
         "1 visit more than are left"),
    ],
)  # fmt: skip
def test_the_booking_rule_says_the_same_count(
    approved: int, used: int, ahead: int, outcome: str, reason: str
) -> None:
    decision = authorization_decision(
        requires_authorization=True,
        overrun="warn",
        service_date=date(2027, 1, 5),
        authorization=(date(2027, 1, 1), date(2027, 3, 31), approved, used),
        booked_ahead=ahead,
    )
    assert (decision.outcome, decision.reason) == (outcome, reason)
    assert booked_words(approved, used, ahead + 1).startswith(left_words(approved, used)) or not reason


def test_the_appointment_page_and_the_patients_page_say_the_same_visits_left(practice: Practice) -> None:
    visit, auth, patient = one(
        practice,
        """SELECT a.id, a.authorization_id, a.patient_id FROM appointment a
        JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
        JOIN payer y ON y.id = i.payer_id
        WHERE a.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :now
        AND y.requires_authorization = :t AND a.authorization_id IS NOT NULL
        ORDER BY a.starts_at, a.id LIMIT 1""",
        now=(utcnow() + timedelta(days=2)).replace(tzinfo=None),
        t=True,
    )
    with practice.engine.begin() as conn:
        # 10 approved, 2 used, and enough others booked against it that the page speaks
        ahead = conn.execute(
            sql(
                "SELECT COUNT(*) FROM appointment WHERE authorization_id = :a AND status = 'booked' AND id != :v"
            ),
            {"a": auth, "v": visit},
        ).scalar_one()
        conn.execute(
            sql("UPDATE prior_authorization SET visits_approved = :n, visits_used = 2, end_date = :d WHERE id = :a"),
            {"n": 2 + ahead + 2, "d": date.today() + timedelta(days=300), "a": auth},
        )  # fmt: skip
    approved = 2 + ahead + 2
    desk = page_client(practice, "front_desk")
    standing = re.search(r'id="authorization-standing">([^<]*)<', desk.get(f"/appointments/{visit}").text)
    assert standing is not None
    said = f"{approved - 2} of {approved} visits left"
    assert said in standing.group(1), standing.group(1)
    assert f"{ahead + 1} booked against them with this one, so 1 more can be booked" in standing.group(1)
    assert "will be left" not in standing.group(1)
    assert re.search(rf"{approved - 2} of {approved} visits left", desk.get(f"/patients/{patient}").text)
