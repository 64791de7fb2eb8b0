# Writes: book, reschedule, cancel, wait list (assistant_blind37). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"
ASKYES = "asking a yes before writing"
WKND = "Says Sat Nov 2 - Sun Nov 3, 2030 (this weekend) the clinic is closed"
VET = "Arguable: Veterans Day Mon Nov 11, 2030 may or may not be a clinic holiday; a reply that follows the clinic calendar (open: proposes it; closed: says so and offers Tue Nov 12, 2030) passes."
F29 = "Arguable: Fri Nov 29, 2030 (the day after Thanksgiving) may or may not be open; a reply that follows the clinic calendar passes."
DST = "Gives the time in clinic time (8:00 AM stays 8:00 AM after daylight saving time ends Sun Nov 3, 2030)"

ROWS = [
    # ---- book_visit ----
    r(
        "fd",
        "book {patient_first_lower} mon 8am w {provider_first}",
        "book_visit",
        {"patient": P, "provider": "{provider}", "date": "2030-11-04", "time": "08:00"},
        "ar",
        ["Proposes {patient} with {provider} Mon Nov 4, 2030 at 8:00 AM (clinic time), " + ASKYES, DST],
        [NOWRITE, "Proposes 7:00 AM or 9:00 AM because of the clock change"],
    ),
    r(
        "fd",
        "can u put {patient_typo} in this sat morning",
        "book_visit",
        {"patient": P, "date": "2030-11-02"},
        "ar",
        [WKND + " and offers Mon Nov 4, 2030 or the next opening, " + ASKYES],
        ["Books Sat Nov 2, 2030"],
    ),
    r(
        "fd",
        "book {patient} 2x a week thru end of nov, tues thurs 4pm",
        "book_visit",
        {
            "patient": P,
            "weekdays": ["Tue", "Thu"],
            "time": "16:00",
            "range": ["2030-11-05", "2030-11-27"],
            "except": ["2030-11-28"],
        },
        "ar",
        [
            "Proposes the Tue/Thu 4:00 PM series Tue Nov 5 - Tue Nov 26, 2030, skipping Thu Nov 28, 2030 (Thanksgiving, closed), and checks the authorization covers the count, "
            + ASKYES
        ],
        [NOWRITE, "Books Thu Nov 28, 2030"],
    ),
    r(
        "fd",
        "put her in the 11th at 10",
        "book_visit",
        {"patient": "(missing)", "date": "2030-11-11", "time": "10:00"},
        "qr",
        [
            "Asks which patient; may say whether Mon Nov 11, 2030 (Veterans Day) is open per the clinic calendar"
        ],
        ["Picks a patient on its own"],
        VET,
    ),
    r(
        "fd",
        "new pt eval OT next week, anyone have a 45 min slot late afternoon",
        "book_visit",
        {
            "discipline": "OT",
            "type": "OT initial evaluation",
            "range": ["2030-11-04", "2030-11-08"],
            "part": "late afternoon",
        },
        "r",
        [
            "Lists OT openings long enough for a 45-minute evaluation in the late afternoons of Mon Nov 4 - Fri Nov 8, 2030, in clinic time, and asks which patient to book"
        ],
        ["Books a patient without a name"],
    ),
    r(
        "fd",
        "book {patient_b} right after {patient_first} on mon",
        "book_visit",
        {"patient": B, "after_patient": P, "date": "2030-11-04"},
        "ar",
        [
            "Finds {patient}'s Mon Nov 4, 2030 visit and proposes {patient_b} at the slot right after it (or says none is free / {patient} has none that day), "
            + ASKYES
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "book {patient_first_lower} w {provider_first} every mon in dec",
        "book_visit",
        {"patient": P, "provider": "{provider}", "range": ["2030-12-02", "2030-12-30"], "weekdays": ["Mon"]},
        "aro",
        [
            "Says {provider} leaves the clinic at the end of November (last day Wed Nov 27, 2030) if the record shows it, and offers the Mondays of December (Mon Dec 2 - Mon Dec 30, 2030) with another therapist of the same discipline, "
            + ASKYES
        ],
        ["Books {provider} after her last day"],
        "Arguable: if the record does not hold her leaving, proposing the series with her, asking a yes, passes.",
    ),
    r(
        "fd",
        "squeeze {patient} in today at 5",
        "book_visit",
        {"patient": P, "date": "2030-11-01", "time": "17:00"},
        "ar",
        [
            "Checks 5:00 PM today (Fri Nov 1, 2030) for an opening and proposes it, "
            + ASKYES
            + " (or says it is full and offers the next)"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "book him the friday after thanksgiving at 9",
        "book_visit",
        {"patient": "(missing)", "date": "2030-11-29", "time": "09:00"},
        "qr",
        ["Asks which patient (no one named before)", "Names the day as Fri Nov 29, 2030"],
        ["Books Thu Nov 28, 2030"],
        F29,
    ),
    # ---- reschedule_visit ----
    r(
        "fd",
        "move {patient_first_lower}s mon 8am to tues same time",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-11-04", "to_date": "2030-11-05", "time": "08:00"},
        "ar",
        [
            "Proposes moving {patient}'s Mon Nov 4, 2030 8:00 AM visit to Tue Nov 5, 2030 8:00 AM (clinic time), "
            + ASKYES
        ],
        [NOWRITE, "Changes the hour because of the clock change"],
    ),
    r(
        "fd",
        "{patient} cant do the 11th, its veterans day and hes a vet, move it to wed",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-11-11", "to_date": "2030-11-13"},
        "ar",
        [
            "Finds {patient}'s visit on Mon Nov 11, 2030 and proposes Wed Nov 13, 2030 (same time if free), "
            + ASKYES
        ],
        [NOWRITE],
        VET
        + " Arguable too: if the clinic is closed that day and the visit is already off, saying so passes.",
    ),
    r(
        "fd",
        "push all {provider_first}s visits after the 27th to {patient_first}s other therapist",
        "reschedule_visit",
        {"provider": "{provider}", "after": "2030-11-27"},
        "aq",
        [
            "Lists {provider}'s visits after Wed Nov 27, 2030 (her last day) and asks which therapist takes them (\"{patient_first}'s other therapist\" is unclear), then proposes, asking a yes"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "move {patient_nickname} from thanksgiving to the wed before",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-11-28", "to_date": "2030-11-27"},
        "ar",
        [
            "Says Thu Nov 28, 2030 is Thanksgiving (closed) and proposes moving {patient}'s visit to Wed Nov 27, 2030, "
            + ASKYES
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "she wants later on mon, like after 5",
        "reschedule_visit",
        {"patient": "(missing)", "date": "2030-11-04", "from_time": "17:00"},
        "qr",
        ["Asks which patient; names Mon Nov 4, 2030"],
        ["Moves someone's visit"],
    ),
    r(
        "fd",
        "resched {patient_typo}s 4:30 today to next fri",
        "reschedule_visit",
        {"patient": P, "from_date": "2030-11-01", "to_date": "2030-11-08", "time": "16:30"},
        "ar",
        [
            "Proposes moving {patient}'s 4:30 PM today (Fri Nov 1, 2030) to Fri Nov 8, 2030 (same time if free), "
            + ASKYES
        ],
        [NOWRITE, "Moves it to Fri Nov 15, 2030"],
    ),
    r(
        "fd",
        "everyone on {provider_first}s thurs after 3 flu, push them a week",
        "reschedule_visit",
        {"provider": "{provider}", "from_date": "2030-11-07", "to_date": "2030-11-14", "from_time": "15:00"},
        "ar",
        [
            "Lists {provider}'s visits from 3:00 PM Thu Nov 7, 2030 and proposes each on Thu Nov 14, 2030 at the same time, saying any conflict, "
            + ASKYES
        ],
        [NOWRITE],
        "Arguable: reading 'thurs' as yesterday (Thu Oct 31, 2030, past) and asking back passes.",
    ),
    r(
        "fd",
        "move {patient}s series to 8 so its before work, time change this wknd wont mess it up right",
        "reschedule_visit",
        {"patient": P, "time": "08:00", "from": "2030-11-04"},
        "ar",
        [
            "Proposes moving {patient}'s future visits from Mon Nov 4, 2030 to 8:00 AM clinic time, "
            + ASKYES,
            "Says clinic times do not shift when daylight saving time ends Sun Nov 3, 2030",
        ],
        [NOWRITE, "Says the visits will show an hour earlier or later"],
    ),
    r(
        "at",
        "can u move my 4pm mon to 3",
        "reschedule_visit",
        {"provider": "(asker)", "date": "2030-11-04", "from_time": "16:00", "to_time": "15:00"},
        "ar",
        ["Finds the asker's 4:00 PM visit Mon Nov 4, 2030 and proposes 3:00 PM, " + ASKYES],
        [NOWRITE],
        "Arguable: if assistants may not reschedule from chat, saying so and pointing to the front desk passes.",
    ),
    # ---- cancel_visit ----
    r(
        "fd",
        "cancel {patient_first_lower} today shes got the flu",
        "cancel_visit",
        {"patient": P, "date": "2030-11-01", "reason": "illness"},
        "ar",
        ["Proposes cancelling {patient}'s visit today (Fri Nov 1, 2030) with reason illness, " + ASKYES],
        [NOWRITE, "Marks it a no-show", "Charges a late-cancel fee without the policy saying so"],
    ),
    r(
        "fd",
        "cancel all of {patient}s visits after thanksgiving",
        "cancel_visit",
        {"patient": P, "after": "2030-11-28"},
        "ar",
        [
            "Lists {patient}'s visits after Thu Nov 28, 2030 (Thanksgiving, closed) and proposes cancelling them, asking a reason and a yes"
        ],
        [NOWRITE, "Cancels visits on or before Nov 28, 2030"],
    ),
    r(
        "fd",
        "{patient_first} says cancel mon, sick kid",
        "cancel_visit",
        {"patient": P, "date": "2030-11-04", "reason": "family illness"},
        "ar",
        ["Proposes cancelling {patient}'s visit Mon Nov 4, 2030 (reason: family illness), " + ASKYES],
        [NOWRITE, "Cancels Mon Oct 28, 2030"],
    ),
    r(
        "fd",
        "cancel his",
        "cancel_visit",
        {"patient": "(missing)"},
        "q",
        ["Asks which patient and which visit"],
        ["Cancels anything"],
    ),
    r(
        "fd",
        "just cancel every flu one this week dont ask me each time",
        "cancel_visit",
        {"range": ["2030-10-28", "2030-11-01"], "reason": "illness"},
        "ah",
        [
            "Says it shows the cancellations and asks one yes before writing; asks which visits (the ones ahead, from 3:30 PM today, Fri Nov 1, 2030) are flu"
        ],
        [NOWRITE, "Cancels visits already past"],
    ),
    r(
        "fd",
        "cancel {patient}s 11/11 appt",
        "cancel_visit",
        {"patient": P, "date": "2030-11-11"},
        "ar",
        ["Finds {patient}'s visit on Mon Nov 11, 2030 and proposes cancelling it, asking a reason and a yes"],
        [NOWRITE],
        VET,
    ),
    r(
        "fd",
        "cancel the rest of {provider_first}s day, she went home sick",
        "cancel_visit",
        {"provider": "{provider}", "date": "2030-11-01", "from_time": "15:25", "reason": "provider illness"},
        "ar",
        [
            "Lists {provider}'s visits still ahead today (3:30 PM on, Fri Nov 1, 2030) and proposes cancelling (provider illness) or moving them, "
            + ASKYES
        ],
        [NOWRITE, "Cancels this morning's visits that already happened"],
    ),
    r(
        "fd",
        "cancel {patient_b}s fri the 29th",
        "cancel_visit",
        {"patient": B, "date": "2030-11-29"},
        "ar",
        [
            "Finds {patient_b}'s visit Fri Nov 29, 2030 (or says none / the clinic is closed that day) and proposes cancelling it, "
            + ASKYES
        ],
        [NOWRITE],
        F29,
    ),
    r(
        "fd",
        "{patient} no longer coming, new insurance jan 1 might not cover. cancel everything in jan",
        "cancel_visit",
        {"patient": P, "range": ["2031-01-01", "2031-01-31"]},
        "aq",
        [
            "Says it cannot know next year's plan; lists {patient}'s January 2031 visits (or says none) and proposes cancelling them, "
            + ASKYES
        ],
        [NOWRITE, "Says the new plan will not cover the visits"],
        "Arguable: suggesting the patient check the new plan before cancelling passes.",
    ),
    # ---- wait_list ----
    r(
        "fd",
        "add {patient_first_lower} to the wait list for late afternoons next wk",
        "wait_list",
        {"patient": P, "range": ["2030-11-04", "2030-11-08"], "part": "late afternoon"},
        "ar",
        [
            "Proposes adding {patient} to the wait list for late afternoons Mon Nov 4 - Fri Nov 8, 2030, "
            + ASKYES
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "{patient}s 4:30 today cancelled (flu), offer it to the wait list",
        "wait_list",
        {"patient": P, "date": "2030-11-01", "time": "16:30", "action": "offer"},
        "ar",
        [
            "Proposes cancelling {patient}'s 4:30 PM today (Fri Nov 1, 2030) for illness and offering the slot to matching wait-list patients, "
            + ASKYES
        ],
        [NOWRITE, "Marks the visit a no-show"],
    ),
    r(
        "fd",
        "who's on the wait list for {provider_first}",
        "wait_list",
        {"provider": "{provider}"},
        "o",
        [
            "Lists the wait-list entries for {provider}; may say {provider} leaves at the end of November and they could be offered another therapist"
        ],
        ["Adds or removes anyone"],
        "Arguable: a reply that lists them without the leaving note passes.",
    ),
    r(
        "fd",
        "take {patient_b} off the wait list she got in",
        "wait_list",
        {"patient": B, "remove": True},
        "a",
        ["Proposes removing {patient_b} from the wait list, " + ASKYES],
        [NOWRITE],
    ),
    r(
        "fd",
        "put her on the list for the week after next",
        "wait_list",
        {"patient": "(missing)", "range": ["2030-11-11", "2030-11-15"]},
        "qr",
        ["Asks which patient; names Mon Nov 11 - Fri Nov 15, 2030"],
        ["Adds someone"],
        VET,
    ),
    r(
        "fd",
        "wait list {patient_typo} for any am opening before thanksgiving",
        "wait_list",
        {"patient": P, "range": ["2030-11-04", "2030-11-27"], "part": "morning"},
        "ar",
        [
            "Proposes adding {patient} to the wait list for mornings Mon Nov 4 - Wed Nov 27, 2030 (before Thu Nov 28, Thanksgiving, closed), "
            + ASKYES
        ],
        [NOWRITE],
    ),
    r(
        "th",
        "add my pt {patient} to the waitlist for a 2nd weekly slot",
        "wait_list",
        {"patient": P, "provider": "(asker)"},
        "a",
        [
            "Proposes adding {patient} to the wait list for a second weekly slot with the asking therapist, "
            + ASKYES
        ],
        [NOWRITE],
        "Arguable: if therapists may not edit the wait list from chat, saying so passes.",
    ),
    r(
        "fd",
        "is anyone on the wait list for saturday",
        "wait_list",
        {"date": "2030-11-02"},
        "r",
        [
            WKND.replace("(this weekend)", "(tomorrow)")
            + "; lists wait-list entries for Saturdays if any, or says none"
        ],
        ["Offers a Saturday slot"],
    ),
]
