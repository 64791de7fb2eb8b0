#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), forty-second set (ids as_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind32-41
(what they pushed on) and the header, the `S(...)` record and the rules / text helpers / checks / probes
part of make_blind41.py (copied, then extended).  Running it:

  1. builds each transcript from its written beats (a few figure-free small-talk exchanges are added between
     beats, seeded by the id, to reach 40-60 turns; recogniser sessions are lower-cased, stripped of
     punctuation and given numbers as words), then
  2. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure is said by the
     clinic, turns (40-60), timestamps, facts / negated / absent against the transcript, the fields of the new
     situations below, and the mix of the halves; exits non-zero on any problem;
  3. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND42_OUT);
  4. reads the written files back and checks them on their own.

Transcript lines: "T: ..." (anyone speaking for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, anyone else in the room, another patient in the gym included).  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ".
Per session, as blind41 (fields kept, most unused here); new here:
`sides` = [(left, right)]: a measure taken on both sides and said together, one side worse: both figures
  with "left" and "right" in one clinic turn with a worse-word; a fact pairs each side with its own figure;
`hep` = (home minutes, reps phrase): a home program handed out with its reps and a daily home time: the time
  said by the clinic beside "home" and a per-day word, never keyed as minutes; the reps phrase in a fact;
`goals` = [(goal phrase, status)]: goals read out with met / partly met / not met, said by the clinic; a fact
  holds each goal with its own status; two statuses at least;
`bystander` = (phrase, minutes): another patient or a visitor in the gym says figures of their own: said by a
  `caregiver`-tagged speaker, kept in absent, in no fact, its minutes never keyed;
`colleague` = phrase: a colleague breaks in with another patient's figure: said by the clinic, kept in absent,
  in no fact;
`counted` = (count, phrase): reps counted aloud up to `count`; the last three counts said in order in one turn,
  the phrase (sets and reps) in a fact, the count never keyed as minutes.
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
    asr=False,
    sides=None,
    hep=None,
    goals=None,
    bystander=None,
    colleague=None,
    counted=None,
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
            asr=asr,
            sides=sides or [],
            hep=hep,
            goals=goals or [],
            bystander=bystander,
            colleague=colleague,
            counted=counted,
        )
    )


# =============================================================================================
# Sessions: dev half
# =============================================================================================

S(
    "as_pt01_baker_achilles",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Morning. I'm Dana, I'll be your physical therapist. You're Luis?
P: That's me. Luis Ortega.
T: And we're here for the left Achilles. Tell me how it started.
P: About six weeks ago. I bake, so I'm on my feet from four in the morning, and one day I stepped off the loading dock wrong.

T: Where is the pain right now, zero to ten?
P: Right now maybe a three. After a shift it's a six, right above the heel.
T: Any numbness or tingling in the foot?
P: No, nothing like that.
T: Any swelling that comes and goes?
P: Some, by the end of the day, around the back of the ankle.
T: Other health things? Blood pressure, diabetes?
P: Blood pressure, I take a pill for it. That's it.

T: Let me measure both ankles. Lie back for me. Dorsiflexion, left is four degrees, right is fourteen, so the left is a lot tighter.
P: I can feel it pull on the left for sure.
T: Plantarflexion strength, right side is a five, left is a four minus. Stand up and we'll do single leg heel raises.
P: On the bad one?
T: Both, one at a time. Right side, you got twenty. Left side, you got nine before it gave out.
P: Yeah, that burned.
T: That's the calf and the tendon not sharing the load yet. Palpation, it's tender two centimeters above the insertion, no gap.

T: Between the pain with the shifts, the blood pressure and the job demands, I'm calling this a moderate complexity evaluation.
P: Okay. Is it torn?
T: Nothing I found says torn. It looks like an irritated tendon. We'll load it slowly.

T: Let's start the exercise part. Two sets of ten calf raises on the step, slow on the way down. Count them out loud for me.
P: One, two, three, four, five, six, seven, eight, nine, ten.
T: Good. Rest, then the second set.
P: Eight, nine, ten. Okay, that's both.
T: Then seated soleus raises and the towel stretch. That exercise part was twelve minutes.

T: While you rest, tell me about the floor at the bakery.
P: Tile, and it's always a little slick with flour.
T: What shoes do you wear for the shift?
P: Kitchen clogs. They're flat as a board.
T: That's part of it. A small heel lift in the clog takes some strain off the tendon.
P: My wife has some gel inserts, can I borrow those?
T: Bring them next time and we'll look at them together.
P: Okay. And ice, or heat?
T: Ice after the shift if it's angry, heat before the stretching if it's stiff.

T: Plan is twice a week for six weeks. Goals are full shifts with pain under three, and twenty single leg heel raises on the left.
P: Can I keep working?
T: Yes, with the cushioned insoles and a break to sit every couple of hours.
P: My boss will love that.
T: See you Thursday.
""",
    [
        "left Achilles",
        "six weeks ago|6 weeks ago",
        "maybe a three|3/10",
        "after a shift it's a six|6/10 after a shift",
        "left is four degrees|left dorsiflexion 4 degrees",
        "right is fourteen|right dorsiflexion 14 degrees",
        "Left side, you got nine|9 single leg heel raises on the left",
        "two sets of ten calf raises|2 x 10 calf raises",
        "moderate complexity",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["numbness or tingling"],
    ["My boss will love that"],
    sides=[("four", "fourteen")],
    counted=(10, "two sets of ten calf raises"),
)

S(
    "as_pt02_mover_hip",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 18, "97116": 12},
    [],
    "97110x1:GP,CQ,KX 97116x1:GP,CQ,KX",
    """
t: hey mister brandt its jo the p t a from last week how was the weekend
p: um not bad not bad i moved a couch which i probably shouldnt have
t: how did the hip take that
p: sore sunday morning maybe a four today its a two
t: any groin pain or clicking when you walk
p: no none of that just the stiffness in the morning

t: before we start one thing for the billing your therapy this year is past the medicare threshold so we add the k x modifier
p: is that gonna cost me
t: it just tells them the therapy is still medically necessary and the plan says it is so we keep going
p: okay whatever you say

t: lets get on the new step first for the warm up then the hip work
p: same seat as last time
t: same seat level nine
c: i did forty minutes on that bike yesterday and my knee didnt say a word
p: good for you frank
t: okay mister brandt bridges now three sets of fifteen with the band around the knees
p: um this band is tighter than the red one
t: its the green band now youre ready for it side lying hip abduction next
p: the left side wobbles
t: thats the glute me dee us on that side slow it down
t: thats eighteen minutes of exercise all together lets walk

t: gait now no cane down the hall and back i want a longer step on the right
p: like this
t: better heel first now turn around and do it past the water fountain
p: the turn is the hard part
t: step it around dont pivot on the hip good
t: ill do the stairs with you one rail step over step
p: um step over step going down is scary
t: youre doing it with me right here gait and stairs were twelve minutes

p: um can i still lift at work or is that off the table
t: light loads and keep them close to your body no twisting with the hip
p: my boss wants me back on the truck
t: we will talk to the p t about a lifting test before that
p: okay fair
t: when you bend use the golfer reach with the good leg back
p: like this
t: thats it hinge at the hip not the back

t: heres your home program bridges and clamshells ten reps of each and the hall walk
t: about fifteen minutes a day at home is plenty dont add the couch moving
p: ha no more couches
t: same time thursday the p t will recheck you next week
p: see you then jo
""",
    [
        "maybe a four|4/10",
        "today its a two|2/10 today",
        "new step|NuStep",
        "three sets of fifteen with the band|3 x 15 bridges with band",
        "green band",
        "glute me dee us|gluteus medius",
        "no cane",
        "step over step",
        "ten reps of each|10 reps each",
        "about fifteen minutes a day at home|15 minutes a day home program",
    ],
    ["groin pain or clicking"],
    ["i did forty minutes on that bike yesterday"],
    kx=True,
    asr=True,
    bystander=("i did forty minutes on that bike yesterday", 40),
    hep=(15, "ten reps of each"),
)

S(
    "as_pt03_lineworker_shoulder",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 10, "97530": 14},
    [],
    "97140x1:GP 97530x1:GP,59",
    """
T: Hi Renee, come on back. How's the right shoulder since Monday?
P: Better reaching forward. Still pinchy over my head, like a four.
T: Any pain down into the hand, or numbness?
P: No numbness. Just the shoulder.
T: Sleeping on it?
P: Not yet. I sleep on the left.

T: Let me check both sides first. External rotation, left is ninety degrees, right is sixty five, so the right is still well behind.
P: It was worse than that two weeks ago.
T: It was. Flexion on the right is one fifty five today.
P: That sounds good.

T: Manual first. Lie on your back. I'm going to do joint glides to the back of the shoulder and some soft tissue work on the pec minor.
P: That spot by the armpit is tender.
T: I'll ease off there. Breathe out for me.
T: Sorry to barge in, Jen. Mr. Holloway's knee was ninety two degrees today, do you want him on the bike or not?
T: Put him on the bike, I'll be over after this. Sorry, Renee.
P: No problem.
T: Okay. That manual block was ten minutes, separate from what's next.

T: Now the job stuff. You told me you climb and reach overhead with a tool belt on.
P: All day. The belt's about fifteen pounds.
T: So we'll do overhead reaching to the shelf with the weighted belt, then carrying and lifting the tool bag onto the step, then ladder climbing in the corner.
P: The ladder's fine, reaching up is what gets me.
T: Keep the shoulder blade back, thumb up. Good.
P: That's a lot smoother than last week.
T: Functional work was fourteen minutes, in its own block after the manual.

P: Can I ask you something? My buddy at work says I should just push through the pain.
T: Some soreness is fine. Sharp pain when you reach up means back off for the day.
P: That's what I figured.
T: How are you sleeping with the pillow under the arm?
P: Better. I wake up less.
T: Good, keep the pillow.
P: And the bucket truck, am I okay to go up?
T: Your surgeon's note still says ground work only. We'll send an update after the next visit.

T: Next time we'll add the overhead carry. Keep doing the wall slides.
P: Will do. Same time Friday?
T: Same time Friday.
""",
    [
        "right shoulder",
        "like a four|4/10",
        "left is ninety degrees|left external rotation 90 degrees",
        "right is sixty five|right external rotation 65 degrees",
        "one fifty five|right flexion 155 degrees",
        "joint glides",
        "pec minor",
        "about fifteen pounds|15 pound tool belt",
        "ladder climbing",
        "wall slides",
    ],
    ["numbness"],
    ["Mr. Holloway's knee was ninety two degrees today"],
    has59=True,
    sides=[("ninety", "sixty five")],
    colleague="Mr. Holloway's knee was ninety two degrees today",
)

S(
    "as_pt04_librarian_knee",
    "PT",
    "progress",
    "PT",
    "per-code",
    "dev",
    {"97110": 13, "97112": 9},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: okay miss adeyemi this is your progress visit so ill read your goals and we see where you are
p: um okay i hope i pass
t: its not a test how has the knee been this week
p: its a three most days five if i do the stacks at the library
t: any giving way or locking
p: no it hasnt given way once

t: goal one stairs at the library one rail reciprocal that goal is met you did the full flight today
p: i did didnt i
t: goal two knee flexion to one twenty it was ninety five at the start its one twelve now so thats partly met
p: so close
t: goal three kneeling to shelve the bottom row thats not met yet still too sore to kneel
p: yeah i still sit on the little stool
t: new goal for that one kneeling on a cushion for two minutes

t: exercise first step ups on the eight inch box count them for me
p: one two three four five six seven eight nine ten eleven twelve
t: good thats twelve do another set
p: ten eleven twelve okay done
t: two sets of twelve step ups then the wall squats and the bike um that was thirteen minutes of exercise

t: balance now on the foam pad single leg eyes open
p: whoa okay the foam is wobbly
t: hands off the bar if you can then tandem walking on the line
p: um the line is harder
t: balance work was nine minutes

p: um can i ask is it normal that it clicks on the stairs
t: a click with no pain is usually nothing if it hurts or swells tell me
p: no it just clicks
t: thats fine keep an eye on it
p: and the book cart is heavy
t: push it with both hands elbows bent and let your legs do the work
p: i have been pulling it behind me
t: push is better for the knee and the back

t: plan is another four weeks twice a week with the kneeling work added
p: sounds good
t: and keep the step ups at home
p: i will
""",
    [
        "its a three most days|3/10 most days",
        "five if i do the stacks|5/10 with shelving",
        "stairs at the library one rail reciprocal that goal is met|stairs with 1 rail reciprocal goal met",
        "its one twelve now so thats partly met|flexion 112, goal partly met",
        "kneeling to shelve the bottom row thats not met|kneeling goal not met",
        "two sets of twelve step ups|2 x 12 step ups",
        "eight inch box|8 inch box",
        "foam pad",
        "tandem walking",
        "another four weeks twice a week|4 more weeks 2x/week",
    ],
    ["giving way or locking"],
    ["i still sit on the little stool"],
    asr=True,
    goals=[("stairs", "met"), ("one twelve", "partly met"), ("kneeling to shelve", "not met")],
    counted=(12, "two sets of twelve step ups"),
)

S(
    "as_pt05_ferry_knee",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 11},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Marcus, today's the re-evaluation, thirty days in. I'll go through the goals, then measure both knees.
P: Sure. The ferry ramps have been easier.
T: Pain on the ramps now?
P: About a two. It was a six when I started.
T: Any swelling after your shifts?
P: No swelling at all lately.

T: Goal one was walking the full ramp without the rail. Met, you've done it every shift this week.
P: Every shift.
T: Goal two, squatting to tie a line, from a quarter squat to full. Partly met, you're at about half.
P: Half is about right.
T: Goal three was jogging to the car deck for thirty seconds. Not met, we haven't tried it yet.
P: I'm a little scared of that one.

T: Now both knees together. Flexion, left is one thirty five, right is one fifteen, so the right still lags.
P: And straightening?
T: Extension is zero on the left, minus three on the right. Quad strength, left five, right four plus.
P: Better than the four minus last month.
T: Much better.

T: Exercise now. Leg press, then split squats holding the rail, then the step downs.
P: Step downs are the worst.
T: Slow, knee over the second toe. Good. That was eleven minutes of exercise.

P: The deckhands want to know when I can go back to tying lines on the lower deck.
T: What does that take, kneeling or squatting?
P: Mostly squatting, sometimes kneeling on the steel.
T: Then kneeling pads first, and we build the squat before the kneeling.
P: Makes sense. The steel is cold and hard.
T: Knee pads with a gel insert help a lot on steel.
P: I'll ask the captain for a pair.
T: Good, and take the ramp slow when it's wet.

T: I'm renewing the plan for four more weeks, twice a week. New goal for jogging, thirty seconds on the treadmill first.
P: Fair enough.
T: See you Tuesday.
P: See you then.
""",
    [
        "About a two|2/10",
        "It was a six when I started|6/10 at the start",
        "full ramp without the rail. Met|ramp goal met",
        "Partly met, you're at about half|squatting goal partly met, about 50%",
        "Not met, we haven't tried it yet|jogging goal not met",
        "left is one thirty five|left knee flexion 135 degrees",
        "right is one fifteen|right knee flexion 115 degrees",
        "minus three on the right|right extension -3 degrees",
        "right four plus|right quad 4+/5",
        "four more weeks, twice a week|4 more weeks 2x/week",
    ],
    ["swelling"],
    ["I'm a little scared of that one"],
    sides=[("one thirty five", "one fifteen")],
    goals=[("ramp", "met"), ("squatting", "partly met"), ("jogging", "not met")],
)

S(
    "as_pt06_florist_ankle",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 16, "97116": 8},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Last visit, Priya. We'll go over your goals, do a little work, and I'll hand you the home program.
P: I'm going to miss coming here, honestly.
T: How's the right ankle at the end of a day at the shop?
P: A one, maybe. Just tired.
T: Any giving way on uneven ground?
P: Not once since the spring.

T: Goals. First, standing a full eight hour day at the shop. That's met.
P: Yep, all of last week.
T: Second, single leg balance thirty seconds on the right. Today you held twenty two, so that's partly met, up from eight at the start.
P: I'll keep practicing.
T: Third, walking on the gravel path to the greenhouse without pain. Met.
P: I walk it every morning.

T: Exercises. Heel raises, then lateral band walks, then single leg deadlifts holding the cup.
P: The deadlifts are my favorite now.
T: Slow down, hips level. That exercise part was sixteen minutes.
T: Now gait outside on the grass slope and the curb.
P: The slope is fine now.
T: Good. Gait was eight minutes.

T: How are the long days at the flower market going?
P: Early mornings, lots of standing on concrete, but the ankle keeps up.
T: Still wearing the lace up brace on the market days?
P: Only on the market days. The rest of the week I go without.
T: That's a fine plan. Keep it for the uneven ground.
P: The van step is still the trickiest part.
T: Face the van and step down backwards, holding the handle.
P: That's how I do it now.

T: Your home program. Heel raises three sets of fifteen, band walks two laps, balance thirty seconds each side.
T: About ten minutes a day at home, five days a week. Keep it going for at least a couple of months.
P: Ten minutes I can do.
T: Call us if it flares up. You're discharged.
P: Thank you so much.
""",
    [
        "right ankle",
        "A one, maybe|1/10",
        "standing a full eight hour day at the shop. That's met|standing 8 hour day goal met",
        "you held twenty two, so that's partly met|single leg balance 22 seconds, goal partly met",
        "walking on the gravel path to the greenhouse without pain. Met|gravel path goal met",
        "lateral band walks",
        "single leg deadlifts",
        "grass slope and the curb",
        "Heel raises three sets of fifteen|heel raises 3 x 15",
        "About ten minutes a day at home|10 minutes a day home program",
    ],
    ["giving way"],
    ["I'm going to miss coming here"],
    goals=[("full eight hour day", "met"), ("you held twenty two", "partly met"), ("gravel path", "met")],
    hep=(10, "Heel raises three sets of fifteen"),
)

S(
    "as_pt07_cashier_balance",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 9, "97112": 7},
    [],
    "97110x1:GP,CQ",
    """
t: hi missus kowalski im tomas the p t a today hows the dizziness
p: um better when i turn in bed worse in the grocery store with all the aisles
t: on a scale of zero to ten how bad in the store
p: a four maybe
t: any falls since last week
p: no falls none i hold the cart

t: lets start with the sit to stands no hands and count them out loud
p: one two three four five six seven eight
t: keep going
p: nine ten eleven twelve thirteen fourteen fifteen
t: good two sets of fifteen sit to stands
c: dont let him work you too hard honey i did twenty five minutes on the treadmill and im wiped
p: ha thanks hazel
t: then the mini squats and heel raises at the counter strengthening was nine minutes

t: now balance feet together on the foam eyes closed im right here with the gait belt
p: um the room is moving a little
t: open your eyes if you need to now head turns walking down the hall
p: left right left right
t: slower with the head turns good balance was seven minutes
p: is that enough to count
t: it counts as work we did the p t will look at it

p: um can i ask if the dizziness is going to come back
t: it can come back after a cold or a bad night of sleep so keep the exercises going
p: my doctor said it was the crystals in my ear
t: thats what the p t found too the head turns help the brain get used to it
p: at work i turn my head to the belt all day
t: turn your whole body when you can not just the head
p: like a robot
t: a little like a robot yes

t: keep doing the head turns at home with someone near you
p: my daughter comes tuesdays
t: perfect see you thursday
""",
    [
        "worse in the grocery store|dizziness worse in the grocery store",
        "a four maybe|4/10",
        "i hold the cart",
        "two sets of fifteen sit to stands|2 x 15 sit to stands",
        "mini squats",
        "foam eyes closed|foam, eyes closed",
        "gait belt",
        "head turns walking down the hall",
    ],
    ["falls"],
    ["i did twenty five minutes on the treadmill"],
    asr=True,
    bystander=("i did twenty five minutes on the treadmill", 25),
    counted=(15, "two sets of fifteen sit to stands"),
)

S(
    "as_pt08_drummer_neck",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 20, "97140": 8},
    [],
    "97110x1:GP,KX 97140x1:GP,KX",
    """
T: Hey Theo. How's the neck after the gig on Saturday?
P: Stiff Sunday, a five. Today it's a three.
T: Any tingling down the arms, any headaches?
P: No tingling. A headache Sunday, gone now.
T: Quick billing note before we start. Your PT and speech spending this year is past the Medicare threshold, so your claims carry the KX modifier.
P: Is that bad?
T: No. It says the therapy is still medically necessary, and your plan of care backs that up.

T: Exercises first. Chin tucks on the table, then rows with the blue band, then the wall angels.
P: Wall angels kill me.
T: Keep your low back on the wall. Now the drum pad drill, twenty strokes, sitting tall.
P: Like this?
T: Chin back. Good. Then shoulder blade squeezes with the weight.
T: Sorry, one second. Gabe, Mrs. Nakamura's grip was thirty one pounds, she's all yours in bay three.
T: Okay, I'm back. That exercise part was twenty minutes.
P: Felt longer.

T: Manual now. Lie back. Suboccipital release and some upper thoracic mobilization.
P: Oh, that's the spot.
T: Breathe out. Okay. Manual was eight minutes.

P: I've got a festival gig coming up. Should I skip it?
T: Not skip, but set up the kit so you're not looking down the whole time.
P: The hi hat is the problem, it's low.
T: Raise the throne a notch and bring the hi hat up.
P: I'll try it at rehearsal.
T: And warm up your neck before the set, the chin tucks and the shoulder rolls.
P: The band will make fun of me.
T: Let them. Your neck will thank you.

T: Home program update. Chin tucks ten reps, rows two sets of twelve, wall angels ten.
T: About twelve minutes a day at home, and do the chin tucks between sets at rehearsal.
P: Twelve minutes, okay.
T: Next week we'll look at your setup behind the kit.
P: I'll bring pictures.
""",
    [
        "a five|5/10 Sunday",
        "Today it's a three|3/10 today",
        "Chin tucks",
        "rows with the blue band",
        "wall angels",
        "drum pad drill",
        "Suboccipital release",
        "upper thoracic mobilization",
        "rows two sets of twelve|rows 2 x 12",
        "About twelve minutes a day at home|12 minutes a day home program",
    ],
    ["tingling"],
    ["Mrs. Nakamura's grip was thirty one pounds"],
    kx=True,
    colleague="Mrs. Nakamura's grip was thirty one pounds",
    hep=(12, "rows two sets of twelve"),
)

S(
    "as_ot01_dentist_wrist",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 10},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Hi Dr. Feld, I'm Amara, occupational therapy. The referral says a right wrist sprain from a bike fall.
P: Three weeks ago. I'm a dentist, so the right hand is my living.
T: What's hard right now?
P: Holding the mirror for long procedures, opening jars, and buttoning my cuffs.
T: Pain, zero to ten?
P: A two at rest, a five after a long morning.
T: Any numbness in the fingers?
P: No numbness. The fingers feel normal.
T: Other health problems?
P: None. I run, I don't take anything.

T: Grip with the dynamometer, both hands. Left is eighty two pounds, right is fifty one, so the right is clearly weaker.
P: That's a big gap.
T: It is, and it's normal three weeks out. Wrist extension on the right is fifty degrees, flexion forty five.
P: And the left?
T: Left is full, seventy in both directions. Pinch is twelve pounds on the right.

T: One problem area, no other conditions, few things to weigh, so this is a low complexity evaluation.
P: Low is good.

T: Let's work on the self care part. Buttoning cuffs with the button hook first, then the jar opener with the rubber pad.
P: The hook is clever.
T: Now holding a mirror handle with the foam built up, and resting your forearm on the table between tries.
P: That's much easier on the wrist.
T: That self care training was ten minutes.

P: Can I use a wrist brace while I work?
T: A light one for long procedures, yes, and off the rest of the time.
P: My assistant can pass me the heavier instruments.
T: That's a good idea for the next couple of weeks.
P: And the chair height, does that matter?
T: It does. Keep the forearm supported so the wrist stays straight.
P: I lean a lot over the patient.
T: Move the patient, not your wrist. Bring the chair up a little.

T: Home program sheet. Wrist extension stretches, ten reps, three times a day, and putty squeezes two sets of ten.
T: About eight minutes a day at home, split up between patients if you like.
P: I can do that between cleanings.
T: Plan is twice a week for four weeks. Goals are grip at seventy pounds on the right and full procedures with the mirror.
P: See you Monday.
""",
    [
        "right wrist sprain",
        "Three weeks ago|3 weeks ago",
        "A two at rest|2/10 at rest",
        "a five after a long morning|5/10 after a long morning",
        "Left is eighty two pounds|left grip 82 lb",
        "right is fifty one|right grip 51 lb",
        "Wrist extension on the right is fifty degrees|right wrist extension 50 degrees",
        "Pinch is twelve pounds on the right|right pinch 12 lb",
        "low complexity",
        "button hook",
        "putty squeezes two sets of ten|putty 2 x 10",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["numbness"],
    ["I can do that between cleanings"],
    sides=[("eighty two", "fifty one")],
    hep=(8, "putty squeezes two sets of ten"),
)

S(
    "as_ot02_plumber_stroke",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97535": 12, "97530": 10},
    [],
    "97535x1:GO,CO,59 97530x1:GO,CO",
    """
t: morning mister baptiste its keisha your o t a how was the weekend
p: um good my grandson visited i held him sitting down
t: thats great any new weakness or headaches
p: no headaches nothing new
t: pain in the left shoulder today
p: a two its fine

t: lets start in the bathroom with the shower chair and the long sponge
p: the sponge is hard to hold
t: build up handle on it now reach your back
p: okay that works
t: now getting pants on sitting down left leg first
c: you think thats hard i spent thirty minutes on my socks this morning
p: ha morning gus
t: dressing and bathing was twelve minutes lets move over to the table

t: separate block now the functional part standing at the counter sorting pipe fittings into the bins
p: um the little ones slip
t: use the left hand to hold the bin steady
p: my left hand is the lazy one
t: thats why were using it now carry the bin to the shelf
p: got it
t: that functional block was ten minutes separate from the dressing

t: tell me how you get in and out of the shower at home now
p: my wife helps me over the edge
t: the grab bar went in last week right
p: yeah my nephew put it up
t: hold the bar with the right hand and step in with the strong leg first
p: um the strong one first
t: and sit down on the chair before you wash
p: okay sitting first

t: keep using the long sponge at home
p: my wife will be glad
t: see you wednesday
""",
    [
        "held him sitting down",
        "a two its fine|2/10 left shoulder",
        "shower chair",
        "long sponge",
        "build up handle|built-up handle",
        "left leg first",
        "sorting pipe fittings",
        "carry the bin to the shelf",
    ],
    ["headaches"],
    ["i spent thirty minutes on my socks this morning"],
    has59=True,
    asr=True,
    bystander=("i spent thirty minutes on my socks this morning", 30),
)

S(
    "as_ot03_jeweler_thumb",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 9, "97530": 16},
    [],
    "97140x1:GO,KX 97530x1:GO,59,KX",
    """
T: Hi Ruth. How's the thumb after the repair work last week?
P: Sore at the base, a four. I sat at the bench too long.
T: Any swelling or clicking at the base?
P: Swelling a little, no clicking.
T: One billing thing. Your OT spending this year is past the Medicare threshold for OT, so we add the KX modifier to your claims.
P: Okay.
T: It tells Medicare the therapy is still medically necessary, and your plan of care says it is.

T: Manual first. Soft tissue work on the thenar muscles and gentle joint mobilization at the base of the thumb.
P: That's the spot.
T: Tell me if it's too much. Okay, manual was nine minutes.

T: Now the work tasks, in their own block. Picking up jump rings with the pliers and closing them, then threading beads.
P: The rings are so small.
T: Do ten rings and count them out loud for me.
P: One, two, three, four, five, six, seven, eight, nine, ten.
T: Good, ten rings closed without dropping one. Now the bead tray.
T: Sorry, Ruth, one second. Lena, Mr. Osei's pinch was nine pounds, put that in his chart for me?
T: Okay. Now holding the loupe steady while you work, elbows on the bench.
P: Much better with my elbows down.
T: That functional block was sixteen minutes, after the manual.

P: Do I wear the splint when I'm setting stones?
T: Yes, the soft one. The hard one is for sleep.
P: It gets in the way with the tiny prongs.
T: We can trim the edge by the finger. Show me where it catches.
P: Right here by the knuckle.
T: I'll mark it and we'll cut it at the end.
P: Thank you, that helps a lot.
T: And take a short break every hour at the bench.

T: Next visit we'll try the polishing wheel.
P: I'm not sure I'm ready.
T: We'll go slow. Wear the soft splint at the bench.
P: Okay. See you Thursday.
""",
    [
        "a four|4/10",
        "Swelling a little",
        "thenar muscles",
        "joint mobilization at the base of the thumb",
        "jump rings with the pliers",
        "ten rings closed without dropping one|10 rings closed",
        "threading beads",
        "holding the loupe steady",
        "soft splint",
    ],
    ["clicking"],
    ["Mr. Osei's pinch was nine pounds"],
    kx=True,
    has59=True,
    colleague="Mr. Osei's pinch was nine pounds",
    counted=(10, "ten rings closed without dropping one"),
)

S(
    "as_ot04_weaver_hands",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97110": 10, "97535": 11},
    [],
    "97110x1:GO 97535x1:GO",
    """
t: hi missus tan its your progress report today so goals first then we measure
p: um okay im a little nervous
t: hows the hands this week
p: the right is a three the left a five the left is worse in the mornings
t: any numbness at night
p: no not at night anymore

t: grip both hands left is twenty eight pounds right is forty one so the left is still weaker
p: it was lower before right
t: it was the left was nineteen at the start
t: pinch left is seven pounds right is eleven

t: goals goal one opening jars with the jar opener thats met
p: every jar in the house
t: goal two weaving for thirty minutes without a break she did twenty thats partly met
p: twenty minutes then my left hand says stop
t: goal three carrying the laundry basket with both hands not met yet
p: i still use the cart

t: exercise now putty pinches and finger extension with the bands
p: um the blue putty
t: the blue putty ten of each finger then tendon glides exercise was ten minutes
t: now self care practice buttoning the cardigan and using the key turner
p: the key turner is great
t: and the loom setup with the built up shuttle self care part was eleven minutes

p: um the loom pedals are fine its the fingers on the threads
t: the built up shuttle should help with the grip
p: it does but my fingers get stiff in the cold studio
t: warm your hands in warm water before you start
p: i never thought of that
t: and the gloves with the fingertips cut off
p: my granddaughter knitted me some
t: perfect wear those

t: plan is four more weeks once a week
p: okay
t: see you next tuesday
""",
    [
        "the right is a three|right hand 3/10",
        "the left a five|left hand 5/10",
        "left is twenty eight pounds|left grip 28 lb",
        "right is forty one|right grip 41 lb",
        "pinch left is seven pounds|left pinch 7 lb",
        "jar opener thats met|jar goal met",
        "she did twenty thats partly met|weaving 20 minutes, goal partly met",
        "laundry basket with both hands not met|laundry goal not met",
        "tendon glides",
        "key turner",
        "four more weeks once a week|4 more weeks 1x/week",
    ],
    ["numbness at night"],
    ["i still use the cart"],
    asr=True,
    sides=[("twenty eight", "forty one")],
    goals=[("jar opener", "met"), ("she did twenty", "partly met"), ("laundry basket", "not met")],
)

S(
    "as_ot05_chef_elbow",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97110": 12},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Kenji, it's been a month, so today is your re-evaluation. Goals first.
P: Okay. Work has been better.
T: Pain in the right elbow at the end of a dinner shift?
P: A three. It used to be a seven.
T: Any tingling into the little finger?
P: No tingling.

T: Goal one, a full dinner shift without stopping to rest the arm. Met, you said three shifts in a row.
P: Three in a row.
T: Goal two, lifting the stock pot with both hands, ten pounds. Partly met, you're doing it with the pot half full.
P: Half full, yeah.
T: Goal three, chopping for thirty minutes straight. Not met, you stop around fifteen.
P: My forearm tightens up.
T: Grip today is sixty pounds on the right. PRTEE score is thirty, down from fifty eight.

T: Exercise now. Wrist extensor eccentrics with the hammer, then forearm rotation with the bar, then the grip work.
P: The hammer one is tough.
T: Slow on the way down. That was twelve minutes of exercise.

P: The new sous chef is left handed, so the station setup changed.
T: Does that change how you reach for the pans?
P: I reach across more now.
T: Move the pans to your side of the station if you can.
P: I'll talk to him.
T: And use the bigger knife handle we wrapped last time.
P: It feels clumsy but it does hurt less.
T: Clumsy is fine if it hurts less.

T: Home program. Eccentrics three sets of fifteen, once a day, and the stretch after each shift.
T: About ten minutes a day at home, and keep the strap on at work.
P: Ten minutes, got it.
T: Plan is renewed, four more weeks, once a week. New goal for chopping, thirty minutes with one short break.
P: That's realistic.
T: See you next week.
""",
    [
        "right elbow",
        "A three|3/10",
        "full dinner shift without stopping to rest the arm. Met|dinner shift goal met",
        "Partly met, you're doing it with the pot half full|stock pot goal partly met, pot 1/2 full",
        "Not met, you stop around fifteen|chopping goal not met, stops at 15 minutes",
        "sixty pounds on the right|right grip 60 lb",
        "PRTEE score is thirty|PRTEE 30",
        "eccentrics with the hammer",
        "Eccentrics three sets of fifteen|eccentrics 3 x 15",
        "About ten minutes a day at home|10 minutes a day home program",
        "four more weeks, once a week|4 more weeks 1x/week",
    ],
    ["tingling"],
    ["My forearm tightens up"],
    goals=[("dinner shift", "met"), ("pot half full", "partly met"), ("stop around fifteen", "not met")],
    hep=(10, "Eccentrics three sets of fifteen"),
)

S(
    "as_ot06_farmer_shoulder",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97535": 14, "97110": 8},
    [],
    "97535x1:GO 97110x1:GO",
    """
t: well mister lindqvist this is the last one were discharging you today
p: um about time no offense
t: none taken how is the left shoulder
p: a one when i lift hay a zero the rest of the time
t: any night pain still
p: no night pain not for weeks

t: goals goal one putting on a shirt overhead without help thats met
p: met
t: goal two reaching the top shelf in the barn with a five pound can partly met you can do it with two pounds
p: two pounds is a coffee can
t: goal three carrying the feed bucket with the left arm met
p: i carry it every day

t: self care practice one more time putting on the heavy barn coat and the boots with the long shoe horn
p: um the coat is the hard one
t: left arm in first good self care was fourteen minutes
c: hey olaf i was in here forty five minutes last time and she didnt let me go
p: yeah yeah bill
t: now the shoulder exercises with the band rows and the wall walks exercise was eight minutes

t: hows the milking going
p: um my son does most of it now i do the feeding
t: the feeding is a good job for that shoulder lift with both arms
p: and the tractor
t: use the step and the handle dont pull yourself up with the left arm
p: i always pull with the left
t: try leading with the right for a while
p: okay ill try

t: you have the home program sheet keep the band rows going
p: i will
t: call us if it gets worse
p: thank you for everything
""",
    [
        "left shoulder",
        "a one when i lift hay|1/10 lifting hay",
        "putting on a shirt overhead without help thats met|shirt goal met",
        "five pound can partly met|top shelf with 5 lb can goal partly met",
        "feed bucket with the left arm met|feed bucket goal met",
        "long shoe horn",
        "left arm in first",
        "band rows",
        "wall walks",
    ],
    ["night pain"],
    ["i was in here forty five minutes last time"],
    asr=True,
    goals=[("shirt overhead", "met"), ("top shelf", "partly met"), ("feed bucket", "met")],
    bystander=("i was in here forty five minutes last time", 45),
)

S(
    "as_ot07_pastor_tremor",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97535": 17, "97110": 9},
    [],
    "97535x1:GO,CO 97110x1:GO,CO",
    """
T: Good afternoon, Reverend Abara. I'm Lucy, the OTA. How's the tremor today?
P: Worse when I'm tired. I preached twice Sunday.
T: Any falls or dizziness this week?
P: No, none of that.
T: Pain anywhere?
P: A two in the right wrist, from the weighted pen maybe.

T: Self care first. The weighted utensils at the table, then the button hook on your collar shirt.
P: Soup is still the enemy.
T: Elbow on the table, scoop toward you. Good.
T: Now the shirt buttons, count them as you go.
P: One, two, three, four, five, six, seven.
T: All seven buttons. Now your reading glasses case and the zipper pull.
T: Pardon me one moment. Tasha, Mrs. Reyes walked two hundred feet, the PT wants it charted.
T: Sorry about that. Self care training was seventeen minutes.

T: Exercises now. Wrist curls with the two pound weight, then the putty.
P: Two pounds feels like ten by the end.
T: Slow and steady. That exercise part was nine minutes.

P: Holding the communion cup is the hardest part of Sunday.
T: Two hands, and rest your forearm against your body.
P: I can try that.
T: And a cup with a wider base on the altar.
P: The deacon can switch the cups.
T: Good. Writing your sermon notes, are you using the weighted pen?
P: I type them now. It's easier.
T: Typing is fine. Use the keyboard guard if the keys double up.

T: Use the weighted cup at home for coffee.
P: My wife already bought two.
T: See you Monday.
P: God bless.
""",
    [
        "Worse when I'm tired",
        "A two in the right wrist|2/10 right wrist",
        "weighted utensils",
        "button hook",
        "All seven buttons|7 buttons",
        "zipper pull",
        "two pound weight|2 lb weight",
        "weighted cup",
    ],
    ["falls or dizziness"],
    ["Mrs. Reyes walked two hundred feet"],
    colleague="Mrs. Reyes walked two hundred feet",
    counted=(7, "All seven buttons"),
)

S(
    "as_slp01_carpenter_aphasia",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hello Mr. Mensah, I'm Claire, the speech therapist. Your daughter came with you?
C: I'm Ama. Dad had the stroke five weeks ago. He understands most things, but the words get stuck.
T: Thank you. Mr. Mensah, can you tell me what you did for work?
P: I made... the, the wood. Tables. Cabinets.
T: A carpenter. Great. Any trouble swallowing, coughing when you drink?
P: No. No coughing.
C: He eats everything, no trouble there.

T: I'll start with some naming. What is this?
P: A... hammer. Hammer.
T: Good. And this?
P: Saw. No. Screw... screwdriver.
T: Good self correction. Naming was fourteen of twenty, seventy percent.
T: Now follow the directions. Point to the door, then touch your nose.
P: Done.
T: Two step commands, nine of ten.
T: Tell me about this picture.
P: The boy is... cookie. Falling. The water is... running over.

T: Sorry to interrupt. Claire, Mrs. Ito's repetition score was six of ten, I'll leave it on your desk.
T: Thanks, Nadia. Okay, where were we.
T: Repetition of phrases, eight of ten. Reading single words, eighteen of twenty.
P: Reading is good.
T: Reading is a strength. Writing your name and address, both correct.

C: Should we finish his sentences when he gets stuck?
T: Wait first. Give him time, then offer the first sound if he asks.
C: I always jump in.
T: Most families do. Count slowly in your head before you help.
P: Yes. Wait. Good.
C: Okay, I'll try.
T: And keep the radio off when you talk at dinner. Less noise helps.
C: He does like his radio.

T: This is a mild to moderate anomic aphasia. We'll also do speech and language treatment twice a week for eight weeks.
C: What can we do at home?
T: Here's the home practice sheet. Naming ten tools from the shop, three times each, every day.
T: About fifteen minutes a day at home, Ama reading the cue card if he gets stuck.
C: We can do that after dinner.
P: Good. Good.
T: See you Tuesday.
""",
    [
        "stroke five weeks ago|stroke 5 weeks ago",
        "fourteen of twenty, seventy percent|naming 14/20 (70%)",
        "Two step commands, nine of ten|2-step commands 9/10",
        "Repetition of phrases, eight of ten|repetition 8/10",
        "Reading single words, eighteen of twenty|reading 18/20",
        "Good self correction",
        "mild to moderate anomic aphasia",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "Naming ten tools from the shop, three times each|naming 10 tools x 3 daily",
        "About fifteen minutes a day at home|15 minutes a day home practice",
    ],
    ["coughing"],
    ["Mrs. Ito's repetition score was six of ten"],
    colleague="Mrs. Ito's repetition score was six of ten",
    hep=(15, "Naming ten tools from the shop, three times each"),
)

S(
    "as_slp02_kindergarten_sounds",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi mateo its miss gina the s l p a ready for the k sound game
p: yeah i brought my dinosaur
c: he practiced every night this week
t: awesome any ear infections or colds lately mom
c: no nothing this month
t: great mateo lets warm up say k k k
p: k k k

t: now k at the start of words cat
p: cat
t: cup
p: tup um cup
t: nice fix he got fourteen out of twenty k words at the start thats seventy percent
p: i want a sticker
t: after the cards count the cards you got right
p: one two three four five six seven eight nine ten
t: ten cards in a row for k in the middle of words
c: sorry im the dad from the next table my boy does forty minutes a day at home with his cards
t: every kid is different thanks
c: we will stick with ours

t: now k in short phrases my cat my cup
p: my tat my cat
t: good catch k in phrases was six out of ten with a visual cue
p: sticker now
t: sticker now

c: his teacher says they cant understand him in circle time sometimes
t: that happens with the k sound kids say t instead
c: should i correct him every time
t: just say the word back the right way you dont have to make him repeat it
c: okay just model it
t: yes model it and praise him when he gets it
p: i can say cat
t: you can

t: the s l p will look at this next week and decide on sentences
c: should we keep doing the cards
t: yes five minutes after dinner is plenty
p: bye miss gina
""",
    [
        "k sound|/k/",
        "fourteen out of twenty k words at the start thats seventy percent|initial /k/ 14/20 (70%)",
        "ten cards in a row for k in the middle of words|medial /k/ 10 in a row",
        "k in phrases was six out of ten with a visual cue|/k/ in phrases 6/10 with visual cue",
        "nice fix",
        "he practiced every night this week",
        "sentences",
    ],
    ["ear infections or colds"],
    ["my boy does forty minutes a day at home"],
    asr=True,
    counted=(10, "ten cards in a row"),
    bystander=("my boy does forty minutes a day at home", 40),
)

S(
    "as_slp03_welder_dysphagia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Duarte. How did meals go this week?
P: Better. The chicken went down okay if I cut it small.
T: Any coughing or choking at meals?
P: No choking. I cough a little with the coffee sometimes.
T: Any fevers or chest congestion?
P: No fevers.
T: One billing note. Your PT and speech spending this year is past the Medicare threshold, so your claims carry the KX modifier.
P: What does that mean for me?
T: It says the therapy is still medically necessary, and your plan of care supports that.

T: Today we'll do the effortful swallow and the chin tuck with thin liquids.
P: Okay.
T: Ten sips with the chin tuck. I'm watching for throat clears.
P: That one was fine.
T: Nine of ten sips with no cough or clear.
T: Now effortful swallows with the applesauce, squeeze hard.
P: Like I'm swallowing a golf ball.
T: Exactly. Now the Shaker exercise, lie back, lift your head and look at your toes.

T: Excuse me one second. Devon, Mr. Park's tongue pressure was thirty eight, can you log it?
T: Sorry. Where were we. The Shaker, three holds.
P: My neck feels that.
T: Good, that's the right muscles.

P: My wife wants to know if I can have steak again.
T: Not yet. Tender meat cut small, with gravy, is fine.
P: She makes a good pot roast.
T: Pot roast is perfect, soft and moist.
P: What about beer?
T: Thin liquids with the chin tuck, same as coffee.
P: Good to know.
T: And sit upright for a while after you eat.

T: Home practice. Effortful swallows, ten, three times a day, and the chin tuck with every cup of coffee.
T: About ten minutes a day at home. The Shaker twice a day if your neck tolerates it.
P: Ten minutes, okay.
T: Stay on regular solids cut small, thin liquids with the chin tuck.
P: See you next week.
""",
    [
        "chicken went down okay if I cut it small",
        "I cough a little with the coffee sometimes",
        "effortful swallow",
        "chin tuck with thin liquids",
        "Nine of ten sips with no cough or clear|9/10 sips without cough or throat clear",
        "Shaker exercise",
        "Effortful swallows, ten, three times a day|effortful swallows 10 x 3 daily",
        "About ten minutes a day at home|10 minutes a day home practice",
        "regular solids cut small",
    ],
    ["fevers"],
    ["Mr. Park's tongue pressure was thirty eight"],
    kx=True,
    colleague="Mr. Park's tongue pressure was thirty eight",
    hep=(10, "Effortful swallows, ten, three times a day"),
)

S(
    "as_slp04_accountant_concussion",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 11},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Sofia. Progress report today, so I'll read your goals and we'll do some work.
P: Okay. Work is still hard by the afternoon.
T: Headaches this week?
P: A three most days, a five by four o'clock.
T: Any dizziness or double vision?
P: No dizziness, no double vision.

T: Goal one, recalling five items after a ten minute delay. Met, you got all five on Monday and again today.
P: I use the picture trick.
T: Goal two, reconciling a bank statement with no errors in thirty minutes. Partly met, one error, and it took forty minutes.
P: The forty minutes sounds right.
T: Goal three, a full workday without a rest break. Not met, you still need the one o'clock break.
P: I need it.

T: Cognitive work now. The first part is the spreadsheet task, finding the errors in the expense report.
P: There's a wrong date there.
T: Good catch. That first part was fifteen minutes.
C: Excuse me, is this the gym? I have a PT visit, I did sixty minutes on the bike at home this morning.
T: Front desk is right around the corner, they'll help you.
C: Thanks, sorry.
T: Next, the planning task. Plan your Monday with three meetings and a deadline.
P: I'd put the deadline first, then the short meeting.
T: Good order. The planning task was eleven more minutes after the first fifteen, twenty six minutes of cognitive work in all.

P: My manager wants me back full time next month.
T: We can write a letter with the plan, going up slowly.
P: That would help. He thinks I'm fine because I look fine.
T: That's common with concussion. The fatigue doesn't show.
P: Exactly.
T: Keep the screens dimmed and the breaks scheduled.
P: I set alarms on my phone.
T: That's the right idea.

T: Plan is four more weeks, twice a week, working toward the full day.
P: Okay.
T: See you Thursday.
""",
    [
        "A three most days|3/10 headache most days",
        "a five by four o'clock|5/10 by 4 pm",
        "recalling five items after a ten minute delay. Met|recall of 5 items after 10 minute delay goal met",
        "Partly met, one error, and it took forty minutes|bank statement goal partly met, 1 error in 40 minutes",
        "Not met, you still need the one o'clock break|full workday goal not met, needs the 1 pm break",
        "picture trick",
        "spreadsheet task",
        "planning task",
        "four more weeks, twice a week|4 more weeks 2x/week",
    ],
    ["dizziness"],
    ["I did sixty minutes on the bike at home this morning"],
    cog=26,
    goals=[("recalling five items", "met"), ("bank statement", "partly met"), ("full workday", "not met")],
    bystander=("I did sixty minutes on the bike at home this morning", 60),
)

S(
    "as_slp05_auctioneer_voice",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92524"],
    "92524x1:GN",
    """
t: hi mister doyle todays your voice re evaluation so well redo the measures and go over the goals
p: um sounds good my voice held up at the cattle sale saturday
t: any pain when you talk or any heartburn
p: no pain no heartburn since i quit the late coffee
t: good lets start with the counting count from one to ten at your auction voice
p: one two three four five six seven eight nine ten
t: good clear onset no strain counting to ten
t: now the ah as long as you can
p: ahhhhhhh
t: maximum phonation time nineteen seconds it was eleven at the eval

t: voice handicap index today twenty two it was forty eight
p: thats a lot better
t: goal one a full auction day without hoarseness met
p: all day saturday
t: goal two resonant voice in conversation with no cues partly met you still need a cue when you get excited
p: when the bidding gets going yeah
t: goal three drinking two liters of water a day not met
p: i forget

t: resonant voice practice now hum mmm into the phrases
p: mmm sold to the man in the hat
t: good forward placement
p: um it buzzes in my nose
t: thats right

p: um can i still do the chant at full speed
t: the speed is fine its the pushing from the throat we want to avoid
p: my dad did it for forty years and never had this
t: every voice is different keep the forward placement and the water
p: the water is the hard part in the barn
t: keep a bottle on the stand
p: okay on the stand
t: and rest your voice at lunch no talking on the phone

t: plan is renewed four more weeks once a week the water goal stays
p: ill get a big bottle
t: see you friday
""",
    [
        "cattle sale",
        "clear onset no strain counting to ten|counting 1-10 with clear onset, no strain",
        "maximum phonation time nineteen seconds|MPT 19 seconds",
        "voice handicap index today twenty two|VHI 22",
        "full auction day without hoarseness met|auction day goal met",
        "no cues partly met|resonant voice goal partly met",
        "two liters of water a day not met|water goal 2 liters a day not met",
        "forward placement",
        "four more weeks once a week|4 more weeks 1x/week",
    ],
    ["heartburn"],
    ["i forget"],
    asr=True,
    goals=[("full auction day", "met"), ("resonant voice", "partly met"), ("two liters", "not met")],
    counted=(10, "clear onset no strain counting to ten"),
)

S(
    "as_slp06_realtor_dysarthria",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Gloria. Last session today. We'll go over the goals and your home plan.
P: I'm ready. I showed three houses yesterday.
T: How did your voice hold up?
P: Tired by the third house, but people understood me.
T: Any choking or trouble with food?
P: No trouble with food at all.

T: Goal one, intelligibility in conversation above ninety percent. Today ninety four percent. Met.
P: Yes!
T: Goal two, using the pacing board on the phone with clients. Partly met, you use it with some calls, not all.
P: I forget when I'm rushing.
T: Goal three, reading a listing aloud at normal loudness. Met, seventy two decibels at arm's length.
P: I practiced with the listings.

T: Let's do one last round. Read this listing, slow and loud.
P: Three bedroom colonial, two baths, newly renovated kitchen.
T: Clear. Now tell me about your favorite house this year.
P: The blue one by the lake. It had a dock.
T: Good pacing.

P: Open houses are the longest days. Talking to strangers all afternoon.
T: Use the pacing there too, and take a sip of water between groups.
P: I keep a water bottle in the kitchen.
T: Good. Sit down between groups if you can.
P: There's usually a bar stool.
T: Use it. Your voice lasts longer when you rest.
P: My clients have been very patient.
T: That's nice to hear.

T: Your home plan. Read one listing aloud, five times, over the day, and the breath exercises.
T: About ten minutes a day at home, every day for the next month.
P: Ten minutes, easy.
T: Keep the pacing board in your bag for client calls.
P: I will. Thank you, really.
T: You did the work.
""",
    [
        "showed three houses yesterday|showed 3 houses yesterday",
        "Today ninety four percent. Met|intelligibility 94%, goal met",
        "Partly met, you use it with some calls|pacing board goal partly met",
        "seventy two decibels at arm's length|72 dB at arm's length",
        "reading a listing aloud at normal loudness. Met|listing reading goal met",
        "Read one listing aloud, five times|read a listing aloud 5 times daily",
        "About ten minutes a day at home|10 minutes a day home practice",
        "pacing board in your bag",
    ],
    ["choking"],
    ["I forget when I'm rushing"],
    goals=[("ninety four percent", "met"), ("pacing board", "partly met"), ("reading a listing", "met")],
    hep=(10, "Read one listing aloud, five times"),
)

S(
    "as_slp07_grandfather_swallow",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Mr. Novak, and hello Mrs. Novak. How was the week with the soft foods?
P: Fine. I'm tired of mashed potatoes.
C: He did well. He ate the minced chicken every night.
T: Any coughing during meals, any fevers?
C: No coughing, no fever.
P: None.

T: Today we'll try the soft and bite sized level with the meatball, and keep thin liquids with the cup.
P: A real meatball?
T: A soft one. Small bites, chew well, then swallow twice.
P: Good meatball.
T: Eight of ten bites with no residue after the double swallow.
C: Excuse me, is this where the balance class meets? I did thirty minutes of walking this morning and they told me to come to the gym.
T: It's across the hall, the room with the mats.
C: Thank you, sorry to bother.

T: Now the cup sips, small sips, chin down.
P: Like this.
T: Ten of ten, no cough.
T: Sorry, one second. Marisol, Mrs. Green's oxygen was ninety one, please tell her nurse.
T: Okay, back to you. Tongue strengthening now, push up against the spoon.
P: Hard work.
T: Five holds, good.

C: He sneaks crackers at night.
P: Just a couple.
T: Crackers are dry and crumbly, that's the risk. Dip them in soup or milk first.
P: Soggy crackers.
T: Soggy crackers are safer for now.
C: I'll hide the box.
P: She will, too.
T: And always sit up to eat, not in the recliner.

T: Next week we'll move to level six at home if this week goes the same.
C: So still minced at home this week?
T: Still minced this week, and the double swallow every bite.
P: And then meatballs.
T: Then meatballs.
""",
    [
        "tired of mashed potatoes",
        "minced chicken every night",
        "soft and bite sized level|IDDSI level 6 soft and bite-sized trial",
        "Eight of ten bites with no residue|8/10 bites without residue",
        "thin liquids with the cup",
        "Ten of ten, no cough|10/10 cup sips without cough",
        "swallow twice|double swallow",
        "Tongue strengthening",
        "Still minced this week|stay on minced at home",
    ],
    ["coughing during meals"],
    ["I did thirty minutes of walking this morning", "Mrs. Green's oxygen was ninety one"],
    bystander=("I did thirty minutes of walking this morning", 30),
    colleague="Mrs. Green's oxygen was ninety one",
)

# =============================================================================================
# Sessions: test half (held out)
# =============================================================================================

S(
    "as_pt09_surveyor_hip",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 9},
    ["97163"],
    "97163x1:GP 97110x1:GP",
    """
T: Mr. Okafor, I'm Beth, physical therapy. You had the right hip replaced three weeks ago?
P: Three weeks Tuesday. And the left one is arthritic too, so I'm walking on two bad hips.
T: Other health history?
P: Diabetes, a heart stent two years ago, and I'm on a blood thinner.
T: Pain today, zero to ten?
P: A four in the right, a three in the left.
T: Any calf pain or swelling in the legs?
P: No calf pain. A little swelling at the incision.
T: Any falls since surgery?
P: No falls.

T: Both hips now. Hip flexion, left is one hundred degrees, right is eighty, so the right is still well behind.
P: The right is the new one.
T: Hip abduction strength, left four, right three minus.
T: Timed up and go with the walker, twenty one seconds.
P: Is that slow?
T: It's where people start. Gait with the walker, short steps on the right.

T: Two joints involved, diabetes, the stent, the blood thinner and a fall risk: this is a high complexity evaluation.
P: That sounds serious.
T: It means there's a lot to plan around. You're doing well.
T: Excuse me one second. Kim, Mr. Santos's knee extension was minus five, can you chart it?
T: Sorry about that.

T: Exercises now. Ankle pumps, quad sets, heel slides and glute squeezes.
P: Heel slides pull on the incision.
T: Slide only as far as it's comfortable. That exercise part was nine minutes.

P: When can I get back out in the field? There's a lot of uneven ground.
T: Not for a while. First the house, then the yard, then the field.
P: My partner is covering for me.
T: Good. What about the hip precautions from the surgeon?
P: No bending past ninety, no crossing the legs.
T: Right. And the toilet riser is in at home?
P: My daughter put it in.
T: Good, use it every time.

T: Plan is three times a week for six weeks. Goals are walking with a cane in the house and the TUG under fourteen seconds.
P: I'd like to drive again.
T: We'll talk with your surgeon about that.
P: Thank you, Beth.
""",
    [
        "right hip replaced three weeks ago|right total hip replacement 3 weeks ago",
        "Diabetes, a heart stent two years ago|diabetes, cardiac stent 2 years ago",
        "A four in the right|right hip 4/10",
        "a three in the left|left hip 3/10",
        "A little swelling at the incision",
        "left is one hundred degrees|left hip flexion 100 degrees",
        "right is eighty|right hip flexion 80 degrees",
        "right three minus|right hip abduction 3-/5",
        "twenty one seconds|TUG 21 seconds",
        "high complexity",
        "three times a week for six weeks|3x/week for 6 weeks",
    ],
    ["calf pain", "falls"],
    ["Mr. Santos's knee extension was minus five"],
    sides=[("one hundred", "eighty")],
    colleague="Mr. Santos's knee extension was minus five",
)

S(
    "as_pt10_mechanic_shoulder",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97140": 12, "97530": 13},
    [],
    "97140x1:GP,CQ,KX 97530x1:GP,CQ,59,KX",
    """
t: hey mister reyes its sam the p t a hows the left shoulder
p: um better lifting the hood still tight reaching under the car like a three
t: any numbness down the arm
p: no numbness
t: before we start your therapy spending this year is past the medicare threshold so your claims carry the k x modifier
p: what does that do
t: it says the therapy is still medically necessary and your plan of care says so

t: manual first lie down joint mobs to the back of the shoulder and soft tissue on the upper trap
p: oh yeah thats tight
t: breathe out relax the arm
p: thats better
t: that manual was twelve minutes

t: separate block now the work tasks lifting the tire onto the bench
p: the tire is the real test
t: ten lifts count them out loud
p: one two three four five six seven eight nine ten
t: ten tire lifts good form now reaching overhead to the shelf with the wrench set
p: um the overhead reach is better than last week
t: and lying on the creeper reaching up under the car
p: this is my whole day right here
t: that functional block was thirteen minutes after the manual

p: um can i go back to the big wrenches
t: the long ones yes light pressure no jerking on a stuck bolt
p: stuck bolts are half my life
t: use the breaker bar with both hands and your body weight not the shoulder
p: okay both hands
t: and the creeper with the head rest so you are not holding your head up
p: i have one of those somewhere
t: find it

t: keep the doorway stretch going
p: i do it at the shop
t: see you thursday
""",
    [
        "left shoulder",
        "like a three|3/10",
        "joint mobs|joint mobilizations",
        "upper trap|upper trapezius",
        "ten tire lifts good form|10 tire lifts with good form",
        "reaching overhead to the shelf with the wrench set",
        "lying on the creeper",
        "doorway stretch",
    ],
    ["numbness"],
    ["this is my whole day right here"],
    kx=True,
    has59=True,
    asr=True,
    counted=(10, "ten tire lifts good form"),
)

S(
    "as_pt11_mail_carrier_knee",
    "PT",
    "progress",
    "PT",
    "per-code",
    "test",
    {"97110": 15, "97116": 10},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Hi Denise. Progress report today, so goals first, then we'll work.
P: Great. My route has gotten easier.
T: Knee pain on the route?
P: A two on flat ground, a four on the hills.
T: Any swelling or locking?
P: No locking. It swells a little after a long Saturday.

T: Goal one, walking the full route without stopping. Met, you did it all week.
P: All six days.
T: Goal two, going down stairs step over step with the mail bag. Partly met, you do it with the rail but not without.
P: The porches with no rail are scary.
T: Goal three, kneeling to reach the low mailboxes. Not met, still too sore.
P: I squat instead.
T: Knee flexion today is one twenty six.

T: Exercises now. Step downs off the six inch step, then the wall sits, then the bike.
C: Sorry, is this the bike? I was supposed to do twenty minutes and the other one is broken.
T: Give us a few minutes, it'll be free after her.
C: No rush.
P: Wall sits are awful.
T: Thirty seconds each, five of them. Exercise was fifteen minutes.

T: Gait now with the weighted bag on the ramp and the porch steps.
P: The bag makes it real.
T: Good, short steps down the ramp. Gait was ten minutes.

P: My supervisor wants to give me the walking route with the hills again.
T: What do you think?
P: I'd rather wait another couple of weeks.
T: I agree. We'll put it in the note that the flat route is better for now.
P: Thank you. And my shoes?
T: The new ones with the thicker sole are good.
P: They cost a fortune.
T: Worth it for the miles you walk.

T: Plan is four more weeks, twice a week. New goal, porch steps without a rail.
P: Sounds right.
T: See you Thursday.
""",
    [
        "A two on flat ground|2/10 on flat ground",
        "a four on the hills|4/10 on hills",
        "It swells a little after a long Saturday",
        "walking the full route without stopping. Met|route goal met",
        "Partly met, you do it with the rail|stairs with the mail bag goal partly met",
        "Not met, still too sore|kneeling goal not met",
        "one twenty six|knee flexion 126 degrees",
        "six inch step|6 inch step",
        "Thirty seconds each, five of them|wall sits 5 x 30 seconds",
        "weighted bag on the ramp",
        "four more weeks, twice a week|4 more weeks 2x/week",
    ],
    ["locking"],
    ["I was supposed to do twenty minutes"],
    goals=[("route", "met"), ("mail bag", "partly met"), ("kneeling", "not met")],
    bystander=("I was supposed to do twenty minutes", 20),
)

S(
    "as_pt12_nanny_ankle",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "test",
    {"97112": 10},
    ["97164"],
    "97164x1:GP 97112x1:GP",
    """
t: hi miss osei its your re evaluation today so goals and then both ankles
p: okay um the stroller hills are easier
t: pain today
p: a one walking a three after the park
t: any giving way
p: no it hasnt rolled once

t: goal one pushing the stroller up the park hill with no pain met
p: yes every day
t: goal two single leg balance on the right thirty seconds you held eighteen so partly met
p: eighteen is better than four
t: goal three running after the twins not met we havent tried running yet
p: they are fast

t: both ankles now dorsiflexion left is fifteen degrees right is nine the right is stiffer
t: eversion strength left five right four
p: the right is the bad one

t: balance work now foam pad then the rocker board then catching the ball on one leg
p: um the ball makes it hard
t: eyes on the ball not your feet balance work was ten minutes

p: um can i ask when i can carry one of the twins on my hip
t: on flat ground you can now on stairs use the rail and carry them in front
p: they always want to be carried
t: the stroller is still the best plan on the hills
p: and the playground sand
t: the sand is hard on the ankle wear the brace there
p: okay the brace in the sand
t: and sneakers not sandals

t: plan renewed four more weeks once a week new goal jogging on the treadmill one minute
p: okay
t: see you next week
""",
    [
        "a one walking|1/10 walking",
        "a three after the park|3/10 after the park",
        "stroller up the park hill with no pain met|stroller hill goal met",
        "you held eighteen so partly met|single leg balance 18 seconds goal partly met",
        "running after the twins not met|running goal not met",
        "left is fifteen degrees|left dorsiflexion 15 degrees",
        "right is nine|right dorsiflexion 9 degrees",
        "right four|right eversion 4/5",
        "rocker board",
        "four more weeks once a week|4 more weeks 1x/week",
    ],
    ["giving way"],
    ["they are fast"],
    asr=True,
    goals=[("stroller", "met"), ("held eighteen", "partly met"), ("running after the twins", "not met")],
    sides=[("fifteen", "nine")],
)

S(
    "as_pt13_organist_lumbar",
    "PT",
    "discharge",
    "PT",
    "cms",
    "test",
    {"97110": 14, "97112": 10},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Mrs. Whitfield, last visit today. We'll go over the goals and your home program.
P: I played the whole Sunday service without my back talking to me.
T: Pain on the organ bench now?
P: A one. It was a seven in March.
T: Any numbness down the legs?
P: No numbness.

T: Goal one, sitting on the organ bench for a full service. Met.
P: Met, definitely.
T: Goal two, lifting the hymnal boxes, ten pounds, from the floor. Partly met, you lift them from a chair height.
P: I still ask the choir boys for the floor ones.
T: Goal three, the Oswestry under twenty percent. Today it's twelve percent. Met.
P: Twelve!

T: Exercise. Bird dogs, bridges, then the hip hinge with the dowel.
P: The hinge feels natural now.
T: Good. That was fourteen minutes of exercise.
T: Balance and core control now, sitting on the ball, reaching for the pedals.
P: Like playing the pedals.
T: Exactly. That was ten minutes.

P: The new organ bench at church is too low.
T: Can it be raised?
P: The sexton says there's a cushion for it.
T: A firm cushion, then, so your hips are higher than your knees.
P: I'll ask him on Sunday.
T: And the stairs up to the loft?
P: Slow, with the rail.
T: Good.

T: Your home program. Bird dogs, two sets of ten, bridges two sets of fifteen, and the hinge practice.
T: About fifteen minutes a day at home, and the walk after lunch.
P: I'll do it before practice.
T: Call us if it flares. You're discharged.
P: Thank you, dear.
""",
    [
        "A one|1/10",
        "sitting on the organ bench for a full service. Met|organ bench goal met",
        "Partly met, you lift them from a chair height|hymnal boxes goal partly met",
        "Today it's twelve percent. Met|Oswestry 12%, goal met",
        "Bird dogs",
        "hip hinge with the dowel",
        "sitting on the ball",
        "Bird dogs, two sets of ten|bird dogs 2 x 10",
        "About fifteen minutes a day at home|15 minutes a day home program",
    ],
    ["numbness"],
    ["I still ask the choir boys for the floor ones"],
    goals=[("organ bench", "met"), ("hymnal boxes", "partly met"), ("twelve percent", "met")],
    hep=(15, "Bird dogs, two sets of ten"),
)

S(
    "as_pt14_barber_neck",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97110": 8, "97140": 6},
    [],
    "97110x1:GP",
    """
t: hey andre hows the neck after the saturday rush
p: um stiff a four looking down all day cutting hair
t: any tingling in the hands
p: no tingling
t: headaches
p: one on sunday thats it

t: exercise first chin tucks against the wall count them out loud
p: one two three four five six seven eight nine ten eleven twelve
t: twelve chin tucks now rows with the band and the shoulder blade squeezes
c: ha you think thats hard i did fifty minutes of exercise at my other place yesterday
p: good for you man
t: okay back to it rows and squeezes that exercise part was eight minutes

t: manual now lie back soft tissue on the upper neck and some gentle stretching
p: thats the spot right there
t: breathe manual was six minutes

p: um can i ask is it bad to sleep on my stomach
t: it twists your neck all night try your side with a thicker pillow
p: i always end up on my stomach
t: a body pillow helps you stay on your side
p: my wife will laugh at that
t: she will get used to it
p: and the chair at the shop
t: bring the client up to you not you down to them

t: at the chair keep the client higher so you dont look down so much
p: i can pump the chair up more
t: see you next week
""",
    [
        "a four|4/10",
        "looking down all day cutting hair",
        "one on sunday|1 headache on Sunday",
        "twelve chin tucks|12 chin tucks",
        "rows with the band",
        "shoulder blade squeezes",
        "soft tissue on the upper neck",
        "keep the client higher",
    ],
    ["tingling"],
    ["i did fifty minutes of exercise at my other place yesterday"],
    asr=True,
    bystander=("i did fifty minutes of exercise at my other place yesterday", 50),
    counted=(12, "twelve chin tucks"),
)

S(
    "as_pt15_cook_stroke",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97116": 22, "97110": 9},
    [],
    "97116x1:GP,CQ 97110x1:GP,CQ",
    """
T: Hi Mr. Ferreira, I'm Paula, the PTA. How's the walking at home?
P: Better in the kitchen, slow on the stairs.
T: Any new weakness, dizziness, falls?
P: No falls. Nothing new.
T: Pain anywhere?
P: A two in the right knee.

T: Gait first. Quad cane, down the long hall and back, watch the right foot clear.
P: It catches on the rug at home.
T: Lift the knee, heel first. Now around the cones.
T: Excuse me, one second. Rob, Mrs. Lin's Berg was forty four, the PT wants it in her note.
T: Sorry. Now the stairs, up with the good, down with the bad.
P: Up with the good.
T: And the curb outside the door. Gait and stairs were twenty two minutes.

T: Exercises. Sit to stands, heel raises at the counter, then side steps.
P: Side steps are slow.
T: Slow is fine. That exercise part was nine minutes.

P: Can I go back in the kitchen at the restaurant, just to help?
T: Standing at the counter for short times, yes, with a stool nearby.
P: The floor gets greasy.
T: Then wear the non slip shoes and stay away from the fryer side.
P: My son runs it now anyway.
T: Then let him run it, and you taste the sauces.
P: That's the best job.
T: I thought so.

T: Here's your home program. Sit to stands, two sets of ten, heel raises two sets of fifteen.
T: About twenty minutes a day at home, with your wife nearby for the heel raises.
P: She'll be glad to supervise.
T: The PT sees you Friday.
P: See you.
""",
    [
        "Better in the kitchen, slow on the stairs",
        "A two in the right knee|2/10 right knee",
        "Quad cane",
        "around the cones",
        "up with the good, down with the bad",
        "the curb outside the door",
        "Sit to stands, two sets of ten|sit to stands 2 x 10",
        "About twenty minutes a day at home|20 minutes a day home program",
    ],
    ["dizziness"],
    ["Mrs. Lin's Berg was forty four"],
    hep=(20, "Sit to stands, two sets of ten"),
    colleague="Mrs. Lin's Berg was forty four",
)

S(
    "as_pt16_dancer_hamstring",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97110": 24, "97112": 8},
    [],
    "97110x2:GP,KX",
    """
T: Hi Celeste. How's the hamstring after rehearsal?
P: Tight, a three. The grand battement still pulls.
T: Any numbness down the back of the leg?
P: No numbness.
T: One billing thing. Your PT and speech spending this year is past the Medicare threshold, so your claims carry the KX modifier.
P: Okay.
T: It says the therapy is still medically necessary, and your plan of care backs that.

T: Both sides first. Straight leg raise, left is eighty five degrees, right is seventy, so the right is tighter.
P: The right is the one I hurt.
T: Hamstring strength, left five, right four plus.

T: Exercises. Nordic curls on the mat, count them for me.
P: One, two, three, four, five, six.
T: Six Nordic curls. Then the single leg bridges and the slider curls.
P: The sliders burn.
T: Then the Romanian deadlifts with the kettlebell. That exercise part was twenty four minutes.

T: Balance now, relevé on one leg, then arabesque holds on the foam.
P: The foam is wobbly in relevé.
T: Arms in first. Balance was eight minutes.

P: The company wants me for the spring show.
T: What's the role?
P: A lot of jumps in the second act.
T: Jumps are later. Let's get the kicks back first.
P: I know, I know.
T: Warm up longer than the others, and ice after rehearsal if it's sore.
P: I'll bring the ice pack in my bag.
T: Good.

T: Next week we try a light grand battement at the barre.
P: Finally.
T: See you Tuesday.
""",
    [
        "a three|3/10",
        "grand battement still pulls",
        "left is eighty five degrees|left straight leg raise 85 degrees",
        "right is seventy|right straight leg raise 70 degrees",
        "right four plus|right hamstring 4+/5",
        "Six Nordic curls|6 Nordic curls",
        "slider curls",
        "Romanian deadlifts with the kettlebell",
        "arabesque holds on the foam",
    ],
    ["numbness"],
    ["Finally"],
    kx=True,
    sides=[("eighty five", "seventy")],
    counted=(6, "Six Nordic curls"),
)

S(
    "as_ot08_hairdresser_carpal",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 9},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hi Mrs. Castillo, I'm Nora from occupational therapy. The referral says carpal tunnel release on the right, four weeks ago.
P: Four weeks Friday. I cut hair, so both hands are busy all day.
T: And the left hand?
P: The left has carpal tunnel too, not operated yet.
T: Other health problems?
P: Thyroid, and I'm prediabetic.
T: Pain, zero to ten?
P: A three at the scar, a five in the left at night.
T: Any redness or drainage from the incision?
P: No redness, it's healed.

T: Grip, both hands. Left is thirty eight pounds, right is twenty four, so the right is still weaker after surgery.
P: The scissors feel heavy.
T: Pinch, left nine pounds, right six. Two point discrimination is six millimeters in the right index.
T: Boston questionnaire symptom score three point one.

T: Two hands involved, the thyroid and prediabetes, work demands: this is a moderate complexity evaluation.
P: Okay.

T: Let's work on self care and work setup. Holding the shears with the foam sleeve, and the blow dryer with the strap.
P: The strap helps a lot.
T: Now opening your product bottles with the grip pad.
P: Much easier.
T: That training was nine minutes.

P: Should I wear the splint while I cut hair?
T: Not for cutting. At night, yes, and when you drive.
P: Clients grab my hands to shake them. It hurts.
T: Offer your left, or a little wave.
P: That's funny, but okay.
T: And the scar massage with lotion, not while it's sore.
P: It itches a lot.
T: The massage helps the itch too.

T: Home program. Tendon glides, ten reps, five times a day, and scar massage.
T: About ten minutes a day at home, and the night splint on the left.
P: I'll set an alarm.
T: Plan is twice a week for six weeks. Goals are grip of forty pounds on the right and a full day of clients.
P: See you Tuesday.
""",
    [
        "carpal tunnel release on the right, four weeks ago|right carpal tunnel release 4 weeks ago",
        "A three at the scar|3/10 at the scar",
        "a five in the left at night|left 5/10 at night",
        "Left is thirty eight pounds|left grip 38 lb",
        "right is twenty four|right grip 24 lb",
        "Two point discrimination is six millimeters|2-point discrimination 6 mm right index",
        "three point one|Boston symptom score 3.1",
        "moderate complexity",
        "foam sleeve",
        "Tendon glides, ten reps, five times a day|tendon glides 10 reps 5x/day",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["redness or drainage"],
    ["I'll set an alarm"],
    sides=[("thirty eight", "twenty four")],
    hep=(10, "Tendon glides, ten reps, five times a day"),
)

S(
    "as_ot09_bus_driver_stroke",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 11, "97535": 12},
    [],
    "97530x1:GO,CO 97535x1:GO,CO,59",
    """
t: hi mister grant its yolanda the o t a how was the weekend
p: um okay my son came and we went to the store
t: any new numbness or headaches
p: no nothing new
t: the right hand today
p: stiff a three

t: functional first standing at the counter putting groceries away high and low
p: the cans are heavy
t: use the right hand for the light ones
t: sorry one second maria mister chens grip was twenty two pounds put it in for me
t: okay now carry the bag to the table
p: got it
t: that functional block was eleven minutes

t: now a separate block self care putting on the jacket and zipping it one handed tricks
p: um the zipper is the worst
t: hook it first then pull now the shoes with the elastic laces
p: these laces are good
t: self care was twelve minutes separate from the counter work

p: um can i ever drive the bus again
t: thats a question for your doctor and the driving evaluation later on
p: i miss the route
t: for now we work on getting in and out of your own car safely
p: my son drives me
t: good we will practice the car transfer next week
p: okay
t: bring the car if you can

t: practice the jacket at home every morning
p: okay
t: see you thursday
""",
    [
        "we went to the store",
        "stiff a three|3/10 right hand stiffness",
        "putting groceries away high and low",
        "carry the bag to the table",
        "zipping it",
        "elastic laces",
        "practice the jacket at home every morning",
    ],
    ["numbness or headaches"],
    ["mister chens grip was twenty two pounds"],
    has59=True,
    asr=True,
    colleague="mister chens grip was twenty two pounds",
)

S(
    "as_ot10_typist_finger",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97110": 10, "97535": 8},
    [],
    "97110x1:GO 97535x1:GO",
    """
t: hi miss park hows the finger after the splint came off
p: um stiff a two typing is slow
t: any swelling or numbness in the finger
p: no swelling no numbness

t: exercises first blocking exercises for the middle finger count them
p: one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
t: fifteen blocking reps now the putty and the finger extension band
c: excuse me is this the o t gym i did thirty five minutes of exercise at home and they said come here
t: the front desk will help you right by the door
c: thank you
t: exercise was ten minutes

t: now work tasks typing on the keyboard with the wrist rest and using the mouse with the bigger grip
p: the bigger mouse is better
t: and opening the mail with the letter opener that was eight minutes

p: um the office has a new keyboard
t: is it the flat kind or the split one
p: flat the keys are hard to press
t: ask for a light touch keyboard the keys need less force
p: and my phone
t: use voice typing for long messages
p: i never thought of that
t: it saves the finger

t: keep the blocking exercises at home
p: i will
t: see you monday
""",
    [
        "stiff a two|2/10 stiffness",
        "typing is slow",
        "fifteen blocking reps|15 blocking reps",
        "the putty",
        "finger extension band",
        "keyboard with the wrist rest",
        "mouse with the bigger grip",
        "letter opener",
    ],
    ["swelling"],
    ["i did thirty five minutes of exercise at home"],
    asr=True,
    bystander=("i did thirty five minutes of exercise at home", 35),
    counted=(15, "fifteen blocking reps"),
)

S(
    "as_ot11_gardener_shoulder",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97535": 19, "97110": 7},
    [],
    "97535x1:GO,KX 97110x1:GO,KX",
    """
T: Hi Mrs. Albright. Progress report today, goals and measures.
P: The roses got pruned, so that's something.
T: Shoulder pain?
P: A three most days, a six after gardening.
T: Any numbness or tingling down the arm?
P: No tingling.
T: One billing note. Your OT spending this year is past the Medicare threshold, so we add the KX modifier to your claims.
P: Okay.
T: It tells Medicare the therapy is still medically necessary, and your plan of care shows that.

T: Both shoulders. Flexion, left is one seventy, right is one thirty, so the right is still lower.
T: Grip, left fifty, right forty two.

T: Goal one, washing her hair with both hands. Met.
P: Every morning now.
T: Goal two, reaching the second cupboard shelf with a plate. Partly met, she reaches it without the plate.
T: Goal three, hanging laundry on the line. Not met yet.
P: My neighbor hangs it for me.

T: Self care and home tasks now. Reaching to the shelf with the plate, then putting on the garden gloves and the apron.
P: The apron tie behind me is hard.
T: Tie it in front and turn it around. Then the watering can, half full.
T: Self care and home tasks were nineteen minutes.
T: Exercises now, the pulley and wall walks. That was seven minutes.

P: The raised beds are done, my son built them.
T: That's a big help. Less bending and reaching down.
P: And the long handled tools you showed me.
T: Use both hands on them, elbows close.
P: The hose is heavy when it's full.
T: A hose reel on wheels helps.
P: I'll put it on my list.
T: Good.

T: Plan is four more weeks, twice a week.
P: Good.
T: See you Friday.
""",
    [
        "A three most days|3/10 most days",
        "a six after gardening|6/10 after gardening",
        "left is one seventy|left shoulder flexion 170 degrees",
        "right is one thirty|right shoulder flexion 130 degrees",
        "right forty two|right grip 42 lb",
        "washing her hair with both hands. Met|hair washing goal met",
        "Partly met, she reaches it without the plate|cupboard shelf goal partly met",
        "hanging laundry on the line. Not met|laundry goal not met",
        "Tie it in front and turn it around",
        "watering can, half full|watering can 1/2 full",
        "four more weeks, twice a week|4 more weeks 2x/week",
    ],
    ["tingling"],
    ["My neighbor hangs it for me"],
    kx=True,
    sides=[("one seventy", "one thirty")],
    goals=[("washing her hair", "met"), ("cupboard shelf", "partly met"), ("hanging laundry", "not met")],
)

S(
    "as_ot12_violinist_wrist",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 13},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Hi Ingrid. Re-evaluation today, six weeks since the wrist fracture. Goals first.
P: I played for an hour last night.
T: Pain with playing?
P: A two at the start, a four after the hour.
T: Any numbness in the fingers, any swelling?
P: No numbness. A little swelling after practice.

T: Goal one, holding the violin in playing position for thirty minutes. Met, you played an hour.
P: With breaks.
T: Goal two, wrist extension to sixty degrees. Today fifty two, up from thirty, so partly met.
P: Close.
T: Goal three, carrying the violin case with the left hand. Not met, it still aches with the weight.
P: I use the backpack straps.

T: Exercises. Wrist curls with the one pound weight, count them out loud.
P: One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve.
T: Twelve wrist curls, good. Then supination with the hammer, and the putty.
P: Supination is the hard one for the bow arm.
T: Slow and full range. That was thirteen minutes of exercise.

P: My teacher wants me back in the quartet next month.
T: What do rehearsals look like?
P: Long, with a break in the middle.
T: Take the break every time, and stretch the wrist.
P: The viola player brings snacks, so we always break.
T: Good colleague.
P: And practicing at home?
T: Short sessions, a few times, rather than one long one.

T: Plan is renewed, four more weeks, once a week. The case goal stays, and a new one, a full rehearsal.
P: Three hours.
T: Three hours with breaks. See you next Wednesday.
P: Thank you.
""",
    [
        "wrist fracture",
        "A two at the start|2/10 at the start",
        "a four after the hour|4/10 after an hour",
        "A little swelling after practice",
        "playing position for thirty minutes. Met|playing position 30 minutes goal met",
        "Today fifty two, up from thirty, so partly met|wrist extension 52 degrees, goal partly met",
        "carrying the violin case with the left hand. Not met|violin case goal not met",
        "Twelve wrist curls|12 wrist curls",
        "supination with the hammer",
        "four more weeks, once a week|4 more weeks 1x/week",
    ],
    ["numbness"],
    ["I use the backpack straps"],
    goals=[("playing position", "met"), ("wrist extension", "partly met"), ("violin case", "not met")],
    counted=(12, "Twelve wrist curls"),
)

S(
    "as_ot13_principal_ms",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97535": 10, "97530": 9},
    [],
    "97535x1:GO",
    """
t: hi miss adler last visit today were discharging you
p: um bittersweet
t: how is the fatigue this week
p: a four by the afternoon better with the rest breaks
t: any new numbness or vision changes
p: no vision changes

t: goals goal one dressing in under fifteen minutes with the energy saving steps met
p: twelve minutes this morning
t: goal two making lunch sitting on the stool met
p: every day
t: goal three grading papers for an hour partly met forty minutes then a break
p: forty is honest

t: self care practice one more time putting on the compression socks with the donner
c: oh those things i spent twenty five minutes on mine this morning
p: ha they are a fight
t: good heel in first that self care part was ten minutes
t: then the grading setup at the table with the slant board and reaching for the folders that was nine minutes

p: um the heat in the school is the worst part
t: heat makes the fatigue worse so the fan and cold water help
p: my office has a window
t: open it and keep the fan on your desk
p: the staff meetings go long
t: sit near the door and stand up to stretch
p: okay
t: and schedule the hard work for the morning

t: youve got your energy plan sheet keep the rest breaks
p: i will
t: call us if things change
p: thank you for everything
""",
    [
        "a four by the afternoon|fatigue 4/10 by the afternoon",
        "twelve minutes this morning|dressed in 12 minutes this morning",
        "dressing in under fifteen minutes with the energy saving steps met|dressing under 15 minutes goal met",
        "making lunch sitting on the stool met|lunch goal met",
        "grading papers for an hour partly met|grading goal partly met, 40 minutes then a break",
        "compression socks with the donner|compression sock donner",
        "heel in first",
        "slant board",
    ],
    ["vision changes"],
    ["i spent twenty five minutes on mine this morning"],
    asr=True,
    goals=[("dressing in under fifteen", "met"), ("making lunch", "met"), ("grading papers", "partly met")],
    bystander=("i spent twenty five minutes on mine this morning", 25),
)

S(
    "as_ot14_potter_thumb",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97530": 14, "97140": 9},
    [],
    "97530x1:GO,CO,59 97140x1:GO,CO",
    """
T: Hi Hana, I'm Jess, the OTA today. How's the thumb?
P: Sore at the base, a three. I threw two bowls this weekend.
T: Any clicking or catching?
P: No clicking.
T: Swelling?
P: A little after the wheel.

T: Manual first. Soft tissue to the thenar muscles and gentle joint mobilization at the base.
P: That's tender.
T: Lighter then. Manual was nine minutes.

T: Now, in its own block, the studio tasks. Wedging clay on the table, then centering on the wheel with the thumb in the splint.
P: Centering is the hard one.
T: Use the heel of the hand, not the thumb. Now trimming with the loop tool with the built up handle.
T: One second, Hana. Omar, Mr. Diaz's pinch was eleven pounds, can you enter it?
T: Sorry. Keep trimming. That functional block was fourteen minutes, after the manual.
P: My hands are full of clay.

T: We'll wash up in a minute. How's the teaching going?
P: The big vases need a lot of pressure to center.
T: Smaller pieces for a few weeks. Bowls and cups.
P: My students will want to see the big ones.
T: Show them with a student's hands on the clay, you guide.
P: That's actually a good way to teach.
T: And warm water on the wheel, not cold.
P: The studio sink is always cold.
T: Bring a kettle.

T: Home program. Thumb opposition, ten reps, and the gentle web space stretch, three times a day.
T: About five minutes a day at home, and the splint at the wheel.
P: Five minutes, sure.
T: See you Thursday.
""",
    [
        "a three|3/10",
        "threw two bowls this weekend|threw 2 bowls this weekend",
        "A little after the wheel",
        "thenar muscles",
        "Wedging clay",
        "centering on the wheel with the thumb in the splint",
        "loop tool with the built up handle",
        "Thumb opposition, ten reps|thumb opposition 10 reps",
        "About five minutes a day at home|5 minutes a day home program",
    ],
    ["clicking"],
    ["Mr. Diaz's pinch was eleven pounds"],
    has59=True,
    hep=(5, "Thumb opposition, ten reps"),
    colleague="Mr. Diaz's pinch was eleven pounds",
)

S(
    "as_slp08_fisherman_swallow",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hello Mr. Haugen, I'm Tess, speech pathology. Your doctor sent you for swallowing after the neck radiation.
P: Finished radiation two months ago. Bread sticks, and I cough on water sometimes.
C: I'm his wife, Marit. He's lost eight pounds since the summer.
T: Any fevers or pneumonia since the treatment?
P: No fevers, no pneumonia.
T: Pain when you swallow?
P: A two. Dry mouth is the bigger problem.

T: Oral exam first. Open wide. Tongue out, side to side.
P: Aah.
T: Tongue strength is reduced, range is good. Dry mucosa.
T: Now water, small sips from the cup.
P: Okay.
T: Throat clear after the third sip. Now with your chin down.
P: That's easier.
T: Chin down, five of five sips clear.
T: Now the cracker.
P: It takes me a while.
T: Prolonged chewing, some residue on the tongue, cleared with a sip.

T: Sorry, one moment. Lou, Mrs. Brandt's tongue pressure was twenty nine, put it in her chart please.
T: Thank you. Back to you.

C: He wants to go back out on the boat.
P: The boat is my life.
T: Take water in a squeeze bottle, and soft sandwiches cut small.
C: He eats dried fish out there.
T: Not the dried fish for now. Too chewy with the dry mouth.
P: That's the best part.
T: For now. We'll see how the study looks.
C: I'll pack the soft food.

T: This is a mild oropharyngeal dysphagia after radiation. Soft and bite sized solids, thin liquids with the chin down.
C: What about his coffee?
T: Coffee is fine with the chin down.
T: Home practice. Tongue press against the spoon, ten holds, three times a day, and the Masako.
T: About ten minutes a day at home, and sip water with every bite.
P: Ten minutes.
T: We'll do a video swallow study next week and therapy twice a week for eight weeks.
P: Thank you.
""",
    [
        "Finished radiation two months ago|radiation completed 2 months ago",
        "cough on water sometimes",
        "lost eight pounds since the summer|8 lb weight loss",
        "A two|2/10 with swallowing",
        "Tongue strength is reduced",
        "Chin down, five of five sips clear|chin down 5/5 sips clear",
        "Prolonged chewing",
        "mild oropharyngeal dysphagia",
        "Soft and bite sized solids|IDDSI level 6 soft and bite-sized",
        "Tongue press against the spoon, ten holds|tongue press 10 holds 3x/day",
        "About ten minutes a day at home|10 minutes a day home practice",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["fevers"],
    ["Mrs. Brandt's tongue pressure was twenty nine"],
    colleague="Mrs. Brandt's tongue pressure was twenty nine",
    hep=(10, "Tongue press against the spoon, ten holds"),
)

S(
    "as_slp09_second_grader_lisp",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi ellie its miss rosa the s l p a ready for snake sounds
p: sss sss
c: she wanted to come today she packed her bag herself
t: any colds or ear aches this week
c: no none
t: great ellie teeth together tongue behind the teeth sss

t: s at the start of words sun
p: thun um sun
t: good fix soap
p: soap
t: s at the start was sixteen out of twenty eighty percent
p: can i count my tokens
t: yes count them out loud
p: one two three four five six seven eight nine
t: nine tokens
c: hi sorry my son is in the next room he does thirty minutes of speech homework every night is that too much
t: the s l p can talk with you after his session
c: thanks

t: now s in phrases my sock my sun
p: my thock my sock
t: nice catch s in phrases was seven out of ten with a mirror
p: i like the mirror

c: her teacher says she sounds better reading out loud
t: thats great to hear reading is a good time to practice
c: should i stop her when she says it wrong
t: just say the word back the right way and move on
c: okay model it
p: i can say sun now
t: you can
c: she says it to the dog too

t: the s l p will check the phrases next week
c: keep the cards going at home
t: yes a few minutes after dinner
p: bye miss rosa
""",
    [
        "snake sounds|/s/",
        "she packed her bag herself",
        "s at the start was sixteen out of twenty eighty percent|initial /s/ 16/20 (80%)",
        "nine tokens|9 tokens",
        "good fix",
        "s in phrases was seven out of ten with a mirror|/s/ in phrases 7/10 with a mirror",
        "keep the cards going at home",
    ],
    ["colds or ear aches"],
    ["he does thirty minutes of speech homework every night"],
    asr=True,
    counted=(9, "nine tokens"),
    bystander=("he does thirty minutes of speech homework every night", 30),
)

S(
    "as_slp10_lawyer_parkinson",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
T: Hi Mr. Whitaker. How's the voice this week?
P: Better in court. The judge only asked me to repeat once.
T: Any choking on food or drink?
P: No choking.
T: One billing thing. Your PT and speech spending this year is past the Medicare threshold, so your claims carry the KX modifier.
P: I know the word modifier. Go on.
T: It says the therapy is still medically necessary, and your plan of care supports it.

T: Loud ah, as long as you can. Think loud.
P: Aaaah.
T: Seventy eight decibels, eighteen seconds. Again.
P: Aaaah.
T: Now high and low pitch glides.
P: Up, down.
T: Now your closing argument, loud.
P: Ladies and gentlemen of the jury, the evidence is clear.
T: Seventy four decibels in connected speech.

T: Pardon me one moment. Ruth, Mr. Olsen's loudness was sixty eight, can you put it in his note?
T: Sorry. Let's do the phone call practice.
P: Hello, this is Whitaker, returning your call.
T: Loud and clear.

P: Closing arguments are long. My voice fades at the end.
T: Take a breath before each new point, and look at the back row.
P: Look at the jury's back row.
T: That's it. Aim your voice there.
P: And the phone calls with clients?
T: Stand up for the calls. Your voice is stronger standing.
P: I'll try that tomorrow.
T: Good.

T: Home practice. Ten loud ahs, ten glides, and five functional phrases, twice a day.
T: About fifteen minutes a day at home, and read one page of a brief aloud.
P: I have plenty of briefs.
T: See you Thursday.
""",
    [
        "The judge only asked me to repeat once",
        "Seventy eight decibels, eighteen seconds|sustained ah 78 dB, 18 seconds",
        "pitch glides",
        "Seventy four decibels in connected speech|74 dB in connected speech",
        "phone call practice",
        "Ten loud ahs, ten glides, and five functional phrases, twice a day|10 loud ahs, 10 glides, 5 phrases 2x/day",
        "About fifteen minutes a day at home|15 minutes a day home practice",
        "read one page of a brief aloud|read 1 page of a brief aloud daily",
    ],
    ["choking"],
    ["Mr. Olsen's loudness was sixty eight"],
    kx=True,
    hep=(15, "Ten loud ahs, ten glides"),
    colleague="Mr. Olsen's loudness was sixty eight",
)

S(
    "as_slp11_line_cook",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Tomás. Progress report today. Goals first, then a speech sample.
P: Okay. The kitchen is loud, but I'm calling orders better.
T: How many blocks when you call orders now?
P: Fewer. Maybe a few a night.
T: Any jaw tension or headaches after shifts?
P: No jaw tension anymore.

T: Goal one, calling orders on the line with easy onsets. Met, you told me every shift this week.
P: Every shift.
T: Goal two, stuttered syllables under three percent in conversation. Today four percent, down from nine. Partly met.
P: Four is close.
T: Goal three, ordering at a drive-through without avoiding words. Not met, you still switch words.
P: I say fries when I want onion rings.

T: Speech sample now. Tell me how you make your mole.
P: First I t-toast the chiles, then the seeds, then the chocolate at the end.
T: Nice easy onset on toast. Now the phone, call the supplier.
C: Sorry, is this room free? I was told my group is forty five minutes and starts here.
T: Group is down the hall, room four.
C: Thanks, sorry.
P: Hi, this is Tomás from Casa Verde, I need twenty pounds of onions.
T: Smooth. Light contact on the p.

P: The new line cook finishes my sentences when I block.
T: That can make it harder. Can you tell him to wait?
P: I don't want to be rude.
T: You can say it kindly. Give me a second, I've got it.
P: Give me a second. I can say that.
T: And use the easy onset for the first word.
P: The first word is the hardest.
T: It usually is.

T: Plan is six more weeks, once a week. New goal, the drive-through with one practice run first.
P: I'll take my sister.
T: See you next week.
""",
    [
        "calling orders better",
        "calling orders on the line with easy onsets. Met|calling orders goal met",
        "Today four percent, down from nine. Partly met|4% stuttered syllables, goal partly met",
        "drive-through without avoiding words. Not met|drive-through goal not met",
        "I say fries when I want onion rings",
        "Nice easy onset on toast",
        "Light contact on the p",
        "six more weeks, once a week|6 more weeks 1x/week",
    ],
    ["jaw tension"],
    ["I was told my group is forty five minutes"],
    goals=[("calling orders", "met"), ("four percent", "partly met"), ("drive-through", "not met")],
    bystander=("I was told my group is forty five minutes", 45),
)

S(
    "as_slp12_midwife_aphasia",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
t: hi missus obi todays the re evaluation so we redo the tests and go over the goals
p: um okay words are better
t: any trouble swallowing
p: no trouble swallowing
t: lets warm up count from one to ten for me
p: one two three four five six seven eight nine ten
t: counting to ten all correct

t: naming today eighteen of twenty ninety percent it was twelve at the start
t: following three step directions eight of ten
t: reading a paragraph and answering questions five of five

t: goal one naming common objects eighty percent met
p: eighty
t: ninety today goal two talking on the phone with her sister partly met she needs the script still
p: the script helps
t: goal three writing a grocery list of ten items not met she wrote six
p: spelling is hard

t: thats okay we will work on spelling too
p: um i want to go back to work at the clinic
t: that is a big goal we will work toward it
p: the words for the medicines are hard
t: we can make a list of the words you use most at work
p: yes a list
t: bring the words next time and we practice them
p: okay
t: good

t: plan renewed eight more weeks twice a week the list goal stays and a new goal for phone calls without the script
p: okay
t: see you tuesday
""",
    [
        "counting to ten all correct|automatic speech counting 1-10 correct",
        "naming today eighteen of twenty ninety percent|naming 18/20 (90%)",
        "following three step directions eight of ten|3-step directions 8/10",
        "reading a paragraph and answering questions five of five|paragraph comprehension 5/5",
        "naming common objects eighty percent met|naming goal met at 80%",
        "talking on the phone with her sister partly met|phone goal partly met",
        "grocery list of ten items not met|grocery list goal not met (6 of 10 items)",
        "eight more weeks twice a week|8 more weeks 2x/week",
    ],
    ["trouble swallowing"],
    ["spelling is hard"],
    asr=True,
    goals=[
        ("naming common objects", "met"),
        ("talking on the phone", "partly met"),
        ("grocery list", "not met"),
    ],
    counted=(10, "counting to ten all correct"),
)

S(
    "as_slp13_banker_tbi",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 6},
    [],
    "97129x1:GN",
    """
T: Hi Martin. Last session today. Goals, a little work, and your home plan.
P: I went back to the bank part time on Monday.
T: How's the attention at work?
P: Good in the morning, foggy by three.
T: Any headaches or dizziness this week?
P: No dizziness. A mild headache Tuesday.

T: Goal one, managing his calendar with the planner app, no missed appointments. Met.
P: Not one missed.
T: Goal two, recalling a three step work procedure after thirty minutes. Met.
P: The loan file steps.
T: Goal three, a full day of work without a rest break. Partly met, he works until two, then needs the break.
P: Two is about right.

T: Cognitive work now. The first part is the loan file with errors to find.
P: The interest rate is wrong on page two.
T: Good. That first part was fifteen minutes.
T: Then the divided attention task, counting bills while answering my questions.
P: Forty, sixty, eighty... what was the question?
T: Six more minutes after the first fifteen, twenty one minutes of cognitive work in all.

P: My boss is patient, but the phones ring all the time.
T: Can you turn the ringer down and check messages at set times?
P: I'll ask.
T: And one task at a time. Finish it, then the next.
P: I used to do everything at once.
T: That comes back slowly, not yet.
P: Okay.
T: Write the next task on the sticky note before you stop.

T: Home plan. The planner every morning, and the attention app for three rounds.
T: About twenty minutes a day at home, and a break at two at work.
P: Twenty minutes, fine.
T: You're discharged. Call if things change.
P: Thank you, truly.
""",
    [
        "went back to the bank part time",
        "foggy by three|foggy by 3 pm",
        "A mild headache Tuesday",
        "planner app, no missed appointments. Met|calendar goal met",
        "recalling a three step work procedure after thirty minutes. Met|3-step procedure recall goal met",
        "Partly met, he works until two|full day of work goal partly met, works until 2",
        "loan file with errors",
        "divided attention task",
        "the attention app for three rounds|attention app 3 rounds daily",
        "About twenty minutes a day at home|20 minutes a day home practice",
    ],
    ["dizziness"],
    ["Two is about right"],
    cog=21,
    goals=[("planner app", "met"), ("three step work procedure", "met"), ("full day of work", "partly met")],
    hep=(20, "the attention app for three rounds"),
)

S(
    "as_slp14_trucker_swallow",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Mr. Booker. How were meals on the road this week?
P: I stuck to the soft stuff. Truck stop eggs.
T: Any coughing with meals, any fevers?
P: No fevers. I cough some with the soda.
T: Sodas are thin and fizzy, we'll work on those.

T: Let's start with the supraglottic swallow. Breath in, hold, swallow, cough.
P: Hold, swallow, cough.
T: Good. With the water, ten sips.
P: Okay.
T: Eight of ten with no cough after.
C: Excuse me, where's the bathroom? I just did forty minutes on the treadmill and I'm dying.
T: Out the door and to the left.
C: Thanks.
T: Now the Mendelsohn, hold the swallow at the top.
P: That's a weird one.
T: Three holds, good.

T: One moment, sorry. Ana, Mr. Liu's diet went up to level five this morning, please update the tray card.
T: Sorry, back to you. Now the soda, small sips with the supraglottic.
P: Fizzy burns a little.
T: Six of ten clear with the soda.

P: Truck stop food is the hard part. It's all fried.
T: Soft eggs, soup, oatmeal, the soft stuff you've been picking.
P: And the burgers?
T: Small bites, with ketchup, and swallow twice.
P: My dispatcher laughs at me eating soup.
T: Let him laugh.
P: Ha. Okay.
T: And pull over to eat, don't eat driving.

T: Keep soft foods and use the supraglottic swallow with every drink.
P: Even the coffee?
T: Even the coffee.
P: See you next week.
""",
    [
        "Truck stop eggs",
        "I cough some with the soda",
        "supraglottic swallow",
        "Eight of ten with no cough after|8/10 water sips without cough",
        "Mendelsohn",
        "Three holds|3 Mendelsohn holds",
        "Six of ten clear with the soda|6/10 soda sips clear",
        "Keep soft foods",
    ],
    ["fevers"],
    ["I just did forty minutes on the treadmill", "Mr. Liu's diet went up to level five this morning"],
    bystander=("I just did forty minutes on the treadmill", 40),
    colleague="Mr. Liu's diet went up to level five this morning",
)
# =============================================================================================
# Building the transcripts: small-talk exchanges between beats, recogniser form
# =============================================================================================

# Figure-free small talk, one (clinic, patient) pair per entry ('P: ...' first: the patient starts and the
# clinic answers): no numbers, no billing words.
FILLERS = [
    ("Did you find parking all right?", "Took a while, the lot was full."),
    ("Is it still raining out there?", "Just a drizzle now."),
    ("Can I get you some water?", "Sure, thank you."),
    ("Let me move this chair out of the way.", "Thanks."),
    ("Scoot up a little for me.", "Like this?"),
    ("Is the room warm enough?", "It's fine."),
    ("Take a breather if you need it.", "I'm okay, let's keep going."),
    ("Let me grab a towel.", "Okay."),
    ("How was the drive in?", "Traffic on the bridge, as usual."),
    ("Did you have lunch already?", "A sandwich in the car."),
    ("I like your jacket.", "My daughter picked it out."),
    ("Let me wipe this down first.", "Go ahead."),
    ("Ready for the next one?", "Ready."),
    ("You're working hard today.", "Trying to."),
    ("Let me write that down before I forget.", "Take your time."),
    ("How are the grandkids?", "Loud, as always."),
    ("Did you see the game last night?", "Fell asleep at halftime."),
    ("Hang on, this clipboard keeps sliding.", "It wants to leave."),
    ("Sit tall for me.", "Better?"),
    ("That's the way.", "Thanks."),
    ("Any plans for the weekend?", "Just the garden, if the weather holds."),
    ("Let me adjust the light, it's in your eyes.", "Thank you."),
    ("Nice and easy.", "Okay."),
    ("Good. Keep breathing.", "I am, I promise."),
    ("Hold on, let me find a pen that works.", "There's one on the table."),
    ("Your shoes look new.", "The old ones finally wore out."),
    ("Sorry, it's a little noisy in here today.", "I don't mind the noise."),
    ("Let me close the curtain.", "Okay."),
    ("You look more awake than last time.", "I slept better."),
    ("Is the chair comfortable?", "It's good."),
    ("Let me get the mat down.", "I'll wait."),
    ("How's your coffee?", "Cold by now."),
    ("I'll be right here next to you.", "Good."),
    ("Okay, on to the next thing.", "Let's do it."),
    ("Did your family get over their colds?", "Finally, yes."),
    ("Hold that thought, I'll get the sheet.", "Sure."),
    ("Let me check the schedule for a second.", "Go ahead."),
    ("How's the new puppy?", "Chewing everything."),
    ("You found the new entrance all right?", "The sign helped."),
    ("Let me put your bag over here.", "Thanks."),
    ("That's it, nice and steady.", "I'm trying."),
    ("Let me lower the table a bit.", "That's better."),
    ("Did you bring your water bottle?", "It's in the car."),
    ("Watch the cord on the floor.", "Got it."),
    ("How's your week been otherwise?", "Busy, but good."),
    ("Let me get a fresh pillow case.", "Sure."),
    ("Okay, little break while I set up.", "Fine by me."),
    ("Let me just jot this down.", "Go ahead."),
    ("P: Can I take my jacket off?", "Of course, hang it on the hook."),
    ("P: Is it always this busy in here on Tuesdays?", "It comes in waves."),
    ("P: Do you mind if I sit for a second?", "Sit, take your time."),
    ("P: Where did you get that mug?", "My nephew made it in art class."),
    ("P: It smells like coffee in here.", "Somebody made a fresh pot."),
    ("P: Sorry, my phone buzzed, I'll ignore it.", "Sure, whenever you're ready."),
    ("P: Is that new equipment over there?", "It came in last month."),
    ("P: Can I get a tissue?", "Right behind you."),
    ("P: I like the new paint in here.", "It was a long weekend of painting."),
    ("P: My neighbor says hello, she came here last year.", "Tell her hello back."),
    ("P: Should I keep my shoes on?", "Keep them on for this."),
]


def _num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        d, u = divmod(n, 10)
        return TENS[d - 2] + ("" if u == 0 else " " + ONES[u])
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " " + _num_words(r))


def asr_text(t):
    """A recogniser's form: lower case, no punctuation, numbers as words."""
    t = (
        t.replace("%", " percent")
        .replace("/", " ")
        .replace("-", " ")
        .replace("&", " and ")
        .replace("+", " plus ")
    )
    t = re.sub(
        r"(\d+)\.(\d+)", lambda m: m.group(1) + " point " + " ".join(ONES[int(c)] for c in m.group(2)), t
    )
    t = re.sub(r"\d+", lambda m: _num_words(int(m.group(0))), t)
    t = re.sub(r"[.,?!;:'\"()]", "", t.lower())
    return re.sub(r"\s+", " ", t).strip()


# a line that asks something (recogniser lines carry no question mark, so their first word decides)
QUESTION = re.compile(
    r"(\?$|^(is|are|do|does|did|can|could|what|how|where|when|why|should|will|would|so|any)\b)", re.I
)


def build(s):
    """Adds small-talk pairs (seeded by the id) where the talk can turn, always before a clinic line: between the
    written beats, or between two clinic lines the first of which asks nothing (so no answer is cut from what it
    answers), never in the first two or the last four lines, and two pairs at one place only where a session has
    too few such places; a recogniser session then gets every line in its recogniser form."""
    rng = random.Random(int(hashlib.sha256(("blind42/pad/" + s["id"]).encode()).hexdigest()[:12], 16))
    beats = [[x.strip() for x in b.splitlines() if x.strip()] for b in s["text"].strip().split("\n\n")]
    flat, starts = [], set()
    for b in beats:
        starts.add(len(flat))
        flat += b
    n = len(flat)
    points = [
        i
        for i in range(2, n - 4)
        if flat[i][0].upper() == "T"
        and (i in starts or (flat[i - 1][0].upper() == "T" and not QUESTION.search(flat[i - 1][2:].strip())))
    ]
    pairs = max(0, (rng.randint(41, 45) - n + 1) // 2)
    at = rng.sample(points, min(pairs, len(points)))
    at = sorted(at + [rng.choice(points) for _ in range(pairs - len(at))])
    pool = rng.sample(FILLERS, len(FILLERS))
    out = []
    for i, line in enumerate(flat):
        for _ in range(at.count(i)):
            # after a patient's line the clinic speaks first, so two patient lines never run together
            first_p = out[-1][0].upper() == "T"
            t, p = next(f for f in pool if first_p or not f[0].startswith("P: "))
            pool.remove((t, p))
            out += [f"P: {t[3:]}", f"T: {p}"] if t.startswith("P: ") else [f"T: {t}", f"P: {p}"]
        out.append(line)
    if s["asr"]:
        out = [x[0].lower() + ": " + asr_text(x[2:]) for x in out]
    s["text"] = "\n".join(out) + "\n"


# =============================================================================================
# Checks of the new situations
# =============================================================================================

WORSE = re.compile(r"\b(worse|weaker|tighter|stiffer|behind|lags|lower)\b", re.I)
STATUS = {
    "met": r"(?<!partly )(?<!not )(?<!yet )\bmet\b",
    "partly met": r"\bpartly met\b",
    "not met": r"\bnot (yet )?met\b",
}


def says_whole(n, text):
    """says(), but "thirty" inside "thirty five" does not count as thirty."""
    units = r"(?!\s*-?\s*(?:" + "|".join(ONES[1:10]) + r")\b)"
    return any(
        re.search(r"(?<![\w.:/-])" + re.escape(f) + r"(?![\w:/-])" + (units if f in TENS else ""), text, re.I)
        for f in words_for(n)
    )


def fig_in(fig, text):
    return re.search(r"(?<![\w-])" + re.escape(fig.lower()) + r"(?![\w-])", text.lower()) is not None


def check_new(s, segs, clinic, alts, bad):
    keyed = set(s["timed"].values()) | {p for v in s["parts"].values() for p in v}
    for left, right in s["sides"]:
        if not any(
            re.search(r"\bleft\b", t, re.I)
            and re.search(r"\bright\b", t, re.I)
            and fig_in(left, t)
            and fig_in(right, t)
            and WORSE.search(t)
            for t in clinic
        ):
            bad(f"sides: left {left} / right {right} not said together by the clinic with a worse-word")
        if not any(re.search(r"\bleft\b", o) and fig_in(left, o) for o in alts) or not any(
            re.search(r"\bright\b", o) and fig_in(right, o) for o in alts
        ):
            bad(f"sides: a side's figure ({left} / {right}) not in a fact with its side")
        for o in alts:
            if (re.search(r"\bleft\b", o) and fig_in(right, o) and not fig_in(left, o)) or (
                re.search(r"\bright\b", o) and fig_in(left, o) and not fig_in(right, o)
            ):
                bad(f"sides: a fact pairs a side with the other side's figure: {o!r}")
    if s["hep"]:
        n, reps = s["hep"]
        if not any(
            says(n, t)
            and re.search(r"\bhome\b", t, re.I)
            and re.search(r"\b(a day|daily|each day|every day|per day)\b", t, re.I)
            for t in clinic
        ):
            bad(f"hep: {n} home minutes not said by the clinic beside 'home' and a per-day word")
        if not any(reps.lower() in x for x in alts):
            bad(f"hep: reps {reps!r} not in a fact")
        if n in keyed:
            bad(f"hep: home minutes {n} keyed as minutes")
    if s["goals"]:
        if len({st for _, st in s["goals"]}) < 2:
            bad("goals: fewer than two statuses")
        if not re.search(r"\bgoals?\b", " ".join(clinic), re.I):
            bad("goals: 'goal' never said by the clinic")
        for g, st in s["goals"]:
            rx = STATUS[st]
            if not any(g.lower() in t.lower() and re.search(rx, t, re.I) for t in clinic):
                bad(f"goals: {g!r} not said by the clinic with its status {st!r}")
            hold = [o for o in alts if g.lower() in o]
            if not any(re.search(rx, o) for o in hold):
                bad(f"goals: {g!r} not in a fact with its status {st!r}")
            for o in hold:
                if not re.search(rx, o) and any(re.search(r, o) for k, r in STATUS.items() if k != st):
                    bad(f"goals: a fact gives {g!r} another status: {o!r}")
    for field in ("bystander", "colleague"):
        if not s[field]:
            continue
        ph = (s[field][0] if field == "bystander" else s[field]).lower()
        if field == "bystander":
            n = s[field][1]
            if not any(g["speaker"] == "caregiver" and ph in g["text"].lower() for g in segs):
                bad("bystander: not said by a caregiver-tagged speaker")
            if not says_whole(n, ph):
                bad(f"bystander: {n} not in the bystander's words")
            if n in keyed:
                bad(f"bystander: {n} minutes keyed as ours")
        else:
            if not any(ph in t.lower() for t in clinic):
                bad("colleague: not said by the clinic")
            if not (re.search(r"\d", ph) or NUMWORD.search(ph)):
                bad("colleague: no figure in the colleague's words")
        if not any(a.lower() in ph or ph in a.lower() for a in s["absent"]):
            bad(f"{field}: not kept in absent")
        if any(ph in x or (len(x) >= 12 and x in ph) for x in alts):
            bad(f"{field}: in a fact")
    if s["counted"]:
        n, ph = s["counted"]
        seq = r"[\s,.]+".join(
            "(?:" + "|".join(re.escape(w) for w in words_for(k)) + ")" for k in (n - 2, n - 1, n)
        )
        if not any(re.search(r"\b" + seq + r"\b", g["text"], re.I) for g in segs):
            bad(f"counted: {n - 2} {n - 1} {n} not counted aloud in one turn")
        if not any(ph.lower() in x for x in alts):
            bad(f"counted: {ph!r} not in a fact")
        if not says_whole(n, ph):
            bad(f"counted: {ph!r} does not hold the count {n}")
        if n in keyed:
            bad(f"counted: the count {n} keyed as minutes")


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
    "buried cotreat co treat codes changes progressed "
    "sides side left right bilateral both hep home goal goals status met partly bystander visitor stranger "
    "colleague coworker coworkers interrupt interrupted count counted counting reps aloud".split()
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
    rng = random.Random(int(hashlib.sha256(("blind42/" + s["id"]).encode()).hexdigest()[:12], 16))
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

    m = re.fullmatch(r"as_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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
    check_new(s, segs, clinic, alts, bad)
    return codes, mods


# the new situations of this set: each in 3 or more sessions per half
NEW_FIELDS = ("sides", "hep", "goals", "bystander", "colleague", "counted")


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
        for field in NEW_FIELDS:
            n = sum(bool(s[field]) for s in hs)
            if n < 3:
                problems.append(f"{h}: {field} in {n} sessions (3 or more needed)")


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
        out.append(
            f"{h} new situations: " + ", ".join(f"{f} {[s['id'] for s in hs if s[f]]}" for f in NEW_FIELDS)
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
    if name != sid + ".json" or not re.fullmatch(r"as_(pt|ot|slp)\d\d_[a-z_]+", sid):
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
    ("pt03", "hand key drops 59 on 97530", _set(key="97140x1:GP 97530x1:GP"), "key: rules give"),
    (
        "pt08",
        "'KX' no longer said",
        _sub("so your claims carry the KX modifier.", "so your claims are noted."),
        "KX needs cms",
    ),
    (
        "pt01",
        "a fact pairs the left side with the right side's figure",
        _addfact("a lot tighter|left dorsiflexion fourteen degrees"),
        "sides: a fact pairs a side with the other side's figure",
    ),
    (
        "pt03",
        "the worse-word removed from the both-sides turn",
        _sub("so the right is still well behind.", "and that's the right."),
        "not said together by the clinic with a worse-word",
    ),
    (
        "ot01",
        "the right grip dropped from the facts",
        _dropfact("right is fifty one|right grip 51 lb"),
        "sides: a side's figure",
    ),
    (
        "pt02",
        "the fifteen home minutes keyed as 97110 (same cms units; hand key kept)",
        _set(timed={"97110": 15, "97116": 12}),
        "hep: home minutes 15 keyed as minutes",
    ),
    (
        "pt06",
        "the home time said without a per-day word",
        _sub(
            "About ten minutes a day at home, five days a week.",
            "About ten minutes at home, five days a week.",
        ),
        "hep: 10 home minutes not said",
    ),
    (
        "slp01",
        "the home program's reps dropped from the facts",
        _dropfact("Naming ten tools from the shop, three times each|naming 10 tools x 3 daily"),
        "hep: reps",
    ),
    (
        "ot05",
        "a fact gives the partly met goal as met",
        lambda s: s.update(
            facts=[
                "Partly met, you're doing it with the pot half full|pot half full goal met"
                if f.startswith("Partly met, you're doing it")
                else f
                for f in s["facts"]
            ]
        ),
        "goals: a fact gives 'pot half full' another status",
    ),
    (
        "slp04",
        "the 'not met' no longer said for the workday goal",
        _sub(
            "Goal three, a full workday without a rest break. Not met, you still need the one o'clock break.",
            "Goal three, a full workday without a rest break. You still need the one o'clock break.",
        ),
        "goals: 'full workday' not said by the clinic with its status",
    ),
    (
        "ot06",
        "only met goals left",
        _set(goals=[("shirt overhead", "met"), ("feed bucket", "met")]),
        "goals: fewer than two statuses",
    ),
    (
        "pt04",
        "the partly met flexion goal's fact loses its status",
        lambda s: s.update(
            facts=[
                "its one twelve now|flexion 112" if f.startswith("its one twelve now") else f
                for f in s["facts"]
            ]
        ),
        "goals: 'one twelve' not in a fact with its status",
    ),
    (
        "pt07",
        "the other patient's line given to the patient",
        _sub("c: dont let him work you too hard honey", "p: dont let him work you too hard honey"),
        "bystander: not said by a caregiver-tagged speaker",
    ),
    (
        "ot02",
        "the other patient's words no longer kept in absent",
        _set(absent=["my wife will be glad"]),
        "bystander: not kept in absent",
    ),
    (
        "slp04",
        "the visitor's bike minutes kept as a fact",
        _addfact("I did sixty minutes on the bike at home this morning|60 minutes on the bike"),
        "bystander: in a fact",
    ),
    (
        "pt03",
        "the colleague's figure for another patient kept as a fact",
        _addfact("Mr. Holloway's knee was ninety two degrees today|knee flexion 92 degrees"),
        "colleague: in a fact",
    ),
    (
        "ot07",
        "the colleague's line tagged caregiver",
        _sub("T: Pardon me one moment. Tasha, Mrs. Reyes", "C: Pardon me one moment. Tasha, Mrs. Reyes"),
        "colleague: not said by the clinic",
    ),
    (
        "slp03",
        "the colleague's words no longer kept in absent",
        _set(absent=["What does that mean for me?"]),
        "colleague: not kept in absent",
    ),
    (
        "slp05",
        "the counting cut at seven",
        _sub("p: one two three four five six seven eight nine ten", "p: one two three four five six seven"),
        "counted: 8 9 10 not counted aloud",
    ),
    (
        "pt04",
        "the counted sets dropped from the facts",
        _dropfact("two sets of twelve step ups|2 x 12 step ups"),
        "counted: 'two sets of twelve step ups' not in a fact",
    ),
    (
        "pt07",
        "the count of fifteen keyed as exercise minutes (same per-code units; hand key kept)",
        _set(timed={"97110": 15, "97112": 7}),
        "counted: the count 15 keyed as minutes",
    ),
    ("slp06", "cut to 39 turns", _trim(39), "39 turns"),
    ("ot03", "KX session put under per-code", _set(rule="per-code"), "KX needs cms"),
    (
        "ot02",
        "a comma in a recogniser line",
        _sub(
            "t: lets start in the bathroom with the shower chair",
            "t: lets start in the bathroom, with the shower chair",
        ),
        "lower-case tags without a clean recogniser text",
    ),
    (
        "slp04",
        "cognitive block split 13 + 13",
        _set(timed={"97129": 13, "97130": 13}),
        "cognitive block not split",
    ),
    (
        "pt01",
        "'low complexity' said for 97162",
        _sub("a moderate complexity evaluation", "a low complexity evaluation"),
        "'moderate complexity' not said",
    ),
    ("slp02", "SLPA session put under cms", _set(rule="cms"), "SLPA under Medicare"),
    (
        "ot04",
        "'goal' replaced by 'aim' everywhere",
        lambda s: s.update(text=re.sub(r"\bgoals?\b", "aim", s["text"])),
        "goals: 'goal' never said by the clinic",
    ),
    (
        "slp07",
        "the colleague's words without a figure",
        lambda s: s.update(
            text=s["text"].replace("Mrs. Green's oxygen was ninety one", "Mrs. Green's oxygen was low"),
            absent=["I did thirty minutes of walking this morning", "Mrs. Green's oxygen was low"],
            colleague="Mrs. Green's oxygen was low",
        ),
        "colleague: no figure",
    ),
    # test half
    (
        "pt10",
        "hand key puts 59 on 97140",
        _set(key="97140x1:GP,CQ,59,KX 97530x1:GP,CQ,KX"),
        "key: rules give",
    ),
    (
        "pt09",
        "a fact pairs the right side with the left side's figure",
        _addfact("still well behind|right hip flexion one hundred degrees"),
        "sides: a fact pairs a side with the other side's figure",
    ),
    (
        "pt16",
        "the two sides said in two turns",
        _sub(
            "T: Both sides first. Straight leg raise, left is eighty five degrees, right is seventy, so the right is tighter.",
            "T: Both sides first. Straight leg raise, left is eighty five degrees.\nT: And right is seventy, so the right is tighter.",
        ),
        "sides: left eighty five / right seventy not said together",
    ),
    (
        "ot11",
        "the left flexion dropped from the facts",
        _dropfact("left is one seventy|left shoulder flexion 170 degrees"),
        "sides: a side's figure",
    ),
    (
        "pt13",
        "the home time said without 'home'",
        _sub(
            "About fifteen minutes a day at home, and the walk after lunch.",
            "About fifteen minutes a day, and the walk after lunch.",
        ),
        "hep: 15 home minutes not said",
    ),
    (
        "ot14",
        "the five home minutes keyed as manual therapy",
        _set(timed={"97530": 14, "97140": 5}),
        "hep: home minutes 5 keyed as minutes",
    ),
    (
        "slp10",
        "the home program's reps dropped from the facts",
        _dropfact(
            "Ten loud ahs, ten glides, and five functional phrases, twice a day|10 loud ahs, 10 glides, 5 phrases 2x/day"
        ),
        "hep: reps",
    ),
    (
        "pt11",
        "a fact gives the partly met stairs goal as met",
        lambda s: s.update(
            facts=[
                "Partly met, you do it with the rail|stairs with the mail bag goal met"
                if f.startswith("Partly met, you do it")
                else f
                for f in s["facts"]
            ]
        ),
        "goals: a fact gives 'mail bag' another status",
    ),
    (
        "ot12",
        "the 'not met' no longer said for the case goal",
        _sub(
            "Goal three, carrying the violin case with the left hand. Not met, it still aches with the weight.",
            "Goal three, carrying the violin case with the left hand. It still aches with the weight.",
        ),
        "goals: 'violin case' not said by the clinic with its status",
    ),
    (
        "slp13",
        "only met goals left",
        _set(goals=[("planner app", "met"), ("three step work procedure", "met")]),
        "goals: fewer than two statuses",
    ),
    (
        "pt14",
        "the other patient's fifty minutes keyed as ours",
        _set(timed={"97110": 50, "97140": 6}),
        "bystander: 50 minutes keyed as ours",
    ),
    (
        "ot13",
        "the other patient's words no longer kept in absent",
        _set(absent=["bittersweet"]),
        "bystander: not kept in absent",
    ),
    (
        "slp11",
        "the visitor's line tagged therapist",
        _sub("C: Sorry, is this room free? I was told", "T: Sorry, is this room free? I was told"),
        "bystander: not said by a caregiver-tagged speaker",
    ),
    (
        "pt15",
        "the colleague's Berg for another patient kept as a fact",
        _addfact("Mrs. Lin's Berg was forty four|Berg 44"),
        "colleague: in a fact",
    ),
    (
        "ot09",
        "the colleague's line given to the patient",
        _sub("t: sorry one second maria mister chens", "p: sorry one second maria mister chens"),
        "colleague: not said by the clinic",
    ),
    (
        "slp14",
        "the colleague's words no longer kept in absent",
        _set(absent=["I just did forty minutes on the treadmill"]),
        "colleague: not kept in absent",
    ),
    (
        "ot10",
        "the counting cut at ten",
        _sub(
            "p: one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
            "p: one two three four five six seven eight nine ten",
        ),
        "counted: 13 14 15 not counted aloud",
    ),
    (
        "slp12",
        "the counted phrase dropped from the facts",
        _dropfact("counting to ten all correct|automatic speech counting 1-10 correct"),
        "counted: 'counting to ten all correct' not in a fact",
    ),
    (
        "pt16",
        "the count of six keyed as balance minutes (same cms units; hand key kept)",
        _set(timed={"97110": 24, "97112": 6}),
        "counted: the count 6 keyed as minutes",
    ),
    ("ot13", "hand key puts 59 on 97535 with 97530 unbilled", _set(key="97535x1:GO,59"), "key: rules give"),
    (
        "slp13",
        "hand key bills 97130 from 6 minutes under cms",
        _set(key="97129x1:GN 97130x1:GN"),
        "key: rules give",
    ),
    (
        "pt12",
        "a comma in a recogniser line",
        _sub("t: both ankles now dorsiflexion", "t: both ankles now, dorsiflexion"),
        "lower-case tags without a clean recogniser text",
    ),
    ("slp09", "SLPA session put under cms", _set(rule="cms"), "SLPA under Medicare"),
    ("ot12", "re-evaluation given to an OTA", _set(role="OTA"), "assistant on a note other than daily"),
    (
        "ot10",
        "the bystander's minutes given as 30 (the words say thirty five)",
        _set(bystander=("i did thirty five minutes of exercise at home", 30)),
        "bystander: 30 not in the bystander's words",
    ),
    (
        "slp09",
        "the counted phrase does not hold the count",
        _set(counted=(9, "good fix")),
        "counted: 'good fix' does not hold the count 9",
    ),
]


FILE_PROBES[:] = [
    # (half, what is changed, mutation of the half's (name, doc) list, message expected)
    (
        "dev",
        "as_pt03: 97140 billed x2 from 10 minutes",
        _fdoc("as_pt03", _codes(c97140=2)),
        "units from minutes",
    ),
    ("dev", "the OT evaluation file removed", _fdrop("as_ot01"), "a note type is missing"),
    ("dev", "CO stripped from the OTA's file as_ot07", _strip("CO", "as_ot07"), "assistant modifier"),
    (
        "dev",
        "as_slp02 made an SLPA progress report",
        _fdoc("as_slp02", lambda d: d.update(note_type="progress")),
        "assistant on a note other than daily",
    ),
    (
        "dev",
        "as_pt02: the fifteen home minutes added to 97110 (33 + 12 = 45 gives three units, two billed)",
        _fdoc("as_pt02", lambda d: d["expected"]["minutes"].update({"97110": 33})),
        "units from minutes under cms",
    ),
    ("dev", "as_slp06: 92507 billed x2", _fdoc("as_slp06", _codes(c92507=2)), "untimed 92507 x2"),
    ("dev", "as_ot02: 59 moved from 97535 to 97530", _fdoc("as_ot02", _move59_535), "59 does not follow"),
    (
        "test",
        "KX stripped from pt10, pt16 and ot11 (one KX session left)",
        _strip("KX", "as_pt10", "as_pt16", "as_ot11"),
        "KX sessions",
    ),
    (
        "test",
        "as_ot10 rule flipped to cms (97110 10 + 97535 8 = 18 gives one unit, two billed)",
        _fdoc("as_ot10", lambda d: d.update(rule="cms")),
        "units from minutes under cms",
    ),
    (
        "test",
        "59 stripped from pt10 and ot09 (one 59 session left)",
        _strip("59", "as_pt10", "as_ot09"),
        "sessions with 59",
    ),
    (
        "test",
        "as_slp14: an absent entry that was never said",
        _fdoc("as_slp14", _absent_unsaid),
        "not in the transcript",
    ),
    (
        "test",
        "as_ot13: 97530 billed from its 9 minutes (19 minutes give one unit)",
        _fdoc("as_ot13", _codes(c97530=1)),
        "units from minutes under cms",
    ),
    (
        "test",
        "as_slp13: 97130 billed from its 6 minutes",
        _fdoc("as_slp13", _codes(c97130=1)),
        "units from minutes under cms",
    ),
]


for _s in SESSIONS:
    build(_s)


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
    base = os.environ.get("BLIND42_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("as_") and name.endswith(".json"):
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
