"""Review of 3eed50d and cd002a9 (assistant #19): a visit pointed at by whose it is and its time then wished
elsewhere, picks among listed open times, role changes declined, network status, a week wished in a cancel,
who may do what was refused, who covers a provider's patients, reason codes, "janet first, tmrw same time".
Rows marked xfail(strict=True) show a defect (they pass once it is fixed); plain rows hold now and must not
change. Tiny demo, today Tue Nov 24 2026: Janet Woods OT Fri Nov 27 10:15 AM (Kyle Chen), Mon Nov 30 and
Wed Dec 2 10:15 AM (Nicole Stevens), no Fri Dec 4 visit; Amy Thomas SLP Wed Nov 25, Fri Nov 27, Mon Nov 30 and
Fri Dec 4 3:00 PM; at Hillcrest Jean Bryant (pt1) sees Barbara Simmons. Only the last test confirms anything."""

import pytest

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"
THERAPIST = "pt1@hillcrest.example.org"  # Jean Bryant, PT at Hillcrest
CANT = "I can't answer that from the record."
RESTRICTED = "managed by the owner on the users page"
NO_PATIENT = "could not find a patient"
OPENINGS = (
    "openings for janet woods next tues am"  # Tue Dec 1: a booking proposed, two more open times listed
)


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


def _proposes(action: str, *said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """A proposal of that action whose words hold every `said` and none of `unsaid`."""
    return lambda r: (
        r["proposal"] is not None
        and r["proposal"]["action"] == action
        and all(s in r["answer"] for s in said)
        and not any(u in r["answer"] for u in unsaid)
    )


def _nothing_proposed(*said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return lambda r: (
        r["proposal"] is None
        and all(s in r["answer"] for s in said)
        and not any(u in r["answer"] for u in unsaid)
    )


def bad(turns: list[str], right, id: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, marks=pytest.mark.xfail(strict=True), id=id)


def ok(turns: list[str], right, id: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, id=id)


ROWS = [
    # --- a week wished inside a cancel (WEEK_WISHED) ---
    # "fri next week" is Fri Dec 4 even with a wish after it (was: "next week" dropped, Amy's Fri Nov 27
    # visit proposed for cancelling)
    ok(
        ["cancel amy thomas fri next week, she wants the week after next instead"],
        _proposes("cancel", "Fri Dec 4", unsaid=("Nov 27",)),
        "cancel-fri-next-week-with-wish-takes-this-fri",
    ),
    # Janet has no Fri Dec 4 visit: said, and her visits from that week on asked about (was: Fri Nov 27's)
    ok(
        ["cancel janet woods fri next week, she wants the week after next instead"],
        lambda r: "Nov 27" not in r["answer"],
        "cancel-fri-next-week-no-such-visit-takes-this-fri",
    ),
    ok(
        ["cx janet woods mon she wants next wk instead"],
        _proposes("cancel", "Mon Nov 30", unsaid=("Dec 7",)),
        "ok-cx-mon-wish-no-comma",
    ),
    ok(
        ["cancel janet woods mon, she'd like next week instead"],
        _proposes("cancel", "Mon Nov 30", unsaid=("Dec 7",)),
        "ok-cancel-mon-she'd-like",
    ),
    # --- a visit pointed at by whose it is and its time (VISIT_WISHED_ELSEWHERE) ---
    # another patient (Amy) has the Fri 3pm visit: never hers moved for Janet
    ok(
        ["janets 3pm fri, she wants mon instead"],
        _nothing_proposed("no visit at that time", unsaid=("Amy Thomas", "Book")),
        "ok-janet-3pm-fri-is-amys-time",
    ),
    ok(
        ["janet woods next appt", "her 3pm fri needs to go to mon"],
        _nothing_proposed("no visit at that time", unsaid=("Amy Thomas", "Book")),
        "ok-pronoun-janet-3pm-fri",
    ),
    ok(
        ["amy thomas next appt", "her 3pm fri needs to go to mon"],
        lambda r: "Amy Thomas" in r["answer"] and "Janet" not in r["answer"] and "Book" not in r["answer"],
        "ok-pronoun-amy-3pm-fri",
    ),
    ok(
        ["janet woods next appt", "her 10:15 fri, she wants mon afternoon instead"],
        _nothing_proposed("Fri Nov 27, 2026 10:15 AM", "Mon Nov 30, 12:00 PM", unsaid=("Book",)),
        "ok-pronoun-janet-10-15-fri-mon-afternoon",
    ),
    ok(
        ["amys 3pm wed, she wants thurs instead"],
        lambda r: "Amy Thomas" in r["answer"] and "Book" not in r["answer"],
        "ok-amy-3pm-wed-thurs",
    ),
    ok(
        ["JANETS 10:15 FRI, SHE WANTS MON AFTERNOON INSTEAD"],
        _nothing_proposed("Fri Nov 27, 2026 10:15 AM", "Mon Nov 30, 12:00 PM", unsaid=("Book",)),
        "ok-capitals",
    ),
    ok(
        ["janet woods 10:15 tues, she wants thurs instead"],
        _nothing_proposed("no visit on Tue Dec 1", unsaid=("Book",)),
        "ok-no-tues-visit",
    ),
    # "needs 2 go" is a typo for "to": never a time she did not say (was: Mon at 2:00 PM proposed)
    ok(
        ["janets 10:15 fri needs 2 go to mon"],
        lambda r: "2:00 PM" not in r["answer"],
        "needs-2-go-read-as-2pm",
    ),
    # "the last one" after five Mon afternoon times were listed (1:00 PM last) is 1:00 PM (was: 2:45 PM, a
    # time never shown)
    ok(
        ["janet woods next appt", "her 10:15 fri, she wants mon afternoon instead", "the last one"],
        _proposes("reschedule", "Mon Nov 30, 1:00 PM", unsaid=("2:45 PM",)),
        "last-one-of-move-list-not-shown",
    ),
    ok(
        ["janet woods next appt", "her 10:15 fri, she wants mon afternoon instead", "the 2nd one"],
        _proposes("reschedule", "Fri Nov 27, 2026 10:15 AM", "Mon Nov 30, 12:15 PM"),
        "ok-2nd-one-of-move-list",
    ),
    # --- a place among the listed open times (LISTED_PICK) ---
    ok(
        [OPENINGS, "cancel amy thomas wed", "the first one"],
        lambda r: "Janet Woods" not in r["answer"] and (r["proposal"] or {}).get("action") != "book",
        "ok-pick-after-another-patients-cancel",
    ),
    ok(
        [OPENINGS, "what time is amy thomas fri", "the last one"],
        _proposes("book", "Janet Woods", "Tue Dec 1"),
        "ok-pick-after-a-look-at-amy",
    ),
    # "no" then "the first one" in two messages (as people type): the first listed time proposed (was: "I
    # can't answer that")
    ok(
        [OPENINGS, "the 2nd one", "no", "the first one"],
        lambda r: not r["answer"].startswith(CANT),
        "no-then-first-one-cant-answer",
    ),
    # a biller may not book (appointment.write is the front desk's and the owner's): the openings, and no
    # Confirm offered, for the place picked either (was: a booking to confirm)
    ok([OPENINGS, "the last one"], lambda r: r["proposal"] is None, "biller-offered-confirm-on-pick", BILLER),
    ok(
        ["openings for barbara simmons next tues am", "the last one"],
        lambda r: r["proposal"] is None,
        "therapist-offered-confirm-on-pick",
        THERAPIST,
    ),
    # --- role changes declined (RESTRICTED) ---
    # "make it a billing question" is no role given (was: declined as a user-account change)
    ok(["make it a billing question"], lambda r: RESTRICTED not in r["answer"], "make-it-a-billing-question"),
    ok(
        ["janet woods next appt", "make her a front desk priority"],
        lambda r: RESTRICTED not in r["answer"],
        "make-her-a-front-desk-priority",
    ),
    ok(["can u make me admin"], lambda r: RESTRICTED in r["answer"], "ok-make-me-admin"),
    ok(["give kyle admin rights"], lambda r: RESTRICTED in r["answer"], "ok-give-kyle-admin-rights"),
    # --- network said (NETWORK_SAID) ---
    # "is bcbs in network" is a payer, no patient (was: read as a patient's insurance, "could not find a patient")
    ok(["is bcbs in network"], lambda r: NO_PATIENT not in r["answer"], "is-bcbs-in-network"),
    # a cancel with the plan's network as its reason is still the cancel (was: dropped for her insurance on file)
    ok(
        ["cancel janet woods fri, her plan went out of network"],
        _proposes("cancel", "Janet Woods", "Fri Nov 27"),
        "cancel-with-network-reason-dropped",
    ),
    ok(
        ["book janet woods next tues am, shes out of network now so self pay"],
        lambda r: "Tue Dec 1" in r["answer"],
        "book-with-network-reason-dropped",
    ),
    ok(
        ["janet woods hasnt been in network since jan, cancel her fri"],
        _proposes("cancel", "Janet Woods", "Fri Nov 27"),
        "network-then-cancel-dropped",
    ),
    ok(
        ["is janet woods out of network"],
        lambda r: "is not in the record" in r["answer"] and "Janet Woods" in r["answer"],
        "ok-is-she-out-of-network",
    ),
    # --- who may (refusals.who_may) ---
    # a therapist refused a claim change is told who may, never core's action id (was: "claim.status_read")
    ok(
        ["put kx on barbara simmons claims"],
        lambda r: "claim.status_read" not in r["answer"] and "Billing or the owner can" in r["answer"],
        "therapist-refusal-raw-action-no-who-may",
        THERAPIST,
    ),
    # --- who covers (COVER_ASKED) ---
    # another clinic's therapist: nothing of Riverside's Kyle Chen or his patients
    ok(
        ["kyle is on leave next week, who covers kyles pts"],
        lambda r: "Janet Woods" not in r["answer"] and "Kyle Chen" not in r["answer"],
        "ok-cover-asked-other-clinic",
        THERAPIST,
    ),
    # the patient named with the cover question is kept (was: words cleared, Kyle's today shown, Janet ignored)
    ok(
        ["who covers kyles pts for janet woods"],
        lambda r: "Janet Woods" in r["answer"],
        "cover-asked-patient-named-dropped",
    ),
    # --- "janet first, tmrw same time" (NAMED_FIRST) ---
    ok(
        ["move janet woods and amy thomas fri visits", "janet, tmrw same time"],
        _proposes("reschedule", "Janet Woods", "Fri Nov 27", "to Wed Nov 25, 10:15 AM", unsaid=("Amy",)),
        "ok-named-with-comma",
    ),
    ok(
        ["move janet woods and amy thomas fri visits", "thomas first, tmrw same time"],
        lambda r: "Amy Thomas" in r["answer"] and "Janet" not in r["answer"],
        "ok-last-name-first",
    ),
    # a nickname as the one first ("jan first"): the move, for her (was: dropped for a look at the clinic's Wed)
    ok(
        ["move janet woods and amy thomas fri visits", "jan first, tmrw same time"],
        lambda r: "Janet Woods" in r["answer"],
        "nickname-first-move-dropped",
    ),
    ok(
        ["move janet woods and amy thomas fri visits", "her first, tmrw same time"],
        lambda r: r["proposal"] is None,
        "ok-pronoun-first-no-guess",
    ),
]


@pytest.mark.parametrize(("turns", "right", "who"), ROWS)
def test_review(practice, turns, right, who) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, turns, who)
    assert right(reply), reply["answer"]


def test_biller_yes_writes_nothing(practice) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, [OPENINGS, "the last one", "yes"], BILLER)
    assert not reply["answer"].startswith("Booked"), reply["answer"]


def test_no_first_one_after_yes_is_no_second_booking(practice) -> None:  # type: ignore[no-untyped-def]
    # a change of mind after the yes: never a second visit for her proposed beside the one just booked
    booked = _talk(practice, [OPENINGS, "the 2nd one", "yes"])
    assert booked["answer"].startswith("Booked"), booked["answer"]
    reply = _talk(practice, [OPENINGS, "the 2nd one", "yes", "no the first one"])
    assert (reply["proposal"] or {}).get("action") != "book", reply["answer"]


def test_second_patient_after_first_moved(practice) -> None:  # type: ignore[no-untyped-def]
    # after "janet first, tmrw same time" and its yes, "now amy, mon at 9" takes up Amy's Fri visit (a move
    # to Mon at 9 or why not), the second of the two asked (was: "I can't answer that")
    reply = _talk(
        practice,
        [
            "move janet woods and amy thomas fri visits",
            "janet first, tmrw same time",
            "yes",
            "now amy, mon at 9",
        ],
    )
    assert "Amy Thomas" in reply["answer"], reply["answer"]
