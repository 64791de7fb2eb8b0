"""An evaluation bills the complexity its form documents (#20): a PT's 97161-97163, an OT's
97165-97167. Choosing the complexity on the form chooses the code; a code changed by hand to another
level is refused at signing, with the code to bill named."""

import pytest
from conftest import Practice
from note_helpers import DRAFT, login_as_provider
from scheduling_helpers import on_the_visit_day, one

from core.notes.forms import codes_for_complexity, complexity_mismatch

MISMATCH = "the evaluation bills {code} ({level} complexity) but its form documents {form} complexity: bill {right} instead, or change the complexity on the form"


@pytest.mark.parametrize(
    ("note_type", "discipline", "complexity", "codes", "said"),
    [
        ("evaluation", "PT", "moderate", ["97162", "97110"], ""),
        ("evaluation", "PT", "moderate", ["97161", "97110"], ("97161", "low", "moderate", "97162")),
        ("evaluation", "PT", "low", ["97140", "97163"], ("97163", "high", "low", "97161")),
        ("evaluation", "OT", "high", ["97167"], ""),
        ("evaluation", "OT", "high", ["97166", "97530"], ("97166", "moderate", "high", "97167")),
        # a PT code on an OT evaluation is no OT level: the coding rules judge it, not this one
        ("evaluation", "OT", "low", ["97162"], ""),
        # no complexity chosen yet: the form's own refusal names it
        ("evaluation", "PT", "", ["97163"], ""),
        # no evaluation code billed: nothing to disagree with
        ("evaluation", "PT", "high", ["97110"], ""),
        # an SLP evaluation is coded by what was evaluated, a re-evaluation by one code
        ("evaluation", "SLP", "", ["92523"], ""),
        ("re-evaluation", "PT", "", ["97164"], ""),
        ("daily", "PT", "", ["97110", "97140"], ""),
    ],
)
def test_an_evaluations_code_agrees_with_its_complexity(
    note_type: str, discipline: str, complexity: str, codes: list[str], said: tuple[str, ...] | str
) -> None:
    expected = (
        MISMATCH.format(code=said[0], level=said[1], form=said[2], right=said[3])
        if isinstance(said, tuple)
        else ""
    )
    assert complexity_mismatch(note_type, discipline, complexity, codes) == expected


@pytest.mark.parametrize(
    ("note_type", "discipline", "complexity", "codes", "after"),
    [
        ("evaluation", "PT", "high", ["97161", "97110"], ["97163", "97110"]),
        ("evaluation", "PT", "moderate", ["97162"], ["97162"]),
        ("evaluation", "OT", "low", ["97530", "97167"], ["97530", "97165"]),
        # no complexity chosen, no evaluation code, or not an evaluation: the services as they are
        ("evaluation", "PT", "", ["97161"], ["97161"]),
        ("evaluation", "PT", "low", ["97110"], ["97110"]),
        ("evaluation", "SLP", "", ["92523"], ["92523"]),
        ("daily", "PT", "high", ["97161"], ["97161"]),
    ],
)
def test_choosing_the_complexity_chooses_the_code(
    note_type: str, discipline: str, complexity: str, codes: list[str], after: list[str]
) -> None:
    services = [{"code": c, "minutes": 20} for c in codes]
    moved = codes_for_complexity(note_type, discipline, complexity, services)
    assert [s["code"] for s in moved] == after and all(s["minutes"] == 20 for s in moved)


FORM = {
    "prior_level": "Walked a mile daily.",
    "goals": [{"text": "Walk 500 feet without a device"}],
    "frequency_per_week": 2,
    "duration_weeks": 6,
    "complexity_history": "lives alone",
    "complexity_body_systems": "range of motion, strength, balance",
    "complexity_presentation": "evolving",
}


def test_the_form_moves_the_code_and_a_code_changed_by_hand_is_refused(practice: Practice) -> None:
    client = practice.client()
    appointment, provider = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        JOIN appointment_type t ON t.id = a.appointment_type_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'evaluation'
          AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
        ORDER BY a.starts_at DESC LIMIT 1""",
    )
    headers = login_as_provider(practice, client, provider)
    with on_the_visit_day(practice.engine, appointment=appointment):  # opened and signed on its day
        visit = client.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": False}, headers=headers
        ).json()["id"]
        typed = {**DRAFT, "measures": [], "services": [{"code": "97161", "minutes": 45}]}
        note = client.post(f"/api/v1/visits/{visit}/note", json=typed, headers=headers).json()["id"]

        # moderate chosen on the form: the low-complexity code becomes the moderate one
        saved = client.put(
            f"/api/v1/notes/{note}/form", json={**FORM, "complexity": "moderate"}, headers=headers
        )
        assert saved.status_code == 200, saved.text
        codes = one(
            practice,
            "SELECT v.codes, v.change_summary FROM note_version v JOIN note n ON n.id = v.note_id"
            " AND v.version = n.current_version WHERE n.id = :n",
            n=note,
        )
        assert "97162" in str(codes[0]) and "97161" not in str(codes[0])
        assert codes[1] == "form completed; the evaluation code follows its complexity"

        # the code changed by hand to high: the preview warns, signing is refused, nothing signed or billed
        high = {**typed, "services": [{"code": "97163", "minutes": 45}]}
        assert client.put(f"/api/v1/notes/{note}", json=high, headers=headers).status_code == 200
        preview = client.post(
            f"/api/v1/notes/{note}/coding", json={"services": high["services"]}, headers=headers
        )
        assert (
            MISMATCH.format(code="97163", level="high", form="moderate", right="97162")
            in preview.json()["warnings"]
        )
        refused = client.post(f"/api/v1/notes/{note}/sign", headers=headers)
        assert refused.status_code == 422
        assert refused.json()["detail"] == (
            MISMATCH.format(code="97163", level="high", form="moderate", right="97162") + "."
        )
        assert one(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note)[0] == 0

        # high documented on the form: code and form agree, the note signs and bills 97163
        assert (
            client.put(
                f"/api/v1/notes/{note}/form", json={**FORM, "complexity": "high"}, headers=headers
            ).status_code
            == 200
        )
        signed = client.post(f"/api/v1/notes/{note}/sign", headers=headers)
        assert signed.status_code == 200, signed.text
        assert one(practice, "SELECT cpt FROM charge WHERE note_id = :n", n=note)[0] == "97163"
