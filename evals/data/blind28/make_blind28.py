#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-eighth set (ids ae_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind27
and blind26, and the first 40 lines and the rules / checks part of make_blind27.py (read, not copied:
the rules, helpers and checks at the end of this file are this author's own).  Running it:

  1. recomputes every answer key from the minutes written into each session (8-minute rule or per-code,
     97129/97130 split, GP/GO/GN, CQ/CO, 59, KX) and compares it with the hand-written key; checks
     corrected minute figures, timestamps, turns (30-60), facts / negated / absent against the transcript
     and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND28_OUT).

Transcript lines: "T: ..." (whoever speaks for the clinic: therapist, assistant, a co-treating therapist),
"P: ..." (patient), "C: ..." (caregiver: family, aide, a relative who translates).  Lower-case tags ("t:",
"p:", "c:") mark a speech-recogniser transcript (no capitals, digits or punctuation).  Hand key:
"97110x2:GP,CQ 97112x1:GP,CQ".  `parts` maps a timed code said only in pieces to the pieces; `fixed` maps a
timed code whose minutes the clinician corrects to the first (wrong) figure, which must be said before the
figure the key uses.
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
            "kx": kx,
            "has59": has59,
            "cog": cog,
            "parts": dict(parts or {}),
            "fixed": dict(fixed or {}),
        }
    )


# ---------------------------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------------------------

# ----- PT, dev -------------------------------------------------------------------------------

S(
    "ae_pt01_cuff_repair_week_six",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Hi Mr. Okafor, I'm Dana, I'll be your physical therapist. You had the rotator cuff repaired on the right, is that right?
P: Right shoulder, yeah. Six weeks ago Tuesday.
T: And you're out of the sling now?
P: Since Friday. Dr. Lindqvist said I could take it off. He moved my arm around at the visit and said I had a hundred and forty already.
T: Okay. He may have been lifting it for you while you were lying down. We'll measure today and that's our starting point.
P: He seemed pretty happy with it.
T: Good. Pain right now, zero to ten?
P: Three. Gets to six at night if I roll onto it.
T: Three at rest, six at night. Any numbness or tingling down the arm?
P: No, nothing like that.
T: Any fevers, or redness around the incisions?
P: No.
T: What are you having trouble with day to day?
P: Can't reach the top shelf. Putting on a jacket is slow. And I can't wash my hair with that hand.
T: You're right-handed?
P: Yep.
T: What do you do for work?
P: I drive a delivery van. I'm off until at least March.
T: Okay. Let's measure. Lie back for me and let the arm go heavy. Passive flexion is 95 degrees. Passive external rotation at the side, 30 degrees. Abduction 80.
P: That's it? He said a hundred and forty.
T: Today I'm getting 95 with you relaxed. That's typical at six weeks, honestly. We're not testing strength yet, the tendon needs time to heal.
P: Okay.
T: I'm going to go through the QuickDASH questions with you. Your score comes out to 61.
P: Is high good or bad?
T: High means more difficulty. We'll watch it come down.
T: With the surgery, the protocol, and the demands of your job, I'd call this a moderate complexity evaluation.
T: Now the home program. Pendulums, table slides, and the pulley once you get one. I spent about 10 minutes going through those with you.
P: How many of the table slides?
T: Ten reps, three times a day. Pendulums, thirty seconds each direction.
P: My brother-in-law has a pulley from his knee replacement.
T: That'll work if it hangs over a door. Goals: flexion to 150 in twelve weeks, reaching the top shelf, and back to driving the van.
T: We'll see you two times a week for eight weeks.
P: Tuesdays and Thursdays work for me.
T: The front desk will set it up. Any dizziness with the pain pills?
P: Nope.
T: Great. Ice after the exercises if it's sore.
P: Did you see the game Sunday?
T: I missed it, I was at my niece's recital.
""",
    facts=[
        "right shoulder",
        "six weeks|6 weeks",
        "Three. Gets to six at night|3/10|6/10 at night",
        "Passive flexion is 95 degrees|95 degrees",
        "external rotation at the side, 30 degrees|30 degrees",
        "Abduction 80|80 degrees",
        "QuickDASH|61",
        "table slides",
        "Ten reps, three times a day|10 reps 3x/day",
        "flexion to 150|150 degrees",
        "two times a week for eight weeks|2x/week for 8 weeks",
        "delivery van",
    ],
    negated=["numbness", "tingling", "fevers", "redness", "dizziness"],
    absent=["brother-in-law", "knee replacement", "the game Sunday", "niece's recital"],
)

S(
    "ae_pt02_hip_on_the_tablet",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 22, "97112": 9},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
T: Can you hear me okay, Mrs. Brandt? You froze for a second.
P: I can hear you. Is my face in the picture?
T: I see your forehead. Tilt the tablet down a bit. There. Perfect.
P: My grandson set it up before school.
T: Great. How's the hip today, zero to ten?
P: A two. It was a four on Monday after the grocery store.
T: Any falls since our last visit?
P: No falls. I held the counter a lot.
T: Any dizziness when you stand up?
P: Not that I've noticed.
T: Okay. A note for the chart: this is a video visit, you're at home, and Medicare's rules are the same as in the clinic, same codes and same minutes. You're also past the therapy threshold for the year, so the claim carries the KX modifier. The therapy is still medically necessary, your balance isn't where it needs to be yet.
P: Whatever you say, dear.
T: Let's start with the exercises. Stand at the kitchen counter. Sit to stands first, ten of them.
P: Oh that's hard. There, ten.
T: Good. Side steps along the counter, ten each way. Then heel raises, fifteen.
P: My calves are burning.
T: That's expected. Now the bridges on the bed, two sets of ten.
P: Done. The phone fell over.
T: That's okay, prop it on the pillow. Clamshells with the band, two sets of twelve.
P: The yellow band or the green?
T: The green band. Good, slower on the way down.
T: That was 22 minutes of exercise. Now balance. Stand in the corner with the chair in front of you.
P: Okay, I'm in the corner.
T: Feet together, eyes open, thirty seconds. Good. Now eyes closed, hands ready.
P: Oh, I'm swaying.
T: You got eighteen seconds eyes closed. Last time it was ten. Now tandem stance, one foot in front of the other.
P: That one's harder.
T: Twelve seconds with the right in front, nine with the left. Okay, that was 9 minutes of balance work.
P: Am I getting better?
T: You are. I'll retest the sit to stand and the walking at the progress visit in person.
P: My neighbor fell on the ice last week. Broke her wrist.
T: Oh no. Please keep using the cane outside.
P: I do. And the boots with the grips.
T: Plan: next visit in the clinic Thursday if the roads are clear, otherwise video again. Keep the exercises once a day.
P: Thank you, honey.
""",
    facts=[
        "video visit",
        "A two|2/10",
        "Sit to stands|sit-to-stand",
        "heel raises, fifteen|15 heel raises",
        "bridges on the bed, two sets of ten|2x10",
        "two sets of twelve|2x12",
        "green band",
        "eighteen seconds eyes closed|18 seconds",
        "Twelve seconds with the right in front|12 seconds",
        "nine with the left|9 seconds",
        "cane outside",
        "once a day|1x/day",
    ],
    negated=["falls", "dizziness"],
    absent=["grandson set it up", "My neighbor fell on the ice", "Broke her wrist"],
    kx=True,
)

S(
    "ae_pt03_basket_no_squats",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 10, "97530": 16},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hey mister keane come on back how are we doing
p: eh the back is grumpy today
t: grumpy how much zero to ten
p: five maybe five and a half
t: okay five any shooting down the legs
p: no not down the legs just across the belt line
t: any numbness in the feet
p: nope
t: alright face down on the table ill start with some soft tissue on the lumber muscles and the pair of spinals and then some joint mobes
p: go easy on the left side
t: ill go easy tell me if its too much
p: thats actually okay thats the spot
t: good breathe out and relax
p: im trying
t: okay that was ten minutes of manual
p: feels looser
t: now lets do the functional stuff well practice lifting the laundry basket from the floor and the car trunk thing
p: im not doing the squats though i told the other guy last week they kill my knees
t: okay no squats well do a hip hinge with the basket on the step instead
p: that i can do
t: hinge at the hips push your butt back good now carry it to the counter
p: like this
t: yep keep it close to your belly now the grocery bags in and out of the trunk mock up
p: my wife usually does the groceries but shes in florida with her sister
t: then youre on groceries this week
p: great
t: okay that was sixteen minutes of the lifting and carrying practice
p: can you put the ice on after
t: sure we can do ice for ten minutes
p: actually skip the ice i gotta pick up my grandson at three
t: no problem well skip the ice pain now
p: three its better
t: three after treatment good keep doing the cat camel and the hip hinge at home ten each twice a day
p: ten each got it
t: next time well try the twenty pound box if the back is calm
p: sounds good see you thursday
t: see you thursday
""",
    facts=[
        "five maybe five and a half|5/10|5-5.5/10",
        "across the belt line",
        "soft tissue",
        "joint mobes|joint mobilization",
        "hip hinge",
        "laundry basket",
        "grocery bags",
        "no squats",
        "three its better|3/10",
        "cat camel",
        "ten each twice a day|10 each 2x/day",
        "twenty pound box|20 lb box",
    ],
    negated=["shooting down the legs", "numbness in the feet"],
    absent=["florida with her sister", "pick up my grandson", "told the other guy"],
    has59=True,
)

S(
    "ae_pt04_ankle_plate_grabs",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 11, "97116": 6},
    ["97010"],
    "97110x1:GP,CQ",
    """
T: Hi Gloria, ready for some walking today?
P: I guess. It's been throbbing since I woke up.
T: What's the pain now?
P: Six.
T: Six out of ten. Usually you're a three. Any calf pain, redness, or swelling in the calf?
P: No, the calf's fine. It's the ankle, on the outside where the plate is.
T: Okay, let me look. The incision is closed, a little puffy around the outer ankle.
P: It's always puffy by the afternoon.
T: Let's warm up on the bike and see how it goes.
P: Okay.
T: Seat's at number seven. Easy pace.
P: This is okay.
T: Good. After the bike, ankle pumps, the towel scrunches, then the seated calf raises. Two sets of fifteen.
P: Those are fine.
T: Theraband eversion, green band, two sets of ten.
P: Ooh. That one pulls.
T: Okay, we'll go lighter. Yellow band.
P: Better.
T: That's 11 minutes of exercise including the bike. Let's try the walking in the parallel bars.
P: Okay.
T: Heel strike first, then push off. You're limping a lot.
P: It's really grabbing now. Like a knife on the outside.
T: Stop there. Sit down. What's the number?
P: Eight out of ten. I'm sorry.
T: Don't be sorry. We got about 6 minutes of gait in. We're stopping for today. I'm going to put ice on it while you sit.
P: Okay. Thank you.
T: Your ankle's more swollen than when you came in. Any numbness in the foot?
P: No, the foot feels normal.
T: Good. I'm going to message Jenna, your PT, so she knows. If the pain stays at eight tonight or the foot goes numb, call the surgeon's office.
P: I have my follow-up with him on the fourteenth.
T: Good. Keep it up on pillows tonight. Boot on for walking.
P: My son's driving me, he's in the lobby on his phone.
T: I'll walk you out in the wheelchair.
P: Can you still count this as a full visit? My insurance only gives me twenty.
T: I'll document what we did. The billing follows the minutes.
P: Okay.
""",
    facts=[
        "Six out of ten|6/10",
        "outside where the plate is",
        "puffy around the outer ankle",
        "Two sets of fifteen|2x15",
        "green band, two sets of ten|2x10",
        "Yellow band",
        "parallel bars",
        "limping",
        "Eight out of ten|8/10",
        "stopping for today",
        "more swollen than when you came in",
        "up on pillows",
        "Boot on for walking",
    ],
    negated=["calf pain", "numbness in the foot"],
    absent=["son's driving me", "in the lobby on his phone", "full visit", "only gives me twenty"],
)

S(
    "ae_pt05_upper_trap_twitch",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97140": 12, "97110": 14},
    [],
    "97140x1:GP 97110x1:GP",
    """
t: okay amir were gonna do the dry kneeling on the upper traps today like we talked about
p: yeah lets do it the left side is killing me
t: pain level right now
p: seven on the left side of the neck
t: seven any headaches this week
p: one on tuesday not bad
t: any arm numbness or tingling in the fingers
p: no nothing in the arms
t: okay and youre not on blood thinners right
p: no just the allergy pills
t: good and no problem with needles
p: nah im good
t: lie face down first needle left upper trap you might feel a twitch
p: whoa yeah that jumped
t: thats the twitch response good second one in the lev a tor scapula
p: that ones deep
t: okay needles are out just so you know the needling is not billed to your insurance it isnt a covered service on your plan
p: okay whatever
t: now some manual soft tissue to the upper traps and a sub occipital release
p: thats nice
t: and some cervical glides
p: im like jelly
t: okay that was twelve minutes of manual
p: can i sit up
t: sit up slow now the exercises chin tucks ten reps holding five seconds
p: like this
t: yep then the band rows green band two sets of fifteen and the wall angels ten
p: my shoulder clicks on the wall angels
t: does it hurt when it clicks
p: no it doesnt hurt just clicks
t: okay keep going thats fourteen minutes of exercise
p: pain is like a four now
t: four down from seven good you might be sore for a day or two from the needles like after a workout
p: my buddy at the gym does cupping is that the same
t: different thing your neck disability index today was twenty eight percent down from forty
p: nice
t: home program chin tucks and rows every day
p: got it
t: see you next week we might do the right side if it flares
""",
    facts=[
        "dry kneeling|dry needling",
        "seven on the left side of the neck|7/10",
        "one on tuesday|1 headache",
        "lev a tor scapula|levator scapula",
        "sub occipital release|suboccipital release",
        "cervical glides",
        "chin tucks ten reps holding five seconds|10 reps 5 second hold",
        "green band two sets of fifteen|2x15",
        "wall angels ten|10 wall angels",
        "like a four now|4/10",
        "twenty eight percent|28%",
        "down from forty|40%",
    ],
    negated=["arm numbness", "tingling in the fingers", "blood thinners", "hurt when it clicks"],
    absent=["my buddy at the gym", "cupping"],
)

S(
    "ae_pt06_knee_report_card",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97116": 12},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Okay Harold, today's your tenth visit, so it's a progress report. I'll measure everything again.
P: Report card day.
T: Exactly. Pain today?
P: Two, maybe. It's stiff in the morning.
T: Any giving way of the knee?
P: No, hasn't buckled once.
T: Any calf tenderness or shortness of breath?
P: No, none.
T: Knee flexion, lie back. 112 degrees. At the start it was 85.
P: Hundred and twelve, not bad.
T: Extension, minus 3. Started at minus 12.
P: I push it straight every night like you said.
T: Quad strength 4 out of 5 on the left, 5 on the right.
T: Now your LEFS questionnaire. Let me add it up. 41 out of 80.
P: That seems low. I thought I did better.
T: Wait, I skipped the second page. Let me redo it. It's 45 out of 80, not 41. At the evaluation it was 28.
P: There we go.
T: Timed Up and Go. Ready, go. 9.8 seconds. At the start it was 16.
P: I was flying.
T: You were. Let's do the exercise set. Step-ups on the six-inch step, two sets of ten. Mini squats. Terminal knee extensions with the blue band.
P: These step-ups are easier on the right.
T: Lead with the left. Good. Bike to finish. That's 18 minutes of exercise all together.
P: Can we do stairs?
T: That's next. Stairs, reciprocal going up, step-to coming down, one rail. Then outside on the ramp and the gravel path.
P: Gravel's tricky.
T: You're doing it without the cane. That's 12 minutes of gait training.
P: My wife wants to know if I can dance at our granddaughter's quinceañera in May.
T: Slow dances, yes. Goals: flexion to 120 is partially met, walking without the cane is met, stairs reciprocal both ways is still in progress.
P: And golf?
T: We'll talk about golf next month. Plan: keep two times a week for four more weeks, then reassess.
P: Sounds fair.
T: Keep the heel props and the bike at home.
P: Will do. Is the parking validation at the desk?
T: Yes, Carla stamps it.
""",
    facts=[
        "Two, maybe|2/10",
        "112 degrees|112",
        "minus 3|-3",
        "4 out of 5|4/5",
        "45 out of 80|45/80",
        "9.8 seconds|9.8",
        "six-inch step, two sets of ten|6-inch step 2x10",
        "blue band",
        "reciprocal going up",
        "without the cane",
        "flexion to 120|120",
        "two times a week for four more weeks|2x/week for 4 weeks",
        "heel props",
    ],
    negated=["giving way", "calf tenderness", "shortness of breath"],
    absent=["41 out of 80", "quinceañera", "parking validation", "golf"],
)

S(
    "ae_pt07_back_after_pneumonia",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
t: welcome back missus oduya its been what three weeks
p: almost four i was in the hospital with the pneumonia
t: im sorry to hear that since youve had a hospital stay were doing a re evaluation today and ill take your vitals first
p: okay
t: blood pressure one thirty two over seventy eight heart rate eighty four oxygen ninety five percent on room air
p: is that good
t: thats fine any chest pain
p: no chest pain
t: shortness of breath walking in from the car
p: a little bit more than before not terrible
t: are you on any oxygen at home
p: no they didnt send me home with any
t: okay knee pain today
p: the knee is a three the right one
t: right knee three out of ten bend it for me flexion one hundred and five degrees extension minus five
p: it got stiff in the hospital
t: strength in the quads four minus out of five on the right four on the left
t: thirty second sit to stand test ready go nine times
p: i used to do twelve
t: you did twelve before the hospital so we lost some now the two minute walk test
p: okay here we go
t: about three hundred and ten feet and your oxygen dropped to ninety two percent
p: i need to sit
t: sit and rest heart rate one hundred and two back down to eighty eight after two minutes
p: okay im better
t: i want to do some exercises short ones seated knee extensions marching heel slides two sets of ten each
p: these are fine
t: good that was twelve minutes of exercise
p: i feel it in my legs
t: new goals back to twelve sit to stands in thirty seconds and walking to the mailbox and back without resting
p: the mailbox is at the end of the drive
t: two times a week for six weeks and well recheck your oxygen every visit
p: my daughter wants me to try the water aerobics at the senior center
t: lets wait on the pool until your lungs are better
p: okay
t: if your oxygen at home reads under ninety call your doctor
p: i dont have one of those pulse socks things
t: the pharmacy sells them ill write it down for you
""",
    facts=[
        "one thirty two over seventy eight|132/78",
        "heart rate eighty four|HR 84",
        "ninety five percent on room air|95%",
        "flexion one hundred and five degrees|105 degrees",
        "extension minus five|-5",
        "four minus out of five|4-/5",
        "nine times|9",
        "three hundred and ten feet|310 feet",
        "dropped to ninety two percent|92%",
        "heart rate one hundred and two|HR 102",
        "two sets of ten each|2x10",
        "two times a week for six weeks|2x/week for 6 weeks",
        "mailbox",
    ],
    negated=["chest pain", "oxygen at home"],
    absent=["water aerobics at the senior center", "pulse socks"],
)

S(
    "ae_pt08_phone_clip_fingertips",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 14, "97112": 10},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Last visit today, Bernadette. You said you filmed your home exercises?
P: My daughter did, on my phone. Here.
T: Let me watch. Okay, this is the sit to stand. You're using your hands on the armrests.
P: Only on the last few.
T: That's fine for now. This one, the side stepping at the counter, looks good. Heel raises, good.
P: And that's the one where I stand on one foot.
T: Right there you're leaning on the counter with your whole arm. Fingertips only. That's the change I want.
P: Oh. I didn't notice.
T: That's why the video is great. Let's practice it here. Fingertips only. 14 seconds on the right, 11 on the left.
P: Better than I thought.
T: Pain today?
P: Zero. My hip doesn't hurt anymore.
T: Any falls since the last visit?
P: No, none.
T: Any near falls, catching yourself?
P: No.
T: Berg Balance today: 51 out of 56. At your evaluation it was 39.
P: What's the cutoff?
T: Under 45 we worry. You're well above it.
T: Let's run through the exercises once more so you have the corrected versions. Sit to stands, two sets of ten. Bridges. Side lying leg lifts, ten each.
P: Ugh, the leg lifts.
T: That's 14 minutes of exercise today. Now the balance piece: tandem walking along the hallway line, turning, stepping over the cane.
P: Like the circus.
T: Exactly. That was 10 minutes of balance training.
T: Goals: Berg over 48 met, walking to church without the walker met, getting up from the floor met.
P: I did get up from the floor when I dropped my rosary.
T: Great. You're discharged to the home program. Three times a week, the version in your video with the fingertips fix.
P: Should I delete the video?
T: Keep it, and watch it before you start.
P: My daughter posted the video on Facebook. Is that okay?
T: That's up to you.
P: She's a teacher, she's very techy.
""",
    facts=[
        "hands on the armrests",
        "Fingertips only",
        "14 seconds on the right|14 seconds",
        "11 on the left|11 seconds",
        "Zero. My hip|0/10",
        "51 out of 56|51/56",
        "two sets of ten|2x10",
        "ten each|10 each",
        "tandem walking",
        "stepping over the cane",
        "without the walker",
        "up from the floor",
        "Three times a week|3x/week",
    ],
    negated=["falls", "near falls"],
    absent=["Facebook", "She's a teacher", "rosary"],
)

# ----- OT, dev -------------------------------------------------------------------------------

S(
    "ae_ot01_wrist_cast_off_son",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97760": 12},
    ["97166"],
    "97166x1:GO 97760x1:GO",
    """
T: Hello, I'm Rachel, the occupational therapist. Mrs. Tran, and you're her son?
C: Yes, I'm Minh. She understands a little English, but she'll answer in Vietnamese and I'll tell you.
T: Perfect. Please tell her I'll look at her wrist today and ask some questions.
C: Mẹ ơi, cô ấy sẽ xem cổ tay của mẹ. She says okay.
P: Dạ, được.
T: Which wrist did she break, and when?
C: Left wrist. She fell in the garden, six weeks ago. The cast came off Monday.
T: Is she right- or left-handed?
C: Mẹ thuận tay nào?
P: Tay phải.
C: Right-handed.
T: Pain today, zero to ten?
C: Đau bao nhiêu, từ không đến mười?
P: Bốn.
C: Four.
T: Any numbness or tingling in her fingers?
C: Tay có bị tê không?
P: Không.
C: No numbness, no tingling.
T: What is hard for her at home?
C: She cooks for the whole family. She can't open jars, she can't cut vegetables, and she needs help with buttons. My wife helps her with her bra in the morning.
T: Okay. Let me measure. Wrist extension 35 degrees, flexion 30. Supination 50, pronation 70.
T: Grip on the right 42 pounds, left 12 pounds.
C: Mẹ bóp mạnh vào. She says she was squeezing hard.
T: That's expected right out of the cast. The left wrist is 2 centimeters bigger around than the right.
T: Because of the fracture, the swelling, and how much she does at home, this is a moderate complexity evaluation.
T: I'm fitting her with a wrist splint for support when she's cooking and at night for now. Let me heat it and trim it.
C: Will it be hot on her skin?
T: Just warm. Okay, straps on. Tell her: on for cooking and sleeping, off for washing and exercises.
C: Đeo khi nấu ăn và khi ngủ, tháo ra khi tắm.
P: Dạ.
T: The splint fitting and teaching took 12 minutes.
T: Goals: open a jar with both hands, cut vegetables with the left hand helping, grip 30 pounds in six weeks.
C: She also wants to go back to her tai chi group at the temple.
T: Let's make that a goal too. Two times a week for six weeks.
C: She asks if she can still make the spring rolls for Tết.
T: Rolling is a good exercise. Yes, with the splint off, gently.
P: Cảm ơn cô.
C: She says thank you. Oh, and my father has diabetes, should he come too?
T: He'd need his own referral.
""",
    facts=[
        "Left wrist",
        "six weeks ago|6 weeks",
        "Right-handed",
        "Four|4/10",
        "extension 35 degrees|35 degrees",
        "flexion 30|30 degrees",
        "Supination 50|50 degrees",
        "pronation 70|70 degrees",
        "left 12 pounds|12 lb",
        "2 centimeters|2 cm",
        "wrist splint",
        "open a jar",
        "grip 30 pounds|30 lb",
        "Two times a week for six weeks|2x/week for 6 weeks",
    ],
    negated=["numbness", "tingling"],
    absent=["my father has diabetes", "his own referral"],
)

S(
    "ae_ot02_socks_not_the_tub",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 19, "97535": 9},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: morning mister delacroix its roberto your o t assistant
p: morning
t: how did the weekend go with the new reach her
p: good i got my socks on by myself saturday
t: nice how long did it take
p: a while but i did it
t: any falls this weekend
p: no falls
t: any new weakness in the left arm
p: no same as before
t: okay quick note you went over the therapy threshold for the year so the bill gets the k x modifier and your therapist marked it as medically necessary
p: fine by me
t: today i wanted to practice getting in and out of the tub with the bench
p: no im not doing the tub today i dont want to get undressed here
t: thats okay we can skip the tub transfer
p: sorry its just weird
t: no problem well do the kitchen instead making coffee and toast standing at the counter
p: that i can do
t: keep your left hand on the counter and use it to hold the mug
p: like this
t: good now carry the plate to the table with the walker tray
p: the tray is handy
t: okay that was nineteen minutes of the kitchen task
p: coffee is not bad
t: now lets go over energy saving and how to set up your closet so the shirts are at waist height
p: my wife put them up high
t: well move them to the middle rail and the pants on the lower hooks and you sit on the bed to dress
p: sit on the bed okay
t: that was nine minutes of the home setup teaching
p: my grandson wants me at his baseball game sunday
t: bring the cane and sit in the shade
p: my left hand is tired now
t: rate your tiredness zero to ten
p: maybe a six
t: okay six good work next time well try the tub bench again if youre okay with it
p: maybe with my wife there
""",
    facts=[
        "reach her|reacher",
        "socks on by myself",
        "not doing the tub today|declined tub transfer",
        "coffee and toast",
        "left hand on the counter",
        "walker tray",
        "energy saving",
        "waist height",
        "sit on the bed to dress",
        "maybe a six|6/10",
    ],
    negated=["falls", "new weakness"],
    absent=["baseball game", "sit in the shade"],
    kx=True,
    has59=True,
)

S(
    "ae_ot03_trigger_finger_timer",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97140": 7, "97110": 13},
    [],
    "97110x1:GO,CO",
    """
T: Hi Denise, how's the finger since the release?
P: Better. It doesn't lock anymore.
T: No catching at all?
P: No catching. Just sore at the scar.
T: Pain?
P: Two at rest, four when I grip the steering wheel.
T: Okay. Let's start with scar massage and some soft tissue around the palm.
P: The scar is lumpy.
T: That's what we're working on. Firm circles, across the scar. You can do this at home with lotion, twice a day.
P: Okay.
T: That was 8 minutes of scar massage. Now tendon glides.
P: The fist ones?
T: Straight, hook, full fist, tabletop, straight fist. Ten each.
P: The hook is hard.
T: Go slow. Then the green putty, pinches and rolls.
P: My granddaughter loves this putty, she steals it.
T: Two sets of ten pinches. Then the rubber band finger spreads.
P: Done.
T: Let me check your motion. Ring finger PIP flexion 90 degrees, DIP 60, full extension.
P: Is that good?
T: Very good. Grip 48 pounds on the right, 62 on the left.
P: I'm left-handed, so that's my good one.
T: That's 13 minutes of exercise. Hang on, let me fix the massage time: I started the timer after I'd looked at the scar. It was 7 minutes of massage, not 8.
P: Okay, whatever's right.
T: Any numbness in the fingertips?
P: No.
T: Any redness or drainage at the scar?
P: No, it's healed.
T: Good. Home program: tendon glides ten each three times a day, scar massage twice a day, putty once a day.
P: Can I go back to my pottery class?
T: Give it two more weeks for the clay. I'll ask Karen, your OT, at her next check.
P: Okay. And can you bill this under my husband's plan? Mine has a high deductible.
T: The front desk can look at that with you.
P: Thanks.
""",
    facts=[
        "doesn't lock anymore",
        "Two at rest|2/10",
        "four when I grip|4/10",
        "scar massage",
        "lotion, twice a day|2x/day",
        "tendon glides",
        "green putty",
        "Two sets of ten pinches|2x10",
        "PIP flexion 90 degrees|90 degrees",
        "DIP 60|60 degrees",
        "Grip 48 pounds|48 lb",
        "ten each three times a day|10 each 3x/day",
    ],
    negated=["catching", "numbness", "redness", "drainage"],
    absent=["pottery class", "granddaughter loves this putty", "husband's plan", "high deductible"],
    fixed={"97140": 8},
)

S(
    "ae_ot04_bills_and_alarms",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97129": 15, "97130": 11, "97535": 8},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Okay Luis, today we're doing the bills task. I'm going to time this.
P: Ugh, bills.
T: Real life. Here's the stack: an electric bill, a phone bill, a credit card statement. Find the due date and the amount on each, and write them in the planner.
P: Okay. Electric is ninety-four twelve, due the eighteenth.
T: Keep going.
P: Phone... I can't find the amount. There's too much on the page.
T: Use the highlighter strategy. Scan top to bottom, left to right.
P: Oh. Sixty-one dollars, due the third.
T: Good. For my note I'm thinking out loud: this is problem solving and attention, not physical, so it's not the functional activity code. It's the cognitive code.
P: Whatever you say.
T: Credit card.
P: Minimum payment... thirty-five. Due the twenty-fifth.
T: You got three out of three amounts and three out of three dates, with one verbal cue on the phone bill.
P: One cue. Last week it was like five.
T: Now the planner: put all three due dates in, with a reminder two days before.
P: Do I write the reminder on the same day?
T: Two days before. Count back.
P: Sixteenth, first, twenty-third.
T: Correct. Now the distraction part. I'm going to have the radio on while you do the next one.
P: That's annoying.
T: That's the point. Okay, that was 26 minutes on the cognitive tasks altogether.
P: My brain is fried.
T: Headache?
P: No headache. Just tired.
T: Any dizziness?
P: No.
T: Last piece: setting up the phone alarms and the pill box routine at home. I was going to call that cognitive too, but no, it's teaching you a home routine, so it's self-care and home management training. Changing my mind on that one.
P: Fine.
T: Alarm at 8 for the pills, alarm at 6 for the pill box check. That was 8 minutes.
P: My roommate keeps turning off my alarms.
T: Put a label on the phone. Tell him it's for therapy.
P: He won't care.
T: Plan: next time, a grocery budget task with a twenty-dollar limit.
P: Can I use my phone calculator?
T: Yes. That's a good strategy.
P: Did you watch the fight last night?
T: No, I went to bed early.
""",
    facts=[
        "electric bill, a phone bill, a credit card statement",
        "highlighter strategy",
        "three out of three amounts|3/3",
        "three out of three dates|3/3 dates",
        "one verbal cue|1 verbal cue",
        "reminder two days before|2 days before",
        "radio on",
        "Alarm at 8 for the pills|8 am alarm",
        "pill box",
        "grocery budget task",
        "twenty-dollar limit|$20",
    ],
    negated=["headache", "dizziness"],
    absent=["the fight last night", "went to bed early"],
    cog=26,
)

S(
    "ae_ot05_lentil_soup_kitchen",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97530": 10, "97535": 16},
    [],
    "97530x1:GO 97535x1:GO,59",
    """
t: can you see me okay missus haddad
p: yes i see you your picture is a little dark
t: thats my office lights since this is a video visit i just want to say for the chart youre at home in your kitchen and your daughter is with you
c: hi im here holding the tablet
t: hi layla today is your progress check so ill ask the cope em questions again first
p: okay
t: cooking dinner how well do you do it one to ten
p: now maybe a seven before it was a three
t: and how satisfied are you
p: satisfied maybe six
t: getting dressed
p: eight i do it sitting down like you said
t: at the start that was a four any pain in the shoulder today
p: no not today
t: any chest pain or trouble breathing when you stand to cook
p: no nothing like that
t: okay show me the lentil soup you said you wanted to make
p: i chop sitting at the table now
c: she used to stand for an hour
t: good put the cutting board closer slide the onions dont lift the bowl stir with the pot on the back burner
p: its heavy the pot
t: use the smaller pot and fill it at the stove with the pitcher
p: oh that is smarter
t: that was ten minutes of the cooking activity now lets set up the kitchen so the heavy things are between your hips and shoulders
c: ill move the pots down tonight
t: and the spices to the counter rack and a stool by the stove
p: i have a stool in the garage
t: good and plan the tiring jobs for the morning when your energy is best
p: mornings are better yes
t: that was sixteen minutes of the home setup and energy planning
p: my sister in lebanon calls every morning though
t: call her while you sit and rest then goals cooking a simple meal sitting is met dressing by yourself met carrying the laundry is still in progress
c: she still asks me to carry the basket
t: keep doing that for now plan one more month once a week then we discharge
p: thank you habibti
t: youre welcome see you next thursday same time on video
""",
    facts=[
        "cope em|COPM",
        "now maybe a seven|performance 7",
        "before it was a three|3",
        "satisfied maybe six|satisfaction 6",
        "eight i do it sitting down|dressing 8",
        "chop sitting at the table",
        "smaller pot",
        "between your hips and shoulders",
        "stool by the stove",
        "tiring jobs for the morning",
        "cooking a simple meal sitting is met",
        "carrying the laundry is still in progress",
        "once a week|1x/week",
    ],
    negated=["pain in the shoulder", "chest pain", "trouble breathing"],
    absent=["my sister in lebanon", "habibti", "my office lights"],
    has59=True,
)

S(
    "ae_ot06_thumb_surgery_again",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97110": 11},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: So Evelyn, since you had the thumb surgery, we're doing a full re-evaluation today before we start again.
P: Right. The LRTI, on the left. Five weeks ago.
T: Out of the cast and into the splint, I see. Pain?
P: Three, and five when I try to open my pill bottles.
T: Any numbness in the thumb or index finger?
P: No. The numbness I used to have went away after the carpal tunnel release last year.
T: Good. Let's measure. Thumb palmar abduction 40 degrees. Radial abduction 45. Opposition, Kapandji 7 out of 10.
P: Dr. Whitfield said my pinch was nine pounds at his office on Friday.
T: Okay. Today I'm getting lateral pinch 6 pounds, tip pinch 3 pounds on the left. The right is 14 lateral. Different gauges, different days, so we go by ours.
P: Six, huh.
T: Grip I'm holding off on for two more weeks, per the protocol.
T: Your QuickDASH today is 52.
P: It's the buttons and the jars.
T: Your goals from before the surgery need updating. New goals: lateral pinch 10 pounds, opening a medicine bottle, writing a card for more than five minutes.
P: I write to my grandkids every week.
T: That's a good goal. Let's do the exercises. Thumb IP blocking, gentle opposition to each finger, wrist range. Ten each.
P: This is the first time it's moved in weeks.
T: Slowly. Putty when we get there, not yet.
T: That was 11 minutes of exercise.
P: It's warm in here.
T: Take the splint off only for the exercises and washing.
P: When can I get my nails done?
T: Ask at your next surgeon visit.
T: Frequency: two times a week for eight weeks.
P: Can we do Mondays? I have water aerobics on Wednesdays.
T: Mondays and Thursdays. And any swelling, stiffness, fever, let us know.
P: No fever, no.
T: Any redness at the incision?
P: None.
T: Good.
P: My husband is picking me up, is the parking lot full?
T: He can use the side lot.
""",
    facts=[
        "LRTI",
        "Five weeks ago|5 weeks",
        "Three, and five when I try to open my pill bottles|3/10",
        "palmar abduction 40 degrees|40 degrees",
        "Radial abduction 45|45 degrees",
        "Kapandji 7 out of 10|7/10",
        "lateral pinch 6 pounds|6 lb",
        "tip pinch 3 pounds|3 lb",
        "QuickDASH today is 52|52",
        "lateral pinch 10 pounds|10 lb",
        "medicine bottle",
        "Ten each|10 each",
        "two times a week for eight weeks|2x/week for 8 weeks",
    ],
    negated=["numbness", "fever", "redness"],
    absent=["nails done", "water aerobics", "side lot"],
)

S(
    "ae_ot07_valentines_and_buttons",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97530": 20, "97110": 8},
    [],
    "97530x1:GO 97110x1:GO",
    """
T: Hi Ava! Last day today. Mom, how has she been doing at home?
C: So much better. She's cutting out her own valentines, she did all twenty-two for her class.
P: Twenty-two!
T: Wow. Any hand pain when you write, Ava?
P: Nope.
C: She used to shake her hand out after homework. She doesn't anymore.
T: Great. And what does the teacher say?
C: Her teacher, Mrs. Pruitt, says her letters sit on the line now. She still reverses b and d sometimes.
T: That's still common at seven. Let's do the testing. Ava, copy these shapes for me.
P: The triangle is easy.
T: Good. Now write your name and this sentence.
P: The quick brown fox. I know this one.
T: Letter size consistent, spacing with a finger space, 9 out of 10 letters on the line.
C: She used to be all over the page.
T: At the start it was 4 out of 10. Grip: she's using a tripod grasp now instead of the fist grip.
T: Scissors: cutting the circle within a quarter inch of the line.
P: I stayed inside!
T: You did. Now the obstacle course: crawl through the tunnel, pick up the beads with the tweezers, and put them in the jar.
P: Tweezers are my favorite.
C: She's been doing the tweezers game with cereal at breakfast.
T: Perfect. Then the clothespins on the box, and buttons on the vest.
P: Buttons are tricky.
T: Four buttons in 40 seconds. At the start it was over two minutes.
T: Okay, that was 20 minutes of the activities. Now the hand strength stuff: putty, finger lifts, wall push-ups.
P: Wall push-ups make me laugh.
T: That was 8 minutes of exercises.
T: Goals: legible name and sentence met, cutting a circle met, buttons independently met.
C: So she's done?
T: She's done. Home program: putty, drawing on the easel, and the tweezers game. Five minutes a day, three times a week.
C: Her brother wants to come too, he's in fourth grade.
T: He'd need his own referral and evaluation.
P: Can I keep the putty?
T: Yes, the purple one is yours.
""",
    facts=[
        "cutting out her own valentines",
        "letters sit on the line",
        "reverses b and d",
        "9 out of 10 letters on the line|9/10",
        "4 out of 10|4/10",
        "tripod grasp",
        "within a quarter inch|1/4 inch",
        "Four buttons in 40 seconds|4 buttons in 40 seconds",
        "tweezers",
        "legible name and sentence met",
        "cutting a circle met",
        "buttons independently met",
        "Five minutes a day, three times a week|5 min/day 3x/week",
    ],
    negated=["hand pain"],
    absent=["Her brother wants to come", "fourth grade", "the purple one"],
)

# ----- SLP, dev ------------------------------------------------------------------------------

S(
    "ae_slp01_scope_report_paste",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Mr. Abernathy, I'm Sun-Hee, the speech-language pathologist. I'm here to look at your swallowing today. Is that your wife?
C: Yes, I'm Marlene.
T: Before we start, I'm going to read the FEES report from St. Luke's, from last Tuesday. The scope showed penetration with thin liquids, silent aspiration on 3 of 5 thin trials, and residue in the valleculae with solids. Mildly thick liquids, IDDSI level 2, were safe. The recommendation was IDDSI level 5 minced and moist, with mildly thick liquids.
C: That's what he's been eating. He hates it.
P: Everything tastes like paste.
T: I understand. Any coughing during meals at home?
C: Some, with the soup.
T: Any fevers or pneumonia since the hospital?
C: No, no fevers.
T: Weight loss?
C: He's lost about six pounds since the stroke.
T: Okay. Oral mechanism exam: mild right facial droop, tongue deviates to the right, reduced lip seal on the right.
T: Voice is a little wet. Let's do trials. Ice chips first.
P: Okay.
T: Good, no cough. Now a teaspoon of the mildly thick.
P: Fine.
T: Timely swallow, good laryngeal rise. Five trials, no cough, no throat clear. Now a sip of thin water from the cup.
P: Sorry. Went down wrong.
T: Coughed right away, and the voice is wet after. That matches the FEES. Let's try the chin tuck with a small sip.
P: Okay.
T: Chin tuck, small sip. No cough on 4 of 5.
T: Now minced and moist, the chicken. He's pocketing a bit in the right cheek. A liquid wash helps clear it.
C: He does that at dinner too.
T: Recommendations: stay on IDDSI level 5 minced and moist, level 2 mildly thick liquids, chin tuck with thin water only for therapy trials with me, not at home.
C: Not even coffee?
T: Not thin coffee yet. Mildly thick coffee is okay.
P: Disgusting.
T: I know. Upright for 30 minutes after meals, small bites, check the right cheek.
T: Goals: thin liquids with the chin tuck in 80 percent of trials without signs of aspiration, weight stable, and back to regular coffee.
T: Speech therapy two times a week for six weeks.
C: Can we come Monday and Wednesday? Our daughter drives on those days.
T: Yes.
C: His brother had a stroke too. He's in a nursing home in Ohio.
T: I'm sorry to hear that.
""",
    facts=[
        "FEES",
        "silent aspiration on 3 of 5 thin trials|3/5",
        "residue in the valleculae|vallecular residue",
        "lost about six pounds|6 lb",
        "mild right facial droop",
        "tongue deviates to the right",
        "Coughed right away",
        "No cough on 4 of 5|4/5",
        "pocketing",
        "IDDSI level 5 minced and moist|IDDSI 5",
        "level 2 mildly thick|IDDSI 2",
        "Upright for 30 minutes|30 minutes",
        "80 percent of trials|80%",
        "two times a week for six weeks|2x/week for 6 weeks",
    ],
    negated=["fevers", "pneumonia"],
    absent=["nursing home in Ohio", "His brother had a stroke", "Our daughter drives"],
)

S(
    "ae_slp02_planner_in_red",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 9},
    [],
    "97129x1:GN,KX 97130x1:GN,KX",
    """
t: hi missus lindgren how was your week
p: oh fine i think i forgot the dentist on wednesday though
t: we can work on that today before we start i have to say for the billing youre past the threshold for this year so we put the k x modifier on and this therapy is still medically necessary
p: okay dear
t: any headaches this week
p: no headaches
t: any falls
p: no
t: today we do the memory book and the schedule task and im thinking about how to bill this is it speech language treatment or the cog native code its memory and planning not language so its the cognitive code
p: whatever you think
t: first the recall ill say five words remember them apple table penny river blanket
p: apple table penny river blanket
t: good now what did you have for breakfast
p: oatmeal with bananas
t: okay now back to the five words
p: apple penny blanket the other two are gone
t: three out of five after a delay with a category cue table came back so four out of five with cues
p: table yes table
t: now lets plan your week in the planner the dentist is rescheduled for tuesday at ten your granddaughters recital is saturday at two
p: write the dentist in red
t: good idea color coding now tell me what you do monday morning
p: check the planner after breakfast with my coffee
t: perfect thats the routine we practiced
p: i like the routine
t: your accuracy on the schedule questions was eight out of ten
p: better than last week
t: last week was six out of ten
p: i feel tired
t: you did great that was twenty four minutes of the cognitive work
p: thank you
t: home practice check the planner morning and evening and put the alarm on the phone for the pills
p: my son put the alarm on
t: good next visit thursday
p: my granddaughter plays the cello
t: how lovely
""",
    facts=[
        "forgot the dentist",
        "five words|5 words",
        "three out of five after a delay|3/5",
        "four out of five with cues|4/5 with cues",
        "category cue",
        "color coding",
        "check the planner after breakfast",
        "eight out of ten|8/10",
        "six out of ten|6/10",
        "morning and evening",
        "alarm on the phone for the pills",
    ],
    negated=["headaches", "falls"],
    absent=["plays the cello", "how lovely"],
    kx=True,
    cog=24,
)

S(
    "ae_slp03_talker_at_breakfast",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi jayden hi missus coleman lets get the talker out
c: he charged it last night finally
t: awesome jayden can you tell me how you are today
p: i feel happy
t: nice you found feelings then happy by yourself
c: he uses it at breakfast now to ask for juice
t: thats great any meltdowns with the device this week
c: no meltdowns not one
t: and does he still hit the screen when it freezes
c: no he stopped that
t: good today were working on two button requests i want plus the thing
p: i want music
t: i want music perfect independent
t: lets do ten trials with snacks and toys ill hold up two choices
p: i want crackers
t: good keep going
p: i want bubbles
t: he got eight out of ten two button requests independent and two with a point prompt
c: at home he just presses juice over and over
t: thats normal we can model for him at home press i want then juice when you say it
c: like a model
t: yes aid it language modeling now the core words page go stop more all done
p: all done
t: ha not yet buddy more bubbles
p: more bubbles
t: core words five out of six with a gesture cue
c: the battery dies by lunch at school though
t: ill tell the speech therapist miss ramos she can check the settings and the screen brightness too
c: and the school aide forgets to bring it to recess
t: well write a note for the school about bringing it everywhere
p: music
t: yes one more song then we clean up
c: can you also look at his little cousin shes two
t: she would need her own evaluation with miss ramos
c: okay
t: home practice model three times at each meal and keep it charged
c: got it
""",
    facts=[
        "i feel happy",
        "ask for juice",
        "eight out of ten two button requests|8/10",
        "two with a point prompt|2 with a point prompt",
        "aid it language modeling|aided language modeling",
        "core words five out of six|5/6",
        "gesture cue",
        "model three times at each meal|3 times at each meal",
        "keep it charged",
    ],
    negated=["meltdowns", "hit the screen"],
    absent=["little cousin", "one more song"],
)

S(
    "ae_slp04_clip_and_applesauce",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Good morning, Mr. Petrakis. I'll put the pulse oximeter on your finger first, like always.
P: The clip.
T: Oxygen 96 percent, heart rate 74. Any coughing at meals this week?
P: A little with the water.
C: With the water, yes, every night.
T: Any fevers or chest congestion?
C: No, nothing.
T: Okay. Let's start with the effortful swallow. Dry swallows, squeeze hard. Ten of them.
P: Done.
T: Now the Masako, tongue between the teeth. Ten.
P: That's a strange one.
T: It works the back of the throat. Now the Shaker, lying back, head lifts, hold for 30 seconds, three times.
P: My neck.
T: Good. Now the food trials. I brought applesauce, a puree, and a cracker.
P: I'm not eating the puree. It looks like baby food.
T: That's okay, we'll skip the puree. Applesauce with the effortful swallow, five spoons.
P: Fine.
T: Five of five without cough. Oxygen 95. Now the cracker, chew well, two swallows per bite.
P: Dry.
T: Clear with a second swallow on 4 of 5. Some residue on the tongue.
T: Thin water with the chin tuck, small sips from a cup.
P: Okay.
T: Cough on 1 of 5 sips. Oxygen 94, heart rate 78. Let me recheck in a minute. Back to 96.
C: So he can have water?
T: Thin water with the chin tuck and small sips, yes, sitting upright. No straws.
P: I like my straw.
T: Not yet. The straw gives you a bigger sip.
T: Voice after the trials is clear.
T: Plan: keep the regular diet, IDDSI level 7, thin liquids with the chin tuck, and the exercises at home twice a day.
C: I'll remind him.
T: Next time we'll try the puree again, if you're willing.
P: We'll see.
C: He only eats what his mother used to cook.
P: Her dolmades were the best.
""",
    facts=[
        "Oxygen 96 percent|96%",
        "heart rate 74|HR 74",
        "effortful swallow",
        "Masako",
        "Shaker",
        "hold for 30 seconds, three times|30 seconds x3",
        "not eating the puree|declined puree",
        "Five of five without cough|5/5",
        "second swallow on 4 of 5|4/5",
        "Cough on 1 of 5 sips|1/5",
        "Oxygen 94|94%",
        "No straws",
        "IDDSI level 7|IDDSI 7",
        "twice a day|2x/day",
    ],
    negated=["fevers", "chest congestion"],
    absent=["dolmades", "his mother used to cook"],
)

S(
    "ae_slp05_lion_lamp_car_rides",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mateo! Hi Mom. It's progress report day, so I'll test his sounds again.
C: He's been practicing with the cards every night. Well, most nights. We do it in the car on the way to school.
T: Perfect. Any ear infections since last time?
C: No, none this winter.
T: Mateo, let's play the word game. Say what you see.
P: Lion. Lamp. Yellow.
T: Nice L's. Initial /l/ in words: 18 out of 20, 90 percent. At the start it was 6 out of 20.
C: His teacher said she can understand him now at circle time.
T: Now the th words. What's this?
P: Fumb. Thumb.
T: Good fix. /th/ in words: 12 out of 20, 60 percent, with a visual cue for the tongue out.
C: At home he says "free" for three.
P: Fwee... three!
T: Now sentences with /l/. "The lion likes lollipops."
P: The lion likes lollipops.
T: /l/ in sentences 14 out of 20, 70 percent.
C: He does the L ones in the car, but he rushes.
T: Sentence level is where the rushing shows. Slow turtle talk.
P: Turtle talk!
T: Intelligibility in conversation, with an unfamiliar listener, about 85 percent.
C: Grandma in Puerto Rico understood him on FaceTime for the first time.
T: That's huge. Goals: /l/ in words met. /l/ in sentences 80 percent, in progress. /th/ in words 80 percent, in progress.
C: Should we keep coming every week?
T: Once a week for another twelve weeks. Home practice five minutes a day with the th cards.
P: Can I have a sticker?
T: Two stickers. Mom, any stuttering or getting stuck on words?
C: No, never.
T: Good.
C: His little sister lisps, should I worry?
T: How old is she?
C: Three.
T: That's often normal at three. We can talk about it at her visit.
P: Dinosaur sticker!
""",
    facts=[
        "18 out of 20|18/20",
        "90 percent|90%",
        "6 out of 20|6/20",
        "12 out of 20, 60 percent|12/20",
        "visual cue",
        "14 out of 20, 70 percent|14/20",
        "about 85 percent|85%",
        "turtle talk",
        "/l/ in words met",
        "/l/ in sentences 80 percent, in progress|80%",
        "Once a week for another twelve weeks|1x/week for 12 weeks",
        "five minutes a day|5 minutes a day",
    ],
    negated=["ear infections", "stuttering"],
    absent=["Grandma in Puerto Rico", "His little sister lisps", "Dinosaur sticker"],
)

S(
    "ae_slp06_naming_family_photos",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
t: hello mister brennan hello karen today is the re evaluation its been ninety days so we retest everything
c: he has been talking more at dinner
t: thats good to hear mister brennan how are you feeling
p: good good the the tired
t: tired okay any headaches or new weakness since last time
c: no nothing new
t: lets start with naming ill show you pictures
p: cup comb the thing for key key
t: key good naming twelve out of twenty with a phone emic cue on four of those
c: in march he got like five
t: at the first evaluation it was five out of twenty now following directions point to the window then the door
p: window door
t: good two step commands eight out of ten three step three out of ten
p: hard
t: yes those are hard repetition now say the cat is on the mat
p: the cat is on the mat
t: short phrases five out of five longer sentences two out of five
t: reading simple sentences matching to pictures nine out of ten
c: he reads the sports page again
t: writing his name and address name yes address missing the zip code
p: zip i dont know
t: thats fine overall his western aphasia battery aphasia quotient is sixty two up from forty one
c: is that good
t: that is meaningful progress he still has word finding problems and trouble with the longer sentences
t: new goals naming sixteen out of twenty with cues three step commands seven out of ten ordering his own coffee at the cafe
c: he loves that cafe
t: continue two times a week for twelve more weeks
c: can he drive again
t: thats a question for his doctor and a driving evaluation not for speech
p: drive no not yet
c: his brother visits from boston next week
t: he can practice naming the family photos with him
""",
    facts=[
        "naming twelve out of twenty|12/20",
        "phone emic cue|phonemic cue",
        "five out of twenty|5/20",
        "two step commands eight out of ten|8/10",
        "three step three out of ten|3/10",
        "short phrases five out of five|5/5",
        "longer sentences two out of five|2/5",
        "nine out of ten|9/10",
        "missing the zip code",
        "sixty two up from forty one|AQ 62",
        "word finding",
        "three step commands seven out of ten|7/10",
        "two times a week for twelve more weeks|2x/week for 12 weeks",
    ],
    negated=["headaches", "new weakness"],
    absent=["boston", "can he drive again"],
)

S(
    "ae_slp07_headset_end_of_shift",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Last session, Priyanka. How's the voice at the end of a shift?
P: Honestly, good. I used to be hoarse by lunch. Now I'm fine at six o'clock.
T: Any throat pain or strain?
P: No, no pain.
T: Any reflux symptoms, heartburn?
P: Not since I stopped the late coffee.
T: And the ENT visit?
P: Dr. Osei scoped me Monday and said the cords look normal, no squeezing above them anymore.
T: Great. Let's do the measures. Sustain "ah" as long as you can.
P: Ahhhh.
T: 21 seconds. At the start it was 11.
T: s/z ratio: s for 19 seconds, z for 18. Ratio about 1.1.
T: Now read the rainbow passage for me. Average pitch 205 hertz, loudness comfortable, no vocal fry.
T: Voice Handicap Index today: 14. At your evaluation it was 48.
P: Wow.
T: Now the carryover: pretend I'm a caller who's upset.
P: "Thank you for calling, I understand you've been waiting. Let me pull up your account."
T: Resonant voice, easy onset, breath before each phrase. Good.
T: How many water bottles a day?
P: Three, the big ones.
T: Good hydration. And the headset?
P: The company gave me the better one with the microphone close to my mouth.
T: Great. Goals: no hoarseness after a full shift met, VHI under 20 met, resonant voice in conversation met.
T: You're discharged. Keep the warm-ups: lip trills and the straw phonation, five minutes before your shift.
P: What if it comes back?
T: If you're hoarse more than two weeks, see Dr. Osei, and we can restart.
P: Can my coworker come see you? She's always losing her voice.
T: She'd need a referral from her doctor.
P: Okay. I'm bringing you cupcakes next week.
T: You don't have to!
P: I'm going to.
T: Have fun at your cousin's wedding.
P: The sangeet's on Friday, I'll be singing.
T: Warm up first.
""",
    facts=[
        "hoarse by lunch",
        "21 seconds|21 s",
        "s for 19 seconds, z for 18|s/z",
        "Ratio about 1.1|1.1",
        "205 hertz|205 Hz",
        "Voice Handicap Index today: 14|VHI 14",
        "evaluation it was 48|VHI 48",
        "Resonant voice",
        "easy onset",
        "Three, the big ones|3 bottles",
        "lip trills",
        "straw phonation",
        "five minutes before your shift|5 minutes",
    ],
    negated=["throat pain", "strain", "heartburn", "vocal fry"],
    absent=["cupcakes", "coworker", "cousin's wedding", "sangeet"],
)

# ----- PT, test ------------------------------------------------------------------------------

S(
    "ae_pt09_dinosaur_feet",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 8},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
t: hi im kelly the physical therapist and this must be noah
c: yes this is noah hes four and a half and hes on his toes all the time
t: hi noah can you show me your dinosaur feet and mom when did the toe walking start
c: since he started walking at like thirteen months the pediatrician said hed grow out of it but hes not
t: any pain in his legs does he complain at night
c: no he never complains about his legs
t: any falls more than other kids
c: no not really he just runs on his toes
t: was he born early or any problems at birth
c: no full term no problems
t: any concerns with speech or how he plays with other kids
c: no hes very chatty
t: okay noah lie on your back for me ankle dorsey flexion with the knee straight zero degrees on the right five degrees on the left with the knee bent ten on both
t: he can come down to flat feet when i ask him
p: look my flat feet
t: yes great job walking down the hall he goes up on his toes about eight out of ten steps
t: heel walking he can do three steps and squatting flat footed he lifts his heels
c: his cousin has the same thing and got casts
t: we might not need that this is a low complexity evaluation
t: lets teach mom the stretches calf stretch on the wall thirty seconds three times each side and the squat play picking up toys flat footed
c: like this
t: yes hold the heel down gently and walking up the ramp on his heels then the bear walk
p: grrr im a bear
t: that was eight minutes teaching the stretches
c: okay he likes the bear walk
t: goals ankle dorsey flexion ten degrees with the knee straight and heel toe walking most of the time at school
t: once a week for eight weeks
c: can he still do soccer
t: yes soccer is great
p: i scored a goal
t: you did we might talk about night splints if the stretching does not help
c: okay his dad is not going to like that
t: one step at a time
c: and the shoes should he wear high tops
t: high tops can help remind the heel down
c: okay well get some this weekend
""",
    facts=[
        "four and a half|4.5 years",
        "thirteen months|13 months",
        "dorsey flexion|dorsiflexion",
        "zero degrees on the right|0 degrees",
        "five degrees on the left|5 degrees",
        "knee bent ten on both|10 degrees",
        "eight out of ten steps|8/10",
        "heel walking he can do three steps|3 steps",
        "thirty seconds three times each side|30 seconds x3",
        "bear walk",
        "once a week for eight weeks|1x/week for 8 weeks",
        "night splints",
        "full term",
        "high tops",
    ],
    negated=["pain in his legs", "falls", "problems at birth"],
    absent=["his cousin has the same thing", "his dad is not going to like that", "i scored a goal"],
)

S(
    "ae_pt10_two_of_us_today",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97116": 14, "97112": 12},
    [],
    "97116x1:GP,KX 97112x1:GP,KX",
    """
T: Morning, Mr. Gallo. Today Priya from OT and I are treating you together, so it's a co-treatment.
T: Hi, I'm Priya. I'll be working on the arm and the kitchen part while Sam does the walking and balance.
P: Two for one.
T: Something like that. A billing note for the chart: you're past the Medicare threshold for the year, so my PT lines get the KX modifier, and the therapy is still medically necessary for your walking and balance. Priya bills her own OT time separately.
T: And I'll write my own note for the OT part.
P: Fine by me.
T: How's the left leg? Any pain?
P: Left knee's a two. The hip's fine.
T: Any falls since Monday?
P: No falls. Close call in the bathroom, but I grabbed the bar.
T: Any dizziness getting up this morning?
P: No.
T: Blood pressure sitting 128 over 76. Let's stand. Standing 124 over 74. Good.
T: Gait first, with the quad cane. I'm guarding on the left.
T: Let the left arm hang, Mr. Gallo, don't hold it against your belly.
P: It wants to curl up.
T: Heel first on the left. 150 feet with minimal assist, then 150 again with contact guard.
P: Getting easier.
T: Stairs with the rail, step-to pattern, four steps, contact guard.
T: That's 14 minutes of gait.
T: Now balance at the kitchen counter, that part's mine. Feet apart, weight shift to the left, then reach outside your base.
P: Whoa.
T: Got you. Three losses of balance that I corrected, minimal assist.
T: Single leg stance on the right, 6 seconds, on the left, 2 seconds. That's 12 minutes of balance for me.
T: Now it's my turn. Mr. Gallo, reach into the cupboard with the left hand and get the mug down. Sam is only guarding now, this block is mine.
P: Here goes.
T: He got the mug down with the left hand twice.
P: My wife says I drag the left foot at home when I'm tired.
T: We'll work on that. The Berg is due next week at the progress visit.
P: Can you come to the house instead?
T: We don't do home visits from this clinic, but I can give you the home health number.
T: My minutes for the kitchen reaching go on my note, fifteen for the functional activity.
T: Right, and mine are just the gait and the balance. I don't bill the time I was only guarding for you.
P: I'm going to sleep all afternoon.
T: Plan: gait with the quad cane, Berg next time, three times a week.
P: Same time Friday?
T: Same time Friday.
""",
    facts=[
        "co-treatment",
        "Left knee's a two|2/10",
        "128 over 76|128/76",
        "124 over 74|124/74",
        "quad cane",
        "150 feet with minimal assist|150 feet",
        "contact guard",
        "step-to pattern, four steps|4 steps",
        "three losses of balance|3 losses of balance",
        "on the right, 6 seconds|6 seconds",
        "on the left, 2 seconds|2 seconds",
        "drag the left foot",
        "three times a week|3x/week",
    ],
    negated=["falls", "dizziness"],
    absent=["fifteen for the functional activity", "sleep all afternoon"],
    kx=True,
)

S(
    "ae_pt11_roof_units_toolbox",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 20, "97530": 18},
    [],
    "97110x2:GP,CQ 97530x1:GP,CQ",
    """
t: alright derek day eight of work conditioning how did the weekend go
p: not bad moved some firewood with my brother in law
t: how much
p: like half a cord
t: and the back after
p: sore sunday morning a three then gone by the afternoon
t: pain right now
p: one out of ten
t: any leg pain numbness
p: nope nothing down the legs
t: good warm up on the treadmill at three point five incline five
p: got it
t: then the circuit dead bugs three sets of ten bird dogs three sets of ten goblin squats with the thirty five pound kettle bell three sets of eight
p: the kettle bell is new
t: you earned it and the rows on the cable machine fifty pounds three sets of twelve
p: that burns
t: okay that was twenty minutes of the exercise circuit with the treadmill
p: water break
t: now the job tasks you said the hvac units on the roof
p: yeah carrying the compressor parts and the toolbox up the ladder
t: toolbox carry fifty feet with forty pounds five trips then the ladder climbs with the tool belt ten climbs
p: the ladder is fine
t: lifting floor to waist box with fifty pounds five reps good hip hinge
p: my back is fine with this
t: overhead reach with the twenty pound box to the shelf ten reps
p: that one i feel a little
t: where
p: right low back a two
t: two okay keep the core tight that was eighteen minutes of the work tasks
t: your goal was sixty pounds floor to waist and were at fifty so close
p: my boss wants me back by the first
t: well send a progress note to your physical therapist for the case manager
p: okay the nurse case manager lady
t: yes her tomorrow same plan and well try sixty pounds
p: sounds good
t: and ice at home if it flares
p: my buddy said i should get a back brace
t: talk to your therapist about that we usually dont use one
p: okay see you tomorrow
""",
    facts=[
        "sore sunday morning a three|3/10",
        "one out of ten|1/10",
        "three point five incline five|3.5 mph incline 5",
        "dead bugs three sets of ten|3x10",
        "goblin squats|goblet squats",
        "thirty five pound kettle bell|35 lb",
        "fifty pounds three sets of twelve|50 lb 3x12",
        "toolbox carry fifty feet with forty pounds|40 lb",
        "ten climbs|10 climbs",
        "floor to waist box with fifty pounds|50 lb",
        "overhead reach with the twenty pound box|20 lb",
        "right low back a two|2/10",
        "sixty pounds floor to waist|60 lb",
    ],
    negated=["leg pain", "numbness"],
    absent=["firewood with my brother in law", "back brace", "my boss wants me back"],
)

S(
    "ae_pt12_bus_step_with_bag",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97140": 9, "97530": 13},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
T: Hi Tasha, how's the knee?
P: Stiff in the morning, better once I'm moving. Pain's a three.
T: Any swelling after Tuesday?
P: A little, it went down with ice.
T: Any locking or catching?
P: No, none of that.
T: Let's start with manual. Patellar mobs, then some soft tissue on the quad and the IT band.
P: Ow, the IT band.
T: Breathe. Okay, that was 9 minutes of manual.
T: Now the step-ups and the floor-to-stand. I'm thinking out loud for the note here: I was going to call the step-ups exercise, 97110, but we're doing them like getting on and off the bus with a bag in your hand, so that's a functional activity. I'll code it as 97530, not 97110.
P: You're the boss.
T: And the manual was its own block before this, so Jen said the activity gets the 59 modifier.
T: Step up onto the 8-inch step with the grocery bag, then down the other side.
P: Like the bus.
T: Exactly. Ten each leg. Now getting down to the floor and back up, like playing with your son.
P: The down part is fine, the up part is hard.
T: Half kneel, hand on the chair, push through the front leg. Three times.
P: Got it on the third.
T: Now carrying the laundry basket up the three steps.
P: My kid's laundry is endless.
T: That was 13 minutes of functional training.
T: Knee flexion today 125 degrees, extension 0.
P: Is that normal?
T: Close to it. The other side is 135.
T: Home: the step-ups with the bag, the floor transfers, and the quad sets.
P: Can I run yet? My sister's doing a 5K in April.
T: That's a question for Dr. Ruiz and your PT at the progress visit.
P: Okay.
T: Any pain in the calf?
P: No.
T: Good. Ice tonight if it swells.
P: See you Thursday.
T: Bring your sneakers, not the sandals.
P: Ha, okay.
""",
    facts=[
        "Pain's a three|3/10",
        "went down with ice",
        "Patellar mobs|patellar mobilization",
        "IT band",
        "8-inch step with the grocery bag|8-inch step",
        "Ten each leg|10 each",
        "Half kneel",
        "push through the front leg. Three times|3 times",
        "laundry basket up the three steps|3 steps",
        "flexion today 125 degrees|125 degrees",
        "extension 0|0 degrees",
        "quad sets",
    ],
    negated=["locking", "catching", "pain in the calf"],
    absent=["5K in April", "kid's laundry is endless", "sneakers"],
    has59=True,
)

S(
    "ae_pt13_arch_pokes_inside",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97760": 14, "97116": 9},
    [],
    "97760x1:GP 97116x1:GP",
    """
t: okay missus ngata your or thotics came in lets try them on
p: finally i have been waiting three weeks
t: how are the heels this week
p: the first steps in the morning are a seven then it calms down to a three
t: any numbness or burning in the feet
p: no just the heel pain
t: okay any swelling
p: no
t: take your shoes off the right arch is flatter than the left so the right one has the media post stand on them
p: oh that feels weird
t: weird good or weird bad
p: like standing on a ball
t: thats the arch support it takes a week to get used to ill heat the right one and grind the edge a bit
p: it pokes on the inside
t: how about now
p: better
t: wear them one hour the first day two hours the second and add an hour a day
p: okay
t: i also want a heel lift in the left shoe for your calf tightness
p: no i dont want the lift i tried that with my last shoes and my back hurt
t: thats fine well skip the heel lift so fitting and adjusting the or thotics was fourteen minutes
p: can i wear them in my sandals
t: no they need a closed shoe with a removable insole
p: my church shoes have no insole
t: then not those lets walk in them on the hallway and the stairs
p: walking is different
t: good heel strike less rolling in on the right stairs up and down reciprocal then the ramp
p: the ramp is fine
t: that was nine minutes of walking training
p: heel is a two right now
t: two okay calf stretch still three times a day and the frozen water bottle roll
p: the bottle is my best friend
t: ha and your dorsiflexion today five degrees on the left ten on the right
p: is that good
t: better than zero last month
p: my daughter wants the same insoles shes a nurse on her feet all day
t: she would need her own prescription
p: okay
""",
    facts=[
        "first steps in the morning are a seven|7/10",
        "calms down to a three|3/10",
        "right arch is flatter",
        "media post|medial post",
        "one hour the first day|1 hour",
        "skip the heel lift|declined heel lift",
        "closed shoe with a removable insole",
        "heel strike",
        "reciprocal",
        "heel is a two|2/10",
        "calf stretch still three times a day|3x/day",
        "frozen water bottle",
        "five degrees on the left|5 degrees",
        "ten on the right|10 degrees",
    ],
    negated=["numbness", "burning", "swelling"],
    absent=["my daughter wants the same insoles", "shes a nurse"],
)

S(
    "ae_pt14_paint_cans_overhead",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 16, "97140": 11},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Okay Ray, progress report day, visit ten. How's the shoulder overall?
P: Way better. I saw Dr. Kaminski on Monday. He said I have about eighty percent of my motion back and the MRI showed a small partial tear, nothing to fix.
T: Good to hear. Did he change anything?
P: No, he said keep doing therapy.
T: Pain today?
P: One at rest, three reaching overhead. It used to be a six.
T: Any night pain?
P: Not anymore, I sleep through.
T: Any numbness down the arm?
P: No.
T: Let's measure. Flexion 160 degrees, abduction 150, external rotation 75, internal rotation to T10.
P: What was it at the start?
T: Flexion was 120, abduction 95.
T: Strength: external rotation 4 out of 5, supraspinatus 4 minus, and the painful arc is gone.
T: QuickDASH: 18. It was 45 at the start.
P: So I'm better than he said?
T: By my measures you're close to the other side. Let's get the manual part going. Lie on your back.
T: Posterior capsule glides, then soft tissue on the pec minor.
P: That's tight.
T: Turn on your side. Scapular mobilization.
T: Okay, that was 6 minutes of manual.
P: Felt longer.
T: Exercises: side-lying external rotation with 3 pounds, rows with the blue band, wall slides, and the ball circles on the wall.
P: The 3 pounds is easy now.
T: Go to 4 next week. Serratus punches, two sets of fifteen.
T: That's 16 minutes of exercise. Wait, I need to fix the manual: I said 6, but that was only the side-lying part. With the glides and the pec minor before it, it was 11 minutes of manual, not 6.
P: Okay.
T: Goals: reach the top shelf at work, met. Sleep through the night, met. Lift 20 pounds overhead, in progress.
P: I stock shelves at the hardware store, the paint cans are the worst.
T: Plan: once a week for four more weeks, then discharge to the home program.
P: Can I go back to softball?
T: Throwing program first, in two weeks.
P: Our team's terrible anyway.
T: Ha. See you next Wednesday.
""",
    facts=[
        "One at rest|1/10",
        "three reaching overhead|3/10",
        "Flexion 160 degrees|160 degrees",
        "abduction 150|150 degrees",
        "external rotation 75|75 degrees",
        "internal rotation to T10",
        "4 out of 5|4/5",
        "supraspinatus 4 minus|4-/5",
        "painful arc is gone",
        "QuickDASH: 18|18",
        "Posterior capsule glides",
        "side-lying external rotation with 3 pounds|3 lb",
        "two sets of fifteen|2x15",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    negated=["night pain", "numbness"],
    absent=["paint cans are the worst", "Our team's terrible"],
    fixed={"97140": 6},
)

S(
    "ae_pt15_fusion_sixty_days",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
t: okay miss farouk its been sixty days and your back surgery was last month so were doing a re evaluation
p: yes the fusion at l four l five
t: how is the pain now
p: the back is a four and the leg pain is gone
t: the leg pain is gone completely
p: yes no more leg pain since the surgery
t: any numbness in the foot
p: a little on the top of the left foot the surgeon said it might stay
t: okay any trouble with bladder or bowels
p: no nothing like that
t: good lets do the oz west tree okay so i added it up to thirty four percent
p: thats better than before
t: wait you skipped one section so i divide by forty five not fifty so its thirty eight percent
p: so thirty eight
t: thirty eight percent and at the start it was fifty two
p: still better
t: yes lumbar range flexion fingertips to mid shin extension limited by half
t: strength hip flexors four out of five on the left five out of five on the right straight leg raise negative both sides
t: walking without the walker now with a cane for long distances ten meter walk one point one meters per second
p: i walked to the mailbox and back yesterday
t: great lifting restrictions from the surgeon still no more than ten pounds and no bending or twisting for six more weeks
p: yes no bending lifting twisting the blt rule
t: right today the exercises trans verse abdominous bracing heel slides and the walking program ten reps each
p: okay
t: that was twelve minutes of exercise
p: it feels good to move
t: new goals walking thirty minutes without the cane oz west tree under twenty percent and lift twenty five pounds after clearance
t: two times a week for eight weeks
p: can i go to the casino on the bus trip saturday thats four hours sitting
t: get up every thirty minutes and walk
p: my friend gladys is going too
t: have fun
""",
    facts=[
        "l four l five|L4-L5",
        "back is a four|4/10",
        "top of the left foot",
        "thirty eight percent|38%",
        "it was fifty two|52%",
        "fingertips to mid shin",
        "four out of five on the left|4/5",
        "straight leg raise negative",
        "one point one meters per second|1.1 m/s",
        "no more than ten pounds|10 lb",
        "ten reps each|10 reps",
        "walking thirty minutes without the cane|30 minutes",
        "under twenty percent|20%",
        "two times a week for eight weeks|2x/week for 8 weeks",
    ],
    negated=["leg pain", "bladder", "bowels"],
    absent=["thirty four percent", "casino", "gladys"],
)

S(
    "ae_pt16_kettle_boils_curb",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 15, "97116": 7},
    [],
    "97110x1:GP",
    """
T: Good afternoon, Mrs. Whitcomb. Last visit. Let me get your blood pressure first. 138 over 82, heart rate 72.
P: That's about normal for me.
T: Did you take your pills this morning?
P: Yes, with breakfast.
T: Any chest pain, lightheadedness?
P: No, none.
T: Pain in the hip?
P: One. Just when I get out of the car.
T: Any falls since last week?
P: No falls. I'm careful.
T: Let's do your discharge tests. Timed Up and Go with the cane: 11.2 seconds. At the start it was 24.
P: I'm a racer now.
T: Thirty-second sit to stand: 11. At the start it was 4.
T: Hip abduction strength 4 out of 5, flexion 4 plus.
T: Let's run through the exercise program one more time. Standing hip abduction, 2 pounds, two sets of ten. Bridges, two sets of ten. Sit to stands, ten. Step-ups, ten each.
P: I do these while the kettle boils.
T: Perfect. That's 15 minutes of exercise.
T: Let me recheck your pressure. 146 over 84, heart rate 88. Fine after exercise.
T: Now a short walk outside on the sidewalk and the curb with the cane.
P: The curb is my enemy.
T: Cane down first, then the bad leg. Good. That's 7 minutes of walking.
T: Goals: walking to church with the cane, met. TUG under 14 seconds, met. Getting in and out of the car by herself, met.
P: My son still insists on helping.
T: Let him open the door. You do the rest.
T: Home program: the exercises every other day, walking 20 minutes a day.
P: Can I stop using the cane?
T: Use it outside and on uneven ground. Inside you're safe without it.
P: Good. My sister in Florida wants me to visit.
T: Stand up and walk every hour on the plane.
P: I'll need the wheelchair at the airport anyway.
T: That's a good idea for the long terminal.
P: Thank you for everything.
T: It was a pleasure.
""",
    facts=[
        "138 over 82|138/82",
        "heart rate 72|HR 72",
        "One. Just when I get out of the car|1/10",
        "11.2 seconds|11.2",
        "sit to stand: 11|11",
        "strength 4 out of 5|4/5",
        "flexion 4 plus|4+/5",
        "2 pounds, two sets of ten|2 lb",
        "146 over 84|146/84",
        "heart rate 88|HR 88",
        "Cane down first",
        "walking 20 minutes a day|20 minutes",
        "every other day",
        "Inside you're safe without it",
    ],
    negated=["chest pain", "lightheadedness", "falls"],
    absent=["My sister in Florida", "kettle boils", "wheelchair at the airport"],
)

# ----- OT, test ------------------------------------------------------------------------------

S(
    "ae_ot08_volleyball_fingertip",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97760": 15},
    ["97165"],
    "97165x1:GO 97760x1:GO",
    """
t: hi im jess the occupational therapist you jammed your finger playing volleyball
p: yeah sunday the ball hit the tip of my middle finger on the right and now it droops
t: the tip wont straighten on its own
p: no it just hangs there
t: any numbness in the fingertip
p: no it feels normal
t: any other injuries to this hand before
p: no never
t: what do you do for work
p: i teach guitar and i work the register at the music store
t: okay so right hand dominant
p: no im left handed but i strum with the right
t: okay the middle finger d i p rests at forty degrees of flexion active extension none passive extension to zero
t: the other joints are full range grip fourteen sorry let me redo that the dial wasnt at zero
t: grip sixty two pounds right sixty eight left
p: thats more like it
t: this is a mullet finger and its a low complexity evaluation one problem and a clear plan
t: the x ray from urgent care showed no fracture right
p: right no fracture they said
t: okay so im making you a custom splint that holds the tip straight this is the important part you wear it all day and all night for six weeks
p: even when i teach
t: even when you teach if the tip bends even once we start the six weeks over
p: i am not wearing it on stage friday i have a gig
t: i hear you but if you take it off the clock restarts maybe tape it under a glove
p: ill think about it
t: ill heat the plastic mold it trim it strap it how does that feel
p: snug not tight
t: good skin check the tip is pink no white spots to clean it keep the finger flat on the table slide it off and back on
p: okay show me again
t: finger flat on the table never let it bend thats fifteen minutes for making and fitting the splint
p: can i play with it on
t: you can practice chords with the other fingers goals keep the d i p straight with no lag after six weeks and back to playing a full set
t: ill see you once a week to check the splint and the skin
p: every week
t: yes for six weeks then we start gentle bending
p: my bandmate broke his wrist last year skateboarding
t: ouch any questions
p: how do i shower
t: plastic bag over the hand and keep it flat
""",
    facts=[
        "mullet finger|mallet finger",
        "middle finger on the right|right middle finger",
        "forty degrees of flexion|40 degrees",
        "passive extension to zero|0 degrees",
        "grip sixty two pounds right|62 lb",
        "sixty eight left|68 lb",
        "custom splint",
        "all day and all night for six weeks|6 weeks",
        "not wearing it on stage|declined wearing splint on stage",
        "skin check",
        "finger flat on the table",
        "once a week|1x/week",
    ],
    negated=["numbness in the fingertip", "fracture", "other injuries"],
    absent=["grip fourteen", "bandmate broke his wrist", "skateboarding"],
)

S(
    "ae_ot09_braids_for_the_granddaughter",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97140": 10, "97530": 15},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi Mrs. Volkova, hi Anya. How is Grandma's shoulder this week?
C: Бабушка, как плечо? She says better, she can put her coat on alone now.
P: Лучше. Пальто сама.
T: That's great. Pain today, zero to ten?
C: Боль от нуля до десяти?
P: Три.
C: Three.
T: Any numbness in the hand?
C: Рука немеет?
P: Нет.
C: No numbness.
T: Let's start with the manual work. Shoulder joint glides, then soft tissue around the shoulder blade.
P: Ой.
C: She says ouch, but keep going.
T: I'll go gentler. Okay, that was 10 minutes of manual.
T: Now the practical part. I want her reaching the top kitchen shelf, hanging a towel on the hook, and doing hair.
C: She braids my little sister's hair every morning. Она хочет заплетать косы.
T: Then let's practice braiding on the mannequin head.
P: Хорошо.
T: Good, elbow up. Now reach the shelf with the cup.
C: She says the second shelf is okay, the top is hard.
T: Flexion while reaching, about 130 degrees. Last week 115.
T: Next, putting on and fastening the bra behind the back.
C: She's embarrassed. Она стесняется.
T: We can do it over her shirt. Hand behind the back to L3.
T: These were separate blocks, manual first, then the activities, so the 59 goes on the activity code. That was 15 minutes of functional activities.
C: What's 59?
T: A billing thing that says they were separate. Nothing for you to do.
T: Home: wall walks, the towel stretch behind the back, and the braids.
C: Стена, полотенце, косички. She says okay.
T: Twice a day.
C: She wants to know if she can go to the banya, the hot sauna.
T: Heat before the exercises is fine. No cold plunge.
C: She laughs, she says she's Russian, she always does the cold plunge.
T: Then gently.
P: Спасибо.
""",
    facts=[
        "coat on alone",
        "Three|3/10",
        "Shoulder joint glides",
        "braiding on the mannequin head",
        "second shelf is okay",
        "about 130 degrees|130 degrees",
        "Last week 115|115 degrees",
        "Hand behind the back to L3",
        "wall walks",
        "towel stretch behind the back",
        "Twice a day|2x/day",
    ],
    negated=["numbness"],
    absent=["banya", "cold plunge"],
    has59=True,
)

S(
    "ae_ot10_daughter_films_dressing",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 17, "97535": 12},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi mister osei its grace your o t assistant did your daughter send the video
p: yes she put it on my phone here
t: lets watch it okay this is you putting on the shirt sitting on the bed
p: yes yes
t: youre putting the right arm in first the weak one good thats what we practiced and here you stand up to pull the pants up without holding anything
p: i was quick
t: i see that but standing with no hand hold after the stroke is risky lets change that lean on the dresser or stay sitting and do the bridge lift
p: okay the dresser
t: before we go on for the bill you are over the medicare threshold for this year so your claims get the k x modifier and the therapist says the therapy is still medically necessary
p: okay no problem
t: any falls since last week
p: no no falls
t: any dizziness when you stand up
p: no
t: okay lets practice the dressing here with the dresser shirt right arm first now stand hold the dresser pull up the pants
p: like this
t: perfect then the socks with the sock aide and the long shoehorn
p: the sock aide is tricky
t: youre getting it that was seventeen minutes of dressing practice
p: i am sweating
t: take a break now lets set up your bedroom from the video the chair should be next to the dresser and the clothes for the next day laid out the night before
p: my wife can lay them out
t: good and a night light on the bathroom path
p: the hallway is dark yes
t: and the grab bar by the toilet your son was going to put in
p: he did it on sunday
t: great that was twelve minutes on the home setup
p: my daughter films everything now she wants to make a video for the church
t: thats nice next time we try the shower chair
p: okay
t: and your hand grip today right sixteen pounds left forty
p: getting stronger
t: yes last month it was ten on the right
p: bye grace
""",
    facts=[
        "right arm in first",
        "lean on the dresser",
        "sock aide|sock aid",
        "long shoehorn",
        "chair should be next to the dresser",
        "clothes for the next day laid out",
        "night light",
        "grab bar by the toilet",
        "right sixteen pounds|16 lb",
        "left forty|40 lb",
        "shower chair",
    ],
    negated=["falls", "dizziness"],
    absent=["video for the church", "films everything"],
    kx=True,
    has59=True,
)

S(
    "ae_ot11_no_bench_like_an_old_man",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 13, "97535": 7},
    [],
    "97110x1:GO,CO",
    """
T: Hi Mr. Jablonski, I'm Maria, the OT assistant. Let me check your vitals first, since your cardiologist wants us to watch. Blood pressure 118 over 70, heart rate 80, oxygen 94 percent.
P: The cardiologist changed my water pill.
T: Okay, and your weight this morning?
P: 212. Same as yesterday.
T: Good. Any swelling in the ankles?
P: No, the socks help.
T: Any shortness of breath at rest?
P: No, only on the stairs.
T: Let's start with the upper body exercises. Arm bike, level one, five minutes.
P: That's fine.
T: Then the band: rows, chest press, shoulder press, yellow band, ten each.
P: Getting winded.
T: Rate how hard, 6 to 20 on the Borg scale?
P: Thirteen.
T: Somewhat hard, that's the target. Oxygen 92, heart rate 96. Rest a minute.
P: Okay.
T: Now the putty for grip, since the arthritis is in your hands too.
P: My hands are stiff from the cold.
T: That was 13 minutes of exercise.
T: Now energy saving at home. You said showering wipes you out.
P: Completely. I have to lie down after.
T: A shower bench would help a lot. Sitting to wash saves energy.
P: No. I'm not sitting on a bench in the shower like an old man.
T: Okay, no bench. What about a terry robe so you don't have to dry off standing?
P: That I'd do.
T: And showering at night instead of in the morning rush, and resting before you get dressed.
T: That's 7 minutes on the energy saving.
T: Let me recheck your vitals. 122 over 72, heart rate 84, oxygen 95.
P: See? I'm fine.
T: You are. Home: the band exercises every other day, the putty daily.
P: My grandson's graduation is next month, in Chicago.
T: Plan rest breaks on the trip.
P: I will.
T: I'll let Dan, your OT, know about the bench.
P: Tell him no bench.
""",
    facts=[
        "118 over 70|118/70",
        "heart rate 80|HR 80",
        "oxygen 94 percent|94%",
        "212. Same as yesterday|212 lb",
        "Arm bike, level one, five minutes|arm bike 5 minutes",
        "yellow band, ten each|10 each",
        "Thirteen|Borg 13",
        "Oxygen 92, heart rate 96|92%",
        "terry robe",
        "showering at night",
        "122 over 72|122/72",
        "every other day",
        "no bench|declined shower bench",
    ],
    negated=["swelling in the ankles", "shortness of breath at rest"],
    absent=["graduation", "Chicago", "like an old man"],
)

S(
    "ae_ot12_checkbook_and_cards",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97129": 15, "97130": 18},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Hi Dolores. It's your progress report today, so we'll redo some of the measures.
P: I saw the neuropsychologist last week. She said my memory score was nineteen.
T: That was her testing, with her tools. I'll do ours today.
P: She said I shouldn't manage my own money yet.
T: We'll look at that too. Any headaches?
P: No, not lately.
T: Any dizziness?
P: No.
T: Sleeping?
P: Better, seven hours.
T: Okay. First the Executive Function Performance Test, the medication part. Here are the pill bottles and the organizer. Fill it for the week.
P: Morning pills, evening pills. This one says twice daily.
T: You needed one verbal cue to check the label on the second bottle. Last month you needed four cues and one physical assist.
P: I remember that day. It was bad.
T: Now the bill-paying task with the checkbook.
P: Check number 1042, to the gas company, eighty-seven fifty.
T: Look at what you wrote on the amount line. Check it.
P: Oh. I wrote fifteen. Fifty. Fixed.
T: Self-corrected with one prompt. Good. Now balance the register.
P: That's 1,312 dollars left.
T: Correct.
T: Now the trail-making part on paper. Trails B in 142 seconds. At the start it was over 300 and you stopped.
P: I didn't finish it at all in August.
T: Now the divided attention task: sort the cards by suit while I read you a grocery list.
P: Hearts. Milk, eggs. Spades.
T: Cards 24 of 26 correct, grocery list 4 of 6 recalled.
P: I forgot the bread.
T: That's 33 minutes of cognitive tasks today.
T: Goals: fill the weekly pill organizer with one cue or less, met. Pay a bill accurately with no more than one prompt, met. Grocery shopping from a list of 10 items on her own, in progress.
P: My daughter still does my checkbook.
T: For now, you write, she checks. Two times a week for four more weeks.
P: Can I drive to my daughter's?
T: Driving is a separate evaluation. I'll mention it to your doctor.
P: My neighbor's husband had a stroke and he drives.
T: Every stroke is different.
P: True.
""",
    facts=[
        "Executive Function Performance Test|EFPT",
        "pill organizer",
        "one verbal cue|1 verbal cue",
        "four cues and one physical assist|4 cues",
        "Self-corrected with one prompt|1 prompt",
        "Trails B in 142 seconds|142 seconds",
        "Cards 24 of 26 correct|24/26",
        "grocery list 4 of 6 recalled|4/6",
        "list of 10 items|10 items",
        "you write, she checks",
        "Two times a week for four more weeks|2x/week for 4 weeks",
        "seven hours|7 hours",
    ],
    negated=["headaches", "dizziness"],
    absent=["neighbor's husband", "Every stroke is different"],
    cog=33,
)

S(
    "ae_ot13_hand_flare_after_move",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 9},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hi tomas today is the re evaluation its been thirty days since your plan started
p: okay but the hand is bad today
t: how bad zero to ten
p: eight its burning and the skin is super sensitive
t: when did this flare start
p: saturday i helped my cousin move
t: okay any fever or cuts on the hand
p: no no fever
t: let me look the right hand is swollen and red compared to the left and shiny and it feels warmer
t: circumference at the wrist nineteen centimeters right seventeen left
p: dont squeeze it please
t: i wont squeeze can you make a fist
p: not all the way
t: fingertips two centimeters from the palm i am going to skip grip today it would hurt too much
p: thank you
t: quick dash today sixty eight it was sixty at the last re evaluation
p: so worse
t: worse with the flare lets try some gentle things the mirror box first watch the left hand in the mirror open and close
p: that is weird but okay
t: then gentle tendon glides and the dee sensitization with the soft cloth
p: the cloth is okay the towel no
t: okay no towel
p: i need to stop its shooting up my arm now
t: okay we stop here that was nine minutes of exercise
p: sorry
t: no need your pain now
p: nine out of ten
t: nine okay i am going to update the plan more frequent shorter sessions three times a week for four weeks and i will call your doctor about the flare
p: the pain doctor said maybe a nerve block
t: thats his call goals reduce the swelling to eighteen centimeters make a full fist and hold a coffee cup with the right hand
p: i cant even hold a cup now
t: keep the hand up on a pillow and do the mirror box five minutes every hour while youre awake
p: my cousin feels bad he says sorry
t: tell him its not his fault
p: okay
""",
    facts=[
        "eight its burning|8/10",
        "swollen and red",
        "shiny",
        "nineteen centimeters right|19 cm",
        "seventeen left|17 cm",
        "two centimeters from the palm|2 cm",
        "quick dash today sixty eight|QuickDASH 68",
        "mirror box",
        "dee sensitization|desensitization",
        "we stop here",
        "nine out of ten|9/10",
        "three times a week for four weeks|3x/week for 4 weeks",
        "eighteen centimeters|18 cm",
        "five minutes every hour|5 minutes every hour",
    ],
    negated=["fever", "cuts on the hand"],
    absent=["my cousin feels bad", "not his fault"],
)

S(
    "ae_ot14_flour_bags_piping",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97110": 9, "97535": 10},
    [],
    "97535x1:GO",
    """
T: Good morning, Henrike. Discharge day. Let's finish the QuickDASH first.
P: I filled it in at the front.
T: Thanks. I get 9.
P: Nine sounds great.
T: Hang on. I added the work module answers in with the main questions. Those are scored separately. Main score: 16. Work module: 25.
P: Oh, sixteen then.
T: Sixteen, from 61 at the start.
T: Pain today?
P: Zero at rest, two when I knead a big batch.
T: Any numbness or tingling?
P: No.
T: Wrist extension 65 degrees, flexion 60, supination 80, pronation 85. Grip 52 pounds on the left, 58 right.
P: The left is catching up.
T: It's 90 percent of the right. Let's do the last round of exercises. Wrist curls with 3 pounds, putty, the forearm rotations with the hammer.
P: The hammer one's easy now.
T: That's 9 minutes of exercise.
T: Now, work setup. At the bakery you said the 50-pound flour bags are the problem.
P: I used to toss them on my shoulder.
T: Two-person lift, or the dolly, and split the bag into the bins at the counter. And knead with your body weight, wrists straight, not bent back.
P: Like this?
T: Exactly. And alternate hands on the piping bag.
P: Wedding season is coming, I'll be piping for hours.
T: Take a break every 30 minutes and shake the hands out. That's 10 minutes of work and home training.
T: Goals: knead a full batch without pain, met. Lift and carry 25 pounds, met. Return to full shifts, met.
P: I'm back to full shifts since Monday.
T: You're discharged. Keep the putty and the wrist curls three times a week for two months.
P: Thank you. Can I bring you a cake?
T: That's very kind, we'll share it at the front desk.
P: Black Forest.
T: My favorite.
P: My boss says thank you too, he hated doing the bread.
""",
    facts=[
        "Main score: 16|QuickDASH 16",
        "Work module: 25|work module 25",
        "from 61|61",
        "Zero at rest|0/10",
        "two when I knead|2/10",
        "extension 65 degrees|65 degrees",
        "flexion 60|60 degrees",
        "supination 80|80 degrees",
        "pronation 85|85 degrees",
        "Grip 52 pounds on the left|52 lb",
        "90 percent of the right|90%",
        "Wrist curls with 3 pounds|3 lb",
        "Two-person lift, or the dolly|2-person lift",
        "break every 30 minutes|30 minutes",
    ],
    negated=["numbness", "tingling"],
    absent=["Black Forest", "Wedding season", "he hated doing the bread"],
)

# ----- SLP, test -----------------------------------------------------------------------------

S(
    "ae_slp08_farm_animals_daycare",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92522"],
    "92522x1:GN",
    """
t: hi im doctor ortiz the speech therapist and this is
c: this is leo hes three and a half his daycare said we should come
t: what did daycare notice
c: the other kids dont understand him and he gets mad and hits sometimes
t: and at home can you understand him
c: me and his mom get most of it strangers maybe half
t: any ear infections or tubes
c: no ear infections his hearing test at the pediatrician was normal
t: any problems with eating or drooling
c: no he eats everything
t: when were his first words
c: first words around eighteen months mama dada ball
t: okay leo lets play with the farm what is this
p: daw
t: dog good and this
p: tow
t: cow and this
p: pi
t: pig he is leaving off the last sounds
c: yeah he does that with everything
t: thats called final constant deletion its common but he is doing it a lot for three and a half and the k and g come out as t and d thats fronting
p: tar tar
t: car yes car in the picture test final consonants were correct in six out of twenty words thirty percent
t: intelligibility to me today about fifty percent in single words
c: thats about what we see
t: his language seems on track he follows directions and puts three words together
p: more doggy go
t: yes more doggy go oral motor looks normal tongue and lips move well
t: my recommendation is speech therapy once a week for twelve weeks working on final sounds first
c: can we do the exercises at home
t: yes ill give you the final sound picture cards five minutes a day at bath time
c: his sister is five and she talks nonstop
t: sometimes the older one talks for him
c: yes all the time
t: give him a turn to ask for things himself
c: okay
p: bye bye
""",
    facts=[
        "three and a half|3.5 years",
        "first words around eighteen months|18 months",
        "final constant deletion|final consonant deletion",
        "fronting",
        "six out of twenty words|6/20",
        "thirty percent|30%",
        "about fifty percent|50%",
        "three words together|3 words",
        "oral motor looks normal",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "five minutes a day|5 minutes a day",
        "hearing test at the pediatrician was normal",
    ],
    negated=["ear infections", "tubes", "drooling"],
    absent=["his sister is five", "talks nonstop"],
)

S(
    "ae_slp09_thick_wine_breath_timing",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Lombardi. Before we start, for the billing: you've gone over the yearly therapy threshold, so I add the KX modifier, and your swallowing therapy is still medically necessary.
P: Whatever keeps me eating.
T: I got your FEES report from Dr. Haas, done last Thursday. Let me read the main parts: laryngeal penetration with thin liquids on 2 of 4 trials, no aspiration with mildly thick liquids, moderate residue in the pyriform sinuses with solids, cleared with a second swallow. Recommendation: IDDSI level 6 soft and bite-sized, mildly thick liquids, effortful swallow and double swallow.
P: So I'm still not allowed water.
T: Not thin water yet, except the free water protocol between meals that we talked about.
T: Let me put the oximeter on. Oxygen 93 percent on 2 liters, heart rate 82, breathing rate 18.
P: My lungs are worse in the damp.
T: Any fevers, more phlegm, or chest infections?
P: No, nothing like that.
T: Coughing at meals?
P: Not with the thickened stuff.
T: Good. The effortful swallow exercise: squeeze hard, ten reps. Good. Now the Mendelsohn, hold the swallow at the top, 2 seconds.
P: That's hard.
T: Try again. Good, 6 of 10 with a good hold.
T: Now food. Soft and bite-sized chicken with gravy, double swallow each bite.
P: Okay.
T: Clearing well, 5 of 5 bites with the double swallow, no cough.
T: Now the chin-down position with the mildly thick juice.
P: Good.
T: Oxygen 92, stable. Breathing rate 20.
T: Let's work on breath timing: swallow, then breathe out. Not breathe in right after.
P: Swallow, puff.
T: Exactly. 8 of 10 with the right breath-swallow timing.
P: My wife thickens everything now, even the wine.
T: Ha. Small sips.
T: Plan: continue IDDSI 6 and mildly thick, effortful and double swallow at every meal, and the exercises twice a day. Two times a week.
P: My grandson thinks the thick water is gross.
T: He doesn't have to drink it.
P: Next time can we try a cracker?
T: Yes, with the double swallow.
P: Good. I miss crackers with my soup.
T: We'll get there.
""",
    facts=[
        "FEES",
        "penetration with thin liquids on 2 of 4 trials|2/4",
        "no aspiration with mildly thick",
        "residue in the pyriform sinuses|pyriform sinus residue",
        "IDDSI level 6|IDDSI 6",
        "Oxygen 93 percent on 2 liters|93%",
        "heart rate 82|HR 82",
        "breathing rate 18|RR 18",
        "6 of 10 with a good hold|6/10",
        "5 of 5 bites|5/5",
        "Oxygen 92|92%",
        "8 of 10 with the right breath-swallow timing|8/10",
        "chin-down",
        "twice a day|2x/day",
    ],
    negated=["fevers", "phlegm", "chest infections"],
    absent=["thick water is gross", "even the wine"],
    kx=True,
)

S(
    "ae_slp10_eye_gaze_quick_phrases",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Walter, hi Joan. I'm Becca, the speech assistant. Sandra set up the new eye-gaze pages last week, and I'm here to practice them with you.
C: He's been using the tablet with his finger, but his hands are getting weaker.
T: Walter, can you tell me how you're doing, with your voice or the device?
P: Okay... tired.
T: Thank you. Is his speech slower than last month?
C: Much slower. People on the phone can't understand him now.
T: That's why we're practicing the eye gaze now, while he can still talk some. Let's calibrate. Follow the dot, Walter.
P: Got it.
T: Calibration done. Now look at the quick phrases page. Try "I need a break."
P: I need a break.
T: Good. That took about 8 seconds. Now "Please reposition me."
P: Please reposition me.
T: Nice. Let's do ten phrases from the page. I'll say the situation, you pick the phrase. You're thirsty.
P: I would like some water.
T: Your glasses are dirty.
P: Please clean my glasses.
T: That's 9 of 10 correct, selected on his own, one with a repeat of the instruction.
C: He's faster than me on it.
T: Now the keyboard with word prediction. Type "Joan, call Mike."
P: Joan, call Mike.
T: Fifteen words a minute. No, let me count again: it was 12 words in 60 seconds. About 12 words a minute.
C: Mike is our son, he's in Denver.
T: And the message banking: did you record the phrases Sandra gave you?
C: We did forty of them. His voice saying "love you, Joanie." I cried.
T: That's what it's for. Any trouble swallowing or choking at meals?
C: No, not yet. He's eating soft food.
T: I'll let Sandra know. Any pain using the device, neck or eyes?
P: No. Eyes tired.
T: We'll keep the dwell time at 1 second, and take breaks. Home: practice the quick phrases page twice a day, 10 minutes.
C: Can the device read his emails out loud?
T: Yes, I'll show you next time.
P: Thank you.
C: The insurance company wants the form for the mount on the wheelchair.
T: Sandra does that paperwork. I'll tell her today.
C: And can you bill this visit under the device warranty?
T: No, it's a therapy visit.
""",
    facts=[
        "eye-gaze|eye gaze",
        "Calibration done",
        "I need a break",
        "Please reposition me",
        "9 of 10 correct|9/10",
        "word prediction",
        "12 words a minute|12 wpm",
        "message banking",
        "forty of them|40 phrases",
        "dwell time at 1 second|1 second",
        "twice a day, 10 minutes|10 minutes",
        "People on the phone can't understand him",
    ],
    negated=["choking", "pain using the device"],
    absent=["Fifteen words a minute", "he's in Denver", "device warranty"],
)

S(
    "ae_slp11_lunch_for_his_brother",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 7},
    [],
    "97129x1:GN",
    """
T: Hi Mr. Adeyemi, can you see and hear me?
P: I hear you. You're a little blurry.
C: I'll move the laptop closer.
T: Thank you, Funmi. Just for the record, this is a video visit, you're at home, and the same billing rules apply as in the clinic.
P: Okay.
T: How did the week go with the memory notebook?
P: I used it... most days.
C: Four days out of seven. He forgot it on the weekend.
T: That's better than last week's two. Any headaches?
P: No headaches.
T: Any dizziness?
C: No dizziness either.
T: Good. First the word recall. I'll say six words: river, candle, pencil, garden, button, orange.
P: River, candle, pencil, garden, button, orange.
T: Perfect immediate recall, 6 of 6. We'll come back to them.
T: Now the planning task. You're hosting lunch for your brother on Sunday. Tell me the steps.
P: Buy the food. Cook the jollof. Set the table.
T: What do you need to buy?
P: Rice, tomatoes, chicken, peppers.
T: Good. What time do you start cooking if lunch is at one?
P: Ten? Eleven.
T: Eleven is fine. You got the steps in order with one cue. Now back to the words.
P: River, garden, button... orange. Candle?
T: 5 of 6 after a delay, no cues. Last week it was 3 of 6.
C: He's sharper in the mornings.
T: That's useful to know. We'll book mornings.
T: Now the notebook: show me today's page on the camera.
P: Here.
T: I can see the medication check and the walk. Add the lunch plan.
P: Okay, writing.
T: That was 22 minutes of cognitive therapy today.
T: Home: the notebook every morning after breakfast, Funmi checks it at night, and the word recall game with the grandkids.
C: They love quizzing him.
T: Next video visit Tuesday at ten.
P: Can we do it in person after that? I don't like the laptop.
T: Yes, the week after.
C: His brother's flying in from Lagos.
T: How nice.
""",
    facts=[
        "video visit",
        "memory notebook",
        "Four days out of seven|4/7",
        "6 of 6|6/6",
        "steps in order with one cue|1 cue",
        "5 of 6 after a delay|5/6",
        "3 of 6|3/6",
        "sharper in the mornings",
        "medication check",
        "every morning after breakfast",
    ],
    negated=["headaches", "dizziness"],
    absent=["Lagos", "They love quizzing him"],
    cog=22,
)

S(
    "ae_slp12_squirrels_eat_everything",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Kathleen, progress report today. I'll record some speech samples, and we'll redo the intelligibility test.
P: I don't want to be recorded today. I look awful and I hate hearing myself.
T: That's okay. No recording. I'll score it live instead.
P: Thank you.
T: How has your speech been?
P: Better in the morning, slurry by dinner. My husband says "what?" less.
T: Any choking or coughing when you eat?
P: No, none.
T: Any new numbness or vision changes?
P: No. The MS has been quiet.
T: Good. Let's do the sentence intelligibility. I'll show you a card, you read it, and I write down what I hear.
P: Okay. Ready.
T: 85 percent of words understood at the sentence level. At the start it was 62.
T: Now conversation. Tell me about your garden.
P: The tomatoes... are coming... and the squirrels... eat... everything.
T: Conversational intelligibility about 80 percent with the topic known. You used the pacing: one word per tap.
T: Loudness today 72 decibels at arm's length.
P: Is that better?
T: Yes, it was 64. Now the diadochokinetic rate: say "puh-tuh-kuh" as fast as you can.
P: Puh-tuh-kuh puh-tuh-kuh puh-tuh-kuh.
T: About 4 per second. Now breath support: one breath, count as far as you can.
P: One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen.
T: 15 on one breath, up from 9.
T: And the paragraph reading.
P: I'd rather not read the paragraph. It's long, I get tired.
T: Okay, we'll skip it today.
T: Strategies you're using: slow rate, over-articulate, a breath before each phrase.
P: My husband taps the table when I go too fast.
T: That's a nice cue. Goals: sentence intelligibility 90 percent, in progress. Using strategies in conversation with one reminder, met. Loudness 70 decibels, met.
T: Plan: once a week for six more weeks. Home: the phrase list twice a day, with the timer.
P: Okay. Can my friend from the MS group come to you?
T: She'd need a referral.
P: She's been on the waiting list at the university for a year.
T: That's a long time.
""",
    facts=[
        "No recording|declined recording",
        "85 percent of words|85%",
        "At the start it was 62|62%",
        "about 80 percent|80%",
        "one word per tap|1 word per tap",
        "72 decibels|72 dB",
        "it was 64|64 dB",
        "About 4 per second|4 per second",
        "15 on one breath|15",
        "slow rate",
        "over-articulate",
        "breath before each phrase",
        "once a week for six more weeks|1x/week for 6 weeks",
        "twice a day|2x/day",
    ],
    negated=["choking", "coughing", "numbness", "vision changes"],
    absent=["squirrels", "waiting list at the university", "MS group"],
)

S(
    "ae_slp13_tortillas_again",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Buenos días, Señor Ruiz. Hi Carmen. Today is the re-evaluation of his swallowing, since it's been sixty days.
C: Papá, es la reevaluación de tu tragar. He says okay.
P: Está bien.
T: I have the modified barium swallow report from last Friday at Mercy. It says: no aspiration with thin liquids from a cup, mild residue in the valleculae with solids that cleared with a liquid wash, and better base of tongue retraction. They recommend regular solids, IDDSI level 7, and thin liquids, level 0.
C: So he can drink normal water?
T: Yes, that's what it says. Let's make sure today. How has eating been?
C: ¿Cómo has comido? He says good, he eats tortillas again, he's not coughing.
P: Ya no toso.
T: Any fevers, pneumonia since last time?
C: ¿Fiebre? No, no fever.
T: Weight?
C: He gained four pounds. 148 now.
T: Good. Oral mechanism: lip closure good, tongue strength better, IOPI 38 kilopascals. At the start it was 22.
T: Trials. Water from a cup, big sips.
P: Bien.
T: No cough, clear voice, 5 of 5. Now a tortilla with beans.
C: His favorite.
T: Chewing well, one swallow per bite, mild residue cleared with a sip. Now mixed: the soup with the vegetables.
P: Está rica.
T: No cough on 5 of 5. Now the 3-ounce water challenge.
C: Tres onzas, sin parar, papá.
P: Okay.
T: Passed, no cough, no wet voice.
T: Results: safe on a regular diet, IDDSI 7, with thin liquids. Strategy: alternate solids and sips.
C: Alternar comida y agua.
T: Goals: all met for swallowing. I'd like two more visits to finish the tongue strength exercises and then discharge.
C: He wants to know if he can have his beer on Sunday.
T: Thin liquids are fine. Alcohol with his medications is a question for his doctor.
C: He laughs.
T: Once a week for two weeks.
C: My mother wants to know if she can come too, she has trouble swallowing pills.
T: She should ask her doctor for a referral.
C: Okay. Gracias.
P: Gracias, doctora.
""",
    facts=[
        "modified barium swallow|MBS",
        "no aspiration with thin liquids",
        "IDDSI level 7|IDDSI 7",
        "level 0|IDDSI 0",
        "gained four pounds|4 lb",
        "148 now|148 lb",
        "IOPI 38 kilopascals|38 kPa",
        "At the start it was 22|22 kPa",
        "5 of 5|5/5",
        "3-ounce water challenge|3 oz",
        "alternate solids and sips",
        "two more visits|2 visits",
        "Once a week for two weeks|1x/week for 2 weeks",
    ],
    negated=["fevers", "coughing"],
    absent=["beer on Sunday", "trouble swallowing pills"],
)

S(
    "ae_slp14_biscuit_the_puppy",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Zoe! Hi Mom. Last session today.
C: I can't believe it. She talks all day now.
P: I have a new puppy!
T: A new puppy! What's the puppy's name?
P: Biscuit. He's brown and he chews my shoes.
T: Listen to that sentence. Mom, what are you seeing at home?
C: Full sentences, she tells me about her day at preschool, who sat with her, what they ate. She asks "why" about everything.
T: Her teacher filled out the form. She says Zoe follows two-step directions and plays with the other kids now.
C: She used to just point and cry.
T: Let's do the retest. Zoe, show me the one that's under the table.
P: This one.
T: Good. Receptive language standard score 98, expressive 94. At the start, 78 and 71.
C: That's normal now?
T: Both are in the average range, 85 to 115.
T: Mean length of utterance today: 4.6 words. At the start it was 1.8.
P: Biscuit eats crackers and I eat crackers too.
T: That's a long one! Pronouns: she's using he, she and they correctly about 90 percent of the time.
C: She still says "goed" sometimes.
T: That's normal at four. She'll grow out of it.
T: Story retell: she told me the three bears story with a beginning, middle and end.
P: And then Goldilocks runned away.
T: She did. Goals: two-step directions met, three-word sentences met, MLU over 3.5 met.
C: So we're done?
T: You're done. Keep reading every night and ask her open questions.
C: Anything we should watch for? Sometimes she repeats "I-I-I".
T: Some repeating at four is typical. If it lasts more than six months, or she gets upset or stuck, call us.
C: Okay. She's not upset about it at all.
T: Good. Any hearing concerns?
C: No, the hearing test in the fall was normal.
T: Great.
C: Her cousin in Texas has autism, should we be worried?
T: Nothing today suggests that for Zoe.
P: Can Biscuit come next time?
T: There's no next time, sweetie. You graduated!
""",
    facts=[
        "Full sentences",
        "two-step directions|2-step directions",
        "Receptive language standard score 98|98",
        "expressive 94|94",
        "78 and 71|78",
        "average range, 85 to 115|85-115",
        "4.6 words|MLU 4.6",
        "it was 1.8|MLU 1.8",
        "about 90 percent|90%",
        "three bears story|3 bears",
        "beginning, middle and end",
        "reading every night",
        "open questions",
    ],
    negated=["hearing concerns", "upset"],
    absent=["new puppy", "chews my shoes", "cousin in Texas has autism"],
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
SLP_EVALS = {"92521": None, "92522": None, "92523": None, "92524": None, "92610": None}
EVAL_CODES = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": None},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": None},
    # PRODUCT.md names no SLP re-evaluation code: an SLP re-evaluation is billed with the evaluation code
    ("SLP", "evaluation"): SLP_EVALS,
    ("SLP", "re-evaluation"): SLP_EVALS,
}
ALL_EVALS = frozenset(c for d in EVAL_CODES.values() for c in d)
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANTS = {"PTA", "OTA", "SLPA"}
NOTE_TYPES = ("evaluation", "daily", "progress", "re-evaluation", "discharge")
# pairs whose 59 the key does not model: kept out of the data altogether
NOT_MODELLED = (
    (frozenset({"97140"}), frozenset({"97161", "97162", "97163"})),
    (frozenset({"97530", "97150"}), ALL_EVALS),
    (frozenset({"92507"}), frozenset({"92526"})),
)
# words that would give a situation or a code away in an id
ID_HINTS = set(
    "kx 59 asr pta ota slpa tele telehealth cms percode dictat group interp clock cotreat correct fixed wrong".split()
)


def units_for(minutes):
    """8-22 -> 1, 23-37 -> 2, 38-52 -> 3 ...; under 8 -> 0 (PRODUCT.md's table)."""
    if minutes < 8:
        return 0
    return 1 + (minutes - 8) // 15


def cms_units(timed, sid, problems):
    """8-minute rule: units from the total; whole 15-minute blocks per code, the rest by largest remainder."""
    total = units_for(sum(timed.values()))
    got = {c: m // 15 for c, m in timed.items()}
    spare = total - sum(got.values())
    if spare < 0:
        problems.append(f"{sid}: whole blocks exceed the total units")
        return got
    order = sorted(timed, key=lambda c: -(timed[c] % 15))
    for i in range(spare):
        if i >= len(order) or timed[order[i]] % 15 == 0:
            problems.append(f"{sid}: a spare unit has no remainder to go to")
            break
        if i == spare - 1 and i + 1 < len(order) and timed[order[i + 1]] % 15 == timed[order[i]] % 15:
            problems.append(f"{sid}: equal remainders decide the last unit")
        got[order[i]] += 1
    return got


def rules_key(s, problems):
    if s["rule"] == "cms":
        timed_units = cms_units(s["timed"], s["id"], problems)
    else:
        timed_units = {c: units_for(m) for c, m in s["timed"].items()}
    codes = {c: 1 for c in s["untimed"] if c != "97010"}
    for c, u in timed_units.items():
        if u:
            codes[c] = u
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


def read_hand_key(text):
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
NUM_WORD = re.compile(r"\b(" + "|".join(ONES + TENS + ["hundred"]) + r")\b", re.I)
DENIAL = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|denies|denied|without|negative|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|won't|wont|can't|cant|ain't|aint)\b",
    re.I,
)
LINE = re.compile(r"^([TPCtpc]):\s*(\S.*)$")
SPEAKER = {"t": "therapist", "p": "patient", "c": "caregiver"}


def number_forms(n):
    if n < 20:
        return [str(n), ONES[n]]
    t, o = divmod(n, 10)
    if o == 0:
        return [str(n), TENS[t - 2]]
    return [str(n), f"{TENS[t - 2]} {ONES[o]}", f"{TENS[t - 2]}-{ONES[o]}"]


def says(n, text):
    for form in number_forms(n):
        if re.search(r"(?<![\w.:/-])" + re.escape(form) + r"(?![\w:/-])", text, re.I):
            return True
    return False


def lines_of(s):
    return [x.strip() for x in s["text"].strip().splitlines() if x.strip()]


def build_segments(s, problems):
    rng = random.Random(int(hashlib.sha256(("blind28:" + s["id"]).encode()).hexdigest()[:12], 16))
    segs, clock = [], 0.0
    for raw in lines_of(s):
        m = LINE.match(raw)
        if not m:
            problems.append(f"{s['id']}: unreadable line {raw[:40]!r}")
            continue
        words = m.group(2).strip()
        length = max(1.0, len(words.split()) / 2.4 * rng.uniform(0.88, 1.15))
        start = round(clock, 1)
        end = round(clock + length, 1)
        segs.append({"start": start, "end": end, "speaker": SPEAKER[m.group(1).lower()], "text": words})
        clock = end + rng.uniform(0.45, 1.15)
    return segs


def recogniser_style(s):
    found = [LINE.match(x) for x in lines_of(s)]
    if not found or not all(found):
        return False
    body = " ".join(m.group(2) for m in found)
    return all(m.group(1).islower() for m in found) and not re.search(r"[A-Z0-9.,?!;:'\"/%()&+-]", body)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_session(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    m = re.fullmatch(r"ae_(pt|ot|slp)(\d\d)_([a-z0-9_]+)", sid)
    if not m or m.group(1) != s["discipline"].lower():
        bad("bad id")
    elif ID_HINTS & set(m.group(3).split("_")):
        bad("an id word gives the situation away")
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
    kx_said = "threshold" in low and "necessary" in low and ("KX" in s["text"] or "k x" in low)
    if s["kx"] and (s["rule"] != "cms" or not kx_said):
        bad("KX needs Medicare and 'threshold', the modifier and 'necessary' said")
    if not s["kx"] and ("threshold" in low or "KX" in s["text"] or re.search(r"\bk x\b", low)):
        bad("the threshold or KX is said but not keyed")
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
    allowed = EVAL_CODES.get((s["discipline"], s["note_type"]))
    if allowed is None and evals:
        bad("an evaluation code on a note that is not an evaluation")
    if allowed is not None and (len(evals) != 1 or not evals <= set(allowed)):
        bad("evaluation code does not fit the discipline and note type")
    present = set(s["timed"]) | set(s["untimed"])
    for a, b in NOT_MODELLED:
        if present & a and present & b:
            bad(f"unmodelled pair {sorted(present & a)} + {sorted(present & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP with PT / OT timed codes")
    if s["cog"] is None:
        if {"97129", "97130"} & set(s["timed"]):
            bad("cognitive codes without a cognitive block")
    else:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("cognitive block not split as the first 15 minutes + the rest")

    codes, mods = rules_key(s, problems)
    hand_codes, hand_mods = read_hand_key(s["key"])
    if codes != hand_codes:
        bad(f"units: rules {codes}, hand {hand_codes}")
    if mods != hand_mods:
        bad(f"modifiers: rules {mods}, hand {hand_mods}")
    if s["has59"] != any("59" in row for row in mods.values()):
        bad("has59 disagrees with the key")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns")
    if not segs or not 90 <= segs[-1]["end"] <= 900:
        bad(f"duration {segs[-1]['end'] if segs else 0} s")
    for i in range(1, len(segs)):
        a, b = segs[i - 1], segs[i]
        if b["end"] <= b["start"] or not 0.3 <= round(b["start"] - a["end"], 2) <= 1.3:
            bad("bad timestamps")
            break
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("needs therapist and patient turns")
    tags = [x[0] for x in lines_of(s)]
    lower = [t.islower() for t in tags]
    if any(lower) and not all(lower):
        bad("mixed speaker-tag case")
    if all(lower) != recogniser_style(s):
        bad("lower-case tags go with, and only with, a speech-recogniser transcript")

    clinic = [g["text"] for g in segs if g["speaker"] == "therapist"]
    clinic_text = " ".join(clinic)
    for c, mins in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        pieces = s["parts"].get(c, [mins])
        if sum(pieces) != mins:
            bad(f"{c}: parts do not add up")
        for p in pieces:
            if not says(p, clinic_text):
                bad(f"{c}: {p} minutes never said by the clinic")
    if s["cog"] is not None and not says(s["cog"], clinic_text):
        bad("cognitive minutes never said by the clinic")
    for c, wrong in s["fixed"].items():
        right = s["timed"].get(c)
        last_wrong = max((i for i, t in enumerate(clinic) if says(wrong, t)), default=None)
        last_right = max(
            (i for i, t in enumerate(clinic) if right is not None and says(right, t)), default=None
        )
        if last_wrong is None or last_right is None or last_right < last_wrong:
            bad(f"{c}: the corrected figure must come after the first one ({wrong} -> {right})")
    for c in evals:
        level = allowed[c]
        if level and f"{level} complexity" not in clinic_text.lower():
            bad(f"'{level} complexity' never said by the clinic")

    whole = " ".join(g["text"] for g in segs).lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts")
    fact_alts = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        fact_alts += [a.lower() for a in alts]
        hits = [a for a in alts if a.lower() in whole]
        if not hits:
            bad(f"fact {f!r} not said")
        elif max(len(a) for a in hits) < 4:
            bad(f"fact {f!r} found only by a short alternative")
        numeric = any(re.search(r"\d", a) or NUM_WORD.search(a) for a in alts)
        if numeric and not any(re.search(r"\d", a) for a in alts):
            bad(f"numeric fact {f!r} has no digit alternative")
    if not s["negated"] or not s["absent"]:
        bad("needs negated and absent entries")
    for n in s["negated"]:
        nl = n.lower()
        where = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not where:
            bad(f"negated {n!r} not said")
        elif not any(DENIAL.search(segs[j]["text"]) for i in where for j in (i, i + 1) if j < len(segs)):
            bad(f"negated {n!r}: no denial in its turn or the next")
        if any(nl in a or a in nl for a in fact_alts):
            bad(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        al = a.lower()
        if al not in whole:
            bad(f"absent {a!r} not said")
        if any(al in x or x in al for x in fact_alts):
            bad(f"absent {a!r} overlaps a fact")
        if any(al == n.lower() or al in n.lower() or n.lower() in al for n in s["negated"]):
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
            types = {s["note_type"] for s in hs if s["discipline"] == d}
            if types != set(NOTE_TYPES):
                problems.append(f"{half} {d}: note types {sorted(types)}")
        n = sum(s["role"] in ASSISTANTS for s in hs)
        if not 4 <= n <= 6:
            problems.append(f"{half}: {n} assistant sessions")
        cms = sum(s["rule"] == "cms" for s in hs)
        if cms == 0 or cms == len(hs) or abs(2 * cms - len(hs)) > 4:
            problems.append(f"{half}: cms {cms} of {len(hs)}")
        n = sum(recogniser_style(s) for s in hs)
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
            f"{half}: ASR {[s['id'] for s in hs if recogniser_style(s)]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ASSISTANTS]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}; "
            f"note types {dict(Counter(s['note_type'] for s in hs))}"
        )
    return "\n".join(out)


def stats():
    problems = []
    segs = [build_segments(s, problems) for s in SESSIONS]
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
        segs = build_segments(s, problems)
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
    out_dir = os.environ.get("BLIND28_OUT", os.path.dirname(os.path.abspath(__file__)))
    for split in ("dev", "test"):
        folder = os.path.join(out_dir, split)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("ae_") and name.endswith(".json"):
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
