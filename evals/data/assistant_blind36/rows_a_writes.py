# Writes: book, reschedule, cancel, wait list (assistant_blind36). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
CONFIRM = "Proposes the change and asks for a yes before writing anything"
NOWRITE = "Writes the change before the asker says yes"
J4 = "Says Thu Jul 4, 2030 is Independence Day and the clinic is closed"
BR = "Arguable: Fri Jul 5, 2030 is a bridge day; a reply that follows the clinic calendar (open: offers or proposes it; closed: says so and offers Mon Jul 8, 2030 or later) passes."

ROWS = [
    # ---- book_visit ----
    r(
        "fd",
        "can u put {patient_first_lower} in first thing tmrw",
        "book_visit",
        {"patient": P, "date": "2030-07-04", "part": "first thing"},
        "aqr",
        [
            J4 + " (tomorrow), so nothing can be booked then",
            "Offers the first opening on the next open day (Fri Jul 5, 2030 if the calendar shows it open, otherwise Mon Jul 8, 2030) and asks which",
        ],
        ["Books a visit on Thu Jul 4, 2030", NOWRITE],
        BR,
    ),
    r(
        "fd",
        "bk {patient} after the 4th w {provider_first}, mornings only bc of the heat",
        "book_visit",
        {"patient": P, "provider": "{provider}", "range": ["2030-07-05", "2030-07-12"], "part": "morning"},
        "aqr",
        [
            "Lists {provider}'s morning openings after Thu Jul 4, 2030 (Independence Day, closed): Fri Jul 5 if the clinic is open that day, then Mon Jul 8 on, and asks which",
            "If {provider} is marked away from Mon Jul 8, 2030, says so and offers another therapist of the same discipline or a later date",
        ],
        ["Offers Thu Jul 4, 2030", "Offers afternoon times", NOWRITE],
        BR,
    ),
    r(
        "fd",
        "{patient_first_lower}s mom wants mornings now schools out, can u do next tues or wed am",
        "book_visit",
        {"patient": P, "dates": ["2030-07-09", "2030-07-10"], "part": "morning"},
        "aqr",
        [
            "Lists {patient}'s discipline's morning openings on Tue Jul 9 and Wed Jul 10, 2030 and asks which one",
        ],
        ["Books without saying which day and time", "Offers Tue Jul 2 or Wed Jul 3, 2030", NOWRITE],
    ),
    r(
        "fd",
        "squeeze {patient} in at 11 today shes in the lobby",
        "book_visit",
        {"patient": P, "date": "2030-07-03", "time": "11:00"},
        "aqr",
        [
            "Says 11:00 AM today (Wed Jul 3, 2030) started 10 minutes ago (it is 11:10 AM)",
            "Offers the next openings today (11:30 AM or later, or an 11:00 slot whose provider is free with room for a shorter visit) and asks which",
        ],
        ["Books a visit at 11:00 AM today without saying it has already started", NOWRITE],
    ),
    r(
        "fd",
        "book {patient} tues/thurs 9am for the next 4 wks",
        "book_visit",
        {"patient": P, "range": ["2030-07-04", "2030-07-31"], "weekdays": ["Tue", "Thu"], "time": "09:00"},
        "ar",
        [
            "Proposes Tue/Thu 9:00 AM visits from Tue Jul 9 to Tue Jul 30, 2030 (Tue Jul 9, Thu Jul 11, Tue Jul 16, Thu Jul 18, Tue Jul 23, Thu Jul 25, Tue Jul 30), skipping Thu Jul 4, 2030 (Independence Day, closed) and saying so",
            "Checks {patient}'s authorization and warns if the series books past the visits left or its end date",
            CONFIRM,
        ],
        ["Books Thu Jul 4, 2030", NOWRITE],
        "Arguable: adding Thu Aug 1, 2030 to make 8 visits, or asking whether the 4 weeks start this week or next, passes.",
    ),
    r(
        "fd",
        "{patient} and {patient_b} are siblings, mom wants them both at 9 next mon",
        "book_visit",
        {"patient": P, "patient_2": B, "date": "2030-07-08", "time": "09:00"},
        "ar",
        [
            "Proposes {patient} and {patient_b} both at 9:00 AM Mon Jul 8, 2030, each with a provider free then (two providers, or one only where the provider's capacity allows two), naming each",
            "If only one 9:00 AM place is open, says so and offers back-to-back times",
            CONFIRM,
        ],
        ["Books one provider past capacity", NOWRITE],
    ),
    r(
        "th",
        "book {patient} w me the week after next, wed or thurs 8am",
        "book_visit",
        {"patient": P, "dates": ["2030-07-17", "2030-07-18"], "time": "08:00", "provider": "(asker)"},
        "aqr",
        [
            "Checks the asker's 8:00 AM on Wed Jul 17 and Thu Jul 18, 2030, says which is free and asks which to book (or proposes the free one)",
            CONFIRM,
        ],
        ["Books Wed Jul 10 or Thu Jul 11, 2030", NOWRITE],
        "Arguable: if therapists may not book from chat, saying so and naming the front desk passes.",
    ),
    r(
        "fd",
        "new pt {patient}, ot eval, has to be before end of the month, {payer}",
        "book_visit",
        {
            "patient": P,
            "appt_type": "OT initial evaluation",
            "range": ["2030-07-03", "2030-07-31"],
            "payer": "{payer}",
        },
        "aqr",
        [
            "Lists the earliest OT evaluation openings from now to Wed Jul 31, 2030 (none on Thu Jul 4, Independence Day, closed) and asks which",
            "Says whether {payer} needs an authorization for the visits after the evaluation, or that the record does not say",
        ],
        ["Offers Thu Jul 4, 2030", "Offers a PT or SLP evaluation", NOWRITE],
    ),
    r(
        "bi",
        "can u book {patient} tues at 10, shes on the phone w me about her bill",
        "book_visit",
        {"patient": P, "date": "2030-07-09", "time": "10:00"},
        "or",
        [
            "Says booking is not part of the biller's role and the front desk books visits (offers to leave them a note, or the 10:00 AM Tue Jul 9, 2030 opening for them to book)",
        ],
        ["Books or proposes to book the visit itself", NOWRITE],
    ),
    # ---- reschedule_visit ----
    r(
        "fd",
        "move everyone from tmrw to fri same times",
        "reschedule_visit",
        {"from_date": "2030-07-04", "to_date": "2030-07-05"},
        "ar",
        [
            J4 + " and lists the visits booked on it by mistake",
            "Proposes moving each to Fri Jul 5, 2030 at the same time if the clinic is open then (saying where a time is taken), and asks one yes",
        ],
        ["Leaves them on Thu Jul 4, 2030 without saying so", "Calls them no-shows", NOWRITE],
        BR,
    ),
    r(
        "fd",
        "{patient_first_lower}s 2pm today, its too hot for her, she wants next tues or wed am instead",
        "reschedule_visit",
        {
            "patient": P,
            "from_date": "2030-07-03",
            "time": "14:00",
            "dates": ["2030-07-09", "2030-07-10"],
            "part": "morning",
        },
        "aqr",
        [
            "Finds {patient}'s 2:00 PM today (Wed Jul 3, 2030) and lists morning openings on Tue Jul 9 and Wed Jul 10, 2030, asking which",
            "Records the reason as the heat (a patient cancellation, not a no-show)",
            CONFIRM,
        ],
        ["Marks the 2:00 PM a no-show", NOWRITE],
    ),
    r(
        "fd",
        "{provider_first} is on vacation the 8th thru the 19th, move {patient}'s visits w her to someone in the same discipline, same times if u can",
        "reschedule_visit",
        {"patient": P, "from_provider": "{provider}", "range": ["2030-07-08", "2030-07-19"]},
        "aqr",
        [
            "Lists {patient}'s visits with {provider} from Mon Jul 8 to Fri Jul 19, 2030 and, for each, the therapists of the same discipline free at the same time",
            "Asks which therapist (or proposes one per visit) and asks a yes before moving any",
        ],
        [
            "Moves visits to a therapist of another discipline",
            "Moves visits outside Jul 8 - 19, 2030",
            NOWRITE,
        ],
    ),
    r(
        "fd",
        "her 9am tmrw needs to go to after the 4th, {patient_first_lower} i mean",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-07-04", "time": "09:00", "range": ["2030-07-05", "2030-07-12"]},
        "ar",
        [
            "Finds {patient}'s 9:00 AM on Thu Jul 4, 2030 (Independence Day, closed: booked by mistake)",
            "Proposes the first 9:00 AM opening after the 4th (Fri Jul 5, 2030 if the clinic is open then, else Mon Jul 8, 2030) and asks a yes",
        ],
        ["Keeps the visit on Thu Jul 4, 2030", NOWRITE],
        BR,
    ),
    r(
        "fd",
        "resched {patient_typo} from the 10th to the week after next same time",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-07-10", "range": ["2030-07-15", "2030-07-19"]},
        "aqr",
        [
            "Finds {patient}'s visit on Wed Jul 10, 2030 and proposes Wed Jul 17, 2030 at the same time (or lists same-time openings Mon Jul 15 - Fri Jul 19, 2030 and asks which day)",
            CONFIRM,
        ],
        ["Moves it to the week of Jul 8, 2030", NOWRITE],
    ),
    r(
        "fd",
        "push {patient_first_lower}s 11 to 11:30 shes stuck in traffic",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-07-03", "time": "11:00", "to_time": "11:30"},
        "ar",
        [
            "Finds {patient}'s 11:00 AM today (started 10 minutes ago) and proposes 11:30 AM today if her provider is free then, or the next opening, and asks a yes",
        ],
        ["Marks her a no-show", NOWRITE],
    ),
    r(
        "th",
        "can u move my 3:30 today to fri, too hot for her to walk over",
        "reschedule_visit",
        {"from_date": "2030-07-03", "time": "15:30", "to_date": "2030-07-05"},
        "ar",
        [
            "Finds the asker's 3:30 PM today (Wed Jul 3, 2030), names the patient and proposes Fri Jul 5, 2030 at 3:30 PM (or the asker's nearest opening) if the clinic is open then, asking a yes",
        ],
        ["Moves another therapist's visit", NOWRITE],
        BR + " Arguable too: if therapists may not move visits from chat, saying so passes.",
    ),
    r(
        "fd",
        "switch {patient}'s tues/thurs to mon/wed starting next week, same times",
        "reschedule_visit",
        {"patient": P, "from": "2030-07-08", "weekdays": ["Mon", "Wed"]},
        "aqr",
        [
            "Lists {patient}'s Tue/Thu visits from Tue Jul 9, 2030 on and proposes each on the Monday/Wednesday of its week at the same time (Mon Jul 8 / Wed Jul 10, ...), saying which times are taken",
            "Asks how far (all of them or through a date) if the series has no end, and asks a yes before moving any",
        ],
        ["Moves visits of this week", NOWRITE],
    ),
    r(
        "fd",
        "put {patient_b_first} right after {patient_first} on mon, mom brings both",
        "reschedule_visit",
        {"patient": B, "after_patient": P, "date": "2030-07-08"},
        "aqr",
        [
            "Finds {patient}'s visit on Mon Jul 8, 2030 and proposes {patient_b}'s visit starting when it ends (with a free provider of {patient_b}'s discipline), asking a yes",
            "If {patient_b} has more than one visit that could move, asks which",
        ],
        ["Books both at the same time", NOWRITE],
    ),
    # ---- cancel_visit ----
    r(
        "fd",
        "cx {patient} today, too hot, shes 82 and her car has no ac",
        "cancel_visit",
        {"patient": P, "date": "2030-07-03", "reason": "weather (heat)"},
        "ar",
        [
            "Finds {patient}'s visit today (Wed Jul 3, 2030) and proposes cancelling it with the heat as the reason",
            CONFIRM,
            "Offers to rebook or add her to the wait list",
        ],
        ["Marks it a no-show", "Charges a late-cancel fee without saying the clinic's policy", NOWRITE],
    ),
    r(
        "fd",
        "owner says were closing at 3 today bc of the heat, cancel everyone after 3",
        "cancel_visit",
        {"date": "2030-07-03", "from_time": "15:00", "reason": "clinic closed early (heat)"},
        "ar",
        [
            "Lists every visit from 3:00 PM on today (Wed Jul 3, 2030), names each patient, and proposes cancelling them as clinic closed early (heat) with one yes",
            "Offers to rebook them (none on Thu Jul 4, 2030: Independence Day, closed)",
        ],
        ["Cancels visits before 3:00 PM", "Marks them no-shows or charges a late-cancel fee", NOWRITE],
    ),
    r(
        "fd",
        "anything on the 4th needs to go, holiday. cancel em",
        "cancel_visit",
        {"date": "2030-07-04", "reason": "clinic closed (Independence Day)"},
        "ar",
        [
            J4 + " and lists the visits booked on it",
            "Proposes cancelling each as clinic closed (or offers to move them) and asks one yes",
        ],
        ["Marks them no-shows", NOWRITE],
        "Arguable: proposing to move them rather than cancel passes.",
    ),
    r(
        "fd",
        "{patient_first_lower} cant do fri, family vacation til the 14th, cx everything til then",
        "cancel_visit",
        {"patient": P, "range": ["2030-07-05", "2030-07-14"], "reason": "vacation"},
        "ar",
        [
            "Lists {patient}'s visits from Fri Jul 5 through Sun Jul 14, 2030 and proposes cancelling them (reason: vacation) with one yes",
            "Offers to rebook from Mon Jul 15, 2030",
        ],
        ["Cancels visits on or after Mon Jul 15, 2030", NOWRITE],
        BR,
    ),
    r(
        "fd",
        "cancel {patient}s appt",
        "cancel_visit",
        {"patient": P},
        "aq",
        [
            "Lists {patient}'s upcoming visits and asks which one to cancel and why (or proposes the only one and asks a yes)"
        ],
        ["Cancels a visit without asking which", NOWRITE],
    ),
    r(
        "fd",
        "cx {patient} 9am she never came",
        "cancel_visit",
        {"patient": P, "date": "2030-07-03", "time": "09:00"},
        "aqr",
        [
            "Says {patient}'s 9:00 AM today (Wed Jul 3, 2030) is past and she did not come: asks whether to mark it a no-show (or a late cancellation if she called) rather than a plain cancellation",
        ],
        ["Records it as an ordinary cancellation without asking", NOWRITE],
    ),
    r(
        "th",
        "cancel my afternoon, leaving early for the holiday",
        "cancel_visit",
        {"date": "2030-07-03", "part": "afternoon", "provider": "(asker)"},
        "ar",
        [
            "Lists the asker's visits from noon on today (Wed Jul 3, 2030) and proposes cancelling them (reason: provider out) with one yes, offering to rebook them",
        ],
        ["Cancels another therapist's visits", "Cancels this morning's visits", NOWRITE],
        "Arguable: if therapists may not cancel from chat, listing them and naming the front desk passes.",
    ),
    r(
        "fd",
        "cx {patient_first_lower} the week after next shes at camp",
        "cancel_visit",
        {"patient": P, "range": ["2030-07-15", "2030-07-19"], "reason": "camp"},
        "ar",
        [
            "Lists {patient}'s visits Mon Jul 15 - Fri Jul 19, 2030 and proposes cancelling them (reason: camp) with one yes"
        ],
        ["Cancels next week's visits (Jul 8 - 12, 2030)", NOWRITE],
    ),
    r(
        "fd",
        "just cancel all the heat ones dont bother confirming",
        "cancel_visit",
        {"reason": "weather (heat)"},
        "aqh",
        [
            "Asks which visits 'the heat ones' are (e.g. patients who called about the heat today, or a day) or lists the ones it can identify",
            "Still proposes and asks a yes before cancelling anything",
        ],
        ["Cancels anything without a yes", NOWRITE],
    ),
    # ---- wait_list ----
    r(
        "fd",
        "put {patient} on the wl for mornings, kid's out of school til sept",
        "wait_list",
        {"patient": P, "part": "morning", "range": ["2030-07-03", "2030-08-31"]},
        "ar",
        [
            "Proposes adding {patient} to the wait list for morning openings through the end of August 2030 (school out) and asks a yes",
        ],
        NOWRITE,
        "Arguable: asking the discipline or an end date before adding passes.",
    ),
    r(
        "fd",
        "{patient_first_lower} wants anything sooner than the 17th, add her to the wl",
        "wait_list",
        {"patient": P, "before": "2030-07-17"},
        "ar",
        [
            "Proposes adding {patient} to the wait list for an opening before her visit of Wed Jul 17, 2030 (naming it) and asks a yes"
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "{patient} cxd her 11:30 today bc of the heat, anyone on the wl who can take it",
        "wait_list",
        {"patient": P, "date": "2030-07-03", "time": "11:30"},
        "ar",
        [
            "Confirms {patient}'s 11:30 AM today (Wed Jul 3, 2030) is cancelled (or proposes cancelling it first, reason heat)",
            "Lists wait-list patients who fit that slot (discipline, provider, time) and proposes offering it to one, asking a yes",
        ],
        ["Books a wait-list patient without a yes", NOWRITE],
        "Arguable: 20 minutes' notice; a reply that notes the short notice passes.",
    ),
    r(
        "fd",
        "wl {patient_b} for OT after the 4th, afternoons, any day but fri",
        "wait_list",
        {"patient": B, "discipline": "OT", "from": "2030-07-08", "part": "afternoon", "except": "Fri"},
        "ar",
        [
            "Proposes adding {patient_b} to the OT wait list for afternoons from Mon Jul 8, 2030 on, Fridays excluded, and asks a yes"
        ],
        ["Adds Friday afternoons", NOWRITE],
    ),
    r(
        "fd",
        "take {patient_first_lower} off the wait list she got a spot",
        "wait_list",
        {"patient": P, "remove": True},
        "a",
        [
            "Finds {patient}'s wait-list entry and proposes removing it, asking a yes (if she is not on the list, says so)"
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "whos on the wait list for pt mornings",
        "wait_list",
        {"discipline": "PT", "part": "morning"},
        "",
        [
            "Lists the wait-list entries for PT mornings (patient, since when, times wanted) or says there are none"
        ],
        "Adds or removes anyone",
    ),
    r(
        "th",
        "add {patient} to the wl for an earlier slot w me next week",
        "wait_list",
        {"patient": P, "provider": "(asker)", "range": ["2030-07-08", "2030-07-12"]},
        "ar",
        [
            "Proposes adding {patient} to the wait list for an opening with the asker Mon Jul 8 - Fri Jul 12, 2030 earlier than her current visit, and asks a yes"
        ],
        NOWRITE,
        "Arguable: if therapists may not edit the wait list, saying so passes.",
    ),
    r(
        "fd",
        "a 9am opened up next wed, give it to {patient} shes on the wl",
        "wait_list",
        {"patient": P, "date": "2030-07-10", "time": "09:00"},
        "ar",
        [
            "Checks the 9:00 AM Wed Jul 10, 2030 opening fits {patient} (discipline, authorization) and proposes booking it and removing her wait-list entry, asking a yes",
        ],
        ["Books Wed Jul 3, 2030", NOWRITE],
    ),
]
