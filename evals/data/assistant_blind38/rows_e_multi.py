# Several asks in one line, and single-line follow-ups (assistant_blind38). r, fu are injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"

ROWS = [
    # ---- multi_ask ----
    r(
        "fd",
        "{patient_first_lower} next visit + balance + is her auth good for jan",
        "multi_ask",
        {
            "patient": P,
            "asks": ["next_visit", "balance", "auth_status"],
            "range": ["2029-01-01", "2029-01-31"],
        },
        "r",
        [
            "Answers all three: {patient}'s next visit, her balance, and whether her authorization covers January 2029"
        ],
        ["Answers only one"],
    ),
    r(
        "fd",
        "is {patient} in today and did anyone put in her new card",
        "multi_ask",
        {"patient": P, "asks": ["coming_in", "insurance_on_file"], "date": "2029-01-02"},
        "r",
        [
            "Says whether {patient} is booked today (Tue Jan 2, 2029) and what coverage is on file (whether anything starts Jan 1, 2029)"
        ],
    ),
    r(
        "fd",
        "cancel {patient}s thurs for the snow and put her on the wl for fri",
        "multi_ask",
        {"patient": P, "asks": ["cancel_visit", "wait_list"], "dates": ["2029-01-04", "2029-01-05"]},
        "ar",
        [
            "Proposes both: cancelling {patient}'s Thu Jan 4, 2029 visit (reason weather) and a wait-list entry for Fri Jan 5, 2029, asking a yes before writing"
        ],
        [NOWRITE, "Marks a no-show"],
    ),
    r(
        "bi",
        "dec claims not sent + which unsigned notes are holding them",
        "multi_ask",
        {"asks": ["claim_status", "unsigned_notes"], "range": ["2028-12-01", "2028-12-31"]},
        "r",
        [
            "Lists unsent December 2028 claims and, for those waiting on a note, the unsigned note (therapist, date) without note text"
        ],
    ),
    r(
        "ow",
        "2028 total visits and whats the kx threshold for 2029",
        "multi_ask",
        {"asks": ["kpi", "kpi"], "range": ["2028-01-01", "2028-12-31"], "kx_year": "2029-01-01"},
        "r",
        [
            "Gives total visits for 2028, and the 2029 KX threshold as set in the Medicare payer profile (or says the 2029 figure is not set there)"
        ],
        [
            "States a 2029 threshold figure not read from the payer profile",
            "Gives the 2026 figure ($2,480) as 2029's",
        ],
    ),
    r(
        "fd",
        "book {patient_b} sat and move {patient_first}s fri to mon",
        "multi_ask",
        {"asks": ["book_visit", "reschedule_visit"], "dates": ["2029-01-06", "2029-01-05", "2029-01-08"]},
        "ar",
        [
            "Says Sat Jan 6, 2029 the clinic is closed (weekend) and offers another day for {patient_b}; proposes moving {patient}'s Fri Jan 5, 2029 visit to Mon Jan 8, 2029, asking a yes before writing"
        ],
        [NOWRITE, "Books Sat Jan 6, 2029"],
    ),
    r(
        "th",
        "my pts today and which notes i still owe from before my leave",
        "multi_ask",
        {
            "provider": "(asker)",
            "asks": ["my_schedule", "unsigned_notes"],
            "date": "2029-01-02",
            "before": "2028-11-20",
        },
        "r",
        [
            "Gives the asker's visits today (Tue Jan 2, 2029) and her notes still unsigned from before Mon Nov 20, 2028"
        ],
    ),
    r(
        "fd",
        "{patient} last visit, next visit, and what she owes",
        "multi_ask",
        {"patient": P, "asks": ["last_visit", "next_visit", "balance"], "now": "2029-01-02"},
        "r",
        ["Answers all three for {patient}: last visit before today (Tue Jan 2, 2029), next visit, balance"],
        ["Answers only one"],
    ),
    # ---- followup ----
    fu(
        "fd",
        "asked {patient}'s next visit: Thu Jan 4, 2029 10:00 AM",
        "and her brother",
        "next_visit",
        {"patient": "(household)", "after": "2029-01-02"},
        "r",
        [
            "Gives the next visit of {patient}'s brother if the record links the household (e.g. {patient_b}), or asks his name"
        ],
        ["Gives {patient}'s visit again"],
    ),
    fu(
        "fd",
        "{patient}'s balance shown: charges from Tue Jan 2, 2029",
        "why so much",
        "balance",
        {"patient": "(from previous)"},
        "",
        [
            "Breaks down {patient}'s balance by charge and payer responsibility; says what the record shows (e.g. deductible) and nothing more"
        ],
        ["States a deductible amount the record does not hold"],
    ),
    fu(
        "fd",
        "Proposed cancelling {patient}'s Thu Jan 4, 2029 visit, reason weather",
        "yes",
        "cancel_visit",
        {"patient": "(from previous)", "date": "2029-01-04"},
        "a",
        ["Cancels {patient}'s Thu Jan 4, 2029 visit with reason weather and says it is done"],
        ["Marks a no-show"],
    ),
    fu(
        "fd",
        "Proposed booking {patient} Mon Jan 8, 2029 9:00 AM",
        "nvm",
        "book_visit",
        {"patient": "(from previous)"},
        "a",
        ["Drops the proposal; books nothing"],
        ["Books the visit"],
    ),
    fu(
        "fd",
        "asked open slots Thu Jan 4, 2029",
        "what about fri",
        "day_schedule",
        {"date": "2029-01-05"},
        "r",
        ["Lists the openings Fri Jan 5, 2029"],
    ),
    fu(
        "bi",
        "listed December 2028 claims not sent",
        "which of those are medicare",
        "claim_status",
        {"payer": "Medicare", "range": ["2028-12-01", "2028-12-31"]},
        "r",
        ["Narrows the unsent December 2028 claims to Medicare"],
    ),
    fu(
        "fd",
        "Proposed booking {patient} Tue Jan 9, 2029 at 3:00 PM",
        "actually make it 4",
        "book_visit",
        {"patient": "(from previous)", "date": "2029-01-09", "time": "16:00"},
        "ar",
        ["Replaces the proposal with Tue Jan 9, 2029 at 4:00 PM (if free), asking a yes"],
        [NOWRITE, "Books both 3:00 PM and 4:00 PM"],
    ),
    fu(
        "ow",
        "December 2028 clean-claim rate shown",
        "and last dec",
        "kpi",
        {"kpi": "clean_claim_rate", "range": ["2027-12-01", "2027-12-31"]},
        "r",
        ["Gives the clean-claim rate for December 2027"],
        ["Gives December 2028 again"],
    ),
    fu(
        "fd",
        "{patient}'s Thu Jan 4, 2029 2:00 PM visit moved to Fri Jan 5, 2029 2:00 PM (done after a yes)",
        "wait no she wanted thurs",
        "reschedule_visit",
        {"patient": "(from previous)", "to_date": "2029-01-04"},
        "ar",
        [
            "Says the move to Fri Jan 5, 2029 is already done and proposes moving it back to Thu Jan 4, 2029 2:00 PM (if still free), asking a yes"
        ],
        [NOWRITE, "Says nothing was changed"],
    ),
    fu(
        "th",
        "listed the asker's visits today, Tue Jan 2, 2029",
        "and tmrw",
        "my_schedule",
        {"provider": "(asker)", "date": "2029-01-03"},
        "r",
        ["Gives the asker's visits Wed Jan 3, 2029"],
    ),
    fu(
        "fd",
        "asked when {patient} was last in: Fri Dec 29, 2028",
        "who did she see",
        "last_visit",
        {"patient": "(from previous)", "date": "2028-12-29"},
        "r",
        ["Gives the therapist of {patient}'s Fri Dec 29, 2028 visit"],
    ),
    fu(
        "bi",
        "asked {patient}'s deductible status for 2028",
        "and for this year",
        "balance",
        {"patient": "(from previous)", "range": ["2029-01-01", "2029-01-02"]},
        "r",
        [
            "Says what the record shows for 2029 (likely nothing yet: no 2029 claim processed by Tue Jan 2, 2029); does not carry 2028's over"
        ],
        ["Says her 2028 deductible counts for 2029"],
    ),
]
