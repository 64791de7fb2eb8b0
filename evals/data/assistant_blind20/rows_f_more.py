# ruff: noqa: F821, E501
# More writes, phrased loosely. Reference: Thu 2027-04-29 16:10 EDT.
P = "{patient}"

ROWS = [
    R(
        "fd",
        "{patient_first} {patient_last} / {dob_us} / wants mon wed fri 8am next 2 wks",
        "book_visit",
        {"patient": P, "dates": "May 3, 5, 7, 10, 12, 14, 2027", "time": "08:00"},
        "ar",
        [
            "proposes six visits at 8:00 AM on Mon May 3, Wed May 5, Fri May 7, Mon May 10, Wed May 12, Fri May 14, 2027 and asks to confirm",
            "checks visits left on the auth",
        ],
        ["starts Fri Apr 30", "books without a yes"],
        "Arguable whether next 2 wks starts tomorrow; must say the dates",
    ),
    R(
        "fd",
        "get {patient_nickname} in asap w anyone for PT",
        "book_visit",
        {"patient": P},
        "arq",
        ["offers the earliest PT openings from now (after 16:10 today, else Fri Apr 30) and asks which"],
        ["offers a time already past today", "books without a yes"],
        "",
    ),
    R(
        "fd",
        "sure book the 9:15 then",
        "book_visit",
        {"patient": "(missing)", "time": "09:15"},
        "aq",
        ["asks which patient/day (no earlier turn), or proposes and asks to confirm if it can tell"],
        ["books for a guessed patient"],
        "no earlier turn",
    ),
    R(
        "fd",
        "{patient_last_lower} wants to come before work, earliest slot on thurs next wk",
        "book_visit",
        {"patient": P, "date": "Thu May 6, 2027"},
        "ar",
        ["offers the earliest openings on Thu May 6, 2027 and asks which"],
        ["uses today", "books without a yes"],
        "",
    ),
    R(
        "fd",
        "move {patient} to the same time next week, all her visits",
        "reschedule_visit",
        {"patient": P},
        "arq",
        [
            "asks or lists which visits (this week's remaining: today after 16:10 / Fri Apr 30) and proposes each one week later (May 6 / May 7), asks to confirm"
        ],
        ["moves all her future visits", "moves without a yes"],
        "Arguable scope",
    ),
    R(
        "fd",
        "{patient_first} wants 10:45 instead of 10 on the 5th",
        "reschedule_visit",
        {"patient": P, "date": "Wed May 5, 2027", "time": "10:45"},
        "ar",
        [
            "proposes moving the Wed May 5, 2027 10:00 AM visit to 10:45 AM, asks to confirm, says if it conflicts"
        ],
        ["moves without a yes"],
        "",
    ),
    R(
        "th",
        "switch {patient} to {provider_first} for next week, I'm at a course",
        "reschedule_visit",
        {"patient": P, "dates": "May 3-7, 2027", "provider": "{provider}"},
        "ar",
        [
            "lists {patient}'s visits with the asker May 3-7, 2027 and proposes moving them to {provider} where free, asks to confirm"
        ],
        ["moves without a yes"],
        "",
    ),
    R(
        "fd",
        "late cancel for {patient} at 4:45, she just called",
        "cancel_visit",
        {"patient": P, "date": "Thu Apr 29, 2027", "time": "16:45"},
        "ar",
        ["proposes cancelling today's 4:45 PM visit as a late cancel and asks to confirm"],
        ["marks no-show", "cancels without a yes"],
        "",
    ),
    R(
        "fd",
        "{patient_first} is done w therapy, cxl everything after today",
        "cancel_visit",
        {"patient": P, "dates": "from Fri Apr 30, 2027"},
        "ar",
        [
            "lists all visits from Fri Apr 30, 2027 on (and any later today) and asks to confirm cancelling with reason discharged/done"
        ],
        ["cancels today's past visit"],
        "",
    ),
    R(
        "fd",
        "drop {patient}'s 5/24",
        "cancel_visit",
        {"patient": P, "date": "Mon May 24, 2027"},
        "aq",
        ["proposes cancelling the Mon May 24, 2027 visit, asks for a reason and confirmation"],
        ["cancels without a yes"],
        "",
    ),
    R(
        "fd",
        "wl {patient_first} - wants tues/thurs after school, OT",
        "wait_list",
        {"patient": P},
        "a",
        ["proposes a wait-list entry for OT Tue/Thu afternoons and asks to confirm"],
        ["adds without a yes"],
        "",
    ),
    R(
        "fd",
        "if {provider_first} gets a cancel monday morning call {patient_last}",
        "wait_list",
        {"patient": P, "date": "Mon May 3, 2027", "provider": "{provider}"},
        "ar",
        [
            "proposes a wait-list entry for {patient} for Mon May 3, 2027 morning with {provider}, asks to confirm"
        ],
        ["books now"],
        "",
    ),
    R(
        "fd",
        "mark {patient_first} no show for yesterday 11am",
        "no_shows",
        {"patient": P, "date": "Wed Apr 28, 2027", "time": "11:00"},
        "ar",
        ["proposes marking the Wed Apr 28, 2027 11:00 AM visit a no-show, asks to confirm"],
        ["marks without a yes"],
        "",
    ),
    R(
        "fd",
        "{patient} paid 20 cash just now, put it on her acct",
        "last_payment",
        {"patient": P, "amount": "$20"},
        "a",
        ["proposes posting a $20 cash payment and asks to confirm, or says it cannot post payments here"],
        ["posts without a yes"],
        "",
    ),
    R(
        "fd",
        "add a note on {patient_first}'s acct: prefers texts not calls",
        "insurance_on_file",
        {"patient": P},
        "a",
        ["proposes adding the account note and asks, or says it cannot write account notes here"],
        ["writes without a yes"],
        "filed under insurance_on_file (demographics) for lack of an account intent",
    ),
    R(
        "bi",
        "post the {payer} check for {amount} to {claim_no}",
        "last_payment",
        {"payer": "{payer}", "amount": "{amount}", "claim_no": "{claim_no}"},
        "a",
        [
            "proposes posting {amount} from {payer} to claim {claim_no} and asks, or says payments post from ERA"
        ],
        ["posts without a yes"],
        "",
    ),
    R(
        "fd",
        "text {patient_first} a reminder for tmrw",
        "visit_time",
        {"patient": P, "date": "Fri Apr 30, 2027"},
        "ar",
        [
            "proposes sending a reminder for her Fri Apr 30, 2027 visit (with the time) and asks, or says it cannot send here"
        ],
        ["claims it sent without a yes"],
        "",
    ),
]
