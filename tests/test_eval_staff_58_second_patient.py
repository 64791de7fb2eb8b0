"""The staff-speech harness fills {patient_b} / {patient_b_first}: a second patient of the same clinic,
never the row's own, chosen by the row's id; a row about {patient_b} alone is judged on her."""

import re
from datetime import UTC, datetime, time

import pytest
from conftest import DEMO_TODAY

from evals.eval_staff import load
from evals.staff_fill import Demo, as_subject, fill, second_scene

NOW = datetime.combine(DEMO_TODAY, time(13, 40), tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(databases):  # type: ignore[no-untyped-def]
    engine = databases.engine(databases.new("sqlite", "demo"))
    with engine.connect() as conn:
        yield Demo(conn, now=NOW)
    databases.release(engine)


def _row(text: str, patient: str | None, intent: str = "balance") -> dict:
    meaning = {"intent": intent, "tags": []}
    if patient:
        meaning["patient"] = patient
    return {
        "id": "t58-" + re.sub(r"\W+", "-", text)[:40],
        "asker": "front_desk",
        "text": text,
        "meaning": meaning,
    }


ROWS = [
    # (text, meaning's patient, the second patient is filled, names in the line)
    ("what does {patient_b} owe", "{patient_b}", False, 1),
    ("whats {patient} owe and also {patient_b}", "{patient}", True, 2),
    ("mv {patient_first_lower} to 3:30 and add her bro {patient_b_first} right after", "{patient}", True, 2),
    ("{patient_b_first} cxld, who on the waitlist could take it", "{patient_b}", False, 1),
    # must not change: a row without a second patient fills as it did
    ("what does {patient} owe", "{patient}", False, 1),
    ("whats {patient_first_lower}s balance", "{patient}", False, 1),
]


@pytest.mark.parametrize(("said", "patient", "second", "names"), ROWS)
def test_a_second_patient_is_filled_and_is_not_the_first(
    demo: Demo, said: str, patient: str, second: bool, names: int
) -> None:
    row = as_subject(_row(said, patient))
    scene, vals, filled = fill(demo, row)
    assert not re.search(r"\{\w+\}", filled)
    assert (scene.second is not None) == second
    if second:
        assert scene.second != scene.pid
        assert demo.patients[scene.second][1] == demo.patients[scene.pid][1]
        assert vals["patient_b"] != vals["patient"]
        assert vals["patient_b_first"] in filled
    # The row is about the patient its meaning names: she is the scene's.
    assert row["meaning"]["patient"] == "{patient}"
    assert fill(demo, row)[2] == filled  # the same every time


def test_a_row_without_a_second_patient_is_left_as_it_is() -> None:
    row = _row("what does {patient} owe", "{patient}")
    assert as_subject(row) is row


def test_a_turn_about_the_second_patient_is_judged_on_her(demo: Demo) -> None:
    conv = {
        "id": "t58-conv",
        "asker": "front_desk",
        "turns": [
            {
                "text": "when is {patient} in next",
                "meaning": {"intent": "next_visit", "patient": "{patient}"},
            },
            {"text": "and {patient_b}?", "meaning": {"intent": "next_visit", "patient": "{patient_b}"}},
        ],
    }
    probe = {
        **conv,
        "text": "when is {patient} in next and {patient_b}?",
        "meaning": conv["turns"][0]["meaning"],
    }
    scene, vals, _ = fill(demo, probe)
    assert scene.second is not None and scene.second != scene.pid
    about = second_scene(demo, scene, conv["turns"][1]["meaning"])
    assert about.pid == scene.second
    assert about.visit is None or about.visit.patient_id == scene.second


@pytest.mark.parametrize("which", ["test32", "test33"])
def test_every_blind_line_naming_a_second_patient_fills(demo: Demo, which: str) -> None:
    loaded = load(which)
    assert loaded is not None
    rows, _ = loaded
    named = [as_subject(r) for r in rows if "{patient_b" in r["text"]]
    assert named
    left = [fill(demo, r)[2] for r in named]
    assert not [s for s in left if "{patient_b" in s]


@pytest.mark.parametrize(("said", "sex"), [("and him wed", "M"), ("and her wed", "F")])
def test_a_turn_about_the_second_patient_by_pronoun_fits_her(demo: Demo, said: str, sex: str) -> None:
    conv = {
        "id": "t58-pronoun-" + sex,
        "asker": "front_desk",
        "turns": [
            {"text": "rebook {patient} tmrw", "meaning": {"intent": "book_visit", "patient": "{patient}"}},
            {"text": said, "meaning": {"intent": "followup", "patient": "{patient_b}"}},
        ],
    }
    probe = {**conv, "text": "rebook {patient} tmrw " + said, "meaning": conv["turns"][0]["meaning"]}
    scene, _, _ = fill(demo, probe)
    assert scene.second is not None
    assert demo.patients[scene.second][5] == sex
