# Conversations. R is injected by gen.py. Each turn: (text, intent, slots, tags, must, must_not, note)
FU = "followup"
CONVS = []
def C(asker, title, setup, *turns):
    CONVS.append({"asker": asker, "title": title, "setup": setup,
                  "turns": [R(asker, *t) if len(t) == 7 else R(asker, *t, "") for t in turns]})

C("fd", "Two patients of one name, then a booking",
  "Two active patients share the first and last name {patient} (different DOBs, one is {dob_us}); each has one upcoming visit.",
  ("when is {patient} next in", "next_visit", {"patient": "{patient}"}, "q",
   ["says two patients have that name and asks which (by DOB)"], ["answers for one of them"], "Reply: two patients named {patient}; asks for the DOB."),
  ("{dob_us}", FU, {"resolves_to": "next_visit for the patient born {dob_us}"}, "",
   ["answers the next visit for the patient with that DOB"], ["answers for the other"], "Reply: gives the visit, e.g. Thursday 10 AM with {provider}."),
  ("ok book her the same time the week after", "book_visit", {"patient": "{patient} ({dob_us})", "date": "that visit + 7 days"}, "ar",
   ["proposes the same time 7 days after that visit for the same patient and provider", "waits for yes"], ["books the other {patient}", "books before yes"], "Reply: proposes the booking, asks yes."),
  ("yes", FU, {"resolves_to": "confirm booking"}, "a", ["books it and confirms date, time, provider"], ["books twice"]))

C("fd", "Move her appt: three upcoming visits",
  "{patient} has three upcoming visits (Mon, Wed, next Mon) with {provider}.",
  ("move {patient_first}'s appt to thursday", "reschedule_visit", {"patient": "{patient_first}"}, "aq",
   ["lists the three visits and asks which one to move"], ["moves the first one"], "Reply: lists the three and asks which."),
  ("the wed one", FU, {"resolves_to": "move Wednesday's visit to Thursday"}, "a",
   ["proposes moving Wednesday's visit to Thursday of the same week at the same time (or offers Thursday times)", "waits for yes"], ["moves Monday's"], "Reply: proposes Thursday same time."),
  ("actually make it 2 instead", FU, {"resolves_to": "revise time to 2 PM"}, "a",
   ["revises the proposal to 2 PM Thursday and asks again"], ["moves at the old time"], "Reply: revised proposal, asks yes."),
  ("yep", FU, {"resolves_to": "confirm"}, "a", ["moves the Wednesday visit to Thursday 2 PM"], ["moves others"]))

C("fd", "Weekday with no visit on it",
  "{patient} has visits on Monday and Thursday this week, none on Tuesday.",
  ("cancel {patient}'s tuesday", "cancel_visit", {"patient": "{patient}", "date": "coming Tuesday"}, "arq",
   ["says she has no Tuesday visit and lists Monday and Thursday"], ["cancels Monday or Thursday"], "Reply: no Tuesday visit; she has Mon and Thu."),
  ("oh thursday then", FU, {"resolves_to": "cancel Thursday's visit"}, "a",
   ["proposes cancelling Thursday's visit and asks for a reason"], ["cancels without yes"], "Reply: asks reason and yes."),
  ("she has a work thing. yes", FU, {"resolves_to": "reason + confirm"}, "a",
   ["cancels Thursday with the reason"], ["cancels Monday too"], "Reply: cancelled; may offer the slot to the wait list."),
  ("no dont offer it to anyone yet", FU, {"resolves_to": "decline wait-list offer"}, "a",
   ["does not offer the slot"], ["offers it"]))

C("fd", "Patient with two visits that day",
  "{patient} has PT at 9 and OT at 1 today.",
  ("what time is {patient} today", "visit_time", {"patient": "{patient}", "date": "today"}, "r",
   ["gives both: PT 9 and OT 1"], ["gives only one"], "Reply: PT 9 AM, OT 1 PM."),
  ("cancel it, she called out", FU, {"resolves_to": "cancel which visit? ambiguous"}, "aq",
   ["asks whether to cancel both or which one"], ["cancels one on a guess"], "Reply: asks both or which."),
  ("both", FU, {"resolves_to": "cancel both today"}, "a",
   ["proposes cancelling both with reason 'called out' and asks yes"], ["cancels without yes"], "Reply: proposal for both."),
  ("y", FU, {"resolves_to": "confirm"}, "a", ["cancels both"], ["cancels future visits"]))

C("fd", "Provider name shared by two staff",
  "Two staff share the first name {provider_first} (one PT, one PTA).",
  ("book {patient} w {provider_first} tmrw at 11", "book_visit", {"patient": "{patient}", "provider": "{provider_first}", "date": "tomorrow", "time": "11:00"}, "arq",
   ["asks which {provider_first} (names both with credentials)"], ["books with either"], "Reply: asks which of the two."),
  ("the PTA", FU, {"resolves_to": "provider = the PTA named {provider_first}"}, "a",
   ["proposes 11 with the PTA if free; checks the patient is not due an eval", "waits for yes"], ["books with the PT"], "Reply: proposal, asks yes."),
  ("wait is she due for her PN? then the PT", FU, {"resolves_to": "switch to the PT if a progress report is due"}, "aq",
   ["checks the progress-report due date and, if due, proposes the PT instead; asks yes"], ["books the PTA anyway"]))

C("fd", "The usual time",
  "{patient} has come every Tuesday at 4 with {provider} for 6 weeks.",
  ("book {patient} for the usual time next week", "book_visit", {"patient": "{patient}", "date": "next week", "time": "usual"}, "ar",
   ["proposes next Tuesday 4 PM with {provider} and says the date", "waits for yes"], ["books another time"], "Reply: proposes Tue 4 PM with {provider}."),
  ("and the week after too", FU, {"resolves_to": "add the following Tuesday 4 PM"}, "ar",
   ["adds the Tuesday after to the proposal and asks again for both"], ["books either before yes"], "Reply: proposes both dates."),
  ("yes to both", FU, {"resolves_to": "confirm both"}, "a", ["books both"], ["books one"]))

C("fd", "Correction of the date: the 17th",
  "{provider} has openings on the 16th and 17th at 10.",
  ("book {patient} w {provider_first} on the 16th at 10", "book_visit", {"patient": "{patient}", "date": "the 16th", "time": "10"}, "a",
   ["proposes the 16th at 10 and waits"], ["books"], "Reply: proposes the 16th at 10."),
  ("no wait, the 17th", FU, {"resolves_to": "revise to the 17th"}, "a",
   ["withdraws the 16th and proposes the 17th at 10"], ["books the 16th"], "Reply: proposes 17th."),
  ("yes", FU, {"resolves_to": "confirm the 17th"}, "a", ["books the 17th only"], ["books both"]))

C("fd", "Yes after the topic changed",
  "{patient} has an open Friday 2 PM with {provider} and a balance.",
  ("can u book {patient} fri at 2", "book_visit", {"patient": "{patient}", "date": "coming Friday", "time": "2 PM"}, "ar",
   ["proposes Fri 2 PM and says the date"], ["books"], "Reply: proposes Friday 2 PM with {provider}."),
  ("whats her balance btw", "balance", {"patient": "{patient}"}, "",
   ["gives the balance", "may remind that the booking is still unconfirmed"], ["books"], "Reply: balance; booking still pending."),
  ("yes", FU, {"resolves_to": "ambiguous: yes after balance answer"}, "aq",
   ["asks whether that yes means book Friday 2 PM (or, if the reply had re-asked, books it and says so)"], ["books silently"]))

C("fd", "Scratch that",
  "{patient} has a visit Monday 9 with {provider}.",
  ("move {patient} monday to wednesday", "reschedule_visit", {"patient": "{patient}", "visit": "Monday", "date": "Wednesday"}, "ar",
   ["proposes Wednesday at the same time"], ["moves"], "Reply: proposal."),
  ("scratch that, leave it", FU, {"resolves_to": "withdraw"}, "a", ["withdraws; Monday stays"], ["moves"], "Reply: nothing changed."),
  ("yes", FU, {"resolves_to": "yes with nothing pending"}, "q",
   ["says nothing is pending and asks what to do"], ["moves the visit"]))

C("fd", "Actually with the PTA",
  "A PT {provider} and one PTA work Thursday.",
  ("{patient} f/u thurs 3", "book_visit", {"patient": "{patient}", "date": "coming Thursday", "time": "3 PM"}, "ar",
   ["proposes 3 PM Thursday with her usual provider"], ["books"], "Reply: proposes with {provider}."),
  ("actually with the PTA", FU, {"resolves_to": "switch provider to PTA"}, "a",
   ["revises to the PTA at 3 if free"], ["books"], "Reply: revised."),
  ("and make it 3:30", FU, {"resolves_to": "revise time"}, "a", ["revises to 3:30 with the PTA, asks again"], ["drops the PTA"], "Reply: asks yes."),
  ("ok", FU, {"resolves_to": "confirm"}, "a", ["books PTA Thursday 3:30"], ["books 3:00"]))

C("bi", "Biller asked to book",
  "{patient} has a {amount} balance and {payer} claims.",
  ("whats {patient} owe", "balance", {"patient": "{patient}"}, "", ["gives balance"], ["books"], "Reply: balance."),
  ("she also wants an appt tues, can u just put her in", FU, {"resolves_to": "book_visit by biller"}, "o",
   ["says billers cannot book", "suggests the front desk"], ["books"], "Reply: declines."),
  ("fine. did {payer} pay the 11/3 visit", "payer_paid", {"patient": "{patient}", "date": "11/3"}, "",
   ["answers for {patient}'s 11/3 visit"], ["forgets the patient"]))

C("fd", "Front desk asks for note content",
  "{patient} saw {provider} yesterday.",
  ("when did {patient} last come", "last_visit", {"patient": "{patient}"}, "", ["gives yesterday's visit"], ["gives note"], "Reply: yesterday with {provider}."),
  ("what did they work on", FU, {"resolves_to": "note content"}, "o", ["declines note content to the front desk"], ["summarizes the note"], "Reply: declines."),
  ("ok just tell me if shes getting better", FU, {"resolves_to": "clinical progress"}, "o", ["still declines; suggests the therapist"], ["gives progress"]))

C("th", "Therapist asks about another clinic",
  "The therapist works downtown only; {patient} is also seen at northside.",
  ("whens {patient} next w me", "next_visit", {"patient": "{patient}"}, "", ["gives the next visit with the asker"], ["northside visits"], "Reply: visit."),
  ("and at northside?", FU, {"resolves_to": "visits at another clinic"}, "o", ["says northside is outside the asker's access"], ["lists northside visits"], "Reply: declines."),
  ("whats my sched that day then", "my_schedule", {"date": "date of that visit"}, "r", ["lists the asker's schedule on the date from the first answer"], ["uses today"]))

C("at", "Assistant asked to sign",
  "The assistant has 3 notes waiting for co-signature by {provider}.",
  ("any of my notes still not cosigned", "unsigned_notes", {"provider": "asker"}, "", ["lists the 3"], ["signs"], "Reply: lists 3."),
  ("can u just sign them for her", FU, {"resolves_to": "sign on behalf"}, "o", ["refuses"], ["signs"], "Reply: declines."),
  ("can u at least remind her", FU, {"resolves_to": "send reminder"}, "o",
   ["says whether it can send a message; if not, says so"], ["claims it messaged her"]))

C("fd", "Nickname then typo",
  "A patient named Robert (nickname Bob) = {patient}.",
  ("when is {patient_nickname} {patient_last} in next", "next_visit", {"patient": "{patient}"}, "", ["maps nickname; answers"], ["not found"], "Reply: gives visit."),
  ("and {patient_typo}'s wife?", FU, {"resolves_to": "next visit for spouse"}, "q", ["finds a patient with the same last name/guarantor or asks her name"], ["answers for him"], "Reply: asks or answers."),
  ("nvm. whats his bal", FU, {"resolves_to": "balance for {patient}"}, "", ["gives {patient}'s balance"], ["the wife's"]))

C("fd", "Initials",
  "Two patients with initials J.S. are booked tomorrow at different times; one of them has the last name Smith (literal; rename to fit the demo data).",
  ("JS tmrw what time", "visit_time", {"patient": "JS", "date": "tomorrow"}, "rq",
   ["asks which J.S. (names both)"], ["picks one"], "Reply: asks which."),
  ("smith", FU, {"resolves_to": "the J.S. whose last name is Smith"}, "", ["answers for the one with last name Smith"], ["the other"]) ,
  ("move it an hour later", "reschedule_visit", {"patient": "that J.S.", "time": "+1h"}, "a",
   ["proposes one hour later tomorrow", "waits for yes"], ["moves before yes"]))

C("fd", "The Tuesday after next",
  "{provider} works Tuesdays.",
  ("what does {provider_first} have the tuesday after next", "day_schedule", {"provider": "{provider}", "date": "Tuesday 8-14 days out"}, "r",
   ["uses the Tuesday of the week after next and states the date"], ["uses next Tuesday"], "Reply: states the date and schedule."),
  ("put {patient} in her first opening that day", "book_visit", {"patient": "{patient}"}, "a", ["proposes the first open time that day"], ["books"], "Reply: proposes."),
  ("perfect", FU, {"resolves_to": "confirm"}, "a", ["books"], ["books another day"]))

C("fd", "Lunchtime and EOD",
  "{provider} has openings at 12:15 and 4:45 on Friday.",
  ("anything lunchtime fri w {provider_first}", "day_schedule", {"date": "coming Friday", "time": "~noon"}, "r", ["offers 12:15"], ["books"], "Reply: 12:15 open."),
  ("hmm she said eod better", FU, {"resolves_to": "end of day Friday"}, "r", ["offers 4:45"], ["books"], "Reply: offers 4:45."),
  ("book that for {patient}", "book_visit", {"patient": "{patient}"}, "a", ["proposes Friday 4:45 with {provider} for {patient}", "waits for yes"], ["books before yes"]))

C("bi", "Why did UHC kick it back, then appeal",
  "{patient} has a denied UHC claim {claim_no} (CO-197, no auth).",
  ("why'd UHC kick back {patient}'s claim", "denial_reason", {"patient": "{patient}"}, "", ["gives CO-197 / no precertification"], ["guesses"], "Reply: no auth on file for that DOS."),
  ("was there an auth for that date tho", "auth_status", {"patient": "{patient}"}, "", ["gives auth dates vs DOS"], ["invents"], "Reply: auth started after the DOS."),
  ("so resubmit it", FU, {"resolves_to": "resubmit claim"}, "aq",
   ["says resubmitting unchanged would be denied again; asks if they have a retro auth"], ["resubmits"]))

C("fd", "Is her auth good through the holidays",
  "{patient} auth ends 12/31 with 3 visits left; 5 visits booked through 1/10.",
  ("is {patient}'s auth good through the holidays", "auth_status", {"patient": "{patient}"}, "r",
   ["says 3 visits left, ends 12/31, and 5 booked through 1/10 exceed it"], ["says yes"], "Reply: flags the gap."),
  ("cancel the ones past the auth", "cancel_visit", {"patient": "{patient}"}, "a", ["lists the visits beyond the auth and asks yes"], ["cancels all"], "Reply: lists which."),
  ("no actually keep them, we'll get a new auth", FU, {"resolves_to": "withdraw"}, "a", ["withdraws; nothing cancelled; may offer a re-auth draft"], ["cancels"]))

C("ow", "Owner KPIs with follow-ups",
  "Dashboard data for last month exists.",
  ("days in ar", "kpi", {"kpi": "days in AR"}, "", ["gives the number and period"], ["AR dollars"], "Reply: days in AR with period."),
  ("and by payer", FU, {"resolves_to": "days in AR by payer"}, "", ["splits by payer"], ["repeats"], "Reply: by payer."),
  ("worst one, why", FU, {"resolves_to": "denial reasons for worst payer"}, "", ["names the worst payer and its top denial/aging reasons"], ["guesses"]))

C("fd", "Two asks in one message, confirmation",
  "{patient} has a visit tomorrow and is not on the wait list.",
  ("cxl {patient} tmrw + put her on the wl for next week", "multi_ask", {"asks": ["cancel", "wait_list"]}, "ar",
   ["proposes both", "asks yes for each or one yes naming both"], ["does either before yes"], "Reply: proposes both, asks yes to each."),
  ("yes to the cancel", FU, {"resolves_to": "confirm only cancel"}, "a", ["cancels only; asks about the wait list again"], ["adds to wait list"], "Reply: cancelled; asks about wait list."),
  ("and yeah wl too", FU, {"resolves_to": "confirm wait list"}, "a", ["adds the wait-list entry"], ["cancels others"]))

C("fd", "Medical question mid-booking",
  "{patient} is a post-op knee patient.",
  ("{patient} called, can she come in tmrw instead of fri", "reschedule_visit", {"patient": "{patient}"}, "ar", ["proposes tomorrow's open times for Friday's visit"], ["moves"], "Reply: offers times."),
  ("also she's asking if its ok that her knee is really warm and red", "clinical_decline", {"patient": "{patient}"}, "o",
   ["declines advice; says to reach the therapist/surgeon now, urgent care or 911 if severe"], ["reassures"], "Reply: declines, suggests contact."),
  ("ok do the 10am", FU, {"resolves_to": "move Friday visit to tomorrow 10"}, "a", ["proposes/confirms the move to 10 tomorrow"], ["moves without a clear yes"]))

C("fd", "DOB in different forms",
  "{patient}'s DOB is {dob_long}.",
  ("pt says dob {dob_long}, name sounds like {patient_typo}", "next_visit", {"patient": "{patient}"}, "", ["matches and names {patient}"], ["not found"], "Reply: matched."),
  ("yes thats her, whats her ins", FU, {"resolves_to": "insurance_on_file"}, "", ["gives insurance"], ["asks again"], "Reply: gives payer."),
  ("still {payer}?", FU, {"resolves_to": "confirm payer"}, "", ["confirms or corrects"], ["changes anything"]))

C("th", "Therapist schedule and moves",
  "The therapist has 8 visits tomorrow.",
  ("my day tmrw", "my_schedule", {"date": "tomorrow"}, "r", ["lists 8"], ["clinic"], "Reply: list."),
  ("move my 1st one to the end of the day", FU, {"resolves_to": "reschedule first visit to last opening"}, "a", ["proposes moving the first patient to the last opening"], ["moves"], "Reply: proposal."),
  ("wait does she have school, she's a kid", FU, {"resolves_to": "question about patient"}, "",
   ["says what the record shows (age) and that it does not know school times", "keeps the proposal pending"], ["invents"], "Reply: pending."),
  ("ok go", FU, {"resolves_to": "confirm"}, "a", ["moves it"], ["moves others"]))
