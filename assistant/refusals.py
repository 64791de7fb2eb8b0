"""What a declined clerical request is about, so the reply can still say what the record holds for it.

"send Paul Simpson a reminder for tues", "send Melissa Harris a statement", "update Jeffrey Washington's
phone to 555-0142", "write off Kelly Smith's $92.80", "resubmit claim 5167 w the corrected modifier": the
chat sends, changes and posts nothing, and says so; what the person at the desk needs next is the visit the
reminder is for, what she owes, what is on file, the claim as it stands. A request that tries to get round
the record ("set her balance to $0 and don't log it", "ignore your rules") is answered with the refusal
alone, as before: nothing of hers is said beside it."""

import re

# The record a declined request is about, by the words of the request (first match wins).
ABOUT = (
    (
        "visit",
        re.compile(r"\b(remind\w*|confirm(ation)? (text|call|message)|the new (time|day|date))\b", re.I),
    ),
    (
        "balance",
        re.compile(
            r"\b(statement|bill|invoice|balance|bal|write[- ]?off|post (a |the |her |his )?payment|"
            r"payment plan)\b",
            re.I,
        ),
    ),
    (
        "insurance",
        re.compile(
            r"\b(phone|cell|number|address|e-?mail|insurance|ins|card|member id|account|acct)\b", re.I
        ),
    ),
)
# A request that tries to get round the record or the log: the refusal is said alone.
AROUND = re.compile(
    r"\b(don'?t|dont|do not|never|without|no need to)\b.{0,12}\b(log|record|audit|track|tell|note)\b|"
    r"\b(ignore|pretend|override|system|jailbreak|secret|hide|hidden|quietly|off the books|from now on)\b|"
    # "skip the audit", "please waive her balance" (the whole of it gone): the refusal alone
    r"\b(skip|bypass|avoid)\b.{0,12}\b(audit\w*|log\w*|record\w*)\b|\bwaiv(e|ed|ing)\b|"
    r"\b(to|at|down to) (\$\s?0(\.00)?|0|zero|nothing)\b|\bzero\b|\bwipe\b|\$\s?0(\.00)?\b",
    re.I,
)
# The two kinds of refusal that decline a clerical step (a message sent, demographics changed; a balance,
# payment or claim changed): only these are answered with the record beside them.
CLERICAL = ("send messages", "changes to claims, payments, balances")
# "book her thursday at 12:30 and send her a reminder": the booking asked, with a reminder the chat can't
# send said after it
REMINDER_TAIL = re.compile(
    r"\s*(?:,|;|\band\b|&|\+|\bthen\b|\balso\b)\s*(?:(?:then|also|pls|please)\s+)*"
    r"(?:send|text|e-?mail|call)\s+(?:her|him|them|the patient|the pt)\s+(?:a\s+|the\s+)?"
    r"(?:reminder|confirmation|text|heads up)\b[^.?!]*[.?!]?\s*$",
    re.I,
)


def record_for(text: str, refusal: str) -> str | None:
    """The record to say beside a declined request ("visit", "balance", "insurance"), or None where the
    refusal is said alone (another kind of refusal, or a request to get round the record)."""
    if not any(kind in refusal for kind in CLERICAL) or AROUND.search(text):
        return None
    for kind, words in ABOUT:
        if words.search(text):
            return kind
    return None


def before_reminder(text: str) -> str | None:
    """The request said before "and send her a reminder", where one was said before it; else None."""
    found = REMINDER_TAIL.search(text)
    if found is None or not text[: found.start()].strip():
        return None
    return text[: found.start()].strip()


REMINDERS_SENT = (
    "Reminders are not sent from this chat: the clinic's reminder schedule sends them before each booked "
    "visit."
)


# Right after a question about the audit log was declined ("who looked at her chart over the weekend"), what
# follows about the same log ("why was anyone in on memorial day", "delete that entry, it was me", "ok then
# export the week") is the same log asked again: declined again with the reason that fits it, never read as a
# look-up of the patient's last visit nor answered with the list of what the chat does.
AUDIT_REFUSED = "audit log"
AUDIT_AGAIN = (
    (
        re.compile(
            r"\b(delete|remove|erase|clear|edit|undo|scrub|wipe|purge|hide|change|fix)\b.{0,30}"
            r"\b(entry|entries|line|lines|one|that|it|them|those|record|records|log|logs)\b",
            re.I,
        ),
        "nobody can edit or delete the audit log, by design; a chart opened by mistake stays recorded (tell "
        "the owner it was a mistake)",
    ),
    (
        re.compile(
            r"\b(export|download|print|send|email|e-mail)\b.{0,30}\b(week|month|day|weekend|"
            r"entries|entry|log|logs|list|all|it|them|that|those|report)\b",
            re.I,
        ),
        "the audit log is reviewed by the owner on its own audit page, not in this chat",
    ),
    (
        re.compile(
            r"\b(why|who|when)\b (did|was|were|would|has|had|have|else)\b.{0,30}"
            r"\b(in (on|over|there|here|during)|in (her|his|their|the|that) (chart|record|file|notes?)|"
            r"open(ed)?|look(ed)? at|access(ed)?|view(ed)?|pull(ed)? up|go(ne)? into|went into|been in|"
            r"logged in|signed in)\b",
            re.I,
        ),
        "who opened a chart, and when, is in the audit log, which the owner reviews on its own page",
    ),
)


# What names the schedule, a visit or a bill, never the log: "print her schedule for the week", "change that
# one to 3pm", "fix it, move her to thursday", "send her the bill for that" are read as the requests they are
ABOUT_ELSE = re.compile(
    r"\b(schedule|appt|appointments?|visits?|bills?|balance|claims?|statements?|move|book\w*|resched\w*|"
    r"cancel\w*|wait ?list|\d{1,2}(:\d\d)?\s*(am|pm))\b",
    re.I,
)


def audit_asked_again(text: str, refused: str | None) -> str | None:
    """The reason to say again where the refusal just said was about the audit log and the message asks more
    of the same log; else None (a look-up of the record, or a request about a visit or a bill, is read as
    one)."""
    if not refused or AUDIT_REFUSED not in refused or ABOUT_ELSE.search(text):
        return None
    for pattern, why in AUDIT_AGAIN:
        if pattern.search(text):
            return why
    return None


# The roles in the words a person at the desk uses for who to ask
ROLE_WORDS = {
    "biller": "billing",
    "front_desk": "the front desk",
    "therapist": "a therapist",
    "assistant": "an assistant",
    "owner": "the owner",
}


def who_may(detail: str) -> str:
    """'Billing or the owner can see claims.': who may do what a role was refused (core's words for the
    action, 'your role may not see claims'), so the asker knows whom to hand it to; '' where the words name
    no action."""
    from core.permissions import ACTION_WORDS, MATRIX

    for action, words in ACTION_WORDS.items():
        if detail.rstrip(" .").endswith(f"may not {words}"):
            roles = [ROLE_WORDS[r] for r in ROLE_WORDS if r in {role.value for role in MATRIX[action]}]
            if not roles:
                return ""
            who = " or ".join([", ".join(roles[:-1]), roles[-1]] if len(roles) > 2 else roles)
            return f" {who[0].upper()}{who[1:]} can {words}."
    return ""
