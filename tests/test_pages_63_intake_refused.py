"""The intake page (new patient) refuses bad input in plain words on the page and adds nobody (#20): a
malformed or impossible date, a birth date ahead, an empty name, a state or ZIP code written otherwise,
and hostile strings (a NUL, which PostgreSQL refused with a 500; an escape sequence; a right-to-left
override; markup in a name). Core's reasons begin in lower case ('birth date is in the future'); the
page's message begins with a capital. Typed input comes back as typed."""

import html
import re

import pytest
from page_helpers import page_client
from scheduling_helpers import count

DEMO_SIZE = "tiny"
GOOD = {"first_name": "Ada", "last_name": "Quill", "birth_date": "1980-04-02", "sex": "F", "clinic_id": "1"}

BAD = [
    pytest.param({"birth_date": "1980-02-30"}, "Birth date is a date like", id="no such day"),
    pytest.param({"birth_date": "last tuesday"}, "Birth date is a date like", id="words for a date"),
    pytest.param({"birth_date": ""}, "Birth date is a date like", id="no date"),
    pytest.param({"birth_date": "2999-01-01"}, "Birth date is in the future", id="born ahead"),
    pytest.param({"birth_date": "1850-01-01"}, "Birth date is before 1900", id="born before 1900"),
    pytest.param({"first_name": "   "}, "First name is needed", id="empty first name"),
    pytest.param({"last_name": ""}, "Last name is needed", id="no last name"),
    pytest.param({"last_name": "Q" * 500}, "Last name is at most 80 characters", id="long name"),
    pytest.param({"state": "ny"}, "State is two capital letters, like NY", id="state in lower case"),
    pytest.param({"postal_code": "1234"}, "Postal code is five digits", id="short ZIP"),
    pytest.param({"phone": "call me"}, "Phone is digits, spaces", id="phone in words"),
    pytest.param({"sex": "Q"}, "Sex is one of the choices given", id="no such sex"),
    pytest.param({"last_name": "Qu\x00ill"}, "Last name has an invisible or control character", id="NUL"),
    pytest.param({"first_name": "A\x1b[31mda"}, "First name has an invisible or control", id="escape"),
    pytest.param({"last_name": "Quill\u202egnp.exe"}, "Last name has an invisible or control", id="RTL"),
    pytest.param({"last_name": "<script>alert(1)</script>"}, "Last name has &lt; or &gt;", id="markup"),
    pytest.param({"city": "Spring\x07field"}, "City has an invisible or control character", id="bell"),
]
CODE_WORDS = (
    "Traceback",
    "ValidationError",
    "Value error",
    "Input should",
    "String should",
    "pattern",
    "_name",
)


def _alert(page: str) -> str:
    found = re.search(r'<p class="alert error" role="alert">(.*?)</p>', page, re.S)
    assert found, page[:2000]
    return found.group(1)


@pytest.mark.parametrize(("change", "words"), BAD)
def test_bad_input_is_told_on_the_page_and_adds_nobody(practice, change: dict, words: str) -> None:  # type: ignore[no-untyped-def]
    client = page_client(practice, "front_desk")
    before = count(practice, "SELECT count(*) FROM patient")
    reply = client.post("/patients/new", data={**GOOD, **change})
    assert reply.status_code == 422, reply.text[:500]
    said = _alert(reply.text)
    assert words in said, said
    assert said[:1].isupper(), said
    for code_word in CODE_WORDS:
        assert code_word not in said, said
    assert count(practice, "SELECT count(*) FROM patient") == before
    # what was typed comes back (the field that was fine, as typed)
    kept = "Quill" if "last_name" not in change else "Ada"
    assert f'value="{kept}"' in reply.text


def test_a_good_intake_after_a_refusal_adds_the_patient_once(practice) -> None:  # type: ignore[no-untyped-def]
    client = page_client(practice, "front_desk")
    before = count(practice, "SELECT count(*) FROM patient")
    assert client.post("/patients/new", data={**GOOD, "birth_date": "2999-01-01"}).status_code == 422
    typed = {**GOOD, "last_name": "O\u2019Brien-Nguy\u1ec5n"}  # an apostrophe, a hyphen, a diacritic
    added = client.post("/patients/new", data=typed, follow_redirects=False)
    assert added.status_code == 303 and "done=" in added.headers["location"], added.text[:500]
    assert count(practice, "SELECT count(*) FROM patient") == before + 1
    assert html.escape("O\u2019Brien-Nguy\u1ec5n") in client.get(added.headers["location"]).text
