#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-first set (ids w_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, shared/PRODUCT.md (its "Therapy billing rules") and the READMEs of blind20 and blind19.
The self-check machinery (rules, text helpers, checks, mix table, main) is copied by line number from
evals/data/blind20/make_blind20.py with one change: the id prefix is w_.  `S(...)` is this author's
own and the sessions are new.  Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes with an
     independent implementation of the rules and compared with the hand-written key; timestamps,
     turn counts (20-34), durations (150-360 s), facts / negated / absent strings against the
     transcript, split balance ...) and exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist or assistant), "P: ..." (patient), "C: ..." (caregiver).
Timestamps: about 2.1 words per second, 0.5-1.4 s gaps, seeded by the session id.  Hand key format:
"97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.  `said_exempt` lists timed codes whose
minutes are given only as "a quarter hour", or as two mentions the listener must add up (the
minutes are still derivable from what is said).
"""

import hashlib
import json
import os
import random
import re
import sys

SESSIONS = []


def S(
    sid,
    discipline,
    note_type,
    role,
    rule,
    split,
    timed,
    untimed,
    key,
    text,
    facts,
    negated=(),
    absent=(),
    cog=None,
    said_exempt=(),
    kx=False,
):
    SESSIONS.append(
        {
            "id": sid,
            "discipline": discipline,
            "note_type": note_type,
            "role": role,
            "rule": rule,
            "split": split,
            "timed": dict(timed),
            "untimed": list(untimed),
            "key": key,
            "text": text,
            "facts": list(facts),
            "negated": list(negated),
            "absent": list(absent),
            "cog": cog,
            "said_exempt": list(said_exempt),
            "kx": kx,
        }
    )


# ---------------------------------------------------------------------------------------------
# PT, dev
# ---------------------------------------------------------------------------------------------

S(
    "w_pt01_lumbar_stenosis_eval",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: okay so tell me whats going on with the back and the legs
P: so its mostly the legs honestly i walk like a block maybe two and both legs get heavy and kind of burny and i gotta sit down or lean on the cart
T: on the grocery cart yeah we hear that a lot does bending forward help
P: yeah leaning on the cart is the only way i get through costco
T: and doctor patel said lumbar spinal stenosis at l four l five from the mri
P: yeah l for l five he said moderate and maybe a shot later if this dont work
T: any numbness in the saddle area any trouble with your bladder or bowels
P: no none of that no
T: good and the pain right now zero to ten
P: sitting here its maybe a two but after walking its like a six in both calves
T: okay and you still drive the school bus mornings
P: yeah mornings and afternoons the sitting is fine its the standing at the depot
T: so standing tolerance you said about ten minutes
P: about ten then i need to lean on something
T: alright your lumbar extension is limited and it brings on the leg heaviness flexion is full straight leg raise is negative both sides strength is four out of five in the hip abductors both sides
P: my grandson has his soccer tournament saturday and we have to park way out in the field
T: oh fun i hope they win so this is moderate complexity because you have the diabetes and the heart stent and youre still working so i want to keep an eye on how you respond
P: makes sense
T: so we did the exercises first the last ten or so was the flexion stuff the knees to chest the posterior pelvic tilts and the bike sitting up
P: the bike felt better than walking thats weird
T: not weird at all with stenosis the bent forward position opens things up
P: huh okay so the bike at the y is good
T: the bike is great try fifteen minutes a few days a week and well do two times a week here for eight weeks
P: two times a week i can do tuesdays and thursdays after my route
T: perfect goals are walk fifteen minutes without sitting and stand thirty minutes at the depot
P: fifteen minutes would be a miracle
T: well get there see you tuesday
""",
    [
        "lumbar spinal stenosis",
        "L4-L5|l four l five",
        "6/10|like a six in both calves",
        "2/10|maybe a two",
        "standing tolerance|about ten minutes|10 minutes",
        "extension is limited",
        "straight leg raise is negative",
        "4/5|four out of five in the hip abductors",
        "2x/week for 8 weeks|two times a week here for eight weeks",
        "walk 15 minutes without sitting|walk fifteen minutes without sitting",
    ],
    negated=["numbness in the saddle area", "trouble with your bladder or bowels"],
    absent=["soccer tournament"],
)

S(
    "w_pt02_transverse_myelitis_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97116": 11, "97112": 5},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Okay, Renata, tell me how this started. Your wife said it came on fast?
P: It was like three days. First my feet were tingling, then I couldn't feel the floor, then I couldn't pee.
C: She was in the ICU for a week and then rehab for three weeks. They called it transverse myelitis, at T8.
T: And now, at home, how are you getting around?
P: The walker. The four-wheeled one with the seat.
C: She won't use the seat, though.
P: Because then I'll never get up again.
T: Fair. Any falls since you came home?
P: One. Well, half of one. I slid down the side of the bed.
C: That counts. That was last Sunday.
T: Pain?
P: It's this band around my ribs. Squeezing. Like a four, and it goes up to a seven at night.
T: Okay. Any changes in your vision? Blurriness, pain moving your eyes?
P: No, my eyes are fine.
T: Good. So on testing, light touch is reduced from the belly button down on both sides, hip flexors are three minus over five on the right, three over five on the left, and your knee extensors are four minus both sides. Your Berg was thirty-one out of fifty-six, so you're at a high fall risk.
C: Thirty-one. Is that bad?
T: It means we have work to do, and the walker stays. I'm calling this high complexity: it's a spinal cord condition, bladder issues, a fall, and steroid treatment still going on.
P: The steroids make me starving, by the way.
C: She ate my whole pizza Friday. My pizza.
T: That's the prednisone. Okay, so after testing we did gait training with the walker, eleven minutes, working on foot clearance on the right. And maybe five minutes standing balance at the counter, feet together.
P: The right foot kept catching.
T: It did, especially when you got tired. I'd like you here three times a week for twelve weeks.
C: I can drive her Mondays, Wednesdays and Fridays.
T: Great. Goals: Berg over forty-five, walking in the community with the walker for three hundred feet, and no falls.
P: And getting back in my garden.
T: We'll put that down too: kneeling and getting up from the garden bed.
""",
    [
        "transverse myelitis",
        "at T8",
        "walker",
        "4/10|like a four",
        "7/10|seven at night",
        "3-/5|three minus over five",
        "31/56|thirty-one out of fifty-six",
        "high fall risk",
        "3x/week for 12 weeks|three times a week for twelve weeks",
        "Berg over 45|Berg over forty-five",
        "300 feet|three hundred feet",
    ],
    negated=["changes in your vision"],
    absent=["My pizza."],
)

S(
    "w_pt03_rotator_cuff_repair_pta",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 15, "97140": 9},
    [],
    "97110x1:GP,CQ,KX 97140x1:GP,CQ,KX",
    """
T: Morning, Walt. Twelve weeks out from the cuff repair this week, right?
P: Twelve on Thursday. Doctor Kim says I can start lifting a little.
T: Right, the protocol moves you to light strengthening now. How's the shoulder today?
P: Sore. A three. It was a five last night after I hung up a shirt in the closet.
T: Hanging a shirt. Was that overhead?
P: The top rod. I know, I know.
T: Ha. Any clicking or catching? Any numbness down the arm?
P: No catching. No numbness.
T: Good. Before we start, billing: your total for this year went past the Medicare threshold with the back therapy in the spring, so we're adding the KX modifier today. The shoulder still needs skilled therapy, you're not at your goals, so it's still medically necessary.
P: Fine by me, as long as Medicare pays.
T: That's what the KX is for. So first was the strengthening. We spent like a quarter hour on the band rows, the external rotation with the towel roll, the scaption to shoulder height with a one pound weight, two sets of ten each.
P: That one pound felt like ten pounds.
T: Your deltoid is still waking up. Then nine minutes of joint mobilization, posterior glides and inferior glides, grade three, plus some soft tissue to the upper trap.
P: That part I like.
T: Your flexion went from one twenty to one thirty-two after the glides, passive, and external rotation is at fifty.
P: Fifty. What's normal?
T: Around ninety. We'll keep going. How's sleep?
P: Still in the recliner half the night.
T: That's common at this stage. Did you watch the Packers?
P: Don't get me started on that kicker.
T: Ha, I won't. Home program: keep the band rows and add the towel roll external rotation, once a day.
P: Once a day. Got it.
T: And please, nothing on the top rod yet. Use the lower one. Ice after if it's sore.
P: My wife will move the shirts. Thanks, Jess.
""",
    [
        "rotator cuff|cuff repair",
        "3/10|A three",
        "5/10|a five last night",
        "1 pound|one pound weight",
        "2 sets of 10|two sets of ten",
        "grade three|grade 3",
        "132|one thirty-two",
        "external rotation is at fifty|external rotation is at 50",
        "medically necessary",
    ],
    negated=["No catching", "No numbness"],
    absent=["Packers", "kicker"],
    said_exempt=["97110"],
    kx=True,
)

S(
    "w_pt04_hip_labral_repair_pta",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 19, "97112": 11, "97140": 6},
    [],
    "97110x1:GP,CQ 97112x1:GP,CQ",
    """
T: hey dani how was the weekend with the hip
P: okay i did the wedding so lots of standing but i didnt dance i promise
T: good girl how is the pain today
P: um its like a three in the groin and it was a five yesterday after the wedding
T: any pinching when you sit low or clicking
P: theres no clicking anymore the pinching is still there on the low couch
T: okay so avoid the low couch for now you are eight weeks from the labral repair so we are still protecting flexion past ninety
P: yeah the surgeon said no deep squats till twelve weeks
T: right so today we did the bridges the side lying clams the quadruped rock backs and the bike thats all exercise three sets of ten on the clams
P: the clams burned
T: they should your glute med is the thing that saves your labrum so that was nineteen minutes of exercise
P: okay
T: then balance single leg stance on the foam and the step ups with the mirror that was thirteen minutes
P: felt longer
T: scratch that make it eleven we started late on the step ups so eleven minutes balance
P: i was texting my sister sorry
T: all good and then like six minutes soft tissue to the hip flexor and the tfl
P: that was tight
T: very your single leg stance on the foam was twenty two seconds on the right and thirty on the left
P: the right is the surgery side
T: yep and no trendelenburg today when you walked which is new
P: is my hair still purple under the lights in here
T: very purple it looks great okay home program add the single leg stance on a pillow three times thirty seconds
P: three times thirty seconds every day
T: every day and keep the bike ten minutes
P: okay see you thursday
T: see you thursday
""",
    [
        "labral repair",
        "3/10|like a three in the groin",
        "5/10|it was a five yesterday",
        "3 sets of 10|three sets of ten",
        "22 seconds|twenty two seconds",
        "no trendelenburg",
        "pinching is still there",
        "3 x 30 seconds|three times thirty seconds",
        "flexion past 90|flexion past ninety",
    ],
    negated=["no clicking"],
    absent=["thirteen minutes", "purple", "texting my sister"],
)

S(
    "w_pt05_reverse_shoulder_daily",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97530": 17, "97140": 12, "97110": 8},
    [],
    "97530x1:GP,59 97140x1:GP",
    """
T: Hi, Bernadette. How's the new shoulder treating you?
P: Better than the old one. The old one was bone on bone.
T: Seven weeks since the reverse, right?
P: Eight. Eight weeks on Monday.
T: Eight, sorry. Pain today?
P: A two. After I do the dishes, maybe a four.
T: The dishes. You're doing dishes already?
P: The dishwasher. Loading it. Bending and reaching.
T: That's fine, that's allowed. Any numbness or tingling in the hand?
P: No. Not since the nerve block wore off after surgery.
T: Good. So today in three chunks. First thing, twelve minutes of manual: scapular mobilization and soft tissue to the pec minor, with you on your side.
P: That pec thing hurt good.
T: Then, separate from that, seventeen minutes on functional tasks: reaching to the second shelf with the cans, putting the laundry basket on the dryer, the pretend seatbelt reach in the car seat we have.
P: The seatbelt one's hard. I can't get behind me.
T: That's the internal rotation, it's always last with a reverse. And the last eight minutes we did the pulley and the wand for flexion.
P: The pulley's boring.
T: It is boring. But your active flexion is a hundred and ten today, up from ninety-five.
P: Really? A hundred and ten?
T: A hundred and ten. Abduction ninety, and you got your hand to your back pocket.
P: My daughter's wedding is in June and I want to zip my own dress.
T: That's a good goal. We'll work on it, though zipping the back is the hardest thing after a reverse. Did the home exercises go okay?
P: I did them most days. Not Sunday. Sunday was church and the casserole thing.
T: Casserole thing?
P: The church potluck. I made the green bean one.
T: Ha. Well, keep the wand once a day, and the can reaching to the first shelf only, nothing heavier than a can of soup.
P: Soup cans. Okay.
T: And no pushing up out of the chair with that arm. Use the other side.
P: Still? Okay. Thank you, dear.
""",
    [
        "reverse",
        "8 weeks|Eight weeks on Monday",
        "2/10|A two",
        "4/10|maybe a four",
        "scapular mobilization",
        "seatbelt reach",
        "110|a hundred and ten",
        "95|ninety-five",
        "Abduction ninety|Abduction 90",
        "back pocket",
        "can of soup|soup cans",
    ],
    negated=["numbness or tingling in the hand"],
    absent=["green bean", "potluck", "Seven weeks"],
)

S(
    "w_pt06_cervical_radiculopathy_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "dev",
    {"97110": 16, "97140": 10},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Okay, Marcus, today's your progress visit, so I'm going to retest a few things and we'll look at the goals.
P: Sure. Ten visits already?
T: Ten visits. So, the arm. When you started, the pain went all the way to the thumb.
P: Now it stops at the elbow. Most days.
T: That's centralizing, that's what we want. Pain number?
P: Neck's a two, arm's a three. It was a seven in the arm when I started.
T: And the numbness in the thumb and index finger?
P: The index is fine now. Thumb's still a little numb, like it's asleep.
T: Okay. Any weakness with grip, dropping things?
P: No, I haven't dropped anything. That was the first week, I dropped a coffee.
T: So I retested. Spurling's is still positive on the right but it only brings the pain to the shoulder now. Rotation right is sixty degrees, it was forty-five. Your Neck Disability Index is eighteen percent, it was forty-two.
P: Forty-two to eighteen, nice.
T: Goals: neck rotation to seventy, partly met. Sleeping through the night, met. Working at the computer for two hours, not met yet, you said one hour.
P: An hour and then I have to get up.
T: So exercise today, the chin tucks and the rows and the nerve glides, that was nine minutes before the retest.
P: Right.
T: And then another seven after the retest, the wall slides and the prone Ys. Then ten minutes of manual, cervical traction by hand and thoracic mobilization.
P: The traction thing is my favorite.
T: Everybody says that. Did you try the monitor riser?
P: I stacked it on my old textbooks. Organic chemistry finally has a use.
T: Ha. Good. Plan: continue two times a week for four more weeks, new goal is two hours at the desk with one break.
P: Sounds good.
T: Keep the nerve glides, ten reps twice a day. Not more, they can flare it.
P: Ten, twice a day.
""",
    [
        "Spurling's is still positive",
        "2/10|Neck's a two",
        "3/10|arm's a three",
        "7/10|was a seven in the arm",
        "60 degrees|sixty degrees",
        "18 percent|eighteen percent",
        "42|forty-two",
        "partly met",
        "thumb's still a little numb",
        "2x/week for 4 more weeks|two times a week for four more weeks",
    ],
    negated=["haven't dropped anything"],
    absent=["Organic chemistry"],
    said_exempt=["97110"],
)

S(
    "w_pt07_vestibular_neuritis_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "dev",
    {"97112": 18, "97110": 9},
    ["97164"],
    "97164x1:GP 97112x1:GP 97110x1:GP",
    """
T: So, Gloria, it's been about six weeks, and your doctor wants to know whether you need more therapy, so this is your re-evaluation.
P: I think I do. I'm better, but not done.
T: Tell me what's better.
P: The room doesn't spin anymore. That stopped in the first week. Now it's more like I'm on a boat when I turn my head fast.
T: And in the grocery store?
P: The cereal aisle is still the worst. All those boxes.
C: She makes me push the cart now.
T: That's the visual motion piece. Any ringing in the ear, any hearing change?
P: No ringing. My hearing's the same as always.
C: Which is selective.
P: Oh, hush.
T: Ha. So retesting. Head impulse test is still positive to the left, but smaller. Dynamic visual acuity dropped three lines, it was five lines. Your Dizziness Handicap score is thirty-eight, it started at sixty-four.
P: So that's better.
T: Much better. Gait with head turns, you still drift to the left. I'd like four more weeks, two times a week.
P: Okay.
T: New goals: dynamic visual acuity within two lines, walking the grocery store thirty minutes, and head turns while walking with no drift.
C: Can she drive yet?
T: Not on the highway yet. Short trips in daylight, in your neighborhood, if she feels steady. Let's revisit in two weeks.
P: Fine.
T: Today after testing, eighteen minutes of gaze stabilization and balance: the x-one viewing, standing on foam, walking with head turns in the hall. Then nine minutes of general exercise, the bike and the ankle strengthening.
P: The x-one thing makes me queasy.
T: A little queasy is the dose we want. Two out of ten on the queasy scale is fine, over five we back off.
C: Is she allowed to go to the bunco night?
T: Bunco's fine. Sitting at a table is fine.
P: See? Bunco's fine.
T: Keep the x-one three times a day, one minute each. See you Thursday.
""",
    [
        "Head impulse test is still positive to the left",
        "Dynamic visual acuity dropped three lines|dropped 3 lines",
        "38|thirty-eight",
        "64|sixty-four",
        "drift to the left",
        "4 more weeks|four more weeks",
        "walking the grocery store 30 minutes|walking the grocery store thirty minutes",
        "gaze stabilization",
        "cereal aisle",
        "3 times a day|three times a day",
    ],
    negated=["No ringing"],
    absent=["selective", "Oh, hush"],
)

S(
    "w_pt08_tibial_stress_fracture_discharge",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 24, "97112": 8},
    [],
    "97110x2:GP",
    """
T: alright private hollis last one today how are you feeling
P: honestly good i ran the two miles on saturday no pain at all
T: no pain during or after
P: during nothing after maybe a one for like an hour then gone
T: and the shin itself when you press on it
P: nothing its not tender anymore
T: yeah i pressed on it earlier and theres no tenderness along the tibia anymore so the stress fracture feels healed and the doc cleared you on the x ray
P: yeah he said the callus looks good
T: so hop test today single leg hop for distance the left was ninety six percent of the right
P: ninety six thats good right
T: thats above the ninety we wanted and you did twenty single leg calf raises on the left without stopping
P: the drill sergeant is gonna make me do way more than twenty
T: yeah i bet so for the record today we did twenty four minutes of exercise the calf raises the step downs the hip stuff and the treadmill run walk
P: yep
T: and then eight minutes of balance and landing the single leg on the foam with the ball toss
P: my dog would have caught more of those balls than i did
T: haha goals were run two miles pain free met hop test over ninety percent met and march with the pack without pain partly met because you havent done the full ruck yet
P: the ruck is thirty five pounds
T: right so build up like we said start with fifteen pounds on flat ground and add five pounds a week
P: fifteen then twenty then twenty five
T: exactly and stay on the run program three days a week not back to back days
P: and if it hurts
T: if its over a three or its sore the next morning you back off a week and call us
P: got it thanks for everything
T: youre welcome you are discharged to your home program good luck at fort moore
""",
    [
        "stress fracture",
        "96 percent|ninety six percent",
        "no tenderness along the tibia",
        "20 single leg calf raises|twenty single leg calf raises",
        "run two miles pain free met|run 2 miles",
        "partly met",
        "15 pounds|fifteen pounds",
        "5 pounds a week|five pounds a week",
        "3 days a week|three days a week",
        "discharged to your home program",
    ],
    negated=["no pain at all", "its not tender anymore"],
    absent=["my dog"],
)

# ---------------------------------------------------------------------------------------------
# PT, test
# ---------------------------------------------------------------------------------------------

S(
    "w_pt09_ankylosing_spondylitis_eval",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 13, "97112": 9},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: So, Tomasz, your rheumatologist sent you for the ankylosing spondylitis. How long have you had symptoms?
P: Back pain since I was, like, twenty-two. Diagnosed last year, at thirty-four. Twelve years of people telling me it's a muscle thing.
T: That's a common story, unfortunately. Worse in the morning?
P: Mornings are the worst. Stiff for an hour, at least. Then a hot shower and moving around, it loosens.
T: Pain right now?
P: It's afternoon, so a three. In the morning a seven.
T: Any eye problems, red painful eye, light sensitivity?
P: No. They asked me that too.
T: Any chest pain when you take a deep breath?
P: No, not really. Just stiff.
T: Okay. Your chest expansion is three centimeters, which is reduced. Modified Schober is three point five centimeters, that's limited. Tragus to wall is fifteen centimeters.
P: Is that bad?
T: It tells me the upper back is rounding. That's the part we want to fight. You work as a welder?
P: Welder, yeah. Hunched over all day under a hood.
T: So I'm calling this moderate complexity: a systemic inflammatory disease, a job that puts you in the worst posture, and the biologic you just started.
P: The injections every two weeks. My wife does them, I can't look.
T: Ha. Okay. After the exam we did thirteen minutes of exercise, the prone press ups, thoracic extension over the foam roll, and deep breathing with the arms up.
P: The foam roller cracked like popcorn.
T: Then nine minutes of posture and balance work, standing tall against the wall, and tandem stance with your eyes closed.
P: The eyes closed part was weird.
T: Plan is two times a week for six weeks, then we taper to a home program. Goals: tragus to wall under twelve centimeters, morning stiffness under thirty minutes, and a full shift without the back going over a four.
P: Under thirty minutes would change my life.
T: And stretch on your breaks. Every couple of hours, stand up and lean back over a table.
P: The guys will laugh at me.
T: Let them laugh.
""",
    [
        "ankylosing spondylitis",
        "3/10|so a three",
        "7/10|In the morning a seven",
        "chest expansion is three centimeters|3 centimeters",
        "3.5 centimeters|three point five centimeters",
        "15 centimeters|fifteen centimeters",
        "Mornings are the worst",
        "2x/week for 6 weeks|two times a week for six weeks",
        "morning stiffness under 30 minutes|morning stiffness under thirty minutes",
        "welder",
    ],
    negated=["eye problems", "chest pain when you take a deep breath"],
    absent=["cracked like popcorn", "I can't look"],
)

S(
    "w_pt10_transtibial_amputation_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97116": 14},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: okay mister okafor so this is your first visit with the new leg
P: first real one yeah they just fitted the socket on monday
C: he has been practicing in the kitchen holding on to the counter
T: good so remind me the amputation was below the knee on the left in august
P: august ninth diabetes the foot wound wouldnt heal
T: and the right foot any wounds on that side
P: no the right foot is okay
C: i check it every night with the mirror
T: perfect thats exactly what you should do any phantom pain
P: yeah at night mostly the toes that arent there they burn like a six
T: and the residual limb itself any pain in the stump now
P: no the stump feels fine its just the toes at night
T: okay so the skin on the residual limb looks good no redness after wearing it for twenty minutes the incision is closed
C: the prosthetist said five ply socks
T: yes three ply now it fits better we checked that so today with the parallel bars and then the walker we did fourteen minutes of gait training with the prosthesis
P: it feels like walking on a stilt
T: it does at first your step on the prosthesis is shorter and you hike the hip on the left
C: he did like four laps of the bars
T: for laps yeah four laps and then twenty five feet with the walker
P: my back hurts from leaning
T: thats why we work on standing tall so this is high complexity you have diabetes kidney disease the heart history and a brand new prosthesis
C: hes on dialysis tuesdays thursdays saturdays
T: so we will see him monday wednesday friday three times a week for twelve weeks
P: when can i go back to church without the wheelchair
T: goal one walk one hundred fifty feet with the walker and the prosthesis goal two go up a curb goal three wear the leg all day
C: we will hold you to the church part
P: she will
""",
    [
        "below the knee on the left|amputation was below the knee",
        "6/10|burn like a six",
        "phantom pain",
        "no redness",
        "three ply|3 ply",
        "25 feet|twenty five feet",
        "hike the hip",
        "3x/week for 12 weeks|three times a week for twelve weeks",
        "150 feet|one hundred fifty feet",
        "dialysis",
    ],
    negated=["no the right foot is okay", "no the stump feels fine"],
    absent=["five ply"],
)

S(
    "w_pt11_pelvic_fracture_pta_no_kx",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 21, "97116": 10},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ",
    """
T: Hi, Lorraine. You look like you're moving faster today.
P: Am I? I don't feel faster. I feel like a snail.
T: A fast snail. How's the pelvis? It's been ten weeks since the fall?
P: Eleven, actually. Ten was last Tuesday. The pain's down, maybe a two sitting. Walking it's a four, in the groin.
T: Okay. Are you still using the cane everywhere?
P: Everywhere except the bathroom. I hold the sink.
T: Let's talk about that. Any new falls?
P: No falls, no near misses.
T: Good. Your daughter called the front desk about the bill, about whether you'd hit some limit?
P: She worries. She did the math with the cards.
T: I checked with our biller. You're at about eighteen hundred dollars this year, so you're not at the Medicare threshold yet. No KX modifier for now.
P: That's good, I think?
T: It just means nothing changes. Okay, first the exercises: sit to stands, side steps with the band, bridges, the seated marching. Twenty-one minutes.
P: My bottom is going to be sore.
T: It's your glutes, that's the point. Then ten minutes of gait training with the cane in the hallway and on the ramp.
P: The ramp I hate.
T: You did the ramp with the cane and step-to, no hands on the rail. Your five times sit to stand was fourteen seconds, down from nineteen.
P: Fourteen, okay.
T: Still slow, but it's improving. And your step length on the left is longer today.
P: Did you hear the Rodriguez boy got a scholarship?
T: I did not! Good for him. Okay, for home, add the side steps at the kitchen counter, two sets of ten.
P: Two sets of ten. And the bathroom?
T: Ask your daughter about a grab bar by the toilet. Holding the sink isn't safe.
P: She'll put one in. She puts everything in.
T: Perfect. See you Thursday. Slow snail on the way out.
""",
    [
        "pelvis",
        "2/10|maybe a two sitting",
        "4/10|Walking it's a four",
        "cane",
        "14 seconds|fourteen seconds",
        "19|nineteen",
        "step-to",
        "2 sets of 10|two sets of ten",
        "grab bar",
    ],
    negated=["No falls", "no near misses"],
    absent=["Rodriguez boy", "scholarship"],
)

S(
    "w_pt12_work_conditioning_back_pta",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97530": 16, "97110": 14},
    [],
    "97530x1:GP,CQ 97110x1:GP,CQ",
    """
T: hey ray hows the back today
P: not bad a two i guess i was a for on sunday after cutting the grass
T: a four okay and that went away
P: by monday yeah
T: any leg pain any tingling down the legs
P: nah nothing down the legs just the low back
T: good so today is more work stuff since you go back to the warehouse in three weeks
P: yeah they said light duty first but theres no such thing as light duty at that place
T: right so first we did the crate lifting floor to waist with twenty five pounds and the pushing and pulling the sled and carrying the crate for fifty feet that was sixteen minutes of functional work
P: the sled is no joke
T: your lift form was good you kept the crate close and bent the knees every time except the last two
P: the last two i was gassed
T: thats when people get hurt thats the point then fourteen minutes of exercise the bird dogs the side planks and the hamstring stretch
P: side planks are the worst
T: you held the side plank for thirty seconds each side last week was twenty
P: oh nice
T: did you see the game last night
P: dont even the refs were blind
T: haha okay home program add the side plank three times thirty seconds and walk twenty minutes a day
P: twenty minutes easy
T: and next time we go up to thirty five pounds on the crate
P: what do they make us lift at work its like fifty
T: fifty pounds is the job so we build to that
P: and the forklift they said i cant drive it yet
T: that is up to your doctor and your boss we can only tell them what you can lift
P: fair see you wednesday
T: see you wednesday
""",
    [
        "2/10|a two i guess",
        "warehouse",
        "floor to waist",
        "25 pounds|twenty five pounds",
        "50 feet|fifty feet",
        "30 seconds each side|thirty seconds each side",
        "35 pounds|thirty five pounds",
        "walk 20 minutes a day|walk twenty minutes a day",
        "bent the knees",
    ],
    negated=["nothing down the legs"],
    absent=["refs were blind"],
)

S(
    "w_pt13_knee_arthrofibrosis_daily",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 14, "97530": 11, "97110": 6},
    [],
    "97140x1:GP 97530x1:GP,59",
    """
T: Hey, Jerome. So the manipulation under anesthesia was two weeks ago now?
P: Two weeks Friday. They got me to a hundred and twenty on the table, but it's crept back.
T: Let's see. Pain today?
P: Before I came, a four. After you bend it, it'll be an eight.
T: Ha. Hopefully not. Any calf pain, swelling in the calf?
P: No calf pain.
T: Good. Any fever, redness at the incision?
P: No fever. It's not red.
T: Okay. So first, twelve minutes, scratch that, fourteen minutes of manual therapy: patellar mobilization, all directions, and tibiofemoral glides into flexion.
P: The kneecap ones are weird, like you're moving my kneecap off my leg.
T: It was stuck, it's moving better. Then, a separate block, eleven minutes of functional stuff: step-ups, getting down to the floor and up, and getting in and out of your car, the simulator.
P: The car is the one I care about.
T: Your work van, right?
P: Yeah, I do HVAC. I climb in and out of that van forty times a day.
T: So that's what we practice. Then about six minutes on the bike at the end, rocking back and forth.
P: I did a full circle!
T: You did a full circle, which means you're past a hundred and ten. Measured after manual, flexion is one fifteen, extension is minus three.
P: One fifteen. Is that enough?
T: For stairs and the bike, yes. For kneeling in attics, we want one twenty-five.
P: I watched that Netflix show about the attic murders, by the way. Terrible.
T: Ha. I'll skip it. Home: heel slides every hour you're awake, ten reps. The bike, ten minutes twice a day.
P: Every hour. Okay.
T: Every hour. Flexion doesn't come back if you sit still.
P: Got it. Thursday?
T: Thursday.
""",
    [
        "manipulation under anesthesia",
        "4/10|a four",
        "patellar mobilization",
        "step-ups",
        "your car",
        "115|one fifteen",
        "minus three|-3",
        "HVAC",
        "125|one twenty-five",
        "10 reps|ten reps",
    ],
    negated=["No calf pain", "No fever"],
    absent=["attic murders", "Netflix", "twelve minutes"],
)

S(
    "w_pt14_chronic_ankle_instability_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "test",
    {"97112": 22, "97110": 8},
    [],
    "97112x1:GP 97110x1:GP",
    """
T: So, Keisha, this is your tenth visit, which means a progress note. I'll retest and we'll see where the goals are.
P: Okay. I'm not spraining it anymore, that's the big thing.
T: No rolls at all since we started?
P: None. Well. I almost rolled it on the curb outside Target. But I caught it.
T: That's actually the win. You caught it. That's the reflexes coming back. Pain?
P: Zero. Like zero most days. A one after volleyball.
T: Volleyball, so you're back playing?
P: Rec league, Wednesdays. With the brace.
T: Okay. Retesting. Your star excursion reach on the left is ninety-one percent of the right, it was seventy-eight. Single leg balance eyes closed, twenty-four seconds, it was six.
P: Twenty-four! I couldn't do five at first.
T: Cumberland Ankle Instability Tool is twenty-three out of thirty, it was eleven.
P: What's normal?
T: Over twenty-five is a stable ankle. You're close. Goals: no sprains, met. Balance eyes closed over twenty seconds, met. Jumping and landing without the brace, not met, we haven't tested that yet.
P: I'm scared to take the brace off.
T: That's fair, and that's what the next four weeks are for. Today the balance and neuromuscular work was in two goes: twelve minutes at the start, the hops and the star excursion.
P: And the end.
T: And another ten at the end, the foam with the ball toss.
P: The ball toss is fun.
T: And eight minutes of exercise, the calf raises and the band eversion.
P: The band is the green one now?
T: Green now. Plan: two times a week for four more weeks, new goal is landing a block jump without the brace.
P: Block jump. Okay, I can picture it.
T: My kid plays volleyball too. He's in the middle school league.
P: Oh, what position?
T: Mostly the bench, honestly.
P: Ha!
""",
    [
        "91 percent|ninety-one percent",
        "78|seventy-eight",
        "24 seconds|twenty-four seconds",
        "23 out of 30|twenty-three out of thirty",
        "no sprains, met",
        "not met",
        "brace",
        "green",
        "2x/week for 4 more weeks|two times a week for four more weeks",
        "1/10|A one after volleyball",
    ],
    negated=["I'm not spraining it anymore"],
    absent=["middle school league"],
    said_exempt=["97112"],
)

S(
    "w_pt15_lumbar_fusion_reeval_kx",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 20, "97116": 8},
    ["97164"],
    "97164x1:GP,KX 97110x1:GP,KX 97116x1:GP,KX",
    """
T: Okay, Harold, today's the re-evaluation, because the fusion protocol has you changing phases.
P: Phase three, the surgeon said. No more brace.
C: He threw the brace in the garage the minute we got home.
T: Ha. Okay. How's the back?
P: The back is a three. The leg pain, the sciatica, that's gone. Completely gone.
T: No leg pain at all?
P: None. That's why I did the surgery.
T: And no numbness in the feet?
P: The left big toe is still a little numb. The rest, no.
T: Okay. Your trunk flexion is to mid shin, extension is about a third of normal, which is what we expect with two levels fused. Your Oswestry is thirty-two percent, it was sixty at the start.
C: Sixty. He couldn't put his own socks on.
P: Now I can. With the sock thing.
T: The sock aid. Good. Six minute walk was three hundred eighty meters, up from two hundred ten.
P: The hallway is long.
T: It is. One more thing, for billing: between the knee replacement last spring and this, you're past the Medicare threshold for the year, so today's claim gets the KX modifier. The therapy is still medically necessary, you've got goals left.
C: Good, that's what the office said.
T: I'm recommending eight more weeks, two times a week. New goals: walk thirty minutes, lift the grandbaby, twenty pounds, with good form, and Oswestry under twenty percent.
P: Twenty pounds, she's about that now.
T: After the testing we did twenty minutes of exercise, the core stuff, the leg press, the bike. And eight minutes of gait training outside on the sidewalk and the grass.
C: He walked on the grass!
P: The grass is bumpy.
T: You did well. Keep the walking program, ten minutes twice a day.
P: Ten minutes, twice a day.
C: I'll walk with him.
""",
    [
        "fusion",
        "3/10|The back is a three",
        "big toe is still a little numb",
        "mid shin",
        "32 percent|thirty-two percent",
        "380 meters|three hundred eighty meters",
        "210|two hundred ten",
        "medically necessary",
        "8 more weeks|eight more weeks",
        "20 pounds|twenty pounds",
        "Oswestry under 20 percent|Oswestry under twenty percent",
    ],
    negated=["No leg pain at all", "The leg pain, the sciatica, that's gone"],
    absent=["threw the brace in the garage"],
    kx=True,
)

S(
    "w_pt16_calcaneus_fracture_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 23, "97116": 9},
    [],
    "97110x2:GP 97116x1:GP",
    """
T: okay luis last visit how does the heel feel
P: better way better i walked the whole mall with my wife on saturday
T: the whole mall any pain after
P: a little like a two that night in the heel then the next day nothing
T: and walking on the grass or the gravel
P: the gravel still feels weird like uneven but no pain
T: good any swelling at the end of the day
P: a little bit around the ankle but not like before
T: so numbers today your ankle dorsiflexion is ten degrees it was zero when we started and inversion is still about half the other side
P: half is that okay
T: its normal after a calcaneus fracture the joint under the ankle gets stiff your lefs was seventy one out of eighty
P: and at the start
T: twenty nine out of eighty
P: wow
T: so today twenty three minutes of exercise calf raises the step downs the balance board the bike
P: the calf raises i can do fifteen now
T: you did fifteen on the right single leg yep then nine minutes of gait on the gravel path outside and the stairs without the rail
P: no rail i was nervous
T: you did it alternating feet so goals walk thirty minutes met stairs without a rail met return to work on the roof not met
P: the roofing is a no for now my boss put me on the ground crew
T: right and honestly the roof is a decision for your surgeon and your boss for home keep the calf raises two sets of fifteen and the balance board every day
P: every day okay
T: and good shoes with a stiff sole no flip flops
P: my wife hides my flip flops now
T: good wife you are discharged to your home program call us if anything changes
""",
    [
        "calcaneus fracture",
        "2/10|like a two",
        "10 degrees|ten degrees",
        "71 out of 80|seventy one out of eighty",
        "29 out of 80|twenty nine out of eighty",
        "alternating feet",
        "walk 30 minutes met|walk thirty minutes met",
        "not met",
        "2 sets of 15|two sets of fifteen",
        "discharged to your home program",
    ],
    negated=["but no pain"],
    absent=["hides my flip flops"],
)
# ---------------------------------------------------------------------------------------------
# OT, dev
# ---------------------------------------------------------------------------------------------

S(
    "w_ot01_trigger_finger_release_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 10},
    ["97165"],
    "97165x1:GO 97110x1:GO",
    """
T: so miss abernathy you had the trigger finger release on the right ring finger two weeks ago
P: two weeks yesterday doctor osei did it in the office i was awake the whole time
T: wow okay and the stitches came out friday
P: friday yeah it looks kind of puffy still
T: a little puffy is normal any numbness in the fingertip
P: no i can feel everything
T: good and does it still catch or lock
P: no the catching is gone thats the best part it used to get stuck in the morning and i had to pull it open
T: okay pain right now
P: um like a three when i make a fist and zero when im just sitting
T: so your ring finger bends to a fist but it stops two centimeters from the palm
P: two centimeters is that a lot
T: its a little we want it touching the palm your grip on the right is twelve kilograms and the left is twenty two
P: i am a lefty though so
T: that helps so you do the books for the church and the knitting right
P: the knitting is what i miss i have a baby blanket for my niece half done
T: so this is a low complexity evaluation just the one finger healthy otherwise and a clear goal
P: low complexity good i like low
T: after the measurements we did the tendon glides and blocking exercises and the putty that was ten minutes
P: the putty was fun
T: the scar massage you do at home with lotion five minutes three times a day
P: three times a day got it
T: i want to see you once a week for four weeks goals are a full fist grip over eighteen kilograms and knitting for thirty minutes
P: thirty minutes of knitting id be happy with that
T: do you watch the baking show by the way
P: every week i love the british one
T: me too okay see you next tuesday
""",
    [
        "trigger finger release",
        "right ring finger",
        "3/10|like a three when i make a fist",
        "2 centimeters from the palm|two centimeters from the palm",
        "12 kilograms|twelve kilograms",
        "22|twenty two",
        "tendon glides",
        "1x/week for 4 weeks|once a week for four weeks",
        "grip over 18 kilograms|grip over eighteen kilograms",
        "knitting for 30 minutes|knitting for thirty minutes",
    ],
    negated=["numbness in the fingertip", "the catching is gone"],
    absent=["baking show", "the british one"],
)

S(
    "w_ot02_c6_spinal_cord_injury_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 12},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: So, Devin, you're three months out from the injury and just home from the rehab hospital. Tell me about a normal morning now.
P: My mom gets me up. She does pretty much everything until I'm in the chair.
C: The aide comes at seven, but she's only there an hour.
T: And the injury is a C6, incomplete, from the dirt bike crash?
P: Yeah. C6. ASIA C, they told me.
T: Okay. Feeding yourself?
P: With the cuff thing. The fork in the strap. But it takes forever.
C: Like forty minutes for breakfast.
T: Any pressure sores anywhere? Any red spots on the tailbone?
C: No sores. I check him every night.
T: Good. Any episodes of the pounding headache, high blood pressure, sweating?
P: The dysreflexia. Once, in rehab, when the catheter got kinked. Not since I got home.
T: Okay. So, on testing, your wrist extensors are four minus out of five both sides, elbow extension is two out of five on the right, one out of five on the left, and finger flexors are zero. Tenodesis grasp is present on both hands, stronger on the right.
P: The tenodesis thing is how I pick up my phone.
T: Exactly. Grooming with setup is moderate assistance, upper body dressing is maximal assistance, lower body dressing is dependent.
C: He hates that I do his pants.
T: This is high complexity: a new spinal cord injury, dysreflexia risk, the skin, and almost every daily task needs help.
P: Yeah.
T: Then twelve minutes of training: the universal cuff with a built-up fork, the plate guard, and the long straw for the water bottle.
P: The plate guard is so much better. Food doesn't go everywhere.
T: I want you three times a week for twelve weeks. Goals: feed yourself with setup in under twenty minutes, groom with setup, and put on a pullover shirt with minimal assistance.
P: And the Xbox. I want to play again.
T: There are adaptive controllers. We'll look at that too.
C: He'd be here every day for that.
P: I would.
C: The parking here is terrible, by the way.
T: I know, sorry, the lot is being repaved.
""",
    [
        "a C6",
        "incomplete",
        "universal cuff|cuff thing",
        "4-/5|four minus out of five",
        "2/5|two out of five on the right",
        "Tenodesis grasp is present",
        "moderate assistance",
        "maximal assistance",
        "3x/week for 12 weeks|three times a week for twelve weeks",
        "plate guard",
        "under 20 minutes|under twenty minutes",
    ],
    negated=["No sores", "Not since I got home"],
    absent=["repaved"],
)

S(
    "w_ot03_flexor_tendon_repair_ota",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 13, "97535": 9},
    [],
    "97110x1:GO,CO 97535x1:GO,CO",
    """
T: Hi, Pedro. Six weeks since the tendon repair today, right?
P: Six weeks today. The doctor says I can start using it a little, light stuff.
T: Yep, the protocol says light functional use now. Show me the splint.
P: It's getting gross. The strap is fraying.
T: I'll replace the strap. Pain?
P: Only when I straighten the fingers all the way. Maybe a three. Otherwise nothing.
T: Any numbness in the tip of the finger?
P: No, it feels normal now. The first weeks it was numb.
T: Good. So today, first the exercises: place and hold, tendon glides, blocking for the middle joint and the tip joint. We did that thirteen minutes.
P: The blocking is hard. The tip doesn't want to bend.
T: Your tip joint bends thirty degrees now, last week it was twenty. The middle joint is seventy.
P: Thirty, okay.
T: And the middle finger is one and a half centimeters from the palm when you make a fist.
P: My coach wants to know when I can catch again.
T: Catching a ball is twelve weeks, at the earliest. That's a question for Dr. Nguyen at your visit too.
P: Twelve weeks. Ugh.
T: Then nine minutes of training: how to take the splint off for bathing, how to wash the hand, skin checks, and what you can lift now, a coffee cup, a phone, nothing heavier.
P: No backpack?
T: Not with that hand. Other shoulder.
P: Okay.
T: And no gripping hard, no pulling. If you feel a pop, you call right away.
P: Did you see my sneakers? They're new.
T: Those are loud! Okay, home program: the glides, ten reps, every two hours while you're awake.
P: Every two hours. I'll set an alarm.
T: Good idea. See you Thursday.
""",
    [
        "tendon repair",
        "3/10|Maybe a three",
        "place and hold",
        "30 degrees|thirty degrees",
        "The middle joint is seventy|70",
        "1.5 centimeters|one and a half centimeters",
        "splint",
        "10 reps|ten reps",
        "every 2 hours|every two hours",
    ],
    negated=["numbness in the tip of the finger"],
    absent=["sneakers", "They're new"],
)

S(
    "w_ot04_bilateral_tka_ota",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 18, "97535": 14},
    [],
    "97530x1:GO,CO 97535x1:GO,CO,59",
    """
T: morning miss dot how are those new knees
P: honey both of them are mad at me this morning
T: both of them how bad zero to ten
P: like a five the left one is worse the right one is a three
T: okay did you take the pain pill before you came
P: i took the tylenol at eight
T: good any calf pain any swelling in the calves
P: no no calf pain my legs are just fat
T: your legs are fine okay so today first we did the kitchen the reaching in the low cabinet for the pot carrying it to the stove with the walker tray and the getting up from the kitchen chair thats eighteen minutes of functional activity
P: that walker tray is a blessing
T: it is you got up from the chair with stand by assist and the pot to the stove you did it with no loss of balance
P: i did not spill a drop
T: not a drop then fourteen minutes of training on the bathroom the tub transfer bench how to sit then swing the legs over and the long handled sponge and the reacher for the towel
P: the swinging the legs part is hard both knees wont bend
T: you did it with minimum assistance today it was moderate last week
P: minimum okay
T: your daughter ordered the bench right
P: yes it came tuesday she put it in sunday after church
T: perfect and the toilet riser
P: thats coming next week
T: okay until then use the grab bar not the towel rack
P: my pastor broke his hip grabbing the towel rack
T: exactly why okay do the sit to stands at the counter ten times three times a day
P: ten times three times a day
T: and use the reacher for anything on the floor no bending down for it
P: no bending yes maam
""",
    [
        "5/10|like a five",
        "3/10|the right one is a three",
        "walker tray",
        "stand by assist",
        "no loss of balance",
        "tub transfer bench",
        "minimum assistance",
        "reacher",
        "10 times 3 times a day|ten times three times a day",
        "toilet riser",
    ],
    negated=["no calf pain"],
    absent=["my pastor"],
)

S(
    "w_ot05_crps_daily_kx",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 11, "97530": 16, "97112": 7},
    [],
    "97530x1:GO,59,KX 97140x1:GO,KX",
    """
T: Hi, Patrice. How's the hand been this week?
P: Bad Tuesday, better since. It was burning, like a seven, when the cold front came in.
T: Weather does that with CRPS. Today?
P: A five. And it's less purple today.
T: It looks less purple. The swelling's down too, the figure-eight measure is forty-eight centimeters, it was fifty-one.
P: I've been doing the elevation thing.
T: Good. Any new spots of color change, up the arm?
P: No, it stays in the hand.
T: Okay. Before I forget, billing: with the hand and the wrist fracture before it, your OT this year is past the Medicare threshold, so I'm putting the KX modifier on today's visit. You still need the skilled therapy, it's medically necessary, so that's what the KX says.
P: Whatever you need. I don't understand any of it.
T: You don't have to. So first, eleven minutes of manual: retrograde edema massage and gentle joint mobilization to the wrist.
P: I can handle the massage now. Two weeks ago I couldn't let anyone touch it.
T: That's the desensitization working. We did about seven minutes of that after, the textures: cotton, then the terry cloth, then the velcro, the rice bin.
P: Velcro is still awful.
T: It's the last one on purpose. Then sixteen minutes of functional work, separate: opening the jar, turning the key in the lock board, and folding the towels.
P: Folding towels was the first real thing I've done with that hand in months.
T: You folded six towels. Grip is nine kilograms, it was four in September.
P: My grandkids are coming Thanksgiving and I want to make the pies.
T: Pie crust. We can practice rolling the dough next week. Let's make that a goal.
P: Okay. And the mirror box?
T: Keep the mirror box, five minutes, four times a day. And the textures, start with the cotton, end with whatever you can stand.
P: Okay. The velcro, maybe.
T: Maybe. See you Monday.
""",
    [
        "CRPS",
        "7/10|like a seven",
        "5/10|A five",
        "48 centimeters|forty-eight centimeters",
        "51|fifty-one",
        "retrograde edema massage",
        "desensitization",
        "6 towels|six towels",
        "9 kilograms|nine kilograms",
        "mirror box",
        "medically necessary",
    ],
    negated=["new spots of color change"],
    absent=["don't understand any of it"],
    kx=True,
)

S(
    "w_ot06_dupuytren_fasciectomy_reeval",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 12, "97140": 9},
    ["97168"],
    "97168x1:GO 97110x1:GO 97140x1:GO",
    """
T: Okay, Mr. Lindqvist, this is your re-evaluation. Your surgeon wants an update, and honestly so do I.
P: Well, the little finger is straighter than it's been in ten years.
T: Let's see. Before surgery it was bent seventy degrees at the middle joint. Today it's lacking fifteen.
P: Lacking fifteen. I'll take it.
T: And the knuckle is straight now, zero. Flexion into a fist, you're touching the palm.
P: I can hold the hammer again. I did a birdhouse.
T: A birdhouse! Pain?
P: A one. Just the scar, when I grip the hammer.
T: The scar is thick here at the base. Is it sensitive to touch?
P: Not sensitive. Just tight.
T: Any numbness in the little finger?
P: No numbness. It tingled the first week only.
T: Okay. Your QuickDASH today is eighteen, it was forty-one. Grip on the right is thirty-two kilograms, left is thirty-eight.
P: I'm a righty, so that's low.
T: It's low. So the plan: four more weeks, once a week, the night extension splint for eight more weeks, and a new goal, grip within five kilograms of the left.
P: Eight weeks of the night splint. My wife says it scratches her.
T: We can put a sleeve on it. Then today we did twelve minutes of exercise, the putty, the blocking, the extension stretches, and nine minutes of manual, scar massage and joint mobilization.
P: That scar massage is the best part of my week.
T: Keep it up at home, five minutes twice a day with cream.
P: My wife says I'm the hand-cream king now.
T: That's a good title. Did the birdhouse get a bird?
P: A wren. Right away.
P: One more thing. Can I go back to the woodworking class at the senior center?
T: Yes, with the padded gloves for the first few weeks, and stop if the scar gets red or sore.
P: Padded gloves. My wife will buy them today.
T: Ha. Okay, see you next week.
""",
    [
        "little finger",
        "70 degrees|seventy degrees",
        "lacking fifteen|lacking 15",
        "1/10|A one",
        "QuickDASH today is eighteen|QuickDASH today is 18",
        "41|forty-one",
        "32 kilograms|thirty-two kilograms",
        "38|thirty-eight",
        "night extension splint",
        "within 5 kilograms|within five kilograms",
    ],
    negated=["Not sensitive", "No numbness"],
    absent=["A wren", "hand-cream king"],
)

S(
    "w_ot07_terrible_triad_elbow_discharge",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97110": 22, "97535": 9},
    [],
    "97110x1:GO 97535x1:GO",
    """
T: Okay, Jordan, last visit. Let's measure and go through your goals.
P: I'm kind of sad. I like coming here.
T: Ha, we'll miss you too. How's the elbow?
P: It's good. A one, sometimes a two after climbing.
T: Climbing, the gym? Not outside yet?
P: Just the gym. The easy routes. The doctor said okay last month.
T: Okay. Any locking, any feeling like it's going to slip out?
P: No, nothing like that. It feels solid.
T: Good. Elbow extension is minus ten, flexion is one thirty-five, forearm rotation is seventy degrees up and seventy-five down.
P: Minus ten. It was like minus forty at the start.
T: Minus forty-five, actually. Goals: reach the top shelf and wash your hair with both hands, met. Carry groceries, met. Back to climbing without pain, partly met.
P: Partly because I'm still on easy routes.
T: Right. So today, twenty-two minutes of exercise: the wrist weights, the triceps with the band, the pronation with the hammer, and the hang from the bar.
P: Hanging was scary.
T: You hung for twenty seconds with both hands. Then nine minutes of training for your return to climbing: taping, how to warm up, how to tell a good sore from a bad sore.
P: Good sore goes away by the next day.
T: Exactly. Bad sore is sharp, or it's worse the next day, or it clicks.
P: I have a climbing trip to Red River Gorge in spring.
T: Then build up slowly. Add one grade every two weeks, and keep the home program three days a week.
P: Three days a week.
T: You are discharged to your home program. Call us if you lose motion.
P: Thanks for everything. Seriously.
""",
    [
        "1/10|A one",
        "minus ten|-10",
        "135|one thirty-five",
        "minus forty-five|-45",
        "washing your hair|wash your hair",
        "partly met",
        "20 seconds|twenty seconds",
        "one grade every 2 weeks|one grade every two weeks",
        "3 days a week|three days a week",
        "discharged to your home program",
    ],
    negated=["locking"],
    absent=["kind of sad"],
)

# ---------------------------------------------------------------------------------------------
# OT, test
# ---------------------------------------------------------------------------------------------

S(
    "w_ot08_hand_oa_hairdresser_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 11},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: okay yolanda so your doctor sent you for the hand arthritis tell me what bothers you most
P: the shears honey i cut hair twenty eight years and now by lunch my thumbs are screaming
T: both thumbs
P: both but the right is worse the base of the thumb and these knuckles at the ends they got the bumps
T: those are the nodes yeah pain right now
P: right now like a four by the end of the day a seven and at night it aches like a five
T: any numbness or tingling like the fingers fall asleep at night
P: no no tingling just the ache
T: okay your grip right is sixteen kilograms left is twenty and key pinch right is three kilograms thats low the grind test is positive on the right thumb base
P: grind test sounds about right
T: so this is a moderate complexity eval you have the arthritis in both hands the diabetes your job is your hands and you stand nine hours
P: nine on saturdays yeah
T: after the testing we did eleven minutes on joint protection and your tools the ergonomic shears with the offset handle the swivel thumb and the spring open kind and how to hold the comb so the thumb isnt pinching
P: the swivel ones felt so much better i gotta buy those
T: they cost like a hundred bucks but they matter and we tried the blow dryer with the lighter one you were holding it with your wrist bent
P: i hold it like that twenty eight years
T: we can change habits also a thumb splint for night the soft one
P: i can do a night one not at work though
T: fair goals are cut hair a full day with pain under four and open jars with a jar opener
P: under four would be great
T: once a week for six weeks
P: my client missus carter swears by turmeric you think that works
T: i cant tell you that one ask your doctor
P: fair
""",
    [
        "shears",
        "4/10|like a four",
        "7/10|a seven",
        "16 kilograms|sixteen kilograms",
        "key pinch right is three kilograms|3 kilograms",
        "grind test is positive",
        "joint protection",
        "swivel thumb",
        "night splint|thumb splint for night",
        "1x/week for 6 weeks|once a week for six weeks",
    ],
    negated=["no tingling"],
    absent=["missus carter"],
)

S(
    "w_ot09_anoxic_brain_injury_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 9, "97110": 5},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Mrs. Brennan, thank you for coming with Frank. Frank, can you tell me why you're here?
P: My wife says my memory. I don't think it's so bad.
C: He had a cardiac arrest in July. At the hardware store. They did CPR for eleven minutes before the paddles.
T: I'm so sorry. That's a lot. And the doctors called it an anoxic brain injury?
C: Yes. Hypoxic, anoxic, they used both.
T: Frank, what did you have for breakfast today?
P: Eggs, I think.
C: Oatmeal. And he asked me three times if he'd taken his pills.
P: I don't think it was three times.
C: It was four, actually.
T: Okay. Any falls at home? Any wandering out of the house?
C: No falls. He hasn't wandered. I lock the door at night anyway.
T: Frank, any headaches?
P: No headaches. I feel fine.
T: Okay. On testing, your Montreal Cognitive Assessment is sixteen out of thirty, mostly losing points on delayed recall and the trail task. Showering is supervision, dressing is set-up, medication management is dependent, your wife does it all. Cooking, you left the burner on twice?
C: Twice in one week. I took the knobs off.
T: Good call. This is high complexity: a brain injury with memory and judgment problems, a heart condition with the defibrillator, and safety risks at home.
P: I used to be an engineer. I should be able to use a stove.
T: That's the frustrating part, I know. So after testing, nine minutes of training on a weekly pill box with alarms, and a whiteboard schedule for the kitchen.
C: The alarm on his phone, yes, that's good.
T: And about five minutes of hand exercise with the putty, his grip is weaker on the left.
P: The putty is pink.
T: It's the soft one. Plan is two times a week for ten weeks. Goals: take his medications with reminders only, and make a sandwich and a cup of coffee safely with supervision.
C: Coffee every morning, that's all he wants.
P: Black coffee.
""",
    [
        "anoxic brain injury",
        "cardiac arrest",
        "16 out of 30|sixteen out of thirty",
        "Showering is supervision",
        "medication management is dependent",
        "burner on twice",
        "pill box",
        "whiteboard schedule",
        "2x/week for 10 weeks|two times a week for ten weeks",
        "weaker on the left",
    ],
    negated=["No falls", "No headaches"],
    absent=["The putty is pink"],
)

S(
    "w_ot10_essential_tremor_ota_kx",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 19, "97110": 10},
    [],
    "97535x1:GO,CO,KX 97110x1:GO,CO,KX",
    """
T: Hi, Mr. Oyelaran. How did the weighted spoon do at home?
P: Better. I got soup into my mouth, which hasn't happened in two years.
T: Soup! That's a big deal. How's the tremor today?
P: It's a coffee day, so worse.
T: Ha. Okay. Before we start: you've had OT this year for the shoulder and now the tremor, and you're past the Medicare threshold for OT, so today's visit gets the KX modifier. You're still making progress, it's medically necessary.
P: Medicare knows all this?
T: Medicare knows. So first, nineteen minutes of training with the adaptive stuff: the weighted cup with the lid, the rocker knife, the button hook, and the weighted pen for your checks.
P: The pen is heavy.
T: The weight calms the tremor. Your signature was readable today. The bank will be happy.
P: The teller knows me, she lets me do it twice.
T: Ha. Any trouble swallowing with the tremor, choking on drinks?
P: No, no choking. It's just getting it to my mouth.
T: Okay. Then ten minutes of exercise: the wrist weights, the proximal stabilization, the holding your elbow on the table while you move the hand.
P: Elbow on the table. My mother would scold me.
T: Your mother isn't here. Today you buttoned your shirt in three minutes, last week it was six.
P: I still had the hook.
T: With the button hook, yes. And the weighted spoon, you did ten scoops of the beans with two spills.
P: Only two?
T: Two. Last week was six. Keep the spoon, the cup, and practice signing your name ten times a day with the pen.
P: Ten times. My wife will think I'm writing love letters.
T: Ha. See you Friday.
""",
    [
        "weighted spoon",
        "rocker knife",
        "button hook",
        "weighted pen",
        "3 minutes|three minutes",
        "last week it was six|last week it was 6",
        "10 scoops|ten scoops",
        "2 spills|two spills",
        "medically necessary",
        "10 times a day|ten times a day",
    ],
    negated=["no choking"],
    absent=["love letters", "would scold me"],
    kx=True,
)

S(
    "w_ot11_distal_radius_mechanic_ota",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97530": 17, "97535": 8},
    [],
    "97530x1:GO,CO 97535x1:GO,CO,59",
    """
T: hey manny hows the wrist doing
P: good man good the doctor said i can go back to the shop in two weeks light duty
T: nice pain today
P: um its like a two and after the wrenching yesterday it was like a for
T: a four okay after wrenching at home
P: yeah i was messing with my truck i know i know
T: any numbness in the fingers any tingling
P: no numbness nothing
T: good so today we did the tool stuff first the socket wrench on the board the screwdriver turning the bolts on the pegboard and lifting the tire iron and the ten pound box onto the shelf that was seventeen minutes
P: the socket wrench i could do a hundred of those
T: you did twenty five turns before you got tired the last ones you were bending the wrist a lot
P: yeah the wrist gets tired
T: then eight minutes on your work setup using the longer wrench so you use less force the impact gun instead of the breaker bar and the wrist support for the first week back
P: my boss wont like the impact gun for everything
T: then for the big bolts use the breaker bar with both hands
P: okay both hands
T: your grip is twenty eight kilograms the other side is forty two
P: still weak huh
T: getting there it was fourteen a month ago
P: did you see the new lowered civic out front thats my cousins
T: haha i saw it cant miss it okay home program the putty and the hammer rotations and start the wrist curls with three pounds
P: three pounds okay
T: and if it swells after work you ice it and call us
P: got it
""",
    [
        "2/10|like a two",
        "4/10|like a for",
        "socket wrench",
        "25 turns|twenty five turns",
        "ten pound box|10 pound box",
        "impact gun",
        "28 kilograms|twenty eight kilograms",
        "42|forty two",
        "3 pounds|three pounds",
        "light duty",
    ],
    negated=["no numbness nothing"],
    absent=["lowered civic", "my cousins"],
)

S(
    "w_ot12_digital_nerve_repair_daily",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97140": 10, "97530": 12, "97112": 6},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi, Suki. How's the finger since last week?
P: The zapping is less. It still zaps when I bump it.
T: That's the nerve growing back. The Tinel's sign is further down the finger today, a centimeter past last week.
P: Is that good?
T: That's really good. It means the nerve is moving. Pain, zero to ten?
P: A two. The zap is like a six for a second, then it's gone.
T: Okay. Any color change, cold finger?
P: No, it's the same color as the others.
T: Good. So today, ten minutes of manual first: scar massage and soft tissue mobilization along the incision.
P: Ow. But okay.
T: And then, in a separate block, twelve minutes of functional work: picking up the coins, buttons on the board, the chopsticks, typing on the keyboard.
P: The chopsticks are so hard with no feeling.
T: You're watching your fingers because you can't feel them. That's normal. And we did the desensitization for the last six or so, the textures and the vibration.
P: The vibration tickles now instead of hurting.
T: That's progress. Two point discrimination is ten millimeters at the tip. Last month it was over fifteen.
P: When will it be normal?
T: Nerves grow about a millimeter a day, so a few more months. Maybe not all the way.
P: My cat knocked my phone in the toilet last night, by the way.
T: Oh no! Did it survive?
P: No. She's a brat.
T: Okay. Home program: the texture bin, five minutes four times a day, and the coins and buttons. And protect it from hot things, you can't feel hot yet.
P: Oven mitts. Got it.
T: Oven mitts, always, and check the bath water with the other hand. See you next week.
""",
    [
        "Tinel's sign",
        "2/10|A two",
        "6/10|like a six",
        "scar massage",
        "coins",
        "chopsticks",
        "Two point discrimination is ten millimeters|10 millimeters",
        "over 15|over fifteen",
        "can't feel hot",
    ],
    negated=["Any color change"],
    absent=["phone in the toilet", "She's a brat"],
)

S(
    "w_ot13_long_covid_cognition_progress",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97129": 15, "97130": 11, "97535": 9},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Okay, Nadia, this is your progress note visit, so we'll do the testing and check goals.
P: Okay. I feel like the fog is lifting a little. Some days.
T: What's better?
P: I can read a chapter now without losing the thread. In September, a page.
C: She's cooking again. Real meals.
P: Did you get your hair cut, by the way? It looks nice.
T: I did, thank you! Any days where you crash, the fatigue after doing too much?
P: Yes. Still. If I do the grocery store and laundry on one day, the next day I'm in bed.
T: Okay. Any chest pain or racing heart when you stand up?
P: No. That got better with the compression socks.
T: Good. The Montreal Cognitive Assessment is twenty-five out of thirty today, it was twenty-one. The Trail Making B was ninety-two seconds, it was one hundred forty.
P: I did the trail thing faster?
T: Much faster. Goals: read for thirty minutes with recall, met. Return to work part time, not met. Cook a meal with a written plan, met.
C: She wants to go back to the library.
P: Just mornings at first.
T: That's the next goal. So today, twenty-six minutes of cognitive work: the divided attention tasks, the working memory drills with the card sort, and the planning task for a library shift.
P: The card sort was hard.
T: You got fourteen out of twenty in the second round, eleven in the first. Then nine minutes on pacing: the energy budget and the planner.
C: The planner is on the fridge.
T: Perfect. Plan: two times a week for six more weeks. New goal, work a four-hour shift at the library.
P: Four hours. Scary, but okay.
T: Keep the planner, and one brain task a day, the word puzzles, twenty minutes.
P: The word puzzles I like.
""",
    [
        "25 out of 30|twenty-five out of thirty",
        "21|twenty-one",
        "92 seconds|ninety-two seconds",
        "one hundred forty|140",
        "Cook a meal with a written plan, met",
        "Return to work part time, not met",
        "14 out of 20|fourteen out of twenty",
        "energy budget",
        "2x/week for 6 more weeks|two times a week for six more weeks",
        "four-hour shift|4-hour shift",
    ],
    negated=["chest pain or racing heart"],
    absent=["hair cut"],
    cog=26,
)

S(
    "w_ot14_wrist_arthrodesis_discharge",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "test",
    {"97110": 18, "97530": 10},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: So, Curtis, last session. Eight months since the fusion, and you're back hanging drywall?
P: Back two weeks. Light stuff. The foreman has me taping mostly.
T: How's the wrist at the end of a shift?
P: A three. It doesn't move, obviously, so it's the forearm that's sore.
T: That's expected. The wrist is fused, so the elbow and fingers do the work. Any numbness or tingling in the fingers?
P: No, nothing.
T: Good. Grip today: thirty-four kilograms right, forty-six left. At the start it was twelve.
P: Twelve. I remember. I couldn't hold a coffee.
T: Forearm rotation is full, seventy-five up and eighty down.
P: The screw gun is easier now.
T: Okay, goals: grip over thirty kilograms, met. Lift a sheet of drywall with a partner, met. Work a full shift, partly met, you're on taping only.
P: Hanging the ceilings is what I'm scared of.
T: So for that, today eighteen minutes of exercise: the forearm strengthening, wrist-neutral pushups, and the shoulder work overhead.
P: My shoulders are fried.
T: Then ten minutes of work simulation: holding the panel overhead with the T-brace, driving screws overhead with the screw gun.
P: That felt like work.
T: That was the point. Use the drywall lift at work for the ceilings. Don't be a hero.
P: The lift's in the truck. I'll use it.
T: Good. Did you finish your basement?
P: Half. My wife wants a bar down there.
T: Ha. Keep the home program three days a week. You're discharged. Call us if the hand goes numb or the grip drops.
P: Thanks. Really. And the splint, do I still wear it at night?
T: No more splint. The fusion is solid on the X-ray, the surgeon said so last week. You can put it in a drawer.
P: It's going on the wall. Like a trophy.
T: Ha. Fair enough. Take care of that hand.
""",
    [
        "fusion",
        "3/10|A three",
        "34 kilograms|thirty-four kilograms",
        "46|forty-six",
        "grip over 30 kilograms, met|grip over thirty kilograms, met",
        "partly met",
        "taping",
        "drywall lift",
        "3 days a week|three days a week",
        "discharged",
    ],
    negated=["numbness or tingling in the fingers"],
    absent=["wants a bar down there"],
)
# ---------------------------------------------------------------------------------------------
# SLP, dev
# ---------------------------------------------------------------------------------------------

S(
    "w_slp01_vocal_nodules_voice_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: So, Ms. Hadley, the ENT saw nodules on both vocal folds. Tell me about your voice.
P: By Wednesday it's gone. I teach fourth grade, and by the end of the day it's a croak.
T: How long has it been like this?
P: Since about October. Last year it was bad in the spring, but it came back over the summer.
T: Do you talk over the kids a lot? Recess duty, the cafeteria?
P: Cafeteria duty, twice a week. It's so loud.
T: Any pain when you swallow, any heartburn, coughing up blood?
P: No pain swallowing. No blood. Heartburn sometimes, after coffee.
T: Okay. How much water do you drink in a day?
P: Honestly? Maybe two glasses. And four coffees.
T: We'll talk about that. So I did the voice analysis. Your maximum phonation time is eleven seconds, it should be closer to twenty. Your pitch range is reduced, especially at the top. And the quality is breathy and rough, moderately, on the rating scale.
P: Breathy, yeah. My husband says I sound like a smoker.
T: Do you smoke?
P: Never. Not once.
T: Okay. Your Voice Handicap Index is fifty-four, which is a moderate handicap. Your s/z ratio is one point six, which fits with something on the folds.
P: So what do we do?
T: Voice therapy, once a week for eight weeks. Resonant voice, the straw phonation, and vocal hygiene: more water, a microphone in the classroom, and no yelling at recess. Use a whistle.
P: A whistle. The kids will love that.
T: Goals: a Voice Handicap Index under twenty, and teaching a full day without losing your voice.
P: That would be amazing.
T: And the ENT will look again after the eight weeks.
P: Do you know a good place for lunch around here, by the way?
T: The taco truck on Fifth is great.
P: Noted.
""",
    [
        "nodules on both vocal folds",
        "11 seconds|eleven seconds",
        "breathy and rough",
        "Voice Handicap Index is fifty-four|Voice Handicap Index is 54",
        "1.6|one point six",
        "1x/week for 8 weeks|once a week for eight weeks",
        "straw phonation",
        "microphone in the classroom",
        "Voice Handicap Index under twenty|Voice Handicap Index under 20",
        "fourth grade",
    ],
    negated=["No pain swallowing", "No blood"],
    absent=["taco truck"],
)

S(
    "w_slp02_language_disorder_slpa",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi mateo hi mom okay mateo we are doing the story again today with the pictures
P: the dog one
T: the dog one yep
C: he told his grandma the dog story on saturday
T: oh nice did he use the past tense
C: some of it he said the dog jumped and then the dog runned away
P: runned
T: ran the dog ran away okay mateo what did the boy do first
P: the boy walk to the park
T: the boy walked to the park walked
P: walked
T: yes so past tense ed today he got fourteen out of twenty correct with a model and that was seventy percent
C: last week it was like ten right
T: ten out of twenty last week so fifty percent so much better
P: can i have a sticker
T: after three more okay the boy throws the ball yesterday what did he do
P: he throwed no he threw
T: he fixed it himself wow that is a self correction
C: he does that at home now too
T: then the story retell with the picture cards he got the beginning the middle and the end in order with minimal cues
P: the dog eated the sandwich
T: the dog ate the sandwich yes
C: his teacher says he talks more in class now
T: good for the home practice read a book at bedtime and ask him what happened yesterday
C: what happened yesterday okay every night
T: five minutes is enough and i will tell the s l p he had a good day she will see him next week
P: sticker now
T: sticker now you earned it
P: the dinosaur one
C: thank you
""",
    [
        "past tense",
        "14 out of 20|fourteen out of twenty",
        "70 percent|seventy percent",
        "10 out of 20|ten out of twenty",
        "50 percent|fifty percent",
        "self correction",
        "minimal cues",
        "retell",
        "5 minutes|five minutes",
    ],
    absent=["dinosaur"],
)

S(
    "w_slp03_lateral_medullary_dysphagia_kx",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi, Gerald. Hi, Stan. How did the week go with the chin tuck?
P: Good, I think. I'm doing the head turn to the left like you showed me.
C: He forgets it when he's talking. He talks while he eats.
P: I do not.
C: You do, honey.
T: Ha. That's common. With the Wallenberg stroke, the right side of the throat doesn't squeeze well, so turning your head to the right side closes it off. Wait, let me say that right: turn to the weak side, and the weak side is the right.
P: I've been turning left.
T: Turn right, to the weak side. I said it wrong on the sheet last week, that's on me. I'll fix the sheet.
C: I'll cross it out on the fridge copy.
T: Any coughing on drinks, any fevers, any chest congestion?
C: No fevers. He coughs sometimes on water.
T: Okay. Before I forget: the physical therapy after your stroke and the speech this year put you past the Medicare threshold, so we add the KX modifier. You still need this, the swallowing therapy is medically necessary.
P: Okay.
T: So today, the swallow treatment. Head turn right, with thin water, ten sips, and you coughed on one. Without the head turn, you coughed on four of ten.
P: One out of ten.
T: One out of ten. And the effortful swallow with the puree, and the Mendelsohn hold, ten reps of each.
P: The Mendelsohn is hard. Holding the Adam's apple up.
T: You held it for two seconds. Goal is five. Diet stays soft and bite-sized, IDDSI level six, and thin liquids with the head turn.
C: Can he have the pizza at the grandkids' party?
T: Soft crust, cut small, head turn. Go slow and sit upright.
P: Pizza.
T: And sit up thirty minutes after eating.
C: We watch Jeopardy after dinner anyway.
T: Perfect. Keep the Mendelsohn, ten reps three times a day.
P: Ten reps, three times.
""",
    [
        "Wallenberg stroke",
        "turn to the weak side",
        "1 out of 10|One out of ten",
        "4 of 10|four of ten",
        "effortful swallow",
        "Mendelsohn",
        "2 seconds|two seconds",
        "IDDSI level six|IDDSI level 6",
        "30 minutes after eating|thirty minutes after eating",
        "medically necessary",
    ],
    negated=["No fevers"],
    absent=["Jeopardy"],
    kx=True,
)

S(
    "w_slp04_vascular_cognitive_impairment",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {"97129": 15, "97130": 23},
    [],
    "97129x1:GN 97130x2:GN",
    cog=38,
    text="""
T: hi mister castellano hi lena how was the week with the calendar
P: the calendar is fine i dont need it much
C: dad you missed the dentist tuesday
P: that was the dentists fault
C: it was on the calendar dad
T: okay so the calendar helps when we look at it lets work on that any falls this week any new confusion any trouble with words
C: no falls nothing new
T: good so today we worked on memory and attention thirty eight minutes all together
P: felt like an hour
T: it was thirty eight minutes the spaced retrieval with your pill times you got the morning pill time right after one minute two minutes four minutes and eight minutes
P: nine oclock the blue one
T: nine oclock the blue one yes then the grocery list recall you remembered seven out of ten items after the delay with a category cue
C: last week it was four
T: four out of ten last week yeah then the checkbook task you balanced the register with two errors and you caught one of them yourself
P: i was an accountant for forty years
T: you were and it shows then the planning task making a plan for your granddaughters birthday
P: the party is at the bowling alley
C: its the roller rink dad
P: the roller rink
T: so the plan had five steps and you needed moderate cues to order them
C: he used to do our taxes
P: i still could
T: for home the calendar check every morning at breakfast with lena and the pill box
C: every morning okay
T: and the word puzzles you like fifteen minutes a day
P: the crossword
T: the crossword is perfect see you thursday
""",
    facts=[
        "spaced retrieval",
        "7 out of 10|seven out of ten",
        "4 out of 10|four out of ten",
        "category cue",
        "2 errors|two errors",
        "moderate cues",
        "calendar",
        "pill box",
        "15 minutes a day|fifteen minutes a day",
    ],
    negated=["no falls nothing new"],
    absent=["bowling alley", "roller rink"],
)

S(
    "w_slp05_parkinson_hypophonia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi mister boateng hi grace how are you
P: good
C: see he says good and i can barely hear it
T: okay lets start with the ah as loud as you can hold it as long as you can
P: ahhh
T: good that was eighty two decibels and eleven seconds last week it was seventy five
P: seventy five
T: louder now think loud say it like youre calling the dog in the yard
P: come here rocky
C: rocky is our dog he is fourteen
T: rocky would hear that so the functional phrases today the ten phrases you use every day you averaged seventy four decibels in conversation you started at sixty one
C: at dinner he is better now i dont have to ask him to repeat as much
T: any trouble with swallowing coughing on drinks
C: no coughing he eats fine
P: i eat fine
T: good any falls
P: no
T: okay then reading the paragraph about the weather seventy two decibels and then the conversation where you told me about the church choir seventy decibels
P: i used to sing bass
T: you still can we can work on that too he needed a visual cue from the meter on about half of the conversation
C: the meter on the phone app we use it at home
T: thats good use it at home every day the ten phrases and the ah six times
P: six times
T: and when you talk on the phone hold it away from your mouth and think loud
C: his sister in ghana says he sounds stronger
T: thats nice to hear we keep four times a week for two more weeks
P: okay thank you
""",
    [
        "82 decibels|eighty two decibels",
        "11 seconds|eleven seconds",
        "74 decibels|seventy four decibels",
        "61|sixty one",
        "72 decibels|seventy two decibels",
        "visual cue",
        "think loud",
        "6 times|six times",
        "4 times a week for 2 more weeks|four times a week for two more weeks",
    ],
    negated=["no coughing"],
    absent=["he is fourteen"],
)

S(
    "w_slp06_adult_stuttering_progress",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Okay, Ibrahim, it's been ten sessions, so today is the progress check.
P: Okay. I ordered at the coffee shop by myself Saturday. Out loud. The whole order.
T: That's huge. How did it feel?
P: I blocked on the C in cappuccino. I did the pull-out, like we practiced, and I got it.
T: A pull-out in the wild. That's exactly the goal. How often are you switching words now, avoiding the hard ones?
P: Less. Still with my name. I say "it's Ib" sometimes.
T: We'll get there. Any trouble with breathing or tension in the jaw during blocks?
P: The jaw, a little. Not the breathing.
T: Okay. So in the reading passage today, you stuttered on four percent of syllables. At the start, nine percent.
P: Nine to four.
T: In conversation, six percent, it was eleven. Your longest block was two seconds, it used to be eight.
P: I felt that. Shorter.
T: Your OASES score is two point one, it was three point two.
P: Lower is better?
T: Lower is better. Goals: use a technique on eighty percent of blocks, met. Order food on the phone, not met yet. Introduce yourself with your full name, partly met.
P: The phone is the worst. I hang up.
T: So the next goal is one phone call a week. The pizza place, to ask their hours.
P: Okay. The pizza place.
T: Today we did voluntary stuttering, cancellations, and phone role plays with me in the next room. You used the pull-out on nine of ten blocks in the role play.
P: Nine of ten. Not bad.
T: Not bad at all. Plan: once a week for eight more weeks.
P: My cousin says I should try hypnosis.
T: Ha. I'd stick with what's working.
""",
    [
        "pull-out",
        "4 percent of syllables|four percent of syllables",
        "9 percent|nine percent",
        "6 percent|six percent",
        "2 seconds|two seconds",
        "2.1|two point one",
        "3.2|three point two",
        "partly met",
        "9 of 10 blocks|nine of ten blocks",
        "1x/week for 8 more weeks|once a week for eight more weeks",
    ],
    negated=["Not the breathing"],
)

S(
    "w_slp07_glossectomy_dysphagia_discharge",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi, Ruth. Last visit. How was Thanksgiving?
P: I ate turkey. With gravy. At the table with everybody.
C: She had seconds.
T: Seconds! That's wonderful. Any coughing during the meal?
P: Once, with the cranberry juice. I did the chin tuck and it was fine.
T: Good. Any pneumonia, fevers, since the surgery?
C: No pneumonia, no fevers.
T: Okay. So after the partial glossectomy, the tongue has a harder time moving food back. Let me watch you eat the cracker.
P: Here goes.
T: Good. You cleared it in two swallows, with a liquid wash. A little residue on the left, you swept it with your finger, that's fine.
P: The tongue still doesn't reach that side.
T: It won't fully, that's the surgery. Today, the tongue strength with the bulb was thirty-eight kilopascals, it was twenty-two in August.
P: Is that good?
T: That's a big change. Goals: eat a regular diet with strategies, met. Thin liquids without coughing, met. Drink from a cup in public, met.
C: And she's talking better too.
T: I noticed. Diet is regular, IDDSI level seven, with the liquid wash and small bites. Thin liquids.
P: Level seven. Normal food.
T: Normal food, with the strategies. For the treatment today we did the tongue presses, the bolus control with the cracker and the pudding, and we reviewed the home program.
P: The tongue presses, ten times, three times a day.
T: Right. Keep them for another month, then once a day.
C: And if she starts coughing a lot?
T: Call us, or her ENT. Coughing a lot, a fever, or losing weight.
P: Okay.
C: Can she go back to the choir potluck next month?
T: Yes, with the same strategies: small bites, the liquid wash, and sitting up straight.
C: By the way, your parking garage is a maze.
T: Everyone says that.
T: You're discharged from therapy. It's been a pleasure.
P: Thank you. I mean it.
""",
    [
        "partial glossectomy",
        "two swallows|2 swallows",
        "liquid wash",
        "residue on the left",
        "38 kilopascals|thirty-eight kilopascals",
        "twenty-two in August|22 in August",
        "IDDSI level seven|IDDSI level 7",
        "regular diet with strategies, met",
        "10 times, 3 times a day|ten times, three times a day",
        "discharged from therapy",
    ],
    negated=["No pneumonia", "no fevers"],
    absent=["parking garage is a maze"],
)

# ---------------------------------------------------------------------------------------------
# SLP, test
# ---------------------------------------------------------------------------------------------

S(
    "w_slp08_dementia_dysphagia_eval",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hi, Mrs. Kowalczyk, I'm the speech therapist. Your daughter says eating has been harder?
P: I eat fine. She worries.
C: Mom, you coughed through the whole soup on Sunday.
T: Tell me about that. When did the coughing start?
C: Maybe two months. The Alzheimer's has been getting worse this year, and now she holds food in her cheeks.
T: Pocketing. Any weight loss?
C: Eight pounds since summer.
T: Any pneumonia, or fevers?
C: No pneumonia. No fevers. Knock on wood.
T: Okay. Any trouble with pills?
C: She spits them out. We crush them in applesauce. The pharmacist said that's okay for all but one.
T: Good that you asked. So I'm going to look in your mouth, Mrs. Kowalczyk, and then have you eat a few things.
P: Okay, but I'm not hungry.
T: Lips and tongue move well. No teeth on the bottom, dentures on top that are loose.
C: She won't wear the bottom ones.
T: Okay. With thin water from a cup, she coughed on three of five sips. With the mildly thick, level two, no coughing on five sips. Puree, no problems. With the cracker, she chewed a long time and held it, then needed a reminder to swallow.
P: It was dry.
T: It was dry. So my impression: an oral and pharyngeal dysphagia with the dementia, delayed swallow on thin liquids, and holding food.
C: So what does she eat?
T: Minced and moist, level five, and mildly thick liquids, level two. Small bites, one at a time, and you say "swallow" as a reminder.
C: "Swallow." Okay.
T: And sitting up straight. Treatment two times a week for four weeks, mostly to train you on the strategies.
C: That's fine.
P: Is there cake?
T: Soft cake, moist, yes.
""",
    [
        "Alzheimer's",
        "8 pounds|Eight pounds",
        "3 of 5 sips|three of five sips",
        "level two|level 2",
        "Pocketing",
        "delayed swallow",
        "Minced and moist",
        "level five|level 5",
        "2x/week for 4 weeks|two times a week for four weeks",
        "dentures",
    ],
    negated=["No pneumonia", "No fevers"],
    absent=["Knock on wood"],
)

S(
    "w_slp09_r_distortion_slpa",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi zoe okay today we start with the r at the start of words like we did last week
P: rabbit rocket red
T: rabbit was great rocket was great red was a little wobbly try again
P: red
T: there it is okay so r at the start of words she got sixteen out of twenty thats eighty percent
C: at home she still says wabbit sometimes when she is tired
T: thats normal when she is tired then r in the middle like carrot and parrot
P: carrot parrot orange
T: nice in the middle she had twelve out of twenty so sixty percent with the mirror and a tactile cue on the tongue
P: the tongue goes back and up
T: yes the tongue goes back and up like a cup
C: her teacher says she reads out loud more now
T: thats so good zoe what did you do at recess
P: we played tag and bryce fell in the mud
C: bryce is always in the mud
T: okay in sentences the r at the start of words nine out of fifteen so about sixty percent
P: can i do the spinner
T: you can do the spinner last three words red rope rain
P: red rope rain
T: beautiful home practice is the word cards five minutes a day with the mirror
C: five minutes after dinner
T: perfect and i will tell the s l p she did great she sees her next week for the check
C: should we be doing the l sound too she says it fine i think
T: her l is fine we only work on the r right now the s l p checked all the other sounds at the evaluation
C: okay good
P: i can say lollipop
T: you can lollipop is perfect
P: byeee
C: thanks
T: bye zoe
""",
    [
        "16 out of 20|sixteen out of twenty",
        "80 percent|eighty percent",
        "12 out of 20|twelve out of twenty",
        "60 percent|sixty percent",
        "tactile cue",
        "mirror",
        "9 out of 15|nine out of fifteen",
        "5 minutes a day|five minutes a day",
    ],
    absent=["fell in the mud"],
)

S(
    "w_slp10_myasthenia_dysphagia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: hi carol how was the week with the eating
P: better in the mornings by dinner my jaw gets tired and the voice gets nasal
T: thats the myasthenia it gets worse as the muscles get tired are you taking the mestinon before meals
P: thirty minutes before like the neurologist said
T: good any choking episodes any coughing at meals
P: no choking one cough at dinner tuesday on the rice
T: any fevers or chest stuff
P: no fevers no
T: okay so today the swallow treatment we did it at the start of the session while you were fresh and then after the chewing task at the end
P: the gum was so tiring
T: it was thats the point to see fatigue so fresh you had thin liquids ten sips and no coughing after the chewing you coughed on two of ten
P: two
T: two of ten yes so the plan is the big meal at breakfast or lunch and the smaller meal at dinner
P: i used to cook a big dinner every night
T: it can still be big but you eat the soft things at dinner and rest your jaw between bites
P: okay
T: diet stays regular but soft at night level six soft and bite sized and thin liquids with a chin tuck when you are tired
P: chin tuck when tired
T: we also practiced the double swallow on the crackers and you cleared it on eight of ten
P: eight
T: eight of ten and write down when you get tired in the food diary
P: my daughter made me a chart with stickers
T: i love it is your daughter the one who does nails
P: the one in tampa yeah
T: okay bring the chart next week
""",
    [
        "myasthenia",
        "30 minutes before|thirty minutes before",
        "2 of 10|two of ten",
        "level six|level 6",
        "chin tuck",
        "double swallow",
        "8 of 10|eight of ten",
        "food diary",
        "voice gets nasal",
    ],
    negated=["no choking", "no fevers"],
    absent=["does nails", "tampa"],
)

S(
    "w_slp11_radiation_cognition",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 16},
    [],
    "97129x1:GN 97130x1:GN",
    cog=31,
    text="""
T: Hi, Alma. How's the week been? Last time you said work was rough.
P: Still rough. I forget what I walked into the room for, a dozen times a day. The doctor says it's the radiation.
C: She's doing better with the notebook.
T: The memory notebook, good. Any headaches, seizures, new weakness?
P: No seizures. Headaches maybe twice, mild.
C: Twice, Tuesday and Friday.
T: Okay. So today, thirty-one minutes of cognitive work. We started with attention: the auditory task, you pressed the buzzer on the target word, twenty-two of twenty-five.
P: The buzzer is annoying.
T: It is, sorry. Then the memory strategies: the notebook practice and the visualization for names. You learned five new names and recalled four after twenty minutes.
P: Four. The fifth was Gary?
T: Garrett.
P: Close!
T: Close. Then problem solving: the email task, you sorted ten emails by priority with one error, and you needed a cue to start.
C: At home she sits at the computer and doesn't know where to start.
T: That's the starting. So the strategy is a written list, three things, top of the page.
P: Three things.
T: And you're a pharmacist, so we'll work toward double-checking prescriptions.
P: I'm on leave. I want to go back by spring.
T: That's our long goal. Your accuracy on the double-checking drill today was ninety percent, nine of ten.
P: Ninety isn't good enough for a pharmacist.
T: No, it needs to be a hundred. We keep going.
C: She's so hard on herself.
P: Somebody has to be.
T: Ha. Homework: the notebook every day, and the email sorting, ten emails a day.
P: Ten emails.
C: Should she be driving yet?
T: That's for her doctor to decide. I can send the doctor what we see here, the attention scores especially.
""",
    facts=[
        "radiation",
        "memory notebook",
        "22 of 25|twenty-two of twenty-five",
        "recalled four|recalled 4",
        "one error|1 error",
        "written list",
        "pharmacist",
        "90 percent|ninety percent",
        "10 emails a day|ten emails a day",
    ],
    negated=["No seizures"],
    absent=["Gary"],
)

S(
    "w_slp12_cleft_palate_resonance",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi, Amir. Hi, Dad. So, Amir, the palate surgery was in the summer, right? We're working on the air going out the mouth.
C: The second surgery, in June. The surgeon said the palate's closed now, it's just habits.
T: Right. The old habit is sending air through the nose on sounds like P and B. Amir, puff the cheeks. Hold it.
P: Mmmph.
T: Good, no air out of the nose. The mirror didn't fog.
C: He does that one at home with the mirror.
T: Great. So today, P at the start of words: puppy, pie, pan. He had eighteen out of twenty with no nasal air, ninety percent.
P: Puppy, pie, pan!
T: Then B in phrases, "big bus", "blue ball". Thirteen of twenty, sixty-five percent, with the nose pinched for the first half, then without.
C: The pinching helps?
T: It helps him feel the air in the mouth. Then we fade it. Any fluid coming out the nose when he drinks?
C: No. Not since the surgery.
T: Good. Any ear infections?
C: One in October. The tubes are still in.
T: Okay, I'll note that for the ENT. The S sound is still made in the throat, that's next month's work.
P: Sssss.
T: That's it, the snake. Okay, homework: the puppy pie pan cards and the big bus phrases, ten minutes a day, with the mirror.
C: Ten minutes. We can do that after soccer.
P: I scored a goal Saturday!
T: You did? Awesome.
C: He kicked it into his own net, but he was very proud.
T: A goal is a goal.
P: A goal is a goal!
C: His grandma wants to know if he can play the trumpet.
T: Not yet. Blowing hard can push air out the nose, and we don't want him practicing that. Let's ask again at the next check.
P: I want the drums anyway.
T: Drums are perfectly fine.
""",
    [
        "palate",
        "no air out of the nose",
        "18 out of 20|eighteen out of twenty",
        "90 percent|ninety percent",
        "13 of 20|Thirteen of twenty",
        "65 percent|sixty-five percent",
        "nose pinched",
        "10 minutes a day|ten minutes a day",
        "in the throat",
    ],
    negated=["Not since the surgery"],
    absent=["his own net"],
)

S(
    "w_slp13_msa_dysphagia_progress_kx",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: hi ken hi maureen so its the tenth visit today so this is the progress report for the swallowing
C: ten already
T: ten already and one more thing first because of the p t for his balance and the speech this year ken is over the medicare threshold so the claim gets the k x modifier the swallowing therapy is still medically necessary
C: okay the office told me
T: so the multiple system atrophy is a progressive condition and the goal is to keep him eating safely as long as we can
P: i like eating
T: i know you do any pneumonia any fevers since the last report
C: no pneumonia no fevers he had a cold in october
T: okay any weight loss
C: he lost two pounds
T: two pounds okay so in the session today he had the mildly thick liquids level two with the chin tuck on ten sips and coughed on one
P: one
T: one and the soft and bite sized level six with the effortful swallow he cleared it with a second swallow on eight of ten bites
C: at home he forgets the second swallow
T: yeah the cue helps so the goals take his liquids with no more than one cough in ten sips met use the effortful swallow with minimal cues partly met and keep his weight stable partly met
P: partly
T: partly because of the two pounds the plan is the same two times a week for four more weeks and we add the expiratory muscle trainer
C: the blowing device
T: the blowing device five sets of five every day
P: my brother has one for his lungs
T: a lot of people do we start at a low setting
C: when should we come back for the x ray swallow test
T: if he starts coughing more or gets a fever i will call the doctor about it sooner otherwise in three months
C: okay
""",
    [
        "multiple system atrophy",
        "2 pounds|two pounds",
        "level two|level 2",
        "coughed on one|coughed on 1",
        "level six|level 6",
        "8 of 10 bites|eight of ten bites",
        "partly met",
        "2x/week for 4 more weeks|two times a week for four more weeks",
        "expiratory muscle trainer",
        "5 sets of 5|five sets of five",
        "medically necessary",
    ],
    negated=["no pneumonia", "no fevers"],
    absent=["my brother has one"],
    kx=True,
)

S(
    "w_slp14_thyroidectomy_voice_discharge",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi, Fernanda. Last session. How's the voice?
P: It's my voice again. I sang in the car on the way here.
T: In the car! After the thyroidectomy it was a whisper.
P: For two months I couldn't call my kids in from the yard.
T: Any choking on drinks, coughing when you swallow water?
P: No. That stopped in August.
T: Good. Any pain or tightness in the throat when you talk?
P: No pain. It gets a little tired after a long call.
T: Okay. So today, your maximum phonation time is eighteen seconds, it was six in July. Your voice handicap score is twelve, it was sixty-two.
P: Sixty-two! I remember crying during that questionnaire.
T: It was a hard time. The ENT said the left vocal fold is moving again on the scope.
P: She said it's moving about normal.
T: Good. Goals: talk on the phone for thirty minutes without fatigue, met. Be heard in a noisy room, met. Sing in church, partly met.
P: Partly, because I'm not doing the high notes yet.
T: Right. So today we did the resonant voice, the pitch glides, and reading in the noise with the recording of the cafeteria. You were heard clearly every time.
P: That cafeteria noise is terrible.
T: It is. Home program: the pitch glides and the straw, five minutes twice a day, and drink water.
P: Water, always.
T: If the voice goes hoarse again for more than two weeks, call the ENT.
P: I will.
T: You're discharged from speech therapy. Go sing.
P: Thank you, really.
T: And good luck at the quinceañera.
P: My niece's! Saturday. I'm making the tres leches.
T: Save me a piece.
P: I will. Thank you for giving me my voice back.
""",
    [
        "thyroidectomy",
        "18 seconds|eighteen seconds",
        "six in July|6 in July",
        "voice handicap score is twelve|voice handicap score is 12",
        "62|sixty-two",
        "left vocal fold is moving",
        "partly met",
        "pitch glides",
        "5 minutes twice a day|five minutes twice a day",
        "discharged from speech therapy",
    ],
    negated=["No pain"],
    absent=["quinceañera", "tres leches"],
)

# ---------------------------------------------------------------------------------------------
# Rules (independent implementation of the brief's answer-key conventions)
# ---------------------------------------------------------------------------------------------

# 97763 and 97036 added to blind3's list: PRODUCT.md names them as timed codes.
TIMED = {
    "97110",
    "97112",
    "97116",
    "97140",
    "97530",
    "97535",
    "97542",
    "97750",
    "97760",
    "97763",
    "97129",
    "97130",
    "97032",
    "97033",
    "97035",
    "97036",
}
UNTIMED = {
    "97161",
    "97162",
    "97163",
    "97164",
    "97165",
    "97166",
    "97167",
    "97168",
    "92507",
    "92521",
    "92522",
    "92523",
    "92524",
    "92526",
    "92610",
    "97150",
    "G0283",
}
EVAL_CODES = {
    ("PT", "evaluation"): {"97161", "97162", "97163"},
    ("PT", "re-evaluation"): {"97164"},
    ("OT", "evaluation"): {"97165", "97166", "97167"},
    ("OT", "re-evaluation"): {"97168"},
    ("SLP", "evaluation"): {"92521", "92522", "92523", "92524", "92610"},
}
ALL_EVAL = set().union(*EVAL_CODES.values())
COMPLEXITY = {
    "97161": "low",
    "97162": "moderate",
    "97163": "high",
    "97165": "low",
    "97166": "moderate",
    "97167": "high",
}
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ROLES = {"PT": {"PT", "PTA"}, "OT": {"OT", "OTA"}, "SLP": {"SLP", "SLPA"}}
NOTE_TYPES = {"evaluation", "daily", "progress", "re-evaluation", "discharge"}
# Pairs kept out of the data on purpose: the brief's 59 rule does not cover them, while NCCI /
# CPT guidance does say something about them (see README).
AVOID_PAIRS = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, {"97164"}),
    ({"97530"}, ALL_EVAL - {"97164"}),
    ({"97760"}, {"97116"}),
    ({"92507"}, {"92526"}),
    ({"92526"}, {"92610"}),
    ({"92507", "92526"}, {"97129", "97130"}),
]


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
        problems.append(f"{sid}: tie in remaining minutes decides a unit ({rest[left - 1]} vs {rest[left]})")
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
        if s["kx"]:
            m.append("KX")
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

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
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
    return any(re.search(r"(?<![\w.])" + re.escape(f) + r"(?![\w])", text, re.I) for f in number_forms(n))


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
    if not re.fullmatch(r"w_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("w_" + s["discipline"].lower()):
        p("id prefix does not match discipline")
    if s["split"] not in ("dev", "test"):
        p("bad split")
    if s["role"] not in ROLES.get(s["discipline"], ()):
        p("role does not fit discipline")
    if s["note_type"] not in NOTE_TYPES:
        p("bad note type")
    if s["rule"] not in ("cms", "per-code"):
        p("bad rule")
    if (s["role"] in ASSIST_MOD or s["role"] == "SLPA") and s["note_type"] != "daily":
        p("assistant on a non-daily note")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        p("SLPA on a Medicare (cms) session")
    if s["kx"] and s["rule"] != "cms":
        p("KX outside a Medicare (cms) session")
    if s["kx"] and not ("threshold" in s["text"].lower() and ("KX" in s["text"] or "k x" in s["text"])):
        p("KX without the threshold and the modifier said")

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


def is_asr(text):
    """A speech-recogniser transcript: no capital letter and no punctuation in any spoken turn."""
    body = " ".join(m.group(2) for m in map(LINE_RE.match, text.strip().splitlines()) if m)
    return not re.search(r"[A-Z.,?!;'\"]", body)


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
    asr = Counter(s["split"] for s in SESSIONS if is_asr(s["text"]))
    if asr["dev"] != 8 or asr["test"] != 8:
        problems.append(f"ASR mix {dict(asr)}")
    kx = Counter(s["split"] for s in SESSIONS if s["kx"])
    if kx["dev"] < 2 or kx["test"] < 2:
        problems.append(f"KX mix {dict(kx)}")
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

    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"]) for s in SESSIONS)
    lines = ["split  disc  note_type      role  rule      n"]
    asr = [s["id"] for s in SESSIONS if is_asr(s["text"])]
    kx = [s["id"] for s in SESSIONS if s["kx"]]
    for k in sorted(rows):
        lines.append(f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {rows[k]}")
    code_count = Counter()
    for s in SESSIONS:
        for c in list(s["timed"]) + s["untimed"]:
            code_count[c] += 1
    lines.append(
        "codes performed (sessions): " + ", ".join(f"{c} {n}" for c, n in sorted(code_count.items()))
    )
    lines.append(f"ASR ({len(asr)}): " + ", ".join(asr))
    lines.append(f"KX ({len(kx)}): " + ", ".join(kx))
    return "\n".join(lines)


def main():
    problems = []
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for s in SESSIONS:
        segs = build_segments(s, problems)
        codes, mods = check_session(s, segs, problems)
        out.append(
            (
                s,
                {
                    "id": s["id"],
                    "discipline": s["discipline"],
                    "note_type": s["note_type"],
                    "role": s["role"],
                    "rule": s["rule"],
                    "transcript": {"segments": segs},
                    "expected": {
                        "codes": codes,
                        "modifiers": mods,
                        "minutes": dict(s["timed"]),
                        "facts": s["facts"],
                        "negated": s["negated"],
                        "absent": s["absent"],
                    },
                },
            )
        )
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
            if f.startswith("w_") and f.endswith(".json"):
                os.remove(os.path.join(d, f))
    for s, doc in out:
        with open(os.path.join(here, s["split"], s["id"] + ".json"), "w") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(
        f"OK: wrote {len(out)} sessions "
        f"(dev {sum(1 for s, _ in out if s['split'] == 'dev')}, "
        f"test {sum(1 for s, _ in out if s['split'] == 'test')})"
    )
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
