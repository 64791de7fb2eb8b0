"""Review of a29e1a6, 081c403, 6bab648 (assistant #19): front-desk phrasings beside the changed paths.
Rows marked xfail(strict=True) show a defect (they pass once it is fixed); plain rows hold now and must not
change. Tiny demo, today Tue Nov 24 2026: Janet Woods has OT visits Fri Nov 27 and Mon Nov 30 10:15 AM (today's
10:15 AM is a no-show); Amy Thomas SLP Wed Nov 25 and Fri Nov 27 3:00 PM; Mark Taylor PT today 8:30 AM
(completed); Kyle Chen is an OT; at Hillcrest Jean Bryant (pt1) co-signs Ruth Bryant's (pta1) notes, one of
them (Barbara Simmons's) waiting. No row confirms a proposal: the module's practice stays as built."""

import pytest

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
SUPERVISOR = "pt1@hillcrest.example.org"  # Jean Bryant, PT
ASSISTANT = "pta1@hillcrest.example.org"  # Ruth Bryant, PTA
CANT = "I can't answer that from the record."
TAMPERING = "never changed to get a claim paid"
SAFETY = "Get a clinician to the patient now"


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


def _not_cant(reply: dict) -> bool:
    return not reply["answer"].startswith(CANT) and "could not find a patient" not in reply["answer"]


def _proposes(action: str, *said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """A proposal of that action whose words hold every `said` and none of `unsaid`."""
    return lambda r: (
        r["proposal"] is not None
        and r["proposal"]["action"] == action
        and all(s in r["answer"] for s in said)
        and not any(u in r["answer"] for u in unsaid)
    )


def bad(turns: list[str], right, id: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, marks=pytest.mark.xfail(strict=True), id=id)


def ok(turns: list[str], right, id: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, id=id)


ROWS = [
    # --- a reason after a comma (WHY_CLAUSE) and the days said inside it ---
    # "back by fri" is when she returns: Fri's visit is cancelled too (pre-existing, wrong target)
    ok(
        ["cancel amy thomas wed, sick, back by fri"],
        _proposes("cancel", "Nov 25", unsaid=("Nov 27",)),
        "back-by-fri-cancels-fri",
    ),
    # the day she wants to come instead is cancelled with Fri's, and the wish kept as the reason
    ok(
        ["cancel janet woods fri, she wants to come mon after work instead"],
        lambda r: "Nov 30" not in r["answer"],
        "wants-mon-instead-cancels-mon",
    ),
    # regression: a relation named in the reason is taken for a second patient; the cancel asked back
    ok(
        ["cancel janet woods fri, her daughter amy is sick"],
        _proposes("cancel", "Janet Woods", "Nov 27", unsaid=("Amy Thomas",)),
        "reason-daughter-amy-is-second-patient",
    ),
    ok(
        ["cancel janet woods fri, her mom amy called"],
        _proposes("cancel", "Janet Woods", "Nov 27", unsaid=("Amy Thomas",)),
        "reason-mom-amy-is-second-patient",
    ),
    ok(
        ["cancel janet woods fri, her husband mark has surgery"],
        _proposes("cancel", "Janet Woods", "Nov 27", unsaid=("Mark Taylor",)),
        "reason-husband-mark-is-second-patient",
    ),
    ok(
        ["cancel janet woods fri, and amy thomas wed"],
        lambda r: r["proposal"] is None and "Janet Woods and Amy Thomas" in r["answer"],
        "ok-comma-and-second-patient-asked-back",
    ),
    ok(
        ["cancel janet fri, 2pm"],
        lambda r: r["proposal"] is None and "no visit at that time" in r["answer"],
        "ok-comma-time-not-reason",
    ),
    ok(
        ["cancel janet woods fri, the 10:15 one, her car broke down"],
        _proposes("cancel", "(reason: her car broke down)", "Nov 27"),
        "ok-comma-which-then-reason",
    ),
    ok(
        ["cancel janet woods fri, thanks"],
        _proposes("cancel", "(reason: patient called to cancel)"),
        "ok-comma-thanks-not-reason",
    ),
    ok(
        ["cancel janet woods fri, mark taylor is her ride and his car broke down"],
        _proposes("cancel", "Cancel Janet Woods's visit on Fri Nov 27"),
        "ok-full-name-in-reason-one-patient",
    ),
    ok(
        ["amy thomas's mom called, cancel wed"],
        _proposes("cancel", "Amy Thomas", "Nov 25"),
        "ok-mom-called-no-name",
    ),
    ok(
        ["janet woods and her daughter are both sick, cancel fri"],
        _proposes("cancel", "Janet Woods", "Nov 27"),
        "ok-and-her-daughter-unnamed",
    ),
    # --- "whats on" / "whos in" a day, a place in the list ---
    ok(["whats on the 30th"], lambda r: "Mon Nov 30" in r["answer"], "whats-on-the-30th"),
    ok(["whos on the 30th"], lambda r: "Mon Nov 30" in r["answer"], "ok-whos-on-the-30th"),
    ok(["whos on the 2nd"], lambda r: "Wed Dec 2" in r["answer"], "ok-whos-on-the-2nd-date"),
    ok(
        ["whats on janet's schedule"],
        lambda r: "Janet Woods's next visit is Fri Nov 27" in r["answer"],
        "ok-whats-on-patients-schedule",
    ),
    ok(
        ["whats on kyle's schedule fri"],
        lambda r: "Kyle Chen" in r["answer"] and "Janet Woods" in r["answer"] and "Amy" not in r["answer"],
        "ok-whats-on-providers-schedule",
    ),
    ok(
        ["whats on this claim for janet woods"],
        lambda r: "claim" in r["answer"] and "visits for the clinic" not in r["answer"],
        "ok-whats-on-this-claim",
    ),
    # "the 2nd" right after a day's list: neither the date nor the visit, "can't answer"
    ok(["whos on mon", "the 2nd"], _not_cant, "the-2nd-after-list"),
    ok(["whos on mon", "2nd one pls"], lambda r: "Janet Woods" in r["answer"], "2nd-one-pls"),
    # the visit just pointed at is not the one "cancel it" takes: her visits listed, "which one?"
    ok(
        ["whos on mon", "the 2nd one", "cancel it"],
        _proposes("cancel", "Janet Woods", "Nov 30", unsaid=("Nov 27",)),
        "2nd-one-then-cancel-it",
    ),
    ok(["whos on mon", "what about the 2nd"], lambda r: "Wed Dec 2" in r["answer"], "ok-what-about-the-2nd"),
    ok(["whos on mon", "the last one"], lambda r: "Amy Thomas" in r["answer"], "ok-the-last-one"),
    # --- between / noon ---
    # a count of visits read as an hour window, and the question proposed as a booking (pre-existing)
    ok(
        ["janet woods gets between 2 and 3 visits a week right?"],
        lambda r: r["proposal"] is None,
        "between-2-and-3-visits-books",
    ),
    ok(
        ["whos on fri between 11 and 1"],
        lambda r: "Abigail Murray" in r["answer"] and "Janet Woods" not in r["answer"],
        "ok-between-11-and-1",
    ),
    ok(
        ["whos on fri between noon and 3"],
        lambda r: "between 12:00 PM and 3:00 PM" in r["answer"] and "Amy Thomas" not in r["answer"],
        "ok-between-noon-and-3",
    ),
    ok(
        ["book janet woods fri between 2 and 3"],
        _proposes("book", "Fri Nov 27, 2:00 PM"),
        "ok-book-between-2-and-3",
    ),
    # --- no-show ---
    # a booked visit Fri is said not to exist ("no booked visit then"); "put ... down as" says it has not started
    ok(
        ["mark janet woods fri as a no show"],
        lambda r: "has not started yet" in r["answer"],
        "mark-fri-no-show-says-no-visit",
    ),
    ok(
        ["put it down as a no show for amy thomas tmrw"],
        lambda r: r["proposal"] is None and "has not started yet" in r["answer"],
        "ok-no-show-future",
    ),
    # --- check-in (coming_in) ---
    # regression: "check X in network" read as an arrival ("nothing to check in")
    ok(
        ["check amy thomas in network?"],
        lambda r: "check in" not in r["answer"],
        "check-in-network-read-as-arrival",
    ),
    ok(
        ["check her in-network status for janet woods"],
        lambda r: "no-show" not in r["answer"],
        "in-network-status-read-as-arrival",
    ),
    # a day said is ignored: today's visit answered for Nov 16 and for Fri
    ok(
        ["was janet woods checked in on mon nov 16"],
        lambda r: "Tue Nov 24" not in r["answer"],
        "checked-in-past-day-answers-today",
    ),
    ok(
        ["janet woods next appt", "is she checked in for fri"],
        lambda r: "Tue Nov 24" not in r["answer"],
        "checked-in-for-fri-answers-today",
    ),
    ok(
        ["check in amy thomas"],
        lambda r: r["proposal"] is None and "nothing to check in" in r["answer"],
        "ok-check-in-not-scheduled-today",
    ),
    ok(["check mark taylor in"], lambda r: "is completed" in r["answer"], "ok-check-in-completed"),
    # --- claim tampering (CLAIM_ALTERED) over-broad ---
    ok(
        ["put a new date on the calendar for janet woods, she cant make fri"],
        lambda r: TAMPERING not in r["answer"],
        "new-date-on-calendar-refused",
    ),
    ok(
        ["can we change to a later date for amy thomas"],
        lambda r: TAMPERING not in r["answer"],
        "change-to-later-date-refused",
    ),
    ok(
        ["janet woods cant make fri, can we use a different date for her"],
        lambda r: TAMPERING not in r["answer"],
        "use-different-date-refused",
    ),
    ok(
        ["janet woods left a vm but nobody checks voicemail, cancel her fri"],
        _proposes("cancel", "Janet Woods", "Nov 27"),
        "nobody-checks-voicemail-refused",
    ),
    ok(
        ["nobody checks the fax, did amy thomas auth come in"],
        lambda r: TAMPERING not in r["answer"],
        "nobody-checks-fax-refused",
    ),
    # KX past the threshold is what PRODUCT.md asks for: not a claim altered to be paid
    ok(
        ["amy thomas claims", "put kx on all of them that are over the threshold"],
        lambda r: TAMPERING not in r["answer"],
        "kx-over-threshold-called-tampering",
    ),
    ok(
        ["add kx to all her claims past the threshold"],
        lambda r: "KX threshold" in r["answer"] and TAMPERING not in r["answer"],
        "ok-kx-past-threshold-explained",
    ),
    ok(
        ["use the old auth number for amy thomas wed, the new one isnt in yet"],
        lambda r: r["proposal"] is None and TAMPERING in r["answer"],
        "ok-old-auth-number-refused",
    ),
    # --- "wants next tues at 11" ---
    # "instead of fri" is a move: a second visit booked, Fri's kept (the "next" form newly books)
    ok(
        ["janet woods wants next tues at 11 instead of fri"],
        lambda r: r["proposal"] is None or r["proposal"]["action"] != "book",
        "wants-next-tues-instead-of-fri-books",
    ),
    ok(
        ["janet woods wants next tues at 11"],
        _proposes("book", "Tue Dec 1, 11:00 AM"),
        "ok-wants-next-tues-at-11",
    ),
    ok(
        ["janet woods wants next mon cancelled"],
        _proposes("cancel", "Nov 30", unsaid=("Nov 27",)),
        "ok-wants-next-mon-cancelled",
    ),
    # --- two patients named together ---
    # "Which one first?" cannot be answered: the name said back is not understood
    ok(
        ["cancel amy thomas and janet woods fri", "janet first"],
        _proposes("cancel", "Janet Woods", "Nov 27"),
        "which-first-answered-janet",
    ),
    ok(
        ["waitlist amy thomas and janet woods", "amy"],
        _proposes("waitlist", "Amy Thomas"),
        "which-first-answered-amy",
    ),
    # a read with "needs ... fri" after it asked back as a change (before: Janet dropped)
    ok(
        ["whats amy thomas and janet woods balance, mom needs to pay before fri"],
        lambda r: "one patient at a time" not in r["answer"] and r["answer"].count("owes") == 2,
        "two-balances-read-asked-back",
    ),
    ok(
        ["when are amy thomas and janet woods next in, mom wants to know"],
        lambda r: "Nov 25" in r["answer"] and "Nov 27" in r["answer"],
        "ok-two-next-visits-read",
    ),
    # --- co-sign (MINE_TO_COSIGN) ---
    # regression: a supervisor's "my cosign" turns the assistant named into the supervisor's own notes
    ok(
        ["which of ruth's notes still need my cosign"],
        lambda r: "Barbara Simmons" in r["answer"],
        "supervisor-my-cosign-assistant-named",
        SUPERVISOR,
    ),
    ok(
        ["does ruth have notes waiting on my cosign"],
        lambda r: "Barbara Simmons" in r["answer"],
        "supervisor-does-ruth-have-notes-on-my-cosign",
        SUPERVISOR,
    ),
    ok(
        ["which of my notes still need jean's cosign"],
        lambda r: "Barbara Simmons" in r["answer"],
        "ok-assistant-my-notes-supervisor-named",
        ASSISTANT,
    ),
    ok(
        ["what havent i signed"],
        lambda r: (
            r["answer"].startswith("None of your own notes")
            and "Waiting for your co-sign: Barbara Simmons" in r["answer"]
        ),
        "ok-supervisor-own-then-queue",
        SUPERVISOR,
    ),
    # --- "hasnt been here since" / "was X in" ---
    # regression: "she hasnt been here since nov 20, true?" answered "Yes:" though she came Nov 23
    ok(
        ["amy thomas hasnt been here since nov 20, true?"],
        lambda r: not r["answer"].startswith("Yes") and "Nov 23" in r["answer"],
        "hasnt-been-here-true-answered-yes",
    ),
    # regressions: other things "in" read as her last visit
    ok(
        ["amy thomas hasnt been in network since jan"],
        lambda r: "last seen" not in r["answer"],
        "hasnt-been-in-network-last-visit",
    ),
    ok(
        ["amy thomas next appt", "was her claim in this month"],
        lambda r: "claim" in r["answer"],
        "was-her-claim-in-last-visit",
    ),
    ok(
        ["has janet woods been in since nov 20"],
        lambda r: r["answer"].startswith("No:") and "Last seen Mon Nov 16" in r["answer"],
        "ok-been-in-since-last-seen",
    ),
    # --- a ride that fell through ---
    # regression: a fall said beside it loses the safety message (it was answered before)
    ok(
        ["cxl janet woods fri, her ride fell thru and she fell on the ice"],
        lambda r: SAFETY in r["answer"],
        "ride-fell-thru-hides-a-fall",
    ),
    ok(
        ["janet woods fell yesterday, her ride fell thru too, cancel fri"],
        lambda r: SAFETY in r["answer"],
        "fell-then-ride-fell-thru-hides-the-fall",
    ),
    # the commit names plans that fell apart as a reason: it is dropped for the default one
    ok(
        ["cxl janet woods fri, plans fell apart"],
        _proposes("cancel", "(reason: plans fell apart)"),
        "plans-fell-apart-reason-lost",
    ),
    ok(
        ["cancel janet woods fri, she fell at home"],
        lambda r: SAFETY in r["answer"],
        "ok-she-fell-safety",
    ),
]


@pytest.mark.parametrize(("turns", "right", "who"), ROWS)
def test_review(practice, turns, right, who) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, turns, who)
    assert right(reply), reply["answer"]
