#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirty-sixth set (ids am_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind31-35
and lines 1-80 plus the rules / text helpers / checks / probes part of make_blind35.py (copied, then extended).
Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its clock readings) is said by the clinic, turns (30-60), timestamps, facts / negated /
     absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND36_OUT).

Transcript lines: "T: ..." (anyone speaking for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, an interpreter, anyone else in the room or on the line).  Lower-case tags mark a speech-recogniser
transcript (no capitals, digits or punctuation).  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ" (an empty string
when nothing is billed).
Per session: `parts` = a timed code's minutes said in pieces (the visit was split between); `fixed` = a
first figure the clinic later revises (the patient corrects it, or the closing dictation does); `stopped` =
a code stopped for symptoms; `clock` = {code or "cog": (start, end)}: no minute figure is said, only clock
readings ("we started at 2:10 ... it's 2:35"), and the key's minutes are their difference.
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
    "am_pt01_forklift_low_back",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Morning, come on back. Excuse the voice, I've had a head cold since Saturday, I'm not contagious anymore.
P: Oh, my whole house had it. My wife's still coughing.
T: Sorry to hear it. So you're Dennis, and Dr. Abara sent you for your low back. Tell me what happened.
P: I drive a forklift at the distribution center. Three weeks ago I twisted getting off it and felt a pull on the right side.
T: Right side low back. Where's the pain right now, zero to ten?
P: Right now a five. At its worst, getting out of the car, it's an eight.
T: Five at rest, eight at worst. What does it feel like?
P: Achy, and sometimes a sharp catch when I bend.
T: Any pain or tingling going down either leg?
P: No, nothing down the legs.
T: Any trouble with your bladder or bowels since this started?
P: No, none of that.
T: Good. You're not waking up at night from it, are you?
P: Not waking up, no. Just stiff in the morning for about half an hour.
T: How are you sleeping otherwise?
P: Badly. My wife's cough keeps us both up.
T: Poor sleep makes pain feel louder, so we'll keep that in mind.
P: Tell that to my supervisor.
T: Let's look. Bend forward for me. Fingertips reach about mid-shin. Lumbar flexion looks limited, about fifty percent.
P: That's where it catches.
T: Extension is full and actually eases it a little?
P: Yeah, leaning back feels better.
T: Straight leg raise is negative on both sides. Hip strength is four out of five on the right, five on the left.
P: Hang on, my phone. It's my wife. I'll call her back. She's at her mom's, her mom's got the shingles.
T: No problem. Let me have you fill out the Oswestry. Your ODI score is thirty-eight percent, that's moderate disability.
P: Thirty-eight. Is that bad?
T: It's a real limitation but very workable. Given your job demands and the three weeks of symptoms, I'm calling this a moderate complexity evaluation.
P: What does that mean for the bill? My deductible is brutal.
T: The evaluation is one charge, and then the exercise time today. I'll show you exactly what goes on it when we finish.
T: Now let's do some exercise. Prone press-ups, two sets of ten, and then bird dogs, two sets of eight each side.
P: The press-ups feel good. The bird dogs are shaky.
T: That's your core. Keep your hips level. Then a hip hinge with the dowel, ten reps.
P: Like this?
T: Exactly. That's the pattern for getting off the forklift too. That was ten minutes of exercise, give or take, call it ten.
P: Okay. So what got billed today?
T: The moderate complexity evaluation, and one unit of therapeutic exercise for the ten minutes.
P: One unit. Okay.
P: Do I need to bring anything next time?
T: Shorts or sweatpants, and your work boots if you can, I'd like to see you climb the forklift step in them.
P: The boots. They're filthy.
T: Filthy is fine. We've got a mat.
T: Plan is twice a week for six weeks. Goals: sit in the forklift a full shift with pain under three, and lift forty pounds from the floor with a hip hinge.
P: I can do that. Can I keep working?
T: Yes, with breaks every hour to stand and do a few press-ups. Home program is the press-ups and the hip hinge, twice a day.
P: Twice a day, got it. Tell my wife to get better, ha.
T: One more thing. Does anyone else in the house lift heavy things for you?
P: My son, when he's home from college. He's got his own bad shoulder from baseball though.
T: Then for now, you lift light and let the boxes wait.
P: The boxes can wait. My wife will agree with that.
""",
    [
        "forklift",
        "right side low back|right side",
        "pain 5/10 at rest|a five",
        "8/10 at worst|an eight",
        "achy|sharp catch",
        "lumbar flexion looks limited|about fifty percent|50%",
        "extension is full",
        "straight leg raise is negative",
        "hip strength is four out of five on the right|4/5 right hip",
        "ODI score is thirty-eight percent|ODI 38%",
        "prone press-ups, two sets of ten|2x10 press-ups",
        "bird dogs, two sets of eight|2x8 bird dogs",
        "twice a week for six weeks|2x/week for 6 weeks",
        "lift forty pounds from the floor|lift 40 lb",
    ],
    ["down the legs", "bladder or bowels", "waking up at night"],
    ["head cold", "still coughing", "shingles", "bad shoulder from baseball"],
)

S(
    "am_pt02_marathon_knee",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 12, "97530": 14},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hey Priya. How did the knee handle the weekend?
P: Pretty well. I walked the farmers market both days. My running group did a half marathon and I had to just watch, which was torture.
T: Watching counts as restraint. Pain today?
P: Two out of ten, it's the inside of the kneecap when I go downstairs.
T: Any locking or giving way?
P: No locking, no giving way.
T: Did you wear the new shoes to the market?
P: I did. The cushioned ones. My feet were happy.
T: Good. Keep those for long days on your feet.
P: They cost a fortune, so I'm wearing them everywhere.
T: Any swelling after the market?
P: Not really, no swelling.
T: Good. Before we start, billing note: your knee and the hip therapy you had in the spring put you past the yearly threshold. I've documented that you're still improving, so the care is medically necessary, and we add the KX modifier.
P: So it still gets covered?
T: It does, the KX says it's still necessary. Let's start with hands-on work. Lie back.
T: Patellar mobilizations, medial and lateral glides, grade three, then soft tissue to the lateral retinaculum.
P: That spot on the outside is tight. My sister had the same thing, she ended up having a lateral release.
T: That's a surgery we're hoping you never need. Hold still one second. Okay, that's twelve minutes of manual.
P: Twelve already?
T: Twelve. Now up, we're doing a separate block of functional work. Step downs off the six-inch box, slow, three sets of eight.
P: Going down is the hard part.
T: Keep the knee over the second toe. Now lift the laundry basket from the floor and carry it up the step, like at home.
P: I live in a third floor walk-up, so this is my life.
T: Exactly why we practice it. Five trips with the basket. Then lateral step-overs onto the foam.
P: My knee feels steadier than last week.
T: Your control is better. That functional block was fourteen minutes, separate from the manual time.
P: What did you bill today? My insurance app shows codes and I never know what they mean.
T: Manual therapy, one unit, and therapeutic activities, one unit. Because they were done in separate blocks, the activities line carries a 59 modifier, and both lines carry the KX.
P: Okay, so two units total.
T: Two units, twenty-six timed minutes. Pain now?
P: Still about a two.
T: Any soreness after last session, the next morning?
P: A bit in the quad, the good kind.
T: Muscle soreness, not joint pain. That's what we want.
P: My roommate says I walk like a robot after leg day.
T: Good. Home program: keep the step downs, three sets of eight, once a day. Next visit we add a single-leg squat.
P: And a jog?
T: A walk-jog in two weeks if the stairs are pain free.
P: Deal. I'll keep watching the group for now.
P: Do you run yourself?
T: Badly, and slowly. I'm more of a bike person.
P: We'll get you to a race one day.
T: Let's get you to one first.
""",
    [
        "2/10|two out of ten",
        "inside of the kneecap",
        "past the yearly threshold",
        "medically necessary",
        "patellar mobilizations|patellar glides",
        "grade three|grade 3",
        "lateral retinaculum",
        "step downs off the six-inch box|6-inch box",
        "three sets of eight|3x8",
        "laundry basket",
        "knee feels steadier",
        "walk-jog in two weeks|walk-jog in 2 weeks",
    ],
    ["locking", "giving way", "swelling"],
    ["lateral release", "half marathon", "walk like a robot"],
    kx=True,
    has59=True,
)

S(
    "am_pt03_retired_accountant",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 16, "97116": 9},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ",
    """
t: hi mister obi im tamika the p t a working with you today
p: hello hello you are new
t: ive been here a year just not on your days how is the hip
p: the hip is good the new one is better than the old one ha
t: total hip six weeks ago right any pain today
p: maybe a one out of ten just stiff
t: did you sleep on your back like the surgeon said
p: on my back with the pillow between my legs my wife checks
t: good keep doing that until the surgeon says otherwise
p: she is stricter than the surgeon
t: any calf pain or swelling in that leg
p: no no calf pain
t: and no chest pain or shortness of breath with walking
p: none of that
t: great lets warm up on the bike
p: my grandson rides a bike to school now he is eight
t: thats a big deal okay keep it easy resistance two
p: like this
t: perfect thats about ten minutes on the bike
p: no the screen says sixteen minutes look
t: oh you are right it says sixteen i had the wrong start written down sixteen minutes on the bike
p: i am watching the numbers you see
t: keep me honest now the standing hip abduction no wait that was on the bike sheet never mind lets walk
p: with the cane
t: do you have stairs at home
p: three steps at the front door and a rail on one side
t: which side is the rail going up
p: on the right going up
t: yes cane in the left hand we are going to the end of the hall and back twice
p: the left hand feels strange
t: cane opposite the new hip thats why step with the cane and the right leg together
p: like a team
t: exactly your step length is more even today less of a limp
p: my wife says i walk like a penguin
t: less penguin today then we did the stairs four steps with the rail step up with the good leg
p: up with the good down with the bad
t: thats it the gait part was nine minutes
p: sixteen and nine
t: sixteen on the bike and nine walking you are better at this than me
p: ha i was an accountant forty years
t: it shows any pain now
p: still one
t: good keep walking three times a day with the cane and see you thursday
p: thursday yes
p: do you like working here
t: i do the patients keep me on my toes like you
p: ha good good
t: see you thursday then
""",
    [
        "total hip six weeks ago|total hip 6 weeks ago",
        "one out of ten|1/10",
        "warm up on the bike",
        "resistance two|resistance 2",
        "cane in the left hand",
        "step length is more even|less of a limp",
        "four steps with the rail|4 steps with rail",
        "up with the good down with the bad",
        "walking three times a day|walk 3 times a day",
    ],
    ["calf pain", "shortness of breath"],
    ["about ten minutes on the bike", "walk like a penguin"],
    fixed={"97110": 10},
)

S(
    "am_pt04_garden_hose_worry",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97112": 13, "97110": 6},
    [],
    "97112x1:GP,CQ",
    """
T: Hi Mrs. Kowalski. Today you've got both of us, me from PT and Jordan from OT, working together for part of it.
T: Hi, I'm Jordan, the OT. I'll be working on your reaching in standing with you while Marcus does the balance part.
P: Two for one. My husband will think I'm getting spoiled.
T: He'd be wrong, this is just good teamwork.
P: He's been wonderful since the fall. Brings me tea every morning.
T: That's a good husband.
P: He has his moments.
T: How are you feeling since the fall two weeks ago?
P: Bruised on the hip still, but I'm walking fine in the house.
T: Any dizziness when you stand up?
P: No, not dizzy.
T: Any new falls or near falls?
P: No falls since then, thank goodness.
T: Good. Let's start on the balance bar. Feet together, eyes open, thirty seconds.
P: Easy.
T: Now eyes closed. Some sway, you caught yourself once.
P: That's the scary one.
T: While you're standing there, reach for the cup on the high shelf with your right hand.
P: Reaching up makes me wobble.
T: That's what I want to see. I'm counting this reaching as my OT time, about ten minutes, I'll document it on my note.
T: And I'm only counting my balance part. Tandem stance next, one foot in front of the other, twenty seconds each side.
P: The left in front is worse.
T: It is. Then stepping over the cones, forward and sideways.
P: My neighbor fell over a garden hose last month and broke her wrist. That's why I'm nervous.
T: That's a fair fear. Keep your eyes ahead, not down at the cones.
P: Okay, that helped.
T: How's your neighbor doing now?
P: Cast for six weeks. She's miserable, can't do her garden.
T: I'm sorry. Gardens can wait.
P: Not hers. She's got prize roses.
T: The balance work was thirteen minutes. Now sit and we'll do some strengthening. Seated marching and heel raises, two sets of ten each.
P: My calves are burning.
T: That's working. Sit-to-stand, five reps, no hands.
P: Four without hands, I needed my hands on the last one.
T: Good honest work. The strengthening was six minutes.
T: I'll head out, I've got my next patient. Nice working with you.
P: Thank you, dear.
P: Should I be using my cane outside?
T: Outside and on the grass, yes. In the house you're steady without it.
P: Outside with the cane. My daughter will be thrilled.
T: Tell her she's right.
T: So today my balance time counts, thirteen minutes, and the short strength piece. I'll give the full note to your PT, Dr. Levin, to co-sign.
P: Do I keep the same exercises at home?
T: Yes, plus the tandem stance at the kitchen counter, twice a day.
P: At the counter. Got it.
""",
    [
        "feet together, eyes open|eyes open, thirty seconds|30 s eyes open",
        "eyes closed|some sway",
        "tandem stance",
        "left in front is worse",
        "stepping over the cones",
        "seated marching|heel raises",
        "two sets of ten|2x10",
        "four without hands|4 of 5 without hands",
        "tandem stance at the kitchen counter",
    ],
    ["dizzy", "new falls"],
    ["broke her wrist", "about ten minutes", "cast for six weeks"],
)

S(
    "am_pt05_mailbox_goal",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97112": 8},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: can you hear me okay mister reyes
p: hear you okay you are frozen a little
t: am i frozen now
p: now you are okay there is a delay
t: can you move the laptop back a little so i see your feet
p: like this
t: a little more perfect i see the chair and your feet now
p: my daughter set it up
t: lets go slow then and wait for each other this is your progress visit by video
p: okay progress
t: how is the knee pain today zero to ten
p: sorry say again
t: pain zero to ten
p: three three out of ten
t: three thank you any swelling after walking
p: no swelling no
t: and no falls since last time
p: no falls
t: great lets do the thirty second sit to stand same chair as before arms crossed go
p: one two three
t: i count thirteen in thirty seconds last month you did nine
p: thirteen is that good
t: thats four more very good thats a real change
p: my daughter is holding the phone she says hi
c: hi hes been doing his exercises every morning i watch him
t: how is the right knee compared to last month
p: say again the right knee
t: yes the right knee
p: better the stairs at church are easier now
t: thank you now the standing knee extensions with the band three sets of ten
p: you cut out what band
t: the red band three sets of ten
p: okay red band
t: then mini squats holding the counter two sets of fifteen
p: my dog is under the table sorry
t: no problem the dog can supervise that was eighteen minutes of exercise
p: eighteen minutes wow
t: now balance single leg stand at the counter right leg then left
p: right is good left is shaky
t: eight seconds on the left twenty on the right and then side steps along the counter
p: like a crab
t: like a crab that was eight minutes of balance
p: eight
t: goal one sit to stand without arms was met goal two walk to the mailbox and back without the cane is partly met
p: i still take the cane on the hill
t: thats fine plan is continue twice a week for four weeks and add step ups
p: can you send the new exercise sheet by email
t: yes i will send it through the portal today
c: i will print it for him
t: thank you both
c: his wife had her cataract done so im here more often
t: glad you can help see you thursday on video
""",
    [
        "progress visit by video|video",
        "three out of ten|3/10",
        "thirty second sit to stand|30-second sit to stand",
        "thirteen in thirty seconds|13 in 30 seconds",
        "last month you did nine|previously 9",
        "red band three sets of ten|red band 3x10",
        "mini squats|two sets of fifteen|2x15",
        "eight seconds on the left|8 seconds left",
        "twenty on the right|20 seconds right",
        "side steps",
        "sit to stand without arms was met",
        "partly met|walk to the mailbox",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["swelling", "falls"],
    ["dog is under the table", "cataract"],
)

S(
    "am_pt06_after_pneumonia",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 11},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Welcome back, Mr. Haddad. It's been almost a month.
P: Three and a half weeks. I was in the hospital with pneumonia, nine days, and then home with oxygen for a week.
T: I'm glad you're back. Since your plan changed so much, today is a re-evaluation of the knee and your walking.
P: Whatever you need. I feel like I lost everything.
T: Are you still on oxygen at all?
P: No, not since last Tuesday.
T: Did they have you walking in the hospital?
P: A physical therapist came twice. Down the hall and back with a walker.
T: And at home you're back to the cane?
P: The cane. The walker's in the garage.
T: Any shortness of breath walking in the house?
P: Not in the house. The driveway gets me.
T: Let me check your oxygen. Ninety-six percent at rest, heart rate eighty-two.
P: That's better than the hospital.
T: Knee flexion, lie back. One hundred five degrees. Before the hospital you had one fifteen.
P: So I went backwards.
T: Some. Extension is minus five, same as before. Quad strength is four minus out of five.
P: My wife keeps saying I'm weaker. She's had two knee replacements herself so she's an expert.
T: She's right, a bit. Let's do the timed up and go. Stand, walk to the line, turn, sit. Go.
P: Done.
T: Fourteen point two seconds, with the cane. Before the hospital it was eleven.
P: Can you write that I did better? I don't want the insurance to drop me.
T: I can only write what you did today. Honestly, fourteen point two with a clear reason, the pneumonia, and a plan to get it back, is exactly what keeps therapy going.
P: Fair enough. My son said you'd say that.
T: Now a few exercises. Quad sets, ten. Straight leg raises, two sets of ten. Seated knee extension with a two-pound weight, two sets of ten.
P: The weight feels like twenty pounds.
T: Take a rest whenever you want. Any dizziness?
P: No, no dizziness, just tired.
T: Has your appetite come back?
P: Slowly. My wife makes soup every day. She's got diabetes, so it's all low salt, low sugar.
T: Soup's good. Get some protein in too.
P: She puts chicken in it.
T: Good. That exercise was eleven minutes.
P: Only eleven? Felt like an hour.
T: It's eleven. New goals: TUG under twelve seconds, and walking the driveway to the mailbox without stopping to rest.
P: The mailbox. That's about a hundred feet.
P: Is it normal to be this tired?
T: After pneumonia, yes, for a few weeks. We'll build up slowly and watch your oxygen each visit.
P: Okay. I trust you.
T: And eat well. Protein helps the muscles come back.
T: Plan: twice a week for six more weeks, and I'll add walking intervals once your breathing settles. The doctor should see the new plan and sign it.
P: I'll tell Dr. Mensah.
T: Home program: quad sets and straight leg raises daily, and walk in the house every hour you're awake.
P: Every hour. My wife will make sure.
""",
    [
        "hospital with pneumonia, nine days|pneumonia 9 days",
        "ninety-six percent at rest|96% at rest",
        "heart rate eighty-two|HR 82",
        "one hundred five degrees|105 degrees flexion",
        "extension is minus five|-5 extension",
        "four minus out of five|4-/5 quad",
        "fourteen point two seconds, with the cane|TUG 14.2 s with cane",
        "before the hospital it was eleven|previous TUG 11 s",
        "straight leg raises, two sets of ten|SLR 2x10",
        "two-pound weight|2 lb",
        "TUG under twelve seconds|TUG under 12 s",
        "driveway to the mailbox",
        "twice a week for six more weeks|2x/week for 6 weeks",
    ],
    ["still on oxygen", "dizziness"],
    ["two knee replacements", "write that I did better", "felt like an hour", "she's got diabetes"],
)

S(
    "am_pt07_fun_run_ankle",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 9, "97116": 7},
    [],
    "97110x1:GP",
    """
t: okay last visit ms lindqvist how is the ankle
p: honestly it feels normal i did a five k fun run on sunday
t: what was your time
p: not fast i walked part of it with my sister
t: walking part is smart for the first one
p: she pushed the stroller the whole way
t: a five k no pain
p: a little ache after maybe a one
t: any swelling the next day
p: nope no swelling
t: any giving way on uneven ground
p: no never
t: great lets test single leg balance on the right
p: okay
t: thirty seconds eyes open no touch down
p: nailed it
t: any trouble on the stairs at work
p: none i take them two at a time again
t: good that was one of your goals
p: my coworkers race me now
t: ankle dorsiflexion is twenty degrees equal to the left
p: and the hop thing
t: single leg hop right is ninety five percent of the left
p: so im done
t: you are done today is discharge lets do your last round calf raises three sets of fifteen and lateral band walks
p: my boyfriend sprained his ankle playing pickleball last week i told him to come here
t: tell him to call the front desk okay the exercises were nine minutes
p: nine
t: then a quick walk on the grass outside and the curb to check the uneven ground that was seven minutes
p: seven okay
t: goals all met return to running met stairs met
p: can i have my sheet again i lost it
p: should i keep wearing the ankle brace for soccer
t: for the first month back yes then you can drop it
p: okay a month
t: and warm up properly every time
t: ill print it bye take care
p: bye thank you for everything
t: dictating note for lindqvist discharge right ankle
t: sorry hang on
t: hey do you know if room two is free for mister patel
t: yes go ahead its free okay back to lindqvist
t: pain one out of ten after a five k
t: single leg stance thirty seconds dorsiflexion twenty degrees hop ninety five percent limb symmetry
t: therapeutic exercise nine minutes gait on uneven surfaces seven minutes
t: scratch that last bit i mean gait training on grass and curb seven minutes
t: goals met discharged to independent home program no further visits
t: end of dictation
""",
    [
        "five k fun run|5K run",
        "a one|pain 1/10",
        "single leg balance on the right|single leg stance thirty seconds|30 s single-leg stance",
        "dorsiflexion is twenty degrees|dorsiflexion 20 degrees",
        "ninety five percent|95% limb symmetry",
        "calf raises three sets of fifteen|calf raises 3x15",
        "lateral band walks",
        "grass|uneven ground",
        "goals all met|goals met",
        "return to running met",
        "independent home program",
    ],
    ["swelling", "giving way"],
    ["pickleball", "mister patel", "room two is free"],
)

S(
    "am_pt08_red_spot_shin",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97763": 12, "97116": 10},
    [],
    "97763x1:GP 97116x1:GP",
    """
T: Hi Gloria, hi Frank. How's the brace treating you?
P: It's rubbing. Since I lost the weight, my leg's thinner and the brace slides around.
C: She's lost twenty-two pounds since the summer. The diet's working.
T: Congratulations. That's exactly why it's rubbing. Let's take a look at the skin first.
T: Did you change anything else, your shoes?
P: Same sneakers. Frank bought me a new pair but I haven't broken them in.
C: They're still in the box.
T: Bring them next time and we'll check the brace fits in them too.
P: There's a red spot on the shin.
T: There's a red area on the front of the left shin, about the size of a quarter, it blanches when I press. No open skin.
P: Good, I was worried it was a sore.
T: It's not a sore. Any numbness in the foot?
P: No, no numbness.
T: Any pain in the ankle wearing it?
P: No pain, just the rubbing.
T: Let's check the fit. The calf shell has about a finger and a half of space now, and the strap is at its last hole.
C: We tried putting a sock under it.
T: Two socks help a little but let's fix the brace. I'm going to add a foam pad to the calf shell and move the strap over.
P: Can you do that here?
T: I can. Heating the edge and trimming the strap tab. Let me spot-check, stand up.
P: That feels snug. Not tight, snug.
T: Walk to the door and back. The heel stays in the shoe now, and there's no more sliding.
C: Her foot used to drag before she had the brace. Her mother had the same thing after her stroke.
T: The brace is doing its job for the foot drop. That refit took twelve minutes.
P: Twelve minutes of you fiddling. Sorry.
T: That's what I'm here for. Now let's walk with it properly. Out to the hallway with the quad cane.
P: Quad cane in the right hand.
T: Is the quad cane the right height still?
P: Frank lowered it last week. He's handy.
C: I just watched a video.
T: Well, it's right. Wrist crease, perfect.
T: Yes. Heel strike on the left now, good. Now around the cones, and then over the rubber strip by the door. Wait, I mean the doorway strip, watch the lip.
P: I used to catch my toe on that.
T: No catching today. Let's do a few turns to the left.
P: Turns are harder.
T: Slow turns, wide steps. That walking was ten minutes.
C: Do we still check her skin every night?
T: Yes, every night when she takes it off, and call us if the red spot doesn't fade within half an hour.
P: Within half an hour. Okay.
C: Should she wear the brace to bed?
T: No, not to bed. Daytime only, whenever she's up and walking.
P: Thank goodness. It's hot.
T: Daytime only.
T: Next time we'll walk outside on the ramp.
P: I'd like that. Thank you for fixing it.
""",
    [
        "lost the weight|brace slides around",
        "red area on the front of the left shin|red area left shin",
        "blanches|no open skin",
        "finger and a half of space|1.5 finger widths",
        "strap is at its last hole",
        "foam pad to the calf shell",
        "heel stays in the shoe",
        "foot drop",
        "quad cane in the right hand|quad cane",
        "heel strike on the left",
        "turns are harder|slow turns, wide steps",
        "check her skin every night",
    ],
    ["numbness", "pain in the ankle"],
    ["her mother had the same thing"],
)

# --------------------------------------------------------------------------------------------- OT, dev

S(
    "am_ot01_woodworker_finger",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 9},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Mr. Brennan? I'm Alana, your occupational therapist. Your hand surgeon sent you after the trigger finger release.
P: Pardon? Say that again, the left one's whistling.
C: His hearing aid. The battery's going. I'm his wife, Maureen. I have spares in my purse somewhere.
T: Take your time. I'll write the big questions on the whiteboard meanwhile.
P: Okay, that one's in. Go ahead.
C: There, new battery. Can you hear her now, John?
P: Loud and clear. Sorry about that.
T: Don't be sorry. Tell me if I'm talking too fast.
P: You're fine. Maureen talks faster.
T: Your right ring finger release was twelve days ago, is that right?
P: Twelve days. Stitches came out Friday.
T: Any numbness or tingling in the finger?
P: No, no numbness.
T: Any fever, or drainage from the incision?
P: None. It's dry.
T: Good. The incision is healed, a little pink, no redness spreading. Pain right now?
P: A three when I make a fist, otherwise a one.
T: Let me measure. Ring finger flexion: the tip reaches within one centimeter of the palm. Full extension, no more catching.
P: No more clicking either. It used to lock every morning.
T: Grip on the right is forty-eight pounds, left is seventy.
C: Forty-eight! He opens everything in the house.
T: What's hard right now at home?
P: Buttons on my work shirts, and I can't hold the hammer. I do woodworking in the garage.
C: Don't get him started. And my knees are shot, so I can't do the garage stuff for him.
T: Let's stay with John's hand for now. Buttoning, let's try it here on this shirt.
P: Slow. The small ones at the cuff are the worst.
C: His father had the same thing in both hands. Trigger fingers run in the family.
T: It does run in families sometimes.
P: Dad just lived with it. I'm not going to.
T: Good attitude.
T: You buttoned six buttons in two minutes with the right ring finger held straight. Let's try a button hook.
P: Oh, that's quicker.
T: Now building up the handle on your hammer with foam tubing, and showing you how to hold it with the ring finger tucked in.
P: That's not bad at all.
T: That self-care training was nine minutes. This is a low complexity evaluation, one problem area and a good recovery path.
P: Low complexity. So I'm easy.
T: You're easy in a good way. Goals: button his work shirts in under a minute, and use the hammer for thirty minutes in the shop without pain above two.
P: Thirty minutes in the shop is the real goal.
T: Plan: once a week for four weeks, plus scar massage and tendon glides at home, three times a day.
C: I'll remind him. And I'll buy more batteries.
P: Can I still go to the shop this week?
T: Light work only, sanding and finishing, no hammering until we see you again.
P: Sanding I can do.
C: I'll believe it when I see it.
P: Thank you, honestly. I was expecting worse.
T: You're doing well. Call if the finger starts catching again.
""",
    [
        "trigger finger release",
        "right ring finger",
        "twelve days ago|12 days post-op",
        "incision is healed|a little pink",
        "a three when I make a fist|pain 3/10 with fist",
        "within one centimeter of the palm|1 cm from palm",
        "grip on the right is forty-eight pounds|grip R 48 lb",
        "left is seventy|grip L 70 lb",
        "six buttons in two minutes|6 buttons in 2 minutes",
        "button hook",
        "foam tubing",
        "button his work shirts in under a minute|button shirts in under 1 minute",
        "once a week for four weeks|1x/week for 4 weeks",
        "tendon glides",
    ],
    ["numbness", "drainage"],
    ["my knees are shot", "battery's going", "his father had the same thing"],
)

S(
    "am_ot02_hooks_in_front",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 15, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: morning missus adeyemi are you ready to work in the kitchen today
p: ready ready lets go
t: first how is the shoulder pain zero to ten
p: about a four this morning
t: four okay any numbness in the hand
p: no numbness
t: no chest pain or dizziness getting up
p: no none
t: quick thing about your coverage you passed the yearly threshold for o t this year with the hand therapy in march
p: so they stop paying
t: no we document why it is still medically necessary and add the k x modifier so it keeps going
p: okay good
p: my grandson is coming for thanksgiving i want to cook the turkey
t: then we practice with the roasting pan on a later day
p: the pan is so heavy
t: we will find a way maybe the oven rack method
t: lets start at the counter unloading the dishwasher to the upper cabinet
p: the plates are heavy
t: two plates at a time and slide them do not lift over your head
p: better
t: now carrying the pot from the sink to the stove with both hands
p: my son wants me to just order takeout
t: ha we want you cooking so thats the kitchen activity fifteen minutes
p: wait can you turn that thing off for a minute i need to tell you something private
t: yes im pausing the recording now
t: okay we are recording again and the time we paused is not counted
p: thank you
t: now the dressing part you said the bra is the hardest
p: yes the back hooks
t: lets try hooking it in front then spinning it around
p: oh thats clever
p: my daughter bought me the front hook ones too
t: those are even easier keep both
p: she thinks of everything
t: she sounds like a good helper
t: and the long handled sponge for your back in the shower
p: i can reach my back with this
t: good that self care part was ten minutes separate from the kitchen work
p: ten okay
t: so today kitchen activity fifteen minutes and dressing and bathing ten minutes
p: do i keep doing the shoulder stretches
t: yes the doorway stretch and the towel stretch every morning
p: every morning
t: every morning before the kitchen
p: my neighbor has the same shoulder she got a shot
t: a shot might be right for her your plan is the exercises and we will see you friday
p: friday at nine
""",
    [
        "about a four|pain 4/10",
        "unloading the dishwasher to the upper cabinet|unloading the dishwasher",
        "two plates at a time|2 plates at a time",
        "carrying the pot from the sink to the stove",
        "hooking it in front then spinning it around|fasten bra in front and rotate",
        "long handled sponge|long-handled sponge",
        "reach my back",
        "yearly threshold",
        "medically necessary",
    ],
    ["numbness", "dizziness"],
    ["order takeout", "got a shot"],
    kx=True,
    has59=True,
)

S(
    "am_ot03_putty_colour",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 10, "97140": 8},
    [],
    "97110x1:GO,CO 97140x1:GO,CO",
    """
T: Hi Keisha. Did you bring your home program sheet?
P: I did, it's a little coffee-stained.
T: That means you use it. Let's go through it together. Show me the putty exercises.
P: I've been using the yellow putty. It's too easy now.
P: Should I have been using it warm? My husband microwaved it once.
T: Please don't microwave it. Room temperature is fine.
P: I'll tell him. He ruined a spatula too.
T: Sounds like he needs his own home program.
T: Show me the pinch. Good. Now the full fist squeeze.
P: See, no effort.
T: You're ready for the red putty. Let's do the whole routine with it now, ten squeezes, ten pinches, ten finger spreads.
P: Okay, the red is harder. My fingers are working.
T: Is the putty staying clean? Keep it in the container.
P: The dog got into the yellow one once.
T: Then keep the red one up high.
P: Top shelf. Got it.
T: Keep your wrist straight. Your wrist drifted into flexion on the pinch, keep it neutral.
P: Like this?
T: Better. Then the tendon glides, the five positions, five each.
P: I always forget the hook fist.
T: Tabletop, hook, straight fist, full fist, straight. Good. That was the whole home program done with corrections, ten minutes.
P: My sister thinks I should just do yoga instead.
T: Yoga's nice, but let's stay with these for the wrist. Now I'm going to do some scar work on the incision and then some wrist mobilizations.
P: The scar is ropy on the thumb side.
T: It's thick near the base. I'm doing cross friction massage, then gentle glides of the wrist joint.
P: That pulls a little.
T: Pain with it, zero to ten?
P: A two. It's fine.
T: Any tingling into the thumb or index finger while I do this?
P: No tingling.
T: Any swelling in the evening?
P: Not since last week.
T: The manual work was eight minutes. Let me update your sheet: red putty instead of yellow, and add scar massage twice a day with lotion.
P: Twice a day with lotion. Got it.
T: Wrist extension today is fifty-five degrees, up from forty-five last week.
P: Ten degrees in a week!
P: Can I type at work with the brace off?
T: Short stretches of typing, with breaks every half hour.
P: Every half hour. My boss will love that.
T: I can write you a note if you need it.
T: Nice progress. I'll let your OT, Sam, know for the co-sign.
P: Tell Sam I said hi. And I'm going to my cousin's wedding Saturday, so I might be stiff Monday from dancing.
T: Dance carefully. See you Monday.
""",
    [
        "yellow putty|too easy",
        "red putty",
        "ten squeezes, ten pinches, ten finger spreads|10 squeezes, 10 pinches, 10 spreads",
        "wrist drifted into flexion|keep it neutral",
        "tendon glides",
        "scar is ropy|thick near the base",
        "cross friction massage",
        "glides of the wrist joint|wrist mobilizations",
        "a two|pain 2/10",
        "scar massage twice a day with lotion",
        "wrist extension today is fifty-five degrees|wrist extension 55 degrees",
        "up from forty-five|from 45 degrees",
    ],
    ["tingling", "swelling"],
    ["do yoga instead", "cousin's wedding"],
)

S(
    "am_ot04_dry_cleaner_elbow",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97530": 12, "97140": 9},
    [],
    "97530x1:GO",
    """
t: hi mister novak how is the right elbow
p: the left its the left elbow
t: sorry the left elbow i had your chart open to the other side let me fix that left elbow
p: everybody does that
t: got it left elbow any new injury or just the same
p: same thing just wont quit
t: tennis elbow can be stubborn
p: stubborn like me
t: how is the pain today
p: maybe a three it gets worse carrying groceries
t: any numbness in the pinky side
p: no numbness no
t: and no popping or catching
p: none
t: lets start with some hands on soft tissue to the forearm and then joint mobs to the elbow
p: ooh right there thats the spot
t: the common extensor is tight we will loosen it and then glide the elbow
p: my brother in law has tennis elbow too from golf he got a brace
t: braces help some people yours we will see that was nine minutes of manual work
p: nine
t: now functional stuff pick up the grocery bag from the floor and put it on the counter palm up
p: palm up is easier
p: my wife has carpal tunnel she wears a brace at night
t: that is common lets keep going with yours
p: she says i am the baby of the family
t: you are doing fine
t: palm up takes the stress off carry the bag to the table and back five times
p: it pulls a little
t: now pour from the gallon jug into the cups
p: i spilled a little
t: thats okay support the jug with the other hand too then hang the shirts on the rack over your head
p: i do this at my dry cleaning shop all day
t: exactly so that activity was twelve minutes
p: twelve and nine
t: yes twelve on the activities and nine on the manual
p: grip feels weak
t: grip on the left today is fifty two pounds last time it was forty four
p: that is better
t: it is better keep the palm up carrying and the stretch three times a day
p: the stretch with the arm straight
t: arm straight bend the wrist down hold thirty seconds three times
p: should i ice it at the shop
t: ice after work for a few minutes is fine if it helps
p: the shop has a freezer
t: use a towel between the ice and your skin
p: okay see you next week
t: next week and remember left elbow i wrote it on your chart in big letters
p: ha good
""",
    [
        "left elbow",
        "a three|pain 3/10",
        "worse carrying groceries",
        "common extensor is tight",
        "palm up",
        "carry the bag to the table and back five times|carry bag 5 times",
        "pour from the gallon jug",
        "hang the shirts on the rack over your head|hang shirts overhead",
        "grip on the left today is fifty two pounds|grip L 52 lb",
        "last time it was forty four|previous 44 lb",
        "hold thirty seconds three times|hold 30 s x3",
    ],
    ["numbness", "popping or catching"],
    ["the right elbow", "brother in law has tennis elbow", "carpal tunnel"],
)

S(
    "am_ot05_first_day_here",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97110": 12, "97535": 16},
    [],
    "97110x1:GO 97535x1:GO",
    """
T: Hi Mrs. Ito, I'm Beth. I'm the travel OT covering while Dana is on leave. It's my first day here, so bear with me.
P: Dana told me. She's having her baby, isn't she?
T: I can't really speak for her, but she'll be back in the spring. Today is your progress report, so I'll compare with Dana's numbers.
P: Okay. Ask me anything.
P: I was sad to hear she was leaving.
T: She left me good notes, and she asked me to say hello.
P: Tell her hello back.
T: I will.
T: Dana's note says you started with shoulder flexion at ninety degrees after the proximal humerus fracture. Let me measure now.
P: I can get it up to the cupboard now.
T: Right shoulder flexion is one hundred thirty-five degrees. Abduction is one hundred twenty.
P: I couldn't even brush my hair when I started.
T: Can you now?
P: Yes, both sides of my head.
T: That was one of your goals: brush your hair independently. Met.
P: Met! Good.
T: Your QuickDASH was fifty-two at the start. Let's redo it. Today it's thirty.
P: Thirty is lower, lower is good?
T: Lower is better, that's a big improvement. Any pain at night?
P: No, not at night anymore.
T: Any numbness down the arm?
P: No numbness.
T: Let's do the exercises Dana set up. Wall slides, two sets of ten. Pulleys for flexion, two minutes. Then the light dumbbell, one pound, for external rotation, two sets of twelve.
P: One pound. Dana let me go to two last week.
T: Let me check her note. You're right, two pounds. Thank you. Two sets of twelve with two pounds.
P: I read her notes on the portal.
T: Good for you. That exercise was twelve minutes.
P: My husband helps me with the jacket still. He has Parkinson's, so he's slow himself.
T: Let's work on the jacket then. Affected arm in first, then over the shoulder, then the good arm.
P: Arm in first. Okay, that works.
T: Now the bra and the back zipper, and getting a bowl down from the upper shelf with the reacher.
P: The reacher is my best friend.
T: Where do you keep it at home?
P: Hanging on the kitchen doorknob.
T: Perfect spot. Always in reach.
P: My husband uses it more than me.
T: And putting on the seatbelt in the car seat we have. Reach across with the left, not the right.
P: That's much easier.
T: The self-care and dressing work was sixteen minutes.
P: Will you still be here next week?
T: I'm here until the spring, so yes.
P: Good. I was afraid of getting a new person every week.
T: Just me until Dana's back.
P: What's left on my goals?
T: Goal two, put on a jacket without help, partly met: you need help with the zipper start. New goal: lift a two-pound grocery item to the upper shelf with the right arm.
P: When will Dana be back?
T: In the spring. Plan: continue twice a week for four weeks. I'll leave her a good note.
""",
    [
        "proximal humerus fracture",
        "shoulder flexion at ninety degrees|started at 90 degrees",
        "flexion is one hundred thirty-five degrees|flexion 135 degrees",
        "abduction is one hundred twenty|abduction 120 degrees",
        "brush your hair independently. Met",
        "QuickDASH was fifty-two|QuickDASH 52",
        "today it's thirty|QuickDASH 30",
        "wall slides, two sets of ten|wall slides 2x10",
        "two sets of twelve with two pounds|2x12 with 2 lb",
        "affected arm in first",
        "reacher",
        "jacket without help, partly met|partly met",
        "two-pound grocery item to the upper shelf|2 lb item to upper shelf",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["pain at night", "numbness"],
    ["having her baby", "Parkinson's", "one pound, for external rotation"],
)

S(
    "am_ot06_flare_in_hands",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97110": 13},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hello missus gallagher and who is this little one
p: this is my granddaughter ruby i have her on mondays
c: hi
t: hi ruby do you want to color while grandma works
c: yes
t: so you had a flare of the rheumatoid arthritis since we last saw you
p: three weeks of it my knuckles were like golf balls the rheumatologist changed my medicine
t: do you know which medicine they changed
p: the methotrexate they added a new shot too i do it on fridays
t: good to know i will write that down new medicine from the rheumatologist
p: the shot makes me tired on saturday
t: since your hands changed so much we are doing a re evaluation today
p: okay
t: morning stiffness how long now
p: about an hour every morning before it was twenty minutes
t: any fever with the flare
p: no no fever
t: any numbness or tingling in the fingers
p: no tingling
t: swelling i see puffiness over the second and third knuckles on both hands
p: thats where it hurts a five out of ten
t: grip on the right is twenty eight pounds the left twenty four before the flare it was forty and thirty six
p: i dropped a mug on sunday
t: lets look at how you hold things cup with both hands and built up handles
c: grandma can i have the green one
p: yes honey the green one
t: quick dash score today is forty eight before the flare it was twenty nine
p: so i went backwards
t: for now your plan changes joint protection first then gentle range of motion
p: my sister has lupus and her hands are worse than mine
t: lets stay on yours tendon glides in warm water and the gentle fist and open ten times each
p: warm water feels good
t: do you have the paraffin bath at home
p: my daughter got me one for my birthday
t: use it before the exercises if it helps
p: it helps a lot
t: and finger walking toward the thumb side to fight the drift
p: they are drifting a little i see it
t: that exercise was thirteen minutes and you did it with no increase in pain
p: no worse no
t: new goals open a jar with the jar opener and hold a mug with two hands without dropping it
p: i need my coffee
t: plan twice a week for four weeks with splints for night if your rheumatologist agrees
p: i will ask her thursday
p: can i still knit
t: short sessions with big needles and stop before it aches
p: big needles
t: and warm your hands first
c: done grandma look
p: beautiful ruby
t: beautiful see you thursday
""",
    [
        "rheumatoid arthritis",
        "about an hour every morning|morning stiffness 1 hour",
        "before it was twenty minutes|previously 20 minutes",
        "second and third knuckles on both hands|puffiness over the second and third knuckles",
        "a five out of ten|pain 5/10",
        "grip on the right is twenty eight pounds|grip R 28 lb",
        "the left twenty four|grip L 24 lb",
        "quick dash score today is forty eight|QuickDASH 48",
        "joint protection",
        "tendon glides in warm water",
        "finger walking toward the thumb side",
        "open a jar with the jar opener",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["fever", "tingling"],
    ["sister has lupus", "the green one"],
)

S(
    "am_ot07_print_shop_hand",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97535": 20, "97110": 9},
    [],
    "97535x1:GO 97110x1:GO",
    """
T: Last one, Mr. Duarte. How does it feel to graduate?
P: Strange. I'll miss the coffee here. It's terrible, but I'll miss it.
T: We'll tell the front desk. Let's check where you ended up. Left hand grip is sixty-five pounds; you started at thirty.
P: Thirty. I couldn't open a soda.
T: How's the shop, by the way? Any trouble with the big cutter?
P: I use the left hand on the handle now, no problem.
T: Good. Any cramping at the end of the day?
P: Just tired. Good tired.
T: Pinch is fourteen pounds. Nine hole peg test, twenty-two seconds on the left.
P: Is that normal?
T: Close to normal for your age. Any pain in the hand today?
P: No, no pain.
T: Any numbness since the nerve repair healed?
P: A little in the fingertip of the index, but it's much less.
T: Reduced sensation at the tip of the left index finger, improving. Any cuts or burns you didn't notice?
P: No, no burns. I check like you told me.
T: Let's do the practical part. Kitchen: cutting with the knife, opening the can, carrying the pan to the sink.
P: My wife still won't let me near the good knives. She had a cut last year herself, six stitches.
T: Show me with ours. Good grip, fingers tucked. Now buttoning, the tie, and your watch clasp.
P: The watch is still fiddly.
T: Any trouble with the keys in the shop door?
P: That lock sticks even for my partner. He's got arthritis, so he hates it.
T: Maybe oil it for both of you.
P: I'll add it to the list.
T: It's slower but you did it. That self-care and home skills part was twenty minutes.
P: Twenty, alright.
T: Then your last round of exercises: gripper, putty, wrist curls with three pounds, two sets of fifteen.
P: Three pounds. I started with the half pound.
T: That was nine minutes.
P: Can I ask, what goes on the bill today? I'm paying a copay each time.
T: Two lines: self-care training, one unit, and therapeutic exercise, one unit. Twenty-nine timed minutes makes two units.
P: Does today count against my twenty visits?
T: It does, this is visit fourteen of the twenty approved, so six were not needed.
P: Good, I'll save them.
T: Goals: open containers, met. Dress including buttons, met. Return to work at the print shop, met last week.
P: Back at the shop since Monday.
P: Can I bring you a calendar from the shop? We print them.
T: The front desk would love one.
P: I'll drop a box off.
T: That's very kind.
T: Discharge to your home program. Keep the putty and the wrist curls three times a week.
P: Three times a week. And if something goes wrong?
T: Call us, you'd need a new referral after thirty days.
P: Thanks for everything. Truly.
""",
    [
        "grip is sixty-five pounds|grip 65 lb",
        "you started at thirty|initial 30 lb",
        "pinch is fourteen pounds|pinch 14 lb",
        "nine hole peg test, twenty-two seconds|9-hole peg 22 s",
        "reduced sensation at the tip of the left index finger",
        "cutting with the knife|opening the can|carrying the pan",
        "watch is still fiddly|watch clasp",
        "wrist curls with three pounds|3 lb wrist curls",
        "two sets of fifteen|2x15",
        "visit fourteen of the twenty|visit 14 of 20",
        "open containers, met",
        "return to work at the print shop, met|return to work met",
        "three times a week|3x/week",
    ],
    ["pain in the hand today", "burns"],
    ["coffee here", "six stitches", "he's got arthritis"],
)

# --------------------------------------------------------------------------------------------- SLP, dev

S(
    "am_slp01_bookkeeper_words",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hello Mrs. Okafor, I'm Rachel, the speech-language pathologist. Your daughter's with you?
C: I'm Ngozi, her daughter. Mom had the stroke five weeks ago. Her words come out wrong sometimes.
T: Thank you. Mrs. Okafor, can you tell me in your own words what's hard?
P: The words. I know it, I know the thing, and it's... the thing for the... door. Key. Key.
T: That's the word-finding we'll look at. Any trouble swallowing food or drinks?
P: No. No trouble.
C: She eats fine. She's been eating better than me, honestly, I've been living on vending machine crackers at the hospital with my dad.
T: Is your father a patient too?
C: His heart, he's upstairs. Another story.
T: I hope he's doing alright. Mrs. Okafor, any trouble understanding what people say to you?
P: No, I understand. Talking is the problem.
T: Mrs. Okafor, do you need water before we start the pictures?
P: Yes. Water.
C: Here, Mom.
T: Take your time.
T: Let's start with naming. I'll show you pictures, tell me what each one is.
P: Comb. Pencil. The... for the hand... glove. Scissors. Um, the... no.
T: That was a harmonica. Let's keep going.
P: Bed. Clock. Not... the horse... zebra? No. Camel.
T: Good self-correction. You named eight of twelve pictures.
P: Nine. I said glove. You put... the glove, you didn't count.
T: Let me look at my sheet. You're right, I missed glove. Nine of twelve, seventy-five percent. Thank you.
P: I count. I was bookkeeper.
C: Thirty years at the bank.
T: Did you do the books at home too?
P: Yes. All the bills. Now... my daughter.
C: I pay them now. I'm terrible at it.
P: Terrible.
T: That shows. Now follow some directions: touch your nose, then point to the window.
P: Nose. Window.
T: Three-step commands: all correct, five of five. Repetition of sentences: four of five.
P: Hard one, the long one.
T: Yes, the last one. Reading short sentences aloud: good, a few word substitutions. Writing her name and address: correct.
P: My hand is okay.
T: Speech is fluent with word-finding pauses and some substitutions. Speech is clear otherwise, intelligible at the conversation level.
C: Will she get back to normal?
T: There's real potential here. She's early, five weeks, and her comprehension is strong. Diagnosis: mild anomic aphasia.
P: Anomic. Okay.
T: Goals: name common objects with ninety percent accuracy, and order at a restaurant with no more than one cue.
C: She loves her Sunday brunch.
P: The words come back?
T: Many of them come back with practice, and we'll work on strategies for the ones that are slow.
P: Strategies. Okay.
C: She was always the talker in the family.
T: Plan: twice a week for eight weeks, speech-language treatment. Home practice: naming cards, ten minutes a day.
P: Ten minutes. I can do that.
C: I'll do them with her in the evening, before I go see Dad.
""",
    [
        "stroke five weeks ago|stroke 5 weeks ago",
        "word-finding",
        "nine of twelve, seventy-five percent|naming 9/12 (75%)",
        "good self-correction|self-correction",
        "three-step commands: all correct, five of five|3-step commands 5/5",
        "repetition of sentences: four of five|repetition 4/5",
        "a few word substitutions",
        "fluent with word-finding pauses",
        "mild anomic aphasia",
        "name common objects with ninety percent accuracy|90% accuracy",
        "order at a restaurant with no more than one cue|no more than 1 cue",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "naming cards, ten minutes a day|naming cards 10 minutes a day",
    ],
    ["trouble swallowing", "trouble understanding"],
    ["vending machine crackers", "his heart", "eight of twelve pictures"],
)

S(
    "am_slp02_pacing_board",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 8},
    ["92507"],
    "92507x1:GN,KX 97129x1:GN,KX 97130x1:GN,KX",
    """
T: Hi Mr. Whitfield. Ready for some work on the words and the memory today?
P: Ready as I'll ever be. My wife said she'd call to check on me, sorry in advance.
T: That's fine. First, the business part: your PT for the hip and the speech therapy together put you past the yearly threshold. You're still making progress, so it's medically necessary, and I'll add the KX modifier.
P: That's the thing that keeps Medicare paying.
T: Exactly. Let's start with speech. Reading the grocery list aloud, slowing down and over-articulating.
P: Ba-na-nas. Bread. Peanut butter.
T: Good. Your speech was intelligible in eighteen of twenty phrases, ninety percent, with the pacing board.
P: The board helps, it's silly but it helps.
T: Did you see the cardiologist last week?
P: I did. He says the heart's stable and the new pill is working.
T: Good. That helps your energy for this work too.
P: I do feel less foggy.
T: Now conversation: tell me about your weekend.
P: We went to my grandson's recital. He plays the cello, badly.
T: Ha. I understood all of that. Any choking on food at home?
P: No, no choking.
T: Any trouble with drinks?
P: Not drinks either.
T: Good. Now the thinking part. I'm starting the timer for the memory and planning work.
P: Oh, there she is. Hi honey. Yes, I'm fine. I'm at speech. I'll call you back.
C: Tell her about the pills!
T: I'll pause the timer while you're on. Okay, back on.
P: She wants me to tell you I missed my evening pills twice this week.
T: That's useful. Let's use the pill organizer. Set up a week of pills from this list.
P: Morning, noon, night. This one twice a day.
T: Which one is the twice a day?
P: The heart pill. The little white one.
T: Good. That's the one on the evening side too.
P: Right, night.
T: You set up six of seven days correctly; Thursday night was missed. With a written checklist you fixed it on your own.
P: The checklist. I should tape it on the fridge.
T: Next, recall. I'll tell you three appointments and you'll tell them back in ten minutes.
P: Dentist Tuesday at two, eye doctor Friday, haircut Saturday.
T: Later: you recalled two of three without cues, the third with one cue.
P: The haircut. I always forget the haircut.
T: The cognitive work was twenty-three minutes, not counting your wife's call.
P: Twenty-three. She'll be glad.
T: So today is speech treatment, and cognitive treatment for the first fifteen minutes plus one more unit for the rest.
P: That's a lot of words for a bill.
T: It is. Home: the checklist on the fridge, and read aloud ten minutes a day with the board.
P: Ten minutes with the board. Got it.
P: Can I use my phone for the reminders instead of the checklist?
T: Yes, both is best. An alarm on the phone and the checklist on the fridge.
P: My granddaughter can set the alarms.
T: Perfect.
T: See you Monday. Tell your wife the call was no trouble.
P: Will do. She worries.
""",
    [
        "past the yearly threshold",
        "medically necessary",
        "eighteen of twenty phrases, ninety percent|18/20 (90%)",
        "pacing board",
        "pill organizer",
        "six of seven days correctly|6/7 days correct",
        "written checklist",
        "two of three without cues|2/3 without cues",
        "third with one cue|1 cue",
        "missed my evening pills twice|missed evening pills 2 times",
        "read aloud ten minutes a day|read aloud 10 minutes a day",
    ],
    ["choking", "trouble with drinks"],
    ["plays the cello", "haircut Saturday"],
    kx=True,
    cog=23,
)

S(
    "am_slp03_rockets_and_r",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi mateo hi dad come on in
c: hey sorry we are late the parking garage was full
t: no worries mateo do you want to do rockets or dinosaurs today
p: rockets
t: did you see any rockets this week
p: i saw a rocket on tv it went whoosh
t: whoosh lets make our tiger sound as loud as a rocket
p: rrrrr
t: rockets it is we are practicing the r sound remember the growly tiger sound
p: rrrr
t: great tongue back and up now words rocket
p: wocket
t: tongue back like the tiger rocket
p: rrrocket
t: yes that one was right lets do ten words at the start of the word
p: rabbit red run rain
c: he has been practicing in the car
c: is the mirror at home okay a small one
t: a small one is fine so he sees his tongue
c: we have one in the bathroom
t: perfect
t: thats why he sounds so good seven of ten correct with a model
p: i got seven
t: you got seven now phrases red rocket run to the moon
p: wed rocket no red rocket
t: you fixed it yourself nice five of ten phrases correct with a visual cue the mirror
c: i used to stutter when i was his age my mom was always on me about it
t: lots of kids go through phases mateo is not stuttering the r is just a late sound
c: good to know
t: does mateo have any trouble with other kids understanding him at school
c: no not really his teacher understands him
t: good any ear infections lately
c: none this winter
t: okay last game throw the beanbag and say a word with r
p: rainbow rrroad wabbit rabbit
t: self corrected again awesome eight of ten with minimal cues on that last round
p: can i get a sticker
t: pick a sticker the shiny rocket
c: what should we do at home
t: five minutes a day with the r word cards and the mirror and praise when he fixes it himself
c: five minutes we can do that before bed
c: should we correct him every time he says it wrong
t: not every time pick a few words a day and praise him when he gets them
c: praise okay
t: keep it fun
t: great i will pass this to ms harper the s l p she signs it
c: thanks see you next week
p: bye bye rocket lady
""",
    [
        "r sound|growly tiger sound",
        "tongue back and up",
        "seven of ten correct with a model|7/10 with a model",
        "five of ten phrases correct|5/10 phrases",
        "visual cue the mirror|mirror",
        "self corrected|you fixed it yourself",
        "eight of ten with minimal cues|8/10 with minimal cues",
        "five minutes a day with the r word cards|5 minutes a day",
        "beanbag",
    ],
    ["stuttering", "ear infections"],
    ["parking garage was full", "i used to stutter when i was his age"],
)

S(
    "am_slp04_turkey_sandwich",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Mr. Castellano. I see you brought lunch, perfect. That's our swallowing practice today.
P: My wife packed it. Turkey sandwich and the soup. She's diabetic so she packs everything like a dietitian.
T: We'll see what works. You're on soft and bite-sized solids, IDDSI level six, and mildly thick liquids, level two, right?
P: That's what the hospital said.
T: Who's driving you these days?
P: My wife. She won't let me drive until my doctor says so.
T: That's a doctor's call, you're right to wait.
P: She enjoys being the chauffeur.
T: Any coughing with meals at home?
P: Not with the soup. Sometimes with coffee.
T: Coughing with coffee. Is the coffee thickened?
P: Not always. I cheat in the morning.
T: Thanks for being honest. Any fevers or chest congestion this week?
P: No fevers. No congestion.
T: Good. Let's start. Chin tuck with every sip of the thickened soup.
P: Like this?
T: Yes. Clear swallow, no cough, voice is clear after. Five sips, all clear with the chin tuck.
P: The sandwich now?
T: Cut in small pieces, bite-size. Take a bite, chew fully, then a second dry swallow.
P: Double swallow. Okay.
P: Do I have to do that forever?
T: For now, yes. We'll see as the muscles get stronger.
P: Forever is a long time.
T: Let's hope it's shorter.
T: Good. Let me listen. No coughing. There's a little bit left in the cheek on the right side.
P: That's the weak side from the stroke.
T: Yes. Sweep it with your tongue, or check with a finger. Nice.
P: My brother had a stroke too, he has a feeding tube now. I don't want that.
T: You're doing well. Let's try a thin water sip, just one, with the chin tuck.
P: Here goes.
T: That one caused a cough, a delayed cough. We'll keep thin liquids off for now.
P: Even with the tuck?
T: Even with the tuck. Mildly thick stays. Now the effortful swallow exercise, ten reps, and the Masako, ten.
P: The tongue-bite one is weird.
T: Weird but it works. All ten.
P: Done.
T: Today: eleven of twelve swallows were clear with the strategies. Pocketing on the right, cleared with a tongue sweep.
P: What about my coffee?
T: Thickened coffee, every time. I'll write it for your wife.
P: She'll like that, she loves a rule.
P: Can I have a beer at my grandson's birthday?
T: Ask your doctor about the alcohol; for the swallow, it would need to be thickened like the coffee.
P: Thickened beer. That's a crime.
T: I know. One battle at a time.
T: Home: the effortful swallow and Masako, ten each, three times a day. Sit upright for thirty minutes after meals.
P: Thirty minutes. I usually nap.
T: Nap after the thirty minutes. See you Thursday.
""",
    [
        "IDDSI level six|IDDSI 6|soft and bite-sized",
        "mildly thick liquids, level two|IDDSI 2 mildly thick",
        "coughing with coffee",
        "coffee thickened|not always",
        "chin tuck",
        "five sips, all clear|5 sips clear",
        "second dry swallow|double swallow",
        "left in the cheek on the right side|pocketing on the right",
        "delayed cough",
        "effortful swallow exercise, ten reps|effortful swallow x10",
        "Masako",
        "eleven of twelve swallows were clear|11/12 swallows clear",
        "upright for thirty minutes after meals|upright 30 minutes after meals",
    ],
    ["fevers", "congestion"],
    ["she's diabetic", "feeding tube", "I usually nap"],
)

S(
    "am_slp05_sunday_sermons",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: pastor greene good to see you how did sunday go
p: two services and a funeral on saturday and my voice held up
t: how many people at the funeral
p: the whole church full i spoke for twenty minutes without the mic breaking up
t: without the microphone too
p: no mic the sound system was down
t: thats a real test any hoarseness by the end of the day
p: a little rough by evening but not like before
t: any pain when you talk
p: no pain not anymore
t: any throat clearing or cough
p: no i quit clearing it like you said i sip water
t: today is your progress report so we will repeat the measures from the start
p: okay the straw thing too
t: the straw thing later first the voice handicap index fill this out
p: done
t: v h i is twenty two at the start it was fifty six
p: cut in half more than half
t: more than half now sustain ah as long as you can
p: ahhhhhhh
t: eighteen seconds at the start it was nine
p: my wife says i sound like myself again she has the same thing from teaching kindergarten
t: lots of teachers do now read the passage in your preaching voice
p: brothers and sisters let us begin
t: keep going one more sentence
p: we gather today in gratitude
t: lovely no strain at all
p: that felt easy
t: good resonance forward in the mask no strain that i hear pitch is steady
p: i feel it in my lips now not my throat
t: exactly thats the resonant voice now the straw phonation sirens up and down five times
p: whoooo
t: goal one use resonant voice in conversation ninety percent of the time met i heard it in twenty of twenty two sentences
p: twenty of twenty two
t: goal two preach a full service without hoarseness partly met you said rough by evening
p: fair
t: new goal two services on a sunday with no hoarseness by evening
p: amen to that
t: plan continue once a week for four weeks then we look at discharge
p: once a week okay my schedule is crazy with the holidays
p: should i use the microphone every sunday
t: yes use it every sunday it saves your voice
p: the sound man will be happy
t: and take the water to the pulpit
t: keep the straw sirens five minutes twice a day and sip water between hymns
p: between hymns yes
t: see you next tuesday pastor
p: god bless you
""",
    [
        "two services and a funeral|2 services and a funeral",
        "a little rough by evening|rough by evening",
        "sip water",
        "v h i is twenty two|VHI 22",
        "at the start it was fifty six|initial VHI 56",
        "eighteen seconds|maximum phonation time 18 seconds",
        "at the start it was nine|initial 9 seconds",
        "resonance forward in the mask|no strain",
        "straw phonation sirens|straw phonation",
        "twenty of twenty two sentences|20/22 sentences",
        "resonant voice in conversation ninety percent of the time met|goal 1 met",
        "partly met",
        "once a week for four weeks|1x/week for 4 weeks",
        "five minutes twice a day|5 minutes twice a day",
    ],
    ["pain when you talk", "throat clearing"],
    ["teaching kindergarten", "crazy with the holidays"],
)

S(
    "am_slp06_second_look_swallow",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hi Mrs. Pruitt, hi Carl. Today's a re-evaluation of the swallow, since the radiation ended three weeks ago.
C: Thirty-three treatments. She rang the bell on the last day.
P: I rang it hard.
T: Congratulations. How is eating now compared to before?
P: My mouth is so dry. Everything sticks. I eat with a glass of water next to me.
T: Dry mouth, foods sticking. Any pain when you swallow?
P: It's better. A three, it was a seven during the radiation.
T: Are you using anything for the dry mouth now?
P: The spray from the drugstore, and I sip all day.
T: The spray is fine. Keep sipping.
C: She carries a bottle everywhere.
T: Any coughing or choking when you eat?
P: No, no coughing. Just the sticking.
T: Any weight loss?
P: Eight pounds since October, but it's stopped now.
C: The oncologist weighs her every week. My own weight's going the other way, too much casserole from the neighbors.
T: Ha. Let me look in your mouth. Mucosa is dry, tongue movement is full, no sores.
P: The sores healed last week.
T: Good. Jaw opening: thirty-two millimeters. Before the radiation it was forty.
P: It's tight when I yawn.
T: Let's do some trials. Water, thin, from a cup: three sips.
P: Okay.
T: No cough, voice clear. Now the applesauce, puree.
P: Easy.
C: She ate applesauce for two weeks straight in October.
P: I never want to see applesauce again.
T: Noted. We'll move on soon.
T: Now the cracker, a regular solid.
P: This is the hard one.
T: Prolonged chewing, about forty seconds, and you needed two sips of water to clear it. No cough.
P: Always the water.
T: The EAT-10 you filled out today is fourteen. Six weeks ago it was twenty-six.
C: That's good, right?
T: That's improvement. My impression: mild oropharyngeal dysphagia from radiation, improving; the main problems are dry mouth and reduced jaw opening.
P: So what do I eat?
T: Regular diet with moist foods, gravies and sauces, and alternate bites with sips. Thin liquids are fine.
P: Regular. Thank God.
T: New goals: jaw opening to thirty-eight millimeters, and eat a dry cracker with one sip of water.
C: What about the jaw?
T: The jaw stretching, the stacked tongue depressors, five times a day, thirty seconds each. Plan: once a week for six weeks.
P: Five times a day.
P: Can I go back to my coffee in the morning?
T: Coffee is fine. It can dry the mouth more, so have water with it.
P: Coffee with water on the side. Okay.
C: She'd riot without coffee.
T: And tell the oncologist about the dry mouth, they may have a rinse for it.
""",
    [
        "radiation ended three weeks ago|radiation ended 3 weeks ago",
        "dry mouth|everything sticks",
        "a three, it was a seven|pain 3/10, was 7/10",
        "eight pounds since October|8 lb weight loss",
        "jaw opening: thirty-two millimeters|jaw opening 32 mm",
        "it was forty|40 mm before radiation",
        "prolonged chewing, about forty seconds|40 seconds chewing",
        "two sips of water to clear it|2 sips to clear",
        "EAT-10 you filled out today is fourteen|EAT-10 14",
        "six weeks ago it was twenty-six|EAT-10 26 previously",
        "mild oropharyngeal dysphagia",
        "regular diet with moist foods",
        "thirty-eight millimeters|38 mm",
        "once a week for six weeks|1x/week for 6 weeks",
    ],
    ["coughing or choking", "sores"],
    ["too much casserole", "rang the bell"],
)

S(
    "am_slp07_checkbook_last",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {"97129": 15, "97130": 16},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Mr. Abernathy, our last session. How are you feeling about it?
P: Nervous. You've been my memory for two months.
T: You've been your own memory, with the planner. Let's see today. Did you bring the planner?
P: Right here. My daughter got me the big one.
T: Did you use it every day this week?
P: Every morning with my coffee, like you said.
T: That's the habit we wanted.
P: My daughter checks it on Sundays.
T: Tell me what's on it for this week.
P: Tuesday cardiology, Thursday the barber, Saturday my grandson's game.
T: All correct without looking. Let's start the clock on the thinking work. First the checkbook.
P: I used to do taxes for a living.
T: Here's the bank statement and the register. Balance it.
P: This one's off by twelve dollars... the pharmacy charge, I didn't write it down.
T: You found the error on your own in under five minutes.
P: That would've taken me an hour in the spring.
T: Did you do your own taxes this year?
P: My daughter did. Next year, me again.
T: Let's make that a stretch goal.
P: A stretch goal. I like that.
T: Next, the medication question: it's six p.m., which pills do you take?
P: The evening ones, the blue and the white, with food.
T: Correct. And the story recall from earlier, what did I tell you?
P: The woman who lost her dog at the park, found it at the fire station.
T: Seven of eight details, no cues.
P: What did I miss?
T: The dog's name. Nobody remembers the dog's name.
P: My wife remembers every dog's name. She has three of them.
T: Any confusion at home, getting lost driving?
P: No, not getting lost. I stick to the routes I know.
T: Any missed appointments this month?
P: None missed.
T: The cognitive work today was thirty-one minutes.
P: Thirty-one. Felt short.
T: That's because you're fast now. Let's go through the goals. Manage medications independently: met. Balance the checkbook with no more than one error: met. Recall appointments with the planner: met.
P: All met?
T: All met. Your MoCA today is twenty-six; at the start it was twenty-one.
P: Twenty-six. That's close to normal, right?
T: Close to normal. You're discharged with your strategies: the planner every morning and the pill box on Sunday nights.
P: Planner and pill box. My daughter will check in.
P: What if I forget the planner somewhere?
T: Keep it in the same place every night, by the keys.
P: By the keys. I always find my keys.
T: Exactly.
T: Call if anything changes, especially if it gets worse suddenly.
P: Thank you. I'll bring you cookies.
""",
    [
        "planner",
        "found the error on your own in under five minutes|error found in under 5 minutes",
        "bank statement and the register|balance the checkbook",
        "evening ones, the blue and the white, with food",
        "seven of eight details, no cues|7/8 details",
        "manage medications independently: met",
        "no more than one error: met|checkbook with 1 error met",
        "recall appointments with the planner: met",
        "MoCA today is twenty-six|MoCA 26",
        "at the start it was twenty-one|initial MoCA 21",
        "pill box on Sunday nights",
    ],
    ["getting lost", "missed appointments"],
    ["three of them", "cookies"],
    cog=31,
)

# --------------------------------------------------------------------------------------------- PT, test

S(
    "am_pt09_monofilament",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 8},
    ["97163"],
    "97163x1:GP 97110x1:GP",
    """
T: Mr. Sorensen, I'm Luis, your physical therapist. Is that your daughter on the phone?
C: Hi, it's Karen, I'm in Denver. Dad asked me to listen in, is that alright?
T: That's fine if it's fine with him.
P: It's fine. She remembers things better than me.
T: Tell me what's been happening.
P: I've fallen three times since Thanksgiving. Once in the bathroom, twice in the yard.
C: Four, Dad. You forgot the one in the garage.
P: Oh, the garage. Four then.
C: Dad, tell him about the rug.
P: Oh, the rug in the hall. I catch my toe on it.
T: Is the rug still there?
C: I told him to take it up. He won't.
T: Four falls since Thanksgiving. Did you hit your head in any of them?
P: No, I didn't hit my head.
T: Any chest pain or blacking out before you fell?
P: No, never blacked out. I just lose my balance.
T: You have diabetes with neuropathy in the feet, heart failure, and you're on a water pill, is that right?
P: All three. And the sugar's been high.
C: I just had my knee replaced, so I couldn't fly out, that's why I'm on the phone.
T: I hope your recovery goes well. Let's test. Sensation: absent to the monofilament at both great toes.
P: I can't feel my toes much.
T: Do you check your feet every day?
P: My wife used to. Since she passed, not really.
T: I'm sorry. Let's have you use a mirror on the floor, every night.
C: I'll call him at night and remind him.
T: Berg Balance Scale: thirty-eight out of fifty-six. That's a high fall risk.
P: Thirty-eight.
T: Timed up and go with your cane: eighteen point five seconds.
C: Is that bad?
T: It's slow, above the fall-risk cutoff. Hip strength is four minus on both sides, ankles three plus.
P: My ankles have always been weak.
T: Let's do a few exercises now. Sit to stand, ten reps. Heel raises at the counter, ten. Standing marching, ten each side.
P: The heel raises are hard.
T: Hold the counter. That exercise was eight minutes.
T: Given the falls, the neuropathy, the heart failure and the medications, this is a high complexity evaluation.
P: High complexity. Sounds expensive.
C: Dad.
T: Goals: Berg above forty-five, and no falls over the next eight weeks.
P: No falls. That's the one.
T: Plan: twice a week for eight weeks, balance and strength, and a home safety check. Get a night light for the bathroom and a grab bar.
C: I'll order the grab bar tonight.
P: Can I still mow the lawn?
T: Not until we've worked on your balance. Let a neighbor do it for now.
C: I'll call the neighbor's kid.
P: He charges a fortune.
T: Home program: sit to stand and heel raises at the counter, once a day.
P: Once a day. And the night light.
C: Thanks, Luis. Dad, call me after.
""",
    [
        "four falls since Thanksgiving|4 falls since Thanksgiving",
        "diabetes with neuropathy",
        "heart failure",
        "water pill",
        "absent to the monofilament at both great toes|absent monofilament sensation",
        "thirty-eight out of fifty-six|Berg 38/56",
        "eighteen point five seconds|TUG 18.5 s",
        "four minus on both sides|hip 4-/5",
        "ankles three plus|ankles 3+/5",
        "sit to stand, ten reps|sit to stand x10",
        "Berg above forty-five|Berg above 45",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "night light|grab bar",
    ],
    ["hit my head", "blacked out"],
    ["fallen three times", "knee replaced"],
)

S(
    "am_pt10_pharmacist_back",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 10, "97530": 20, "97110": 8},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX 97110x1:GP,KX",
    """
T: Hi Ms. Adebayo. How's the back after the move?
P: I moved into my new apartment Saturday. My kids did the lifting, I supervised.
T: Smart. Pain today?
P: A four. It's tight across the low back on both sides.
T: Anything down the legs?
P: No, nothing down the legs.
T: Any numbness in the saddle area, or bladder changes?
P: No, none of that.
T: Good. Coverage note: with your shoulder PT in the spring, you're past this year's threshold. You're still improving, so it's medically necessary, and we add the KX modifier.
P: I trust you on that.
T: Did you keep up the walking through the move?
P: Up and down the stairs a hundred times. Does that count?
T: It counts as life. We'll make it count as exercise too.
P: I'll take it.
T: Let's start with manual. Lie face down. Soft tissue to the paraspinals, then central PA mobilizations, grade three.
P: Oh, that's the spot.
T: Okay, sit up. That was eight minutes of manual.
P: Eight? I had the timer on my phone for my parking. It said ten when you stopped.
T: Let me see. You started it as I started. Ten, you're right, ten minutes of manual.
P: I'm a pharmacist, I count everything.
T: I believe it. Now a separate block, functional work. Lifting the box from the floor with a hip hinge, to the counter.
P: Moving boxes, my week.
T: Did you use the hip hinge while moving?
P: Most of the time. My son-in-law threw out his back carrying the couch though.
T: I hope he's okay. Keep your own form.
P: He's on the couch he carried.
T: Then carrying the laundry basket up and down the step, and getting in and out of the car seat in the corner.
P: My mother is ninety and can still get out of a car better than me.
T: Give it time. Keep the box close. Good. The functional block was twenty minutes.
P: Twenty.
T: Then a few exercises on the mat: bridges, two sets of ten, and dead bugs, two sets of eight.
P: The dead bugs make me laugh.
T: Laughing is allowed. That was eight minutes of exercise.
P: Can you tell me what gets billed? My plan changed in January.
T: Manual therapy one unit, therapeutic activities one unit with a 59 modifier because it was its own block, and exercise one unit. KX on all three. Thirty-eight minutes, three units.
P: And the ten minutes counted, not the eight.
T: The ten. So ten manual, twenty functional, eight exercise.
P: Good.
P: Can I go back to yoga?
T: Gentle yoga, yes. Skip the deep forward folds for a couple of weeks.
P: No folding. Got it.
T: And tell the instructor about the back.
T: Pain now?
P: A two. Looser.
T: Home program: the hip hinge with a light box, two sets of ten, and bridges daily.
P: Two sets of ten.
""",
    [
        "a four|pain 4/10",
        "tight across the low back on both sides",
        "paraspinals",
        "central PA mobilizations, grade three|grade 3 central PA",
        "box from the floor with a hip hinge",
        "laundry basket up and down the step",
        "in and out of the car seat|car transfers",
        "bridges, two sets of ten|bridges 2x10",
        "dead bugs, two sets of eight|dead bugs 2x8",
        "a two. Looser|pain 2/10 after",
        "past this year's threshold",
        "medically necessary",
        "hip hinge with a light box",
    ],
    ["down the legs", "bladder changes"],
    ["that was eight minutes of manual", "my mother is ninety", "threw out his back"],
    kx=True,
    has59=True,
    fixed={"97140": 8},
)

S(
    "am_pt11_placard_question",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97116": 23},
    [],
    "97116x2:GP,CQ",
    """
t: hi missus delgado ready to walk
p: ready my son is picking me up at ten thirty
t: plenty of time any pain in the knee today
p: a two out of ten
t: any dizziness this morning
p: no dizziness i ate breakfast
t: did you bring your water bottle
p: in my bag my son filled it
t: good drink some now before we walk
p: okay a little
t: and no new falls at home
p: no falls knock on wood
t: lets go walker first out the door and down the long hallway
p: the walker wheels squeak
t: i will oil them later step into the walker not behind it
p: like this
t: better your steps are longer on the right now lets do the turn at the end
p: turning is where i get nervous
t: do you turn like this at home in the kitchen
p: yes between the stove and the sink
t: same small steps there
p: small steps
t: small steps around keep the walker close good now back and around the nurses station
p: my friend from church uses a cane now she says i am lazy
t: you are not lazy you are safe okay that was fifteen minutes of walking
c: hi mom sorry i am early the traffic was nothing
p: oh mijo you are early
c: can i ask about the paperwork for the handicap placard
t: sure the front desk has the form i will stop the clock while we talk
c: great thanks she also asked if she can drive yet
t: that is a question for her surgeon okay clock is back on
t: missus delgado lets finish with the stairs four steps with the rail and the walker stays at the bottom
p: up with the good leg
t: up with the good down with the bad rail on the right hand
p: that was easier than last week
c: she did stairs at my house on sunday
t: good to know and the curb outside the door step up and down twice
p: done
t: that was eight more minutes so fifteen in the hall and eight on stairs and curb twenty three minutes of gait training
p: is that good
t: very good you walked about three hundred feet with the walker and only one rest
c: the doctor said maybe a cane next month
t: we will see what your p t says when she rechecks
p: i will practice at home
p: is the cane soon
t: your p t will decide at the recheck you are getting close
p: close is good
t: close is good
t: walk in the house every two hours and do the step with the rail twice a day
p: okay thank you
c: thank you
""",
    [
        "a two out of ten|2/10",
        "walker",
        "step into the walker not behind it",
        "steps are longer on the right",
        "turning is where i get nervous|small steps around",
        "four steps with the rail|4 steps with rail",
        "rail on the right hand",
        "curb outside the door|curb",
        "about three hundred feet with the walker|300 feet with walker",
        "only one rest|1 rest",
        "walk in the house every two hours|walk every 2 hours",
    ],
    ["dizziness", "new falls"],
    ["traffic was nothing", "handicap placard", "i am lazy"],
    parts={"97116": [15, 8]},
)

S(
    "am_pt12_green_band_ankle",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 9, "97112": 8},
    [],
    "97110x1:GP,CQ 97112x1:GP,CQ",
    """
T: Hi Mr. Lindgren. I'm Jess, the PT assistant. Dr. Park set up your plan; I'm seeing you today.
P: The assistant. Does that mean it costs less?
T: Good question. Let's talk about it at the end when I know what we did. How's the ankle?
P: Better. Stiff in the morning. Maybe a two out of ten.
T: Any swelling at the end of the day?
P: A little puffy, not bad.
T: Mild swelling by evening. Any numbness on the top of the foot?
P: No numbness.
T: Any pain at night?
P: Not at night.
T: How's work? You're on your feet a lot, right?
P: Hardware store. Concrete floors all day.
T: Good shoes matter on concrete. What are you wearing?
P: Work boots, the old ones.
T: Good. Let's start on the bike, five minutes, then calf raises and band work.
P: Which band?
T: Green band, ankle in all four directions, two sets of fifteen. Then calf raises off the step, two sets of twelve.
P: The band slips off my shoe.
T: Loop it around the arch instead. Better?
P: Yes.
T: That exercise was nine minutes.
P: My wife says I should just get a new ankle. She's had both hips done, she thinks surgery fixes everything.
T: Your ankle is healing well without that. Now balance. Single leg on the foam pad, thirty seconds, eyes open.
P: Wobbly.
T: Fifteen seconds before touching down. Then on the rocker board, forward and back.
P: Okay, that's harder than it looks.
T: And the star reach with the foot, five each direction.
P: My ankle is talking to me.
T: Talking how? Sharp or achy?
P: Achy, on the outside. It's fine.
T: Achy is okay. If it turns sharp, tell me right away.
P: Okay.
T: That balance part was eight minutes.
P: So, the billing. What did you bill?
T: Two codes, exercise and neuromuscular re-education, one unit each. Because an assistant did it, both lines carry a CQ modifier. Many plans pay those at a lower rate.
P: Lower for me too?
T: Your copay may be a bit lower. The billing office can tell you exactly. Dr. Park reviews and co-signs my note.
P: Fair enough. I like you anyway.
P: Can I start jogging again?
T: Not yet. Dr. Park will look at that at your progress check.
P: Next week, then.
T: Next week.
T: Home program: the green band, two sets of fifteen, and single leg stand at the counter, three times a day.
P: Three times a day.
T: See you Thursday. Dr. Park does your progress check next week.
P: Thanks, Jess.
""",
    [
        "a two out of ten|2/10",
        "stiff in the morning",
        "mild swelling by evening|a little puffy",
        "bike, five minutes|bike 5 minutes",
        "green band, ankle in all four directions|green band 4 directions",
        "two sets of fifteen|2x15",
        "calf raises off the step, two sets of twelve|calf raises 2x12",
        "single leg on the foam pad|foam pad",
        "fifteen seconds before touching down|15 seconds",
        "rocker board",
        "star reach",
        "single leg stand at the counter, three times a day|single leg stand 3x/day",
    ],
    ["numbness", "pain at night"],
    ["both hips done", "get a new ankle"],
)

S(
    "am_pt13_cane_from_church",
    "PT",
    "progress",
    "PT",
    "per-code",
    "test",
    {"97110": 15, "97116": 7},
    [],
    "97110x1:GP",
    """
t: good afternoon mister ferreira is that a new cane
p: yes from the church closet the lady said it was her husbands he passed in june
t: sorry to hear that lets check the height stand up straight arms down
p: okay
t: it is too tall the handle should be at your wrist crease let me lower it two notches
p: oh that is better my shoulder is not up in my ear
t: is it your first cane
p: no my first one was from the hospital it was ugly this one is wood
t: it is a nice cane
p: it has a brass handle
t: today is your progress report so we repeat the tests pain first zero to ten
p: in the hip a three
t: three any new numbness in the leg
p: no numbness
t: any falls since the last report
p: no falls not one
t: great six minute walk test with the cane go at your own pace
p: here we go
t: one lap two laps you are doing great
p: my wife walks faster than me she does water aerobics
t: she could bring you to the pool sometime
p: she has a bad shoulder she cannot do the arm parts
t: then you can both do the legs
p: ha maybe
t: two hundred ninety meters at the start it was two hundred ten
p: eighty more
t: eighty more meters thats a big change now the timed up and go
p: go
t: twelve point four seconds it was sixteen point one at the start
p: that is four seconds faster
t: almost four good now exercises sit to stand ten reps step ups on the four inch step two sets of ten and side lying hip abduction two sets of twelve
p: the side lying burns
t: that means it works that exercise block was fifteen minutes
p: fifteen okay
t: then a short walk with the new cane height around the gym to check it
p: it feels right now
t: that walking was seven minutes goal one walk to the mailbox and back met goal two walk the grocery store with a cart partly met
p: i still get tired in the back of the store
t: new goal walk twenty minutes in the park with the cane
p: the park with my wife
p: do i need the cane in the house
t: in the house you can go without if you hold the furniture less each week
p: less each week
t: and keep the cane for outside
t: plan twice a week for four more weeks
p: twice a week
t: keep the step ups and the walking every day
p: every day yes thank you
""",
    [
        "handle should be at your wrist crease|cane lowered two notches|cane lowered 2 notches",
        "in the hip a three|hip pain 3/10",
        "six minute walk test|6MWT",
        "two hundred ninety meters|290 m",
        "at the start it was two hundred ten|initial 210 m",
        "twelve point four seconds|TUG 12.4 s",
        "sixteen point one at the start|initial TUG 16.1 s",
        "step ups on the four inch step two sets of ten|4-inch step ups 2x10",
        "side lying hip abduction two sets of twelve|hip abduction 2x12",
        "walk to the mailbox and back met|mailbox goal met",
        "grocery store with a cart partly met|partly met",
        "walk twenty minutes in the park|walk 20 minutes in the park",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["numbness", "falls"],
    ["he passed in june", "water aerobics", "bad shoulder"],
)

S(
    "am_pt14_jar_of_screws",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97112": 12},
    ["97164"],
    "97164x1:GP 97112x1:GP",
    """
T: Ms. Vance, welcome back. Since the hardware came out of the ankle two weeks ago, we need to re-evaluate.
P: Finally, no more screws. I kept them in a jar.
T: A souvenir. How's the pain?
P: Around the incision it's a three. Walking it's a four.
T: Any redness or drainage from the incision?
P: No, none. The surgeon checked it Friday.
T: Did the surgeon give you any restrictions?
P: No restrictions, weight bearing as I can. Just keep the incision clean.
T: Good. Any stitches still in?
P: They came out Friday.
T: Any calf pain or swelling up the leg?
P: No calf pain.
T: Let's measure. Dorsiflexion... seventy degrees.
P: Seventy? That can't be right. I was a nurse for thirty years, I think you read the wrong scale on the goniometer.
T: Let me look again. You're right, I read the outer scale. Dorsiflexion is ten degrees. Plantarflexion is thirty-five.
P: Ten sounds right. It's still tight.
T: Ten degrees, up from five before surgery. Ankle strength is four out of five for plantarflexion.
P: My husband's the one with bad ankles, he won't see anybody.
T: Maybe one day. Single leg stance on the left: eight seconds. On the right, thirty.
P: Eight. That's embarrassing.
T: It's two weeks after surgery. LEFS today is forty-four out of eighty.
P: And before surgery?
T: Fifty-one, so a small dip, expected after the hardware removal.
P: I figured.
T: Let's do some balance work now. Tandem walking along the line, then single leg stance on the left with a finger on the bar, then the foam.
P: The foam is wobbly.
T: Any pain on the foam?
P: Just the incision pulling a little.
T: That's normal the first weeks. Tell me if it's sharp.
P: Not sharp.
T: Keep your eyes on the clock on the wall. Now weight shifts on the rocker board.
P: Okay.
T: That balance work was twelve minutes.
P: Twelve. Felt like five.
T: New goals: single leg stance on the left for twenty seconds, and return to hiking two miles on trails.
P: Two miles. The trails behind the lake.
T: Plan: twice a week for six weeks, and I'll send the updated plan to your surgeon to sign.
P: Send it to Dr. Ortiz.
P: Can I wear my hiking boots yet?
T: Around the house first, to check the incision doesn't rub.
P: Around the house. Okay.
T: Then short walks.
T: Home: single leg stance at the counter, three times a day, and calf stretches.
P: Calf stretches. Got it.
T: And keep the screws in the jar.
P: Forever.
""",
    [
        "hardware came out of the ankle two weeks ago|hardware removal 2 weeks ago",
        "a three|incision pain 3/10",
        "walking it's a four|walking pain 4/10",
        "dorsiflexion is ten degrees|dorsiflexion 10 degrees",
        "plantarflexion is thirty-five|plantarflexion 35 degrees",
        "up from five before surgery|5 degrees before surgery",
        "four out of five for plantarflexion|plantarflexion 4/5",
        "single leg stance on the left: eight seconds|SLS left 8 s",
        "on the right, thirty|SLS right 30 s",
        "LEFS today is forty-four out of eighty|LEFS 44/80",
        "fifty-one|LEFS 51 before surgery",
        "tandem walking|rocker board",
        "single leg stance on the left for twenty seconds|SLS 20 s goal",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["redness or drainage", "calf pain"],
    ["seventy degrees", "kept them in a jar"],
)

S(
    "am_pt15_blind_spot_neck",
    "PT",
    "discharge",
    "PT",
    "cms",
    "test",
    {"97110": 20, "97140": 6},
    [],
    "97110x1:GP 97140x1:GP",
    """
t: okay missus kaplan this is it your last visit how is the neck
p: honestly good i can check my blind spot again
t: pain today
p: zero maybe a one after a long day on the computer
t: any headaches this week
p: no headaches
t: do you still use the pillow i showed you
p: the rolled towel every night it works
t: good keep it
p: my husband wants one too
t: any tingling in the hands
p: no tingling not since october
t: rotation to the left is seventy degrees right is seventy five
p: at the start i could barely turn
t: you were at forty five lets do the last round of exercises chin tucks rows with the blue band and the wall angels
p: my daughter does these for her posture she is a dental hygienist
t: smart daughter rows three sets of fifteen
p: the blue band is good
t: any clicking when you do the rows
p: no clicking
t: good squeeze the shoulder blades at the end
p: like this
t: thats twenty minutes of exercise then a little hands on work upper trap release
p: that is nice
t: six minutes and done
p: thank you for all of it
p: should i still take breaks at the computer
t: yes every half hour stand up and do the chin tucks
p: every half hour
t: your neck will thank you
t: keep the home program three times a week bye now
p: bye
t: okay dictating kaplan discharge neck
t: subjective pain zero to one out of ten after computer work no headaches no tingling
t: objective cervical rotation left seventy right seventy five initial forty five
t: wait check that initial was forty five on the left forty on the right yes forty on the right
t: neck disability index i forgot to do it hold that
t: okay she did it in the waiting room n d i is eight percent initial was thirty six percent
t: interventions therapeutic exercise twenty minutes manual therapy six minutes
t: assessment goals met check blind spot while driving met work full day at computer met
t: plan discharge to home program three times a week
t: oh and add she returned to swimming laps twice a week she told me that at the door
t: end of note
""",
    [
        "check my blind spot|check blind spot while driving met",
        "zero to one out of ten|pain 0-1/10",
        "rotation to the left is seventy degrees|rotation left 70 degrees",
        "right is seventy five|rotation right 75 degrees",
        "forty five on the left forty on the right|initial 45 left 40 right",
        "chin tucks",
        "rows three sets of fifteen|rows 3x15",
        "wall angels",
        "upper trap release",
        "n d i is eight percent|NDI 8%",
        "initial was thirty six percent|initial NDI 36%",
        "work full day at computer met",
        "swimming laps twice a week|swimming 2x/week",
    ],
    ["headaches", "tingling"],
    ["dental hygienist", "i forgot to do it"],
)

S(
    "am_pt16_biceps_tendon",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97035": 8, "97110": 22},
    ["97010"],
    "97035x1:GP 97110x1:GP",
    """
T: Hi Mr. Olsen. Hot pack first like usual?
P: Please. The shoulder's cranky in the cold.
T: Still doing the woodshop at the senior center?
P: Tuesdays. I've been letting my buddy do the overhead shelf.
T: Good call for now.
P: He's slower than me, but fine.
T: Hot pack on the right shoulder, ten minutes, while I set up.
P: Can I ask, is the heat charged? My neighbor said they bill you for the towels.
T: The hot pack is written in your note, but most plans don't pay for it separately, it's bundled. Your plan won't show a charge for it.
P: Good, because I can do heat at home.
T: You can. Any pain today, zero to ten?
P: A four, front of the shoulder.
T: Any numbness down the arm?
P: No numbness.
T: Any clicking or catching?
P: Not really, no.
T: Okay, hot pack off. Now ultrasound over the biceps tendon: one megahertz, one point zero watts per centimeter squared, continuous.
P: The gel's cold.
T: Sorry. Keep your arm relaxed on the pillow.
P: How long does the ultrasound take?
T: A few minutes. You shouldn't feel heat, just the gel.
P: I feel nothing.
T: That's how it should be.
P: My wife's had a frozen shoulder twice. She says I'm a baby.
T: Tendinitis is no picnic either. Ultrasound was eight minutes.
P: Eight.
T: Now exercises: pulleys for flexion, then the band rows, external rotation with the yellow band, two sets of fifteen.
P: Yellow's the easiest?
T: Yes, we'll go up next week. Then wall walks and scapular squeezes, and the doorway stretch, thirty seconds, three times.
P: The stretch pulls in the front.
T: That's the tight spot. Now the side lying external rotation with a one-pound weight, two sets of ten.
P: One pound feels like ten.
T: Rest thirty seconds between sets. Good form.
P: My grandson's coming for Christmas, I want to be able to lift him.
T: That's a good goal. How old is he?
P: Three. Thirty-two pounds.
T: Lifting thirty-two pounds to chest height, we'll work toward that. Exercises were twenty-two minutes.
P: Twenty-two.
T: Flexion today is one hundred forty degrees; last week one thirty.
P: Getting there.
P: Should I keep the sling at night?
T: No sling needed now. A pillow under the arm if it helps you sleep.
P: A pillow. Okay.
T: That's it.
T: Home program: yellow band, two sets of fifteen, and the doorway stretch twice a day.
P: Twice a day.
T: And heat at home before, if it helps.
P: See you Monday.
""",
    [
        "hot pack on the right shoulder, ten minutes|hot pack 10 minutes",
        "a four, front of the shoulder|pain 4/10 anterior shoulder",
        "ultrasound over the biceps tendon",
        "one megahertz|1 MHz",
        "one point zero watts per centimeter squared|1.0 W/cm2",
        "continuous",
        "external rotation with the yellow band, two sets of fifteen|yellow band ER 2x15",
        "doorway stretch, thirty seconds, three times|doorway stretch 30 s x3",
        "one-pound weight, two sets of ten|1 lb 2x10",
        "lifting thirty-two pounds to chest height|lift 32 lb",
        "flexion today is one hundred forty degrees|flexion 140 degrees",
        "last week one thirty|previous 130 degrees",
    ],
    ["numbness", "clicking or catching"],
    ["frozen shoulder twice", "bill you for the towels"],
)

# --------------------------------------------------------------------------------------------- OT, test

S(
    "am_ot08_pastry_chef_wrist",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 8},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hi Ms. Laurent, I'm Devon, occupational therapy. Your surgeon sent you after the wrist fracture.
P: Yes. I'm a pastry chef, and I fell on the ice outside the bakery. Six weeks ago.
T: Right wrist, distal radius, plate and screws?
P: Plate and screws. The cast came off Monday.
T: Are you right-handed?
P: Right-handed. Of course.
T: Who's running the bakery while you're out?
P: My business partner and two of my staff. They send me photos of every cake.
T: So you're supervising by phone.
P: Supervising is a strong word. Worrying.
T: Pain now, zero to ten?
P: A four at rest. Kneading dough would be a nine, I'm sure.
T: Any numbness or tingling in the thumb or fingers?
P: No, no tingling.
T: Any swelling in the fingers?
P: Some puffiness, yes. The knuckles.
T: Mild edema over the dorsum of the hand. Let me measure. Wrist extension thirty degrees, flexion twenty-five. Supination sixty, pronation seventy.
P: Supination is turning up? That's the piping bag.
T: Exactly. Grip on the right is twelve pounds, left is fifty-eight.
P: Twelve. I can't hold a whisk.
T: Your QuickDASH is sixty-one, that's a lot of limitation. You also have diabetes, which can slow healing, and your job is very hand-heavy. I'm calling this a moderate complexity evaluation.
P: My business partner's husband had the same fracture and he was back in two months. He's a banker though.
T: Different hands, different jobs. What's hardest at home?
P: Opening jars, my hair, and cutting meat.
T: Who's cutting your meat now?
P: My daughter, and she's a vegetarian, so she complains the whole time.
T: The rocker knife might save her the trouble.
P: Please.
T: Let's work on a couple now. Here's a rocker knife, try it on the putty.
P: Oh, I can cut with that.
T: And the jar opener, the rubber grip. And a wide-handled brush for your hair.
P: I can brush the back now with the wide handle.
T: That self-care training was eight minutes.
P: Eight minutes of discovering gadgets.
T: Goals: grip twenty-five pounds in four weeks, pipe a row of rosettes with the right hand, and return to full-time baking in twelve weeks.
P: Twelve weeks. The holidays will be hard.
T: Plan: twice a week for eight weeks. Home program: tendon glides, wrist active range of motion, and the edema massage, three times a day.
P: Three times a day. My staff will cover the mornings.
P: Can I decorate with my left hand meanwhile?
T: Light decorating with the left is fine. No heavy trays with the right.
P: My left hand is terrible at piping.
T: It'll be good practice for patience.
T: Any questions?
P: When can I knead?
T: Not yet. We'll start with light putty in two weeks.
""",
    [
        "distal radius|plate and screws",
        "right-handed",
        "a four at rest|pain 4/10 at rest",
        "mild edema over the dorsum of the hand|puffiness",
        "wrist extension thirty degrees|wrist extension 30 degrees",
        "flexion twenty-five|flexion 25 degrees",
        "supination sixty, pronation seventy|supination 60, pronation 70",
        "grip on the right is twelve pounds|grip R 12 lb",
        "left is fifty-eight|grip L 58 lb",
        "QuickDASH is sixty-one|QuickDASH 61",
        "rocker knife",
        "wide-handled brush",
        "grip twenty-five pounds in four weeks|grip 25 lb in 4 weeks",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["numbness or tingling"],
    ["business partner's husband", "kneading dough would be a nine"],
)

S(
    "am_ot09_grilled_cheese",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 18, "97535": 12},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi missus novotny can you see me
p: i see you you are a little blurry
t: there is a lag so i will wait after each question okay
p: okay say again
t: i said there is a lag i will wait after each question
p: got it
t: how is the hand pain today zero to ten
p: um
t: pain zero to ten
p: sorry it froze three three out of ten
t: three thank you any numbness in the fingers
p: no numbness
t: any swelling after yesterday
p: no swelling
t: before we start this o t visit is past the yearly threshold because of the elbow therapy you had earlier this year we document it is still medically necessary and add the k x modifier
p: you told me last time i remember
t: good memory okay show me the kitchen point the camera at the counter
p: here is the counter
t: are you sitting or standing for the kitchen today
p: standing with the stool behind me like you said
t: perfect sit whenever you get tired
p: okay the stool is here
t: great lets make the grilled cheese the way we practiced slide the pan dont lift it
p: sliding the pan
t: butter the bread with the built up knife then flip with the wide spatula
p: wait the pan is hot already
t: good turn the heat down to medium
p: medium okay
t: no rush
p: my husband keeps eating my practice sandwiches
t: he is a good taste tester that kitchen task was eighteen minutes
p: eighteen
t: now a separate part getting dressed the button shirt with the button hook
p: the button hook is in the drawer wait
t: take your time
p: you froze again
t: i am back you can start with the bottom button
p: bottom button then up
t: then the socks with the sock aid and the zipper pull on the coat
p: my sister in ohio has the same arthritis she does not do any of this
t: you are doing great that dressing part was twelve minutes on its own
p: twelve okay
t: kitchen eighteen dressing twelve your o t ms ward will co sign
p: tell her the sandwich was good
p: can we do the oven next time
t: next time the oven with the long mitts
p: the long mitts are in the drawer
t: great have them ready
t: i will keep the pan sliding and the button hook every day
p: every day bye
t: bye missus novotny
""",
    [
        "three out of ten|3/10",
        "grilled cheese",
        "slide the pan dont lift it|slide the pan",
        "built up knife|built-up knife",
        "wide spatula",
        "button hook",
        "bottom button then up|start with the bottom button",
        "sock aid",
        "zipper pull",
        "yearly threshold",
        "medically necessary",
    ],
    ["numbness", "swelling"],
    ["practice sandwiches", "sister in ohio", "you froze again"],
    kx=True,
    has59=True,
)

S(
    "am_ot10_jacket_unfinished",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 11, "97535": 7},
    [],
    "97110x1:GO,CO",
    """
T: Hi Mr. Tanaka. How's the shoulder since Friday?
P: Better. I slept on my side last night for the first time.
T: That's a milestone. Any pain today?
P: A three, front of the shoulder.
T: Did you try the shower by yourself?
P: With the long sponge, yes. My wife waits outside the door.
T: Good. Any trouble with the sponge?
P: Just dropping it, and bending to get it.
T: Blood pressure check before we start, you're on the list for that. One thirty-eight over eighty-four.
P: That's normal for me.
T: Any headache today?
P: No headache.
T: Let's start with the exercises. Pulleys, then the cane for flexion, two sets of ten, then the band for rotation.
P: My son's getting married in May, I want to dance with my wife at the wedding.
T: We'll get you there. Keep the elbow at your side for the rotation.
P: Got it.
T: Good. Now wall walks, ten.
P: I can get to the tape mark.
T: That's higher than last week. Those exercises were eleven minutes.
P: Eleven.
T: Before we do the jacket, how are you sleeping?
P: Better on my side now, like I said. I still wake up once a night.
T: That's normal at this stage.
P: My wife snores, that's what wakes me.
T: Now dressing. Putting on your jacket, the operated arm first.
P: Okay, arm first... oh. Hold on. My vision's blurry. And my head is pounding all of a sudden.
T: Sit down right here. Any chest pain?
P: No. No chest pain. Just my head and my eyes.
T: Any weakness in your face or your other arm? Smile for me.
P: No, I can smile. It's the headache.
T: Let me recheck your blood pressure. One eighty-six over one hundred four. That's much higher than before.
P: That's not good.
T: We're stopping the session now. The dressing part was seven minutes before we stopped.
P: I'm sorry.
T: Nothing to be sorry about. I'm getting the OT, and we're calling your doctor's office.
T: Dr. Reyes's nurse says to go to the urgent care now. Your wife is coming to drive you?
C: I'm here, I was in the waiting room. I'll drive him. His brother had a stroke at fifty, I'm scared.
T: You're doing the right thing. Blood pressure one eighty-six over one hundred four, headache and blurred vision, no chest pain, no facial weakness, referred to urgent care.
P: Can I finish the jacket next time?
T: Next time, after the doctor clears you. Call us after you're seen.
C: Should I bring his blood pressure log next time?
T: Yes, please. It will help his doctor and us.
C: He keeps it on the fridge.
T: Bring the log.
C: We will. Thank you.
P: Thank you. Sorry about the jacket.
""",
    [
        "slept on my side last night|slept on side",
        "a three, front of the shoulder|pain 3/10 anterior shoulder",
        "one thirty-eight over eighty-four|BP 138/84",
        "cane for flexion, two sets of ten|cane flexion 2x10",
        "wall walks, ten|wall walks x10",
        "tape mark|higher than last week",
        "operated arm first",
        "vision's blurry|blurred vision",
        "head is pounding|headache",
        "one eighty-six over one hundred four|BP 186/104",
        "urgent care",
    ],
    ["chest pain", "weakness in your face"],
    ["getting married in May", "brother had a stroke", "wife snores"],
    stopped=["97535"],
)

S(
    "am_ot11_thumb_after_the_cast",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97763": 14, "97110": 10},
    [],
    "97763x1:GO 97110x1:GO",
    """
t: hi miss brandt how is the thumb brace since the cast came off
p: it is loose now it spins around my wrist
t: the swelling went down so the brace is too big lets take a look
p: i put tape on it to keep it from sliding
t: smart but lets fix it properly any numbness in the thumb
p: no numbness
t: any red spots from the brace
p: no red spots just loose
t: how is the new job
p: it is good i am typing a lot at the front desk
t: typing is fine with the brace on
p: it is slow
t: okay the thumb post has a gap of about half a centimeter and the wrist strap is at the last hole
p: my roommate says i should just buy one at the drugstore
t: the drugstore ones dont hold the thumb joint like this one i will heat the thumb post and mold it closer
p: is it going to be hot
t: warm not hot there we go now the strap i am cutting it shorter and adding new velcro
p: that feels snug now
t: pinch your fingers together any pressure spots
p: a little at the edge by my wrist bone
t: i will flare that edge out better
p: better yes
t: the brace refit took fourteen minutes
p: fourteen ok
t: now the exercises thumb opposition to each finger ten times and the soft putty pinch ten times
p: my mom knits and she has a thumb like this too from the arthritis
t: lots of knitters do keep the thumb in a c shape when you pinch
p: like a c
t: do you use the thumb much at work
p: the stapler mostly and the mouse
t: use the palm for the stapler not the thumb
p: palm for the stapler
t: like a c then wrist circles and tendon glides ten each
p: that is all easy now
t: that was ten minutes of exercise pain now
p: a two out of ten
t: wear the brace when you are out and at night take it off for the exercises three times a day
p: three times a day and check the skin
t: check the skin every night if you see a red spot that does not fade in thirty minutes call us
p: can i take it off to wash dishes
t: yes off for dishes and bathing and back on right after
p: back on right after
t: right after
p: ok thanks for fixing it
t: see you next week
""",
    [
        "loose now it spins around my wrist|brace loose",
        "swelling went down",
        "thumb post has a gap of about half a centimeter|gap 0.5 cm",
        "wrist strap is at the last hole",
        "heat the thumb post and mold it closer|remolded thumb post",
        "cutting it shorter and adding new velcro|new velcro",
        "edge by my wrist bone|flare that edge",
        "thumb opposition to each finger ten times|thumb opposition x10",
        "soft putty pinch ten times|putty pinch x10",
        "c shape",
        "a two out of ten|2/10",
        "check the skin every night",
    ],
    ["numbness", "red spots"],
    ["buy one at the drugstore", "my mom knits"],
)

S(
    "am_ot12_granddaughter_filmed",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97530": 16, "97140": 9},
    [],
    "97530x1:GO,59 97140x1:GO",
    """
T: Mrs. Whitaker, progress report day. I hear you brought a video.
P: My granddaughter filmed me doing the laundry. Here.
T: Let me watch. You're carrying the basket on your hip, bending at the knees, loading the washer. That's great.
C: I'm Lily. She made me film it three times until she liked it.
P: I had to look good.
P: She wants to be a movie director now.
C: A documentary director, Grandma.
T: Well, this is a good first documentary.
P: She's very bossy behind the camera.
T: Carrying laundry was one of your goals. From the video and what you've told me, that goal is met.
P: Met! Lily, it's met.
T: Let's measure. Shoulder flexion on the left is one hundred fifty degrees. At the start it was one hundred.
P: I can reach the top shelf now.
T: Any pain at night still?
P: No, not at night anymore.
T: Pain with activity?
P: A two, with the heavy stuff.
T: Any numbness in the hand?
P: No numbness.
T: Let's start with hands-on. Soft tissue to the upper trapezius and posterior capsule, and joint mobilizations to the shoulder.
P: That spot behind my shoulder is always tight.
C: Grandma, I have to go move the car, the meter's running out.
P: Go, go.
T: That manual work was nine minutes. Now, a separate block: functional tasks. Putting groceries on the upper shelf, the two-pound cans, ten of them.
P: Two-pound cans. Easy.
T: Which shelf at home is the hardest?
P: The one over the fridge. That's where the good dishes are.
T: We'll aim for that one next.
P: The good dishes, for Christmas.
T: Then hanging the towels on the rack, and changing the pillow case on the bed.
P: The pillow case fights me.
T: Get the corners first. Lily told me you used to change all the beds yourself.
P: Every Saturday. Now my daughter does, and she's got her own bad back, poor thing.
T: That functional work was sixteen minutes, separate from the manual.
C: I'm back. Did I miss anything?
P: I fought a pillow case.
T: Goals: carry laundry, met. Reach the top shelf with a two-pound item, met. Change the bed linens independently, partly met: you need help with the fitted sheet.
P: The fitted sheet is impossible for everybody.
T: That's true. New goal: change the fitted sheet on your own in four weeks.
P: Four weeks.
P: Do I keep the shoulder stretches?
T: Yes, every morning, and the wall walks.
P: Every morning before my tea.
C: I'll remind her.
T: Plan: once a week for four weeks. Home: the shelf reaching and the wall walks daily.
C: I'll film the fitted sheet when she gets it.
T: Please do.
""",
    [
        "carrying the basket on your hip|carrying laundry",
        "goal is met|carry laundry, met",
        "shoulder flexion on the left is one hundred fifty degrees|flexion 150 degrees",
        "at the start it was one hundred|initial 100 degrees",
        "a two, with the heavy stuff|pain 2/10 with activity",
        "upper trapezius and posterior capsule",
        "joint mobilizations to the shoulder",
        "two-pound cans, ten of them|2 lb cans x10",
        "hanging the towels|pillow case",
        "top shelf with a two-pound item, met|top shelf 2 lb goal met",
        "partly met|fitted sheet",
        "change the fitted sheet on your own in four weeks|fitted sheet in 4 weeks",
        "once a week for four weeks|1x/week for 4 weeks",
    ],
    ["pain at night", "numbness"],
    ["meter's running out", "her own bad back"],
    has59=True,
)

S(
    "am_ot13_scanner_gun",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 10},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: mister achebe today we re evaluate the hand since the tendon repair and oh the lights
p: whoa power is out
t: the whole building give it a second the emergency lights are on
p: my phone has a flashlight
t: we have the window lets move to the table by the window
p: this is an adventure
t: it is the digital grip meter needs power so we will use the old one with the dial
p: old school
t: does anybody need help in the hallway
p: i think they are fine i see people with phones
t: okay we stay put then
p: fine by me
t: old school where were we your flexor tendon repair of the right index finger was ten weeks ago
p: ten weeks monday
t: any pain today
p: a two when i make a tight fist
t: any numbness at the fingertip
p: no numbness i can feel everything
t: any catching or snapping in the finger
p: no catching
t: total active motion of the index finger is two hundred ten degrees the other hand is two hundred sixty
p: that is close
t: grip on the right is forty pounds with the dial meter left is seventy
p: forty not bad for in the dark
c: sorry to interrupt this is facilities the power will be back in about twenty minutes the whole block is out
t: thank you we will keep going
p: my wife is going to say i made it up
t: how is the scar
p: it is itchy at night
t: massage it with lotion that helps the itch
p: okay lotion
t: the new goals return to the warehouse scanner gun full shift and grip fifty five pounds
p: the scanner gun is the whole job
t: lets do some exercises blocking exercises for the finger joints ten each
p: the middle joint is the hard one
t: then tendon glides and the light putty squeeze ten times
p: okay
t: that was ten minutes of exercise
p: the lights are back
t: there we go perfect timing plan twice a week for four more weeks and you can start light work next week
p: light work good my boss will be happy
p: can i drive with the hand
t: yes driving is fine just keep both hands on the wheel and no heavy lifting
p: no heavy lifting
t: not yet
t: home program blocking and putty three times a day
p: three times a day
""",
    [
        "flexor tendon repair of the right index finger|flexor tendon repair",
        "ten weeks ago|10 weeks post-op",
        "a two when i make a tight fist|pain 2/10 with fist",
        "total active motion of the index finger is two hundred ten degrees|TAM 210 degrees",
        "the other hand is two hundred sixty|260 degrees other hand",
        "grip on the right is forty pounds|grip R 40 lb",
        "left is seventy|grip L 70 lb",
        "dial meter",
        "scanner gun full shift",
        "grip fifty five pounds|grip 55 lb",
        "blocking exercises",
        "light putty squeeze ten times|putty x10",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["numbness", "catching"],
    ["power will be back in about twenty minutes", "made it up"],
)

S(
    "am_ot14_shoe_horn",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97535": 24},
    [],
    "97535x2:GO",
    """
T: Mrs. Petrakis, last visit. How are you doing at home after the hip?
P: I'm doing it all. My husband is out of a job, I don't need him.
C: I'm retired, she's right. I'm just the driver now.
T: How's the driving going, Mr. Petrakis?
C: Smoothly. I'm a professional chauffeur now. She tips badly.
P: I tip in dinners.
T: Sounds like a fair deal.
T: Let's run through everything one last time. Tub transfer with the tub bench first.
P: Sit, swing the legs, scoot. Done.
T: Independent, with the bench. Any pain in the hip?
P: Not really. A one.
T: Any dizziness getting up?
P: No, no dizziness.
T: Now the lower body dressing: sock aid, reacher for the pants, long shoe horn.
P: The shoe horn is my favorite thing I own.
C: She uses it on my shoes too.
T: Pants with the reacher, independent. Socks, independent. Now the kitchen: getting the pot from the low cabinet with the reacher.
P: I don't bend past ninety. I remember the rule.
T: Hip precautions followed, good. Now the laundry with the rolling cart.
P: I wheel it everywhere.
T: How do you get the cart over the doorway lip?
P: I back it over, slowly.
T: Good, backing it over is safer.
P: I figured that one out myself.
C: My sister-in-law had her hip done last year and she still can't do her own laundry.
T: Everyone heals differently. That self-care and home management was twenty minutes.
P: Twenty? We started at half past. I looked at the clock, it was half past two when you came in and we went to just before three.
T: You're right, I was counting from after the tub bench. Let me redo it. Twenty-four minutes of self-care training, including the tub transfer.
P: I'm a retired schoolteacher. I always watch the clock.
T: I'll write twenty-four. Goals: tub transfer independent, met. Lower body dressing independent with equipment, met. Light meal and laundry, met.
P: All met.
T: All met. Your Lower Extremity Functional Scale is sixty-two; it was twenty-eight when you started.
P: Sixty-two. Wow.
T: You're discharged to home. Keep the hip precautions until your surgeon's six-week visit.
C: That's next Tuesday.
P: And the equipment, do I give it back?
T: It's yours. Keep the bench and the reacher.
P: Good, I'd fight you for the shoe horn.
P: Can I garden in the spring?
T: Raised beds and a long-handled tool, and follow the surgeon's advice after the six-week visit.
P: Raised beds. My husband can build them.
C: Apparently I have a new job.
T: Congratulations. Call us if anything changes.
C: Thank you for putting up with her.
P: Hey!
""",
    [
        "tub transfer with the tub bench|tub bench",
        "independent, with the bench|tub transfer independent, met",
        "a one|hip pain 1/10",
        "sock aid|reacher|long shoe horn",
        "pants with the reacher, independent",
        "hip precautions followed",
        "rolling cart",
        "lower body dressing independent with equipment, met|lower body dressing met",
        "light meal and laundry, met",
        "sixty-two|LEFS 62",
        "it was twenty-eight|initial 28",
        "discharged to home",
    ],
    ["dizziness"],
    [
        "out of a job",
        "sister-in-law had her hip done",
        "that self-care and home management was twenty minutes",
    ],
    fixed={"97535": 20},
)

# --------------------------------------------------------------------------------------------- SLP, test

S(
    "am_slp08_cookie_tootie",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92522"],
    "92522x1:GN",
    """
t: hi sofia hi mom and who is this
c: this is her baby brother leo sorry he might fuss
t: no problem sofia is four and a half right
c: four and a half yes her preschool teacher said people cant understand her
t: what do you notice at home
c: she says tat for cat and doe for go and she gets frustrated when we dont get it
t: does she like books
c: she loves books we read every night
t: reading every night is great for speech
c: her favorite is the one about the bear
t: any ear infections or hearing problems
c: no ear infections she passed her hearing test at the pediatrician
t: any trouble eating or drooling
c: no nothing like that
t: sofia can you name these pictures for me
p: tar
t: car good next
p: dun
t: gun okay next
p: tootie
t: cookie yummy
c: sorry leo is crying let me bounce him
t: take your time i will keep going with sofia
c: shh shh its okay leo
p: leo is loud
t: babies are loud sometimes okay sofia next picture
p: doe
t: go okay she is replacing k and g with t and d at the start and middle of words
c: is that normal at her age
t: some of it goes away by three and a half so at four and a half we want to help her
p: tat
t: cat can you say it like a cough k k
p: k k tat
t: she can make k by itself with a cue thats a good sign
c: my husband talked late too he didnt talk until three his mom says
t: many families have that lets count on the goldman fristoe she is at the seventh percentile
c: seventh that sounds low
t: it is low for her age intelligibility in conversation is about fifty percent to me an unfamiliar listener
c: half
t: about half diagnosis is a speech sound disorder velar fronting
p: i want the sticker
t: here is a sticker goals produce k and g at the start of words with eighty percent accuracy
c: how often
t: plan once a week for twelve weeks and five minutes a day of practice at home with the cards
c: five minutes we can do that after dinner
c: should we correct her when she says tat
t: say it back the right way cat yes the cat without making her repeat
c: say it back okay
t: keep it easy and fun
t: great see you next week bye sofia bye leo
p: bye
""",
    [
        "four and a half|4.5 years old",
        "tat for cat and doe for go|tat for cat",
        "passed her hearing test",
        "replacing k and g with t and d",
        "make k by itself with a cue|k in isolation with a cue",
        "goldman fristoe|Goldman-Fristoe",
        "seventh percentile|7th percentile",
        "about fifty percent|intelligibility 50%",
        "speech sound disorder velar fronting|velar fronting",
        "eighty percent accuracy|80% accuracy",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "five minutes a day|5 minutes a day",
    ],
    ["ear infections", "drooling"],
    ["talked late too", "leo is crying"],
)

S(
    "am_slp09_pork_chop",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Dubois. Before we eat, quick note on your coverage: your speech therapy and your knee PT together are past the yearly threshold. You're still improving, so the therapy is medically necessary, and we add the KX modifier.
P: The KX thing. My wife made me ask what that is.
T: It tells Medicare you passed the threshold and still need therapy. How has eating been?
P: Better. I finished a whole pork chop Sunday, cut small.
T: Any coughing with meals?
P: Not with food. Sometimes a little with water, if I rush.
T: With thin water, when rushing. Any pneumonia or fever since we started?
P: No fever, no pneumonia. Knock wood.
T: Are you still thickening your coffee?
P: Just the morning coffee. The rest I drink thin with the tuck.
T: Good, that matches your plan.
P: My wife watches me like a hawk.
T: Good. Weight?
P: Up two pounds. One eighty-two.
T: Let's practice. Water with the chin tuck, small sips, from the cup.
P: Small sips.
T: Ten sips, nine were clear. One cough on the ninth when you took a big gulp.
P: That's the rushing.
T: How do you remind yourself to slow down?
P: My wife taps the table.
T: That works. Or put the cup down between sips.
P: Cup down. Okay.
T: Yes. Now the cracker and then the chicken salad.
P: I love chicken salad.
T: Chew fully, and a dry swallow after each bite. No residue that I see, voice is clear.
P: My neighbor's on a feeding tube, poor guy, I count my blessings.
T: Now the exercises: the effortful swallow, ten; the chin tuck against resistance with the ball, ten; the Shaker, three holds of thirty seconds.
P: The Shaker makes my neck ache.
T: Rest between. Good.
P: So what did you bill today? The statement last time said ninety-two something.
T: Ninety-two five twenty-six: swallowing treatment, one unit for the visit, with the GN for speech-language therapy and the KX.
P: One unit? We were here forty minutes.
T: That code is one per visit, not by minutes.
P: Oh. Huh. Okay.
T: Goal progress: thin liquids by cup with chin tuck and no cough in nine of ten trials today, close to the goal of ten of ten.
P: Close!
P: Can I eat steak at my anniversary dinner?
T: Cut very small, with sips between bites and the chin tuck for the water.
P: Small bites. Forty years, she deserves a steak dinner.
T: Congratulations to you both.
T: Plan: continue twice a week. Next time we try the straw.
P: The straw would be great, I miss milkshakes.
T: Keep sipping small and slow at home, and the exercises twice a day.
P: Twice a day. I'll tell my wife about the KX.
""",
    [
        "past the yearly threshold",
        "medically necessary",
        "whole pork chop|cut small",
        "a little with water, if I rush|with thin water, when rushing",
        "up two pounds. One eighty-two|weight 182 lb",
        "chin tuck, small sips|chin tuck",
        "ten sips, nine were clear|9/10 sips clear",
        "dry swallow after each bite",
        "no residue",
        "effortful swallow, ten|effortful swallow x10",
        "chin tuck against resistance with the ball|CTAR",
        "Shaker, three holds of thirty seconds|Shaker 3 x 30 s",
        "twice a week|2x/week",
    ],
    ["fever", "pneumonia"],
    ["neighbor's on a feeding tube", "miss milkshakes"],
    kx=True,
)

S(
    "am_slp10_barn_game",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Marcus! Hi Grandma. And big sister Aaliyah came today too.
C: Her school's closed, teacher training day. She promised to be quiet.
T: She can be my helper if she lets Marcus answer. Deal, Aaliyah?
C: I'm Aaliyah. Deal.
T: Marcus, what did you do this weekend?
P: Park. Slide.
T: You went to the park? What did you do at the park?
P: I go slide.
T: Marcus, we're working on "is" sentences today. The dog is running. Your turn: the cat...
P: Cat running.
T: The cat is running. Try again.
P: The cat is running.
T: Great! The boy...
C: The boy is jumping!
T: Aaliyah, that was Marcus's turn. Marcus?
P: The boy is jumping.
T: Good. Ten pictures: with my model, he used "is" in seven of ten.
C: Grandma, can I have the iPad?
C: Sit down, child. Miss Jasmine, she's just like her mother was.
T: She's great. Marcus, now without my model. The girl...
P: Girl is eating.
T: Almost. What's missing?
P: The girl is eating.
T: Without a model, four of ten on the first try, and he fixed three more with a cue like "what's missing?"
C: At home he's saying "I go" for everything.
T: That's common. Any trouble with his hearing lately, any ear tubes?
C: No, no ear trouble. His hearing's fine.
T: Any problems at school with other kids?
C: Not that the teacher said.
T: Good. Let's play the barn game. Tell me what the animals are doing.
P: The cow is eating. The pig... sleeping.
T: The pig is sleeping. You got one on your own in the game!
P: The horse is running!
C: He said it right, he said it right!
T: He did, two in a row in play.
T: Marcus, what's the dog doing?
P: The dog is barking!
T: Three in a row!
C: Grandma, he's so smart.
C: I have arthritis in my hands, I can't do the little cards with him, that's why I bring the big ones.
T: The big cards work great. For home, five minutes a day, "is" sentences with the big picture cards.
C: Five minutes. I'll have Aaliyah help, quietly.
C: Can he have a sticker, Miss?
T: Two stickers today, he worked hard.
P: Two!
C: Say thank you, baby.
T: Perfect. I'll give my notes to Ms. Rivera, his SLP, to review and sign.
P: Bye bye!
""",
    [
        '"is" sentences',
        "seven of ten|7/10 with a model",
        "four of ten on the first try|4/10 without a model",
        "fixed three more with a cue|3 more with a cue",
        "what's missing",
        'saying "I go" for everything',
        "barn game",
        "two in a row in play|2 in a row",
        "five minutes a day|5 minutes a day",
        "big picture cards",
    ],
    ["ear trouble", "problems at school"],
    ["teacher training day", "arthritis in my hands", "can I have the iPad"],
)

S(
    "am_slp11_garlic_planted",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 3},
    ["92507"],
    "92507x1:GN 97129x1:GN",
    """
T: Good morning, Mrs. Haines. Can you hear me?
P: ...Good morning. Yes. Sorry, there's a delay, I hear you a second late.
T: Let's both pause after we talk. This is our video visit. How are you?
P: Tired. My husband had his cataract surgery yesterday, I was up with him.
T: Your sound cut out for a second. Can you say that again?
P: I said my husband had his eye surgery yesterday. He sees the eye doctor again Friday.
T: Got it now. Tell me if you lose me.
P: I will.
T: I hope he's doing well. Let's start with the speech part. Read the first paragraph on the screen, nice and loud.
P: The... the farmer's market opens on Saturday at eight.
T: You froze on "farmer's." Could you read it again?
P: The farmer's market opens on Saturday at eight in the morning.
T: Clear that time. Loudness was good; you trailed off at the end of two sentences out of six.
P: I run out of air.
T: Take a breath before each sentence. Now conversation: tell me about your garden.
P: The tomatoes are done. I planted garlic last week.
T: I understood all of it; intelligibility was one hundred percent in conversation today.
P: Good.
T: Any choking with food?
P: No, no choking.
T: Any new falls?
P: No falls.
T: Now the memory work. I'm starting my timer.
P: Wait, you said memory? The sound cut.
T: Yes, memory. I'll say a grocery list, and you tell it back later.
P: Okay.
T: Eggs, bread, apples, soap, stamps.
P: ...Eggs, bread, apples, soap... stamps.
T: Five of five right away. Now, your calendar: what's on Thursday?
P: The dentist at two. I wrote it on the calendar by the phone.
T: Do you write the time too?
P: Time and the address. My husband forgets everything, so I write it for both of us.
T: That's a good system.
P: He calls me his secretary.
T: Good. Now the list again.
P: Eggs, bread, soap... apples. I lost one.
T: Four of five after the delay. The missing one was stamps.
P: Stamps, I never buy stamps anymore.
T: The memory work was eighteen minutes.
P: Oh, my husband is calling from the other room. He can wait.
T: Is he okay?
P: He needs his eye drops. After we're done.
P: Should I bring my husband to the video next time? He wants to see what we do.
T: He's welcome to sit in if he'd like.
P: He'll ask too many questions.
T: That's alright.
T: We're done in a minute. Home: read aloud ten minutes a day, and write every appointment on the calendar.
P: Ten minutes. Okay.
T: See you next Wednesday, same time on video.
P: Same time. Bye now.
""",
    [
        "read it again|clear that time",
        "trailed off at the end of two sentences out of six|trailed off 2/6 sentences",
        "breath before each sentence",
        "intelligibility was one hundred percent|intelligibility 100%",
        "grocery list",
        "five of five right away|5/5 immediate",
        "calendar by the phone",
        "four of five after the delay|4/5 delayed recall",
        "read aloud ten minutes a day|read aloud 10 minutes a day",
        "video visit",
    ],
    ["choking", "new falls"],
    ["cataract surgery", "eye drops", "garlic last week"],
    cog=18,
)

S(
    "am_slp12_tuesday_after_the_stroke",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hello mister quinn its progress report day
p: pro pro gress day
t: take your time how are you
p: good good my my daughter drove me
c: hi im his daughter erin the traffic was awful on the bridge
t: it always is did you practice over the weekend
p: yes yes with the app
c: every morning after breakfast he does it
t: that is great
t: lets start with the word list from the first day
p: okay
t: say after me butterfly
p: buh butterfly
t: good tomato
p: tomato
t: caterpillar
p: cat cater pillar caterpillar
t: on the first day you got eight of twenty multisyllable words right today you got fifteen of twenty
p: fifteen
t: fifteen seventy five percent with slow rate and tapping
c: he taps on the table at home too it works
t: any trouble swallowing at home
p: no swallow fine
t: any choking or coughing with drinks
c: no none
t: now sentences i want to go to the store
p: i want to go to the the store
t: nice fourteen of twenty sentences correct with one cue or less
p: better
t: much better at the start it was six of twenty
c: my mom had a stroke too twenty years ago she never got her words back
t: im sorry to hear that your dad is making good gains
p: i want to order at the diner
t: that is your goal ordering at the diner a breakfast order with no more than one repair
p: eggs over easy wheat toast coffee
t: perfect one repair on wheat
p: whe wheat toast
c: he orders the same thing every time
t: then we practice a new order next week
p: pancakes
t: pancakes next week
t: goal one multisyllable words with seventy percent accuracy met goal two sentences with eighty percent partly met
c: what about phone calls
t: new goal short phone call to the pharmacy to refill a prescription
p: pharmacy yes
c: should he try the phone with me first
t: yes practice calls with you at home first then the pharmacy
p: with erin first
c: i will call him from work
t: plan twice a week for six more weeks home practice fifteen minutes a day with the word app
c: fifteen minutes we can do that
t: see you thursday mister quinn
p: thank you thank you
""",
    [
        "eight of twenty|8/20 initial",
        "fifteen of twenty|15/20",
        "seventy five percent|75%",
        "slow rate and tapping|tapping",
        "fourteen of twenty sentences|14/20 sentences",
        "six of twenty|6/20 at start",
        "eggs over easy wheat toast coffee|breakfast order",
        "one repair on wheat|1 repair",
        "seventy percent accuracy met|goal 1 met",
        "eighty percent partly met|goal 2 partly met",
        "short phone call to the pharmacy|phone call to the pharmacy",
        "twice a week for six more weeks|2x/week for 6 weeks",
        "fifteen minutes a day|15 minutes a day",
    ],
    ["trouble swallowing", "choking or coughing"],
    ["traffic was awful", "my mom had a stroke too"],
)

S(
    "am_slp13_picnic_picture",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Mrs. Romero, Mr. Romero, hello. Today is the re-evaluation, eight weeks since we started.
C: Has it been eight weeks already? Time flies when you're driving to therapy.
P: He complains. He likes it.
T: I see a notebook, Mr. Romero.
C: Mine. I write everything down. The doctors love me.
P: The doctors fear him.
T: It's very helpful to me too.
T: Let's see where things are. Any new medical problems, any new hospital visits?
P: No, nothing new.
T: Any trouble swallowing?
P: No.
T: Good. We'll repeat the Western Aphasia Battery. Your aphasia quotient at the start was fifty-two, according to my chart.
C: Fifty-two? I wrote forty-eight in my notebook. I was there, I remember the therapist said forty-eight.
T: Let me look again. You're right, fifty-two is the fluency subtest line. The aphasia quotient was forty-eight.
C: I keep a notebook for everything.
T: Thank you, it helps. Let's start. Tell me what you see in this picture.
P: The... family. Picnic. The boy flying kite, the dog... taking the sandwich.
T: Good sentences. Now, answer yes or no: is your name Maria?
P: Yes.
T: Is a hammer good for cutting paper?
P: No! Scissors.
T: Now name these objects.
P: Spoon. Comb. Key... lock. No, key. Watch.
T: Repetition: "The pastry chef baked bread."
P: The pastry chef baked... bread.
T: Great. Now some reading commands.
P: Close your eyes. Point to the door.
T: Can you read this one aloud too? Turn off the light.
P: Turn... off the light.
T: Good.
C: She reads the paper every morning now.
T: All done. Your aphasia quotient today is sixty-seven.
P: Sixty-seven. From forty-eight.
T: From forty-eight. That's a big gain. Naming improved most; repetition of long sentences is still hard.
C: My brother had aphasia after his accident and never got this far.
T: Every brain is different. She's working hard. Diagnosis stays moderate Broca's aphasia, improving toward mild.
P: Mild would be nice.
T: New goals: phone calls to her sister with no more than two breakdowns, and writing a grocery list of ten items.
P: My sister talks a lot. Good practice.
C: Should she keep the picture cards at home?
T: Yes, and add photos of family members, she'll use those names every day.
P: My grandchildren.
C: I'll print some this week.
T: Plan: twice a week for eight more weeks. Home: the naming app twenty minutes a day, and the notebook.
C: I'll keep the notebook.
T: I'll send the updated plan to Dr. Hsu to sign.
P: Thank you.
""",
    [
        "eight weeks since we started|8 weeks",
        "aphasia quotient was forty-eight|initial AQ 48",
        "aphasia quotient today is sixty-seven|AQ 67",
        "flying kite|taking the sandwich",
        "scissors",
        "naming improved most",
        "repetition of long sentences is still hard",
        "moderate Broca's aphasia",
        "no more than two breakdowns|2 breakdowns",
        "grocery list of ten items|10 items",
        "twice a week for eight more weeks|2x/week for 8 weeks",
        "naming app twenty minutes a day|20 minutes a day",
    ],
    ["new medical problems", "trouble swallowing"],
    ["time flies", "brother had aphasia", "at the start was fifty-two"],
)

S(
    "am_slp14_pudding_to_pizza",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Mr. Baptiste, last visit. Your wife brought pizza, I see.
C: He's been asking for pizza since August. I told him, only with the speech lady watching.
P: I've earned it.
T: You have. How's eating been this week?
P: Everything. Chicken, rice, salad. No cough.
T: No coughing at all with meals?
P: None.
T: Any chest infections or fevers since last time?
P: No, no fevers.
T: What are you looking forward to eating most?
P: My wife's curry goat. Spicy.
C: I haven't made it since August.
T: Spicy is fine for the swallow, if your stomach agrees.
T: Any weight change?
C: He's back up to his old weight, one sixty-five. Mine went the wrong way, I've been eating his leftovers.
T: Good for him, anyway. Let's watch. Take a bite of the pizza, regular size.
P: Mmm.
T: Good chewing, the crust took a bit longer. No cough. Voice is clear after.
P: The crust is the best part.
T: Now thin water from a straw, big sips, no chin tuck.
P: Like a normal person.
T: Like a normal person. Ten sips, all clear, no cough.
P: Ten out of ten.
T: Ten out of ten. Now some milk, thin, from a cup.
P: Clear?
T: Clear. So where we ended up: regular diet, IDDSI level seven, and thin liquids, level zero, with no strategies needed.
P: Can I have ice cream again?
T: Ice cream melts thin, and thin is fine for you now. Yes.
P: Butter pecan tonight.
C: I'll buy two tubs.
C: When he came in he was on pudding-thick, it was awful.
T: Extremely thick, level four, back in August. Big change.
P: And the exercises?
T: Your goals: regular diet with no signs of aspiration, met. Thin liquids by straw, met. Eat a full meal in under thirty minutes, met.
P: All of them.
T: All met. Your EAT-10 today is two; it was twenty-four in August.
C: Two. That's nothing.
P: Can I go out to a restaurant now?
T: Yes. Eat slowly and sit upright, same as at home.
P: Friday, the Haitian place on Fifth.
C: He's already booked it.
T: You're discharged. Keep sitting upright for meals, and come back if you start coughing at meals or get a chest infection.
P: I will. Can I finish the pizza?
T: Finish the pizza.
C: Thank you for giving me my husband's appetite back.
""",
    [
        "chicken, rice, salad",
        "crust took a bit longer|good chewing",
        "ten sips, all clear|10/10 sips clear",
        "thin, from a cup|milk",
        "regular diet, IDDSI level seven|IDDSI 7",
        "thin liquids, level zero|IDDSI 0",
        "no strategies needed",
        "extremely thick, level four|IDDSI 4 in August",
        "no signs of aspiration, met",
        "thin liquids by straw, met",
        "full meal in under thirty minutes, met|full meal under 30 minutes met",
        "EAT-10 today is two|EAT-10 2",
        "twenty-four in August|EAT-10 24 in August",
        "one sixty-five|weight 165 lb",
    ],
    ["coughing at all with meals", "fevers"],
    ["eating his leftovers", "crust is the best part"],
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
    "group refused refuse refuses surgery surgical postop restarted restart correction brand relayed answers "
    "billed bill billing lag delay frozen refit refitted cotreat cotreatment dictated dictating pieces fragments "
    "privacy paused outage power blurry symptom early cq screen lights".split()
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
    rng = random.Random(int(hashlib.sha256(("blind36/" + s["id"]).encode()).hexdigest()[:12], 16))
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

    m = re.fullmatch(r"am_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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
        if not any(says(first, a) for a in s["absent"]):
            bad(f"{c}: the first figure {first} is not kept in absent")
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
        "ot02",
        "'k x' no longer said",
        _sub("add the k x modifier so it keeps going", "bill it so it keeps going"),
        "KX needs cms",
    ),
    (
        "pt03",
        "bike keyed on the first figure (10, before the patient's correction), hand key kept",
        _set(timed={"97110": 10, "97116": 9}),
        "key: rules give",
    ),
    (
        "pt10",
        "the first manual figure (eight) no longer kept in absent (new check)",
        _set(absent=["my mother is ninety"]),
        "first figure 8 is not kept in absent",
    ),
    (
        "ot10",
        "no stop word beside the dressing minutes",
        _sub(
            "We're stopping the session now. The dressing part was seven minutes before we stopped.",
            "We're moving on now. The dressing part was seven minutes.",
        ),
        "stopped code's minutes not said beside a stop word",
    ),
    (
        "pt11",
        "second gait part said as nine (both places in the summary turn)",
        _sub(
            "that was eight more minutes so fifteen in the hall and eight on stairs",
            "that was nine more minutes so fifteen in the hall and nine on stairs",
        ),
        "8 minutes not said",
    ),
    (
        "slp11",
        "cognitive 18 -> 19 (97130 4), key kept",
        _set(timed={"97129": 15, "97130": 4}, cog=19),
        "cognitive minutes not said",
    ),
    (
        "pt09",
        "'moderate complexity' said for 97163",
        _sub("this is a high complexity evaluation", "this is a moderate complexity evaluation"),
        "'high complexity' not said",
    ),
    ("slp10", "SLPA session put under cms", _set(rule="cms"), "SLPA under Medicare"),
    ("pt12", "PTA session given to a PT, key kept (CQ)", _set(role="PT"), "key: rules give"),
    (
        "pt15",
        "a digit in a recogniser line",
        _sub("rows three sets of fifteen", "rows 3 sets of fifteen"),
        "lower-case tags",
    ),
    ("ot08", "an absent entry equal to a fact", _set(absent=["rocker knife"]), "overlaps a fact"),
    ("slp09", "a negated entry said without a denial", _set(negated=["neck ache"]), "no denial"),
    ("ot12", "hand key drops 59 on 97530", _set(key="97530x1:GO 97140x1:GO"), "key: rules give"),
    (
        "ot04",
        "59 put on 97530 though 97140 (9 min, cms) gets no unit",
        _set(key="97530x1:GO,59"),
        "key: rules give",
    ),
    (
        "pt16",
        "the bundled hot pack 97010 keyed",
        _set(key="97035x1:GP 97110x1:GP 97010x1:GP"),
        "key: rules give",
    ),
    (
        "ot14",
        "keyed on the first figure (20) the patient corrected, hand key kept",
        _set(timed={"97535": 20}),
        "key: rules give",
    ),
    (
        "slp02",
        "KX dropped from the key while threshold and KX are still said",
        _set(kx=False, key="92507x1:GN 97129x1:GN 97130x1:GN"),
        "threshold / KX said",
    ),
    ("pt06", "re-evaluation given to a PTA", _set(role="PTA"), "assistant on a note other than daily"),
    ("ot13", "an OT re-evaluation code on a daily note", _set(note_type="daily"), "no evaluation"),
    (
        "pt01",
        "manual therapy 97140 9 added beside the PT evaluation",
        _set(timed={"97110": 10, "97140": 9}),
        "NCCI pair the key does not model",
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
    base = os.environ.get("BLIND36_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("am_") and name.endswith(".json"):
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
