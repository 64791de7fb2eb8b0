"""The pages, served: log-in, each role's home, the visit and review pages, and the role limits."""

from conftest import DEMO_TODAY
from note_helpers import DRAFT, login_as_provider
from page_helpers import provider_user
from scheduling_helpers import on_the_visit_day, one

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _log_in(practice, client, email: str, password: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/login", data={"email": email, "password": password, "next": "/"}, follow_redirects=False
    )


def test_a_page_without_a_log_in_goes_to_the_log_in_page(practice) -> None:
    client = practice.client()
    reply = client.get("/", follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"] == "/login?next=/"
    page = client.get("/login")
    assert page.status_code == 200 and 'name="password"' in page.text
    assert "/static/app/app.css" in page.text and "http" not in page.text.split("<body>")[0].replace(
        "http-equiv", ""
    )


def test_a_wrong_password_shows_the_reason_on_the_page(practice) -> None:
    client = practice.client()
    user = practice.user("front_desk")
    reply = _log_in(practice, client, user.email, "not-the-password")
    assert reply.status_code == 401 and 'role="alert"' in reply.text
    assert "not-the-password" not in reply.text


def test_each_role_has_a_home_page(practice) -> None:
    for role in ("therapist", "assistant", "front_desk", "biller", "owner"):
        client = practice.client()
        user = practice.user(role)
        reply = _log_in(practice, client, user.email, user.password)
        assert reply.status_code == 303, (role, reply.text)
        home = client.get(f"/?day={DEMO_TODAY.isoformat()}")
        assert home.status_code == 200, (role, home.text)
        assert "Alerts" in home.text and user.email in home.text


def test_a_therapist_opens_a_visit_records_and_reviews_but_the_front_desk_may_not(practice) -> None:
    appointment_id, provider_id = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT'
        ORDER BY a.starts_at DESC, a.id DESC LIMIT 1 OFFSET 3""",
    )
    therapist = practice.client()
    user = provider_user(practice, provider_id)
    assert _log_in(practice, therapist, user.email, user.password).status_code == 303
    with on_the_visit_day(practice.engine, appointment=appointment_id):
        start = therapist.get(f"/appointments/{appointment_id}/record")
        assert start.status_code == 200 and "consent" in start.text
        opened = therapist.post(
            f"/appointments/{appointment_id}/record", data={"consent": "yes"}, follow_redirects=False
        )
    assert opened.status_code == 303
    record_url = opened.headers["location"]
    visit_id = int(record_url.split("/")[2])
    page = therapist.get(record_url)
    assert page.status_code == 200 and 'id="record"' in page.text and "/static/app/record.js" in page.text
    assert therapist.get("/static/app/record.js").status_code == 200
    headers = login_as_provider(practice, therapist, provider_id)
    note = therapist.post(f"/api/v1/visits/{visit_id}/note", json=DRAFT, headers=headers).json()["id"]
    review = therapist.get(f"/notes/{note}/review")
    assert review.status_code == 200 and "Knee flexion 110 degrees." in review.text and "97110" in review.text
    desk = practice.client()
    clerk = practice.user("front_desk")
    assert _log_in(practice, desk, clerk.email, clerk.password).status_code == 303
    for url in (f"/notes/{note}/review", record_url):
        refused = desk.get(url)
        assert refused.status_code == 403, url
        assert "Knee flexion" not in refused.text and "<h1>Not open to your role</h1>" in refused.text
