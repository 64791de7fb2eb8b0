#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirty-third set (ids aj_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind28-32
and lines 1-80 plus the rules / text helpers / checks part of make_blind32.py (copied, then extended).
Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its clock readings) is said by the clinic, turns (30-60), timestamps, facts / negated /
     absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND33_OUT).

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
    "aj_pt01_garden_kneeler_and_the_left_knee",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97116": 10},
    ["97162"],
    "97162x1:GP 97116x1:GP",
    """
T: Good morning, Mrs. Albrecht. I'm Dana, I'll be your physical therapist. Did you find parking all right?
P: Eventually. Somebody was parked across two spots, can you believe it.
T: Every single day. So the referral from Dr. Osei is for your left knee. Tell me what's going on.
P: It's the arthritis. The left knee. It's been bad since about March, worse on the stairs.
T: Okay. And I see on your intake you also wrote down your right shoulder.
P: Oh, the shoulder, yes, that's a rotator cuff thing. But Dr. Osei said one thing at a time, the knee first.
T: That's fine. We won't treat the shoulder today, the referral is just the knee. If you want it looked at later we'd need a separate order.
P: That's fine, it's not bothering me much right now anyway.
T: Pain in the knee right now, zero to ten?
P: Right now, sitting, maybe a three. On the stairs it's a seven, easy.
T: Where exactly?
P: Inside of the knee, here. And it gets stiff after I sit through a movie.
T: Any giving way, the knee buckling on you?
P: No, it's never given out. It just aches.
T: Any swelling, heat, redness?
P: No swelling that I've seen.
T: Falls in the last year?
P: No falls. I'm careful. My sister fell twice last winter, she broke her wrist, but that's her, not me.
T: Okay. Let me look. Bend it as far as you can. Flexion is one hundred and five degrees on the left. Straighten. You're lacking about five degrees of extension.
P: Is that bad?
T: It's something we can work on. Right knee is one thirty for comparison. Push against me. Quad is four minus out of five on the left, hamstrings four.
P: I used to do the garden every day. Now I need the kneeler with the handles to get back up.
T: That's a good goal for us, getting down to the garden and back up. Let's do the walking part now, I want to watch you on the stairs and in the hallway.
P: Do I need my cane?
T: Bring it. You use the cane outside only?
P: Outside only. Not in the house.
T: Okay, in the hallway you're shortening the step on the left and you're not bending the knee much when you swing it through. Let's work on that. Heel first, bend as you swing.
P: Like that?
T: Better. Now the stairs. Up with the good, down with the bad, cane on the right side.
P: My daughter says I should just move to a ranch house. She's been looking at listings all week.
T: Let's see if we can keep you on your stairs. So that was ten minutes of gait training, hallway and stairs, with the cane.
P: It felt like longer.
T: Timed up and go is twelve point four seconds with the cane. Overall I'd call this a moderate complexity evaluation, with the arthritis, the stairs, and your blood pressure history.
P: What's the plan?
T: Twice a week for six weeks. Quad strength, knee bend, stairs, and getting up from the garden kneeler. Home exercises today: quad sets and heel slides, ten each, twice a day.
P: Quad sets. Okay, I'll write it down.
T: I'll print it for you. See you Thursday.
""",
    [
        "left knee",
        "arthritis",
        "a three|3/10|3 out of 10",
        "a seven|7/10|7 out of 10",
        "Inside of the knee",
        "one hundred and five degrees|105 degrees",
        "lacking about five degrees of extension|5 degrees",
        "four minus out of five|4-/5",
        "ten minutes of gait training|10 minutes",
        "cane outside only|Outside only",
        "twelve point four seconds|12.4 seconds",
        "Twice a week for six weeks|2x/week for 6 weeks",
        "quad sets and heel slides, ten each|10 each",
    ],
    ["given out", "swelling", "falls"],
    ["parked across two spots", "she broke her wrist", "looking at listings all week"],
)

S(
    "aj_pt02_saturday_pickleball_knee",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 15, "97112": 11},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
T: Hi Frank, come on back. How's the knee since Tuesday?
P: Better. I played a little pickleball Saturday. Doubles only, I promise.
T: Doubles only. Any pain after?
P: Sore Sunday morning, maybe a four, then it was gone by lunch.
T: And today?
P: Today a two.
T: Good. Before we start, a billing thing. With your knee replacement last spring and now this, you're past the Medicare threshold for the year, so I'm putting the KX modifier on today. The therapy is still medically necessary, you're still short of your goals.
P: Whatever you need to do. Is that going to cost me more?
T: It shouldn't change your copay. It just tells Medicare we're still justified. Okay, bike first. It's 2:10 on the wall clock, go ahead.
P: Same seat height as last time?
T: Seat at fourteen. Then we'll go straight into the step-ups and the leg press, I'll stay with you.
P: My neighbor had his knee done in Florida and they had him on a bike in the hospital the next day.
T: They do that a lot now. Leg press, three sets of ten at ninety pounds.
P: Ninety? Last week was seventy.
T: You earned it. Slow on the way down.
P: Oof. Okay, that's the burn.
T: Step-ups on the six-inch step, two sets of twelve. Don't let the knee dive in.
P: Like this?
T: Knee over the second toe. Good. Okay, it's 2:25, so that's the strengthening part done.
P: I need water.
T: Grab some. Then balance.
P: Okay, I'm back.
T: Single-leg stance on the foam, thirty seconds each side. Then we'll do the lateral shuffles with the ball toss, for the court.
P: The foam is harder than it looks.
T: Eighteen seconds on the left before you touched down. Right side you held the full thirty.
P: The left is the new knee.
T: Right. Shuffles now, catch and shuffle. Any pain?
P: No pain. My wife thinks I'm crazy for playing at all. She says I'm seventy-one, not seventeen.
T: She's allowed an opinion. Okay, that was eleven minutes of balance and agility.
P: What's the homework?
T: Keep the step-ups and add the single-leg stance at the kitchen counter, three times thirty seconds.
P: At the counter, got it.
T: Knee bend today is one hundred and twenty two degrees, up from one eighteen.
P: Is that good?
T: It's good. See you Thursday, doubles only.
""",
    [
        "pickleball",
        "maybe a four|4/10",
        "Today a two|2/10",
        "leg press, three sets of ten at ninety pounds|3x10 at 90 pounds|90 pounds",
        "step-ups on the six-inch step, two sets of twelve|2x12",
        "Eighteen seconds on the left|18 seconds",
        "held the full thirty|30 seconds",
        "eleven minutes of balance|11 minutes",
        "three times thirty seconds|3 x 30 seconds",
        "one hundred and twenty two degrees|122 degrees",
        "knee replacement",
    ],
    ["No pain"],
    ["had his knee done in Florida", "seventy-one, not seventeen", "Is that going to cost me more"],
    kx=True,
    clock={"97110": ("2:10", "2:25")},
)

S(
    "aj_pt03_ladder_rungs_at_the_orchard",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 10, "97530": 13},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hey mister ruiz how are we doing today
p: good good the back is better than last week
t: thats what i like to hear pain number
p: maybe three out of ten this morning it was a five when i got out of the truck
t: any numbness down the leg
p: no nothing like that
t: okay lets start on the table face down ill do some soft tissue on the low back first
p: okay the left side is the tight one
t: yeah i can feel it the quadratus lumbar um is really guarded here
p: my cousin says i should get a massage chair
t: ha a massage chair is not the same thing
t: okay that was ten minutes of manual on the lumbar spine now sit up slow
p: that feels looser
t: now lets do the work part separate from the table you told me you climb a ladder at the orchard
p: yeah picking apples the ladder is like twelve feet
t: okay so we set up the step ladder here and the crate with ten pounds in it carry it down the rungs
p: do i hold on with one hand
t: one hand on the rail crate on the hip keep your back straight
p: sorry can i run to the restroom real quick
t: sure go ahead well pause the clock
p: okay im back sorry about that
t: no problem so far that was eight minutes on the ladder and lifting lets keep going
p: crate from the floor to the shelf now
t: yes squat down hips back lift with the legs
p: like that
t: good and the twist turn your feet not your back
p: it feels okay no pain when i do it that way
t: alright five more minutes on the lifting after your break so thirteen total on the functional part
p: is that a lot
t: its a good amount ill tell the therapist you did great
p: should i keep the heat at home
t: heat is fine fifteen minutes at a time not more
p: my boss wants me back on the ladder on monday
t: well talk to your therapist about the work note she writes that not me
p: okay
t: home program same as last week plus the squat to the shelf ten times
p: ten times got it
t: see you thursday
""",
    [
        "three out of ten|3/10",
        "a five|5/10",
        "quadratus lumbar um|quadratus lumborum",
        "ten minutes of manual|10 minutes",
        "twelve feet|12 feet",
        "ten pounds|10 pounds",
        "thirteen total|13 minutes",
        "fifteen minutes at a time|15 minutes",
        "squat to the shelf ten times|10 times",
        "low back|lumbar spine",
    ],
    ["numbness"],
    ["massage chair", "back on the ladder on monday"],
    has59=True,
    parts={"97530": [8, 5]},
)

S(
    "aj_pt04_gait_belt_and_underhand_grip",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97116": 12, "97110": 7},
    [],
    "97116x1:GP,CQ",
    """
T: Hi Mr. Okafor, and this must be your wife.
C: Grace. He said you wanted me to come today.
T: I did. The therapist wants you to learn how to guard him on the stairs at home. I'm Marcus, I'm the assistant working with him.
P: She worries too much.
C: He fell in the garage in August, I'm allowed to worry.
T: Any falls since then, Mr. Okafor?
P: No falls since. Not one.
C: Not one that he told me about.
P: Not one, Grace.
T: Okay. How's the hip pain today?
P: Two out of ten. It's the stiffness more than pain.
T: Okay, gait belt on. Grace, you stand behind him and a little to the weak side, that's his right. Hand on the belt, thumb up.
C: Like this? Underhand?
T: Underhand grip, yes. Other hand near his shoulder, not holding, just ready.
P: I feel like a suitcase.
T: A very nice suitcase. Walk to the end of the hall with the walker. Grace, you step when he steps.
C: He's faster than I thought.
T: He's improved. Now the stairs. Up with the left, which is the strong one. Grace, you're below him going down and behind him going up.
C: Below going down. Behind going up. Okay.
P: She's going to make me practice this at home, isn't she.
C: Every day.
T: That was twelve minutes of gait and stair training with Grace guarding. She did really well.
C: What if he starts to go down?
T: Don't try to catch him. Guide him down with the belt, protect his head. We'll practice that next week.
P: Can we do the exercises now?
T: A few, then you're done. Bridges, two sets of ten, and the side-lying leg lifts, ten each side.
P: My right side is so weak on those.
T: It is, but that's why we do them. No dizziness?
P: No, none.
T: Okay, that was seven minutes of exercise. Grace, the handout has pictures of the belt grip.
C: Thank you. Our son wanted to film it for his YouTube channel, I told him absolutely not.
T: Probably a good call. See you Tuesday, both of you if you can.
""",
    [
        "gait belt",
        "guard him on the stairs",
        "Two out of ten|2/10",
        "weak side, that's his right|right",
        "walker",
        "Up with the left",
        "twelve minutes of gait and stair training|12 minutes",
        "Bridges, two sets of ten|2x10",
        "ten each side|10 each side",
        "seven minutes of exercise|7 minutes",
        "fell in the garage in August",
    ],
    ["falls since", "dizziness"],
    ["YouTube channel", "I feel like a suitcase"],
)

S(
    "aj_pt05_cones_on_the_turf_field",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97112": 14, "97110": 9},
    [],
    "97112x1:GP 97110x1:GP",
    """
t: hey jaylen hows the ankle
p: its good i ran on it yesterday like two miles
t: two miles any swelling after
p: no swelling just a little tight in the morning
t: pain today
p: one maybe zero when im sitting
t: okay so today were doing the ladder drill we talked about i called it the speed ladder last time but lets just call it the agility drill because were adding cuts
p: agility drill cool
t: single leg hops forward and back in each box then the lateral ones
p: like the combine
t: kind of like the combine yeah land soft knee over toe
p: my coach said i might be back for the playoff game
t: well see what your surgeon and your coach figure out that is not my call
t: now the cone cuts forty five degree cut off the left plant foot
p: that one feels weird
t: weird how pain or just unsure
p: just unsure not pain
t: okay do five more slow ones then five at game speed
p: okay that was better
t: good that was fourteen minutes on the agility drill so that counts as balance and neuromuscular work
p: what now
t: calf phrases on the step single leg three sets of fifteen
p: fifteen on each leg
t: on each leg and then the band walks
p: the band is the green one right
t: green band sideways ten steps each way three rounds
p: my brother used the blue one he said its harder
t: the blue is harder well get there
t: okay that was nine minutes of strengthening
p: am i good for practice
t: light practice no contact no cutting drills at full speed yet
p: no contact ugh fine
t: and ice only if it swells which it hasnt
p: cool see you friday
t: friday and bring your brace
""",
    [
        "two miles|2 miles",
        "agility drill",
        "forty five degree cut|45 degree",
        "fourteen minutes on the agility drill|14 minutes",
        "calf phrases|calf raises",
        "three sets of fifteen|3x15",
        "green band",
        "ten steps each way three rounds|10 steps",
        "nine minutes of strengthening|9 minutes",
        "no contact",
        "just unsure not pain",
    ],
    ["swelling"],
    ["the playoff game", "the blue one he said its harder"],
)

S(
    "aj_pt06_lumbar_fusion_and_the_grandkids",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97116": 8},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Hi Ellen. Today's visit ten, so it's your progress report. We'll re-do some of the tests from the start.
P: Oh, the tests. Okay.
T: How has the back been this week?
P: Much better. I picked up my granddaughter for the first time. She's two, she weighs a ton.
T: Any leg pain, any numbness, tingling?
P: No leg pain at all anymore. No tingling.
T: Pain in the back today?
P: A three. At the start it was an eight.
T: Good. First the thirty second sit to stand, arms crossed. Go.
P: Can I push off with my hands?
T: Well, you did, so that one doesn't count the same way. That was nine but with the hands. Let's re-do it, arms crossed on your chest.
P: Sorry. Okay, arms crossed.
T: Go. That's eleven. At the start you did six.
P: Eleven! My husband won't believe it.
T: Oswestry questionnaire now, fill this out. It was fifty two percent at the start.
P: Is this the one about sex life and traveling?
T: That's the one. You can skip any you don't want to answer.
P: Done.
T: Thirty percent today. That's a big change. Now exercises. Bird dogs, two sets of ten. Then the dead bugs.
P: I hate the dead bugs.
T: Everybody hates the dead bugs. Then the bridge with the march.
P: My neighbor says Pilates fixed her back. Should I do Pilates?
T: Later maybe. Let's finish this program first. Okay, now the walking. Six minute walk in the hallway, then some walking with head turns.
P: The hallway again.
T: Four hundred and ten meters, up from three hundred and twenty. Good.
P: I wasn't even tired.
T: Then head turns while walking, left and right, two laps. Okay, let me dictate the summary. Progress report, visit ten. Exercise about twenty minutes, correction, eighteen minutes of therapeutic exercise, and eight minutes of gait training. Sit to stand eleven without hands. Oswestry thirty percent. Goal of lifting the granddaughter met. Goal of sitting through church, forty five minutes, partly met.
P: Church is still hard, I get up at the sermon.
T: That's why it's partly met. Plan: continue twice a week for four more weeks.
P: Okay. Thank you, really.
""",
    [
        "visit ten|visit 10",
        "A three|3/10",
        "it was an eight|8/10",
        "That's eleven|11",
        "you did six|6",
        "Thirty percent today|30%|30 percent",
        "fifty two percent|52%|52 percent",
        "Bird dogs, two sets of ten|2x10",
        "Four hundred and ten meters|410 meters",
        "three hundred and twenty|320 meters",
        "eighteen minutes of therapeutic exercise|18 minutes",
        "eight minutes of gait training|8 minutes",
        "partly met",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["leg pain", "tingling"],
    ["That was nine but with the hands", "Pilates fixed her back", "about twenty minutes"],
    fixed={"97110": 20},
)

S(
    "aj_pt07_second_shelf_after_the_snow",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
t: hi mister chen can you hear me okay
p: yes i can hear you can you see me
t: i can see you can you tilt the laptop down a bit so i see your feet
p: like this on the ottoman
t: perfect so today is your re evaluation for the shoulder done over video since you couldnt drive with the snow
p: the roads are terrible my son couldnt even get out of the driveway
t: how is the right shoulder
p: better i can reach the second shelf now not the top one
t: pain now
p: two out of ten resting five when i reach up high
t: any clicking or catching
p: no catching
t: any night pain waking you up
p: no not anymore i sleep on that side again
t: okay stand up face the camera sideways and raise the arm forward as high as you can
p: like this
t: from here it looks about one hundred forty degrees of flexion last time in the clinic it was one hundred ten
p: thats better right
t: thats a lot better now out to the side
p: this one is harder
t: about one hundred twenty for abduction
t: the quick dash you filled out online it came in at twenty seven down from forty eight
p: i didnt know what to answer on the gardening one
t: thats fine now lets do your exercises together so i can watch your form
p: the band is on the door
t: good rows with the red band two sets of fifteen
p: fifteen okay
t: now the wall walks ten times and the external rotation with the towel roll
p: my wife is cooking in the background sorry about the noise
t: no problem smells good probably
t: okay that was twelve minutes of exercises with you
p: so what happens now
t: i think four more weeks twice a week then well see the top shelf goal is not met yet
p: okay the top shelf is where the coffee is
t: then the top shelf it is ill send the new program to your email
p: thank you
""",
    [
        "right shoulder",
        "second shelf",
        "two out of ten|2/10",
        "five when i reach up high|5/10",
        "one hundred forty degrees|140 degrees",
        "one hundred ten|110 degrees",
        "one hundred twenty for abduction|120 degrees",
        "quick dash|QuickDASH",
        "twenty seven|27",
        "forty eight|48",
        "two sets of fifteen|2x15",
        "twelve minutes of exercises|12 minutes",
        "four more weeks twice a week|4 weeks",
    ],
    ["catching", "night pain"],
    ["couldnt even get out of the driveway", "wife is cooking"],
)

S(
    "aj_pt08_socket_liner_and_the_grassy_slope",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97116": 16, "97110": 9},
    [],
    "97116x1:GP 97110x1:GP",
    """
T: Hey Tomás. Last day. How do you feel about that?
P: Good. Nervous a little. But good.
T: Any skin problems on the residual limb? You've been doing the checks with the mirror?
P: Every night with the mirror. No red spots. Nothing.
T: No pain in the socket when you walk longer?
P: No, the new liner fixed that.
T: How many sock plies today?
P: Three. Two in the morning, three by afternoon.
T: That's normal swelling through the day. Let's do the walking first, the way we'd test it. Hallway, ramp, curb, then the grassy slope outside.
P: The slope is the one.
T: Start in the hallway without the cane. Even steps, same length on both sides.
P: How far?
T: Two laps. Good, you're not swinging the leg out to the side anymore. At the start you hiked the hip every step.
P: The guy from my support group showed me a trick for the hip.
T: Whatever works. Now the ramp, then the four inch curb. Prosthetic leg first going down.
P: Down with the fake one. Okay. Here I go.
T: Nice. Now outside, down the grassy slope sideways, small steps.
P: Got it twice.
T: Ten meter walk, fast pace: eight point two seconds. At the start it was fourteen with the walker.
P: Fourteen with the walker, I remember.
T: Okay, sixteen minutes of gait training, hallway, ramp, curb, grass.
P: Now the exercises?
T: Now the exercises. Side-lying hip abduction on the amputated side, three sets of ten, and the bridges with the ball, fifteen.
P: Fifteen, last time was ten.
T: Last time was ten. Good. And the hip extension with the red band.
P: My mom still wants to drive me everywhere. I tell her no.
T: That's between you and your mom. Okay, that was nine minutes of strengthening.
P: So am I done done?
T: You're done. Goals: walking in the community without the cane, met. Curbs and ramps on your own, met. Walking on grass and uneven ground, met last week.
P: Grass was the big one.
T: The grass was the big one. Keep the home program, three days a week. Call us, or the prosthetist, if you get any red spot that doesn't go away in thirty minutes.
P: Thirty minutes. I'll remember.
T: It's been a pleasure, Tomás.
""",
    [
        "No red spots",
        "new liner",
        "Three. Two in the morning|3 plies",
        "without the cane",
        "four inch curb|4 inch",
        "eight point two seconds|8.2 seconds",
        "fourteen with the walker|14 seconds",
        "sixteen minutes of gait training|16 minutes",
        "three sets of ten|3x10",
        "nine minutes of strengthening|9 minutes",
        "walking in the community without the cane, met",
        "three days a week|3 days a week",
    ],
    ["pain in the socket"],
    ["support group showed me a trick", "drive me everywhere"],
)


# --------------------------------------------------------------------------------------------- OT, dev

S(
    "aj_ot01_tortilla_press_and_the_crushed_fingers",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 9},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Good afternoon. I'm Priya, the occupational therapist. And you're the interpreter today?
C: Yes, I'm Luis, the Spanish interpreter from the hospital. I'll interpret everything in first person.
T: Thank you. Señora Morales, what happened to your hand?
P: La mano se me quedó en la máquina de la fábrica.
C: My hand got caught in the machine at the factory. Three weeks ago.
T: Which hand, and which fingers?
P: La derecha. Estos dos.
C: The right hand. These two, the middle and the ring finger.
T: Pain right now, zero to ten?
P: Seis.
C: Six out of ten.
T: Any numbness in the fingertips?
P: No, no siento nada raro.
C: No, I don't feel anything strange.
T: Okay. Is she right-handed?
C: Yes, I'm right-handed. I cook, I make tortillas every morning for the family.
T: Can you close your hand for me? Make a fist. She's about two centimeters from the palm with the middle finger, three with the ring.
P: Duele.
C: It hurts.
T: I'll stop there. Grip with the dynamometer. Right is twelve pounds, left is fifty four.
C: She says her husband thinks the company should pay for everything, and the lawyer called yesterday.
T: I understand. That's something for her case worker, I'll leave that with her. Now, dressing, bathing, can she do it on her own?
C: I need help with my bra and the buttons. My daughter helps me. Bathing I do alone, but slowly.
T: So dressing the upper body needs minimal assistance, bathing modified independent. Cooking?
C: I can't press the tortillas. My daughter does it now.
T: Okay. Given the hand injury, the work demands and the home tasks, I'd call this a moderate complexity evaluation.
C: She asks what moderate means.
T: It means there are a few things we need to work on, not just one. Let me show her some ways to do things today. Button hook for the blouse, and using the left hand to hold the bowl.
P: Ah, con el gancho.
C: Ah, with the hook.
T: And a built-up handle on the spoon, this foam here. Try it.
C: It's easier. The foam helps.
T: That was nine minutes of self-care training with the button hook and the foam handle.
C: When can I go back to work?
T: That's the surgeon's decision. For us, therapy twice a week for eight weeks. Goals are making a full fist, getting the grip to thirty pounds, and pressing the tortillas again.
C: She says thank you, and she likes your earrings.
T: Thank you. See you Monday.
""",
    [
        "right hand",
        "middle and the ring finger",
        "Six out of ten|6/10",
        "two centimeters from the palm|2 centimeters|2 cm",
        "twelve pounds|12 pounds",
        "fifty four|54 pounds",
        "minimal assistance",
        "modified independent",
        "moderate complexity",
        "button hook",
        "nine minutes of self-care training|9 minutes",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "thirty pounds|30 pounds",
    ],
    ["numbness"],
    ["the lawyer called yesterday", "likes your earrings"],
)

S(
    "aj_ot02_bench_across_the_tub_wall",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 17, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi missus park hi rachel thanks for coming in with your mom
c: of course she made me promise
t: before we start a quick billing note your mom is past the medicare threshold for occupational therapy this year with the hand therapy in the spring so ill add the k x modifier she still needs this therapy its medically necessary for the bathing
p: is that bad
t: no its just paperwork
t: how is the hip today
p: the hip is sore maybe four out of ten
t: any new falls
p: no no falls
t: okay we set up the tub bench over the side of the tub here like your bathroom
c: ours is a little narrower
t: thats okay its the same idea sit first then swing the legs over one at a time
p: the left leg doesnt want to go
t: use the leg lifter strap there you go
c: should i be lifting her leg
t: let her try first you guide only if she gets stuck
p: okay im in
t: good now back out the same way and we do it three more times
p: this is harder than the real bath
t: then well do the reaching with the long sponge for the back and feet while sitting
c: she always wants to stand up in the shower
t: standing in the tub is what we want to avoid for now
p: i know i know
t: okay that was seventeen minutes on the tub transfer and bathing tasks
c: can we do the toilet thing next
t: yes then we talk about setting up the bathroom separately from the transfers so the grab bar and the raised seat
c: our landlord says no holes in the wall
t: then a clamp on rail for the tub wall and the toilet frame no drilling
c: okay that works
t: and the night light in the hallway and the rug by the sink goes
p: i love that rug
t: i know but its a trip has it
c: my brother says we should just move her in with him in ohio
t: thats a family talk so that was ten minutes on the home safety and equipment training with rachel
p: so tired
t: you did great see you thursday
""",
    [
        "tub bench",
        "four out of ten|4/10",
        "leg lifter strap",
        "long sponge",
        "seventeen minutes on the tub transfer|17 minutes",
        "clamp on rail",
        "toilet frame",
        "ten minutes on the home safety|10 minutes",
        "rug by the sink",
        "night light",
    ],
    ["falls"],
    ["our landlord says no holes", "move her in with him in ohio"],
    kx=True,
    has59=True,
)

S(
    "aj_ot03_lateral_pads_and_the_lap_tray",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97542": 13, "97110": 8},
    [],
    "97542x1:GO,CO 97110x1:GO,CO",
    """
t: hi mister dubois how was your weekend
p: long the football game was terrible
t: i heard okay so today we finish adjusting your chair the new cushion came in
p: good the old one was like sitting on a rock
t: any red areas on your bottom or your tailbone
p: the nurse checked no red areas
t: okay lets get you on the mat first then we swap the cushion
p: the lap tray too
t: the lap tray too yes so cushion in air sells facing up and the lateral pads move up one notch
p: that feels straighter
t: youre not leaning to the right as much your shoulders are level now
p: oh that is my son calling i have to take this sorry
t: go ahead ill wait
p: okay sorry he wanted to know if i need groceries
t: no problem so before your call that was seven minutes on the chair set up
p: seven okay
t: now the lap tray its for your left arm so it doesnt hang
p: it used to pull at the shoulder
t: right we want it supported slide the tray on lock the clips
p: like this
t: you did that yourself nice and then the foot plates lower half an inch
p: my knees are not up in my face anymore
t: good so six more minutes after the call thirteen on the wheelchair positioning all together
p: now the exercises
t: now the arm exercises with the one pound weight shoulder flexion ten times elbow bends ten times
p: the left is slow
t: slow is fine any pain
p: no pain just tired
t: okay one more set of ten then the hand squeezes with the foam
p: done
t: that was eight minutes of arm exercises
p: can i take the cushion home
t: its your cushion it goes with the chair
p: great my wife will be happy she hated the old one
t: see you wednesday
""",
    [
        "new cushion",
        "air sells|air cells",
        "lateral pads move up one notch|1 notch",
        "shoulders are level",
        "lap tray",
        "left arm",
        "foot plates lower half an inch|0.5 inch|1/2 inch",
        "thirteen on the wheelchair positioning|13 minutes",
        "one pound weight|1 pound",
        "ten times|10 times",
        "eight minutes of arm exercises|8 minutes",
    ],
    ["red areas", "pain"],
    ["the football game was terrible", "if i need groceries"],
    parts={"97542": [7, 6]},
)

S(
    "aj_ot04_sorting_the_mail_by_zip",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97129": 15, "97130": 12},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Morning, Walter. How did you sleep?
P: Not bad. Six hours, maybe.
T: Any headaches this week?
P: No headaches. Not since the new glasses.
T: Good. Today is the mail task again. It's 10:05 now, let's get started.
P: The envelopes.
T: The envelopes. Thirty of them, sort them by zip code into the three trays. I'll time you.
P: Like at the post office. I was a mail carrier for twenty-six years, you know.
T: I know, you told me. It's why we picked it. Ready, go.
P: This one's smudged. I'll put it aside.
T: Good strategy. Done. Four minutes and ten seconds, two errors.
P: Two? Where?
T: These two, 60614 went in the 60616 tray. Let's look at what happened.
P: I read the last two numbers too fast.
T: So the strategy is to read the zip out loud, all five numbers, before you put it down.
P: Out loud. Okay.
T: Second trial. Go.
P: Six, zero, six, one, four. Tray two.
T: Three minutes twenty, zero errors.
P: Zero! See, I'm not losing it.
T: You're not. Third trial, and this time I'll interrupt you halfway with a question, like the phone ringing at home.
P: You're sneaky.
T: What did you have for breakfast?
P: Oatmeal. Okay, where was I. Tray three.
T: You found your place. Three minutes fifty, one error.
P: My wife says I forget the stove. That's not true, I forgot it once.
T: We can talk about the stove checklist next time. Let's do the bill-paying sheet, with the checklist card.
P: Electric, water, phone. The phone bill is due the fifteenth.
T: Right. Write it on the calendar.
P: Done.
T: Okay, it's 10:32. That's our cognitive work for today. The mail trials and the bills.
P: How did I do overall?
T: Better than last week. You used the read-aloud strategy on your own after one reminder.
P: I'll take it.
T: Next time, the stove checklist and the pill organizer.
""",
    [
        "Thirty of them|30 envelopes",
        "three trays|3 trays",
        "Four minutes and ten seconds|4:10",
        "two errors|2 errors",
        "Three minutes twenty|3:20",
        "zero errors|0 errors",
        "Three minutes fifty|3:50",
        "one error|1 error",
        "read the zip out loud",
        "checklist card",
        "after one reminder|1 reminder",
        "Six hours|6 hours",
    ],
    ["headaches"],
    ["I was a mail carrier for twenty-six years", "I forgot it once"],
    cog=27,
    clock={"cog": ("10:05", "10:32")},
)

S(
    "aj_ot05_dog_leash_on_the_left",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97140": 9, "97530": 12},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi Kendra. Visit ten, so it's progress report day.
P: Already? Okay.
T: How's the left wrist?
P: It's way better. I walked the dog on Sunday, holding the leash on the left.
T: With the big dog?
P: With Bruno. Sixty pounds of bad manners.
T: Pain today?
P: One out of ten. At the start it was a six.
T: Any clicking in the wrist?
P: No clicking anymore.
T: Let's do the QuickDASH. Same as the first day.
P: Done. Easy questions this time.
T: Hmm, eleven. That seems low for the carrying items. Wait, were you answering for the left hand?
P: Oh. I was thinking about my right. Sorry.
T: Let's do it again, thinking only of the left wrist.
P: Okay. Done again.
T: Twenty three. At the start it was fifty. That's a real change.
P: The left is better, the right is just normal.
T: Okay. Grip: left is forty pounds, up from twenty two. Right is sixty.
P: My sister's a nurse and she says grip is everything.
T: It's a lot of things. Let's start with the wrist mobilization on the table, I'll work on the bend back.
P: That's the tight spot.
T: Extension is sixty degrees now. That was nine minutes of joint mobilization.
P: Then the dog practice?
T: Then the leash. Separate from the table work, a different block. I tied the leash to the door handle, and you pull against it with the left while stepping to the side.
P: Like when Bruno sees a squirrel.
T: Exactly. Then lifting the water jug, the eight pound one, into the cabinet.
P: That's his food bin weight.
T: That was twelve minutes of functional activities with the leash and the jug.
P: So how am I doing on my goals?
T: Walking the dog: met. Carrying groceries with the left: met. Opening jars: not yet, still partly met.
P: Jars are hard.
T: Plan: once a week for four more weeks, then we'll probably discharge.
P: Nice. Bruno says thanks.
""",
    [
        "left wrist",
        "One out of ten|1/10",
        "it was a six|6/10",
        "Twenty three|23",
        "it was fifty|50",
        "forty pounds|40 pounds",
        "twenty two|22 pounds",
        "sixty degrees|60 degrees",
        "nine minutes of joint mobilization|9 minutes",
        "eight pound|8 pound",
        "twelve minutes of functional activities|12 minutes",
        "still partly met",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["clicking"],
    ["Hmm, eleven", "grip is everything"],
    has59=True,
)

S(
    "aj_ot06_pencil_grip_and_the_lego_tower",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 11},
    ["97168"],
    "97168x1:GO 97535x1:GO",
    """
T: Hi Mateo! Hi Mom, hi Dad. Both of you today, great.
C: We both took the morning off. We wanted to hear the re-evaluation.
T: Sure. Mateo, how old are you now?
P: Eight and a half.
T: Eight and a half. So we started in September for the handwriting and the shoelaces. What are you seeing at home?
C: He ties his shoes now. Most days.
C: Not most days. Twice this week. I did the rest.
C: Okay, twice this week. But he did it.
T: Mateo, do you tie them at school?
P: No. I have the velcro ones for school.
T: Okay. And handwriting, what does the teacher say?
C: She said the letters are smaller and on the line, but he's slow. He doesn't finish the copying.
T: Any pain in the hand when writing?
P: No. It's not pain, it just gets tired.
T: Good to know. Let's do the tests again. The Beery first, copying the shapes.
P: These are easy.
T: Nice. Then the nine hole peg. Right hand is twenty eight seconds. At the start it was thirty nine.
C: Is that normal for his age?
T: It's closer to normal. Left hand twenty five. Now the writing sample, copy this sentence.
P: The quick brown fox.
T: Eleven letters a minute. It was seven in September.
C: His cousin writes in cursive already. She's in the gifted program.
T: Every kid goes at his own pace. Mom, Dad, I want to show you some things for home. The pencil grip, the triangle one.
C: He lost the last one.
T: I'll give you three. And the slant board for homework. And you can build the Lego tower before homework, two minutes, to warm up the hands.
P: Lego before homework!
C: That's going to be a fight every day.
T: Warm-up only, two minutes. That was eleven minutes of home program training with both of you.
C: Okay, got it.
T: Plan: another eight weeks, once a week. Goal for the shoelaces is every day, and copying the board in class in time.
C: Thank you. Honestly, this has helped.
""",
    [
        "Eight and a half|8.5",
        "Twice this week|2 times this week",
        "velcro ones for school",
        "twenty eight seconds|28 seconds",
        "thirty nine|39 seconds",
        "twenty five|25 seconds",
        "Eleven letters a minute|11 letters",
        "seven in September|7 letters",
        "pencil grip",
        "slant board",
        "eleven minutes of home program training|11 minutes",
        "another eight weeks, once a week|8 weeks",
    ],
    ["pain in the hand"],
    ["His cousin writes in cursive", "He ties his shoes now. Most days"],
)

S(
    "aj_ot07_grab_bar_by_the_washer",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97535": 12, "97110": 6},
    [],
    "97535x1:GO",
    """
t: hi missus kowalski can you hear me all right
p: yes dear i can hear you the tablet is on the kitchen table
t: great so this is our last visit well do it on the video like we planned
p: my grandson set it up for me he is so smart
t: okay can you show me the laundry room with the tablet
p: hold on let me carry it here is the washer
t: i see the new grab bar by the washer thats great
p: the handyman put it in tuesday
t: show me how you take the clothes out now
p: i hold the bar with my left and reach in with my right like you said
t: perfect you are not bending all the way over
p: no no more bending all the way
t: any dizziness when you come back up
p: no dizziness
t: now the reach her for the socks at the bottom
p: this thing is my best friend now
t: good and the laundry basket on the walker tray not in your arms
p: on the tray yes
t: so that was twelve minutes going over the laundry and the kitchen set up on video
p: the kitchen is fine the pots are on the low shelf now
t: now lets do your hand exercises quickly squeeze the ball ten times
p: ten
t: and finger spreads with the rubber band ten times
p: my hands are old they are slow
t: they are doing fine that was six minutes of exercises so lets talk about your goals
p: did i pass
t: laundry on your own met cooking a simple meal met getting in and out of the tub with the bench partly met you still want your daughter there
p: i like her there
t: thats okay keep doing that keep the exercises every morning
p: every morning with my coffee
t: youre discharged from occupational therapy call if anything changes
p: thank you dear you were very patient with me
""",
    [
        "new grab bar by the washer|grab bar",
        "hold the bar with my left",
        "reach her|reacher",
        "walker tray",
        "twelve minutes going over the laundry|12 minutes",
        "pots are on the low shelf",
        "squeeze the ball ten times|10 times",
        "six minutes of exercises|6 minutes",
        "laundry on your own met",
        "partly met",
        "exercises every morning",
    ],
    ["dizziness"],
    ["my grandson set it up", "the handyman put it in tuesday"],
)

# --------------------------------------------------------------------------------------------- SLP, dev

S(
    "aj_slp01_pho_shop_menu_and_the_umbrella",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Good morning, Mr. Tran. I'm Abby, the speech-language pathologist. And you are the interpreter?
C: Yes, Minh, Vietnamese interpreter. I'll interpret in first person.
T: Thank you. Mr. Tran had a stroke six weeks ago. Mr. Tran, which language do you use most at home?
P: Tiếng Việt. Vietnamese. English at work, the restaurant.
C: Vietnamese at home, English at work, at the restaurant.
T: And what's hard since the stroke?
C: I can't find the words. In both languages. I know the word, it doesn't come.
T: Any trouble swallowing, coughing when you eat or drink?
C: No, no coughing. Eating is fine.
T: Any trouble understanding what people say to you?
C: Sometimes, when they talk fast. Not when it's slow.
T: Okay. I'm going to show him pictures, and he can name them in either language. We'll score both.
P: Con chó. Dog.
T: Dog, good. This one?
P: Uh... the thing. For the rain.
C: He's describing it, the thing for the rain.
T: Umbrella. That's circumlocution, it's a good strategy. Out of twenty pictures he named eleven in Vietnamese and nine in English, fourteen in either language.
C: He says in Vietnamese he would get more right.
T: That's what we'd expect. Now following directions. Mr. Tran, touch your nose, then point to the door.
P: Okay. Nose, door.
T: Good. Three-step commands, four out of five. Now reading, this is the menu from a pho restaurant, in English.
P: Pho tai. Pho ga. Spring roll.
T: He read the menu items, eight of ten correct. Writing his name and address, fine.
C: My wife says I'm grumpy since the stroke. I tell her I'm always grumpy.
T: Ha. Any changes in memory, forgetting appointments?
C: No, my memory is okay. My wife keeps the calendar anyway.
T: Okay. My impression: mild to moderate anomic aphasia, in both languages, with comprehension mostly intact for slow speech. No dysphagia.
C: He asks if he can go back to the restaurant.
T: That's the goal. Ordering supplies on the phone is one of the goals, and talking with customers. Speech therapy twice a week for eight weeks, with an interpreter each time, and home practice in Vietnamese with his family.
C: He says thank you, and can the next one be in the afternoon, the lunch rush is in the morning.
T: I'll tell the front desk afternoons.
P: Thank you. Cảm ơn.
""",
    [
        "stroke six weeks ago|6 weeks ago",
        "Vietnamese at home, English at work",
        "can't find the words",
        "circumlocution",
        "named eleven in Vietnamese|11",
        "nine in English|9",
        "fourteen in either language|14",
        "four out of five|4/5",
        "eight of ten correct|8/10",
        "mild to moderate anomic aphasia",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "home practice in Vietnamese",
    ],
    ["coughing", "memory"],
    ["I'm always grumpy", "the lunch rush is in the morning"],
)

S(
    "aj_slp02_thickener_scoops_for_the_night_nurse",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
t: good morning mister haines and you must be linda
c: yes im his wife i do all the cooking so they told me to come
t: perfect thats exactly why i asked quick thing first your husband has passed the threshold for the year with the physical therapy after his fall so i put the k x modifier on today the swallowing therapy is still medically necessary
c: okay as long as its covered
t: any coughing at meals this week
p: a little with the coffee
c: twice with the coffee on sunday
t: okay thats with thin coffee or thickened
c: i forgot to thicken it sunday
t: thats probably why any fevers or chest congestion
c: no fever nothing like that
t: good so today i want to show you how to mix the thick inner for mildly thick liquids level two
c: how many scoops
t: for this cup its one and a half scoops stir thirty seconds and wait one minute before he drinks
c: one and a half wait a minute
t: yes now lets watch him drink it small sips chin tucked down
p: like this
t: chin down good no coughing and a clear voice after
c: can the night nurse do this too
t: yes ill write the recipe card for the night nurse too
p: the coffee tastes like glue
t: i know its not the same we can try the pre thickened coffee from the store
c: his sister says honey thick is safer should we do that
t: no his study showed mildly thick is safe honey thick is more than he needs
c: okay
t: now the effortful swallow exercise ten times
p: hard like pushing
t: yes squeeze hard ten times
p: that hurts my throat a little
t: rest then five more
c: do we do this at home
t: three times a day before meals
c: okay i have it written down
t: solids stay at soft and bite sized level six
c: his sisters lasagna is that soft
t: lasagna is usually fine if its moist cut small
p: good i want the lasagna
""",
    [
        "thick inner|thickener",
        "twice with the coffee on sunday|2 times",
        "mildly thick liquids level two|level 2",
        "one and a half scoops|1.5 scoops",
        "thirty seconds|30 seconds",
        "one minute|1 minute",
        "chin tucked down",
        "recipe card for the night nurse",
        "effortful swallow exercise ten times|10 times",
        "three times a day before meals|3 times a day",
        "soft and bite sized level six|level 6",
    ],
    ["fever"],
    ["his sister says honey thick is safer", "tastes like glue"],
    kx=True,
)

S(
    "aj_slp03_sheep_and_cheese_cards",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Amara! Hi Mom, hi Grandpa.
C: Hi. Grandpa wanted to see what you do in here.
C: I heard a lot about the sheep cards.
T: The sheep cards! Amara, are you ready?
P: Yes. Sheep, sheep, sheep.
T: Great sh sound. How was practice at home, Mom?
C: She practiced every night. Well, four nights. We had a birthday party Saturday.
T: Four nights is great. Any trouble with the s sound coming back?
C: No, the s is fine now. It's just the sh and the ch.
T: Okay. Amara, sh words first. Say shoe.
P: Shoe.
T: Ship.
P: Sip. No. Ship.
T: You fixed it yourself! That's what I love to see.
C: She does that at home too now.
T: Okay, I'm counting. Sh at the start of words, that was eighteen out of twenty. Ninety percent.
C: Wow.
T: Now ch. Cheese.
P: Sheese.
T: Close. Put your tongue up and pop it. Ch. Cheese.
P: Cheese!
T: Ch at the start of words, twelve out of twenty with a visual cue, sixty percent.
C: Her teacher said her friend Olivia has a lisp too and nobody does anything.
T: Every family decides for themselves. Now sentences. The sheep eats cheese.
P: The sheep eats cheese.
T: Perfect. In sentences, sh was seven out of ten.
C: Grandpa, you're supposed to be quiet.
C: I am quiet!
T: Okay, home practice this week: the ch cards, five minutes a night, and Mom, just model the word, don't make her repeat it ten times.
C: Model it. Okay.
T: Any trouble at school, teasing?
C: No, no teasing. She loves her class.
T: Good. That's our session. I'll share the numbers with Ms. Rivera, the speech-language pathologist.
P: Bye! Sheep!
""",
    [
        "four nights|4 nights",
        "eighteen out of twenty|18/20",
        "Ninety percent|90%",
        "twelve out of twenty|12/20",
        "sixty percent|60%",
        "visual cue",
        "seven out of ten|7/10",
        "ch cards, five minutes a night|5 minutes",
        "model the word",
        "fixed it yourself",
    ],
    ["teasing"],
    ["birthday party Saturday", "Olivia has a lisp"],
)

S(
    "aj_slp04_fruit_word_search_and_the_sand_timer",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {"97129": 15, "97130": 8},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Gloria. How are you today?
P: Tired. The new medication makes me sleepy.
T: Okay, we'll keep an eye on that. Any falls or new confusion, according to your son?
P: No, no falls. He says I'm sharper than him.
T: Good. Today's tasks are the word search and the sorting, with the sand timer, like last week.
P: The three-minute sand timer.
T: That one. First, word search. Find all the fruits before the sand runs out.
P: Apple, pear, grape. Where's the banana?
T: Time. You found eight of ten. Last week it was six.
P: Eight! Okay.
T: Now the sorting. Cards with names and phone numbers, sort by last name.
P: This is like my old job at the bank.
T: Go.
P: Garcia, Hernandez, Johnson. Oh, honey, I need the restroom. Sorry.
T: Go ahead, I'll stop the clock. That was fourteen minutes so far.
P: Okay. I'm back. Sorry.
T: No problem. Let's finish the sorting.
P: Johnson, King, Lopez.
T: Time. Twenty cards, all in order except one. Nineteen out of twenty.
P: Where's the wrong one?
T: Martin and Martinez. Look again.
P: Martin comes first. I rushed.
T: That's the strategy: slow down on the similar ones. Now a short one with the calendar. Your appointments for next week, write them in.
P: Tuesday the dentist. Thursday you.
T: Good. That's nine minutes after the break, so twenty three minutes of cognitive work altogether.
P: My son's girlfriend is moving in with him. I don't like her.
T: That sounds like a lot. Let's keep our focus on you. For home, the word search book, one page a day with the timer.
P: One page. Okay.
T: And the calendar every morning, with your coffee.
P: I can do that.
T: See you Friday.
""",
    [
        "new medication makes me sleepy",
        "three-minute sand timer|3-minute|3 minute",
        "eight of ten|8/10",
        "it was six|6/10",
        "Nineteen out of twenty|19/20",
        "Martin and Martinez",
        "slow down on the similar ones",
        "twenty three minutes of cognitive work|23 minutes",
        "one page a day|1 page a day",
        "calendar every morning",
    ],
    ["falls"],
    ["I don't like her", "my old job at the bank"],
    cog=23,
)

S(
    "aj_slp05_choir_practice_and_the_straw",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi reverend cole how is the voice today
p: better much better i preached sunday the whole sermon
t: the whole sermon thats great any hoarseness after
p: a little by evening not like before
t: any pain when you talk
p: no pain
t: okay its progress report day so we do the measures again first the s z ratio
p: the hissing one
t: the hissing one take a big breath and sss as long as you can
p: ssssss
t: eleven seconds hmm you started before the breath lets do it again
p: okay big breath sssssss
t: eighteen seconds now zzzz
p: zzzzzz
t: seventeen seconds so the ratio is about one point one
p: is that good
t: thats in the normal range at the start it was one point six
t: the voice handicap index you filled out today is fourteen at the start it was thirty eight
p: i noticed i dont dread the phone calls
t: now the straw phone nation through the water lets do five sirens up and down
p: the bubbles
t: yes gentle bubbles good now hum into the straw then the words
p: my church choir wants me back on the tenor part
t: thats a goal for next month maybe
p: my wife says i talk too loud at dinner anyway
t: ha thats not in the chart so lets finish with the resonant voice phrases
p: many men mow meadows
t: good forward and easy
t: okay so summary progress report visit nine voice handicap index fourteen from thirty eight s z ratio one point one from one point six preaching goal met singing goal partly met plan once a week for four weeks
p: four more weeks okay
t: and keep drinking water eight glasses a day
p: i will
""",
    [
        "whole sermon",
        "eighteen seconds|18 seconds",
        "seventeen seconds|17 seconds",
        "one point one|1.1",
        "one point six|1.6",
        "fourteen|14",
        "thirty eight|38",
        "straw phone nation|straw phonation",
        "resonant voice",
        "preaching goal met",
        "singing goal partly met",
        "once a week for four weeks|1x/week for 4 weeks",
        "eight glasses a day|8 glasses",
    ],
    ["pain"],
    ["eleven seconds", "talk too loud at dinner"],
)

S(
    "aj_slp06_chalky_drink_in_august",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hi Mr. Abernathy. Today is your re-evaluation. The hospital sent the new swallow study from Monday, so I'll read it next to the first one.
P: The x-ray where I drank the chalky stuff.
T: That's the one. The modified barium swallow. In August, thin liquids: penetration-aspiration scale seven, silent aspiration. Mildly thick: scale two.
P: I don't remember any of that.
T: That's okay. Monday's study: thin liquids, scale three, penetration that cleared on its own. No aspiration on any consistency.
P: So I can drink water?
T: Let me finish. With the chin tuck, thin liquids were a scale one. And residue in the valleculae was mild, down from moderate.
P: What does that mean in English?
T: It means your swallow is much stronger. Less is left behind in your throat after you swallow.
P: And the pills? The big vitamin gets stuck.
T: The report says the pill was tried with puree and went down on the second swallow.
P: Second swallow. Okay.
T: Let's check you here too. Any coughing at meals lately?
P: No coughing. My daughter watches me like a hawk.
T: Any weight loss, pneumonia?
P: No, no pneumonia. I gained four pounds. Her cooking.
T: Good. Let's do some sips. Water, with the chin tuck.
P: Okay.
T: Clear voice, no cough. Again, five sips.
P: Done.
T: Five of five clear. Now a cracker.
P: These crackers are stale, by the way.
T: I'll tell the front desk. Chewing is fine, one swallow per bite. Oral phase within normal limits.
P: When can I have a beer?
T: Beer is a thin liquid, so with the chin tuck, small sips, once we change your orders. Which is what I'm recommending today.
P: Finally.
T: Recommendation: thin liquids with a chin tuck, regular solids, level seven. Take the pills one at a time with puree.
P: One at a time.
T: Plan: four more visits, once a week, to practice the chin tuck until it's automatic, then discharge.
P: My buddy from the VFW had the same thing and never got back to thin. I'm lucky.
T: You worked hard. See you next week.
""",
    [
        "modified barium swallow",
        "scale seven|PAS 7",
        "silent aspiration",
        "scale three|PAS 3",
        "scale one|PAS 1",
        "residue in the valleculae was mild",
        "gained four pounds|4 pounds",
        "Five of five clear|5/5",
        "thin liquids with a chin tuck",
        "regular solids, level seven|level 7",
        "pills one at a time with puree|1 at a time",
        "four more visits, once a week|4 more visits",
    ],
    ["coughing", "pneumonia"],
    ["These crackers are stale", "my buddy from the VFW"],
)

S(
    "aj_slp07_crossword_club_at_the_library",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Dorothy. Hearing aids in today?
P: Both in. The audiologist turned them up last week.
T: Good. The hearing is the audiologist's department, we've been working on the words after your stroke. Today's our last session.
P: I know. I'm a little sad.
T: Me too. Let's see where you are. Naming first, twenty pictures.
P: Cat. Kettle. The... harmonica. Scissors.
T: Nineteen out of twenty. In March it was eight.
P: Nineteen!
T: Now tell me about your crossword club.
P: We meet Wednesdays at the library. Six of us. I do the clues out loud again.
T: Did you get stuck on any words this week?
P: Once or twice. I use the trick, I describe it, and then it comes.
T: That's the strategy. Any trouble following conversation in the group?
P: No, not with the hearing aids in. Without them, yes, but that's the ears, not the stroke.
T: Right. Let's do a conversation sample. Tell me about your grandson's wedding.
P: Oh, it was in June, on a farm, and the bride wore her mother's dress, and it rained, and nobody cared.
T: That was lovely, clear, and only one pause for a word. Reading a paragraph now.
P: The city council voted on Tuesday to repair the bridge.
T: Reading comprehension, five of five questions correct.
P: My neighbor Betty had a stroke too and she can't talk at all. It's so sad.
T: I'm sorry to hear that. Goals: naming at ninety percent, met. Conversation in a group, met. Writing a grocery list, met.
P: And the phone?
T: Phone calls with her friends, partly met; you still let the machine get it sometimes.
P: I like the machine.
T: That's allowed. Maybe one call a day yourself, to Betty or your daughter.
P: One call a day. I can do that.
T: Any trouble swallowing ever come back?
P: No, never. Only the words.
T: Okay. You're discharged from speech therapy. Keep the crossword club, and read out loud ten minutes a day.
P: Ten minutes. I promise.
""",
    [
        "Hearing aids",
        "Nineteen out of twenty|19/20",
        "In March it was eight|8/20",
        "crossword club",
        "describe it",
        "only one pause|1 pause",
        "five of five questions correct|5/5",
        "naming at ninety percent, met|90%",
        "Conversation in a group, met",
        "Phone calls with her friends, partly met",
        "read out loud ten minutes a day|10 minutes",
    ],
    ["following conversation", "trouble swallowing"],
    ["Betty had a stroke too", "bride wore her mother's dress"],
)

# --------------------------------------------------------------------------------------------- PT, test

S(
    "aj_pt09_bump_below_the_kneecap",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 9},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: Hi Noah, I'm Sam, I'm the physical therapist. And Mom and Dad, welcome.
C: Hi. We both came because we don't agree on the basketball.
C: I think he should rest. His mom thinks he can play through it.
C: I said he can play if it doesn't hurt. That's different.
T: Let's hear from Noah first. How old are you, Noah?
P: Fourteen.
T: What's going on with the knees?
P: The right one mostly. There's a bump below the kneecap and it hurts when I jump.
T: How long?
P: Since tryouts, like two months.
T: Pain right now, zero to ten?
P: Zero sitting here. Like a six after practice.
T: Any locking, any giving way?
P: No locking. It doesn't give out.
T: Any swelling in the joint itself?
P: No. Just the bump.
C: The doctor said Osgood something.
T: Osgood-Schlatter. It's common at his age with a growth spurt. Let me take a look. Lie back. Tender here, at the tibial tubercle?
P: Yeah, that's the spot.
T: Knee range is full both sides. Quad length: tight, heel is eight centimeters from the buttock on the right, four on the left.
C: He grew three inches this year. We keep buying shoes.
T: That's part of it. Single leg squat, right side: the knee drifts in. Hamstrings tight too, straight leg raise sixty degrees.
P: Is that bad?
T: It's tight, we can fix that. Overall it's a low complexity evaluation: one problem, no other health issues, and it's expected to get better.
C: So can he play?
T: He can play, with pain as the guide. If it's over a four during or after, he sits out that practice. Both of you agree on that?
C: Fine.
C: Fine. Four.
T: Okay, let's teach the exercises now. Quad stretch on the side, thirty seconds, three times. Hamstring stretch with the strap. Then the wall sits, three times twenty seconds.
P: The wall sit burns.
T: It should burn, not hurt at the bump. That was nine minutes of exercise instruction.
C: His coach has them doing two hundred jumps a practice, is that normal?
T: I'll write a note for the coach to keep jumping lower for a few weeks. Plan: once a week for four weeks, and the home program every day.
P: Every day. Okay.
""",
    [
        "Fourteen|14",
        "hurts when I jump",
        "bump below the kneecap",
        "two months|2 months",
        "Like a six after practice|6/10",
        "Osgood-Schlatter",
        "tibial tubercle",
        "eight centimeters|8 centimeters|8 cm",
        "straight leg raise sixty degrees|60 degrees",
        "low complexity",
        "over a four|4/10",
        "thirty seconds, three times|30 seconds",
        "nine minutes of exercise instruction|9 minutes",
        "once a week for four weeks|1x/week for 4 weeks",
    ],
    ["locking", "swelling"],
    ["We keep buying shoes", "two hundred jumps a practice"],
)

S(
    "aj_pt10_mail_sorting_shelf_at_eye_level",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 12, "97530": 14},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hi Bernice. How's the shoulder?
P: Stiff this morning. Better now that I've moved around.
T: Pain?
P: Three. It was a five when I woke up.
T: Any numbness or tingling down the arm?
P: No, nothing like that.
T: Okay. Before we start: with the knee therapy you had in the spring, you're past the threshold for the year, so I'll put the KX modifier on today's charges. Your shoulder still needs skilled therapy, it's medically necessary, we're not at the goals yet.
P: My sister says Medicare will stop paying. Is that true?
T: Not with the KX and a good reason. Okay, on the table. I'll start with the joint mobilizations for the shoulder, then some soft tissue.
P: That's the good part.
T: Glides down and back. Tell me if it's too much.
P: It's fine. A little pull.
T: Flexion before was one hundred and twenty. Let me check after.
P: Feels looser.
T: One hundred thirty two now. That was twelve minutes of manual therapy.
P: Oh, my phone. Sorry, it's the pharmacy. I'll call them back.
T: No problem. Okay, now the functional part, separate from the table, at the shelves. It's 3:40 now.
P: The mail shelves?
T: Like at your job. Sort these envelopes into the slots at eye level, then the top row.
P: The top row is where it hurts.
T: Use the step, bring the shoulder blade back first, then reach.
P: Like that?
T: Better. No hiking the shoulder. Now the packages, the five pound box from the counter to the shelf.
P: That one's fine.
T: Good. Again, ten more.
P: My supervisor wants me full duty by the first. Can you tell her that?
T: That's for your doctor's work note. I'll send her my findings.
P: Okay.
T: Alright, it's 3:54, so we're done with the shelf work.
P: I'm sweating.
T: That means you worked. Home: keep the wall slides and the pendulums, and the towel stretch behind the back.
P: The towel one is awful.
T: Twice a day. See you Monday.
""",
    [
        "Three|3/10",
        "It was a five|5/10",
        "joint mobilizations",
        "one hundred and twenty|120 degrees",
        "One hundred thirty two|132 degrees",
        "twelve minutes of manual therapy|12 minutes",
        "top row",
        "five pound box|5 pound",
        "wall slides and the pendulums",
        "towel stretch",
        "knee therapy",
    ],
    ["numbness"],
    ["My sister says Medicare will stop paying", "full duty by the first", "it's the pharmacy"],
    kx=True,
    has59=True,
    clock={"97530": ("3:40", "3:54")},
)

S(
    "aj_pt11_mini_squats_before_the_van",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 16, "97116": 10},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ",
    """
t: good afternoon miss baptiste how are you
p: tired but okay the knee is better
t: pain number today
p: a four out of ten
t: any calf pain or swelling in the leg
p: no swelling no calf pain
t: okay lets warm up on the bike then the strengthening
p: same as tuesday
t: same as tuesday seat on eleven
p: my grandson says i pedal like a turtle
t: turtles finish the race
t: now straight leg raisins with the two pound weight three sets of ten
p: three sets really
t: really and the mini squats at the bar fifteen times
p: okay
t: and the step ups on the four inch step two sets of ten
p: that was hard
t: good so sixteen minutes on the exercises now lets walk with the cane
p: in the hallway
t: hallway cane in the right hand step with the left
p: oh sorry thats the van driver i have to answer it
t: go ahead
p: he says hes coming at three thirty not four
t: okay we have time so six minutes of walking before the call lets finish up
p: okay
t: longer steps on the left dont rush it
p: like this
t: better heel first now around the corner and back
p: my knee is clicking a little no pain just clicking
t: thats okay if it doesnt hurt that was four more minutes of walking so ten minutes of gait all together
p: is the van here
t: not yet sit and ill put the ice on while you wait
p: thank you
t: home program stays the same add the mini squats at the counter
p: counter squats okay
t: ill tell the therapist how you did
""",
    [
        "a four out of ten|4/10",
        "straight leg raisins|straight leg raises",
        "two pound weight three sets of ten|2 pound|3x10",
        "mini squats at the bar fifteen times|15 times",
        "four inch step two sets of ten|4 inch",
        "sixteen minutes on the exercises|16 minutes",
        "cane in the right hand",
        "ten minutes of gait|10 minutes",
        "clicking",
        "mini squats at the counter",
    ],
    ["swelling", "calf pain"],
    ["pedal like a turtle", "three thirty not four"],
    parts={"97116": [6, 4]},
)

S(
    "aj_pt12_fado_radio_and_the_foam_beam",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97112": 22, "97110": 8},
    [],
    "97112x1:GP,CQ 97110x1:GP,CQ",
    """
T: Bom dia, Senhor Ferreira. And good morning, Ana, thank you for interpreting again.
C: Good morning. I'm Ana from language services. I'll speak as him.
T: Thanks. How has the balance been this week?
P: Melhor. Mas a tontura de manhã.
C: Better. But the dizziness in the morning.
T: Dizziness when he gets out of bed?
C: Yes, when I stand up fast. Not when I turn my head.
T: Any falls?
P: Não, nenhuma queda.
C: No, no falls.
T: Good. I'll tell the therapist about the morning dizziness, she'll want to check his blood pressure. Let's start on the foam beam.
P: A trave.
C: The beam.
T: Walk heel to toe on the foam beam, arms out. I'm right beside you.
C: I feel like the circus.
T: Good. Now stop and turn your head left, right. Any dizziness with that?
C: No, with that no.
T: Okay. Now standing on the foam pad, eyes closed, thirty seconds.
C: Twenty seconds, then I opened the eyes.
T: Twenty is good. Last week it was twelve. Now the step over the hurdles and the ball toss.
C: He says he played football in Porto when he was young. Goalkeeper.
T: Then the ball toss should be easy. Catch, step, catch.
P: Easy!
T: Okay, that was twenty two minutes of balance training. Now sit, we'll do the leg strength.
C: My legs are tired now.
T: A short set. Sit to stands from the chair, two sets of eight, and the calf raises at the bar, fifteen.
C: Fifteen. Okay.
T: That was eight minutes of strengthening. Home: stand at the kitchen counter, feet together, thirty seconds, three times a day.
C: He asks if he can listen to the fado radio while he does them.
T: Sure, as long as he holds the counter.
C: And his wife's cousin from Lisbon is visiting, they want to go walking by the river.
T: Walking on flat paths is fine, with his cane.
P: Obrigado.
T: See you Thursday.
""",
    [
        "dizziness in the morning",
        "when I stand up fast",
        "foam beam",
        "heel to toe",
        "Twenty seconds|20 seconds",
        "Last week it was twelve|12 seconds",
        "twenty two minutes of balance training|22 minutes",
        "two sets of eight|2x8",
        "calf raises at the bar, fifteen|15",
        "eight minutes of strengthening|8 minutes",
        "thirty seconds, three times a day|30 seconds",
        "check his blood pressure",
    ],
    ["falls", "turn my head"],
    ["played football in Porto", "cousin from Lisbon"],
)

S(
    "aj_pt13_crutches_and_the_big_sister",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97116": 15, "97110": 10},
    [],
    "97116x1:GP 97110x1:GP",
    """
T: Hi Lily! Hi Dad. And who's this?
C: This is her big sister, Zoe. She wanted to come.
C: I'm going to be the crutch coach.
T: Perfect, we need a crutch coach. Lily, how's the leg?
P: It itches under the cast.
T: It does that. Does it hurt?
P: Only a little. A two.
C: She slept through the night for the first time Saturday.
T: Great. Any tingling in the toes, or are they cold?
P: No. They're warm. Look.
T: They look pink and warm. Good. So today we practice the crutches on the stairs, because Dad says your room is upstairs.
C: It is. She's been sleeping on the couch.
T: Okay. The rule is: up with the good, down with the bad. Zoe, can you say it?
C: Up with the good, down with the bad!
T: Lily, good leg up first, then the crutches.
P: Like this?
T: Perfect. And hold the rail on the other side, Dad, you're behind her going up.
C: Got it.
T: Now coming down, crutches first, then the good leg.
P: That's scary.
T: It is the first time. Do it again. Dad, you're in front of her going down.
C: I was going to film it for Grandma. Can I?
T: That's up to you, after we're done. Okay, that was fifteen minutes of gait training with the crutches and the stairs.
P: Now can I stop?
T: One more thing. Exercises for the other leg and your arms, so you get stronger on the crutches. Push-ups from the chair arms, ten times.
P: Ten.
T: And the straight leg lifts on your good leg, ten times. And your arm circles.
C: She's doing better than me.
T: Ha. That was ten minutes of exercises.
C: When does the cast come off?
T: The orthopedist decides that, your next appointment is in two weeks, right?
C: Two weeks, yes.
T: No stairs alone until we practice again Friday. Always with Dad.
P: Okay. Zoe can carry my backpack.
""",
    [
        "crutches",
        "A two|2/10",
        "pink and warm",
        "up with the good, down with the bad",
        "Dad, you're behind her going up",
        "fifteen minutes of gait training|15 minutes",
        "chair arms, ten times|10 times",
        "ten minutes of exercises|10 minutes",
        "No stairs alone",
        "cast",
    ],
    ["tingling"],
    ["film it for Grandma", "She's been sleeping on the couch"],
)

S(
    "aj_pt14_mailbox_without_the_cane",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 13, "97112": 12},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: hi mister novak visit ten so today is the progress note
p: already ten visits time flies
t: how is the balance at home
p: better i walk to the mailbox without the cane now
t: any falls
p: no falls no near falls either
t: good pain anywhere
p: no pain just the usual stiff back
t: okay lets do the timed up and go with the cane first
p: with the cane
t: go eleven point eight seconds
p: is that good
t: thats better than the start it was sixteen point two now lets do it again without the cane since you walk to the mailbox that way
p: okay no cane
t: go twelve point five seconds
p: slower without
t: a little slower thats normal now the burg balance test
p: the one with the stool
t: yes the stool and reaching forward
p: okay
t: burg is forty nine out of fifty six at the start it was forty one
p: forty nine
t: now the exercises sit to stand with no hands three sets of ten then the hip abduction with the band
p: the yellow band
t: the red band now youre stronger
p: my wife is at her sisters this week so i eat frozen dinners
t: make sure you eat something with protein okay now balance tandem stance at the counter and the foam
p: foam is hard
t: stepping over the cones then the turns
p: okay
t: okay summary for the progress note therapeutic exercise thirteen minutes neuromuscular balance ten minutes actually twelve minutes with the turns timed up and go eleven point eight with cane twelve point five without burg forty nine of fifty six goal walk to mailbox without cane met goal community walking with cane partly met continue twice a week for four weeks
p: partly met okay
t: the church parking lot is the next goal
p: with the cane
t: with the cane first
""",
    [
        "mailbox without the cane",
        "eleven point eight seconds|11.8 seconds",
        "sixteen point two|16.2",
        "twelve point five seconds|12.5 seconds",
        "forty nine out of fifty six|49/56",
        "forty one|41/56",
        "three sets of ten|3x10",
        "red band",
        "thirteen minutes|13 minutes",
        "twelve minutes with the turns|12 minutes",
        "partly met",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["falls", "pain anywhere"],
    ["frozen dinners", "balance ten minutes"],
    fixed={"97112": 10},
)

S(
    "aj_pt15_work_boots_and_the_dowel",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 10},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Hi Marcus. It's been thirty days, so today is the re-evaluation for the back.
P: Okay. The back is good. It's my heel now that's killing me.
T: The heel, which side?
P: Left. First steps in the morning are the worst. Like a knife.
T: That sounds like plantar fasciitis, but your referral is for the back only. I'd like you to see your podiatrist or your doctor about the heel, and we can add it if they send an order.
P: Fair enough. I have a podiatry appointment next week.
T: Good. So today, the back. Pain?
P: One, two at most. At the start it was a seven.
T: Any pain down the legs?
P: No. Nothing down the legs anymore.
T: Numbness, bladder changes?
P: No, none of that.
T: Forward bend: fingertips to mid-shin now, it was to the knees. Extension full, no pain.
P: I can tie my boots again.
T: Oswestry today is twelve percent. It was forty four.
P: My brother-in-law keeps telling me to see his chiropractor.
T: That's up to you. Straight leg raise is seventy degrees both sides, negative.
P: Negative is good?
T: Negative is good. Strength in the legs is five out of five everywhere. Let's go through the exercises. It's 9:48.
P: Planks?
T: Planks, three times thirty seconds. Then bird dogs ten each side. Then the hip hinge with the dowel.
P: The dowel is weird.
T: Keep three points on it, head, back, tailbone. Good.
P: Like this?
T: Yes. And the deadlift with the kettlebell, twenty pounds, ten times.
P: Heavier than my toolbox.
T: Good. It's 9:58, we're done with the exercises.
P: So am I done with therapy?
T: Almost. Plan: every other week for four more visits to build up lifting, then discharge. Goal: lifting fifty pounds from the floor at work.
P: Fifty pounds. That's the water jugs.
T: Then the water jugs. And the heel, call me after the podiatrist.
""",
    [
        "thirty days|30 days",
        "heel",
        "plantar fasciitis",
        "One, two at most|1-2/10",
        "it was a seven|7/10",
        "fingertips to mid-shin",
        "twelve percent|12%",
        "forty four|44%",
        "seventy degrees|70 degrees",
        "five out of five|5/5",
        "three times thirty seconds|3 x 30 seconds",
        "kettlebell, twenty pounds|20 pounds",
        "four more visits|4 more visits",
        "fifty pounds|50 pounds",
    ],
    ["down the legs", "bladder changes"],
    ["his chiropractor", "Heavier than my toolbox"],
    clock={"97110": ("9:48", "9:58")},
)

S(
    "aj_pt16_porch_steps_and_the_purple_band",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 10, "97112": 7},
    [],
    "97110x1:GP",
    """
T: Hi Mrs. Delgado, can you hear me?
P: Yes! My granddaughter set up the tablet on the porch.
T: Perfect, I can see the porch steps behind you. Today is our last visit, done over video.
P: I'm ready to graduate.
T: How's the ankle?
P: Good. No swelling at the end of the day anymore.
T: Pain?
P: Zero most days. A one after church, the high heels.
T: Maybe not the high heels yet. Any falls?
P: No falls. I hold the rail every time.
T: Great. Let's do the porch steps. Show me up and down, holding the rail.
P: Here I go.
T: Nice, step over step, you're not leading with the good foot anymore. Let's do the heel raises, on the bottom step.
P: Two legs or one?
T: Single leg, fifteen each side. Then the toe walking along the porch, then the band.
P: The purple band.
T: Ankle eversion with the purple band, two sets of fifteen.
P: The dog wants to help.
T: He's welcome. Okay, that was ten minutes of strengthening.
P: What's next?
T: The standing balance, the one we called the flamingo. Let's call it the single leg stand for the report. Thirty seconds each leg, eyes open.
P: Flamingo. Thirty. Okay.
T: Twenty eight seconds on the injured side, thirty on the other.
P: Almost!
T: Now on the pillow, harder. Eyes open.
P: Whoa. That's hard.
T: That was seven minutes of balance. Goals: stairs with the rail, met. Walking to the mailbox and back, met. Walking on the grass at the park, partly met, you said it's uneven.
P: The grass is tricky.
T: Keep the single leg stand and the heel raises every day. Call us if anything changes.
P: Thank you. My neighbor wants your number, she has a bad knee.
T: She can call the front desk. Take care.
""",
    [
        "porch steps",
        "A one after church|1/10",
        "hold the rail every time",
        "step over step",
        "fifteen each side|15 each side",
        "purple band, two sets of fifteen|2x15",
        "ten minutes of strengthening|10 minutes",
        "single leg stand",
        "Twenty eight seconds|28 seconds",
        "seven minutes of balance|7 minutes",
        "Walking on the grass at the park, partly met",
        "every day",
    ],
    ["swelling", "falls"],
    ["she has a bad knee", "The dog wants to help"],
)

# --------------------------------------------------------------------------------------------- OT, test

S(
    "aj_ot08_shunt_after_the_meningioma",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 10},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Hello Mr. Lindqvist, I'm Jo, the occupational therapist. And you must be his wife.
C: Karin. Yes.
T: You had surgery for a meningioma three weeks ago and a shunt placed, and then the inpatient rehab.
P: Two weeks in rehab. The food was awful.
C: He complained every day.
T: What's hardest at home right now?
P: Getting dressed. My left hand doesn't do what I tell it. And the shower.
C: He also gets lost in the middle of things. He started making coffee and walked away.
T: Okay. Any headaches, changes in vision?
P: No headaches. Vision is okay with the glasses.
T: Seizures since the surgery?
C: No, none. He's on the medication.
T: Good. Let's check. Grip, right is seventy pounds, left is thirty one.
P: Thirty one. That's pathetic.
T: It's a start. Nine hole peg, left hand: one minute forty seconds. Right, twenty two seconds.
C: He used to build model ships. The tiny ones.
T: Then fine motor will be one of our goals. Sensation on the left hand is decreased to light touch.
P: It feels like a glove.
T: Okay. Upper body dressing, he needs moderate assistance with the shirt. Lower body, minimal assistance with the socks. Shower, he's using a shower chair with Karin nearby, minimal assistance.
C: I'm scared he'll fall in there.
T: We'll work on that. Short Blessed Test, for the thinking part: score of ten, which means some impairment.
P: I knew the president's name.
T: You did. With the brain surgery, the shunt, the left-side weakness, the memory, and his heart history, this is a high complexity evaluation.
C: High. Okay.
T: Let's start on one thing today. The coffee. A checklist on the counter, and a timer that goes with him.
C: A timer on his belt?
T: On his phone or his belt. And he doesn't leave the kitchen while the coffee maker is on.
P: I can do that.
T: That was ten minutes of home safety training for the kitchen.
C: His brother keeps calling to ask if he can drive. He can't, right?
T: Driving is a conversation for his neurosurgeon. Plan: twice a week for ten weeks, dressing, showering, the left hand, and the kitchen.
P: Ten weeks.
C: Thank you.
""",
    [
        "meningioma",
        "shunt",
        "left hand",
        "seventy pounds|70 pounds",
        "thirty one|31 pounds",
        "one minute forty seconds|1:40|100 seconds",
        "twenty two seconds|22 seconds",
        "decreased to light touch",
        "moderate assistance with the shirt",
        "minimal assistance with the socks",
        "score of ten|10",
        "high complexity",
        "ten minutes of home safety training|10 minutes",
        "twice a week for ten weeks|2x/week for 10 weeks",
    ],
    ["headaches", "Seizures"],
    ["The food was awful", "model ships"],
)

S(
    "aj_ot09_soup_pot_off_the_back_burner",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 18, "97535": 9},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: good morning miss watanabe how are the hands
p: the right one is swollen this morning the left is okay
t: pain number
p: five in the right three in the left
t: any numbness in the fingers
p: no numbness just stiff
t: okay quick note before we start you are past the medicare threshold for occupational therapy this year with the hand therapy you had after the carpal tunnel so im adding the k x modifier the therapy for the kitchen is still medically necessary
p: okay whatever you need
t: so in the kitchen today the soup pot we practice moving it off the back burner
p: its heavy with water
t: we use half the water and the two handed grip with the pot holders palms under
p: like this
t: good slide it dont lift it slide it to the front then to the counter
p: that is much easier
t: now the can opener the electric one and then the jar with the rubber pad
p: the jar is the worst
t: rubber pad and push down with the palm then turn
p: it opened
t: great so that was eighteen minutes on the kitchen tasks
p: can i sit
t: sit here and lets talk about the joint protection plan separately so how you do things at home during the week
p: okay
t: big joints not small joints so carry the bag on the forearm not in the fingers
p: my daughter carries the groceries anyway
t: and rest breaks every twenty minutes when you cook and the built up handles on the knives
p: the handles from the catalog
t: yes those ill write the model down
p: my neighbor is selling her house did you know the one with the blue door
t: i didnt so that was nine minutes on the joint protect shun training
p: i am tired now
t: that is normal we stop here see you friday
""",
    [
        "swollen this morning",
        "five in the right|5/10",
        "three in the left|3/10",
        "soup pot",
        "pot holders palms under",
        "rubber pad",
        "eighteen minutes on the kitchen tasks|18 minutes",
        "carry the bag on the forearm",
        "rest breaks every twenty minutes|20 minutes",
        "built up handles on the knives",
        "nine minutes on the joint protect shun training|9 minutes",
    ],
    ["numbness"],
    ["selling her house", "the one with the blue door"],
    kx=True,
    has59=True,
)

S(
    "aj_ot10_scar_on_the_palm_and_the_silicone_sheet",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 11, "97140": 8},
    [],
    "97110x1:GO,CO 97140x1:GO,CO",
    """
T: Hi Deshawn. How's the hand since the stitches came out?
P: Good. The scar's tight when I make a fist.
T: That's normal with a palm scar. Pain?
P: Two. Maybe three at the end of work.
T: Any signs of infection, redness, drainage?
P: No, nothing. It's clean.
T: Good. Let's start with the tendon glides. Straight, hook, fist, tabletop, straight fist.
P: Hook fist is hard.
T: Ten each. Then the putty, the green one. Squeeze and pull.
P: Sorry, my phone. It's the school nurse. My son's sick. I have to take this.
T: Go, go. I'll pause.
P: Sorry. He has a fever, my wife's getting him.
T: That's okay. Before you left that was six minutes on exercises. Let's finish those.
P: Putty again?
T: Putty again, then the finger extensions with the rubber band, ten times.
P: That burns in the palm.
T: It's the scar stretching. Okay, that's five more minutes after the call, so eleven on exercises.
P: Can I still do the massage?
T: I'll do the scar massage now, then I'll show you how to do it yourself. Lotion, small circles, firm.
P: That feels weird. Good weird.
T: Good weird is right. Then the silicone sheet at night.
P: I lost the silicone sheet. My dog ate it, I think.
T: I'll give you another one. That was eight minutes of scar massage.
P: Okay. When can I lift at work?
T: Your therapist and the surgeon will decide that. Any numbness in the fingers?
P: No, the feeling's normal.
T: Good. Home: scar massage three times a day, five minutes, and the glides every hour while awake.
P: Every hour?
T: Every hour, quick ones. Set a reminder on your phone if it helps.
P: I'll set it on my watch. My boss already thinks I'm always on my phone.
T: The watch works. Every hour, quick ones. See you Wednesday. I hope your son feels better.
""",
    [
        "scar's tight when I make a fist|scar",
        "Two. Maybe three|2/10",
        "tendon glides",
        "Ten each|10 each",
        "the putty",
        "ten times|10 times",
        "eleven on exercises|11 minutes",
        "scar massage",
        "silicone sheet at night",
        "eight minutes of scar massage|8 minutes",
        "three times a day, five minutes|3 times a day",
        "every hour while awake",
    ],
    ["drainage", "numbness"],
    ["My son's sick", "My dog ate it"],
    parts={"97110": [6, 5]},
)

S(
    "aj_ot11_joystick_on_the_left_armrest",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97542": 14, "97535": 8},
    [],
    "97542x1:GO 97535x1:GO",
    """
t: hi mister osei how are you today
p: okay the hands are weaker this month
t: i know we talked about that with the a l s its expected thats why we moved the joystick
p: to the left side
t: yes to the left armrest because the left hand is stronger now lets practice
p: the vendor came tuesday he was late three hours
t: lets see how you drive it forward to the door
p: its jumpy
t: the sensitivity is high lets turn it down to level three
p: better much better
t: now through the doorway and back in reverse
p: reverse is hard
t: look over the shoulder slow small pushes on the stick
p: okay i didnt hit anything
t: you didnt now the tilt button tilt back to relieve the pressure on your bottom
p: every hour right
t: every hour for two minutes any red areas on the skin
p: no my wife checks every night nothing red
t: good so that was fourteen minutes of power chair training and set up
p: now the talking about the bathroom
t: yes lets talk about the bathroom at home the raised toilet seat and the shower chair with the back
p: the insurance denied the shower chair they are idiots
t: ill write a letter of medical need for it and the grab bar by the toilet
p: okay and the lift
t: the ceiling lift is a bigger conversation with the team
t: so that was eight minutes on the home equipment training
p: so next week
t: next week we practice the transfer to the shower chair with your wife
p: she works tuesdays
t: then thursday
p: thursday is good
""",
    [
        "joystick",
        "left armrest",
        "level three|level 3",
        "reverse",
        "tilt back to relieve the pressure",
        "every hour for two minutes|2 minutes",
        "fourteen minutes of power chair training|14 minutes",
        "raised toilet seat",
        "shower chair with the back",
        "letter of medical need",
        "eight minutes on the home equipment training|8 minutes",
    ],
    ["red areas"],
    ["late three hours", "they are idiots"],
)

S(
    "aj_ot12_bus_schedule_and_the_pill_alarm",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97129": 15, "97130": 19},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Hi Priya. Progress report today, visit ten. How was the week?
P: Good. I took the bus alone to the library. Twice.
T: Twice! Any getting lost?
P: No, I didn't get lost. I used the app.
T: And the pill alarm?
P: I missed one. Tuesday night. The alarm went off but I was in the shower.
T: Okay. Any headaches?
P: No. Just tired in the afternoon.
T: Let's do the timed tasks again. First, the bus schedule. Find the fastest bus from Elm Street to the clinic that gets here before ten.
P: Route twelve, nine thirty-two... no. Route eight, nine fifteen.
T: Correct. One minute fifty. At the start that took five minutes and she needed two cues.
P: Five minutes! I don't remember that.
T: That's why I write it down. Now the trail-making on paper. Connect one to A to two to B.
P: One, A, two, B, three, C...
T: Trails B: ninety four seconds. It was one hundred sixty.
P: Better?
T: Much better. You didn't lose your place once.
P: I said the letters out loud in my head.
T: That's your strategy, keep using it. Much better. Now the phone task. Call the pharmacy, this is a pretend number, and ask for a refill. I'll be the pharmacy.
P: Hi, I need to refill my levetiracetam. Date of birth, March third.
T: You gave the drug name, the birthday, and asked when to pick up. Three of three parts.
P: My roommate says I talk too much on the phone now.
T: Good problem to have. Last one, the week planner with three appointments that overlap.
P: Dentist and the bus at the same time. I'll move the dentist.
T: Good solving. Okay, thirty four minutes of cognitive work today, all timed tasks.
P: That's it?
T: Now the report. Goals: bus alone, met. Pills on time with the alarm, partly met, six of seven days. Phone calls for appointments, met.
P: Six of seven.
T: Plan: once a week for six more weeks, working on the job search next. The Allen cognitive level today is five point four, up from four point eight.
P: The job at the bakery.
T: The bakery is the goal.
""",
    [
        "bus alone to the library",
        "missed one|1 dose",
        "One minute fifty|1:50",
        "five minutes|5 minutes",
        "two cues|2 cues",
        "ninety four seconds|94 seconds",
        "one hundred sixty|160 seconds",
        "Three of three parts|3/3",
        "thirty four minutes of cognitive work|34 minutes",
        "Pills on time with the alarm, partly met",
        "six of seven days|6/7",
        "once a week for six more weeks|1x/week for 6 weeks",
        "five point four|5.4",
        "four point eight|4.8",
    ],
    ["headaches", "lost"],
    ["I talk too much on the phone", "Route twelve"],
    cog=34,
)

S(
    "aj_ot13_thumb_to_the_little_finger",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 9},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hi mister park can you move the camera so i see both hands
p: is this good the laptop is on the desk
t: perfect so today is the re evaluation for the thumb done on video
p: the thumb is better i can open the car door
t: great pain today
p: a two at rest a four when i pinch hard
t: the first day it was a seven
p: yes it was bad
t: any clicking or locking in the thumb
p: no locking
t: show me the splint do you still wear it at night
p: every night yes not in the day anymore
t: good hold the thumb to each fingertip
p: one two three four
t: you reached the little finger nice the first time you couldnt
p: the pinky was far
t: now the pinch with the clothespin the red one you have
p: this one is hard
t: you held it ten seconds thats the goal
p: my son wants me to go to the casino with him i say my thumb hurts
t: ha okay the quick dash you sent in is twenty five it was fifty two
p: i did it on the phone
t: thats fine now the exercises with me thumb circles ten times and the web space stretch
p: like this
t: hold it thirty seconds and then the putty pinch ten times
p: the putty is hard now i should get the soft one
t: keep the yellow one that was nine minutes of exercises with you
p: so what is next
t: i think four more visits over four weeks for the pinch strength then discharge the jar goal is partly met
p: my wife opens the jars
t: then well work on that
""",
    [
        "open the car door",
        "a two at rest|2/10",
        "a four when i pinch hard|4/10",
        "a seven|7/10",
        "every night",
        "little finger",
        "ten seconds|10 seconds",
        "quick dash|QuickDASH",
        "twenty five|25",
        "fifty two|52",
        "thumb circles ten times|10 times",
        "nine minutes of exercises|9 minutes",
        "four more visits over four weeks|4 more visits",
        "jar goal is partly met",
    ],
    ["locking"],
    ["go to the casino with him"],
)

S(
    "aj_ot14_window_blinds_after_the_elbow",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97140": 8, "97530": 16},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi Rosa. Last visit. How's the elbow?
P: Good. I put up the blinds in the living room this weekend.
T: The blinds! Any pain?
P: A one. Two when I hold the drill over my head.
T: Any tingling in the pinky and ring finger, like before?
P: No, that's gone. No tingling.
T: Good. Let me do a last bit of manual work, the elbow extension and the scar.
P: The scar is almost flat.
T: It is. Extension is minus five degrees now, it was minus thirty. Flexion one hundred forty.
P: I can touch my shoulder now.
T: That was eight minutes of manual therapy. Now, separate, the work part. It's 1:20. The drill and the blinds bracket on the practice wall.
P: Okay.
T: Hold the drill with both hands, elbow close to the body, then reach up.
P: It's heavy.
T: Three pounds. Rest when you need to. Now the screws in the bracket.
P: My ex-husband never once put up a blind in twenty years.
T: Now you can do it. Then the laundry basket from the floor to the table.
P: Done.
T: Then carrying the grocery bags, one in each hand, to the door.
P: Easy.
T: It's 1:36, that's the functional work finished.
P: So I'm done?
T: You're done. Goals: lifting a full grocery bag with the right arm, met. Putting things overhead, met. Going back to work full duty, met, you started last Monday.
P: I did, at the bank. No problems.
T: Grip is sixty two pounds on the right, fifty eight on the left. QuickDASH is nine, from sixty one.
P: Sixty one, wow.
T: Keep the stretches every day for another month.
P: And the scar cream?
T: Keep it until the tube is empty. Call us if the tingling comes back.
P: Thank you. My daughter made you these cookies.
T: Thank her for me.
""",
    [
        "blinds",
        "A one|1/10",
        "Two when I hold the drill over my head|2/10",
        "minus five degrees|-5 degrees",
        "minus thirty|-30",
        "one hundred forty|140 degrees",
        "eight minutes of manual therapy|8 minutes",
        "Three pounds|3 pounds",
        "going back to work full duty, met",
        "sixty two pounds|62 pounds",
        "fifty eight|58 pounds",
        "QuickDASH is nine|9",
        "from sixty one|61",
        "stretches every day",
    ],
    ["tingling"],
    ["My ex-husband never once put up a blind", "made you these cookies"],
    has59=True,
    clock={"97530": ("1:20", "1:36")},
)

# --------------------------------------------------------------------------------------------- SLP, test

S(
    "aj_slp08_toy_farm_in_spanish_and_english",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92522"],
    "92522x1:GN",
    """
t: hola hi im kate the speech therapist and this is sofia
c: yes shes three and a half we speak spanish at home and english at daycare
c: i speak english to her my wife speaks spanish
t: thats great thats helpful for her what are you noticing
c: people dont understand her outside the family maybe half the time
c: less than half her teacher says
t: does she have the same trouble in both languages
c: yes in both she says tato for gato and tar for car
t: okay any ear infections or hearing problems
c: no ear infections she passed the hearing test at the pediatrician
t: any trouble eating chewing
c: no she eats everything
t: okay sofia lets play with the farm whats this
p: a tow
t: a cow and this one
p: tato
c: gato she means the cat
t: okay she is fronting the back sounds k and g in both languages
p: tuck
t: duck yes good
t: lets do the picture test in english then i look at the spanish words too
c: she gets shy with new people
t: shes doing great sofia what is this
p: a tup
t: cup okay and in spanish
p: tasa
c: casa house
t: so vela fronting in both languages and some final consonants dropped in english cat is ca
c: is that normal at three
t: some of it fronting is usually gone by three and a half so shes a bit behind intelligibility to me today about sixty percent in known context
c: my mother in law says its because we speak two languages
t: speaking two languages does not cause this lots of research on that keep both languages
c: thank you i will tell her that
t: my recommendation is speech therapy once a week for twelve weeks for the k and g sounds and home practice in both languages
c: which language should we practice in
t: both each parent in their own language
p: tow moo
t: yes the cow says moo
""",
    [
        "three and a half|3.5|3 1/2",
        "spanish at home and english at daycare",
        "half the time|50%",
        "tato for gato",
        "vela fronting|velar fronting",
        "both languages",
        "final consonants dropped",
        "sixty percent|60%",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "each parent in their own language",
        "passed the hearing test",
    ],
    ["ear infections", "trouble eating"],
    ["my mother in law says", "she gets shy with new people"],
)

S(
    "aj_slp09_checkbook_and_the_cello_recital",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 23},
    [],
    "97129x1:GN,KX 97130x2:GN,KX",
    """
T: Good morning, Harold. How was the week?
P: Decent. I paid the electric bill myself. My son checked it.
T: Any mistakes?
P: No mistakes, he said. I used the checklist.
T: Great. Before we start, your therapy this year, physical therapy for the hip plus speech, has passed the Medicare threshold, so I add the KX modifier. The therapy is still medically necessary for the money management and memory goals.
P: Okay, I trust you.
T: Any headaches or dizziness this week?
P: No, none.
T: Good. Let's start. It's 11:02 by the kitchen clock. First the checkbook task.
P: The fake checkbook.
T: The fake one. Write three checks, record them, and balance the register.
P: Electric, sixty two fifty. Water, forty one ten. Cable, eighty nine ninety nine.
T: Balance?
P: Uh, eight hundred six and forty one cents.
T: Check it with the calculator.
P: Oh. Eight hundred six forty one. Right.
T: Correct. All three recorded, no errors. Six minutes, last week eleven.
P: Getting faster.
T: Now the memory part. I'll read you a grocery list of eight items. Remember them, then we'll come back after ten minutes.
P: Okay.
T: Milk, eggs, bread, apples, tuna, coffee, rice, onions.
P: Got it.
T: Meanwhile, the calendar task. Your appointments for next week are on these cards, put them in the planner.
P: Dentist Tuesday at two. Barber Thursday. My granddaughter's recital Saturday, she plays the cello. Terrible, but loud.
T: Good. Now the list. What do you remember?
P: Milk, eggs, bread, coffee, rice. And onions. The other two... no.
T: Six of eight without a cue. With the category cue, fruit and fish?
P: Apples! Tuna.
T: Eight of eight with cues. Last week it was five without cues.
P: I used the trick, I pictured the kitchen.
T: That's the visualizing strategy. Okay, it's 11:40. That's our session.
P: Already.
T: Home: the checklist for every bill, and the list game with your son, five items, twice this week.
P: Five items. Twice.
T: See you Thursday.
""",
    [
        "paid the electric bill myself",
        "checklist",
        "Write three checks|3 checks",
        "no errors",
        "Six minutes, last week eleven|6 minutes",
        "grocery list of eight items|8 items",
        "Six of eight without a cue|6/8",
        "Eight of eight with cues|8/8",
        "five without cues|5/8",
        "visualizing strategy",
        "five items, twice this week|5 items",
    ],
    ["headaches or dizziness"],
    ["Terrible, but loud", "sixty two fifty"],
    kx=True,
    cog=38,
    clock={"cog": ("11:02", "11:40")},
)

S(
    "aj_slp10_robot_game_and_the_tiger_growl",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi eli hi mom can you see me okay on the screen
c: yes we can see you hes at the kitchen table
p: hi miss june
t: hi eli are you ready for the robot game
p: yes robot
t: great r sound robot
p: wobot
t: remember the growl like a tiger rrr
p: rrr robot
t: yes thats it okay im counting r at the start of words lets go red
p: red
t: rabbit
p: wabbit wait rabbit
t: you fixed it nice rain
p: rain
t: okay that was fourteen out of twenty seventy percent with the tiger growl cue
c: last week he got ten i think
t: last week was eleven out of twenty but close
c: sorry eleven
t: now the r in the middle carrot
p: cawot
t: carrot tiger growl
p: carrot
t: good middle r six out of ten
c: his brother is making noise sorry sam go upstairs
t: thats okay any trouble at school with kids teasing
c: no no teasing his teacher says hes fine
t: good okay last game read the robot sentence the red robot runs
p: the wed robot runs
t: almost the red robot
p: the red robot runs
t: perfect mom for home five minutes a day r at the start of words with the tiger cue
c: five minutes okay with the cards
t: with the cards ill share these numbers with the speech pathologist miss lane
c: thank you
p: bye robot
t: bye eli see you next week
""",
    [
        "r sound",
        "tiger rrr|tiger growl",
        "fourteen out of twenty|14/20",
        "seventy percent|70%",
        "eleven out of twenty|11/20",
        "six out of ten|6/10",
        "fixed it",
        "five minutes a day|5 minutes",
        "r at the start of words",
        "the red robot runs",
    ],
    ["teasing"],
    ["sam go upstairs", "last week he got ten"],
)

S(
    "aj_slp11_teaspoon_and_the_daughter_from_work",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Mrs. Okonkwo, and hi, you must be the daughter.
C: Ngozi. I took a long lunch from work so I can learn the feeding.
T: Perfect. Mrs. Okonkwo, how's the eating?
P: Slow. I'm always the last one at the table.
C: She coughed twice at dinner last night, on the rice.
T: Okay. Rice is tricky, it scatters. Any fever, any chest congestion?
C: No fever.
P: No.
T: Good. Ngozi, today I want to show you how to feed her the puree and the mashed foods safely. She sits fully upright, ninety degrees.
C: At home she eats in the recliner.
T: At the table, upright, ninety degrees. Then a teaspoon, not a tablespoon. Half full.
C: Half a teaspoon.
T: Yes. Wait until she swallows, then check: is her mouth empty? Then the next one.
P: I'm sorry, I need to use the restroom.
T: Of course. Take your time.
C: She does this every time she gets nervous.
T: That's okay. While we wait, tell me about the pills.
C: She takes five pills in the morning. I crush them into the applesauce.
T: Check with the pharmacist before crushing, some shouldn't be crushed. I'll write that down.
P: I'm back.
T: Welcome back. Ngozi, your turn with the spoon.
C: Okay. Half a teaspoon. Wait. Is your mouth empty, Mama?
P: Yes.
T: Perfect. And a double swallow after each bite, Mrs. Okonkwo, like we practiced.
P: Swallow, swallow.
T: Good. Any coughing?
P: No coughing today.
C: My brother thinks she should be in a nursing home. I don't agree.
T: That's a family decision. Liquids stay mildly thick, level two, from a cup, not a straw.
C: No straw. Okay.
T: Ten bites, no coughing, voice clear. You did great, both of you.
C: Should she keep the chin tuck exercises?
T: Yes, ten in the morning, ten at night.
P: I'll do it.
""",
    [
        "coughed twice at dinner|2 times",
        "on the rice",
        "fully upright, ninety degrees|90 degrees",
        "a teaspoon, not a tablespoon|teaspoon",
        "Half full|1/2",
        "is her mouth empty",
        "five pills in the morning|5 pills",
        "Check with the pharmacist before crushing",
        "double swallow",
        "mildly thick, level two|level 2",
        "from a cup, not a straw",
        "Ten bites|10 bites",
        "ten in the morning, ten at night|10 in the morning",
    ],
    ["fever", "coughing today"],
    ["nursing home", "every time she gets nervous"],
)

S(
    "aj_slp12_samovar_and_the_grandchildren",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Good afternoon, Mr. Volkov. And Irina, thank you for interpreting again.
C: Of course. I'm the clinic's Russian interpreter. I'll speak as him.
T: It's the progress report today. How are things going with the speech at home?
C: Better. I talk to my grandchildren on the phone on Sundays. Short sentences.
T: In Russian?
C: In Russian, yes. English was always poor, even before the stroke.
T: Good. We've been working in Russian for that reason. Any trouble swallowing, coughing with meals?
C: No, no coughing.
T: Let's do the naming again. Twenty pictures, he names in Russian, Irina tells me the word.
P: Самовар.
C: Samovar. Correct.
T: Correct. Keep going.
C: He named sixteen of twenty. Two with a first-sound cue.
T: Sixteen of twenty, at the start it was seven. Two with phonemic cues. Now sentences: describe this picture, the family at the picnic.
C: The boy... kicks the ball. The mother cuts the bread. The dog... runs.
T: Three correct sentences. At the start he said single words only.
C: He says his wife still finishes his sentences and it makes him angry.
T: That's worth talking about with her. Let me write a note for the wife: wait five seconds before helping.
C: Five seconds. He says she won't do it.
T: We can try. Now following directions, two-step. Pick up the pen and give me the paper.
P: Да.
C: Done.
T: Four of five two-step directions. Reading single words, nine of ten.
C: He asks if he can drive to the store.
T: Driving isn't something I can decide, that's his doctor. Any trouble understanding the news on TV?
C: No, not on the Russian channel, it's fine.
T: Goals: naming at eighty percent, met. Sentences for daily needs, partly met. Phone calls with family, met.
C: Good.
T: Plan: twice a week for six more weeks. Home: the picture cards in Russian, ten minutes a day.
C: He says thank you. Спасибо.
""",
    [
        "grandchildren on the phone on Sundays",
        "In Russian",
        "sixteen of twenty|16/20",
        "at the start it was seven|7/20",
        "phonemic cues",
        "Three correct sentences|3 correct sentences",
        "wait five seconds|5 seconds",
        "Four of five two-step directions|4/5",
        "nine of ten|9/10",
        "naming at eighty percent, met|80%",
        "Sentences for daily needs, partly met",
        "twice a week for six more weeks|2x/week for 6 weeks",
        "ten minutes a day|10 minutes",
    ],
    ["coughing", "understanding the news"],
    ["makes him angry", "drive to the store"],
)

S(
    "aj_slp13_motorcycle_helmet_and_the_planner",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
t: hi tyler so today is your re evaluation its been about two months since the crash
p: yeah two months the helmet saved my life the doctor said
t: how are things with the memory and the thinking
p: better i use the planner every day my girlfriend says im less spacey
t: any headaches
p: a few not every day maybe two a week
t: any dizziness or double vision
p: no dizziness no double vision
t: okay lets redo some of the tests from the first day the story recall first
p: the story about the fisherman
t: a different story today so its fair listen then tell me everything you remember
p: okay
t: a woman named ana worked at a bakery
p: so ana at the bakery the oven broke she called her brother he fixed it they sold bread that afternoon
t: good immediate recall fourteen out of twenty two units at the start it was six
p: fourteen
t: now word finding name as many animals as you can in one minute
p: dog cat horse cow pig sheep lion tiger bear
t: twenty one animals at the start eleven
p: i know a lot of animals
t: the planner task what do you have this week
p: work tuesday wednesday physical therapy thursday my brothers game saturday
t: good and the cognitive test the moca is twenty six out of thirty it was twenty one
p: is that normal
t: twenty six is the cut off for normal so youre right there
p: my buddy from the garage wants me to ride again
t: thats a talk for your doctor and your family
t: so my impression is mild cognitive communication problems improving word finding and memory still below your old level
p: what about work
t: the plan is once a week for six more weeks with work tasks the invoices from the shop
p: invoices cool
t: and keep the planner and the phone alarms
p: okay see you next week
""",
    [
        "two months|2 months",
        "planner every day",
        "maybe two a week|2 a week",
        "fourteen out of twenty two|14/22",
        "at the start it was six|6/22",
        "twenty one animals|21 animals",
        "at the start eleven|11",
        "twenty six out of thirty|26/30",
        "it was twenty one|21/30",
        "mild cognitive communication problems",
        "once a week for six more weeks|1x/week for 6 weeks",
        "phone alarms",
    ],
    ["dizziness", "double vision"],
    ["the helmet saved my life", "wants me to ride again"],
)

S(
    "aj_slp14_hymns_at_the_convent_chapel",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Sister Margaret. Last visit today.
P: I'm going to miss our sessions.
T: Me too. How's the voice?
P: Strong. I led the hymns at the chapel on Sunday, the whole service.
T: Any hoarseness after?
P: A little by evening, not like before.
T: And the reflux? The GI doctor is handling that, right?
P: Yes, Dr. Patel changed my pill. That's not your department, I know.
T: Right, we'll leave that to her. Any throat pain, any trouble swallowing?
P: No throat pain. Swallowing is fine.
T: Good. Let's do the measures one last time. Sustained ah, as long as you can.
P: Aaaaaah.
T: Nineteen seconds. At the start it was eight.
P: Nineteen!
T: Now the reading passage into the meter. Seventy four decibels average. It was sixty six.
P: I can hear myself in the back of the chapel now.
T: The voice handicap index today: ten. It was forty two.
P: The other sisters say I'm too loud now.
T: Too loud is a good problem. Are you still doing the exercises every morning?
P: Every morning after prayers. Ten minutes, sometimes fifteen.
T: That shows. Too loud is a good problem. Let's do the exercises once more together. Lip trills up and down, five times.
P: Brrrrr.
T: Good. Then the humming into the words. Mmm-many, mmm-more.
P: Many, more, morning.
T: Nice and forward. Okay, let me dictate the summary. Discharge, visit fourteen, correction, visit sixteen. Maximum phonation time nineteen seconds from eight. Reading at seventy four decibels from sixty six. VHI ten from forty two. Goals: leading hymns, met; teaching the children's class without fatigue, met; phone calls without straining, met.
P: All met?
T: All met. Keep the lip trills and the water, six glasses a day.
P: Six glasses. Even at my age?
T: Even at your age. And if the hoarseness lasts more than two weeks, see the ENT.
P: I'll pray I don't need to.
T: Take care, Sister.
""",
    [
        "led the hymns",
        "reflux",
        "Nineteen seconds|19 seconds",
        "At the start it was eight|8 seconds",
        "Seventy four decibels|74 decibels|74 dB",
        "sixty six|66",
        "ten. It was forty two|10",
        "Lip trills",
        "visit sixteen|visit 16",
        "teaching the children's class without fatigue, met",
        "six glasses a day|6 glasses",
        "more than two weeks|2 weeks",
    ],
    ["throat pain"],
    ["The other sisters say I'm too loud", "visit fourteen"],
)

# =============================================================================================
# Rules (PRODUCT.md "Therapy billing rules")
# =============================================================================================

TIMED = set(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
SLP_EVALS = ["92521", "92522", "92523", "92524", "92610"]
UNTIMED = set(
    "97161 97162 97163 97164 97165 97166 97167 97168 92507 92526 97150 97010 97012 97014 G0283".split()
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
    "summary split break retest retested again".split()
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
    rng = random.Random(int(hashlib.sha256(("blind33/" + s["id"]).encode()).hexdigest()[:12], 16))
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

    m = re.fullmatch(r"aj_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    base = os.environ.get("BLIND33_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("aj_") and name.endswith(".json"):
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
