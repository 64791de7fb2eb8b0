"""Logging in to the pages (the session cookie) as a demo user."""

from scheduling_helpers import one


def provider_user(practice, provider_id: int):  # type: ignore[no-untyped-def]
    """The demo user who is this provider."""
    email = one(
        practice,
        "SELECT u.email FROM app_user u JOIN provider p ON p.user_id = u.id WHERE p.id = :p",
        p=provider_id,
    )[0]
    return next(u for u in practice.users if u.email == email)


def page_client(practice, role: str = "", provider_id: int | None = None):  # type: ignore[no-untyped-def]
    """A client logged in to the pages as the first user of a role, or as a provider's user."""
    client = practice.client()
    user = provider_user(practice, provider_id) if provider_id is not None else practice.user(role)
    reply = client.post(
        "/login", data={"email": user.email, "password": user.password}, follow_redirects=False
    )
    assert reply.status_code == 303, reply.text
    return client
