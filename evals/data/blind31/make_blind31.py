#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirty-first set (ids ah_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind26-30
and lines 1-40 plus the rules / checks part of make_blind30.py (read, not copied).  Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its start / stop clock times) is said by the clinic, turns (30-60), timestamps, facts /
     negated / absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND31_OUT).

Transcript lines: "T: ..." (anyone speaking for the clinic: therapist, assistant, student, supervisor),
"P: ..." (patient), "C: ..." (caregiver: family, interpreter, bystander).  Lower-case tags mark a
speech-recogniser transcript (no capitals, digits or punctuation).  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ".
Per session: `parts` = a timed code's minutes said in pieces (a break between); `fixed` = a first figure the
clinic later corrects (said before the settled one); `clocks` = a timed code timed only by start / stop
clock readings, (start, stop, adjust) with minutes = stop - start + adjust (one clock fast or slow).
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
    clocks=None,
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
            clocks=clocks or {},
        )
    )


# --------------------------------------------------------------------------------------------- PT, dev

S(
    "ah_pt01_kitchen_line_on_the_left_hip",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97116": 10},
    ["97162"],
    "97162x1:GP 97116x1:GP",
    """
T: Good morning, Mr. Pierre. I have the interpreter line on the speaker. Hello, interpreter, are you there?
C: Yes, this is the Haitian Creole interpreter, my ID number is four four seven two. I will interpret everything in the first person.
T: Thank you. Please tell him I'm his physical therapist and today is his first visit for the left hip.
C: He says good morning, thank you, the hip has been bad for about eight months.
P: Wi. Eight month.
T: What does he do for work?
C: I am a line cook. I stand ten hours on a tile floor and I turn to the left all day to the fryer.
T: Where exactly is the pain? Can he point?
C: Here in the groin, and sometimes down the front of the thigh. Not below the knee.
T: Pain right now, zero to ten?
C: Right now it is a four. At the end of a shift it is a seven.
T: Any numbness or tingling in the leg?
C: No, no numbness, nothing like that.
T: Any falls in the last year?
C: No falls. I hold the counter.
T: Okay, lying on your back please. I'm going to bend the hip. Hip flexion is ninety five degrees, internal rotation is ten degrees, that's where it pinches.
P: Ay. There. That one.
T: External rotation thirty degrees. Strength, push against me. Hip abductors are three plus out of five on the left, four plus on the right.
C: He asks if he needs surgery like his cousin had.
T: Tell him that's a question for his doctor. The X-ray report says moderate osteoarthritis of the left hip.
C: He says okay, he understands.
T: Now let's walk. I'm going to time you on the ten meter walk. Ready, go.
T: Eleven seconds, with a limp on the left, the trunk leans over the left hip. That's a Trendelenburg pattern.
T: Let's try the cane in the right hand. Step with the cane and the left leg together. Good.
C: He says it feels better with the cane, less pinch.
T: We practiced gait with the cane for ten minutes, up the hallway and back, and on the ramp.
C: He asks if the clinic can give him a paper to stop work for three months.
T: I can write his work tolerance in my note. Time off work is for his doctor to decide.
T: My assessment: left hip osteoarthritis with pain, limited motion and weak abductors, affecting standing and walking at work. This is a moderate complexity evaluation.
T: Goals: pain three out of ten at the end of a shift, and walk without a limp for four hundred feet, in eight weeks.
T: Plan: twice a week for eight weeks. Hip strength, stretching, gait training with the cane.
C: He says thank you, see you Thursday.
""",
    [
        "left hip",
        "Right now it is a four|4/10",
        "At the end of a shift it is a seven|7/10",
        "groin",
        "ninety five degrees|95 degrees",
        "internal rotation is ten degrees|internal rotation 10 degrees",
        "three plus out of five|3+/5",
        "Eleven seconds|11 seconds",
        "Trendelenburg",
        "cane in the right hand",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "four hundred feet|400 feet",
    ],
    ["numbness", "falls"],
    ["my ID number is four four seven two", "like his cousin had", "stop work for three months"],
)

S(
    "ah_pt02_wobble_on_the_grass",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 19, "97112": 9},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
T: Morning, Walter. Before we start, billing flagged your account. Your therapy this year has gone past the Medicare threshold, mostly from your knee therapy in the spring.
P: So does that mean you have to stop seeing me?
T: No. Your balance work is still medically necessary, so I add the KX modifier to the claims and we keep going.
P: Good, because I'm not done. I still wobble on the grass.
T: How's the back today, zero to ten?
P: About a three. Better than last week's five.
T: Any leg pain or numbness since Monday?
P: No, nothing down the legs.
T: Great. Bike first, then the strengthening. I'm starting you at 10:09 by the gym clock.
P: The gym clock's always wrong, you know.
T: I know, it runs four minutes ahead of my watch. I'll stay with one clock for this part.
T: Bridges, two sets of fifteen. Squeeze at the top.
P: These burn on the right side.
T: Now side-lying clams with the green band, two sets of twelve.
P: The green one is harder than I thought.
T: Sit to stand from the low mat, no hands, ten reps.
P: Done. Ten, and no hands.
T: Okay, we're done with those at 10:28 on the gym clock. Now balance, I'm starting at 10:28 on the gym clock.
T: Stand on the foam, feet together, eyes open. Thirty seconds.
P: That's fine. Eyes closed is where I go.
T: Eyes closed now, I've got you. Twelve seconds before you stepped.
P: That's more than last time, right?
T: Last week you were at six seconds. Now tandem stance on the floor, heel to toe.
P: Wobbly, but I'm holding it.
T: We'll finish there. I stopped the balance at 10:33 on my watch, which is the gym clock minus four.
P: You and your clocks.
T: It matters for the note. Any dizziness during the foam?
P: No, no dizziness at all.
T: Good. At home keep the bridges and the clams every day, and practice tandem stance at the kitchen counter.
P: I will. And my daughter wants to know when the holiday schedule comes out.
T: The front desk has it. See you Thursday.
""",
    [
        "three|3",
        "Bridges, two sets of fifteen|2 x 15",
        "green band, two sets of twelve|2 x 12",
        "Sit to stand from the low mat, no hands, ten reps|10 reps",
        "eyes closed",
        "Twelve seconds|12 seconds",
        "tandem stance",
        "wobble on the grass",
    ],
    ["numbness", "dizziness"],
    ["when the holiday schedule comes out", "The gym clock's always wrong"],
    kx=True,
    clocks={"97110": ("10:09", "10:28", 0), "97112": ("10:28", "10:33", 4)},
)

S(
    "ah_pt03_lifting_residents_at_night",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 11, "97530": 14},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hi renee im sam the physical therapist assistant today how is the lower back
p: better than friday i worked two night shifts and it held up
t: pain right now zero to ten
p: a three maybe a two when im lying down
t: any shooting pain down the legs
p: no nothing in the legs
t: any numbness in the saddle area or trouble with the bladder
p: no none of that
t: good the aide had you on the bike for ten minutes before i came over that part isnt ours it was the aide
p: oh i didnt know that mattered
t: it does for billing lay face down please im going to work on the muscles next to the spine the multi fitness
p: the multi what
t: multifidus the small muscles along the spine theyre tight on the right side
t: soft tissue mobe to the right lumber paraspinals and some joint mobes at l four l five
p: thats the spot thats right where it grabs
t: that was eleven minutes of manual therapy
t: now lets practice the lifts you do at work with the gait belt and the dummy on the bed
p: i usually just pull her up by the arm honestly
t: lets change that bend your knees wide stance weight shift instead of twisting
p: like this
t: yes now the boost up in bed with the draw sheet and your partner counting
t: you did that six times with a neutral spine and one twist that you caught yourself
p: i felt it when i twisted
t: thats the body telling you that was fourteen minutes of functional activities lifting and transfers
t: the manual and the lifting practice were separate blocks so i put the fifty nine modifier on the lifting
p: my manager says the hospital bought a new lift but nobody knows how to use it
t: ask your educator for the training and use it for the heavy residents
p: my coworker lisa has the same back thing she should come here
t: shes welcome to call the front desk at home do the cat camel and the pelvic tilts ten each twice a day
p: got it ten each twice a day
t: see you thursday the physical therapist will check your goals next week
""",
    [
        "three|3",
        "two when im lying down|2 when lying down",
        "multi fitness|multifidus",
        "lumber paraspinals|lumbar paraspinals",
        "l four l five|L4-L5",
        "gait belt",
        "draw sheet",
        "six times with a neutral spine|6 times with a neutral spine",
        "cat camel",
        "ten each twice a day|10 each 2x/day",
    ],
    ["shooting pain", "numbness"],
    [
        "my coworker lisa has the same back thing",
        "the hospital bought a new lift but nobody knows how to use it",
        "i usually just pull her up by the arm",
    ],
    has59=True,
)

S(
    "ah_pt04_water_pills_and_a_new_hip",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 18, "97116": 9},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ",
    """
T: Hi Mrs. Odom, I'm Marcus, the physical therapist assistant. How's the new hip?
P: The hip is fine. It's the water pills. I took them at eight and now I'm running to the bathroom.
T: We'll plan around it. Tell me when you need to go. Pain in the hip today?
P: Two out of ten. Just stiff when I get up.
T: Any calf pain or swelling in the leg?
P: No, no calf pain. The ankles swell a bit from the heart, same as always.
T: Okay. Posterior hip precautions still. No bending past ninety, no crossing the legs.
P: I know, I know. My daughter watches me like a hawk.
T: Standing hip abduction at the bar, two sets of ten.
P: Like this?
T: Yes, toes forward. Now heel raises, two sets of fifteen.
P: I need to go, I'm sorry.
T: Go ahead, I'll walk you there. That was twelve minutes of exercise before the break.
P: I'm back. Sorry about that.
T: No problem, the break doesn't count. Mini squats at the bar, ten reps, then marching in place.
P: My knees crack but it doesn't hurt.
T: That's fine. That was six more minutes of exercise after the break.
T: Now walking with the rolling walker, down to the window and back.
P: Can I try the cane?
T: Let's see. Cane in the right hand, step the cane with the left leg.
P: That feels okay.
T: You walked two hundred feet with the cane, a small limp at the end. Standby assist.
T: Gait training was nine minutes.
P: Can I drive yet? My sister says it's fine after four weeks.
T: That's for the surgeon to clear. Your follow-up is next week.
P: She drove after her knee, but that's her.
T: Any dizziness when you stood up fast?
P: No, not today.
T: Keep the walker at home for now, the cane only here with us until the PT checks it.
P: All right. Thank you, Marcus.
""",
    [
        "Two out of ten|2/10",
        "posterior hip precautions",
        "two sets of ten|2 x 10",
        "two sets of fifteen|2 x 15",
        "two hundred feet|200 feet",
        "Standby assist",
        "rolling walker",
        "Cane in the right hand",
    ],
    ["calf pain", "dizziness"],
    ["My sister says it's fine after four weeks", "She drove after her knee"],
    parts={"97110": [12, 6]},
)

S(
    "ah_pt05_burgers_and_a_pinched_nerve",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97110": 13, "97140": 8},
    [],
    "97110x1:GP 97140x1:GP",
    """
t: hey andre you made it
p: sorry im so late the bus broke down on fourth street
t: no worries you got here twenty minutes late so we have about twenty five minutes left lets use them
p: okay my neck is killing me today
t: zero to ten
p: a six and it goes down to my thumb again
t: the right thumb
p: yeah right thumb and the first finger
t: any weakness dropping things
p: no im not dropping anything
t: any headaches or dizziness with it
p: no headaches
t: okay the radical apathy is acting up after the double shifts
p: radiculopathy you mean the pinched nerve
t: yes the pinched nerve at c six
t: lets do the chin tux first ten reps hold five seconds
p: thats easier than last week
t: now the nerve glides for the median nerve ten slow reps
p: it tingles a little in the thumb
t: that is okay if it goes away right after
t: scapular retraction with the red band two sets of ten
t: that was thirteen minutes of there ex
t: now lay back im going to do some manual traction and sub occipital release
p: oh that feels good
t: and some mobs of the upper thoracic spine
t: that was eight minutes of manual
p: can we do the traction machine too
t: your plan doesnt cover mechanical traction so we are not doing it today
p: what would it cost me
t: the front desk said forty dollars cash a visit i dont think you need it
p: forget it then
t: after the manual how is the thumb
p: less tingling maybe a four in the neck now
t: good keep the chin tux and the nerve glides at home three times a day
""",
    [
        "a six and it goes down to my thumb|6/10",
        "right thumb",
        "radical apathy|radiculopathy",
        "c six|C6",
        "chin tux|chin tucks",
        "nerve glides",
        "red band two sets of ten|2 x 10",
        "sub occipital release|suboccipital release",
        "four in the neck|4 in the neck",
        "three times a day|3x/day",
    ],
    ["dropping things", "headaches"],
    ["the bus broke down on fourth street", "forty dollars cash a visit", "you got here twenty minutes late"],
)

S(
    "ah_pt06_spinning_in_the_grocery_aisle",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 16, "97112": 12},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Hi Mrs. Castillo. This is Priya, my physical therapy student. She'll lead today and I'll be right here.
T: Hi, I'm Priya. Today is your progress report, so we'll redo some tests. How's the dizziness?
P: Much better. I only get it when I turn my head fast in the grocery store.
T: On a scale of zero to ten, how bad at its worst this week?
P: A three. When I started it was an eight.
T: Any falls since we started?
P: No falls. I haven't fallen once.
T: Any ringing in the ears or hearing change?
P: No, nothing with my ears.
T: Okay, the Dizziness Handicap Inventory. You scored thirty two today. It was sixty at the start.
T: Now the Berg. Stand up without your hands please.
T: Your Berg is forty nine out of fifty six. It was forty one at the evaluation.
P: Is that good?
T: Yes, that's a big change. Now the gaze exercise. Look at the letter and turn your head side to side.
P: The letter jumps a little at the fast speed.
T: That's the vestibular system still catching up. We did that for about a minute, then standing on foam with head turns.
T: Now the strengthening. Step-ups on the six inch box, two sets of ten.
P: My legs are weaker than my balance.
T: Heel raises, two sets of fifteen, and squats to the chair.
T: Okay, Dr. Lee, I had sixteen minutes for the exercise and fourteen for the balance.
T: The exercise is right at sixteen. For the balance I watched the clock, it was twelve, not fourteen. You counted the walk back from the mat.
T: Oh, okay. Twelve for the balance then. Sorry.
T: That's all right. Mrs. Castillo, your goal of no dizziness with head turns is partly met.
P: What about going back to spin class?
T: That's goal two. We'll keep working toward it.
T: We'd like to continue twice a week for four more weeks.
P: That's fine. My husband can drive me.
T: Do the gaze exercise three times a day at home, one minute each.
P: Can your student come next time too?
T: Priya will be here through December.
""",
    [
        "three|3",
        "eight|8",
        "Dizziness Handicap Inventory",
        "thirty two|32",
        "sixty|60",
        "forty nine out of fifty six|49/56",
        "forty one|41",
        "six inch box|6 inch box",
        "twice a week for four more weeks|2x/week for 4 weeks",
        "partly met",
    ],
    ["falls", "ringing in the ears"],
    ["My husband can drive me", "Priya will be here through December"],
    fixed={"97112": 14},
)

S(
    "ah_pt07_chalk_in_the_shoulder",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
t: hi mister greene its your re evaluation today six weeks after the lavage for the calcific tendinitis
p: the calcium thing yes the doctor called it calcific tender itis
t: how is the right shoulder today zero to ten
p: at rest its a two
t: any pain at night
p: no it doesnt wake me anymore
t: any numbness in the hand
p: no never had that
t: okay lets measure raise the arm forward as high as you can
t: flexion one hundred forty degrees
t: wait youre leaning back let me redo that stand against the wall
t: flexion one hundred thirty degrees that is the real number
p: i always cheat with my back
t: abduction one hundred twenty degrees external rotation sixty degrees
t: strength for the rotator cuff four out of five external rotation four minus for abduction
t: the painful arc is still there between ninety and one twenty
p: yes right there it catches
t: the quick dash is thirty one today it was fifty two at the start
p: is that going the right way
t: yes lower is better now reach overhead with the light weight
p: okay honestly when i reach to the top shelf its more like a five
t: thank you thats important so a two at rest and a five reaching overhead
t: lets do the exercises side lying external rotation two sets of twelve with one pound
t: rows with the blue band and wall slides ten reps
t: that was twelve minutes of exercise
t: new goals reach the top shelf with pain two or less and sleep on the right side
t: we continue twice a week for six weeks
p: my brother in law wants you to look at his elbow when he comes with me
t: he would need his own appointment
p: fair enough
t: see you next week
""",
    [
        "at rest its a two|2/10 at rest",
        "calcific tender itis|calcific tendinitis",
        "one hundred thirty degrees|130 degrees",
        "one hundred twenty degrees|120 degrees",
        "sixty degrees|60 degrees",
        "four out of five|4/5",
        "painful arc",
        "quick dash is thirty one|QuickDASH 31",
        "fifty two|52",
        "five reaching overhead|5 reaching overhead",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["pain at night", "numbness"],
    ["flexion one hundred forty degrees", "my brother in law wants you to look at his elbow"],
)

S(
    "ah_pt08_tomatoes_after_the_plateau",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 22, "97140": 9},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Last visit, Mrs. Yamada. How is the knee?
P: I was on my knees in the garden all Saturday, planting tomatoes. A little sore, that's all.
T: Pain today, zero to ten?
P: One out of ten. It was eight when I came in after the fracture.
T: Any swelling after the garden?
P: No swelling. I checked.
T: Any giving way?
P: No, it hasn't buckled once.
T: Let's measure. Knee flexion one hundred twenty five degrees, extension zero.
T: Your LEFS today is sixty six out of eighty. It was twenty eight at the start.
P: That's more than double.
T: It is. Let's do today's exercises. Step-ups on the eight inch step, two sets of ten.
T: Wall sits, three times thirty seconds, and the leg press at forty pounds, two sets of ten.
P: Those I could do in my sleep.
T: Then single leg balance, thirty seconds each side. That was twenty two minutes of exercise today.
T: Now some patellar mobilization and the scar, nine minutes of manual.
P: The scar doesn't pull anymore.
T: Now your home program, and listen, because the numbers are different from today.
T: At home, step-ups three sets of fifteen, not two sets of ten.
P: Three sets of fifteen.
T: Wall sits three times a minute, and walk thirty minutes a day on flat ground.
P: Can I use my husband's exercise bike? It's old.
T: Yes, twenty minutes, light resistance.
P: He bought it in the eighties. It squeaks.
T: Goals: walking community distances without pain, met. Kneeling in the garden, met. Stairs step over step, met.
P: And the dancing at my granddaughter's wedding?
T: You're ready for that too. I'm discharging you to the home program.
P: Do I need to come back?
T: Only if the pain goes above three or the knee swells. Call us.
P: Thank you for everything.
""",
    [
        "One out of ten|1/10",
        "It was eight when I came in|8/10",
        "one hundred twenty five degrees|125 degrees",
        "extension zero|extension 0",
        "sixty six out of eighty|66/80",
        "twenty eight|28",
        "eight inch step|8 inch step",
        "forty pounds|40 pounds",
        "step-ups three sets of fifteen|3 x 15",
        "thirty minutes a day|30 minutes a day",
        "discharging you to the home program",
    ],
    ["swelling after the garden", "giving way"],
    ["He bought it in the eighties", "It squeaks"],
)

# --------------------------------------------------------------------------------------------- OT, dev

S(
    "ah_ot01_jar_lids_and_swollen_knuckles",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 11},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Good afternoon, come on in. Let me pull up your chart. Oh, wait, this is Mr. Ruiz's, his wrist fracture from the ladder. Wrong one, sorry.
P: That's okay. I'm Linda Foster.
T: Here you are, Linda. Rheumatoid arthritis, referred for your hands. Tell me what's hardest right now.
P: Jar lids, buttons, and my rings don't fit anymore. Everything swells in the morning.
T: How long is the morning stiffness?
P: About an hour. Then it loosens up some.
T: Pain in the hands today, zero to ten?
P: A five. The right is worse.
T: Any numbness or tingling in the fingers?
P: No, no numbness.
T: Any fevers or feeling sick with the flares?
P: No fevers.
T: Let me look. Swelling over the second and third knuckles on both hands, warm on the right. No deformity of the fingers yet.
T: Squeeze this. Grip strength, right thirty two pounds, left forty one pounds.
T: Now pinch. Lateral pinch, right eight pounds, left eleven pounds.
P: That's pathetic. I used to open everything for my mother.
T: The Canadian Occupational Performance Measure: opening jars performance three, satisfaction two. Buttons, performance four, satisfaction three.
T: Dressing you do yourself, but buttons take you ten minutes. Independent with extra time.
P: My husband does the jars now.
T: Let's try some joint protection. Use the palm, not the fingers, on the jar. Here's a jar opener with a rubber grip.
P: Oh, that's easy. Where do I get one?
T: Hardware store or online. And the built-up pen for the checkbook. Big joints, not small joints.
T: That joint protection training was eleven minutes.
P: My neighbor paid four hundred dollars for copper gloves. Do those work?
T: There's no good evidence for copper. Compression gloves at night can help the morning swelling.
T: This is a moderate complexity evaluation. You have several areas of daily living affected and a flaring condition.
T: Goals: open jars independently with adaptive equipment, and button a blouse in under five minutes, in six weeks.
T: Plan: once a week for six weeks, joint protection, adaptive equipment, resting hand splints if the flares continue.
P: That works with my infusion schedule.
T: Good. Bring your rings next time and we'll look at ring sizers.
""",
    [
        "Rheumatoid arthritis",
        "About an hour|1 hour",
        "A five. The right is worse|5/10",
        "second and third knuckles",
        "right thirty two pounds|32 pounds",
        "left forty one pounds|41 pounds",
        "right eight pounds|8 pounds",
        "performance three, satisfaction two|3 / 2",
        "Independent with extra time",
        "jar opener",
        "once a week for six weeks|1x/week for 6 weeks",
        "under five minutes|5 minutes",
    ],
    ["numbness", "fevers"],
    ["Mr. Ruiz", "his wrist fracture from the ladder", "four hundred dollars for copper gloves"],
)

S(
    "ah_ot02_breathing_through_the_shower",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 17, "97535": 11},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: morning mister bell im dana your occupational therapy assistant
p: morning i brought the oxygen but i didnt need it in the car
t: before we start your therapy this year passed the medicare threshold with the hand therapy in march so we add the k x modifier
p: does that cost me more
t: it tells medicare your occupational therapy is still medically necessary and it is
p: fine by me
t: your oxygen sat at rest is ninety three percent on two liters
t: any chest pain today
p: no chest pain
t: okay lets practice the shower on the bench in the bathroom kit
t: sit for the washing use the long sponge for the feet and breathe out when you bend
p: i hold my breath i always hold my breath
t: pursed lip breathing in through the nose out through the lips
t: you sat to stand from the bench three times and your sat dropped to eighty nine percent
t: rest and breathe it came back to ninety two in one minute
p: that was hard but faster than home
t: that was seventeen minutes of functional activity for the shower
t: now lets plan your mornings energy conversation we call it
p: energy conversation
t: energy conservation sit to dress put the clothes out the night before the robe instead of drying off
p: my wife dries me off most days
t: lets put a terry robe on the list and a shower chair with a back
t: the pacing plan was twelve minutes
t: dana its erin the pacing plan was eleven you started the timer after you wrote the list
t: thanks erin eleven minutes for the pacing plan then
p: my brother smoked for sixty years and never needed oxygen
t: everyone is different any dizziness in the shower
p: no not dizzy just winded
t: practice the robe and sitting to dress every morning this week
p: my wife will make sure
t: shower and pacing were separate blocks so fifty nine goes on the pacing plan see you wednesday
""",
    [
        "ninety three percent|93%",
        "two liters|2 liters",
        "long sponge",
        "pursed lip breathing",
        "eighty nine percent|89%",
        "ninety two in one minute|92",
        "energy conversation|energy conservation",
        "sit to dress",
        "terry robe",
        "shower chair with a back",
    ],
    ["chest pain", "dizzy"],
    ["my brother smoked for sixty years", "the pacing plan was twelve minutes"],
    kx=True,
    has59=True,
    fixed={"97535": 12},
)

S(
    "ah_ot03_knife_hand_on_the_tablet",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 13, "97535": 9},
    [],
    "97110x1:GO,CO 97535x1:GO,CO",
    """
T: Hi Jordan, how's the finger? Week four after the flexor tendon repair, zone two.
P: Stiff. I keep wanting to make a fist.
T: Don't. No active fist yet, that's the rule until week six. Any pain?
P: A two. Mostly when I take the splint off to wash.
T: Any numbness at the tip of the finger?
P: No numbness. I can feel everything.
T: Good. Your wife is joining by video on the tablet for the splint part, right?
P: She's at work, she said she'd call at ten.
T: We'll start with the exercises. Passive flexion of the finger, ten reps, hold three seconds.
T: Now place and hold. I put the finger in a fist, you hold it lightly for five seconds. Ten reps.
P: That's weird, my finger doesn't want to stay.
T: It will. Now tenodesis, wrist back fingers curl, wrist down fingers open. Ten reps.
T: Composite flexion passive is two centimeters from the palm. Last week it was three.
T: That was thirteen minutes of exercise.
C: Hi, can you see me? It's Keisha.
T: We can. Keisha, I'm going to show you how to put the splint back on after his shower.
C: Okay, I'm watching.
T: Wrist in thirty degrees of bend, fingers resting, straps from the bottom up. Never let him straighten the finger to put it on.
C: So the strap over the fingers last?
T: Yes, last. Jordan, show her.
P: Like this, bottom first.
C: Got it. Can he cook with it on? He keeps saying the restaurant needs him.
T: No cutting, no lifting pans with that hand. He can stir with the left.
P: The chef says he'll hold my station.
T: That caregiver training on the video was nine minutes.
C: Okay, I have to go back to my desk. Bye, babe.
T: Any swelling?
P: No swelling, the scar looks fine.
T: Keep the place and hold every two hours while you're awake.
P: Every two hours. I'll set an alarm on my phone.
T: Good idea. See you Thursday, same time.
""",
    [
        "flexor tendon repair, zone two|zone 2",
        "No active fist",
        "A two|2/10",
        "Passive flexion",
        "place and hold",
        "tenodesis",
        "two centimeters from the palm|2 cm from the palm",
        "thirty degrees|30 degrees",
        "No cutting, no lifting pans",
        "every two hours|every 2 hours",
    ],
    ["numbness", "swelling"],
    ["The chef says he'll hold my station", "I have to go back to my desk"],
)

S(
    "ah_ot04_four_at_the_hand_table",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97110": 10},
    ["97150"],
    "97150x1:GO 97110x1:GO",
    """
t: welcome everyone to the hand class mrs baxter youre with us today for the thumb group
p: good morning my thumb is angry today
t: zero to ten
p: a four at the base of the right thumb
t: the see em see joint the base of the thumb any locking or catching
p: no locking just the ache
t: okay everyone thumb opposition touch each fingertip ten times
p: the pinky is the hard one
t: now the c position stretch between thumb and first finger hold ten seconds
c: mine clicks is that normal gloria says hers clicks too
t: margaret ask me after class mrs baxter soft putty pinch twenty times
p: my right pinch is so weak
t: the group part was thirty five minutes with four of you
t: now mrs baxter stay with me one on one for your own exercises
p: oh good i had questions
t: opposition strengthening with the green putty thumb isometrics hold five seconds ten reps
t: thenar strengthening one on one was ten minutes
p: should i still wear the splint at night
t: yes the short thumb splint at night and when you garden
p: my sister wore hers for a year and still had the surgery
t: every thumb is different any numbness in the fingers
p: no numbness
t: good your pinch today is six pounds on the right last month it was four
p: thats better
t: keep the putty ten minutes a day and the c position stretch three times a day
p: do i come to group again thursday
t: yes group thursday and one on one time again next week
c: can i get a ride home with you linda
p: sure margaret
t: see you all thursday
""",
    [
        "four at the base of the right thumb|4/10",
        "see em see|CMC",
        "thumb opposition",
        "c position stretch|C position stretch",
        "soft putty pinch",
        "green putty",
        "short thumb splint at night",
        "six pounds|6 pounds",
        "ten minutes a day|10 minutes a day",
        "three times a day|3x/day",
    ],
    ["locking", "numbness"],
    ["gloria says hers clicks too", "my sister wore hers for a year", "can i get a ride home with you linda"],
)

S(
    "ah_ot05_scaling_teeth_with_tennis_elbow",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97530": 12, "97140": 9},
    [],
    "97530x1:GO,59 97140x1:GO",
    """
T: Hi Mei, progress report day. How's the right elbow holding up at work?
P: Better. I did four cleanings yesterday and only iced once.
T: Pain at rest and with work, zero to ten?
P: One at rest, four after a full day of scaling.
T: When you started it was three at rest and eight at work. Any numbness in the hand?
P: No, none.
T: Any pain at night?
P: Not anymore.
T: Grip strength. Right sixty two pounds. It was forty at the start. Left is seventy.
T: The PRTEE score today is thirty. At evaluation it was fifty four.
P: So I'm about halfway.
T: More than halfway. Let's do the manual first. Soft tissue to the wrist extensors.
P: That's tender, right at the top.
T: That's the extensor carpi radialis brevis. Manual was nine minutes.
T: Now your work task. Sit at the dental chair model, hold the scaler with the wider grip we made.
P: The foam on the handle is much better.
T: Wrist neutral, elbow supported on the armrest, micro breaks every twenty minutes.
P: I never take breaks. The schedule is packed.
T: Ten seconds of shaking out counts. Let's do the scaling task, then the instrument sharpening.
T: That functional activity was twelve minutes, a separate block from the manual.
P: And the tape you put on last week, that helped.
T: I put the kinesio tape on again today. Your insurance doesn't pay for taping, so it's not on the bill.
P: You're doing it for free?
T: Just the tape. It's cheap. Don't tell the office manager.
T: Goals: full day of cleanings with pain two or less, partly met. Grip to sixty five pounds, nearly met.
T: Plan: once a week for three more weeks, then home program.
P: My boss asked if I can do Saturdays again.
T: Let's wait two more weeks on Saturdays.
P: Okay. I'll tell her.
T: Keep the wrist stretches before your first patient and at lunch.
P: I will. See you next week.
""",
    [
        "One at rest|1/10 at rest",
        "four after a full day of scaling|4/10",
        "Right sixty two pounds|62 pounds",
        "forty at the start|40",
        "seventy|70",
        "PRTEE score today is thirty|PRTEE 30",
        "fifty four|54",
        "extensor carpi radialis brevis",
        "micro breaks every twenty minutes|every 20 minutes",
        "kinesio tape",
        "once a week for three more weeks|1x/week for 3 weeks",
        "partly met",
    ],
    ["numbness", "pain at night"],
    ["Don't tell the office manager", "My boss asked if I can do Saturdays again"],
    has59=True,
)

S(
    "ah_ot06_small_letters_and_night_trips",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 12},
    ["97168"],
    "97168x1:GO 97535x1:GO",
    """
T: Mr. Novak, it's your re-evaluation today. Your daughter came too. Hello.
C: Hi. I'm Eva. I wanted to hear how he's doing.
T: Since the fall in October, how are things at home?
C: He's doing everything himself. Toileting, bathing, all independent.
P: Mostly.
T: Any more falls?
P: No. No falls since October.
T: Any trouble swallowing pills?
P: No, the pills go down fine.
T: Let's start with writing. Write your name and address for me.
T: The letters start at five millimeters and shrink to two by the end of the line. That's the micrographia.
P: My wife used to say she needed a microscope.
T: Nine hole peg test, right hand forty one seconds, left thirty eight seconds. It was forty eight and forty four.
T: Buttons on the board, eight buttons in two minutes ten seconds.
T: Now tell me about getting up at night for the bathroom.
P: Well, honestly, at night my daughter has to help me up. My legs freeze.
C: Dad, you didn't tell me that was every night.
P: Two or three times a night. I didn't want to say.
T: Thank you for telling me. So at night you need minimal assist for toileting, not independent.
C: I had no idea.
T: Let's work on that. A bedside commode for the night, a motion light, and the cue to rock before you stand.
T: Eva, here's how to help: stand at his side, say big step, don't pull the arm.
C: Big step. Okay.
T: That caregiver training and the night plan was twelve minutes.
P: Can you also look at my golf grip? The club slips.
T: Let's add built-up grips to the list for later. Today is the re-evaluation.
T: New goal: toileting at night with supervision using the commode, in four weeks.
T: Plan: once a week for four weeks.
C: Thank you. This helped.
P: Next week then. Same time?
T: Same time, Tuesday at two.
""",
    [
        "five millimeters|5 mm",
        "micrographia",
        "right hand forty one seconds|41 seconds",
        "left thirty eight seconds|38 seconds",
        "forty eight|48",
        "two minutes ten seconds|2 minutes 10 seconds",
        "Two or three times a night|2-3 times a night",
        "minimal assist for toileting",
        "bedside commode",
        "motion light",
        "big step",
        "once a week for four weeks|1x/week for 4 weeks",
    ],
    ["falls", "trouble swallowing pills"],
    ["Toileting, bathing, all independent", "she needed a microscope", "look at my golf grip"],
)

S(
    "ah_ot07_court_reporter_fingers_wake_up",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97110": 10, "97535": 8},
    [],
    "97110x1:GO 97535x1:GO",
    """
t: last visit today ms ortiz eight weeks after the carpal tunnel release
p: i went back to the courtroom monday full days
t: any numbness at night
p: no numbness the hand doesnt wake me up anymore
t: the pillow pain in the palm
p: pillar pain yes only when i lean on the heel of my hand
t: zero to ten
p: one leaning on it zero otherwise
t: tin else sign at the wrist is negative today
p: no zing when you tap
t: grip fifty two pounds on the right it was twenty eight at six weeks
t: the quick dash is nine today it was fifty at the start
t: lets finish the putty and the nerve glides ten minutes today
p: the putty is easy now
t: two sets of ten with the blue putty and tendon glides five positions
t: that was ten minutes of exercise
t: now your home program and listen the numbers at home are not the same as today
t: at home putty twenty minutes a day not the ten we did here
p: twenty minutes
t: and the stenograph set up keyboard lower wrists neutral a break every hour
p: i can stretch during the recess
t: yes the wrist stretch at recess that ergonomic teaching was eight minutes
p: my friend from court had the surgery on both hands at once
t: one at a time is more common goals all met typing full days without numbness met
p: can i stop wearing the brace
t: yes no brace in the day the night splint you can stop too
t: call us if the numbness comes back youre discharged to the home program
p: thank you for everything i can finally sleep
t: youre welcome good luck with the long trials
p: the murder trial starts next month and it goes all day
t: then remember the break every hour
""",
    [
        "eight weeks after the carpal tunnel release|8 weeks",
        "pillow pain|pillar pain",
        "one leaning on it|1/10",
        "tin else sign|Tinel",
        "grip fifty two pounds|52 pounds",
        "twenty eight at six weeks|28",
        "quick dash is nine|QuickDASH 9",
        "fifty at the start|50",
        "blue putty",
        "putty twenty minutes a day|20 minutes a day",
        "a break every hour",
        "discharged to the home program",
    ],
    ["numbness at night", "zing"],
    ["my friend from court had the surgery on both hands at once", "the murder trial starts next month"],
)

# --------------------------------------------------------------------------------------------- SLP, dev

S(
    "ah_slp01_handlebars_and_lost_words",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hi Mr. Adeyemi. I'm Dr. Walsh, the speech-language pathologist, and this is Hannah, a graduate student clinician. She'll run the evaluation and I'm supervising.
T: Hi, I'm Hannah. You had a concussion from a bike crash six weeks ago?
P: Yes, I went over the handlebars. Helmet cracked. Since then the words won't come.
T: Tell me what that's like at work.
P: I'm a pharmacist. I know the drug, I can see the box, and the name just isn't there.
T: Any trouble understanding what people say?
P: No, I understand everything. It's getting my words out.
T: Any headaches still?
P: Not anymore. They stopped last week.
T: Any trouble swallowing?
P: No, eating is fine.
T: Let's start with naming. I'll show you pictures. Tell me what each one is.
P: That's a, the thing, for the door. Key. Key.
T: On the Boston Naming Test you named forty eight out of sixty without cues, and fifty four with phonemic cues.
T: Now name as many animals as you can in one minute.
P: Dog, cat, horse, um, lion, tiger, the striped one, zebra.
T: Fourteen animals in one minute. That's below the expected range for your age and education.
T: Hannah, I'd score the discourse before the summary.
T: Okay. Tell me how you'd counsel someone picking up a new blood pressure medicine.
P: You take it in the morning, and watch for, um, the dizzy when you stand, and the, the cough, sometimes.
T: Lots of pauses and some empty words like thing and stuff, but the content is accurate.
T: The Cognitive Linguistic Quick Test scores were within normal limits for memory and attention.
P: So my memory is okay?
T: Yes, the trouble is mainly word retrieval. Mild anomia after the concussion.
P: Can you write me a note to stay off the pharmacy counter for a month?
T: Your doctor handles work notes. We'll put your word-finding findings in our report for them.
T: Goals: name ninety percent of pictures with self-cues, and give a drug counseling script with no more than two pauses, in eight weeks.
T: Plan: twice a week for eight weeks.
P: My wife says I called the dog the cat three times yesterday.
T: That's the word retrieval. We'll work on strategies like describing the word.
T: Good job, Hannah. I agree with the scoring.
""",
    [
        "concussion from a bike crash six weeks ago|6 weeks",
        "pharmacist",
        "forty eight out of sixty|48/60",
        "fifty four with phonemic cues|54",
        "Fourteen animals in one minute|14 animals",
        "Cognitive Linguistic Quick Test",
        "within normal limits for memory and attention",
        "Mild anomia",
        "ninety percent|90%",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["trouble understanding", "headaches", "trouble swallowing"],
    ["stay off the pharmacy counter for a month", "called the dog the cat three times yesterday"],
)

S(
    "ah_slp02_tight_jaw_after_the_radiation",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
t: there you are mister coleman we started fifteen minutes after your time but we will get the swallowing work done
p: sorry the parking garage was full i had to go around three times
t: before we start your therapy this year is past the medicare threshold for speech and physical therapy together since your p t for the neck
p: so what happens
t: the swallowing work is still medically necessary so i put a k x modifier on the claim and we keep going
p: all right
t: how is eating this week
p: the dry stuff sticks chicken sticks bread sticks
t: any coughing or choking at meals
p: no choking just sticking
t: any pneumonia or fevers since last time
p: no fevers
t: lets measure your mouth opening with the terra bite
p: the therabite yes i do it at home
t: thirty one millimeters today last week twenty eight
t: now the effortful swallow with water on the i d d s i level zero thin liquids
p: like pushing hard with the tongue
t: yes five of five with a strong swallow no cough
t: now the chin tuck against resistance with the ball ten reps
t: and the masako with the tongue between the teeth ten reps
p: that one is hard my tongue is tight from the radiation
t: now soft and bite sized solids i d d s i level six with a sip after each bite
p: much better with the sip
t: eight of ten bites cleared with one extra swallow two needed a sip
t: keep the diet at level six soft and bite sized and thin liquids
t: the therabite five times a day hold thirty seconds
p: my oncologist said the scan was clean
t: thats great news keep the appointments with him
p: my wife made pot roast it was too much
t: cut it small with gravy
""",
    [
        "terra bite|therabite",
        "thirty one millimeters|31 mm",
        "twenty eight|28",
        "effortful swallow",
        "level zero thin liquids|level 0",
        "five of five|5/5",
        "masako",
        "level six|level 6",
        "eight of ten bites|8/10",
        "five times a day hold thirty seconds|5 times a day",
    ],
    ["choking", "fevers"],
    ["the parking garage was full", "my wife made pot roast"],
    kx=True,
)

S(
    "ah_slp03_the_wifi_drops_on_r",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mateo, can you hear me? It's Ms. Gray on the computer.
P: Yeah. Hi. My mom set it up in the kitchen.
C: Hi, I'm here too. The internet has been bad all morning.
T: Let's go fast while it works. We're doing the R sound in the middle of words today.
P: Like carrot.
T: Exactly. Say carrot, parrot, mirror.
P: Carrot, parrot, mirror.
T: Good. I'll show words on the screen. Ten words, say each one.
P: Girl, bird, turtle, purple, hurt.
T: That's eight of ten correct in words, with a model.
C: Sorry, it's frozen on my end.
T: I lost the video. Mrs. Rivera, can you call the clinic line? We'll finish by phone.
C: Calling now. Okay, you're on speaker.
T: Mateo, now sentences. My bird is purple.
P: My bird is purple.
T: The turtle is in the dirt.
P: The tuttle is in the dirt.
T: Turtle. Back of the tongue up, like a growl.
P: Turtle. Turtle.
T: Good. Six of ten correct in sentences on the phone, with cues.
C: He does it better at dinner, I think.
T: Does he have any ear pain or a cold today?
P: No, I'm not sick.
T: Good. Homework is the purple list, five words, three times each, every night.
C: Should we do it before or after his video game?
T: Before. It works better when he isn't tired.
P: Can I stop coming in summer?
T: That's for Ms. Patel to decide at your next progress check.
C: Thank you. The Wi-Fi company is coming Friday.
T: Great. Bye Mateo.
""",
    [
        "R sound in the middle of words|medial /r/",
        "eight of ten correct in words|8/10",
        "with a model",
        "Six of ten correct in sentences|6/10",
        "back of the tongue up",
        "purple list, five words, three times each|5 words, 3 times each",
        "every night",
    ],
    ["ear pain"],
    ["The Wi-Fi company is coming Friday", "Should we do it before or after his video game"],
)

S(
    "ah_slp04_grocery_lists_after_chemo",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {"97129": 15, "97130": 18},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Dana. How were the grocery lists this week?
P: I forgot the list at home twice. And I stood in the aisle not knowing why I was there.
T: That's the chemo fog you described. Any new numbness in your hands from the chemo?
P: No, that stayed the same.
T: Any headaches?
P: No.
T: Okay. Today we work on the list strategy and on attention with the planner.
T: First, the recall. I'll say six items. Milk, rice, apples, soap, eggs, coffee.
P: Milk, apples, eggs, coffee, and... soap.
T: Five of six after a short delay. Last week it was three of six.
T: Now with the strategy. Group them. Dairy, produce, household.
P: Dairy, milk and eggs. Produce, apples. Household, soap. Then rice and coffee in the pantry.
T: Six of six with the grouping. That's the strategy working.
P: I need to use the bathroom, sorry, the nausea pill.
T: Of course. Go ahead, we'll pick up after.
P: Okay, I'm back.
T: That was twenty one minutes before the break. Now the planner. Put Tuesday's chemo, the pharmacy and your son's game in.
P: Chemo at nine, pharmacy after, game at five.
T: Good. Now add a reminder for the blood work on Friday.
P: I almost forgot Friday.
T: That's why it goes in the planner. Twelve minutes after the break. Thirty three minutes of cognitive work in all today.
P: Is my brain coming back?
T: It often improves after treatment ends. We'll keep tracking the recall.
P: My coworker said her sister never got it back.
T: Everyone is different. Let's focus on your numbers. They're improving.
T: Goals: recall six of six with grouping, met today. Use the planner daily, nearly met.
T: Home: the planner every morning at breakfast and the grocery grouping.
P: Okay. My son can check it.
T: Good. Bring the planner next time so we can look at the week.
P: I will. Same time next week?
T: Same time. See you next week.
""",
    [
        "chemo fog",
        "Five of six after a short delay|5/6",
        "three of six|3/6",
        "Six of six with the grouping|6/6",
        "planner",
        "grocery grouping",
        "met today",
        "nearly met",
    ],
    ["numbness", "headaches"],
    ["My coworker said her sister never got it back", "your son's game"],
    cog=33,
)

S(
    "ah_slp05_pitch_climbs_at_the_register",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Jess. Progress report today. How's the voice been at work?
P: Better. At the register people say "ma'am" now, most of the time.
T: That's great. How often have you been practicing?
P: Twice a day, every day.
T: Let's measure. Read the rainbow passage for me.
P: When the sunlight strikes raindrops in the air...
T: Your average pitch in reading is one hundred eighty five hertz. At the start it was one hundred forty five.
P: That's a big jump.
T: It is. In conversation it was one seventy two today.
T: Any throat pain or hoarseness after a shift?
P: No pain. No hoarseness.
T: Any vocal fatigue by the end of the day?
P: A little tired, but I don't lose the voice.
T: Now the resonance work. Forward focus, the hum, then into the words.
P: Mmm, many, mommy, money.
T: Good brightness. Now the phone script.
P: Thanks for calling Green Leaf, this is Jess.
T: That's in range the whole time. Okay, be honest about the practice.
P: Okay, honestly it's more like once a day. Twice on my days off.
T: Thanks. Once a day is still good. We'll put that in the report.
T: On the Trans Woman Voice Questionnaire you scored sixty one today. At the start it was ninety eight.
P: Lower is better on that one?
T: Yes. Goals: average pitch above one eighty in conversation, partly met. Use the voice on the phone at work, met.
T: Plan: once a week for six more weeks.
P: My roommate wants to know if you take his insurance.
T: He can call the front desk.
P: And my manager said I can do the drive-through headset next month.
T: That's a good new goal. We'll practice with a headset.
P: Can I bring the one from work?
T: Yes, bring it. We'll check your pitch with it on.
P: Perfect. See you Thursday.
""",
    [
        "one hundred eighty five hertz|185 Hz",
        "one hundred forty five|145",
        "one seventy two|172",
        "Forward focus",
        "once a day",
        "Trans Woman Voice Questionnaire",
        "sixty one|61",
        "ninety eight|98",
        "partly met",
        "once a week for six more weeks|1x/week for 6 weeks",
    ],
    ["hoarseness", "throat pain"],
    ["Twice a day, every day", "My roommate wants to know if you take his insurance"],
)

S(
    "ah_slp06_the_boy_falled_and_cried",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hi Amara, hi Mrs. Okafor. Today we redo the testing, six months since the first evaluation.
C: She's been talking so much more. Her teacher says so too.
T: That's good to hear. Amara, are you ready to look at pictures with me?
P: Yes. Can I have a sticker after?
T: Two stickers. Before we start, Mrs. Okafor, one correction. Ms. Hart scored the first test, and she used the table for six year olds. Amara was five then.
C: So the number was wrong?
T: The first core language score was written as seventy two. With the right age table it's seventy six.
C: Okay. So that's the starting number.
T: Yes, seventy six is the baseline. Now, Amara, point to the picture where the cat is under the table.
P: This one.
T: Good. Now tell me what happened in this picture.
P: The boy falled and he cry.
T: Today's CELF-5 core language score is eighty six.
C: That's better, right?
T: Yes, ten points. Still below the average range, which starts at eighty five, so just at the edge.
T: Her sentences are longer. Mean length of utterance six point two words. It was four point five.
P: Can I do the puzzle now?
T: In a minute. Past tense is still hard. Falled for fell, cry for cried.
C: She does that at home too.
T: Any ear infections this year?
C: No, none this year.
T: Any hearing concerns from school?
C: No, she passed the hearing screen in September.
T: New goals: use regular past tense in eight of ten sentences, and retell a story with a beginning, middle and end.
T: Plan: once a week for six months.
C: Her brother has speech at school. Does that count?
T: That's his own services. For Amara, read a picture book and ask what happened.
P: I want the dinosaur book.
T: The dinosaur book is perfect. Here are your stickers.
C: Thank you. Same day next month?
T: Every Wednesday at four, starting next week.
""",
    [
        "seventy six|76",
        "CELF-5 core language score is eighty six|86",
        "Mean length of utterance six point two|6.2",
        "four point five|4.5",
        "Past tense is still hard",
        "eight of ten sentences|8/10",
        "beginning, middle and end",
        "once a week for six months|1x/week for 6 months",
    ],
    ["ear infections", "hearing concerns"],
    ["written as seventy two", "Her brother has speech at school"],
)

S(
    "ah_slp07_cycling_class_without_the_mic",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: last visit tanya how did the classes go this week
p: i taught five spin classes and used the headset mic every time
t: great any hoarseness after class
p: no hoarseness my voice is clear by the evening
t: any throat clearing
p: no i stopped that you cured me of the clearing
t: the e n t scope last week showed the vocal fold noodles are almost gone
p: nodules yeah the doctor said much smaller
t: vocal fold nodules yes lets do the voice handicap index ten
p: okay
t: v h i ten is four today it was twenty six at the start
t: now the resident voice buzzy on the lips mmm into words
p: mmm many mine moon
t: good and the straw phonation in water semi occluding slides up and down
p: bubbles bubbles
t: maximum phonation time eighteen seconds it was eleven
t: now the class cue ride it out with the mic at normal loudness
p: pedal faster we are climbing
t: good resident voice all the way through no pressed sound
t: goals all met teaching with the mic without hoarseness met v h i under ten met
t: keep the straw five minutes before every class
p: and water a big bottle every class
t: yes two liters a day
p: my gym owner wants me to do a boot camp class outside without a mic
t: not yet wait two more months and use a portable speaker
p: my friend says honey and lemon fixes everything
t: water and rest work better
t: you are discharged from speech therapy call if the hoarseness comes back
p: thank you so much
t: youre welcome enjoy the classes
p: ill bring you a free class pass
""",
    [
        "five spin classes|5 spin classes",
        "headset mic",
        "vocal fold noodles|vocal fold nodules",
        "v h i ten is four|VHI-10 4",
        "twenty six|26",
        "resident voice|resonant voice",
        "straw phonation",
        "semi occluding|semi-occluded",
        "eighteen seconds|18 seconds",
        "eleven|11",
        "two liters a day|2 liters a day",
        "discharged from speech therapy",
    ],
    ["hoarseness", "throat clearing"],
    ["honey and lemon fixes everything", "ill bring you a free class pass"],
)

# --------------------------------------------------------------------------------------------- PT, test

S(
    "ah_pt09_pop_in_the_calf_at_pickleball",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 9},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
t: hi mister brooks im the physical therapist what happened
p: pickle ball saturday i lunged for a drop shot and felt a pop in the left calf like someone hit me with a ball
t: that sounds like a calf strain sometimes called tennis leg
p: my buddy said its my achilles
t: lets check can you go up on your toes on the left
p: yes but it hurts right in the middle of the calf
t: pain right now zero to ten
p: a three walking a six going up on my toes
t: any bruising
p: some bruising by the ankle it turned purple yesterday
t: any calf swelling or warmth that worries you
p: no warmth no swelling really
t: thompson test squeezing the calf the foot moves so the achilles is intact
p: oh good
t: tender at the medial gas rock the inner calf muscle belly
t: ankle dorsiflexion knee straight five degrees on the left fifteen on the right
t: single leg heel raise left eight reps with pain right twenty five reps
p: i can do more on the good side for sure
t: you walk with a short step on the left and no push off
t: this is a low complexity evaluation a healthy person one body part no other problems
t: now your home program seated calf pumps twenty times every hour
t: gentle towel stretch thirty seconds three times and double leg heel raises two sets of ten
p: like this
t: yes slow down slow on the way down that teaching was nine minutes
c: sorry to interrupt mister brooks your copay today is thirty five dollars at the desk
p: okay ill stop by after
t: goals walk without a limp in two weeks and back to pickle ball in six weeks
t: plan twice a week for four weeks
p: my league starts in three weeks
t: three weeks is too soon for the league well see at the progress check
p: fair enough
""",
    [
        "pickle ball|pickleball",
        "left calf",
        "calf strain",
        "a three walking|3/10 walking",
        "a six going up on my toes|6/10",
        "bruising by the ankle",
        "thompson test|Thompson",
        "medial gas rock|medial gastrocnemius",
        "five degrees on the left|5 degrees",
        "left eight reps|8 reps",
        "twenty five reps|25 reps",
        "calf pumps twenty times every hour|20 times every hour",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["warmth"],
    [
        "my buddy said its my achilles",
        "your copay today is thirty five dollars",
        "my league starts in three weeks",
    ],
)

S(
    "ah_pt10_calf_cramps_every_block",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97116": 22, "97112": 8},
    [],
    "97116x1:GP,KX 97112x1:GP,KX",
    """
T: Hi Mr. Haddad, I'm Tom. Rachel started your session but she got called to the front, so I'm finishing with you.
P: That's fine. She had me on the hallway walk already.
T: She told me she did ten minutes of gait with you, the interval walking.
P: Yes, I walked until the cramp, then rested, twice.
T: Okay. One thing first. Your therapy spending this year is past the Medicare threshold, because of your shoulder physical therapy in the winter.
P: Is that a problem?
T: No. The walking program for your leg arteries is still medically necessary, so we use the KX modifier and continue.
P: Okay, good.
T: The cramp in the calf, zero to ten, when you stop?
P: A four, then it goes away in a minute.
T: Any pain at rest, in bed at night?
P: No, never at rest.
T: Any sores on the feet?
P: No sores. I check them like you said.
T: Good. Let's continue the intervals. Walk the loop until the cramp is a three, then stop.
P: I'm at the door. Now it's starting.
T: That was four minutes to onset. Last week it was two and a half.
P: Better.
T: Rest, then again. Heel to toe, long steps, swing the arms.
P: Going again.
T: Good. I did twelve minutes of gait with you, so with Rachel's ten that's twenty two for the walking today.
T: Now balance, because of that near fall on the curb. Stand on one leg at the counter.
P: The left one is shaky.
T: Left eight seconds, right fifteen seconds. Now tandem walk along the tape.
P: That I can do.
T: Balance was eight minutes. Your walking distance today was nine hundred feet total.
P: My wife wants me to walk with her at the mall.
T: Yes, the mall is perfect. Walk to a three, rest, go again, thirty minutes a day.
P: And the cigarettes, I'm down to five a day.
T: That's a big step. Your doctor's program can help with the rest.
T: See you Thursday, same time.
""",
    [
        "interval walking",
        "A four|4/10",
        "four minutes to onset|4 minutes",
        "two and a half|2.5",
        "Left eight seconds|8 seconds",
        "right fifteen seconds|15 seconds",
        "tandem walk",
        "nine hundred feet|900 feet",
        "thirty minutes a day|30 minutes a day",
        "five a day|5 a day",
    ],
    ["pain at rest", "sores"],
    ["My wife wants me to walk with her at the mall"],
    kx=True,
    parts={"97116": [10, 12]},
)

S(
    "ah_pt11_bathtub_after_the_manipulation",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97140": 10, "97530": 15},
    ["97010"],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hi mrs lindqvist im theo the physical therapist assistant how is the knee after the manipulation
p: the surgeon bent it under anesthesia on monday it was black and blue but it bends now
t: pain today zero to ten
p: a five a four when i keep moving
t: any calf pain or swelling in the leg
p: no calf pain the swelling is less
t: any fever since the procedure
p: no fever
t: first the hot pack ten minutes to loosen it up the hot pack is on us medicare doesnt pay for it
p: oh thats nice of you
t: now the knee mobs patellar glides and tibial glides in prone
p: ooh that one is tight
t: flexion after the mobs one hundred ten degrees before the manipulation you were stuck at eighty five
p: that is so much better
t: manual therapy was ten minutes
t: now your goal getting in and out of the bath tub we have the tub in the practice bathroom
p: i havent had a bath in two months
t: sit on the edge swing the good leg in then the operated leg hands on the grab bar
p: like this oh i did it
t: and out the same way three times with standby assist
p: my daughter put a bench in my tub but i hate it
t: the bench is fine for now then the floor transfer practice getting down to the mat and up
p: that is harder
t: half kneel on the good knee then up with the chair
t: functional activities were fifteen minutes separate from the manual so the functional part gets the fifty nine modifier
p: can you write me a note for a handicapped parking sticker
t: thats for your doctor the form comes from the motor vehicle office
p: okay my neighbor got one for her bunion
t: keep the heel slides every hour and the stationary bike twice a day
p: every hour okay
t: see you wednesday keep ice after the bike
""",
    [
        "manipulation",
        "a five|5/10",
        "a four when i keep moving|4/10",
        "hot pack",
        "patellar glides",
        "one hundred ten degrees|110 degrees",
        "eighty five|85",
        "three times with standby assist|3 times",
        "floor transfer",
        "grab bar",
        "heel slides every hour",
    ],
    ["calf pain", "fever"],
    ["my neighbor got one for her bunion", "handicapped parking sticker"],
    has59=True,
)

S(
    "ah_pt12_tape_lines_at_the_doorway",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 23, "97112": 11},
    [],
    "97110x2:GP,CQ 97112x1:GP,CQ",
    """
T: Hi Mr. Duarte, I'm Keisha, the physical therapist assistant. How's the freezing at the doorways?
P: Still there. The bathroom door is the worst.
T: Any falls since last week?
P: No falls.
C: He's right, no falls. I'm watching him.
T: Good, Mrs. Duarte. Any dizziness when he stands?
P: No, not dizzy.
T: Did you take the Parkinson's medicine on time?
P: At seven, like always. I'm on right now.
T: Let's warm up. Big arm swings, big steps in place, twenty each.
P: Big. Big. Big.
T: Good. Sit to stand, ten reps, then bridges two sets of ten, then the recumbent stepper.
P: The stepper is my favorite.
T: Standing trunk rotations with the pole, fifteen reps.
T: That was twenty three minutes of exercise today.
T: Now the doorway. I put tape lines on the floor in front of the door. Step over each line.
P: One. Two. Three. Oh, I got through.
T: Now without the lines. Count out loud, one two, one two.
P: One, two, one, two. I stopped for a second.
T: That was one freeze in five doorway passes. With tape, no freezes.
P: Okay, now I remember. I did slip in the shower on Sunday. I caught the towel bar.
C: You didn't tell me that.
P: I didn't fall. I caught myself.
T: Thank you for telling me, that's important. A slip in the shower with no fall. I'll tell the physical therapist.
T: Balance and the doorway cues were eleven minutes.
C: Can we put tape on our floor at home?
T: Yes, blue painter's tape in front of the bathroom door, three lines.
P: Like a runway.
T: Exactly. And a non-slip mat in the shower. Big steps every day.
C: Our grandson wants to come watch next time.
T: He's welcome if he sits with you.
""",
    [
        "freezing at the doorways",
        "twenty each|20 each",
        "bridges two sets of ten|2 x 10",
        "fifteen reps|15 reps",
        "tape lines",
        "one freeze in five doorway passes|1 freeze in 5",
        "slip in the shower",
        "caught the towel bar",
        "blue painter's tape",
        "non-slip mat",
    ],
    ["dizzy"],
    ["Our grandson wants to come watch next time"],
)

S(
    "ah_pt13_taxi_seat_and_the_press_ups",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97110": 14, "97140": 9},
    [],
    "97110x1:GP 97140x1:GP",
    """
t: good morning mister warsame i have the somali interpreter on the phone
c: hello this is the somali interpreter my number is nine one eight three
t: please tell him i want to know about the leg pain after the weekend
c: he says the pain in the leg went back up to the knee it does not go to the foot now
t: that is good news it means the pain is centralizing
p: yes good
t: zero to ten in the back and the leg
c: the back is five the leg is two before it was the leg seven
t: any numbness in the foot or weakness
c: no numbness no weakness
t: any trouble with the bladder
c: no he says no problem
t: how many hours did he drive the taxi
c: ten hours saturday and he used the roll behind his back
t: good lets do the press ups lying on the stomach ten reps three sets
p: okay okay
t: now standing back bends ten reps
c: he says the leg feels lighter
t: and the sciatic nerve slider sitting ten reps
t: that was fourteen minutes of exercise
t: now lie on the stomach im doing central pa glides at l five
c: he says it is tight but good
t: joint mobs to the lumbar spine nine minutes manual
t: tell him press ups every two hours at work when he takes a break from the taxi
c: he asks if he can go to the mosque and pray on the floor
t: yes with the knees wide and come up slowly
c: he says thank you his brother also has back pain can the brother come
t: the brother would need his own referral
c: he understands
t: next visit thursday keep the roll in the car
""",
    [
        "leg went back up to the knee|back up to the knee",
        "centralizing",
        "the back is five|5/10",
        "the leg is two|2/10",
        "ten hours saturday|10 hours",
        "roll behind his back",
        "press ups lying on the stomach ten reps three sets|3 x 10",
        "sciatic nerve slider",
        "central pa glides at l five|L5",
        "every two hours|every 2 hours",
    ],
    ["numbness", "weakness"],
    ["my number is nine one eight three", "his brother also has back pain"],
)

S(
    "ah_pt14_otago_circle_on_tuesdays",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97112": 13},
    ["97150"],
    "97150x1:GP 97112x1:GP",
    """
T: Mrs. Albright, thanks for staying after the balance group. Today is also your progress report.
P: The group was fun. Harold made everyone laugh.
T: Group was thirty minutes with five of you. Now it's just you and me.
P: Good, I have questions.
T: First, any falls since we started?
P: One, three weeks ago, in the garage. I tripped on the hose.
T: Any injury?
P: No, I didn't hit my head. Just a bruise on the knee.
T: Any dizziness when you turn over in bed?
P: No, not anymore.
T: Let's retest. Timed Up and Go, walk to the line, turn, come back and sit.
T: Twelve point four seconds. At the start it was sixteen point eight.
T: Thirty second sit to stand, eleven reps. It was seven.
T: Four stage balance test, you held tandem for ten seconds, single leg for four seconds.
P: Single leg is terrible.
T: Let's work on it. Single leg stance at the counter, fingertip support, then no hands.
P: I'm holding. Now I'm not.
T: Side steps over the cones, then backward walking along the line.
P: Backwards is scary.
T: I'm right behind you. One-on-one balance training was thirteen minutes.
P: Harold says his doctor told him to stop the group.
T: That's between Harold and his doctor. For you, goals: TUG under twelve seconds, nearly met. No falls, not met, one fall.
T: Plan: the group plus one-on-one once a week for six more weeks.
P: And the home exercises from the booklet?
T: Yes, the Otago booklet three times a week, and walking thirty minutes twice a week.
P: My husband will do them with me.
T: Coil the hose on the wall in the garage.
P: He already did. He felt guilty.
T: Good. See you next Tuesday after group.
P: I'll bring the booklet so you can check my marks.
""",
    [
        "One, three weeks ago, in the garage|1 fall",
        "tripped on the hose",
        "Twelve point four seconds|12.4 seconds",
        "sixteen point eight|16.8",
        "eleven reps|11 reps",
        "seven|7",
        "tandem for ten seconds|10 seconds",
        "single leg for four seconds|4 seconds",
        "nearly met",
        "once a week for six more weeks|1x/week for 6 weeks",
        "Otago booklet three times a week|3 times a week",
    ],
    ["hit my head", "dizziness"],
    ["Harold made everyone laugh", "Harold says his doctor told him to stop the group"],
)

S(
    "ah_pt15_treadmill_after_the_long_illness",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 11},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Hi Mr. Osei. Re-evaluation today, two months since you started after the COVID pneumonia.
P: I'm better. I did the stairs at church on Sunday without stopping.
T: That's a change. Shortness of breath at rest?
P: No, not at rest. Only on hills.
T: Any chest pain or palpitations?
P: No chest pain, none of that.
T: Oxygen at rest is ninety seven percent, heart rate seventy eight.
T: Six minute walk test. Walk as far as you can in six minutes.
P: Okay. Going.
T: Four hundred sixty meters. Oxygen lowest ninety four percent. At the start it was two hundred ninety meters.
P: That's almost double.
T: It is. Borg breathlessness after the walk, three out of ten.
T: Thirty second sit to stand, fourteen reps. It was eight.
T: Now the treadmill. I'm starting you at 2:40 by the wall clock.
P: What speed?
T: Two point eight miles an hour, two percent incline.
P: That's fine. I can talk.
T: Good, that's the talk test. Keep going.
P: My legs are getting heavy.
T: We'll stop there. I stopped you at 2:53 by my watch, and my watch is two minutes fast compared with the wall clock.
P: You need a new watch.
T: Probably. Then step-ups, no extra time, we're out of time.
T: My assessment: good progress in endurance and leg strength. Still limited on hills and at work.
P: I want to go back to the warehouse full time.
T: New goals: six minute walk over five hundred meters and ten hours at the warehouse with rest breaks.
T: Plan: twice a week for six more weeks.
P: My boss wants a letter for light duty.
T: I can write what you can do in my note. Light duty is your doctor's form.
P: Okay. And my wife says thanks for the breathing exercises.
T: Keep them up, ten breaths three times a day.
""",
    [
        "COVID pneumonia",
        "stairs at church",
        "ninety seven percent|97%",
        "heart rate seventy eight|78",
        "Four hundred sixty meters|460 meters",
        "ninety four percent|94%",
        "two hundred ninety meters|290 meters",
        "three out of ten|3/10",
        "fourteen reps|14 reps",
        "Two point eight miles an hour|2.8 mph",
        "twice a week for six more weeks|2x/week for 6 weeks",
        "five hundred meters|500 meters",
    ],
    ["chest pain", "Shortness of breath at rest"],
    ["You need a new watch", "My boss wants a letter for light duty"],
    clocks={"97110": ("2:40", "2:53", -2)},
)

S(
    "ah_pt16_releve_on_the_barre",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 17, "97140": 6},
    [],
    "97110x1:GP",
    """
T: Last visit, Ms. Moreau. How's the right ankle?
P: Zero pain. I taught all my classes this week.
T: Any swelling?
P: No swelling at all.
T: Any giving way on the stairs?
P: No, it hasn't rolled.
T: Let's measure. Dorsiflexion eighteen degrees, the same as the left.
T: Single leg balance, eyes closed, twenty two seconds. The left is twenty five.
T: Y balance, anterior reach within four centimeters of the left.
T: Now relevé on the right, twenty five reps.
P: Okay, I'll be honest. That's a two when I'm up on the toes at the barre. Not zero.
T: Thank you. So zero walking and teaching, two out of ten on relevé.
T: Exercises: single leg relevé at the barre, three sets of ten, hops in place, lateral hops, jumps off the step.
P: The jumps feel good now.
T: Exercise was seventeen minutes.
T: Some joint mobilization of the talus, that was only six minutes.
P: That loosened it.
T: FAAM sports score ninety percent. At the start it was forty two percent.
T: Goals: teach a full class, met. Single leg balance equal, nearly. Relevé without pain, partly met.
P: One of my students sprained hers last week. The same ankle.
T: She can call us for an evaluation. For you, keep relevé every day, three sets of fifteen at home.
P: At the barre, or on the floor?
T: Barre first. Then off the barre in two weeks.
P: Should I wear the brace for the recital?
T: Tape or the lace-up brace for the recital, yes.
P: The recital is on the twentieth. Tickets are twelve dollars if you want to come.
T: Thank you. You're discharged to your home program. Call us if it rolls again.
P: Thank you. For everything.
T: Break a leg at the recital. Not literally.
P: Ha. I'll keep the ankle in one piece.
""",
    [
        "Zero pain|0 pain",
        "Dorsiflexion eighteen degrees|18 degrees",
        "twenty two seconds|22 seconds",
        "twenty five|25",
        "four centimeters|4 cm",
        "two out of ten on relevé|2/10",
        "three sets of ten|3 x 10",
        "FAAM sports score ninety percent|90%",
        "forty two percent|42%",
        "partly met",
        "three sets of fifteen at home|3 x 15",
        "lace-up brace",
        "discharged to your home program",
    ],
    ["swelling", "giving way"],
    ["One of my students sprained hers last week", "Tickets are twelve dollars"],
)

# --------------------------------------------------------------------------------------------- OT, test

S(
    "ah_ot08_chopsticks_after_the_ventilator",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 9},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Good morning, Mrs. Chan. I have the Cantonese interpreter on the phone. Hello?
C: Hello, this is the Cantonese interpreter, ID six zero two five. I'll interpret in the first person.
T: Thank you. Please tell her I'm the occupational therapist, and ask what she'd like to do again.
C: I want to use chopsticks and cook for my grandchildren. I can't hold anything small.
T: She had Guillain-Barré syndrome, three weeks in the hospital and on a ventilator for six days, is that right?
C: Yes. Six days on the machine. I came home two weeks ago.
P: Yes, yes.
T: Any numbness in the hands now?
C: Tingling in the fingertips, but not numb.
T: Any trouble swallowing or choking on food?
C: No, no choking.
T: Grip strength with the dynamometer. Right nine pounds, left seven pounds.
T: Lateral pinch right three pounds, left two pounds.
T: Nine hole peg test, right two minutes, left she could not finish.
C: She says she's embarrassed.
T: Tell her this is normal for where she is in recovery. Strength in the shoulders is three minus out of five.
T: Dressing: she needs moderate assist for the upper body, buttons and bra. Feeding: set up, with a built-up spoon.
C: My daughter cuts my food. She is tired.
T: Let's try. Here's a built-up spoon and these training chopsticks with a spring.
P: Ah. Okay. Okay.
C: She says this is much easier. She wants to buy them.
T: We practiced feeding with the built-up spoon and the spring chopsticks and set up the kitchen plan, nine minutes.
C: She asks if she will walk to the market by New Year.
T: That's a question for her physical therapist and doctor too. I'll share her goal.
T: This is a high complexity evaluation: a recent severe illness, many areas of daily living, and several conditions affecting her.
T: Goals: feed herself with adapted chopsticks independently, and dress the upper body with minimal assist, in eight weeks.
T: Plan: twice a week for eight weeks.
C: She says thank you very much. Her son will bring her.
T: Tell her to bring her own bowl next time.
C: She says the blue bowl, the one from her mother.
""",
    [
        "Guillain-Barré syndrome",
        "ventilator for six days|6 days",
        "Tingling in the fingertips",
        "Right nine pounds|9 pounds",
        "left seven pounds|7 pounds",
        "right three pounds|3 pounds",
        "right two minutes|2 minutes",
        "three minus out of five|3-/5",
        "moderate assist for the upper body",
        "built-up spoon",
        "spring chopsticks",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["choking"],
    ["ID six zero two five", "She says she's embarrassed", "walk to the market by New Year"],
)

S(
    "ah_ot09_sock_and_liner_before_the_ride",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 16, "97535": 13},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi mister pruitt im gwen the occupational therapy assistant
p: hey gwen the van picks me up at eleven so lets move
t: first a billing thing your occupational therapy this year went past the medicare threshold with the hand therapy in the spring
p: for my trigger thumb yeah
t: your ot now is still medically necessary after the amputation so we add the k x modifier and keep going
p: okay whatever keeps me coming
t: pain in the residual limb zero to ten
p: a two the phantom pain is a four at night
t: any skin breakdown or open spots on the limb
p: no open spots i look with the mirror every morning
t: good lets practice the toilet transfer with the slide board from the wheelchair
p: okay board under the hip
t: lock the brakes lean forward small scoots
p: done that was smooth
t: and the tub bench transfer swing the leg in
p: i need the bathroom for real sorry
t: go ahead that was ten minutes before the break
p: okay im back
t: six more minutes of the transfers after the break so sixteen for functional activities
t: now the limb care teaching putting on the liner and the shrinker
p: the liner rolls funny
t: roll it inside out flat against the end of the limb no air pocket
p: like this
t: yes and check the skin with the mirror morning and night this was thirteen minutes
t: the transfers and the teaching were separate blocks so the fifty nine goes on the teaching part
p: my cousin lost his leg in iraq and he runs marathons now
t: good for him any dizziness during the transfers
p: no not dizzy
t: practice the liner every morning and keep the shrinker on at night
p: will do
t: see you friday
""",
    [
        "residual limb",
        "a two|2/10",
        "phantom pain is a four at night|4/10",
        "slide board",
        "lock the brakes",
        "tub bench transfer",
        "liner and the shrinker",
        "no air pocket",
        "check the skin with the mirror morning and night",
    ],
    ["skin breakdown", "dizzy"],
    ["the van picks me up at eleven", "my cousin lost his leg in iraq"],
    kx=True,
    has59=True,
    parts={"97530": [10, 6]},
)

S(
    "ah_ot10_grease_burn_on_the_back_of_the_hand",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 12, "97140": 8},
    [],
    "97110x1:GO,CO 97140x1:GO,CO",
    """
T: Hi Kenji. You made it. We have twenty minutes left of your time, so let's get going.
P: Sorry. My shift ran over at the diner.
T: It happens. How's the burn on the back of the right hand?
P: Itchy. The scar feels tight when I make a fist.
T: Pain zero to ten?
P: A two. It's more itch than pain.
T: Any open spots or blisters?
P: No blisters. It's all closed now.
T: Any signs of infection, redness spreading, fever?
P: No, nothing like that.
T: Good. Let's start with the fist. Composite fist, hold five seconds, ten reps.
P: It pulls right across the knuckles.
T: That's the scar. Now tendon glides, all five positions, ten reps.
T: Wrist flexion with the fingers curled, three times thirty seconds.
T: Total active motion of the index finger, two hundred thirty degrees. Last week two hundred ten.
T: Exercise was twelve minutes.
T: Now scar massage with the lotion, firm circles across the scar.
P: Ooh. That's the itchy spot.
T: And the silicone sheet goes back on after. Scar massage was eight minutes.
P: Can I go back to the fryer?
T: The OT will decide at your progress visit. For now, gloves and no grease station.
P: The manager keeps asking.
T: Any numbness in the fingers?
P: No numbness.
T: Home: scar massage three times a day, five minutes each, and the fist stretches every hour.
P: Every hour at work?
T: When you can. Even between orders.
P: My coworker burned her arm last year and used butter on it.
T: No butter. Cool water is what you did right.
P: Okay. See you Wednesday.
T: Bring the silicone sheet so we can check the fit.
""",
    [
        "back of the right hand",
        "A two|2/10",
        "Composite fist",
        "tendon glides",
        "two hundred thirty degrees|230 degrees",
        "two hundred ten|210",
        "scar massage",
        "silicone sheet",
        "three times a day, five minutes each|3x/day, 5 minutes",
        "gloves and no grease station",
    ],
    ["blisters", "numbness"],
    ["My shift ran over at the diner", "used butter on it"],
)

S(
    "ah_ot11_car_seat_and_the_wrist",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97140": 10, "97530": 13},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
t: hi ashley how is the wrist and how is the baby
p: shes three months and heavy the left thumb side is killing me
t: the de quervains the thumb tendons zero to ten
p: a six when i lift her a two resting
t: any numbness in the thumb
p: no numbness
t: any swelling or catching of the thumb
p: no catching
t: finkel steins test still positive on the left
t: lets start with soft tissue along the tendons and the forearm
p: that is the spot
t: manual therapy ten minutes
t: now the baby doll in the car seat we practice lifting with the forearm under not the thumb
p: like a waiter
t: yes palms up both hands and the car seat on the hip not the wrist
p: thats easier
t: now the bottle hold and the diaper change with the wrist straight
p: the snaps on the onesie are the worst
t: zippers instead of snaps helps
t: the whiteboard from the student says fifteen for the baby tasks but we started late on that its thirteen
p: thirteen okay
t: functional activity thirteen minutes separate from the manual so fifty nine on the functional activity
p: my mother in law says i should stop holding her so much
t: hold her all you want just palms up
t: the thumb spica splint at night and when you carry the car seat
p: and the ice
t: ice ten minutes twice a day
p: my sister says i need a shot
t: ask your doctor about the injection it is their call
t: see you next week bring the baby carrier you use
""",
    [
        "three months|3 months",
        "left thumb",
        "de quervains|de Quervain",
        "a six when i lift her|6/10",
        "a two resting|2/10",
        "finkel steins test|Finkelstein",
        "palms up",
        "car seat on the hip",
        "zippers instead of snaps",
        "thumb spica splint at night",
        "ice ten minutes twice a day|10 minutes twice a day",
    ],
    ["numbness", "catching"],
    ["my mother in law says i should stop holding her so much", "my sister says i need a shot"],
    has59=True,
    fixed={"97530": 15},
)

S(
    "ah_ot12_pasta_night_in_the_teaching_kitchen",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97535": 10},
    ["97150"],
    "97150x1:GO 97535x1:GO",
    """
T: Hi Dev. The cooking group went long today. Everyone made pasta.
P: Mine was the best. Tell them.
T: It was good. The group was forty five minutes with four of you. Now it's one-on-one, and it's your progress report.
P: Okay.
T: In group you followed the recipe card with two reminders to check the timer.
P: I forgot the timer once.
T: Twice. That's okay. Last month it was six reminders.
T: Any headaches since the last visit?
P: No headaches.
T: Any dizziness when you stand at the stove?
P: No, I'm good.
T: Let's look at your memory notebook. How many days did you use it this week?
P: Every day. Five days. Okay, four. I missed Sunday.
T: Four out of seven days. At the start it was one.
T: Let's practice. Put tomorrow's appointments in the notebook. Physical therapy at ten, the bank at two.
P: PT at ten. Bank at two. Alarm at nine thirty.
T: Good, you added an alarm on your own. That's a strategy.
T: The notebook training was ten minutes.
P: My mom said I left the stove on last week.
T: Did you?
P: Yeah. Just the small burner. It was off when she came home.
T: Thanks for telling me. We'll add the stove check card next to the stove.
T: Goals: follow a simple recipe with no more than two reminders, met. Notebook use five days a week, partly met.
T: Stove safety check every time, not met.
T: Plan: group once a week and one-on-one once a week for six more weeks.
P: Can I bring my girlfriend to group?
T: Group is for patients, but she can come to a family session.
P: Cool. She makes better pasta than me.
T: See you Thursday. Put the stove card up today.
P: I'll tape it on the hood.
""",
    [
        "followed the recipe card with two reminders|2 reminders",
        "six reminders|6 reminders",
        "Four out of seven days|4/7",
        "memory notebook",
        "added an alarm on your own",
        "left the stove on",
        "stove check card",
        "no more than two reminders, met|2 reminders, met",
        "partly met",
        "once a week for six more weeks|1x/week for 6 weeks",
    ],
    ["headaches", "dizziness"],
    ["Can I bring my girlfriend to group", "She makes better pasta than me"],
)

S(
    "ah_ot13_back_nine_with_a_wrist_brace",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 10},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hi mister feld today is the re evaluation eight weeks after the t f c c repair
p: the triangle thing in the wrist yeah the tee eff cee cee
t: yes the triangular fibrocartilage how is the left wrist
p: good i sleep in the splint every night like you said
t: pain zero to ten
p: a two turning a doorknob a zero resting
t: any clicking in the wrist
p: no clicking
t: any numbness in the little finger
p: no numbness
t: lets measure supination sixty five degrees pronation seventy degrees
t: wrist extension fifty degrees flexion forty five degrees
t: grip left forty eight pounds right ninety pounds
t: the p r w e score is thirty eight today it was seventy one at the start
p: lower is better right
t: yes now the splint when did you last wear it at night
p: okay honestly not every night maybe three nights a week it gets hot
t: thanks for telling me three nights a week we will keep it at night for two more weeks
t: lets do the exercises supination with the hammer ten reps
t: wrist extension with the one pound weight and the ball squeezes
t: that was ten minutes of exercise
p: when can i golf my buddies are playing the back nine saturday
t: putting and chipping only in two weeks no full swing yet
p: my buddy said his surgeon let him golf at six weeks
t: every repair is different new goals grip seventy pounds and full swing in eight weeks
t: plan once a week for six weeks
p: fine
t: and wear the splint at night the next two weeks even when its hot
p: okay okay ill put the fan on
t: good see you next week
p: see you
""",
    [
        "t f c c repair|TFCC repair",
        "triangular fibrocartilage",
        "a two turning a doorknob|2/10",
        "supination sixty five degrees|65 degrees",
        "pronation seventy degrees|70 degrees",
        "extension fifty degrees|50 degrees",
        "grip left forty eight pounds|48 pounds",
        "p r w e score is thirty eight|PRWE 38",
        "seventy one|71",
        "three nights a week|3 nights a week",
        "putting and chipping only",
        "once a week for six weeks|1x/week for 6 weeks",
    ],
    ["clicking", "numbness"],
    [
        "my buddies are playing the back nine saturday",
        "his surgeon let him golf at six weeks",
        "i sleep in the splint every night",
    ],
)

S(
    "ah_ot14_grab_bars_over_the_phone_camera",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97535": 14, "97530": 9},
    [],
    "97535x1:GO,59 97530x1:GO",
    """
T: Last visit, Mrs. Kowalski. Your son is calling in on the tablet from your house, right?
P: Yes, Peter is at my house. He's going to show you the bathroom.
C: Hi, can you see? I'm in the bathroom now.
T: We can. Show me the toilet and the tub. Good, the grab bar by the toilet is in.
C: I put it in the studs, like you said.
T: Now the tub. Is the bench in? And the handheld shower?
C: Both in. And the bath mat with suction cups.
T: Perfect. Mrs. Kowalski, any falls since the hip fracture?
P: No falls. I'm careful.
T: Any leg swelling?
P: No swelling. Hip pain is a one, when I get out of the car.
T: Peter, move the rug in the hallway. It's a trip hazard.
C: The rug is going to the garage. Done.
T: And a night light between the bedroom and the bathroom.
C: I'll buy one today.
T: That home safety training with Peter on the video was fourteen minutes.
C: Thanks. I have to get back to work. Bye Mom.
P: Bye, honey.
T: Now let's practice in our kitchen. Reach to the high shelf with the reacher, then carry the cup with the walker tray.
P: The tray is wonderful. I carried my tea all week.
T: Now the laundry, low basket on the chair, no bending past ninety.
P: I do it sitting now.
T: The functional activity in the kitchen and laundry was nine minutes, a separate block from the video.
T: Lower body dressing independent with the sock aid and reacher. Toileting independent. Tub bench transfers independent.
P: What about driving?
T: That's for your doctor and surgeon. Goals all met. You're discharged from occupational therapy.
P: Can I give you cookies?
T: That's very kind. Keep the hip precautions until the surgeon says.
P: My friend from church fell last week. She broke her wrist.
T: I'm sorry to hear that.
""",
    [
        "grab bar by the toilet",
        "handheld shower",
        "bath mat with suction cups",
        "Hip pain is a one|1/10",
        "rug in the hallway",
        "night light",
        "reacher",
        "walker tray",
        "Lower body dressing independent",
        "Toileting independent",
        "discharged from occupational therapy",
    ],
    ["falls", "swelling"],
    ["I have to get back to work", "My friend from church fell last week"],
    has59=True,
)

# --------------------------------------------------------------------------------------------- SLP, test

S(
    "ah_slp08_pills_stick_with_weak_thighs",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Good morning, Mr. Haddadin. I have the Arabic interpreter on the phone. Hello?
C: Hello, this is the Arabic interpreter, my ID is three three one zero. I will interpret in the first person.
T: Thank you. I'm the speech-language pathologist. Please ask him what happens when he eats.
C: The pills stick in my throat. Rice sticks. I cough with soup sometimes.
T: How long has this been going on?
C: About a year. Slowly worse. The doctor says the muscle disease, inclusion body myositis.
P: Yes. Myositis.
T: Has he lost weight?
C: Five kilos in six months.
T: Any pneumonia in the last year?
C: No, never pneumonia.
T: Any heartburn or food coming back up?
C: No heartburn.
T: Let's look at the mouth. Open, tongue out, side to side. Tongue strength is mildly reduced. Lips and face normal.
T: Voice is clear. Cough is weak on command.
T: Now water. Small sips from the cup, IDDSI level zero.
P: Okay.
C: He says it's fine.
T: Three sips with no cough. The big gulps, he coughed twice, after the swallow.
T: Now the cracker. I feel the larynx rise. It rises late, and he swallows three times for one bite.
C: He says it feels stuck right here, in the neck.
T: Now the pill in applesauce. One swallow, it cleared.
T: My impression: moderate pharyngeal dysphagia from the myositis, with residue and coughing with big sips.
T: I recommend a modified barium swallow study to see the throat muscles and the upper sphincter.
C: He asks if he will need a feeding tube like his uncle.
T: Tell him not now. Today's goal is to keep him eating safely.
T: For now: small sips only, no gulping, IDDSI level six soft and bite-sized, pills in applesauce.
T: Goals: eat a meal with no coughing using the strategies, and keep his weight stable.
T: Plan: once a week for eight weeks after the swallow study.
C: He says thank you. He will ask his son to drive.
""",
    [
        "pills stick",
        "inclusion body myositis",
        "Five kilos in six months|5 kg",
        "Tongue strength is mildly reduced",
        "Cough is weak",
        "Three sips with no cough|3 sips",
        "coughed twice|2 times",
        "swallows three times for one bite|3 times",
        "moderate pharyngeal dysphagia",
        "modified barium swallow study",
        "IDDSI level six|level 6",
        "pills in applesauce",
        "once a week for eight weeks|1x/week for 8 weeks",
    ],
    ["pneumonia", "heartburn"],
    ["my ID is three three one zero", "a feeding tube like his uncle"],
)

S(
    "ah_slp09_bills_after_the_shunt",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 25},
    [],
    "97129x1:GN,KX 97130x2:GN,KX",
    """
t: hi mister olsen how are things since the shunt
p: my walking is better my memory is still patchy
t: before we start your speech and physical therapy this year is past the medicare threshold together
p: its the physical therapy they had me walking every day
t: yes and this memory work is still medically necessary so the claim gets the k x modifier
p: okay
t: any headaches this week
p: no headaches
t: any falls
p: no falls since the shunt
t: today we work on paying the bills with the checklist
p: my wife used to do them but now its me
t: here are three bills the water the phone and the credit card find the due date and the amount
p: water due the twelfth sixty two dollars phone the twentieth
t: good and the credit card
p: i dont see it
t: look at the top right minimum payment
p: oh there thirty five minimum
t: three of three due dates found with one cue
t: now write them in the calendar and check them off
p: done
t: now the recall from the start of the session what are the three bills
p: water phone and the the card
t: three of three with a delayed recall good
t: forty minutes of cognitive work today
p: my son says i should let him do it online
t: that can be a goal later for now the paper checklist
t: goals find due dates independently partly met one cue today
t: use the calendar daily met
t: home the checklist every sunday with your wife checking
p: she will like that
t: see you thursday
""",
    [
        "shunt",
        "memory is still patchy",
        "checklist",
        "three of three due dates found with one cue|3/3",
        "calendar",
        "three of three with a delayed recall|3/3 delayed recall",
        "partly met",
        "every sunday",
    ],
    ["headaches", "falls"],
    ["my son says i should let him do it online", "sixty two dollars"],
    kx=True,
    cog=40,
)

S(
    "ah_slp10_kite_not_tite",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Leo! Hi, Mr. Baptiste. Come in, come in.
C: Sorry we're late. The car seat buckle jammed. We lost fifteen minutes.
T: That's okay, we'll do what we can. Leo, do you want to play the kite game?
P: Tite game!
T: Kite. The K sound at the back. Watch me. Kite.
P: Tite. Kite!
T: Yes! That's a K at the front of a word. Let's do ten cards.
P: Tup. Cup. Cat. Key. Tow. Cow.
T: Seven of ten with my model, front of words. Good job.
C: At home he says tookie for cookie.
T: That's the fronting. He puts the K sound in the front of the mouth.
T: Now let's lie on the pillow and say K with the head back. Gravity helps.
P: K. K. K.
T: Perfect. Now cookie.
P: Cookie!
T: Now words at the end. Book, duck, bike.
P: Boot. Duck. Bite.
T: One of three at the end of words. We'll do those next time.
C: Is he behind for his age?
T: The SLP will talk about that at the progress check. For today, he's making progress.
T: Any ear infections lately?
C: No, none since the tubes.
T: Any sore throat today?
P: No. I have a sticker on my shoe.
T: I see it. Homework: the kite cards, five a day, and say cookie at snack time.
C: Five a day. Okay.
P: Can I take the kite?
T: The paper kite, yes.
C: His sister will want one too.
T: Here's another one. See you Monday.
""",
    [
        "K sound at the back|/k/",
        "Seven of ten with my model|7/10",
        "front of words",
        "fronting",
        "head back",
        "One of three at the end of words|1/3",
        "kite cards, five a day|5 a day",
        "say cookie at snack time",
    ],
    ["ear infections", "sore throat"],
    ["The car seat buckle jammed", "His sister will want one too"],
)

S(
    "ah_slp11_chipmunk_cheeks_at_supper",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Mr. and Mrs. Gallo. How was eating this week?
C: He eats everything fine. No problems at all.
P: I eat fine.
T: Any coughing at meals?
C: No coughing.
T: Any fevers or chest colds?
C: No, he's been healthy.
T: Let's watch lunch. I brought a turkey sandwich and applesauce.
P: Turkey. Good.
T: Take a bite, Mr. Gallo.
C: Well, actually, now that I see it. He does hold food in his cheek. Sometimes for a long time after supper.
T: I see it now. Food is pocketing in the right cheek after three bites.
C: I didn't think that counted. I find it when I brush his teeth.
T: It counts. It's a choking risk. Mr. Gallo, sweep the cheek with your tongue.
P: Like this?
T: Yes. Now a small bite, chew, swallow, then check with your tongue.
P: Okay. Done.
T: With the verbal cue to check, no pocketing in five bites. Without a cue, pocketing in two of five.
T: Now the applesauce with the spoon. Small spoonfuls.
P: Good.
T: Clear. Now thin water from the cup. Single sips, no cough.
C: He likes his wine at supper.
T: One small glass with food, single sips, if his doctor agrees.
T: Recommendation: IDDSI level six soft and bite-sized, thin liquids, cue to check the cheek after every bite, and a mouth check after meals.
C: So I look in his mouth after every meal.
T: Yes, with a flashlight. And smaller bites, half a sandwich cut in four.
P: I'm not a baby.
T: Of course not. It just helps the tongue.
C: Our daughter in Florida wants us to move down there.
T: That's a big decision. Let us know if you do and we'll send the records.
T: See you next week. Mark the pocketing on the calendar.
""",
    [
        "hold food in his cheek",
        "pocketing in the right cheek after three bites|3 bites",
        "sweep the cheek with your tongue",
        "no pocketing in five bites|5 bites",
        "pocketing in two of five|2 of 5",
        "Single sips",
        "IDDSI level six|level 6",
        "mouth check after meals",
        "half a sandwich cut in four|cut in 4",
    ],
    ["fevers", "coughing at meals"],
    ["He eats everything fine", "Our daughter in Florida wants us to move down there"],
)

S(
    "ah_slp12_words_wobble_after_the_cerebellum",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi missus rahman progress report today how is the talking
p: better the words still wobble when im tired
t: that is the a tax ic dysarthria from the cerebellar stroke
p: ataxic yes the doctor said ataxic
t: any trouble swallowing
p: no swallowing is fine
t: any new dizziness
p: no dizziness
t: lets do the intelligibility test read these sentences to me
p: the cat sat on the mat by the red door
t: sentence intelligibility eighty eight percent today it was seventy percent at the start
t: now the diadochokinetic rate puh tuh kuh as fast as you can
p: puh tuh kuh puh tuh kuh puh
t: it is slow and a little irregular but steadier than last time
t: now the pacing board one word per square
p: i want to go to the bank
t: good with the pacing board one hundred percent understood
t: now conversation tell me about your granddaughters wedding
p: it was in the garden under the big tent
t: conversation intelligibility about eighty percent with the slow rate
t: goals speak in conversation with ninety percent intelligibility partly met
t: use the slow rate on the phone met
p: i called the pharmacy myself last week
t: thats great
p: my husband says i talk too slow now
t: slow is what makes you clear
t: plan once a week for six more weeks
t: home read aloud ten minutes a day with the pacing
p: the newspaper or the quran
t: either one ten minutes
p: and my cousin wants to try your therapy for her stutter
t: she can call for her own evaluation
""",
    [
        "a tax ic dysarthria|ataxic dysarthria",
        "cerebellar stroke",
        "eighty eight percent|88%",
        "seventy percent|70%",
        "diadochokinetic rate",
        "pacing board",
        "one hundred percent understood|100%",
        "about eighty percent|80%",
        "partly met",
        "once a week for six more weeks|1x/week for 6 weeks",
        "ten minutes a day|10 minutes a day",
    ],
    ["trouble swallowing", "dizziness"],
    ["my husband says i talk too slow now", "my cousin wants to try your therapy for her stutter"],
)

S(
    "ah_slp13_quiet_voice_after_the_thyroid",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hi Ms. Petrova. Re-evaluation today, three months since the thyroid surgery, and three weeks since the filler in the vocal fold.
P: The ENT said the fold closes much better now.
T: How is the voice at work?
P: I can teach again. By the end of the day it's tired.
T: Any coughing when you drink?
P: No, not since the filler.
T: Any shortness of breath when you talk?
P: No, not anymore.
T: Let's measure. Say ah as long as you can.
P: Ahhhhhhhhh.
T: Maximum phonation time fourteen seconds.
T: My colleague measured nine seconds before the filler, but she wrote nineteen in the chart. I checked the recording. It was nine.
P: So nine to fourteen.
T: Yes. Now loudness, count to ten at your normal voice.
P: One, two, three, four, five, six, seven, eight, nine, ten.
T: Sixty eight decibels at one meter. Before the filler it was fifty eight.
T: The Voice Handicap Index today is thirty four. At the start it was seventy two.
T: Voice quality is mildly breathy, no strain.
P: My students can hear me in the back row now.
T: Now the resonant voice work. Hum, then mmm-one, mmm-two.
P: Mmm-one. Mmm-two. Mmm-three.
T: Clear. Now the classroom script, louder but not pushed.
P: Please open your books to chapter five.
T: Good. New goals: maximum phonation time over eighteen seconds, and teach a full day with voice fatigue two out of ten or less.
T: Plan: once a week for six weeks.
P: Should I use a microphone?
T: Yes, a small voice amplifier for the big classroom.
P: The school won't pay for it.
T: Some are about forty dollars. Ask your union too.
P: Okay.
""",
    [
        "thyroid surgery",
        "filler in the vocal fold",
        "Maximum phonation time fourteen seconds|14 seconds",
        "It was nine|9 seconds",
        "Sixty eight decibels|68 dB",
        "fifty eight|58",
        "Voice Handicap Index today is thirty four|VHI 34",
        "seventy two|72",
        "mildly breathy",
        "once a week for six weeks|1x/week for 6 weeks",
        "voice amplifier",
    ],
    ["coughing when you drink", "shortness of breath"],
    ["she wrote nineteen in the chart", "about forty dollars"],
)

S(
    "ah_slp14_two_languages_at_the_table",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Sofia! Hi, Mrs. Reyes. Last visit today.
C: She's talking all the time now. In Spanish and English.
P: Hola! I want bubbles.
T: I want bubbles, that's three words. Let's play. What does the bear need?
P: Bear want juice. More juice.
T: Today I counted her phrases. Twenty eight two-word or longer phrases in ten minutes.
C: At the start she had maybe ten words.
T: At the evaluation she had fifteen words and no phrases. Now over two hundred words on your list.
C: Two hundred and forty, we counted at home.
T: That's wonderful. Does she mix the languages?
C: Yes, agua and water in the same sentence.
T: That's normal for bilingual children. It's not a problem.
P: Mama, agua please.
T: Any ear infections this winter?
C: No ear infections.
T: Any trouble with eating or drooling?
C: No, nothing.
T: Let's check a goal. Sofia, put the bear on the chair.
P: Bear on chair!
T: Following two-step directions, eight of ten today.
T: Now, for home. At home, read together fifteen minutes a day. Today we played twenty minutes.
C: Fifteen minutes a day, in Spanish is okay?
T: In Spanish is perfect. The language you're strongest in.
C: Her grandma says speak only English so she does well in school.
T: Both languages help her. Keep Spanish at home.
T: Goals all met. She's discharged from speech therapy.
C: What if she stops talking again?
T: Call us or her pediatrician. I don't expect that.
P: Bye bye bubbles.
T: Bye Sofia. Take the bubbles.
C: Thank you for everything.
""",
    [
        "Twenty eight two-word or longer phrases in ten minutes|28 phrases",
        "fifteen words and no phrases|15 words",
        "Two hundred and forty|240",
        "agua and water",
        "normal for bilingual children",
        "two-step directions, eight of ten|8/10",
        "read together fifteen minutes a day|15 minutes a day",
        "Keep Spanish at home",
        "discharged from speech therapy",
    ],
    ["ear infections", "drooling"],
    ["Her grandma says speak only English", "At the start she had maybe ten words"],
)


# =============================================================================================
# Rules (this author's reading of PRODUCT.md "Therapy billing rules")
# =============================================================================================

TIMED_CODES = set(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
UNTIMED_CODES = set(
    "97161 97162 97163 97164 97165 97166 97167 97168 92521 92522 92523 92524 92507 92526 92610 97150 97010 97012 97014 G0283".split()
)
SLP_EVAL_CODES = {"92521", "92522", "92523", "92524", "92610"}
EVALS = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": ""},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": ""},
    ("SLP", "evaluation"): dict.fromkeys(SLP_EVAL_CODES, ""),
    ("SLP", "re-evaluation"): dict.fromkeys(SLP_EVAL_CODES, ""),
}
EVAL_CODES = {c for v in EVALS.values() for c in v}
DISCIPLINE_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSISTANT_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANT_ROLES = {"PTA", "OTA", "SLPA"}
NOTE_KINDS = ["evaluation", "daily", "progress", "re-evaluation", "discharge"]
# NCCI pairs these keys do not model with 59: such pairs are kept out of the data
UNMODELLED_PAIRS = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, EVAL_CODES),
    ({"92507"}, {"92526"}),
]
# words an id must not hold (they would tell what a session tests)
ID_HINTS = set(
    "kx 59 asr pta ota slpa cms percode per code tele telehealth video group interpreter interp clock clocks student late break restroom bathroom corrected correct fixed wrong threshold medicare units minutes covered".split()
)


def table(m):
    """8-22 -> 1, 23-37 -> 2, 38-52 -> 3 ... under 8 -> 0."""
    return 0 if m < 8 else (m + 7) // 15


def eight_minute(timed, sid, problems):
    total = table(sum(timed.values()))
    units = {c: m // 15 for c, m in timed.items()}
    left = total - sum(units.values())
    if left < 0:
        problems.append(f"{sid}: whole units exceed the total")
        return units
    rest = sorted(timed, key=lambda c: timed[c] % 15, reverse=True)
    for i in range(left):
        if i >= len(rest) or timed[rest[i]] % 15 == 0:
            problems.append(f"{sid}: no code left for a spare unit")
            break
        units[rest[i]] += 1
    if 0 < left < len(rest) and timed[rest[left - 1]] % 15 == timed[rest[left]] % 15:
        problems.append(f"{sid}: a tie between remainders decides a unit")
    return units


def derive_key(s, problems):
    if s["rule"] == "cms":
        tu = eight_minute(s["timed"], s["id"], problems)
    else:
        tu = {c: table(m) for c, m in s["timed"].items()}
    codes = {c: 1 for c in s["untimed"] if c != "97010"}
    codes.update({c: n for c, n in tu.items() if n})
    mods = {}
    for c in codes:
        m = [DISCIPLINE_MOD[s["discipline"]]]
        if s["role"] in ASSISTANT_MOD:
            m.append(ASSISTANT_MOD[s["role"]])
        if c == "97530" and "97140" in codes or c == "97535" and "97530" in codes:
            m.append("59")
        if s["kx"]:
            m.append("KX")
        mods[c] = m
    return codes, mods


def parse_hand_key(text):
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

SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
DECADES = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORD = re.compile(
    r"\b(" + "|".join(SMALL + DECADES + ["hundred", "half", "quarter", "dozen"]) + r")\b", re.I
)
DENIAL = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|denies|without|negative|neither|nor|nobody|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|won't|wont|can't|cant|aren't|arent)\b",
    re.I,
)
TAGGED = re.compile(r"^([TPCtpc]):\s*(\S.*)$")
WHO = {"t": "therapist", "p": "patient", "c": "caregiver"}


def spellings(n):
    if n < 20:
        return [str(n), SMALL[n]]
    d, u = divmod(n, 10)
    if u == 0:
        return [str(n), DECADES[d - 2]]
    return [str(n), f"{DECADES[d - 2]} {SMALL[u]}", f"{DECADES[d - 2]}-{SMALL[u]}"]


def mentions(n, text):
    pats = [r"(?<![\w.:/-])" + re.escape(f) + r"(?![\w:/-])" for f in spellings(n)]
    return any(re.search(p, text, re.I) for p in pats)


def to_min(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def turns(s):
    return [x.strip() for x in s["text"].strip().splitlines() if x.strip()]


def segments(s, problems):
    rng = random.Random(int(hashlib.sha256(("blind31:" + s["id"]).encode()).hexdigest()[:12], 16))
    out, t = [], 0.0
    for raw in turns(s):
        m = TAGGED.match(raw)
        if not m:
            problems.append(f"{s['id']}: cannot read line {raw[:40]!r}")
            continue
        said = m.group(2).strip()
        length = max(1.0, len(said.split()) / 2.4 * rng.uniform(0.9, 1.2))
        out.append(
            {
                "start": round(t, 1),
                "end": round(t + length, 1),
                "speaker": WHO[m.group(1).lower()],
                "text": said,
            }
        )
        t = round(t + length, 1) + rng.uniform(0.45, 1.1)
    return out


def is_asr(s):
    ms = [TAGGED.match(x) for x in turns(s)]
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

    m = re.fullmatch(r"ah_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
    if not m or m.group(1) != s["discipline"].lower():
        bad("id does not fit")
    elif ID_HINTS & set(m.group(3).split("_")):
        bad("id hints at what is tested")
    if (
        s["split"] not in ("dev", "test")
        or s["rule"] not in ("cms", "per-code")
        or s["note_type"] not in NOTE_KINDS
    ):
        bad("split, rule or note type")
    if s["role"] not in (s["discipline"], s["discipline"] + "A"):
        bad("role and discipline")
    if s["role"] in ASSISTANT_ROLES and s["note_type"] != "daily":
        bad("assistant on a note other than daily")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("SLPA under Medicare")
    low = s["text"].lower()
    kx_said = "KX" in s["text"] or re.search(r"\bk x\b", low)
    if s["kx"] and not (s["rule"] == "cms" and "threshold" in low and "necessary" in low and kx_said):
        bad("KX needs cms, 'threshold', 'necessary' and the modifier said")
    if not s["kx"] and ("threshold" in low or kx_said):
        bad("threshold / KX said but not keyed")
    for c, n in s["timed"].items():
        if c not in TIMED_CODES or not isinstance(n, int) or n < 1:
            bad(f"timed entry {c}={n}")
    for c in s["untimed"]:
        if c not in UNTIMED_CODES:
            bad(f"untimed code {c}")
    if "G0283" in s["untimed"] and s["rule"] != "cms" or "97014" in s["untimed"] and s["rule"] == "cms":
        bad("G0283 / 97014 under the wrong profile")
    evals = {c for c in s["untimed"] if c in EVAL_CODES}
    fit = EVALS.get((s["discipline"], s["note_type"]))
    if fit is None and evals:
        bad("evaluation code on a non-evaluation note")
    if fit is not None and (len(evals) != 1 or not evals <= set(fit)):
        bad("evaluation code does not fit")
    present = set(s["timed"]) | set(s["untimed"])
    for a, b in UNMODELLED_PAIRS:
        if present & a and present & b:
            bad(f"unmodelled NCCI pair {sorted(present & a)} + {sorted(present & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("PT / OT timed code in an SLP session")
    if s["cog"] is None and {"97129", "97130"} & set(s["timed"]):
        bad("97129/97130 without a cognitive block")
    if s["cog"] is not None:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("cognitive block not split 15 + rest")

    codes, mods = derive_key(s, problems)
    hc, hm = parse_hand_key(s["key"])
    if (codes, mods) != (hc, hm):
        bad(f"key: rules {codes} {mods}; hand {hc} {hm}")
    if s["has59"] != any("59" in v for v in mods.values()):
        bad("has59 flag")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns")
    if not segs or not 90 <= segs[-1]["end"] <= 900:
        bad("duration out of 90-900 s")
    for a, b in zip(segs, segs[1:], strict=False):
        if not (b["end"] > b["start"] and 0.3 <= round(b["start"] - a["end"], 2) <= 1.3):
            bad("timestamps")
            break
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("therapist and patient must both speak")
    tags = [x[0] for x in turns(s)]
    if any(t.islower() for t in tags) != all(t.islower() for t in tags):
        bad("mixed tag case")
    if all(t.islower() for t in tags) != is_asr(s):
        bad("lower-case tags without a clean recogniser text (or the reverse)")

    clinic = [g["text"] for g in segs if g["speaker"] == "therapist"]
    ctext = " ".join(clinic)
    for c, n in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        if c in s["clocks"]:
            start, stop, adj = s["clocks"][c]
            if to_min(stop) - to_min(start) + adj != n:
                bad(f"{c}: clock times give {to_min(stop) - to_min(start) + adj}, key {n}")
            for tm in (start, stop):
                if tm not in ctext:
                    bad(f"{c}: clock time {tm} not said by the clinic")
            if adj and not mentions(abs(adj), ctext):
                bad(f"{c}: clock difference {abs(adj)} not said")
            continue
        pieces = s["parts"].get(c, [n])
        if sum(pieces) != n:
            bad(f"{c}: pieces do not add up")
        for p in pieces:
            if not mentions(p, ctext):
                bad(f"{c}: {p} minutes not said by the clinic")
    if s["cog"] is not None and not mentions(s["cog"], ctext):
        bad("cognitive minutes not said")
    for c, first in s["fixed"].items():
        final = s["timed"].get(c)
        i_first = [i for i, t in enumerate(clinic) if mentions(first, t)]
        i_final = [i for i, t in enumerate(clinic) if final and mentions(final, t)]
        if not i_first or not i_final or max(i_final) < max(i_first):
            bad(f"{c}: settled figure must follow the first ({first} -> {final})")
    for c in evals:
        lvl = fit[c]
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
            bad(f"fact {f!r} only found by a short alternative")
        if any(re.search(r"\d", o) or NUMBER_WORD.search(o) for o in opts) and not any(
            re.search(r"\d", o) for o in opts
        ):
            bad(f"numeric fact {f!r} lacks a digit form")
    if not s["negated"] or not s["absent"]:
        bad("negated and absent both needed")
    for n in s["negated"]:
        nl = n.lower()
        at = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not at:
            bad(f"negated {n!r} not said")
        elif not any(DENIAL.search(segs[j]["text"]) for i in at for j in (i, i + 1) if j < len(segs)):
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
            if {s["note_type"] for s in ds} != set(NOTE_KINDS):
                problems.append(f"{h} {d}: note types missing")
            if {s["rule"] for s in ds} != {"cms", "per-code"}:
                problems.append(f"{h} {d}: both unit rules needed")
        na = sum(s["role"] in ASSISTANT_ROLES for s in hs)
        if not 4 <= na <= 6:
            problems.append(f"{h}: {na} assistant sessions")
        nc = sum(s["rule"] == "cms" for s in hs)
        if abs(2 * nc - len(hs)) > 4:
            problems.append(f"{h}: cms {nc} of {len(hs)}")
        nr = sum(is_asr(s) for s in hs)
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
            f"{h}: ASR {[s['id'] for s in hs if is_asr(s)]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ASSISTANT_ROLES]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}"
        )
    p = []
    segs = [segments(s, p) for s in SESSIONS]
    t = [len(x) for x in segs]
    d = [x[-1]["end"] for x in segs]
    out.append(
        f"turns {min(t)}-{max(t)} (mean {sum(t) / len(t):.1f}), durations {min(d)}-{max(d)} s; "
        f"facts {sum(len(s['facts']) for s in SESSIONS)}, negated {sum(len(s['negated']) for s in SESSIONS)}, "
        f"absent {sum(len(s['absent']) for s in SESSIONS)}"
    )
    return "\n".join(out)


def main():
    problems, docs = [], []
    for s in SESSIONS:
        segs = segments(s, problems)
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
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    base = os.environ.get("BLIND31_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("ah_") and name.endswith(".json"):
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
