# Two asks in one message, single-line follow-ups (assistant_blind37). r, fu injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"
VET = "Arguable: Veterans Day Mon Nov 11, 2030 may or may not be a clinic holiday; a reply that follows the clinic calendar passes."

ROWS = [
    # ---- multi_ask ----
    r(
        "fd",
        "whats {patient_first_lower} owe and when is she next in",
        "multi_ask",
        {"patient": P, "asks": ["balance", "next_visit"]},
        "",
        ["Answers both: {patient}'s balance and next visit"],
        ["Answers only one"],
    ),
    r(
        "fd",
        "cancel {patient} mon (flu) and put her on the wait list for later that wk",
        "multi_ask",
        {
            "patient": P,
            "asks": ["cancel_visit", "wait_list"],
            "date": "2030-11-04",
            "range": ["2030-11-05", "2030-11-08"],
        },
        "ar",
        [
            "Proposes both: cancel Mon Nov 4, 2030 (illness) and wait-list Tue Nov 5 - Fri Nov 8, 2030, asking a yes"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "is {patient} in mon and does the time change move it",
        "multi_ask",
        {"patient": P, "asks": ["visit_time", "visit_time"], "date": "2030-11-04"},
        "r",
        [
            "Gives {patient}'s Mon Nov 4, 2030 time and says clinic times do not move when daylight saving time ends Sun Nov 3, 2030"
        ],
        ["Shifts the time"],
    ),
    r(
        "bi",
        "why was {claim_no} denied and can we still rebill in time",
        "multi_ask",
        {"claim": "{claim_no}", "asks": ["denial_reason", "claim_status"]},
        "",
        ["Gives the denial reason and the filing deadline from the payer rules / date of service"],
    ),
    r(
        "ow",
        "oct visits and oct no show rate",
        "multi_ask",
        {"asks": ["kpi", "no_shows"], "range": ["2030-10-01", "2030-10-31"]},
        "r",
        ["Gives October 2030 visits and no-show rate"],
    ),
    r(
        "fd",
        "book {patient_b} mon 4pm and move {patient_first}s to 4:30",
        "multi_ask",
        {"asks": ["book_visit", "reschedule_visit"], "patient": B, "patient_2": P, "date": "2030-11-04"},
        "ar",
        [
            "Proposes both on Mon Nov 4, 2030: {patient_b} at 4:00 PM and {patient}'s visit to 4:30 PM, asking a yes"
        ],
        [NOWRITE],
    ),
    r(
        "th",
        "my unsigned + whos my first mon",
        "multi_ask",
        {"provider": "(asker)", "asks": ["unsigned_notes", "my_schedule"], "date": "2030-11-04"},
        "r",
        ["Lists the asker's unsigned notes and first visit Mon Nov 4, 2030 in clinic time"],
    ),
    r(
        "fd",
        "her auth and her balance",
        "multi_ask",
        {"patient": "(missing)", "asks": ["auth_status", "balance"]},
        "q",
        ["Asks which patient"],
    ),
    # ---- followup ----
    fu(
        "fd",
        "Q: when is {patient} next in? A: Mon Nov 4, 2030 8:00 AM with {provider}.",
        "and her sister",
        "next_visit",
        {"patient": "(household)"},
        "q",
        [
            "Asks which patient is the sister, or gives the linked household member's next visit if the record links one"
        ],
        ["Guesses a name"],
    ),
    fu(
        "fd",
        "Q: {patient}'s balance? A: $85.",
        "and {patient_b}?",
        "balance",
        {"patient": B},
        "",
        ["Gives {patient_b}'s balance"],
    ),
    fu(
        "fd",
        "Q: {patient}'s next visit? A: Mon Nov 4, 2030 8:00 AM.",
        "is that before or after the time change",
        "visit_time",
        {"patient": P, "date": "2030-11-04"},
        "r",
        [
            "Says Mon Nov 4, 2030 is after the clock change (Sun Nov 3, 2030) and the visit stays 8:00 AM clinic time"
        ],
        ["Says 7:00 AM"],
    ),
    fu(
        "fd",
        "A proposed moving {patient}'s Mon Nov 4, 2030 visit to Tue Nov 5, 2030 at 8:00 AM and asked a yes.",
        "actually wed",
        "reschedule_visit",
        {"patient": P, "to_date": "2030-11-06"},
        "ar",
        ["Replaces the proposal with Wed Nov 6, 2030 at 8:00 AM, asking a yes"],
        [NOWRITE],
    ),
    fu(
        "fd",
        "A proposed cancelling {patient}'s visit today at 4:30 PM (illness) and asked a yes.",
        "nvm shes coming",
        "cancel_visit",
        {"patient": P},
        "a",
        ["Drops the proposal; nothing is cancelled"],
        ["Cancels it"],
    ),
    fu(
        "fd",
        "A listed the visits on Mon Nov 11, 2030.",
        "move em to tues",
        "reschedule_visit",
        {"from_date": "2030-11-11", "to_date": "2030-11-12"},
        "ar",
        ["Proposes each Mon Nov 11, 2030 visit on Tue Nov 12, 2030 at the same time, asking a yes"],
        [NOWRITE],
        VET,
    ),
    fu(
        "bi",
        "Q: why was {claim_no} denied? A: CO-62 (no authorization).",
        "whats the auth on it",
        "auth_status",
        {"claim": "{claim_no}"},
        "",
        ["Gives the authorization for that patient and the claim's dates"],
    ),
    fu(
        "ow",
        "Q: October 2030 visits? A: given.",
        "and sept",
        "kpi",
        {"kpi": "visits", "range": ["2030-09-01", "2030-09-30"]},
        "r",
        ["Gives September 2030 visits"],
    ),
    fu(
        "th",
        "Q: my day Mon Nov 4, 2030? A: listed.",
        "and tues",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-11-05"},
        "r",
        ["Lists the asker's visits Tue Nov 5, 2030"],
    ),
    fu(
        "fd",
        "A proposed booking {patient} Tue Nov 5, 2030 at 4:00 PM and the yes was given; it is booked.",
        "wait no make it 5",
        "reschedule_visit",
        {"patient": P, "date": "2030-11-05", "to_time": "17:00"},
        "ar",
        [
            "Says the 4:00 PM visit is already booked and proposes moving it to 5:00 PM Tue Nov 5, 2030, asking a yes"
        ],
        [NOWRITE],
    ),
    fu(
        "fd",
        "Q: who is on the schedule Thu Nov 28, 2030? A: Thanksgiving, closed; two visits booked by mistake.",
        "cancel those",
        "cancel_visit",
        {"date": "2030-11-28"},
        "a",
        [
            "Proposes cancelling the two visits on Thu Nov 28, 2030 (Thanksgiving, closed), asking a yes (may offer moving instead)"
        ],
        [NOWRITE],
    ),
]
