#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirty-fifth set (ids al_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind30-34
and lines 1-80 plus the rules / text helpers / checks part of make_blind34.py (copied, then extended).
Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its clock readings) is said by the clinic, turns (30-60), timestamps, facts / negated /
     absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND35_OUT).

Transcript lines: "T: ..." (anyone speaking for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, an interpreter).  Lower-case tags mark a speech-recogniser transcript (no capitals, digits or
punctuation).  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ" (an empty string when nothing is billed).
Per session: `parts` = a timed code's minutes said in pieces (the patient stepped out between); `fixed` = a
first figure the clinic later revises (e.g. in the closing dictation); `stopped` = a code stopped for
symptoms; `clock` = {code or "cog": (start, end)}: no minute figure is said, only clock readings
("we started at 2:10 ... it's 2:35"), and the key's minutes are their difference.
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
    *,
    kx=False,
    has59=False,
    cog=None,
    parts=None,
    fixed=None,
    stopped=None,
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
            parts=parts or {},
            fixed=fixed or {},
            stopped=stopped or [],
            clock=clock or {},
        )
    )


# --------------------------------------------------------------------------------------------- PT, dev
S(
    "al_pt01_back_after_the_moving_truck",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Hi Dana, I'm Chris, your physical therapist. What brings you in today?
P: My low back. It's been going on for three and a half years, but it got worse when I loaded the moving truck last month.
T: Three and a half years on and off. Where is the pain right now?
P: Right side of the low back, kind of a dull ache. About a five out of ten.
T: Five out of ten, dull, right low back. You're not having any numbness down the legs, right?
P: Right. No numbness.
T: And no tingling in the feet?
P: No, nothing like that.
T: Any trouble with bladder or bowel control?
P: No.
P: My husband says I should get an MRI like his brother did, his brother had a disc out at fifty.
T: We'll focus on you today. Let's look at how you move. Bend forward as far as is comfortable.
P: That pulls on the right side.
T: Flexion is limited, fingertips reach mid shin. Now lean back.
P: That's fine, no pain.
T: Extension is full and pain free. Lie on your back for me, I'm going to lift your leg.
P: Okay.
T: Straight leg raise is negative on both sides, seventy degrees each.
T: Hip strength: push up against me. Hip abduction is four minus on the right, four on the left.
P: The right one feels weaker.
T: It is a little. Your Oswestry came out at thirty eight percent.
P: Is that bad?
T: It's moderate disability. Given your history and the job, this is a moderate complexity evaluation.
T: Now we'll do some exercise so you leave with a start. Pelvic tilts, ten reps.
P: Like this?
T: Yes, flatten the back. Then bridges, two sets of ten.
P: These are fine.
T: Good. Then side lying clamshells on the right, two sets of twelve.
P: I can feel that in the hip.
T: That's the muscle we want. That was ten minutes of exercise.
T: Plan is twice a week for six weeks. Home program is tilts, bridges and clamshells once a day.
P: Twice a week for six weeks, okay. My copay is a buck twenty a visit though.
T: Talk to the front desk about that; they can look at the payment plan.
P: Will do.
T: Goals: Oswestry under twenty percent and lifting a laundry basket without pain in six weeks.
P: That would be great.
""",
    [
        "three and a half years|3.5 years|3 and a half years",
        "moving truck",
        "five out of ten|5 out of ten|5/10",
        "fingertips reach mid shin",
        "seventy degrees|70 degrees",
        "four minus on the right|4- on the right",
        "thirty eight percent|38 percent|38%",
        "moderate complexity",
        "clamshells",
        "ten minutes of exercise|10 minutes of exercise",
        "twice a week for six weeks|2 times a week for 6 weeks|2x/week for 6 weeks",
        "laundry basket",
    ],
    ["numbness", "tingling"],
    ["disc out at fifty", "a buck twenty"],
)

S(
    "al_pt02_gravel_driveway_knee",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 11, "97530": 13},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Morning Ray. How's the knee since Thursday?
P: Better. I walked the gravel driveway to get the mail every day.
T: Pain today?
P: Three out of ten, mostly when I kneel.
T: Three, with kneeling. Any swelling after the walks?
P: No swelling.
T: Good. Quick billing note before we start: you're past the yearly therapy threshold from your hip therapy in the spring.
P: Does that mean I have to stop?
T: No. You're still improving and it's medically necessary, so I add the KX modifier and we keep going.
P: Okay, good.
T: Lie on your back. I'll start with patellar glides and tibial mobilization.
P: That's a bit tight.
T: Tell me if it's more than a pulling.
P: Just pulling.
T: Knee bend is one hundred eighteen degrees after the glides.
P: More than last time.
T: Yes, it was one hundred twelve. Manual was ten minutes.
T: Now over to the steps. This is its own block: kneeling to the floor and back up, then carrying the mail bin up two steps.
P: Kneeling is still the worst.
T: Use the cushion and put your hand on the chair. Five times.
P: Okay, that's better with the cushion.
T: Now the bin up and down the two steps, four trips.
P: Heavier than I thought.
T: Good control on the way down. That functional block was thirteen minutes.
P: Feels like more.
T: Let me correct the manual figure, I looked at the timer: that was actually eleven minutes, not ten.
P: Okay.
T: So eleven minutes manual therapy and thirteen of functional activity in separate blocks.
P: Same exercises at home?
T: Yes, plus kneeling practice on the cushion once a day.
T: Next visit Monday. We'll try kneeling without the chair.
P: See you Monday.
""",
    [
        "gravel driveway",
        "three out of ten|3 out of ten|3/10",
        "hip therapy in the spring",
        "patellar glides",
        "one hundred eighteen degrees|118 degrees",
        "one hundred twelve|112",
        "carrying the mail bin up two steps|mail bin up 2 steps",
        "eleven minutes manual therapy|11 minutes manual therapy",
        "thirteen of functional activity|13 of functional activity",
        "kneeling practice on the cushion",
    ],
    ["swelling"],
    ["manual was ten minutes"],
    kx=True,
    has59=True,
    fixed={"97140": 10},
)

S(
    "al_pt03_hay_bales_and_the_barn_cat",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 17, "97116": 12},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ",
    """
t: hey walt im jen the assistant working with you today hows the hip
p: sore um maybe a four i was stacking hay bales saturday
t: four out of ten after the hay bales okay any pain at night
p: no not at night
t: good lets start on the recumbent bike then the leg press
p: the nu step one
t: yeah the new step level five
p: alright
t: now side steps with the green band around the knees ten each way
p: that burns
t: thats the glute me dee us working keep the toes forward
p: hold on i need the bathroom sorry
t: go ahead ill stop the timer that was nine minutes
p: okay im back
t: welcome back i restarted the clock lets do mini squats two sets of ten
p: these are easier than last week
t: nice and then step ups on the six inch step ten each leg
p: done
t: that second part was eight minutes so seventeen minutes of exercise with the break left out
p: whats next
t: walking in the hall without the cane i will be right beside you with the gait belt
p: okay
t: longer steps on the left heel first
p: like that
t: yes and now around the cones and back
p: the turns are tricky
t: slow down at the turn good you did three laps
p: i didnt lose my balance once
t: no loss of balance nice that was twelve minutes of gait training
p: can i leave the cane in the truck
t: the therapist will decide that at your progress check keep it for now
p: fair enough
t: my mom uses a cane too since her stroke she hates it
p: ha i bet
t: keep doing the band walks at home once a day see you thursday
""",
    [
        "four out of ten|4 out of ten|4/10",
        "hay bales",
        "new step level five|nustep level 5|new step level 5",
        "green band",
        "nine minutes|9 minutes",
        "seventeen minutes of exercise|17 minutes of exercise",
        "six inch step|6 inch step",
        "gait belt",
        "three laps|3 laps",
        "twelve minutes of gait training|12 minutes of gait training",
        "band walks at home",
    ],
    ["pain at night"],
    ["my mom uses a cane too"],
    parts={"97110": [9, 8]},
)

S(
    "al_pt04_bosu_and_the_grandkids",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 10, "97112": 7},
    [],
    "97110x1:GP,CQ",
    """
T: Hi Lorraine, I'm Beth, the PTA. How are the ankles today?
P: Pretty good. I chased the grandkids around the yard on Sunday.
T: Any pain today?
P: Two out of ten in the left ankle.
T: Two, left ankle. You haven't had any falls since last week, right?
P: Right, no falls.
T: Great. Let's warm up on the NuStep, level four, and then the Theraband.
P: The red one?
T: The red Theraband for ankle pumps and eversion, three sets of fifteen.
P: My sister said her Theraband snapped on her, she has arthritis in both hands now.
T: Let's make sure yours doesn't. Check it for nicks before each use.
P: Okay. This eversion one is hard.
T: Keep the knee still and turn only the foot out.
P: Like this?
T: Exactly. Now heel raises at the counter, two sets of twelve.
P: Those I can do.
T: Good. The bike and the band work come to ten minutes of exercise.
P: Now the wobbly thing?
T: Yes, the BOSU ball. Both feet on the dome, hands near the bar.
P: Whoa, that moves.
T: Eyes on the poster ahead. Try thirty seconds.
P: Twenty seconds before I grabbed.
T: Twenty seconds is fine for the first try. Once more.
P: Better that time, the whole thirty.
T: Thirty seconds without touching. Now single leg on the Airex pad.
P: Left leg is shaky.
T: Eight seconds on the left, fifteen on the right.
P: That's about what I thought.
T: Balance work was seven minutes today.
P: Only seven? It felt longer.
T: Seven by the timer. Any dizziness on the BOSU?
P: No dizziness.
T: Good. Same home program, and add standing on one leg while brushing your teeth.
P: I can do that.
T: See you Thursday.
""",
    [
        "two out of ten in the left ankle|2 out of ten in the left ankle|2/10 in the left ankle",
        "nustep, level four|nustep level 4",
        "red theraband",
        "three sets of fifteen|3 sets of 15",
        "ten minutes of exercise|10 minutes of exercise",
        "bosu ball",
        "thirty seconds without touching|30 seconds without touching",
        "airex pad",
        "eight seconds on the left|8 seconds on the left",
        "seven minutes|7 minutes",
        "brushing your teeth",
    ],
    ["falls", "dizziness"],
    ["arthritis in both hands", "chased the grandkids"],
)

S(
    "al_pt05_church_steps_and_the_choir_loft",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 14, "97112": 10},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: okay harold this is your progress check visit ten how has the knee been
p: good um i made it up to the choir loft on sunday
t: thats one of your goals walking up the church steps to the loft with one rail
p: sixteen steps i counted them
t: sixteen steps with one rail so that goal is met
p: feels good
t: lets set a new one how about carrying your music folder up the steps without the rail
p: sure that sounds right
t: new goal up the sixteen steps with the folder and no rail in four weeks
t: any pain today
p: one out of ten just stiff in the morning
t: you arent getting any giving way right
p: right no giving way
t: lets measure knee bend lie back
p: okay
t: flexion one hundred twenty four degrees it was one hundred ten at the start
p: big change
t: now the timed up and go ready go
p: how was that
t: nine point five seconds it was fourteen point two at the evaluation
p: and the balance test
t: the burg balance is fifty one out of fifty six up from forty three
p: fifty one not bad
t: now exercise leg press and step downs off the four inch step two sets of ten
p: these step downs are getting easier
t: knee over the second toe good thats fourteen minutes of exercise
p: and the balance stuff
t: tandem walking and the foam pad with head turns
p: the head turns make it harder
t: zero point five seconds slower on the foam but steady balance was ten minutes
p: so when am i done
t: we will keep going twice a week for four weeks for the new goal
p: fair enough my wife says her knee is worse than mine
t: tell her we are always here see you thursday
""",
    [
        "choir loft",
        "sixteen steps|16 steps",
        "folder and no rail",
        "one out of ten|1 out of ten|1/10",
        "one hundred twenty four degrees|124 degrees",
        "nine point five seconds|9.5 seconds",
        "fourteen point two|14.2",
        "burg balance|berg balance",
        "fifty one out of fifty six|51 out of 56|51/56",
        "fourteen minutes of exercise|14 minutes of exercise",
        "balance was ten minutes|balance was 10 minutes",
        "twice a week for four weeks|2 times a week for 4 weeks",
    ],
    ["giving way"],
    ["her knee is worse than mine"],
)

S(
    "al_pt06_soccer_knee_after_the_graft",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Welcome back Mia. Last time I saw you was before the surgery. How did it go?
P: Dr. Patel did the ACL reconstruction with a patellar tendon graft three weeks ago.
T: Three weeks post op. Since your plan changed with surgery, today is a re-evaluation.
P: Okay. I have the brace locked for walking.
T: Brace locked in extension, crutches weight bearing as tolerated?
P: Yes, that's what the protocol says.
T: Pain right now?
P: Four out of ten in the front of the knee.
T: Any calf pain or calf swelling?
P: No, none.
T: Good. Any fever or redness at the incision?
P: No.
T: The incision looks clean and closed. Let's measure. Knee extension is minus three degrees.
P: Is that okay?
T: Close to straight, that's good. Flexion is ninety two degrees.
P: It feels tight at the end.
T: Quad set: I can see the kneecap move, but there's a lag of ten degrees on the straight leg raise.
P: I can't keep it straight.
T: That's common at three weeks. Effusion is a trace on the sweep test.
P: My teammate tore hers too and never came back to play.
T: Everyone's path is different. Let's work on yours.
T: Quad sets with the towel under the knee, three sets of ten.
P: Like this?
T: Squeeze harder, hold five. Now heel slides with the strap.
P: That pulls.
T: Stop at the pull, don't force it. Then the straight leg raise with the brace on.
P: That's better with the brace.
T: Good. Twelve minutes of exercise today.
T: New goals: flexion one hundred twenty degrees and walking without crutches in six weeks.
P: And soccer?
T: Running at about four months, return to soccer is the surgeon's call later on.
T: Plan: twice a week for eight weeks.
P: Okay, see you Tuesday.
""",
    [
        "acl reconstruction",
        "patellar tendon graft",
        "three weeks post op|3 weeks post op",
        "four out of ten|4 out of ten|4/10",
        "minus three degrees|-3 degrees",
        "ninety two degrees|92 degrees",
        "lag of ten degrees|lag of 10 degrees",
        "trace",
        "twelve minutes of exercise|12 minutes of exercise",
        "one hundred twenty degrees|120 degrees",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["calf pain", "redness"],
    ["never came back to play"],
)

S(
    "al_pt07_garden_hose_and_the_left_shoulder",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 16, "97140": 6},
    [],
    "97110x1:GP",
    """
T: Hi Nora. This is your last visit, your discharge visit. How's the shoulder?
P: I'm coiling the garden hose again without thinking about it.
T: That was one of your goals. Pain today?
P: Zero, maybe a one when I reach behind my back.
T: Zero at rest, one reaching behind the back. Let's measure.
P: Okay.
T: Shoulder flexion is one hundred sixty five degrees, it was one hundred ten at the start.
P: Wow.
T: External rotation seventy degrees. Strength is four plus out of five for the rotator cuff.
P: What about the QuickDASH?
T: Your QuickDASH is eleven, down from forty eight.
P: That's a big drop.
T: It is. Reaching the top shelf goal is met, hose goal met, sleeping on that side?
P: Most nights. Not every night.
T: Partly met then. You're not waking up from the pain anymore, right?
P: Right, no waking up.
T: Let's run through your home program once more so you have it right.
P: The band ones?
T: Yes, the yellow band rows, external rotation, and the wall slides, two sets of fifteen each.
P: Like this?
T: Elbow at your side for the rotations. Good. Then the sleeper stretch.
P: I always forget that one.
T: Sixteen minutes of exercise with the home program.
T: Then some gentle soft tissue work on the back of the shoulder, six minutes.
P: That feels good.
T: Keep doing the program three times a week for a month, then twice a week.
P: My neighbor had the same surgery and still can't lift his arm.
T: Your shoulder is doing well. Call us if the pain goes back up.
P: I will. Thank you for everything.
T: You're welcome. You're discharged from therapy today.
""",
    [
        "garden hose",
        "one reaching behind the back|1 reaching behind the back",
        "one hundred sixty five degrees|165 degrees",
        "seventy degrees|70 degrees",
        "four plus out of five|4+ out of five|4+/5",
        "quickdash is eleven|quickdash is 11",
        "forty eight|48",
        "yellow band",
        "sleeper stretch",
        "sixteen minutes of exercise|16 minutes of exercise",
        "six minutes|6 minutes",
        "partly met",
    ],
    ["waking up"],
    ["still can't lift his arm"],
)

S(
    "al_pt08_walker_wheels_and_the_kitchen_tile",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97116": 16, "97110": 8},
    [],
    "97116x1:GP 97110x1:GP",
    """
t: hi gloria how are you doing with the walker at home
p: okay the front wheels stick on the kitchen tile though
t: we can look at that any pain today
p: um two out of ten in the right hip
t: two in the right hip you havent felt light headed when you stand up right
p: right not light headed
t: okay lets walk in the hall with the rolling walker i will guard with the gait belt
p: okay ready
t: step into the walker not behind it good
p: like this
t: yes and now the turn at the end small steps
p: sorry my phone hold on its my pharmacy
t: no problem i will stop the timer that was nine minutes of gait
p: okay sorry about that they had my pills ready
t: i restarted the timer lets keep going with the stairs with the rail
p: up with the good one
t: yes up with the good down with the bad nice four steps
p: that wasnt so bad
t: another seven minutes on gait and stairs so sixteen minutes of gait training
p: that wore me out
t: sit down and rest then some seated exercise
p: the ankle pumps
t: ankle pumps long arc quads and seated marching two sets of ten
p: my right leg is heavier
t: thats the surgery side keep going thats eight minutes of exercise
p: what about the wheels
t: the glide caps on the back legs will slide better on tile and we can check the front wheels next time
p: my son can pick those up
t: good any numbness in the foot
p: no numbness
t: okay keep walking in the house every hour see you friday
""",
    [
        "kitchen tile",
        "two out of ten in the right hip|2 out of 10 in the right hip|2/10 in the right hip",
        "rolling walker",
        "gait belt",
        "nine minutes of gait|9 minutes of gait",
        "four steps|4 steps",
        "sixteen minutes of gait training|16 minutes of gait training",
        "long arc quads",
        "eight minutes of exercise|8 minutes of exercise",
        "glide caps",
    ],
    ["light headed", "numbness"],
    ["my pharmacy"],
    parts={"97116": [9, 7]},
)

# --------------------------------------------------------------------------------------------- OT, dev
S(
    "al_ot01_tailor_and_the_shirt_buttons",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 9},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Hello Mr. Haddad, I'm Sam, the occupational therapist. You had the carpal tunnel release on the right?
C: Yes, two weeks ago. He can't do anything with that hand, I do everything for him.
T: Thank you. Mr. Haddad, can you tell me in your own words what's hard right now?
P: Buttons. And the needle, I'm a tailor.
C: He shouldn't be sewing at all.
T: I'd like to hear from your father first, and then from you. Sir, how do you get dressed?
P: I do it myself, slowly. My son helps with the shirt buttons.
T: So dressing is independent except buttons, which take help?
P: Yes, the small buttons.
T: Any numbness in the fingers now?
P: Not anymore, no. It went away after the surgery.
C: He still shakes the hand at night.
T: Sir, do you wake at night with tingling?
P: No, I don't. I just shake it from habit.
T: Let's measure. Grip on the right is thirty two pounds, left sixty five.
P: Weak.
T: Expected at two weeks. Pinch is eight pounds on the right.
T: Scar is closed, a little tender. Thumb opposition to the small finger is full.
C: My wife thinks he needs a cortisone shot for the other hand too.
T: That's a question for his doctor. We're here for the right hand today.
T: This is a low complexity evaluation: one problem area, good home support.
T: Now some self-care training. Let's practice buttons with the button hook.
P: This tool?
T: Yes, push the hook through the hole, catch the button, pull back.
P: Oh, that works.
T: Try the next three. And the zipper pull on your jacket.
P: Easier with the ring on it.
T: That was nine minutes of self-care training with the button hook and zipper pull.
T: Goals: button his own shirt in four weeks, and grip of fifty pounds for sewing.
P: I want to hem pants again.
T: That's your main goal then: hemming pants. Twice a week for four weeks.
C: Okay, I'll bring him.
""",
    [
        "carpal tunnel release",
        "tailor",
        "thirty two pounds|32 pounds",
        "sixty five|65",
        "eight pounds|8 pounds",
        "low complexity",
        "button hook",
        "zipper pull",
        "nine minutes of self-care training|9 minutes of self-care training",
        "fifty pounds|50 pounds",
        "hem pants|hemming pants",
        "twice a week for four weeks|2 times a week for 4 weeks",
    ],
    ["numbness", "tingling"],
    ["cortisone shot"],
)

S(
    "al_ot02_dryer_door_and_the_sock_aid",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 16, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi bev im tom the ota today hows the new hip
p: okay um the laundry is my problem i cant get the clothes out of the dryer
t: well work on that first any pain right now
p: three out of ten on the left side
t: three on the left before we start you went past the yearly threshold for o t with the shoulder therapy you had in march
p: so is it over
t: no youre still making gains so its medically necessary and we bill with the k x modifier
p: okay good
t: first the laundry so this is a therapeutic activity standing reaching bending with the reacher into the dryer
p: with the reacher
t: yes keep the hip precautions no bending past ninety
p: i got the towel
t: now the jeans from the back of the drum then carry the basket on the walker tray
p: that tray is handy
t: slow on the turn with the basket on the tray
p: i go slow now
t: that whole standing laundry block was sixteen minutes
p: what now
t: now a separate block self care training sitting down putting on socks with the sock aid
p: this thing again
t: slide the sock on the form drop it past your foot pull the straps
p: got it on the first try
t: nice and then the long handled shoe horn for the sneakers
p: okay thats done
t: sock aid and shoe horn training was ten minutes of self care
p: you never have me lift my leg to do the socks
t: right thats to protect the hip you are not having any pain in the groin with the reacher right
p: right no groin pain
t: good keep using the reacher for the dryer at home
p: my daughter says her neighbor broke a hip last year and never walked again
t: lets focus on yours you are doing well see you friday
""",
    [
        "dryer",
        "three out of ten on the left side|3 out of ten on the left side|3/10 on the left side",
        "reacher",
        "no bending past ninety|no bending past 90",
        "walker tray",
        "sixteen minutes|16 minutes",
        "sock aid",
        "long handled shoe horn",
        "ten minutes of self care|10 minutes of self care",
        "therapeutic activity",
    ],
    ["groin pain"],
    ["broke a hip last year"],
    kx=True,
    has59=True,
)

S(
    "al_ot03_putty_and_the_fishing_reel",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 9, "97535": 8},
    [],
    "97110x1:GO,CO 97535x1:GO,CO",
    """
t: hi gus im lena the ota hows the wrist
p: better i tried the fishing reel on saturday
t: how did that go
p: um okay for ten minutes then it ached
t: ache level now
p: two out of ten
t: two out of ten any numbness in the thumb
p: no numbness
t: lets start with the putty the green digi flex first then the putty
p: the finger thing
t: yes the digi flex three sets of ten for each finger
p: okay
t: now roll the putty into a snake then pinch it flat
p: the green putty is harder than the yellow
t: thats the point keep the wrist straight
p: got it
t: and wrist curls with the one pound weight two sets of fifteen
p: done
t: that was nine minutes of exercise
p: okay
t: now some training for home how to put on the wrist brace by yourself
p: my wife does the straps
t: lets practice you do it one handed with the loop on the end
p: oh that loop helps
t: and then cutting meat with the rocker knife
p: that knife is weird but it works
t: good thats eight minutes of self care training
p: my buddy at the lake has carpal tunnel in both hands
t: he should see his doctor about that you keep doing the putty daily
p: will do
t: any swelling after the fishing
p: no swelling
t: great see you next week
""",
    [
        "fishing reel",
        "two out of ten|2 out of ten|2/10",
        "digi flex|digi-flex",
        "green putty",
        "one pound weight|1 pound weight",
        "nine minutes of exercise|9 minutes of exercise",
        "wrist brace",
        "rocker knife",
        "eight minutes of self care training|8 minutes of self care training",
    ],
    ["numbness", "swelling"],
    ["carpal tunnel in both hands"],
)

S(
    "al_ot04_resting_hand_straps_and_the_wife",
    "OT",
    "daily",
    "OT",
    "per-code",
    "dev",
    {"97763": 14, "97110": 7},
    [],
    "97763x1:GO",
    """
T: Hi Mr. Brooks, hi Mrs. Brooks. How has the resting hand splint been this week?
C: He's wearing it at night like you said. The strap rubs on his wrist though.
T: Let's take a look. Mr. Brooks, any pain in the hand?
P: No pain. It's just stiff.
T: I see a red mark on the wrist, about two centimeters, that fades after a few minutes.
C: It's gone by lunch.
T: Okay. This is a check-out of the orthosis: fit, skin, and how you put it on.
T: I'll swap the wrist strap for a wider padded one.
P: That's softer.
T: And I'm heating the edge at the thumb to flare it out a bit.
C: That's where it pressed.
T: Mrs. Brooks, show me how you put it on.
C: Thumb in first, then the fingers flat, then straps from the wrist up.
T: Perfect order. Fingers are flat, thumb in the trough.
P: Feels better.
T: Wear time: put it on at bedtime, off in the morning. Check the skin each morning.
C: Any red spot that stays longer than thirty minutes, we call?
T: Exactly. That splint check-out was fourteen minutes.
T: Now some passive range for the fingers. Let's stretch each finger into extension.
P: The middle one is tight.
T: Hold ten seconds each, three times.
C: Should I do these at home?
T: Yes, twice a day before the splint goes on.
T: That's seven minutes of range of motion exercise.
P: My brother-in-law had a stroke too, he's in a nursing home now.
T: I'm sorry to hear that. Mr. Brooks, any tingling in the fingers?
P: No tingling.
T: Good. Any shoulder pain on that side?
P: No.
T: Next visit we'll work on using the hand to hold a cup.
C: Thank you.
""",
    [
        "resting hand splint",
        "two centimeters|2 centimeters|2 cm",
        "wider padded",
        "flare",
        "thumb in first",
        "thirty minutes|30 minutes",
        "fourteen minutes|14 minutes",
        "ten seconds each|10 seconds each",
        "twice a day",
        "seven minutes of range of motion|7 minutes of range of motion",
    ],
    ["tingling", "shoulder pain"],
    ["nursing home"],
)

S(
    "al_ot05_grocery_list_and_the_jar_lids",
    "OT",
    "progress",
    "OT",
    "cms",
    "dev",
    {"97530": 15, "97535": 9},
    [],
    "97530x1:GO 97535x1:GO,59",
    """
T: Hi Pat, today is your progress report, visit ten. How are the hands?
P: Better. I opened the pickle jar by myself on Sunday.
T: That was goal one: open a jar without help. So that's met.
P: Finally.
T: Let's set a new goal in its place: carrying a full grocery bag from the car with both hands.
P: That's what I need next.
T: Grip today: right forty two and a half pounds, left forty.
P: What was it before?
T: Twenty eight on the right at the start. COPM performance is seven point two, up from four point one.
P: And satisfaction?
T: Satisfaction eight, up from three.
T: Any morning stiffness lasting more than an hour?
P: No, under half an hour now.
T: Good. First a functional block: lifting cans to the shelf and pouring from the milk jug.
P: The gallon is heavy.
T: Use both hands, palms under it. Now the cans to the second shelf.
P: That's okay.
T: Fifteen minutes of therapeutic activity there.
T: Now a separate self-care block: joint protection for the kitchen, using the jar opener and the built-up utensils.
P: The Dycem mat under the jar helps.
T: Yes. And slide the pot, don't lift it.
P: I forget that one.
T: That was nine minutes of self-care training.
P: My friend at church has lupus, she says it's the same thing.
T: Hers is a different condition. Let's keep to your plan.
T: Plan is twice a week for four more weeks for the grocery bag goal.
P: Okay.
T: You're not having any new swelling in the knuckles, right?
P: Right. No new swelling.
T: Great, see you Thursday.
""",
    [
        "pickle jar",
        "forty two and a half pounds|42.5 pounds",
        "twenty eight|28",
        "seven point two|7.2",
        "four point one|4.1",
        "grocery bag",
        "fifteen minutes of therapeutic activity|15 minutes of therapeutic activity",
        "dycem mat",
        "built-up utensils",
        "nine minutes of self-care training|9 minutes of self-care training",
        "twice a week for four more weeks|2 times a week for 4 more weeks",
    ],
    ["morning stiffness", "new swelling"],
    ["has lupus"],
    has59=True,
)

S(
    "al_ot06_bakery_shoulder_after_the_repair",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97110": 10},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Hi Ana. You had the rotator cuff repair six weeks ago, so today we re-evaluate.
P: Yes. The sling came off last week.
T: Sling off since last week. What's hard now?
P: Putting my hair up, and at work, reaching the top rack of bread trays.
T: You work at the bakery still?
P: Part time, front counter only.
T: Pain right now?
P: Three out of ten, more at night.
T: Three, worse at night. No numbness in the hand?
P: No numbness.
T: Let's measure. Active flexion is ninety five degrees, passive one hundred thirty.
P: It won't go higher on its own.
T: That's expected at six weeks. External rotation thirty degrees.
P: That's the hair one.
T: Yes. QuickDASH is fifty five today.
P: It was better before surgery?
T: Before surgery it was forty, so it's up after the repair, as we'd expect.
T: Dressing: upper body needs minimal assist for the bra and the back of a blouse.
P: My husband helps with that.
T: Bathing is independent with the long handled sponge.
P: The one you gave me.
T: Let's do some exercise. Table slides forward, ten times.
P: Okay.
T: Pulley, keep the operated arm relaxed, ten times.
P: The pulley is better than last week.
T: Isometrics for external rotation against the door frame, hold five seconds, ten reps.
P: That's fine.
T: Ten minutes of exercise today.
T: New goals: hair up independently in eight weeks, and lift a two pound bread tray to shoulder height.
P: And the top rack?
T: Top rack is the later goal, after the surgeon clears lifting.
T: Twice a week for eight weeks.
P: Okay.
""",
    [
        "rotator cuff repair",
        "six weeks|6 weeks",
        "bakery",
        "three out of ten|3 out of ten|3/10",
        "ninety five degrees|95 degrees",
        "one hundred thirty|130",
        "thirty degrees|30 degrees",
        "quickdash is fifty five|quickdash is 55",
        "minimal assist",
        "long handled sponge",
        "ten minutes of exercise|10 minutes of exercise",
        "two pound bread tray|2 pound bread tray",
    ],
    ["numbness"],
    ["front counter only"],
)

S(
    "al_ot07_laundry_folding_and_the_grab_bar",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97535": 13, "97110": 5},
    [],
    "97535x1:GO",
    """
t: hi june this is your last visit your discharge how are things at home
p: good um i am doing my own shower now with the grab bar and the bench
t: thats your main goal met independent showering with the tub bench and grab bar
p: yes ma am
t: and dressing
p: all by myself even the socks
t: dressing independent lets check the rest any dizziness in the shower
p: no dizziness
t: and no falls since we started
p: no falls none
t: lets go over the laundry one more time
p: i carry half a basket now
t: half basket on the hip with the other hand on the rail good
p: and i fold sitting down
t: yes that saves energy lets practice folding the towels at the table and pacing breaks
p: okay
t: rest every ten minutes if you get tired
p: i do that
t: and getting in and out of the tub with the bench one more time for me
p: sit reach back swing the legs over
t: perfect technique thats thirteen minutes of self care training
p: what else
t: a quick review of the arm exercises the wall push ups and the band rows
p: i do those most days
t: good five minutes of exercise
p: my sister fell in her tub in florida last week she is okay
t: glad she is okay you can keep your home program three times a week
p: i will
t: goals met showering dressing and light laundry you are discharged today
p: thank you for all the help
t: call us if anything changes take care june
""",
    [
        "grab bar",
        "tub bench",
        "socks",
        "half basket on the hip|1/2 basket on the hip",
        "fold sitting down",
        "pacing breaks",
        "rest every ten minutes|rest every 10 minutes",
        "thirteen minutes of self care training|13 minutes of self care training",
        "wall push ups",
        "five minutes of exercise|5 minutes of exercise",
        "three times a week|3 times a week",
    ],
    ["dizziness", "falls"],
    ["fell in her tub in florida"],
)

# --------------------------------------------------------------------------------------------- SLP, dev
S(
    "al_slp01_crossword_and_the_door_handle",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hi Mr. Okafor, I'm Lee, the speech-language pathologist. Your doctor sent you after the stroke in October.
P: Yes. Words get stuck. I know them, they don't come out.
T: Let's test your language today. First, name these pictures for me.
P: Comb. Key. The... the thing for the door. Handle.
T: Good. Naming was twelve out of twenty on the Boston Naming screener.
P: Twelve. I used to do the crossword in ink.
T: Crosswords are a good goal. Now follow these commands: touch your nose, then point to the window.
P: Done.
T: Two-step commands ten out of ten. Three-step?
P: Some.
T: Seven out of ten with three steps. Now tell me how you make coffee.
P: Water, the... the beans, the machine, push.
T: That was clear with word-finding pauses. Repetition of sentences was eight out of ten.
T: Reading sentences, nine out of ten. Writing your name and address, accurate.
T: Now I'd like you to draw a clock face with the hands at ten past eleven.
P: No. I don't want to do that one. I did it at the hospital three times.
T: That's okay, we can skip the clock drawing. You can refuse any test.
P: Thank you. I'm tired of clocks.
T: Noted as declined. Any trouble swallowing food or drinks?
P: No trouble swallowing.
T: Any coughing when you drink?
P: No.
T: Your speech muscles look fine: no slurring, voice is clear.
P: My wife says I talk too fast now.
T: Speaking rate is a bit quick, with pauses for words. This is a mild anomic aphasia.
P: Anomic?
T: Trouble finding names of things. Your understanding is good.
T: Goals: name eighteen of twenty pictures with a first-sound cue, and finish the Sunday crossword with cues.
P: In pen?
T: In pen. Twice a week for eight weeks.
P: Okay.
T: For home, describe three objects each day: what it is, what it does, where it goes.
P: I can do that.
""",
    [
        "twelve out of twenty|12 out of 20|12/20",
        "boston naming",
        "ten out of ten|10 out of 10|10/10",
        "seven out of ten|7 out of 10|7/10",
        "eight out of ten|8 out of 10|8/10",
        "nine out of ten|9 out of 10|9/10",
        "mild anomic aphasia",
        "eighteen of twenty|18 of 20|18/20",
        "sunday crossword",
        "twice a week for eight weeks|2 times a week for 8 weeks",
        "three objects each day|3 objects each day",
    ],
    ["trouble swallowing", "slurring"],
    ["talk too fast"],
)

S(
    "al_slp02_pill_box_then_the_applesauce",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 5},
    ["92526"],
    "92526x1:GN,KX 97129x1:GN,KX",
    """
T: Hi Edna. Today we'll do memory work first, then your swallowing.
P: Good morning. I brought my pill box.
T: Perfect. Before we start: your therapy this year passed the yearly threshold, with your physical therapy in the summer.
P: Oh dear. Do I stop?
T: No, you still need this, it's medically necessary, so the claim carries the KX modifier.
P: All right.
T: Memory first. Let's fill the pill box from your list.
P: Monday morning, the blue one and the white one.
T: Check the list for Monday evening.
P: Oh, the small yellow one at night.
T: Right. You filled the week with two errors and caught one yourself.
P: Only one I missed.
T: Now recall: I said three words at the start. What were they?
P: Apple, table... penny.
T: Three of three after ten minutes. Very good.
T: That cognitive work was twenty minutes.
P: It felt shorter.
T: Now swallowing. Here is applesauce with your pill, chin tuck.
P: Chin down. Okay.
T: No cough, voice stayed clear. Now a sip of thin water, chin tuck.
P: That went down fine.
T: Ten sips, no coughing, no wet voice.
P: My granddaughter has reflux, she can't eat tomatoes.
T: Let's keep to your swallow. Now a cracker: chew fully, then a second dry swallow.
P: Double swallow, I remember.
T: Eight of ten with the double swallow without a reminder.
T: Diet stays regular, IDDSI seven, and thin liquids, IDDSI zero, with the chin tuck.
P: Good, I like my coffee.
T: Home: pill box with the list each Sunday, and chin tuck with every drink.
P: I'll do that.
T: Any choking at home this week?
P: No choking at all.
T: Great. See you Thursday.
""",
    [
        "pill box",
        "two errors|2 errors",
        "three of three|3 of 3|3/3",
        "twenty minutes|20 minutes",
        "chin tuck",
        "ten sips|10 sips",
        "double swallow",
        "eight of ten|8 of 10|8/10",
        "iddsi seven|iddsi 7",
        "iddsi zero|iddsi 0",
    ],
    ["choking"],
    ["can't eat tomatoes"],
    kx=True,
    cog=20,
)

S(
    "al_slp03_snake_sounds_with_nana",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi lucy hi nana im jess the speech assistant today
c: hi she has been practicing her snake sounds
t: great lucy can you show me your snake sound
p: sssss
t: nice tongue behind the teeth lets do words with s at the start
p: sun soap sock
t: sun was great sock was great soap was a little slushy
c: she does that at home too
t: thats okay well practice
t: lets play the fishing game every fish has an s word
p: seal sandwich six
t: six was perfect you got eight out of ten words at the start
c: eight out of ten
t: yes with a visual cue me pointing to my teeth
p: i want more fish
t: now s at the end of words bus horse house
p: bus hous
t: listen house
p: house
t: good with one model
t: end of word s was six out of ten with a model
c: she keeps saying her brother is sick with the flu
t: oh no lets keep lucy practicing how about sentences
p: the sun is hot
t: perfect s in sun she did sentences with three out of five correct
c: can we do this at bedtime
t: yes five minutes each night with the word cards
p: can i take the fish
t: you can take the fish cards home she does not need the mirror anymore
c: okay
t: lucy no trouble hearing me today right
c: right no trouble hearing she had her ears checked
t: good see you next week
""",
    [
        "snake sound",
        "eight out of ten|8 out of 10|8/10",
        "visual cue",
        "six out of ten|6 out of 10|6/10",
        "with a model",
        "three out of five|3 out of 5|3/5",
        "five minutes each night|5 minutes each night",
        "fishing game",
    ],
    ["trouble hearing"],
    ["sick with the flu"],
)

S(
    "al_slp04_tuesday_aphasia_circle",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["97150"],
    "97150x1:GN",
    """
T: Good afternoon everyone, welcome to the Tuesday communication group. Mr. Diaz, welcome back.
P: Hello. Good... good to be here.
T: Today's topic is planning a picnic. Mr. Diaz, what food would you bring?
P: Sand... sandwich. Ham.
T: Ham sandwich, good. You used the first-sound cue yourself there.
C: I would bring potato salad, my mother's recipe.
T: Thanks Gloria. Mr. Diaz, where would we go?
P: The park. By the lake.
T: Great. He's using two-word phrases. Now each person asks the next a question.
P: What... you drink?
C: Lemonade!
T: Mr. Diaz asked a question with a word order cue. Good.
C: My husband would be here but he's got his kidney stones again.
T: We hope he feels better. Mr. Diaz, can you tell us the weather you want?
P: Sunny. Not rain.
T: Sunny and not rainy, well said.
T: Now the group practices phone calls. Mr. Diaz, call the park office to reserve a table.
P: Hello. I want... table. Saturday.
T: For how many people?
P: Six. Six people.
T: Clear. He completed the script with two verbal cues.
P: Hard but okay.
T: Tracking: Mr. Diaz got seven of ten target words in the conversation.
C: That's better than last week.
T: Mr. Diaz, are you having any trouble understanding the others?
P: No. I understand. Talking is hard.
T: Understanding is good, expression is the work. Any headaches today?
P: No headaches.
T: For homework everyone writes a shopping list for the picnic.
P: List. Okay.
T: Mr. Diaz, try saying each item aloud as you write it.
P: I try.
T: Thank you all, see you next Tuesday.
""",
    [
        "communication group",
        "planning a picnic",
        "ham sandwich",
        "first-sound cue",
        "two-word phrases|2-word phrases",
        "word order cue",
        "two verbal cues|2 verbal cues",
        "seven of ten|7 of 10|7/10",
        "shopping list",
    ],
    ["trouble understanding", "headaches"],
    ["kidney stones", "potato salad"],
)

S(
    "al_slp05_bingo_caller_at_the_legion",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Frank, this is your progress report, visit ten. How is your speech out in the world?
P: I called the bingo numbers at the Legion Friday. Nobody asked me to repeat.
T: That's big. Your goal was ninety percent intelligibility in sentences. Let's measure it.
P: Go ahead.
T: Read these twenty sentences, I'll mark the ones I understand without context.
P: The cat sat on the porch. My truck needs new tires.
T: Keep going.
P: The store closes at nine. We went fishing at dawn.
T: Nineteen of twenty, ninety five percent. It was seventy percent at the evaluation.
P: I'll take it.
T: So the sentence goal is met. New goal: conversation at ninety percent with an unfamiliar listener.
P: Like the guy at the hardware store.
T: Exactly. Now let's work on conversation with over-articulation.
P: Tell me about the game Friday.
T: You tell me about it, slow rate, every sound.
P: We had forty people. I called B nine three times.
T: Clear. You dropped the final t in "light" once.
P: Light. Light.
T: Better. Rate was a bit fast in the second story, I gave one cue to slow down.
P: I get excited.
T: Conversation today was about eighty five percent understood with one rate cue.
P: My buddy Ed had throat cancer, he talks through a machine now.
T: I'm sorry about Ed. Frank, any trouble swallowing lately?
P: No trouble at all.
T: Any hoarseness in the mornings?
P: No, voice is fine.
T: Good. Plan: continue twice a week for six weeks for the conversation goal.
P: Sounds fine.
T: Home: read the paper aloud ten minutes a day, exaggerating the ends of words.
P: Ten minutes. Okay.
T: Great, see you Tuesday.
""",
    [
        "bingo numbers",
        "ninety percent intelligibility|90 percent intelligibility|90% intelligibility",
        "nineteen of twenty|19 of 20|19/20",
        "ninety five percent|95 percent|95%",
        "seventy percent|70 percent|70%",
        "goal is met",
        "unfamiliar listener",
        "over-articulation",
        "eighty five percent|85 percent|85%",
        "one rate cue|1 rate cue",
        "twice a week for six weeks|2 times a week for 6 weeks",
        "ten minutes a day|10 minutes a day",
    ],
    ["trouble swallowing", "hoarseness"],
    ["throat cancer"],
)

S(
    "al_slp06_neck_fusion_and_the_cracker",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hi Carol. You had the neck fusion, the ACDF, two weeks ago. We're re-evaluating your swallow after surgery.
P: Yes. Food feels like it sticks in my throat now.
T: Before surgery you were on a regular diet with no problems, correct?
P: Correct. This is new.
T: Any pain when you swallow?
P: Some, a three out of ten.
T: Any coughing or choking with drinks?
P: No coughing with water.
T: Voice sounds a little hoarse.
P: The surgeon said that might happen from the breathing tube.
T: That's common. Let's look at oral motor first. Tongue, lips and jaw are strong and symmetrical.
T: Now a sip of water, small.
P: Okay, fine.
T: Good laryngeal rise, no cough. Three ounce water test: let's try.
P: All of it?
T: All of it, without stopping.
P: Done. A little tickle at the end.
T: You passed the three ounce test, no cough. Now applesauce.
P: That's easy.
T: Now the cracker.
P: This one sticks, right here.
T: You point to the lower neck. Take a sip after.
P: That cleared it.
T: Solids need a liquid wash. EAT-10 is eighteen today, it was zero before surgery.
P: Eighteen sounds bad.
T: It's above the normal cutoff of three. I recommend soft and bite-sized, IDDSI level six, and thin liquids.
P: For how long?
T: Until the swelling settles. We'll recheck in two weeks. Alternate bites and sips.
P: My sister had the same surgery and ate steak the next day.
T: Everyone heals differently. Plan: swallowing treatment once a week for four weeks.
P: Okay.
T: Call us if you get a fever or food coming back up.
P: I will.
""",
    [
        "acdf",
        "two weeks ago|2 weeks ago",
        "three out of ten|3 out of 10|3/10",
        "hoarse",
        "three ounce test|3 ounce test",
        "liquid wash",
        "eat-10 is eighteen|eat-10 is 18",
        "iddsi level six|iddsi level 6",
        "alternate bites and sips",
        "once a week for four weeks|1 time a week for 4 weeks",
    ],
    ["coughing with water"],
    ["ate steak the next day"],
)

S(
    "al_slp07_bus_route_and_the_recipe_card",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {"97129": 15, "97130": 9},
    [],
    "97129x1:GN 97130x1:GN",
    """
t: hi marcus today is your last visit your discharge how are things going
p: pretty good um i took the number four bus to work by myself all week
t: thats your big goal met riding the bus alone
p: yeah my mom stopped driving me
t: lets do the last checks first the recipe card
p: okay read it and do the steps
t: yes put the steps in order for the pancakes
p: flour egg milk mix then the pan
t: all six steps in order without a cue
p: nice
t: now the calendar find the dentist appointment and write it in your phone
p: tuesday the ninth at two
t: correct and the reminder set for one hour before
p: done
t: now remembering the list i gave you at the start
p: milk bread stamps and um batteries
t: four of four recall after twenty minutes
p: i used the picture trick
t: the visual imagery strategy good
t: that whole memory and planning block was twenty four minutes
p: is that it
t: yes your scores the moca was twenty six out of thirty up from nineteen
p: twenty six
t: yes goals met bus route recipe and calendar use
p: my cousin had a concussion playing football he still gets headaches
t: that sounds hard for him you are not having any headaches now right
p: right no headaches
t: keep using the phone calendar and the picture trick
p: i will
t: you are discharged today call us if anything slips
p: thanks for everything
""",
    [
        "number four bus|number 4 bus",
        "recipe card",
        "all six steps in order|all 6 steps in order",
        "without a cue",
        "one hour before|1 hour before",
        "four of four|4 of 4|4/4",
        "visual imagery strategy",
        "twenty four minutes|24 minutes",
        "moca|montreal cognitive",
        "twenty six out of thirty|26 out of 30|26/30",
        "nineteen|19",
    ],
    ["headaches"],
    ["had a concussion playing football"],
    cog=24,
)

# --------------------------------------------------------------------------------------------- PT, test
S(
    "al_pt09_trail_runner_and_the_tree_root",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 8},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: Hi Jordan, I'm Alex. You rolled the right ankle on a trail run?
P: Yeah, eleven days ago, on a root. It swelled up like a grapefruit.
T: Any x-ray?
P: Urgent care did one, no fracture.
T: Good. Pain now?
P: Two out of ten walking, six out of ten on the first steps in the morning.
T: You're not having any numbness on the top of the foot, right?
P: Right, none.
T: And you didn't hear a pop when it happened?
P: No pop.
T: Let's look. Swelling is mild on the outside of the ankle. Figure-of-eight is fifty four centimeters on the right, fifty one on the left.
P: Still puffy.
T: Dorsiflexion is eight degrees on the right, eighteen on the left.
P: That's a big difference.
T: Anterior drawer is negative. Tender over the ATFL.
P: That's the spot.
T: Single leg stance: right is eleven seconds, left thirty.
T: Now I'd like to try a single leg hop on the right.
P: No, I'm not doing that. It'll hurt and I have a race in May.
T: That's fine, we won't do the hop test today. I'll note that you declined it.
P: Thanks. Maybe in a few weeks.
T: Your LEFS is sixty two out of eighty.
P: Is that good?
T: It's a good start. This is a low complexity evaluation: one body part, no other conditions slowing you down.
T: Let's do a few exercises. Ankle alphabet, then the calf stretch against the wall, thirty seconds times three.
P: Okay, the stretch pulls.
T: Then the towel scrunches and seated heel raises, two sets of fifteen.
P: These are easy.
T: Good. That was eight minutes of exercise.
T: Plan: twice a week for four weeks. Goal is trail running five miles without pain.
P: And the race in May?
T: We'll aim for it and re-check hopping in three weeks.
P: Deal.
""",
    [
        "eleven days ago|11 days ago",
        "no fracture",
        "six out of ten on the first steps|6 out of 10 on the first steps|6/10 on the first steps",
        "fifty four centimeters|54 centimeters|54 cm",
        "eight degrees on the right|8 degrees on the right",
        "eighteen on the left|18 on the left",
        "atfl",
        "eleven seconds|11 seconds",
        "lefs is sixty two out of eighty|lefs is 62 out of 80|lefs 62/80",
        "low complexity",
        "eight minutes of exercise|8 minutes of exercise",
        "five miles|5 miles",
        "twice a week for four weeks|2 times a week for 4 weeks",
    ],
    ["pop"],
    ["swelled up like a grapefruit"],
)

S(
    "al_pt10_roofer_back_and_the_shingle_bundle",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 9, "97530": 15},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hi Luis. How's the back after Monday?
P: Sore Tuesday, good since. I've been doing the walks.
T: Pain today?
P: Two out of ten, low back, left side.
T: Any pain going down the leg?
P: No, it stays in the back.
T: Before we start: with your neck therapy in the spring you're over the yearly threshold for therapy.
P: So I'm cut off?
T: No. You're still improving and it's medically necessary, so we add the KX modifier to the claim.
P: Good.
T: Lie face down. I'll do the joint mobilization on the lower lumbar levels first.
P: That's the tight spot.
T: Grade three glides at L4 and L5. Then soft tissue to the left quadratus.
P: That eases it.
T: Manual therapy nine minutes.
T: Now a separate block: lifting like on the roof. We use the fifty pound sandbag as your shingle bundle.
P: Bundles are more like seventy.
T: We start at fifty. Hip hinge, bag close, stand.
P: Like this?
T: Yes, back flat. Now carry it ten feet and set it on the bench at knee height.
P: Feels okay.
T: And climbing the ladder three rungs with the bag on the shoulder.
P: That's the part I worry about.
T: Good control. Fifteen minutes of functional activity there.
P: My foreman says his back went out last week too, he's off for a month.
T: I hope he recovers. Any numbness in the feet after lifting?
P: No numbness.
T: Good. Home: hip hinge practice with a laundry basket, ten reps daily.
P: Okay.
T: Next time we'll go to sixty pounds.
P: See you Monday.
""",
    [
        "two out of ten, low back, left side|2 out of 10, low back, left side|2/10 low back left side",
        "neck therapy in the spring",
        "grade three glides|grade 3 glides",
        "l4 and l5",
        "quadratus",
        "manual therapy nine minutes|manual therapy 9 minutes",
        "fifty pound sandbag|50 pound sandbag",
        "ten feet|10 feet",
        "three rungs|3 rungs",
        "fifteen minutes of functional activity|15 minutes of functional activity",
        "hip hinge",
        "sixty pounds|60 pounds",
    ],
    ["down the leg", "numbness"],
    ["his back went out last week"],
    kx=True,
    has59=True,
)

S(
    "al_pt11_heel_raises_and_the_quad_cane",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97116": 11},
    ["97150"],
    "97150x1:GP,CQ 97116x1:GP,CQ",
    """
t: okay everybody welcome to the tuesday balance class im kim one of the assistants
c: morning kim
t: mr nolan you are on the end chair today how is the knee
p: um stiff but okay two out of ten
t: two out of ten alright everyone stand behind your chair for heel raises ten times
p: one two three
t: nice mr nolan hands light on the chair
c: my hips are killing me today
t: take it easy missus lee sit if you need to
t: now marching in place thirty seconds
p: that i can do
t: side steps along the bar four each way
p: left is slower
t: group part is done now mr nolan you stay with me for gait one on one
p: okay
t: the other folks are with alex now walk with the quad cane in the hall
p: cane in the right hand
t: no cane goes in the left hand opposite the bad knee
p: oh right left hand
t: step with the cane and the right leg together
p: like that
t: yes now around the nurses station and back
p: the corner is tight
t: small steps on the turn good three laps without loss of balance
p: no wobbles
t: no wobbles that was eleven minutes of gait training just us
p: good
t: you are not having any dizziness when you turn right
p: right no dizziness
t: great keep the cane in the left hand at home
p: my wife says her cousin fell with a cane and broke her wrist
t: that is why we practice see you thursday for class
""",
    [
        "balance class",
        "two out of ten|2 out of 10|2/10",
        "heel raises ten times|heel raises 10 times",
        "side steps",
        "quad cane",
        "left hand opposite the bad knee",
        "three laps|3 laps",
        "eleven minutes of gait training|11 minutes of gait training",
        "nurses station",
    ],
    ["dizziness"],
    ["hips are killing me", "broke her wrist"],
)

S(
    "al_pt12_airex_pad_and_the_ferry_ramp",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97112": 14, "97110": 9},
    [],
    "97112x1:GP,CQ 97110x1:GP,CQ",
    """
T: Hi Greta, I'm Omar, the PTA today. How's the balance?
P: Better. I walked down the ferry ramp without holding on.
T: That's one of the things we're working toward. Any falls this week?
P: No falls.
T: Any dizziness when you get out of bed?
P: No, not this week.
T: Good. Balance first. Feet together on the Airex pad, eyes open.
P: Okay, steady.
T: Thirty seconds, good. Eyes closed now.
P: That's harder. Twelve seconds.
T: Twelve seconds eyes closed on foam. Now tandem stance on the floor.
P: Hang on. Sorry, I need the restroom, the water pill.
T: Go ahead, I'm pausing the clock. That was eight minutes of balance.
P: Okay, I'm back.
T: Restarting the clock. Step-ups onto the BOSU, flat side down, with the rail.
P: This is like the ramp.
T: Exactly. Ten each leg. Then walking with head turns.
P: Head turns make me sway.
T: Slow it down. Good. Six more minutes of balance, so fourteen in all.
P: Fourteen, okay.
T: Now strengthening: sit to stand from the low chair, two sets of ten, no hands.
P: The second set is tough.
T: Then the Shuttle leg press, fifty pounds, two sets of twelve.
P: That's fine.
T: And side lying hip abduction with the one pound cuff weight.
P: Burns.
T: That was nine minutes of exercise.
P: My husband has vertigo now, the doctor gave him pills.
T: I hope they help him. Greta, keep the tandem stance at the counter at home.
P: Every day?
T: Every day, three times thirty seconds.
P: Okay.
T: See you Friday.
""",
    [
        "ferry ramp",
        "airex pad",
        "twelve seconds eyes closed|12 seconds eyes closed",
        "eight minutes of balance|8 minutes of balance",
        "bosu",
        "head turns",
        "fourteen in all|14 in all",
        "two sets of ten, no hands|2 sets of 10, no hands",
        "fifty pounds|50 pounds",
        "one pound cuff weight|1 pound cuff weight",
        "nine minutes of exercise|9 minutes of exercise",
        "three times thirty seconds|3 times 30 seconds",
    ],
    ["falls", "dizziness"],
    ["has vertigo now"],
    parts={"97112": [8, 6]},
)

S(
    "al_pt13_porch_steps_and_the_mail_slot",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97116": 15, "97110": 10},
    [],
    "97116x1:GP 97110x1:GP",
    """
t: hi doris this is your progress check visit ten hows the walking
p: better i get the mail from the box at the end of the driveway now
t: thats goal one met walking to the mailbox with the cane
p: yes every day
t: new goal then the porch steps without the rail in four weeks
p: i would like that
t: any pain today
p: um one out of ten in the left hip
t: one out of ten you have not had any falls right
p: right no falls
t: lets measure the six minute walk
p: okay
t: three hundred twenty meters it was two hundred forty at the start
p: is that good
t: thats eighty meters more the timed up and go is twelve point five seconds from eighteen
p: i was slow before
t: the ten meter walk is zero point eight meters a second up from zero point five
p: numbers numbers
t: they all moved the right way now gait training on the porch steps with the rail
p: up with the good leg
t: yes and then the ramp outside
p: the ramp is steep
t: lean forward a little good gait was twelve minutes
p: what next
t: leg strengthening at the parallel bars mini squats and side steps
p: ok
t: two sets of ten each that is ten minutes of exercise
p: i felt fine
t: actually the gait part was closer to fifteen minutes with the ramp so fifteen minutes of gait training
p: okay
t: keep walking to the mailbox twice a day and the squats at the counter
p: my neighbor had her knee done and has a walker now
t: everyone is different you are doing great see you monday
""",
    [
        "mailbox",
        "porch steps without the rail",
        "one out of ten in the left hip|1 out of 10 in the left hip|1/10 in the left hip",
        "three hundred twenty meters|320 meters",
        "two hundred forty|240",
        "twelve point five seconds|12.5 seconds",
        "zero point eight meters a second|0.8 meters a second",
        "zero point five|0.5",
        "ten minutes of exercise|10 minutes of exercise",
        "fifteen minutes of gait training|15 minutes of gait training",
        "twice a day",
    ],
    ["falls"],
    ["gait was twelve minutes", "has a walker now"],
    fixed={"97116": 12},
)

S(
    "al_pt14_new_shoulder_and_the_bird_feeder",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 13},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Hi Walter. You had the reverse total shoulder on the left four weeks ago, so today is a re-evaluation.
P: Yes, Dr. Kim did it. The sling comes off next week.
T: Sling until five weeks, then off. Pain right now?
P: Two out of ten, more at night.
T: Any numbness or tingling in the hand?
P: No, none at all.
T: Any fever, drainage from the incision?
P: No.
T: Incision is healed. Precautions: no reaching behind the back, no lifting over one pound.
P: Not even the coffee pot?
T: The coffee pot's too heavy for now. Let's measure passive motion.
T: Passive flexion is one hundred ten degrees, external rotation twenty degrees.
P: Is that okay for four weeks?
T: Right on track. Elbow and wrist have full motion.
P: I want to fill the bird feeder again. It's on a hook above my head.
T: That's a great goal. We'll add it: fill the bird feeder at head height by twelve weeks.
P: How long does this take?
T: Usually three to four months for everyday reaching.
T: Let's do exercise now. Pendulums, thirty seconds each way.
P: Like stirring soup.
T: Yes. Table slides, ten reps. Then supine flexion with the cane, ten reps.
P: The cane helps.
T: Elbow and grip work with the putty, two sets of fifteen.
P: Fine.
T: That was thirteen minutes of exercise.
P: My brother had his shoulder done and it got infected.
T: Yours looks clean. Plan: twice a week for eight weeks.
T: Home: pendulums and table slides three times a day.
P: Three times a day, okay.
T: See you Thursday.
""",
    [
        "reverse total shoulder",
        "four weeks ago|4 weeks ago",
        "two out of ten|2 out of 10|2/10",
        "over one pound|over 1 pound",
        "one hundred ten degrees|110 degrees",
        "twenty degrees|20 degrees",
        "bird feeder",
        "pendulums",
        "thirteen minutes of exercise|13 minutes of exercise",
        "twice a week for eight weeks|2 times a week for 8 weeks",
        "three times a day|3 times a day",
    ],
    ["tingling", "drainage"],
    ["it got infected"],
)

S(
    "al_pt15_pickup_truck_and_the_total_gym",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 18, "97112": 22},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Hi Dolores. Last visit today, your discharge. How's the knee?
P: I climbed into my son's pickup truck on Sunday without help.
T: That was your last goal. Pain today?
P: Zero out of ten.
T: Zero. No swelling after the truck?
P: No swelling.
T: Let's re-test. Knee flexion one hundred twenty two degrees, extension zero.
P: Straight as a board.
T: LEFS is seventy one out of eighty, up from thirty four.
P: Seventy one!
T: Thirty second sit to stand: fourteen reps, up from seven.
P: I felt strong.
T: Strengthening today on the Total Gym, level eight, three sets of ten squats.
P: I like that machine.
T: Then step ups on the eight inch step and bridging with the Theraband around the knees.
P: The green one?
T: The green one. That's eighteen minutes of exercise.
T: Now balance: single leg on the Airex pad and stepping over the hurdles.
P: The hurdles are tricky.
T: You're clearing them. Then the tandem walk and the curb step down.
P: Like getting off the bus.
T: Exactly. That's twenty two minutes of balance training.
P: Long one today.
T: Last visit, we wanted to finish strong. All goals are met: stairs, the truck, and walking a mile.
P: I walked a mile and a quarter yesterday.
T: Even better. You're not having any knee pain on the stairs now, right?
P: Right. No pain on the stairs.
T: Home: keep the squats and step ups three times a week.
P: My husband needs his knee done too, but he won't go.
T: He can call us when he's ready. You're discharged from therapy today.
P: Thank you so much.
""",
    [
        "pickup truck",
        "zero out of ten|0 out of 10|0/10",
        "one hundred twenty two degrees|122 degrees",
        "seventy one out of eighty|71 out of 80|71/80",
        "thirty four|34",
        "fourteen reps|14 reps",
        "total gym, level eight|total gym level 8",
        "eighteen minutes of exercise|18 minutes of exercise",
        "airex pad",
        "twenty two minutes of balance training|22 minutes of balance training",
        "mile and a quarter|1.25 miles",
        "three times a week|3 times a week",
    ],
    ["swelling", "pain on the stairs"],
    ["he won't go"],
)

S(
    "al_pt16_plastic_brace_on_the_left_foot",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97763": 11, "97116": 12},
    [],
    "97763x1:GP 97116x1:GP",
    """
t: hi roy how is the new a f o working out
p: um okay it rubs on the ankle bone a little
t: lets take a look take the shoe off
p: the red spot is here
t: i see a red area about one centimeter over the inside ankle bone no open skin
p: it goes away after an hour
t: okay i will heat the plastic and push it out over the bone
p: the whole brace
t: just that spot and i will add a pad at the strap
p: my wife put a sock under it
t: a thin sock is right lets check the fit again
p: better no rubbing
t: you are not having any pain in the calf right
p: right no calf pain
t: good and the strap goes over the top of the foot not the ankle
p: oh i had it wrong
t: that brace check and fitting fix was eleven minutes
p: can we walk now
t: yes gait training with the brace in the hall with the cane
p: foot clears better now
t: no toe drag on the left nice heel strike
p: the carpet is the hard part
t: lets try the carpet and the curb cut outside
p: the curb is ok with the brace
t: you did the curb twice without catching the toe
p: my buddy at the legion has the same brace he hates his
t: you are doing well with yours gait was twelve minutes
p: good
t: wear it all day check the skin at night
p: okay
t: see you tuesday
""",
    [
        "a f o|afo|ankle foot orthosis",
        "one centimeter|1 centimeter|1 cm",
        "heat the plastic",
        "pad at the strap",
        "thin sock",
        "eleven minutes|11 minutes",
        "no toe drag",
        "curb twice",
        "gait was twelve minutes|gait was 12 minutes",
        "check the skin at night",
    ],
    ["calf pain"],
    ["he hates his"],
)

# --------------------------------------------------------------------------------------------- OT, test
S(
    "al_ot08_florist_wrist_and_the_scissors",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 8},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hi Ingrid, I'm Dana, occupational therapy. You broke the left wrist?
P: Distal radius, six weeks ago. Plate and screws. I'm a florist, right handed, but I need both hands.
T: Six weeks post op with a plate. Cast or splint now?
P: Just the removable splint since last week.
T: Pain now?
P: Four out of ten at the end of the day.
T: You haven't noticed any numbness in the fingers, have you?
P: No, none.
T: Any swelling in the fingers in the morning?
P: A little. My rings don't fit.
T: Finger swelling noted, rings too tight. Let's measure. Wrist extension thirty degrees, flexion twenty five.
P: That's not much.
T: It's early. Supination is forty five degrees, pronation seventy.
T: Grip on the left is twelve pounds with the Jamar, right sixty.
P: Twelve?
T: That will come up. You also have diabetes and high blood pressure, from your intake.
P: Yes, both under control.
T: With the two health conditions and the work demands, this is a moderate complexity evaluation.
T: How are you managing at home?
P: Dressing is fine except bra hooks. Cutting food, my husband helps.
T: Bathing?
P: I do it, with a bag over the splint.
T: Let's do some self-care training now. The rocker knife for cutting, and a front-closing bra tip.
P: Hook it in front and turn it.
T: Yes. Now cutting the chicken, rocker knife, left hand stabilizing with the fork.
P: That works.
T: Eight minutes of self-care training.
P: My mother broke her hip last winter, she's still in rehab.
T: I hope she's doing well. Goals: grip thirty pounds and using the floral scissors for an hour in eight weeks.
P: Stem cutting all day is my job.
T: Then that's the goal. Twice a week for eight weeks.
P: Okay.
""",
    [
        "distal radius",
        "plate and screws",
        "florist",
        "four out of ten|4 out of 10|4/10",
        "rings don't fit|rings too tight",
        "thirty degrees|30 degrees",
        "twenty five|25",
        "twelve pounds|12 pounds",
        "jamar",
        "moderate complexity",
        "rocker knife",
        "eight minutes of self-care training|8 minutes of self-care training",
        "thirty pounds|30 pounds",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["numbness"],
    ["still in rehab"],
)

S(
    "al_ot09_buttons_then_the_car_seat",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 14, "97530": 11},
    [],
    "97535x1:GO,CO,59,KX 97530x1:GO,CO,KX",
    """
t: hi ed im rosa the ota today how did the weekend go
p: okay um my wife still does my shirt buttons
t: then we start there any pain in the right shoulder
p: two out of ten
t: two out of ten before we start you are over the yearly threshold since the hand therapy in january
p: what does that mean for me
t: you are still getting better and it is medically necessary so we use the k x modifier
p: fine
t: first self care training dressing sitting on the edge of the bed shirt on the weak arm first
p: weak arm first
t: yes then around the back now the buttons from the bottom up
p: bottom up is easier
t: and the button hook for the cuffs
p: got both cuffs
t: you dressed the upper body with set up only that is fourteen minutes of self care training
p: good
t: now a separate activity transfers in and out of the car seat we use the car in the gym
p: the low seat
t: back up until you feel the seat reach back sit then swing the legs in
p: that is better than how i did it
t: three transfers with stand by assist then the trunk lift of the grocery bags
p: the bags are easy
t: that car and bag work is a therapeutic activity eleven minutes
p: why two names
t: dressing teaches self care the car is standing strength and balance work
p: makes sense
t: any dizziness standing up from the car
p: no dizziness
t: good my own dad had a stroke and he still cannot button
p: sorry to hear that
t: practice the buttons every morning see you thursday
""",
    [
        "shirt buttons",
        "two out of ten|2 out of 10|2/10",
        "hand therapy in january",
        "weak arm first",
        "button hook",
        "set up only",
        "fourteen minutes of self care training|14 minutes of self care training",
        "car seat",
        "stand by assist",
        "therapeutic activity eleven minutes|therapeutic activity 11 minutes",
    ],
    ["dizziness"],
    ["my own dad had a stroke"],
    kx=True,
    has59=True,
)

S(
    "al_ot10_trigger_finger_and_the_soap_dish",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 13, "97140": 7},
    [],
    "97110x1:GO,CO",
    """
t: hi mabel im kai the ota hows the finger after the release
p: better it doesnt catch anymore but its stiff
t: no catching good any pain
p: um one out of ten
t: one out of ten any numbness at the tip
p: no numbness
t: lets start with tendon glides hook fist straight fist full fist
p: the full fist is hard
t: ten of each then the blocking exercise for the middle finger
p: like this
t: yes hold the knuckle and bend the tip
p: oh i need the restroom sorry
t: go ahead i will stop my clock that was eight minutes
p: okay back
t: restarting picking up the foam pieces from the soap dish and putting them in the cup
p: these little ones
t: yes then putty pinches with the red putty
p: red is harder
t: that part was five minutes so thirteen minutes of exercise
p: what now
t: scar massage on the palm with the lotion small circles
p: it is lumpy
t: that is normal scar tissue keep the pressure firm
p: ok
t: scar work was seven minutes do this three times a day at home
p: my sister has the same thing in her thumb
t: she can ask her doctor about it
t: you are not having any swelling at night right
p: right no swelling
t: great see you next week
""",
    [
        "doesnt catch anymore",
        "one out of ten|1 out of 10|1/10",
        "tendon glides",
        "blocking exercise",
        "eight minutes|8 minutes",
        "soap dish",
        "red putty",
        "thirteen minutes of exercise|13 minutes of exercise",
        "scar massage",
        "seven minutes|7 minutes",
        "three times a day|3 times a day",
    ],
    ["numbness", "swelling"],
    ["same thing in her thumb"],
    parts={"97110": [8, 5]},
)

S(
    "al_ot11_soup_pot_and_the_dishwasher",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97535": 10},
    ["97150"],
    "97150x1:GO 97535x1:GO",
    """
T: Welcome to the kitchen group. Four of you today. Mrs. Abara, you're on the vegetable chopping station.
P: With the cutting board with the nails?
T: Yes, the adapted cutting board holds the carrot for you. Use the rocker knife.
P: Okay. My left hand just sits there.
T: Let it rest on the board to steady it. Good.
C: Can I do the stirring? My shoulder hurts when I chop.
T: Sure, Mr. Petrov, stir the pot.
T: Mrs. Abara, you chopped two carrots and a celery stalk with the adapted board.
P: Slow but I did it.
T: Slow and safe. Now everyone take a turn reading the recipe out loud.
P: Two cups broth, one onion.
T: Good. Timer on for ten minutes.
C: My wife made this soup every Sunday before she passed.
T: Thank you for sharing that, Mr. Petrov.
T: Group part is over. Mrs. Abara, stay with me for your own session.
P: Okay.
T: One-on-one now: loading and unloading your dishwasher safely, since that's your home goal.
P: I drop the plates.
T: Use one hand, slide the plate to the edge, grip, then lift. Bottom rack from a chair.
P: Sitting down is easier.
T: Good. Then the glasses, one at a time to the shelf at counter height.
P: Got them all.
T: No drops. That was ten minutes of self-care training, just the two of us.
T: Any pain in the left shoulder when you reach?
P: No pain.
T: Good. Any trouble with your balance standing at the sink?
P: No, I hold the counter.
T: Home: unload the dishwasher sitting for the bottom rack, every day.
P: Okay.
T: See you at group next Wednesday.
""",
    [
        "kitchen group",
        "adapted cutting board",
        "rocker knife",
        "two carrots|2 carrots",
        "dishwasher",
        "bottom rack from a chair",
        "one at a time|1 at a time",
        "no drops",
        "ten minutes of self-care training|10 minutes of self-care training",
    ],
    ["pain in the left shoulder"],
    ["before she passed", "my shoulder hurts when i chop"],
)

S(
    "al_ot12_bills_on_the_kitchen_table",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97129": 15, "97130": 15},
    [],
    "97129x1:GO 97130x1:GO",
    """
t: hi mr chen this is your progress report visit ten how is the bill paying going
p: um better i paid the electric and the water on time this month
t: that was goal one paying bills on time with the checklist so that goal is met
p: finally
t: new goal setting up your pills for the week without help
p: my daughter does that now
t: then lets work toward you doing it the new goal is filling the weekly pill box with no errors in four weeks
p: okay
t: lets do the tasks today first sort these bills by due date
p: phone gas rent
t: rent is due first check again
p: oh rent then phone then gas
t: good you caught it with one cue now write the check for the gas bill
p: sixty two dollars and forty cents
t: correct amount and the date now the planner put the dentist on friday
p: friday at two
t: good now the pill box practice with the candy
p: this is monday morning
t: you made two errors out of fourteen slots
p: two not bad
t: that whole thinking and planning block was thirty minutes
p: long
t: the moca today is twenty four out of thirty up from twenty
p: twenty four
t: yes and the kettle test was done with two cues
p: my brother has alzheimers you know he doesnt know me anymore
t: i am sorry to hear that you are not having any headaches lately right
p: right no headaches
t: plan twice a week for four more weeks
p: okay see you monday
""",
    [
        "checklist",
        "goal is met",
        "weekly pill box",
        "one cue|1 cue",
        "sixty two dollars and forty cents|62 dollars and 40 cents|$62.40",
        "two errors out of fourteen slots|2 errors out of 14 slots",
        "thirty minutes|30 minutes",
        "moca",
        "twenty four out of thirty|24 out of 30|24/30",
        "kettle test",
        "twice a week for four more weeks|2 times a week for 4 more weeks",
    ],
    ["headaches"],
    ["alzheimers"],
    cog=30,
)

S(
    "al_ot13_tendon_transfer_and_the_piano",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 11},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Hi Priya. You had the tendon transfer for the thumb five weeks ago. We're re-evaluating after surgery.
P: Yes, the EPL transfer. The cast came off last Tuesday.
T: Now in the thermoplastic splint full time?
P: Except for the exercises.
T: Pain right now?
P: One out of ten.
T: Any numbness along the thumb?
P: No numbness.
T: Let's measure. Thumb IP extension is minus ten degrees, flexion forty degrees.
P: It's stiff.
T: Expected at five weeks. The scar is healed and mobile.
T: Kapandji score is six out of ten.
P: What does that mean?
T: How far the thumb reaches across. Ten is the full reach.
P: I want to play the piano again.
T: That's our new main goal: play a simple piece for ten minutes in twelve weeks.
P: Chopin would be nice.
T: Let's start simpler. ADLs: dressing is independent, cutting food needs set-up.
T: Grip is not tested yet, we'll wait until eight weeks per the surgeon.
P: Okay.
T: Exercise now. Place and hold thumb extension, ten reps, five seconds each.
P: Like a hitchhiker.
T: Yes. Then the tendon glides for the fingers, and wrist motion with the splint off.
P: Easy.
T: Then light thumb opposition to each fingertip.
P: The little finger is hard.
T: That was eleven minutes of exercise.
P: My piano teacher says her arthritis stopped her playing years ago.
T: I'm sorry to hear that. Twice a week for eight weeks.
P: Okay.
""",
    [
        "tendon transfer",
        "epl transfer",
        "thermoplastic splint",
        "one out of ten|1 out of 10|1/10",
        "minus ten degrees|-10 degrees",
        "forty degrees|40 degrees",
        "kapandji score is six out of ten|kapandji score is 6 out of 10|kapandji 6/10",
        "piano",
        "ten minutes in twelve weeks|10 minutes in 12 weeks",
        "eleven minutes of exercise|11 minutes of exercise",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["numbness"],
    ["arthritis stopped her playing"],
)

S(
    "al_ot14_garage_shelf_and_the_elbow_scar",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97530": 16, "97140": 9},
    [],
    "97530x1:GO,59 97140x1:GO",
    """
T: Hi Tom. Today is your discharge visit. How's the elbow?
P: Good. I put the paint cans back on the garage shelf myself.
T: That was the last goal. Pain?
P: Zero, one with heavy lifting.
T: Let's measure. Elbow extension minus five degrees, flexion one hundred forty.
P: Better than the start.
T: It was minus thirty and one hundred ten. Grip is eighty pounds, the other side eighty five.
P: Almost even.
T: QuickDASH is nine, down from fifty two.
P: Nine sounds good.
T: It is. First, soft tissue work on the scar and the forearm muscles.
P: The scar still pulls a little.
T: I'll work across it. Then some joint mobilization for the last bit of extension.
P: Feels looser.
T: That manual therapy was nine minutes.
T: Now a separate block: lifting the paint cans from floor to shelf and using the screwdriver.
P: Like at home.
T: Yes. Five lifts of the gallon can to the shoulder shelf.
P: Easy now.
T: Then the screwdriver, ten turns into the board, palm up and palm down.
P: Palm up was the hard one before.
T: Your supination is full now. That functional block was sixteen minutes.
T: You're not having any numbness in the little finger, right?
P: Right. Nothing.
T: Goals are all met: garage shelf, tools and carrying the grandson's car seat.
P: He's heavier every week.
T: Keep the stretches three times a week for a month.
P: My neighbor's elbow surgery went badly, he's suing.
T: Yours went well. You're discharged today.
P: Thanks for everything.
""",
    [
        "garage shelf",
        "minus five degrees|-5 degrees",
        "one hundred forty|140",
        "eighty pounds|80 pounds",
        "quickdash is nine|quickdash is 9",
        "fifty two|52",
        "manual therapy was nine minutes|manual therapy was 9 minutes",
        "screwdriver",
        "sixteen minutes|16 minutes",
        "three times a week for a month|3 times a week for a month",
    ],
    ["numbness in the little finger"],
    ["he's suing"],
    has59=True,
)

# --------------------------------------------------------------------------------------------- SLP, test
S(
    "al_slp08_toy_barn_and_the_cookie_card",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92522"],
    "92522x1:GN",
    """
t: hi owen hi mom im doctor rivera the speech pathologist how old is owen now
c: he is four and a half and people cant understand him he says tat for cat
t: owen can you tell me what this is
c: he will say it wrong its a cat
t: lets let owen try first it helps me hear him
p: tat
t: good trying and this one
p: dod
t: dog as dod okay and this
p: tootie
t: cookie as tootie so the k and g sounds are coming out as t and d
c: his cousin had tubes in his ears for the same thing
t: has owen had ear infections
c: no not one
t: no ear infections and his hearing screen at school
c: he passed it in the fall
t: passed hearing screen lets do the goldman fristoe test now owen name the pictures
p: tate tandle tup
t: cake candle cup with t for k
c: see he does that all the time
t: he is fronting the back sounds velar fronting his other sounds are mostly on target
t: on the goldman fristoe he is at the eighth percentile
c: is that bad
t: it means he needs speech therapy for these sounds
t: can owen say k if i show him
p: k k
t: yes he can say k alone with a model that is a good sign
c: he has no trouble eating right
t: right you said no trouble with chewing or drooling
c: no he eats everything
t: intelligibility to me today is about sixty percent
t: goal is k and g in words with ninety percent accuracy
c: how often
t: once a week for twelve weeks and five minutes of practice at home daily
c: okay we can do that
""",
    [
        "four and a half|4 and a half|4.5",
        "tat for cat",
        "velar fronting|fronting the back sounds",
        "passed hearing screen|passed it in the fall",
        "goldman fristoe",
        "eighth percentile|8th percentile",
        "with a model",
        "sixty percent|60 percent|60%",
        "ninety percent accuracy|90 percent accuracy|90% accuracy",
        "once a week for twelve weeks|1 time a week for 12 weeks",
        "five minutes of practice|5 minutes of practice",
    ],
    ["ear infections", "drooling"],
    ["tubes in his ears"],
)

S(
    "al_slp09_garden_beans_and_the_pharmacy_refill",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 12},
    ["92507"],
    "92507x1:GN,KX 97129x1:GN,KX 97130x1:GN,KX",
    """
T: Hi Dennis. Today it's speech work first, then the memory tasks.
P: Okay. My words are slurry in the afternoon.
T: Before we start: with your knee therapy this summer you're past the yearly threshold for PT and speech together.
P: Does insurance still pay?
T: It's medically necessary, you're still improving, so the claim gets the KX modifier.
P: Okay.
T: Speech first. Over-articulate these phrases: "pick up the package".
P: Pick up the package.
T: Clear. You got eighteen of twenty phrases intelligible with the pacing board.
P: The board helps.
T: Now a short conversation about your garden, slow rate.
P: The tomatoes... are late. The beans are done.
T: Good. Two reminders to slow down in the conversation.
T: Now the memory part. Use your planner: when is your cardiology visit?
P: The planner says the fourteenth at nine thirty.
T: Right. Now a phone script: call the pharmacy for a refill. I'll be the pharmacy.
P: Hi, I need a refill for... the blood pressure pill. Lisinopril.
T: What's your date of birth, sir?
P: March third, nineteen fifty two.
T: You gave all three pieces with one cue.
T: Now recall the three items from the start: the planner, the pharmacy, and?
P: Uh... the garden.
T: Yes, the garden. Did you need the planner for any of them?
P: No, just for the date.
T: Yes. The cognitive part was twenty seven minutes.
P: My wife says her sister's memory is going too.
T: Let's stay with yours. Any choking or coughing at meals?
P: No choking.
T: Good. Home: planner review every morning, and reading aloud ten minutes with the pacing board.
P: Every morning.
T: See you Friday.
""",
    [
        "eighteen of twenty|18 of 20|18/20",
        "pacing board",
        "two reminders|2 reminders",
        "planner",
        "fourteenth at nine thirty|14th at 9:30",
        "phone script",
        "with one cue|with 1 cue",
        "twenty seven minutes|27 minutes",
        "ten minutes with the pacing board|10 minutes with the pacing board",
        "knee therapy this summer",
    ],
    ["choking"],
    ["her sister's memory is going"],
    kx=True,
    cog=27,
)

S(
    "al_slp10_bubbles_and_the_farm_puzzle",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Aiden, hi Grandpa. I'm Mel, the speech assistant. Ready for the farm puzzle?
C: He's been saying "more juice" at breakfast. Two words!
T: That's great to hear. Aiden, what's this?
P: Cow.
T: Cow! What does the cow say?
P: Moo.
T: Can you say "cow eat"?
P: Cow eat.
T: Two words with a model. Let's keep going. Pig?
P: Pig... mud.
T: Pig mud, all on his own!
C: He wants the bubbles.
T: We'll use bubbles next. Aiden, say "more bubbles".
P: More bub.
T: More bubbles, close. Good try.
P: Potty!
C: Oh, he needs the bathroom, sorry.
T: No problem, go ahead. I'll wait here.
C: Okay, we're back.
T: Welcome back. Let's finish the puzzle. Horse?
P: Horse run.
T: Horse run, great two-word phrase without a model.
C: His sister was in the hospital with pneumonia last month, so he missed some sessions.
T: Thanks for letting me know. Aiden, more bubbles?
P: More bubbles!
T: Today he made two-word phrases in twelve of twenty tries, seven of those without a model.
C: That's better than last month.
T: It is. Home: at meals offer two choices and wait for a two-word request.
C: Like "more milk" or "want cracker"?
T: Exactly. No need to make him repeat if he doesn't want to.
C: He doesn't get upset anymore.
T: Good. Any ear infections lately?
C: No, none since the spring.
T: Great. See you Thursday, Aiden.
P: Bye bye.
""",
    [
        "more juice",
        "farm puzzle",
        "with a model",
        "pig mud",
        "bubbles",
        "two-word phrase|2-word phrase",
        "twelve of twenty|12 of 20|12/20",
        "seven of those|7 of those",
        "two choices|2 choices",
    ],
    ["ear infections"],
    ["pneumonia"],
)

S(
    "al_slp11_thickened_tea_and_the_church_friend",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
t: hi mrs gallo how is the swallowing this week
p: better um i drink the tea thickened like you said
t: mildly thick level two good any coughing with the tea
p: no coughing
t: any chest infections or fever
p: no fever
t: lets start with the exercises the effort full swallow five times
p: okay
t: squeeze hard good and the chin tuck against the ball
p: the ball is squishy
t: ten holds of five seconds nice
p: sorry my phone its my son
t: go ahead take it
p: hi honey im at speech yes the thick tea bye
t: all good
p: yes he worries
t: now the trials a spoon of pudding
p: fine
t: good clear voice now a sip of the mildly thick tea from the cup
p: that goes down well
t: eight sips no cough now let us try thin water with the chin tuck
p: that one tickled
t: you coughed on two of five sips of thin so we stay with mildly thick
p: i miss my coffee
t: mildly thick coffee is fine for now we will try thin again in two weeks
p: my friend from church has a feeding tube now
t: sorry to hear that you are doing well with your mouth
p: thank you
t: diet stays soft and bite sized iddsi six with mildly thick liquids iddsi two
p: okay
t: keep the effort full swallow ten times three times a day
p: thirty a day
t: yes see you next week
""",
    [
        "mildly thick level two|mildly thick level 2",
        "effort full swallow|effortful swallow",
        "chin tuck against the ball",
        "ten holds of five seconds|10 holds of 5 seconds",
        "eight sips no cough|8 sips no cough",
        "two of five sips|2 of 5 sips",
        "thin again in two weeks|thin again in 2 weeks",
        "iddsi six|iddsi 6",
        "iddsi two|iddsi 2",
        "three times a day|3 times a day",
    ],
    ["fever", "coughing with the tea"],
    ["feeding tube"],
)

S(
    "al_slp12_grocery_list_and_the_twenty_questions",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Rosa. This is your progress report, visit ten. How has talking been?
P: Better. I ordered at the deli by myself.
T: That's your goal: ordering at the deli counter. Goal met.
P: Half a pound of turkey, thin sliced.
T: Perfect sentence. New goal: telling a short story about your week to your grandchildren.
P: Yes, they ask me.
T: Let's score naming first. Name these twenty pictures.
P: Apple, bus, hammer, scissors... the... kite.
T: Sixteen of twenty, up from nine at the start.
P: Sixteen!
T: Now twenty questions: I think of an animal, you ask.
P: Does it... live on a farm?
T: Yes.
P: Does it give milk?
T: Yes.
P: Cow!
T: Four questions. Your questions were full sentences.
P: Sometimes words still stick.
T: Yes. When a word sticks, you used the description strategy three times today.
P: The thing you... sit on in the park. Bench.
T: Exactly like that. Sentence completion was nine of ten.
T: Western Aphasia Battery aphasia quotient is seventy one, up from fifty eight.
P: Seventy one is good?
T: It's a clear gain. Any trouble with reading the mail?
P: No trouble reading. Writing is slower.
T: We'll add writing checks. Plan: twice a week for six more weeks.
P: My husband says his cousin had a stroke and never talked again.
T: Every stroke is different. You're talking more every week.
T: Home: tell one story each evening about your day.
P: One story. Okay.
T: See you Monday.
""",
    [
        "ordered at the deli",
        "goal met",
        "short story about your week",
        "sixteen of twenty|16 of 20|16/20",
        "up from nine|up from 9",
        "four questions|4 questions",
        "description strategy",
        "nine of ten|9 of 10|9/10",
        "aphasia quotient is seventy one|aphasia quotient is 71",
        "fifty eight|58",
        "twice a week for six more weeks|2 times a week for 6 more weeks",
    ],
    ["trouble reading"],
    ["never talked again"],
)

S(
    "al_slp13_choir_alto_after_the_thyroid",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hi Beatrice. You had the thyroidectomy three weeks ago, and your voice changed after. Today we re-evaluate.
P: Yes. I was coming for the vocal nodules before, and now this.
T: So your plan changes after surgery. The ENT's scope showed a left vocal fold paresis?
P: She said it moves, but weakly.
T: Left vocal fold paresis, still moving. How is the voice?
P: Breathy. I run out of air on long sentences. I sing alto in the church choir.
T: Any trouble swallowing since surgery?
P: No, no trouble swallowing.
T: Any coughing with water?
P: No.
T: Let's measure. Take a big breath and say "ah" as long as you can.
P: Ahhh.
T: Maximum phonation time eight seconds. Before surgery it was nineteen.
P: That's a big drop.
T: Now count to ten at a normal loudness.
P: One, two, three, four, five, six, seven, eight, nine, ten.
T: Sixty four decibels at thirty centimeters. Before it was seventy.
T: s/z ratio: s is fifteen seconds, z is nine, so one point seven.
P: What does that mean?
T: It fits the vocal fold not closing fully. Voice Handicap Index is fifty two.
P: It was twenty something before?
T: It was twenty four before surgery. CAPE-V overall severity is moderate, mainly breathiness.
P: Will it come back?
T: Often it improves over months. We'll work on closure: pushing and pulling exercises, and resonant voice.
P: Can I still sing?
T: Humming and light singing only, no belting, until I see better closure.
P: My daughter says her singing teacher lost her voice for a year after the same thing.
T: Let's focus on yours. Goals: phonation time fifteen seconds and singing one hymn verse in eight weeks.
T: Plan: twice a week for eight weeks.
P: Okay. Thank you.
""",
    [
        "thyroidectomy",
        "three weeks ago|3 weeks ago",
        "left vocal fold paresis",
        "alto in the church choir",
        "maximum phonation time eight seconds|maximum phonation time 8 seconds",
        "nineteen|19",
        "sixty four decibels|64 decibels|64 dB",
        "one point seven|1.7",
        "voice handicap index is fifty two|voice handicap index is 52|vhi 52",
        "twenty four before surgery|24 before surgery",
        "moderate",
        "fifteen seconds|15 seconds",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["trouble swallowing"],
    ["lost her voice for a year"],
)

S(
    "al_slp14_kindergarten_teacher_and_the_tube",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Kelsey. Last visit today, your discharge. How's the voice after a full week of teaching?
P: Still there on Friday afternoon. First time all year.
T: That was your main goal: voice lasting the whole school week.
P: The microphone helps so much.
T: The ChatterVox amplifier, good. Any hoarseness in the mornings?
P: No hoarseness at all.
T: Any throat clearing?
P: Not really, maybe once a day.
T: Let's measure. Maximum phonation time: big breath, "ah".
P: Ahhh.
T: Twenty two seconds, up from eleven at the start.
P: Double!
T: Voice Handicap Index is twelve, down from forty six.
P: That's a big change.
T: Let's do the Lax Vox tube once more: bubble into the water while you hum.
P: Mmmm.
T: Steady bubbles. Now glide up and down.
P: Mmm-ooo.
T: Good. Now resonant voice on the class phrases: "Line up, friends".
P: Line up, friends.
T: Forward and easy, no push.
P: It feels buzzy in my lips.
T: That's the right place. Carry-over in conversation was ninety percent today.
P: The kids say I sound different.
T: Goals met: voice through the week, water intake eight cups, and the amplifier every day.
P: I drink eight cups now.
T: Keep the Lax Vox five minutes each morning before school.
P: My principal has a voice problem too, she's seeing a doctor.
T: She can ask her doctor about a referral. You're discharged today.
P: Thank you, really.
T: Call us if the hoarseness comes back for more than two weeks.
""",
    [
        "whole school week",
        "chattervox",
        "twenty two seconds|22 seconds",
        "up from eleven|up from 11",
        "voice handicap index is twelve|voice handicap index is 12|vhi 12",
        "forty six|46",
        "lax vox",
        "resonant voice",
        "ninety percent|90 percent|90%",
        "eight cups|8 cups",
        "five minutes each morning|5 minutes each morning",
    ],
    ["hoarseness in the mornings"],
    ["voice problem too"],
)


# =============================================================================================
# Rules (PRODUCT.md "Therapy billing rules")
# =============================================================================================

TIMED = set(
    "97110 97112 97113 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
SLP_EVALS = ["92521", "92522", "92523", "92524", "92610"]
UNTIMED = set(
    "97161 97162 97163 97164 97165 97166 97167 97168 92507 92526 92609 97150 97010 97012 97014 G0283".split()
) | set(SLP_EVALS)
EVAL_FIT = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": ""},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": ""},
    ("SLP", "evaluation"): dict.fromkeys(SLP_EVALS, ""),
    ("SLP", "re-evaluation"): dict.fromkeys(SLP_EVALS, ""),
}
ALL_EVALS = {c for v in EVAL_FIT.values() for c in v}
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANTS = {"PTA", "OTA", "SLPA"}
KINDS = ["evaluation", "daily", "progress", "re-evaluation", "discharge"]
# NCCI pairs that the keys do not model: kept out of the data
NOT_MODELLED = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, ALL_EVALS),
    ({"92507"}, {"92526"}),
]
# id words that would tell what a session tests
HINTS = set(
    "kx 59 asr pta ota slpa cms percode per code units minutes threshold medicare phone call drill tornado "
    "storm stopped stop symptoms parent mom dad family hep home rescored rescore score wrong corrected correct "
    "fixed interrupted paused partly partial met goals fitting orthotic prosthetic cognitive timed two "
    "clock restroom bathroom video tele telehealth interpreter caregiver wheelchair seating renamed dictation "
    "summary split break retest retested again aquatic pool water drill fire fall fell late student supervised declined declines decline dropped connection splint driving hardening questioned doubt aac device lsvt loud fluency stutter "
    "group refused refuse refuses surgery surgical postop restarted restart correction brand relayed answers".split()
)
STOP_WORDS = re.compile(r"\b(stop|stopped|stopping|quit)\b", re.I)


def unit_table(m):
    """Minutes -> units: under 8 none, 8-22 one, 23-37 two, then one more per 15."""
    return 0 if m < 8 else 1 + (m - 8) // 15


def cms_units(timed, sid, problems):
    total = unit_table(sum(timed.values()))
    got = {c: m // 15 for c, m in timed.items()}
    spare = total - sum(got.values())
    if spare < 0:
        problems.append(f"{sid}: whole units exceed the visit's units")
        return got
    order = sorted(timed, key=lambda c: -(timed[c] % 15))
    for i in range(spare):
        if i >= len(order) or timed[order[i]] % 15 == 0:
            problems.append(f"{sid}: a spare unit with no remainder to take it")
            break
        got[order[i]] += 1
    if 0 < spare < len(order) and timed[order[spare - 1]] % 15 == timed[order[spare]] % 15:
        problems.append(f"{sid}: equal remainders decide a unit")
    return got


def rule_key(s, problems):
    if s["rule"] == "cms":
        tu = cms_units(s["timed"], s["id"], problems)
    else:
        tu = {c: unit_table(m) for c, m in s["timed"].items()}
    codes = {c: 1 for c in s["untimed"] if c != "97010"}
    codes.update({c: n for c, n in tu.items() if n})
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


def clock_minutes(a, b):
    """'2:10', '2:35' -> 25 (same hour on a twelve-hour clock face)."""
    ha, ma = map(int, a.split(":"))
    hb, mb = map(int, b.split(":"))
    return ((hb * 60 + mb) - (ha * 60 + ma)) % 720


def read_key(text):
    codes, mods = {}, {}
    for tok in text.split():
        left, right = tok.split(":")
        code, n = left.split("x")
        codes[code] = int(n)
        mods[code] = right.split(",")
    return codes, mods


# =============================================================================================
# Text helpers
# =============================================================================================

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMWORD = re.compile(r"\b(" + "|".join(ONES + TENS + ["hundred", "half", "quarter", "dozen"]) + r")\b", re.I)
DENY = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|denies|without|negative|neither|nor|nobody|nowhere|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|won't|wont|can't|cant|aren't|arent)\b",
    re.I,
)
LINE = re.compile(r"^([TPCtpc]):\s*(\S.*)$")
SPEAKER = {"t": "therapist", "p": "patient", "c": "caregiver"}


def words_for(n):
    if n < 20:
        return [str(n), ONES[n]]
    d, u = divmod(n, 10)
    if u == 0:
        return [str(n), TENS[d - 2]]
    return [str(n), f"{TENS[d - 2]} {ONES[u]}", f"{TENS[d - 2]}-{ONES[u]}"]


def says(n, text):
    return any(re.search(r"(?<![\w.:/-])" + re.escape(f) + r"(?![\w:/-])", text, re.I) for f in words_for(n))


def lines(s):
    return [x.strip() for x in s["text"].strip().splitlines() if x.strip()]


def to_segments(s, problems):
    rng = random.Random(int(hashlib.sha256(("blind35/" + s["id"]).encode()).hexdigest()[:12], 16))
    out, t = [], 0.0
    for raw in lines(s):
        m = LINE.match(raw)
        if not m:
            problems.append(f"{s['id']}: unreadable line {raw[:40]!r}")
            continue
        said = m.group(2).strip()
        dur = max(1.0, len(said.split()) / 2.35 * rng.uniform(0.9, 1.2))
        out.append(
            {
                "start": round(t, 1),
                "end": round(t + dur, 1),
                "speaker": SPEAKER[m.group(1).lower()],
                "text": said,
            }
        )
        t = round(t + dur, 1) + rng.uniform(0.45, 1.1)
    return out


def recogniser(s):
    ms = [LINE.match(x) for x in lines(s)]
    if not ms or not all(ms):
        return False
    body = " ".join(m.group(2) for m in ms)
    return all(m.group(1).islower() for m in ms) and not re.search(r"[A-Z0-9.,?!;:'\"/%()&+\-]", body)


# =============================================================================================
# Checks
# =============================================================================================


def check(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    m = re.fullmatch(r"al_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
    if not m or m.group(1) != s["discipline"].lower():
        bad("id does not fit")
    elif HINTS & set(m.group(3).split("_")):
        bad(f"id hints at what is tested: {sorted(HINTS & set(m.group(3).split('_')))}")
    if (
        s["split"] not in ("dev", "test")
        or s["rule"] not in ("cms", "per-code")
        or s["note_type"] not in KINDS
    ):
        bad("split, rule or note type")
    if s["role"] not in (s["discipline"], s["discipline"] + "A"):
        bad("role and discipline")
    if s["role"] in ASSISTANTS and s["note_type"] != "daily":
        bad("assistant on a note other than daily")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("SLPA under Medicare")
    low = s["text"].lower()
    kx_said = "KX" in s["text"] or re.search(r"\bk x\b", low)
    if s["kx"] and not (s["rule"] == "cms" and "threshold" in low and "necessary" in low and kx_said):
        bad("KX needs cms and 'threshold', 'necessary' and the modifier said")
    if not s["kx"] and ("threshold" in low or kx_said):
        bad("threshold / KX said in a session not keyed KX")
    for c, n in s["timed"].items():
        if c not in TIMED or not isinstance(n, int) or n < 1:
            bad(f"timed entry {c}={n}")
    for c in s["untimed"]:
        if c not in UNTIMED:
            bad(f"untimed code {c}")
    if ("G0283" in s["untimed"] and s["rule"] != "cms") or ("97014" in s["untimed"] and s["rule"] == "cms"):
        bad("G0283 / 97014 under the wrong profile")
    evals = {c for c in s["untimed"] if c in ALL_EVALS}
    fit = EVAL_FIT.get((s["discipline"], s["note_type"]))
    if fit is None and evals:
        bad("evaluation code on a note that is no evaluation")
    if fit is not None and (len(evals) != 1 or not evals <= set(fit)):
        bad("evaluation code does not fit the note")
    present = set(s["timed"]) | set(s["untimed"])
    for a, b in NOT_MODELLED:
        if present & a and present & b:
            bad(f"NCCI pair the key does not model: {sorted(present & a)} + {sorted(present & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("PT / OT timed code in an SLP session")
    if s["cog"] is None and {"97129", "97130"} & set(s["timed"]):
        bad("97129 / 97130 without a cognitive block")
    if s["cog"] is not None:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("cognitive block not split 15 + the rest")

    codes, mods = rule_key(s, problems)
    hc, hm = read_key(s["key"])
    if (codes, mods) != (hc, hm):
        bad(f"key: rules give {codes} {mods}; hand key {hc} {hm}")
    if s["has59"] != any("59" in v for v in mods.values()):
        bad("has59 flag")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns")
    if not segs or not 90 <= segs[-1]["end"] <= 900:
        bad("duration outside 90-900 s")
    for a, b in zip(segs, segs[1:], strict=False):
        if not (b["end"] > b["start"] and 0.3 <= round(b["start"] - a["end"], 2) <= 1.3):
            bad("timestamps")
            break
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("therapist and patient must both speak")
    tags = [x[0] for x in lines(s)]
    if any(t.islower() for t in tags) != all(t.islower() for t in tags):
        bad("mixed tag case")
    if all(t.islower() for t in tags) != recogniser(s):
        bad("lower-case tags without a clean recogniser text (or the reverse)")

    clinic = [g["text"] for g in segs if g["speaker"] == "therapist"]
    ctext = " ".join(clinic)
    for c, (a, b) in s["clock"].items():
        n = s["cog"] if c == "cog" else s["timed"].get(c)
        if not (a in ctext and b in ctext and ctext.index(a) < ctext.rindex(b)):
            bad(f"{c}: clock readings {a} / {b} not said by the clinic in order")
        if n != clock_minutes(a, b):
            bad(f"{c}: clock {a}-{b} gives {clock_minutes(a, b)}, key has {n}")
    for c, n in s["timed"].items():
        if c in ("97129", "97130") or c in s["clock"]:
            continue
        pieces = s["parts"].get(c, [n])
        if sum(pieces) != n:
            bad(f"{c}: pieces {pieces} do not add up to {n}")
        for p in pieces:
            if not says(p, ctext):
                bad(f"{c}: {p} minutes not said by the clinic")
    if s["cog"] is not None and "cog" not in s["clock"] and not says(s["cog"], ctext):
        bad("cognitive minutes not said by the clinic")
    for c, first in s["fixed"].items():
        final = s["timed"].get(c)
        i_first = [i for i, t in enumerate(clinic) if says(first, t)]
        i_final = [i for i, t in enumerate(clinic) if final and says(final, t)]
        if not i_first or not i_final or max(i_final) < min(i_first) or max(i_final) < max(i_first):
            bad(f"{c}: the settled figure must follow the first ({first} -> {final})")
    for c in s["stopped"]:
        n = s["timed"].get(c)
        if not n or not any(says(n, t) and STOP_WORDS.search(t) for t in clinic):
            bad(f"{c}: stopped code's minutes not said beside a stop word")
    for c in evals if fit else ():
        lvl = fit.get(c, "")
        if lvl and f"{lvl} complexity" not in ctext.lower():
            bad(f"'{lvl} complexity' not said by the clinic")

    whole = " ".join(g["text"] for g in segs).lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts")
    alts = []
    for f in s["facts"]:
        opts = [o.strip() for o in f.split("|") if o.strip()]
        alts += [o.lower() for o in opts]
        hit = [o for o in opts if o.lower() in whole]
        if not hit:
            bad(f"fact {f!r} not in the transcript")
        elif max(map(len, hit)) < 4:
            bad(f"fact {f!r} found only by a short alternative")
        if any(re.search(r"\d", o) or NUMWORD.search(o) for o in opts) and not any(
            re.search(r"\d", o) for o in opts
        ):
            bad(f"numeric fact {f!r} has no digit form")
    if not s["negated"] or not s["absent"]:
        bad("negated and absent both needed")
    for n in s["negated"]:
        nl = n.lower()
        at = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not at:
            bad(f"negated {n!r} not said")
        elif not any(DENY.search(segs[j]["text"]) for i in at for j in (i, i + 1) if j < len(segs)):
            bad(f"negated {n!r} has no denial in its turn or the next")
        if any(nl in a or a in nl for a in alts):
            bad(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        al = a.lower()
        if al not in whole:
            bad(f"absent {a!r} not said")
        if any(al in x or x in al for x in alts) or any(
            al in n.lower() or n.lower() in al for n in s["negated"]
        ):
            bad(f"absent {a!r} overlaps a fact or a negated entry")
    return codes, mods


def check_mix(problems):
    from collections import Counter

    ids = [s["id"] for s in SESSIONS]
    nums = [i.split("_")[1] for i in ids]
    if len(set(ids)) != len(ids) or len(set(nums)) != len(nums):
        problems.append("duplicate ids")
    if "--partial" in sys.argv:
        return
    want = {(h, d): n for h in ("dev", "test") for d, n in (("PT", 8), ("OT", 7), ("SLP", 7))}
    got = dict(Counter((s["split"], s["discipline"]) for s in SESSIONS))
    if got != want:
        problems.append(f"discipline counts {got}")
    for h in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == h]
        for d in ("PT", "OT", "SLP"):
            ds = [s for s in hs if s["discipline"] == d]
            if {s["note_type"] for s in ds} != set(KINDS):
                problems.append(f"{h} {d}: note types missing")
            if {s["rule"] for s in ds} != {"cms", "per-code"}:
                problems.append(f"{h} {d}: both unit rules needed")
        na = sum(s["role"] in ASSISTANTS for s in hs)
        if not 4 <= na <= 6:
            problems.append(f"{h}: {na} assistant sessions")
        nc = sum(s["rule"] == "cms" for s in hs)
        if abs(2 * nc - len(hs)) > 4:
            problems.append(f"{h}: cms {nc} of {len(hs)}")
        nr = sum(recogniser(s) for s in hs)
        if not 7 <= nr <= 9:
            problems.append(f"{h}: {nr} recogniser sessions")
        if sum(s["kx"] for s in hs) < 2 or sum(s["has59"] for s in hs) < 2:
            problems.append(f"{h}: fewer than 2 KX or 59 sessions")


def mix_table():
    from collections import Counter

    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"]) for s in SESSIONS)
    out = ["split  disc  note_type      role  rule      n"]
    out += [f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {v}" for k, v in sorted(rows.items())]
    for h in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == h]
        out.append(
            f"{h}: ASR {[s['id'] for s in hs if recogniser(s)]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ASSISTANTS]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}"
        )
    p = []
    segs = [to_segments(s, p) for s in SESSIONS]
    t = [len(x) for x in segs]
    d = [x[-1]["end"] for x in segs]
    out.append(
        f"turns {min(t)}-{max(t)} (mean {sum(t) / len(t):.1f}), durations {min(d)}-{max(d)} s; "
        f"facts {sum(len(s['facts']) for s in SESSIONS)}, negated {sum(len(s['negated']) for s in SESSIONS)}, "
        f"absent {sum(len(s['absent']) for s in SESSIONS)}"
    )
    return "\n".join(out)


# =============================================================================================
# Mutation probes (`--probes`): each changes one session in memory and must be caught by `check`
# =============================================================================================


def _sub(old, new):
    def f(s):
        assert s["text"].count(old) == 1, old
        s["text"] = s["text"].replace(old, new)

    return f


def _set(**kw):
    def f(s):
        s.update(kw)

    return f


PROBES = [
    # (session number, what is changed, mutation, message expected from check)
    ("pt02", "hand key drops 59 on 97530", _set(key="97140x1:GP,KX 97530x1:GP,KX"), "key: rules give"),
    (
        "pt02",
        "97530 13 -> 14 in the minutes, key kept (cms units unchanged)",
        _set(timed={"97140": 11, "97530": 14}),
        "14 minutes not said",
    ),
    (
        "pt02",
        "97140 11 -> 12, key kept: caught only by the `fixed` order check, 'twelve' is inside 'one hundred twelve'",
        _set(timed={"97140": 12, "97530": 13}),
        "settled figure must follow",
    ),
    (
        "pt13",
        "the correction to fifteen dropped from the dictation",
        _sub(
            "closer to fifteen minutes with the ramp so fifteen minutes",
            "about twelve minutes with the ramp so twelve minutes",
        ),
        "not said by the clinic",
    ),
    (
        "pt03",
        "second exercise part said as seven",
        _sub("that second part was eight minutes", "that second part was seven minutes"),
        "8 minutes not said",
    ),
    ("ot09", "'k x' no longer said", _sub("we use the k x modifier", "we bill it as usual"), "KX needs cms"),
    (
        "slp02",
        "cognitive 20 -> 21 (97130 6), key kept",
        _set(timed={"97129": 15, "97130": 6}, cog=21),
        "cognitive minutes not said",
    ),
    (
        "pt05",
        "a digit in a recogniser line",
        _sub("sixteen steps i counted them", "16 steps i counted them"),
        "lower-case tags",
    ),
    ("slp10", "SLPA session put under cms", _set(rule="cms"), "SLPA under Medicare"),
    (
        "pt09",
        "'moderate complexity' said for 97161",
        _sub("This is a low complexity evaluation", "This is a moderate complexity evaluation"),
        "'low complexity' not said",
    ),
    ("pt14", "re-evaluation given to a PTA", _set(role="PTA"), "assistant on a note other than daily"),
    (
        "ot01",
        "an absent entry equal to a fact",
        _set(absent=["cortisone shot", "button hook"]),
        "overlaps a fact",
    ),
    (
        "pt01",
        "a negated entry said without a denial",
        _set(negated=["numbness", "hip strength"]),
        "no denial",
    ),
    ("ot14", "59 put on 97140 instead of 97530", _set(key="97530x1:GO 97140x1:GO,59"), "key: rules give"),
    ("ot11", "an OT re-evaluation code on a daily note", _set(untimed=["97150", "97168"]), "no evaluation"),
    (
        "pt15",
        "per-code session put under cms, key kept (cms gives 97112 x2)",
        _set(rule="cms"),
        "key: rules give",
    ),
    (
        "slp09",
        "'threshold' replaced by 'limit'",
        _sub("past the yearly threshold", "past the yearly limit"),
        "KX needs cms",
    ),
    (
        "pt10",
        "KX dropped from the key while threshold and KX are still said",
        _set(kx=False, key="97140x1:GP 97530x1:GP,59"),
        "threshold / KX said",
    ),
    (
        "ot07",
        "97535 13 -> 12, key kept (per-code, same units)",
        _set(timed={"97535": 12, "97110": 5}),
        "12 minutes not said",
    ),
]


def run_probes():
    import copy

    by_num = {s["id"].split("_")[1]: s for s in SESSIONS}
    ok = 0
    for num, what, mutate, expect in PROBES:
        base = by_num[num]
        clean = []
        check(base, to_segments(base, clean), clean)
        s = copy.deepcopy(base)
        mutate(s)
        problems = []
        check(s, to_segments(s, problems), problems)
        caught = [p for p in problems if expect in p]
        good = not clean and bool(caught)
        ok += good
        print(f"{'caught' if good else 'MISSED'}  {s['id']}: {what} -> {caught[0] if caught else problems}")
    print(f"probes: {ok} of {len(PROBES)} caught")
    return ok == len(PROBES)


def main():
    problems, docs = [], []
    for s in SESSIONS:
        segs = to_segments(s, problems)
        codes, mods = check(s, segs, problems)
        exp = {
            "codes": codes,
            "modifiers": mods,
            "minutes": dict(s["timed"]),
            "facts": s["facts"],
            "negated": s["negated"],
            "absent": s["absent"],
        }
        doc = {k: s[k] for k in ("id", "discipline", "note_type", "role", "rule")}
        doc.update(transcript={"segments": segs}, expected=exp)
        docs.append((s, doc))
    check_mix(problems)
    if "--probes" in sys.argv and not run_probes():
        problems.append("a mutation probe was not caught")
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    base = os.environ.get("BLIND35_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("al_") and name.endswith(".json"):
                os.remove(os.path.join(base, h, name))
    for s, doc in docs:
        with open(os.path.join(base, s["split"], s["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(f"OK: wrote {len(docs)} sessions")
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
