"""The clinician's words that the year's therapy threshold is passed (KX): read from the clinician's turns
only, never from a door's threshold, a condition, a future or a denial; a draft without the record's
spending carries KX marked for review, a visit's draft is coded by the record and says where they differ."""

import pytest
from conftest import Practice
from scheduling_helpers import on_the_visit_day
from sqlalchemy import text
from sqlmodel import Session

from core.actor import Actor
from core.billing.coding import PayerRules
from core.users.service import actor_by_email
from core.visits.service import open_visit
from scribe.draft import draft
from scribe.drafting import draft_visit
from scribe.threshold_said import added_from_words, not_on_record, threshold_passed
from scribe.transcript import Segment

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

EXERCISE = "We did twenty minutes of therapeutic exercise, bridges and step ups."


def seg(*turns: tuple[str, str]) -> list[Segment]:
    return [Segment(i, i * 6.0, i * 6.0 + 5.0, who, said) for i, (who, said) in enumerate(turns)]


# (who said it, the words, passed?)
SAID = [
    (
        "therapist",
        "Your Medicare therapy total for this year is past the threshold, so we add the KX modifier.",
        True,
    ),
    (
        "therapist",
        "your pt and speech together are over the medicare threshold this year so kx goes on",
        True,
    ),
    (
        "therapist",
        "Billing says you went over the therapy threshold in October. I document it's medically necessary.",
        True,
    ),
    (
        "therapist",
        "You're at about nineteen hundred dollars of Medicare therapy, so you're not at the threshold yet.",
        False,
    ),
    (
        "therapist",
        "If you're still under the Medicare threshold next month we'll add the sport drills.",
        False,
    ),
    ("therapist", "You will probably pass the Medicare threshold by the end of the month.", False),
    ("therapist", "The Medicare threshold this year is twenty four eighty, you're under it.", False),
    ("therapist", "Step over the threshold of the door with the walker, good.", False),
    ("therapist", "Walking over the threshold into the kitchen is the therapy goal.", False),
    ("therapist", "Your pain went above the threshold today during therapy.", False),
    ("therapist", "Your therapy total hasn't passed the threshold.", False),
    ("therapist", "Last year you hit the Medicare threshold in October.", False),
    ("therapist", "Did your therapy total go past the threshold?", False),
    ("therapist", "We met with your Medicare case manager about the therapy threshold.", False),
    ("therapist", "I went over the Medicare threshold with you last week.", False),
    (
        "therapist",
        "The other clinic said you're over the Medicare threshold, but I checked and it isn't.",
        False,
    ),
    ("therapist", "When your total goes past the threshold we add KX.", False),
    ("therapist", "We're close to the therapy threshold, about a hundred dollars below it.", False),
    (
        "patient",
        "My Medicare therapy total is past the threshold, my neighbour told me, so bill the KX.",
        False,
    ),
    ("caregiver", "Her therapy spending is over the threshold already, put the KX on.", False),
    # spoken run-ons with no commas: a "before"/"after" that is no condition of the threshold (blind23)
    (
        "therapist",
        "okay so before we start heads up from billing your therapy this year went over the medicare threshold",
        True,
    ),
    (
        "therapist",
        "your therapy this year with the p t after the stroke went over the medicare threshold",
        True,
    ),
    (
        "therapist",
        "after your knee surgery in march your medicare therapy spending passed the threshold",
        True,
    ),
    ("therapist", "once your medicare therapy total is over the threshold we add kx", False),
    ("therapist", "after you go over the medicare threshold we put the kx on", False),
    ("therapist", "before it went past the medicare threshold we didn't need kx", False),
    ("therapist", "if your spending this year is over the medicare threshold billing will tell me", False),
    # the year's therapy named without money words (blind30)
    (
        "therapist",
        "You've passed this year's therapy threshold, because of the knee therapy in the spring.",
        True,
    ),
    (
        "therapist",
        "you had o t for your wrist in the spring so your occupational therapy this year is past the threshold",
        True,
    ),
    ("therapist", "You went past your yearly therapy threshold in August.", True),
    ("therapist", "You haven't passed this year's therapy threshold yet.", False),
    ("therapist", "Your pain went over the threshold this year during therapy.", False),
]


@pytest.mark.parametrize(("who", "said", "passed"), SAID)
def test_the_threshold_is_passed_only_where_the_clinician_says_so(who: str, said: str, passed: bool) -> None:
    assert (threshold_passed(seg((who, said), ("therapist", EXERCISE))) is not None) is passed


def test_the_kx_and_the_necessity_said_in_the_next_sentences_are_kept_with_it() -> None:
    said = threshold_passed(
        seg(
            (
                "therapist",
                "Your PT and speech together are over the Medicare threshold. So we add the KX "
                "modifier, and I document that this is medically necessary. Okay, sit down.",
            )
        )
    )
    assert said is not None and said.necessity_said
    assert said.quote.endswith("medically necessary.") and "sit down" not in said.quote


MEDICARE = PayerRules(unit_rule="cms", kx_threshold_cents=248_000)
COMMERCIAL = PayerRules(name="Aetna", unit_rule="per-code", unattended_stim_code="97014")


def test_a_draft_carries_kx_from_the_words_for_review_on_a_payer_with_a_threshold_only() -> None:
    turns = seg(
        ("therapist", "Your Medicare therapy total is past the threshold, so we add the KX modifier."),
        ("therapist", EXERCISE),
    )
    medicare = draft(turns, discipline="PT", note_type="daily", role="PT", rule="cms", rules=MEDICARE)
    assert [c["modifiers"] for c in medicare.codes] == [["GP", "KX"]]
    assert medicare.threshold is not None and added_from_words(medicare.threshold) in medicare.warnings
    assert "past the payer's threshold" in medicare.note["assessment"]
    commercial = draft(
        turns, discipline="PT", note_type="daily", role="PT", rule="per-code", rules=COMMERCIAL
    )
    assert [c["modifiers"] for c in commercial.codes] == [["GP"]] and commercial.threshold is None
    under = seg(("therapist", "You're not at the Medicare threshold yet."), ("therapist", EXERCISE))
    assert [
        c["modifiers"]
        for c in draft(under, discipline="PT", note_type="daily", role="PT", rule="cms", rules=MEDICARE).codes
    ] == [["GP"]]


def _medicare_visit(session: Session, skip: int) -> tuple[int, Actor]:
    """A visit opened by its PT for a booked follow-up of a patient whose payer has a KX threshold."""
    found = session.exec(
        text(
            """SELECT a.id, u.email FROM appointment a
            JOIN appointment_type t ON t.id = a.appointment_type_id
            JOIN provider p ON p.id = a.provider_id JOIN app_user u ON u.id = p.user_id
            JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
            JOIN payer_threshold h ON h.payer_id = i.payer_id
            WHERE a.status = 'booked' AND t.kind = 'follow-up' AND NOT a.progress_due
              AND p.credential = 'PT' AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
            ORDER BY a.starts_at DESC LIMIT 1 OFFSET :skip"""
        ).bindparams(skip=skip)
    ).first()
    assert found is not None, "the demo has Medicare patients' booked PT follow-ups"
    appointment, email = found
    actor = actor_by_email(session, email, "127.0.0.1")
    session.commit()  # its reads ended: on SQLite the helper's own read waits for no one
    with on_the_visit_day(session.get_bind(), appointment=appointment, log_ins=False):  # type: ignore[arg-type]
        visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
    return visit.id or 0, actor


def test_a_visits_draft_is_coded_by_the_record_and_says_where_the_words_differ(
    pristine_practice: Practice,
) -> None:
    with pristine_practice.session() as session:
        visit_id, actor = _medicare_visit(session, 0)
        lines = [
            ("therapist", "Your Medicare therapy total is past the threshold, so we add the KX modifier."),
            ("therapist", EXERCISE),
        ]
        transcript = {
            "segments": [
                {"speaker": w, "start": i * 6.0, "end": i * 6.0 + 5.0, "text": s}
                for i, (w, s) in enumerate(lines)
            ]
        }
        drafted = draft_visit(session, actor=actor, visit_id=visit_id, transcript=transcript)
        said = drafted.draft.threshold
        assert said is not None
        # Signing's codes, never the words', and the words' warning only where they differ.
        assert added_from_words(said) not in drafted.draft.warnings
        on_record = all("KX" in c["modifiers"] for c in drafted.draft.codes)
        assert (not_on_record(said) in drafted.draft.warnings) is not on_record


def test_a_visit_with_the_threshold_said_and_nothing_coded_is_drafted(pristine_practice: Practice) -> None:
    with pristine_practice.session() as session:
        visit_id, actor = _medicare_visit(session, 1)
        said = "Your Medicare therapy total is past the threshold, so we add the KX modifier."
        transcript = {"segments": [{"speaker": "therapist", "start": 0.0, "end": 5.0, "text": said}]}
        drafted = draft_visit(session, actor=actor, visit_id=visit_id, transcript=transcript)
        # Said, with no line to put KX on: the draft is saved, not refused.
        assert drafted.draft.threshold is not None
        assert drafted.draft.codes == [] and drafted.note.id is not None
