"""One way the pages say a refused input (#20): web.routers.pages.refused_words, used by every form's
refusal_text and by the note form (its tables' rows named, the field kept before a rule's own sentence),
which had a twin of its own; core's lower-case reasons capitalised where a page's message begins with
them (as_shown), core's strings unchanged; a field's pattern said in words, never the pattern."""

import pytest
from pydantic import BaseModel, ValidationError

from core.clinics.setup import plain
from core.notes import forms
from core.patients.schemas import PatientCreate
from web.routers.note_form_pages import TABLE_ROWS
from web.routers.pages import as_shown, refusal_text, refused_words


def _error(model: type[BaseModel], given: dict) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(given)
    return caught.value


NOTE_FORM = [
    ({"goals": [{"text": "walk far", "status": "x"}]}, "Goal 1 status is one of met, progressing"),
    ({"goals": [{"text": "a"}]}, "Goal 1 text is at least 3 characters"),
    (
        {"rom": [{"joint": "knee", "motion": "flexion", "degrees": "lots"}]},
        "Range of motion row 1, degrees is a whole number",
    ),
    (
        {"rom": [{"joint": "knee", "motion": "flexion", "degrees": 999}]},
        "Range of motion row 1, degrees is at most 360",
    ),
    ({"mmt": [{"joint": "hip", "grade": "9"}]}, "Muscle test row 1, grade is one of 0, 1, 2-"),
    ({"frequency_per_week": 9}, "Frequency per week is at most 7"),
    ({"pain_best": 8, "pain_worst": 2}, "the pain at best (8/10) cannot be above the pain at worst (2/10)"),
]


@pytest.mark.parametrize(("given", "said"), NOTE_FORM)
def test_the_note_form_names_its_rows_and_goals(given: dict, said: str) -> None:
    assert refused_words(_error(forms.FormIn, given), rows=TABLE_ROWS, named=True).startswith(said)


FORMS = [
    ({"birth_date": "2999-01-01"}, "birth date is in the future"),  # a rule's own sentence, as core says it
    ({"first_name": ""}, "First name is needed"),
    ({"state": "ny"}, "State is two capital letters, like NY"),
    ({"postal_code": "9"}, "Postal code is five digits, or five and four like 12345-6789"),
    ({"clinic_id": "x"}, "Clinic is a whole number"),
]


@pytest.mark.parametrize(("change", "said"), FORMS)
def test_a_form_says_the_field_and_what_it_takes(change: dict, said: str) -> None:
    good = {"clinic_id": 1, "first_name": "Ada", "last_name": "Quill", "birth_date": "1980-04-02"}
    assert refusal_text(_error(PatientCreate, {**good, **change})) == said


def test_a_rule_of_the_whole_note_form_is_said_as_it_is() -> None:
    error = _error(forms.FormIn, {"pain_best": 8, "pain_worst": 2})
    # the same on every form: no field to name, pydantic's "Value error, " dropped
    assert refused_words(error) == refused_words(error, rows=TABLE_ROWS, named=True)


SHOWN = [
    ("birth date is in the future", "Birth date is in the future"),
    ("patient's chart is closed", "Patient's chart is closed"),
    ("Kyle Chen, OT is already booked", "Kyle Chen, OT is already booked"),
    ("jane@example.com already has an account", "jane@example.com already has an account"),
    ("iOS recordings are not taken", "iOS recordings are not taken"),
    ("2 visits are left", "2 visits are left"),
    ("", ""),
]


@pytest.mark.parametrize(("reason", "shown"), SHOWN)
def test_a_reason_begins_the_page_message_with_a_capital(reason: str, shown: str) -> None:
    assert as_shown(reason) == shown


@pytest.mark.parametrize(
    ("pattern", "said"),
    [
        (r"^([A-Z]{2})?$", "is two capital letters, like NY"),
        (r"^[MFXU]$", "is one of the choices given"),
        (r"^no-such$", "is not written as this field takes it"),
    ],
)
def test_a_pattern_is_said_in_words(pattern: str, said: str) -> None:
    assert (
        plain("string_pattern_mismatch", {"pattern": pattern}, f"String should match pattern '{pattern}'")
        == said
    )
