#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirty-second set (ids ai_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind27-31
and lines 1-40 plus the rules / checks part of make_blind31.py (read, not copied).  Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces) is said by the clinic, that an estimate the clinic revises ("about ten ... closer to fifteen")
     is said before the settled figure, turns (30-60), timestamps, facts / negated / absent against the
     transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND32_OUT).

Transcript lines: "T: ..." (anyone speaking for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, a bystander).  Lower-case tags mark a speech-recogniser transcript (no capitals, digits or
punctuation).  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ" (an empty string when nothing is billed).
Per session: `parts` = a timed code's minutes said in pieces (an interruption between); `fixed` = a first
figure (an estimate or a slip) the clinic later revises; `stopped` = a timed code stopped for symptoms, whose
minutes up to the stop are the key's and must be said with a stop word near them.
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
        )
    )


# --------------------------------------------------------------------------------------------- PT, dev
S(
    "ai_pt01_rod_in_the_hip_after_the_garage",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97116": 11},
    ["97162"],
    "97162x1:GP 97116x1:GP",
    """
T: Good morning, Mr. Alvarez. I'm Dana, I'll be your physical therapist today.
P: Eh? What's that?
C: Dad, she's your therapist. Sorry, his hearing aids are sitting on the dresser at home. I'll repeat things for him.
T: That's fine. I'll face him and go slow, and you help me out. What happened?
C: He fell in the garage six weeks ago, broke his right hip, they put a rod in. Then three weeks at the rehab place.
T: Mr. Alvarez, how's the hip pain today, zero to ten?
P: Pain? About a five. Right here on the side.
C: He says five, but at night he's moaning. I'd say it's worse at night.
T: Is it worse at night, sir?
P: At night, yeah. Maybe a seven when I roll over.
T: Any numbness or tingling down the leg?
C: Dad, numbness? Tingling in the leg?
P: No, none of that.
T: Dizziness when you stand up?
P: No dizziness.
T: And falls since he got home?
C: No falls since he's been home, I watch him like a hawk. My shift starts at three so the neighbor sits with him afternoons.
T: Okay. Let's check motion. Right hip flexion, ninety five degrees. Left is one fifteen.
T: Abduction strength on the right is three plus out of five, left is four out of five.
P: That one's weak, huh?
T: A bit, yes. Now stand up with the walker for me. Timed up and go... twenty four seconds with the front wheeled walker.
C: Is that bad?
T: Over fourteen seconds means a higher fall risk, so that's what we'll work on.
T: Let's take him down the hallway. I want longer steps and less leaning on the walker.
P: Like this?
T: Bigger step with the right. Push the walker less. Good. That was eleven minutes of gait training.
C: He leans on it like that at home too.
T: Goals: walk to the mailbox with a cane, and the three porch steps with the rail.
C: Dad, the mailbox and the porch steps. Those are the goals.
P: The mailbox, yes. I want to get my own mail.
T: I'm calling this moderate complexity, with the fracture, his hearing and the falls before this one. Plan is two times a week for eight weeks.
C: Oh, and our home number changed, it's five five five zero one nine two.
T: The front desk can update that for you. Any questions, sir?
P: When can I drive?
T: That's one for your surgeon. Not yet.
""",
    [
        "right hip",
        "About a five|5/10",
        "a seven when I roll over|7/10",
        "ninety five degrees|95 degrees",
        "three plus out of five|3+/5",
        "twenty four seconds|24 seconds",
        "front wheeled walker",
        "eleven minutes of gait training|11 minutes",
        "mailbox with a cane",
        "three porch steps|3 porch steps",
        "two times a week for eight weeks|2x/week for 8 weeks",
    ],
    ["numbness", "dizziness", "falls since"],
    ["like a hawk", "My shift starts at three", "five five five zero one nine two"],
)

S(
    "ai_pt02_dancing_at_the_june_wedding",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 15, "97112": 12},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
T: Morning, Ruth. How's the knee?
P: Stiff this morning, but better than last week. Maybe a three.
T: Three out of ten. Any swelling after Tuesday?
P: A little around the kneecap. It went down with ice.
T: Any calf pain, any redness in the leg?
P: No, nothing like that.
T: Good. We'll do about ten on the bike to warm up, then balance.
P: Full circles now, you'll see.
T: Nice, full revolutions. Keep that cadence up.
P: I could stay on this thing all day.
T: You were chatting away, that was closer to fifteen on the bike. We'll call it fifteen.
P: Time flies.
T: Let me measure. Knee flexion one hundred twelve degrees. Extension lacks three.
P: Is that more than last week?
T: Last week was one oh eight, so four more degrees.
T: Now balance. Single leg stance on the right, on the foam.
P: Whoa.
T: Hands near the bar. Eight seconds. Again.
P: Better that time.
T: Eleven seconds. Now tandem walking in the bars, then the rocker board.
P: The rocker's the worst.
T: You're doing great. That was twelve minutes of balance work.
T: Quick billing note. Between your shoulder therapy in the spring and this knee, you're past the Medicare therapy threshold for the year.
P: Does that mean I have to stop?
T: No. I document why it's still medically necessary, your balance and the stairs aren't there yet, and we put the KX modifier on the claim.
P: Okay, whatever you need.
T: Stairs: you did twelve steps step-over-step with one rail.
P: My grandson's wedding is in June. I want to dance at it.
T: Then dancing at the wedding is our goal. Keep the heel slides and quad sets, twice a day.
P: My neighbor had the same surgery and she's already golfing.
T: Everybody heals on their own clock. Next time we'll add step-ups.
P: Okay. Same time Thursday?
T: Same time Thursday.
""",
    [
        "Three out of ten|3/10",
        "around the kneecap",
        "one hundred twelve degrees|112 degrees",
        "lacks three|-3",
        "Eight seconds|8 seconds",
        "Eleven seconds|11 seconds",
        "tandem walking",
        "twelve steps|12 steps",
        "dance at it|dancing at the wedding",
        "twice a day|2x/day",
    ],
    ["calf pain"],
    ["she's already golfing", "I could stay on this thing all day"],
    kx=True,
    fixed={"97110": 10},
)

S(
    "ai_pt03_cans_on_the_top_shelf",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 10, "97530": 14},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: okay so um today we got the neck and then the shoulder stuff separate like last time
p: yeah the neck is like a four today the shoulder is worse like a six when i reach up
t: six with reaching okay any tingling down the arm
p: no no tingling
t: numbness in the fingers
p: nope none
t: alright lay back for me im gonna start with the service call spine soft tissue and the upper trap e zee us
p: oh yeah thats the spot right there
t: breathe out um turn your head left for me
p: thats way easier than last week
t: yeah rotation to the left is like sixty degrees now it was forty five
p: it was stuck bad
t: okay so that was ten minutes of manual on the neck now sit up
t: this next part is its own block for the shoulder different body part different time
p: what are we doing
t: grab the cans off the top shelf one at a time and put them in the cupboard like your kitchen
p: this is literally my kitchen
t: keep your shoulder blade down dont hike it up
p: ow thats the six
t: okay go to the middle shelf then build back up um slower
p: better
t: now the laundry basket from the floor to the counter
p: i do that every sunday
t: good use your legs keep the elbow close
p: my cousin sells cars he says i should get a van
t: ha okay last three reps
p: done
t: so that was fourteen minutes of the functional reaching and lifting for the shoulder
t: shoulder flexion today is one hundred forty active
p: is that good
t: its up from one twenty five at the start
t: keep doing the doorway stretch three times a day
p: three times okay
t: ill tell the p t how you did next visit shes doing your progress note
""",
    [
        "neck is like a four|4/10",
        "like a six when i reach up|6/10",
        "sixty degrees|60 degrees",
        "forty five|45",
        "top shelf",
        "laundry basket",
        "one hundred forty|140",
        "one twenty five|125",
        "doorway stretch three times a day|3x/day",
        "service call spine|cervical spine",
    ],
    ["tingling", "numbness"],
    ["my cousin sells cars", "get a van"],
    has59=True,
)

S(
    "ai_pt04_inhaler_before_the_walk",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97116": 7, "97110": 12},
    [],
    "97110x1:GP,CQ",
    """
T: Hi, Mr. Okafor. How's the breathing today?
P: Not bad. I used my inhaler before I came.
T: Good. Resting oxygen is ninety four percent, heart rate eighty two. Any chest pain?
P: No chest pain.
T: Okay. Treadmill for gait today, one point two miles an hour, and I'm watching your numbers the whole time.
P: Let's go.
T: Nice long steps. Keep your hands light on the rail.
P: Feels okay so far.
T: How's your breathing, zero to ten?
P: Getting harder. Maybe a six.
T: Your oxygen just read eighty six. I'm stopping the treadmill. Sit right here.
P: I'm okay, I'm okay.
T: Pursed lip breathing, in through the nose, out slow. That treadmill stopped at seven minutes, that's all we're counting for gait.
P: I hate that number.
T: Two minutes rest... ninety three percent now. Heart rate ninety.
P: See, I'm fine.
T: We're not going back on the treadmill today. I'll tell your therapist and she may want to check with your lung doctor about oxygen for exercise.
P: Fine.
T: Seated work instead. Arm raises with the yellow band, two sets of ten.
P: These are easy.
T: Good. Marching in the chair, two sets of fifteen.
P: My wife says I march around the house anyway.
T: Ha. Now sit to stands from the chair, with rests. One set of eight.
P: That one gets me.
T: Oxygen ninety one. Good. Rest.
P: My brother-in-law had the same lungs, he smoked till he was eighty.
T: Alright, that was twelve minutes of seated exercise. Oxygen at the end ninety four.
P: Do I still walk at home?
T: Yes, short walks on flat ground, stop when you're short of breath, like we said.
T: And use the pursed lip breathing on the stairs.
P: Okay. Any dizziness is normal?
T: Did you feel dizzy today?
P: No, I didn't.
T: Good. See you Friday.
""",
    [
        "ninety four percent|94%",
        "eighty six|86%",
        "seven minutes|7 minutes",
        "ninety three percent|93%",
        "yellow band",
        "two sets of ten|2x10",
        "two sets of fifteen|2x15",
        "One set of eight|1x8",
        "twelve minutes of seated exercise|12 minutes",
        "pursed lip breathing",
    ],
    ["chest pain", "dizzy"],
    ["he smoked till he was eighty", "My wife says I march around the house"],
    stopped=["97116"],
)

S(
    "ai_pt05_kneecap_on_the_downhill_runs",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97110": 9, "97140": 11},
    [],
    "97110x1:GP 97140x1:GP",
    """
t: hey jess so hows the knee been with the running
p: um better on flat ground but the downhill part of my loop its like a five
t: five on the downhill and on flat
p: like a two maybe
t: okay any swelling clicking giving way
p: no swelling no giving way
t: good so did you bring your exercise sheet
p: yeah its all crumpled sorry
t: thats fine lets look um so the clamshells the bridges the step downs which ones you doing
p: the bridges every day the step downs i kind of skipped
t: okay so the first five minutes we just talked through your sheet that part i dont count
p: oh okay
t: now show me the step downs on the little box i wanna see what you do at home
p: like this
t: knee is diving in keep it over your second toe there you go
p: oh that burns
t: thats your vast us medial is and your glute working do ten
p: ten done
t: clamshells with the green band two sets of fifteen
p: my roommate keeps stealing my bands
t: ha okay bridges single leg now
p: wobbly
t: good so the home program run through with me doing it and fixing your form that was nine minutes that counts as exercise
p: cool
t: now lay on your side im gonna work on the i t band and the lateral retinaculum around the patella fem roll joint
p: ooh thats tight
t: and some patellar glides medial glides
p: that feels weird but good
t: okay that was eleven minutes of manual
t: knee flexion is full one thirty five no pain at end range
p: so can i do the half marathon in april
t: lets see how the hills go um keep the downhill short for two weeks
p: okay
t: and do the step downs every day thats the one thats gonna fix the downhill
""",
    [
        "downhill part of my loop its like a five|5/10",
        "like a two maybe|2/10",
        "step downs",
        "knee is diving in",
        "green band two sets of fifteen|2x15",
        "nine minutes|9 minutes",
        "eleven minutes of manual|11 minutes",
        "patellar glides",
        "one thirty five|135",
        "keep the downhill short for two weeks|2 weeks",
    ],
    ["swelling", "giving way"],
    ["my roommate keeps stealing my bands", "half marathon in april"],
)

S(
    "ai_pt06_roofer_after_the_laminectomy",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97116": 10},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Mr. Brandt, today's your progress report, visit ten since the laminectomy. We'll redo the walk test first.
P: The six minute thing. I hate that one.
T: That's the one. Thirty meter hallway, walk as far as you can, rest if you need. Go.
P: Here goes nothing.
T: Two minutes... four minutes... one minute left. And stop. Any leg pain?
P: Legs were okay, just tired. Back is maybe a two.
T: Two out of ten. No numbness in the legs on the walk?
P: No, no numbness this time. First time ever.
T: The clicker says eleven laps, so three hundred thirty meters.
C: Excuse me, I was watching from the desk, I think the clicker missed a lap when he turned by the fountain.
T: You're right, I see it. I counted him past the fountain twice in a row. Twelve laps. So three hundred sixty meters.
P: So which is it?
T: Three hundred sixty meters. At evaluation it was two hundred forty. That's a big change.
P: Huh. Not bad for an old roofer.
T: Oswestry today is twenty four percent, down from forty six.
P: Is lower better?
T: Lower is better. Now exercise. Recumbent stepper, then the bridges and the dead bugs.
P: My wife wants to know if I can go on the cruise in March.
T: Ask your surgeon about the cruise. Keep the core tight. Two sets of twelve bridges.
P: Done.
T: Dead bugs, two sets of ten, slow.
P: These are humbling.
T: That was eighteen minutes of exercise.
T: Now gait outside on the ramp and the curb, no cane.
P: No cane at all?
T: No cane. I'm right beside you. Heel strike, stand tall.
P: That curb used to scare me.
T: Ten minutes of gait training, and you did it all without the cane.
T: Goals: walk thirty minutes without leg pain is partly there, twenty minutes now. Curb without the cane is met.
P: What's next?
T: Two times a week for four more weeks, then we'll look at discharge.
P: Sounds good.
""",
    [
        "three hundred sixty meters|360 meters|360 m",
        "two hundred forty|240",
        "Twelve laps|12 laps",
        "Back is maybe a two|2/10",
        "twenty four percent|24%",
        "forty six|46",
        "Two sets of twelve bridges|2x12",
        "Dead bugs, two sets of ten|2x10",
        "without the cane",
        "twenty minutes now|20 minutes",
        "Two times a week for four more weeks|2x/week for 4 weeks",
    ],
    ["numbness"],
    ["three hundred thirty meters", "old roofer", "cruise in March"],
)

S(
    "ai_pt07_press_ups_after_a_month",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
t: okay mister huang its your re eval today thirty days since we started
p: okay good
t: so pain today in the back and down the leg
p: today a three but last time i told you it was an eight remember
t: hmm no you said six last time not eight i have it right here six in the back and down to the knee
p: oh maybe six yeah i forget
t: so six to three today thats good and where does it go now
p: just the butt now not down the leg
t: okay so its centralized thats what we want any numbness in the foot
p: no no numbness
t: weakness like tripping on the foot
p: no tripping
t: okay lay on your back straight leg raise
p: okay
t: negative now at seventy degrees last time it was positive at forty
p: i can feel the stretch only
t: thats fine um lumbar flexion fingertips to mid shin now
p: i couldnt get past my knees before
t: right okay and the oz west tree today is twenty two percent it was forty
p: what is that
t: the questionnaire you filled out about your back
p: oh the paper one
t: okay now exercise prone press ups two sets of ten
p: these help a lot honestly
t: and the bird dogs ten each side hold three seconds
p: my son says i should try yoga
t: yoga later maybe um walking program twenty minutes a day keep it
t: okay that was twelve minutes of exercise
t: so goals sitting at work for an hour thats met you said
p: yeah i can sit the whole meeting now
t: lifting your grandson is the one left
p: he is twenty pounds now
t: so we keep going one time a week for four weeks and then probably discharge
p: okay sounds good
""",
    [
        "today a three|3/10",
        "you said six last time|6/10",
        "just the butt now|centralized",
        "seventy degrees|70 degrees",
        "positive at forty|40 degrees",
        "mid shin",
        "twenty two percent|22%",
        "prone press ups two sets of ten|2x10",
        "walking program twenty minutes a day|20 minutes",
        "one time a week for four weeks|1x/week for 4 weeks",
        "lifting your grandson",
    ],
    ["numbness", "tripping"],
    ["it was an eight", "try yoga"],
)

S(
    "ai_pt08_back_to_the_rec_league",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 20, "97112": 9},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Last visit, Carlos. Nine months since the ACL. How are you feeling about it?
P: Good. A little nervous about soccer.
T: Let's go through it. Pain today?
P: Zero. Just sore after long runs, like a one.
T: Any swelling or the knee giving way?
P: No giving way. No swelling.
T: Good. Single leg hop for distance: right one hundred thirty eight centimeters, left one hundred fifty.
P: What's that mean?
T: Ninety two percent symmetry. Triple hop is eighty nine percent.
P: Is that good enough?
T: It's close. We want ninety or more on all of them for cutting sports.
T: Strength: quad on the dynamometer, eighty five percent of the other side.
P: Still not a hundred.
T: Not yet. Let's do the last session. Split squats, two sets of eight with the twenty pound dumbbells.
P: Heavy.
T: Nordic curls, two sets of five. Step-ups with the vest.
P: My legs are jelly.
T: That was twenty minutes of strengthening.
T: Now the ladder drills and landing on one leg. Stick the landing.
P: Like that?
T: Knee over the toe. Yes. Nine minutes of balance and landing work.
P: My girlfriend already bought new cleats for me.
T: Goals: jogging thirty minutes, met. Stairs, met. Pain-free squats, met. Return to soccer with cutting, not met yet.
P: So I can't play?
T: Not full games yet. Your home program covers the hops and strength, and I'd like you at the sports performance program for the cutting.
P: How often should I do the home stuff?
T: Three times a week, the sheet I gave you. Hop testing again with the surgeon in six weeks.
P: Okay. Thanks for everything.
T: You did the work. Call us if anything changes.
P: Will do. Can my little brother get a free check on his ankle?
T: He'd need his own appointment. Good luck, Carlos.
""",
    [
        "Nine months since the ACL|9 months",
        "like a one|1/10",
        "one hundred thirty eight centimeters|138 cm",
        "Ninety two percent symmetry|92%",
        "eighty nine percent|89%",
        "eighty five percent|85%",
        "two sets of eight|2x8",
        "twenty minutes of strengthening|20 minutes",
        "Nine minutes of balance|9 minutes",
        "Return to soccer with cutting, not met",
        "sports performance program",
        "Three times a week|3x/week",
    ],
    ["giving way", "swelling"],
    ["bought new cleats", "free check on his ankle"],
)

# --------------------------------------------------------------------------------------------- OT, dev
S(
    "ai_ot01_silicone_knuckles_and_the_outrigger",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97760": 14},
    ["97166"],
    "97166x1:GO 97760x1:GO",
    """
T: Mrs. Patel, I'm Grace, your hand therapist. Your surgeon sent you ten days after the knuckle replacements. Which fingers?
P: All four on the right hand. Index to the little one. The rheumatoid had them all drifting sideways.
T: Pain today, zero to ten?
P: About a four. It throbs if I let it hang down.
T: Keep it up on a pillow when you sit. Any fever or chills since surgery?
P: No fever, nothing.
T: Any drainage from the incision?
P: No drainage. The stitches come out Friday.
T: Good. The incision looks clean and dry. Moderate swelling over the back of the hand.
T: Let me measure. Active MCP flexion, index thirty degrees, long twenty eight, ring twenty five, small twenty.
P: They barely bend.
T: That's normal at ten days. We don't test grip yet, not for weeks.
T: What do you need the hand for at home?
P: Cooking, my prayer beads, and I do the accounts for my husband's shop.
T: Are you right-handed?
P: Right-handed, yes.
T: Okay. Today I'm making you a dynamic extension splint with an outrigger. The slings keep the fingers straight and lined up, and the rubber bands let you bend against them.
P: It looks like a little bridge.
T: That's the outrigger. Let me heat the base. Hold your wrist here.
P: It's warm.
T: Now I set the slings so the fingers sit straight, no drift to the little finger side. Try bending.
P: Oh, it pulls them back up by itself.
T: That's the idea. Wear it all day, take it off to wash. At night you'll wear the resting splint I'll make next visit.
T: Exercises in the splint: ten bends every hour while you're awake.
P: Every hour? My sister-in-law will nag me about that for sure.
T: Good, let her. So making and fitting the splint and teaching you how to wear it took fourteen minutes.
T: This is a moderate complexity evaluation, with the rheumatoid, both hands affected and the surgery.
T: Goals: MCP flexion to seventy degrees, cooking with adapted tools, and your beads by week eight.
T: Plan: two times a week for ten weeks.
P: Okay. Can I drive?
T: Not in the splint. Ask the surgeon on Friday.
""",
    [
        "All four on the right hand|4 fingers",
        "About a four|4/10",
        "clean and dry",
        "Moderate swelling",
        "index thirty degrees|30 degrees",
        "small twenty|20 degrees",
        "dynamic extension splint with an outrigger",
        "Wear it all day",
        "ten bends every hour|10 bends",
        "fourteen minutes|14 minutes",
        "seventy degrees|70 degrees",
        "two times a week for ten weeks|2x/week for 10 weeks",
    ],
    ["fever", "drainage"],
    ["My sister-in-law will nag me", "accounts for my husband's shop"],
)

S(
    "ai_ot02_grilled_cheese_on_the_left",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 16, "97535": 12},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: okay missus green were gonna make the grilled cheese today standing at the counter
p: oh good im starving
t: left hand on the counter for support and the right does the spatula
p: this arm still doesnt listen great
t: any dizziness standing today
p: no dizziness im good
t: youre doing fine scan to the left you missed the butter
p: oh there it is
t: um hold on thats the siren thats a tornado warning everybody to the inside hallway
c: this is the front desk all patients and staff to the interior hallway now please
t: okay walker lets go slow
p: my heart is pounding
t: youre okay sit on the bench here
t: okay all clear so we were in the hallway about fifteen minutes that doesnt count
p: good grief
t: okay so the cooking before the siren was nine minutes lets finish it
p: flip it now
t: yep flip with the spatula your right hand keep the elbow in
p: look at that golden
t: nice and you turned the burner off by yourself so that part after was seven more minutes
t: next the dressing stack and the sock aid for home we talked about
p: the sock thing is tricky
t: so the heel goes in the cup and you pull the straps
p: like that
t: yes now your husband can set the chair by the bed like we said and the reacher stays on the walker bag
p: he always moves it
t: okay the home setup and the equipment training was twelve minutes
t: one more thing the o t told me this year youre over the medicare threshold for o t already from your wrist therapy in march
p: what does that mean for me
t: she says youre still needing it its medically necessary for the stroke so we put the k x modifier on
p: okay as long as i keep coming
t: standing tolerance today was eight minutes at the counter with the left hand support
p: my daughter in ohio says i should move in with her
t: you can talk about that with your o t um next visit is thursday
""",
    [
        "grilled cheese",
        "scan to the left",
        "nine minutes|9 minutes",
        "seven more minutes|7 minutes",
        "sock aid",
        "reacher stays on the walker bag",
        "twelve minutes|12 minutes",
        "standing tolerance today was eight minutes|8 minutes",
        "dressing stack|dressing stick",
        "turned the burner off",
    ],
    ["dizziness"],
    ["my heart is pounding", "move in with her", "good grief"],
    kx=True,
    has59=True,
    parts={"97530": [9, 7]},
)

S(
    "ai_ot03_hammer_turns_and_a_gel_pad",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 13, "97535": 8},
    [],
    "97110x1:GO,CO 97535x1:GO,CO",
    """
t: hi tom so eight weeks since the cast came off how is the wrist
p: sore in the morning like a three then it loosens up
t: okay any numbness in the fingers at night
p: no numbness anymore that went away
t: good lets warm up then wrist super nation and pro nation with the hammer
p: the hammer thing again
t: yep slow turn palm up palm down ten each
p: okay
t: now wrist extension with the one pound weight two sets of ten
p: the second set is hard
t: um hang on they need me for a lift next door keep squeezing the putty ill be right back
p: sure
t: okay im back sorry so while i was gone you did the putty on your own that time doesnt count for us
p: no problem
t: so the exercise with me was thirteen minutes
t: let me check supination is seventy degrees pronation eighty
p: better than last week right
t: supination was sixty last week so yeah
t: okay now your computer setup at work you said you type all day
p: yeah eight hours at the help desk
t: so keep the wrist straight no resting on the edge of the desk get a gel pad for the mouse
p: okay gel pad
t: and breaks every thirty minutes shake it out do the tendon glides
p: my boss will love that
t: and lifting the boxes at work carry close to the body palms up not palms down
p: got it
t: okay that work setup teaching was eight minutes
t: grip on the dynamometer today forty two pounds left side is sixty five
p: still weak huh
t: getting there it was thirty last time
p: my buddy broke his wrist skiing he was back in two weeks
t: everybody is different um keep the putty at home twice a day
p: okay see you monday
""",
    [
        "like a three|3/10",
        "super nation and pro nation|supination and pronation",
        "one pound weight two sets of ten|1 lb 2x10",
        "thirteen minutes|13 minutes",
        "supination is seventy degrees|70 degrees",
        "pronation eighty|80 degrees",
        "gel pad",
        "breaks every thirty minutes|30 minutes",
        "eight minutes|8 minutes",
        "forty two pounds|42 lb",
        "putty at home twice a day|2x/day",
    ],
    ["numbness"],
    ["my buddy broke his wrist skiing", "my boss will love that"],
)

S(
    "ai_ot04_pill_box_against_the_stopwatch",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97129": 15, "97130": 9},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Hi, Walter. Today's the pill organizer again, and I'm timing it.
P: The stopwatch. Great.
T: Same as last week. Seven bottles, fill the week's box morning and night from the list.
P: Alright.
T: Any headaches since last time?
P: No headaches. Sleeping better.
T: Go ahead. I'm starting the clock.
P: Monday morning, the blue one, the white one...
T: Check the list before you close each lid.
P: Wait, the metoprolol is twice a day, I missed the Tuesday night.
T: Good catch, you found it yourself. Keep going.
P: Done.
T: Four minutes ten seconds, one error that you caught yourself. Last week was six minutes forty with three errors I had to point out.
P: I got faster.
T: Much faster. Next task: the bus schedule. You need to be at the clinic by two. Which bus?
P: The number nine at one fifteen, no, that gets in at two ten. The twelve forty.
T: Right, the twelve forty. How long did that take you?
P: You tell me.
T: Fifty five seconds, no cues. Now the grocery list, pick the cheapest cereal from these three flyers.
P: This one's on sale, two for five.
T: Correct. And it was one verbal cue to look at the sizes.
P: My son does all my shopping anyway.
T: That's fine, but we want you doing the list yourself.
T: Let's write the strategies in your notebook: check the list, say it out loud, tick it off.
P: Check, say, tick.
T: That was twenty four minutes of cognitive work today.
P: My brain feels like I ran a mile.
T: That's normal. Goal is the pill box in under four minutes with no errors, so you're close.
P: Can I drive to the next visit?
T: Not until the doctor clears you. The van picks you up.
P: Okay.
""",
    [
        "Four minutes ten seconds|4 min 10 s|4:10",
        "one error that you caught yourself|1 error",
        "six minutes forty|6 min 40 s|6:40",
        "three errors|3 errors",
        "Fifty five seconds, no cues|55 seconds",
        "one verbal cue|1 verbal cue",
        "check the list, say it out loud, tick it off",
        "twenty four minutes of cognitive|24 minutes",
        "under four minutes with no errors|4 minutes",
        "pill organizer",
    ],
    ["headaches"],
    ["My son does all my shopping", "like I ran a mile"],
    cog=24,
)

S(
    "ai_ot05_elbow_scar_and_the_thumb_on_the_left",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97140": 10, "97530": 12},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Progress report today, Nadia. Ten visits. Two things we're treating: the right elbow after the radial head fracture and the left thumb sprain.
P: Both from that stupid bike crash.
T: Right elbow first. Pain?
P: A two. The thumb is worse, like a four when I pinch.
T: Elbow extension is minus ten, it was minus twenty at the start. Flexion one thirty.
P: It almost goes straight now.
T: QuickDASH today is thirty, down from fifty two.
P: Good.
T: Any numbness in the little finger?
P: No, not anymore.
T: Okay. Scar massage and soft tissue on the elbow first, then I'll do joint work.
P: The scar is still lumpy.
T: It's flattening. Massage it with lotion at home two times a day.
T: That's ten minutes of manual on the right elbow.
T: Now a separate block for the left thumb. Different hand, different problem.
P: What are we doing?
T: Real tasks. Open these jars, turn the key in the lock box, pull the zipper on your backpack.
P: The jar hurts the thumb.
T: Use the rubber grip, and push with the palm, not the thumb tip. Again.
P: That's better.
T: Now pinch the clothespins onto the rack.
P: My kids think I'm playing a game.
T: Tip pinch on the left is nine pounds, it was five. That was twelve minutes of functional tasks for the thumb.
P: When can I lift my toddler with both hands?
T: That's a goal we keep. Lifting him is partly met, you do it with the right arm only.
T: Plan: one time a week for four more weeks.
P: Okay. My sister wants you to look at her knee, by the way.
T: She'll need her own referral.
P: Fair enough.
T: And no numbness means the nerve is happy, so we're not worried there.
P: Good to hear.
""",
    [
        "right elbow",
        "left thumb",
        "like a four when I pinch|4/10",
        "minus ten|-10",
        "minus twenty|-20",
        "thirty, down from fifty two|30|52",
        "ten minutes of manual|10 minutes",
        "rubber grip",
        "nine pounds|9 lb",
        "twelve minutes of functional|12 minutes",
        "one time a week for four more weeks|1x/week for 4 weeks",
        "two times a day|2x/day",
    ],
    ["numbness"],
    ["My kids think I'm playing a game", "look at her knee"],
    has59=True,
)

S(
    "ai_ot06_helper_hand_holds_the_paper",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97110": 10},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Hi, Mateo! Hi, Mom. Today is Mateo's re-evaluation, so lots of games and some measuring.
C: He's been excited all morning.
P: Can we do the beads?
T: Beads later. First, how has his right hand been at home?
C: He's using it to hold the paper down when he colors now. He never did that before. Maybe half the time.
T: That's big. Does he use it for buttons?
C: Not buttons yet. He tries the big ones on his coat and gets mad.
T: Any pain in the hand or the splint rubbing?
C: No pain. No red marks from the night splint.
T: Good. How many nights a week is he wearing it?
C: Five nights. Weekends at his dad's it doesn't always happen.
T: Five nights is fine. Mateo, let's move blocks over the wall. Ready, go!
P: One, two, three...
T: Right hand, eighteen blocks in a minute. At the start it was twelve. Left hand is forty one.
C: Eighteen! He went up six.
T: Wrist extension on the right, active, thirty degrees. It was ten.
P: Now the beads?
T: Now the beads. Pinch them with your right hand. Pick up the red one.
P: Got it!
T: Nice pincer grasp. Now stretch your fingers on the table like a starfish, hold for ten.
P: Starfish!
T: And push the play dough flat with the right hand. Ten times.
C: His cousin has a trampoline, can he jump on it?
T: Yes, jumping's fine. So the strengthening and stretching we just did was ten minutes.
T: Goals: right hand as a helper half the time, that's met. Big buttons, not met yet. New goal: zip his coat with the zipper started.
C: Okay.
T: Plan: one time a week for twelve weeks, same home program, add the play dough.
C: Can we do Tuesdays? My work changed.
T: Check with the front desk on the way out.
P: Bye! Starfish!
""",
    [
        "hold the paper down",
        "Maybe half the time|50%",
        "Not buttons yet",
        "Five nights|5 nights",
        "eighteen blocks in a minute|18 blocks",
        "At the start it was twelve|12 blocks",
        "forty one|41",
        "thirty degrees|30 degrees",
        "pincer grasp",
        "ten minutes|10 minutes",
        "zip his coat",
        "one time a week for twelve weeks|1x/week for 12 weeks",
    ],
    ["pain in the hand", "red marks"],
    ["cousin has a trampoline", "My work changed"],
)

S(
    "ai_ot07_five_buttons_and_a_rocker_knife",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97110": 11, "97535": 7},
    [],
    "97110x1:GO",
    """
t: okay mister reyes last visit here because the home health o t starts monday
p: yeah yeah
c: he doesnt like that its his last one here
t: i know we will miss you too so lets see the hand how is it today
p: good
c: he says good but he drops the fork a lot still
t: any pain in the hand or the shoulder today
p: no pain
c: no he hasnt complained of pain
t: okay lets do the buttons on the shirt
p: this one
t: yes all five buttons go
p: one two um three
t: all five in three minutes twenty with his left hand helping nice
c: he could not do one button in june
t: grip on the right side is eighteen pounds left is sixty
t: okay lets do the exercise for the hand finger lifts and the ball squeezes two sets of ten
p: ugh
t: and the nine whole peg uh right hand one minute forty seconds
c: what was it before
t: it was three minutes at the start he couldnt finish it
t: okay that was eleven minutes of exercise
t: so the goals buttons met brushing teeth with the right hand met cutting meat with a knife not met he still needs help
c: i cut it for him
t: thats fine for now the home health o t will keep working on the knife with the rocker knife we gave you
c: we have it in the drawer
t: and the hand exercises every morning with the sheet um and we talked seven minutes about setting up the kitchen with the rocker knife and the plate guard
c: do we need a new shower chair the old one wobbles
t: that the home health team can look at at home
p: thank you
t: you worked hard mister reyes
c: he made you cookies they are in the car
t: oh thats so kind
""",
    [
        "drops the fork a lot",
        "all five buttons|5 buttons",
        "three minutes twenty|3 min 20 s|3:20",
        "eighteen pounds|18 lb",
        "two sets of ten|2x10",
        "one minute forty seconds|1 min 40 s|1:40",
        "eleven minutes of exercise|11 minutes",
        "cutting meat with a knife not met",
        "rocker knife",
        "home health o t|home health OT",
        "plate guard",
    ],
    ["pain in the hand"],
    ["he made you cookies", "the old one wobbles"],
)

# --------------------------------------------------------------------------------------------- SLP, dev
S(
    "ai_slp01_chin_down_on_the_thin_sips",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Mr. Dubois, Mrs. Dubois, I'm Lena, the speech therapist. I'll do the swallow evaluation, and I have the X-ray swallow study report from Tuesday to go over with you.
C: The one where he drank the chalky stuff.
T: That one, the modified barium swallow. Any coughing with meals at home since the stroke?
P: Sometimes with coffee.
C: Every morning with his coffee. He says sometimes.
T: Any pneumonia or fevers since he got home?
C: No fevers, no pneumonia. The hospital was worried about that.
T: Okay. Let me read the report. Thin liquid by cup: penetration-aspiration scale eight. That means some went into the airway and he didn't cough.
C: He didn't cough at all?
T: No cough response, that's what we call silent. With a chin tuck, thin by teaspoon, scale two. Mildly thick liquid, scale one, nothing went in.
P: So I can't have my coffee?
T: You can, thickened, or thin by teaspoon with your chin down while I'm watching. Solids: soft and bite-sized went down with a little residue in the throat that cleared with a second swallow.
T: Now my part. Lips and tongue look strong on the right, a little weak on the left. Voice is a bit wet after the water sip.
P: Wet?
T: Gurgly. Let me try the applesauce. Good. Now the cracker.
P: It's dry.
T: It took him about forty seconds to chew and clear it, with two swallows.
C: He used to eat so fast.
T: That's okay, slower is safer now. Now the mildly thick juice from the cup. Clear voice after. Good.
T: My recommendations: IDDSI level six, soft and bite-sized solids, and IDDSI level two, mildly thick liquids. Chin tuck for every sip.
C: Level six and level two. I'll write it down.
T: Sit fully upright for meals and thirty minutes after. Small sips, one at a time.
P: And the pills?
T: Whole in applesauce, one at a time.
C: Our neighbor swears by some straw she bought online.
T: Let's skip straws for now. Goals: thin liquids with no signs of aspiration, and the regular diet. I'd like two times a week for six weeks.
C: That's fine. Can the grandkids bring him milkshakes?
T: Milkshakes melt to thin, so not yet.
P: Shame.
T: I'll send the report to your doctor today.
""",
    [
        "penetration-aspiration scale eight|PAS 8",
        "silent",
        "scale two|PAS 2",
        "Mildly thick liquid, scale one|PAS 1",
        "residue in the throat",
        "weak on the left",
        "about forty seconds|40 seconds",
        "IDDSI level six|IDDSI 6",
        "IDDSI level two|IDDSI 2",
        "Chin tuck for every sip",
        "thirty minutes after|30 minutes",
        "two times a week for six weeks|2x/week for 6 weeks",
    ],
    ["fevers", "pneumonia"],
    ["swears by some straw", "the chalky stuff"],
)

S(
    "ai_slp02_recipe_cards_and_the_kitchen_timer",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 16},
    [],
    "97129x1:GN,KX 97130x1:GN,KX",
    """
t: okay jordan so today we do the timed tasks again the recipe and the all turning attention
p: okay cool
t: any headaches this week
p: no headaches just tired after work
t: okay first one read the recipe card and tell me the steps in order im timing you
p: preheat the oven to three fifty mix the flour and um the eggs then the butter no wait butter first then eggs
t: good you caught that so two minutes twelve seconds with one self correction
p: last time was like four minutes
t: it was three minutes thirty last week
t: now the all turning attention one cross out the threes then when i say switch the sevens
p: okay
t: switch
p: sevens sevens
t: switch
p: threes
t: okay forty one out of forty five correct in ninety seconds thats ninety one percent
p: nice
t: last week seventy eight percent so good now the kitchen timer planning task
t: you have an appointment at two and the laundry takes forty minutes when do you start
p: um at one twenty no one fifteen to fold it
t: right with one verbal cue
p: my roommate thinks this is all pretend homework
t: it helps your executive junction the planning part of your brain
t: okay thats thirty one minutes of cognitive treatment today
t: and the billing piece together with your physical therapy this year you are over the medicare threshold
p: what does that mean
t: it means we tell medicare its still medically necessary and we add the k x modifier so it keeps getting paid
p: okay
t: home practice use the phone planner every night before bed
p: i will
t: goal is the recipe in under two minutes with no corrections
p: next week then
""",
    [
        "two minutes twelve seconds|2 min 12 s|2:12",
        "one self correction|1 self correction",
        "three minutes thirty|3 min 30 s|3:30",
        "forty one out of forty five|41/45",
        "ninety one percent|91%",
        "seventy eight percent|78%",
        "one verbal cue|1 verbal cue",
        "thirty one minutes of cognitive|31 minutes",
        "phone planner every night",
        "under two minutes with no corrections|2 minutes",
    ],
    ["headaches"],
    ["my roommate thinks this is all pretend homework"],
    kx=True,
    cog=31,
)

S(
    "ai_slp03_snake_sound_at_bedtime",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi, Ava! Hi, Mom. Did you two practice the snake sound this week?
C: Every night before bed, she did her cards.
P: Only two times.
C: Ava!
T: That's okay, Ava, thanks for telling me. Two nights is still practice. Let's warm up. Tongue behind the teeth, sssss.
P: Sssss.
T: Nice, no tongue peeking out. Now words. Sun.
P: Sun.
T: Soap.
P: Thoap.
T: Tongue back in the cave. Try again.
P: Soap.
T: Yes! Okay, I'm counting. Twenty words with s at the start.
P: Sock, sand, seal...
T: Seventeen out of twenty correct, eighty five percent. Last time was eleven out of twenty.
C: She's saying it better at home too. Her teacher noticed.
T: That's good to hear. Does anybody tease her at school?
C: No, nobody teases her, she's fine.
T: Now s at the end of words. Bus, house, mice.
P: Buth. Bus.
T: With a reminder to close your teeth, she got it. Twelve out of twenty at the end of words, sixty percent, with a visual cue, the mirror.
P: Can I have a sticker?
T: After sentences. The sun is hot.
P: The sun is hot.
T: Perfect. The snake is silly.
P: The thnake is silly.
C: Her brother says she sounds like a baby snake.
T: Brothers. Okay, sentences were about half right, with reminders.
T: Homework: the end-of-word cards, five minutes every night, and mom marks the chart.
C: Five minutes. Okay.
T: Here's your sticker.
P: A unicorn!
""",
    [
        "Only two times|2 nights",
        "no tongue peeking out",
        "Seventeen out of twenty|17/20",
        "eighty five percent|85%",
        "eleven out of twenty|11/20",
        "Twelve out of twenty at the end of words|12/20",
        "sixty percent|60%",
        "visual cue, the mirror",
        "about half right|50%",
        "five minutes every night|5 minutes",
        "Her teacher noticed",
    ],
    ["teases her"],
    ["sounds like a baby snake", "Every night before bed"],
)

S(
    "ai_slp04_black_coffee_at_the_diner",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Good afternoon, Mrs. Kowalski. How was your week?
C: She had a good week. She went to church Sunday, she ordered her own coffee at the diner.
T: That's wonderful. I'd love to hear it from her, though. Mrs. Kowalski, what did you order?
P: Co... coffee. Black.
T: Coffee, black. Great. And you said it to the waitress yourself?
C: She did, I was so proud...
T: Let her tell me, Stan. Did you?
P: Yes. Me. Myself.
T: Yes! Okay, naming today. I show a picture, you name it. Take your time. Stan, hands off, no helping.
C: Sorry, sorry. Habit. Forty one years of finishing her sentences.
T: What is this?
P: Ham... hammer.
T: Good. This one?
P: Um... the... cut... scissors.
T: Scissors, with the first sound cue from me, "sss". Next.
P: Key.
T: So that's fourteen out of twenty on your own, seventy percent, and four more with a first sound cue.
C: Last month she couldn't name half those.
T: Last month it was nine out of twenty. Now a phrase. Tell me what you do with a cup.
P: Drink... coffee. Drink coffee in it.
T: Three words together. Nice. Any trouble swallowing with the coffee?
P: No. No trouble.
C: No, she drinks fine.
T: Good. Script practice now. Ordering at the diner. Say it with me: I'd like a coffee, please.
P: I like coffee, please.
T: Close. Again on your own.
P: I'd like... coffee, please.
T: Perfect. Stan, at home, ask her a question and count to ten in your head before you help.
C: Ten seconds. That's going to kill me.
T: It'll help her. The grandkids can do the picture cards with her too.
C: Our grandson is studying to be a dentist, you know.
T: Good for him. Homework: the diner script and the naming cards, fifteen minutes a day.
P: Okay.
T: See you Thursday.
""",
    [
        "ordered her own coffee",
        "fourteen out of twenty|14/20",
        "seventy percent|70%",
        "four more with a first sound cue|4",
        "nine out of twenty|9/20",
        "Three words together|3 words",
        "diner script",
        "count to ten in your head|10 seconds",
        "fifteen minutes a day|15 minutes",
        "Drink coffee in it",
    ],
    ["trouble swallowing"],
    ["studying to be a dentist", "Forty one years of finishing her sentences"],
)

S(
    "ai_slp05_ah_into_the_decibel_meter",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Mr. Lindqvist, progress report today, visit ten of the loud voice program. Let's measure. Say "ah" as long and loud as you can.
P: Ahhhhh.
T: Seventy one decibels on the meter... hang on. The meter is sitting way out on the desk. That's fifty centimeters, not thirty.
P: Does that matter?
T: It does. Your first test was at thirty centimeters, so we measure the same way. Let me move it. Again.
P: Ahhhhh.
T: Seventy seven decibels at thirty centimeters. That's the number. At the start you were sixty eight.
P: Nine better.
T: Nine decibels louder. And you held it fourteen seconds, it was eight.
C: His wife here. I don't have to say "what?" all day anymore. Mostly.
T: That's the goal.
T: Let me read this paragraph with you. Reading, sixty nine decibels on average. It was sixty one.
P: It feels like I'm shouting.
T: It sounds normal to us. That's the feeling we want. Any throat pain after practice?
P: No pain. A little tired.
T: No hoarseness in the mornings?
C: No, no hoarseness.
T: Good. Daily practice, how many days this week?
P: All seven. Twice on Sunday.
T: Great. Let's do the functional phrases. "Good morning, how are you?"
P: Good morning, how are you!
T: Loud and clear. Now a phone call. Pretend I'm the pharmacy.
P: Hi, I'm calling to refill my pills.
T: Clear. Intelligibility in conversation today I'd rate ninety five percent, it was eighty.
C: The grandkids still say he mumbles at dinner.
T: At dinner he's tired and eating, so that's the next goal: loud voice during meals.
P: Fair.
T: Goals: loudness in reading, met. Phone calls, met. Conversation in noise, partly met. Plan: two times a week for four more weeks, then maintenance.
P: Okay.
C: Can we get a recording of him for our son in Denver?
T: You can record at home on your phone, that's fine.
""",
    [
        "Seventy seven decibels|77 dB",
        "thirty centimeters|30 cm",
        "sixty eight|68 dB",
        "fourteen seconds|14 seconds",
        "sixty nine decibels|69 dB",
        "sixty one|61 dB",
        "All seven|7 days",
        "ninety five percent|95%",
        "it was eighty|80%",
        "Conversation in noise, partly met",
        "two times a week for four more weeks|2x/week for 4 weeks",
    ],
    ["throat pain", "hoarseness"],
    ["Seventy one decibels", "our son in Denver"],
)

S(
    "ai_slp06_rainbow_passage_and_the_dairy_aisle",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92521"],
    "92521x1:GN",
    """
T: Okay, Eli, re-evaluation today. Three months of therapy. We'll do the reading, a conversation, and the questionnaire.
P: Sounds good.
T: Start with the reading passage. Read at your normal speed.
P: The... the rainbow is a division of white light into many beautiful colors...
T: Good, keep going.
P: Sorry, that's my phone. It's my manager at the grocery store. Can I take it? It'll be one minute.
T: Go ahead, step out. I'll pause.
P: Okay, I'm back. He wanted me to cover Saturday.
T: No problem. Pick up where you stopped.
P: These take the shape of a long round arch...
T: Done. Reading: four percent syllables stuttered. At the evaluation it was nine percent.
P: Huh, really?
T: Really. Now conversation. Tell me about the job.
P: I b-b-bag groceries and I... I stock the dairy. I like it.
T: Were you easy onset there on "I"?
P: Yeah, I stretched it.
T: Nice. Conversation was six percent, it was eleven. Longest block about two seconds, it was five.
P: The phone calls at work are the hardest.
T: You just took one. How was it?
P: Actually fine. I didn't block on "hello".
T: That's real-life carryover. Any secondary behaviors, eye blinking, head jerks?
P: No, I don't do the blinking anymore.
T: I didn't see any either. SSI-4 total today sixteen, very mild. It was twenty four, moderate.
T: The questionnaire, the OASES: two point one, down from three point two.
P: What does that mean?
T: Stuttering gets in your way less than it did.
P: My mom thinks I should do theater next year.
T: That would be a great challenge. Goals: easy onset in conversation, met. Phone calls, partly met. New goal: speaking up in class.
T: Plan: one time a week for eight more weeks.
P: Okay. Can we meet earlier on Fridays?
T: The front desk has the schedule. Great work, Eli.
P: Thanks.
""",
    [
        "four percent syllables stuttered|4%",
        "nine percent|9%",
        "six percent|6%",
        "about two seconds|2 seconds",
        "easy onset",
        "SSI-4 total today sixteen|16",
        "twenty four, moderate|24",
        "two point one|2.1",
        "three point two|3.2",
        "Phone calls, partly met",
        "one time a week for eight more weeks|1x/week for 8 weeks",
    ],
    ["blinking"],
    ["cover Saturday", "do theater next year"],
)

S(
    "ai_slp07_thin_coffee_back_steak_still_cut",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
t: okay miss abebe this is your last visit for the swallowing lets see how you are doing
p: good i am drinking my tea thin now no thickener
t: any coughing with the tea or with meals
p: no coughing
c: she doesnt cough anymore i watch every meal
t: any chest infections fevers since last time
c: no fevers nothing
t: okay good lets do the water test three ounces of water from the cup no stopping
p: okay
t: no cough clear voice after thats a pass
t: now the chicken i brought cut small first
p: mm
t: good chewing one swallow clear now the bigger piece not cut
p: this is harder
t: that took three swallows and you had some stuck in the cheek you cleared it with your tongue when i asked
c: the steak at home i still cut for her
t: yes keep cutting the meat so we stay at level seven easy to chew for meat and regular for the rest
t: effort full swallow for the bread squeeze hard
p: like this
t: good so the goals thin liquids with no signs of aspiration thats met
t: regular solids including meat not met she still needs meat cut small
t: taking pills whole with water met
p: the pills were the worst
t: so we discharge you with the home program the effort full swallow ten times before lunch and dinner
c: ten times two times a day
t: yes and the tongue press with the spoon ten seconds five times
c: she wants to go to her sister wedding in addis ababa in june
t: thats wonderful bring a list of soft foods just in case
t: if she starts coughing or has a fever call the doctor and we can see her again
c: thank you so much
p: thank you
t: you did so good
""",
    [
        "drinking my tea thin now|thin liquids",
        "three ounces of water|3 oz",
        "three swallows|3 swallows",
        "stuck in the cheek",
        "level seven easy to chew|IDDSI 7",
        "keep cutting the meat",
        "thin liquids with no signs of aspiration thats met",
        "regular solids including meat not met",
        "taking pills whole with water met",
        "ten times before lunch and dinner|10 times",
        "ten seconds five times|10 seconds",
        "effort full swallow|effortful swallow",
    ],
    ["coughing", "fevers"],
    ["addis ababa", "sister wedding"],
)

# --------------------------------------------------------------------------------------------- PT, test
S(
    "ai_pt09_heels_after_saturday_games",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 9},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: Hi, Leo, hi, Dad. I'm Sam. The doctor says both heels hurt. Tell me about it.
P: When I run at soccer, mostly the left one.
C: He limps after every Saturday game. He's been playing on two teams this fall.
T: How bad is the left heel after a game, zero to ten?
P: Like a six.
C: He told me an eight on Sunday, but he was also crying about losing.
T: And right now?
P: A two.
T: Any pain at night, does it wake you up?
P: No.
C: No, he sleeps like a rock.
T: Any fever, swelling, or redness at the heel?
C: None of that. No swelling.
T: Good. The doctor's note says the X-ray was normal and he just had a growth spurt.
C: Two inches since June.
T: That fits Sever's. Squeezing the back of the heel, does that hurt?
P: Ow, yes. The left.
T: Positive squeeze on the left, mild on the right. Ankle dorsiflexion with the knee straight: five degrees on the left, eight on the right.
C: Is that tight?
T: Tight. Most kids his age have about fifteen. Hamstrings are tight too.
T: Single leg heel raises: fifteen on the right, ten on the left before it hurt.
T: This is a low complexity evaluation: one problem, healthy kid, no other conditions.
T: Okay Leo, I'm teaching you the stretches now. Calf on the wall, knee straight, thirty seconds.
P: Like this?
T: Back heel down. Now knee bent, the other muscle.
C: Should he stop soccer?
T: He can keep playing if the pain stays under four during the game. Ice after, and heel cups in the cleats.
C: Where do we get heel cups?
T: Any sporting goods store. And skip the second team for the next month if you can.
P: Nooo.
T: Teaching the stretches and the home program took nine minutes.
T: Plan: one time a week for four weeks. Goals: play a full game with pain under three, and calf flexibility to ten degrees.
C: His mother's going to ask if it's from the cheap cleats.
T: Cleats with a little heel lift help. Bring them next time.
""",
    [
        "left heel",
        "Like a six|6/10",
        "A two|2/10",
        "Positive squeeze on the left",
        "five degrees on the left|5 degrees",
        "eight on the right|8 degrees",
        "fifteen on the right, ten on the left|15|10",
        "pain stays under four|4/10",
        "heel cups",
        "nine minutes|9 minutes",
        "one time a week for four weeks|1x/week for 4 weeks",
        "pain under three|3/10",
    ],
    ["pain at night", "swelling", "redness"],
    ["crying about losing", "the cheap cleats"],
)

S(
    "ai_pt10_numb_soles_and_backless_slippers",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97110": 19, "97116": 9},
    [],
    "97110x1:GP,KX 97116x1:GP,KX",
    """
T: Hi, Mrs. Ferreira. Feet still numb?
P: Numb on the bottoms, the same. The balance is better.
T: Any falls this week?
P: No falls. I held the counter a lot.
T: Good. Any chest pain or shortness of breath walking in?
P: No, none.
T: Let's start strengthening. Sit to stand, no hands, two sets of ten.
P: Okay.
T: Heel raises at the counter, two sets of fifteen.
P: My phone, sorry. It's the cardiology office. They said they'd call.
T: Take it. I'll stop the timer. That was eleven minutes of exercise so far.
P: Yes... okay... the water pill in the morning only... okay, thank you.
P: Sorry. They changed my water pill to mornings only.
T: Good to know, I'll put that in your chart. Back at it. Side steps with the band, around the knees.
P: This band is mean.
T: Mini squats, two sets of ten. And that was eight more minutes after the call.
P: My legs are shaking.
T: That's the muscle working. Now walking in the hallway, head turns.
P: Whoa, that's the hard one.
T: Look left, look right, keep walking. Stay near the wall.
P: I'm not falling.
T: You're not. Now walking over the foam mat and stepping over the cones.
P: Like a horse show.
T: Nine minutes of gait training. Your ten meter walk today was nine point two seconds, last month it was eleven.
T: Billing update: between this and the speech therapy you had in spring, you're over the Medicare therapy threshold. Speech and physical therapy count together.
P: Oh no, do I pay?
T: No. Your balance is still a fall risk, so it's medically necessary, and we add the KX modifier.
P: Okay.
T: Home: the heel raises and the sit to stands every day, and check your feet every night with the mirror.
P: My daughter bought me slippers with no backs.
T: Backless slippers are a fall risk. Shoes with a back, please.
P: Okay, okay.
""",
    [
        "Numb on the bottoms|numbness in both feet",
        "Sit to stand, no hands, two sets of ten|2x10",
        "two sets of fifteen|2x15",
        "water pill to mornings only",
        "Side steps with the band",
        "Nine minutes of gait training|9 minutes",
        "nine point two seconds|9.2 seconds",
        "it was eleven|11 seconds",
        "head turns",
        "check your feet every night",
        "Shoes with a back",
    ],
    ["falls", "chest pain"],
    ["Like a horse show", "This band is mean"],
    kx=True,
    parts={"97110": [11, 8]},
)

S(
    "ai_pt11_sprained_ankle_and_the_feed_bags",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97140": 12, "97530": 13},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hey marcus so two things today the left ankle and then your back with the lifting
p: yeah the ankle is like a three the back is a five after work
t: five okay any numbness down the legs
p: nah no numbness
t: any swelling in the ankle after the weekend
p: no swelling just stiff
t: okay lay back first the ankle joint mobs talar glides and the soft tissue on the pair oneal
p: ooh that spot
t: dorsi flexion now twelve degrees it was five
p: nice
t: okay so that was twelve minutes on the ankle manual
t: now separate time for the back we do the lifting like at the feed store
p: the fifty pound bags
t: we start with twenty pound box from the floor hip hinge flat back
p: like this
t: good push the hips back chest up now to the shelf and turn with your feet not your back
p: i always twist
t: i know thats why your back hurts um again ten reps
p: my boss says i lift like a giraffe
t: ha okay now the thirty pound box carry it twenty feet and set it down
p: thats heavier
t: good form both times
t: okay that was thirteen minutes of the lifting practice for the back
t: so two body parts today separate blocks the ankle and the back
p: does the ankle tape help
t: we can tape it next time if the p t says ok
t: back pain now
p: like a three now better
t: good home do the bird dogs and the hip hinge with the broom stick every day
p: every day okay
t: and ice the ankle after work if its puffy
p: my girlfriend says i should quit and be a barista
t: ha see you wednesday
""",
    [
        "left ankle",
        "ankle is like a three|3/10",
        "back is a five after work|5/10",
        "talar glides",
        "twelve degrees|12 degrees",
        "it was five|5 degrees",
        "twelve minutes|12 minutes",
        "twenty pound box|20 lb",
        "thirty pound box|30 lb",
        "thirteen minutes|13 minutes",
        "hip hinge with the broom stick",
        "like a three now better|3/10",
    ],
    ["numbness", "swelling"],
    ["lift like a giraffe", "be a barista"],
    has59=True,
)

S(
    "ai_pt12_hinged_brace_and_red_spot_check",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97763": 14, "97116": 9},
    [],
    "97763x1:GP,CQ 97116x1:GP,CQ",
    """
T: Hi, Mr. Nguyen. You brought the new brace. How's it been this week?
P: Okay. I wear it in the morning. The strap is hard with one hand.
T: We'll work on that. I'll give you about eight minutes on putting it on and checking the skin, then we walk.
P: Okay.
T: First, sock off. Let me look at the skin. Any red spots after you take it off?
P: One red spot on the ankle bone, it goes away.
T: How long until it goes away?
P: Maybe ten minutes.
T: Under twenty minutes is okay. No blisters, no open skin. Good.
T: Now on, with your left hand only. Heel all the way back first.
P: Like this?
T: Push the heel down into the back. Now the ankle strap, then the top strap.
P: The top strap slips.
T: I'll put a loop on it so you can pull it with one finger. Try again.
P: Oh, that's better.
T: Good. Wear schedule: two hours on, check the skin, then add an hour every day until all day.
P: Two hours, then more.
T: Okay, that took longer than I said. That was fourteen minutes on the brace. The strap loop was worth it.
P: Worth it.
T: Now walking. Quad cane in the left hand. Step with the right, the brace keeps the toes up.
P: My toes don't catch now.
T: No toe drag. Longer step on the right. Step to... now step through.
P: I'm doing step through?
T: You are, for half the hallway. Now the ramp.
P: The ramp is scary.
T: Go slow, I have the gait belt. Good.
T: Nine minutes of gait with the brace. Distance today one hundred eighty feet, it was ninety.
P: My wife will be happy. She's tired of driving me everywhere.
T: Keep walking with the brace at home, in the house, twice a day.
P: The shoes are tight with the brace.
T: Go up half a size and get laces or Velcro. The therapist will check the brace at your progress visit.
P: Okay.
""",
    [
        "One red spot on the ankle bone|1 red spot",
        "No blisters",
        "Heel all the way back",
        "loop",
        "two hours on, check the skin|2 hours",
        "fourteen minutes on the brace|14 minutes",
        "Quad cane in the left hand",
        "No toe drag",
        "Nine minutes of gait|9 minutes",
        "one hundred eighty feet|180 feet",
        "it was ninety|90 feet",
        "twice a day|2x/day",
    ],
    ["open skin"],
    ["tired of driving me everywhere"],
    fixed={"97763": 8},
)

S(
    "ai_pt13_laptop_neck_on_the_couch",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97140": 5, "97110": 14},
    [],
    "97110x1:GP",
    """
t: hi diane how is the neck today
p: its like a five the headaches are less though
t: okay lets start on the table um some soft tissue sub occipitals then the mobs
p: okay
t: breathe slow
p: um im feeling kinda dizzy
t: okay im stopping right now open your eyes look at me
p: the room is moving a little
t: any double vision
p: no
t: trouble talking or swallowing numb face
p: no none of that
t: okay follow my finger eyes are fine um i stopped the manual at five minutes so thats all that counts and were not going back to it today
p: sorry
t: dont be sorry thats why we check sit up slow
p: its going away
t: blood pressure one twenty eight over seventy eight normal heart rate seventy six
t: the dizziness lasted maybe a minute and it went away sitting up
p: yeah its gone
t: ill tell doctor patel about this and we skip the neck manual until she sees you
p: okay
t: so we do exercise sitting chin tucks ten times hold five
p: okay
t: scapular squeezes with the band two sets of fifteen
p: my boss makes me sit at a laptop on the couch all day
t: thats a problem lets talk about a desk later
t: rows with the green band two sets of ten
p: these are fine
t: okay thats fourteen minutes of exercise no dizziness with those right
p: no dizzy at all
t: good home program chin tucks and rows every day no neck cracking by yourself
p: okay i wont
t: if the dizziness comes back with double vision or numb face call nine one one
p: okay wow
t: just in case see you tuesday
""",
    [
        "like a five|5/10",
        "headaches are less",
        "stopped the manual at five minutes|5 minutes",
        "one twenty eight over seventy eight|128/78",
        "seventy six|76",
        "lasted maybe a minute|1 minute",
        "skip the neck manual",
        "chin tucks ten times hold five|10",
        "two sets of fifteen|2x15",
        "two sets of ten|2x10",
        "fourteen minutes of exercise|14 minutes",
        "feeling kinda dizzy",
    ],
    ["double vision", "numb face"],
    ["laptop on the couch"],
    stopped=["97140"],
)

S(
    "ai_pt14_up_and_go_under_twelve",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97112": 16, "97110": 10},
    [],
    "97112x1:GP 97110x1:GP",
    """
T: Mrs. Goldberg, progress report today. We'll retest the up and go first.
P: Last time I was eighteen seconds, I remember that.
T: Let me check. No, you were fourteen seconds last time, not eighteen. Eighteen was at the evaluation.
P: Oh. Fourteen. Okay.
T: Ready? Stand up, walk to the line, turn, come back, sit. Go.
P: Here I go.
T: Eleven point two seconds. Under twelve, that's a real change.
P: Really?
T: Really. Any falls since your last visit?
P: No falls. One stumble on the rug, I caught myself.
T: Did you move the rug like we talked about?
P: My son took it away.
T: Good. Any dizziness when you get up at night?
P: No, no dizziness.
T: Berg balance today forty eight out of fifty six, it was forty one.
P: Is that good?
T: Lower fall risk. Let's work. Standing on the foam with eyes closed, feet together.
P: Oh, that's a wobbly one.
T: Hands ready. Twenty seconds. Now stepping over the hurdles and turning around.
P: Like a dancer.
T: Now the tandem walk, heel to toe.
P: This was impossible a month ago.
T: Sixteen minutes of balance training.
T: Now strength. Sit to stand with the weight vest, two sets of ten. And the leg press, two sets of twelve at forty pounds.
P: My legs are burning.
T: Ten minutes of strengthening.
T: Goals: up and go under twelve seconds, met. Walking to the mailbox without the cane, partly met, she uses it in winter. Standing to cook for twenty minutes, met.
P: Winter is slippery!
T: It is. Keep the cane for ice. Plan: one time a week for four more weeks.
P: My friend from bridge wants to come here too.
T: Tell her to ask her doctor for a referral.
P: I will.
""",
    [
        "fourteen seconds last time|14 seconds",
        "Eleven point two seconds|11.2 seconds",
        "One stumble on the rug|1 stumble",
        "forty eight out of fifty six|48/56",
        "it was forty one|41/56",
        "foam with eyes closed",
        "Sixteen minutes of balance|16 minutes",
        "two sets of twelve at forty pounds|2x12 at 40 lb",
        "Ten minutes of strengthening|10 minutes",
        "up and go under twelve seconds, met|12 seconds",
        "partly met",
        "one time a week for four more weeks|1x/week for 4 weeks",
    ],
    ["falls since", "dizziness"],
    ["Last time I was eighteen seconds", "My friend from bridge"],
)

S(
    "ai_pt15_buckling_right_leg_at_the_counter",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97112": 11},
    ["97164"],
    "97164x1:GP 97112x1:GP",
    """
T: Mr. Abernathy, re-evaluation day, thirty days since you started after the stroke. We'll do the Berg and some walking.
P: The balance test with all the items.
T: That's it. Let's go through them.
P: Okay.
T: Standing unsupported, sitting, transfers, all full points. Reaching forward: eight inches, that's a three.
P: I could go further.
T: Eight is a three. Turning a full circle each way... four seconds each way.
P: Dizzy a bit.
T: Any dizziness still?
P: No, it's gone now.
T: Stool touches, alternating feet: six in twenty seconds. Tandem stance, ten seconds. One leg stance, three seconds.
T: That adds to forty four out of fifty six.
P: Forty four. Last time was thirty eight?
T: Thirty eight at the start, yes. Hold on, I'm checking my sheet. I scored the turn as a one. Four seconds each side is a three, not a one.
P: So more points?
T: Two more. Forty six out of fifty six, not forty four. Up from thirty eight.
P: Even better.
T: Gait speed today zero point eight meters per second, it was zero point five. Still the quad cane outside.
P: Indoors I don't use it.
T: Indoors without the cane, that's fine. Any falls?
P: No falls.
T: Strength: right hip flexors four out of five now, ankle dorsiflexion three plus.
T: Let's train. Weight shifting onto the right leg at the counter, then stepping onto the step and back.
P: The right leg still wants to buckle.
T: Push through the heel. Good. Now walking with head turns.
P: That one is hard.
T: Eleven minutes of balance work.
T: Goals: Berg above forty five, met. Community walking without the cane, not met. Stairs with one rail, met.
T: New plan: two times a week for six weeks, add uneven ground and the curb.
P: My wife wants me to drive again.
T: That's a question for the doctor and a driving evaluation.
P: Okay.
""",
    [
        "Forty six out of fifty six|46/56",
        "thirty eight|38/56",
        "eight inches|8 inches",
        "four seconds each way|4 seconds",
        "zero point eight meters per second|0.8 m/s",
        "zero point five|0.5 m/s",
        "quad cane outside",
        "right hip flexors four out of five|4/5",
        "three plus|3+/5",
        "Eleven minutes of balance|11 minutes",
        "Community walking without the cane, not met",
        "two times a week for six weeks|2x/week for 6 weeks",
    ],
    ["dizziness", "falls"],
    ["That adds to forty four out of fifty six", "drive again"],
)

S(
    "ai_pt16_pulleys_and_the_overhead_bin",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 17, "97140": 7},
    [],
    "97110x1:GP",
    """
t: okay olivia last day fourteen weeks since the rotator cuff repair how does it feel
p: good like a one when i reach back behind me
t: one out of ten reaching behind any night pain
p: no night pain anymore i sleep on it
t: any clicking or catching
p: no not anymore
t: okay measure flexion one sixty five abduction one fifty five external rotation seventy
p: the other side is like one eighty
t: yeah the other side is one seventy five um strength four plus out of five in external rotation
t: okay show me the home program start to finish like you do it at home
p: pulleys first then the band
t: slow on the way down on the band row squeeze the shoulder blade
p: i do them kind of fast at home
t: yeah slow it down three seconds down
p: okay
t: sleeper stretch hold thirty seconds three times
p: ow tight
t: okay so going through the home program with you doing it and me fixing it that was seventeen minutes of exercise
t: a little soft tissue on the posterior shoulder um seven minutes thats all
p: that helped
t: so the quick dash today is nine it was fifty eight at the start
p: wow
t: goals reaching to the top shelf met sleeping on the side met lifting the carry on into the overhead bin not met yet
p: i fly to denver in april
t: keep doing the strengthening three times a week and practice with the half full suitcase
p: okay
t: if you cant do it by april ask your doctor for a few more visits
p: my coworker said she had to go back to surgery
t: every shoulder is different yours is doing great
p: thank you so much
t: youre welcome good luck
""",
    [
        "like a one when i reach back behind me|1/10",
        "one sixty five|165",
        "one fifty five|155",
        "external rotation seventy|70",
        "four plus out of five|4+/5",
        "three seconds down|3 seconds",
        "hold thirty seconds three times|30 seconds",
        "seventeen minutes of exercise|17 minutes",
        "seven minutes|7 minutes",
        "quick dash today is nine|QuickDASH 9",
        "fifty eight|58",
        "overhead bin not met",
    ],
    ["night pain", "catching"],
    ["i fly to denver", "go back to surgery"],
)

# --------------------------------------------------------------------------------------------- OT, test
S(
    "ai_ot08_buttons_and_the_tub_bench",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 10},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Mr. Hassan, Mrs. Hassan, I'm Priya from occupational therapy. The stroke was five weeks ago?
C: Five weeks Tuesday. Left side of the brain. His words get stuck, so I'll help, if that's okay.
T: That's okay, but I'll ask him first and give him time. Mr. Hassan, are you right-handed?
P: Yes. Right... right.
C: Right-handed. And now the right hand is the bad one.
T: Any pain in the right shoulder?
P: No. No pain.
C: He doesn't complain of pain, but he lets the arm hang off the chair.
T: Let's check. Shoulder subluxation about one finger width. We'll need to support that arm.
T: Mr. Hassan, show me how you button your shirt.
P: I... can't. This one.
C: I do all his buttons and his socks. He does his face and teeth himself.
T: Upper body dressing moderate assist, lower body dressing maximal assist. Grooming, setup only.
T: And the toilet?
C: He goes with me standing by. He had one fall in the bathroom at the hospital, none at home.
T: Toileting, minimal assist. Grip on the right: eight pounds. Left: seventy.
P: Weak.
T: It's early. Any problems with your vision?
C: He had his eyes checked at the hospital. No problems.
T: Good. Now cooking, bills, who does those?
C: He always did the bills. Now I do everything. And I work nights.
T: I'm calling this high complexity: the aphasia, the right arm, his medical history and the caregiver load.
T: Let me show you both the bathroom setup now. A tub bench, a handheld shower, and a raised toilet seat. The arm goes on a pillow when he sits, never hanging.
C: We have a grab bar already.
T: Good. And the sock aid, I'll teach that next time. That teaching and the home setup was ten minutes.
T: Goals: dressing the upper body with minimal assist, buttoning with an adapted hook, and toileting independently in eight weeks.
T: Plan: three times a week for eight weeks.
C: Three times. Okay. Can you write the pharmacy a note that he can't come to the counter?
T: The pharmacy will do curbside pick-up if you call them.
P: Thank... you.
""",
    [
        "right hand",
        "one finger width|1 finger width",
        "Upper body dressing moderate assist",
        "lower body dressing maximal assist",
        "Grooming, setup only",
        "Toileting, minimal assist",
        "eight pounds|8 lb",
        "tub bench",
        "raised toilet seat",
        "ten minutes|10 minutes",
        "eight weeks|8 weeks",
        "three times a week for eight weeks|3x/week for 8 weeks",
    ],
    ["pain in the right shoulder", "problems with your vision"],
    ["I work nights", "a note that he can't come to the counter"],
)

S(
    "ai_ot09_omelet_with_the_big_whisk",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 18, "97535": 11},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Morning, Bev. Omelet day. How are the hands?
P: Stiff, the left one's a four this morning. Rheumatoid's flaring a little.
T: Four. Any new swelling in the knuckles?
P: No new swelling. Same as last week.
T: Okay. We'll do about ten minutes in the kitchen, then the joint protection stuff.
P: I can do eggs in my sleep.
T: Crack with the palm, not the fingertips. Use the big-handled whisk.
P: This whisk is nice.
T: Slide the pan, don't lift it with one hand. Two hands, palms under.
P: It's heavy.
T: Sit on the stool when you fold it. Good.
P: My husband says I make the best omelet in the county.
T: I believe it. Okay, that ran long, that was closer to eighteen in the kitchen. We'll count eighteen.
P: Worth it.
T: Now joint protection. Jar opener on the wall, the key turner for the car, and the foam on your pen.
P: The key turner is great.
T: Carry bags on the forearm, not the fingers. Rest the hands every thirty minutes when you garden.
P: The garden is my happy place.
T: That part was eleven minutes.
T: One thing from your OT: you passed the Medicare threshold for OT this year, from the hand therapy in the winter.
P: So I'm cut off?
T: No. She documented it's medically necessary because of the flare and the cooking goal, and we put the KX modifier on.
P: Good.
T: Grip today, left twenty two pounds, right thirty.
P: Better than last month?
T: Left was eighteen. The splints at night, how many nights?
P: Every night this week.
T: Great. Keep the paraffin at home for stiffness in the mornings.
P: And the dog? He pulls on the leash.
T: Wrap the leash around the forearm, or get a hands-free belt leash.
P: Okay. See you Monday.
""",
    [
        "left one's a four|4/10",
        "Crack with the palm",
        "big-handled whisk",
        "Two hands, palms under|2 hands",
        "eighteen in the kitchen|18 minutes",
        "Jar opener",
        "key turner",
        "eleven minutes|11 minutes",
        "left twenty two pounds|22 lb",
        "Left was eighteen|18 lb",
        "Every night this week",
        "hands-free belt leash",
    ],
    ["new swelling"],
    ["best omelet in the county", "my happy place"],
    kx=True,
    has59=True,
    fixed={"97530": 10},
)

S(
    "ai_ot10_warehouse_scanner_up_high",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 6, "97535": 12},
    [],
    "97535x1:GO,CO",
    """
t: hi ray how is the arm today
p: okay shoulder is like a three
t: any tingling in the hand before we start
p: no not right now
t: okay arm bike then the overhead reaching with the dowel
p: here we go
t: nice and easy pace
p: um my fingers are getting pins and needles the pinky side
t: okay stop the bike stop right there arms down
p: its like the all nerve side all buzzy
t: shake it out arm down at your side how is it now
p: going away a little
t: okay we stopped the exercise at six minutes i dont want to keep going with the arm up today
p: is that bad
t: its the thoracic outlet thing the therapist told you about arms up squeezes the nerves
p: oh right
t: any headache chest pain
p: no nothing like that
t: okay so instead we work on the positions at work and sleeping um you said you sleep with the arm over your head
p: every night like this
t: so pillow hug sleep on your side with the arm down on a pillow
p: okay i can try
t: at work the monitor goes down to eye level so you dont reach up and the mouse close to you
p: i work on the warehouse scanner all day up high
t: ask them for the step stool so the scanner is at chest level and take breaks every half hour
p: okay
t: and carrying the backpack on both shoulders not the one
p: yeah i do one shoulder
t: okay that positioning and the work setup was twelve minutes
p: the tingling is gone now
t: good ill tell the o t and she may call your doctor
p: my brother has the same thing he got surgery
t: everyone is different lets see how this goes
p: okay see you thursday
""",
    [
        "shoulder is like a three|3/10",
        "pins and needles the pinky side",
        "stopped the exercise at six minutes|6 minutes",
        "thoracic outlet",
        "pillow hug",
        "arm down on a pillow",
        "monitor goes down to eye level",
        "step stool",
        "breaks every half hour|30 minutes",
        "both shoulders",
        "twelve minutes|12 minutes",
        "the tingling is gone now",
    ],
    ["chest pain"],
    ["my brother has the same thing", "he got surgery"],
    stopped=["97110"],
)

S(
    "ai_ot11_turnbuckle_for_the_elbow",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97760": 16, "97110": 9},
    [],
    "97760x1:GO 97110x1:GO",
    """
T: Hi, Donna. Ten weeks since the elbow fracture, and it's still stuck. Today's the static progressive splint I ordered.
P: The one with the knob?
T: The turnbuckle, yes. First let me measure. Elbow extension lacks forty degrees. Flexion one twenty.
P: It used to go straight.
T: We'll get it back. Any numbness in the ring and little finger?
P: No numbness.
T: Good. Pain now?
P: A two, resting.
T: Arm in the cuff. The upper strap here, the forearm strap here. Nothing pinching the inside of the elbow?
P: No, it's okay.
T: Now turn the knob until you feel a stretch, not pain. A four out of ten stretch at most.
P: Click... click... there.
T: That's the spot. Hold it five minutes, then one more click.
P: Like a medieval thing.
T: A little, yes. Wear it three times a day for thirty minutes. Check your skin after.
P: Three times, thirty minutes.
T: Let me mark the straps so you put it on the same way at home. Take it off and put it back on yourself.
P: Like that?
T: Perfect. Fitting and teaching the splint was sixteen minutes.
T: Now exercises. Active elbow flexion and extension, palm up, ten times. Then the towel slide on the table.
P: The towel slide's easy.
T: And biceps curls with the one pound weight, two sets of ten.
P: Burning.
T: That was nine minutes of exercise. Extension after the splint and exercise: lacks thirty two.
P: Eight better already?
T: Eight degrees, but some of that comes back. That's why the splint at home.
P: My sister-in-law says I should just rest it.
T: Resting is how it got stiff. Keep moving it.
T: Back in one week. Bring the splint.
P: Okay.
""",
    [
        "Ten weeks since the elbow fracture|10 weeks",
        "lacks forty degrees|-40",
        "Flexion one twenty|120",
        "A two, resting|2/10",
        "turnbuckle",
        "four out of ten stretch at most|4/10",
        "three times a day for thirty minutes|3x/day for 30 minutes",
        "sixteen minutes|16 minutes",
        "one pound weight, two sets of ten|1 lb 2x10",
        "nine minutes of exercise|9 minutes",
        "lacks thirty two|-32",
    ],
    ["numbness"],
    ["Like a medieval thing", "I should just rest it"],
)

S(
    "ai_ot12_top_cupboard_after_the_new_shoulder",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97530": 20, "97535": 9},
    [],
    "97530x1:GO 97535x1:GO,59",
    """
T: Progress report day, Mr. Osei. Twelve weeks since the shoulder replacement. Let's redo the COPM first.
P: The one where I rate things one to ten.
T: Yes. Getting dressed: how well do you do it, one to ten?
P: Eight.
T: And how satisfied are you with it?
P: Six.
T: Washing your hair?
P: Well, seven. Satisfied, five.
T: Reaching the top cupboard?
P: That's a four. Satisfied, three.
T: So performance seven point... wait. I wrote the satisfaction numbers in the performance column. Let me fix that.
P: Did I mess up?
T: No, I did. Performance is eight, seven, four: average six point three. Satisfaction six, five, three: average four point seven.
P: And before?
T: At the start, performance three point three and satisfaction two. Both changes are more than two points, so they count.
T: Any pain today?
P: A two, in the front of the shoulder.
T: Any numbness or tingling in the hand?
P: No.
T: Flexion today one thirty, external rotation forty.
T: Let's work. Reaching up to the top cupboard with the light cans, then the bed sheets onto the high shelf.
P: This is my wife's favorite task for me.
T: Now pull the shirt on over the head, then the belt loops behind.
P: Behind the back is still tough.
T: Twenty minutes of functional reaching and dressing.
T: Now the separate part: the bathroom and the long-handled sponge, and the shower caddy at chest height, not up high.
P: I moved it already.
T: Good. And the reacher for the top shelf until flexion is better.
T: That training was nine minutes.
T: Goals: dressing without help, met. Hair washing, partly met, he uses the long sponge. Top cupboard, not met.
T: Plan: two times a week for four more weeks.
P: Good. My son wants me to golf by June.
T: Let's aim for chipping by June.
P: Deal.
""",
    [
        "six point three|6.3",
        "four point seven|4.7",
        "three point three|3.3",
        "A two, in the front of the shoulder|2/10",
        "Flexion today one thirty|130",
        "external rotation forty|40",
        "Twenty minutes of functional|20 minutes",
        "long-handled sponge",
        "shower caddy at chest height",
        "nine minutes|9 minutes",
        "Hair washing, partly met",
        "two times a week for four more weeks|2x/week for 4 weeks",
    ],
    ["numbness or tingling"],
    ["my wife's favorite task", "golf by June"],
    has59=True,
)

S(
    "ai_ot13_screw_in_the_scaphoid",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 12},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: okay kenji re evaluation today its been six weeks since the scaf oid surgery
p: yeah the screw thing
t: pain today
p: like a two when i push up from the chair
t: two okay any numbness in the thumb or fingers
p: no no numbness
t: wrist extension today forty degrees flexion thirty five
p: last time it was like twenty
t: extension was twenty five at the first visit
t: oh hold on thats the surgeons office calling me back about your splint give me one second
t: hi yes this is anna from hand therapy yes okay wean out of the splint starting today no lifting over five pounds for four more weeks okay thank you
p: so no more splint
t: so the nurse says wean out of the thumb spike a splint starting today wear it only in crowds and at night for two weeks
p: finally
t: and still no lifting over five pounds for four more weeks
p: so no bowling
t: no bowling yet
t: grip today thirty one pounds the other hand is seventy
t: and the quick dash is forty one it was sixty eight
p: thats better right
t: lower is better yes
t: okay so now exercise wrist extension with the hammer and the rice bucket
p: the rice bucket is weird
t: dig and open your fingers in the rice ten times each way
p: okay
t: putty pinch two sets of ten
t: okay thats twelve minutes of exercise
t: goals turning the car key without pain met opening jars not met yet typing an hour at work met
p: the jars my girlfriend does
t: thats fine for now new goal jar opening with no pain in six weeks
t: plan one time a week for six weeks
p: can i go back to the climbing gym
t: not until the surgeon says so in four weeks
p: okay
""",
    [
        "like a two when i push up from the chair|2/10",
        "forty degrees|40 degrees",
        "flexion thirty five|35 degrees",
        "twenty five at the first visit|25 degrees",
        "wean out of the thumb spike a splint|thumb spica",
        "only in crowds and at night",
        "no lifting over five pounds for four more weeks|5 lb",
        "thirty one pounds|31 lb",
        "quick dash is forty one|QuickDASH 41",
        "sixty eight|68",
        "twelve minutes of exercise|12 minutes",
        "opening jars not met",
        "one time a week for six weeks|1x/week for 6 weeks",
    ],
    ["numbness"],
    ["climbing gym", "no bowling"],
)

S(
    "ai_ot14_shower_still_needs_her_sister",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97535": 14, "97110": 9},
    [],
    "97535x1:GO 97110x1:GO",
    """
T: Last visit, Mrs. Brennan. Your sister came too.
C: I wanted to hear how she did.
T: Let's review. Dressing, upper and lower body?
P: I do it myself now. Sitting down, with the reacher for my pants.
T: Independent with the reacher. That goal's met. Bathing?
C: I still stand outside the shower. She gets winded washing her hair.
T: Oxygen during the shower?
P: I wear it. Two liters.
T: Any chest pain, new swelling in the legs?
P: No chest pain. No swelling.
T: Bathing is supervision, so that goal is partly met. Meals?
P: Simple ones. Soup, sandwiches. Standing five minutes, then I sit.
T: Light meals independent, met. Let me check your breathing with the pursed lips during the hair washing one more time.
P: In through the nose... out through the lips...
T: Good. Hair washing seated, hand held shower, arms down between rinses.
C: I'll keep helping with the rinse.
T: That's good. Energy plan: the heavy jobs in the morning, rest before the shower, a stool in the kitchen.
P: Mornings are better for me.
T: That review and the bathroom plan was fourteen minutes.
T: Now the arm strengthening with the yellow band, two sets of ten, and the hand squeezes.
P: Easy.
T: Nine minutes of exercise.
T: Oxygen after, ninety two percent, heart rate ninety eight. Recovers in two minutes.
C: Is she finished then?
T: Dressing and meals met, bathing partly met with her sister supervising. She has the home program for the arms every day.
C: What if she gets worse?
T: Call her doctor and we can re-open. Pulmonary rehab is a good next step too.
P: My friend goes there. She says they have a nice coffee machine.
T: Ha. Keep up the breathing.
C: Thank you for everything.
""",
    [
        "reacher for my pants",
        "Independent with the reacher",
        "Two liters|2 liters|2 L",
        "Bathing is supervision",
        "partly met",
        "Standing five minutes|5 minutes",
        "hand held shower",
        "fourteen minutes|14 minutes",
        "yellow band, two sets of ten|2x10",
        "Nine minutes of exercise|9 minutes",
        "ninety two percent|92%",
        "ninety eight|98",
        "Pulmonary rehab",
    ],
    ["chest pain", "swelling"],
    ["nice coffee machine"],
)

# --------------------------------------------------------------------------------------------- SLP, test
S(
    "ai_slp08_bumpy_words_since_spring",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92521"],
    "92521x1:GN",
    """
t: hi hi so this is noah and mom and dad thanks for coming in
c: thanks for seeing us so fast
t: so tell me about the bumpy speech when did it start
c: like april so hes three and a half now it started right after his sister was born
c: his dad stuttered as a kid too
t: okay thats good to know does the dad still stutter
c: no not really only when im tired
t: and at home what does it sound like
c: like i i i want the the the truck and sometimes he gets stuck and nothing comes out
t: does he seem upset by it
c: sometimes he hits the table and says my words are broken
t: oh okay thats important any blinking or face tension when he gets stuck
c: no blinking not that we see
t: okay noah lets play with the farm can you tell me what the cow says
p: the the cow says moo
t: yes moo and what is the pig doing
p: he he he is in the mud
t: okay so in the play sample um about two hundred syllables he had seven percent stuttered syllables mostly sound and word repetitions
t: longest stuck moment about one second a couple of blocks no tension i saw
p: i want the horse
t: here you go
c: he talks so much at home this is nothing
t: ha kids are always different in the clinic um his language and his speech sounds are age appropriate on the screening
t: so the s s i four total today is eighteen mild
c: what do we do
t: so with the family history and him getting upset i recommend therapy once a week for twelve weeks with the parents in the room
c: okay
t: at home slow down your own talking pause before you answer and special time five minutes a day with just him
c: five minutes okay
t: dont tell him slow down or take a breath
c: oh we say that all the time
t: totally normal just try not to
c: his grandma wants to know if its because of the ipad
t: no screens dont cause stuttering
""",
    [
        "three and a half|3.5 years",
        "started right after his sister was born",
        "his dad stuttered as a kid",
        "my words are broken",
        "seven percent stuttered syllables|7%",
        "sound and word repetitions",
        "about one second|1 second",
        "age appropriate",
        "total today is eighteen mild|18",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "special time five minutes a day|5 minutes",
        "slow down your own talking",
    ],
    ["blinking"],
    ["because of the ipad", "only when im tired"],
)

S(
    "ai_slp09_scope_report_and_the_cracker",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Mrs. Whitfield, the scope study report came back from the ENT. Let me read you the important parts first.
P: The camera up the nose. Awful.
T: It was. Here: thin liquid, penetration-aspiration scale five, it got to the vocal folds and she coughed it out late. Mildly thick, scale two.
C: Her son here. So thin is still bad?
T: Still not safe without the strategy. With the supraglottic swallow, thin was scale two.
T: Residue: moderate in the valleculae on the cracker, the Yale scale three, cleared with a liquid wash.
P: What's the valley thing?
T: A pocket above the airway where food sits. Today we practice the supraglottic swallow with thin water.
P: Breathe in, hold, swallow, cough.
T: Exactly. Go.
P: Okay... hold... swallow... cough.
T: Clear voice. Nine out of ten sips clear with the hold, one wet voice.
C: She skips the hold at home.
T: Any fevers or chest infections?
P: No fevers.
C: No, nothing like that.
T: Good. Now the cracker, then a sip right after to wash it down.
P: Like that?
T: Eight out of ten bites cleared with the liquid wash, two needed a cue.
P: I hate crackers anyway.
T: Then toast. Same thing.
T: About billing: you're past the Medicare threshold this year, with the PT for your hip in the spring. Speech and PT count together.
C: So what happens?
T: Her swallowing is still a safety risk, so it's medically necessary, and the claim gets a KX modifier.
C: Okay.
T: Diet stays IDDSI level six, soft and bite-sized, and thin liquids only with the supraglottic swallow. Level two, mildly thick, when she's tired.
P: And my wine at Christmas?
T: Small sips, with the hold, sitting up.
C: Our cousin is a nurse, she said to use a straw.
T: No straws yet. Next visit Thursday.
""",
    [
        "penetration-aspiration scale five|PAS 5",
        "Mildly thick, scale two|PAS 2",
        "supraglottic swallow",
        "Yale scale three|3",
        "valleculae",
        "Nine out of ten sips|9/10",
        "Eight out of ten bites|8/10",
        "liquid wash",
        "IDDSI level six|IDDSI 6",
        "Level two, mildly thick|IDDSI 2",
        "No straws yet",
    ],
    ["fevers"],
    ["Our cousin is a nurse", "I hate crackers anyway"],
    kx=True,
)

S(
    "ai_slp10_cow_eat_pig_mud",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi, Zoe! Hi, Mom. Ready for the farm game?
P: Farm! Cow!
C: She's been saying so many new words. Maybe twenty new ones this month, I wrote them down.
T: Can I see the list? Oh, "tractor" and "more juice". Two-word phrases!
C: Mostly "more" something. More juice, more bubbles.
T: Let's play. Zoe, what does the cow want?
P: Cow eat.
T: Cow eat! Two words. The cow wants to eat grass.
P: Pig mud.
T: Okay, everyone, that announcement is the lockdown drill for the school wing. We stay in the room, lights off, quiet under the table.
C: Zoe, come sit with Mommy. Quiet like a mouse.
P: Shh.
T: Good job being quiet, Zoe.
T: The drill's over. All clear. Lights back on. Where were we?
P: Pig mud!
T: The pig is in the mud. Now, put the duck in the barn.
P: Duck barn.
T: Yes! Two-step direction now: take the horse and give it to Mommy.
P: Horse... Mommy.
T: She did both steps. So two-word phrases today, twelve out of twenty opportunities, sixty percent, with a model first.
C: That's more than last time, right?
T: Last time was seven out of twenty. And two-step directions, four out of five with a gesture.
C: She doesn't say "I" yet. Is that okay?
T: That comes later. We're working on two words first.
P: More bubble!
T: More bubbles! That's her reward.
C: Does she need hearing checked? Her cousin had tubes.
T: Her hearing test in June was normal. No ear infections since?
C: No, no ear infections.
T: Good. Home: play the farm five minutes, say two words for her to copy, and wait.
C: Wait for her. Okay.
T: See you Tuesday, Zoe.
P: Bye bye!
""",
    [
        "twenty new ones this month|20 new words",
        "Two-word phrases|2-word phrases",
        "twelve out of twenty opportunities|12/20",
        "sixty percent|60%",
        "with a model first",
        "seven out of twenty|7/20",
        "four out of five with a gesture|4/5",
        "Her hearing test in June was normal",
        "play the farm five minutes|5 minutes",
        "say two words for her to copy|2 words",
    ],
    ["ear infections"],
    ["Quiet like a mouse", "Her cousin had tubes"],
)

S(
    "ai_slp11_bus_map_and_the_change_jar",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 25},
    [],
    "97129x1:GN 97130x2:GN",
    """
t: okay devon same as last week we time everything today
p: yeah yeah the stopwatch
t: how was the week any headaches
p: no headaches just my ears ring sometimes
t: okay ringing in the ears is that new
p: no since the accident same as before
t: okay first the change jar count out four dollars and sixty five cents from the pile
p: okay quarters first um four dollars then a half dollar no a dime and a nickel
t: you got it one minute twenty and one self correction
p: last week i took forever
t: last week it was two minutes fifty with two cues from me
t: now the bus map you need to get from the library to the clinic with one transfer
p: the blue line to main street then the number six
t: yes and what time do you leave to get here by ten
p: um nine fifteen
t: right two minutes no cues
t: now the divide it attention one listen for the word red and tap while you sort the cards by suit
p: okay go
t: red blue red green
p: tap tap
t: eighteen out of twenty taps and the cards all sorted right thats ninety percent
p: my head is full
t: take a breather drink some water
p: my brother says i should go back to work at the shop already
t: thats a talk for you and your doctor
t: okay last one walking memory repeat these numbers backward seven three nine two
p: two nine three seven
t: good five digits backward now eight one six four two
p: two four six um one eight
t: yes five backward thats up from four
t: okay thats forty minutes of cognitive treatment today
t: home use the calendar app for every appointment and the notebook for the bus times
p: okay the app
t: goal is taking the bus alone to the clinic by next month
p: my mom still drives me
t: for now thats fine see you thursday
""",
    [
        "four dollars and sixty five cents|$4.65",
        "one minute twenty|1 min 20 s|1:20",
        "one self correction|1 self correction",
        "two minutes fifty|2 min 50 s|2:50",
        "two minutes no cues|2 minutes",
        "eighteen out of twenty|18/20",
        "ninety percent|90%",
        "five backward thats up from four|5 digits",
        "forty minutes of cognitive|40 minutes",
        "calendar app",
        "taking the bus alone",
        "ringing in the ears|ears ring",
    ],
    ["headaches"],
    ["go back to work at the shop", "my head is full"],
    cog=40,
)

S(
    "ai_slp12_rake_and_the_spatula",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Mr. Castellano, progress report today. We'll do the naming list first.
P: Good. Last time I got eight out of ten, I was proud.
T: Let me look. Last time was six out of ten, not eight. Eight was your goal.
P: Oh. Six. Okay, today eight then.
T: Let's see. What is this?
P: That's... the thing for... a rake.
T: Rake. Good. This one?
P: Um... you cook... spatula.
T: Yes, after a description. And this?
P: Stapler.
T: Nine out of ten named today. One needed a first sound cue.
P: Nine!
T: Nine. Up from six, and from four at the start. Now the description strategy. Tell me about a hammer without saying hammer.
P: It's metal... for nails... bang bang.
T: Perfect, you used the description to get there. Any trouble swallowing, by the way?
P: No, no problems.
T: Good. Now conversation. Tell me about your weekend.
P: My granddaughter... her birthday. We had the... the cake with the... candles.
T: Nice. I counted two pauses and one word you talked around.
C: His wife here. At home he gets frustrated on the phone.
T: That's our next goal. On the phone, he uses the description strategy.
P: The phone is hard. No faces.
T: Let's practice. Call the hardware store and ask for a part.
P: Hello, I need... the... the screw... for a cabinet.
T: Good. In conversation I'd say he finds the word eight out of ten times now with the strategy.
T: Goals: naming eight out of ten, met. Description strategy in conversation, met. Phone calls, not met yet.
T: Plan: two times a week for six more weeks.
C: He wants to go back to his card group.
T: That's a good place to practice.
P: I lost my keys there last week.
T: New goal: the card group once a week.
P: Deal.
""",
    [
        "Last time was six out of ten|6/10",
        "Nine out of ten named today|9/10",
        "first sound cue",
        "four at the start|4/10",
        "description strategy",
        "two pauses|2 pauses",
        "eight out of ten times|8/10",
        "Phone calls, not met yet",
        "two times a week for six more weeks|2x/week for 6 weeks",
        "card group once a week",
    ],
    ["trouble swallowing"],
    ["I lost my keys", "Last time I got eight out of ten, I was proud"],
)

S(
    "ai_slp13_strobe_after_the_injection",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Mrs. Okonkwo, re-evaluation today, three weeks after the injection. I have the laryngologist's stroboscopy report, let me read it to you.
P: Please. I couldn't follow what he said.
T: "Left vocal fold paralysis, status post injection augmentation. Complete glottic closure on most cycles, small posterior gap on high pitch. Mucosal wave present on the right, reduced on the left."
P: Complete closure, that's good?
T: Very good. Before the injection there was a gap on every cycle.
T: Let's measure. Take a breath and say "ah" as long as you can.
P: Ahhhhh.
T: Fourteen seconds. Before the injection it was six.
P: More than double.
T: Now "s" as long as you can, then "z".
P: Ssssss... zzzzzz.
T: S over z ratio one point two. It was two point one.
T: Voice Handicap Index today is thirty eight, it was eighty one.
P: My husband says I sound like myself again.
T: How's the voice at the end of the day?
P: Tired by dinner, a bit hoarse.
T: Any coughing or choking with drinks since the injection?
P: No coughing. No choking.
T: Any pain when you talk?
P: No pain.
T: Good. Let me hear a sentence loud, like calling your grandkids.
P: Come inside, dinner's ready!
T: Loudness seventy eight decibels, it was sixty four. Pitch range better too.
P: I can sing in church again, a little.
T: Goals: phonation time over twelve seconds, met. Voice loud enough for the classroom, partly met, she needs the mic in the big room. Singing, new goal.
P: I teach third grade. The mic helps.
T: Keep the mic for now. Plan: one time a week for six weeks, resonant voice and the vocal hygiene.
P: Water and no whispering.
T: Two liters of water a day and no whispering. The injection may wear off in a few months, so we watch for breathiness.
P: Okay. The principal wants a letter that I can do recess duty.
T: Let's wait for your laryngologist on that.
""",
    [
        "Complete glottic closure",
        "small posterior gap on high pitch",
        "reduced on the left",
        "Fourteen seconds|14 seconds",
        "it was six|6 seconds",
        "one point two|1.2",
        "two point one|2.1",
        "thirty eight, it was eighty one|38|81",
        "Tired by dinner, a bit hoarse",
        "seventy eight decibels|78 dB",
        "sixty four|64 dB",
        "partly met",
        "one time a week for six weeks|1x/week for 6 weeks",
        "Two liters of water a day|2 liters",
    ],
    ["coughing", "choking", "pain when you talk"],
    ["I can sing in church", "recess duty"],
)

S(
    "ai_slp14_red_rabbit_run_down_the_road",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: okay lucas last day of speech today are you ready
p: yeah i am ready
c: hes so excited he told the whole class
t: okay lets do the r words first say rabbit
p: rabbit
t: good red road run
p: red road run
t: perfect okay twenty words im counting
p: rocket rain rope carrot
t: nineteen out of twenty in words ninety five percent
c: he used to say wabbit
t: now sentences the red rabbit ran down the road
p: the red rabbit ran down the road
t: sentences eighteen out of twenty ninety percent
t: now tell me about your weekend
p: we went to the wiver river um the river and i caught a fish
t: you fixed it yourself nice in conversation i counted about seventy percent correct on r
c: at home he still says the w when hes excited
t: yes thats the part thats not there yet the goal was eighty percent in conversation so that one is partly met
c: so should we keep coming
t: i think home practice can take it from here he has all the sounds
t: any ear infections lately or trouble hearing
c: no ear infections no trouble
t: okay so the home program five minutes a day reading the r story out loud and catch one r word at dinner
c: five minutes and dinner okay
t: and if hes not at eighty percent in three months call us for a recheck
c: okay
p: can i have the big sticker
t: yes the big sticker for the last day
c: his teacher asked if you can come to the school play
t: ha i wish
t: r in words met r in sentences met r in conversation partly met
c: thank you so much
p: bye
""",
    [
        "nineteen out of twenty|19/20",
        "ninety five percent|95%",
        "eighteen out of twenty|18/20",
        "ninety percent|90%",
        "about seventy percent|70%",
        "says the w when hes excited",
        "eighty percent in conversation|80%",
        "partly met",
        "five minutes a day|5 minutes",
        "recheck",
        "r in words met",
        "r in sentences met",
    ],
    ["ear infections"],
    ["come to the school play", "told the whole class"],
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
    "fixed interrupted paused partly partial met goals fitting orthotic prosthetic cognitive timed two".split()
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
    rng = random.Random(int(hashlib.sha256(("blind32/" + s["id"]).encode()).hexdigest()[:12], 16))
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

    m = re.fullmatch(r"ai_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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
    for c, n in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        pieces = s["parts"].get(c, [n])
        if sum(pieces) != n:
            bad(f"{c}: pieces {pieces} do not add up to {n}")
        for p in pieces:
            if not says(p, ctext):
                bad(f"{c}: {p} minutes not said by the clinic")
    if s["cog"] is not None and not says(s["cog"], ctext):
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
    base = os.environ.get("BLIND32_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("ai_") and name.endswith(".json"):
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
