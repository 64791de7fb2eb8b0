#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-fifth set (ids ab_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working from a
brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind24 and blind23 and the rules /
checks part of make_blind24.py (read, not copied: the rules, helpers and checks at the end of this file
are this author's own).  Running it:

  1. recomputes every answer key from the minutes written into each session (8-minute rule or per-code,
     97129/97130 split, GP/GO/GN, CQ/CO, 59, KX) and compares it with the hand-written key; checks
     timestamps, turns (30-60), durations (120-900 s), clock times (start / stop said aloud must give
     the keyed minutes), facts / negated / absent against the transcript and the mix of the halves;
     exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines: "T: ..." (whoever speaks for the clinic: the note's author, an assistant, a co-treating
clinician of the other discipline), "P: ..." (patient), "C: ..." (caregiver, family member or
interpreter).  Lower-case tags ("t:", "p:", "c:") mark a speech-recogniser transcript.  Hand key:
"97110x2:GP,CQ 97112x1:GP,CQ".  `clock` maps a timed code (or "cog" for the cognitive block) to the start
and stop times said in words; `parts` maps a code said only in pieces to the pieces.
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
    kx=False,
    parts=None,
    clock=None,
    has59=False,
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
            "kx": kx,
            "parts": dict(parts or {}),
            "clock": dict(clock or {}),
            "has59": has59,
        }
    )


# =============================================================================================
# dev: PT
# =============================================================================================

S(
    "ab_pt01_mushroom_farm_back",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Good morning, I'm Dana, the physical therapist. Marisol is our interpreter today, so I'll speak to you and she'll put it in Spanish.
C: She says good morning, and thank you for having someone who speaks Spanish.
T: What brings you in? Tell me in your own words.
C: She says she was picking mushrooms on the low beds, bending all day, and on the third of the month her back locked up when she stood.
T: Where is the pain now? Can you point to it?
C: She says it is low on the right side, just above the belt, and it feels like a tight rope pulling.
P: Aqui, aqui.
T: Okay, she's pointing to the right lumbar area. On zero to ten, how bad is it right now?
C: She says right now it is a six out of ten, and at night it gets to eight.
T: Does the pain go down either leg? Any numbness or tingling in the feet?
C: She says no, nothing goes down the legs, no numbness, no tingling.
T: Any trouble holding urine or bowels since this started?
C: She says no, nothing like that.
T: Good. What is hard for her to do at home or at work right now?
C: She says she cannot bend to pick up her granddaughter, and at work she can only do half a shift.
T: I'm going to have you bend forward as far as is comfortable. Okay, forward bending reaches just past the knees, about half of normal, with pain on the way up.
T: Now arch backward. Extension is limited to about ten degrees and that one eases the pain a little.
C: She says going backward feels better, yes.
T: Lie on your back. I'll lift each leg. Straight leg raise is negative on both sides.
C: She asks if that is good.
T: Yes, tell her that's good, it means the nerve is not irritated.
T: Strength in the legs is five out of five throughout. I'd like her to fill in the Oswestry form; Marisol, can you read the questions to her?
C: Yes. She finished it. I added it up with her.
T: Her Oswestry score is forty percent, moderate disability.
C: She asks what she did wrong, was it the mushrooms.
T: Tell her nothing wrong; it's a strain from long bending. I'd call this a moderate complexity evaluation, with her work demands and the sleep loss.
T: Now we'll start exercises: knee to chest, prone press ups and the cat camel, ten of each.
C: She says the press ups feel good, the knee to chest pulls a little.
T: That's fine. We did ten minutes of exercise. She'll do these twice a day at home.
C: Her son asked if she can have a back brace from here.
T: A brace is not something I'd use for her; moving is better. We'll see her twice a week for four weeks.
C: She says thank you, and she says the coffee at the farm is better than here.
T: Ha, I believe it. Goals: bend to lift her granddaughter and work a full shift in four weeks.
C: She understands and she will come Tuesday.
""",
    [
        "mushroom|mushrooms",
        "6/10|six out of ten",
        "8/10|to eight",
        "straight leg raise is negative|Straight leg raise",
        "Oswestry|40 percent|forty percent",
        "5/5|five out of five",
        "prone press ups|press ups",
        "granddaughter",
        "twice a week for four weeks|2x/week for 4 weeks",
        "extension is limited to about ten degrees|10 degrees",
    ],
    ["numbness", "tingling", "holding urine"],
    ["coffee at the farm", "back brace"],
)

S(
    "ab_pt02_hip_falls_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97116": 9},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
t: hi mister okafor im theo the physical therapist and this must be your daughter
c: yes im grace i drive him to all his appointments
t: thanks for coming grace what happened that brought you here
p: i broke my hip in june they put a rod in it and i have been weak ever since
t: how many falls has he had at home since the surgery
c: he fell three times at home dad you know you did once in the bathroom and twice getting up from the recliner at night
p: the bathroom one was just a slip
t: any injuries from the falls any hitting your head
c: no he didnt hit his head just bruises on the arm
t: does he use a walker all the time
c: a rolling walker in the house and he refuses it outside
t: pain in the hip right now zero to ten
p: maybe a three it is more stiff than painful
t: any chest pain or shortness of breath when you walk
p: no none of that
t: okay lets do the timed up and go stand up walk to the line turn and sit back down
t: that took twenty eight seconds with the rolling walker which puts you at high risk for falls
c: is that bad
t: it tells us we have work to do anything over fourteen seconds is a concern
t: now the berg balance scale a few tasks like standing with your feet together and reaching forward
p: this one with the eyes closed is hard
t: berg is thirty four out of fifty six
t: hip flexion on the right is ninety degrees strength in the hip is three out of five
t: with his diabetes the heart history and the falls this is a high complexity evaluation
c: can you come to the house to do this instead
t: we are outpatient so no but i will give you a home safety checklist today
t: lets walk in the hallway with the walker and practice turning and the step over the threshold
p: the turning is where i get wobbly
t: we did nine minutes of gait training in the hallway he needed contact guard on the turns
c: he wants to know when he can drive again
t: that is a question for his surgeon not for me today
p: my neighbor had the same surgery and he was golfing in a month
t: everyone heals differently goals are no falls in four weeks and a berg over forty five
c: we will put a night light in the hallway
t: good idea and grab bars in the bathroom we will see him twice a week
""",
    [
        "three times|fell 3 times|3 falls",
        "rolling walker",
        "timed up and go|TUG",
        "twenty eight seconds|28 seconds",
        "berg is thirty four|Berg 34/56|34 out of 56",
        "ninety degrees|90 degrees",
        "three out of five|3/5",
        "contact guard",
        "home safety checklist",
        "grab bars",
        "recliner",
    ],
    ["hit his head", "chest pain", "shortness of breath"],
    ["golfing in a month", "neighbor had the same surgery", "drive again"],
)

S(
    "ab_pt03_inner_knee",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97113": 18, "97110": 9},
    [],
    "97113x1:GP,CQ,KX 97110x1:GP,CQ,KX",
    """
T: Hi Mrs. Feld, I'm Jordan, the PTA working with you today, and we're in the pool again.
P: Good, my knee loves the water. The land exercises still make it ache.
T: How is the knee today, zero to ten?
P: A four, mostly on the inside of the knee.
T: Any swelling or warmth since last time?
P: No swelling, it's been calm.
T: Good. Before we get in, a billing note: you've passed the yearly therapy threshold, so I'll add the KX modifier, because this is still medically necessary for your knee.
P: Whatever keeps the water warm.
T: Let's start with walking forward and backward across the shallow end.
P: Backward is strange, I feel like I'm floating away.
T: Hold the rail if you need it. Now marching, ten each side.
P: This is easier than on land.
T: The water takes off about half your weight at this depth. Now step ups on the pool stair, two sets of ten.
P: I can feel the thigh working.
T: Now squats holding the noodle, fifteen times.
P: My granddaughter would laugh at me with this noodle.
T: That was eighteen minutes of aquatic exercise in the pool. Let's get out carefully, one step at a time.
P: Out of the water my knee feels heavy again.
T: That's normal. Now on the mat, straight leg raises, two sets of ten, and the bike after.
P: Do I have to do the bike? It's so boring.
T: Five minutes only. Knee bend on the bike is getting better, you did full circles today.
P: I didn't think I'd be able to do full circles so soon.
T: That land exercise part was nine minutes.
P: Can you write down the pool exercises for my gym? They have a pool.
T: Yes, I'll print the sheet. Do them three times a week.
P: My husband says I should just sit in the hot tub.
T: The hot tub can feel nice but it won't build strength.
T: Any pain on the stairs at home now?
P: A little going down, not going up.
T: Any calf pain or tightness in the back of the leg?
P: No, none.
T: Great. Next time we'll add single leg standing in the water.
P: See you Thursday, and I'll bring a dry towel this time.
""",
    [
        "4/10|a four",
        "inside of the knee",
        "walking forward and backward",
        "marching|ten each side|10 each side",
        "step ups on the pool stair|two sets of ten|2 sets of 10",
        "noodle",
        "fifteen times|15 times",
        "straight leg raises",
        "full circles",
        "three times a week|3 times a week|3x/week",
        "going down",
    ],
    ["swelling", "calf pain"],
    ["granddaughter would laugh", "hot tub", "dry towel"],
    kx=True,
)

S(
    "ab_pt04_soccer_ankle",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 17, "97112": 6},
    [],
    "97110x1:GP,CQ",
    """
t: hey kenji you made it im priya the p t a today
p: sorry sorry the bus broke down on fifth street i ran the last part
t: no problem but we lost about twenty minutes so we will do what we can
p: my ankle did fine with the running actually
t: how is the pain zero to ten
p: like a two just a little at the outside of the ankle
t: any giving way or rolling it since last week
p: no it has not given way at all
t: good lets start on the bike to warm up then the band work
p: which color band
t: the green one today four ways up down in and out thirty each
p: the out one burns
t: thats the peroneals they keep you from rolling it now heel raises off the step two sets of fifteen
p: i can do these single leg now
t: nice then single leg heel raises ten each side
p: the right one is weaker
t: yeah the right is the sprained side so that makes sense
t: okay that was seventeen minutes of exercise
p: can we still do the wobble board
t: we have a few minutes so yes stand on the wobble board and keep the edges off the ground
p: whoa okay this is harder than last time
t: eyes up and soft knee
p: i almost fell off the front
t: we only got six minutes of balance today because you came late
p: that is on the bus not me
t: fair enough keep doing the towel scrunches and the balance at home
p: i play soccer saturday is that okay
t: ask your p t on thursday she will check the hop test first
p: my coach says to just tape it
t: tape can help a little but it is not a fix
t: any swelling after practice
p: no swelling none
t: ice after practice anyway fifteen minutes
p: got it see you thursday
""",
    [
        "2/10|like a two",
        "outside of the ankle",
        "green",
        "thirty each|30 each",
        "heel raises off the step|two sets of fifteen|2 sets of 15",
        "single leg heel raises|ten each side|10 each side",
        "wobble board",
        "towel scrunches",
        "right is the sprained side",
    ],
    ["giving way", "swelling"],
    ["bus broke down on fifth street", "coach says to just tape it", "soccer saturday"],
)

S(
    "ab_pt05_stroke_right_side",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 12, "97530": 13},
    [],
    "97140x1:GP 97530x1:GP,59",
    """
T: Hi Mr. Delgado, it's Ruth from physical therapy, and Ben from occupational therapy is with us today. We're treating you together.
T: Hi, I'm Ben. Ruth will work on your leg and standing, and I'll work on getting your shirt and shoes on.
P: Two for the price of one.
T: Not quite, we each keep track of our own time. How's the right side today?
P: The right foot still drags, and the ankle feels stiff in the mornings.
T: Any pain in the right shoulder?
P: No, the shoulder doesn't hurt at all now.
T: Good. I'll start with the ankle. Lie back, I'm going to stretch the calf and glide the ankle joint.
P: That pulls in the heel cord.
T: Dorsiflexion is at zero degrees, neutral, before the mobilization.
T: Sorry, my phone. This is Ruth. Yes, tell him I'll call back at noon. Okay, sorry about that.
P: Popular lady.
T: Back to the ankle. After the mobilization dorsiflexion is five degrees. That was twelve minutes of manual work on the ankle.
T: Now let's practice standing up from the mat and turning to the wheelchair, Ben will be behind you.
P: Right foot first?
T: Yes, both feet back, nose over toes, push from the mat.
P: Up. That was better than yesterday.
T: You needed minimal assist to stand and minimal assist for the pivot. Let's do five more.
P: My wife will want to know if I can get into the car yet.
T: We'll practice the car next week. Those transfers were thirteen minutes, and they were a separate block after the ankle work.
T: My turn. Let's get your shirt on over the weak arm first. I did the dressing with him for fifteen minutes, that's mine to bill, not Ruth's.
P: Weak arm first, then my head, then the good arm.
T: Exactly. Shoes with the long shoehorn.
P: My daughter asked if you could bill my wife's knee visit today too since she drove me.
T: We can't bill anything for your wife, she isn't our patient today. She'd need her own referral.
P: I'll tell her.
T: Any dizziness when you stood up?
P: Nope, no dizziness.
T: And any falls at home this week?
P: Not one.
T: Great. His balance in standing was fair plus today, he reached ten inches outside his base.
T: Plan is to keep working the ankle, car transfers next week and curbs.
P: And the shirt with Ben.
T: Yes, Ben will keep doing the dressing with you on Wednesdays.
P: See you both Wednesday then.
""",
    [
        "right foot still drags|foot still drags",
        "heel cord",
        "zero degrees|0 degrees",
        "five degrees|5 degrees",
        "minimal assist",
        "five more|5 more",
        "nose over toes",
        "fair plus",
        "ten inches|10 inches",
        "car transfers",
        "curbs",
    ],
    ["shoulder doesn't hurt", "dizziness", "falls at home"],
    [
        "two for the price of one",
        "call back at noon",
        "wife's knee visit",
        "dressing with him for fifteen minutes",
    ],
    has59=True,
)

S(
    "ab_pt06_runner_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "dev",
    {"97110": 12, "97112": 15},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Hi Lauren, today is your tenth visit, so it's a progress report as well as treatment.
P: Already ten? Okay. The knee is a lot better.
T: Let's start with pain. On zero to ten, on a run, what is it now?
P: Somewhere between three and four, only after about four miles.
T: And at the start of care it was seven on any run. Any pain going down stairs now?
P: No, stairs don't hurt anymore.
T: Any clicking or catching under the kneecap?
P: Nope, none of that.
T: Let's do the step down test. Watch the knee in the mirror.
P: It doesn't dive inward like before.
T: Right, the knee stays over the second toe now. Single leg squat to sixty degrees without pain.
P: I did notice that on my runs.
T: Hip abduction strength is four plus out of five on the right, it was three plus at the start.
T: Your LEFS today is seventy one out of eighty; at the start it was fifty two.
P: Is that good?
T: That's a big change, more than the nine points that count as a real change.
T: Okay, exercise time. Side planks, clams with the blue band, and the step downs, three sets of ten.
P: The side plank on the right is shaky.
T: Bike first, then those. That's ten minutes of exercise, scratch that, it was twelve, I forgot the bike.
P: Ha, the bike always gets forgotten.
T: Now balance: single leg on the foam with ball tosses, then the Y balance reaches.
P: The foam is still the hardest part.
T: Single leg stance on foam was forty five seconds, up from twenty.
T: Balance work was fifteen minutes today.
P: My sister says I should get the knee injected.
T: Nothing here says you need an injection; you're improving with exercise.
P: Could you do the dry needling my friend had?
T: I don't think you need it, we'll keep going with what works.
T: Goals: run five miles without pain, partly met, you're at four. Stairs without pain, met. Single leg squat, met.
P: So what's left?
T: Running five miles and the race in May. Let's plan six more visits over three weeks.
P: Okay, and I'll keep the run walk plan.
T: Yes, add half a mile a week if the pain stays under three.
P: Deal.
""",
    [
        "somewhere between three and four|3-4/10|3 to 4",
        "four miles|4 miles",
        "knee stays over the second toe",
        "sixty degrees|60 degrees",
        "four plus out of five|4+/5",
        "seventy one out of eighty|71/80|seventy-one out of eighty",
        "fifty two|52",
        "clams with the blue band|blue band",
        "forty five seconds|45 seconds",
        "partly met",
        "six more visits|6 more visits",
        "half a mile|0.5 mile",
    ],
    ["stairs don't hurt", "clicking", "catching"],
    [
        "sister says",
        "get the knee injected",
        "dry needling my friend had",
        "ten minutes of exercise, scratch that",
    ],
)

S(
    "ab_pt07_diabetic_amputation",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "dev",
    {"97542": 12, "97110": 9},
    ["97164"],
    "97164x1:GP 97542x1:GP",
    """
T: Hi Mr. Abara, it's been a month, so today is your re-evaluation, and we'll work on the new wheelchair.
P: The new chair is lighter. I can lift it into the car myself.
T: How's the left leg since the amputation site healed?
P: The skin is healed. I get some phantom pain at night, maybe a two.
T: Any open areas or redness on the residual limb?
P: No, nothing open.
T: Let me look. The limb is healed with no redness. Any pain in the shoulders from pushing?
P: The right shoulder gets tired, but no pain.
T: Good. Transfers from the chair to the mat: you did that independently. Last month you needed standby.
P: I've been practicing at home.
T: Hip extension strength on the left is four out of five, it was three.
T: Six-minute push test: you covered two hundred sixty meters, up from one hundred ninety.
P: I was breathing hard at the end.
T: Your heart rate went to one hundred twelve, that's fine.
T: Let's work on the chair. I started at two ten. Wheelies first, with me spotting behind.
P: I'm scared of going over backwards.
T: I've got the handles. Find the balance point. Good. Now a curb.
P: Up the curb is okay, down scares me.
T: Down backward, lean forward. Now folding the chair and adjusting the footplate height.
P: I never knew the footplate moved.
T: It was too low, your knees were pressing. That's better. We finished the chair work at two twenty two.
P: So twelve minutes of wheelie practice.
T: Then band work for the arms, rows and presses, nine minutes.
P: My arms are going to fall off.
T: Goals: independent transfers, met. Push two hundred fifty meters, met. Independent curb in the chair, not met yet.
P: And the prosthesis?
T: The prosthetist sees you next week for the fitting. We'll start gait training after that.
P: My brother wants you to send the bill for his scooter repair to my insurance, he says it's mobility.
T: I can't do that, a scooter repair is not a therapy service.
P: Worth asking.
T: Plan: twice a week for eight more weeks, prosthetic training when it arrives.
P: Okay.
T: Any falls since last month?
P: None, not one.
T: Great. See you Thursday.
""",
    [
        "phantom pain",
        "independently|independent transfers",
        "four out of five|4/5",
        "two hundred sixty meters|260 meters|260 m",
        "one hundred ninety|190",
        "one hundred twelve|112",
        "wheelies",
        "footplate",
        "rows and presses",
        "not met yet",
        "prosthetist",
        "twice a week for eight more weeks|2x/week for 8 weeks",
    ],
    ["redness", "open areas", "falls since last month"],
    ["scooter repair", "lift it into the car myself"],
    clock={"97542": ("two ten", "two twenty two")},
)

S(
    "ab_pt08_amputee_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97763": 14, "97116": 10},
    [],
    "97763x1:GP 97116x1:GP",
    """
t: morning walt last visit today how are you feeling about it
p: good i think im ready though i will miss the jokes
t: lets check the prosthesis first any sore spots on the stump
p: no sore spots the new liner fixed that
t: good the skin looks clear no redness at the kneecap area
t: stand up for me how does the socket feel
p: snug but okay i wear two ply socks by afternoon
t: that fits since your limb shrinks during the day lets check the alignment while you walk
p: the foot still slaps a little when i go fast
t: i see it the heel is a bit stiff i will adjust the heel bumper and we check it again
p: that feels softer
t: that was fourteen minutes checking and adjusting the prosthesis
t: now outside on the ramp and the grass
p: the grass is where i used to trip
t: you are doing the slope without the cane now
p: i leave the cane in the car mostly
t: we did ten minutes of walking outside
t: lets review goals walk in the community without a device met
t: walk one thousand feet without rest met you did twelve hundred
p: and the stairs
t: stairs step over step going up met going down you still lead with the good leg so partly met
t: return to golf not met yet you have not tried a swing
p: i want to try that this spring
t: your timed up and go is nine seconds it was twenty one at the start
t: any pain in the back or the other knee
p: no the other knee is fine no back pain
t: great keep doing the home program the bridges and the side steps
p: my wife wants to know if you can keep billing visits while i go to the gym
t: no we cannot bill for gym visits you are discharged from therapy
p: fair enough
t: call us if the socket starts rubbing or you fall
p: will do thanks for everything
t: it was a pleasure walt go get that golf swing
p: ill bring you a ball from the course
""",
    [
        "two ply socks|2 ply socks|2-ply",
        "heel bumper",
        "foot still slaps",
        "without the cane",
        "twelve hundred|1200 feet|1,200",
        "step over step",
        "partly met",
        "not met yet",
        "nine seconds|9 seconds",
        "twenty one|21 seconds",
        "bridges and the side steps",
    ],
    ["sore spots", "back pain"],
    ["miss the jokes", "ball from the course", "billing visits while i go to the gym"],
)

# =============================================================================================
# dev: OT
# =============================================================================================

S(
    "ab_ot01_parkinson_shower",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 11},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Hello Mr. Novak, I'm Ines, the occupational therapist. And you must be his wife.
C: Yes, Helen. I do most of the helping at home.
T: Tell me what's been hardest since the Parkinson's got worse this year.
P: Buttons. And the shower. My hands won't do what I tell them.
C: He fell twice in the shower last month. Once he slid down the wall and once he caught the towel bar and it came off.
T: Did he hit his head either time?
C: No, he didn't hit his head, but he bruised his hip.
T: Does he have a shower chair or grab bars?
C: Nothing. It's a tub with a glass door.
T: How about dressing, Mr. Novak, how long does it take you in the morning?
P: Forty minutes for a shirt and pants, and she does the socks.
T: So dressing the upper body you need moderate assistance for buttons, and lower body you need maximal assistance for socks and shoes.
T: Let me test your grip. Right hand grip is eighteen pounds, left is twenty two.
P: That's weak for a man who built boats.
T: Nine-hole peg on the right took seventy two seconds, the left fifty eight.
T: Any trouble swallowing or choking at meals?
C: No, he eats fine, no choking.
T: How's his memory, for bills and pills?
C: He's sharp. He does the crossword every morning.
T: Good. With the Parkinson's, the falls, the heart condition and the blood pressure drops, this is a high complexity evaluation.
P: That sounds expensive.
T: It's the level of the evaluation, not the bill for you. Now let me show Helen the tub transfer bench and the handheld shower.
C: Can the bench stay in the tub with the door?
T: The glass door would have to come off and be replaced with a curtain. Sit, swing the legs over, scoot.
P: Sit, swing, scoot. I can remember that.
T: And button hooks and elastic laces for the shoes. We spent eleven minutes on the bench and dressing aids.
C: Can you bill my time? I'm the one doing all the work at home.
T: I can't bill anything for your time, Helen, only for his therapy.
C: Worth a try.
T: Goals: shower with a bench and supervision in six weeks, dress the upper body with only setup.
P: And no more falls.
T: No more falls. Twice a week for six weeks. I'll order the bench today.
C: Thank you. He needs this.
""",
    [
        "Parkinson's|Parkinson",
        "fell twice in the shower|twice in the shower|2 falls",
        "towel bar",
        "moderate assistance",
        "maximal assistance",
        "eighteen pounds|18 pounds|18 lb",
        "twenty two|22",
        "seventy two seconds|72 seconds",
        "fifty eight|58",
        "tub transfer bench",
        "button hooks",
        "elastic laces",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["hit his head", "choking"],
    ["built boats", "crossword every morning", "bill my time"],
)

S(
    "ab_ot02_barista_elbow",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 9},
    ["97165"],
    "97165x1:GO 97110x1:GO",
    """
t: hi tasha im omar your occupational therapist what is going on with the elbow
p: the outside of my right elbow hurts when i tamp espresso and lift the milk pitchers
t: how long has it been going on
p: about three months it started in the holiday rush
t: pain right now zero to ten
p: right now a three but at the end of a shift a seven
t: any numbness or tingling in the fingers
p: no none of that
t: any swelling or any time you dropped something
p: no swelling i did drop a pitcher once
t: okay press here on the bony point outside the elbow
p: ow yes thats it
t: tender over the lateral epicondyle lift your middle finger against me
p: that hurts too
t: positive middle finger test grip on the right is forty pounds with the elbow straight and sixty bent
p: why is it different
t: straight elbow loads the tendon more the left is seventy
t: your quick dash score is thirty four
p: is that bad
t: its mild to moderate trouble with the arm this is a low complexity evaluation one problem and you are healthy otherwise
p: good my manager wants me back on bar full time
t: lets start the exercises wrist extension with the light dumbbell slow on the way down three sets of fifteen
p: the lowering part burns
t: thats the point then the flexbar twist ten times
p: this thing looks like a dog toy
t: it does we did nine minutes of exercises
t: at work tamp with the wrist straight and use the smaller pitcher
p: can i get a brace
t: a counterforce strap is okay for shifts but not all day
p: my cousin had a shot for this
t: that is for your doctor to decide
t: goals tamp and steam a full shift with pain under two in six weeks
p: sounds good
t: once a week for six weeks and the exercises every day
p: see you next week ill bring you a latte
""",
    [
        "outside of my right elbow|right elbow",
        "tamp espresso|espresso",
        "three months|3 months",
        "end of a shift a seven|7/10",
        "lateral epicondyle",
        "middle finger test",
        "forty pounds|40 pounds|40 lb",
        "seventy|70",
        "quick dash score is thirty four|QuickDASH 34|quick dash",
        "three sets of fifteen|3 sets of 15",
        "flexbar",
        "counterforce strap",
        "once a week for six weeks|1x/week for 6 weeks",
    ],
    ["numbness", "swelling"],
    ["dog toy", "bring you a latte", "cousin had a shot"],
)

S(
    "ab_ot03_ms_soup",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 16, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Hi Carla, I'm Jess, the OTA today. How's the MS fatigue this week?
P: Up and down. The heat wave knocked me flat on Tuesday.
T: On zero to ten for fatigue right now?
P: A five. I rested before coming.
T: Good planning. A quick billing note: you've passed the therapy threshold for the year, so I'll use the KX modifier; this is still medically necessary to keep you cooking safely.
P: Fine by me.
T: Today we're making soup in the kitchen. Sit on the stool for the chopping.
P: Sitting to chop feels lazy.
T: It saves energy for the rest of the day. Carrots first.
P: My right hand tires on the knife.
T: Switch to the rocker knife. Now carry the pot to the stove using the counter slide.
P: Sliding instead of lifting. Smart.
T: You did the whole soup with supervision and one rest break. That cooking was sixteen minutes.
P: I'm hungry now.
T: Now let's plan your week with the energy conservation sheet. What are your biggest tasks?
P: Laundry, groceries, the shower.
T: Shower at night when you're cooler, groceries delivered, laundry split over two days.
P: My son asked if you could bill the visit to his insurance because mine has a copay.
T: No, we can only bill your own insurance for your therapy.
P: I told him.
T: That planning and teaching was ten minutes, done after the kitchen.
T: Any numbness in the hands today?
P: Not today.
T: Any falls since last visit?
P: No falls.
T: Your cooling vest, did it come?
P: It came. It's ugly but it works.
T: Use it on the hot days. Next time we'll do laundry.
P: Laundry, thrilling.
T: You'll sit for folding. See you Friday.
P: See you Friday.
T: I'll write that you needed one rest break and supervision, fatigue five out of ten at the start.
P: And tell the therapist the soup was good.
""",
    [
        "MS fatigue",
        "a five|5/10|five out of ten",
        "stool for the chopping|sit on the stool",
        "rocker knife",
        "counter slide|sliding instead of lifting",
        "supervision",
        "one rest break|1 rest break",
        "energy conservation",
        "laundry split over two days|2 days",
        "cooling vest",
    ],
    ["numbness", "falls"],
    ["heat wave", "his insurance", "soup was good"],
    kx=True,
    has59=True,
)

S(
    "ab_ot04_spinal_cord_skin",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97542": 14, "97110": 7},
    [],
    "97542x1:GO,CO",
    """
t: hi derek im sam the o t a today we are working on the chair and the cushion
p: good because i have a red spot on my tailbone again
t: lets look first any open skin or drainage
p: no its not open just red
t: ok it blanches when i press so its not a pressure sore yet
t: how often are you doing the weight shifts
p: honestly maybe twice an hour
t: we want every fifteen minutes lets set the timer on your phone
p: my phone is always dead
t: then the watch lets check the cushion air first
p: it feels flat on the left
t: the left side is bottoming out i can slide my hand under and feel the seat
t: i will add air and we recheck
p: that feels higher
t: now the tilt on the chair tilt back to thirty degrees for one minute
p: the tilt button sticks sometimes
t: we will ask the vendor about that the chair and cushion work was fourteen minutes
p: can we also do the arm exercises
t: quick set with the band shoulder rows and chest press
p: my left shoulder clicks but it doesnt hurt
t: ok any pain at all with the rows
p: no pain
t: we only did seven minutes of the band work
p: my mom wants to know if therapy can pay for a new van lift
t: no we cannot bill for a van lift that goes through the wheelchair vendor and insurance
p: figured
t: keep the cushion check every morning and the tilt every fifteen minutes
p: every fifteen minutes is a lot
t: it is less than a pressure sore in the hospital
p: ok ok
t: any fever or chills
p: no fever
t: good we will look at the skin again next visit
p: thanks sam
""",
    [
        "tailbone",
        "blanches",
        "twice an hour|2 times an hour",
        "every fifteen minutes|every 15 minutes",
        "bottoming out",
        "thirty degrees|30 degrees",
        "tilt button sticks",
        "shoulder rows and chest press|shoulder rows",
        "left shoulder clicks",
    ],
    ["open skin", "drainage", "fever"],
    ["phone is always dead", "van lift"],
)

S(
    "ab_ot05_carpenter_wrist",
    "OT",
    "daily",
    "OT",
    "per-code",
    "dev",
    {"97530": 18, "97140": 9},
    ["97150"],
    "97150x1:GO 97530x1:GO,59 97140x1:GO",
    """
T: Morning, Mr. Haas. Today you start in the hand class with three others, then you and I work one on one.
P: A class? Like school?
T: Four people, one therapist, putty and pegs. I'll be leading it.
P: Fine, as long as there's no test.
T: Everyone grab the green putty. Roll a snake, then pinch it into pieces.
P: My wrist doesn't like the rolling.
T: Keep the wrist straight and roll from the shoulder. Mrs. Ortiz, nice pinches.
P: She's faster than me.
T: It's not a race. Now the pegboard, pick up and turn each peg over.
P: My thumb is better at this than last week.
T: That was the group part, about twenty minutes with four patients. Now come to my table.
P: Just me now?
T: Just you. How's the wrist pain today, zero to ten?
P: A three, it gets stiff after the class.
T: Any numbness in the fingers or the thumb?
P: No numbness.
T: I'm going to do the joint glides on the wrist now, then the scar massage.
P: The scar is less sticky than before.
T: Wrist extension was forty degrees before the glides, fifty after. Manual work was nine minutes.
P: Fifty, is that good?
T: Better. Normal is about seventy. Now, separately, the tool tasks: the screwdriver board and hanging the coffee mugs on the hooks.
P: I'm a carpenter, screwdrivers are my life.
T: Turn the screws in with the right hand, then unscrew. Now the mugs.
P: Reaching up with the mug makes the wrist ache.
T: Slow down and keep the mug close. That functional work was eighteen minutes.
P: My wife asked if she could come to the class too. Her hands hurt.
T: She'd need her own referral and evaluation; we can't add her to the class or bill for her.
P: I'll tell her to see the doctor.
T: Grip on the right today is fifty pounds, left is eighty five.
P: Getting there.
T: Plan: keep the class on Mondays and one on one after, and the putty at home daily.
P: And back to work?
T: Light duty in two weeks if the grip keeps climbing.
P: Good. See you Monday.
""",
    [
        "green putty",
        "pegboard",
        "a three|3/10",
        "joint glides",
        "scar massage",
        "forty degrees|40 degrees",
        "fifty after|50 degrees",
        "screwdriver board",
        "coffee mugs",
        "fifty pounds|50 pounds|50 lb",
        "eighty five|85",
        "light duty in two weeks|2 weeks",
    ],
    ["numbness"],
    ["Mrs. Ortiz", "no test", "her hands hurt"],
    has59=True,
)

S(
    "ab_ot06_brain_injury_planner",
    "OT",
    "progress",
    "OT",
    "cms",
    "dev",
    {"97129": 15, "97130": 12, "97535": 8},
    [],
    "97129x1:GO 97130x1:GO",
    """
t: hi jamal hi missus reed today is the progress report so we look back at the last ten visits
c: he has been doing a lot better with the planner
p: i still forget stuff though
t: lets look at the numbers first your moca today is twenty four out of thirty at the start it was nineteen
c: that is five points right
t: yes five points better now the trail making b took ninety five seconds at the start it was one hundred sixty
p: the letter number one still confuses me
t: any headaches this week
p: no headaches not this week
t: any dizziness when you stand
p: no
t: good lets do the attention and memory work the grocery list task and the bus schedule problem
p: the bus one is hard
t: read the schedule and tell me which bus gets you to work by eight
p: the number twelve at seven forty
t: correct now recall the five grocery items from before
p: milk eggs bread and i forget the other two
t: three of five with no cues and five of five with one cue
t: sorry thats my phone hi yes im in a session ill call you back
c: busy day for you
t: sorry about that the thinking work today was twenty seven minutes
t: now we set up the alarms on his phone for meds with you missus reed
c: he ignores the alarms
p: i do not ignore them i snooze them
t: we set the label to say take the blue pill so it is not just a beep that was eight minutes
c: can you bill the alarms like a visit for me too i do all the reminding
t: no we cannot bill anything for you only his therapy
t: goals use the planner every day met recall a list of five with one cue met return to part time work not met yet
p: work is the big one
t: we keep going twice a week for four more weeks
c: thank you he really is better
t: keep the planner by the coffee maker so he sees it
p: ok see you thursday
""",
    [
        "moca today is twenty four|MoCA 24/30|24 out of 30",
        "nineteen|19",
        "trail making b|trail making",
        "ninety five seconds|95 seconds",
        "one hundred sixty|160",
        "bus schedule",
        "three of five|3/5",
        "five of five with one cue|5/5",
        "take the blue pill",
        "not met yet",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["headaches", "dizziness"],
    ["ill call you back", "bill the alarms", "coffee maker"],
    cog=27,
)

S(
    "ab_ot07_thumb_arthritis_done",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97763": 10, "97110": 8},
    [],
    "97763x1:GO",
    """
T: Hi Ms. Achebe, last visit. We'll check the splint one more time and go over your goals.
P: I'm ready. The thumb feels almost normal.
T: Let's look at the splint. Any rubbing or red marks from the strap?
P: No rubbing anymore, since you moved the strap.
T: The skin over the thumb base is clear. Put it on for me.
P: Easy now, I can do the strap one-handed.
T: The fit is good, the edge clears the thumb crease. I'll smooth this corner a little.
P: It did catch on my sweaters.
T: Now wearing schedule: at night only from now on, and for heavy jobs like gardening.
P: Not in the day anymore?
T: Not for regular tasks. The splint check and the teaching took ten minutes.
T: Now a few exercises: opposition to each fingertip, then the putty pinch.
P: Opposition is easy. The pinch still tires.
T: Eight minutes of exercise, then we measure. Key pinch is twelve pounds on the right, it was five at the start.
P: More than double.
T: Your QuickDASH is eighteen, it started at fifty six.
T: Goals: open jars with the jar opener, met. Write a full page without pain, met. Lift the grandchild, not met, you're still careful.
P: He's twenty pounds now, I'm scared of the thumb.
T: That's fair, that goal stays with your home program.
T: Any numbness or tingling in the thumb?
P: None.
T: Any pain at night?
P: Not since the splint fit was changed.
T: Pain at worst is a two, down from seven.
P: My daughter wants you to write that I need a cleaning lady paid by insurance.
T: I can't bill or order a cleaning service, that's not therapy.
P: I told her.
T: Keep the home program three times a week and the night splint for one more month.
P: And then stop?
T: Then stop, unless it aches again; then call us.
P: Thank you for everything.
T: It was a pleasure. Enjoy the garden.
""",
    [
        "thumb base",
        "at night only|night only",
        "gardening",
        "opposition",
        "putty pinch",
        "twelve pounds|12 pounds|12 lb",
        "five at the start|5 pounds",
        "QuickDASH is eighteen|QuickDASH 18",
        "fifty six|56",
        "jar opener",
        "not met",
        "a two, down from seven|2/10",
        "three times a week|3x/week",
    ],
    ["rubbing", "numbness", "tingling"],
    ["cleaning lady", "catch on my sweaters"],
)

# =============================================================================================
# dev: SLP
# =============================================================================================

S(
    "ab_slp01_choking_supper",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hi Mr. Park, I'm Leah, the speech-language pathologist. Your wife called about the choking.
C: Yes. Twice last week at supper he choked on chicken and I had to pat his back hard. It scared me.
P: It went down the wrong way, that's all.
C: And he coughs every time he drinks coffee.
T: When did this start?
C: After his stroke in August. Before that he ate anything.
T: Any pneumonia since the stroke?
C: No pneumonia, thank God.
T: Any weight loss?
C: He's lost eight pounds since August.
T: Let me look in your mouth. Stick out your tongue. It pulls a little to the left. Puff your cheeks.
P: Like this?
T: Good. Say ah. The palate lifts evenly. Cough for me.
P: That was weak.
T: It's a bit weak, yes. Now a sip of water from the cup.
P: Okay.
T: He coughed right after the sip, and his voice sounds wet. Let's try a teaspoon of water.
P: That one went down fine.
T: No cough with the teaspoon. Now applesauce.
P: Applesauce is easy.
T: Clear, no cough, no residue in the mouth. Now the cracker.
P: It takes me forever to chew.
T: Chewing is slow and some is left on the left side of the mouth. Now a sip of nectar-thick juice.
P: That's thick.
T: No cough with mildly thick liquids. I'd like him on IDDSI level two, mildly thick liquids, and soft and bite-sized foods, level six.
C: What about the chicken?
T: Cut small, moist, with gravy. And the chin tuck when he drinks.
P: Chin down, then swallow.
T: And sit up straight for thirty minutes after meals. I'd like a video swallow study to see what happens inside.
C: Can we skip that? He hates hospitals.
T: It's his choice, but it would tell us a lot. For now, two sessions a week for swallowing therapy.
C: My daughter asked if you can bill the study for her, she's a nurse and wants to watch.
T: She can come and watch, but nothing is billed to her.
P: Thursday, then.
""",
    [
        "choked on chicken|chicken",
        "coughs every time he drinks coffee|coffee",
        "stroke in August",
        "eight pounds|8 pounds|8 lb",
        "pulls a little to the left",
        "voice sounds wet|wet voice",
        "left side of the mouth",
        "IDDSI level two|IDDSI level 2|mildly thick liquids",
        "level six|level 6|soft and bite-sized",
        "chin tuck",
        "thirty minutes after meals|30 minutes",
        "video swallow study",
        "two sessions a week|2x/week",
    ],
    ["pneumonia"],
    ["hates hospitals", "she's a nurse", "pat his back hard"],
)

S(
    "ab_slp02_stutter_third_grade",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92521"],
    "92521x1:GN",
    """
t: hi eli hi mom im ruth the speech therapist today we are going to talk and play and see how your words come out
p: o o o okay
c: it started when he was four and it got worse this year in third grade
t: what does it look like at home
c: he repeats the first sound like b b b ball and sometimes he gets stuck and nothing comes out
t: does he ever blink or tap his foot when he gets stuck
c: yes he blinks hard and sometimes he slaps his leg
t: does anyone in the family stutter
c: his uncle did as a kid and he grew out of it
t: eli can you tell me about your favorite game
p: m m minecraft i build a a a a house with a pool
t: that sounds awesome tell me more
p: and and my sister she she breaks it
t: i am counting the stutters as you talk in two hundred syllables you had sixteen that is eight percent
c: is that a lot
t: it is moderate more than three percent is a concern the longest block was about three seconds
t: eli do kids tease you about your talking
p: no no one teases me
c: he told me someone laughed at recess once
t: eli how do you feel when the words get stuck
p: mad
t: that makes sense on the kiddy cat scale he answered yes to many of the feeling questions
t: he does not have any trouble with his speech sounds or language everything else is on target
c: so it is only the stutter
t: yes only the fluency his hearing is normal too from the school screening
c: my mom says to tell him to slow down is that right
t: telling him to slow down usually makes it worse we will teach easy starts and bouncing instead
c: can you do the therapy at his school instead of here
t: the school can do it too but i cannot bill anything for the school part
t: my plan is once a week for twelve weeks with home practice
p: can i bring my dog next time
t: i wish but no dogs
""",
    [
        "third grade",
        "b b b ball|repeats the first sound",
        "blinks hard",
        "slaps his leg",
        "his uncle|uncle did as a kid",
        "sixteen|16 stutters",
        "eight percent|8 percent|8%",
        "three seconds|3 seconds",
        "kiddy cat|KiddyCAT",
        "easy starts",
        "once a week for twelve weeks|1x/week for 12 weeks",
    ],
    ["teases"],
    ["minecraft", "bring my dog", "house with a pool"],
)

S(
    "ab_slp03_talker_device",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi mia hi dad im june the assistant today we are working on the talker again
c: she used it at breakfast this morning to ask for more
t: that is great where was the more button
c: top row second one she found it by herself
t: mia can you tell me what you want to play
p: bubbles
t: nice she pressed i want then bubbles two buttons without help
c: she also says a few words with her mouth like up and mama
t: that is good we want both the talker and the words
t: now lets try three buttons i want blue bubbles
p: want blue
t: she pressed want then blue then bubbles after i pointed to the color page
t: that is one point cue so i will count it as cued
c: does she need to say the words out loud too
t: we model the words out loud every time but she can use the talker alone
t: five tries three buttons three of five were correct with a point cue
c: her teacher is worried she will stop talking if she uses the device
t: the research says the device usually helps the talking not hurts it
t: now the core words go stop and more in the bubble game
p: go go
t: she said go out loud and pressed go at the same time
c: she never does both
t: today she did both four times
t: any trouble with her ear tubes or ear pain lately
c: no ear pain since the tubes
t: good and is she still sleeping ok
c: yes she sleeps fine
t: for home use the talker at every meal and model two words like want juice
c: can you bill our insurance for the home practice too
t: no we can only bill the session here not home practice
c: makes sense
t: i will tell the therapist about the three button sentences she will update the goals next month
c: thanks june see you tuesday
p: bubbles
""",
    [
        "top row",
        "i want then bubbles|two buttons|2 buttons",
        "up and mama",
        "want then blue then bubbles",
        "point cue",
        "three of five|3/5|3 of 5",
        "go stop and more|core words",
        "four times|4 times",
        "at every meal",
        "want juice",
    ],
    ["ear pain"],
    ["bill our insurance for the home practice"],
)

S(
    "ab_slp04_loud_voice_parkinson",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
T: Hi Mr. Wallace, session nine of the loud voice program. How has the voice been this week?
P: My wife says she can hear me from the kitchen now.
T: That's what we want. A billing note before we start: you're past the yearly threshold for therapy, so I'll add the KX modifier; the voice work is still medically necessary.
P: Whatever you need, Kate.
T: Let's start with the long ah. Big breath, loud ah, as long as you can.
P: Ahhhhhhhh.
T: Eighteen seconds at eighty-eight decibels. Last week it was fourteen seconds.
P: My throat feels fine.
T: Any throat pain or hoarseness after practice at home?
P: No, nothing like that.
T: Good. Now high and low pitch glides, up like a siren, then down.
P: Up. Down.
T: Now the functional phrases you picked, read them loud.
P: Good morning, honey. Where are my keys? Let's go fishing.
T: Those were seventy-eight to eighty decibels, great. Conversation at the start was sixty-five.
P: It feels like I'm shouting.
T: You're not shouting, you're at normal loudness. It feels loud to you, that's the Parkinson's.
P: My wife says the same.
T: Now tell me about the fishing trip, in your loud voice.
P: We went to the lake, caught two bass, one got away.
T: Seventy-six decibels in conversation. Did you do your homework every day?
P: Every day but Sunday.
T: Sunday counts too. Any choking or coughing when you eat?
P: No choking.
T: Good. His voice quality is clear, no strain.
P: My son wants to know if he can come and do this too, he talks quietly.
T: He would need his own evaluation; I can't bill his practice on your visit.
P: He just mumbles.
T: Homework: ah ten times, glides, phrases, twice a day.
P: Twice a day, loud.
T: Next visit we'll record you reading a paragraph.
P: Make it a fishing magazine.
T: Deal. See you Wednesday.
""",
    [
        "loud voice",
        "eighteen seconds|18 seconds",
        "eighty-eight decibels|88 dB|88 decibels",
        "fourteen seconds|14 seconds",
        "pitch glides|glides",
        "seventy-eight to eighty decibels|78-80 dB",
        "sixty-five|65",
        "seventy-six decibels|76 dB",
        "every day but Sunday",
        "twice a day|2x/day",
    ],
    ["hoarseness", "choking"],
    ["caught two bass", "fishing magazine", "he talks quietly"],
    kx=True,
)

S(
    "ab_slp05_sepsis_thinking",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {"97129": 15, "97130": 17},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Ms. Ruiz, hi Paula. It's ten oh two, let's get started on the thinking work.
P: I'm ready. I slept badly, though.
C: She was up at three doing laundry.
T: How's the memory been this week since the ICU stay?
P: I forgot a doctor's appointment on Monday. It wasn't in the calendar.
T: Let's work on that. First, attention: I'll read numbers, tap when you hear a seven.
P: Okay.
T: You caught nineteen of twenty sevens, with one false tap. Good focus today.
P: That one was fun.
T: Now the pill organizer task. Here's the list of five medicines, fill the week.
P: Morning, noon, night. Wait, this one is twice a day.
T: You caught your own mistake. Eighteen of twenty one slots correct without help.
C: At home she fills it wrong about once a week.
T: Next, the planning task: plan a trip to the pharmacy and the bank before the bank closes at four.
P: Pharmacy first, it's closer, then the bank at three.
T: Good order. You needed one cue to check the closing time.
P: I always forget to check times.
T: That's why we use the planner. Any headaches with the tasks today?
P: No headaches.
T: Any trouble with your vision when reading the list?
P: No, my glasses work.
T: Now recall the three words from the start: apple, table, penny.
P: Apple, penny, and, hmm, table.
T: Three of three with a delay. Let me check the clock. We stopped at ten thirty four.
C: Can you bill for the hour I spend with her at night going over the planner?
T: I'm sorry, no, only the therapy done here can be billed. Your time at home isn't a service we bill.
C: I figured.
T: Home practice: check the planner every morning and every evening, and set alarms for appointments.
P: And write the appointment in the planner the moment I make it.
T: Exactly. Next session we'll do a phone call task, booking an appointment.
P: I hate the phone.
T: That's why we'll practice it. See you Friday.
P: Friday.
""",
    [
        "ICU stay|ICU",
        "forgot a doctor's appointment",
        "nineteen of twenty|19/20",
        "pill organizer",
        "eighteen of twenty one|18/21",
        "once a week|1x/week",
        "pharmacy and the bank",
        "one cue|1 cue",
        "three of three|3/3",
        "apple, table, penny|apple",
    ],
    ["headaches", "trouble with your vision"],
    ["up at three doing laundry", "hour I spend with her", "I hate the phone"],
    cog=32,
    clock={"cog": ("ten oh two", "ten thirty four")},
)

S(
    "ab_slp06_teacher_fluency",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mr. Osei, it's been ten visits, so today we check your progress against the goals.
P: I gave a whole lecture last week with only a few blocks.
T: That's big. Let's measure. Read this passage aloud for me.
P: The rainbow is a division of white light into many beautiful colors.
T: In the reading you had three stutters in three hundred syllables, one percent. At the start it was seven percent.
P: Reading was always easier.
T: Now talk to me about your classes, two minutes.
P: I teach chemistry to tenth graders. This year we have a new lab and the kids love the flames.
T: In conversation it was somewhere between four and five percent syllables stuttered. At the start it was twelve.
P: I felt a few blocks on the k sounds.
T: I heard two. Both times you used the pull out, smooth. Any tension in the jaw or the neck now?
P: No, not like before.
T: Do you still avoid the phone?
P: No, I call parents now. I don't avoid it.
T: On the OASES, your impact score went from three point two to two point one.
P: What does that mean?
T: That the stutter bothers you less in daily life. Now, practice: easy onsets on k and g words.
P: Cat, cold, garden, gold.
T: Smooth. Now the phone role play, calling a parent about a missed lab.
P: Hello, this is Mr. Osei from Lincoln High, calling about Jason's lab report.
T: One short block, and you used a pull out. Great.
P: My principal wants me to run the assembly in May.
T: That's a good goal. Goals: conversation under five percent, met. Use the phone daily, met. Speak at the assembly, not met yet.
P: I'll get there.
T: Plan: every other week for six more sessions, focusing on speeches.
P: Can the school pay you for the assembly coaching? I'd rather not use my insurance.
T: That would be a private arrangement; I can't bill the school under your therapy.
P: Understood.
T: Any new stress or trouble sleeping?
P: No trouble sleeping. I'm tired from teaching, that's all.
T: Fair. Keep the daily practice, ten minutes of reading aloud with easy onsets.
P: Ten minutes, every day. Got it.
""",
    [
        "three stutters in three hundred syllables|one percent|1%",
        "seven percent|7%",
        "somewhere between four and five percent|4-5%",
        "twelve|12%",
        "pull out|pull-out",
        "OASES",
        "three point two|3.2",
        "two point one|2.1",
        "easy onsets",
        "phone role play",
        "not met yet",
        "every other week for six more sessions|6 more sessions",
    ],
    ["tension in the jaw", "avoid the phone", "trouble sleeping"],
    ["kids love the flames", "Jason's lab report", "private arrangement"],
)

S(
    "ab_slp07_glossectomy_done",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Mr. Grant, hi Linda. Last visit for swallowing today, and we'll go over the goals.
C: He's eating steak again. Cut small, but steak.
P: Medium rare.
T: Any coughing or choking at meals this week?
C: No choking at all. He coughed once on soup, that's it.
T: Any fevers or chest infections?
P: No fevers.
T: Let's watch a few swallows. Thin water from the cup first.
P: Here goes.
T: Clear, no cough, voice is clear after. Now the cracker.
P: Chewing takes longer on the left.
T: There's a little left in the left cheek; a liquid wash clears it. Now the effortful swallow, five times.
P: Hard, hard, hard.
T: Good. Now the tongue press on the bulb: twenty eight kilopascals, it was fourteen at the start.
C: Double.
T: Your FOIS is six now, total oral diet with some limits. At the start he had the feeding tube, FOIS two.
P: Tube's been out since October.
T: Goals: eat a regular diet with cut-up meats, met. Thin liquids without coughing, met. Eat a meal in under forty five minutes, partly met; it's still about an hour.
C: He talks more than he eats, that's why.
P: True.
T: Weight stable at one hundred seventy pounds.
T: Keep the home program: the tongue presses and the effortful swallows, once a day for two months.
P: Once a day, I can do that.
C: Can we keep coming, and bill it as maintenance so he doesn't lose it?
T: He's met his goals, so we'll discharge. If something changes, the doctor can refer him back.
C: That's fair.
T: Signs to watch for: coughing at meals again, a fever, weight loss.
P: I'll watch.
T: And the mouth dryness from radiation, keep the water bottle at meals.
P: Always have it.
T: It's been great working with you both.
C: Thank you, Tess.
P: Thanks. Next steak's on me.
""",
    [
        "steak",
        "left cheek",
        "liquid wash",
        "effortful swallow",
        "twenty eight kilopascals|28 kPa",
        "fourteen|14 kPa",
        "FOIS is six|FOIS 6",
        "FOIS two|FOIS 2",
        "partly met",
        "one hundred seventy pounds|170 pounds|170 lb",
        "once a day for two months|2 months",
        "mouth dryness",
    ],
    ["choking", "fevers"],
    ["medium rare", "talks more than he eats"],
)

# =============================================================================================
# test: PT
# =============================================================================================

S(
    "ab_pt09_hygienist_neck",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 8},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
t: hi renee im marco the physical therapist what brings you in
p: my neck i am a dental hygienist and i lean over patients all day
t: where does it hurt
p: the right side of the neck and into the top of the shoulder blade
t: how bad on a scale of zero to ten
p: somewhere between five and six most days worse by friday
t: does anything go down the arm any numbness or tingling in the hand
p: no nothing down the arm no numbness
t: any headaches with it
p: sometimes at the end of the day a dull one at the back of the head
t: any dizziness or trouble swallowing
p: no none of that
t: sorry one second my phone hi this is marco yes i will call back after two ok sorry about that
p: no worries
t: turn your head to the right as far as you can
p: that pulls on the left side
t: rotation right is sixty degrees left is seventy
t: look down chin to chest that is full
t: tip your head back and to the right spurlings test is negative no arm symptoms
t: your deep neck flexor hold is twelve seconds that is short normal is about thirty
p: twelve seconds felt like forever
t: your n d i score is twenty two percent mild disability
t: this is a low complexity evaluation one body part and you are healthy otherwise
p: good i cannot take time off
t: lets start the chin tucks ten times with a five second hold and the shoulder blade squeezes
p: the chin tuck makes me feel like i have a double chin
t: everyone says that we did eight minutes of exercises
t: at work raise the chair and use the loupes so you do not lean so far
p: my boss says the loupes are too expensive
t: that is between you and your boss but they help
p: can you do massage next time
t: maybe some manual work next visit if it still feels tight
t: goals work a full week with pain under three and turn the head to seventy both ways
t: twice a week for four weeks
p: ok see you monday
""",
    [
        "dental hygienist",
        "right side of the neck",
        "shoulder blade",
        "somewhere between five and six|5-6/10|5 to 6",
        "back of the head",
        "sixty degrees|60 degrees",
        "seventy|70 degrees",
        "spurlings test is negative|Spurling's negative|spurlings",
        "twelve seconds|12 seconds",
        "twenty two percent|22%|NDI 22",
        "chin tucks",
        "loupes",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["numbness", "dizziness"],
    ["my boss says", "call back after two", "double chin"],
)

S(
    "ab_pt10_grandmother_falls",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97116": 11},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Hello, Mrs. Tran. I'm Alex, the physical therapist. Our interpreter, Minh, will help us, and I see your son is here too.
C: Minh here. She says hello and thank you for seeing her.
C: I'm Danny, her son. She's fallen at home a lot lately.
T: Minh, can you ask her how many times she's fallen?
C: She says she fell four times since the new year. Two in the kitchen, one on the steps outside, one at night going to the bathroom.
T: Did she get hurt?
C: She says she hurt her wrist in one fall, it was not broken. She did not hit her head.
T: Does she get dizzy when she stands up?
C: She says no, she is not dizzy, her legs just feel weak and the right foot drags.
T: Any pain right now?
C: She says her right knee hurts, three out of ten, and the back is stiff in the morning.
T: What does she want to be able to do?
C: She says she wants to walk to the temple on Sundays and cook for the family.
C: That's about four blocks each way. She used to do it every week.
T: Thank you, Danny. I'll test her balance now. Minh, please tell her to stand with feet together.
C: She says okay, she is ready.
T: She sways but holds it thirty seconds. Eyes closed, she steps out at eight seconds.
T: Berg balance score is thirty nine out of fifty six. Timed up and go was twenty two seconds with the cane.
C: She asks if that is bad.
T: Tell her it means she's at risk of falling and that we can improve it.
T: Right ankle dorsiflexion strength is three minus out of five, and the right hip abductors are three out of five.
T: With her diabetes, high blood pressure, the falls and living with a son who works nights, this is a high complexity evaluation.
C: I work nights at the warehouse, so she's alone from ten to six.
T: Now let's walk in the hallway with the cane and practice turns and stepping over the doorway strip.
C: She says the turning is scary.
T: She needed contact guard on the turns. Gait training was eleven minutes.
C: Can you also bill for my back? I hurt it lifting boxes at work.
T: I can't bill anything for you today, Danny, you'd need your own referral.
T: I'm recommending an ankle brace for the right foot drag, a night light, and a bedside commode for nighttime.
C: She says she does not want a commode next to her bed.
T: That's her choice; let's start with the night light. Twice a week for eight weeks.
C: She says thank you, and she will bring you spring rolls.
P: Cam on. Thank you.
""",
    [
        "four times|4 falls|fell 4 times",
        "hurt her wrist",
        "right foot drags",
        "right knee hurts|three out of ten|3/10",
        "temple on Sundays|temple",
        "thirty seconds|30 seconds",
        "eight seconds|8 seconds",
        "thirty nine out of fifty six|Berg 39/56|39 out of 56",
        "twenty two seconds|22 seconds",
        "three minus out of five|3-/5",
        "contact guard",
        "ankle brace",
        "night light",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["hit her head", "dizzy"],
    ["lifting boxes at work", "spring rolls", "bedside commode"],
)

S(
    "ab_pt11_stenosis_van",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 13, "97116": 5},
    [],
    "97110x1:GP,CQ,KX",
    """
t: there you are mister bell im tom the p t a we thought you were not coming
p: the van came forty minutes late i called the front desk
t: no problem we have about twenty minutes left so lets go
p: my back is the same the legs get heavy after a block
t: pain right now zero to ten
p: a four in the low back
t: any numbness in the legs today
p: no numbness just heavy
t: any changes with the bladder
p: no nothing like that
t: quick note you passed the yearly threshold so we add the k x modifier this therapy is still medically necessary for your walking
p: fine whatever you say
t: lets do the bike leaning forward it opens up the back
p: leaning on the bike is the only time i feel good
t: then the knees to chest and the pelvic tilts ten each
p: the tilts are easy now
t: then the hip bridges two sets of ten
p: my legs shake on the second set
t: that was thirteen minutes of exercise
t: now walking in the hall with the rollator a few laps
p: this rollator is my best friend
t: we only got five minutes of walking because of the van
p: can i do the walking at the mall instead
t: yes the mall walk is good lean on the cart if your legs get heavy
p: my wife wants you to bill the time we waited for the van
t: no the waiting time cannot be billed only treatment
p: figured
t: how far did you walk at the mall this week
p: two laps maybe
t: try for three laps this week with rest on the benches
p: the benches are always full of teenagers
t: any falls this week
p: no falls
t: good the p t will check you on friday
p: ok thanks tom
t: see you friday and call if the van is late again
p: it will be
""",
    [
        "legs get heavy|heavy",
        "a four|4/10",
        "bike leaning forward",
        "knees to chest",
        "pelvic tilts",
        "hip bridges|two sets of ten|2 sets of 10",
        "rollator",
        "mall walk|mall",
        "three laps|3 laps",
    ],
    ["numbness", "bladder", "falls"],
    ["full of teenagers", "bill the time we waited", "forty minutes late"],
    kx=True,
)

S(
    "ab_pt12_baker_back",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 10},
    ["97150"],
    "97150x1:GP,CQ 97110x1:GP,CQ",
    """
T: Hi Gloria, I'm Nate, the PTA. First the back class with the other three, then ten minutes with just you.
P: The class is fun, we laugh a lot.
T: Okay everyone, lift the box from the floor: hips back, chest up, box close.
P: Like a squat with a box.
T: Exactly. Mr. Kim, bend those knees. Now carry it to the shelf and set it down.
P: The shelf is high for me.
T: Then step closer, don't reach. Good. Now the sit to stand, ten times.
P: My back didn't like the fifth one.
T: That class part with four people was about twenty five minutes. Now you and me on the mat.
P: Just me now.
T: How's the pain today, zero to ten?
P: A three, I'd say. It was five last week.
T: Any pain going down the legs?
P: No, not in the legs.
T: Any numbness or weakness?
P: No.
T: Good. Let's do the bird dogs, ten each side, and the dead bugs.
P: The dead bug is the worst name for an exercise.
T: Agreed. Then the side plank from the knees, three times twenty seconds.
P: Twenty seconds is long.
T: That one-on-one exercise was ten minutes.
P: My husband wants to come to the class. Can you bill it to my plan?
T: He'd need his own referral and evaluation; I can't bill your plan for him.
P: He'll be disappointed.
T: At work in the bakery, the fifty pound flour bags: use the cart, and lift with a partner.
P: The cart is broken half the time.
T: Then get a partner. Keep the home program every day.
P: I do it every morning with my coffee.
T: Perfect. Your therapist sees you Monday for the progress check.
P: See you Monday.
T: I'll write that you tolerated class well, pain down to three.
P: And the bird dogs were better.
""",
    [
        "hips back, chest up|box close",
        "sit to stand|ten times|10 times",
        "a three|3/10",
        "five last week|5/10",
        "bird dogs",
        "dead bugs|dead bug",
        "side plank from the knees",
        "three times twenty seconds|3 x 20 seconds",
        "bakery",
        "fifty pound flour bags|50 pound",
        "every morning",
    ],
    ["down the legs", "numbness"],
    ["Mr. Kim", "worst name for an exercise", "my husband wants to come"],
)

S(
    "ab_pt13_frozen_shoulder",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 9, "97530": 17, "97110": 6},
    [],
    "97530x1:GP,59 97140x1:GP",
    """
T: Hi Mrs. Lindqvist. How's the shoulder this week?
P: Stiff. I still can't reach the top shelf or do my bra.
T: Pain on zero to ten?
P: A five when I reach, two at rest.
T: Any pain at night that wakes you?
P: Not anymore, I sleep through now.
T: Any numbness down the arm?
P: No.
T: Let's start with the joint work. Lie back. I'll glide the shoulder down and back.
P: That's the spot.
T: Flexion before was one hundred ten degrees, after the glides one hundred twenty five.
T: That manual work was seven minutes, scratch that, nine, I started before you sat up.
P: It felt longer.
T: Now, in a separate block, the real-life reaching. It's three forty. Put the plates on the top shelf, then reach behind for the apron strings.
P: The plates are okay, the apron is terrible.
T: Slide the hand up the back like this. Now the hair brushing to the back of the head.
P: I can get to the back now, last month I couldn't.
T: Now the laundry basket to the high shelf.
P: That's heavy.
T: Light load, two towels. Good. It's three fifty seven, we stop there.
P: I'm sweating.
T: Now the pulleys and the wand, quickly, six minutes.
P: The pulley makes that squeak.
T: We'll oil it. External rotation is thirty degrees, it was fifteen at the start.
P: Doubled.
T: Doubled. My phone, sorry. Hi, yes, tell her four thirty. Okay, sorry.
P: Busy place.
T: Home: the wand every morning, the towel stretch behind the back twice a day.
P: My daughter asked if you can bill for the yoga class she wants me to take.
T: I can't bill for yoga, but it's fine to go if it's gentle.
P: She'll be glad.
T: Any swelling or warmth in the arm?
P: None.
T: Good. Next time we'll try the overhead cupboard at your height.
P: The top one, with the good china.
T: The good china. See you Thursday.
""",
    [
        "top shelf",
        "a five when I reach|5/10",
        "two at rest|2/10",
        "one hundred ten degrees|110 degrees",
        "one hundred twenty five|125 degrees",
        "apron strings|apron",
        "hair brushing",
        "laundry basket",
        "pulleys and the wand|pulleys",
        "thirty degrees|30 degrees",
        "fifteen at the start|15 degrees",
        "towel stretch",
    ],
    ["pain at night", "numbness", "swelling"],
    ["good china", "yoga class", "tell her four thirty", "seven minutes, scratch that"],
    clock={"97530": ("three forty", "three fifty seven")},
    has59=True,
)

S(
    "ab_pt14_hip_arthritis_progress",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97113": 22, "97110": 8},
    [],
    "97113x1:GP 97110x1:GP",
    """
T: Mr. Osborne, today's your tenth visit, so it's the progress report. We'll do the pool and then the measures.
P: The pool is the only place my hips don't hurt.
T: What's the hip pain now, zero to ten?
P: Somewhere between two and three in the water, five on land.
T: At the start it was seven on land. Any giving way of the hips?
P: No, nothing gives way.
T: Any swelling in the knees or ankles?
P: No swelling.
T: Into the pool. Walk forward, backward and sideways across, four lengths.
P: Sideways is my favorite, don't know why.
T: Now the step ups on the pool stair, and the kicks holding the wall.
P: My left hip clicks on the kicks.
T: Clicks without pain are fine. Now the deep water jogging with the belt.
P: I feel like a cork.
T: Aquatic exercise was twenty two minutes today.
P: Time flies in the water.
T: Now on land: the sit to stand test, thirty seconds, arms crossed.
P: Here goes.
T: Eleven stands. At the start you did seven.
T: Timed up and go is ten seconds, it was fifteen.
T: Your LEFS is forty eight out of eighty, it started at thirty one.
P: I don't know what that means but it sounds better.
T: It's a real improvement, more than the nine points that matter.
T: Now the land exercises: clamshells and bridges, two sets of ten. Eight minutes.
P: On land they hurt more.
T: Goals: walk the dog around the block, met. Stairs one foot per step, not met yet. Get in and out of the car without help, met.
P: The stairs are my enemy.
T: Plan: keep going twice a week for four more weeks, adding stairs in the pool.
P: My wife wants to join the pool sessions. Can she?
T: She can use the public pool with you, but I can't bill for her.
P: Public pool it is.
T: Keep walking the dog every day.
P: He walks me, really.
T: See you Tuesday.
""",
    [
        "somewhere between two and three|2-3/10|2 to 3",
        "five on land|5/10",
        "four lengths|4 lengths",
        "deep water jogging",
        "belt",
        "eleven stands|11 stands",
        "seven|7 stands",
        "ten seconds|10 seconds",
        "forty eight out of eighty|48/80",
        "thirty one|31",
        "clamshells and bridges|clamshells",
        "not met yet",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["giving way", "swelling"],
    ["like a cork", "public pool", "he walks me"],
)

S(
    "ab_pt15_ms_recheck",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "test",
    {"97542": 16, "97110": 7},
    ["97164"],
    "97164x1:GP 97542x1:GP",
    """
T: Hi Ms. Bright, today's your re-evaluation, thirty days since the last one, and we'll look at the new manual chair.
P: The chair is great. But I'm getting tired faster this month.
T: Tell me about the fatigue. Zero to ten?
P: A six by lunch, even with the rest breaks.
T: Any new numbness or vision changes since the MS flare?
P: No new numbness. My vision is the same.
T: Any falls?
P: No falls. I use the chair outside now, the walker only in the house.
T: Transfers from the chair to the mat: you needed standby assist. Last month minimal assist.
P: I feel steadier.
T: Berg today is thirty one out of fifty six, it was twenty seven.
T: Ten meter walk with the walker, zero point five meters per second, it was zero point four.
P: Slow but faster.
T: Hip flexion strength is three plus out of five on the left, three on the right.
T: Now the chair. Let's check your posture. You're sliding forward, so I'll adjust the seat depth and the back angle.
P: It always feels like I'm sliding.
T: I'm changing the backrest two notches. Now push up the ramp.
P: Up is hard, my right arm gets tired.
T: Shorter pushes, lean forward. Now the brakes and the anti-tippers.
P: The anti-tippers hit the curb at the pharmacy.
T: I'll raise them one hole. The wheelchair work was sixteen minutes.
P: That was a lot of fiddling.
T: Then the arm band work, seven minutes, just to keep the pushing muscles strong.
P: My sister wants to know if therapy can pay for a ramp at her house.
T: I can't bill for a home ramp, that's not a therapy service.
P: She'll build it herself then.
T: Goals: independent chair skills on ramps, partly met. Transfers with standby, met. Berg over thirty five, not met.
P: Not met, okay.
T: Plan: twice a week for six more weeks, rest breaks planned, and the chair check each month.
P: And the cooling vest?
T: Yes, the cooling vest in the summer. See you Tuesday.
P: Tuesday.
""",
    [
        "a six by lunch|6/10",
        "MS flare|MS",
        "walker only in the house",
        "standby assist",
        "thirty one out of fifty six|Berg 31/56|31 out of 56",
        "twenty seven|27",
        "zero point five meters per second|0.5 m/s",
        "three plus out of five|3+/5",
        "seat depth",
        "backrest two notches|2 notches",
        "anti-tippers",
        "partly met",
        "twice a week for six more weeks|2x/week for 6 weeks",
    ],
    ["new numbness", "falls"],
    ["build it herself", "pharmacy", "ramp at her house"],
)

S(
    "ab_pt16_above_knee_done",
    "PT",
    "discharge",
    "PT",
    "cms",
    "test",
    {"97763": 18, "97116": 12},
    [],
    "97763x1:GP 97116x1:GP",
    """
T: Hi Mr. Farah, last visit today. We'll check the leg one more time and go over your goals.
P: Good. I walked to the mosque on Friday. First time in a year.
T: That's wonderful. Let's look at the socket. Any sore spots or blisters?
P: No blisters. A little pressure at the groin end of the day.
T: The skin is intact, a little redness at the brim that fades. I'll flare the brim a bit.
P: That already feels better.
T: Now the knee unit. Walk for me. The knee is swinging through a little fast.
P: Sometimes it snaps straight.
T: I'll add resistance to the knee. Walk again. Better, smoother. Now let's check the foot alignment on the ramp.
P: Uphill is still the hard part.
T: The prosthesis check and the adjustments were eighteen minutes.
P: The prosthetist wanted to know too.
T: I'll write the changes for her. Now outside, the curb and the gravel path.
P: Gravel used to scare me.
T: You stepped up the curb without the cane, and the gravel without a loss of balance. Twelve minutes of gait outside.
T: Goals: walk to the mosque, three blocks, without a cane, met. Curbs without a device, met. Walk for thirty minutes without rest, not met, you rest at twenty.
P: Twenty is still more than zero.
T: It is. Timed up and go today is eleven seconds; at the start it was twenty six.
T: The six minute walk is three hundred forty meters, up from one hundred eighty.
T: Any back pain or pain in the other knee?
P: No, the back is fine now.
T: Any falls since the last visit?
P: No.
T: Keep the home program, the hip extensions and the side lying lifts, every day.
P: My son wants you to keep billing visits so I keep coming.
T: I can't bill visits you don't need. You've done the work, and you can call if anything changes.
P: Understood.
T: If the socket rubs or you fall, call us or the prosthetist right away.
P: I will. Thank you for everything.
T: It's been an honor.
""",
    [
        "mosque",
        "pressure at the groin",
        "redness at the brim",
        "flare the brim",
        "resistance to the knee",
        "gravel",
        "three blocks|3 blocks",
        "not met",
        "eleven seconds|11 seconds",
        "twenty six|26 seconds",
        "three hundred forty meters|340 meters|340 m",
        "one hundred eighty|180",
        "hip extensions and the side lying lifts|hip extensions",
    ],
    ["blisters", "back pain", "falls"],
    ["first time in a year", "keep billing visits"],
)

# =============================================================================================
# test: OT
# =============================================================================================

S(
    "ab_ot08_seamstress_hand_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 8},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
t: hello missus haddad im nora the occupational therapist and this is rania our arabic interpreter
c: she says hello and she is happy there is someone who speaks arabic
p: shukran
t: what is the problem with the hands
c: she says both hands are numb at night and she wakes up shaking them mostly the right
t: what work does she do
c: she is a seamstress at home she sews wedding dresses and the needle falls from her fingers
t: how long has this been going on
c: she says about a year worse in the last three months
t: any neck pain or pain going up the arm
c: she says no neck pain nothing up the arm
t: any weakness dropping cups
c: she says yes she dropped two cups this month
t: lets test tapping on the wrist tinels is positive on the right and negative on the left
t: phalens test is positive on the right at twenty seconds
c: she says yes that is the tingling she feels at night
t: grip right is thirty pounds left is forty five
t: pinch on the right is eight pounds
t: two point discrimination on the right index is seven millimeters which is decreased
c: she asks if she needs surgery
t: that is for the hand surgeon but we will try splints and exercises first
t: she has diabetes and thyroid problems and it is both hands so this is a moderate complexity evaluation
t: now i will teach her the night splints and how to sew with the wrist straight
c: she says she always sews with the wrist bent
t: put a pillow on the lap and raise the table so the wrist stays straight
c: she says her husband can raise the table with bricks
t: that was eight minutes teaching the splint wear and the sewing setup
c: she asks if you can bill her sister too who has the same problem
t: no we can only bill for her own visit her sister needs her own doctor
t: goals sew for one hour without numbness and no dropped cups in six weeks
c: she says thank you and that she will make you a scarf
p: thank you shukran
t: that is kind we will see her twice a week for six weeks
""",
    [
        "numb at night",
        "seamstress",
        "wedding dresses",
        "about a year|1 year",
        "dropped two cups|2 cups",
        "tinels is positive on the right|tinels",
        "phalens test is positive|twenty seconds|20 seconds",
        "thirty pounds|30 pounds|30 lb",
        "forty five|45",
        "eight pounds|8 pounds|8 lb",
        "seven millimeters|7 mm",
        "night splints",
        "pillow on the lap",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["neck pain"],
    ["make you a scarf", "raise the table with bricks", "bill her sister"],
)

S(
    "ab_ot09_trigger_thumb_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97110": 10},
    ["97165"],
    "97165x1:GO 97110x1:GO",
    """
T: Hi Mr. Yoder, I'm Fern, the occupational therapist. What's going on with the thumb?
P: It locks in the morning. I have to pull it straight with the other hand, and it pops.
T: Which hand?
P: The right. I'm a retired farmer, I fix engines in the barn.
T: How long has it been locking?
P: About four months. It's worse in the cold.
T: Pain on zero to ten?
P: A four when it pops, one otherwise.
T: Any numbness in the fingers?
P: No numbness.
T: Any other fingers locking?
P: No, just the thumb.
T: I feel a nodule at the base of the thumb on the palm side, and it's tender. It catches when you bend it.
P: That's the bump.
T: Thumb IP flexion is fifty degrees before it catches. Grip right is sixty five pounds, left is seventy.
T: Your QuickDASH is twenty three, that's mild.
P: Mild. My wife says I complain a lot.
T: This is a low complexity evaluation, one problem, and you're healthy otherwise.
P: Healthy as a horse, except the thumb.
T: I'll make a small splint to keep the thumb joint straight at night.
P: How long do I wear it?
T: Nights, for six weeks. Now the exercises: thumb blocking, the tendon glides, ten each.
P: Slow, right?
T: Slow. Warm water first in the morning. We did the exercises for twelve minutes, no, let me correct that, ten minutes, the splint fitting took the rest.
P: Ten it is.
T: Use the fat grip on the wrenches. I'll give you foam tubing.
P: My grandson wants you to bill the tractor clinic for the foam, it's farm equipment.
T: I can't bill the foam to anyone but you, and it's just a few dollars.
P: Fair.
T: Goals: no locking in the morning and fix engines for an hour without pain, in six weeks.
P: And the cortisone shot?
T: That's a question for your doctor if the splint doesn't help. We'll see you once a week.
P: See you next week.
""",
    [
        "locks in the morning",
        "retired farmer",
        "fix engines",
        "four months|4 months",
        "a four when it pops|4/10",
        "nodule at the base of the thumb|nodule",
        "fifty degrees|50 degrees",
        "sixty five pounds|65 pounds|65 lb",
        "QuickDASH is twenty three|QuickDASH 23",
        "tendon glides",
        "thumb blocking",
        "foam tubing",
        "once a week|1x/week",
    ],
    ["numbness", "other fingers locking"],
    ["healthy as a horse", "tractor clinic", "complain a lot", "twelve minutes, no"],
)

S(
    "ab_ot10_copd_laundry",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 20, "97535": 9},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Hi Mrs. Pruitt, I'm Kelly, the OTA today. How's the breathing?
P: Better than last week. The oxygen is at two liters at home.
T: Oxygen saturation is ninety three percent at rest. Any chest pain?
P: No chest pain.
T: Any swelling in the ankles?
P: No, my ankles are fine.
T: Quick billing note: your therapy spending passed the yearly threshold, so I'm adding the KX modifier. The therapy is still medically necessary for you.
P: Fine, honey.
T: Today, laundry. Load the washer from the basket, then hang the shirts.
P: Bending into the washer takes my breath.
T: Pursed lip breathing: in through the nose, out slowly. Sit on the stool to load.
P: Sitting helps.
T: Now hang the shirts, and stop when you need to.
P: I'm stopping.
T: Saturation dropped to eighty nine, back to ninety two after a minute of rest. The laundry work was twenty minutes.
P: It's a whole workout.
T: Now, after the laundry, the teaching: planning your week so the big chores aren't on the same day.
P: Monday wash, Tuesday shop?
T: Yes, and sit to dry your hair. And the long-handled sponge in the shower.
P: My daughter wants to know if you can bill her visit since she's the one who takes me to the store.
T: We can't bill anything for her, only your therapy.
P: I'll tell her.
T: That teaching took nine minutes.
T: Any falls this week?
P: No falls.
T: Good. Borg breathlessness at the end was four out of ten.
P: Four, that's about right.
T: Next time we'll make a sandwich in the kitchen sitting down.
P: I'll bring my own bread.
T: I'll write that you needed two rest breaks and standby assist.
P: And that I didn't complain.
T: You complained a little.
P: A little.
""",
    [
        "two liters|2 liters|2 L",
        "ninety three percent|93%",
        "pursed lip breathing",
        "stool to load|sit on the stool",
        "eighty nine|89%",
        "ninety two|92%",
        "Monday wash, Tuesday shop|Monday wash",
        "long-handled sponge",
        "four out of ten|4/10",
        "two rest breaks|2 rest breaks",
        "standby assist",
    ],
    ["chest pain", "swelling", "falls"],
    ["my own bread", "bill her visit"],
    kx=True,
    has59=True,
)

S(
    "ab_ot11_trigger_release_home",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97535": 14, "97110": 9},
    [],
    "97535x1:GO,CO 97110x1:GO,CO",
    """
t: hi carlos im lena the o t a how is the hand after the surgery
p: the stitches came out tuesday the middle finger still wont close all the way
t: any redness or drainage from the cut
p: no its clean no drainage
t: pain zero to ten
p: like a three when i make a fist
t: lets see the fist the middle finger is two centimeters from the palm
p: it was three last week
t: yes better now lets go over the home stuff how are you doing the dishes
p: my wife does them i hold the hand up
t: you can do light dishes now with a glove keep the scar dry after
t: and how are you typing at work
p: one hand mostly
t: use both hands with short breaks every half hour and the wrist rest
p: i forgot the wrist rest at the office
t: and the scar massage with lotion three times a day
p: it feels weird to rub it
t: that is the point it softens the scar that teaching was fourteen minutes
t: now the exercises the tendon glides and the blocking
p: the hook fist is hard
t: ten of each slow then the soft putty squeeze
p: this putty is like bread dough
t: nine minutes of exercises
p: my boss wants a note to bill my company for the therapy
t: we bill your insurance not your company i can give a work note for your boss
p: ok a work note then
t: any numbness in the fingertip
p: a little at the tip of the middle finger
t: that can happen after surgery we watch it
t: any fever
p: no fever
t: the o t sees you next week for the measurements
p: see you then
""",
    [
        "stitches came out",
        "middle finger",
        "like a three|3/10",
        "two centimeters|2 cm",
        "light dishes",
        "glove",
        "every half hour",
        "wrist rest",
        "scar massage",
        "three times a day|3 times a day",
        "tendon glides",
        "soft putty",
        "tip of the middle finger",
    ],
    ["drainage", "fever"],
    ["bread dough", "bill my company"],
)

S(
    "ab_ot12_lumbar_fusion_dressing",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97530": 16, "97535": 12},
    [],
    "97530x1:GO 97535x1:GO,59",
    """
T: Hi Mr. Castillo, I'm Rosa from OT, and Will from PT is here too. We're working together today, but we each bill our own part.
T: Hi, I'm Will. I'll be working on your walking and the stairs; Rosa's doing the bathroom and dressing.
P: Two of you. I must be a handful.
T: How's the back since the fusion?
P: Sore, a four. Better than last week.
T: Any numbness or tingling in the legs?
P: No numbness.
T: Any trouble with the bladder since surgery?
P: No, that's all normal.
T: Good. Remember the back precautions: no bending, no lifting, no twisting.
P: No BLT. Like the sandwich.
T: Exactly. Let's practice the toilet transfer with the raised seat, then the tub bench.
P: The toilet at home is really low.
T: That's why the raised seat. Scoot, hands on the armrests, stand without twisting.
P: Up. That's easier.
T: You needed standby assist. Now the tub bench, legs over one at a time.
P: My wife won't like this bench in her bathroom.
T: It's temporary. That bathroom practice was sixteen minutes.
T: My turn with the stairs. I did eleven minutes of stair training with him, that's on my PT note.
P: The stairs are fine with the rail.
T: Now back to me, in a separate block: the hip kit for dressing. The reacher for the pants, the sock aid, the long shoehorn.
P: The sock aid is a puzzle.
T: Slide the sock on, drop it, pull the straps. No bending.
P: Got it on the second try.
T: That training was twelve minutes. You put on pants and socks with the reacher and sock aid with supervision.
P: My daughter asked if you could bill her insurance for the hip kit because mine won't cover it.
T: No, it can only be billed to you; we'll check what your plan covers.
P: Okay.
T: Any dizziness when you stood up?
P: No dizziness.
T: Plan: twice a week, next time the kitchen and reaching for the cupboards.
P: Without bending.
T: Without bending. See you Thursday.
""",
    [
        "fusion",
        "a four|4/10",
        "no bending, no lifting, no twisting|back precautions",
        "raised seat",
        "standby assist",
        "tub bench",
        "hip kit",
        "reacher",
        "sock aid",
        "long shoehorn",
        "second try",
        "supervision",
        "twice a week|2x/week",
    ],
    ["numbness", "bladder", "dizziness"],
    ["stair training", "No BLT", "bill her insurance", "eleven minutes"],
    has59=True,
)

S(
    "ab_ot13_stroke_memory_progress",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97129": 15, "97130": 8},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Hi Mrs. Ibarra, hi Tom. Today's the progress report, ten visits since the stroke evaluation.
C: She's cooking again, with me nearby.
P: I burned the rice once.
T: Everyone burns the rice. Let's do the measures first. Your MoCA today is twenty two out of thirty; at the start it was seventeen.
C: Five points.
T: Yes. Any headaches or new weakness this week?
P: No, no headaches.
T: Any falls at home?
C: No falls, she's careful.
T: Good. It's one fifteen, let's start the thinking work. The recipe task: read it, gather the items on the table in order.
P: Flour, eggs, milk, and the pan.
T: You skipped the sugar. Check the list again.
P: Sugar. I always miss one.
T: You caught it with one cue. Next, the medication schedule: tell me what you take at noon.
P: The white pill and the vitamin.
T: Correct. Now the money task: pay this bill of forty two dollars fifty with these bills and coins.
P: Two twenties, two ones, two quarters.
T: Correct, first try. Now recall the three items from the start.
P: Eggs, and the pan, and... the milk.
T: Two of three, then three of three with a cue. It's one thirty eight, we'll stop there.
C: Can you bill the hours I spend helping her at home? I'm retired.
T: We can't bill your time, only her therapy here.
C: I thought not.
T: Goals: follow a recipe with one cue, met. Manage her pills with the organizer, met. Cook a full meal alone, not met yet.
P: I want to cook Christmas dinner.
T: That's a good goal to aim for. Trail making B took one hundred forty seconds, it was two hundred ten.
T: Plan: once a week for four more weeks, then we'll see.
C: And the stove alarm?
T: Keep the stove timer on every time. See you next Wednesday.
P: I'll make you a tamale.
T: I'd love that, but I can't take food. See you Wednesday.
""",
    [
        "twenty two out of thirty|MoCA 22/30|22 out of 30",
        "seventeen|17",
        "recipe task",
        "skipped the sugar|sugar",
        "one cue|1 cue",
        "forty two dollars fifty|$42.50",
        "first try",
        "two of three|2/3",
        "three of three with a cue|3/3",
        "not met yet",
        "one hundred forty seconds|140 seconds",
        "two hundred ten|210",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["headaches", "falls"],
    ["burned the rice", "Christmas dinner", "tamale", "I'm retired"],
    cog=23,
    clock={"cog": ("one fifteen", "one thirty eight")},
)

S(
    "ab_ot14_elbow_stiff_done",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97110": 11, "97140": 4},
    [],
    "97110x1:GO",
    """
t: hi jade last visit today lets measure and go over the goals
p: finally my elbow works again i can wash my hair
t: how is the pain zero to ten
p: like a one only at the end of the day
t: any numbness in the pinky or ring finger
p: no numbness anymore
t: any clicking or locking in the elbow
p: no clicking
t: lets measure elbow extension is minus ten degrees flexion is one hundred thirty five
t: at the start it was minus forty and ninety
p: thats a big change
t: grip on the right is fifty five pounds left is sixty
t: your quick dash is nine it started at sixty two
t: lets do the last exercises the wand the bicep curls with three pounds and the stretch in the doorway
p: the doorway stretch still pulls
t: exercises were eleven minutes
t: quick soft tissue on the forearm muscle only four minutes
p: that feels nice
t: goals wash and dry your hair with both hands met carry the groceries met do a push up at the gym not met yet
p: the push up is my next project
t: keep the stretches every day and build up slowly
p: my mom wants you to bill the gym membership as therapy
t: no we cannot bill the gym that is not a therapy service
p: i figured
t: any swelling after the workouts
p: no swelling
t: great call us if it gets stiff again
p: will do thank you so much
t: you worked really hard
p: i will miss the putty
t: take the putty home its yours
p: yay
t: one more thing ice after the gym fifteen minutes if it aches
p: ok
t: good luck with the push up
p: thanks
""",
    [
        "wash my hair|wash and dry your hair",
        "like a one|1/10",
        "minus ten degrees|-10 degrees",
        "one hundred thirty five|135 degrees",
        "minus forty|-40",
        "fifty five pounds|55 pounds|55 lb",
        "quick dash is nine|QuickDASH 9",
        "sixty two|62",
        "three pounds|3 pounds|3 lb",
        "doorway",
        "not met yet",
        "carry the groceries",
    ],
    ["numbness", "clicking", "swelling"],
    ["miss the putty", "gym membership"],
)

# =============================================================================================
# test: SLP
# =============================================================================================

S(
    "ab_slp08_coach_hoarse_eval",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Hi Mr. Dorsey, I'm Priya, the speech-language pathologist. The ENT sent you for the hoarseness.
P: Yes. I coach high school basketball and by Friday I sound like a frog.
T: How long has the voice been like this?
P: Since the start of the season, about three months.
T: What did the ENT see on the scope?
P: Swelling, she said, no nodules. Squeezing too hard, she called it.
T: Any pain when you swallow, or coughing up blood?
P: No, nothing like that.
T: Do you smoke?
P: Never. I drink a lot of coffee, though.
T: How much water a day?
P: Maybe two glasses. Coffee the rest.
T: Let's measure. Hold an ah as long as you can.
P: Ahhhh.
T: Eleven seconds. Normal for you would be about twenty.
T: Now s, then z. The s was eighteen seconds, the z twelve, an s to z ratio of one point five.
P: Is that bad?
T: It suggests the folds aren't closing well. Your voice is rough and strained, moderate on the CAPE-V.
T: Your Voice Handicap Index is fifty two.
P: The questionnaire? I felt every question was about me.
T: I can feel the muscles in the neck are tight. Let me press here. Your larynx sits high.
P: That's sore.
T: I'll do a gentle massage of the larynx and try some humming to see if it changes.
P: Mmmm. Mmmm-hmm.
T: The voice is clearer after. That's a good sign for therapy.
P: I need to yell at practice, though.
T: We'll get you a portable amplifier and a whistle for practice.
P: A whistle. My players will laugh.
T: Let them. Plan: voice therapy once a week for eight weeks, more water, less coffee.
P: Less coffee, that's the hard part.
T: Two cups, then water. And no throat clearing; swallow instead.
P: My wife asked if you could bill her too, she's a teacher with the same problem.
T: She'd need her own evaluation; I can't bill anything for her today.
P: I'll send her over.
""",
    [
        "hoarseness",
        "basketball",
        "three months|3 months",
        "squeezing too hard",
        "two glasses|2 glasses",
        "eleven seconds|11 seconds",
        "eighteen seconds|18 seconds",
        "one point five|1.5",
        "CAPE-V",
        "Voice Handicap Index is fifty two|VHI 52",
        "larynx sits high",
        "portable amplifier",
        "once a week for eight weeks|1x/week for 8 weeks",
    ],
    ["coughing up blood", "smoke"],
    ["players will laugh", "she's a teacher", "sound like a frog"],
)

S(
    "ab_slp09_grandpa_choking_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
t: hi mister lund im sara the speech therapist and you brought your daughter
c: yes im beth dad choked on a piece of steak at my house on sunday and my husband had to do the heimlich
p: it was a tough steak
c: and he coughs with every glass of water and he has pneumonia twice this year
t: twice this year when was the last one
c: in march he was in the hospital five days
t: any weight loss
c: about ten pounds since christmas
t: does he have dentures
p: uppers they are loose
t: lets look open wide the tongue is strong the palate lifts
t: cough for me a good strong cough
t: say ah the voice is a bit breathy
t: lets try water from a cup
p: ok
t: he coughed after the second sip and the voice is wet
t: now a teaspoon of water
p: that one was fine
t: no cough with the teaspoon now the pudding
p: thats easy
t: clear no cough now the cracker
p: these teeth
t: the chewing is slow because the dentures slide some is left on the gums
t: now thickened water mildly thick
p: tastes like nothing
t: no cough with mildly thick
t: i am recommending iddsi level two mildly thick drinks and soft foods minced and moist level five until the dentures are fixed
c: can we get the dentures fixed quickly
t: yes please call the dentist this week
t: and a video x ray swallow study to look inside
c: he will do it if i drive
t: good and small sips with the chin down sit upright at meals
c: can you bill the heimlich class for my husband as part of dads therapy
t: no we cannot bill a class for your husband but the fire station does free ones
t: plan swallow therapy twice a week for four weeks
p: ok if there is no more pudding
""",
    [
        "choked on a piece of steak",
        "heimlich",
        "coughs with every glass of water",
        "pneumonia twice this year|twice this year",
        "five days|5 days",
        "ten pounds|10 pounds|10 lb",
        "loose",
        "voice is wet",
        "iddsi level two|IDDSI level 2|mildly thick",
        "level five|level 5|minced and moist",
        "video x ray swallow study",
        "chin down",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["cough with the teaspoon"],
    ["tough steak", "fire station", "no more pudding"],
)

S(
    "ab_slp10_bouncing_words",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi noah hi mom im chris the speech assistant today we practice the bouncy words and the smooth starts
p: hi c c chris
c: he had a rough week the new baby keeps everyone up
t: thats a lot for a kid lets start easy noah tell me about your weekend with smooth starts
p: we we went to the zoo and saw a giraffe
t: i heard one repeat on we and then smooth the rest nice
t: now the bouncy way on purpose b b ball b b bike
p: b b bike b b banana
t: great bouncing on purpose is practice for being the boss of the stutter
c: he thinks its funny
t: funny is good now the picture cards ten cards smooth starts
p: elephant apple umbrella
t: eight of ten cards smooth with no cues
t: now the conversation game talk about your favorite food for one minute
p: p pizza with pineapple and and extra cheese
t: i counted four stutters in one minute no long blocks
c: last month he had those long blocks
t: yes no long blocks today and no blinking
t: does he get upset at school
c: no he doesnt get upset hes been happier
t: any teasing from the other kids
p: no nobody teases me
t: great noah high five
t: home practice the bouncy words five minutes after dinner with mom
c: can the baby sitter do it and you bill her time
t: no we cannot bill for the baby sitter but she can do the practice with him
c: ok
t: i will tell the speech therapist about the eight of ten and the four stutters
c: thank you chris
p: can we do the zoo game next time
t: yes the zoo game next time
""",
    [
        "smooth starts",
        "one repeat|1 repeat",
        "bouncy way on purpose|bouncing on purpose",
        "eight of ten|8/10",
        "four stutters|4 stutters",
        "one minute|1 minute",
        "no long blocks",
        "no blinking",
        "five minutes after dinner|5 minutes",
    ],
    ["upset at school", "teasing"],
    ["new baby", "pizza with pineapple", "baby sitter"],
)

S(
    "ab_slp11_als_tablet",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
T: Hi Mr. Okoye, hi Adaeze. Today we keep setting up the speech tablet.
C: He used it at the bank on Friday. The teller understood everything.
P: Slow. But. Good.
T: That's great. A billing note first: you've passed the yearly therapy threshold, so I add the KX modifier; this device training is still medically necessary as your speech changes.
C: Thank you for explaining.
T: How's the speech this week? Intelligibility to a stranger?
C: Maybe half of what he says, less when he's tired.
T: Any choking at meals?
C: No choking. He coughs sometimes with thin water.
T: We'll tell the swallowing team. Any falls?
P: No.
T: Let's work on the quick phrases page. Find "I need a break".
P: Here.
T: Four seconds with the head mouse. Last week it was nine.
T: Now type a new message with the word prediction: "Please call my daughter".
P: Please. Call. My.
T: He used the prediction for "daughter" after three letters. Twelve seconds total.
T: Sorry, that's the clinic phone. Yes, I'm in a session, I'll call back. Sorry.
C: No problem.
T: Now the message bank: his own voice recordings. Did you record the new ones?
C: We did twenty new phrases, "love you", "go Arsenal", his jokes.
P: Go. Arsenal.
T: Let's put the recorded ones on the first page. Now a conversation using the tablet: tell me about the weekend.
P: Grandson. Birthday. Cake.
T: He combined spoken words and three tablet messages. Accurate selection was eighteen of twenty tries.
C: The tablet battery dies by evening.
T: Charge it at lunch too. And the stand on the wheelchair, we'll order the mount.
C: Can you bill the insurance for a second tablet for the bedroom?
T: I can't bill a second device as therapy; the one device is what's covered.
C: We'll move it then.
T: Plan: two more sessions on the tablet, then we'll check once a month.
P: Thank. You.
T: You're welcome. See you next week.
""",
    [
        "speech tablet",
        "at the bank",
        "half of what he says|50%",
        "coughs sometimes with thin water",
        "quick phrases page",
        "four seconds|4 seconds",
        "head mouse",
        "word prediction|prediction",
        "twelve seconds|12 seconds",
        "message bank",
        "twenty new phrases|20 new phrases",
        "eighteen of twenty|18/20",
        "mount",
    ],
    ["choking", "falls"],
    ["go Arsenal", "second tablet", "I'll call back"],
    kx=True,
)

S(
    "ab_slp12_encephalitis_memory",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 9},
    [],
    "97129x1:GN 97130x1:GN",
    """
t: hi marcus you made it come in sit down
p: sorry i got lost in the parking garage again i went to the wrong level
t: that happens to a lot of people its one fifteen so we have a shorter session lets go
p: my memory is why i got lost probably
t: how has the week been since the encephalitis any headaches
p: no headaches this week
t: any seizures
p: no seizures none since the hospital
t: good lets start with the parking problem where did you park today
p: level three near the elevator i wrote it on my hand
t: writing it on your hand is a great strategy lets use the phone photo too
t: first task the story i read you a short story then you tell it back
p: ok
t: a man took his dog to the lake the dog chased a duck and fell in the water
p: a man and a dog at a lake and the dog went in the water
t: good you got four of six details
t: now the schedule task plan these five errands in the best order
p: bank then groceries then the pharmacy then the gas then the dry cleaner
t: the dry cleaner closes first so it should go earlier you fixed it with one cue
t: now the word list recall after a delay
p: apple chair river and the last one
t: three of four after a delay
t: its one thirty nine we will stop there since you came late
p: sorry again
t: no problem the home program is the phone photo for parking and the calendar alarms
p: my girlfriend wants to know if she can get paid for driving me here
t: no we cannot bill or pay for her driving
p: ok i will tell her
t: use the memory notebook every day and bring it next time
p: i will if i remember it
t: put it by your keys
p: good idea
""",
    [
        "encephalitis",
        "level three|level 3",
        "wrote it on my hand|wrote it on your hand",
        "phone photo",
        "four of six|4/6",
        "one cue|1 cue",
        "three of four|3/4",
        "calendar alarms",
        "memory notebook",
    ],
    ["headaches", "seizures"],
    ["wrong level", "girlfriend", "paid for driving"],
    cog=24,
    clock={"cog": ("one fifteen", "one thirty nine")},
)

S(
    "ab_slp13_loud_voice_progress",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mrs. Albright, hi Dennis. Today is the progress report for the loud voice program, visit ten.
C: She's louder on the phone. Her sister noticed.
P: My sister said I don't whisper anymore.
T: Let's measure. A long, loud ah.
P: Ahhhhhh.
T: Fifteen seconds at eighty-four decibels. At the start it was eight seconds at seventy-two.
T: Now read the grandfather passage aloud.
P: You wish to know all about my grandfather. Well, he is nearly ninety-three years old.
T: Reading was somewhere between seventy-four and seventy-six decibels. At the start it was sixty-three.
P: It feels like yelling.
T: It sounds normal. Any throat pain or hoarseness after practice?
P: No, my throat is fine.
C: She does the homework every morning.
T: Any choking or coughing at meals?
C: No choking, no.
T: Intelligibility in conversation today is about ninety percent; at the start it was seventy.
T: Her Voice Handicap Index went from sixty one to thirty four.
P: I talk at church again.
T: Goals: conversation over seventy decibels, met. Phone calls understood the first time, met. Speak up in a noisy restaurant, not met yet.
C: The restaurant is always loud.
T: We'll practice with background noise next. Now the functional phrases with the noise app on.
P: Table for two, please. Can I get the soup?
T: Seventy-three decibels with the noise. Good.
C: Can you bill extra for the homework days? She practices every day.
T: No, only the sessions here can be billed.
C: Okay.
T: Plan: twice a week for four more weeks, then a monthly check.
P: And the choir?
T: Choir is great practice. Keep it.
P: I sing alto.
T: Keep the daily homework, twice a day, loud.
P: Loud. Always loud.
T: See you Thursday.
""",
    [
        "fifteen seconds|15 seconds",
        "eighty-four decibels|84 dB",
        "eight seconds|8 seconds",
        "seventy-two|72 dB",
        "grandfather passage",
        "somewhere between seventy-four and seventy-six decibels|74-76 dB",
        "sixty-three|63",
        "ninety percent|90%",
        "sixty one to thirty four|61 to 34",
        "not met yet",
        "seventy-three decibels|73 dB",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["hoarseness", "choking"],
    ["sing alto", "bill extra for the homework days", "table for two"],
)

S(
    "ab_slp14_aphasia_done",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Good afternoon, Mr. Chan. I'm Ellen. Mei is our Cantonese interpreter again. Today is the last visit.
C: Mei here. He says good afternoon, he is sad it is the last one.
T: Tell him we'll go over his goals today. First, how is talking at home?
C: He says at home he can say what he needs, but with the grandchildren in English it is hard.
T: Any new weakness, or trouble swallowing?
C: He says no, no new weakness, swallowing is fine.
T: Let's do the naming test in Cantonese. Mei, please give me his answers word for word.
C: He said cup, key, bicycle, scissors. He said the word for the last one after a pause.
T: Naming today is twenty four out of thirty; at the start it was eleven.
C: He asks if that is good.
T: It's very good. Now describe the picture, the kitchen scene.
C: He says the boy takes cookies, the chair falls, the mother is washing and the water spills.
T: Full sentences with one word-finding pause. At the start he used single words.
T: Following commands: nine of ten two-step commands correct.
C: He says the one he missed was a trick.
P: Trick. Ha.
T: It was a tricky one. Goals: order food in Cantonese at the restaurant, met. Tell his wife about his day in sentences, met. Read the Chinese newspaper headlines, partly met. Speak English with the grandchildren, not met.
C: He says English was never good, even before the stroke.
T: That's fair. That goal goes into the home program with the family.
C: His daughter asks if you can keep seeing him and bill it as practice.
T: He's reached his goals, so we'll discharge; practice at home isn't something we bill.
C: He understands.
T: Home program: the naming app in Cantonese, fifteen minutes a day, and the newspaper headlines each morning.
C: He says he reads the newspaper with his tea already.
T: Perfect. Call us if he has any new trouble speaking or a new weakness.
C: He says thank you, and he will bring mooncakes.
T: That's very kind. Thank you, Mr. Chan.
C: He says goodbye and thank you, Mei says goodbye too.
P: Thank you. Goodbye.
T: Goodbye.
""",
    [
        "Cantonese",
        "grandchildren in English",
        "naming test",
        "twenty four out of thirty|24/30",
        "eleven|11/30",
        "kitchen scene",
        "one word-finding pause|1 word-finding pause",
        "nine of ten|9/10",
        "order food",
        "partly met",
        "not met",
        "fifteen minutes a day|15 minutes a day",
    ],
    ["new weakness"],
    ["mooncakes", "with his tea", "a trick"],
)

# ---------------------------------------------------------------------------------------------
# Rules: this author's reading of PRODUCT.md's billing rules and the key conventions
# ---------------------------------------------------------------------------------------------

TIMED = set(
    "97110 97112 97113 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
UNTIMED = set(
    "97161 97162 97163 97164 97165 97166 97167 97168 92507 92521 92522 92523 92524 92526 92610 97150 97012 97014 G0283".split()
)
EVALS = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": ""},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": ""},
    ("SLP", "evaluation"): {"92521": "", "92522": "", "92523": "", "92524": "", "92610": ""},
}
EVAL_SET = {c for v in EVALS.values() for c in v}
DISCIPLINE_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSISTANT_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANTS = ("PTA", "OTA", "SLPA")
# pairs whose 59 placement the key does not model: kept out of the data
UNMODELLED = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, {"97164"}),
    ({"97530", "97150"}, EVAL_SET),
    ({"92507"}, {"92526"}),
]
HINTS = "kx 59 asr pta ota slpa tele student gym dictat busy cms percode group cotreat interp".split()


def table(minutes):
    """PRODUCT.md's unit table: <8 -> 0, 8-22 -> 1, 23-37 -> 2, ... (+1 per 15)."""
    return 0 if minutes < 8 else (minutes + 7) // 15


def eight_minute(timed, sid, problems):
    total = table(sum(timed.values()))
    got = {c: m // 15 for c, m in timed.items()}
    left = total - sum(got.values())
    rem = sorted(((m % 15, c) for c, m in timed.items()), reverse=True)
    if left < 0:
        problems.append(f"{sid}: whole units exceed the total")
    for i in range(max(left, 0)):
        if i >= len(rem) or rem[i][0] == 0:
            problems.append(f"{sid}: leftover unit with nowhere to go")
            break
        if i == left - 1 and i + 1 < len(rem) and rem[i + 1][0] == rem[i][0]:
            problems.append(f"{sid}: a tie decides the last unit")
        got[rem[i][1]] += 1
    return got


def derive(s, problems):
    if s["rule"] == "per-code":
        units = {c: table(m) for c, m in s["timed"].items()}
    else:
        units = eight_minute(s["timed"], s["id"], problems)
    codes = {c: 1 for c in s["untimed"]}
    codes.update({c: u for c, u in units.items() if u > 0})
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


def read_key(key):
    codes, mods = {}, {}
    for item in key.split():
        left, right = item.split(":")
        code, n = left.split("x")
        codes[code] = int(n)
        mods[code] = right.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
DECADES = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORD = re.compile(r"\b(" + "|".join(SMALL + list(DECADES) + ["hundred"]) + r")\b", re.I)
DENY = re.compile(
    r"\b(no|not|nope|never|denies|denied|none|nothing|without|hasn't|haven't|hasnt|havent|doesn't|doesnt|don't|dont|didn't|didnt|isn't|isnt|wasn't|wasnt|negative)\b",
    re.I,
)
TAG = re.compile(r"^([TPC]):\s*(\S.*)$", re.I)
WHO = {"T": "therapist", "P": "patient", "C": "caregiver"}


def spoken(n):
    if n < 20:
        return [str(n), SMALL[n]]
    tens = {v: k for k, v in DECADES.items()}[n - n % 10]
    if n % 10 == 0:
        return [str(n), tens]
    return [str(n), f"{tens} {SMALL[n % 10]}", f"{tens}-{SMALL[n % 10]}"]


def said(n, text):
    return any(re.search(r"(?<![\w.-])" + re.escape(f) + r"(?![\w-])", text, re.I) for f in spoken(n))


def clock_minutes(words):
    """'ten oh two' -> 602, 'two thirty four' -> 154 (minutes after midnight, 12-hour, no am/pm)."""
    toks = words.lower().split()
    hour = SMALL.index(toks[0]) % 12
    rest = toks[1:]
    if not rest:
        minute = 0
    elif rest[0] in ("oh", "o"):
        minute = SMALL.index(rest[1])
    elif rest[0] in DECADES:
        minute = DECADES[rest[0]] + (SMALL.index(rest[1]) if len(rest) > 1 else 0)
    else:
        minute = SMALL.index(rest[0])
    return hour * 60 + minute


def clock_span(start, stop):
    return (clock_minutes(stop) - clock_minutes(start)) % 720


def segments(s, problems):
    rng = random.Random(int(hashlib.sha256(s["id"].encode()).hexdigest()[:12], 16))
    out, t = [], 0.0
    for raw in s["text"].strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = TAG.match(raw)
        if not m:
            problems.append(f"{s['id']}: unreadable line {raw[:40]!r}")
            continue
        words = m.group(2).strip()
        dur = max(0.8, len(words.split()) / 2.25 * rng.uniform(0.9, 1.15))
        out.append(
            {
                "start": round(t, 1),
                "end": round(t + dur, 1),
                "speaker": WHO[m.group(1).upper()],
                "text": words,
            }
        )
        t = round(t + dur, 1) + rng.uniform(0.4, 1.2)
    return out


def asr_style(text):
    lines = [TAG.match(x.strip()) for x in text.strip().splitlines() if x.strip()]
    body = " ".join(m.group(2) for m in lines if m)
    return (
        bool(lines)
        and all(m and m.group(1).islower() for m in lines)
        and not re.search(r"[A-Z0-9.,?!;:'\"/%-]", body)
    )


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    if not re.fullmatch(r"ab_(pt|ot|slp)\d\d_[a-z0-9_]+", sid) or not sid.startswith(
        "ab_" + s["discipline"].lower()
    ):
        bad("bad id")
    if any(h in sid.split("_", 2)[2] for h in HINTS):
        bad("hint word in the id")
    if s["split"] not in ("dev", "test") or s["rule"] not in ("cms", "per-code"):
        bad("bad split or rule")
    if s["role"] not in (s["discipline"], s["discipline"] + "A"):
        bad("role does not fit the discipline")
    if s["role"] in ASSISTANTS and s["note_type"] != "daily":
        bad("an assistant may write daily notes only")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("SLPA under Medicare")
    low = s["text"].lower()
    if s["kx"] and (
        s["rule"] != "cms"
        or "threshold" not in low
        or "necessary" not in low
        or not ("KX" in s["text"] or "k x" in low)
    ):
        bad("KX needs the Medicare profile and the threshold, the modifier and 'necessary' said")
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
    evs = {c for c in s["untimed"] if c in EVAL_SET}
    allowed = EVALS.get((s["discipline"], s["note_type"]))
    if (allowed is None and evs) or (allowed is not None and (len(evs) != 1 or not evs <= set(allowed))):
        bad("evaluation code does not fit the note type")
    here = set(s["timed"]) | set(s["untimed"])
    for a, b in UNMODELLED:
        if here & a and here & b:
            bad(f"unmodelled pair {sorted(here & a)} + {sorted(here & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP with PT/OT timed codes")
    if s["cog"] is not None:
        if s["timed"].get("97129") != min(15, s["cog"]) or s["timed"].get("97130", 0) != s["cog"] - min(
            15, s["cog"]
        ):
            bad("cognitive block not split 15 + rest")
    elif {"97129", "97130"} & set(s["timed"]):
        bad("cognitive codes without a block")

    codes, mods = derive(s, problems)
    hc, hm = read_key(s["key"])
    if codes != hc:
        bad(f"units: rules {codes} hand {hc}")
    if mods != hm:
        bad(f"modifiers: rules {mods} hand {hm}")
    if s["has59"] != any("59" in m for m in mods.values()):
        bad("has59 disagrees")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns")
    if not segs or not 120 <= segs[-1]["end"] <= 900:
        bad(f"duration {segs[-1]['end'] if segs else 0} s")
    for i in range(1, len(segs)):
        a, b = segs[i - 1], segs[i]
        if b["end"] <= b["start"] or not 0.3 <= round(b["start"] - a["end"], 2) <= 1.3:
            bad("bad timestamps")
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("needs therapist and patient")
    lines = [x.strip() for x in s["text"].strip().splitlines() if x.strip()]
    if all(x[0].islower() for x in lines) != asr_style(s["text"]) or (
        any(x[0].islower() for x in lines) and not all(x[0].islower() for x in lines)
    ):
        bad("lower-case tags only and always with a speech-recogniser transcript")

    ther = " ".join(g["text"] for g in segs if g["speaker"] == "therapist")
    for c, m in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        if c in s["clock"]:
            continue
        pieces = s["parts"].get(c, [m])
        if sum(pieces) != m:
            bad(f"{c}: parts do not add up")
        for p in pieces:
            if not said(p, ther):
                bad(f"{c}: {p} minutes never said by the therapist")
    for c, (a, b) in s["clock"].items():
        want = s["cog"] if c == "cog" else s["timed"].get(c)
        if a.lower() not in ther.lower() or b.lower() not in ther.lower():
            bad(f"{c}: clock times not said by the therapist")
        if want is None or clock_span(a, b) != want:
            bad(f"{c}: clock {a} - {b} is not {want} minutes")
    if s["cog"] is not None and "cog" not in s["clock"] and not said(s["cog"], ther):
        bad("cognitive minutes never said")
    for c in evs:
        lvl = EVALS[(s["discipline"], s["note_type"])][c]
        if lvl and f"{lvl} complexity" not in ther.lower():
            bad(f"'{lvl} complexity' never said")

    full = " ".join(g["text"] for g in segs).lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts")
    alts_all = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        alts_all += [a.lower() for a in alts]
        hit = [a for a in alts if a.lower() in full]
        if not hit:
            bad(f"fact {f!r} not said")
        elif max(map(len, hit)) < 4:
            bad(f"fact {f!r} found only by a short alternative")
        if any(re.search(r"\d", a) or NUMBER_WORD.search(a) for a in alts) and not any(
            re.search(r"\d", a) for a in alts
        ):
            bad(f"numeric fact {f!r} lacks a digit alternative")
    if not s["negated"] or not s["absent"]:
        bad("needs negated and absent entries")
    for n in s["negated"]:
        nl = n.lower()
        idx = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not idx:
            bad(f"negated {n!r} not said")
        elif not any(DENY.search(segs[j]["text"]) for i in idx for j in (i, i + 1) if j < len(segs)):
            bad(f"negated {n!r}: no denial in its turn or the next")
        if any(nl in a or a in nl for a in alts_all):
            bad(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        al = a.lower()
        if al not in full:
            bad(f"absent {a!r} not said")
        if any(al in x or x in al for x in alts_all):
            bad(f"absent {a!r} overlaps a fact")
        if al in (n.lower() for n in s["negated"]):
            bad(f"absent {a!r} also negated")
    return codes, mods


def check_mix(problems):
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
        n = sum(s["rule"] == "cms" for s in hs)
        if abs(2 * n - len(hs)) > 4:
            problems.append(f"{half}: cms {n} of {len(hs)}")
        n = sum(asr_style(s["text"]) for s in hs)
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
            f"{half}: ASR {[s['id'] for s in hs if asr_style(s['text'])]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ASSISTANTS]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}; "
            f"note types {dict(Counter(s['note_type'] for s in hs))}"
        )
    return "\n".join(out)


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
    check_mix(problems)
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    for split in ("dev", "test"):
        folder = os.path.join(here, split)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("ab_") and name.endswith(".json"):
                os.remove(os.path.join(folder, name))
    for s, doc in docs:
        with open(os.path.join(here, s["split"], s["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    n_dev = sum(s["split"] == "dev" for s, _ in docs)
    print(f"OK: wrote {len(docs)} sessions (dev {n_dev}, test {len(docs) - n_dev})")
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
