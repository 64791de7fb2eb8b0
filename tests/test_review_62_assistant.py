"""Review of 24a813eb (assistant #19): a weekday a visit is moved to counted from the visit, an ex-partner
asking declined whole, reason codes with their group, "their"/"both" after two patients named together,
"whos worst"/"any over 5" asked of a list just given. Tried as the desk types. Rows marked xfail(strict=True)
show a defect (they pass once it is fixed); plain rows hold now and must not change. Tiny demo, today Tue Nov
24 2026 (Thu Nov 26 closed): Janet Woods OT Fri Nov 27 10:15 AM (Kyle Chen), Mon Nov 30 and Wed Dec 2 10:15 AM
(Nicole Stevens), Mon Dec 7 10:15 AM (Kyle Chen); Amy Thomas SLP Wed Nov 25, Fri Nov 27, Mon Nov 30, Fri Dec 4
3:00 PM. Only the last test confirms anything."""

import pytest

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"
OWNER = "owner@practice.example.org"
THERAPIST = "pt1@hillcrest.example.org"
DECLINED = "nothing about a patient's visits or care goes to anyone else"
NO_PATIENT = "could not find a patient"
CANT = "I can't answer that from the record."
BY_PAYER = "denial rate by payer last month"  # Aetna, Blue Cross 0 %; Medicare 6.38; Medicaid 9.09; UHC 21.43
BY_PROVIDER = "no show rate by provider last month"  # Kevin Olson 11.11 %; Kyle Chen, Ralph Richardson 10 %
BOTH = "whens janet woods and amy thomas next"


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
    return lambda r: all(s in r["answer"] for s in said) and not any(u in r["answer"] for u in unsaid)


def _proposes(action: str, *said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return lambda r: (
        r["proposal"] is not None and r["proposal"]["action"] == action and _says(*said, unsaid=unsaid)(r)
    )


def _nothing_proposed(*said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return lambda r: r["proposal"] is None and _says(*said, unsaid=unsaid)(r)


def bad(turns: list[str], right, id: str, reason: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, marks=pytest.mark.xfail(strict=True, reason=reason), id=id)


def ok(turns: list[str], right, id: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, id=id)


ROWS = [
    # --- a weekday where a visit goes, counted from the visit (engine.py _weekday_from_visit) ---
    ok(
        ["move janet woods mon to tue after next"],
        _says("Tue Dec 8", unsaid=("Tue Dec 1",)),
        "tue-after-next-is-not-the-tue-after-the-visit",
    ),
    ok(
        ["move janet woods mon dec 7 to wed next week"],
        _says("Wed Dec 2", unsaid=("Dec 9",)),
        "wed-next-week-said-after-the-day-is-kept",
    ),
    ok(
        ["move janet woods mon dec 7 to thu this week"],
        _says("Thu Nov 26", unsaid=("Dec 10",)),
        "thu-this-week-said-after-the-day-is-kept",
    ),
    ok(
        ["move janet woods fri to thurs"],
        lambda r: "Dec 3" not in r["answer"],
        "fri-visit-to-thurs-is-the-day-before-not-a-week-on",
    ),
    ok(
        ["can janet woods come thurs instead of fri"],
        lambda r: "Dec 3" not in r["answer"],
        "thurs-instead-of-fri-is-the-day-before",
    ),
    ok(
        ["move janet woods wed dec 2 to tue"],
        lambda r: "Dec 8" not in r["answer"],
        "wed-visit-to-tue-is-the-day-before-not-a-week-on",
    ),
    # held: the forms the change was for, and days said outright
    ok(
        ["move janet woods fri to the fri after"],
        _proposes("reschedule", "Fri Nov 27", "to Fri Dec 4"),
        "the-fri-after-a-fri-visit-is-a-week-on",
    ),
    ok(
        ["move janet woods mon dec 7 to the wed before"],
        _says("Wed Dec 2", unsaid=("Dec 9", "Nov 25")),
        "the-wed-before-the-visit",
    ),
    ok(
        ["move janet woods mon dec 7 to this thurs"],
        _says("Thu Nov 26", unsaid=("Dec 10", "Dec 3")),
        "this-thurs-kept",
    ),
    ok(
        ["move janet woods mon dec 7 to tue dec 1"],
        _proposes("reschedule", "Mon Dec 7", "to Tue Dec 1", unsaid=("Dec 8",)),
        "weekday-with-its-date-kept",
    ),
    ok(["move janet woods fri to wed the 2nd"], _says("Wed Dec 2", unsaid=("Dec 9",)), "wed-the-2nd-kept"),
    ok(["move janet woods mon nov 30 to wed the 9th"], _says("Wed Dec 9"), "wed-the-9th-kept"),
    ok(
        ["move janet woods mon dec 7 to fri"],
        _proposes("reschedule", "Mon Dec 7", "to Fri Dec 11"),
        "mon-visit-to-fri-same-week-forward",
    ),
    # --- an ex-partner asking (understand.py EX_PARTNER) ---
    ok(
        ["janet woods' ex is on the phone, when's her next visit"],
        _nothing_proposed(DECLINED, unsaid=("Nov 27", "10:15")),
        "ex-after-plural-possessive-is-declined",
    ),
    ok(
        ["janet woods x-husband on line 2, is she in fri?"],
        _nothing_proposed(DECLINED, unsaid=("Nov 27", "10:15")),
        "x-husband-shorthand-is-declined",
    ),
    ok(
        ["whats janet woods balance, she says her ex was supposed to pay it"],
        _says("Janet Woods owes", unsaid=(DECLINED,)),
        "patient-mentioning-her-ex-still-gets-her-balance",
    ),
    ok(
        ["whats janet woods balance? shes ex military, does tricare pay"],
        _says("Janet Woods owes", unsaid=(DECLINED,)),
        "shes-ex-military-is-no-ex-partner",
    ),
    ok(
        ["janet woods is ex-medicaid, what insurance is on file now"],
        _says("Janet Woods's insurance", unsaid=(DECLINED,)),
        "is-ex-medicaid-is-no-ex-partner",
    ),
    ok(
        ["janet woods ex called, whens her next appt"],
        _nothing_proposed(DECLINED, unsaid=("Nov 27",)),
        "ex-called-declined",
    ),
    ok(
        ["janet woods' ex-husband called, when's she in next"],
        _nothing_proposed(DECLINED, unsaid=("Nov 27",)),
        "ex-husband-after-plural-possessive-declined",
    ),
    ok(
        ["janet woods next appt", "her ex is on the phone asking that, can i tell him?"],
        _nothing_proposed(DECLINED, unsaid=("Nov 27",)),
        "ex-asking-after-a-read-is-declined",
    ),
    ok(
        ["janet woods's hubby wants to know when her next appt is"],
        _says("Nov 27", unsaid=(DECLINED,)),
        "husband-asking-the-time-held",
    ),
    ok(
        ["amy thomas is an ex-patient, does she owe anything"],
        _says("Amy Thomas owes", unsaid=(DECLINED,)),
        "an-ex-patient-is-no-ex-partner",
    ),
    # --- reason codes with their group ---
    ok(
        ["what does pr 16 mean"],
        _nothing_proposed("CARC 16", "patient responsibility"),
        "pr-space-16-explained",
        BILLER,
    ),
    ok(
        ["co 16 vs pr 16?"],
        _nothing_proposed("group PR: patient responsibility", "group CO: contractual"),
        "co-space-16-vs-pr-space-16-both",
        BILLER,
    ),
    ok(
        ["whats oa-23"],
        _nothing_proposed("CARC 23", unsaid=(NO_PATIENT,)),
        "oa-23-explained-not-a-patient-search",
        BILLER,
    ),
    ok(
        ["janet woods claim denied co-16, what does that mean"],
        _nothing_proposed("claim 1269", "CARC 16"),
        "code-on-her-claim-still-her-claim",
        BILLER,
    ),
    # --- "their", "both", "her" after two patients named together ---
    ok(
        [BOTH, "cancel her fri"],
        lambda r: r["proposal"] is None,
        "her-after-two-named-is-asked-not-the-last-one",
    ),
    ok(
        [BOTH, "cancel their fri visits"],
        _nothing_proposed("one patient at a time"),
        "cancel-their-is-one-at-a-time",
    ),
    ok([BOTH, "move them both to mon"], lambda r: r["proposal"] is None, "move-them-both-nothing-proposed"),
    ok([BOTH, "book them both tmrw 9am"], lambda r: r["proposal"] is None, "book-them-both-nothing-proposed"),
    ok(
        [BOTH, "claim status for amy thomas", "and their balance"],
        _says("Amy Thomas owes", unsaid=("Janet",)),
        "their-after-one-named-since-is-her",
    ),
    # --- a ranking asked of a list just given ---
    ok(
        [BY_PAYER, "any under 5"],
        _nothing_proposed("Aetna Choice", "Blue Cross PPO", unsaid=("UnitedHealthcare", CANT)),
        "any-under-a-bound",
        OWNER,
    ),
    ok(
        [BY_PROVIDER, "any over 10%"],
        _nothing_proposed("Kevin Olson", unsaid=("Kyle Chen", "Ralph Richardson")),
        "over-10-is-strictly-over",
        OWNER,
    ),
    ok(
        ["collections by payer last month", "whos lowest"],
        _nothing_proposed("UnitedHealthcare is the lowest", "47.17"),
        "lowest-collection-rate",
        OWNER,
    ),
    ok(
        [BY_PAYER, "janet woods next appt", "whos worst"],
        _nothing_proposed("Worst by what?", unsaid=("UnitedHealthcare",)),
        "a-list-two-turns-back-is-not-ranked",
        OWNER,
    ),
    ok(
        [BY_PAYER, "whos worst"],
        _nothing_proposed("Worst by what?", unsaid=("UnitedHealthcare", "%")),
        "front-desk-refused-list-ranks-nothing",
    ),
    ok(["whos over 10"], _nothing_proposed("Over 10 of what?"), "therapist-asked-back", THERAPIST),
]


@pytest.mark.parametrize(("turns", "right", "who"), ROWS)
def test_review(practice, turns, right, who) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, turns, who)
    assert right(reply), reply["answer"]


def test_the_fri_after_moves_only_on_yes(practice) -> None:  # type: ignore[no-untyped-def]
    # the move proposed is the one written, only after the yes, to the day said back
    reply = _talk(practice, ["move janet woods fri to the fri after", "yes"])
    assert reply["answer"].startswith("Moved to Fri Dec 4, 2026 10:15 AM"), reply["answer"]
