#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), sixth set (ids g_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind5's README.  The
self-check machinery is copied unchanged from evals/data/blind5/make_blind5.py (only the id prefix
is g_); the sessions are new.  Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes with an
     independent implementation of the rules and compared with the hand-written key; timestamps,
     turn counts (20-34), durations (150-360 s), facts / negated / absent strings against the
     transcript, split balance ...) and exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist, assistant or aide), "P: ..." (patient), "C: ..."
(caregiver or interpreter).  Timestamps: about 2.1 words per second, 0.5-1.4 s gaps, seeded by the
session id.  Hand key format: "97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.
`said_exempt` lists timed codes whose minutes are given only as clock times, as "half an hour" or
as a sum of split blocks the digit/word check cannot see (the minutes are still derivable from what
is said).
"""
import hashlib
import json
import os
import random
import re
import sys

SESSIONS = []

WEEK_WORDS = {1: "once", 2: "twice", 3: "three times"}


def freq(n, weeks, spoken):
    """A plan-frequency fact: the words as spoken plus the ways a note writes them."""
    w = WEEK_WORDS[n]
    alts = [spoken, f"{n}x/week x {weeks} weeks", f"{n}x/wk x {weeks} wks", f"{n}x/wk x {weeks} weeks",
            f"{n}x/week for {weeks} weeks", f"{n}x/wk for {weeks} weeks", f"{n}x/week for {weeks} more weeks",
            f"{n}x per week for {weeks} weeks", f"{n}x a week for {weeks} weeks",
            f"{n} times per week for {weeks} weeks", f"{n} times a week for {weeks} weeks",
            f"{n}x weekly for {weeks} weeks", f"{w} weekly for {weeks} weeks", f"{w} a week for {weeks} weeks",
            f"{n}x/week \u00d7 {weeks} weeks"]
    seen, out = set(), []
    for a in alts:
        if a.lower() not in seen:
            seen.add(a.lower())
            out.append(a)
    return "|".join(out)




def S(sid, split, discipline, note_type, role, rule, *, timed, untimed, key, facts, negated,
      absent, text, cog=None, said_exempt=()):
    SESSIONS.append(dict(id=sid, split=split, discipline=discipline, note_type=note_type,
                         role=role, rule=rule, timed=timed, untimed=untimed, key=key,
                         facts=facts, negated=negated, absent=absent, text=text, cog=cog,
                         said_exempt=said_exempt))

# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# PT dev (8)
# ---------------------------------------------------------------------------------------------

S("g_pt01_achilles_repair_eval_mod", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 16, "97112": 9}, untimed=["97162"], key="97162x1:GP 97110x1:GP 97112x1:GP",
  facts=["Achilles repair|Achilles tendon repair|Achilles", "3/10|three out of ten|3 out of 10",
         "6/10|six out of ten|6 out of 10", "lacking ten|-10|minus ten|ten shy of neutral",
         "plantarflexion 30|30 degrees|thirty degrees", "figure-of-eight|figure of eight|figure-8|figure 8",
         "54 centimeters|54 cm|fifty-four", "boot", "towel scrunches", freq(2, 8, "twice a week for eight weeks")],
  negated=["numbness", "calf pain", "fever"], absent=["forty-two to thirty", "pickleball league"],
  text="""
T: Morning, Mr. Okafor, I'm Priya, I'll be your physical therapist. So this is the right Achilles, repaired about six weeks ago?
P: Six weeks Thursday. Snapped it playing pickleball, of all things. Pickleball league, first game of the season.
T: Ouch. And the surgeon has you out of the boot now, or still in it?
P: Still in the boot outside, two heel wedges, I'm supposed to take one out next week.
T: Okay. Pain right now, zero to ten?
P: Right now maybe a three out of ten.
T: Worst in the last week?
P: Six out of ten, end of the day when I've been on it. Best is like a one in the morning.
T: And at night, does it wake you?
P: Nope. Sleeps fine.
T: Any numbness on the outside of the foot, down by the little toe?
P: No, none of that.
T: Any calf pain, calf swelling, anything hot or red back there?
P: Not really. No calf pain.
T: Fever, chills since surgery?
P: Mm-mm.
T: Good. My dad tore his too, you know, he was fifty. Anyway. Let me measure. Pull your toes up toward you... you're lacking ten, so minus ten, ten shy of neutral. Point them down... plantarflexion thirty degrees.
P: Is the ten bad?
T: At six weeks we don't push it, that's fine. Now girth, figure-of-eight around the ankle. Right is fifty-four centimeters, left is fifty-one. So still some swelling.
P: It gets puffier by dinner.
T: That fits. Calf is visibly smaller too. So today, exercises: towel scrunches, three sets of ten, ankle alphabet, seated heel raises with a yellow band for the pull-ups, hold thirty seconds on the calf stretch with the knee bent. That was somewhere between fifteen and seventeen minutes... call it sixteen.
P: The band's harder than it looks.
T: Then weight shifting in the boot and seated balance board, rocking front to back. About nine minutes of neuromuscular re-ed.
P: Felt wobbly.
T: Expected. Did you see the game last night?
P: Forty-two to thirty. Brutal.
T: Ha. So, this is a moderate complexity evaluation: healthy otherwise, but a repaired tendon we have to protect and you want to get back to your league.
P: When can I play again?
T: Realistically five or six months. Plan is twice a week for eight weeks, then we reassess. Home program is the towel scrunches and the alphabet, twice a day.
P: Twice a day. Okay.
""")

S("g_pt02_guillain_barre_eval_high", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 12, "97110": 7}, untimed=["97163"], key="97163x1:GP 97116x1:GP",
  facts=["Guillain-Barre|Guillain-Barré|GBS", "rolling walker|walker", "Berg 34|34/56|thirty-four",
         "TUG 24|24 seconds|twenty-four seconds", "3+/5|three plus", "4-/5|four minus",
         "contact guard|CGA", "foot drop|footdrop", "6MWT|six-minute walk", "410 feet|four hundred ten feet|410 ft"],
  negated=["trouble swallowing", "shortness of breath", "falls"], absent=["two o'clock is here", "thirty-five dollars"],
  text="""
T: Hi Mrs. Lindqvist, I'm Marcus. And this is your husband?
C: Tom. I drive her everywhere now.
T: Nice to meet you, Tom. So, Guillain-Barre, diagnosed in August, five weeks inpatient rehab, home now about ten days?
P: Eleven days. It started in my feet, tingling, then I couldn't climb the stairs.
T: Any trouble swallowing now, or shortness of breath?
P: Not now. I had trouble swallowing in the ICU, but not since I got off the tube.
T: Any falls since you came home?
P: No. Well, I think I might have slid off the bed once? I'm not sure it counts, I sort of sat down.
C: She didn't fall. I was right there, she sat down on the floor on purpose.
T: Okay, a controlled lower to the floor, no fall. I'll write it that way. Pain?
P: Burning in the feet, four out of ten now, worst is a seven at night, best a two.
T: Let me check strength. Hip flexors three plus out of five both sides, quads four minus, ankle dorsiflexion two out of five on the left, so a foot drop on the left, right is three.
T: Sorry, one sec... Jen, your two o'clock is here!
T: Okay, sorry. Berg balance, let's do it... Berg is thirty-four out of fifty-six.
P: Is that high risk?
T: It means we work on balance. TUG was twenty-four seconds with the rolling walker.
P: I was slow on the turn.
T: You were careful. Then the six-minute walk, four hundred ten feet, contact guard, two standing rests.
C: At home she walks more than that. Put down she does an hour a day, she does.
T: I'll note what she tells me about home, but I bill what we do here. The gait training with the walker, cueing the left foot clearance, that was twelve minutes. The seated strengthening at the end, ankle pumps and marching, two sets of ten, about seven minutes.
P: I'm exhausted.
T: That's the fatigue, we'll pace it. This is a high complexity evaluation: rapidly changing neuro picture, fatigue, falls risk, several body systems.
C: Does she need a brace for the foot?
T: Possibly an AFO, I'll talk to the doctor. Twice a week for twelve weeks. Oh, and the copay, front desk said thirty-five dollars, they'll ask you on the way out.
C: Fine.
""")

S("g_pt03_plantar_fasciitis_daily", "dev", "PT", "daily", "PT", "cms",
  timed={"97110": 18, "97140": 11, "97035": 8}, untimed=[], key="97110x1:GP 97140x1:GP",
  facts=["plantar fasciitis", "first step|first steps", "7/10|seven out of ten|7 out of 10",
         "2/10|two out of ten|2 out of 10", "calf stretch", "towel|marble pickups|marble",
         "ultrasound", "night splint", "dorsiflexion 8|8 degrees|eight degrees"],
  negated=["heel numbness", "swelling"], absent=["twenty-two minutes", "mother-in-law"],
  text="""
T: Hey Dana. How's the plantar fasciitis this week?
P: Better. First steps in the morning are still the worst, like a seven out of ten.
T: Seven first thing. And now?
P: Now two out of ten. Walking around at work it's maybe a three.
T: At night?
P: Doesn't bother me at night.
T: Any heel numbness, tingling into the arch?
P: Nope, never had that.
T: Swelling around the heel?
P: No swelling. My mother-in-law says I should just buy better shoes.
T: She's not wrong. Are you wearing the night splint?
P: Four nights out of seven. It's awkward.
T: Four is better than none. Let me check the ankle... dorsiflexion eight degrees with the knee straight, last time it was five.
P: Progress.
T: Okay, exercises: calf stretch against the wall, hold thirty seconds, three times each side, then the marble pickups, then heel raises off the step, two sets of fifteen, slow on the way down.
P: Those burn.
T: Good burn. That's eighteen minutes of ther ex. Now lie down, I'll do soft tissue to the calf and the arch, and some joint mobs on the ankle.
P: Ow. Ow. That's the spot.
T: Breathe. Okay, that was eleven minutes of manual.
T: Hey, sorry, did your one-thirty do twenty-two minutes on the bike or twenty?
T: Twenty-two, I wrote it on his sheet. Sorry Dana. So now ultrasound to the plantar fascia, one megahertz, continuous, one point five watts.
P: That's the warm gel one.
T: Warm gel one. That was eight minutes.
P: My husband says I should ask about shots.
T: You can ask your doctor, but you're improving. If it's still a seven in the mornings in two weeks we'll talk about it. Keep the stretch three times a day.
""")

S("g_pt04_ankle_orif_pta_student", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 20, "97116": 10, "97112": 9}, untimed=[], key="97110x1:GP,CQ 97116x1:GP,CQ 97112x1:GP,CQ",
  facts=["bimalleolar|ankle ORIF|ORIF", "weight bearing as tolerated|WBAT", "single crutch|one crutch|1 crutch",
         "4/10|four out of ten|4 out of 10", "level four|level 4", "tandem stance", "heel raises",
         "2 cm|two centimeters|2 centimeters"],
  negated=["calf tenderness", "numbness", "drainage"], absent=["parking garage", "ninety-one"],
  text="""
T: Hi Rafael, I'm Kim, the PTA, and this is Alex, a PTA student with us this month. Okay if Alex helps today?
P: Sure, the more the merrier.
T: So it's the left bimalleolar fracture, ankle ORIF seven weeks ago, and the surgeon said weight bearing as tolerated last week?
P: Yeah, I'm down to a single crutch now.
T: Pain right now?
P: Four out of ten. Worst was a six after I walked from the parking garage. Best a one.
T: Any calf tenderness?
P: No.
T: Numbness on top of the foot?
P: Not really, it's a little dull over the scar but no numbness.
T: And the incisions, any drainage?
P: Mm-mm, all dry.
T: Good. Alex, go ahead and get him on the bike, level four, for warm-up.
T: Okay Rafael, pedal steady, ten minutes. Then we'll go to the step for heel raises, three sets of ten, and the yellow band ankle series, ten reps each direction.
P: My buddy's ninety-one-year-old grandma does more than me.
T: Ha. Alright, bike plus the band plus the heel raises, that's twenty minutes of ther ex total.
T: And now gait, with the one crutch, work on heel strike and not hiking that hip.
P: Feels weird to roll through.
T: Good, better on that lap. Alex, how long were we walking?
T: I had the gait at twelve minutes?
T: It was ten, we stopped two minutes to fix his shoelace and I paused the watch. Ten minutes of gait.
P: My fault, the lace.
T: No problem. Now balance: tandem stance at the counter, hold thirty seconds, then the foam pad, eyes open. That was nine minutes of balance, neuromuscular.
P: The foam is hard.
T: Alex, measure the swelling like I showed you.
T: Figure-of-eight, it's two centimeters bigger than the right.
T: Two centimeters, agreed, same as Monday. Ice at home, twenty minutes, after your walk.
P: Will I be off the crutch next week?
T: If your gait holds up like today, the PT will probably clear you. I'll tell her.
""")

S("g_pt05_cervical_radic_pta_percode", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97140": 9, "97110": 24, "97112": 6}, untimed=[], key="97140x1:GP,CQ 97110x2:GP,CQ",
  facts=["cervical radiculopathy|C6|radiculopathy", "5/10|five out of ten|5 out of 10",
         "chin tucks|chin tuck", "scapular retraction|rows", "red band", "three sets of ten|3x10|3 sets of 10",
         "mobs|mobilization", "rotation 60|60 degrees|sixty degrees", "HEP|home exercise program|home program"],
  negated=["weakness in the hand", "dizziness", "headaches"], absent=["the Gators", "grandson's recital"],
  text="""
T: Hi Mrs. Abernathy, I'm Luis, the PTA. Mr. Abernathy, welcome, have a seat there. So the neck, the right cervical radiculopathy, C6. How's it this week?
P: The arm tingling's less. Neck is a five out of ten today.
T: Five. Worst this week?
P: Seven, Sunday, after the car ride to my grandson's recital.
T: And at night?
P: It wakes me maybe once, the arm.
T: Any weakness in the hand, dropping things?
P: No, I haven't dropped anything.
T: Dizziness when you turn your head?
P: Nope.
T: Headaches?
P: I used to get headaches every day, but not since we started the chin tucks.
T: Great. Let me check rotation... sixty degrees to the right, seventy to the left.
C: She did forty minutes of exercise at least yesterday, you can put that down. She's very good about it.
T: That's great to hear, I'll note she's doing her home program every day. What I write for today is what we do here.
T: Okay, lie back. Gentle mobs to the mid neck and upper back, grade two.
P: That feels nice.
T: That was nine minutes of manual. Now sit up, chin tucks, three sets of ten, hold five seconds, then rows with the red band and scapular retraction.
P: The red band is harder than the yellow.
T: That's the point. Then the wall slides and the doorway stretch, hold thirty seconds.
C: Did you see the Gators game?
T: I did not, I'm a Seminoles guy. Keep going, last set.
T: Okay, that was twenty-four minutes of ther ex. Quick balance at the end, standing head turns on the line, only about six minutes because the traction table's broken today, no traction.
P: Good, I hate the traction.
T: Ha. Home program the same, add the red band rows, once a day. If the arm tingling is worse by Friday, call us and the PT will recheck.
""")

S("g_pt06_rotator_cuff_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97110": 24, "97140": 10, "97530": 12}, untimed=[], key="97110x2:GP 97140x1:GP 97530x1:GP,59",
  facts=["rotator cuff repair|rotator cuff", "flexion 140|140 degrees|hundred and forty degrees",
         "external rotation 50|50 degrees|fifty degrees", "QuickDASH 34|34|thirty-four",
         "goal met|met", "partially met", "2/10|two out of ten|2 out of 10", "two pounds|2 pounds|2 lb",
         "overhead reaching|reaching overhead", freq(2, 6, "twice a week for six more weeks")],
  negated=["popping", "night pain"], absent=["bathroom remodel", "eight forty-five"],
  text="""
T: Okay Gloria, progress report day, ten visits. Right rotator cuff repair, fourteen weeks now. Pain today?
P: Two out of ten. Worst a four, when I reach into the back seat.
T: Night pain?
P: Not anymore. It doesn't wake me up since, oh, a month.
T: Any popping or catching?
P: No popping.
T: Good. Flexion, lift it up... a hundred and forty degrees. Left is one sixty-five, so we're twenty-five short. External rotation at the side fifty degrees.
P: Last time was what, one twenty?
T: One twenty-five. QuickDASH today is thirty-four, it was fifty-two at the evaluation.
P: Wow.
T: Goals: pain at or below three, goal met. Reaching overhead to the second shelf, partially met, you can get the plate but not the heavy bowl. Sleeping on the right side, met.
P: I still can't get the big bowl.
T: Sorry, one sec, phone. ... Therapy, this is Dev. ... No, she's with a patient, I'll have her call you back, eight forty-five tomorrow works. ... Okay, bye. Sorry, Gloria.
P: No problem.
T: Lie down, I'll do joint mobs on the shoulder, and some soft tissue to the pec.
P: That's tight.
T: That was ten minutes of manual. Now exercises: sidelying external rotation with two pounds, three sets of ten, the wall walks, the band rows, and the shoulder flexion with the dowel.
P: Two pounds feels like ten today.
T: You're doing great. That's twenty-four minutes of ther ex. Last block, separate from the mobs, the functional stuff: putting the cans up in the cabinet, the laundry basket to the shelf, overhead reaching with the weighted bowl.
P: That's my real life.
T: That was twelve minutes, functional activities. So, plan: twice a week for six more weeks, work toward the heavy bowl and getting back to the garden. If the reaching stalls we'll talk to the surgeon.
P: And my bathroom remodel starts Monday, so I might be late.
T: Just call ahead.
""")

S("g_pt07_vestibular_neuritis_discharge", "dev", "PT", "discharge", "PT", "cms",
  timed={"97112": 24, "97110": 8}, untimed=[], key="97112x2:GP",
  facts=["vestibular neuritis|vestibular hypofunction", "DHI 14|14|fourteen", "DHI 58|58|fifty-eight",
         "FGA 27|27/30|twenty-seven", "gaze stabilization|VOR|x1", "metronome", "goals met|all goals met|met",
         "discharge|discharged", "dynamic visual acuity|DVA"],
  negated=["spinning", "hearing loss", "ringing"], absent=["Lisbon", "thirty-one euros"],
  text="""
T: Hi Walt. Last visit today, discharge day. How's the dizziness from the vestibular neuritis?
P: Honestly, I forget about it most days.
T: Any spinning, room-spinning vertigo?
P: Not since March.
T: Any hearing loss or ringing in that ear?
P: No hearing loss. No ringing either.
T: Good. Your DHI today is fourteen. At the evaluation it was fifty-eight.
P: That was a bad month.
T: It was. Functional gait assessment: twenty-seven out of thirty, up from sixteen.
P: I even walked on the cobblestones in Lisbon last month, no problem. Paid thirty-one euros for a tiny sardine lunch though.
T: Ha. Dynamic visual acuity, reading the chart while I shake your head... one line lost, that's normal now, it was four lines.
P: Reading the signs in the car used to make me sick.
T: Alright, let's do a last round of gaze stabilization, VOR x1, metronome at sixty beats, then we'll bump it to ninety.
P: Ninety is fast.
T: Thirty seconds each, on the foam. Then walking with head turns down the hall, then the ball toss while stepping. That was all balance and vestibular work, twenty-four minutes of neuromuscular re-ed.
P: Still fun.
T: And a little strengthening at the end, step-ups, two sets of ten each side, eight minutes.
P: Do I keep doing the eye exercises?
T: Three times a week for a month, then as needed. If the dizziness comes back after a cold, start them daily and call us.
P: Will do.
T: So for the discharge: all goals met. Walking in the grocery store without symptoms, met. Driving at night, met. Back to golf, met.
P: I shot ninety-four Saturday.
T: That's a score I won't write down. You're discharged to your home program.
P: Thanks for everything.
T: Good luck out there, Walt.
""")

S("g_pt08_lumbar_stenosis_reeval", "dev", "PT", "re-evaluation", "PT", "per-code",
  timed={"97110": 15, "97116": 8}, untimed=["97164"], key="97164x1:GP 97110x1:GP 97116x1:GP",
  facts=["spinal stenosis|lumbar stenosis|stenosis", "ODI 36|36%|thirty-six percent", "ODI 48|48%|forty-eight percent",
         "6MWT 820|820 feet|eight hundred twenty", "single-point cane|cane", "flexion-based|flexion",
         "recumbent bike|NuStep|bike", "5/10|five out of ten|5 out of 10", "shopping cart",
         freq(2, 4, "twice a week for four more weeks")],
  negated=["bowel or bladder", "numbness in the saddle area", "falls"], absent=["deviled eggs", "the Packers"],
  text="""
T: Hi Harold. Re-evaluation today. The lumbar stenosis, thirty days in. How's the back and the legs?
P: Legs still get heavy after a block or so. Back's a five out of ten today.
T: Worst?
P: Eight if I stand at the counter making the deviled eggs for the church thing.
T: Best?
P: Two, sitting, leaning forward.
T: Any change with bowel or bladder?
P: Nope, nothing like that.
T: Any numbness in the saddle area, where you sit?
P: No, none of that.
T: Any falls?
P: Not really. Well, I tripped on the hose, but I caught myself on the car.
T: Caught yourself, didn't go down?
P: Didn't go down.
T: Okay, no falls. ODI today is thirty-six percent, at the eval it was forty-eight percent.
P: Is that good?
T: That's a real improvement. Six-minute walk, with the single-point cane, eight hundred twenty feet, up from six hundred. You stopped once at four minutes.
P: My legs got the heaviness.
T: Right. You do better leaning on a shopping cart, which fits stenosis. So exercises, flexion-based: recumbent bike, level three, then the double knee to chest, hold thirty seconds, and the pelvic tilts, two sets of fifteen. That was fifteen minutes.
P: Can you put down an hour so my insurance pays for the whole thing? My neighbor says they pay by the hour.
T: I can only write what we actually did, Harold, and your plan pays per service anyway. Now gait: walking with the cane, working on longer strides, eight minutes.
P: Harder than it looks.
T: Plan: twice a week for four more weeks. If the leg heaviness isn't better by then, we'll send a note to Dr. Shah about the injections.
P: The Packers better win Sunday, that's all I care about.
T: Ha. See you Thursday.
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("g_ot01_de_quervain_eval_low", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97760": 12}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["De Quervain|de Quervain's|De Quervain's", "Finkelstein", "thumb spica|forearm-based thumb spica",
         "grip 48|48 pounds|forty-eight pounds", "grip 62|62 pounds|sixty-two pounds", "6/10|six out of ten|6 out of 10",
         "QuickDASH 41|41|forty-one", "lifting the baby|lift the baby", freq(1, 4, "once a week for four weeks")],
  negated=["numbness", "clicking", "swelling"], absent=["four-month-old", "Costco"],
  text="""
T: Hi Ms. Varga, I'm Noor, occupational therapist. Your doctor sent you for De Quervain's on the right, the thumb side of the wrist?
P: Yeah. Since the baby. Lifting the baby is the worst.
T: How old?
P: Four-month-old. He's a chunk.
T: Pain now?
P: Now three, but when I lift him it's six out of ten. At night it throbs if I slept on it.
T: Any numbness in the thumb or fingers?
P: Nope.
T: Clicking or catching in the thumb?
P: No, none of that.
T: Swelling?
P: Not really. Maybe a little bump?
T: Let me see... no visible swelling, tender right over the first compartment. Finkelstein: tuck the thumb, bend down... positive, that's your pain.
P: Yep, that's it.
T: Grip: right forty-eight pounds, left sixty-two pounds. Pinch I'll skip today, it hurts you.
P: Thank you.
T: Your QuickDASH came out forty-one. So the plan today is a custom forearm-based thumb spica splint. Heating the material now.
P: My sister got one from Costco, the cheap kind.
T: Those are fine for some people, but yours needs the wrist included. Hold still... thumb here, wrist slightly back... trimming the edge.
P: It's warm.
T: Cool in a minute. Okay, fit, strap, check for rubbing. The fabrication and fitting was twelve minutes.
P: Do I sleep in it?
T: Day and night for two weeks, off for bathing and the exercises. Lift the baby with both hands, palms up, like a tray.
P: Like a tray. Got it.
T: This is a low complexity evaluation, one problem, no other conditions, straightforward plan. We'll see you once a week for four weeks to adjust the splint and progress you.
P: Once a week works with the daycare.
T: And if it's still a six when you lift him in two weeks, we'll talk to the doctor about the injection.
""")

S("g_ot02_brachial_plexus_eval_high", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97535": 14, "97110": 9}, untimed=["97167"], key="97167x1:GO 97535x1:GO 97110x1:GO",
  facts=["brachial plexus|brachial plexus injury", "upper trunk|C5-C6|C5 and C6", "elbow flexion 2/5|2/5|two out of five",
         "shoulder abduction 1/5|1/5|one out of five", "sling", "one-handed|one handed|1-handed", "button hook",
         "rocker knife", "COPM|Canadian Occupational Performance", "mod A|moderate assist"],
  negated=["neck pain", "burning"], absent=["two-hundred-dollar deductible", "Harley"],
  text="""
T: Hi Dylan, I'm Rosa, your OT. So the right brachial plexus injury from the motorcycle crash, ten weeks ago?
P: Ten weeks. Laid the Harley down on the highway.
T: The nerve study says upper trunk, C5 and C6. Any neck pain now?
P: No. Not since the collar came off.
T: Burning pain down the arm?
P: Not really. I used to get burning in the first month but not since they changed my meds.
T: Good. Any numbness?
P: The outside of the arm is numb, the thumb side.
T: Okay, that fits. Let me check. Shoulder abduction one out of five, a flicker. Elbow flexion two out of five. Wrist and hand four out of five, decent.
P: I can grip but I can't get my hand to my mouth.
T: Right. You're right-handed, so dressing and eating are the big ones. Upper body dressing, moderate assist, mod A. Lower body, set-up only. Eating, you're one-handed with the left.
P: My girlfriend cuts my food.
T: Let's fix that. Here's a rocker knife, one-handed, rock it through. And a button hook for shirts.
P: Oh, that's clever.
T: We practiced the dressing strategy with the sling on and the button hook, and the knife, that was fourteen minutes of self-care training. Then passive range of motion for the shoulder and elbow, and the table slides, about nine minutes.
P: The shoulder feels stuck.
T: That's why we keep it moving. We did the COPM: your top three are dressing, eating and getting back to work at the shop.
P: Work's the big one. And they want a two-hundred-dollar deductible for the nerve doctor.
T: The front desk can help with that paperwork. This is a high complexity evaluation: a nerve injury with several body systems, pain, sensory loss, your job, and it'll change over months.
P: Will it come back?
T: Some nerve recovery takes a year or more, we'll track it. Twice a week for twelve weeks.
""")

S("g_ot03_radial_head_fx_daily", "dev", "OT", "daily", "OT", "cms",
  timed={"97110": 17, "97140": 9, "97530": 13}, untimed=[], key="97110x1:GO 97140x1:GO 97530x1:GO,59",
  facts=["radial head fracture|radial head", "elbow extension -25|minus twenty-five|lacking twenty-five|-25",
         "flexion 120|120 degrees|hundred and twenty", "supination 45|45 degrees|forty-five degrees",
         "pronation 70|70 degrees|seventy degrees", "3/10|three out of ten|3 out of 10",
         "joint mobs|mobs|mobilization", "gallon of milk|gallon jug"],
  negated=["numbness in the pinky", "clicking"], absent=["the Bulls", "four fifteen"],
  text="""
T: Hi Keisha. How's the elbow? Radial head fracture, six weeks now?
P: Six and a half. Better, three out of ten today.
T: Worst this week?
P: Five, I carried the laundry.
T: Any numbness in the pinky or ring finger?
P: Mm-mm.
T: Clicking or catching in the elbow?
P: No, it just feels tight.
T: Let me measure. Straighten... you're lacking twenty-five, so minus twenty-five. Bend... flexion a hundred and twenty degrees. Turn palm up, supination forty-five degrees. Palm down, pronation seventy degrees.
P: Palm up is the hard one.
T: That's the one we're chasing. Lie back, I'll do joint mobs on the elbow and the forearm, and soft tissue to the forearm.
P: Okay.
T: Yes, Marcy? ... His four fifteen cancelled, okay, thanks. ... Sorry Keisha. Relax the arm.
P: That's stretchy.
T: That was nine minutes of manual. Now exercises: supination with the hammer, three sets of ten, hold five seconds, wrist curls with two pounds, and the elbow extension stretch on the table.
P: The hammer trick is hard.
T: That was seventeen minutes of ther ex. Now the functional part, separate block: pouring from a gallon jug, turning the doorknob, carrying the tray, the laundry basket.
P: The gallon of milk still gets me.
T: Keep your elbow close. That was thirteen minutes of functional activity.
P: Did you watch the Bulls?
T: Don't get me started. So plan: if the supination is still under fifty next week we'll add the static progressive splint. Keep the hammer exercise three times a day.
P: Three times a day. And the ice, still?
T: Ice after the exercises if it aches, that's all. You don't need the sling anymore at all, even in crowds.
T: For the note, pt seen for ther ex times seventeen, man tx nine, ther act thirteen, tol well, no increase in pain.
""")

S("g_ot04_cabg_sternal_ota_cms", "dev", "OT", "daily", "OTA", "cms",
  timed={"97535": 26, "97110": 12}, untimed=[], key="97535x2:GO,CO 97110x1:GO,CO",
  facts=["CABG|bypass", "sternal precautions", "shower chair|tub transfer bench", "long-handled sponge|long handled sponge",
         "reacher", "min A|minimal assist", "SpO2 95|95%|ninety-five percent", "energy conservation",
         "modified independent|mod I"],
  negated=["chest pain", "lightheaded", "drainage"], absent=["two thirty", "seven grandkids"],
  text="""
T: Hi Mr. Delgado, I'm Tasha, the OT assistant. So you're four weeks out from the bypass, the CABG, still on sternal precautions. How are you feeling?
P: Tired but okay.
T: Any chest pain today?
P: Nope.
T: Lightheaded when you stand?
P: Not really. A little the first week, but not since they cut the blood pressure pill.
T: Any drainage from the incision?
P: No, none of that, it's healing nice.
T: Good. Let me get your oxygen... SpO2 ninety-five percent, heart rate eighty-two. My dad had a bypass too, fifteen years ago, he's still golfing.
P: That's encouraging.
T: So today, bathing and dressing without pushing through your arms. Here's the shower chair and the tub transfer bench. Swing the legs in, don't pull on the grab bar with both hands.
P: Like this?
T: Good, minimal assist, min A for the legs over the tub edge. Now the long-handled sponge for your back and feet.
P: This is handy. My wife has been doing my feet.
T: And the reacher for socks off, and the sock aid. Lower body dressing modified independent with the equipment, mod I.
P: Seven grandkids and I can't put on my own socks, that's what got me.
T: Now you can. Energy conservation: sit to dress, gather everything first, rest breaks.
T: Hey Tasha, do you know if room two is free at two thirty?
T: I think so, check the board. Sorry, Mr. Delgado. So the bathing and dressing training, that was twenty-six minutes.
P: Felt like more.
T: Then the arm exercises within the precautions: arm raises to shoulder height, no weights, two sets of ten, and the hand squeeze ball, twelve minutes.
P: The ball is easy.
T: Good. Recheck SpO2 ninety-six percent, heart rate ninety. If you're short of breath at home doing this, stop and rest.
P: Will do. Same time next week?
T: Thursday. Bring the sock aid back so we can try it with the compression stockings.
""")

S("g_ot05_lymphedema_ota_percode", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97140": 28, "97535": 9, "97110": 6}, untimed=[], key="97140x2:GO,CO 97535x1:GO,CO",
  facts=["lymphedema", "mastectomy|left mastectomy", "manual lymph drainage|MLD", "compression bandaging|bandaging|bandages",
         "32 centimeters|32 cm|thirty-two centimeters", "29.5|twenty-nine and a half|29 and a half",
         "Stemmer|Stemmer's", "skin care"],
  negated=["redness", "fever", "open areas"], absent=["book club", "nine forty"],
  text="""
T: Hi Joanne, I'm Beth, the OTA. Left arm lymphedema after the left mastectomy. How's the arm feeling this week?
P: Heavy by evening. Better in the morning.
T: Any redness or warmth in the arm?
P: Nope.
T: Fever, chills?
P: Mm-mm.
T: Any open areas, cuts, bug bites on that hand?
P: No, none of that. I've been careful with the gardening gloves.
T: Good. Let me measure. Ten centimeters above the elbow, thirty-two centimeters left, the right is twenty-nine and a half. At the wrist, eighteen left, seventeen right.
P: Is that better than last time?
T: Above the elbow was thirty-three last week, so down a centimeter. Stemmer's sign at the second finger still positive.
P: My aunt had this too, after her surgery in the eighties. Hers was terrible.
T: Treatment's come a long way. Okay, lie back, manual lymph drainage, starting at the neck and the right armpit, then the trunk, then the arm.
P: This is the relaxing part.
T: Okay, that was twenty-eight minutes of manual lymph drainage. Now the compression bandaging, I'm going to have you do the first two layers yourself.
P: The foam goes on first?
T: Padding first, then the short-stretch bandages. Good, overlap by half. Bandaging training was nine minutes.
P: Can you just put down an hour for the massage? My book club friend said her place bills it that way.
T: I only write what we did today, Joanne. Now a few arm exercises with the bandage on, pumping the fist, elbow bends, about six minutes.
P: That's like six reps.
T: Ten reps each. Skin care: lotion every night, no blood pressure on the left arm, no needle sticks.
P: I put a sign on my arm at the doctor.
T: Smart. If the arm turns red or hot, call your doctor the same day, that's the infection risk. The PT wants to see you Thursday at nine forty.
""")

S("g_ot06_erbs_palsy_child_progress", "dev", "OT", "progress", "OT", "per-code",
  timed={"97530": 20, "97110": 11}, untimed=[], key="97530x1:GO 97110x1:GO",
  facts=["Erb's palsy|brachial plexus birth injury|Erb", "hand to mouth", "shoulder external rotation|external rotation",
         "Mallet score|Mallet", "goal met|met", "partially met", "not met", "kinesiology tape|kinesio tape",
         freq(1, 8, "once a week for eight more weeks")],
  negated=["pain", "crying with the stretches"], absent=["Bluey", "three-year-old cousin"],
  text="""
T: Hi Mila! Hi Mom. Progress report today, ten visits. Right Erb's palsy. How has she been at home?
C: Good. She's using the right arm more, she reaches for her cup with it now.
T: Any pain when she uses it? Does she complain?
C: No, nothing like that.
T: And the stretches at bedtime, any crying with the stretches?
C: Not anymore. She used to cry with them but not since we started doing it during Bluey.
T: Perfect distraction. Okay Mila, can you touch your mouth with this hand? Hand to mouth, yes, with a little trumpet sign, the elbow goes up.
P: Mouth!
T: Good girl. Shoulder external rotation, getting better. Her modified Mallet score is sixteen out of twenty-five, it was twelve at the start.
C: So that's good?
T: That's good. Goals: hand to mouth without trunk lean, goal met. Reaching overhead to the shelf, partially met, she gets it with a side lean. Two-handed catching, not met yet.
C: Her three-year-old cousin catches everything, she gets frustrated.
T: She'll get there. Mila, let's play the ball game. Catch with two hands!
P: Ball!
T: Then the swing, reaching for the rings, and the peg board on the wall, up high. Those play activities were twenty minutes.
C: She loves the swing.
T: Then the stretching and strengthening, external rotation with my help, the weight-bearing on hands like a bear walk, eleven minutes.
P: Bear!
T: Mom, we'll keep the kinesiology tape on the shoulder, change it in three days, and if her skin gets red, take it off.
C: Okay.
T: Plan: once a week for eight more weeks. If the overhead reach stalls, I'll talk to her surgeon about the Botox.
C: Thank you.
""")

S("g_ot07_dupuytren_discharge", "dev", "OT", "discharge", "OT", "cms",
  timed={"97110": 19, "97140": 8}, untimed=[], key="97110x1:GO 97140x1:GO",
  facts=["Dupuytren|Dupuytren's|fasciectomy", "ring finger|fourth finger", "lacking five|-5|minus five",
         "ring finger PIP|PIP extension", "grip 70|70 pounds|seventy pounds", "scar massage", "night extension splint|night splint",
         "goals met|met", "discharge|discharged", "QuickDASH 9|QuickDASH of 9|nine"],
  negated=["numbness", "tightness in the palm"], absent=["Branson", "sixty-eight dollars"],
  text="""
T: Hi Mr. Lyle. Last visit today. Right Dupuytren's fasciectomy, ring finger, twelve weeks.
P: Twelve weeks Monday.
T: Any numbness at the tip of the ring finger?
P: Nope.
T: Tightness in the palm in the morning?
P: Not really. I used to get that every morning but not since the last month.
T: Let me measure. Straighten the fingers... ring finger PIP is lacking five, so minus five. It was minus forty before surgery.
P: I couldn't get my hand in my pocket.
T: And now?
P: Pocket, gloves, shaking hands, all fine.
T: Grip seventy pounds on the right, seventy-four on the left. QuickDASH today is nine.
P: Nine out of what?
T: Out of a hundred, lower is better. It was forty-seven at the start.
T: Goals: full fist, met. Extension within ten degrees, met. Back to woodworking, met.
P: Made my wife a shelf. And we're going to Branson next month, sixty-eight dollars a ticket for the show, can you believe it.
T: Ha. Okay, last round. Scar massage and soft tissue to the palm, and the passive extension stretch.
P: Still feels good.
T: That was eight minutes of manual. Now the exercises to take home: tendon glides, putty squeezes, ten reps each, blocking for the PIP, three sets of ten, hold five seconds.
P: The blocking's the annoying one.
T: And the wall push for extension. All together nineteen minutes of exercise. Keep wearing the night extension splint for one more month, then stop.
P: One more month. And the putty, which color?
T: Stay with the green putty, you don't need the blue. Five minutes a day is plenty for the putty now, it's maintenance.
P: Five minutes, I can do that.
T: If the finger starts curling again over the next year, that's the disease, not the surgery, call your surgeon. You're discharged, all goals met.
P: Thanks, Jess.
""")

# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("g_slp01_late_talker_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["expressive language delay|language delay", "30 months|thirty months", "about 20 words|20 words|twenty words",
         "PLS-5|PLS 5|Preschool Language Scale", "auditory comprehension 92|92|ninety-two",
         "expressive communication 71|71|seventy-one", "two-word combinations|2-word combinations|two-word",
         "ear infections", freq(2, 12, "twice a week for twelve weeks")],
  negated=["hearing concerns", "regression", "feeding problems"], absent=["Cocomelon", "the twins next door"],
  text="""
T: Hi! You must be Theo. And Mom, I'm Grace, the speech therapist. So Theo is thirty months?
C: Thirty months last week. He has about twenty words, maybe twenty-five on a good day.
T: Any two-word combinations, like "more milk", "daddy go"?
C: Not really. He says "uh-oh" and "all done" but that's like one word for him.
T: How's his hearing? Any hearing concerns?
C: No, none of that. He passed the newborn screen and the ENT checked after the ear infections.
T: How many ear infections?
C: Four last year. Tubes were mentioned but they didn't do them.
T: Any words he used to say and stopped? Any regression?
C: Nope, he just keeps adding slowly.
T: Eating, any feeding problems, choking, picky?
C: Mm-mm. He eats everything. My husband's brother didn't talk till three, so everyone says don't worry.
T: Family history is good to know. Theo, look, a bubble! Can you say "bubble"?
P: Ba! Ba!
T: Ba! More?
P: Mo.
T: Nice, "more" with a sign. So I did the PLS-5 while we played. Auditory comprehension standard score ninety-two, that's in the average range. Expressive communication seventy-one, that's below average.
C: So he understands but doesn't talk.
T: Exactly. He follows one-step directions, points to pictures, understands "in" and "on". Expressive language delay, with receptive skills in the average range.
C: Should I stop the Cocomelon?
T: Screen time isn't the cause, but talking with him while it's on helps more than the show. The twins next door are loud, that's good modeling actually.
C: Ha, they are.
T: Plan: twice a week for twelve weeks, parent coaching in every session, and I'd like an updated hearing test with the ear history.
C: Okay.
T: At home, when he points, give him the word, wait five seconds, and let him try.
C: Wait five seconds. Got it.
""")

S("g_slp02_acdf_dysphagia_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["ACDF|anterior cervical discectomy|cervical fusion", "clinical swallow evaluation|clinical swallow|bedside swallow",
         "IDDSI level 7|level 7|regular", "IDDSI level 0|thin liquids|level 0", "chin tuck|chin-down",
         "throat clear|throat clearing", "hoarse|hoarseness", "EAT-10 18|18|eighteen", "FEES|instrumental"],
  negated=["coughing", "weight loss", "pneumonia"], absent=["Wordle", "twelve-fifty"],
  text="""
T: Hi Mr. Benoit, I'm Sunita, speech pathologist. Your surgeon sent you after the ACDF, the anterior cervical discectomy and fusion, C5 to C7, three weeks ago?
P: Three weeks. Food feels like it sticks.
T: Where does it stick?
P: Right here, behind the collar. Bread and chicken mostly.
T: Any coughing when you drink?
P: No, none of that.
T: Any weight loss since surgery?
P: Not really. Maybe a pound? I'm not sure, the scale's old.
T: Any pneumonia, fevers?
P: Nope.
T: Your voice sounds a bit hoarse.
P: Hoarse since the surgery. My wife says I sound like a radio DJ.
T: We'll keep an eye on that. Your EAT-10 came out eighteen. Three or more is abnormal, so that's a lot of symptoms.
P: Sounds right.
T: Okay, this is the clinical swallow evaluation. Oral motor first: lips, tongue, jaw all within normal limits. Now some water from the cup, sip, thin liquids.
P: Fine.
T: No cough. Big gulps now... one throat clear after the third. Now applesauce... fine. Now the cracker.
P: That one's sticking.
T: Multiple swallows, and a throat clear. Try a chin tuck, chin down, then swallow... better?
P: Better. Less stuck.
T: Good. So, regular diet, IDDSI level 7, thin liquids, IDDSI level 0, with the chin tuck and alternating bites and sips. Moist foods, extra sauce.
P: My wife solves the Wordle and I'm stuck eating gravy.
T: Ha. Because of the sticking and the throat clear I'd like an instrumental study, a FEES, next week, to see what's happening.
P: Is that expensive? My last copay was twelve-fifty.
T: The front desk will check. Until then, small bites, sit upright, and if you cough with drinks or get a fever, call us.
P: Got it.
""")

S("g_slp03_rhd_cognitive_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 25}, untimed=[], cog=40, key="97129x1:GN 97130x2:GN",
  facts=["right hemisphere stroke|right hemisphere", "left neglect|neglect", "line bisection",
         "18/20|eighteen out of twenty|90%|ninety percent", "12/20|twelve out of twenty|60%|sixty percent",
         "anchor|red line", "verbal cues|verbal cue", "medication schedule|pill organizer",
         "inference|inferences"],
  negated=["headache", "double vision"], absent=["lasagna", "sixty-four"],
  text="""
T: Good morning Mrs. Pham. How are you today?
P: Fine. I don't know why I'm here, honestly, I'm fine.
C: She says that every time.
T: That's common after a right hemisphere stroke, it's part of what we're working on. Any headache today?
P: No headache.
T: Double vision?
P: No.
T: Okay. First task, line bisection, cross each line in the middle.
P: Done.
T: See this red line on the left edge? That's your anchor. Look for the red line first. Try again.
P: Oh. I missed those ones.
T: Eighteen out of twenty with the anchor, twelve out of twenty without it last week. So left neglect improving with the cue.
C: At home she leaves the food on the left side of the plate.
T: Turn the plate halfway through, that helps. Now the medication schedule. Here's a pill organizer, fill it from this list.
P: Easy. Two in the morning...
T: Check the left column?
P: Oh, Tuesday. Missed Tuesday.
T: With two verbal cues, correct. Now the inference stories. "John came in shaking an umbrella." What happened outside?
P: It was raining.
T: Good. Twelve stories, nine correct with one verbal cue. She missed the sarcasm ones.
C: She never got my sarcasm anyway.
P: I get it. I just ignore it.
T: Ha, that was sarcasm, well done. My own sister made lasagna for sixty-four people at her church, nobody gets her jokes either.
P: Sixty-four people, that's a lot of lasagna.
T: It is. Okay, that's the session. For the note: cognitive intervention, forty minutes today, attention to left, medication management, inferencing.
C: What should we practice?
T: The plate turn at meals, the red line on her reading, and let her fill the pill box with you checking the left side.
C: Will do.
""")

S("g_slp04_vf_paralysis_voice_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["vocal fold paralysis|vocal fold paresis|left vocal fold", "thyroidectomy", "maximum phonation time|MPT",
         "9 seconds|nine seconds", "14 seconds|fourteen seconds", "pushing|push-pull|pushing exercises",
         "head turn|head turned left", "VHI-10 24|24|twenty-four", "breathy|breathiness"],
  negated=["choking", "coughing on water", "shortness of breath"], absent=["Ohio State", "forty bucks"],
  text="""
T: Hi Ms. Koenig. Left vocal fold paralysis after the thyroidectomy, week five of voice therapy. How's the voice?
P: Still breathy by the afternoon. Better in the morning.
T: Any choking on food this week?
P: Nope.
T: Coughing on water?
P: Not really. I used to cough on every glass but not since we started the head turn.
T: Good. Shortness of breath when you talk on the phone?
P: Mm-mm, not anymore.
T: Let's start. Maximum phonation time, big breath, "ah" as long as you can.
P: Ahhhhh.
T: Nine seconds. Again.
P: Ahhhhhhhhh.
T: Fourteen seconds, best of three, with the head turned left. At the evaluation it was six.
P: Fourteen! That's my best.
T: Now the pushing exercises, push-pull with the chair, hands together, say "ah" as you push. Ten reps.
P: Ah! Ah!
T: Good closure. Now the same with words: "apple", "over", "eagle". Then the sentences at a louder level.
P: My sister keeps asking me to call her, but the phone is hard.
T: We'll practice phone sentences today. Here: "Hi, this is Karen, I'm calling about my appointment."
P: Hi, this is Karen, I'm calling about my appointment.
T: Clear and strong. VHI-10 today is twenty-four, it was thirty-one at the start.
P: My husband bet me forty bucks I'd be yelling at the Ohio State game by Thanksgiving.
T: Let's not yell yet. Session today was about forty minutes, voice therapy. Home: pushing exercises with the head turn, five sets a day, and the phone sentences.
P: And the ENT appointment is next month, for the injection?
T: If the voice plateaus, the injection is an option; we'll send her our measures before then.
P: Thank you. Oh, one more thing, can you write that I came three times this week? I only came once but my work wants proof.
T: I can only document the visits you came to, Ms. Koenig. The front desk can print your visit history for your work.
P: Fair enough.
""")

S("g_slp05_post_intubation_dysphagia_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["post-intubation|intubation|intubated", "IDDSI level 5|minced and moist|level 5", "IDDSI level 2|mildly thick|level 2",
         "effortful swallow", "Shaker|head lift", "supraglottic swallow", "8/10|eight out of ten|8 of 10",
         "10/10|ten out of ten|10 of 10", "min verbal cues|minimal verbal cues|min cues"],
  negated=["fever", "wet voice", "coughing"], absent=["Wheel of Fortune", "the four-eighteen bus"],
  text="""
T: Hi Mr. Osei, I'm Hannah. How's the swallowing since last week? You were intubated eleven days, so it takes time.
P: Better. Eating the soft stuff.
T: Any fever, chest congestion?
P: No fever.
T: Wet voice after you drink?
P: I don't think so? My daughter says sometimes, but I don't hear it.
C: Only once, Tuesday, after the coffee. He cleared it.
T: Okay, one time, cleared. Any coughing at meals this week?
P: Nope.
T: Good. You're on minced and moist, IDDSI level 5, and mildly thick liquids, IDDSI level 2. Let's work. First the effortful swallow, squeeze hard like you're swallowing a grape whole. Ten reps.
P: Hard work.
T: Eight out of ten with good effort, two needed a reminder. Now the Shaker, the head lift, lie back, hold thirty seconds, three times.
P: My neck!
T: That's the muscle we want. Now the supraglottic swallow: breathe in, hold, swallow, cough. With the mildly thick juice.
P: Breathe, hold, swallow, cough.
T: Ten out of ten correct sequence with min verbal cues. Now a trial of thin water, three sips, single sips only.
P: Okay.
T: Throat clear on the second, delayed. So we stay on mildly thick for now.
C: He wants his coffee thin so badly.
T: I know. If he does the next two sessions clean on the trials, we'll request the repeat swallow study.
P: I take the four-eighteen bus, can I come earlier Thursday?
T: The front desk can move you. And please, no Wheel of Fortune while eating, sit up and focus on the swallow.
C: Ha. We'll turn it off.
T: Home: effortful swallows ten times three a day, Shaker twice a day.
C: He does it at least twenty minutes every morning, can you put that in as therapy?
T: I'll note that he's doing the home program. Today's session is what I write as treatment.
P: Thank you, Hannah.
""")

S("g_slp06_phonological_progress", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["phonological disorder|phonological", "fronting", "stopping", "final consonant deletion",
         "17/20|seventeen out of twenty|85%|eighty-five percent", "11/20|eleven out of twenty|55%|fifty-five percent",
         "goal met|met", "partially met", "intelligibility 75%|75%|seventy-five percent", "minimal pairs"],
  negated=["ear infections", "stuttering"], absent=["Paw Patrol", "forty-two dollars"],
  text="""
T: Hi Sofia! Hi Dad. It's progress report day, ten sessions for the phonological disorder. How's she talking at home?
C: Much better. Her teacher understands her now. Her brother still translates sometimes.
T: Any new ear infections this fall?
C: No ear infections. None since the tubes.
T: Any stuttering, any getting stuck on words?
C: No, none of that.
T: Okay. Sofia, let's play the bakery game. Tell me what's in the picture.
P: Cake! Cookie!
T: Nice, you said the K! Final consonant deletion, that goal was eighty percent in words, she's at ninety today, goal met.
C: She used to say "coo-ee" for cookie.
T: Fronting: the K and G sounds. Seventeen out of twenty in phrases, eighty-five percent. Goal was eighty percent, met.
P: Go, go, go!
T: Stopping on S and F, still working. Eleven out of twenty, fifty-five percent. Goal was eighty, so partially met.
C: She says "tun" for "sun".
T: Right. Minimal pairs, Sofia: "tea" or "sea"? Show me the sun.
P: Sssun!
T: Beautiful. Intelligibility to an unfamiliar listener, I'd rate seventy-five percent in connected speech, was forty percent at the start.
C: I told my wife we should frame the report. And the copay went up to forty-two dollars, by the way.
T: The front desk can look at that. Her Paw Patrol toy is the reward today?
P: Chase!
T: Plan: continue once a week for twelve weeks, target stopping on S and F, and add the S blends. Practice the minimal pairs cards five minutes a day.
C: Five minutes, no problem.
T: If she's at eighty percent on S by the next report, we'll talk about discharge.
C: She'll be in kindergarten by then. Will the school do speech too?
T: Maybe. If they do, I'll share this report with the school SLP so you don't double up.
C: That would be great, thank you.
P: Bye bye!
""")

S("g_slp07_gender_voice_discharge", "dev", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["gender-affirming voice|voice feminization|gender-affirming", "fundamental frequency|pitch",
         "185 Hz|185 hertz|one eighty-five", "resonance|forward resonance", "goals met|met",
         "discharge|discharged", "TWVQ|Trans Woman Voice Questionnaire", "phone calls|phone"],
  negated=["vocal fatigue", "throat pain", "hoarseness"], absent=["Barcelona", "ninety-dollar"],
  text="""
T: Hi Elena. Last session of gender-affirming voice therapy. How's the voice been?
P: Honestly, good. Nobody's misgendered me on the phone in three weeks.
T: That's huge. Any vocal fatigue by the end of the day?
P: Not really.
T: Throat pain, hoarseness?
P: No, none of that. I used to get hoarse after meetings but not since we fixed the breathing.
T: Great. Let's measure. Read the rainbow passage.
P: "When the sunlight strikes raindrops in the air..."
T: Average fundamental frequency one eighty-five hertz, so 185 Hz, and it was one thirty-two at the evaluation. Your target range was one seventy to two hundred.
P: I can hear it.
T: Resonance: forward resonance held through the whole passage, I didn't hear it drop back.
P: The straw exercise fixed that.
T: Now a quick spontaneous sample. Tell me about your trip.
P: Barcelona was amazing, the ninety-dollar dinner was worth every cent, and I ordered everything myself in Spanish.
T: Pitch stayed up, intonation natural. Your TWVQ today is forty-one, it was ninety-eight. Lower is better.
P: Wow.
T: Goals: pitch in range in conversation, met. Phone calls with correct gender read, met. Twenty minutes of talking without fatigue, met. All goals met.
P: I almost don't want to stop.
T: You don't need me. Keep the straw warm-up five minutes a morning, and the resonance check with the app.
P: What if it slips?
T: If you're stressed or sick it can slip a bit, come back to the warm-ups. If it doesn't come back in two weeks, call and we'll do a check-in. You're discharged.
P: Thank you, really.
T: One more thing for the record, your session today was about thirty minutes, and the front desk will close out the authorization.
P: And I don't need a referral to come back?
T: Not within the year, just call. I'll send the discharge summary to Dr. Amari.
P: Perfect.
""")


# @@SESSIONS_END@@

# ---------------------------------------------------------------------------------------------
# Rules (independent implementation of the brief's answer-key conventions)
# ---------------------------------------------------------------------------------------------

# 97763 and 97036 added to blind3's list: PRODUCT.md names them as timed codes.
TIMED = {"97110", "97112", "97116", "97140", "97530", "97535", "97542", "97750", "97760",
         "97763", "97129", "97130", "97032", "97033", "97035", "97036"}
UNTIMED = {"97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "92507",
           "92521", "92522", "92523", "92524", "92526", "92610", "97150", "G0283"}
EVAL_CODES = {
    ("PT", "evaluation"): {"97161", "97162", "97163"},
    ("PT", "re-evaluation"): {"97164"},
    ("OT", "evaluation"): {"97165", "97166", "97167"},
    ("OT", "re-evaluation"): {"97168"},
    ("SLP", "evaluation"): {"92521", "92522", "92523", "92524", "92610"},
}
ALL_EVAL = set().union(*EVAL_CODES.values())
COMPLEXITY = {"97161": "low", "97162": "moderate", "97163": "high",
              "97165": "low", "97166": "moderate", "97167": "high"}
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ROLES = {"PT": {"PT", "PTA"}, "OT": {"OT", "OTA"}, "SLP": {"SLP"}}
NOTE_TYPES = {"evaluation", "daily", "progress", "re-evaluation", "discharge"}
# Pairs kept out of the data on purpose: the brief's 59 rule does not cover them, while NCCI /
# CPT guidance does say something about them (see README).
AVOID_PAIRS = [({"97140"}, {"97161", "97162", "97163"}),
               ({"97530", "97150"}, {"97164"}),
               ({"97530"}, ALL_EVAL - {"97164"}),
               ({"97760"}, {"97116"}),
               ({"92507"}, {"92526"}),
               ({"92526"}, {"92610"}),
               ({"92507", "92526"}, {"97129", "97130"})]


def units_for(minutes):
    return 0 if minutes < 8 else (minutes - 8) // 15 + 1


def compute_units(timed, rule, problems, sid):
    if rule == "per-code":
        return {c: units_for(m) for c, m in timed.items()}
    total = sum(timed.values())
    budget = units_for(total)
    units = {c: m // 15 for c, m in timed.items()}
    left = budget - sum(units.values())
    if left < 0:
        problems.append(f"{sid}: negative leftover units")
        return units
    rest = sorted((c for c in timed if timed[c] % 15), key=lambda c: -(timed[c] % 15))
    if left > len(rest):
        problems.append(f"{sid}: more leftover units than candidate codes")
    if 0 < left < len(rest) and timed[rest[left - 1]] % 15 == timed[rest[left]] % 15:
        problems.append(f"{sid}: tie in remaining minutes decides a unit ({rest[left-1]} vs {rest[left]})")
    for c in rest[:left]:
        units[c] += 1
    return units


def compute_key(s, problems):
    sid = s["id"]
    units = compute_units(s["timed"], s["rule"], problems, sid)
    codes = {}
    for c in s["untimed"]:
        codes[c] = 1
    for c in s["timed"]:
        if units[c] > 0:
            codes[c] = units[c]
    mods = {}
    for c in codes:
        m = [DISC_MOD[s["discipline"]]]
        if s["role"] in ASSIST_MOD:
            m.append(ASSIST_MOD[s["role"]])
        if c == "97530" and "97140" in codes:
            m.append("59")
        if c == "97535" and "97530" in codes:
            m.append("59")
        mods[c] = m
    return codes, mods


def parse_key(key):
    codes, mods = {}, {}
    for item in key.split():
        code_units, mod = item.split(":")
        code, n = code_units.split("x")
        codes[code] = int(n)
        mods[code] = mod.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORD_RE = re.compile(r"\b(" + "|".join(ONES + TENS[2:] + ["hundred"]) + r")\b", re.I)


def number_forms(n):
    forms = [str(n)]
    if n < 20:
        forms.append(ONES[n])
    elif n < 100:
        t, o = divmod(n, 10)
        if o == 0:
            forms.append(TENS[t])
        else:
            forms += [f"{TENS[t]}-{ONES[o]}", f"{TENS[t]} {ONES[o]}"]
    return forms


def said(n, text):
    return any(re.search(r"(?<![\w.])" + re.escape(f) + r"(?![\w])", text, re.I)
               for f in number_forms(n))


LINE_RE = re.compile(r"^([TPC]):\s*(\S.*)$")
SPEAKER = {"T": "therapist", "P": "patient", "C": "caregiver"}


def build_segments(s, problems):
    rng = random.Random(int(hashlib.sha256(s["id"].encode()).hexdigest()[:12], 16))
    segs, t = [], 0.0
    for raw in s["text"].strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = LINE_RE.match(raw)
        if not m:
            problems.append(f"{s['id']}: bad transcript line {raw[:40]!r}")
            continue
        text = m.group(2).strip()
        words = len(text.split())
        dur = max(0.8, words / 2.1 * rng.uniform(0.9, 1.1))
        start = round(t, 1)
        end = round(t + dur, 1)
        segs.append({"start": start, "end": end, "speaker": SPEAKER[m.group(1)], "text": text})
        t = end + rng.uniform(0.5, 1.4)
    return segs


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

def check_session(s, segs, problems):
    sid = s["id"]
    p = lambda msg: problems.append(f"{sid}: {msg}")  # noqa: E731
    if not re.fullmatch(r"g_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("g_" + s["discipline"].lower()):
        p("id prefix does not match discipline")
    if s["split"] not in ("dev", "test"):
        p("bad split")
    if s["role"] not in ROLES.get(s["discipline"], ()):
        p("role does not fit discipline")
    if s["note_type"] not in NOTE_TYPES:
        p("bad note type")
    if s["rule"] not in ("cms", "per-code"):
        p("bad rule")
    if s["role"] in ASSIST_MOD and s["note_type"] != "daily":
        p("assistant on a non-daily note")

    # codes present
    for c in s["timed"]:
        if c not in TIMED:
            p(f"{c} is not a timed code")
        if s["timed"][c] <= 0:
            p(f"{c} has no minutes")
    for c in s["untimed"]:
        if c not in UNTIMED:
            p(f"{c} is not an untimed code")
    if "97010" in s["timed"] or "97010" in s["untimed"]:
        p("97010 listed")
    if "G0283" in s["untimed"] and s["rule"] != "cms":
        p("G0283 outside a cms session")
    evals = {c for c in s["untimed"] if c in ALL_EVAL}
    want = EVAL_CODES.get((s["discipline"], s["note_type"]))
    if want is None:
        if evals:
            p("eval code on a note that is not an evaluation")
    elif len(evals) != 1 or not evals <= want:
        p(f"needs exactly one of {sorted(want)}")
    all_codes = set(s["timed"]) | set(s["untimed"])
    for a, b in AVOID_PAIRS:
        if all_codes & a and all_codes & b:
            p(f"avoided pair present: {sorted(all_codes & a)} with {sorted(all_codes & b)}")
    if s["discipline"] == "SLP" and (set(s["timed"]) - {"97129", "97130"}):
        p("SLP session with PT/OT timed codes")
    if not all_codes:
        p("no services")

    # cognitive block split
    if s["cog"] is not None:
        want_129 = min(s["cog"], 15)
        want_130 = s["cog"] - want_129
        if s["timed"].get("97129") != want_129 or s["timed"].get("97130", 0) != want_130:
            p("97129/97130 split does not match the cognitive block")
    elif "97129" in s["timed"] or "97130" in s["timed"]:
        p("cognitive codes without cog block")

    # answer key
    codes, mods = compute_key(s, problems)
    hand_codes, hand_mods = parse_key(s["key"])
    if codes != hand_codes:
        p(f"units differ: computed {codes} hand {hand_codes}")
    if mods != hand_mods:
        p(f"modifiers differ: computed {mods} hand {hand_mods}")

    # transcript shape
    if not 20 <= len(segs) <= 34:
        p(f"{len(segs)} turns")
    dur = segs[-1]["end"] if segs else 0
    if not 150 <= dur <= 360:
        p(f"duration {dur:.1f}s outside 150-360")
    prev_end = -1.0
    for seg in segs:
        if seg["end"] <= seg["start"]:
            p("segment end <= start")
        if seg["start"] <= prev_end and prev_end >= 0:
            p("timestamps do not increase")
        if prev_end >= 0 and not 0.4 <= seg["start"] - prev_end <= 1.5:
            p(f"gap {seg['start'] - prev_end:.2f}")
        prev_end = seg["end"]
    speakers = {seg["speaker"] for seg in segs}
    if "therapist" not in speakers or "patient" not in speakers:
        p("needs therapist and patient turns")
    full = " ".join(seg["text"] for seg in segs)
    ther = " ".join(seg["text"] for seg in segs if seg["speaker"] == "therapist")

    # every timed minute figure is said by the therapist
    for c, m in s["timed"].items():
        if c in ("97129", "97130") or c in s["said_exempt"]:
            continue
        if not said(m, ther):
            p(f"{c} minutes {m} not said by the therapist")
    if s["cog"] is not None and not said(s["cog"], ther):
        p(f"cognitive block {s['cog']} minutes not said")

    # PT / OT eval complexity stated
    for c in evals:
        if c in COMPLEXITY and f"{COMPLEXITY[c]} complexity" not in ther.lower():
            p(f"'{COMPLEXITY[c]} complexity' not stated for {c}")

    # facts / negated / absent
    low = full.lower()
    if not 6 <= len(s["facts"]) <= 12:
        p(f"{len(s['facts'])} facts")
    fact_alts = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        fact_alts += [a.lower() for a in alts]
        hit = [a for a in alts if a.lower() in low]
        if not hit:
            p(f"fact {f!r} not in transcript")
        elif max(len(a) for a in hit) < 4:
            p(f"fact {f!r} only matches a very short alternative")
        numeric = any(re.search(r"\d", a) or NUMBER_WORD_RE.search(a) for a in alts)
        if numeric and not any(re.search(r"\d", a) for a in alts):
            p(f"numeric fact {f!r} has no digit alternative")
    for n in s["negated"]:
        if n.lower() not in low:
            p(f"negated {n!r} not in transcript")
        if any(n.lower() in a for a in fact_alts):
            p(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        if a.lower() not in low:
            p(f"absent {a!r} not in transcript")
        if any(a.lower() in x or x in a.lower() for x in fact_alts):
            p(f"absent {a!r} overlaps a fact")
        if a in s["negated"]:
            p(f"absent {a!r} also negated")
    return codes, mods


def check_mix(problems):
    from collections import Counter
    n = len(SESSIONS)
    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != n:
        problems.append("duplicate ids")
    if "--partial" in sys.argv:
        return
    if n < 44:
        problems.append(f"{n} sessions, want at least 44")
    disc = Counter(s["discipline"] for s in SESSIONS)
    for d, lo, hi in (("PT", 14, 19), ("OT", 12, 16), ("SLP", 10, 14)):
        if not lo <= disc[d] <= hi:
            problems.append(f"discipline mix {dict(disc)}")
    nt = Counter(s["note_type"] for s in SESSIONS)
    if nt["re-evaluation"] < 2 or nt["progress"] < 3 or nt["discharge"] < 3 or nt["evaluation"] < 9:
        problems.append(f"note type mix {dict(nt)}")
    roles = Counter(s["role"] for s in SESSIONS)
    if roles["PTA"] < 4 or roles["OTA"] < 3:
        problems.append(f"assistant mix {dict(roles)}")
    rules = Counter(s["rule"] for s in SESSIONS)
    if abs(rules["cms"] - rules["per-code"]) > 4:
        problems.append(f"rule mix {dict(rules)}")
    sp = Counter(s["split"] for s in SESSIONS)
    if sp["dev"] < 20 or sp["test"] < 20 or abs(sp["dev"] - sp["test"]) > 1:
        problems.append(f"split sizes {dict(sp)}")
    for key in ("discipline", "note_type", "role", "rule"):
        c = Counter((s["split"], s[key]) for s in SESSIONS)
        for v in {s[key] for s in SESSIONS}:
            if abs(c[("dev", v)] - c[("test", v)]) > 2:
                problems.append(f"split imbalance on {key}={v}: dev {c[('dev', v)]} test {c[('test', v)]}")
            if c[("dev", v)] == 0 or c[("test", v)] == 0:
                problems.append(f"{key}={v} missing from a split")
    for d in ("PT", "OT", "SLP"):
        c = Counter(s["split"] for s in SESSIONS if s["discipline"] == d)
        if abs(c["dev"] - c["test"]) > 1:
            problems.append(f"{d} split {dict(c)}")
        for r in ("cms", "per-code"):
            c = Counter(s["split"] for s in SESSIONS if s["discipline"] == d and s["rule"] == r)
            if abs(c["dev"] - c["test"]) > 2:
                problems.append(f"{d}/{r} split {dict(c)}")


def mix_table():
    from collections import Counter
    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"])
                   for s in SESSIONS)
    lines = ["split  disc  note_type      role  rule      n"]
    for k in sorted(rows):
        lines.append(f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {rows[k]}")
    code_count = Counter()
    for s in SESSIONS:
        for c in list(s["timed"]) + s["untimed"]:
            code_count[c] += 1
    lines.append("codes performed (sessions): " +
                 ", ".join(f"{c} {n}" for c, n in sorted(code_count.items())))
    return "\n".join(lines)


def main():
    problems = []
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for s in SESSIONS:
        segs = build_segments(s, problems)
        codes, mods = check_session(s, segs, problems)
        out.append((s, {
            "id": s["id"], "discipline": s["discipline"], "note_type": s["note_type"],
            "role": s["role"], "rule": s["rule"],
            "transcript": {"segments": segs},
            "expected": {"codes": codes, "modifiers": mods, "minutes": dict(s["timed"]),
                         "facts": s["facts"], "negated": s["negated"], "absent": s["absent"]},
        }))
    check_mix(problems)
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for pr in problems:
            print("  " + pr, file=sys.stderr)
        sys.exit(1)
    for split in ("dev", "test"):
        d = os.path.join(here, split)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith("g_") and f.endswith(".json"):
                os.remove(os.path.join(d, f))
    for s, doc in out:
        with open(os.path.join(here, s["split"], s["id"] + ".json"), "w") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(f"OK: wrote {len(out)} sessions "
          f"(dev {sum(1 for s, _ in out if s['split'] == 'dev')}, "
          f"test {sum(1 for s, _ in out if s['split'] == 'test')})")
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
