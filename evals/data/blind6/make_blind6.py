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
T: That fits. Calf is visibly smaller too. Oh, and this is Sam, our PT student this semester. Sam, any questions so far?
T: Just one. Why figure-of-eight and not just around the ankle bone?
T: It's more reliable between sessions, it catches the swelling around the whole joint. Good question. So today, exercises: towel scrunches, three sets of ten, ankle alphabet, seated heel raises with a yellow band for the pull-ups, hold thirty seconds on the calf stretch with the knee bent. That was somewhere between fifteen and seventeen minutes... call it sixteen.
T: Then weight shifting in the boot and seated balance board, rocking front to back. About nine minutes of neuromuscular re-ed.
P: Felt wobbly.
T: Priya, should I log the balance as ten? I had ten on my watch.
T: Nine. I started the timer when he stood up, your watch included the boot adjusting. Nine minutes of balance.
T: And Mr. Okafor, your FOTO functional score came in at forty-eight, we'll repeat it at the progress visit. Did you see the game last night?
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
T: I'll note what she tells me about home, but I bill what we do here. And before you came in I spent about ten minutes on the phone with her case manager, that's paperwork, not treatment either. The gait training with the walker, cueing the left foot clearance, that was twelve minutes. The seated strengthening at the end, ankle pumps and marching, two sets of ten, about seven minutes.
P: I'm exhausted.
T: That's the fatigue, we'll pace it. Her ADLs at home, Tom, who helps with dressing and the shower?
C: Me. Socks and shoes, and I stand by in the shower.
T: So min A for lower body dressing, supervision for bathing. The OT eval is next week for the ADLs and the IADLs, cooking and the like. This is a high complexity evaluation: rapidly changing neuro picture, fatigue, falls risk, several body systems.
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
P: We didn't do the bike today.
T: We ran out of time for the bike, that's on me. Next time ten minutes on the bike first.
T: For the note: pt seen for ther ex times eighteen, man tx eleven, US eight, tol well, morning pain seven, DF eight degrees.
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
T: If your gait holds up like today, the PT will probably clear you. I'll tell her. And if the swelling is up again Friday, we'll cut back the step work and add more elevation.
T: For the note: pt seen for ther ex times twenty, gait ten with single crutch, NMR nine, girth plus two centimeters, tol well, no increase in pain.
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
P: It wakes me maybe once, the arm. Usually around three in the morning, I have to shake it out and then it settles. Before we started it was three or four times a night, so that's better. I sleep on the two pillows now like you said, the flat one under the neck roll.
T: Any weakness in the hand, dropping things?
P: No, I haven't dropped anything.
T: Dizziness when you turn your head?
P: Nope.
T: Headaches?
P: I used to get headaches every day, but not since we started the chin tucks.
T: Great. Let me check rotation... sixty degrees to the right, seventy to the left. Side bending, about thirty each way. Now the nerve test, arm out to the side, tip your head away... tingling into the thumb at the end, less than last week. Grip is fifty-two pounds on the right, fifty-five on the left, so pretty even.
C: She did forty minutes of exercise at least yesterday, you can put that down. She's very good about it.
T: That's great to hear, I'll note she's doing her home program every day. What I write for today is what we do here.
T: Okay, lie back. Gentle mobs to the mid neck and upper back, grade two. I was going to try the intermittent traction too, but it's down for repair, so no traction today.
P: That feels nice.
T: That was nine minutes of manual. Now sit up, chin tucks, three sets of ten, hold five seconds, then rows with the red band and scapular retraction.
P: The red band is harder than the yellow.
T: That's the point. Then the wall slides and the doorway stretch, hold thirty seconds.
C: Did you see the Gators game?
T: I did not, I'm a Seminoles guy. Keep going, last set.
T: Okay, that was twenty-four minutes of ther ex. Quick balance at the end, standing head turns on the line, only about six minutes, we ran short on time.
P: Good, I hate the traction anyway.
T: Ha. The waiting room took ten minutes of your session today too, sorry about that, we were behind. Home program the same, add the red band rows, once a day. If the arm tingling is worse by Friday, call us and the PT will recheck.
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
T: One twenty-five. QuickDASH today is thirty-four, it was fifty-two at the evaluation. And your FOTO score went from forty-one to sixty-three.
P: Wow.
T: Goals: pain at or below three, goal met. Reaching overhead to the second shelf, partially met, you can get the plate but not the heavy bowl. Sleeping on the right side, met.
P: I still can't get the big bowl.
T: Sorry, one sec, phone. ... Therapy, this is Dev. ... No, she's with a patient, I'll have her call you back, eight forty-five tomorrow works. ... Okay, bye. Sorry, Gloria.
P: No problem.
T: Lie down, I'll do joint mobs on the shoulder, and some soft tissue to the pec. Posterior glides, grade three, thirty-second bouts.
P: That's tight.
T: That was ten minutes of manual. Now exercises: sidelying external rotation with two pounds, three sets of ten, the wall walks, the band rows, and the shoulder flexion with the dowel.
P: Two pounds feels like ten today.
T: You're doing great. That's twenty-four minutes of ther ex. Last block, separate from the mobs, the functional stuff: putting the cans up in the cabinet, the laundry basket to the shelf, overhead reaching with the weighted bowl.
P: That's my real life. I've been doing the cabinet at home with the light cans, but the big bowl is on the top shelf and my husband has to get it. He's sixty-seven and he hates the step stool, so there's motivation on both sides.
T: That was twelve minutes, functional activities. So, plan: twice a week for six more weeks, work toward the heavy bowl and getting back to the garden. If the reaching stalls we'll talk to the surgeon.
P: And my bathroom remodel starts Monday, so I might be late.
T: Just call ahead. And on the weekends, keep the band rows and the wall walks, ten each, and don't start carrying the tile boxes for the remodel, let the contractors do that.
P: Oh, I wasn't going to. Well, maybe one box.
T: Zero boxes. Anything over ten pounds overhead is still off the list until the surgeon says so at the four-month visit.
""")

S("g_pt07_vestibular_neuritis_discharge", "dev", "PT", "discharge", "PT", "cms",
  timed={"97112": 24, "97110": 8}, untimed=[], key="97112x2:GP",
  facts=["vestibular neuritis|vestibular hypofunction", "DHI 14|14|fourteen", "DHI 58|58|fifty-eight",
         "FGA 27|27/30|twenty-seven", "gaze stabilization|VOR|x1", "metronome", "goals met|all goals met|met",
         "discharge|discharged", "dynamic visual acuity|DVA"],
  negated=["spinning", "hearing loss", "ringing"], absent=["Lisbon", "thirty-one euros", "ninety-four Saturday"],
  text="""
T: Hi Walt. Last visit today, discharge day. How's the dizziness from the vestibular neuritis?
P: Honestly, I forget about it most days. The only time I notice is in the big box stores, with the tall shelves and the lights, but even that is a second or two and then it's gone. In the beginning I couldn't go in at all, my wife did all the shopping.
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
T: Thirty seconds each, on the foam, then forty-five degrees of head turn each way, ten reps each side. Then walking with head turns down the hall, then the ball toss while stepping. That was all balance and vestibular work, twenty-four minutes of neuromuscular re-ed.
P: Still fun.
T: And a little strengthening at the end, step-ups, two sets of ten each side, eight minutes.
P: Do I keep doing the eye exercises? I've been doing them every morning with my coffee, the card on the wall, and the walking ones in the hallway at night. My grandson thinks it's hilarious, he does them with me now.
T: Three times a week for a month, then as needed. If the dizziness comes back after a cold, start them daily and call us.
P: Will do.
T: So for the discharge: all goals met. Walking in the grocery store without symptoms, met. Driving at night, met. Back to golf, met.
P: I shot ninety-four Saturday.
T: That's a score I won't write down. You're discharged to your home program.
P: Thanks for everything.
T: Good luck out there, Walt.
T: Discharge dictation: pt seen for NMR times twenty-four, ther ex eight, DHI fourteen, FGA twenty-seven of thirty, all goals met, d/c to HEP.
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
T: Sorry, phone... Therapy, this is Ravi. ... He's in a session, can he call you back about moving Friday's appointment? ... Thanks. Sorry Harold.
T: Right. You do better leaning on a shopping cart, which fits stenosis. So exercises, flexion-based: recumbent bike, level three, then the double knee to chest, hold thirty seconds, and the pelvic tilts, two sets of fifteen. That was fifteen minutes.
P: Can you put down an hour so my insurance pays for the whole thing? My neighbor says they pay by the hour.
T: I can only write what we actually did, Harold, and your plan pays per service anyway. Now gait: walking with the cane, working on longer strides, eight minutes.
P: Harder than it looks.
T: Plan: twice a week for four more weeks. If the leg heaviness isn't better by then, we'll send a note to Dr. Shah about the injections.
P: The Packers better win Sunday, that's all I care about.
T: Ha. See you Thursday.
T: Re-eval dictation: pt seen for re-eval, ther ex times fifteen, gait eight with SPC, ODI thirty-six percent, 6MWT eight hundred twenty feet, tol well, cont POC.
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
T: Day and night for two weeks, off for bathing and skin checks. Lift the baby with both hands, palms up, like a tray.
P: Like a tray. Got it.
T: This is a low complexity evaluation, one problem, no other conditions, straightforward plan. We'll see you once a week for four weeks to adjust the splint and progress you.
P: Once a week works with the daycare.
T: And if it's still a six when you lift him in two weeks, we'll talk to the doctor about the injection. No exercises for the thumb yet, we start those once the pain settles.
T: Noor, sorry, the front desk needs her insurance card again, the scan didn't go through.
P: It's in my bag, I'll bring it out.
T: For the note: OT eval low complexity, custom forearm-based thumb spica fabricated and fitted times twelve, grip forty-eight right, sixty-two left, Finkelstein positive, QuickDASH forty-one.
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
P: The outside of the arm is numb, the thumb side. From the shoulder down to about here, and the thumb and the first finger feel like they're asleep. The rest of the hand is normal. I burned the thumb on the stove last week and didn't notice until I saw the blister.
T: Okay, that fits, and that burn is exactly why we'll talk about sensory precautions, checking the water with the other hand, oven mitts on both. Let me check. Shoulder abduction one out of five, a flicker. Elbow flexion two out of five. Wrist and hand four out of five, decent.
P: I can grip but I can't get my hand to my mouth.
T: Right. You're right-handed, so dressing and eating are the big ones. Upper body dressing, moderate assist, mod A. Lower body, set-up only. Eating, you're one-handed with the left.
P: My girlfriend cuts my food.
T: Let's fix that. Here's a rocker knife, one-handed, rock it through. And a button hook for shirts.
P: Oh, that's clever.
T: We practiced the dressing strategy with the sling on and the button hook, and the knife, that was fourteen minutes of self-care training. Then passive range of motion for the shoulder and elbow, and the table slides, about nine minutes.
P: The shoulder feels stuck. At night it kind of hangs, and if I sleep without the pillow under it, it aches in the morning. Like a toothache in the shoulder, a three or four out of ten, nothing crazy.
T: That's why we keep it moving. We did the COPM: your top three are dressing, eating and getting back to work at the shop.
P: Work's the big one. I'm a mechanic. And they want a two-hundred-dollar deductible for the nerve doctor.
T: The front desk can help with that paperwork. And the IADLs, who's doing the shopping and the driving?
P: My girlfriend. I can't drive a stick one-armed.
T: Okay. This is a high complexity evaluation: a nerve injury with several body systems, pain, sensory loss, your job, and it'll change over months.
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
P: Six and a half. Better, three out of ten today. The worst part is the mornings, it's stiff like a rusty hinge until I run it under warm water. I've been doing the hammer thing while I watch TV, and I switched to the lighter purse like you said, the crossbody one.
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
P: The gallon of milk still gets me. I end up using two hands and my daughter laughs at me. She's eight, she thinks it's funny that mom can't pour milk. Doorknobs are fine now, and I can turn the key in the car without the other hand.
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
T: Thursday. Bring the sock aid back so we can try it with the compression stockings. If you're cleared for the cardiac rehab by then, we'll work around their schedule.
C: He does his arm exercises for an hour every day, can you put that in?
T: I'll note he's doing his home program daily, Mrs. Delgado. Today's note is what we did here.
""")

S("g_ot05_lymphedema_ota_percode", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97140": 28, "97535": 9, "97110": 6}, untimed=[], key="97140x2:GO,CO 97535x1:GO,CO",
  facts=["lymphedema", "mastectomy|left mastectomy", "manual lymph drainage|MLD", "compression bandaging|bandaging|bandages",
         "32 centimeters|32 cm|thirty-two centimeters", "29.5|twenty-nine and a half|29 and a half",
         "Stemmer|Stemmer's", "skin care"],
  negated=["redness", "fever", "open areas"], absent=["book club", "nine forty"],
  text="""
T: Hi Joanne, I'm Beth, the OTA. Left arm lymphedema after the left mastectomy. How's the arm feeling this week?
P: Heavy by evening. Better in the morning. I wear the sleeve all day, I take it off at night like you said, and I've been doing the deep breathing before bed. The rings on that hand are still tight by dinner but I can get them off.
T: Any redness or warmth in the arm?
P: Nope.
T: Fever, chills?
P: Mm-mm.
T: Any open areas, cuts, bug bites on that hand?
P: No, none of that. I've been careful with the gardening gloves.
T: Good. Let me measure. Ten centimeters above the elbow, thirty-two centimeters left, the right is twenty-nine and a half. At the wrist, eighteen left, seventeen right.
P: Is that better than last time?
T: Above the elbow was thirty-three last week, so down a centimeter. Forearm, ten centimeters below the elbow, twenty-four and a half left, twenty-three right. Stemmer's sign at the second finger still positive.
P: My aunt had this too, after her surgery in the eighties. Hers was terrible.
T: Treatment's come a long way. Okay, lie back, manual lymph drainage, starting at the neck and the right armpit, then the trunk, then the arm.
P: This is the relaxing part. I fell asleep last time, I'm sorry. My husband said I snored, which I don't believe.
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
C: She loves the swing. At home we hung the rings in the doorway like you showed us, she does them after her nap, maybe ten times, then she wants the iPad. Her daycare teacher says she uses both hands for the blocks now, which she never did before.
T: Then the stretching and strengthening, external rotation with my help, the weight-bearing on hands like a bear walk, eleven minutes.
P: Bear!
T: Mom, we'll keep the kinesiology tape on the shoulder, change it in three days, and if her skin gets red, take it off. We ran out of time for the scooter board today, we'll start with it next week.
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
P: Pocket, gloves, shaking hands, all fine. I can get my hand flat on the table now, which I haven't done in about five years. My brother has it in both hands and he keeps putting off the surgery, I told him to come see you.
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
T: Discharge note: pt seen for ther ex times nineteen, man tx eight, ring finger PIP minus five, grip seventy, QuickDASH nine, all goals met, d/c to HEP.
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
T: Sorry, one second... Kayla, can you tell my three o'clock I'm running ten minutes behind? Thanks.
T: For the note: SLP eval, PLS-5 AC ninety-two, EC seventy-one, approximately twenty words, no two-word combinations, expressive language delay, recommend audiology.
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
P: Right here, behind the collar. Bread and chicken mostly. Soup and yogurt go down fine. I've been cutting the chicken really small and drinking a lot of water with it, and meals take me about twice as long as before. My wife finishes and sits there waiting for me.
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
T: For the note: clinical swallow eval post ACDF, regular solids with chin tuck, thin liquids, EAT-10 eighteen, throat clear with crackers and large gulps, recommend FEES.
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
C: She says that every time. At home she tried to drive to the store on Tuesday, I had to hide the keys. The neurologist said no driving until she's cleared, and she says she feels completely fine, so it's a fight every day.
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
T: Turn the plate halfway through, that helps, and put a bright placemat edge on the left so she has something to find. Same idea as the red line. Now the medication schedule. Here's a pill organizer, fill it from this list.
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
T: It is. Okay, that's the session. For the note: cognitive intervention, forty minutes today, attention to left, medication management, inferencing. Line bisection eighteen of twenty with the anchor, pill organizer with two verbal cues, inferences nine of twelve.
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
T: Clear and strong. Try it again, but call the pharmacy this time, like you're asking about a refill.
P: Hi, this is Karen Koenig, I'm calling to ask about my refill.
T: Good onset, no breathiness on the name. VHI-10 today is twenty-four, it was thirty-one at the start.
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
  negated=["fever", "congestion", "coughing"], absent=["Wheel of Fortune", "the four-eighteen bus"],
  text="""
T: Hi Mr. Osei, I'm Hannah. How's the swallowing since last week? You were intubated eleven days, so it takes time.
P: Better. Eating the soft stuff. Scrambled eggs, the mashed potatoes, the minced chicken my daughter makes. Meals take about forty-five minutes though, I get tired halfway through and my voice gets weak.
T: Any fever, chest congestion?
P: No fever, no congestion.
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
T: Ten out of ten correct sequence with min verbal cues. Now a trial of thin water, three sips, single sips only. If these are clean, we'll think about thin liquids at home next week, not before.
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
T: Beautiful. Our student, Tyler, is going to count the S productions with me. Tyler, what did you get?
T: I counted ten out of twenty?
T: Close, but I had eleven, you missed the one with the cough. Eleven out of twenty stands. Intelligibility to an unfamiliar listener, I'd rate seventy-five percent in connected speech, was forty percent at the start.
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
P: Honestly, good. Nobody's misgendered me on the phone in three weeks. I called the bank, the pharmacy, and my insurance company, and every one of them said ma'am. The insurance one was a forty-minute call, on hold most of it, and my voice held up the whole time.
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
P: Barcelona was amazing, my mom came too, she had her hip replaced last year and walked everywhere, the ninety-dollar dinner was worth every cent, and I ordered everything myself in Spanish.
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

# ---------------------------------------------------------------------------------------------
# PT test (7)
# ---------------------------------------------------------------------------------------------

S("g_pt09_ankle_sprain_eval_low", "test", "PT", "evaluation", "PT", "cms",
  timed={"97110": 13}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["lateral ankle sprain|ankle sprain|inversion sprain", "anterior drawer", "4/10|four out of ten|4 out of 10",
         "7/10|seven out of ten|7 out of 10", "dorsiflexion 5|5 degrees|five degrees", "inversion 20|20 degrees|twenty degrees",
         "figure-of-eight 55|55 centimeters|55 cm|fifty-five", "single-leg stance|single leg stance",
         "alphabet|ankle alphabet", freq(2, 4, "twice a week for four weeks")],
  negated=["pop", "numbness", "bruising"], absent=["thirty-eight to thirty-five", "volleyball banquet"],
  text="""
T: Hi Tessa, I'm Ben, I'm the physical therapist. Left ankle, rolled it at volleyball twelve days ago?
P: Twelve days. Landed on someone's foot at the net.
T: Inversion sprain, so the foot rolled in under you. Did you hear a pop?
P: No, I didn't hear anything. It just hurt right away.
T: Any numbness or tingling in the foot?
P: Nope.
T: Bruising?
P: There was some the first week, but not since the weekend, it's gone now.
T: Okay, the bruising resolved. Pain now?
P: Four out of ten.
T: Worst?
P: Seven out of ten, going down stairs. Best is like a one, lying down.
T: At night?
P: Doesn't wake me.
T: Good. My mom had three ankle surgeries, so I'm glad we're not there. X-rays were negative, right?
P: Negative, urgent care did them.
T: Let me measure. Pull toes up: dorsiflexion five degrees, right side fifteen. Inversion twenty degrees, painful at the end. Eversion fine.
P: Turning in is the sore part.
T: Anterior drawer, a little loose compared to the right, but a firm end feel. Figure-of-eight: fifty-five centimeters on the left, fifty-two and a half on the right.
P: Still swollen.
T: Yep. Single-leg stance on the left, eleven seconds, right is thirty plus.
P: Wobbly.
T: Okay, exercises: ankle alphabet, twice through, towel stretch hold thirty seconds three times, and the yellow band in four directions, ten reps each.
P: That's a lot of reps.
T: That was thirteen minutes of ther ex. This is a low complexity evaluation, a healthy athlete, one body part, stable.
P: When can I play? The volleyball banquet is next week, but the playoffs are in three weeks. Coach said to ask if I can tape it and play.
T: We'll see. We lost thirty-eight to thirty-five in my rec league last night, so I feel your pain. Plan: twice a week for four weeks, and if the swelling is down by Friday we'll start hopping.
P: Okay.
T: For the note: PT eval low complexity, ther ex times thirteen, DF five, inversion twenty, figure-of-eight fifty-five versus fifty-two and a half, SLS eleven seconds, HEP issued.
""")

S("g_pt10_gtps_hip_eval_mod", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 18, "97112": 8}, untimed=["97162"], key="97162x1:GP 97110x1:GP 97112x1:GP",
  facts=["greater trochanteric pain syndrome|GTPS|gluteal tendinopathy", "lateral hip", "6/10|six out of ten|6 out of 10",
         "3/10|three out of ten|3 out of 10", "hip abduction 3+/5|3+/5|three plus", "Trendelenburg",
         "LEFS 44|44/80|forty-four", "clamshells|clamshell", "side-lying|sidelying"],
  negated=["groin pain", "numbness", "back pain"], absent=["Zumba", "two forty-five"],
  text="""
T: Hi Mrs. Carvalho, I'm Ines, physical therapy. Right lateral hip pain, six months, your doctor wrote greater trochanteric pain syndrome.
P: That's the one. I can't lie on that side.
T: Pain now, zero to ten?
P: Three out of ten sitting here.
T: Worst?
P: Six out of ten at night, when I roll onto it. And climbing the stairs.
T: Best?
P: Maybe a two in the morning.
T: Any groin pain?
P: No, none of that.
T: Numbness down the leg?
P: Not really. Sometimes the thigh feels funny, but I wouldn't say numb.
T: Any back pain?
P: Mm-mm. My back's great, it's just the hip.
T: Okay. My sister has the same thing, she blamed Zumba. You do any classes?
P: I used to do Zumba, not since this started.
T: Let me look. Hip abduction three plus out of five on the right, four plus on the left. Positive Trendelenburg on the right, the hip drops when you stand on that leg. Tender right over the lateral hip.
P: Right there, yes.
T: LEFS is forty-four out of eighty.
P: Is that bad?
T: It's about half function, so there's room. I'd have liked to do ultrasound, but your skin is too sensitive on that side, so no ultrasound today.
P: Good, I hate the gel.
T: Exercises: isometric hip abduction against the wall, hold thirty seconds, five times, then clamshells with a yellow band, three sets of ten, bridges, two sets of ten. That was eighteen minutes.
P: The clamshells burn.
T: Then balance, standing on the right leg at the counter, keeping the pelvis level, eight minutes.
T: Sorry, Ines, your two forty-five is early, she's in the lobby.
T: Thanks, I'll be right there. So, no side-lying on the right, pillow between the knees at night, and don't cross your legs.
P: I cross my legs all the time.
T: Try not to for now. This is a moderate complexity evaluation: six months of pain, sleep affected, some balance changes. Twice a week for six weeks. Your FOTO score is fifty-two, we'll redo it in a month.
P: Okay.
""")

S("g_pt11_lumbar_fusion_daily", "test", "PT", "daily", "PT", "per-code",
  timed={"97110": 16, "97530": 10, "97116": 7}, untimed=[], key="97110x1:GP 97530x1:GP",
  facts=["lumbar fusion|L4-5 fusion|L4-L5 fusion", "BLT|no bending, lifting, twisting|bending, lifting or twisting",
         "4/10|four out of ten|4 out of 10", "log roll|log rolling", "NuStep|level three|level 3",
         "golfer's lift|golfers lift", "rolling walker|walker", "300 feet|three hundred feet"],
  negated=["leg pain", "bowel or bladder", "numbness"], absent=["seventy-eight", "lemon bars"],
  text="""
T: Morning Mr. Hoang. Week four after the L4-5 fusion. How's the back?
P: Four out of ten. Stiff in the morning. The worst is getting out of bed, maybe a six, then it loosens up after the shower and the coffee. By the afternoon it's a three. I've been walking to the mailbox and back twice a day with the walker, and around the block once on Sunday with my son.
T: Any leg pain, down either leg?
P: No. I used to have the shooting pain before surgery, but not since the operation.
T: Numbness?
P: Nope.
T: Any change in bowel or bladder?
P: No, none of that.
T: Good. Still BLT, no bending, lifting, twisting. Remember?
P: B-L-T, like the sandwich.
T: Exactly. We start on the NuStep, level three, then the exercises.
P: Level three, okay.
T: Okay, after the NuStep, transverse abdominis bracing, hold ten seconds, ten reps, heel slides and bridges, two sets of ten. That was sixteen minutes of ther ex.
P: The bracing is sneaky hard.
T: Hey, Linh, are you doing the group at three? I need to know if room B is free.
T: I think Sam has it. Sorry. Now functional: log roll in and out of bed, the golfer's lift to pick up the paper, and getting in and out of the car seat.
P: The golfer's lift makes me feel fancy. I used to play every Saturday at the muni course, so at least I look the part now. My son says I'll be back out there by spring, but I don't want to push it.
T: That was ten minutes, functional training. And a short gait piece with the rolling walker, three hundred feet, working on a longer stride, seven minutes.
P: My wife made lemon bars for you all, they're at the front.
T: You didn't have to! My grandpa is seventy-eight and still bakes, we'll compare. So the plan next week, twenty minutes of gait if you're off the walker, and we'll add the step-ups.
P: Can I drive yet?
T: Ask the surgeon at the six-week visit, and not while you're still taking the narcotic.
P: Okay.
T: For the note: ther ex sixteen, ther act ten, gait seven, walker three hundred feet, log roll independent, tolerated well.
""")

S("g_pt12_knee_oa_pta_estim", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 21, "97140": 9}, untimed=["G0283"], key="G0283x1:GP,CQ 97110x1:GP,CQ 97140x1:GP,CQ",
  facts=["knee osteoarthritis|knee OA|osteoarthritis", "5/10|five out of ten|5 out of 10", "flexion 110|110 degrees|hundred and ten",
         "lacking eight|-8|minus eight", "e-stim|electrical stimulation|IFC|interferential", "cold pack|ice pack",
         "mini squats|mini-squats", "patellar mobs|patellar mobilization|mobs", "level five|level 5"],
  negated=["giving way", "locking", "swelling in the calf"], absent=["Jeopardy", "sixty-two fifty"],
  text="""
T: Hi Mr. Pruitt, I'm Carla, the PTA today. Right knee osteoarthritis. How's the knee?
P: Five out of ten. It's the weather.
T: Worst this week?
P: Seven going down the church steps. Best a three after the shot.
T: Any giving way, buckling?
P: No. Well, once I think it maybe wobbled? I'm not sure. But it didn't buckle, I didn't fall or anything.
T: Okay, it didn't give way, you felt a wobble and stayed up. Any locking?
P: Nope.
T: Any swelling in the calf, pain in the calf?
P: No, none of that.
T: Good. Let me measure. Bend... flexion a hundred and ten degrees. Straighten... you're lacking eight, minus eight.
P: That's the same, right?
T: Same as last week. Okay, bike first, level five, then exercises: quad sets, straight leg raises with two pounds, three sets of ten, mini squats at the counter, step-ups on the four-inch step.
P: My wife says I should be doing the bike at home too.
T: She's right. Keep going, last set of mini squats.
P: Did you see Jeopardy last night? The guy won sixty-two fifty on the last question.
T: I missed it. Okay, bike and exercises, twenty-one minutes.
P: Felt like an hour.
T: Lie back now, patellar mobs and tibiofemoral mobs to get that extension, grade three.
P: Tight.
T: That was nine minutes of manual. Now the e-stim, interferential around the knee, with the cold pack, fifteen minutes on the timer. I'll step out and check on you.
P: Fine by me.
T: Here's your call button. If it's too strong, turn this knob down.
P: The pharmacy said I should ask if the e-stim machine is something I can buy.
T: Ask the PT at your progress visit. She can order a home unit if it helps.
P: Okay.
T: Home program the same: quad sets, leg raises, and the heel slide stretch twice a day. If it swells after the church steps, ice and elevate.
P: My wife says I should get thirty minutes of the machine, not fifteen.
T: Fifteen is the right dose for you. For the note: PTA visit, ther ex times twenty-one, man tx nine, unattended IFC with cold pack fifteen on the timer, flexion one ten, minus eight extension, tol well.
""")

S("g_pt13_impingement_pta_split", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 23, "97140": 8, "97530": 11}, untimed=[], said_exempt=("97110",),
  key="97110x2:GP,CQ 97140x1:GP,CQ 97530x1:GP,CQ,59",
  facts=["subacromial|impingement", "painful arc", "3/10|three out of ten|3 out of 10", "flexion 155|155 degrees|hundred fifty-five",
         "scapular stabilization|scapular", "green band", "posterior capsule|sleeper stretch", "overhead|reaching overhead",
         "one pound|1 pound|1 lb"],
  negated=["numbness in the arm", "night pain", "weakness"], absent=["Home Depot", "two for five"],
  text="""
T: Hey Mr. Sandoval, I'm Jamal, the PTA. Right shoulder impingement, subacromial pain. How's it?
P: Three out of ten right now. Worst is a five when I reach up to the top shelf at work.
T: Any night pain?
P: Not anymore. Used to wake me up, but not since the second week.
T: Numbness in the arm?
P: Nope.
T: Weakness, dropping things?
P: Not really, no.
T: Okay. Lift your arm... flexion a hundred fifty-five degrees, painful arc between ninety and one twenty.
P: That's the pinch.
T: Let's warm up with exercises: scapular stabilization, rows with the green band, three sets of ten, the sleeper stretch for the posterior capsule, hold thirty seconds. That first part was twelve minutes.
P: Okay.
T: Now lie down, I'll do posterior glides at the shoulder and soft tissue to the upper trap.
P: Oof.
T: Relax. That was eight minutes of manual.
T: Jamal, phone for you, line two, it's the front desk about Mrs. Kwan's copay.
T: Tell them I'll call back in twenty. Sorry. Now back to exercises: sidelying external rotation with one pound, prone Ys and Ts, wall slides. That second part was eleven minutes.
P: The Ys are tough.
T: Last, a separate block, work tasks: lifting boxes onto the overhead shelf, the reach and place with the bins. You stock shelves at Home Depot, right?
P: Home Depot, yep. The paint aisle. The gallon cans go on the top shelf, that's the worst, and the five-gallon buckets on the bottom. They put me on the register for two weeks but I'm back on the floor now, with the step stool.
T: So reaching overhead with good scapular control, that was eleven minutes of functional activity.
P: They had a two for five sale on the paint brushes, I spent the whole shift restocking.
T: That's good practice then. If the painful arc is gone next week, the PT will add the overhead press. Keep the band rows and the sleeper stretch daily.
P: Got it.
T: For the note: ther ex twelve before the manual and eleven after, manual eight, functional eleven, band and weights as listed, tolerated well.
""")

S("g_pt14_neuropathy_balance_progress", "test", "PT", "progress", "PT", "cms",
  timed={"97112": 19, "97116": 12, "97110": 9}, untimed=[], key="97112x1:GP 97116x1:GP 97110x1:GP",
  facts=["peripheral neuropathy|diabetic neuropathy|neuropathy", "monofilament", "Berg 47|47/56|forty-seven",
         "Berg 39|39/56|thirty-nine", "TUG 11|11 seconds|eleven seconds", "ABC 62|62%|sixty-two percent",
         "goal met|met", "partially met", "not met", "single-point cane|cane", freq(2, 4, "twice a week for four more weeks")],
  negated=["falls", "foot wounds", "chest pain"], absent=["Dolly Parton", "ninety-nine cents"],
  text="""
T: Hi Mrs. Oyelaran. Progress report today, tenth visit. Diabetic peripheral neuropathy, balance. Any falls since last time?
P: Nope. I think I might have bumped into the dresser? But I didn't go down.
T: Bumped, no fall. Any foot wounds, blisters, sores?
P: No, none of that. I check every night like you said.
T: Chest pain with the exercise?
P: Mm-mm.
T: Good. Monofilament: she feels it at the big toe now on the right, still not on the left forefoot, four of ten sites on the left.
P: The left is the dead one.
T: Berg balance forty-seven out of fifty-six. It was thirty-nine at the evaluation.
P: That's eight points!
T: Eight points, real change. TUG eleven seconds with the single-point cane, down from sixteen.
P: I took the cane to the Dolly Parton concert and nobody stepped on me.
T: Ha. ABC confidence scale, sixty-two percent, up from forty.
T: Goals: Berg above forty-five, goal met. Walking in the grocery store with the cane without loss of balance, partially met, you still grab the cart. Getting up from the floor on your own, not met.
P: The floor is scary.
T: That's next. Okay: balance work, foam, narrow stance, eyes closed, reaching for the cones, then tandem walking. That block was somewhere between eighteen and twenty minutes... call it nineteen.
P: The eyes closed part is hard.
T: Then gait: with the cane outside on the grass and the curb, twelve minutes.
T: Dr. Ruiz, I wrote fifteen for the gait, is that right?
T: No, Kendra, twelve. Kendra's our PT student this month, Mrs. Oyelaran. Kendra, you started your watch while I was still setting up the cones outside, she was sitting on the bench. The walking itself was twelve.
P: The curb's better.
T: And strength, sit to stand, three sets of ten, heel raises, nine minutes.
P: Can you put down that I did two hours? My daughter said you could.
T: I can only write what we did today, and today was forty minutes of treatment.
P: Okay, okay. I found a ninety-nine cents store by my house with the foot cream.
T: Use the cream but not between the toes. Plan: twice a week for four more weeks, floor transfers, outdoor walking.
P: Okay.
T: For the note: pt seen for NMR times nineteen, gait twelve with SPC, ther ex nine, Berg forty-seven, TUG eleven, goals updated.
""")

S("g_pt15_hamstring_strain_discharge", "test", "PT", "discharge", "PT", "per-code",
  timed={"97110": 25, "97112": 10}, untimed=[], key="97110x2:GP 97112x1:GP",
  facts=["hamstring strain|grade II hamstring|hamstring", "Nordic|Nordics", "0/10|zero out of ten|no pain",
         "90/90|ninety-ninety|straight leg raise 80|80 degrees|eighty degrees", "hop test|single hop",
         "95%|ninety-five percent", "LEFS 78|78/80|seventy-eight", "goals met|all goals met|met",
         "discharge|discharged", "return to running|back to running|running"],
  negated=["pain with sprinting", "bruising", "tightness"], absent=["Boston qualifier", "forty-one seconds"],
  text="""
T: Hi Marcus. Last day. Left grade II hamstring strain, ten weeks ago. How's the leg?
P: Zero out of ten. I ran six miles Sunday.
T: Any pain with sprinting?
P: Nope. I did strides on the track, nothing.
T: Bruising anywhere?
P: That was gone by week three.
T: Tightness in the morning?
P: Not really. I used to feel it getting out of the car, but not since last month.
T: Great. Straight leg raise eighty degrees on the left, eighty-two on the right. Ninety-ninety test, lacking ten on both sides, symmetric.
P: I've always been tight. My high school coach used to make me stretch before everyone else. I've been doing the stretches you gave me after every run, and the roller, but honestly the Nordics are what made the difference, I can feel it on the hills now.
T: Strength: hamstrings five out of five, no pain with the resisted test. My dad tore his hamstring water skiing, took him a year, so you did great. Single hop for distance, left is ninety-five percent of the right.
P: Ninety-five is good?
T: Above ninety is what we want. LEFS seventy-eight out of eighty.
P: I'm training for a Boston qualifier, my last marathon was forty-one seconds too slow.
T: Oof. Last session then: Nordics, three sets of five, single-leg deadlifts with twenty pounds, bridges on the ball, hip thrusts. That was twenty-five minutes of ther ex.
P: Nordics are brutal.
T: They're the reason you won't re-tear. Then agility and control: A-skips, the ladder, deceleration drills, single-leg landing. About ten minutes, neuromuscular.
P: That was fun.
T: Goals: return to running pain free, met. Hop test above ninety percent, met. Back to speed work, met. All goals met, you're discharged.
P: Do I keep the Nordics forever?
T: Twice a week forever, yes. If you feel a grab in the back of the thigh, stop and call us.
P: What about the speed work schedule?
T: One track session a week for the first month, then build.
P: And the foam roller, before or after?
T: Before runs, two minutes each leg, nothing fancy. And sleep, honestly, that matters more than the roller.
P: Thanks, Ana.
T: Good luck in the spring.
""")

# ---------------------------------------------------------------------------------------------
# OT test (8)
# ---------------------------------------------------------------------------------------------

S("g_ot08_cubital_tunnel_eval_mod", "test", "OT", "evaluation", "OT", "cms",
  timed={"97760": 14, "97535": 10}, untimed=["97166"], key="97166x1:GO 97760x1:GO 97535x1:GO",
  facts=["cubital tunnel|ulnar nerve", "Tinel|Tinel's", "elbow flexion test", "grip 38|38 pounds|thirty-eight pounds",
         "key pinch 9|9 pounds|nine pounds", "Froment", "elbow extension splint|night splint|elbow splint",
         "two-point discrimination|2-point discrimination", "8 millimeters|8 mm|eight millimeters",
         "elbow pad|towel wrap"],
  negated=["neck pain", "thumb numbness", "weakness in the other hand"], absent=["Tacoma", "a dollar twenty"],
  text="""
T: Hi Mr. Strand, I'm Mei, occupational therapy. Left cubital tunnel, numbness in the ring and small fingers?
P: Four months. Worse at night and when I'm on the phone. I sleep with my arms bent up under the pillow, my wife says, and I wake up with the pinky numb and have to shake it. At work I'm on the phone most of the day, the call center, and I lean on the elbows at the desk.
T: Pain, zero to ten?
P: Now a two. At night it's a five, the tingling wakes me.
T: Any neck pain?
P: No. I had neck pain years ago, but not since I quit the warehouse.
T: Any thumb numbness?
P: Nope, thumb's fine.
T: Any weakness in the other hand?
P: Mm-mm. Right's perfect.
T: Okay. Tinel's at the elbow... positive, tingling into the small finger. Elbow flexion test, positive at forty seconds.
P: There it is.
T: Two-point discrimination, small finger, eight millimeters on the left, four on the right. Froment's sign positive on the left, the thumb bends when you pinch the paper.
P: I didn't know that was a thing.
T: Grip thirty-eight pounds on the left, seventy on the right. Key pinch nine pounds left, eighteen right.
P: That's half.
T: It is. I'm going to make an elbow extension splint for nights, thirty to forty-five degrees of flexion, heating the material.
P: My uncle in Tacoma had the surgery. He said it didn't help.
T: Every case is different. Splint first. Hold the arm here... trim... strap. That fabrication and fitting was fourteen minutes.
P: Snug.
T: Then we went through your day: the phone with a headset, the elbow pad at the desk, not leaning on the elbow in the car, the towel wrap backup. Ten minutes of self-care and work training.
P: A headset costs like a dollar twenty at the discount place, I'll get one.
T: Perfect. Your QuickDASH is thirty-eight. This is a moderate complexity evaluation: nerve involvement, sleep affected, job demands. Plan: once a week for six weeks. If the pinch drops further or the numbness becomes constant, I'll call your surgeon.
P: Sounds good.
""")

S("g_ot09_trigger_finger_eval_low", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 9}, untimed=["97165"], key="97165x1:GO 97110x1:GO",
  facts=["trigger finger|stenosing tenosynovitis", "middle finger|long finger", "A1 pulley|nodule", "grade 2|grade II",
         "MCP splint|trigger finger splint|ring splint", "tendon glides", "3/10|three out of ten|3 out of 10",
         "QuickDASH 20|20|twenty", freq(1, 3, "once a week for three weeks")],
  negated=["locking", "swelling", "numbness"], absent=["sourdough", "fifteen thousand steps"],
  text="""
T: Hi Mrs. Adeyemi, I'm Chris, OT. Right middle finger, trigger finger?
P: Yes. It catches in the morning, then I have to pull it straight. It started in the summer, after I did all the canning, forty jars of tomatoes. By lunch it usually loosens up and it only catches if I grip something hard, like the steering wheel or the mop.
T: Does it lock, stuck bent where you can't get it out?
P: No, it never locks. It clicks, that's all.
T: Any swelling?
P: Not really.
T: Numbness in the fingers?
P: Nope.
T: Pain now?
P: Three out of ten. Worst a six in the morning, when I'm kneading the sourdough.
T: Let me feel... a nodule at the A1 pulley, tender. Triggering with active flexion, corrects on its own: that's grade 2.
P: Grade two. Is that bad?
T: It's early, good time to start. Full fist, full extension, no loss of motion. QuickDASH today twenty.
P: My mom had three of these, both hands, she had the shots.
T: It runs in families sometimes. Okay, I'm going to give you an MCP splint, this premade ring splint, it keeps the knuckle straight so the tendon rests.
P: Like a ring.
T: Like a ring. Now exercises: tendon glides, hook fist, straight fist, full fist, ten reps each, twice a day, and the gentle stretch, hold thirty seconds.
P: Ten each.
T: Also, avoid the hard gripping, use a bigger handle for the dough scraper.
P: I walk fifteen thousand steps a day at the hospital, and I grip the cart all the time.
T: Pad the handle with foam. The ring splint is off the shelf, nothing to make. The tendon glides and the stretch practice took nine minutes.
P: Okay.
T: This is a low complexity evaluation, one finger, no other conditions. Once a week for three weeks, and if it's locking by then we talk about the injection.
P: Three weeks. Do I wear the ring at night too?
T: Day and night for the first three weeks, off only to wash and for the glides. If it rubs or your finger gets puffy, loosen it and call me.
P: Okay, I'll call if it rubs.
""")

S("g_ot10_crps_hand_reeval", "test", "OT", "re-evaluation", "OT", "per-code",
  timed={"97110": 12, "97112": 18}, untimed=["97168"], key="97168x1:GO 97110x1:GO 97112x1:GO",
  facts=["CRPS|complex regional pain syndrome", "mirror therapy|mirror box", "graded motor imagery",
         "7/10|seven out of ten|7 out of 10", "4/10|four out of ten|4 out of 10", "desensitization",
         "edema|swelling", "grip 22|22 pounds|twenty-two pounds", "composite fist|fist", "laterality"],
  negated=["color change", "sweating", "fever"], absent=["Mahjong", "seven hundred"],
  text="""
T: Hi Ms. Iverson, re-evaluation today. Left hand CRPS, after the wrist fracture, twelve weeks of therapy. How's the hand?
P: Better. Four out of ten now. At the start it was seven out of ten all day.
T: Worst this week?
P: Six, when my grandson grabbed it. At night maybe a three now.
T: Any color change, the purple we used to see?
P: No, not since October.
T: Sweating in that hand?
P: Nope.
T: Fever, anything like an infection?
P: Mm-mm.
T: Good. Edema: figure-of-eight at the wrist, two centimeters more than the right, it was four. Swelling down.
P: My rings fit again. Almost.
T: Composite fist: fingertips to palm now, one centimeter short on the ring finger. Grip twenty-two pounds, the right is fifty.
P: Better than the eight I started with.
T: Much better. Laterality recognition, left and right hands on the app: eighty-five percent correct, two point one seconds average.
P: I play that on my phone during Mahjong.
T: Perfect. So the graded motor imagery and mirror therapy: the mirror box, you watch the right hand, imagine the left, tapping and fisting. Then the desensitization, the textures from soft to rough.
P: The rough one is okay now. It used to feel like fire.
T: That neuromotor block, the mirror and imagery and desensitization, was eighteen minutes. Then active range of motion and light putty, twelve minutes.
P: Putty is easy now.
T: My cousin paid seven hundred for a home laser thing, don't bother. Re-eval summary: pain down from seven to four, grip up, edema down. Goals updated: grip to thirty pounds, type for thirty minutes at work.
P: I'd love to type again.
T: Sorry, hang on... Hi, yes, this is Grace in OT. ... No, her authorization has six visits left, the front desk has it. ... Okay. Sorry, Ms. Iverson.
T: Plan: once a week for six weeks. If the pain climbs above six again, we'll call Dr. Moss about the nerve block.
T: For the note: OT re-eval, NMR times eighteen, mirror and GMI and desensitization, ther ex twelve, grip twenty-two, edema plus two centimeters, pain four of ten.
P: Okay, thank you.
""")

S("g_ot11_lateral_epicondylalgia_daily", "test", "OT", "daily", "OT", "per-code",
  timed={"97110": 16, "97140": 12, "97035": 7}, untimed=[], key="97110x1:GO 97140x1:GO",
  facts=["lateral epicondylalgia|lateral epicondylitis|tennis elbow", "counterforce strap|counterforce brace",
         "5/10|five out of ten|5 out of 10", "grip 41|41 pounds|forty-one pounds", "pain-free grip",
         "eccentric wrist extension|eccentric", "Tyler twist|FlexBar", "ultrasound", "cross-friction|transverse friction"],
  negated=["numbness", "neck pain", "swelling"], absent=["the Mariners", "eleven-forty"],
  text="""
T: Hi Mr. Tanaka. How's the right elbow, the lateral epicondylalgia?
P: Five out of ten today. I painted the fence Saturday, bad idea. Four hours with the brush, I should have used the roller. Sunday I couldn't lift the coffee pot without it zinging up the forearm, but by Monday it settled down to where it usually is.
T: Worst?
P: Seven on Sunday morning. Best is two.
T: Any numbness in the hand?
P: Nope.
T: Neck pain?
P: Not really. I get stiff but no pain.
T: Swelling at the elbow?
P: No, none of that.
T: Okay. Pain-free grip first: squeeze until it just starts to hurt... pain-free grip forty-one pounds, last week thirty-five.
P: Progress.
T: Still wearing the counterforce strap at work?
P: Every day. Two fingers below the elbow, like you showed me. I take it off for driving because it digs in. The guys at the plant make fun of it, but it helps with the wrench.
T: Good. Today: the eccentric wrist extension with two pounds, three sets of fifteen, slow down, the Tyler twist with the red FlexBar, and the stretch, hold thirty seconds. That was sixteen minutes.
P: The FlexBar is weird.
T: It works. Now, Danielle, our PT, is co-treating with me today for your shoulder. She's doing her own piece, about twenty minutes, and she documents her own time.
P: Two therapists, I'm popular.
T: Lie back. Cross-friction massage to the tendon and soft tissue to the forearm extensors.
P: Ow. That's the spot.
T: Manual was twelve minutes. Then ultrasound over the lateral elbow, one megahertz, pulsed, seven minutes.
P: Warm.
T: Hey Kenji, the eleven-forty is here, should I take him back?
T: Yes, go ahead, I'll be there in five. Sorry Mr. Tanaka.
P: No problem. Did you see the Mariners game?
T: Painful. So, home program: the eccentrics every day, the FlexBar every other day. If the pain is still at five after the painting is done, we'll add the dry needling referral.
P: Got it.
T: For the note: OT, ther ex sixteen, manual twelve, US seven, pain-free grip forty-one, tolerated well. PT co-treat time documented by PT.
""")

S("g_ot12_copd_energy_ota_cms", "test", "OT", "daily", "OTA", "cms",
  timed={"97535": 18, "97530": 13}, untimed=[], key="97535x1:GO,CO,59 97530x1:GO,CO",
  facts=["COPD", "pursed-lip breathing|pursed lip breathing", "energy conservation", "SpO2 91|91%|ninety-one percent",
         "2 liters|two liters|2 L", "shower chair", "Borg 4|Borg of 4|four on the Borg", "laundry|folding towels",
         "modified independent|mod I"],
  negated=["chest pain", "dizziness", "ankle swelling"], absent=["Bingo", "forty-five dollars"],
  text="""
T: Hi Mrs. Bellamy, I'm Rhonda, OT assistant. How's the breathing today? COPD acting up?
P: Not too bad. The cold makes it worse.
T: Any chest pain?
P: Nope.
T: Dizziness?
P: Not really. Once on Sunday, I think, when I stood up fast? I'm not sure it was dizzy, more like tired.
T: Did the room move, or did you feel faint?
P: No, nothing like that. Just tired.
T: Okay, no dizziness, tired on standing. Any ankle swelling?
P: Mm-mm, none.
T: Oxygen on two liters. Let me check, SpO2 ninety-one percent resting, heart rate ninety-four.
P: That's normal for me.
T: Good. First, bathing and dressing with energy conservation. Sit on the shower chair, dress sitting down, pursed-lip breathing as you pull the pants up.
P: Smell the roses, blow out the candle.
T: Exactly. Modified independent for dressing, mod I, with the chair and the breathing. Then planning your morning, spreading out the chores, bathing at night. That was eighteen minutes of self-care training.
P: My daughter says I should just do everything on Saturdays.
T: No, spread it out. Borg now?
P: Four on the Borg.
T: Okay, rest a minute. Oxygen ninety-one percent. Next, a separate block, functional tasks: the laundry, folding towels at the counter, carrying the basket on the walker seat, reaching to the dryer.
P: I hate laundry anyway.
T: Everyone hates laundry. That laundry block was thirteen minutes, therapeutic activity.
P: I have Bingo tonight, forty-five dollars in the pot last week.
T: Sit down for the Bingo, then. SpO2 after, ninety-two. If you drop under eighty-eight at home with the laundry, stop and do the pursed-lip breathing.
P: Eighty-eight, I'll remember.
T: Next week we'll do the kitchen, the meal prep, that's an IADL goal. I'll tell the OT your progress.
T: For the note: OTA visit, self-care training times eighteen, ther act thirteen, SpO2 ninety-one to ninety-two on two liters, Borg four, mod I dressing with shower chair.
P: Thank you, hon. Oh, and the doctor's office wants to know if I need a new walker.
T: I'll pass that to the OT, she can write the recommendation after your next visit. Your walker seat is cracked, I saw that.
P: It pinches me. Thank you.
""")

S("g_ot13_scaphoid_fx_progress", "test", "OT", "progress", "OT", "cms",
  timed={"97110": 21, "97140": 9, "97530": 11}, untimed=[], key="97110x1:GO 97140x1:GO 97530x1:GO,59",
  facts=["scaphoid fracture|scaphoid", "wrist extension 50|50 degrees|fifty degrees", "wrist flexion 45|45 degrees|forty-five degrees",
         "grip 52|52 pounds|fifty-two pounds", "PRWE 38|38|thirty-eight", "goal met|met", "partially met",
         "not met", "push-up|weight bearing", freq(2, 4, "twice a week for four more weeks")],
  negated=["snuffbox tenderness", "clicking", "numbness"], absent=["Halo", "my buddies"],
  text="""
T: Hi Jordan. Progress report day, ten visits. Right scaphoid fracture, cast off eight weeks ago. How's the wrist?
P: Good. Two out of ten, except push-ups.
T: Any snuffbox tenderness, when I press here?
P: Nope. Used to kill, but not since the cast came off.
T: Any clicking in the wrist?
P: No, none of that.
T: Numbness?
P: Mm-mm.
T: Good. Wrist extension fifty degrees, wrist flexion forty-five degrees. Left is seventy and seventy.
P: So still twenty shy.
T: Twenty shy on extension, yes. Grip fifty-two pounds, left eighty. PRWE today thirty-eight, it was seventy-one.
P: Nice.
T: Goals: typing a full shift without pain, goal met. Lifting a case of water, partially met, you can lift it but it hurts at the end. Push-ups on fists, not met, flat-hand push-up, weight bearing through the wrist, still painful.
P: Those are my gym goals. I've been doing the bike and legs, nothing with the wrist, like you said. I really want to get back to the bench press, but I know that's a while.
T: We'll get there. Lie back, joint mobs to the wrist, distraction and glides.
P: That's tight.
T: Manual was nine minutes. Now exercises: wrist extension with three pounds, three sets of ten, the pronation-supination with the hammer, the putty, the wall push holding thirty seconds. That was twenty-one minutes.
P: My buddies are playing Halo tonight, I'll need the controller hand.
T: Controller's fine. Last block, separate from the manual: carrying the crate, lifting the six-pack of water to the shelf, the push-up progression on the wall.
P: Six-pack of water, not the other kind.
T: Ha. That was eleven minutes of functional work. Plan: twice a week for four more weeks, add closed-chain weight bearing. If the pain with push-ups stays above four, I'll ask the surgeon about a CT.
P: Okay. Do I still wear the brace at the gym?
T: For the heavy lifting, yes, and at night you can stop. We'll recheck the PRWE at the next report.
P: Sounds good.
T: For the note: pt seen for ther ex times twenty-one, man tx nine, ther act eleven, separate blocks, wrist extension fifty, flexion forty-five, grip fifty-two, PRWE thirty-eight.
""")

S("g_ot14_digit_amputation_discharge", "test", "OT", "discharge", "OT", "per-code",
  timed={"97110": 13, "97535": 9}, untimed=[], key="97110x1:GO 97535x1:GO",
  facts=["amputation|index finger amputation|partial amputation", "index finger", "desensitization",
         "grip 61|61 pounds|sixty-one pounds", "lateral pinch 14|14 pounds|fourteen pounds", "QuickDASH 16|16|sixteen",
         "goals met|met", "discharge|discharged", "silicone sleeve|silicone", "return to work|back to work"],
  negated=["phantom pain", "cold intolerance", "drainage"], absent=["the Cowboys", "eighty-nine dollar"],
  text="""
T: Hi Mr. Reyes. Last visit. Left index finger partial amputation, table saw, twelve weeks ago. How's the hand?
P: Good. I'm back at the shop full time since Monday.
T: Back to work, great. Any phantom pain, feeling the missing part?
P: I used to feel the tip all the time, but not since the desensitization.
T: Cold intolerance, in the morning?
P: Not really. A little in the truck, but not bad.
T: Any drainage or open spots on the stump?
P: Nope, healed up.
T: Good. Grip sixty-one pounds, right is seventy-eight. Lateral pinch fourteen pounds, three-jaw chuck using the middle finger now, nine pounds.
P: I pinch with the middle finger now, without thinking.
T: That's the goal, the brain adapted. QuickDASH today sixteen, it was sixty-two.
P: Feels like a different hand from the first visit.
T: Goals: independent with the desensitization program, met. Grip above fifty pounds, met. Return to work with the saw safely, met. All goals met.
P: My wife wanted me to quit the saw. Not happening. I've been doing this thirty years. But I use the push stick every single time now, and I put a new blade guard on the table saw, the one with the sensor.
T: The push stick, every time. Last round: putty, the clothespins, the nut and bolt board, ten reps each. That was thirteen minutes.
P: The nut and bolt is my favorite.
T: And then the self-care and work training: skin care for the stump, when to wear the silicone sleeve, and using the adapted glove at the shop. That was nine minutes.
P: The sleeve's great. It was eighty-nine dollar though, insurance didn't cover it.
T: Keep the receipt, you can appeal. So you're discharged to your home program: desensitization with textures if it gets touchy, putty three times a week.
P: What if the cold gets worse this winter?
T: Wear the glove liner, and if it's limiting your work, call and we'll see you once.
P: Thanks. Cowboys had a rough weekend, huh?
T: I'm not talking about the Cowboys. Take care, Mr. Reyes.
P: You too.
T: Discharge note: all goals met, grip sixty-one, QuickDASH sixteen, independent with HEP.
""")

S("g_ot15_essential_tremor_ota_percode", "test", "OT", "daily", "OTA", "per-code",
  timed={"97535": 23, "97110": 8}, untimed=[], key="97535x2:GO,CO 97110x1:GO,CO",
  facts=["essential tremor|tremor", "weighted utensils|weighted spoon|weighted fork", "weighted cup|lidded cup|travel mug",
         "button hook", "wrist weights|wrist weight", "one pound|1 pound|1 lb", "Spiral|spiral drawing",
         "modified independent|mod I", "min A|minimal assist"],
  negated=["falls", "stiffness", "trouble swallowing"], absent=["crossword", "two-fifty a bag"],
  text="""
T: Hi Mr. Gallagher, I'm Pete, the OT assistant. Essential tremor, both hands, right worse. How's the week?
P: The soup's been on my shirt more than in my mouth. It's worse when I'm tired or nervous, and after coffee. Signing checks at the bank is the worst, the teller watches me and it gets worse. At home with nobody watching it's a little better.
T: We'll work on that. Any falls?
P: Nope.
T: Any stiffness, slowness, like the doctor was checking for?
P: No, none of that. The neurologist said it's just the tremor, not Parkinson's.
T: Good. Trouble swallowing?
P: Mm-mm. My brother has the tremor too, in his head, I'm lucky it's just the hands.
T: Okay. Let's try the weighted utensils. Weighted spoon with the soup, elbow on the table.
P: Oh. That's steadier.
T: Much steadier. Now the weighted cup, the lidded cup with the straw. And then the travel mug for coffee.
P: I spill the coffee every morning.
T: Travel mug solves that. Eating with the weighted spoon, modified independent, mod I. Now buttons: button hook, right hand.
P: Ugh, this.
T: Minimal assist, min A, for the small buttons, independent with the big ones. Now writing: the spiral drawing, and signing your name on the thick pen.
P: My crossword is a mess.
T: Try the thick pen with the crossword, it helps. All that, eating, the cups, dressing, writing strategies, twenty-three minutes of self-care training.
P: Worth it.
T: Now the wrist weights, one pound each, and some steadying exercises, elbow propped, ten reps, about eight minutes.
P: The weights help with the shaking too.
T: They can. If the tremor's worse with caffeine, cut back after noon.
P: The decaf at the store is two-fifty a bag, highway robbery.
T: Ha. I'll tell the OT the weighted spoon works, she can order you one. Next week, we'll try the cooking tasks.
P: Cooking. Terrifying.
T: We'll go slow. Oh, and your daughter called the front desk asking if we can write that you came twice this week for her insurance.
P: I came once.
T: Right, and the note says once. For the note: OTA visit, self-care training times twenty-three, ther ex eight with one-pound wrist weights, weighted spoon mod I, buttons min A.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("g_slp08_spasmodic_dysphonia_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["spasmodic dysphonia|adductor spasmodic dysphonia|laryngeal dystonia", "strain-strangled|strained|strangled",
         "voice breaks", "CAPE-V 62|62|sixty-two", "VHI-10 31|31|thirty-one", "maximum phonation time|MPT",
         "15 seconds|fifteen seconds", "whisper|whispering", "Botox|botulinum", "sustained vowel|sustained ah"],
  negated=["reflux", "swallowing problems", "smoking"], absent=["the choir", "Tuscany"],
  text="""
T: Hi Ms. Farrow, I'm Daniel, speech-language pathologist. The ENT sent you after the scope, with a question of spasmodic dysphonia?
P: Yes. It started two years ago, my voice just... catches.
T: When is it worst?
P: On the phone. And when I'm tense. I had to quit the choir.
T: Does it change if you whisper, or sing, or laugh?
P: Whispering is fine. Laughing is fine. Singing used to be okay but not anymore.
T: Any reflux, heartburn?
P: Nope.
T: Any swallowing problems?
P: No, none of that.
T: Any smoking, now or in the past?
P: Never smoked.
T: Okay. Let's hear a sustained vowel, "ah" as long as you can.
P: Ahhhhh.
T: Maximum phonation time fifteen seconds, voice steady on the vowel. Now count from one to ten.
P: One, two, th... three, four, f... five.
T: Voice breaks on the voiced onsets, strain-strangled quality. Now read: "We mow our lawn all year."
P: We mow our... lawn all year.
T: That sentence is all voiced, and it breaks. Now "Peter will keep at the peak."
P: Peter will keep at the peak.
T: Much smoother with the voiceless sounds. That pattern fits adductor spasmodic dysphonia, laryngeal dystonia. CAPE-V overall severity sixty-two. VHI-10 thirty-one out of forty.
P: My sister said I sound like I'm crying all the time.
T: That's the strain. My aunt in Tuscany has something similar, she gets the Botox every three months.
P: The ENT mentioned Botox.
T: Botox is the main treatment. Voice therapy can help you get more out of each injection and reduce the effort. I'd suggest six sessions around your first injection.
P: Can therapy fix it without the shots?
T: Usually not on its own, I want to be honest. The evaluation today took about forty-five minutes. I'll send the report to the ENT.
P: Okay. Thank you for explaining it.
T: If you have trouble swallowing after the Botox, call us right away. A little breathiness the first two weeks is expected, that's not a reason to worry.
P: My husband wants to know if he can sit in next time.
T: Of course. For the note: SLP voice eval, CAPE-V overall sixty-two, VHI-10 thirty-one of forty, MPT fifteen seconds, breaks on voiced onsets, impressions consistent with adductor SD, recommend Botox coordination and voice therapy.
""")

S("g_slp09_asd_pragmatic_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["autism|ASD|autism spectrum", "pragmatic|social communication", "CELF-5|CELF 5", "core language 84|84|eighty-four",
         "eye contact", "topic maintenance|maintaining topics|stays on topic", "9 years old|nine years old|9-year-old",
         "turn-taking|taking turns", "perspective taking|perspective-taking"],
  negated=["hearing loss", "echolalia", "seizures"], absent=["Minecraft", "three hundred diamonds"],
  text="""
T: Hi Eli, I'm Maya. Hi Mom. Eli's nine years old, autism diagnosed at five, and the school asked for a private speech evaluation for social communication?
C: Yes, nine years old. He's very verbal, but the kids don't get him. He talks about trains for twenty minutes.
T: Any hearing loss? Ear tubes?
C: No, none of that. His hearing test was normal last year.
T: Does he repeat phrases from shows, echolalia?
C: Not anymore. He used to, when he was little, but not since kindergarten.
T: Any seizures or medical issues?
C: Nope. Healthy.
T: Okay. Eli, tell me about something you like.
P: Minecraft. I have three hundred diamonds. Do you know about the Nether?
T: Tell me about the Nether. And then I want to hear about your school.
P: The Nether has ghasts. They shoot fireballs. And blazes. And...
T: And school?
P: School is fine. The ghasts...
T: Topic maintenance: he holds his own topic well, but shifting to mine takes two prompts. Eye contact fleeting, turn-taking with cues.
C: That's exactly what the teacher says. At recess he follows the other kids around telling them about the Nether, and they walk away, and then he comes home and says nobody likes him. That's the part that breaks my heart. He's so smart.
T: I gave the CELF-5 today: core language eighty-four, mildly below average. Pragmatics profile below the cutoff.
C: So the language is okay but the social part isn't.
T: Pretty much. Eli, look at this picture. Why is the girl sad?
P: Because her ice cream fell. She should get another one.
T: What might she be thinking?
P: I don't know. That she wants ice cream?
T: Perspective taking is an area to work on. We'll use the pictures and the video modeling.
C: Will it be in a group?
T: One-on-one first, then a peer group. Plan is once a week for twelve weeks.
C: Okay.
T: And I'll write the report for the school, so the IEP team has it.
C: His dad wants to know if he can do two sessions a week. Can you write that he needs more so insurance approves it?
T: I'll write what the testing shows, and once a week is what I recommend right now. If he plateaus, I'll ask for more.
""")

S("g_slp10_dementia_dysphagia_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["dementia|Alzheimer's", "IDDSI level 6|soft and bite-sized|level 6", "IDDSI level 1|slightly thick|level 1",
         "pocketing", "caregiver training|caregiver", "small bites|small sips", "chin tuck|chin down",
         "4/5|four of five|80%|eighty percent", "alternate solids and liquids|alternating solids and liquids|alternate bites and sips"],
  negated=["fever", "weight loss", "coughing at meals"], absent=["Lawrence Welk", "church bazaar"],
  text="""
T: Hi Mrs. Quintero, hi Luz. Mom's swallowing with the dementia, how was the week?
C: Better with the soft food. She's eating more.
T: Any fever, chest congestion?
C: No fever. Nothing like that.
T: Weight loss?
C: Not really. She's the same, one thirty-two, on the bathroom scale.
T: Coughing at meals?
C: Mm-mm, not since we switched the drinks. She used to cough at every dinner but not since the thick drinks.
T: Good. So she's on soft and bite-sized, IDDSI level 6, and slightly thick liquids, IDDSI level 1.
P: I want my coffee.
T: I know, Mrs. Quintero. We'll have coffee, slightly thick. Here, small sip.
P: It's fine.
T: Luz, watch her cheek: pocketing on the left. Ask her to sweep with her tongue, or check after three bites.
C: She does that with the rice.
T: Now a bite of the banana. Chin down, chin tuck, then swallow.
P: Chin down.
T: Good. Four of five trials with the chin tuck and no cough, eighty percent. Now let's alternate solids and liquids, a bite, then a sip.
C: I didn't know to alternate.
T: It clears the pocketing. Small bites, small sips, and sit her up straight for thirty minutes after.
P: I used to dance to Lawrence Welk with my husband.
C: She did, every Saturday.
T: That's lovely. So the caregiver training today: you practiced the cues, the chin tuck reminder, checking the cheek.
C: I feel better about it.
T: If she coughs at every meal again, or gets a fever, call the doctor and us right away.
C: The church bazaar is Sunday, can she have the tamales?
T: Tamales are hard, the masa sticks. Cut them small with extra sauce, or skip this one.
C: She'll be mad.
T: Then very small, and you watch her. Session today was about thirty minutes.
T: For the note: dysphagia treatment, IDDSI six solids, IDDSI one liquids, chin tuck four of five, left pocketing, caregiver trained in cues and alternating solids and liquids.
""")

S("g_slp11_meningioma_cog_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 11}, untimed=[], cog=26, key="97129x1:GN 97130x1:GN",
  facts=["meningioma|brain tumor|tumor resection", "executive function|planning", "working memory",
         "7/10|seven out of ten|7 of 10|70%", "5/8|five of eight|five out of eight", "mod cues|moderate cues|moderate verbal cues",
         "min cues|minimal cues", "smartphone|phone reminders|alarms", "word list|recall"],
  negated=["headaches", "seizures", "vision changes"], absent=["Powerball", "four hundred million"],
  text="""
T: Hi Mr. Adair. Eight weeks since the meningioma resection. How's the thinking this week?
P: Better. I'm forgetting less. My wife still writes everything on the fridge.
T: Any headaches?
P: No. I used to get headaches every afternoon but not since the steroids were tapered.
T: Any seizures, any staring spells?
P: Nope.
T: Vision changes?
P: Not really. Maybe blurry when I'm tired? I'm not sure it's new.
T: Okay, I'll note blurry when tired, not a change. Did you set up the phone reminders?
P: Three alarms a day on the smartphone. Pills, lunch, the walk.
T: Great. First task, working memory: I'll read numbers, you say them backward. Seven, two, nine, four.
P: Four, nine, two, seven.
T: Good. Ten trials... seven out of ten correct.
P: The six-digit ones got me.
T: That's normal for now. Now planning, executive function: here's a trip. You have to get to the pharmacy, the bank and the post office before noon, and the bank closes at eleven.
P: Bank first, then... pharmacy, then the post office.
T: Good, with minimal cues, min cues. Now the schedule task, eight appointments in a week, no overlaps.
P: This one's hard.
T: Take your time. Five of eight placed correctly, with moderate cues, mod cues, for the time conflicts.
P: I bought a Powerball ticket, four hundred million, you know. If I win I'm hiring you to do my schedule.
T: Ha. Now the recall, the five words I gave you when you came in?
P: Apple... table... penny. Something blue.
T: Three of five, two with a category cue. So the cognitive work today, somewhere between twenty-five and twenty-eight minutes... call it twenty-six, we started a bit late.
P: Sorry, the elevator.
T: No problem, and I spent ten minutes before you came calling the neurosurgeon's nurse about your MRI, that doesn't count toward today. Next week, if the schedule task is at six of eight, we'll add the budget task. Keep the alarms, and try the calendar on the phone for one week.
P: I'll try.
T: And if the headaches come back, call the neurosurgeon's office, not just us.
""")

S("g_slp12_interdental_lisp_daily", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["interdental lisp|interdental", "/s/|the S sound|S sound", "18/20|eighteen out of twenty|90%|ninety percent",
         "14/20|fourteen out of twenty|70%|seventy percent", "sentence level|sentences", "tactile cue|tactile cues",
         "butterfly|tongue behind the teeth|teeth together", "mirror"],
  negated=["thumb sucking", "ear infections"], absent=["Pokemon", "four dollars"],
  text="""
T: Hi Ava! Hi Grandpa. Interdental lisp, working on the S sound. How's she doing at home?
C: Better. She says "sister" right now, most of the time. When she's tired it slips and the tongue comes out again, especially at bedtime when she's telling me about her day. Her teacher said the class noticed too, one of the kids asked why she talks different, but that hasn't happened this month.
T: Is she still thumb sucking at night?
C: No, she stopped over the summer. No thumb sucking at all.
T: Good, that helps the tongue. Any ear infections?
C: Nope. None this year.
T: Okay Ava, teeth together, smile, tongue behind the teeth, and "sssss" like a snake.
P: Sssss.
T: Beautiful! Look in the mirror, no tongue peeking out. Words now: "sun", "sock", "soap", "seal".
P: Sun, sock, soap, thseal.
T: Oops, the tongue came out on that one. Tap your teeth. Again?
P: Seal.
T: Yes! Words with S at the start, eighteen out of twenty, ninety percent.
C: She's been practicing with her Pokemon cards, all the names with S.
P: Squirtle! Snorlax!
T: Ha, those are good ones. Now sentence level: "Sam sees six socks."
P: Sam sees six thocks.
T: Almost. Tongue behind the teeth for the last word... tactile cue, I'll tap your chin.
P: Sam sees six socks.
T: Sentences, fourteen out of twenty, seventy percent, with tactile cues on four of them.
C: She gets faster and then it slips.
T: Exactly, slow is fine. Ava, pick a sticker.
P: The butterfly one!
T: Grandpa, practice ten sentences a day with the mirror, and use the snake reminder, not "say it right".
C: Okay. The school pictures cost four dollars more because she wanted the blue background, that's all I know.
T: Ha. Next week, if she's at eighty percent in sentences, we'll move to the S blends and to S in the middle of words.
C: Sounds good. Can you write that she came twice this week? Her mom wants to see if the school will count it.
T: She came once this week, Mr. Lindgren, and that's what the note will say. I can give you a copy of today's note for the school.
C: That works.
""")

S("g_slp13_ataxic_dysarthria_progress", "test", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["ataxic dysarthria|dysarthria", "cerebellar stroke|cerebellar", "intelligibility 85%|85%|eighty-five percent",
         "intelligibility 60%|60%|sixty percent", "pacing board|pacing", "rate control|slow rate|slowing down",
         "goal met|met", "partially met", "not met", "metronome"],
  negated=["trouble swallowing", "dizziness", "choking"], absent=["the Rolling Stones", "nineteen sixty-nine"],
  text="""
T: Hi Mr. Whitfield. Progress report today, ten sessions since the cerebellar stroke, for the ataxic dysarthria. How's the speech at home?
P: My wife... understands me... most of the time now.
C: I'd say most of the time. Strangers still ask him to repeat.
T: Any trouble swallowing?
P: No.
T: Choking on anything, coughing?
P: Nope. Not since... the hospital.
T: Dizziness?
P: Not really. A little... when I turn fast. Same as before.
T: Same as before, no change. Okay. Let's read the paragraph with the pacing board, touch each square for each word.
P: The... boy... went... to... the store.
T: Good, that's rate control. Now without the board, the metronome at sixty beats, one word per beat.
P: My... wife... and... I... saw... the Rolling Stones... in nineteen sixty-nine.
C: We did, at Hyde Park. Well, he did, I was at the back.
T: Lovely. Intelligibility in sentences, unfamiliar listener, I had our student score it blind: eighty-five percent. At the evaluation, sixty percent.
P: Eighty-five!
T: Goals: sentence intelligibility above eighty percent, goal met. Conversation with strangers using rate control, partially met, you slip when you get excited. Phone calls with the pharmacy independently, not met yet.
C: He hands me the phone. Every time. The pharmacy, the doctor, even his brother in Ohio. He'll talk to his brother if I dial, but if the brother says what, what, he gives up and gives it to me.
P: They... talk too fast.
T: We'll practice phone scripts. Conversation now, tell me about your grandkids, slow and stressed.
P: Three... grandkids. The oldest... is at college.
T: Great pacing. Plan: continue once a week for eight weeks, phone practice, conversational rate control. Home: the paragraph reading with the metronome app, ten minutes a day.
C: Ten minutes, he does twenty, put down twenty.
T: I'll note he practices at home daily. That's his home program, not the session.
C: Fair.
T: If the speech suddenly gets worse, slurred out of nowhere, that's 911, not us.
T: For the note: pt seen for dysarthria tx, sentence intelligibility eighty-five percent, pacing board and metronome at sixty, goal one met, goal two partially met, goal three not met.
P: Understood.
""")

S("g_slp14_pediatric_feeding_discharge", "test", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["feeding disorder|pediatric feeding|picky eating|selective eating", "food chaining", "25 foods|twenty-five foods",
         "8 foods|eight foods", "rotary chew|chewing", "goals met|met", "discharge|discharged",
         "weight 50th percentile|50th percentile|fiftieth percentile", "mealtime routine|family meals"],
  negated=["gagging", "vomiting", "choking"], absent=["Taylor Swift", "Disney"],
  text="""
T: Hi Leo! Hi Mom. Last session today. How were meals this week?
C: Honestly, amazing. He ate the chicken tacos at his cousin's party. In front of everybody, no fuss. Six months ago he would only eat the crackers and the yogurt pouches, and he'd scream if anything touched on the plate. My mother-in-law actually cried.
T: Tacos! Any gagging at meals?
C: Not anymore. He used to gag on anything wet, but not since the spring.
T: Vomiting?
C: Nope.
T: Any choking?
C: No, none of that.
T: Great. So when we started, for the feeding disorder, Leo ate eight foods. How many now on the list?
C: I counted twenty-five foods. Twenty-five foods!
T: That's huge. Leo, want to try the snap peas?
P: Crunchy.
T: Crunchy! Lick, kiss, bite. Good job. Three bites, that's more than last week. And chewing on the side, rotary chew, nice.
P: I like crunchy.
T: Food chaining worked: crackers to pretzels to snap peas. Weight at the pediatrician, fiftieth percentile now, from the tenth.
C: She was so happy.
T: Goals: accepts twenty new foods, met. Eats with the family at the table for twenty minutes, met. Rotary chew on mixed textures, met. All goals met.
C: I'm going to cry.
T: Keep the mealtime routine: family meals, one safe food on the plate, one new food a week, no pressure.
C: Even at Disney next month? He'll want chicken nuggets every day.
T: Vacation is vacation. Nuggets are fine, bring the snap peas.
P: Taylor Swift!
C: He wants the Taylor Swift song, sorry, it's his reward.
T: Of course. Leo, high five, you did it. Today's session was about twenty-five minutes. You're discharged; call us if he drops foods off the list for more than two weeks.
C: Thank you for everything. Should we keep the chewing exercises?
T: Not as exercises anymore, just crunchy foods at meals. And if preschool lunch is hard, send him with one safe food.
C: Okay. One safe food.
T: He did the work. Bye Leo!
P: Bye!
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
