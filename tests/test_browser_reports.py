"""A therapist's reports and the patient's chart in a real browser (#20): Debian's Chromium, headless, at
1024 x 768, through the pages only. A PT writes a progress report on the visit due one, a re-evaluation
and a discharge summary chosen when the visit is opened, and an evaluation whose code is refused until
it agrees with the complexity on its form; the signed progress report's PDF is read for what a
Medicare daily note must carry; the chart shows the outcome measures over time with the MCID and the
plan of care in force with its goals. The database is read after each step. Every page passes
axe-core, fits the screen and is saved as a screenshot in var/screenshots (reports-*.png).
"""

import json
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from browser_support import checked, confirm_warnings, logged_in, needs_chromium
from conftest import on_the_wall_clock
from note_helpers import note_form
from page_helpers import provider_user
from scheduling_helpers import count, one
from test_note_workflow import _pdf_text

from core.timeutil import in_clinic_words, utcnow

pytestmark = needs_chromium


def _booked(practice, kind: str, progress_due: bool, skip: int = 0) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """A booked appointment of clinic 1 (id, provider, patient) of that kind with a PT who logs in,
    nobody's visit yet, whose patient has a plan of care (its diagnoses go on the note)."""
    return one(
        practice,
        """SELECT a.id, a.provider_id, a.patient_id FROM appointment a
        JOIN appointment_type t ON t.id = a.appointment_type_id JOIN provider p ON p.id = a.provider_id
        WHERE a.clinic_id = 1 AND a.status = 'booked' AND t.kind = :k AND a.progress_due = :d
          AND p.credential = 'PT' AND p.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
          AND EXISTS (SELECT 1 FROM plan_of_care c WHERE c.patient_id = a.patient_id AND c.discipline = 'PT')
        ORDER BY a.starts_at LIMIT 1 OFFSET :s""",
        k=kind,
        d=progress_due,
        s=skip,
    )


def _open(page, appointment: int, note_type: str | None, shot: str) -> int:  # type: ignore[no-untyped-def]
    """From the start page: the note type chosen (or left as booked), no consent, then the editor."""
    page.goto(f"/appointments/{appointment}/record")
    if note_type is not None:
        page.select_option("#note_type", note_type)
    checked(page, shot)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r"/visits/\d+/record"))
    visit = int(re.search(r"/visits/(\d+)/record", page.url).group(1))  # type: ignore[union-attr]
    page.click(f'a[href="/visits/{visit}/note"]')
    page.wait_for_selector("#editor")
    return visit


def _soap(page, codes: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    page.fill("#subjective", "Knee feels steadier on stairs; pain 2/10.")
    page.fill("#objective", "Flexion 120 degrees. Step-ups 3x12, single-leg balance 20 s.")
    page.fill("#assessment", "Progressing toward the goals; gait steadier.")
    page.fill("#plan", "Continue the home program.")
    for i, (code, minutes) in enumerate(codes, start=1):
        page.fill(f"#code_{i}", code)
        page.fill(f"#minutes_{i}", str(minutes))


def _every_goal_a_status(page, status: str) -> None:  # type: ignore[no-untyped-def]
    """The goal rows the plan of care filled (#20: a report opens with the plan's goals) given a status
    where the test typed none: a report gives every goal its status."""
    for i in range(1, page.locator("input[id^=goal_][type=text]").count() + 1):
        if page.input_value(f"#goal_{i}").strip() and not page.input_value(f"#goal_{i}_status"):
            page.select_option(f"#goal_{i}_status", status)


def _save(page) -> int:  # type: ignore[no-untyped-def]
    page.click("#save-note")
    page.wait_for_url(re.compile(r"/notes/\d+/review"))
    page.wait_for_selector("form#note[data-ready=yes]")
    return int(re.search(r"/notes/(\d+)/review", page.url).group(1))  # type: ignore[union-attr]


def _sign(page, says: str = "Signed") -> str:  # type: ignore[no-untyped-def]
    page.wait_for_selector("form#note[data-ready=yes]")
    confirm_warnings(page)
    page.click("#sign")
    page.wait_for_function(
        """() => /^(Signed|Not signed)/.test(document.getElementById('status').textContent)""",
        timeout=30_000,
    )
    said = page.inner_text("#status")
    assert said.startswith(says), said
    return said


def _codes(practice, note: int) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        from sqlalchemy import text

        return [
            tuple(row)
            for row in session.exec(
                text("SELECT cpt, units, minutes FROM charge WHERE note_id = :n ORDER BY cpt").bindparams(
                    n=note
                )
            ).all()
        ]


def test_a_progress_report_on_the_visit_due_one_signed_and_its_pdf_complete(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, patient = _booked(practice, "progress", progress_due=True)
    context, page = logged_in(chromium, server, provider_user(practice, provider))

    # 1. The week marks the visit due a progress report; it opens as one: the start page offers only
    # what reports progress.
    starts = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=appointment)[0]
    starts = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    page.goto(f"/my/week?day={starts.replace(tzinfo=UTC).astimezone(ZoneInfo('America/New_York')).date()}")
    row = page.locator(f'li.visit:has(a[href="/appointments/{appointment}/record"])')
    assert "progress report due" in row.inner_text()
    checked(page, "reports-0-week-progress-due")
    row.locator(f'a[href="/appointments/{appointment}/record"]').click()
    page.wait_for_url(re.compile(rf"/appointments/{appointment}/record"))
    offered = page.eval_on_selector_all("#note_type option", "os => os.map(o => o.value)")
    assert offered == ["progress", "re-evaluation", "discharge"]
    visit = _open(page, appointment, None, "reports-1-progress-start")
    assert one(practice, "SELECT note_type FROM visit WHERE id = :v", v=visit)[0] == "progress"
    assert "Progress" in page.inner_text("#form-h")

    # 2. Typed with its form: each goal's status, pain, an outcome measure.
    _soap(page, [("97110", 25), ("97140", 15), ("97112", 5)])
    page.fill("#goal_1", "Climb 12 stairs with one rail")
    page.select_option("#goal_1_status", "progressing")
    page.fill("#goal_2", "Walk 500 feet without a device")
    page.select_option("#goal_2_status", "met")
    page.fill("#pain_now", "2")
    page.fill("#outcomes_1_measure", "LEFS")
    page.keyboard.press("Escape")
    page.fill("#outcomes_1_score", "61")
    _every_goal_a_status(page, "progressing")
    checked(page, "reports-2-progress-typed")
    note = _save(page)
    form = note_form(practice, note)
    assert [(g["text"], g["status"]) for g in form["goals"]][:2] == [
        ("Climb 12 stairs with one rail", "progressing"),
        ("Walk 500 feet without a device", "met"),
    ]
    assert form["pain_now"] == 2
    assert page.locator("#form-missing").count() == 0
    checked(page, "reports-3-progress-review")

    # 3. Signed: the note, its type and its charges; 45 timed minutes are 3 units by the 8-minute rule.
    _sign(page)
    assert one(practice, "SELECT status, note_type FROM note WHERE id = :n", n=note) == ("signed", "progress")
    assert [c for c in _codes(practice, note) if c[1]] == [("97110", 2, 25), ("97140", 1, 15)]
    page.goto(f"/notes/{note}/review")
    checked(page, "reports-4-progress-signed")

    # 4. The signed note's PDF, from its link: what a Medicare note must carry, in the clinic's time.
    href = page.get_attribute("text=Signed note as PDF", "href")
    reply = page.request.get(href)
    assert reply.status == 200 and reply.headers["content-type"].startswith("application/pdf")
    pdf = re.sub(r"\\([()\\])", r"\1", _pdf_text(reply.body()))
    clinic, clinic_npi, zone = one(
        practice,
        "SELECT c.name, c.npi, c.timezone FROM clinic c JOIN note n ON n.clinic_id = c.id WHERE n.id = :n",
        n=note,
    )
    name, credential, npi = one(
        practice,
        "SELECT u.full_name, p.credential, p.npi FROM provider p JOIN app_user u ON u.id = p.user_id WHERE p.id = :p",
        p=provider,
    )
    icd10 = one(
        practice,
        "SELECT c.icd10_codes FROM plan_of_care c JOIN visit v ON v.plan_id = c.id WHERE v.id = :v",
        v=visit,
    )[0]
    icd10 = icd10 if isinstance(icd10, list) else json.loads(icd10)
    assert clinic in pdf and (not clinic_npi or f"NPI {clinic_npi}" in pdf)
    assert f"Provider: {name}, {credential}" in pdf and f"NPI {npi}" in pdf, pdf
    assert icd10 and f"Diagnoses (ICD-10-CM): {', '.join(icd10)}" in pdf, pdf
    assert re.search(r"97110 GP(?: \w+)*\s+2 units\s+25 min", pdf), pdf
    assert re.search(r"97140 GP(?: \w+)*\s+1 unit\s+15 min", pdf), pdf
    assert "Total timed minutes: 45   Total treatment time: 45 minutes" in pdf, pdf
    signed_at = one(practice, "SELECT signed_at FROM note_signature WHERE note_id = :n", n=note)[0]
    signed_at = signed_at if isinstance(signed_at, datetime) else datetime.fromisoformat(str(signed_at))
    # The signature's time in the clinic's words and zone (053f467), never the stored UTC.
    assert in_clinic_words(signed_at.replace(tzinfo=UTC), ZoneInfo(zone)) in pdf, pdf
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", pdf) and "+00:00" not in pdf and " UTC" not in pdf
    assert "Goals" in pdf and "Climb 12 stairs with one rail   progressing" in pdf
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'note' AND record_id = :n AND detail = 'exported as pdf'",
            n=str(note),
        )
        == 1
    )
    context.close()


@pytest.mark.parametrize("chosen", ["re-evaluation", "discharge"])
def test_a_re_evaluation_and_a_discharge_chosen_when_the_visit_opens(served, chromium, chosen: str) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = _booked(practice, "follow-up", progress_due=False, skip=2)
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    visit = _open(page, appointment, chosen, f"reports-5-{chosen}-start")
    assert one(practice, "SELECT note_type FROM visit WHERE id = :v", v=visit)[0] == chosen
    if chosen == "re-evaluation":
        _soap(page, [("97164", 30), ("97110", 15)])
        page.fill("#prior_level", "Walked a mile daily; drove; no device.")
        page.fill("#goal_1", "Walk 1000 feet without a device")
        page.select_option("#goal_1_status", "progressing")
        page.fill("#frequency_per_week", "2")
        page.fill("#duration_weeks", "4")
    else:
        _soap(page, [("97110", 23)])
        page.fill("#goal_1", "Walk 500 feet without a device")
        page.select_option("#goal_1_status", "met")
        page.select_option("#discharge_reason", "goals met")
        page.fill("#discharge_detail", "Independent with the home program")
    _every_goal_a_status(page, "met" if chosen == "discharge" else "progressing")
    checked(page, f"reports-6-{chosen}-typed")
    note = _save(page)
    assert page.locator("#form-missing").count() == 0
    checked(page, f"reports-7-{chosen}-review")
    _sign(page)
    checked(page, f"reports-8-{chosen}-signed")
    assert one(practice, "SELECT status, note_type FROM note WHERE id = :n", n=note) == ("signed", chosen)
    form = note_form(practice, note)
    if chosen == "re-evaluation":
        assert (form["frequency_per_week"], form["duration_weeks"]) == (2, 4)
        assert form["prior_level"].startswith("Walked a mile daily")
        assert [c[:2] for c in _codes(practice, note)] == [("97110", 1), ("97164", 1)]
    else:
        assert (form["discharge_reason"], form["discharge_detail"]) == (
            "goals met",
            "Independent with the home program",
        )
        assert [c[:2] for c in _codes(practice, note)] == [("97110", 2)]
    assert form["goals"][0]["status"] in ("progressing", "met")
    context.close()


def test_an_evaluations_code_follows_the_complexity_on_its_form(served, chromium) -> None:  # type: ignore[no-untyped-def]
    """Typed as low complexity (97161) with a form that says high: signing is refused with the code to
    bill named; the form saved with its complexity moves the code to 97163, which signs and bills."""
    practice, server = served
    appointment, provider, _ = _booked(practice, "evaluation", progress_due=False)
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/appointments/{appointment}/record")
    assert page.locator("#note_type").count() == 0  # an evaluation is written as one
    visit = _open(page, appointment, None, "reports-9-evaluation-start")
    assert one(practice, "SELECT note_type FROM visit WHERE id = :v", v=visit)[0] == "evaluation"
    _soap(page, [("97161", 45)])
    page.select_option("#complexity", "high")
    page.fill("#complexity_history", "diabetes, neuropathy, two falls this year")
    page.fill("#complexity_body_systems", "range of motion, strength, balance, gait")
    page.select_option("#complexity_presentation", "unstable")
    page.fill("#prior_level", "Walked a mile daily without a device.")
    page.fill("#goal_1", "Walk 500 feet without a device in 8 weeks")
    page.fill("#frequency_per_week", "2")
    page.fill("#duration_weeks", "8")
    note = _save(page)
    warned = page.inner_text("#warnings")
    assert "the evaluation bills 97161 (low complexity) but its form documents high complexity" in warned
    checked(page, "reports-10-evaluation-mismatch")

    said = _sign(page, "Not signed")
    assert "bill 97163 instead, or change the complexity on the form" in said, said
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] in ("draft", "in_review")
    assert count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 0
    checked(page, "reports-11-evaluation-refused")

    page.click("#save-form")
    page.wait_for_selector("form#note[data-ready=yes]")
    assert "Form saved." in page.inner_text("main")
    assert page.input_value("#codes input[name=code] >> nth=0") == "97163"
    checked(page, "reports-12-evaluation-code-followed")
    _sign(page)
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    assert [c[:2] for c in _codes(practice, note)] == [("97163", 1)]
    assert note_form(practice, note)["complexity"] == "high"
    # signed: the form turns into text to read at once, as the server writes it, and stays so
    page.wait_for_selector("section#note-form #form-read")
    assert page.locator("#note-form input, #note-form select, #note-form textarea").count() == 0
    assert page.inner_text("#read-complexity") == "high" and "2 visits a week for 8 weeks" in page.inner_text(
        "#read-frequency"
    )
    checked(page, "reports-13-evaluation-signed-form-read")
    page.reload()
    assert page.locator("#note-form input, #note-form select, #note-form textarea").count() == 0
    context.close()


def test_the_chart_trends_outcome_measures_with_the_mcid_and_shows_the_plan_in_force(
    served, chromium, demo_clock
) -> None:  # type: ignore[no-untyped-def]
    """At the demo's moment (conftest.demo_clock; the server in this process reads it too): a plan of
    care in force on any day (on the wall clock the demo's plans run out). The PT logs in on the wall
    clock."""
    practice, server = served
    # a patient of clinic 1 with a plan in force and a measure taken twice or more, seen by a PT who logs in
    patient, measure, taken, provider = one(
        practice,
        """SELECT r.patient_id, r.measure, COUNT(*), MIN(c.provider_id) FROM outcome_measure_result r
        JOIN patient p ON p.id = r.patient_id
        JOIN plan_of_care c ON c.patient_id = r.patient_id AND c.discipline = 'PT'
          AND c.start_date <= :today AND c.end_date >= :today
        JOIN provider v ON v.id = c.provider_id AND v.user_id IS NOT NULL AND v.credential = 'PT'
        WHERE r.measure IN ('LEFS', 'ODI', 'NDI', 'Berg', 'TUG', '6MWT')
          AND p.clinic_id = 1
        GROUP BY r.patient_id, r.measure HAVING COUNT(*) >= 2 ORDER BY COUNT(*) DESC, r.patient_id LIMIT 1""",
        today=utcnow().astimezone(ZoneInfo("America/New_York")).date(),
    )
    with on_the_wall_clock():  # the cookie's token would be expired if issued at the demo's moment
        context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/patients/{patient}/chart")
    figure = page.locator(f"figure.trend:has(figcaption strong:text-is('{measure}'))")
    assert figure.count() == 1
    caption = figure.locator("figcaption").inner_text()
    assert "MCID" in caption and re.search(r"\(([+-]\d+(\.\d+)?)\)", caption), caption
    svg = figure.locator("svg.chart.outcome")
    label = svg.get_attribute("aria-label")
    assert label is not None and "the dashed line is the MCID" in label
    assert len(re.findall(r"\d\d/\d\d/\d{4} ", label)) == taken  # every score on file, by date
    assert svg.locator("line.mcid").count() == 1 and svg.locator("circle.dot").count() == taken
    assert svg.locator("text.axis").count() >= 3  # axes with values
    # the value axis's labels stand left of its line, clear of it, and of one another (#20: centred on
    # the line, they overlapped it)
    boxes = svg.evaluate(
        """s => { const axis = s.querySelectorAll('line.axis-line')[1].getBoundingClientRect();
        const ys = [...s.querySelectorAll('text.axis[text-anchor=end]')].filter(t => t.textContent !== 'MCID')
          .map(t => t.getBoundingClientRect());
        return {axis: axis.left, ys: ys.map(b => [b.left, b.right, b.top, b.bottom])}; }"""
    )
    assert 2 <= len(boxes["ys"]) <= 6 and all(right <= boxes["axis"] for _, right, _, _ in boxes["ys"]), boxes
    tops = sorted(boxes["ys"], key=lambda b: b[2])
    assert all(a[3] <= b[2] + 0.5 for a, b in zip(tops, tops[1:], strict=False)), boxes
    # "MCID" stands right of the plot, clear of the line, the dots and every other label (#20: it sat
    # on the TUG chart's last dot)
    clear = svg.evaluate(
        """s => { const box = e => e.getBoundingClientRect();
        const mcid = box([...s.querySelectorAll('text')].find(t => t.textContent === 'MCID'));
        const others = [...s.querySelectorAll('text, circle.dot')].filter(e => e.textContent !== 'MCID').map(box);
        const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return !others.some(b => hit(mcid, b)) && mcid.left >= box(s.querySelector('polyline.series')).right; }"""
    )
    assert clear
    checked(page, "reports-13-chart-trends")

    # the plan in force: its goals with their status, as the database has them
    plans = page.locator("section[aria-labelledby=plan-h]")
    assert (
        "Plan of care in force" in plans.inner_text() and "No plan of care in force" not in plans.inner_text()
    )
    with practice.session() as session:
        from sqlalchemy import text

        goals = session.exec(
            text(
                """SELECT g.text, g.status FROM plan_goal g JOIN plan_of_care c ON c.id = g.plan_id
                WHERE c.patient_id = :p AND c.discipline = 'PT' AND c.start_date <= :t AND c.end_date >= :t"""
            ).bindparams(p=patient, t=utcnow().astimezone(ZoneInfo("America/New_York")).date())
        ).all()
    rows = plans.locator("table.goals tbody tr")
    shown = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert goals and len(shown) >= len(goals)
    for text_, status in goals:
        assert any(text_ in row and status in row for row in shown), (text_, status, shown)
    page.locator("section[aria-labelledby=plan-h]").scroll_into_view_if_needed()
    checked(page, "reports-14-chart-plan")
    context.close()
