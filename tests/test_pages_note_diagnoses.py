"""The typed note shows the visit's diagnoses (#20): a daily note typed in the editor said nothing of the
ICD-10 codes its claim would point to, so a lapsed or missing plan of care was found only when the claim
was held. In Debian's Chromium at 1024 x 768, through the pages: the editor and the review page show the
codes of the plan of care in force on the date of service (the database's), a visit after the plan ended
says so, a patient with no plan is told there is none with the link to write one; the note typed is
saved as typed. Each page passes axe-core (var/screenshots/diagnoses-*.png)."""

import json
import re
from datetime import UTC, datetime, timedelta

from browser_support import checked, logged_in, needs_chromium
from note_helpers import login_as_provider, open_visit
from page_helpers import provider_user
from scheduling_helpers import NY, one
from sqlalchemy import text

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def _visit_for(practice, covered: str, skip: int = 0) -> tuple[int, int, int, list[str] | None]:  # type: ignore[no-untyped-def]
    """A booked PT follow-up (appointment, provider, patient) whose patient has a PT plan in force on its
    day ('in force'), one that ended before it ('ended') or none ('none'), and that plan's codes."""
    with practice.session() as session:
        rows = session.exec(
            text(
                """SELECT a.id, a.provider_id, a.patient_id, a.starts_at FROM appointment a
                JOIN provider p ON p.id = a.provider_id
                JOIN appointment_type t ON t.id = a.appointment_type_id
                WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND t.kind = 'follow-up'
                ORDER BY a.starts_at"""
            )
        ).all()
        for appointment, provider, patient, starts in rows:
            moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
            day = moment.replace(tzinfo=UTC).astimezone(NY).date()
            plans = session.exec(
                text(
                    "SELECT start_date, end_date, icd10_codes FROM plan_of_care WHERE patient_id = :p "
                    "AND discipline = 'PT' AND start_date <= :d ORDER BY end_date DESC"
                ).bindparams(p=patient, d=day)
            ).all()
            ends = [datetime.fromisoformat(str(e)[:10]).date() for _, e, _ in plans]
            kind = "none" if not plans else "in force" if ends[0] >= day else "ended"
            if kind == covered and skip:
                skip -= 1
            elif kind == covered:
                codes = plans[0][2] if plans else None
                return (
                    appointment,
                    provider,
                    patient,
                    (json.loads(codes) if isinstance(codes, str) else codes),
                )
    raise AssertionError(f"no visit whose plan is {covered}")


def test_the_typed_note_shows_the_diagnoses_it_is_billed_under(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, patient, codes = _visit_for(practice, "in force")
    assert codes
    api = practice.client()
    visit = open_visit(api, login_as_provider(practice, api, provider), appointment)
    context, page = logged_in(chromium, server, provider_user(practice, provider))

    # 1. The editor: the plan's codes, before anything is typed.
    page.goto(f"/visits/{visit}/note")
    assert page.inner_text("#dx-codes") == ", ".join(codes)
    checked(page, "diagnoses-1-editor")

    # 2. Typed and saved: the note as typed, and the review page names the same codes.
    page.fill("#subjective", "Knee pain 3/10 on stairs.")
    page.fill("#assessment", "Better with stairs; continue the plan.")
    page.fill("#code_1", "97110")
    page.fill("#minutes_1", "25")
    page.click("#editor button[type=submit]")
    page.wait_for_url(re.compile(r"/notes/\d+/review"))
    note = int(re.search(r"/notes/(\d+)/review", page.url).group(1))  # type: ignore[union-attr]
    assert (
        one(
            practice,
            "SELECT v.subjective FROM note_version v JOIN note n ON n.id = v.note_id "
            "AND v.version = n.current_version WHERE n.id = :n",
            n=note,
        )[0]
        == "Knee pain 3/10 on stairs."
    )
    assert page.inner_text("#dx-codes") == ", ".join(codes)
    checked(page, "diagnoses-2-review")
    context.close()


def test_a_lapsed_or_missing_plan_is_said_on_the_editor(served, chromium) -> None:  # type: ignore[no-untyped-def]
    """The tiny demo books follow-ups only under a plan: one patient's plan is made to end the day before
    the visit, another's to start the day after (none then in force nor before)."""
    practice, server = served
    api = practice.client()
    for covered, shown, change in (
        ("ended", "#dx-ended", "end_date = :before"),
        ("none", "#dx-none", "start_date = :after"),
    ):
        # the next visit under a plan (the first is the other test's; the patient just changed has none now)
        appointment, provider, patient, codes = _visit_for(practice, "in force", skip=1)
        starts = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=appointment)[0]
        moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
        day = moment.replace(tzinfo=UTC).astimezone(NY).date()
        moved = {"before": day - timedelta(days=1), "after": day + timedelta(days=1)}
        name = change.split(":")[1]
        with practice.session() as session:
            session.exec(
                text(
                    f"UPDATE plan_of_care SET {change} WHERE patient_id = :p AND discipline = 'PT'"
                ).bindparams(p=patient, **{name: moved[name]})
            )
            session.commit()
        visit = open_visit(api, login_as_provider(practice, api, provider), appointment)
        context, page = logged_in(chromium, server, provider_user(practice, provider))
        page.goto(f"/visits/{visit}/note")
        said = page.inner_text(shown)
        if covered == "ended":
            assert "ended on" in said and ", ".join(codes or []) in said
            assert (day - timedelta(days=1)).strftime("%m/%d/%Y") in said
        else:
            assert "No plan of care on file" in said
            assert page.get_attribute("#dx-none a", "href") == f"/patients/{patient}/plans/new"
        checked(page, f"diagnoses-3-{covered}")
        context.close()
