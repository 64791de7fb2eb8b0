"""#19, stop 56: right after a question about the audit log is declined ("who looked at his chart this week"),
what follows about the same log is the log asked again and is declined again with the reason that fits it:
"why did the front desk open his notes", "why was anyone in on memorial day" (who opened it and when),
"delete the one from monday, it was me testing" (nobody edits or deletes the log), "ok then export the
week" (the owner reviews it on its own page). Never read as a look-up of the patient's last visit nor
answered with the list of what the chat does. Anything else after it, and the same words after any other
refusal or none, are read as before."""

from datetime import datetime

import pytest
from conftest import Practice

from assistant.refusals import audit_asked_again
from assistant.service import ask
from core.users.service import actor_by_email

DEMO_SIZE = "tiny"

AUDIT = (
    "I can't do that here: who opened a chart is in the audit log, which the owner reviews on its own page."
)
SIGN = "I can't do that here: only the clinician who wrote a note signs it."


@pytest.mark.parametrize(
    ("said", "refused", "kind"),
    [
        ("why did the front desk open his notes", AUDIT, "who opened"),
        ("why was anyone in on memorial day", AUDIT, "who opened"),
        ("who else was in her chart", AUDIT, "who opened"),
        ("delete the one from monday, it was me testing", AUDIT, "edit or delete"),
        ("delete that entry, it was me", AUDIT, "edit or delete"),
        ("ok then export the week", AUDIT, "reviewed by the owner"),
        # must not change: a look-up after it, or the same words after another refusal or none
        ("when is she in next", AUDIT, None),
        ("whats her balance", AUDIT, None),
        ("show me her schedule for the week", AUDIT, None),
        ("who is on the schedule tmrw", AUDIT, None),
        ("delete the one from monday", SIGN, None),
        ("why was anyone in on memorial day", None, None),
        ("ok then export the week", None, None),
    ],
)
def test_the_audit_log_asked_again(said: str, refused: str | None, kind: str | None) -> None:
    why = audit_asked_again(said, refused)
    assert (why is None) == (kind is None), why
    assert kind is None or kind in str(why)


def _ask(practice: Practice, message: str, conversation: int | None = None) -> dict:
    with practice.session() as session:
        actor = actor_by_email(session, "owner@practice.example.org", "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation)


def test_the_owner_asking_more_of_the_log_is_declined_each_time(
    practice: Practice, demo_clock: datetime
) -> None:
    first = _ask(practice, "who looked at his chart this week")
    assert "audit log" in first["answer"], first["answer"]
    chat = first["conversation_id"]
    for said, words in (
        ("why did the front desk open his notes", "who opened a chart"),
        ("delete the one from monday, it was me testing", "nobody can edit or delete the audit log"),
        ("ok then export the week", "reviewed by the owner on its own audit page"),
    ):
        answer = _ask(practice, said, chat)
        assert answer["answer"].startswith("I can't do that here:"), answer["answer"]
        assert words in answer["answer"], answer["answer"]
        assert answer["proposal"] is None
    after = _ask(practice, "whats the clean claim rate", chat)
    assert "audit" not in after["answer"], after["answer"]
