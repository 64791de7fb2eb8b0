"""A note's outcome measures on its page (#20): the chart drew each measure's trend with the MCID, but the
note itself showed none of the scores it documents. In Debian's Chromium at 1024 x 768, through the
pages: the therapist's review page lists each measure of the note beside the patient's first score of it,
the change and the MCID verdict (improved, within the MCID, the baseline); signed on the page, the
scores are in the database as the patient's results and the signed page still shows them; a biller,
who reads signed notes but not outcome measures, gets the note without them."""

import re
from datetime import date

from browser_support import checked, confirm_warnings, logged_in, needs_chromium
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft
from page_helpers import provider_user
from scheduling_helpers import one
from sqlalchemy import text

from core.notes.measures import same_measure
from core.outcomes.models import OutcomeMeasureResult

DEMO_SIZE = "tiny"

pytestmark = needs_chromium

MEASURES = [
    {"measure": "LEFS", "score": 52, "unit": "points"},
    {"measure": "Berg", "score": 47, "unit": "points"},
    {"measure": "QuickDASH", "score": 30, "unit": "points"},
]


def test_same_measure_reads_the_mcid_tables_names() -> None:
    assert same_measure("6 minute walk", "6MWT") and same_measure(" lefs", "LEFS")
    assert same_measure("DASH", "QuickDASH")
    assert not same_measure("Berg", "LEFS") and not same_measure("TUG", "6MWT")


def _row(page, measure: str) -> str:  # type: ignore[no-untyped-def]
    return page.locator(f"#note-measures tr:has(td:text-is('{measure}'))").inner_text()


def test_the_notes_measures_show_against_the_first_score_and_the_mcid(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, patient = booked_appointment(practice, "PT", "medicare", skip=2)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    # The patient's first LEFS and Berg, years before: the baseline the note is compared with.
    with practice.session() as session:
        for measure, score in (("LEFS", 40.0), ("Berg", 45.0)):
            session.add(
                OutcomeMeasureResult(
                    patient_id=patient,
                    measure=measure,
                    score=score,
                    unit="points",
                    measured_on=date(2020, 1, 2),
                )
            )
        session.commit()
    dash_before = one(
        practice,
        "SELECT COUNT(*) FROM outcome_measure_result WHERE patient_id = :p AND measure IN ('QuickDASH', 'DASH')",
        p=patient,
    )[0]
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": MEASURES})

    # 1. The draft's page: each measure beside the first score, its change and the verdict.
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("form#note[data-ready=yes]")
    lefs = _row(page, "LEFS")
    assert "52 points" in lefs and "40 on 01/02/2020" in lefs and "+12" in lefs
    assert "improved by more than the MCID" in lefs and "9 (higher is better)" in lefs
    berg = _row(page, "Berg")
    assert (
        "47 points" in berg
        and "+2" in berg
        and "change smaller than the minimal clinically important difference" in berg
    )
    if dash_before == 0:
        assert "first score" in _row(page, "QuickDASH")
    checked(page, "note-measures-1-draft")

    # 2. Signed on the page: the scores become the patient's results, and the page keeps showing them.
    confirm_warnings(page)
    page.click("#sign")
    page.wait_for_function(
        "() => document.getElementById('status').textContent.startsWith('Signed')", timeout=30_000
    )
    visit = one(practice, "SELECT visit_id FROM note WHERE id = :n", n=note)[0]
    # Closed at once: an open session holds the process's SQLite write turn, and the server runs in this
    # process; left to the garbage collector, the next page waited for it (a 30 s timeout in CI).
    with practice.session() as session:
        rows = session.exec(
            text("SELECT measure, score FROM outcome_measure_result WHERE visit_id = :v").bindparams(v=visit)
        ).all()
    stored = {m: s for m, s in rows}
    assert stored == {"LEFS": 52, "Berg": 47, "QuickDASH": 30}
    # A fresh tab: the signed page's own script may still hold it (its leave-page guard).
    page.close()
    page = context.new_page()
    page.goto(f"/notes/{note}/review")
    assert re.search(r"\+12", _row(page, "LEFS")) and "improved" in _row(page, "LEFS")
    checked(page, "note-measures-2-signed")
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'outcome.read' AND patient_id = :p "
            "AND record_type = 'note' AND record_id = :n",
            p=patient,
            n=str(note),
        )[0]
        >= 2
    )
    context.close()

    # 3. The biller reads the signed note for the claim, not the outcome measures (and no refusal logged).
    refusals = "SELECT COUNT(*) FROM audit_entry WHERE action = 'outcome.read' AND outcome = 'denied'"
    denied = one(practice, refusals)[0]
    context, page = logged_in(chromium, server, practice.user("biller"))
    page.goto(f"/notes/{note}/review")
    page.wait_for_load_state()
    assert page.locator("#note-measures").count() == 0
    assert one(practice, refusals)[0] == denied
    context.close()
