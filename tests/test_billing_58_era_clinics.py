"""The remittances list (Batches and remittances page) reads out, to one who may see some clinics only,
what an 835 paid those clinics and no more (#20, minimum necessary): a payer's check paying claims of two
clinics showed a biller of one of them the whole check, the other clinic's money included. One who sees
every clinic the file paid reads the file as it was (must not change); a role that may not see payments
is refused as before."""

from dataclasses import replace

import pytest
from conftest import Practice, on_the_wall_clock
from remittance_helpers import era_for
from scheduling_helpers import one

from core.billing.posting import post_835
from core.billing.receivables import eras
from core.errors import Forbidden
from core.users.service import create_user
from core.words import dollars

DEMO_SIZE = "tiny"
TRACE = "EFT58SHARED"
PASSWORD = "a long enough password 58"


@pytest.fixture(scope="module")
def shared_file(practice):  # type: ignore[no-untyped-def]
    """One 835 of one payer paying a claim of clinic 1 (80 %) and one of clinic 2 (80 %), posted by the
    biller of both: (file id, the whole check, {clinic: (claim id, control number, paid)})."""
    picked = {}
    payer = one(
        practice,
        """SELECT c.payer_id FROM claim c WHERE c.status = 'submitted' AND c.total_cents > 0
        GROUP BY c.payer_id HAVING COUNT(DISTINCT c.clinic_id) = 2 ORDER BY c.payer_id LIMIT 1""",
    )[0]
    for clinic in (1, 2):
        picked[clinic] = one(
            practice,
            """SELECT id, control_number FROM claim WHERE status = 'submitted' AND total_cents > 0
            AND clinic_id = :c AND payer_id = :p ORDER BY id LIMIT 1""",
            c=clinic,
            p=payer,
        )
    with practice.session() as session:
        text = era_for(session, [picked[1][0], picked[2][0]], trace=TRACE, control=5801, percent=80)
    with practice.session() as session:
        posted = post_835(session, actor=practice.actor("biller"), text=text)
    paid = {c.claim_id: c.paid_cents for c in posted.claims}
    assert all(paid.values()) and posted.paid_cents == sum(paid.values())
    return (
        posted.era_id,
        posted.paid_cents,
        {clinic: (claim_id, control, paid[claim_id]) for clinic, (claim_id, control) in picked.items()},
    )


BILL, OWN, DESK, THER = "biller", "owner", "front_desk", "therapist"
# (roles by clinic, the clinics whose part is read out; None: refused)
ROLES = [
    pytest.param({1: BILL, 2: BILL}, (1, 2), id="biller-of-both-whole-file"),  # must not change
    pytest.param({1: OWN, 2: OWN}, (1, 2), id="owner-of-both-whole-file"),  # must not change
    pytest.param({1: BILL}, (1,), id="biller-of-clinic-1"),
    pytest.param({2: BILL}, (2,), id="biller-of-clinic-2"),
    pytest.param({1: OWN}, (1,), id="owner-of-clinic-1"),
    pytest.param({1: BILL, 2: DESK}, (1,), id="biller-1-front-desk-2"),
    pytest.param({1: DESK, 2: DESK}, None, id="front-desk-refused"),  # must not change
    pytest.param({1: THER}, None, id="therapist-refused"),  # must not change
]


def _row(practice, roles: dict[int, str], era_id: int):  # type: ignore[no-untyped-def]
    actor = replace(practice.actor("biller"), roles=roles)
    with practice.session() as session:
        listed, _ = eras(session, actor=actor, limit=50)
    return next((r for r in listed if r.id == era_id), None)


@pytest.mark.parametrize(("roles", "seen"), ROLES)
def test_a_remittance_reads_out_the_askers_clinics_part(practice, shared_file, roles, seen) -> None:  # type: ignore[no-untyped-def]
    era_id, whole, claims = shared_file
    if seen is None:
        with pytest.raises(Forbidden):
            _row(practice, roles, era_id)
        return
    row = _row(practice, roles, era_id)
    assert row is not None
    assert row.claims == sorted((claims[c][0], claims[c][1]) for c in seen)
    assert row.claim_count == len(seen)
    if seen == (1, 2):
        assert (row.paid_cents, getattr(row, "shared", False)) == (whole, False)
    else:
        assert (row.paid_cents, row.shared) == (sum(claims[c][2] for c in seen), True)


def _page(practice: Practice, roles: dict[int, str], name: str) -> tuple[int, str]:
    email = f"{name}@era58.example.org"
    with practice.session() as session:
        if not one(practice, "SELECT COUNT(*) FROM app_user WHERE email = :e", e=email)[0]:
            create_user(session, email=email, full_name=name, password=PASSWORD, roles=roles)
            session.commit()
    client = practice.client()
    with on_the_wall_clock():
        reply = client.post("/login", data={"email": email, "password": PASSWORD}, follow_redirects=False)
    assert reply.status_code == 303, reply.text
    page = client.get("/billing/batches")
    return page.status_code, page.text


@pytest.mark.parametrize(("roles", "seen"), ROLES)
def test_the_remittances_page_shows_the_askers_clinics_part(practice, shared_file, roles, seen) -> None:  # type: ignore[no-untyped-def]
    era_id, whole, claims = shared_file
    name = "era58-" + "-".join(f"{c}{r}" for c, r in sorted(roles.items()))
    status, page = _page(practice, roles, name)
    if seen is None:
        assert status == 403
        assert TRACE not in page
        return
    assert status == 200
    start = page.index(f"<td>{TRACE}</td>")
    row = page[start : page.index("</tr>", start)]
    hidden = [c for c in (1, 2) if c not in seen]
    for clinic in seen:
        assert claims[clinic][1] in row
    for clinic in hidden:
        assert claims[clinic][1] not in row
    if hidden:
        part = sum(claims[c][2] for c in seen)
        assert dollars(part) in row and "your clinics' part" in row
        assert dollars(whole) not in row
    else:
        assert dollars(whole) in row and "your clinics' part" not in row
