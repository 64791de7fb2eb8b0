"""core.clinics.setup.checked_form: a manager's form read as the setup's description, each problem named
by the form's field and added to the ones the manager found itself, which keep their own words."""

from core.clinics.setup import TypeSpec, checked_form

GOOD = {"name": "Follow-up", "discipline": "PT", "kind": "follow-up", "minutes": "45"}


def test_a_good_form_is_the_description() -> None:
    problems: dict[str, str] = {}
    spec = checked_form(TypeSpec, GOOD, problems)
    assert spec is not None and spec.minutes == 45 and problems == {}


def test_each_problem_by_field_and_the_whole_forms_to_the_field_named() -> None:
    problems = {"name": "is already appointment type 3's name"}
    spec = checked_form(TypeSpec, {**GOOD, "name": "", "minutes": "x"}, problems)
    assert spec is None
    assert problems == {"name": "is already appointment type 3's name", "minutes": "is a whole number"}
    problems = {}
    assert checked_form(TypeSpec, {**GOOD, "kind": "group"}, problems, whole="group_capacity") is None
    assert list(problems) == ["group_capacity"]


def test_on_form_names_the_forms_own_field() -> None:
    problems: dict[str, str] = {}
    checked_form(
        TypeSpec, {**GOOD, "minutes": "2"}, problems, on_form=lambda place, message: ("length", message)
    )
    assert problems == {"length": "is 5 or more"}
