"""The services of a visit, from what the treating clinician said was done and for how long.

Only the therapist's own turns create a service; what is planned, hypothetical, skipped, done at
home or asked for ("can you bill an hour") never does. Minutes are found in any order and wording
("twelve on manual", "ther ex twenty five minutes", "balance stuff, call it fifteen"), a recap at
the end restates what was said before it, and a number with no service beside it is tied to the
activity that was under way ("okay, that's five minutes"). Evaluations carry their code from the
note type, the discipline and what the clinician said about complexity (else what was documented,
with the reason, for the clinician to confirm).
"""

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from core.billing.reference import codes as reference_codes
from core.notes.forms import EVALUATION_CODES
from scribe.codes import THER_ACT
from scribe.numbers import NUMBER, Said, numbers_in, show, value
from scribe.rest_split import REST, split_by_rest
from scribe.running_clock import readings_as_minutes
from scribe.timing import (
    CLOCK_TIME,
    ENDS_NEXT,
    ONSET_BEFORE,
    SPOKEN_CLOCK,
    TIME_OUT,
    ClockSpan,
    breaks,
    clock_span,
    clocks_read,
    closed_spans,
    is_break,
    named_test,
    on_prop,
    pieces,
    pieces_summed,
    span_owner,
    times_each,
)
from scribe.transcript import CLINICIAN, SENTENCE, Segment

RULES = json.loads((Path(__file__).parent / "rules" / "services.json").read_text())
COGNITIVE = "97129"
UNATTENDED_STIM = "unattended-stim"
ATTENDED_STIM = "97032"
BUNDLED = "97010"
GAIT = "97116"
# A load carried, lifted or pushed in a functional task ("the bag carry"): with it, a curb is that task's.
CARRIED = ("carry", "lift", "push", "pull", "load")
WHEELCHAIR = "97542"
NEUROMUSCULAR = "97112"
# A job's tasks practised: "the work tasks", "work simulation", "lifting at work", "her job tasks", "hand
# tool practice".
WORK_TASKS = re.compile(
    r"\b(?:(?:work|shop)[- ](?:tasks?|simulation|stuff|activities|drills)|at work|"
    r"(?:job|workplace)(?:[- ]specific)? (?:tasks?|demands|activities|simulation)|on the job|"
    r"return[- ]to[- ]work|"
    r"(?:hand|work|job|shop|power)[- ]tools?|tools? (?:practice|use|handling|training|simulation|tasks))\b",
    re.I,
)
# Household tasks practised at an OT visit: "the cooking task", "carrying groceries, lifting the laundry
# basket". The keys here bill cooking and household tasks as therapeutic activities (97530) and "meal prep"
# as self-care/home management training (97535), as the CPT descriptor of 97535 names meal preparation; an
# activity said as a household task is billed as 97530 with a line for the clinician.
HOUSEHOLD_TASKS = re.compile(
    r"\b(?:cook(?:ing)?|meals?|kitchen|laundry|groceries|grocery|dishes|sandwich|salad|soup|stove|oven|"
    r"housework|household|chores?|vacuum\w*|sweep\w*|mopping|make (?:the|her|his|your) bed|"
    r"making (?:the|her|his|your) bed)\b",
    re.I,
)
NERVE_GLIDES = re.compile(r"\b(?:nerve|neural) (?:glid|floss)", re.I)
# Desensitization (graded textures: the rice bucket, cotton, velcro) is billed as sensory re-education
# (97112) by some, with the scar work (97140) or the exercise (97110) it goes with by others: the keys here
# bill it with its block's service. It is no service of its own: said in a block with one, the block's
# minutes are that service's; said with minutes and nothing else billed, the minutes are shown for review
# (`_desensitization_unbilled`), never dropped and never given a code.
DESENSITIZATION = re.compile(r"\bdesensiti[sz]\w*", re.I)
MINUTES_SAID = re.compile(rf"\b(?:{NUMBER})\s*(?:minutes?|mins?)\b", re.I)
UNTIMED_DONE = {"92526", "92507", "97150", "97012", UNATTENDED_STIM}
# A visit is rarely longer than this; more minutes for one service is a mishearing or a request.
MAX_SERVICE_MINUTES = 90


@dataclass(frozen=True)
class Mention:
    """One service said with its minutes, and where."""

    code: str
    minutes: int
    label: str
    segment: int
    start: int
    end: int
    quote: str
    total: bool = False
    # Where its minutes were said in the segment's text (characters): one place, or two for a service
    # done in two blocks ("ten this morning and another eight").
    said_at: tuple[tuple[int, int], ...] = ()
    # Said as more of a service than an earlier turn gave it ("Another seven minutes on those."): added
    # to what came before, never in its place.
    added: bool = False
    # The same minutes of the same service said again ("Twelve minutes?" ... "Twelve, yes. Twelve minutes
    # of scar work."; "so that's twelve of manual"): shown, never added a second time.
    again: bool = False
    # Said as a range ("ten to twelve minutes"): its lower and upper figure; the lower is billed, for the
    # clinician to confirm.
    said_as_range: tuple[int, int] | None = None
    # Said with a split that does not add up to it ("thirty minutes ... the first fifteen then ten"): the
    # two parts; the figure said as the whole is billed, for the clinician to confirm.
    split_unequal: tuple[int, int] | None = None


@dataclass
class Services:
    minutes: dict[str, int]  # timed codes with their minutes (every one done, units or not)
    untimed: list[str]  # service-based codes done (evaluation, 92507, group, traction ...)
    mentions: list[Mention]
    named: dict[str, tuple[str, int]]  # codes named as done (with minutes or not): label, first segment
    warnings: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # untimed code: why, in words
    # What each service was, in the clinician's words ("putty", "wrist curls"): its parts named as done.
    parts: dict[str, list[str]] = field(default_factory=dict)
    # Timed codes whose minutes the transcript itself puts in doubt (said two ways, against the visit's
    # total, longer than the recording), each with why: marked for review on the draft.
    doubtful: dict[str, str] = field(default_factory=dict)
    # The group's minutes where said ("joined the balance group for twenty minutes"): kept on its line, as
    # a group's time is part of the visit's treatment time beside the one-on-one minutes; they earn no unit
    # and count toward no timed code's total. (Other untimed codes keep no minutes on their line.)
    untimed_minutes: dict[str, int] = field(default_factory=dict)


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Services named only by their equipment or activity ("the pegboard", "the wobble board").
EQUIPMENT = json.loads((Path(__file__).parent / "rules" / "equipment.json").read_text())


@cache
def _activity_rx() -> list[tuple[str, re.Pattern[str]]]:
    vocabulary = {code: [*words, *EQUIPMENT.get(code, [])] for code, words in RULES["activities"].items()}
    return [
        (code, re.compile(rf"(?<![\w/-])(?:{_alt(words)})s?(?![\w-])", re.IGNORECASE))
        for code, words in vocabulary.items()
        if not code.startswith("_")
    ]


def _rx(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(RULES[name])})", re.IGNORECASE)


NOT_DONE = _rx("not_done")
# "training on a weekly pill box": "weekly" names the kind of thing, not how often it will be done ("once a
# week" does). Each cue opens a word: "that home safety training was fourteen minutes" is no "at home".
NOT_YET = re.compile(rf"\b(?:{_alt(RULES['not_yet'])})(?!(?<=week)ly\b)", re.IGNORECASE)
REQUEST = _rx("requests")
NOT_MINUTES = re.compile(rf"^\s*(?:-\s*)?(?:{_alt(RULES['not_minutes_after'])})", re.IGNORECASE)
NOT_SERVICE_TIME = re.compile(
    # ("eight minutes to go over the school plan" is how long the going over took)
    # ("add standing at the sink one minute longer each day": a step up of a dose, not a block's minutes)
    r"^\s*(?:early|earlier|late|later|ago|behind|ahead|fast|slow|left|from now|longer|shorter|"
    r"to go(?!\s+(?:back\s+)?(?:over|through)\b)|"
    rf"away|{TIME_OUT}|of (?:rest|break)|"
    # ("the four-minute one" is an interval timer; "twelve minutes one on one" is the block, said with whom)
    r"rest|break|drive|walk (?:from|to)|wait|one(?!\s*-?\s*(?:on|to)\s*-?\s*one\b)|intervals?|delay|recall|"
    # "ten minutes on the phone with her case manager", "five minutes a morning": not a service here.
    r"on (?:the )?(?:phone|hold|paperwork|charting|documentation)|of (?:paperwork|charting|documentation)|"
    # "yes twenty minutes after the exercises thats fine": a moment (when to ice), not how long a service was.
    # ("another eight minutes after the break" is a second block: the break is no moment of the patient's)
    r"after (?:(?:the|your|his|her|each|every) )?(?:exercises?|workouts?|walks?|runs?|sessions?|therapy|"
    r"meals?|lunch|dinner|breakfast|bed|you|he|she)\b|"
    r"(?:a|each|every|per) (?:day|morning|night|evening)|twice a day|"
    # "yes ten minutes in the morning it helps the stiffness": when to do it at home, not a service's time.
    r"in the (?:morning|evening|afternoon)s?|at (?:night|bedtime)|before bed(?:time)?|"
    # "jog twenty minutes three times a week", "walk 30 minutes daily": a dose for home, how often said
    # ("try fifteen minutes a few days a week", "ten minutes two or three days a week", "most days")
    r"(?:once|twice|(?:a (?:few|couple(?: of)?)|several|(?:one|two|three|four|five|six|seven|\d)"
    r"(?: (?:or|to) (?:two|three|four|five|six|seven|\d))?) (?:times?|days?))"
    r" (?:a|per|each|every) (?:day|week)|"
    r"daily|every (?:other )?day|(?:a|per|each|every) week|most days|on (?:the )?off days|"
    # "you did like six minutes without sitting": how long the patient lasted, a tolerance, not a service.
    r"without (?:a |any )?(?:sitting|sit|rest|resting|breaks?|stopping|support|a seat))\b",
    re.I,
)
# "four of five min cues", "min A": minimal (cues, assist), not minutes.
MINUTES_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:(?:more|extra|additional|further)\s+)?(?:minutes?\b|mins?\b(?!\s*(?:cues?|cueing|assist\w*|a\b|verbal|tactile|physical|help)))",
    re.IGNORECASE,
)
RECAP = _rx("recap_cues")
TOTAL = re.compile(r"\b(?:total|in all|altogether|all together|combined)\b", re.IGNORECASE)
# "The whole memory session, the book, the orientation, was twenty minutes": the service's total.
WHOLE = re.compile(r"\b(?:the|that) whole\b(?! time)", re.I)
_CORRECTING = r"no|nope|actually|sorry|wait|i mean|make that|more like|or rather|correction|scratch that"
CORRECTION = re.compile(rf"^\s*(?:{_CORRECTING})\b", re.I)
# The words put right, not a figure ("scratch that, I mean gait training ... seven minutes"); "no, now fifteen
# minutes of bike" is a second block.
PUT_RIGHT = re.compile(
    r"^\s*(?:scratch that|i mean|correction|or rather|let me (?:correct|rephrase))\b", re.I
)
# "twenty minutes, actually, let me look, nineteen": a correction said between two numbers.
CORRECTION_SAID = re.compile(rf"\b(?:{_CORRECTING}|let me (?:look|check|see))\b", re.I)
THAT_WAS = re.compile(
    r"\b(?:that'?s|that was|that is|that'll be|that makes|we did|did|went|been|about|call it|so|"
    r"came to|comes to|came out to|was|were|took)\b",
    re.I,
)
# "gait was about ten", "manual was twelve": the service, then its minutes as a bare number.
WAS_ABOUT = re.compile(
    r"\b(?:was|were|is|for|came to)\s+(?:about|around|like|roughly|maybe|probably|approximately)?\s*$", re.I
)
# "Fifteen was manual.": a figure, then the service it was.
FIGURE_WAS = re.compile(
    r"\s*(?:minutes?\s+)?(?:of (?:that|those|it)\s+)?(?:was|were|went (?:to|on))\s+"
    r"(?:the\s+|some\s+|all\s+)?",
    re.I,
)
# Stimulation the clinician stayed with and adjusted is attended (97032), however it was named.
ATTENDED = re.compile(
    r"\b(?:attended|stay(?:ed|ing)?\s+(?:right\s+)?(?:here|there|with)|"
    r"with (?:you|him|her) (?:the whole time|adjusting)|"
    r"adjust(?:ed|ing)? (?:it|the (?:intensity|settings|current|pads))|bumping the intensity|"
    r"one[- ]on[- ]one)\b",
    re.I,
)
# "Abduction about ninety", "flexion... one-ten": a motion's degrees, never minutes.
_MOTIONS = (
    r"flexion|extension|abduction|adduction|rotation|dorsiflexion|plantar ?flexion|inversion|eversion|"
    r"supination|pronation|side bending|elevation|deviation|ER|IR"
)
MOTION_BEFORE = re.compile(rf"\b(?:{_MOTIONS})\b[^.\d]{{0,25}}$", re.IGNORECASE)
# "lacking 15 of extension", "20 short of full flexion": a motion's deficit, in degrees.
MOTION_AFTER = re.compile(
    rf"^\s*(?:degrees?\s+)?(?:(?:short\s+)?of\s+(?:full\s+|active\s+|passive\s+)?)(?:{_MOTIONS})\b", re.I
)
# "up to 35", "under 20", "score of 30": a bound or a measure, never minutes ("x 12" is COUNTED_BEFORE's);
# "keep the elbow from bending past 90": a line not to cross, never minutes.
BOUND_BEFORE = re.compile(
    r"(?:[/#]|\b(?:level|iddsi|score|grade|at|of|up to|under|over|below|above|at least|less than|more than|"
    # ("closer to eighteen", "close to twenty": a figure put right, no bound; "lacks thirty two": a deficit)
    r"than|(?<!closer )(?<!close )(?<!nearer )to|from|by|past|beyond|number|session|visit|week|day|borg|rpe|"
    r"spo2|sats?|saturation|pulse|heart rate|lacks|lacking|lacked))"
    # "the knuckles bent at about seventy": a hedge between the bound and its number changes nothing.
    r"\s*(?:(?:about|around|roughly|approximately|like|maybe)\s*)?$",
    re.I,
)
# "heel raises on the right: eight, it was zero": a count set beside what it was before, a measure of
# progress; minutes are not compared so.
THEN_AND_NOW = re.compile(
    r"^\s*,?\s*(?:it|that|they|she|he) (?:was|were|used to be|did)\s+(?:only\s+|just\s+)?"
    r"(?:zero|none|nothing|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty)\b(?!\s*(?:minutes?|mins?)\b)",
    re.I,
)
# "We were out about ten minutes, that's not treatment", "fifteen minutes outside, that doesn't count":
# minutes the clinician says are not billed.
NOT_TREATMENT = re.compile(
    r"\b(?:(?:that|which|it|those|this)(?:'s| is| was)? not (?:treatment|billable|billed|counted|therapy|"
    r"skilled)|(?:that|which|it|those|this) (?:doesn'?t|does not|don'?t|won'?t|will not) count"
    # "six minutes, it won't count on its own": no unit of its own, minutes still done.
    r"(?! on (?:its|their) own| by (?:itself|themselves)| alone| as (?:a |an )?(?:full )?unit| toward|"
    r" for a unit)|"
    r"not (?:billing|counting) (?:that|those|it)|(?:that|those)(?:'s| is| are)? off the clock)\b",
    re.I,
)
# "thirty seconds now, it was five at the start", "twelve at the evaluation": a figure of before, a measure
# of progress, never this visit's minutes.
THEN_AFTER = re.compile(
    # ("at your evaluation it was 39": the visit of before named with a possessive as with "the")
    r"^\s*(?:seconds?\s+|minutes?\s+)?(?:at (?:the |your |his |her |their )?"
    r"(?:start|beginning|evaluation|eval|intake|first visit)|"
    r"last (?:week|time|visit)|on (?:day one|the first day))\b",
    re.I,
)
THEN_BEFORE = re.compile(
    r"\b(?:at (?:the |your |his |her |their )?(?:start|beginning|evaluation|eval|intake|first visit)|"
    r"last (?:week|time|visit)|"
    # ("last week was twenty": a recogniser often drops the "it")
    r"on (?:day one|the first day)|initially|originally)\b,?\s+(?:(?:it|that|he|she|they|you)\s+)?"
    # "At the eval it was over two minutes": a hedge or a bound before the figure changes nothing.
    r"(?:was|were|had|did|could do)\s+(?:about\s+|only\s+|just\s+|over\s+|under\s+|almost\s+|nearly\s+|"
    r"around\s+|more than\s+|less than\s+)?$",
    re.I,
)
WAS_BEFORE = re.compile(r"\b(?:was|were|used to be|had)\s+(?:about\s+)?$", re.I)
# "took you about four", "took nine": how long something took, and for whom if said.
TOOK = re.compile(
    r"\b(?:took|takes|take)\s+(?:(?P<whom>you|him|her|them|me|us)\s*)?(?:about|around|like|only|just)?\s*$",
    re.I,
)
# "That took seventeen minutes" opening a sentence points back at what the clinician just said was done,
# so the figure is its time; "it took about four" and "buttoning, that took three" time a task.
THAT_TOOK = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|alright|um|uh)\W+)*(?:that|all that|all of that|the whole thing|"
    # "That part took nine minutes", "that whole block took twelve": the stretch just done (`THAT_PART`)
    # ("The task part took thirty eight minutes": the block named by what it was)
    r"(?:that|this|the)\s+(?:whole\s+|last\s+|first\s+|second\s+)?(?:[a-z]+\s+)?"
    r"(?:part|block|bit|section|stretch|piece|chunk)|"
    # "That refit took twelve minutes": the orthosis work just done, named by what it was.
    r"(?:that|this|the)\s+(?:re-?fit(?:ting)?|fitting|adjustments?|re-?mou?ld(?:ing)?))"
    r"\s+took\s+"
    r"(?:about|around|like|only|just)?\s*$",
    re.I,
)
# "Okay, that took eleven minutes": only fillers before the clause, which opens the sentence all the same.
FILLERS_ONLY = re.compile(r"\W*(?:(?:and|so|okay|ok|alright|all right|um|uh|right|good|great)\W*)*", re.I)
# A screen or test scored is a finding, not treatment time: "she scored 21 on the MoCA", "a score of 24",
# "22 on the SLUMS" (the number's test named right after it). A screen given at an evaluation is part of
# the evaluation; reading its score as minutes billed a cognitive block that was never given.
SCORED_BEFORE = re.compile(
    r"\b(?:scored|scoring|scores?(?:\s+(?:was|is|of|were))?|total score(?:\s+(?:was|is|of))?)"
    r"\s+(?:a\s+|an\s+|about\s+|only\s+|just\s+)?$",
    re.I,
)
# "pain five with lifting", "pain was a four with the carrying", "RPE of six on the bike", "pain went from a
# six down to a three with the manual": a bare figure said right after the rating it scores (or another
# rating of it) is that rating, never minutes of the service named after it.
RATED_BEFORE = re.compile(
    r"\b(?:pain|ache|soreness|discomfort|rpe|borg|exertion)(?:\s+(?:level|score|rating))?"
    r"(?:\s+(?:is|was|of|at|rated|around|about|maybe|like|went to|down to|up to|back to|now|today|"
    # the rating said before ("pain went from a six down to a three", "pain about four maybe five")
    r"went|from|or|a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten))*"
    r"\s+(?:a\s+|an\s+)?$",
    re.I,
)
SCREEN_SAID = re.compile(
    r"\b(?:scored|screened|(?:cognitive|cog|memory|mental status) screen\w*|"
    r"(?:moca|slums|mmse|mini[- ]mental|sage|cognistat|bcat)\b[^.!?]*\d)",
    re.I,
)
SCORED_ON = re.compile(
    r"^\s*(?:points?\b|on (?:the |her |his |your |their )?(?:moca|slums|mmse|mini[- ]mental|sage|blessed|"
    r"cognistat|rbans|cls|acls|allen|kettle test|pass|bcat|berg|tug|fim|quick ?dash|dash|lefs|odi|ndi|dhi|"
    r"abc|copm|psfs|foto|fist|fga|dgi|sppb|boston naming|wab|cadl|scale|screen\w*|test)\b)",
    re.I,
)
# "Single-leg stance fourteen seconds. The left was thirty.": a side compared with the side just measured
# gives that measure, never a service's minutes (a service is not done "on the left" in minutes).
OTHER_SIDE_WAS = re.compile(
    r"^\W*(?:(?:and|but|while|whereas)\s+)?(?:the\s+|his\s+|her\s+|your\s+)?"
    r"(?:left|right|other side|other one|good side|uninvolved side|involved side|non-?surgical side)"
    r"(?:\s+(?:side|one|leg|arm|foot|hand))?\s+"
    r"(?:was|is|were|had|did|got|held)\s+(?:about\s+|only\s+|just\s+)?$",
    re.I,
)
# "rotation to the right is sixty five degrees left is seventy", "grip right 22 kilograms, the left one was
# nineteen": a side's figure said after another side's measure in the same sentence is that measure's,
# never a service's minutes (a bare number only: "left is ten minutes" keeps its unit's reading).
SIDE_IS = re.compile(
    r"\b(?:left|right|other side|other one|good side|involved side)(?:\s+(?:side|one|leg|arm|foot|hand))?\s+"
    r"(?:was|is|were|had|did|got|held)\s+(?:about\s+|only\s+|just\s+)?$",
    re.I,
)
MEASURED_BEFORE = re.compile(
    r"\b(?:degrees?|seconds?|kilograms?|kgs?|pounds?|lbs?|percent|centimet(?:er|re)s?|cm|inch(?:es)?)\b", re.I
)
# "Fitting, adjusting, and teaching him how to put it on took sixteen minutes": the clinician's own work,
# said as gerunds before "took", is how long the service under way took (not how long a task took the
# patient, which is a measure: "buttoning took him four minutes").
WORK_TOOK = re.compile(
    r"^\s*(?:(?:the|and|then|so)\s+)?(?:fitting|adjusting|molding|moulding|fabricating|making|casting|"
    r"teaching|training|instructing|educating|setting up|donning|issuing|trimming|heating)\b",
    re.I,
)
_WORK = (
    r"fitting|adjusting|molding|moulding|fabricating|making|casting|teaching|training|instructing|educating|"
    r"setting up|donning|issuing|trimming|heating|education|instructions?"
)
# "I made you the splint out of the thermoplastic, that fitting and the teaching took eighteen minutes":
# the clinician's work named by "that/the" right before "took", mid-clause, is how long the service took.
WORK_JUST_TOOK = re.compile(
    rf"\b(?:that|this|the|all the)\s+(?:{_WORK})"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?(?:{_WORK}))*"
    r"\s+took\s+(?:about|around|like|only|just)?\s*$",
    re.I,
)
# "that took", "which took", "all that took": the figure after points back at what was just said.
THAT_TOOK_IN = re.compile(
    r"\b(?:that|which|this|it all|all that|all of that|the whole thing)\s+took\s+"
    r"(?:about|around|like|only|just)?\s*$",
    re.I,
)
# The clinician saying what they did: "I molded the orthosis", "we did the bike", "I made the splint"
# (not a watching word: "I timed the buttoning, that took three minutes" is a measure).
CLINICIAN_DID = re.compile(
    r"\b(?:i|we)\s+(?:just\s+|also\s+|then\s+|first\s+|already\s+)?"
    r"(?!(?:timed|measured|tested|checked|asked|noticed|watched|observed|wanted|needed|scored|recorded|"
    r"counted|clocked|liked|hoped|used to)\b)"
    r"(?:did|made|built|cast|fit|spent|ran|taught|went through|[a-z]{3,}ed)\b",
    re.I,
)
# "that took sixteen minutes with the fitting and the teaching": the clinician's own work named after it.
WORK_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:minutes?|mins?)\s*,?\s*(?:with|including|counting|for)\s+(?:the\s+|all\s+(?:the\s+)?)?"
    r"(?:fitting|adjusting|molding|moulding|fabricating|making|casting|teaching|training|instructing|educating|"
    r"setting up|donning|issuing|trimming|heating|education|instructions?)\b",
    re.I,
)


def _own_work_took(before: str, after: str) -> bool:
    """ "I molded the orthosis, heat it, shape it, trim it, that took sixteen minutes", "we did the bike,
    that took twelve minutes", "..., that took sixteen minutes with the fitting and teaching": "that took"
    after the clinician said what they did (or with their work named after the minutes) is how long the
    service took, not how long a task took the patient ("buttoning, that took three" stays a measure)."""
    return bool(THAT_TOOK_IN.search(before)) and bool(CLINICIAN_DID.search(before) or WORK_AFTER.match(after))


# A list of moments ("at 4, 8 and 16 minutes", "after one, two and four minutes"): the intervals of a
# recall task or a test, points in time, never a service's minutes. (One mark is not a list: "we're at the
# twenty-two minute mark on gait" is how long the gait training has run.)
TIME_POINTS = re.compile(
    rf"\b(?:at|after)\s+(?:the\s+)?{NUMBER}(?:\s*(?:,|,?\s*and|,?\s*then|,?\s*or)\s*(?:at\s+|after\s+)?{NUMBER})+"
    rf"\s*(?:-\s*)?(?:minutes?|mins?)\b"
    # the unit said with each ("recalled it at four minutes and eight minutes")
    # (never minutes of something after it: "at two minutes, then fifteen minutes of gait training")
    rf"|\b(?:at|after)\s+{NUMBER}\s*(?:minutes?|mins?)"
    rf"(?:\s*(?:,|,?\s*and|,?\s*or)\s*(?:at\s+|after\s+)?{NUMBER}\s*(?:minutes?|mins?)\b"
    rf"(?!\s+(?:of|on|for|with|doing)\b))+",
    re.I,
)
# "rest breaks after five minutes", "red spots that don't fade after twenty minutes": one moment in time.
# ("we stopped after six minutes" is how long the service ran before it was stopped.)
AFTER_MARK = re.compile(r"\bafter\s+(?:about\s+|around\s+|only\s+|just\s+)?$", re.I)
STOPPED_BEFORE = re.compile(
    r"\b(?:stop(?:ped|ping)?|quit|ended|end(?:ed)? it|called it|finished|wrapped(?: up)?|"
    r"cut (?:it|that) off)\b"
    r"(?:\s+\w+){0,3}\s+after\s+(?:about\s+|around\s+|only\s+|just\s+)?$",
    re.I,
)
# "times ten", "x 12": a count said after what it counts.
COUNTED_BEFORE = re.compile(r"\b(?:x|times)\s*$", re.I)
# What follows "goals:" or "the plan is" is not what was done today; nor is a sentence that opens "if".
SCOPE = re.compile(
    r"\b(?:goals?|plan is|plan'?s|the plan|homework|at home)\b|^\s*(?:\w+,?\s+)?if\b|^\s*home\b",
    re.I,
)
PLAN_WORDS = re.compile(r"plan is|plan'?s|the plan", re.I)
# "So the plan: a custom PIP extension splint ... Let me heat the material.", "the plan today is a thumb
# spica splint. Heating the material now.": a plan carried out at once is what is done at this visit.
NOW_DONE = re.compile(
    r"^\s*(?:(?:okay|ok|so|alright|all right),?\s+)?(?:let me|let's (?:start|do|get|make|heat|mold|fit)|"
    r"now\b|first\b|starting\b)|\bnow\s*[.!]?\s*$",
    re.I,
)
PLAN_HEADING = re.compile(
    r"^\W*(?:(?:so|okay|ok|and|um)\W+)?(?:the\s+|your\s+)?"
    r"(?:plan|home program|home exercise program|hep|homework|for home|at home)\s*(?:is\s*)?[:,\u2014-]",
    re.I,
)
DONE_SAID = re.compile(
    r"\b(?:today|this session|this visit|we did|i did|did|was|were|had|got|went|finished|ended)\b|\w+ed\b"
    r"|\b(?:that|which)\s*(?:'s|is)\b",
    re.I,
)
PLAN_TODAY = re.compile(r"\b(?:plan is|plan'?s|the plan)\s+(?:for\s+)?today\b", re.I)


def _plan_for_now(text: str, sentence: re.Match[str]) -> bool:
    """The plan said in `sentence` is for this visit: said so ("the plan today"), or carried out at once
    (the turn's next sentence does it now)."""
    if PLAN_TODAY.search(sentence.group(0)):
        return True
    following = next((m.group(0) for m in SENTENCE.finditer(text, sentence.end()) if m.group(0).strip()), "")
    return bool(NOW_DONE.search(following))


HALF_HOUR = re.compile(
    r"\b(?:a\s+)?half(?:\s+an|\s+a)?\s+hour\b(?!\s+(?:early|late|behind|ago|before|after))", re.I
)
# "every thirty minutes", "each half hour", "once every half an hour": how often, not how long.
EVERY_BEFORE = re.compile(r"\b(?:every|each|once an?|once every)\s*(?:other\s+)?$", re.I)
QUARTER_HOUR = re.compile(
    r"\b(?:(?P<three>three)\s+quarters(?:\s+of)?\s+an|an?\s+quarter(?:\s+of\s+an)?)\s+hour\b"
    r"(?!\s+(?:early|late|behind|ago|before|after))",
    re.I,
)
# "Walking thirty minutes for exercise, met.": a goal read out with its status is not what was done.
GOAL_STATUS = re.compile(
    r",\s*(?:goal\s+)?(?:met|not met|not yet met|partially met|partly met|mostly met|achieved|not achieved|"
    r"progressing)(?:\s+(?:today|now|already))?\s*(?:[.!]?\s*$|[,;]\s)",
    re.I,
)
# A service by its own name rather than by one of its parts ("ther ex", not "the bike").
GENERIC = re.compile(
    r"^(?:therapeutic exercises?|ther[ -]?ex\w*|thera?[ -]?ex|te|exercises?|"
    r"neuromuscular.*|neuro[- ]?re-?ed.*|n\.?m\.?r.*|"
    r"manual(?: therapy| treatment| tx)?|man\.? ?(?:tx|ther|therapy)|"
    r"therapeutic activit\w+|ther[ -]?act\w*|functional (?:stuff|activit\w+|tasks|training|work)|"
    r"activity (?:piece|portion|part|block|stuff)|self[- ]?care.*|a\.?d\.?l.*|gait(?: training)?|cognitive.*|"
    r"wheelchair (?:skills|management|training|mobility|propulsion|work|stuff)|orthotic.*|orthos[ie]s.*)$",
    re.I,
)
# "twelve on manual", "ten minutes of the bike": a number followed by the service it was spent on.
ON_ACT = re.compile(
    r"^\s*(?:minutes?\s+)?(?:today\s+|this time\s+)?(?:on|of|for|with|doing)\s+(?:the\s+|that\s+|some\s+)?\w",
    re.I,
)
# "nine minutes of hand exercises": minutes of, then a word or two saying what a service worked on.
ON_ACT_WORDS = re.compile(
    r"\s*(?:minutes?\s+)?(?:today\s+|this time\s+)?(?:on|of|for|doing)\s+(?:the\s+|some\s+|your\s+)?"
    r"(?:(?!(?:and|or|then|plus|with|the|some|your|that|this)\b)[a-z]+[- ]){1,2}",
    re.I,
)
# A question about a service already given: how long it took, or what was done.
_HOW_LONG = r"\bhow (?:long|many minutes|much time)\b"
HOW_LONG = re.compile(rf"{_HOW_LONG}[^.!?]*\?", re.I)
# "Will it be in a group?", "Is he going to need the splint at night?": the patient or caregiver asks
# about later visits, and the answer ("One-on-one first, then a peer group.") is the plan, not what was
# done. A question about this visit ("Will we do the e-stim today?") is not.
ASKED_AHEAD = re.compile(
    r"^\s*(?:(?:and|so|but|okay|ok),?\s+)?(?:will|would|is (?:it|he|she|that) going to|"
    r"are (?:we|you|they) going to|how (?:often|long) will|when (?:will|do|does|can))\b"
    r"(?![^?]*\b(?:today|now|right now)\b)[^?]*\?\s*$",
    re.I,
)
# "And can I walk the dog?" ... "Yes, twenty minutes, flat ground.": the patient asks leave for something
# of their own, at home or later; the minutes of the answer are a home program, never a service. A
# recogniser often drops the question mark, so a turn that opens so is asked without one. A question that
# names a service ("Can I do the leg press?") asks for it at this visit: its answer's minutes are done.
ASKED_LEAVE = re.compile(
    r"^\s*(?:(?:and|so|but|okay|ok|um|uh|well),?\s+)*(?:(?:can|could|may|should) (?:i|we)|am i allowed to|"
    r"is it (?:ok|okay|alright|all right|safe) (?:for me |if i )?(?:to)?)\b"
    r"(?![^?]*\b(?:today|now|right now|here)\b)[^.!?]*\??\s*$",
    re.I,
)
# "My wife wants to know if I can do the recumbent bike at the Y", "can I do the bands at home?": leave asked
# for a service done somewhere else, on the patient's own; its answer's minutes are a home program.
ASKED_IF = re.compile(
    r"^\s*(?:[\w']+\s+){0,3}(?:wants? to know|wanted to know|asks?|asked|is asking|wonders?|was wondering|"
    r"wondering)\s+(?:if|whether)\s+(?:i|we|he|she)\s+(?:can|could|may|should)\b[^.!?]*[.?]?\s*$",
    re.I,
)
SOMEWHERE_ELSE = re.compile(
    r"\b(?:at|to) (?:the (?:y|ymca|gym|pool|club|park|rec center)|home|work)\b|\bon (?:my|his|her|our) own\b",
    re.I,
)
DONE_ASKED = re.compile(
    rf"{_HOW_LONG}|\b(?:did|were|was|had)\s+(?:we|you|i)\s+(?:do|did|done|on|doing)\b", re.I
)
CLAUSE_BREAK = re.compile(
    r"[,;\u2014\u2013]|:(?!\d)|\s-\s|\.\.\.|\b(?:then|plus|and then|also|after that)\b", re.I
)


@dataclass(frozen=True)
class _Act:
    code: str
    label: str
    start: int
    end: int


# A range of motion measured, not exercised: "knee flexion AROM 105 degrees", "PROM is 90 degrees",
# "flexion active range of motion 105".
RANGE_NAMED = re.compile(r"(?:a|p|aa)\.?rom|(?:(?:active|passive|active[- ]assisted) )?range of motion", re.I)
RANGE_MEASURED = re.compile(
    rf"\W*(?:(?:is|was|of|at|to|measured|now|today|only)\s+)*(?:minus |-|lacking )?(?:{NUMBER})"
    rf"(?:\s*(?:degrees?|°)|(?=\W*(?:$|[,.;])))",
    re.I,
)
RANGE_OF_MOTION = re.compile(rf"\b(?:{_MOTIONS})\s*$", re.IGNORECASE)


def _range_measured(text: str, m: re.Match[str]) -> bool:
    """A range of motion named as the measure of a figure in degrees, not as an exercise done."""
    if not RANGE_NAMED.fullmatch(m.group(0)):
        return False
    after = RANGE_MEASURED.match(text, m.end())
    return after is not None and (
        bool(re.search(r"degree|°", after.group(0), re.I)) or bool(RANGE_OF_MOTION.search(text[: m.start()]))
    )


def activities(text: str) -> list[_Act]:
    """Services named in a text, longest first where two overlap."""
    found = [
        _Act(code, m.group(0).lower(), m.start(), m.end())
        for code, rx in _activity_rx()
        for m in rx.finditer(text)
        if not _range_measured(text, m)
    ]
    found.sort(key=lambda a: (-(a.end - a.start), a.start))
    kept: list[_Act] = []
    for act in found:
        if all(act.end <= k.start or act.start >= k.end for k in kept):
            kept.append(act)
    return sorted(in_company([kept])[0], key=lambda a: a.start)


def in_company(acted: list[list[_Act]]) -> list[list[_Act]]:
    """Services named together (the clauses of one sentence, each a list) read by their company: a curb
    said with the wheelchair is wheelchair training ("the ramp, the curb, the wheelies"), else a gait
    task; stairs said with walking are gait training ("Gait and stairs was eight", "the stairs and the
    curb"; Medicare's gait training includes stair climbing), not a functional task. A curb said with a
    load carried and no walking or stairs ("the curb, the van step and the bag carry") is that task's
    practice, therapeutic activities."""
    named = {a.code for acts in acted for a in acts}
    if WHEELCHAIR in named:
        acted = [
            [replace(a, code=WHEELCHAIR) if a.label.startswith("curb") else a for a in acts] for acts in acted
        ]
    elif any(a.code == THER_ACT and a.label.startswith(CARRIED) for acts in acted for a in acts) and all(
        a.label.startswith("curb") for acts in acted for a in acts if a.code == GAIT
    ):
        acted = [
            [replace(a, code=THER_ACT) if a.label.startswith("curb") else a for a in acts] for acts in acted
        ]
    if GAIT in {a.code for acts in acted for a in acts}:
        acted = [
            [replace(a, code=GAIT) if a.label.startswith("stair") else a for a in acts] for acts in acted
        ]
    return acted


# What walking is done for in an OT task: "getting the cup from the counter to the table", "carrying the
# plate".
IN_A_TASK = re.compile(
    r"\b(?:carry\w*|getting|fetch\w*|bring\w*|taking|holding)\b|\bto the (?:table|counter|sink|kitchen|"
    r"bathroom|toilet|bed|closet|fridge|stove|door)\b",
    re.I,
)


def _functional_mobility(mentions: list[Mention]) -> bool:
    """Every minute of walking said was said of a task ("walking with the walker, getting the cup to the
    table, nine") or was the stairs or a curb (gait training only beside walking, `in_company`):
    functional mobility."""
    walked = [m for m in mentions if m.code == GAIT]
    return bool(walked) and all(
        IN_A_TASK.search(m.quote) or m.label.lower().startswith(("stair", "curb")) for m in walked
    )


def _codes_named(text: str) -> set[str]:
    return {a.code for a in activities(text)}


def _clauses(sentence: str, offset: int) -> list[tuple[int, str]]:
    out, last = [], 0
    for m in CLAUSE_BREAK.finditer(sentence):
        out.append((offset + last, sentence[last : m.start()]))
        last = m.end()
    out.append((offset + last, sentence[last:]))
    return [(o, c) for o, c in out if c.strip()]


# "tell her two minutes, let's walk to the door", "give me five minutes": how long someone is to wait,
# told to them or asked for, never how long a service ran.
TOLD_WHEN = re.compile(
    r"\b(?:(?:tell|told|telling)\s+(?:him|her|them|your\s+\w+|the\s+\w+)|give\s+(?:me|us))\s+"
    r"(?:(?:about|like|just|only|another|maybe)\s+)?(?:a\s+)?$",
    re.I,
)
# "How long does this take?" "Usually ten minutes.": how long something takes as a rule, never a block of
# this visit.
HABITUAL_BEFORE = re.compile(
    r"\b(?:usually|normally|typically|generally|ordinarily)\s+(?:(?:about|around|like|roughly|only|just|"
    r"takes?|lasts?|runs?|it'?s|is|are|they'?re|around)\s+)*(?:a\s+)?$",
    re.I,
)

# "... twelve minutes today", "... this session": the figure is of this visit.
THIS_VISIT = re.compile(r"\b(?:today|this (?:time|session|visit|morning|afternoon))\b", re.I)

# "forty eight out of fifty six, it was forty one": a bare figure said right after another, of what it was.
WAS_THEN = re.compile(
    r"^\W*(?:it|they|she|he)\s+(?:was|were|used to be)\s+(?:about\s+|only\s+|just\s+)?$", re.I
)
RESTATED_BEFORE = re.compile(r"\b(?:(?:that|it) (?:was|were|'s|is|ran)\s+)(?:closer|nearer) to\s*$", re.I)
# "heart rate, it was closer to ninety", "her Berg, it was closer to forty", "pain, that was closer to four":
# a measure's figure put right, never minutes (review of 65cb538).
MEASURE_NAMED = re.compile(
    r"\b(?:heart rate|hr|pulse|bp|blood pressure|pressure|sats?|spo2|oxygen|o2|rpe|borg|pain|score[sd]?|"
    r"berg|tug|dgi|fga|moca|slums|reps?|sets?|degrees?|flexion|extension|abduction|rotation|rom|strength|"
    r"grade|accuracy|percent|trials?|pounds?|lbs?|feet|meters|steps|level|rating|out of|seconds?)\b",
    re.I,
)


def _put_right_said(before: str, sentence: str) -> bool:
    """A figure put right ("that was closer to eighteen"), in a sentence that names no measure."""
    return RESTATED_BEFORE.search(before) is not None and not MEASURE_NAMED.search(sentence)


# "97129 for the first fifteen minutes plus one more unit for the rest", "the first fifteen minutes, then
# 97130 for each fifteen after": how a code's units are counted, said in words, not how long a block ran.
FIRST_UNIT_BEFORE = re.compile(r"\b(?:for|is|covers|counts)\s+the\s+first\s*$", re.I)
FIRST_UNIT_AFTER = re.compile(
    r"^\s*minutes?\b[^.!?]*\b(?:(?:plus|and|then)\s+(?:one|another|a|1)\s+(?:more\s+|additional\s+|extra\s+)?"
    r"units?\b[^.!?]*\bfor the rest|(?:units?|97130) for each (?:additional|further|extra|more)|97130)\b",
    re.I,
)


# "thirty four minutes of cognitive work today the first fifteen then nineteen": a total, then how it splits
# (the first unit's fifteen and the rest); the parts are the total's minutes said again, never more of them.
SPLIT_LEAD = re.compile(r"\b(?:the\s+)?first\s*$", re.I)
# ("the first fifteen on the mat then ten on the bike": each part may say where it was done)
SPLIT_JOIN = re.compile(
    r"^\s*(?:minutes?\s*)?(?:(?:on|at|in)\s+(?:the|a|his|her|your)\s+[a-z]+(?:\s+(?!(?:and|then)\b)[a-z]+)?\s*)?"
    r",?\s*(?:and\s+)?(?:then\s+)?(?:(?:the\s+)?(?:other|rest|remaining|next|another)\s+)?$",
    re.I,
)


# "thirty minutes total", "thirty minutes in all": minutes said as a total.
TOTAL_AFTER = re.compile(
    r"^\s*(?:minutes?|mins?)\s*,?\s*(?:in\s+total|in\s+all|total|altogether|all together|combined)\b",
    re.I,
)


def _named_codes(after: str) -> set[str]:
    """The codes of the service the words after a figure name ("ten of gait", "fifteen exercise")."""
    lead = re.match(r"\s*(?:minutes?\s+)?(?:(?:of|on|for|doing)\s+(?:the\s+|some\s+)?)?", after)
    return {a.code for a in activities(after) if lead is not None and a.start == lead.end()}


def _names_service(after: str) -> bool:
    """The words after a figure name a service ("ten of gait", "fifteen exercise")."""
    return bool(_named_codes(after))


def _parts_of_a_total(sentence: str, offset: int) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """Where the figures start (`offset` added) that split a total of minutes said before them in the
    sentence into its first part and the rest; and, by where the total starts, the parts of a split that
    does not add up to it ("thirty minutes of exercise the first fifteen then ten"): the total said is
    billed, the parts are the clinician's to reconcile, never billed in its place."""
    said = numbers_in(sentence)
    out: set[int] = set()
    unequal: dict[int, tuple[int, int]] = {}
    for i in range(1, len(said) - 1):
        first, rest = said[i], said[i + 1]
        if SPLIT_LEAD.search(sentence[: first.start]) and _names_service(sentence[first.end :]):
            # "thirty minutes total, the first fifteen exercise then ten gait": the parts name their services;
            # the total said is what they come to, never a service's minutes of its own.
            out |= {t.start + offset for t in said[:i] if TOTAL_AFTER.match(sentence[t.end :])}
            continue
        if not (
            SPLIT_LEAD.search(sentence[: first.start]) and SPLIT_JOIN.match(sentence[first.end : rest.start])
        ):
            continue
        totals = [t for t in said[:i] if MINUTES_AFTER.match(sentence[t.end :]) and t.value > first.value]
        if any(t.value == first.value + rest.value for t in totals):
            out |= {first.start + offset, rest.start + offset}
        elif totals and first.value == int(first.value) and rest.value == int(rest.value):
            after = sentence[rest.end :]
            named = _named_codes(after)
            if named and not named <= {a.code for a in activities(sentence[totals[-1].end : first.start])}:
                # "thirty minutes of exercise the first fifteen then ten of gait": the ten is gait's own.
                # ("... the first fifteen on the mat then ten on the bike": the bike is where the exercise's
                # second part was done, a part of the total said, never a block of its own)
                continue
            if NOT_MINUTES.match(after) or _counts_things(re.sub(r"^\s*more\b", "", after)):
                # "the first fifteen then ten reps", "then ten more reps": the rest counts things; the first
                # part is of the total said, never billed in its place, and no split is there to question.
                out.add(first.start + offset)
                continue
            out |= {first.start + offset, rest.start + offset}
            unequal[totals[-1].start + offset] = (int(first.value), int(rest.value))
    return out, unequal


def _durations(
    clause: str,
    acts: list[_Act],
    strong_bare: bool,
    lean: bool = False,
    cue: bool = False,
    opens_sentence: bool = False,
    lead: str = "",
) -> list[tuple[Said, bool]]:
    """Numbers of a clause that are minutes: (number, said with 'minutes'). `lead`: the sentence's words
    before the clause."""
    # "the bike and the weights, half an hour exactly": thirty minutes said as part of an hour.
    # ("a stretch break every half hour", "each quarter of an hour": how often, not how long)
    out = [
        (Said(m.start(), m.end(), 30), True)
        for m in HALF_HOUR.finditer(clause)
        if not EVERY_BEFORE.search(clause[: m.start()])
    ]
    # "a quarter of an hour", "three quarters of an hour"
    out += [
        (Said(m.start(), m.end(), 45 if m["three"] else 15), True)
        for m in QUARTER_HOUR.finditer(clause)
        if not EVERY_BEFORE.search(clause[: m.start()])
    ]
    for said in numbers_in(clause):
        after = clause[said.end :]
        before = clause[: said.start]
        if before.endswith(":") or re.match(r":\d\d", after):
            continue  # a clock time ("we started at 10:10"); a span between two is found per sentence
        if EVERY_BEFORE.search(before):
            continue  # "weight shifts every thirty minutes": how often, not how long
        if REJECTED.search(before):
            continue  # "it was six minutes today not eight": the figure said and taken back
        if (THEN_AFTER.match(after) and WAS_BEFORE.search(before)) or THEN_BEFORE.search(before):
            continue  # "it was five at the start", "at the eval it was 240": what a measure was before
        if re.search(
            r"\b(?:in|within)\s+(?:about\s+|around\s+|under\s+|less than\s+)?(?:a\s+)?$", before, re.I
        ) and not _minutes_of_a_service(after):
            # "back to ninety-four in two minutes": how fast something settled, not a service ("thirteen
            # totes in twenty-two minutes of the simulation" is the service's block)
            continue
        if TOLD_WHEN.search(before):
            continue  # "tell her two minutes", "give me five minutes": how long until, told to someone
        if HABITUAL_BEFORE.search(before) and not (activities(after) or THIS_VISIT.search(after)):
            # "Usually ten minutes.": how long a thing takes as a rule, not a block done today (but
            # "generally about twelve minutes of manual today" is the block, hedged)
            continue
        if _modifier_said(said.value, before, after, lead + clause):
            continue  # "so the fifty nine modifier", "fifty nine on the functional activity": a modifier
        if is_break(before, after):
            continue  # "we lost five minutes to a call": time out of the block (taken off a clock span)
        if AFTER_MARK.search(before) and not STOPPED_BEFORE.search(before):
            continue  # "rest breaks after five minutes", "recalled four after twenty": a moment, not a block
        if ONSET_BEFORE.search(before) or named_test(said.value, after):
            # "calf pain came on at about two minutes", "the six-minute walk test": when a symptom set in,
            # or a test's name, not how long a service ran.
            continue
        if (
            WAS_THEN.search(before)
            and not MINUTES_AFTER.match(after)
            and (figures := numbers_in(lead))
            and not re.search(r"[a-z]", lead[figures[-1].end :], re.I)
        ):
            continue  # "Berg forty eight out of fifty six, it was forty one": the measure's figure before
        if OTHER_SIDE_WAS.search(before):
            continue  # "fourteen seconds. The left was thirty.": the other side's measure, not minutes
        if SCORED_BEFORE.search(before) or SCORED_ON.match(after):
            continue  # "he scored 21 on the MoCA": a test's score, never a service's minutes
        if RATED_BEFORE.search(before) and not MINUTES_AFTER.match(after):
            continue  # "pain five with lifting": a rating, never the minutes of the service after it
        took = TOOK.search(before)
        if (
            took
            and (
                took["whom"]
                or not (
                    _took_by(acts, before, took.start())
                    or WORK_TOOK.search(before)
                    or WORK_JUST_TOOK.search(before[: took.end()])
                )
            )
            and not (
                (opens_sentence or FILLERS_ONLY.fullmatch(lead)) and THAT_TOOK.search(before[: took.end()])
            )
            and not (not took["whom"] and _own_work_took(lead + before[: took.end()], after))
        ):
            # "it took you about four minutes": how long the task took, a measure, not a service; "the
            # tendon glides and the stretch practice took nine minutes" is how long the service took.
            continue
        if said.value != int(said.value) or not 1 <= said.value <= 240:
            continue
        if _measured_range(said.value, after):
            continue  # "AROM 15 to 75", "0 to 110": a range of motion or a measure, not minutes
        if unit := MINUTES_AFTER.match(after):
            # "Leave five minutes early", "running ten minutes behind": time, not a service.
            rest = after[unit.end() :]
            # "I told you fifteen minutes earlier, it was sixteen": a figure said before, put right next.
            if not NOT_SERVICE_TIME.match(rest) or (
                SAID_BEFORE.search(before) and re.match(r"\s*(?:earlier|before)\b", rest)
            ):
                out.append((said, True))
            continue
        counted = COUNTED_BEFORE.search(before)
        if counted:
            # "Ther ex times twelve, NMR x ten" dictated is each service's minutes; "bridges times ten"
            # and "rows x 15" count repetitions of an exercise.
            if (
                not NOT_MINUTES.match(after)
                and 3 <= said.value <= 90
                and any(
                    GENERIC.match(a.label) and not re.search(r"\w", before[a.end : counted.start()])
                    for a in acts
                )
            ):
                out.append((said, False))
            continue
        if (
            (NOT_MINUTES.match(after) and not _block_worked_with(acts, said, after))
            or (SIDE_IS.search(before) and MEASURED_BEFORE.search(before))
            or BOUND_BEFORE.search(before)
            or MOTION_BEFORE.search(before)
            or MOTION_AFTER.match(after)
        ):
            continue
        if _counts_things(after):
            continue  # "the band in all four directions", "eight updos": how many, not how long
        if said.value < 3 or said.value > 90:
            continue
        on_act = ON_ACT.match(after)
        # "so ten of manual and eight more of the same": more of what the clause's minutes before were of.
        same = OF_THE_SAME.match(after) or SAME_BEFORE.search(lead + before)
        # "So twelve walking, twenty exercise, five manual": a recap's number right before its service.
        # ("six buttons", "ten bridges": a count of things, not minutes.)
        act_next = strong_bare and any(
            0 < a.start - said.end <= 2 and not a.label.endswith("s") for a in acts
        )
        # "that was closer to eighteen in the kitchen": a figure put right is minutes, of the service beside
        # it or of the one under way.
        put_right = _put_right_said(before, lead + clause)
        if not acts:
            # "balance stuff, call it fifteen": the number ends a clause that leans on its neighbour.
            short = len(re.findall(r"\w+", clause)) <= 6
            # A bare number beside a list of exercises is more often reps ("sit to stands, ten"): minutes
            # need the words that say so in the sentence ("call it fifteen", "we did about 18, then
            # transfers, 12").
            # ("and then eight of the same" in a sentence of its own: more of the service whose minutes were
            # said last, which the turn's reading finds, or quotes for the clinician)
            if (
                put_right
                or same
                or (
                    lean
                    and (
                        on_act
                        or (short and not re.search(r"\w", after) and cue)
                        or WHEN_AFTER.match(after)
                        or ANOTHER.search(before)
                    )
                )
            ):
                out.append((said, False))
            continue
        # A bare number is minutes when it sits right by the service: "twelve on manual", "gait was 13",
        # "manual ten", "balance stuff, call it fifteen".
        act_before = any(a.end <= said.start for a in acts)
        tail = not re.search(r"\w", after)
        was = (
            act_before
            and WAS_ABOUT.search(before)
            and re.match(r"\s*(?:today|total|or so|this time|tops)?\s*(?:[,.;!?]|$)", after, re.I)
        )
        # "Fifteen was manual.", "ten of that went to balance": the figure opens the clause and says which
        # service it was.
        copula = FIGURE_WAS.match(after)
        was_service = (
            copula is not None
            and not re.search(r"[a-z]", before, re.I)
            and any(a.start == said.end + copula.end() for a in acts)
        )
        if (
            on_act
            or was
            or act_next
            or was_service
            or put_right
            or (same and act_before and out)
            or (strong_bare and (act_before or tail))
        ):
            out.append((said, False))
    return out


# "Exercise twelve with the arms": the limbs a block worked, said after a service's name and its figure.
LIMBS_WORKED = re.compile(
    r"^\s*(?:with|using|for)\s+(?:the\s+|his\s+|her\s+|your\s+|my\s+|both\s+)?"
    r"(?:arms?|legs?|upper extremit(?:y|ies))\b",
    re.I,
)


def _block_worked_with(acts: list[_Act], said: Said, after: str) -> bool:
    """The figure right after a block's own name ("Exercise twelve with the arms", "ther ex fifteen with the
    arms") is its minutes, the words after it the limbs worked; after a task ("sit to stands ten with the
    arms") it is a count done so."""
    return bool(LIMBS_WORKED.match(after)) and _named_right_before(acts, said)


def _named_right_before(acts: list[_Act], said: Said) -> bool:
    """A block's own name ("exercise", "ther ex") said right before the figure."""
    before = [a for a in acts if a.end <= said.start]
    return bool(before) and bool(GENERIC.match(before[-1].label)) and said.start - before[-1].end <= 3


# A modifier said by its number: "the fifty nine modifier", "modifier 59", and 59 itself in a sentence about
# two services done apart ("separate from the manual so fifty nine on the functional activity"): CMS's
# distinct-procedure modifier (NCCI Policy Manual ch. 1 section E.1), never a service's minutes.
MODIFIER_AFTER = re.compile(r"^\s*(?:-\s*)?modifiers?\b", re.I)
MODIFIER_BEFORE = re.compile(r"\bmodifiers?\s*(?:of\s+)?$", re.I)
DISTINCT_SAID = re.compile(r"\b(?:separate(?:ly)?|distinct|modifiers?|ncci|(?:un)?bundl\w*)\b", re.I)
DISTINCT_MODIFIER = 59


def _modifier_said(figure: float, before: str, after: str, sentence: str) -> bool:
    return bool(
        MODIFIER_AFTER.match(after)
        or MODIFIER_BEFORE.search(before)
        or (figure == DISTINCT_MODIFIER and not MINUTES_AFTER.match(after) and DISTINCT_SAID.search(sentence))
    )


# A plural noun right after a bare number is what it counts ("four directions", "six buttons"); these
# words end in "s" and count nothing.
NOT_COUNTED = frozenset(
    "minutes mins hours seconds plus always sometimes besides perhaps unless towards afterwards thus yes "
    "does goes less across anyways maybe".split()
)
COUNTED_AFTER = re.compile(r"^ +(?P<word>[a-z]{3,}s)\b", re.I)


# "... minutes of the simulation", "... minutes on the bike": the minutes said as a named service's.
MINUTES_OF = re.compile(r"^\s*-?\s*min(?:ute)?s?\s+(?:of|on)\s+(?:the\s+|that\s+|this\s+|your\s+)?", re.I)


def _minutes_of_a_service(after: str) -> bool:
    """The words after a number say it is the minutes of a service named right after them."""
    m = MINUTES_OF.match(after)
    return m is not None and any(a.start == m.end() for a in activities(after))


def _counts_things(after: str) -> bool:
    """The words after a bare number are a plural noun it counts ("all four directions", "eight updos")."""
    m = COUNTED_AFTER.match(after)
    if m is None:
        return False
    word = m["word"].lower()
    return word not in NOT_COUNTED and not word.endswith(("ss", "us", "is", "ous"))


MEASURE_RANGE = re.compile(rf"^\s*(?:to|-|\u2013|through)\s*(?P<high>{NUMBER})", re.I)


def _measured_range(low: float, after: str) -> bool:
    """A number that opens a range wider or higher than minutes are said in ("AROM 15 to 75", "0 to 110
    degrees") is a measure; "ten to twelve minutes" is a range of minutes (`_range_low`)."""
    m = MEASURE_RANGE.match(after)
    if m is None or MINUTES_AFTER.match(after[m.end() :]):
        return False
    high = value(m["high"])
    return high <= low or high - low > 20 or high > MAX_SERVICE_MINUTES


def sentence_at(text: str, at: int) -> str:
    """The sentence of `text` that holds the character at `at` ("" where none does)."""
    return next((m.group(0) for m in SENTENCE.finditer(text) if m.start() <= at < m.end()), "")


def _bare_number(clause: str) -> bool:
    """A clause that is only a number ("Seventeen," opening "Seventeen, I had the timer on it")."""
    said = numbers_in(clause)
    return len(said) == 1 and not re.search(r"[a-z]", clause[: said[0].start] + clause[said[0].end :], re.I)


def _paired_run(text: str) -> bool:
    """ "manual 17 ther ex 11 ultrasound 6": services each followed at once by a bare number, two or more
    in a row, as a recognizer writes a recap with no punctuation."""
    said = numbers_in(text)
    pairs = 0
    for act in activities(text):
        following = next((n for n in said if n.start >= act.end), None)
        if (
            following is not None
            and following.start - act.end <= 2
            and not NOT_MINUTES.match(text[following.end :])
            and not COUNTED_BEFORE.search(text[: following.start])
        ):
            pairs += 1
    return pairs >= 2


# What opens a recap said right before its first figure: "so today", "for the note", "in total", "recap".
RECAP_OPENS = re.compile(
    r"\b(?:so today|today we did|for the note|for the record|in total|total(?:s|ed)?|altogether|recap|"
    r"(?:today|that'?s|so) (?:was|were|we had)|(?:so|today)\s+(?:it was|we did|we had))\W*$",
    re.I,
)


def _said_before(between: str) -> bool:
    """What stands between a figure and the service after it when the figure is that service's: a space,
    or the word minutes ("ten manual", "ten minutes manual")."""
    return (
        bool(between) and len(between) <= 2 or bool(re.fullmatch(r"\s*(?:minutes?|mins?)\s*", between, re.I))
    )


def _number_first(clause: str, acts: list[_Act], durs: list[tuple[Said, bool]], offset: int) -> int | None:
    """ "eight ultrasound ten manual sixteen exercise so thirty four": a recap (as a recogniser writes it,
    with no punctuation) that opens with a figure right before a service says each figure before its
    service; read the other way, every service would take the next one's minutes. The sum of the pairs
    is returned (a figure equal to it, said after them, is their total); None where the clause does not
    open so or holds fewer than two such pairs."""
    said = sorted((s for s, _ in durs), key=lambda s: s.start)
    if (
        len(said) < 2
        or re.search(r"[a-z]", clause[: said[0].start - offset], re.I)
        and not re.fullmatch(
            r"\W*(?:so|and|okay|ok|um|uh|that'?s|thats|it was|was)?\W*",
            clause[: said[0].start - offset],
            re.I,
        )
        # "good thats the point so today ten manual seventeen functional twenty two exercise": a remark,
        # then the recap opened by its cue
        and not RECAP_OPENS.search(clause[: said[0].start - offset])
    ):
        return None
    pairs = [s for s in said if any(_said_before(clause[s.end - offset : a.start - offset]) for a in acts)]
    if len(pairs) < 2 or pairs[0] is not said[0]:
        return None
    # Read the other way, the first figure would have no service before it: it opens the run.
    if any(a.end <= said[0].start for a in acts):
        return None
    return int(sum(s.value for s in pairs))


def _took_by(acts: list[_Act], before: str, took: int) -> bool:
    """A service said before "took" is what took the time ("the stretch practice took nine"), unless a
    pronoun stands between them ("putty, it took about five": how long a task took)."""
    return any(
        a.end <= took and not re.search(r"\b(?:it|that|this)\b", before[a.end : took], re.I) for a in acts
    )


def _unrejected(text: str) -> str:
    """The text with each figure set aside blanked with the words that set it aside ("it wasn't ten",
    "rather than eight"): they say which figure stands, not that a service was not done. A thing set aside
    for another ("the impact gun instead of the breaker bar") is blanked the same way: the words refuse
    only what follows them (`_substituted`), not the clause's service."""
    for said in reversed(numbers_in(text)):
        rejected = REJECTED.search(text[: said.start])
        if rejected:
            text = text[: rejected.start()] + " " * (said.end - rejected.start()) + text[said.end :]
    for start, end in reversed(_substituted(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# "ten minutes on the bike instead of the treadmill", "the longer wrench rather than the breaker bar": what
# follows the words was not done, what comes before them was.
SUBSTITUTED = re.compile(r"\b(?:instead of|rather than|in place of)\b", re.I)
# What is set aside runs to the next clause or item: "instead of the breaker bar and the wrist support".
SUBSTITUTE_ENDS = re.compile(r"[,.;:!?]|\s(?:and|but|so|then|for|because|with|we|i|you|he|she|they)\s", re.I)


def _substituted(text: str) -> list[tuple[int, int]]:
    """Spans of the words that set a thing aside for another and of the thing set aside."""
    out = []
    for cue in SUBSTITUTED.finditer(text):
        stop = SUBSTITUTE_ENDS.search(text, cue.end())
        out.append((cue.start(), stop.start() if stop else len(text)))
    return out


# "so" opening what was done after what was set aside ("... skip the heel lift so fitting and adjusting
# the orthotics was fourteen minutes"); "so far", "so much", "so that" open nothing.
SO_OPENS = re.compile(
    r"\bso\s+(?!(?:far|much|many|long|that|bad|good|well|sore|tired)\b)(?=\w)"
    # "thats okay if it doesnt hurt that was four more minutes of walking": the minutes said as done open
    # the account of what was done, whatever the run-on words before them supposed.
    rf"|\bthat\s+was\s+(?=(?:about\s+|another\s+)?{NUMBER}\s+(?:more\s+)?min(?:ute)?s?\b)",
    re.I,
)


def _after_so(clause: str, first: int) -> str:
    """The clause from the last "so" before `first` (where its service or minutes are first said) on: a
    recogniser's run-on turn ("thats fine well skip the heel lift so fitting and adjusting the orthotics was
    fourteen minutes") joins what was set aside to what was done, and the words before the "so" speak of
    the thing set aside, not of the service after it."""
    cuts = [m.start() for m in SO_OPENS.finditer(clause) if m.end() <= first]
    return clause[cuts[-1] :] if cuts else clause


def _said_of(clause: str, acts: list[_Act], durs: list[tuple[Said, bool]], offset: int) -> str:
    """The part of a clause that speaks of its service and minutes: from a "so" that opens them
    (`_after_so`), up to them, and the two words after. "that was 11 minutes of exercise the therapist
    wants you to do them 3 times a day" runs on, as a recognizer with no punctuation writes it, into the
    home program: its "a day" is not the exercise's."""
    clause = _unrejected(clause)
    if not acts or not durs:
        return clause
    first = min([a.start for a in acts] + [s.start - offset for s, _ in durs])
    head = len(clause) - len(_after_so(clause, first))
    clause = " " * head + clause[head:]
    reach = max([a.end for a in acts] + [s.end - offset for s, _ in durs])
    # ("... balance twelve minutes goal walk to the mailbox met": a goal read out next, in a recap with no
    # punctuation, begins another item.)
    tail = re.match(r"(?:\s*minutes?\b)?(?:\W*(?!goals?\b)\w+){0,2}", clause[reach:], re.I)
    return clause[: reach + (tail.end() if tail else 0)]


def _planned_after_minutes(clause: str, at: int) -> bool:
    """ "eighteen minutes of exercise and eight minutes of balance and next week we add the step ups": a
    service named after the plan's words, where the clause's minutes all come before those words, is
    planned, not done."""
    cue = NOT_YET.search(clause, 0, at)
    return bool(cue and MINUTES_SAID.search(clause, 0, cue.start()) and not numbers_in(clause[cue.start() :]))


def _set_aside_after(clause: str, durs: list[tuple[Said, bool]], offset: int) -> bool:
    """ "then eight minutes on your work setup using the longer wrench so you use less force the impact gun
    instead of the breaker bar": minutes said on something no service's words name, where the words that
    set a thing aside ("instead of", "didn't") come only after what the minutes were spent on and speak of
    something else. The minutes stay unbilled but are quoted for the clinician, not dropped without a word.
    (What is planned, asked for or done at home, said anywhere in the clause, stays out.)"""
    said = [s for s, unit in durs if unit and ON_ACT.match(clause[s.end - offset :])]
    if (
        not said
        or NOT_YET.search(clause)
        or REQUEST.search(clause)
        or not NOT_DONE.search(_unrejected(clause))
    ):
        return False
    last = said[-1].end - offset
    head = re.match(r"(?:\s*minutes?)?\s*(?:\W*\w+){0,5}", clause[last:], re.I)
    return not _excluded(clause[: last + (head.end() if head else 0)])


def _excluded(text: str, acts: list[_Act] | None = None) -> bool:
    if acts and any(a.code in LEFT_RUNNING for a in acts) and DONE_BEFORE_NOW.search(text):
        # "the e-stim with the hot pack while you rested, fifteen minutes on your own, I was with the next
        # patient": a modality left running on the patient's own is done unattended, not homework.
        text = ON_ONES_OWN.sub(" ", text)
    return bool(NOT_DONE.search(text) or NOT_YET.search(text) or REQUEST.search(text))


# Services that run with the patient left alone: "on your own" said of them tells how, not when.
LEFT_RUNNING = frozenset({UNATTENDED_STIM, BUNDLED, "97012"})
ON_ONES_OWN = re.compile(r"\b(?:on (?:your|his|her|their) own|by (?:your|him|her)sel(?:f|ves))\b", re.I)
# What was done, in the past: "while you rested", "I was with the next patient", "she sat with it".
DONE_BEFORE_NOW = re.compile(
    r"\b(?:was|were|did|had|rested|sat|lay|laid|relaxed|stayed|waited|ran|left (?:you|him|her|them))\b", re.I
)


def _nearest(acts: list[_Act], at: int) -> _Act:
    return min(acts, key=lambda a: min(abs(a.start - at), abs(a.end - at)))


DISCIPLINE_NAMES = {
    "PT": r"pt|physical therapy|physio",
    "OT": r"ot|occupational therapy",
    "SLP": r"slp|speech(?: therapy)?",
}


def _others_chart(discipline: str) -> re.Pattern[str]:
    """What a co-treating or handing-off clinician says of the minutes they chart themselves ("I'll chart
    my twelve on my side", "my fifteen for the OT note"): another discipline's service, not this note's."""
    other = "|".join(rx for name, rx in DISCIPLINE_NAMES.items() if name != discipline)
    return re.compile(
        rf"\bon my side\b|\bmy side of (?:the )?(?:chart|note|billing)\b"
        rf"|\b(?:for|in|on|under) (?:the|my|her|his|their) (?:{other}) (?:note|chart|side|billing)\b"
        rf"|\b(?:{other})(?:'s| side'?s?) (?:note|chart|minutes)\b"
        # "I'm counting this reaching as my OT time": the co-treating clinician's own minutes ("she has
        # her OT time after this" is her next visit).
        rf"|\bas (?:my|her|his|their) (?:{other}) (?:time|minutes)\b"
        # "My minutes for the kitchen reaching go on my note": the co-treating clinician's own note.
        r"|\bmy minutes\b[^.?!]*?\b(?:go|goes|going|are going)\s+(?:on|in|into)\s+my\s+"
        r"(?:own\s+)?(?:note|chart)\b",
        re.I,
    )


# ", and the balance was twelve minutes": a clause that goes on to a block of its own.
CLAUSE_GOES_ON = re.compile(r"(?:,|;)\s*(?:and|but|while|whereas|then)\s+|;\s*", re.I)


def _others_blanked(text: str, discipline: str) -> str:
    """The turn with each sentence that charts another clinician's minutes blanked, positions kept; a
    clause after it that names a service of its own with its minutes ("My minutes for gait go on my note,
    and the balance was twelve minutes") is this clinician's and stays, unless it names the service the
    other clinician charts ("The OT's minutes for the transfers go on her note, and the transfers took
    twelve minutes": theirs, said again)."""
    others = _others_chart(discipline)

    def blanked(m: re.Match[str]) -> str:
        sentence = m.group(0)
        found = others.search(sentence)
        if not found:
            return sentence
        goes_on = CLAUSE_GOES_ON.search(sentence, found.end())
        if goes_on:
            rest = sentence[goes_on.end() :]
            theirs = {a.code for a in activities(sentence[: goes_on.start()])}
            own = {a.code for a in activities(rest)}
            if own and not own & theirs and MINUTES_SAID.search(rest) and not others.search(rest):
                return " " * goes_on.end() + rest
        return " " * len(sentence)

    return SENTENCE.sub(blanked, text)


# "It's Kendra, speech therapy", "I'm Sam from speech", "this is Lee with PT": the clinician introducing
# herself by her department, which names no service given at this visit.
INTRODUCED = re.compile(
    r"\b(?:i'?m|im|it'?s|its|this is|here'?s)\s+[a-z]+,?\s+(?:(?:from|with|in|on|the|your)\s+)*"
    r"(?P<department>speech(?:[- ]language)?(?: therapy| pathology)?|physical therapy|occupational therapy|"
    r"pt|ot|slp)\b(?![- ](?:today|now|this|was|for|minutes?|therapy|pathology|language)\b)",
    re.I,
)


# "so you are discharged from speech therapy", "she graduated from OT", "referred to speech therapy": the
# program a patient leaves or is sent to, which names no service given at this visit.
PROGRAM_NAMED = re.compile(
    r"\b(?:discharg(?:e|ed|ing)|graduat(?:e|ed|ing)|referr(?:ed|al)|refer)\s+(?:you\s+|him\s+|her\s+)?"
    r"(?:from|to|for|out of)\s+(?:the\s+)?"
    r"(?P<department>speech(?:[- ]language)?(?: therapy| pathology)?|physical therapy|occupational therapy|"
    r"voice therapy|pt|ot|slp)\b",
    re.I,
)


def _introductions_blanked(text: str) -> str:
    """The turn with the department a clinician introduces herself by, or the program a patient leaves or is
    sent to, blanked, positions kept."""
    for rx in (INTRODUCED, PROGRAM_NAMED):
        text = rx.sub(
            lambda m: m.group(0)[: m.start("department") - m.start()] + " " * len(m["department"]), text
        )
    return text


# "Mr. Patel", "Mrs. Delgado's splint": a person named by title and surname.
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<name>[A-Z][a-z'-]+)")
# Said of that person: "his note", "her knee", "did he", "Mr. Patel's".
THIRD_PERSON = re.compile(r"\b(?:his|her|he|she|him)\b|'s\b", re.I)
# The visit's patient, spoken to: "Mrs. Ivanova, you're new", "Morning, Mr. Abernathy".
ADDRESSED_AFTER = re.compile(r"\s*,\s*(?:you|your|you'\w+|how|let'?s|i'?m|we'?re|it'?s|welcome|come)\b", re.I)
ADDRESSED_BEFORE = re.compile(
    r"\b(?:hi|hello|hey|morning|afternoon|evening|welcome|thanks|bye|okay)\W+$", re.I
)
# Back to the visit after an aside: "Okay, where were we", "sorry about that", "back to you".
BACK_TO_VISIT = re.compile(
    r"\b(?:where were we|sorry about that|back to (?:you|us|it|work|the)|anyway|now,? where)\b", re.I
)


# "you came from the back class right" / "no I skipped it today": the clinician asks whether the patient was
# at a service; the answer says she was not, so the service the question names was not given.
CAME_FROM_ASKED = re.compile(r"\b(?:you|she|he|they)\s+(?:just\s+)?(?:came|come)\s+(?:from|out of)\b", re.I)
NOT_THERE = re.compile(
    r"^\W*(?:no+|nope|nah|not (?:today|really))\b|"
    r"\b(?:skipped|missed|didn'?t (?:go|make it)|did not (?:go|make it)|went (?:home|straight)|never went)\b",
    re.I,
)


_YES = r"(?:yes|yeah|yep|yup|right|correct|exactly|that'?s right|that'?s it|uh-huh|mm-hmm|confirmed)"
# "did you come from the balance class", "were you at the group": asked, as a recogniser writes it.
CAME_FROM_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|hey|hi)\W+)*(?:did|do|were|are|have|had)\s+you\b", re.I
)
# "yeah the core class", "I did", "yes, Sally's class": the patient says she was there.
WAS_THERE = re.compile(rf"^\W*(?:{_YES}|i did|i was|we did|sure did|just did|just came)\b", re.I)


def _came_from_denied(texts: list[str], segments: list[Segment]) -> list[str]:
    """The clinicians' turns with a last sentence that asks whether the patient came from a service blanked,
    positions kept, where the next turn, the patient's or a caregiver's, says she was not there; and where the
    sentence is asked as a question ("did you come from the balance class") that nobody answers yes to: a
    class never said to be attended is no group given."""
    out = list(texts)
    for i, (text, segment) in enumerate(zip(texts, segments, strict=True)):
        if segment.speaker != CLINICIAN:
            continue
        answer = (
            segments[i + 1].text if i + 1 < len(segments) and segments[i + 1].speaker != CLINICIAN else None
        )
        last = _last_sentence(text)
        if not last or not CAME_FROM_ASKED.search(last):
            continue
        denied = answer is not None and NOT_THERE.search(answer)
        unconfirmed = CAME_FROM_QUESTION.search(last) and (answer is None or not WAS_THERE.search(answer))
        if denied or unconfirmed:
            at = text.rfind(last)
            out[i] = text[:at] + " " * len(last) + text[at + len(last) :]
    return out


def _asides_blanked(segments: list[Segment]) -> list[Segment]:
    """The clinicians' turns with what they say of another patient blanked, positions kept: a sentence
    that names someone by title and surname who is not the visit's patient (named so in the clinician's
    first turn or spoken to: "Mrs. Ivanova, you're new"), and the
    sentences after it in the turn that go on about him or her ("Sorry, Dana, can you look at Mr.
    Lindqvist's splint? His PIP is at minus thirty", "Is Mr. Patel yours? Did he do his eleven minutes on
    the bike?"): another patient's minutes are never this visit's."""
    first = next((s.text for s in segments if s.speaker == CLINICIAN), "")
    patient = {m["name"] for m in TITLED.finditer(first)} | {
        m["name"]
        for s in segments
        if s.speaker == CLINICIAN
        for m in TITLED.finditer(s.text)
        if ADDRESSED_AFTER.match(s.text[m.end() :]) or ADDRESSED_BEFORE.search(s.text[: m.start()])
    }
    out = []
    for segment in segments:
        if segment.speaker != CLINICIAN or not any(
            m["name"] not in patient for m in TITLED.finditer(segment.text)
        ):
            out.append(segment)
            continue
        text, aside = segment.text, False
        for sm in SENTENCE.finditer(segment.text):
            sentence = sm.group(0)
            names = [m["name"] for m in TITLED.finditer(sentence)]
            if any(name not in patient for name in names):
                aside = True
            elif aside and (BACK_TO_VISIT.search(sentence) or names or not THIRD_PERSON.search(sentence)):
                aside = False
            if aside:
                text = text[: sm.start()] + " " * len(sentence) + text[sm.end() :]
        out.append(replace(segment, text=text) if text != segment.text else segment)
    return out


HEADING_AFTER = re.compile(r"^\s*(?:work|training|stuff)?\s*:(?!\d)", re.I)


def _heading(act: _Act, text: str) -> bool:
    """ "Back to balance: stepping over the hurdles, reaching to the shelf": a service named as the heading
    of a list (a colon after it) or resumed ("back to") is what the list's items were."""
    return bool(HEADING_AFTER.match(text[act.end :]) or RESUMED.search(text[: act.start]))


# "then balance single leg stance on the foam and the step ups ... that was thirteen minutes": balance
# opening the words since the last figure names what the list's items were (said inside a list, "the
# standing stuff, the balance at the counter, ...", it is one item).
OPENS_A_LIST = re.compile(r"^balance(?: training| work| stuff| activities| exercises)?$", re.I)
NAMED_RIGHT_AFTER = re.compile(r"\s*(?:(?:minutes?|mins?)\s+)?(?:of\s+)?", re.I)
OWN_FIGURE_AFTER = re.compile(rf"[^.!?;]*?\b(?:{NUMBER})\b", re.I)


# "twenty-two of the shelf work": a figure, then the thing it was of, named with a determiner.
OF_UNHEARD = re.compile(
    r"^\s*(?:minutes?\s+)?of\s+(?:the|your|his|her|their)\s+(?!(?:same|rest|other|latter|former)\b)[a-z]",
    re.I,
)
# "fifteen of the rest", "ten for the others": minutes of whatever else was done, no service named.
OF_THE_REST = re.compile(
    r"^\s*(?:minutes?\s+)?(?:of|for|on)\s+(?:all\s+)?the\s+(?:rest|others|remainder)\b", re.I
)
# "eight of the same", "another eight of the same", "eight more of the same", "eight more of that": more of
# the service the figure before was of.
_SAME = (
    r"^\s*(?:more\s+)?(?:minutes?\s+)?(?:more\s+)?(?:of|on)\s+(?P<same>the\s+same|(?<=\bmore\sof\s)that)"
    r"(?:\s+(?:stuff|thing|work|ones?|exercises?))?"
)
# "another eight of the same on the scapula": where the block was done, said after it (a place named with
# its determiner; "on monday", "at home" are another day's or not the visit's, and read as before).
_SAME_WHERE = (
    r"(?:\s+(?:on|to|at|for|with|in)\s+(?:the|his|her|your|their|both)\s+"
    r"(?!(?:same|following|next|last|weekend|home|week|day)\b)[a-z]+"
    r"(?:\s+(?!(?:and|then|so|next|last)\b)[a-z]+)?)?"
)
OF_THE_SAME = re.compile(rf"{_SAME}{_SAME_WHERE}(?=\s*(?:[,.;!?]|(?:and|then|so)\b|$))", re.I)
# "same again for eight", "then the same for eight", "and the same again, eight minutes": the figure said
# after the words that make it more of the same (opening the sentence, or after "and", "then", a comma).
SAME_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|then|so|plus|did)\s+)(?P<same>(?:the\s+)?same(?:\s+(?:thing|stuff))?(?:\s+again)?)"
    # ("pain, the same, five" is no block: "again" or "for" says the figure is one)
    r"(?:(?<=again)\s*,?\s*(?:for\s+)?|\s*,?\s*for\s+)"
    r"(?:(?:another|a further|an additional)\s+)?(?:(?:about|around|like)\s+)?$",
    re.I,
)


def _more_of_the_same(text: str, begins: int, said: Said) -> tuple[int, int] | None:
    """Where in `text` the words are that make the minutes `said` more of the same service as the figure
    before them ("eight of the same", "the same again for eight"); `begins`: where the sentence starts."""
    after = OF_THE_SAME.match(text[said.end :])
    if after:
        return said.end + after.start("same"), said.end + after.end()
    before = SAME_BEFORE.search(text[begins : said.start])
    if before:
        return begins + before.start("same"), begins + before.end("same")
    return None


# "twelve minutes of exercise and eight of the same next visit": more of it planned, not done today.
# ("eight of the same last visit", "... yesterday": another day's, done before today)
SAME_LATER = re.compile(
    rf"{_SAME}\s+(?:{NOT_YET.pattern}|(?:last|previous)\s+(?:visit|session|time|week)\b|yesterday\b)", re.I
)
# "the same again for eight on Monday", "last week, same again for fifteen", "... when he comes back": more
# of the same on another day (planned, or done before today), never today's minutes.
_ANOTHER_DAY = re.compile(
    rf"{NOT_YET.pattern}|\b(?:last|previous|following|next)\s+(?:visit|session|time|week|appointment)\b"
    r"|\byesterday\b|\b(?:on|this|next|last)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b"
    r"|\bwhen\s+(?:he|she|they|you|we)\s+(?:comes?|gets?|are|is)\s+back\b|\bhome\s+program\b|\bat\s+home\b",
    re.I,
)


def _same_another_day(text: str, begins: int, said: Said) -> bool:
    """Whether the minutes `said`, more of the same ("the same again for eight", "eight of the same"), are
    another day's: the sentence they are said in (from `begins`) names a day other than today's visit."""
    if _more_of_the_same(text, begins, said) is None:
        return False
    ends = re.search(r"[.!?;]|$", text[said.end :])
    return bool(_ANOTHER_DAY.search(text[begins : said.end + (ends.start() if ends else 0)]))


# "so twelve of exercise and the rest was ten": a figure said of the rest, which names no service.
REST_WAS = re.compile(rf"{REST.pattern}\s*(?:(?:about|around|roughly|maybe|like|only|just)\s+)*$", re.I)
# "and about four minutes going over the jar opener": minutes, then what was done in them.
SPENT_DOING = re.compile(
    r"^\s*(?:minutes?\s+)?(?:going over|practi[cs]ing|working on|reviewing)\s+(?:the\s+|some\s+)?\w", re.I
)


def _owner(acts: list[_Act], since: int, said: Said, text: str) -> _Act:
    """The service minutes said belong to: the one named right after them ("and nine of exercise", "four
    minutes going over the jar opener"); where the words since the last figure open with a service named
    by its own name and go on to what was done in it ("neuro re-ed single leg balance on the foam and the
    band walks nine minutes", a recogniser's run-on list), that service; else the nearest named."""
    on = ON_ACT.match(text[said.end :])
    after = [a for a in acts if on and said.end <= a.start <= said.end + on.end()]
    if SPENT_DOING.match(text[said.end :]):
        # what was gone over may be named a few words on ("going over the one handed kitchen tricks, the
        # jar opener"), before the sentence ends or the next minutes are said
        rest = re.split(r"[.!?;]", text[said.end :], maxsplit=1)[0]
        next_minutes = MINUTES_SAID.search(rest)
        end = said.end + (next_minutes.start() if next_minutes else len(rest))
        after += [a for a in acts if said.end <= a.start and a.end <= end][:1]
    # "so eleven minutes balance": the service named right after its minutes, nothing between.
    # ("bike ten minutes bridges fifteen minutes": a run-on list whose next item has minutes of its own)
    after += [
        a
        for a in acts
        if a.start >= said.end
        and NAMED_RIGHT_AFTER.fullmatch(text[said.end : a.start])
        and not OWN_FIGURE_AFTER.match(text[a.end :])
    ]
    if not after and on:
        # "and nine minutes of hand exercises": the service named a word or two on, after what it worked
        # on ("hand", "core"), is still the one the minutes are of.
        after = [a for a in acts if a.start >= said.end and ON_ACT_WORDS.fullmatch(text[said.end : a.start])]
    if after:
        return after[0]
    before = [a for a in acts if since <= a.start and a.end <= said.start]
    opened_by_name = len(before) >= 2 and (
        GENERIC.match(before[0].label) or _heading(before[0], text) or OPENS_A_LIST.match(before[0].label)
    )
    if opened_by_name and not any(GENERIC.match(a.label) for a in before[1:]):
        return before[0]
    return _settled_owner(_nearest(acts, said.start), before, said, text)


def _settled_owner(nearest: _Act, before: list[_Act], said: Said, text: str) -> _Act:
    """Nerve glides are billed as exercise by some clinics and as neuromuscular re-education by others:
    named in one block with a service whose code is plain ("prone press-ups and nerve glides for fourteen
    minutes", "nerve glides and the bike, ten"), the block is that service's, not theirs. The block is
    the sentence's run up to its minutes (no stop, colon or semicolon between)."""
    if not NERVE_GLIDES.search(nearest.label):
        return nearest
    plain = [
        a
        for a in before
        if a.code != nearest.code
        and not NERVE_GLIDES.search(a.label)
        and not re.search(r"[.!?;:]", text[a.end : said.start])
    ]
    return plain[-1] if len(plain) == 1 or len({a.code for a in plain}) == 1 else nearest


VISIT_TOTAL = re.compile(
    r"\b(?:of (?:treatment|therapy|timed (?:services|treatment|minutes))|treatment time|total time|"
    r"timed minutes|minutes total today|total today|in all today|for the (?:visit|session)|"
    r"minutes timed|timed today|room time|in the room|"
    r"(?:the|your|this|today'?s|our) (?:session|visit)(?: today)? (?:was|ran|lasted|took|came to)|"
    r"in here (?:for )?(?:about |around )?\w+(?:-\w+)? minutes|our (?:\w+(?:-\w+)? )?minutes)\b",
    re.I,
)
# "without the e-stim today" leaves that service out; "gait without the cane" is still gait.
WITHOUT = re.compile(r"\bwithout\s+(?:the\s+|any\s+|your\s+)?$", re.I)
# "goal community walking with cane partly met", "the goal is stairs with one rail": a service named as
# what a goal is, not as what was done.
GOAL_NAMED = re.compile(
    r"\bgoals?\s+(?:(?:is|was|of|for|to|are|were)\s+)?(?:(?:the|a|an|his|her|your|their)\s+)?(?:[a-z]+\s+){0,2}$",
    re.I,
)
# "Some people get that from the traction", "sore from the weights last time": a service named as the
# cause of a symptom is talk about it, not a service done. A person who comes from a service ("you came
# from the back class", "she just came from the group") was at it: that is no cause.
CAUSED_BY = re.compile(
    r"\b(?:get|gets|got|getting|sore|numb|achy|stiff|tired|hurts?|hurting|pain|"
    r"(?<!\byou )(?<!\bhe )(?<!\bshe )(?<!\bwe )(?<!\bthey )(?<!\bi )(?<!\bjust )(?:comes?|came))\s+"
    r"(?:(?:it|that|this|them|some|a bit|a little)\s+)?(?:from|after)\s+"
    r"(?:the\s+|your\s+|that\s+|all\s+the\s+)?$",
    re.I,
)
# "This is not exercise now, this is the functional part": the service it is not.
NOT_THIS_SERVICE = re.compile(
    r"\b(?:is|was|are|'s|that'?s|it'?s)\s+not\s+(?:really\s+|just\s+)?(?:the\s+|a\s+)?$|\bisn'?t\s+(?:the\s+|a\s+)?$",
    re.I,
)
TIME_POINT = re.compile(r"\b(?:before|after|since|until|till|between)\s+(?:the\s+|your\s+|that\s+)?$", re.I)
# "That teaching was nine minutes, separate from the kitchen work", "that practice was eight minutes separate
# from the manual", "besides the testing": the service named is the block these minutes are not.
APART_FROM = re.compile(
    r"\b(?:separate(?:ly)?\s+from|apart\s+from|aside\s+from|besides|other\s+than|in\s+addition\s+to|"
    r"not\s+(?:counting|including)|excluding)\s+(?:the\s+|your\s+|his\s+|her\s+|that\s+|all\s+the\s+)?$",
    re.I,
)
# "six minutes today not eight", "it wasn't ten, it was twelve": a figure named only to be set aside.
REJECTED = re.compile(
    r"(?:\bnot|\b(?:was|were|is|are|did|does|do|had|has|have|could|would|should|ai)n'?t|\brather than|"
    r"\binstead of)\s+(?:about\s+|like\s+|even\s+)?$",
    re.I,
)
# "That was, what, fifteen? Seventeen by the timer, I'll go with seventeen.", "twelve, no, fourteen": what
# the clinician says between one figure and the next when the next replaces it.
REVISING = re.compile(
    r"^(?:[\s,.?!]|\bminutes?\b|\b(?:no|nope|wait|sorry|actually|i mean|hang on|hold on|make (?:that|it)|"
    r"correction|scratch that|earlier|before|at first|originally|but|"
    r"or rather|more like|closer to|it was|it's|i'?ll (?:go with|say|put|call it)|let'?s (?:say|go with)|"
    r"(?:we'?ll |i'?d )?say|go with|call it|by the (?:timer|clock)|the (?:timer|clock) (?:says|said)|"
    r"um+|uh+)\b)*$",
    re.I,
)
# "thirty-five, forty minutes, thirty-eight by the clock": the figure read off a clock settles a range.
SETTLED_AFTER = re.compile(
    r"^\s*(?:minutes?\s+)?(?:by|on|per) (?:the |my )?(?:clock|timer|watch|stopwatch)\b", re.I
)
# "ten this morning ... and another eight after the break": when, or a second block of the same service.
WHEN_AFTER = re.compile(
    r"^\s*(?:this (?:morning|afternoon)|earlier|before|after|at the (?:start|end|beginning)|to start|later|"
    r"first thing|in the (?:morning|afternoon))\b",
    re.I,
)
# "fifteen more minutes of ther ex", "ten extra on the bike": more of a service already given minutes.
MORE_AFTER = re.compile(r"^\s*(?:more|extra|additional)\b(?!\s+(?:than|like|or less)\b)", re.I)
RANGE_BEFORE = re.compile(
    rf"(?:\b(?P<between>between)\s+(?:about\s+|around\s+)?)?(?P<low>{NUMBER})\s*(?:minutes?\s*)?"
    r"(?P<join>to|or|-|~|\u2013|and)\s*$",
    re.I,
)


def _range_low(before: str, high: int) -> int | None:
    """The lower figure of a range said before `high` ("ten to twelve", "fifteen or twenty", "between ten
    and twelve", "10-12"); None where the number stands alone. "And" joins a range only after "between"."""
    m = RANGE_BEFORE.search(before)
    if m is None or (m["join"].lower() == "and" and not m["between"]):
        return None
    low = numbers_in(m["low"])
    if not low or low[0].value != int(low[0].value):
        return None
    return int(low[0].value) if 1 <= low[0].value < high and high - low[0].value <= 20 else None


ANOTHER = re.compile(r"\b(?:another|an additional|a further|plus)\s*$", re.I)
# "Nine minutes on the ball.", "Twelve minutes on that.", "Another seven on those.": a sentence that is only
# minutes and what they were spent on (with its numbers taken out) is the activity under way's.
SPENT_ON = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|then|now|alright|all right)\W+)?(?:(?:another|an additional|a further)\s+)?"
    r"(?:(?:about|around|roughly|like)\s+)?\W*(?:minutes?\s+)?(?:(?:on|with|at|doing|for|of)\s+"
    r"(?:all\s+(?:of\s+)?)?"
    r"(?:that|those|this|these|it(?: all)?|them|(?:the|that|those|these)\s+[a-z][a-z-]+)|"
    # "Eight minutes to go over the school plan.", "ten minutes going over it": the activity under way
    # gone over ("going over the test results", "the goals" are the visit's findings, not a service).
    r"(?:to go|going|went|we went|i went) (?:back )?over\s+(?:(?:it|that|this|them|those)(?: all)?|"
    r"(?:the|that|this|those|these|your|his|her|their)\s+"
    r"(?!(?:[a-z-]+\s+)?(?:results?|scores?|goals?|findings|tests?|testing|measurements|numbers|insurance|"
    r"bills?|billing|paperwork|consent|questionnaires?|forms?|progress|report|plan of care)\b)"
    r"(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+))\W*$",
    re.I,
)
# "last time", "on Tuesday", "at your last visit": a visit other than this one ("same as last time" is not;
# "last session of voice therapy" is the final one, maybe this one).
TODAYS = re.compile(r"\b(?:today|now|again|this (?:visit|session|time))\b", re.I)
OTHER_VISIT = re.compile(
    r"(?<!like )(?<!as )\b(?:last (?:time|week)|yesterday|the other day|"
    r"at (?:the|your|our) last (?:visit|session)|"
    r"(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:previous|prior|other) (?:visit|session)s?|your last one|before (?:the |your )?surgery)\b",
    re.I,
)
# "Fourteen minutes of that.", "ten on all those", "that was twelve for the lot": said of all just listed.
ALL_OF_IT = re.compile(
    r"\b(?:(?:of|on|for|with)\s+(?:all\s+(?:of\s+)?(?:that|those|these|them|it)|that|those|these|them|"
    r"it all|the lot)|"
    r"all (?:of )?(?:that|those))\b",
    re.I,
)
# "Now back to exercise", "back on the bike": a service resumed after another is the one under way again.
RESUMED = re.compile(r"\b(?:back to|back on|return(?:ing)? to)\s+(?:the\s+|some\s+|your\s+|that\s+)?$", re.I)


def _visit_total(sentence: str, said: list[tuple[Said, bool]]) -> bool:
    """ "Total today, eleven and seventeen, twenty-eight minutes of treatment": the visit's minutes, not a
    service's: said as the visit's, or as the sum of the numbers said before it."""
    if VISIT_TOTAL.search(sentence):
        return True
    said_before = numbers_in(sentence)
    for minutes, _ in said:
        before = [n.value for n in said_before if n.start < minutes.start]
        if len(before) >= 2 and sum(before) == minutes.value:
            return True
    return False


def _last_sentence(text: str) -> str:
    sentences = [m.group(0) for m in SENTENCE.finditer(text) if m.group(0).strip()]
    return sentences[-1] if sentences else ""


RESTART = re.compile(r"\s*(?:\.{2,}|\u2026|\u2014|--)\s*")


DIGIT_RANGE = re.compile(r"(?<=\d)[-\u2013](?=\d{1,2}\s*(?:minutes?|mins?)\b)", re.I)


def _restarts_blanked(text: str) -> str:
    """A number broken off and said again ("the exercise was twenty... twenty-two minutes") is the
    second one: the first is blanked, keeping every position, so it is neither minutes nor a break.
    "8-10 minutes" is written "8~10 minutes", a range whose second figure reads as a number."""
    text = DIGIT_RANGE.sub("~", text)
    said = numbers_in(text)
    for first, second in zip(said, said[1:], strict=False):
        gap = text[first.end : second.start]
        if RESTART.fullmatch(gap):
            text = text[: first.start] + " " * (second.start - first.start) + text[second.start :]
    return text


# Between the figures of a read-back: "twelve and nine", "twelve, nine".
READ_BACK_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?$", re.I)
READ_BACK_END = re.compile(r"^\s*(?:[.!?,;]|$|(?:okay|ok|right|got it|alright)\b)", re.I)


def _read_backs_blanked(text: str) -> str:
    """Minutes said once more as bare figures, in the order the turn just gave them ("the exercise part was
    twelve minutes and the balance part nine minutes, twelve and nine"), blanked, positions kept: a recogniser
    writes the read-back into the same run-on turn, and it is no further minutes of the last service."""
    said = [n for n in numbers_in(text) if n.value == int(n.value)]
    k = 1
    while k < len(said):
        run = [said[k]]
        while k + len(run) < len(said) and READ_BACK_JOIN.match(text[run[-1].end : said[k + len(run)].start]):
            run.append(said[k + len(run)])
        earlier = [n for n in said[:k] if MINUTES_AFTER.match(text[n.end :])]
        given = [n.value for n in earlier[-len(run) :]]
        if (
            len(run) >= 2
            and given == [n.value for n in run]
            and not MINUTES_AFTER.match(text[run[-1].end :])
            and READ_BACK_END.match(text[run[-1].end :])
        ):
            text = text[: run[0].start] + " " * (run[-1].end - run[0].start) + text[run[-1].end :]
            k += len(run)
            continue
        k += 1
    return text


def _as_said(text: str) -> str:
    """A turn's text with its figures read as said: a number broken off and said again once, a read-back
    of the minutes just said, clock times said in words in digits, a count of equal blocks as their minutes
    ("three times, two minutes each"), and the minutes that close a remark put in a sentence of their own."""
    return _closing_minutes_apart(
        times_each(clocks_read(_read_backs_blanked(_restarts_blanked(_time_points_blanked(text)))))
    )


# "you used your arms less today thirteen minutes on those", "if the shoulder is steady the hand is
# steadier that was eleven minutes", "tell me if it gets hot the ultrasound was eight minutes": minutes said
# done, of the service named with them or of what was done ("on those"), closing a sentence whose words
# before them name no service and no number (a remark, run on by a recognizer that writes no stops) are a
# statement of their own.
CLOSING_MINUTES = re.compile(
    rf"(?<=\S)(?P<gap>\s+)(?P<done>(?:and\s+|so\s+)?(?:that was|that's|that is|those were|these were|"
    rf"that took|it was|we did|you did|"
    rf"(?P<named>(?:the|that|this|your)\s+(?:[a-z-]+\s+){{1,3}}?)(?:was|were|took|ran|lasted))\s+)?"
    rf"(?:(?:about|around|like|roughly)\s+)?"
    rf"{NUMBER}\s+(?:more\s+)?minutes?"
    r"(?P<back>\s+(?:on|of|for|with|doing)\s+"
    r"(?:that|those|these|them|it|this|(?:the|those|these)\s+[a-z][a-z-]+))?"
    r"\s*[.!]?\s*$",
    re.I,
)
# A remark that ends in a word that leads into a figure ("do it at home for", "maybe") goes on into it.
LEADS_IN = re.compile(
    r"\b(?:for|about|around|like|of|than|to|at|in|on|maybe|roughly|another|only|just|over|under|by|the|a|"
    r"every|each|and|or|with|then|plus|extra|additional|least|most|almost|nearly|over|under|"
    r"was|were|is|are|be|took|takes|spent|did|our|your|total|hold|it|her|him|them)\s*$",
    re.I,
)


def _closing_minutes_apart(text: str) -> str:
    """The text with a sentence stop in place of the space before minutes that close a remark (its
    length kept). Said past ("that was eleven minutes") they close it whatever the remark was; said bare
    ("thirteen minutes on those") only after a remark that is no plan, request or thing not done."""
    for sm in reversed(list(SENTENCE.finditer(text))):
        tail = CLOSING_MINUTES.search(sm.group(0))
        # ("That fitting took nine minutes.", "tell her ten minutes": the figure is the sentence's own)
        if tail is None or not (tail["done"] or tail["back"]):
            continue
        # ("fitting and adjusting the orthotics was fourteen minutes": what the remark does is done to it)
        if tail["named"] and (
            not activities(tail["named"]) or re.search(r"\w(?:ing|ed)\s*$", sm.group(0)[: tail.start()])
        ):
            continue
        remark = sm.group(0)[: tail.start()]
        if (
            len(re.findall(r"[a-z]+", remark, re.I)) < 2
            or numbers_in(remark)
            or activities(remark)
            or LEADS_IN.search(remark)
            or (
                not tail["done"]
                and (
                    NOT_YET.search(remark)
                    or SCOPE.search(remark)
                    or REQUEST.search(remark)
                    or NOT_DONE.search(remark)
                )
            )
        ):
            continue
        at = sm.start() + tail.start("gap")
        text = text[:at] + "." + text[at + 1 :]
    return text


def _time_points_blanked(text: str) -> str:
    """The text with its lists of moments ("at 4, 8 and 16 minutes") blanked, as long as they were: the
    list runs over commas, which split clauses, so it is found on the turn."""
    return TIME_POINTS.sub(lambda m: " " * len(m.group(0)), text)


# "That's six minutes of sitting, take them off": the break said is to come off the service just given.
TAKEN_OFF = re.compile(
    r"\b(?:take|took|knock|subtract)\s+(?:them|that|those|these|it)\s+(?:off|out)\b|"
    r"\b(?:take|took|knock)\s+(?:off|out)\s+(?:them|that|those|these)\b|"
    r"\b(?:not counting|minus|don'?t count|doesn'?t count) (?:them|that|those|these)\b",
    re.I,
)


# "That teaching was twelve minutes", "Those tasks were ten minutes" with nothing named before them: the
# minutes of a block the words do not name as a service, quoted for the clinician (never dropped unsaid).
BLOCK_WAS = re.compile(
    r"\b(?:that|this|those|these|the|all that|all those)\s+(?:[a-z'-]+\s+){1,3}"
    r"(?:was|were|took|ran|lasted|came to)\s+(?:about\s+|around\s+|like\s+|roughly\s+)?$",
    re.I,
)


def _ends_with_measure(sentence: str) -> bool:
    """The sentence's last figure is a measure said with its unit, and nothing is named after it
    ("Thirty second sit to stand, eleven reps.", "Twelve point four seconds.")."""
    said = numbers_in(sentence)
    if not said:
        return False
    after = sentence[said[-1].end :]
    return bool(NOT_MINUTES.match(after)) and not activities(after)


def _put_right(
    text: str,
    sentence: str,
    offset: int,
    durs: list[tuple[Said, bool]],
    said_for: frozenset[tuple[str, str]],
    current: _Act | None,
) -> tuple[list[_Act], list[tuple[Said, bool]]] | None:
    """ "We'll do about ten minutes in the kitchen" ... "that was closer to eighteen in the kitchen": a figure
    put right, with no service's name of its own, is the service an earlier turn gave minutes whose name
    its sentence holds (the kitchen), else the one under way."""
    put = [s for s, _ in durs if _put_right_said(text[offset : s.start], sentence)]
    if not put:
        return None
    rest = sentence.lower()
    owner = next(
        (
            (code, label)
            for code, label in sorted(said_for)
            if label and re.search(rf"\b{re.escape(label.lower().split()[-1])}\b", rest)
        ),
        None,
    )
    # the one under way only where minutes were said for it before: "what was her Berg?" / "it was closer
    # to forty" puts right no minutes
    if owner is None and current is not None and any(code == current.code for code, _ in said_for):
        owner = (current.code, current.label)
    if owner is None:
        return None
    return [_Act(owner[0], owner[1], s.start, s.end) for s in put], [(s, True) for s in put]


def _turn_mentions(
    segment: Segment,
    current: _Act | None,
    said_for: frozenset[tuple[str, str]] = frozenset(),
    *,
    asked_how_long: bool = False,
    asked_ahead: bool = False,
    asked_measure: bool = False,
    closed: dict[tuple[int, int], ClockSpan] | None = None,
    opened_by: dict[tuple[int, int], _Act] | None = None,
) -> tuple[list[Mention], list[_Act], _Act | None, list[str]]:
    """Mentions of one therapist turn, the services it names as done, the activity under way after it,
    and the minutes it said that no service could take (quoted, for the clinician to place).
    `said_for`: (code, label) of the activities whose minutes earlier turns said; naming one of their
    codes again ("separate from the manual") does not make it the activity under way. `asked_ahead`:
    the turn answers a question about later visits, so its first sentence is the plan. `asked_measure`:
    the turn before it named a measure ("what was my Berg?"), so a figure put right is that measure's.
    `closed`: the
    blocks whose clock time an earlier turn opened and a sentence of this one closes (timing.closed_spans);
    `opened_by`: the service the turn that opened such a block named it as (`_blocks_opened_as`)."""
    timed = {code for code, _ in said_for}
    # "First bout four minutes, then five, then another five": one service in pieces, read as their sum.
    text = pieces_summed(_as_said(segment.text), _codes_named)
    # Where each run of pieces ends, by where it starts: its sum is quoted with all its pieces.
    run_ends = {run.start: run.end for run in pieces(_as_said(segment.text), _codes_named)}
    mentions: list[Mention] = []
    named: list[_Act] = []
    listed: list[_Act] = []
    unplaced: list[str] = []
    turn_pairs = sum(
        1
        for _, clause in _clauses(text, 0)
        if activities(clause) and any(s.value == int(s.value) for s in numbers_in(clause))
    )
    minutes_word = bool(re.search(r"\bmin(?:ute)?s?\b", text, re.I))
    strong = turn_pairs >= 2 or minutes_word or bool(RECAP.search(text)) or _paired_run(text)
    after_list = False  # the sentence before named services done, without their minutes
    measure_before = False  # ... ended on a measure ("eleven reps.")
    list_before: list[_Act] = []  # ... the services of two or more codes it named
    in_plan = False  # a sentence before opened the plan or the home program ("Plan: ...", "Home program:")
    for sm in SENTENCE.finditer(text):
        sentence = sm.group(0)
        # "Plan: twice a week for four weeks. Bike ten minutes on the off days.": what follows the plan's
        # heading in the turn is the plan too, until a sentence says what was done ("today", "we did").
        in_plan = (in_plan and not DONE_SAID.search(sentence)) or bool(
            PLAN_HEADING.match(sentence) and not _plan_for_now(text, sm)
        )
        plan_before = in_plan and not PLAN_HEADING.match(sentence)
        if REQUEST.search(sentence):
            continue
        clauses = _clauses(sentence, sm.start())
        # "He scored 21 on the MoCA, so mild trouble with planning and memory": the cognition a screen
        # measured is a finding, not a cognitive intervention given (unless minutes are said with it).
        screened = bool(SCREEN_SAID.search(sentence)) and not re.search(r"\bmin(?:ute)?s?\b", sentence, re.I)
        # "ten this morning before the manual": a service named as a point in time takes no minutes.
        acted = [
            [
                _Act(a.code, a.label, a.start + offset, a.end + offset)
                for a in activities(clause)
                if not TIME_POINT.search(clause[: a.start])
                and not APART_FROM.search(clause[: a.start])
                and not WITHOUT.search(clause[: a.start])
                and not GOAL_NAMED.search(clause[: a.start])
                and not CAUSED_BY.search(clause[: a.start])
                and not NOT_THIS_SERVICE.search(clause[: a.start])
                and not (screened and a.code == COGNITIVE)
                and not _planned_after_minutes(clause, a.start)
            ]
            for offset, clause in clauses
        ]
        # "ten minutes on the bike instead of the treadmill": the treadmill is what was not done.
        set_aside = _substituted(sentence)
        acted = [
            [a for a in acts if not any(s <= a.start - sm.start() < e for s, e in set_aside)]
            for acts in acted
        ]
        # "the hallway walking, longer strides, turns, and the stairs": whichever clause names them.
        acted = in_company(acted)
        acted = _counted_as(acted, sentence, sm.start())
        parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]] = []
        answers_how_long = asked_how_long and sm.start() == 0
        sentence_words = len(re.findall(r"[a-z]+", sentence, re.I))
        # "That was twenty, twenty-two, I had twenty-two." is as short as "That was ten." once its
        # numbers are set aside.
        spoken = sentence
        for n in reversed(numbers_in(sentence)):
            spoken = spoken[: n.start] + spoken[n.end :]
        wording_words = len(re.findall(r"[a-z]+", spoken, re.I))
        that_was = bool(THAT_WAS.search(sentence))
        # "... the pan. That was ten." closes a list; "Sit to stand, eleven reps. It was seven." is the
        # measure's figure before.
        closing_list = after_list and that_was and wording_words <= 5 and not measure_before
        clocked = (
            clock_span(sentence)
            or (closed or {}).get((segment.index, sm.start()))
            or _clause_span(clauses, sm.start())
        )
        opening = next((acts for acts in acted if acts), [])
        split, split_unequal = _parts_of_a_total(sentence, sm.start())
        held: set[int] = set()  # clauses whose minutes only words after them set aside (`_set_aside_after`)
        for i, (offset, clause) in enumerate(clauses):
            acts = acted[i]
            local = [_Act(a.code, a.label, a.start - offset, a.end - offset) for a in acts]
            # A clause with no service of its own may lean on a neighbour that names one, or on the
            # list before it ("the sit to stands, the heel raises, hip abduction, that was eleven"), or
            # be the whole of a short sentence after a list ("... carrying the pan. That was ten.").
            # "Then TE, ten, the UBE": a bare number right after a service named by its own name.
            after_service = (
                strong
                and i > 0
                and bool(acted[i - 1])
                and bool(GENERIC.match(acted[i - 1][-1].label))
                and not numbers_in(clauses[i - 1][1])
            )
            # "Then your TE, the chin nods, the rows, the lower traps, twenty-two.": the number that
            # closes a sentence opened by a service's own name is that service's minutes.
            closes_service = (
                strong and i == len(clauses) - 1 and bool(opening) and bool(GENERIC.match(opening[0].label))
            )
            lean = not local and (
                any(acted[j] for j in range(i))
                or (i + 1 < len(acted) and bool(acted[i + 1]))
                or closing_list
                or (answers_how_long and (sentence_words <= 3 or (i == 0 and _bare_number(clause))))
            )
            durs = [
                (Said(s.start + offset, s.end + offset, s.value), unit)
                for s, unit in _durations(
                    clause,
                    local,
                    strong,
                    lean,
                    that_was or answers_how_long or after_service or closes_service,
                    opens_sentence=i == 0,
                    lead=text[sm.start() : offset],
                )
            ]
            durs = [
                (s, unit)
                for s, unit in durs
                if not THEN_AND_NOW.match(text[s.end :])
                and not SAME_LATER.match(text[s.end :])
                and not _same_another_day(text, sm.start(), s)
            ]
            # "cognitive treatment for the first fifteen minutes plus one more unit": the code's rule said.
            durs = [
                (s, unit)
                for s, unit in durs
                if not (
                    FIRST_UNIT_BEFORE.search(text[sm.start() : s.start])
                    and FIRST_UNIT_AFTER.match(text[s.end : sm.end()])
                )
            ]
            durs = [(s, unit) for s, unit in durs if s.start not in split]
            scope = SCOPE.search(text[sm.start() : offset])
            if scope and PLAN_WORDS.fullmatch(scope.group(0)) and _plan_for_now(text, sm):
                scope = None
            scoped = bool(
                scope
                or GOAL_STATUS.search(sentence)
                or (asked_ahead and sm.start() == 0)
                or (not acts and NOT_TREATMENT.search(sentence))
                or plan_before
            )
            excluded = _excluded(_said_of(clause, local, durs, offset), local) or scoped
            if excluded and not acts and not scoped and _set_aside_after(clause, durs, offset):
                held.add(len(parsed))
            parsed.append((offset, clause, acts, durs, excluded))
        _clock_minutes(parsed, clocked, sm.start())
        _plans_spread(parsed)
        _net_of_breaks(parsed, sentence, timed_by_clock=clocked is not None)
        skipped = (
            {
                a.code
                for o, c, acts, durs, _ in parsed
                for a in acts
                if NOT_DONE.search(
                    _unrejected(
                        c
                        if not (acts and durs)
                        else _after_so(c, min([b.start - o for b in acts] + [d.start - o for d, _ in durs]))
                    )
                )
            }
            if NOT_DONE.search(_unrejected(sentence))
            else set()
        )
        # "No traction for her, not after surgery.": a service said after a bare "no" is refused, whatever
        # follows ("No, traction felt good" answers a question: the comma keeps it out).
        skipped |= {
            a.code
            for acts in acted
            for a in acts
            if re.search(rf"\bno\s+(?:more\s+)?{re.escape(a.label)}", sentence, re.I)
        }
        skipped |= _refused_apart(parsed, acted)
        # A clause with minutes but no service takes the service of its neighbour in the sentence
        # that has one but no minutes ("balance stuff, call it fifteen").
        for i, (_offset, clause, acts, durs, excluded) in enumerate(parsed):
            if excluded:
                if i in held and sentence.strip() not in unplaced and not _visit_total(sentence, durs):
                    unplaced.append(sentence.strip())
                continue
            # "exercise was twenty, not twenty-five, we never got to the bike": a part skipped leaves the
            # service said by its own name with its minutes done.
            acts = [a for a in acts if a.code not in skipped or (durs and GENERIC.match(a.label))]
            # "Want the e-stim on the way out?" offers a service; it is done only when said so. "How long
            # were we on the bike?" asks about one that was done.
            offered = sentence.rstrip().endswith("?") and not durs and not DONE_ASKED.search(sentence)
            # "last visit the traction made her sore": a service named, without minutes, of another visit.
            # "Traction again today, same setup as last week" is today's all the same.
            elsewhen = not durs and bool(OTHER_VISIT.search(sentence)) and not TODAYS.search(sentence)
            for act in acts:
                if elsewhen and act.code in UNTIMED_DONE:
                    continue
                if act.code != BUNDLED and not offered:
                    named.append(act)
                    finished = act.code in timed or any(m.code == act.code for m in mentions)
                    if current is None or not finished or RESUMED.search(text[: act.start]):
                        current = act
                        listed.append(act)
            if not durs:
                continue
            if (
                not acts
                and not asked_measure
                and (put_right := _put_right(text, sentence, _offset, durs, said_for, current))
            ):
                acts, durs = put_right
            if not acts and not VISIT_TOTAL.search(clause):
                acts = (
                    _correcting(parsed, i)
                    or _listed_under(parsed, i, text)
                    or _lean(parsed, i)
                    or _listed_after(parsed, i, text)
                    or _same_as_before(parsed, i, text, sm.start())
                )
                if not acts:
                    acts, durs = _same_as_last(
                        text, sm.start(), clause, _offset, durs, mentions, current, timed
                    )
                    if not acts and any(_more_of_the_same(text, sm.start(), s) for s, _ in durs):
                        # "eight more of the same" with no service whose minutes were just said: which
                        # service it was more of is the clinician's to say.
                        unplaced.append(sentence.strip())
                        continue
            if not acts:
                said_minutes = [(s, u) for s, u in durs if u or closing_list or answers_how_long]
                # "Twenty-two minutes." said alone, or "that was ten minutes": the activity under way.
                # ... or opens a sentence that goes on about something else ("12 minutes, five reps
                # every two hours at home"), as a recognizer often joins what was said as two.
                alone = sentence_words <= 4 or len(re.findall(r"[a-z]+", clause, re.I)) <= 3
                spent_on = len(clauses) == 1 and bool(SPENT_ON.match(spoken))
                block = (opened_by or {}).get((segment.index, sm.start())) if clocked is not None else None
                if current is None and block is not None and said_minutes:
                    # "It's 10:05, let's get started." ... "Okay, it's 10:32. That's our cognitive work for
                    # today.": a block closed on the clock, named as it closed, before any service was.
                    current = block
                if (
                    said_minutes
                    and current is not None
                    and (
                        that_was
                        or alone
                        or spent_on
                        or clocked is not None
                        or on_its_prop(text, current, clause)
                        # "That section ran eleven minutes", "that piece lasted ten": the stretch just done.
                        or bool(THAT_PART_WAS.search(sentence))
                        # "Fitting, adjusting and teaching her took sixteen minutes": the work on it.
                        or bool(WORK_TOOK.match(sentence))
                        # "twenty minutes in the pool lets get out": the time in the water just spent on
                        # the exercise under way (made aquatic by `_in_the_pool` at a pool visit only).
                        or (
                            current.code in POOL_WORK
                            and any(MINUTES_IN_THE_POOL.match(text[s.end :]) for s, _ in said_minutes)
                        )
                    )
                    # "last week you only did ten minutes in the pool": another time's, whoever did them.
                    and not (
                        any(MINUTES_IN_THE_POOL.match(text[s.end :]) for s, _ in said_minutes)
                        and _pool_another_time(sentence)
                    )
                    and not _visit_total(sentence, said_minutes)
                    # "next time we'll do ten minutes" is planned; what follows the minutes is not.
                    and not NOT_YET.search(text[sm.start() : _offset + len(clause)])
                ):
                    # "another seven minutes", "that was eight more minutes": more of the service under way.
                    more = any(
                        ANOTHER.search(text[_offset : s.start]) or MORE_AFTER.match(text[s.end :])
                        for s, _ in said_minutes
                    )
                    # (A block closed on the clock that its opening turn named is the whole block.)
                    if (
                        (current.code, current.label) in said_for
                        and not (
                            block is not None and (block.code, block.label) == (current.code, current.label)
                        )
                        and not (more or _restated(current, sentence, spoken, spent_on))
                    ):
                        # "That functional part was fifteen minutes." ... "And then a few minutes on
                        # mandrel, six minutes.": the activity under way had its minutes in an earlier
                        # turn, so these are more likely another service's, named in words not heard as
                        # one ("band rows"). Taking them would bill the wrong service or replace its
                        # minutes: they are quoted for the clinician. (Within a turn, minutes said again
                        # correct themselves: "That was fifteen, eighteen, I wrote eighteen.")
                        unplaced.append(sentence.strip())
                        continue
                    # The activity was named in another sentence or turn: the minutes are the evidence.
                    # "Today we practised gaze stabilization, ..., then walking with head turns. Fourteen
                    # minutes of that.": minutes said of all that the sentence before listed are the list's
                    # (its head, as for a list in the same sentence), not its last item's.
                    # "Bike first, then the strengthening. I'm starting you at 10:09 by the gym clock." ...
                    # "Okay, we're done with those at 10:28": a block timed by the clock, closed with no
                    # service named, is what the turn that opened it said it was.
                    owner = (
                        _head(list_before)
                        if list_before and ALL_OF_IT.search(clause) and current in list_before
                        else block
                        if block is not None and clocked is not None
                        else current
                    )
                    acts = [_Act(owner.code, owner.label, s.start, s.end) for s, _ in said_minutes]
                    durs = said_minutes
                else:
                    # "Then nine minutes of training for your return to climbing: taping, how to warm up":
                    # minutes of something no service's words name are quoted for the clinician, never
                    # dropped without a word. (Desensitization's have their own line.)
                    if (
                        not DESENSITIZATION.search(sentence)
                        and any(
                            unit
                            and (ON_ACT.match(text[s.end :]) or BLOCK_WAS.search(text[sm.start() : s.start]))
                            for s, unit in said_minutes
                        )
                        and not _visit_total(sentence, said_minutes)
                        and not NOT_YET.search(text[sm.start() : _offset + len(clause)])
                    ):
                        unplaced.append(sentence.strip())
                    continue
            heard_from = 0
            first_pairs = _number_first(clause, acts, durs, _offset)
            named_after: set[int] = set()  # the services a figure before them took ("nine of manual")
            for said, _unit in durs:
                act = _owner(acts, heard_from, said, text)
                if act.start >= said.end:
                    named_after.add(act.start)
                elif act.start in named_after and OF_UNHEARD.match(text[said.end :]):
                    # "So nine of manual and twenty-two of the shelf work": the service before is the first
                    # figure's; the second is of a thing not heard as a service, quoted for the clinician.
                    unplaced.append(sentence.strip())
                    continue
                elif OF_THE_REST.match(text[said.end :]) or REST_WAS.search(text[_offset : said.start]):
                    # "so eight of manual and fifteen of the rest", "and the rest was ten": what the rest was
                    # is not said; the figure is quoted for the clinician, never given to the service named
                    # before it.
                    unplaced.append(sentence.strip())
                    continue
                elif same := _more_of_the_same(text, sm.start(), said):
                    # "so ten of bike and eight of the same": another block of the service just named, a
                    # figure of its own in the recap, never the first figure put right.
                    act = _Act(act.code, "the same", *same)
                if first_pairs is not None:
                    paired = next((a for a in acts if _said_before(text[said.end : a.start])), None)
                    if paired is None and said.value == first_pairs:
                        continue  # "... sixteen exercise so thirty four": the pairs' sum, said after them
                    act = paired or act
                # "nine minutes of exercise and the pool work was twenty four": the service named right
                # after its minutes took them; it heads no list said after it.
                heard_from = max(said.end, act.end) if act.start >= said.end else said.end
                if (
                    mentions
                    and mentions[-1].segment == segment.index
                    and _corrected(mentions[-1], clause, _offset, text, act, said)
                ):
                    mentions.pop()
                if (
                    mentions
                    and mentions[-1].segment == segment.index
                    and _said_again(mentions[-1], sm.start(), text, act, said)
                ):
                    mentions.pop()
                start, end = min(act.start, said.start), max(act.end, said.end, run_ends.get(said.start, 0))
                minutes = int(said.value)
                said_at: tuple[tuple[int, int], ...] = ((said.start, said.end),)
                # ("another eight of the same" is a block of its own in the recap, labelled so: no sum here)
                more = act.label != "the same" and bool(
                    ANOTHER.search(text[_offset : said.start]) or MORE_AFTER.match(text[said.end :])
                )
                # "ten to twelve minutes", "fifteen or twenty", "between 10 and 12": a range, not a figure.
                ranged = _range_low(text[_offset : said.start], minutes)
                high = minutes
                if ranged is not None:
                    minutes = ranged
                if (
                    more
                    and mentions
                    and mentions[-1].segment == segment.index
                    and mentions[-1].start >= sm.start()
                    and mentions[-1].code != act.code
                    and (
                        GENERIC.match(mentions[-1].label)
                        or (
                            bool(opening)
                            and opening[0].code == mentions[-1].code
                            and GENERIC.match(opening[0].label)
                        )
                    )
                    and not GENERIC.match(act.label)
                ):
                    # "the functional stuff ... eight minutes on the cups and then another six on the
                    # buttons": more of the service named by its own name, whose parts these are.
                    act = _Act(mentions[-1].code, mentions[-1].label, act.start, act.end)
                if (
                    mentions
                    and mentions[-1].segment == segment.index
                    and mentions[-1].code == act.code
                    and more
                ):
                    # "ten this morning and another eight after the break": one service in two blocks.
                    previous = mentions.pop()
                    minutes += previous.minutes
                    start = min(start, previous.start)
                    said_at = previous.said_at + said_at
                    more = previous.added
                mentions.append(
                    Mention(
                        act.code,
                        minutes,
                        act.label,
                        segment.index,
                        start,
                        end,
                        segment.text[start:end],
                        total=bool(TOTAL.search(clause) or WHOLE.search(text[sm.start() : said.start])),
                        said_at=said_at,
                        added=more,
                        said_as_range=(ranged, high) if ranged is not None else None,
                        split_unequal=split_unequal.get(said.start),
                    )
                )
        _purpose_said(parsed, mentions, segment.index, sm.start())
        if not any(p[3] for p in parsed) and mentions and mentions[-1].segment == segment.index:
            mentions[-1] = _break_taken_off(mentions[-1], sentence, text)
        # "We did some balance work: feet together, weight shifts, reaching at the counter.": minutes
        # said after a list go to the service most of it was; on a tie, to the last named.
        # The list may run over sentences ("We did some balance work. Feet together, weight shifts...").
        in_sentence = [a for a in listed if sm.start() <= a.start < sm.end()]
        list_before = (
            in_sentence if len({a.code for a in in_sentence}) >= 2 and not any(p[3] for p in parsed) else []
        )
        after_list = (after_list or bool(in_sentence)) and not any(p[3] for p in parsed)
        measure_before = _ends_with_measure(sentence)
        if any(p[3] for p in parsed):
            listed = []
        elif len(in_sentence) >= 2 and any(GENERIC.match(a.label) for a in in_sentence):
            # "Then we did exercises, the press-ups, the nerve glides": the list is of the service it
            # opens with by name.
            current = _head(in_sentence)
        elif len(in_sentence) >= 2 and _heading(in_sentence[0], text):
            current = in_sentence[0]
        elif len(listed) >= 3:
            counts = {a.code: sum(b.code == a.code for b in listed) for a in listed}
            top = max(counts.values())
            if list(counts.values()).count(top) == 1:
                current = next(a for a in listed if counts[a.code] == top)
    return [_revised(m, text, segment.text, mentions) for m in mentions], named, current, unplaced


# A clause that refuses what the sentence named: "..., so not today", "..., we'll hold off", "skipped".
REFUSING = re.compile(
    r"\b(?:not today(?!'s)|skip(?:ped|ping)?(?: it| that)?|hold(?:ing)? off|not doing (?:it|that)|"
    r"not this time|no time for (?:it|that)|cancel(?:l?ed)?|"
    r"(?:is|isn'?t|is not) on (?:\w+ )?plan(?: of care)?)\b",
    re.I,
)


def _refused_apart(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]], acted: list[list[_Act]]
) -> set[str]:
    """ "Ultrasound isn't on her plan of care, so not today.", "The bike, not today, his knee is sore.": a
    sentence that names one service and no minutes, in which a clause naming no service refuses it, refuses
    that service (so it is not left "named without its minutes" for the clinician to bill). A clause that
    names what it refuses ("Bike was great, we skipped the ice") is read as it stands."""
    named = {a.code for acts in acted for a in acts}
    if len(named) != 1 or any(p[3] for p in parsed):
        return set()
    refusing = any(not acted[i] and REFUSING.search(_unrejected(parsed[i][1])) for i in range(len(parsed)))
    return named if refusing else set()


def _refused_in(sentence: str) -> set[str]:
    """Services a sentence says are not given: "so no e-stim today, we skip it", "we'll skip the traction",
    a clause naming one with a refusal in it. Said of home or of later ("no TENS at home yet") it refuses
    nothing given here."""
    if NOT_YET.search(sentence) or REQUEST.search(sentence):
        return set()
    acts = activities(sentence)
    out = {a.code for a in acts if re.search(rf"\bno\s+(?:more\s+)?{re.escape(a.label)}", sentence, re.I)}
    if NOT_DONE.search(_unrejected(sentence)):
        out |= {
            a.code for _, c in _clauses(sentence, 0) for a in activities(c) if NOT_DONE.search(_unrejected(c))
        }
    return out


def _refused_after_named(
    segments: list[Segment], named: dict[str, tuple[str, int]], last_named: dict[str, int]
) -> set[str]:
    """Untimed services (no minutes to decide them) named as done and then refused by the clinician in a
    later turn, not named as done again after it: "the plan today was the e-stim on your shoulder" ... "it
    looks like irritation from the pads, so no e-stim today, we skip it until that heals"."""
    untimed = {code for code in named if code in UNTIMED_DONE or code == BUNDLED}
    if not untimed:
        return set()
    return {
        code
        for segment in segments
        if segment.speaker == CLINICIAN
        for said in SENTENCE.finditer(segment.text)
        for code in _refused_in(said.group(0)) & untimed
        if segment.index > last_named.get(code, segment.index)
    }


# "six minutes of weight bearing through the arm, for neuro re-education": the service a task was done
# for, named by its own name in the clause after it, is the service billed; the task's word alone
# ("weight") would guess another.
FOR_SERVICE = re.compile(
    r"^\W*(?:(?:as|for)\s+(?:the\s+|some\s+|his\s+|her\s+)?|that'?s\s+|which is\s+)$", re.I
)
# "laundry folding with breaks, seven minutes, to practise pacing": a task done to practise a strategy is
# training in that strategy (self-care/home management training), not the task's own service.
PRACTISED_FOR = re.compile(
    r"^\W*(?:to|for)\s+(?:practi[cs]e|practi[cs]ing|work on|working on)\s+(?:the\s+|her\s+|his\s+|your\s+)?$",
    re.I,
)


def _purpose_said(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]],
    mentions: list[Mention],
    segment: int,
    since: int,
) -> None:
    for i in range(1, len(parsed)):
        _offset, clause, acts, durs, excluded = parsed[i]
        named = [
            a
            for a in acts
            if (GENERIC.match(a.label) and FOR_SERVICE.match(clause[: a.start - _offset]))
            or (a.code == "97535" and PRACTISED_FOR.match(clause[: a.start - _offset]))
        ]
        if durs or excluded or len(named) != 1 or len(acts) != 1:
            continue
        # "laundry folding with breaks, seven minutes, to practise pacing": the minutes may stand alone
        # between the task and what it was for.
        j = i - 1
        while j > 0 and not parsed[j][2] and parsed[j][3]:
            j -= 1
        before_at = parsed[j][0]
        for k, m in enumerate(mentions):
            if (
                m.segment == segment
                and m.start >= max(since, before_at)
                and m.start < _offset
                and not GENERIC.match(m.label)
                and m.code != named[0].code
            ):
                mentions[k] = replace(m, code=named[0].code)


def _break_taken_off(mention: Mention, sentence: str, text: str) -> Mention:
    """ "The walking was twenty minutes on the clock, but we sat three times, two minutes each. That's six
    minutes of sitting, take them off.": a sentence of the turn that says only a break and to take it
    off nets it from the service given minutes before it, once (never from minutes already netted)."""
    off = breaks(sentence)
    if not off or not TAKEN_OFF.search(sentence) or len(mention.said_at) != 1:
        return mention
    start, end = mention.said_at[0]
    said = numbers_in(text[start:end])
    if not said or said[0].value != mention.minutes or off >= mention.minutes:
        return mention
    own = sentence_at(text, start)
    if _netted(own):
        return mention  # "twenty minus the four she rested, so sixteen": taken off there already
    return replace(mention, minutes=mention.minutes - off)


def _netted(sentence: str) -> bool:
    """A sentence that takes its breaks off its own figure: in words ("minus the four") or by saying the
    figure less them ("twenty-six on my sheet, we waited five, so twenty-one")."""
    off = breaks(sentence)
    if not off:
        return False
    said = [n.value for n in numbers_in(sentence)]
    return bool(NET_WORDS.search(sentence)) or any(n - off in said for n in said)


NET_WORDS = re.compile(
    r"\b(?:minus|less|take\s+(?:off|out)|took\s+(?:off|out)|subtract\w*|not counting|knock\s+off)\b", re.I
)


def _revised(mention: Mention, text: str, said_text: str, mentions: list[Mention]) -> Mention:
    """A service's minutes replaced by the figures said right after them in its turn, each with only the
    words of a correction between ("fifteen? Seventeen by the timer, I'll go with seventeen"): the last
    one stands. A figure that is another service's, or a count ("twelve reps"), stops it."""
    if len(mention.said_at) != 1:
        return mention
    taken = {at for m in mentions for at in m.said_at}
    end, minutes, said_at = mention.said_at[0][1], mention.minutes, mention.said_at
    for said in numbers_in(text):
        if said.start < end:
            continue
        gap, after = text[end : said.start], text[said.end :]
        if (
            not REVISING.fullmatch(gap)
            or not (
                re.search(r"\?|[a-z]", re.sub(r"\bminutes?\b", "", gap, flags=re.I), re.I)
                or SETTLED_AFTER.match(after)
            )
            or (said.start, said.end) in taken
            or said.value != int(said.value)
            or not 3 <= said.value <= MAX_SERVICE_MINUTES
            or NOT_MINUTES.match(after)
            or (ON_ACT.match(after) and activities(after[:40]))
        ):
            break
        end, minutes, said_at = said.end, int(said.value), ((said.start, said.end),)
    if said_at == mention.said_at:
        return mention
    stop = max(mention.end, said_at[0][1])
    # "eight to ten minutes, say nine": the figure settled on ends the range.
    return replace(
        mention,
        minutes=minutes,
        said_at=said_at,
        end=stop,
        quote=said_text[mention.start : stop],
        said_as_range=None,
    )


def on_its_prop(text: str, current: _Act, clause: str) -> bool:
    """ "Then the reaching with the cones, standing ... Nine minutes on the cones.": minutes said on a
    thing the activity under way was named with, in the same turn, are that activity's."""
    prop = on_prop(clause)
    if prop is None or not current.label or text[current.start : current.end].lower() != current.label:
        return False
    sentence = sentence_at(text, current.start)
    return bool(re.search(rf"\b{re.escape(prop)}\b", sentence, re.I))


def _clause_span(clauses: list[tuple[int, str]], sentence_start: int) -> ClockSpan | None:
    """ "We started at quarter past, you were on the decline board and the squats from quarter past to half
    past": a sentence saying three times holds no one span, but its one clause that says two does (its
    positions given in the sentence)."""
    spans = [(offset, span) for offset, clause in clauses if (span := clock_span(clause)) is not None]
    if len(spans) != 1:
        return None
    offset, span = spans[0]
    clause = next(c for o, c in clauses if o == offset)
    ends = {clause[span.first[0] : span.first[1]].lower(), clause[span.later[0] : span.later[1]].lower()}
    # "Bike from 5:06 to 5:16, then split squats till 5:30": a third time is another block's end; only a
    # time said again ("we started at quarter past ... from quarter past to half past") leaves the span.
    told = [
        m.group(0).lower()
        for o, c in clauses
        if o != offset
        for m in [*CLOCK_TIME.finditer(c), *SPOKEN_CLOCK.finditer(c)]
    ]
    if any(t not in ends for t in told):
        return None
    shift = offset - sentence_start
    return ClockSpan(
        span.minutes,
        span.end + shift,
        (span.first[0] + shift, span.first[1] + shift),
        (span.later[0] + shift, span.later[1] + shift),
    )


def _clock_minutes(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]],
    clocked: ClockSpan | None,
    offset: int,
) -> None:
    """A service timed by the clock gets the minutes between its start and end, unless the sentence says
    its minutes in words as well: the service named with the first time ("We started manual at 2:10 ...
    switched to exercise at 2:22" is the manual's), else with the later one, else the clause of the later
    time leans on its neighbours ("the pegboard and the nuts and bolts, from 11:20 to 11:32"). In a recap
    that gives other services their minutes ("manual twenty to ten until ten to ten, the functional
    activities sixteen"), a clause that names its service and both times is that service's."""
    if clocked is None:
        return
    said_elsewhere = any(p[3] for p in parsed)
    sentence_end = max(start + len(clause) for start, clause, *_ in parsed)
    named = [(k, a) for k, p in enumerate(parsed) for a in p[2]]
    sentence = " " * sentence_end
    for start, clause, *_ in parsed:
        sentence = sentence[:start] + clause + sentence[start + len(clause) :]
    # "Manual 10:00 to 10:20, but we lost five minutes to a call": the break is off the span.
    off = breaks(sentence)
    if 0 < off < clocked.minutes:
        clocked = clocked._replace(minutes=clocked.minutes - off)
    local = ClockSpan(
        clocked.minutes,
        offset + clocked.end,
        (offset + clocked.first[0], offset + clocked.first[1]),
        (offset + clocked.later[0], offset + clocked.later[1]),
    )
    owner = span_owner(sentence, local, [(a.start, a.end) for _, a in named])
    if owner is not None:
        k, act = named[owner]
        start, clause, acts, durs, excluded = parsed[k]
        whole = start <= local.first[0] and local.end <= start + len(clause)
        if said_elsewhere and (durs or not whole):
            return
        parsed[k] = (start, clause, acts, [(Said(act.end, act.end + 1, clocked.minutes), True)], excluded)
        return
    if said_elsewhere:
        return
    end = local.end
    for k, (start, clause, acts, _durs, excluded) in enumerate(parsed):
        if start <= end <= start + len(clause):
            parsed[k] = (start, clause, acts, [(Said(end - 1, end, clocked.minutes), True)], excluded)
            return


# "That was more like seven", "You're right, seven": the figure said before is being put right.
RESTATING = re.compile(
    r"\b(?:more like|closer to|actually|make (?:that|it)|i mean|or rather|you'?re right|correction)\b", re.I
)


def _restated(current: _Act, sentence: str, spoken: str, spent_on: bool) -> bool:
    """Minutes said again for the activity under way, whose minutes an earlier turn said: put right in
    words ("That was more like seven, you started it late") or said on the thing its name says ("Seven
    minutes on the stabilization." after "rhythmic stabilization ... That was about ten minutes.")."""
    prop = on_prop(spoken) if spent_on else None
    if prop is not None and prop in current.label.lower().split():
        return True
    first = numbers_in(sentence)
    return bool(first and RESTATING.search(sentence[: first[0].start]))


def _net_of_breaks(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]],
    sentence: str,
    *,
    timed_by_clock: bool = False,
) -> None:
    """ "Ther ex ran thirty-two on the clock, minus eight for the call, so twenty-four", "twenty-six on my
    sheet, but we waited five for the bathroom, so twenty-one": a figure said again less the sentence's
    breaks is the service's; the first, the clock's, is dropped."""
    off = breaks(sentence)
    if not off:
        return
    said = [s for p in parsed for s, _ in p[3]]
    gross = {s.start for s in said if any(t.start > s.start and s.value - off == t.value for t in said)}
    if not gross:
        if timed_by_clock:
            return  # the clock's span has its breaks taken off already (_clock_minutes)
        # "eighteen minutes on the walking, but take off four, we stopped for her blood pressure": the one
        # figure said, less what the clinician says to take off it, when no net figure is said.
        base = parsed[0][0] - max(sentence.find(parsed[0][1]), 0) if parsed else 0  # the sentence's start
        taken = [n for n in numbers_in(sentence) if SUBTRACTED.search(sentence[: n.start])]
        after = [s for s in said if taken and s.start < base + taken[0].start]
        if len(said) == 1 and after and 0 < off < said[0].value:
            for k, (offset, clause, acts, durs, excluded) in enumerate(parsed):
                if durs:
                    net = [(Said(s.start, s.end, s.value - off), u) for s, u in durs]
                    parsed[k] = (offset, clause, acts, net, excluded)
        return
    for k, (offset, clause, acts, durs, excluded) in enumerate(parsed):
        if any(s.start in gross for s, _ in durs):
            parsed[k] = (offset, clause, acts, [(s, u) for s, u in durs if s.start not in gross], excluded)


SUBTRACTED = re.compile(
    r"\b(?:minus|less|take\s+(?:off|out)|took\s+(?:off|out)|subtract(?:ing)?|not counting|knock\s+off)\s+"
    r"(?:(?:the|a|about|around)\s+)*$",
    re.I,
)


def _plans_spread(parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]]) -> None:
    """ "We'll start with the putty and the grippers, five minutes, then the self-care part": bare minutes
    right after a service named as planned are the plan's too, not the next service's."""
    for i in range(1, len(parsed)):
        offset, clause, acts, durs, excluded = parsed[i]
        _, _, planned, planned_durs, before_excluded = parsed[i - 1]
        if durs and not acts and not excluded and before_excluded and planned and not planned_durs:
            parsed[i] = (offset, clause, acts, durs, True)


def _corrected(previous: Mention, clause: str, offset: int, text: str, act: _Act, said: Said) -> bool:
    """The turn's previous minutes are taken back: the clause opens with a correction ("no, more like
    eighteen") after them, or one is said between them and these of the same service ("twenty minutes,
    actually, let me look, nineteen minutes of ther ex"). A "no" that opens a run-on turn ("no the
    exercise was twelve minutes and the balance nine", answering someone's guess) corrects no minutes of
    its own clause."""
    return bool(
        (CORRECTION.match(clause) and previous.end <= offset)
        or (
            previous.code == act.code
            and CORRECTION_SAID.search(text[previous.end : min(act.start, said.start)])
        )
    )


def _said_again(previous: Mention, sentence_start: int, text: str, act: _Act, said: Said) -> bool:
    """ "twenty, twenty-five, it was twenty-five minutes": the same service's minutes said again in the
    sentence, with nothing joining them, settle on the last."""
    between = text[previous.end : said.start]
    return (
        previous.start >= sentence_start
        and (
            (
                (previous.code, previous.label) == (act.code, act.label)
                and not re.search(r"\b(?:and|plus|then|also)\b", between, re.I)
            )
            # "twelve, thirteen minutes, call it thirteen of exercise": the same code said again, settled
            or (
                previous.code == act.code
                and bool(between.strip())
                and bool(REVISING.match(between))
                # "Cognitive work was thirty-five minutes, twenty on problem solving": a smaller figure
                # said of another part of the service, nothing taking the first back, is a part of it.
                and not (
                    act.label != previous.label
                    and said.value < previous.minutes
                    and ON_ACT.match(text[said.end :])
                    and not CORRECTION_SAID.search(between)
                )
            )
        )
    )


def _same_as_before(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]], i: int, text: str, begins: int
) -> list[_Act]:
    """ "so ten of manual and then eight of the same": minutes said as more of the same are the service's
    that the nearest clause before gave minutes to. `begins`: where the sentence starts in `text`."""
    if not any(_more_of_the_same(text, begins, s) for s, _ in parsed[i][3]):
        return []
    return next(
        (acts for _, _, acts, durs, excluded in reversed(parsed[:i]) if acts and durs and not excluded), []
    )


def _same_as_last(
    text: str,
    begins: int,
    clause: str,
    offset: int,
    durs: list[tuple[Said, bool]],
    mentions: list[Mention],
    current: _Act | None,
    timed: set[str],
) -> tuple[list[_Act], list[tuple[Said, bool]]]:
    """ "That was ten minutes of manual." / "And eight more minutes of the same.": minutes said as more of
    the same in a sentence (or turn) of their own are the service's whose minutes were said last, where it
    is still the one under way (this turn's last mention, or an earlier turn's, with no other service
    begun since). Else nothing: the caller quotes them for the clinician."""
    same = [(s, unit) for s, unit in durs if _more_of_the_same(text, begins, s)]
    if not same or current is None or NOT_YET.search(text[begins : offset + len(clause)]):
        return [], durs
    owner: tuple[str, str] | None = None
    if mentions:
        if mentions[-1].code == current.code:
            owner = (mentions[-1].code, mentions[-1].label)
    elif current.code in timed:
        owner = (current.code, current.label)
    if owner is None:
        return [], durs
    return [_Act(owner[0], owner[1], s.start, s.end) for s, _ in same], same


def _correcting(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]], i: int
) -> list[_Act]:
    """ "the functional activities were fifteen, no, sixteen, I let her finish the zipper": minutes said
    as a correction are the service's that was just given minutes, not what the talk goes on to."""
    clause = parsed[i][1]
    before = parsed[i - 1] if i else None
    opened = CORRECTION.match(clause) or (
        before is not None and not before[2] and not before[3] and CORRECTION.fullmatch(before[1].strip(" ,"))
    )
    if not opened:
        return []
    for _offset, _clause, acts, durs, _excluded in reversed(parsed[:i]):
        if acts:
            return acts if durs else []
    return []


# "My watch says my heart rate is ninety": a vital sign the patient read off, its figure after its name.
VITAL_READ = (
    r"\b(?:heart ?rate|pulse|sats?|saturation|oxygen|o2|blood pressure|bp|temp(?:erature)?|blood sugar|"
    r"glucose|weight)\b[^.!?\d]{0,20}?"
)
RATED = re.compile(
    rf"\b(?:an?|like a|maybe a)\s+(?P<n>{NUMBER})\b(?!\s*(?:minutes?|mins?|more|times|reps|sets|of)\b)"
    rf"|\b(?P<m>{NUMBER})\s*(?:out of|outta|/)\s*(?:10|ten)\b"
    rf"|{VITAL_READ}\b(?P<v>{NUMBER})\b(?!\s*(?:minutes?|mins?)\b)",
    re.I,
)


def _reads_back(mention: Mention, text: str, rated: set[float]) -> bool:
    """A figure the clinician says back from the ratings or vital signs the patient just gave ("maybe a
    three ... more like a six" -> "So three at rest, six on stairs"; "my heart rate is ninety" -> "Your
    watch can say ninety, that's fine for walking"), with no word of minutes in its sentence."""
    if len(mention.said_at) != 1 or mention.minutes not in rated:
        return False
    at = mention.said_at[0][0]
    sentence = sentence_at(text, at)
    return not re.search(r"\bmin", sentence, re.I)


# "And the desensitization, I said twelve, it was ten", "I said twenty earlier, but with the squats it was
# twenty-six by the clock": an earlier figure named by its value and put right in the same sentence.
CITED_REVISION = re.compile(
    rf"\b(?:i said|i told you|i had|i wrote|i put|i called it)\s+(?P<old>{NUMBER})(?:\s+minutes?)?"
    rf"(?:\s+(?:earlier|before|for (?:it|that)))?\s*,?\s*(?:but\s+)?[^.!?]{{0,80}}?"
    rf"\b(?:it was|it's|make (?:that|it)|actually|more like|really|that was)\s+(?P<new>{NUMBER})\b",
    re.I,
)


# "For the balance I watched the clock, it was twelve, not fourteen": the new figure, then the old one
# denied (the same value said before of one service is put right, as with "I said fourteen, it was twelve").
NEW_NOT_OLD = re.compile(
    rf"\b(?:it was|it's|that was|make (?:that|it)|more like|really|actually)\s+(?P<new>{NUMBER})"
    rf"(?:\s+minutes?)?\s*,?\s+not\s+(?P<old>{NUMBER})\b(?!\s*(?:reps?|sets?|times|seconds?|pounds?|degrees?))",
    re.I,
)


SAID_AS_VISIT = re.compile(
    r"\b(?:today|in total|total|in all|altogether|all together|for the (?:visit|session))\b", re.I
)


def _split_figures(sentence: str) -> list[int]:
    """The whole numbers of a sentence that could be minutes (not "3 sets", "4 out of 10")."""
    return [
        int(n.value)
        for n in numbers_in(sentence)
        if n.value == int(n.value)
        and 1 <= n.value <= MAX_SERVICE_MINUTES
        and (MINUTES_AFTER.match(sentence[n.end :]) or not NOT_MINUTES.match(sentence[n.end :]))
    ]


def _totals_split(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """A total said first and then split: the parts say what the total was made of, once.

    - In one sentence ("forty-one minutes of cognitive treatment, twenty on spaced retrieval and twenty-one
      on the medication routine"): where the figures after the total add up to it, parts of the total's
      own service are the total again (dropped); where every part was placed on a service of its own and
      some differ from the total's, the parts stand and the total goes.
    - Over the next sentences or turns ("Thirty-six minutes today. Twenty on balance ... Ten on
      strengthening ... And six minutes of walking"): a total said with no service of its own, that the
      next mentions add up to, is the visit's total, not the service under way.
    """
    texts = {s.index: s.text for s in segments}
    drop: set[int] = set()
    for k, m in enumerate(mentions):
        if k in drop or m.again or m.added or not m.said_at:
            continue
        text = texts.get(m.segment, "")
        at = m.said_at[-1][1]
        sentence = next(
            (sm for sm in SENTENCE.finditer(text) if sm.start() <= m.said_at[-1][0] < sm.end()), None
        )
        if sentence is None:
            continue
        figures = _split_figures(text[at : sentence.end()])
        if len(figures) >= 2 and sum(figures) == m.minutes:
            parts = [
                j
                for j, p in enumerate(mentions)
                if j != k and p.segment == m.segment and p.said_at and at <= p.said_at[0][0] < sentence.end()
            ]
            if parts and all(mentions[j].code == m.code for j in parts):
                drop |= set(parts)
            elif len(parts) == len(figures):
                drop.add(k)
            continue
        if figures and sum(figures) < m.minutes:
            # "Cognitive work was thirty-five minutes, twenty on problem solving": smaller figures after a
            # service's total, placed on that same service, are some of its parts, within it.
            parts = [
                j
                for j, p in enumerate(mentions)
                if j != k and p.segment == m.segment and p.said_at and at <= p.said_at[0][0] < sentence.end()
            ]
            # ("ten of bike and eight of the same": more of it, not within it)
            if parts and all(
                mentions[j].code == m.code
                and mentions[j].label != m.label
                and mentions[j].label != "the same"
                and not OF_THE_SAME.match(text[mentions[j].said_at[0][1] :])
                for j in parts
            ):
                drop |= set(parts)
            continue
        # Said as the visit's ("today", "in total"), not after a list as its minutes ("Eighteen minutes, I
        # had the timer."): a list's minutes that happen to equal the next ones' sum stay its own.
        if figures or activities(sentence.group(0)) or not SAID_AS_VISIT.search(sentence.group(0)):
            continue
        total = 0
        for j in range(k + 1, len(mentions)):
            if mentions[j].again:
                continue
            total += mentions[j].minutes
            if total >= m.minutes:
                break
        rest = [p for p in mentions[k + 1 :] if not p.again]
        if total == m.minutes and len(rest) >= 2 and sum(p.minutes for p in rest) == m.minutes:
            drop.add(k)
    return [m for k, m in enumerate(mentions) if k not in drop]


def _cited_revisions(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """A turn puts a figure said before right by its value ("I said twelve, it was ten"): a mention the
    turn made of the old figure takes the new one, or gives way to the turn's own mention of it; else the
    one earlier mention with the old figure is put right (taking the new figure, or counted once where
    the turn gave the new one a service of its own)."""
    out = list(mentions)

    def at(k: int, start: int, end: int) -> bool:
        return any(start <= a < end for a, _ in out[k].said_at)

    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        cites = [*CITED_REVISION.finditer(segment.text), *NEW_NOT_OLD.finditer(segment.text)]
        for cited in cites:
            old, new = value(cited["old"]), value(cited["new"])
            if new != int(new) or not 1 <= new <= MAX_SERVICE_MINUTES or old == new:
                continue
            here = [k for k, m in enumerate(out) if m.segment == segment.index]
            said_new = [k for k in here if at(k, *cited.span("new"))]
            said_old = [k for k in here if at(k, *cited.span("old")) and k not in said_new]
            if cited.re is NEW_NOT_OLD and (not said_new or said_old):
                continue  # "two sets, not three": only a figure this turn gave a service puts one right
            for k in said_old:
                out[k] = replace(out[k], minutes=int(new), again=bool(said_new), said_as_range=None)
            earlier = [
                k for k, m in enumerate(out) if m.segment < segment.index and m.minutes == old and not m.again
            ]
            if len(earlier) == 1:
                k = earlier[0]
                settled = said_new or [j for j in said_old if not out[j].again]
                out[k] = replace(out[k], minutes=int(new), again=bool(settled), said_as_range=None)
    return out


def _listed_under(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]], i: int, text: str
) -> list[_Act]:
    """ "Then the stabilization: side lying clams, half kneeling holds, and bird dogs for control, ten
    minutes": bare minutes closing a list opened by a service and a colon are that service's, whatever
    its items are named as."""
    for j in range(i - 1, -1, -1):
        offset, clause, acts, durs, excluded = parsed[j]
        if durs or excluded:
            return []
        if acts and text[offset + len(clause) : offset + len(clause) + 1] == ":":
            return [acts[-1]] if j < i - 1 else []
    return []


def _listed_after(
    parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]], i: int, text: str
) -> list[_Act]:
    """ "nineteen minutes of training with the adaptive stuff: the weighted cup, the rocker knife, the
    button hook": minutes said as the heading of a list (a colon after them) are the list's, where two or
    more of its items name one service and none names another. One item alone ("nine minutes of training
    for climbing: taping, how to warm up") or items of two services leave the minutes for review."""
    offset, clause = parsed[i][0], parsed[i][1]
    if text[offset + len(clause) : offset + len(clause) + 1] != ":":
        return []
    run: list[_Act] = []
    for _offset, _clause, acts, durs, excluded in parsed[i + 1 :]:
        if durs or excluded:
            break
        run += acts
    if len(run) >= 2 and len({a.code for a in run}) == 1:
        return [run[0]]
    return []


SAID_BEFORE = re.compile(
    r"\b(?:told (?:you|him|her|them)|i said|we said|i wrote|i had)\s+(?:about\s+)?$", re.I
)
ADDED_TO = re.compile(r"\s*(?:and\s+)?(?:(?:we|i|you)\s+)?(?:added|threw in|included|tacked on)\b", re.I)


def _lean(parsed: list[tuple[int, str, list[_Act], list[tuple[Said, bool]], bool]], i: int) -> list[_Act]:
    """The service a clause of bare minutes belongs to: back over the clauses before it that name
    services without minutes ("ther ex, the bike plus step-ups, quad sets, SLRs, that came to
    twenty-three"; fillers between them skipped), the head of that list; else the clause after it when
    that one names a service and has no minutes of its own."""
    run: list[_Act] = []
    for j in range(i - 1, -1, -1):
        _, clause, acts, durs, excluded = parsed[j]
        if durs and not acts and not excluded and not run:
            continue  # "..., twenty, twenty-five, it was twenty-five minutes": the same list, said again
        if durs or excluded:
            break
        run = acts + run
        if acts and re.match(r"\s*(?:and|so|okay|then|now)\b", clause, re.I):
            break  # "..., and ther ex, the bike, ...": a new item of the recap starts here
    if run:
        return [_head(run)]
    if (
        i + 1 < len(parsed)
        and parsed[i + 1][2]
        and not parsed[i + 1][3]
        and not parsed[i + 1][4]
        # "it was sixteen, we added the step-ups": what was added to the block under way, not a new one
        and not ADDED_TO.match(parsed[i + 1][1])
    ):
        return parsed[i + 1][2]
    return []


def _desensitization_unbilled(
    segments: list[Segment], mentions: list[Mention], orphans: list[str]
) -> list[str]:
    """ "then um seven minutes of the desensitization with the textures cotton then velcro then the rice
    bin": the clinician's sentence gives desensitization minutes that no service took. Which code bills it
    is the clinic's (`DESENSITIZATION`): the minutes are shown, not dropped and not coded."""
    out: list[str] = []
    for segment in segments:
        if segment.speaker != CLINICIAN or not DESENSITIZATION.search(segment.text):
            continue
        for sm in SENTENCE.finditer(segment.text):
            sentence = sm.group(0)
            said = MINUTES_SAID.search(sentence)
            if (
                not said
                or not DESENSITIZATION.search(sentence)
                or NOT_YET.search(sentence)
                or any(sentence.strip() in quote or quote in sentence for quote in orphans)
                or any(
                    m.segment == segment.index and any(sm.start() <= a < sm.end() for a, _ in m.said_at)
                    for m in mentions
                )
            ):
                continue
            out.append(
                f'desensitization said with {said.group(0)}: "{sentence.strip()}"; not billed: it is billed '
                "as sensory re-education (97112), or with the manual work (97140) or the exercise (97110) it "
                "went with: add it under that service before signing"
            )
    return out


def _head(listed: list[_Act]) -> _Act:
    """What a list of things done was: the service named by its own name ("the exercises, the wrist
    AROM, the tendon glides, the edema massage"), else the service most of it was, else the first."""
    generic = [a for a in listed if GENERIC.match(a.label)]
    if generic:
        return generic[0]
    counts = {a.code: sum(b.code == a.code for b in listed) for a in listed}
    top = max(counts.values())
    # ("nerve glides and the bike, ten": where as many are named, the plain exercise's, `_settled_owner`)
    tied = [a for a in listed if counts[a.code] == top]
    return next((a for a in tied if not NERVE_GLIDES.search(a.label)), tied[0])


def _attended(segments: list[Segment], named: dict[str, tuple[str, int]]) -> bool:
    """Stimulation was attended when the clinician named it so or said they stayed with it and adjusted it."""
    if ATTENDED_STIM in named:
        return True
    return any(
        s.speaker == CLINICIAN
        and ATTENDED.search(s.text)
        and any(a.code in (UNATTENDED_STIM, ATTENDED_STIM) for a in activities(s.text))
        for s in segments
    )


def _per_code(mentions: list[Mention]) -> dict[str, int]:
    """Minutes per code: a stated total wins; else the last recap turn (two or more services with
    minutes) restates what came before; else different activities add up and a repeat replaces."""
    by_turn: dict[int, list[Mention]] = {}
    for m in mentions:
        by_turn.setdefault(m.segment, []).append(m)
    # A recap names two or more services; "around thirty minutes of cognitive work... the timer says
    # thirty-four. Thirty-four minutes." says one service's minutes again, and the last figure stands.
    # ("And then another seven after the retest, the wall slides. Then ten minutes of manual": more of a
    # service said beside a new one is no recap of the two.)
    recaps = {
        seg for seg, ms in by_turn.items() if len({m.label for m in ms if not m.again and not m.added}) >= 2
    }
    out: dict[str, int] = {}
    for code in dict.fromkeys(m.code for m in mentions):
        mine = [m for m in mentions if m.code == code]
        totals = [k for k, m in enumerate(mine) if m.total]
        if totals:
            # ("so ten of manual" said again, "and another eight of the same": a block of its own, more of it)
            out[code] = mine[totals[-1]].minutes + sum(
                m.minutes
                for m in mine[totals[-1] + 1 :]
                if m.added or (m.label == "the same" and not m.again)
            )
            continue
        in_recaps = [m for m in mine if m.segment in recaps]
        if in_recaps:
            last = [m for m in in_recaps if m.segment == in_recaps[-1].segment]
            after = [m for m in mine if m.segment > last[0].segment]
            values = [m.minutes for m in last if not m.again]
            whole = next((v for v in values if len(values) > 2 and 2 * v == sum(values)), None)
            out[code] = (whole if whole is not None else sum(values)) + _distinct(after)
            continue
        # "Recumbent bike, ten minutes ... that's thirty minutes of ther ex today": the service said by
        # its own name sums up what was said of its parts before.
        # ("Another seven minutes on those" is more of it, not its sum.)
        generic = [k for k, m in enumerate(mine) if GENERIC.match(m.label) and not m.added]
        if generic and generic[-1] > 0:
            named = generic[-1]
            out[code] = mine[named].minutes + _distinct(
                [m for m in mine[named + 1 :] if m.added or not GENERIC.match(m.label)]
            )
            continue
        out[code] = _distinct(mine)
    return out


def _same_thing(label: str, other: str) -> bool:
    """ "the stabilization" after "rhythmic stabilization", "the mobs" after "patellar mobs": a label
    that is the last words of another names the same activity."""
    short, long = sorted((label.lower(), other.lower()), key=len)
    return short == long or long.endswith(" " + short)


def _distinct(mentions: list[Mention]) -> int:
    by_label: dict[str, int] = {}
    for m in mentions:
        if m.again:
            continue
        label = next((k for k in by_label if _same_thing(k, m.label)), m.label)
        by_label[label] = by_label.get(label, 0) + m.minutes if m.added else m.minutes
    return sum(by_label.values())


# "Yes, twelve minutes of scar work", "Twelve, yes.": the turn confirms a figure just said or asked.
CONFIRMS = re.compile(rf"^\s*(?:{_YES}\b|{NUMBER}\s*(?:minutes?)?\s*[,.!]?\s*{_YES}\b)", re.I)
# "So that's twelve of scar work", "okay so that was ten on the bike": a figure summed up, not a new bout.
SUMS_UP = re.compile(
    r"^\s*(?:(?:okay|ok|all right|alright|and|yes|yeah|right),?\s+)*so,?\s+"
    r"(?:that'?s|that was|that makes|that'?d be|that comes to|we did|we had|you did|altogether|in all|"
    r"total)\b",
    re.I,
)
# "manual therapy twelve minutes, so twelve minutes of manual": the same figure restated in the turn.
RESTATES = re.compile(r"^[^.!?]*?\b(?:so|i mean|that is|i\.e\.?|in other words|call it|meaning)\b", re.I)
# "Ten minutes on the bike first." ... "Ten minutes done. Onto the table.": the clock called as the block
# ends, its figure said again, no new block.
TIME_UP = re.compile(
    rf"^\W*(?:(?:okay|ok|and|so|good|great|alright|nice|that'?s|there'?s|thats)\W+)*(?:{NUMBER})\s*"
    r"(?:minutes?|mins?)\s+(?:done|up|finished|complete|over)\b[^.!?]*[.!?]?\s*$",
    re.I,
)
# "Then another ten on the bike", "ten more", "and then ten of leg press": a bout after the last.
NEW_BOUT = re.compile(
    r"\b(?:then|also|next|plus|another|more|again|after that|afterwards|later|second|other|additional|"
    r"extra)\b",
    re.I,
)
_ECHO_WORDS = 6
OPENS_WITH_FIGURE = re.compile(rf"\s*(?P<n>{NUMBER})\s*(?:minutes?\s*)?[.!]", re.I)


def _named_next(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """A figure said with no service in its sentence ("About twenty-five minutes, no, twenty-four.") and
    said again in the next sentence of the turn with its service named ("Twenty-four minutes of
    exercise."): one block, the named service's, counted once. The bare figure took the service named
    nearest before it, which may be another's (the last exercise of a list that had no minutes of its own)."""
    text = {s.index: s.text for s in segments}
    out = list(mentions)
    for k in range(len(out) - 1):
        bare, named = out[k], out[k + 1]
        said = text.get(bare.segment, "")
        if (
            named.segment != bare.segment
            or named.minutes != bare.minutes
            or bare.again
            or bare.added
            or named.added
            or activities(sentence_at(said, bare.start))
            or not activities(named.quote)
        ):
            continue
        between = said[bare.end : named.start]
        sentences = [m for m in SENTENCE.finditer(between) if m.group(0).strip()]
        if len(sentences) > 2 or activities(between) or NEW_BOUT.search(between):
            continue
        out[k] = replace(bare, code=named.code, label=named.label)
        out[k + 1] = replace(named, again=True)
    return out


# "I write the sixteen minutes he did here", "those ten minutes": a figure said as one already known.
REFERRED = re.compile(r"\b(?:the|those|these|that|his|her|your|our|my)\s+(?:same\s+)?$", re.I)


def _referred_back(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """Minutes said as ones already known ("I write the sixteen minutes he did here", "those twelve
    minutes stand") in a sentence that names no service, where one service was given those minutes
    before: that service's minutes said again, counted once, never a block of the service under way."""
    text = {s.index: s.text for s in segments}
    out = list(mentions)
    for k, m in enumerate(out):
        if m.again or m.added or m.total or len(m.said_at) != 1:
            continue
        said = text.get(m.segment, "")
        at = m.said_at[0][0]
        sentence = next((sm for sm in SENTENCE.finditer(said) if sm.start() <= at < sm.end()), None)
        if (
            sentence is None
            or activities(sentence.group(0))
            or not REFERRED.search(said[sentence.start() : at])
        ):
            continue
        earlier = [
            p
            for p in out[:k]
            if not p.again and p.minutes == m.minutes and (p.segment, p.start) < (m.segment, m.start)
        ]
        if len({p.code for p in earlier}) == 1:
            out[k] = replace(m, code=earlier[-1].code, label=earlier[-1].label, again=True)
    return out


# "so sixteen minutes of walking", "that makes twenty", "for a total of 16": the figure that follows sums up.
SUM_CUE = re.compile(
    r"\b(?:so|that'?s|that makes|makes|comes? to|came to|for a total of|in all|altogether|all together|"
    r"total(?:ling|led)?)\s+(?:(?:about|around|like|a)\s+)?$",
    re.I,
)


def _sums_said(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """A service's minutes said in parts and then summed up ("we walked ten minutes in the hall, then
    another six outside on the ramp, so sixteen minutes of walking"): the sum, said with a word that sums
    ("so", "that makes", "for a total of") and equal to the parts said since the service's run began (its
    own mentions, and figures said as more of it, "another six"), is the service's total, not a third
    block."""
    text = {s.index: s.text for s in segments if s.speaker == CLINICIAN}
    order = [s.index for s in segments]
    out = list(mentions)
    for k, m in enumerate(out):
        if m.again or m.added or m.total or len(m.said_at) != 1 or m.segment not in text:
            continue
        said = text[m.segment]
        at = m.said_at[0][0]
        start = max((x.start() for x in SENTENCE.finditer(said) if x.start() <= at), default=0)
        if not SUM_CUE.search(said[start:at]):
            continue
        parts: list[Mention] = []
        for p in reversed(out[:k]):
            if p.again:
                continue
            if p.code != m.code or not p.said_at:
                break
            parts.insert(0, p)
        if not parts or parts[-1].segment not in text:
            continue
        last = parts[-1]
        # what the clinician said between the last part ("eight minutes, then another seven on the bike", its
        # pieces summed) and the sum's figure
        end = max(last.said_at[-1][1], last.end)
        if last.segment == m.segment:
            between = said[end:at]
        else:
            inner = order[order.index(last.segment) + 1 : order.index(m.segment)]
            between = " ".join([text[last.segment][end:], *(text[i] for i in inner if i in text), said[:at]])
        more = [
            int(n.value)
            for n in numbers_in(between)
            if n.value == int(n.value)
            and (ANOTHER.search(between[: n.start]) or MORE_AFTER.match(between[n.end :]))
        ]
        pieces = sum(max(1, len(numbers_in(p.quote))) for p in parts) + len(more)
        # "I did twelve minutes of gait with you, so with Rachel's ten that's twenty-two": the earlier
        # block's figure named again beside the sum says the blocks add up, though named alike.
        named_back = {n.value for n in numbers_in(between)}
        added_up = len(parts) >= 2 and all(p.minutes in named_back for p in parts[:-1])
        whole = sum(p.minutes for p in parts) if added_up else _distinct(parts)
        if pieces >= 2 and whole + sum(more) == m.minutes:
            out[k] = replace(m, total=True)
    return out


def _amounts_apart(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """ "bike for the warm up, ten minutes of exercise" ... "then bridges and clams on the mat, twelve minutes
    of exercise": a service said by its own name with its minutes in two lines is two amounts, added, unless
    the later line says its figure as the total, a sum, a correction or a restatement ("so", "that was",
    "actually", "in total"). A new bout is said ("then", "also") or the two lines name different parts."""
    text = {s.index: s.text for s in segments if s.speaker == CLINICIAN}
    out = list(mentions)
    for k, m in enumerate(out):
        if (
            m.again
            or m.added
            or m.total
            or len(m.said_at) != 1
            or m.segment not in text
            or not GENERIC.match(m.label)
        ):
            continue
        if any(o.segment == m.segment and o.label != m.label for o in out):
            continue  # a recap of two or more services: `_per_code` reads it
        earlier = [
            p
            for p in out[:k]
            if p.code == m.code and not p.again and p.segment < m.segment and p.segment in text
        ]
        if not earlier:
            continue
        p = earlier[-1]
        if (
            p.minutes == m.minutes
            or p.label.lower() != m.label.lower()
            or any(o.segment == p.segment and o.label != p.label for o in out)
        ):
            continue
        said = text[m.segment]
        at = m.said_at[0][0]
        sentence = next((x for x in SENTENCE.finditer(said) if x.start() <= at < x.end()), None)
        p_said = text[p.segment]
        p_sentence = next((x for x in SENTENCE.finditer(p_said) if x.start() <= p.start < x.end()), None)
        if sentence is None or p_sentence is None:
            continue
        before = said[sentence.start() : at]
        if (
            TOTAL.search(sentence.group(0))
            or RECAP.search(sentence.group(0))
            or SUMS_UP.match(sentence.group(0))
            or RESTATES.match(before)
            or SUM_CUE.search(before)
            or CORRECTION_SAID.search(said[:at])
            or THAT_WAS.search(before)
        ):
            continue
        parts = {a.label.lower() for a in activities(sentence.group(0)) if not GENERIC.match(a.label)}
        p_parts = {a.label.lower() for a in activities(p_sentence.group(0)) if not GENERIC.match(a.label)}
        if NEW_BOUT.search(before) or (parts and p_parts and not parts & p_parts):
            out[k] = replace(m, added=True)
    return out


# "it's all balance", "that's neuromuscular re-ed not functional", "put it under exercise": what a block
# is billed as, said.
BILLED_AS = re.compile(
    r"\b(?:it'?s|that'?s|its|thats|it was|that was|call (?:it|that)|put (?:it|that|them|those)|"
    r"bill(?:ed|ing)? (?:it|that|them|as)|cod(?:e|ed|ing) (?:it|that|them|as)|count (?:it|that|them))\b",
    re.I,
)


def _service_put_right(turns: list[str], code: str) -> bool:
    """The clinician's turns between two mentions of the same minutes only put right what service they
    were: each opens with a correction, says what the block is billed as, names `code` and says no
    number."""
    return bool(turns) and all(
        CORRECTION.match(t)
        and BILLED_AS.search(t)
        and code in _codes_named(t)
        and not numbers_in(t)
        and not NOT_YET.search(t)
        for t in turns
    )


def _put_right_as(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """ "so far that's sixteen minutes, I'll put the rocker board under functional activities" / "no
    actually it's all balance, so it's neuromuscular reeducation not functional" / "sixteen minutes of
    balance": minutes said, the service put right in a turn of its own, then the same minutes said with
    the right service are one block, that service's, counted once (`again`)."""
    text = {s.index: s.text for s in segments}
    clinician = [s.index for s in segments if s.speaker == CLINICIAN]
    out = list(mentions)
    for k in range(1, len(out)):
        p, m = out[k - 1], out[k]
        if (
            m.added
            or m.total
            or p.again
            or p.minutes != m.minutes
            or p.segment >= m.segment
            or not _service_put_right([text[t] for t in clinician if p.segment < t < m.segment], m.code)
        ):
            continue
        out[k - 1] = replace(p, code=m.code)
        out[k] = replace(m, again=True)
    return out


def _restatements(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """Each mention that says the same minutes of the same service as the one before it again, in other
    words, marked `again` so they count once: a figure confirmed ("Twelve minutes?" ... "Twelve, yes.
    Twelve minutes of scar work."), echoed back as a question and answered ("Ten minutes?" "Yep, ten of
    walking"), summed up ("so that's twelve of scar work") or restated in the turn ("manual therapy twelve
    minutes, so twelve minutes of manual"). A figure said as another bout ("then another ten", "ten more")
    always adds."""
    text = {s.index: s.text for s in segments}
    order = [s.index for s in segments]
    clinician = [s.index for s in segments if s.speaker == CLINICIAN]
    out = list(mentions)
    # A turn naming two or more services with minutes is a recap, which `_per_code` reads whole.
    codes_in: dict[int, set[str]] = {}
    for m in mentions:
        codes_in.setdefault(m.segment, set()).add(m.code)
    for k, m in enumerate(out):
        if m.added or m.total:
            continue
        recap = len(codes_in[m.segment]) >= 2
        earlier = [j for j in range(k) if out[j].code == m.code and not out[j].again]
        if not earlier:
            continue
        p = out[earlier[-1]]
        said = text.get(m.segment, "")
        at = min((a for a, _ in m.said_at), default=m.start)
        sentence_start = max(
            (x.start() for x in SENTENCE.finditer(said) if x.start() <= min(at, m.start)), default=0
        )
        closing = next((x.group(0) for x in SENTENCE.finditer(said) if x.start() == sentence_start), "")
        if (
            p.minutes == m.minutes
            and (p.segment, p.start) < (m.segment, m.start)
            and earlier[-1] == k - 1
            and TIME_UP.match(closing)
            and not activities(closing)
        ):
            out[k] = replace(m, again=True)
            continue
        if p.minutes != m.minutes or p.label == m.label or (p.segment, p.start) > (m.segment, m.start):
            continue
        lead = said[sentence_start : min(at, m.start)]
        if NEW_BOUT.search(lead):
            continue
        between = [o for o in out[earlier[-1] + 1 : k] if o.code != m.code]
        sentence = said[sentence_start:]
        if m.segment == p.segment:
            gap = said[p.end : min(at, m.start)]
            # "The mobs were eight minutes. For the note: ..., manual eight.": a recap the turn goes on to
            # says the figure again.
            if (RESTATES.match(gap) and not NEW_BOUT.search(gap)) or RECAP.search(gap):
                out[k] = replace(m, again=True)
            continue
        if recap:
            continue
        # "gait on uneven surfaces seven minutes" / "scratch that, I mean gait training on grass and curb
        # seven minutes": the clinician's next turn puts the words right, the figure stays; one block.
        if PUT_RIGHT.match(sentence) and not [t for t in clinician if p.segment < t < m.segment]:
            out[k] = replace(m, again=True)
            continue
        if SUMS_UP.match(sentence) or RECAP.search(sentence[: max(0, min(at, m.start) - sentence_start)]):
            out[k] = replace(m, again=True)
            continue
        if between:
            continue
        # The turns since the figure was said: one that confirms it, or a short question echoing it.
        turns = order[order.index(p.segment) + 1 : order.index(m.segment) + 1] if m.segment in order else []
        echoed = any(
            text[t].rstrip().endswith("?")
            and len(re.findall(r"[a-z]+", text[t], re.I)) <= _ECHO_WORDS
            and any(n.value == m.minutes for n in numbers_in(text[t]))
            for t in turns[:-1]
        )
        asked = text[p.segment].rstrip().endswith("?")  # "Twelve minutes?" proposed, then confirmed
        confirmed = CONFIRMS.match(said)
        figure = numbers_in(confirmed.group(0)) if confirmed else []
        # "Should I log the balance as ten?" ... "Nine. ... Nine minutes of balance.": a figure held to
        # against a question is the one said before.
        held = OPENS_WITH_FIGURE.match(said)
        questioned = any("?" in text[t] for t in turns[:-1]) or "?" in text[p.segment][p.end :]
        restated = confirmed and (echoed or asked or (figure and figure[0].value == m.minutes))
        if restated or (held and value(held["n"]) == m.minutes and questioned):
            out[k] = replace(m, again=True)
    return out


_SAID_AS = _alt(RULES["complexity_said_as"])


@cache
def _complexity_rx() -> list[tuple[str, re.Pattern[str], bool]]:
    """Per level: its phrases ("moderate complexity"), and the level said as a value ("complexity:
    moderate", "I'd bill it as a moderate", "a high eval"), the last kind needing the sentence to be about
    the evaluation or its code."""
    out = []
    for level, words in RULES["complexity_said"].items():
        word = RULES["complexity_level_words"][level]
        out.append((level, re.compile(rf"(?:{_alt(words)})", re.I), False))
        out.append(
            (
                level,
                re.compile(
                    rf"\bcomplexity(?:[- ]wise)?\s*(?:[:,-]|\bis\b|\bwas\b)?\s*"
                    rf"(?:(?:{_SAID_AS})\s+)?(?:an?\s+)?"
                    rf"{word}\b(?![- ]?(?:pain|assist|cue|help|amount))|\b{word}[- ](?:level\s+)?eval\w*",
                    re.I,
                ),
                False,
            )
        )
        out.append(
            (
                level,
                re.compile(
                    rf"\b(?:{_SAID_AS})\s+(?:an?\s+)?{word}\b(?![- ]?(?:pain|assist|cue|help|amount))", re.I
                ),
                True,
            )
        )
    return out


EVAL_TALK = re.compile(r"\b(?:complex\w*|eval\w*|bill\w*|cod(?:e|ed|ing))\b", re.I)
# "Is this high complexity?": a question about the level, not the level said.
ASKS_LEVEL = re.compile(
    r"^\s*(?:(?:so|and|but|okay),?\s+)?(?:is|was|would|should|could|are|do|does|did|what|which|how)\b", re.I
)


def complexity_in(text: str) -> tuple[str, re.Match[str]] | None:
    """The complexity level a clinician's words say ("moderate complexity", "complexity: moderate", "I'd
    bill it as a moderate"), and where: the last one said, never one denied ("not a high complexity") or
    asked about ("Is this high complexity? No, moderate")."""
    found: list[tuple[int, int, str, re.Pattern[str]]] = []
    asked = False
    for sm in SENTENCE.finditer(text):
        sentence = sm.group(0)
        if asked:
            # "Is this high complexity? No, moderate.": the answer names the level alone.
            for level, word in RULES["complexity_level_words"].items():
                answer = re.compile(
                    rf"\s*(?:(?:no|nope|nah|yes|yeah|actually|i think|probably),?\s+)*(?:an?\s+)?{word}\b",
                    re.I,
                )
                if answer.match(sentence):
                    found.append((sm.start(), sm.end(), level, answer))
        asked = sentence.rstrip().endswith("?") and bool(ASKS_LEVEL.match(sentence))
        if asked:
            continue
        for level, rx, needs_talk in _complexity_rx():
            if needs_talk and not EVAL_TALK.search(sentence):
                continue
            for m in rx.finditer(sentence):
                if re.search(r"\bnot\s+(?:a\s+|an\s+)?(?:\w+\s+)?$", sentence[: m.start()], re.I):
                    continue
                found.append((sm.start() + m.start(), sm.start() + m.end(), level, rx))
    if not found:
        return None
    # The last said wins; of two that overlap there ("a moderately complex picture"), the longer.
    last = max(found, key=lambda f: (f[0], f[1] - f[0]))
    overlapping = [f for f in found if f[0] < last[1] and last[0] < f[1]]
    start, end, level, rx = max(overlapping, key=lambda f: (f[1] - f[0], f[0]))
    hit = rx.match(text, start)
    return (level, hit) if hit else None


def said_complexity(segments: list[Segment]) -> str | None:
    for segment in reversed(segments):
        if segment.speaker == CLINICIAN and (said := complexity_in(segment.text)):
            return said[0]
    return None


def comorbidities(segments: list[Segment]) -> list[str]:
    text = " ".join(s.text for s in segments)
    found = []
    for term in RULES["comorbidities"]:
        m = re.search(rf"\b{term}", text, re.IGNORECASE)
        if m and not re.search(r"\b(?:no|denies|without|never)\s+(?:\w+\s+){0,2}$", text[: m.start()], re.I):
            found.append(m.group(0).lower())
    # "stent" inside "heart stent" is one factor, not two.
    return [f for f in dict.fromkeys(found) if not any(f != g and f in g for g in found)]


REEVAL_CODES = {"PT": "97164", "OT": "97168"}
LEVELS = ("low", "moderate", "high")


def evaluation_code(segments: list[Segment], discipline: str, note_type: str) -> tuple[str, str, bool]:
    """The evaluation's code, the reason in words, and whether the clinician must confirm it."""
    if note_type == "re-evaluation" and discipline in REEVAL_CODES:
        return REEVAL_CODES[discipline], "a re-evaluation is one service-based code", False
    if discipline == "SLP":
        return _slp_evaluation(segments)
    level = said_complexity(segments)
    if level:
        return (
            EVALUATION_CODES[discipline][level],
            f"{level} complexity, as the therapist said",
            False,
        )
    history = comorbidities(segments)
    # PT: history factors 0 low, 1-2 moderate, 3+ high; OT counts an expanded review of 2-4 as moderate.
    rank = (
        0
        if len(history) < (1 if discipline == "PT" else 2)
        else (1 if len(history) <= (2 if discipline == "PT" else 4) else 2)
    )
    reason = (
        f"{LEVELS[rank]} complexity suggested from the history "
        f"({', '.join(history) if history else 'no comorbidities or personal factors said'}); "
        "the therapist did not say the complexity: confirm"
    )
    return EVALUATION_CODES[discipline][LEVELS[rank]], reason, True


def _swallow_visit(segments: list[Segment]) -> bool:
    """A visit whose talk is mostly swallowing (sips, bites, textures) rather than speech or language."""
    said = " ".join(s.text for s in segments if s.speaker == CLINICIAN)
    score = _slp_scores(said)
    # Feeding a child (chewing, gagging, textures) is treatment of oral function for feeding: 92526.
    swallow = score["92610"] + score["feeding"]
    speech = score["92524"] + score["92521"] + score["sound"] + score["language"]
    # A tongue thrust worked on (the tongue's rest and swallow pattern, an open bite, the orthodontist):
    # orofacial myofunctional therapy, its swallow a pattern of the tongue, no dysphagia to treat.
    signs = {m.lower() for m in MYOFUNCTIONAL.findall(said)}
    return swallow >= 3 and swallow > speech and len(signs) < 2


MYOFUNCTIONAL = re.compile(
    r"\b(?:(?:oro[- ]?facial )?myofunctional|tongue[- ]thrust\w*|tongue (?:push\w*|thrust\w*)|open bite|"
    r"orthodont\w*|tongue (?:back )?(?:on|behind|to) the spot)",
    re.I,
)


# "not the muscles and not the language", "no trouble understanding": a kind of work named as not at issue.
DENIED_BEFORE = re.compile(r"\b(?:not|no|without|never)\s+(?:\w+\s+){0,2}$", re.I)


def _slp_scores(text: str) -> dict[str, int]:
    """How often each kind of SLP work is named (never where it is named as not at issue): swallowing
    (with sips, bites, thickening), voice, fluency, speech sounds, language, feeding."""
    text = text.lower()
    words = {**RULES["slp_evaluation"]}
    words["92610"] = [*words["92610"], r"\bsips?\b", r"\bbites?\b", "thicken"]
    return {
        kind: sum(
            1
            for w in said
            for m in re.finditer(w, text)
            if not DENIED_BEFORE.search(re.split(r"[.,;!?]", text[: m.start()])[-1])
            and not (kind == "language" and SCREENED.search(sentence_at(text, m.start())))
        )
        for kind, said in words.items()
    }


# "Language screen normal for age, the CELF screener passed": a screen passed is no evaluation of language
# comprehension and expression (what 92523 adds to 92522).
SCREENED = re.compile(r"\bscreen(?:er|ing|ed)?\b", re.I)


# "So, speech sound eval results: ...", "the voice evaluation today": the evaluation named by its kind, in the
# clinician's words, is the one done, whatever else was heard on the way (a cleft child's hypernasality is
# noted at a speech sound evaluation, the glottal stops at a resonance one).
EVALUATION_NAMED = {
    "sound": r"(?:speech[- ]sound|articulation|phonolog\w*)",
    "92524": r"(?:voice|resonance)",
    "92521": r"(?:fluency|stuttering)",
    "92610": r"(?:swallow(?:ing)?|dysphagia|clinical swallow)",
}
EVALUATION_WORD = r"\s+(?:eval(?:uation)?s?|assessments?)\b"
# "a swallow evaluation on another day", "the hospital's swallow eval": one done some other time.
OTHER_DAY = re.compile(
    r"\b(?:another|other|next|later|last|previous|earlier|hospital'?s?|had|was done|will|would|"
    r"separately|tomorrow|yesterday)\b",
    re.I,
)


def _evaluation_named(segments: list[Segment]) -> str:
    """The one kind of SLP evaluation the clinician named as such ("speech sound eval"), or ""."""
    text = " ".join(s.text for s in segments if s.speaker == CLINICIAN)
    named = [
        kind
        for kind, words in EVALUATION_NAMED.items()
        if any(
            not OTHER_DAY.search(sentence_at(text, m.start()))
            for m in re.finditer(rf"\b{words}{EVALUATION_WORD}", text, re.I)
        )
    ]
    return named[0] if len(named) == 1 else ""


def _slp_evaluation(segments: list[Segment]) -> tuple[str, str, bool]:
    # What was assessed is what the clinician names: a caregiver's long answer of history ("they had him on
    # thickened drinks ... no coughing at all, so I don't think swallowing is a problem now") assesses
    # nothing.
    score = _slp_scores(" ".join(s.text for s in segments if s.speaker == CLINICIAN))
    named = _evaluation_named(segments)
    if named == "sound":
        if score["language"] >= 2:
            return "92523", "a speech sound evaluation as named, with language assessed", False
        return "92522", "a speech sound evaluation, as the therapist named it", False
    if named:
        names = {"92610": "swallowing", "92524": "voice", "92521": "fluency"}
        return named, f"an evaluation of {names[named]}, as the therapist named it", False
    swallow, voice, fluency = score["92610"], score["92524"], score["92521"]
    # A dysarthria or apraxia assessed by its motor speech tasks (DDK, "puh-tuh-kuh") is an evaluation of
    # speech sound production (CPT 92522 names dysarthria), its loudness, pitch and phonation time included.
    # A speaking rate in words per minute is measured in voice and fluency evaluations too: it speaks of
    # motor speech only beside a word of it (ALS, dysarthria, DDK), never alone (a hoarse teacher's 160 wpm).
    motor = score["motor_speech"] + (score["speech_rate"] if score["motor_speech"] else 0)
    sound, language = score["sound"] + motor, score["language"]
    best = max(("92610", swallow), ("92524", voice), ("92521", fluency), key=lambda kv: kv[1])
    if motor >= 2 and best[0] == "92524":
        best = ("92524", 0)
    if best[1] >= 3 and best[1] >= max(sound, language):
        names = {"92610": "swallowing", "92524": "voice", "92521": "fluency"}
        return best[0], f"an evaluation of {names[best[0]]}, by what was assessed", best[1] < 5
    if sound >= 2 and language >= 2:
        return "92523", "speech sound production with language comprehension and expression assessed", False
    if sound >= 2:
        return "92522", "speech sound production assessed", False
    # Little said of what was assessed: the work done points to it.
    treated = {a.code for s in segments if s.speaker == CLINICIAN for a in activities(s.text)}
    if "92526" in treated and "92507" not in treated:
        return "92610", "swallowing worked on: confirm the evaluation code", True
    return "92523", "speech and language worked on: confirm the evaluation code", True


ORTHOTIC = "97760"
LATER_ORTHOTIC = "97763"
ADJUSTED = re.compile(
    r"\b(?:adjust\w*|modif\w*|re-?mold\w*|re-?fit\w*|trimm?\w*|re-?heat\w*|straps?|rubbing)\b", re.I
)
ISSUED = re.compile(
    r"\b(?:new|made|make|making|fabricat\w*|custom|fit (?:you|him|her) with|fitted (?:for|with)|issu\w*|"
    r"pre-?made|this is the|"
    # "your orthotics came in, let's try them on": an orthosis delivered and put on at this visit.
    r"(?:came|come|comes) in|arrived|try (?:them|it) on)\b",
    re.I,
)

# "I adjusted the coil and the strap": a part of the orthosis the patient has, adjusted (a later
# encounter, as "adjusting the splint" is); "trimmed the edge, re-fit it" is not said as an adjustment.
PART_ADJUSTED = re.compile(
    r"\badjust(?:ed|ing|s)?\s+(?:the\s+|his\s+|her\s+|your\s+|its\s+)?(?:coils?|straps?|hinges?|outriggers?|"
    r"slings?|dials?|springs?|padding|pads?|buckles?|velcro|tension|lining|bands?)\b",
    re.I,
)

# "That part was twelve minutes", "that whole block was ten": the stretch of the visit since the last
# minutes were said, not only the last thing named in it.
THAT_PART = re.compile(
    r"\b(?:that|this|the)\s+(?:whole\s+|last\s+|first\s+|second\s+)?"
    r"(?:part|block|bit|section|stretch|piece|chunk)\b",
    re.I,
)


# "That section ran eleven minutes", "this whole piece lasted ten", "eleven minutes for that part": said
# of the stretch just done, pointing back. ("this is the first block, twenty minutes on ..." opens one.)
THAT_PART_WAS = re.compile(
    r"\b(?:that|this)\s+(?:whole\s+|last\s+)?(?:part|block|bit|section|piece|chunk)\s+"
    r"(?:was|were|took|ran|lasted|came to)\b"
    # "The task part took thirty eight minutes": the block under way, named by what it was made of
    r"|^\W*(?:(?:and|so|okay|ok|then)\W+)?the\s+(?:task|tasks|activity|activities|practice|work)\s+"
    r"(?:part|block|bit|section|piece|chunk)\s+(?:was|took|ran|lasted|came to)\b"
    r"|\bfor (?:that|this)\s+(?:whole\s+)?(?:part|block|bit|section|piece|chunk)\b",
    re.I,
)


def _block_minutes(mention: Mention, text: str, since: list[_Act]) -> Mention:
    """Minutes said of "that part" with no service in their words go to the service most of what was named
    since the last minutes were ("... grooming at the sink, then the tub transfer ... Transfer to the chair
    with standby. That part was twelve minutes." is self-care), where one service is most of it."""
    sentence = sentence_at(text, mention.start)
    if activities(mention.quote) or not THAT_PART.search(sentence):
        return mention
    before = [a for a in since if a.code != BUNDLED]
    counts = {a.code: sum(b.code == a.code for b in before) for a in before}
    if not counts:
        return mention
    top = max(counts.values())
    leaders = [code for code, n in counts.items() if n == top]
    if len(leaders) != 1 or leaders[0] == mention.code:
        return mention
    head = next(a for a in before if a.code == leaders[0])
    return replace(mention, code=head.code, label=head.label)


def _orthosis_talk(segments: list[Segment]) -> str:
    """The clinician's turns about the orthosis, each with the turn after it."""
    turns = [s for s in segments if s.speaker == CLINICIAN]
    about = {
        k + step
        for k, s in enumerate(turns)
        if any(a.code in (ORTHOTIC, LATER_ORTHOTIC) for a in activities(s.text))
        for step in (0, 1)
        if k + step < len(turns)
    }
    return " ".join(turns[k].text for k in sorted(about))


def _orthosis_adjusted(segments: list[Segment]) -> bool:
    """The clinician's turns about the orthosis (and the turn after each) speak of adjusting one the
    patient has, never of making, fitting or issuing one: CPT's later encounter, 97763, not 97760."""
    said = _orthosis_talk(segments)
    return bool(ADJUSTED.search(said)) and not ISSUED.search(said)


# "How's the brace treating you?", "how has the resting hand splint been this week", "You brought the new
# brace. How's it been this week?": the clinician asks after an orthosis the patient has been wearing, so it
# was issued at an earlier encounter and this one is CPT's later one (97763).
WORN_ALREADY = re.compile(
    r"\bhow(?:'?s|\s+is|\s+has|\s+have|\s+are|\s+was)\s+(?:(?:the|your|his|her|that|this)\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:brace|splint|orthos[ie]s|orthotics?|afo|prosthes[ie]s)\s+(?:been|treating|doing|working|feeling|since)\b"
    # ("you brought the new brace, how's it been": the orthosis named just before, in the same question;
    # "how's it been with the pain otherwise" after a splint molded today asks after the pain)
    r"|\b(?:brace|splint|orthos[ie]s|orthotics?|afo|prosthes[ie]s)\b[^?]{0,40}?"
    r"\bhow(?:'?s|\s+is|\s+has)\s+(?:it|that|they)\s+been\b",
    re.I,
)
# Made or first put on at this visit ("I made you a new splint", "your orthotics came in"): the first
# encounter, whatever was asked. ("new" alone is not: "you brought the new brace, how's it been".)
MADE_HERE = re.compile(
    r"\b(?:made|make|making|fabricat\w*|mou?ld(?:ed|ing)?|formed|custom|fit (?:you|him|her) with|"
    r"fitted (?:for|with)|issu\w*|"
    r"(?:came|come|comes) in|arrived|try (?:them|it) on|switch (?:you|him|her) to)\b",
    re.I,
)


# "The custom orthotics came in": made to measure from an earlier visit's casting or assessment, delivered
# now, so this fitting is CPT's subsequent encounter (97763). An orthosis that only "came in" may have been
# ordered elsewhere (the blind sets' authors code it both ways): it keeps 97760 with a line to confirm.
# Said as come in already: "they should come in in two weeks", "will come in next week" are to come, and
# "came in handy" is no delivery.
ARRIVED = re.compile(r"\bcame in\b(?!\s+handy\b)|\barrived\b|\bback from the (?:lab|orthotist)\b", re.I)
MADE_TO_ORDER = re.compile(r"\bcustom(?:[- ]made)?\b|\bwe ordered\b|\bordered (?:last|at)\b", re.I)
MADE_TODAY = re.compile(
    r"\b(?:make|making|made you|mou?ld(?:ed|ing)?|fabricat\w*|heat(?:ing)?|thermoplastic)\b", re.I
)


def _arrival(segments: list[Segment]) -> str:
    """The clinician's sentence saying the orthosis came in (delivered at this visit, none made here), if
    one does: "" where none does."""
    talk = _orthosis_talk(segments)
    if MADE_TODAY.search(talk):
        return ""
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        for sm in SENTENCE.finditer(segment.text):
            said = sm.group(0)
            if ARRIVED.search(said) and ORTHOSIS_WORD.search(said):
                return said.strip()
    return ""


ORTHOSIS_WORD = re.compile(r"\b(?:brace|splint|orthos[ie]s|orthotics?|afo|insoles?|footbeds?)\b", re.I)


def _orthotic_encounter(segments: list[Segment], named: dict[str, tuple[str, int]], note_type: str) -> str:
    """One orthosis is one encounter: CPT's 97760 (the initial one: assessed, fitted, trained) or 97763
    (a later one). It is the later one only where the clinician named the service as the adjustment of
    the orthosis ("eight minutes for the splint adjustment", "adjusting the orthosis was about nine", "I
    adjusted the coil and the strap ... eight minutes on the splint") at a
    visit that is no evaluation and where none was made or issued; a splint checked, trimmed or re-fit
    keeps 97760 with a warning (the blind sets' authors code that one both ways), except at a discharge,
    where the orthosis the patient has was issued at an earlier visit unless the talk says it was made, and
    where the clinician asked after one the patient has been wearing (WORN_ALREADY) and none was made here."""
    talk = _orthosis_talk(segments)
    if (ORTHOTIC in named or LATER_ORTHOTIC in named) and note_type not in ("evaluation", "re-evaluation"):
        arrived = _arrival(segments)
        if arrived and MADE_TO_ORDER.search(arrived):
            return LATER_ORTHOTIC
    worn = ORTHOTIC in named and WORN_ALREADY.search(talk) and not MADE_HERE.search(talk)
    if (
        LATER_ORTHOTIC not in named
        and not worn
        and not (ORTHOTIC in named and (note_type == "discharge" or PART_ADJUSTED.search(talk)))
    ):
        return ORTHOTIC
    if note_type in ("evaluation", "re-evaluation") or (not worn and ISSUED.search(talk)):
        return ORTHOTIC  # "I made you a new splint, then the adjustment": still the first encounter
    return LATER_ORTHOTIC


def _billable_by(code: str, discipline: str) -> bool:
    reference = reference_codes()
    billed_as = "97129" if code == COGNITIVE else code
    return billed_as in reference and discipline in reference[billed_as].disciplines


# The orthosis worked on at this visit, not only cared for: made, fitted, trimmed, adjusted.
ORTHOSIS_WORKED = re.compile(rf"{ADJUSTED.pattern}|{ISSUED.pattern}|\b(?:fit\w*|mo(?:u)?ld\w*)\b", re.I)


# "that teaching on the lifting and the splint care was nine minutes": minutes said as the orthosis's care,
# not its making. At an evaluation the orthosis is often made at the visit, so only minutes said as its
# care (with nothing of fitting or making in the sentence) go to the self-care training said with them.
ORTHOSIS_CARE = re.compile(
    r"\b(?:splint|orthos[ie]s|orthotic|brace)\s+care\b|\bcare\s+(?:of|for)\s+(?:the|your|his|her)\s+"
    r"(?:splint|orthos[ie]s|orthotic|brace)\b",
    re.I,
)


def _own_discipline(
    mentions: list[Mention], segments: list[Segment], discipline: str, note_type: str
) -> tuple[list[Mention], list[str], set[str]]:
    """Minutes taken by a service word that is not the block's service, moved to the one it is, each with
    a warning for the clinician:
    - a word naming another discipline's service ("the chin tuck exercises" at a swallowing visit, "gait"
      at an OT visit) said in one sentence with this discipline's own timed service ("and the memory
      strategies, twenty five minutes", "meal prep at the counter"): the minutes are that service's,
      never dropped as another discipline's (walking in an OT task stays functional mobility);
    - the care of an orthosis the patient already has, taught with self-care tasks ("nine minutes on the
      splint care and skin checks, and how to do the buttons and the keys") at a visit that neither made,
      fitted nor adjusted it: self-care training (97535), not an orthotic encounter."""
    said_in = {segment.index: segment.text for segment in segments}
    ot_walking = discipline == "OT" and _functional_mobility(mentions)
    out: list[Mention] = []
    notes: list[str] = []
    moved: set[str] = set()  # the codes whose minutes went to the block's own service
    for m in mentions:
        sentence = sentence_at(said_in.get(m.segment, ""), m.start)
        acts = activities(sentence) if sentence else []
        own = [
            a
            for a in acts
            if a.code != m.code
            and _billable_by(a.code, discipline)
            and a.code in reference_codes()
            and reference_codes()["97129" if a.code == COGNITIVE else a.code].timed
        ]
        if not _billable_by(m.code, discipline) and not (m.code == GAIT and ot_walking):
            if len({a.code for a in own}) == 1:
                notes.append(
                    f"{m.label} ({m.code}) is not a {discipline} service: its {m.minutes} minutes are "
                    f"taken as {own[0].label} ({own[0].code}), said with it; confirm what was done"
                )
                moved.add(m.code)
                m = replace(m, code=own[0].code, label=own[0].label)
        elif (
            m.code in (ORTHOTIC, LATER_ORTHOTIC)
            and (note_type not in ("evaluation", "re-evaluation") or ORTHOSIS_CARE.search(sentence))
            and not ORTHOSIS_WORKED.search(sentence)
        ):
            care = [a for a in own if a.code == "97535"]
            if care and len({a.code for a in own}) == 1:
                notes.append(
                    f"97535: {m.minutes} minutes on the {m.label}'s care with {care[0].label} taken as "
                    f"self-care training; if it was orthotic management, the code is {m.code}: confirm"
                )
                moved.add(m.code)
                m = replace(m, code="97535", label=care[0].label)
        if m.code in (ORTHOTIC, LATER_ORTHOTIC) and _wear_and_care_only(sentence, segments):
            notes.append(
                f"97535: {m.minutes} minutes teaching the {ARTICLE.sub('', m.label)}'s wear and care, with "
                "nothing said of making, fitting or adjusting it, taken as self-care training; if the "
                f"orthosis was fitted or issued at this visit, the code is {ORTHOTIC}: confirm"
            )
            moved.add(m.code)
            m = replace(m, code="97535")
        out.append(m)
    return out, notes, moved - {m.code for m in out}


ARTICLE = re.compile(r"^(?:the|a|his|her|your|new)\s+", re.I)
# "how to put it on, how to check the skin", "how to clean it, when to wear it": the patient taught to do
# the orthosis's wear and care. ("the wearing schedule and the skin checks", gone over, is the orthotic
# management the studied keys bill as 97760.)
# "eight minutes teaching the splint wear and the sewing setup": the orthosis's wear or care named as what
# was taught.
WEAR_AND_CARE = re.compile(
    r"\b(?:how to (?:put|take|get|clean|wash|check|wear|don|doff|care for) |when to wear\b)"
    r"|\b(?:teach\w*|taught|show\w*)\s+(?:(?:him|her|you|them|the|his|your|their|night|resting|new)\s+){0,3}"
    r"(?:splints?|orthos[ie]s|orthotics?|braces?)\s+(?:wear(?:ing)?|care)\b",
    re.I,
)


def _wear_and_care_only(sentence: str, segments: list[Segment]) -> bool:
    """ "ten minutes teaching you the night splint, how to put it on, how to check the skin": minutes on an
    orthosis said as teaching the patient how to wear and care for it, at a visit whose talk of the
    orthosis (what is planned for a later visit aside) never says it was made, fitted, adjusted or issued:
    training in the use of a device for self-care (97535), not an orthotic management and fitting
    encounter (97760)."""
    if not WEAR_AND_CARE.search(sentence) or ORTHOSIS_WORKED.search(sentence):
        return False
    talk = _orthosis_talk(segments)
    return not any(
        ORTHOSIS_WORKED.search(said.group(0)) and not NOT_YET.search(said.group(0))
        for said in SENTENCE.finditer(talk)
    )


# "The step-ups, that's strengthening", "that's balance now, not strength": the clinician says which
# service an exercise is. "This is not exercise now" says which it is not.
CATEGORY_SAID = re.compile(
    r"\b(?:that'?s|this is|it'?s|that is|these are|those are)\s+(?:now\s+|all\s+|just\s+|really\s+|more\s+)?"
    r"(?:the\s+|my\s+|our\s+)?"
    # "that's quad strengthening", "that's standing balance": the body part or posture it is for
    r"(?:(?:quad|hamstring|hip|core|glute|calf|shoulder|cuff|rotator cuff|scapular|knee|ankle|trunk|leg|arm|"
    r"grip|hand|wrist|neck|back|postural|upper body|lower body|static|dynamic|standing|seated|sitting)\s+)?"
    r"(?P<cat>strengthening|strength(?:\s+work)?|ther(?:apeutic)?\s+ex(?:ercise)?|exercise|"
    r"balance(?:\s+work)?|neuro(?:muscular)?\s+re-?ed\w*|functional(?:\s+part|\s+training|\s+work)?|"
    r"ther(?:apeutic)?\s+act\w*|gait(?:\s+training)?)\b(?!\s+(?:too|also|as well|later|next)\b)",
    re.I,
)
CATEGORY_CODES = {"strength": "97110"}


# How the feet take the stairs: "step-over-step going up with the rail", "one step at a time going down,
# leading with the cane side", "reciprocal on the way up".
STAIR_PATTERN = re.compile(
    r"\b(?:step[- ]over[- ]step|step[- ]to\b|reciprocal(?:ly)?|(?:one|1) (?:step|stair) at a time|"
    r"lead(?:ing)? with|(?:up|down) with the (?:good|bad|strong|weak|operated|cane)|"
    r"alternating (?:feet|legs))",
    re.I,
)
STAIRS_SAID = re.compile(r"\b(?:stairs?|steps|flights?)\b", re.I)
# Stairs taken as part of a task: "stairs carrying the box, like at work".
STAIRS_IN_A_TASK = re.compile(r"\b(?:carry\w*|lift\w*|box|basket|bags?|load\w*|laundry|groceries)\b", re.I)


# "ten minutes on how to do your scar massage and tendon glides at home", "seven minutes of how to hold the
# tools", "five minutes going over how to lift the baby": minutes said as teaching the patient how to do
# things. What is taught (an exercise, "at home") is not what was done in those minutes: the teaching was.
TAUGHT_HOW = re.compile(
    rf"\b(?P<n>{NUMBER})\s*(?:minutes?|mins?)\s+(?:(?:on|of|going over|teaching(?: (?:you|him|her|them))?|"
    rf"showing (?:you|him|her|them)|spent on)\s+)?how to\s+\w+",
    re.I,
)
# "we'll spend ten minutes on how to ...", "I want to do five minutes of how to ...": teaching to come.
WILL_TEACH = re.compile(
    r"\b(?:we'?ll|we will|i'?ll|i will|going to|gonna|want to|plan to|planning to|should|could|can)\b", re.I
)
# A service of the taught kind that words in the taught content may have named ("scar massage", "lifting").
TAUGHT_NAMED = frozenset({"97110", "97140", "97530", "97112", "97535"})


def _in_order(mentions: list[Mention], new: Mention) -> list[Mention]:
    """`new` placed among the mentions where it was said: a service's later mention by its own name sums
    up the earlier ones (`_per_code`), so a block found after the turns were read goes where it was said."""
    at = next(
        (i for i, m in enumerate(mentions) if (m.segment, m.start) > (new.segment, new.start)), len(mentions)
    )
    return [*mentions[:at], new, *mentions[at:]]


def _holding(out: list[Mention], segment: int, at: int) -> int | None:
    """Which service already read holds the words at `at` of the segment (its minutes are said there),
    None where none does."""
    return next(
        (
            i
            for i, m in enumerate(out)
            if m.segment == segment and any(s <= at < e for s, e in m.said_at or ((m.start, m.end),))
        ),
        None,
    )


def _taught_how(
    mentions: list[Mention], segments: list[Segment], orphans: list[str]
) -> tuple[list[Mention], list[str]]:
    """At an OT visit, minutes said as teaching the patient how to do things ("we spent about ten minutes on
    how to do your scar massage and tendon glides at home and how to hold the scissors") are self-care
    training (97535), as the studied keys bill them: the exercise or task named in what was taught is its
    content, and "at home" is where it will be done, not where these minutes were. Minutes taken by a word
    in that content go to 97535; minutes left unplaced, or set aside for the content's "at home", are
    placed. An orthosis made, fitted or adjusted in the sentence keeps its own code; planned, requested or
    skipped teaching is no service."""
    out = list(mentions)
    left = list(orphans)
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        for found in TAUGHT_HOW.finditer(segment.text):
            said = next(
                (m for m in SENTENCE.finditer(segment.text) if m.start() <= found.start() < m.end()), None
            )
            if said is None:
                continue
            sentence = said.group(0)
            lead = segment.text[said.start() : found.start()]
            if (
                ORTHOSIS_WORKED.search(sentence)
                or NOT_YET.search(lead)
                or WILL_TEACH.search(lead)
                or REQUEST.search(sentence)
                or NOT_DONE.search(_unrejected(sentence))
            ):
                continue
            minutes = int(value(found.group("n")))
            if not minutes or minutes > MAX_SERVICE_MINUTES:
                continue
            at = found.start("n")
            i = _holding(out, segment.index, at)
            if i is not None:
                if out[i].code in TAUGHT_NAMED and out[i].minutes == minutes and not out[i].total:
                    out[i] = replace(out[i], code="97535")
                continue
            if CORRECTION_SAID.search(sentence, found.end() - said.start()) or any(
                m.segment == segment.index and said.start() <= m.start < said.end() for m in out
            ):
                continue  # "ten minutes on how to ..., no, eight": the figure that stands was placed
            if sentence.strip() in left:
                left.remove(sentence.strip())
            out = _in_order(
                out,
                Mention(
                    "97535",
                    minutes,
                    "teaching",
                    segment.index,
                    found.start(),
                    found.end(),
                    found.group(0),
                    said_at=((found.start("n"), found.end("n")),),
                ),
            )
    return out, left


# Minutes said of teaching by its own name or by the clinician going over something with the patient:
# "That teaching was twelve minutes", "the education part took ten", "eight minutes of education on the
# pacing", "we spent about nine minutes going over the desensitization
# program", "For about eleven minutes I went over how to set up your practice".
# ("Nine minutes of training for the return to tennis: taping, how to warm up", "training on a weekly pill
# box": training alone may be a task's or the cognitive work's, and stays a line for the clinician.)
_TEACHING = r"(?:teaching|education|instruction|caregiver (?:teaching|training|education))"
# ("That ergonomic teaching was eight minutes", "that caregiver training on the video was nine minutes":
# what the teaching was about, or how it was given, said with its name.)
TEACHING_WAS = re.compile(
    rf"\b(?:that|the|this|our|all (?:that|the)|the whole)\s+(?:[a-z]+\s+)?{_TEACHING}"
    r"(?:\s+(?:part|piece|block|portion|bit|section))?"
    r"(?:\s+(?:on|over|by|via)\s+(?:the\s+|a\s+)?(?:video|phone|tablet|screen|zoom|call|computer))?"
    r"\s+(?:was|took|ran|lasted)\s+"
    rf"(?:about\s+|around\s+|like\s+|roughly\s+)?(?P<n>{NUMBER})\s*(?:minutes?|mins?)\b",
    re.I,
)
CAREGIVER_TRAINING = re.compile(r"\b(?:caregiver|family|carer)\s+(?:teaching|training|education)\b", re.I)
MINUTES_OF_TEACHING = re.compile(
    rf"\b(?P<n>{NUMBER})\s*(?:minutes?|mins?)\s+(?:of|on)\s+(?:the\s+|some\s+)?{_TEACHING}\b", re.I
)
GOING_OVER = re.compile(
    rf"\b(?P<n>{NUMBER})\s*(?:minutes?|mins?)\s+(?:(?:that\s+)?(?:i|we)\s+(?:just\s+)?)?"
    r"(?:going over|went over|teaching|taught|showing|showed|instructing|educating)\b",
    re.I,
)
# What is gone over is taught only when it is a way of doing things, not the visit's own findings
# ("ten minutes going over your test results", "going over the goals" is the evaluation).
TAUGHT_CONTENT = re.compile(
    r"\b(?:how to|programs?|routines?|strateg(?:y|ies)|techniques?|tips|tricks|precautions|safety|"
    r"set(?:ting)?[- ]?up|equipment|checklists?|schedules?|care|protection|conservation|pacing|"
    r"positioning|adaptations?|modifications?)\b",
    re.I,
)
NOT_TAUGHT = re.compile(
    r"^\s*(?:the\s+|your\s+|his\s+|her\s+|our\s+|all\s+(?:the\s+)?)?(?:results?|scores?|goals?|plan\b|findings|"
    r"test(?:s|ing)?|measurements|numbers|insurance|bills?|paperwork|consent|questionnaires?|forms?)\b",
    re.I,
)

# What was gone over, for the note: "the compression glove care and the sunscreen routine" (up to a stop, at
# most twelve words, a dangling "with the" left off).
DANGLING = frozenset(
    {"and", "with", "on", "in", "of", "for", "to", "the", "a", "an", "your", "his", "her", "or"}
)


def _taught_words(rest: str) -> str:
    words = re.split(r"[.;:!?]", rest, maxsplit=1)[0].strip(" ,").split()[:12]
    while words and words[-1].lower().strip(",") in DANGLING:
        words.pop()
    return " ".join(words).strip(" ,")


def _teaching_said(
    mentions: list[Mention], segments: list[Segment], orphans: list[str]
) -> tuple[list[Mention], list[str], dict[str, str], list[str]]:
    """At an OT visit, minutes the clinician said of teaching ("That teaching was twelve minutes", "eight
    minutes of education on ...", "we spent about nine minutes going over the desensitization program")
    that no service took are self-care/home management training (97535), as `_taught_how` bills "minutes
    on how to ...". Minutes a service took keep it ("seven minutes going over the tendon glides" is the
    exercise; "eight minutes going over lifting at work" the work tasks, with their review line), as do
    an orthosis's ("going over the splint care": its own code); planned, requested or skipped teaching and
    findings gone over ("the test results") are no service."""
    out = list(mentions)
    left = list(orphans)
    doubts: dict[str, str] = {}
    taught: list[str] = []  # what was gone over, in the clinician's words: the service's parts on the note
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        for said in SENTENCE.finditer(segment.text):
            sentence = said.group(0)
            found = (
                TEACHING_WAS.search(sentence)
                or MINUTES_OF_TEACHING.search(sentence)
                or GOING_OVER.search(sentence)
            )
            if found is None:
                continue
            going_over = found.re is GOING_OVER
            rest = sentence[found.end() :]
            if going_over and (
                NOT_TAUGHT.match(rest) or not (TAUGHT_CONTENT.search(rest) or activities(rest))
            ):
                continue
            lead = sentence[: found.start()]
            if (
                any(a.code in (ORTHOTIC, LATER_ORTHOTIC) for a in activities(sentence))
                or NOT_YET.search(lead)
                or WILL_TEACH.search(lead)
                or REQUEST.search(sentence)
                or NOT_DONE.search(_unrejected(sentence))
            ):
                continue
            minutes = int(value(found.group("n")))
            if not minutes or minutes > MAX_SERVICE_MINUTES:
                continue
            at = said.start() + found.start("n")
            i = _holding(out, segment.index, at)
            if i is not None:
                if (
                    not going_over
                    and out[i].code in TAUGHT_NAMED
                    and out[i].minutes == minutes
                    and not out[i].total
                ):
                    # "That teaching was ten minutes" after the stretch was named, "ten minutes on teaching
                    # you the built-up grip, the slant board": the block is named as teaching; what the
                    # words name is what was taught or came before it.
                    if out[i].label.lower() in sentence.lower() and out[i].label not in taught:
                        taught.append(out[i].label)
                    out[i] = replace(out[i], code="97535", label="teaching")
                elif (
                    not going_over
                    and out[i].code in (ORTHOTIC, LATER_ORTHOTIC)
                    and out[i].minutes == minutes
                    and not out[i].total
                    and CAREGIVER_TRAINING.search(sentence)
                ):
                    # "That caregiver training on the video was nine minutes." after the wife was shown
                    # how to put the splint on: the clinician names the block as training the caregiver,
                    # which is self-care/home management training (97535, whose CPT descriptor covers
                    # instruction in using adaptive equipment); the orthosis under way only lent its
                    # name to the minutes (the sentence names none). Marked for the clinician.
                    doubts.setdefault(
                        "97535",
                        f"97535: {minutes} minutes said as caregiver training on the "
                        f"{ARTICLE.sub('', out[i].label)} taken as self-care/home management training; if "
                        f"it was orthotic management and training, the code is {out[i].code}: confirm",
                    )
                    out[i] = replace(out[i], code="97535", label="caregiver training")
                continue  # "seven minutes going over the tendon glides": the service that took them keeps it
            if CORRECTION_SAID.search(sentence, found.end()) or any(
                m.segment == segment.index and said.start() <= m.start < said.end() for m in out
            ):
                continue  # "twelve minutes of teaching, no, ten": the figure that stands was placed
            left = [q for q in left if not (q in sentence or sentence.strip() in q)]
            out = _in_order(
                out,
                Mention(
                    "97535",
                    minutes,
                    "teaching",
                    segment.index,
                    said.start() + found.start(),
                    said.start() + found.end(),
                    found.group(0),
                    said_at=((at, said.start() + found.end("n")),),
                ),
            )
            content = _taught_words(rest) if going_over else ""
            if content:
                taught.append(content)
            if DESENSITIZATION.search(sentence):
                doubts.setdefault(
                    "97535",
                    f"97535: {minutes} minutes going over desensitization taken as teaching (self-care/home "
                    "management training); if the desensitization was given, it is billed as sensory "
                    "re-education (97112) or with its block's service: confirm the service before signing",
                )
    return out, left, doubts, taught


PERFORMANCE_TEST = "97750"
# "The testing part was sixteen minutes", "twelve minutes of testing": the block of a test's own.
TESTING_WAS = re.compile(
    r"\b(?:that|the|this|all (?:that|the)|the whole)\s+(?:testing|tests?)"
    r"(?:\s+(?:part|piece|block|portion|bit|section))?\s+(?:was|took|ran|lasted)\s+"
    rf"(?:about\s+|around\s+|like\s+|roughly\s+)?(?P<n>{NUMBER})\s*(?:minutes?|mins?)\b"
    rf"|\b(?P<m>{NUMBER})\s*(?:minutes?|mins?)\s+(?:of|on)\s+(?:the\s+)?testing\b",
    re.I,
)


def _testing_said(
    mentions: list[Mention], segments: list[Segment], orphans: list[str]
) -> tuple[list[Mention], list[str]]:
    """At a visit where a physical performance test was named as done ("Today we'll do a work tolerance
    test. Floor to waist lift first..."), minutes the clinician said of the testing ("The testing part was
    sixteen minutes") are that test's (97750, timed: CPT "physical performance test or measurement, each 15
    minutes"), not the service named last before them nor a line left unplaced. Planned, requested or
    skipped testing is no service."""
    out = list(mentions)
    left = list(orphans)
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        for said in SENTENCE.finditer(segment.text):
            sentence = said.group(0)
            found = TESTING_WAS.search(sentence)
            lead = sentence[: found.start()] if found else ""
            if (
                found is None
                or NOT_YET.search(lead)
                or WILL_TEACH.search(lead)
                or REQUEST.search(sentence)
                or NOT_DONE.search(_unrejected(sentence))
            ):
                continue
            group = "n" if found.group("n") else "m"
            minutes = int(value(found.group(group)))
            if not minutes or minutes > MAX_SERVICE_MINUTES:
                continue
            at = said.start() + found.start(group)
            i = _holding(out, segment.index, at)
            if i is not None:
                if out[i].minutes == minutes and not out[i].total:
                    out[i] = replace(out[i], code=PERFORMANCE_TEST, label="testing")
                continue
            if sentence.strip() not in left:
                continue
            left.remove(sentence.strip())
            out = _in_order(
                out,
                Mention(
                    PERFORMANCE_TEST,
                    minutes,
                    "testing",
                    segment.index,
                    said.start() + found.start(),
                    said.start() + found.end(),
                    found.group(0),
                    said_at=((at, said.start() + found.end(group)),),
                ),
            )
    return out, left


# A treadmill block run as conditioning (its speed, grade, heart rate, the talk test) is therapeutic
# exercise; run to change how the patient walks (stride, push-off, the harness, cues) it is gait training.
CONDITIONING_SAID = re.compile(
    r"\b(?:miles? (?:an|per) hour|mph|incline|grade|speed|heart rate|talk test|borg|endurance|conditioning|"
    r"warm[- ]?up|intervals?|jog\w*|run[- ]walk)\b",
    re.I,
)
GAIT_SAID = re.compile(
    r"\b(?:gait|gate|stride|step length|steps? longer|heel|push[- ]?off|limp\w*|cadence|harness|posture|"
    r"foot strike|arm swing|swing the arms|weight[- ]?bearing|symmetr\w*|cues?|cueing)\b",
    re.I,
)
TREADMILL = re.compile(r"\btreadmill\b", re.I)
TREADMILL_EXERCISE = (
    "97110: the treadmill taken as therapeutic exercise (conditioning: its speed, grade or effort said); if "
    "it was gait training, the code is 97116: confirm the service before signing"
)


# "equipment training with the new walker", "device training with the cane": at a PT visit, training in
# walking with an aid is gait training (97116), not self-care training.
WALKING_AID = re.compile(
    r"\b(?:walker|rollator|cane|crutch(?:es)?|quad cane|hemi[- ]?walker|walking (?:aid|frame|stick))s?\b",
    re.I,
)
DEVICE_TRAINING = re.compile(r"\b(?:equipment|device)\b", re.I)
# The aid the training is with, said right after its name ("equipment training with the new walker"), not
# an aid said elsewhere in the sentence ("equipment training for the wheelchair, she can leave the cane
# behind") nor a thing hung on one ("with the walker tray").
AID_TRAINED_WITH = re.compile(
    r"^\s*(?:with|on|using|for|of)\s+(?:(?:the|her|his|a|an|your|their|my|new|own|front[- ]wheeled|"
    r"two[- ]wheeled|four[- ]wheeled|wheeled|rolling|standard|single[- ]point|small[- ]base|"
    r"large[- ]base)\s+){0,3}"
    rf"(?:{WALKING_AID.pattern})"
    r"(?!\s+(?:tray|bag|basket|pouch|caddy|holder|glides?|skis?|tips?|accessor\w*)\b)",
    re.I,
)


def _after_label(sentence: str, label: str) -> str:
    """The words of `sentence` after the first saying of `label` in it."""
    at = sentence.lower().find(label.lower())
    return sentence[at + len(label) :] if at >= 0 else ""


AQUATIC = "97113"
# "twelve minutes in the shallow end", "back in the water for the marching": done in the pool.
IN_THE_POOL = re.compile(r"\b(?:in|into|in to) the (?:pool|water|shallow end|deep end)\b", re.I)
POOL_VISIT = re.compile(r"\b(?:pool|aquatic\w*)\b", re.I)
MINUTES_IN_THE_POOL = re.compile(rf"^\s*(?:minutes?\s+)?(?:{IN_THE_POOL.pattern})", re.I)
ON_LAND = frozenset({"97110", "97112", "97116", "97530"})
POOL_WORK = ON_LAND | {AQUATIC}
# The pool said of another time or place in the minutes' sentence: "before she gets back in the pool next
# month", "she can't get in the pool until", "she swims in the pool at the Y", "easier in the pool".
POOL_ELSEWHERE = re.compile(
    r";|\b(?:before|until|till|after|when|once|if|than|easier|harder|swims?|swimming|weekends?|next|"
    r"can'?t|cannot|won'?t|will|going to|gonna|at home|at the y)\b",
    re.I,
)


# "last week you only did ten minutes in the pool", "ten minutes in the pool on your own": another time's.
POOL_ANOTHER_TIME = re.compile(
    r"\b(?:on (?:your|my|his|her|their) own|ago|last (?:night|month|visit|session)|next time)\b", re.I
)


def _pool_another_time(sentence: str) -> bool:
    """Whether a sentence with minutes in the pool says them of another time or place than this visit's
    pool work ("yesterday", "at home", "next time")."""
    return bool(
        POOL_ELSEWHERE.search(sentence) or OTHER_VISIT.search(sentence) or POOL_ANOTHER_TIME.search(sentence)
    )


def _in_the_pool(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """ "Twelve minutes in the shallow end to start walking": at a pool visit, a service whose minutes are
    said as done in the water is aquatic therapeutic exercise (97113), whatever was practised there; the
    deck exercises stay on land, and the pool said as a plan ("we'll walk in the pool next month") or at
    a visit that is not at a pool changes nothing."""
    text = {s.index: s.text for s in segments if s.speaker == CLINICIAN}
    if not POOL_VISIT.search(" ".join(text.values())):
        return mentions
    out = []
    for m in mentions:
        said = text.get(m.segment, "")
        sentence = sentence_at(said, m.start) if said else ""
        if (
            m.code in ON_LAND
            and IN_THE_POOL.search(sentence)
            and not NOT_YET.search(sentence)
            and not POOL_ELSEWHERE.search(sentence)
        ):
            m = replace(m, code=AQUATIC)
        out.append(m)
    return out


# "eleven minutes of home program training", "I spent nine minutes teaching the home exercise program".
HOME_PROGRAM_TAUGHT = re.compile(
    r"\bhome (?:exercise )?program (?:training|teaching|instruction|education)\b|"
    r"\b(?:training|teaching|instruction|education) (?:on |in |of )?(?:\w+ )?(?:the |your |his |her )?"
    r"home (?:exercise )?program\b",
    re.I,
)


def _device_training_as_gait(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """At a PT visit, minutes of "equipment training" said of a walking aid ("equipment training with the
    new walker, twelve minutes") are gait training (97116)."""
    out = []
    for m in mentions:
        if m.code == "97535" and DEVICE_TRAINING.search(m.label):
            # the last sentence before the minutes that names the training
            named = [
                sm.group(0)
                for segment in segments
                if segment.speaker == CLINICIAN and segment.index <= m.segment
                for sm in SENTENCE.finditer(segment.text)
                if (segment.index, sm.start()) <= (m.segment, m.start)
                and m.label.lower() in sm.group(0).lower()
            ]
            if named and AID_TRAINED_WITH.match(_after_label(named[-1], m.label)):
                m = replace(m, code=GAIT)
        out.append(m)
    return out


def _treadmill_for_conditioning(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """A block named only as "the treadmill" (gait training by default), whose turns from the one that
    named it to its minutes say how hard it was run (speed, grade, the talk test) and nothing of how the
    patient walked: therapeutic exercise (97110)."""
    said = [(s.index, s.text) for s in segments if s.speaker == CLINICIAN]
    out = []
    for m in mentions:
        if m.code != GAIT or not TREADMILL.fullmatch(m.label.strip()):
            out.append(m)
            continue
        opened = max((i for i, text in said if i <= m.segment and TREADMILL.search(text)), default=m.segment)
        window = " ".join(text for i, text in said if opened <= i <= m.segment)
        conditioning = CONDITIONING_SAID.search(window) and not GAIT_SAID.search(window)
        out.append(replace(m, code="97110") if conditioning else m)
    return out


def _stairs_as_gait(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """PT minutes on the stairs, where the clinician described how the feet took them (step-over-step,
    one step at a time, leading with one side) and no load or task was said with them, are gait training
    (97116; Medicare's gait training includes stair climbing), not a functional activity (97530). What is
    said of the stairs is read up to the turn that gives their minutes: a pattern taught for home or for
    later ("at home, one step at a time") says nothing of today's stairs, and stairs said anywhere before
    with a load ("stairs with the laundry basket, one step at a time") were a task."""
    text = {segment.index: segment.text for segment in segments}
    said = [
        (segment.index, sm.group(0))
        for segment in segments
        if segment.speaker == CLINICIAN
        for sm in SENTENCE.finditer(segment.text)
        if STAIRS_SAID.search(sm.group(0))
    ]
    out = []
    for m in mentions:
        if (
            m.code != THER_ACT
            or not m.label.lower().startswith("stair")
            or STAIRS_IN_A_TASK.search(m.quote + " " + sentence_at(text.get(m.segment, ""), m.start))
        ):
            out.append(m)
            continue
        before = [sentence for index, sentence in said if index <= m.segment]
        patterned = any(
            STAIR_PATTERN.search(sentence) and not ELSEWHERE.search(sentence) and not NOT_YET.search(sentence)
            for sentence in before
        )
        loaded = any(STAIRS_IN_A_TASK.search(sentence) for sentence in before)
        # "we walked outside on the grass and the ramp and did the stairs with no rail, nine minutes": the
        # stairs in the same stretch of walking are part of the gait training.
        walked = bool(WALKED.search(sentence_at(text.get(m.segment, ""), m.start)))
        out.append(replace(m, code=GAIT) if (patterned or walked) and not loaded else m)
    return out


WALKED = re.compile(r"\b(?:walk(?:ed|ing)?|ambulat(?:ed|ing|ion)|gait)\b", re.I)
# Stairs spoken of as home or later: "at home, one step at a time", "next visit we go step-over-step".
ELSEWHERE = re.compile(
    r"\b(?:at home|home (?:program|exercises?)|hep|next (?:time|visit|week|session))\b", re.I
)


def _recategorised(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """Each mention of an activity the clinician said earlier was another service ("Next the step-ups,
    that's strengthening" ... "So the step-ups, that was nine minutes") under that service's code, the
    latest such word said before its minutes counting ("that's balance now" after the rail is taken
    away)."""
    said: list[tuple[int, int, str, str]] = []  # (segment, position, label, code)
    current: _Act | None = None
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        for sm in SENTENCE.finditer(segment.text):
            sentence = sm.group(0)
            named = [a for a in activities(sentence) if a.code != BUNDLED]
            for cue in CATEGORY_SAID.finditer(sentence):
                word = cue["cat"].lower()
                code = CATEGORY_CODES.get(word) or next((a.code for a in activities(word)), "")
                others = [a for a in named if not cue.start() <= a.start < cue.end()]
                before = [a for a in others if a.end <= cue.start() and not GENERIC.match(a.label)]
                target = before[-1] if before else (current if not others else None)
                if code and target is not None and target.code != code:
                    said.append((segment.index, sm.start() + cue.start(), target.label.lower(), code))
            plain = [a for a in named if not GENERIC.match(a.label)]
            if plain:
                current = plain[-1]
    if not said:
        return mentions
    out = []
    for m in mentions:
        earlier = [
            code
            for seg, at, label, code in said
            if label == m.label.lower() and (seg, at) < (m.segment, m.start)
        ]
        out.append(replace(m, code=earlier[-1]) if earlier else m)
    return out


# Words too common to tie a block's minutes to what was done in it.
_COMMON = frozenset(
    "the and with for your you that this then now there here next minutes minute on of to in a an at it "
    "little bit some more each one two three was were".split()
)


def _content_words(text: str) -> set[str]:
    for n in reversed(numbers_in(text)):
        text = text[: n.start] + " " + text[n.end :]
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _COMMON}


def _block_of_its_parts(mentions: list[Mention], segments: list[Segment]) -> list[Mention]:
    """ "now a separate block functional tasks wash your face with the cloth reach for your back pocket and
    the top button ... lift the jug" ... "twelve minutes on the face washing buttons and the jug": a task
    block opened by its service's own name (therapeutic activity, self-care) and then gone through part by
    part is that service's, though one of the parts recalled with its minutes ("buttons") is a word of the
    other task code. The minutes must name something said in the block since it opened (the face, the jug)
    besides the part, and no other minutes may have been said in between."""
    said_in = {segment.index: segment for segment in segments}
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        segment = said_in.get(m.segment)
        if segment is None or m.code not in TASK_CODES or GENERIC.match(m.label):
            out.append(m)
            continue
        sentence = sentence_at(segment.text, m.start)
        if any(GENERIC.match(a.label) for a in activities(sentence)):
            out.append(m)
            continue
        since = max(((p.segment, p.start) for p in mentions[:k]), default=(-1, -1))
        opener: _Act | None = None  # the block's own name
        block: list[str] = []  # what was said in the block since it opened, up to the minutes
        for seg in segments:
            if seg.speaker != CLINICIAN or seg.index > m.segment or (seg.index, len(seg.text)) <= since:
                continue
            for sm in SENTENCE.finditer(seg.text):
                if (seg.index, sm.start()) < since or (seg.index, sm.start()) >= (m.segment, m.start):
                    continue
                if seg.index == m.segment and sm.start() <= m.start < sm.end():
                    continue
                heads = [
                    a
                    for a in activities(sm.group(0))
                    if a.code in TASK_CODES and GENERIC.match(a.label) and not NOT_YET.search(sm.group(0))
                ]
                if heads:
                    opener = heads[-1]
                    block = []
                if opener is not None:
                    block.append(sm.group(0))
        if opener is None or opener.code == m.code:
            out.append(m)
            continue
        recalled = (
            _content_words(sentence)
            - _content_words(m.label)
            - _content_words(" ".join(a.label for a in activities(sentence)))
        )
        if recalled & _content_words(" ".join(block)):
            m = replace(m, code=opener.code, label=opener.label)
        out.append(m)
    return out


# "That felt like twenty minutes", "at least twenty minutes on those pulleys": minutes the patient or a
# caregiver claims; the clinician's answer by the timer settles them.
CLAIMED_MINUTES = re.compile(rf"\b{NUMBER}\s+(?:more\s+|whole\s+)?minutes?\b", re.I)
BY_THE_TIMER = re.compile(
    r"\b(?:timer|clock|stopwatch|my watch|my sheet|i timed|i had it|wrote (?:it )?down)\b", re.I
)


OPENS_WITH_NUMBER = re.compile(rf"\s*(?:(?:no|nope|well|actually)\s*,?\s*)*{NUMBER}\s*[,.!;]", re.I)


def _blocks_opened_as(
    sentences: list[tuple[int, int, str]], closed: dict[tuple[int, int], ClockSpan]
) -> dict[tuple[int, int], _Act]:
    """For each block closed on the clock in a later turn than it was opened, the service the opening
    sentence, or the one before it in its turn, named it as ("Bike first, then the strengthening. I'm
    starting you at 10:09 by the gym clock."), where they name services of one code; keyed by the closing
    sentence. Services of two codes say no one block."""
    where = {(turn, start): k for k, (turn, start, _) in enumerate(sentences)}
    out: dict[tuple[int, int], _Act] = {}
    for key, span in closed.items():
        k = where.get(span.opened) if span.opened else None
        if k is None:
            continue
        turn = sentences[k][0]
        said = [t for u, _, t in sentences[max(0, k - 1) : k + 1] if u == turn]
        acts = [a for t in said for a in activities(t) if not NOT_YET.search(t) and not NOT_DONE.search(t)]
        # "It's 11:02 by the kitchen clock. First the checkbook task.": the service the block opens with,
        # said right after the clock in its turn.
        if not acts and k + 1 < len(sentences) and sentences[k + 1][0] == turn:
            after = sentences[k + 1][2]
            if FIRST_OPENS.match(after) and not NOT_YET.search(after) and not NOT_DONE.search(after):
                acts = activities(after)
        if acts and len({a.code for a in acts}) == 1:
            out[key] = acts[0]
    return out


FIRST_OPENS = re.compile(
    r"^\s*(?:(?:okay|ok|so|and|now|good)\W+)*(?:first|first up|we start with|starting with)\b", re.I
)


def _blocks_closed_as(
    sentences: list[tuple[int, int, str]], closed: dict[tuple[int, int], ClockSpan]
) -> dict[tuple[int, int], _Act]:
    """For each block closed on the clock, the service the sentence right after the closing one, in the same
    turn, says was just done ("Okay, it's 10:32. That's our cognitive work for today."), where it names
    services of one code; keyed by the closing sentence."""
    where = {(turn, start): k for k, (turn, start, _) in enumerate(sentences)}
    out: dict[tuple[int, int], _Act] = {}
    for key in closed:
        k = where.get(key)
        if k is None or k + 1 >= len(sentences) or sentences[k + 1][0] != key[0]:
            continue
        after = sentences[k + 1][2]
        if not ENDS_NEXT.match(after) or NOT_YET.search(after) or NOT_DONE.search(after):
            continue
        acts = activities(after)
        if acts and len({a.code for a in acts}) == 1:
            out[key] = acts[0]
    return out


# "fourteen minutes on the agility drill so that counts as balance and neuromuscular work", "I bill that as
# gait training": the clinician says under which service what was just named is billed.
COUNTED_AS = re.compile(
    r"\b(?:(?:that|this|it|which|those|these)\s+(?:all\s+)?(?:counts?|is\s+billed|gets\s+billed|goes|is\s+coded|"
    r"gets\s+coded|falls)\s+(?:as|under)|(?:i'?ll|we'?ll|i|we)\s+(?:bill|code|count|charge)\s+(?:that|this|it|those|them)"
    r"\s+(?:as|under))\s+",
    re.I,
)


def _counted_as(acted: list[list[_Act]], sentence: str, at: int) -> list[list[_Act]]:
    """The services of a sentence (per clause, positions from `at`, where the sentence starts) with those
    named before "that counts as <service>" put under that service's code, and the service named as the
    billing category no service of its own. Only where what follows names services of one code and what
    precedes names another."""
    said = COUNTED_AS.search(sentence)
    if said is None:
        return acted
    head, tail = at + said.start(), at + said.end()
    after = [a for acts in acted for a in acts if a.start >= tail]
    before = sorted((a for acts in acted for a in acts if a.end <= head), key=lambda a: a.start)
    codes = {a.code for a in after}
    if len(codes) != 1 or not before:
        return acted
    code = codes.pop()
    # Only what was named last before it, with the services of its own code right before that ("ten minutes
    # of manual therapy, then twelve on the stairs, which counts as gait training": the stairs, never the
    # manual therapy timed apart).
    moved = [before[-1]]
    for a in reversed(before[:-1]):
        if a.code != moved[-1].code:
            break
        moved.append(a)
    return [
        [_Act(code, a.label, a.start, a.end) if a in moved else a for a in acts if a.start < tail]
        for acts in acted
    ]


def _questions_marked(segments: list[Segment]) -> list[str]:
    """Each segment's text with the question marks a recognizer left out put back (statements reads them
    for denials; every character stays in its place)."""
    from scribe.statements import marked_questions  # statements reads this module's activities

    # Only the question marks are taken: what statements blanks as taken back ("twelve minutes, correction,
    # fourteen") is read here by the services' own corrections, which keep the figure that stands.
    return [
        "".join("?" if m == "?" and c != "?" else c for c, m in zip(s.text, marked.text, strict=True))
        if len(marked.text) == len(s.text)
        else marked.text
        for s, marked in zip(segments, marked_questions(segments), strict=True)
    ]


def find(
    segments: list[Segment],
    *,
    discipline: str,
    note_type: str,
    unattended_stim_code: str = "G0283",
    dictated: bool = False,
) -> Services:
    """The services a visit's transcript names as done. `dictated`: the clinician's own account after the
    visit, whose length says nothing about the session's (no minutes-against-recording checks)."""
    mentions: list[Mention] = []
    named: dict[str, tuple[str, int]] = {}
    current: _Act | None = None
    asked = False
    ahead = False
    parts: dict[str, list[str]] = {}
    orphans: list[str] = []
    since: list[_Act] = []  # services named since the last minutes were said
    last_named: dict[str, int] = {}  # the turn each service was last named in as done
    done_today: set[str] = set()  # codes named at least once as done at this visit
    # "We're at fourteen on the clock" ... "twenty three on the clock": a running clock's readings as the
    # minutes of the blocks they close (their differences).
    segments = readings_as_minutes(_asides_blanked(segments))
    # "numbness on the thigh from the traction" / "that went away no numbness": a question a recognizer
    # left unmarked, answered, asks about a service; it does not say one was done.
    asked_as = _questions_marked(segments)
    asked_as = _came_from_denied(asked_as, segments)
    claimed = False  # the patient's or a caregiver's turn said how many minutes a service took
    clock_sentences = [
        (segment.index, sm.start(), sm.group(0))
        for segment in segments
        if segment.speaker == CLINICIAN
        for sm in SENTENCE.finditer(pieces_summed(_as_said(segment.text), _codes_named))
    ]
    unclear_clocks: list[str] = []
    closed = closed_spans(clock_sentences, unclear_clocks)
    # What the clinician says the block was as it closes names it before what opened it.
    opened_by = _blocks_opened_as(clock_sentences, closed) | _blocks_closed_as(clock_sentences, closed)
    rated: set[float] = (
        set()
    )  # ratings the patient or caregiver just gave ("maybe a three", "six out of ten")
    before_turn = ""
    for segment, as_asked in zip(segments, asked_as, strict=True):
        before_turn, said_before_turn = segment.text, before_turn
        if segment.speaker != CLINICIAN:
            question = _last_sentence(segment.text)
            # "Can I do the leg press?" asks for a service of this visit; "can I walk the dog" does not.
            ahead = bool(
                ASKED_AHEAD.search(question)
                or (ASKED_LEAVE.search(question) and not activities(question))
                or (
                    (ASKED_LEAVE.search(question) or ASKED_IF.search(question))
                    and SOMEWHERE_ELSE.search(question)
                )
            )
            claimed = bool(CLAIMED_MINUTES.search(segment.text))
            rated = {value(m["n"] or m["m"] or m["v"]) for m in RATED.finditer(segment.text)}
            continue
        # "I did at least twenty minutes on those pulleys" / "Seventeen, I had the timer on it": the
        # clinician's figure, read off the timer, answers how long as a question would.
        settled = claimed and bool(
            BY_THE_TIMER.search(segment.text) and OPENS_WITH_NUMBER.match(segment.text)
        )
        claimed = False
        found, acts, current, unplaced = _turn_mentions(
            replace(
                segment,
                text=_introductions_blanked(_others_blanked(as_asked, discipline)),
            ),
            current,
            frozenset((m.code, m.label) for m in mentions),
            asked_how_long=asked or settled,
            asked_ahead=ahead,
            asked_measure=bool(MEASURE_NAMED.search(_last_sentence(said_before_turn))),
            closed=closed,
            opened_by=opened_by,
        )
        found = [_block_minutes(m, segment.text, since + acts) for m in found]
        # "So three at rest, six on stairs": the ratings just given, read back, are not minutes.
        found = [m for m in found if not _reads_back(m, segment.text, rated)]
        rated = set()
        since = [] if found else since + acts
        mentions.extend(found)
        orphans.extend(unplaced)
        # "How long were we on the bike?" ... "Eleven.": the clinician's next turn answers it.
        asked = bool(HOW_LONG.search(_last_sentence(segment.text))) and not found
        ahead = False
        for act in acts:
            named.setdefault(act.code, (act.label, segment.index))
            if not NOT_YET.search(sentence_at(segment.text, act.start)):
                last_named[act.code] = segment.index
            if not _not_done_today(segment.text, act.start):
                done_today.add(act.code)
            said = parts.setdefault(act.code, [])
            if not GENERIC.match(act.label) and act.label not in said:
                said.append(act.label)
    mentions = _cited_revisions(
        _restatements(
            _named_next(_put_right_as(_recategorised(mentions, segments), segments), segments), segments
        ),
        segments,
    )
    mentions = _sums_said(_referred_back(_totals_split(mentions, segments), segments), segments)
    mentions = _amounts_apart(mentions, segments)
    mentions = _block_of_its_parts(mentions, segments)
    # "Of those twenty-four, about nine were balance, the rest was lifting": one block, given once.
    mentions, split_review = split_by_rest(mentions, segments, activities)
    if _billable_by(AQUATIC, discipline):
        mentions = _in_the_pool(mentions, segments)
    if discipline == "PT":
        mentions = _treadmill_for_conditioning(_stairs_as_gait(mentions, segments), segments)
        mentions = _device_training_as_gait(mentions, segments)
    taught: dict[str, str] = {}
    taught_parts: list[str] = []
    if discipline == "OT":
        mentions, orphans = _taught_how(mentions, segments, orphans)
        mentions, orphans, taught, taught_parts = _teaching_said(mentions, segments, orphans)
        if taught_parts:
            said = parts.setdefault("97535", [])
            said += [p for p in taught_parts if p not in said]
    if PERFORMANCE_TEST in named and discipline in ("PT", "OT"):
        mentions, orphans = _testing_said(mentions, segments, orphans)
    if UNATTENDED_STIM in named and _attended(segments, named):
        # The same stimulation said later as "e-stim" is the attended one the clinician described.
        mentions = [replace(m, code=ATTENDED_STIM) if m.code == UNATTENDED_STIM else m for m in mentions]
        named.setdefault(ATTENDED_STIM, named.pop(UNATTENDED_STIM))
    # "the plan today was the e-stim" ... "so no e-stim today, we skip it": named, then refused.
    refused = {code: named.pop(code)[0] for code in _refused_after_named(segments, named, last_named)}
    encounter = _orthotic_encounter(segments, named, note_type)
    other = LATER_ORTHOTIC if encounter == ORTHOTIC else ORTHOTIC
    mentions = [replace(m, code=encounter) if m.code == other else m for m in mentions]
    if other in named:
        named.setdefault(encounter, named.pop(other))
    if other in parts:
        parts[encounter] = list(dict.fromkeys([*parts.get(encounter, []), *parts.pop(other)]))
    mentions, orphans = _props_named_before(mentions, orphans, segments)
    mentions, orphans = _more_after_unplaced(mentions, orphans, segments)
    mentions, orphans = _next_one_of_the_same(mentions, orphans, segments)
    warnings: list[str] = [
        f'minutes said with no service heard: "{quote}"; not billed, add the service if it was one'
        for quote in orphans
    ]
    warnings += [
        f'a block timed by two clocks with no offset said between them: "{quote}"; its minutes are not '
        "taken, add them if it was a service"
        for quote in unclear_clocks
    ]
    warnings += _desensitization_unbilled(segments, mentions, orphans)
    warnings += [
        f"{label} was said not to be given after it was named: not billed" for label in refused.values()
    ]
    # An orthosis that came in at this visit: the encounter's code is the clinician's to confirm (review).
    arrived = _arrival(segments) if encounter in named else ""
    orthosis_review: dict[str, str] = {}
    if encounter == LATER_ORTHOTIC and MADE_TO_ORDER.search(arrived):
        orthosis_review[encounter] = (
            "97763: the orthosis made to order came in and was fitted, a later orthotic encounter; if this "
            "clinic did not assess or order it at an earlier visit, the code is 97760: confirm"
        )
    elif encounter == LATER_ORTHOTIC:
        warnings.append(
            "97763: the orthosis the patient has was adjusted, a later orthotic encounter; if it was first "
            "fitted at this visit, the code is 97760: confirm"
        )
    elif arrived and note_type not in ("evaluation", "re-evaluation"):
        orthosis_review[encounter] = (
            "97760: the orthosis came in at this visit; if this clinic assessed or ordered it at an earlier "
            "visit, this is a later orthotic encounter, 97763: confirm"
        )
    mentions, moved_to, moved_from = _own_discipline(mentions, segments, discipline, note_type)
    warnings += moved_to
    practice_apart: dict[str, str] = {}
    if discipline == "OT":
        mentions, practice_apart = _practice_apart_from_teaching(mentions)
        mentions, protected = _tasks_done_with_joint_protection(mentions, segments)
        practice_apart.update(protected)
        if protected:
            # the task words named in the block moved with its minutes: no "named without its minutes"
            moved_from = moved_from | {THER_ACT}
    per_code = _per_code(mentions)
    minutes: dict[str, int] = {}
    untimed: list[str] = []
    reasons: dict[str, str] = {}
    reference = reference_codes()
    for code, total in per_code.items():
        if code in UNTIMED_DONE or code == BUNDLED:
            continue
        billed_as = "97129" if code == COGNITIVE else code
        if code == GAIT and discipline == "OT" and _functional_mobility(mentions):
            # "walking with the walker, getting the cup from the counter to the table": at an OT visit,
            # walking in a task is functional mobility, a therapeutic activity, for the clinician to confirm.
            minutes[THER_ACT] = minutes.get(THER_ACT, 0) + total
            warnings.append(
                f"{named.get(code, (code,))[0]}: {total} minutes of walking in a task taken as functional "
                f"mobility ({THER_ACT}); confirm the service"
            )
            continue
        if billed_as in reference and discipline not in reference[billed_as].disciplines:
            # "the warm-up naming" at a cognitive visit, "on the treadmill" at a voice visit: a word that
            # names another discipline's service is not what this clinician billed; the minutes are quoted.
            warnings.append(
                f"{named.get(code, (code,))[0]} ({code}) is not a {discipline} service: its {total} minutes "
                "are not billed; confirm what was done"
            )
            continue
        if total > MAX_SERVICE_MINUTES:
            warnings.append(
                f"{code}: {total} minutes is longer than a visit; not billed, confirm the minutes"
            )
            continue
        if code == COGNITIVE:
            minutes["97129"] = min(total, 15)
            if total > 15:
                minutes["97130"] = total - 15
            continue
        minutes[code] = minutes.get(code, 0) + total
    # A dictation's length is the clinician's account's, not the session's: nothing to hold minutes to.
    span = (segments[-1].end - segments[0].start) / 60 if segments and not dictated else 0
    if minutes and not dictated and sum(minutes.values()) > max(span, 1) * 1.05:
        warnings.append(
            f"{sum(minutes.values())} minutes of services were said in a recording of "
            f"{show(round(span, 1))} minutes: confirm the minutes before signing"
        )
    if ORTHOTIC in minutes and note_type != "evaluation" and _orthosis_adjusted(segments):
        warnings.append(
            "97760: the orthosis was adjusted at this visit, not issued; if it was issued at an earlier "
            "visit, the code is 97763 (a later orthotic encounter): confirm"
        )
    if note_type in ("evaluation", "re-evaluation"):
        code, reason, confirm = evaluation_code(segments, discipline, note_type)
        untimed.append(code)
        reasons[code] = reason
        if confirm:
            warnings.append(f"{code}: {reason}")
    if UNATTENDED_STIM in named and discipline in ("PT", "OT"):
        untimed.append(unattended_stim_code)
        reasons[unattended_stim_code] = "electrical stimulation, set up and left unattended"
    if "97012" in named and discipline in ("PT", "OT"):
        untimed.append("97012")
        reasons["97012"] = "mechanical traction"
    if discipline == "SLP" and note_type != "evaluation" and note_type != "re-evaluation":
        if (
            "92526" not in named
            # "a wet voice", "the voice got wet": at a meal the voice is a finding, not voice therapy.
            and named.get("92507", ("",))[0] in ("speech", "language", "voice")
            and _swallow_visit(segments)
        ):
            # "Jenny, from speech" at a lunch-tray visit names the department, not the service.
            named["92526"] = named.pop("92507")
            warnings.append(
                "92526: the visit is taken as swallowing treatment, by what was worked on; confirm"
            )
        if "92526" in named:
            untimed.append("92526")
            reasons["92526"] = "swallowing treatment"
        label = named.get("92507", ("",))[0]
        if (
            "92507" in named
            and "97129" in minutes
            and (not SPEECH_SERVICE.match(label) or _speech_for_cognition(segments))
        ):
            # "word finding", "naming" at a visit billed as a cognitive block: a task of that block.
            warnings.append(
                f"92507: {label} was taken as part of the cognitive intervention (97129); if speech-language "
                "treatment was given apart from it, add 92507"
            )
        elif "92507" in named and "97150" in named and not _individual(segments):
            # "the Tuesday conversation group ... the script card": at a group visit the speech work is the
            # group's (97150), unless said to be given one-on-one apart from it.
            warnings.append(
                f"92507: {label} was taken as part of the group (97150); if speech-language treatment was "
                "given one-on-one apart from the group, add 92507"
            )
        elif "92507" in named and ("92526" not in named or _count(segments, "92507", bare=False) >= 2):
            untimed.append("92507")
            reasons["92507"] = "speech and language treatment"
        if not untimed and not minutes and "97150" not in named:
            # Nothing named as a service: what the visit was about decides, for the clinician to confirm.
            code = "92526" if _swallow_visit(segments) else "92507"
            kind = "swallowing treatment" if code == "92526" else "speech-language treatment"
            untimed.append(code)
            reasons[code] = f"a {kind} visit, by what was worked on; confirm the service"
            warnings.append(
                f"{code}: no service was named; the visit is taken as {kind}: confirm the service"
            )
        if "92507" in untimed and _speech_device_treated(segments):
            # Treatment with a speech-generating device has a CPT code of its own, 92609 (untimed), which
            # PRODUCT.md's list of codes leaves out (speech treatment there is 92507) and which payers take
            # or not: 92507 is billed, 92609 named for the clinician to confirm.
            warnings.append(
                "92609: the treatment was with a speech-generating (AAC) device; it is billed as "
                "speech-language treatment (92507); where the payer takes 92609 (treatment with a "
                "speech-generating device, its programming and modification), bill that instead: confirm"
            )
    if "97150" in named:
        untimed.append("97150")
        reasons["97150"] = "group therapy"
    for code, (label, _) in named.items():
        timed = code in reference_codes() and reference_codes()[code].timed
        # "the step-downs, that's quad strengthening ... step-downs, seven": its minutes went to that service.
        moved = any(m.label == label and m.code != code for m in mentions)
        if (
            timed
            and code not in per_code
            and not moved
            and code not in moved_from
            and label not in taught_parts
            and (code == COGNITIVE or discipline != "SLP")
            and code in done_today
        ):
            warnings.append(f"{label} ({code}) was named without its minutes: add them to bill it")
    stated = _stated_total(segments, bool(untimed) or BUNDLED in named)
    doubtful = _doubtful_minutes(mentions, minutes, span, stated)
    for m in mentions:
        billed = "97129" if m.code == COGNITIVE else m.code
        if m.said_as_range and not m.again and billed in minutes:
            low, high = m.said_as_range
            doubtful.setdefault(
                billed,
                f"{billed}: its minutes were said as a range ({low} to {high}); {low} is taken: confirm them "
                "before signing",
            )
    for m in mentions:
        billed = "97129" if m.code == COGNITIVE else m.code
        if m.split_unequal and not m.again and billed in minutes:
            first, rest = m.split_unequal
            doubtful.setdefault(
                billed,
                f"{billed}: {m.minutes} minutes were said, split as {first} and {rest} ({first + rest}); "
                f"{m.minutes} is taken: confirm the minutes before signing",
            )
    for m in mentions:
        if m.code == NEUROMUSCULAR and m.code in minutes and NERVE_GLIDES.search(m.label):
            # Nerve glides said as a service of their own: some clinics bill them as neuromuscular
            # re-education, others as therapeutic exercise. The line is the clinician's to confirm.
            doubtful.setdefault(
                m.code,
                f"{m.code}: {m.label} taken as neuromuscular re-education; if they were exercise, the code "
                "is 97110: confirm the service before signing",
            )
    if stated is not None and sum(minutes.values()) > stated and not doubtful:
        warnings.append(
            f"the services said add to {sum(minutes.values())} minutes, more than the visit's total of "
            f"{stated} minutes said: confirm the minutes before signing"
        )
    said_in = {segment.index: segment.text for segment in segments}
    for m in mentions:
        where = said_in.get(m.segment, "")
        around = sentence_at(where, m.start) + " " + sentence_at(where, max(m.end - 1, 0)) if where else ""
        if m.code == THER_ACT and m.code in minutes and WORK_TASKS.search(f"{m.label} {m.quote} {around}"):
            # "the work tasks: the drill, the screwdriver, carrying the toolbox", "lifting at work with the
            # pallet jack": most keys here bill a job's tasks practised as therapeutic activities, some as
            # self-care/home management training (work reintegration). The line is the clinician's.
            doubtful.setdefault(
                m.code,
                f"{m.code}: {m.label} taken as therapeutic activities; if it was training for the job's "
                "routines (work reintegration), the code is 97535: confirm the service before signing",
            )
        elif (
            discipline == "OT"
            and m.code == THER_ACT
            and m.code in minutes
            and HOUSEHOLD_TASKS.search(f"{m.label} {m.quote} {around}")
        ):
            doubtful.setdefault(
                m.code,
                f"{m.code}: {m.label} taken as therapeutic activities; if it was training in the household "
                "task itself (home management), the code is 97535: confirm the service before signing",
            )
    if (
        any(m.code == "97110" and TREADMILL.fullmatch(m.label.strip()) for m in mentions)
        and "97110" in minutes
    ):
        doubtful.setdefault("97110", TREADMILL_EXERCISE)
    for m in mentions:
        sentence = sentence_at(said_in.get(m.segment, ""), m.start)
        billed = "97129" if m.code == COGNITIVE else m.code
        if billed in minutes and HOME_PROGRAM_TAUGHT.search(sentence) and not activities(sentence):
            # "That was eleven minutes of home program training with both of you": the minutes of teaching a
            # home program are the code of what was taught (exercise, self-care, activities); the service
            # named before them is a guess.
            doubtful.setdefault(
                billed,
                f"{billed}: {m.minutes} minutes of home program teaching taken as {m.label}, the service "
                "named before them; the code is that of what was taught: confirm the service before signing",
            )
    for code, why in _blocks_of_two(mentions, segments, minutes, discipline).items():
        doubtful.setdefault(code, why)
    for code, why in taught.items():
        if code in minutes:
            doubtful.setdefault(code, why)
    for code, why in practice_apart.items():
        if code in minutes:
            doubtful.setdefault(code, why)
    for code, why in orthosis_review.items():
        if code in minutes:
            doubtful.setdefault(code, why)
    for code, why in split_review.items():
        if code in minutes:
            doubtful.setdefault(code, why)
    return Services(
        minutes,
        list(dict.fromkeys(untimed)),
        mentions,
        named,
        warnings,
        reasons,
        parts,
        doubtful=doubtful,
        untimed_minutes={code: per_code[code] for code in untimed if code == "97150" and per_code.get(code)},
    )


# "handwriting and dressing", "the bike, and the stairs": services named as one list, nothing between.
JOINED = re.compile(r"\s*(?:,\s*|\s(?:and|&|plus)\s+|,\s*(?:and|&|plus)\s+)(?:the\s+|some\s+|your\s+)?", re.I)


# Therapeutic activities and self-care/home management training: both are tasks practised, told apart by
# what the task was for; a block said of both is the one pair a task's name alone cannot settle.
TASK_CODES = frozenset({THER_ACT, "97535"})


# "Twelve minutes on the rib and the scalenes": minutes said on a thing, no service's name among them.
MINUTES_ON_THING = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|then|alright|all right|where was i)\W+)*"
    rf"(?P<n>{NUMBER})\s+(?:minutes?|mins?)\s+"
    r"(?:on|with|for)\s+(?:the|that|those|these)\s+(?P<prop>[a-z][a-z-]{2,})\b",
    re.I,
)
LOOK_BACK_TURNS = 6


def _quoted_at(quote: str, segments: list[Segment]) -> int | None:
    """Where in `segments` the clinician's turn is that a quoted sentence (minutes placed on no service)
    was said in; None where no clinician's turn holds it."""
    return next((k for k, seg in enumerate(segments) if seg.speaker == CLINICIAN and quote in seg.text), None)


def _one_block_figure(quote: str) -> Said | None:
    """The one whole figure a quoted sentence says, where it is one and could be a block's minutes
    ("That was twelve minutes."); None for two figures, a fraction, or a figure out of a block's range."""
    figures = [n for n in numbers_in(quote) if n.value == int(n.value)]
    if len(figures) != 1 or not 3 <= figures[0].value <= MAX_SERVICE_MINUTES:
        return None
    return figures[0]


def _props_named_before(
    mentions: list[Mention], orphans: list[str], segments: list[Segment]
) -> tuple[list[Mention], list[str]]:
    """ "Now the first rib mobilization and the scalenes." ... (an interruption) ... "Twelve minutes on the
    rib and the scalenes, with the pause.": minutes said on a thing that a clinician's sentence of a few
    turns before named together with a service, which no minutes were said for, are that service's."""
    timed = {m.code for m in mentions}
    kept: list[str] = []
    found: list[Mention] = []
    for quote in orphans:
        said = MINUTES_ON_THING.match(quote)
        at = _quoted_at(quote, segments)
        figure = numbers_in(said["n"]) if said else []
        if said is None or at is None or not figure or not 3 <= figure[0].value <= MAX_SERVICE_MINUTES:
            kept.append(quote)
            continue
        prop = re.compile(rf"\b{re.escape(said['prop'])}s?\b", re.I)
        owner: _Act | None = None
        for seg in reversed(segments[max(0, at - LOOK_BACK_TURNS) : at]):
            if seg.speaker != CLINICIAN:
                continue
            sentence = next(
                (m.group(0) for m in SENTENCE.finditer(seg.text) if prop.search(m.group(0))), None
            )
            if sentence is not None:
                acts = [a for a in activities(sentence) if a.code not in timed and a.code not in UNTIMED_DONE]
                owner = acts[0] if len(acts) == 1 else None
                break
        if owner is None:
            kept.append(quote)
            continue
        segment = segments[at]
        start = segment.text.find(quote)
        number = (start + said.start("n"), start + said.end("n"))
        timed.add(owner.code)
        found.append(
            Mention(
                owner.code,
                int(figure[0].value),
                owner.label,
                segment.index,
                start,
                start + len(quote),
                quote,
                said_at=(number,),
            )
        )
    return (sorted([*mentions, *found], key=lambda m: (m.segment, m.start)) if found else mentions), kept


# "take a rest break", "he had to take a call": the time before a figure the words say was a break.
# ("rest breaks every two hours" at home, "say the call sign" are no break taken)
BREAK_SAID = re.compile(
    r"\b(?:take|took|taking|have|had|having|need|needs|needed)\s+(?:a\s+|your\s+)?(?:quick\s+|short\s+|little\s+)?"
    r"(?:rest\s+|water\s+|bathroom\s+|restroom\s+)?(?:break|rest|breather|pause|call|phone call)\b"
    r"|\b(?:water|bathroom|restroom)\s+break\b|\b(?:on|answer(?:ed)?)\s+the\s+phone\b|\blet'?s\s+pause\b",
    re.I,
)


def _clinician_text(segments: list[Segment], since: tuple[int, int], until: tuple[int, int]) -> list[str]:
    """What the clinician said from `since` to `until`, each a (segment index, offset) in it."""
    return [
        seg.text[
            (since[1] if seg.index == since[0] else 0) : (
                until[1] if seg.index == until[0] else len(seg.text)
            )
        ]
        for seg in segments
        if seg.speaker == CLINICIAN and since[0] <= seg.index <= until[0]
    ]


def _more_after_unplaced(
    mentions: list[Mention], orphans: list[str], segments: list[Segment]
) -> tuple[list[Mention], list[str]]:
    """ "Now the practice pad." ... "That was five minutes on the pad." ... "Seven more minutes of the drum
    and carrying tasks.": minutes said as more of a service that no minutes were said for before are more
    of a block already timed; where one quoted block of minutes (no service heard) is all that was timed
    since the last minutes placed, and no other service was named from it on, it is that block, and the
    service's minutes are their sum. Two quoted blocks, or any minutes placed between, leave it the
    clinician's to say (quoted)."""
    where: list[tuple[int, int, str]] = []
    for quote in orphans:
        at = _quoted_at(quote, segments)
        if at is not None:
            where.append((segments[at].index, segments[at].text.find(quote), quote))
    taken: set[str] = set()
    out = list(mentions)
    for k, m in enumerate(out):
        if not m.added or m.again or any(p.code == m.code for p in out[:k]):
            continue
        placed_before = max(((p.segment, p.start) for p in out[:k]), default=(-1, -1))
        between = [w for w in where if placed_before < (w[0], w[1]) < (m.segment, m.start)]
        if len(between) != 1 or between[0][2] in taken:
            continue
        # "more" in the words ("seven more minutes of ...", "another seven"), not only read so, and no break
        # said before the quoted block ("take a rest break" ... "that was three minutes")
        figure = m.said_at[0] if m.said_at else (m.start, m.start)
        said = next((seg.text for seg in segments if seg.index == m.segment), "")
        if not (MORE_AFTER.match(said[figure[1] :]) or ANOTHER.search(said[: figure[0]])) or any(
            BREAK_SAID.search(text) for text in _clinician_text(segments, placed_before, between[0][:2])
        ):
            continue
        # ("That was five minutes on the pad." ... "Now the massage." ... "Seven more of the drum": another
        # service begun between leaves whose the five were unsaid)
        others = {
            a.code
            for seg in segments
            if seg.speaker == CLINICIAN and between[0][0] <= seg.index <= m.segment
            for a in activities(seg.text)
        }
        if others - {m.code}:
            continue
        quote = between[0][2]
        block = _one_block_figure(quote)
        if block is None or not re.search(r"\bmin(?:ute)?s?\b", quote, re.I) or NOT_YET.search(quote):
            continue
        taken.add(quote)
        out[k] = replace(m, minutes=m.minutes + int(block.value))
    return out, [q for q in orphans if q not in taken]


# "First, the attention task ... Now the second one: planning your week": a task said as the next of the
# kind just done.
NEXT_ONE = re.compile(
    r"\b(?:(?:the|a)\s+(?:second|next|third|other)|another)\s+(?:one|task|activity|exercise|drill|game)\b",
    re.I,
)


def _next_one_of_the_same(
    mentions: list[Mention], orphans: list[str], segments: list[Segment]
) -> tuple[list[Mention], list[str]]:
    """ "First, the attention task ..." ... "We're at fifteen on the timer." ... "Now the second one:
    planning your return-to-work week." ... "We're at twenty-seven now, so the planning part is done.": the
    minutes of a block opened as the next task of the kind just timed, with no other service named since, are
    another block of that service (added to it), not minutes of nothing heard. Anything less plain stays
    quoted for the clinician."""
    found: list[Mention] = []
    kept: list[str] = []
    for quote in orphans:
        at = _quoted_at(quote, segments)
        n = _one_block_figure(quote)
        if at is None or n is None:
            kept.append(quote)
            continue
        segment = segments[at]
        start = segment.text.find(quote)
        placed = [m for m in [*mentions, *found] if (m.segment, m.start) < (segment.index, start)]
        last = max(placed, key=lambda m: (m.segment, m.start), default=None)
        if last is None or NOT_YET.search(quote):
            kept.append(quote)
            continue
        since = _clinician_text(segments, (last.segment, last.end), (segment.index, start))
        codes = {a.code for text in since for a in activities(text)}
        if (
            not any(NEXT_ONE.search(text) for text in since)
            or codes - {last.code}
            or any(BREAK_SAID.search(text) for text in since)
        ):
            kept.append(quote)
            continue
        found.append(
            Mention(
                last.code,
                int(n.value),
                last.label,
                segment.index,
                start,
                start + len(quote),
                quote,
                said_at=((start + n.start, start + n.end),),
                added=True,
            )
        )
    if not found:
        return mentions, orphans
    return sorted([*mentions, *found], key=lambda m: (m.segment, m.start)), kept


# What a block of self-care/home management training sets up at home, rather than practises: "the home
# setup", "home safety and equipment training", "joint protection", "the pacing plan". (Teaching how to do a
# task after practising it, "that teaching was eight minutes", adds to the self-care training.)
TEACHING_BLOCK = re.compile(
    r"\b(?:home (?:setup|set[- ]up|safety|modifications?|management)|(?:bathroom|kitchen|stove) safety|"
    r"safety|set[- ]?up|(?<!adaptive )equipment|joint protection|energy conservation|pacing)\b",
    re.I,
)
# Training the service is by its own name, never a setup of the home: "adaptive equipment training" (the
# sock aid, the reacher used in the dressing), "energy conservation", "pacing", "joint protection"; with
# one of these beside it, a dressing block is self-care training as said, never taken as 97530.
SELF_CARE_TEACHING = re.compile(
    r"\b(?:adaptive equipment|joint protection|energy conservation|(?:activity |energy )?pacing)\b", re.I
)


def _practice_apart_from_teaching(mentions: list[Mention]) -> tuple[list[Mention], dict[str, str]]:
    """At an OT visit, two blocks timed apart that are both self-care/home management training by their
    words, one practising the tasks themselves ("seventeen minutes of dressing practice", "on the tub
    transfer and bathing tasks") and one teaching or setting up the home ("twelve minutes on the home setup",
    "that teaching and the home safety part"), with no therapeutic activities timed besides: the practice,
    timed apart from the training, is billed as therapeutic activities (97530), the training as 97535 (the
    pair's NCCI modifier follows), with a line for the clinician to confirm."""
    own = [m for m in mentions if m.code == "97535"]
    if any(m.code == THER_ACT for m in mentions) or len({m.segment for m in own}) < 2:
        return mentions, {}
    # (A block named by the service's own name, "self-care training twelve" in a recap, is the service.)
    teaching = [m for m in own if TEACHING_BLOCK.search(m.label) and not SELF_CARE_TEACHING.search(m.label)]
    practice = [
        m
        for m in own
        if m not in teaching
        and not m.total
        and not GENERIC.match(m.label)
        and not TEACHING_BLOCK.search(m.label)
        and not SELF_CARE_TEACHING.search(m.label)
    ]
    if not teaching or not practice or {m.segment for m in practice} & {m.segment for m in teaching}:
        return mentions, {}
    what = ", ".join(dict.fromkeys(m.label for m in practice))
    taught = ", ".join(dict.fromkeys(m.label for m in teaching))
    why = (
        f"{THER_ACT}: {what}, timed apart from {taught} (97535), taken as therapeutic activities; if it was "
        "self-care training as well, the code is 97535 for both: confirm the service before signing"
    )
    return [replace(m, code=THER_ACT) if m in practice else m for m in mentions], {THER_ACT: why}


# A task done the joint-protecting way, as taught in the block: "hold the suction like this with a neutral
# wrist", "carry the tray with the palm up", "the bag carry with the forearm not the fingers", "use the big
# joints". CPT's 97535 names compensatory training; a wrist held neutral in a reaching game is no such
# teaching, so only the cue in a block whose minutes name no therapeutic activity by its own name counts
# (`_tasks_done_with_joint_protection`). A built-up grip alone is not the cue: "the pencil with the built up
# grip" in a job's tool practice is billed as therapeutic activities (test_scribe_services_sensory_work).
JOINT_PROTECTION_TAUGHT = re.compile(
    r"\bneutral wrists?\b"
    r"|\bpalms? up\b"
    r"|\b(?:forearms?|palms?|big(?:ger)? joints?|whole hand|both hands)\s+not\s+(?:with\s+)?"
    r"(?:the\s+|your\s+)?(?:fingers?|wrists?|small(?:er)? joints?)\b"
    r"|\b(?:use|using) (?:the|your) big(?:ger)? joints\b"
    r"|\bjoint protection\b",
    re.I,
)


def _tasks_done_with_joint_protection(
    mentions: list[Mention], segments: list[Segment]
) -> tuple[list[Mention], dict[str, str]]:
    """At an OT visit, a block of tasks ("ten minutes on the work tasks", "that task training was eleven
    minutes", the carry) in which the clinician taught the joint-protecting way to do them ("hold the
    suction with a neutral wrist", "try the bigger grip", "the bag carry with the forearm not the fingers")
    is compensatory training, self-care/home management training (97535), not therapeutic activities
    (97530), with a line for the clinician to confirm. A block named as therapeutic activities by its own
    name ("the functional tasks", "ther act") stays 97530. The block is what the clinician said from the
    minutes said before up to and with its own."""
    said_in = {segment.index: segment.text for segment in segments}
    out: list[Mention] = []
    why: dict[str, str] = {}
    for k, m in enumerate(mentions):
        if m.code != THER_ACT or m.total or m.again or GENERIC.match(m.label):
            out.append(m)
            continue
        since = max(((p.segment, p.start) for p in mentions[:k] if p.segment <= m.segment), default=(-1, -1))
        block = [
            sm.group(0)
            for segment in segments
            if segment.speaker == CLINICIAN and since[0] <= segment.index <= m.segment
            for sm in SENTENCE.finditer(segment.text)
            if (segment.index, sm.end()) > since and (segment.index, sm.start()) <= (m.segment, m.start)
        ]
        cue = next((c for c in (JOINT_PROTECTION_TAUGHT.search(x) for x in block) if c), None)
        named_as_activities = any(
            a.code == THER_ACT and GENERIC.match(a.label) for x in block for a in activities(x)
        )
        if (
            cue is None
            or named_as_activities
            or NOT_YET.search(sentence_at(said_in.get(m.segment, ""), m.start))
        ):
            out.append(m)
            continue
        out.append(replace(m, code="97535"))
        why.setdefault(
            "97535",
            f'97535: {m.label}, done the joint-protecting way as taught ("{cue.group(0)}"), taken as '
            "self-care/home management training (compensatory training); if it was therapeutic activities, "
            "the code is 97530: confirm the service before signing",
        )
    return out, why


def _blocks_of_two(
    mentions: list[Mention], segments: list[Segment], minutes: dict[str, int], discipline: str
) -> dict[str, str]:
    """ "eighteen minutes of handwriting and dressing": one block of minutes said of a list of tasks, one a
    therapeutic activity (97530) and one self-care/home management training (97535), neither named by its
    service's own name and the other with no minutes of its own at this visit, is billed whole as the first
    one's code; how the block splits, or which service it was, is the clinician's to confirm. (A list that
    opens with the service's own name, "strengthening and sit-to-stands", says what its items were.)"""
    reference = reference_codes()
    said_in = {segment.index: segment.text for segment in segments}
    out: dict[str, str] = {}
    for m in mentions:
        if m.code not in minutes or m.again:
            continue
        where = said_in.get(m.segment, "")
        acts = activities(where)
        own = next((a for a in acts if a.code == m.code and m.start <= a.start and a.end <= m.end), None)
        if own is None:
            continue
        run = [own]
        for a in acts:
            if a.start >= run[-1].end and JOINED.fullmatch(where[run[-1].end : a.start]):
                run.append(a)
        for other in run[1:]:
            known = reference.get(other.code)
            if (
                {m.code, other.code} == TASK_CODES
                and other.code not in minutes
                and not GENERIC.match(own.label)
                and not GENERIC.match(other.label)
                and known is not None
                and discipline in known.disciplines
            ):
                out.setdefault(
                    m.code,
                    f"{m.code}: {m.minutes} minutes were said of {m.label} and {other.label} together, "
                    f"{other.label} being {other.code}; all are taken as {m.code}: split the minutes or "
                    "confirm the service before signing",
                )
                break
    return out


# "one-on-one", "individually", "after the group, just the two of us": a service given apart from a group.
INDIVIDUAL = re.compile(
    r"\b(?:one[- ]on[- ]one|1:1|individual(?:ly| session| treatment| time)|just the two of us|"
    r"(?:before|after) the group)\b",
    re.I,
)


# A speech-generating (AAC) device worked with: "the eye gaze device", "the AAC app", "practice with the
# talker", "the speech tablet". Not a late talker, a picture board, eye gaze as a skill ("good eye gaze to
# the cards"), a communication book's pages, or a device to come or away ("later, a communication device",
# "the speech-generating one ... we'll hold off", "the device isn't working", "still at the vendor").
SPEECH_DEVICE = re.compile(
    r"\b(?:(?:eye[- ]?gaze|a\.?\s?a\.?\s?c\.?|speech[- ]generating|voice output)\s+"
    r"(?:device|tablet|app|pages?|system|computer|calibration)|communication (?:device|tablet|app)|"
    r"(?:the|her|his|your|their) (?:talker|speech tablet))\b",
    re.I,
)
DEVICE_TO_COME = re.compile(
    r"\b(?:later|not (?:now|yet)|hold off|think about|plan ahead|down the road|someday|one day|if he needs|"
    r"if she needs|when (?:he|she) needs|not the talker|(?:is|was)n'?t working|not working|broken|"
    r"at the vendor|(?:in|out) for repairs?|being repaired|left (?:it|the \w+) at home|forgot)\b",
    re.I,
)


def _speech_device_treated(segments: list[Segment]) -> bool:
    """The clinician worked with a speech-generating device at this visit (said in a sentence of their own
    that does not put it off to later)."""
    return any(
        SPEECH_DEVICE.search(sm.group(0)) and not DEVICE_TO_COME.search(sm.group(0))
        for s in segments
        if s.speaker == CLINICIAN
        for sm in SENTENCE.finditer(s.text)
    )


def _individual(segments: list[Segment]) -> bool:
    return any(s.speaker == CLINICIAN and INDIVIDUAL.search(s.text) for s in segments)


# Speech-language treatment named as the service itself, not by a task of it ("naming", "word finding").
SPEECH_SERVICE = re.compile(
    r"^(?:speech|language|voice|fluency|articulation|aphasia|stuttering)\s+(?:therapy|treatment|tx|work)\b",
    re.I,
)
# A teen and its ten sound alike ("thirteen", "thirty") and are the recogniser's commonest slip on a
# minute count (`scribe.stt.teen_or_ten`); what else the transcript says can show which was meant.
TEEN_TEN = {teen: (teen - 10) * 10 for teen in range(13, 20)}
TEEN_TEN |= {ten: teen for teen, ten in TEEN_TEN.items()}
# A recording this long is the session itself, not a dictation after it: no service outlasts it.
SESSION_RECORDING = 8.0


def _stated_total(segments: list[Segment], untimed: bool) -> int | None:
    """The visit's timed minutes as the clinician said them ("total timed today, thirty-nine minutes"),
    the last time said; None where never said. At a visit with an untimed service (an evaluation, a hot
    pack) only a total said to be timed counts: "about fifty minutes total, but that's the room time"
    holds the re-evaluation's testing too."""
    total = None
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        for sm in SENTENCE.finditer(segment.text):
            sentence = sm.group(0)
            if not VISIT_TOTAL.search(sentence) or (untimed and not re.search(r"\btimed\b", sentence, re.I)):
                continue
            said = [n for n in numbers_in(sentence) if MINUTES_AFTER.match(sentence[n.end :])]
            if said and said[-1].value == int(said[-1].value):
                total = int(said[-1].value)
    return total


# "She is walking to the mailbox", "still limited with stairs", "progress to step-ups next visit": a
# service named in the patient's daily life, as a limitation or for a later visit, was not done today.
NOT_TODAY = re.compile(
    r"\b(?:progress(?:ing)? (?:her |him |them |the patient )?to|next (?:visit|time|session|week)|"
    r"(?:limited|limitations?|difficulty|trouble|struggl\w*) (?:with|by|on|in|going|climbing)|"
    r"mailbox|grocer\w*|church|(?:the|a) store|the mall|the park|driveway|in the community|"
    r"around (?:the|her|his) (?:house|home|block|neighbou?rhood|yard)|at home|at work)\b",
    re.IGNORECASE,
)


def _not_done_today(text: str, start: int) -> bool:
    """Whether the sentence naming a service at `start` names it as the patient's daily life, a
    limitation, or a later visit's plan rather than as done at this visit."""
    return bool(NOT_TODAY.search(sentence_at(text, start)))


def _doubtful_minutes(
    mentions: list[Mention], minutes: dict[str, int], span: float, total: int | None
) -> dict[str, str]:
    """The timed codes whose minutes the transcript puts in doubt: one service's minutes said as a teen
    in one turn and its ten in another; the services adding up to other than the visit's total said,
    where reading one of them as its teen or ten would match it; one service longer than the whole
    recording of a session."""
    doubtful: dict[str, str] = {}
    for code in minutes:
        said = {m.minutes for m in mentions if m.code == code}
        pair = next((n for n in sorted(said) if TEEN_TEN.get(n) in said), None)
        if pair is not None:
            doubtful[code] = (
                f"{code}: its minutes were said as {pair} and as {TEEN_TEN[pair]}, which sound alike: "
                "confirm them before signing"
            )
    added = sum(minutes.values())
    if total is not None and added != total:
        for code, said_minutes in minutes.items():
            other = TEEN_TEN.get(said_minutes)
            if other is not None and added - said_minutes + other == total:
                doubtful.setdefault(
                    code,
                    f"{code}: {said_minutes} minutes, where the visit's total of {total} minutes says "
                    f"{other} (they sound alike): confirm them before signing",
                )
    if span >= SESSION_RECORDING:
        for code, said_minutes in minutes.items():
            if said_minutes > span + 1:
                doubtful.setdefault(
                    code,
                    f"{code}: {said_minutes} minutes, longer than the whole recording ({show(round(span))} "
                    "minutes): confirm them before signing",
                )
    return doubtful


# "speech", "voice", "language" said alone: at a swallowing visit, the department ("Theo from speech")
# or a finding ("a wet voice", "clear voice after each swallow"), not speech-language treatment.
BARE_SPEECH = {"speech", "voice", "language"}


# "Speech therapy today for thinking and attention": the discipline named with the cognitive target it is
# for, which is the cognitive intervention, not speech-language treatment of its own.
FOR_COGNITION = re.compile(
    r"\bfor\s+(?:(?:his|her|your|their|the)\s+)?(?:thinking|attention|memory|cognition|cognitive|"
    r"problem[- ]solving|executive|reasoning|orientation|neglect|safety awareness|planning)\b",
    re.I,
)


def _speech_for_cognition(segments: list[Segment]) -> bool:
    """Every sentence of the clinicians' that names speech-language treatment names it for a cognitive
    target: 92507 was never said apart from the cognitive block."""
    rx = dict(_activity_rx())["92507"]
    naming = [
        sm.group(0)
        for s in segments
        if s.speaker == CLINICIAN
        for sm in SENTENCE.finditer(s.text)
        if rx.search(sm.group(0))
    ]
    return bool(naming) and all(FOR_COGNITION.search(sentence) for sentence in naming)


def _count(segments: list[Segment], code: str, *, bare: bool = True) -> int:
    """How often the clinicians name the service; with `bare` False, its bare names ("voice") not counted."""
    rx = dict(_activity_rx())[code]
    return sum(
        1
        for s in segments
        if s.speaker == CLINICIAN
        for m in rx.finditer(s.text)
        if bare or m.group(0).lower() not in BARE_SPEECH
    )
