#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirty-eighth set (ids ao_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind32-37
(what they pushed on) and lines 1-80 plus the rules / text helpers / checks / probes part of make_blind37.py
(copied, then extended).  Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its clock readings) is said by the clinic, turns (40-60), timestamps, facts / negated /
     absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND38_OUT);
  3. reads the written files back and checks them on their own (valid JSON, fields, ids, counts per half,
     note types, both rules per discipline, KX / 59 / assistant / recogniser counts, units recomputed from
     expected.minutes under each file's rule).

Transcript lines: "T: ..." (anyone speaking for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, an interpreter or an interpreter app's voice, a case manager on speaker, anyone else in the room).
Lower-case tags mark a speech-recogniser transcript (no capitals, digits or punctuation).  Hand key:
"97110x2:GP,CQ 97112x1:GP,CQ".
Per session, as blind37: `parts`, `fixed`, `stopped`, `clock`, `taken`, `inject`; new here:
`total` = a total of timed minutes the clinic says near the end (must equal the sum of the keyed minutes,
which may differ from a running count said earlier); `refused` = codes of a planned intervention the
patient turned down (must not be keyed, and a refusal must be said).
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
    taken=None,
    inject=None,
    total=None,
    refused=None,
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
            taken=taken or [],
            inject=inject,
            total=total,
            refused=refused or [],
        )
    )


# --------------------------------------------------------------------------------------------- PT, dev

S(
    "ao_pt01_dishwasher_right_shoulder",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Okay, Mrs. Lin, I've got the translation app open on the tablet. I'll talk, it speaks Mandarin to you, and when you answer it'll say it back in English. Ready?
C: Okay, Mrs. Lin, I have the translation application open. Ready?
P: 好，可以。
C: Okay, can.
T: Great. What brings you in today?
P: 我的右肩膀很痛，三个月了。
C: My right shoulder is very painful, three months already.
T: Three months. Did something happen, a fall, or did it just start?
P: 在餐厅洗碗，搬东西的时候开始痛。
C: At the restaurant washing dishes, it started hurting when moving things.
T: What kind of things do you lift at work?
P: 一箱一箱的盘子，放到上面的架子。
C: Boxes and boxes of plates, put onto the shelf above.
C: She has pain in her chest when lifting.
P: 不对不对，是胸口没有痛，是搬柜子的时候。
C: Not right, not right. The chest has no pain. It was when moving the cabinet.
T: Okay, so no chest pain at all. The shoulder hurt when you moved a cabinet. Let me make sure I have that right, the app garbled it.
P: 对，家里的抽屉柜。
C: Yes, the chest of drawers at home.
T: Got it, a chest of drawers at home. On a scale of zero to ten, what's the pain right now?
P: 六。
C: Six.
T: And at its worst?
P: 最痛的时候八。
C: At the worst time eight.
T: So six out of ten now, eight out of ten at worst.
T: Any numbness or tingling down the arm into the hand?
P: 没有麻。
C: No numbness.
T: Any neck pain?
P: 脖子不痛。
C: No neck pain, the neck does not hurt.
T: Any fevers, or feeling sick lately?
P: 没有发烧。
C: No fever.
T: Okay. I'm going to move your arm now. Lift it forward as high as you can. That's a hundred and twenty degrees of flexion on the right. Out to the side... ninety-five degrees abduction. External rotation is forty degrees.
P: 这里痛。
C: Here hurts.
T: Pain at the end of the range, top of the shoulder. Push up against my hand. Flexion is four minus over five, abduction four minus. Her left side is five over five.
T: Painful arc between about seventy and a hundred and twenty. Hawkins-Kennedy positive on the right.
T: I'm also going to have you fill out the QuickDASH on the tablet in Chinese. She scored fifty-two.
T: So this looks like rotator cuff tendinopathy on the right, related to repetitive overhead lifting. With her job demands and the sleep problems, I'd call this a moderate complexity evaluation.
P: 晚上睡觉压到右边就醒。
C: At night sleeping, pressing on the right side, I wake up.
T: Waking when she lies on the right side. Good to know. Now let's go over some exercises. We'll do about ten minutes.
T: Pendulums first. Lean on the table, let the arm hang, small circles. Ten each way.
P: 这样？
C: Like this?
T: Yes, exactly. Now table slides with the towel, ten reps. And shoulder blade squeezes, two sets of ten.
P: 好。不太痛。
C: Okay. Not too painful.
T: Good. That was ten minutes of therapeutic exercise, and she'll do these at home twice a day.
T: Plan is twice a week for six weeks. Goals: lift a box of plates to shoulder height without pain over three, and sleep through the night.
P: 工作怎么办？
C: What about work?
T: For now, no lifting above the shoulder at work. I'll write a note for her manager saying plates to waist and shoulder shelves only.
P: 谢谢。我女儿说她也有肩膀的问题。
C: Thank you. My daughter says she also has shoulder problems.
T: She's welcome to see her own doctor about that. See you Thursday.
""",
    [
        "right shoulder",
        "3 months|three months",
        "6/10|six out of ten",
        "8/10|eight out of ten",
        "120 degrees|hundred and twenty degrees",
        "95 degrees|ninety-five degrees",
        "4-/5|four minus",
        "Hawkins-Kennedy positive",
        "QuickDASH 52|fifty-two",
        "rotator cuff tendinopathy",
        "pendulums",
        "twice a week for six weeks|2x/week for 6 weeks",
        "chest of drawers",
    ],
    ["numbness", "neck pain", "fever"],
    ["pain in her chest", "daughter says she also has shoulder problems"],
    taken=["She has pain in her chest"],
)

S(
    "ao_pt02_hip_oa_garden_kneeling",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 11, "97530": 14},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hi Gary, how's the hip since Monday?
P: Stiff in the mornings. I tried to weed the front bed Saturday and paid for it.
T: What's the pain today, zero to ten?
P: Four. It was a six Sunday.
T: Any groin pain at night, waking you up?
P: No, nights are fine now.
T: Any numbness down the leg?
P: No, nothing like that.
T: Okay. Before we start, billing housekeeping. Between the knee therapy you had in the spring and these visits, you're past the Medicare therapy threshold for the year. The hip still needs skilled work, it's medically necessary, so I add the KX modifier to the claim.
P: Is that going to cost me more?
T: No, it just tells Medicare we're still justified. Let's start on the table with hip mobs.
T: Long-axis distraction first, grade three.
P: Oh, that feels good.
T: Inferior glides now. Breathe.
T: Okay, six minutes of manual. Let's get you up and practice the garden stuff, then we'll come back to the table.
P: The kneeling is the hard part.
T: Half-kneel on the pad, right knee down. Reach for the cones like weeds, put them in the bucket.
P: Like this?
T: Yes, keep your trunk tall. Now come up without pulling on the bench.
P: That's tough.
T: Again. Use the left leg to drive. Good.
T: Now carry the bucket to the other mat, about twenty feet, and down again.
P: My hip's grabbing in the front.
T: That's eight minutes of the functional part. Back on the table, I want to loosen that front of the hip again.
T: Prone now. Posterior-to-anterior glides, grade three.
P: Right there is the spot.
T: Running count, that's about ten on the mobs and ten on the functional.
P: Time flies.
T: Okay, five more minutes of manual there. Up again for the last round of kneeling.
P: Same thing?
T: This time the bucket has more in it. Down to half kneel, pick, stand, carry.
P: That felt smoother.
T: It did. You didn't pull on your knee once. Last one.
P: Done. My hip's warm but not angry.
T: Good. Let me add this up properly for the note. Manual was six and five, so eleven minutes of manual therapy. The garden practice was eight and six, fourteen minutes of therapeutic activity. Twenty-five minutes total timed.
P: Not the ten and ten you said.
T: Right, the running count was rough. Eleven and fourteen is what I'm writing. Because the manual and the functional were separate blocks, the functional line also gets a 59 modifier.
P: Okay. What do I do at home?
T: Keep the hip flexor stretch, and practice half kneel to stand five times a day on the rug with the couch nearby.
P: My wife keeps saying I should get my cholesterol checked.
T: That's one for your doctor. See you Thursday.
""",
    [
        "4/10|four",
        "weed",
        "long-axis distraction",
        "inferior glides",
        "kneeling",
        "bucket",
        "posterior-to-anterior glides",
        "11 minutes|eleven minutes",
        "14 minutes|fourteen minutes",
        "25 minutes|twenty-five minutes",
        "hip flexor stretch",
        "past the Medicare therapy threshold",
    ],
    ["groin pain at night", "numbness down the leg"],
    ["ten on the mobs", "cholesterol"],
    kx=True,
    has59=True,
    parts={"97140": [6, 5], "97530": [8, 6]},
    fixed={"97140": 10},
    total=25,
)

S(
    "ao_pt03_lumbar_stenosis_deep_end",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97113": 24, "97110": 9},
    [],
    "97113x2:GP,CQ 97110x1:GP,CQ",
    """
t: morning missus oconnell how are we doing
p: oh im okay im okay i had a little spill saturday
t: a spill what happened
p: getting out of the tub my foot slid and i sat down on the bath mat
t: did you hit your head at all
p: no no i didnt hit my head
t: any bruising or new pain in the back or the hips
p: no bruises nothing new honestly it scared me more than anything
t: were you able to get up on your own
p: yeah i rolled onto my knees and used the edge of the tub
t: okay im glad youre alright ill let your p t know and well put the tub in the plan for next week
p: thank you dear
t: pain today
p: maybe a three in the low back the legs are fine
t: any numbness or tingling in the legs
p: no not today
t: good lets get in the pool the lift is ready if you want it
p: i can do the steps with the rail
t: okay nice and slow water walking first forward and backward in the chest deep part
p: the water feels wonderful
t: longer steps try to stand up tall dont lean forward on the the noodle
p: its easier in the water i can walk forever in here
t: now side stepping across the lane keep your toes forward
p: like a crab
t: exactly now hold the wall marching knees up ten each
p: this ones harder
t: good now the noodle under your arms bicycle legs in the deep end for one minute
p: whew
t: okay back to the shallow side squats at the wall ten reps
p: my knees creak
t: theyre allowed to creak as long as it doesnt hurt
p: no it doesnt hurt
t: alright that was twenty four minutes in the pool lets get you out and dried off and well finish on the mat
p: the chair is nice and warm
t: on the mat now bridges ten reps and pelvic tilts ten reps
p: my back likes the tilts
t: and the seated marching with the yellow band two sets of ten
p: done
t: that was nine minutes of exercise on the mat pool was twenty four
p: can you tell my daughter to come at eleven
t: ill let the front desk know she can pick you up at eleven
p: and my neighbor says her sciatica went away with acupuncture
t: everyone is different ill see you thursday and remember the nonslip mat for the tub
p: yes i ordered one already
""",
    [
        "spill|fall",
        "getting out of the tub",
        "3/10|three",
        "water walking",
        "side stepping",
        "marching",
        "noodle",
        "squats at the wall",
        "24 minutes|twenty four minutes",
        "bridges",
        "pelvic tilts",
        "9 minutes|nine minutes",
        "nonslip mat|non-slip mat",
    ],
    ["hit my head", "bruises", "numbness or tingling in the legs"],
    ["her sciatica went away with acupuncture"],
)

S(
    "ao_pt04_warehouse_picker_lumbar",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97530": 22, "97110": 16},
    [],
    "97530x1:GP 97110x1:GP",
    """
T: Hey Marcus. Before we start, your case manager asked to be on speaker for the last part. Is that still okay with you?
P: Yeah, that's fine. Denise. She's alright.
T: How's the back today?
P: Two out of ten. It's the best it's been.
T: Any pain going down the legs this week?
P: No, none.
T: Any trouble with bladder or bowels?
P: No.
T: Good. So today looks like your shift. Warm-up first: bike, then the hip hinge drills.
P: Bike for how long?
T: Six minutes on the bike, easy, then deadlifts with the kettlebell.
P: What weight?
T: Start at thirty-five pounds, three sets of eight. Then side planks, three holds of twenty seconds each side.
P: The side planks are killing me.
T: They're supposed to. That's sixteen minutes of exercise with the bike included. Now the job simulation.
P: The totes?
T: The totes. Each one is loaded to thirty pounds. Floor to the cart, push the cart to the rack, rack at chest height, back again.
P: Okay, go.
T: Hinge, don't round. Good. Next one.
P: How many of these?
T: As many as you can in the time, at your pace. I'm counting.
P: I'm at six.
T: Good. Switch sides for the carry. Keep the tote close.
P: My right hip's tight but the back's fine.
T: Now the high shelf. Stagger your feet, don't twist, step around.
P: Like this?
T: Perfect. That's the piece you were doing wrong at work. Keep going.
P: Thirteen totes.
T: Thirteen totes in twenty-two minutes of the simulation. Grab water.
T: Okay, Denise, you're on speaker. Marcus is here.
C: Hi Marcus, hi. So what can I tell the floor supervisor? Is he cleared for full duty on Monday?
T: Not full duty yet. He's lifting thirty pounds floor to chest with good mechanics, thirteen repetitions. I'm recommending modified duty, with a thirty-five pound lifting limit and no overhead racking for two more weeks.
C: Honestly I was hoping to check the box for full duty. Can you just put that down?
T: No, I'll write what I saw today. Modified duty, thirty-five pound limit, reassess in two weeks.
C: Fair enough. I had a disc thing myself years ago, took me forever.
T: Sorry to hear it. I'll fax the work status today.
C: Thanks. Bye Marcus.
P: Bye.
T: Anything hurting after all that?
P: A three now. Normal tired.
T: Ice tonight if it's sore, ten minutes. Keep doing the hinge drills at home. See you Wednesday.
P: Wednesday.
""",
    [
        "2/10|two out of ten",
        "kettlebell",
        "35 pounds|thirty-five pounds",
        "side planks",
        "totes",
        "30 pounds|thirty pounds",
        "13 totes|thirteen totes",
        "22 minutes|twenty-two minutes",
        "16 minutes|sixteen minutes",
        "modified duty",
        "35 pound lifting limit|thirty-five pound lifting limit",
        "3/10|a three",
    ],
    ["pain going down the legs", "bladder or bowels"],
    ["cleared for full duty", "disc thing myself"],
)

S(
    "ao_pt05_knee_oa_laptop_reconnect",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 17, "97112": 10},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: hi missus abara can you hear me okay
p: yes i hear you the picture is a little fuzzy
t: thats fine today is your progress check so well do some measures and then exercise
p: okay my husband set the laptop on the dresser
t: perfect how is the knee pain right now
p: about a two the left knee
t: and worst this week
p: a four after church on sunday standing a long time
t: any swelling or giving way
p: no swelling no giving way
t: great lets do the thirty second sit to stand arms crossed go
p: one two three
t: i counted twelve last time it was eight so thats up
p: really
t: yes now the knee questionnaire the l e f s you filled in the portal fifty two last month thirty eight
p: i remember that one
t: okay lets exercise quad sets first then straight leg raises ten each
p: here goes
t: good now standing heel raises holding the dresser
p: ten
t: okay and mini squats ten
p: hello hello are you there
t: sorry you froze
p: i think it cut out
t: okay we lost the call there so ill count it up to the drop we had eight minutes of exercise before it dropped
p: my husband restarted the laptop
t: thats fine so picking up where we were step ups on the bottom stair ten each side
p: the left is weaker
t: it is but youre controlling it better and then hamstring curls standing ten
p: done
t: so that was another nine minutes of exercise since we reconnected so seventeen of exercise today
p: okay
t: now balance stand by the counter feet together eyes open thirty seconds
p: easy
t: now one foot on the left hand hovering over the counter
p: wobbly
t: ten seconds thats up from four then tandem stance
p: i need the counter
t: thats okay thats ten minutes on balance today
p: the dog keeps coming in
t: no problem so goals the stairs at church goal was up and down twelve steps with one rail
p: i did it sunday with the rail
t: then that one is met new goal is the same stairs with no rail
p: okay
t: your sister said she had a knee replacement last year right
p: she did but shes doing great
t: okay well keep going twice a week for four more weeks and ill send the new exercises to the portal
p: thank you
""",
    [
        "2/10|about a two",
        "left knee",
        "4/10|a four",
        "sit to stand",
        "12|twelve",
        "LEFS 52|fifty two",
        "38|thirty eight",
        "step ups",
        "17 minutes|seventeen",
        "single leg stance 10 seconds|ten seconds",
        "tandem stance",
        "10 minutes on balance|ten minutes on balance",
        "12 steps|twelve steps",
        "same stairs with no rail",
    ],
    ["swelling", "giving way"],
    ["knee replacement last year"],
    parts={"97110": [8, 9]},
)

S(
    "ao_pt06_cuff_repair_new_protocol",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97140": 10, "97110": 9},
    ["97164"],
    "97164x1:GP 97140x1:GP 97110x1:GP",
    """
T: Mr. Haddad, welcome back. Last time I saw you was before the surgery, about five weeks ago.
P: Feels like a year. Dr. Okafor did the repair on the twelfth.
T: So this is a re-evaluation. The plan we had, strengthening and getting you back to the gym, is off the table for now. I've got the protocol from the surgeon here.
P: He said six weeks in the sling.
T: Right. The protocol says sling for six weeks total, passive range of motion only until week six, no active lifting of the arm, no lifting anything heavier than a coffee cup with that hand.
P: So no push-ups.
T: No push-ups for a long time. How is the pain?
P: Three at rest, goes up to six at night.
T: Where is it?
P: Front and side of the shoulder, the left one.
T: Left shoulder, front and side.
T: Any numbness or tingling in the hand?
P: No.
T: Fever, redness or drainage at the incisions?
P: No, none of that. The nurse checked them last week.
T: Let me look. The portals are closed, no redness. Any calf pain or swelling in the legs since the surgery?
P: No, nothing in the legs.
T: Good. I'm going to measure passive range only. Relax the arm completely, I do the work.
P: Okay.
T: Passive flexion is ninety degrees. Passive external rotation in the scapular plane is twenty degrees, and the protocol limit is thirty, so we're inside it.
P: Before surgery I could get it way up.
T: You had a hundred and forty actively then, with a full-thickness tear. Different arm now, in a way. Strength testing is deferred because of the repair.
P: Makes sense.
T: New goals. Passive flexion to a hundred and twenty by week six. Sleeping four hours without waking by week six. Then active range and strength after that, per the protocol.
P: And the gym?
T: Week sixteen at the earliest, and only if the surgeon agrees.
T: Okay, I'm going to do some gentle passive range and soft tissue to the upper trap and the shoulder. Lie back.
P: Is this going to hurt?
T: Tell me if it goes past a five. Passive flexion in the scapular plane, slow.
P: That's a four.
T: Good. Some soft tissue along the upper trap now, you're guarding a lot.
P: Oh, that's tight.
T: That was ten minutes of manual therapy. Now exercises you can do in the sling.
T: Pendulums, small circles, thirty seconds each way. Elbow bend and straighten out of the sling, ten reps. Squeeze the ball, ten reps.
P: Ball squeezes I can do.
T: And shoulder blade pinches, ten. That's nine minutes of exercise, and that is your home program, three times a day.
P: Got it.
T: Plan is twice a week for eight weeks under the new protocol. I'll send the updated plan to Dr. Okafor for his signature.
P: My brother had the same surgery and went back to golf in a month.
T: Everyone's protocol is different. Yours is the one we follow. See you Tuesday.
""",
    [
        "re-evaluation|re-eval",
        "sling for six weeks|sling 6 weeks",
        "passive range of motion only",
        "3/10|three at rest",
        "6/10|six at night",
        "left shoulder",
        "90 degrees|ninety degrees",
        "20 degrees|twenty degrees",
        "120|hundred and twenty",
        "pendulums",
        "10 minutes of manual|ten minutes of manual",
        "9 minutes|nine minutes",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "strength testing is deferred",
    ],
    ["numbness or tingling in the hand", "drainage", "calf pain"],
    ["went back to golf in a month"],
)

S(
    "ao_pt07_lumbar_strain_wrapup",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97112": 9},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: okay mister dubois last visit how are you feeling about it
p: good good i feel ready honestly
t: pain today
p: a one maybe a zero most days
t: any pain into the legs
p: no none at all
t: any numbness
p: nope
t: great lets do your measures first oswestry you did on the tablet its twelve percent and you started at forty four
p: forty four wow
t: forward bend you can touch the floor now and the sit to stand thirty second test fifteen
p: i thought i did more
t: i counted fifteen its fine its normal for your age
p: okay
t: lets run through the home program so i can correct anything bird dogs first
p: like this
t: slower dont let the hip rotate good ten each side
p: okay
t: dead bugs ten each
p: these i like
t: bridges with the band then the side plank from the knees
p: the side plank is still hard
t: thirty seconds each side and then the hip hinge with the dowel
p: i feel it in the back of the legs
t: thats right thats eighteen minutes of exercise and youve got the program down
p: good
t: now balance stand on the foam pad eyes closed
p: whoa
t: hands ready thirty seconds and then the single leg reaches
p: the right is better than the left
t: a little nine minutes on balance so today eighteen of exercise and nine of balance
p: you know my wife wants me to keep going to that back class on wednesdays
t: the community back class is a good idea its a group at the y its not part of your therapy here
p: okay and is that billed by you
t: no thats separate nothing from the class goes on todays note
p: fine
t: so goals walking forty five minutes met lifting the grandkids met sitting through a movie met
p: all three
t: all three youre discharged from p t keep the home program three times a week
p: what if it flares up
t: call us within sixty days and we can see you without a new referral
p: my buddy from the class says his knee is shot
t: hes lucky to have you as a friend take care mister dubois
p: thanks for everything
t: oh and one more thing walk every day keep it up
p: i will
""",
    [
        "1/10|a one",
        "oswestry|ODI",
        "12 percent|twelve percent",
        "44|forty four",
        "sit to stand",
        "15|fifteen",
        "bird dogs",
        "dead bugs",
        "side plank",
        "18 minutes|eighteen minutes",
        "foam pad",
        "9 minutes on balance|nine minutes on balance",
        "discharged",
        "home program",
    ],
    ["pain into the legs", "numbness"],
    ["his knee is shot"],
)

S(
    "ao_pt08_tka_walker_cane",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97116": 14, "97110": 10},
    [],
    "97116x1:GP,CQ,KX 97110x1:GP,CQ,KX",
    """
T: Hi Mrs. Petrov, I'm Jordan, the PTA working with you today. Dr. Kim, your PT, set up the plan.
P: Yes, she told me. Hello.
T: How's the right knee since Tuesday?
P: Sore. Four out of ten. Better than last week.
T: Any new swelling, redness, or heat in the calf?
P: No, the calf is fine.
T: Any fevers?
P: No.
T: Okay. A quick word about the bill: with the hip therapy you had in the winter and this knee, you're over the yearly therapy threshold. Dr. Kim documented that the therapy is still medically necessary, so we put the KX modifier on.
P: She explained that. Fine.
T: The plan says e-stim to the quad first, for the quad lag.
P: I'd rather not do the stim today. It made my leg jumpy all night last time.
T: That's okay, we'll skip the e-stim and I'll let Dr. Kim know. We'll do quad work by hand instead.
P: Thank you.
T: Seated first. Quad sets, hold five seconds, ten reps.
P: Like this?
T: Push the back of the knee down into the towel. Good. Now straight leg raises.
P: The knee bends when I lift.
T: That's the lag. Tighten first, then lift. Ten reps.
P: Better.
T: Short arc quads over the bolster, two pounds, ten reps. Then heel slides.
P: Heel slides hurt at the end.
T: Go to the stretch, not the pain. Okay, that's ten minutes of exercise. Now let's walk.
P: With the walker?
T: Walker today, and I want you to straighten the knee at heel strike. Heel first, then push through.
P: Heel, then push.
T: Good. Watch your step length on the right. Don't hop through.
P: I'm trying.
T: Around the corner. Now over the rubber strip at the doorway.
P: That's where I trip at home.
T: Lift the toes. Good. Now turning around the cone, small steps.
P: Okay.
T: Let's try the cane for one lap, I'll guard.
P: The cane feels shaky.
T: You did well with it, two minor losses of balance, you caught yourself. Walker at home still.
P: Okay.
T: That was fourteen minutes of gait training. With the ten of exercise, twenty-four timed.
P: I'm tired.
T: You worked. Ice and elevate when you get home, twenty minutes.
P: My husband's doing the ice.
T: Perfect. See you Tuesday, and I'll tell Dr. Kim about the stim.
""",
    [
        "4/10|four out of ten",
        "right knee",
        "quad sets",
        "straight leg raises",
        "quad lag",
        "short arc quads",
        "heel slides",
        "walker",
        "heel strike",
        "cane",
        "two minor losses of balance|2 minor losses of balance",
        "14 minutes|fourteen minutes",
        "10 minutes|ten minutes",
        "24|twenty-four",
    ],
    ["swelling", "fevers"],
    ["made my leg jumpy all night"],
    kx=True,
    refused=["G0283"],
    total=24,
)

# --------------------------------------------------------------------------------------------- OT, dev

S(
    "ao_ot01_new_mother_thumb_wrist",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 9},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Hi Priya, and this must be the baby. And you are?
C: I'm her mom, the grandma. I'm the backup babysitter today.
T: Welcome. Priya, what's going on with the wrist?
P: Left wrist, the thumb side. It started about six weeks after she was born. She's four months now.
T: What makes it worse?
P: Picking her up under the arms. Opening jars. Pushing the stroller.
T: Pain now?
P: Five. When I lift her it's an eight, like a knife.
T: Any numbness or tingling in the fingers?
P: No, no numbness.
T: Does it wake you up at night?
P: Not the pain, the baby wakes me up.
T: Fair. Any neck pain, or pain up the arm?
P: No, just the wrist.
C: She has carpal tunnel like me. I had surgery on both.
P: Mom, the doctor said it's not carpal tunnel.
T: Let's see what we find. I'm going to press here along the thumb side. Tender over the first dorsal compartment. Now tuck your thumb into a fist and drop the wrist toward the pinky.
P: Ow. Yes.
T: Finkelstein's is positive on the left. Right side negative.
T: Grip with the dynamometer. Left is thirty-eight pounds, right is fifty-six.
P: My right is my strong one anyway.
T: Key pinch, left nine pounds, right fourteen. Range of motion is full at the wrist, with pain at end of ulnar deviation.
T: And the QuickDASH you did on the clipboard: forty-one.
P: Is that bad?
T: It's moderate difficulty. This is de Quervain's tenosynovitis on the left. One problem, no other conditions getting in the way, good support at home. It's a low complexity evaluation.
P: Okay.
T: Let me show you some ways to do baby care that keep your thumb out of it. First, lifting her: scoop her with both forearms under her bottom and back, not with your thumbs under her arms.
P: Like this?
T: Exactly, hands flat, thumb alongside the fingers. Now try it from the mat.
P: That's a lot better.
T: Feeding. Prop her on the nursing pillow so you're not holding her head up with the thumb.
P: I never thought about that.
T: And the car seat: carry it in the crook of your elbow, not with the hand handle.
P: Huh, okay.
T: That was about nine minutes of self-care training with the baby tasks. I'm also going to order a thumb spica splint, prefabricated, to wear at night and for heavy tasks.
P: Will I have to wear it all the time?
T: Nights and when you carry her for long. Plan is once a week for six weeks. Goals: lift the baby from the crib with pain under three, and open jars independently.
C: Should she get a shot? I got shots for mine.
T: That's a conversation for her doctor if this doesn't settle. See you next week.
P: Thank you.
""",
    [
        "left wrist",
        "4 months|four months",
        "5/10|five",
        "8/10|an eight",
        "first dorsal compartment",
        "Finkelstein's is positive|Finkelstein positive",
        "38 pounds|thirty-eight pounds",
        "56|fifty-six",
        "QuickDASH 41|forty-one",
        "de Quervain's tenosynovitis",
        "nursing pillow",
        "9 minutes|nine minutes",
        "thumb spica splint",
        "once a week for six weeks|1x/week for 6 weeks",
    ],
    ["numbness or tingling", "neck pain"],
    ["I had surgery on both", "got shots for mine"],
)

S(
    "ao_ot02_stroke_commode_husband",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 16, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi missus grant hi mister grant im dana the o t a today
p: hi dana
c: hello
t: how has the week been at home
p: good mostly the bathroom is still the hard part
c: i have to help her on and off the toilet at night and im scared ill drop her
t: okay thats exactly what well work on any falls this week
p: no no falls
t: any pain in the right shoulder
p: not really maybe a two
t: one billing thing the o t she got earlier this year for her wrist plus this round puts her past the yearly threshold for o t your o t says its still medically necessary so we add the k x modifier
c: okay whatever we need
t: lets go to the bathroom room first missus grant scoot forward
p: like this
t: good feet back nose over toes and stand using the grab bar
p: okay im up
t: pivot on the left leg small steps and reach back for the bar before you sit
p: i got it
t: nice now mister grant your turn to help stand on her weak side the right
c: here
t: hand on the gait belt at her back not under her arm
c: i always pull on her arm
t: thats what hurts her shoulder so belt only let her do the work you just steady
c: okay go honey
p: up
t: pivot reach sit perfect again two more times
c: that was way easier
t: thats the night routine and put the commode by the bed so its a short trip
c: we have one in the garage
t: bring it in that was sixteen minutes of the transfer work with your husband
p: im sweaty
t: take a break sip of water now lets do the top half dressing in the chair
p: the bra is impossible
t: front closing bra or a sports bra over the head weak arm in first
p: weak arm first
t: yes right arm in first then over the head then the left arm
p: oh that worked
t: now the cardigan same rule weak arm first
p: slower but i did it
c: she usually waits for me
t: let her try first and just give a hint not the whole thing that was ten minutes of dressing practice
p: okay
t: so sixteen on the transfers and ten on the dressing two separate pieces the dressing gets the fifty nine modifier so its billed on its own
c: got it
t: next time shower chair
p: oh boy
c: my brother had a stroke too hes in a home now
t: im sorry to hear that see you thursday
""",
    [
        "grab bar",
        "gait belt",
        "commode",
        "16 minutes|sixteen minutes",
        "weak arm first|weak arm in first",
        "front closing bra",
        "cardigan",
        "10 minutes|ten minutes",
        "2/10|a two",
        "past the yearly threshold",
        "right shoulder",
    ],
    ["falls"],
    ["my brother had a stroke too"],
    kx=True,
    has59=True,
)

S(
    "ao_ot03_paraplegia_air_cushion",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97542": 18, "97110": 8},
    [],
    "97542x1:GO,CO 97110x1:GO,CO",
    """
T: Hi Mr. Alvarez. This is Kevin from the wheelchair company, he brought the new cushion. I'm Sam, the OTA today.
C: Hey, good to see you again.
P: Hey. The old cushion is flat as a pancake.
T: How's the skin? Any red spots on your bottom or tailbone?
P: My wife checks every night. No red spots.
T: Any sores on the heels?
P: No.
T: Good. Let's transfer you to the mat so we can swap the cushion. Slide board?
P: Slide board.
T: Okay, lean forward, shift, shift. Good.
C: Here's the air cushion, four inches, adjustable.
T: Let's inflate it and set it with you sitting on it. I'm going to check with my hand under your sitting bones.
P: Feels like sitting on a balloon.
T: I've got about two fingers of space under the bones. That's what we want. Let me take a bit out. Okay, one finger. That's too low. Back to two.
C: Two fingers is the sweet spot.
T: Now the footrests. Your thighs are lifting off the cushion, so the footplates are too high. Kevin, down one notch?
C: Down one notch.
T: Thighs are flat now. Your knees at ninety degrees. Armrests up half an inch so your shoulders aren't hiking.
P: Oh, that's nicer.
T: Pressure relief. Every thirty minutes, lean forward chest to knees for two minutes, or side to side.
P: I forget.
T: Set a timer on the phone. Show me one lean.
P: Like this?
T: Further, nose past the knees. Good. And the anti-tippers stay on.
C: I'll leave the pump with him.
P: Do I have to pump it every day?
T: Check it every day, pump only when it's low.
T: That was eighteen minutes on the chair and the cushion. Now some exercise for the arms.
P: Okay.
T: Push-ups on the armrests, ten reps. Rows with the green band, two sets of ten. Shoulder press with three pounds.
P: My shoulders burn.
T: Elbows in on the rows, squeeze the shoulder blades.
P: Better?
T: Better. Last set.
P: Done.
T: That was eight minutes of exercise.
P: Good.
T: Check the cushion every morning with your hand. If you feel the seat, pump it.
C: His old chair was in rough shape. Mine's even worse, my back's a mess.
T: Kevin, take care of that back. Mr. Alvarez, see you Thursday.
P: See you.
C: See you.
""",
    [
        "air cushion",
        "4 inches|four inches",
        "two fingers|2 fingers",
        "footrests",
        "90 degrees|ninety degrees",
        "half an inch|1/2 inch",
        "pressure relief",
        "every 30 minutes|every thirty minutes",
        "18 minutes|eighteen minutes",
        "push-ups",
        "green band",
        "8 minutes|eight minutes",
    ],
    ["red spots", "sores on the heels"],
    ["my back's a mess"],
)

S(
    "ao_ot04_flexor_tendon_week_ten",
    "OT",
    "progress",
    "OT",
    "cms",
    "dev",
    {"97110": 14, "97140": 9},
    [],
    "97110x1:GO 97140x1:GO",
    """
T: Hi Tom. Ten weeks out from the tendon repair. Today's your progress report, so I'll measure first.
P: Sounds good. I've been doing the blocking exercises.
T: Pain today?
P: One out of ten. Two at the end of the day.
T: Any numbness in the fingertips?
P: Still a little at the tip of the index, same as before.
T: Any clicking or catching when you make a fist?
P: No, nothing catching.
T: Good. Range of motion, right index finger. Composite fist: tip of the finger is one and a half centimeters from the palm. It was four centimeters at the last report.
P: That's progress.
T: PIP flexion is eighty-five degrees, was sixty. PIP extension lacks ten degrees.
P: It still won't straighten all the way.
T: Grip. Right is forty-eight pounds, left is seventy-two. Last time right was thirty-two.
P: Wow.
T: Still weaker than the left, but climbing.
T: QuickDASH is twenty-seven, from forty-five.
T: Before the exercises, the plan says paraffin to warm the hand.
P: Honestly, I'd rather not. The wax makes my scar itch like crazy for hours.
T: That's fine, we'll skip the paraffin. I'll note it. We'll warm up with active motion instead.
P: Thanks.
T: Tendon glides: straight, hook, full fist, tabletop, straight fist. Ten each.
P: The hook is the hard one.
T: Blocking exercises for the PIP, ten reps. Then putty, green, squeeze and pinch, two minutes each.
P: Green is tough.
T: Then the finger extension with the rubber band, ten reps. That's fourteen minutes of exercise.
P: My hand's tired.
T: Now scar work. I'm going to massage along the scar and do some gentle PIP extension mobilization.
P: That's sore but good.
T: Scar is less stuck to the tendon than last time. Nine minutes of manual.
P: Okay.
T: So goals. Goal one, make a full fist to grip a hammer: partly met, you're a centimeter and a half away. Goal two, type for thirty minutes without pain: met.
P: I'm back to a full day at the computer.
T: New goal: grip strength to sixty pounds to lift the tool box at work.
P: That's the one I want.
T: Plan: once a week for four more weeks, and the night extension splint continues.
P: The splint is annoying.
T: It's what's keeping the finger from curling. Wear it.
T: Any questions on the home program?
P: No, I've got the sheet.
P: Okay. My wife cut her finger on a can last week, needed stitches.
T: Ouch. Hope she heals fast. See you next week.
P: Thanks.
""",
    [
        "right index finger",
        "1/10|one out of ten",
        "1.5 centimeters|one and a half centimeters",
        "85 degrees|eighty-five degrees",
        "lacks 10 degrees|lacks ten degrees",
        "48 pounds|forty-eight pounds",
        "QuickDASH 27|twenty-seven",
        "tendon glides",
        "green putty|putty, green",
        "14 minutes|fourteen minutes",
        "scar",
        "9 minutes|nine minutes",
        "60 pounds|sixty pounds",
        "night extension splint",
    ],
    ["clicking or catching"],
    ["needed stitches"],
    refused=["97018"],
)

S(
    "ao_ot05_parkinsons_new_lenses",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 11},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: good afternoon missus novak so this is a re evaluation because a lot changed since i last saw you
p: yes the eyes i had the cataracts done both of them
t: when was the second one
p: three weeks ago the right one the left was in october
t: how is the vision now
p: like somebody washed the windows i can read the newspaper without the magnifier
t: thats great any pain or redness in the eyes
p: no no pain the drops are done
t: and falls since i last saw you
p: none not one
t: okay so when we started our plan was built around the vision the big print labels the magnifier the lighting in the kitchen
p: i dont need the magnifier anymore
t: lets test it read this label on the pill bottle
p: take one tablet by mouth twice daily
t: perfect without the magnifier near acuity looks functional for reading labels now
p: its wonderful
t: lets look at the hands then grip right is thirty eight pounds left is forty
p: the tremor is still in the right
t: yes resting tremor right hand mild nine hole peg right thirty one seconds left twenty seven
p: is that slow
t: a bit slower than average for your age so the plan changes we stop the vision goals those are done and we add handwriting and buttons
p: my writing gets so small
t: thats called micrographia lets see sign your name
p: there look it shrinks at the end
t: it does it starts normal and gets smaller lets do some big writing practice
p: okay
t: big loops across the page like this then your name big
p: better
t: now the hand exercises finger spreads with the rubber band ten each
p: mm hm
t: big fist big open ten times then thumb to each finger big and slow
p: these are easy
t: putty rolling into a long snake with both hands that was eleven minutes of exercise
p: my hands feel looser
t: new goals sign checks legibly and button a cardigan in under two minutes
p: how long does it take me now
t: we timed it last time at three minutes and forty seconds
p: oh
t: plan is once a week for six more weeks and the ophthalmologist said no restrictions
p: yes no restrictions
p: my neighbor had bad luck with her cataract surgery she said it got infected
t: oh im sorry to hear that yours went well
p: yes mine were fine
t: see you next week
""",
    [
        "cataracts",
        "without the magnifier",
        "38 pounds|thirty eight pounds",
        "resting tremor",
        "nine hole peg|9-hole peg",
        "31 seconds|thirty one seconds",
        "micrographia",
        "big writing",
        "11 minutes|eleven minutes",
        "button a cardigan",
        "once a week for six more weeks|1x/week for 6 weeks",
        "handwriting",
    ],
    ["pain or redness in the eyes", "falls since"],
    ["it got infected"],
)

S(
    "ao_ot06_radial_head_carpenter",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97140": 9, "97530": 16},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Last day, Rick. How's the elbow?
P: It's good. I framed a whole wall on Saturday.
T: Pain?
P: Zero most of the time. Maybe a two after hammering all day.
T: Any swelling after work?
P: No, none.
T: Any numbness in the ring and little finger?
P: No, that never came back.
T: Good. Let me measure. Elbow extension, you're lacking five degrees. You started lacking thirty-five. Flexion a hundred and forty.
P: Can't tell the difference from the other side.
T: Supination is seventy-five, pronation eighty. Grip right ninety-two pounds, left ninety-eight.
P: Close enough.
T: QuickDASH is nine, it was sixty-one at the start.
P: Nine.
T: Before we do the work stuff, some joint mobilization for that last bit of extension.
P: Go for it.
T: Lie back. Ulnohumeral distraction, then some radial head glides.
P: That's the spot that's still stiff.
T: That was nine minutes of manual. Separate from that, now the job tasks.
P: Okay.
T: Hammer on the nail board, overhead and at waist height. Twenty nails each.
P: Overhead is still the tiring one.
T: Now the screw gun into the stud, drilling and driving. Then carry the two-by-fours from the rack to the sawhorses.
P: These are ten footers?
T: Eight footers. Carry two at a time on the shoulder. Then lower them.
P: No problem.
T: And the last one, pulling on the crowbar to pry off the board.
P: That's where I used to feel it.
T: Any pain?
P: Not a bit.
T: That was sixteen minutes on the job tasks. Because the manual and the task practice were distinct blocks, the task line carries a 59 modifier.
P: Okay, I trust you.
T: Goals. Return to full duty framing: met. Lift and carry fifty pounds: met. Full elbow extension: partly met, five degrees short.
P: I can live with five degrees.
T: Most people do. You're discharged from OT. Keep the extension stretch daily for a month.
P: Will do.
T: If it gets stiff again, call us. You don't need a new referral for sixty days.
P: My foreman wants to know if I need restrictions.
T: No restrictions from me. I'll put that in the discharge summary.
P: Great. My buddy on the crew wrecked his shoulder last month, he should come see you.
T: He can call. Take care, Rick.
""",
    [
        "2/10|a two",
        "lacking 5 degrees|lacking five degrees",
        "140|hundred and forty",
        "supination",
        "92 pounds|ninety-two pounds",
        "QuickDASH is 9|QuickDASH is nine",
        "61|sixty-one",
        "ulnohumeral distraction",
        "radial head glides",
        "9 minutes|nine minutes",
        "hammer",
        "16 minutes|sixteen minutes",
        "discharged",
        "No restrictions",
    ],
    ["swelling", "numbness in the ring and little finger"],
    ["wrecked his shoulder"],
    has59=True,
)

S(
    "ao_ot07_ms_meal_planner",
    "OT",
    "daily",
    "OT",
    "per-code",
    "dev",
    {"97129": 15, "97130": 11},
    [],
    "97129x1:GO 97130x1:GO",
    """
t: hi jess good to see you how was the week with the fatigue
p: um up and down i had two good days and then wednesday i was wiped
t: any new numbness or vision changes since last time
p: no no new numbness my eyes are fine
t: any new weakness
p: no
t: okay today were working on the planning and memory side the stuff you said keeps tripping you up
p: yeah i keep forgetting if i took my meds and i burned the rice twice
t: lets start with the pill organizer here are your bottles i want you to set up the week
p: okay monday morning
t: talk me through it as you go
p: so the baclofen is three times a day the vitamin d is once the uh the other one is at night
t: good check the label on the third one
p: oh its twice a day not at night
t: nice catch you fixed it yourself
p: done
t: you set up twenty one slots and twenty of them are right one extra vitamin d on thursday
p: oh shoot
t: fix it
p: fixed
t: okay now the meal plan three dinners for the week with a grocery list and you have a budget of forty dollars
p: spaghetti tacos and the chicken thing
t: write the list by store section
p: produce onions peppers lettuce meat ground beef chicken
t: youre going back and forth between sections try finishing one section first
p: ugh okay produce first
t: good total it up
p: thirty eight dollars and fifty cents
t: under budget and the list is complete now the timer strategy for the rice set a timer on your phone every time something is on the stove
p: ill say it out loud too hey phone timer eighteen minutes
t: perfect so the cognitive work today was twenty six minutes fifteen for the first part and eleven more
p: it felt longer
t: thats the fatigue your energy check one to ten
p: like a four now
t: okay take a rest break before you drive
p: my mom keeps saying shes got early dementia too
t: shes welcome to talk to her own doctor for you next week well do the calendar and appointments
p: okay thanks
t: and keep the pill organizer log each morning
p: will do
""",
    [
        "fatigue",
        "pill organizer",
        "baclofen",
        "20 of them|twenty of them",
        "21 slots|twenty one slots",
        "meal plan",
        "$40|forty dollars",
        "$38.50|thirty eight dollars and fifty cents",
        "timer",
        "26 minutes|twenty six minutes",
        "4/10|a four",
        "by store section",
    ],
    ["new numbness", "vision changes", "new weakness"],
    ["early dementia"],
    cog=26,
)

# --------------------------------------------------------------------------------------------- SLP, dev

S(
    "ao_slp01_cerebellar_slurred_speech",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92522"],
    "92522x1:GN",
    """
T: Hi Mr. Osei, I'm Lauren, the speech-language pathologist. Is this your wife?
C: Yes, Abena. I came to help.
T: Welcome. Mr. Osei, tell me what's been happening with your speech.
P: Since the stroke... my words... come out... drunk. People think I'm drunk.
T: When was the stroke?
P: February. The back of the brain. The cerebellum.
C: The doctor said cerebellum, left side.
T: Any trouble swallowing, coughing when you eat or drink?
P: No. No coughing.
T: Any trouble finding words, knowing what you want to say?
P: No. I know the word. It comes out wrong.
T: Any trouble understanding others, reading?
P: No, I read fine.
T: Good. Let's start with some tasks. Say "ah" as long as you can.
P: Aaaaah.
T: Eleven seconds. Now "puh puh puh" as fast as you can.
P: Puh puh puh puh puh.
T: Irregular rhythm, about four per second. Now "puh tuh kuh".
P: Puh tuh kuh, puh kuh tuh...
T: That's the hard one. Breakdowns in sequence. Now read these sentences to me.
P: The boy... went to the store... to buy some... bread.
C: At home he talks slower when he's tired.
T: That's common. I'm scoring the sentence intelligibility test now. He's sixty-eight percent intelligible at the sentence level to an unfamiliar listener.
C: I understand him better than that.
T: Familiar listeners usually do. Now conversation. Tell me about your job.
P: I drove... a city bus... twenty two years.
T: Scanning speech, equal stress on every syllable, excess loudness variation. Vowels are distorted. Oral motor: tongue strength is normal, no weakness of the lips or face.
P: My face is fine.
T: Yes, it's a coordination problem rather than weakness. Your speech has features of ataxic dysarthria, moderate.
P: Can it get better?
T: Yes, with practice. Goals: speak at a slower rate with pacing so strangers understand you ninety percent of the time in sentences, and order at a drive-through.
P: The drive-through is terrible.
C: They just hand him whatever.
T: We'll practice that exact thing. Plan is twice a week for eight weeks.
P: Good.
T: A quick home practice: read the paper out loud for five minutes a day, one word at a time, tapping your finger.
P: Tap each word.
T: Exactly. Abena, you can listen but don't finish his words for him.
C: I do that. I'll stop.
C: By the way, my sister had a stroke too, she's in rehab now.
T: I hope she's doing well. Mr. Osei, see you Thursday.
P: Thursday.
""",
    [
        "cerebellum|cerebellar",
        "11 seconds|eleven seconds",
        "68 percent|sixty-eight percent",
        "scanning speech",
        "ataxic dysarthria",
        "moderate",
        "tongue strength is normal",
        "90 percent|ninety percent",
        "drive-through",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "tapping",
        "puh tuh kuh",
    ],
    ["coughing", "trouble finding words", "trouble understanding", "weakness of the lips or face"],
    ["my sister had a stroke too"],
)

S(
    "ao_slp02_preschool_following_directions",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mateo! Hi, Mom. I'm Ms. Rosa, the SLPA. Ready to play?
P: Yeah! Trucks!
C: He talked about the trucks all the way here.
T: We'll use the trucks. First, any ear infections or colds since last week?
C: No, he's been healthy.
T: Great. Mateo, put the red truck under the box.
P: Under.
T: Yes, you did it. Now put the blue truck next to the house.
P: Here?
T: That's on the house. Next to, beside. Like this.
P: Next to.
T: Good job. Now two steps. Give me the car, then put the dog in the truck.
P: Car! ... Dog in.
T: Both steps. Nice. I'm tracking two-step directions.
C: At home he only does the first part.
T: That's typical right now. Let's keep going.
T: Put the cow behind the barn, then touch your nose.
P: Cow... nose!
T: Good. Now plurals. One cat, two...
P: Two cat.
T: Two cats. Sss. Cats.
P: Cats!
T: One shoe, two...
P: Shoes.
T: Yes! That one by himself.
P: Shoes shoes shoes.
T: Okay, two-step directions were eight out of ten today. Plurals were six out of ten with a model, and three by himself without one.
C: Is that better?
T: Last week two-step was five out of ten, so yes. Your SLP will see the numbers.
P: More trucks.
T: One more. Put the fire truck on top of the garage, then give Mommy the ball.
P: Up... ball Mommy.
C: Thank you, baby.
T: Home practice: during bath time give him two-step directions. Get the duck, then wash your tummy.
C: Okay. His big sister has an IEP for reading, do you think he will need one?
T: That's a great question for the SLP at his next progress visit; today I only saw Mateo.
C: Okay.
T: High five, Mateo.
P: High five!
T: See you Tuesday.
""",
    [
        "red truck under the box",
        "two-step directions|2-step directions",
        "8/10|eight out of ten",
        "plurals",
        "6/10|six out of ten",
        "3|three by himself",
        "5/10|five out of ten",
        "bath time",
        "next to",
    ],
    ["ear infections"],
    ["big sister has an IEP"],
)

S(
    "ao_slp03_parkinsons_lake_paragraph",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
T: Morning, Harold. Morning, Joan. Week three, day two. Meter's ready.
P: Good morning.
C: He's been doing his homework. Every morning at the kitchen table.
T: Love it. Harold, any sore throat or hoarseness after practicing?
P: No, the throat feels fine.
T: Any coughing with meals?
P: No.
T: Good. Billing note before we start: with your physical therapy this year, you're past the Medicare threshold for PT and speech together. The voice work is still medically necessary, so the claim gets the KX modifier.
C: That's what the PT told us too.
T: Okay, the sound level meter is at thirty centimeters from your mouth. Long "ah", loud and good quality. Think loud.
P: Aaaaaah.
T: Eighty-eight decibels, fourteen seconds. Again.
P: Aaaaaah.
T: Ninety decibels, sixteen seconds. Last one.
P: Aaaaaah.
T: Eighty-nine, fifteen seconds. Now high pitch, go up.
P: Ahhhh... up.
T: Good. Now down low.
P: Ahhhh.
T: Now your functional phrases. Read the first one loud.
P: Good morning, Joan!
T: Seventy-eight decibels. Next.
P: Pass the salt, please!
T: Seventy-six. Next.
P: Where are my glasses?
T: Seventy-nine. Those are in the target range. Now read the paragraph about the lake.
P: The lake was calm in the early morning...
T: Reading is averaging seventy-four decibels. Start of the session last week reading was sixty-eight.
C: I can hear him from the other room now.
T: That's the point. Now conversation. Tell me about your fishing trip.
P: We went to... the lake up north, with my grandson. He caught a bass.
T: Sixty-nine there, you dropped off when you got into the story. Think loud.
P: He caught a BASS. Five pounds!
T: Seventy-three. That's it.
C: He shouts at the TV too, but that's a different thing.
T: Ha. Conversation averaged seventy-one decibels today, from sixty-four at the evaluation.
P: Is that good?
T: It's real progress. Homework: the long "ah" fifteen times, the high and low, your ten phrases, and five minutes of conversation with Joan at the loud voice.
C: I'll hold him to it.
T: I know you will. Harold, how does your voice feel now?
P: Tired, but good.
T: See you Thursday.
""",
    [
        "30 centimeters|thirty centimeters",
        "88 decibels|eighty-eight decibels",
        "14 seconds|fourteen seconds",
        "90 decibels|ninety decibels",
        "16 seconds|sixteen seconds",
        "functional phrases",
        "74 decibels|seventy-four decibels",
        "68|sixty-eight",
        "71 decibels|seventy-one decibels",
        "64|sixty-four",
        "think loud",
        "past the Medicare threshold",
    ],
    ["sore throat", "hoarseness", "coughing with meals"],
    ["shouts at the TV"],
    kx=True,
)

S(
    "ao_slp04_tbi_slums_recheck",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 19},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Dana, this is your progress visit, so part of today is re-testing.
P: Ugh, the test. Okay.
T: Same one as the start, the SLUMS. How have headaches been?
P: Less. Maybe twice this week, mild.
T: Any dizziness or blurry vision?
P: No dizziness. Vision's fine.
T: Any trouble sleeping?
P: Not anymore, I'm sleeping seven hours.
T: Great. The SLUMS is scored out of thirty. Ready?
P: Ready.
T: Remember these five objects: apple, pen, tie, house, car.
P: Apple, pen, tie, house, car.
T: You have a hundred dollars and you buy a dozen apples for three dollars and a tricycle for twenty. How much did you spend?
P: Twenty-three.
T: How much do you have left?
P: Seventy-seven.
T: Good. Name as many animals as you can in one minute. Go.
P: Dog, cat, horse, cow, pig, goat, lion, tiger, bear, zebra, giraffe, monkey, eagle, shark, whale, dolphin...
T: Sixteen. Now the objects from before?
P: Apple, pen, car... house. I can't get the last.
T: Four of five. Okay. The clock drawing and the story... done. SLUMS total twenty-four out of thirty.
P: What was I before?
T: Nineteen at the evaluation. So up five points. Still in the mild range, but a big change.
P: I'll take it.
T: Now the work-related part. You said the spreadsheets at the bank are the goal. Here is a list of twenty transactions. Find the three errors.
P: Okay. This one's a double entry. This one, the date is wrong.
T: Keep going.
P: I... can't find the third.
T: Look at the totals column. Use your checklist card.
P: Oh, this one adds wrong. Ninety-two, not nine-two-oh.
T: All three with one cue, the checklist. At the evaluation you found one of three with cues.
P: That felt good.
T: Now the planner. Plan your Thursday: PT at ten, pick up your son at three, grocery, and a call with HR.
P: PT at ten, then lunch, grocery at one, HR call at two, son at three.
T: Good. You left a buffer. Goals: recall of a five-item list after a delay, met at four of five most sessions. Error finding in spreadsheets, partly met.
P: And driving?
T: That's your doctor's call, with the driving evaluation. New goal: twenty-item transaction checks without cues.
T: So today the cognitive work was thirty-four minutes.
P: Felt like ten.
T: Plan: twice a week for four more weeks.
P: My coworker says her husband had a concussion and never got treatment.
T: Sorry to hear that. Keep using the planner every day. See you Tuesday.
P: See you.
""",
    [
        "SLUMS",
        "24|twenty-four",
        "out of 30|out of thirty",
        "19|nineteen",
        "mild range",
        "16|sixteen",
        "4 of 5|four of five",
        "checklist card",
        "planner",
        "three errors|3 errors",
        "34 minutes|thirty-four minutes",
        "partly met",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["dizziness", "blurry vision", "trouble sleeping"],
    ["never got treatment"],
    cog=34,
)

S(
    "ao_slp05_zenker_pouch_after",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Mrs. Albright, good to see you. It's been three weeks since the surgery. This is a re-evaluation, since the plan we had was written before it.
P: Dr. Feld cut the muscle and closed the pouch. The Zenker's.
T: The cricopharyngeal myotomy. I have his note. Tell me how eating has been.
P: So different. Before, the food came back up hours later. Now it goes down.
T: Any food coming back up, regurgitation?
P: No, none since the surgery.
T: Coughing or choking when you drink?
P: No.
T: Any pneumonia or fevers since the operation?
P: No fevers.
T: Any pain when you swallow?
P: A little soreness in the neck, two out of ten. It's getting better.
T: Weight?
P: I lost eight pounds before the surgery. Gained two back.
T: Good. Before the surgery you were on mildly thick liquids and soft and bite-sized food, level six, with alternating solids and liquids and a chin tuck.
P: I hated the thick water.
T: Let's see today. I'll watch and feel the swallow. Thin water, small sip from the cup.
P: Okay.
T: Laryngeal rise is good, single swallow, clear voice after. Again, bigger sip.
P: Fine.
T: Consecutive sips from the cup now, keep going.
P: That's normal. That's how I used to drink.
T: Clear voice, no cough. Now the cracker.
P: Crunchy.
T: Chewing is good. Any feeling of sticking?
P: Maybe a tiny bit at the bottom of the neck.
T: Swallow again with a sip. Better?
P: Gone.
T: Now the piece of chicken, regular texture.
P: That's the first chicken in months.
T: Chewed well, cleared with one extra swallow. EAT-10 today is eight. Before surgery it was twenty-nine.
P: Twenty-nine. I believe it.
T: So the plan changes. Thin liquids, regular diet, IDDSI level seven and level zero. Stop the chin tuck. Keep small bites and a sip after meat for now.
P: Real coffee?
T: Real coffee. New goals: eat a full regular meal in thirty minutes without sticking, and regain weight to your baseline. Plan is once a week for three weeks, then likely discharge.
P: That's wonderful.
T: Call if anything starts coming back up. That would be a reason to call Dr. Feld.
P: I will. My husband has reflux too, he's always coughing at night.
T: He should mention that to his doctor. See you next week.
P: Thank you so much.
""",
    [
        "cricopharyngeal myotomy",
        "Zenker's",
        "2/10|two out of ten",
        "8 pounds|eight pounds",
        "mildly thick",
        "thin water",
        "single swallow",
        "clear voice",
        "EAT-10 today is 8|EAT-10 today is eight",
        "29|twenty-nine",
        "IDDSI level 7|level seven",
        "level 0|level zero",
        "once a week for three weeks|1x/week for 3 weeks",
    ],
    ["regurgitation", "choking", "fevers"],
    ["always coughing at night"],
)

S(
    "ao_slp06_third_grader_r_final",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi ava hi mom last day can you believe it
p: yes i can say my r now
c: she corrects her brother now its kind of annoying
t: ha okay any colds or ear stuff this week
c: no shes been healthy
t: great ava lets check your words first read these cards
p: rabbit red rocket carrot car bird
t: all correct words are at nineteen out of twenty
p: which one did i miss
t: squirrel but thats the hardest word in english
p: squirrel squirrel
t: better now sentences the red rabbit ran around the race track
p: the red rabbit ran around the race track
t: nice now read this story to me
p: our car broke down on the road to grandmas farm so we waited for the tow truck
t: great sentences were forty eight out of fifty correct ninety six percent
c: wow
t: and in conversation tell me about your birthday party
p: we had a party at the roller rink and my friend rory fell down
t: r sounds in conversation about ninety percent
p: is that good
t: its great your goal was eighty percent in conversation so you met it
p: yay
t: mom goals r words met r sentences met r in conversation met
c: the teacher said she can hear it in class too
t: thats exactly the carryover we want so today is the discharge from speech
p: do i still come on tuesdays
t: no more tuesdays you graduated
p: yes
c: do we need to keep practicing
t: read aloud ten minutes a night for a month and catch her if she slips on the squirrel
c: okay
t: if the teacher notices it slipping in the fall call us
c: will do her brother has a lisp should we get him checked
t: you can call the front desk about an evaluation for him
c: okay thank you
t: ava heres your certificate
p: thank you
t: bye ava
p: bye
""",
    [
        "19 out of 20|nineteen out of twenty",
        "squirrel",
        "48 out of 50|forty eight out of fifty",
        "96 percent|ninety six percent",
        "90 percent|ninety percent",
        "80 percent|eighty percent",
        "discharge",
        "carryover",
        "read aloud",
        "10 minutes a night|ten minutes a night",
    ],
    ["colds or ear stuff"],
    ["her brother has a lisp"],
)

S(
    "ao_slp07_stroke_chin_tuck_practice",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
t: hi mister brennan hows the eating going this week
p: better better the the soup is easier
t: any coughing or choking at meals
p: no not this week
t: any fevers or chest congestion
p: no fever no
t: are you still on the mildly thick drinks
p: yeah the thick stuff i hate it but yeah
t: okay were going to do your exercises first then a trial with the thin water
p: okay
t: effortful swallow squeeze hard like youre swallowing a grape ten times
p: one two
t: good keep going
p: ten
t: now the the tongue hold the masako tongue between the teeth and swallow five times
p: thats weird every time
t: it is weird thats how you know its working now chin tuck against resistance squeeze the ball under your chin ten holds
p: my neck burns
t: good burn now head lift lying back hold it for ten seconds three times
p: whew
t: okay trial time thin water with the chin tuck small sip from the cup
p: okay
t: wait three seconds any throat clearing
p: no its fine
t: clear voice say ah
p: ahh
t: clear again nine more sips
p: all good
t: ten sips of thin with the chin tuck no cough no wet voice so ten out of ten
p: can i drink normal now
t: not yet at home but were close two more sessions like this and i want to do the x ray swallow study
p: okay
t: on trials without the chin tuck you coughed on two of five so seven out of ten overall last week
p: oh right
t: goal is thin liquids with the chin tuck safely ninety percent of trials were at a hundred today
p: nice
t: you still going to the thursday aphasia group at the library
p: yeah yeah i like the guys there
t: good thats the communication group its separate from what we do here
p: the coffee there is terrible
t: ha okay keep the exercises twice a day and the thick drinks at home until the study
p: yeah okay my wife has the the acid reflux she coughs all night
t: she should talk to her doctor about that see you monday
p: monday
""",
    [
        "effortful swallow",
        "masako",
        "chin tuck against resistance",
        "head lift",
        "10 seconds|ten seconds",
        "thin water",
        "10 out of 10|ten out of ten",
        "mildly thick",
        "90 percent|ninety percent",
        "swallow study",
        "twice a day",
    ],
    ["coughing or choking", "fevers or chest congestion", "throat clearing"],
    ["she coughs all night"],
)

# --------------------------------------------------------------------------------------------- PT, test

S(
    "ao_pt09_parkinsons_neuropathy_falls",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97116": 12},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Hello, I'm Chris, the physical therapist. I have the Vietnamese interpreter on the speakerphone. Interpreter, are you there?
C: Yes, this is interpreter number four one two, Vietnamese. I will interpret everything in first person.
T: Thank you. Mr. Tran, what brings you here today?
P: Tôi hay bị té. Hai lần rồi.
C: I fall often. Two times already.
T: When were the falls?
P: Một lần tháng ba, một lần tháng sáu. Trong nhà.
C: One time in March, one time in June. Inside the house.
T: Did you hurt yourself either time?
P: Lần thứ hai bị bầm tay. Không gãy.
C: The second time I bruised my arm. Nothing broken.
T: Did you hit your head?
P: Không, không đụng đầu.
C: No, I did not hit my head.
T: What other health problems do you have?
P: Bệnh Parkinson năm năm, tiểu đường, chân bị tê.
C: Parkinson's for five years, diabetes, my feet are numb.
T: Numbness in both feet. Any dizziness when you stand up?
P: Không chóng mặt.
C: No dizziness.
T: Any chest pain or shortness of breath with walking?
P: Không đau ngực, không khó thở.
C: No chest pain, no shortness of breath.
T: Okay. Can you stand up from the chair without your hands?
P: Được.
C: Yes, I can.
T: He needed two tries. I'm going to do the Berg Balance Scale now. Stand with your feet together.
C: Please stand with your feet together.
T: Berg is thirty-eight out of fifty-six. That's a high fall risk. Timed Up and Go, walk to the line and back.
P: Đi.
C: Going.
T: Eighteen point four seconds with the cane. Shuffling, reduced arm swing, freezing at the turn.
T: Monofilament sensation is absent at both feet. Ankle strength is four out of five. He has many conditions affecting this plan: Parkinson's, diabetic neuropathy, and the two falls. This is a high complexity evaluation.
C: His wife in the room is asking a question about her own knee.
T: Please tell her I can only address Mr. Tran's care today, and she can ask her doctor.
T: Now gait training. Big steps, like a soldier, heel first. I'll count.
P: Một, hai, ba...
C: One, two, three...
T: Step longer. Good. Turning, make a wide U-turn, don't pivot.
P: Được rồi.
C: Okay.
T: When you freeze at the doorway, step over the line of tape on the floor.
P: Dễ hơn.
C: That is easier.
T: That was twelve minutes of gait training with cueing. Plan is twice a week for eight weeks. Goals: Berg above forty-five, TUG under fourteen seconds, no falls.
C: He asks if he can keep going to the temple.
T: Yes, with the cane and his son beside him on the stairs.
P: Cảm ơn.
C: Thank you.
""",
    [
        "falls|fall",
        "March",
        "June",
        "bruised my arm",
        "Parkinson's",
        "diabetes",
        "Berg",
        "38 out of 56|thirty-eight out of fifty-six",
        "18.4 seconds|Eighteen point four seconds",
        "freezing",
        "monofilament",
        "12 minutes|twelve minutes",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "tape",
    ],
    ["hit my head", "dizziness", "shortness of breath"],
    ["her own knee"],
)

S(
    "ao_pt10_cervical_shelf_stocking",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 9, "97530": 22},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hi Linda, how's the neck?
P: Better. Still tight on the right after a long shift.
T: Which shift are you on now?
P: Nights, stocking. Ten to six.
T: That's rough on sleep.
P: I get used to it.
T: Pain right now?
P: Three. It was a six when we started.
T: Any tingling into the hand lately?
P: No, that's gone.
T: Headaches?
P: Not this week.
T: Good. Reminder, you had PT for your knee back in April, so this year you're over the Medicare threshold. The neck work is still medically necessary, so the KX modifier goes on.
P: Okay.
T: Lie back, let's start with the manual. Suboccipital release first.
P: Oh, that's the spot.
T: Now some upper cervical mobilizations, right side, grade two to three.
P: I can turn further already.
T: First rib mobilization on the right.
P: That one pinches, but okay.
T: That's nine minutes of manual therapy. Now, separately, let's do the store shelves.
P: The top shelf is my problem.
T: Cans on the top shelf, cans on the bottom. Keep your chin tucked, reach with the arm, not the neck.
P: Like this?
T: Yes. Step closer to the shelf instead of craning. Now the box from the cart onto the middle shelf.
P: It's about fifteen pounds.
T: Feels about right. Bend the knees.
P: Knees.
T: Lift with the legs and turn your feet, not your neck.
P: Can I use the bathroom real quick?
T: Sure, go ahead. Take your time.
P: Okay, back.
T: Let's finish. Price gun on the top row, look up with your eyes, small nods.
P: That's easier than tilting my whole head.
T: Good. Last round, stock the full shelf.
P: Done. Not bad.
T: Let me count it. I was going to say twenty-five minutes on the shelves, but the bathroom break was three minutes, so twenty-two minutes of therapeutic activity.
P: Fair.
T: So nine of manual and twenty-two of the shelf work, thirty-one minutes total. The shelf work gets a 59 modifier because it was its own block after the manual.
P: I don't follow but okay.
T: It just tells Medicare they were separate. Home program: chin tucks and the doorway stretch.
P: Got it. My coworker has a bulging disc, she's out on leave.
T: Sorry to hear. See you Friday.
""",
    [
        "tight on the right",
        "3/10|three",
        "suboccipital release",
        "upper cervical mobilizations",
        "first rib",
        "9 minutes|nine minutes",
        "top shelf",
        "15 pounds|fifteen pounds",
        "22 minutes|twenty-two minutes",
        "31 minutes|thirty-one minutes",
        "chin tucks",
        "doorway stretch",
        "over the Medicare threshold",
    ],
    ["tingling into the hand", "Headaches"],
    ["twenty-five minutes on the shelves", "bulging disc"],
    kx=True,
    has59=True,
    fixed={"97530": 25},
    total=31,
)

S(
    "ao_pt11_vestibular_hypofunction_cards",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97112": 13, "97110": 7},
    [],
    "97112x1:GP,CQ",
    """
t: hi missus yoon im ben the p t a today
p: hi ben
t: hows the dizziness been since friday
p: um better i only got the spins once when i looked up at the cabinet
t: how long did it last
p: a few seconds maybe ten
t: any falls since last time
p: no no falls but my husband fell on the ice sunday he broke his wrist
t: oh no im sorry is he okay
p: hes in a cast hes grumpy
t: any headaches or ringing in the ears
p: no headaches no ringing
t: any nausea
p: not anymore
t: okay lets start with the gaze work sit here and look at the letter on the card
p: the x
t: yes turn your head side to side keep the x in focus thirty seconds
p: its blurry a little
t: slower then keep it clear now up and down
p: okay thats harder
t: dizziness zero to ten
p: like a three
t: good rest now standing on the foam feet together eyes open
p: okay
t: now turn your head side to side while you stand
p: whoa
t: im right here hands ready
p: okay okay
t: now walking down the hall turning your head to look at the pictures on the left and right
p: the pictures are moving
t: keep walking dont stop at the end turn around quick
p: i did it
t: thirteen minutes on the balance and gaze work
p: what else
t: some ankle strengthening heel raises ten and toe raises ten and step ups on the box
p: my calves
t: that was seven minutes on the exercises
p: so twenty minutes
t: yes twenty total the balance gets billed the exercise was under eight minutes so it doesnt get its own unit with your plan
p: okay whatever you say
t: keep doing the gaze cards three times a day and walk every day
p: will do tell my husband to be nicer
t: ha see you friday
""",
    [
        "spins",
        "looked up at the cabinet",
        "10 seconds|maybe ten",
        "gaze",
        "3/10|like a three",
        "foam",
        "head side to side",
        "13 minutes|thirteen minutes",
        "heel raises",
        "7 minutes|seven minutes",
        "three times a day|3 times a day",
    ],
    ["falls since last time", "headaches", "ringing", "nausea"],
    ["broke his wrist"],
)

S(
    "ao_pt12_hip_fracture_walker_hall",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97116": 12, "97110": 11},
    [],
    "97116x1:GP,CQ 97110x1:GP,CQ",
    """
T: Morning, Mr. Delgado. I'm Priscilla, the PTA. Did you just come from the balance class?
P: I did. Sally's class, the one with the chairs. Eight of us.
T: Great. That class is its own thing, so what we do now is separate, just the two of us.
P: Okay. My legs are warmed up anyway.
T: How's the hip? Pain?
P: Two out of ten. Left hip.
T: Any numbness down the leg?
P: No.
T: Any new swelling in the leg or calf pain?
P: No, nothing new.
T: Still following the precautions the surgeon gave?
P: Yes. No crossing the legs.
T: Good. Let's walk. Walker, and I want a longer step on the left.
P: Long step left.
T: Good, stand up tall, walker a little closer. That's it.
P: I keep looking at my feet.
T: Eyes up, at the door at the end of the hall.
P: It's far.
T: You can do it. Now around the corner and back, then over the mat.
P: The mat edge scares me.
T: Lift the foot, walker first. Nice.
P: I did it.
T: Now the ramp by the back door, up and down.
P: Going down is the worst part.
T: Short steps, walker first, then the left. Good.
T: That's twelve minutes of gait training. Now exercises on the mat.
P: Okay.
T: Bridges, ten. Side-lying hip abduction on the left, ten.
P: That side burns.
T: Good. Clamshells with the band, ten. Sit to stand from the chair, ten.
P: Those are easier than last week.
T: Standing marches at the counter, ten each.
P: Done.
T: Sit, rest a second.
T: That was eleven minutes of exercise.
P: I'm done in.
T: You worked hard after the class. The PT will re-check you next week for the progress note.
P: My wife says I should use the cane now.
T: Not yet, walker until the PT says so. See you Thursday.
P: Thursday.
""",
    [
        "left hip",
        "2/10|two out of ten",
        "walker",
        "longer step",
        "eyes up",
        "ramp",
        "12 minutes|twelve minutes",
        "bridges",
        "hip abduction",
        "clamshells",
        "sit to stand",
        "11 minutes|eleven minutes",
        "No crossing the legs|no crossing",
    ],
    ["numbness down the leg", "calf pain"],
    ["I should use the cane now"],
)

S(
    "ao_pt13_fibromyalgia_shallow_lane",
    "PT",
    "progress",
    "PT",
    "per-code",
    "test",
    {"97113": 20, "97110": 10},
    [],
    "97113x1:GP 97110x1:GP",
    """
t: okay miss carter progress check today so some testing on the deck first then the water
p: okay im ready i think
t: how are you feeling overall this week
p: um a five all over which for me is good
t: and sleep
p: better i slept through three nights
t: any new numbness or tingling
p: no nothing new
t: any chest pain when you exert yourself
p: no
t: timed up and go walk to the cone and back go
p: okay
t: ten point eight seconds it was fourteen point two at the start
p: oh wow
t: thirty second sit to stand eleven it was seven
p: my legs felt good
t: the f i q you filled out is forty one down from sixty eight
p: whats that again
t: the fibromyalgia questionnaire lower is better
p: oh good
t: okay lets get in the water ramp and rail
p: warm warm thats heaven
t: walking forward and backward in the shallow lane arms swinging
p: this i can do all day
t: now the kickboard flutter kicks holding the wall
p: my hips
t: easy pace now the noodle squats and the arm circles with the paddles
p: the paddles are heavy in the water
t: slow circles then tai chi moves in the water follow me
p: this is relaxing
t: twenty minutes in the pool lets get out and do the last part on the mat
p: already
t: yep on the mat the stretches hamstring piriformis and the cat cow
p: my back likes the cat cow
t: and the wall push ups ten
p: done
t: ten minutes of exercise on the mat
p: okay
t: goals you wanted to walk the grocery store without sitting down
p: i did it saturday the whole store
t: thats met new goal the farmers market a full hour
p: oh thats a big one
t: you can do it plan is twice a week for six more weeks and the pool on your own on sundays
p: my sister says i should try the cold plunge like her
t: lets stick with the warm pool see you wednesday
p: see you
""",
    [
        "5/10|a five",
        "TUG|timed up and go",
        "10.8 seconds|ten point eight seconds",
        "14.2|fourteen point two",
        "11|eleven",
        "FIQ|f i q",
        "41|forty one",
        "68|sixty eight",
        "shallow lane",
        "20 minutes in the pool|twenty minutes in the pool",
        "10 minutes of exercise|ten minutes of exercise",
        "grocery store",
        "farmers market",
    ],
    ["new numbness or tingling", "chest pain"],
    ["cold plunge like her"],
)

S(
    "ao_pt14_runner_shin_scan_result",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 13},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Jenna, hi. So the MRI came back, and that's why we're doing a re-evaluation today instead of a regular visit.
P: Yeah. Dr. Patel called me. Stress fracture. Left tibia.
T: Right, a stress fracture of the posteromedial left tibia, grade three on the report. So the plan we had, return to running in two weeks, changes.
P: I was so close.
T: I know. How's the pain now?
P: Walking it's a two. Running it was a seven.
T: Any pain at night or at rest?
P: No, only when I'm on it.
T: Any numbness in the foot?
P: No.
T: Are you in the boot the doctor gave you?
P: Yes, the walking boot, four weeks.
T: Good. Let me look. Point tenderness over the lower third of the tibia, inside. Hop test is deferred, no hopping with a fracture.
P: Fine by me.
T: Ankle range is full. Calf raise on the left, fifteen, limited by pain at the shin. Hip abduction strength four minus on the left, four on the right.
P: My hips are weak?
T: A bit, and that's part of why the shin takes the load. Let's talk about what changed in the plan. No running for at least six to eight weeks. Cross-training is okay: pool running and the bike, no pain.
P: Pool running, seriously?
T: With a flotation belt, in the deep end, same effort as an easy run.
P: I've seen people do that. It looks silly.
T: It looks silly and it keeps your fitness.
P: Okay, fine.
T: Seriously. New goals: walk without the boot with no pain, hip abduction five out of five, and a graded return to running with the surgeon's okay.
P: Okay.
T: I also want you to see a dietitian about bone health and check your vitamin D. That's something to ask Dr. Patel.
P: My mom has osteoporosis, my aunt too.
T: Worth telling Dr. Patel. Now, exercise. Side-lying hip abduction, ten. Clamshells with the blue band, two sets of fifteen.
P: Burning.
T: Bridges single leg on the right, then on the left, ten each.
P: The left is harder.
T: Core: dead bugs and side planks from the knees.
P: Okay.
T: Seated calf raises with the boot off, only if it doesn't hurt.
P: No pain.
T: That was thirteen minutes of exercise.
P: I thought we did more.
T: Quality over quantity. Plan: twice a week for six weeks, the boot as the doctor says, no running until cleared.
P: What about my half marathon in May?
T: We'll see at the next re-check. I'm not promising May.
P: Fair.
T: See you Thursday.
""",
    [
        "the MRI came back",
        "stress fracture",
        "left tibia",
        "2/10|a two",
        "7/10|a seven",
        "walking boot",
        "4 weeks|four weeks",
        "point tenderness",
        "hop test is deferred",
        "4-|four minus",
        "no running",
        "pool running",
        "13 minutes|thirteen minutes",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["pain at night", "numbness in the foot"],
    ["My mom has osteoporosis"],
)

S(
    "ao_pt15_ankle_sprain_last_visit",
    "PT",
    "discharge",
    "PT",
    "cms",
    "test",
    {"97110": 16, "97112": 8},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: hey devon last visit today how are things
p: good um one thing i kind of went down at home on thursday
t: okay tell me what happened
p: i was carrying the laundry basket down the stairs and i missed the last step and landed on my butt
t: did you roll the ankle again
p: no the ankle was fine i just sat down hard
t: any pain now from it swelling bruising
p: no no swelling no bruising my pride hurt thats it
t: did you hit your head
p: no
t: okay any new pain in the back or the tailbone
p: nope not really
t: alright im glad youre okay and next time laundry basket on the hip one hand on the rail
p: yeah lesson learned
t: pain in the ankle today
p: zero maybe a one after soccer
t: lets do your measures single leg balance on the right eyes closed
p: okay
t: twenty five seconds the left is thirty so close
p: nice
t: the y balance reach anterior on the right is sixty two centimeters the left is sixty four
p: almost even
t: the l e f s is seventy six out of eighty it was thirty two at the start
p: wow thirty two
t: okay lets run your program calf raises single leg twenty
p: burning
t: lateral band walks two laps and the the hopping forward and side to side
p: no pain
t: single leg deadlift with the ten pound dumbbell ten each
p: ok
t: thats sixteen minutes of exercise now the balance board eyes open then closed
p: the board is tricky
t: and the catches on the foam with the ball single leg
p: got it
t: eight minutes on balance
p: so am i done
t: goals back to soccer met walk on uneven ground met balance within ten percent of the other side met so youre discharged
p: awesome
t: keep the program three times a week through the season
p: will do my coach tore his a c l last year and never came back
t: well you did the work see you on the field
p: thanks for everything
t: take care devon
""",
    [
        "laundry basket",
        "missed the last step",
        "25 seconds|twenty five seconds",
        "62 centimeters|sixty two centimeters",
        "LEFS|l e f s",
        "76 out of 80|seventy six out of eighty",
        "32|thirty two",
        "calf raises",
        "lateral band walks",
        "16 minutes|sixteen minutes",
        "balance board",
        "8 minutes|eight minutes",
        "discharged",
    ],
    ["swelling", "bruising", "hit your head", "tailbone"],
    ["tore his a c l"],
)

S(
    "ao_pt16_plantar_fascia_custom_footbeds",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97763": 10, "97116": 9},
    [],
    "97763x1:GP 97116x1:GP",
    """
T: Hi Mr. Okoro. The custom orthotics came in. How's the heel?
P: Mornings are still bad. First steps are a six.
T: And during the day?
P: A three, unless I stand at the register all shift.
T: Any numbness or burning in the foot?
P: No, neither.
T: Any swelling at the ankle?
P: No.
T: Okay. The plan from last week says iontophoresis today, the dexamethasone patch on the heel.
P: About that. I looked it up, and I don't want the steroid patch. My sugar runs high.
T: That's a fair call. We'll skip the iontophoresis and I'll note why. Let's focus on the orthotics.
P: Thanks.
T: Shoes off. Let's check the fit. Stand on them on the floor first, no shoes.
P: Feels like a bump under the arch.
T: That's the arch support. The heel cup sits right, your heel's centered. Now in the work shoes.
P: Tight at the toes on the left.
T: The orthotic is a bit long for this shoe. I'm going to trim the front edge a couple of millimeters.
P: Okay.
T: Try again.
P: Better. No pinch.
T: Check the skin on the arch after standing, any red spots?
P: None.
T: Break-in schedule: one hour the first day, add an hour each day, full shifts by the second week.
P: Not all day right away?
T: No, your feet need to get used to them. If you get a red spot, stop and call.
T: That was ten minutes on the orthotic fitting and check-out. Now let's walk in them.
P: Okay.
T: Walk to the end of the hall. Heel strike, roll through, push off.
P: It feels different.
T: Your foot isn't collapsing in anymore. Good. Now the stairs and the ramp.
P: Stairs are fine.
T: Now faster, like you're late for the bus.
P: Feels good.
T: That was nine minutes of gait training in the orthotics.
P: Should I still do the stretches?
T: Yes. Calf stretch on the wall and the towel stretch before you get out of bed.
P: Before I get out of bed. Okay.
T: And the frozen water bottle roll at night.
P: My wife swears by her magnetic insoles.
T: Everyone has their thing. See you next Tuesday.
P: See you.
""",
    [
        "custom orthotics",
        "6/10|a six",
        "3/10|a three",
        "heel cup",
        "trim the front edge",
        "break-in schedule",
        "one hour the first day|1 hour the first day",
        "10 minutes|ten minutes",
        "heel strike",
        "9 minutes|nine minutes",
        "calf stretch",
        "towel stretch",
        "frozen water bottle",
    ],
    ["numbness or burning", "swelling at the ankle", "red spots"],
    ["magnetic insoles"],
    refused=["97033"],
)

# --------------------------------------------------------------------------------------------- OT, test

S(
    "ao_ot08_axillary_nodes_arm_swelling",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 11},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hi Carol, I'm Nadia, the occupational therapist. Your oncologist sent you for the arm swelling.
P: Yes. The right arm. It started about two months after the surgery.
T: That was the lumpectomy and lymph node removal in the armpit?
P: Yes, last March. Then radiation until June.
T: How does the arm feel?
P: Heavy. Tight. My rings don't fit and my sleeve cuts in.
T: Any redness, warmth or fever in that arm?
P: No, nothing like that.
T: Any pain?
P: An ache, a three. Worse at the end of the day.
T: Any numbness or tingling in the hand?
P: No.
T: What's hardest day to day?
P: Getting a bra on, doing my hair, carrying groceries. And I'm a hairdresser, so holding my arm up all day.
T: How many hours a day at the salon?
P: Eight, four days a week.
T: Any infections in that arm, cellulitis?
P: No, never.
T: Let me measure. I'm going to measure around the arm at set points on both sides.
P: Okay.
T: Right wrist eighteen centimeters, left sixteen. Ten centimeters below the elbow, right twenty-nine, left twenty-five. Above the elbow, right thirty-four, left thirty.
P: Four centimeters bigger.
T: Yes, the right arm is clearly larger. Pitting when I press at the forearm, and the skin is not hardened. Stemmer sign negative at the fingers.
T: Shoulder flexion on the right is one hundred fifty degrees, tight at the armpit, the scar from radiation.
P: That pulls.
T: This looks like stage two lymphedema of the right arm. With the cancer treatment history, the work demands, and the shoulder tightness, this is a moderate complexity evaluation.
P: Can it go away?
T: It can be managed very well. Let me teach you some things today. First, putting on the compression sleeve the doctor ordered.
P: It's impossible to get on.
T: Turn it inside out to the wrist, slide the hand in, then roll it up, don't pull by the top.
P: Oh, that's how.
T: Use the rubber gloves for grip. Smooth the wrinkles, no bunching at the elbow.
P: Done. That took a while.
T: Now hair. Prop the elbow on the counter when you blow dry, instead of holding the arm up.
P: I could do that at the salon too.
T: Exactly. And groceries on the left, lighter bags on the right.
T: That was eleven minutes of self-care training with the sleeve and the routines.
P: Okay.
T: Plan is twice a week for six weeks: manual lymph drainage, bandaging, exercise and the home program. Goals: reduce the arm difference to under two centimeters and don and doff the sleeve independently.
P: My mother had lymphedema in her leg after her surgery.
T: I'm sorry. Today we'll focus on yours. See you Tuesday.
""",
    [
        "right arm",
        "lumpectomy",
        "radiation",
        "3/10|a three",
        "hairdresser",
        "18 centimeters|eighteen centimeters",
        "29|twenty-nine",
        "34|thirty-four",
        "pitting",
        "Stemmer sign negative",
        "150 degrees|one hundred fifty degrees",
        "stage two lymphedema|stage 2 lymphedema",
        "compression sleeve",
        "11 minutes|eleven minutes",
    ],
    ["redness", "numbness or tingling in the hand", "cellulitis"],
    ["lymphedema in her leg"],
)

S(
    "ao_ot09_stroke_daughter_in_law_car",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97530": 14, "97535": 12},
    [],
    "97530x1:GO,CO 97535x1:GO,CO,59",
    """
t: hi mister ferreira hi renata im tasha the o t a
p: hi
c: hi hes been excited about the car part all week
t: good thats first how are you feeling today any pain in the left arm
p: no pain today
t: any dizziness when you stand up
p: no
t: any falls this week
c: no falls
p: no
t: okay lets go out to the car in the garage bay renata youre going to learn the stand pivot into the car
c: okay im nervous
t: thats normal first the seat all the way back and reclined a little
c: done
t: mister ferreira back up to the seat until you feel it on your legs
p: i feel it
t: reach back for the seat not the door the door moves
p: okay
t: sit down slow now scoot back and swing the legs in one at a time
p: the left one is heavy
c: can i lift it
t: yes one hand under the calf one under the heel let him help
c: like that
t: perfect now getting out swing the legs out scoot forward nose over toes stand
p: up
t: renata your turn start to finish
c: seat back reach back sit scoot legs
t: thats it two more times
c: i think i got it
t: that was fourteen minutes on the car transfers now back inside for dressing
p: the shirt again
t: the shirt and the pants with the reacher and the sock aid sitting in the chair
p: okay
t: left arm in the sleeve first then over the head
p: i got it
t: now pants reacher to hook the waistband over the left foot first
p: it keeps falling off
t: turn the hook the other way yeah
c: at home i just do it for him
t: try to let him go first it takes longer but he needs the practice
c: okay okay
t: sock aid load the sock pull the straps
p: done
t: that was twelve minutes of the dressing the car work and the dressing were separate so dressing gets a fifty nine
c: okay
t: homework car transfers with you guarding every time you go out
c: we go to church sunday
t: perfect practice sunday
c: my mom fell getting out of the car last year and broke her hip
t: im sorry thats why were practicing see you thursday
""",
    [
        "stand pivot",
        "reach back for the seat",
        "swing the legs in",
        "14 minutes|fourteen minutes",
        "reacher",
        "sock aid",
        "12 minutes|twelve minutes",
        "left arm in the sleeve first",
        "seat all the way back",
    ],
    ["pain in the left arm", "dizziness", "falls"],
    ["broke her hip"],
    has59=True,
)

S(
    "ao_ot10_ra_flare_resting_hand",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97760": 20, "97110": 9},
    [],
    "97760x1:GO,KX 97110x1:GO,KX",
    """
T: Hi Ms. Whitfield. Your rheumatologist called about the flare. How are the hands?
P: The right hand is swollen, the knuckles. It's a seven this morning.
T: And the left?
P: The left is behaving. A two.
T: When did it start?
P: Last Thursday. The prednisone started Monday.
T: Any fever or feeling sick?
P: No fever.
T: Any numbness in the fingers?
P: No.
T: Okay. One billing note. You had OT for your left wrist in February, so with this you're past the OT threshold for the year. The splinting is medically necessary for the flare, so the KX modifier goes on.
P: That's fine.
T: Let me look. Swelling at the second and third knuckles on the right, warm. The fingers are drifting toward the pinky a little.
P: That's new.
T: It's the ulnar drift we've talked about. So today I'm making you a resting hand splint to wear at night, holding the wrist and fingers in a safe position.
P: Okay.
T: I'm tracing your hand on the paper for the pattern.
P: Tickles.
T: Now the thermoplastic goes in the hot water. While it softens, rest your forearm on the towel.
P: How long does it take?
T: A couple of minutes. Okay, it's soft. I'm going to mold it on your forearm and hand. Let your fingers relax.
P: It's warm.
T: Wrist in slight extension, knuckles slightly bent, fingers straight and supported against drifting. Hold still.
P: Holding.
T: It's setting. Now the straps: wrist, forearm, and across the fingers.
P: That feels secure.
T: I'm rounding the edge at the thumb, it was pressing. Any pressure now?
P: No, it's comfortable.
T: Wear it at night and for rests during the day. Check your skin every morning for red spots.
T: That was twenty minutes for the splint, making it and fitting it.
P: That's a nice splint.
T: Now gentle range of motion, no resistance during the flare. Tendon glides, five each. Wrist bends, five.
P: Stiff.
T: Within comfort. Then thumb circles and finger lifts on the table.
P: Okay.
T: Nine minutes of exercise. Gentle, twice a day at home.
P: No putty?
T: No putty until the flare calms down.
P: My sister has lupus, she says this is worse than hers.
T: I hope she's doing okay. See you in a week to check the splint.
P: Thank you.
""",
    [
        "right hand",
        "7/10|a seven",
        "prednisone",
        "second and third knuckles",
        "ulnar drift",
        "resting hand splint",
        "thermoplastic",
        "straps",
        "20 minutes|twenty minutes",
        "tendon glides",
        "9 minutes|nine minutes",
        "No putty",
        "past the OT threshold",
    ],
    ["fever", "numbness in the fingers"],
    ["My sister has lupus"],
    kx=True,
)

S(
    "ao_ot11_macular_degeneration_kitchen",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 17, "97110": 9},
    [],
    "97535x1:GO,CO 97110x1:GO,CO",
    """
t: hi missus castellano its lena the o t a
p: oh lena i know your voice good
t: hows the week been with the eyes
p: the same the middle is blurry i see around the edges
t: any new changes in vision flashes or lines going wavy
p: no nothing new the eye doctor saw me monday
t: good any falls
p: no falls no
t: okay today the kitchen like we planned making tea and a sandwich
p: i burned myself on the kettle last month
t: thats why were doing it lets find the kettle first use your hands and the edges of the counter
p: here
t: good now the bump dots we put on the stove knob the orange one is the off position
p: i feel it
t: fill the kettle with the liquid level indicator on the cup it beeps when its full
p: oh it beeped
t: turn the stove on find the orange dot then turn past it
p: got it
t: stay with it dont walk away while its on
t: now pour from the kettle into the mug in the sink keep your finger on the edge
p: slow
t: slow and steady perfect now the sandwich bread on the black cutting board so you can see it
p: the white bread shows up
t: contrast helps spread the peanut butter with the wide knife
p: messy but good
t: thats fine it counts that was seventeen minutes in the kitchen
p: i want my tea
t: drink it sitting down then some hand and arm strength
p: okay
t: squeeze the ball ten times each hand then the arm raises with the one pound weights
p: easy
t: and the band pulls for the shoulders ten
p: done
t: nine minutes of exercises there
p: good
t: practice with the kettle at home only when your son is there until next week
p: he comes tuesdays
t: perfect and well bring the talking timer next time
p: my friend from church has the same eyes and she had the shots and went blind anyway
t: oh im sorry to hear that see you thursday
p: bye lena
""",
    [
        "blurry",
        "kettle",
        "bump dots",
        "orange",
        "liquid level indicator",
        "pour",
        "black cutting board",
        "contrast",
        "17 minutes|seventeen minutes",
        "9 minutes|nine minutes",
        "1 pound weights|one pound weights",
        "talking timer",
    ],
    ["flashes", "falls"],
    ["went blind anyway"],
)

S(
    "ao_ot12_paraplegia_gravel_strip",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97542": 22, "97535": 8},
    [],
    "97542x1:GO 97535x1:GO",
    """
T: Hi Andre. Progress report today, so we'll check your goals and then work in the chair.
P: Let's do it. I've been practicing wheelies in the driveway.
T: With a spotter?
P: My brother holds the strap. Don't worry.
T: Good. Skin check first. Any red areas on your sacrum or sitting bones?
P: No. I check with the mirror every night.
T: Any new pain in the shoulders?
P: No, shoulders are good.
T: Any spasms keeping you up?
P: No, the baclofen change helped.
T: Okay. Transfers: you did the slide board at the start, now level transfers with no board. Show me to the mat.
P: Easy.
T: Independent, no board, good hand placement. That goal is met. Now the chair skills. Wheelie balance, I'm spotting with the strap.
P: Up.
T: Holding it, twenty seconds, thirty, forty-five seconds. At the last report you held five seconds.
P: I've been working.
T: Now the four-inch curb, up in a wheelie.
P: Got it.
T: Down the curb backwards, lean forward.
P: Down.
T: Clean. Now the ramp outside the gym, and the gravel strip.
P: Gravel is a workout.
T: Short strokes, weight back. Good. Now a pressure relief lean, side to side.
P: One, two.
T: Every thirty minutes, like we said. And I want to raise your backrest one notch, you're sliding forward.
P: Okay.
T: Better posture already. That was twenty-two minutes on wheelchair skills and the seating change.
P: What's next?
T: Lower body dressing in bed. You did it with help at the last report.
P: I do it alone now, just slow.
T: Show me on the mat. Pants over the feet, roll side to side.
P: There.
T: Six minutes today, and you started at twenty. That was eight minutes of dressing practice with the leg lifter.
P: Faster than my sister getting ready.
T: Goals: level transfers met, wheelie on a four-inch curb met, dressing under ten minutes met. New goals: car transfer with the chair loaded by yourself, and floor to chair.
P: Floor to chair is the big one.
T: Plan is twice a week for six more weeks.
P: My buddy from rehab got a pressure sore and was in bed for three months.
T: That's why you check every night. See you Thursday.
P: See you.
""",
    [
        "wheelies|wheelie",
        "sacrum",
        "level transfers",
        "no board",
        "45 seconds|forty-five seconds",
        "5 seconds|five seconds",
        "four-inch curb|4-inch curb",
        "gravel",
        "backrest",
        "22 minutes|twenty-two minutes",
        "6 minutes|six minutes",
        "8 minutes|eight minutes",
        "floor to chair",
        "twice a week for six more weeks|2x/week for 6 weeks",
    ],
    ["red areas", "new pain in the shoulders", "spasms"],
    ["pressure sore and was in bed"],
)

S(
    "ao_ot13_reverse_shoulder_new_plan",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 10},
    ["97168"],
    "97168x1:GO 97535x1:GO",
    """
t: hi mister lindqvist good to see you again so were re evaluating today because of the shoulder replacement
p: yeah the reverse one they put in three weeks ago
t: right the reverse total shoulder on the right so all the rotator cuff strengthening we were doing before thats done the plan is new
p: the surgeon said no reaching behind my back
t: yes the precautions no reaching behind the back no pushing up out of a chair with that arm no lifting more than a coffee cup sling for four weeks
p: the sling drives me crazy
t: i know it does are you taking it off for anything
p: just the shower like they said
t: good thats right and do the elbow wrist and hand out of it
p: i do the ball squeezes
t: perfect how is the pain
p: a four with the ice a six without
t: any fever redness or drainage from the incision
p: no the incision looks good
t: any numbness in the hand
p: no
t: okay the passive range i move you relax forward flexion is ninety degrees external rotation is twenty degrees thats within the protocol
p: okay
t: elbow wrist and hand are full so the big issues are dressing bathing and sleeping
p: the shirt is the worst
t: lets do that one arm in the sleeve first the operated arm while it hangs
p: like this
t: yes let the arm hang dont lift it now the other side over the shoulder
p: oh that works
t: button up shirts for now no pullovers
p: okay
t: showering the sling comes off the arm stays by your side use the long handled sponge for the left armpit
p: my wife has been washing me
t: shes welcome to help but lets get you independent
p: yeah
t: sleeping in the recliner with a pillow under the elbow
p: thats what im doing
t: that was ten minutes on dressing and bathing training
p: okay
t: new goals dress your upper body independently within the precautions and shower independently with the long sponge
p: sounds good
t: once a week for eight weeks then we add active motion after the six week check
p: my neighbor had the regular one and golfs now
t: everyones different lets follow your surgeons protocol see you next week
p: thanks
""",
    [
        "reverse total shoulder",
        "no reaching behind the back",
        "coffee cup",
        "sling for four weeks|sling 4 weeks",
        "4/10|a four",
        "6/10|a six",
        "90 degrees|ninety degrees",
        "20 degrees|twenty degrees",
        "operated arm",
        "button up shirts",
        "long handled sponge",
        "recliner",
        "10 minutes|ten minutes",
        "once a week for eight weeks|1x/week for 8 weeks",
    ],
    ["fever redness or drainage", "numbness in the hand"],
    ["golfs now"],
)

S(
    "ao_ot14_hip_precautions_goodbye",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97535": 14, "97530": 10},
    [],
    "97535x1:GO,59 97530x1:GO",
    """
T: Mrs. Nakamura, last visit. How do you feel?
P: Ready. I dressed myself every day this week.
T: Any hip pain?
P: A one. Sometimes a two at night.
T: Any swelling in the leg or calf pain?
P: No.
T: Any dislocation scares, any popping?
P: No, nothing like that.
T: Good. Let's do a last check of the morning routine. Show me the socks with the sock aid.
P: Sock on the aid, drop it, pull.
T: Pants with the reacher, operated leg first.
P: Right leg first.
T: Shoes with the long shoe horn, elastic laces.
P: Done.
T: Perfect, no bending past ninety. Now the shower: the tub bench and the handheld shower.
P: I sit, swing one leg, then the other.
T: And the long sponge for the feet.
P: Yes.
T: That was fourteen minutes of self-care, all independent with the equipment.
P: I'm proud of that.
T: You should be. Now a separate piece: the kitchen and laundry standing tasks.
P: Okay.
T: Carry the laundry basket on the walker tray... wait, you're off the walker now. On the cane, then.
P: I use a bag on my shoulder.
T: Good. Load the washer from standing, use the reacher for the bottom.
P: Reacher.
T: Now unload the dishwasher, top rack only, the bottom with the reacher.
P: Easy.
T: Ten minutes on the standing tasks. The self-care and the standing work were separate blocks, so the self-care gets a 59 modifier.
P: If you say so.
T: Goals: lower body dressing independent, met. Tub transfer independent with the bench, met. Laundry independent, met. You're discharged from OT.
P: What about the precautions?
T: Until the surgeon's twelve-week visit: no bending past ninety, no crossing the legs, no twisting on the leg.
P: Got it.
T: Keep the equipment, and the raised toilet seat stays until the surgeon clears you.
P: My daughter wants to take the seat back to her house.
T: Tell her in a month. Any questions?
P: No, I think I'm good. My husband's going in for his knee next month, actually.
T: Then the equipment will get good use. Take care, Mrs. Nakamura.
P: Thank you for everything.
T: You're welcome.
""",
    [
        "1/10|a one",
        "sock aid",
        "reacher",
        "long shoe horn",
        "elastic laces",
        "tub bench",
        "14 minutes|fourteen minutes",
        "cane",
        "10 minutes|ten minutes",
        "discharged",
        "no bending past ninety|no bending past 90",
        "raised toilet seat",
        "no crossing the legs",
    ],
    ["swelling in the leg", "calf pain", "popping"],
    ["going in for his knee"],
    has59=True,
)

# --------------------------------------------------------------------------------------------- SLP, test

S(
    "ao_slp08_retired_engineer_word_finding",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hello Mr. Brandt, I'm Maya, the speech-language pathologist. And you're his daughter?
C: Yes, Ingrid. I drove him in.
T: Thanks for coming. Mr. Brandt, what have you noticed?
P: The words. I know what I want, the... the thing, the word doesn't come.
C: It's been getting worse over two years. The neurologist said primary progressive aphasia, the logopenic type.
T: I have the neurology note. Any trouble swallowing, coughing on drinks?
P: No. I eat fine.
T: Any trouble with memory for events, getting lost, paying bills?
C: No, he still does all the bills. It's really only the words.
P: I am not lost. I was an engineer. Forty years at the plant.
T: Any change in your hearing?
P: No, the hearing is okay.
T: Good. I'll start with the Western Aphasia Battery. Tell me about the picture.
P: There is a... a boy, he is on the... the ladder, no, the stool. And the... the cookies. The mother is... the water is going over.
T: Lots of pauses to find words, but the sentences are mostly complete. Now repeat after me: the pastry cook was elated.
P: The pastry... cook... was... I lost it.
T: Repetition of long sentences is hard. That fits the logopenic type. Now point to the window.
P: There.
T: Comprehension is good. Now naming. What's this?
P: A... you cut with it... scissors.
T: And this one?
P: The... for the nails. Hammer.
T: Boston Naming Test, he scored forty-one out of sixty, with phonemic cues helping on six more.
P: Forty-one. Not so good.
T: Your aphasia quotient on the Western Aphasia Battery is seventy-eight point four, mild to moderate.
C: So what can we do?
T: We work on word retrieval strategies, describing the word when it won't come, and we build a communication book with the names and terms he uses most. And we plan ahead, since this can progress.
P: The names of my grandchildren. I want those.
T: That's the first page. Reading aloud?
P: Reading is fine.
T: Do you still read the paper?
P: Every morning. The crossword is harder now.
T: Let's hear it. Read this paragraph.
P: The bridge was designed to carry four lanes of traffic...
T: Fluent reading, one self-correction. Writing his name and a sentence, intact.
T: Diagnosis: mild to moderate aphasia, consistent with logopenic primary progressive aphasia. Goals: use a word-finding strategy in conversation on eight out of ten stalls, and use the communication book to name family members.
C: How often?
T: Twice a week for eight weeks, then we'll see.
P: Good. My brother had Alzheimer's, I don't want that.
T: I understand. Your testing today shows language, not memory, as the main problem. See you Tuesday.
C: Thank you.
P: Thank you.
""",
    [
        "primary progressive aphasia",
        "logopenic",
        "Western Aphasia Battery|WAB",
        "repetition of long sentences",
        "comprehension is good",
        "Boston Naming Test",
        "41 out of 60|forty-one out of sixty",
        "78.4|seventy-eight point four",
        "mild to moderate",
        "communication book",
        "8 out of 10|eight out of ten",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["trouble swallowing", "getting lost", "change in your hearing"],
    ["My brother had Alzheimer's"],
)

S(
    "ao_slp09_kindergarten_lisp_practice",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Zoe! Hi, Dad. I'm Mr. Jay, the SLPA. Remember me?
P: Yes. You have the snake game.
C: She came straight from her lunch bunch group at school. She's a little wound up.
T: That's okay. That group is the school counselor's thing, right? Here it's just you and me.
C: Right, separate.
T: Zoe, any sore throat or stuffy nose today?
P: No.
T: Ready to play?
P: Ready!
T: Great. Let's warm up. Make the snake sound with your teeth together. Sssss.
P: Sssss.
T: Tongue behind your teeth, not sticking out. Look in the mirror.
P: Sssss.
T: That one was perfect. Now words. Sun.
P: Sun.
T: Good. Sock.
P: Thock.
T: Tongue inside. Try again.
P: Sock.
T: Nice. Soup, seal, sand, six.
P: Soup, seal, sand, six.
T: All four. Now at the end: bus.
P: Buth... bus.
T: Self-corrected! Great listening.
C: She does that at home now too.
T: Okay, the snake game. Every time you land on a square, say the word.
P: Horse. Mouse. Grass.
T: Horse was good, mouse good, grass good. Your turn to roll.
P: Six! Pass. Glass.
T: Words at the end of words: seventeen out of twenty correct. Words at the beginning: nineteen out of twenty.
C: Better than last week?
T: Yes, last week beginning words were fifteen out of twenty. I'll leave the numbers for her SLP.
P: Can we do sentences?
T: Let's try. I see a snake in the sun.
P: I see a snake in the sun.
T: Perfect. Sentences were six out of ten today, that's the new step.
C: Her cousin still lisps and he's nine.
T: Every kid is different. Zoe, home practice: five s words at dinner.
P: Soup!
T: Soup is one. High five. See you Wednesday.
P: Bye!
""",
    [
        "tongue behind your teeth",
        "self-corrected",
        "17 out of 20|seventeen out of twenty",
        "19 out of 20|nineteen out of twenty",
        "15 out of 20|fifteen out of twenty",
        "6 out of 10|six out of ten",
        "sentences",
        "mirror",
        "snake game",
    ],
    ["sore throat", "stuffy nose"],
    ["cousin still lisps"],
)

S(
    "ao_slp10_parkinsons_tigers_game",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
t: morning walt can you hear me
p: yes i hear you fine
t: is the phone with the sound meter app on the stand thirty centimeters from your mouth
p: marge measured it with the ruler
c: thirty on the nose
t: perfect any sore throat or hoarseness after yesterday
p: no no sore throat
t: any coughing when you eat
p: no
t: quick billing note youre past the yearly threshold for p t and speech combined because of the physical therapy in the spring your speech therapy is still medically necessary so the k x modifier goes on
c: okay we figured
t: long ah loud and strong go
p: ahhhhhh
t: what does the app say
c: eighty four
t: eighty four decibels and how many seconds marge
c: twelve seconds
t: again
p: ahhhhhh
c: eighty six and thirteen seconds
t: good one more
p: ahhhhh
t: walt walt you froze
c: hello are you there
t: im back you dropped for a second lets redo that last one
p: ahhhhhh
c: eighty seven fifteen seconds
t: best one yet now high pitch
p: ahhh up
t: and low
p: ahhh down
t: functional phrases read the card loud
p: marge wheres the remote
c: seventy five
t: next
p: i want pancakes
c: seventy seven
t: those are in your target range now read the story about the garden
p: the tomatoes came in early this year and the squirrels took half of them
c: seventy two seventy three
t: reading about seventy two to seventy three decibels good now tell me about the game last night
p: it was a good game the tigers won in the ninth
c: sixty nine
t: think loud walt tell me again
p: the tigers won
c: seventy four
t: theres the voice homework the usual set every day and call your sister on the phone with the loud voice
p: my sister is deaf as a post anyway
c: his sister has hearing aids
t: then shell appreciate it see you tomorrow same time
p: bye
""",
    [
        "sound meter app",
        "30 centimeters|thirty centimeters",
        "84 decibels|eighty four decibels",
        "12 seconds|twelve seconds",
        "87|eighty seven",
        "15 seconds|fifteen seconds",
        "functional phrases",
        "72|seventy two",
        "69|sixty nine",
        "74|seventy four",
        "think loud",
        "past the yearly threshold",
    ],
    ["sore throat", "coughing when you eat"],
    ["his sister has hearing aids"],
    kx=True,
)

S(
    "ao_slp11_oral_cancer_tongue_bulb",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Ray. Progress report today. We'll measure the tongue pressure and do a meal trial.
P: Okay. I've been doing the bulb every day.
T: Any coughing or choking at meals this week?
P: No. Once with rice, a little throat clear, that's it.
T: Any fevers or chest colds?
P: No.
T: Any pain in the mouth when you swallow?
P: No pain, just dry.
T: Weight this week?
P: One seventy-one. Up two pounds.
T: Good. Tongue pressure first. Bulb on the tongue, press up against the roof as hard as you can.
P: Mm.
T: Thirty-nine kilopascals. Again.
P: Mm.
T: Forty-one. Again.
P: Mm.
T: Forty. Best is forty-one. At the start of therapy, after the partial glossectomy, you were twenty-eight.
P: That's good?
T: That's real progress. Now the endurance hold at half of that, as long as you can.
P: Mm...
T: Twenty-two seconds. Was ten.
T: Now lunch. You brought the chicken and rice?
P: And the coffee.
T: Chicken first, small bite, chew on the left side.
P: Okay.
T: Two swallows per bite, and the liquid wash after. Any residue?
P: A little stuck on the right side of my mouth.
T: Use the tongue sweep, or your finger if you need to.
P: Got it.
T: Rice now. Moisten it with the sauce.
P: Better with sauce.
T: Thin coffee, sips from the cup.
P: Fine.
T: No coughing, clear voice. Goals: tongue pressure to forty kilopascals: met. Eat a soft and bite-sized meal in under forty minutes: met today at thirty-one minutes. New goal: regular solids, like a sandwich, without residue.
P: A sandwich. I miss sandwiches.
T: Diet stays soft and bite-sized, level six, thin liquids, level zero. Once a week for four more weeks.
P: Okay.
T: Keep the bulb exercises, three sets a day, and the mouth moisturizer.
P: My buddy from radiation had to get a feeding tube.
T: I'm sorry to hear it. You're doing the work. See you next week.
P: Thanks.
""",
    [
        "tongue pressure",
        "41|forty-one",
        "kilopascals|kPa",
        "28|twenty-eight",
        "partial glossectomy",
        "22 seconds|twenty-two seconds",
        "chew on the left side",
        "residue",
        "tongue sweep",
        "31 minutes|thirty-one minutes",
        "level six|level 6",
        "level zero|level 0",
        "once a week for four more weeks|1x/week for 4 weeks",
        "171|one seventy-one",
    ],
    ["fevers or chest colds", "pain in the mouth"],
    ["had to get a feeding tube"],
)

S(
    "ao_slp12_cantor_polyp_removed",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hi Miriam. This is a re-evaluation, since the surgery changed the picture. When was it?
P: Two weeks ago Tuesday. Dr. Shah took off the polyp on the right vocal fold.
T: I have the report. A hemorrhagic polyp, right fold, removed with microsurgery. Voice rest for one week, then cleared to start therapy.
P: I was silent for a whole week. My kids loved it.
T: I bet. How does your voice feel now?
P: Clearer. Still tired after an hour.
T: Any pain when you talk or swallow?
P: No pain.
T: How much are you talking in a day now?
P: Normal, I guess. I've been careful not to sing.
T: Good. Did you sing at all this week?
P: Humming in the car. Is that bad?
T: Gentle humming is fine.
T: Any coughing up blood, or any hoarseness getting worse?
P: No, neither.
T: Any heartburn or reflux symptoms?
P: No. I'm taking the pill they gave me.
T: Good. Before surgery our plan was voice hygiene only, waiting for surgery. Now we build the voice back. Let's measure. Sustained "ah", comfortable pitch.
P: Aaaaah.
T: Maximum phonation time eighteen seconds. Before surgery it was nine.
P: Double.
T: Now the s and z. Ssssss.
P: Sssssss.
T: Twenty seconds. Zzzz.
P: Zzzzzzzz.
T: Nineteen seconds. The s/z ratio is about one point oh five, normal.
T: Pitch glide, from your lowest to highest.
P: Ahhhhh.
T: Good range, no breaks. The voice quality is slightly breathy at the top. Now the VHI you filled in: twenty-two. Before surgery it was sixty-one.
P: That's a big change.
T: It is. Now singing, since you're the cantor. Give me the first line of the opening hymn, half volume.
P: Morning has broken...
T: Clear, slight strain at the high note. Plan changes: resonant voice therapy, vocal function exercises, and a graded return to singing. No full services until I clear you.
P: How long?
T: Six to eight weeks. We'll start with ten minutes of singing a day, then build.
P: The high holidays are in nine weeks.
T: That's our target. Goals: sing a full service without fatigue, and VHI under fifteen.
P: And teaching? I teach Hebrew school on Sundays.
T: Use the amplifier we talked about, and keep your water bottle.
P: My mother had the same polyp and it came back.
T: Your surgeon will keep an eye on yours. Twice a week for eight weeks. See you Thursday.
P: Thank you.
""",
    [
        "right vocal fold",
        "hemorrhagic polyp",
        "voice rest",
        "18 seconds|eighteen seconds",
        "9 seconds|it was nine",
        "20 seconds|twenty seconds",
        "19 seconds|nineteen seconds",
        "s/z ratio",
        "1.05|one point oh five",
        "the VHI you filled in",
        "22|twenty-two",
        "61|sixty-one",
        "resonant voice therapy",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["pain when you talk", "coughing up blood", "heartburn"],
    ["it came back"],
)

S(
    "ao_slp13_subdural_bookkeeper",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 23},
    [],
    "97129x1:GN 97130x2:GN",
    """
t: hi gloria last session today how are you feeling about it
p: good nervous about the test but good
t: any headaches this week
p: no headaches
t: any dizziness or falls
p: no no dizzy no falls
t: any trouble sleeping
p: no im sleeping fine
t: okay first the re test the cognitive linguistic quick test same as the start the c l q t
p: okay
t: the composite severity rating today is within normal limits at the start it was mild
p: really
t: really attention memory executive function language all in the normal range visuospatial was borderline normal
p: the clock drawing always gets me
t: yeah that was the one now the real world stuff you brought the invoices from the shop
p: yes the real ones with the names blacked out
t: lets reconcile them against the bank statement find anything that doesnt match
p: okay this one matches this one matches this one is charged twice
t: good catch
p: and this one is eighteen dollars off
t: check it again
p: oh no its right i misread the seven as a one
t: so two real errors found and one you caught yourself nice
p: that used to take me all day
t: now the planning part you need to schedule your return to work first week half days
p: monday half day tuesday half day wednesday off thursday half day friday half day
t: good you built in a rest day
p: the doctor said i could go back on the fifteenth
t: goals managing the shop accounts met returning to work on a graded schedule met recall of appointments using the calendar app met
p: all met
t: all met so youre discharged from speech today the cognitive work today was thirty eight minutes
p: i feel ready
t: keep using the calendar and the checklist at work for at least a month
p: i will
t: if you notice more trouble call us or your neurosurgeon
p: my husband thinks hes the one with memory problems now
t: ha tell him to see his own doctor
p: he wont
t: take care gloria
p: thank you for everything
t: youre welcome
""",
    [
        "cognitive linguistic quick test|CLQT|c l q t",
        "within normal limits",
        "mild",
        "visuospatial",
        "borderline",
        "invoices",
        "bank statement",
        "charged twice",
        "2 real errors|two real errors",
        "graded schedule",
        "rest day",
        "38 minutes|thirty eight minutes",
        "discharged",
    ],
    ["headaches", "dizziness", "trouble sleeping"],
    ["hes the one with memory problems"],
    cog=38,
)

S(
    "ao_slp14_broca_spanish_tablet_voice",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Buenos días, señor Ramírez. I'm going to use the translation app on the tablet for the instructions, and you answer how you can.
C: Good morning, Mr. Ramírez. I am going to use the translation application for the instructions.
P: Sí... sí. Bueno.
T: Is his wife coming today?
P: No... trabajo. Trabaja.
C: No... work. She works.
T: Okay, just us. How are you feeling? Any headaches?
P: No. Nada.
C: No. Nothing.
T: Any trouble swallowing?
P: No.
T: Okay. Today we work on naming and short phrases. Let's start with pictures. What is this?
P: Ca... caaa... carro.
C: Ca... caaa... car.
T: Good, carro, car. He named it with a first-sound cue from me. Next.
P: Perro.
C: Dog.
T: Independent. Next.
P: Es... es... no sé.
C: It is... it is... I don't know.
T: Cuchara. Spoon. Say it with me: cu-cha-ra.
P: Cu... cha... ra. Cuchara.
T: With a model. Okay, naming was twelve out of twenty independently, and sixteen out of twenty with first-sound cues.
T: Last week was nine out of twenty independently. So three more.
P: Mejor.
C: Better.
T: Yes, better. Now phrases. Use the sentence frame: "Quiero..." I want. What do you want to drink?
P: Quiero... café.
C: I want... coffee.
T: Perfect. What do you want to eat?
P: Quiero... pan. Con... con...
C: I want... bread. With... with...
T: Mantequilla? Butter?
P: ¡Sí! Mantequilla.
C: Yes! Butter.
T: Phrases with the frame were seven out of ten. Now a melodic one: sing "cumpleaños feliz" with me.
P: Cumpleaños feliz... te deseamos a ti...
T: Beautiful. Singing gets him whole phrases. For home, practice the "quiero" phrases at breakfast with his wife.
C: For home, practice the phrases with "I want" at breakfast with your wife.
P: Sí. Mi... mi hermano... también... el corazón.
C: Yes. My... my brother... also... the heart.
T: His brother has heart problems, I'm sorry to hear. We'll see you Thursday.
C: We will see you Thursday.
P: Gracias.
""",
    [
        "translation app",
        "carro",
        "first-sound cue|first-sound cues",
        "perro",
        "cuchara",
        "12 out of 20|twelve out of twenty",
        "16 out of 20|sixteen out of twenty",
        "9 out of 20|nine out of twenty",
        "quiero",
        "7 out of 10|seven out of ten",
        "cumpleaños feliz",
        "sentence frame",
    ],
    ["headaches", "trouble swallowing"],
    ["brother has heart problems"],
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
    "privacy paused outage power blurry symptom early cq screen lights "
    "oxygen o2 ride van transport outdoors outside curb curbs stairs teen athlete nurse texture textures heat "
    "adjust adjusted interpreter translate translated translating retract retracted taken back inject injected range ranges spouse "
    "cue cues cueing conditioning work teacher app translator restated interleaved total totals refusal mri "
    "cataract cataracts orthosis insert inserts db decibel decibels myotomy".split()
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


def clock_said(a):
    """'2:10' -> '2:10'; 'ten past two=2:10' -> 'ten past two' (what the clinic must say)."""
    return a.split("=")[0]


def clock_minutes(a, b):
    """'2:10', '2:35' -> 25 (same hour on a twelve-hour clock face); spoken forms use the reading after '='."""
    ha, ma = map(int, a.split("=")[-1].split(":"))
    hb, mb = map(int, b.split("=")[-1].split(":"))
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
    r"\b(no|nope|nah|not|never|none|nothing|denies|without|negative|neither|nor|nobody|nowhere|don't|dont|didn't|didnt|wouldn't|wouldnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|won't|wont|can't|cant|aren't|arent)\b",
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
    rng = random.Random(int(hashlib.sha256(("blind38/" + s["id"]).encode()).hexdigest()[:12], 16))
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

    m = re.fullmatch(r"ao_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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

    if not 40 <= len(segs) <= 60:
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
        sa, sb = clock_said(a), clock_said(b)
        if not (sa in ctext and sb in ctext and ctext.index(sa) < ctext.rindex(sb)):
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
    if s["total"] is not None:
        if s["total"] != sum(s["timed"].values()):
            bad(f"total said {s['total']} is not the sum of the timed minutes {sum(s['timed'].values())}")
        if not says(s["total"], " ".join(clinic[-12:])):
            bad(f"total {s['total']} not said by the clinic near the end")
    said_by_others = " ".join(g["text"] for g in segs if g["speaker"] != "therapist").lower()
    for c in s["refused"]:
        if c in s["timed"] or c in s["untimed"]:
            bad(f"refused {c} is keyed")
        if not re.search(
            r"\b(no thanks|rather not|don't want|dont want|not today|pass on|skip)\b", said_by_others
        ):
            bad("a refusal is flagged but the patient says no refusal")
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
    for t in s["taken"]:
        if t.lower() not in whole:
            bad(f"taken-back statement {t!r} not said")
        if not any(t.lower() in a.lower() or a.lower() in t.lower() for a in s["absent"]):
            bad(f"taken-back statement {t!r} not kept in absent")
    if s["inject"]:
        others = " ".join(g["text"] for g in segs if g["speaker"] != "therapist").lower()
        if s["inject"].lower() not in others:
            bad("injected line not said by someone other than the clinic")
        if not any(a.lower() in s["inject"].lower() for a in s["absent"]):
            bad("injected line's words not kept in absent")
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
# Checks on the written files (read back from disk, independent of the session table)
# =============================================================================================

DOC_KEYS = {"id", "discipline", "note_type", "role", "rule", "transcript", "expected"}
EXP_KEYS = {"codes", "modifiers", "minutes", "facts", "negated", "absent"}


def doc_recogniser(doc):
    segs = doc["transcript"]["segments"]
    body = " ".join(g["text"] for g in segs)
    return bool(segs) and not re.search(r"[A-Z0-9.,?!;:'\"/%()&+\-]", body)


def verify_doc(doc, name):
    out = []
    sid = doc.get("id", "?") if isinstance(doc, dict) else "?"

    def bad(msg):
        out.append(f"file {name}: {msg}")

    if not isinstance(doc, dict) or set(doc) != DOC_KEYS:
        bad("top-level fields")
        return out
    exp = doc["expected"]
    if not isinstance(exp, dict) or set(exp) != EXP_KEYS:
        bad("expected fields")
        return out
    if name != sid + ".json" or not re.fullmatch(r"ao_(pt|ot|slp)\d\d_[a-z_]+", sid):
        bad("id and file name")
    if sid.split("_")[1].rstrip("0123456789").upper() != doc["discipline"]:
        bad("id prefix and discipline")
    if doc["rule"] not in ("cms", "per-code") or doc["note_type"] not in KINDS:
        bad("rule or note type")
    if doc["role"] not in (doc["discipline"], doc["discipline"] + "A"):
        bad("role")
    if doc["role"] in ASSISTANTS and doc["note_type"] != "daily":
        bad("assistant on a note other than daily")
    segs = doc["transcript"].get("segments")
    if not isinstance(segs, list) or not 40 <= len(segs) <= 60:
        bad("segments: 40-60 needed")
        return out
    for g in segs:
        if set(g) != {"start", "end", "speaker", "text"} or g["speaker"] not in SPEAKER.values():
            bad("segment fields")
            break
    timed = exp["minutes"]
    if any(c not in TIMED or not isinstance(m, int) for c, m in timed.items()):
        bad("minutes hold an untimed code or a non-integer")
        return out
    per_code = {c: unit_table(m) for c, m in timed.items()}
    tu = cms_units(timed, sid, out) if doc["rule"] == "cms" else per_code
    billed_timed = {c: n for c, n in exp["codes"].items() if c in TIMED}
    if billed_timed != {c: n for c, n in tu.items() if n}:
        bad(f"units from minutes under {doc['rule']}: {tu}, codes {billed_timed}")
    for c, n in exp["codes"].items():
        if c not in TIMED and n != 1:
            bad(f"untimed {c} x{n}")
    if set(exp["modifiers"]) != set(exp["codes"]):
        bad("modifiers and codes name different lines")
    kx = [("KX" in v) for v in exp["modifiers"].values()]
    if any(kx) and (not all(kx) or doc["rule"] != "cms"):
        bad("KX not on every line, or not under cms")
    for c, v in exp["modifiers"].items():
        want = DISC_MOD[doc["discipline"]]
        if not v or v[0] != want:
            bad(f"{c}: discipline modifier")
        if (doc["role"] in ASSIST_MOD) != (ASSIST_MOD.get(doc["role"], "-") in v):
            bad(f"{c}: assistant modifier")
        pair = (c == "97530" and "97140" in exp["codes"]) or (c == "97535" and "97530" in exp["codes"])
        if pair != ("59" in v):
            bad(f"{c}: 59 does not follow the billed pair")
    whole = " ".join(g["text"] for g in segs).lower()
    for a in exp["absent"]:
        if a.lower() not in whole:
            bad(f"absent {a!r} not in the transcript")
    return out


def verify_half(docs, h):
    from collections import Counter

    out = []
    got = Counter(d["discipline"] for d in docs)
    if got != Counter({"PT": 8, "OT": 7, "SLP": 7}):
        out.append(f"{h}: discipline counts {dict(got)}")
    for d in ("PT", "OT", "SLP"):
        ds = [x for x in docs if x["discipline"] == d]
        if {x["note_type"] for x in ds} != set(KINDS):
            out.append(f"{h} {d}: a note type is missing")
        if {x["rule"] for x in ds} != {"cms", "per-code"}:
            out.append(f"{h} {d}: both rules needed")
    nkx = sum(any("KX" in v for v in x["expected"]["modifiers"].values()) for x in docs)
    n59 = sum(any("59" in v for v in x["expected"]["modifiers"].values()) for x in docs)
    na = sum(x["role"] in ASSISTANTS for x in docs)
    nr = sum(doc_recogniser(x) for x in docs)
    if nkx < 2:
        out.append(f"{h}: {nkx} KX sessions (2 or more needed)")
    if n59 < 2:
        out.append(f"{h}: {n59} sessions with 59 (2 or more needed)")
    if not 4 <= na <= 6:
        out.append(f"{h}: {na} assistant sessions")
    if not 7 <= nr <= 9:
        out.append(f"{h}: {nr} recogniser sessions")
    return out


def load_half(base, h):
    docs, out = [], []
    for name in sorted(os.listdir(os.path.join(base, h))):
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(base, h, name), encoding="utf-8") as fh:
                doc = json.load(fh)
        except ValueError as e:
            out.append(f"file {h}/{name}: not valid JSON ({e})")
            continue
        docs.append((name, doc))
    return docs, out


def verify_files(base):
    out = []
    for h in ("dev", "test"):
        docs, errs = load_half(base, h)
        out += errs
        for name, doc in docs:
            out += verify_doc(doc, name)
        out += verify_half([d for _, d in docs], h)
    return out


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


def _trim(n):
    def f(s):
        s["text"] = "\n".join(lines(s)[:n])

    return f


PROBES = [
    # (session number, what is changed, mutation, message expected from check)
    ("pt02", "hand key drops 59 on 97530", _set(key="97140x1:GP,KX 97530x1:GP,KX"), "key: rules give"),
    ("pt08", "'KX' no longer said", _sub("so we put the KX modifier on.", "so we note it."), "KX needs cms"),
    (
        "pt02",
        "the running count (ten) no longer kept in absent",
        _set(absent=["cholesterol"]),
        "the first figure 10 is not kept in absent",
    ),
    (
        "pt10",
        "shelf work keyed on the figure before the break was taken off (25), hand key kept (same units under cms)",
        _set(timed={"97140": 9, "97530": 25}),
        "total said 31 is not the sum",
    ),
    (
        "pt02",
        "the closing total no longer said",
        _sub("Twenty-five minutes total timed.", "That's the total."),
        "total 25 not said",
    ),
    (
        "pt08",
        "the refused e-stim keyed as G0283",
        _set(untimed=["G0283"], key="G0283x1:GP,CQ,KX 97116x1:GP,CQ,KX 97110x1:GP,CQ,KX"),
        "refused G0283 is keyed",
    ),
    (
        "ot04",
        "the patient's refusal of the paraffin turned into consent",
        _sub("Honestly, I'd rather not.", "Sure, go ahead."),
        "the patient says no refusal",
    ),
    (
        "pt05",
        "the part after the reconnect said as ten",
        _sub("another nine minutes of exercise", "another ten minutes of exercise"),
        "97110: 9 minutes not said",
    ),
    (
        "pt05",
        "exercise keyed only up to the dropped call (8), hand key kept",
        _set(timed={"97110": 8, "97112": 10}, parts={}),
        "key: rules give",
    ),
    (
        "ot02",
        "hand key puts 59 on 97530 instead of 97535",
        _set(key="97530x1:GO,CO,59,KX 97535x1:GO,CO,KX"),
        "key: rules give",
    ),
    (
        "pt04",
        "per-code session put under cms (38 min -> 97530 x2), hand key kept",
        _set(rule="cms"),
        "key: rules give",
    ),
    (
        "slp04",
        "cognitive 34 -> 35, key kept",
        _set(cog=35, timed={"97129": 15, "97130": 20}),
        "cognitive minutes not said",
    ),
    (
        "pt09",
        "'moderate complexity' said for 97163",
        _sub("This is a high complexity evaluation.", "This is a moderate complexity evaluation."),
        "'high complexity' not said",
    ),
    ("slp09", "SLPA session put under cms", _set(rule="cms"), "SLPA under Medicare"),
    ("pt12", "PTA session given to a PT, key kept", _set(role="PT"), "key: rules give"),
    ("ot13", "re-evaluation given to an OTA", _set(role="OTA"), "assistant on a note other than daily"),
    (
        "slp10",
        "KX dropped from the key while threshold / KX still said",
        _set(kx=False, key="92507x1:GN"),
        "threshold / KX said in a session not keyed KX",
    ),
    (
        "pt15",
        "the tailbone question answered without a denial",
        _sub("p: nope not really", "p: a little sore actually"),
        "no denial in its turn or the next",
    ),
    ("ot08", "an absent entry equal to a fact", _set(absent=["lumpectomy"]), "overlaps a fact"),
    ("slp05", "cut to 39 turns", _trim(39), "39 turns"),
    (
        "pt01",
        "the app's garbled 'pain in her chest' no longer kept in absent",
        _set(absent=["daughter says she also has shoulder problems"]),
        "taken-back statement",
    ),
    ("ot10", "KX session put under per-code", _set(rule="per-code"), "KX needs cms"),
    (
        "ot14",
        "standing tasks said as eleven",
        _sub("Ten minutes on the standing tasks.", "Eleven minutes on the standing tasks."),
        "97530: 10 minutes not said",
    ),
    (
        "pt07",
        "a digit in a recogniser line",
        _sub("its twelve percent", "its 12 percent"),
        "lower-case tags without a clean recogniser text",
    ),
    (
        "ot07",
        "cognitive block split 13 + 13",
        _set(timed={"97129": 13, "97130": 13}),
        "cognitive block not split",
    ),
    (
        "pt11",
        "balance-and-exercise session: 97110 (7 min, per-code) given a unit in the hand key",
        _set(key="97112x1:GP,CQ 97110x1:GP,CQ"),
        "key: rules give",
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


# Probes on the written files: each alters a file's JSON (or a half's set of files) read back from disk
# and must be caught by verify_doc / verify_half / load_half.


def _fdoc(prefix, mutate):
    def f(docs):
        for name, doc in docs:
            if name.startswith(prefix):
                mutate(doc)
        return docs

    return f


def _fdrop(prefix):
    def f(docs):
        return [(n, d) for n, d in docs if not n.startswith(prefix)]

    return f


def _strip(mod, *prefixes):
    def f(docs):
        for name, doc in docs:
            if name.startswith(prefixes):
                for v in doc["expected"]["modifiers"].values():
                    while mod in v:
                        v.remove(mod)
        return docs

    return f


def _codes(**kw):
    return lambda d: d["expected"]["codes"].update({k[1:]: v for k, v in kw.items()})


def _move59(d):
    m = d["expected"]["modifiers"]
    m["97530"].remove("59")
    m["97140"].insert(1, "59")


def _move59_535(d):
    m = d["expected"]["modifiers"]
    m["97535"].remove("59")
    m["97530"].insert(1, "59")


def _absent_unsaid(d):
    d["expected"]["absent"].append("she was cleared to drive")


FILE_PROBES = [
    # (half, what is changed, mutation of the half's (name, doc) list, message expected)
    (
        "dev",
        "ao_pt02: 97140 billed x2 from 11 minutes",
        _fdoc("ao_pt02", _codes(c97140=2)),
        "units from minutes",
    ),
    ("test", "ao_ot14: 59 moved from 97535 to 97530", _fdoc("ao_ot14", _move59_535), "59 does not follow"),
    ("dev", "the OT evaluation file removed", _fdrop("ao_ot01"), "a note type is missing"),
    (
        "test",
        "KX stripped from pt10 and ot10 (one KX session left)",
        _strip("KX", "ao_pt10", "ao_ot10"),
        "KX sessions",
    ),
    ("dev", "CO stripped from the OTA's file ao_ot03", _strip("CO", "ao_ot03"), "assistant modifier"),
    (
        "dev",
        "ao_pt04 rule flipped to cms (38 minutes would give 97530 x2)",
        _fdoc("ao_pt04", lambda d: d.update(rule="cms")),
        "units from minutes under cms",
    ),
    (
        "test",
        "59 stripped from pt10 and ot09 (one 59 session left)",
        _strip("59", "ao_pt10", "ao_ot09"),
        "sessions with 59",
    ),
    (
        "dev",
        "ao_slp02 made an SLPA progress report",
        _fdoc("ao_slp02", lambda d: d.update(note_type="progress")),
        "assistant on a note other than daily",
    ),
    (
        "test",
        "ao_slp12: an absent entry that was never said",
        _fdoc("ao_slp12", _absent_unsaid),
        "not in the transcript",
    ),
]


def run_file_probes(base):
    import copy
    import tempfile

    ok = 0
    for h, what, mutate, expect in FILE_PROBES:
        docs, errs = load_half(base, h)
        docs = mutate(copy.deepcopy(docs))
        found = list(errs)
        for name, doc in docs:
            found += verify_doc(doc, name)
        found += verify_half([d for _, d in docs], h)
        caught = [p for p in found if expect in p]
        ok += bool(caught)
        print(
            f"{'caught' if caught else 'MISSED'}  file probe {h}: {what} -> {caught[0] if caught else found}"
        )
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "dev"))
        name = sorted(n for n in os.listdir(os.path.join(base, "dev")) if n.endswith(".json"))[0]
        with open(os.path.join(base, "dev", name), encoding="utf-8") as fh:
            text = fh.read()
        with open(os.path.join(tmp, "dev", name), "w", encoding="utf-8") as fh:
            fh.write(text[: len(text) // 2])
        _, errs = load_half(tmp, "dev")
        caught = [p for p in errs if "not valid JSON" in p]
        ok += bool(caught)
        print(
            f"{'caught' if caught else 'MISSED'}  file probe dev: {name} cut in half -> {caught[0] if caught else errs}"
        )
    n = len(FILE_PROBES) + 1
    print(f"file probes: {ok} of {n} caught")
    return ok == n


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
    base = os.environ.get("BLIND38_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("ao_") and name.endswith(".json"):
                os.remove(os.path.join(base, h, name))
    for s, doc in docs:
        with open(os.path.join(base, s["split"], s["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(f"OK: wrote {len(docs)} sessions")
    again = verify_files(base)
    if again:
        print("PROBLEMS in the written files:", file=sys.stderr)
        for p in again:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print("OK: written files verified (JSON, fields, counts per half, note types, rules, KX / 59, units)")
    if "--probes" in sys.argv and not run_file_probes(base):
        sys.exit(1)
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
