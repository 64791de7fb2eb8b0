#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-seventh set (ids ad_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working from a
brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind26 and blind25 and the first 40
lines and the rules / checks part of make_blind26.py (read, not copied: the rules, helpers and checks at
the end of this file are this author's own).  Running it:

  1. recomputes every answer key from the minutes written into each session (8-minute rule or per-code,
     97129/97130 split, GP/GO/GN, CQ/CO, 59, KX) and compares it with the hand-written key; checks clock
     times, timestamps, turns (30-60), facts / negated / absent against the transcript and the mix of the
     halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines: "T: ..." (whoever speaks for the clinic: therapist, assistant, student, supervisor),
"P: ..." (patient), "C: ..." (caregiver: family, aide, interpreter, chaperone).  Lower-case tags ("t:",
"p:", "c:") mark a speech-recogniser transcript.  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ".  `parts` maps
a timed code said only in pieces to the pieces; `clock` maps a timed code said only as clock times to
(start, stop) as said ("2:10", "2:25").
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
    clock=None,
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
            clock=clock or {},
        )
    )


# ---------------------------------------------------------------------------------------------
# dev, PT
# ---------------------------------------------------------------------------------------------
S(
    "ad_pt01_fourteen_steps_home",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Good morning, Mrs. Alvarez. I'm Dana, I'll be your physical therapist today. And this is?
C: I'm her daughter, Rosa. I drove her in.
P: She drives like a maniac.
C: Mom.
T: Ha. So the referral says right total knee replacement, surgery was October twenty-first, and home health finished last week.
P: That's right. The home nurse stopped coming Friday.
T: How's the pain today, zero to ten?
P: Today, um, maybe a five. At night it's worse, like a seven.
T: Five now, seven at night. Where exactly?
P: Front of the knee, and it's tight, like a rubber band.
T: Any calf pain, swelling in the calf, shortness of breath?
P: No, none of that.
T: Good. Any numbness or tingling in the foot?
P: Nope.
T: Let's talk about your house, because that's what I care about most. How many steps to get in?
C: Three steps out front, no rail. We use the garage, that's two steps with a rail.
T: And inside?
P: The bedroom is upstairs. Fourteen steps. The rail is on the right going up.
T: So on the way down it's on your left. Any landing halfway?
C: No landing, it's straight up. And the laundry is in the basement, that's another, what, ten steps?
P: Eleven. I counted them for fifty years.
T: Eleven to the basement. Who's doing the laundry right now?
C: I am, and I'd like to keep it that way for a while.
T: Good plan. Have you had any falls since the surgery?
P: No falls. I came close in the bathroom once but I grabbed the sink.
T: Okay. Let me measure. Lie back for me. Knee flexion, bend it as far as you can... that's ninety-two degrees. Now straighten... you're lacking eight degrees of extension.
P: Is that bad?
T: It's typical at six weeks. Strength, push up against me... quad is three plus out of five. Hip abduction four minus.
T: Now stand with the walker. Timed up and go, walk to the line and back and sit. Go... nineteen point four seconds.
C: She used to walk two miles a day.
T: We'll get her back toward that. On the practice steps, step-to pattern, up with the good leg, down with the operated leg, rail on the right and the cane, hmm, she needed contact guard.
P: The stairs scare me more than anything.
T: That's what we'll work on. We did about ten minutes of exercise after the testing, quad sets, heel slides, short arc quads, ten reps each, so I can teach you the home program.
C: Can you bill for the time I spent on the phone with the home health company? That was an hour.
T: No, I can't bill for that, I'm sorry. Only what I do with your mom today.
P: Rosa, stop.
T: With your history, the diabetes, and the stairs at home, I'd call this a moderate complexity evaluation. Plan is two times a week for eight weeks. Goals: climb fourteen steps with the rail and a cane, modified independent, and bend to one hundred ten degrees.
C: Her neighbor had the same knee and went to the pool.
T: Maybe later. Do the home program twice a day. Any questions?
P: Can I still make tamales for Christmas?
T: Sitting down, yes.
""",
    [
        "right total knee|right knee replacement",
        "pain 5/10|maybe a five",
        "7/10 at night|like a seven",
        "fourteen steps|14 steps",
        "rail is on the right going up|rail on the right",
        "eleven to the basement|11 steps to the basement",
        "ninety-two degrees|92 degrees",
        "lacking eight degrees of extension|-8 degrees extension",
        "three plus out of five|3+/5",
        "nineteen point four seconds|19.4 seconds",
        "contact guard",
        "moderate complexity",
        "two times a week for eight weeks|2x/week for 8 weeks",
        "walker",
    ],
    ["calf pain", "numbness", "falls since the surgery"],
    ["bill for the time I spent on the phone", "make tamales for Christmas", "neighbor had the same knee"],
)

S(
    "ad_pt02_priya_runs_knee",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97112": 10},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
T: Hi Mr. Greene, this is Priya, she's a PT student from the university in her last rotation. She'll lead today and I'll be right here the whole time. Is that okay with you?
P: Sure, everybody's got to learn.
T: Priya, go ahead.
T: Thanks. Mr. Greene, how's the left knee since Tuesday?
P: Better. I'd say a three today. It was a five last week.
T: Three out of ten. Any swelling after the last session?
P: Little bit that night, gone by morning.
T: Any giving way on the stairs?
P: No, it hasn't buckled at all.
T: Great. Let's warm up on the bike, then strengthening.
T: Priya, check his seat height first. He's tall.
T: Oh, right. Let me raise it two notches. How's that?
P: Better, I'm not all scrunched up.
T: Okay, five minutes on the bike, level three.
P: Is this counted?
T: It's part of your exercise time. After the bike, leg press, three sets of ten at sixty pounds.
P: Sixty? Last time was fifty.
T: You did fifty easily, so we'll try sixty. Tell me if the knee complains.
P: That's fine. Heavier than I thought, but fine.
T: Now step-ups on the six-inch step, two sets of twelve, and wall sits, three times thirty seconds.
T: Priya, cue his knee, it's drifting in.
T: Keep your knee over your second toe, Mr. Greene. Good, like that.
P: My wife says I walk like a penguin.
T: We'll fix the penguin. That was eighteen minutes of strengthening, including the bike.
T: Now balance. Single leg stance on the foam, thirty seconds, three times each side, then tandem walking with head turns.
P: Whoa. The foam is a different animal.
T: Hold the rail if you need it. Good. You got twenty-two seconds on the left, thirty on the right.
T: That's neuromuscular work, about ten minutes of it.
P: Can we do the ultrasound thing? My buddy gets ultrasound on his shoulder.
T: You don't need ultrasound for this, so we're not doing it today.
T: Okay, I'm adding to her summary. Mr. Greene is past the Medicare therapy threshold this year, and this therapy is still medically necessary, so the claim carries the KX modifier.
P: Is that going to cost me more?
T: No, it just tells Medicare the therapy is still needed.
T: Priya, what's the plan for next visit?
T: Progress single leg stance on foam without the rail, and add lateral band walks.
T: Good. Mr. Greene, keep the home program, step-ups and wall sits daily.
P: Will do. Priya, you did good.
""",
    [
        "left knee",
        "3/10|a three today",
        "leg press, three sets of ten at sixty pounds|3x10 at 60 pounds",
        "six-inch step|6-inch step",
        "three times thirty seconds|3 x 30 seconds",
        "eighteen minutes of strengthening|18 minutes",
        "single leg stance on the foam",
        "twenty-two seconds on the left|22 seconds",
        "about ten minutes|10 minutes",
        "knee over your second toe",
        "lateral band walks",
        "medically necessary",
    ],
    ["buckled"],
    ["ultrasound on his shoulder", "walk like a penguin"],
    kx=True,
)

S(
    "ad_pt03_says_its_a_four",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 9, "97530": 15},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hey mister okafor come on back how you doing
p: im alright im alright
t: so last time you told me your back was a six so i wrote six on the board
p: no no i never said six i said its like a four it was a four
t: okay my mistake ill fix that its a four today
p: four maybe three and a half when i sit
t: four out of ten okay where is it today same spot low back right side
p: right side yeah above the belt
t: any pain going down the leg
p: no not down the leg nothing like that
t: any numbness in the foot
p: nope
t: okay lets start on the table ill do some soft tissue work on the right side
p: oh yeah thats the spot thats the spot
t: breathe out good this is mostly the quad ratus and the para spinals
p: my daughter says i should get a massage chair
t: ha i dont know about that
t: okay that was nine minutes of manual on the table now lets get up
p: already
t: we are doing the functional stuff now lifting the laundry basket from the floor to the counter
p: my wife does the laundry
t: then the grocery bags whatever you lift at home
p: the dog food thats the heavy one forty pounds
t: okay we will use the twenty pound box for now squat hinge and lift keep it close
p: like this
t: good tighten your stomach first then lift five times
p: that one pinched a little
t: where
p: same spot right side went away
t: lets do getting in and out of the car seat we have the mock car here
p: i usually just drop in
t: sit first then swing the legs together log roll style
p: huh thats easier
t: that was separate time from the table work fifteen minutes of functional activities
t: so nine minutes manual fifteen minutes functional lifting and the car transfer
p: can you put down more time my insurance pays for an hour
t: i write what we actually did so no
p: worth a try
t: next time we add the dog food bag at thirty pounds if the pain stays at four or less
p: sounds good see you thursday
""",
    [
        "its like a four|4/10",
        "low back right side|right side above the belt",
        "soft tissue work on the right side|soft tissue",
        "quadratus|quad ratus",
        "nine minutes of manual|9 minutes manual",
        "twenty pound box|20 pound box",
        "laundry basket",
        "lift five times|5 times",
        "pinched a little",
        "log roll style",
        "fifteen minutes of functional|15 minutes functional",
        "thirty pounds|30 pounds",
    ],
    ["pain going down the leg", "numbness in the foot"],
    ["wrote six on the board", "massage chair", "put down more time", "pays for an hour"],
    has59=True,
)

S(
    "ad_pt04_redness_no_estim",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97110": 22, "97140": 8},
    [],
    "97110x1:GP 97140x1:GP",
    """
t: hi janet so the plan today was the e stim on your shoulder again after the exercises
p: yeah i like the tingly thing
t: let me look at your skin first where the pads were last time
p: its a little itchy there
t: okay i see some redness here and a couple of small bumps right where the electrode sat
p: is that bad
t: it looks like irritation from the pads or the gel so no e stim today we skip it until that heals
p: aw man
t: any open skin any blisters
p: no no blisters
t: good keep lotion off that area and well check it next time
p: okay
t: how is the pain today
p: about a three my shoulder is better than monday
t: three out of ten any night pain waking you up
p: not anymore no
t: great lets warm up on the arm bike five minutes
p: forwards or backwards
t: both two and a half each way
t: now the band rows green band three sets of fifteen
p: the green one is hard
t: then external rotation with the towel role three sets of ten and wall walks
p: i made it to the third brick on the wall
t: thats higher than last week you were at the second brick
t: last wall slide ten reps good
t: okay that was twenty two minutes of exercise
t: now a little joint mobilization lie on your back
p: the wiggly thing
t: the wiggly thing posterior glides grade three
p: feels stiff at the end
t: it is stiff at the end that was eight minutes of manual
p: can you just put the heat pack on while you write
t: we can do the heat pack but i dont bill for it today
p: my husband asked if you can do his back when he picks me up
t: he needs his own referral for that
p: figures
t: so next time we check the skin again and if its clear we go back to the e stim
p: and if its not
t: then we skip it again and do more exercise
p: deal
t: flexion today was one hundred forty degrees up from one thirty
p: is that good
t: that is very good see you monday
""",
    [
        "redness",
        "small bumps right where the electrode sat|small bumps",
        "irritation from the pads",
        "about a three|3/10",
        "arm bike five minutes|5 minutes",
        "green band three sets of fifteen|3x15",
        "towel roll|towel role three sets of ten|3x10",
        "third brick|3rd brick",
        "twenty two minutes of exercise|22 minutes",
        "posterior glides grade three|grade 3",
        "eight minutes of manual|8 minutes",
        "one hundred forty degrees|140 degrees",
    ],
    ["blisters", "night pain"],
    ["e stim today", "do his back", "his own referral"],
)

S(
    "ad_pt05_neck_truck_backing",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 15, "97110": 22},
    [],
    "97140x1:GP 97110x1:GP",
    """
T: Mr. Brandt, come on in. It's, let me see, 2:10, we're starting right on time for once.
P: Traffic was light. Must be a holiday somewhere.
T: How's the neck?
P: Stiff in the mornings. Pain's about a four, five when I back the truck up.
T: Four, five turning to back up. Any headaches this week?
P: One on Sunday. Mild.
T: Any arm pain or tingling in the hands?
P: No, no tingling.
T: Okay, face down first, I want to work on the upper thoracic and the neck muscles.
P: Go for it.
T: Upper traps are tight on the left. I'm doing some suboccipital release now.
P: Ohh. That's the headache spot.
T: That's the spot. Now thoracic mobilization, central PA glides, breathe out.
P: Pop. Was that me?
T: That was you. Okay, sit up slowly. It's 2:25, so that's the end of the manual part.
P: Already?
T: Yep. Now the exercises. Chin tucks, ten reps with a five second hold.
P: I look like a chicken.
T: Everyone does. Now the band, rows and pull-aparts, red band, two sets of fifteen.
P: My shoulder blades are burning.
T: That's the right muscles working. Then doorway pec stretch, three times thirty seconds.
P: Can I do this at the office?
T: Yes, every hour or two. Then thoracic extension over the foam roll, ten reps.
P: My grandson would laugh at me on this roller.
T: Cervical rotation, let me measure. Right rotation sixty degrees, left fifty-five. Last time it was forty-five on the left.
P: That's better, right?
T: That's ten degrees better. Last one, wall angels, ten reps.
P: These are the worst.
T: And we're done with exercise. It's 2:47.
P: Can you crack my back again?
T: Not today. Next time we'll see how the thoracic spine is moving.
P: My wife wants to know if you can write me off work for a week. I'm fishing up north.
T: I can't write a work note for a fishing trip, Mr. Brandt.
P: Ha, worth asking.
T: Keep the chin tucks and the doorway stretch every day. Plan next visit: add prone Y's and T's.
P: Same time Thursday?
T: Same time Thursday.
""",
    [
        "about a four, five|4-5/10",
        "one on Sunday|1 headache on Sunday",
        "upper traps are tight on the left|upper traps",
        "suboccipital release",
        "central PA glides|thoracic mobilization",
        "chin tucks, ten reps with a five second hold|10 reps with a 5 second hold",
        "red band, two sets of fifteen|2x15",
        "three times thirty seconds|3 x 30 seconds",
        "right rotation sixty degrees|60 degrees",
        "left fifty-five|55 degrees",
        "wall angels, ten reps|10 reps",
        "prone Y's and T's",
    ],
    ["tingling in the hands"],
    ["fishing up north", "write me off work", "crack my back again", "grandson would laugh"],
    clock={"97140": ("2:10", "2:25"), "97110": ("2:25", "2:47")},
)

S(
    "ad_pt06_work_form_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Hi Marcus. So today is your re-evaluation, it's been about six weeks, and you brought the form from work?
P: Yeah, HR needs this filled out before I can go back. It's the return-to-work form.
T: Okay, let me see. They want lifting limits, standing time, and whether you can climb ladders.
P: I work in the warehouse. Mostly pulling orders, some forklift.
T: How's the back today?
P: Like a two. Sometimes zero in the morning.
T: Two out of ten, great. It was a seven when we started.
P: Yeah, I couldn't tie my shoes back then.
T: Any leg pain, numbness or tingling now?
P: None. That's all gone.
T: Any bowel or bladder changes?
P: No.
T: Okay, let's retest. Forward bending, fingertips to mid shin, before you were at the knee.
P: I can almost touch my toes at home.
T: Let's say mid shin today. Straight leg raise negative both sides now. Oswestry score, you filled out the paper... that's fourteen percent. It was forty-six percent at the start.
P: That sounds good.
T: It's a big change. Now lifting. Floor to waist, how heavy did you go?
P: The crate with the sandbags.
T: You lifted thirty-five pounds floor to waist, five times, good form. Waist to shoulder, twenty-five pounds.
P: At work some boxes are fifty.
T: That's why I'm going to write a fifty pound limit is not yet safe. I'll put thirty-five pounds floor to waist, occasionally, for the next four weeks.
P: My supervisor will complain.
T: He can call me. Standing, you told me you stood for how long at the game?
P: Two hours, the whole game, no problem.
T: Then standing as tolerated. Ladders: no ladders for now.
P: What about the forklift?
T: Forklift is fine, with breaks every hour.
T: After the testing we did twelve minutes of exercise, the deadlift with the kettlebell, bird dogs, side planks, to update your home program.
P: Side planks are the worst.
T: Three times twenty seconds each side. Keep doing them.
P: Can you put on the form that I need a new chair at my desk?
T: You don't have a desk, Marcus.
P: The break room then.
T: No, that's not a medical need. I'll write only the restrictions we tested.
T: Plan: one time a week for four more weeks, goal is fifty pounds floor to waist and full duty.
P: And then I'm done?
T: Then we re-check and hopefully discharge you.
P: Cool. Go Bills.
""",
    [
        "return-to-work form|return to work form",
        "warehouse",
        "Like a two|2/10",
        "fingertips to mid shin|mid shin",
        "straight leg raise negative both sides",
        "fourteen percent|14%",
        "forty-six percent|46%",
        "thirty-five pounds floor to waist|35 pounds",
        "twenty-five pounds|25 pounds",
        "no ladders",
        "twelve minutes of exercise|12 minutes",
        "three times twenty seconds|3 x 20 seconds",
        "one time a week for four more weeks|1x/week for 4 weeks",
        "fifty pounds floor to waist|50 pounds",
    ],
    ["numbness or tingling", "bowel or bladder changes"],
    ["new chair at my desk", "Go Bills", "supervisor will complain"],
)
S(
    "ad_pt07_two_backs_on_mats",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 9},
    ["97150"],
    "97150x1:GP,CQ 97110x1:GP,CQ",
    """
t: okay you two its just the two of you today so this is our small group mister diaz and mister kowalski
p: we are the whole class today
p: lucky us
t: lucky you lets start with how everybody feels mister diaz your back
p: its about a five today i slept bad
t: five out of ten okay and mister kowalski
p: me im a two i feel good
t: okay both on the mats cat camel ten each
p: my cat does this better than me
t: pelvic tilts ten with a five second hold
t: mister diaz you are holding your breath breathe
p: sorry
t: bridges two sets of ten then bird dogs both sides
p: the bird dog makes my hip click
t: any pain with the click
p: no pain just noise
t: okay keep going now stand up sit to stand from the chair ten times with good hinge
p: mister diaz is beating me
p: its not a race
t: it is a little bit a race
t: okay that was the group part about twenty five minutes the two of you together
p: can i go now
t: mister kowalski youre done see you friday
p: see ya
t: mister diaz you stay we need some one on one on the bike because your back was worse today
p: fine
t: bike level two seated upright
p: this is better than the mat
t: any pain going down your legs today
p: no nothing in the legs
t: any numbness
p: nope
t: okay keep the pace at sixty
p: sixty what
t: sixty on the screen are pm
t: thats nine minutes on the bike one on one so nine minutes of exercise individual
p: whats the weather doing out there
t: raining again
p: of course
t: so plan for next time mister diaz add the wall squat if the back is four or less
p: okay
t: and do the tilts at home twice a day
p: my wife asked can you bill the group twice since there were only two of us
t: no its one group charge for you thats how it works
p: just asking
""",
    [
        "about a five|5/10",
        "cat camel ten each|10 each",
        "pelvic tilts ten with a five second hold|5 second hold",
        "bridges two sets of ten|2x10",
        "bird dogs",
        "sit to stand from the chair ten times|10 times",
        "hip click|makes my hip click",
        "bike level two|level 2",
        "nine minutes on the bike|9 minutes",
        "wall squat",
        "tilts at home twice a day|2x/day",
    ],
    ["pain going down your legs", "numbness", "pain with the click"],
    ["im a two i feel good", "mister kowalski", "my cat does this", "raining again", "bill the group twice"],
)

S(
    "ad_pt08_laps_at_the_y",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 14, "97116": 9},
    [],
    "97110x1:GP 97116x1:GP",
    """
t: so mrs pham today is the last visit we are going to do the discharge
p: already i feel like i just started
t: eleven visits since september
c: she has been going to the y pool on her own
t: tell me about the pool what do you do there
p: i walk in the shallow end forwards and backwards ten laps then the noodle kicks and the leg lifts holding the wall
t: how deep is the water
p: chest high
t: thats perfect walking in chest high water takes weight off the hip
c: can you bill the pool sessions she does it three times a week
t: no i cant bill for what she does at the y on her own thats her own program
c: even if you told her to do it
t: even then i dont supervise it
t: okay how is the hip pain today
p: maybe one sometimes zero
t: one out of ten it was a six when we started
p: i can sleep on that side now
t: any giving way any falls
p: no falls none
t: lets do the tests first timed up and go ready go nine point two seconds
t: it was fifteen point eight at the start
p: is that faster
t: way faster now the thirty second sit to stand ready go fourteen
t: it was eight at the start
p: my legs are strong from the pool
t: now lets do the exercise review step ups clamps side lying hip abduction with the two pound weight bridges on the ball
p: the ball one is hard
t: that was fourteen minutes of exercise for the home program
t: now walk with me outside on the sidewalk and the curb without the cane
p: without the cane
t: i am right next to you good step up the curb good
c: she left the cane in the car yesterday
t: thats nine minutes of gait training on the sidewalk and curb independent no cane
t: goals walking in the community without the cane met stairs with the rail met sit to stand goal met
t: the only one partly met is the standing to cook for thirty minutes she is at twenty
p: i sit down to chop
t: thats fine keep doing the pool and the home program
c: what if the pain comes back
t: call us and we will get a new order
p: thank you for everything
t: you did the work mrs pham
""",
    [
        "last visit|discharge",
        "eleven visits|11 visits",
        "shallow end forwards and backwards ten laps|10 laps",
        "chest high water|chest high",
        "maybe one sometimes zero|1/10",
        "nine point two seconds|9.2 seconds",
        "fifteen point eight|15.8",
        "sit to stand ready go fourteen|14",
        "two pound weight|2 pound",
        "fourteen minutes of exercise|14 minutes",
        "nine minutes of gait training|9 minutes",
        "without the cane|no cane",
        "partly met",
        "thirty minutes she is at twenty|20 minutes",
    ],
    ["falls", "giving way"],
    ["bill the pool sessions", "three times a week", "left the cane in the car"],
)

# ---------------------------------------------------------------------------------------------
# dev, OT
# ---------------------------------------------------------------------------------------------

S(
    "ad_ot01_arm_swelling_tape",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 9},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hi Linda, I'm Jen, occupational therapy. Your surgeon sent you for the swelling in your left arm?
P: Yes. I had the mastectomy in June and the lymph nodes out, and since August the arm keeps getting bigger.
T: Any redness, warmth, or fever in that arm?
P: No, nothing like that. Just heavy.
T: Heavy. Any pain?
P: An ache, maybe a three. My rings don't fit anymore.
T: Three out of ten. Any numbness in the hand?
P: A little on the back of the arm, under it. Not the hand.
T: Okay, so numbness under the upper arm, the hand is fine. Let me measure with the tape. I go every four centimeters from the wrist.
P: My sister had this too, hers was worse.
T: At the wrist, left is seventeen centimeters, right is fifteen and a half. Forearm, ten centimeters up: left twenty-six, right twenty-two.
P: Four whole centimeters?
T: Four centimeters at the forearm. Upper arm, left thirty-three, right thirty.
T: Skin is soft, no pitting when I press, no open areas.
T: What's hard at home right now?
P: Putting on a bra, carrying the grocery bags, and I'm a hairdresser, so holding the dryer up is hard after an hour.
T: Are you working?
P: Three days a week, short days.
T: Reaching overhead, you get to about one hundred thirty degrees on the left. The right is full.
T: Grip with the dynamometer, left forty-two pounds, right fifty-five.
P: I'm right handed anyway.
T: Okay. So with the surgery, the chemo and the work demands, this is a moderate complexity evaluation.
T: Today I spent about nine minutes teaching you skin care and how to put on the compression sleeve the right way, rolling it, not pulling.
P: The sleeve I bought online?
T: That one is too tight at the elbow, see the line? We'll get you measured for a proper one.
P: My husband wants to know if you can also look at his tennis elbow.
T: He'll need his own appointment, I can't do that today.
T: Plan is twice a week for six weeks, manual lymph drainage and bandaging, then a fitted sleeve.
P: Will the bandages let me work?
T: We'll plan around your shifts. Avoid blood pressure and needles on the left arm.
P: The nurse did my blood pressure on that arm last week.
T: Tell them to use the right arm from now on.
P: Okay. I'll put a note in my phone.
""",
    [
        "left arm",
        "mastectomy in June",
        "maybe a three|3/10",
        "numbness under the upper arm|under the upper arm",
        "left is seventeen centimeters|17 cm",
        "fifteen and a half|15.5 cm",
        "left twenty-six, right twenty-two|26 cm",
        "no pitting",
        "hairdresser",
        "one hundred thirty degrees|130 degrees",
        "left forty-two pounds|42 pounds",
        "moderate complexity",
        "nine minutes teaching|9 minutes",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["redness", "fever", "open areas"],
    ["tennis elbow", "sister had this too", "sleeve I bought online"],
)

S(
    "ad_ot02_signing_voice_hand",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 8, "97530": 16},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi Kevin. And hi, you're the interpreter today?
C: Yes, I'm Beth, the ASL interpreter. I'll voice for Kevin in first person, so when I say I, that's him.
T: Perfect. Kevin, how's the right hand since Monday?
C: It's better. I can make a fist almost all the way. Pain is a two.
T: Two out of ten. Any numbness in the fingers?
C: No, no numbness.
T: Any swelling after the last session?
C: A little in the evening. Not bad.
P: Good.
T: Okay, I'll start with some scar work and joint mobilization on the knuckles. Beth, can you stand there so he sees both of us?
C: Sure. Kevin says that tickles.
T: Ha. The scar is softer. Now the glides on the middle finger joint, this might pull.
C: It pulls but it's okay.
T: Good. That was eight minutes of manual, separate from what comes next.
T: Now the functional part. Kevin, you work at the auto shop, right?
C: Yes, I'm a mechanic. I need to hold a wrench and turn bolts.
T: Let's do the bolt board, small bolts first, then the big ones with the wrench.
C: The small ones are hard. My fingers feel clumsy.
T: Take your time. Then picking up washers from the tray and putting them in the cup.
C: This is like work. I dropped two.
T: Dropped two out of twenty, that's good. Now the screwdriver, turn it ten times.
C: Okay. That is harder, the handle is thin.
T: Let's try the foam on the handle. Better?
C: Much better.
T: That was sixteen minutes of functional activity, in a separate block after the manual.
T: Let me check the fist. Distance from fingertip to palm, one centimeter now.
C: It was three last time.
T: Right, three centimeters last week.
C: Can you write a note so I don't have to go back to work until January?
T: Your surgeon decides work status, Kevin. I'll send him today's measurements.
C: Okay. Kevin says fair enough.
T: Plan next time: more wrench work, add putty for grip. Keep the foam on your screwdriver at home.
P: Thank you.
T: See you Thursday. Thanks, Beth.
C: You're welcome.
""",
    [
        "right hand",
        "Pain is a two|2/10",
        "scar work|scar",
        "joint mobilization on the knuckles|joint mobilization",
        "eight minutes of manual|8 minutes",
        "mechanic",
        "bolt board",
        "Dropped two out of twenty|2/20",
        "foam on the handle|foam",
        "sixteen minutes of functional|16 minutes",
        "one centimeter|1 cm",
        "putty for grip|putty",
    ],
    ["numbness"],
    ["until January", "go back to work"],
    has59=True,
)

S(
    "ad_ot03_alarm_then_omelet",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 20, "97535": 8},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Morning, Mr. Lindqvist. I'm Carla, the OT assistant. We're cooking today, remember?
P: Eggs. I remember.
T: How's the shoulder and the tremor today?
P: Shaky. The coffee went everywhere this morning.
T: Any falls this week?
P: No falls.
T: Any dizziness when you stand?
P: No, not this week.
T: Okay, let's go to the kitchen. Get the eggs from the fridge, the pan from the bottom cabinet.
P: Bottom cabinet, my knees.
T: Use the counter to come down. Good. Now crack the eggs.
P: One in the bowl, one on the counter. Ha.
T: Use both hands, elbows on the counter to steady it. There.
P: Oh, that's better with my elbows down.
P: What's that noise?
T: Oh, that's the building's fire alarm. It's a drill but we have to go out. Turn the burner off, we're walking out together.
P: It wasn't my eggs, I swear.
T: It wasn't your eggs. Take my arm, the stairs are to the left.
P: I'm fine, just slow.
T: We're back. That was about ten minutes outside, that doesn't count. Where were we?
P: The eggs. They're still in the bowl.
T: Let's finish. Whisk with the weighted whisk, then pour into the pan.
P: The weighted one shakes less. Who knew.
T: Flip with the wide spatula. Good. Now carry the plate to the table with the plate on the tray.
P: No spills.
T: No spills. That was twenty minutes of kitchen activities, not counting the fire drill.
T: Now let's talk about setting up your kitchen at home. Heavy pans on the counter, plates on the lower shelf, and sit on the stool to chop.
P: My wife will move everything.
T: Tell her the weighted utensils are the same kind we used. That was eight minutes of teaching the home setup.
P: Can you bill the fire drill time too? We were still working out there, walking the stairs.
T: No, I only bill what we did in the kitchen and the teaching.
P: I figured.
T: One more thing for the record. You are over the Medicare therapy threshold for occupational therapy this year, and Sarah, your OT, says the therapy is still medically necessary, so we add the KX modifier.
P: Whatever keeps you coming.
T: Next time, a sandwich and a cup of soup with the tremor strategies.
P: Soup. That'll be a show.
""",
    [
        "tremor",
        "coffee went everywhere",
        "bottom cabinet",
        "elbows on the counter",
        "weighted whisk",
        "wide spatula",
        "plate on the tray",
        "twenty minutes of kitchen|20 minutes",
        "plates on the lower shelf",
        "sit on the stool to chop",
        "eight minutes of teaching|8 minutes",
        "medically necessary",
        "sandwich and a cup of soup",
    ],
    ["falls", "dizziness"],
    ["about ten minutes outside", "bill the fire drill time", "It wasn't my eggs"],
    kx=True,
    has59=True,
)

S(
    "ad_ot04_scar_sleeve_cook",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97140": 12, "97110": 7},
    [],
    "97140x1:GO,CO",
    """
t: hi tony its marisol the ota today how are the burns on the forearm
p: itchy man so itchy at night
t: itchy at night okay any open spots any blisters
p: no blisters no open spots
t: good the skin looks closed lets take off the pressure sleeve
p: it leaves lines on me
t: the lines go away thats normal are you wearing it twenty three hours a day
p: like twenty hours i take it off to shower and to cook
t: you are a cook right
p: line cook at the diner the fryer is what got me
t: okay lotion first then scar massage small circles firm pressure
p: that feels weird but good
t: the scar is raised here near the wrist about a half a centimeter
p: is it gonna stay like that
t: it flattens over months with the massage and the sleeve
t: now i stretch the skin while you bend the wrist back
p: ow tight tight
t: hold it there breathe
t: okay that was twelve minutes of scar massage and skin stretching
p: can we do the wax thing
t: the para fin not today the scar is still too new for the heat
p: dang
t: now some wrist and finger exercises prayer stretch three times thirty seconds tendon glides ten reps
p: my fist is better
t: it is good now the putty squeeze green putty twenty times
p: this putty smells like bubble gum
t: that was seven minutes of exercise
p: my boss wants me back on the fryer next week
t: your therapist will talk to the surgeon about that i cant say yes today
p: can you write down that i need a new sleeve i want the black one
t: the black sleeve is something your therapist orders after measuring i will tell her you asked
p: cool cool
t: wrist extension is about sixty degrees today
p: last time
t: last time fifty
t: keep the massage at home two times a day and wear the sleeve
p: yes maam
t: next time we check the sleeve fit
""",
    [
        "burns on the forearm|forearm burns",
        "itchy at night",
        "pressure sleeve",
        "twenty hours|20 hours",
        "line cook",
        "scar massage",
        "half a centimeter|0.5 cm",
        "twelve minutes of scar massage|12 minutes",
        "three times thirty seconds|3 x 30 seconds",
        "tendon glides ten reps|10 reps",
        "green putty twenty times|20 times",
        "seven minutes of exercise|7 minutes",
        "about sixty degrees|60 degrees",
        "two times a day|2x/day",
    ],
    ["blisters", "open spots"],
    ["para fin", "black sleeve", "back on the fryer next week"],
)

S(
    "ad_ot05_son_asks_driving",
    "OT",
    "progress",
    "OT",
    "cms",
    "dev",
    {"97530": 24, "97535": 6},
    [],
    "97530x2:GO",
    """
T: Hello Mr. Whitfield, and hi, Daniel. Today's the progress report, we're at visit ten.
C: He's been asking me every day when he can drive again.
P: I'm fine to drive. I drove for sixty years.
T: That's one of the things I want to talk about. First, how are you doing with the left side, reading and finding things?
P: I still miss the left side of the plate sometimes.
C: He left the peas on the left last night.
T: Okay. Let's do the scanning test. Cross out all the letter A's on this sheet.
P: Done.
T: You found thirty-eight of forty. At the start you found twenty-two.
P: Not bad for an old man.
T: Not bad at all. Any headaches or double vision?
P: No double vision. No headaches.
T: Good. Now the functional part, the grocery shelf. Find the six items on the list, left to right.
P: Cereal, the beans, where's the rice... there.
T: You turned your head to find the rice, that's the strategy working. Five out of six without cues, one with a verbal cue.
C: He used to need a cue for every one.
T: Then the pill bottles on the left of the table, sorting into the organizer.
P: Monday, Tuesday... All done.
T: All correct. Then walking the hallway and naming the doors on the left.
P: Room twelve, room fourteen, the fire extinguisher.
T: You didn't bump the door frame once. That was twenty-four minutes of functional scanning activities.
T: Now, the driving. I can't clear you to drive from here. What I can do is refer you to a driver rehabilitation specialist for a behind-the-wheel test.
C: Can't you just do the test here? And bill it?
T: No, we don't do the road test here, and I can't bill for something we don't do. The specialist does that.
P: So no driving.
T: Not until that test. I spent about six minutes teaching you and Daniel the scanning home program, the lighthouse strategy, turning the head all the way left.
C: The lighthouse. Got it.
T: Goals: scanning the plate and the page, met. Medication setup with the organizer, met. Community mobility without bumping, partly met, he still needs reminders in crowds. Driving goal is not met.
P: That's the one I care about.
T: I know. Plan: two times a week for four more weeks, then the driving referral.
C: What about his glasses? He says they're blurry.
T: See the eye doctor, that's outside what I do here.
P: Bunch of doctors.
T: Lighthouse every meal. See you Friday.
""",
    [
        "visit ten|visit 10",
        "left side of the plate",
        "thirty-eight of forty|38/40",
        "twenty-two|22/40",
        "Five out of six without cues|5/6",
        "verbal cue",
        "pill bottles|organizer",
        "twenty-four minutes of functional scanning|24 minutes",
        "driver rehabilitation specialist",
        "six minutes teaching|6 minutes",
        "lighthouse strategy",
        "partly met",
        "driving goal is not met",
        "two times a week for four more weeks|2x/week for 4 weeks",
    ],
    ["double vision", "headaches"],
    ["bill it", "blurry", "drove for sixty years", "peas on the left"],
)

S(
    "ad_ot06_referral_says_left",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 10},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hi gloria today is your re evaluation for the wrist
p: okay the right one
t: so the new referral from the doctor says left wrist
p: no its the right its always been the right i broke the right
t: yes everything in our chart says right distal radius fracture so the referral has a mistake ill call the office to get it corrected
p: they put the wrong one
t: happens more than you think so right wrist how is the pain
p: two maybe less in the morning
t: two out of ten it was a six at the first visit
p: yeah it was bad
t: any numbness in the fingers now
p: no numbness not anymore
t: any swelling at the end of the day
p: no swelling
t: okay lets measure wrist extension fifty five degrees flexion fifty degrees
p: the other side is more
t: the left is seventy and seventy so you are getting close
t: grip the dino meter three tries right hand thirty eight pounds left fifty
p: i used to open jars no problem
t: what can you do now at home that you couldnt before
p: i can cut my meat and i can do my hair in a ponytail
t: thats two goals met cutting food and grooming
p: but i still cant carry the laundry basket with the bad hand
t: carrying laundry partly met
t: quick dash score today is twenty five it was sixty two at the start
p: i dont know what that means
t: it means your arm works a lot better
t: after the testing we did ten minutes of exercise updating your home program wrist curls one pound and putty
p: one pound thats a can of soup
t: exactly use a can of soup
p: can you write that i need a housekeeper for the laundry
t: no i cant order a housekeeper thats not something i can do
p: my daughter said to ask
t: plan is one time a week for four more weeks for the carrying and the grip
p: okay
t: and ill fix the referral to say right wrist
p: thank you the left one is fine
""",
    [
        "right distal radius fracture|right wrist",
        "referral has a mistake|wrong side",
        "two maybe less|2/10",
        "fifty five degrees|55 degrees",
        "flexion fifty degrees|50 degrees",
        "thirty eight pounds|38 pounds",
        "cut my meat",
        "ponytail",
        "carrying laundry partly met|partly met",
        "quick dash score today is twenty five|25",
        "sixty two at the start|62",
        "ten minutes of exercise|10 minutes",
        "one time a week for four more weeks|1x/week for 4 weeks",
    ],
    ["numbness", "swelling"],
    ["housekeeper", "says left wrist"],
)

S(
    "ad_ot07_pill_box_last_day",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97129": 15, "97130": 3, "97535": 10},
    [],
    "97129x1:GO 97535x1:GO",
    """
T: Hi Mrs. Okonkwo. Last visit today, and your son's on the phone on speaker, right?
C: Yes, I'm here, I'm driving, but I can hear you.
T: Perfect. Mrs. Okonkwo, how did the week go with the pill box?
P: I only missed Thursday night.
C: She did miss Thursday. She told me herself, which is new.
T: One missed dose in a week. When we started, it was four or five a week.
P: The alarm on the phone helps.
T: Any dizziness, any falls this week?
P: No. No falls.
T: Let's do the last memory and planning work. Here is a week of pills, fake ones, and the doctor changed the blood pressure pill to twice a day. Fill the box.
P: Twice... so morning and night. Okay.
T: Good. Now the calendar: you have a dentist on the ninth and your grandson's recital on the twelfth. Put them in and set the reminders.
P: Ninth, dentist. Twelfth, recital. Reminder the day before.
T: You caught the change yourself. That was eighteen minutes of cognitive work, the pill change and the calendar planning.
C: Is she going to be okay on her own?
T: She's doing it. Now, I want to go over the home setup with both of you. The pill box stays next to the coffee maker, the refill list on the fridge.
C: The coffee maker. Got it.
T: And the pharmacy can do blister packs if the box gets hard. That was ten minutes of training on the home routine.
P: The blister packs are expensive.
T: Ask the pharmacy, some plans cover them.
T: Goals. Manage medications with the box and alarm, met. Keep appointments with the calendar, met. Cooking a simple meal safely, met last week.
P: I made jollof rice on Sunday.
C: It was great. Mom, can you ask her about the money stuff?
T: Paying bills is partly met, she still needs Michael to check the online banking.
C: Could you keep seeing her, like once a month, just to check on her? Insurance pays.
T: Not as skilled therapy, no. If something changes, her doctor can send her back.
P: I'll miss you.
T: You'll be fine. Keep the alarm on.
C: Thank you, really.
T: Take care, both of you.
""",
    [
        "pill box",
        "missed Thursday night|only missed Thursday",
        "four or five a week|4-5 a week",
        "alarm on the phone",
        "twice a day|2x/day",
        "dentist on the ninth|9th",
        "recital on the twelfth|12th",
        "eighteen minutes of cognitive|18 minutes",
        "next to the coffee maker",
        "blister packs",
        "ten minutes of training|10 minutes",
        "partly met",
        "online banking",
    ],
    ["dizziness", "falls"],
    ["once a month, just to check", "jollof rice", "Insurance pays"],
    cog=18,
)

# ---------------------------------------------------------------------------------------------
# dev, SLP
# ---------------------------------------------------------------------------------------------

S(
    "ad_slp01_puree_spoon_mom",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Amara! Hi Mom. How's feeding going this week?
C: Better. She's eating the purees, but she still gags on anything with lumps.
T: Anything with lumps. How many times a day is she gagging?
C: Maybe two or three times a meal, with the lumpy yogurt.
T: Any vomiting with the gagging?
C: No, she hasn't thrown up this week.
T: Any coughing or wet voice after she drinks?
C: No coughing, no.
T: Good. Amara's two and a half, right?
C: Two and a half in January. She's twenty-nine months.
P: Mama, juice!
T: Let's start with the chewy tube. Amara, bite, bite, bite on the right side.
P: Bite!
T: Good biting. Five bites on the right, five on the left.
C: She never let me do that at home.
T: Now the puree on the spoon. I put the spoon on the middle of her tongue and press down a little.
P: Mmm.
T: Lip closure on the spoon, eight out of ten spoonfuls without me helping.
C: Eight out of ten, that's good?
T: It's good. Last time it was five out of ten. Now the mashed banana with a few small lumps.
P: Yucky.
T: She gagged once, then she swallowed it. Let's try again, tiny amount.
C: Her brother would eat the whole banana.
P: More!
T: She asked for more. Three out of five tiny bites of lumpy banana with no gag.
C: Can we do the crunchy puffs?
T: Let's try one melt-away puff on the side teeth. Watch her jaw go up and down.
P: Crunch.
T: Beautiful chewing. Two puffs, no gag.
C: Can you put down that she needs a feeding chair? Insurance might pay for one.
T: She doesn't need a special chair, her high chair at home is fine with the footrest. I won't put that down.
C: Fair.
T: Home program: chewy tube before meals, lumpy textures once a day, melt-away puffs for snack.
C: Once a day.
T: Next time we try soft cooked carrots.
C: She'll hate that.
T: We'll see. Bye, Amara!
P: Bye bye!
""",
    [
        "gags on anything with lumps|gagging",
        "two or three times a meal|2-3 times a meal",
        "twenty-nine months|29 months",
        "chewy tube",
        "Five bites on the right, five on the left|5 bites",
        "lip closure on the spoon|lip closure",
        "eight out of ten spoonfuls|8/10",
        "five out of ten|5/10",
        "Three out of five tiny bites|3/5",
        "melt-away puff",
        "Two puffs, no gag|2 puffs",
        "lumpy textures once a day",
        "soft cooked carrots",
    ],
    ["vomiting", "coughing or wet voice"],
    ["feeding chair", "Her brother would eat"],
)

S(
    "ad_slp02_pitch_app_hertz",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Jordan, come in. How did the week go with the voice practice?
P: Good, I think. I practiced every day with the pitch app, like fifteen minutes.
T: Fifteen minutes a day, great. Any throat pain or hoarseness after practicing?
P: No, no hoarseness. My throat felt fine.
T: Any coughing or throat clearing?
P: Not really. Less than before.
T: Okay. Let's get a baseline. Read the first sentence of the rainbow passage.
P: When the sunlight strikes raindrops in the air, they act as a prism.
T: Your average pitch was one seventy-eight hertz. Last week it was one sixty-five.
P: Oh, nice.
T: And the target range we set is one seventy to two twenty. You're in it.
P: I feel like I sound fake though.
T: That's common at this stage. Let's work on resonance, the forward focus. Hum, mm-hmm, feel it on your lips.
P: Mm-hmm. Mm-hmm.
T: Now carry that into words. Me, may, my, more.
P: Me. May. My. More.
T: Nine out of ten with forward resonance. Now short phrases: my name is Jordan, nice to meet you.
P: My name is Jordan, nice to meet you.
T: That was lovely. Now the hard one, a phone call role-play. I'm the pharmacy.
P: Hi, I'm calling to pick up a prescription for Jordan Lee.
T: Pitch stayed in range the whole call, but it dropped when you laughed.
P: My laugh is the worst.
T: We'll work on the laugh next week. Seven out of ten phrases in range during conversation.
P: At work people still call me sir on the phone.
T: That's what we're working on. Keep the practice to short blocks so your voice doesn't get tired.
P: Can you bill my insurance for the app? It was twelve dollars.
T: No, I can't bill for an app you bought. That's yours.
P: Worth a shot.
T: Home practice: resonance humming five minutes, then phrases, twice a day. Record one phone call.
P: My roommate will think I'm nuts.
T: Tell them it's homework. Next week: laughing and coughing voice, and intonation.
P: Thanks, see you Tuesday.
""",
    [
        "pitch app",
        "fifteen minutes a day|15 minutes a day",
        "rainbow passage",
        "one seventy-eight hertz|178 Hz",
        "one sixty-five|165 Hz",
        "one seventy to two twenty|170-220 Hz",
        "forward focus|forward resonance",
        "Nine out of ten|9/10",
        "phone call role-play",
        "dropped when you laughed",
        "Seven out of ten phrases|7/10",
        "five minutes, then phrases, twice a day|2x/day",
    ],
    ["hoarseness", "throat pain"],
    ["bill my insurance for the app", "twelve dollars", "roommate will think"],
)

S(
    "ad_slp03_jaw_stretcher_radiation",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Castellano. How's the jaw this week?
P: Still tight. Better in the afternoon.
T: Let's measure. Open as wide as you can... twenty-six millimeters. Last week twenty-three.
P: Three more. That's a whole fry.
T: Ha. When we started in October you were at eighteen millimeters.
P: I remember, I couldn't fit a spoon.
T: Any pain in the jaw joint when you open?
P: No pain, just tight.
T: Any coughing or choking at meals this week?
P: No choking. I coughed once on water.
T: Once on water, thin liquid. Okay. Let's do the jaw stretcher. Five stretches, hold thirty seconds each.
P: Okay. That's the TheraBite?
T: The TheraBite. Good. Number two. Breathe.
P: Ugh.
T: Three, four, five. Now the swallow exercises. Effortful swallow, ten times.
P: Squeeze hard.
T: Squeeze hard like a big pill. Good. Now the Masako, tongue between the teeth, swallow.
P: That one is so weird.
T: Five out of five. Now let's try a trial with a real food. Soft pasta, small bite.
P: Can I have the pizza next time?
T: Not yet. Chew, chew, swallow, then a second dry swallow.
P: Done.
T: No residue when you say ah. Voice is clear. Eight bites of pasta, no coughing.
P: That's the most I've eaten here.
T: Let's try thin water with a chin tuck. Small sip.
P: Fine.
T: Five sips with chin tuck, no coughing. Keep the chin tuck for water at home.
P: My wife keeps forgetting to remind me.
T: Put a sticky note on the cup. Diet stays soft and bite-sized, IDDSI level six, thin liquids with the chin tuck.
P: Can you order me a second jaw stretcher for work?
T: One is enough, and I don't order extras. Keep it in your lunch bag.
T: Also for the note: you're past the Medicare threshold for the year for speech and physical therapy combined. The therapy is still medically necessary for the swallowing and the jaw, so the claim goes with the KX modifier.
P: My radiation doctor says the same, keep going.
T: Next visit: TheraBite seven times a day at home, and we'll try a soft sandwich.
P: A sandwich. Now we're talking.
""",
    [
        "twenty-six millimeters|26 mm",
        "twenty-three|23 mm",
        "eighteen millimeters|18 mm",
        "coughed once on water|once on water",
        "Five stretches, hold thirty seconds each|5 x 30 seconds",
        "TheraBite",
        "Effortful swallow, ten times|10 times",
        "Masako",
        "Eight bites of pasta|8 bites",
        "Five sips with chin tuck|5 sips",
        "IDDSI level six|IDDSI 6",
        "medically necessary",
        "seven times a day|7 times a day",
    ],
    ["pain in the jaw joint", "choking"],
    ["second jaw stretcher", "pizza next time", "whole fry"],
    kx=True,
)

S(
    "ad_slp04_ride_calls_mom",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi mateo ready for our k and g sounds
p: yeah
t: mom how was practice at home
c: he did the cards four nights this week
t: four nights great lets start with words with k at the start cup key cat
p: tup
t: put the back of your tongue up like you are snoring cup
p: cup
t: nice one
c: sorry thats my phone its the ride to pick us up one second
c: hello yes we finish at four thirty no four thirty okay bye
c: sorry about that
t: no problem where were we oh right mateo we were on k words
p: key cat car
t: all three good so far k at the start of words eighteen out of twenty correct
c: thats so much better
t: last time it was twelve out of twenty now the g words go goat gum
p: doat
t: back of the tongue goat
p: goat
t: g at the start fourteen out of twenty with a visual cue
c: what is the visual cue
t: i point to my throat like this
p: i can do it
t: now short phrases a cup of milk a big cake
p: a cup of milk a big tate
t: listen again a big cake
p: a big cake
t: k in phrases seven out of ten
p: can i get a sticker
t: you can get a sticker dinosaur or car
p: dinosaur
c: can you do his little sister too she says tat for cat
t: she would need her own evaluation i cant see her today
c: okay ill call the front desk
t: any trouble with his ears lately any ear infections
c: no none this winter
t: good practice the k phrases every night five minutes
c: five minutes we can do that
t: next time the g phrases
p: bye bye
""",
    [
        "cards four nights|4 nights",
        "back of your tongue up like you are snoring|back of the tongue",
        "eighteen out of twenty|18/20",
        "twelve out of twenty|12/20",
        "fourteen out of twenty with a visual cue|14/20",
        "i point to my throat|visual cue",
        "seven out of ten|7/10",
        "every night five minutes|5 minutes",
        "g phrases",
    ],
    ["ear infections"],
    ["finish at four thirty", "do his little sister", "she says tat for cat", "dinosaur or car"],
)

S(
    "ad_slp05_speakerphone_words",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Good afternoon, Mr. Haddad. The interpreter is on the speakerphone. Hello, can you hear us?
C: Yes, hello, this is Samir, Arabic interpreter, ID four four seven one. I can hear you.
T: Thank you. Please tell Mr. Haddad I'm the speech therapist, and I'll ask about his speech since the stroke.
C: I told him. He says hello.
P: Marhaba.
T: When was the stroke?
C: He says... sorry, there's a delay... he says three months ago, in August.
T: What's hardest with talking?
C: He says he knows the word but it doesn't come out. He says names are the worst, his grandchildren's names.
T: Does he understand people at home?
C: He says yes, mostly, unless they talk fast.
T: Any trouble swallowing, coughing when he eats or drinks?
C: He says no, no trouble swallowing.
T: Any trouble reading the newspaper?
C: He says the Arabic paper is slow but okay.
T: I'm going to show him pictures. Mr. Haddad, name these in Arabic, the interpreter will tell me if it's right.
P: Miftah.
C: He said key. Correct.
P: ... qalam.
C: Pen, correct. He took a long time.
T: Long pause noted. The next one?
P: Uh... uh... shay... la.
C: He couldn't get it. It's a scissors.
T: Okay. Overall he named eleven out of twenty pictures in Arabic, most with a delay.
T: Following commands: point to the door, then touch your nose.
P: Bab... anf.
C: He did both.
T: Two-step commands, five out of five correct. Three-step, three out of five.
T: Repeating sentences, short ones fine, long ones he dropped words.
C: He says sorry he is slow.
T: Tell him no need to apologize. His speech is clear, no slurring. This is an aphasia, mostly word-finding, anomic type.
C: His wife wants to come next time. She is at the pharmacy.
T: Please, yes. Plan: speech therapy two times a week for eight weeks, with an interpreter each time. Goals: name family members and common objects with eighty percent accuracy, and use a word-finding strategy, like describing the word.
C: He asks, can you bill his son's insurance, it's better.
T: No, it goes to his own Medicare. I can't bill someone else's insurance.
C: He understands.
P: Shukran.
T: Thank you both. Samir, thank you.
C: You're welcome, goodbye.
""",
    [
        "stroke",
        "three months ago, in August|3 months ago",
        "names are the worst|grandchildren's names",
        "unless they talk fast",
        "eleven out of twenty|11/20",
        "Two-step commands, five out of five|5/5",
        "Three-step, three out of five|3/5",
        "long ones he dropped words",
        "anomic",
        "two times a week for eight weeks|2x/week for 8 weeks",
        "eighty percent accuracy|80%",
        "interpreter",
    ],
    ["trouble swallowing", "slurring"],
    ["bill his son's insurance", "wife wants to come next time", "four four seven one"],
)

S(
    "ad_slp06_cough_sniff_breath",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi denise so today is your progress report visit eight
p: already eight
t: eight so how many coughing fits this week
p: i counted like i said maybe three a day it used to be fifteen a day
t: three a day down from fifteen thats big
p: the worst one was at church the perfume lady
t: perfume is one of your triggers yeah what did you do
p: i did the sniff and the blow out the purse lips and it stopped
t: how long did it take to stop
p: like thirty seconds before it was five minutes
t: any throat tightness with breathing in any noisy breathing
p: no not this week none of that
t: any heartburn
p: no heartburn since the pills
t: okay lets practice the rescue breathing sniff in through the nose
p: sniff
t: out through purse lips like a straw
p: phew
t: good now i will give you the trigger the cold air from the fan
p: oh here comes the tickle
t: swallow hard sip of water then the sniff
p: okay it went away
t: that was the urge suppression eight out of ten times today the tickle went away without a full cough
p: thats better than last time
t: last time it was four out of ten
t: the voice sounds clearer too less rough
p: my husband says i dont clear my throat all day anymore
t: goals first reduce coughing fits to under five a day met second use the rescue breathing without cues met third talk on the phone for ten minutes without coughing partly met
p: the phone is still hard when i talk long
t: right you got to six minutes today
p: can you write me a letter for work that i need a fan at my desk
t: i can write that cold air and perfume are triggers for you not order a fan
p: okay thats fine
t: plan two more visits every other week then we discharge
p: two more okay
t: keep the water bottle with you and the sniff and blow every time
p: will do
""",
    [
        "visit eight|visit 8",
        "maybe three a day|3 a day",
        "fifteen a day|15 a day",
        "perfume",
        "pursed lips|purse lips",
        "thirty seconds|30 seconds",
        "eight out of ten times|8/10",
        "four out of ten|4/10",
        "less rough",
        "under five a day met|under 5 a day",
        "partly met",
        "six minutes|6 minutes",
        "two more visits every other week|2 more visits",
    ],
    ["throat tightness", "noisy breathing", "heartburn"],
    ["fan at my desk", "at church"],
)

S(
    "ad_slp07_toast_at_wedding",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Mr. Petrakis, good morning. And Mrs. Petrakis. Last day today.
C: He's been practicing his toast for our granddaughter's wedding all week.
P: June. I have to give a speech. Fifty people.
T: Let's hear how it's going. First the sound check. Say pa-ta-ka as fast as you can.
P: Pa-ta-ka, pa-ta-ka, pa-ta-ka.
T: Nice and even. When we started it was pa-ka-ta, the sounds got mixed.
P: I remember. I sounded drunk.
T: Let's do the sentence list. Twenty sentences, I'll mark the ones you get right the first try.
P: The boy went to the store. The kitten ran up the tree...
T: Seventeen out of twenty on the first try. At the start it was eight out of twenty.
C: I can understand him on the phone now.
T: Intelligibility in conversation I'd put at about ninety percent for someone who doesn't know him.
P: Ninety.
T: Any trouble swallowing, coughing at meals?
P: No, none.
C: None.
T: Any new weakness or drooping on the face?
P: No, nothing new.
T: Good. Now the toast. Go ahead, slow rate, use the pauses we practiced.
P: I want to thank... everyone for coming. Sofia, when you were little... you would sit on my lap...
T: That was lovely. Two groping moments, but you slowed down and got the word out.
C: I cried already.
T: The strategy list: slow rate, one breath per phrase, and if you get stuck, pause, reset, and start the word again.
P: Pause, reset.
T: Goals. Speak in sentences understood by strangers, met. Use the strategies without reminders, met. Say long multisyllable words like refrigerator, partly met.
P: Refrigerator is my enemy.
T: Re-fri-ge-ra-tor. Practice it in the home program, the long words list, ten minutes a day.
C: Can you keep seeing him until the wedding? We'd pay with the insurance.
T: He has met his goals, so I can't keep billing for sessions he doesn't need. If something changes, call his doctor.
C: Okay. Fair.
P: Can you come to the wedding?
T: I'd love to hear how it goes. Send me a picture.
C: Thank you for everything.
T: It was a pleasure. Keep practicing, Mr. Petrakis.
""",
    [
        "toast",
        "wedding",
        "Fifty people|50 people",
        "pa-ta-ka",
        "Seventeen out of twenty|17/20",
        "eight out of twenty|8/20",
        "about ninety percent|90%",
        "Two groping moments|2 groping moments",
        "one breath per phrase|1 breath per phrase",
        "pause, reset",
        "partly met",
        "refrigerator",
        "ten minutes a day|10 minutes a day",
    ],
    ["trouble swallowing", "drooping on the face"],
    ["keep seeing him until", "Can you come", "I sounded drunk"],
)

# ---------------------------------------------------------------------------------------------
# test, PT
# ---------------------------------------------------------------------------------------------

S(
    "ad_pt09_baby_head_tilt",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 8},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: Hi, I'm Alex, the physical therapist. And this must be Noah. How old is he now?
C: Four months next week. The pediatrician said his head tilts to the right and he only looks one way.
T: When did you first notice it?
C: Maybe at six weeks? In all the pictures his head is tilted to the right.
P: Aah. Ba.
T: Hi buddy. Was it a long delivery, any forceps or vacuum?
C: Long, twenty hours, but no forceps, no vacuum.
T: Any trouble feeding, does he prefer one breast or one side of the bottle?
C: He only wants the left side. The right side he fusses.
T: Okay, that fits. Any hip problems noted by the doctor?
C: No, she checked his hips, she said they're fine.
T: Let's look. He's lying on his back, head turned left and tilted right. I'm feeling the neck muscle on the right... there's no lump, no knot in the muscle.
C: Good, I was scared of that.
T: Rotation to the right, passively, about sixty degrees. To the left, about ninety. So he's missing about thirty degrees to the right.
P: Eh. Eh.
T: I know, buddy. Side bend, he tilts his ear to the right shoulder easily, to the left only about half.
C: Is that why his head is flat on the back?
T: Yes, his head is a little flat on the back right side. Mild. How much tummy time does he get?
C: Maybe five minutes a day. He screams.
T: Let's see. On his tummy... he lifts his head to forty-five degrees, holds for a few seconds. That's okay for four months, a bit low.
P: Waah.
T: Okay, back to Mom. Rolling, does he roll yet?
C: Not yet.
T: This is torticollis on the right side, and I'd call it a low complexity evaluation, healthy baby, no other problems.
T: Now let me teach you the stretches. I spent about eight minutes on this with you. Chin to the right shoulder, hold for thirty seconds, three times. Ear to the left shoulder, thirty seconds, three times.
C: Like this?
T: Hand on his shoulder, gentle. Never force it. Do them at every diaper change.
C: Every diaper change, okay.
T: Feed him from the right side, toys on his right, and carry him facing out with his head turned right.
C: Can you write something for daycare? They need a note to do the exercises.
T: Yes, I'll write the daycare a note with the positioning.
C: And his sister's flat feet, could you look at them since we're here?
T: She'd need her own appointment, not today.
T: Plan: once a week for eight weeks. Goal: full rotation to the right and tummy time ten minutes at a time.
C: Ten minutes. He'll hate it.
T: Start with two minutes, many times a day.
P: Ba ba.
""",
    [
        "four months|4 months",
        "tilted to the right|tilts to the right",
        "only wants the left side",
        "about sixty degrees|60 degrees",
        "about ninety|90 degrees",
        "missing about thirty degrees|30 degrees",
        "flat on the back right side|plagiocephaly",
        "five minutes a day|5 minutes a day",
        "forty-five degrees|45 degrees",
        "torticollis on the right side|right torticollis",
        "low complexity",
        "about eight minutes|8 minutes",
        "thirty seconds, three times|3 x 30 seconds",
        "once a week for eight weeks|1x/week for 8 weeks",
    ],
    ["forceps", "hip problems", "lump"],
    ["sister's flat feet"],
)

S(
    "ad_pt10_pelvic_floor_sneeze",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97110": 12, "97112": 14},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
T: Hi Mrs. Delgado. This is Mia from our clinic, she's here as the chaperone for today, like we talked about.
T: Hi, I'm Mia. I'll be over here.
P: That's fine, thank you.
T: How was the week? How many leaks?
P: Two. Both when I sneezed. Before it was every day.
T: Two leaks this week with sneezing. Any leaking when you lift the grandkids?
P: No, no leaking with lifting anymore.
T: Any pain with the exercises at home?
P: No pain.
T: Pads per day?
P: One pad, just in case. It used to be three.
T: One pad a day, down from three. Okay, let's start with the breathing and the pelvic floor contraction lying down. Breathe in, let go, breathe out and lift.
P: Lift like an elevator.
T: Exactly. Quick flicks, ten times. Now long holds, eight seconds, eight times.
P: I can get to eight now. It was four.
T: Eight second hold, that's progress. Now the knack, contract before you cough. Cough.
P: Okay. No leak.
T: Good. That's neuromuscular re-education, the timing and coordination. About fourteen minutes.
P: My sister-in-law has the same problem, she's too embarrassed to come.
T: Tell her we're here. Now strengthening: bridges with the ball between the knees, two sets of twelve.
P: Squeeze the ball.
T: Then clamshells with the band, two sets of fifteen, and squats to the chair with the lift.
P: The squats are harder with the lift.
T: That was twelve minutes of strengthening.
T: Mia, thanks, we're done with the exam part.
T: You're welcome.
P: Can you do the internal biofeedback thing the website talked about? My friend had it.
T: We don't need it right now, you're doing well with these, so no biofeedback today.
T: One more thing for the billing. You're past the Medicare therapy threshold this year, you had the knee therapy in the spring. The therapy is still medically necessary, so we use the KX modifier.
P: The knee counts too?
T: Physical therapy and speech share one threshold, so yes.
P: Huh.
T: Plan next time: the knack with jumping jacks, and longer holds, ten seconds.
P: Jumping jacks. Great.
T: Keep your bladder diary for one more week.
P: I will.
""",
    [
        "chaperone",
        "Two. Both when I sneezed|2 leaks",
        "One pad|1 pad a day",
        "three|3 pads",
        "Quick flicks, ten times|10 times",
        "eight seconds, eight times|8 seconds",
        "It was four|4 seconds",
        "the knack",
        "About fourteen minutes|14 minutes",
        "bridges with the ball between the knees|bridges",
        "two sets of fifteen|2x15",
        "twelve minutes of strengthening|12 minutes",
        "medically necessary",
        "bladder diary",
    ],
    ["leaking with lifting", "pain with the exercises"],
    ["biofeedback", "sister-in-law"],
    kx=True,
)

S(
    "ad_pt11_lights_out_treadmill",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97116": 11, "97110": 13},
    [],
    "97110x1:GP,CQ,KX 97116x1:GP,CQ,KX",
    """
t: good afternoon mister yoon how is the hip today
p: about a three its been okay
t: three out of ten any falls since friday
p: no falls
t: any dizziness
p: no dizzy
t: okay lets get you on the treadmill with the harness for walking
p: the big machine
t: speed one point two to start hold the rails lightly
p: okay this is fine
t: heel first longer step on the right
p: like this
t: good
p: whoa what happened
t: the power went out hold on dont move the treadmill stopped
p: its dark
t: stay still im right here the belt stopped lights are coming back emergency lights
p: my heart is pounding
t: lets get you off slowly sit in the chair how do you feel
p: okay just scared
t: thats understandable we walked about six minutes on the treadmill before it went out
p: now what
t: the power is back but we are not getting back on that today lets walk in the hallway with the cane
p: yeah i prefer the floor
t: twenty meters and back two times cane on the left side
p: the left
t: cane opposite the sore hip good
t: okay that plus the treadmill is eleven minutes of gait training
p: my legs are tired
t: lets sit and do the exercises chair marching hip abduction with the yellow band sit to stands from the chair ten times
p: ten is a lot
t: you did ten last time too good
t: long arc quotes two sets of fifteen with the two pound weight
p: done
t: thats thirteen minutes of exercises
p: can you write the power outage down so i get a free visit
t: no thats not how it works but i will write that the session was interrupted
p: ha
t: one more thing my supervising pt asked me to say it on the record you are over the medicare threshold for this year and the therapy is still medically necessary so we add the k x modifier
p: okay whatever you need
t: next time we try the treadmill again with the harness if the power behaves
p: tell the power company
t: keep walking at home ten minutes twice a day
""",
    [
        "about a three|3/10",
        "treadmill with the harness|harness",
        "one point two|1.2",
        "longer step on the right",
        "power went out|power outage",
        "about six minutes on the treadmill|6 minutes",
        "twenty meters and back two times|20 meters",
        "cane on the left side|cane opposite the sore hip",
        "eleven minutes of gait training|11 minutes",
        "yellow band",
        "ten times|10 times",
        "two pound weight|2 pound",
        "thirteen minutes of exercises|13 minutes",
        "medically necessary",
    ],
    ["falls", "dizziness"],
    ["free visit", "tell the power company"],
    kx=True,
    parts={},
)

S(
    "ad_pt12_pacemaker_pull_neck",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97140": 10, "97530": 9},
    ["97012"],
    "97012x1:GP 97140x1:GP 97530x1:GP,59",
    """
T: Mr. Novak, good to see you. How's the neck and the left arm?
P: The arm tingling is less. Pain in the neck's a four today.
T: Four out of ten. Tingling, where now?
P: Just the thumb and the pointer finger. Before it was the whole hand.
T: Any weakness, dropping things?
P: No, not dropping anything.
T: Any headaches, dizziness when you look up?
P: No dizziness.
T: Good. Your chart says you have a pacemaker, right?
P: Since twenty nineteen.
T: Then no electrical stimulation on you, no e-stim, ever. I know the other clinic did it.
P: They did, on my back, years ago.
T: Not here. We'll do the traction. Lie back. Fifteen pounds, sixty seconds on, twenty off, for ten minutes total.
P: That's the pulling machine.
T: Yes. Tell me if the arm symptoms get worse.
P: Feels good actually. Like my head's floating.
T: Traction done. Tingling?
P: Less. Just the thumb.
T: Now manual. Cervical mobilization, the lower neck, and soft tissue on the upper trap. This is a separate block.
P: The left trap is always tight.
T: It is. Okay, that was ten minutes of manual therapy.
T: Now I want you to practice the reaching at the shelf like at the grocery store, and carrying the milk jug, keeping your head neutral.
P: I stock shelves at the store, so this is real.
T: Reach to the top shelf with the two-pound can, ten times, chin tucked.
P: My chin keeps poking out.
T: Push it back. Good. Then the jug, ten steps, switch hands.
P: Better.
T: Nine minutes of functional work, in its own block after the manual.
P: My wife says I should get the neck pillow from the TV ad. Can you bill that?
T: No, I don't bill pillows, and you don't need the TV one.
T: Left grip today, sixty-eight pounds. Last time sixty.
P: Eight more. I can tell.
T: Plan next time: same traction, then more lifting with good neck position.
P: What if it gets worse?
T: Call us. If the weakness comes, see the doctor that day.
P: Got it.
T: Home: chin tucks ten times every hour at work.
P: My manager will love that.
""",
    [
        "left arm",
        "neck's a four|4/10",
        "thumb and the pointer finger|thumb",
        "pacemaker",
        "no electrical stimulation|no e-stim",
        "Fifteen pounds, sixty seconds on, twenty off|15 pounds",
        "ten minutes total|10 minutes",
        "upper trap",
        "ten minutes of manual|10 minutes of manual",
        "two-pound can, ten times|2-pound can",
        "Nine minutes of functional|9 minutes",
        "sixty-eight pounds|68 pounds",
        "Last time sixty|60 pounds",
        "chin tucks ten times every hour|10 times every hour",
    ],
    ["dropping things", "dizziness"],
    ["neck pillow from the TV ad", "the other clinic did it", "My manager will love that"],
    has59=True,
)

S(
    "ad_pt13_says_more_at_home",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 20, "97140": 12},
    [],
    "97110x1:GP 97140x1:GP",
    """
t: hi mister abara today is the progress note visit ten for the shoulder
p: ten already time flies
t: how is the pain
p: two on a good day four when i reach back for the seatbelt
t: two to four okay any night pain
p: no i sleep through now
t: any numbness or tingling down the arm
p: no none
t: lets measure flexion lie back lift the arm up up up okay one hundred forty five degrees
p: no way i can do more than that at home i get it all the way up at home
t: at home you might be arching your back let me show you see the back comes up
p: hmm i guess so
t: i write what i measure one hundred forty five its up from one hundred twenty
p: fine but i can do more
t: external rotation sixty degrees it was forty
t: strength four out of five for the rotators it was three plus
p: thats better right
t: thats better quick dash today twenty two it was forty eight at the start
t: okay lets do the manual first joint mobilization on the shoulder posterior glides
p: oof thats the tight spot
t: and some soft tissue on the peck
p: thats a good hurt
t: okay that was ten minutes of manual
t: actually no i started before you got on the table with the scapula so call it twelve minutes of manual
p: twelve fine
t: now the exercises band external rotation red band three sets of ten rows wall slides and the cane overhead
p: the cane one i do at home every day
t: good ball on the wall circles thirty seconds three times
p: my shoulder is burning
t: that is the cuff working thats twenty minutes of exercises
t: goals reaching the top shelf met sleeping on the right side met lifting the grandson partly met he is thirty pounds and you got to twenty
p: he is getting heavier every week
t: plan two times a week for four more weeks and add lifting practice
p: can you write that i need a new recliner for the shoulder
t: no thats not a medical need for me to write
p: my wife will be disappointed
t: keep the band and the cane every day
""",
    [
        "visit ten|visit 10",
        "two to four|2-4/10",
        "one hundred forty five degrees|145 degrees",
        "one hundred twenty|120 degrees",
        "external rotation sixty degrees|60 degrees",
        "four out of five|4/5",
        "quick dash today twenty two|22",
        "forty eight at the start|48",
        "posterior glides",
        "twelve minutes of manual|12 minutes",
        "red band three sets of ten|3x10",
        "twenty minutes of exercises|20 minutes",
        "partly met",
        "two times a week for four more weeks|2x/week for 4 weeks",
    ],
    ["night pain", "numbness or tingling"],
    ["ten minutes of manual", "i can do more than that at home", "new recliner"],
)

S(
    "ad_pt14_ride_is_here_early",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 9, "97116": 6},
    [],
    "97110x1:GP,CQ",
    """
t: hi keisha sorry we are starting a little late how is the ankle
p: its okay like a two but my ride is coming early today my cousin has to work
t: okay so we have maybe fifteen minutes lets do what matters most
p: thank you
t: any swelling this morning
p: not really no
t: any giving way on the stairs
p: no it hasnt rolled since the boot came off
t: great lets do the exercises first cafe raises on the step two sets of fifteen
p: the right calf is weaker
t: it is keep it slow ankle alphabet with the band then the balance on the pillow thirty seconds
p: wobbly
t: wobbly is the point
t: okay nine minutes of exercises
p: my phone its her she is outside
t: tell her two minutes lets walk to the door together i want to see you on the stairs
p: okay
t: step up with the strong leg down with the sore one hold the rail
p: like this
t: good now heel to toe down the hallway
p: she is honking
t: okay thats six minutes of walking and stairs
p: sorry about this
t: its okay we did what we could
p: can you still charge the full visit so i dont lose my spot
t: i only bill what we did today i cant charge for the full visit
p: okay
t: do the cafe raises and the alphabet at home every day
p: i will
t: and next time we do the balance board and the jumping
p: jumping scary
t: small jumps
p: bye
t: bye keisha
""",
    [
        "like a two|2/10",
        "ride is coming early|ride",
        "maybe fifteen minutes|15 minutes",
        "calf raises|raises on the step two sets of fifteen|2x15",
        "right calf is weaker",
        "ankle alphabet",
        "pillow thirty seconds|30 seconds",
        "nine minutes of exercises|9 minutes",
        "step up with the strong leg",
        "six minutes of walking and stairs|6 minutes",
        "balance board",
    ],
    ["swelling", "giving way"],
    ["charge the full visit", "she is honking", "my cousin has to work"],
)

S(
    "ad_pt15_headache_back_to_class",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97112": 12},
    ["97164"],
    "97164x1:GP 97112x1:GP",
    """
T: Hi Ella, hi Mr. Brooks. Today's the re-evaluation, four weeks since the concussion evaluation.
C: She went back to school half days last week.
P: Just mornings. The cafeteria is the worst, it's so loud.
T: How's the headache today, zero to ten?
P: A two. It was a six when I started here.
T: Two. What makes it worse?
P: The smart board and the cafeteria. And reading more than twenty minutes.
T: Any nausea, any vomiting?
P: No, no nausea anymore.
T: Any neck pain?
P: No.
C: She's sleeping better too, ten hours.
T: Good. Let's retest. The symptom checklist... you scored fourteen today, it was forty-one on the first day.
P: That's way less.
T: Way less. Now the eye movements. Follow my finger side to side... headache change?
P: Maybe one point up, to a three.
T: Up to a three with smooth pursuits. Quick eye jumps between the two letters.
P: That one makes me dizzy a little.
T: Dizziness three out of ten with saccades. Okay. Balance, feet together, eyes closed on foam.
P: Ugh, I sway.
T: Twenty seconds before you stepped. Last time eight.
C: She was falling over at the start.
T: Then the treadmill test, you walked at a brisk pace to heart rate one fifty-five before symptoms went up. First time it was one twenty.
P: My legs were fine, my head not so much.
T: After the testing, we did about twelve minutes of the gaze stabilization and balance work: head turns while looking at the letter, then foam standing with head turns.
P: Those make me tired.
T: That's the brain working. Goals: tolerate school half days, met. Full days without a headache above three, not yet met. Return to soccer practice, not met.
C: The coach wants her back for the tournament in two weeks. Can you just sign the clearance?
T: No. Return to play is the doctor's decision, and she isn't ready for contact. I'll send the doctor the results.
P: I knew he'd ask.
T: Plan: one time a week for four more weeks, and a school letter for breaks, and no screens after nine.
C: Can you write that she gets extra time on tests?
T: Yes, the school letter can say extra time and a quiet place for tests while she recovers.
P: Thank you.
T: Home: the gaze exercise three times a day, and walk twenty minutes daily.
C: We'll walk the dog with her.
""",
    [
        "concussion",
        "half days",
        "A two|2/10",
        "six when I started|6/10",
        "reading more than twenty minutes|20 minutes",
        "symptom checklist... you scored fourteen|14",
        "forty-one|41",
        "Dizziness three out of ten|3/10",
        "Twenty seconds|20 seconds",
        "one fifty-five|155",
        "about twelve minutes|12 minutes",
        "gaze stabilization",
        "not yet met",
        "one time a week for four more weeks|1x/week for 4 weeks",
    ],
    ["nausea", "neck pain"],
    ["sign the clearance", "tournament in two weeks", "walk the dog"],
)

S(
    "ad_pt16_watch_says_ninety",
    "PT",
    "discharge",
    "PT",
    "cms",
    "test",
    {"97110": 15},
    ["G0283", "97010"],
    "97110x1:GP G0283x1:GP",
    """
T: Mr. Sorensen, last day. How's the knee?
P: It's good. One out of ten, maybe.
T: One out of ten. Any swelling after the long walks?
P: No swelling this week.
T: Any calf pain or redness?
P: No.
T: Let's check the numbers. Bend... one hundred eighteen degrees. Straighten... zero, full extension.
P: Zero! It was minus twelve.
T: It was minus twelve at the start, right. Timed up and go, go... eight point six seconds.
P: My watch says my heart rate is ninety.
T: Your watch can say ninety, that's fine for walking. Let me check your pulse by hand too... eighty-eight. Close enough.
P: I trust the watch more than my doctor.
T: Ha. Now the exercises for the last time, so I know you've got the home program. Step-ups, the mini squats, bridges, and the bike five minutes.
P: I know them by heart.
T: Step-ups on the eight-inch step, two sets of fifteen. Good. Mini squats, two sets of fifteen.
P: I could do these in my sleep.
T: That's fifteen minutes of exercise.
T: Now the stimulation with the ice, like before. Let me check your skin first, the sensation.
P: Go ahead.
T: Sharp or dull? ... All correct, sensation is normal, skin is intact, no redness. Okay, pads on the quad, the ice pack on top, fifteen minutes, unattended.
P: The tingles.
T: I'll be back when it beeps.
P: My neighbor says I should get the one they sell on TV for home.
T: You don't need one at home. Keep the ice.
T: Done. Skin looks fine after. Goals: walk a mile, met. Stairs reciprocal with the rail, met. Kneel in the garden, partly met, you can kneel on the foam pad for a minute.
P: The tomatoes don't care.
T: Discharge to the home program. Walk daily, the exercises three times a week.
P: Can you keep me on the schedule once a week? My wife likes me out of the house.
T: Ha. No, you've met your goals, I can't bill visits you don't need.
P: Had to try.
T: Call if the knee swells or the pain goes up.
P: Thank you, for real.
T: You did the work, Mr. Sorensen.
""",
    [
        "One out of ten|1/10",
        "one hundred eighteen degrees|118 degrees",
        "zero, full extension|0 degrees",
        "minus twelve|-12",
        "eight point six seconds|8.6 seconds",
        "eighty-eight|88",
        "eight-inch step, two sets of fifteen|8-inch step",
        "fifteen minutes of exercise|15 minutes of exercise",
        "sensation is normal",
        "pads on the quad",
        "ice pack",
        "fifteen minutes, unattended|15 minutes unattended",
        "walk a mile, met|walk a mile",
        "partly met",
    ],
    ["swelling", "calf pain or redness"],
    ["one they sell on TV", "once a week", "My wife likes me out of the house"],
)

# ---------------------------------------------------------------------------------------------
# test, OT
# ---------------------------------------------------------------------------------------------

S(
    "ad_ot08_nurse_thumb_splint",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97760": 14},
    ["97165"],
    "97165x1:GO 97760x1:GO",
    """
t: hi im sam from ot you must be tasha
p: hi yes im an icu nurse so i already googled everything sorry
t: ha thats fine so the referral says right de quervains
p: yeah radial side wrist pain for like six weeks worse when i flush lines and open the vial caps
t: how bad zero to ten
p: at rest one with the vials like a seven sharp
t: seven sharp with work any numbness or tingling in the fingers
p: no paresthesias none
t: any swelling you noticed
p: a little edema over the radial style oid in the evening
t: okay lets look finkel stein test thumb in the fist bend the wrist down
p: ow yep positive
t: positive on the right negative on the left tender right over the first compartment
p: thats the spot
t: grip right fifty pounds left seventy two
p: my left is weak usually so thats a lot of difference
t: pinch right eight pounds left fourteen
t: you are right handed
p: right handed and i lift patients all day
t: okay this is a low complexity evaluation one problem no other health issues
t: i am going to make you a thumb spica splint today out of thermoplastic wrist and thumb included tip free
p: can i wear it at work
t: yes wear it at work and at night take it off to shower and for the gentle motion twice a day
t: let me heat the material fit it on you mark it trim it
p: its warm
t: strap here and here check for pressure points
p: it rubs a little on the bone
t: i will flare the edge there better
p: better
t: that was fourteen minutes making and fitting the splint
p: can you make one for my coworker too she has the same thing
t: she needs her own referral and evaluation sorry
p: figured
t: plan two times a week for four weeks ice massage and the splint
p: what about a steroid shot
t: thats a question for your doctor not me
t: goals grip within twenty percent of the other side and flush lines without pain
p: sounds good
""",
    [
        "icu nurse",
        "right de quervains|de quervain",
        "six weeks|6 weeks",
        "like a seven sharp|7/10",
        "radial styloid|edema over the radial style oid",
        "finkelstein|finkel stein",
        "right fifty pounds|50 pounds",
        "left seventy two|72 pounds",
        "pinch right eight pounds|8 pounds",
        "low complexity",
        "thumb spica splint",
        "flare the edge",
        "fourteen minutes making and fitting the splint|14 minutes",
        "two times a week for four weeks|2x/week for 4 weeks",
    ],
    ["numbness or tingling", "paresthesias"],
    ["one for my coworker", "steroid shot", "googled everything"],
)

S(
    "ad_ot09_aide_buttons_morning",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 8},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Good morning, Mr. Ferreira. I'm Lauren, occupational therapy. And you are?
C: I'm Grace, I'm his home aide from the agency, I'm with him mornings, Monday to Friday.
T: Thank you for coming, Grace. Mr. Ferreira, the doctor sent you for the Parkinson's and getting dressed?
P: The buttons. I can't do the buttons anymore. My hands shake.
T: How long does dressing take you in the morning?
P: Forty minutes. Sometimes an hour.
C: I help with the shirt and the socks. He does the pants himself.
T: Any falls in the last six months?
P: No falls.
C: Not with me, no. He grabs the dresser.
T: Any dizziness when you stand up fast?
P: No, not dizzy.
T: Okay. Let's see the shirt. Go ahead with the buttons, I'll time it.
P: This one... this one... ugh.
T: Three buttons in two minutes ten seconds, with effort. Tremor is worse on the right hand.
P: The right is the bad one.
T: Nine-hole peg: right forty-eight seconds, left thirty-one.
C: He used to be a tailor, imagine.
P: Forty years I made suits.
T: That makes this harder, I know. Socks, try the left.
P: Bending down, the back... there.
T: He needs a lot of time, and he gets the sock on with minimal help. Shoes with laces?
C: I tie them.
T: Okay. Bathing?
C: He showers sitting on the bench, I wash his back.
T: So dressing is minimal assist for the upper body, moderate for socks and shoes, bathing minimal assist. Given the Parkinson's, the blood pressure pills, and the aide's help, this is a moderate complexity evaluation.
T: Now I'll show you both the button hook and the elastic laces, and how to dress sitting down.
P: A button hook. My father had one.
T: Hook through the hole, catch the button, pull. Grace, let him try first before you help.
C: I'll wait. It's hard for me to wait.
T: That's the hardest part. That was eight minutes of teaching you both the dressing tools and the routine.
C: Can the agency bill you for my time here today?
T: No, your time here isn't something I bill. That's between you and the agency.
P: Can you get me the big button shirts, the magnetic ones?
T: Those are something you buy, not something I order. I'll give you the name.
T: Plan: two times a week for six weeks. Goals: button his own shirt in under five minutes, and dress with only setup help.
P: Five minutes. I'll beat that.
C: He will. He's stubborn.
""",
    [
        "Parkinson's",
        "Forty minutes. Sometimes an hour|40 minutes",
        "grabs the dresser",
        "Three buttons in two minutes ten seconds|3 buttons",
        "worse on the right hand",
        "right forty-eight seconds|48 seconds",
        "left thirty-one|31 seconds",
        "minimal assist",
        "moderate for socks and shoes",
        "showers sitting on the bench",
        "moderate complexity",
        "button hook",
        "eight minutes of teaching|8 minutes",
        "two times a week for six weeks|2x/week for 6 weeks",
    ],
    ["falls", "dizzy"],
    ["bill you for my time", "magnetic ones", "Forty years I made suits", "imagine"],
)

S(
    "ad_ot10_pharmacy_calls_back",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 17, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Hi Mrs. Adeyemi, I'm Tom, the OT assistant. How's the right arm since the stroke class last week?
P: Heavier in the evening. But I folded towels on Sunday.
T: Folding towels, great. Any new weakness, any falls?
P: No falls. Nothing new.
T: Pain in the shoulder?
P: No pain, just heavy.
T: Okay, let's work in the laundry area. Take the towels out of the dryer with the right hand, into the basket.
P: The right hand. Slowly.
T: Slowly is fine. Now carry the basket to the table, both hands.
P: Oh, sorry, that's my phone. It's the pharmacy, they were supposed to call me back.
T: Go ahead, take it.
P: Hello? Yes... the blood thinner, the refill. Tomorrow? Okay, thank you.
P: Sorry. They had my refill wrong.
T: No problem. Where were we, the basket on the table. Now fold the towels, use the right hand to hold the corner.
P: The corner keeps slipping.
T: Pin it with your left forearm. There.
P: Oh, that's better.
T: Now hang two shirts on the hangers, right hand for the hook.
P: That's hard, reaching up.
T: Step closer. Good. That was seventeen minutes of the laundry tasks, not counting your phone call.
P: Thank you for not counting that.
T: Now a separate part: let's set up your laundry at home so it's safe. Basket on a chair, not the floor, detergent on the counter, and the small jug instead of the big one.
P: My son buys the big jug, it's cheaper.
T: Have him pour it into a small one. That was ten minutes of teaching the home setup.
P: Can you bill the phone call time? I was still standing and using my arm.
T: No, the phone call isn't therapy.
P: You're very honest, Tom.
T: One more thing for the record. You're past the Medicare threshold for OT this year, and your therapist, Nadia, says the therapy is still medically necessary, so we add the KX modifier.
P: Whatever it takes.
T: Next visit: folding sheets and the small jug of detergent.
P: Sheets are the worst.
T: We'll do them together.
P: See you Thursday.
""",
    [
        "right arm",
        "folded towels on Sunday|folding towels",
        "towels out of the dryer",
        "carry the basket to the table|basket",
        "Pin it with your left forearm|left forearm",
        "hang two shirts|2 shirts",
        "seventeen minutes of the laundry|17 minutes",
        "basket on a chair",
        "small jug",
        "ten minutes of teaching|10 minutes",
        "medically necessary",
        "folding sheets",
    ],
    ["falls", "pain in the shoulder", "new weakness"],
    ["bill the phone call time", "blood thinner", "refill wrong"],
    kx=True,
    has59=True,
)

S(
    "ad_ot11_wrap_then_putty",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97140": 18, "97110": 8},
    [],
    "97140x1:GO,CO 97110x1:GO,CO",
    """
t: hi mrs chen its vanessa the ota how is the arm
p: the swelling is better i think the sleeve is too tight at the wrist
t: lets take a look any redness any warmth in the arm
p: no no redness
t: any fever or chills
p: no fever
t: okay the skin looks good no openings lets measure forearm ten centimeters up twenty four centimeters
p: what was it before
t: twenty six last week so two centimeters down
p: two is good
t: two is good now the manual limp drainage lie back
p: the gentle one
t: the gentle one neck first then the armpit then the arm toward the shoulder
p: it feels like nothing is happening
t: its light on purpose the lymph is right under the skin
p: my daughter does it on me at home sometimes
t: good then after the drainage i wrap the arm the short stretch bandages from the fingers up
p: it looks like a mummy
t: a little mummy is that too tight anywhere
p: no it feels snug
t: okay that was eighteen minutes for the drainage and the wrapping
p: can i get the pump machine i saw at the store
t: the pump is something your therapist and doctor would decide i cant order it
p: i just asked
t: now some exercises with the wrap on fist pumps twenty elbow bends twenty and the overhead reach ten
p: it feels heavy
t: the muscles help the fluid move that was eight minutes of exercise
p: the sleeve is too tight here at the wrist
t: you are right it digs in i will tell your therapist to remeasure for a new sleeve
p: thank you
t: wear the wrap until tomorrow morning then the sleeve during the day
p: until tomorrow okay
t: next time i will check the wrap skin and measure again
""",
    [
        "sleeve is too tight at the wrist|too tight at the wrist",
        "no openings|skin looks good",
        "twenty four centimeters|24 cm",
        "twenty six last week|26 cm",
        "two centimeters down|2 cm",
        "manual lymph drainage|manual limp drainage",
        "short stretch bandages",
        "eighteen minutes for the drainage and the wrapping|18 minutes",
        "fist pumps twenty|20",
        "overhead reach ten|10",
        "eight minutes of exercise|8 minutes",
        "remeasure for a new sleeve",
    ],
    ["redness", "fever"],
    ["pump machine", "looks like a mummy"],
)

S(
    "ad_ot12_zipper_and_scissors",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97530": 25, "97110": 6},
    [],
    "97530x2:GO",
    """
T: Hi Leo! Hi Ms. Romero. Today I'm doing Leo's progress report, it's visit twelve.
C: He zipped his own coat this morning. First time.
P: I did it by myself!
T: You did? High five. What about school, what does the teacher say?
C: His handwriting is still big, but she can read it now. She says he's slower than the other kids with scissors.
T: Okay. Any trouble with the new shoes, the velcro ones?
C: No, no trouble, he does those himself.
T: Leo, let's play the obstacle course first. Over the bench, under the table, and then write your name on the board.
P: Can I go fast?
T: Go fast but land soft.
P: Done! L, E, O.
T: Nice big letters. Now the scissors. Cut on the line around the fish.
P: The fish is hard. The tail is tricky.
T: Turn the paper, not the scissors. Good. He stayed within a quarter inch of the line most of the way.
C: That's so much better than at the start.
T: At the start he couldn't stay on a straight line. Now the beads, eight beads on the string.
P: One, two, three... eight!
T: Eight beads in one minute twenty. At the start it was two minutes. Now the coat zipper on the board.
P: I can do this one.
T: Zipper, three out of three tries without help. Then the shirt buttons.
P: Buttons are dumb.
T: Two of four buttons. That was twenty-five minutes of the fine motor and coordination activities.
T: Then some strength work, the wheelbarrow walk and the putty, about six minutes.
P: My arms are jelly.
T: Goals. Zipper his coat independently, met. Write his first name legibly, met. Cut out a shape within a quarter inch, partly met. Buttons, not met.
C: Can you write something so the school gives him an OT too?
T: I can write a summary you can give them, and they decide on school OT.
C: And his tutoring, the reading tutor, could insurance pay that through you?
T: No, tutoring isn't something I can bill.
C: I had to ask.
T: Plan: once a week for eight more weeks, focus on buttons and scissors. Home: cut out coupons from the paper, and button his dad's big shirt.
P: Dad's shirt is huge.
T: That's the point, big buttons first.
P: Can I have a sticker?
T: Two stickers, you earned them.
""",
    [
        "zipped his own coat|zipper",
        "visit twelve|visit 12",
        "handwriting is still big",
        "slower than the other kids with scissors",
        "obstacle course",
        "within a quarter inch|1/4 inch",
        "eight beads in one minute twenty|8 beads",
        "three out of three|3/3",
        "Two of four buttons|2/4",
        "twenty-five minutes|25 minutes",
        "about six minutes|6 minutes",
        "partly met",
        "Buttons, not met|not met",
        "once a week for eight more weeks|1x/week for 8 weeks",
    ],
    ["trouble with the new shoes"],
    ["reading tutor", "Buttons are dumb", "My arms are jelly"],
)

S(
    "ad_ot13_teller_wrist_plate",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97140": 14, "97530": 22},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Ms. Harlow, come on back. It's 3:05, let's get going.
P: Sorry, the parking lot was full.
T: You're fine. How's the wrist?
P: It aches after typing, maybe a three. The cast came off three weeks ago.
T: Three out of ten after typing. Any numbness in the fingers?
P: No, none.
T: Any swelling at night?
P: Not since last week, no.
T: Let's start with the joint work. Hand on the towel. I'm doing gliding of the wrist bones, dorsal and volar.
P: That clicks.
T: That's the joint moving. Then some scar work on the incision from the plate.
P: It's still a little numb right at the scar.
T: That's normal near an incision, just at the scar. Okay, it's 3:19, so that's the end of the hands-on part.
P: Okay.
T: Now, the functional block. You work at the bank, right?
P: Teller. Counting money, the stamp, the drawer.
T: Let's do the coin sorting, then counting bills, then the stamp.
P: The coins slip.
T: Slide them off the edge of the table into your palm. Good.
P: Oh, that's a trick.
T: Now the drawer, push it and pull it twenty times, then turning the key.
P: The key is the worst. Twisting.
T: Supination, yes. Use your whole forearm. Then the stamp, fifty times.
P: Stamp, stamp, stamp.
T: Then lifting the coin bag, five pounds, onto the shelf.
P: That's fine.
T: Okay, it's 3:41. We're done with the work tasks.
T: Range of motion: extension fifty degrees, flexion forty-five. Supination sixty.
P: The other wrist is like eighty.
T: We'll get there. Grip twenty-eight pounds, the left is fifty-two.
P: My manager wants me back full time Monday. Can you just say I'm fine?
T: I'll write what I measured. Your surgeon decides full time.
P: Fair.
T: Home: the key turning with a door key, and the coin pickup, twice a day.
P: Can you do the paraffin thing? My friend gets it.
T: Not needed today. Next time we'll add the weight-bearing on the wrist.
""",
    [
        "maybe a three|3/10",
        "cast came off three weeks ago|3 weeks",
        "gliding of the wrist bones|dorsal and volar",
        "scar work",
        "numb right at the scar|at the scar",
        "Teller",
        "coin sorting",
        "push it and pull it twenty times|20 times",
        "stamp, fifty times|50 times",
        "five pounds|5 pounds",
        "extension fifty degrees|50 degrees",
        "flexion forty-five|45 degrees",
        "Supination sixty|60 degrees",
        "Grip twenty-eight pounds|28 pounds",
    ],
    ["numbness in the fingers", "swelling at night"],
    ["paraffin", "Can you just say I'm fine", "parking lot was full"],
    has59=True,
    clock={"97140": ("3:05", "3:19"), "97530": ("3:19", "3:41")},
)

S(
    "ad_ot14_grip_machine_broken",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97110": 9, "97535": 7},
    [],
    "97110x1:GO",
    """
T: Mr. Kowal, last visit. How's the hand?
P: Good. Zero pain most days. I went back to the garden.
T: Zero most days. Any numbness at the base of the thumb still?
P: No, that's gone.
T: Any clicking or catching?
P: No.
T: Let's measure. Grip, squeeze as hard as you can, three times. Sixty-two pounds.
P: Sixty-two? That machine is broken. I can crack walnuts.
T: Ha. Sixty-two today, the left is seventy. It was thirty-eight when we started.
P: Sixty-two. Well. My walnuts say more.
T: I'll write sixty-two, that's what it says. It's within the goal.
P: Fine, fine.
T: Pinch, fifteen pounds. Thumb opposition, you reach the base of the little finger.
P: I can button my shirt now, did I tell you?
T: You did. QuickDASH today is eleven. It was fifty at the start.
P: Good number?
T: Very good. Now the last exercise review, the putty, the thumb bands, the wrist curls with the two-pound weight.
P: I do them with the soup can.
T: Soup can works. That's about nine minutes of exercise.
T: And let me go over the garden tools. The wide-handled trowel, the kneeler, the gloves with the padding. Switch hands every ten minutes.
P: My wife bought the trowel.
T: Good. That's about seven minutes on the garden tools and joint protection.
T: Goals. Grip within twenty pounds of the other side, met. Button shirts, met. Garden for an hour, partly met, you said forty-five minutes.
P: Then my back complains, not my hand.
T: That's a different problem. Discharge to the home program, three times a week.
P: Can you look at my back today then?
T: That needs its own referral to physical therapy. Ask your doctor.
P: Can you keep me on the books anyway, just in case?
T: No, I can't keep billing once the goals are met. Call if the hand changes.
P: Okay. Thank you. I'll bring you tomatoes.
T: Only if they're from your garden.
P: They will be.
""",
    [
        "Zero pain most days|0/10",
        "went back to the garden",
        "Sixty-two pounds|62 pounds",
        "the left is seventy|70 pounds",
        "thirty-eight when we started|38 pounds",
        "Pinch, fifteen pounds|15 pounds",
        "base of the little finger",
        "QuickDASH today is eleven|11",
        "fifty at the start|50",
        "two-pound weight|2-pound",
        "about nine minutes|9 minutes",
        "about seven minutes|7 minutes",
        "partly met",
        "three times a week|3x/week",
    ],
    ["numbness at the base of the thumb", "clicking or catching"],
    ["That machine is broken", "look at my back", "bring you tomatoes", "keep me on the books"],
)

# ---------------------------------------------------------------------------------------------
# test, SLP
# ---------------------------------------------------------------------------------------------

S(
    "ad_slp08_toddler_spits_meat",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
t: hi im erin the speech therapist i do feeding too so this is sofia
c: yes shes twenty two months and this is her grandma she feeds her most days
c: hola
t: hola so tell me whats going on with eating
c: she only eats smooth stuff yogurt applesauce the pouches if we give her meat she spits it out
t: any coughing or choking when she eats or drinks
c: no choking no
c: no nunca
t: any trouble with weight the doctor said
c: she is at the fifteenth percentile the doctor said its okay but watch it
t: any wet or gurgly voice after she drinks
c: no her voice is normal
t: does she drink from a cup or bottle
c: bottle at night sippy cup in the day
t: okay lets see her eat can grandma feed her like at home
c: okay mija abre la boca
p: mm
t: yogurt from the spoon she opens her mouth good lip closure on the spoon
t: now a small piece of the soft banana
p: no no
t: she turned her head away now she took it and she is mashing with her tongue not chewing
c: see she does that
t: now a puff the this solvable one on the side
p: mmm
t: she bites and moves it with her tongue thats good some munching with the jaw
t: now a tiny piece of soft chicken
p: blah
t: she held it in her mouth about twenty seconds then spat it out
c: every time
t: she has a delay in chewing she is using a suck pattern for most foods
t: now the straw cup with water
p: agua
t: she sips no cough clear voice after
t: so the swallow itself looks safe no signs of aspiration today the problem is chewing and accepting textures
c: is it our fault
t: no not your fault some kids need help learning to chew
c: can you also check her ears she pulls them
t: thats for her pediatrician i cant check ears here
t: plan feeding therapy once a week for twelve weeks goals chew soft solids like banana and soft chicken and accept three new foods
c: three new foods okay
t: at home offer the puffs on the side teeth every meal and let her play with new foods
c: we will try
p: bye bye
""",
    [
        "twenty two months|22 months",
        "grandma feeds her most days|grandma",
        "only eats smooth stuff|smooth",
        "spits it out|spat it out",
        "fifteenth percentile|15th percentile",
        "bottle at night sippy cup in the day|sippy cup",
        "good lip closure on the spoon|lip closure",
        "mashing with her tongue not chewing|mashing with her tongue",
        "about twenty seconds|20 seconds",
        "suck pattern",
        "no signs of aspiration",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "three new foods|3 new foods",
    ],
    ["coughing or choking", "wet or gurgly voice"],
    ["check her ears", "is it our fault"],
)

S(
    "ad_slp09_breathy_after_thyroid",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hello Mrs. Varga, I'm Nicole, speech pathology. Your ENT sent you after the thyroid surgery?
P: Yes. In September. Since then my voice is like this, all air.
T: Breathy. The ENT scope showed the left vocal fold isn't moving, is that right?
P: Left side paralysis, he said. He said maybe it comes back.
T: Any trouble swallowing, coughing when you drink?
P: Sometimes with water, I cough. Not with food.
T: Coughing with thin water sometimes. Any pneumonia, any fever since the surgery?
P: No, no pneumonia.
T: Any pain when you talk?
P: No pain talking, just tired. By lunch I have no voice.
T: What do you do for work?
P: I'm a receptionist at the dental office. All day on the phone.
T: Okay. Let's measure. Take a deep breath and say ah as long as you can.
P: Ahhhhh.
T: Six seconds. Typical for an adult is fifteen to twenty. Now s as long as you can, then z.
P: Ssssss. Zzzzzz.
T: S was twelve seconds, z was six. So the s/z ratio is two point zero.
P: Is that bad?
T: It tells me air is escaping at the vocal folds. Now I'll record you reading, and your loudness.
P: The rainbow is a division of white light...
T: Loudness about sixty-two decibels, soft. Pitch drops at the end of sentences.
P: My husband says I whisper.
T: Now the questionnaire, the voice handicap index. Your score is seventy-four.
P: High?
T: High means your voice is affecting you a lot. Let's try something. Turn your head to the left and say ah.
P: Ahhh.
T: Louder, clearer. Head turn helps. Now push your hands together and say ah.
P: Ahh. Oh, that's louder.
T: Good, that's a good sign for therapy. Voice evaluation today, findings: breathy voice, left vocal fold paralysis, reduced loudness, short phonation.
P: Can you do the injection thing the ENT mentioned?
T: The injection is done by the ENT, not by me. I'll send him my report.
P: And can you write a note that I need a headset at work?
T: I can recommend a headset with a microphone in the report, yes.
T: Plan: two times a week for eight weeks. Goals: maximum phonation time ten seconds, and use her voice on the phone all day without losing it. Take small sips of water with the chin down.
P: Chin down. Okay.
T: Any questions?
P: Will it come back?
T: Often it does, and therapy helps either way.
""",
    [
        "thyroid surgery",
        "In September",
        "all air|breathy",
        "left vocal fold|left side paralysis",
        "with water, I cough|coughing with thin water",
        "receptionist",
        "Six seconds|6 seconds",
        "twelve seconds, z was six|12 seconds",
        "two point zero|2.0",
        "sixty-two decibels|62 dB",
        "voice handicap index. Your score is seventy-four|74",
        "head to the left",
        "headset with a microphone|headset",
        "two times a week for eight weeks|2x/week for 8 weeks",
    ],
    ["pneumonia", "pain talking"],
    ["injection thing", "My husband says I whisper"],
)

S(
    "ad_slp10_twin_answers_first",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi lucas hi mom oh and liam came too
c: sorry his brother had no school today so i brought both
c: i can do it too i can say it
t: liam you can be our helper but lucas goes first okay
t: lucas we are working on the s sound at the end of words bus
p: buh
t: snake sound at the end bussss
p: busss
t: yes bus
c: bus bus bus
t: liam lets let lucas try by himself
c: sorry he always answers for him at home too
t: that happens a lot with twins lets do the cars house mouse horse
p: houth mouse horse
t: mouse and horse good house i heard a th tongue behind the teeth house
p: house
t: nice s at the end of words fifteen out of twenty today
c: last week it was ten
t: last week ten out of twenty now phrases the bus is big
p: the buth is big
t: tongue behind the teeth
p: the bus is big
t: s at the end in phrases six out of ten with the mirror
c: mom can i have a sticker too
c: yes liam you can have one after
t: any problems with his ears or colds
c: no ear problems he hasnt been sick
t: home practice the bus and house cards five minutes every night and liam can be the listener not the talker
c: ha good luck
c: can you put him in my appointment slot too so he gets speech
t: liam would need his own evaluation i cant see him in lucas time
c: we will call
p: sticker
t: two stickers for lucas
c: and me
t: one for the helper
""",
    [
        "s sound at the end of words|s at the end of words",
        "snake sound",
        "fifteen out of twenty|15/20",
        "ten out of twenty|10/20",
        "tongue behind the teeth",
        "six out of ten with the mirror|6/10",
        "five minutes every night|5 minutes",
        "listener not the talker",
    ],
    ["ear problems"],
    ["his own evaluation", "can i have a sticker too", "my appointment slot"],
)

S(
    "ad_slp11_juice_break_planner",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 14},
    [],
    "97129x1:GN,KX 97130x1:GN,KX",
    """
T: Good afternoon, Mr. Dubois. Your wife said you had a doctor visit this morning?
C: The endocrinologist. His sugars have been up and down.
T: How are you feeling right now?
P: A little shaky, to be honest.
T: Let's check before we start. Do you have your meter?
P: Here. Seventy-one.
T: Seventy-one is low for you. Let's have the juice box first and wait fifteen minutes before we work.
C: I always carry two.
P: Sorry about this.
T: No apology needed. We'll start the clock after.
T: Okay, fifteen minutes later. Recheck?
P: One hundred eight.
T: One hundred eight, good. Any headache or blurry vision now?
P: No headache. I feel normal.
T: Then let's work. The weekly planner. Your wife says you've been missing appointments.
C: He missed the dentist and the eye doctor. He writes them on napkins.
P: I had it on a napkin. I just lost the napkin.
T: Let's move the napkins into the planner. Here's this week: dentist Tuesday at ten, physical therapy Wednesday at two, and the pharmacy pickup Friday. Put them in.
P: Tuesday, ten, dentist. Wednesday... two, PT. Friday pharmacy.
T: All three correct. Now I'm going to change one. The dentist called, it's moved to Thursday at eleven.
P: Thursday... eleven. Cross out Tuesday.
T: You caught it. Now a problem: the PT and a lunch with your brother are both Wednesday at two. What do you do?
P: Call my brother, move the lunch.
T: Good reasoning. Recall check: what did I say moved?
P: The dentist. To Thursday. At... eleven.
T: Correct, with a pause. Five out of six planning tasks without cues, one with a cue.
C: At home he'd never get that.
T: He did today. That was twenty-nine minutes of cognitive work, the planner, the change, and the problem solving, after the juice break.
C: Can you bill the fifteen minutes of the juice break too? You were here with him.
T: No, the break wasn't treatment, I only bill the work we did.
T: For the billing record: you're over the Medicare threshold this year for speech and physical therapy together, and the therapy is still medically necessary for the memory and planning goals, so we add the KX modifier.
P: My PT said the same thing.
T: Plan: check your sugar before every session. Next time we'll do the pill schedule in the planner.
C: And his phone alarms?
T: Phone alarms next time, yes.
P: Thank you for the juice.
""",
    [
        "endocrinologist",
        "Seventy-one|71",
        "juice box",
        "One hundred eight|108",
        "writes them on napkins|napkins",
        "weekly planner|planner",
        "dentist Tuesday at ten|Tuesday at 10",
        "moved to Thursday at eleven|Thursday at 11",
        "Call my brother, move the lunch|move the lunch",
        "Five out of six planning tasks without cues|5/6",
        "twenty-nine minutes of cognitive|29 minutes",
        "medically necessary",
        "check your sugar before every session",
    ],
    ["headache", "blurry vision"],
    ["bill the fifteen minutes of the juice break", "I always carry two"],
    kx=True,
    cog=29,
)

S(
    "ad_slp12_valve_on_talking",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mr. Ostrowski, hi Helen. How's the speaking valve going at home?
C: He wore it three hours yesterday. That's the most.
P: Three hours.
T: Three hours, great. Let's put it on. Any trouble breathing with the valve on yesterday?
C: No, no trouble breathing. He took it off for his nap.
T: Good, always off for sleep. Let me suction first... okay. Cuff is deflated, I checked. Valve on.
P: Hello. Hello, Helen.
C: There he is.
T: Oxygen is ninety-six percent with the valve. Breathing eighteen a minute. Good.
T: Let's count. One to twenty on one breath.
P: One, two, three, four, five, six, seven, eight, nine, ten, eleven...
T: Eleven on one breath. Last week it was six.
P: Eleven.
T: Now phrases. Tell me what you had for breakfast.
P: Oatmeal. With... blueberries.
T: Clear. Voice is a little hoarse but loud enough. Let's do the reading card.
P: The quick brown fox jumps over the lazy dog.
T: Perfect. Now conversation, tell me about your dog.
P: Bruno. He's a... beagle. He sleeps on my bed.
C: He's not supposed to.
T: Intelligibility about ninety percent in conversation today. Any coughing with the valve on?
P: No. No cough.
T: Any secretions coming up?
C: Less. Much less since the valve.
T: Let's do a phone call to your son, with the valve on.
P: Hi Mark. It's Dad. I can talk.
C: He's crying on the other end.
T: That's a great moment. Saturation stayed at ninety-five.
T: Plan: wear the valve during the day, up to four hours, never asleep, take it off if breathing is hard. Next session: longer conversations and the phone.
C: Can we bill for the phone minutes? He's talking to our son on the phone every day now.
T: No, his calls at home aren't billed, only our sessions here.
P: Thank you.
T: You did great today, Mr. Ostrowski.
""",
    [
        "speaking valve",
        "three hours yesterday|3 hours",
        "Cuff is deflated",
        "ninety-six percent|96%",
        "eighteen a minute|18 a minute",
        "Eleven on one breath|11 on one breath",
        "Last week it was six|6",
        "a little hoarse",
        "about ninety percent|90%",
        "Saturation stayed at ninety-five|95%",
        "up to four hours|4 hours",
        "never asleep",
    ],
    ["trouble breathing", "cough"],
    ["bill for the phone minutes", "beagle", "sleeps on my bed"],
)

S(
    "ad_slp13_phone_recordings",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hey derek progress report today visit ten did you bring the recordings
p: yeah i recorded myself on my phone every day like you said
t: lets listen to one from monday
p: its me reading the recipe
t: i understood almost all of it thats the slow rate working
p: my mom says i still mumble when im tired
t: thats true for a lot of people after a brain and jury fatigue makes it worse
t: any trouble swallowing any coughing at meals
p: no none
t: any headaches
p: not anymore
t: okay the sentence test i will read your sentences without seeing the list
p: the man drove the red truck to the store
t: got it
p: she put the cake in the oven
t: got it
t: overall i understood eighty five percent of the words today it was seventy percent at the start
p: eighty five nice
t: in conversation with me about ninety percent
t: now the over articulate drill say each syllable ca ter pil lar
p: ca ter pil lar
t: good now in a sentence the caterpillar ate the leaf
p: the caterpillar ate the leaf
t: perfect eight out of ten long words correct with the slow rate
p: i rush when i get excited
t: thats why we practice the pause and the breath before each sentence
p: breath then talk
t: goals speech understood by strangers eighty percent met order food at the drive through partly met
p: the drive through speaker is the worst
t: use the hand signal and slow down and if they dont get it pull forward
p: ha
t: goal three phone calls with the bank not met yet
p: i hate the bank
t: plan two times a week for four more weeks work on the phone calls
p: can you bill my friend he says he slurs when he drinks
t: no that is not a thing i can do
p: ha i know
t: keep recording every day two minutes
""",
    [
        "visit ten|visit 10",
        "recorded myself on my phone|recordings",
        "reading the recipe",
        "slow rate",
        "mumble when im tired",
        "eighty five percent|85%",
        "seventy percent|70%",
        "about ninety percent|90%",
        "eight out of ten long words|8/10",
        "pause and the breath",
        "partly met",
        "not met yet",
        "two times a week for four more weeks|2x/week for 4 weeks",
        "two minutes|2 minutes",
    ],
    ["trouble swallowing", "headaches"],
    ["slurs when he drinks", "i hate the bank"],
)

S(
    "ad_slp14_summer_sessions_ask",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Maya! Hi Mr. Tanaka. Today is Maya's last session, we're doing the discharge.
C: I can't believe it. A year ago she had ten words.
P: I have a hundred words!
T: More than a hundred. Maya, let's play with the farm. Tell me what the cow is doing.
P: The cow is eating grass and the pig is sleeping in the mud.
T: Wow, two sentences with and. How long are her sentences at home?
C: Four, five words. Sometimes longer when she's mad.
T: Today her average was five words. When we started, she was using one word at a time.
P: The horse wants a apple.
T: The horse wants an apple. Good. Now the questions. Where is the duck?
P: In the water. Under the bridge.
T: Good, location words. Who is feeding the chicken?
P: The farmer!
T: Who questions, where questions, nine out of ten correct.
C: At preschool they say she talks all day now.
T: Any trouble with her hearing, any ear infections this year?
C: No, none this year. The hearing test in May was normal.
T: Good. Any stuttering or getting stuck on words?
C: No, nothing like that.
T: Speech sounds are clear for her age, a few r's, that's normal at three and a half.
P: Rabbit! Wabbit.
T: Ha. Goals. Use three to four word sentences, met. Answer who and where questions, met. Follow two-step directions, met.
C: So she's done?
T: She's done. She's right where she should be for her age.
C: Can we keep coming in the summer? Just to keep her going. The insurance pays.
T: No, she doesn't need therapy anymore, so I can't bill for summer sessions. If her preschool teacher notices something, call us.
C: Okay. That's good news, really.
T: Home: read together every night, let her tell you the story, and play the farm game.
P: Can I take the cow?
T: You can take a cow sticker. The real cow stays here.
P: Okay.
C: Thank you so much for this year.
T: It was a joy. Bye, Maya.
P: Bye! Moo!
""",
    [
        "ten words|10 words",
        "average was five words|5 words",
        "one word at a time|1 word at a time",
        "nine out of ten correct|9/10",
        "talks all day",
        "hearing test in May was normal|hearing test",
        "a few r's",
        "three and a half|3.5 years",
        "three to four word sentences|3-4 word sentences",
        "two-step directions|2-step directions",
        "read together every night",
    ],
    ["ear infections", "stuttering"],
    ["summer sessions", "cow sticker", "The insurance pays"],
)


# ---------------------------------------------------------------------------------------------
# Rules: this author's reading of PRODUCT.md's billing rules and the key conventions
# ---------------------------------------------------------------------------------------------

TIMED_CODES = set(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
UNTIMED_CODES = set(
    "97161 97162 97163 97164 97165 97166 97167 97168 92521 92522 92523 92524 92507 92526 92610 97150 97010 97012 97014 G0283".split()
)
EVALS = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": None},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": None},
    ("SLP", "evaluation"): {c: None for c in ("92521", "92522", "92523", "92524", "92610")},
}
EVAL_SET = set().union(*EVALS.values())
DISCIPLINE_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSISTANT_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANT_ROLES = {"PTA", "OTA", "SLPA"}
# pairs whose 59 placement the key does not model: kept out of the data
UNMODELLED_PAIRS = (
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, EVAL_SET),
    ({"92507"}, {"92526"}),
)
# words that would hint at a code or a situation if they were in an id
HINT_WORDS = "kx 59 asr pta ota slpa tele cms percode dictat group interp clock student".split()


def unit_count(minutes):
    """PRODUCT.md's table: 8-22 -> 1, 23-37 -> 2, 38-52 -> 3, ...; under 8 -> 0."""
    return 0 if minutes < 8 else (minutes + 7) // 15


def eight_minute_rule(timed, sid, problems):
    """Total units from the summed minutes; each code's full 15s first, the rest to the largest remainders."""
    total = unit_count(sum(timed.values()))
    units = {c: m // 15 for c, m in timed.items()}
    left = total - sum(units.values())
    if left < 0:
        problems.append(f"{sid}: whole units exceed the total")
        return units
    rest = sorted(timed, key=lambda c: timed[c] % 15, reverse=True)
    for i in range(left):
        if i >= len(rest) or timed[rest[i]] % 15 == 0:
            problems.append(f"{sid}: a unit is left with no minutes to take it")
            break
        if i == left - 1 and i + 1 < len(rest) and timed[rest[i + 1]] % 15 == timed[rest[i]] % 15:
            problems.append(f"{sid}: a tie decides the last unit")
        units[rest[i]] += 1
    return units


def computed_key(s, problems):
    if s["rule"] == "cms":
        per = eight_minute_rule(s["timed"], s["id"], problems)
    else:
        per = {c: unit_count(m) for c, m in s["timed"].items()}
    codes = {c: 1 for c in s["untimed"] if c != "97010"}
    codes.update({c: u for c, u in per.items() if u > 0})
    mods = {}
    for c in codes:
        m = [DISCIPLINE_MOD[s["discipline"]]]
        if s["role"] in ASSISTANT_MOD:
            m.append(ASSISTANT_MOD[s["role"]])
        if (c == "97530" and "97140" in codes) or (c == "97535" and "97530" in codes):
            m.append("59")
        if s["kx"]:
            m.append("KX")
        mods[c] = m
    return codes, mods


def parse_hand_key(text):
    codes, mods = {}, {}
    for item in text.split():
        head, ms = item.split(":")
        code, n = head.split("x")
        codes[code], mods[code] = int(n), ms.split(",")
    return codes, mods


def clock_minutes(start, stop):
    """'2:10' -> '2:25' = 15 (same half-day, no crossing of twelve)."""
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, stop.split(":"))
    return (h2 * 60 + m2) - (h1 * 60 + m1)


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
DECADES = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORD = re.compile(r"\b(" + "|".join(SMALL + DECADES + ["hundred"]) + r")\b", re.I)
DENIALS = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|denies|denied|without|negative|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|won't|wont)\b",
    re.I,
)
TURN = re.compile(r"^([TPCtpc]):\s*(\S.*)$")
WHO = {"t": "therapist", "p": "patient", "c": "caregiver"}


def spoken_forms(n):
    if n < 20:
        return [str(n), SMALL[n]]
    tens, ones = divmod(n, 10)
    word = DECADES[tens - 2]
    if ones == 0:
        return [str(n), word]
    return [str(n), f"{word} {SMALL[ones]}", f"{word}-{SMALL[ones]}"]


def said(n, text):
    return any(re.search(r"(?<![\w.:-])" + re.escape(f) + r"(?![\w:-])", text, re.I) for f in spoken_forms(n))


def turns_of(s):
    return [x.strip() for x in s["text"].strip().splitlines() if x.strip()]


def segments(s, problems):
    seed = int(hashlib.sha256(("blind27/" + s["id"]).encode()).hexdigest()[:12], 16)
    rng = random.Random(seed)
    out, t = [], 0.0
    for raw in turns_of(s):
        m = TURN.match(raw)
        if not m:
            problems.append(f"{s['id']}: unreadable line {raw[:40]!r}")
            continue
        words = m.group(2).strip()
        dur = max(0.9, len(words.split()) / 2.3 * rng.uniform(0.9, 1.15))
        out.append(
            {
                "start": round(t, 1),
                "end": round(t + dur, 1),
                "speaker": WHO[m.group(1).lower()],
                "text": words,
            }
        )
        t = round(t + dur, 1) + rng.uniform(0.4, 1.2)
    return out


def speech_recogniser_style(s):
    ms = [TURN.match(x) for x in turns_of(s)]
    if not ms or not all(ms):
        return False
    body = " ".join(m.group(2) for m in ms)
    return all(m.group(1).islower() for m in ms) and not re.search(r"[A-Z0-9.,?!;:'\"/%()-]", body)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    if not re.fullmatch(r"ad_(pt|ot|slp)\d\d_[a-z0-9_]+", sid) or not sid.startswith(
        "ad_" + s["discipline"].lower()
    ):
        bad("bad id")
    if any(h in sid.split("_", 2)[2].split("_") for h in HINT_WORDS):
        bad("hint word in the id")
    if s["split"] not in ("dev", "test") or s["rule"] not in ("cms", "per-code"):
        bad("bad split or rule")
    if s["role"] not in (s["discipline"], s["discipline"] + "A"):
        bad("role does not fit the discipline")
    if s["role"] in ASSISTANT_ROLES and s["note_type"] != "daily":
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
    if not s["kx"] and ("threshold" in low or "KX" in s["text"]):
        bad("threshold / KX said but not keyed")
    for c, m in s["timed"].items():
        if c not in TIMED_CODES or not isinstance(m, int) or m <= 0:
            bad(f"bad timed entry {c}={m}")
    for c in s["untimed"]:
        if c not in UNTIMED_CODES:
            bad(f"bad untimed code {c}")
    if "G0283" in s["untimed"] and s["rule"] != "cms":
        bad("G0283 outside Medicare")
    if "97014" in s["untimed"] and s["rule"] == "cms":
        bad("97014 under Medicare")
    evs = {c for c in s["untimed"] if c in EVAL_SET}
    allowed = EVALS.get((s["discipline"], s["note_type"]))
    if (allowed is None and evs) or (allowed is not None and (len(evs) != 1 or not evs <= set(allowed))):
        bad("evaluation code does not fit the note type")
    here = set(s["timed"]) | set(s["untimed"])
    for a, b in UNMODELLED_PAIRS:
        if here & a and here & b:
            bad(f"unmodelled pair {sorted(here & a)} + {sorted(here & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP with PT/OT timed codes")
    if s["cog"] is not None:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("cognitive block not split 15 + the rest")
    elif {"97129", "97130"} & set(s["timed"]):
        bad("cognitive codes without a block")

    codes, mods = computed_key(s, problems)
    hc, hm = parse_hand_key(s["key"])
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
    tags = [x[0] for x in turns_of(s)]
    if any(t.islower() for t in tags) and not all(t.islower() for t in tags):
        bad("mixed speaker-tag case")
    if all(t.islower() for t in tags) != speech_recogniser_style(s):
        bad("lower-case tags go with, and only with, a speech-recogniser transcript")

    ther = " ".join(g["text"] for g in segs if g["speaker"] == "therapist")
    for c, m in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        if c in s["clock"]:
            start, stop = s["clock"][c]
            if start not in ther or stop not in ther:
                bad(f"{c}: clock times not said by the therapist")
            if clock_minutes(start, stop) != m:
                bad(f"{c}: clock times give {clock_minutes(start, stop)} not {m}")
            continue
        pieces = s["parts"].get(c, [m])
        if sum(pieces) != m:
            bad(f"{c}: parts do not add up")
        for p in pieces:
            if not said(p, ther):
                bad(f"{c}: {p} minutes never said by the therapist")
    if s["cog"] is not None and not said(s["cog"], ther):
        bad("cognitive minutes never said by the therapist")
    for c in evs:
        level = allowed[c]
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
        if any(re.search(r"\d", a) or NUMBER_WORD.search(a) for a in alts) and not any(
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
        elif not any(DENIALS.search(segs[j]["text"]) for i in at for j in (i, i + 1) if j < len(segs)):
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
        if {s["note_type"] for s in hs} != {"evaluation", "daily", "progress", "re-evaluation", "discharge"}:
            problems.append(f"{half}: a note type is missing")
        n = sum(s["role"] in ASSISTANT_ROLES for s in hs)
        if not 4 <= n <= 6:
            problems.append(f"{half}: {n} assistant sessions")
        cms = sum(s["rule"] == "cms" for s in hs)
        if cms == 0 or cms == len(hs) or abs(2 * cms - len(hs)) > 4:
            problems.append(f"{half}: cms {cms} of {len(hs)}")
        n = sum(speech_recogniser_style(s) for s in hs)
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
            f"{half}: ASR {[s['id'] for s in hs if speech_recogniser_style(s)]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ASSISTANT_ROLES]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}; "
            f"note types {dict(Counter(s['note_type'] for s in hs))}"
        )
    return "\n".join(out)


def stats():
    problems = []
    segs = [segments(s, problems) for s in SESSIONS]
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
        segs = segments(s, problems)
        codes, mods = check(s, segs, problems)
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
    out_dir = os.environ.get("BLIND27_OUT", here)
    for split in ("dev", "test"):
        folder = os.path.join(out_dir, split)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("ad_") and name.endswith(".json"):
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
