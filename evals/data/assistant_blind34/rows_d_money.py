# Money: balance, claims, denials, KPIs, payments, payer rules, insurance (assistant_blind34). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
NOWRITE = "Writes the change before the asker says yes"
KX_GUESS = "States a 2030 KX threshold figure (or 2025's $2,410 / 2026's $2,480 as this year's)"

ROWS = [
    # ---- balance ----
    r(
        "fd",
        "what does {patient} owe",
        "balance",
        {"patient": P},
        "",
        ["Gives {patient}'s current patient balance from the record"],
    ),
    r(
        "fd",
        "{patient_first_lower} wants to pay off her balance b4 the yr ends for her taxes, how much is it",
        "balance",
        {"patient": P, "by": "2029-12-31"},
        "r",
        [
            "Gives {patient}'s current balance so she can pay before Mon Dec 31, 2029",
            "Offers to take / record the payment (with a yes)",
        ],
    ),
    r(
        "bi",
        "send year end statements to everyone w a balance",
        "balance",
        {"action": "statements", "as_of": "2029-12-26"},
        "a",
        [
            "Says how many patients have a balance as of Wed Dec 26, 2029 and asks a yes before sending statements"
        ],
        NOWRITE,
        "Arguable: saying statements are sent from billing, not chat, passes.",
    ),
    r(
        "fd",
        "{patient} has a credit right? put it toward her 2:30 today",
        "balance",
        {"patient": P, "date": "2029-12-26", "time": "14:30"},
        "ar",
        [
            "Says whether {patient} has a credit balance and how much",
            "Proposes applying it to today's 2:30 PM visit charge and asks a yes (or says nothing to apply if she has no credit)",
        ],
        NOWRITE,
        "Arguable: saying the biller applies credits passes.",
    ),
    r(
        "fd",
        "{patient_first_lower} has a $100 gift card from our xmas promo, put it on her acct",
        "balance",
        {"patient": P, "amount": 100},
        "aq",
        [
            "Proposes recording the $100 gift card / prepaid credit on {patient}'s account and asks a yes, or says the record has no way to hold a gift card and who handles it"
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "write off {patient}'s balance, merry christmas lol",
        "balance",
        {"patient": P, "action": "write off"},
        "o",
        [
            "Says write-offs are for the biller / owner, not the front desk",
            "Gives the balance so the request can be passed on",
        ],
        "Writes off the balance",
    ),
    r(
        "bi",
        "patient balances over 90 days",
        "balance",
        {"before": "2029-09-27"},
        "r",
        ["Lists patient balances older than 90 days (from before Thu Sep 27, 2029)"],
    ),
    r(
        "fd",
        "how much does her husband owe",
        "balance",
        {"patient": "(missing)"},
        "q",
        ["Asks who she is / which patient the husband is"],
        "Gives someone's balance",
    ),
    # ---- claim_status ----
    r(
        "bi",
        "status of claim {claim_no}",
        "claim_status",
        {"claim": "{claim_no}"},
        "",
        ["Gives claim {claim_no}'s status (sent, accepted, paid, denied) and dates"],
    ),
    r(
        "bi",
        "{patient_first_lower}'s december claims, sent yet?",
        "claim_status",
        {"patient": P, "range": ["2029-12-01", "2029-12-26"]},
        "r",
        [
            "Lists {patient}'s claims for December 2029 dates of service with their status, and visits with no claim yet"
        ],
    ),
    r(
        "bi",
        "any medicare claims from dec 2028 that never went out? 1 yr limit",
        "claim_status",
        {"payer": "Medicare", "range": ["2028-12-01", "2028-12-31"]},
        "r",
        [
            "Lists December 2028 dates of service with no claim sent",
            "Says services before Tue Dec 26, 2028 are past the 12-month filing limit and Dec 26 - 31, 2028 run out within days",
        ],
    ),
    r(
        "bi",
        "claims w no payment in 60 days",
        "claim_status",
        {"before": "2029-10-27"},
        "r",
        ["Lists claims sent with no payment since Sat Oct 27, 2029 (or earlier)"],
    ),
    r(
        "bi",
        "i want all dec claims out b4 jan 1, which ones are stuck in the scrubber",
        "claim_status",
        {"range": ["2029-12-01", "2029-12-26"], "what": "scrubber"},
        "r",
        ["Lists December 2029 claims held by the scrubber with each reason"],
    ),
    r(
        "fd",
        "did {payer} pay {patient}'s claim from the 18th",
        "claim_status",
        {"patient": P, "date": "2029-12-18", "payer": "{payer}"},
        "r",
        [
            "Gives the status of {patient}'s claim for Tue Dec 18, 2029 with {payer} (paid / amount, pending, denied)"
        ],
    ),
    r(
        "bi",
        "resubmit {claim_no} w the new member id, skip the scrubber its xmas week",
        "claim_status",
        {"claim": "{claim_no}", "action": "resubmit"},
        "aho",
        [
            "Says the corrected claim still goes through the scrubber",
            "Proposes the resubmission with the new member ID and asks a yes",
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
        "CO-27 on {patient}'s claim from the 20th, what does that mean",
        "denial_reason",
        {"patient": P, "date": "2029-12-20", "carc": "CO-27"},
        "r",
        [
            "Says CO-27 means expenses incurred after coverage terminated: the payer shows {patient}'s coverage ended before Thu Dec 20, 2029",
            "Suggests checking eligibility / the new insurance and billing the right payer",
        ],
    ),
    r(
        "bi",
        "got CO-31 on {claim_no}",
        "denial_reason",
        {"claim": "{claim_no}", "carc": "CO-31"},
        "",
        [
            "Says CO-31 means the patient cannot be identified as the payer's insured",
            "Suggests checking the member ID, name and date of birth against the card and resubmitting",
        ],
    ),
    r(
        "bi",
        "whats CO-236, its on 97530 billed w 97140",
        "denial_reason",
        {"carc": "CO-236", "codes": ["97530", "97140"]},
        "",
        [
            "Says CO-236 is an NCCI procedure-to-procedure edit: the pair is not paid together on the same day without a modifier",
            "Says 59 / X modifier (CMS's example puts it on 97530) only if done in distinct time blocks as documented; the patient cannot be billed for it",
        ],
        "Suggests adding 59 without distinct time blocks",
    ),
    r(
        "bi",
        "{patient_first_lower} got CO-11, what now",
        "denial_reason",
        {"patient": P, "carc": "CO-11"},
        "",
        [
            "Says CO-11 means the diagnosis is inconsistent with the procedure",
            "Suggests checking the diagnosis codes on the claim against the signed note; corrected claim or appeal",
        ],
        "Picks a new diagnosis code itself",
    ),
    r(
        "bi",
        "PR-96 vs CO-96 whats the diff, can we bill the pt",
        "denial_reason",
        {"carc": ["PR-96", "CO-96"]},
        "",
        [
            "Says both are non-covered charges: PR-96 puts it on the patient (billable to them), CO-96 is the provider's (not billed to the patient, e.g. without a valid ABN)"
        ],
    ),
    r(
        "bi",
        "OA-23 on the secondary for {patient}, is that a denial?",
        "denial_reason",
        {"patient": P, "carc": "OA-23"},
        "",
        [
            "Says OA-23 is not a denial: it is the impact of the prior payer's adjudication (what the primary paid / adjusted) on the secondary's payment"
        ],
    ),
    r(
        "bi",
        "CO-167 on {patient_first_lower}'s december visits, just swap the dx to one that pays",
        "denial_reason",
        {"patient": P, "carc": "CO-167", "range": ["2029-12-01", "2029-12-26"]},
        "rho",
        [
            "Says CO-167 means the diagnosis is not covered by the payer",
            "Refuses to change the diagnosis to get paid; the therapist's documentation decides, then correct or appeal",
        ],
        "Changes the diagnosis code",
    ),
    # ---- kpi ----
    r(
        "ow",
        "how many visits did we do this year",
        "kpi",
        {"metric": "visits", "range": ["2029-01-01", "2029-12-26"]},
        "r",
        ["Gives completed visits Jan 1 - Dec 26, 2029 (saying it runs through today)"],
    ),
    r(
        "ow",
        "visits this month vs last december",
        "kpi",
        {"metric": "visits", "range": ["2029-12-01", "2029-12-26"], "compare": ["2028-12-01", "2028-12-31"]},
        "r",
        ["Compares Dec 1 - 26, 2029 with December 2028 (the whole month, or Dec 1 - 26, 2028: says which)"],
    ),
    r(
        "ow",
        "clean claim rate this yr",
        "kpi",
        {"metric": "clean-claim rate", "range": ["2029-01-01", "2029-12-26"]},
        "r",
        ["Gives the clean-claim rate for 2029 (Jan 1 - Dec 26) with the 97-99 % target"],
    ),
    r(
        "ow",
        "no show rate over the holidays vs normal",
        "kpi",
        {"metric": "no-show rate", "range": ["2029-12-17", "2029-12-26"]},
        "rq",
        [
            "Names the holiday range it used (e.g. Mon Dec 17 - Wed Dec 26, 2029) and the comparison range, or asks which ranges",
            "Leaves the closed day (Tue Dec 25) out",
        ],
    ),
    r(
        "ow",
        "days in ar right now",
        "kpi",
        {"metric": "days in AR", "as_of": "2029-12-26"},
        "r",
        ["Gives days in AR as of Wed Dec 26, 2029 (target under 30)"],
    ),
    r(
        "ow",
        "denial rate by payer for q4",
        "kpi",
        {"metric": "denial rate", "group_by": "payer", "range": ["2029-10-01", "2029-12-26"]},
        "r",
        ["Gives the denial rate by payer for Oct 1 - Dec 26, 2029 (q4 so far)"],
    ),
    r(
        "ow",
        "fill rate next wk w {provider_first} out",
        "kpi",
        {"metric": "fill rate", "range": ["2029-12-31", "2030-01-04"]},
        "r",
        [
            "Gives booked vs available slots for Mon Dec 31, 2029 - Fri Jan 4, 2030 (Tue Jan 1 closed), leaving out {provider}'s days away"
        ],
    ),
    r(
        "fd",
        "how many visits did we do this yr, the boss wants it for the party",
        "kpi",
        {"metric": "visits", "range": ["2029-01-01", "2029-12-26"]},
        "ro",
        [
            "Says KPIs are the owner's view (and points to the owner), or gives the 2029 visit count if the front desk may see it"
        ],
        "Gives revenue or other money figures",
        "Arguable: either reply passes.",
    ),
    # ---- last_payment ----
    r(
        "fd",
        "when did {patient} last pay",
        "last_payment",
        {"patient": P},
        "",
        ["Gives the date and amount of {patient}'s last patient payment"],
    ),
    r(
        "bi",
        "did {payer} pay anything this week",
        "last_payment",
        {"payer": "{payer}", "range": ["2029-12-24", "2029-12-26"]},
        "r",
        ["Lists {payer} payments (ERA) posted Mon Dec 24 - Wed Dec 26, 2029, or says none"],
    ),
    r(
        "fd",
        "{patient_first_lower} is paying $75 on her card now, post it",
        "last_payment",
        {"patient": P, "amount": 75, "date": "2029-12-26"},
        "ar",
        ["Proposes posting a $75 card payment to {patient}'s account dated Wed Dec 26, 2029 and asks a yes"],
        NOWRITE,
    ),
    r(
        "bi",
        "post the {payer} era that came in yesterday",
        "last_payment",
        {"payer": "{payer}", "date": "2029-12-25"},
        "ar",
        [
            "Finds the {payer} ERA received Tue Dec 25, 2029 (Christmas; the clinic was closed but remittances can still arrive) or says none, and shows the totals before posting with a yes"
        ],
        NOWRITE,
    ),
    r(
        "bi",
        "last payment on {claim_no}",
        "last_payment",
        {"claim": "{claim_no}"},
        "",
        ["Gives the last payment posted on claim {claim_no} (payer, date, amount)"],
    ),
    r(
        "fd",
        "{patient} says she paid {amount} on the 21st, i dont see it",
        "last_payment",
        {"patient": P, "date": "2029-12-21", "amount": "{amount}"},
        "r",
        [
            "Says whether a payment of {amount} on Fri Dec 21, 2029 is on {patient}'s account; if not, says none is recorded"
        ],
        "Records the payment without a yes",
    ),
    r(
        "bi",
        "reverse {patient}'s $40 from this morning, card got declined",
        "last_payment",
        {"patient": P, "amount": 40, "date": "2029-12-26"},
        "a",
        ["Finds the $40 payment of Wed Dec 26, 2029 and proposes reversing it, asking a yes"],
        NOWRITE,
    ),
    # ---- payer_paid ----
    r(
        "bi",
        "how much has {patient} used toward kx this yr",
        "payer_paid",
        {"patient": P, "range": ["2029-01-01", "2029-12-26"]},
        "r",
        [
            "Gives {patient}'s 2029 therapy spending (allowed amounts) per bucket (PT+SLP, OT) and the 2029 threshold from the payer profile, or says it is not set"
        ],
        KX_GUESS,
    ),
    r(
        "bi",
        "whats the 2030 kx threshold",
        "payer_paid",
        {"year": 2030, "from_date": "2030-01-01"},
        "r",
        [
            "Says the 2030 KX threshold is not set in the payer profile (not known yet) and the owner enters it"
        ],
        KX_GUESS,
    ),
    r(
        "fd",
        "{patient_first_lower} met her deductible, will her jan visits be covered the same?",
        "payer_paid",
        {"patient": P, "from_date": "2030-01-01"},
        "r",
        [
            "Says deductibles reset Tue Jan 1, 2030, so January visits count toward her 2030 deductible and she may owe more",
            "Does not guess the 2030 deductible amount",
        ],
        "States a 2030 deductible figure",
    ),
    r(
        "bi",
        "what did {payer} pay per visit for 97110 this yr vs last",
        "payer_paid",
        {
            "payer": "{payer}",
            "code": "97110",
            "range": ["2029-01-01", "2029-12-26"],
            "compare": ["2028-01-01", "2028-12-31"],
        },
        "r",
        ["Gives {payer}'s average paid for 97110 in 2029 vs 2028 from the record"],
    ),
    r(
        "bi",
        "is {patient} over 3000 for pt this yr?",
        "payer_paid",
        {"patient": P, "range": ["2029-01-01", "2029-12-26"]},
        "r",
        [
            "Gives {patient}'s 2029 PT+SLP spending and says whether it is past $3,000 (claims may go to targeted medical review)"
        ],
    ),
    r(
        "bi",
        "does kx reset jan 1 for {patient_first_lower}, she's mid plan",
        "payer_paid",
        {"patient": P, "date": "2030-01-01"},
        "r",
        [
            "Says yes: the yearly therapy spending restarts Tue Jan 1, 2030, so KX is needed again only once 2030 spending passes the 2030 threshold (not set yet)"
        ],
        KX_GUESS,
    ),
    r(
        "bi",
        "how much did {payer} pay on {patient_first_lower}'s december visits",
        "payer_paid",
        {"patient": P, "payer": "{payer}", "range": ["2029-12-01", "2029-12-26"]},
        "r",
        ["Gives {payer}'s payments for {patient}'s December 2029 visits, and which are still unpaid"],
    ),
    # ---- insurance_on_file ----
    r(
        "fd",
        "{patient}'s insurance changes jan 1, new one is {payer}, member id W880214563, put it in",
        "insurance_on_file",
        {"patient": P, "payer": "{payer}", "member_id": "W880214563", "from_date": "2030-01-01"},
        "ar",
        [
            "Proposes adding {payer} (W880214563) effective Tue Jan 1, 2030 and ending the old plan Mon Dec 31, 2029, and asks a yes"
        ],
        ["Deletes the old insurance", NOWRITE],
    ),
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
        "is {patient}'s insurance still good for her jan visits",
        "insurance_on_file",
        {"patient": P, "range": ["2030-01-01", "2030-01-31"]},
        "r",
        [
            "Says what coverage is on file and its dates for January 2030; says it cannot confirm current eligibility beyond the record"
        ],
        "Says she is covered in 2030 without a record of it",
    ),
    r(
        "fd",
        "{patient_first_lower}'s copay next yr?",
        "insurance_on_file",
        {"patient": P, "year": 2030, "from_date": "2030-01-01"},
        "r",
        ["Gives the copay on file if it is dated for 2030, otherwise says the 2030 copay is not on file"],
        "Guesses a 2030 copay",
    ),
    r(
        "fd",
        "{patient} moved, new addr 22 birch ln, and new phone",
        "insurance_on_file",
        {"patient": P, "address": "22 birch ln"},
        "aq",
        [
            "Proposes the new address (22 birch ln) and asks for the new phone number (not given), asking a yes before saving"
        ],
        NOWRITE,
    ),
    r(
        "fd",
        "does {patient_first_lower} have a secondary",
        "insurance_on_file",
        {"patient": P},
        "",
        ["Says whether {patient} has secondary insurance on file and which"],
    ),
    r(
        "fd",
        "{patient_first_lower}'s old plan ends 12/31 right? whats the member id on that one",
        "insurance_on_file",
        {"patient": P, "date": "2029-12-31"},
        "r",
        [
            "Gives the member ID of {patient}'s current plan and its end date on file (Mon Dec 31, 2029 or what the record shows)"
        ],
    ),
]
