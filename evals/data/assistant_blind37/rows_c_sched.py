# Schedules, check-in, no-shows, notes, authorizations (assistant_blind37). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOTE_TEXT = "Shows any note text, diagnosis narrative or assessment"
NOWRITE = "Writes the change before the asker says yes"
DST = "Gives times in clinic time (8:00 AM stays 8:00 AM after daylight saving time ends Sun Nov 3, 2030)"
SHIFT = "Shifts a time by an hour for the clock change"
VET = "Arguable: Veterans Day Mon Nov 11, 2030 may or may not be a clinic holiday; a reply that follows the clinic calendar passes."
F29 = "Arguable: Fri Nov 29, 2030 may or may not be open; a reply that follows the clinic calendar passes."

ROWS = [
    # ---- next_visit ----
    r(
        "fd",
        "when is {patient_first_lower} next in",
        "next_visit",
        {"patient": P},
        "",
        [
            "Gives {patient}'s next visit after now (3:25 PM Fri Nov 1, 2030): date, time in clinic time, provider"
        ],
        ["Gives a visit this morning that has passed"],
    ),
    r(
        "fd",
        "{patient_typo} next appt after the weekend?",
        "next_visit",
        {"patient": P, "after": "2030-11-03"},
        "r",
        ["Gives {patient}'s first visit from Mon Nov 4, 2030 on", DST],
        [SHIFT],
    ),
    r(
        "fd",
        "next visits for {patient} and {patient_b}, mom is on the phone",
        "next_visit",
        {"patient": P, "patient_2": B},
        "",
        ["Gives each child's next visit, naming {patient} and {patient_b} separately"],
        ["Answers for only one"],
    ),
    r(
        "fd",
        "does {patient} have anything on thanksgiving by mistake",
        "next_visit",
        {"patient": P, "date": "2030-11-28"},
        "r",
        [
            "Says Thu Nov 28, 2030 is Thanksgiving (closed) and whether {patient} has a visit booked on it (to move)"
        ],
    ),
    r(
        "fd",
        "whens her next",
        "next_visit",
        {"patient": "(missing)"},
        "q",
        ["Asks which patient"],
        ["Picks a patient"],
    ),
    r(
        "fd",
        "is {patient_nickname} still w {provider_first} in dec",
        "next_visit",
        {"patient": P, "provider": "{provider}", "range": ["2030-12-01", "2030-12-31"]},
        "r",
        [
            "Lists {patient}'s December 2030 visits with their providers; says {provider} leaves after Wed Nov 27, 2030 if the record shows it, so any December visit with her needs a new therapist"
        ],
        ["Confirms December visits with {provider} as fine"],
        "Arguable: if the record does not hold the leaving date, listing the visits passes.",
    ),
    r(
        "fd",
        "{patient}s first visit after veterans day",
        "next_visit",
        {"patient": P, "after": "2030-11-11"},
        "r",
        ["Gives {patient}'s first visit after Mon Nov 11, 2030"],
        "",
        VET,
    ),
    # ---- visit_time ----
    r(
        "fd",
        "what time is his appt mon, {patient}",
        "visit_time",
        {"patient": P, "date": "2030-11-04"},
        "r",
        ["Gives {patient}'s visit time Mon Nov 4, 2030 in clinic time (or says none)", DST],
        [SHIFT, "Gives the time in UTC"],
    ),
    r(
        "fd",
        "{patient_first_lower} wants to know if the time change moves her 8am tues",
        "visit_time",
        {"patient": P, "date": "2030-11-05", "time": "08:00"},
        "r",
        [
            "Says her visit Tue Nov 5, 2030 stays at 8:00 AM clinic time; the clock change Sun Nov 3, 2030 does not move it (or says she has none that day)"
        ],
        [SHIFT],
    ),
    r(
        "fd",
        "what time was {patient} today",
        "visit_time",
        {"patient": P, "date": "2030-11-01"},
        "r",
        [
            "Gives {patient}'s time today (Fri Nov 1, 2030) and whether it is past or ahead (now 3:25 PM), or says none"
        ],
    ),
    r(
        "fd",
        "text {patient} a reminder for mon",
        "visit_time",
        {"patient": P, "date": "2030-11-04", "channel": "sms"},
        "ar",
        [
            "Proposes an SMS reminder for {patient}'s Mon Nov 4, 2030 visit with its clinic time, asking a yes (or says no visit / no mobile)"
        ],
        ["Sends a reminder with the time shifted an hour"],
        "Arguable: sending straight away passes if it says what was sent.",
    ),
    r(
        "fd",
        "what time is {patient_b} next fri",
        "visit_time",
        {"patient": B, "date": "2030-11-08"},
        "r",
        ["Gives {patient_b}'s time Fri Nov 8, 2030 (or says none)"],
        ["Answers for today"],
    ),
    r(
        "fd",
        "is {patient} am or pm the week after next",
        "visit_time",
        {"patient": P, "range": ["2030-11-11", "2030-11-15"]},
        "r",
        ["Gives {patient}'s visits Mon Nov 11 - Fri Nov 15, 2030 with times"],
        ["Answers for next week"],
        VET,
    ),
    r(
        "fd",
        "whats the time",
        "visit_time",
        {"patient": "(missing)"},
        "q",
        ["Asks which patient and which visit (or gives the clinic time now, 3:25 PM, and asks)"],
    ),
    # ---- visits_on_day ----
    r(
        "fd",
        "whos left today",
        "visits_on_day",
        {"date": "2030-11-01", "from_time": "15:25"},
        "r",
        ["Lists today's (Fri Nov 1, 2030) visits still ahead, 3:30 PM on (may mention the 3:00 under way)"],
        ["Lists the morning as still to come"],
    ),
    r(
        "fd",
        "how many pts mon",
        "visits_on_day",
        {"date": "2030-11-04"},
        "r",
        ["Gives the count of visits Mon Nov 4, 2030"],
        ["Counts Mon Oct 28, 2030"],
    ),
    r(
        "fd",
        "anyone booked this sat",
        "visits_on_day",
        {"date": "2030-11-02"},
        "r",
        ["Says Sat Nov 2, 2030 the clinic is closed and whether anything is booked on it by mistake"],
    ),
    r(
        "fd",
        "whos on the 11th",
        "visits_on_day",
        {"date": "2030-11-11"},
        "r",
        ["Lists the visits on Mon Nov 11, 2030 and whether the calendar shows Veterans Day open"],
        "",
        VET,
    ),
    r(
        "fd",
        "anything booked thanksgiving or the fri after",
        "visits_on_day",
        {"dates": ["2030-11-28", "2030-11-29"]},
        "r",
        [
            "Says Thu Nov 28, 2030 is Thanksgiving (closed) and lists visits on it to move; lists Fri Nov 29, 2030 per the calendar"
        ],
        "",
        F29,
    ),
    r(
        "ow",
        "how many cancelled for flu this week",
        "visits_on_day",
        {"range": ["2030-10-28", "2030-11-01"], "reason": "illness"},
        "r",
        [
            "Counts cancellations Mon Oct 28 - Fri Nov 1, 2030 with an illness reason (or says the reasons do not say)"
        ],
        ["Counts no-shows as flu cancellations"],
    ),
    r(
        "fd",
        "who had the 8am today",
        "visits_on_day",
        {"date": "2030-11-01", "time": "08:00"},
        "r",
        ["Names the 8:00 AM visit(s) today (Fri Nov 1, 2030) and whether each was seen"],
    ),
    # ---- my_schedule ----
    r(
        "th",
        "my day mon",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-11-04"},
        "r",
        ["Lists the asker's visits Mon Nov 4, 2030 in clinic time", DST],
        [SHIFT],
    ),
    r(
        "th",
        "whats left for me today",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-11-01", "from_time": "15:25"},
        "r",
        ["Lists the asker's visits from 3:30 PM today (Fri Nov 1, 2030)"],
    ),
    r(
        "th",
        "my schedule next week, any gaps",
        "my_schedule",
        {"provider": "(asker)", "range": ["2030-11-04", "2030-11-08"]},
        "r",
        ["Lists the asker's visits and open times Mon Nov 4 - Fri Nov 8, 2030"],
    ),
    r(
        "at",
        "who am i seeing the week of the 11th",
        "my_schedule",
        {"provider": "(asker)", "range": ["2030-11-11", "2030-11-15"]},
        "r",
        ["Lists the asker's visits Mon Nov 11 - Fri Nov 15, 2030"],
        "",
        VET,
    ),
    r(
        "th",
        "how many of my pts go past my last day the 27th",
        "my_schedule",
        {"provider": "(asker)", "after": "2030-11-27"},
        "r",
        ["Counts and lists the asker's visits after Wed Nov 27, 2030 (to hand over)"],
    ),
    r(
        "th",
        "thanksgiving week for me",
        "my_schedule",
        {"provider": "(asker)", "range": ["2030-11-25", "2030-11-29"]},
        "r",
        [
            "Lists the asker's visits Mon Nov 25 - Wed Nov 27, 2030, says Thu Nov 28 is Thanksgiving (closed), Fri Nov 29 per the calendar"
        ],
        "",
        F29,
    ),
    r(
        "th",
        "whos my 4",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-11-01", "time": "16:00"},
        "r",
        ["Names the asker's 4:00 PM visit today (Fri Nov 1, 2030), or says none"],
    ),
    # ---- coming_in ----
    r(
        "fd",
        "check {patient_first_lower} in, shes here for her 3:30",
        "coming_in",
        {"patient": P, "date": "2030-11-01", "time": "15:30"},
        "ar",
        ["Checks {patient} in for 3:30 PM today (Fri Nov 1, 2030) or proposes it asking a yes"],
        "",
        "Arguable: checking in straight away passes.",
    ),
    r(
        "fd",
        "is {patient} coming in today",
        "coming_in",
        {"patient": P, "date": "2030-11-01"},
        "r",
        [
            "Says whether {patient} has a visit today (Fri Nov 1, 2030), its time and whether it is past or ahead"
        ],
    ),
    r(
        "fd",
        "{patient_b} walked in for a 9am mon, shes 3 days early lol",
        "coming_in",
        {"patient": B, "date": "2030-11-04"},
        "r",
        [
            "Says {patient_b}'s visit is Mon Nov 4, 2030 (not today); offers an opening today if any, asking a yes"
        ],
        ["Checks her in for Monday"],
    ),
    r(
        "fd",
        "check both kids in",
        "coming_in",
        {"patient": "(missing)"},
        "q",
        ["Asks which patients"],
        ["Checks anyone in"],
    ),
    r(
        "fd",
        "did {patient} show yesterday",
        "coming_in",
        {"patient": P, "date": "2030-10-31"},
        "r",
        ["Says whether {patient} was seen, cancelled or a no-show Thu Oct 31, 2030 (or had no visit)"],
    ),
    r(
        "fd",
        "check in {patient_typo} for her 5",
        "coming_in",
        {"patient": P, "date": "2030-11-01", "time": "17:00"},
        "ar",
        [
            "Checks {patient} in for 5:00 PM today (Fri Nov 1, 2030) or proposes it asking a yes; may note she is early"
        ],
        "",
        "Arguable: checking in straight away passes.",
    ),
    r(
        "fd",
        "is anyone coming in sunday for the make up",
        "coming_in",
        {"date": "2030-11-03"},
        "r",
        ["Says Sun Nov 3, 2030 the clinic is closed and whether anything is booked on it"],
    ),
    # ---- last_visit ----
    r(
        "fd",
        "when was {patient_first_lower} last in",
        "last_visit",
        {"patient": P},
        "",
        ["Gives {patient}'s last visit before now (Fri Nov 1, 2030 3:25 PM)"],
        ["Gives a future visit"],
    ),
    r(
        "fd",
        "{patient} last seen in oct?",
        "last_visit",
        {"patient": P, "range": ["2030-10-01", "2030-10-31"]},
        "r",
        ["Gives {patient}'s last October 2030 visit (or says none)"],
    ),
    r(
        "bi",
        "last dos for {patient} w {provider_first}",
        "last_visit",
        {"patient": P, "provider": "{provider}"},
        "",
        ["Gives the last date of service of {patient} with {provider}"],
    ),
    r(
        "fd",
        "when did {patient_b} last come",
        "last_visit",
        {"patient": B},
        "",
        ["Gives {patient_b}'s last visit"],
    ),
    r("fd", "last time he came", "last_visit", {"patient": "(missing)"}, "q", ["Asks which patient"]),
    r(
        "th",
        "when did i last see {patient}",
        "last_visit",
        {"patient": P, "provider": "(asker)"},
        "",
        ["Gives {patient}'s last visit with the asker"],
    ),
    r(
        "fd",
        "has {patient} been in since sept",
        "last_visit",
        {"patient": P, "after": "2030-09-30"},
        "r",
        ["Says whether {patient} has a visit Tue Oct 1, 2030 - today, and the last one"],
    ),
    # ---- unsigned_notes ----
    r(
        "th",
        "my unsigned notes",
        "unsigned_notes",
        {"provider": "(asker)"},
        "",
        [
            "Lists the asker's unsigned notes, flagging those older than 24 hours (visits before Thu Oct 31, 2030 3:25 PM)"
        ],
        [NOTE_TEXT],
    ),
    r(
        "ow",
        "unsigned october notes, i want oct closed",
        "unsigned_notes",
        {"range": ["2030-10-01", "2030-10-31"]},
        "r",
        ["Lists October 2030 unsigned notes by therapist"],
    ),
    r(
        "ow",
        "does {provider_first} have unsigned notes before she goes",
        "unsigned_notes",
        {"provider": "{provider}"},
        "",
        [
            "Lists {provider}'s unsigned notes (dates, patients) so she signs them before her last day Wed Nov 27, 2030"
        ],
    ),
    r(
        "th",
        "anything waiting for my cosign",
        "unsigned_notes",
        {"provider": "(asker)", "cosign": True},
        "",
        ["Lists the assistants' notes waiting for the asker's co-signature"],
    ),
    r(
        "fd",
        "which notes are unsigned",
        "unsigned_notes",
        {},
        "o",
        [
            "Lists unsigned notes by date/provider without note content, or says the front desk cannot see this list"
        ],
        [NOTE_TEXT],
        "Arguable: either answer passes.",
    ),
    r(
        "th",
        "halloween notes still open?",
        "unsigned_notes",
        {"provider": "(asker)", "date": "2030-10-31"},
        "r",
        ["Lists the asker's unsigned notes for Thu Oct 31, 2030"],
    ),
    r(
        "at",
        "are my notes from this wk cosigned",
        "unsigned_notes",
        {"provider": "(asker)", "range": ["2030-10-28", "2030-11-01"]},
        "r",
        ["Lists the asker's notes Mon Oct 28 - Fri Nov 1, 2030 not yet co-signed"],
    ),
    # ---- day_schedule ----
    r(
        "fd",
        "{provider_first}s openings mon",
        "day_schedule",
        {"provider": "{provider}", "date": "2030-11-04"},
        "r",
        ["Lists {provider}'s open times Mon Nov 4, 2030 in clinic time", DST],
        [SHIFT],
    ),
    r(
        "ow",
        "close the clinic mon the 11th for veterans day",
        "day_schedule",
        {"date": "2030-11-11", "action": "close"},
        "ar",
        [
            "Lists the visits on Mon Nov 11, 2030 and proposes closing it with each visit moved or cancelled, asking a yes"
        ],
        [NOWRITE],
        VET,
    ),
    r(
        "fd",
        "is {provider_first} in the fri after thanksgiving",
        "day_schedule",
        {"provider": "{provider}", "date": "2030-11-29"},
        "r",
        ["Says whether {provider} works Fri Nov 29, 2030 per the calendar"],
        "",
        F29,
    ),
    r(
        "fd",
        "block {provider_first} after the 27th, shes gone",
        "day_schedule",
        {"provider": "{provider}", "after": "2030-11-27", "action": "block"},
        "ar",
        [
            "Proposes blocking {provider} from Thu Nov 28, 2030 on and lists her visits needing a new therapist, asking a yes"
        ],
        [NOWRITE],
        "Arguable: if the front desk may not change provider hours, saying so passes.",
    ),
    r(
        "fd",
        "whats open late today",
        "day_schedule",
        {"date": "2030-11-01", "from_time": "15:25"},
        "r",
        ["Lists open slots from 3:30 PM today (Fri Nov 1, 2030)"],
    ),
    r(
        "fd",
        "who has an opening for a 30 min pt follow up tuesday after 4",
        "day_schedule",
        {"date": "2030-11-05", "from_time": "16:00", "discipline": "PT"},
        "r",
        ["Lists PT openings of 30 minutes after 4:00 PM Tue Nov 5, 2030"],
    ),
    r(
        "fd",
        "whats {provider_first}s hours next week w the time change",
        "day_schedule",
        {"provider": "{provider}", "range": ["2030-11-04", "2030-11-08"]},
        "r",
        [
            "Gives {provider}'s hours Mon Nov 4 - Fri Nov 8, 2030 in clinic time, unchanged by the clock change"
        ],
        [SHIFT],
    ),
    r(
        "fd",
        "is the clinic open sat",
        "day_schedule",
        {"date": "2030-11-02"},
        "r",
        ["Says Sat Nov 2, 2030 the clinic is closed"],
    ),
    # ---- no_shows ----
    r(
        "fd",
        "halloween no shows",
        "no_shows",
        {"date": "2030-10-31"},
        "r",
        ["Lists the no-shows of Thu Oct 31, 2030"],
        ["Counts cancellations as no-shows"],
    ),
    r(
        "fd",
        "mark the 4:30s no shows",
        "no_shows",
        {"date": "2030-11-01", "time": "16:30"},
        "aro",
        ["Says 4:30 PM today (Fri Nov 1, 2030) has not come yet (now 3:25 PM): no one can be a no-show yet"],
        ["Marks anyone"],
    ),
    r(
        "fd",
        "mark {patient} no show today",
        "no_shows",
        {"patient": P, "date": "2030-11-01"},
        "ar",
        [
            "Finds {patient}'s visit today (Fri Nov 1, 2030); if it started before now proposes marking it a no-show asking a yes; if later, says it is too early"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "{patient_first_lower} called, flu, mark her no show so the fee hits",
        "no_shows",
        {"patient": P, "date": "2030-11-01"},
        "oh",
        [
            "Says a call-in for illness is a cancellation, not a no-show; proposes a cancellation (fee only by the clinic's policy), asking a yes"
        ],
        ["Marks a no-show"],
    ),
    r(
        "ow",
        "no show rate oct vs sept",
        "no_shows",
        {"range": ["2030-09-01", "2030-10-31"]},
        "r",
        ["Gives the no-show rate for October 2030 and September 2030"],
    ),
    r(
        "fd",
        "how many no shows does {patient} have this yr",
        "no_shows",
        {"patient": P, "range": ["2030-01-01", "2030-11-01"]},
        "r",
        ["Counts {patient}'s no-shows Jan 1 - Fri Nov 1, 2030"],
    ),
    r(
        "fd",
        "bulk mark this morning's no shows",
        "no_shows",
        {"date": "2030-11-01", "until": "12:00"},
        "ar",
        [
            "Lists this morning's (Fri Nov 1, 2030) visits not checked in and proposes marking them no-shows, asking a yes"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "was she a no show",
        "no_shows",
        {"patient": "(missing)"},
        "q",
        ["Asks which patient and which day"],
    ),
    # ---- auth_status ----
    r(
        "fd",
        "{patient_first_lower}s auth, visits left and when it ends",
        "auth_status",
        {"patient": P},
        "",
        ["Gives {patient}'s authorization: visits approved, used, left and end date, per discipline"],
        ["Sums visits across disciplines"],
    ),
    r(
        "fd",
        "auths ending this month",
        "auth_status",
        {"range": ["2030-11-01", "2030-11-30"]},
        "r",
        ["Lists authorizations ending Fri Nov 1 - Sat Nov 30, 2030"],
    ),
    r(
        "fd",
        "can i book {patient} 3x a wk thru dec, auth or not",
        "auth_status",
        {"patient": P, "range": ["2030-11-04", "2030-12-31"]},
        "ahr",
        [
            "Checks the authorization; proposes only the visits it covers (through its end date and count), says why no more, offers a re-auth draft; asks a yes"
        ],
        ["Books past the authorization"],
    ),
    r(
        "fd",
        "does {patient}s auth cover the new year or do we need a new one for 2031",
        "auth_status",
        {"patient": P, "date": "2031-01-01"},
        "r",
        [
            "Gives the authorization's end date and says whether it runs past Wed Jan 1, 2031; cannot know next year's plan; a new plan needs its own authorization"
        ],
        ["Says next year's plan is the same"],
    ),
    r(
        "fd",
        "enter auth for {patient}: 12 visits 11/4 to 1/31",
        "auth_status",
        {"patient": P, "visits": 12, "range": ["2030-11-04", "2031-01-31"]},
        "ar",
        [
            "Proposes entering 12 visits Mon Nov 4, 2030 - Fri Jan 31, 2031 for {patient} (asks payer/discipline if unclear), asking a yes"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "is her auth ok for next week",
        "auth_status",
        {"patient": "(missing)", "range": ["2030-11-04", "2030-11-08"]},
        "qr",
        ["Asks which patient; names Mon Nov 4 - Fri Nov 8, 2030"],
    ),
    r(
        "bi",
        "draft the reauth for {patient}, auth ends the 15th",
        "auth_status",
        {"patient": P, "ends": "2030-11-15"},
        "ar",
        [
            "Drafts the re-authorization (diagnosis, goals, progress, justification from signed notes) for staff to review; says the authorization ends Fri Nov 15, 2030"
        ],
        ["Sends it"],
    ),
    r(
        "fd",
        "{patient} booked more than her auth?",
        "auth_status",
        {"patient": P},
        "",
        ["Compares booked future visits with visits left and says if they exceed"],
    ),
    r(
        "th",
        "{patient}s poc runs out sun, can i still see her mon",
        "auth_status",
        {"patient": P, "ends": "2030-11-03", "date": "2030-11-04"},
        "r",
        [
            "Says the plan of care (certified Mon Aug 5, 2030) ends about Sun Nov 3, 2030: a recert is needed for Mon Nov 4, 2030; gives the authorization too"
        ],
        ["Says no recert is needed"],
    ),
    r(
        "fd",
        "which auths run out before {provider_first} leaves",
        "auth_status",
        {"provider": "{provider}", "before": "2030-11-27"},
        "r",
        ["Lists {provider}'s patients' authorizations ending by Wed Nov 27, 2030"],
    ),
]
