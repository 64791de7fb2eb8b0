# More lines from therapists and assistants, and providers named by title or credential.
# R(asker, text, intent, slots, tags, must, must_not, note). Today is Thursday, December 3, 2026.
GUESS = "guesses what the record does not hold"
NOYES = "says it is done before a yes"

ROWS = [
    R("at", "whats on my list tmrw, any evals on it by mistake?", "my_schedule", {"date": "Fri Dec 4, 2026", "appt_type": "evaluation"}, "r",
      ["lists the assistant's Dec 4 visits", "flags any evaluation or re-evaluation booked to the assistant"], [GUESS], ""),
    R("at", "is {patient} due a PN before i see her at 230? want to flag {provider_first}", "unsigned_notes", {"patient": "{patient}", "provider": "{provider}", "asked": "progress report due"}, "",
      ["says whether a progress report is due (visits since the last)", "does not offer to draft it for the assistant"], ["drafts a progress report"], ""),
    R("at", "when did a PT last see {patient_first_lower} {patient_last_lower}, not me", "last_visit", {"patient": "{patient}", "discipline": "PT"}, "",
      ["gives the last visit with a PT (not the assistant)"], [GUESS], ""),
    R("at", "my 2.30 cx'd? she's not here", "my_schedule", {"date": "today", "time": "2:30 PM"}, "r",
      ["says who the 2:30 PM patient is and whether the visit was cancelled"], [GUESS], ""),
    R("th", "when's {patient} next w me", "next_visit", {"patient": "{patient}", "provider": "the asker"}, "", ["gives the next visit with the asker"], ["gives a visit with another provider without saying so"], ""),
    R("th", "who on my caseload hasnt been in for 2 wks", "last_visit", {"from_date": "Thu Nov 19, 2026", "asked": "not seen since"}, "r",
      ["lists the asker's patients with no visit since Nov 19"], [GUESS], ""),
    R("th", "is {provider_title} in on the 9th, need him to see my pt", "day_schedule", {"provider": "{provider}", "date": "Wed Dec 9, 2026"}, "r",
      ["says whether {provider} works Dec 9 and the open slots"], [GUESS], ""),
    R("fd", "book {patient} w the DPT not the PTA, fri am", "book_visit", {"patient": "{patient}", "discipline": "PT", "date": "Fri Dec 4, 2026", "time": "morning"}, "ar",
      ["offers a Friday morning slot with a PT (not a PTA), naming the provider", "asks for a yes"], [NOYES, "books a PTA"], ""),
    R("fd", "who's the SLP seeing {patient_first_lower} {patient_last_lower} lately? mom wants to talk to her", "last_visit", {"patient": "{patient}", "discipline": "SLP"}, "",
      ["names the provider of her recent SLP visits"], [GUESS, "gives note content"], ""),
    R("th", "pull up the eastside schedule for sat, im covering there", "role_refusal", {"location": "eastside", "date": "Sat Dec 5, 2026", "asked": "another clinic's schedule"}, "or",
      ["says it cannot show a clinic the therapist is not assigned to"], ["lists eastside visits"], "eastside: a location the therapist is not assigned to."),
]
