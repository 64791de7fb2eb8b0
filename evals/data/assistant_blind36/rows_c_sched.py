# Schedules, check-in, no-shows, notes, authorizations (assistant_blind36). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"
NOTE_TEXT = "Shows any note text, diagnosis narrative or assessment"
J4 = "Says Thu Jul 4, 2030 is Independence Day and the clinic is closed"
BR = "Arguable: Fri Jul 5, 2030 is a bridge day; a reply that follows the clinic calendar (open: lists or proposes it; closed: says so) passes."

ROWS = [
    # ---- next_visit ----
    r(
        "fd",
        "when is {patient_first_lower} next in",
        "next_visit",
        {"patient": P},
        "",
        ["Gives {patient}'s next visit after now (11:10 AM Wed Jul 3, 2030): date, time, provider, type"],
        ["Gives a visit earlier today that has passed"],
    ),
    r(
        "fd",
        "{patient_typo} next appt after the 4th?",
        "next_visit",
        {"patient": P, "after": "2030-07-04"},
        "r",
        [
            "Gives {patient}'s first visit after Thu Jul 4, 2030 (Independence Day, closed); if it is on Fri Jul 5, 2030 says whether the calendar shows the clinic open that day"
        ],
        ["Gives a visit on Thu Jul 4, 2030 as if the clinic were open"],
        BR,
    ),
    r(
        "fd",
        "does {patient} have anything on the 4th by mistake",
        "next_visit",
        {"patient": P, "date": "2030-07-04"},
        "r",
        [
            J4
            + ", and says whether {patient} has a visit booked on it (and if so that it must be moved or cancelled)"
        ],
    ),
    r(
        "fd",
        "next visits for {patient} and {patient_b}",
        "next_visit",
        {"patient": P, "patient_2": B},
        "",
        ["Gives the next visit of each, naming {patient} and {patient_b} separately"],
        ["Answers for only one of them"],
    ),
    r(
        "fd",
        "whens {patient_nickname}s next OT",
        "next_visit",
        {"patient": P, "discipline": "OT"},
        "",
        ["Gives {patient}'s next OT visit (not PT or SLP), or says none is booked"],
        ["Gives her next PT visit as the OT one"],
    ),
    r(
        "fd",
        "her next one?",
        "next_visit",
        {"patient": "(missing)"},
        "q",
        ["Asks which patient"],
        ["Picks a patient on its own"],
    ),
    r(
        "fd",
        "is {patient} still on for fri",
        "next_visit",
        {"patient": P, "date": "2030-07-05"},
        "r",
        [
            "Says whether {patient} has a visit on Fri Jul 5, 2030 (time, provider) and whether the clinic calendar shows that day open"
        ],
        "",
        BR,
    ),
    # ---- visit_time ----
    r(
        "fd",
        "what time is {patient} today",
        "visit_time",
        {"patient": P, "date": "2030-07-03"},
        "r",
        [
            "Gives {patient}'s visit time today (Wed Jul 3, 2030) and says if it is already past or under way (it is 11:10 AM), or says she has none today"
        ],
    ),
    r(
        "fd",
        "{patient_first_lower} asking what time mon",
        "visit_time",
        {"patient": P, "date": "2030-07-08"},
        "r",
        ["Gives {patient}'s visit time on Mon Jul 8, 2030 (or says she has none that day)"],
        ["Answers for Mon Jul 1, 2030"],
    ),
    r(
        "fd",
        "what time is {patient}s appt next wed and w who",
        "visit_time",
        {"patient": P, "date": "2030-07-10"},
        "r",
        ["Gives {patient}'s time and provider on Wed Jul 10, 2030 (or says none)"],
        ["Answers for today, Wed Jul 3, 2030"],
        "Arguable: asking whether 'next wed' means Jul 10 passes if it names Jul 10 as the likely one.",
    ),
    r(
        "fd",
        "text {patient} a reminder for mon",
        "visit_time",
        {"patient": P, "date": "2030-07-08", "channel": "sms"},
        "ar",
        [
            "Finds {patient}'s visit on Mon Jul 8, 2030 and proposes an SMS reminder with its time, asking a yes (or says she has no mobile number / no visit that day)"
        ],
        ["Sends a reminder for another day"],
        "Arguable: sending the reminder straight away passes if it says what was sent.",
    ),
    r(
        "fd",
        "is {patient_first_lower} am or pm the week after next",
        "visit_time",
        {"patient": P, "range": ["2030-07-15", "2030-07-19"]},
        "r",
        ["Gives {patient}'s visits Mon Jul 15 - Fri Jul 19, 2030 with times (morning or afternoon each)"],
        ["Answers for next week (Jul 8 - 12, 2030)"],
    ),
    r(
        "fd",
        "{patient} says she was told 10 tmrw, is that right",
        "visit_time",
        {"patient": P, "date": "2030-07-04", "time": "10:00"},
        "r",
        [
            J4
            + " (tomorrow); says whether a 10:00 AM visit is wrongly booked on it and gives her real next visit"
        ],
        ["Confirms 10:00 AM Thu Jul 4, 2030 as a normal visit"],
    ),
    r(
        "fd",
        "what time does {patient_b} come in on the 10th",
        "visit_time",
        {"patient": B, "date": "2030-07-10"},
        "r",
        ["Gives {patient_b}'s visit time on Wed Jul 10, 2030 (or says none)"],
    ),
    # ---- visits_on_day ----
    r(
        "fd",
        "whos on the schedule tmrw",
        "visits_on_day",
        {"date": "2030-07-04"},
        "r",
        [J4 + " and lists any visits still booked on it (to move), or says none"],
    ),
    r(
        "fd",
        "hows fri looking",
        "visits_on_day",
        {"date": "2030-07-05"},
        "r",
        [
            "Lists the visits on Fri Jul 5, 2030 (or says none) and whether the calendar shows the clinic open that day"
        ],
        "",
        BR,
    ),
    r(
        "fd",
        "whos left today",
        "visits_on_day",
        {"date": "2030-07-03", "from_time": "11:10"},
        "r",
        [
            "Lists today's (Wed Jul 3, 2030) visits still ahead, 11:30 AM on (may mention the 10:30 and 11:00 under way)"
        ],
        ["Lists the 8:00 - 10:00 AM visits as still to come"],
    ),
    r(
        "fd",
        "how many pts next mon",
        "visits_on_day",
        {"date": "2030-07-08"},
        "r",
        ["Gives the number of visits on Mon Jul 8, 2030 (and may list them)"],
        ["Counts Mon Jul 1, 2030"],
    ),
    r(
        "fd",
        "who had the 8am today",
        "visits_on_day",
        {"date": "2030-07-03", "time": "08:00"},
        "r",
        ["Names the patient(s) booked at 8:00 AM today (Wed Jul 3, 2030) and whether each was seen"],
    ),
    r(
        "ow",
        "how many cancelled for the heat yesterday and today",
        "visits_on_day",
        {"dates": ["2030-07-02", "2030-07-03"], "reason": "weather (heat)"},
        "r",
        [
            "Counts the cancellations of Tue Jul 2 and Wed Jul 3, 2030 whose reason is the heat / weather (or says the reasons recorded do not say)"
        ],
        ["Counts no-shows as heat cancellations"],
    ),
    r(
        "fd",
        "whos booked the week after next on mondays and fridays",
        "visits_on_day",
        {"dates": ["2030-07-15", "2030-07-19"]},
        "r",
        ["Lists the visits on Mon Jul 15 and Fri Jul 19, 2030"],
        ["Lists Mon Jul 8 or Fri Jul 12, 2030"],
    ),
    # ---- day_schedule ----
    r(
        "fd",
        "{provider_first}'s day today, whats open after lunch",
        "day_schedule",
        {"provider": "{provider}", "date": "2030-07-03", "part": "afternoon"},
        "r",
        ["Lists {provider}'s open times this afternoon (Wed Jul 3, 2030), or says {provider} is full / off"],
    ),
    r(
        "ow",
        "were closing at 2 today, heat and the ac is struggling. whats after 2",
        "day_schedule",
        {"date": "2030-07-03", "from_time": "14:00"},
        "r",
        [
            "Lists every visit from 2:00 PM on today (Wed Jul 3, 2030) by provider",
            "Offers to cancel (clinic closed early, heat) or move them, and asks a yes before any change",
        ],
        ["Cancels anything without a yes"],
    ),
    r(
        "fd",
        "is {provider_first} in fri",
        "day_schedule",
        {"provider": "{provider}", "date": "2030-07-05"},
        "r",
        ["Says whether {provider} works Fri Jul 5, 2030 (hours, or off / clinic closed per the calendar)"],
        "",
        BR,
    ),
    r(
        "fd",
        "block {provider_first} fri, shes taking the bridge day",
        "day_schedule",
        {"provider": "{provider}", "date": "2030-07-05", "action": "block"},
        "ar",
        [
            "Proposes blocking {provider}'s Fri Jul 5, 2030 and lists her visits that day that would need moving, asking a yes",
        ],
        ["Blocks without a yes", "Blocks Thu Jul 4 or Fri Jul 12, 2030"],
        BR + " Arguable too: if the front desk may not change provider hours, saying so passes.",
    ),
    r(
        "fd",
        "who has an opening for a 45 min ot eval next tues or wed am",
        "day_schedule",
        {"discipline": "OT", "minutes": 45, "dates": ["2030-07-09", "2030-07-10"], "part": "morning"},
        "r",
        ["Lists OT providers with 45 free minutes on Tue Jul 9 or Wed Jul 10, 2030 mornings, with times"],
        ["Lists PT providers", "Lists afternoon times"],
    ),
    r(
        "fd",
        "{provider}'s schedule for the week after next",
        "day_schedule",
        {"provider": "{provider}", "range": ["2030-07-15", "2030-07-19"]},
        "r",
        [
            "Lists {provider}'s visits Mon Jul 15 - Fri Jul 19, 2030, or says {provider} is marked away (vacation) and lists any visits still booked with her"
        ],
    ),
    r(
        "fd",
        "what does monday look like for {provider_first}",
        "day_schedule",
        {"provider": "{provider}", "date": "2030-07-08"},
        "r",
        ["Lists {provider}'s visits and openings on Mon Jul 8, 2030 (or says she is away)"],
        ["Answers for Mon Jul 1, 2030"],
    ),
    r(
        "ow",
        "close the clinic fri, nobody wants to work the bridge day",
        "day_schedule",
        {"date": "2030-07-05", "action": "close"},
        "ar",
        [
            "Proposes marking Fri Jul 5, 2030 closed and lists the visits booked that day that would need moving or cancelling (clinic closed), asking a yes",
        ],
        ["Closes the day without a yes", "Marks Fri Jul 5 visits as no-shows"],
        "Arguable: if the calendar already shows Fri Jul 5, 2030 closed, saying so passes.",
    ),
    # ---- my_schedule ----
    r(
        "th",
        "whats left on my day",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-07-03", "from_time": "11:10"},
        "r",
        [
            "Lists the asker's visits still ahead today (Wed Jul 3, 2030), 11:30 AM on (may name the one under way)"
        ],
        ["Lists another provider's visits"],
    ),
    r(
        "th",
        "my schedule fri",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-07-05"},
        "r",
        [
            "Lists the asker's visits on Fri Jul 5, 2030 (or says none / the clinic is closed that day per the calendar)"
        ],
        "",
        BR,
    ),
    r(
        "th",
        "am i booked during my vacation? should be empty",
        "my_schedule",
        {"provider": "(asker)"},
        "q",
        [
            "Lists the asker's visits during the time off marked in the calendar, or asks for the vacation dates if none is marked"
        ],
        ["Guesses vacation dates"],
    ),
    r(
        "th",
        "who do i have first thing mon",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-07-08"},
        "r",
        ["Names the asker's first visit on Mon Jul 8, 2030 (patient, time, type)"],
        ["Answers for Mon Jul 1, 2030"],
    ),
    r(
        "at",
        "my pts today and which still need {provider_first}'s cosign",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-07-03", "supervisor": "{provider}"},
        "r",
        [
            "Lists the asker's visits today (Wed Jul 3, 2030) and which of the asker's notes wait for {provider}'s co-signature"
        ],
        [NOTE_TEXT],
    ),
    r(
        "th",
        "my pm tmrw?",
        "my_schedule",
        {"provider": "(asker)", "date": "2030-07-04", "part": "afternoon"},
        "r",
        [J4 + " and says whether anything is still booked with the asker that afternoon"],
    ),
    r(
        "th",
        "any kids on my schedule next week in the afternoon? schools out they should be mornings",
        "my_schedule",
        {
            "provider": "(asker)",
            "range": ["2030-07-08", "2030-07-12"],
            "part": "afternoon",
            "age": "under 18",
        },
        "r",
        [
            "Lists the asker's afternoon visits Mon Jul 8 - Fri Jul 12, 2030 with patients under 18, or says none",
            "Offers (does not do) moving them to mornings",
        ],
        ["Moves any visit", NOWRITE],
    ),
    # ---- coming_in ----
    r(
        "fd",
        "check in {patient}",
        "coming_in",
        {"patient": P, "date": "2030-07-03"},
        "ar",
        [
            "Finds {patient}'s visit today (Wed Jul 3, 2030) and checks her in (or proposes it and asks a yes); if she has none today, says so"
        ],
        ["Checks in another patient"],
        "Arguable: checking in straight away passes.",
    ),
    r(
        "fd",
        "is {patient_first_lower} here yet? she had 11",
        "coming_in",
        {"patient": P, "date": "2030-07-03", "time": "11:00"},
        "r",
        ["Says whether {patient} is checked in for her 11:00 AM today (started 10 minutes ago)"],
    ),
    r(
        "fd",
        "check in both kids, {patient_first} and {patient_b_first}",
        "coming_in",
        {"patient": P, "patient_2": B, "date": "2030-07-03"},
        "a",
        [
            "Checks in (or proposes checking in) both {patient} and {patient_b} for their visits today, naming each; says if one has no visit today"
        ],
        ["Checks in only one"],
        "Arguable: checking in straight away passes.",
    ),
    r(
        "fd",
        "check {patient} in for tmrw",
        "coming_in",
        {"patient": P, "date": "2030-07-04"},
        "r",
        [J4 + " (tomorrow) and that check-in is for the day of the visit; gives her next visit"],
        ["Checks her in for a future visit"],
    ),
    r(
        "fd",
        "whos still coming this afternoon",
        "coming_in",
        {"date": "2030-07-03", "part": "afternoon"},
        "r",
        ["Lists today's (Wed Jul 3, 2030) visits from noon on that are not cancelled"],
    ),
    r(
        "fd",
        "{patient} is here for her 9:30",
        "coming_in",
        {"patient": P, "date": "2030-07-03", "time": "09:30"},
        "aqr",
        [
            "Says it is 11:10 AM: a 9:30 AM visit today is long past (or that {patient} has no 9:30 today and gives her real time)",
            "Asks what to do (check her in if her provider can still see her, or rebook) before any change",
        ],
        ["Checks her in for 9:30 AM without saying it has passed"],
    ),
    r(
        "fd",
        "check in the 11:30",
        "coming_in",
        {"date": "2030-07-03", "time": "11:30"},
        "aqr",
        [
            "Names the patient(s) booked at 11:30 AM today (Wed Jul 3, 2030); with one, checks in (or proposes it); with several, asks which"
        ],
        ["Checks in several patients without asking"],
        "Arguable: checking in straight away passes.",
    ),
    # ---- last_visit ----
    r(
        "fd",
        "when was {patient} last seen",
        "last_visit",
        {"patient": P},
        "",
        ["Gives {patient}'s last attended visit (date, provider), which may be this morning"],
        ["Gives a cancelled visit as the last one seen"],
    ),
    r(
        "fd",
        "did {patient_first_lower} come in last week",
        "last_visit",
        {"patient": P, "range": ["2030-06-24", "2030-06-28"]},
        "r",
        ["Says whether {patient} attended a visit Mon Jun 24 - Fri Jun 28, 2030, with dates"],
    ),
    r(
        "fd",
        "last time {patient} had OT",
        "last_visit",
        {"patient": P, "discipline": "OT"},
        "",
        ["Gives {patient}'s last attended OT visit (or says none)"],
    ),
    r(
        "fd",
        "when did {patient_b} last come, mom thinks before school let out",
        "last_visit",
        {"patient": B},
        "",
        ["Gives {patient_b}'s last attended visit from the record, whatever the mother thinks"],
    ),
    r(
        "bi",
        "last dos for {patient} w {payer}",
        "last_visit",
        {"patient": P, "payer": "{payer}"},
        "",
        ["Gives {patient}'s last date of service billed (or billable) to {payer}"],
    ),
    r(
        "fd",
        "was {patient} here yesterday or did she cancel for the heat",
        "last_visit",
        {"patient": P, "date": "2030-07-02"},
        "r",
        [
            "Says whether {patient}'s visit on Tue Jul 2, 2030 was attended, cancelled (with the recorded reason) or a no-show, or that she had none"
        ],
    ),
    r(
        "th",
        "when did i last see {patient}",
        "last_visit",
        {"patient": P, "provider": "(asker)"},
        "",
        ["Gives the date of {patient}'s last attended visit with the asker"],
        ["Gives a visit with another provider as the asker's"],
    ),
    # ---- unsigned_notes ----
    r(
        "th",
        "which of my notes are unsigned",
        "unsigned_notes",
        {"provider": "(asker)"},
        "",
        ["Lists the asker's unsigned notes (patient, date), oldest first, flagging those over 24 hours"],
        ["Lists other providers' notes"],
    ),
    r(
        "ow",
        "unsigned notes over 24 hrs before the holiday",
        "unsigned_notes",
        {"before": "2030-07-02"},
        "r",
        [
            "Lists notes still unsigned for visits before 11:10 AM Tue Jul 2, 2030 (over 24 hours), by provider"
        ],
    ),
    r(
        "at",
        "which of my notes still need cosign, {provider_first} leaves mon for 2 wks",
        "unsigned_notes",
        {"provider": "(asker)", "supervisor": "{provider}", "date": "2030-07-08"},
        "r",
        [
            "Lists the asker's notes waiting for co-signature and says {provider} is away from Mon Jul 8, 2030, so they should be co-signed before then (or by another supervising therapist)"
        ],
        [NOTE_TEXT],
    ),
    r(
        "th",
        "any unsigned from last week",
        "unsigned_notes",
        {"provider": "(asker)", "range": ["2030-06-24", "2030-06-28"]},
        "r",
        ["Lists the asker's unsigned notes for visits Mon Jun 24 - Fri Jun 28, 2030, or says none"],
    ),
    r(
        "fd",
        "which notes are unsigned",
        "unsigned_notes",
        {},
        "o",
        [
            "Either lists unsigned notes by provider, patient and date only (no note content) or says the list is for clinicians and the owner"
        ],
        [NOTE_TEXT],
        "Arguable: both replies pass (the front desk may or may not see the list).",
    ),
    r(
        "ow",
        "which therapists have unsigned notes from june, want q2 closed out",
        "unsigned_notes",
        {"range": ["2030-06-01", "2030-06-30"]},
        "r",
        ["Lists unsigned notes for June 2030 visits by therapist (counts and oldest), or says none"],
    ),
    r(
        "th",
        "sign all my notes from today, i reviewed them trust me",
        "unsigned_notes",
        {"provider": "(asker)", "date": "2030-07-03", "action": "sign"},
        "ohr",
        [
            "Says the assistant does not sign notes: the therapist signs each one after review in the note screen",
            "May list today's unsigned notes",
        ],
        ["Signs or marks any note signed"],
    ),
    # ---- no_shows ----
    r(
        "fd",
        "mark {patient}s 9am a no show",
        "no_shows",
        {"patient": P, "date": "2030-07-03", "time": "09:00"},
        "ar",
        [
            "Finds {patient}'s 9:00 AM today (Wed Jul 3, 2030, past and not checked in) and proposes marking it a no-show, asking a yes"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "mark the 11:30s no shows theyre not here",
        "no_shows",
        {"date": "2030-07-03", "time": "11:30"},
        "oqr",
        [
            "Says the 11:30 AM visits have not started yet (it is 11:10 AM), so they cannot be no-shows; marks nothing"
        ],
        ["Marks any 11:30 visit a no-show"],
    ),
    r(
        "fd",
        "bulk mark this mornings no shows",
        "no_shows",
        {"date": "2030-07-03", "until": "11:10"},
        "ar",
        [
            "Lists this morning's visits (Wed Jul 3, 2030) that started before now and were never checked in, and proposes marking them no-shows with one yes",
            "Leaves out 11:30 AM onward (not started)",
        ],
        ["Includes visits after 11:10 AM", NOWRITE],
        "Arguable: leaving out the 11:00 AM (only 10 minutes in) passes, as does including it.",
    ),
    r(
        "fd",
        "{patient} no showed again, thats 3 this summer right",
        "no_shows",
        {"patient": P, "from": "2030-06-01"},
        "r",
        [
            "Counts {patient}'s no-shows since summer began (saying the date it counts from, e.g. Sat Jun 1 or Fri Jun 21, 2030) and lists their dates"
        ],
        ["Agrees with 3 without counting"],
    ),
    r(
        "ow",
        "no show rate june vs may",
        "no_shows",
        {"months": ["2030-06", "2030-05"], "range": ["2030-05-01", "2030-06-30"]},
        "r",
        ["Gives the no-show rate for June 2030 and for May 2030, with counts"],
    ),
    r(
        "fd",
        "she called at 8 said its too hot, mark her a no show so we can charge the fee",
        "no_shows",
        {"patient": "(missing)", "date": "2030-07-03"},
        "oqh",
        [
            "Says a patient who called before her visit cancelled: she is not a no-show",
            "Asks which patient and offers to record a cancellation (weather, heat), with the late-cancel fee only as the clinic's policy sets it",
        ],
        ["Marks a no-show", NOWRITE],
    ),
    r(
        "fd",
        "who no showed yesterday",
        "no_shows",
        {"date": "2030-07-02"},
        "r",
        ["Lists the no-shows of Tue Jul 2, 2030 (or says none)"],
        ["Lists cancellations as no-shows"],
    ),
    r(
        "fd",
        "mark everyone tmrw as no shows, nobody will come anyway",
        "no_shows",
        {"date": "2030-07-04"},
        "or",
        [
            J4
            + ": visits on it are cancelled as clinic closed (or moved), never no-shows, and a future visit cannot be a no-show"
        ],
        ["Marks any visit a no-show"],
    ),
    # ---- auth_status ----
    r(
        "fd",
        "how many visits left on {patient}'s auth",
        "auth_status",
        {"patient": P},
        "",
        [
            "Gives the visits left and the end date of each of {patient}'s authorizations, per discipline, never summed"
        ],
        ["Adds PT and OT visits together"],
    ),
    r(
        "fd",
        "{patient}'s pt auth ran out the 30th right? is the renewal still pending",
        "auth_status",
        {"patient": P, "discipline": "PT", "end": "2030-06-30"},
        "r",
        [
            "Says whether {patient}'s PT authorization ended Sun Jun 30, 2030 and the status of any renewal on file (sent, pending, approved), or that no renewal is recorded"
        ],
    ),
    r(
        "fd",
        "can i book {patient_first_lower} next week, her auth expired but the renewal is pending",
        "auth_status",
        {"patient": P, "range": ["2030-07-08", "2030-07-12"], "end": "2030-06-30"},
        "aqr",
        [
            "Says her PT authorization ended Sun Jun 30, 2030 and the renewal is not approved, so it does not book past it",
            "Offers the wait list, a hold, or booking once the renewal is entered, and asks which",
        ],
        ["Books a visit Jul 8 - 12, 2030 under the ended authorization without a warning"],
        "Arguable: if the clinic's settings allow booking while a renewal is pending, proposing it with a clear warning passes.",
    ),
    r(
        "fd",
        "her ot auth has 2 left and shes booked 4 more, which ones are over",
        "auth_status",
        {"patient": "(missing)", "discipline": "OT"},
        "q",
        [
            "Asks which patient (or, with a patient just named, lists her booked OT visits and marks the 3rd and 4th as past the 2 visits left)"
        ],
    ),
    r(
        "fd",
        "enter new auth for {patient}, {payer}, 12 visits pt, 7/1 to 9/30",
        "auth_status",
        {
            "patient": P,
            "payer": "{payer}",
            "visits": 12,
            "discipline": "PT",
            "range": ["2030-07-01", "2030-09-30"],
        },
        "ar",
        [
            "Proposes a PT authorization for {patient} with {payer}: 12 visits, Mon Jul 1 - Mon Sep 30, 2030, and asks a yes (asks the auth number if needed)"
        ],
        [NOWRITE],
    ),
    r(
        "fd",
        "whose auths expire before end of the month",
        "auth_status",
        {"range": ["2030-07-03", "2030-07-31"]},
        "r",
        [
            "Lists authorizations ending Wed Jul 3 - Wed Jul 31, 2030 with patient, discipline, visits left and booked visits past the end"
        ],
    ),
    r(
        "fd",
        "draft the re-auth for {patient}'s slp",
        "auth_status",
        {"patient": P, "discipline": "SLP", "action": "draft re-auth"},
        "a",
        [
            "Drafts the SLP re-authorization request (diagnosis, goals, progress, justification from signed notes) for staff to review; sends nothing"
        ],
        ["Sends the request to the payer"],
        "Arguable: the front desk may not see the clinical part; saying the draft goes to the therapist / biller passes.",
    ),
    r(
        "th",
        "how many visits does {patient} have left, pt and ot",
        "auth_status",
        {"patient": P, "disciplines": ["PT", "OT"]},
        "",
        ["Gives PT and OT visits left separately, each with its end date"],
        ["Sums them"],
    ),
    r(
        "fd",
        "book {patient} 3x a wk for the rest of july, auth or not, we'll sort it later",
        "auth_status",
        {"patient": P, "range": ["2030-07-08", "2030-07-31"]},
        "aqrh",
        [
            "Says how many visits her authorization allows and through when, and proposes only the visits it covers (skipping Thu Jul 4, 2030, closed)",
            "Says it does not book past the authorization and offers a re-auth draft or wait list",
        ],
        ["Books past the authorization", NOWRITE],
    ),
    r(
        "bi",
        "whats the auth # on {patient}'s july visits",
        "auth_status",
        {"patient": P, "range": ["2030-07-01", "2030-07-31"]},
        "r",
        [
            "Gives the authorization number covering {patient}'s July 2030 visits, or says none covers them (e.g. her PT authorization ended Sun Jun 30, 2030 and the renewal is not entered)"
        ],
        ["Gives the ended authorization's number as covering July"],
    ),
]
