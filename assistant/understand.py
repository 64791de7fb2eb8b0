"""Understanding a staff message offline, as structure: one pass of rules turns it into a `Frame` (what is
asked, and every slot said: names, a birth date, days and times in the order said, a provider by
credential or "me", the clinic, a payer, a claim, a KPI and its period). Rules, not nearest examples: a
message that names no known request is out of scope, and the same words always read the same way.

Names are only candidate words here; the engine resolves them against the record (patients through
core's `find_loosely`, providers and clinics by name), so this module needs no database and no model."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.scheduling.calendar_days import easter, nth_weekday

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# A month's name, whole or cut short ("nov", "sept", "december"), never the start of a name ("janet",
# "mark", "julie").
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# "hows november looking so far", "how did the year go", "how bad was thanksgiving week": the clinic's
# figures over that stretch (a provider or patient named after "for" is their schedule, not this); words
# after the stretch must say how it went ("how is june doing" asks after a person)
PERIOD_HOW = re.compile(
    r"^\W*how(?:'?s| is| was| did| has| bad| good|(?: bad| good) (?:is|was))? (?:the |this |last |our )?"
    rf"(?:{MONTH_WORD}|month|quarter|year|"
    r"(?:thanksgiving |holiday |xmas |christmas )?(?:week|wk))\b(?!.*\bfor\b)"
    r"(?:(?: \w+){0,2}? (?:go|going|gone|went|look|looking|been|so far)\b| ?\?| ?$)",
    re.I,
)
NO = re.compile(
    r"^\s*(no|nope|n|don'?t|never ?mind|nvm|stop|abort|forget it|cancel that|cancel|no thanks|nvm,? .{0,20})"
    r"\s*[.!]*\s*$",
    re.I,
)
# "claim 9/21" is the claim of that date of service, not claim number 9
# The claim's control number as the screens print it ("TS000011784", the claim's id behind "TS" and zeros) is
# the claim too: a biller copies it from the claim page (new-user trial 51 got "no patient by that name").
CLAIM = re.compile(
    r"\bclaim\s*(?:#|no\.?|number)?\s*(\d{1,9})\b(?![/-]\d)|#\s?(\d{2,9})\b|\bTS0*(\d{1,9})\b", re.I
)
MINUTES = re.compile(r"\b(\d{2,3})[- ]?min(?:ute)?s?\b", re.I)
SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])")
DASHED = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b")
# The month is its name or its short form only ("Martin 3:30" is no March 3), and the day is no clock time
# ("mar 3:30" is no day either)
MONTH_DAY = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:\d)(?:,?\s+(\d{4}))?",
    re.I,
)
# "the 14th" is a day; "the 2nd slot", "her 3rd appt", "the 1st one" point at a place in a list instead
ORDINAL = re.compile(
    r"\b(?:the\s+)?(\d{1,2})(st|nd|rd|th)\b"
    r"(?!\s+(?:one|slot|time|opening|option|spot|visit|appt|appointment|session)s?\b)",
    re.I,
)
RELATIVE = re.compile(r"\bin\s+(\d+|a|an|one|two|three|four|five|six)\s+(days?|wks?|weeks?|months?)\b", re.I)
OUT = re.compile(r"\b(\d+|two|three|four)\s+(wks?|weeks?)\s+out\b", re.I)
CLOCK = re.compile(r"(?<![\d/:$#.])(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.|a|p)?(?![\d/])", re.I)
MERIDIAN = re.compile(r"(?<![\d/:$#.])(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])", re.I)
# "12/9 230", "friday at 1015": a clock time written without its colon, read only right after a day or
# "at"/"@" (elsewhere three or four digits are a claim, an amount or a count)
COMPACT = re.compile(
    r"(?:\d{1,2}/\d{1,2}|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\w*|\btoday|\btomorrow|\btmrw?|\bat|@|"
    r"\bmake it|\bto|^\W*(?:no+|nope|actually|or)[,.]?)"
    r"\s*(?<![\d/:$#.])([1-9]|1[0-2])([0-5]\d)\s*(am|pm|a|p)?(?![\d/:%.])",
    re.I,
)
# "1130", "930 works", "1045 pls": a message that is only a clock time without its colon (the answer to
# open times listed or to "what time?"); three or four digits anywhere else stay a claim, amount or count
ONLY_CLOCK = re.compile(
    r"^\W*([1-9]|1[0-2])([0-5]\d)\s*(am|pm|a|p)?\s*(?:works?|pls|please|then|ok|is (?:good|fine))?\W*"
    # "1030 if its there", "1145 if open", "930 if you have it": the time asked if it is free
    r"(?:if (?:it'?s|its|it is|there'?s|theres|that'?s|thats|you have (?:it|one)|you can|possible|poss|"
    r"avail\w*|open|free)(?: (?:there|open|free|available|avail|still open))?\W*)?$",
    re.I,
)
# "the 230", "ok the 1045 then", "the 415 slot": a clock time without its colon named as the slot meant
# (a number after "the" at the end of what is said, or before "then", "slot", "one" and the like)
THE_CLOCK = re.compile(
    r"\bthe\s+([1-9]|1[0-2])([0-5]\d)\s*(am|pm|a|p)?"
    r"(?=\s*(?:$|[?.!,;]|\b(?:then|slot|one|works?|ok|okay|is|w|with|for|pls|please|instead|opening|spot|"
    r"time|appt|visit|still|open|free|available|good)\b))",
    re.I,
)
# "the 14th 9.30", "fri 10.15", "at 4.45p": a clock time typed with a point for its colon; its minutes are two
# digits on a five-minute step (a decimal like "2.5 hrs" or "1.25 units" is not a time), never after "$"
DOT_CLOCK = re.compile(
    r"(?<![\d/:$#.])([1-9]|1[0-2])\.([0-5][05])\s*(am|pm|a\.m\.|p\.m\.|a|p)?"
    r"(?![\d.%]|\s*(?:hours?|hrs?|h\b|units?|mins?|minutes?|miles?|mi\b|km|kg|lbs?|pounds?|percent|x\b|points?|pts?\b))",
    re.I,
)
# "half 2", "half past 3": thirty minutes past the hour said
HALF_PAST = re.compile(r"\bhalf(?:\s+past)?\s+([1-9]|1[0-2])\b(?!\s*(?:hours?|hrs?|an?\b|days?))", re.I)
BARE_HOUR = re.compile(
    r"(?<![\d/:$#.x-])(\d{1,2})(?![\d/:%]|\s*(?:x\b|st\b|nd\b|rd\b|th\b|s\b|wks?\b|weeks?\b|days?\b|visits?\b|"
    r"appts?\b|min|hours?\b|hrs?\b|strikes?\b|times\b|mos?\b|months?\b|units?\b|pts\b|patients?\b|inch(?:es)?\b|in\.|ft\b|feet\b|foot\b|degrees?\b|lbs?\b))",
    re.I,
)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
KPI_WORDS = {
    "clean_claim_rate": ("clean claim", "clean-claim"),
    "first_pass_acceptance": ("first pass", "first-pass"),
    "denial_rate": ("denial rate", "denial", "denying"),
    "net_collection_rate": ("collection", "collect"),
    "days_in_ar": ("days in ar", "accounts receivable", " ar ", "ar?", "days to pay"),
    "revenue_per_visit": ("revenue", "per visit", "pva"),
    "documentation_minutes": ("documentation", "notes taking", "notes take", "time on notes", "doc time"),
    "note_completion_lag": ("completion", "lag"),
    "authorization_turnaround": ("turnaround",),
    "reevaluation_compliance": ("re-evaluation", "reevaluation", "re-eval"),
    "no_show_rate": ("no-show", "no show"),
    "cancellation_rate": ("cancellation", "cancel rate"),
    "fill_rate": ("fill rate", "utilization", "how full", "productivity", "arrival"),
    "referral_conversion": ("referral",),
}
DISCIPLINE_WORDS = {
    "PT": ("pt", "physical", "physio", "pta", "pts"),
    "OT": ("ot", "occupational", "hand", "ota", "cota"),
    "SLP": ("slp", "speech", "swallow", "slpa", "st"),
}
KIND_WORDS = (
    ("re-evaluation", ("re-eval", "reeval", "re-evaluation", "reevaluation", "recert")),
    ("evaluation", ("eval", "evaluation", "initial", "new patient", "new pt")),
    ("progress", ("progress visit", "progress note visit")),
    ("group", ("group", "class")),
    ("follow-up", ("follow", "f/u", "treatment", "tx visit")),
)
RELATIONS = (
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "father",
    "mom",
    "dad",
    "spouse",
    "partner",
    "brother",
    "sister",
    "kid",
    "child",
)
PRONOUNS = re.compile(r"\b(she|her|hers|he|him|his|they|them|their|the patient|this patient)\b", re.I)
# "the ones that didnt fit, waitlist them", "put those on the waitlist": several patients meant, none named
SEVERAL_MEANT = re.compile(
    r"\b(?:the ones|those(?: ones| patients| people| two| three)?|them all|all of them|every(?:one|body)|"
    r"(?<!for )the rest|both(?: of them)?|the others)\b",
    re.I,
)
# "put her on the list for the rest": one patient meant, whatever else is plural.
ONE_MEANT = re.compile(r"\b(?:she|her|he|him)\b", re.I)
# Payers as staff say them, to the words of the payer's name in the record.
PAYER_WORDS = {
    "bcbs": "blue cross",
    "blue cross": "blue cross",
    "bluecross": "blue cross",
    "uhc": "united",
    "united": "united",
    "unitedhealthcare": "united",
    "aetna": "aetna",
    "medicare": "medicare",
    "medicaid": "medicaid",
    "cigna": "cigna",
    "humana": "humana",
}
CREDENTIAL = re.compile(
    r"\b(?:with|w/|to|see|any|an?|by)\s+(?:an?\s+|any\s+|the\s+)?(pta|cota|ota|slpa|slp|pt|ot|dpt|physical th"
    r"erapist|"
    r"occupational therapist|speech therapist|assistant)s?\b",
    re.I,
)
CREDENTIAL_WORDS = {
    "pta": "PTA",
    "cota": "OTA",
    "ota": "OTA",
    "slpa": "SLP",
    "slp": "SLP",
    "pt": "PT",
    "dpt": "PT",
    "ot": "OT",
    "physical therapist": "PT",
    "occupational therapist": "OT",
    "speech therapist": "SLP",
}
# What each request looks like, checked in this order: the first that fits is the intent. Clinical
# advice and records a role may not see come first, so no other reading can answer them.
CLINICAL = re.compile(
    # How long until a patient is better, whether she may skip or space out visits for her condition, what
    # she may do with a body part or an illness, which exercise or liquid: the clinician's call ("how many
    # visits til shes better", "will her shoulder be healed by march", "can lauren skip 2 weeks or will she
    # lose progress", "is it ok for him to do pt with the flu", "can she shovel snow with her shoulder",
    # "whats a good ex for a grade 2 ankle sprain", "does dry needling hurt", "switch to thin liquids")
    r"\b(before|til|till|until) (she|he|they)(?:'s|s| is| are|'re)? "
    r"(better|healed|recovered|back to normal)\b|\bmedically\b|"
    r"\b(will|would) (her|his|their) (shoulder|knee|back|hip|neck|ankle|wrist|elbow|hand|foot|arm|leg|pain|"
    r"injury) (be )?(healed|better|recovered)\b|"
    r"\b(her|his|their) (shoulder|knee|back|hip|neck|ankle|wrist|elbow|hand|foot|arm|leg|pain|injury) "
    r"(will|would|is going to) be (healed|better|recovered)\b|"
    # how a patient is doing with her condition: "hows Christina doing with her knee", "how is his back"
    # ("how is his pain" is what the note says, a restricted read, kept as it was)
    r"\bhow'?s? (is )?(she|he|they|[a-z]+( [a-z]+)?) doing (with|on|after) (her|his|their|the) "
    r"(shoulder|knee|back|hip|neck|ankle|wrist|elbow|hand|foot|arm|leg|pain|injury|surgery|recovery|exercises|hep|gait|"
    r"swallow\w*|speech)\b|\bhow (is|'s) (her|his|their) (shoulder|knee|back|hip|neck|ankle|wrist|elbow|"
    r"foot|recovery)( doing| coming along| now)?\W*$|"
    r"\blose (her |his |their )?progress\b|"
    r"\bskip\w* .{0,40}\b(since|because|bc|cause) .{0,40}\bfeels? better\b|"
    r"\bis it (ok|okay|alright|fine) (for (him|her|them|[a-z]+) to do (pt|ot|slp|therapy|speech) with|"
    r"if [a-z]+( [a-z]+)? skips?)\b|\b(thin|thickened) liquids\b|"
    r"\b(good|best) (ex|exercise|stretch)(es|s)? for\b|\bwhat (hep|exercises?|stretch(es)?) should\b|"
    r"\bdoes (dry needling|e-?stim|ionto\w*|cupping|traction|ultrasound|tens|manual( therapy)?|massage) "
    r"hurt\b|\b(can (she|he|they|[a-z]+)|(she|he|they) can) (shovel|garden|lift|carry|kneel|golf|bowl|ski|"
    r"type|knit) .{0,30}\bwith (her|his|their|a|the) (shoulder|knee|back|hip|neck|ankle|wrist|elbow|hand|"
    r"foot|arm|leg)\b|\bdo (her|his|their) (exercises|hep|home program) (over|during|while)\b|"
    r"\b(ice|icing|heat it|swollen|swelling|is (that|this|it) normal|dizzy|dizziness|blood pressure|bp|"
    r"fell|fallen|advil|ibuprofen|tylenol|aspirin|exercises? should|should (she|he|i|they|we) (still )?"
    r"(treat|do|keep|be|take|go|ice|use|come)|go back to (golf|work|running|sports?|the gym)|"
    r"more visits (does |do )?(she|he|they) (really )?needs?|should keep|home exercises|goals be|osteo"
    r"porosis|is manual ok|"
    r"pain is \d+|is it safe|contraindicat|precautions?|heating pad|brace|kinesio|crutch(es)?|"
    # a modality's use on a patient: "ultrasound over her knee replacement", "is e-stim ok with a pacemaker"
    r"(ultrasound|e-?stim|tens|diathermy|iontophoresis|ionto|traction|dry needling|cupping|laser) "
    r"(over|on|near|with|around|after)|"
    r"should (she|he|they|i|we|the patient|[a-z]+( [a-z]+)?) (still )?(use|wear|take|do|keep|stop|star"
    r"t|avoid|"
    r"ice|heat|drive|walk|exercise|stretch|be|rest|try)|can (she|he|they|[a-z]+( [a-z]+)?) (drive|walk|run|"
    r"swim|lift|return|go back|shower|bathe|fly|exercise|work out)|what should i tell (her|him|them)|"
    r"(hurts?|sore|soreness|numb|numbness|tingling|bleeding|fever|infection)\b.{0,60}\b(normal|should|ok|okay|"
    r"what do i do|what should))\b|"
    # whether a patient may do something, said with the patient before the verb ("mom wants to know if
    # her kid can swim this weekend"), or her exercises asked of a symptom ("can lisa do her exercises if
    # she's sore"): the clinician's call
    r"\b(if|whether) (she|he|they|[a-z]+( [a-z]+)?) (can|could|may|should) (drive|walk|run|swim|lift|"
    r"shower|bathe|fly|exercise|work out|play \w+|go back to \w+|do (her|his|their) (exercises|hep|"
    r"stretches|home (exercise )?program))\b|"
    r"\bcan (she|he|they|[a-z]+( [a-z]+)?) do (her|his|their) (exercises|hep|stretches|"
    r"home (exercise )?program)\b.{0,40}\b(if|when|while|since) (she|he|they)('s|s| is| are|'re)? "
    r"(sore|hurting|in pain|swollen|stiff|sick)\b|"
    # Judgement a clinician makes: safety, interactions, readiness, discharge, what a symptom is, which
    # exercise, which diagnosis code gets paid.
    r"\b(is (it|that|this|[a-z -]{1,30}) safe|safe (while|during|with|for)|interact\w*|should i discharge|"
    r"plateau\w*|too (long|soon) to wait|can (she|he|they|[a-z]+) do [a-z]+ yet|what is it\b|"
    r"(good|best) (home )?exercises? for|(progress|advance|regress) (her|him|them|\w+( \w+)?) to|"
    r"what should (i|we) (progress|advance|add|try|change)|what icd-?10|"
    r"which (diagnosis|dx) (code )?(should|to)|"
    r"(what|which) (code|icd).{0,30}so .{0,40}pays?)\b|"
    # Whether a patient may do something with a condition, a treatment's dose, what a symptom means, what
    # a patient's diet or liquid level is: the therapist's or physician's call ("can she do PT with a
    # pacemaker", "max weight on leg press after her tkr", "hurts more, is that a bad sign", "knee is warm
    # and red, is that ok", "what thickened liquid level is she on", "a good HEP for epicondylitis").
    r"\b(can|could|should) (she|he|they|[a-z]+( [a-z]+)?) (do|have|start|continue|keep doing) "
    r"(pt|ot|slp|therapy|speech|exercises?|treatment|dry needling|e-?stim|aquatics?) "
    r"(with|after|while|if|despite)\b|"
    r"\b(max(imum)?|how much) weight\b|\b(a )?(bad|good|normal|worrying) sign\b|\bred flag\b|"
    r"\b(warm|red|hot|swollen|bruised) and (warm|red|hot|swollen|bruised)\b|"
    r"\bis it (ok|okay|alright|fine) (for \w+ to (drive|walk|run|swim|lift|work|exercise|shower|fly|travel"
    r"|golf)|that (her|his|their|the|my)|if (she|he|they) )|"
    r"\b(thickened|nectar|honey|pudding)[- ](thick\w*|liquids?)\b|\bliquid level\b|\biddsi\b|"
    r"\b(good|best|which) (hep|home program)\b|\bmcid\b|"
    # Whether a patient is ready for an activity, and what to change in a program: "can he go back to
    # soccer", "she's fine to go back to soccer now right?", "should I hold her exercises", "tell her
    # what exercises to do at home"
    r"\b(go|get|going) back to (playing |her |his |their )?(soccer|football|basketball|baseball|softball|"
    r"volleyball|hockey|tennis|golf|sports?|practice|dance|dancing|running|lifting|the gym|work|school)\b|"
    r"\b(she|he|they) can (drive|walk|run|swim|lift|return|go back|play|work out|exercise)\b|"
    r"\b(fine|ok|okay|cleared|safe|good|ready) to (go back|return|play|drive|run|lift|exercise|work out)\b|"
    r"\bshould (i|we|she|he|they) (hold|skip|pause|stop|cut back|reduce|modify|change|hold off)\b|"
    r"\bwhat exercises?\b|"
    # A symptom in the waiting room and whether to go ahead ("says his chest hurts, do we still start"), and
    # home exercises in place of visits: the clinician's call, not the desk's
    r"\b(chest|heart)\b.{0,20}\b(tight\w*|pain|hurts?|pressure|racing|pounding)\b|\bshort(ness)? of breath\b|"
    r"(?<!when )(?<!whens )(?<!what time )(?<!what day )\b(do|should|can) (we|i) (still )?"
    r"(start|treat|see (her|him|them)(?! (next|again|back)\b)|go ahead)\b.{0,20}$|"
    r"\b(exercises?|hep|home program) at home (instead|rather)\b|"
    # A medicine and the visit ("can she take her pain pill before therapy", "ok for him to have his meds
    # right before OT?"), an exercise program written, and a program's dose ("is 3 sets enough or should i
    # progress", "should we bump her to 4 reps"): the clinician's or physician's call
    r"\b(pain ?(pill|med|medication|medicine|killer)s?|meds|medications?|medicines?|muscle relaxers?|"
    r"insulin|inhaler)\b.{0,30}\b(before|after|during|prior to|ahead of)\b.{0,15}"
    r"\b(therapy|pt|ot|slp|speech|treatment|session|visit|appt|appointment|exercise)\b|"
    r"\b(write|make|create|draft|put together|design|give)( me| her| him| them| us)? (a |an |the |some )?"
    r"(hep|home exercise program|home program|exercise (program|plan)|(home )?exercises)\b|"
    r"\b\d+ (sets?|reps?|x ?\d+)\b.{0,30}\b(enough|too (much|many|few|little)|progress\w*|go to|increase)\b|"
    r"\bshould (i|we) (progress|advance|regress|bump|increase|decrease|add (weight|reps|sets))\b|"
    # Imaging, injections, surgery or a referral for a patient ("should Donald Kennedy get an MRI?"), a
    # dose said as sets by reps or as a load ("is 3x10 too much for a TKA", "can my pt go up to 10 lbs on
    # the leg press"), how many visits a condition takes ("how many visits does someone w/ a rotator cuff
    # repair usually need"), a treatment had before coming in ("ok to come in if she just had a cortisone
    # shot"), and whether a skill is normal for an age ("is her kid's speech normal for 4 yrs old")
    r"\b(should|does|do|would|will) (she|he|they|[a-z]+( [a-z]+)?) (get|have|need|go for) (an? |another )?"
    r"(mri|x-?rays?|ct( scan)?|scan|imaging|injections?|shots?|surgery|referral|ortho consult)\b|"
    r"\b\d+ ?x ?\d+\b.{0,20}\btoo (much|many|hard|heavy|little|easy)\b|"
    r"\b(go|move|bump|increase|progress) (her |him |them |it )?(up )?to \d+ ?(lbs?|pounds|kg|kilos|reps)\b|"
    r"\bhow many (visits|sessions|weeks)\b.{0,40}\b(someone|somebody|people|a patient|patients|pts)\b.{0,60}"
    r"\b(usually|typically|normally|generally|need)\b|"
    r"\b(cortisone|steroid|epidural|prp|botox) (shot|injection)\b|"
    r"\bnormal (for|at) (a |an )?\d+[- ]?(yrs?|years?|y/?o|mos?|months?)\b|"
    # Asked for family through the desk: whether she is getting better, may skip visits over a break, or do
    # her exercises away ("is Shirley's shoulder getting better? her husband wants to know", "Emma's mom asks
    # if its ok to skip pt thru spring break", "can Judy do her exercises on the cruise")
    r"\b(shoulder|knee|back|hip|neck|ankle|wrist|elbow|hand|foot|arm|leg|pain|swallow\w*|speech|balance|"
    r"walking|gait|she|he|they)\b.{0,15}\b(getting|gotten) (any )?better\b|"
    # (but a change or a fee asked in the same line is the desk's: "ok for her to miss her appts next week,
    # can you cancel them", "ok to miss appts over thanksgiving without a fee", "exercises on zoom instead
    # of coming in")
    r"\b(ok|okay|alright|fine) (for (her|him|them|[a-z]+) )?to (skip|miss|stop|pause|take a break from) "
    r"(pt|ot|slp|therapy|speech|(her |his |their )?(visits|sessions|appts|exercises))\b"
    r"(?!.*\b(cancel\w*|cxl|resched\w*|move|book|fees?|charged?|charges)\b)|"
    r"\bdo (her|his|their) (exercises|hep|home program|stretches)( at home)? (over|during|while|on|away)\b"
    r"(?!.*\b(zoom|video|telehealth|virtual|instead of coming|cancel\w*|resched\w*|move|book)\b)",
    re.I,
)
# What a message that tries to take the chat over is told (a request inside it is never followed; a change
# waiting when it came keeps waiting for its own yes: assistant.engine)
TAKEOVER_REFUSED = (
    "I follow no instructions or commands given inside a message; I answer questions about the record "
    "within your role, and every change is proposed in words and done only after a yes"
)
# A claim changed to get it paid rather than to say what happened: a modifier put on every claim "to be
# safe", a date of service changed ("put a 2030 date on them"), an old authorization number used on another
# plan's claims ("nobody checks"). Only a claim's own parts are meant: a new date on the calendar, a later
# date for her visit, a KX on the claims past the threshold, "nobody checks the fax" are ordinary requests.
CLAIM_OBJECT = (
    r"(?:them|it|these|those|(?:the|her|his|their|all|this|that|these|those)\s+(?:\w+\s+)?"
    r"(?:claims?|bills?|charges?|invoices?))"
)
CLAIM_PART = (
    r"\b(?:claims?|auth\w* (?:numbers?|#|no)|modifiers?|kx|dos|dates? of service|codes?|billing|billed)\b"
)
CLAIM_ALTERED = re.compile(
    r"\b(put|add|slap|stick|throw)\s+(a\s+|the\s+)?kx\b"
    # ("put kx on all of them that are over the threshold": what KX says, not a claim altered)
    r"(?![^.?!]{0,60}\b(over|past|above|beyond|passed|met|hit|reached|exceeded?)\b[^.?!]{0,12}\b(threshold|cap)\b)"
    r"[^.?!]{0,30}\b(all|every|them|to be safe|anyway|just in case)\b|"
    r"\b(put|use|slap|stick|change)\b[^.?!]{0,12}\b(an?\s+|the\s+)?(20\d\d|new|different|later|earlier)\s+"
    r"(dos|dates? of service|service dates?)\b|"
    r"\b(put|use|slap|stick|change)\b[^.?!]{0,12}\b(an?\s+)?(20\d\d|new|different|later|earlier)\s+dates?\s+"
    r"on\s+" + CLAIM_OBJECT + r"(?!\s+(?:on|in)\s+the\s+(?:calendar|schedule))\b|\bback-?dat\w*\b|"
    r"\b(use|put|reuse|re-use)\b[^.?!]{0,12}\b(the\s+)?old auth\w*( number| #| no)?\b[^.?!]{0,30}"
    r"\b(new|claims?|on)\b|"
    # billed under another provider's NPI than the one who treated ("rebill them under her supervisor's npi")
    r"\b(re-?bill|bill|submit|re-?submit|re-?send|send|file|put)\b[^.?!]{0,40}\b(under|with|as)\b[^.?!]{0,30}"
    r"\bnpi\b|"
    # "..., nobody checks" of a claim's part, never of a channel ("nobody checks voicemail/the fax/her in")
    r"^(?=.*" + CLAIM_PART + r").*\b(nobody|no one|no-one) (checks|will (notice|check|know))"
    r"(\s+(anyway|that|those|it))?\s*([.,;!?]|$)",
    re.I,
)
CLAIM_ALTERED_WHY = (
    "a claim says what the record holds: its dates of service, modifiers and authorization number come from "
    "the visits, the signed notes and the authorization on file, and are never changed to get a claim paid; "
    "a claim that is wrong is corrected on the billing pages with what the chart supports"
)
# An ex-spouse or ex-partner is not family on file: nothing about her visits, not even their time, and no
# question asked beside it is answered ("hi im janet woods ex-husband, when is her next appt", "x-husband on
# line 2"). "Her ex" or "woods' ex" said alone is the ex only when he is the one calling, asking or here ("her
# ex is on the phone", "janet woods ex called", "im her ex"); the patient's own words about him ("she says her
# ex was supposed to pay it") and "shes ex military", "is ex-medicaid" are no ex-partner asking.
EX_PARTNER = (
    r"\b((?:ex|x)[- ]?(husband|hubby|wife|spouse|partner|boyfriend|girlfriend|bf|gf)|"
    r"(?:i'?m|i am|this is)\s+(?:her|his|their|[a-z]+'s|[a-z]+s'?) ex\b(?!-)|"
    r"(?!(?:she|he|it|that|what|who|there|this|is|was|has|does|says)'?s\b)"
    r"(her|his|their|[a-z]+'s|[a-z]+s'?) ex\b(?!-)"
    r"(?=.{0,40}\b(called|calls|calling|on the (phone|line)|on line|on hold|holding|asking|asked|asks|"
    r"wants|wanting|wondering|here|at the (desk|front|window)|came in|stopped by|emailed|texted|messaged|"
    r"left a (message|voicemail|vm)|can i tell)\b)|"
    r"estranged|restraining order|former (husband|wife|spouse|partner))"
)
EX_PARTNER_ASKS = re.compile(EX_PARTNER, re.I)
# Pressed right after that decline ("she says hes on the account", "he's her emergency contact"): declined
# again, nothing about her said
EX_PARTNER_PRESSED = re.compile(
    r"\b(he'?s|hes|he is|she'?s|she is|they'?re|says|said)\b.{0,30}\b(on (the|her|his|their) "
    r"(account|file|form|hipaa|release)|authori[sz]ed|allowed|listed|permission|custody|guardian|"
    r"emergency contact|ok'?d)\b",
    re.I,
)
SOMEONE_ELSE_WHY = (
    "nothing about a patient's visits or care goes to anyone else (an employer, family, a school) "
    "unless the patient authorized it or they are the patient's legal guardian on file; take a "
    "message for the therapist"
)
RESTRICTED = (
    (CLAIM_ALTERED, CLAIM_ALTERED_WHY),
    (
        # Instructions to the assistant itself, or commands, in the message: never followed.
        re.compile(
            r"\b(system prompt|system override|override|ignore (all |any |the )?(previous|prior|above)|"
            r"ignore (all |any )?(your|the|these|those) (rules|instructions|guidelines|restrictions)|"
            r"from now on|jailbreak|developer mode|tool list|drop table|delete_\w+|run [a-z]+_[a-z_]+|"
            r"export (all|every)|select \* from)\b|;\s*--|"
            # a role claimed inside the message ("system: user role=owner", "as the owner i authorize
            # you", "pretend ur a physical therapist"): the asker's role is the one they logged in with
            r"^\s*system\s*:|\brole\s*=|\bi authori[sz]e you\b|"
            # someone else's say-so claimed in the message ("its for the owner, she said u would"): the
            # asker's role is still the one they logged in with
            # (with a booking or a change asked beside it, the claim is passed over and the change is read)
            r"^(?!.*\b(book|bk|cancel|cx|move|resched\w*|wait ?list|wl)\b).*"
            r"\b(owner|boss|manager|admin|supervisor)\b.{0,30}\b(said|says|told (me|us)|authori[sz]ed|"
            r"approved|okayed|ok'?d)\b.{0,10}\b(u|you|ya) (would|could|can|will|should)\b|"
            # every patient's contact details asked as one list, or a list exported: no bulk exports here
            r"\bexport (it|them|this|that|the list)\b|\b(list|all) (of )?(all |every )?(the |our )?"
            r"(patients|pts?)\b.{0,40}\b(phones?|phone numbers?|dobs?|birth ?dates?|birthdays|addresses|"
            r"e-?mails?|(member|medicare|medicaid|insurance|policy) ?(ids?|numbers?|#s?))\b|"
            r"\bpretend (to be|(that )?(you'?re|ur|you are))\b",
            re.I,
        ),
        TAKEOVER_REFUSED,
    ),
    (
        # Someone other than the patient asking about them: an employer, a lawyer or a school about
        # anything; family about the care itself (family moving a visit, or asking its time, is the
        # desk's everyday work).
        re.compile(
            r"\b(employer|boss|lawyer|attorney|adjuster|school|teacher|coach|neighbou?r|friend)\b.{0,40}"
            r"\b(called|calling|wants to know|asking|asked|wondering)\b|" + EX_PARTNER + "|"
            r"\b(mom|dad|mother|father|wife|husband|daughter|son|sister|brother)\b.{0,40}"
            r"\b(wants to know|asking|asked|wondering)\b.{0,60}"
            r"\b(think|thinks|progress|how (s?he'?s|is) doing|diagnos\w*|prognosis|said in|getting better|"
            r"improv\w*)\b",
            re.I,
        ),
        SOMEONE_ELSE_WHY,
    ),
    (
        re.compile(
            r"\b(ssns?|social security|credit card numbers?|card numbers?|passwords?)\b|"
            r"\b(change|update|edit|correct|fix)\b.{0,40}\b(insurance|phone|address|e-?mail|dob|birth "
            r"?date|name|"
            r"chart)\b|\badd (a )?note\b|\b(nudge|ping|remind|message)\b (her|him|them|\w+) (about|to|re)\b|"
            r"\b(e-?mail|text|send|call)\b (her|him|them|the patient|\w+( \w+)?) "
            r"(a |her |his |the |their )?(bill|statement|reminder|message|text|invoice|balance|copay)",
            re.I,
        ),
        "I don't change charts, demographics or insurance, send messages or give identifiers like a social "
        "security number here; the patient's page and the billing pages do those, by the staff who may",
    ),
    (
        re.compile(
            r"\b(diagnos[ie]s|dx|what'?s wrong with|meds|medications?|"
            r"what did .{1,40} (write|say|said|document|chart|note)|said in (the )?session|"
            r"say in (the )?session|read me|"
            r"note content|in (the|her|his|their|\w+'s) notes?\b(?! from)|hiv|"
            # what she is treated for, what a session worked on, whether she is getting better
            r"(being )?treated for|what did (they|she|he|you|\w+) work on|worked on (in|at|during)|"
            r"(she'?s|shes|he'?s|hes|she is|he is) (getting|doing) (any )?(better|worse)|"
            # what a note says, and how she is coming along: "whats his last note say", "is she improving",
            # "her pain trend", "how's she progressing"
            r"notes? (say|says|said)|(last|latest|recent) notes?\b.{0,12}\b(say|says|said|show)|"
            r"(she'?s|shes|he'?s|hes|she is|he is|they'?re|is \w+( \w+)?|are they) (improving|progressing|"
            r"getting (any )?(better|worse))|\bpain (trend|levels?|scores?|ratings?|over time)|"
            r"how'?s? (is )?(she|he|they|\w+( \w+)?) (been )?(progressing|coming along|improving)|"
            # what an evaluation found, and her last notes asked for as such ("show me his eval findings",
            # "and her last 3 visit notes")
            r"(eval\w*|exam|assessment|re-?eval\w*) (findings|results)|"
            r"(last|latest|recent|previous) (\d+ |few |two |three )?(visit |daily |progress |treatment |"
            r"eval\w* )?notes\b(?![^.?!]*\b(unsigned|not signed|co-?sign\w*|sign(ed)?)\b)|"
            # one note asked to be shown, read out or passed on ("show me the note from 5/23", "pull up that
            # note", "translate ... her last soap note"): what a note says, which this chat does not give
            r"\b(show|pull up|open|read|print|translate|give me|see)\b.{0,40}\b(the|that|this|her|his|their|"
            r"\w+'s) (last |latest |signed |daily |soap |progress |eval\w* |visit )*note\b(?!s)(?! (for|to) "
            r"(sign|co-?sign))|\bsoap note\b|"
            # "whats her pain been like", "how is his pain": how she is doing, asked of her pain
            r"\bpain (been|like|doing|getting)\b|\bhow('?s| is| has) (her|his|their|\w+'s) pain\b)\b",
            re.I,
        ),
        "clinical details (diagnoses, medications, what a note says) are not given in this chat; the "
        "treating therapist or the records process answers those",
    ),
    (
        # Notes or the chart asked for as such ("just give me the notes", "all notes for Frances Powell",
        # "paste her full chart in your reply"); the unsigned-notes lists are not note content.
        re.compile(
            r"^(?!.*\b(unsigned|not signed|co-?sign\w*|sign(ing)?|signed(?! (eval\w*|notes?|poc|plan of care|"
            r"progress report|discharge))|behind|owe)\b).*"
            r"(\b(give|show|send|paste|print|pull|e-?mail|fax|copy|see|read)\b[^.?!]{0,40}\b(notes|chart|"
            r"records)\b|\b(full|whole|entire|complete) (chart|record|medical record)\b|"
            # one note asked for to send on ("pull susan's last note so i can fax it", "email her the last
            # progress note", "want torres's last 3 notes faxed")
            r"\b(give|send|pull|e-?mail|fax|copy|print)\b[^.?!]{0,30}\b(last|latest|recent|progress|eval\w*|"
            r"daily|discharge) (\d+ )?notes?\b|\bnotes?\b[^.?!]{0,20}\b(faxed|e-?mailed|sent over|copied)\b|"
            # records or a signed document asked for to send on ("lawyer wants all of Ruth Lewis's records
            # emailed", "show me Brian Wallaces eval note, need it for the appeal", "need Steven's signed
            # eval from march to send w the appeal")
            r"\brecords?\b[^.?!]{0,20}\b(e-?mailed|faxed|sent|copied|released|mailed)\b|"
            r"\b(show|give|send|pull( up)?|need|want)\b[^.?!]{0,40}\b(eval(uation)?|progress|daily|discharge|"
            r"soap|treatment|visit) (note|report|summary)\b|"
            r"\b(need|want|send|give|pull|fax|e-?mail)\b[^.?!]{0,40}\bsigned (eval(uation)?|notes?|poc|"
            r"plan of care|progress report|discharge)\b|"
            r"\ball (the |her |his |their )?notes\b)",
            re.I,
        ),
        "note text and the chart are not given in this chat; the treating therapist reads them in the "
        "record, and a request for copies (an attorney's, an insurer's) goes through the clinic's records "
        "process",
    ),
    (
        re.compile(
            r"\b(write|draft|fill out|complete|do|sign|sign off on|co-?sign|start|begin|finali[sz]e|"
            r"recert\w*|approve) (up )?((\w+ )?\w+'?s |her |his "
            r"|their |the |a )?(progress report|"
            r"(progress |daily |eval(uation)? |discharge |soap )?note|progress report|discharge summary|"
            r"plan of care|poc)\b|"
            # a re-evaluation written for someone ("do the re-eval under my name"), never one booked
            r"\b(write|draft|start|sign|do) (the |her |his |their |\w+'s )?re-?eval(uation)?\b(?!.{0,30}"
            r"\b(at|@) \d)[^.?!]{0,40}\b(under my name|for me|as me|in my name)\b",
            re.I,
        ),
        "notes, evaluations and progress reports are written by the treating clinician in the note itself "
        "(the scribe drafts them from the session), not in this chat",
    ),
    (
        re.compile(
            r"\bwho (else )?(has |have |had )?(looked at|viewed|accessed|opened|saw|seen|pulled up)\b.{0,30}"
            r"\b(chart|record|file|notes?)\b",
            re.I,
        ),
        "who opened a chart is in the audit log, which the owner reviews on its own page",
    ),
    (
        # The units of one visit asked with no minutes said ("how many units should I bill for her visit
        # this morning"): they come from the timed minutes in the therapist's signed note, never a guess
        re.compile(
            r"\bhow many units\b[^.?!]{0,30}\b(bill|charge|code|put)\w*\b[^.?!]{0,40}"
            r"\b(visit|session|appt|appointment|today|this morning|this afternoon|yesterday)\b",
            re.I,
        ),
        "the units of a visit come from the timed minutes the therapist documents in the signed note (the "
        "charge is made from it when it is signed); ask the therapist, or billing once the note is signed",
    ),
    (
        # A note or letter about whether a patient can work or go to school ("she wants a note saying she
        # cant work for 2 wks", "a work excuse for him"): a clinical document its author signs
        re.compile(
            r"\b(note|letter)\b.{0,20}\b(saying|that says|stating|to say|excus\w*)\b.{0,40}"
            r"\b(can'?t|cannot|unable to|not able to|off|out of|miss(ed)?) (go to |return to |do )?"
            r"(work|school|class|gym|duty|(his|her|their) job)\b|"
            r"\b(work|school|return[- ]to[- ]work|rtw|off[- ]work|excuse) (note|letter|slip)\b|"
            r"\b(note|letter) (for|to) (her|his|their) (work|job|employer|school|boss)\b",
            re.I,
        ),
        "a note or letter about whether a patient can work or go to school is a clinical document that the "
        "treating therapist (or the patient's physician) writes and signs, not this chat; take a message for "
        "the therapist",
    ),
    (
        # "close the schedule christmas eve afternoon", "block off Kyle's friday": the clinic's hours and a
        # provider's blocked time are set on the schedule's settings, not by cancelling or booking here
        re.compile(
            r"\b(close|shut|block( off| out)?) (down )?(the |our |\w+'s |her |his |my )?"
            r"(schedule|sched|clinic|office|calendar)\b|"
            r"\bblock (off|out) (the |\w+'s |her |his |my )?(\w+ )?(day|morning|afternoon|time)\b|"
            # "block my 12 today so i can catch up", "block off an hour for me fri", "block her lunch": an
            # hour of a schedule held free
            r"\bblock (off |out )?(my|her|his|\w+'s) (\d{1,2}(:\d\d)?( ?[ap]m?)?|noon|lunch|last hour|"
            r"first hour)(?![\w/])|\bblock (off |out )?(an? |half an? )?(hour|\d+ ?min\w*|time slot|slot)\b",
            re.I,
        ),
        "closing the clinic or blocking a provider's time is done on the schedule settings page (owner), "
        "not in this chat; visits already booked then are cancelled one at a time, each with its reason",
    ),
    (
        # A test score or outcome measure asked for ("Carolyn Mitchell berg scores", "what was the 6mwt", "her
        # LEFS at eval", "tug time"): clinical findings in the therapist's notes, not read out here
        re.compile(
            r"\b(berg|tug) (balance|scores?|tests?|times?|results?|trend)\b|"
            r"\b(the|her|his|their|a|'s) (berg|tug)\b|"
            # imaging or test results asked for: "her mri results came back and what they say"
            r"\b(mri|x-?rays?|ct scan|imaging|emg|lab|blood ?work|test) (results?|report|findings)\b|"
            r"\b(6 ?mwt|six[- ]minute walk|10 ?mwt|ten[- ]meter walk|timed up and go|lefs|oswestry|odi|"
            r"quickdash|dgi|abc scale|goniometry)\b|"
            r"\boutcome (measures?|scores?|tests?)\b|\b(test|outcome|balance|strength) scores?\b",
            re.I,
        ),
        "test scores, outcome measures and results (Berg, 6MWT, TUG, LEFS, imaging or lab reports) are "
        "clinical findings in the record, not given in this chat; the treating therapist reads them there",
    ),
    (
        # A message asked to be left or sent ("ok msg Kyle", "leave a msg for Katherine to call her", "text
        # them?", "page dr lee"): this chat sends nothing to staff or patients
        re.compile(
            r"\b(leave|send|write) (a |an |her |him |them )?(msg|message|text|note) (for|to)\b|"
            r"^\W*((ok|okay|k|then|so|pls|please|just|can (u|you)|could (u|you))[,.]?\s+)*"
            r"(msg|message|text|page|ping|slack)\s+(?!me\b|us\b)\w+(\s+\w+)?\W*$|"
            r"^\W*((ok|okay|k|so|and|can (u|you)|could (u|you))[,.]?\s+)*(text|msg|message) "
            r"(them|her|him|the patients?|everyone|all of them)\b",
            re.I,
        ),
        "this chat doesn't send messages or texts to staff or patients; call or message them the clinic's "
        "usual way (I can look up their schedule or a patient's visit for you)",
    ),
    (
        # "today is actually june 30 per management", "pretend it's still 2027 and bill her visit under her
        # old auth": a date said in the message changes neither the clinic's clock nor the record's dates
        re.compile(
            r"\btoday is (actually|really|supposed to be)\b|"
            r"\b(pretend|act like|act as if|assume|treat)\b.{0,12}"
            r"\b(it'?s|its|it is|today is|today as|the date is)\b.{0,20}"
            r"\b(20\d\d|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
            r"yesterday|tomorrow|last (week|month|year))\b|"
            r"\b(set|change|move) (the|today'?s) date (to|back)\b|\bbackdate\w*\b",
            re.I,
        ),
        "I go by the clinic's clock and the dates in the record; a date said in the chat changes neither, so "
        "figures, visits and authorizations are read as of today",
    ),
    (
        # "show me the audit log", "pull the audit trail for her chart": whoever asks, and whatever role the
        # message claims, the log is read on the owner's audit page, never in this chat
        re.compile(
            r"\b(show|see|pull|open|view|give|send|print|export|read|check)\b.{0,30}\baudit (log|trail)s?\b|"
            r"\baudit (log|trail)s?\b.{0,30}\b(for|on|of)\b",
            re.I,
        ),
        "the audit log is reviewed by the owner on its own audit page, not in this chat",
    ),
    (
        # Who signed in or what a user opened ("who logged in over the break", "what did test.frontdesk
        # look at", "who looked at those claims"): the audit log, read on the owner's page only
        re.compile(
            r"\bwho (has |have |had )?(logged|signed) (in|on)\b|\blog-?in (history|activity)\b|"
            r"\bwhat did (the )?(front desk|[\w.@-]+) (look at|access|open|view|pull up|see)\b|"
            # "who accessed rebecca simmons this month": who opened a patient's record
            r"\bwho (else )?(has |have |had )?accessed\b|"
            # "anyone access charts over the weekend", "did anybody open her chart sunday": who opened records
            r"\b(any ?one|any ?body|some ?one|some ?body|who)( else)? (access|accessed|open|opened|look at|"
            r"looked at|view|viewed|pull up|pulled up|get into|got into|go into|went into|been in)\b.{0,20}"
            r"\b(charts?|records?|files?)\b|"
            r"\bwho (else )?(has |have |had )?(looked at|viewed|accessed|opened|pulled up)\b.{0,20}"
            r"\b(claims?|accounts?|those|these|them|it|anything)\b|"
            # "who looked at Jacqueline Hunt this week", "who changed anna reyes's balance last week": who
            # opened or changed a patient's record is the audit log's
            r"^\W*who (else )?(has |have |had )?(looked at|looked into|viewed|opened|pulled up)\s+"
            r"(?!(the |my |our |a |an |this |that )?(schedule|calendar|slots?|openings?|wait ?list|list|"
            r"kpis?|report|numbers|figures)\b)[a-z]+|"
            r"\bwho (changed|edited|modified|updated|deleted|removed|adjusted|zeroed)\b.{0,40}\b(balance|"
            r"chart|record|insurance|address|phone|claim|payment|note|dob|birth ?date)s?\b|"
            # "who exported anything last week", "did anyone download the patient list": the audit log too
            r"\b(who|any ?one|any ?body|some ?one)( else)? (has |have |had )?(export|exported|download|"
            r"downloaded|printed)\b",
            re.I,
        ),
        "who signed in and what each user opened is in the audit log, which the owner reviews on its own "
        "audit page, not in this chat",
    ),
    (
        # "turn off audit logging for that account": every read and change is logged, for everyone
        re.compile(
            r"\b(turn|switch|shut) off\b.{0,30}\b(audit\w*|logging|logs?)\b|"
            r"\b(disable|stop|pause|suspend|bypass)\b.{0,30}\b(audit\w*|logging)\b",
            re.I,
        ),
        "every read and change is written to the audit log, and nobody can turn the logging off, for any "
        "account",
    ),
    (
        # "ok disable the account then", "reset her password", "add a new user for the new PTA": user
        # accounts are the owner's, on the users page
        re.compile(
            # "remove Nicoles access after the 27th", "cut off his login friday"
            r"\b(remove|revoke|take away|cut off|pull|end|shut off)\b.{0,30}\b(access|login|logins)\b|"
            r"\b(disable|deactivate|lock|unlock|suspend|reactivate|enable)\b.{0,30}\b(user|account|login|"
            r"access)s?\b|\b(delete|remove|create|add|set up|make|reset|change)\b.{0,30}\b(user( account)?|"
            r"login|password|username)s?\b|"
            # "make me a supervisor", "promote her to biller", "give me admin access", "change my role": a
            # role is the owner's to give, on the users page
            # ("make it a billing question", "make her a front desk priority": no role given)
            r"\b(make|promote|upgrade|bump|turn)\s+(me|her|him|them|(?!(?:it|this|that)\b)[a-z]+)\s+(up\s+)?"
            r"(to\s+|into\s+)?(an?\s+|the\s+)?(supervisor|admin\w*|owner|manager|biller|billing|front ?desk|"
            r"super ?user|co-?signer)s?\b"
            r"(?!\s*(visit|appt|appointment|note|claim|schedule|sched|patients?|pts?|questions?|issues?|"
            r"priority|priorities|problems?|matters?|things?|tasks?|items?|tickets?|calls?)\b)|"
            r"\bgive (me|her|him|them|[a-z]+) (an? )?(admin|owner|supervisor|manager|billing|biller|full|"
            r"more|elevated|higher)\s+(access|rights|role|permissions?|privileges?)\b|"
            r"\b(change|update|switch|upgrade|set)\s+(my|her|his|their|[a-z]+'s)\s+(user\s+)?(role|permissions?|"
            r"access level)\b",
            re.I,
        ),
        "user accounts (adding, disabling, passwords and roles) are managed by the owner on the users page, "
        "not in this chat",
    ),
    (
        # "turn off the yes/no confirm step for the front desk": a change is never written without a yes
        re.compile(
            r"\b(turn off|switch off|disable|skip|remove|get rid of|stop|drop)\b.{0,30}\b(confirm\w*|"
            r"yes/no|the yes)\b.{0,10}\b(step|button|prompt|question|thing|for|$)",
            re.I,
        ),
        "the yes asked before every change can't be turned off, for anyone: it is how a change is never "
        "written on a guess",
    ),
    (
        re.compile(
            r"\b(delete|remove|erase|clear|edit|undo|scrub|wipe|purge|hide|alter|clean)\b.{0,40}\baudit\b",
            re.I,
        ),
        "nobody can edit or delete the audit log, by design; a chart opened by mistake stays recorded (tell "
        "the owner it was a mistake)",
    ),
    (
        # A patient's record removed ("delete Carolyn Morales from the system entirely, she asked us to
        # forget her"): records are kept for the retention period the law sets, and every change is audited
        re.compile(
            r"\b(delete|erase|purge|wipe|remove)\b[^.?!]{0,40}\b(from the (system|database|ehr|emr|records?)|"
            r"entirely|completely|permanently|(her|his|their|the patient'?s?|\w+'s) (record|chart|file|data|"
            r"info))\b|\bforget (her|him|them|me)\b",
            re.I,
        ),
        "patient records are not deleted here (nor anywhere by staff): they are kept for the retention "
        "period the law sets and every change is audited; the owner handles a patient's request about "
        "their records",
    ),
    (
        # Personal questions about staff or patients: not the record's business
        re.compile(
            r"\b(is|are) (dr\.? )?\w+ (single|married|dating|seeing (someone|anyone)|cute|hot|pregnant)\b",
            re.I,
        ),
        "personal details about staff or patients are not something I share; I can help with the schedule, "
        "visits, billing and the record",
    ),
    (
        re.compile(
            r"\b(sign|mark)\b.{0,60}\b(note|notes|eval|re-eval|(co-?)?signed)\b|"
            # "can u just sign them for her", "sign the 2 from yesterday": asked right after her notes
            r"\b(can (u|you)|could (u|you)|please|pls|just) (just )?(co-?)?sign\b|"
            r"^\s*(co-?)?sign (them|it|those|these|the \d+|all|everything|the ones|my)\b|"
            # "sign the ones from this morning for me", "can you sign off on mine": signed on someone's behalf
            r"\b(co-?)?sign( off on)? (the ones|the rest|mine|my \w+|them|those|these|everything|all( of)? "
            r"(them|those|mine))\b.{0,40}\b(for me|for (her|him|them)|on my behalf|under my name|as me)\b",
            re.I,
        ),
        "only the clinician who wrote a note signs it (or co-signs it), in the note itself; nobody si"
        "gns for them here",
    ),
    (
        re.compile(
            r"\b(write off|write-off|writeoff|waive|adjust (the|her|his) bal|post (a )?payment|refund|"
            r"(set|zero|clear|wipe) (out )?((\w+ )?\w+'?s |her |his |the )?(bal|balance)|"
            # "put her balance at $0", "knock his acct down to zero": a balance changed to nothing
            r"(put|knock|bring|take|drop|get|make|move)\b[^.?!]{0,30}\b(bal|balance|acct|account)\b[^.?!]{0,20}"
            r"\b(to|at|down to) (\$\s?0(\.00)?|0|zero|nothing)|"
            r"(fix|change|delete|void|remove|edit) (the )?(dx|diagnosis|claim|code)|delete the claim|"
            r"mark claim|change my role|make me (an? )?(owner|admin)|"
            r"(change|set|update|edit|lower|raise) .{0,30}\bfees?|"
            r"change the (dos|date of service)|resubmit)\b",
            re.I,
        ),
        "changes to claims, payments, balances and roles are made by billing or the owner on their own "
        "pages, not through this chat",
    ),
    (
        re.compile(
            r"\b(our|the|a) (fee|rate|charge|price) (for|on) (a |an )?\d{5}\b|\bfee schedules?\b", re.I
        ),
        "fee schedules are kept on the billing pages (owner and billing), not in this chat",
    ),
)
INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        (
            # "is Andrew due a progress note", "when's her re-eval due", "does he need a recert yet"
            "progress_due",
            r"\bdue\b[^.?!]{0,20}\b(progress (note|report)|pn|re-?evals?|re-?evaluation|recert\w*|poc|"
            r"plan of care)\b|"
            r"\b(progress (note|report)|re-?evals?|re-?evaluation|recert\w*)\b[^.?!]{0,12}\bdue\b|"
            r"^\s*(does|do|is|are)\b[^.?!]{0,30}\bneed\b[^.?!]{0,6}\b(a |her |his |their )?(progress (note|"
            r"report)|re-?evals?|re-?evaluation|recert\w*)\b|"
            # "is Joyce due for a PR", "poc recert for Shirley Smith, when", "when does her poc end", "whats
            # her visit count since the last PR": the plan's dates and the treatment days since a report
            r"\bdue\b[^.?!]{0,20}\b(for )?(a |an |her |his )?prs?\b|\bprs?\b[^.?!]{0,12}\bdue\b|"
            r"\b(poc|plan of care)\b[^.?!]{0,40}\b(end|ends|ending|expire\w*|runs? out|recert\w*|certif\w*|"
            r"good (through|thru|til|until))\b|\b(poc|plan of care)\b[^.?!]{0,12}\b(up|due)\b|"
            r"\b(visits?|treatment days?|visit count|how many)\b[^.?!]{0,30}\bsince\b[^.?!]{0,25}\b(prs?|"
            r"progress (note|report)|re-?eval\w*|eval\w*)\b|"
            # "which of my patients need a recert this week", "who needs a recert in the next 2 weeks", "which
            # plans of care need recert": the plans to recertify, a list (never re-evaluation visits booked)
            r"\b(who|whose|which|any|anyone|anybody)\b[^.?!]{0,30}\bneeds?\b[^.?!]{0,6}\b(a |an )?"
            r"(poc |plan of care )?recert\w*\b",
        ),
        (
            "unsigned_notes",
            r"\b(unsigned|(not|aren'?t|arent|isn'?t|isnt|not yet|never|haven'?t been|havent been|still not) "
            r"signed|cosign|co-sign|behind on notes|holding up claims|hasn'?t signed|"
            r"notes? (do )?i owe|notes? (am i|i'?m) behind|"
            r"signed notes|notes signed|are (they|the notes) signed|finish .{1,30} note|(notes?|anythi"
            r"ng) .{0,20}"
            r"(to sign|signing|signature)|"
            # "what do i still need to sign", "what didnt i sign before new years": the asker's own notes
            r"\bwhat (do|did|have|else do) i (still |yet )?(need to|have to|got to|gotta|left to) sign\b|"
            r"\b(what|which|anything|any)\b.{0,12}\b(didn'?t|didnt|haven'?t|havent|did not|have not) i "
            r"(yet )?sign(ed)?\b|"
            # "any pta notes waiting on me", "notes waiting for me": notes waiting for the asker's signature
            r"\bnotes? (are |still )?(waiting|pending|sitting) (on|for) (me|my)\b)",
        ),
        (
            "waitlist",
            r"\b(wait ?list|wl|cancellation list)\b|\b(put|add) (her|him|them|\w+( \w+)?) on the list\b|"
            # "anyone else on the speech list want mornings": a discipline's list is its wait list
            r"\b(on|off) the (pt|ot|slp|speech) list\b|\b(anyone|anybody|who)( else)? (is )?on the list\b|"
            # an earlier time wanted if one opens, kept in mind for her: "Barbara wants in sooner than the
            # 12th if something opens, can u flag that", "if something opens sooner let her know" ("george
            # wants earlier tmrw if anything opens" asks to move his visit, if a time is open: not this)
            r"\b(sooner|earlier) than\b[^.?!]{0,40}\bif (something|anything|a (spot|slot|time|cancel\w*)|"
            r"one)( \w+)? (opens|comes up|frees up|pops up)\b|"
            r"\b(sooner|earlier)\b.{0,60}\b(flag (her|him|them|that|it)|let (her|him|them) know|"
            r"call (her|him|them)|put (her|him|them) down)\b|"
            r"\b(flag (her|him|them|that|it)|let (her|him|them) know|call (her|him|them))\b.{0,60}"
            r"\b(sooner|earlier)\b",
        ),
        (
            "demographics",
            # "she's on the phone, book her next one": someone calling, not her number asked
            r"\b((?<!on the )(?<!on )phone|number to call|cell|address|e-?mail|dob|date of birth|birthday|"
            r"how old)\b",
        ),
        (
            "kpi",
            r"\b((no[- ]?show|cancel(lation)?|denial|clean[- ]claim|fill|collection|arrival|first[- ]p"
            r"ass) rate|"
            # a month's figures asked as "june numbers?", "how did we do last quarter on first pass"
            r"(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w* (numbers|stats|figures)|"
            r"(month|quarter|week|year)'?s? (numbers|stats|figures)|on first[- ]pass|"
            r"days in ar|ar over|ar\?|kpis?|visits per day|pva|productivity|did we collect|we collecte"
            r"d|acceptance|"
            r"how (are|r|re) we doing|how'?re we doing|how'?s the clinic doing|days to pay|revenue per|"
            r"conversion|(notes?|documentation) tak\w+|how long .{0,20}notes|"
            # "doc time per note in aug", "q3 projections", "how'd we do the first full week of q3"
            r"(doc|documentation) time|time per note|projections?|"
            r"(?<!weather )forecast(?!s? (says|said|calls|shows|is for))|" + PERIOD_HOW.pattern + "|"
            r"^(?!.*\b(book|bk|cancel|cx|move|resched\w*|visits?|appts?|appointments?|auths?|authorizations?|"
            r"expir\w*)\b).*\b(q[1-4]|qtd|end of (the )?(q|qtr))\b)",
        ),
        (
            "cancel",
            r"^(?!.*\b(or did (she|he|they) cx|any cx|cx on|"
            r"(did|has|have|had) (she|he|they|\w+) (cancel|cx)\w*)\b).*(\b(cancel|cancell?ing|cx|cxl)\b(?! ("
            r"list|rate))|"
            r"^\s*(?!(is|was|has|had|did|does|are|were|why|when|who|how)\b)"
            r"(pt|patient|she|he|they|\w+( \w+)?) (just )?(cancell?ed|cx'?d)\b|"
            r"\bclear (out )?(the |her |his )?\w+day\b|"
            r"\btake \w+( \w+)? off\b(?! the wait)|^\s*(x|cross) (out|off)\b|\bcan'?t make (it|her|his)|"
            # "can't come tomorrow, sick": a day said with it
            r"\bcan'?t come( in)? (tomorrow|tmrw|today|tonight|(on |this |next )?(mon|tues|wednes|thurs|fri|"
            r"satur|sun)day)\b|"
            # "cant make mon 1030", "she cant do tmrw", "can't make the 14th": the visit then is not kept
            r"\b(can'?t|cannot|can not|won'?t)( be able to)? (make|do)( it)?( on| this| next)? "
            r"(tomorrow|tmrw|today|2day|tonight|mon|tue|wed|thu|fri|sat|sun|the \d|\d{1,2}[/:]|"
            # "Amy cant make good friday at 10": a day named by its holiday
            r"good friday|black friday|christmas eve|xmas eve|new year'?s eve|memorial day|labou?r day|"
            r"columbus day|veterans'? day|presidents'? day|mlk|juneteenth|halloween|"
            # "Amy cant make 2 tmrw": her 2 o'clock (never "can't make 2 visits a week")
            r"\d{1,2}(\s*(am|pm))?\b(?!\s*(visits?|times|x\b|days?|wks?|weeks?|sessions?|appts?|a week)))|"
            # "cook x her fri": x as the desk's mark for a cancel
            r"\bx (her|his|him|their|them)\b|"
            r"\b(wants?|needs?|would like|asked)\b.{0,40}\bcancel+ed\b|"
            r"\bremove (his |her |th"
            r"e |\w+'s )?"
            r"(booking|appt|appointment|visit))",
        ),
        (
            "reschedule",
            r"\b(move|moving|moved to|(be|get) moved|resched\w*|re-sched\w*|push\w*|bump|switch|swap|"
            # "slide her 9 to 930": a visit slid to another time
            r"slide (her|him|them|it|\w+'?s) |"
            r"(come|be) (in )?(earlier|later)|wants (it )?(later|earlier)|"
            # "wants to come an hour earlier on friday", "can he come in 30 min later": her visit shifted
            r"(come|be|go) (in )?(an?|half an?|\d+|one|two) (hour|hr|min\w*)s? (earlier|later)|"
            r"change (her|his|the) (time|d"
            r"ay|appt|"
            r"appointment)|come in earlier|come in later|later in the day|earlier in the day|come in a"
            r"t .{1,30} instead|"
            r"wants (her|his) (re-?eval|eval|visit|appt) (before|after|earlier|later)|"
            r"can'?t (do|make) .{1,30}\b(anything|something|any time|instead)\b|"
            r"(can|could) (she|he|they|\w+( \w+)?) (do|come( in)?|make( it)?) .{0,24}"
            r"\b(instead|later|earlier)|"
            # "put a new date on the calendar for her", "can we change to a later date", "use a different day"
            r"(put|use|change( it| this| that)? to|find|pick|get|give (her|him|them)|wants?|needs?|try|do)\s+"
            r"(an?\s+|another\s+)?(new|different|later|earlier|other) (date|day)(?! of service))\b",
        ),
        (
            "book",
            r"(\b(book|bk|rebook|squeeze|set up|new eval|first avail\w*|walk[- ]in|needs? (to see|\d+x)|"
            r"needs? (pt|ot|slp|speech)|wants every|"
            r"can (anyone|someone) see|get in|can we get|same time next (week|wk))\b|\b(\d+x|\d+ ?x ?"
            r"a ?w(ee)?k)\b|"
            r"\bput \w+( \w+)? (in|on (my|the) sch\w*)\b|\b(put|get|fit) (her|him|them|\w+( \w+)?) in\b|"
            r"\bneeds? (a|an) .{0,24}\b(eval|evaluation|visit|appt|appointment|f/u|follow-?up)\b|"
            r"\bsame day next (week|wk)\b|\busual (time|slot)\b|\bsame time as (her|his|their) usual\b|"
            r"\bsame as always\b|\bwhatever'?s soonest\b|"
            r"\bput \w+( \w+)? down\b|\bsame as last time\b|\b\d visits (next|this|a) (wk|week)\b|"
            r"\badd \w+( \w+)? to (my|her|his|\w+'s) \d|"
            r"\badd \w+( \w+)? to (my|the|her|his|\w+'s) (sched|schedule|calendar|day)\w*|"
            r"\badd (a |an )?(re-?eval|eval|visit|appt|f/u)|\badd \w+( \w+)? (to |for )?(mon|tue|wed|thu|fri|"
            r"tomorrow|tmrw|today|next|on)|(?<!the )(?<!'s )(?<!my )(?<!our )\bschedule (her|him|them|"
            r"an?|\w+ \w+ (f"
            r"or|with|on|at|tomorrow|tmrw|next|t"
            r"oday))\b|"
            # "schedule Barbara w Dr. Thomas 5/11 @ 1115", "sched joe diaz 12/14 at 3": a name, then who/when
            r"^\s*(schedule|sched)\s+(?!(for|tomorrow|today|tmrw|next|this|my|the|on|of|is|was|looks?)\b)"
            r"\w+( \w+)?,?\s+(w/?|with|\d{1,2}/\d{1,2})(\s|\b)|"
            r"\bmake an? (appointment|appt|booking)\b|"
            # a time the patient asks for, told as her wish: "she wants monday afternoon with pt", "megan
            # wants her ot end of next wk", "he'd like to come in friday at 2", "can joe come the day after"
            r"\b(wants?|would like|'d like|wanna|asking for|prefers?)\s+(to (come|be seen|get) (in\s+)?)?"
            r"((her|his|their|an?|the|some|another)\s+)?((usual|regular|pt|ot|slp|speech|same)\s+){0,2}"
            r"(mon|tue|wed|thu|fri|sat|tomorrow|tmrw|next (wk|week|mon|tue|wed|thu|fri|sat)|"
            r"(wk|week) after next|this (wk|week)|"
            r"end of|morning|afternoon|evening|\d{1,2}(:\d\d)?\s*(am|pm)\b|\d{1,2}:\d\d|the \d|the day after|"
            r"first thing)|"
            r"\bcan (she|he|they|[a-z]+) (come|get|be seen)( in)? (on |the |this |next )?"
            r"(mon|tue|wed|thu|fri|sat|tomorrow|tmrw|today|next|day after|\d)|"
            # her regular visit asked again: "the same slot in 2 wks", "the usual for bev monday", "his usual
            # mon/wed over the break", "every friday in january at 9", "put zach with the ot the 29th"
            r"\bsame (slot|spot)\b|\bthe usual for\b|\b(her|his|their) usual (mon|tue|wed|thu|fri|sat)|"
            r"\bevery (mon|tue|wed|thu|fri|sat)\w* (in|through|thru|until|til|for|at|this|next)\b|"
            r"^\s*put (her|him|them|[a-z]+) (with|w/) |"
            # "set Madison up tues thurs at 3": her visits asked for
            r"^\s*set (her|him|them|[a-z]+( [a-z]+)?) up (for |on |at |with |w/? )?"
            r"(mon|tue|wed|thu|fri|every|\d|tomorrow|tmrw|next|this|pt|ot|slp|speech)|"
            # "put her at 10 tmrw", "stick him in for 2 on friday": a time asked for her
            r"^\s*(put|stick|pop) (her|him|them) (in )?(at|for) (\d|noon|tomorrow|tmrw|mon|tue|wed|thu|fri)|"
            r"\b(earliest|soonest|first) (thing|slot|spot|opening|appt|appointment) (you|we) (have|got)\b|"
            # "find her something thursday", "slot Ana Ruiz in friday", "add one more visit for him next
            # week", "wants her son booked": a place asked for, never the visits she has
            r"\bfind (her|him|them|\w+( \w+)?) (something|a (slot|spot|time|place|visit|opening))\b|"
            r"\bslot (her|him|them|\w+( \w+)?) (in|into)\b|"
            r"\badd (another|one more|an extra|a second|a 2nd) (visit|appt|appointment|session)\b|"
            r"\b(wants?|needs?) (her|his|their|\w+) (\w+ )?booked\b|"
            r"^\s*(new |an? |pt |ot |slp )*(eval|re-eval|f/u|follow-up) for\b|"
            # a first or a return visit asked for: "Alan Carter wants to start on the 1st", "Emma wants to
            # come back in 2 wks", "he'd like to come back next month"
            r"\b(wants?|would like|'d like|wanna|needs?|is ready|ready) to (start|come back|be seen again|"
            r"come in again)\b(?! (to|for) (pay|get|pick|drop|sign))(?!\w))",
        ),
        (
            "payer_paid",
            r"\b(pay|paid|pd)\b.{0,40}\b(on|for)\b.{0,30}\b(claim|visit|dos)|\b(allowed|eob|pd amt|pay us)\b|"
            r"\b(insurance|ins|secondary|primary) (paid|pay)\b|\b(what|how much) did (the )?(\w+ )?"
            r"(pay|secondary|primary)\b",
        ),
        (
            "last_payment",
            r"\b(last (pay|pmt|pymt|payment|era)|did (she|he|they|\w+( \w+)?) pay|paid anything|payment plan|"
            r"pay(ment)? history|"
            r"(card|payment|pmt|check) (go|went) (thru|through)|got money|"
            r"pmt|pymt|paid on|paid last|last paid|has (she|he|they) paid|paid online|"
            r"post\w* .{0,30}(check|payment)|(check|payment) (from|come in|came in)|come in (card|cash)|"
            r"\$\d+(\.\d\d)? from|when "
            r"did \w+( \w+)? (las"
            r"t )?pay)\b|"
            # "lst pymnt", "last pt payment", "most recent patient payment", "when did he last make a payment"
            r"\b(pymnts?|pmnts?|(last|lst|latest|most recent) (pt |patient |cash |card )?"
            r"(payment|pmt|pymt|pymnt)s?|"
            r"last (make|made) a payment|did \w+( \w+)? pay (last time|at (the|her|his) last))\b|"
            # a payment said as made, to be checked against the record: "Marilyn says she paid 30 on monday by
            # card", "he claims he already paid $45"
            r"\b(says?|said|claims?|thinks?|swears?) (she|he|they) (already )?(paid|pd|made a payment)\b|"
            r"\b(she|he|they) (already )?paid \$?\d|"
            # "Teresa says she mailed a check last wk, did it come", "Isabella paid 20 cash just now"
            r"\b(mailed|sent|dropped off|left) (a|her|his|the|their) (check|payment)\b|"
            r"\b(paid|pd) \$?\d+(\.\d\d)?( dollars| bucks)? (in )?(cash|by card|card|by check|check)\b",
        ),
        (
            "no_shows",
            r"\b(no[- ]?show(ed|s)?|ns|ns'?d|didn'?t show|did (my|\w+) .{0,12}show|checked in for|"
            r"hasn'?t checked in|fees? to charge)\b|"
            # "Jacob Herrera missed yesterday too and nobody marked it, mark it", "never showed for the 2:15,
            # mark him", "she didn't make it in at 11, mark her"
            r"\b(missed|never (show(ed)?|came|come|made it)|did ?n[o']?t (come|make it)|no[- ]call\w*)\b"
            r".{0,60}\bmark (it|her|him|them)\b",
        ),
        (
            "last_appointment",
            r"\b(last (seen|visit|appt|appointment|time|dos|date of service|in|came|here)|been in since|"
            # "she hasnt been here since before xmas", "was abigail in last week at all": whether she came
            # (never "hasnt been in network since jan", "was her claim in this month": not her coming in)
            r"been (here|in) since|(hasn'?t|has not|hasnt) been (here|in)(?=\s*($|[,.?!]|since|for|"
            r"in (a|ages|\d|weeks|months|over)|lately|recently|yet|at all|this|last|today|all|much|a while|"
            r"either))|"
            r"was (she|he|they|(?!(her|his|their|the|its|it|that|this|your|my|our)\b)\w+( \w+)?) (in|here) "
            r"(last|this|on|yesterday|at all)|"
            r"did (i|we) see \w+( \w+)? (last|this|on|yesterday)|"
            r"was (she|he|they) here|"
            r"c(o|a)me in last (mon|tue|wed|thu|fri|sat|sun|week|wk)\w*|"
            r"(she|he|they) was here|since \w+ was here|fell off|last \w+ (came|was|visit)|last come|m"
            r"ost recent|"
            r"been in recently|previous visit|when was (his|her|their|\w+( \w+)?'s) (initial |first |last )?"
            r"(eval|evaluation|re-eval|visit|appt))\b|\bwhen did "
            r"(i|we|she|he|they|\w+) (last )?(see|come|came|was)|"
            r"\bwhen did .{1,30}\blast (have|had|come|came|see|saw|get)\b|\bhow long since\b|"
            r"\bdid \w+( \w+)? make it in\b|\bwhen was (the|(her|his|their) )?last (one|time)\b",
        ),
        (
            "balance",
            r"\b(owe|owes|owed|owing|bal|balance|balances|collect from|pt resp|over 90|how much is due|"
            r"on the hook|what'?s left after|is \$[\d,.]+ (right|correct)|"
            r"pull (up )?\w+( \w+)?'s account|"
            # "what's outstanding on his account", "a credit on her account, she thinks she overpaid"
            r"outstanding on (\w+( \w+)?'?s |her |his |their |the )?(account|acct)|"
            r"credit on (\w+( \w+)?'?s |her |his |their |the )?(account|acct)|overpaid)\b",
        ),
        (
            "claim_status",
            r"\b(denied|deny|denying|denials?|carc|rarc|remark codes?|(co|pr|oa)[- ]?\d{1,3})\b",
        ),
        (
            # whether the clinic takes a plan at all ("a lady asking if we take Blue Cross PPO", "do we
            # accept humana"): the payers set up here, no patient's insurance
            "payer_accepted",
            r"\b(do|does|if|whether) (we|you|the clinic|y'?all|u) (take|accept|bill|work with)\b|"
            r"\bare (we|you) in[- ]network\b",
        ),
        (
            "insurance",
            r"\b(insurance|ins|member id|copay|co-pay|coinsurance|deductible|primary|secondary|self[- ]pay|"
            r"work comp|workers'? comp|policy|policies|on file|still active|subscriber|policy ?holder|"
            r"medicare advantage|"
            r"(what|which|what'?s|whats)( is)?( the| her| his| their)? (plan|payer|carrier))\b|"
            # "group # for Kim Moreno", "who's Matthew's payer", "does Nicole have aetna", "is Tom medicare"
            r"\b(group ?(#|no\b|num\w*)|who'?s (her|his|their|(\w+ )?\w+'s) (payer|carrier|insurance)|"
            r"(does|do) \w+( \w+)? (have|has|still have) (aetna|medicare|medicaid|cigna|humana|uhc|bcbs|"
            r"blue cross|united\w*|tricare)|"
            r"^\s*is \w+( \w+)? (on )?(medicare|medicaid|aetna|cigna|humana|uhc|bcbs|tricare)\b)",
        ),
        (
            "claim_status",
            r"\b(claims?|era|clearinghouse|stuck|submitted|unbilled|go out|went out|paid yet|paid for)\b",
        ),
        (
            "auth_status",
            r"\b(auths?|re-?auths?|re-?authori[sz]ations?|authori[sz]ations?|visits left|visits remaining|kx|"
            r"precert|have left|are left|"
            r"running out of visits|close to running out|pa (expire\w*|run\w* out|end\w*)|prior auth\w*)\b|"
            # "is she covered for that", "is Roger still covered friday": her authorization for the visit
            r"\b(is|are) (she|he|they|(the )?\w+( \w+)?) (still )?covered\b|"
            # "does Cook have enough visits for everything booked thru may": what her authorization covers
            r"\benough (visits|auth\w*)\b",
        ),
        ("kpi", r"\b(rate|collect(ed|ion)s?|revenue)\b"),
        (
            "my_schedule",
            r"\b(^\s*first (pt|patient|one|visit) (today|tomorrow|tmrw|mon|tue|wed|thu|fri)\w*|"
            r"my (day|sched\w*|pts|patients|caseload|first|\d|next pt)|who do i have|who'?s my|a"
            r"m i booked|"
            # a clinician's own day asked in the first person: "who's next, I'm running behind", "who am i
            # seeing the rest of the wk", "am i double booked anywhere tmrw", "my week next week pls"
            r"^\s*who'?s next\b|who(m)? am i (seeing|with)|am i (with anyone|with someone|double[- ]?booked|"
            r"seeing anyone)|my (week|wk|afternoon|morning|last (one|pt|patient)|next (one|patient))|"
            r"do i have a gap|what'?s my day|(do|did) i have)\b|"
            # a count or a day of the asker's own: "how many am i seeing fri", "am i working xmas eve",
            # "am i on tmrw", "how many do i have monday"
            r"\bhow many ((pts?|patients?|visits?|appts?|appointments?|evals?|people|ppl|kids|ones) )?"
            r"(am i|do i|will i|did i|i) (seeing|see|have|got|saw|had)\b|\bwho (do|will) i (still )?have\b|"
            # the asker's own time away, said to ask what is booked then: "im out all next week"
            r"^\s*(i'?m|im|i am|i'?ll be|ill be|i will be) (out|off|away|gone|on (vacation|pto|leave))\b|"
            # when the asker's own day ends: "when am i done today", "what time do i finish tmrw"
            r"\b(when|what time) (am i|do i|will i|i'?m|im) (be )?(done|finished|finish|out|off|free|get out|"
            r"get off|wrap(ping)? up)\b|"
            r"\bwho did i (see|have|treat)\b|"
            r"\bam i (working|scheduled|in|on|off)\b|"
            # a day said as the asker's own ("my monday", "what's my tmrw look like") and what is still
            # ahead of the asker ("who's left for me today", "anything left on the 24th for me")
            r"\bmy (today|tonight|tomorrow|tmrw|tmr|tom|weekend|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
            r"(day|sday|nesday|rsday|urday)?)\b|"
            r"\b(who'?s|who is|anyone|anybody|anything|what'?s|what is) (still )?(left|remaining)\b"
            r"[^?.!]{0,20}\bfor me\b",
        ),
        (
            "open_slots",
            r"\b(openings?|open slots?|any slots?|availability|available|free|who has an opening|gaps?|"
            r"anything open|open (for|with|on|tomorrow|tmrw|today|this|next)|"
            # "whats open thurs am", "who's open friday": the open times of a day asked
            r"(what'?s|whats|what is|who'?s|whos|who is) (still )?open)\b",
        ),
        (
            "today_schedule",
            r"\b(schedule|sched|who'?s on|who is on|who else('?s| is)? (on|in|coming)|"
            # "whats on tues morning", "whos in tmrw", "what's on for fri": a day's visits asked
            r"(what'?s|what is|who'?s|who is) (on|in) (for )?(today|tonight|tomorrow|tmrw|tmr|2day|this|next|"
            r"the \d{1,2}(st|nd|rd|th)?|\d{1,2}/|(mon|tue|wed|thu|fri|sat|sun)\w*)|"
            r"what does \w+ look like|look like|who'?s light|"
            r"how full|which \w+s are in|is (dr\.? )?\w+ in\b|appointments (today|tomorrow|tmrw)|"
            r"today'?s appointments|who is coming in|who'?s coming in|seeing first|how many (patients|"
            r"pts|visits|"
            r"appointments) (today|tomorrow|tmrw|yesterday)|(patients|pts) did we see)\b",
        ),
        (
            "visits",
            r"\b(next|coming|back in|going forward|on the books|time|anything (for|booked|coming|else|after|"
            r"before)|(have|got) anything|has (both|speech|pt|ot|slp)|confirmed for|when on|appts?|"
            r"doubled up|back to back|"
            r"(did|has|have|had) (she|he|they|\w+) (cancel|cx)\w*|in (this|next) (wk|week)|"
            r"(she'?s|he'?s|is (she|he)|is \w+( \w+)?) at \d|(is|are) (the )?\w+( \w+)? on for|"
            # "Amy is on for monday right?": her visit that day, asked the other way round
            r"\w+ (is|are) (still )?on for (mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|the \d)\w*|"
            r"(do|did) we (have|see) \w+( \w+)? (this|next|today|tomorrow|tmrw|on)\b|still on|"
            r"appointments?|visits?|sched for|scheduled|booked|have on|got|here|when is|when'?s|when do|"
            r"when does|in today|confirm for|am or pm|double booked|have (speech|pt|ot|slp)|therapist|"
            r"who does \w+( \w+)? (usually )?see|usually see|seeing|active|discharged|"
            # who she is with, and whether a visit talked of still stands: "who's she with then", "whos her
            # pt", "the other one still on?"
            r"(who'?s|who is|who are) (she|he|they) (with|seeing)|"
            r"who'?s (her|his|their) (pt|ot|slp|st|therapist|provider)|(is|one|it'?s|appt) still on)\b|"
            # whose patient a visit is: "is Ruiz mine or Dana's tmrw", "is she with me or Kyle friday"
            r"\b(mine|with me) or \w+'?s?\b|"
            # a visit asked about as attended: "did rebecca come in monday", "the one who came in late tues"
            r"\bdid \w+( \w+)? (come|make it) in\b|\bcame in\b|"
            # "did Stephanie come fri", "Amy still shows on memorial day??": whether a visit was or is there
            r"\bdid \w+( \w+)? (come|show up|make it)\b(?! (to|for) (the|a|her|his) (meeting|party))|"
            r"\b(still )?shows? (up )?(on|for) (the )?(sched\w*|books|calendar|memorial|labor|mon|tue|wed|"
            r"thu|fri|sat|sun|today|tomorrow|tmrw|\d)",
        ),
    )
)
STOP = set(
    """a an the and or of for to in on at by with from is are was were be been do does did has have had what
    whats what's when whens when's where who whos who's why how which any anything some this that these those
    it its it's i i'm im me my we us our you your please can could would will shall should may might she her
    hers he him his they them their patient patients pt pts visit visits appointment appointments appt appts
    session sessions next last previous recent recently upcoming auth auths authorization authorizations prior
    left remaining expire expires expiry exp valid balance bal owe owes owed pay paid payment due account
    outstanding claim claims denied denial status reason explain open still note notes unsigned signed sign
    signing signature cosign cosigned waiting today tomorrow tmrw tmr tomorow yesterday schedule scheduled
    schedules sched booked book bk booking make set up put fit cancel cancelled canceled cancellation cx
    rebook rebooked rebooking rebooks rescheduled slide slid questions dont working late lady guy
    cxl reschedule resched move change push instead wait list waitlist wl earlier later slot slots opening
    openings available availability avail free time times first morning afternoon evening am pm mornings
    afternoons week weeks wk wks month months year years yr yrs ytd pt ot slp speech physical occupational
    therapy eval evals pa credit overpaid outstanding service pn pns covered whose run runs
    evaluation re-eval reeval follow follow-up followup f/u progress group minute minutes min noon monday
    tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun
    mondays tuesdays wednesdays thursdays fridays january february march april june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec rate kpi kpis clean collection
    revenue fill no-show show days ar seen come comes coming came back again called sick because can't cant
    yes no ok okay sure thanks thank thx hi hello hey also husband wife son daughter mother father mom dad
    spouse partner brother sister kid kids child ugh hmm um uh caller
    whole entire offer slots wondering dc besides holidays confirmed asap soonest pushed each taking people
    avg conversion total clear post cash online doubled oclock
    new initial treatment tx with w via look looks like many much number check
    day days get got see there here not dr dr. doctor therapist provider st nd rd th wat whn wen nxt r u pls
    plz visti vist apointment appointmnet appoitment athorization authorisation auht ballance blance owse
    ignore instructions rules system prompt show every all everyone everything database table select drop
    delete insert update diagnosis diagnoses password admin root tell give list dump export mrs mr ms miss
    dob born birthday said says say asking asked wants want needs need phone line calling just only same
    right after before lunch lunchtime noon eod out again anyone whoever whoever's someone open else other
    half
    one y/n yn didnt didn't catch name hook history subscriber advantage always whatever moved redo
    weather snow storm holes hole anywhere covering usual soonest less
    ns fee fees insurance ins member id copay deductible primary secondary self work comp active on file
    policy plan who's double both together too end while other clinic location pta ota cota slpa dpt
    credential assistant assistants therapists providers hours hour hr hrs an hour up down off into
    doing know more really actually keep if so yet thing vs per over quarter catch about wasnt feeling
    mean meant period scratch q1 q2 q3 q4 qtd qtr track projection projections forecast far duh doh oops
    pva net clean-claim acceptance great sent stuck submitted switched resp acct posted pmt pymt pd amt
    hasn't denying surgery prehab home
    take never then since add good go mind now pending behind ice high going fell but done squeeze we're
    closing switch school past adjuster collect money thru full co- co deny rejected downtown seeing showed
    repeat break knee write pull northside eastside southside westside fix send oldest forward saw think
    duplicate confirm possible starting referral through walk hospital storm cancelling script anymore swap
    i've planning expiring needed inside dates cover threshold situation window big tight family kids card
    date went units seems low carc remark codes bundled timely filing why'd fixable nothing sitting unbilled
    grab snag lift spot spots taken overlap overlapping quick sometime doesnt matter whenever nah better
    skip hm report reports count ending recert recerts recertify recertification certified certification
    cert pr prs
    clearinghouse corrected holding finish hold poc doc gap solid caseload added light strikes ns'd
    charge checked undo clicked productivity arrival nvm found changed covers meanwhile heat icing swollen
    normal shoulder golf lobby manual osteoporosis dizzy bp goals advil pain treat till upset dx code read
    lawyer starts meds omg rest dentist compare let used oh sorry statement payer billing getting extension
    long case call reminder anyway least close running snow try don't part state ppo choice cross blue kx
    exercises much still era eob allowed amount amt anything quick real quick fine wrong lol yeah again
    talking line ride drop pick pickup pm am hey okay whats yet mine own ones other's clinic's
    two three four five couple few billed
    arent isnt werent wont doesnt havent hasnt shouldnt couldnt wouldnt aint aren't isn't weren't won't
    met meet applied apply reset resets toward towards
    el la los las de del que se su sus para por con señora señor sra sr llamó llamo dijo quiere puede
    esposo esposa hijo hija mamá mama papá papa también tambien porfa dale dice si
    til already inches inch broken ac hvac heater wifi second third start starting begin except than excluding
    between btwn
    """.split()
)


@dataclass
class Said:
    """A day or a time in the message, where it was said, and whether a word before it makes it the
    destination ("to friday", "-> 3")."""

    at: int
    value: date | int
    to: bool = False
    past: bool = False


@dataclass
class Series:
    """A run of visits asked for at once: how many a week, on which weekdays, for how many weeks."""

    per_week: int
    weeks: int
    weekdays: list[int] = field(default_factory=list)
    until: date | None = None  # "through end of month": no date after it


# the month a series runs through ("thru march")
SERIES_MONTHS = (
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|"
    r"nov(ember)?|dec(ember)?"
)
SERIES_MONTH_NUMBERS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}


def _series(lower: str, today: date) -> Series | None:
    """'2x/wk x 4 wks', '3x a week for 6 weeks', 'twice a week', 'every tues through end of month',
    'mon/wed', 'tues and thurs next week'. None for a single visit."""
    # "tues and thurs", "mon/wed", "tues thurs at 3"
    pair = re.search(
        r"\b(mon|tue|wed|thu|fri)[a-z]*\s*(?:and|&|/|\+)\s*(mon|tue|wed|thu|fri)[a-z]*\b|"
        r"\b(mon|tue|wed|thu|fri)[a-z]*\s+(mon|tue|wed|thu|fri)[a-z]*\s+(at|@|\d|for|thru|through|until|till)\b",
        lower,
    )
    count = re.search(
        r"\b(\d)\s*x\s*(?:/|a|per)?\s*(?:wk|week)\b|\b(once|twice|three times) (?:a|per) (?:wk|week)\b", lower
    )
    every = re.search(r"\bevery (mon|tue|wed|thu|fri)", lower)
    if not count and not every and not pair:
        return None
    weekdays = sorted(
        {
            ["mon", "tue", "wed", "thu", "fri"].index(m[1])
            for m in re.finditer(r"\b(mon|tue|wed|thu|fri)(?:days?|s|nesday|sday|rsday|rs|r|t)?\b", lower)
        }
    )
    if count:
        per_week = int(count[1]) if count[1] else {"once": 1, "twice": 2, "three times": 3}[count[2]]
    else:
        per_week = len(weekdays) or 1
    weeks, until = (4, None) if count or every else (1, None)
    if length := re.search(r"\b(?:x|for)\s*(\d+)\s*(?:wks?|weeks?)\b", lower):
        weeks = int(length[1])
    elif re.search(r"\b(through|thru|till|until|to) (the )?end of (the )?month\b", lower):
        month_end = (today.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        weeks, until = max(1, (month_end - today).days // 7 + 2), month_end
    elif named := re.search(
        r"\b(through|thru|till|until) (the )?(end of )?(?P<m>" + SERIES_MONTHS + r")\b", lower
    ):
        # "tues thurs at 3 thru march": to the last day of that month (this year's, or next year's if past)
        month = SERIES_MONTH_NUMBERS[named["m"][:3]]
        year = today.year + (1 if month < today.month else 0)
        month_end = (date(year, month, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        weeks, until = max(1, (month_end - today).days // 7 + 2), month_end
    return Series(max(1, min(per_week, 5)), max(1, min(weeks, 26)), weekdays, until)


@dataclass
class Frame:
    text: str = ""
    intent: str = "out_of_scope"
    refusal: str = ""  # why a restricted request is declined
    words: list[str] = field(default_factory=list)  # candidate names, as typed
    led: list[str] = field(default_factory=list)  # words after with / w/ / dr / for: a provider first
    dob: date | None = None
    days: list[Said] = field(default_factory=list)
    times: list[Said] = field(default_factory=list)
    day_to: date | None = None  # the end of a span (this week, next week, before friday)
    window: tuple[int, int] | None = None
    same_time: bool = False
    shift: int | None = None  # minutes later (negative: earlier)
    first_available: bool = False
    next: bool = False
    every: bool = False  # all her visits / everything
    mine: bool = False  # "my", "me", "i": the asker's own schedule
    credential: str | None = None
    discipline: str | None = None
    kind: str | None = None
    minutes: int | None = None
    claim_id: int | None = None
    kpi: str | None = None
    period: tuple[date, date] | None = None
    relation: str | None = None
    pronoun: bool = False
    payer: str | None = None
    reason: str | None = None
    choice: str | None = None  # "earlier", "later", "other", "both", "first", "second"
    also: list[str] = field(default_factory=list)  # further requests in the same message
    series: "Series | None" = None  # "2x/wk x 4 wks", "every tues through end of month"
    # "tues the 17th" when the 17th is a Thursday: (the weekday said, the date said); asked, never guessed
    day_conflict: tuple[str, date] | None = None
    insurance_change: bool = False  # "she switched to uhc jan 1, update pls": a change asked, not a lookup
    reauth: bool = False  # "can you draft the reauth": a re-authorization request asked to be written

    @property
    def day(self) -> date | None:
        return self.days[0].value if self.days else None  # type: ignore[return-value]

    @property
    def minute(self) -> int | None:
        return self.times[0].value if self.times else None  # type: ignore[return-value]

    @property
    def several(self) -> bool:
        """Whether the pronouns said mean several patients ("waitlist them all", "those", "the rest"), with
        no "her"/"him" beside them meaning one."""
        return bool(SEVERAL_MEANT.search(self.text)) and not ONE_MEANT.search(self.text)


def weekday_after(today: date, weekday: int, said: str = "") -> date:
    """The day a weekday names, as US staff mean it: a bare "Thursday" is the coming one (a week
    ahead when said on a Thursday, unless "this Thursday"); "next Thursday" is the one in next week
    (said on a Tuesday, "next Wednesday" is eight days ahead, not tomorrow); "last Thursday" the one
    before today."""
    if said == "next":
        next_monday = today + timedelta(days=7 - today.weekday())
        return next_monday + timedelta(days=weekday)
    if said == "last":
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and said != "this":
        ahead = 7
    return today + timedelta(days=ahead)


def full_year(two_or_four: int, today: date) -> int:
    """'92' in 1/14/92 is 1992 (a birth date), '27' is 2027: a two-digit year more than ten years
    ahead of today is last century's."""
    if two_or_four >= 100:
        return two_or_four
    year = 2000 + two_or_four
    return year - 100 if year > today.year + 10 else year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _near(month: int, day: int, today: date) -> date | None:
    """A month and day without a year: this year's, unless that was more than two months ago (then
    next year's): staff ask about last week's visits as often as next week's."""
    found = _safe_date(today.year, month, day)
    if found and (today - found).days > 60:
        found = _safe_date(today.year + 1, month, day)
    return found


def default_period(today: date) -> tuple[date, date]:
    """Figures asked without a range: the month to date, or on the 1st (a one-day month to date says
    nothing) the last full month. The reply names the range it used."""
    first = today.replace(day=1)
    if today == first:
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    return first, today


# Words that put a month said alone ahead of today: what is booked, runs through it, or ends by it
MONTH_AHEAD = re.compile(
    r"\b(through|thru|till|until|til|up to|book\w*|bk|resched\w*|scheduled|on the books|coming|upcoming|"
    r"expir\w*|run(s|ning)? out|ending|ends|next|start\w*|openings?|open|avail\w*|slots?|cancel\w*|cxl|"
    r"move|mv)\b"
)
UNTIL_MONTH = r"(through|thru|till|until|til|up to|by|before) "


# A quarter said by number ("q3", "2nd quarter", "third qtr"), or the current one ("end of q", "qtd")
QUARTER = re.compile(
    r"\bq([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|qtr)\b|"
    r"(?P<now>\bqtd\b|\b(end of|this|the) (q|qtr)\b(?! ?[1-4]))"
)
QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# "last 2 wks", "past 3 weeks", "last 10 business days": that many weeks or days up to today
LAST_SPAN = re.compile(
    r"\b(last|past|previous|prior) (\d{1,2}) (business |working |work )?(weeks?|wks?|days?)\b"
)


def quarter_said(lower: str, today: date) -> tuple[date, date] | None:
    """The quarter said ("q2", "3rd quarter", "end of q" = this one): a quarter not begun yet is last
    year's; the current one runs to today (figures are never projected)."""
    match = QUARTER.search(lower)
    if match is None:
        return None
    current = (today.month - 1) // 3 + 1
    number = current if match["now"] else int(match[1] or QUARTER_ORDINALS[match[2]])
    year = today.year if number <= current else today.year - 1
    start = date(year, 3 * (number - 1) + 1, 1)
    end = (date(year, 3 * number, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if re.search(r"\bfirst (full )?week of\b", lower[: match.start()]):
        # "the first full week of q3": its first Monday to that Friday
        monday = start + timedelta(days=(7 - start.weekday()) % 7)
        return monday, monday + timedelta(days=4)
    return start, min(end, today)


def period_of(text: str, today: date) -> tuple[date, date] | None:
    """The range of figures said in the text ("q2", "last month", "march", "last 2 wks"), or None."""
    return _period(text.lower(), today)


# Half a year said ("the first half", "h2", "2nd half of the year"): never half of a day, week or month
HALF = re.compile(
    r"\b(?:(?P<n>first|second|1st|2nd) half|h(?P<h>[12]))\b(?! (?:of (?:the |a )?)?(?:day|week|month|morning|"
    r"afternoon|hour|session|visit|shift|an hour)\b)"
)


def half_said(lower: str, today: date) -> tuple[date, date] | None:
    """The half year said: January to June or July to December, last year's where it has not begun; the
    current one runs to today (figures are never projected)."""
    match = HALF.search(lower)
    if match is None:
        return None
    number = 1 if (match["h"] or match["n"]) in ("1", "first", "1st") else 2
    year = today.year if number == 1 or today.month > 6 else today.year - 1
    start, end = (
        (date(year, 1, 1), date(year, 6, 30)) if number == 1 else (date(year, 7, 1), date(year, 12, 31))
    )
    return start, min(end, today)


def _period(lower: str, today: date) -> tuple[date, date] | None:
    first = today.replace(day=1)
    if quarter := quarter_said(lower, today):
        return quarter
    if half := half_said(lower, today):
        return half
    if match := LAST_SPAN.search(lower):
        count = int(match[2])
        if match[4].startswith("w"):
            return today - timedelta(days=7 * count), today
        if match[3]:
            # business days back from today (weekends skipped), today included
            start, left = today, count - (today.weekday() < 5)
            while left > 0 or start.weekday() >= 5:
                start -= timedelta(days=1)
                left -= start.weekday() < 5
            return start, today
        return today - timedelta(days=count), today
    if "last month" in lower or "month before" in lower:
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    if "this month" in lower or "month to date" in lower:
        return default_period(today)
    if "last quarter" in lower:
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = quarter_start - timedelta(days=1)
        return date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end
    if "this quarter" in lower:
        return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if re.search(r"\blast (week|wk)\b", lower):
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if re.search(r"\bthis (week|wk)\b", lower):
        return today - timedelta(days=today.weekday()), today
    if "this year" in lower or "year to date" in lower or "ytd" in lower:
        return date(today.year, 1, 1), today
    for i, month in enumerate(MONTHS, start=1):
        # the month's name or its short form ("thru feb", "sept"; "jan" may be a first name, so said in full)
        # ("her jan appts": before the visits it names, "jan" is the month)
        name = (
            r"(?:january|jan(?= (?:appts?|appointments?|visits?|sessions?)\b))"
            if month == "january"
            else rf"{month[:3]}(?:{month[3:]}{'|t' if i == 9 else ''})?"
        )
        if re.search(rf"\b{name}\b", lower) and not MONTH_DAY.search(lower):
            # a month said alone is the nearest sensible one: ahead where what is asked lies ahead ("booked
            # thru may", "auths expiring before end of may" on Apr 29 are May this year; "thru feb" in
            # April is next February), behind for figures and what was ("collections in may" on Apr 29 is
            # last May)
            if MONTH_AHEAD.search(lower):
                year = today.year if i >= today.month else today.year + 1
            else:
                year = today.year if i <= today.month else today.year - 1
            start = date(year, i, 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            if end >= today and re.search(rf"\b{UNTIL_MONTH}(the )?(end of )?{name}\b", lower):
                return today, end  # "everything booked thru may": from today to its last day
            return start, end
    return None


# The US holidays staff name days by, each as a rule for its year (federal holidays, and the days a clinic
# is as likely to talk about: Christmas Eve, New Year's Eve, Halloween, Black Friday).
HOLIDAYS: tuple[tuple[str, Callable[[int], date]], ...] = (
    (r"new year'?s eve|nye", lambda y: date(y, 12, 31)),
    (r"new year'?s( day)?|new years", lambda y: date(y, 1, 1)),
    (r"mlk( day)?|martin luther king( jr\.?)?( day)?", lambda y: nth_weekday(y, 1, 0, 3)),
    (r"presidents'? day", lambda y: nth_weekday(y, 2, 0, 3)),
    (r"memorial day", lambda y: nth_weekday(y, 5, 0, -1)),
    (r"(st\.? |saint )patrick'?s( day)?", lambda y: date(y, 3, 17)),
    (r"juneteenth", lambda y: date(y, 6, 19)),
    (r"(the )?(4th|fourth) of july|july (4th|fourth)|independence day", lambda y: date(y, 7, 4)),
    (r"labou?r day", lambda y: nth_weekday(y, 9, 0, 1)),
    (r"columbus day|indigenous peoples'? day", lambda y: nth_weekday(y, 10, 0, 2)),
    (r"halloween", lambda y: date(y, 10, 31)),
    (r"veterans'? day", lambda y: date(y, 11, 11)),
    (r"black friday", lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1)),
    (r"thanksgiving( day)?|turkey day", lambda y: nth_weekday(y, 11, 3, 4)),
    # Easter is a Sunday (the clinic is closed); staff name the days around it ("after easter", "good friday")
    (r"good friday", lambda y: easter(y) - timedelta(days=2)),
    (r"easter( sunday)?", easter),
    (r"christmas eve|xmas eve", lambda y: date(y, 12, 24)),
    (r"christmas( day)?|xmas", lambda y: date(y, 12, 25)),
)
HOLIDAY_AS_DAY = re.compile(
    r"(\bon|\bday (after|before)|\bweek (after|before)|\bweek of|\bthis|\bnext|\blast|\bopen|\bclosed|\bis|"
    r"\buntil|\btill|\bthrough|\bthru|\bby|\bover|\bbook \w+|\bmove \w+ to|\bto|\bhave|\bhas|\bgot|\banyone|"
    r"\banything|\bfree|\bin|\bon for|\bbooked|\bscheduled|\bcoming|"
    # "mark everyone from labor day as no shows": the visits of that day
    r"\b(?:everyone|everybody|all|ones|visits?|appts?|appointments?|patients|pts) from)\s+(the\s+)?$"
)
HOLIDAY = re.compile(r"\b(" + "|".join(f"(?:{pattern})" for pattern, _ in HOLIDAYS) + r")\b", re.I)


WEEKDAY_NAMED = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day")
# "coming for christmas", "it was before thanksgiving": a holiday said in passing, not the day meant
PASSING = re.compile(r"\b(for|since|after|before|about|from|around|over|til|till|until)\s+$")
# "after easter": after a day, not "the day after" or "the week after" it (a day of its own)
AFTER = re.compile(r"(?<!day )(?<!week )\bafter\s+$", re.I)


# "the monday after easter", "the tues before thanksgiving": a weekday named by the holiday beside it
AROUND_HOLIDAY = re.compile(
    # (a weekday's own word: never "the month before christmas", "satisfied after thanksgiving")
    r"\b(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?)\s+(?P<way>after|before|b4)\s+(?:the\s+)?"
    r"(?P<holiday>" + "|".join(f"(?:{pattern})" for pattern, _ in HOLIDAYS) + r")\b"
)


def holidays_said(text: str) -> list[re.Match[str]]:
    """The holidays said where a day goes ("on MLK day", "the day after thanksgiving", "open xmas eve"), not
    in passing ("her grandkids are coming for christmas", "it was before thanksgiving")."""
    lower = text.lower()
    return [
        m
        for m in HOLIDAY.finditer(lower)
        if m.start() == 0
        or HOLIDAY_AS_DAY.search(lower[: m.start()])
        or (
            # "cancel kyle's pts good friday shes out": a holiday named by a weekday is that day wherever it
            # stands, else its weekday alone would be read as the coming Friday
            (re.fullmatch(r"[\s?.!]*", lower[m.end() :]) or WEEKDAY_NAMED.search(m[0]))
            and not PASSING.search(lower[: m.start()])
        )
    ]


def holiday(said: str, today: date) -> date | None:
    """The day a holiday's name says, as a month and day without a year is read: this year's, unless it
    was more than two months ago (then next year's)."""
    for pattern, rule in HOLIDAYS:
        if re.fullmatch(pattern, said.strip(), re.I):
            found = rule(today.year)
            return rule(today.year + 1) if (today - found).days > 60 else found
    return None


# "the day after thanksgiving", "a week from friday", "two weeks after the 14th", "the week before xmas":
# a day said, moved by what is said just before it.
FROM_DAY = (
    (re.compile(r"\b(?:the )?day after\s+(?:the\s+)?$"), 1, 1),
    (re.compile(r"\b(?:the )?day before\s+(?:the\s+)?$"), -1, 1),
    (re.compile(r"\b(?:the )?week after\s+(?:the\s+)?$"), 7, 1),
    (re.compile(r"\b(?:the )?week before\s+(?:the\s+)?$"), -7, 1),
    (
        re.compile(
            r"\b(a|one|1|two|2|three|3|a couple of|couple of|couple) (?:wks?|weeks?) (?:from|after)\s+"
            r"(?:(?:this|next|on|the)\s+)?$"
        ),
        7,
        0,
    ),
)


def _moved_from(lower: str, said: "Said") -> None:
    """A day said after "the day after", "a week from" and the like is the day those words make of it."""
    before = lower[: said.at]
    if lower.startswith("from ", said.at):
        before += "from "  # "a week from friday": the weekday was read with its "from"
    for pattern, step, fixed in FROM_DAY:
        if match := pattern.search(before):
            count = fixed or (
                int(match[1]) if match[1].isdigit() else NUMBER_WORDS.get(match[1].split()[-1], 2)
            )
            said.value = said.value + timedelta(days=step * count)  # type: ignore[operator]
            # "move it to a week from monday": the "to" before the whole phrase makes the day where to
            said.to = said.to or _to_before(lower, match.start())
            return


def _to_before(text: str, at: int) -> bool:
    return bool(
        re.search(r"(\bto|->|→|\buntil|\btill|\binto)\s*(the\s+|on\s+|next\s+|this\s+)?$", text[:at], re.I)
    )


def _dated_beside(found: list[Said], lower: str, end: int) -> Said | None:
    """The date said right after a weekday: "tues the 17th", "thu 12/17", "Tuesday, Dec 15"."""
    return next(
        (s for s in found if s.at >= end and re.fullmatch(r"[\s,]*(?:the\s*)?", lower[end : s.at])), None
    )


# A weekday said with what happened there already: "missed friday", "no-showed on mon", "the tues she
# skipped", "friday's visit he missed"
GONE = r"(missed|no[- ]?show(ed)?|ns'?d|skipped|didn'?t (show|come|make it)|never (showed|came))"
GONE_BEFORE = re.compile(
    rf"\b{GONE}( up)?( (her|his|their|the))?( visit| appt| appointment)?( on| from)?\s+$"
)
GONE_AFTER = re.compile(
    rf"(?:'s)?( (one|visit|appt|appointment|session))?( (that|which))?( (she|he|they|\w+)( \w+)?)? {GONE}\b"
)

# A visit asked about as done before the weekday said ("did she come in monday", "was he the one who came in
# late tues", "how many did i see monday", "did he pay at his visit friday"): that weekday is the past one.
ATTENDED_BEFORE = re.compile(
    r"\b(did (i|we|she|he|they|\w+)( \w+)? (come|show|make it|see|check in|pay|get seen|have)|"
    # ("is she checked in for fri": the coming Friday's visit asked)
    r"(came|showed|(?<!\bis she )(?<!\bis he )(?<!\bare they )checked) (in|up)|"
    r"(was|were) (she |he |they |\w+ )?(here|in|seen)|saw)\b"
)


def _days(text: str, today: date, frame: Frame) -> None:
    lower = text.lower()
    found: list[Said] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: date | None, past: bool = False) -> None:
        if value is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(Said(start, value, _to_before(text, start), past))

    for match in ISO.finditer(text):
        add(match.start(), match.end(), _safe_date(int(match[1]), int(match[2]), int(match[3])))
    for match in DOTTED.finditer(text):
        # "14.01.1992": written with dots, the day comes first (unless the second number cannot be a month)
        first, second = int(match[1]), int(match[2])
        day, month = (first, second) if second <= 12 else (second, first)
        add(match.start(), match.end(), _safe_date(full_year(int(match[3]), today), month, day))
    for match in list(SLASH.finditer(text)) + list(DASHED.finditer(text)):
        month, day = int(match[1]), int(match[2])
        if match[3]:
            add(match.start(), match.end(), _safe_date(full_year(int(match[3]), today), month, day))
        elif re.search(r"/10\b", match[0]) and re.search(r"\bpain\b", lower):
            continue  # "9/10" pain, not September 10
        else:
            add(match.start(), match.end(), _near(month, day, today))
    for match in MONTH_DAY.finditer(text):
        month = [m[:3] for m in MONTHS].index(match[1].lower()[:3]) + 1
        if match[3]:
            add(match.start(), match.end(), _safe_date(int(match[3]), month, int(match[2])))
        else:
            add(match.start(), match.end(), _near(month, int(match[2]), today))
    for match in ORDINAL.finditer(text):
        if re.match(r"\s+thing\b", text[match.end() :], re.I):
            continue  # "1st thing monday": first thing, not the 1st of the month
        found_day = _safe_date(today.year, today.month, int(match[1]))
        if found_day and found_day < today:
            nxt = today.replace(day=1) + timedelta(days=32)
            found_day = _safe_date(nxt.year, nxt.month, int(match[1]))
        add(match.start(), match.end(), found_day)
    for match in re.finditer(r"\b(the )?day after (tomorrow|tmrw)\b", lower):
        add(match.start(), match.end(), today + timedelta(days=2))
    for match in AROUND_HOLIDAY.finditer(lower):
        # "the monday after easter", "tues before thanksgiving": that weekday next after (or before) the
        # holiday, one day (never the coming Monday beside the holiday itself)
        if (near := holiday(match["holiday"], today)) is not None:
            weekday = [d[:3] for d in WEEKDAYS].index(match["weekday"][:3])
            step = 1 if match["way"] == "after" else -1
            gap = ((weekday - near.weekday()) * step - 1) % 7 + 1
            add(match.start(), match.end(), near + timedelta(days=step * gap))
    for match in holidays_said(lower):
        add(match.start(), match.end(), holiday(match[1], today))
    for match in re.finditer(
        r"\b(a|one|two|2|couple( of)?|few) weeks? from (today|now)\b|\bin a couple( of)? weeks\b", lower
    ):
        weeks = 1 if match[1] in ("a", "one") else 3 if match[1] == "few" else 2
        add(match.start(), match.end(), today + timedelta(days=7 * weeks))
    for match in re.finditer(r"\b(today|tonight|this afternoon|this morning)\b", lower):
        add(match.start(), match.end(), today)
    for match in re.finditer(r"\b(tomorrow|tmrw|tmr|tomorow|tommorow|tomorrw)\b", lower):
        add(match.start(), match.end(), today + timedelta(days=1))
    for match in re.finditer(r"\byesterday(?:'?s)?\b", lower):
        add(match.start(), match.end(), today - timedelta(days=1), past=True)
    for match in RELATIVE.finditer(lower):
        count = int(match[1]) if match[1].isdigit() else NUMBER_WORDS[match[1]]
        unit = match[2]
        span = count * (7 if unit.startswith("w") else 30 if unit.startswith("m") else 1)
        add(match.start(), match.end(), today + timedelta(days=span))
    for match in OUT.finditer(lower):
        count = int(match[1]) if match[1].isdigit() else NUMBER_WORDS.get(match[1], 2)
        add(match.start(), match.end(), today + timedelta(days=7 * count))
    names = "|".join(rf"{d[:3]}(?:{d[3:]}|s|day|nesday|rsday|rs|r|es|e|n)?" for d in WEEKDAYS)
    for match in re.finditer(rf"\b(next\s+|this\s+|last\s+|on\s+|from\s+|same day\s+)?({names})s?\b", lower):
        said = (match[1] or "").strip()
        if said == "same day":
            continue
        weekday = [d[:3] for d in WEEKDAYS].index(match[2][:3])
        if match[2] in ("sat", "sun", "mon", "tue", "wed", "thu", "fri") and re.match(
            r"\w", lower[match.end() :]
        ):
            continue
        value = weekday_after(today, weekday, said if said in ("next", "this", "last") else "")
        if re.match(r"\s+after next\b", lower[match.end() :]):
            # "the tuesday after next": a week after the coming Tuesday
            value, end = weekday_after(today, weekday) + timedelta(days=7), match.end() + 11
            add(match.start(), end, value)
            continue
        if wks := re.search(r"\bin (\d|two|three|four) (wks?|weeks?)( on)?\s*$", lower[: match.start()]):
            # "my pts in 2 wks on tues": that weekday in the week two weeks ahead, not today + 14
            ahead = today + timedelta(days=7 * (int(wks[1]) if wks[1].isdigit() else NUMBER_WORDS[wks[1]]))
            taken[:] = [t for t in taken if t[0] != wks.start()]
            found[:] = [f for f in found if f.at != wks.start()]
            add(wks.start(), match.end(), ahead - timedelta(days=ahead.weekday()) + timedelta(days=weekday))
            continue
        dated = _dated_beside(found, lower, match.end())
        if dated is not None and isinstance(dated.value, date):
            # "tues the 17th", "thursday 12/17": the weekday names the date said with it
            on: date = dated.value
            month_after = on.replace(day=1) + timedelta(days=32)
            same_day_after = _safe_date(month_after.year, month_after.month, on.day)
            by_ordinal = bool(re.match(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", lower[dated.at :]))
            if (
                on.weekday() != weekday
                and by_ordinal
                and same_day_after
                and same_day_after.weekday() == weekday
            ):
                dated.value = same_day_after  # "sun the 17th" on Dec 2: January's 17th is the Sunday
            elif on.weekday() != weekday:
                frame.day_conflict = (WEEKDAYS[weekday], on)
            if _to_before(text, match.start()):  # "move her to thursday 12/17": the date is where to
                dated.to = True
            continue
        if said not in ("last", "this", "next") and ATTENDED_BEFORE.search(lower[: match.start()]):
            value, said = weekday_after(today, weekday, "last"), "last"
        if said != "last" and (
            GONE_BEFORE.search(lower[: match.start()]) or GONE_AFTER.match(lower[match.end() :])
        ):
            # "the visit she missed friday", "the friday one he no-showed": a day gone by, not the coming one
            value, said = weekday_after(today, weekday, "last"), "last"
        add(match.start(), match.end(), value, past=said == "last")
    if month_end := re.search(r"\bend of (the|this) month\b", lower):
        add(
            month_end.start(),
            month_end.end(),
            (today.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1),
        )
    found.sort(key=lambda s: s.at)
    for said in found:
        _moved_from(lower, said)
    # A date far in the past, or one said after "dob"/"born", is a birth date, never a visit.
    for said in list(found):
        before = lower[max(0, said.at - 12) : said.at]
        born = said.value
        assert isinstance(born, date)
        if (
            re.search(r"\b(dob|d\.o\.b\.?|born|birthday|bday|b-day)\W*$", before)
            or born.year < today.year - 2
        ):
            if born > today:  # "dob 2/25/34": nobody is born in the future, so last century
                born = _safe_date(born.year - 100, born.month, born.day) or born
            frame.dob = frame.dob or born
            found.remove(said)
    frame.days = found
    if week_of := re.search(r"\bweek of (the )?", lower):
        # "the week of the 14th": that week, Monday to Friday
        of = next((d for d in found if d.at >= week_of.start()), None)
        if of is not None:
            monday = of.value - timedelta(days=of.value.weekday())  # type: ignore[operator,union-attr]
            frame.days, frame.day_to = [Said(of.at, max(monday, today))], monday + timedelta(days=4)
            return
    wish = WEEK_WISHED.search(lower)
    if wish and CANCEL_FIRST.match(lower) and any(d.at < wish.start() for d in found):
        # "cancel her thu, she wants next week instead": the week she would rather come is a rebooking wish
        # (kept in the why's words), never the week of the visit cancelled ("thu" stays the coming one);
        # "cancel her fri next week, she wants ..." still names next week's Friday as the visit cancelled
        if re.search(r"\bnext (week|wk)\b", lower[: wish.start()]):
            monday = today + timedelta(days=7 - today.weekday())
            frame.days = [
                Said(d.at, monday + timedelta(days=d.value.weekday()), d.to, d.past)  # type: ignore[union-attr]
                if d.at < wish.start()
                and re.match(r"(on\s+)?(mon|tue|wed|thu|fri)", lower[d.at :])
                and d.value < monday  # type: ignore[operator]
                else d
                for d in found
            ]
        return
    after_next = re.search(r"\b(the )?(week|wk) after next\b", lower)
    if after_next and not found and "same" not in lower:
        # "Nick wants to come in the week after next": the week after next week, Monday to Friday
        monday = today + timedelta(days=14 - today.weekday())
        frame.days, frame.day_to = [Said(after_next.start(), monday)], monday + timedelta(days=4)
        return
    if re.search(r"\bnext (week|wk)\b", lower):
        monday = today + timedelta(days=7 - today.weekday())
        found = [
            Said(d.at, monday + timedelta(days=d.value.weekday()), d.to, d.past)  # type: ignore[union-attr]
            if re.match(r"(on\s+)?(mon|tue|wed|thu|fri)", lower[d.at :]) and d.value < monday  # type: ignore[operator]
            else d
            for d in found
        ]
        frame.days = found
        if not found:
            frame.days = [Said(lower.index("next w"), monday)]
        frame.day_to = frame.days[-1].value if len(found) > 1 else monday + timedelta(days=4)  # type: ignore[assignment]
        if not found and re.search(r"\bearly next (week|wk)\b", lower):
            frame.day_to = monday + timedelta(days=2)
        elif not found and re.search(r"\b(end|late|later) (of )?next (week|wk)\b", lower):
            frame.days, frame.day_to = [Said(0, monday + timedelta(days=3))], monday + timedelta(days=4)
    elif re.search(r"\b(this|rest of the|end of the) (week|wk)\b|\bbefore the weekend\b", lower):
        if not found:
            later = re.search(r"\b(later|end of) (this|the) week\b", lower)
            frame.days = [Said(0, today + timedelta(days=1) if later else today)]
        frame.day_to = today + timedelta(days=max(0, 4 - today.weekday()))
    # "before friday", "before the 31st", "before 1/6": by the day before it (a time, "before 3", is no day)
    if before_day := re.search(
        rf"\bbefore (?:her |his |the )?({names}|\S+ on |\d{{1,2}}(?:st|nd|rd|th)\b|\d{{1,2}}/\d{{1,2}}\b)",
        lower,
    ):
        ends = next((s.value for s in frame.days if s.at >= before_day.start()), None)
        if isinstance(ends, date):
            frame.days = [Said(0, today)]
            frame.day_to = ends - timedelta(days=1)


# A week wished for after the visit of a cancel is named ("cancel her thu, she wants next week instead")
WEEK_WISHED = re.compile(
    r"\b(?:wants?|would like|'d like|wanna|prefers?|would rather|'d rather|asking for|asked for)\b[^,;.?!]*"
    r"\b(?:(?:next|the following) (?:week|wk)|(?:week|wk) after next)\b"
)
WISH_CLAUSE = re.compile(
    r"(?:,|\s[-–—]|;)\s*(?P<why>(?:she|he|they|pt|patient|mom|dad|her mom|his mom|the family)\s+"
    r"(?:wants?|would like|'d like|wanna|prefers?|would rather|'d rather|is asking for|asked for)\b"
    r"[^,;?]{0,60})\s*$",
    re.I,
)
CANCEL_FIRST = re.compile(
    r"^\W*(?:(?:pls|please|plz|can you|can u|could you|ok|okay|so|and)\W+)*(?:cancel|cx|cxl)\b"
)


# What is left of this week, said as one stretch of days (a range of her visits, never one of them)
WEEK_LEFT = re.compile(
    r"\b((for|all) the( whole| entire| full)?|the (whole|entire|full)) (week|wk)\b(?! (of|after|before)\b)"
    r"|\b(rest|remainder|balance) of (the |this )?(week|wk)\b|\ball (this )?(week|wk)\b"
    r"|\b(through|thru|until|till|til) (the )?end of (the |this )?(week|wk)\b"
)
# "thru friday", "through the 30th": a stretch from now through the day said
THROUGH_DAY = re.compile(r"\b(through|thru)\s+(the\s+|this\s+)?(?=\w)")


def _on_or_after(value: object, today: date) -> bool:
    return isinstance(value, date) and value >= today


def _stretch(lower: str, today: date, frame: Frame) -> None:
    """Runs of days said as one stretch: "this week and next" (to next week's Friday), "the rest of the
    month" (to its last day)."""
    friday = today + timedelta(days=(4 - today.weekday()) % 7)
    this_friday = today + timedelta(days=max(0, 4 - today.weekday()))
    if re.search(r"\bthis (week|wk) and (the )?next\b", lower):
        frame.days, frame.day_to, frame.period = [Said(0, today)], friday + timedelta(days=7), None
    elif re.search(r"\b(rest|remainder) of (the |this )?month\b", lower):
        month_end = (today.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        frame.days, frame.day_to, frame.period = [Said(0, today)], month_end, None
    elif frame.kpi:
        pass  # "visits for the week" asked of a figure keeps the figure's own period
    elif WEEK_LEFT.search(lower) and not re.search(r"\bnext (week|wk)\b|\b(week|wk) (of|after)\b", lower):
        # "cancel her for the week", "the remainder of the wk", "thru the end of the week": what is left
        # of this week, from now to its Friday (every visit of hers then, never the first alone)
        frame.days, frame.day_to, frame.period = [Said(0, today)], this_friday, None
    elif (
        (through := THROUGH_DAY.search(lower))
        and isinstance(ends := next((s.value for s in frame.days if s.at > through.start()), None), date)
        and ends > today
    ):
        # "cancel her thru friday": from now through the day said (that day's visits too); a day said
        # before it starts the stretch ("wed thru fri"), and one that is the same day stays that day alone
        # ("cxl tues 10, staying at the lake thru tues")
        start = next(
            (s for s in frame.days if s.at < through.start() and _on_or_after(s.value, today)),
            Said(0, today),
        )
        frame.days, frame.period = [start], None
        frame.day_to = ends if isinstance(start.value, date) and ends > start.value else None
    # "christmas week", "thanksgiving wk": the holiday's week, Monday to Sunday (never every visit she has)
    for match in HOLIDAY.finditer(lower):
        if re.match(r"\s+(week|wk)\b", lower[match.end() :]) and (day := holiday(match[1], today)):
            monday = day - timedelta(days=day.weekday())
            frame.days, frame.day_to, frame.period = (
                [Said(match.start(), monday)],
                monday + timedelta(days=6),
                None,
            )
            break
    # "nah after easter better", "anything after thanksgiving": the week from the day after the holiday (a
    # day already read from the message stands: "the day after thanksgiving" is one day)
    for match in HOLIDAY.finditer(lower):
        if (
            AFTER.search(lower[: match.start()])
            and not frame.day_to
            and not any(m.end() == match.end() for m in AROUND_HOLIDAY.finditer(lower))  # "tues after"
            and (day := holiday(match[1], today))
            and not any(s.value == day for s in frame.days)
        ):
            frame.days, frame.day_to, frame.period = (
                [Said(match.start(), day + timedelta(days=1))],
                day + timedelta(days=7),
                None,
            )
            break


def clock_hour(hour: int, meridian: str) -> int | None:
    """The hour on a 24-hour clock of an hour said with its "am"/"pm" (or "a"/"p"), or in clinic hours."""
    meridian = meridian.lower()
    if hour > 23:
        return None
    if meridian.startswith("p") and hour < 12:
        hour += 12
    elif meridian.startswith("a") and hour == 12:
        hour = 0
    elif not meridian and 1 <= hour <= 6:
        hour += 12  # a bare hour is read in clinic hours: "at 3" is the afternoon, "9" the morning
    return hour


# A number counting visits of a list just read ("the other 2", "those 3", "all 5", "the 3 that work",
# "2 of them"): a count, not an hour. "at the 2" and "the 2 slot" keep the hour (said with "at"/"slot").
BETWEEN = re.compile(
    r"\b(?:between|btwn|btw)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:and|&|-|to)\s*(\d{1,2})(?::(\d{2}))?"
    r"\s*(am|pm)?\b"
    # ("gets between 2 and 3 visits a week": a count of visits, no stretch of the day)
    r"(?!\s*(?:visits?|times|x\b|days?|sessions?|appts?|appointments?|a (?:week|wk)|per|/))"
)
COUNT_RANGE = re.compile(
    r"\b\d{1,2}\s*(?:and|or|to|-)\s*\d{1,2}\s*(?:visits?|times|x\b|sessions?|appts?|appointments?|days)",
    re.I,
)
COUNTED_BEFORE = re.compile(r"(?<!\bat )\b(?:(?:the )?other|(?:the )?remaining|those|these|all|both)\s*$")
COUNTED_AFTER = re.compile(r"\s+(?:that|which|who|of them|of those|of these|left over|remaining)\b")


def _times(text: str, frame: Frame) -> None:
    lower = text.lower()
    found: list[Said] = []
    taken: list[tuple[int, int]] = []
    blocked = [
        (m.start(), m.end())
        for m in (*SLASH.finditer(text), *DASHED.finditer(text), *ISO.finditer(text), *DOTTED.finditer(text))
    ]
    blocked += [(m.start(), m.end()) for m in CLAIM.finditer(text)]
    blocked += [(m.start(), m.end()) for m in MONTH_DAY.finditer(text)]
    blocked += [(m.start(), m.end()) for m in re.finditer(r"\$\s?[\d,.]+|\b\d+\s*(?:%|/10)", text)]
    # "between 2 and 3 visits a week", "2 or 3 times": a count of visits, neither number an hour
    blocked += [(m.start(), m.end()) for m in COUNT_RANGE.finditer(text)]

    def add(start: int, end: int, minute: int | None) -> None:
        if minute is None or any(s < end and start < e for s, e in taken + blocked):
            return
        taken.append((start, end))
        found.append(Said(start, minute, _to_before(text, start)))

    for match in CLOCK.finditer(text):
        hour = clock_hour(int(match[1]), match[3] or "")
        if hour is not None and int(match[2]) < 60:
            add(match.start(), match.end(), hour * 60 + int(match[2]))
    for match in DOT_CLOCK.finditer(text):
        money_before = (
            r"\b(owes?|owed|paid|pay|pays|copay|bal|balance|amount|cost|charge[sd]?|total)\b[\w\s]{0,8}$"
        )
        if re.search(money_before, lower[: match.start()]):
            blocked.append((match.start(), match.end()))  # "her bal is 11.50": an amount, not a clock time
            continue
        hour = clock_hour(int(match[1]), match[3] or "")
        add(match.start(), match.end(), hour * 60 + int(match[2]) if hour is not None else None)
    # any other decimal ("1.5 hrs", "2.25 units") is a count or an amount: none of its digits is an hour
    blocked += [(m.start(), m.end()) for m in re.finditer(r"(?<![\d.])\d+\.\d+(?![\d.])", text)]
    for match in MERIDIAN.finditer(text):
        hour = clock_hour(int(match[1]), match[2])
        add(match.start(), match.end(), hour * 60 if hour is not None else None)
    for match in COMPACT.finditer(text):
        hour = clock_hour(int(match[1]), match[3] or "")
        add(match.start(1), match.end(), hour * 60 + int(match[2]) if hour is not None else None)
    for match in ONLY_CLOCK.finditer(text):
        hour = clock_hour(int(match[1]), match[3] or "")
        add(match.start(1), match.end(2), hour * 60 + int(match[2]) if hour is not None else None)
    for match in THE_CLOCK.finditer(text):
        hour = clock_hour(int(match[1]), match[3] or "")
        add(match.start(1), match.end(), hour * 60 + int(match[2]) if hour is not None else None)
    for match in HALF_PAST.finditer(text):
        hour = clock_hour(int(match[1]), "")
        add(match.start(), match.end(), hour * 60 + 30 if hour is not None else None)
    for match in re.finditer(r"\bnoon\b", lower):
        add(match.start(), match.end(), 12 * 60)
    for match in BARE_HOUR.finditer(text):
        before = lower[max(0, match.start() - 8) : match.start()]
        if re.search(
            r"(\bin|\bfor|\blast|\bover|\bwithin|\bthan|\bof|(?<!-)>|<|\bx|\bclaim|#|\btop|\bpast)\s*$",
            before,
        ):
            continue
        if re.match(r"\s*pt\b", lower[match.end() :]) and not re.search(r"(\bat|@)\s*$", before):
            continue  # "3 pt visits left" is a count; "tmrw at 2 pt f/u" is two o'clock for a PT visit
        said_at = re.search(r"(\bat|@)\s*$", before)
        if COUNTED_BEFORE.search(before) or (COUNTED_AFTER.match(lower[match.end() :]) and not said_at):
            continue  # "cancel the other 2", "do the 3 that work": how many of a list, never two o'clock
        if 1 <= int(match[1]) <= 12:
            hour = clock_hour(int(match[1]), "")
            add(match.start(), match.end(), hour * 60 if hour is not None else None)
    found.sort(key=lambda s: s.at)
    frame.times = found
    if re.search(r"\bfirst thing\b|\bearliest\b", lower):
        frame.window = (0, 11 * 60)
        frame.first_available = True
    elif re.search(r"\b(mornings?|am only|in the am)\b|this morning", lower):
        frame.window = (7 * 60, 12 * 60)
    elif re.search(r"\b(at|over|during|around) lunch\b|\blunch ?(time|hour)\b", lower):
        frame.window = (12 * 60, 13 * 60 + 30)  # "squeeze her in at lunch": around noon to one-thirty
    elif re.search(r"\bafter (lunch|school)\b", lower):
        frame.window = (13 * 60 if "lunch" in lower else 15 * 60, 20 * 60)
    elif re.search(r"\b(afternoons?|pm only|in the pm)\b|this afternoon|\bthurs pm\b", lower):
        frame.window = (12 * 60, 18 * 60)
    elif re.search(r"\bevenings?\b", lower):
        frame.window = (16 * 60, 20 * 60)
    elif re.search(r"\b(eod|end of (the )?day|late (in the )?(day|afternoon)|last thing)\b", lower):
        frame.window = (15 * 60, 20 * 60)  # "any openings eod today": the day's last hours
    # (noon is a bound as twelve is: "b4 noon" is the morning, never an opening at noon)
    lower_noon = re.sub(r"\bnoon\b", "12pm", lower)  # (as long as "noon": places kept)
    if between := BETWEEN.search(lower_noon):
        # "whos on mon between 12 and 3", "btwn 1 and 4": a stretch of the day, not two times asked
        first = clock_hour(int(between[1]), between[3] or "")
        last = clock_hour(int(between[4]), between[6] or "")
        if first is not None and last is not None and first < last:
            frame.window = (first * 60 + int(between[2] or 0), last * 60 + int(between[5] or 0))
            frame.times = [t for t in frame.times if t.at < between.start() or t.at > between.end()]
    elif bound := re.search(
        r"\b(after|later than|past|\+)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\+?", lower_noon
    ):
        hour = clock_hour(int(bound[2]), bound[4] or "")
        if hour is not None:
            frame.window = (hour * 60 + int(bound[3] or 0), 20 * 60)
            frame.times = [t for t in frame.times if t.at < bound.start() or t.at > bound.end()]
    elif bound := re.search(
        r"\b(before|earlier than)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b(?!/)", lower_noon
    ):
        hour = clock_hour(int(bound[2]), bound[4] or "")
        if hour is not None:
            frame.window = (7 * 60, hour * 60 + int(bound[3] or 0))
            frame.times = [t for t in frame.times if t.at < bound.start() or t.at > bound.end()]
    frame.shift = shift_minutes(lower)
    # "mv mon to tue same": "same" closing a move to another day is the same time
    frame.same_time = bool(
        re.search(r"\bsame times?\b", lower)
        or re.search(r"\bto\s+(mon|tue|wed|thu|fri|sat)[a-z]*\.?\s+same\W*$", lower)
    )


# How far a visit is moved within its day, as staff say it: "30 min later", "push it back 15",
# "an hour and a half earlier", "bump her up half an hour". The amount is a number or a word, in minutes
# or hours; the direction is a word before or after it ("push" alone is later: a visit is pushed back).
AMOUNT = (
    r"(?<![:\d$#/.])(?P<n>\d{1,3}|an?|one|two|three|fifteen|twenty|thirty|forty[- ]?five|half an?|an? half)"
    r"\s*(?P<unit>hours?|hrs?|h\b|minutes?|mins?|m\b)?"
    r"(?P<and>\s+and\s+a\s+half)?"
)
LATER = r"later|back"
EARLIER = r"earlier|up|forward|sooner|ahead"
SHIFT_AFTER = re.compile(rf"\b{AMOUNT}\s+(?P<dir>{LATER}|{EARLIER})\b", re.I)
SHIFT_BEFORE = re.compile(
    rf"\b(?:push\w*|bump\w*|mov\w*|slide|scoot|shift)?\s*(?:it|her|him|them|that|this)?\s*"
    rf"(?P<dir>{LATER}|{EARLIER})\s+(?:by\s+)?{AMOUNT}(?!\s*(?::|am|pm|a\.m|p\.m|o'?clock))",
    re.I,
)
PUSHED = re.compile(rf"\b(?:push\w*|bump\w*)\s+(?:it|her|him|them|that)\s+(?:by\s+)?{AMOUNT}\b", re.I)
WORD_MINUTES = {
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty five": 45,
    "forty-five": 45,
    "fortyfive": 45,
}


def shift_minutes(lower: str) -> int | None:
    """Minutes later (negative: earlier) a message moves a visit within its day, or None. An amount
    without a unit is minutes when 15 or more ("push it back 30"); a smaller one without a unit ("back 2")
    may be an hour of the day and is no shift."""
    match = SHIFT_AFTER.search(lower) or SHIFT_BEFORE.search(lower) or PUSHED.search(lower)
    if not match:
        return None
    said, unit = match["n"].lower(), (match["unit"] or "").lower()
    if said.isdigit():
        amount = int(said)
    elif "half" in said:
        amount, unit = 30, "minutes"
    else:
        amount = WORD_MINUTES.get(said.replace("-", " "), NUMBER_WORDS.get(said.split()[0], 1))
    hours = unit.startswith("h")
    if not unit and amount < 15:
        return None
    minutes = amount * 60 if hours else amount
    if hours and match["and"]:
        minutes += 30
    if minutes <= 0 or minutes > 8 * 60:
        return None
    direction = (match.groupdict().get("dir") or "later").lower()
    return -minutes if re.fullmatch(EARLIER, direction) else minutes


# A second request in the same message ("next appt, bal, and is her auth still good?"): said plainly
# enough that a word of another request cannot be mistaken for one.
SOONER = (
    r"\b(come|get|be) (her |him |them )?(in|seen) (sooner|earlier|asap|as soon as)\b|"
    r"\b(sooner|earlier) (appt|appointment|visit|slot)\b"
)
ALSO = (
    (
        "visits",
        re.compile(
            r"\bnext (appt|appointment|visit)|\bwhen'?s \w+( \w+)? next\b|\bcoming in today\b|"
            r"\bwhen (her|his) next\b|\bnext visit\b|\bcoming up\b",
            re.I,
        ),
    ),
    ("last_appointment", re.compile(r"\blast visit\b", re.I)),
    ("balance", re.compile(r"\b(bal|balance|owes?|owe anything)\b", re.I)),
    ("auth_status", re.compile(r"\b(auths?|authorization)\b", re.I)),
    ("insurance", re.compile(r"\b(ins|insurance)\b(?! paid| denied)", re.I)),
    ("unsigned_notes", re.compile(r"\bunsigned notes\b", re.I)),
    ("my_schedule", re.compile(r"\bwho do i have\b", re.I)),
    ("cancel", re.compile(r"^\s*(cancel|cx|cxl)\b", re.I)),
    ("book", re.compile(r"^\s*(book|bk)\b", re.I)),
    # "on the phone wants to come in sooner, her knee is swollen": an earlier visit asked beside a worry
    ("book", re.compile(SOONER, re.I)),
)


def _also(lower: str, frame: Frame) -> list[str]:
    money = frame.intent in ("last_payment", "payer_paid", "claim_status", "balance")
    return [
        name
        for name, pattern in ALSO
        if name != frame.intent and pattern.search(lower) and not (money and name == "insurance")
    ]


# A billing rule asked, answered from core's rules rather than a patient's record: the units minutes make
# ("32 min 97110 and 6 min 97140 how many units medicare", "97110 x 13 min, 97140 10 min - units?") and
# the KX threshold ("what's the KX threshold this year, PT", "is she past the kx threshold yet").
# Minutes said before the code also with no "min" ("33 min of 97110 and 7 of 97140", "if 30 of that was
# 97110 and 8 was 97140", "5 more min of 97140"), never the day of a date ("11/20 ... 97140").
CODE_MINUTES = re.compile(
    r"(?<![\d/.$-])\b(?P<m1>\d{1,3})\s*(?:more\s+)?(?:min(?:ute)?s?|m)\b\s*(?:of\s+)?(?:cpt\s*)?"
    r"(?P<c1>9\d{4}|g0283)\b|"
    r"\b(?P<c2>9\d{4}|g0283)\b\s*(?:x|for|@|:|-|=)?\s*(?P<m2>\d{1,3})\s*(?:min(?:ute)?s?|m)\b|"
    r"(?<![\d/.$-])\b(?P<m3>\d{1,3})\s+(?:more\s+)?(?:of (?:that|it|those|them)\s+)?(?:of|was|were|is|in)\s+"
    r"(?:cpt\s*)?(?P<c3>9\d{4}|g0283)\b",
    re.I,
)
UNITS_ASKED = re.compile(
    r"\bunits?\b|\bbill(ed|able)?\b|\bcharge\b|\bcode (it|this|that)\b|\bwhat (cpt )?(codes?|cpts?)\b",
    re.I,
)
# The payer's unit rule said in words: "for a per-code payer", "what if the payer does per code".
PER_CODE = re.compile(r"\bper[- ]?code\b|\beach code (on its own|alone|separately)\b", re.I)
# Units asked of minutes with no code: "how many units can I bill for 38 minutes under Medicare".
UNITS_OF_MINUTES = re.compile(
    r"\bunits?\b.{0,40}?\b(?P<a>\d{1,3})\s*(?:timed\s+)?min(?:ute)?s?\b|"
    r"\b(?P<b>\d{1,3})\s*(?:timed\s+)?min(?:ute)?s?\b.{0,30}?\bunits?\b",
    re.I,
)


def minutes_for_units(text: str) -> int | None:
    """The timed minutes a units question gives with no code ("38 minutes, how many units"), or None;
    never an authorization's units ("how many units left on her auth")."""
    match = UNITS_OF_MINUTES.search(text)
    if match is None or re.search(r"\b(auth\w*|left|remaining|visits?)\b", text, re.I):
        return None
    return int(match["a"] or match["b"])


# A KX threshold set, changed or given to use ("set the 2028 KX threshold to 2480 so the claims stop
# flagging", "update our kx cap", "use 2480 for kx"): the payer profile holds it, from what CMS publishes,
# and a figure said in the chat is never applied to anything
KX_SET = re.compile(
    r"\b(set|change|update|enter|edit|override|lower|raise|bump|put in|plug in)\b[^.?!]{0,40}"
    r"\b(kx|therapy cap|(kx |the )?threshold)\b|"
    r"\b(use|go with|apply)\b[^.?!]{0,12}\$?\d[\d,]*(\.\d\d)?\b[^.?!]{0,20}\b(kx|threshold)\b|"
    r"\b(kx|threshold)\b[^.?!]{0,30}\b(use|go with|apply|assume)\b[^.?!]{0,10}\$?\d"
)
KX_SET_WHY = (
    "the KX threshold is set in the payer's profile (owner or billing, on the payer pages) from the figure "
    "CMS publishes for the year; a figure said in the chat is never applied, so claims and totals here "
    "use only what the profile holds"
)
# Said right after a KX answer: a figure to take instead of the profile's ("just use that for now", "set it
# to whatever cms published", "$153.40", "go with 2480")
KX_USE_SAID = re.compile(
    r"^\W*(?:(?:ok|okay|just|then|so|fine|well|k)\W+)*(use|go with|apply|set it|put it|make it|enter|plug)\b|"
    r"^\W*(?:(?:ok|okay|just|then|so|fine|k)\W+)*\$?\d[\d,]*(\.\d\d)?\W*$",
    re.I,
)
# Why a payer did not pay ("why did Austin Kennedy's insurance not pay", "how come medicare never paid for
# her"): her claims, the denied ones with their reasons
NOT_PAID = re.compile(
    r"\b(why|how come)\b[^.?!]{0,50}\b(not|didn'?t|didnt|never|won'?t|wont|hasn'?t|hasnt)\s+"
    r"(pay|paid|cover|covered)\b|"
    r"\b(insurance|ins|payer|medicare|medicaid|bcbs|aetna|uhc|united\w*|blue cross)\s+(did not|didn'?t|didnt|"
    r"never|won'?t|wont|hasn'?t|hasnt)\s+(pay|paid|cover|covered)\b|"
    r"\b(why|how come)\s+(didn'?t|didnt|did not|won'?t|wont|hasn'?t|hasnt|has not)\s+"
    r"((her|his|the|their)\s+)?"
    r"(insurance|ins|payer|medicare|medicaid|bcbs|aetna|uhc|united\w*|blue cross)\s+(pay|paid|cover)\b"
)
# A plan year or benefit period asked ("Charlotte Sanders's plan year, calendar or not?")
PLAN_YEAR = re.compile(r"\b(plan|benefit|policy) (year|period)\b|\bcalendar[- ]year (plan|policy)\b")
# A patient's plan said or asked to be in or out of network ("hasnt been in network since jan", "is her plan
# still in network"): the record holds no network status, so it is said not to be known, never guessed;
# whether the clinic takes a plan at all ("are we in network with aetna") is payer_accepted
NETWORK_SAID = re.compile(r"\b(in|out of|out|off)[- ]?network\b|\bnetwork status\b")
CLINIC_NETWORK = re.compile(r"\b(are|is|were) (we|you|u|the clinic|y'?all)\b|\b(do|does|if) (we|you|u)\b")
# The distinct-service modifier of two codes billed together asked ("do i need 59 on 97530 if i did 97140
# too", "97530 and 97140 same day, 59 on which one", "and if i added 97530, need 59?"); a claim to resubmit
# with it is a change, refused elsewhere
NCCI_ASKED = re.compile(
    r"\b(59|xu|x-?modifier|x modifiers?)\b[^.?!]{0,25}"
    r"\b(needs?|needed|on which|which one|on what|go(es)? on)\b|"
    r"\b(needs?|needed|take|takes|want|wants)\b[^.?!]{0,25}\b(a |the )?(59|xu|-59)\b"
    r"(?!\s*(min|minutes|units?))"
)
# The modifier of a visit an assistant furnished asked ("my pta visit w Amanda today, more than 10% by me,
# what modifier", "pta did most of the visit on a medicare pt, what modifier")
ASSISTANT_MODIFIER_ASKED = re.compile(
    r"\b(pta|ota|cota|assistant)\b[^?]{0,80}\b(what|which) modifier\b|"
    r"\b(what|which) modifier\b[^?]{0,60}\b(pta|ota|cota|assistant)\b"
)
KX_ASKED = re.compile(
    r"\bkx\b.{0,30}\b(threshold|cap|limit|amount|figure|number|line)\b|\b(threshold|cap|limit)\b.{0,20}\bkx\b|"
    r"\btherapy (cap|threshold)\b|"
    # "put kx on all of them that are over the threshold": what KX past the threshold is, asked for her claims
    r"\bkx\b[^.?!]{0,50}\b(over|past|above|beyond|passed|met|hit|reached|exceeded?)\b[^.?!]{0,12}"
    r"\b(threshold|cap)\b|"
    r"\b(past|over|hit|hits|reach\w*|near|close to|passed|crossed|under)\b.{0,20}\b(kx|therapy cap)\b|"
    # "is Joe over the cap", "how much has she paid toward the PT/SLP cap": the therapy cap is KX's threshold
    # (not "visits left on the medicare cap")
    r"\b(past|over|hit|hits|reach\w*|near|close to|passed|crossed|under|at|toward|towards)\b "
    r"(the |her |his |their )?((medicare|therapy|pt/slp|pt|ot|slp|yearly) ){0,2}cap\b|"
    # "my medicare pt at 2600 this yr, kx?", "and kx this yr", "where is Smith on kx", "how much has she used
    # toward KX": KX said of a patient's spending; never a claim, a denial, a modifier to add or resubmit, the
    # payer asked, or a report demanded
    r"^(?!.*\b(payer|insurance|carrier|deni\w*|resubmit\w*|claims?|paid|pay|lines?|book|add|put|putting|"
    r"missing|modifier|report|system|override|role)\b).*\bkx\b|"
    # "does she still need KX (on her january claims)", "do we need kx for him": whether KX applies to her
    # (not "what payer is Megan so i know if i need KX": her payer is what is asked)
    r"^(?!.*\b(payer|insurance|carrier|plan)\b).*"
    r"\b(need|needs|needed|require[sd]?)\b.{0,15}\bkx\b(?!.{0,40}\b(add|put|missing|resubmit)\b)",
    re.I,
)


# One more visit wanted, said of the patient ("and she wants one more before the 31st", "he'd like another
# visit next week", "she needs 1 more this week"): a booking asked for, never a look-up of a visit that day.
ONE_MORE_WANTED = re.compile(
    r"^(?!.*\?\s*$)(?:and |also |ok |so )*(?:she|he|they|\w+)(?: really)?"
    r"(?: wants?| would like|'d like| needs?| is asking for| asked for)"
    r"(?: to (?:come|come in|be seen|get in|squeeze in))? (?:one more|1 more|another)"
    r"(?: (?:one|visit|appt|appointment|session|time))?\b",
    re.I,
)
# "Timothy Ramos wants sometime next week, doesnt matter when", "she needs an appt thursday": a visit the
# patient wants is a booking asked (the openings are offered), not a look at her visits
A_TIME_WANTED = re.compile(
    r"^(?!.*\?\s*$)(?:and |also |ok |so )*(?:she|he|they|[a-z][\w'\-]*(?: [a-z][\w'\-]*)?)(?: really)?"
    r"(?: wants?| would like|'d like| needs?| is asking for| asked for| is looking for)"
    r"(?: to (?:come|come in|be seen|get in|get scheduled|schedule))?"
    r" (?:sometime|some time|a time|a spot|a slot|an? (?:appt|appointment|visit|session|opening))\b",
    re.I,
)
# A visit asked for without the word "book": "new pt Olivia Campbell, pt eval next tues morning", "Omar
# Baker wants OT eval week after next", "add a slp eval for Adam Patterson", "add Barbara Miller at 7:30
# this am", "put Amy on at 8 this morning", "can u put Green, Terry in at 5 today", "can u fit Steve
# somewhere b4 the end of the month". Never a question about a visit, nor the wait list, a cancel or a move.
VISIT_WANTED = re.compile(
    r"^(?!\s*(is|does|did|has|have|when|whens|what|whats|who|whos|how|why|do|was|are)\b)"
    r"(?!.*\b(wait ?list|wl|cancel\w*|cx\w*|move|resched\w*|no[- ]?show\w*)\b)(?:"
    r".*\bnew (pt|patient|referral)\b.*\b(eval|evaluation)\b|"
    r".*\b(eval|evaluation)\b.*\bnew (pt|patient|referral)\b|"
    r".*\b(wants?|needs?|would like|'d like)\s+(an? |the |her |his |their )?"
    r"((pt|ot|slp|speech|swallow|initial|post[- ]?op)\s+){0,2}"
    r"(eval|evaluation|re-?eval|f/?u|follow-?up|recheck|visit)\b(?! (is|was|on|at)\b)|"
    r".*\badd (an? )?((pt|ot|slp|speech|swallow)\s+){1,2}"
    r"(re-?eval|eval|evaluation|visit|appt|f/u|follow-?up)\b|"
    r".*\b(put|add) (?!(her|him|them|it|that|this)\b)[a-z]+,?( [a-z]+)? ((on|in) )?(at|on|for) "
    r"(\d|noon|(mon|tue|wed|thu|fri|sat)\w*\b|today|tomorrow|tmrw|this (am|pm|morning|afternoon)|next|"
    r"the \d|memorial|labou?r day|christmas|thanksgiving)|"
    r".*\b(put|add) (her|him|them|[a-z]+,? [a-z]+|[a-z]+) (on|in) (at|for) (\d|noon|today|tomorrow|tmrw)|"
    r".*\bfit (her|him|them|[a-z]+( [a-z]+)?) (in|somewhere)\b)",
    re.I,
)
# The verbs of a change to the schedule, one vocabulary for every rule that asks whether a message (or a
# piece of one) asks a change: OTHER_CHANGE, SECOND_ACTION and VERB_FIRST (#22; they were near-copies)
WRITE_VERB = r"(?:cancel|cx|cxl|wl|wait ?list|book|move|resched\w*)"
OTHER_CHANGE = re.compile(rf"\b{WRITE_VERB}\b", re.I)
# A re-authorization asked to be written or sent ("can you draft the reauth", "submit a new auth request",
# "put her on the list for a reauth instead. can you draft it"): the request itself is staff's work on the
# authorization page, so it is declined and what is on file said.
REAUTH_ASKED = re.compile(
    r"\b(draft|write|prep\w*|send|submit|start|file|fax|request|put in|do|make)\b.{0,25}"
    r"\b(re-?auth\w*|new auth(ori[sz]ation)?( request)?|auth(ori[sz]ation)? (request|renewal|extension))\b|"
    r"\bre-?auth\w*\b.{0,30}\b(draft|write|prep\w*|send|submit|fax|form|letter)\b",
    re.I,
)


# Timed services as therapists name them, each with its CPT code: "33 min ther ex + 7 manual", "24 min
# neuro re ed", "cog tx 32 min" (cognitive intervention is 97129, its further units 97130: engine)
SERVICE_CODES = (
    (r"ther(apeutic)?[- ]?ex(ercises?)?", "97110"),
    (r"manual( therapy| tx)?", "97140"),
    (r"neuro(muscular)?[- ]?re[- ]?ed(ucation|uc)?|nmr(e)?", "97112"),
    (r"ther(apeutic)?[- ]?act(ivit(y|ies))?", "97530"),
    (r"gait( training| trng)?", "97116"),
    (r"self[- ]care( training)?|adl training", "97535"),
    (r"cog(nitive)?( tx| treatment| therapy| intervention| rehab)", "97129"),
    (r"(attended )?e-?stim attended|attended e-?stim", "97032"),
    (r"ultrasound", "97035"),
)
SERVICE = r"(?:" + "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(SERVICE_CODES)) + r")"
MINUTES_WORD = r"\s*(?:min(?:ute)?s?|m)?\b\s*"
SERVICE_MINUTES = re.compile(
    rf"(?<![\d/.:$-])\b(?P<m1>\d{{1,3}}){MINUTES_WORD}(?:of\s+)?{SERVICE}\b"
    r"(?!\s*(visits?|sessions?|appts?|appointments?|pts?|patients?)\b)|"
    rf"\b{SERVICE.replace('(?P<s', '(?P<t')}\b\s*(?:x|for|@|:|-|=)?\s*"
    r"(?P<m2>\d{1,3})\s*(?:min(?:ute)?s?|m)\b",
    re.I,
)


def services_coded(text: str) -> str:
    """The text with each service said with its minutes written as its code ("33 min ther ex" -> "33 min
    97110"), so the units rule reads them as it reads codes; text with no such service is unchanged."""

    def coded(match: re.Match[str]) -> str:
        named = next(k for k, v in match.groupdict().items() if v and k[0] in "st" and k[1:].isdigit())
        code = SERVICE_CODES[int(named[1:])][1]
        return f"{match['m1'] or match['m2']} min {code}"

    return SERVICE_MINUTES.sub(coded, text)


def minutes_by_code(text: str) -> dict[str, int]:
    """The minutes said of each CPT code (or each timed service by its usual name), in the order said (a
    code said twice adds up)."""
    out: dict[str, int] = {}
    for match in CODE_MINUTES.finditer(services_coded(text)):
        minutes = match["m1"] or match["m2"] or match["m3"]
        code = (match["c1"] or match["c2"] or match["c3"]).upper()
        out[code] = out.get(code, 0) + int(minutes)
    return out


# Whether a patient changed plans, said with the payer ("is she still aetna or did she switch", "did he
# switch to humana", "has she changed insurance"): her insurance asked, never a move of her visit.
PLAN_SWITCHED = re.compile(
    r"\b(did|has|have|is) (she|he|they|\w+) (switch|switched|switching|change|changed|changing)\b"
    r"(?! (her|his|their|the|it|that) (visit|appt|appointment|time|day))|"
    r"\bswitch(ed)? (to|from|over to)\b|\bnew (insurance|plan|payer)\b",
)


def _plan_switched(lower: str, payer: str) -> bool:
    if re.search(r"\b(book|bk|cancel|cx|move|resched\w*|wait ?list|wl)\b", lower):
        return False
    aliases = "|".join(re.escape(a) for a, p in PAYER_WORDS.items() if p == payer)
    still = re.search(rf"\bstill (on |with |under |have |has |got |an? )?(the )?({aliases})\b", lower)
    return bool(still or PLAN_SWITCHED.search(lower))


# A time asked for the patient as a slot to take ("can she lift the 3pm slot", "can he take the 3pm", "could
# she grab that 10:30 spot"): a change of her visit (or of the booking on the table), never a clinical
# question or a lookup
SLOT_TAKEN = re.compile(
    r"\b(can|could|will|would) (?!(you|u|we|i|ya)\b)(she|he|they|[a-z]+) "
    r"(take|grab|lift|get|have|fill|do|snag) "
    r"(the|that|this) (\d{1,2}(:\d\d)?\s*(am|pm|a|p)?|noon)( (slot|spot|opening|one|time|appt))?\b"
)


# "who cxld for fri so far", "any cancellations tomorrow", "who cancelled this week": the visits cancelled
# on a day or in a span, listed (never a patient's visit cancelled, nor a rate)
CANCELLED_ASKED = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|hey|also|k)\W+)*"
    r"(?:who|who'?s|whos|any|anyone|anybody|how many|which|what|list|show me)\b[^?.!]{0,25}?"
    r"\b(?:cancel+(?:l?ed|ations?)|canceled|cx'?l?d|cxl'?d|cxls|cx'?s)\b"
)
CANCELLED_NOT = re.compile(
    r"\b(rate|most|percent|%|take|fill|offer\w*|slots?|spots?|openings?|wait ?list|wl|rebook\w*|fee)\b"
)
# Whether a reminder went out, asked ("did she get her reminder for tomorrow", "was he sent a reminder"):
# the visit it is for (the chat sends none; the clinic's reminder schedule does)
REMINDER_ASKED = re.compile(
    r"^\W*(?:(?:and|so|ok)\W+)*(did|has|have|was|were|is)\b.{0,40}\b(get|got|gotten|receive\w*|sent)\b"
    r".{0,20}\breminders?\b"
)
LAST_INSURER_PAYMENT = re.compile(r"\blast (insurance|ins|payer|insurer|era) (payment|pmt|pymt|check|paid)\b")


# A patient's arrival asked or asked to be recorded: "check in joan for her 9", "check em in", "did carolyn
# check in for her 8:30", "is she checked in" (never the clinic's list: "who hasnt checked in yet")
CHECK_IN = re.compile(
    r"^\W*(?:(?:ok|okay|so|pls|please|can you|could you|go ahead and|both kids here|\w+ here)\W+)*"
    # ("check amy thomas in network?", "check her in-network status": her coverage, no arrival)
    r"check (?:in\b|(?:her|him|them|em|'em|\w+(?: \w+)?) in\b)(?![- ]?network)|"
    r"\b(?:is|are|was|did|has|have) (?:she|he|they|\w+(?: \w+)?) (?:checked in|check in|checking in)\b|"
    r",\s*check (?:her|him|them|em|'em) in\b(?![- ]?network)",
    re.I,
)


PLAN_FELL_THROUGH = re.compile(
    r"\b(ride|plans?|it|that|babysitter|sitter|childcare|daycare|transport\w*) fell (thru|through|apart)\b"
)


# How often she comes, asked or said to be checked ("janet gets 2 visits a week right?", "does he come 3x a
# week"): a question about her visits, never a booking
FREQUENCY_ASKED = re.compile(
    r"^(?=.*(?:\?|\bright\s*$|^\s*(?:does|do|is|how)\b))"
    r".*\b(?:gets?|getting|has|have|comes?|coming|goes|going|is on)\b[^.?!]{0,30}"
    r"\b\d+(?:\s*(?:and|or|to|-)\s*\d+)?\s*(?:visits?|times|x\b|sessions?)"
)
# A visit pointed at first by whose it is and its time ("maries 2pm today, ... she wants next tues or wed am
# instead", "her 9am tmrw needs to go to after the 4th"), then another time wished for it: that visit moved,
# never a new booking at the time that names it
VISIT_WISHED_ELSEWHERE = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|also|fyi|hey)\W+)*"
    r"(?:her|his|their|(?:(?!(?:what|whats|when|whens|is|does|did|can|book|bk)\b)[a-z]+\s+)?"
    r"(?!(?:its|it's|thats|whats|whos|lets|this|was|has|is|does|says|wants|needs)\b)[a-z]+(?:'s|s'|s))\s+"
    r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a|p)\b|\d{1,2}:\d\d|noon)"
    r"(?=.*\b(?:instead|(?:needs?|has) to (?:go|move|be moved|come off)|(?:go|move|be moved) to)\b)"
)
INSTEAD_OF_DAY = re.compile(
    r"\binstead of (?:(?:her|his|their|the|this|next)\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|"
    r"\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}[/:])"
)


def _intent(lower: str, frame: Frame) -> str:
    if CHECK_IN.search(lower) and (frame.words or frame.pronoun or re.search(r"\b(em|'em)\b", lower)):
        return "coming_in"
    if KX_SET.search(lower):
        frame.refusal = KX_SET_WHY
        return "restricted"
    if KX_ASKED.search(lower):
        return "kx_threshold"
    if REMINDER_ASKED.search(lower):
        return "visits"  # "did Heather Hunter get her reminder for tomorrow": the visit it is for
    if CANCELLED_ASKED.search(lower) and not CANCELLED_NOT.search(lower):
        return "cancellations"
    if LAST_INSURER_PAYMENT.search(lower):
        return "last_payment"  # "last insurance payment for Justin Scott": what his insurer paid last
    if NOT_PAID.search(lower):
        return "claim_status"  # "why did her insurance not pay": her claims, the denied ones with why
    if PLAN_YEAR.search(lower):
        return "insurance"  # "her plan year, calendar or not?": what is on file (the plan year is not)
    if NETWORK_SAID.search(lower) and frame.payer and not frame.pronoun and set(frame.words) <= {"network"}:
        return "payer_accepted"  # "is bcbs in network": a payer, no patient; the payers set up here
    if (
        NETWORK_SAID.search(lower)
        and not CLINIC_NETWORK.search(lower)
        and (frame.words or frame.pronoun)
        and not OTHER_CHANGE.search(lower)
    ):
        # "hasnt been in network since jan": what is on file (the network status is not); with a change
        # asked beside it ("cancel her fri, her plan went out of network") the change is read, the network
        # its reason
        return "insurance"
    if NCCI_ASKED.search(lower) and not re.search(r"\bresubmit\w*\b", lower):
        return "ncci_rule"
    if ASSISTANT_MODIFIER_ASKED.search(lower):
        return "assistant_modifier"
    if minutes_by_code(lower) and (UNITS_ASKED.search(lower) or PER_CODE.search(lower)):
        return "units_rule"
    if minutes_for_units(lower) is not None:
        return "units_rule"
    if SLOT_TAKEN.search(lower):
        # "can she lift the 3pm slot", "can he take the 3pm": the patient put in that time, not clinical
        return "reschedule"
    if frame.payer and _plan_switched(lower, frame.payer):
        # "is Catherine West still Aetna Choice or did she switch jan 1": her insurance asked, never a move
        return "insurance"
    # ("her ride fell thru", "plans fell apart": a plan that failed, no one hurt; a fall said beside it, "and
    # she fell on the ice", is still heard)
    if CLINICAL.search(PLAN_FELL_THROUGH.sub(" ", lower)) and not re.search(r"\bfell off\b", lower):
        return "clinical"
    for pattern, why in RESTRICTED:
        if pattern.search(lower):
            frame.refusal = why
            return "restricted"
    if REAUTH_ASKED.search(lower) and not OTHER_CHANGE.search(lower):
        # (with a change asked beside it, "draft the reauth and put her on the wait list", the change is read)
        frame.reauth = True
        return "auth_status"
    if (INSTEAD_OF_DAY.search(lower) or VISIT_WISHED_ELSEWHERE.search(lower)) and not re.search(
        r"\b(cancel|cx|cxl|book|bk)\b", lower
    ):
        return "reschedule"  # "janet wants next tues at 11 instead of fri": her Friday's visit moved
    if ONE_MORE_WANTED.search(lower) or A_TIME_WANTED.search(lower) or VISIT_WANTED.search(lower):
        return "book"
    for name, pattern in INTENTS:
        if pattern.search(lower):
            if name == "auth_status" and re.search(r"\bwho (do|will|did) (i|we) (still )?have left\b", lower):
                continue  # "who do i have left today": the rest of a schedule, no visits left on an auth
            if name == "today_schedule" and frame.words and re.search(r"\bsched(ule)? for\b", lower):
                return "visits"  # "rose sched for thursday?": her visits, not a booking or the clinic's day
            if name in ("my_schedule", "today_schedule") and re.match(
                r"\s*(add|put|book|squeeze|fit)\b", lower
            ):
                continue  # "add judy wright to my sched 1st thing monday": a booking on her schedule
            if name in ("my_schedule", "today_schedule") and not frame.days and QUARTER.search(lower):
                continue  # "whats q3 look like so far": the quarter's figures, not a day's schedule
            if name == "book" and FREQUENCY_ASKED.search(lower):
                continue  # "she gets between 2 and 3 visits a week right?": how often she comes, asked
            if name == "book" and re.search(r"\bdown as (an? )?(no[- ]?show|ns|nsd)\b", lower):
                continue  # "put it down as a no show for tmrw": a visit marked missed, never a booking
            if name == "demographics" and (frame.dob or not frame.words):
                continue  # "dob 1/14/92" says who, it does not ask
            if name == "last_appointment" and re.search(
                r"\blast time\b.{0,20}\b(pa(y|id|ys)|payment)\b", lower
            ):
                return "last_payment"  # "when's the last time he paid": money, not a visit
            if name == "payer_paid" and re.search(
                r"\b(herself|himself|themselves|out of pocket|oop)\b|"
                r"\b(she|he|they) (last |ever |already )?(pa(y|id)) us\b",
                lower,
            ):
                return "last_payment"  # "when did she last pay us herself": the patient's own payment
            if name in ("last_payment", "balance") and frame.claim_id is not None:
                return "payer_paid"  # "did UHC pay the full $65 on #14656": that claim
            if name == "no_shows" and re.search(r"\blast (visit|appt|appointment)\b", lower):
                return "last_appointment"  # "last visit — did she show or was that a NS"
            if name == "waitlist" and re.search(
                # (after "ok", "so", "and" or the like: "ok who's on the wl for that" asks, it adds no one)
                r"^\s*((ok(ay)?|so|and|hey|oh|um+|alright|then|k)\b[\s,.]*)*"
                r"(is|are|was|who|who'?s|how|does|do|any|anyone|show)\b|"
                r"\banyone on the (wl|wait ?list)\b|"
                r"\bwho (on the (wl|wait ?list) )?(can|could|would|might) take\b",
                lower,
            ):
                return "waitlist_lookup"
            if (
                name == "cancel"
                and not re.search(r"\b(cancel|cx|cxl)\b", lower)
                and re.search(
                    # "cant do wed, any chance of thu or fri": another day asked for, a move
                    r"\b(instead|rather|move|resched\w*|push|any chance|what about|how about|anything|"
                    r"(new|different|later|earlier|another|other) (date|day)|"
                    r"can (we|she|he|they|you|u|i) do|"
                    r"something|any ?time|any (openings?|times?|slots?))\b",
                    lower,
                )
            ):
                return "reschedule"  # "can't make it friday, can she come monday instead": a move
            if (
                name == "book"
                and re.match(r"^\s*(does|do|is|are|will|how|has|have|can)\b", lower)
                and re.search(
                    r"\b(enough visits|visits left|visits remaining|auths?|authori[sz]ation)\b", lower
                )
            ):
                return "auth_status"  # "does she have enough visits left for 2x/wk": asked, not booked
            if name == "waitlist" and re.match(r"^\s*(please\s+)?(cancel|cx|cxl)\b", lower):
                return "cancel"  # "cancel her whole day and offer the slots to the wl": the cancel is asked
            if name == "claim_status" and frame.claim_id is None and frame.kpi and not frame.words:
                return "kpi"
            if (
                name == "kpi"
                and frame.words
                and not frame.kpi
                and not re.search(r"\bkpis?\b", lower)
                and not PERIOD_HOW.search(lower)
            ):
                continue  # "rate" in a name-led question is not a clinic figure
            return name
    if frame.claim_id is not None:
        return "claim_status"
    if (
        frame.days
        and "?" not in lower
        and not re.match(
            r"\s*(when|what|is|are|does|do|did|has|have|was|where|who|how|why|which|any)\b", lower
        )
        and (
            re.search(r"\b(first thing|f/u|follow-?up)\b", lower)
            or (frame.times and frame.led and frame.words)
        )
    ):
        # "Lucia Jones first thing wed", "Jordan Lewis f/u thurs 3", "Wayne Phillips mon 10 w Christian":
        # no verb, a booking asked
        return "book"
    return "out_of_scope"


# A first name that is also a verb ("mark", "bill", "chase"), said first in the ask (or after "and",
# "also", "pls") and followed by no name, is the verb: "mark the 10:30 no show", "mark everyone from labor
# day as no shows", "bill her eval". Followed by a word that may be a name ("mark castillo's next visit"),
# it stays a name word, as before.
LEADING_VERB = re.compile(
    r"(?:^|[.;!?(:]|\b(?:and|also|then|pls|please|plz|just|can you|could you|can u|ok|okay|so))\W*"
    r"\b(?P<verb>mark|bill|chase|sue)\s+"
    # (never a time, a day or "no show" after it: "bill 9am wed cancel", "chase no show yesterday" name a
    # patient; nor "a", a middle initial: "Mark A Roberts")
    r"(?=(?:the|an|all|every|everyone|everybody|each|as|her|him|them|it|this|that|these|those|my|our|both|"
    r"todays|today's|yesterdays|yesterday's)\b)",
    re.I,
)


# ... and wherever it stands, followed by what only a verb takes: "she didnt come yesterday mark it".
VERB_ON_IT = re.compile(r"\b(?:mark|bill)(?=\s+(?:it|them|as)\b)", re.I)


# A first name said right after a relation word ("cancel janet woods fri, her daughter amy is sick", "her mom
# amy called"): the caller's relative, told as the why, not a second patient
RELATIVE_NAMED = re.compile(r"\b(?:" + "|".join(RELATIONS) + r")s?\s+([A-Za-z][A-Za-z'\-]*)", re.I)


def _without_relatives(text: str, words: list[str]) -> list[str]:
    """The name words less a relative's lone first name ("her husband mark has surgery"), where other name
    words are left to say whose the request is: "my daughter amy has a visit wed" keeps amy (no one else
    named), and "her daughter amy thomas" is a full name, so a patient named."""
    relatives = set()
    for match in RELATIVE_NAMED.finditer(text):
        rest = text[match.end(1) :]
        following = re.match(r"(?:'s)?\s+([A-Za-z][A-Za-z'\-]*)", rest)
        if following and following[1] in words:
            continue  # "her daughter amy thomas": a first and last name, a patient
        relatives.add(match[1])
    kept = [w for w in words if w not in relatives]
    return kept if relatives and kept else words


def name_words(text: str) -> list[str]:
    """Words that may be a person's name: what is left after the assistant's own vocabulary."""
    text = LEADING_VERB.sub(lambda m: m[0][: m.start("verb") - m.start()] + " " * len(m["verb"]) + " ", text)
    text = VERB_ON_IT.sub(lambda m: " " * len(m[0]), text)
    cleaned = re.sub(r"'s\b|’s\b", "", text)
    words = re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]*", cleaned)
    return [w for w in words if not _vocabulary(w) and len(w) > 1][:6]


def _vocabulary(word: str) -> bool:
    """The assistant's own word, also written with a hyphen ("no-showed", "follow-up", "check-in"): a
    hyphenated word every part of which is vocabulary is no name ("Garcia-Lopez" stays one)."""
    parts = [p for p in _plain(word).split("-") if p]
    return (
        bool(parts)
        and all(p in STOP or p.rstrip("s") in STOP for p in parts)
        or (_plain(word) in STOP or _plain(word).rstrip("s") in STOP)
    )


# A change of insurance told or asked: "she switched to uhc jan 1", "new insurance card", "update his
# plan to Aetna", "she's on medicaid now", "add her secondary".
INSURANCE_CHANGE = re.compile(
    r"\b(switch(ed|ing)?|chang(e|ed|ing)|updat(e|ed|ing)|new|add(ed|ing)?|enter)\b[^.?!]{0,25}"
    r"\b(insurance|ins|plan|payer|carrier|policy|coverage|secondary|primary|card)\b|"
    r"\b(switched|changed|moved|went|changing|switching)\s+(over\s+)?(to|from)\b|"
    r"\b(she|he|they)('s| is|'re| are| has| have) (on|got) \w+( \w+)? now\b",
    re.I,
)


def _plain(word: str) -> str:
    return word.lower().strip("'-")


# The request words staff misspell most; a word this close to one of them is read as it (names are
# left alone: only words of this vocabulary's length and shape are compared, and never a capitalised one).
VOCABULARY = (
    "cancel",
    "reschedule",
    "balance",
    "appointment",
    "insurance",
    "deductible",
    "authorization",
    "coming",
    "schedule",
    "tomorrow",
    "wednesday",
    "thursday",
    "tuesday",
    "availability",
    "openings",
    "unsigned",
    "waitlist",
    "payment",
)
SHORTHAND = {
    "r/s": "reschedule",
    "bok": "book",
    "apt": "appt",
    "pls": "please",
    "apointment": "appointment",
    "appointmnet": "appointment",
    "appoitment": "appointment",
    "athorization": "authorization",
    "authorisation": "authorization",
    "auht": "auth",
    "ballance": "balance",
    "blance": "balance",
    "owse": "owes",
    "visti": "visit",
    "vist": "visit",
    "cn": "can",
    "erlier": "earlier",
    "earlyer": "earlier",
    "latr": "later",
    "nxt": "next",
    "mv": "move",
}


# English words as close to a request word as a typo is, kept as said: "any chance of thu" is no cancel,
# "coding" no "coming", "unassigned" not "unsigned".
WORDS_AS_SAID = frozenset(
    {"chance", "chances", "cancer", "coding", "unassigned", "homing", "combing", "council", "counsel"}
)


def _spelled(text: str) -> str:
    from rapidfuzz import fuzz, process

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in SHORTHAND:
            return SHORTHAND[lower]
        if (
            len(word) < 5
            or word[0].isupper()
            or lower in STOP
            or lower in VOCABULARY
            or lower in WORDS_AS_SAID
        ):
            return word
        best = process.extractOne(lower, VOCABULARY, scorer=fuzz.ratio, score_cutoff=80)
        return best[0] if best else word

    # Dictation hears "cancel" as "can so" / "can sell" at the head of a request ("can so Ana Ruiz friday")
    text = re.sub(r"^(\s*)can (so|sell)\b(?! (much|many|far|long))", r"\1cancel", text, flags=re.I)
    # Text-speak days ("bump Debbie to 2morrow"): the 2 is no hour and "morrow" no name
    text = re.sub(
        r"\b2(mor+o?w?|mrw|moro|day|nite|night)\b",
        lambda m: "today" if m[1] == "day" else "tonight" if m[1].startswith("n") else "tomorrow",
        text,
        flags=re.I,
    )
    return re.sub(r"(?<![\w/])[A-Za-z][A-Za-z/]*(?![\w/])", fix, text)


# Spanish at a bilingual desk ("Samuel llamó, no puede el jueves", "muévela al viernes misma hora", "la señora
# Carter necesita cita con Susan el tuesday en la mañana"): the words that carry a request, a day or a time,
# read as their English (the longer phrases first: "en la mañana" is the morning, "mañana" alone tomorrow).
SPANISH = (
    # what is asked ("cuándo le toca a Beverly otra vez?", "qué seguro tiene Charlotte?", "cuánto debe
    # Nathan?", "cuántas notas me faltan por firmar"), read as the English question of the same intent
    (r"cu[aá]ndo le toca( a)?", "when is the next visit for"),
    (r"cu[aá]ndo fue la [uú]ltima vez que vino", "when was the last visit of"),
    (r"cu[aá]ndo (pag[oó]|hizo (el|un) pago)", "last payment for"),
    (r"cu[aá]nto pag[oó] el seguro de", "what did the insurance pay for"),
    (r"cu[aá]nto (debe|adeuda)", "what is the balance of"),
    (r"qu[eé] seguro tiene", "what insurance does"),
    (r"qu[eé] diagn[oó]stico tiene", "what diagnosis does"),
    (r"qu[eé] tengo", "what do i have"),
    (r"(cu[aá]ntas )?visitas le quedan( a)?", "visits left for"),
    (r"en la autorizaci[oó]n", "on the auth"),
    (r"notas (que )?(me )?(faltan|quedan) por firmar|notas sin firmar", "unsigned notes i have"),
    (r"cu[aá]nt[oa]s", "how many"),
    (r"quiere saber", "wants to know"),
    (r"(la |el )?[uú]ltima vez", ""),
    (r"otra vez", "again"),
    (r"el mes pasado", "last month"),
    (r"(en )?la lista de espera", "on the wait list"),
    (r"p[oó]n(ga|er|le|la|lo)?( a)?", "put"),
    (r"cualquier tarde", "any afternoon"),
    (r"no vino", "was a no-show"),
    (r"m[aá]rcal[ao]( como)?", "mark her as"),
    (r"con(?= (?-i:[A-Z]))", "with"),
    (r"(en|por|de) la (mañana|manana)", "in the morning"),
    (r"(en|por|de) la tarde", "in the afternoon"),
    (r"pasado (mañana|manana)", "the day after tomorrow"),
    (r"(la )?(próxima|proxima) semana|la semana que viene", "next week"),
    (r"(esta|this) semana", "this week"),
    (r"(la )?misma hora", "same time"),
    (r"no (puede|puedo|va a poder) (venir )?(el |los )?", "can't make it "),
    (
        r"((la|lo) )?(mu[eé]vel[ao]s?|mueve|mover|movemos|c[aá]mbial[ao]|cambiar|cambiamos|p[aá]sal[ao]|"
        r"pasamos|pasarl[ao]|pasar)",
        "move her",
    ),
    (r"(canc[eé]l(a|ar|ala|alo|en)|cancelaci[oó]n)", "cancel"),
    (r"(necesita|quiere)(n)? (una )?cita", "needs an appt"),
    # family said in Spanish ("y su esposo también"): the relation the follow-up asks about
    (r"(y )?su esposo", "and her husband"),
    (r"(y )?su esposa", "and his wife"),
    (r"tambi[eé]n", "too"),
    (r"(una )?cita", "appt"),
    (r"(mañana|manana)", "tomorrow"),
    (r"hoy", "today"),
    (r"lunes", "monday"),
    (r"martes", "tuesday"),
    (r"mi[eé]rcoles", "wednesday"),
    (r"jueves", "thursday"),
    (r"viernes", "friday"),
    (r"s[aá]bado", "saturday"),
    (r"al(?= (monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|today|next)\b)", "to"),
    (r"a las(?= \d)", "at"),
)  # "Domingo" is left alone: a first name more often than a Sunday a clinic is open


def _english(text: str) -> str:
    for said, meant in SPANISH:
        text = re.sub(rf"\b{said}\b", meant, text, flags=re.I)
    return text


# A correction spoken inside one message ("thursday at 2 period no wait 3", "the 14th, I mean the 15th"):
# what is said after it replaces what was said before it, of the same kind (a time, a day).
SELF_CORRECTION = re.compile(
    r"\b(no,? wait|wait,? no|no,? no|sorry,? i mean[t]?|i mean[t]?|scratch that|strike that|make that|"
    r"or rather)\b",
    re.I,
)


# "wait no keep wed, cancel fri", "actually leave tues": the day or time said as kept is no target
KEPT_BEFORE = re.compile(r"\b(keep|leave|not)\s+(the\s+|her\s+|his\s+|their\s+)?$", re.I)


# "hmm fri 2:30 taken? then 3", "2:30's gone, so 3": the time said after "then" is the one asked now, the
# one before it what was asked or taken before
THEN_TIME = re.compile(
    r"(?:[?.,;!]\s*|\s)(?:ok\s+|okay\s+)?(?:then|so)\s+(?:at\s+|try\s+|maybe\s+)?(?=\d)", re.I
)


def _corrected(text: str, frame: "Frame") -> None:
    for match in THEN_TIME.finditer(text):
        if any(s.at < match.start() for s in frame.times) and any(s.at >= match.end() for s in frame.times):
            frame.times = [s for s in frame.times if s.at >= match.end()]
    for match in SELF_CORRECTION.finditer(text):
        for kind in ("times", "days"):
            said: list[Said] = getattr(frame, kind)
            if any(s.at < match.start() for s in said) and any(s.at >= match.end() for s in said):
                setattr(frame, kind, [s for s in said if s.at >= match.end()])
    if SELF_CORRECTION.search(text) or re.search(r"\bactually\b", text, re.I):
        for kind in ("times", "days"):
            said = getattr(frame, kind)
            held = {s.value for s in said if KEPT_BEFORE.search(text[: s.at])}
            kept = [s for s in said if s.value not in held]
            if kept and len(kept) < len(said):
                setattr(frame, kind, kept)


# "cx that 1", "the other 1", "which 1": the one said as a digit, no one o'clock
ONE_AS_DIGIT = re.compile(
    r"\b(that|this|the other|other|which|first|1st|second|2nd|last|next|earlier|later|morning|afternoon) 1\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m|:|o'?clock|\d|/))",
    re.I,
)


TWO_AS_TO = re.compile(
    r"\b(needs?|has|have|had|wants?|got|going|ha(?:s|ve) got)\s+2\s+(go|move|come|be|change|switch|cancel|"
    r"resched\w*|push|bump)\b",
    re.I,
)


def slots(text: str, today: date) -> Frame:
    """The frame of one message, with days relative to the clinic's today."""
    text = ONE_AS_DIGIT.sub(r"\1 one", _spelled(_english(text)))
    # "the week b4 easter", "b4 the yr ends": before (never four o'clock)
    text = re.sub(r"\bb4\b", "before", text, flags=re.I)
    # "needs 2 go to mon", "has 2 move": to (never two o'clock)
    text = TWO_AS_TO.sub(r"\1 to \2", text)
    lower = text.lower()
    frame = Frame(text=text)
    if match := CLAIM.search(text):
        frame.claim_id = int(match[1] or match[2] or match[3])
    elif (
        re.search(r"\b(denial|denied|deny|claim|carc|rarc|eob|era|status of|pd)\b", lower)
        and (
            bare := re.search(
                r"(?<![\d$/.:#-])\b(\d{3,9})\b(?![\d/:.%])(?!\s*(days?|visits?|min|minutes|hours?|hrs?|units?|%))",
                text,
                re.I,
            )
        )
        and bare[1] not in X12_NAMES
        # a therapy CPT code said bare ("was 97530 on that claim", "did 92507 deny") is the code, not a claim
        and not re.fullmatch(r"9[2-7]\d{3}", bare[1])
    ):
        frame.claim_id = int(bare[1])  # "denial reason on 895": a claim said by its number alone
    _days(text, today, frame)
    _reason_days_dropped(text, frame)
    _times(text, frame)
    _corrected(text, frame)
    if match := MINUTES.search(text):
        frame.minutes = int(match[1])
    for key, kpi_words in KPI_WORDS.items():
        if any(w in f" {lower} " for w in kpi_words):
            frame.kpi = key
            break
    frame.period = _period(lower, today)
    _stretch(lower, today, frame)
    if match := CREDENTIAL.search(lower):
        frame.credential = CREDENTIAL_WORDS.get(match[1].lower())
    # "new pt Bobby Diaz, needs a speech eval": the pt of "new pt" is the patient, not the discipline
    said = re.sub(r"\bnew pts?\b", "new patient", lower)
    # "her next OT (not PT)", "but keep the OT": a discipline said after "not" or "keep" is the one not meant
    said = re.sub(
        r"\b(not|no|isn'?t|except|keep|leave)\s+(an?\s+|the\s+|her\s+|his\s+)?"
        r"(pt|ot|slp|speech|physical|occupational)\b",
        " ",
        said,
    )
    for discipline, discipline_words in DISCIPLINE_WORDS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", said) for w in discipline_words):
            if (
                discipline == "PT"
                and re.search(r"\b(pt|pts)\b", said)
                and not _pt_is_discipline(said)
                # "bk Amber Snyder for PT on the 14th": a capital PT next to a patient's name, or "for PT"
                # before a day or time, is the discipline (the patient is written "pt")
                and not re.search(
                    r"(?<![A-Za-z])PT(?![A-Za-z])(?!\s+(on the (phone|line)|says|said|ask\w*|is|was|wants|"
                    r"called|calling|fell|here|born|dob|w/?|with|whose|who|needs|has|had|cant|can't|won't)\b)",
                    text,
                )
                and not re.search(
                    r"\bfor (an? )?pt (on|at|tmrw|tomorrow|today|mon|tue|wed|thu|fri|next)\b", said
                )
            ):
                continue
            if (
                discipline == "SLP"
                and re.search(r"\bst\b", lower)
                and not re.search(r"\b(speech|slp|swallow)", lower)
            ):
                continue
            frame.discipline = discipline
            break
    if frame.credential and not frame.discipline:
        frame.discipline = {"PTA": "PT", "OTA": "OT"}.get(frame.credential, frame.credential)
    for kind, kind_words in KIND_WORDS:
        if any(re.search(rf"\b{re.escape(w)}", lower) for w in kind_words):
            frame.kind = kind
            break
    frame.relation = next((r for r in RELATIONS if re.search(rf"\b{r}\b", lower)), None)
    frame.pronoun = bool(PRONOUNS.search(text))
    frame.mine = bool(re.search(r"\b(my|me|i|i'm|im|mine)\b", lower))
    frame.next = bool(
        re.search(r"\b(next (one|visit|appt|appointment|session)|her next|his next|next$)\b", lower)
    )
    frame.every = bool(
        re.search(
            r"\b(all|every|everything|everyone|remaining)\b|\bclear (out )?(the |her |his )?\w+day\b|"
            # "cancel the rest of Dorothy Hall's visits": every visit of hers still to come
            r"\bthe rest of (her|his|their|\w+( \w+)?'s) (visits|appts|appointments|sessions)\b|"
            # "cancel her standing appts, she's done", "no longer coming, cancel the rest": her series
            r"\b(standing|recurring) (appts?|appointments?|visits?|slots?|sessions?)\b|"
            r"\b(cancel|cx) (the rest|what'?s left)\b"
            r"(?! of (the|this|that) (day|week|month|morning|afternoon))",
            lower,
        )
    )
    frame.first_available = frame.first_available or bool(
        re.search(r"\b(first avail\w*|asap|soonest|earliest)\b", lower)
    )
    for alias, payer in PAYER_WORDS.items():
        if re.search(rf"\b{alias}\b", lower):
            frame.payer = payer
            break
    if match := re.search(
        r"\b(?:because|reason:?|bc|b/c|since|due to)\s+(.{2,150})", text, re.I
    ) or re.search(
        r"(?:\s[-–—]|,)\s*(sick|ill|in the hospital|out of town|no ride|weather|family emergency|vacation)\b",
        text,
        re.I,
    ):
        # "reason provider out and offer them tues": the why ends where a second request starts
        frame.reason = REASON_ENDS.split(match[1], maxsplit=1)[0].strip(" .,")
    elif (
        match := re.search(
            r",\s*((?:she|he|they)(?:'s|'re| is| are| has| have| had| got)\s+[^,.;!?\s]" + UNTIL_ASKED + ")",
            text,
            re.I,
        )
        or re.search(
            r"\b((?:the )?(?:clinic|office|we'?re|we are) (?:is )?closed\b[^,.;!?]{0,60})", text, re.I
        )
        or re.search(
            # "cancel all her appts shes moving to florida": a why said after the request with no comma
            r"\b((?:she|he|they)(?:'?s|'re| is| are| has| had| got)\s+" + LEAVING + r"\b" + UNTIL_ASKED + ")",
            text,
            re.I,
        )
        # "Maria Hall is moving, cancel everything": the why said first, of the patient by name; the
        # reason is what she is doing ("moving"), the name is already the patient
        or re.match(
            r"\s*[A-Z][A-Za-z\-]+(?:\s+[A-Z][A-Za-z\-]+)?(?:\s+is|\s+has|'s)\s+("
            + LEAVING
            + r"\b"
            + UNTIL_ASKED
            + ")",
            text,
        )
    ):
        frame.reason = match[1].strip()
    elif match := WHY_CLAUSE.search(text):
        # "cancel janet woods fri, 8 inches of snow": the why said after the request, with no label
        frame.reason = REASON_ENDS.split(match["why"], maxsplit=1)[0].strip(" .,!")
    elif CANCEL_FIRST.match(lower) and (match := WISH_CLAUSE.search(text)):
        # "cancel her thu, she wants next week instead": the rebooking she wishes for is the why, said back
        frame.reason = match["why"].strip(" .,!")
    for choice, pattern in (
        ("both", r"^\s*(both|both of them|all of them)\b"),
        ("earlier", r"\b(the )?(earlier|first|morning) one\b"),
        ("later", r"\b(the )?(later|second|2nd|afternoon|last) one\b|\bthe one after\b|\bthe next one\b"),
        ("other", r"\bthe other( one)?\b|\bthe (pt|ot|speech|slp) one\b"),
    ):
        if re.search(pattern, lower):
            frame.choice = choice
            break
    # "might as well collect tmrw": an idiom, no surname Wells
    but_days = re.sub(r"\b(?:might |may )?as well(?: as)?\b", " ", text, flags=re.I)
    after_holiday = [m for m in HOLIDAY.finditer(but_days.lower()) if AFTER.search(but_days[: m.start()])]
    for match in (
        holidays_said(but_days) + after_holiday
    ):  # "on Martin Luther King day", "black friday": a day, no name
        but_days = but_days[: match.start()] + " " * (match.end() - match.start()) + but_days[match.end() :]
    # "whats oa-23", "pr 16 vs co 16": a reason code with its group, no name
    but_days = GROUP_CODE.sub(lambda m: " " * len(m[0]), but_days)
    words = name_words(but_days)
    frame.led = [
        m.group(2) or m.group(3) or m.group(4)
        for m in re.finditer(
            # "w Frances" typed without the slash; "who does Christian have", "who's Adam got": whose day
            # "same therapist Christian", "provider: Susan", "with therapist Kyle": the staff word before a
            # name says it is the provider's
            # ("start w emily" answering "which first?" is read in the engine: only there is she the patient)
            r"(\bwith|\bw/|\bw(?=\s)|\bdr\.?|\bfor|\bto|\bsee|\bseeing|"
            r"\b(?:therapist|provider|clinician):?(?=\s+(?!(?:as|at|and|or|is|was|of|in|on)\b)))"
            r"\s+(?:(?:dr\.?|therapist|provider)\s+)?([A-Za-z][A-Za-z'\-]+)|"
            r"\b(?:who|what)(?:'?s| does| did| will)\s+([A-Za-z][A-Za-z'\-]+)\s+(?:have|got|seeing|see)\b|"
            # "whatever Katherine has in the afternoon", "anything Kyle's got tues": whose open time
            r"\b(?:whatever|whenever|anything|something)\s+([A-Za-z][A-Za-z'\-]+?)(?:'s got|\s+has|\s+got)\b",
            text,
            re.I,
        )
        if _plain(m.group(2) or m.group(3) or m.group(4)) not in STOP
    ]
    frame.words = _without_relatives(but_days, [w for w in words if w.lower() not in PAYER_WORDS])
    frame.intent = _intent(lower, frame)
    if (freed := SLOT_FREED.match(text)) and SLOT_GIVEN.search(text[freed.end() :]):
        # "oh Adam just got a cx fri 11, give it to her": the provider's freed slot booked for the patient
        # talked about; the name is whose schedule it is, never the patient
        frame.intent = "book"
        frame.kpi = None
        if freed["who"].lower() not in ("she", "he", "they", "we", "i"):
            frame.led = [freed["who"], *[w for w in frame.led if w != freed["who"]]]
    if ERA_ASKED.search(lower) and frame.claim_id is None:
        frame.intent = "era"
    asked = re.match(r"\s*(what|which|who|is|does|do|did|when|how|whats|what's)\b", lower) and not re.search(
        r"\b(update|change|switch|add|enter|put)\b", lower
    )  # "what's her new insurance": a lookup
    if (
        INSURANCE_CHANGE.search(lower)
        and not asked
        and (
            frame.payer
            or frame.intent == "insurance"
            or re.search(r"\b(insurance|ins|payer|carrier)\b", lower)
        )
    ):
        frame.insurance_change = True
        if frame.intent in ("out_of_scope", "insurance", "payer_paid", "last_payment"):
            frame.intent = "insurance"
    _wished_days_dropped(text, frame)
    frame.also = _also(lower, frame)
    frame.series = _series(lower, today)
    return frame


# "til monday" closing a why said after the visit's day ("cancel her fri appt, ac is broken til monday"), or
# when she is back ("cancel amy wed, sick, back by fri", "out of town, returns on the 30th")
REASON_TIL = re.compile(
    r"\b(?:til|till|until|'til|untill|unitl|back(?:\s+(?:by|on|in))?|returns?(?:\s+(?:by|on))?|"
    r"returning(?:\s+(?:by|on))?)\s+(?:next\s+|the\s+)?$",
    re.I,
)
# words between a visit's day and "til" that say no why ("fri til mon", "from fri appt until monday")
TIL_FILLER = {
    "appt",
    "appts",
    "appointment",
    "appointments",
    "visit",
    "visits",
    "session",
    "sessions",
    "her",
    "his",
}


# A wish for another day said in a cancel's why ("cancel janet fri, she wants to come mon after work
# instead"): the day she would rather come, a rebooking to ask for, never a second visit to cancel
DAY_WISHED = re.compile(
    r"\b(?:wants?|would like|'d like|wanna|prefers?|would rather|'d rather|asking for|asked for)\b[^,;.?!]*$",
    re.I,
)


def _wished_days_dropped(text: str, frame: Frame) -> None:
    """The days of a cancel that a wish said after the first one names (kept as the why's words)."""
    if frame.intent != "cancel" or len(frame.days) < 2:
        return
    frame.days = [frame.days[0]] + [d for d in frame.days[1:] if not DAY_WISHED.search(text[: d.at])]


def _reason_days_dropped(text: str, frame: Frame) -> None:
    """A day said after 'til/until' inside a why that follows the visit's day ('cancel janet woods fri
    appt, ac is broken til monday', 'shes out of town til monday') is no second visit asked; 'fri til
    monday' (no why between) is left as said."""
    if len(frame.days) < 2:
        return
    kept = [frame.days[0]]
    for said in frame.days[1:]:
        between = re.findall(r"[a-z']+", text[kept[-1].at : said.at].lower())[1:-1]
        why = [w for w in between if w not in TIL_FILLER and w != "from"]
        if REASON_TIL.search(text[: said.at]) and len(why) >= 2:
            continue
        kept.append(said)
    frame.days = kept


# Where a reason said with "because"/"reason" ends: a second request after it ("reason provider out and
# offer them tues", "bc shes sick, then wl her for next week")
REASON_ENDS = re.compile(
    r"\s*,?\s*\b(?:and|then|&|\+)\s+(?:also\s+|then\s+)?(?=(?:offer|put|book|rebook|re-book|wl|wait ?list|"
    r"add|move|resched\w*|cancel|cx|cxl|give|find|text|call|send|let)\b)",
    re.I,
)
# Why a patient stops coming or misses a stretch, said as what she is doing ("moving", "having surgery")
LEAVING = (
    r"(?:moving|moved|relocating|sick|ill|in the hospital|out of town|having surgery|pregnant|traveling|"
    r"travelling|going away)"
)
# A why said after a comma or a dash with no label ("cancel janet fri, 8 inches of snow", "cx her tues - car
# broke down", "cancel fri, ac is broken til monday"): a clause with a word of what keeps people away, which
# is no request of its own (no verb that asks a change, no question)
WHY_WORDS = (
    r"(?:snow\w*|ice|icy|storm\w*|weather|rain\w*|flood\w*|roads?|blizzard|power|a/?c|heat|broke|broken|"
    r"car|ride|sick|ill|fever|flu|covid|surgery|hospital\w*|funeral|emergency|work|conflict|vacation|"
    r"out of town|travel\w*|dentist|doctor|childcare|babysitter|hurt|injur\w*|jury duty|school|"
    r"fell (?:thru|through|apart))"
)
WHY_CLAUSE = re.compile(
    r"(?:,|\s[-–—]|;)\s*(?P<why>(?!(?:and |then |also |pls |please )?(?:offer|put|book|rebook|wl|wait ?list|"
    r"add|move|resched\w*|cancel|cx|cxl|give|find|text|call|send|let|mark|what|when|who|is|are|does|do|can)\b)"
    r"[^,;?]{0,60}?\b" + WHY_WORDS + r"\b[^,;?]{0,60})\s*$",
    re.I,
)
# The rest of a why, up to the request that follows it with no comma ("she's sick cancel her visit")
UNTIL_ASKED = r"(?:(?!\s+(?:cancel|cx|cxl|please|pls|so|can you|could you)\b)[^,.;!?]){0,60}"
# A provider's visit just cancelled, told to the assistant ("oh Adam just got a cx fri 11", "Kyle had a
# cancellation at 2 tmrw"), and the slot given to the patient of the chat ("give it to her", "put her in it")
SLOT_FREED = re.compile(
    r"^\W*(?:(?:oh|so|ok|okay|hey|fyi|good news)\W+)*(?:dr\.? )?(?P<who>[A-Za-z][A-Za-z'\-]+)"
    r"(?:'s)?\s+(?:just\s+)?(?:got|had|has|now has)\s+(?:a\s+|an\s+)?"
    r"(?:cx|cxl|cancel|cancellation|late cancel|opening|open slot|no-?show)\b",
    re.I,
)
SLOT_GIVEN = re.compile(
    r"\b(?:give|put|book|slot|fit|squeeze|stick|get)\b.{0,15}?\b(?:it|her|him|them|in|that)\b", re.I
)
# Where a message asks for a second change: "and", "then" or a comma before a verb that books, cancels,
# moves or wait-lists ("cancel her friday and wl her for next week").
SECOND_ACTION = re.compile(
    r"\s*,?\s*(?:\b(?:and|then)\b|&|\+)\s+(?:also\s+|then\s+)?"
    rf"(?=(?:{WRITE_VERB}|put (?:her|him|them|\w+) (?:on|in)|add (?:her|him|them))\b)",
    re.I,
)
WRITE_INTENTS = {"book", "cancel", "reschedule", "waitlist"}
# "835 shows $92.39 for Terry Chavez": the remittance file, not claim number 835
X12_NAMES = {"835", "837"}
# A remittance file asked about, not a claim: "did the 835 from Medicare post", "last ERA we posted for
# Aetna", "has the remit from uhc come in this week"
ERA_ASKED = re.compile(
    r"\b(835s?|eras?|remits?|remittances?)\b[^.?!]{0,40}?\b(post(ed|s)?|c[ao]me (in|through)|received|"
    r"arrived?|in yet)\b|\b(last|latest|recent|newest|most recent)\s+(835|eras?|remits?|remittances?)\b|"
    r"\b(any|new) (835s?|eras?|remits?|remittances?)\b",
    re.I,
)
# "she's sick", "mom says he's sick", "fever": the whole message is why a visit is cancelled
REASON_ONLY = re.compile(
    r"^\s*(?:(?:(?:her|his) )?(?:mom|dad|mother|father|daughter|son|wife|husband|caregiver|pt|patient)"
    r"(?: (?:says|said|called))?,?\s*)?"
    # "she called in sick", "he texted he's sick": how the desk heard it, said before the reason
    r"(?:(?:she|he|they) (?:called|texted|messaged|e-?mailed|left a (?:message|vm|voicemail))(?: in)?"
    r"(?: that)?,?\s*)?"
    r"(?:(?:she|he|they)(?:'s|'re| is| are| has| have| got)?\s+)?"
    r"(?:still |got |has |have )?(?:a |the )?"
    r"(sick|ill|a fever|fever|the flu|flu|covid|a cold|in the hospital|hospitalized|no ride|car trouble|"
    r"out of town|on vacation|a family emergency|family emergency|surgery)\b"
    # "still sick from the holiday", "sick since sunday": when or where from, said after the reason
    r"(?:\s+(?:from|since|after|over) (?:the |her |his )?[a-z]+)?"
    r"[\s.!,]*(?:(?:do it|go ahead)[\s.!]*)?$",
    re.I,
)


# "offer his spot to the wait list", "can you offer the cancelled ones to the wl": a freed slot offered,
# not the patient added; "cancel her day and offer the slots to the wl" is the cancel (said first)
OFFER_SLOT = re.compile(
    r"\boffer\w*\b.{0,40}?\b(spot|spots|slot|slots|time|opening|it|them|those|cancel\w* ones?)\b"
    r".{0,20}?\b(to|on|with)\b.{0,10}?\b(the )?(wait ?list|wl)\b",
    re.I,
)


def offers_freed_slot(text: str) -> bool:
    """Whether the message asks to offer a freed slot to the wait list (and asks for no cancel itself)."""
    return bool(OFFER_SLOT.search(text)) and not re.match(r"^\W*(please\s+)?(cancel|cx|cxl)\b", text, re.I)


# A reason named as one ("reason is family thing", "reason: weather", "the reason was she's out of town",
# "bc of work", "due to a schedule conflict"): whatever follows the label is the reason, in the asker's words
REASON_LABELLED = re.compile(
    r"^\s*(?:(?:the|cancel(?:lation)?|cx)\s+)?(?:reason(?:'s|s)?(?:\s*(?:is|was|being|=|:|-)|\s*:)?|"
    r"because(?: of)?|bc(?: of)?|b/c(?: of)?|due to|cuz|cause)\s+(?P<why>[^?]{2,80}?)[\s.!,]*$",
    re.I,
)
# "reason none", "reason n/a": a reason field left empty on purpose
NO_REASON = {
    "none",
    "no reason",
    "n/a",
    "na",
    "nothing",
    "not given",
    "no reason given",
    "unknown",
    "idk",
    "dunno",
}
# The reasons a desk says with no label: a conflict, work, family, the weather, a ride, feeling unwell
REASON_SAID = re.compile(
    r"^\s*(?:(?:she|he|they)(?:'s|'re| is| are| has| have| had| got)\s+)?(?:a |an |the |some )?"
    r"(?P<why>(?:schedule|scheduling|work|time) conflict|"
    # "conflict w dentist", "conflict with work", "dentist appt"
    r"conflict(?: (?:w/?|with) (?:a |the |her |his |their )?[a-z']+(?: appt| appointment)?)?|"
    r"(?:the )?dentist(?:'?s)?(?: appt| appointment)?|work(?: thing| stuff)?|(?:a )?family "
    r"(?:thing|matter|issue|stuff|reasons?)|personal(?: reasons?| matter| thing)?|weather|snow|bad weather|"
    r"(?:no )?(?:childcare|babysitter|transportation)|transport(?:ation)? issues?|"
    r"not feeling (?:well|good)|feeling sick|under the weather|(?:doctor'?s|dr) appo?i?n?tm?e?n?t|dr appt|"
    r"funeral|death in the family|injured|hurt|jury duty|(?:the )?holiday|vacation)[\s.!,]*$",
    re.I,
)
REASON_WORDS = {"a fever": "fever", "the flu": "flu", "a family emergency": "family emergency"}


# A claim adjustment reason code said with its group or as a CARC: "CO-15", "co 15", "PR-1", "carc 16"
CARC_SAID = re.compile(r"\b(?:co|pr|oa|pi|carc)[ -]?#?\s?(\d{1,3})\b(?![/:.\d])", re.I)


GROUP_CODE = re.compile(r"\b(co|pr|oa|pi)[ -]?#?\s?(\d{1,3})\b(?![/:.\d])", re.I)


def groups_said(text: str) -> list[tuple[str, str]]:
    """The adjustment groups said with their reason codes, in order ("pr-16 vs co-16": [("PR", "16"),
    ("CO", "16")]; "PR" is the patient's to pay, "CO" contractual); none where a code is said alone."""
    return [(m[1].upper(), str(int(m[2]))) for m in GROUP_CODE.finditer(text)]


def carc_said(text: str) -> str | None:
    """The reason code a message names ('CO-15 on her claim': '15'), or None."""
    match = CARC_SAID.search(text)
    return str(int(match[1])) if match else None


def reason_only(text: str) -> str | None:
    """The reason for a cancel, where the message says nothing else ("she's sick", "fever", "schedule
    conflict", "reason is family thing"); "do it" after it is no yes to the proposal made without it: the
    proposal is asked again with the reason."""
    if match := REASON_ONLY.match(text):
        said = match[1].lower()
        return REASON_WORDS.get(said, said)
    if match := REASON_LABELLED.match(text):
        # "reason is she's sick": the labelled reason read again, so a known one is said in one way
        why = match["why"].strip(" .,!")
        # "reason none. and dont ask me to confirm again": the reason is its first sentence; what follows
        # is talk to the assistant, kept out of the record, unless it asks for a change of its own
        first, *rest = re.split(r"(?<=[.!])\s+", why, maxsplit=1)
        if rest and not VERB_FIRST.search(rest[0]):
            why = first.strip(" .,!")
        if why.lower() in NO_REASON:
            return "no reason given"
        return reason_only(why) or why.lower()
    if match := REASON_SAID.match(text):
        return match["why"].lower()
    return None


# "samuel - cancel thurs, move fri to mon, waitlist for tues mornings": changes listed with commas
LISTED_ACTION = re.compile(
    r"\s*[,;]\s*(?=(?:cancel|cx|cxl|wl|wait ?list|book|move|resched\w*)\b)",
    re.I,
)
VERB_FIRST = re.compile(rf"(?:^|[-:]\s*|\s){WRITE_VERB}\b", re.I)


# "..., and tell me her balance", "... and whats she owe": a question asked after the changes, at the end
ASK_TAIL = re.compile(
    r"\s*[,;]?\s*(?:\band\b|&|\+)\s+(?:also\s+)?(?P<ask>(?:tell me|let me know|remind me|what'?s|whats|"
    r"what is|what does|how much|how many|when'?s|whens|when is|give me)\b.*)$",
    re.I,
)
ASKED_AFTER = {"balance", "visits", "auth", "insurance", "last_payment", "demographics", "waitlist_lookup"}


def action_clauses(text: str) -> list[str]:
    """The message cut where it asks for another change; one piece when it asks for one (or when a
    piece is not a change of its own, as in "cancel and rebook her"). A question asked after the changes
    ("cancel her tues, book wed at 3, and tell me her balance") is a piece of its own, at the end."""
    tail = ASK_TAIL.search(text)
    if tail and tail.start() > 0:
        head, ask = text[: tail.start()], tail["ask"]
        today = date.today()
        if slots(head, today).intent in WRITE_INTENTS and slots(ask, today).intent in ASKED_AFTER:
            return [*_change_clauses(head), ask]
    return _change_clauses(text)


def _change_clauses(text: str) -> list[str]:
    if (SELF_CORRECTION.search(text) or re.search(r"\bactually\b", text, re.I)) and re.search(
        r"\b(keep|leave)\b", text, re.I
    ):
        # "cancel her wed. wait no keep wed, cancel fri": the first change is taken back, so the message is
        # one change, read as corrected (never the change withdrawn, then the other)
        return [text]
    pieces: list[str] = []
    listed: list[bool] = []  # whether the piece was cut from the one before it at a comma
    for joined in (p.strip() for p in SECOND_ACTION.split(text) if p and p.strip()):
        parts = [p.strip() for p in LISTED_ACTION.split(joined) if p and p.strip()]
        pieces += parts
        listed += [False] + [True] * (len(parts) - 1)
    if len(pieces) < 2 or any(len(p.split()) < 2 for p in pieces):
        return [text]
    today = date.today()
    frames = [slots(p, today) for p in pieces]
    if not all(f.intent in WRITE_INTENTS for f in frames):
        return [text]
    if any(listed) and not all(VERB_FIRST.search(p) for p in pieces):
        # "Jen cant make it tmrw, cancel and rebook next wk": what comes before the comma is the why
        return [text]
    if not all(
        f.words or f.pronoun or (comma and f.days) or (_own_visit(p, f) and _own_visit(pieces[0], frames[0]))
        for p, f, comma in zip(pieces[1:], frames[1:], listed[1:], strict=True)
    ):
        # "cancel and rebook next wk": the later piece names nobody, so it is no change of its own; one
        # listed after a comma with its own day ("..., move fri to mon") is about the patient named first
        return [text]
    return pieces


def _own_visit(piece: str, frame: Frame) -> bool:
    """'cancel her tues and move thurs to 3': a cancel or move that says which visit it changes (a day
    or time before any "to"). A later one is a change of its own, about the patient named first, where
    the first change says its visit too ("move her to friday and cancel the monday one" is one move)."""
    # "resched for next wk same time" says where a visit goes, not which one: a day after "for" is no visit
    led = re.compile(r"\b(for|to|til|until|into|by)\s+(the\s+)?$", re.I)
    return (
        frame.intent in ("cancel", "reschedule")
        and not frame.same_time
        and bool(re.match(r"\W*(?:then\s+|also\s+)?(?:cancel|cx|cxl|move|resched\w*)\b", piece, re.I))
        and any(not said.to and not led.search(piece[: said.at]) for said in (*frame.days, *frame.times))
    )


# A numbered list pasted in one message ("vms from lunch: 1) Samuel: 'can't come tomorrow, sick' 2) Mr.
# Delgado: 'can I switch friday to 9am' 3) ..."): each item is a request of its own, about its own patient.
NUMBERED = re.compile(r"(?:^|(?<=\s))(?:\(?(\d)\)|(\d)[.:](?!\d)|#(\d)\b)\s+")


def numbered_items(text: str) -> list[str]:
    """The items of a list numbered 1, 2, 3... in the message; none when it holds no such list (a lone
    "1)" or numbers out of order are no list)."""
    marks = list(NUMBERED.finditer(text))
    numbers = [int(m[1] or m[2] or m[3]) for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end() : end].strip(" ,;") for m, end in zip(marks, ends, strict=True)]
    return [i for i in items if i]


# Where a message asks a second question: "and", "also", "plus", a comma, a colon, or a new sentence;
# never the colon of a clock time ("here for 12:15 whats her balance" is one question)
ASK_BREAK = re.compile(r"\s*(?:[,;?]|(?<!\d):|:(?!\d\d)|\.(?=\s)|\band\b|\balso\b|\bplus\b)\s*", re.I)
NOT_AN_ASK = {"out_of_scope", *WRITE_INTENTS}


def ask_clauses(text: str) -> list[str]:
    """The message cut into the questions it asks when they are of different kinds ("is she coming today
    and does she owe anything", "ins on file, copay, bal"); one piece otherwise. A piece that asks nothing
    of its own ("ok", "between 2", "Joyce Clark") stays with its neighbour, and pieces of one kind are
    one question; a message that asks for a change is never cut here."""
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in ASK_BREAK.finditer(text):
        if cut.start() > start:
            spans.append((start, cut.start()))
        start = cut.end()
    if start < len(text):
        spans.append((start, len(text)))
    if len(spans) < 2:
        return [text]
    today = date.today()
    pieces: list[tuple[int, int, str]] = []
    loose: tuple[int, int] | None = None
    for begin, end in spans:
        intent = slots(text[begin:end], today).intent
        if intent in WRITE_INTENTS:
            return [text]
        if intent == "out_of_scope":
            if pieces:
                pieces[-1] = (pieces[-1][0], end, pieces[-1][2])
            else:
                loose = (loose[0] if loose else begin, end)
            continue
        if loose:
            begin, loose = loose[0], None
        if pieces and pieces[-1][2] == intent:
            pieces[-1] = (pieces[-1][0], end, intent)
        else:
            pieces.append((begin, end, intent))
    if len(pieces) < 2 or slots(text, today).intent in WRITE_INTENTS:
        return [text]
    return [text[begin:end].strip() for begin, end, _ in pieces]


def _pt_is_discipline(lower: str) -> bool:
    """'pt' is the discipline after a verb of booking or next to visit words ("any pt", "pt visit",
    "the pt one"), and 'patient' in "pt on the phone", "pt says", "pt asking"."""
    if re.search(
        # "the pt born 8/14/2013", "pt w dob 4/10/84": the patient, said by her birth date
        r"\bpts?\s+(on|at|says|said|asking|asked|is|was|wants|called|fell|calling|here|in the|born|w/?|"
        # "pt has covid", "pt can't make it", "pt got sick": what happened to the patient
        r"has|had|got|gets|needs|tested|cant|can't|cannot|won't|feels|feeling|moved|moving|"
        r"with|whose|who|dob|b\.)(?=[\s,;:!?]|$)",
        lower,
    ):
        return bool(
            re.search(
                r"\b(pt (visit|eval|one|follow|appt|session|and ot|then ot)|any pt|a pt\b|ot and pt)", lower
            )
        )
    return not re.search(r"\bpts\b", lower)


def warm_up() -> None:
    """Nothing to load any more (no model): kept for the server's start-up hook."""
    slots("warm up on Dec 3 at 9", date.today())


def without_led(words: list[str], led: list[str]) -> list[str]:
    """The name words less the ones said after "with", "w/", "dr" (the provider): "cancel Susan Chen's
    thursday with Susan" names the patient Susan Chen and the provider Susan, so only the last "Susan" (the
    one led) is the provider's; a first name shared with the staff is otherwise still hers."""
    out = list(words)
    for word in led:
        at = [i for i, w in enumerate(out) if w.lower() == word.lower()]
        if at:
            del out[at[-1]]
    return out


# Why a correction is made, said after it: "make it 11:30 she has a dentist appt", "the 30th, bc her ride
# fell through". What it is (a clause about her, or a because) tells nothing of the change itself, so a
# correction is measured without it.
TOLD_WHY = re.compile(
    r"(?:[,.;:!]+\s*|\s+-+\s+|\s+)(?:(?:because|cause|cuz|bc|since)\b|"
    r"(?:she|he|they|pt|patient)(?:'s|'ll|'d|s| is| has| had| said| says| wants| needs| will| got| cant|"
    r" can'?t| doesn'?t| does not| forgot)\b).*$",
    re.I,
)
# What a piece of a correction must hold to be part of the change: a number (a date, a time), a day, a
# part of the day, or a word of change. A piece set off by a comma or a stop with none of these ("1/6 i
# mean, old habits") is talk.
CHANGE_WORD = re.compile(
    r"\d|\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(today|tomorrow|tmrw|tmr|tonight|noon|morning|afternoon|evening|am|pm|next|this|week|wk|instead|"
    r"make it|with|w/|earlier|later|same|before|after|first|second|other|one|book|cancel|move|keep|not|"
    r"the \d+\w*)\b",
    re.I,
)
# Fillers a correction opens with ("lol sorry bad paste.", "oops", "ugh my bad"): no part of what changes.
OPENING_FILLER = re.compile(
    r"^\W*(?:(?:lol|lmao|haha|oops|ugh|argh|sorry|my bad|my mistake|bad paste|typo|wrong one|whoops)\W+)+",
    re.I,
)


def correction_said(text: str) -> str:
    """A correction without the why said beside it and the filler it opens with: what a revision of the
    proposal reads (its length, its name words), the rest being talk."""
    core = OPENING_FILLER.sub("", text, count=1)
    core = TOLD_WHY.sub("", core, count=1)
    pieces = [p for p in re.split(r"(?<=\S)[,.;!]+\s+", core) if p.strip()]
    kept = [p for p in pieces if CHANGE_WORD.search(p)]
    if kept and len(kept) < len(pieces):
        core = ", ".join(kept)
    return core.strip() or text


# The answer to "Which patient: A born .. or B born ..?" by what tells them apart: the birth year the
# question showed ("the 84 one", "the one born in 52", "the '61 one", "born 1990"), an age said as one
# ("the 9 year old", "the one who's 84"), or the discipline she is seen for ("the pt one", "the speech
# one", "the one in ot"). A bare number is read as the birth year the question listed, never as an age.
_LEAD = r"^\W*(?:(?:ok|okay|oh|sorry|no|um+|uh|it'?s|its|i mean|prob|probably)\W+)*(?:the\s+)?"
_TAIL = r"(?:\s+(?:one|guy|lady|gal|man|woman|kid|boy|girl|pt|patient|of them))?\W*$"
TRAIT_YEAR = re.compile(
    _LEAD + r"(?:one\s+)?(?:(?:who\s+was\s+|that\s+was\s+|thats\s+|that'?s\s+)?"
    r"(?:born|dob|b\.?)\s+(?:in\s+)?)?"
    r"'?(?P<year>(?:19|20)\d\d|\d\d)(?:\s+(?:birthday|dob|bday))?" + _TAIL,
    re.I,
)
TRAIT_AGE = re.compile(
    _LEAD + r"(?:one\s+(?:who'?s|who is|that'?s|thats|aged?)\s+(?P<a1>\d{1,3})(?:\s*(?:years?|yrs?) old)?|"
    r"(?P<a2>\d{1,3})\s*(?:-?\s*(?:years?|yrs?)[- ]?old|yo|y/o))" + _TAIL,
    re.I,
)
TRAIT_DISCIPLINE = re.compile(
    _LEAD + r"(?:one\s+(?:in|for|getting|doing|seen for|who does|that does|with)\s+)?"
    r"(?P<d>pt|physical therapy|physical|ot|occupational therapy|occupational|slp|speech|speech therapy|st)"
    + _TAIL,
    re.I,
)


def patient_trait(text: str) -> tuple[str, int | str] | None:
    """What a reply to "which patient?" tells the patients apart by: ("year", 1984 or 84), ("age", 84) or
    ("discipline", "PT"); None when it is none of these, or says more than the choice."""
    said = text.strip()
    if match := TRAIT_AGE.match(said):
        return "age", int(match["a1"] or match["a2"])
    if match := TRAIT_YEAR.match(said):
        return "year", int(match["year"])
    if match := TRAIT_DISCIPLINE.match(said):
        word = match["d"].lower().split()[0]
        return "discipline", {"physical": "PT", "occupational": "OT", "speech": "SLP", "st": "SLP"}.get(
            word, word.upper()
        )
    return None


def has_trait(trait: tuple[str, int | str], born: date, disciplines: set[str], today: date) -> bool:
    """Whether a patient born on `born`, seen for `disciplines`, is the one the trait names."""
    kind, value = trait
    if kind == "year":
        return born.year == value if isinstance(value, int) and value >= 100 else born.year % 100 == value
    if kind == "age":
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        return age == value
    return value in disciplines


# The visit just booked or moved here, asked again later on ("and the same for the next 3 wednesdays",
# "same time the week after", "one more 2 wks after that same time", "book the same for the next 2 weeks"):
# ("weekday", how many, which weekday), ("weeks", how many, None) or ("after", weeks later, None). It must
# say "same", "one more" or "another" and ask, not question ("is she booked the week after too?").
# how many, said in words ("the next three", "just the first two"): the one map of counts one to eight
COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_N = r"(?P<n>[1-8]|a|one|two|three|four|five|six|seven|eight)"
REPEAT_SAID = re.compile(r"\b(same|one more|another|repeat)\b", re.I)
REPEAT_WEEKDAYS = re.compile(r"\bnext\s+" + _N + r"\s+(?P<wd>mon|tue|wed|thu|fri)[a-z]*\b", re.I)
REPEAT_WEEKS = re.compile(r"\b(?:next|for(?: the next)?)\s+" + _N + r"\s+(?:more\s+)?(?:weeks|wks)\b", re.I)
# "the week after" itself, never "the week after new years" (a week of its own) nor "the week after next"
REPEAT_AFTER = re.compile(
    r"\b(?:the\s+|a\s+)?(?:" + _N + r"\s+)?(?:weeks?|wks?)\s+(?:after|later)\b"
    r"(?=\s*(?:$|[,.!;]|that\b|too\b|same\b|at\b|as well\b|also\b|pls\b|please\b|again\b|then\b))",
    re.I,
)
QUESTIONED = re.compile(r"\?\s*$|^\W*(?:and\s+)?(is|are|does|do|did|was|what|when|who|how)\b", re.I)


def repeat_asked(text: str) -> tuple[str, int, int | None, str] | None:
    """The repeat of the visit just made that a message asks for, or None; last, the message without the
    words of the repeat (where a time said, "at 3", is read, never the count "3 wednesdays")."""
    if not REPEAT_SAID.search(text) or QUESTIONED.search(text):
        return None
    if match := REPEAT_WEEKDAYS.search(text):
        count = COUNT_WORDS.get(match["n"].lower()) or int(match["n"])
        weekday = ["mon", "tue", "wed", "thu", "fri"].index(match["wd"].lower()[:3])
        return "weekday", count, weekday, text[: match.start()] + text[match.end() :]
    if match := REPEAT_WEEKS.search(text):
        count = COUNT_WORDS.get(match["n"].lower()) or int(match["n"])
        return "weeks", count, None, text[: match.start()] + text[match.end() :]
    if match := REPEAT_AFTER.search(text):
        n = match["n"]
        count = (COUNT_WORDS.get(n.lower()) or int(n)) if n else 1
        return "after", count, None, text[: match.start()] + text[match.end() :]
    return None
