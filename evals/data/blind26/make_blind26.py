#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-sixth set (ids ac_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working from a
brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind25 and blind24 and the rules /
checks part of make_blind25.py (read, not copied: the rules, helpers and checks at the end of this file
are this author's own).  Running it:

  1. recomputes every answer key from the minutes written into each session (8-minute rule or per-code,
     97129/97130 split, GP/GO/GN, CQ/CO, 59, KX) and compares it with the hand-written key; checks
     timestamps, turns (30-60), facts / negated / absent against the transcript and the mix of the
     halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines: "T: ..." (whoever speaks for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family member).  Lower-case tags ("t:", "p:", "c:") mark a speech-recogniser transcript.  Hand key:
"97110x2:GP,CQ 97112x1:GP,CQ".  `parts` maps a timed code said only in pieces to the pieces.
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
):
    SESSIONS.append(
        dict(
            id=sid,
            discipline=discipline,
            note_type=note_type,
            role=role,
            rule=rule,
            split=split,
            timed=timed,
            untimed=untimed,
            key=key,
            text=text,
            facts=facts,
            negated=negated,
            absent=absent,
            kx=kx,
            has59=has59,
            cog=cog,
            parts=parts or {},
        )
    )


# ---------------------------------------------------------------------------------------------
# dev: PT
# ---------------------------------------------------------------------------------------------

S(
    "ac_pt01_teen_pitcher_shoulder",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Hi, I'm Dana, I'll be your physical therapist today. You must be Tyler, and this is mom?
C: Yes, I'm his mom, Karen. He's sixteen, he pitches for the varsity team.
T: Great. Tyler, tell me what's going on with the shoulder.
P: It's my right shoulder, my throwing arm. It started hurting like three weeks ago after a double header.
T: Where exactly do you feel it?
P: Kind of in the back, up top. Sometimes in the front when I'm cocking back to throw.
T: And how bad is it right now, zero to ten?
P: Right now it's like a two. When I throw hard it's a six.
T: Any numbness or tingling down the arm, any dead arm feeling?
P: Nope, nothing like that.
T: Any clicking or catching in the joint?
P: No, not really.
C: He did say it popped once in the cage, but that was a while ago.
P: Mom, it was one time.
T: That's helpful, thanks. Has he seen the orthopedist?
C: Yes, Dr. Shah. The X-ray was normal and she said internal impingement, no tear on the exam, and sent us here.
T: Okay. Tyler, let's measure. Lie back for me. External rotation at ninety degrees abduction is a hundred and ten degrees on the right.
T: Internal rotation on the right is thirty-five degrees, and on the left it's sixty. So you've lost about twenty-five degrees of internal rotation on the throwing side.
P: Is that bad?
T: It's really common in pitchers. We call it GIRD. It's fixable.
T: Strength: external rotation is four minus over five on the right, lower trap is four minus as well. Supraspinatus is five out of five.
C: Is it okay if I ask, how did the Cowboys do last night? Sorry, his dad had the game on in the car.
T: Ha, I didn't catch it. Anyway, Tyler, any pain at night?
P: Not since last week. It used to wake me up.
T: Good. So this is a moderate complexity evaluation: a young athlete, but with the throwing demands and a season going on.
T: Today I showed you the sleeper stretch and side-lying external rotation with a one pound weight, about twenty reps, two sets of ten, and the band rows. That was ten minutes of exercise.
P: That burns on the back of the shoulder.
T: That's the right spot. Goals: full pain-free throwing in six weeks, internal rotation within fifteen degrees of the other side.
C: Can he pitch Saturday?
T: No pitching for two weeks. He can hit and play first base if it doesn't hurt.
P: Coach is gonna be mad.
T: I'll write him a note. Twice a week for six weeks. Any questions?
C: Do we need to ice it?
T: Ice after practice is fine if he likes it.
P: Okay. See you Tuesday.
""",
    [
        "right shoulder",
        "pitcher|pitches",
        "2/10|like a two",
        "6/10|it's a six",
        "110 degrees|a hundred and ten degrees",
        "35 degrees|thirty-five degrees",
        "4-/5|four minus over five",
        "internal impingement",
        "sleeper stretch",
        "2 x 10|two sets of ten",
        "no pitching for two weeks|no pitching for 2 weeks",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["numbness or tingling", "clicking or catching", "pain at night"],
    ["how did the Cowboys do", "his dad had the game on", "Coach is gonna be mad"],
)

S(
    "ac_pt02_dizzy_rollover",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97112": 18, "97110": 9},
    [],
    "97112x1:GP,KX 97110x1:GP,KX",
    """
t: morning mister pruitt how has the dizziness been since last time
p: better i think the spinning is mostly gone its more like a swimmy feeling when i turn my head quick
t: any falls this week
p: nope not since last week when i caught myself on the counter
t: okay and any spinning when you roll over in bed
p: no not anymore thats gone
t: good lets do the dix hallpike again to make sure lie back for me keep your eyes open
t: right side negative no nystagmus left side negative too so the crystals look cleared no need for the repositioning today
p: oh good that one makes me sick
t: on a scale zero to ten how dizzy do you feel with the head turns
p: maybe a three out of ten three maybe four
t: okay well go to the gaze stabilization look at the letter on the card and turn your head side to side
t: keep the letter in focus nice one minute each way
p: ooh thats swimmy
t: take a breath well keep going we did x one viewing horizontal and vertical then standing on foam with head turns
t: that balance work with the head turns was eighteen minutes
p: felt like an hour
t: ha then the bike and the heel raises two sets of fifteen that was nine minutes
p: my calves are on fire
t: you did great did you catch the snow they are calling for tonight
p: my wife wants me to put the chains on the truck
t: better you than me okay your dynamic gait index today was nineteen out of twenty four up from fifteen
p: is that good
t: its good progress under nineteen is a fall risk so youre right at the line
t: just so you know you passed the medicare therapy threshold for this year so ill put the k x modifier on since this is still medically necessary for your balance and fall risk
p: okay whatever you need
t: any headaches or changes in your hearing
p: no none of that
t: for home keep doing the x one twice a day and the walking with head turns in the hallway
p: can i drive yet
t: ask your doctor but the head turns need to be smooth first
t: next time well add the walking on the grass outside and more foam work
p: sounds good see you thursday
""",
    [
        "swimmy feeling",
        "dix hallpike",
        "right side negative",
        "left side negative",
        "3-4/10|three maybe four",
        "gaze stabilization",
        "x one viewing|X1 viewing",
        "foam with head turns",
        "2 x 15|two sets of fifteen",
        "dynamic gait index",
        "19/24|nineteen out of twenty four",
        "15/24|up from fifteen",
    ],
    ["spinning when you roll over", "any falls this week", "headaches or changes in your hearing"],
    ["snow they are calling for", "put the chains on the truck"],
    kx=True,
)

S(
    "ac_pt03_knee_flare_change",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 10, "97530": 14},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
T: Hi Gloria, I'm Marcus, the PTA working with you today. Oh, you're limping pretty hard.
P: I know. My knee is killing me. I was up all night.
T: What happened?
P: I think I overdid it. My granddaughter's birthday, I was standing at the grill for three hours.
T: How bad is it right now, zero to ten?
P: It's an eight. Maybe a seven when I sit.
T: Any new swelling, redness, heat in the calf?
P: Swollen around the knee, yeah. Nothing in the calf, no redness.
T: Okay, let me look. Knee is puffy, mild effusion, but the calf is soft and not tender.
T: Fever, chills?
P: No, nothing like that.
T: Okay, so the plan was the leg press and step-ups today. We're not doing that. We're going to change things up.
P: Thank God.
T: I'm going to start with some gentle soft tissue work and patellar mobs to calm it down.
P: Oh, that feels good actually.
T: Bend is a little stiff, I'm getting about ninety degrees of knee flexion today, last time you had a hundred and five.
P: That's the swelling, right?
T: Probably, yes. Okay, that manual work was ten minutes. Now let's practice getting up and down from the chair and the car seat without loading the knee so much.
P: Okay.
T: Scoot forward, nose over toes, push with your arms. Good. Now step into the car seat mock-up, bottom first.
P: That's how I should do it at home?
T: Exactly. And we'll practice the curb step with the cane in the good hand.
P: The cane. I left it in the car last week.
T: Keep it with you the next few days. Up with the good, down with the bad.
P: Up with the good, down with the bad.
T: Nice. Those functional activities were fourteen minutes, done after the manual, separate block.
P: My pain is better. Maybe a five now.
T: Good. Ice at home, twenty minutes a few times a day, and the heel slides only, no step-ups until I tell you.
P: Did you see the game Sunday? My husband was yelling at the TV.
T: I missed it. I'll let your PT know about the flare, and if the swelling isn't down by Thursday call us.
P: I will. Thanks, Marcus.
""",
    [
        "8/10|it's an eight",
        "7/10|maybe a seven",
        "mild effusion",
        "calf is soft",
        "patellar mobs",
        "90 degrees|ninety degrees",
        "105|a hundred and five",
        "car seat",
        "curb step with the cane",
        "5/10|maybe a five now",
        "heel slides",
    ],
    ["redness", "fever, chills"],
    ["granddaughter's birthday", "standing at the grill", "My husband was yelling at the TV"],
    has59=True,
)

S(
    "ac_pt04_pressure_cut_short",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 11, "97116": 4},
    [],
    "97110x1:GP,CQ,KX",
    """
T: Good afternoon, Mr. Okafor. How are you feeling today?
P: Tired. Didn't sleep great. But okay.
T: Any chest pain, shortness of breath?
P: No, no chest pain. A little headache this morning.
T: Okay. Did you take your blood pressure pills today?
P: Yes. Well, I think so. My wife fills the box.
T: Let's get a quick pressure before we start. One fifty-two over eighty-eight, heart rate seventy-six. That's within what your PT set for us.
P: Okay.
T: Let's warm up on the NuStep, level three.
P: This thing again.
T: Keep it steady. Now standing at the bar, hip abduction, two sets of ten each side.
P: My right hip doesn't like that.
T: Easy. Mini squats, ten reps.
P: I'm getting a little light-headed.
T: Okay, sit down right here. Let me recheck. One eighty-two over ninety-eight. That's too high, and you're dizzy.
P: Is that bad?
T: It's over the limit your PT wrote for us. We're going to stop exercising today.
P: But I only just got here.
T: I know. Safety first. Any blurry vision, weakness on one side, trouble talking?
P: No. No, none of that. Just the light head.
T: Okay. Let me recheck in five minutes. The exercise part was eleven minutes.
T: Before that we did a little walking in the hall to warm up, four minutes.
P: Yeah, walking was fine.
T: Recheck: one seventy over ninety-two. Still high. I'm going to call your doctor's office and let your PT know.
P: My brother had a stroke at sixty. Should I be worried?
T: We're being careful. If you get a bad headache, weakness, or trouble talking, call 911.
P: Okay.
T: Also, your therapy costs passed the Medicare threshold this year, so we're adding the KX modifier because your PT says therapy is still medically necessary for your hip and walking.
P: Okay, that's fine.
T: Your wife's picking you up? I don't want you driving.
P: She's in the waiting room, she's doing her crossword.
T: Good. We'll try again Thursday if your pressure's under control.
""",
    [
        "152/88|one fifty-two over eighty-eight",
        "182/98|one eighty-two over ninety-eight",
        "170/92|one seventy over ninety-two",
        "light-headed",
        "hip abduction",
        "2 x 10|two sets of ten",
        "NuStep",
        "stop exercising today",
        "call your doctor's office",
    ],
    ["chest pain", "blurry vision, weakness on one side"],
    ["My brother had a stroke", "doing her crossword"],
    kx=True,
)

S(
    "ac_pt05_hip_printed_sheet",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 20, "97116": 12},
    [],
    "97110x1:GP 97116x1:GP",
    """
t: hi missus delgado its progress report day so ill be measuring a few things
p: okay i brought the sheet you gave me
t: oh great the printed home program lets go through it
p: i do the bridges and the clams every day but the standing ones i skip sometimes
t: which ones
p: the side kicks at the counter number four on the sheet
t: why do you skip those
p: they make the outside of my hip sore
t: okay lets check your form on those in a minute how is the pain overall
p: four out of ten maybe a five at the end of the day
t: and when you started it was seven right
p: yeah seven or eight
t: any clicking or giving way
p: nope nothing like that
t: any falls since the surgery
p: no not one
t: good lie back hip flexion is a hundred and ten degrees today goal was a hundred
t: abduction is thirty degrees strength four out of five hip abduction
p: is that better
t: yes it was three plus last time
t: timed up and go eleven seconds it was eighteen at the start
t: okay lets do the side kicks youre leaning your trunk thats why it hurts stand tall toes forward
p: oh thats different
t: ill write that on the sheet and cross out the clams youre strong enough for the band now
t: exercise today with the band and the step ups about twenty reps two sets of ten was twenty minutes
p: my daughter says i should try the water aerobics at the y
t: thats fine once the incision is fully healed walking in the hall and stairs with no cane was twelve minutes
p: the stairs still feel funny going down
t: one step at a time going down is fine goals walk without the cane in the community met stairs reciprocal partly met
p: what about my trip in march
t: plan is twice a week for four more weeks then we reassess
p: okay my son is getting married in may
t: congratulations keep the sheet on the fridge
""",
    [
        "printed home program|sheet you gave me",
        "side kicks at the counter",
        "4-5/10|four out of ten maybe a five",
        "110 degrees|a hundred and ten degrees",
        "30 degrees|thirty degrees",
        "4/5|four out of five",
        "11 seconds|eleven seconds",
        "18|eighteen",
        "leaning your trunk",
        "2 x 10|two sets of ten",
        "no cane",
        "partly met",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["clicking or giving way", "any falls since the surgery"],
    ["water aerobics at the y", "son is getting married", "my trip in march"],
)

S(
    "ac_pt06_welder_work_return",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 24, "97750": 16},
    ["97164"],
    "97164x1:GP 97110x2:GP 97750x1:GP",
    """
T: Morning, Luis. Today's your re-evaluation, four weeks since we started, and your case manager wants to know about return to work.
P: Yeah, they keep calling me. I want to go back.
T: Remind me, you're a pipe welder, so a lot of kneeling, overhead, and carrying?
P: Carrying the leads, the grinder, sometimes fifty pound bottles on a cart. Overhead welding for an hour at a time.
T: How's the low back pain today, zero to ten?
P: Two. Sometimes three after a long day in the garage.
T: Any leg pain, numbness in the feet?
P: Nope, not since last week. The leg stuff is gone.
T: Bowel or bladder changes?
P: No, nothing like that.
T: Good. Lumbar flexion is full, extension about seventy-five percent, no pain at end range.
T: Straight leg raise negative both sides.
P: That one used to kill me.
T: Today we'll do a work tolerance test. Floor to waist lift first. Start with thirty pounds.
P: Easy.
T: Forty. Fifty. Good form, you're hinging at the hips.
P: Fifty is what the bottles feel like.
T: Max safe floor to waist lift is sixty pounds today. Carry test, forty pounds, a hundred feet, no rest.
P: Back's okay.
T: Kneeling tolerance five minutes before you shifted. Overhead reach with two pound weights, four minutes before your shoulders fatigued.
P: Overhead's always been hard.
T: The testing part was sixteen minutes.
T: Now the circuit: sled push, farmer carries, half kneeling chops, about twenty reps, two sets of ten each. Twenty-four minutes of exercise.
P: I'm soaked.
T: Did you watch the fight Saturday?
P: Nah, my kid had a tournament. Baseball all day.
T: Nice. Okay, so: lifting sixty pounds floor to waist, goal was fifty, met. Overhead tolerance, goal fifteen minutes, not met yet.
P: So when can I go back?
T: I'll recommend light duty with no overhead over five minutes for two weeks, then full duty if the overhead improves.
P: My foreman's gonna want me on the rack.
T: I'll put the limits in the report. Plan: two more weeks, twice a week, focus on overhead endurance.
P: Okay, that works.
""",
    [
        "pipe welder",
        "Two. Sometimes three|2-3/10",
        "flexion is full",
        "75 percent|seventy-five percent",
        "straight leg raise negative",
        "60 pounds|sixty pounds",
        "40 pounds, a hundred feet|forty pounds, a hundred feet",
        "kneeling tolerance five minutes|kneeling 5 min",
        "overhead reach with two pound weights|2 lb",
        "2 x 10|two sets of ten",
        "light duty",
        "twice a week|2x/week",
    ],
    ["numbness in the feet", "Bowel or bladder changes"],
    ["watch the fight Saturday", "my kid had a tournament", "foreman's gonna want me on the rack"],
)

S(
    "ac_pt07_ankle_season_done",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 9, "97112": 7},
    [],
    "97110x1:GP",
    """
t: last day bree how does the ankle feel
p: honestly pretty normal i ran four miles saturday no problem
t: any swelling after
p: nope not even a little
t: any giving way on the trail
p: not since last week and that was a root it wasnt the ankle
t: fair enough pain today zero to ten
p: zero maybe a one after running
t: okay lets measure dorsiflexion is fifteen degrees same as the left
t: eversion strength five out of five single leg balance thirty seconds eyes closed
p: oh eyes closed is hard
t: youre still there y balance anterior reach is ninety percent of the other side
t: hop test single hop ninety five percent
p: does that mean im done
t: it means you met your goals run three miles without pain met return to trail running met
t: lets review the home program one more time
t: calf raises three sets of fifteen the band eversion and the single leg deadlift about nine minutes of exercise
p: the deadlift still wobbles
t: thats why we did the balance on the bosu and the hops seven minutes of that
p: i saw on the news it might rain all week
t: then treadmill it is any questions about the brace
p: do i need to keep wearing it
t: only on trails for the next month then you can wean off
p: okay cool
t: keep the program three times a week if anything changes call us
p: thanks for everything
t: youre welcome say hi to your sister
p: i will shes still doing the bake sale thing
t: ha okay youre discharged to home program
p: bye see you around
""",
    [
        "ran four miles|4 miles",
        "0-1/10|zero maybe a one",
        "dorsiflexion is fifteen degrees|15 degrees",
        "5/5|five out of five",
        "30 seconds eyes closed|thirty seconds eyes closed",
        "90 percent|ninety percent",
        "95 percent|ninety five percent",
        "3 x 15|three sets of fifteen",
        "only on trails",
        "three times a week|3x/week",
        "discharged to home program",
    ],
    ["any swelling after", "any giving way on the trail"],
    ["might rain all week", "doing the bake sale thing"],
)

S(
    "ac_pt08_neck_summary_fix",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 11, "97530": 16},
    [],
    "97140x1:GP 97530x1:GP,59",
    """
T: Hi Priya, how's the neck this week?
P: Better, but working from home at the kitchen table isn't helping.
T: Pain zero to ten?
P: Four out of ten, maybe a five by the evening.
T: Headaches?
P: Two this week. Not as bad as before.
T: Any arm pain or tingling in the hands?
P: No, nothing like that.
T: Okay. Rotation to the right is sixty degrees today, left is seventy.
P: Right has always been worse.
T: Let's start with manual: some soft tissue to the upper traps and then some mobilization of the mid back.
P: Oh, that's the spot.
T: Breathe out. Good. That's about eight minutes of manual.
P: My mom keeps sending me videos about neck pillows.
T: Ha. Okay, now let's set up your workstation simulation. Laptop on the stand, chair height, then lifting the laundry basket and reaching to the top shelf with your shoulder blades set.
P: Like this?
T: Chin tucked, shoulders down. Good. Now the basket to the shelf, ten times.
P: That's harder than it looks.
T: You're doing it. Then reaching into the dryer and folding at counter height.
P: I never think about how I stand when I fold.
T: That's the point. Those functional activities were sixteen minutes, after the manual, separate block.
P: Can I do the chin tucks in the car?
T: At red lights, sure. Not while you're driving.
P: My husband binge-watched that baking show all weekend, so I was on the couch a lot.
T: That might explain the Monday headache. Quick summary for the note: manual therapy, correction, that was eleven minutes, not eight, I went longer on the thoracic spine. Therapeutic activities sixteen minutes, separate from the manual.
P: Is that okay?
T: Yes, just making sure the note says the right thing. Rotation improved to seventy degrees right after manual.
P: It does feel looser.
T: Plan for next time: progress the shelf reaching with a weight and recheck rotation.
P: Sounds good.
T: Keep the laptop stand. And take breaks every forty-five minutes.
P: I'll set a timer.
T: Perfect. See you Monday.
""",
    [
        "4-5/10|four out of ten, maybe a five",
        "two this week|2 headaches",
        "60 degrees|sixty degrees",
        "soft tissue to the upper traps",
        "mid back",
        "laundry basket",
        "top shelf",
        "chin tucked",
        "70 degrees right after manual|seventy degrees right after manual",
        "breaks every forty-five minutes|every 45 minutes",
    ],
    ["arm pain or tingling in the hands"],
    ["about eight minutes of manual", "videos about neck pillows", "baking show"],
    has59=True,
)
# ---------------------------------------------------------------------------------------------
# dev: OT
# ---------------------------------------------------------------------------------------------

S(
    "ac_ot01_signature_after_stroke",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 10},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hello, Mr. Brennan, I'm Alicia, your occupational therapist. And you're his wife?
C: Yes, Ruth. Married fifty-one years.
T: Lovely. So, Mr. Brennan, you had a stroke about seven weeks ago, left side of the brain, and your right hand is the one that's weak?
P: Right hand. I'm right-handed. Can't write worth a darn.
T: What do you need to write?
P: Checks. My signature. I keep the books for the church.
C: He tried to sign the car title last week and the bank wouldn't take it.
T: That's frustrating. How's dressing, bathing?
C: He dresses himself but buttons take forever. I help with the top button.
P: She's fast, I'm slow.
T: Any pain in the right shoulder or hand?
P: Nope, nothing hurts.
T: Any numbness?
P: Not numb. Just clumsy.
T: Okay. Grip strength: right eighteen pounds, left sixty-two pounds.
T: Nine-hole peg test: right hand seventy-one seconds, left twenty-two seconds.
P: Seventy-one, that's embarrassing.
T: It's a starting point. Let's try writing. Write your name on this line.
P: There. Looks like a chicken walked on it.
T: Letters are large, uneven baseline, about half are legible. You're holding the pen with a fist grip.
T: Let's try this foam grip on the pen.
P: Oh, that's better. Easier to hold.
C: Can we buy those?
T: Yes, pharmacy or online. And a signature guide card for checks.
T: I spent about ten minutes on teaching you the built-up grip, the slant board and the signature guide, and Ruth, how to set him up.
C: Ten minutes well spent.
T: Given the stroke, the hand, and that he's also managing blood pressure and diabetes, this is a moderate complexity evaluation.
C: He also watches the golf channel all day now, is that okay?
T: Ha, sure. Goals: legible signature in four weeks, fasten all buttons independently in six weeks.
P: I want to do the church books by Easter.
T: Twice a week for eight weeks. Practice writing ten minutes a day.
C: Thank you, dear.
""",
    [
        "right hand",
        "signature",
        "top button",
        "18 pounds|eighteen pounds",
        "62 pounds|sixty-two pounds",
        "71 seconds|seventy-one seconds",
        "22 seconds|twenty-two seconds",
        "uneven baseline",
        "fist grip",
        "foam grip",
        "signature guide",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["pain in the right shoulder or hand", "Any numbness"],
    ["Married fifty-one years", "watches the golf channel", "by Easter"],
)

S(
    "ac_ot02_carpal_tunnel_cashier",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97760": 12},
    ["97165"],
    "97165x1:GO 97760x1:GO",
    """
t: hi im jen the occupational therapist you must be rosa
p: yes hi
t: so your doctor sent you for carpal tunnel on the right side
p: yeah my right hand goes numb at night and at work i drop stuff
t: what do you do for work
p: cashier at the grocery store eight hour shifts scanning all day
t: which fingers go numb
p: the thumb and the first two fingers the pinky is fine
t: any neck pain or pain going up the arm
p: nope nothing like that just the hand
t: any weakness you noticed opening jars
p: yeah jars are hard
t: okay lets test grip right is forty pounds left is sixty
t: pinch right eight pounds left twelve
p: thats a big difference
t: tinels at the wrist is positive phalens positive at thirty seconds
t: two point discrimination is normal at five millimeters
p: what does that mean
t: means the nerve is irritated but the feeling is still pretty good
t: this is a low complexity evaluation just the one problem and youre otherwise healthy
p: good
t: im going to make you a night splint keeps the wrist straight
p: like a cast
t: lighter its plastic i heat it and mold it to you
t: fabricating and fitting the splint and teaching you how to wear it took twelve minutes
p: its warm
t: wear it at night not at work for now
p: my sister had the surgery and she said it was nothing
t: everyone is different lets see how the splint does first
p: and the weather its been so cold my hands are always stiff
t: we will work on that goals sleep through the night without numbness in four weeks
t: plan is once a week for four weeks for nerve glides and splint checks
p: okay see you next week
""",
    [
        "carpal tunnel",
        "numb at night",
        "cashier",
        "thumb and the first two fingers|digits 1-3",
        "40 pounds|forty pounds",
        "60|sixty",
        "8 pounds|eight pounds",
        "tinels at the wrist is positive|Tinel's positive",
        "phalens positive at thirty seconds|Phalen's 30 seconds",
        "five millimeters|5 mm",
        "night splint",
        "once a week for four weeks|1x/week for 4 weeks",
    ],
    ["neck pain or pain going up the arm"],
    ["my sister had the surgery", "its been so cold"],
)

S(
    "ac_ot03_kitchen_say_again",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 18, "97535": 9},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Good morning, Mrs. Hollis! It's Tom, your OT assistant.
P: What's that? You'll have to speak up, honey, my hearing aid battery died.
T: TOM. YOUR OT ASSISTANT. GOOD MORNING.
P: Oh, Tom! Good morning.
T: How is your back today? Any pain?
P: Pardon?
T: YOUR BACK. ANY PAIN TODAY?
P: Oh, a little. Two, maybe. Not bad.
T: Any falls since last week?
P: No, no falls. I've been using the walker like you said.
T: Good. Today we're going to make a sandwich and some tea in the kitchen with the walker tray.
P: Make what?
T: A SANDWICH. AND TEA.
P: Oh, I love tea.
T: Walker to the fridge, get the bread and cheese, put it on the tray.
P: Like this?
T: Yes. Let me show you instead of telling you. Watch me: tray, then turn, then walk.
P: Oh I see now.
T: Good. Now fill the kettle halfway, not full, lighter to carry.
P: Halfway?
T: HALFWAY. Show me with your finger.
P: There.
T: Perfect. That kitchen activity was eighteen minutes. You needed standby assist and two reminders to keep the walker close.
P: My grandson says I should get one of those talking kettles.
T: Ha. Now let's go over the energy saving tips sheet. Sit to prep, slide don't lift, rest before you're tired.
P: Sit down to cut the bread?
T: YES. SIT TO PREP.
P: That makes sense.
T: That teaching was nine minutes, separate from the kitchen work.
T: Your therapy costs this year are past the Medicare threshold, and your OT says it's still medically necessary, so we're adding the KX modifier.
P: The what?
T: IT'S A BILLING CODE. NOTHING YOU NEED TO DO.
P: Oh good.
T: Any dizziness when you stood at the counter?
P: No, not today.
T: Good. Next time we'll do the laundry. And get a new battery, okay?
P: I'll tell my daughter.
""",
    [
        "hearing aid battery died",
        "2/10|Two, maybe",
        "walker tray",
        "sandwich",
        "fill the kettle halfway",
        "standby assist",
        "two reminders|2 reminders",
        "energy saving tips",
        "sit to prep",
        "show you instead of telling you",
    ],
    ["Any falls since last week", "dizziness when you stood"],
    ["talking kettles", "I'll tell my daughter"],
    kx=True,
    has59=True,
)

S(
    "ac_ot04_shoulder_paper_sheet",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 14, "97535": 6},
    [],
    "97110x1:GO,CO",
    """
t: hey mister fox its kim from ot how was the week
p: not bad i did the exercises on the paper most days
t: you brought the sheet good lets go through it
p: the pulleys fine the wall walk is fine the one with the broomstick i dont get
t: number three the cane raise lets look
t: you are shrugging your shoulder up watch me keep it down and lift with the arm
p: oh so thats why it hurt my neck
t: probably pain today zero to ten
p: three out of ten maybe two when im resting
t: any numbness in the hand
p: nope
t: any night pain
p: not since last week i sleep on the recliner still though
t: okay lets do the exercises on the sheet pulleys cane raises wall walk and the band rows about twenty reps two sets of ten
t: flexion today active is one hundred and twenty degrees
p: last time it was what a hundred
t: about a hundred and five so good progress exercise was fourteen minutes
p: my shoulder is warm
t: thats fine lets go over using the arm for reaching in the cupboard put the heavy plates on the bottom shelf
p: my wife moved everything already
t: good that teaching was six minutes
p: did you see the fishing show on channel two last night
t: no i missed it any swelling in the hand
p: no the hand is fine
t: ill write on your sheet cross out the pulleys and add the band rows at home three times a week
p: three times a week okay
t: next time we will add the light weights
p: sounds good
t: and keep the cane raise with the shoulder down
p: shoulder down got it
t: see you thursday
p: see you
""",
    [
        "shrugging your shoulder",
        "cane raise",
        "3/10|three out of ten",
        "2 x 10|two sets of ten",
        "120 degrees|one hundred and twenty degrees",
        "105|a hundred and five",
        "heavy plates on the bottom shelf",
        "band rows at home three times a week|3x/week",
        "pulleys",
        "wall walk",
    ],
    ["any numbness in the hand", "any night pain", "any swelling in the hand"],
    ["fishing show on channel two", "my wife moved everything"],
)

S(
    "ac_ot05_garden_progress",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97530": 22, "97110": 10},
    [],
    "97530x1:GO 97110x1:GO",
    """
T: Hi Walt, progress note today, tenth visit. How's the shoulder since the rotator cuff repair?
P: Pretty good. I got the hose out Saturday.
T: Did it hurt?
P: Little bit. Maybe a three. Mostly it's fine now, one or two.
T: Any pain at night?
P: Nope, not since last week. I'm back in my own bed.
T: Good. Any numbness or tingling?
P: No, nothing like that.
T: Flexion active is a hundred and forty degrees, it was ninety-five at the start. External rotation fifty degrees.
P: I can reach the top of my head now.
T: QuickDASH today is twenty-seven, it was fifty-nine at your evaluation.
P: Is lower better?
T: Lower is better. That's a big change.
T: Let's do the garden tasks. Carry the watering can, five pounds, to the raised bed and pour.
P: Easy.
T: Now reach to the trellis, about shoulder height, and tie the tomato vine.
P: Getting my arm up there is the hard part.
T: You're hiking the shoulder a little. Better. Now the rake, push and pull, ten times.
P: My neighbor still has all his leaves down. Guy never rakes.
T: Ha. Those garden activities were twenty-two minutes.
T: Now the exercises: band external rotation and rows, then the wall slides, two sets of fifteen. That was ten minutes.
P: The band's getting easy.
T: We'll go to the green one next time.
T: Goals: reach overhead shelf, met. Carry a gallon of milk with the right arm, met. Garden for thirty minutes without pain, partly met, you can do about fifteen.
P: About that, yeah.
T: Plan: once a week for four more weeks, then discharge if you keep going like this.
P: My wife wants me to paint the bedroom.
T: Not yet, not overhead for long. Wait until I say.
P: Fair enough.
T: See you next week.
""",
    [
        "rotator cuff repair",
        "maybe a three|3/10",
        "140 degrees|a hundred and forty degrees",
        "95|ninety-five",
        "50 degrees|fifty degrees",
        "QuickDASH",
        "27|twenty-seven",
        "59|fifty-nine",
        "watering can, five pounds|5 lb",
        "tie the tomato vine",
        "2 x 15|two sets of fifteen",
        "partly met",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["pain at night", "numbness or tingling"],
    ["my neighbor still has all his leaves", "paint the bedroom"],
)

S(
    "ac_ot06_farrier_hand_swelling",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97530": 26, "97110": 5},
    [],
    "97530x2:GO",
    """
T: Hey Jesse, how's the hand?
P: Swollen this morning. I tried shoeing one horse Sunday. Bad idea.
T: How bad's the pain?
P: Six out of ten. It was a two on Friday.
T: Any numbness, color change, fever?
P: No, none of that. Just puffy and sore.
T: Let me look. Swelling over the back of the hand. Circumference at the knuckles is twenty-two centimeters right, twenty left.
P: That's from the hammer, I'd bet.
T: Probably. So the plan today was the grip work with the heavy putty. Let's change that, I don't want to push the swelling.
P: Yeah, fine.
T: Instead let's do lighter work tasks: holding the rasp with the built-up handle, and the pegboard with the nails.
P: The rasp feels better with the foam on it.
T: Good. Keep your wrist straight. Now sorting nails by size, then threading the bolts.
P: Feels like I'm in kindergarten.
T: Ha. It's for the fine motor. Now the tool bucket, lift and set it on the tailgate height, three pounds only.
P: That's fine, no pain.
T: Those work tasks were twenty-six minutes.
P: Did you hear about the rodeo getting cancelled?
T: I didn't, that's a shame. Then tendon glides, just a few sets, five minutes.
P: The fist one's stiff.
T: Now elevate, and we'll put on the compression glove.
P: This thing looks like my grandma's.
T: It works. Pain now?
P: Four maybe.
T: Okay. No shoeing this week. Wear the glove at night and ice after work.
P: My boss won't like it.
T: I'll write a note. Next time we'll see if the swelling is down and go back to the putty.
P: Okay.
T: Any questions?
P: Nope, I'm good.
""",
    [
        "shoeing one horse|shod 1 horse",
        "6/10|Six out of ten",
        "22 centimeters|twenty-two centimeters",
        "20 left|twenty left",
        "built-up handle",
        "pegboard",
        "sorting nails",
        "three pounds only|3 lb",
        "tendon glides",
        "compression glove",
        "Four maybe|4/10",
        "No shoeing this week",
    ],
    ["numbness, color change, fever"],
    ["rodeo getting cancelled", "looks like my grandma's"],
)

S(
    "ac_ot07_wrist_fracture_done",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97110": 12, "97140": 9},
    [],
    "97110x1:GO",
    """
T: Hi Mrs. Yamamoto, last visit today. How's the wrist?
P: So much better. I'm back to my piano.
T: Wonderful. Pain zero to ten?
P: Zero. Maybe one after I play a long time.
T: Any numbness in the fingers?
P: No, none.
T: Any clicking in the wrist?
P: Not anymore, no.
T: Let's measure. Wrist extension sixty-five degrees, flexion sixty degrees. Supination eighty, pronation eighty-five.
P: Is that normal?
T: Very close to your other side. Grip right fifty pounds, left fifty-five.
P: When I started it was, what, fifteen?
T: Twelve. You've come a long way.
P: My granddaughter says I play better now.
T: Ha. Let's do your exercises one more time and check your form: putty, wrist curls with two pounds, two sets of fifteen. Twelve minutes of exercise.
P: The putty is easy now.
T: And a little scar massage and joint mobilization at the end, nine minutes.
P: That feels nice.
T: Your goals: lift a full pot of tea, met. Play piano for thirty minutes, met. Carry grocery bags, met.
P: All met!
T: All met. Keep doing the exercises three times a week for a month.
P: Can I do yoga?
T: Yes, but avoid weight on the hand in downward dog for another month. Use fists.
P: Fists, okay.
T: Any questions?
P: No, I think I'm fine.
T: You're discharged. Call if anything changes.
P: Thank you so much. I'll bring you cookies.
T: Ha, not necessary. Enjoy the recital.
P: It's in June.
T: Good luck!
""",
    [
        "back to my piano",
        "Zero. Maybe one|0-1/10",
        "65 degrees|sixty-five degrees",
        "flexion sixty degrees|60 degrees",
        "supination eighty|80",
        "pronation eighty-five|85",
        "fifty pounds|50 pounds",
        "fifty-five|55",
        "two pounds, two sets of fifteen|2 lb 2 x 15",
        "scar massage",
        "All met",
        "three times a week for a month|3x/week",
    ],
    ["numbness in the fingers", "clicking in the wrist"],
    ["I'll bring you cookies", "It's in June", "My granddaughter says"],
)
# ---------------------------------------------------------------------------------------------
# dev: SLP
# ---------------------------------------------------------------------------------------------

S(
    "ac_slp01_daughter_spoon_eval",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hi, I'm Megan, the speech pathologist. Mrs. Petrov, and you're her daughter?
C: Yes, I'm Irina. I feed her most meals since the stroke.
T: Thank you for coming. What are you noticing at meals?
C: She coughs with coffee. Almost every time. And she pockets food on the right side.
P: Coffee is my life.
T: I understand. Any pneumonia since the stroke?
C: No, not since the hospital. She had one there.
T: Any weight loss?
C: Maybe five pounds in two months.
T: Okay. Mrs. Petrov, open your mouth for me. Tongue out. Side to side.
T: Right facial weakness, reduced tongue movement to the right. Voice is a little wet.
P: Wet?
T: Gurgly. Cough for me. Good strong cough.
T: Irina, I'd like to watch you feed her, just like you do at home.
C: Okay. Applesauce first.
T: Go ahead. I notice you're giving big spoonfuls and quite fast.
C: She's slow, I get impatient. I'm sorry.
T: It's okay. Try half a spoon, and wait until she swallows before the next one.
C: Like this?
T: Exactly. Now let's try thin water from a cup.
P: (coughs)
T: Cough after thin liquid, twice. Let's try mildly thick, IDDSI level two.
P: That one's okay. Tastes funny.
T: No cough with the mildly thick. Now a cracker.
C: She's chewing on the left like she always does.
T: Good, chewing on the stronger side helps. Some residue in the right cheek, she cleared it with a finger sweep.
P: Sorry.
T: Nothing to be sorry for. Recommendations: soft and bite-sized, IDDSI level six, mildly thick liquids, level two, upright for meals, small spoonfuls, chin tuck with liquids.
C: Can she still have coffee?
T: Thickened coffee, yes. And I'd like a video swallow study to see what's happening inside.
C: My brother will want to argue about the thickener, he thinks it's a scam.
T: Happy to talk to him. Plan: twice a week for six weeks, swallowing exercises and training you.
C: Thank you. The weather's so nice, maybe we'll walk home.
""",
    [
        "coughs with coffee",
        "pockets food on the right",
        "five pounds in two months|5 lb",
        "right facial weakness",
        "voice is a little wet",
        "big spoonfuls",
        "half a spoon",
        "cough after thin liquid",
        "IDDSI level two|IDDSI 2",
        "IDDSI level six|IDDSI 6",
        "chin tuck",
        "video swallow study",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["Any pneumonia since the stroke"],
    ["he thinks it's a scam", "The weather's so nice"],
)

S(
    "ac_slp02_tongue_sounds_dad",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92522"],
    "92522x1:GN",
    """
t: hi im gabby the speech therapist you must be leo and youre dad
c: yeah im mike hes four and a half
t: what made you want to get his speech checked
c: preschool teacher said kids cant understand him he says tat for cat and doe for go
t: okay any ear infections
c: a couple when he was a baby none since he was two
t: any problems eating or drooling
c: nope nothing like that he eats everything
t: leo can you tell me whats in this picture
p: a tup
t: a cup nice and this one
p: doat
t: goat good job lets play with the cars while i write
p: vroom vroom
t: on the goldman fristoe he is fronting k and g to t and d in all positions
t: also stopping on s and f so sun becomes tun
c: yeah he says tun all the time
t: his standard score is seventy two which is below average
t: intelligibility in conversation about sixty percent to me a stranger
c: that sounds right i understand him like ninety percent
t: parents usually do oral motor exam looks normal tongue moves fine
c: so whats the plan
t: speech therapy once a week for twelve weeks start with k and g
c: can he still watch the truck videos on the tablet
t: sure thats fine any hearing test recently
c: no not since he was a baby
t: okay i will recommend a hearing screening just to be safe
c: okay his mom will book it
t: and practice at home five minutes a day with the picture cards i will give you
p: i want tar
t: the car yes you can take the car
c: thanks see you next week
t: bye leo
p: bye bye
""",
    [
        "four and a half|4.5 years",
        "tat for cat",
        "doe for go",
        "goldman fristoe|Goldman-Fristoe",
        "fronting k and g",
        "stopping on s and f",
        "standard score is seventy two|72",
        "sixty percent|60%",
        "oral motor exam looks normal",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "hearing screening",
        "five minutes a day|5 min/day",
    ],
    ["problems eating or drooling", "any hearing test recently"],
    ["truck videos on the tablet", "his mom will book it"],
)

S(
    "ac_slp03_wife_notes_memory",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 10},
    [],
    "97129x1:GN,KX 97130x1:GN,KX",
    """
T: Hi George, hi Linda. How was the week?
P: Good. Busy.
C: He forgot his pills twice this week. And he asked me three times about the dentist.
P: I did not.
C: You did, honey. It's okay.
T: George, do you remember what we worked on last time?
P: The calendar. The notebook.
T: Yes! Did you use the notebook?
P: Some days.
C: Monday and Tuesday, then it sat in the car.
T: Okay. Any falls, headaches, changes in speech?
C: No, nothing like that.
T: Good. Today we'll work on the memory notebook and the pill box routine. George, here's a list of five errands. Read it and in a minute I'll ask you.
P: Bank, pharmacy, dry cleaner, gas, post office.
T: Now, without looking. What were they?
P: Bank, gas... pharmacy. Post office.
T: Four out of five with no cue. What's missing? Starts with dry.
P: Dry cleaner!
T: Good, with a phonemic cue. Now write them in the notebook under Thursday.
P: Done.
T: Now pill box. It's Wednesday evening. Which slot?
P: This one. Wednesday PM.
T: Correct. Next: it's Friday morning.
P: Friday AM. There.
T: Eight out of ten correct slots, two needed a verbal cue.
C: That's much better than at home.
T: Linda, at home try setting an alarm on his phone for the pills, with a label.
C: He hates his phone.
P: It's too small.
T: We'll make the font bigger. Okay, total cognitive work today was twenty-five minutes.
C: By the way, did you see that show about the hospital, the one with the doctor who can't remember? George loved it.
T: Ha, I haven't. Also, George's therapy spending is past the Medicare threshold for the year, and this is still medically necessary, so I'm using the KX modifier.
C: Okay, thank you.
T: Next time we'll practice the notebook for appointments, and Linda, keep a log of what he forgets.
C: I'll try.
""",
    [
        "forgot his pills twice|2 times",
        "asked me three times|3 times",
        "memory notebook",
        "pill box",
        "4/5|Four out of five",
        "phonemic cue",
        "8/10|Eight out of ten",
        "verbal cue",
        "alarm on his phone",
        "keep a log",
    ],
    ["Any falls, headaches, changes in speech"],
    ["the one with the doctor who can't remember", "George loved it"],
    kx=True,
    cog=25,
)

S(
    "ac_slp04_lisp_stickers",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi ava its miss tara ready for speech
p: yes can i have a sticker first
t: after the first game okay how was school
p: good we had pizza
c: she practiced a little this week not every day
t: thats fine any problems with her teeth or mouth
c: no nothing new
t: lets start with the snake sound tongue behind your teeth ssss
p: ssss
t: nice now the word sun
p: sun
t: sock
p: thock
t: oops tongue stayed out try again tongue in the cage
p: sock
t: yes sun sock soup ten words
p: sun sock soup sand sit six seal saw sip sell
t: you got eight out of ten
c: eight out of ten is good right
t: yes last week it was six at the word level with no cues
t: now sentences i see the sun
p: i thee the sun
t: one more try
p: i see the sun
t: good sentences were five out of ten with a visual cue of the mirror
p: can i have my sticker now
t: yes pick one
p: the unicorn
c: she watches unicorn cartoons all day
t: ha okay next game go fish with s words
p: do you have a sock
t: great
t: we did about thirty minutes of speech work today
c: what should we practice
t: the ten words every night and the mirror for sentences
c: okay
t: i will let the speech therapist know she is doing well
p: bye
""",
    [
        "snake sound",
        "tongue behind your teeth",
        "thock",
        "8/10|eight out of ten",
        "6|six at the word level",
        "5/10|five out of ten",
        "visual cue of the mirror",
        "go fish with s words",
        "the ten words every night|10 words",
    ],
    ["problems with her teeth or mouth"],
    ["we had pizza", "unicorn cartoons"],
)

S(
    "ac_slp05_choir_voice_frozen",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Martha, can you hear me okay?
P: Yes, I can hear you. Can you see me?
T: I see you. Your camera's a little dark, but that's fine. How's the voice?
P: Better, I think. Choir was Sunday and I didn't lose my voice after.
T: That's great. Any pain when you talk?
P: No, no pain.
T: Any throat clearing?
P: Less. Maybe five times a day instead of constantly.
T: Good. Let's start with the straw. Hum through the straw, slide up and down.
P: Mmmmm.
T: Martha, you froze. Are you there?
P: Can you hear me now? My internet went out for a second.
T: I've got you back. Let's start the straw again.
P: Mmmmm. Up and down.
T: Nice and easy. Now the sustained ah. As long as you can.
P: Ahhhhhhh.
T: Eighteen seconds. Last week was fourteen.
P: Eighteen!
T: Now sentences with the forward resonance. Say: many men make money.
P: Many men make... money.
T: You cut out again. Can you say that again?
P: Many men make money.
T: Good, much better. That buzz at the front of the face is what we want.
P: I feel it in my nose.
T: Exactly. Ten sentences, nine out of ten with good resonance and no cue.
P: Wow.
T: Your husband still singing the Sinatra?
P: Every night in the shower. Drives me nuts.
T: Ha. Okay, for practice: straw five minutes twice a day and the sentence list. Drink water, and no whispering.
P: No whispering, I remember.
T: Plan: next week we'll do singing scales with the straw.
P: Sounds good. If I freeze again I'll call.
T: Perfect, talk next week.
""",
    [
        "didn't lose my voice",
        "five times a day|5 times a day",
        "straw",
        "sustained ah",
        "18 seconds|Eighteen seconds",
        "14|fourteen",
        "many men make money",
        "9/10|nine out of ten",
        "no whispering",
        "twice a day|2x/day",
    ],
    ["pain when you talk"],
    ["Sinatra", "Drives me nuts"],
)

S(
    "ac_slp06_stutter_progress_call",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Darnell, progress note today. How's it going with the phone calls at work?
P: B-b-better. I made the... the call to the supplier myself on Monday.
T: That's big. How did it feel?
P: Scary, but I d-did it.
T: Any avoiding words this week, switching words?
P: Not since last week. I used to do it all the time.
T: Let's measure. Read this paragraph for me.
P: The rainbow is a division of white light into many beautiful colors.
T: Good. Now tell me about your weekend for two minutes.
P: We went to my cousin's... cookout. My aunt made ribs. We played spades all night.
T: Percent syllables stuttered today is four percent. At the start it was eleven percent.
P: Four, wow.
T: The blocks are shorter too, mostly under one second. At the start they were three or four seconds.
P: I feel like I can push through them now.
T: You're using the easy onset and pull-outs. I saw three pull-outs in that story.
P: Yeah, the cousin one.
T: Any tension in your neck, eye blinking?
P: No, not really. Not like before.
T: Your OASES score went from three point two to two point four.
P: Lower is good, right?
T: Lower is good. Goals: use easy onset in ninety percent of phone calls, partly met. Stuttering under five percent in conversation, met. Order at a restaurant independently, met.
P: I ordered at the taco place Friday.
T: Great. Plan: once a week for six more weeks, focus on phone calls and presentations.
P: I have to present at the staff meeting next month.
T: We'll practice that. Let's do a mock phone call now. Call me to order parts.
P: Hi, this is Darnell from Ace, I need, um, twelve brackets.
T: Nice easy onset. Good.
P: That felt okay.
T: Keep the phone call log, three calls a day.
P: Three, got it.
""",
    [
        "call to the supplier",
        "4 percent|four percent",
        "11 percent|eleven percent",
        "under one second|<1 second",
        "easy onset",
        "pull-outs",
        "OASES",
        "3.2|three point two",
        "2.4|two point four",
        "partly met",
        "once a week for six more weeks|1x/week for 6 weeks",
        "three calls a day|3 calls/day",
    ],
    ["avoiding words", "tension in your neck, eye blinking"],
    ["We played spades all night", "My aunt made ribs"],
)

S(
    "ac_slp07_swallow_back_to_steak",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
t: hi mister lang last visit today how is the eating going
p: good im eating pretty much everything again
c: he had a steak on his birthday
t: any coughing or choking with meals
p: nope nothing like that
c: not since last week and that was water gulped too fast
t: any chest infections or fevers
c: no none
t: great lets do a last check here is some water from a cup
p: easy
t: no cough voice is clear now a cracker
p: fine
t: good chewing no residue now mixed consistency the soup
p: yum
t: clear swallow lets do the exercises one more time the effortful swallow ten times
p: okay
t: and the chin tuck against resistance with the ball ten times
p: thats easy now
t: and the shaker exercise thirty seconds hold three times
p: my neck still hates that one
t: functional oral intake scale was three when we started now a seven
c: seven thats the best one right
t: yes full regular diet no restrictions goals eat regular diet safely met drink thin liquids without cough met
p: finally
c: he wants to go fishing this weekend
t: hes discharged from swallowing therapy keep doing the exercises three times a week for a month
p: three times a week okay
t: if you notice coughing or a fever call your doctor and us
c: will do
t: the weather should be nice for fishing
p: lets hope
t: bye take care
""",
    [
        "eating pretty much everything",
        "effortful swallow",
        "chin tuck against resistance",
        "shaker exercise",
        "30 seconds|thirty seconds",
        "functional oral intake scale",
        "three when we started|3",
        "now a seven|7",
        "full regular diet",
        "discharged from swallowing therapy",
        "three times a week for a month|3x/week",
    ],
    ["coughing or choking with meals", "chest infections or fevers"],
    ["go fishing this weekend", "weather should be nice"],
)
# ---------------------------------------------------------------------------------------------
# test: PT
# ---------------------------------------------------------------------------------------------

S(
    "ac_pt09_keeper_knee_dad",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 12},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
t: hi im sam the physical therapist youre maya and this is your dad
c: yep im rob shes fifteen she plays goalkeeper for the club team
t: so you had the acl reconstruction on the left knee
p: yeah five weeks ago hamstring graft
c: she tore it diving for a ball in the semifinal
t: ouch pain right now zero to ten
p: like a three after school its a four out of ten maybe a five
t: any calf pain or swelling in the calf
p: nope nothing like that
t: any giving way or locking
p: no not since the surgery
c: she did fall on the stairs at home last week but she caught the rail
p: dad that wasnt the knee i tripped on the dog
t: okay thats good to know lets measure knee extension is minus five
t: flexion is a hundred and fifteen degrees the other side is a hundred and forty
p: is minus five bad
t: we want zero you are close quad lag on the straight leg raise about ten degrees
t: quad set is fair she has a good contraction but its slow
t: gait with no crutches mild limp decreased knee bend on the left
c: when can she play again
t: usually nine months after surgery for cutting sports with testing first
p: nine months thats the whole season
c: shell be okay
t: this is a moderate complexity evaluation with school sports and the surgery
t: today we did quad sets straight leg raises heel slides and the bike about twenty reps two sets of ten that was twelve minutes of exercise
p: the bike felt weird
t: it will get easier goals full extension in two weeks walk without a limp in four weeks
t: plan twice a week for twelve weeks
c: did you watch the world cup qualifier last night
t: i caught the second half
c: her little brother cried when they lost
t: ha okay home program quad sets three times a day and heel slides
p: okay
t: see you thursday
""",
    [
        "shes fifteen|15 years old",
        "goalkeeper",
        "acl reconstruction on the left knee|ACL reconstruction",
        "hamstring graft",
        "four out of ten maybe a five|4-5/10",
        "minus five|-5",
        "a hundred and fifteen degrees|115 degrees",
        "a hundred and forty|140",
        "quad lag",
        "ten degrees|10 degrees",
        "mild limp",
        "two sets of ten|2 x 10",
        "twice a week for twelve weeks|2x/week for 12 weeks",
    ],
    ["calf pain or swelling in the calf", "giving way or locking"],
    ["world cup qualifier", "her little brother cried", "i tripped on the dog"],
)

S(
    "ac_pt10_knee_hearing_aids",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97110": 23, "97116": 10},
    [],
    "97110x1:GP,KX 97116x1:GP,KX",
    """
T: Good morning, Mr. Albrecht!
P: Eh? Morning.
T: I said GOOD MORNING. Do you have your hearing aids in today?
P: Only the left one. Right one's at the shop.
T: Okay, I'll stand on your left. How's the knee?
P: The knee? Not great. Stiff in the morning.
T: Pain, zero to ten?
P: What?
T: PAIN. ZERO TO TEN.
P: Oh. Three. Maybe four in the morning.
T: Any falls?
P: Falls? Nope. Not since I got the cane.
T: Good. Let's warm up on the bike. Ten minutes, I'll write it on the board for you.
P: Ten minutes, I can read that.
T: Now leg extensions. I'll show you first. Lift, hold, down.
P: Like this?
T: Slower. SLOWER. Good. Two sets of ten.
P: Two sets of ten, okay.
T: Now step-ups on the small step. Hand on the rail.
P: Which leg first?
T: Watch me. RIGHT leg up. Then left.
P: Got it.
T: Exercise today was twenty-three minutes in all. I repeated the instructions and demonstrated each one, he followed after the demonstration.
P: What'd you say?
T: I SAID YOU DID GREAT.
P: Ha! Thanks.
T: Now let's walk with the cane in the hall, outside to the parking lot and back, and the curb.
P: The curb's the part I hate.
T: Cane down first, then the bad knee, then the good one. Nice. Walking was ten minutes.
P: My daughter says I should get new hearing aids. They cost a fortune.
T: Mr. Albrecht, one more thing. You're past the Medicare therapy threshold, so I'm adding the KX modifier. Your therapy is still medically necessary, your walking is still unsafe on curbs.
P: Okay, fine by me.
T: Knee bend is ninety-five degrees today, up from eighty-five.
P: Ninety-five, okay.
T: Next time we'll do the stairs. Bring the right hearing aid if it's back.
P: If the shop's done. They said Friday.
""",
    [
        "hearing aids",
        "3-4/10|Three. Maybe four",
        "leg extensions",
        "2 x 10|Two sets of ten",
        "step-ups",
        "repeated the instructions",
        "demonstrated each",
        "cane in the hall",
        "cane down first",
        "95 degrees|ninety-five degrees",
        "85|eighty-five",
        "unsafe on curbs",
    ],
    ["Any falls"],
    ["They cost a fortune", "They said Friday"],
    kx=True,
)

S(
    "ac_pt11_back_spasm_switch",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97140": 13, "97530": 8},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hey derek its nina your pta today whoa you are walking bent over
p: yeah my back locked up last night picking up my kid
t: okay sit down how bad
p: seven out of ten maybe an eight when i move
t: any numbness in the legs or groin
p: nope nothing like that
t: any trouble with the bathroom
p: no no problems
t: any pain down the leg
p: not since last week this is just the back
t: okay so the plan today was the deadlifts and the kettlebell work not happening today
p: good because i cant
t: lets do some soft tissue and gentle mobilization to calm the spasm lie on your side with the pillow
p: ahh thats the spot
t: breathe out okay that manual part was thirteen minutes
t: now lets practice how to get in and out of bed log roll and how to pick up your son from the floor without bending like that
p: he is twenty eight pounds
t: squat hold him close breathe out when you lift lets try with the sandbag
p: oh that feels way better than how i did it
t: good and the car getting in and out the same idea that practice was eight minutes separate from the manual
p: okay
t: pain now
p: five out of ten
t: better standing straighter too
p: my wife is going to laugh i looked like an old man this morning
t: ha any plans for the weekend
p: we were going to the lake but probably not now
t: walking is good short walks every hour ice or heat whatever feels better
p: heat feels better
t: i will let your pt know and if anything goes down your legs or the bathroom changes go to the er
p: got it
t: see you friday
p: thanks nina
""",
    [
        "locked up last night",
        "picking up my kid",
        "seven out of ten maybe an eight|7-8/10",
        "soft tissue",
        "gentle mobilization",
        "log roll",
        "twenty eight pounds|28 lb",
        "sandbag",
        "five out of ten|5/10",
        "standing straighter",
        "short walks every hour",
    ],
    ["numbness in the legs or groin", "trouble with the bathroom", "pain down the leg"],
    ["going to the lake", "my wife is going to laugh"],
    has59=True,
)

S(
    "ac_pt12_standing_blood_pressure",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97116": 7, "97110": 6},
    [],
    "97116x1:GP,CQ,KX",
    """
T: Hi Mrs. Chambers, it's Leo. How are you today?
P: A bit woozy, honey. They changed my water pill on Monday.
T: Okay, let's check your blood pressure sitting first. One thirty-eight over seventy-eight, pulse eighty.
P: That's normal for me.
T: Now standing. Hold the walker. How do you feel?
P: Okay.
T: One twenty-two over seventy. A small drop, you're okay to walk.
P: Good, let's go.
T: Walk with me in the hall with the walker. Nice and tall.
P: My legs feel heavy today.
T: Take your time. Turn around at the door.
P: Ooh, I'm seeing spots.
T: Sit right here. Sit. Let me check. Ninety-eight over sixty standing, and you're pale.
P: Am I going to faint?
T: You're sitting, you're safe. Any chest pain?
P: No, no chest pain.
T: Any trouble breathing?
P: No.
T: Okay, legs up, sip some water. Walking was seven minutes.
P: I'm sorry.
T: Nothing to be sorry for. Before the walk we did the seated exercises, ankle pumps, marches, about twenty reps, two sets of ten, six minutes.
P: Those were easy.
T: Recheck sitting, one twenty over seventy-two. Better. I'm going to stop here for today. It's not safe to push with that drop.
P: Okay.
T: I'll call your doctor's office about the water pill and tell your PT. And stand up slowly at home, count to ten before you walk.
P: Count to ten, alright.
T: Your therapy costs have gone past the Medicare threshold for this year, and your PT says it's still medically necessary because of your falls, so I'm using the KX modifier.
P: Okay, dear.
T: Is your son picking you up?
P: Yes, he's parking. He works at the hospital so he knows all about this.
T: Good. No falls this week?
P: Nope, not since last week. The rug's gone now.
T: Good. Let's try again Wednesday.
""",
    [
        "woozy",
        "water pill",
        "138/78|One thirty-eight over seventy-eight",
        "122/70|One twenty-two over seventy",
        "seeing spots",
        "98/60|Ninety-eight over sixty",
        "pale",
        "ankle pumps",
        "2 x 10|two sets of ten",
        "120/72|one twenty over seventy-two",
        "stop here for today",
        "count to ten before you walk|count to 10",
    ],
    ["Any chest pain", "Any trouble breathing", "No falls this week"],
    ["He works at the hospital"],
    kx=True,
)

S(
    "ac_pt13_dizzy_after_virus",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97112": 10},
    ["97161"],
    "97161x1:GP 97112x1:GP",
    """
T: Hi, I'm Jordan. You're Mrs. Ostrowski? Your doctor sent you for dizziness.
P: Yes. Three weeks ago I had a bad flu, and then I woke up and the room was spinning for two days.
T: Is it still spinning?
P: No, now it's more off-balance. When I turn my head fast or in the grocery aisles.
T: Any hearing loss, ringing in the ears?
P: No, nothing like that.
T: Any double vision, trouble swallowing, numbness in the face?
P: No. None of that.
T: Headaches?
P: Not since last week.
T: Any falls?
P: Nearly, once, in the shower. I grabbed the towel bar.
T: Okay. Let's check your eyes. Follow my finger. Now I'll turn your head quickly, keep looking at my nose.
T: Head impulse test is positive to the left, a catch-up saccade.
P: What does that mean?
T: The balance nerve on the left side is weaker, probably from the virus. Vestibular neuritis.
T: Let's check for crystals. Lie back quickly. Dix-Hallpike negative on both sides, so this isn't the crystals.
P: Good, I read about that.
T: Dynamic visual acuity drops three lines with head movement.
T: Standing on foam with eyes closed you lasted eight seconds.
P: That was awful.
T: Dizziness handicap inventory is forty-six.
T: This is a low complexity evaluation: one problem, healthy otherwise, stable.
T: I taught you the gaze stabilization, the x one exercise, and the standing balance with feet together, about ten minutes of balance work.
P: Makes me a bit queasy.
T: That's expected, a little is okay. Do it three times a day, one minute each.
P: My husband's been driving me everywhere. He's not thrilled, he misses his golf.
T: Ha. Goals: stand on foam eyes closed thirty seconds, return to driving, DHI under twenty.
P: I'd love to drive again.
T: Plan: twice a week for six weeks.
P: Thank you.
""",
    [
        "bad flu",
        "room was spinning for two days|spinning 2 days",
        "off-balance",
        "grocery aisles",
        "towel bar",
        "head impulse test is positive to the left",
        "vestibular neuritis",
        "Dix-Hallpike negative",
        "three lines|3 lines",
        "eight seconds|8 seconds",
        "forty-six|46",
        "x one exercise|X1",
        "three times a day|3x/day",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["hearing loss, ringing in the ears", "double vision, trouble swallowing"],
    ["he misses his golf"],
)

S(
    "ac_pt14_knee_lag_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "test",
    {"97110": 18, "97140": 8},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Hi Bernard, it's progress note day, visit ten since your knee replacement.
P: Already? Time flies.
T: How's the knee?
P: Better. Four out of ten, maybe a five after the stairs.
T: And at the start it was?
P: Eight, easy.
T: Any fevers, redness around the incision?
P: Nope, nothing like that.
T: Calf pain?
P: No.
T: Okay, lie back. Extension is minus fifteen. Hmm. It was minus twelve last time.
P: Is that worse?
T: A little worse. Let me check again after we warm up.
P: I've been sleeping with a pillow under my knee.
T: That's probably why. No pillow under the knee, please.
P: My wife says the same thing.
T: Flexion is a hundred and eight degrees, up from eighty-five.
T: Quad strength four minus over five.
T: Let me do some joint mobilization to the knee to work on the straightening. Eight minutes.
P: Oof.
T: Recheck: extension minus eight after the mobilization.
P: Better!
T: Now exercise: bike, terminal knee extension with band, step-ups, about twenty reps, two sets of ten. Eighteen minutes.
P: The step-ups are tough.
T: Six minute walk today, three hundred ninety meters. At the start it was two hundred twenty.
P: Felt good.
T: Goals: flexion one hundred ten, almost met. Full extension, not met. Walk a quarter mile without the cane, met.
P: I'd like to get back to bowling.
T: Let's get the straightening first. Plan: twice a week for four more weeks.
P: Okay. Did you see that storm last night? Took out our fence.
T: Oh no. Prone hangs at home, five minutes, three times a day.
P: Prone hangs, okay.
""",
    [
        "knee replacement",
        "four out of ten, maybe a five|4-5/10",
        "minus fifteen|-15",
        "minus twelve|-12",
        "pillow under my knee",
        "a hundred and eight degrees|108 degrees",
        "85|eighty-five",
        "four minus over five|4-/5",
        "joint mobilization",
        "minus eight|-8",
        "two sets of ten|2 x 10",
        "three hundred ninety meters|390 m",
        "two hundred twenty|220",
        "prone hangs",
    ],
    ["fevers, redness around the incision", "Calf pain"],
    ["Took out our fence", "back to bowling"],
)

S(
    "ac_pt15_forklift_back_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 20, "97112": 9},
    ["97164"],
    "97164x1:GP 97110x1:GP 97112x1:GP",
    """
t: hi andre re evaluation today its been thirty days how are you doing
p: pretty good the back is better i went back to light duty last week
t: what are you doing at light duty
p: driving the forklift mostly no lifting over twenty pounds
t: pain zero to ten
p: like a two at work three after a long shift
t: any leg pain or numbness
p: nope not since last week
t: bowel or bladder changes
p: no nothing like that
t: good lumbar flexion is fingertips to mid shin extension is full with no pain
t: straight leg raise negative both sides
t: oswestry today is eighteen percent it was forty two percent at the start
p: thats a lot better
t: it is floor to waist lift today you did forty pounds safely with good form
p: forty is what i need for full duty is fifty
t: right goal is fifty so not met yet
t: single leg balance right twenty seconds left twelve
p: the left is the bad side
t: yes lets do the work circuit deadlift with the kettlebell box carries about twenty reps two sets of ten plus the sled push that was twenty minutes
p: im sweating
t: then balance on the foam single leg reaching for the cones nine minutes
p: the cones are hard on the left
t: you did better at the end goals lift fifty pounds not met balance left twenty seconds not met pain under three met
p: when can i go to full duty
t: two more weeks twice a week then we test again
p: my supervisor keeps asking
t: i will send him the report
p: did you see the game last night
t: no i fell asleep
p: we won in overtime
t: nice ha okay see you tuesday
""",
    [
        "light duty",
        "forklift",
        "no lifting over twenty pounds|20 lb",
        "two at work three after a long shift|2-3/10",
        "fingertips to mid shin",
        "straight leg raise negative",
        "oswestry today is eighteen percent|18%",
        "forty two percent|42%",
        "forty pounds|40 lb",
        "right twenty seconds left twelve|20 s / 12 s",
        "two sets of ten|2 x 10",
        "foam single leg",
        "twice a week|2x/week",
    ],
    ["leg pain or numbness", "bowel or bladder changes"],
    ["we won in overtime", "my supervisor keeps asking"],
)

S(
    "ac_pt16_ankle_plate_final",
    "PT",
    "discharge",
    "PT",
    "cms",
    "test",
    {"97110": 15, "97116": 9},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Hi Corinne, last visit! How's the ankle with the plate?
P: Good! I walked the whole zoo with my nieces on Saturday.
T: Pain?
P: Four out of ten, maybe a five by the end of the zoo. Now it's a one.
T: Any swelling?
P: A little at night, not much.
T: Any numbness around the scar?
P: No, nope, nothing like that.
T: Let's measure. Dorsiflexion twelve degrees, the other side fifteen.
T: Plantarflexion forty degrees. Calf raises, twenty single leg on the right, twenty-five on the left.
P: I couldn't do one when I started.
T: Nope. Single leg balance thirty seconds.
T: Exercise today: calf raises, band, lunges, the step downs. That was ten minutes.
P: The step downs still feel a bit shaky.
T: Then we walked outside on the grass and the ramp and did the stairs with no rail, nine minutes.
P: The ramp down is the worst.
T: Lower extremity functional scale is sixty-eight out of eighty, it was twenty-two.
P: Wow.
T: Goals: walk a mile without pain, met. Stairs without a rail, met. Return to hiking, partly met, short trails only.
P: I'm going to the mountains in August.
T: Keep the program three times a week. Wear the lace-up brace on trails for now.
P: Okay.
T: Okay, let me dictate the summary. Corinne, discharge visit. Correction: therapeutic exercise was fifteen minutes, not ten, I forgot the bike warm-up at the start. Gait training nine minutes. Pain four to five over ten at worst, one over ten at rest. Goals met except hiking, partly met. Discharged to home program.
P: I forgot about the bike too.
T: It counts. Any questions?
P: No. Thank you for everything. My brother says hi, he was here for his shoulder last year.
T: Tell him hi back. Take care!
P: Bye! See you around.
T: Not too soon, I hope. Bye!
P: Ha, bye!
""",
    [
        "walked the whole zoo",
        "Four out of ten, maybe a five|4-5/10",
        "it's a one|1/10",
        "12 degrees|Dorsiflexion twelve degrees",
        "Plantarflexion forty degrees|40 degrees",
        "twenty single leg on the right|20",
        "Single leg balance thirty seconds|30 seconds",
        "on the grass and the ramp",
        "sixty-eight out of eighty|68/80",
        "twenty-two|22",
        "partly met",
        "lace-up brace on trails",
        "Discharged to home program",
    ],
    ["numbness around the scar"],
    ["That was ten minutes", "he was here for his shoulder last year", "going to the mountains in August"],
)
# ---------------------------------------------------------------------------------------------
# test: OT
# ---------------------------------------------------------------------------------------------

S(
    "ac_ot08_knuckles_swollen_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97760": 10},
    ["97166"],
    "97166x1:GO 97760x1:GO",
    """
t: hi im rachel your occupational therapist you are carmen
p: yes thats me
t: your rheumatologist sent you for your hands rheumatoid arthritis right
p: yes for twelve years now but the last two months the hands are worse
t: what is hard for you right now
p: opening jars buttons cutting meat and i work at the bank typing all day
t: morning stiffness how long
p: about an hour maybe more on cold days
t: pain zero to ten
p: six out of ten in the knuckles
t: any numbness or tingling
p: nope nothing like that
t: any fevers or feeling sick
p: no not since the new medicine
t: okay lets look swelling at the knuckles on both hands right worse than left
t: ulnar drift starting on the right hand about fifteen degrees
t: grip right twenty two pounds left thirty
t: pinch right six pounds left eight
p: those numbers seem low
t: they are low for your age but we can work with it
t: the quickdash score is fifty two
t: this is a moderate complexity evaluation with the joint changes and work demands
t: i made you resting hand splints for night to protect the joints fitting and teaching took ten minutes
p: they feel snug
t: snug is good not tight if your fingers get numb loosen the strap
p: my daughter wants me to try the gloves from the tv ad
t: compression gloves can help we can talk about it next time
p: and it has been raining all week so my hands hate me
t: goals open jars with adaptive opener type four hours with less pain
t: plan once a week for six weeks joint protection and adaptive equipment
p: okay
t: and bring your work keyboard photo next time
p: i will
""",
    [
        "rheumatoid arthritis",
        "opening jars",
        "about an hour|1 hour",
        "six out of ten|6/10",
        "swelling at the knuckles",
        "ulnar drift",
        "fifteen degrees|15 degrees",
        "twenty two pounds|22 lb",
        "thirty|30",
        "six pounds|6 lb",
        "quickdash score is fifty two|QuickDASH 52",
        "resting hand splints",
        "once a week for six weeks|1x/week for 6 weeks",
    ],
    ["numbness or tingling", "fevers or feeling sick"],
    ["gloves from the tv ad", "raining all week"],
)

S(
    "ac_ot09_beam_wrist_mom",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97110": 9},
    ["97165"],
    "97165x1:GO 97110x1:GO",
    """
T: Hi, I'm Anh, the occupational therapist. You're Sophie? And mom?
C: Yes, I'm Denise. Sophie's fourteen, she fell off the beam at gymnastics.
P: Broke my wrist. The cast came off Monday.
T: Left or right?
P: Right. I'm right-handed.
T: How's the pain today, zero to ten?
P: Like a two. Four out of ten when I try to push up.
T: Any numbness in your fingers?
P: Nope.
T: Any swelling?
C: A little in the evening. Not bad.
T: Okay, let's measure. Wrist extension thirty degrees, flexion thirty-five. The left side is seventy and eighty.
P: It's so stiff.
T: Six weeks in a cast does that. Supination sixty degrees, pronation seventy.
T: Grip is fifteen pounds on the right, forty-five on the left.
C: When can she go back to the gym?
T: Probably about eight to ten weeks for weight bearing on the hands, depending on the doctor.
P: Regionals are in April.
T: Let's focus on getting you there safely. Can you write at school?
P: Yeah, but my hand gets tired after like a page.
T: That's common. This is a low complexity evaluation, one problem, healthy otherwise.
T: Today I taught you the wrist active range, the tendon glides, and the putty squeezes. That was nine minutes.
P: The putty is weird.
C: Can she use her phone? She's on it all day.
T: Ha. Typing is fine, it's actually good exercise.
P: See, Mom.
T: Goals: wrist extension sixty degrees in four weeks, write a full page without fatigue, return to gymnastics.
C: How often?
T: Twice a week for six weeks. Do the home program three times a day.
P: Okay.
C: Thank you so much. Her coach will be happy.
""",
    [
        "fourteen|14 years old",
        "fell off the beam",
        "Like a two|2/10",
        "Four out of ten when I try to push up|4/10",
        "thirty degrees|30 degrees",
        "flexion thirty-five|35",
        "Supination sixty degrees|60",
        "pronation seventy|70",
        "fifteen pounds|15 lb",
        "forty-five|45",
        "gets tired after like a page",
        "tendon glides",
        "Twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["numbness in your fingers"],
    ["Regionals are in April", "She's on it all day", "Her coach will be happy"],
)

S(
    "ac_ot10_pen_grip_practice",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 16, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Hi Mr. Reyes, it's Kelly, your OT assistant. How's the writing going?
P: Slow. But I wrote a birthday card to my granddaughter.
T: That's wonderful! Any pain in the right hand?
P: No, no pain.
T: Any new numbness or weakness since last week?
P: Nope, nothing like that.
T: Okay. Let's start with the warm-up. Pick up the coins and put them in the slot.
P: The small ones are hard.
T: Take your time. Good. Now let's write. Your name, then your address.
P: Manuel Reyes. 4-2-1... Maple Street.
T: Nice. You're using the built-up pen. Letters are more even today. I'd say eight out of ten letters are legible.
P: Last time it was half.
T: Five out of ten, yes. Now let's do the real thing: fill out this bank deposit slip.
P: I hate these.
T: Me too. Slow down at the numbers.
P: There.
T: Good. Now the grocery list on the lined paper with the slant board.
P: Milk, eggs, bread, tortillas, coffee.
T: That's great. That writing and the deposit slip practice was sixteen minutes.
P: My hand is tired.
T: Shake it out. Now let's go over the setup at home: where you sit, the lamp on the left, the slant board, and resting your hand every five minutes.
P: Every five minutes?
T: Yes. And the stretch for your fingers before you write.
P: Okay.
T: That teaching was ten minutes, separate from the writing.
P: My wife wants to know when I can sign checks again.
T: Soon. Also, your OT costs passed the Medicare threshold this year, and your therapist says it's still medically necessary, so we add the KX modifier.
P: Fine.
T: Next time we'll practice signing checks.
P: Good. My son's coming from Texas this weekend, I want to write him a note.
T: Perfect practice. See you Thursday.
""",
    [
        "birthday card",
        "coins",
        "built-up pen",
        "eight out of ten letters|8/10",
        "Five out of ten|5/10",
        "bank deposit slip",
        "slant board",
        "grocery list",
        "lamp on the left",
        "every five minutes|every 5 minutes",
    ],
    ["pain in the right hand", "new numbness or weakness"],
    ["coming from Texas this weekend"],
    kx=True,
    has59=True,
)

S(
    "ac_ot11_tendon_sheet_review",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 10, "97140": 12},
    [],
    "97110x1:GO,CO 97140x1:GO,CO",
    """
t: hi lauren its jess from ot how is the finger
p: okay i brought the paper you gave me with the exercises
t: great lets look at it together which ones are you doing
p: the blocking ones and the fist one but the hook fist i wasnt sure about
t: number three lets try it show me
p: like this
t: bend just the top two joints keep the knuckles straight
p: oh that is different
t: yes that is the hook fist how is the pain
p: two out of ten maybe a three after work
t: any numbness in the tip of the finger
p: nope not since last week it came back
t: any redness or drainage from the scar
p: no its healed
t: good lets measure the pip bends to eighty degrees the dip forty five
p: is that better
t: the pip was sixty last time so yes
t: lets do scar massage and some gentle joint mobilization twelve minutes
p: the scar is still bumpy
t: the massage helps that now lets do the exercises from the sheet blocking hook fist full fist about twenty reps two sets of ten ten minutes
p: my finger is tired
t: i am writing on your sheet cross out the tabletop and add the putty pinch
p: okay
p: did you see the new cooking show with the french guy
t: no i have not whats it called
p: i forget my husband picks the shows
t: okay keep the splint on at night still
p: how much longer
t: your therapist will decide next week
p: okay see you then
""",
    [
        "paper you gave me",
        "hook fist",
        "bend just the top two joints|2 distal joints",
        "two out of ten maybe a three|2-3/10",
        "pip bends to eighty degrees|PIP 80 degrees",
        "dip forty five|DIP 45",
        "sixty last time|60",
        "scar massage",
        "two sets of ten|2 x 10",
        "putty pinch",
        "splint on at night",
    ],
    ["numbness in the tip of the finger", "redness or drainage"],
    ["cooking show with the french guy", "my husband picks the shows"],
)

S(
    "ac_ot12_frozen_shoulder_bra",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97140": 8, "97530": 20},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi Mrs. Greenberg, how's the shoulder?
P: Still stiff. I couldn't do my bra by myself this week, my husband had to help.
T: Frustrating. Pain zero to ten?
P: Three at rest. Seven when I reach behind.
T: Any numbness in the arm?
P: No.
T: Any pain waking you up?
P: Not since last week. The new pillow helps.
T: Let's measure. Flexion a hundred and twenty, external rotation twenty-five, internal rotation to the back pocket.
P: That's where it stops.
T: Let's start with some joint mobilization and soft tissue to loosen it. Eight minutes of manual.
P: Oh, that's tight.
T: Breathe. Okay. Now separate block: functional tasks. Let's do the bra practice with the front-hook bra first.
P: Front hook, I didn't think of that.
T: Hook in front, spin it around, then arms in. Try it.
P: Oh, I can do that.
T: Now the zipper on the back of the dress with the zipper pull.
P: The string thing?
T: Yes. And reaching to the top shelf in the kitchen for the mugs, then washing your hair with the long-handled sponge.
P: My hair is the worst.
T: Those functional activities were twenty minutes.
P: My daughter's wedding is in three weeks and I have a dress with a zipper.
T: Then the zipper pull is your best friend.
P: Ha!
T: Any swelling in the hand after the mugs?
P: No, none.
T: Good. Home: the front-hook bra, the zipper pull, and the wall climbs three times a day.
P: Wall climbs, yes.
T: Next time we'll try the regular bra behind the back.
P: I'll believe it when I see it.
T: You'll get there.
""",
    [
        "couldn't do my bra by myself",
        "Three at rest|3/10",
        "Seven when I reach behind|7/10",
        "a hundred and twenty|120 degrees",
        "external rotation twenty-five|25",
        "back pocket",
        "joint mobilization and soft tissue",
        "front-hook bra",
        "zipper pull",
        "long-handled sponge",
        "wall climbs three times a day|3x/day",
    ],
    ["numbness in the arm", "pain waking you up", "swelling in the hand"],
    ["daughter's wedding is in three weeks", "I'll believe it when I see it"],
    has59=True,
)

S(
    "ac_ot13_lupus_energy_progress",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97530": 14, "97110": 10},
    [],
    "97530x1:GO 97110x1:GO",
    """
t: hi tanya progress report today how have you been
p: up and down i had a flare two weeks ago but im better now
t: any fevers or rashes this week
p: nope nothing like that
t: joint pain zero to ten
p: three out of ten maybe a four in the mornings
t: how is the fatigue
p: i can do the laundry now if i split it in two days
t: thats the energy conservation working
t: lets check grip right thirty eight pounds left thirty five
p: at the start it was like twenty
t: twenty four and twenty yes
t: the copm performance went from three to six satisfaction from two to seven
p: thats good right
t: very good lets do the cooking task make a salad sitting on the stool
p: chopping the peppers is tiring
t: use the rocker knife pace yourself rest breaks after five minutes
t: cooking task was fourteen minutes with one rest break
p: my legs are tired
t: now the hand exercises putty and the finger spreads two sets of fifteen ten minutes
p: the putty is getting easier
t: goals laundry without rest met cook a simple meal partly met return to part time work not met yet
p: my boss keeps calling me
t: we will get there plan once a week for four more weeks
p: okay
t: any numbness in the fingers in the cold
p: no not this month
t: okay good keep wearing gloves outside
p: my sister sent me those heated ones
t: nice
p: and the snow tomorrow i am not going anywhere
t: good rest
""",
    [
        "flare two weeks ago|2 weeks ago",
        "three out of ten maybe a four|3-4/10",
        "laundry",
        "split it in two days|2 days",
        "thirty eight pounds|38 lb",
        "thirty five|35",
        "twenty four|24",
        "copm performance went from three to six|COPM 3 to 6",
        "satisfaction from two to seven|2 to 7",
        "rocker knife",
        "one rest break|1 rest break",
        "two sets of fifteen|2 x 15",
        "partly met",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["fevers or rashes", "numbness in the fingers"],
    ["my sister sent me those heated ones", "the snow tomorrow"],
)

S(
    "ac_ot14_crushed_hand_back_to_work",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "test",
    {"97530": 20, "97110": 7},
    [],
    "97530x1:GO",
    """
T: Ray, last day! Ready to go back to the shop?
P: More than ready. My foreman wants me Monday.
T: How's the hand?
P: Good. Maybe a one after a long day. Zero now.
T: Any numbness in the fingers?
P: Nope, not since last week.
T: Any swelling after work tasks?
P: No, none.
T: Let's do the final numbers. Grip right eighty-two pounds, left ninety.
P: When I came it was what, twenty?
T: Twenty-one. Pinch eighteen pounds on the right.
T: Purdue pegboard is within normal for your age.
P: Good.
T: Let's do your work simulation one more time. The impact wrench, the bolt board, and carrying the toolbox, thirty pounds.
P: The wrench is fine now. No shaking.
T: Now the ladder with the toolbox and the overhead bolts.
P: Overhead is tiring, but okay.
T: You did the whole circuit without rest. That was twenty minutes.
T: Then the stretches and the putty, seven minutes.
P: I'll keep the putty in the truck.
T: Good. Goals: grip eighty percent of the other side, met. Use the impact wrench eight hours, met. Carry thirty pounds, met.
P: Can I still come if it hurts?
T: Call us. You'd need a new prescription.
P: Okay. My wife says thank you too. She's tired of opening my beer.
T: Ha! Any questions?
P: Should I wear the glove at work?
T: Yes, the padded glove with the wrench for the first month.
P: Okay.
T: Home program three times a week. You're discharged to full duty.
P: Thanks for everything.
T: Take care, Ray. Tell the guys at the shop hi.
P: Will do. They're all asking about the Steelers game though.
T: Ha, not my team.
""",
    [
        "My foreman wants me Monday",
        "Maybe a one|1/10",
        "eighty-two pounds|82 lb",
        "left ninety|90",
        "Twenty-one|21",
        "Pinch eighteen pounds|18 lb",
        "Purdue pegboard",
        "impact wrench",
        "toolbox, thirty pounds|30 lb",
        "without rest",
        "padded glove",
        "discharged to full duty",
    ],
    ["numbness in the fingers", "swelling after work tasks"],
    ["She's tired of opening my beer", "Steelers game"],
)
# ---------------------------------------------------------------------------------------------
# test: SLP
# ---------------------------------------------------------------------------------------------

S(
    "ac_slp08_son_feeds_dad",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
t: hi im nora the speech therapist you are mister fontaine and you are his son
c: yeah im luc i do most of his meals since mom passed
t: im sorry to hear that what are you seeing when he eats
c: he coughs with soup and thin stuff and the other night he choked on a piece of pork
p: it went down the wrong way
t: any pneumonia in the last year
c: nope nothing like that
t: any weight loss
c: no his weight is steady
t: okay mister fontaine can you say ah
p: ahhh
t: voice is a bit hoarse and weak tongue strength is reduced cough is weak
t: luc can you feed him like you do at home here is some pudding
c: okay here dad
t: i notice you give the next bite before he swallows wait for the swallow watch his throat go up
c: oh i never noticed that
t: now thin water from a cup
p: cough cough
t: cough after two of three sips lets try a straw no lets try the cup with chin down
p: better
t: no cough with chin tuck three of three okay lets try a soft cracker
p: its okay
t: he needs two swallows per bite some residue on the tongue
t: so my impression is mild to moderate oral pharyngeal dysphagia
c: what should he eat
t: soft and bite sized iddsi level six thin liquids with chin tuck small sips by cup no straws
c: got it no straws
t: and i want a video swallow study to look closer
c: okay his doctor can order it
t: plan twice a week for four weeks exercises and training you
c: he likes the cooking channel maybe ill learn some soft recipes
t: good idea
p: thank you
""",
    [
        "coughs with soup and thin stuff",
        "choked on a piece of pork",
        "voice is a bit hoarse",
        "tongue strength is reduced",
        "cough is weak",
        "give the next bite before he swallows",
        "cough after two of three sips|2/3 sips",
        "no cough with chin tuck three of three|3/3",
        "two swallows per bite|2 swallows",
        "oral pharyngeal dysphagia|oropharyngeal dysphagia",
        "iddsi level six|IDDSI 6",
        "no straws",
        "video swallow study",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["any pneumonia in the last year", "any weight loss"],
    ["since mom passed", "he likes the cooking channel"],
)

S(
    "ac_slp09_teacher_hoarse_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hi, I'm Olivia, the speech-language pathologist. You're Mr. Haddad?
P: Yes. My voice is shot. I teach seventh grade and by Friday I can barely talk.
T: How long has this been going on?
P: Since September. Four months.
T: Any pain when you talk or swallow?
P: A little ache by the end of the day. No trouble swallowing.
T: Any heartburn, acid coming up?
P: Nope, nothing like that.
T: Do you smoke?
P: Never.
T: How much water do you drink?
P: Coffee mostly. Three cups. Maybe one water.
T: Okay. The ENT scope report says bilateral vocal fold nodules, small.
P: That's what they told me.
T: Let's hear your voice. Say ah as long as you can.
P: Ahhhhhh.
T: Maximum phonation time twelve seconds. Now count to ten.
P: One, two, three, four, five, six, seven, eight, nine, ten.
T: Voice is rough and breathy, a bit strained. S/Z ratio is one point six.
P: Is that bad?
T: Over one point four suggests something on the folds, which fits the nodules.
T: Your Voice Handicap Index is fifty-eight.
P: My wife says I sound like a frog. She's been making me tea with honey.
T: Ha. Recommendations: voice therapy once a week for eight weeks, a voice amplifier in class, water, and less coffee.
P: Less coffee. Hmm.
T: And no yelling at the kids in the gym.
P: I coach the basketball team too.
T: Then the whistle is your best friend.
P: Fair enough.
T: Try this: hum gently, mmm, then into a word. Mmm-me.
P: Mmm-me. Oh, that's easier.
T: That's resonant voice. We'll build on it. Any questions?
P: Will I need surgery?
T: Most nodules get better with therapy. Let's see in eight weeks.
""",
    [
        "seventh grade",
        "Four months|4 months",
        "ache by the end of the day",
        "bilateral vocal fold nodules",
        "twelve seconds|12 seconds",
        "rough and breathy",
        "one point six|1.6",
        "Voice Handicap Index",
        "fifty-eight|58",
        "once a week for eight weeks|1x/week for 8 weeks",
        "voice amplifier",
        "resonant voice",
        "Three cups|3 cups",
    ],
    ["trouble swallowing", "heartburn, acid coming up", "Do you smoke"],
    ["She's been making me tea with honey", "I sound like a frog"],
)

S(
    "ac_slp10_wife_says_repeats",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 5},
    [],
    "97129x1:GN,KX",
    """
T: Hi Harold, hi Joan. How's the week been?
P: Fine. Same old.
C: He's been repeating stories. He told our neighbor about the fishing trip three times in one visit.
P: It's a good story.
C: And he missed the bill payment. The electric company called.
T: Thanks, Joan. Harold, do you remember the plan for bills?
P: The... the folder? The red folder.
T: Yes, the red folder. Has he been using it?
C: Not really. It's on the counter under the mail.
T: Any new confusion at night, wandering, falls?
C: No, nothing like that.
T: Good. Let's practice. Harold, here are three bills. Which one is due first?
P: This one. The water. The fifteenth.
T: Correct. Now write the due dates on the calendar.
P: Water, fifteenth. Phone, twentieth. Electric, the... twenty-second.
T: Three out of three, independent. Now put them in the red folder in order.
P: Done.
T: Now a story recall. I'll read you a short story and ask questions.
P: Okay.
T: What did the woman buy at the store?
P: Eggs and... bread? And flowers.
T: Two of three details with no cue, and the third with a choice cue. Five minute delayed recall, four of six details.
C: That's better than at home.
T: It helps that it's quiet here. Joan, at home, one reminder per day, same time, after breakfast. Bills on Monday mornings.
C: Okay. Monday mornings.
T: Today's cognitive work was twenty minutes; we started late because the elevator was out.
C: Those stairs were a workout. My knee is killing me.
T: I'm sorry. Harold, last thing. Your therapy spending is past the Medicare threshold for this year, and this is still medically necessary, so I'm using the KX modifier.
P: Whatever you say.
T: Next time we'll do the phone calendar reminders.
C: He won't like that.
P: I don't like phones.
T: We'll go slow. See you Thursday.
""",
    [
        "repeating stories",
        "three times in one visit|3 times",
        "missed the bill payment",
        "red folder",
        "3/3|Three out of three",
        "Two of three details|2/3",
        "choice cue",
        "four of six details|4/6",
        "one reminder per day|1 reminder",
        "Monday mornings",
    ],
    ["confusion at night, wandering, falls"],
    ["the elevator was out", "My knee is killing me", "He won't like that"],
    kx=True,
    cog=20,
)

S(
    "ac_slp11_rabbit_r_practice",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi jayden its mister kyle ready for our r words
p: yeah can we play the dinosaur game
t: after we practice how was school
p: good we had a fire drill
c: he practiced three nights this week
t: great any ear problems or colds lately
c: nope nothing like that
t: okay lets warm up the growly tiger sound rrr
p: rrr
t: tongue back and up good now rabbit
p: wabbit
t: try again tongue back like the tiger
p: rrrabbit
t: nice rabbit red run road rain ten words
p: rabbit red wun road rain ring rock rope rug rice
t: nine out of ten one was wun
c: last week he got six
t: yes six out of ten now phrases red rock
p: wed rock red rock
t: self corrected nice phrases were seven out of ten with a hand cue
p: can we play dinosaurs now
t: one more sentence the rabbit runs on the road
p: the rabbit runs on the road
t: perfect okay dinosaur game every time you land say a word with r
p: roar
t: ha good one
c: he watches the dinosaur shows every morning
t: ha we did thirty minutes of speech today
c: what should we practice
t: the ten words and the phrases with the tiger cue
c: okay
t: i will tell the speech therapist he is doing great
p: bye
""",
    [
        "growly tiger sound",
        "tongue back and up",
        "wabbit",
        "nine out of ten|9/10",
        "six out of ten|6/10",
        "self corrected",
        "seven out of ten with a hand cue|7/10",
        "the rabbit runs on the road",
        "the ten words and the phrases|10 words",
    ],
    ["ear problems or colds"],
    ["we had a fire drill", "dinosaur shows every morning"],
)

S(
    "ac_slp12_aphasia_screen_freeze",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mr. Kowalski, hi Anna. Can you both hear me?
C: We can hear you. The picture is a little blurry.
T: That's okay. How's he been?
C: Better with the names. He called the grandkids by name on Sunday.
P: Yes. Yes. Emma. Jakub.
T: That's wonderful. Any new trouble, headaches, weakness?
C: No, nothing like that.
T: Okay, let's do naming. I'll hold up pictures. What's this?
P: Uh... the... cutting... knife. Knife.
T: Knife, yes. And this?
P: Spoon.
T: Good. This one?
C: Oh, the screen froze. Hello?
T: I'm back. Did you hear me? Can you see the picture?
C: Yes, now. It's a... he's looking.
P: Key. Key.
T: Yes, key. That's eight out of ten named with no cue, two with a first-sound cue.
C: Eight, that's better than last week.
T: Last week was six. Now let's describe. Tell me what you do in the morning.
P: I... coffee. Make coffee. Newspaper. Walk dog.
T: Good, short phrases. Can you make it a sentence? I make...
P: I make coffee in the morning.
T: Perfect. We lost you for a moment again. Anna, are you there?
C: Sorry, the internet keeps going. We're back.
T: No problem. Harder one: what do you do at the store?
P: Buy... bread. Pay. Pay the lady.
T: Good. Semantic feature analysis for store items, four of five complete.
C: Is he going to drive again?
T: That's a question for his doctor.
C: The Polish festival is next month, he wants to go.
T: Great, practice the naming cards daily, ten minutes. Next week, sentences about the festival.
P: Festival. Yes. Good.
""",
    [
        "called the grandkids by name",
        "8/10|eight out of ten",
        "first-sound cue",
        "Last week was six|6/10",
        "short phrases",
        "I make coffee in the morning",
        "Semantic feature analysis",
        "four of five|4/5",
        "naming cards daily, ten minutes|10 minutes",
    ],
    ["trouble, headaches, weakness"],
    ["The Polish festival is next month", "Is he going to drive again"],
)

S(
    "ac_slp13_teen_blocks_progress",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Ethan, hi Mrs. Nguyen. Progress report today.
P: Hey.
C: Hi. He did his class presentation last week.
T: How did it go, Ethan?
P: It was... okay. I b-b-blocked on my name but I used the pull-out.
T: That's huge. How did you feel after?
P: Less embarrassed than I thought.
T: Any teasing at school?
P: Nope. Not since last week, the kid got moved.
C: He's been ordering his own food now, too.
T: Great. Let's measure. Tell me about your weekend for two minutes.
P: We went to my... my cousin's basketball game. They lost. Then pizza.
T: Percent syllables stuttered today, six percent. At the start, fourteen percent.
P: Six isn't bad.
T: Not bad at all. Blocks average about two seconds, they were five.
C: I noticed fewer of the long ones.
T: Any secondary behaviors, eye blinking, head jerks?
P: Not really. No.
T: Good. On the OASES teen, your overall impact went from three point four to two point six.
P: Okay.
T: Goals: use a pull-out or easy onset in eighty percent of blocks, met. Order at a restaurant on his own, met. Make a phone call to a store, not met yet.
P: I hate phones.
T: I know. We'll work on it. Let's practice now: call the pizza place.
P: Hi, can I get a, um, a large pepperoni?
T: Easy onset on "hi". Nice.
C: He plays video games till midnight, is that part of it?
T: Ha, sleep helps everything. Plan: once a week for eight more weeks, focus on phone calls.
P: Okay.
C: Thank you.
T: See you next week, Ethan.
""",
    [
        "class presentation",
        "pull-out",
        "ordering his own food",
        "six percent|6%",
        "fourteen percent|14%",
        "about two seconds|2 seconds",
        "five|5 seconds",
        "OASES",
        "three point four|3.4",
        "two point six|2.6",
        "eighty percent of blocks|80%",
        "not met yet",
        "once a week for eight more weeks|1x/week for 8 weeks",
    ],
    ["Any teasing at school", "secondary behaviors, eye blinking, head jerks"],
    ["my cousin's basketball game", "video games till midnight"],
)

S(
    "ac_slp14_loud_voice_done",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mr. Lindqvist, last session today. How's the voice?
P: LOUD. My wife says I'm too loud now.
C: He yells at the TV now, but I can hear him at dinner.
T: That's the goal! Any coughing with food, trouble swallowing?
P: No. None.
T: Any hoarseness or pain?
P: Not since last week.
T: Okay, let's measure. Sustained ah as loud as you can.
P: AHHHHH.
T: Eighty-eight decibels, twenty-two seconds.
P: Twenty-two!
T: At the start it was six seconds and seventy-two decibels. Now read this paragraph.
P: You wish to know all about my grandfather...
T: Seventy-six decibels in reading. It was sixty-five.
T: Conversation, tell me about your garden.
P: The tomatoes did well. The deer ate the beans.
T: Seventy-three decibels in conversation.
C: The deer are a real problem this year.
T: Ha. Voice Handicap Index went from sixty-four to twenty-eight.
P: Good.
T: Goals: conversation at seventy decibels, met. Be understood on the phone, met. Order at a restaurant without repeating, met.
P: All met!
T: All met. Keep practicing daily: the ah, the high-low, and reading out loud. Fifteen minutes a day.
C: We'll do it after lunch.
T: Good. If your voice gets soft again, come back for a tune-up.
P: A tune-up. Like my car.
T: Exactly. Any questions?
C: Should he keep the amplifier?
T: Only for big rooms. He's discharged from voice therapy.
P: Thank you, dear.
T: My pleasure. Keep it loud.
C: We'll see you at the farmers market maybe.
""",
    [
        "too loud now",
        "88 decibels|Eighty-eight decibels",
        "22 seconds|twenty-two seconds",
        "six seconds and seventy-two decibels|6 s / 72 dB",
        "76 decibels|Seventy-six decibels",
        "sixty-five|65",
        "73 decibels|Seventy-three decibels",
        "sixty-four to twenty-eight|64 to 28",
        "All met",
        "Fifteen minutes a day|15 min/day",
        "tune-up",
        "discharged from voice therapy",
    ],
    ["coughing with food, trouble swallowing", "hoarseness or pain"],
    ["The deer ate the beans", "farmers market", "The deer are a real problem"],
)

# ---------------------------------------------------------------------------------------------
# Rules: this author's reading of PRODUCT.md's billing rules and the key conventions
# ---------------------------------------------------------------------------------------------

TIMED = frozenset(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
UNTIMED = frozenset(
    "97161 97162 97163 97164 97165 97166 97167 97168 92507 92521 92522 92523 92524 92526 92610 97150 97012 97014 G0283".split()
)
EVAL_CODES = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": ""},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": ""},
    ("SLP", "evaluation"): {"92521": "", "92522": "", "92523": "", "92524": "", "92610": ""},
}
ALL_EVALS = {c for d in EVAL_CODES.values() for c in d}
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANTS = ("PTA", "OTA", "SLPA")
# code pairs whose 59 placement this key does not model: they must not occur together in the data
NOT_MODELLED = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, ALL_EVALS),
    ({"92507"}, {"92526"}),
]
ID_HINTS = "kx 59 asr pta ota slpa tele cms percode dictat group interp".split()


def units_of(minutes):
    """Unit table of PRODUCT.md: under 8 -> 0; 8-22 -> 1; 23-37 -> 2; then one more per 15 minutes."""
    if minutes < 8:
        return 0
    return 1 + (minutes - 8) // 15


def cms_split(timed, sid, problems):
    """8-minute rule: total units from the summed minutes; full 15s first, the rest to the largest remainders."""
    total = units_of(sum(timed.values()))
    out = {c: m // 15 for c, m in timed.items()}
    left = total - sum(out.values())
    order = sorted(timed, key=lambda c: -(timed[c] % 15))
    if left < 0:
        problems.append(f"{sid}: full units exceed the total")
    for i in range(max(left, 0)):
        if i >= len(order) or timed[order[i]] % 15 == 0:
            problems.append(f"{sid}: a leftover unit has no code")
            break
        if i == left - 1 and i + 1 < len(order) and timed[order[i + 1]] % 15 == timed[order[i]] % 15:
            problems.append(f"{sid}: equal remainders decide the last unit")
        out[order[i]] += 1
    return out


def rule_key(s, problems):
    if s["rule"] == "cms":
        timed_units = cms_split(s["timed"], s["id"], problems)
    else:
        timed_units = {c: units_of(m) for c, m in s["timed"].items()}
    codes = {c: 1 for c in s["untimed"]}
    for c, u in timed_units.items():
        if u:
            codes[c] = u
    mods = {}
    for c in codes:
        m = [DISC_MOD[s["discipline"]]]
        if s["role"] in ASSIST_MOD:
            m.append(ASSIST_MOD[s["role"]])
        if (c == "97530" and "97140" in codes) or (c == "97535" and "97530" in codes):
            m.append("59")
        if s["kx"]:
            m.append("KX")
        mods[c] = m
    return codes, mods


def hand_key(text):
    codes, mods = {}, {}
    for item in text.split():
        code_units, ms = item.split(":")
        code, n = code_units.split("x")
        codes[code] = int(n)
        mods[code] = ms.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUM_WORD = re.compile(r"\b(" + "|".join(ONES + list(TENS) + ["hundred"]) + r")\b", re.I)
DENIAL = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|denies|denied|without|negative|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|ain't)\b",
    re.I,
)
LINE = re.compile(r"^([TPCtpc]):\s*(\S.*)$")
SPEAKER = {"t": "therapist", "p": "patient", "c": "caregiver"}


def number_forms(n):
    if n < 20:
        return [str(n), ONES[n]]
    word = {v: k for k, v in TENS.items()}[n - n % 10]
    if n % 10 == 0:
        return [str(n), word]
    return [str(n), f"{word} {ONES[n % 10]}", f"{word}-{ONES[n % 10]}"]


def says_number(n, text):
    return any(re.search(r"(?<![\w.-])" + re.escape(f) + r"(?![\w-])", text, re.I) for f in number_forms(n))


def lines_of(s):
    return [x.strip() for x in s["text"].strip().splitlines() if x.strip()]


def to_segments(s, problems):
    rng = random.Random(int(hashlib.sha256(s["id"].encode()).hexdigest()[:12], 16))
    segs, t = [], 0.0
    for raw in lines_of(s):
        m = LINE.match(raw)
        if not m:
            problems.append(f"{s['id']}: cannot read line {raw[:40]!r}")
            continue
        words = m.group(2).strip()
        dur = max(0.9, len(words.split()) / 2.2 * rng.uniform(0.9, 1.15))
        segs.append(
            {
                "start": round(t, 1),
                "end": round(t + dur, 1),
                "speaker": SPEAKER[m.group(1).lower()],
                "text": words,
            }
        )
        t = round(t + dur, 1) + rng.uniform(0.4, 1.2)
    return segs


def is_asr(s):
    ms = [LINE.match(x) for x in lines_of(s)]
    if not ms or not all(ms):
        return False
    body = " ".join(m.group(2) for m in ms)
    return all(m.group(1).islower() for m in ms) and not re.search(r"[A-Z0-9.,?!;:'\"/%-]", body)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_session(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    if not re.fullmatch(r"ac_(pt|ot|slp)\d\d_[a-z0-9_]+", sid) or not sid.startswith(
        "ac_" + s["discipline"].lower()
    ):
        bad("bad id")
    if any(h in sid.split("_", 2)[2] for h in ID_HINTS):
        bad("hint word in the id")
    if s["split"] not in ("dev", "test") or s["rule"] not in ("cms", "per-code"):
        bad("bad split or rule")
    if s["role"] not in (s["discipline"], s["discipline"] + "A"):
        bad("role does not fit the discipline")
    if s["role"] in ASSISTANTS and s["note_type"] != "daily":
        bad("assistants write daily notes only")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("SLPA under the Medicare profile")
    low = s["text"].lower()
    if s["kx"] and (
        s["rule"] != "cms"
        or "threshold" not in low
        or "necessary" not in low
        or not ("KX" in s["text"] or "k x" in low)
    ):
        bad("KX needs Medicare and the threshold, the modifier and 'necessary' said")
    for c, m in s["timed"].items():
        if c not in TIMED or not isinstance(m, int) or m <= 0:
            bad(f"bad timed entry {c}={m}")
    for c in s["untimed"]:
        if c not in UNTIMED:
            bad(f"bad untimed code {c}")
    if "G0283" in s["untimed"] and s["rule"] != "cms":
        bad("G0283 outside Medicare")
    if "97014" in s["untimed"] and s["rule"] == "cms":
        bad("97014 under Medicare")
    evs = {c for c in s["untimed"] if c in ALL_EVALS}
    allowed = EVAL_CODES.get((s["discipline"], s["note_type"]))
    if (allowed is None and evs) or (allowed is not None and (len(evs) != 1 or not evs <= set(allowed))):
        bad("evaluation code does not fit the note type")
    here = set(s["timed"]) | set(s["untimed"])
    for a, b in NOT_MODELLED:
        if here & a and here & b:
            bad(f"pair not modelled: {sorted(here & a)} + {sorted(here & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP with PT/OT timed codes")
    if s["cog"] is not None:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("cognitive block not split 15 + the rest")
    elif {"97129", "97130"} & set(s["timed"]):
        bad("cognitive codes without a block")

    codes, mods = rule_key(s, problems)
    hc, hm = hand_key(s["key"])
    if codes != hc:
        bad(f"units: rules {codes} hand {hc}")
    if mods != hm:
        bad(f"modifiers: rules {mods} hand {hm}")
    if s["has59"] != any("59" in m for m in mods.values()):
        bad("has59 disagrees with the key")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns")
    if not segs or not 90 <= segs[-1]["end"] <= 900:
        bad(f"duration {segs[-1]['end'] if segs else 0} s")
    for i in range(1, len(segs)):
        a, b = segs[i - 1], segs[i]
        if b["end"] <= b["start"] or not 0.3 <= round(b["start"] - a["end"], 2) <= 1.3:
            bad("bad timestamps")
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("needs therapist and patient turns")
    tags = [x[0] for x in lines_of(s)]
    lower = [t.islower() for t in tags]
    if any(lower) and not all(lower):
        bad("mixed speaker-tag case")
    if all(lower) != is_asr(s):
        bad("lower-case tags go with, and only with, a speech-recogniser transcript")

    ther = " ".join(g["text"] for g in segs if g["speaker"] == "therapist")
    for c, m in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        pieces = s["parts"].get(c, [m])
        if sum(pieces) != m:
            bad(f"{c}: parts do not add up")
        for p in pieces:
            if not says_number(p, ther):
                bad(f"{c}: {p} minutes never said by the therapist")
    if s["cog"] is not None and not says_number(s["cog"], ther):
        bad("cognitive minutes never said by the therapist")
    for c in evs:
        level = EVAL_CODES[(s["discipline"], s["note_type"])][c]
        if level and f"{level} complexity" not in ther.lower():
            bad(f"'{level} complexity' never said")

    full = " ".join(g["text"] for g in segs).lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts")
    alts_all = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        alts_all += [a.lower() for a in alts]
        found = [a for a in alts if a.lower() in full]
        if not found:
            bad(f"fact {f!r} not said")
        elif max(map(len, found)) < 4:
            bad(f"fact {f!r} found only by a short alternative")
        if any(re.search(r"\d", a) or NUM_WORD.search(a) for a in alts) and not any(
            re.search(r"\d", a) for a in alts
        ):
            bad(f"numeric fact {f!r} lacks a digit alternative")
    if not s["negated"] or not s["absent"]:
        bad("needs negated and absent entries")
    for n in s["negated"]:
        nl = n.lower()
        at = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not at:
            bad(f"negated {n!r} not said")
        elif not any(DENIAL.search(segs[j]["text"]) for i in at for j in (i, i + 1) if j < len(segs)):
            bad(f"negated {n!r}: no denial in its turn or the next")
        if any(nl in a or a in nl for a in alts_all):
            bad(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        al = a.lower()
        if al not in full:
            bad(f"absent {a!r} not said")
        if any(al in x or x in al for x in alts_all):
            bad(f"absent {a!r} overlaps a fact")
        if any(al == n.lower() for n in s["negated"]):
            bad(f"absent {a!r} also negated")
    return codes, mods


def check_halves(problems):
    from collections import Counter

    ids = [s["id"] for s in SESSIONS]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    if "--partial" in sys.argv:
        return
    got = Counter((s["split"], s["discipline"]) for s in SESSIONS)
    want = {(h, d): n for h in ("dev", "test") for d, n in (("PT", 8), ("OT", 7), ("SLP", 7))}
    if dict(got) != want:
        problems.append(f"discipline counts {dict(got)}")
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        if {s["note_type"] for s in hs} != {"evaluation", "daily", "progress", "re-evaluation", "discharge"}:
            problems.append(f"{half}: a note type is missing")
        n = sum(s["role"] in ASSISTANTS for s in hs)
        if not 4 <= n <= 6:
            problems.append(f"{half}: {n} assistant sessions")
        cms = sum(s["rule"] == "cms" for s in hs)
        if cms == 0 or cms == len(hs) or abs(2 * cms - len(hs)) > 4:
            problems.append(f"{half}: cms {cms} of {len(hs)}")
        n = sum(is_asr(s) for s in hs)
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
            f"{half}: ASR {[s['id'] for s in hs if is_asr(s)]}; KX {[s['id'] for s in hs if s['kx']]}; "
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
    here = os.path.dirname(os.path.abspath(__file__))
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
    out_dir = os.environ.get("BLIND26_OUT", here)
    for split in ("dev", "test"):
        folder = os.path.join(out_dir, split)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("ac_") and name.endswith(".json"):
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
