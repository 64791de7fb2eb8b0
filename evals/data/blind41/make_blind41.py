#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), forty-first set (ids ar_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind32-40
(what they pushed on) and the header, the `S(...)` record and the rules / text helpers / checks / probes
part of make_blind40.py (copied, then extended).  Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its running-clock readings) is said by the clinic, turns (40-60), timestamps, facts /
     negated / absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND41_OUT);
  3. reads the written files back and checks them on their own (valid JSON, fields, ids, counts per half,
     note types, both rules per discipline, KX / 59 / assistant / recogniser counts, units recomputed from
     expected.minutes under each file's rule, 97150 one unit and never in minutes, minutes at least 1).

Transcript lines: "T: ..." (anyone speaking for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, anyone else in the room).  Lower-case tags mark a speech-recogniser transcript (no capitals or
punctuation; numbers mostly as words, a few as digits, homophones and misheard words kept).  Hand key:
"97110x2:GP,CQ 97112x1:GP,CQ".
Per session, as blind40: `parts`, `fixed`, `stopped`, `clock`, `taken`, `inject`, `total`, `refused`,
`recoded`, `request`, `away`, `rest`, `previous`, `updown`, `group`, `trained`, `scratch`, `others`; new here:
`abandoned` = (code, minutes): a timed service started and taken off early (the patient hated it, it
  tingled): the minutes actually done are said by the clinic beside a word that says it came off, and the
  code stays in `minutes` with them (under cms they count toward the visit's total);
`running` = [(code, elapsed)]: minutes said only as a running clock ("we're at twelve ... twenty-two now"):
  each reading said by the clinic in order, the code's minutes are the differences;
`scale` = (phrase, kind): pain on another scale (kind "faces" or "five"): the scale named by the clinic,
  the phrase in a fact, and no fact turns it into a 0-10 figure;
`same` = [changes]: "same as last time" for the exercises, with today's changes said by the clinic and
  each one in a fact;
`buried` = a negated term denied inside a long answer (30 words or more) by someone other than the clinic;
`dose` = a medication dose said by the patient or a caregiver: in a fact, with its unit, and its number
  equal to no keyed minute figure;
`cotreat` = (who, minutes): another clinician co-treating: named, "co-treat" said, their minutes said by the
  clinic and never keyed (only our discipline's time is billed).
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
    recoded=None,
    request=None,
    away=None,
    rest=None,
    previous=None,
    updown=None,
    group=None,
    trained=None,
    scratch=None,
    others=None,
    abandoned=None,
    running=None,
    scale=None,
    same=None,
    buried=None,
    dose=None,
    cotreat=None,
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
            recoded=recoded or {},
            request=request,
            away=away,
            rest=rest,
            previous=previous or [],
            updown=updown or [],
            group=group,
            trained=trained,
            scratch=scratch,
            others=others,
            abandoned=abandoned,
            running=running or [],
            scale=scale,
            same=same or [],
            buried=buried,
            dose=dose,
            cotreat=cotreat,
        )
    )


# --------------------------------------------------------------------------------------------- PT, dev

S(
    "ar_pt01_barista_heel",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 9},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: Hi, I'm Dana, I'll be your physical therapist today. What brings you in?
P: My left heel. It's been killing me first thing in the morning for about two months.
T: Where exactly is the pain?
P: Right here, the inside of the heel, toward the arch.
T: And what does it feel like?
P: Sharp, like stepping on a pebble, for the first ten steps or so. Then it eases up.
T: Pain right now, zero to ten?
P: A three sitting here. First steps in the morning it's a seven.
T: What do you do for work?
P: I'm a barista. Eight hour shifts on a tile floor, mostly standing.
T: Any numbness, tingling, or burning in the foot, and have you had any back pain with this?
P: Well, it started around when I switched to the early shift, and I bought new shoes, which probably didn't help, and I've been stretching my calf against the counter on breaks, no numbness or tingling or anything like that, just the heel, and my back's been fine, it's really only the heel when I stand up.
T: Good. Any swelling or bruising you noticed?
P: Nope, never saw any bruising.
T: Any other health history? Diabetes, heart trouble?
P: No, I'm pretty healthy. I take a vitamin D, that's it.
T: Let's look. Ankle dorsiflexion with the knee straight is five degrees on the left, twelve on the right.
P: Is that bad?
T: The left calf is tight. With the knee bent you get fifteen on the left.
T: Tender to press here at the medial heel?
P: Ow, yes, that's the spot.
T: Windlass test, I lift your big toe while you stand.
P: That pulls right in the heel.
T: Positive on the left. Single leg heel raises, how many can you do?
P: Let's see... that's about eleven on the left before it hurts.
T: Eleven on the left, twenty on the right.
T: The foot function index you filled out scores 38 percent.
T: This looks like plantar fasciitis on the left with calf tightness. It's a low complexity evaluation: one problem, no other conditions slowing you down.
P: Makes sense. What can I do?
T: We'll start exercises now. Towel scrunches, calf stretch on the step, and the plantar fascia stretch with your toes pulled back.
P: Like this?
T: Hold thirty seconds, three times. Good. Then seated heel raises, two sets of ten.
P: That's not bad.
T: That was nine minutes of exercise.
T: Plan is twice a week for six weeks. Goals: morning pain under three, twenty five heel raises on the left, a full shift without heel pain.
P: I can do twice a week if it's after my shift.
T: We'll book afternoons. Roll a frozen water bottle under the arch at night.
P: I've got one in the freezer already, funny enough. My roommate uses it for her wrist.
T: Perfect. Stretch before your first steps in the morning, too.
P: Got it. See you Thursday.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
""",
    [
        "left heel",
        "first thing in the morning",
        "a seven|7/10",
        "barista",
        "five degrees on the left|5 degrees",
        "Windlass|windlass test",
        "eleven on the left|11 heel raises",
        "38 percent",
        "plantar fasciitis",
        "low complexity",
        "twice a week for six weeks|2x/week for 6 weeks",
        "frozen water bottle",
    ],
    ["numbness or tingling", "bruising"],
    ["My roommate uses it for her wrist"],
    buried="numbness or tingling",
)

S(
    "ar_pt02_welder_shoulder",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 21, "97032": 2},
    [],
    "97110x2:GP,KX",
    """
T: Morning, Luis. How's the shoulder since Tuesday?
P: Better. I got through a whole day of overhead welding with only a little ache.
T: Pain today?
P: A two. It was a four on Tuesday after work.
T: Any clicking or catching?
P: No, none of that anymore.
T: Any numbness down the arm?
P: No.
T: Quick note on billing: you've passed the yearly therapy threshold, and the shoulder still needs skilled work for you to get back to full overhead duty, so this is medically necessary and your claims carry the KX modifier.
P: Okay, whatever you need to write.
T: Let's start on the bike for the arms, then bands.
P: Same bands?
T: Green band today for rows and external rotation, three sets of twelve.
P: Green's harder than I thought.
T: Keep your elbow tucked. Good.
T: Now wall slides with the foam roller, two sets of fifteen.
P: That's where I feel the pinch up top.
T: Shoulder flexion today is 162 degrees.
T: Let me try the electrical stimulation on the upper trapezius for the spasm, the attended one where I stay with you.
P: Okay.
T: I'm turning it up slowly. Tell me when you feel it.
P: Oh. Oh I don't like that at all. It feels like bees.
T: Want me to turn it down?
P: No, just take it off please. I hated that.
T: Taking it off now. That was only two minutes of e-stim, and we won't use it again.
P: Sorry. It made my skin crawl.
T: No problem at all. Some people don't tolerate it.
T: Back to exercise. Prone Y's and T's, one pound, two sets of ten.
P: One pound feels like ten.
T: Serratus punches with the two pound weight, two sets of fifteen.
P: Okay, those I like.
T: Exercise today was twenty one minutes in all.
P: Is that why I'm sweating?
T: That's why. Any pain now?
P: Maybe a three.
T: Home program: keep the green band rows and external rotation daily, add the wall slides.
P: Can I weld overhead all day tomorrow?
T: Yes, but take a break every hour and do the pendulums.
P: Deal.
T: We'll test strength next week for the progress note.
P: See you Thursday.
""",
    [
        "overhead welding",
        "a two|2/10",
        "green band",
        "three sets of twelve|3x12",
        "wall slides",
        "162 degrees",
        "bees",
        "two minutes of e-stim|2 minutes of e-stim",
        "Prone Y's and T's",
        "Serratus punches",
        "twenty one minutes|21 minutes",
    ],
    ["clicking or catching", "numbness down the arm"],
    ["It made my skin crawl"],
    kx=True,
    abandoned=("97032", 2),
)

S(
    "ar_pt03_retiree_hip",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 12, "97116": 10, "97112": 9},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ 97112x1:GP,CQ",
    """
t: hi mister okafor im jen the p t a today how is the hip
p: um its alright sore after the grocery store yesterday
t: pain right now zero to ten
p: about a three
t: any falls since last week
p: no no falls
t: any new swelling in the leg
p: nope
t: lets start the clock on the new step then we go to the mat
p: the new step the bike thing
t: yes the nustep level four
p: okay
t: after that bridges two sets of ten and side lying hip abduction two sets of ten
p: the side ones burn
t: thats the glute me dee us working
p: my wife says i walk better already
t: good so were at twelve on the clock now for the exercise
t: now gait in the hallway with the cane
p: the cane in the right hand right
t: yes cane in the right hand step with the left leg
p: like this
t: nice longer steps less lean
t: and were at twenty two on the clock so thats gait done
p: twenty two already
t: now balance by the counter
p: do i hold on
t: fingertips only feet together thirty seconds
t: now tandem stance thirty seconds each side
p: whoa that ones wobbly
t: and now single leg stance on the right you held eight seconds
p: eight is better than last time right
t: it is
t: okay were at thirty one on the clock so thats balance done
p: im beat
t: pain now
p: maybe a four
t: ice at home twenty minutes and keep walking with the cane
p: the cane every time
t: every time outside the house for now
p: fine ill see you friday
t: does the morning still work for your next visit
p: mornings are best for me
""",
    [
        "grocery store",
        "about a three|3/10",
        "nustep level four|new step level four|NuStep level 4",
        "bridges two sets of ten|2x10",
        "glute me dee us|gluteus medius",
        "cane in the right hand",
        "tandem stance",
        "eight seconds|8 seconds",
        "maybe a four|4/10",
    ],
    ["falls since last week", "new swelling"],
    ["my wife says i walk better already"],
    running=[("97110", 12), ("97116", 22), ("97112", 31)],
)

S(
    "ar_pt04_aide_knee",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97140": 10},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Hi Keisha, today is your progress visit, visit ten. How's the knee?
P: Much better. I did a double shift Saturday and only felt it at the end.
T: Pain now?
P: A one. At worst a three after the double.
T: Any giving way on stairs?
P: No, it hasn't buckled once.
T: Any swelling after work?
P: Not really. No swelling I can see.
T: Let's measure. Knee flexion is 128 degrees, extension zero.
P: Zero is good?
T: Zero is full. Quad strength is four plus out of five on the right.
T: Your LEFS today is 64 out of 80.
P: Is that good?
T: It's a big change from the start. Single leg squat looks much steadier.
T: Exercises are the same as last time, with two changes.
P: What changes?
T: The step-ups go to the eight inch step, and the wall sits go to forty five seconds.
P: Eight inches. Okay.
T: Everything else the same: bike, bridges, hamstring curls, side planks.
P: Let's do it.
T: Step-ups on the eight inch step, two sets of ten.
P: That's a real step.
T: Wall sits, forty five seconds, three times.
P: My legs are shaking.
T: That's okay. Hamstring curls with the red band.
T: Exercise was eighteen minutes.
T: Now patellar mobilization and soft tissue work on the lateral knee.
P: That spot's always tight.
T: Manual work was ten minutes.
P: Feels looser.
T: Progress on goals: stairs without a rail is met, kneeling to clean is partly met, a full shift without pain is close.
P: Kneeling is still the hard part.
T: We'll keep going twice a week for four more weeks and add kneeling practice.
P: My manager wants a note for light duty to end.
T: We'll talk about that at the re-check. For now, the home program stays with the two changes.
P: Step-ups and wall sits. Got it.
T: Ice after double shifts.
P: Thanks. See you Monday.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
""",
    [
        "visit ten|visit 10",
        "double shift",
        "A one|1/10",
        "128 degrees",
        "four plus out of five|4+/5",
        "64 out of 80|64/80",
        "eight inch step|8 inch step",
        "forty five seconds|45 seconds",
        "eighteen minutes|18 minutes",
        "patellar mobilization",
        "ten minutes|10 minutes",
        "kneeling to clean is partly met",
    ],
    ["giving way on stairs", "swelling after work"],
    ["My manager wants a note for light duty to end"],
    same=["eight inch step", "forty five seconds"],
)

S(
    "ar_pt05_potter_spine",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97112": 12},
    ["97164"],
    "97164x1:GP 97112x1:GP",
    """
T: Hi Grace, today is your re-evaluation. It's been thirty days. How's the back?
P: Better in the mornings. Sitting at the wheel for an hour is still hard.
T: How would you rate the pain?
P: My rheumatologist uses a zero to five scale, so I think in that. On her scale I'm a two today.
T: So on the zero to five scale, two today. What was your worst this week?
P: A three out of five, after a long day glazing.
T: I'll write it on the zero to five scale as you said it.
P: Thank you. I never know how to turn it into tens.
T: No need. Any leg pain or numbness?
P: No, it stays in the low back.
T: Any bowel or bladder changes?
P: None.
T: Trunk flexion, fingertips reach mid shin now.
P: I couldn't get past my knees before.
T: Extension is about half of normal and still stiff.
T: Your Oswestry today is 26 percent.
P: What was it at the start?
T: Higher. We'll show the trend in the note. Single leg stance is ten seconds each side.
P: I wobble on the left.
T: Let's work on that. Balance and core control now.
P: On the foam?
T: Yes. Stand on the foam pad, arms crossed, thirty seconds.
P: Okay, this is hard.
T: Now step back onto the line, heel to toe, and turn your head.
P: That makes me tip.
T: Slow down. Good. Now bird dog on the mat with a slow count.
P: My hips shift.
T: Keep the pelvis level. Better.
T: That balance and core control work was twelve minutes.
P: Only twelve? It felt longer.
T: Your goals: sit at the wheel one hour, met. Throw for two hours, not yet. Lift a fifty pound bag of clay, not yet.
P: The clay bags are the worst.
T: We'll add lifting practice. Plan: twice a week for six more weeks.
P: Can I still teach my Saturday class?
T: Yes, sit on the stool with a cushion and get up every thirty minutes.
P: My students will laugh.
T: Let them. Keep the bird dog and foam stance at home.
P: I'll do it while the kiln fires.
T: Any questions before you go?
P: I think I've got it, thanks.
T: Perfect. See you next week.
""",
    [
        "zero to five scale|0-5 scale",
        "two today|2/5",
        "A three out of five|3/5",
        "fingertips reach mid shin",
        "26 percent",
        "ten seconds each side|10 seconds each side",
        "foam pad",
        "bird dog",
        "twelve minutes|12 minutes",
        "sit at the wheel one hour, met|1 hour, met",
        "twice a week for six more weeks|2x/week for 6 more weeks",
    ],
    ["leg pain or numbness", "bowel or bladder changes"],
    ["My students will laugh"],
    scale=("two today", "five"),
)

S(
    "ar_pt06_bus_mechanic_ankle",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 16, "97116": 9},
    [],
    "97110x1:GP 97116x1:GP",
    """
t: hey marcus last visit today how does the ankle feel
p: pretty good honestly i climbed under a bus all week
t: pain zero to ten
p: zero most days maybe a one after a long shift
t: any swelling at night
p: no none
t: are you still taking the blood pressure pill the doctor changed
p: yeah metoprolol twenty five milligrams once a day in the morning and the ibuprofen i stopped
t: good any dizziness when you stand up
p: no not at all
t: lets measure dorsiflexion is eighteen degrees now
p: that was like zero at the start
t: single leg balance thirty seconds with eyes open
p: easy
t: heel raises twenty five on the right
t: the lefs is seventy six out of eighty
p: whats that mean
t: almost no limits left
t: lets do your exercises jump rope warm up then lateral hops
p: jump rope my kid would laugh
t: two sets of twenty hops side to side
p: okay
t: then step down off the box slow three sets of eight
p: feels solid
t: exercise was sixteen minutes
t: now walking on the uneven mat and the ramp and the gravel tray
p: the gravel is like the yard at work
t: and carry the toolbox while you walk
p: this is just my job
t: gait on uneven ground was nine minutes
t: goals all met walk the bus yard no pain climb under the bus kneel on concrete
p: so im done
t: youre done home program keep the hops and the step downs three times a week
p: can i call if it flares
t: yes call within thirty days and we can see you again
p: thanks for everything
t: do you need a parking validation
p: yes please the garage is pricey
t: take care marcus
p: my buddy at the shop wants your number too
t: the front desk can give him a card
p: cool see ya
""",
    [
        "climbed under a bus",
        "maybe a one after a long shift|1/10",
        "metoprolol twenty five milligrams|metoprolol 25 mg",
        "eighteen degrees|18 degrees",
        "thirty seconds with eyes open|30 seconds",
        "heel raises twenty five|25 heel raises",
        "seventy six out of eighty|76/80",
        "sixteen minutes|16 minutes",
        "uneven mat",
        "nine minutes|9 minutes",
        "goals all met",
        "three times a week|3x/week",
    ],
    ["swelling at night", "dizziness when you stand up"],
    ["my buddy at the shop wants your number too"],
    dose="metoprolol twenty five milligrams",
)

S(
    "ar_pt07_painter_stroke",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 10, "97530": 13},
    [],
    "97140x1:GP,CQ,KX 97530x1:GP,CQ,59,KX",
    """
T: Hi Mr. Daley, I'm Tom, the PTA. Today speech therapy is co-treating with us for part of the session.
T: Hi, I'm Priya, the speech therapist. I'll work on his word finding while you two do the standing tasks.
P: Two for one.
T: First, your pain today?
P: The right shoulder is a two.
T: Any falls since Friday?
P: No falls.
T: Any chest pain or shortness of breath with walking?
P: No, none.
T: A reminder for the record: you've passed this year's therapy threshold, the PT is still medically necessary for your balance and arm, so the claims carry the KX modifier.
P: Fine by me.
T: I'll start with soft tissue work and joint mobilization on the right shoulder, on the mat.
P: That's the tight spot.
T: Gentle scapular glides now.
P: Feels warmer.
T: Manual therapy was ten minutes, on its own, before Priya joins.
T: I'm ready when you are.
T: Now the co-treat. Stand at the counter and sort the paint cans by color while Priya asks you questions.
T: What color goes on a front door, Mr. Daley?
P: Red. No, the... the dark one. Navy.
T: Good, you found it.
T: Reach high for the top shelf with the right arm. Weight shift to the right.
P: My knee wobbles.
T: I've got the belt. Step and reach, now carry the can to the cart.
T: Tell me what you'd paint with the roller.
P: The walls. The big walls.
T: Now turn and place it on the low shelf. Squat, don't bend.
P: That's better.
T: My part of the co-treat, the functional reaching and carrying, was thirteen minutes.
T: And my speech time was fifteen minutes, which I bill separately under speech.
T: Right, so only the thirteen minutes of functional activity go on the PT note.
P: Who knew painting was therapy.
T: Pain now?
P: Still a two.
T: Home: keep reaching to the kitchen shelf with the right arm, ten times, twice a day, with your wife nearby.
P: She'll make me put away dishes.
T: Does the morning still work for your next visit?
P: Mornings are best for me.
T: That counts. See you Wednesday.
P: Thanks, both of you.
T: See you Thursday for speech.
""",
    [
        "right shoulder is a two|2/10",
        "joint mobilization",
        "scapular glides",
        "ten minutes|10 minutes",
        "sort the paint cans by color",
        "top shelf",
        "carry the can to the cart",
        "thirteen minutes|13 minutes",
        "ten times, twice a day|10x, 2x/day",
    ],
    ["falls since Friday", "chest pain or shortness of breath"],
    ["Two for one"],
    kx=True,
    has59=True,
    cotreat=("Priya", 15),
)

S(
    "ar_pt08_gymnast_knee",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97110": 10, "97112": 15},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: hi ava hi mom how is the knee today
p: it hurts a little
t: lets use the faces chart which face is your knee right now
p: um that one the second one
t: the second face hurts a little bit that is a two on the faces scale
c: she said it hurt more after practice last night
t: ava which face after practice
p: the middle one
t: the middle face hurts even more so a four on the faces scale after practice
c: shes been icing it like you said
t: any clicking or locking
p: no
t: any swelling mom
c: no no swelling
t: okay lets warm up on the bike
p: can i do the fast bike
t: slow first then the mini squats and the clam shells
p: the clams are boring
t: ten clams each side then straight leg raises ten each side
p: done
t: exercise was ten minutes nice work
t: now balance beam on the floor walk forward heel to toe
p: like the real beam
t: yes arms out eyes on the end
p: i can do this one
t: now stand on the wobble board one foot
p: whoa
t: and catch the ball while you balance
c: she loves this part
t: landing from the little step land soft knees out
p: like this
t: perfect knees stay over the toes
t: balance and landing was fifteen minutes
p: can i go back to tumbling
t: not yet only beam and bars no tumbling for two more weeks
c: ill tell the coach
t: home program clams straight leg raises and the one foot stand while brushing teeth
p: i can do that
t: great see you tuesday ava
p: bye
c: thanks
""",
    [
        "faces chart",
        "a two on the faces scale|2 on the faces scale",
        "a four on the faces scale|4 on the faces scale",
        "icing",
        "mini squats",
        "ten clams each side|10 clams each side",
        "ten minutes|10 minutes",
        "wobble board",
        "land soft knees out",
        "fifteen minutes|15 minutes",
        "no tumbling for two more weeks|no tumbling for 2 more weeks",
    ],
    ["clicking or locking", "any swelling"],
    ["the clams are boring"],
    scale=("a two on the faces scale", "faces"),
)

# --------------------------------------------------------------------------------------------- OT, dev

S(
    "ar_ot01_librarian_elbow",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 10},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hi Ms. Fenwick, I'm Rosa, your occupational therapist. Tell me about the elbow.
P: I broke it in October, the radial head, on the right. The cast came off three weeks ago.
T: What's hard right now?
P: Washing my hair, doing my bra, carrying a stack of books at the library.
T: Pain today, zero to ten?
P: A four. It goes to six when I shelve the top rows.
T: Any numbness in the hand or the small fingers, any swelling in the hand?
P: Well, the surgeon asked me that too, and honestly I've been watching for it because my mother had carpal tunnel, and I even bought one of those wrist braces, but no, there's no numbness in the hand, no tingling in the small fingers, nothing like that, it's just the elbow stiffness and the ache when I carry things.
T: Good to know. What else goes on in your health?
P: Type two diabetes, on metformin, and high blood pressure.
T: Those can slow healing, so with the diabetes, the blood pressure and the limits in three areas, this is a moderate complexity evaluation.
P: Okay.
T: Elbow flexion is 118 degrees, extension lacks 30.
P: I can't straighten it.
T: Supination 45 degrees, pronation 70.
T: Grip on the right is 28 pounds, left 52.
P: That's half.
T: Your QuickDASH is 52.
T: For self-care: dressing the upper body needs some help with the bra, modified independent with a front hook.
P: I switched to front hook already.
T: Smart. Hair washing, minimal assist; your husband helps rinse.
P: He complains, but he does it.
T: Let's practice now. Long handled sponge for the back, and a hair washing method with the elbow on the counter.
P: Like this?
T: Elbow supported, tip your head. Good.
T: Now the book cart: two books at a time, close to your body, palm up.
P: That's easier than the stack.
T: Self-care and work task training was ten minutes.
T: Plan: twice a week for eight weeks. Goals: wash hair on her own, carry ten books close to the body, shelve the top row with no more than two out of ten pain.
P: I'd like to do the top row by spring.
T: We'll get there. Home program: elbow stretches and the supported hair method.
P: Thank you, Rosa.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: The front desk will print your schedule.
P: Great, thank you.
T: Any questions before you go?
P: I think I've got it, thanks.
T: You're welcome. See you Monday.
P: Bye now.
""",
    [
        "radial head",
        "three weeks ago|3 weeks ago",
        "A four|4/10",
        "Type two diabetes|type 2 diabetes",
        "moderate complexity",
        "118 degrees",
        "extension lacks 30",
        "28 pounds",
        "QuickDASH is 52",
        "front hook",
        "minimal assist",
        "long handled sponge",
        "ten minutes|10 minutes",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["numbness in the hand", "swelling in the hand"],
    ["my mother had carpal tunnel"],
    buried="numbness in the hand",
)

S(
    "ar_ot02_chef_wrist",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97535": 14, "97530": 9},
    [],
    "97535x1:GO,CO,59 97530x1:GO,CO",
    """
t: hi chef ready for round six
p: um ready as ill ever be
t: how is the wrist today zero to ten
p: a three the knife work still gets me
t: any numbness in the thumb
p: no
t: any new swelling
p: no its been good
t: okay clock starts now first the kitchen self care stuff
p: the jar thing again
t: yes open the jar with the grip pad then the milk jug pour
p: the jug is heavy
t: two hands on the jug wrist straight
p: like this
t: thats it now buttons on your chef coat
p: the little buttons are the worst
t: use the button hook for the top two
p: okay that works
t: and tying the apron behind your back
p: got it
t: so were at fourteen on the clock for the self care part
t: now the functional part chopping with the adaptive knife
p: the rocker one
t: yes rock it dont saw ten carrots
p: this is kind of fun
t: now lift the pot from the low shelf to the stove with both hands
p: pot is fine
t: and were at twenty three on the clock so the functional part is done
p: time flies
t: the ot wants the splint on at night still
p: every night
t: every night for two more weeks
t: pain now
p: maybe a four
t: ice ten minutes when you get home
p: my sous chef says i cut slower than him now
t: speed comes back
p: see you thursday
t: see you thursday
p: bye
t: bye chef
""",
    [
        "a three|3/10",
        "grip pad",
        "two hands on the jug|2 hands on the jug",
        "button hook",
        "apron",
        "adaptive knife|rocker knife",
        "ten carrots|10 carrots",
        "low shelf to the stove",
        "splint on at night",
        "maybe a four|4/10",
    ],
    ["numbness in the thumb", "new swelling"],
    ["my sous chef says i cut slower than him now"],
    has59=True,
    running=[("97535", 14), ("97530", 23)],
)

S(
    "ar_ot03_violinist_thumb",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 12, "97530": 14, "97035": 3},
    [],
    "97140x1:GO,KX 97530x1:GO,59,KX",
    """
T: Hi Elena. How's the left thumb since Friday?
P: Stiff in the mornings. I practiced forty minutes yesterday and it held up.
T: Pain today?
P: A three.
T: Any numbness or tingling?
P: No.
T: Any swelling at the base?
P: No, it looks normal.
T: For the record: you're past this year's therapy threshold for OT, the hand work is still medically necessary for your return to orchestra, so we add the KX modifier.
P: Understood.
T: First manual therapy: joint mobilization to the CMC joint and soft tissue work on the thenar muscles.
P: That's the sore spot.
T: Breathe. Good.
T: Manual therapy was twelve minutes.
T: Now I want to try ultrasound on the thenar area.
P: Okay.
T: I'll keep the head moving. How is it?
P: It's getting hot, too hot, and it tingles. Can you take it off?
T: Taking it off now. That was three minutes of ultrasound and we won't try it again.
P: Sorry, it felt like it was burning.
T: Your skin looks fine. No redness.
T: Now functional work. Pick up the bow, hold it thirty seconds with a relaxed thumb.
P: My thumb wants to lock.
T: Soft thumb, bent. Good. Now fingering patterns on the practice board.
P: Like scales.
T: Exactly. Then picking up coins and turning the pages of the score.
P: The pages are easy now.
T: Functional activities, separate from the manual work, were fourteen minutes.
P: Can I go back to full rehearsals?
T: Two hours with a break every thirty minutes. Not the full four yet.
P: My stand partner covers for me.
T: Keep the splint for long practice days.
T: Pain now?
P: A two.
T: Home program: thumb opposition with the putty and the bow hold.
P: Green putty?
T: Red putty this week, it's softer.
P: Okay.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
T: See you Friday.
""",
    [
        "left thumb",
        "forty minutes|40 minutes",
        "A three|3/10",
        "CMC joint",
        "twelve minutes|12 minutes",
        "three minutes of ultrasound|3 minutes of ultrasound",
        "hold it thirty seconds|30 seconds",
        "practice board",
        "turning the pages",
        "fourteen minutes|14 minutes",
        "Two hours with a break every thirty minutes|2 hours",
        "Red putty",
    ],
    ["numbness or tingling", "swelling at the base"],
    ["My stand partner covers for me"],
    kx=True,
    has59=True,
    abandoned=("97035", 3),
)

S(
    "ar_ot04_lecturer_hands",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97110": 11, "97535": 9},
    [],
    "97110x1:GO 97535x1:GO",
    """
t: hi mrs kim today is your progress visit how are the hands
p: um better the mornings are still stiff but i can grade papers again
t: how is the pain on your rheumatology scale the zero to five one
p: on the zero to five scale its a two today
t: two out of five today and at worst
p: three out of five after a full day of writing on the board
t: ill write those on the zero to five scale
p: thank you my rheumatologist likes that one
t: any new swelling in the knuckles
p: no not this week
t: any numbness at night
p: no none
t: grip on the right is thirty one pounds and left twenty nine
p: its going up
t: the cochin hand scale today is eighteen
t: the goals writing a full page with the built up pen met
t: opening jars at home with the jar opener met
t: carrying the laptop bag partly met
p: the bag is still heavy
t: okay lets do the exercises tendon glides and the putty
p: the yellow putty
t: yellow putty squeeze ten times and finger spreads with the rubber band
p: the band snaps at me
t: gentle tendon glides five each
t: exercise was eleven minutes
t: now the classroom tasks writing on the whiteboard with the foam grip marker
p: the foam marker is great
t: then unloading the bag using the cross body strap
p: the strap helps a lot
t: classroom and self care training was nine minutes
t: plan twice a week for four more weeks
p: can we do once a week
t: lets keep twice until the bag goal is met
p: fair
t: home program tendon glides and the putty daily
p: my aide reminds me
t: does the morning still work for your next visit
p: mornings are best for me
t: watch the wet floor by the door on your way out
p: thanks for the warning
t: good see you friday
p: bye
""",
    [
        "zero to five scale|0-5 scale",
        "two out of five today|2/5",
        "three out of five after a full day|3/5",
        "thirty one pounds|31 pounds",
        "cochin hand scale today is eighteen|Cochin 18",
        "built up pen",
        "jar opener met",
        "partly met",
        "yellow putty",
        "eleven minutes|11 minutes",
        "foam grip marker",
        "cross body strap",
        "nine minutes|9 minutes",
    ],
    ["new swelling in the knuckles", "numbness at night"],
    ["my aide reminds me"],
    scale=("two out of five today", "five"),
)

S(
    "ar_ot05_bookkeeper_shoulder",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97535": 17, "97110": 8},
    [],
    "97535x1:GO,CO 97110x1:GO,CO",
    """
T: Hi Mr. Pruitt, I'm Sam, the OTA. How's the shoulder?
P: Better. I reached the top cupboard Sunday for the first time.
T: Nice. Pain?
P: A three.
T: Any new numbness down the arm?
P: No.
T: Any fever or redness at the incision?
P: No, it's healed fine.
T: Today's plan is the same as last time, with two changes.
P: Which?
T: The dressing practice moves to the pullover sweater instead of the button shirt, and the cupboard reach goes to the second shelf with a one pound can.
P: The sweater is what I actually wear.
T: Good. Everything else stays the same: shower practice, socks with the sock aid.
P: Okay.
T: Pullover sweater: operated arm in first, then head, then the other arm.
P: Like that?
T: Yes. Now off: good arm out first.
P: That's the trick.
T: Now the shower bench transfer and the long handled sponge.
P: I can reach my back now.
T: Sock aid both feet.
P: Done.
T: Self-care training today was seventeen minutes.
T: Now the cupboard: second shelf, one pound can, ten reps.
P: A little pinch at the top.
T: Slow down. Pendulums and pulley, ten each.
P: Better.
T: Exercise was eight minutes.
T: Pain now?
P: A three still.
T: Home program: the sweater method and second shelf reach daily.
P: My wife will be glad I'm out of the button shirts.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: The front desk will print your schedule.
P: Great, thank you.
T: See you Thursday.
P: Thanks, Sam.
T: Ice after if it aches.
P: Will do.
T: Take care.
P: Bye.
""",
    [
        "top cupboard",
        "A three|3/10",
        "pullover sweater",
        "second shelf",
        "one pound can|1 lb can",
        "sock aid",
        "shower bench",
        "seventeen minutes|17 minutes",
        "ten reps|10 reps",
        "Pendulums and pulley",
        "eight minutes|8 minutes",
    ],
    ["new numbness down the arm", "fever or redness"],
    ["My wife will be glad I'm out of the button shirts"],
    same=["pullover sweater", "second shelf"],
)

S(
    "ar_ot06_pharmacist_hand",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 13},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hi dev today is your re evaluation after the tendon surgery
p: yeah the surgeon cleared me to start strengthening
t: any new meds since last month
p: um just the gabapentin three hundred milligrams at night for the nerve pain
t: gabapentin three hundred at night does it make you sleepy
p: a bit in the morning
t: pain today zero to ten
p: a two
t: any numbness in the index finger
p: no none now
t: any redness or drainage at the scar
p: no its clean
t: finger flexion the index tip reaches two centimeters from the palm
p: it used to be way more
t: total active motion of the index is two hundred ten degrees
t: grip is thirty four pounds on the right
t: pinch is eight pounds
t: the quick dash is twenty seven
p: is that good
t: lower is better its coming down
t: goals counting pills with tweezers met
t: typing a full shift partly met
t: new goal carry a case of saline bags
p: those boxes are heavy
t: lets do the exercises putty grip and pinch
p: the blue putty
t: blue putty ten times then pinch the clothespins
p: the red pins are hard
t: then the wrist curls with one pound
t: exercise was thirteen minutes
t: plan twice a week for six more weeks
p: thats a lot
t: we can drop to once if the case goal is met sooner
t: home program putty and scar massage
p: scar massage still
t: yes twice a day
p: okay
t: any questions before you go
p: i think ive got it thanks
t: do you need a parking validation
p: yes please the garage is pricey
t: see you next week
""",
    [
        "gabapentin three hundred milligrams|gabapentin 300 mg",
        "a two|2/10",
        "two centimeters from the palm|2 cm from the palm",
        "two hundred ten degrees|210 degrees",
        "thirty four pounds|34 pounds",
        "eight pounds|8 pounds",
        "quick dash is twenty seven|QuickDASH 27",
        "counting pills with tweezers met",
        "case of saline bags",
        "clothespins",
        "thirteen minutes|13 minutes",
        "twice a week for six more weeks|2x/week for 6 weeks",
    ],
    ["numbness in the index finger", "redness or drainage"],
    ["the red pins are hard"],
    dose="gabapentin three hundred milligrams",
)

S(
    "ar_ot07_grandmother_stroke",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97535": 22, "97110": 9},
    [],
    "97535x1:GO 97110x1:GO",
    """
T: Hi Mrs. Ortega, last OT visit today. PT is co-treating with us for the kitchen part.
T: Hi, I'm Ben from PT. I'll guard her balance at the stove while you work on the cooking.
P: My two therapists.
T: First, pain today?
P: No pain.
T: Any falls at home?
P: No, none.
T: Any dizziness with standing?
P: No.
T: Let's cook. Rice on the stove, then carry the pot to the table with the cart.
P: The cart is my best friend.
T: Stand at the stove, left hand stabilizes the pot.
T: I'm guarding on the left. Weight shift, good.
P: I forgot the salt.
T: Where is it?
P: Top cupboard. I'll use the reacher.
T: Good plan. Now carry with the cart.
T: Nice turns.
T: The kitchen co-treat ran twenty minutes for PT's part, which PT bills on its own.
T: For OT, the meal prep and the kitchen safety were twenty two minutes.
P: That's a lot of rice.
T: Now the left hand exercises: pegboard and the putty.
P: The pegs are easier now.
T: Nine hole peg: 41 seconds on the left.
T: Exercise was nine minutes.
T: Your goals: cook a simple meal, met. Dress on your own, met. Shower with the bench, met with supervision.
P: My son still wants to be home for the shower.
T: That's wise for now.
T: The COPM performance is seven, satisfaction eight.
P: I'm happy.
T: Home program: the putty and the pegs daily, and keep the cart in the kitchen.
P: I will.
T: Does the morning still work for your next visit?
P: Mornings are best for me.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: You're discharged from OT today.
P: Thank you. Both of you.
T: Take care, Mrs. Ortega.
P: Goodbye.
""",
    [
        "Rice on the stove",
        "the cart",
        "left hand stabilizes the pot",
        "reacher",
        "twenty two minutes|22 minutes",
        "pegboard",
        "41 seconds",
        "nine minutes|9 minutes",
        "cook a simple meal, met",
        "met with supervision",
        "performance is seven|performance 7",
        "satisfaction eight|satisfaction 8",
    ],
    ["falls at home", "dizziness with standing"],
    ["That's a lot of rice"],
    cotreat=("Ben", 20),
)

# --------------------------------------------------------------------------------------------- SLP, dev

S(
    "ar_slp01_deacon_aphasia",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    [],
    ["92523"],
    "92523x1:GN",
    """
T: Hi Mr. Abernathy, I'm Claire, the speech-language pathologist. Mrs. Abernathy, thank you for coming.
C: Of course. He's been frustrated since the stroke.
T: When was the stroke?
C: Five weeks ago. Left side of the brain, the doctors said.
T: Mr. Abernathy, tell me what's hard.
P: The words. I know them, they... stuck.
T: Any trouble swallowing, coughing with drinks?
C: Well, in the hospital they had him on thickened drinks for a few days, and I was so worried about that, and the nurse showed me how to sit him up, but since he came home he drinks his coffee and his water with no coughing at all, no choking, he eats everything, steak even, so I don't think swallowing is a problem now.
T: That's helpful. Any trouble with hearing?
C: No, his hearing is fine.
T: Let's start. Mr. Abernathy, what's your name?
P: Walter. Walter Abernathy.
T: Good. Name this picture.
P: A... the... for cutting. Scissors.
T: Scissors, yes. This one?
P: Comb.
T: Naming today: 14 of 20 pictures on his own, 4 more with a first-sound cue.
C: He always knew more than he could say.
T: Repeat after me: the church bell rings on Sunday.
P: The church bell... rings on Sunday.
T: Repetition of sentences, 8 of 10.
T: Point to the window, then the door.
P: This. Then this.
T: Two-step commands, 9 of 10.
T: Tell me how you make coffee.
P: Water. The pot. Then... the button. Wait.
T: Good. His discourse has word-finding pauses and some empty words.
T: Reading sentences: 7 of 10 correct. Writing his name and address is correct.
T: The Western Aphasia Battery aphasia quotient is 76.4, an anomic pattern.
C: What does that mean for church?
T: He may be able to read a short scripture in time. Goal: read a short passage aloud with 90 percent accuracy.
P: Yes. I want that.
T: Plan: twice a week for ten weeks, word-finding treatment and reading aloud.
C: He's been a deacon thirty years.
T: Then we'll practice with the bulletin. Mrs. Abernathy, give him time; don't finish his words.
C: That's hard for me.
T: Count to five in your head.
P: Thank you. Claire.
T: The front desk will print your schedule.
P: Great, thank you.
T: See you Tuesday.
""",
    [
        "Five weeks ago|5 weeks ago",
        "Left side of the brain",
        "14 of 20",
        "first-sound cue",
        "8 of 10",
        "9 of 10",
        "7 of 10",
        "76.4",
        "anomic",
        "90 percent accuracy",
        "twice a week for ten weeks|2x/week for 10 weeks",
        "bulletin",
    ],
    ["coughing", "hearing"],
    ["He's been a deacon thirty years"],
    buried="coughing",
)

S(
    "ar_slp02_fourth_grader_r",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    [],
    ["92507"],
    "92507x1:GN",
    """
t: hi jayden hi grandma ready for r sounds
p: yeah
c: he practiced every night this week
t: awesome jayden same as last time we start with r in words
p: the card game
t: yes the card game but today two changes
c: what changes
t: today we go up to r in phrases and we use the mirror less
p: no mirror
t: only if you get stuck
t: first words rabbit
p: wabbit um rabbit
t: nice fix again rabbit
p: rabbit
t: red car
p: red car
t: great thats in a phrase already
t: words were eighteen out of twenty correct
c: thats better than before
t: now phrases a red rocket
p: a wed rocket a red rocket
t: good self correction
t: run to the river
p: run to the river
t: phrases were fourteen out of twenty seventy percent
p: is that good
t: thats good for the first day of phrases
t: cueing was a quick touch on the lips two times
c: should i still use the mirror at home
t: use it only if he is stuck same as here
t: any ear infections lately
c: no none this winter
t: any sore throat today jayden
p: no
t: home practice the phrase sheet five minutes a night
c: five minutes we can do
p: can i pick the rocket card
t: you can keep the rocket card
p: yes
c: his sister is jealous of the stickers
t: she can have one too
t: see you thursday jayden
p: bye
""",
    [
        "r in phrases",
        "mirror less",
        "eighteen out of twenty|18/20",
        "self correction",
        "fourteen out of twenty|14/20",
        "seventy percent|70%",
        "touch on the lips",
        "phrase sheet",
        "five minutes a night|5 minutes a night",
    ],
    ["ear infections", "sore throat"],
    ["his sister is jealous of the stickers"],
    same=["r in phrases", "mirror less"],
)

S(
    "ar_slp03_farmer_swallow",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    [],
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Halvorsen, progress visit today for your swallowing. How has eating been?
P: Well, I'm eating in the kitchen again instead of the recliner, and my daughter makes the soft food, and I've kept the chin tuck going, and there's been no coughing at meals this week, not once, although I do get a bit tired by the end of supper and my voice gets rough after the coffee.
T: Good. Any fevers or chest congestion?
P: No fevers.
T: Any weight loss?
P: No, I'm up two pounds.
T: Before we start, for billing: you are past this year's threshold for PT and speech together, and swallowing therapy is still medically necessary after the stroke, so we add the KX modifier.
P: Okay by me.
T: Let's do the effortful swallow first. Ten swallows, squeeze hard.
P: That's work.
T: Effortful swallows, 9 of 10 with good effort.
T: Now the chin tuck with thin water from a cup.
P: Water's been okay.
T: No coughing on 10 of 10 cup sips with the chin tuck.
T: Now the Masako, tongue between the teeth, swallow.
P: That's the hard one.
T: Eight of ten completed.
T: Now minced and moist solids, IDDSI level five. Try the meatloaf.
P: That's the daughter's recipe.
T: Chewing is steady; no residue when I check.
T: Your EAT-10 score today is 9.
P: It used to be high.
T: Goals: thin liquids by cup with the chin tuck, met. Minced and moist solids, met. Regular solids, not yet.
P: I want a real steak.
T: We'll try soft and bite-sized, level six, next.
T: Plan: twice a week for four more weeks.
P: Harvest is over, so I've got time.
T: Home program: effortful swallows and the Masako, three times a day before meals.
P: Before meals.
T: Sit upright for thirty minutes after.
P: My old dog sits with me anyway.
T: Any questions before you go?
P: I think I've got it, thanks.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
T: Perfect. See you Friday.
P: Thank you.
T: Drive safe.
P: Will do.
T: And keep the chin tuck for every drink.
P: Every drink. Got it.
""",
    [
        "eating in the kitchen again",
        "chin tuck",
        "up two pounds|up 2 pounds",
        "9 of 10",
        "10 of 10",
        "Eight of ten|8 of 10",
        "IDDSI level five|level 5",
        "EAT-10 score today is 9",
        "thin liquids by cup with the chin tuck, met",
        "level six|level 6",
        "twice a week for four more weeks|2x/week for 4 weeks",
        "three times a day before meals|3x/day",
    ],
    ["coughing at meals", "fevers"],
    ["My old dog sits with me anyway"],
    kx=True,
    buried="coughing at meals",
)

S(
    "ar_slp04_controller_concussion",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 12},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Nadia. How are the headaches since the car accident?
P: Less. Maybe two a week now, mild.
T: Any new dizziness or vision changes?
P: No, none.
T: Any trouble sleeping?
P: Not this week. I'm sleeping seven hours.
T: Good. I'll start the timer. First, the attention task: the air traffic style one with the two screens.
P: My old job, basically.
T: Track the planes and say the call sign when one turns red.
P: Delta four... United two twelve.
T: You missed one on the left side.
P: I was watching the right.
T: Scan left to right. Again.
P: Got them all that time.
T: 18 of 20 targets caught.
T: We're at fifteen on the timer. That's the first task done.
P: Already?
T: Now the second one: planning your return-to-work week with the calendar.
P: I go back Monday, half days.
T: Put in the rest breaks every two hours.
P: And the doctor's visit Wednesday.
T: Good. What if the shift changes?
P: I'd move the breaks and tell my supervisor.
T: Good problem solving. You used the checklist without a reminder.
T: We're at twenty seven on the timer now, so the planning part is done.
P: Is that the whole time?
T: That's the cognitive work for today.
T: Any headache now?
P: A little pressure, a two.
T: That's okay. Rest twenty minutes when you get home.
T: Your goals: sustained attention 20 minutes, met. Planning a week with breaks, nearly.
P: Can I drive to work?
T: Your doctor cleared driving; take the short route first.
P: My brother will ride with me.
T: Good idea. Home program: the planner and one twenty minute focus block a day.
P: Okay.
T: Does the morning still work for your next visit?
P: Mornings are best for me.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: See you Thursday.
P: Thanks, Claire.
""",
    [
        "two a week now|2 a week",
        "seven hours|7 hours",
        "air traffic",
        "call sign",
        "Scan left to right",
        "18 of 20",
        "return-to-work week",
        "rest breaks every two hours|every 2 hours",
        "checklist without a reminder",
        "a two|2/10",
        "sustained attention 20 minutes, met",
    ],
    ["dizziness or vision changes", "trouble sleeping"],
    ["My brother will ride with me"],
    cog=27,
    running=[("97129", 15), ("97130", 27)],
)

S(
    "ar_slp05_cantor_voice",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    [],
    ["92524"],
    "92524x1:GN",
    """
t: hi rabbi cohen today is your voice re evaluation
p: um good the high holidays went okay this year
t: any new medicines since last time
p: the omeprazole forty milligrams every morning for the reflux the e n t started it
t: omeprazole forty every morning before breakfast
p: yes half an hour before
t: any heartburn at night now
p: no not since the pill
t: any pain when you swallow
p: no
t: lets do the voice handicap index you filled out its twenty two
p: it was way higher in the summer
t: maximum phonation time on ah is nineteen seconds
p: i can hold a note longer
t: s z ratio one point one
t: pitch range two octaves
t: the scope report from doctor lee says the nodules are smaller
p: smaller not gone
t: smaller not gone so we keep going
t: resonant voice hum mm hmm on the front of the face
p: mmm mmm
t: good now chant the first line of the prayer on one note
p: that feels easy
t: that easy feeling is the goal
t: goals resonant voice in chant met
t: a full service without hoarseness partly met
t: new goal sing the long service on yom kippur without strain
p: that is the big one
t: plan once a week for eight weeks
t: drink water through the service small sips
p: the congregation brings me tea
t: tea is fine no honey lemon needed
p: my wife says i sound like myself
t: home program the hum and the chant ten minutes twice a day
p: ten minutes twice a day
t: and no whispering it strains more
p: no whispering got it
t: do you have a ride home today
p: yes its waiting outside
t: see you next wednesday
p: thank you
""",
    [
        "omeprazole forty milligrams|omeprazole 40 mg",
        "voice handicap index|VHI",
        "twenty two|22",
        "nineteen seconds|19 seconds",
        "one point one|1.1",
        "two octaves|2 octaves",
        "nodules are smaller",
        "resonant voice",
        "chant the first line",
        "partly met",
        "once a week for eight weeks|1x/week for 8 weeks",
        "ten minutes twice a day|10 minutes 2x/day",
    ],
    ["heartburn at night", "pain when you swallow"],
    ["my wife says i sound like myself"],
    dose="omeprazole forty milligrams",
)

S(
    "ar_slp06_lawyer_dysarthria",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    [],
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mr. Reyes, last speech visit today. OT is co-treating with us at the start.
T: Hi, I'm Maya from OT. I'll set up the seating and the typing station while he talks.
P: Full house.
T: How has your speech been at work?
P: Clients understand me on the phone now. Mostly.
T: Any choking or coughing with meals?
P: No, none.
T: Any new weakness?
P: No.
T: Let's start the co-treat. Maya, he'll read the case summary aloud while you position the keyboard.
T: Chair height up two notches, wrist rest in.
P: Better. The case concerns... a contract dispute.
T: Nice loud voice. Intelligibility in sentences today is 92 percent.
T: Keyboard is set. I'm done; my OT time was fifteen minutes, billed under OT.
T: Thanks, Maya. Only the speech treatment goes on this note.
T: Now a phone call script, Mr. Reyes. Over-articulate the ends of words.
P: Good afternoon, this is Daniel Reyes returning your call.
T: Great. Rate is 148 words per minute, which is normal.
P: I slowed down on purpose.
T: The pacing helped. Now conversation: tell me about your last hearing.
P: The judge was patient. I paused at commas.
T: Perfect. Conversation intelligibility about 90 percent.
T: The Communication Effectiveness Index today is 78.
P: Is that the end?
T: Goals: phone calls understood, met. Reading a brief aloud for five minutes, met. Conversation in noise, mostly met.
P: Noise is still hard.
T: Use the voice amplifier in the courthouse hallway.
P: I've got it in my bag.
T: Home program: loud reading ten minutes a day and the pacing board when tired.
P: I'll keep it at my desk.
T: The front desk will print your schedule.
P: Great, thank you.
T: Any questions before you go?
P: I think I've got it, thanks.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
T: You're discharged from speech today.
P: Thank you for all of it.
T: Call if things change.
P: My partner wants to send you flowers.
T: That's kind. Take care.
P: Goodbye.
""",
    [
        "Clients understand me on the phone",
        "92 percent",
        "case summary",
        "148 words per minute",
        "paused at commas",
        "about 90 percent",
        "Communication Effectiveness Index today is 78",
        "phone calls understood, met",
        "mostly met",
        "voice amplifier",
        "loud reading ten minutes a day|10 minutes a day",
        "pacing board",
    ],
    ["choking or coughing", "new weakness"],
    ["My partner wants to send you flowers"],
    cotreat=("Maya", 15),
)

S(
    "ar_slp07_organist_aphasia",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    [],
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mrs. Lindqvist. Mr. Lindqvist, welcome.
C: Hello. She's had a sore shoulder all week.
T: Mrs. Lindqvist, show me on the faces chart how the shoulder feels.
P: This. This one.
T: That's the face that hurts a little more. That's a four on the faces scale.
C: She said worse at night.
T: Which face at night?
P: That. Six.
T: The face that hurts even more, six on the faces scale. I'll tell the PT today.
C: Thank you.
T: Any falls this week?
C: No, no falls.
T: Any coughing with drinks?
P: No.
T: Let's start. Naming with the organ pictures. What's this?
P: Pedal. Pedals.
T: Great. And this?
P: The... the pipes.
T: Naming: 16 of 20 with no cues.
T: Now describe the picture: the choir.
P: People sing. Many. The man... waves.
T: The conductor?
P: Conductor. Yes.
T: Sentence completion: you play the organ at ...
P: At church. Saint Olaf.
T: Sentence completion, 9 of 10.
T: Now reading hymn titles aloud.
P: Amazing grace. How great... thou art.
T: Reading hymn titles, 8 of 10.
C: She played for forty years.
T: You can hear it. Her rhythm helps the words.
T: She improved on the phrases compared with last week; min verbal cues.
P: Good. Good.
T: Home practice: name ten hymn titles a day from the hymnal.
C: We'll do it after supper.
T: Perfect. Next visit we add short phrases about the choir.
P: Thank you.
C: Her sister sends her love from Minnesota.
T: Does the morning still work for your next visit?
P: Mornings are best for me.
T: That's sweet. See you Thursday.
""",
    [
        "faces chart",
        "a four on the faces scale|4 on the faces scale",
        "six on the faces scale|6 on the faces scale",
        "worse at night",
        "16 of 20",
        "conductor",
        "9 of 10",
        "8 of 10",
        "min verbal cues",
        "ten hymn titles a day|10 hymn titles a day",
    ],
    ["falls this week", "coughing with drinks"],
    ["Her sister sends her love from Minnesota"],
    scale=("a four on the faces scale", "faces"),
)

# --------------------------------------------------------------------------------------------- PT, test

S(
    "ar_pt09_beekeeper_gait",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97116": 10},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Hi Mr. Whitcomb, I'm Nora, physical therapy. Your daughter came too, good.
C: Hi. Dad's had three falls since his heart surgery.
T: Tell me about the falls.
P: Tripped on the hive stand twice, and once in the bathroom at night.
T: Any injuries from them?
P: No, just bruised pride.
T: What medicines are you on now?
P: Warfarin five milligrams a day, and the metoprolol, and a water pill.
C: And the carvedilol was stopped last month.
T: Warfarin five a day, so a fall matters more. Any dizziness when you stand?
P: A bit, first thing in the morning.
T: Any chest pain walking?
P: No, none.
T: Any numbness in the feet?
P: No.
T: Let's test. Timed Up and Go, 18.6 seconds with the cane.
C: He used to walk the bee yard all day.
T: Berg Balance Scale: 38 out of 56.
T: Gait speed is 0.62 meters per second.
T: Blood pressure sitting 128 over 76, standing 112 over 70.
P: Is that the dizziness?
T: It could be part of it. I'll send it to your cardiologist.
T: With the heart surgery, the blood thinner, the falls and the drop in pressure, this is a high complexity evaluation.
T: Let's do some gait training now in the hall with the cane.
P: The cane in the left hand?
T: Right hand, opposite the weak left leg.
P: Feels odd.
T: Step to, then through. Look ahead, not at your feet.
C: He always looks down.
T: Turning around: small steps, no pivot.
P: That's the part where I trip.
T: Gait training was ten minutes.
T: Plan: twice a week for eight weeks. Goals: Berg over 45, TUG under 14 seconds, walk the bee yard with a cane safely.
P: The bees need me in April.
T: Night light in the bathroom tonight.
C: I'll buy one.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: See you Monday.
""",
    [
        "three falls|3 falls",
        "hive stand",
        "Warfarin five milligrams|warfarin 5 mg",
        "first thing in the morning",
        "18.6 seconds",
        "38 out of 56|38/56",
        "0.62 meters per second",
        "standing 112 over 70|112/70",
        "high complexity",
        "Right hand, opposite the weak left leg",
        "ten minutes|10 minutes",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "Night light",
    ],
    ["chest pain walking", "numbness in the feet"],
    ["The bees need me in April"],
    dose="Warfarin five milligrams",
)

S(
    "ar_pt10_lineman_neck",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 9, "97530": 16, "97035": 3},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hi Jerome. How's the neck after the storm shifts?
P: Long week. Sixteen hours up the pole Tuesday. Stiff, but I made it.
T: Pain today?
P: A four.
T: Any tingling down the arms?
P: No.
T: Any headaches?
P: Not this week.
T: Billing note: you're past this year's therapy threshold, and the neck still needs skilled care for climbing, so it's medically necessary and we put the KX modifier on.
P: Okay.
T: Manual first: cervical joint mobilization and soft tissue to the upper trap.
P: That's where the harness sits.
T: Manual therapy was nine minutes.
T: Now I'll try ultrasound on the upper trap.
P: Go ahead.
T: How does it feel?
P: Weird. Like pins and needles. Stop, please, take it off.
T: Taking it off. That was three minutes of ultrasound; we won't use it again.
P: Sorry, that was strange.
T: No tingling now?
P: No, gone.
T: Now functional work: the climbing simulator with the belt, looking up.
P: Looking up is the hard part.
T: Chin tuck, then look up with your eyes first.
P: Better.
T: Now lift the twenty pound tool bag from the floor to your hip.
P: Easy.
T: Overhead reach with the hot stick, five reps.
P: Neck pulls a little.
T: Functional activities, separate from the manual block, were sixteen minutes.
T: Pain now?
P: A three.
T: Home program: chin tucks every hour on shift, the doorway stretch at night.
P: Every hour, okay.
T: Your foreman called about full duty. We'll decide at the progress visit.
P: My wife wants me home anyway.
T: The front desk will print your schedule.
P: Great, thank you.
T: See you Thursday.
P: Thanks, doc.
T: Not a doctor, just the PT.
P: Same thing to me.
""",
    [
        "Sixteen hours up the pole|16 hours",
        "A four|4/10",
        "cervical joint mobilization",
        "nine minutes|9 minutes",
        "three minutes of ultrasound|3 minutes of ultrasound",
        "pins and needles",
        "climbing simulator",
        "twenty pound tool bag|20 pound tool bag",
        "hot stick",
        "sixteen minutes|16 minutes",
        "A three|3/10",
        "chin tucks every hour",
    ],
    ["tingling down the arms", "headaches"],
    ["My wife wants me home anyway"],
    kx=True,
    has59=True,
    abandoned=("97035", 3),
)

S(
    "ar_pt11_crossing_guard_ankle",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 13, "97112": 8, "97116": 6},
    [],
    "97110x1:GP,CQ 97112x1:GP,CQ",
    """
t: hi miss june im carlos the p t a how is the ankle
p: um sore after the morning crossing shift the kids were wild
t: pain zero to ten
p: a three maybe a four
t: any swelling in the evening
p: no not since the boot came off
t: any numbness in the toes
p: nope
t: okay im starting the clock bike first then the band work
p: the band four ways
t: yes the band for inversion eversion up and down two sets of fifteen
p: the out one is hardest
t: then calf raises on the step
p: these burn
t: okay were at thirteen on the clock thats the exercise part
t: now balance on the foam pad
p: the squishy one
t: feet apart then together then turn your head like watching traffic
p: that makes me dizzy a little
t: slow it down eyes on the sign
p: better
t: were at twenty one on the clock so balance is done
t: now a little gait outside the door to the curb with the stop sign
p: holding the sign
t: yes carry the sign step down the curb and back
p: feels normal
t: okay were at twenty seven on the clock gait done
p: my feet are tired
t: pain now
p: a three
t: ice after your afternoon shift
p: the kids made me a card
t: thats sweet
t: home program band work and calf raises daily
p: every day
t: every day see you monday
p: see you monday carlos
t: bye miss june
p: bye
t: and wear the brace at the crossing
p: okay
""",
    [
        "morning crossing shift",
        "a three maybe a four|3-4/10",
        "band for inversion eversion",
        "two sets of fifteen|2x15",
        "calf raises on the step",
        "foam pad",
        "turn your head like watching traffic",
        "eyes on the sign",
        "step down the curb",
        "wear the brace at the crossing",
    ],
    ["swelling in the evening", "numbness in the toes"],
    ["the kids made me a card"],
    running=[("97110", 13), ("97112", 21), ("97116", 27)],
)

S(
    "ar_pt12_veteran_parkinson",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97116": 12, "97110": 11},
    [],
    "97116x1:GP,CQ 97110x1:GP,CQ",
    """
t: hi mister bowers im kim the p t a and today o t is co treating with us for the kitchen walk
t: hi im jess from o t ill work on carrying the plate while you walk
p: the whole team
t: pain today
p: no pain just stiff
t: any falls this week
p: no no falls
t: any dizziness standing up
p: no
t: did you take the carbidopa on time
p: yes at eight like always
t: okay the co treat gait with the plate and the tray to the table big steps
p: big steps big steps
t: count out loud one two
p: one two one two
t: turning wide like a clock face
t: carry the tray level thats my o t part
p: no spills
t: my gait part was twelve minutes
t: and my o t part was eighteen minutes on the carrying and the tray billed under o t
t: right only the twelve minutes of gait go on the p t note
t: now big exercises on the mat arm reach and trunk twist
p: big big
t: sit to stand ten times arms crossed
p: thats hard
t: the exercises were eleven minutes
p: im tired
t: thirty second sit to stand is eleven today
p: is that good
t: better than last month
t: home program big steps walking in the hall and the sit to stands twice a day
p: my wife counts for me
t: any questions before you go
p: i think ive got it thanks
t: do you need a parking validation
p: yes please the garage is pricey
t: perfect see you thursday
p: thanks kim
t: bye mister bowers
p: bye
t: keep the walker by the bed at night
p: i will
""",
    [
        "carbidopa on time",
        "big steps",
        "count out loud",
        "turning wide",
        "twelve minutes|12 minutes",
        "sit to stand ten times|10 times",
        "eleven minutes|11 minutes",
        "thirty second sit to stand is eleven|30 second sit to stand 11",
        "walker by the bed",
    ],
    ["falls this week", "dizziness standing up"],
    ["my wife counts for me"],
    cotreat=("jess", 18),
)

S(
    "ar_pt13_florist_hip",
    "PT",
    "progress",
    "PT",
    "per-code",
    "test",
    {"97110": 23, "97112": 8},
    [],
    "97110x2:GP 97112x1:GP",
    """
T: Hi Mrs. Achebe, progress visit today, visit ten since the hip replacement.
P: I went back to the shop two mornings a week.
T: How is the hip?
P: Oh, it's so much better, I can stand at the cutting table for an hour now, and I carried the buckets on Saturday which my husband said I shouldn't, and the incision looks good, the redness is gone, no fever, nothing like that, only a little stiffness when I get out of the car and my ankle gets puffy by evening.
T: Pain now?
P: A one.
T: Any numbness in the thigh?
P: No.
T: Hip flexion today is 105 degrees, abduction 30.
T: Strength hip abductors four minus out of five.
T: Six minute walk is 390 meters without the cane.
P: No cane at all now.
T: Your HOOS JR is 72.
T: Let's exercise. Bridges, side-lying abduction, mini squats, step-ups on six inches.
P: The side ones are still hard.
T: Keep the toes forward. Two sets of twelve.
P: Okay.
T: Now the bike, eight minutes at level three, then standing hip work with the band.
P: Band around the ankles?
T: Yes, walk sideways ten steps each way.
T: Exercise was twenty three minutes.
T: Now balance: stand on one leg by the counter, then on the pillow.
P: The pillow is tough.
T: Balance was eight minutes.
T: Goals: walk without a device, met. Stand at work one hour, met. Carry buckets of water safely, partly met.
P: The buckets are my job.
T: We'll practice carrying next time. Plan: twice a week for four more weeks.
P: Fine.
T: Home program: the band walks and the single leg stand.
P: My husband can time me.
T: Great. Elevate the ankle in the evening.
P: I will.
T: Does the morning still work for your next visit?
P: Mornings are best for me.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: See you Thursday.
P: Bye now.
T: Bye.
""",
    [
        "visit ten|visit 10",
        "cutting table for an hour",
        "A one|1/10",
        "105 degrees",
        "four minus out of five|4-/5",
        "390 meters",
        "HOOS JR is 72",
        "step-ups on six inches|6 inches",
        "level three|level 3",
        "twenty three minutes|23 minutes",
        "eight minutes|8 minutes",
        "walk without a device, met",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["fever", "numbness in the thigh"],
    ["my husband said I shouldn't"],
    buried="fever",
)

S(
    "ar_pt14_glazier_shoulder",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Hi Mr. Novak. Re-evaluation today, six weeks after the cuff repair.
P: It's coming. I can lift a coffee cup to the shelf now.
T: Pain today?
P: At my old clinic they used zero to five. I'm a two on that.
T: I'll keep your zero to five scale then. Two out of five now. At night?
P: Three out of five at night if I roll onto it.
T: Three out of five at night. Any numbness in the hand?
P: No.
T: Any fever or wound problems?
P: No, none.
T: Shoulder flexion active is 140 degrees, abduction 120.
T: External rotation 50 degrees.
T: Strength: external rotation four minus out of five.
T: QuickDASH today is 34.
P: What's next?
T: Strengthening, now the surgeon allows it.
T: Band rows, external rotation with the yellow band, wall push-ups.
P: Yellow is the easy one?
T: Yes. Two sets of twelve.
P: Okay.
T: Now the shelf reach with a one pound weight.
P: Feels heavy.
T: Exercise was twelve minutes.
T: Goals: reach the cupboard, met. Sleep through the night, not yet. Carry glass panes at work, not yet.
P: The panes are forty pounds.
T: We'll build toward it. Plan: twice a week for eight more weeks.
P: My boss is holding my job.
T: Good. Home program: the band work and wall push-ups daily.
P: Every day.
T: Pillow under the arm at night.
P: Helps.
T: The front desk will print your schedule.
P: Great, thank you.
T: Any questions before you go?
P: I think I've got it, thanks.
T: See you Monday.
P: Thanks.
T: Bye.
P: Bye.
T: And no lifting over ten pounds yet.
P: Got it.
""",
    [
        "six weeks after the cuff repair|6 weeks",
        "coffee cup to the shelf",
        "zero to five scale|0-5 scale",
        "Two out of five now|2/5",
        "Three out of five at night|3/5",
        "140 degrees",
        "External rotation 50 degrees",
        "four minus out of five|4-/5",
        "QuickDASH today is 34",
        "yellow band",
        "twelve minutes|12 minutes",
        "twice a week for eight more weeks|2x/week for 8 weeks",
        "no lifting over ten pounds|10 pounds",
    ],
    ["numbness in the hand", "fever or wound problems"],
    ["My boss is holding my job"],
    scale=("Two out of five now", "five"),
)

S(
    "ar_pt15_archivist_knee",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 14, "97116": 8},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Hi Ms. Pereira, last visit today. How's the knee?
P: I walked the whole museum on Sunday.
T: Pain?
P: A one, after the stairs.
T: Any swelling?
P: No swelling.
T: Any giving way?
P: No.
T: Knee flexion 124, extension zero.
T: LEFS 71 of 80.
T: Let's go through your home program, and I'll progress it for after discharge.
P: Good, the old one is getting easy.
T: The bridges go to single leg bridges.
P: Ooh.
T: The step-ups go from six inches to eight inches, and the band goes from red to green.
P: Green is tough.
T: And we drop the heel slides; you don't need them anymore.
P: Good riddance.
T: Let's do the new ones now. Single leg bridges, two sets of ten.
P: Okay, shaky.
T: Step-ups eight inches, green band side steps.
P: Done.
T: Exercise with the new program was fourteen minutes.
T: Now stairs and the ramp without the rail, and the archive ladder step.
P: The ladder step is the real test.
T: Slow down, good. Gait and stairs were eight minutes.
T: Goals: stairs without a rail, met. Walk one hour, met. Kneel to reach the bottom shelf, met with a pad.
P: I use the garden pad.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
T: Perfect. You're discharged.
P: Thank you so much.
T: Here's the new sheet with the progressed program: three times a week.
P: Three times a week.
T: Call us if it swells or buckles.
P: I will. My cousin wants to come here too.
T: Tell her to ask her doctor.
P: Will do.
T: Take care.
P: Bye.
T: Bye.
""",
    [
        "whole museum",
        "A one|1/10",
        "flexion 124",
        "LEFS 71 of 80|71/80",
        "single leg bridges",
        "eight inches|8 inches",
        "red to green",
        "drop the heel slides",
        "fourteen minutes|14 minutes",
        "archive ladder step",
        "eight minutes|8 minutes",
        "met with a pad",
        "three times a week|3x/week",
    ],
    ["Any swelling", "giving way"],
    ["My cousin wants to come here too"],
)

S(
    "ar_pt16_carpenter_lumbar",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97110": 20, "97112": 10},
    [],
    "97110x1:GP,KX 97112x1:GP,KX",
    """
t: hi mister lund how is the back
p: um better i framed a wall on friday
t: pain today
p: a three
t: any leg numbness
p: no none
t: any bladder changes
p: no
t: billing note youre past the yearly therapy threshold and the back still needs skilled care for lifting so its medically necessary and we add the k x modifier
p: okay
t: today is the same as last time with two changes
p: what changes
t: the deadlift goes to the twenty five pound kettlebell and the plank goes to forty five seconds
p: twenty five okay
t: everything else same bridges bird dogs and the bike
p: got it
t: bike first
p: the bike is easy
t: kettlebell deadlift twenty five pounds three sets of eight
p: heavier for sure
t: plank forty five seconds three times
p: shaking
t: bridges and bird dogs two sets of ten
t: exercise was twenty minutes
t: now balance and core control on the half foam roller carrying the level
p: like on a beam
t: yes step across slow
p: wobbly
t: balance work was ten minutes
t: pain now
p: a three still
t: home program the same with the two changes
p: twenty five pounds and forty five seconds
t: thats it
p: my nephew is starting an apprenticeship
t: good for him
t: see you tuesday
p: bye
t: does the morning still work for your next visit
p: mornings are best for me
t: bye
""",
    [
        "framed a wall",
        "a three|3/10",
        "twenty five pound kettlebell|25 pound kettlebell",
        "forty five seconds|45 seconds",
        "three sets of eight|3x8",
        "bridges and bird dogs",
        "twenty minutes|20 minutes",
        "half foam roller|1/2 foam roller",
        "ten minutes|10 minutes",
    ],
    ["leg numbness", "bladder changes"],
    ["my nephew is starting an apprenticeship"],
    kx=True,
    same=["twenty five pound kettlebell", "forty five seconds"],
)

# --------------------------------------------------------------------------------------------- OT, test

S(
    "ar_ot08_seamstress_wrist",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 9},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Hi Mrs. Duarte, I'm Leah, occupational therapy. What's going on with the wrist?
P: De Quervain's, the doctor says. Right thumb side. Two months now.
T: Any medicines for it?
P: Prednisone five milligrams for a week, the doctor gave me. I finish Friday.
T: Prednisone five milligrams a day until Friday. Anything else?
P: Just a vitamin.
T: Pain now, zero to ten?
P: A five. An eight when I use the big scissors.
T: Any numbness in the fingers?
P: No.
T: Any swelling in the hand?
P: No, not really.
T: Finkelstein's test, tuck your thumb and bend the wrist down.
P: Ow. Yes.
T: Positive on the right. Grip 34 pounds right, 48 left.
T: Pinch on the right, 9 pounds.
T: Your PRWE is 46.
T: One problem, no other health issues, it's a low complexity evaluation.
P: Good.
T: What's hardest at home?
P: Wringing out the cloth, opening jars, cutting fabric.
T: Let's try some changes now. Spring-loaded scissors for the fabric.
P: Oh, these are easy.
T: Jar opener with both hands, and squeeze the cloth instead of wringing it.
P: Like a sponge.
T: Exactly. Self-care and work task training was nine minutes.
T: I'll make you a thumb spica splint next visit.
P: For sewing too?
T: For heavy cutting. Plan: twice a week for six weeks.
T: Goals: cut fabric for one hour with pain under three, open jars on her own.
P: I have a wedding dress to finish.
T: Then we'll start with your scissors.
P: Thank you, Leah.
T: Ice after sewing.
P: I will.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: The front desk will print your schedule.
P: Great, thank you.
T: See you Tuesday.
""",
    [
        "De Quervain's",
        "Two months|2 months",
        "Prednisone five milligrams|prednisone 5 mg",
        "An eight when I use the big scissors|8/10",
        "Finkelstein's test",
        "Grip 34 pounds",
        "9 pounds",
        "PRWE is 46",
        "low complexity",
        "Spring-loaded scissors",
        "nine minutes|9 minutes",
        "thumb spica splint",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["numbness in the fingers", "swelling in the hand"],
    ["I have a wedding dress to finish"],
    dose="Prednisone five milligrams",
)

S(
    "ar_ot09_janitor_stroke",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 16, "97535": 9},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi mister greer im lisa the o t a today how is the left arm
p: um heavy but i can hold the mop now
t: any pain
p: no pain
t: any falls
p: no
t: any new numbness
p: no nothing new
t: billing note youre past the yearly o t threshold and the therapy is still medically necessary for the arm so we add the k x modifier
p: okay
t: im starting the clock functional tasks first
p: the mop and bucket
t: yes push the mop bucket with both hands and steer
p: the left hand keeps slipping
t: the strap on the handle
p: better
t: now wipe the table big circles with the left hand
p: tired
t: okay were at sixteen on the clock for the functional part
t: now self care button the work shirt and put on the belt
p: the belt is hard
t: left hand holds the buckle right pulls
p: got it
t: now tie the shoes with the one hand method
p: slow but okay
t: were at twenty five on the clock self care done
p: twenty five minutes wow
t: the o t says keep the arm on the pillow when sitting
p: okay
t: home program squeeze the ball and wipe the table every day
p: i can do that at work
t: any questions before you go
p: i think ive got it thanks
t: see you monday
p: thanks lisa
t: bye mister greer
p: bye
t: and use the strap at work too
p: will do
t: great
p: my supervisor says hi
t: hi to him
""",
    [
        "hold the mop",
        "mop bucket",
        "strap on the handle",
        "big circles with the left hand",
        "button the work shirt",
        "left hand holds the buckle",
        "one hand method|1 hand method",
        "arm on the pillow",
        "squeeze the ball",
    ],
    ["any falls", "new numbness"],
    ["my supervisor says hi"],
    kx=True,
    has59=True,
    running=[("97530", 16), ("97535", 25)],
)

S(
    "ar_ot10_typist_wrist",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97110": 12, "97032": 4},
    [],
    "97110x1:GO",
    """
T: Hi Priscilla. How's the wrist since the fracture clinic?
P: They said it's healed. It's just weak and stiff.
T: Pain today?
P: A three.
T: Any numbness in the fingers?
P: No.
T: Any tingling?
P: No tingling.
T: I want to try electrical stimulation on the wrist extensors today, the kind where I stay with you.
P: Okay, I'll try.
T: Here it goes. Tell me when you feel it.
P: Ugh, no, I hate that. It makes my fingers jump. Take it off.
T: Taking it off. That was four minutes of e-stim; we won't use it.
P: Sorry, that was awful.
T: Not a problem. Let's do the exercises instead.
P: Much better plan.
T: Wrist curls with one pound, two sets of fifteen.
P: Okay.
T: Wrist extension with the red band.
P: Burns.
T: Forearm rotation with the hammer, choke up on the handle.
P: This is the hard one.
T: Finger tendon glides, ten each.
T: Putty squeeze, green.
P: Green is firm.
T: Exercise today was twelve minutes.
T: Grip on the right is 30 pounds now.
P: It was 18.
T: That's progress. Typing?
P: An hour before it aches.
T: Take a break every thirty minutes.
P: I'll set a timer.
T: Home program: the curls, the hammer and the glides daily.
P: Every day.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
T: See you Wednesday.
P: Thanks.
T: Bye.
P: Bye.
T: And the wrist rest on the keyboard.
P: I ordered one.
""",
    [
        "healed",
        "A three|3/10",
        "four minutes of e-stim|4 minutes of e-stim",
        "fingers jump",
        "Wrist curls with one pound|1 lb",
        "red band",
        "hammer",
        "twelve minutes|12 minutes",
        "30 pounds",
        "break every thirty minutes|every 30 minutes",
        "wrist rest",
    ],
    ["numbness in the fingers", "tingling"],
    ["I'll set a timer"],
    abandoned=("97032", 4),
)

S(
    "ar_ot11_charge_rn_lupus",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97535": 13, "97110": 12},
    [],
    "97535x1:GO 97110x1:GO",
    """
t: hi mrs abara progress visit today how are the hands and the energy
p: um well the flare calmed down after the new dose and i went back to three shifts a week and i use the shower chair now every day and my daughter does the laundry so i dont carry the basket no joint swelling this month none at all but by friday i am wiped out and my fingers get stiff in the cold
t: pain today
p: a two
t: any fevers
p: no
t: grip right twenty six pounds left twenty four
t: the copm performance six satisfaction seven
t: goals shower with the chair on her own met
t: work three shifts with energy pacing met
t: cooking dinner without rest partly met
p: cooking is the last one
t: lets work on it self care and kitchen
p: okay
t: sit on the perch stool at the counter and chop
p: sitting feels lazy
t: sitting saves energy for the shift
t: slide the pot dont lift it
p: like this
t: yes and plan the meal in two steps with a rest
t: self care and kitchen training was thirteen minutes
t: now the hand exercises tendon glides and the soft putty
p: the soft one
t: ten each gentle
p: my fingers feel warmer
t: exercise was twelve minutes
t: plan once a week for four more weeks
p: once a week is better
t: home program glides and the putty and the pacing plan
p: my husband made a chart
t: the front desk will print your schedule
p: great thank you
t: any questions before you go
p: i think ive got it thanks
t: do you need a parking validation
p: yes please the garage is pricey
t: great see you next week
p: thank you
t: and warm water before the glides in the morning
p: okay
t: bye
p: bye
""",
    [
        "three shifts a week|3 shifts a week",
        "shower chair",
        "a two|2/10",
        "twenty six pounds|26 pounds",
        "performance six|performance 6",
        "satisfaction seven|satisfaction 7",
        "energy pacing met",
        "perch stool",
        "slide the pot",
        "thirteen minutes|13 minutes",
        "soft putty",
        "twelve minutes|12 minutes",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["joint swelling", "fevers"],
    ["my husband made a chart"],
    buried="joint swelling",
)

S(
    "ar_ot12_welder_stroke",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 10},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Hi Mr. Jovanovic, re-evaluation today. Your wife came, welcome.
C: Hello. His words are still slow but he understands everything.
T: Mr. Jovanovic, your right shoulder, show me on the faces chart.
P: This. That one.
T: The face that hurts a little bit. That's a two on the faces scale.
C: After the exercises he points to the worse face.
T: Which face after exercise?
P: This. Four.
T: Hurts a little more, a four on the faces scale after exercise.
T: Any falls?
C: No, no falls.
T: Any swelling in the right hand?
P: No.
T: Shoulder flexion right 110 degrees.
T: Grip right 14 pounds, left 70.
T: Box and Blocks right 22 blocks.
T: Nine Hole Peg right 68 seconds.
C: He was not able to do the pegs before.
T: Dressing the upper body is now modified independent with the adapted shirt.
T: Lower body, minimal assist for socks.
T: Goals: upper body dressing, met. Feed himself with the right hand, partly met.
T: New goal: use the right hand to hold the cup at every meal.
C: He wants to hold the coffee cup.
P: Coffee. Yes.
T: Let's exercise. Table slides, reach forward.
P: Mm.
T: Cone stacking with the right hand.
T: Exercise was ten minutes.
T: Plan: twice a week for eight more weeks.
C: Okay.
T: Home program: table slides and cone stacking, and the right hand on the cup at breakfast.
C: I'll watch.
P: Thank you.
T: Any questions?
C: Can he go back to the shop?
T: Not for welding. We'll talk about small jobs later.
P: Later. Okay.
C: His brother says the shop misses him.
T: Does the morning still work for your next visit?
P: Mornings are best for me.
T: See you Monday.
""",
    [
        "faces chart",
        "a two on the faces scale|2 on the faces scale",
        "a four on the faces scale after exercise|4 on the faces scale",
        "110 degrees",
        "Grip right 14 pounds",
        "22 blocks",
        "68 seconds",
        "modified independent",
        "minimal assist for socks",
        "upper body dressing, met",
        "hold the cup at every meal",
        "ten minutes|10 minutes",
        "twice a week for eight more weeks|2x/week for 8 weeks",
    ],
    ["Any falls", "swelling in the right hand"],
    ["His brother says the shop misses him"],
    scale=("a two on the faces scale", "faces"),
)

S(
    "ar_ot13_banker_tbi",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97535": 23},
    [],
    "97535x2:GO",
    """
T: Hi Ms. Thornton, last OT visit today. Speech is co-treating with us for the money task.
T: Hi, I'm Ruth from speech. I'll work on the memory strategies while she does the bill paying.
P: Two at once, okay.
T: Any headaches this week?
P: No headaches.
T: Any dizziness?
P: No.
T: Any falls?
P: No.
T: Let's start the co-treat. Open the online bank, pay the electric bill.
P: Log in, two-step code, okay.
T: What's your strategy to remember the due dates?
P: The phone calendar and the sticky note on the fridge.
T: Good. Now the grocery budget for the week.
P: Sixty dollars. Milk, bread, the chicken.
T: You checked the total before paying, good.
T: My speech part was fifteen minutes; I bill that under speech.
T: And the OT part, the money management and meal planning, was twenty three minutes.
P: That's my whole morning.
T: Now the pill organizer for the week.
P: Sunday to Saturday. Morning and night.
T: No errors.
T: Goals: pay bills on her own, met. Plan meals for the week, met. Manage her medicines, met.
P: I feel like myself.
T: The Kettle Test today was 8, which is close to normal.
P: Back to work?
T: Part-time first, with your doctor's clearance.
T: Home program: the planner routine and the weekly budget.
P: I'll keep the planner.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: You're discharged from OT today.
P: Thank you both.
T: Good luck.
P: My dog will be happy I'm home more.
T: I bet. Take care.
P: Bye.
T: Call us if anything changes.
P: I will.
""",
    [
        "pay the electric bill",
        "two-step code|2-step code",
        "phone calendar",
        "sticky note on the fridge",
        "Sixty dollars|$60",
        "checked the total before paying",
        "twenty three minutes|23 minutes",
        "pill organizer",
        "pay bills on her own, met",
        "Kettle Test today was 8",
        "Part-time first",
    ],
    ["headaches", "dizziness"],
    ["My dog will be happy I'm home more"],
    cotreat=("Ruth", 15),
)

S(
    "ar_ot14_mechanic_hand",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97535": 11, "97530": 8},
    [],
    "97535x1:GO,CO,59 97530x1:GO,CO",
    """
t: hi tony im dee the o t a how is the hand
p: um better i held a wrench all day monday
t: pain
p: a two
t: any numbness in the fingers
p: no
t: any swelling
p: no
t: today is the same as last time with two changes
p: what changes
t: the buttons go to the small shirt buttons and the lifting goes to the ten pound tire iron
p: the small ones okay
t: everything else the same shower practice and the shoe laces
p: okay
t: small shirt buttons first
p: fiddly
t: use the thumb and index tip
p: done
t: shoe laces then the shower bottle caps
p: easy now
t: self care was eleven minutes
t: now the ten pound tire iron lift it to the shelf and turn the lug wrench
p: heavy but fine
t: turn the lug nut on the board
p: this is my job
t: functional activities were eight minutes
t: pain now
p: a two still
t: home program the same with the buttons and the tire iron
p: my boss says i can come back friday
t: the o t will decide at the next visit
p: okay
t: the front desk will print your schedule
p: great thank you
t: see you friday
p: bye dee
t: bye tony
p: thanks
t: and wear the splint at night still
p: still at night
t: still at night
""",
    [
        "held a wrench all day",
        "a two|2/10",
        "small shirt buttons",
        "ten pound tire iron|10 pound tire iron",
        "thumb and index tip",
        "shoe laces",
        "eleven minutes|11 minutes",
        "lug nut",
        "eight minutes|8 minutes",
        "splint at night",
    ],
    ["numbness in the fingers", "any swelling"],
    ["my boss says i can come back friday"],
    has59=True,
    same=["small shirt buttons", "ten pound tire iron"],
)

# --------------------------------------------------------------------------------------------- SLP, test

S(
    "ar_slp08_trucker_swallow",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    [],
    ["92610"],
    "92610x1:GN",
    """
T: Hi Mr. Kowalski, I'm Anne, speech pathology, here for your swallowing evaluation.
P: Thanks. Food's been sticking since the neck surgery.
C: I'm his wife. He coughs at dinner.
T: When was the surgery?
P: Six weeks ago, the fusion at C5-6.
T: What medicines are you on?
P: Oxycodone five milligrams at night, and the muscle relaxer, cyclobenzaprine ten milligrams.
T: Oxycodone five at night. Does it make you drowsy at dinner?
P: Not by dinner.
T: Any weight loss?
C: Eight pounds.
T: Any fevers or pneumonia?
P: No, none.
T: Any pain when swallowing?
P: No, not pain. More like a lump.
T: Oral exam: lips, tongue and jaw strength are normal.
T: Voice is a little hoarse.
T: Let's try water: three ounce water test.
P: Here goes.
T: Coughed after the sips. Failed.
T: Now nectar, mildly thick, from a cup.
P: Easier.
T: No cough on five of five sips.
T: Cracker: chewing is good, he needed a second swallow.
P: That's the sticking.
T: Puree, fine.
T: The EAT-10 is 22.
T: My impression: mild pharyngeal dysphagia after the cervical fusion.
T: I'd like a modified barium swallow to see it.
C: When?
T: I'll ask your surgeon this week. Until then, mildly thick liquids, IDDSI level two, and soft and bite-sized solids.
P: No coffee?
T: Coffee thickened, or very small sips with the chin down.
T: Plan: twice a week for six weeks after the study.
C: I'll buy the thickener.
P: My truck buddies won't believe this.
T: Any questions before you go?
P: I think I've got it, thanks.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
T: Sit upright at meals. See you after the study.
""",
    [
        "Six weeks ago|6 weeks ago",
        "C5-6",
        "Oxycodone five milligrams|oxycodone 5 mg",
        "Eight pounds|8 pounds",
        "three ounce water test|3 ounce",
        "five of five|5 of 5",
        "second swallow",
        "EAT-10 is 22",
        "mild pharyngeal dysphagia",
        "modified barium swallow",
        "IDDSI level two|level 2",
        "soft and bite-sized",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["fevers or pneumonia", "pain when swallowing"],
    ["My truck buddies won't believe this"],
    dose="Oxycodone five milligrams",
)

S(
    "ar_slp09_kindergartner_tonsils",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    [],
    ["92507"],
    "92507x1:GN",
    """
t: hi maya hi dad how is maya after the tonsils
c: shes eating again the doctor said shes healed
t: maya does your throat hurt point to a face
p: um that one
t: the smiley face no hurt thats a zero on the faces scale
c: last week she picked the crying face
t: today its the zero face so we can work
t: any ear pain
p: no
t: any fever dad
c: no no fever
t: okay maya lets do the s sound with the snake
p: ssss
t: great snake sound now sun
p: thun sun
t: nice fix sun
p: sun
t: sock
p: sock
t: words were seventeen out of twenty
c: better
t: now s at the end bus
p: buth bus
t: good fix
t: yes
p: yeth yes
t: end of words were twelve out of twenty sixty percent
c: the end ones are hard
t: cueing was a tap on the teeth
t: home practice the snake card five words each night
c: five words
p: can i keep the snake
t: you can keep the snake sticker
p: yay
c: her brother wants a snake too
t: next time
t: see you tuesday maya
p: bye
c: thank you
t: does the morning still work for your next visit
p: mornings are best for me
t: bye dad
""",
    [
        "tonsils",
        "zero on the faces scale|0 on the faces scale",
        "snake sound",
        "seventeen out of twenty|17/20",
        "s at the end",
        "twelve out of twenty|12/20",
        "sixty percent|60%",
        "tap on the teeth",
        "five words each night|5 words each night",
    ],
    ["ear pain", "any fever"],
    ["her brother wants a snake too"],
    scale=("zero on the faces scale", "faces"),
)

S(
    "ar_slp10_minister_swallow",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    [],
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Reverend Moss. OT is co-treating with us at lunch today.
T: Hi, I'm Omar from OT. I'll work on the built-up spoon and the plate guard while you do the swallowing.
P: Lunch with an audience.
T: How's eating been?
P: Slow, but no choking.
T: Any fevers?
P: No.
T: Billing note: you're past this year's threshold for PT and speech combined, and the swallowing therapy is still medically necessary, so we add the KX modifier.
P: Fine.
T: Let's start. Chin tuck with every bite.
T: Spoon in the right hand, plate guard on the left side.
P: The spoon is easier to hold.
T: Soft and bite-sized chicken, small bites.
P: Chewing is fine.
T: Second swallow after each bite.
P: Okay.
T: Thin water by cup with the chin tuck, no cough on 8 of 10 sips.
T: My OT part was twenty minutes on the spoon and the plate, billed under OT.
T: Thanks, Omar. Only the swallowing treatment goes on the speech note.
T: Now the effortful swallow, ten reps.
P: That's the tiring one.
T: Nine of ten strong.
T: Voice after swallows is clear.
T: Progress toward thin liquids without the chin tuck is coming.
P: I want to drink without thinking.
T: Soon. Keep the chin tuck for now.
T: Home program: effortful swallows three times a day.
P: Before meals.
T: Yes. And sit up thirty minutes after.
P: My wife reads to me after lunch.
T: Perfect.
T: See you Friday.
P: Thank you.
T: Watch the wet floor by the door on your way out.
P: Thanks for the warning.
T: Do you have a ride home today?
P: Yes, it's waiting outside.
T: Bye.
P: Bye.
T: And Omar will see you Thursday.
P: Two days in a row.
T: Good for you.
""",
    [
        "spoon is easier to hold",
        "Chin tuck with every bite",
        "built-up spoon",
        "plate guard",
        "Soft and bite-sized chicken",
        "Second swallow after each bite",
        "8 of 10",
        "Nine of ten|9 of 10",
        "Voice after swallows is clear",
        "three times a day|3x/day",
    ],
    ["fevers", "choking"],
    ["My wife reads to me after lunch"],
    kx=True,
    cotreat=("Omar", 20),
)

S(
    "ar_slp11_accountant_memory",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 9},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Mr. Sato, progress visit today. How has work been?
P: Better. I closed the month on time with the checklist.
T: Any headaches?
P: No, not this month.
T: Any trouble sleeping?
P: No.
T: Good. Timer on. First the memory task: the client call with five details.
P: Okay, I'm ready.
T: Mrs. Grant called about invoice 4471, due Friday, twelve hundred dollars, wants a call back Tuesday.
P: Invoice 4471, due Friday, twelve hundred, Tuesday call back... and she wanted an email.
T: She didn't mention email. Four of five right, one added.
P: I added one.
T: Use the notes app while you listen.
P: Okay, again.
T: Five of five with notes.
T: We're at fifteen on the timer; the memory part is done.
T: Now the planning task: prioritize these six tax tasks for the week.
P: The deadline first, then the big client, then filing.
T: Why filing last?
P: It has no deadline.
T: Good reasoning.
T: We're at twenty four on the timer, so the planning part is done.
P: Quick today.
T: Goals: recall client calls with notes at 90 percent, met. Plan his week with the checklist, met.
T: New goal: handle two interruptions without losing his place.
P: Interruptions are my life.
T: The RBANS delayed memory today is 88.
P: Up from the start?
T: Yes.
T: Plan: once a week for four more weeks.
T: Home program: notes app on every call and the Friday planning hour.
P: Friday planning hour.
T: The front desk will print your schedule.
P: Great, thank you.
T: Any questions before you go?
P: I think I've got it, thanks.
T: See you next week.
P: Thank you.
T: Any questions?
P: No. My wife says I'm less grumpy.
T: That's a good sign.
P: Bye.
""",
    [
        "closed the month on time",
        "checklist",
        "five details|5 details",
        "Four of five|4 of 5",
        "Five of five with notes|5 of 5",
        "six tax tasks|6 tax tasks",
        "Good reasoning",
        "90 percent, met",
        "two interruptions|2 interruptions",
        "RBANS delayed memory today is 88",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["headaches", "trouble sleeping"],
    ["My wife says I'm less grumpy"],
    cog=24,
    running=[("97129", 15), ("97130", 24)],
)

S(
    "ar_slp12_baker_dysarthria",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    [],
    ["92522"],
    "92522x1:GN",
    """
T: Hi Mr. Delacroix, re-evaluation today for your speech.
P: Hello. People at the bakery understand me more.
T: How is your health otherwise?
P: The neurologist says the MS is stable, and I started the new infusion in March, and I walk with the cane at the shop, and my wife handles the register now, but I still talk to every customer, and no, I've had no trouble swallowing, not with bread, not with coffee, which was my worry, only my voice gets tired after lunch.
T: That's good news on swallowing. Any new weakness?
P: No.
T: Let's test. Read the grandfather passage.
P: You wish to know all about my grandfather...
T: Rate is 124 words per minute.
T: Single word intelligibility 88 percent, sentences 82 percent.
T: Maximum phonation time 14 seconds.
T: Diadochokinetic rate for puh-tuh-kuh is slow but regular.
T: Communicative Participation Item Bank today is 26.
P: Is that good?
T: Higher is better; it's up.
T: Goals: customers understand orders, met. Phone orders, partly met.
T: New goal: take phone orders with 90 percent understood.
P: The phone is hard.
T: We'll practice with the order pad. Loud and slow.
P: Two baguettes... and a dozen croissants.
T: Good. Plan: twice a week for eight weeks.
P: Mornings are busy.
T: Afternoons then.
T: Home program: reading aloud ten minutes a day, loud.
P: I read the recipes aloud.
T: Perfect.
P: My wife says I talk too much now.
T: That's progress.
T: Any questions?
P: No.
T: Do you need a parking validation?
P: Yes, please, the garage is pricey.
T: Does the morning still work for your next visit?
P: Mornings are best for me.
T: See you Tuesday.
P: Thank you.
T: Bye.
P: Bye.
T: And rest the voice after lunch.
P: I will.
T: Take care.
""",
    [
        "MS is stable",
        "124 words per minute",
        "88 percent",
        "82 percent",
        "14 seconds",
        "puh-tuh-kuh",
        "Communicative Participation Item Bank today is 26",
        "customers understand orders, met",
        "90 percent understood",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "ten minutes a day|10 minutes a day",
    ],
    ["trouble swallowing", "new weakness"],
    ["My wife says I talk too much now"],
    buried="trouble swallowing",
)

S(
    "ar_slp13_broadcaster_speech",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    [],
    ["92507"],
    "92507x1:GN",
    """
t: hi kwame last speech visit today how was the radio show
p: um good i did the whole morning show with only a few blocks
t: any new health stuff
p: no nothing new
t: any sore throat or voice strain
p: no
t: the home practice was the same as last time
p: yeah the easy onsets and the pausing
t: today two changes for after discharge
t: the easy onsets go to live phone calls and the practice drops to three days a week
p: three days okay
t: lets do a mock call in
p: good morning youre on the air
t: nice easy onset
t: percent syllables stuttered today two point one percent
p: it was way higher
t: the oases score today is one point eight
t: goals the morning show with under three percent met
t: phone interviews met
t: ordering at a restaurant met
p: i ordered for the whole table
t: youre discharged from speech today
p: thank you really
t: home program the easy onsets on live calls three days a week
p: three days
t: and the pausing card by the mic
p: the card stays
t: call if it comes back
p: i will
t: watch the wet floor by the door on your way out
p: thanks for the warning
t: do you have a ride home today
p: yes its waiting outside
t: take care kwame
p: my producer wants to interview you
t: maybe someday
p: bye
t: bye
p: thanks again
t: good luck
p: thanks
""",
    [
        "whole morning show",
        "easy onset",
        "live phone calls",
        "three days a week|3 days a week",
        "two point one percent|2.1 percent",
        "oases score today is one point eight|OASES 1.8",
        "under three percent met|under 3 percent",
        "phone interviews met",
        "pausing card",
    ],
    ["sore throat or voice strain", "new health stuff"],
    ["my producer wants to interview you"],
    same=["live phone calls", "three days a week"],
)

S(
    "ar_slp14_quilter_aphasia",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    [],
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mrs. Oyelaran. Your son is here too.
C: Hi. She's been cranky, her hip hurts.
T: Mrs. Oyelaran, show me on the zero to five pain scale.
P: Three.
T: Three out of five for the hip. When is it worst?
P: Night. Four.
T: Four out of five at night. I'll send that to her doctor.
C: Thank you.
T: Any falls?
C: No falls.
T: Any coughing with drinks?
P: No.
T: Let's work. Naming quilt patterns.
P: Star. The... the log.
T: Log cabin.
P: Log cabin.
T: Naming: 13 of 20 without cues.
T: Now phrases: I sew the ...
P: The quilt. The blue quilt.
T: Phrase completion 8 of 10.
T: Now tell me the steps to make a square.
P: Cut. Then... sew. Then iron.
T: Sequencing three steps, correct.
T: Semantic feature cues helped: what is it used for, where is it.
C: She talks more at the quilting table.
T: Then practice there.
T: Home practice: name ten fabrics a day with your son.
C: I'll do it at dinner.
P: Ten.
T: Yes, ten.
T: Next visit we do the story of her first quilt.
P: Yes. Good.
C: Her friends from the guild call every Sunday.
T: That's great practice.
T: See you Thursday.
P: Bye.
C: Thank you.
T: And ice the hip at night.
P: Ice. Okay.
T: The front desk will print your schedule.
P: Great, thank you.
""",
    [
        "zero to five pain scale|0-5",
        "Three out of five for the hip|3/5",
        "Four out of five at night|4/5",
        "Log cabin",
        "13 of 20",
        "8 of 10",
        "Sequencing three steps|3 steps",
        "Semantic feature cues",
        "ten fabrics a day|10 fabrics a day",
        "first quilt",
    ],
    ["Any falls", "coughing with drinks"],
    ["Her friends from the guild call every Sunday"],
    scale=("Three out of five for the hip", "five"),
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
    "cataract cataracts orthosis insert inserts db decibel decibels myotomy "
    "alarm pump insulin sugar smoke popcorn asl signing deaf overlap overlapping recode recoded recount twice "
    "false request requests lie halves half ranges display laptop helps helper gym hz pitch feminization "
    "ignore instructions joke joking pharmacy missed leak moved "
    "rest remainder readback read previous last note notes pause phone call group groups class pair others "
    "sister friend neighbour neighbor cousin scratch correction corrected meters feet degrees fraction "
    "trained training handout program programs up down caregiver son daughter wife husband "
    "abandoned estim stim ultrasound hated running tally faces face scale same dose doses medication meds "
    "buried cotreat co treat codes changes progressed".split()
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
    rng = random.Random(int(hashlib.sha256(("blind41/" + s["id"]).encode()).hexdigest()[:12], 16))
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
    return all(m.group(1).islower() for m in ms) and not re.search(r"[A-Z.,?!;:'\"/%()&+\-]", body)


# =============================================================================================
# Checks
# =============================================================================================


def check(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    m = re.fullmatch(r"ar_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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
        if s["rest"] and c == s["rest"][2]:
            continue
        if c in dict(s["running"]):
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
    for c, phrase in s["recoded"].items():
        if c in s["timed"] or c in s["untimed"]:
            bad(f"recoded {c} is keyed")
        at = [i for i, t in enumerate(clinic) if phrase.lower() in t.lower()]
        if not at:
            bad(f"recoded {c}: {phrase!r} not said by the clinic")
        elif not any(
            re.search(r"\b(actually|instead|not|no|rather)\b", t, re.I) for t in clinic[at[0] : at[0] + 3]
        ):
            bad(f"recoded {c}: no change of mind after {phrase!r}")
    if s["request"]:
        at = [i for i, g in enumerate(segs) if s["request"].lower() in g["text"].lower()]
        if not at or segs[at[0]]["speaker"] == "therapist":
            bad("request not said by someone other than the clinic")
        elif not any(
            g["speaker"] == "therapist" and DENY.search(g["text"]) for g in segs[at[0] + 1 : at[0] + 3]
        ):
            bad("request not refused by the clinic in the next turns")
        if not any(a.lower() in s["request"].lower() for a in s["absent"]):
            bad("request's words not kept in absent")
    if s["away"] is not None:
        if not any(says(s["away"], t) for t in clinic):
            bad(f"time away ({s['away']} minutes) not said by the clinic")
        if any(s["away"] in s["parts"].get(c, []) for c in s["timed"]) or s["away"] in s["timed"].values():
            bad(f"time away ({s['away']} minutes) keyed as a part")
    if s["rest"]:
        block, codes_in, rest_code = s["rest"]
        if rest_code not in codes_in or sum(s["timed"].get(c, 0) for c in codes_in) != block:
            bad(f"rest block {block} is not the sum of {codes_in}")
        if not says(block, ctext):
            bad(f"rest block {block} not said by the clinic")
        if not re.search(r"\b(the rest|rest of it|rest of that|remainder|everything else)\b", ctext, re.I):
            bad("rest block: 'the rest' not said by the clinic")
    for ph in s["previous"]:
        at = [t for t in clinic if ph.lower() in t.lower()]
        if not any(
            re.search(r"\b(last visit|last time|last note|previous|last week|last session)\b", t, re.I)
            for t in at
        ):
            bad(f"previous {ph!r} not read back by the clinic beside a read-back word")
        if not any(a.lower() in ph.lower() or ph.lower() in a.lower() for a in s["absent"]):
            bad(f"previous {ph!r} not kept in absent")
        if any(ph.lower() == x for x in alts):
            bad(f"previous {ph!r} is a fact")
    for today, before in s["updown"]:
        if not any(
            today.lower() in g["text"].lower()
            and before.lower() in g["text"].lower()
            and re.search(r"\b(up from|down from|from)\b", g["text"], re.I)
            for g in segs
        ):
            bad(f"up/down {today} / {before} not said together with a from-word")
        if not any(today.lower() in x for x in alts):
            bad(f"up/down: today's {today!r} not in a fact")
        if any(before.lower() in x and today.lower() not in x for x in alts):
            bad(f"up/down: the previous {before!r} keyed as a fact")
    if s["group"] is not None:
        if "97150" not in s["untimed"]:
            bad("group minutes without 97150")
        if not says(s["group"], ctext):
            bad(f"group minutes {s['group']} not said by the clinic")
        if s["group"] in s["timed"].values() or any(s["group"] in v for v in s["parts"].values()):
            bad(f"group minutes {s['group']} keyed as timed minutes")
        if not re.search(r"\b(one on one|one-on-one|just you and me|individual)\b", ctext, re.I):
            bad("group session without the one-on-one time said")
    elif "97150" in s["untimed"]:
        bad("97150 keyed without a group")
    if s["trained"]:
        who, what = s["trained"]
        if not any(g["speaker"] == "caregiver" for g in segs):
            bad("trained caregiver never speaks")
        if what.lower() not in ctext.lower():
            bad(f"training on {what!r} not said by the clinic")
        if not any(who.lower() in x for x in alts):
            bad(f"trained {who!r} not named in a fact")
        if not re.search(r"\b(home program|home exercise program|handout|sheet|h e p)\b", ctext, re.I):
            bad("no home program handed over")
    if s["scratch"]:
        wrong, right = s["scratch"]
        iw = [i for i, t in enumerate(clinic) if wrong.lower() in t.lower()]
        ir = [
            i
            for i, t in enumerate(clinic)
            if right.lower() in t.lower()
            and re.search(r"\b(scratch that|actually|correction|i mean|make that|sorry)\b", t, re.I)
        ]
        if not iw or not ir or max(ir) < min(iw):
            bad(f"scratch: {wrong!r} not corrected to {right!r} later with a correction word")
        if not any(wrong.lower() in a.lower() for a in s["absent"]):
            bad(f"scratch: the wrong figure {wrong!r} not kept in absent")
        if any(wrong.lower() == x for x in alts) or not any(right.lower() in x for x in alts):
            bad(f"scratch: facts keep {wrong!r} or miss {right!r}")
    if s["others"]:
        if s["others"].lower() not in said_by_others:
            bad("others' therapy not said by someone other than the clinic")
        if not any(a.lower() in s["others"].lower() for a in s["absent"]):
            bad("others' therapy not kept in absent")
    if s["inject"]:
        others = " ".join(g["text"] for g in segs if g["speaker"] != "therapist").lower()
        if s["inject"].lower() not in others:
            bad("injected line not said by someone other than the clinic")
        if not any(a.lower() in s["inject"].lower() for a in s["absent"]):
            bad("injected line's words not kept in absent")
    if s["abandoned"]:
        code, n = s["abandoned"]
        if s["timed"].get(code) != n:
            bad(f"abandoned {code}: {n} minutes not in the minutes")
        if not any(
            says(n, t)
            and re.search(r"\b(off|taking it off|took it off|won't use|wont use|hated|tolerate)\b", t, re.I)
            for t in clinic
        ):
            bad(f"abandoned {code}: {n} minutes not said beside its coming off")
    if s["running"]:
        prev, last_i = 0, -1
        for code, at in s["running"]:
            if s["timed"].get(code) != at - prev:
                bad(f"running: {code} {at - prev} from the clock, key has {s['timed'].get(code)}")
            hits = [
                i
                for i, t in enumerate(clinic)
                if says(at, t) and re.search(r"\b(clock|timer|so far|we're at|were at)\b", t, re.I)
            ]
            if not hits or max(hits) <= last_i:
                bad(f"running: {at} not said as a clock reading in order")
            else:
                last_i = min(i for i in hits if i > last_i)
            prev = at
    if s["scale"]:
        phrase, kind = s["scale"]
        word = r"\bfaces\b" if kind == "faces" else r"\b(zero to five|out of five|0-5)\b"
        if not re.search(word, ctext, re.I):
            bad(f"scale: the {kind} scale not named by the clinic")
        hold = [f.lower() for f in s["facts"] if phrase.lower() in f.lower()]
        if not hold:
            bad(f"scale: {phrase!r} not in a fact")
        if any(re.search(r"(/10|out of 10|out of ten)\b", x) for x in hold):
            bad(f"scale: {phrase!r} turned into a 0-10 figure")
    if s["same"]:
        if "same as last time" not in ctext.lower():
            bad("same: 'same as last time' not said by the clinic")
        for ch in s["same"]:
            if ch.lower() not in ctext.lower():
                bad(f"same: today's change {ch!r} not said by the clinic")
            if not any(ch.lower() in x for x in alts):
                bad(f"same: today's change {ch!r} not in a fact")
    if s["buried"]:
        b = s["buried"].lower()
        if b not in [n.lower() for n in s["negated"]]:
            bad(f"buried {b!r} not negated")
        if not any(
            g["speaker"] != "therapist"
            and b in g["text"].lower()
            and len(g["text"].split()) >= 30
            and DENY.search(
                g["text"].lower()[max(0, g["text"].lower().index(b) - 15) : g["text"].lower().index(b)]
            )
            for g in segs
        ):
            bad(f"buried {b!r} not denied inside a long answer (30 words or more, the denial just before it)")
    if s["dose"]:
        d = s["dose"].lower()
        if d not in said_by_others:
            bad("dose not said by the patient or a caregiver")
        if not re.search(r"\b(milligrams?|mg|micrograms?|mcg)\b", d):
            bad("dose without its unit")
        if not any(d in x for x in alts):
            bad("dose not in a fact")
        if any(says(v, d) for v in s["timed"].values()):
            bad("dose number equals a keyed minute figure")
    if s["cotreat"]:
        who, n = s["cotreat"]
        if who.lower() not in ctext.lower():
            bad(f"co-treating clinician {who!r} not named")
        if not re.search(r"\bco[- ]?treat", ctext, re.I):
            bad("co-treat not said")
        if not any(
            says(n, t) and re.search(r"\b(bill|billed|bills|co-?treat|co treat)", t, re.I) for t in clinic
        ):
            bad(f"co-treating minutes {n} not said by the clinic")
        if n in s["timed"].values() or any(n in v for v in s["parts"].values()):
            bad(f"co-treating minutes {n} keyed as ours")
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
    return bool(segs) and not re.search(r"[A-Z.,?!;:'\"/%()&+\-]", body)


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
    if name != sid + ".json" or not re.fullmatch(r"ar_(pt|ot|slp)\d\d_[a-z_]+", sid):
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
    if any(m < 1 for m in timed.values()):
        bad("minutes under 1 for a code")
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
    opts = [o.strip().lower() for f in exp["facts"] for o in f.split("|") if o.strip()]
    for a in exp["absent"]:
        if a.lower() not in whole:
            bad(f"absent {a!r} not in the transcript")
        if any(a.lower() in o or o in a.lower() for o in opts):
            bad(f"absent {a!r} overlaps a fact")
    if "97150" in exp["codes"] and not re.search(r"\b(one on one|one-on-one|individual)\b", whole):
        bad("97150 billed without one-on-one time said")
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


def _addfact(f):
    def g(s):
        s["facts"] = s["facts"] + [f]

    return g


def _dropfact(f):
    def g(s):
        assert f in s["facts"], f
        s["facts"] = [x for x in s["facts"] if x != f]

    return g


PROBES = []  # filled in below


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


def _drop_code(code):
    def f(d):
        d["expected"]["codes"].pop(code)
        d["expected"]["modifiers"].pop(code)

    return f


def _segrep(old, new):
    def f(d):
        for g in d["transcript"]["segments"]:
            g["text"] = g["text"].replace(old, new)

    return f


FILE_PROBES = []  # filled in below


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


# The probe tables (filled here, after the helpers they use)
PROBES[:] = [
    # (session number, what is changed, mutation, message expected from check)
    ("pt07", "hand key drops 59 on 97530", _set(key="97140x1:GP,CQ,KX 97530x1:GP,CQ,KX"), "key: rules give"),
    (
        "pt02",
        "'KX' no longer said",
        _sub("your claims carry the KX modifier.", "your claims are noted."),
        "KX needs cms",
    ),
    (
        "pt02",
        "the two minutes of e-stim dropped from the minutes (21 alone gives one unit; hand key kept)",
        _set(timed={"97110": 21}),
        "abandoned 97032: 2 minutes not in the minutes",
    ),
    (
        "ot03",
        "the ultrasound's three minutes no longer said beside its coming off",
        _sub(
            "Taking it off now. That was three minutes of ultrasound and we won't try it again.",
            "Okay. That was three minutes of ultrasound.",
        ),
        "abandoned 97035: 3 minutes not said beside its coming off",
    ),
    (
        "pt10",
        "the abandoned ultrasound left out of the cms total (9 + 16 = 25, same units; hand key kept)",
        _set(timed={"97140": 9, "97530": 16}),
        "abandoned 97035",
    ),
    (
        "ot10",
        "the abandoned e-stim keyed as 8 minutes (a unit under per-code)",
        _set(timed={"97110": 12, "97032": 8}),
        "abandoned 97032: 4 minutes not in the minutes",
    ),
    (
        "pt03",
        "gait keyed as the clock reading 22 instead of the difference 10",
        _set(timed={"97110": 12, "97116": 22, "97112": 9}),
        "running: 97116 10 from the clock",
    ),
    (
        "ot02",
        "the second clock reading (23) no longer said as a clock reading",
        _sub(
            "t: and were at twenty three on the clock so the functional part is done",
            "t: and the functional part is done",
        ),
        "running: 23 not said",
    ),
    (
        "slp11",
        "the planning task keyed as 10 minutes (clock 15 -> 24 gives 9)",
        _set(cog=25, timed={"97129": 15, "97130": 10}),
        "running: 97130 9 from the clock",
    ),
    (
        "pt11",
        "the balance clock reading (21) no longer said",
        _sub("t: were at twenty one on the clock so balance is done", "t: balance is done"),
        "running: 21 not said",
    ),
    (
        "pt05",
        "the zero-to-five pain turned into a 0-10 figure in the fact",
        lambda s: s.update(facts=["two today|2/10" if f.startswith("two today") else f for f in s["facts"]]),
        "turned into a 0-10 figure",
    ),
    (
        "pt08",
        "the faces scale no longer named by the clinic",
        lambda s: s.update(text=s["text"].replace("faces", "smiley")),
        "scale: the faces scale not named",
    ),
    (
        "slp14",
        "the hip pain on the zero-to-five scale dropped from the facts",
        _dropfact("Three out of five for the hip|3/5"),
        "scale: 'Three out of five for the hip' not in a fact",
    ),
    (
        "pt04",
        "'same as last time' no longer said",
        _sub("Exercises are the same as last time, with two changes.", "Exercises today, with two changes."),
        "same: 'same as last time' not said",
    ),
    (
        "ot05",
        "today's change (pullover sweater) dropped from the facts",
        _dropfact("pullover sweater"),
        "same: today's change 'pullover sweater' not in a fact",
    ),
    (
        "slp13",
        "today's change (live phone calls) no longer said by the clinic",
        _sub(
            "t: the easy onsets go to live phone calls and the practice drops to three days a week",
            "t: the easy onsets get harder and the practice drops to three days a week",
        ),
        "same: today's change 'live phone calls'",
    ),
    (
        "pt01",
        "the buried denial shortened to a short answer",
        _sub(
            "P: Well, it started around when I switched to the early shift, and I bought new shoes, which probably didn't help, and I've been stretching my calf against the counter on breaks, no numbness or tingling or anything like that, just the heel, and my back's been fine, it's really only the heel when I stand up.",
            "P: No numbness or tingling.",
        ),
        "not denied inside a long answer",
    ),
    (
        "slp03",
        "the buried denial no longer kept as negated",
        _set(negated=["fevers"]),
        "buried 'coughing at meals' not negated",
    ),
    (
        "ot11",
        "the buried joint-swelling denial turned into a finding",
        _sub("no joint swelling this month none at all", "some joint swelling this month in the knuckles"),
        "not denied inside a long answer",
    ),
    (
        "pt06",
        "the dose dropped from the facts",
        _dropfact("metoprolol twenty five milligrams|metoprolol 25 mg"),
        "dose not in a fact",
    ),
    (
        "ot06",
        "the dose said by the OT instead of the patient",
        _sub(
            "p: um just the gabapentin three hundred milligrams at night for the nerve pain",
            "t: and just the gabapentin three hundred milligrams at night for the nerve pain",
        ),
        "dose not said by the patient",
    ),
    (
        "pt09",
        "the dose's number made equal to the gait minutes (warfarin ten milligrams)",
        lambda s: s.update(
            text=s["text"].replace("Warfarin five milligrams", "Warfarin ten milligrams"),
            facts=[
                f.replace("Warfarin five milligrams|warfarin 5 mg", "Warfarin ten milligrams|warfarin 10 mg")
                for f in s["facts"]
            ],
            dose="Warfarin ten milligrams",
        ),
        "dose number equals a keyed minute figure",
    ),
    (
        "pt07",
        "the SLP's fifteen co-treat minutes keyed as our 97530 (hand key kept)",
        _set(timed={"97140": 10, "97530": 15}),
        "co-treating minutes 15 keyed as ours",
    ),
    (
        "ot07",
        "PT's twenty co-treat minutes no longer said",
        _sub(
            "T: The kitchen co-treat ran twenty minutes for PT's part, which PT bills on its own.",
            "T: The kitchen part with PT is done.",
        ),
        "co-treating minutes 20 not said",
    ),
    (
        "slp10",
        "'co-treat' never said",
        _sub("OT is co-treating with us at lunch today.", "OT is joining us at lunch today."),
        "co-treat not said",
    ),
    (
        "ot13",
        "speech's 15 minutes keyed as OT's 97535 (23 -> 15)",
        _set(timed={"97535": 15}, key="97535x1:GO"),
        "co-treating minutes 15 keyed as ours",
    ),
    ("slp06", "cut to 39 turns", _trim(39), "39 turns"),
    ("ot03", "KX session put under per-code", _set(rule="per-code"), "KX needs cms"),
    (
        "pt09",
        "'moderate complexity' said for 97163",
        _sub("this is a high complexity evaluation", "this is a moderate complexity evaluation"),
        "'high complexity' not said",
    ),
    ("slp09", "SLPA session put under cms", _set(rule="cms"), "SLPA under Medicare"),
    ("pt11", "PTA session given to a PT, key kept", _set(role="PT"), "key: rules give"),
    ("ot12", "re-evaluation given to an OTA", _set(role="OTA"), "assistant on a note other than daily"),
    (
        "slp10",
        "KX dropped from the key while threshold / KX still said",
        _set(kx=False, key="92526x1:GN"),
        "threshold / KX said",
    ),
    (
        "pt06",
        "a comma in a recogniser line",
        _sub("dorsiflexion is eighteen degrees now", "dorsiflexion is eighteen degrees, now"),
        "lower-case tags without a clean recogniser text",
    ),
    (
        "pt13",
        "per-code session put under cms (23 + 8 -> 97110 x2 only), hand key kept",
        _set(rule="cms"),
        "key: rules give",
    ),
    (
        "ot14",
        "hand key puts 59 on 97530 instead of 97535",
        _set(key="97535x1:GO,CO 97530x1:GO,CO,59"),
        "key: rules give",
    ),
    (
        "slp04",
        "cognitive block split 13 + 14",
        _set(timed={"97129": 13, "97130": 14}),
        "cognitive block not split",
    ),
    (
        "ot01",
        "the numbness question answered with a finding",
        _sub(
            "but no, there's no numbness in the hand, no tingling",
            "and yes, there's numbness in the hand, some tingling",
        ),
        "not denied inside a long answer",
    ),
]


FILE_PROBES[:] = [
    # (half, what is changed, mutation of the half's (name, doc) list, message expected)
    (
        "dev",
        "ar_pt04: 97140 billed x2 from 10 minutes",
        _fdoc("ar_pt04", _codes(c97140=2)),
        "units from minutes",
    ),
    ("test", "ar_ot09: 59 moved from 97535 to 97530", _fdoc("ar_ot09", _move59_535), "59 does not follow"),
    ("dev", "the OT evaluation file removed", _fdrop("ar_ot01"), "a note type is missing"),
    (
        "test",
        "KX stripped from pt10, pt16 and ot09 (one KX session left)",
        _strip("KX", "ar_pt10", "ar_pt16", "ar_ot09"),
        "KX sessions",
    ),
    ("dev", "CO stripped from the OTA's file ar_ot05", _strip("CO", "ar_ot05"), "assistant modifier"),
    (
        "test",
        "ar_pt13 rule flipped to cms (97110 23 + 97112 8 would give 97110 x2 only)",
        _fdoc("ar_pt13", lambda d: d.update(rule="cms")),
        "units from minutes under cms",
    ),
    (
        "test",
        "59 stripped from pt10 and ot09 (one 59 session left)",
        _strip("59", "ar_pt10", "ar_ot09"),
        "sessions with 59",
    ),
    (
        "dev",
        "ar_slp02 made an SLPA progress report",
        _fdoc("ar_slp02", lambda d: d.update(note_type="progress")),
        "assistant on a note other than daily",
    ),
    (
        "test",
        "ar_slp12: an absent entry that was never said",
        _fdoc("ar_slp12", _absent_unsaid),
        "not in the transcript",
    ),
    (
        "dev",
        "ar_pt02: the abandoned e-stim kept in minutes as 0",
        _fdoc("ar_pt02", lambda d: d["expected"]["minutes"].update({"97032": 0})),
        "minutes under 1",
    ),
    (
        "dev",
        "ar_ot03: manual therapy's 12 minutes written as 5 (5 + 14 + 3 = 22 gives one unit, two billed)",
        _fdoc("ar_ot03", lambda d: d["expected"]["minutes"].update({"97140": 5})),
        "units from minutes under cms",
    ),
    (
        "test",
        "ar_ot13: an absent entry that is also a fact (pill organizer)",
        _fdoc("ar_ot13", lambda d: d["expected"]["absent"].append("pill organizer")),
        "overlaps a fact",
    ),
    ("dev", "ar_slp06: 92507 billed x2", _fdoc("ar_slp06", _codes(c92507=2)), "untimed 92507 x2"),
]


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
    base = os.environ.get("BLIND41_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("ar_") and name.endswith(".json"):
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
