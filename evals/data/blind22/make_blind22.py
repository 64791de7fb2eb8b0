#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-second set (ids x_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, shared/PRODUCT.md (its "Therapy billing rules") and the READMEs of blind21 and blind20.
The self-check machinery (rules, text helpers, checks, mix table, main) is copied from
evals/data/blind21/make_blind21.py (from its "# Rules" line to the end) with one change: the id
prefix is x_.  `S(...)` is this author's own and the sessions are new.  Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes with an
     independent implementation of the rules and compared with the hand-written key; timestamps,
     turn counts (20-34), durations (150-360 s), facts / negated / absent strings against the
     transcript, split balance ...) and exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist or assistant), "P: ..." (patient), "C: ..." (caregiver).
Timestamps: about 2.1 words per second, 0.5-1.4 s gaps, seeded by the session id.  Hand key format:
"97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.  `negated` names the finding ("dizziness"),
not the phrase said.  `said_exempt` lists timed codes whose minutes are never said as one figure
(two mentions the listener must add up); the minutes are still derivable from what is said.
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
    cog=None,
    said_exempt=(),
    kx=False,
):
    """One session: the hand-written key plus everything the checks below read."""
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
# Sessions
# ---------------------------------------------------------------------------------------------

S(
    "x_pt01_si_joint_postpartum",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 12},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: okay so this is the initial eval for the low back and pelvis um tell me whats going on
P: so i had my daughter about four months ago and since then its this stabbing thing right here on the left by the dimple like on the bone
T: the left sacro iliac joint area okay and on a zero to ten where is it today
P: today its like a five but when i get her out of the car seat its an eight easy
T: got it does it go down the leg at all any numbness or tingling
P: it kind of wraps around to my groin sometimes and honestly the daycare waitlist is like fourteen months so i am home with her all day lifting
T: oof okay so groin sometimes
P: yeah
T: i had you fill out the oswest tree on the tablet the oswestry you scored thirty eight percent so thats moderate disability
P: that sounds about right
T: lets look at you standing um your pelvis is a little rotated left side and the thigh thrust test is positive and the gains lend test is positive on the left
P: thats the one that hurt yeah
T: your hip strength left glute med is a three plus out of five right is four out of five single leg stand left is eight seconds right is twenty
P: i used to do yoga every day before her
T: and any bladder stuff since delivery
P: i mean i was told to ask about the car seat base because it sits so low and then the stroller is a whole thing
T: sure we can talk about lifting mechanics for the car seat
P: and no numbness and no leaking i forgot to say that
T: perfect thats helpful so this is a moderate complexity evaluation you have the back pain plus the postpartum changes and youre lifting all day
P: okay
T: we did twelve minutes of exercise today clamshells bridges and the transverse abdominis breathing and i gave you those for home
P: the breathing one is weird but fine
T: goals in six weeks oswestry under twenty percent single leg stand left twenty seconds and lift the car seat with pain two out of ten or less
P: that would be amazing
T: plan is twice a week for six weeks and next time we start the belt and more glute work
P: can i bring her if i dont have a sitter
T: yes thats fine just bring the stroller in
""",
    [
        "sacroiliac|sacro iliac",
        "oswestry",
        "38 percent|thirty eight percent",
        "glute med is a three plus|three plus out of five|3+/5",
        "8 seconds|eight seconds",
        "car seat",
        "clamshells",
        "twice a week for six weeks|2x/week for 6 weeks",
        "20 percent|twenty percent",
    ],
    ["numbness", "leaking"],
    ["daycare waitlist", "fourteen months"],
)

S(
    "x_pt02_parkinsons_gait_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97116": 12, "97112": 6},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Good morning, Mr. Haddad. Mrs. Haddad, thanks for coming too. Your neurologist sent you over for walking and balance.
P: The Parkinson's. Seven years now. The walking is getting short and shuffly.
C: He freezes in doorways. Last week at the pharmacy door he just stopped and nearly went over.
T: How many falls in the last six months?
C: Three. Two at home, one in the garage.
P: Four. There was the one by the mailbox.
C: You're right, four. I forgot the mailbox.
T: Four falls in six months. Any dizziness when you stand up?
P: We drove in on the highway, forty-five minutes with the construction, and the parking here was eight dollars.
T: Sorry about the parking. And the dizziness when you stand?
P: No. No dizziness. Never had that.
T: Good. Let's do the tests. Berg Balance Scale: thirty-eight out of fifty-six. Timed Up and Go was eighteen seconds with his cane, and he froze once at the turn.
C: That's exactly what he does at home.
T: Rigidity is moderate in both arms, worse on the right. Step length is short and he doesn't swing the right arm.
P: I used to march in the band in college. Trombone.
T: Then the beat will help us. Today I spent twelve minutes on gait training with the metronome and floor lines to lengthen his step, and about six minutes on standing balance, reaching outside his base.
C: He looked so much better with the lines.
T: This is a high complexity evaluation. Parkinson's, four falls, freezing, and his blood pressure medicines on top of it.
P: What do you want me to work on?
T: Big steps counting out loud at home, ten minutes twice a day, and practise turning in an arc, not pivoting.
T: Goals: Berg forty-five out of fifty-six, TUG under twelve seconds, and no falls over the next eight weeks. Plan is twice a week for eight weeks.
C: Should we get a walker?
T: Let's try a U-step walker next visit and see how it does with the freezing.
P: Okay. Eight weeks. I can do that.
""",
    [
        "Parkinson",
        "4 falls|four falls",
        "freezes in doorways|freezing",
        "Berg Balance Scale: thirty-eight out of fifty-six|38/56|thirty-eight out of fifty-six",
        "18 seconds|eighteen seconds",
        "metronome",
        "Big steps",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "U-step walker",
    ],
    ["dizziness"],
    ["Trombone", "eight dollars", "Three. Two at home"],
)

S(
    "x_pt03_knee_revision_pta_kx",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 23, "97116": 10},
    [],
    "97110x1:GP,CQ,KX 97116x1:GP,CQ,KX",
    """
T: Hi Mrs. Olsen. Knee revision, week nine today. How's the knee?
P: Stiff this morning, maybe a four. It loosened up after breakfast.
T: Any swelling or redness around the incision?
P: My granddaughter is turning six on Saturday and she wants a unicorn cake with three layers.
T: Three layers, that's ambitious. And the incision?
P: Oh. No redness. It looks good. Swelling goes down overnight.
T: Good. Let's get you on the bike. Seat at the same notch as last time.
P: The bike I like. It's the stairs I hate.
T: Full revolutions today, both directions. Nice.
P: That's the first time forward and back both.
T: Now the exercises. Straight leg raises, two sets of fifteen, then terminal knee extension with the green band, three sets of ten, and mini squats at the counter.
P: The squats burn.
T: Burn is fine, sharp is not. Knee bend measured a hundred and five degrees today, extension minus three.
P: Last week was a hundred, wasn't it?
T: It was a hundred. Five more this week. Now the stairs, four steps, step-over-step going up with the rail.
P: Down is the hard part.
T: Still one step at a time going down, leading with the cane side. That's fine for now.
P: I do them at home too, but only with my son there.
T: Good, keep doing that. Any pain in the calf?
P: Not in the calf, no. Just the front of the knee.
T: Okay. And just so it's in the note, your therapy costs this year are past the Medicare threshold, so we add the KX modifier. You still need therapy, it's medically necessary: you can't do stairs reciprocally yet.
P: Whatever you need to write.
T: So, quickly, before I forget: bike and exercises were twenty-three minutes, stairs ten minutes. Next visit more stair work and we keep pushing the bend.
P: See you Thursday.
""",
    [
        "revision",
        "week nine|week 9",
        "4|a four",
        "105 degrees|hundred and five degrees",
        "minus three|-3",
        "green band",
        "step-over-step",
        "one step at a time|1 step at a time",
        "medically necessary",
    ],
    ["redness", "calf"],
    ["unicorn cake", "three layers", "turning six"],
    kx=True,
)

S(
    "x_pt04_achilles_repair_pta_asr",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 16, "97112": 9},
    [],
    "97110x1:GP,CQ 97112x1:GP,CQ",
    """
T: hey marcus come on back how is the achilles doing
P: good good its been what ten weeks since the surgery
T: i think youre at twelve the surgery was the second week of september
P: oh yeah twelve youre right twelve weeks on friday
T: okay any pain today
P: like a two in the morning when i first stand up then its nothing
T: any night pain or calf cramping
P: man i lost my fantasy football by two points last night two points because my kicker missed
T: oh no that hurts
P: yeah it does
T: alright lets start with the calf raises double leg on the step three sets of fifteen and then the seated soleus with the twenty pound plate
P: the seated ones are easy now
T: then well bump it to thirty next time um eccentric lowering on the left only two sets of ten nice and slow
P: thats the one that pulls
T: pulling is fine thats the tendon doing its job
P: okay and no night pain no cramping by the way i forgot you asked that
T: good thanks so that was sixteen minutes of exercise and then nine minutes on the wobble board
P: the wobble board is hard on that side
T: you held the single leg stance thirty seconds on the right and fourteen on the left
P: fourteen thats better than last week right
T: last week was ten so yes better
P: cool
T: boot is off for good right you are in the heel lifts in both shoes
P: yeah both shoes the lifts are in there
T: keep those until the p t tells you otherwise and keep doing the home sheet the calf raises and the towel stretch
P: do i need to do the stretch before or after my walk
T: after the walk is good hold thirty seconds three times
P: got it thirty seconds three times
T: next time more single leg and well start the mini hops if the p t clears it
P: see you thursday
""",
    [
        "achilles",
        "12 weeks|twelve weeks",
        "2 in the morning|a two in the morning",
        "calf raises",
        "eccentric lowering",
        "wobble board",
        "30 seconds on the right|thirty seconds on the right",
        "14 on the left|fourteen on the left",
        "heel lifts",
        "towel stretch",
    ],
    ["night pain", "cramping"],
    ["fantasy football", "two points", "ten weeks"],
)

S(
    "x_pt05_frozen_shoulder_59",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 13, "97530": 15, "97110": 9},
    [],
    "97530x1:GP,59 97140x1:GP",
    """
T: Hi Denise. Sorry you waited. I spent about ten minutes on your insurance form before you came back; that's paperwork, not treatment time.
P: That's fine. I read a whole magazine about the royal family.
T: How's the shoulder? Frozen shoulder, right side, week five with us.
P: Nights are better. Maybe a three now. Reaching into the back seat is still a seven.
T: Any numbness down the arm?
P: My blood sugar has been better too, the A1c came back at seven point one.
T: That's good news for the shoulder, actually. And the arm, any numbness?
P: No numbness. Just the ache in the shoulder.
T: Good. First I'll do the joint mobilizations, inferior and posterior glides, grade three, with you lying down.
P: That's the part that helps the most.
T: Thirteen minutes of manual. Now let's measure. Flexion one hundred thirty-five degrees, external rotation forty degrees.
P: It was thirty last week, wasn't it?
T: Thirty-two. So eight more. Now, separate from the hands-on, fifteen minutes of functional work: reaching into the cupboard, putting cans on the second shelf, and reaching behind you like you're getting the seat belt.
P: The seat belt one is the worst.
T: You did ten reaches to the second shelf without hiking your shoulder. That's new.
P: I noticed that.
T: Then the pulleys and the wand exercises, nine minutes. Two sets of fifteen each.
P: The pulleys I do at home every day.
T: Keep doing them. Goal was flexion one hundred fifty degrees and reaching the seat belt without pain above four. You're partly there.
P: When do I get to do my hair without leaning my head?
T: When we get flexion near one fifty. A few more weeks. Next time more external rotation and reaching behind the back.
P: And the ice at home?
T: Fifteen minutes after the pulleys if it aches. Same as before.
""",
    [
        "frozen shoulder",
        "3|a three",
        "a seven|7",
        "inferior and posterior glides",
        "grade three|grade 3|grade III",
        "135 degrees|one hundred thirty-five degrees",
        "40 degrees|forty degrees",
        "cupboard",
        "pulleys",
        "150 degrees|one hundred fifty degrees",
    ],
    ["numbness"],
    ["royal family", "insurance form"],
)

S(
    "x_pt06_patellofemoral_runner_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "dev",
    {"97110": 18, "97112": 12},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Priya, today's your progress report, visit ten. Right knee, patellofemoral pain. How's running?
P: I did three miles on Sunday with no pain until the very end. Then maybe a two.
T: At the start it was one mile and a six. What about stairs?
P: Stairs are fine. Sitting through a movie is the only thing. My brother made me watch a three-hour superhero movie.
T: Three hours would bother anyone's knees. Any swelling or giving way?
P: It never swells.
T: Your LEFS today is sixty-eight out of eighty. At the evaluation it was fifty-two.
P: Is that good?
T: It's a real change, more than the nine points that matter. Hip abduction strength is four plus over five on the right, it was three plus. Step-down test: no knee collapse on the right now.
P: I can feel my hip working now.
T: I looked over your home program sheet with you. You don't need to do those here, just keep doing them at home: side planks, clamshells with the band, and the wall sit.
P: I do them four days a week.
T: Four is plenty. Today: eighteen minutes of strengthening, step-downs, single-leg deadlifts, the leg press at sixty pounds.
P: The deadlifts are hard to balance.
T: That's why the next part. Twelve minutes of balance and landing: single-leg hops into the square, and the foam pad with ball tosses.
P: The foam pad one.
T: Goals. One: run three miles with pain two or less, met. Two: stairs without pain, met. Three: LEFS seventy or more, partly met, sixty-eight. Four: run five miles, not met yet.
P: Five miles is for the half marathon in April.
T: Right. And the giving way, ever?
P: No, it's never given way. Not once.
T: Plan: once a week for four more weeks, then discharge to her own program. Add hill running next.
P: One a week works better for my schedule anyway.
""",
    [
        "patellofemoral",
        "3 miles|three miles",
        "LEFS",
        "68 out of 80|sixty-eight out of eighty|68/80",
        "52|fifty-two",
        "4+/5|four plus over five",
        "step-downs",
        "side planks",
        "60 pounds|sixty pounds",
        "once a week for four more weeks|1x/week for 4 weeks|once a week for 4 weeks",
        "partly met",
    ],
    ["swelling", "giving way"],
    ["superhero movie"],
)

S(
    "x_pt07_multiple_sclerosis_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 14, "97116": 11},
    ["97164"],
    "97164x1:GP 97110x1:GP 97116x1:GP",
    """
T: Hi Tom. Today's your re-evaluation for the MS. Sorry about the twenty-minute wait in the lobby; the schedule got behind.
P: No problem. I watched the fish tank. There's a new orange one.
T: How have the legs been since the steroid course?
P: The left leg is better. I still drag it when it's hot out. Summer is bad.
T: Heat makes MS symptoms worse, that's expected. Any falls since last time?
P: I tripped on the curb once but caught myself on the car.
T: So no fall, a near-fall. Any new vision problems?
P: My wife wants to repaint the kitchen yellow. I said green.
T: Tough call. And the vision?
P: No. No vision changes. That was the first thing I checked after the steroids.
T: Good. Six-minute walk test: three hundred thirty meters today. It was two hundred eighty at the start.
P: I didn't stop this time.
T: Fifty meters better, no rest breaks. Left ankle dorsiflexion strength is three plus over five, hip flexors four minus. Foot drop is still there when you fatigue, around minute five.
P: That's when it starts catching.
T: We did fourteen minutes of strengthening, the seated marching, ankle band work, and sit to stands, then eleven minutes of gait training on the treadmill with the cool fan and in the hallway.
P: The fan helps a lot.
T: Updated goals: six-minute walk of three hundred eighty meters, no near-falls on curbs, and walk the dog two blocks. Eight more weeks, twice a week.
P: The dog is a lot. He's a lab.
T: We'll also look at an ankle-foot orthosis for the left side for the drop.
P: A brace? Like a plastic one?
T: A light one inside your shoe. I'll write to your neurologist.
P: Fine, if it stops me tripping.
T: Keep the cooling vest for the summer walks, and rest before you get tired, not after.
P: Before I get tired. Okay.
""",
    [
        "multiple sclerosis|the MS",
        "near-fall",
        "330 meters|three hundred thirty meters",
        "280|two hundred eighty",
        "3+/5|three plus over five",
        "foot drop",
        "treadmill",
        "380 meters|three hundred eighty meters",
        "twice a week",
        "ankle-foot orthosis",
    ],
    ["vision changes"],
    ["orange one", "repaint the kitchen yellow", "twenty-minute wait"],
)

S(
    "x_pt08_tibial_plateau_discharge_asr",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 20, "97116": 9},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: okay gloria last visit today for the tibial plato fracture the left knee
P: last one i cant believe it
T: how is the pain
P: zero most days maybe a one after i do the whole grocery store
T: and the knee bending i got one thirty today and full straightening zero degrees
P: when i came in i couldnt even bend it to ninety
T: you were at eighty five your lefs today is sixty six out of eighty it was twenty four at the start
P: wow
T: your quad on the left is four plus out of five and you walked without the cane the whole visit
P: i gave the cane to my neighbor she is ninety one and she still mows her own lawn
T: good for her um any swelling at the end of the day
P: we had thirty people at thanksgiving and i stood for the whole thing
T: thats a test of its own and the swelling
P: oh no swelling not even after thanksgiving
T: great so today twenty minutes on exercise the bike the step ups the leg press and the wall squats
P: the wall squats i can do at home
T: and then the curb and the ramp outside and the stairs for nine minutes of gait
P: i did the stairs like a normal person
T: step over step up and down no rail your goals walk without the cane met stairs step over step met lefs over sixty met and walk twenty minutes in the mall met
P: i did thirty minutes at the mall sunday
T: so all goals met youre discharged to your home program the step ups the wall squats and the bridges three times a week
P: do i need to come back at all
T: only if it swells or you lose the bend call us and the surgeon sees you in three months
P: thank you for everything really
T: you did the work
""",
    [
        "tibial plato|tibial plateau",
        "130|one thirty",
        "0 degrees|zero degrees",
        "LEFS",
        "66 out of 80|sixty six out of eighty",
        "24|twenty four",
        "4+/5|four plus out of five",
        "without the cane",
        "step over step",
        "all goals met",
        "three times a week|3x/week",
    ],
    ["swelling"],
    ["ninety one", "mows her own lawn", "thirty people at thanksgiving"],
)

S(
    "x_pt09_whiplash_eval_asr",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 9},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: so you were rear ended tell me about it
P: yeah three weeks ago at a red light the guy was texting i think his car was like a twenty twenty four pickup and mine is a little hatchback
T: and the neck since then
P: stiff and sore mostly on the right side like a four today it gets to a six by the end of my shift
T: what do you do for work
P: i am a barista so i am looking down at the espresso machine all day
T: any numbness tingling into the arms or hands
P: the er did x rays and they said nothing was broken
T: good to know and the arms
P: um headaches sometimes in the back of my head at the end of the day
T: okay occipital headaches end of day
P: yeah
T: let me check your motion rotation right is fifty five degrees left is seventy side bending right is thirty left is forty extension is limited and it pinches
P: yeah that pinches
T: your neck disability index was twenty four percent so mild
P: mild is good i guess
T: deep neck flexor endurance was eighteen seconds which is low
P: i can feel those muscles shaking
T: strength in both arms is five out of five reflexes are normal and sensation is normal
P: and no tingling by the way nothing in the hands
T: good thanks this is a low complexity evaluation youre young no other medical problems and its three weeks old
P: okay
T: you did nine minutes on the upper body bike and the chin tucks with me today
P: the chin tucks feel dumb
T: they work though ten reps every hour you are on shift goals in four weeks rotation right seventy degrees pain two or less at the end of a shift and neck disability under ten percent
P: how long will that take
T: twice a week for four weeks and we will add the upper back next time
P: can i still go to my spin class
T: yes just keep your chin back on the bike
""",
    [
        "rear ended|rear-ended",
        "3 weeks|three weeks",
        "barista",
        "55 degrees|fifty five degrees",
        "neck disability index",
        "24 percent|twenty four percent",
        "18 seconds|eighteen seconds",
        "chin tucks",
        "occipital headaches",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["tingling"],
    ["twenty twenty four pickup", "little hatchback"],
)

S(
    "x_pt10_icu_myopathy_eval",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97116": 10},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Mr. Booker, welcome. And you're his daughter?
C: Yes, I'm Renee. He was in the ICU for five weeks with sepsis, on the ventilator for eighteen days.
T: And since then the weakness in his arms and legs. The hospital called it critical illness myopathy.
P: I can't get off the couch without pushing three times. I used to do everything.
T: How was rehab before you came home?
C: Two weeks at the rehab hospital. Home for ten days now.
T: Any shortness of breath with walking?
P: My grandson plays goalie. Twelve saves on Saturday. I watched it on the tablet.
T: Twelve saves, that's a big game. And your breathing when you walk?
P: Not short of breath, no. Just tired legs.
T: Oxygen at rest is ninety-six percent, ninety-three after walking. Hip flexors three minus over five both sides, knee extension three plus, grip is weak.
C: He drops the remote.
T: Timed Up and Go was twenty-four seconds with the rollator. Six-minute walk was one hundred forty meters, with two standing rests.
P: I thought I was faster than that.
T: It's where we start. Sit to stand: he needs his arms and three tries.
C: That's what worries me, the bathroom at night.
T: Any falls since you got home?
P: No. Not one. Renee is always right there.
T: Good. I spent ten minutes on gait training with the rollator in the hallway, working on longer steps and turning.
C: He walked better at the end.
T: This is a high complexity evaluation: the sepsis, the ventilator, the diabetes and the heart failure, and he's far from where he was.
P: What's the plan?
T: Three times a week for eight weeks. Goals: six-minute walk three hundred meters, TUG under fourteen seconds, sit to stand without using his arms, and walk to the mailbox and back.
C: The mailbox is about a hundred feet.
T: That's a good first target. I'll send a raised toilet seat recommendation too.
""",
    [
        "critical illness myopathy",
        "sepsis",
        "96 percent|ninety-six percent",
        "3-/5|three minus over five",
        "24 seconds|twenty-four seconds",
        "rollator",
        "140 meters|one hundred forty meters",
        "300 meters|three hundred meters",
        "three times a week for eight weeks|3x/week for 8 weeks",
        "raised toilet seat",
    ],
    ["short of breath", "falls"],
    ["Twelve saves", "goalie"],
)

S(
    "x_pt11_compression_fracture_pta_kx_asr",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 18, "97112": 8},
    [],
    "97110x1:GP,CQ,KX 97112x1:GP,CQ,KX",
    """
T: morning mrs chang come on back how is the back this week
P: oh better the compression fracture is a three today it was a five on monday from sweeping
T: sweeping with the long broom
P: the long one my husband bought it at the hardware store for nineteen ninety nine
T: hmm any new pain in the ribs or around the front
P: i keep forgetting my calcium pills in the morning so i put them by the coffee
T: thats a good trick and the ribs
P: no pain in the ribs nothing new there
T: okay so we will do the usual the back extension on the table the chin tucks and the rows with the blue band three sets of ten
P: the rows are my favorite
T: and the wall slides and then standing on the foam with your eyes closed
P: the foam is scary with the eyes closed
T: you held it twenty two seconds last week it was twelve
P: really twenty two
T: twenty two um so remember no bending forward to pick up things use the squat and the reacher
P: i use the reacher for the cat food
T: good and one thing for the billing your therapy this year is over the medicare threshold so we put the k x modifier on it you still need it its medically necessary for the balance and the posture
P: okay
T: so quick before you go eighteen minutes of exercise and eight minutes of balance and next week we add the step ups
P: no step ups on the stairs at home right
T: at home just the ones on your sheet the rows the chin tucks and the wall slides every day
P: every day
T: and walk twenty minutes outside if its not icy
P: not icy yet
T: okay see you thursday
""",
    [
        "compression fracture",
        "a three|3/10",
        "blue band",
        "three sets of ten|3x10",
        "foam",
        "22 seconds|twenty two seconds",
        "reacher",
        "medically necessary",
        "step ups",
        "20 minutes|twenty minutes",
    ],
    ["ribs"],
    ["nineteen ninety nine", "hardware store"],
    kx=True,
)

S(
    "x_pt12_hamstring_strain_pta",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 22, "97140": 8},
    [],
    "97110x1:GP,CQ 97140x1:GP,CQ",
    """
T: Coach Ramirez. Left hamstring, how's it feeling?
P: Better. Pain's a two when I jog. I coached practice for two hours yesterday, stood the whole time.
T: When did you strain it again? I have it as five weeks ago.
P: Four weeks? Four weeks Tuesday.
T: My note says the twelfth of last month, which makes it five.
P: Oh, you're right. Five weeks. The tournament was the twelfth.
T: Any bruising still, or pain sitting?
P: My team went eleven and three this season. Best record in the league.
T: Congratulations. And the bruising?
P: Gone. No bruising, and sitting is fine now.
T: Good. Straight leg raise on the left is seventy degrees, right is eighty-five. Hamstring strength four over five on the left, painless.
P: It was painful last time.
T: Not today. So exercises: Nordic curls on the mat, three sets of six, single-leg bridges on the ball, three sets of ten, and the Romanian deadlift with twenty-five pounds.
P: The Nordics are brutal.
T: They're the best thing for re-injury. Then soft tissue work on the hamstring, the instrument, eight minutes.
P: That feels good.
T: You did twenty-two minutes of exercise. Total today, thirty.
P: When can I sprint? I want to run with the kids.
T: When your strength matches the other side. Maybe two more weeks. The PT will test you next visit.
P: Two weeks. Okay.
T: At home: the bridges and the Nordics with your wife holding your feet, every other day.
P: She'll love that.
T: And walk up the hills, don't run them yet.
P: Deal. No hills. Walking only.
T: And if the back of the thigh gets tight after practice, ice it and let me know next visit.
P: Will do. I'll be back Thursday, right after the morning practice with the varsity kids.
""",
    [
        "hamstring",
        "a two|2/10",
        "5 weeks|five weeks",
        "70 degrees|seventy degrees",
        "85|eighty-five",
        "4/5|four over five",
        "Nordic curls",
        "25 pounds|twenty-five pounds",
        "soft tissue",
        "every other day",
    ],
    ["bruising"],
    ["eleven and three", "Best record in the league", "Four weeks?"],
)

S(
    "x_pt13_axillary_web_59",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 16, "97530": 14},
    [],
    "97140x1:GP 97530x1:GP,59",
    """
T: Hi Joan. Left arm, the cording after the mastectomy. How has it been?
P: The cord in my armpit is softer. I can feel it but it doesn't pull like a guitar string anymore.
T: Pain today?
P: Two. It was a five when I started. Reaching up to the top shelf is still a four.
T: Any swelling in the hand or the arm, tightness in the sleeve?
P: My book club picked a nine-hundred-page novel. Nine hundred pages. In one month.
T: That's a lot of reading. And the arm swelling?
P: No. No swelling. I measure it like the lymphedema nurse showed me.
T: Great. Your DASH score today is thirty-one. It was fifty at the start.
P: That's the questionnaire?
T: Yes, the arm questionnaire. Shoulder flexion one hundred fifty-five degrees today, abduction one hundred forty.
P: It was one twenty.
T: It was one twenty-two. So first, manual work on the cord, gentle stretching along the arm and soft tissue around the scar.
P: I can feel it pop sometimes.
T: That's normal with the cords. Then, in a separate block, functional reaching: putting the dishes away on the top shelf, hanging shirts in the closet, and the overhead bin in the car.
P: The closet is where I noticed it first.
T: You hung ten shirts without stopping today.
P: I counted.
T: Goals: full overhead reach for the top shelf, DASH under twenty, and back to swimming. Partly met on the reach.
P: When can I swim?
T: Once the surgeon clears the port site. Ask at the visit next week.
T: So, wrapping up quickly: manual sixteen minutes, functional reaching fourteen minutes, separate blocks. Next time more overhead work and I'll show you the wall walk.
P: Thursday, same time.
""",
    [
        "axillary|armpit",
        "mastectomy",
        "a five when I started|5/10",
        "DASH",
        "31|thirty-one",
        "155 degrees|one hundred fifty-five degrees",
        "140|one hundred forty",
        "top shelf",
        "hung ten shirts|10 shirts",
        "swimming",
    ],
    ["swelling"],
    ["nine-hundred-page novel", "book club"],
)

S(
    "x_pt14_lisfranc_progress_asr",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 19, "97116": 9},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: okay dev this is your progress note today for the lis frank injury on the right foot visit eleven
P: eleven already
T: yep so how does the foot feel
P: like a three when i walk a lot zero sitting the middle of the foot still aches on the stairs at work
T: you work at the warehouse right
P: yeah shipping we did like four thousand boxes on black friday it was insane
T: wow um your foto score today is sixty one it was forty eight at the start
P: is that the one on the ipad
T: yeah the ipad one so thats a real change
P: nice
T: ankle dorsiflexion is ten degrees on the right twelve on the left and single leg heel raise you did eighteen on the right twenty five on the left
P: the right gets tired
T: any numbness on the top of the foot or the toes
P: i switched to the wide boots with the steel toe the company paid like half
T: good and the numbness
P: nah no numbness at all
T: so today nineteen minutes on the exercises the heel raises the bike the towel scrunches and the band eversion and nine minutes on walking the ramp and the stairs
P: the stairs are better going up
T: goals one walk a full shift with pain two or less partly met two stairs step over step met three heel raise twenty on the right not met yet you did eighteen
P: so close
T: close plan is twice a week for four more weeks and we add the jumping and the ladder next time
P: the ladder at work too
T: yes we will practice a ladder here too
P: cool
T: keep the arch support in the boot and do the heel raises every day
P: every day got it
""",
    [
        "lis frank|lisfranc",
        "visit eleven|visit 11",
        "a three|3/10",
        "FOTO",
        "61|sixty one",
        "48|forty eight",
        "10 degrees|ten degrees",
        "18 on the right|eighteen on the right",
        "partly met",
        "twice a week for four more weeks|2x/week for 4 weeks",
        "arch support",
    ],
    ["numbness"],
    ["four thousand boxes", "black friday", "paid like half"],
)

S(
    "x_pt15_cerebellar_stroke_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "test",
    {"97112": 17, "97110": 8},
    ["97164"],
    "97164x1:GP 97112x1:GP 97110x1:GP",
    """
T: Mr. Oyelaran, today is your re-evaluation. It's been thirty days since we started after the cerebellar stroke.
P: Thirty days. It feels like more. My balance is still off when I turn quickly.
T: Any falls in the last month?
P: One near the kitchen sink. Well, not a fall. I grabbed the counter.
T: A near-fall, no fall. Any double vision or new dizziness?
P: My sister came from Lagos for two weeks, and we cooked jollof rice for twenty people.
T: That sounds wonderful. Any double vision, dizziness?
P: No dizziness. The double vision went away in the hospital.
T: Good. Berg Balance Scale today is forty-nine out of fifty-six. It was forty-one at the start.
P: That's better, right?
T: Eight points better. That's more than a real change. Tandem stance, eight seconds on each side, it was two.
P: The heel to toe is the hardest.
T: Finger to nose is still a little off on the left, and heel to shin is slow on the left.
P: My left hand shakes a little when I reach for the cup.
T: That's the ataxia. Today balance training was seventeen minutes: tandem walking, stepping over cones, turning in the hall and the foam pad.
P: The cones are tricky.
T: And strengthening eight minutes, step-ups and hip abduction with the band.
P: The band is easy.
T: Updated goals: Berg fifty-three, tandem walk twenty feet without stepping off, and walk in the grocery store without the cart. Six more weeks, twice a week.
P: Without the cart. That is my goal too.
T: Your home program: keep the tandem stance at the counter, add the turns.
P: Every day?
T: Every day, three times, with the counter right there.
P: I'll do it in the morning.
""",
    [
        "cerebellar stroke",
        "near-fall",
        "Berg Balance Scale",
        "49 out of 56|forty-nine out of fifty-six|49/56",
        "41|forty-one",
        "8 seconds|eight seconds",
        "ataxia",
        "stepping over cones",
        "Berg fifty-three|Berg 53",
        "twice a week",
    ],
    ["double vision", "dizziness"],
    ["jollof rice", "twenty people", "Lagos"],
)

S(
    "x_pt16_peroneal_tendon_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 24},
    [],
    "97110x2:GP",
    """
T: Lena, last visit. Right peroneal tendon repair, sixteen weeks today.
P: Sixteen weeks. I remember when I could barely put weight on it.
T: Pain now?
P: Zero walking. One after a long hike.
T: How long was the hike?
P: Six miles on Saturday. My dog ran the whole thing, he's a border collie, he'd do twenty.
T: Six miles is a big one. Any rolling the ankle, or feeling it give way?
P: We stopped for a picnic at mile three.
T: And the ankle giving way?
P: Never. It hasn't given way once, even on the rocks.
T: Excellent. Eversion strength is five over five on both sides. Single-leg balance thirty seconds on the right, eyes open.
P: I practice in line at the store.
T: Your LEFS today is seventy-six out of eighty. At the start it was thirty.
P: That's a big jump.
T: It is. We went over your home program sheet together today: the band eversion, the heel raises and the single-leg balance. You don't need to do them here, just keep them up three times a week at home.
P: Got it.
T: Today's exercises were twenty-four minutes, the heel raises on the step, the lateral hops, the agility ladder and the Bosu squats.
P: The lateral hops felt normal today.
T: All goals met: hike five miles, pain two or less, single-leg balance thirty seconds, LEFS over seventy.
P: All of them. I can't believe it.
T: You're discharged to your home program. If the ankle starts rolling or the tendon swells, call us.
P: Thank you. I'll send a picture from the next hike.
T: Please do.
P: Should I still wear the ankle brace on the trail?
T: For rocky trails this season, yes. On the road you can leave it at home.
""",
    [
        "peroneal tendon repair",
        "16 weeks|sixteen weeks",
        "6 miles|Six miles",
        "5/5|five over five",
        "30 seconds|thirty seconds",
        "LEFS",
        "76 out of 80|seventy-six out of eighty",
        "band eversion",
        "lateral hops",
        "All goals met",
    ],
    ["giving way"],
    ["border collie", "picnic at mile three"],
)

S(
    "x_ot01_cubital_tunnel_eval_asr",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 10},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: okay so you had the cubital tunnel release on the right elbow two weeks ago
P: yeah two weeks on wednesday the ulnar nerve they moved it
T: and how are the little finger and the ring finger
P: still kind of asleep on the pinky side but less than before the surgery before it was like all the time
T: pain today
P: a three at the elbow mostly where the stitches were
T: okay and what do you do for work
P: i am a court reporter so typing on the steno machine all day and i did a trial last year that went ninety seven days
T: ninety seven days wow um
P: yeah it was a lot
T: let me measure elbow flexion is one twenty five extension is minus fifteen grip on the right is eighteen kilograms and the left is thirty two
P: thats a big difference
T: its early two point discrimination on the little finger is eight millimeters
P: is that bad
T: its a bit decreased it should come back slowly
P: okay and i have not been dropping things at all which is good
T: thats good to hear so this is a low complexity evaluation one problem no other conditions
P: okay
T: then i spent ten minutes teaching you the night splint how to put it on how to check the skin and how to keep the elbow from bending past ninety at the desk
P: so no leaning on my elbow at the desk
T: right no leaning on the elbow and no phone held to the ear on that side
P: i can use the headset
T: goals in six weeks grip on the right twenty eight kilograms full elbow extension and type for two hours with symptoms two out of ten or less
P: two hours would get me back to court
T: plan is twice a week for six weeks and next time we start the nerve glides
P: do i wear the splint tonight
T: yes every night
""",
    [
        "cubital tunnel release",
        "ulnar nerve",
        "court reporter",
        "a three|3/10",
        "125|one twenty five",
        "minus fifteen|-15",
        "18 kilograms|eighteen kilograms",
        "8 millimeters|eight millimeters",
        "night splint",
        "28 kilograms|twenty eight kilograms",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["dropping things"],
    ["ninety seven days"],
)

S(
    "x_ot02_ms_exacerbation_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 9},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Mrs. Kowalski, Mr. Kowalski, thanks for coming in. This is the occupational therapy evaluation after the MS flare in October.
P: The worst one I've had. My right hand is clumsy and I'm exhausted by noon.
C: She used to do all the cooking. Now I cook. I make the same chili every Tuesday.
T: What can you do on your own now?
P: Dressing, but it takes me forty minutes. Buttons are impossible.
T: So dressing with extra time, buttons dependent. Bathing?
C: I help her in and out of the tub. She sits on the edge.
T: Moderate assist for tub transfers then. Any problems with your bladder during the day?
P: Our son got married in September, and there were two hundred guests. I danced one song.
C: One whole song.
T: That's wonderful. And the bladder?
P: Oh, no, no problems with the bladder.
T: Good. Grip: right eleven kilograms, left twenty-four. Nine-hole peg test on the right is forty-eight seconds, left twenty-one.
P: I used to knit.
T: Then knitting goes in the goals. I gave you the COPM: performance three point two, satisfaction two point four. Cooking, dressing, knitting were your top three.
P: Those are the three.
T: This is a high complexity evaluation: the MS with fatigue, the hand, her falls risk and the bathroom setup.
C: What can we do now for the tub?
T: Today I spent nine minutes on energy conservation: sitting to dress, the four Ps, and planning the shower for the evening when she's cooler.
P: The four Ps, pacing, planning...
T: Prioritizing and positioning. Goals: dress with a button hook in under twenty minutes, cook a simple meal sitting down, and COPM up by two points. Twice a week for eight weeks.
C: Should we buy a tub bench?
T: Yes, a tub transfer bench. I'll write down the one I like.
P: And the button hook?
T: I'll bring one next time and we'll practice.
""",
    [
        "MS flare|multiple sclerosis",
        "40 minutes|forty minutes",
        "Moderate assist",
        "11 kilograms|eleven kilograms",
        "Nine-hole peg|9-hole peg",
        "48 seconds|forty-eight seconds",
        "COPM",
        "3.2|three point two",
        "energy conservation",
        "button hook",
        "tub transfer bench",
    ],
    ["bladder"],
    ["two hundred guests", "same chili every Tuesday"],
)

S(
    "x_ot03_scaphoid_orif_ota",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 12, "97535": 8},
    [],
    "97110x1:GO,CO 97535x1:GO,CO",
    """
T: Hi Jamal. Left wrist, scaphoid fixation, week ten. How's it been?
P: Good. Pain's a two. Out of the cast for three weeks now.
T: Are you wearing the brace when you go out?
P: Only at the skate park. I know, I know.
T: At the skate park is exactly when. Any clicking in the wrist?
P: My little brother got a drone for his birthday. It flew into the neighbor's pool on the first try.
T: Oh no. And the clicking?
P: No clicking. Just stiff in the morning.
T: Good. Let's measure. Wrist extension forty-five degrees, flexion forty, grip twenty-two kilograms on the left, forty on the right.
P: Forty? I'm stronger than I thought.
T: Let's do the putty work. Red putty, squeeze, pinch, and roll, then wrist curls with the one-pound weight and the wrist roller.
P: The roller is brutal.
T: Twelve minutes of putty and the wrist stuff. Then eight minutes on the brace and the backpack: how to clean it, when to wear it, and carrying the backpack on both shoulders, not in that hand.
P: I carry it in my hand all the time.
T: Both shoulders from now on.
P: Okay.
T: Ice after the putty at home if it's sore, ten minutes.
P: Got it.
T: Next time we'll add weight-bearing on the wrist, push-ups against the wall, if the OT agrees.
P: When can I skate without the brace?
T: That's for the surgeon at your twelve-week visit.
P: Two more weeks then.
T: Two more weeks. Keep doing the putty at home twice a day.
P: Twice a day. I'll set a reminder.
T: And bring the brace next time, I want to check how it fits now that the swelling is gone.
P: Okay, I'll bring it. My mom will drive me, same time next week.
""",
    [
        "scaphoid",
        "week ten|week 10",
        "a two|2/10",
        "45 degrees|forty-five degrees",
        "22 kilograms|twenty-two kilograms",
        "putty",
        "wrist roller",
        "one-pound|1 lb|1-pound",
        "both shoulders",
        "twice a day",
    ],
    ["clicking"],
    ["drone", "neighbor's pool"],
)

S(
    "x_ot04_hip_replacement_ota_asr_59",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 17, "97535": 14},
    [],
    "97530x1:GO,CO 97535x1:GO,CO,59",
    """
T: hi mister fitzgerald so this is your third visit since the hip replacement on the left how is it going
P: good good the hip is like a two i slept in my own bed last night for the first time
T: nice um and you are following the hip precautions no bending past ninety no crossing the legs
P: yes maam my wife has a sign on the fridge
T: good so today we are doing the laundry and getting in and out of the car
P: i dont do the laundry my wife does the laundry
T: well for now you carry the basket on the walker seat and load the washer so lets practice it
P: okay okay
T: nice reaching into the dryer with the reacher you kept the hip straight
P: this reacher thing is great i got the one for twenty nine ninety five at the drugstore
T: then the car transfer backing up sitting down and swinging both legs in together
P: thats the tricky one
T: you did it with standby assist twice so seventeen minutes on the laundry and the car
P: seventeen minutes felt like an hour
T: then fourteen minutes on the hip kit the sock aid the long shoe horn and the long sponge for the shower
P: the sock aid is like a puzzle
T: you got both socks on with the sock aid in under three minutes last time it was six
P: really
T: really um any pain in the calf or swelling in the leg
P: my grandson says i walk like a robot and he is four
T: ha and the calf
P: no calf pain the leg is not swollen either
T: okay good so next visit the tub bench and putting on the pants with the reacher
P: the pants are the worst part
T: we will get it the o t will see you next week too
P: thank you young lady
""",
    [
        "hip replacement",
        "a two|2/10",
        "hip precautions",
        "laundry",
        "reacher",
        "car transfer",
        "standby assist",
        "sock aid",
        "under three minutes|under 3 minutes",
        "tub bench",
    ],
    ["calf pain", "swollen"],
    ["twenty nine ninety five", "walk like a robot"],
)

S(
    "x_ot05_hemiplegic_shoulder_kx_59",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 12, "97530": 18, "97110": 7},
    [],
    "97530x1:GO,59,KX 97140x1:GO,KX",
    """
T: Hi Mr. Nakamura. Right side, stroke in June. How's the arm?
P: Shoulder hurts when I put on my jacket. Five out of ten. Resting it's a one.
T: Any new swelling in the right hand?
P: I went to my granddaughter's recital on Sunday. She played piano for eleven minutes. I counted.
T: Proud grandpa. And the hand, any swelling?
P: Not in the hand, no. The glove fits now.
T: Good. Let's start on the table. I'm doing gentle scapular mobilization and soft tissue to the shoulder, with the arm supported.
P: That helps the pain go down.
T: Subluxation is one finger-width today. It was two at the start.
P: Is that better?
T: It is. Now functional tasks: putting the cups in the cupboard with your right hand, folding towels, and opening the jar with both hands.
P: The jar is hard.
T: You opened it on the third try. Cups: eight of ten to the first shelf.
P: I dropped two.
T: Two is fine. Then the arm bike and the pegboard with the right hand, the short one.
P: The pegboard is boring.
T: Boring is good for the brain. Your shoulder flexion is ninety-five degrees actively, passive one-forty.
P: What was it before?
T: Seventy actively. And I need to put in the note that your therapy this year is past the Medicare threshold, so we add the KX modifier. The therapy is still medically necessary: you can't dress your upper body without help yet.
P: My wife still does the buttons.
T: Next time we'll work on the jacket and the buttons.
T: Okay, quickly, minutes: mobilization and soft tissue twelve, functional tasks eighteen, separate from that, arm bike and pegboard seven. See you Thursday.
P: Thursday. Same time.
T: Bring the jacket with you.
P: I will.
""",
    [
        "stroke in June",
        "Five out of ten|5/10",
        "scapular mobilization",
        "Subluxation",
        "one finger-width|1 finger-width",
        "cupboard",
        "eight of ten|8/10",
        "opened it on the third try",
        "95 degrees|ninety-five degrees",
        "medically necessary",
    ],
    ["swelling"],
    ["piano for eleven minutes", "recital"],
    kx=True,
)

S(
    "x_ot06_cmc_arthroplasty_reeval",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 13, "97140": 9},
    ["97168"],
    "97168x1:GO 97110x1:GO 97140x1:GO",
    """
T: Carol, today is your re-evaluation for the left thumb, the CMC arthroplasty. Twelve weeks out.
P: Twelve weeks. The base of my thumb is a one most days. Opening jars is still a four.
T: How are you doing with the splint?
P: Only at night now, like you said.
T: Any numbness in the thumb or index finger?
P: We went to Vermont for the leaf peeping, four days. The colors were unbelievable.
T: I'm jealous. Numbness in the thumb?
P: No numbness. Never had any.
T: Good. QuickDASH today is twenty-seven. At the evaluation it was sixty-one.
P: That's the long questionnaire?
T: The short one. Key pinch on the left is four kilograms, right is six. Tip pinch three on the left.
P: My garden clippers are still too hard.
T: We can swap them for the spring-loaded ones. Thumb opposition reaches the base of the little finger now.
P: I can do my earrings again.
T: First I did scar massage and gentle joint work at the thumb base for nine minutes. Then thirteen minutes of strengthening: putty pinches, thumb extension with the band and the clothespin ladder.
P: The clothespins are sneaky hard.
T: Updated goals: key pinch five kilograms, open jars with pain two or less, garden for an hour. Four more weeks, once a week.
P: Once a week is fine.
T: Keep the putty at home, and switch to the spring clippers before April.
P: My husband will like that, he does the heavy pruning anyway.
T: See you next Tuesday.
P: Thanks, Amy.
T: Oh, and if the thumb gets hot or swollen after gardening, ice it and call us before the next visit.
P: I will. I'll probably overdo it the first nice day of spring, knowing me.
""",
    [
        "CMC arthroplasty",
        "12 weeks|Twelve weeks",
        "QuickDASH",
        "27|twenty-seven",
        "61|sixty-one",
        "4 kilograms|four kilograms",
        "opposition",
        "scar massage",
        "clothespin",
        "5 kilograms|five kilograms",
        "once a week",
    ],
    ["numbness"],
    ["leaf peeping", "four days"],
)

S(
    "x_ot07_acdf_myelopathy_discharge",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97535": 16, "97110": 10},
    [],
    "97535x1:GO 97110x1:GO",
    """
T: Mr. Brennan, last day. Neck surgery for the myelopathy, both hands clumsy when you started.
P: I could barely hold a fork in August.
T: How are the hands now?
P: Buttons are fine. Small ones on my shirt cuffs still take a while.
T: Nine-hole peg test today: right twenty-three seconds, left twenty-five. At the start it was fifty-eight and sixty.
P: Fifty-eight seconds. I remember sweating over that.
T: Grip is thirty kilograms on both sides now.
P: I carried the turkey out of the oven on Thursday. Twenty-two pounds, the biggest one at the store.
T: That's a real test. Any numbness in the fingers or trouble with your balance?
P: My daughter moved to Denver. We fly out at Christmas.
T: Nice. And the fingers, balance?
P: The fingers are normal. I'm steady. No numbness, no balance problems.
T: Good. Today I spent sixteen minutes on dressing with the small buttons, cutting with a knife, and writing a check, and I went over how to hold the phone so your neck stays neutral.
P: Bank still wants checks sometimes.
T: Then ten minutes on hand strengthening with the putty and the finger extensors, and the foam blocks.
P: These are my home ones.
T: Goals: dress independently including buttons, met. Write a full page legibly, met. Grip twenty-five kilograms, met. Back to the woodshop, partly met: only light projects.
P: Only birdhouses for now.
T: Birdhouses are perfect. You're discharged to your home program. Keep the putty three times a week.
P: And if it gets worse?
T: Numbness coming back or dropping things: call your surgeon right away.
P: Got it. Thank you for everything.
T: You're welcome. Bring a birdhouse picture next time you're in the building.
P: I'll bring the first one. It's for my granddaughter's yard.
""",
    [
        "myelopathy",
        "Nine-hole peg|9-hole peg",
        "23 seconds|twenty-three seconds",
        "58|fifty-eight",
        "30 kilograms|thirty kilograms",
        "buttons",
        "neutral",
        "putty",
        "partly met",
        "three times a week|3x/week",
    ],
    ["numbness", "balance problems"],
    ["Denver", "biggest one at the store"],
)

S(
    "x_ot08_tennis_elbow_hygienist_eval_asr",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97110": 11},
    ["97166"],
    "97166x1:GO 97110x1:GO",
    """
T: okay so tell me about the elbow
P: its the outside of my right elbow i am a dental hygienist so i am scaling teeth all day with the little instruments and gripping
T: how long has it been going on
P: since march so like eight months i did the cortisone shot in june and it helped for about six weeks
T: pain right now
P: a four right now but by my eighth patient its a seven
T: eight patients a day
P: nine on thursdays we had a patient last week who had not been to the dentist in twenty two years
T: oh wow um okay any numbness or tingling in the hand
P: i also have the arthritis in my neck the doctor said its mild
T: okay the neck and the hand numbness
P: no numbness or tingling in the hand just the elbow
T: good so grip on the right pain free grip is twelve kilograms and the left is thirty your quick dash is forty five
P: is that high
T: its moderate resisted wrist extension is painful and the middle finger test is positive
P: yeah that one hurts
T: so this is a moderate complexity evaluation you have the elbow plus the neck arthritis and your job is the trigger every day
P: that makes sense
T: today eleven minutes of exercise the eccentric wrist drops with the one pound weight and the flex bar twists
P: the flex bar is weird but okay
T: goals pain free grip twenty kilograms quick dash under twenty and work a full day with pain three or less
P: i would love that
T: plan is twice a week for six weeks and i want to look at your instrument handles and a counterforce strap next time
P: i can bring my instruments
T: please do
""",
    [
        "dental hygienist",
        "8 months|eight months",
        "cortisone",
        "a four|4/10",
        "12 kilograms|twelve kilograms",
        "quick dash",
        "45|forty five",
        "middle finger test",
        "eccentric wrist",
        "flex bar",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["numbness", "tingling"],
    ["twenty two years", "had not been to the dentist"],
)

S(
    "x_ot09_brachial_plexus_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 14},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Mr. Castillo, and you must be Ana. This is the OT evaluation for the left arm after the motorcycle crash.
P: Brachial plexus. They did the nerve transfer surgery in September.
C: He's left-handed, that's the worst part. He was a tattoo artist.
T: So your dominant arm. What can you do with it now?
P: Nothing at the shoulder. I can bend the elbow a little. The hand works but it's weak.
T: Elbow flexion is two minus over five, shoulder abduction zero. Grip is nine kilograms on the left, forty-four on the right.
C: He does everything with the right now. Eating, brushing teeth.
T: Dressing?
P: Ana helps with my shirts and my shoes. I can do sweatpants.
T: So upper-body dressing moderate assist, lower body minimal assist. Pain?
P: Burning in the hand at night, a seven. Daytime three.
T: Any pain or numbness in the right arm?
C: We had to sell the bike. Some guy from Ohio drove nine hours to buy it.
T: Nine hours. And the right arm?
P: The right arm is fine. No numbness there.
T: Good. Sensation on the left: decreased in the thumb and index finger. He's wearing the shoulder sling to support the subluxation.
P: I hate the sling.
T: This is a high complexity evaluation: dominant arm, the nerve transfer, the pain, his work, the family help.
C: What do we do at home?
T: Today I spent fourteen minutes on one-handed dressing with a button hook and a loop on the zipper, and sling on and off.
P: The button hook I can use.
T: Goals: upper-body dressing with minimal assist, elbow flexion three over five, and hold a pencil to sketch for ten minutes.
P: Sketching. That would mean a lot.
T: Twice a week for twelve weeks. Nerve recovery is slow, so we'll re-check in a month.
C: We'll be here.
""",
    [
        "brachial plexus",
        "nerve transfer",
        "left-handed|dominant arm",
        "2-/5|two minus over five",
        "9 kilograms|nine kilograms",
        "moderate assist",
        "a seven|7/10",
        "sling",
        "button hook",
        "Twice a week for twelve weeks|2x/week for 12 weeks",
    ],
    ["numbness"],
    ["sell the bike", "drove nine hours"],
)

S(
    "x_ot10_parkinsons_handwriting_ota_kx",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 18, "97110": 9},
    [],
    "97535x1:GO,CO,KX 97110x1:GO,CO,KX",
    """
T: Mrs. Dubois, good to see you. How have the hands been this week?
P: The writing is still small. I wrote my Christmas cards and they look like ants.
T: How many cards?
P: Forty-two. I send one to everyone.
T: Wow. Any freezing or falls this week?
P: My cat knocked the Christmas tree over. Twice.
T: Oh no. Falls for you?
P: No, no falls, no freezing. I didn't fall once, I was careful with the tree.
T: Good. Today we'll work on the handwriting and the buttons. Big letters: remember, write big, think big.
P: Write big.
T: Your sentence today was four centimeters tall on the wide-lined paper. Last week it was two.
P: Four. That's much better.
T: Then the weighted pen and the foam grip. Which felt better?
P: The weighted pen. My hand shook less.
T: Good, keep that one. Then buttons on the practice board: six buttons in a minute and a half.
P: My blouse has tiny ones though.
T: We'll work up to the tiny ones. Then the exercises: big finger spreads, the putty, and the wrist circles.
P: These I can do in front of the TV.
T: Perfect place. And for the billing, your therapy this year is past the Medicare threshold, so we add the KX modifier. The therapy is still medically necessary; you can't do small buttons or write legibly yet.
P: Okay, dear.
T: So, that was eighteen minutes of handwriting and dressing and nine minutes of hand exercises.
P: Is the OT coming next week?
T: Yes, she'll check your progress note next week.
P: Good. I'll bring a card for her.
T: She'll love that. Keep writing one card-sized note a day, big.
P: One a day. Big.
T: See you on Monday.
""",
    [
        "handwriting",
        "4 centimeters|four centimeters",
        "weighted pen",
        "foam grip",
        "6 buttons|six buttons",
        "putty",
        "Write big",
        "medically necessary",
        "card-sized",
    ],
    ["falls", "freezing"],
    ["knocked the Christmas tree over"],
    kx=True,
)

S(
    "x_ot11_hip_fracture_ota_asr_59",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97530": 15, "97535": 11},
    [],
    "97530x1:GO,CO 97535x1:GO,CO,59",
    """
T: hi miss ruth how are you doing today with the hip
P: oh its sore honey like a four the right one where they put the pins
T: okay the pins from the fracture um are you using the walker all the time at home
P: all the time except in the kitchen i hold the counter
T: lets talk about that today because we are doing the kitchen
P: my kitchen is tiny you could fit it in this room twice
T: okay so carrying things you put the cup in the walker bag and slide the plates along the counter
P: like this
T: yes just like that and get the milk out of the fridge and back to the table
P: thats a lot of walking for a glass of milk
T: it is um you did the whole thing with supervision no loss of balance
P: i didnt wobble
T: you did not any dizziness when you bend to the bottom shelf
P: my great granddaughter is one year old on sunday one year can you believe it
T: happy birthday to her and the dizziness
P: no dizzy at all i get up slow like you said
T: good so the kitchen was fifteen minutes and then eleven minutes on the bathroom stuff the raised toilet seat and the grab bar and how to use the reacher for the towel
P: my son put the grab bar in on saturday
T: good is it by the toilet or the tub
P: the toilet
T: okay next time we practice the tub with the bench the o t will order it
P: i dont want a big bench
T: its a small one it fits your tub and you keep the walker right there
P: alright if you say so honey
T: keep using the walker in the kitchen too not the counter
P: ill try
""",
    [
        "the pins from the fracture",
        "a four|4/10",
        "pins",
        "walker bag",
        "supervision",
        "no loss of balance",
        "raised toilet seat",
        "grab bar",
        "reacher",
        "with the bench",
    ],
    ["dizziness"],
    ["one year old on sunday", "fit it in this room twice"],
)

S(
    "x_ot12_extensor_tendon_59",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97140": 11, "97530": 13, "97110": 6},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Kevin, right hand, the extensor tendon repair over the middle finger. Week eight. How's it going?
P: I cut it on a broken mandolin slicer, remember? The kitchen at the restaurant.
T: I remember. And now?
P: Stiff when I make a fist. Pain's a two. The scar is tight on the back of the hand.
T: Any catching or snapping when you make a fist?
P: We did a wedding for three hundred and fifty last weekend. I was on salads only, one hand.
T: Big wedding. Catching or snapping?
P: No catching. No snapping either.
T: Good. Composite fist: fingertip to palm, two centimeters from the crease. Extensor lag ten degrees at the knuckle.
P: Is that bad?
T: It's improving, it was twenty. First, scar massage and soft tissue mobilization over the repair, then tendon glides with my hands. That's manual, eleven minutes.
P: That always loosens it up.
T: Then a separate block: kitchen tasks. Chopping with the chef's knife, picking up the sheet pan, wringing out a towel.
P: I miss chopping.
T: Thirteen minutes on the kitchen tasks. You chopped an onion with good grip and no lag showing.
P: It was slow though.
T: Speed comes. Then putty, six minutes, just to finish.
P: The putty's the easy part.
T: Goals: full fist, lag under five degrees, back on the line for a full shift. Partly met on the fist.
P: My chef wants me back in three weeks.
T: We'll see how strength looks in two. Keep the splint off at home, scar massage three times a day.
P: Three times a day. Got it.
T: And no heavy lifting with that hand, no stock pots, until I test your strength again.
P: No stock pots. The dishwasher guy will have to carry them for me for a while.
""",
    [
        "extensor tendon repair",
        "Week eight|week 8",
        "a two|2/10",
        "2 centimeters|two centimeters",
        "10 degrees|ten degrees",
        "scar massage",
        "tendon glides",
        "chef's knife",
        "chopped an onion",
        "Partly met",
        "three times a day|3x/day",
    ],
    ["catching", "snapping"],
    ["three hundred and fifty"],
)

S(
    "x_ot13_stroke_cognition_progress",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97129": 15, "97130": 9, "97535": 10},
    [],
    "97129x1:GO 97535x1:GO",
    """
T: Mr. Ferreira, today's your progress report, visit ten. And your wife Lucia is here.
C: Hello again.
T: How's the memory and planning at home since the stroke?
P: Better. I forget the stove less.
C: He left it on once this month. Before, it was every week.
T: Once this month. That's a change. Is he using the whiteboard?
C: Every morning. He writes the day's plan.
T: Any headaches or new confusion?
P: Our son's team lost the final six to two. He plays for the under-twelves.
T: Ouch, six to two. Any headaches?
P: No headaches. Nothing new.
T: Good. MoCA today is twenty-three out of thirty. At the evaluation it was eighteen.
C: Five points!
T: Trail Making B was one hundred twenty seconds; it was over three hundred at the start.
P: I remember giving up on it.
T: Today we did twenty-four minutes of cognitive work: planning a grocery trip with a list and a budget, then the medication schedule problem with the pill chart.
P: The budget one was hard. I went over by four dollars.
T: Four dollars, but you caught it yourself. Then ten minutes on the meal prep routine at the kitchen sink with the timer on his watch.
C: The watch timer has helped a lot.
T: Goals: cook a simple meal with the timer and no stove left on, partly met. Manage his pills with the pill box, met. MoCA twenty-six, not met yet.
P: Twenty-six is the goal?
T: Twenty-six. Plan is twice a week for four more weeks, then we look at driving with a specialist.
C: He asks about driving every day.
T: It's the right question. Not before the driving assessment.
P: Fine. I'll wait.
T: Thank you both.
""",
    [
        "stroke",
        "whiteboard",
        "MoCA",
        "23 out of 30|twenty-three out of thirty|23/30",
        "18|eighteen",
        "Trail Making B",
        "120 seconds|one hundred twenty seconds",
        "grocery trip",
        "pill box",
        "partly met",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["headaches", "confusion"],
    ["six to two", "under-twelves"],
    cog=24,
)

S(
    "x_ot14_skiers_thumb_discharge",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "test",
    {"97110": 15, "97530": 9},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: Hannah, last visit for the thumb. The UCL repair, skier's thumb, right hand.
P: The irony is I hurt it on the bunny hill. Not even a real run.
T: Pain now?
P: Zero. Maybe a one with the car keys.
T: Key pinch today is seven kilograms on the right, seven and a half on the left.
P: So they're basically even.
T: Basically even. Thumb stable when I stress the joint, no opening.
P: My ski pass this year cost nine hundred dollars. I'm going to use every day of it.
T: Any instability or giving way with pinching?
P: None. I open jars, I carry the laundry basket, nothing.
T: Good. Your QuickDASH is four. At the start it was fifty-two.
P: Fifty-two? That feels like a long time ago.
T: Today fifteen minutes of strengthening: putty, the pinch gauge, rubber-band thumb abduction.
P: The rubber bands are the worst.
T: And nine minutes of tasks, keys, buttons, opening the water bottle, the ski pole grip.
P: I brought my pole.
T: I noticed. Goals: key pinch within ten percent of the other side, met. Hold a ski pole, met. Write for thirty minutes without pain, met.
P: All three.
T: All three. I'm discharging you to your home program: the putty and the rubber bands three times a week.
P: Do I need the splint for skiing?
T: Yes, the hand-based thumb splint under the glove for this season, the surgeon agreed.
P: Fine. It fits in the glove.
T: And if it swells or feels loose, call us.
P: Will do. Thanks for everything.
T: Have a great ski season, and wear the splint on every run, even the easy ones.
P: Even the easy ones. I learned that lesson the hard way on the first day.
""",
    [
        "UCL repair",
        "skier's thumb",
        "7 kilograms|seven kilograms",
        "QuickDASH",
        "52|fifty-two",
        "putty",
        "ski pole",
        "10 percent|ten percent",
        "three times a week|3x/week",
        "thumb splint",
    ],
    ["instability"],
    ["nine hundred dollars", "use every day of it"],
)

S(
    "x_slp01_childhood_apraxia_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92522"],
    "92522x1:GN",
    """
T: Hi Mateo! And Mom, thanks for filling out the forms. Tell me what worries you about his speech.
C: He's four and a half, and strangers can't understand him. Even his grandma asks me what he said.
T: When did he start talking?
C: First words at about twenty months. Late. And he says the same word differently every time.
T: That's something I'll look for. Any history of ear infections or hearing problems?
C: He had his tonsils out last year. And he loves dinosaurs, he knows sixty dinosaurs by name.
P: T-rex!
T: A T-rex, wow. And his hearing?
C: Oh, sorry. His hearing test at school was normal, and no ear infections, ever.
T: Great. Mateo, can you tell me what's in this picture? And this one?
P: Da bo. Ba... boat.
T: Good try. I'm going to do the picture test now. Okay, his percent consonants correct on the single words is forty-eight percent.
C: Is that low?
T: It's low for his age. He's inconsistent: "banana" came out three different ways in three tries, and he groped for the first sound.
P: Nana!
T: And the vowels are off too, and longer words fall apart. On the oral motor exam, nothing is weak: the lips, tongue and jaw move well when it's not speech.
C: So it's not his muscles?
T: Not weakness, no. It's the planning of the movements. This looks like childhood apraxia of speech. Intelligibility to me, someone he doesn't know, is about forty percent.
C: Forty percent. That's about what I thought.
T: Language understanding is right on target for his age: he followed two-step directions every time.
P: Put the dino in the box!
T: Yes, exactly! Goals for twelve weeks: intelligibility sixty percent to unfamiliar listeners, twenty core words produced the same way in eight of ten tries.
C: How often would he come?
T: Twice a week, forty-five minutes, lots of practice trials. Short sessions with many tries work best for apraxia.
C: Okay. He loves coming here already.
P: Bye bye!
""",
    [
        "childhood apraxia of speech",
        "four and a half|4.5 years|4 and a half",
        "20 months|twenty months",
        "48 percent|forty-eight percent",
        "inconsistent",
        "groped",
        "vowels",
        "40 percent|forty percent",
        "two-step directions|2-step directions",
        "60 percent|sixty percent",
        "Twice a week",
    ],
    ["ear infections"],
    ["sixty dinosaurs", "T-rex!"],
)

S(
    "x_slp02_down_syndrome_language_slpa_asr",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi lily hi mom okay lily lets sit at the little table
P: bubbles
T: bubbles first then work okay mom how was the week
C: good she said more bubbles at the park to another kid and i almost cried
T: thats a two word combination out in the world thats the goal
C: and she is signing less now more words
T: great um any new ear infections since the tubes
C: her cousin turned three on saturday and there were like thirty kids at the bounce house place
T: oh my gosh thirty kids
C: it was a lot she did great though
T: and the ears
C: oh no ear infections not since the tubes in july
T: good okay lily what does the dog do
P: dog run
T: dog run yes the dog is running lets do the book now
P: baby eat
T: baby eat nice okay so on the two word combinations she had fifteen out of twenty thats seventy five percent with a model and then without a model it was nine out of twenty
C: nine out of twenty is still good right
T: its getting there last week without a model was six out of twenty
C: okay
T: then the verbs we did eat run sleep and push she imitated all four and said eat and run on her own
P: push car
T: push car yes good job lily so mom for home the same book every night and when she says one word you add one word
C: like she says car and i say push car
T: exactly just one more word not a whole sentence
C: got it
T: ill tell the s l p how she did today and she will see her on thursday for the progress check
P: bubbles
T: bubbles now you earned them
""",
    [
        "two word combination|2-word combination",
        "15 out of 20|fifteen out of twenty|15/20",
        "75 percent|seventy five percent",
        "with a model",
        "9 out of 20|nine out of twenty|9/20",
        "6 out of 20|six out of twenty",
        "verbs",
        "signing less",
        "add one word|add 1 word",
    ],
    ["ear infections"],
    ["thirty kids", "bounce house"],
)

S(
    "x_slp03_acdf_dysphagia_kx",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Abernathy. How's the swallow stuff going since last week?
P: Better. Pills are still hard. The big vitamin gets stuck right here, in the throat.
T: Right where the neck surgery was. Any coughing during meals?
P: My neighbor's fence blew down in the storm on Tuesday. Sixty feet of fence. We spent two days on it.
T: That's a lot of fence. And coughing with meals?
P: Oh, no coughing. Not since I started the chin tuck.
T: Great. Any fevers or chest congestion?
P: No fevers. Nothing in the chest.
T: Good. Let's start with the effortful swallow, ten reps. Squeeze hard like you're swallowing a grape whole.
P: Like that?
T: Good. Then the Shaker exercise, head lifts lying down, three sets of ten, and then the chin tuck against resistance with the ball.
P: The Shaker makes my neck shake.
T: That's the muscle working. Now trials: thin water by cup with the chin tuck, twenty sips, no coughing, one throat clear.
P: I'm getting better at the chin tuck.
T: Then soft and bite-sized, IDDSI level six, the chicken and rice. Two swallows per bite, no residue that I can hear.
P: I like being able to eat chicken again.
T: Pills: we tried the small pill in applesauce. It went down first try.
P: And the big one?
T: Ask the pharmacist about a liquid form or cutting it. Your FOIS level was four at the start, now five.
P: What does that mean?
T: Total oral diet with some special preparation. The goal is six: regular diet, only a few foods avoided.
T: One billing note: your therapy this year is past the Medicare threshold, so we add the KX modifier. The swallowing therapy is still medically necessary for the pills and the solids.
P: Okay, whatever you need.
T: Keep doing the exercises three times a day, and see you Monday.
P: See you Monday.
""",
    [
        "swallow",
        "Pills",
        "chin tuck",
        "effortful swallow",
        "Shaker",
        "20 sips|twenty sips",
        "IDDSI level six|IDDSI level 6",
        "applesauce",
        "FOIS",
        "three times a day|3x/day",
        "medically necessary",
    ],
    ["coughing", "fevers"],
    ["Sixty feet of fence", "fence blew down"],
    kx=True,
)

S(
    "x_slp04_post_icu_cognition_asr",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 12},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: hi mister okafor how have things been since last week
P: okay i guess i still lose track of what i was doing halfway through
T: like what
P: like i start the dishes and then i find myself in the garage
C: he also forgot the water bill so we got the late notice
T: okay so the bills are a big one um and how is sleep since the i c u
P: better i sleep like seven hours now
T: thats a lot better than the three you told me the first week
P: yeah
T: any hallucinations or the confusion at night like in the hospital
C: we finally fixed the garage door it was stuck for like two months the guy charged us three hundred
T: ugh garage doors and the nights
C: no hallucinations no confusion at night not since he came home
T: good so today we did the attention work first the number sequences and then the bill paying task with the fake bills and the calendar
P: the bills were hard i mixed up the electric and the phone
T: you caught the mix up yourself that counts you got eight out of ten correct on the bill task last week was five out of ten
P: eight out of ten
T: then we set up the phone reminders and the whiteboard routine one task at a time and check it off
C: the whiteboard is in the kitchen now
T: so that was twenty seven minutes of the thinking work today cognitive
P: felt longer
T: goals are pay the monthly bills with no more than one error finish a task without switching and use the reminders every day
C: hes better with the alarms already
T: good keep the whiteboard and do the number sequences ten minutes a day
P: ten minutes ok
T: next time the medication list and a grocery plan
C: thank you
""",
    [
        "i c u|ICU",
        "lose track",
        "7 hours|seven hours",
        "attention",
        "bill paying",
        "8 out of 10|eight out of ten",
        "5 out of 10|five out of ten",
        "whiteboard",
        "phone reminders",
        "10 minutes a day|ten minutes a day",
    ],
    ["hallucinations", "confusion at night"],
    ["garage door", "charged us three hundred"],
    cog=27,
)

S(
    "x_slp05_logopenic_ppa_asr",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: good morning helen and good morning george how was the week
C: she had a good week she called her sister on the phone by herself on sunday
P: i did i talked for the the um twenty minutes
T: twenty minutes thats great
C: her sister does most of the talking
T: so today we keep going with the naming and the word list the words that matter to you
P: the garden words
T: yes the garden words okay what is this
P: its the um the thing for the the water the hose hose
T: good you got it with the first sound cue okay this one
P: the rake no the shovel shovel
T: shovel yes you corrected yourself so on the garden list today you named fourteen out of twenty words without a cue and with the first sound cue it went to eighteen out of twenty
C: last week it was what eleven
T: eleven out of twenty without a cue yes
P: eleven is bad
T: no fourteen is better than eleven and thats what counts um any trouble with swallowing or choking at meals
C: we tried the new thai place on main street and the spicy was a five out of five
P: too hot
T: too hot okay and swallowing
C: no trouble no choking
T: good then we practiced the script for the pharmacy phone call she said it all through twice
P: refill for helen moss please
T: perfect so at home the garden cards every day and the pharmacy script on monday for real
C: shell call them monday
T: the progress report is in two weeks well recheck the naming test then
P: okay good
T: you are doing the work helen
P: thank you honey
""",
    [
        "naming",
        "garden",
        "first sound cue",
        "14 out of 20|fourteen out of twenty|14/20",
        "18 out of 20|eighteen out of twenty|18/20",
        "11 out of 20|eleven out of twenty",
        "corrected yourself",
        "pharmacy",
        "script",
    ],
    ["choking"],
    ["thai place on main street", "five out of five"],
)

S(
    "x_slp06_muscle_tension_dysphonia_progress",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Walt, today is your progress report for the voice. Muscle tension dysphonia, visit ten.
P: Ten already. The voice holds up longer at the auctions now. I did the whole cattle sale Saturday.
T: How long did you call for?
P: Three hours, with breaks. Before, I was hoarse in forty-five minutes.
T: That's a big change. Your Voice Handicap Index today is thirty-four. At the evaluation it was seventy-two.
P: Seventy-two sounds terrible.
T: It was. Any throat pain or burning, like the reflux we talked about?
P: We sold a bull for eleven thousand dollars. The crowd went nuts.
T: Eleven thousand, wow. Any throat pain or heartburn?
P: No. No heartburn since I stopped the late coffee. No throat pain.
T: Good. Maximum phonation time today, twenty-two seconds on "ah". It was nine.
P: I practice in the truck.
T: I can tell. We did the resonant voice work, "mmm-hmm" into phrases, then the semi-occluded straw phonation, and your auction chant with the forward focus.
P: The chant sounds better forward. Less squeeze.
T: On the chant, you kept the easy onset in eighteen of twenty phrases, ninety percent. Last month it was eleven of twenty.
P: Eighteen. I'll take that.
T: Laryngeal palpation: the tension above the voice box is mild now, it was moderate to severe.
P: It doesn't hurt when you press anymore.
T: Goals: call a three-hour sale without hoarseness, met. VHI under forty, met. Easy onset in conversation nine of ten times, partly met.
P: Conversation is harder than the chant. Funny.
T: It is. Plan: every other week for six more weeks, then discharge to your home routine.
P: Every other week suits me, spring is busy.
T: Keep the straw and the water bottle at every sale.
P: Always.
""",
    [
        "muscle tension dysphonia",
        "3 hours|Three hours",
        "Voice Handicap Index",
        "34|thirty-four",
        "72|seventy-two",
        "22 seconds|twenty-two seconds",
        "resonant voice",
        "straw phonation",
        "18 of 20|eighteen of twenty|18/20",
        "90 percent|ninety percent",
        "every other week",
    ],
    ["heartburn", "throat pain"],
    ["eleven thousand dollars", "crowd went nuts"],
)

S(
    "x_slp07_dermatomyositis_dysphagia_discharge",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Mrs. Li, today is your last swallowing visit. The dermatomyositis was hard on the throat muscles in the spring.
P: In April I was on the feeding tube. I couldn't swallow water.
T: And now?
P: I eat everything except the dry steak. I had dim sum with my family on Sunday, twelve of us.
T: Twelve of you, that's a feast. Any coughing or choking during meals now?
P: The steroids are down to five milligrams, my doctor is happy.
T: Good. And coughing during meals?
P: No coughing. No choking. Not since the summer.
T: Any chest infections?
P: None. No pneumonia at all.
T: The last swallow study showed trace residue only, no penetration. Today on the thin liquids by cup, thirty sips, no coughing, no wet voice.
P: I drink tea all day now.
T: On regular solids, the chicken and the crackers, she used the liquid wash after dry bites every time without a reminder.
P: I do it at home now too, automatic.
T: Your FOIS is now six: a total oral diet, avoiding only a few foods. At the start it was one, tube only.
P: From one to six.
T: Your weight is up four pounds this month. Goals: regular diet with the liquid wash, met. No chest infections, met. Weight stable, met.
P: All met?
T: All met. I'm discharging you from swallowing therapy. Keep the head lift exercise twice a week to keep the muscles strong.
P: And if it gets hard again?
T: If the swallowing gets worse with a flare, call me or your rheumatologist, and we'll repeat the swallow study.
P: Thank you. I'm so happy to eat with my grandchildren again.
T: Enjoy the next dim sum.
P: I will. Thank you again.
""",
    [
        "dermatomyositis",
        "feeding tube",
        "trace residue",
        "30 sips|thirty sips",
        "liquid wash",
        "FOIS",
        "FOIS is now six|FOIS 6",
        "4 pounds|four pounds",
        "All met",
        "twice a week|2x/week",
    ],
    ["coughing", "choking", "pneumonia"],
    ["twelve of us"],
)

S(
    "x_slp08_cluttering_fluency_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92521"],
    "92521x1:GN",
    """
T: Jordan, thanks for coming in. Your professor suggested a fluency evaluation?
P: Yeah, after my presentation. She said I talk too fast and nobody could follow. I'm a junior, engineering.
T: What do you notice yourself?
P: My words kind of crash into each other. People say "what?" a lot. My roommate says I sound like a podcast on double speed.
T: Any blocks, where the word gets stuck and won't come out?
P: I had twelve energy drinks during finals week last spring. Twelve. I don't recommend it.
T: Noted. And blocks, where you get stuck?
P: No, I never get stuck. It's more like the opposite. No blocks, no getting stuck.
T: Okay. I recorded your reading and a conversation sample. Your speech rate in conversation was two hundred ninety syllables per minute.
P: Is that fast?
T: Quite fast. Typical is closer to two hundred. You dropped syllables in longer words, "probly" for probably, and "engineering" came out as four syllables squeezed.
P: Yeah, that sounds like me.
T: Disfluencies were mostly revisions and interjections, about eleven percent of syllables. Stuttering-like disfluencies were under two percent.
P: So I'm not a stutterer?
T: Not by this sample. This looks like cluttering: fast, irregular rate, with the dropped syllables. Intelligibility in conversation was about eighty-five percent to me.
P: Eighty-five. That's fine, right?
T: In class it drops more. When you slowed down with the pacing board, it went to ninety-eight percent.
P: Huh. That's a big difference.
T: Goals: speaking rate under two hundred twenty syllables per minute in a five-minute presentation, and intelligibility ninety-five percent in conversation.
P: How often?
T: Once a week for ten weeks, and you'll record yourself with the phone app twice a week.
P: I can do that. I record everything anyway.
T: We'll start with pausing at phrase boundaries next time.
""",
    [
        "cluttering",
        "fluency evaluation",
        "290 syllables per minute|two hundred ninety syllables per minute",
        "dropped syllables",
        "11 percent|eleven percent",
        "85 percent|eighty-five percent",
        "pacing board",
        "98 percent|ninety-eight percent",
        "220 syllables per minute|two hundred twenty syllables per minute",
        "Once a week for ten weeks|1x/week for 10 weeks",
    ],
    ["blocks"],
    ["twelve energy drinks", "podcast on double speed"],
)

S(
    "x_slp09_interdental_lisp_slpa_asr",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hey ava hi dad come on in ava sit in the blue chair today
P: the blue one
T: yep so dad how did the practice go this week
C: good we did the s words in the car every morning on the way to school its like twelve minutes
T: perfect the car is a great time
C: her teacher said she hears it better in reading group too
T: oh great um any trouble with her hearing or her ears lately
C: she lost her first tooth on tuesday the tooth fairy left two dollars which i think is inflation
T: two dollars wow and her ears
C: oh ears are fine no trouble hearing at all
T: okay ava tongue behind the teeth snake sound ready
P: sssss
T: good snake sound okay now the words sun
P: sun
T: soap
P: thoap no soap
T: nice fix so s at the start of words she got seventeen out of twenty thats eighty five percent
C: wow
T: and s at the end of words like bus and house she got twelve out of twenty so sixty percent
P: houth house
T: nice house and with the mirror she fixes it more
C: what was it last week
T: last week the start of words was fourteen out of twenty and the end was nine
C: okay so better
T: better so at home keep the start words and add five end words like bus and mouse and nice
C: got it the car practice
T: the car practice is perfect and use the mirror at home if you can
P: can i have a sticker
T: yes pick a sticker
P: the unicorn
""",
    [
        "tongue behind the teeth",
        "17 out of 20|seventeen out of twenty|17/20",
        "85 percent|eighty five percent",
        "12 out of 20|twelve out of twenty|12/20",
        "60 percent|sixty percent",
        "14 out of 20|fourteen out of twenty",
        "mirror",
        "end of words",
    ],
    ["trouble hearing"],
    ["tooth fairy", "two dollars"],
)

S(
    "x_slp10_parkinsons_dysphagia_kx_asr",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: hi mister grady hi joyce how did the week go with the eating
C: better he is taking his pills in the pudding like you said and he sits up straight now
P: i sit up
T: good any coughing at meals
C: the grandkids were here for the whole week all five of them the house was a zoo
T: five of them wow and the coughing
C: oh sorry he coughed once on the soup on wednesday but otherwise no
T: one cough on the soup okay any fevers or chest colds
C: no fevers no chest colds
T: good okay so lets do the exercises first the effortful swallow ten times and the expiratory muscle trainer five sets of five
P: the blowing thing
T: yes the blowing thing good job the trainer is on level three now
C: he does it after breakfast every day
T: great so now the food trials the mildly thick liquids by teaspoon and then the cup
P: its fine
T: he did twenty sips of the mildly thick with the chin down and only one throat clear
C: thats better than last week
T: then the soft and bite sized the meatloaf and he did the double swallow every bite with one reminder
P: i forgot once
T: one reminder is fine so also for the billing his therapy this year is past the medicare threshold so we add the k x modifier and the swallow therapy is still medically necessary for the coughing and the weight
C: okay
T: his weight today is one sixty two it was one fifty eight
C: four pounds
T: four pounds up goals are no coughing on liquids in nine of ten meals and keep the weight and go back to the thin coffee if he can
P: my coffee
T: we will work on it keep the trainer every day and the chin down
C: thank you
""",
    [
        "pills in the pudding",
        "effortful swallow",
        "expiratory muscle trainer",
        "level three|level 3",
        "mildly thick",
        "20 sips|twenty sips",
        "chin down",
        "double swallow",
        "162|one sixty two",
        "medically necessary",
    ],
    ["fevers", "chest colds"],
    ["house was a zoo", "all five of them"],
    kx=True,
)

S(
    "x_slp11_meningioma_cognition",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 20},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Sandra. How's the week been since the last visit?
P: Okay. I went back to work two mornings, the library, just shelving. I lost my place three times.
T: Three times in a morning. That's the attention we're working on since the surgery.
P: The meningioma, yes. Four months ago.
T: Any headaches or seizures since last time?
P: My nephew is getting married in Maui. It's four thousand dollars just for the flights.
T: Oof, Maui. Any headaches or seizures?
P: No seizures. No headaches either, not for weeks.
T: Good. Today we started with the divided attention task: sorting the book cards by number while listening for the word "blue".
P: That's so hard.
T: You got twenty-two of thirty correct. Last week was sixteen of thirty.
P: Better than I thought.
T: Then the working memory: the shelving list. Remember five call numbers, shelve them in order.
P: I got four, right?
T: Four of five, three times in a row. Then the strategy part: you wrote your own checklist for the shelving cart.
P: The sticky note on the cart. I'll use that.
T: Good. Thirty-five minutes of cognitive work today, all of it.
P: It went fast.
T: Your goals: shelve a full cart with no more than one error, using the checklist; work a four-hour shift with two breaks; and divided attention at twenty-five of thirty.
P: Four hours is what they want.
T: We'll get there. At home: the word search with the timer, fifteen minutes a day, and the checklist at work.
P: Fifteen minutes. Okay.
T: Next time we'll practice the checkout desk, with the phone ringing.
P: That's my nightmare.
T: We'll start with the phone off the hook and build up slowly from there.
P: Okay. Slowly. I can do slowly.
""",
    [
        "meningioma",
        "divided attention",
        "22 of 30|twenty-two of thirty|22/30",
        "16 of 30|sixteen of thirty",
        "working memory",
        "4 of 5|Four of five|4/5",
        "checklist",
        "four-hour shift|4-hour shift",
        "25 of 30|twenty-five of thirty",
        "15 minutes a day|fifteen minutes a day",
    ],
    ["seizures", "headaches"],
    ["Maui", "four thousand dollars"],
    cog=35,
)

S(
    "x_slp12_spinocerebellar_dysarthria_asr",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi frank how is the speech this week
P: people still say i sound drunk on the phone the pharmacy lady asked if i was okay
T: that is the ataxic speech from the spino cerebellar ataxia um we keep working on the rate and the stress
P: yeah
T: any choking or trouble with swallowing since last time
P: my brother and i watched the playoff game it went to double overtime four hours
T: four hours wow and swallowing
P: no choking no trouble swallowing
T: good okay lets start with the breathing and the loudness ahh as long as you can
P: ahhhhhhh
T: sixteen seconds last week was twelve
P: sixteen
T: yep now the pacing board one tap per syllable for the phone phrases
P: this is frank calling about my refill
T: good you slowed down nice so in the phone phrases you were understood in fourteen out of twenty thats seventy percent
P: seventy
T: last week was ten out of twenty so better and then the sentences with the stress on the right word
P: i want the red one not the blue one
T: nice stress on red so the stress drills were eight out of ten
P: the phone is the hard part
T: yes so the goal is eighteen out of twenty phrases understood on the phone and use the pacing board on calls
P: the board on the phone ok
T: for home the phone phrases every day with your brother call him and read the list
P: he will like that he calls me anyway
T: great next time we do a real phone call with the pharmacy script
P: okay
T: and keep the water bottle with you when you talk a lot
P: ok see you next week
""",
    [
        "ataxic",
        "spino cerebellar ataxia|spinocerebellar ataxia",
        "16 seconds|sixteen seconds",
        "pacing board",
        "14 out of 20|fourteen out of twenty|14/20",
        "70 percent|seventy percent",
        "10 out of 20|ten out of twenty",
        "8 out of 10|eight out of ten",
        "18 out of 20|eighteen out of twenty",
        "phone phrases",
    ],
    ["choking", "trouble swallowing"],
    ["double overtime", "playoff game"],
)

S(
    "x_slp13_tonsil_cancer_dysphagia_progress",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Raymond, today's your progress report for the swallowing. Tonsil cancer, chemo and radiation finished in August.
P: And the feeding tube came out three weeks ago. Best day of the year.
T: How's eating by mouth?
P: Soft foods mostly. Dry things stick. Bread is impossible.
T: Mouth dryness?
P: Bad. I carry water everywhere. My wife bought me a water bottle that holds sixty-four ounces.
T: Any coughing or choking when you drink?
P: We finally got the new roof on. Thirty-one years on the old one.
T: Thirty-one years, that's a good roof. And coughing when you drink?
P: No, no coughing on water. Some throat clearing with the pasta.
T: Any chest infections since the tube came out?
P: None.
T: Good. Your FOIS is five now: total oral diet with special preparation. At the start it was two, mostly the tube.
P: Five. That's moving.
T: The swallow study last week showed moderate residue in the valleculae on solids, and no aspiration on thin liquids.
P: The valley thing.
T: The valleculae, yes. Today's exercises: tongue base retraction, the Masako with the tongue held, and the effortful swallow, three sets of ten each.
P: The Masako is the worst.
T: Then trials: soft and bite-sized chicken with a liquid wash: he cleared the residue with two swallows in nine of ten bites.
P: I'm getting the hang of it.
T: Jaw opening is thirty-two millimeters, it was twenty-eight. Keep the jaw stretcher three times a day.
P: The jaw thing. Okay.
T: Goals: FOIS six, eat bread with a liquid wash, jaw opening thirty-five millimeters. Partly met on the diet.
P: Bread by Christmas.
T: Once a week for six more weeks.
P: Once a week, good.
T: See you next Friday.
""",
    [
        "tonsil cancer",
        "feeding tube",
        "3 weeks ago|three weeks ago",
        "FOIS",
        "valleculae",
        "aspiration",
        "Masako",
        "9 of 10|nine of ten",
        "32 millimeters|thirty-two millimeters",
        "Once a week for six more weeks|1x/week for 6 weeks",
    ],
    ["chest infections"],
    ["new roof", "Thirty-one years"],
)

S(
    "x_slp14_anomic_aphasia_discharge",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Mr. Jensen, it's your last speech visit. The word-finding after the stroke in July.
P: July. I remember in July I couldn't say my own daughter's name.
T: And now?
P: Now I get stuck sometimes on the, on the, the long words. Names of streets.
T: Today I gave you the Boston Naming Test again. Fifty-one out of sixty. In July it was twenty-nine.
P: Twenty-nine. Ha. Terrible.
T: You've come a long way. In conversation you used your strategy, describing the word, in every stuck moment.
P: Describe it. Like "the thing you cut the grass with". Mower.
T: Exactly. Any new trouble with reading or writing?
P: We went to see the Christmas lights at the zoo. One point two million bulbs, the sign said.
T: That's a lot of bulbs. And reading or writing?
P: No. Reading is good. I read the whole paper. Writing is fine.
T: Good. Any trouble swallowing, or new weakness?
P: No weakness. Swallowing is normal.
T: Then today we did the discourse tasks: you told me how to make your famous pancakes, step by step.
P: Buttermilk. Never from a box.
T: You gave all eight steps in order, with one word-finding pause. Then the phone call to the barber.
P: I booked it. Thursday at ten.
T: Goals: name eighty percent on the naming test, met. Use a strategy in conversation, met. Order at a restaurant on his own, met.
P: I ordered at the diner by myself last week.
T: So you're discharged from speech therapy. Keep the reading out loud every day and the word games with your granddaughter.
P: She beats me at the word games.
T: If the word-finding gets worse suddenly, call 911, that could be another stroke.
P: I know. Thank you for July through now.
""",
    [
        "word-finding",
        "Boston Naming Test",
        "51 out of 60|Fifty-one out of sixty|51/60",
        "29|twenty-nine",
        "describing the word",
        "eight steps|8 steps",
        "phone call",
        "80 percent|eighty percent",
        "reading out loud",
        "discharged",
    ],
    ["weakness", "trouble with reading"],
    ["Christmas lights at the zoo", "One point two million bulbs"],
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
    if not re.fullmatch(r"x_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("x_" + s["discipline"].lower()):
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
            if f.startswith("x_") and f.endswith(".json"):
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
