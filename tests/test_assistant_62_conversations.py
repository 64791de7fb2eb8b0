"""Conversations and the front desk's phrasing (#19, stop 62): a weekday a visit is moved to counts from the
visit's own day ("mon to wed" goes forward; "the thurs after", "the tue before" from the visit); an
ex-partner asking after a patient is declined whole, no question beside it answered, and again when pressed;
who opened or changed a record, access taken away and a claim under another NPI are declined; a reason code said
with its group (PR-16, CO-16) is explained with that group; "their", "them", "both" after two patients named
together are both of them; "whos worst", "any over 5" are answered from a figure listed by payer just before,
else asked back. Tiny demo, today Tue Nov 24 2026: Janet Woods OT Fri Nov 27 10:15 AM, Mon Nov 30
and Wed Dec 2 10:15 AM, Mon Dec 7 10:15 AM; Amy Thomas SLP Wed Nov 25, Fri Nov 27, Mon Nov 30, Fri Dec 4
3:00 PM. Nothing here is confirmed: no row writes."""

import pytest

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"
OWNER = "owner@practice.example.org"
BY_PAYER = "denial rate by payer last month"  # Oct 2026: Aetna and Blue Cross 0 %, UnitedHealthcare 21.43 %
DECLINED = "nothing about a patient's visits or care goes to anyone else"


def _talk(practice, turns: list[str], who: str = FRONT_DESK) -> dict:  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    chat = None
    reply: dict = {}
    for said in turns:
        with practice.session() as session:
            actor = actor_by_email(session, who, "test")
            reply = ask(session, actor=actor, text=said, conversation_id=chat)
        chat = reply["conversation_id"]
    return reply


def _says(*said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """Nothing proposed that was not asked for, every `said` in the answer and none of `unsaid`."""
    return lambda r: all(s in r["answer"] for s in said) and not any(u in r["answer"] for u in unsaid)


def _no_write_said(*said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return lambda r: r["proposal"] is None and _says(*said, unsaid=unsaid)(r)


def row(turns: list[str], right, id: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, id=id)


ROWS = [
    # --- a weekday where a visit goes counts from the visit (was: Amy's Mon Nov 30 went back to Wed Nov 25)
    row(
        ["can amy thomas do wednesday instead of her monday one"],
        _says("Wed Dec 2", unsaid=("Nov 25",)),
        "monday-visit-to-wednesday-goes-forward",
    ),
    row(
        ["bump janet woods dec 7 visit to the thurs after"],
        _says("Thu Dec 10", unsaid=("Dec 3",)),
        "the-weekday-after-counts-from-the-visit",
    ),
    row(
        ["move janet woods dec 7 visit to the tue before"],
        _says("Tue Dec 1", unsaid=("Dec 8",)),
        "the-weekday-before-counts-from-the-visit",
    ),
    # must not change: "this wed" is this week's, said outright even before the visit
    row(
        ["move amy thomas mon to this wed"],
        _says("Wed Nov 25", unsaid=("Dec 2",)),
        "this-weekday-said-outright-kept",
    ),
    # --- an ex-partner: declined whole (was: the refusal, then her next visit said beside it)
    row(
        ["janet woods ex-wife is on the line, is janet coming in friday?"],
        _no_write_said(DECLINED, unsaid=("Nov 27", "10:15")),
        "ex-wife-asking-is-declined-whole",
    ),
    row(
        ["amy thomas's ex boyfriend called. what days is she in this week"],
        _no_write_said(DECLINED, unsaid=("Nov 25", "3:00 PM")),
        "ex-boyfriend-asking-is-declined-whole",
    ),
    # pressed right after ("he says hes on her account"): declined again; another patient asked after is answered
    row(
        ["amy thomas ex husband is on the phone asking when her appts are", "he says hes on her account"],
        _no_write_said("I still can't do that here", DECLINED, unsaid=("Nov 25", "3:00 PM")),
        "ex-partner-pressed-is-declined-again",
    ),
    row(
        ["amy thomas ex husband is on the phone asking when her appts are", "ok. when is janet woods next"],
        _no_write_said("Fri Nov 27", unsaid=(DECLINED,)),
        "another-question-after-the-ex-decline-answered",
    ),
    # must not change: family asking a visit's time is the desk's everyday work
    row(
        ["janet woods's husband asks what time her friday visit is"],
        _says("10:15", unsaid=(DECLINED,)),
        "husband-asking-the-time-still-answered",
    ),
    # --- a reason code with its group (was: "PR-16" fell back to "can't answer")
    row(
        ["whats PR-16 mean"],
        _no_write_said("CARC 16", "patient responsibility", unsaid=("contractual",)),
        "pr-group-is-patient-responsibility",
        BILLER,
    ),
    row(
        ["pr16 vs co-16?"],
        _no_write_said("group PR: patient responsibility", "group CO: contractual"),
        "pr-and-co-said-together-each-grouped",
        BILLER,
    ),
    row(["what does co-45 mean"], _no_write_said("CARC 45", "contractual"), "co-group-kept", BILLER),
    # --- "their", "both" after two patients named together (was: the last one named only)
    row(
        ["whens janet woods and amy thomas next", "ok what do they both owe"],
        _no_write_said("Janet Woods owes", "Amy Thomas owes"),
        "both-after-two-named-is-both",
    ),
    row(
        ["next visits for amy thomas and janet woods?", "and their insurance"],
        _no_write_said("Amy Thomas's insurance", "Janet Woods's insurance"),
        "their-after-two-named-is-both",
    ),
    # must not change: one of them named again is that one alone
    row(
        ["whens janet woods and amy thomas next", "whats janet woods balance", "and her insurance"],
        _no_write_said("Janet Woods's insurance", unsaid=("Amy Thomas",)),
        "one-named-again-is-her-alone",
    ),
    # --- who opened or changed a record, access taken away, a claim under another NPI: declined
    # (was: "I can't answer that from the record", or her balance said)
    row(
        ["who pulled up janet woods yesterday"],
        _no_write_said("audit log", unsaid=("owes",)),
        "who-opened-a-patient-is-the-audit-log",
        OWNER,
    ),
    row(
        ["who changed amy thomas's balance last week"],
        _no_write_said("audit log", unsaid=("owes",)),
        "who-changed-a-balance-is-the-audit-log",
        OWNER,
    ),
    row(
        ["take away kyle chens access after the 4th"],
        _no_write_said("users page"),
        "access-taken-away-is-the-users-page",
        OWNER,
    ),
    row(
        ["resubmit janet woods claims under nicole stevens npi"],
        _no_write_said("never changed to get a claim paid"),
        "claim-under-another-npi-declined",
        BILLER,
    ),
    # must not change: who is on the schedule is answered, not the audit log
    row(
        ["who looked at the schedule today"], _says(unsaid=("audit log",)), "the-schedule-is-no-audit", OWNER
    ),
    # --- a ranking asked of the list just given (was: "I can't answer that from the record")
    row(
        [BY_PAYER, "ok and which one is worst"],
        _no_write_said("UnitedHealthcare is the worst", "21.43", "Oct 01 to Oct 31, 2026"),
        "worst-of-the-payer-list-higher-denials",
        OWNER,
    ),
    row(
        [BY_PAYER, "who's over 8%"],
        _no_write_said("State Medicaid", "UnitedHealthcare", unsaid=("Aetna", "Blue Cross", "Medicare")),
        "over-a-bound-of-the-payer-list",
        OWNER,
    ),
    row(
        [BY_PAYER, "whos best"],
        _no_write_said("Aetna Choice and Blue Cross PPO are tied", unsaid=("UnitedHealthcare",)),
        "a-tie-is-said-never-one-picked",
        OWNER,
    ),
    # with nothing listed before, asked back (never a guessed figure or patient)
    row(["who is worst?"], _no_write_said("Worst by what?"), "worst-alone-asked-back", OWNER),
    row(["whos over 10"], _no_write_said("Over 10 of what?"), "over-alone-asked-back"),
]


@pytest.mark.parametrize(("turns", "right", "who"), ROWS)
def test_conversation_row(practice, turns, right, who) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, turns, who)
    assert right(reply), reply["answer"]
