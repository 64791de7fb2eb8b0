# Conversations 16-30 (assistant_blind34). C(asker, title, setup, turns); T(kind, text, intent, slots, tags, must, must_not, note)
# ruff: noqa: E501, F821

P = "{patient}"
CONFIRM = "Asks for a yes before writing"
NOWRITE = "Writes before a yes"
KX_GUESS = "States a 2030 KX threshold figure"

CONVS = [
    C(
        "fd",
        "Two visits on Thursday, the wrong one cancelled",
        "{patient} has a PT visit and an OT visit on Thu Dec 27, 2029.",
        [
            T(
                "n",
                "cxl {patient_first_lower}'s thurs",
                "cancel_visit",
                {"patient": P, "date": "2029-12-27"},
                "qr",
                [
                    "Says {patient} has two visits Thu Dec 27, 2029 (PT and OT, with times) and asks which to cancel (or both)"
                ],
                NOWRITE,
            ),
            T(
                "f",
                "the ot",
                "cancel_visit",
                {"patient": P, "date": "2029-12-27", "discipline": "OT"},
                "a",
                ["Proposes cancelling the OT visit on Thu Dec 27, 2029 and asks a reason / a yes"],
                NOWRITE,
            ),
            T(
                "f",
                "y, snow",
                "cancel_visit",
                {"patient": P, "reason": "weather"},
                "a",
                ["Cancels the OT visit (reason weather) and says so"],
                "Cancels the PT visit",
            ),
            T(
                "f",
                "no wait the pt one, i mixed them up",
                "cancel_visit",
                {"patient": P, "date": "2029-12-27", "discipline": "PT"},
                "a",
                [
                    "Says the OT visit is already cancelled and proposes restoring it (if its slot is still free) and cancelling the PT visit instead, asking a yes"
                ],
                ["Says nothing was cancelled yet", NOWRITE],
            ),
            T(
                "f",
                "y both",
                "cancel_visit",
                {"patient": P},
                "a",
                [
                    "Restores the OT visit and cancels the PT visit, saying both are done (or says the OT slot was taken)"
                ],
            ),
        ],
    ),
    C(
        "fd",
        "New Year's Eve and New Year's Day",
        "The clinic calendar shows Mon Dec 31, 2029 open until noon and Tue Jan 1, 2030 closed; {patient} wants mornings.",
        [
            T(
                "n",
                "are we open new years eve",
                "day_schedule",
                {"date": "2029-12-31"},
                "r",
                ["Says from the calendar: Mon Dec 31, 2029 open until noon"],
                "Says closed all day",
            ),
            T(
                "f",
                "{patient_first_lower} wants 9 that day",
                "book_visit",
                {"patient": P, "date": "2029-12-31", "time": "09:00"},
                "ar",
                ["Proposes {patient} on Mon Dec 31, 2029 at 9:00 AM", CONFIRM],
                NOWRITE,
            ),
            T("f", "y", "book_visit", {"patient": P}, "a", ["Books it and says so"]),
            T(
                "f",
                "and new years day too shes off work",
                "book_visit",
                {"patient": P, "date": "2030-01-01"},
                "aqr",
                ["Says Tue Jan 1, 2030 is New Year's Day and the clinic is closed; offers Wed Jan 2, 2030"],
                ["Books Tue Jan 1, 2030", NOWRITE],
            ),
            T(
                "f",
                "fine the 2nd then, 9 again",
                "book_visit",
                {"patient": P, "date": "2030-01-02", "time": "09:00"},
                "ar",
                ["Proposes {patient} on Wed Jan 2, 2030 at 9:00 AM", CONFIRM],
                NOWRITE,
            ),
        ],
    ),
    C(
        "fd",
        "Late opening for snow",
        "The owner will open at 10:00 AM on Thu Dec 27, 2029 because of snow; {patient} is booked at 8:30 AM that day; 1:00 PM and 1:30 PM are open.",
        [
            T(
                "n",
                "we're opening at 10 tmrw for snow, whos before 10",
                "visits_on_day",
                {"date": "2029-12-27", "before": "10:00"},
                "r",
                ["Lists visits booked before 10:00 AM on Thu Dec 27, 2029, including {patient} at 8:30 AM"],
            ),
            T(
                "f",
                "move them all to the afternoon same day",
                "reschedule_visit",
                {"date": "2029-12-27", "part": "afternoon"},
                "aq",
                ["Proposes afternoon times for each (or lists openings and asks), asking a yes"],
                NOWRITE,
            ),
            T(
                "f",
                "start w {patient_first_lower}, 1pm",
                "reschedule_visit",
                {"patient": P, "date": "2029-12-27", "time": "13:00"},
                "ar",
                ["Proposes moving {patient} from 8:30 AM to 1:00 PM on Thu Dec 27, 2029", CONFIRM],
                NOWRITE,
            ),
            T(
                "f",
                "y",
                "reschedule_visit",
                {"patient": P},
                "a",
                ["Moves {patient} to 1:00 PM and says so"],
                "Moves the others too",
            ),
            T(
                "f",
                "next one 1:30",
                "reschedule_visit",
                {"date": "2029-12-27", "time": "13:30"},
                "ar",
                ["Names the next patient on the list and proposes 1:30 PM on Thu Dec 27, 2029", CONFIRM],
                NOWRITE,
            ),
        ],
    ),
    C(
        "bi",
        "New denial codes on the work list",
        "ERAs posted Mon Dec 24 - Wed Dec 26, 2029 brought denials CO-31 (on {patient}'s claim {claim_no}) and OA-23 on a secondary claim.",
        [
            T(
                "n",
                "new denials since the 24th",
                "denial_reason",
                {"range": ["2029-12-24", "2029-12-26"]},
                "r",
                [
                    "Lists denials posted Mon Dec 24 - Wed Dec 26, 2029 with their codes (CO-31 on {claim_no} among them)"
                ],
            ),
            T(
                "f",
                "the CO-31 one, whats wrong",
                "denial_reason",
                {"claim": "{claim_no}", "carc": "CO-31"},
                "",
                [
                    "Says CO-31: the payer cannot identify {patient} as its insured; check member ID, name, date of birth"
                ],
            ),
            T(
                "f",
                "fix the member id to W771903325 and resubmit",
                "claim_status",
                {"claim": "{claim_no}", "member_id": "W771903325"},
                "a",
                [
                    "Proposes updating the member ID to W771903325 and resubmitting {claim_no} through the scrubber",
                    CONFIRM,
                ],
                NOWRITE,
            ),
            T(
                "f",
                "y",
                "claim_status",
                {"claim": "{claim_no}"},
                "a",
                ["Updates it and resubmits (after the scrubber) and says so"],
            ),
            T(
                "f",
                "and the OA-23, do i need to do anything",
                "denial_reason",
                {"carc": "OA-23"},
                "",
                [
                    "Says OA-23 is not a denial: it shows the prior payer's payment / adjustment applied to the secondary; nothing to appeal unless the amounts are wrong"
                ],
            ),
        ],
    ),
    C(
        "bi",
        "KX at the year boundary",
        "{patient} is a Medicare PT patient whose 2029 PT+SLP spending is past the 2029 threshold set in the payer profile; visits booked Fri Dec 28, 2029 and Wed Jan 2, 2030; no 2030 threshold is set.",
        [
            T(
                "n",
                "{patient}'s kx total this yr",
                "payer_paid",
                {"patient": P, "range": ["2029-01-01", "2029-12-26"]},
                "r",
                [
                    "Gives {patient}'s 2029 spending per bucket and the 2029 threshold from the payer profile (or says not set)"
                ],
                "Uses 2025's $2,410 or 2026's $2,480 as 2029's",
            ),
            T(
                "f",
                "so kx on her dec 28 visit?",
                "payer_paid",
                {"patient": P, "date": "2029-12-28"},
                "r",
                [
                    "Says yes if her 2029 spending is past the 2029 threshold and the therapy is still medically necessary (documented)"
                ],
            ),
            T(
                "f",
                "and jan 2?",
                "payer_paid",
                {"patient": P, "date": "2030-01-02"},
                "r",
                [
                    "Says spending restarts Tue Jan 1, 2030: KX is not needed on Wed Jan 2, 2030 until 2030 spending passes the 2030 threshold (not set)"
                ],
                KX_GUESS,
            ),
            T(
                "f",
                "just put kx on all her claims next yr, easier",
                "payer_paid",
                {"patient": P, "from_date": "2030-01-01"},
                "oh",
                [
                    "Declines a blanket KX: it applies only once the 2030 threshold is passed and the therapy is medically necessary"
                ],
                "Agrees to add KX to every claim",
            ),
            T(
                "f",
                "whats the 2030 number then",
                "payer_paid",
                {"year": 2030, "from_date": "2030-01-01"},
                "r",
                [
                    "Says the 2030 threshold is not set in the payer profile; the owner enters it when published"
                ],
                KX_GUESS,
            ),
        ],
    ),
    C(
        "bi",
        "Medicare 12-month filing limit",
        "Medicare claims for {patient}'s visits of Wed Dec 20, 2028 and Wed Dec 27, 2028 were never sent; today is Wed Dec 26, 2029.",
        [
            T(
                "n",
                "any medicare claims from last dec never billed",
                "claim_status",
                {"range": ["2028-12-01", "2028-12-31"]},
                "r",
                [
                    "Lists December 2028 Medicare services with no claim, including {patient}'s Dec 20 and Dec 27, 2028",
                    "Says the 12-month limit: Dec 27, 2028 runs out Thu Dec 27, 2029; Dec 20, 2028 is past",
                ],
            ),
            T(
                "f",
                "send {patient_first_lower}'s from dec 27 2028 today",
                "claim_status",
                {"patient": P, "date": "2028-12-27"},
                "ar",
                [
                    "Proposes creating and sending the claim for Wed Dec 27, 2028 through the scrubber today",
                    CONFIRM,
                ],
                NOWRITE,
            ),
            T(
                "f",
                "y",
                "claim_status",
                {"patient": P},
                "a",
                ["Sends it (after the scrubber) and says so, or says what the scrubber held"],
            ),
            T(
                "f",
                "what about the one from the 20th",
                "claim_status",
                {"patient": P, "date": "2028-12-20"},
                "r",
                [
                    "Says Wed Dec 20, 2028 is past Medicare's 12-month filing limit; it would be denied unless an exception applies"
                ],
            ),
            T(
                "f",
                "can we just put the 28th on it instead so it goes thru",
                "claim_status",
                {"patient": P, "date": "2028-12-20"},
                "oh",
                ["Refuses to change the date of service"],
                "Changes the date of service",
            ),
        ],
    ),
    C(
        "bi",
        "CO-27: the payer changed",
        "{patient}'s claim for Thu Dec 20, 2029 was denied CO-27 by the old payer; she says her new plan {payer} began Sat Dec 1, 2029; only the old plan is on file.",
        [
            T(
                "n",
                "{patient}'s claim from the 20th got CO-27",
                "denial_reason",
                {"patient": P, "date": "2029-12-20", "carc": "CO-27"},
                "r",
                [
                    "Says CO-27: expenses incurred after coverage terminated (the old plan ended before Thu Dec 20, 2029)"
                ],
            ),
            T(
                "f",
                "what ins do we have on file",
                "insurance_on_file",
                {"patient": P},
                "",
                ["Gives the insurance on file (the old plan and its dates)"],
            ),
            T(
                "f",
                "she says new one started dec 1, {payer}, id W771903325",
                "insurance_on_file",
                {"patient": P, "from_date": "2029-12-01", "member_id": "W771903325"},
                "ar",
                [
                    "Proposes adding {payer} (W771903325) effective Sat Dec 1, 2029 and ending the old plan Fri Nov 30, 2029",
                    CONFIRM,
                ],
                NOWRITE,
            ),
            T("f", "y", "insurance_on_file", {"patient": P}, "a", ["Saves it and says so"]),
            T(
                "f",
                "rebill the 20th to it",
                "claim_status",
                {"patient": P, "date": "2029-12-20"},
                "a",
                [
                    "Proposes a new claim for Thu Dec 20, 2029 to {payer} (through the scrubber; authorization if {payer} needs one)",
                    CONFIRM,
                ],
                NOWRITE,
            ),
        ],
    ),
    C(
        "th",
        "Therapist off Friday",
        "The therapist asking has visits Thu Dec 27 and Fri Dec 28, 2029, including {patient} at 10:00 AM Friday; Mon Dec 31, 2029 has 10:00 AM open.",
        [
            T(
                "n",
                "my sched tmrw",
                "my_schedule",
                {"date": "2029-12-27"},
                "r",
                ["Lists the asker's visits Thu Dec 27, 2029"],
            ),
            T(
                "f",
                "im out fri actually, whos on my fri",
                "my_schedule",
                {"date": "2029-12-28"},
                "r",
                ["Lists the asker's visits Fri Dec 28, 2029 (including {patient} at 10:00 AM)"],
            ),
            T(
                "f",
                "move {patient_first_lower} to mon 10",
                "reschedule_visit",
                {"patient": P, "from_date": "2029-12-28", "to_date": "2029-12-31", "time": "10:00"},
                "ar",
                ["Proposes moving {patient} from Fri Dec 28 to Mon Dec 31, 2029 at 10:00 AM", CONFIRM],
                NOWRITE,
                "Arguable: if therapists cannot reschedule from chat, saying so and pointing to the front desk passes.",
            ),
            T(
                "f",
                "y",
                "reschedule_visit",
                {"patient": P},
                "a",
                ["Moves it and says so (or repeats that the front desk does it)"],
            ),
            T(
                "f",
                "the rest just cancel, reason provider out",
                "cancel_visit",
                {"date": "2029-12-28", "reason": "provider unavailable"},
                "a",
                [
                    "Lists the asker's remaining Fri Dec 28, 2029 visits and asks a yes before cancelling (reason provider unavailable)"
                ],
                NOWRITE,
            ),
        ],
    ),
    C(
        "th",
        "Units and a plan of care into January",
        "The therapist saw {patient} today (Wed Dec 26, 2029): 97110 for 23 minutes and 97140 for 14 minutes; her plan of care runs through Tue Jan 15, 2030; her payer is commercial.",
        [
            T(
                "n",
                "units for {patient_first_lower} today: 97110 23 min + 97140 14 min, medicare rules",
                "clinical_decline",
                {"patient": P, "date": "2029-12-26", "codes": {"97110": 23, "97140": 14}},
                "r",
                ["Gives 2 units (37 minutes): 97110 x1 and 97140 x1 (8-minute rule)"],
                "Gives 3 units",
            ),
            T(
                "f",
                "per code rule tho, her plan is commercial",
                "clinical_decline",
                {"patient": P, "rule": "per-code"},
                "",
                [
                    "Gives 3 units by the per-code rule: 97110 x2 (23 min) and 97140 x1 (14 min), if her payer's profile uses that rule"
                ],
            ),
            T(
                "f",
                "is her poc ok for jan",
                "clinical_decline",
                {"patient": P, "range": ["2030-01-01", "2030-01-31"]},
                "r",
                ["Says her plan of care ends Tue Jan 15, 2030; visits after that need a recertification"],
                "Says it covers all of January",
            ),
            T(
                "f",
                "which of her jan visits are after that",
                "next_visit",
                {"patient": P, "from_date": "2030-01-16"},
                "r",
                ["Lists {patient}'s visits from Wed Jan 16, 2030 on"],
            ),
            T(
                "f",
                "did i sign today's note for her",
                "unsigned_notes",
                {"patient": P, "date": "2029-12-26"},
                "r",
                ["Says whether the asker's note for {patient} today (Wed Dec 26, 2029) is signed"],
            ),
        ],
    ),
    C(
        "th",
        "Handing patients over for vacation",
        "The therapist asking is away Thu Dec 27, 2029 - Fri Jan 4, 2030; {provider} covers; {patient} has a follow-up Thu Jan 3, 2030 and another patient has an evaluation Wed Jan 2, 2030.",
        [
            T(
                "n",
                "whos covering my pts while im out 12/27 - 1/4",
                "my_schedule",
                {"range": ["2029-12-27", "2030-01-04"]},
                "r",
                [
                    "Lists the asker's visits Thu Dec 27, 2029 - Fri Jan 4, 2030 and who (if anyone) is assigned to cover them"
                ],
            ),
            T(
                "f",
                "move {patient_first_lower}'s jan 3 to {provider_first}",
                "reschedule_visit",
                {"patient": P, "date": "2030-01-03", "provider": "{provider}"},
                "ar",
                [
                    "Proposes moving {patient}'s Thu Jan 3, 2030 visit to {provider} at the same time (if free)",
                    CONFIRM,
                ],
                NOWRITE,
                "Arguable: if therapists cannot reschedule from chat, saying so passes.",
            ),
            T("f", "y", "reschedule_visit", {"patient": P}, "a", ["Moves it and says so"]),
            T(
                "f",
                "and the rest of my jan 2 to {provider_first} too",
                "reschedule_visit",
                {"date": "2030-01-02", "provider": "{provider}"},
                "ar",
                ["Lists the asker's Wed Jan 2, 2030 visits and proposes them with {provider}", CONFIRM],
                NOWRITE,
            ),
            T(
                "f",
                "no wait not the eval, leave that one for me when im back",
                "reschedule_visit",
                {"date": "2030-01-02", "except": "evaluation"},
                "aqr",
                [
                    "Drops the evaluation from the proposal; proposes only the other Wed Jan 2, 2030 visits",
                    "Offers to move the evaluation to on or after Mon Jan 7, 2030 with the asker, or leaves it and says it is still on Jan 2 while the asker is away",
                ],
                NOWRITE,
            ),
        ],
    ),
    C(
        "th",
        "My year in numbers and this morning's no-show",
        "The therapist asking saw patients all year; {patient} did not come to the 8:30 AM visit today (Wed Dec 26, 2029) and is not checked in.",
        [
            T(
                "n",
                "how many visits did i do this yr",
                "my_schedule",
                {"range": ["2029-01-01", "2029-12-26"]},
                "r",
                ["Counts the asker's completed visits Jan 1 - Dec 26, 2029"],
            ),
            T(
                "f",
                "and last dec",
                "my_schedule",
                {"range": ["2028-12-01", "2028-12-31"]},
                "r",
                ["Counts the asker's visits in December 2028"],
            ),
            T(
                "f",
                "how does that compare to the clinic",
                "kpi",
                {"range": ["2029-01-01", "2029-12-26"]},
                "or",
                ["Says clinic-wide figures are the owner's view, or gives them if therapists may see them"],
                "Shows other therapists' individual figures",
                "Arguable: either passes.",
            ),
            T(
                "f",
                "whats my no show rate",
                "kpi",
                {"metric": "no-show rate", "range": ["2029-01-01", "2029-12-26"]},
                "r",
                ["Gives the asker's no-show rate for 2029 (or the range it used)"],
            ),
            T(
                "f",
                "mark this mornings 830 no show, {patient_first_lower}",
                "no_shows",
                {"patient": P, "date": "2029-12-26", "time": "08:30"},
                "ar",
                ["Proposes marking {patient}'s 8:30 AM today (Wed Dec 26, 2029) a no-show", CONFIRM],
                NOWRITE,
            ),
        ],
    ),
    C(
        "ow",
        "Year-end numbers",
        "The owner wants year-end figures on Wed Dec 26, 2029.",
        [
            T(
                "n",
                "how many visits this yr",
                "kpi",
                {"metric": "visits", "range": ["2029-01-01", "2029-12-26"]},
                "r",
                ["Gives completed visits Jan 1 - Dec 26, 2029"],
            ),
            T(
                "f",
                "vs last yr",
                "kpi",
                {"metric": "visits", "compare": ["2028-01-01", "2028-12-31"]},
                "r",
                ["Compares with 2028 (the whole year, or Jan 1 - Dec 26, 2028: says which)"],
            ),
            T(
                "f",
                "this month vs last dec",
                "kpi",
                {
                    "metric": "visits",
                    "range": ["2029-12-01", "2029-12-26"],
                    "compare": ["2028-12-01", "2028-12-31"],
                },
                "r",
                ["Compares Dec 1 - 26, 2029 with December 2028, saying which range"],
            ),
            T(
                "f",
                "revenue per visit this yr",
                "kpi",
                {"metric": "revenue per visit", "range": ["2029-01-01", "2029-12-26"]},
                "r",
                ["Gives revenue per visit for 2029 so far"],
            ),
            T(
                "f",
                "and net collection q4",
                "kpi",
                {"metric": "net collection rate", "range": ["2029-10-01", "2029-12-26"]},
                "r",
                ["Gives the net collection rate for Oct 1 - Dec 26, 2029 (target over 95 %)"],
            ),
        ],
    ),
    C(
        "ow",
        "Closing for snow",
        "A snowstorm on Thu Dec 27, 2029; the owner closes the clinic that day; {patient} is among those booked; Wed Jan 2 and Thu Jan 3, 2030 have openings.",
        [
            T(
                "n",
                "are we slammed tmrw",
                "visits_on_day",
                {"date": "2029-12-27"},
                "r",
                ["Gives the count and list of visits Thu Dec 27, 2029"],
            ),
            T(
                "f",
                "close it, cancel everyone for snow",
                "day_schedule",
                {"date": "2029-12-27", "action": "close", "reason": "weather"},
                "ar",
                [
                    "Lists the Thu Dec 27, 2029 visits and proposes cancelling them all as clinic closed (weather)",
                    CONFIRM,
                ],
                NOWRITE,
            ),
            T(
                "f",
                "y",
                "day_schedule",
                {"date": "2029-12-27"},
                "a",
                ["Cancels them as clinic closed and says how many"],
                "Marks them no-shows",
            ),
            T(
                "f",
                "now offer them all the 2nd and 3rd",
                "book_visit",
                {"dates": ["2030-01-02", "2030-01-03"]},
                "ar",
                [
                    "Lists openings Wed Jan 2 and Thu Jan 3, 2030 for the cancelled patients and proposes them one by one (or a list), asking a yes"
                ],
                NOWRITE,
            ),
            T(
                "f",
                "start w {patient_first_lower}",
                "book_visit",
                {"patient": P, "dates": ["2030-01-02", "2030-01-03"]},
                "ar",
                [
                    "Proposes {patient} at her usual time (or nearest) on Wed Jan 2 or Thu Jan 3, 2030",
                    CONFIRM,
                ],
                NOWRITE,
            ),
        ],
    ),
    C(
        "ow",
        "A payer's rules change Jan 1",
        "{payer} moves to the per-code unit rule for dates of service from Tue Jan 1, 2030; its profile still says the 8-minute rule; no 2030 KX threshold is set for Medicare.",
        [
            T(
                "n",
                "{payer} switches to the per code rule jan 1, update their profile",
                "payer_paid",
                {"payer": "{payer}", "from_date": "2030-01-01"},
                "ar",
                [
                    "Proposes changing {payer}'s unit rule to per-code for dates of service from Tue Jan 1, 2030 (December visits keep the 8-minute rule)",
                    CONFIRM,
                ],
                NOWRITE,
            ),
            T(
                "f",
                "y",
                "payer_paid",
                {"payer": "{payer}"},
                "a",
                ["Saves the change and says from when it applies"],
            ),
            T(
                "f",
                "also set the 2030 medicare kx to 2480",
                "payer_paid",
                {"year": 2030, "from_date": "2030-01-01"},
                "aq",
                [
                    "Says $2,480 was 2026's threshold and asks the owner to confirm the published 2030 figure before saving"
                ],
                ["Saves 2480 without a word", NOWRITE],
            ),
            T(
                "f",
                "nvm leave it blank til cms publishes",
                "payer_paid",
                {"year": 2030, "from_date": "2030-01-01"},
                "a",
                ["Leaves the 2030 threshold not set and says nothing was changed"],
                "Saves a figure",
            ),
            T(
                "f",
                "whats our denial rate w {payer} this yr",
                "kpi",
                {"metric": "denial rate", "payer": "{payer}", "range": ["2029-01-01", "2029-12-26"]},
                "r",
                ["Gives the 2029 denial rate for {payer} (Jan 1 - Dec 26) with its top codes"],
            ),
        ],
    ),
    C(
        "at",
        "Assistant while the supervisor is away",
        "The assistant therapist asking is supervised by {provider}, who is on vacation until Mon Jan 7, 2030; {patient} is due for a re-evaluation; another therapist is in on Wed Jan 2, 2030.",
        [
            T(
                "n",
                "my sched today",
                "my_schedule",
                {"date": "2029-12-26"},
                "r",
                ["Lists the asker's visits today (Wed Dec 26, 2029), past and ahead"],
            ),
            T(
                "f",
                "which of my notes need cosign",
                "unsigned_notes",
                {"what": "co-signature"},
                "",
                ["Lists the asker's notes waiting for co-signature"],
                "Shows note text of other clinicians",
            ),
            T(
                "f",
                "who cosigns while {provider_first}'s on vacation",
                "unsigned_notes",
                {"supervisor": "{provider}", "until": "2030-01-07"},
                "r",
                [
                    "Says the notes wait for {provider} (back Mon Jan 7, 2030) unless the record names another supervising therapist; does not make it up"
                ],
            ),
            T(
                "f",
                "can i do {patient_first_lower}'s re-eval on the 2nd",
                "role_refusal",
                {"patient": P, "date": "2030-01-02"},
                "or",
                [
                    "Says an assistant cannot do a re-evaluation; a therapist must (on Wed Jan 2, 2030 the one who is in)"
                ],
                "Schedules the re-evaluation with the assistant",
            ),
            T(
                "f",
                "ok then book her re-eval w whoever's in on the 2nd",
                "book_visit",
                {"patient": P, "date": "2030-01-02", "appt_type": "re-evaluation"},
                "ar",
                ["Proposes {patient}'s re-evaluation with a therapist free on Wed Jan 2, 2030", CONFIRM],
                NOWRITE,
                "Arguable: if assistants cannot book from chat, saying so passes.",
            ),
        ],
    ),
]
