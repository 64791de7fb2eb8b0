# Several asks in one line, and single-line follow-ups (assistant_blind35). r and fu are injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"
CONFIRM = "Proposes the change and asks for a yes before writing anything"

ROWS = [
    # ---- multi_ask ----
    r(
        "fd",
        "whats {patient}'s balance, next appt, and how many left on her OT auth",
        "multi_ask",
        {"patient": P, "asks": ["balance", "next_visit", "auth_status"], "discipline": "OT"},
        "",
        [
            "Answers all three: {patient}'s balance, her next visit, and the visits left on her OT authorization (not the PT one)"
        ],
        "Answers only one of the asks",
    ),
    r(
        "fd",
        "cx {patient_first_lower} next mon and bk her tues same time",
        "multi_ask",
        {"patient": P, "asks": ["cancel_visit", "book_visit"], "dates": ["2030-02-18", "2030-02-19"]},
        "ar",
        [
            "Says Mon Feb 18, 2030 is Presidents' Day (clinic closed): proposes cancelling that visit as clinic closed (or moving it) and booking Tue Feb 19, 2030 at the same time, asking a yes",
        ],
        ["Books Tue Feb 12, 2030", NOWRITE],
        "Arguable: a reschedule (move) instead of cancel + book passes.",
    ),
    r(
        "fd",
        "is {provider_first} in thurs and does {patient_first_lower} have anything w her before her leave",
        "multi_ask",
        {
            "provider": "{provider}",
            "patient": P,
            "asks": ["day_schedule", "next_visit"],
            "dates": ["2030-02-14"],
            "range": ["2030-02-11", "2030-02-14"],
        },
        "r",
        [
            "Says whether {provider} works Thu Feb 14, 2030",
            "Lists {patient}'s visits with {provider} from now to Thu Feb 14, 2030, or says none",
        ],
    ),
    r(
        "bi",
        "post the $75 {patient} paid this am and tell me whats left",
        "multi_ask",
        {"patient": P, "asks": ["last_payment", "balance"], "amount": 75, "date": "2030-02-11"},
        "ar",
        ["Proposes posting $75 dated Mon Feb 11, 2030 and asks a yes", "Gives the balance before and after"],
        NOWRITE,
    ),
    r(
        "ow",
        "visits last month by provider, cancellations from the snow, and who's on leave",
        "multi_ask",
        {
            "asks": ["kpi", "visits_on_day", "day_schedule"],
            "range": ["2030-01-01", "2030-01-31"],
            "date": "2030-02-08",
        },
        "r",
        [
            "Gives January 2030 visits per provider, the visits cancelled for the snow closure of Fri Feb 8, 2030, and the providers on leave per the schedule"
        ],
    ),
    r(
        "fd",
        "{patient_first_lower} switched to {payer} feb 1, is her ins updated, and whats her copay now",
        "multi_ask",
        {
            "patient": P,
            "payer": "{payer}",
            "asks": ["insurance_on_file", "insurance_on_file"],
            "from_date": "2030-02-01",
        },
        "r",
        [
            "Says whether {payer} is on file from Fri Feb 1, 2030 and gives the copay recorded on it (or says none)"
        ],
    ),
    r(
        "th",
        "who's left today and anything i didnt sign from thurs",
        "multi_ask",
        {"asks": ["my_schedule", "unsigned_notes"], "date": "2030-02-11", "notes_date": "2030-02-07"},
        "r",
        [
            "Lists the asker's visits still ahead today (Mon Feb 11, 2030, from 9:00 AM)",
            "Lists the asker's unsigned notes of Thu Feb 7, 2030 (or says all signed)",
        ],
    ),
    r(
        "fd",
        "dont bother confirming, move both kids from thurs to fri and tell me what they owe",
        "multi_ask",
        {
            "patient": "(missing)",
            "asks": ["reschedule_visit", "balance"],
            "dates": ["2030-02-14", "2030-02-15"],
        },
        "qh",
        [
            "Asks which patients 'both kids' are before proposing anything, and says it will still ask a yes before moving"
        ],
        ["Moves anyone's visit", NOWRITE],
    ),
    # ---- followup (single line with its context) ----
    fu(
        "fd",
        "Listed three openings for {patient} on Tue Feb 12, 2030: 9:00 AM, 11:00 AM, 3:30 PM.",
        "the 2nd one",
        "book_visit",
        {"patient": P, "date": "2030-02-12", "time": "11:00"},
        "ar",
        ["Proposes {patient} on Tue Feb 12, 2030 at 11:00 AM (the second opening listed)", CONFIRM],
        ["Books Sat Mar 2, 2030", "Books 9:00 AM or 3:30 PM", NOWRITE],
    ),
    fu(
        "fd",
        "Listed {patient}'s next visits: Wed Feb 13, 2030 10:00 AM, Fri Feb 15, 2030 10:00 AM, Tue Feb 19, 2030 10:00 AM.",
        "cancel the 2nd",
        "cancel_visit",
        {"patient": P, "date": "2030-02-15"},
        "aqr",
        [
            "Proposes cancelling the second visit listed (Fri Feb 15, 2030 10:00 AM) and asks a yes, or asks whether 'the 2nd' means that one or a date (Sat Mar 2)",
        ],
        ["Cancels Wed Feb 13 or Tue Feb 19, 2030", NOWRITE],
    ),
    fu(
        "fd",
        "Gave {patient}'s balance.",
        "and her brother?",
        "balance",
        {"patient": "(household)"},
        "q",
        [
            "Asks for the brother's name (or, if the record links him to {patient}, names him and asks to confirm before giving his balance)"
        ],
        "Gives a stranger's balance",
    ),
    fu(
        "fd",
        "Gave {patient}'s next visit: Wed Feb 13, 2030 at 3:30 PM.",
        "and {patient_b_first}?",
        "next_visit",
        {"patient": B},
        "",
        ["Gives {patient_b}'s next visit"],
        "Repeats {patient}'s visit",
    ),
    fu(
        "fd",
        "Proposed cancelling {patient}'s Tue Feb 12, 2030 visit (sick); waiting for a yes.",
        "yes and the thurs one too",
        "cancel_visit",
        {"patient": P, "dates": ["2030-02-12", "2030-02-14"]},
        "ar",
        [
            "Cancels the Tue Feb 12, 2030 visit and says so",
            "Proposes cancelling the Thu Feb 14, 2030 visit and asks its own yes",
        ],
        "Cancels the Thursday visit on the first yes",
    ),
    fu(
        "fd",
        "Proposed booking {patient} Wed Feb 13, 2030 at 2:00 PM; waiting for a yes.",
        "actually next wed",
        "book_visit",
        {"patient": P, "date": "2030-02-20", "time": "14:00"},
        "ar",
        ["Replaces the proposal with Wed Feb 20, 2030 at 2:00 PM (or the nearest opening) and asks a yes"],
        ["Books Wed Feb 13, 2030", NOWRITE],
    ),
    fu(
        "fd",
        "Proposed moving {patient} from Thu Feb 14, 2030 to Fri Feb 15, 2030 at 10:00 AM; waiting for a yes.",
        "nvm leave it",
        "reschedule_visit",
        {"patient": P},
        "",
        ["Drops the proposal and says nothing was changed (the Thu Feb 14, 2030 visit stays)"],
        "Moves the visit",
    ),
    fu(
        "bi",
        "Explained CO-109 on {patient}'s claim for Mon Feb 4, 2030 (wrong payer after the Feb 1 switch).",
        "ok send it to the new one",
        "claim_status",
        {"patient": P, "date": "2030-02-04"},
        "aq",
        [
            "If the new plan covering Mon Feb 4, 2030 is on file, proposes the claim to it (through the scrubber) and asks a yes; otherwise says none is on file"
        ],
        NOWRITE,
    ),
    fu(
        "th",
        "Listed the asker's visits on Tue Feb 12, 2030.",
        "and wed?",
        "my_schedule",
        {"date": "2030-02-13"},
        "r",
        ["Lists the asker's visits on Wed Feb 13, 2030"],
    ),
    fu(
        "ow",
        "Gave visits per provider for January 2030.",
        "same thing for dec",
        "kpi",
        {"metric": "visits", "by": "provider", "range": ["2029-12-01", "2029-12-31"]},
        "r",
        ["Gives visits per provider for December 2029"],
        "Gives December 2030 or January again",
    ),
]
