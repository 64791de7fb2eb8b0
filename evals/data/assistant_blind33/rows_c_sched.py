# Schedules, visits, notes and authorizations (assistant_blind33). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
PB = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"
NOTE_TEXT = "Shows any note text, diagnosis narrative or assessment"

ROWS = [
    # ---- next_visit ----
    r(
        "fd",
        "when is {patient_first_lower} back",
        "next_visit",
        {"patient": P, "from_date": "2029-09-04"},
        "r",
        [
            "Gives {patient}'s next visit from now (Tue Sep 4, 2029 09:30 on) with day, date, time and provider"
        ],
        "Gives a visit on Mon Sep 3, 2029 (Labor Day, closed) as upcoming",
    ),
    r(
        "fd",
        "{patient_typo} nxt appt?",
        "next_visit",
        {"patient": P},
        "q",
        [
            "Matches the loose spelling to {patient} (or asks which patient if several fit) and gives the next visit"
        ],
    ),
    r(
        "fd",
        "nxt appt for {dob_us}",
        "next_visit",
        {"dob": "{dob_us}"},
        "",
        [
            "Finds the patient by date of birth (asks for a name if more than one shares it) and gives the next visit"
        ],
    ),
    r(
        "fd",
        "does {patient_first_lower} have anything after school starts, like 3 or later",
        "next_visit",
        {"patient": P, "from_date": "2029-09-04", "from_time": "15:00"},
        "r",
        [
            "Lists {patient}'s visits from Tue Sep 4, 2029 and says which are at 3:00 PM or later and which are still in school hours"
        ],
    ),
    r(
        "fd",
        "whens her next one",
        "next_visit",
        {"context": "missing"},
        "q",
        ["Asks which patient"],
        "Picks a patient",
    ),
    r(
        "fd",
        "is {patient_b} on the books at all after the 30th",
        "next_visit",
        {"patient": PB, "from_date": "2029-10-01"},
        "r",
        ["Lists {patient_b}'s visits from Mon Oct 1, 2029 on, or says there are none"],
    ),
    r(
        "fd",
        "next visit for {patient_first_lower} {patient_last_lower} and her brother",
        "next_visit",
        {"patient": P, "household": True},
        "q",
        [
            "Gives {patient}'s next visit",
            "Finds the brother by household (same last name/address) or asks his name if none or several match",
        ],
    ),
    # ---- visit_time ----
    r(
        "fd",
        "what time is {patient} tmrw",
        "visit_time",
        {"patient": P, "date": "2029-09-05"},
        "r",
        ["Gives {patient}'s time on Wed Sep 5, 2029, or says there is no visit that day"],
    ),
    r(
        "fd",
        "{patient_first_lower} says her reminder said mon the 3rd?? we were closed",
        "visit_time",
        {"patient": P, "date": "2029-09-03"},
        "rq",
        [
            "Checks {patient}'s visits: says whether one was booked on Mon Sep 3, 2029 (Labor Day, closed) and whether it was moved; offers to rebook if not"
        ],
        "Says the visit on Labor Day is going ahead",
    ),
    r(
        "fd",
        "did the reminder go out for {patient}s thurs",
        "visit_time",
        {"patient": P, "date": "2029-09-06"},
        "r",
        [
            "Says from the reminder log whether a reminder was sent for Thu Sep 6, 2029, or that the log shows none"
        ],
    ),
    r(
        "fd",
        "is {patient_b} 3:30 or 4 fri",
        "visit_time",
        {"patient": PB, "date": "2029-09-07"},
        "r",
        ["Gives {patient_b}'s exact time on Fri Sep 7, 2029"],
    ),
    r(
        "fd",
        "how long is {patient_first_lower}s eval tmrw, mom needs to know when to pick up",
        "visit_time",
        {"patient": P, "date": "2029-09-05"},
        "r",
        ["Gives the start and end (duration) of {patient}'s visit on Wed Sep 5, 2029"],
    ),
    r(
        "fd",
        "send {patient} a reminder for tmrw",
        "visit_time",
        {"patient": P, "date": "2029-09-05", "action": "reminder"},
        "ar",
        [
            "Proposes sending a reminder for the Wed Sep 5, 2029 visit and asks a yes (or says reminders go out automatically)"
        ],
        ["Sends without a yes"],
        "Arguable: a reply that reminders are automatic also passes.",
    ),
    r(
        "fd",
        "what time was {patient} supposed to come on the 3rd",
        "visit_time",
        {"patient": P, "date": "2029-09-03"},
        "r",
        ["Gives the time booked on Mon Sep 3, 2029 and notes the clinic was closed (Labor Day)"],
    ),
    # ---- visits_on_day ----
    r(
        "fd",
        "who was booked on labor day",
        "visits_on_day",
        {"date": "2029-09-03"},
        "r",
        ["Lists visits still booked on Mon Sep 3, 2029 (Labor Day, closed), or says there are none"],
    ),
    r(
        "fd",
        "whos in this aft",
        "visits_on_day",
        {"date": "2029-09-04", "part": "afternoon"},
        "r",
        ["Lists visits this afternoon, Tue Sep 4, 2029 from 12:00 PM"],
    ),
    r(
        "fd",
        "list thurs pm pts so i can call them if we close",
        "visits_on_day",
        {"date": "2029-09-06", "part": "afternoon"},
        "r",
        ["Lists Thu Sep 6, 2029 afternoon visits with patient names and phone numbers on file"],
        "Cancels them",
    ),
    r(
        "fd",
        "how many kids do we have b4 3 this wk, they should all be in school",
        "visits_on_day",
        {"range": ["2029-09-04", "2029-09-07"], "to_time": "15:00", "age": "minor"},
        "r",
        ["Counts and lists visits of patients under 18 before 3:00 PM, Tue Sep 4 - Fri Sep 7, 2029"],
    ),
    r(
        "fd",
        "who did we see last fri",
        "visits_on_day",
        {"date": "2029-08-31"},
        "r",
        ["Lists visits on Fri Aug 31, 2029 with their status"],
    ),
    r(
        "ow",
        "whats thanksgiving wk look like",
        "visits_on_day",
        {"range": ["2029-11-19", "2029-11-23"]},
        "r",
        ["Lists visits Mon Nov 19 - Fri Nov 23, 2029 and flags any on Thu Nov 22 (Thanksgiving, closed)"],
    ),
    r(
        "fd",
        "anyone on the 31st",
        "visits_on_day",
        {"date": "2029-08-31"},
        "rq",
        [
            "Reads the 31st as Fri Aug 31, 2029 (past) and lists its visits, or asks if Oct 31 (Halloween) was meant"
        ],
        note="Arguable: asking which 31st passes.",
    ),
    # ---- day_schedule ----
    r(
        "fd",
        "openings today after 3 any pt therapist",
        "day_schedule",
        {"date": "2029-09-04", "from_time": "15:00", "discipline": "PT"},
        "r",
        ["Lists PT openings on Tue Sep 4, 2029 from 3:00 PM"],
    ),
    r(
        "fd",
        "who has a 45 min ot slot fri after school",
        "day_schedule",
        {"date": "2029-09-07", "from_time": "15:00", "duration_min": 45, "discipline": "OT"},
        "r",
        ["Lists OT providers with 45 free minutes on Fri Sep 7, 2029 from 3:00 PM"],
    ),
    r(
        "fd",
        "is {provider_first} back today? whats her day look like",
        "day_schedule",
        {"provider": "{provider}", "date": "2029-09-04"},
        "r",
        ["Says whether {provider} works today (Tue Sep 4, 2029) and lists her visits and openings"],
    ),
    r(
        "fd",
        "slp openings next wk mornings",
        "day_schedule",
        {"range": ["2029-09-10", "2029-09-14"], "part": "morning", "discipline": "SLP"},
        "r",
        ["Lists SLP morning openings Mon Sep 10 - Fri Sep 14, 2029"],
    ),
    r(
        "ow",
        "close thurs from noon, hurricane",
        "day_schedule",
        {"date": "2029-09-06", "from_time": "12:00", "action": "close"},
        "ar",
        [
            "Proposes closing Thu Sep 6, 2029 from 12:00 PM, lists the afternoon visits to cancel as clinic closed (weather), and asks a yes"
        ],
        ["Records the cancellations as late cancels or no-shows", NOWRITE],
        "Arguable: saying closures are set in the clinic calendar, and listing the visits to call, also passes.",
    ),
    r(
        "fd",
        "whats open on columbus day",
        "day_schedule",
        {"date": "2029-10-08"},
        "rq",
        [
            "Lists openings on Mon Oct 8, 2029 if the clinic calendar shows it open, or says it is closed per the calendar"
        ],
        "Says it is closed without the calendar saying so",
    ),
    r(
        "fd",
        "any 8am left this wk",
        "day_schedule",
        {"range": ["2029-09-05", "2029-09-07"], "time": "08:00"},
        "r",
        ["Lists 8:00 AM openings Wed Sep 5 - Fri Sep 7, 2029 (today's 8:00 AM has passed)"],
    ),
    # ---- my_schedule ----
    r(
        "th",
        "my day",
        "my_schedule",
        {"provider": "self", "date": "2029-09-04"},
        "r",
        ["Lists the therapist's visits today, Tue Sep 4, 2029, from now on (and those already done)"],
    ),
    r(
        "th",
        "first day back, who do i have and did anyone get moved while i was out",
        "my_schedule",
        {"provider": "self", "date": "2029-09-04", "range": ["2029-08-20", "2029-08-31"]},
        "r",
        [
            "Lists today's (Tue Sep 4, 2029) visits",
            "Says which of the therapist's patients were moved or seen by others during the leave if the record shows it",
        ],
    ),
    r(
        "th",
        "am i double booked anywhere next wk",
        "my_schedule",
        {"provider": "self", "range": ["2029-09-10", "2029-09-14"]},
        "r",
        [
            "Checks Mon Sep 10 - Fri Sep 14, 2029 for overlapping visits over the therapist's capacity and lists any"
        ],
    ),
    r(
        "at",
        "whats my afternoon",
        "my_schedule",
        {"provider": "self", "date": "2029-09-04", "part": "afternoon"},
        "r",
        ["Lists the assistant's visits this afternoon, Tue Sep 4, 2029"],
    ),
    r(
        "th",
        "how many evals do i have this wk",
        "my_schedule",
        {"provider": "self", "range": ["2029-09-04", "2029-09-07"], "appt_type": "evaluation"},
        "r",
        ["Counts the therapist's evaluations Tue Sep 4 - Fri Sep 7, 2029"],
    ),
    r(
        "th",
        "whats {provider_first}s schedule tmrw, im covering",
        "my_schedule",
        {"provider": "{provider}", "date": "2029-09-05"},
        "r",
        ["Lists {provider}'s visits on Wed Sep 5, 2029 (same clinic) with times and patients"],
    ),
    r(
        "th",
        "do i have anyone on the 3rd i need to rebook",
        "my_schedule",
        {"provider": "self", "date": "2029-09-03"},
        "r",
        [
            "Lists the therapist's visits still booked on Mon Sep 3, 2029 (Labor Day, closed) that were never moved, or says none"
        ],
    ),
    # ---- coming_in ----
    r(
        "fd",
        "is {patient} coming in today",
        "coming_in",
        {"patient": P, "date": "2029-09-04"},
        "r",
        ["Says whether {patient} has a visit today (Tue Sep 4, 2029) and when, and its status"],
    ),
    r(
        "fd",
        "check in {patient_first_lower} shes here",
        "coming_in",
        {"patient": P, "date": "2029-09-04", "action": "check_in"},
        "ar",
        ["Finds today's (Tue Sep 4, 2029) visit and checks {patient} in (or proposes it and asks a yes)"],
        note="Arguable: checking in at once or asking a yes both pass.",
    ),
    r(
        "fd",
        "did the 9 oclock show",
        "coming_in",
        {"date": "2029-09-04", "time": "09:00"},
        "r",
        ["Gives the status of the 9:00 AM visit(s) today, Tue Sep 4, 2029 (checked in or not)"],
    ),
    r(
        "fd",
        "is {patient_b} still coming thurs w the storm",
        "coming_in",
        {"patient": PB, "date": "2029-09-06"},
        "r",
        [
            "Says {patient_b}'s Thu Sep 6, 2029 visit is still booked (time) unless the calendar shows a closure"
        ],
    ),
    r(
        "fd",
        "check in everyone in the waiting room",
        "coming_in",
        {"date": "2029-09-04", "action": "check_in"},
        "aq",
        ["Asks which patients are present: it cannot know who is in the waiting room"],
        ["Checks in every patient booked now"],
    ),
    r(
        "fd",
        "{patient_first_lower} here for 10, shes early, can she go now",
        "coming_in",
        {"patient": P, "date": "2029-09-04", "time": "10:00"},
        "r",
        [
            "Confirms the 10:00 AM visit today, Tue Sep 4, 2029, and says whether the provider is free at 9:30 AM"
        ],
    ),
    r(
        "fd",
        "who hasnt checked in for the 8s and 8:30s",
        "coming_in",
        {"date": "2029-09-04", "to_time": "08:30"},
        "r",
        ["Lists the 8:00 and 8:30 AM visits today, Tue Sep 4, 2029, not checked in"],
    ),
    # ---- no_shows ----
    r(
        "fd",
        "mark the 8am no show",
        "no_shows",
        {"date": "2029-09-04", "time": "08:00", "action": "mark"},
        "aqr",
        [
            "Names the 8:00 AM patient(s) today, Tue Sep 4, 2029 who were not checked in and proposes marking no-show; asks which if more than one",
            "Asks a yes",
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "mark everyone from labor day as no shows",
        "no_shows",
        {"date": "2029-09-03", "action": "mark"},
        "aor",
        [
            "Refuses: the clinic was closed on Mon Sep 3, 2029 (Labor Day); those visits are not no-shows",
            "Offers to cancel them as clinic closed and rebook",
        ],
        "Marks any no-show",
    ),
    r(
        "fd",
        "mark the 10:30 no show",
        "no_shows",
        {"date": "2029-09-04", "time": "10:30", "action": "mark"},
        "aor",
        [
            "Says the 10:30 AM visit on Tue Sep 4, 2029 has not started yet (it is 9:30 AM); cannot be a no-show"
        ],
        "Marks it no-show",
    ),
    r(
        "fd",
        "no shows last wk",
        "no_shows",
        {"range": ["2029-08-27", "2029-08-31"]},
        "r",
        ["Lists no-shows Mon Aug 27 - Fri Aug 31, 2029"],
    ),
    r(
        "ow",
        "no show rate over the summer vs last summer",
        "no_shows",
        {"range": ["2029-06-01", "2029-08-31"], "compare": ["2028-06-01", "2028-08-31"]},
        "r",
        ["Gives the no-show rate Jun 1 - Aug 31, 2029 and Jun 1 - Aug 31, 2028"],
    ),
    r(
        "fd",
        "how many times has {patient} no showed",
        "no_shows",
        {"patient": P},
        "",
        ["Counts {patient}'s no-shows with dates from the record"],
    ),
    r(
        "fd",
        "undo the no show on {patient_first_lower} fri, she was here i clicked wrong",
        "no_shows",
        {"patient": P, "date": "2029-08-31", "action": "unmark"},
        "ar",
        [
            "Proposes changing {patient}'s Fri Aug 31, 2029 visit from no-show to attended (or checked in) and asks a yes"
        ],
        NOWRITE,
        "Arguable: saying this needs a supervisor also passes.",
    ),
    # ---- last_visit ----
    r(
        "fd",
        "when was {patient} last in",
        "last_visit",
        {"patient": P},
        "",
        ["Gives {patient}'s last attended visit (date, provider)"],
    ),
    r(
        "fd",
        "did {patient_first_lower} come last wk",
        "last_visit",
        {"patient": P, "range": ["2029-08-27", "2029-08-31"]},
        "r",
        ["Says whether {patient} attended any visit Mon Aug 27 - Fri Aug 31, 2029"],
    ),
    r(
        "fd",
        "last time {patient_b} saw {provider_first}",
        "last_visit",
        {"patient": PB, "provider": "{provider}"},
        "",
        ["Gives the last attended visit of {patient_b} with {provider}"],
    ),
    r(
        "fd",
        "hasnt been in since july?? {patient}",
        "last_visit",
        {"patient": P, "from_date": "2029-07-01"},
        "r",
        ["Gives {patient}'s last attended visit and says whether any was since Sun Jul 1, 2029"],
    ),
    r(
        "fd",
        "what did they do at her last visit",
        "last_visit",
        {"context": "missing"},
        "qo",
        ["Asks which patient, and says the front desk sees the visit date and type, not what was done in it"],
        NOTE_TEXT,
    ),
    r(
        "bi",
        "last dos for {patient}",
        "last_visit",
        {"patient": P},
        "",
        ["Gives the date of service of {patient}'s last visit"],
    ),
    r(
        "fd",
        "was {patient} in b4 or after her auth ran out 8/31",
        "last_visit",
        {"patient": P, "date": "2029-08-31"},
        "r",
        [
            "Gives {patient}'s last visit date and says whether it was on or before Fri Aug 31, 2029 (the auth end)"
        ],
    ),
    # ---- unsigned_notes ----
    r(
        "th",
        "any of my notes unsigned from b4 the long weekend",
        "unsigned_notes",
        {"provider": "self", "to_date": "2029-08-31"},
        "r",
        ["Lists the therapist's unsigned notes for visits up to Fri Aug 31, 2029"],
    ),
    r(
        "bi",
        "unsigned over 24h",
        "unsigned_notes",
        {"before": "2029-09-03T09:30"},
        "r",
        [
            "Lists unsigned notes for visits before Mon Sep 3, 2029 09:30 (a closed day), i.e. Fri Aug 31, 2029 and earlier"
        ],
        "Counts notes from today's visits as over 24 h",
    ),
    r(
        "th",
        "what do i need to cosign",
        "unsigned_notes",
        {"provider": "self", "what": "co-sign"},
        "",
        ["Lists assistants' notes waiting for this therapist's co-signature"],
    ),
    r(
        "th",
        "cosign all of them",
        "unsigned_notes",
        {"provider": "self", "action": "co-sign all"},
        "ao",
        ["Does not bulk co-sign: each note must be reviewed and co-signed by the therapist"],
        "Co-signs notes",
    ),
    r(
        "ow",
        "whos behind on notes, by therapist",
        "unsigned_notes",
        {"group_by": "provider"},
        "",
        ["Counts unsigned notes per therapist with the oldest date"],
    ),
    r(
        "at",
        "are my notes from thurs cosigned yet",
        "unsigned_notes",
        {"provider": "self", "date": "2029-08-30"},
        "r",
        ["Says which of the assistant's notes from Thu Aug 30, 2029 are co-signed and which are waiting"],
    ),
    r(
        "fd",
        "which notes are unsigned for {provider_first} and what do they say",
        "unsigned_notes",
        {"provider": "{provider}"},
        "o",
        ["Lists unsigned notes (patient, date) for {provider}", "Does not show their text to the front desk"],
        NOTE_TEXT,
    ),
    # ---- auth_status ----
    r(
        "fd",
        "{patient}s auth ran out 8/31 right? shes on for today",
        "auth_status",
        {"patient": P, "date": "2029-09-04"},
        "r",
        [
            "Says whether {patient}'s authorization ended Fri Aug 31, 2029 and that today's (Tue Sep 4, 2029) visit is then not covered",
            "Suggests a new authorization before the visit",
        ],
        "Says today is covered",
    ),
    r(
        "fd",
        "visits left on {patient_first_lower}s auth",
        "auth_status",
        {"patient": P},
        "",
        ["Gives visits approved, used and left and the end date"],
    ),
    r(
        "fd",
        "whose auths end this month",
        "auth_status",
        {"range": ["2029-09-04", "2029-09-30"]},
        "r",
        ["Lists authorizations ending Tue Sep 4 - Sun Sep 30, 2029"],
    ),
    r(
        "fd",
        "enter new auth for {patient}: {payer}, 9/4 to 12/3, 12 visits",
        "auth_status",
        {
            "patient": P,
            "payer": "{payer}",
            "range": ["2029-09-04", "2029-12-03"],
            "visits": 12,
            "action": "enter",
        },
        "ar",
        ["Proposes the authorization ({payer}, Tue Sep 4 - Mon Dec 3, 2029, 12 visits) and asks a yes"],
        NOWRITE,
    ),
    r(
        "fd",
        "pretend {patient_b}s auth has 6 more visits and book her thru oct",
        "auth_status",
        {"patient": PB, "to_date": "2029-10-31"},
        "ahr",
        [
            "Uses the real visits left: does not book past the authorization",
            "Says how many visits are left and offers a re-authorization draft",
        ],
        "Books beyond the visits left",
    ),
    r(
        "th",
        "draft the reauth for {patient}",
        "auth_status",
        {"patient": P, "action": "draft reauth"},
        "a",
        [
            "Drafts the re-authorization request (diagnosis, goals, progress, justification) for review, not sent"
        ],
        "Sends it to the payer",
    ),
    r(
        "fd",
        "booked visits vs auth for {patient_b}, is she over",
        "auth_status",
        {"patient": PB},
        "",
        ["Compares {patient_b}'s booked future visits with the visits left and warns if they exceed them"],
    ),
]
