"""Logging in to the pages (the session cookie) as a demo user, and records the pages are read on."""

from collections.abc import Callable
from datetime import date

from conftest import on_the_wall_clock
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
    with on_the_wall_clock():  # the cookie's token would be expired if issued at the demo's moment
        reply = client.post(
            "/login", data={"email": user.email, "password": user.password}, follow_redirects=False
        )
    assert reply.status_code == 303, reply.text
    return client


def held_list_with(client, claim_id: int, most: int = 20) -> str:  # type: ignore[no-untyped-def]
    """The biller's claims page whose held list (a page of the oldest first) shows this claim, walked as
    the biller walks it, page by page."""
    for held_page in range(1, most + 1):
        page = client.get(f"/billing/claims?held_page={held_page}").text
        start = page.index('id="held"')
        if f'href="/billing/claims/{claim_id}"' in page[start : page.index("</table>", start)]:
            return page
    raise AssertionError(f"claim {claim_id} is on none of the first {most} pages of the held list")


def held_claim(practice, reason: Callable[[date], str]) -> tuple[int, date]:  # type: ignore[no-untyped-def]
    """The first ready claim held as the scrubber holds one: its finding's message is `reason` of the
    claim's day of service (the scrubber words that day in ISO). Returns the claim's id and that day."""
    from core.billing.models import Claim, ClaimFinding

    claim_id, served = one(
        practice, "SELECT id, service_date FROM claim WHERE status = 'ready' ORDER BY id LIMIT 1"
    )
    day = date.fromisoformat(str(served)[:10])
    with practice.session() as session:
        claim = session.get(Claim, claim_id)
        claim.status = "held"
        session.add(claim)
        session.add(
            ClaimFinding(claim_id=claim_id, rule_id="plan-of-care", severity="error", message=reason(day))
        )
        session.commit()
    return claim_id, day
