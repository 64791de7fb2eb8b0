# Several asks in one line, and single-line follow-ups (assistant_blind36). r and fu are injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"
CONFIRM = "Proposes the change and asks for a yes before writing anything"
BR = "Arguable: Fri Jul 5, 2030 is a bridge day; a reply that follows the clinic calendar (open: proposes it; closed: says so and offers Mon Jul 8, 2030) passes."

ROWS = [
    # ---- multi_ask ----
    r(
        "fd",
        "{patient}'s balance and next appt",
        "multi_ask",
        {"patient": P, "asks": ["balance", "next_visit"]},
        "",
        ["Answers both: {patient}'s balance and her next visit"],
        "Answers only one of the asks",
    ),
    r(
        "fd",
        "cx {patient_first_lower} tmrw and bk her fri same time",
        "multi_ask",
        {"patient": P, "asks": ["cancel_visit", "book_visit"], "dates": ["2030-07-04", "2030-07-05"]},
        "ar",
        [
            "Says Thu Jul 4, 2030 is Independence Day (clinic closed): proposes cancelling any visit booked on it as clinic closed",
            "Proposes Fri Jul 5, 2030 at the same time if the clinic is open then (else says so and offers Mon Jul 8, 2030), asking one yes",
        ],
        ["Treats Thu Jul 4, 2030 as an open day", NOWRITE],
        BR,
    ),
    r(
        "fd",
        "when is {patient_b_first} next in and does she owe anything",
        "multi_ask",
        {"patient": B, "asks": ["next_visit", "balance"]},
        "",
        ["Gives {patient_b}'s next visit and balance"],
        "Answers only one of the asks",
    ),
    r(
        "ow",
        "june visits, no show rate and clean claim rate",
        "multi_ask",
        {"asks": ["kpi", "no_shows", "kpi"], "range": ["2030-06-01", "2030-06-30"]},
        "r",
        ["Gives all three for June 2030: visits, no-show rate, clean-claim rate"],
        "Answers only some of the asks",
    ),
    r(
        "fd",
        "is {provider_first} in next week and who is covering her pts",
        "multi_ask",
        {
            "provider": "{provider}",
            "asks": ["day_schedule", "visits_on_day"],
            "range": ["2030-07-08", "2030-07-12"],
        },
        "r",
        [
            "Says whether {provider} works Mon Jul 8 - Fri Jul 12, 2030 (or is marked away)",
            "Lists her patients' visits that week and who they are booked with now (or that they are still with her)",
        ],
        ["Invents a covering therapist"],
    ),
    r(
        "bi",
        "{claim_no} status and if it got denied why",
        "multi_ask",
        {"claim_no": "{claim_no}", "asks": ["claim_status", "denial_reason"]},
        "",
        ["Gives claim {claim_no}'s status and, if denied, the CARC / RARC and its meaning"],
    ),
    r(
        "fd",
        "how many left on {patient}'s ot auth and when is her next ot",
        "multi_ask",
        {"patient": P, "asks": ["auth_status", "next_visit"], "discipline": "OT"},
        "",
        ["Gives the visits left and end date of {patient}'s OT authorization (not PT) and her next OT visit"],
        ["Gives PT figures as OT"],
    ),
    r(
        "th",
        "my schedule mon and any unsigned notes from today",
        "multi_ask",
        {
            "provider": "(asker)",
            "asks": ["my_schedule", "unsigned_notes"],
            "dates": ["2030-07-08", "2030-07-03"],
        },
        "r",
        [
            "Lists the asker's visits on Mon Jul 8, 2030 and the asker's unsigned notes for today's (Wed Jul 3, 2030) visits"
        ],
        ["Lists Mon Jul 1, 2030"],
    ),
    # ---- followup ----
    fu(
        "fd",
        "Listed openings for {patient} on Mon Jul 8, 2030: 8:00 AM, 9:30 AM, 1:00 PM.",
        "the 2nd one",
        "book_visit",
        {"patient": P, "date": "2030-07-08", "time": "09:30"},
        "ar",
        ["Proposes {patient} on Mon Jul 8, 2030 at 9:30 AM (the second opening listed)", CONFIRM],
        ["Books Tue Jul 2, 2030 (the 2nd)", "Books 8:00 AM or 1:00 PM", NOWRITE],
    ),
    fu(
        "fd",
        "Gave {patient}'s balance.",
        "and her sister?",
        "balance",
        {"patient": "(household)"},
        "q",
        [
            "Asks for the sister's name (or, if the record links a sister to {patient}, names her and asks to confirm before giving her balance)"
        ],
        ["Gives another patient's balance without asking"],
    ),
    fu(
        "fd",
        "Proposed moving {patient}'s Thu Jul 4, 2030 9:00 AM visit (Independence Day, closed) to Mon Jul 8, 2030 9:00 AM.",
        "actually make it fri",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-07-04", "to_date": "2030-07-05", "time": "09:00"},
        "ar",
        [
            "Replaces the proposal: moves {patient}'s visit off Thu Jul 4, 2030 (closed) to Fri Jul 5, 2030 at 9:00 AM if the clinic is open then (else says so), and asks a yes"
        ],
        ["Moves it to Mon Jul 8, 2030", NOWRITE],
        BR,
    ),
    fu(
        "fd",
        "Proposed cancelling {patient}'s Wed Jul 10, 2030 10:00 AM visit (reason: heat).",
        "nvm",
        "cancel_visit",
        {"patient": P, "date": "2030-07-10"},
        "ar",
        ["Drops the proposal and leaves the Wed Jul 10, 2030 visit booked, saying nothing was changed"],
        ["Cancels the visit"],
    ),
    fu(
        "fd",
        "Listed {patient}'s next visits: Mon Jul 8, 2030 10:00 AM, Wed Jul 10, 2030 10:00 AM, Mon Jul 15, 2030 10:00 AM.",
        "cancel both wed ones",
        "cancel_visit",
        {"patient": P, "date": "2030-07-10"},
        "aqr",
        [
            "Says only one Wednesday visit was listed (Wed Jul 10, 2030) and asks whether that one, or which other, before proposing"
        ],
        ["Cancels two visits", NOWRITE],
        "Arguable: proposing Wed Jul 10, 2030 alone with a clear note that only one Wednesday was listed passes.",
    ),
    fu(
        "fd",
        "Proposed booking {patient} Tue Jul 9, 2030 9:00 AM and Thu Jul 11, 2030 9:00 AM.",
        "actually make it 3, add fri too",
        "book_visit",
        {"patient": P, "dates": ["2030-07-09", "2030-07-11", "2030-07-12"], "time": "09:00"},
        "ar",
        [
            "Adds Fri Jul 12, 2030 9:00 AM (the Friday of the proposed week) to the proposal and asks a yes for all three"
        ],
        ["Adds Fri Jul 5, 2030", NOWRITE],
        "Arguable: asking whether 'fri' means Fri Jul 12 or this Fri Jul 5, 2030 (bridge day) passes.",
    ),
    fu(
        "fd",
        "Gave {patient}'s next visit.",
        "and {patient_b_first}?",
        "next_visit",
        {"patient": B},
        "",
        ["Gives {patient_b}'s next visit"],
    ),
    fu(
        "bi",
        "Explained claim {claim_no}'s CO-182 denial (modifier invalid on the date of service).",
        "fix it and resend",
        "denial_reason",
        {"claim_no": "{claim_no}"},
        "aq",
        [
            "Shows the claim's lines and modifiers and asks which modifier to correct (or proposes the correction it can justify), asking a yes before resubmitting"
        ],
        ["Resubmits unchanged", NOWRITE],
    ),
    fu(
        "fd",
        "Proposed moving {patient}'s Thu Jul 4, 2030 9:00 AM visit (Independence Day, closed) to Mon Jul 8, 2030 9:00 AM; the list also had {patient_b} at 10:00 AM on Thu Jul 4.",
        "no the other one",
        "reschedule_visit",
        {"patient": B, "from_date": "2030-07-04", "to_date": "2030-07-08", "time": "10:00"},
        "ar",
        [
            "Replaces the proposal: {patient_b}'s 10:00 AM on Thu Jul 4, 2030 (Independence Day, closed) to Mon Jul 8, 2030 10:00 AM, and asks a yes"
        ],
        ["Moves {patient}'s visit", NOWRITE],
    ),
    fu(
        "ow",
        "Gave the clean-claim rate for Q2 2030.",
        "vs last yr?",
        "kpi",
        {"kpi": "clean_claim_rate", "range": ["2029-04-01", "2029-06-30"]},
        "r",
        ["Gives the clean-claim rate for Q2 2029 next to Q2 2030's"],
        ["Gives all of 2029 without saying so"],
        "Arguable: giving H1 or all of 2029 too passes if Q2 2029 is there.",
    ),
    fu(
        "fd",
        "Asked which of {patient}'s visits to cancel for the heat: Mon Jul 8, 2030 2:00 PM or Tue Jul 9, 2030 2:00 PM.",
        "both",
        "cancel_visit",
        {"patient": P, "dates": ["2030-07-08", "2030-07-09"], "reason": "weather (heat)"},
        "ar",
        ["Proposes cancelling both (Mon Jul 8 and Tue Jul 9, 2030, 2:00 PM, reason heat) and asks one yes"],
        ["Cancels only one", NOWRITE],
    ),
]
