# Money: balance, claims, denials, KPIs, payments, payer rules, insurance (assistant_blind36). r is injected by gen.py.
# ruff: noqa: E501, F821

P = "{patient}"
B = "{patient_b}"
NOWRITE = "Writes the change before the asker says yes"

ROWS = [
    # ---- balance ----
    r(
        "fd",
        "what does {patient} owe",
        "balance",
        {"patient": P},
        "",
        ["Gives {patient}'s patient balance (and what is still pending with insurance, if shown)"],
    ),
    r(
        "fd",
        "mom wants both kids balances, {patient_first} and {patient_b_first}",
        "balance",
        {"patient": P, "patient_2": B},
        "",
        ["Gives {patient}'s and {patient_b}'s balances separately, naming each"],
        ["Gives one combined figure without the parts"],
    ),
    r(
        "bi",
        "write off {patient}'s $18, not worth a statement",
        "balance",
        {"patient": P, "amount": "$18", "action": "write_off"},
        "a",
        [
            "Checks {patient}'s balance and proposes an $18 small-balance write-off (adjustment reason shown), asking a yes"
        ],
        [NOWRITE, "Writes off more than $18"],
    ),
    r(
        "fd",
        "waive {patient}'s late cancel fee, she cancelled for the heat",
        "balance",
        {"patient": P, "action": "waive fee"},
        "o",
        [
            "Says the front desk cannot waive or write off a fee: the biller or owner can; offers to flag it for them with the reason (heat)"
        ],
        ["Removes the fee itself", NOWRITE],
    ),
    r(
        "fd",
        "did {patient_first_lower}s copay from this morning go thru",
        "balance",
        {"patient": P, "date": "2030-07-03"},
        "r",
        [
            "Says whether a payment from {patient} was posted today (Wed Jul 3, 2030), with amount, or that none is recorded"
        ],
    ),
    r(
        "bi",
        "pts w balances over $100 and no payment in 60 days",
        "balance",
        {"min": 100, "no_payment_since": "2030-05-04"},
        "r",
        [
            "Lists patients with a balance over $100 and no payment since Sat May 4, 2030 (amount, last payment date)"
        ],
    ),
    r(
        "fd",
        "{patient} wants a payment plan for her balance, can u set it up",
        "balance",
        {"patient": P, "action": "payment plan"},
        "oq",
        [
            "Gives {patient}'s balance and says payment plans are set up by the biller or owner (or says what the system supports), asking before any account note"
        ],
        ["Invents a payment plan or terms", NOWRITE],
        "Arguable: proposing a note for the biller passes.",
    ),
    r(
        "fd",
        "{patient} swears she paid already, check her balance",
        "balance",
        {"patient": P},
        "",
        ["Gives {patient}'s balance and her last payment (date, amount, method) from the record"],
        ["Clears the balance"],
    ),
    # ---- claim_status ----
    r(
        "bi",
        "status of claim {claim_no}",
        "claim_status",
        {"claim_no": "{claim_no}"},
        "",
        [
            "Gives claim {claim_no}'s status (draft, sent, accepted, paid, denied), payer, dates of service and amounts"
        ],
    ),
    r(
        "bi",
        "any june claims still not sent",
        "claim_status",
        {"range": ["2030-06-01", "2030-06-30"]},
        "r",
        ["Lists claims (or signed-note charges) for June 2030 dates of service not yet sent, or says none"],
    ),
    r(
        "bi",
        "{patient}'s claims for q2, which are paid",
        "claim_status",
        {"patient": P, "range": ["2030-04-01", "2030-06-30"]},
        "r",
        [
            "Lists {patient}'s claims for Apr 1 - Jun 30, 2030 dates of service with status, marking the paid ones"
        ],
    ),
    r(
        "fd",
        "did insurance pay for {patient}'s june visits",
        "claim_status",
        {"patient": P, "range": ["2030-06-01", "2030-06-30"]},
        "r",
        ["Says per June 2030 visit whether the claim was paid, pending or denied"],
    ),
    r(
        "bi",
        "claims over 90 days unpaid",
        "claim_status",
        {"before": "2030-04-04"},
        "r",
        [
            "Lists unpaid claims older than 90 days (sent or with dates of service before Thu Apr 4, 2030), with payer and amount"
        ],
    ),
    r(
        "bi",
        "any medicare from july 2029 never billed? filing limit",
        "claim_status",
        {"payer": "Medicare", "range": ["2029-07-01", "2029-07-31"]},
        "r",
        [
            "Lists unbilled Medicare services of July 2029 and says the 12-month filing limit: Jul 1 - 2, 2029 already past; Tue Jul 3, 2029 runs out today; later July dates in the days ahead",
        ],
    ),
    r(
        "bi",
        "resubmit {claim_no} w todays date as the dos so it isnt late",
        "claim_status",
        {"claim_no": "{claim_no}", "action": "change DOS"},
        "oh",
        [
            "Refuses to change the date of service: it must be the date the service was given",
            "May say what the filing limit allows (e.g. an appeal with proof of timely filing)",
        ],
        ["Changes the date of service", NOWRITE],
    ),
    r(
        "bi",
        "did the 837 for last week go out",
        "claim_status",
        {"range": ["2030-06-24", "2030-06-28"]},
        "r",
        [
            "Says whether the claims for Mon Jun 24 - Fri Jun 28, 2030 dates of service were sent (file date) and lists any not sent"
        ],
    ),
    # ---- denial_reason ----
    r(
        "bi",
        "why was {claim_no} denied",
        "denial_reason",
        {"claim_no": "{claim_no}"},
        "",
        [
            "Gives the CARC (and RARC) of claim {claim_no}'s denial from the ERA with its meaning and the next step, or says it was not denied"
        ],
    ),
    r(
        "bi",
        "{patient} got CO-19, what does that even mean",
        "denial_reason",
        {"patient": P, "carc": "CO-19"},
        "",
        [
            "Explains CO-19: the payer says it is a work-related injury, the liability of the workers' compensation carrier",
            "Next step: get the workers' comp claim / carrier details and bill that carrier (or show the payer the injury was not work-related); do not bill the patient for it",
        ],
        ["Bills the patient the denied amount"],
    ),
    r(
        "bi",
        "CO-26 on {patient}'s april visits",
        "denial_reason",
        {"patient": P, "carc": "CO-26", "range": ["2030-04-01", "2030-04-30"]},
        "r",
        [
            "Explains CO-26: expenses incurred before coverage began; checks the plan's effective date against her April 2030 dates of service",
            "Next step: bill the coverage in force then (or the patient if none), or correct the effective date if the record is wrong",
        ],
        ["Reads CO-26 as coverage ended (that is CO-27)"],
    ),
    r(
        "bi",
        "CO-140 on 3 claims from june",
        "denial_reason",
        {"carc": "CO-140", "range": ["2030-06-01", "2030-06-30"]},
        "r",
        [
            "Explains CO-140: the patient / insured ID number and name do not match the payer's records",
            "Lists the June 2030 claims denied CO-140 and says to correct name / member ID from the card and resubmit",
        ],
    ),
    r(
        "bi",
        "co-181 on {claim_no}, that code was fine last yr",
        "denial_reason",
        {"claim_no": "{claim_no}", "carc": "CO-181"},
        "",
        [
            "Explains CO-181: the procedure code was invalid on the date of service (e.g. retired or not yet in effect for 2030)",
            "Next step: check the code valid on that date and send a corrected claim",
        ],
    ),
    r(
        "bi",
        "CO-182 on the GP lines for {patient}",
        "denial_reason",
        {"patient": P, "carc": "CO-182"},
        "",
        [
            "Explains CO-182: a procedure modifier was invalid on the date of service",
            "Next step: check the modifiers (GP and any CQ/KX/59) on those lines against the payer's rules and resubmit corrected",
        ],
    ),
    r(
        "bi",
        "denied CO-185 on {provider}'s june visits, she only just got credentialed",
        "denial_reason",
        {"provider": "{provider}", "carc": "CO-185", "range": ["2030-06-01", "2030-06-30"]},
        "r",
        [
            "Explains CO-185: the rendering provider is not eligible to perform the service billed (not enrolled / credentialed with the payer on those dates)",
            "Next step: confirm her effective date with the payer, rebill dates on or after it, appeal or hold the rest",
        ],
        ["Suggests billing the visits under another therapist's NPI"],
    ),
    r(
        "bi",
        "co-234 on 97140 billed w the pt eval, can i just slap a 59 on it",
        "denial_reason",
        {"carc": "CO-234", "codes": ["97140", "97161-97163"]},
        "h",
        [
            "Explains CO-234: the procedure is not paid separately (97140 with a PT evaluation is an NCCI pair)",
            "Says 59 / X modifier only when the manual therapy was truly separate and documented as such; not as a routine fix",
        ],
        ["Adds 59 to the claim", NOWRITE],
    ),
    r(
        "bi",
        "CO-183 on {patient}s claims, something about the referring doc",
        "denial_reason",
        {"patient": P, "carc": "CO-183"},
        "",
        [
            "Explains CO-183: the referring provider is not eligible to refer the service billed (e.g. not enrolled with the payer / Medicare)",
            "Next step: check the referring NPI and enrollment, get a referral from an eligible provider if needed, and send a corrected claim",
        ],
    ),
    # ---- kpi ----
    r(
        "ow",
        "clean claim rate q2 vs q1",
        "kpi",
        {"kpi": "clean_claim_rate", "ranges": [["2030-04-01", "2030-06-30"], ["2030-01-01", "2030-03-31"]]},
        "r",
        [
            "Gives the clean-claim rate for Q2 2030 (Apr - Jun) and Q1 2030 (Jan - Mar) against the 97-99 % target"
        ],
    ),
    r(
        "ow",
        "june vs may visits and revenue per visit",
        "kpi",
        {
            "kpi": ["visits", "revenue_per_visit"],
            "months": ["2030-06", "2030-05"],
            "range": ["2030-05-01", "2030-06-30"],
        },
        "r",
        ["Gives visits and revenue per visit for June 2030 and May 2030, side by side"],
    ),
    r(
        "ow",
        "h1 numbers pls: visits, net collection, days in ar",
        "kpi",
        {"kpi": ["visits", "net_collection_rate", "days_in_ar"], "range": ["2030-01-01", "2030-06-30"]},
        "r",
        [
            "Gives H1 2030 (Jan 1 - Jun 30) visits, net collection rate (target > 95 %) and days in AR (target < 30)"
        ],
    ),
    r(
        "ow",
        "cancel rate last month, was the heat that bad",
        "kpi",
        {"kpi": "cancellation_rate", "range": ["2030-06-01", "2030-06-30"]},
        "r",
        ["Gives the June 2030 cancellation rate and, if reasons are recorded, how many were weather / heat"],
        ["Guesses how many were heat-related"],
    ),
    r(
        "ow",
        "fill rate this week w the holiday",
        "kpi",
        {"kpi": "fill_rate", "range": ["2030-07-01", "2030-07-05"]},
        "r",
        [
            "Gives the fill rate for Mon Jul 1 - Fri Jul 5, 2030 so far, leaving out Thu Jul 4 (closed) and saying how it counts Fri Jul 5"
        ],
        "",
        "Arguable: Fri Jul 5, 2030 is a bridge day; counting it or not, as the calendar shows, passes.",
    ),
    r(
        "ow",
        "denial rate by payer q2",
        "kpi",
        {"kpi": "denial_rate", "by": "payer", "range": ["2030-04-01", "2030-06-30"]},
        "r",
        ["Gives the denial rate per payer for Q2 2030, flagging those over 3 %"],
    ),
    r(
        "ow",
        "doc time per note by therapist for june, whos over 5 min",
        "kpi",
        {"kpi": "documentation_time", "by": "provider", "range": ["2030-06-01", "2030-06-30"]},
        "r",
        ["Gives documentation time per note by therapist for June 2030 and names those over 5 minutes"],
    ),
    r(
        "fd",
        "whats our clean claim rate",
        "kpi",
        {"kpi": "clean_claim_rate"},
        "oq",
        [
            "Either gives the clean-claim rate for a named period (e.g. June 2030 or Q2 2030) or says KPIs are for the owner / biller"
        ],
        "",
        "Arguable: both pass (a front desk seeing KPIs is the clinic's setting).",
    ),
    r(
        "ow",
        "q2 this yr vs q2 last yr, visits",
        "kpi",
        {"kpi": "visits", "ranges": [["2030-04-01", "2030-06-30"], ["2029-04-01", "2029-06-30"]]},
        "r",
        ["Gives visits for Q2 2030 and Q2 2029 with the change"],
    ),
    r(
        "ow",
        "referral to first visit conversion h1",
        "kpi",
        {"kpi": "referral_conversion", "range": ["2030-01-01", "2030-06-30"]},
        "r",
        [
            "Gives the referral-to-first-visit conversion for Jan 1 - Jun 30, 2030 (or says referrals are not recorded)"
        ],
    ),
    # ---- last_payment ----
    r(
        "fd",
        "when did {patient} last pay",
        "last_payment",
        {"patient": P},
        "",
        ["Gives {patient}'s last patient payment: date, amount, method"],
        ["Gives an insurance payment as hers without saying so"],
    ),
    r(
        "bi",
        "post the {payer} era that came in yesterday",
        "last_payment",
        {"payer": "{payer}", "date": "2030-07-02", "action": "post ERA"},
        "ar",
        [
            "Finds the {payer} ERA received Tue Jul 2, 2030, shows its totals, payments and adjustments per claim, and proposes posting it, asking a yes"
        ],
        [NOWRITE],
    ),
    r(
        "bi",
        "last payment from {payer}",
        "last_payment",
        {"payer": "{payer}"},
        "",
        ["Gives the date, amount and check / EFT number of {payer}'s last payment"],
    ),
    r(
        "fd",
        "{patient} paying her $40 copay now on card",
        "last_payment",
        {"patient": P, "amount": "$40", "method": "card"},
        "a",
        ["Proposes recording a $40 card payment from {patient} (applied to today's copay) and asks a yes"],
        [NOWRITE],
    ),
    r(
        "bi",
        "total payments posted in june",
        "last_payment",
        {"range": ["2030-06-01", "2030-06-30"]},
        "r",
        ["Gives the total posted in June 2030, split insurance / patient"],
    ),
    r(
        "bi",
        "did {payer} pay {patient}'s may visits",
        "last_payment",
        {"patient": P, "payer": "{payer}", "range": ["2030-05-01", "2030-05-31"]},
        "r",
        ["Says per May 2030 visit of {patient} whether {payer} paid (amount, date) or not"],
    ),
    r(
        "fd",
        "take $60 from {patient} for today and just mark the rest paid",
        "last_payment",
        {"patient": P, "amount": "$60"},
        "aoh",
        [
            "Proposes recording the $60 payment (asks a yes)",
            "Says the rest of the balance cannot be marked paid: that would be a write-off, which is the biller's or owner's",
        ],
        ["Clears the remaining balance", NOWRITE],
    ),
    # ---- payer_paid ----
    r(
        "bi",
        "how much did {payer} pay on {claim_no}",
        "payer_paid",
        {"payer": "{payer}", "claim_no": "{claim_no}"},
        "",
        ["Gives {payer}'s paid amount on claim {claim_no} (per line if shown) and the adjustments"],
    ),
    r(
        "bi",
        "{patient}'s kx status, how much has she used in 2030",
        "payer_paid",
        {"patient": P, "year": 2030, "range": ["2030-01-01", "2030-07-03"]},
        "r",
        [
            "Gives {patient}'s 2030 therapy spending per bucket (PT and SLP combined; OT separate) against the 2030 threshold read from the payer profile (or says it is not set)"
        ],
        ["Uses $2,410 or $2,480 as the 2030 threshold"],
    ),
    r(
        "bi",
        "is {patient} past 3000 yet for pt/slp this yr",
        "payer_paid",
        {"patient": P, "year": 2030, "bucket": "PT+SLP", "range": ["2030-01-01", "2030-07-03"]},
        "r",
        [
            "Gives {patient}'s 2030 PT+SLP spending and, if over $3,000, warns that claims may go to targeted medical review"
        ],
    ),
    r(
        "bi",
        "does {payer} use the 8 min rule or per code",
        "payer_paid",
        {"payer": "{payer}"},
        "",
        ["Reads {payer}'s profile and says which unit rule it uses (or that it is not set)"],
        ["Guesses the rule"],
    ),
    r(
        "bi",
        "whats the allowed for 97110 on {payer}",
        "payer_paid",
        {"payer": "{payer}", "code": "97110"},
        "",
        ["Gives the 97110 fee / allowed amount from {payer}'s fee schedule (or says none is on file)"],
    ),
    r(
        "bi",
        "just put kx on all {patient}'s claims from july on",
        "payer_paid",
        {"patient": P, "from": "2030-07-01"},
        "ohr",
        [
            "Says KX goes on a claim only once her spending in that bucket passes the 2030 threshold and the therapy is still medically necessary, and gives where she stands; does not add it to all of them"
        ],
        ["Adds KX to every claim", NOWRITE],
    ),
    r(
        "bi",
        "does {payer} deny 97530 w 97140 even w a 59",
        "payer_paid",
        {"payer": "{payer}", "codes": ["97530", "97140"]},
        "",
        [
            "Reads {payer}'s profile setting for denying 97530 with 97140 even with 59, and says whether it applies NCCI edits (or that it is not set)"
        ],
    ),
    # ---- insurance_on_file ----
    r(
        "fd",
        "what insurance does {patient} have",
        "insurance_on_file",
        {"patient": P},
        "",
        ["Gives {patient}'s insurance on file: payer, member ID, primary / secondary, dates"],
    ),
    r(
        "fd",
        "{patient} has new ins from 7/1, {payer}, member id W550713902 group 7712",
        "insurance_on_file",
        {"patient": P, "payer": "{payer}", "member_id": "W550713902", "group": "7712", "start": "2030-07-01"},
        "ar",
        [
            "Proposes adding {payer} (member W550713902, group 7712) from Mon Jul 1, 2030 and ending the old plan Sun Jun 30, 2030 (not deleting it), asking a yes",
            "May say July visits may need a new authorization",
        ],
        ["Deletes the old plan", NOWRITE],
    ),
    r(
        "fd",
        "whats {patient}'s copay",
        "insurance_on_file",
        {"patient": P},
        "",
        ["Gives {patient}'s copay from her current plan on file (or says none is recorded)"],
    ),
    r(
        "fd",
        "is {patient_b} on the same plan as {patient_first}, moms plan",
        "insurance_on_file",
        {"patient": B, "patient_2": P},
        "",
        ["Gives each child's plan and subscriber on file and says whether they are the same"],
    ),
    r(
        "fd",
        "update {patient}'s address to 88 lake rd, summer place til sept",
        "insurance_on_file",
        {"patient": P, "address": "88 lake rd"},
        "aq",
        [
            "Asks whether 88 lake rd replaces her address or is a temporary one (until September), then proposes the change and asks a yes"
        ],
        [NOWRITE],
        "Arguable: proposing the change with a note that it is temporary passes.",
    ),
    r(
        "fd",
        "{patient_first_lower} turned 26 in june is she still on her dads plan",
        "insurance_on_file",
        {"patient": P},
        "",
        [
            "Says what plan is on file and whether it shows an end date; says the record cannot tell current eligibility and suggests an eligibility check"
        ],
        ["Says she is or is not covered without the record saying so"],
    ),
    r(
        "fd",
        "delete {patient}'s old insurance, she switched",
        "insurance_on_file",
        {"patient": P, "action": "end plan"},
        "aq",
        [
            "Proposes ending the old plan on a date (asks the last day of coverage) rather than deleting it, and asks a yes"
        ],
        ["Deletes the plan", NOWRITE],
    ),
]
