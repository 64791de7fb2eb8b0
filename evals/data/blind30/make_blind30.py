#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirtieth set (ids ag_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind29,
blind28, blind27 and blind26, and lines 1-40 and the rules / checks part of make_blind29.py (read, not
copied: the rules, helpers and checks at the end of this file are this author's own).  Running it:

  1. recomputes every answer key from the minutes written into each session (8-minute rule or per-code,
     97129/97130 split, GP/GO/GN, CQ/CO, 59, KX) and compares it with the hand-written key; checks
     corrected minute figures, minutes said as phrases, timestamps, turns (30-60), facts / negated /
     absent against the transcript and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND30_OUT).

Transcript lines: "T: ..." (whoever speaks for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, a friend, a guide, a care worker).  Lower-case tags ("t:", "p:", "c:") mark a speech-recogniser
transcript (no capitals, digits or punctuation).  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ".  `parts` maps a
timed code said only in pieces to the pieces; `fixed` maps a timed code whose minutes the clinician
corrects to the first (wrong) figure, said before the figure the key uses; `said_as` maps a timed code
whose minutes are said only as a phrase ("a quarter of an hour") to that phrase.
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
    negated,
    absent,
    kx=False,
    has59=False,
    cog=None,
    parts=None,
    fixed=None,
    said_as=None,
):
    SESSIONS.append(
        dict(
            id=sid,
            discipline=discipline,
            note_type=note_type,
            role=role,
            rule=rule,
            split=split,
            timed=dict(timed),
            untimed=list(untimed),
            key=key,
            text=text,
            facts=list(facts),
            negated=list(negated),
            absent=list(absent),
            kx=kx,
            has59=has59,
            cog=cog,
            parts=dict(parts or {}),
            fixed=dict(fixed or {}),
            said_as=dict(said_as or {}),
        )
    )


# ----- PT, dev -----------------------------------------------------------------------------

S(
    "ag_pt01_juno_waits_under_the_chair",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97116": 9},
    ["97162"],
    "97162x1:GP 97116x1:GP",
    """
T: Hi Mr. Okafor, I'm Dana, the physical therapist. And this must be your guide dog.
P: This is Juno. She's working, so please don't pet her. She'll settle under the chair.
T: Understood. So tell me what happened to the ankle.
P: Going up the bus steps I pushed off and felt a kick in the back of my leg. Nobody was behind me.
T: And the surgeon decided against surgery?
P: With my diabetes they'd rather do the boot. I'm five weeks in the walking boot now.
T: How many heel wedges are in it?
P: Two heel wedges. They took one out last Friday.
T: Any numbness in the foot, pins and needles?
P: No numbness. The podiatrist says my feet are still fine.
T: Calf pain, swelling up the leg, anything like a clot?
P: No calf pain like that. Just a tight ache at the heel cord.
T: Pain right now, zero to ten?
P: It's a three sitting. Walking it gets to a five.
T: How much vision do you have?
P: Light and shadow in the left eye. Nothing in the right. Retinopathy.
T: So the boot changes how Juno guides you.
P: She walks at her pace and I'm clunking behind in this boot. I nearly missed a curb on Tuesday.
T: Did you fall?
P: No, I didn't fall. Juno stopped dead. She's smarter than me.
T: I'll tell you before I touch anything. The swelling is about one centimeter more on the right at the figure of eight.
P: That's not bad.
T: Plantar flexion is limited, and we stay at neutral only for dorsiflexion, that's the surgeon's protocol.
P: Neutral only, yes, they were strict about that.
T: Hip and knee strength are five out of five. I'm not testing the calf today.
P: Fine by me.
T: Let's walk the hallway with the boot on and Juno in harness. You take a short step with the left to stay level. Try this even-up shoe lift on the left shoe.
P: Oh, that's better. My hip doesn't hike up now.
T: Once more down the hallway and up the ramp. Tell her slow.
P: Juno, easy. Easy. That's much smoother.
T: That was nine minutes of gait training with the shoe lift and the harness.
P: Can you write a note for the airline? I'm flying to my sister's in March.
T: Not today, we can talk about that closer to the date.
T: This is a moderate complexity evaluation: the vision, the diabetes and the boot all shape the plan.
P: Makes sense.
T: Twice a week for eight weeks. Goals: walking with Juno at her pace out of the boot, and the bus steps safely.
P: The bus steps are the big one.
T: Wear the shoe lift whenever the boot is on, and do the seated hip and knee exercises. I'll email the sheet so your phone can read it to you.
P: Perfect. See you Thursday.
""",
    [
        "five weeks in the walking boot|5 weeks",
        "Two heel wedges|2 heel wedges",
        "It's a three sitting|3/10 sitting",
        "Walking it gets to a five|5/10 walking",
        "one centimeter more|1 cm",
        "neutral only",
        "five out of five|5/5",
        "even-up shoe lift",
        "nine minutes of gait training|9 minutes",
        "Twice a week for eight weeks|2x/week for 8 weeks",
        "moderate complexity",
        "guide dog",
    ],
    ["numbness", "calf pain", "fall"],
    ["write a note for the airline", "my sister's in March"],
)

S(
    "ag_pt02_bike_leaning_forward",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 15, "97112": 11},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
T: Morning Gloria. How did the walk to the mailbox go this week?
P: I made it to the mailbox and back twice without sitting on the wall. My legs still go heavy after about five minutes.
T: Heavy, or numb?
P: Heavy. Not numb. And nothing in the bladder, you asked me that last time.
T: Good, thank you. That's the stenosis: bending forward opens the space, standing tall closes it.
P: That's why I lean on the grocery cart, I guess.
T: Exactly. We'll start on the recumbent bike, lean forward a little, easy pace.
P: This I like. I could ride this all day.
T: Keep it at level three. I'll have you do that plus the knee-to-chest and the pelvic tilts.
P: The tilts are boring.
T: Boring works. Ten each, two sets.
P: One, two... I lost count.
T: That's fine, I'm counting. That's the second set. The bike and the stretches came to a quarter of an hour.
P: Time flies when you're bored.
T: Now balance. Feet together by the counter, eyes open. Then the foam.
P: The foam makes me wobble.
T: You're allowed to wobble. Hands hovering, not holding.
P: Whoa. Okay, I'm holding.
T: That's alright. Now step taps to the cone, left, right.
P: My left foot catches.
T: A little, when you get tired. Did you have any falls since last week?
P: No falls. One near miss on the back step, I grabbed the rail.
T: Good that the rail is there. Balance work was eleven minutes.
P: Is this still covered? My neighbor said Medicare stops paying after so much.
T: You've passed this year's therapy threshold, because of the knee therapy in the spring. I'll add the KX modifier, since the therapy is still medically necessary: your walking tolerance is improving and you're not safe on that back step yet.
P: So I don't have to pay out of pocket?
T: Not for that reason. The modifier tells Medicare the care is still needed.
P: My neighbor's going to be jealous. She pays for everything.
T: Pain today, zero to ten?
P: A two sitting. Four after the walk to the mailbox.
T: Plan for next time: longer bike, and we'll time the walk in the hallway.
P: Should I buy one of those bikes?
T: A used recumbent bike would be great, no need for a new one.
P: My son-in-law has one in his garage, collecting laundry.
T: Then take the laundry off it. See you Friday.
""",
    [
        "mailbox and back twice|2 times",
        "after about five minutes|5 minutes",
        "recumbent bike",
        "level three|level 3",
        "Ten each, two sets|2 x 10",
        "a quarter of an hour|15 minutes",
        "foam",
        "step taps to the cone",
        "eleven minutes|11 minutes",
        "near miss on the back step",
        "A two sitting|2/10 sitting",
        "Four after the walk|4/10 after walking",
        "medically necessary",
    ],
    ["numb", "bladder", "falls"],
    ["My neighbor's going to be jealous", "collecting laundry"],
    kx=True,
    said_as={"97110": "a quarter of an hour"},
)

S(
    "ag_pt03_tractor_step_after_the_pin",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 10, "97530": 14},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hey walt its ben your assistant today how is that hip
p: stiff as a gate this morning but its loosening up
t: pain right now zero to ten
p: four maybe
t: any redness or drainage from the incision
p: no drainage my wife checks it every night with a flashlight
t: good lets get you on your side i want to work on that scar and the outside of the thigh
p: the whole side feels like wood
t: thats the i t band and the scar sticking down this is soft tissue work on the scar and the glute me dee us
p: ow right there
t: too much
p: no keep going its a good hurt
t: okay ten minutes of the soft tissue and scar work that was
p: feels looser already
t: now the tractor your goal is climbing up into the cab right
p: yeah three steps up and a grab handle on the left
t: i set up the step box and the pole as the grab handle show me how you do it at home
p: left hand on the pole right foot up
t: lead with the good leg going up the bad one going down up with the good down with the bad
p: i always forget that
t: try it again and keep your hip from twisting the surgeon said no crossing the legs for six weeks after the or if
p: hes a stickler
t: have you had any falls getting in or out of the truck
p: nope havent even tried the truck the tractor is parked till spring
t: good now turn and sit like its the tractor seat then reach back for the seat belt
p: that reach pulls
t: reach with the left arm instead then you dont twist that was fourteen minutes on the cab and the seat
p: my neighbor ray can drive the tractor for me cant you just write that im fine
t: i cant write that but ill tell ann your therapist how well you did
p: fair enough ray drives like a maniac anyway
t: any numbness down the leg today
p: none
t: ice at home for fifteen minutes after the exercises and the same home list
p: yes maam i mean yes sir
t: see you thursday
""",
    [
        "stiff as a gate",
        "four maybe|4/10",
        "scar",
        "glute me dee us|gluteus medius",
        "ten minutes of the soft tissue|10 minutes",
        "three steps up|3 steps",
        "up with the good down with the bad",
        "no crossing the legs for six weeks|6 weeks",
        "reach with the left arm",
        "fourteen minutes on the cab|14 minutes",
        "ice at home for fifteen minutes|15 minutes",
    ],
    ["drainage", "falls", "numbness"],
    ["cant you just write that im fine", "ray drives like a maniac"],
    has59=True,
)

S(
    "ag_pt04_night_shift_heel",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 22, "97140": 8},
    [],
    "97110x1:GP,CQ 97140x1:GP,CQ",
    """
T: Hi Priya, I'm Marcus, the assistant working with Lena today. How's the heel?
P: The first steps out of bed are still the worst. After three twelve-hour shifts it's a seven.
T: And right now?
P: Right now a three.
T: Are you wearing the night splint?
P: Four nights out of seven. It wakes me up.
T: Four nights is better than none. Any tingling in the toes or the arch?
P: No tingling. It's just the heel, like a stone in the shoe.
T: Let's start with the calf stretches on the slant board, then towel scrunches and marble pickups.
P: The marbles are the worst. My toes have no idea what they're doing.
T: Three sets of ten on the heel raises, slow down.
P: One... two... Oh, sorry. My pump is beeping.
C: That's her insulin pump, it just wants a reading.
P: Ignore her, that's my sister Anjali. She drove me because I was off nights.
C: I'm just saying your sugar was low at breakfast.
P: It's fine, one twenty two on the meter. Keep going.
T: Okay. We'll pick up the heel raises where we stopped.
P: That's the burn I'm supposed to feel?
T: Yes, right in the calf. Any pain in the heel itself with those?
P: No, not in the heel.
T: Good. That was twenty five minutes of exercise. No, hold on, I paused the timer for your pump. Twenty two minutes.
P: Either way I'm sweating.
T: Now I'll do the soft tissue on the plantar fascia and the calf.
P: Oh, that's the spot. Right there.
T: Eight minutes on the soft tissue work.
C: Can you do her shoulders too? She's been hunched over charting for years.
T: Not today, her plan is for the foot.
P: She's always trying to get me extras.
T: For home: the frozen water bottle roll, the stretches before you stand up in the morning, and the splint five nights if you can.
P: Five nights. I'll try.
T: And the shoes with the arch support at work, not the clogs.
P: The clogs are so comfortable though.
T: Lena will check on the clogs next week. See you Tuesday.
""",
    [
        "first steps out of bed",
        "it's a seven|7/10",
        "Right now a three|3/10",
        "Four nights out of seven|4 of 7 nights",
        "slant board",
        "marble pickups",
        "Three sets of ten|3 x 10",
        "one twenty two on the meter|122",
        "Twenty two minutes|22 minutes",
        "Eight minutes on the soft tissue|8 minutes",
        "frozen water bottle",
        "splint five nights|5 nights",
        "not the clogs",
    ],
    ["tingling", "pain in the heel itself"],
    ["Can you do her shoulders too", "twenty five minutes of exercise"],
    fixed={"97110": 25},
)

S(
    "ag_pt05_the_lawyer_wants_a_letter",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97140": 12, "97110": 16},
    [],
    "97140x1:GP 97110x1:GP",
    """
t: hi tasha how is the neck since the accident
p: better in the morning worse by the end of the day at the desk
t: pain now
p: a five
t: any headaches this week
p: two headaches both on wednesday after the long meeting
t: any numbness or tingling in the hands
p: no nothing in the hands
t: dizziness when you turn your head
p: no dizziness
t: okay lie back ill start with the soft tissue on the upper traps and the sub oxy pittles
p: the what
t: the little muscles at the base of the skull
p: oh thats where it lives
t: now some gentle glides on the middle of the neck tell me if its too much
p: its fine
t: twelve minutes of the manual work
p: my lawyer wants a letter saying how many visits i need
t: thats a request for the front desk they handle records requests we dont put it in the visit
p: okay ill ask them
t: now sit up chin tucks ten times hold five seconds
p: this feels silly
t: silly is good next the band rows three sets of twelve with the green band
p: green is hard
t: then the wall angels slow
p: my left arm wont go up as far
t: it doesnt have to yet thats the seat belt side we did sixteen minutes of exercise
p: the other driver ran the red light you know
t: i remember you told me
p: still makes me mad
t: rotation to the left is better today about sixty degrees
p: last week i couldnt check my blind spot
t: keep doing the chin tucks every hour at work and the rows at home
p: every hour
t: set an alarm on your phone see you monday
p: thanks
""",
    [
        "worse by the end of the day at the desk",
        "a five|5/10",
        "two headaches|2 headaches",
        "sub oxy pittles|suboccipitals",
        "twelve minutes of the manual work|12 minutes",
        "chin tucks ten times|10 times",
        "three sets of twelve|3 x 12",
        "green band",
        "wall angels",
        "sixteen minutes of exercise|16 minutes",
        "about sixty degrees|60 degrees",
        "every hour at work",
    ],
    ["numbness", "tingling", "dizziness"],
    ["my lawyer wants a letter", "ran the red light"],
)

S(
    "ag_pt06_knees_that_bend_backward",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 20, "97112": 6},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Hi Maya, hi Mrs. Lindqvist. This is your progress report visit, so some testing first.
P: Okay. I brought my splints like you said.
C: She's been wearing the finger ones in class.
T: Good. Any dislocations since we last tested, four weeks ago?
P: No dislocations. The right kneecap slipped once, but it went back on its own.
T: A partial slip. Where were you?
P: Getting out of my friend's car.
T: Pain today?
P: A four in both knees. It was a seven when I started.
T: Your Beighton score doesn't change with therapy, it's still eight out of nine, that's just how your joints are made.
C: Eight out of nine. The geneticist said the same.
T: What changes is control. Single leg stance on the right was eight seconds at the start. Let's see now.
P: Okay... that's long.
T: Twenty four seconds on the right, nineteen on the left.
C: That's triple!
T: Knee extension: you used to snap into ten degrees of hyperextension. Now you stop at about two degrees.
P: I think about soft knees all the time now.
T: Any fainting or lightheadedness when you stand up fast?
P: Not this month. I drink the salty water.
T: Good. Now the exercise: wall sits at thirty degrees, bridges, and side-lying hip work. No locking the knees.
P: The bridges are easy now.
T: Then add the band above the knees. Two sets of fifteen.
P: Ugh. Okay.
T: That was twenty minutes of strengthening.
C: Can she go back to volleyball?
T: Not yet. That's one of the goals for the next period, but we need the landing control first.
P: I knew you'd say that.
T: Now balance on the pillow, soft knee, throw and catch.
P: This is the hard one.
T: Six minutes of balance. We're stopping there, your knee's starting to wobble.
C: Her brother broke his wrist skateboarding, should he come here too?
T: He'd need his own referral. For Maya: two of the four goals are met, single leg stance and the knee control. The stairs without the rail and the sport landing are not met yet.
P: So more weeks?
T: Six more weeks, twice a week. I'll send the report to Dr. Haddad.
C: Thank you.
""",
    [
        "Getting out of my friend's car",
        "right kneecap slipped once",
        "A four in both knees|4/10",
        "It was a seven when I started|7/10",
        "eight out of nine|8/9",
        "Twenty four seconds on the right|24 seconds",
        "nineteen on the left|19 seconds",
        "about two degrees|2 degrees",
        "wall sits at thirty degrees|30 degrees",
        "Two sets of fifteen|2 x 15",
        "twenty minutes of strengthening|20 minutes",
        "Six minutes of balance|6 minutes",
        "two of the four goals are met|2 of 4 goals",
        "Six more weeks, twice a week|6 weeks, 2x/week",
    ],
    ["dislocations", "fainting", "lightheadedness"],
    ["Her brother broke his wrist", "The geneticist said the same"],
)

S(
    "ag_pt07_twenty_eight_weeks_and_the_stairs",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97112": 10},
    ["97164"],
    "97164x1:GP 97112x1:GP",
    """
t: hi rosa good to see you how far along now
p: twenty eight weeks and she kicks all night
t: so today is a re evaluation because the pain moved since the first visit
p: yes now its down the back of the left leg not just the back of the pelvis
t: does it go past the knee
p: no never past the knee stops at the back of the thigh
t: any numbness in the foot or the saddle area
p: no numbness
t: any leaking or trouble with the bladder you havent had before
p: no nothing new there
t: any bleeding or cramping your midwife should know about
p: no the midwife saw me tuesday all good
t: pain now
p: six when i roll over in bed three sitting here
t: lets test ill press on the back of the pelvis here and here
p: ow the left one
t: the thigh thrust test is positive on the left and the compression test is positive too thats the pelvic girdle not the disc
p: so not sigh attica
t: the straight leg raise is negative so it doesnt look like a nerve from the spine
p: thats a relief my sister had the disc surgery
t: single leg stance on the left is five seconds on the right twelve
p: the left feels like it gives
t: thats the pelvis not the knee lets do some balance and pelvic control work with the sack row illy ack belt on
p: the belt feels like a hug
t: standing weight shifts side steps and the half step up on the small box keep the knees level
p: when i go up the stairs at work it hurts on the left
t: take the stairs one at a time good leg first for now ten minutes of the balance and control work
p: can you also check my wrist it tingles at night
t: lets mention that to your midwife today we stay with the pelvis
p: okay
t: new goals rolling in bed with pain under three and the stairs at work step over step by thirty six weeks
p: and after she comes
t: well reassess after the birth plan is once a week for six weeks and the belt for walking more than ten minutes
p: okay once a week works with the appointments
t: pillow between the knees at night and roll like a log
p: like a log got it
t: see you next wednesday
""",
    [
        "twenty eight weeks|28 weeks",
        "down the back of the left leg",
        "six when i roll over in bed|6/10",
        "three sitting here|3/10",
        "thigh thrust test is positive on the left",
        "straight leg raise is negative",
        "single leg stance on the left is five seconds|5 seconds",
        "on the right twelve|12 seconds",
        "ten minutes of the balance|10 minutes",
        "by thirty six weeks|36 weeks",
        "once a week for six weeks|1x/week for 6 weeks",
        "pillow between the knees",
    ],
    ["past the knee", "numbness", "leaking", "bleeding"],
    ["my sister had the disc surgery", "my wrist it tingles at night"],
)

S(
    "ag_pt08_mailbag_shoulder",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 17, "97140": 10},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Good morning Mr. Baptiste, Mrs. Baptiste. Last visit today.
P: Graduation day.
C: I brought the notebook. He's done every exercise, I checked them off.
T: Every one, that's impressive. Any pain today?
P: A one. Only when I reach the top shelf.
T: When you started after the fracture it was an eight.
P: Don't remind me. Thirty two years carrying mail and I break it on my own porch.
T: Let's measure. Flexion is one hundred and fifty degrees, abduction one hundred and forty, external rotation sixty.
C: What was it at the start?
T: Flexion was seventy.
P: I couldn't comb my hair.
T: Strength is four plus out of five for flexion and abduction.
P: And the QuickDASH thing?
T: You scored eleven today. It was sixty four at the start.
C: That's a big drop.
T: It is. Any numbness or pins and needles down the arm?
P: None. That went away in the first month.
T: Any clicking or catching?
P: No catching.
T: Let's go through the home program one last time. Wall slides, band rows, external rotation with the yellow band, and the sleeper stretch.
C: Should he move up to the red band?
T: Yes, red band from now on, two sets of fifteen. Let's practise them. Good, slower on the way back.
P: Slower is harder.
T: That's why. We did seventeen minutes of exercise. I'll finish with some joint mobilization for the last bit of stiffness in the back of the capsule.
P: That's the good part.
T: Ten minutes of mobilization. How does it feel reaching up?
P: Loose. Like oil in a hinge.
C: Can he go back to bowling on Thursdays?
T: He can start with a light ball and see how it goes.
P: My team's been losing without me.
C: They've been losing for twenty years.
T: All goals met except the overhead lifting with a full box, which is close. He's discharged to the home program.
P: So if it gets worse?
T: Call us. You'd need a new order from Dr. Chen.
P: Thank you for everything.
""",
    [
        "A one|1/10",
        "top shelf",
        "one hundred and fifty degrees|150 degrees",
        "abduction one hundred and forty|140 degrees",
        "external rotation sixty|60 degrees",
        "four plus out of five|4+/5",
        "You scored eleven today|QuickDASH 11",
        "It was sixty four at the start|64",
        "red band from now on, two sets of fifteen|2 x 15",
        "seventeen minutes of exercise|17 minutes",
        "Ten minutes of mobilization|10 minutes",
        "light ball",
        "discharged to the home program",
    ],
    ["numbness", "pins and needles", "catching"],
    ["losing for twenty years", "My team's been losing without me"],
)

# ----- PT, test ----------------------------------------------------------------------------

S(
    "ag_pt09_recruit_shins_before_ship_out",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 8},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
t: hi jordan im sam the physical therapist what brings you in
p: my shins are killing me i ship out to basic in seven weeks and the recruiter says i have to run two miles under the time
t: which part of the shin
p: the inside along the bone both legs left worse
t: when did it start
p: about three weeks ago when i went from running twice a week to every day
t: pain now and at worst
p: now a two when i run its a seven by the end of the first mile
t: does it hurt at night or when you are resting
p: no not at night
t: any one spot you can point to with one finger that really hurts
p: no its more like a long strip
t: any numbness in the feet
p: no
t: ill press along the tibia here lower third
p: yeah thats tender but its spread out
t: tender along the lower third of the inside of the tibia both sides and no single focal spot thats good it points to shin splints not a stress fraction
p: whats the difference
t: a stress fracture hurts in one spot and at rest and needs an x ray we will keep watching for that
p: okay
t: hop test on the left ten hops
p: that stings a little but i can do it
t: your calves are tight ankle dorsi flexion is eight degrees on the left twelve on the right and your arches drop a lot when you squat
p: my shoes are like three years old
t: new shoes are a good idea this is a low complexity evaluation no other health problems and one body area
p: cool
t: lets teach you the calf stretch against the wall and the toe walking and heel walking two times down the hall
p: heel walking burns
t: thats the muscle on the front were working eight minutes of exercise teaching
p: can i still run
t: run every other day for now on grass or a track stop if the pain goes over three
p: over three got it
t: my buddy said to ice it and take like six pills of ibuprofen
p: wait that was me saying that
t: ha ask your doctor about medicines not your buddy
p: fair
t: twice a week for four weeks the goal is two miles without pain over three before you ship out
p: lets do it
""",
    [
        "ship out to basic in seven weeks|7 weeks",
        "the inside along the bone both legs left worse",
        "about three weeks ago|3 weeks",
        "now a two|2/10",
        "its a seven by the end of the first mile|7/10",
        "tender along the lower third",
        "hop test on the left ten hops|10 hops",
        "eight degrees on the left|8 degrees",
        "twelve on the right|12 degrees",
        "low complexity",
        "eight minutes of exercise teaching|8 minutes",
        "run every other day",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["hurt at night", "numbness"],
    ["six pills of ibuprofen", "my buddy said to ice it"],
)

S(
    "ag_pt10_second_wind_after_polio",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97110": 14, "97116": 12},
    [],
    "97110x1:GP,KX 97116x1:GP,KX",
    """
T: Hello Mr. Hargreaves. How's the energy this week?
P: I had polio at four, and now at seventy eight it's come back for a visit. I'm tired by lunch.
T: Did you use the rest breaks we planned?
P: Twenty minutes after lunch, lying flat. My wife makes sure.
T: Any new weakness in the right leg?
P: No new weakness. The left's always been the bad one, with the brace.
T: Any falls?
P: Not a single one. I use the stick outside now.
T: Good. Today we keep it short and stop before you're tired. Pain?
P: A three in the left hip. It always is.
T: Seated marching, then the arm bike, slow. Rest every two minutes.
P: Rest every two minutes. I used to run the mile.
T: We're not chasing the mile. We're keeping what you have. Twelve reps, not more.
P: Twelve. My physio in 1960 said push through it.
T: That's the advice we don't use anymore with post-polio. We stop at the first sign of fatigue.
P: My legs are fine. I'm not tired yet.
T: Good. Fourteen minutes of exercise, and we stop there.
P: Fine by me.
T: Now walking with the stick, in the hallway. Focus on even steps and the brace clicking.
P: Click. Click.
T: Let's rest at the window. Heart rate is ninety two.
P: Is that high?
T: It's fine for walking. Then back. Twelve minutes of gait training, with the rests.
P: My knee buckled a little there at the end.
T: I saw. That's the fatigue. That's our stopping point.
P: Will Medicare keep paying for this? I had the knee done last spring, that cost them a pile.
T: You are over the yearly therapy threshold with that knee rehab, so I'm adding the KX modifier. Your walking and falls risk make this medically necessary.
P: I trust you. Write it how it needs writing.
T: Plan: the same schedule, twice a week. Next time we check the brace strap, it's fraying.
P: My grandson could fix that with a stapler.
T: Please don't let him.
P: He fixes everything with a stapler.
T: See you Thursday.
""",
    [
        "had polio at four|age 4",
        "seventy eight|78",
        "Twenty minutes after lunch, lying flat|20 minutes",
        "A three in the left hip|3/10",
        "Rest every two minutes|2 minutes",
        "Twelve reps|12 reps",
        "Fourteen minutes of exercise|14 minutes",
        "Heart rate is ninety two|92",
        "Twelve minutes of gait training|12 minutes",
        "knee buckled",
        "brace strap",
        "medically necessary",
    ],
    ["new weakness", "falls"],
    ["My physio in 1960 said push through it", "fixes everything with a stapler"],
    kx=True,
)

S(
    "ag_pt11_cords_in_the_armpit",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97140": 9, "97530": 16},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hi deb im tom the assistant working with karen today hows the arm
p: the cords are still there under my arm like guitar strings
t: can you reach up to the cupboard yet
p: halfway then it pulls like a rope from the armpit to the elbow
t: pain zero to ten
p: a three when it pulls otherwise zero
t: any swelling in the hand or the arm since the surgery
p: no swelling my sleeve still fits the same
t: any fever or redness at the incision
p: no fever
t: okay lie on your back arm out to the side ill do the soft tissue along the cords gently
p: is it going to snap like last time
t: it might pop that just means its releasing it wont hurt you
p: oh there it went
t: that was the ax ill airy web one popped nine minutes on the cords and the scar
p: wow i can lift higher already
t: now lets do the real things you said the top cupboard and hanging laundry
p: and my granddaughters hair i braid it on sundays
t: perfect reach up for the mug on the second shelf then the third
p: third shelf i need my toes
t: thats fine now the laundry clip the towel on the line above your head
p: that one pulls at the end
t: slow down and breathe out as you reach now braid this rope at head height like her hair
p: ha this rope has worse hair than her
t: sixteen minutes on the reaching laundry and braiding
p: can you look at my other knee it clicks when i kneel at church
t: not today karen can ask about it next week
p: okay
t: any numbness in the fingers
p: no numbness
t: home keep doing the wall walk with your fingers ten times three times a day
p: ten times three times a day
t: and reach for the top shelf every morning for the coffee
p: my husband moved the coffee down to help me
t: move it back up ha
p: ill tell him you said so
""",
    [
        "like guitar strings",
        "halfway then it pulls",
        "a three when it pulls|3/10",
        "ax ill airy web|axillary web",
        "nine minutes on the cords|9 minutes",
        "the third shelf|third shelf",
        "hanging laundry",
        "braid this rope at head height",
        "sixteen minutes on the reaching|16 minutes",
        "wall walk with your fingers ten times three times a day|10 times 3 times a day",
    ],
    ["swelling", "fever", "numbness"],
    ["my other knee it clicks when i kneel at church", "this rope has worse hair than her"],
    has59=True,
)

S(
    "ag_pt12_grandson_counts_the_reps",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 16, "97116": 7},
    [],
    "97110x1:GP,CQ",
    """
T: Hi Mrs. Adeyemi, and who's this?
P: This is Tobi, my grandson. No school today, so he's my helper.
C: I'm eight. I can count to a thousand.
T: Then you're in charge of counting. Mrs. Adeyemi, how are the knees?
P: Both are stiff in the morning. Right is worse. About a five today.
T: Any swelling or warmth in the knees?
P: No swelling this week. The cream helps.
T: Any locking or giving way?
P: No giving way. It clicks on the stairs, though.
T: Let's start with the mini squats at the counter. Tobi, count to ten for Grandma.
C: One, two, three, four, five, six, seven, eight, nine, ten!
T: Good. Now the sit-to-stand from the chair, no hands. Ten more.
P: No hands is hard.
T: You did it. Now the straight leg raises on the mat, two sets of ten each leg.
C: Grandma is slower than me.
P: Grandma is older than you.
T: Now the step-ups on the small step. Hold the rail.
P: The right knee doesn't like this one.
T: Pain going up to what?
P: Maybe a six, then it goes down.
T: That's okay if it settles within a few minutes. Sixteen minutes of exercise.
P: I'm ready for my chair.
T: Last thing: walking the hallway with the cane in the left hand.
P: I always put it in the right.
T: Left hand, opposite the sore knee. Step with the cane and the right leg together.
C: It's like a three-legged race!
T: Kind of. Seven minutes walking, and that's today.
P: Were we going to try the pool? Teresa said the pool.
T: The pool wasn't today. Teresa will talk about that at your next visit with her.
C: Can I swim in the pool too?
T: Not this time, buddy.
P: He swims better than all of us.
T: Home: the sit-to-stands and the cane in the left hand. See you Friday.
P: Thank you. Tobi, say thank you.
C: Thank you!
""",
    [
        "Right is worse",
        "About a five today|5/10",
        "clicks on the stairs",
        "mini squats at the counter",
        "sit-to-stand from the chair, no hands",
        "two sets of ten each leg|2 x 10",
        "Maybe a six|6/10",
        "Sixteen minutes of exercise|16 minutes",
        "cane in the left hand",
        "Seven minutes walking|7 minutes",
    ],
    ["swelling", "giving way"],
    ["I can count to a thousand", "He swims better than all of us"],
)

S(
    "ag_pt13_brace_after_the_diet",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97763": 12, "97116": 10},
    [],
    "97763x1:GP 97116x1:GP",
    """
T: Hi Kevin. Your new ankle brace came in. How's the foot been?
P: Still slapping. I tripped on the rug twice this week. Didn't go down, though.
T: No falls to the floor?
P: No, I caught the doorframe both times.
T: The nerve at the side of the knee got squeezed. With a hundred pounds off since the surgery, there's no padding there anymore, and you cross your legs a lot.
P: My wife says I sit like a pretzel.
T: So no crossing the legs. Any tingling on the top of the foot?
P: Still a little tingling on top, less than last month.
T: And strength: lifting the foot up is two out of five today, it was one out of five.
P: Progress.
T: Now the brace. Sock on first, no wrinkles. Heel all the way back, then the strap over the ankle.
P: Like this?
T: Pull the strap tighter, two fingers under it. Check your skin after one hour, then two, then all day.
P: What am I looking for?
T: Red marks that don't go away in twenty minutes. Your sensation's down, so look, don't wait to feel.
P: Got it. Look, don't feel.
T: Shoes one half size bigger, with laces. That was twelve minutes of brace fitting and training.
P: My old sneakers won't fit over it.
T: Right, those are out. Now let's walk with it, hallway first.
P: Whoa, that's different. My toes clear.
T: Good. Even steps, no high stepping now, you don't need to lift the knee.
P: I've been marching like a soldier for months.
T: Now the ramp, and over the mat's edge like a rug.
P: No catching. That's amazing.
T: Ten minutes of gait training with the brace.
P: Can I drive with this on?
T: That's a question for your doctor. Please don't drive until she says so.
P: My buddy drives with a cast on, he says it's fine.
T: Your buddy is not my patient.
P: Ha, fair.
T: Plan: wear it all day by next week, and we'll work on stairs on Monday.
P: Monday. Thanks.
""",
    [
        "tripped on the rug twice|2 times",
        "a hundred pounds off|100 pounds",
        "no crossing the legs",
        "a little tingling on top",
        "two out of five today|2/5",
        "it was one out of five|1/5",
        "two fingers under it|2 fingers",
        "one half size bigger|1/2 size",
        "twelve minutes of brace fitting|12 minutes",
        "My toes clear",
        "Ten minutes of gait training|10 minutes",
        "wear it all day by next week",
    ],
    ["falls to the floor", "catching"],
    ["My buddy drives with a cast on", "I sit like a pretzel"],
)

S(
    "ag_pt14_fiddle_under_the_collarbone",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97140": 12, "97110": 18},
    [],
    "97140x1:GP 97110x1:GP",
    """
T: Hi Elena. Progress report today. How are the hands when you play?
P: I can do a full rehearsal now, two hours, before the pinky goes numb. At the start it was twenty minutes.
T: And at night, does the arm wake you up?
P: Not anymore. I haven't woken with it in two weeks.
T: Any swelling or color change in the hand?
P: No swelling. The hand stays pink now.
T: Let's retest. Arms up in surrender and open and close your hands.
P: Okay.
T: Elevated arm stress test: you lasted the full three minutes today. At the start you stopped at forty five seconds.
P: I remember that. I almost cried.
T: Grip on the left is twenty eight kilos, right thirty.
P: Is that normal?
T: Close to normal for you. Now the first rib mobilization and the scalenes. Breathe out.
P: Ooh. That's tight.
C: Excuse me, sorry, is anyone here? The bike's making a noise.
T: Sorry Elena, one second. Mr. Ruiz, I'll get Jay for you. Jay! The bike. Okay, I'm back.
P: No problem.
T: Where was I. Twelve minutes on the rib and the scalenes, with the pause. Now the exercises.
P: The nerve glides?
T: Nerve glides, the chin tucks, and the lower trap work on the ball. Three sets of ten.
P: The lower trap makes my neck want to help.
T: Let your neck rest and feel the shoulder blade go down into your back pocket.
P: Back pocket. Okay.
T: Eighteen minutes of exercise today.
P: Can you write something for the orchestra? They want me in the front desk position next season.
T: Your doctor would write a work note. I can send him this report.
P: That works.
T: Goals: full rehearsal without numbness is met. Sleeping through the night, met. The full concert, three hours, is not met yet.
P: The concert is in April.
T: Six more weeks, once a week. Keep the case strap off the left shoulder.
P: The backpack case, yes. My teacher carried hers on the bad side for forty years.
T: Don't copy her. See you next week.
""",
    [
        "a full rehearsal now, two hours|2 hours",
        "At the start it was twenty minutes|20 minutes",
        "in two weeks|2 weeks",
        "the full three minutes|3 minutes",
        "forty five seconds|45 seconds",
        "twenty eight kilos|28 kg",
        "right thirty|30 kg",
        "first rib mobilization",
        "Twelve minutes on the rib|12 minutes",
        "Three sets of ten|3 x 10",
        "Eighteen minutes of exercise|18 minutes",
        "The full concert, three hours, is not met yet|3 hours",
        "Six more weeks, once a week|6 weeks",
    ],
    ["wake you up", "swelling", "color change"],
    ["The bike's making a noise", "My teacher carried hers on the bad side"],
)

S(
    "ag_pt15_screws_out_husband_on_the_phone",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 13},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Hi Shonda. Welcome back. Who's on the phone?
P: My husband, Darnell. He's deployed, so he calls in on video when he can. Say hi, babe.
C: Hey, ma'am. I'll stay quiet, I just want to hear the plan.
T: Hi Darnell. So Shonda, the screws came out three weeks ago. This re-evaluation is to reset the plan after that surgery.
P: It feels different. Less of that hard feeling on the outside of the ankle.
T: Pain now?
P: A two. Four after the grocery store.
T: Any redness or drainage from the new incisions?
P: No, they're clean. The stitches came out Monday.
T: Any calf pain or swelling up the leg?
P: No calf pain.
T: Let me measure. Dorsiflexion is eight degrees, it was twelve before the hardware came out.
P: So I went backwards?
T: A little, it's the surgery. Plantar flexion is thirty five. Eversion strength four minus out of five.
C: Is that bad, four minus?
T: It's a good start after surgery, Darnell. Five is full.
T: Single leg stance on the right is six seconds. Left is thirty.
P: Six. Ugh.
T: Walking, she has a slight limp, shorter step on the left.
P: I'm scared to push off.
T: That's normal. Let's do some exercise: the calf stretch on the board, towel pulls, and the heel raises on two feet.
P: Two feet I can do.
T: Three sets of ten. And the band for eversion, yellow.
C: Is she allowed to run yet? She runs with the dog.
T: Not yet. Walking first, and the dog on a short leash.
P: The dog will be so mad.
T: That was thirteen minutes of exercise.
T: New goals: dorsiflexion to fifteen degrees, single leg stance twenty seconds on the right, and a walk-jog by eight weeks.
P: Eight weeks. Okay.
C: I'm back home in ten weeks, so she'd better be running.
T: Twice a week for eight weeks. I'll send this to Dr. Park.
P: Say bye, babe.
C: Bye. Thank you, ma'am.
""",
    [
        "the screws came out three weeks ago|3 weeks",
        "A two|2/10",
        "Four after the grocery store|4/10",
        "Dorsiflexion is eight degrees|8 degrees",
        "it was twelve before the hardware came out|12 degrees",
        "Plantar flexion is thirty five|35 degrees",
        "four minus out of five|4-/5",
        "six seconds|6 seconds",
        "Left is thirty|30 seconds",
        "shorter step on the left",
        "Three sets of ten|3 x 10",
        "thirteen minutes of exercise|13 minutes",
        "dorsiflexion to fifteen degrees|15 degrees",
        "Twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["drainage", "calf pain"],
    ["The dog will be so mad", "I'm back home in ten weeks"],
)

S(
    "ag_pt16_donut_on_the_office_chair",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 19, "97112": 9},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Hi Marguerite. Last visit. Are you still carrying the donut cushion?
P: I left it in the car today. First time since the ice in January.
T: That's a big step. Pain sitting?
P: A one, after an hour at my desk. It was an eight when I started.
T: Getting up from sitting?
P: That was the worst. Now it's a two, just a twinge.
T: Any numbness in the saddle area, or trouble with the bowels or bladder?
P: No, nothing like that, never had that.
T: Any new falls on the ice?
P: No, I bought those spikes for my boots.
T: Let's re-test. Sit to stand, five times, as fast as you can.
P: Go.
T: Eleven seconds. It was nineteen at the start.
P: I was so slow!
T: Now the exercises one last time. Pelvic floor relaxation with breathing, the bridges, the clamshells, and the squats to the chair.
P: The breathing one is the one that helped the most.
T: Let the tailbone drop as you breathe in. Good. Two sets of twelve on the bridges.
P: Easy now.
T: The timer on the wall says nineteen minutes for the exercises.
P: Doesn't feel like that long.
T: Balance now: single leg on the foam, then reaching with the leg in three directions.
P: I still wobble on the right.
T: A bit. That was nine minutes of balance work.
P: My sister slipped at the same spot on the steps, should she come here?
T: She'd need her own referral from her doctor.
P: I'll tell her.
T: Your Oswestry score is eight percent today. It was forty two.
P: Forty two, I remember that form.
T: All goals met: sitting an hour, the drive to your mother's, and getting up without pushing with your hands.
P: My mother's is two hours away.
T: Keep the breathing and the bridges three times a week. You're discharged to the home program.
P: Thank you. The donut is going in the attic.
""",
    [
        "left it in the car today",
        "A one, after an hour at my desk|1/10",
        "It was an eight when I started|8/10",
        "Now it's a two|2/10",
        "Eleven seconds|11 seconds",
        "It was nineteen at the start|19 seconds",
        "Two sets of twelve|2 x 12",
        "nineteen minutes for the exercises|19 minutes",
        "nine minutes of balance work|9 minutes",
        "Oswestry score is eight percent|8%",
        "It was forty two|42%",
        "three times a week|3x/week",
        "discharged to the home program",
    ],
    ["numbness", "bowels", "falls"],
    ["My sister slipped at the same spot", "The donut is going in the attic"],
)

# ----- OT, dev -----------------------------------------------------------------------------

S(
    "ag_ot01_soup_spoon_shakes",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 9},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Hi Mrs. Whitcombe, I'm Iris, your occupational therapist. And you are?
C: Bev, from church. I drive her on Tuesdays. I'll sit in the corner.
P: Bev's my legs these days.
T: Welcome, Bev. Mrs. Whitcombe, tell me about the shaking.
P: The MS was mostly my legs for twenty years. Now it's the right hand. Soup is impossible. It's all down my front.
T: When is it worst?
P: When I reach for something. Sitting still, it's quiet.
T: That's an intention tremor. Any falls at home?
P: No falls, I use the walker inside and I hold the counter.
T: Any trouble swallowing with the soup or drinks?
P: No, none of that. Just getting it to my mouth.
T: Dressing?
P: Buttons take me ten minutes. I need help with the bra and the right sock.
T: Bathing?
P: I sit on the tub bench. My husband stands by.
T: Cooking?
P: Microwave only. I stopped cutting vegetables after I nicked my thumb.
T: Let's test. Nine hole peg on the right: sixty eight seconds. Left: twenty nine.
P: The right is hopeless.
T: Grip is twelve kilos on the right, eighteen on the left.
T: Memory and thinking: you got the three words back and the clock was correct.
P: My brain's fine. It's my hand that's drunk.
T: Now let me show you a couple of things. This weighted spoon, and a wrist weight on the right.
P: Oh. It's slower, the shake. Look, Bev.
C: That's much better. She'd eat soup again.
T: Elbow on the table, bring your mouth toward the spoon halfway. And a cup with a lid and a long straw.
P: I feel like a toddler with the lid.
T: Plenty of grown-ups use them. That was nine minutes of training with the spoon, the weight and the cup.
C: Could you look at my shoulder while we're here? It's been aching since I painted the fence.
T: I'm sorry, I can't today. Your doctor could send you to us.
T: This is a high complexity evaluation: a progressive disease, the tremor affecting eating, dressing and cooking, and several ways to adapt each.
P: That sounds like me.
T: Plan: twice a week for six weeks. Goals: eating a full meal with the weighted spoon, buttoning with a button hook, and safe cutting with a rocker knife.
P: A rocker knife?
T: I'll bring one Thursday.
""",
    [
        "the right hand",
        "Soup is impossible",
        "intention tremor",
        "Buttons take me ten minutes|10 minutes",
        "help with the bra and the right sock",
        "tub bench",
        "Nine hole peg on the right: sixty eight seconds|68 seconds",
        "Left: twenty nine|29 seconds",
        "Grip is twelve kilos on the right|12 kg",
        "eighteen on the left|18 kg",
        "weighted spoon",
        "nine minutes of training|9 minutes",
        "high complexity",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["falls", "trouble swallowing"],
    ["Could you look at my shoulder", "since I painted the fence"],
)

S(
    "ag_ot02_pillow_hug_after_bypass",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 18, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: morning frank im rita the ot assistant how is the chest
p: sore like i got kicked by a mule but the nurse says the in session looks good
t: pain zero to ten
p: four when i cough three otherwise
t: any fever chills or drainage from the chest
p: no fever no drainage
t: any shortness of breath at rest
p: no not sitting here
t: okay remember your stern all precautions no pushing up with the arms no lifting more than ten pounds
p: and hug the pillow when i cough
t: right lets practice getting out of bed without the arms roll to your side drop your legs and come up
p: ugh thats the hard part
t: use your belly not your hands now the shower bench step in sit then wash the feet with the long sponge
p: the long sponge is genius
t: now the pants with the reacher no pulling on the bed rail
p: how do i get my socks on
t: sock aid slide it on like this then pull the straps
p: thats eighteen minutes of me sweating
t: eighteen minutes on the bed mobility shower and dressing yes
p: my daughter wants to know when i can drive
t: that one is for the surgeon usually six weeks
p: she drives worse than me anyway
t: now lets talk about the kitchen we move the coffee can and the pans to counter height no reaching overhead
p: my wife keeps the skillet in the bottom oven drawer
t: thats a bend and lift move it to the counter for now ten minutes teaching the home setup
p: got it counter height
t: one more thing you had o t for your wrist in the spring so your occupational therapy this year is past the threshold
p: is that bad
t: not for you it means we add the k x modifier on the bill because the therapy is still medically necessary for safety at home
p: fine as long as im not paying for it
t: any dizziness when you stood in the shower
p: nope none
t: good heart rate was ninety four after the shower
p: is that okay
t: yes thats fine for you see you thursday
""",
    [
        "four when i cough|4/10",
        "three otherwise|3/10",
        "stern all precautions|sternal precautions",
        "no lifting more than ten pounds|10 pounds",
        "hug the pillow when i cough",
        "shower bench",
        "long sponge",
        "sock aid",
        "eighteen minutes on the bed mobility|18 minutes",
        "counter height",
        "ten minutes teaching the home setup|10 minutes",
        "medically necessary",
        "heart rate was ninety four|94",
    ],
    ["fever", "drainage", "shortness of breath", "dizziness"],
    ["she drives worse than me"],
    kx=True,
    has59=True,
)

S(
    "ag_ot03_middle_knuckle_bent_down",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97760": 10, "97110": 12},
    [],
    "97760x1:GO,CO 97110x1:GO,CO",
    """
T: Hi Luis, I'm Nadia, the OT assistant. Anne asked me to adjust your splint today.
P: Good, because it's digging in on the side of the finger.
T: Let me look. Right middle finger, the middle knuckle still bends down when you relax?
P: Yeah, like it's bowing.
T: It's called a boutonniere. Any new swelling or redness at the knuckle?
P: No swelling. The redness is only from the splint.
T: Numbness at the fingertip?
P: No, I can feel everything.
T: I'll heat the edge and flare it here, so it doesn't press on the side. Put it back on.
P: Better. Way better.
T: And I'll take the strap off the middle joint, it's too tight. Now the relative motion piece on the knuckle... there.
P: It looks like a little ring.
T: That's the idea. You can type in it. Ten minutes on the splint adjustment.
P: Can we do the hot wax too? My cousin had it for her arthritis.
T: Not today, we'll see about the paraffin next time when Anne is here.
P: Okay.
T: Now the exercises. Block the middle knuckle straight and bend just the tip. Ten times.
P: That's weird. My fingertip barely moves.
T: It will. Then make a fist, hold three seconds, open all the way.
P: The opening is hard.
T: Good. Then the putty, pinch and pull, the red putty. Two sets of ten.
P: My hand is tired.
T: Twelve minutes of exercise. Pain right now?
P: Two out of ten. It was a three coming in.
T: Good. Wear the splint all the time except for washing.
P: Even at night?
T: Even at night. If the skin gets red and stays red after twenty minutes, call us.
P: I work at the warehouse, can I scan with it?
T: Yes, the scanner is fine. No heavy gripping of boxes on that hand.
P: My boss will love that.
T: Anne will check the splint next week. See you Tuesday.
P: See you.
""",
    [
        "Right middle finger",
        "boutonniere",
        "flare it here",
        "relative motion piece",
        "Ten minutes on the splint adjustment|10 minutes",
        "bend just the tip. Ten times|10 times",
        "hold three seconds|3 seconds",
        "red putty. Two sets of ten|2 x 10",
        "Twelve minutes of exercise|12 minutes",
        "Two out of ten|2/10",
        "It was a three coming in|3/10",
        "Wear the splint all the time except for washing",
        "No heavy gripping of boxes",
    ],
    ["swelling", "Numbness"],
    ["My cousin had it for her arthritis", "My boss will love that"],
)

S(
    "ag_ot04_elbow_after_the_ladder",
    "OT",
    "daily",
    "OT",
    "per-code",
    "dev",
    {"97140": 10, "97530": 12},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
t: hi marcus how is the elbow this week
p: better i can almost touch my face now
t: still sleeping in the extinction splint at night
p: most nights i skipped saturday
t: pain now
p: a four its always worse in the morning
t: any tingling in the little finger or the ring finger
p: no tingling
t: any clicking or feeling like it slips out
p: no it feels solid the surgeon said the screws are holding
t: good lay your arm here im going to do the soft tissue around the elbow and some joint glides for bending
p: its tight at the inside
t: thats the scar from the terrible triad repair the ligament side
p: terrible is right
t: ten minutes of soft tissue and the glides
p: okay
t: now a separate block functional tasks wash your face with the cloth reach for your back pocket and the top button
p: the top button is the hardest
t: bend the elbow and tuck your chin a little there now lift the jug of water to the shelf palm up
p: palm up hurts a bit
t: thats the forearm turning soup in a ladle next
p: feels like cooking class
t: twelve minutes on the face washing buttons and the jug
p: can you give me a note for the ladder job i want to go back up on roofs
t: not yet your surgeon decides on the roof and the ladder
p: i figured
t: elbow bending today is one hundred ten degrees straightening lacks thirty
p: last week it was ninety five
t: yes fifteen degrees better
p: nice
t: home program keep the splint every night and the face washing and the jug five times a day
p: five times a day okay
t: see you friday
""",
    [
        "almost touch my face",
        "skipped saturday",
        "a four|4/10",
        "terrible triad",
        "ten minutes of soft tissue|10 minutes",
        "top button is the hardest",
        "jug of water to the shelf palm up",
        "twelve minutes on the face washing|12 minutes",
        "one hundred ten degrees|110 degrees",
        "lacks thirty|-30 degrees",
        "last week it was ninety five|95 degrees",
        "five times a day|5x/day",
    ],
    ["tingling", "slips out"],
    ["a note for the ladder job", "feels like cooking class"],
    has59=True,
)

S(
    "ag_ot05_mitt_on_the_good_hand",
    "OT",
    "progress",
    "OT",
    "cms",
    "dev",
    {"97530": 24, "97535": 10},
    [],
    "97530x1:GO 97535x1:GO,59",
    """
T: Hi Mr. Osei, hi Abena. Progress report today, so we'll do some measures first.
P: The mitt and I are not friends.
C: He wore it five hours a day, most days. I wrote it down. Four days he took it off early.
T: That's honest, thank you. The target was six hours. Mr. Osei, how is the left hand?
P: I can hold the toothbrush now. I couldn't in March.
T: Any pain in the left shoulder?
P: No pain. Stiff, but no pain.
T: Any swelling in the left hand?
P: No.
T: Let's do the Box and Block. Left hand: fourteen blocks in a minute. At the start it was four.
C: Fourteen! Papa!
T: Right hand is fifty two. The Motor Activity Log: how well did you use the left hand this week, zero to five?
P: Two. Maybe two and a half.
T: Two point five. It was one point two. Now the practice. Mitt on the right, please.
P: Here we go.
T: Flip the cards, one at a time. Then stack the cups.
P: The cups keep falling.
T: Slide them to the edge first. Good. Now the sandwich, spread with the left.
P: Jam everywhere.
T: It's on the bread, mostly. Now wipe the table with the left hand.
P: This is the part I actually need. My wife hates crumbs.
T: That was twenty four minutes of task practice.
P: My arm is shaking.
T: Then we stop the tasks. Abena, let's go over the home diary and the mitt schedule.
C: Six hours? Even at church?
T: Not at church. Mitt on during breakfast, the newspaper, and the afternoon. Take it off for the walker and the bathroom.
C: Okay, I'll set phone alarms.
T: Ten minutes for the home schedule and the diary.
P: Can we do the bike after? The bike they have for the legs.
T: Not today, that's with the PT.
T: Goals: toothbrush, met. Buttoning a shirt with both hands, not yet. Carrying a cup with the left, partly met, half full.
C: Can you write to his pastor? He wants to do the reading on Sunday.
T: I'll leave that to your family. For us: four more weeks, three times a week.
P: Three times. Okay.
""",
    [
        "five hours a day|5 hours",
        "Four days he took it off early|4 days",
        "The target was six hours|6 hours",
        "hold the toothbrush",
        "fourteen blocks in a minute|14 blocks",
        "At the start it was four|4 blocks",
        "Right hand is fifty two|52",
        "Two point five|2.5",
        "It was one point two|1.2",
        "twenty four minutes of task practice|24 minutes",
        "Ten minutes for the home schedule|10 minutes",
        "Buttoning a shirt with both hands, not yet",
        "four more weeks, three times a week|4 weeks, 3x/week",
    ],
    ["pain in the left shoulder", "swelling"],
    ["My wife hates crumbs", "write to his pastor"],
    has59=True,
)

S(
    "ag_ot06_moon_bone_in_the_wrist",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 11},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hi ingrid today is a re evaluation the surgeon changed the plan right
p: yes after the new mri he said the keen box is stage two not three so no fusion for now
t: kienbocks disease stage two okay so we keep going with therapy and the cast is off
p: the cast came off two weeks ago
t: pain now
p: a three resting a six when i push open the heavy door at work
t: any numbness in the fingers
p: no numbness
t: any clicking in the wrist
p: no clicking just the ache in the middle
t: lets measure wrist extension is forty degrees flexion thirty five
p: the other side goes way more
t: yes the left is seventy and seventy five grip on the right is sixteen kilos left thirty one
p: sixteen thats bad
t: its a start the quick dash score today is forty one
p: i couldnt answer the sports one i dont do sports
t:  thats fine it scores without it
p: okay
t: new goals opening the work door without pain over three grip twenty five kilos and typing a full shift
p: i type eight hours a day at the bank
t: so we add the wrist brace for typing and breaks every thirty minutes
p: every thirty minutes my manager will laugh
t: now some exercise gentle range of motion in the pain free zone and the putty squeezes soft putty
p: only soft
t: only soft no pushing into pain eleven minutes of exercise
p: my daughter does yoga should i do yoga
t: not the weight on the hands poses for now
p: no downward dog then
t: no downward dog plan is twice a week for six weeks
p: okay
t: see you tuesday
""",
    [
        "keen box|Kienbock",
        "stage two not three|stage 2",
        "cast came off two weeks ago|2 weeks",
        "a three resting|3/10",
        "a six when i push open the heavy door|6/10",
        "wrist extension is forty degrees|40 degrees",
        "flexion thirty five|35 degrees",
        "grip on the right is sixteen kilos|16 kg",
        "quick dash score today is forty one|QuickDASH 41",
        "breaks every thirty minutes|30 minutes",
        "eleven minutes of exercise|11 minutes",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["numbness", "clicking"],
    ["my manager will laugh", "my daughter does yoga"],
)

S(
    "ag_ot07_jar_opener_for_sixth_grade",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97110": 14, "97535": 8},
    [],
    "97110x1:GO 97535x1:GO",
    """
T: Hi Zara, hi Mrs. Patel. Last visit today!
P: I brought my pencil grip to show you, I don't even need it anymore.
C: She's been writing her science report without it.
T: Great. Zara, how are your hands and knees this week?
P: My fingers were stiff on Monday, but only for like ten minutes.
T: In the morning, or after school?
P: In the morning. It used to be an hour.
C: The rheumatologist changed her medicine in the fall, it made a big difference.
T: Any swollen joints this week, any hot puffy fingers?
P: No swollen ones.
T: Let's measure your grip. Right is fourteen kilos, left is thirteen.
C: What was it before?
T: Right was eight, left seven.
P: I'm strong now.
T: You are. Now the exercises one last time. Tendon glides, then the putty, then the wrist stretches.
P: The putty is my favorite. Purple.
T: Purple putty, pull and squeeze. Ten of each.
P: I can do more.
T: Fourteen minutes of exercise, and that's enough for the joints.
C: She'd do putty for an hour if you let her.
T: Now the joint protection review for school. Zara, what do you use for the water bottle?
P: The jar opener thing. And I carry my backpack with both straps.
T: And the locker?
P: The lock with the key, not the spin one.
T: Eight minutes to go over the school plan. Mrs. Patel, I'll give you the copy for the teacher.
C: Can you put in there that she should get out of gym?
T: I can't say that, she can do gym with the changes in the plan. The doctor can write more.
C: Okay, it was worth asking.
T: Goals: writing a page without pain, met. Opening her lunch containers, met. Carrying her backpack, met.
P: So I'm done?
T: You're done, discharged. Keep the putty and the tendon glides three times a week.
P: Can I keep the purple putty?
T: It's yours.
""",
    [
        "pencil grip",
        "stiff on Monday, but only for like ten minutes|10 minutes",
        "It used to be an hour|1 hour",
        "Right is fourteen kilos|14 kg",
        "left is thirteen|13 kg",
        "Right was eight, left seven|8 kg",
        "Purple putty",
        "Fourteen minutes of exercise|14 minutes",
        "jar opener",
        "backpack with both straps",
        "Eight minutes to go over the school plan|8 minutes",
        "discharged",
        "three times a week|3x/week",
    ],
    ["swollen joints"],
    ["worth asking", "putty for an hour"],
)

# ----- OT, test ----------------------------------------------------------------------------

S(
    "ag_ot08_punched_the_locker",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97760": 13},
    ["97165"],
    "97165x1:GO 97760x1:GO",
    """
t: hi dylan im jess the occupational therapist the er sent you for the hand
p: yeah i punched a locker after the game dumb i know
t: right hand which knuckle
p: the pinky one it sunk in
t: the x ray shows a boxers fracture of the fifth metacarpal neck no surgery
p: thats what the er doc said
t: when did it happen
p: saturday so four days ago
t: pain now
p: a five it throbs at night
t: any numbness or tingling in the pinky or ring finger
p: no numbness
t: does the pinky cross over the ring finger when you make a fist
p: no it lines up
t: good no rotation thats important any cuts on the knuckle from the locker
p: no cuts it was a padded one sort of
t: swelling is moderate on the back of the hand range is limited i wont push it today
p: okay
t: youre right handed
p: yeah and i play the drums in the jazz band
t: this is a low complexity evaluation one injury no other health issues and a short plan
p: low complexity sounds good
t: now im making you an all near gutter splint in the oven it holds the ring and pinky fingers together
p: it looks like a taco
t: knuckles bent about seventy degrees fingers straight wrist back a little
p: its warm
t: the straps go here and here thirteen minutes on the splint fabrication
p: can i drum with it
t: no drums for four weeks
p: four weeks thats the spring concert
t: the splint stays on all the time except for showers elevate the hand above the heart
p: like on a pillow
t: yes and move the thumb and the first two fingers a lot
p: my friend broke his and never wore anything and hes fine
t: your friend is lucky plan is once a week for four weeks then the x ray
p: okay see you next week
""",
    [
        "boxers fracture of the fifth metacarpal neck|5th metacarpal",
        "four days ago|4 days",
        "a five it throbs at night|5/10",
        "youre right handed|right-handed",
        "low complexity",
        "all near gutter splint|ulnar gutter splint",
        "knuckles bent about seventy degrees|70 degrees",
        "thirteen minutes on the splint fabrication|13 minutes",
        "no drums for four weeks|4 weeks",
        "elevate the hand above the heart",
        "once a week for four weeks|1x/week for 4 weeks",
    ],
    ["numbness", "cuts on the knuckle", "rotation"],
    ["my friend broke his and never wore anything", "it looks like a taco"],
)

S(
    "ag_ot09_no_bending_lifting_twisting",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 17, "97535": 12},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Hi Mrs. Kowalczyk, I'm Omar, the OT assistant. How's the back since the fusion?
P: Sore, but the leg pain is gone. That was the whole point.
T: Pain now?
P: A four in the back. The leg is a zero.
T: Any numbness in the legs or feet?
P: No numbness.
T: Any trouble with the bladder since the surgery?
P: No, none.
T: And your back brace, are you wearing it when you're up?
P: Always. I look like a turtle.
T: Remember the three rules: no bending, no lifting more than a gallon of milk, no twisting.
P: No bending, no lifting, no twisting. My husband made a sign.
T: Let's practise lower body dressing with the hip kit. Reacher for the pants, sock aid, long shoehorn.
P: I can't reach my feet. I used to paint my own toenails.
T: Pants: hook the waist with the reacher, drop it to the floor, feet in, pull up. No bending.
P: Like fishing.
T: Now the sock aid. Then we practise getting into the car seat, bottom first, then swing the legs together.
P: Legs together. Like a lady.
T: Seventeen minutes on dressing and the car transfer.
P: That's a workout.
T: Now the kitchen. Where are the plates?
P: In the low cupboard, under the counter.
T: Let's plan to move them to the counter. The cat food too, you feed the cat from a bag on the floor?
P: Twenty pounds. My son brings it in.
T: Smaller bags, at counter height, and a scoop with a long handle. And the laundry: front loader?
P: Top loader.
T: Your husband does the laundry for six weeks, or use the reacher for the bottom. Twelve minutes on the home setup.
P: He'll shrink everything.
T: One more thing: your occupational therapy this year already passed Medicare's yearly threshold, because of the OT after your wrist fracture in the summer.
P: Oh no. Do I pay?
T: No. We add the KX modifier, which says the therapy is still medically necessary. After a spinal fusion, getting dressed safely is necessary.
P: Good. I couldn't afford it otherwise.
T: Any dizziness when you stood up from the car?
P: Not a bit.
T: See you Monday. Keep the brace on.
""",
    [
        "the leg pain is gone",
        "A four in the back|4/10",
        "The leg is a zero|0/10",
        "back brace",
        "no bending, no lifting more than a gallon of milk, no twisting",
        "hip kit",
        "sock aid",
        "bottom first, then swing the legs together",
        "Seventeen minutes on dressing and the car transfer|17 minutes",
        "move them to the counter",
        "Smaller bags, at counter height",
        "husband does the laundry for six weeks|6 weeks",
        "Twelve minutes on the home setup|12 minutes",
        "medically necessary",
    ],
    ["numbness", "bladder", "dizziness"],
    ["I look like a turtle", "He'll shrink everything"],
    kx=True,
    has59=True,
)

S(
    "ag_ot10_wrist_hangs_after_the_party",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 13, "97140": 6},
    [],
    "97110x1:GO,CO",
    """
t: hi alex im kim the ot assistant working with you for beth today
p: hey the wrist still hangs but i can lift it a tiny bit
t: show me good thats a flicker of extension more than last week
p: it happened when i fell asleep on the chair arm at my brothers party
t: yes a radio nerve palsy saturday night palsy the nerve was squeezed
p: how long till it comes back
t: usually weeks to months beth said yours is coming along
p: okay
t: any pain today
p: no pain at all its weird it just doesnt work
t: any numbness on the back of the hand
p: a little numb patch here between the thumb and the first finger
t: okay same as last time any cuts or red spots from the splint
p: no none
t: good the dynamic splint is doing its job lets start exercises passive wrist and finger stretches then active lifting with gravity eliminated
p: that means on the table
t: yes slide the hand up sideways then the tabletop finger lifts ten each
p: my fingers lift better than my wrist
t: the nerve reaches the wrist muscles first then the fingers anyway two sets of ten
p: tired already
t: now the thumb out and back ten times thirteen minutes of the exercises
p: my arm is shaking
t: now a little soft tissue on the forearm muscles that have been working extra hard six minutes
p: ahh that felt nice
t: home program the stretches twice a day and wear the splint for typing
p: i type for a living so thats all day
t: all day then but take it off for sleeping and check the skin
p: my roommate wants to know if he can drive my car while i cant
t: thats up to you and your car insurance
p: ha okay
t: no sleeping on the arm of the chair
p: no more parties
t: see you wednesday
""",
    [
        "flicker of extension",
        "radio nerve palsy|radial nerve palsy",
        "saturday night palsy",
        "numb patch here between the thumb and the first finger",
        "dynamic splint",
        "tabletop finger lifts ten each|10 each",
        "two sets of ten|2 x 10",
        "thumb out and back ten times|10 times",
        "thirteen minutes of the exercises|13 minutes",
        "six minutes|6 minutes",
        "stretches twice a day|2x/day",
        "take it off for sleeping",
    ],
    ["pain", "red spots"],
    ["my roommate wants to know if he can drive my car", "no more parties"],
)

S(
    "ag_ot11_tooth_on_the_knuckle",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97140": 11, "97530": 15},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
t: hi tyrell how is the hand
p: better the infection is gone the antibiotics finished friday
t: thats the fight bite on the middle knuckle and the tendon repair from the surgery
p: yeah the guys tooth went right in
t: any redness streaks or fever since the antibiotics ended
p: no fever no streaks
t: any pus from the wound
p: no its closed
t: pain now
p: a three
t: lets do the scar first im going to massage along the scar and the back of the hand then glide the knuckle joint
p: its like a rock under there
t: scar tissue sticking to the tendon eleven minutes on the scar and the joint glides
p: feels looser
t: now the separate block tasks you said you stock shelves at the grocery
p: yeah cans and boxes all day
t: grab the cans from the bin and put them on the shelf label out
p: my middle finger wont bend all the way around the can
t: try the bigger can first then the small soup cans
p: okay easier
t: now the box cutter open the flap hold the handle with the full fist
p: that pulls on the top of the hand
t: thats the extend sir tendon stretching fifteen minutes on the stocking and the cutter tasks
p: when can i go back to work
t: light duty soon ill write it in the note for your doctor
p: my cousin says i should sue the guy
t: thats not something for us
p: i know
t: your fist is better the fingertip to palm distance is two centimeters last week it was four
p: almost there
t: keep the blocking exercises every two hours and no punching bags
p: no punching anything
t: see you thursday
""",
    [
        "infection is gone",
        "fight bite on the middle knuckle",
        "tendon repair",
        "a three|3/10",
        "eleven minutes on the scar|11 minutes",
        "grab the cans from the bin",
        "box cutter",
        "fifteen minutes on the stocking|15 minutes",
        "light duty soon",
        "two centimeters|2 cm",
        "last week it was four|4 cm",
        "every two hours|2 hours",
    ],
    ["fever", "pus"],
    ["my cousin says i should sue the guy", "the guys tooth went right in"],
    has59=True,
)

S(
    "ag_ot12_spoons_for_the_week",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97535": 16, "97110": 8},
    [],
    "97535x1:GO 97110x1:GO",
    """
T: Hi Carmen. Progress report visit. Did you bring the activity diary?
P: I did. Four weeks of it. Some days are just "couch".
T: That's information too. How many crash days this month, when you couldn't get up?
P: Three. Last month it was nine.
T: That's a big change. Pain today?
P: A five all over. It was a seven most days when we started.
T: Any new swelling in the joints?
P: No, never swelling. It's the muscles.
T: Any new numbness?
P: No.
T: Your COPM: for cooking dinner, performance now?
P: A six. It was a three.
T: Satisfaction?
P: A five.
T: Grocery shopping?
P: Still a four. The store is so big.
T: Let's work on the grocery plan. You said the spoons idea helps, twelve spoons a day?
P: Twelve spoons. Shopping costs me five.
T: Then we split it. Online order for the heavy things, a short trip for fresh things with the cart as a walker.
P: And sit in the car for five minutes after.
T: Yes, plan the rest before the trip. Let's write the week: shopping Tuesday, laundry Thursday, no two big jobs on one day.
P: My mother-in-law visits on Sunday. That's ten spoons alone.
T: Then Sunday has nothing else. Sixteen minutes on the pacing and the week plan.
P: That's the most useful thing anybody's done for me.
T: Now the gentle stretches, the ones for the shoulders and the neck, slow, five each.
P: The neck is always tight.
T: Breathe out as you stretch. Eight minutes.
P: Can you tell my husband I'm not lazy? In writing?
T: I'd rather you bring him next time and we talk together.
P: He'd never come, he's watching the football.
T: Goals: fewer crash days, met. Cooking three nights a week, met. Shopping without a crash, not yet.
P: Not yet.
T: Six more weeks, every other week. I'll send this to Dr. Ames.
""",
    [
        "activity diary",
        "Three. Last month it was nine|3 crash days",
        "A five all over|5/10",
        "It was a seven most days|7/10",
        "A six. It was a three|COPM performance 6",
        "cart as a walker",
        "Still a four|grocery shopping 4",
        "Twelve spoons|12 spoons",
        "Online order for the heavy things",
        "no two big jobs on one day|no 2 big jobs on 1 day",
        "Sixteen minutes on the pacing|16 minutes",
        "Eight minutes|8 minutes",
        "Shopping without a crash, not yet",
        "Six more weeks, every other week|6 weeks",
    ],
    ["swelling", "numbness"],
    ["watching the football", "Can you tell my husband I'm not lazy"],
)

S(
    "ag_ot13_forks_with_big_handles",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 10},
    ["97168"],
    "97168x1:GO 97535x1:GO",
    """
T: Hi Mr. Brandt, hi Mrs. Brandt. Today is a re-evaluation, since things have changed at home.
C: The movements are bigger now. He knocked his coffee over three times this week.
P: Twice. Helga counts the saucer.
T: When we started in the spring, the Huntington's movements were mostly in the shoulders. Now the hands?
P: The hands and the face. I pull faces at the grocery store.
T: Any choking or coughing at meals?
P: No choking.
C: He coughs a little with water, maybe.
T: I'll ask the speech therapist to see him for that. Any falls?
P: No falls. I sit to put my trousers on now.
T: Good. Let's see eating. Here's a fork. Cut the foam and bring it to your mouth.
P: There. And there it goes.
T: With the big-handle fork?
P: Better. Heavier.
T: Dressing?
C: He does everything except the buttons and the tie. I do the buttons.
T: Memory and planning: he got four of five steps for making tea today, the last time five of five.
P: I forgot the kettle. I always forget the kettle.
T: The Barthel index today is seventy five. It was ninety in March.
C: Seventy five. So worse.
T: Some things are harder, and that's why we re-evaluate, to change the goals. Now, let's set up the table.
T: Plate with a rim, the non-slip mat, the heavy mug with a lid, the big-handle fork and spoon.
C: Where do I buy these?
T: I'll give you a list. And a cup holder on the recliner. Ten minutes of teaching the set-up.
C: Could you also talk to our daughter? She thinks we should move into a home.
T: That's a bigger family talk, the social worker would be better.
P: I'm not moving.
T: New goals: eating a full meal with the adapted utensils, dressing seated with help only for buttons, and a safe tea routine with a kettle that turns off by itself.
P: A kettle that turns itself off. Modern.
T: Once a week for eight weeks.
C: Thank you.
""",
    [
        "knocked his coffee over three times|3 times",
        "Twice|2 times",
        "The hands and the face",
        "He coughs a little with water",
        "sit to put my trousers on",
        "big-handle fork",
        "except the buttons and the tie",
        "four of five steps|4/5",
        "the last time five of five|5/5",
        "Barthel index today is seventy five|75",
        "It was ninety in March|90",
        "Ten minutes of teaching|10 minutes",
        "kettle that turns off by itself",
        "Once a week for eight weeks|1x/week for 8 weeks",
    ],
    ["choking", "falls"],
    ["She thinks we should move into a home", "Helga counts the saucer"],
)

S(
    "ag_ot14_bump_gone_from_the_wrist",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "test",
    {"97110": 11, "97140": 7},
    [],
    "97110x1:GO",
    """
T: Hi Noor. Last visit. How's the wrist six weeks after the ganglion came out?
P: It's good. I did a full shift at the nail salon on Saturday.
T: Any pain?
P: A one, when I push down on the nail file hard.
T: Any swelling on the back of the wrist, any bump coming back?
P: No, no bump. I check every morning.
T: Any numbness or tingling in the thumb?
P: No, nothing.
T: Let's measure. Extension is sixty five degrees, flexion sixty. The other side is seventy and sixty five.
P: Almost the same.
T: Grip is twenty two kilos on the right, twenty four on the left. It was ten in the first week.
P: Ten! I couldn't hold the polish bottle.
T: Your QuickDASH today is nine. It was fifty.
P: Fifty, I remember that day.
T: Let's go over the home program. Wrist curls with the one pound weight, putty, and the prayer stretch.
P: The prayer stretch is good at work between clients.
T: Two sets of fifteen for the curls. Good.
P: Should I move up to two pounds?
T: Yes, two pounds next week. Eleven minutes of exercise today.
P: Can you do the massage on the scar one more time?
T: A short one. The scar is flat now, just soft there... that's about eight minutes. No, seven, I started late.
P: That feels good.
T: Keep the massage with the lotion once a day for another month.
P: My coworker has a bump on her wrist too, can she just come in?
T: She'd need her doctor to send her.
P: I'll tell her.
T: All goals are met: full shifts, holding the file, and the grip.
P: So I'm done?
T: You're discharged. Call if it swells or the bump comes back.
P: Thank you so much.
T: Take care, Noor.
""",
    [
        "six weeks after the ganglion came out|6 weeks",
        "full shift at the nail salon",
        "A one|1/10",
        "Extension is sixty five degrees|65 degrees",
        "flexion sixty|60 degrees",
        "Grip is twenty two kilos on the right|22 kg",
        "It was ten in the first week|10 kg",
        "QuickDASH today is nine|QuickDASH 9",
        "It was fifty|50",
        "one pound weight|1 pound",
        "two pounds next week|2 pounds",
        "Eleven minutes of exercise|11 minutes",
        "No, seven, I started late|7 minutes",
        "You're discharged",
    ],
    ["swelling", "bump coming back", "numbness"],
    ["My coworker has a bump on her wrist too", "about eight minutes"],
    fixed={"97140": 8},
)

# ----- SLP, dev ----------------------------------------------------------------------------

S(
    "ag_slp01_voice_breaks_on_the_vowels",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hi Mrs. Delacroix, I'm Ruth, the speech-language pathologist. Tell me about your voice.
P: It. Breaks. Like. This. For three years now. It's worse on the phone.
T: Is it ever normal?
P: When I laugh. And when I sing in the shower, it's perfect.
T: That's common with spasmodic dysphonia. Did the ENT see your vocal folds?
P: Yes, the camera through the nose. He said the folds look normal but they squeeze shut when I talk.
T: Adductor type, then. Have you had the Botox?
P: Twice, last in August. It helped for about eight weeks, then it came back.
T: Any trouble swallowing, choking on water after the shots?
P: A little breathy for a week, but no choking.
T: Any heartburn or reflux?
P: No, never.
T: Do you smoke?
P: Never. My husband did, for forty years.
T: Let's record some samples. Count from one to ten.
P: One. Two. Three. Fo-ur. Five.
T: Now say: "We were away a year ago."
P: We were a-way a year a-go.
T: Now: "Eat eight eggs every Easter."
P: Eat. Eight. Eggs. Ev-ery. Easter.
T: The vowel-start sentences break more than the voiced ones. Now a long "ah".
P: Ahhhhh.
T: Maximum phonation time is eleven seconds. The s/z ratio is one point one.
P: Is that bad?
T: The ratio is normal. The time is short. Your Voice Handicap Index score is sixty two.
P: Sixty two out of what?
T: Out of one hundred twenty. It means the voice gets in the way a lot. Any pain when you talk?
P: No pain, just effort. My neck gets tired.
T: Let's try this: a soft, breathy start, "h-h-eat".
P: Heat. Heat eight eggs. Oh, that's smoother.
T: The breathy onset helps. That's useful for the plan.
P: My daughter says I sound like I'm crying on the phone.
T: We'll work on phone calls. I can't promise a cure, and the shots stay with the ENT.
P: I know.
T: Plan: voice therapy once a week for eight weeks, timed around the next shot.
P: My next one is in December.
T: Then we start now and keep going after it.
""",
    [
        "For three years now|3 years",
        "worse on the phone",
        "spasmodic dysphonia",
        "Adductor type",
        "about eight weeks|8 weeks",
        "Maximum phonation time is eleven seconds|11 seconds",
        "s/z ratio is one point one|1.1",
        "Voice Handicap Index score is sixty two|VHI 62",
        "The breathy onset helps",
        "once a week for eight weeks|1x/week for 8 weeks",
        "vowel-start sentences break more",
    ],
    ["choking", "reflux", "pain when you talk"],
    ["My husband did, for forty years"],
)

S(
    "ag_slp02_ice_chips_after_the_tube",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
t: good afternoon mister yoon how is the throat after the breathing tube
p: raw still my voice is better than last week
t: you were on the ventilator for eleven days yes
p: eleven days they tell me i dont remember most of it
t: any coughing when you drink the thin water at home
p: no i drink the thick stuff like you said mildly thick
t: good any fevers or chest infection since the hospital
p: no fevers my daughter checks
t: any weight loss
p: two pounds this week she weighs me
t: okay lets practice the effortful swallow squeeze hard like youre swallowing a grape
p: like this
t: good ten of those then the super supra glottic swallow breathe hold swallow cough
p: hold swallow cough
t: yes now ice chips and then the thin water from a cup small sips chin down
p: okay
t: i hear a wet voice after the third sip say ah
p: ah
t: a little gurgle cough and swallow again
p: better
t: so thin water is not safe yet we stay on mildly thick i d d s i level two
p: i hate the thick stuff
t: i know next week we try again the soft food is fine level six soft and bite sized
p: rice is okay
t: rice is okay with sauce nine of ten effortful swallows were strong today
p: nine out of ten
t: yes medicare pays for this but this year you are past the threshold with your outpatient physical therapy in the spring so i add the k x modifier the swallowing therapy is medically necessary because you still as per eight thin liquids
p: so its covered
t: yes its covered
p: good my wife worries about money
t: keep the effortful swallows three times a day ten each and sit upright for thirty minutes after meals
p: thirty minutes okay
t: see you friday
""",
    [
        "ventilator for eleven days|11 days",
        "mildly thick",
        "two pounds this week|2 pounds",
        "effortful swallow",
        "super supra glottic swallow|super-supraglottic swallow",
        "wet voice after the third sip|3rd sip",
        "thin water is not safe yet",
        "level two|level 2",
        "level six soft and bite sized|level 6",
        "nine of ten effortful swallows|9/10",
        "medically necessary",
        "three times a day ten each|3x/day x 10",
        "upright for thirty minutes after meals|30 minutes",
    ],
    ["coughing when you drink", "fevers"],
    ["my wife worries about money"],
    kx=True,
)

S(
    "ag_slp03_stickers_on_the_token_board",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi leo hi mister grant im bea the speech assistant working with leo for kate today
c: hi he had a rough morning the bus was late and he hates when things change
t: thanks for telling me leo look heres your token board five stickers then the trains
p: trains
t: yes trains after five stickers first sit
p: sit
t: leo touch the cup
p: cup
t: you touched the cup sticker one now give me the spoon and the car
p: spoon
t: good the spoon and the car
p: car
t: two step direction sticker two
c: he never does two steps at home
t: he did it here with the picture on the board touch your nose then clap
p: nose clap
t: nice sticker three any ear infections lately
c: no ear infections this winter
t: good put the block in the box then give me the ball
p: no
t: okay break for ten seconds then we try again put the block in the box
p: block box
t: then the ball
p: ball
t: sticker four he did seven out of ten two step directions with the pitcher cue
c: seven out of ten thats more than last time
t: last time was four out of ten now one more and we are at five stickers
p: trains
t: trains now good job leo
c: can you also work on his potty training
t: thats not for speech but his doctor can help
c: okay
t: at home use first then with pictures for two steps only first shoes then car
c: first then got it
t: no crying when the bus was late is also big for him
c: true he didnt cry today
t: see you tuesday
""",
    [
        "token board",
        "five stickers then the trains|5 stickers",
        "touch the cup",
        "touch your nose then clap",
        "seven out of ten two step directions|7/10",
        "with the pitcher cue|with the picture cue",
        "last time was four out of ten|4/10",
        "break for ten seconds|10 seconds",
        "first then with pictures for two steps only|2 steps",
        "he hates when things change",
    ],
    ["ear infections", "crying when the bus was late"],
    ["can you also work on his potty training"],
)

S(
    "ag_slp04_new_ears_at_sixty_one",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mr. Nakamura. The implant was switched on four weeks ago now?
P: Four weeks. Everybody still sounds like a cartoon duck. But the duck is getting clearer.
T: That's what we'd expect. Are you wearing the processor all day?
P: Twelve hours a day. I take it off to shower.
T: Any pain or redness at the magnet site?
P: No, the skin is fine.
T: Any dizziness since the surgery?
P: No dizziness.
T: Today I'll cover my mouth so you can't lip-read. Ready?
P: That's cheating, but go.
T: Which word: "ship" or "chip"? Chip.
P: Chip.
T: "Bat" or "pat"? Bat.
P: Pat? No. Bat.
T: That one counts as an error. Let's do the set of twenty.
P: Okay.
T: Sixteen out of twenty, eighty percent. Last week was twelve out of twenty.
P: That's the duck talking.
T: Now sentences without lip-reading. "The dog is barking at the mailman."
P: The dog is... parking? Barking at the mailman.
T: Yes. You got there. Now with the radio on in the background.
P: Oh, that's hard. I only got the word "mailman".
T: Background noise is the next stage. Sentences in quiet: seven out of ten. In noise: two out of ten.
P: My wife talks to me from the kitchen with the water running.
T: Ask her to turn around and face you, and the tap off.
P: She won't. Thirty eight years of marriage.
T: Homework: the listening app, thirty minutes a day, and audiobooks with the book in your hand.
P: My grandson set up the app. He says the duck voice is funny.
T: Also try the phone with your daughter, a known voice, short calls.
P: The phone, really?
T: Two minutes, and she knows the topic first.
P: Okay. And the audiologist changes the program next week.
T: Good, tell me what she changes. See you Thursday.
""",
    [
        "switched on four weeks ago|4 weeks",
        "sounds like a cartoon duck",
        "Twelve hours a day|12 hours",
        "cover my mouth so you can't lip-read",
        "Sixteen out of twenty, eighty percent|16/20",
        "Last week was twelve out of twenty|12/20",
        "Sentences in quiet: seven out of ten|7/10",
        "In noise: two out of ten|2/10",
        "thirty minutes a day|30 minutes",
        "face you, and the tap off",
        "Two minutes, and she knows the topic first|2 minutes",
    ],
    ["redness at the magnet site", "dizziness"],
    ["Thirty eight years of marriage", "He says the duck voice is funny"],
)

S(
    "ag_slp05_ledger_after_the_bleed",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 23},
    [],
    "97129x1:GN 97130x2:GN",
    """
T: Hi Mr. Abernathy. Progress report today. How was the week?
P: I balanced my own checkbook. Took me an hour, but I did it.
T: An hour, and correct?
P: Correct to the penny. My wife checked it.
T: Great. Any headaches this week?
P: One, on Tuesday, after the dentist. Not bad.
T: Any new problems with vision or weakness?
P: No, nothing new. The neurosurgeon was happy with the scan.
T: Good. Let's retest. I'll read five words, you repeat them now and again in twenty minutes. Apple, ladder, river, button, candle.
P: Apple, ladder, river, button, candle.
T: Now the spreadsheet task. Here's a month of receipts for a small bakery, sort them into the categories, and total each one.
P: This is my old job, basically. Before the bleed I did books for six small businesses.
T: Talk me through how you start.
P: Sort by type first. Flour and sugar, utilities, wages. Oh, I put the electric bill under wages.
T: You caught that yourself. That's the self-monitoring we've been working on.
P: Before, I wouldn't have.
T: Keep going, use the checklist card.
P: Done. The totals are... flour and sugar four hundred twelve.
T: Four hundred twelve is correct. Utilities?
P: Two hundred eighty. Wages I ran out of steam.
T: Okay, stop there. Now the five words from before.
P: Apple, river, candle... button. The fifth one is gone.
T: Four of five with no cue. With the cue "you climb it"?
P: Ladder!
T: Four of five free recall, five with a cue. At the start it was one of five.
P: One. I remember being scared.
T: The task part took thirty eight minutes today, with the checklist and the recall.
P: It felt like ten.
T: Goals: checkbook on his own, met. Accuracy on the receipts task, eighty percent with the checklist, met today at ninety. Returning to one client part time, not met yet.
P: My old boss at the hardware store wants me back for the taxes in March.
T: That's the goal for the next period. Eight more weeks, twice a week.
P: Good. Can you write the letter to my old boss?
T: That one we'll talk about when you're closer.
P: Fair.
""",
    [
        "balanced my own checkbook",
        "Took me an hour|1 hour",
        "Apple, ladder, river, button, candle",
        "sort them into the categories",
        "put the electric bill under wages",
        "self-monitoring",
        "checklist card",
        "Four hundred twelve is correct|412",
        "Four of five with no cue|4/5",
        "five with a cue|5/5 with a cue",
        "At the start it was one of five|1/5",
        "thirty eight minutes|38 minutes",
        "met today at ninety|90%",
        "Eight more weeks, twice a week|8 weeks, 2x/week",
    ],
    ["vision", "weakness"],
    ["after the dentist", "Can you write the letter to my old boss"],
    cog=38,
)

S(
    "ag_slp06_banana_comes_out_nana",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92522"],
    "92522x1:GN",
    """
T: Hi Mateo! Hi Mrs. Ibarra. Today we're doing the re-evaluation, the big check-up, for his speech.
C: He's been talking more. But strangers still don't understand him.
T: How much do strangers understand, would you say?
C: Maybe half. His teacher says less than half.
T: And you?
C: Me, most of it. Maybe eighty percent. I know his words.
T: Mateo, can you say "banana"?
P: Nana.
T: "Ba-na-na." Tap it with me.
P: Ba... na-na.
T: Good tapping! He drops the first syllable when the word is long. Say "butterfly".
P: Buh-fly.
T: And again?
P: Butt-a-fly.
T: He says it differently each time. That's typical of apraxia of speech. Mrs. Ibarra, any ear infections since last time?
C: No, none since the tubes.
T: Any trouble eating or drooling?
C: No, he eats everything. Too much.
T: On the word test he had twenty two errors out of forty words. Six months ago it was thirty one.
C: That's better, right?
T: Better. Vowels are much better. Three-syllable words are still hard, and he's inconsistent.
P: Truck! Truck!
T: Yes, truck! He said that one perfectly. Let's try with the hand cues: "puh" with the lips.
P: Puh. Puh-puh. Puppy.
T: With my touch cue on the lips he gets "p" eight out of ten. Without the cue four out of ten.
C: He says "puppy" for every dog at the park.
T: That's a start. New goals: two-syllable words right eighty percent of the time with a visual cue, and three-syllable words with tapping.
C: And his sister says he needs to say her name. Isabella.
T: That's a big word, we'll get there. Isabella is four syllables.
C: She'll be patient. Maybe.
T: Plan: twice a week for twelve weeks, and I'll send a home list of ten words.
C: Ten words. Okay.
T: Practice them in short bursts, five minutes at breakfast.
P: Bye bye!
""",
    [
        "Maybe half|50%",
        "Maybe eighty percent|80%",
        "drops the first syllable",
        "differently each time",
        "apraxia of speech",
        "twenty two errors out of forty words|22/40",
        "Six months ago it was thirty one|31",
        "Vowels are much better",
        "eight out of ten|8/10",
        "Without the cue four out of ten|4/10",
        "twice a week for twelve weeks|2x/week for 12 weeks",
        "five minutes at breakfast|5 minutes",
    ],
    ["ear infections", "drooling"],
    ["She'll be patient. Maybe", "he eats everything. Too much"],
)

S(
    "ag_slp07_voice_dropped_for_the_interview",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Ethan. Last session. How did the job interview go?
P: I got it! Grocery store, the deli counter. Nobody said anything about my voice.
T: That's huge. Say your name for me like on the first day.
P: Ethan Morales.
T: And the old way, just to compare?
P: Ethan Morales.
T: Pitch today is one hundred twelve hertz. On the first day your speaking voice was two hundred forty.
P: Two hundred forty. I sounded like my little sister.
T: You're a seventeen-year-old guy with a normal adult voice, and the ENT said your larynx was normal all along.
P: It was a habit. Weird.
T: Any voice cracks back up this week?
P: No cracks. Once on the phone, but I coughed and it came back down.
T: That cough trick is fine. Any throat pain or hoarseness?
P: None.
T: Let's read the paragraph. The grandfather passage.
P: "You wish to know all about my grandfather..."
T: Steady the whole way. I heard no breaks. Now talk to me about the deli for a minute.
P: So I slice the turkey, weigh it, and you have to shout "number forty two" over the noise.
T: Shout it.
P: Number forty two!
T: Low and loud. Perfect. That was the goal: a loud call in his normal pitch.
P: My friends still make fun of me a little, but for other stuff.
T: Like what?
P: My haircut.
T: That's not my department. Your Voice Handicap Index was forty four at the start. Today it's six.
P: Six. Nice.
T: All goals met: conversation in the lower pitch, the phone, and the loud call at work.
P: Do I have to come back?
T: You're discharged. If the high voice keeps coming back for more than a week, call us.
P: My mom says thank you. She's in the car, she's parking.
T: Tell her thank you too. Good luck at the deli.
P: Free pickles for you.
T: Ha. I'll come by.
""",
    [
        "Grocery store, the deli counter",
        "one hundred twelve hertz|112 Hz",
        "your speaking voice was two hundred forty|240 Hz",
        "seventeen-year-old|17",
        "larynx was normal all along",
        "Once on the phone, but I coughed",
        "grandfather passage",
        "I heard no breaks",
        "a loud call in his normal pitch",
        "Voice Handicap Index was forty four at the start|VHI 44",
        "Today it's six|VHI 6",
        "You're discharged",
    ],
    ["throat pain", "hoarseness"],
    ["My haircut", "Free pickles for you"],
)

# ----- SLP, test ---------------------------------------------------------------------------

S(
    "ag_slp08_tongue_free_at_last",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92522"],
    "92522x1:GN",
    """
t: hi nora hi mom im dana the speech therapist
c: hi shes shy at first give her a minute
t: no rush so the tongue tie was clipped when
c: the free not to me was six weeks ago at the dentist before that she couldnt stick her tongue out past her lips
t: and now
c: now she sticks it out at everyone
t: nora can you stick out your tongue like a lion
p: rawr
t: great it comes past the lips and up to the top lip now can you touch your nose with it
p: cant
t: nobody can let me look inside the healing looks good any pain when she eats
c: no pain she eats fine
t: any trouble with milk coming out her nose or choking
c: no never
t: okay lets name pictures this is the goldman fristoe test
p: sun fish wabbit
t: wabbit for rabbit
c: she says wabbit for everything with r
t: r at her age is still developing its okay but the l and the th she also misses lellow for yellow and fum for thumb
p: fum
t: and the l she says with the tongue down she had eleven errors on the test her standard score is eighty two
c: eighty two is that low
t: its below average mostly the l the th and the s now with the tongue free we can teach the tongue tip up
p: la la la
t: yes la la la tongue on the bumpy spot behind the teeth
c: she never did that before
t: her speech is about seventy percent understood by me a stranger
c: at preschool they say they understand her fine
t: good to know this is a speech sound evaluation she qualifies for therapy for the l th and s
c: what about the r
t: we watch the r for now plan is once a week for twelve weeks
c: okay her grandma wants her to say grandma right
p: gamma
t: gamma is very cute well work on it
c: thank you
""",
    [
        "free not to me was six weeks ago|frenotomy|6 weeks",
        "couldnt stick her tongue out past her lips",
        "comes past the lips and up to the top lip",
        "goldman fristoe|Goldman-Fristoe",
        "wabbit for rabbit",
        "lellow for yellow",
        "fum for thumb",
        "eleven errors|11 errors",
        "standard score is eighty two|82",
        "about seventy percent understood|70%",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "tongue on the bumpy spot behind the teeth",
    ],
    ["pain when she eats", "choking"],
    ["her grandma wants her to say grandma right", "nobody can"],
)

S(
    "ag_slp09_head_turned_to_the_left",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Falk. How's the swallowing this week?
P: The pills still stick on the right side. But I've been eating the soft foods.
T: With the head turned to the left, like we practised?
P: Most of the time. I forget when I'm watching the news.
T: After your stroke, the right side of the throat is weak, so turning left closes the weak side. Any coughing at meals?
P: Less. Maybe once a meal.
C: It's less. I'm his sister, I eat with him. Once a meal is right.
T: Thank you. Any fevers or chest colds?
P: No fevers.
T: Any weight loss?
C: He's gained a pound. Finally.
T: Good. Today: head turn, then effortful swallow, then the Mendelsohn, hold at the top.
P: The Mendelsohn is the one where I hold it up?
T: Yes. Swallow, and hold your voice box up for two seconds.
P: Mmm. Like that?
T: Good, two seconds. Let's do ten.
P: That's tiring.
T: It's a workout. Now applesauce with the head turn.
P: Okay.
T: Clear swallow, no cough. Now the soft chicken, level six.
P: I need two swallows for that.
T: That's fine, two swallows per bite is our strategy. Now the thin water by cup, head turned.
P: Okay...
T: A small throat clear, not a cough. Eight of ten sips without coughing today.
P: Eight out of ten. Last week was five.
T: Much better. Medicare: your therapy this year is over the threshold, because speech and physical therapy count together and you had outpatient PT this year, so I'm adding the KX modifier. It's medically necessary, you still cough with thin liquids and the pills stick.
C: He was worried it would stop.
T: It won't stop for that reason. Pills: crush the ones the pharmacist says can be crushed, in applesauce.
P: The big blue one can't be crushed.
T: Then cut it in half if the pharmacist says yes. Ask him tomorrow.
C: I'll call him.
T: Home: the Mendelsohn ten times three times a day, and the head turn for every bite.
C: Can you come to our house and eat with him?
T: We don't do home visits, but bring a video of a meal next time.
P: My sister burns the rice anyway.
T: See you Friday.
""",
    [
        "pills still stick on the right side",
        "head turned to the left",
        "Maybe once a meal",
        "He's gained a pound|1 pound",
        "Mendelsohn",
        "two seconds|2 seconds",
        "Let's do ten|10",
        "Clear swallow, no cough",
        "two swallows per bite|2 swallows",
        "Eight of ten sips without coughing today|8/10",
        "Last week was five|5/10",
        "medically necessary",
        "crush the ones the pharmacist says can be crushed",
        "ten times three times a day|10 times 3 times a day",
    ],
    ["fevers"],
    ["My sister burns the rice anyway", "Can you come to our house and eat with him"],
    kx=True,
)

S(
    "ag_slp10_more_and_all_done_signs",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi sophie hi grandpa im max the speech assistant working for jen today
c: hi max she signed car all the way here
t: sophie you signed car show me car
p: car
t: you said car with your voice and your hands high five
p: five
t: today we practice two word phrases with signs more cookie want ball
c: at home she mostly does one word and points
t: okay sophie want ball
p: ball
t: want ball say want
p: wan ball
t: wan ball great that counts as two words with the sign
c: thats new she doesnt say want at home
t: any ear infections or new hearing problems since the tubes came out
c: no ear problems the audio just said her hearing is normal now
t: good more bubbles
p: more bubble
t: more bubbles yes
p: more more
t: okay after the bubbles the farm animals the cow says
p: moo
t: big cow
p: big cow
t: she had twelve two word phrases out of twenty tries with the sign as a model
c: twelve thats more than half
t: yes sixty percent last time she had eight of twenty
c: can she come three times a week instead of two
t: jen decides the schedule ill tell her you asked
c: okay
t: at home pick three phrases more milk want book all done and use the sign every time
c: all done she knows that one too well
p: all done
t: ha yes all done for today she used all done on her own
c: she did it by herself
t: no drooling on the cup today either good job sophie
c: thanks max
""",
    [
        "signed car all the way here",
        "two word phrases with signs|2-word phrases",
        "mostly does one word and points|1 word",
        "wan ball",
        "more bubble",
        "big cow",
        "twelve two word phrases out of twenty|12/20",
        "sixty percent|60%",
        "last time she had eight of twenty|8/20",
        "more milk want book all done",
        "used all done on her own",
    ],
    ["ear infections", "drooling"],
    ["can she come three times a week instead of two"],
)

S(
    "ag_slp11_calendar_after_the_heart_stopped",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 30},
    [],
    "97129x1:GN 97130x2:GN",
    """
T: Hi Mrs. Okonkwo. Hi Mr. Okonkwo. How's the memory book going?
P: I write in it. Sometimes I forget I wrote in it.
C: She writes the same thing twice. But she writes, that's new.
T: That's progress. It's been three months since the cardiac arrest. Any chest pain or fainting this week?
P: No chest pain. The defibrillator thing hasn't gone off.
T: Good. Any falls?
C: No falls.
T: Today we'll work on the weekly calendar and the medication times. First, what's today's date?
P: The ... fourteenth? No. It's Tuesday, I know that.
T: Check the book.
P: The book says Tuesday the twelfth.
T: Right. Using the book is the strategy. Now, this week's appointments. Cardiology on Thursday at two, the dentist Friday at nine.
P: Thursday at two. Friday... the dentist at nine.
T: Write them in. Now, at what time do you take the water pill?
P: Morning. I think. Eight o'clock.
C: Eight o'clock, yes.
T: Now I'll tell you a short story and ask you in ten minutes. A woman named Grace goes to the market on Saturday and buys three lemons.
P: Grace, Saturday, lemons.
T: Meanwhile, let's plan a day. You want to bake bread Sunday. What do you need?
P: Flour, yeast, the oven... and I need to remember to take it out.
T: How will you remember?
P: The timer on the phone. Like you showed me.
T: Set it for us now, thirty minutes.
P: There. Thirty minutes.
T: Now the story.
P: Grace... market... lemons. Two lemons?
T: Three. But Grace, the market and lemons without help, and Saturday with a cue.
P: Three lemons. I'll never forget the lemons now.
T: Recall was three of four details. Last week it was one of four.
C: She's getting better, isn't she?
T: She is. Today's cognitive work was forty five minutes, all of it with me.
C: Can you give her something for the sleep? She's up at three in the morning.
T: That's for her doctor. I'll put in the note that her sleep is broken.
P: I'm up, I make tea.
T: Homework: the book after every meal, and the phone timer for the oven.
P: After every meal.
T: See you Thursday.
""",
    [
        "memory book",
        "writes the same thing twice",
        "three months since the cardiac arrest|3 months",
        "The book says Tuesday the twelfth|12th",
        "Cardiology on Thursday at two|2:00",
        "the dentist Friday at nine|9:00",
        "Eight o'clock|8:00",
        "timer on the phone",
        "Set it for us now, thirty minutes|30 minutes",
        "Saturday with a cue",
        "Recall was three of four details|3/4",
        "Last week it was one of four|1/4",
        "forty five minutes|45 minutes",
        "up at three in the morning|3 am",
    ],
    ["chest pain", "fainting", "falls"],
    ["Can you give her something for the sleep"],
    cog=45,
)

S(
    "ag_slp12_reading_the_recipe_again",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mrs. Lindgren. Progress report today. How's the reading going?
P: I read a whole recipe on Sunday. Lemon cake. Slowly.
T: And did the cake work?
P: I forgot the sugar. But I read the word sugar!
T: Ha. That's still a win. Any new headaches or vision changes?
P: No headaches. The eye doctor said my eyes are fine, it's the brain.
T: Right, the stroke hit the reading area, not the eyes. Let's test. Read these single words out loud.
P: Table. Window. Yacht... yacht? Y-a-c-h-t.
T: Irregular words are hard. Twenty three of thirty single words today. At the start it was eleven.
P: Eleven. I couldn't read my own name on the mail.
T: Now the sentence-picture matching. Read it silently and point.
P: This one. The man gives the dog a bone.
T: Correct. Sixteen of twenty sentences. It was nine.
P: Sixteen.
T: Now a paragraph. Read it, then tell me what happened.
P: "The bus was late, so Ana walked to work in the rain." She walked. In the rain.
T: Why did she walk?
P: Because... the bus. The bus was late.
T: Good. Four of five questions right on the paragraphs, with finger tracking.
P: The finger helps. Without it I jump lines.
T: That's why we use it. Do you still use the audio books?
P: My grandson put them on the tablet. But I want to read my own newspaper.
T: That's the next goal. Any trouble with writing since last time?
P: No, my writing is fine, it was always fine. Only reading.
T: Yes, that's the pure alexia pattern. Writing without reading.
P: I write a note and can't read it back! Funny.
T: Goals: single words seventy five percent, met. Sentences eighty percent, met. The newspaper article with five questions, not yet.
P: The newspaper is the real goal. The crossword too.
T: The crossword might be a stretch. Eight more weeks, twice a week.
P: My husband does the crossword anyway. In pen. Show-off.
T: Keep the recipe reading, one a day, with the finger.
P: One a day. Maybe with sugar this time.
""",
    [
        "read a whole recipe on Sunday",
        "I forgot the sugar",
        "Twenty three of thirty single words today|23/30",
        "At the start it was eleven|11/30",
        "Sixteen of twenty sentences|16/20",
        "It was nine|9/20",
        "Four of five questions right|4/5",
        "finger tracking",
        "Without it I jump lines",
        "pure alexia",
        "single words seventy five percent, met|75%",
        "The newspaper article with five questions, not yet|5 questions",
        "Eight more weeks, twice a week|8 weeks, 2x/week",
    ],
    ["headaches", "trouble with writing"],
    ["In pen. Show-off", "My grandson put them on the tablet"],
)

S(
    "ag_slp13_thin_voice_at_bingo",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hi Mr. Duarte. Re-evaluation today. It's been eight weeks of the exercises.
P: Eight weeks. My wife says she can hear me from the kitchen now.
T: That was one of the goals. How about bingo?
P: I called the numbers on Friday! Nobody said "what?" once.
T: Wonderful. Any throat pain or trouble swallowing?
P: No, none.
T: Any coughing up blood or a lump feeling?
P: Never. The ENT looked again last month, he said the folds are thin, that's age. No growths.
T: Right, that's presbyphonia, the vocal folds thin with age. Let's measure. Long "ah".
P: Ahhhhhhhhh.
T: Maximum phonation time is sixteen seconds. Before it was nine.
P: Sixteen.
T: Loudness in conversation is sixty eight decibels. Before it was fifty nine.
P: Is that a lot?
T: Nine decibels is a lot. Now the pitch glides, low to high.
P: Ooooo-eeeee.
T: Your range is wider. The Voice Handicap Index is twenty two today, it was fifty one.
P: I did that form in the waiting room.
T: Thank you. Now read: "When the sunlight strikes raindrops in the air..."
P: "When the sunlight strikes raindrops in the air, they act as a prism..."
T: The voice is steadier. Still a little breathy at the end of long sentences.
P: I run out of air at the end.
T: Then we keep working on breath groups. New goals: bingo for a full evening, phone calls with his brother in Portugal, and steady voice at the end of a sentence.
P: My brother is deaf as a post.
T: Then that's a real test. I'd like to continue, once a week for six weeks, and the daily exercises at home.
P: The ones with "boom boom boom"?
T: Yes, the loud "boom" and the glides, twice a day.
P: My dog howls when I do them.
T: Then he's practising too. Any questions before you go?
P: Can I keep calling bingo on Fridays?
T: Yes, that's the best practice there is. Drink water during the night.
P: Water, not beer. Okay.
T: See you next week.
""",
    [
        "eight weeks of the exercises|8 weeks",
        "hear me from the kitchen",
        "I called the numbers on Friday",
        "presbyphonia",
        "Maximum phonation time is sixteen seconds|16 seconds",
        "Before it was nine|9 seconds",
        "sixty eight decibels|68 dB",
        "Before it was fifty nine|59 dB",
        "Voice Handicap Index is twenty two today|VHI 22",
        "it was fifty one|51",
        "a little breathy at the end of long sentences",
        "once a week for six weeks|1x/week for 6 weeks",
        "twice a day|2x/day",
    ],
    ["throat pain", "trouble swallowing", "coughing up blood", "growths"],
    ["My dog howls when I do them", "My brother is deaf as a post"],
)

S(
    "ag_slp14_steak_again_after_the_flap",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
t: hi gary last visit today how is eating
p: i had steak on saturday cut small but steak
t: thats the goal you set after the surgery on the tongue
p: half the tongue gone and the flap from my arm in there feels like a sock in my mouth
t: the partial gloss ectomy and the free flap yes any choking or coughing at meals now
p: no choking not for a month
t: any chest infections or fevers since last time
p: none
t: weight
p: up four pounds this month my wife is happy
t: lets watch you eat the cracker first use the tongue sweep to the left side
p: okay
t: good then check your cheek with your finger for food pocketing
p: a little bit left in the cheek
t: thats normal for you a sip of water clears it now the chicken
p: i chew on the right side like you said
t: yes two swallows per bite and a liquid wash now thin water from a straw
p: the straw is fine now
t: no cough good your diet is regular solids level seven and thin liquids
p: no more mush
t: no more mush the f o i s went from three to seven
p: whats that
t: the food intake scale seven is a full diet no restrictions
p: and my voice
t: your speech is about ninety percent clear to me thats for the speech goals you met last month
p: my grandkids still say grandpa talks funny
t: kids are honest any pain with chewing
p: no pain just tired jaw by the end
t: okay keep the tongue exercises once a day for three months and call if anything changes
p: the radiation doctor wants to see me in june
t: good thats important you are discharged from swallowing therapy
p: thanks for everything i brought you cookies from my wife
t: thank you tell her thank you
""",
    [
        "steak on saturday cut small",
        "half the tongue gone|1/2 of the tongue",
        "partial gloss ectomy|partial glossectomy",
        "free flap",
        "up four pounds this month|4 pounds",
        "tongue sweep to the left side",
        "a little bit left in the cheek",
        "chew on the right side",
        "two swallows per bite|2 swallows",
        "regular solids level seven|level 7",
        "went from three to seven|FOIS 3 to 7",
        "about ninety percent clear|90%",
        "once a day for three months|3 months",
        "discharged from swallowing therapy",
    ],
    ["choking", "fevers", "pain with chewing"],
    ["my grandkids still say grandpa talks funny", "i brought you cookies from my wife"],
)


# ---------------------------------------------------------------------------------------------
# Rules: this author's reading of PRODUCT.md's billing rules and of the key conventions
# ---------------------------------------------------------------------------------------------

TIMED = frozenset(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
UNTIMED = frozenset(
    "97161 97162 97163 97164 97165 97166 97167 97168 92521 92522 92523 92524 92507 92526 92610 97150 97010 97012 97014 G0283".split()
)
SLP_EVALS = dict.fromkeys(("92521", "92522", "92523", "92524", "92610"))
EVAL_TABLE = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": None},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": None},
    # PRODUCT.md names no SLP re-evaluation code: an SLP re-evaluation takes an SLP evaluation code
    ("SLP", "evaluation"): SLP_EVALS,
    ("SLP", "re-evaluation"): SLP_EVALS,
}
ALL_EVALS = frozenset(c for t in EVAL_TABLE.values() for c in t)
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANTS = frozenset({"PTA", "OTA", "SLPA"})
NOTE_TYPES = ("evaluation", "daily", "progress", "re-evaluation", "discharge")
# NCCI pairs whose 59 these keys do not model: kept out of the sessions altogether
KEPT_OUT = (
    (frozenset({"97140"}), frozenset({"97161", "97162", "97163"})),
    (frozenset({"97530", "97150"}), ALL_EVALS),
    (frozenset({"92507"}), frozenset({"92526"})),
)
# id words that would tell a reader what a session tests
HINTS = frozenset(
    "kx 59 asr pta ota slpa tele telehealth cms percode per code dictat group interp clock cotreat correct fixed wrong inject injection threshold medicare units minutes quarter".split()
)


def units_for(minutes):
    """PRODUCT.md's unit table: 8-22 -> 1, 23-37 -> 2, ... each further 15 -> +1; under 8 -> 0."""
    if minutes < 8:
        return 0
    return 1 + (minutes - 8) // 15


def cms_units(timed, sid, problems):
    """CMS 8-minute rule: total units from the summed minutes; whole 15s per code, spares to the largest rests."""
    total = units_for(sum(timed.values()))
    out = {c: m // 15 for c, m in timed.items()}
    spare = total - sum(out.values())
    if spare < 0:
        problems.append(f"{sid}: whole 15-minute blocks are more than the total")
        return out
    order = sorted(timed, key=lambda c: -(timed[c] % 15))
    for k in range(spare):
        if k >= len(order) or timed[order[k]] % 15 == 0:
            problems.append(f"{sid}: a spare unit has nowhere to go")
            break
        out[order[k]] += 1
    if 0 < spare < len(order) and timed[order[spare - 1]] % 15 == timed[order[spare]] % 15:
        problems.append(f"{sid}: equal remainders decide the last unit")
    return out


def rule_key(s, problems):
    if s["rule"] == "cms":
        tu = cms_units(s["timed"], s["id"], problems)
    else:
        tu = {c: units_for(m) for c, m in s["timed"].items()}
    codes = {c: 1 for c in s["untimed"] if c != "97010"}
    for c, n in tu.items():
        if n:
            codes[c] = n
    mods = {}
    for c in codes:
        row = [DISC_MOD[s["discipline"]]]
        if s["role"] in ASSIST_MOD:
            row.append(ASSIST_MOD[s["role"]])
        if (c == "97530" and "97140" in codes) or (c == "97535" and "97530" in codes):
            row.append("59")
        if s["kx"]:
            row.append("KX")
        mods[c] = row
    return codes, mods


def read_key(text):
    codes, mods = {}, {}
    for item in text.split():
        head, tail = item.split(":")
        code, n = head.split("x")
        codes[code] = int(n)
        mods[code] = tail.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBERISH = re.compile(
    r"\b(" + "|".join(ONES + TENS + ["hundred", "half", "quarter", "dozen"]) + r")\b", re.I
)
DENY = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|denies|denied|without|negative|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|won't|wont|can't|cant|ain't|aint|neither|nor|nobody|nowhere)\b",
    re.I,
)
LINE = re.compile(r"^([TPCtpc]):\s*(\S.*)$")
SPEAKER = {"t": "therapist", "p": "patient", "c": "caregiver"}


def forms(n):
    if n < 20:
        return [str(n), ONES[n]]
    t, o = divmod(n, 10)
    if o == 0:
        return [str(n), TENS[t - 2]]
    return [str(n), f"{TENS[t - 2]} {ONES[o]}", f"{TENS[t - 2]}-{ONES[o]}"]


def says(n, text):
    """True if the number n is said in text as digits or words (not inside a longer number or a time)."""
    pats = [r"(?<![\w.:/-])" + re.escape(f) + r"(?![\w:/-])" for f in forms(n)]
    return any(re.search(p, text, re.I) for p in pats)


def lines_of(s):
    return [x.strip() for x in s["text"].strip().splitlines() if x.strip()]


def to_segments(s, problems):
    rng = random.Random(int(hashlib.sha256(("blind30/" + s["id"]).encode()).hexdigest()[:12], 16))
    segs, clock = [], 0.0
    for raw in lines_of(s):
        m = LINE.match(raw)
        if not m:
            problems.append(f"{s['id']}: unreadable line {raw[:40]!r}")
            continue
        words = m.group(2).strip()
        dur = max(1.0, len(words.split()) / 2.35 * rng.uniform(0.9, 1.15))
        start, end = round(clock, 1), round(clock + dur, 1)
        segs.append({"start": start, "end": end, "speaker": SPEAKER[m.group(1).lower()], "text": words})
        clock = end + rng.uniform(0.45, 1.15)
    return segs


def recogniser(s):
    ms = [LINE.match(x) for x in lines_of(s)]
    if not ms or not all(ms):
        return False
    body = " ".join(m.group(2) for m in ms)
    return all(m.group(1).islower() for m in ms) and not re.search(r"[A-Z0-9.,?!;:'\"/%()&+\-]", body)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_session(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    m = re.fullmatch(r"ag_(pt|ot|slp)(\d\d)_([a-z0-9_]+)", sid)
    if not m or m.group(1) != s["discipline"].lower():
        bad("bad id")
    elif HINTS & set(m.group(3).split("_")):
        bad("an id word hints at the situation")
    if s["split"] not in ("dev", "test") or s["rule"] not in ("cms", "per-code"):
        bad("bad split or rule")
    if s["note_type"] not in NOTE_TYPES:
        bad("bad note type")
    if s["role"] not in (s["discipline"], s["discipline"] + "A"):
        bad("role does not fit the discipline")
    if s["role"] in ASSISTANTS and s["note_type"] != "daily":
        bad("an assistant writes daily notes only")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("an SLPA under the Medicare profile")
    low = s["text"].lower()
    said_kx = "KX" in s["text"] or re.search(r"\bk x\b", low)
    if s["kx"] and not (s["rule"] == "cms" and "threshold" in low and "necessary" in low and said_kx):
        bad("KX needs Medicare and 'threshold', the modifier and 'necessary' said")
    if not s["kx"] and ("threshold" in low or said_kx):
        bad("threshold or KX said in a session not keyed KX")
    for c, mins in s["timed"].items():
        if c not in TIMED or not isinstance(mins, int) or mins <= 0:
            bad(f"bad timed entry {c}={mins}")
    for c in s["untimed"]:
        if c not in UNTIMED:
            bad(f"bad untimed code {c}")
    if "G0283" in s["untimed"] and s["rule"] != "cms":
        bad("G0283 outside the Medicare profile")
    if "97014" in s["untimed"] and s["rule"] == "cms":
        bad("97014 under the Medicare profile")
    evals = {c for c in s["untimed"] if c in ALL_EVALS}
    allowed = EVAL_TABLE.get((s["discipline"], s["note_type"]))
    if allowed is None and evals:
        bad("an evaluation code on a note that is not an evaluation")
    if allowed is not None and (len(evals) != 1 or not evals <= set(allowed)):
        bad("evaluation code does not fit discipline and note type")
    here = set(s["timed"]) | set(s["untimed"])
    for a, b in KEPT_OUT:
        if here & a and here & b:
            bad(f"pair kept out of the data: {sorted(here & a)} + {sorted(here & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP with PT / OT timed codes")
    if s["cog"] is None:
        if {"97129", "97130"} & set(s["timed"]):
            bad("cognitive codes without a cognitive block")
    else:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("cognitive block not split as first 15 minutes + the rest")

    codes, mods = rule_key(s, problems)
    hc, hm = read_key(s["key"])
    if codes != hc:
        bad(f"units: rules {codes}, hand {hc}")
    if mods != hm:
        bad(f"modifiers: rules {mods}, hand {hm}")
    if s["has59"] != any("59" in r for r in mods.values()):
        bad("has59 disagrees with the key")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns")
    if not segs or not 90 <= segs[-1]["end"] <= 900:
        bad(f"duration {segs[-1]['end'] if segs else 0} s")
    for i in range(1, len(segs)):
        gap = round(segs[i]["start"] - segs[i - 1]["end"], 2)
        if segs[i]["end"] <= segs[i]["start"] or not 0.3 <= gap <= 1.3:
            bad("bad timestamps")
            break
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("needs therapist and patient turns")
    tags = [x[0] for x in lines_of(s)]
    if any(t.islower() for t in tags) and not all(t.islower() for t in tags):
        bad("mixed speaker-tag case")
    if all(t.islower() for t in tags) != recogniser(s):
        bad("lower-case tags go with, and only with, a speech-recogniser transcript")

    clinic = [g["text"] for g in segs if g["speaker"] == "therapist"]
    clinic_text = " ".join(clinic)
    for c, mins in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        if c in s["said_as"]:
            if s["said_as"][c].lower() not in clinic_text.lower():
                bad(f"{c}: phrase {s['said_as'][c]!r} never said by the clinic")
            continue
        pieces = s["parts"].get(c, [mins])
        if sum(pieces) != mins:
            bad(f"{c}: parts do not add up")
        for p in pieces:
            if not says(p, clinic_text):
                bad(f"{c}: {p} minutes never said by the clinic")
    if s["cog"] is not None and not says(s["cog"], clinic_text):
        bad("cognitive minutes never said by the clinic")
    for c, first in s["fixed"].items():
        final = s["timed"].get(c)
        at_first = [i for i, t in enumerate(clinic) if says(first, t)]
        at_final = [i for i, t in enumerate(clinic) if final is not None and says(final, t)]
        if not at_first or not at_final or max(at_final) < max(at_first):
            bad(f"{c}: the settled figure must come after the first ({first} -> {final})")
    for c in evals:
        level = allowed[c]
        if level and f"{level} complexity" not in clinic_text.lower():
            bad(f"'{level} complexity' never said by the clinic")

    whole = " ".join(g["text"] for g in segs).lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts")
    alts_all = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        alts_all += [a.lower() for a in alts]
        hits = [a for a in alts if a.lower() in whole]
        if not hits:
            bad(f"fact {f!r} not said")
        elif max(len(a) for a in hits) < 4:
            bad(f"fact {f!r} found only by a short alternative")
        if any(re.search(r"\d", a) or NUMBERISH.search(a) for a in alts) and not any(
            re.search(r"\d", a) for a in alts
        ):
            bad(f"numeric fact {f!r} has no digit alternative")
    if not s["negated"] or not s["absent"]:
        bad("needs negated and absent entries")
    for n in s["negated"]:
        nl = n.lower()
        where = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not where:
            bad(f"negated {n!r} not said")
        elif not any(DENY.search(segs[j]["text"]) for i in where for j in (i, i + 1) if j < len(segs)):
            bad(f"negated {n!r}: no denial in its turn or the next")
        if any(nl in a or a in nl for a in alts_all):
            bad(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        al = a.lower()
        if al not in whole:
            bad(f"absent {a!r} not said")
        if any(al in x or x in al for x in alts_all):
            bad(f"absent {a!r} overlaps a fact")
        if any(al in n.lower() or n.lower() in al for n in s["negated"]):
            bad(f"absent {a!r} overlaps a negated entry")
    return codes, mods


def check_halves(problems):
    from collections import Counter

    ids = [s["id"] for s in SESSIONS]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    nums = [s["id"].split("_")[1] for s in SESSIONS]
    if len(nums) != len(set(nums)):
        problems.append("duplicate id numbers")
    if "--partial" in sys.argv:
        return
    got = Counter((s["split"], s["discipline"]) for s in SESSIONS)
    want = {(h, d): n for h in ("dev", "test") for d, n in (("PT", 8), ("OT", 7), ("SLP", 7))}
    if dict(got) != want:
        problems.append(f"discipline counts {dict(got)}")
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        for d in ("PT", "OT", "SLP"):
            kinds = {s["note_type"] for s in hs if s["discipline"] == d}
            if kinds != set(NOTE_TYPES):
                problems.append(f"{half} {d}: note types {sorted(kinds)}")
        n = sum(s["role"] in ASSISTANTS for s in hs)
        if not 4 <= n <= 6:
            problems.append(f"{half}: {n} assistant sessions")
        cms = sum(s["rule"] == "cms" for s in hs)
        if cms == 0 or cms == len(hs) or abs(2 * cms - len(hs)) > 4:
            problems.append(f"{half}: cms {cms} of {len(hs)}")
        n = sum(recogniser(s) for s in hs)
        if not 7 <= n <= 9:
            problems.append(f"{half}: {n} speech-recogniser sessions")
        if sum(s["kx"] for s in hs) < 2 or sum(s["has59"] for s in hs) < 2:
            problems.append(f"{half}: fewer than 2 KX or 59 sessions")


def mix_table():
    from collections import Counter

    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"]) for s in SESSIONS)
    out = ["split  disc  note_type      role  rule      n"]
    out += [f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {v}" for k, v in sorted(rows.items())]
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        out.append(
            f"{half}: ASR {[s['id'] for s in hs if recogniser(s)]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ASSISTANTS]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}; "
            f"note types {dict(Counter(s['note_type'] for s in hs))}"
        )
    return "\n".join(out)


def stats():
    problems = []
    segs = [to_segments(s, problems) for s in SESSIONS]
    turns = [len(x) for x in segs]
    durs = [x[-1]["end"] for x in segs]
    nf = sum(len(s["facts"]) for s in SESSIONS)
    nn = sum(len(s["negated"]) for s in SESSIONS)
    na = sum(len(s["absent"]) for s in SESSIONS)
    return (
        f"turns {min(turns)}-{max(turns)} (mean {sum(turns) / len(turns):.1f}), durations {min(durs)}-{max(durs)} s "
        f"(mean {sum(durs) / len(durs):.0f} s); facts {nf}, negated {nn}, absent {na}"
    )


def main():
    problems = []
    docs = []
    for s in SESSIONS:
        segs = to_segments(s, problems)
        codes, mods = check_session(s, segs, problems)
        expected = {"codes": codes, "modifiers": mods, "minutes": dict(s["timed"])}
        expected.update(facts=s["facts"], negated=s["negated"], absent=s["absent"])
        doc = {k: s[k] for k in ("id", "discipline", "note_type", "role", "rule")}
        doc.update(transcript={"segments": segs}, expected=expected)
        docs.append((s, doc))
    check_halves(problems)
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    out_dir = os.environ.get("BLIND30_OUT", os.path.dirname(os.path.abspath(__file__)))
    for split in ("dev", "test"):
        folder = os.path.join(out_dir, split)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("ag_") and name.endswith(".json"):
                os.remove(os.path.join(folder, name))
    for s, doc in docs:
        with open(os.path.join(out_dir, s["split"], s["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    n_dev = sum(s["split"] == "dev" for s, _ in docs)
    print(f"OK: wrote {len(docs)} sessions (dev {n_dev}, test {len(docs) - n_dev})")
    if "--mix" in sys.argv:
        print(mix_table())
        print(stats())


if __name__ == "__main__":
    main()
