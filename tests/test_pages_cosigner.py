"""The co-signature step names who co-signs (#20): a trial found a PTA's note 'waiting for co-signature'
with no name, and a therapist who is not the supervisor saw no button and no reason; the demo's log-ins
did not say which one co-signs pta1's notes. Now the review page says 'Waiting for co-signature by
<supervisor, credential>' to everyone who reads the note, the Co-sign button to the supervisor alone,
and each demo assistant's supervisor is a therapist log-in of their clinic and discipline (pta1 -> pt1),
listed by `therascribe demo-users`."""

import pytest
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import one

from core.demo.users import CLINICIANS, demo_logins
from core.enums import Credential

DEMO_SIZE = "tiny"


def _awaiting(practice) -> tuple[int, int, int, str]:  # type: ignore[no-untyped-def]
    """(note, assistant, supervisor, 'Name, PT'): a PTA's note signed, waiting for co-signature."""
    appointment, assistant, _ = booked_appointment(practice, "PTA", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, assistant)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    signed = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert signed.json()["status"] == "awaiting_cosign", signed.text
    supervisor, name, credential = one(
        practice,
        "SELECT s.id, s.full_name, s.credential FROM provider p JOIN provider s"
        " ON s.id = p.supervising_provider_id WHERE p.id = :p",
        p=assistant,
    )
    shown = name if name.endswith(f", {credential}") else f"{name}, {credential}"
    return note, assistant, supervisor, shown


def test_everyone_who_reads_the_note_sees_who_co_signs_it_and_only_the_supervisor_the_button(
    practice,
) -> None:  # type: ignore[no-untyped-def]
    note, assistant, supervisor, name = _awaiting(practice)
    other = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND id != :s ORDER BY id LIMIT 1",
        s=supervisor,
    )[0]
    said = f"Waiting for co-signature by {name}"
    rows = [  # (reader, may co-sign)
        (page_client(practice, provider_id=supervisor), True),
        (page_client(practice, provider_id=other), False),
        (page_client(practice, provider_id=assistant), False),
        (page_client(practice, "owner"), False),
    ]
    for client, cosigns in rows:
        page = client.get(f"/notes/{note}/review")
        assert page.status_code == 200, page.text
        assert said in page.text and 'id="cosigner"' in page.text
        assert ('id="cosign"' in page.text) is cosigns
        assert ("(you)" in page.text) is cosigns
        if not cosigns:
            assert "only the assistant's supervising therapist co-signs it" in page.text

    # co-signed, the note names no one waiting
    boss = login_as_provider(practice, practice.client(), supervisor)
    api = practice.client()
    done = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/cosign", headers=boss)
    assert done.json()["status"] == "signed", done.text
    assert 'id="cosigner"' not in rows[0][0].get(f"/notes/{note}/review").text


def test_a_therapists_own_draft_names_no_co_signer(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change: a PT's note is signed alone; nobody is named as co-signing it."""
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    note = open_and_draft(practice, api, login_as_provider(practice, api, provider), appointment, DRAFT)
    page = page_client(practice, provider_id=provider).get(f"/notes/{note}/review").text
    assert 'id="cosigner"' not in page and "Waiting for co-signature" not in page


@pytest.mark.parametrize("appointments", [20_000, 80_000])
def test_each_demo_assistant_is_supervised_by_a_therapist_log_in_of_their_clinic(appointments: int) -> None:
    users = demo_logins(appointments=appointments, seed=7)
    therapists = {u.email: u for u in users if u.role == "therapist"}
    assistants = [u for u in users if u.role == "assistant"]
    assert assistants
    for user in assistants:
        boss = therapists[user.supervisor]  # a log-in of the practice
        assert boss.clinic == user.clinic and boss.credential == user.credential[:-1]
        assert Credential(user.credential).is_assistant and not Credential(boss.credential).is_assistant
    assert {u.email: u.supervisor for u in assistants}["pta1@riverside.example.org"] == (
        "pt1@riverside.example.org"
    )
    assert all(not u.supervisor for u in users if u.role != "assistant")  # must not change
    assert CLINICIANS["PT"] >= CLINICIANS["PTA"]  # each of the first PTs supervises one PTA


def test_the_built_demo_follows_the_log_ins_supervisors(practice) -> None:  # type: ignore[no-untyped-def]
    for user in practice.users:
        if user.role != "assistant":
            continue
        supervisor = one(
            practice,
            "SELECT su.email FROM app_user u JOIN provider p ON p.user_id = u.id"
            " JOIN provider s ON s.id = p.supervising_provider_id JOIN app_user su ON su.id = s.user_id"
            " WHERE u.email = :e",
            e=user.email,
        )
        assert supervisor == (user.supervisor,), user.email
