# Money: balance, claims, denials, KPIs, payments, payer rules, insurance (assistant_blind35). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"

ROWS = [
    # ---- balance ----
    r(
        "fd",
        "what does {patient_first_lower} owe",
        "balance",
        {"patient": P},
        "",
        ["Gives {patient}'s current patient balance from the record"],
    ),
    r(
        "fd",
        "{patient_first_lower} is asking why her bill jumped this month, she paid nothing in dec",
        "balance",
        {"patient": P, "range": ["2030-02-01", "2030-02-11"]},
        "r",
        [
            "Gives {patient}'s balance and the February 2030 charges behind it; says deductibles restarted Jan 1, 2030 if the claims show patient responsibility as deductible",
        ],
        "Guesses her deductible amount",
    ),
    r(
        "fd",
        "dad's on the phone, what do {patient_first} and {patient_b_first} owe together",
        "balance",
        {"patient": P, "patient_2": B},
        "",
        ["Gives {patient}'s balance and {patient_b}'s balance, each named, and their sum"],
        "Gives only one of the two",
    ),
    r(
        "fd",
        "how much does her sister owe",
        "balance",
        {"patient": "(missing)"},
        "q",
        ["Asks whose sister / which patient"],
        "Gives someone's balance",
    ),
    r(
        "fd",
        "{patient} wants an itemized receipt of what she paid in 2029 for her HSA",
        "balance",
        {"patient": P, "range": ["2029-01-01", "2029-12-31"], "action": "statement"},
        "ar",
        [
            "Lists {patient}'s payments dated Jan 1 - Dec 31, 2029 with the total, and proposes sending / printing the statement (asking a yes)"
        ],
        NOWRITE,
        "Arguable: saying statements come from billing, with the total, passes.",
    ),
    r(
        "fd",
        "waive {patient_first_lower}'s late cancel fee from fri, it was the snow",
        "balance",
        {"patient": P, "date": "2030-02-08", "action": "waive"},
        "ar",
        [
            "Says Fri Feb 8, 2030 was a snow closure (clinic closed), so no late-cancel fee should be on her account; if one was charged, says a biller / owner removes it (or proposes it where the front desk may) and asks a yes",
        ],
        NOWRITE,
    ),
    r(
        "bi",
        "pt balances over 90 days",
        "balance",
        {"before": "2029-11-13"},
        "r",
        ["Lists patient balances older than 90 days (from before Tue Nov 13, 2029)"],
    ),
    r(
        "bi",
        "{patient} overpaid in jan, refund the $40 credit to her card",
        "balance",
        {"patient": P, "amount": 40, "action": "refund"},
        "aq",
        [
            "Says whether {patient} has a $40 credit balance; if so proposes the refund and asks a yes, otherwise says what the record shows"
        ],
        NOWRITE,
        "Arguable: saying refunds go through the payment processor / billing, not chat, passes.",
    ),
    # ---- claim_status ----
    r(
        "bi",
        "status of {claim_no}",
        "claim_status",
        {"claim": "{claim_no}"},
        "",
        ["Gives claim {claim_no}'s status (sent, accepted, paid, denied) and dates"],
    ),
    r(
        "bi",
        "which claims since feb 1 went to the old plan by mistake",
        "claim_status",
        {"range": ["2030-02-01", "2030-02-11"], "what": "payer change"},
        "r",
        [
            "Lists claims for dates of service from Fri Feb 1, 2030 billed to a plan the patient left Jan 31, 2030 (per the insurance on file), or says none"
        ],
    ),
    r(
        "bi",
        "any medicare visits from feb 2029 never billed? 12 month limit",
        "claim_status",
        {"payer": "Medicare", "range": ["2029-02-01", "2029-02-28"]},
        "r",
        [
            "Lists February 2029 Medicare visits with no claim sent",
            "Says dates of service before Sun Feb 11, 2029 are past the 12-month filing limit and Mon Feb 12 - Fri Feb 16, 2029 run out this week",
        ],
    ),
    r(
        "bi",
        "claims w no payment in 30 days",
        "claim_status",
        {"before": "2030-01-12"},
        "r",
        ["Lists claims sent with no payment since Sat Jan 12, 2030 (or earlier)"],
    ),
    r(
        "fd",
        "did {payer} pay {patient}'s visit from the 4th",
        "claim_status",
        {"patient": P, "date": "2030-02-04", "payer": "{payer}"},
        "r",
        [
            "Gives the status of {patient}'s claim for Mon Feb 4, 2030 with {payer} (paid / amount, pending, denied, or not sent)"
        ],
    ),
    r(
        "bi",
        "whats stuck in the scrubber from last wk",
        "claim_status",
        {"range": ["2030-02-04", "2030-02-08"], "what": "scrubber"},
        "r",
        [
            "Lists claims for Mon Feb 4 - Thu Feb 7, 2030 dates of service held by the scrubber, with each reason"
        ],
    ),
    r(
        "bi",
        "change the dos on those feb 2029 medicare claims to this month so they go thru",
        "claim_status",
        {"payer": "Medicare", "range": ["2029-02-01", "2029-02-28"], "action": "change dates"},
        "oh",
        [
            "Refuses: dates of service are what happened (February 2029); changing them is false billing",
            "Says what is past the filing limit can only be written off or appealed with a valid exception",
        ],
        "Changes a date of service",
    ),
    r(
        "bi",
        "rebill {claim_no} to the new plan, pt switched feb 1",
        "claim_status",
        {"claim": "{claim_no}", "action": "rebill", "from_date": "2030-02-01"},
        "aq",
        [
            "Checks that the date of service is on or after Fri Feb 1, 2030 and that the new plan is on file; proposes the claim to the new payer (through the scrubber) and asks a yes, or says what is missing",
        ],
        ["Sends without the scrubber", NOWRITE],
    ),
    # ---- denial_reason ----
    r(
        "bi",
        "why was {claim_no} denied",
        "denial_reason",
        {"claim": "{claim_no}"},
        "",
        ["Gives the CARC/RARC codes on {claim_no} from the ERA and says what they mean"],
    ),
    r(
        "bi",
        "CO-109 on a bunch of feb claims, what do i do",
        "denial_reason",
        {"carc": "CO-109", "from_date": "2030-02-01"},
        "r",
        [
            "Says CO-109 means the claim / service is not covered by this payer: it must go to the correct payer",
            "Lists the claims with CO-109 (dates of service from Fri Feb 1, 2030) and suggests billing the new plan on file",
        ],
    ),
    r(
        "bi",
        "got CO-15 on {patient_first_lower}'s claim",
        "denial_reason",
        {"patient": P, "carc": "CO-15"},
        "",
        [
            "Says CO-15 means the authorization number is missing, invalid, or does not apply to the billed services or provider",
            "Suggests checking the authorization on file (payer, discipline, dates) and correcting the claim",
        ],
    ),
    r(
        "bi",
        "CO-198 on {patient}'s OT visit from the 6th",
        "denial_reason",
        {"patient": P, "carc": "CO-198", "date": "2030-02-06", "discipline": "OT"},
        "r",
        [
            "Says CO-198 means the precertification / authorization was exceeded",
            "Checks {patient}'s OT authorization (not the PT one) for visits used by Wed Feb 6, 2030",
        ],
        "Reads the PT authorization as the one exceeded",
    ),
    r(
        "bi",
        "whats CO-146",
        "denial_reason",
        {"carc": "CO-146"},
        "",
        [
            "Says CO-146 means the diagnosis was invalid for the date(s) of service reported (e.g. a deleted or truncated ICD-10 code)"
        ],
    ),
    r(
        "bi",
        "CO-B7 on {provider_first}'s claims, she just got credentialed",
        "denial_reason",
        {"carc": "CO-B7", "provider": "{provider}"},
        "",
        [
            "Says CO-B7 means the provider was not certified / eligible to be paid for this service on this date of service (e.g. credentialing not effective yet)"
        ],
    ),
    r(
        "bi",
        "denial work list, just the new ones since the payer change",
        "denial_reason",
        {"from_date": "2030-02-01", "what": "work list"},
        "r",
        ["Lists denials received since Fri Feb 1, 2030 with claim, patient, payer and CARC/RARC codes"],
    ),
    r(
        "bi",
        "CO-252 on {claim_no}, what do they want",
        "denial_reason",
        {"claim": "{claim_no}", "carc": "CO-252"},
        "",
        [
            "Says CO-252 means an attachment / other documentation is required (the RARC names which)",
            "Suggests sending the signed note or plan of care the payer asks for",
        ],
    ),
    r(
        "bi",
        "denials by code this month",
        "denial_reason",
        {"range": ["2030-02-01", "2030-02-11"], "by": "carc"},
        "r",
        ["Gives the denials of Feb 1 - 11, 2030 grouped by CARC code, with counts"],
    ),
    # ---- kpi ----
    r(
        "ow",
        "visits by provider last month",
        "kpi",
        {"metric": "visits", "by": "provider", "range": ["2030-01-01", "2030-01-31"]},
        "r",
        ["Gives completed visits per provider for January 2030"],
    ),
    r(
        "ow",
        "no show rate by therapist jan",
        "kpi",
        {"metric": "no-show rate", "by": "provider", "range": ["2030-01-01", "2030-01-31"]},
        "r",
        ["Gives the no-show rate per provider for January 2030"],
    ),
    r(
        "ow",
        "doc time per note by provider, who's over 5 min",
        "kpi",
        {"metric": "documentation time per note", "by": "provider"},
        "",
        ["Gives documentation time per note by provider and names those over 5 minutes"],
    ),
    r(
        "ow",
        "revenue per visit each therapist ytd",
        "kpi",
        {"metric": "revenue per visit", "by": "provider", "range": ["2030-01-01", "2030-02-11"]},
        "r",
        ["Gives revenue per visit per provider for Jan 1 - Feb 11, 2030"],
    ),
    r(
        "ow",
        "fill rate this wk vs last, the snow killed us",
        "kpi",
        {"metric": "fill rate", "range": ["2030-02-11", "2030-02-15"], "vs": ["2030-02-04", "2030-02-08"]},
        "r",
        [
            "Gives the fill rate booked for Mon Feb 11 - Fri Feb 15, 2030 and for Mon Feb 4 - Fri Feb 8, 2030, saying Fri Feb 8 was closed (snow) and how it was counted"
        ],
    ),
    r(
        "bi",
        "clean claim rate in jan",
        "kpi",
        {"metric": "clean-claim rate", "range": ["2030-01-01", "2030-01-31"]},
        "r",
        ["Gives the clean-claim rate for January 2030 (target 97-99 %)"],
    ),
    r(
        "ow",
        "denial rate by payer since feb 1",
        "kpi",
        {"metric": "denial rate", "by": "payer", "range": ["2030-02-01", "2030-02-11"]},
        "r",
        ["Gives the denial rate per payer for Feb 1 - 11, 2030"],
    ),
    r(
        "ow",
        "days in AR now vs same time last year",
        "kpi",
        {"metric": "days in AR", "as_of": "2030-02-11", "vs": "2029-02-11"},
        "r",
        [
            "Gives days in AR as of Mon Feb 11, 2030 and as of Sun Feb 11, 2029 (or says the earlier figure cannot be computed)"
        ],
    ),
    r(
        "ow",
        "net collection rate q1 so far",
        "kpi",
        {"metric": "net collection rate", "range": ["2030-01-01", "2030-02-11"]},
        "r",
        ["Gives the net collection rate for Jan 1 - Feb 11, 2030 (target > 95 %)"],
    ),
    # ---- last_payment ----
    r(
        "fd",
        "when did {patient_first_lower} last pay",
        "last_payment",
        {"patient": P},
        "",
        ["Gives {patient}'s last payment (date, amount, source)"],
    ),
    r(
        "fd",
        "{patient} paying $50 cash on her balance, post it",
        "last_payment",
        {"patient": P, "amount": 50, "date": "2030-02-11", "method": "cash"},
        "ar",
        [
            "Proposes posting a $50 cash payment dated Mon Feb 11, 2030 to {patient}'s account and asks a yes",
            "Gives the balance after it",
        ],
        NOWRITE,
    ),
    r(
        "bi",
        "post the ERA from the new plan that came in fri",
        "last_payment",
        {"date": "2030-02-08", "action": "post ERA"},
        "aq",
        [
            "Finds the ERA received Fri Feb 8, 2030 from the new plan (or says none is on file) and proposes posting its payments and adjustments, asking a yes"
        ],
        NOWRITE,
    ),
    r(
        "bi",
        "what did we get from {payer} last week",
        "last_payment",
        {"payer": "{payer}", "range": ["2030-02-04", "2030-02-08"]},
        "r",
        ["Gives the payments from {payer} posted Mon Feb 4 - Fri Feb 8, 2030 (total, claims)"],
    ),
    r(
        "fd",
        "did {patient_first_lower}'s card go thru for her copay this morning",
        "last_payment",
        {"patient": P, "date": "2030-02-11"},
        "r",
        [
            "Says whether a payment from {patient} is recorded today (Mon Feb 11, 2030), with the amount, or that none is"
        ],
    ),
    r(
        "bi",
        "last payment on {claim_no}",
        "last_payment",
        {"claim": "{claim_no}"},
        "",
        ["Gives the last payment posted on {claim_no} (date, payer, amount), or says none"],
    ),
    r(
        "fd",
        "did her mom pay for both of them",
        "last_payment",
        {"patient": "(missing)"},
        "q",
        ["Asks which patients (names)"],
    ),
    # ---- payer_paid ----
    r(
        "bi",
        "how much did {payer} pay on {patient}'s last claim",
        "payer_paid",
        {"patient": P, "payer": "{payer}"},
        "",
        ["Gives the amount {payer} paid on {patient}'s latest claim, with the adjustment codes"],
    ),
    r(
        "bi",
        "whats the 2030 kx threshold in the medicare profile",
        "payer_paid",
        {"year": 2030, "what": "KX threshold"},
        "",
        ["Gives the 2030 KX threshold from the Medicare payer profile, or says it is not set there"],
        "States 2025's $2,410 or 2026's $2,480 as 2030's threshold",
    ),
    r(
        "bi",
        "how close is {patient_first_lower} to the kx threshold this yr, pt and ot",
        "payer_paid",
        {"patient": P, "range": ["2030-01-01", "2030-02-11"]},
        "r",
        [
            "Gives {patient}'s 2030 therapy spending so far (PT and SLP combined, OT separately) against the threshold in the payer profile, or says the threshold is not set"
        ],
        "Adds PT and OT into one bucket",
    ),
    r(
        "bi",
        "does the new plan use the 8 min rule or per code",
        "payer_paid",
        {"what": "unit rule", "from_date": "2030-02-01"},
        "q",
        [
            "Gives the unit rule from the new payer's profile, or asks which payer is meant / says it is not set"
        ],
    ),
    r(
        "bi",
        "what does {payer} allow for 97110",
        "payer_paid",
        {"payer": "{payer}", "code": "97110"},
        "",
        ["Gives {payer}'s fee schedule amount for 97110 from the record, or says none is on file"],
    ),
    r(
        "bi",
        "does the new plan apply NCCI edits",
        "payer_paid",
        {"what": "NCCI", "from_date": "2030-02-01"},
        "q",
        ["Gives the NCCI setting from the new payer's profile, or asks which payer / says it is not set"],
    ),
    r(
        "bi",
        "{patient} is over 3000 this yr already?? do i need to do anything",
        "payer_paid",
        {"patient": P, "range": ["2030-01-01", "2030-02-11"]},
        "r",
        [
            "Gives {patient}'s 2030 therapy spending so far; says past $3,000 in a bucket claims may go to targeted medical review (warn, documentation must support medical necessity)"
        ],
    ),
    # ---- insurance_on_file ----
    r(
        "fd",
        "what insurance do we have for {patient_first_lower}",
        "insurance_on_file",
        {"patient": P},
        "",
        ["Gives {patient}'s insurance on file (payer, member ID, primary / secondary, dates)"],
    ),
    r(
        "fd",
        "{patient} new card, {payer} member id W990312744 group 5820, starts feb 1, old one ended jan 31",
        "insurance_on_file",
        {
            "patient": P,
            "payer": "{payer}",
            "member_id": "W990312744",
            "group": "5820",
            "from_date": "2030-02-01",
            "old_to": "2030-01-31",
        },
        "ar",
        [
            "Proposes ending the old plan Thu Jan 31, 2030 and adding {payer} (W990312744, group 5820) from Fri Feb 1, 2030, and asks a yes"
        ],
        ["Deletes the old plan", NOWRITE],
    ),
    r(
        "fd",
        "is {patient_first_lower}'s ins updated for the switch",
        "insurance_on_file",
        {"patient": P, "from_date": "2030-02-01"},
        "r",
        [
            "Says whether {patient}'s insurance on file has a plan effective Fri Feb 1, 2030 and whether the old one is ended"
        ],
    ),
    r(
        "fd",
        "do {patient_first} and {patient_b_first} have the same insurance",
        "insurance_on_file",
        {"patient": P, "patient_2": B},
        "",
        ["Gives each patient's insurance on file and says whether they match"],
    ),
    r(
        "fd",
        "whats the copay for {patient_first_lower} on the new plan",
        "insurance_on_file",
        {"patient": P, "from_date": "2030-02-01"},
        "r",
        [
            "Gives the copay on {patient}'s plan effective from Fri Feb 1, 2030 from the record, or says none is recorded"
        ],
        "Guesses a copay",
    ),
    r(
        "fd",
        "update his address to 14 elm st",
        "insurance_on_file",
        {"patient": "(missing)", "address": "14 elm st"},
        "q",
        ["Asks which patient"],
        NOWRITE,
    ),
    r(
        "fd",
        "{patient_first_lower} moved, new address 301 maple ave apt 2, same for {patient_b_first} shes her daughter",
        "insurance_on_file",
        {"patient": P, "patient_2": B, "address": "301 maple ave apt 2"},
        "a",
        [
            "Proposes updating the address of {patient} and of {patient_b} to 301 maple ave apt 2, naming both, and asks a yes"
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "who's primary for {patient}, medicare or the supplement",
        "insurance_on_file",
        {"patient": P},
        "",
        ["Gives the primary and secondary order of {patient}'s insurance on file"],
    ),
]
