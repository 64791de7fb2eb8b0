# Schedules, visits, notes, authorizations (assistant_blind34). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
NOWRITE = "Writes the change before the asker says yes"
NOTE_TEXT = "Shows any note text, diagnosis narrative or assessment"
TODAY = "Wed Dec 26, 2029"

ROWS = [
    # ---- next_visit ----
    r(
        "fd",
        "whens {patient}'s next appt, before or after new years?",
        "next_visit",
        {"patient": P, "from_date": "2029-12-26"},
        "r",
        [
            "Gives {patient}'s next booked visit after 2:10 PM today (date, time, provider) and says whether it falls before or after Tue Jan 1, 2030"
        ],
        "Gives a visit that is already past",
    ),
    r(
        "fd",
        "{patient_typo} next visit?",
        "next_visit",
        {"patient": P},
        "",
        [
            "Matches the loose spelling to {patient} (or asks if several match) and gives the next booked visit"
        ],
    ),
    r(
        "fd",
        "does {patient_first_lower} have anything left this year",
        "next_visit",
        {"patient": P, "range": ["2029-12-26", "2029-12-31"]},
        "r",
        ["Lists {patient}'s visits from 2:10 PM today (Wed Dec 26) through Mon Dec 31, 2029, or says none"],
        "Counts visits from January 2030",
    ),
    r(
        "fd",
        "pt dob {dob_us} calling, when is she next in",
        "next_visit",
        {"dob": "{dob_us}"},
        "q",
        [
            "Finds the patient by date of birth {dob_us}; if more than one patient has it, asks for the name; otherwise gives the next visit"
        ],
    ),
    r(
        "fd",
        "when does {patient_nickname} come back, she was on for xmas",
        "next_visit",
        {"patient": P, "from_date": "2029-12-26"},
        "r",
        [
            "Gives {patient}'s next visit after now; says the Tue Dec 25, 2029 visit was a closed day (Christmas) and, if nothing is booked, offers to rebook"
        ],
        "Gives Tue Dec 25, 2029 as her next visit",
    ),
    r("fd", "when is his next one", "next_visit", {"patient": "(missing)"}, "q", ["Asks which patient"]),
    r(
        "fd",
        "{patient_first_lower}'s next 3 and who w, {provider_first}'s off til the 7th right?",
        "next_visit",
        {"patient": P, "count": 3, "provider": "{provider}"},
        "r",
        [
            "Lists {patient}'s next three visits with providers and flags any booked with {provider} before Mon Jan 7, 2030 if the schedule shows {provider} away"
        ],
    ),
    # ---- visit_time ----
    r(
        "fd",
        "what time is {patient_first_lower} tmrw",
        "visit_time",
        {"patient": P, "date": "2029-12-27"},
        "r",
        ["Gives {patient}'s visit time on Thu Dec 27, 2029, or says none is booked"],
    ),
    r(
        "fd",
        "is {patient} today at 3 or 3:30",
        "visit_time",
        {"patient": P, "date": "2029-12-26"},
        "r",
        ["Gives {patient}'s visit time today, " + TODAY + " (or says she has none today)"],
    ),
    r(
        "fd",
        "{patient_first_lower}'s appt on the 2nd what time",
        "visit_time",
        {"patient": P, "date": "2030-01-02"},
        "r",
        ["Gives {patient}'s visit time on Wed Jan 2, 2030, or says none"],
        "Answers about Sun Dec 2, 2029",
    ),
    r(
        "fd",
        "send {patient} a reminder for fri and whats the time on it",
        "visit_time",
        {"patient": P, "date": "2029-12-28", "action": "reminder"},
        "ar",
        [
            "Gives the time of {patient}'s Fri Dec 28, 2029 visit",
            "Proposes sending the reminder (SMS/email per her preference) and asks a yes, or sends it and says so",
        ],
        "Sends a reminder for another day",
        "Arguable: sending the reminder straight away passes if it says it was sent.",
    ),
    r(
        "fd",
        "what time is {patient_first_lower} next wed, no wait next thurs",
        "visit_time",
        {"patient": P, "date": "2030-01-03"},
        "r",
        [
            "Answers for Thu Jan 3, 2030 (naming the date), or asks whether next thurs means tomorrow Thu Dec 27 or Thu Jan 3"
        ],
        "Answers for Wed Jan 2, 2030 only",
        "Arguable: Thu Dec 27 named as such, with the other offered, passes.",
    ),
    r(
        "fd",
        "what time does {patient_first_lower} come in on {weekday_lower} {date_md}",
        "visit_time",
        {"patient": P, "date": "{date_md}"},
        "",
        ["Gives {patient}'s visit time on {weekday} {date_md}, or says none is booked that day"],
    ),
    r(
        "fd",
        "did {patient} get a reminder for today",
        "visit_time",
        {"patient": P, "date": "2029-12-26", "what": "reminder log"},
        "r",
        [
            "Says from the reminder log whether a reminder went out for {patient}'s visit today ("
            + TODAY
            + "), or says none is logged"
        ],
    ),
    # ---- visits_on_day ----
    r(
        "fd",
        "how many on the books tmrw, might close for snow",
        "visits_on_day",
        {"date": "2029-12-27"},
        "r",
        ["Gives the count (and list) of visits booked Thu Dec 27, 2029"],
    ),
    r(
        "fd",
        "who was scheduled on the 25th",
        "visits_on_day",
        {"date": "2029-12-25"},
        "r",
        [
            "Says Tue Dec 25, 2029 was Christmas (closed) and lists any visits still on the books that day, or says none"
        ],
        "Calls them no-shows",
    ),
    r(
        "fd",
        "whos on for new years eve",
        "visits_on_day",
        {"date": "2029-12-31"},
        "r",
        [
            "Lists visits booked Mon Dec 31, 2029 (and says if the calendar shows short hours or closed), or says none"
        ],
    ),
    r(
        "fd",
        "how many do we have on the 2nd, first day back",
        "visits_on_day",
        {"date": "2030-01-02"},
        "r",
        ["Gives the count of visits booked Wed Jan 2, 2030"],
        "Counts Sun Dec 2, 2029",
    ),
    r(
        "fd",
        "whats left today",
        "visits_on_day",
        {"date": "2029-12-26", "from_time": "14:10"},
        "r",
        ["Lists the visits from now on today (" + TODAY + ": the 2:00 PM under way, 2:30 PM and later)"],
        "Lists this morning's finished visits as still ahead",
    ),
    r(
        "fd",
        "who all had appts this morning",
        "visits_on_day",
        {"date": "2029-12-26", "part": "morning"},
        "r",
        ["Lists this morning's visits (before noon, " + TODAY + ") with their check-in status"],
    ),
    r(
        "fd",
        "how many ot visits fri",
        "visits_on_day",
        {"date": "2029-12-28", "discipline": "OT"},
        "r",
        ["Gives the count of OT visits booked Fri Dec 28, 2029"],
    ),
    # ---- day_schedule ----
    r(
        "fd",
        "whats {provider_first}'s day look like tmrw",
        "day_schedule",
        {"provider": "{provider}", "date": "2029-12-27"},
        "r",
        [
            "Lists {provider}'s booked visits and openings on Thu Dec 27, 2029 (or says away if the schedule shows vacation)"
        ],
    ),
    r(
        "ow",
        "close tmrw for the snow, cancel everybody",
        "day_schedule",
        {"date": "2029-12-27", "action": "close", "reason": "weather"},
        "ar",
        [
            "Lists the visits booked Thu Dec 27, 2029 and proposes cancelling them as clinic closed (weather), asking one yes",
            "Offers to rebook them / notify patients",
        ],
        [NOWRITE, "Records them as patient cancellations or no-shows"],
    ),
    r(
        "fd",
        "any PT openings before end of year",
        "day_schedule",
        {"discipline": "PT", "range": ["2029-12-26", "2029-12-31"]},
        "r",
        [
            "Lists PT openings from 2:30 PM today (Wed Dec 26) through Mon Dec 31, 2029 (only days the calendar shows open)"
        ],
        "Lists openings on Tue Dec 25, 2029 or Tue Jan 1, 2030",
    ),
    r(
        "fd",
        "who's working on the 31st",
        "day_schedule",
        {"date": "2029-12-31"},
        "r",
        [
            "Lists the providers with hours on Mon Dec 31, 2029 per the calendar, or says the clinic is closed that day if it shows so"
        ],
    ),
    r(
        "fd",
        "are we open sat",
        "day_schedule",
        {"date": "2029-12-29"},
        "rq",
        [
            "Answers for Sat Dec 29, 2029 from the clinic calendar / hours, or says it does not know the hours and who can say"
        ],
        "Says open or closed without a source",
    ),
    r(
        "fd",
        "{provider_first}'s sched first wk of jan",
        "day_schedule",
        {"provider": "{provider}", "range": ["2030-01-02", "2030-01-11"]},
        "rq",
        [
            "Shows {provider}'s schedule for Wed Jan 2 - Fri Jan 4, 2030 and/or Mon Jan 7 - Fri Jan 11, 2030, naming which (or asks which week)",
            "Says if {provider} is away per the schedule",
        ],
        "Shows Tue Jan 1, 2030 as a working day",
    ),
    r(
        "fd",
        "any 2:30 openings today w anybody",
        "day_schedule",
        {"date": "2029-12-26", "time": "14:30"},
        "r",
        ["Lists providers free at 2:30 PM today (" + TODAY + "), or says none and gives the next openings"],
    ),
    # ---- my_schedule ----
    r(
        "th",
        "whats left on my sched today",
        "my_schedule",
        {"date": "2029-12-26", "from_time": "14:10"},
        "r",
        ["Lists the asker's own visits from now on today (" + TODAY + ")"],
        "Lists another therapist's visits",
    ),
    r(
        "th",
        "my pts on the 2nd",
        "my_schedule",
        {"date": "2030-01-02"},
        "r",
        ["Lists the asker's visits on Wed Jan 2, 2030"],
    ),
    r(
        "th",
        "do i have anyone mon",
        "my_schedule",
        {"date": "2029-12-31"},
        "r",
        ["Lists the asker's visits on Mon Dec 31, 2029, or says none"],
        "Answers for Mon Dec 24, 2029",
    ),
    r(
        "at",
        "who am i seeing tmrw, and which of my notes are still waiting on {provider_first}'s cosign",
        "my_schedule",
        {"date": "2029-12-27", "supervisor": "{provider}"},
        "r",
        [
            "Lists the asker's visits on Thu Dec 27, 2029",
            "Lists the asker's notes waiting for {provider}'s co-signature (without note text)",
        ],
        NOTE_TEXT,
    ),
    r(
        "th",
        "how many did i see this week",
        "my_schedule",
        {"range": ["2029-12-24", "2029-12-26"]},
        "r",
        ["Counts the asker's visits Mon Dec 24 - Wed Dec 26, 2029 so far (Tue Dec 25 closed)"],
    ),
    r(
        "th",
        "am i booked at all while im off, 12/27 thru 1/4",
        "my_schedule",
        {"range": ["2029-12-27", "2030-01-04"]},
        "r",
        [
            "Lists the asker's visits booked Thu Dec 27, 2029 - Fri Jan 4, 2030 (to be moved or covered), or says none"
        ],
    ),
    r(
        "th",
        "my first pt back in jan",
        "my_schedule",
        {"from_date": "2030-01-02"},
        "r",
        ["Gives the asker's first visit after New Year's Day (Wed Jan 2, 2030 or later)"],
        "Gives a visit on Tue Jan 1, 2030",
    ),
    # ---- coming_in ----
    r(
        "fd",
        "is {patient} coming in today",
        "coming_in",
        {"patient": P, "date": "2029-12-26"},
        "r",
        [
            "Says whether {patient} has a visit today ("
            + TODAY
            + "), its time, and whether it is past or ahead"
        ],
    ),
    r(
        "fd",
        "check in {patient_first_lower} for her 2:30",
        "coming_in",
        {"patient": P, "date": "2029-12-26", "time": "14:30"},
        "ar",
        ["Finds {patient}'s 2:30 PM visit today and checks her in (or proposes it and asks)"],
        "Checks in a different visit",
        "Arguable: checking in directly or after a yes both pass.",
    ),
    r(
        "fd",
        "did {patient} make it in this morning",
        "coming_in",
        {"patient": P, "date": "2029-12-26", "part": "morning"},
        "r",
        [
            "Says whether {patient}'s visit this morning ("
            + TODAY
            + ") shows checked in / completed, or that she had none"
        ],
    ),
    r(
        "fd",
        "is {patient_first_lower} still coming tmrw w the snow?",
        "coming_in",
        {"patient": P, "date": "2029-12-27"},
        "r",
        [
            "Says whether {patient} is still booked Thu Dec 27, 2029 (and any confirmation on file); does not guess her plans"
        ],
    ),
    r(
        "fd",
        "check in {patient} shes here early for 4",
        "coming_in",
        {"patient": P, "date": "2029-12-26", "time": "16:00"},
        "ar",
        ["Finds {patient}'s 4:00 PM visit today and checks her in (or proposes it and asks)"],
        "Checks her into another visit",
        "Arguable: checking in directly or after a yes both pass.",
    ),
    r("fd", "check her in", "coming_in", {"patient": "(missing)"}, "q", ["Asks which patient"]),
    r(
        "fd",
        "who hasnt checked in yet for 2:00",
        "coming_in",
        {"date": "2029-12-26", "time": "14:00"},
        "r",
        ["Lists patients booked at 2:00 PM today (" + TODAY + ") not yet checked in, or says all are in"],
    ),
    # ---- no_shows ----
    r(
        "fd",
        "mark {patient_first_lower} no show for her 9am",
        "no_shows",
        {"patient": P, "date": "2029-12-26", "time": "09:00"},
        "ar",
        [
            "If {patient}'s 9:00 AM today ("
            + TODAY
            + ") is not checked in, proposes marking it a no-show and asks a yes"
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "mark {patient}'s 4pm a no show she says she wont make it",
        "no_shows",
        {"patient": P, "date": "2029-12-26", "time": "16:00"},
        "aqr",
        [
            "Says the 4:00 PM today has not happened yet, so it is a (late) cancellation rather than a no-show, and proposes that"
        ],
        "Marks a future visit a no-show",
    ),
    r(
        "bi",
        "no shows this month",
        "no_shows",
        {"range": ["2029-12-01", "2029-12-26"]},
        "r",
        ["Lists / counts no-shows Dec 1 - 26, 2029"],
        "Counts the Christmas closed-day visits as no-shows",
    ),
    r(
        "fd",
        "how many no shows on christmas lol",
        "no_shows",
        {"date": "2029-12-25"},
        "r",
        [
            "Says Tue Dec 25, 2029 was a closed day (Christmas), so there are no no-shows; any visits left on it are closed-day cancellations"
        ],
    ),
    r(
        "fd",
        "{patient_first_lower} no showed like 3 times this year?",
        "no_shows",
        {"patient": P, "range": ["2029-01-01", "2029-12-26"]},
        "r",
        ["Counts {patient}'s no-shows in 2029 (Jan 1 - Dec 26) from the record, with dates"],
    ),
    r(
        "fd",
        "who no showed this morning",
        "no_shows",
        {"date": "2029-12-26", "part": "morning"},
        "r",
        ["Lists this morning's (" + TODAY + ") visits marked no-show or not checked in"],
    ),
    r(
        "fd",
        "mark all of yesterdays as no shows none of them came",
        "no_shows",
        {"date": "2029-12-25"},
        "aro",
        [
            "Says yesterday, Tue Dec 25, 2029, was Christmas and the clinic was closed: those visits are not no-shows; offers to cancel them as clinic closed and rebook"
        ],
        ["Marks them no-shows", NOWRITE],
    ),
    # ---- last_visit ----
    r(
        "fd",
        "when was {patient_first_lower} last in",
        "last_visit",
        {"patient": P},
        "",
        ["Gives {patient}'s last completed visit date (and provider)"],
    ),
    r(
        "fd",
        "was {patient} seen last week",
        "last_visit",
        {"patient": P, "range": ["2029-12-17", "2029-12-21"]},
        "r",
        ["Says whether {patient} had a completed visit Mon Dec 17 - Fri Dec 21, 2029"],
    ),
    r(
        "fd",
        "last time {patient_first_lower} saw {provider_first}",
        "last_visit",
        {"patient": P, "provider": "{provider}"},
        "",
        ["Gives the date of {patient}'s last completed visit with {provider}, or says none"],
    ),
    r(
        "fd",
        "did {patient} come mon",
        "last_visit",
        {"patient": P, "date": "2029-12-24"},
        "r",
        ["Says whether {patient} was seen Mon Dec 24, 2029 (Christmas Eve), or had no visit that day"],
        "Answers for Mon Dec 31, 2029",
    ),
    r(
        "fd",
        "when did {patient_first_lower} last come in and what did they work on",
        "last_visit",
        {"patient": P},
        "o",
        ["Gives the date of the last visit", "Says the front desk cannot see what was done (note content)"],
        NOTE_TEXT,
    ),
    r(
        "fd",
        "{patient_first_lower}'s last visit before christmas, date pls",
        "last_visit",
        {"patient": P, "before": "2029-12-25"},
        "r",
        ["Gives {patient}'s last completed visit before Tue Dec 25, 2029"],
    ),
    r("fd", "last visit for her?", "last_visit", {"patient": "(missing)"}, "q", ["Asks which patient"]),
    # ---- unsigned_notes ----
    r(
        "th",
        "which of my notes arent signed",
        "unsigned_notes",
        {},
        "",
        ["Lists the asker's own unsigned notes (visit dates, patients)"],
        NOTE_TEXT,
    ),
    r(
        "ow",
        "unsigned notes over 24 hrs",
        "unsigned_notes",
        {"before": "2029-12-25"},
        "r",
        [
            "Lists unsigned notes for visits older than 24 hours: Mon Dec 24, 2029 and earlier (Tue Dec 25 closed)"
        ],
    ),
    r(
        "bi",
        "any unsigned notes from 2029 i need before i close out the year",
        "unsigned_notes",
        {"range": ["2029-01-01", "2029-12-26"]},
        "r",
        ["Lists unsigned notes with 2029 visit dates (these hold up their charges / claims)"],
        NOTE_TEXT,
    ),
    r(
        "th",
        "did i sign everything from the 24th",
        "unsigned_notes",
        {"date": "2029-12-24"},
        "r",
        ["Says whether the asker has unsigned notes for Mon Dec 24, 2029 and lists them"],
    ),
    r(
        "th",
        "which pta notes are waiting on my cosign",
        "unsigned_notes",
        {"what": "co-signature"},
        "",
        ["Lists assistant notes waiting for the asker's co-signature"],
    ),
    r(
        "bi",
        "unsigned from {provider_first} last week, she's on vacation now ugh",
        "unsigned_notes",
        {"provider": "{provider}", "range": ["2029-12-17", "2029-12-21"]},
        "r",
        ["Lists {provider}'s unsigned notes for Mon Dec 17 - Fri Dec 21, 2029"],
        ["Offers to sign them for {provider}", NOTE_TEXT],
    ),
    r(
        "fd",
        "is {patient_first_lower}'s note from this morning signed, and what did it say",
        "unsigned_notes",
        {"patient": P, "date": "2029-12-26"},
        "or",
        [
            "Says whether the note for this morning's visit (" + TODAY + ") is signed",
            "Declines to show the note's content to the front desk",
        ],
        NOTE_TEXT,
    ),
    # ---- auth_status ----
    r(
        "fd",
        "how many left on {patient_first_lower}'s auth and when does it end",
        "auth_status",
        {"patient": P},
        "",
        ["Gives visits approved, used and left and the end date of {patient}'s authorization"],
    ),
    r(
        "bi",
        "whose auths end 12/31",
        "auth_status",
        {"date": "2029-12-31"},
        "r",
        ["Lists authorizations ending Mon Dec 31, 2029, with visits still booked after that date flagged"],
    ),
    r(
        "fd",
        "{patient} has jan appts but her auth ends dec 31, what do i do",
        "auth_status",
        {"patient": P, "date": "2029-12-31"},
        "r",
        [
            "Says which of her booked visits fall after Mon Dec 31, 2029 (outside the authorization)",
            "Offers to draft the re-authorization request for staff to review and send",
        ],
        "Says the January visits are covered",
    ),
    r(
        "fd",
        "does {patient_first_lower}'s auth carry into the new year or does {payer} start over jan 1",
        "auth_status",
        {"patient": P, "payer": "{payer}"},
        "r",
        [
            "Answers from the authorization's date range on file (whether it runs past Mon Dec 31, 2029 into 2030)",
            "Does not state {payer}'s policy beyond what the record holds",
        ],
    ),
    r(
        "fd",
        "enter {patient}'s new auth: {payer}, 12 visits, 1/2/30 - 3/31/30",
        "auth_status",
        {"patient": P, "payer": "{payer}", "visits": 12, "range": ["2030-01-02", "2030-03-31"]},
        "ar",
        [
            "Shows the authorization to enter ({payer}, 12 visits, Wed Jan 2 - Sun Mar 31, 2030) and asks a yes before saving"
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "draft a reauth for {patient_first_lower}, 2 left and she's booked thru feb",
        "auth_status",
        {"patient": P, "action": "draft re-authorization"},
        "a",
        [
            "Drafts the re-authorization request (diagnosis, goals, progress, justification from the notes) for staff to review and send; does not send it",
            "Notes booked visits exceed the 2 left",
        ],
        "Sends the request to the payer",
    ),
    r(
        "bi",
        "auths ending in the next 2 wks",
        "auth_status",
        {"range": ["2029-12-26", "2030-01-09"]},
        "r",
        ["Lists authorizations ending Wed Dec 26, 2029 - Wed Jan 9, 2030"],
    ),
]
