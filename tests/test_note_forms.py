"""The forms of evaluations, progress reports, re-evaluations and discharges (#20): the scribe fills
what was said (scribe.form_fill), marked drafted; signing with an incomplete form is refused by core,
for a therapist's signature, an assistant's and a co-signature alike."""

import json

import pytest
from conftest import Practice
from note_helpers import DRAFT, booked_appointment, login_as_provider, note_form, sign_confirming
from scheduling_helpers import on_the_visit_day, one
from sqlalchemy import text

from core.notes.forms import FormIn, still_drafted
from scribe.extract import Evidence, Fact, extract
from scribe.form_fill import drafted_form, form_facts
from scribe.transcript import Segment


def _segments(*lines: str) -> list[Segment]:
    return [Segment(i, i * 5.0, i * 5.0 + 4.0, "therapist", line) for i, line in enumerate(lines)]


def _found(kind: str, line: str) -> list[str]:
    return [f.value for f in form_facts(_segments(line)) if f.kind == kind]


@pytest.mark.parametrize(
    ("line", "times", "weeks"),
    [
        ("Plan is twice a week for six weeks.", ["2"], ["6"]),
        ("We'll see her 2x/week x 8 weeks.", ["2"], ["8"]),
        ("Three times weekly for the next four weeks, then reassess.", ["3"], ["4"]),
        ("For eight weeks at two visits a week.", ["2"], ["8"]),
        ("Once a week for 12 weeks.", ["1"], ["12"]),
        # a home program's dosage or a time since is no plan of care
        ("Do the band exercises twice a day.", [], []),
        ("It's been six weeks since the surgery.", [], []),
    ],
)
def test_the_plans_frequency_and_duration_as_said(line: str, times: list[str], weeks: list[str]) -> None:
    assert _found("frequency", line) == times and _found("duration", line) == weeks


@pytest.mark.parametrize(
    ("line", "kind", "values"),
    [
        (
            "Her goal is to walk to the mailbox without the cane; and to climb the twelve stairs at home.",
            "goal_set",
            ["Walk to the mailbox without the cane", "Climb the twelve stairs at home"],
        ),
        (
            "Long-term goal will be independent community ambulation.",
            "goal_set",
            ["Independent community ambulation"],
        ),
        # a goal said with its status is the extractor's "goal" fact, not a goal being set
        ("Goal is walking 150 feet, and that's met.", "goal_set", []),
        (
            "Before the fall she was walking a mile a day and living alone.",
            "prior_level",
            ["Before the fall she was walking a mile a day and living alone"],
        ),
        (
            "Prior level of function independent without a device.",
            "prior_level",
            ["Prior level of function independent without a device"],
        ),
        (
            "I used to walk three miles a day with my neighbor.",
            "prior_level",
            ["I used to walk three miles a day with my neighbor"],
        ),
        # a symptom that was, not what the patient did
        (
            "It used to click the first couple days. I used to get burning in the first month.",
            "prior_level",
            [],
        ),
        ("What was your prior level of function?", "prior_level", []),
        ("She's met all of her goals.", "discharge_reason", ["goals met"]),
        (
            "He's plateaued over the last three weeks.",
            "discharge_reason",
            ["plateau: no further progress expected"],
        ),
        (
            "She wants to stop therapy and keep up the home program.",
            "discharge_reason",
            ["patient's request"],
        ),
        ("She doesn't want to stop therapy.", "discharge_reason", []),
        ("His visits ran out last week.", "discharge_reason", ["visits or authorization used up"]),
        ("She's moving to another state next month.", "discharge_reason", ["referred elsewhere or moved"]),
        # moving better, moved to the mat: no reason to end care
        ("She's moving better and moved to the mat on her own.", "discharge_reason", []),
        ("He was admitted to the hospital on Friday.", "discharge_reason", ["change in medical condition"]),
        ("He stopped coming after the third visit.", "discharge_reason", ["stopped attending"]),
    ],
)
def test_the_forms_facts_as_said(line: str, kind: str, values: list[str]) -> None:
    assert _found(kind, line) == values


def _fact(
    kind: str, value: str, unit: str = "", *, hypothetical: bool = False, other_person: bool = False
) -> Fact:
    evidence = Evidence(0, 0, 1, "x")
    return Fact(
        kind,
        kind,
        value,
        unit,
        False,
        evidence,
        "therapist",
        hypothetical=hypothetical,
        other_person=other_person,
    )


GOAL_MET = _fact("goal", "Goal one, walking 150 feet with the walker, met", "met")
GOAL_ON = _fact("goal", "Goal two, stairs with one rail, progressing", "progressing")
GOAL_SET = _fact("goal_set", "Walk to the mailbox without the cane")
PLAN = [_fact("frequency", "2", "/week"), _fact("duration", "6", "weeks")]
PRIOR = _fact("prior_level", "Before the fall she walked a mile a day")
LEFT = _fact("discharge_reason", "referred elsewhere or moved")


@pytest.mark.parametrize(
    ("note_type", "facts", "expected"),
    [
        (
            "evaluation",
            [PRIOR, GOAL_SET, *PLAN],
            {
                "prior_level": "Before the fall she walked a mile a day.",
                "goals": [{"text": "Walk to the mailbox without the cane", "status": ""}],
                "frequency_per_week": 2,
                "duration_weeks": 6,
                "drafted": ["goals", "frequency_per_week", "duration_weeks", "prior_level"],
            },
        ),
        # an evaluation sets goals: a status said with one is not the evaluation's to keep
        (
            "evaluation",
            [GOAL_MET],
            {"goals": [{"text": "Walking 150 feet with the walker", "status": ""}], "drafted": ["goals"]},
        ),
        (
            "progress",
            [GOAL_MET, GOAL_ON, PRIOR, *PLAN, LEFT],
            {
                "goals": [
                    {"text": "Walking 150 feet with the walker", "status": "met"},
                    {"text": "Stairs with one rail", "status": "progressing"},
                ],
                "drafted": ["goals", "goal_status"],
            },
        ),
        (
            "re-evaluation",
            [GOAL_ON, *PLAN],
            {
                "goals": [{"text": "Stairs with one rail", "status": "progressing"}],
                "frequency_per_week": 2,
                "duration_weeks": 6,
                "drafted": ["goals", "goal_status", "frequency_per_week", "duration_weeks"],
            },
        ),
        (
            "discharge",
            [GOAL_MET, LEFT],
            {
                "goals": [{"text": "Walking 150 feet with the walker", "status": "met"}],
                "discharge_reason": "referred elsewhere or moved",
                "drafted": ["goals", "goal_status", "discharge_reason"],
            },
        ),
        # every goal said met, no reason said: the reason drafted is that the goals are met
        (
            "discharge",
            [GOAL_MET],
            {
                "goals": [{"text": "Walking 150 feet with the walker", "status": "met"}],
                "discharge_reason": "goals met",
                "drafted": ["goals", "goal_status", "discharge_reason"],
            },
        ),
        # what was not said stays empty, nothing marked
        ("discharge", [], {"drafted": []}),
        # a status said of no goal in words ("Goals met.", "eighty percent, so that goal's met") lists no
        # goal, and every status met still drafts the reason
        (
            "discharge",
            [
                _fact("goal", "Goals met", "met"),
                _fact("goal", "goal is eighty percent, so that goal's met", "met"),
            ],
            {"discharge_reason": "goals met", "drafted": ["discharge_reason"]},
        ),
        # a hypothetical plan, another person's prior level, or a frequency past the form's range: nothing
        (
            "evaluation",
            [
                _fact("prior_level", "Before the fall my mother walked", other_person=True),
                _fact("frequency", "2", "/week", hypothetical=True),
                _fact("frequency", "9", "/week"),
            ],
            {"drafted": []},
        ),
    ],
)
def test_the_form_is_filled_from_the_drafts_facts(note_type: str, facts: list[Fact], expected: dict) -> None:
    form = drafted_form(note_type, facts)
    assert form is not None
    assert form.model_dump() == {**FormIn().model_dump(), **expected}


IN_FORCE = ("Walk 150 feet with the walker in 4 weeks", "Climb 12 stairs with one rail")


@pytest.mark.parametrize(
    ("note_type", "facts", "goals"),
    [
        # a report's rows are the goals in force; a goal said with its status gives its row the status
        ("progress", [GOAL_MET], [(IN_FORCE[0], "met"), (IN_FORCE[1], "")]),
        ("re-evaluation", [GOAL_ON, GOAL_MET], [(IN_FORCE[0], "met"), (IN_FORCE[1], "progressing")]),
        # a goal said that is none of them is a row of its own
        (
            "progress",
            [_fact("goal", "Goal of getting back to golf is progressing", "progressing")],
            [(IN_FORCE[0], ""), (IN_FORCE[1], ""), ("Getting back to golf", "progressing")],
        ),
        # all goals said met at a discharge: each goal in force is met
        ("discharge", [_fact("discharge_reason", "goals met")], [(IN_FORCE[0], "met"), (IN_FORCE[1], "met")]),
        # an evaluation sets its own goals: none are carried
        ("evaluation", [GOAL_SET], [("Walk to the mailbox without the cane", "")]),
    ],
)
def test_a_reports_rows_are_the_goals_in_force(note_type: str, facts: list[Fact], goals: list) -> None:
    form = drafted_form(note_type, facts, IN_FORCE)
    assert form is not None and [(g.text, g.status) for g in form.goals] == goals
    assert "goals" in form.drafted


def test_a_daily_note_has_no_form_to_fill() -> None:
    assert drafted_form("daily", [GOAL_MET, *PLAN]) is None


# --- through the service and the API, on the demo practice ------------------------------------------

EVALUATION = [
    ("therapist", "Tell me how things were before the fall."),
    ("patient", "I was walking two miles every morning, no cane, and doing my own shopping."),
    ("therapist", "Before the fall she was walking two miles daily without a device."),
    ("therapist", "Knee flexion is 95 degrees. Pain is 6 out of 10, at worst 8 out of 10."),
    ("therapist", "Moderate complexity: she has diabetes and lives alone, and her presentation is evolving."),
    ("therapist", "Her goal is to walk 500 feet without a device."),
    ("therapist", "Plan is twice a week for six weeks."),
]


def _evaluation_visit(practice, client, then_a_visit: bool = False) -> tuple[int, dict[str, str]]:  # type: ignore[no-untyped-def]
    """A booked PT evaluation nobody has opened yet (the practice is shared by the run: other modules
    open visits too), and, when asked, whose patient has a later PT visit booked and not opened."""
    later = """AND EXISTS (SELECT 1 FROM appointment b JOIN provider q ON q.id = b.provider_id
        WHERE b.patient_id = a.patient_id AND b.status = 'booked' AND q.credential = 'PT'
          AND b.starts_at > a.starts_at AND NOT EXISTS (SELECT 1 FROM visit w WHERE w.appointment_id = b.id))"""
    found = one(
        practice,
        f"""SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        JOIN appointment_type t ON t.id = a.appointment_type_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'evaluation'
          AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id) {later if then_a_visit else ""}
        ORDER BY a.starts_at LIMIT 1""",
    )
    assert found is not None, "no booked PT evaluation left unopened in the demo practice"
    appointment, provider = found
    headers = login_as_provider(practice, client, provider)
    with on_the_visit_day(practice.engine, appointment=appointment):
        visit = client.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": True}, headers=headers
        )
    assert visit.status_code == 201, visit.text
    assert visit.json()["note_type"] == "evaluation"
    return visit.json()["id"], headers


def _transcript(lines: list[tuple[str, str]]) -> dict:
    return {
        "segments": [
            {"speaker": who, "start": i * 6.0, "end": i * 6.0 + 5.0, "text": said}
            for i, (who, said) in enumerate(lines)
        ]
    }


def test_the_scribe_fills_an_evaluations_form_and_signing_waits_for_the_rest(practice: Practice) -> None:
    client = practice.client()
    visit, headers = _evaluation_visit(practice, client)
    # the goal said is left out: the form then lacks its goals, which the clinician adds
    said = [line for line in EVALUATION if "goal" not in line[1]]
    drafted = client.post(
        f"/api/v1/visits/{visit}/draft", json={"transcript": _transcript(said)}, headers=headers
    )
    assert drafted.status_code == 201, drafted.text
    note = drafted.json()["note"]["id"]
    assert drafted.json()["form"]["frequency_per_week"] == 2
    form = note_form(practice, note)
    assert form["prior_level"] == "Before the fall she was walking two miles daily without a device."
    assert (form["frequency_per_week"], form["duration_weeks"], form["goals"]) == (2, 6, [])
    assert (form["pain_now"], form["pain_best"], form["pain_worst"]) == (6, None, 8)
    assert form["rom"] == [{"joint": "knee", "motion": "flexion", "side": "", "degrees": 95}]
    assert (form["complexity"], form["complexity_history"], form["complexity_presentation"]) == (
        "moderate",
        "diabetes, lives alone",
        "evolving",
    )
    assert form["complexity_body_systems"] == "range of motion, pain"
    assert form["drafted"] == [
        "frequency_per_week",
        "duration_weeks",
        "prior_level",
        "pain_now",
        "pain_worst",
        "rom",
        "complexity",
        "complexity_history",
        "complexity_body_systems",
        "complexity_presentation",
    ]
    # the note's text is the drafter's as before: the plan said is in it, the form's facts wrote nothing
    assert "twice a week for six weeks" in drafted.json()["draft"]["plan"].lower()

    refused = sign_confirming(client, headers, note)
    assert refused.status_code == 422
    assert refused.json()["detail"] == (
        "the evaluation form is not complete: it still needs the goals. Fill it in, save the form, then sign."
    )
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "draft"
    assert one(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note)[0] == 0

    # the API's form leaves out the marks it confirms: the rest stay, the goals added are the clinician's
    done = {**form, "goals": [{"text": "Walk 500 feet without a device in 6 weeks", "status": ""}]}
    kept = [name for name in form["drafted"] if name != "prior_level"]
    assert (
        client.put(f"/api/v1/notes/{note}/form", json={**done, "drafted": kept}, headers=headers).status_code
        == 200
    )
    assert note_form(practice, note)["drafted"] == kept
    assert (
        client.put(f"/api/v1/notes/{note}/form", json={**done, "drafted": []}, headers=headers).status_code
        == 200
    )
    assert note_form(practice, note)["drafted"] == []
    signed = sign_confirming(client, headers, note)
    assert signed.status_code == 200 and signed.json()["status"] == "signed", signed.text


def test_a_goal_said_at_the_evaluation_is_drafted_and_the_form_signs(practice: Practice) -> None:
    client = practice.client()
    visit, headers = _evaluation_visit(practice, client, then_a_visit=True)
    drafted = client.post(
        f"/api/v1/visits/{visit}/draft", json={"transcript": _transcript(EVALUATION)}, headers=headers
    )
    assert drafted.status_code == 201, drafted.text
    note = drafted.json()["note"]["id"]
    form = note_form(practice, note)
    assert form["goals"] == [{"text": "Walk 500 feet without a device", "status": ""}]
    assert set(form["drafted"]) == {
        "goals",
        "frequency_per_week",
        "duration_weeks",
        "prior_level",
        "pain_now",
        "pain_worst",
        "rom",
        "complexity",
        "complexity_history",
        "complexity_body_systems",
        "complexity_presentation",
    }
    # what the scribe drafted is the clinician's to check; signed as drafted, it is theirs
    assert sign_confirming(client, headers, note).json()["status"] == "signed"

    # the patient's next visit, a progress report: its rows are the evaluation's goals, the status said
    patient = one(practice, "SELECT patient_id FROM visit WHERE id = :v", v=visit)[0]
    appointment, provider = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        WHERE a.patient_id = :p AND a.status = 'booked' AND p.credential = 'PT'
          AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
        ORDER BY a.starts_at LIMIT 1""",
        p=patient,
    )
    headers = login_as_provider(practice, client, provider)
    with on_the_visit_day(practice.engine, appointment=appointment):
        report = client.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": True}, headers=headers
        ).json()["id"]
    with practice.engine.begin() as connection:
        connection.execute(text("UPDATE visit SET note_type = 'progress' WHERE id = :v"), {"v": report})
    said = [("therapist", "Goal of walking 500 feet without a device is progressing, she's at 300 feet.")]
    drafted = client.post(
        f"/api/v1/visits/{report}/draft", json={"transcript": _transcript(said)}, headers=headers
    )
    assert drafted.status_code == 201, drafted.text
    assert drafted.json()["form"]["goals"] == [
        {"text": "Walk 500 feet without a device", "status": "progressing"}
    ]
    assert note_form(practice, drafted.json()["note"]["id"])["drafted"] == ["goals", "goal_status"]


def _as_discharge(practice, client, skip: int) -> tuple[int, int, dict[str, str]]:  # type: ignore[no-untyped-def]
    """A PTA's discharge drafted by hand with no form, as an older release let an assistant write one: an
    assistant now writes daily notes only (the discharge summary is the supervising therapist's), so the
    visit made a discharge is refused its note, and the row is written as that release left it."""
    appointment, provider, _ = booked_appointment(practice, "PTA", "medicare", skip=skip)
    headers = login_as_provider(practice, client, provider)
    with on_the_visit_day(practice.engine, appointment=appointment):
        visit = client.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": True}, headers=headers
        ).json()["id"]
    with practice.engine.begin() as connection:
        connection.execute(text("UPDATE visit SET note_type = 'discharge' WHERE id = :v"), {"v": visit})
    refused = client.post(f"/api/v1/visits/{visit}/note", json={**DRAFT, "measures": []}, headers=headers)
    assert refused.status_code == 403 and "an assistant writes daily notes only" in refused.text
    with practice.engine.begin() as connection:
        connection.execute(text("UPDATE visit SET note_type = 'daily' WHERE id = :v"), {"v": visit})
    note = client.post(f"/api/v1/visits/{visit}/note", json={**DRAFT, "measures": []}, headers=headers)
    assert note.status_code == 201, note.text
    with practice.engine.begin() as connection:
        connection.execute(text("UPDATE visit SET note_type = 'discharge' WHERE id = :v"), {"v": visit})
        connection.execute(
            text("UPDATE note SET note_type = 'discharge' WHERE id = :n"), {"n": note.json()["id"]}
        )
    return note.json()["id"], provider, headers


def test_an_older_assistants_discharge_is_signed_and_co_signed_only_with_its_form(practice: Practice) -> None:
    client = practice.client()
    note, provider, headers = _as_discharge(practice, client, skip=5)
    refused = sign_confirming(client, headers, note)
    assert refused.status_code == 422
    assert refused.json()["detail"].startswith(
        "the discharge summary form is not complete: it still needs the goals; the reason for discharge."
    )
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "draft"
    form = {
        "goals": [{"text": "Walk 500 feet without a device", "status": "met"}],
        "discharge_reason": "goals met",
    }
    assert client.put(f"/api/v1/notes/{note}/form", json=form, headers=headers).status_code == 200
    assert sign_confirming(client, headers, note).json()["status"] == "awaiting_cosign"
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=provider)[0]
    boss = login_as_provider(practice, client, supervisor)
    with on_the_visit_day(practice.engine, note=note):
        done = client.post(f"/api/v1/notes/{note}/cosign", headers=boss)
    assert done.status_code == 200 and done.json()["status"] == "signed", done.text
    assert one(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note)[0] > 0


def test_a_co_signature_waits_for_the_form_of_a_note_signed_without_it(practice: Practice) -> None:
    """An assistant's discharge signed before the form was asked for (written to the tables as an older
    release would have): the supervisor is told to return it, and nothing is billed."""
    client = practice.client()
    note, provider, headers = _as_discharge(practice, client, skip=6)
    with practice.engine.begin() as connection:
        connection.execute(text("UPDATE note SET status = 'awaiting_cosign' WHERE id = :n"), {"n": note})
    supervisor = login_as_provider(
        practice,
        client,
        one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=provider)[0],
    )
    with on_the_visit_day(practice.engine, note=note):
        refused = client.post(f"/api/v1/notes/{note}/cosign", headers=supervisor)
    assert refused.status_code == 422
    assert refused.json()["detail"] == (
        "the discharge summary form is not complete: it still needs the goals; the reason for discharge. "
        "Return the note to the assistant to complete it."
    )
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "awaiting_cosign"
    assert one(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note)[0] == 0


# --- pain, range of motion, muscle tests, outcome measures, an evaluation's complexity ---------------


@pytest.mark.parametrize(
    ("line", "kind", "values"),
    [
        (
            "Pain is 5 out of 10 right now, at worst 8 out of 10 and at best 2 out of 10.",
            "pain_level",
            [("5", "now"), ("8", "worst"), ("2", "best")],
        ),
        ("It hurts about a 6/10 when she climbs stairs.", "pain_level", [("6", "now")]),
        # another day's score, or a question, is no pain now
        ("Last week the pain was 9 out of 10.", "pain_level", []),
        ("What is your pain out of ten, 0 out of 10 being none?", "pain_level", []),
        (
            "Right hip abduction 3+ out of 5, quads 4 over 5 on the left.",
            "muscle_test",
            [("hip|abduction|right", "3+"), ("quads||left", "4")],
        ),
        # a grade said of nothing named is the clinician's to place
        ("She's about a 4 out of 5 overall.", "muscle_test", []),
        ("I'd call it moderate complexity.", "complexity", [("moderate", "")]),
        ("Not a high complexity case.", "complexity", []),
        ("Her clinical presentation is stable.", "presentation", [("stable", "")]),
        (
            "She has diabetes, no heart disease, and lives alone.",
            "history",
            [("diabetes", ""), ("lives alone", "")],
        ),
    ],
)
def test_what_an_evaluation_measures_as_said(line: str, kind: str, values: list[tuple[str, str]]) -> None:
    found = [f for f in form_facts(_segments(line)) if f.kind == kind]
    shown = [
        (f.text if kind == "muscle_test" else f.value, f.value if kind == "muscle_test" else f.unit)
        for f in found
    ]
    if kind in ("complexity", "presentation", "history"):
        shown = [(f.value, "") for f in found]
    assert shown == values


def test_an_evaluations_measures_and_complexity_fill_its_form() -> None:
    said = _segments(
        "Pain is 5 out of 10 right now, at worst 8 out of 10 and at best 2 out of 10.",
        "Left knee flexion is 95 degrees. Right hip abduction 3+ out of 5.",
        "Berg is 41. She has diabetes and lives alone.",
        "Her presentation is evolving, I'd call it moderate complexity.",
    )
    facts = extract(said) + form_facts(said)
    form = drafted_form("evaluation", facts, (), "PT")
    assert form is not None
    assert (form.pain_now, form.pain_best, form.pain_worst) == (5, 2, 8)
    assert [r.model_dump() for r in form.rom] == [
        {"joint": "knee", "motion": "flexion", "side": "left", "degrees": 95}
    ]
    assert [m.model_dump() for m in form.mmt] == [
        {"joint": "hip", "motion": "abduction", "side": "right", "grade": "3+"}
    ]
    # the MCID is core's table's (Donoghue & Stokes 2009: 5 points of the Berg)
    assert [o.model_dump() for o in form.outcomes] == [
        {"measure": "Berg", "score": 41.0, "unit": "", "mcid": 5.0}
    ]
    assert (form.complexity, form.complexity_history, form.complexity_presentation) == (
        "moderate",
        "diabetes, lives alone",
        "evolving",
    )
    assert form.complexity_body_systems == "range of motion, muscle strength, pain, balance"
    # an SLP evaluation has no complexity; a progress report measures but has none either
    slp = drafted_form("evaluation", facts, (), "SLP")
    assert slp is not None and slp.complexity == "" and "complexity" not in slp.drafted and slp.pain_now == 5
    progress = drafted_form("progress", facts)
    assert progress is not None and progress.complexity == "" and progress.rom == form.rom


def test_a_best_pain_said_above_the_worst_is_left_for_the_clinician() -> None:
    said = _segments("Pain at best is 7 out of 10 and at worst 3 out of 10, now 5 out of 10.")
    form = drafted_form("progress", form_facts(said))
    assert form is not None and (form.pain_now, form.pain_best, form.pain_worst) == (5, None, None)
    with pytest.raises(ValueError, match="cannot be above"):
        FormIn(pain_best=7, pain_worst=3)


def test_an_evaluations_complexity_and_its_reasons_are_required_to_sign() -> None:
    from core.notes import forms

    done = {
        "prior_level": "Walked 1 mile",
        "goals": [{"text": "Walk 500 ft"}],
        "frequency_per_week": 2,
        "duration_weeks": 6,
    }
    form = FormIn.model_validate(done)
    assert forms.missing("evaluation", form, "PT") == [
        "the evaluation's complexity (low, moderate, high)",
        "the reasons for the complexity (the personal factors and comorbidities, the body systems examined,"
        " the clinical presentation)",
    ]
    assert forms.missing("evaluation", form, "SLP") == []
    assert forms.stray("evaluation", FormIn(complexity="low"), "SLP") == ["complexity"]
    complete = FormIn.model_validate(
        {
            **done,
            "complexity": "low",
            "complexity_history": "none",
            "complexity_body_systems": "range of motion, strength",
            "complexity_presentation": "stable",
        }
    )
    assert forms.missing("evaluation", complete, "OT") == []


@pytest.mark.parametrize(
    ("after", "confirmed", "kept"),
    [
        # saved untouched, nothing ticked: every mark stays
        ({}, set(), ["pain_now", "rom", "goals", "complexity"]),
        # the one field changed loses its mark, the others keep theirs
        ({"pain_now": 4}, set(), ["rom", "goals", "complexity"]),
        (
            {"rom": [{"joint": "knee", "motion": "flexion", "degrees": 100}]},
            set(),
            ["pain_now", "goals", "complexity"],
        ),
        # a goal's words changed is the goals' mark; a status set leaves it
        ({"goals": [{"text": "Walk 600 ft"}]}, set(), ["pain_now", "rom", "complexity"]),
        (
            {"goals": [{"text": "Walk 500 ft", "status": "met"}]},
            set(),
            ["pain_now", "rom", "goals", "complexity"],
        ),
        # confirmed as drafted: that mark goes, unchanged
        ({}, {"complexity", "rom"}, ["pain_now", "goals"]),
    ],
)
def test_a_drafted_mark_clears_only_for_the_field_changed_or_confirmed(
    after: dict, confirmed: set[str], kept: list[str]
) -> None:
    drafted = {
        "pain_now": 6,
        "rom": [{"joint": "knee", "motion": "flexion", "degrees": 95}],
        "goals": [{"text": "Walk 500 ft"}],
        "complexity": "moderate",
    }
    before = FormIn.model_validate({**drafted, "drafted": ["pain_now", "rom", "goals", "complexity"]})
    saved = FormIn.model_validate({**drafted, **after})
    assert still_drafted(before, saved, confirmed) == kept


def test_a_forms_outcome_measures_are_the_notes_measures(practice: Practice) -> None:
    """Saved on the form, the outcome measures are the note's (what signing files and the chart
    trends); a form sent without them keeps the note's."""
    client = practice.client()
    note, _, headers = _as_discharge(practice, client, skip=7)
    form = {
        "goals": [{"text": "Walk 500 feet without a device", "status": "met"}],
        "discharge_reason": "goals met",
        "outcomes": [{"measure": "LEFS", "score": 61, "unit": "points"}],
    }
    assert client.put(f"/api/v1/notes/{note}/form", json=form, headers=headers).status_code == 200
    measures = one(
        practice,
        "SELECT v.measures FROM note_version v JOIN note n ON n.id = v.note_id AND v.version = n.current_version"
        " WHERE n.id = :n",
        n=note,
    )[0]
    measures = measures if isinstance(measures, list) else json.loads(measures)
    assert measures == [{"measure": "LEFS", "score": 61.0, "unit": "points"}]
    assert note_form(practice, note)["outcomes"] == [
        {"measure": "LEFS", "score": 61.0, "unit": "points", "mcid": 9.0}
    ]
    without = {k: v for k, v in form.items() if k != "outcomes"}
    assert client.put(f"/api/v1/notes/{note}/form", json=without, headers=headers).status_code == 200
    assert note_form(practice, note)["outcomes"] == [
        {"measure": "LEFS", "score": 61.0, "unit": "points", "mcid": 9.0}
    ]
