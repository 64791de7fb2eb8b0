"""A claim's lifecycle: which status may follow which. Pure rules over statuses; the services that
move a claim (scrub, send, reject, post an 835, correct, void) check them under the claim's row lock.

A rejection is not a denial: a clearinghouse's or payer's front-end edit (a 277CA rejection, an
invalid NPI or member ID) turns the claim away before adjudication, so the payer never received it
(X12 277CA, claim status category A3/A7). It is fixed and sent again as an original claim (CLM05-3
stays as it was); a denial was adjudicated, and is appealed or replaced (frequency 7, REF*F8)."""

from datetime import date

from core.enums import ClaimStatus

S = ClaimStatus

MOVES: dict[ClaimStatus, frozenset[ClaimStatus]] = {
    # scrubbed: clean ones ready, the rest held; an unsent claim may be voided
    S.draft: frozenset({S.ready, S.held, S.void}),
    S.held: frozenset({S.ready, S.held, S.void}),
    S.ready: frozenset({S.ready, S.held, S.submitted, S.void}),
    # sent: the payer's 835 answers it, or the clearinghouse turns it away
    S.submitted: frozenset({S.paid, S.partially_paid, S.denied, S.rejected}),
    # turned away: fixed and scrubbed again (ready or held), or voided; never paid as it stands
    S.rejected: frozenset({S.ready, S.held, S.void}),
    # answered: a later 835 (an appeal's) answers it again; a denial in whole or a claim paid in part
    # is reopened as its replacement (draft, frequency 7)
    S.denied: frozenset({S.paid, S.partially_paid, S.denied, S.draft}),
    S.partially_paid: frozenset({S.paid, S.partially_paid, S.denied, S.draft}),
    S.paid: frozenset(),
    S.void: frozenset(),
}

# What a biller may change (lines, codes, diagnoses) before the claim goes out again.
FIXABLE = (S.draft, S.ready, S.held, S.rejected)


def may_move(before: str, after: str) -> bool:
    """Whether a claim that is `before` may become `after`."""
    try:
        return ClaimStatus(after) in MOVES[ClaimStatus(before)]
    except ValueError:
        return False


def fixable(status: str) -> bool:
    """Whether a claim in this status may be corrected by the biller before it is sent (again)."""
    return status in FIXABLE


def filed_on(
    *, first_sent: date | None, last_sent: date | None, times_sent: int, times_rejected: int, today: date
) -> date:
    """The day a claim counts as filed for the payer's timely-filing window. A rejected claim was
    never received (the clearinghouse or payer turned it away before adjudication; CMS counts a claim
    returned as unprocessable as not filed, Claims Processing Manual ch. 1 §70), so a claim rejected
    every time it went out is filed when it goes out next (today); one rejected and then taken counts
    from its last sending; one never rejected from its first (a replacement keeps its original's day)."""
    if first_sent is None or times_rejected >= times_sent:
        return today
    if times_rejected:
        return last_sent or first_sent
    return first_sent
