"""A front desk finds a patient by the last 4 digits of the phone ('6642'), as by the whole number
(issue #20): 4 to 6 digits typed alone are the phone's last digits however it is punctuated; 7 or
more are any part of it, as before. On SQLite and PostgreSQL, through the patients page."""

from datetime import date

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one

from core.patients.query import SearchTerms, search_terms

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("6642", SearchTerms(phone_ending="6642")),
        ("  6642 ", SearchTerms(phone_ending="6642")),
        ("06642", SearchTerms(phone_ending="06642")),
        ("5-0123", SearchTerms(phone_ending="50123")),
        ("556642", SearchTerms(phone_ending="556642")),
        ("smith 6642", SearchTerms(words=["smith"], phone_ending="6642")),
        ("Lopez, Maria 0123", SearchTerms(words=["lopez", "maria"], phone_ending="0123")),
        ("5556642", SearchTerms(phone_digits="5556642")),  # 7 digits: any part of the number, as before
        ("555-6642", SearchTerms(phone_digits="5556642")),
        ("123", SearchTerms(words=["123"])),  # 3 digits are too few to mean a phone
        ("4/10/1984", SearchTerms(birth_date=date(1984, 4, 10))),  # a date stays a date
        ("1234567890123", SearchTerms(phone_digits="1234567890123")),
    ],
)
def test_search_terms_read_a_phones_last_digits(query: str, expected: SearchTerms) -> None:
    assert search_terms(query, TODAY) == expected


def test_the_last_four_digits_of_the_phone_find_the_patient(practice: Practice) -> None:
    patient_id, phone = one(
        practice,
        "SELECT id, phone FROM patient WHERE clinic_id = 1 AND phone <> '' ORDER BY id LIMIT 1",
    )
    digits = "".join(ch for ch in phone if ch.isdigit())
    desk = page_client(practice, "front_desk")
    for query in (digits[-4:], digits[-5:], digits[-6:], f"{digits[-5]}-{digits[-4:]}", phone, digits):
        page = desk.get("/patients", params={"q": query})
        assert f'href="/patients/{patient_id}"' in page.text, query
    # the end of the number only: four digits from its middle are not its last four
    middle = digits[-8:-4]
    if not digits.endswith(middle):
        page = desk.get("/patients", params={"q": middle})
        assert f'href="/patients/{patient_id}"' not in page.text
