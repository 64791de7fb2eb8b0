"""Signing says what it attests and signs no draft's marks (#20): a new-user trial found signed notes and
their PDFs still carrying the scribe's '(as said; review)' and a Sign button that named no date, code,
unit or minute. Now the review page lists what the signature attests (date of service, each code with
its units and minutes as billed, total timed minutes, total treatment time), a note with sentences still
marked is signed only once the signer edits them or accepts them as written (core.notes.workflow.sign),
and the signed version and its PDF carry no mark; a note signed after its date of service is marked
'Late entry' on the page and the PDF."""

from datetime import UTC, datetime, timedelta

import pytest
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, one
from sqlalchemy import text
from test_note_workflow import _pdf_text

from core.notes.late_entry import late_entry_words, signed_late
from core.notes.review_marks import marked_sentences, marks_in, without_marks
from core.notes.signing import CodeLine, SigningSummary, summary_lines

DEMO_SIZE = "tiny"

QUOTE = 'Patient reports: "The knee gave out on the stairs twice." (as said; review)'


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (QUOTE, ['Patient reports: "The knee gave out on the stairs twice."']),
        (
            'Pain 3/10. Caregiver reports: "He sleeps 6 hours now." (as said; review) Walks daily.',
            ['Caregiver reports: "He sleeps 6 hours now."'],
        ),
        (
            'Asked: "any weight loss?" Caregiver answers: "about 10 pounds" (as said; review)',
            ['Asked: "any weight loss?" Caregiver answers: "about 10 pounds"'],
        ),
        ('Precautions: "no crossing the legs" (as said; review)', ['Precautions: "no crossing the legs"']),
        ('"3 out of 10 okay" (as said; review)\nKnee flexion 110.', ['"3 out of 10 okay"']),
        (f"{QUOTE}\n{QUOTE}", ['Patient reports: "The knee gave out on the stairs twice."'] * 2),
        # a mark after words the scribe did not quote: the line before it
        ("Knee swelling mild (as said; review)", ["Knee swelling mild"]),
        # must not change: no mark, nothing to resolve
        ("Pain 3/10 in the left knee.", []),
        ('Patient reports: "as said" and review of systems negative.', []),
        ("", []),
    ],
)
def test_the_marked_sentences_are_found_as_they_read_without_the_mark(text: str, marked: list[str]) -> None:
    assert marked_sentences(text) == marked
    assert "(as said; review)" not in without_marks(text)
    if not marked:
        assert without_marks(text) == text


def test_a_notes_marks_are_read_in_its_sections_order() -> None:
    sections = {"plan": QUOTE, "subjective": '"a" (as said; review)', "objective": "ROM 110."}
    assert marks_in(sections) == ['"a"', 'Patient reports: "The knee gave out on the stairs twice."']


EAST = __import__("zoneinfo").ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("served", "signed", "late"),
    [
        (datetime(2026, 12, 5, 14, tzinfo=UTC), datetime(2026, 12, 5, 22, tzinfo=UTC), False),
        # 11:30 PM in New York is the next day in UTC: still the day of service
        (datetime(2026, 12, 5, 14, tzinfo=UTC), datetime(2026, 12, 6, 4, 30, tzinfo=UTC), False),
        (datetime(2026, 12, 5, 14, tzinfo=UTC), datetime(2026, 12, 6, 14, tzinfo=UTC), True),
        (datetime(2026, 12, 5, 14, tzinfo=UTC), datetime(2026, 12, 9, 14, tzinfo=UTC), True),
    ],
)
def test_a_note_signed_on_a_later_clinic_day_is_a_late_entry(
    served: datetime, signed: datetime, late: bool
) -> None:
    assert signed_late(served, signed, EAST) is late
    words = late_entry_words(served, signed, EAST)
    assert (
        words == f"Late entry: signed {signed.astimezone(EAST):%m/%d/%Y} for the date of service 12/05/2026"
    ) is late
    assert (words == "") is not late
    assert late_entry_words(served, None, EAST) == ""


def test_the_summary_names_date_codes_units_and_minutes() -> None:
    summary = SigningSummary(
        served=datetime(2026, 12, 5).date(),
        lines=(
            CodeLine("97110", ("GP",), 2, 33),
            CodeLine("97140", ("GP",), 1, 7),
            CodeLine("97010", (), 1, 0),
        ),
        timed_minutes=40,
        total_minutes=40,
        marks=(),
        late=False,
    )
    assert summary_lines(summary) == [
        "Date of service: 12/05/2026",
        "97110 GP: 2 units (33 min)",
        "97140 GP: 1 unit (7 min)",
        "97010: 1 unit",
        "Total timed minutes: 40",
        "Total treatment time: 40 minutes",
    ]
    none = SigningSummary(summary.served, (), 0, 1, (), True)
    assert summary_lines(none)[1:] == [
        "No codes: nothing is billed",
        "Total timed minutes: 0",
        "Total treatment time: 1 minute",
        "Late entry: signed after the date of service, and marked so on the note",
    ]


def _marked_note(practice, skip: int):  # type: ignore[no-untyped-def]
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=skip)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    draft = {**DRAFT, "subjective": f"Pain 3/10 in the left knee. {QUOTE}", "measures": []}
    return api, headers, provider, open_and_draft(practice, api, headers, appointment, draft)


def _texts(practice, note: int) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT version, subjective, change_summary FROM note_version WHERE note_id = :n ORDER BY version"
            ),
            {"n": note},
        )
        return [tuple(r) for r in rows]


def test_the_review_page_says_what_signing_attests_and_asks_for_the_marks(practice) -> None:  # type: ignore[no-untyped-def]
    _, _, provider, note = _marked_note(practice, skip=0)
    page = page_client(practice, provider_id=provider).get(f"/notes/{note}/review")
    assert page.status_code == 200, page.text
    served = one(
        practice,
        "SELECT v.service_date FROM note n JOIN visit v ON v.id = n.visit_id WHERE n.id = :n",
        n=note,
    )[0]
    assert 'id="attests"' in page.text and "Signing attests" in page.text
    assert "Date of service: " in page.text and "97110 GP: 2 units (33 min)" in page.text
    assert "97140 GP: 1 unit (7 min)" in page.text
    assert "Total timed minutes: 40" in page.text and "Total treatment time: 40 minutes" in page.text
    assert served is not None
    assert "1 sentence of the draft still marked" in page.text and 'id="accept-marks"' in page.text
    assert 'id="sign" class="primary" disabled aria-describedby="marks-said"' in page.text


def test_marks_are_edited_or_accepted_before_signing_and_the_signed_note_has_none(practice) -> None:  # type: ignore[no-untyped-def]
    api, headers, provider, note = _marked_note(practice, skip=0)
    path = f"/api/v1/notes/{note}/sign"
    refused = post_on_the_visit_day(api, note, path, json={}, headers=headers)
    assert refused.status_code == 422, refused.text
    assert "1 sentence of the draft still marked '(as said; review)'" in refused.json()["detail"]
    assert refused.json()["unresolved_review_marks"] == [
        'Patient reports: "The knee gave out on the stairs twice."'
    ]
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] != "signed"
    assert one(practice, "SELECT count(*) FROM charge WHERE note_id = :n", n=note)[0] == 0

    signed = post_on_the_visit_day(api, note, path, json={"accept_review_marks": True}, headers=headers)
    assert signed.status_code == 200 and signed.json()["status"] == "signed", signed.text
    versions = _texts(practice, note)
    assert "(as said; review)" in versions[0][1]  # the draft as the scribe wrote it is kept
    last = versions[-1]
    assert last[1] == 'Pain 3/10 in the left knee. Patient reports: "The knee gave out on the stairs twice."'
    assert last[2] == "1 marked sentence accepted as written at signing"
    signature = one(practice, "SELECT version FROM note_signature WHERE note_id = :n", n=note)[0]
    assert signature == last[0]
    pdf = _pdf_text(api.get(f"/api/v1/notes/{note}/pdf", headers=headers).content)
    assert "as said; review" not in pdf and "The knee gave out" in pdf
    read = page_client(practice, provider_id=provider).get(f"/notes/{note}/review").text
    assert "(as said; review)" not in read and 'id="attests"' not in read
    detail = one(
        practice,
        "SELECT detail FROM audit_entry WHERE record_type = 'note' AND record_id = :n AND action = 'note.sign'",
        n=str(note),
    )[0]
    assert "1 marked sentence accepted as written" in detail


def test_a_mark_edited_away_signs_without_accepting_anything(practice) -> None:  # type: ignore[no-untyped-def]
    api, headers, _, note = _marked_note(practice, skip=0)
    edited = api.put(f"/api/v1/notes/{note}", json={**DRAFT, "measures": []}, headers=headers)
    assert edited.status_code == 200, edited.text
    signed = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", json={}, headers=headers)
    assert signed.json()["status"] == "signed", signed.text
    assert _texts(practice, note)[-1][2] != "1 marked sentence accepted as written at signing"


def test_an_unmarked_note_signs_as_before_and_is_no_late_entry_on_its_day(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change: a note without marks signs with no flag; signed on its day, it is no late entry."""
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    pages = page_client(practice, provider_id=provider)
    with clock_with_log_ins(practice.engine, _served(practice, note) + timedelta(hours=6)):
        page = pages.get(f"/notes/{note}/review").text
        assert 'id="accept-marks"' not in page and 'id="sign" class="primary">' in page
        signed = api.post(f"/api/v1/notes/{note}/sign", headers=headers)
    assert signed.json()["status"] == "signed", signed.text
    assert len(_texts(practice, note)) == 1
    read = page_client(practice, provider_id=provider).get(f"/notes/{note}/review").text
    assert "Late entry" not in read
    assert "Late entry" not in _pdf_text(api.get(f"/api/v1/notes/{note}/pdf", headers=headers).content)


def _served(practice, note: int) -> datetime:  # type: ignore[no-untyped-def]
    served = one(
        practice,
        "SELECT v.service_date FROM note n JOIN visit v ON v.id = n.visit_id WHERE n.id = :n",
        n=note,
    )[0]
    served = served if isinstance(served, datetime) else datetime.fromisoformat(str(served))
    return served.replace(tzinfo=UTC) if served.tzinfo is None else served


def test_a_note_signed_days_after_its_visit_says_late_entry_on_the_page_and_pdf(practice) -> None:  # type: ignore[no-untyped-def]
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    pages = page_client(practice, provider_id=provider)
    with clock_with_log_ins(practice.engine, _served(practice, note) + timedelta(days=2)):
        page = pages.get(f"/notes/{note}/review").text
        assert "Late entry: signed after the date of service, and marked so on the note" in page
        signed = api.post(f"/api/v1/notes/{note}/sign", headers=headers)
        assert signed.json()["status"] == "signed", signed.text
        read = pages.get(f"/notes/{note}/review").text
        pdf = _pdf_text(api.get(f"/api/v1/notes/{note}/pdf", headers=headers).content)
    assert 'id="late-entry"' in read and "Late entry: signed " in read
    assert "Late entry: signed " in pdf and "for the date of service" in pdf
