"""Sessions end when they should (log-out, a new password, a deactivated account, the clinic's idle
time-out, the token's lifetime), every reply carries the browser's security headers, a write riding on
the cookie must come from our own pages, failed log-ins slow only the address that made them, and the
client's address comes from X-Forwarded-For only through a trusted proxy."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import Practice
from fastapi.testclient import TestClient
from page_helpers import page_client
from sqlalchemy import text
from sqlmodel import col, select
from starlette.datastructures import Headers

from core.audit.models import AuditEntry
from core.users.models import AuthSession, LoginAttempt, User
from core.users.rules import login_wait, session_closed
from core.users.security import read_token
from web.app import create_app
from web.client_address import client_address_of
from web.same_origin import cross_origin_write

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

PATIENTS = "/api/v1/patients?limit=1"
NEW_PATIENT = {"clinic_id": 1, "first_name": "Origin", "last_name": "Checked", "birth_date": "1970-01-02"}


def _client(practice: Practice, address: str = "testclient", **settings: object) -> TestClient:
    """A client whose connection comes from `address`, on an app with these settings changed."""
    app = create_app(engine=practice.engine, settings=practice.settings.model_copy(update=settings))
    return TestClient(app, client=(address, 50000))


def _login(client: TestClient, user, password: str | None = None):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/v1/auth/login", json={"email": user.email, "password": password or user.password}
    )


def _bearer(client: TestClient, user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    reply = _login(client, user)
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def _session_row(practice: Practice, headers: dict[str, str]) -> AuthSession:
    claims = read_token(headers["Authorization"][7:], practice.settings.resolved_secret_key())
    with practice.session() as session:
        row = session.get(AuthSession, claims.session_id)
        assert row is not None
        return row


def _set_session(practice: Practice, headers: dict[str, str], **times: datetime) -> None:
    row = _session_row(practice, headers)
    with practice.engine.begin() as conn:
        for column, moment in times.items():
            conn.execute(
                text(f"UPDATE auth_session SET {column} = :t WHERE key = :k"), {"t": moment, "k": row.key}
            )


def _user_id(practice: Practice, email: str) -> int:
    with practice.session() as session:
        return session.exec(select(User.id).where(User.email == email)).one()


def _therapist(practice: Practice, n: int):  # type: ignore[no-untyped-def]
    return [u for u in practice.users if u.role == "therapist"][n]


# Sessions


def test_logout_ends_the_session_for_every_copy_of_the_token(pristine_practice: Practice) -> None:
    client = pristine_practice.client()
    headers = _bearer(client, _therapist(pristine_practice, 0))
    assert client.get(PATIENTS, headers=headers).status_code == 200
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    again = pristine_practice.client().get(PATIENTS, headers=headers)
    assert again.status_code == 401 and "ended" in again.json()["detail"]
    assert _session_row(pristine_practice, headers).revoked_why == "logout"


def test_logging_out_of_the_pages_ends_the_cookie_too(pristine_practice: Practice) -> None:
    client = page_client(pristine_practice, "front_desk")
    cookie = client.cookies.get("therascribe_session")
    assert client.get(PATIENTS).status_code == 200
    assert client.post("/logout", follow_redirects=False).status_code == 303
    thief = pristine_practice.client()
    thief.cookies.set("therascribe_session", cookie)
    assert thief.get(PATIENTS).status_code == 401
    page = thief.get("/patients", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_a_new_password_ends_every_other_session(pristine_practice: Practice) -> None:
    user = _therapist(pristine_practice, 1)
    here, elsewhere = pristine_practice.client(), pristine_practice.client()
    mine, other = _bearer(here, user), _bearer(elsewhere, user)
    new = "a-much-longer-passphrase"
    wrong = here.post(
        "/api/v1/auth/password",
        json={"current_password": "not-it", "new_password": new},
        headers=mine,
    )
    assert wrong.status_code == 403
    assert elsewhere.get(PATIENTS, headers=other).status_code == 200
    changed = here.post(
        "/api/v1/auth/password",
        json={"current_password": user.password, "new_password": new},
        headers=mine,
    )
    assert changed.status_code == 204, changed.text
    assert elsewhere.get(PATIENTS, headers=other).status_code == 401
    assert here.get(PATIENTS, headers=mine).status_code == 200  # the session that changed it goes on
    assert _login(pristine_practice.client(), user).status_code == 401
    assert _login(pristine_practice.client(), user, new).status_code == 200
    with pristine_practice.session() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "user.password")).one()
    assert entry.user_id == _user_id(pristine_practice, user.email) and user.password not in entry.detail


def test_deactivation_ends_the_sessions_for_good(pristine_practice: Practice) -> None:
    user = _therapist(pristine_practice, 2)
    client = pristine_practice.client()
    theirs = _bearer(client, user)
    owner = _bearer(client, pristine_practice.user("owner"))
    uid = _user_id(pristine_practice, user.email)
    assert client.put(f"/api/v1/users/{uid}/active", json={"active": False}, headers=owner).status_code == 204
    assert client.get(PATIENTS, headers=theirs).status_code == 401
    assert _session_row(pristine_practice, theirs).revoked_why == "deactivated"
    # Taken back on, the person logs in again: the token from before stays dead.
    assert client.put(f"/api/v1/users/{uid}/active", json={"active": True}, headers=owner).status_code == 204
    assert client.get(PATIENTS, headers=theirs).status_code == 401
    assert client.get(PATIENTS, headers=_bearer(client, user)).status_code == 200


def test_an_idle_session_ends_after_the_clinics_time_out(pristine_practice: Practice) -> None:
    client = pristine_practice.client()
    headers = _bearer(client, pristine_practice.user("front_desk", "hillcrest"))
    now = datetime.now(UTC)
    _set_session(pristine_practice, headers, last_seen_at=now - timedelta(minutes=14))
    assert client.get(PATIENTS, headers=headers).status_code == 200
    _set_session(pristine_practice, headers, last_seen_at=now - timedelta(minutes=16))
    idle = client.get(PATIENTS, headers=headers)
    assert idle.status_code == 401 and "without use" in idle.json()["detail"]
    # The clinic allows 30 minutes: the same session is good again until then.
    owner = _bearer(client, pristine_practice.user("owner"))
    set_to = client.patch("/api/v1/clinics/2/settings", json={"idle_timeout_minutes": 30}, headers=owner)
    assert set_to.status_code == 200, set_to.text
    assert client.get(PATIENTS, headers=headers).status_code == 200
    _set_session(pristine_practice, headers, last_seen_at=now - timedelta(minutes=31))
    assert client.get(PATIENTS, headers=headers).status_code == 401


def test_a_session_ends_at_its_absolute_expiry_however_busy(pristine_practice: Practice) -> None:
    client = pristine_practice.client()
    headers = _bearer(client, pristine_practice.user("biller"))
    _set_session(pristine_practice, headers, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    expired = client.get("/api/v1/payers", headers=headers)
    assert expired.status_code == 401 and "expired" in expired.json()["detail"]


def test_last_seen_is_written_at_most_once_a_minute(pristine_practice: Practice) -> None:
    client = pristine_practice.client()
    headers = _bearer(client, pristine_practice.user("front_desk", "riverside"))
    first = _session_row(pristine_practice, headers).last_seen_at
    for _ in range(3):
        assert client.get(PATIENTS, headers=headers).status_code == 200
    assert _session_row(pristine_practice, headers).last_seen_at == first
    stale = datetime.now(UTC) - timedelta(minutes=2)
    _set_session(pristine_practice, headers, last_seen_at=stale)
    assert client.get(PATIENTS, headers=headers).status_code == 200
    seen = _session_row(pristine_practice, headers).last_seen_at
    assert seen.replace(tzinfo=UTC) > stale + timedelta(minutes=1)


def test_a_token_without_a_session_is_refused(pristine_practice: Practice) -> None:
    import jwt

    secret = pristine_practice.settings.resolved_secret_key()
    exp = datetime.now(UTC) + timedelta(hours=1)
    old_style = jwt.encode({"sub": "1", "exp": exp, "typ": "access"}, secret, algorithm="HS256")
    unknown = jwt.encode(
        {"sub": "1", "sid": "made-up", "exp": exp, "typ": "access"}, secret, algorithm="HS256"
    )
    client = pristine_practice.client()
    for token in (old_style, unknown):
        assert client.get(PATIENTS, headers={"Authorization": f"Bearer {token}"}).status_code == 401


@pytest.mark.parametrize(
    ("revoked", "expires_in", "seen_ago", "why"),
    [
        (None, 60, 5, None),
        (None, 60, 15, "idle"),
        (None, 0, 1, "expired"),
        (datetime(2026, 1, 1, tzinfo=UTC), 60, 1, "ended"),
    ],
)
def test_when_a_session_is_over(revoked, expires_in: int, seen_ago: int, why: str | None) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    assert (
        session_closed(
            revoked_at=revoked,
            expires_at=now + timedelta(minutes=expires_in),
            last_seen_at=now - timedelta(minutes=seen_ago),
            now=now,
            idle=timedelta(minutes=15),
        )
        == why
    )


# Headers


SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}


def _assert_secured(reply, *, cached: bool = False) -> None:  # type: ignore[no-untyped-def]
    for name, value in SECURITY_HEADERS.items():
        assert reply.headers.get(name) == value, (reply.url, name)
    policy = reply.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "script-src 'self';" in policy
    assert (reply.headers.get("cache-control") == "no-store") is not cached, reply.url


def test_api_replies_and_pages_carry_the_security_headers(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    _assert_secured(client.get(PATIENTS, headers=headers))
    _assert_secured(client.get(PATIENTS))  # a refusal too
    _assert_secured(client.get("/login"))
    pages = page_client(practice, "therapist")
    for path in ("/", "/patients", "/calendar", "/assistant"):
        page = pages.get(path)
        assert page.status_code == 200, path
        _assert_secured(page)
        # What the policy would block: inline scripts, inline styles and handlers.
        assert "<script>" not in page.text and "style=" not in page.text and " onclick=" not in page.text
    _assert_secured(pages.get("/static/app/app.css"), cached=True)


def test_an_unexpected_failure_carries_the_security_headers_too(practice: Practice) -> None:
    app = create_app(engine=practice.engine, settings=practice.settings)

    @app.get("/api/v1/broken")
    def broken() -> None:
        raise RuntimeError("a bug")

    reply = TestClient(app, raise_server_exceptions=False).get("/api/v1/broken")
    assert reply.status_code == 500 and "a bug" not in reply.text
    _assert_secured(reply)


def test_the_api_docs_run_their_own_script_and_nothing_else_inline(practice: Practice) -> None:
    docs = practice.client().get("/docs")
    policy = docs.headers["content-security-policy"]
    assert docs.status_code == 200 and "'sha256-" in policy and "frame-ancestors 'none'" in policy
    assert (
        "script-src 'self' 'sha256-" in policy
        and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    )


# Origin of cookie-authenticated writes


def _patients_named(practice: Practice, last_name: str) -> int:
    with practice.engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM patient WHERE last_name = :n"), {"n": last_name}
        ).scalar_one()


def test_a_cookie_write_from_another_origin_is_refused(pristine_practice: Practice) -> None:
    client = page_client(pristine_practice, "front_desk")
    body = {**NEW_PATIENT, "last_name": "Crossorigin"}
    for source in (
        {"Origin": "https://attacker.example"},
        {"Origin": "null"},
        {"Origin": "http://testserver.attacker.example"},
        {"Referer": "https://attacker.example/page"},
    ):
        refused = client.post("/api/v1/patients", json=body, headers=source)
        assert refused.status_code == 403, (source, refused.text)
        assert refused.headers["x-frame-options"] == "DENY"
    assert client.post("/logout", headers={"Origin": "https://attacker.example"}).status_code == 403
    assert client.get(PATIENTS).status_code == 200  # the forged log-out ended nothing
    assert _patients_named(pristine_practice, "Crossorigin") == 0
    same = client.post("/api/v1/patients", json=body, headers={"Origin": "http://testserver"})
    assert same.status_code == 201, same.text
    by_referer = client.post(
        "/api/v1/patients",
        json={**body, "first_name": "Referred"},
        headers={"Referer": "http://testserver/patients"},
    )
    assert by_referer.status_code == 201, by_referer.text


def test_bearer_calls_are_not_origin_checked(pristine_practice: Practice) -> None:
    client = pristine_practice.client()
    headers = _bearer(client, pristine_practice.user("front_desk", "hillcrest"))
    client.cookies.clear()
    body = {**NEW_PATIENT, "clinic_id": 2, "last_name": "Bearerorigin"}
    reply = client.post("/api/v1/patients", json=body, headers={**headers, "Origin": "https://tool.example"})
    assert reply.status_code == 201, reply.text


@pytest.mark.parametrize(
    ("method", "headers", "refused"),
    [
        ("POST", {"cookie": "therascribe_session=x", "origin": "https://evil.example"}, True),
        ("DELETE", {"cookie": "therascribe_session=x", "referer": "http://evil.example/"}, True),
        ("POST", {"cookie": "therascribe_session=x", "origin": "http://clinic.local:8000"}, False),
        ("POST", {"cookie": "therascribe_session=x"}, False),  # not from a page
        ("GET", {"cookie": "therascribe_session=x", "origin": "https://evil.example"}, False),
        ("POST", {"origin": "https://evil.example"}, False),  # no cookie: nothing ambient to abuse
        (
            "POST",
            {
                "cookie": "therascribe_session=x",
                "origin": "https://evil.example",
                "authorization": "Bearer t",
            },
            False,
        ),
    ],
)
def test_which_writes_are_cross_origin(method: str, headers: dict[str, str], refused: bool) -> None:
    assert cross_origin_write(method, Headers(headers), ["clinic.local:8000"]) is refused


# Log-in waits


def test_an_attacker_elsewhere_cannot_lock_the_owner_out(pristine_practice: Practice) -> None:
    owner = pristine_practice.user("owner")
    attacker = _client(pristine_practice, "198.51.100.7")
    replies = [_login(attacker, owner, f"guess-{n}").status_code for n in range(10)]
    limit = pristine_practice.settings.login_max_failures
    assert replies == [401] * limit + [429] * (10 - limit)
    assert _login(attacker, owner).status_code == 429  # even the right password, from there
    at_the_desk = _client(pristine_practice, "203.0.113.20")
    assert _login(at_the_desk, owner).status_code == 200
    with pristine_practice.session() as session:
        attempts = session.exec(
            select(LoginAttempt.client_address, LoginAttempt.succeeded).where(
                LoginAttempt.email == owner.email
            )
        ).all()
    assert attempts.count(("198.51.100.7", False)) == limit and ("203.0.113.20", True) in attempts


def test_an_owner_unlocks_an_account(pristine_practice: Practice) -> None:
    user = pristine_practice.user("front_desk", "riverside")
    desk = _client(pristine_practice, "192.0.2.44")
    for _ in range(pristine_practice.settings.login_max_failures):
        assert _login(desk, user, "forgotten-it").status_code == 401
    blocked = _login(desk, user)
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
    uid = _user_id(pristine_practice, user.email)
    office = pristine_practice.client()
    biller = _bearer(office, pristine_practice.user("biller"))
    assert office.post(f"/api/v1/users/{uid}/unlock", headers=biller).status_code == 403
    owner = _bearer(office, pristine_practice.user("owner"))
    assert office.post(f"/api/v1/users/{uid}/unlock", headers=owner).status_code == 204
    assert _login(desk, user).status_code == 200
    with pristine_practice.session() as session:
        details = session.exec(
            select(AuditEntry.detail).where(
                AuditEntry.record_type == "user", AuditEntry.record_id == str(uid)
            )
        ).all()
    assert "log-in unlocked" in details


@pytest.mark.parametrize(
    ("failures", "seconds_ago", "wait"),
    [
        (0, 0, 0),
        (4, 0, 0),
        (5, 0, 30),
        (6, 0, 60),
        (7, 10, 110),
        (9, 0, 480),
        (12, 0, 900),
        (40, 0, 900),
        (5, 31, 0),
    ],
)
def test_the_wait_grows_with_each_failure(failures: int, seconds_ago: int, wait: int) -> None:
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    last = now - timedelta(seconds=seconds_ago)
    assert login_wait(failures, last, now, free=5, cap=timedelta(minutes=15)) == wait


# The client's address


def _address_of_last_login(practice: Practice, email: str) -> str:
    with practice.session() as session:
        return session.exec(
            select(LoginAttempt.client_address)
            .where(LoginAttempt.email == email)
            .order_by(col(LoginAttempt.id).desc())
            .limit(1)
        ).first()


def test_x_forwarded_for_counts_only_through_a_trusted_proxy(pristine_practice: Practice) -> None:
    user = pristine_practice.user("owner")
    spoof = {"X-Forwarded-For": "10.9.9.9"}
    direct = _client(pristine_practice, "192.0.2.10")
    login = direct.post(
        "/api/v1/auth/login", json={"email": user.email, "password": user.password}, headers=spoof
    )
    assert login.status_code == 200
    assert _address_of_last_login(pristine_practice, user.email) == "192.0.2.10"
    headers = {"Authorization": f"Bearer {login.json()['access_token']}", **spoof}
    assert direct.get("/api/v1/users", headers=headers).status_code == 200  # audited as "listed"
    with pristine_practice.session() as session:
        last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()
    assert (last.detail, last.client_address) == ("listed", "192.0.2.10")

    proxied = _client(pristine_practice, "10.0.0.2", trusted_proxies=["10.0.0.0/24"])
    chain = {"X-Forwarded-For": "6.6.6.6, 192.0.2.77"}  # the client wrote the first, our proxy the second
    reply = proxied.post(
        "/api/v1/auth/login", json={"email": user.email, "password": user.password}, headers=chain
    )
    assert reply.status_code == 200
    assert _address_of_last_login(pristine_practice, user.email) == "192.0.2.77"
    headers = {"Authorization": f"Bearer {reply.json()['access_token']}", **chain}
    assert proxied.get("/api/v1/users", headers=headers).status_code == 200
    with pristine_practice.session() as session:
        last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()
    assert last.client_address == "192.0.2.77"


@pytest.mark.parametrize(
    ("peer", "forwarded", "proxies", "client"),
    [
        ("192.0.2.1", "10.9.9.9", [], "192.0.2.1"),
        ("192.0.2.1", "10.9.9.9", ["10.0.0.1"], "192.0.2.1"),  # the peer is no proxy of ours
        ("10.0.0.1", "203.0.113.5", ["10.0.0.1"], "203.0.113.5"),
        ("10.0.0.1", "1.1.1.1, 203.0.113.5", ["10.0.0.0/8"], "203.0.113.5"),
        ("10.0.0.1", "203.0.113.5, 10.0.0.7", ["10.0.0.0/8"], "203.0.113.5"),  # two proxies of ours
        ("10.0.0.1", "", ["10.0.0.1"], "10.0.0.1"),
        ("10.0.0.1", "not-an-address", ["10.0.0.1"], "not-an-address"),
        ("unix-socket", "203.0.113.5", ["unix-socket"], "203.0.113.5"),
    ],
)
def test_whose_address_it_is(peer: str, forwarded: str, proxies: list[str], client: str) -> None:
    assert client_address_of(peer, forwarded, proxies) == client


def test_the_real_server_does_not_believe_a_forwarded_address(
    pristine_practice: Practice, tmp_path: Path
) -> None:
    """uvicorn believes X-Forwarded-For from 127.0.0.1 unless told not to: `serve` tells it. And ten
    wrong passwords sent at the same instant to two workers are counted one by one."""
    import httpx
    from server_helpers import at_once, running_server

    user = pristine_practice.user("biller")
    guessed = _therapist(pristine_practice, 3)
    with running_server(pristine_practice, tmp_path / "server", workers=2) as base:
        reply = httpx.post(
            f"{base}/api/v1/auth/login",
            json={"email": user.email, "password": user.password},
            headers={"X-Forwarded-For": "10.9.9.9"},
            timeout=60,
        )
        assert reply.status_code == 200, reply.text
        assert reply.headers["x-frame-options"] == "DENY" and reply.headers["cache-control"] == "no-store"
        burst = at_once(
            10,
            lambda n: (
                httpx.post(
                    f"{base}/api/v1/auth/login",
                    json={"email": guessed.email, "password": f"guess-{n}"},
                    timeout=120,
                ).status_code
            ),
        )
    assert _address_of_last_login(pristine_practice, user.email) == "127.0.0.1"
    limit = pristine_practice.settings.login_max_failures
    assert sorted(burst) == [401] * limit + [429] * (10 - limit)


def test_an_owner_unlocks_from_the_users_page(pristine_practice: Practice) -> None:
    user = pristine_practice.user("front_desk", "hillcrest")
    desk = _client(pristine_practice, "192.0.2.45")
    for _ in range(pristine_practice.settings.login_max_failures):
        assert _login(desk, user, "forgotten-it").status_code == 401
    assert _login(desk, user).status_code == 429
    owner = page_client(pristine_practice, "owner")
    uid = _user_id(pristine_practice, user.email)
    page = owner.get("/owner/users")
    assert f'action="/owner/users/{uid}/unlock"' in page.text
    done = owner.post(f"/owner/users/{uid}/unlock", headers={"Origin": "http://testserver"})
    assert done.status_code == 200 and "Log-in unlocked" in done.text
    assert _login(desk, user).status_code == 200
    assert page_client(pristine_practice, "biller").post(f"/owner/users/{uid}/unlock").status_code == 403


def test_sessions_ended_long_ago_are_forgotten_and_open_ones_kept(practice: Practice) -> None:
    from core.users.sessions import ENDED_KEPT, forget_ended

    now = datetime.now(UTC)
    old = now - ENDED_KEPT - timedelta(days=1)
    user = practice.user("front_desk", "riverside")
    with practice.session() as session:
        user_id = session.exec(select(User.id).where(User.email == user.email)).one()
        rows = {
            "expired-long-ago": AuthSession(key="t-expired", user_id=user_id, expires_at=old),
            "revoked-long-ago": AuthSession(
                key="t-revoked", user_id=user_id, expires_at=now + timedelta(hours=1), revoked_at=old
            ),
            "ended-yesterday": AuthSession(
                key="t-recent", user_id=user_id, expires_at=now - timedelta(days=1)
            ),
            "open": AuthSession(key="t-open", user_id=user_id, expires_at=now + timedelta(hours=8)),
        }
        session.add_all(rows.values())
        session.commit()
        assert forget_ended(session, now=now) >= 2
        left = set(session.exec(select(AuthSession.key).where(col(AuthSession.key).startswith("t-"))).all())
    assert left == {"t-recent", "t-open"}
