#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), fortieth set (ids aq_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind32-39
(what they pushed on) and lines 1-80 plus the rules / text helpers / checks / probes part of make_blind39.py
(copied, then extended).  Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its clock readings) is said by the clinic, turns (40-60), timestamps, facts / negated /
     absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND40_OUT);
  3. reads the written files back and checks them on their own (valid JSON, fields, ids, counts per half,
     note types, both rules per discipline, KX / 59 / assistant / recogniser counts, units recomputed from
     expected.minutes under each file's rule, 97150 one unit and never in minutes).

Transcript lines: "T: ..." (anyone speaking for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, anyone else in the room).  Lower-case tags mark a speech-recogniser transcript (no capitals or
punctuation; numbers mostly as words, a few as digits, homophones and misheard words kept).  Hand key:
"97110x2:GP,CQ 97112x1:GP,CQ".
Per session, as blind39: `parts`, `fixed`, `stopped`, `clock`, `taken`, `inject`, `total`, `refused`,
`recoded`, `request`, `away`; new here:
`rest` = (block, [codes], rest_code): one block of minutes said by the clinic and split between codes, the
  last one given only as "the rest" (its minutes need not be said; the block must be, and must add up);
`previous` = [phrases]: last visit's figures read back from the old note by the clinic (said beside a
  read-back word, kept in absent, never a fact);
`updown` = [(today, before)]: a measure said as "up from" / "down from" a previous figure: both in one turn
  with the from-word, today's figure in a fact, the previous one in no fact;
`group` = minutes of a group (97150) part of the visit: 97150 keyed, the group minutes said by the clinic and
  never keyed as timed minutes or a part, and the one-on-one time said;
`trained` = (who, what): a caregiver trained at the end: the caregiver speaks, the clinic says what, a fact
  names who, and a home program is said to be handed over;
`scratch` = (wrong, right): a figure the clinic corrects in the wrap-up: the wrong one said first, the right
  one later in a clinic turn with a correction word, the wrong one in absent, the right one in a fact;
`others` = a patient's or caregiver's words about someone else's therapy or another clinic's billing: said
  by someone other than the clinic and kept in absent.
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
        )
    )


# --------------------------------------------------------------------------------------------- PT, dev

S(
    "aq_pt01_mail_carrier_ankle",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Good morning, I'm Dana, I'll be your physical therapist today. What brings you in?
P: My right ankle. I rolled it stepping off a curb on my route, about five weeks ago.
T: You're a mail carrier?
P: Twenty-two years. I walk about eight miles a day when I'm working.
T: Are you working now?
P: Light duty, sorting inside. I hate it.
T: Did you have X-rays?
P: Urgent care did X-rays, no fracture. They gave me a lace-up brace.
T: Pain right now, zero to ten?
P: Three sitting here. Gets to a seven by the end of a long day.
T: Where exactly?
P: Outside of the ankle, under the bone, and sometimes up the side of the shin.
T: Any numbness or tingling in the foot?
P: No, none of that.
T: Has it given way on you since?
P: Twice on uneven ground. I didn't fall, just caught myself.
T: Any other medical history I should know about?
P: High blood pressure, on lisinopril. That's it.
P: You know, my sister went to a clinic across town for her shoulder, and they billed her insurance four units for twenty minutes. Is that how you do it?
T: I can't speak to another clinic. Today is about your ankle. Let me look at your range of motion.
T: Dorsiflexion on the right is 8 degrees, left is 18. Plantarflexion right 40, left 50.
T: Inversion is limited and painful at the end. Eversion strength is four minus on the right, five on the left.
T: Stand on your right leg for me, eyes open.
P: Okay... that's wobbly.
T: Eleven seconds on the right, thirty on the left before you touched down.
T: Now a single-leg heel raise, as many as you can.
P: One, two, three... six. That's all I've got.
T: Six on the right, twenty on the left.
T: The anterior drawer test is mildly positive on the right, no gross laxity.
T: Any swelling in the mornings?
P: A little, goes down once I'm moving.
T: Figure-of-eight measure is 54 centimeters on the right, 52 on the left.
T: Lower Extremity Functional Scale, you scored 48 out of 80.
T: This is a moderate complexity evaluation: a few factors, the job demands and the blood pressure, and a lateral ankle sprain with instability.
T: Now we'll do some exercise so you have a start. Calf raises on both feet, ten times.
P: Those are fine on two feet.
T: Band eversion, red band, two sets of fifteen.
P: That burns on the outside.
T: Tandem stance at the counter, three times thirty seconds.
T: That was ten minutes of exercise.
T: Goals: single-leg stance thirty seconds on the right, ten single-leg heel raises, and back to full route in eight weeks.
T: Twice a week for eight weeks. Keep the brace on for the route when you go back.
P: Sounds good. When can I stop wearing it at home?
T: We'll look at that in two weeks.
""",
    [
        "mail carrier",
        "five weeks ago|5 weeks ago",
        "lace-up brace",
        "no fracture",
        "Dorsiflexion on the right is 8 degrees",
        "Eleven seconds on the right|11 seconds",
        "Six on the right|6 single-leg heel raises",
        "54 centimeters",
        "48 out of 80",
        "Twice a week for eight weeks|2 times a week for 8 weeks",
        "lisinopril",
    ],
    ["numbness or tingling"],
    ["billed her insurance four units"],
    others="my sister went to a clinic across town for her shoulder, and they billed her insurance four units for twenty minutes",
)

S(
    "aq_pt02_roofer_shoulder",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 10, "97530": 15, "97112": 9},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hi Marcus, how's the shoulder since Thursday?
P: Better. I got up on a ladder at my cousin's place and it held up.
T: Pain today?
P: Two, maybe three when I reach overhead.
T: Any clicking or catching?
P: No catching. It pops sometimes but doesn't hurt.
T: Any numbness in the hand?
P: No.
T: Before we start, a billing note. You've passed the yearly therapy threshold for physical therapy, and the shoulder still needs skilled work, so it's medically necessary and we add the KX modifier to the claim.
P: Okay, whatever you need.
T: Lie on your back. I'll start with joint mobilization to the shoulder, posterior glides.
P: That's a good stretch.
T: Now some soft tissue work along the upper trap and the lats.
P: Right there, yeah.
T: Flexion is up to 160 degrees after the glides.
T: That manual block was ten minutes.
T: Now up to the ladder we have in the corner. You'll carry the bundle up two rungs and place it on the shelf.
P: Like shingles.
T: Like shingles. Keep the elbow below the shoulder coming back down.
P: Okay. That's twelve pounds?
T: Twelve pounds. Five trips.
T: Good. Now stand on the foam pad and reach to the targets while I nudge you.
P: Whoa, that's harder than the ladder.
T: Eyes on the target. Keep your feet quiet.
P: Got it.
T: Step off the pad and do the reaches on one foot at the ladder.
P: That's a lot of balance work.
T: It is. Roof pitches aren't level.
T: Last piece, carry the bundle across the room, twenty feet, three trips.
P: Easy.
T: Okay. That whole ladder and carrying block was twenty-four minutes. Of those twenty-four, about nine were really balance on the foam and the one-foot reaches, the rest was lifting and carrying on the ladder.
P: You count all that?
T: I keep track of what we do. How's the shoulder after that?
P: A little tired. Maybe a three.
T: No sharp pain with the overhead placement?
P: No, just tired.
T: Home: keep the band rows and add the wall slides, ten each.
P: Will do.
T: Next time we'll go up a rung with more weight.
P: Sounds good.
T: I'll see you Monday.
""",
    [
        "ladder",
        "Two, maybe three|pain 2 to 3",
        "posterior glides",
        "160 degrees",
        "Twelve pounds|12 pounds",
        "Five trips|5 trips",
        "foam pad",
        "twenty feet|20 feet",
        "band rows",
        "wall slides",
    ],
    ["numbness in the hand", "sharp pain with the overhead placement"],
    ["my cousin's place"],
    kx=True,
    has59=True,
    rest=(24, ["97112", "97530"], "97530"),
)

S(
    "aq_pt03_retired_welder_hip",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 16, "97116": 11},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ",
    """
t: morning frank im jess the p t a working with you today
p: morning jess
t: how is the hip been since monday
p: sore after the grocery store but um better in the morning
t: pain right now zero to ten
p: maybe a four
t: any numbness down the leg
p: no none
t: okay lets start on the new step level four
p: the seat is too close
t: there thats better go ahead
p: how long
t: we did nine minutes on the new step before your phone went
p: sorry i gotta take this its my daughter
t: go ahead ill stop the clock
p: okay im back she just wanted to know about sunday
t: that call was about four minutes off the clock so we start again
t: side lying hip abduction two sets of ten
p: that burns
t: bridges with the band around the knees two sets of twelve um glute me dee us
p: the band keeps sliding
t: pull it up above the knee there
t: sit to stand from the mat without hands ten times
p: one two three um ten
t: thats seven more minutes of exercise after the call
t: now walking with the cane in the hallway
p: left hand or right hand
t: cane in the left hand opposite the sore hip
p: oh right right
t: step through dont step to
p: like this
t: yes heel first then roll through
t: now the two steps with the rail up and down three times
p: up with the good down with the bad
t: exactly
t: gait training was eleven minutes you walked about 300 feet
p: that felt like more
t: any pain now
p: a five after the steps
t: ill let the p t know its a bit higher after stairs
t: keep doing the bridges at home once a day
p: okay
t: see you friday
""",
    [
        "new step level four|NuStep level 4",
        "maybe a four|pain 4",
        "side lying hip abduction two sets of ten|side lying hip abduction 2 sets of 10",
        "bridges with the band around the knees two sets of twelve|bridges 2 sets of 12",
        "cane in the left hand",
        "300 feet",
        "a five after the steps|pain 5 after stairs",
        "step through",
    ],
    ["numbness down the leg"],
    ["she just wanted to know about sunday"],
    parts={"97110": [9, 7]},
    away=4,
)

S(
    "aq_pt04_choir_director_knee",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 14, "97112": 12},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Helen, today is your progress report, visit ten. Let me pull up last visit's note first.
P: Sure.
T: Last visit's note says pain four out of ten and knee flexion 112 degrees. Those were last week's numbers; we'll measure today fresh.
P: It feels better than that now.
T: Pain today?
P: Two. Only after standing through the whole rehearsal.
T: Any swelling or warmth?
P: No swelling. It's not warm.
T: Let me measure. Flexion is 118 degrees today, up from 105 at the start of this reporting period.
P: That's good, right?
T: That's good. Extension is zero, full.
T: Timed Up and Go: ready, go.
P: Done.
T: 9.8 seconds, down from 13.4 at your evaluation.
T: Berg Balance Scale today is 51 out of 56, up from 44.
P: What's the top?
T: 56 is the top. Anything over 45 is lower fall risk.
T: Now exercise. Bike first, level three, six minutes.
P: Okay.
T: Step-ups on the six-inch step, three sets of ten.
P: My right knee likes that less.
T: Slow on the way down. Terminal knee extension with the band, two sets of fifteen.
T: Exercise was fourteen minutes.
T: Now balance. Stand on the foam, feet together, eyes closed.
P: Oh, that's hard.
T: Thirty seconds. Now turn your head side to side.
P: I'm swaying.
T: That's what we're training. Now tandem walking along the line.
P: Like a sobriety test.
T: Yes. Ten steps, three times.
T: Balance work was twelve minutes.
T: Goals: the flexion goal of 115 is met. Stairs reciprocal without the rail is partly met, you still need the rail going down.
P: I can go up without it.
T: Yes, up without the rail, down with it.
T: New goal: standing through a two-hour rehearsal with pain two or less.
T: Plan: twice a week for four more weeks. I'll send this report to Dr. Ames.
P: Thank you.
T: Keep the step-ups at home, once a day.
P: I will.
P: Same time Tuesday?
T: Same time Tuesday.
""",
    [
        "visit ten|visit 10",
        "Two. Only after standing|pain 2",
        "118 degrees",
        "9.8 seconds",
        "51 out of 56",
        "Extension is zero|extension 0",
        "three sets of ten|3 sets of 10",
        "the flexion goal of 115 is met",
        "twice a week for four more weeks|2 times a week for 4 more weeks",
        "two-hour rehearsal|2-hour rehearsal",
    ],
    ["swelling or warmth"],
    ["pain four out of ten and knee flexion 112 degrees"],
    previous=["pain four out of ten and knee flexion 112 degrees"],
    updown=[("118 degrees", "105"), ("9.8 seconds", "13.4"), ("51 out of 56", "44")],
)

S(
    "aq_pt05_surveyor_knee",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Ray, today is a re-evaluation, eight weeks after your ACL reconstruction.
P: Feels like longer.
T: Pain this week?
P: One, maybe. After the hill walks.
T: Any giving way?
P: Not once.
T: Any swelling after the walks?
P: No, not since the fourth week.
T: Let's measure. Flexion is 128 degrees, which is about 90 percent of the other side at 142.
P: So I'm at ninety percent?
T: About ninety percent on bend. Extension is zero on both.
T: Quad strength on the machine: 62 pounds on the right, 88 on the left. That's roughly seven tenths, call it 70 percent.
P: Seven tenths. Sounds low.
T: It's typical for eight weeks. Now the six-minute walk.
P: Okay.
T: You covered 1,650 feet. In meters that's a little over 500, 503 meters.
P: What was it before?
T: That's 1,650 feet, up from 1,100 feet at the evaluation, about half again.
T: Single-leg squat to a chair: controlled to about 60 degrees of knee bend, knee drifts in after that.
T: Lower Extremity Functional Scale is 61 out of 80.
T: Your field work is walking three quarters of a mile over rough ground with a tripod. How far can you go now?
P: I did a half mile in the park last weekend.
T: Half a mile, so about two thirds of that goal.
T: Exercise today: leg press, three sets of ten at 90 pounds. Lateral band walks, three laps.
P: Those lateral ones kill me.
T: Step-downs off the four-inch step, two sets of ten.
T: That's twelve minutes of exercise.
T: Updated plan: twice a week for six more weeks, add agility at week ten if the quad is at 80 percent.
P: When can I go back to the field?
T: When you can walk three quarters of a mile on uneven ground with no swelling the next day. Probably six weeks.
P: Okay.
T: New goals: quad strength 80 percent of the other side, single-leg squat to 60 degrees with no drift.
T: Any numbness around the incision?
P: A little patch on the outside. Been there since surgery.
T: That's common with the graft site. We'll keep an eye on it.
P: Good.
T: Keep the step-downs and the band walks at home.
P: Will do. See you Tuesday.
T: See you Tuesday.
P: Should I ice after the walks?
T: Ten minutes if it feels warm, otherwise no need.
""",
    [
        "ACL reconstruction",
        "128 degrees",
        "62 pounds on the right, 88 on the left|62 lb right vs 88 lb left",
        "1,650 feet|1650 feet",
        "503 meters",
        "61 out of 80",
        "three quarters of a mile|3/4 mile",
        "Half a mile|1/2 mile",
        "three sets of ten at 90 pounds|3 sets of 10 at 90 pounds",
        "twice a week for six more weeks|2 times a week for 6 more weeks",
        "A little patch on the outside",
    ],
    ["giving way", "swelling after the walks"],
    ["Feels like longer"],
    updown=[("1,650 feet", "1,100 feet")],
)

S(
    "aq_pt06_bus_driver_neck",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97140": 8},
    [],
    "97110x1:GP 97140x1:GP",
    """
t: okay walt this is your last visit lets see where you landed
p: yeah im ready to be done um no offense
t: none taken pain today
p: zero most days one after a double shift
t: any headaches this week
p: no not one
t: any tingling in the hands
p: nope
t: turn your head to the right as far as you can
p: like checking the mirror
t: rotation right seventy degrees left seventy five
t: neck disability index is eight percent today
p: what was it when i started
t: it was forty four percent at the start
t: so down from forty four to eight
p: huh
t: lets do the exercises one more time so i can check your form
t: chin tucks ten times hold five seconds
p: like a double chin
t: yes thats it now rows with the green band three sets of ten
p: these are easy now
t: the racic extension over the towel roll ten times
t: and the upper back stretch in the doorway thirty seconds three times
t: exercise was eighteen minutes today
t: lie down and ill do some soft tissue on the upper traps
p: oh yeah thats the spot
t: and some gentle mobs on the mid back
t: manual was eight minutes
t: okay your wife is here she wanted to learn the stretch
c: hi yes he never does them right at home
t: this is the doorway stretch elbows at shoulder height step through gently
c: like this
t: yes and you can press lightly here between the shoulder blades to remind him to sit tall
c: got it
t: heres the home program sheet chin tucks rows towel roll and doorway stretch once a day
c: ill put it on the fridge
t: goals met rotation over seventy both ways ndi under ten and driving a full shift without pain
p: all met
t: all met you are discharged to the home program
t: if it comes back call us and we can get a new order
p: thanks for everything
c: thank you
t: take care both of you
""",
    [
        "zero most days|pain 0",
        "rotation right seventy degrees left seventy five|rotation right 70 degrees left 75",
        "neck disability index is eight percent|NDI 8%",
        "chin tucks ten times hold five seconds|chin tucks 10 times 5 second hold",
        "rows with the green band three sets of ten|rows green band 3 sets of 10",
        "doorway stretch",
        "soft tissue on the upper traps",
        "your wife|wife trained",
        "home program sheet",
        "discharged to the home program",
    ],
    ["headaches this week", "tingling in the hands"],
    ["he never does them right at home"],
    updown=[("eight", "forty four")],
    trained=("wife", "doorway stretch"),
)

S(
    "aq_pt07_grocer_stroke",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97116": 13, "97110": 11},
    [],
    "97116x1:GP,CQ,KX 97110x1:GP,CQ,KX",
    """
T: Hi Mr. Osei, I'm Leah, the PTA. How are you today?
P: Tired. Slept bad.
T: Any dizziness when you stood up from the car?
P: No, no dizziness.
T: Any new weakness in the arm or the face?
P: Nothing new.
T: Good. Quick note from the office: your therapy this year is past the Medicare threshold, the therapist documented that walking training is still medically necessary, so your claims carry the KX modifier.
P: If you say so.
T: Let's walk. Quad cane in the right hand, the AFO on the left.
P: The brace rubs on the top.
T: I'll tell your therapist about the rub. Let's go down the hall.
P: Slow.
T: Slow is fine. Bring the left knee up, clear the toe.
P: I'm trying.
T: Good. Now around the cones.
P: Those cones are mean.
T: Now the ramp, up and down twice.
P: Okay, done.
T: Gait was thirteen minutes, about 220 feet total with two rests.
P: That's farther than last week.
T: It is. Now sit. Seated marching with the ankle weight, two pounds, two sets of ten.
P: One, two... ten.
T: Long arc quads, two sets of ten each side.
T: Standing hip abduction at the counter, ten each.
P: My left side shakes.
T: Take a rest. Then heel raises, ten.
P: Okay.
T: That's about nine minutes of exercise.
P: Can I get some water?
T: Of course.
P: Thanks.
T: Let me write this up. Gait thirteen, about two hundred twenty feet, quad cane and AFO, contact guard on the ramp.
T: Exercise... scratch that, it was eleven minutes of exercise, I forgot the heel raises at the end.
T: So gait thirteen, exercise eleven, total twenty-four.
P: Whatever you write.
T: Any pain now?
P: No pain. Just tired.
T: Keep doing the seated marching at home with your daughter.
P: She makes me.
T: Good. See you Thursday.
""",
    [
        "Quad cane in the right hand|quad cane",
        "AFO on the left",
        "brace rubs on the top",
        "around the cones",
        "220 feet",
        "two pounds, two sets of ten|2 pounds 2 sets of 10",
        "Long arc quads",
        "contact guard on the ramp",
        "heel raises",
        "eleven minutes of exercise|exercise 11 minutes",
    ],
    ["dizziness", "new weakness in the arm or the face"],
    ["about nine minutes of exercise"],
    kx=True,
    fixed={"97110": 9},
    total=24,
    scratch=("about nine minutes of exercise", "eleven minutes of exercise"),
)

S(
    "aq_pt08_line_chef_lumbar",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97110": 9, "97112": 8},
    ["97150"],
    "97150x1:GP 97110x1:GP 97112x1:GP",
    """
t: hey nina you came from the back class in the gym room
p: yeah the core class with the other two ladies
t: how was it
p: good the planks were hard
t: that was twenty minutes in the class with the three of you
t: now its just you and me for the one on one part
p: okay
t: pain today
p: three low back right side
t: any pain going down the leg
p: no not today
t: any numbness in the foot
p: no
p: the lady next to me in class goes to a chiropractor too
p: she told me her chiropractor bills like a hundred bucks a visit for ten minutes
t: well lets focus on you lie on your back
t: dead bugs three sets of eight
p: my back arches
t: press the low back into the mat
t: side planks on the knees three times twenty seconds each side
p: the right side is weaker
t: bird dogs two sets of ten
t: that was nine minutes of exercise one on one
t: now stand on the half foam roller
p: um like on a log
t: yes feet together hold the bar if you need
p: okay
t: now reach to the side table like you are reaching for a pan
p: i do that a hundred times a night
t: thats why we practice it
t: single leg stance on the airex twenty seconds each side
p: left is better
t: balance was eight minutes
t: the lifting from the low shelf we will add next week
p: good cause the walk in cooler has low shelves
t: any pain after all that
p: two now
t: nice keep the dead bugs and bird dogs at home
p: i will
t: see you next tuesday for class and one on one again
""",
    [
        "core class",
        "three low back right side|pain 3 low back right side",
        "dead bugs three sets of eight|dead bugs 3 sets of 8",
        "side planks on the knees three times twenty seconds|side planks 3 x 20 seconds",
        "bird dogs two sets of ten|bird dogs 2 sets of 10",
        "half foam roller|1/2 foam roller",
        "single leg stance on the airex twenty seconds|single leg stance 20 seconds",
        "two now|pain 2",
    ],
    ["pain going down the leg", "numbness in the foot"],
    ["her chiropractor bills like a hundred bucks a visit"],
    group=20,
    others="she told me her chiropractor bills like a hundred bucks a visit for ten minutes",
)

# --------------------------------------------------------------------------------------------- OT, dev

S(
    "aq_ot01_librarian_wrist",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 9},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Hi Mrs. Tran, I'm Priya, your occupational therapist. Tell me what happened.
P: I fell on the ice in January and broke my left wrist. They put a plate in.
T: You're right-handed?
P: Right-handed, thank goodness.
T: When did the cast come off?
P: Three weeks ago. I have this removable splint now.
T: What's hard at home?
P: Opening jars, buttoning my cuffs, carrying the laundry basket. And reshelving at work, the heavy books.
T: You're a librarian?
P: School librarian. I'm off until spring break.
T: Pain right now?
P: Two at rest. Five when I try to open a jar.
T: Any numbness or tingling in the fingers?
P: No, none.
T: Any swelling in the evenings?
P: A little, around the scar.
P: My husband had OT for his hand at a place downtown, and they billed his insurance for a full hour every time even when he was only there forty minutes.
T: I can't speak to that clinic. Let's look at your wrist.
T: Wrist extension 35 degrees, flexion 30. Supination 60, pronation 75.
T: Grip on the Jamar, second setting: left 18 pounds, right 52.
P: That's weak.
T: It's expected at this stage. Lateral pinch left 9 pounds, right 16.
T: QuickDASH score is 43.
T: Buttoning: you did the cuff with the right hand only, about a minute.
P: I cheat.
T: You're adapting. This is a low complexity evaluation: one occupational profile, a few performance deficits, no comorbidities changing the plan.
T: Let's do a little self-care practice. Try the jar with the rubber gripper, right hand turning, left holding.
P: Oh, that's easier.
T: Now the cuff button with the button hook.
P: Clever.
T: Laundry: carry the small basket against your body, not with the left hand hanging.
P: Like a baby.
T: Exactly. That self-care training was nine minutes.
T: Goals: grip 35 pounds on the left, buttons both cuffs independently, carry a full laundry basket without pain above three.
T: Plan: twice a week for six weeks.
P: Can I take the splint off at home?
T: At home while sitting, yes. Wear it out of the house and for sleep.
P: Okay.
T: I'll give you the jar gripper and the button hook to take home.
P: Thank you.
""",
    [
        "broke my left wrist",
        "plate",
        "removable splint",
        "Wrist extension 35 degrees",
        "left 18 pounds, right 52|grip left 18 lb, right 52 lb",
        "Lateral pinch left 9 pounds|lateral pinch left 9 lb",
        "QuickDASH score is 43",
        "rubber gripper",
        "button hook",
        "twice a week for six weeks|2 times a week for 6 weeks",
    ],
    ["numbness or tingling in the fingers"],
    ["billed his insurance for a full hour"],
    others="My husband had OT for his hand at a place downtown, and they billed his insurance for a full hour every time",
)

S(
    "aq_ot02_widow_copd",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97535": 16, "97530": 9},
    [],
    "97535x1:GO,CO,59 97530x1:GO,CO",
    """
t: hi mrs bell im rosa the o t a how is the breathing today
p: okay i used my puffer before i came
t: oxygen reading is ninety four on room air
p: thats normal for me
t: any chest pain
p: no no chest pain
t: lets work on the shower routine we talked about
t: sit on the tub bench and show me how you wash your feet
p: with the long sponge
t: yes and breathe out when you bend
p: whew
t: now towel drying sitting down
p: this is how i do it now
t: that was ten minutes of the bathing practice
p: oh sorry thats my son calling i have to answer
t: go ahead
p: he just wanted to know if i need a ride on friday
t: that call was five minutes so i stopped the clock
t: okay back to dressing sitting down pants over the feet with the reacher
p: this reacher is heavy
t: lean back a little breathe out as you pull
p: got it
t: socks with the sock aid
p: i always forget the sock aid
t: six more minutes on dressing
t: now lets practice getting a pot from the low cupboard to the stove
p: i get winded bending
t: sit on the stool to reach low then stand and carry with both hands
p: thats better
t: back and forth three times with the pot and one with the kettle
p: tired now
t: reading is ninety two rest a moment
p: okay
t: that kitchen task practice was nine minutes
p: is that enough for today
t: that is it for today you did well
t: pursed lip breathing any time you bend
p: yes like blowing a candle
t: exactly
t: ill leave a note for the o t about the sock aid
t: see you thursday
""",
    [
        "ninety four on room air|SpO2 94% on room air",
        "tub bench",
        "long sponge",
        "reacher",
        "sock aid",
        "stool to reach low",
        "reading is ninety two|SpO2 92%",
        "pursed lip breathing",
    ],
    ["chest pain"],
    ["if i need a ride on friday"],
    has59=True,
    parts={"97535": [10, 6]},
    away=5,
)

S(
    "aq_ot03_potter_thumb",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 9, "97530": 16},
    [],
    "97140x1:GO,KX 97530x1:GO,59,KX",
    """
T: Hi Gwen, how's the thumb after the weekend?
P: I threw pots Saturday for an hour. It ached after.
T: Pain now?
P: Three at the base.
T: Any locking or catching at the thumb?
P: No catching.
T: Any numbness in the fingertips?
P: No.
T: First, an insurance note: you're past the yearly threshold for OT this year. I've documented the thumb still needs skilled therapy, it's medically necessary, so the claim carries a KX modifier.
P: Okay.
T: Let's start. I'll do soft tissue to the thenar muscles and some joint mobilization at the base of the thumb.
P: That's tender.
T: I'll ease up. Now some gentle distraction.
P: Better.
T: Now the wheel. Center the clay without clamping the thumb, use the heel of the hand.
P: This is weird.
T: Keep the thumb in the C-shape, like the splint.
P: Okay, that's easier on it.
T: Now pull up the wall with the fingers, not the thumb tip.
P: It wobbles.
T: That's fine. Now trimming with the loop tool with the built-up handle.
P: The foam handle helps.
T: Good. Wedge the clay on the table with both palms.
P: That's a lot of pushing.
T: Palms flat, thumbs relaxed. Good.
T: Okay. The hand block was twenty-five minutes. About nine of that was the soft tissue and the joint work, and the rest was the wheel and the clay tasks.
P: You time it all?
T: I do. Pain now?
P: Two. Less than when I came in.
T: Key pinch is 11 pounds today.
T: Keep the splint on at night.
P: I sleep in it.
T: Good. Home: thumb opposition to each finger, ten times, and the foam handle on your tools.
P: I'll order more foam.
T: Next time we'll try the larger bowls.
P: Can't wait.
T: See you Friday.
P: Bye.
T: Bye, Gwen.
P: Oh, and thank you for the foam.
""",
    [
        "threw pots Saturday for an hour",
        "Three at the base|pain 3 at the base of the thumb",
        "soft tissue to the thenar muscles",
        "C-shape",
        "built-up handle",
        "Wedge the clay",
        "Key pinch is 11 pounds|key pinch 11 lb",
        "splint on at night",
        "thumb opposition to each finger, ten times|thumb opposition 10 times",
    ],
    ["locking or catching", "numbness in the fingertips"],
    ["I'll order more foam"],
    kx=True,
    has59=True,
    rest=(25, ["97140", "97530"], "97530"),
)

S(
    "aq_ot04_dental_assistant_elbow",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97110": 12, "97535": 10},
    [],
    "97110x1:GO 97535x1:GO",
    """
t: okay carla this is your progress note um visit ten
p: already ten wow
t: let me read what i wrote last visit grip thirty one pounds and pain five with lifting
t: those are last visit numbers lets see today
p: okay
t: pain today
p: um two maybe with the heavy tray
t: any numbness in the ring and little finger
p: no not anymore none
t: grip on the right today is thirty eight pounds up from twenty nine at the evaluation
p: nice
t: left is fifty four
t: elbow extension is minus five degrees flexion one hundred thirty five
t: patient rated tennis elbow evaluation score is twenty two down from fifty one
p: what does that mean
t: it means much less pain and less trouble with your tasks
t: okay exercises wrist extensor eccentrics with the one pound weight three sets of fifteen
p: the slow down part is the hard part
t: yes slow lowering count to four
t: flex bar twists two sets of ten
p: the red one
t: the red one yes and the towel wring ten times
t: thats twelve minutes of exercise
t: now lets do the setup you use at the chair side
t: hold the suction like this with a neutral wrist
p: i usually bend it way back
t: try the bigger grip on it
p: oh that feels better
t: and carry the tray with the palm up close to your body
p: like a waiter
t: exactly that was ten minutes on the work tasks
t: goals grip thirty five pounds met full shift with pain three or less met
t: lifting the instrument cassette overhead not met yet
p: i still cant do that
t: new goal put away the cassettes on the top shelf with pain two or less
t: plan once a week for four more weeks
p: okay
t: keep the eccentrics at home every day
p: i will
t: see you next week same time
p: thanks
""",
    [
        "visit ten|visit 10",
        "two maybe with the heavy tray|pain 2 with the heavy tray",
        "grip on the right today is thirty eight pounds|right grip 38 lb",
        "left is fifty four|left grip 54 lb",
        "minus five degrees|-5 degrees",
        "score is twenty two|PRTEE 22",
        "three sets of fifteen|3 sets of 15",
        "flex bar twists two sets of ten|flex bar twists 2 sets of 10",
        "grip thirty five pounds met|grip goal of 35 lb met",
        "once a week for four more weeks|1 time a week for 4 more weeks",
    ],
    ["numbness in the ring and little finger"],
    ["grip thirty one pounds and pain five with lifting"],
    previous=["grip thirty one pounds and pain five with lifting"],
    updown=[("thirty eight pounds", "twenty nine"), ("twenty two", "fifty one")],
)

S(
    "aq_ot05_seamstress_hand",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97110": 11},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Rosa, today's a re-evaluation for your right hand, four weeks after the tendon repair on the index finger.
P: It's stiff in the mornings.
T: How long does the stiffness last?
P: Maybe a quarter of an hour.
T: Pain?
P: One. Two at the sewing machine.
T: Any numbness on either side of the finger?
P: No, the feeling's all back.
T: Let's measure. Index PIP flexion 80 degrees, DIP 45. The total active motion for the index is 190 degrees.
P: Is that good?
T: It's about two thirds of your left index at 280.
T: Grip on the right is 41 pounds, which is 19 kilograms. Left is 60 pounds.
T: Nine Hole Peg: 24 seconds right, 19 left.
T: The scar is soft. I measured it at 3 centimeters, a little over an inch.
T: What can you do at work now?
P: I can pin, but threading the needle is slow and I drop the small buttons.
T: Let's do your exercises so I can check them. Blocked flexion at the PIP, ten holds of five seconds.
P: That's the hard one.
T: Tendon glides, ten each position.
P: Straight, hook, fist...
T: Good. Putty pinches with the yellow putty, two sets of ten.
T: That was about thirteen minutes of exercise.
P: Felt shorter.
T: Updated plan: twice a week for four more weeks, add fine motor work with the buttons and the needle.
T: New goals: total active motion 230 degrees, Nine Hole Peg under 20 seconds, threading a needle in under 30 seconds.
P: Okay.
T: Wear the splint at night for two more weeks, then stop.
P: Good, it's hot.
T: Let me do the summary for the note. Re-eval, index tendon repair, TAM 190, grip 41 pounds.
T: Exercise, correction, make that eleven minutes; I started the timer late for the putty.
P: You're very exact.
T: I have to be. Any questions?
P: When can I sew a whole dress?
T: Give it four weeks.
P: Okay.
T: Do the tendon glides every two hours while you're awake.
P: Every two hours. Got it.
T: See you Tuesday.
P: See you.
T: Bring the thimble you use next time.
P: I will.
""",
    [
        "tendon repair on the index finger",
        "a quarter of an hour|15 minutes of morning stiffness",
        "PIP flexion 80 degrees",
        "190 degrees",
        "41 pounds, which is 19 kilograms|41 lb grip",
        "24 seconds right|Nine Hole Peg 24 seconds",
        "3 centimeters",
        "Blocked flexion at the PIP",
        "Tendon glides",
        "twice a week for four more weeks|2 times a week for 4 more weeks",
        "make that eleven minutes|exercise 11 minutes",
    ],
    ["numbness on either side of the finger"],
    ["about thirteen minutes of exercise"],
    fixed={"97110": 13},
    scratch=("about thirteen minutes of exercise", "make that eleven minutes"),
)

S(
    "aq_ot06_accountant_tbi",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97129": 15, "97130": 13},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Hi Mr. Delgado, this is your discharge visit. Your son came with you today.
C: I wanted to see what he'll be doing at home.
T: Good. How have the bills been going, Mr. Delgado?
P: I paid the electric and the water on time. I missed the phone bill.
T: Any headaches this week?
P: No headaches.
T: Any dizziness?
P: No.
T: Let's do the medication task first, the same one from your evaluation. Here's the pill organizer and the list.
P: Morning, noon, evening...
T: Take your time.
P: Done.
T: Two errors out of twenty-eight slots. At the evaluation it was nine errors.
T: Now the checkbook task. Balance this register with the four receipts.
P: Okay. This one is a refund.
T: Good catch.
P: Done. It comes to 212 dollars and 40 cents.
T: That's correct. That cognitive work so far was the first fifteen minutes.
T: Now the second part: we plan the week on the calendar with your appointments and the bills.
P: Dentist is Tuesday, the gas bill is due the 20th.
T: Put the alarm on the phone for each one.
P: Done.
T: That planning part was thirteen more minutes, so twenty-eight minutes of cognitive work in all.
T: Now let's show your son the system. This is the weekly planner sheet and the pill organizer routine.
C: So every Sunday night he fills it?
T: Sunday night, with the list, and you check it once, without doing it for him.
C: Got it. Just check, not do.
T: Exactly. And the bills go on the calendar the day they arrive.
C: Okay.
T: Here's the home program handout with the weekly routine and the memory notebook steps.
C: Thank you.
T: Goals: medication setup with two or fewer errors, met. Pay bills on time with a calendar, met for three of four. Return to part-time work, not met yet.
P: The office wants me back in March.
T: That's for your doctor and your employer to decide. I'll send them this summary.
P: Okay.
T: You're discharged to the home program.
P: Thank you for everything.
C: Thank you.
T: Call us if anything slips.
C: We will.
P: Bye.
""",
    [
        "paid the electric and the water on time",
        "missed the phone bill",
        "pill organizer",
        "Two errors out of twenty-eight slots|2 errors out of 28",
        "212 dollars and 40 cents",
        "weekly planner sheet",
        "your son|son trained",
        "home program handout",
        "Return to part-time work, not met yet",
        "discharged to the home program",
    ],
    ["headaches", "dizziness"],
    ["The office wants me back in March"],
    cog=28,
    trained=("son", "pill organizer routine"),
    updown=[],
)

S(
    "aq_ot07_painter_parkinson",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97535": 17, "97110": 8},
    ["97150"],
    "97150x1:GO,CO 97535x1:GO,CO 97110x1:GO,CO",
    """
t: hi mr lund im sam the o t a you just came out of the handwriting group
p: yeah with the other two fellas
t: the group was twenty five minutes with the three of you and me
t: now its one on one for the rest
p: okay
t: any falls since last week
p: no no falls
t: any new tremor in the left hand
p: no its the same
t: lets do buttons and zippers on the dressing board
p: buttons are the worst
t: big movements push the button through like you mean it
p: like that
t: yes now the zipper on the jacket start it at the bottom
p: got it second try
t: now the shirt sitting on the edge of the mat
p: the sleeve always twists
t: arm in first then over the head
p: thats better
t: and shoes with the elastic laces
p: these are so easy
t: that dressing practice was seventeen minutes
t: now the big arm reaches lift the stick overhead ten times
p: big big big
t: yes big movements and hand opening with the putty ten times
p: the putty is sticky
t: thumb to each finger ten times both hands
t: exercise was eight minutes
p: my wife wants me to paint again
t: lets try holding the brush with the foam grip next time
p: the ballgame last night went to extra innings
t: we can bring a little canvas
p: i would like that
t: keep the big reaches at home every morning
p: yes
t: see you friday for group and the one on one
p: friday
t: bring your wife if she wants to see the dressing tricks
p: she will like that
t: and wear the elastic laces
p: always now
""",
    [
        "dressing board",
        "zipper on the jacket",
        "elastic laces",
        "arm in first then over the head",
        "lift the stick overhead ten times|stick overhead 10 times",
        "putty ten times|putty 10 times",
        "foam grip",
        "thumb to each finger ten times|thumb to each finger 10 times",
    ],
    ["falls since last week", "new tremor in the left hand"],
    ["went to extra innings"],
    group=25,
)

# --------------------------------------------------------------------------------------------- SLP, dev

S(
    "aq_slp01_pastor_aphasia",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Good afternoon, Reverend Price. I'm Ellen, the speech-language pathologist. Your wife is here too.
C: Hello. I'm Ada.
T: Tell me what's been hard since the stroke.
P: The words... they're there and then... gone. Sunday I couldn't... the book... the hymnal.
T: The word hymnal.
P: Yes. Hymnal.
T: When was the stroke?
C: Six weeks ago. Left side of the brain, they said.
T: Any trouble swallowing, coughing with drinks?
P: No. No coughing.
T: Any trouble with your hearing?
P: No, I hear fine.
C: Our friend from church had speech therapy after her stroke, and her clinic billed Medicare for two sessions a day she never had.
T: I can't speak to that. Let's focus on Reverend Price. I'll start with naming. What's this?
P: A... a... pen.
T: Good. And this?
P: Watch. No, clock.
T: It's a watch. Let's keep going.
T: Naming: 11 out of 20 on the picture set, 15 with a first-sound cue.
P: Hard.
T: You're doing well. Now follow this: touch your nose, then point to the door.
P: Nose... door.
T: Two-step commands: 9 of 10. Three-step: 4 of 10.
T: Repeat after me: the car is in the garage.
P: The car in the garage.
T: Repetition of sentences: 6 of 10.
T: Now read this sentence and tell me what it means.
P: The... dog... ran... home. The dog went home.
T: Reading sentences: 8 of 10. Writing your name and address was intact; writing a sentence to dictation, 2 of 5.
T: Western Aphasia Battery aphasia quotient is 71.2. This is a moderate anomic-type aphasia with mild reading and writing involvement.
C: Can he preach again?
T: That's our long-term goal: reading a short scripture passage aloud and greeting the congregation.
T: Goals: naming 16 of 20 with no cues, three-step commands 8 of 10, writing a short sentence 4 of 5.
T: Plan: twice a week for eight weeks. Ada, you'll practice the naming cards with him at home.
C: I can do that.
P: Thank you.
T: Thank you both. See you Thursday.
C: Should he use the phone?
T: Yes, short calls with people he knows. Let him finish his words.
C: I finish them for him. I'll stop.
T: Give him time; that helps more.
""",
    [
        "hymnal",
        "Six weeks ago|6 weeks ago",
        "11 out of 20",
        "15 with a first-sound cue",
        "Two-step commands: 9 of 10",
        "Three-step: 4 of 10",
        "Repetition of sentences: 6 of 10",
        "Reading sentences: 8 of 10",
        "71.2",
        "anomic-type aphasia",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["coughing with drinks", "trouble with your hearing"],
    ["billed Medicare for two sessions a day"],
    others="Our friend from church had speech therapy after her stroke, and her clinic billed Medicare for two sessions a day she never had",
)

S(
    "aq_slp02_twins_lisp",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi milo im tess the s l p a mom is here too
c: hi he has been practicing
t: any ear infections since last time
c: no none this month
t: great milo lets play the snake game
p: sssss
t: nice tongue behind the teeth
t: lets say words with s at the start sun
p: thun
t: tongue inside sun
p: sun
t: good sock
p: sock
t: sit
p: sit
t: s at the start of words eighteen out of twenty five
c: is that better than before
t: eighteen out of twenty five is up from twelve out of twenty five on his last probe
t: now s at the end bus
p: buth
t: try again teeth together
p: bus
t: house
p: houth
t: house
p: house
t: s at the end eleven out of twenty with a visual cue
t: now short phrases the sun is hot
p: the thun is hot
t: lets slow down the sun
p: the sun is hot
t: phrases six out of ten
c: his twin brother says it fine how come
t: every kid is different milo is making progress
p: can we play the fishing game
t: one more round then fishing
p: yay
t: okay mom this is the part for you watch the card
c: okay
t: when he says thun you point to your teeth and say teeth together and wait
c: teeth together and wait
t: yes do not say it for him
c: got it
t: heres the home practice sheet with ten s words five minutes a day
c: every day
t: every day even in the car
p: bye tess
""",
    [
        "s at the start of words eighteen out of twenty five|initial s 18/25",
        "s at the end eleven out of twenty with a visual cue|final s 11/20 with visual cue",
        "phrases six out of ten|phrases 6/10",
        "tongue behind the teeth",
        "mom is here too|mother present and trained",
        "teeth together and wait",
        "home practice sheet with ten s words five minutes a day|home practice 10 s words 5 minutes a day",
    ],
    ["ear infections"],
    ["his twin brother says it fine"],
    updown=[("eighteen out of twenty five", "twelve out of twenty five")],
    trained=("mom", "teeth together and wait"),
)

S(
    "aq_slp03_farmer_dysphagia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Haas. Before we start: your therapy this year has gone past the Medicare threshold for PT and speech together. Your swallowing therapy is still medically necessary, so I add the KX modifier.
P: Fine by me.
T: Let me read from last visit's note: chin tuck with thin liquids by cup, 7 of 10 trials without a cough. That was last time; let's see today.
P: I've been doing the tuck at every meal.
T: Any coughing at meals this week?
P: Once with coffee. Otherwise no.
T: Any fevers or chest congestion?
P: No, nothing like that.
T: Weight?
P: Up two pounds. 168.
T: Good. Let's start with the Shaker exercise, three holds of sixty seconds.
P: My neck shakes.
T: That's the muscle working. Now ten repetitions of the head lift.
P: Ugh.
T: Effortful swallows, ten, squeezing hard.
P: Done.
T: Masako, tongue between the teeth, swallow, ten times.
P: That one is strange.
T: Now trials. Thin water by cup with the chin tuck.
P: Okay.
T: 9 of 10 trials without a cough today.
P: See, I'm practicing.
T: Now the cracker, IDDSI level 7 regular.
P: It sticks a little.
T: Alternate with a sip. Good. 5 of 5 cleared with one alternating sip.
T: Voice after the swallows sounds clear.
P: Can I have my coffee without the tuck?
T: Not yet. Keep the tuck for every sip of thin liquid for two more weeks.
P: Two more weeks.
T: Diet stays regular solids, IDDSI level 7, and thin liquids level 0 with the chin tuck.
P: Okay.
T: Goals: thin liquids by cup with no cough in 9 of 10 trials, met today for the first time. Keep it two more sessions to call it met.
P: Good.
T: Home: Shaker three times a day, effortful swallows with every meal.
P: Three times a day.
T: Your wife can remind you.
P: She does already.
T: See you Monday.
P: Monday.
T: Thanks, Mr. Haas.
P: Thank you.
""",
    [
        "Once with coffee",
        "Up two pounds. 168|weight 168 pounds",
        "Shaker exercise, three holds of sixty seconds|Shaker 3 x 60 second holds",
        "Effortful swallows, ten|effortful swallows x 10",
        "Masako",
        "9 of 10 trials without a cough",
        "5 of 5 cleared",
        "IDDSI level 7",
        "thin liquids level 0 with the chin tuck",
    ],
    ["fevers or chest congestion"],
    ["7 of 10 trials without a cough. That was last time"],
    kx=True,
    previous=["7 of 10 trials without a cough"],
)

S(
    "aq_slp04_icu_rn_concussion",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 12},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Maya, this is your progress report. How have the shifts gone?
P: I did two half shifts. I charted slowly but it was okay.
T: Headaches?
P: Fewer. Two this week, both after screens.
T: Any dizziness?
P: No dizziness at all.
T: Any trouble sleeping?
P: Not anymore.
T: Let's start the attention work. Listen for the word "red" in this list and tap every time.
P: Okay.
T: 19 of 20 targets, one false tap.
T: Now alternating: tap on red and on blue, switch when I say switch.
P: That's harder.
T: 16 of 20. Now the medication pass task: six patients, times and doses on the sheet.
P: Okay. Bed 4 gets the 0900 dose... bed 6 is held...
T: Good, you caught the hold.
P: Done.
T: Five of six correct, one time copied wrong. That's the first fifteen minutes of the cognitive work.
T: Next, the handoff report: read this chart for two minutes and give me the report from memory.
P: 72-year-old, day two after hip surgery, pain controlled, needs a walker...
T: You got 9 of 11 key items. At the start of care it was 4 of 11.
P: I forgot the allergy.
T: Write it on your handoff sheet first next time.
T: That handoff part was another twelve minutes, so twenty-seven minutes of cognitive therapy today.
T: Standardized re-test: the Cognitive Linguistic Quick Test composite is now within normal limits, with attention still mildly low.
P: What was it before?
T: Mild impairment at the start. Now within normal limits except attention.
T: Goals: two half shifts a week, met. Medication pass with no errors, partly met, five of six. Full shifts, not yet.
P: My manager asks every week.
T: New goal: three half shifts in a week with the handoff sheet, no missed items.
T: Plan: once a week for four weeks.
P: Okay.
T: Keep the screen breaks, twenty minutes on, five off.
P: I will.
T: See you next Wednesday.
P: Thank you.
T: One more thing. Wear sunglasses in the hallway lights if they bother you.
P: They do a little.
T: Good. Bye, Maya.
P: Bye.
""",
    [
        "two half shifts|2 half shifts",
        "Two this week, both after screens|2 headaches this week",
        "19 of 20 targets",
        "16 of 20",
        "Five of six correct|5 of 6 correct",
        "9 of 11 key items",
        "within normal limits",
        "once a week for four weeks|1 time a week for 4 weeks",
        "twenty minutes on, five off|20 minutes on, 5 off",
    ],
    ["dizziness", "trouble sleeping"],
    ["My manager asks every week"],
    cog=27,
)

S(
    "aq_slp05_auctioneer_voice",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Mr. Boone, today is your voice re-evaluation, ten weeks into therapy for the nodules.
P: My voice lasted a whole Saturday sale last week.
T: That's the kind of thing I want to hear. Any pain when you talk?
P: No pain.
T: Any heartburn at night?
P: Not since I started the pills.
T: How many days a week are you selling?
P: Two now, Friday and Saturday.
T: Let's measure. Take a big breath and say "ah" as long as you can.
P: Ahhhhhhh.
T: Maximum phonation time 14 seconds.
P: What's normal?
T: For a man, twenty or more. Let's do it twice more.
P: Ahhhhhhhhhh.
T: 17 seconds. And again.
P: Ahhhhhhhhhhh.
T: 18 seconds. Best of three is 18.
T: Now the s and z. Hold "sss".
P: Ssssssss.
T: 16 seconds. Now "zzz".
P: Zzzzzzzz.
T: 15 seconds, so the s/z ratio is about 1.1.
T: Voice Handicap Index is 24 out of 120, down from 58 at the start.
T: Read the rainbow passage with your easy onset.
P: When the sunlight strikes raindrops in the air...
T: Good. Mild roughness, less strain than before. On the CAPE-V overall severity, 22 out of 100.
T: Now the auction chant, ten seconds at your selling pace.
P: Fifty-dollar-bid-now-sixty...
T: Resonant, forward. You kept the breath support.
T: Updated plan: once a week for four more weeks, then a recheck with the ENT.
T: New goals: sell a full two-day sale with no hoarseness the next morning; maximum phonation time 20 seconds.
P: Two days. I can do that.
T: Let me dictate the summary. Maximum phonation time, best of three, 14 seconds... scratch that, the best was 18 seconds; 14 was the first try.
P: Good, the 18 sounds better.
T: It is better. Water, a litre and a half a day, and the steam at night.
P: A litre and a half. Okay.
T: No whispering, it strains more than soft talking.
P: Got it.
T: See you next Thursday.
P: Thanks.
T: Bye now.
""",
    [
        "nodules",
        "a whole Saturday sale",
        "Two now, Friday and Saturday|2 days a week",
        "the best was 18 seconds|MPT 18 seconds",
        "s/z ratio is about 1.1",
        "24 out of 120",
        "22 out of 100",
        "once a week for four more weeks|1 time a week for 4 more weeks",
        "a litre and a half a day|1.5 litres a day",
        "easy onset",
    ],
    ["pain when you talk", "heartburn at night"],
    ["best of three, 14 seconds"],
    updown=[("24 out of 120", "58")],
    scratch=("best of three, 14 seconds", "the best was 18 seconds"),
)

S(
    "aq_slp06_realtor_speech",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: okay jordan this is your last session how was the open house
p: it went w w well i only got stuck a c couple times
t: thats great any times you avoided words
p: no i didnt switch words once
t: any tension in the jaw or neck after
p: no
t: lets take a speech sample tell me about the house
p: its a three bedroom um on a corner lot with a b b big yard
t: percent syllables stuttered is three percent
t: at the start it was eleven percent
p: oh wow
t: so down from eleven to three
p: thats a big drop
t: lets practice the easy onset on the phone script
p: hi this is jordan from harbor realty
t: nice and smooth
p: sorry my phone its a client i need two minutes
t: sure go ahead
p: okay im back she wants to see the house saturday
t: we were off for about three minutes for the call lets keep going
t: now pullouts on purpose stutter and slide out of it
p: ssss saturday works
t: good smooth pullout
t: the stuttering severity instrument total is twelve very mild
p: what was it before
t: twenty six moderate at the evaluation
p: huh
t: goals one fewer than five percent syllables stuttered met
t: two making phone calls to clients without avoiding met
t: three presenting at the office meeting met last tuesday
p: yeah i did it
t: youre discharged from speech therapy
t: keep the daily practice five minutes of easy onset reading every morning
p: okay
t: and the phone script once a day
p: will do
t: if it creeps back call us
p: thank you for all of it
t: you did the work
p: see you around
t: bye jordan
""",
    [
        "open house",
        "percent syllables stuttered is three percent|3% syllables stuttered",
        "easy onset on the phone script",
        "pullouts",
        "stuttering severity instrument total is twelve|SSI 12",
        "very mild",
        "discharged from speech therapy",
        "five minutes of easy onset reading every morning|5 minutes of easy onset reading",
    ],
    ["avoided words", "tension in the jaw or neck"],
    ["she wants to see the house saturday"],
    updown=[("three", "eleven")],
    away=3,
)

S(
    "aq_slp07_sculptor_aphasia",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507", "97150"],
    "92507x1:GN 97150x1:GN",
    """
T: Hi Ivan, you're coming from the conversation group.
P: Yes. Good. Four of us.
T: The group was thirty minutes, you and the three others, on ordering at a restaurant.
P: I ordered... soup. Chicken soup.
T: That's great. Now our one-on-one session.
P: Okay.
T: Any new trouble swallowing?
P: No. Fine.
T: Any falls this week?
P: No falls.
T: Let's do verb naming. What is she doing?
P: Cutting. Cutting bread.
T: And him?
P: Sweep... sweeping.
T: Verbs: 14 of 20 without cues.
P: Better than before?
T: Better. Now sentences. Use the verb card: the man...
P: The man... is... carving. Carving wood.
T: Nice, that's your work. Sentence production 7 of 10 with the verb card.
P: I carve... I carved birds. Before.
T: You can tell me about the birds.
P: Owls. Herons. Wood. Big one, this big.
T: Now writing. Write the word heron.
P: H... E... R... O... N.
T: Correct. Written naming 6 of 10.
T: Now a phone script: call the hardware store and ask for sandpaper.
P: Hello. I need... sandpaper. Fine. Two-twenty grit.
T: Excellent, you got the grit too.
P: My wife... she calls. I want to call.
T: That's the goal. The one-on-one time today was thirty-five minutes.
P: Long.
T: You did well. Home: the verb cards every day, ten minutes, and one phone call you make yourself.
P: One call. Yes.
T: Next week the group is on telling a story.
P: Story. The owl. I tell the owl.
T: Perfect. See you Tuesday.
P: Tuesday.
T: Bye, Ivan.
P: Bye.
T: Drive safe.
P: My wife drives.
T: Tell her hello.
""",
    [
        "ordered... soup|ordered chicken soup",
        "Verbs: 14 of 20 without cues",
        "Sentence production 7 of 10 with the verb card",
        "Written naming 6 of 10",
        "Two-twenty grit|220 grit",
        "verb cards every day, ten minutes|verb cards 10 minutes a day",
        "one phone call you make yourself|1 phone call",
    ],
    ["trouble swallowing", "falls this week"],
    ["Tell her hello"],
    group=30,
)

# --------------------------------------------------------------------------------------------- PT, test

S(
    "aq_pt09_quilter_falls",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97116": 10},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Mrs. Abernathy, I'm Joel, your physical therapist. Your doctor sent you for balance and falls.
P: I've fallen three times since Thanksgiving. Once in the bathroom, twice in the yard.
T: Did you hit your head any of those times?
P: No, never my head. I bruised my hip the last time.
T: Any dizziness when you stand up?
P: No, not dizzy. My legs just don't feel the ground.
T: Your chart says diabetic neuropathy, atrial fibrillation on a blood thinner, and macular degeneration in the left eye.
P: That's all me.
T: What do you walk with?
P: Nothing in the house. A cane outside, sometimes.
P: My brother-in-law gets home health PT, and his agency charges Medicare for visits on days he's at the casino.
T: That's not something I can look into here. Let's keep going with you.
T: Monofilament testing: she felt 2 of 10 sites on the right foot, 3 of 10 on the left.
T: Ankle strength is four minus both sides. Hip abductors three plus.
T: Berg Balance Scale: 37 out of 56.
T: Timed Up and Go, no device: 16.2 seconds.
T: Five times sit to stand: 19 seconds with arms crossed.
P: My knees crack.
T: Gait: short steps, wide base, she looks at her feet, no device.
T: This is a high complexity evaluation: three or more comorbidities, a fall history, unstable neuropathy and vision loss affecting the plan.
T: Now some gait training so you leave with something. Let's try the four-wheeled walker down the hall.
P: It's faster than I thought.
T: Brakes on when you stop. Eyes ahead, not on your feet.
P: That's hard.
T: Step over the rope... good. Now turn around the cone.
P: I like the seat on it.
T: Back down the hall, 150 feet, standby assist.
T: That gait training was ten minutes.
T: Goals: Berg 45 or more, no falls for eight weeks, walking in the community with the walker.
T: Plan: twice a week for ten weeks.
P: Ten weeks.
T: Night lights in the hall and the bathroom this week, and the rug by the tub goes.
P: My grandson will move it.
T: Good. Anything on your mind?
P: I want to get back to my quilting group without being scared on the steps.
T: That goes in the goals too: the three steps at the church hall with one rail.
P: Thank you.
T: See you Monday.
P: Should I bring the walker Monday?
T: Yes, bring it, and wear the shoes with the laces, not the slippers.
P: The laces. Okay.
""",
    [
        "fallen three times since Thanksgiving|3 falls since Thanksgiving",
        "bruised my hip",
        "diabetic neuropathy",
        "2 of 10 sites on the right foot",
        "37 out of 56",
        "16.2 seconds",
        "19 seconds with arms crossed",
        "four-wheeled walker|4-wheeled walker",
        "150 feet",
        "twice a week for ten weeks|2 times a week for 10 weeks",
        "Night lights",
    ],
    ["hit your head", "dizziness when you stand up"],
    ["charges Medicare for visits on days he's at the casino"],
    others="My brother-in-law gets home health PT, and his agency charges Medicare for visits on days he's at the casino",
)

S(
    "aq_pt10_electrician_neck",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 12, "97530": 13},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hey Luis, how's the neck after the attic job?
P: Stiff. I was up there three hours pulling wire.
T: Pain?
P: Four. Five when I look up.
T: Any pain or tingling down the arms?
P: No, nothing in the arms.
T: Any headaches?
P: One Monday after the attic.
T: An insurance note before we start: your physical therapy this year has gone over the Medicare threshold. The neck still needs skilled care, so it's medically necessary and I put the KX modifier on today's codes.
P: Okay.
T: Face down on the table. I'll work on the upper back first, joint mobilization to the thoracic spine.
P: Oof, that's stiff.
T: Now some suboccipital release, hands under your head.
P: That's heaven.
T: Some manual traction now, gentle.
P: Okay.
T: Now let's simulate the attic. Lie on the foam wedge, arms up, and screw these into the board overhead.
P: Like a ceiling box.
T: Chin tucked, short bouts, then rest the arms.
P: My neck is fine if I tuck.
T: Now kneel and reach into the low cabinet, like a panel box.
P: That's my knees, not my neck.
T: Ha. Now carry the toolbox, fifteen pounds, across the room and set it on the shelf.
P: Three trips?
T: Three trips.
T: Okay. The hands-on and the job tasks together were twenty-five minutes: twelve of it was the manual work, and the remainder was the overhead and the toolbox.
P: Makes sense.
T: Rotation to the right is 65 degrees after the mobilization.
P: It feels looser.
T: Pain now?
P: Two.
T: Home: chin tucks every hour you're in an attic, and the doorway stretch twice a day.
P: Every hour.
T: And take a break every twenty minutes overhead.
P: My foreman won't love it.
T: Your neck will.
P: Fair.
T: See you Wednesday.
P: See you.
T: And sleep on one pillow, not two.
P: One pillow. Got it.
""",
    [
        "attic",
        "Four. Five when I look up|pain 4, 5 looking up",
        "joint mobilization to the thoracic spine",
        "suboccipital release",
        "manual traction",
        "foam wedge",
        "fifteen pounds|15 pounds",
        "Rotation to the right is 65 degrees",
        "chin tucks every hour",
        "doorway stretch twice a day",
    ],
    ["tingling down the arms"],
    ["My foreman won't love it"],
    kx=True,
    has59=True,
    rest=(25, ["97140", "97530"], "97530"),
)

S(
    "aq_pt11_hairdresser_vertigo",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97112": 14, "97110": 8},
    [],
    "97112x1:GP,CQ 97110x1:GP,CQ",
    """
t: hi tanya im mo the p t a today how is the dizziness
p: better um i only got dizzy once this week rolling over
t: any headaches
p: no
t: any ringing in the ears
p: no ringing
t: okay lets start the gaze work sit here and look at the letter on the wall
p: the x
t: turn your head side to side keep the x clear
p: it gets blurry when i go fast
t: slow it down a little there
t: now stand on the foam feet together eyes open
p: okay
t: eyes closed now
p: whoa
t: hands ready i got you
p: um hold on my salon is calling i have to take it
t: go ahead
p: okay sorry my two oclock wants to move
t: that was five minutes off the clock for the call
t: we had eight minutes of balance before the call
t: now walking with head turns down the hall
p: the hall moves
t: eyes on the end of the hall and turn the head
p: better the second time
t: six more minutes of balance after the call
t: now some strengthening heel raises twenty
p: one two three um twenty
t: mini squats two sets of ten
p: easy
t: step ups on the four inch step ten each leg
t: exercise was eight minutes
t: dizziness now zero to ten
p: a two
t: before we started you said a one
p: yeah the head turns
t: ill tell the p t its two after the head turns
t: keep the x one exercise three times a day
p: three times a day
t: see you tuesday
""",
    [
        "dizzy once this week rolling over",
        "letter on the wall|gaze stabilization",
        "blurry when i go fast",
        "foam feet together eyes open",
        "walking with head turns",
        "heel raises twenty|heel raises x 20",
        "mini squats two sets of ten|mini squats 2 sets of 10",
        "a two|dizziness 2/10",
        "three times a day|3 times a day",
    ],
    ["ringing in the ears"],
    ["my two oclock wants to move"],
    parts={"97112": [8, 6]},
    away=5,
)

S(
    "aq_pt12_pilot_tka",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 16, "97116": 9},
    [],
    "97110x1:GP,CQ 97116x1:GP,CQ",
    """
T: Hi Captain Reyes, I'm Ana, the PTA. Six weeks out from the knee replacement?
P: Six weeks Friday.
T: Pain today?
P: Three. Four on the stairs at home.
T: Any calf pain or swelling in the lower leg?
P: No, none.
T: Any fever or redness at the incision?
P: No, it looks good.
T: Let's start on the bike, full revolutions, five minutes.
P: I can go all the way around now.
T: Heel slides with the strap, two sets of fifteen.
P: That stretch.
T: Quad sets, ten with a five-second hold.
P: Okay.
T: Straight leg raises, two sets of ten, with the one-pound weight.
P: That's tougher.
T: Standing terminal knee extension, band, two sets of fifteen.
T: That was sixteen minutes of exercise.
T: Now let's walk without the cane, down to the window and back.
P: Feels strange without it.
T: Heel strike, push off through the big toe.
P: Like that?
T: Yes. Now the stairs, step over step going up.
P: Up is fine. Down, I need the rail.
T: Down with the rail, one at a time, that's fine today.
T: Gait was about seven minutes.
P: My wife wants me off the cane before our trip.
T: When's the trip?
P: Four weeks.
T: Practice in the house without it and take it outside for now.
P: Deal.
T: Knee bend today is 112 degrees, extension minus 3.
P: The surgeon wanted 115 by eight weeks.
T: You're close.
T: Let me say it for the note: exercise sixteen, gait seven... sorry, correction, gait was nine, I started the walk earlier than I wrote.
T: So twenty-five minutes of timed treatment.
P: You keep good books.
T: I try. Heel slides and straight leg raises at home, twice a day.
P: Twice a day.
T: See you Thursday.
P: Thanks, Ana.
""",
    [
        "Three. Four on the stairs|pain 3, 4 on stairs",
        "full revolutions",
        "Heel slides with the strap, two sets of fifteen|heel slides 2 x 15",
        "Straight leg raises, two sets of ten|straight leg raises 2 x 10",
        "one-pound weight|1 pound weight",
        "without the cane",
        "step over step going up",
        "112 degrees",
        "extension minus 3|extension -3",
        "gait was nine|gait 9 minutes",
    ],
    ["calf pain or swelling in the lower leg", "fever or redness at the incision"],
    ["gait seven"],
    fixed={"97116": 7},
    total=25,
    scratch=("gait seven", "gait was nine"),
)

S(
    "aq_pt13_gardener_hip",
    "PT",
    "progress",
    "PT",
    "per-code",
    "test",
    {"97110": 23, "97112": 9},
    [],
    "97110x2:GP 97112x1:GP",
    """
t: okay mr finch today is the progress note lets look back at what we had
t: last visit i wrote hip flexion ninety five and the walk test eleven hundred feet thats from last time
p: i remember
t: now todays numbers pain first
p: um one after the garden two before
t: any numbness in the thigh
p: no none
t: any clicking or catching in the hip
p: no not anymore
t: hip flexion is one hundred five degrees today
t: timed up and go is nine point four seconds down from fourteen point one at the start
p: faster huh
t: much faster hip abduction strength four out of five
t: hip outcome score activities of daily living eighty two percent up from fifty five percent
p: is that good
t: its good lets exercise
t: bike level five eight minutes
p: okay
t: side steps with the band around the ankles three laps
p: the band is tight
t: clamshells three sets of fifteen
t: bridges on one leg two sets of eight each side
p: the left is harder
t: deadlifts with the kettlebell ten pounds two sets of ten
p: like pulling weeds
t: exactly that was twenty three minutes of exercise
t: now balance single leg on the foam
p: wobbly
t: reach with the other foot forward side and back
p: like a star
t: yes the star excursion three rounds
t: balance was nine minutes
t: goals walk the garden rows without the cane met
t: kneel and get up from the garden bed with one hand partly met
p: i still use the fence
t: new goal get up from kneeling with no support
t: plan twice a week four more weeks
p: okay
t: keep the bridges and the deadlifts at home
p: will do
""",
    [
        "one after the garden two before|pain 1 after, 2 before",
        "hip flexion is one hundred five degrees|hip flexion 105 degrees",
        "nine point four seconds|9.4 seconds",
        "four out of five|4/5",
        "eighty two percent|82%",
        "clamshells three sets of fifteen|clamshells 3 x 15",
        "kettlebell ten pounds|kettlebell 10 pounds",
        "star excursion",
        "without the cane met",
        "twice a week four more weeks|2 times a week for 4 more weeks",
    ],
    ["numbness in the thigh", "clicking or catching in the hip"],
    ["hip flexion ninety five and the walk test eleven hundred feet"],
    previous=["hip flexion ninety five and the walk test eleven hundred feet"],
    updown=[("nine point four seconds", "fourteen point one"), ("eighty two percent", "fifty five percent")],
)

S(
    "aq_pt14_ranger_ankle",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 13},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Dale, today we re-evaluate the ankle, ten weeks after the fracture fixation.
P: I'm itching to get back on the trails.
T: Pain today?
P: One. Two after the long walk Sunday.
T: How long was the walk?
P: Two and a half miles. Flat gravel.
T: Any swelling the next morning?
P: No, not after that one.
T: Any numbness over the top of the foot?
P: No, not anymore.
T: Dorsiflexion is 12 degrees, the other side is 20, so about 60 percent.
P: Sixty percent. Hmm.
T: Plantarflexion 38, other side 50.
T: Single-leg heel raises: 14 on the right, 25 on the left.
P: Better than zero.
T: Y balance anterior reach: 58 centimeters on the right, 66 on the left, a difference of 8 centimeters.
T: Hop test for distance: 102 centimeters, about three feet four inches, and 140 on the left.
P: I hopped more than a yard.
T: You did. Six-minute walk: 1,920 feet, that's 585 meters.
T: FAAM sports subscale is 56 percent.
T: Your trail work is carrying a forty-pound pack two miles on rough ground.
P: Forty pounds, yeah. Sometimes more.
T: Let's exercise. Heel raises on the step, three sets of twelve.
P: These burn.
T: Lateral step-downs, two sets of ten.
T: Bosu squats, two sets of ten.
P: Wobbly.
T: Walking lunges across the room, three laps.
T: That's thirteen minutes of exercise.
T: Updated plan: twice a week for six more weeks, add hiking with a weighted pack at week two of this period, ten pounds to start.
T: New goals: heel raises 25 on the right, hop distance within nine tenths of the other side, and the pack two miles on trail.
P: Nine tenths.
T: Ninety percent, yes.
P: When can I run?
T: When the hop is at 90 percent and the heel raises are at 20. We'll retest in four weeks.
P: Okay.
T: Keep the heel raises every day at home.
P: Every day.
T: See you Friday.
P: Should I wear the brace on the trail?
T: Yes, the lace-up brace on any uneven ground for now.
""",
    [
        "fracture fixation",
        "Two and a half miles|2.5 miles",
        "Dorsiflexion is 12 degrees",
        "Single-leg heel raises: 14 on the right|14 single-leg heel raises on the right",
        "58 centimeters on the right",
        "102 centimeters",
        "1,920 feet",
        "585 meters",
        "FAAM sports subscale is 56 percent|FAAM sports 56%",
        "twice a week for six more weeks|2 times a week for 6 more weeks",
        "nine tenths|90 percent",
    ],
    ["swelling the next morning", "numbness over the top of the foot"],
    ["I hopped more than a yard"],
)

S(
    "aq_pt15_baker_hip",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 15, "97116": 8},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Mrs. Kowalski, today's your last visit. Your daughter came along.
C: I want to learn how to help her on the stairs at home.
T: Perfect, we'll end with that. Any pain today?
P: None sitting. One on the stairs.
T: Any falls since last visit?
P: No falls.
T: Any groin pain at night?
P: No, I sleep through now.
T: Hip flexion today is 100 degrees. Abduction strength four out of five.
T: Thirty-second sit to stand: 12 stands.
P: Twelve! It was six at the beginning.
T: It was. Now exercise one more time so I can check the form. Sit to stand from the low chair, two sets of ten.
P: Okay.
T: Standing hip abduction, two sets of twelve each side.
T: Bridges, fifteen.
T: Step-ups on the six-inch step, two sets of ten.
P: My right side is still weaker.
T: Side steps at the counter, three laps.
T: That's fifteen minutes of exercise.
T: Now walk the hall with the cane.
P: I don't use it at home anymore.
T: Then let's walk without it, and the outside ramp.
P: Easy.
T: Gait was eight minutes, 400 feet, independent on level ground.
T: Now, stairs. Daughter, stand one step below her going down.
C: Below her. Not above.
T: Below, hand on the gait belt, she leads with the left, the weaker one, going down. Up with the good.
C: Up with the good, down with the bad.
T: Exactly. Try it.
C: Okay, Mom, go ahead.
P: Like this.
T: Good. You're both safe.
T: Here's the home exercise program sheet: sit to stand, abduction, bridges, step-ups, once a day.
C: I'll make sure.
T: Goals: walking the neighborhood without the cane, met. Stairs with the rail, met. Standing to bake for thirty minutes, met.
P: I made pierogi last weekend.
T: Then you're discharged to your home program.
P: Thank you.
C: Thank you so much.
T: Call us if anything changes.
P: We will.
""",
    [
        "Hip flexion today is 100 degrees",
        "four out of five|4/5",
        "12 stands",
        "Step-ups on the six-inch step, two sets of ten|step-ups 6 inch 2 x 10",
        "400 feet",
        "independent on level ground",
        "Daughter|daughter trained",
        "gait belt",
        "home exercise program sheet",
        "discharged to your home program",
    ],
    ["falls since last visit", "groin pain at night"],
    ["I made pierogi last weekend"],
    trained=("daughter", "gait belt"),
)

S(
    "aq_pt16_tailor_parkinson",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97112": 12},
    ["97150"],
    "97150x1:GP 97112x1:GP",
    """
t: hi mr adler you were in the big steps group with the others
p: yes four of us today
t: the group part was twenty minutes
t: now i have you for the individual part
p: okay
t: any falls this week
p: no falls
t: any freezing in doorways
p: um once at the kitchen door
t: did you fall
p: no i counted like you said
t: good any dizziness standing up
p: no
t: lets work on the turns stand here
p: okay
t: big step turn around the cone left
p: big big
t: now right
p: right is harder
t: now the doorway count one two three and step
p: one two three step
t: good no freeze
t: now stand on the foam and reach for the cups on the shelf
p: the tall one is far
t: big reach then back to center
t: now catch and throw the ball standing on the foam
p: i dropped it
t: thats okay again
p: got it
t: balance was twelve minutes one on one
t: pull test today two steps back then recovered
p: i felt it
t: goals turns without freezing partly met doorway freezing down to once a week
p: thats true
t: keep the big steps at home and the doorway count
p: i will
t: my note says one freeze this week at the kitchen door
p: yes just the one
t: see you thursday
p: my granddaughter got married saturday
t: congratulations bye mr adler
""",
    [
        "once at the kitchen door|1 freeze at the kitchen door",
        "big step turn around the cone",
        "doorway count one two three and step|doorway count 1 2 3 step",
        "reach for the cups on the shelf",
        "catch and throw the ball",
        "pull test today two steps back then recovered|pull test 2 steps back, recovered",
        "turns without freezing partly met",
    ],
    ["falls this week", "dizziness standing up"],
    ["my granddaughter got married"],
    group=20,
)

# --------------------------------------------------------------------------------------------- OT, test

S(
    "aq_ot08_violinist_elbow",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 10},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: Hello, Ms. Varga. I'm Theo, your occupational therapist. What brings you in?
P: Cubital tunnel on the left. My ring and little fingers go numb when I play.
T: You play the violin?
P: Second violin in the city orchestra, and I teach.
T: When did it start?
P: Last fall. It's worse since rehearsals for the spring season started.
T: Any neck pain?
P: No neck pain.
T: Any weakness when you open jars?
P: A little, yes. And I drop my bow sometimes.
T: Sleeping with the elbow bent?
P: Always, curled up.
P: My cousin saw an OT in another state, and they billed her for a splint she never got.
T: I can't comment on that clinic. Let's look at your arm.
T: Tinel's at the cubital tunnel is positive on the left. Elbow flexion test positive at 40 seconds.
T: Grip: left 48 pounds, right 61. Key pinch left 12, right 16.
T: Two-point discrimination on the little finger: 7 millimeters on the left, 4 on the right.
T: Froment's sign is negative.
T: QuickDASH 34, performing arts module 75.
T: She has other factors: teaching load, performance schedule, and an earlier wrist fracture on the same side.
T: This is a moderate complexity evaluation.
T: Let's work on your day. Show me how you hold the phone.
P: Left hand, elbow bent all the way.
T: Switch to the right or use earbuds. Now your sleep: I'll wrap a towel around the elbow so it stays straighter.
P: Like a burrito.
T: Like a burrito. Now the case: carry it on the right.
P: I always carry it on the left.
T: And at the computer, rest the forearm, not the elbow.
P: Okay.
T: That self-care and home-routine training was ten minutes.
T: Goals: numbness only after more than an hour of playing, grip 55 pounds on the left, a full rehearsal with no dropped bow.
T: Plan: once a week for six weeks, with nerve glides at home.
P: Can I still play?
T: Yes, with breaks every twenty minutes.
P: Good.
T: See you next week.
P: Should I stop teaching?
T: No, just switch the demonstration bowing to short bouts.
P: I can do that.
T: And bring your violin next time so I can see your setup.
P: I'll bring it.
""",
    [
        "Cubital tunnel on the left",
        "ring and little fingers go numb",
        "Second violin",
        "Tinel's at the cubital tunnel is positive",
        "left 48 pounds, right 61|grip left 48 lb, right 61 lb",
        "7 millimeters on the left",
        "QuickDASH 34",
        "towel around the elbow",
        "once a week for six weeks|1 time a week for 6 weeks",
        "breaks every twenty minutes|breaks every 20 minutes",
    ],
    ["neck pain", "Froment's sign"],
    ["billed her for a splint she never got"],
    others="My cousin saw an OT in another state, and they billed her for a splint she never got",
)

S(
    "aq_ot09_mechanic_stroke",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 10, "97530": 15},
    [],
    "97535x1:GO,CO,59,KX 97530x1:GO,CO,KX",
    """
t: hi mr blake im kim the o t a how are you doing
p: good good the arm is um waking up
t: first the paperwork part your o t spending this year is past the medicare threshold
t: the o t wrote that your therapy is still medically necessary so we add the k x modifier
p: okay whatever works
t: any new numbness in the right hand
p: no
t: any falls at home
p: no none
t: lets do the shirt first sitting on the mat
p: the right arm goes in first
t: yes weak arm first good
p: the buttons
t: use the button hook
p: got it
t: now the shoes with the long shoe horn
p: easy
t: now lets do the car transfer on the car frame
p: this is the hard part
t: back up till you feel the seat then sit
p: okay
t: now swing the legs in use the right hand on the door frame
p: whew
t: now out again
p: out is easier
t: now the toilet transfer with the grab bar
p: i can do that one
t: now the tub bench in and out twice
p: twice
t: okay this block was twenty five minutes in all
t: of those twenty five about ten were the dressing the rest was the car toilet and tub transfers
p: you keep track huh
t: its my job any pain now
p: no just tired
t: car transfer today was minimal assist for the legs
t: shirt was modified independent with the button hook
p: that means i can do it
t: yes with the hook
t: practice the shirt every morning
p: my wife will time me
t: okay see you tuesday
p: bye kim
""",
    [
        "weak arm first",
        "button hook",
        "long shoe horn",
        "car frame",
        "grab bar",
        "tub bench in and out twice",
        "car transfer today was minimal assist for the legs|car transfer min assist",
        "shirt was modified independent with the button hook|shirt modified independent",
    ],
    ["new numbness in the right hand", "falls at home"],
    ["my wife will time me"],
    kx=True,
    has59=True,
    rest=(25, ["97535", "97530"], "97530"),
)

S(
    "aq_ot10_drummer_wrist",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97140": 10, "97530": 12},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi Jamal, how's the wrist since the gig?
P: Sore. We played two sets Friday.
T: Pain now?
P: Three. Five on the rimshots.
T: Any clicking on the pinky side?
P: Less. Not like before.
T: Any numbness in the fingers?
P: No.
T: Let's start with manual. Soft tissue on the forearm, then joint mobilization at the wrist.
P: That spot by the bone is tight.
T: I'll go slower there.
T: Manual therapy was ten minutes.
T: Now the practice pad. Sticks with the foam grips, eighth notes at 90 beats a minute.
P: Easy.
T: Keep the wrist neutral, bounce from the fingers.
P: Like this?
T: Yes. That was five minutes on the pad.
P: Sorry, that's my bandleader. Can I grab this?
T: Go ahead, I'll pause.
P: Done, sorry. He moved Saturday's load-in.
T: We lost about six minutes to the call. That part doesn't count.
T: Back to it. Now sixteenth notes at 80, then the rimshot with a lighter stick.
P: The rimshot still pinches.
T: Angle the stick lower. Try ten.
P: Better at that angle.
T: Now carry the snare case to the table and set it down, twice.
P: Twenty pounds?
T: About that. Keep it close.
T: Seven more minutes of the drum and carrying tasks.
P: My hand's tired.
T: Grip is 70 pounds today.
P: Is that good?
T: It was 58 at the evaluation, so yes.
T: Home: wrist isometrics three times a day, and the lower stick angle for rimshots.
P: Okay.
T: Wear the wrist brace for load-in and load-out.
P: I forget.
T: Keep it in the stick bag.
P: Good idea.
T: See you Monday.
""",
    [
        "two sets Friday|2 sets Friday",
        "Three. Five on the rimshots|pain 3, 5 with rimshots",
        "Soft tissue on the forearm",
        "joint mobilization at the wrist",
        "eighth notes at 90 beats a minute",
        "sixteenth notes at 80",
        "snare case",
        "Grip is 70 pounds today|grip 70 lb",
        "wrist isometrics three times a day|wrist isometrics 3 times a day",
    ],
    ["numbness in the fingers"],
    ["He moved Saturday's load-in"],
    has59=True,
    parts={"97530": [5, 7]},
    away=6,
)

S(
    "aq_ot11_cashier_ra",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97110": 13, "97535": 11},
    [],
    "97110x1:GO 97535x1:GO",
    """
t: okay ms pham progress visit today let me look back first
t: last note i had grip twenty pounds right and the jar task not done yet thats last visit
p: i remember the jar
t: how are the hands this week
p: um morning stiffness about half an hour now
t: any new swollen joints
p: no no new ones
t: any fevers
p: no
t: grip right today is twenty six pounds up from seventeen at the start
t: left is twenty four
t: the stiffness was an hour at the start so down from an hour to half an hour
p: yes its shorter
t: lets do the exercises tendon glides ten each
p: straight hook fist
t: good now putty soft yellow two sets of ten
p: soft is good
t: wrist circles and finger spreads with the band ten each
t: exercise was thirteen minutes
t: now the register task count the coins and bills in the drawer
p: the coins are hard
t: use the coin tray with the slope
p: oh they slide right to me
t: and the jar opener on the counter
p: the jar opened
t: great and the bag carry with the forearm not the fingers
p: like a purse
t: that task training was eleven minutes
t: goals open a jar with the opener met
t: work a four hour shift with hand pain three or less partly met
p: i did a four hour shift tuesday pain was four
t: so partly met
t: joint protection use the big joints keep going
t: plan once a week for four more weeks
p: okay
t: keep the putty and the glides at home
p: every day
t: and wear the wrist splints at night
p: the new ones are softer
t: good see you next week
p: bye
""",
    [
        "morning stiffness about half an hour|morning stiffness 30 minutes",
        "grip right today is twenty six pounds|right grip 26 lb",
        "left is twenty four|left grip 24 lb",
        "putty soft yellow two sets of ten|yellow putty 2 sets of 10",
        "coin tray",
        "jar opener",
        "bag carry with the forearm",
        "open a jar with the opener met",
        "four hour shift tuesday pain was four|4 hour shift, pain 4",
        "once a week for four more weeks|1 time a week for 4 more weeks",
    ],
    ["new swollen joints", "fevers"],
    ["grip twenty pounds right and the jar task not done yet"],
    previous=["grip twenty pounds right and the jar task not done yet"],
    updown=[("twenty six pounds", "seventeen"), ("half an hour", "an hour")],
)

S(
    "aq_ot12_glassblower_burn",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 12},
    ["97168"],
    "97168x1:GO 97535x1:GO",
    """
T: Mr. Ortiz, this is your re-evaluation for the burn on the right hand, twelve weeks after the graft.
P: The skin is less tight. I can hold a cup now.
T: Itching?
P: Less. Mostly at night.
T: Any open areas or blisters on the graft?
P: No, it's all closed.
T: Any signs of infection, redness spreading, fever?
P: No.
T: Let's measure. Thumb web space: 5 centimeters today, about two inches. The other side is 7.
P: Two inches. I want three.
T: Composite fist: fingertips to palm, 1 centimeter gap at the index, touching at the others.
T: Wrist extension 50 degrees, which is about three quarters of the left at 65.
T: Grip on the right: 52 pounds, that's 24 kilograms.
T: Vancouver Scar Scale 6, down from 11 at the start.
T: Now let's work on dressing and kitchen tasks. Put on the compression glove.
P: This takes forever.
T: Use the donning sleeve. Slide it over the fingers.
P: That's quicker.
T: Now wash a glass at the sink and dry it with the towel.
P: The hot water still bothers me.
T: Lukewarm. Gloves for dishes until the skin is tougher.
P: Okay.
T: Button a shirt cuff with the right hand.
P: That's slow but I got it.
T: That self-care training was twelve minutes.
T: Updated plan: once a week for six more weeks, compression 23 hours a day, scar massage three times a day.
T: New goals: web space 7 centimeters, return to glassblowing with a padded glove, independent with the compression glove in under two minutes.
P: I miss the furnace.
T: Let me dictate the measures. Web space 5 centimeters, grip 52 pounds, wrist extension 50... actually, make that 55 degrees, I read the other arm of the goniometer.
P: So it's better.
T: A little better. Scar scale 6.
T: Keep the silicone sheet on at night.
P: It slides off.
T: Tape the edge. See you in a week.
P: Thanks.
P: Can I go near the furnace to watch?
T: Watching is fine from a distance; no heat on the graft yet.
P: Okay.
T: And sunscreen on the hand every time you go outside.
P: Every time.
T: Every time, for a year.
""",
    [
        "twelve weeks after the graft|12 weeks after the graft",
        "hold a cup now",
        "Thumb web space: 5 centimeters",
        "1 centimeter gap at the index",
        "52 pounds, that's 24 kilograms|grip 52 lb",
        "Vancouver Scar Scale 6",
        "compression glove",
        "donning sleeve",
        "once a week for six more weeks|1 time a week for 6 more weeks",
        "compression 23 hours a day",
        "make that 55 degrees|wrist extension 55 degrees",
    ],
    ["open areas or blisters on the graft", "redness spreading"],
    ["Wrist extension 50 degrees"],
    updown=[("Vancouver Scar Scale 6", "11")],
    scratch=("Wrist extension 50 degrees", "make that 55 degrees"),
)

S(
    "aq_ot13_engineer_stroke",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97129": 15, "97130": 9},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Mr. Nakamura, today is your last OT visit. Your wife is joining us.
C: Good morning. I brought the calendar.
T: Thank you. Mr. Nakamura, how's the week been?
P: I cooked twice. I forgot the rice once.
T: Any new headaches?
P: No headaches.
T: Any trouble seeing on the left side?
P: No, the glasses fixed that.
T: Let's start with the meal plan task: three dinners for the week, a shopping list, and a budget of 60 dollars.
P: Curry, fish, soup...
T: Watch the budget.
P: 57 dollars and 80 cents. Under.
T: Good. Now the timer task: start the rice, set the timer, and answer my questions while it runs.
P: Timer set for eighteen minutes.
T: What day is your dentist?
P: Thursday. The rice... the timer hasn't gone.
T: Right, it hasn't. That's fifteen minutes of the cognitive work, the first block.
T: Now a second task on top of that: the pill box while the rice timer runs.
P: Morning, night... done. Oh, the timer!
T: You heard it and stopped it. Pill box, zero errors.
T: That part was nine more minutes, twenty-four minutes of cognitive treatment in all.
T: Now for you, Mrs. Nakamura: the kitchen checklist on the fridge. He reads it before he turns on a burner.
C: Before every burner.
T: And the timer goes on every time, no matter what.
C: Every time.
T: Let him do the steps; you only check the list at the end.
C: I'll try not to hover.
T: Here's the home program handout: the kitchen checklist, the weekly meal plan sheet, and the pill box routine.
C: Thank you.
T: Goals: cooks a simple meal with the timer and checklist, met. Manages his pills with no errors, met. Returns to consulting work part-time, partly met.
P: I did one video call with the firm.
T: That counts as a start. You're discharged to the home program.
P: Thank you.
C: Thank you for your patience with him.
T: He did the work. Call us if anything changes.
P: I will.
T: Take care.
P: Bye.
C: Bye.
T: Keep the checklist where you can see it.
C: On the fridge.
""",
    [
        "cooked twice",
        "forgot the rice once",
        "57 dollars and 80 cents",
        "timer task",
        "Pill box, zero errors|pill box 0 errors",
        "kitchen checklist on the fridge",
        "Your wife is joining us|wife trained",
        "home program handout",
        "Returns to consulting work part-time, partly met",
        "discharged to the home program",
    ],
    ["new headaches", "trouble seeing on the left side"],
    ["I did one video call with the firm"],
    cog=24,
    trained=("wife", "kitchen checklist"),
)

S(
    "aq_ot14_carpenter_amputation",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97535": 14},
    ["97150"],
    "97150x1:GO,CO 97535x1:GO,CO",
    """
t: hi mr ruiz you just came from the hand group with the others
p: yeah three of us it was good
t: the group ran thirty minutes on one handed tricks
t: now its individual time with me
p: okay
t: hows the stump of the finger
p: its okay um sensitive when i bump it
t: any open spots on the skin
p: no its healed
t: any phantom pain this week
p: no none
t: lets do the desensitization first rub the cloth then the rice
p: the rice is the worst
t: slow circles there you go
t: now the kitchen tasks cut the vegetables with the rocker knife
p: this knife is cool
t: hold the cutting board with the suction feet
p: it doesnt slide
t: now open the can with the electric opener
p: done
t: now the zip bag one handed
p: that one took a while
t: use the edge of the counter
p: oh that works
t: now shirt buttons with the left hand doing the work
p: okay slow but done
t: that self care and kitchen practice was fourteen minutes one on one
t: any pain now
p: a two on the finger
t: keep the desensitization five minutes three times a day
p: with the rice
t: yes rice and then the towel
p: my buddy at the shop wants me back
t: thats up to your doctor and the o t
p: yeah yeah
t: see you next week for group and individual
p: thanks
t: bring the rocker knife next time if you bought one
p: i ordered one
t: great
p: see you
""",
    [
        "sensitive when i bump it",
        "rocker knife",
        "suction feet",
        "electric opener",
        "zip bag one handed|zip bag 1-handed",
        "edge of the counter",
        "a two on the finger|pain 2",
        "five minutes three times a day|5 minutes 3 times a day",
    ],
    ["open spots on the skin", "phantom pain this week"],
    ["my buddy at the shop wants me back"],
    group=30,
)

# --------------------------------------------------------------------------------------------- SLP, test

S(
    "aq_slp08_rancher_swallow",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Mr. Dunn, I'm Rachel, the speech-language pathologist. Your doctor sent you because of coughing at meals.
P: Started after the stroke in March. Mostly with coffee.
T: Any pneumonia since then?
P: No pneumonia.
T: Any weight loss?
P: Maybe five pounds. I'm 182 now.
T: Any trouble with pills?
P: They stick sometimes. I take them in applesauce.
C: My husband had speech therapy for his voice at the VA, and his copay was forty dollars every time even though they told him it was free.
T: I can't speak to the VA's billing. Let's look at the swallow.
T: Oral exam: tongue strength reduced on the right, lips close fully, palate rises evenly.
T: Voice is mildly wet after the water. Cough on command is strong.
T: Let's do trials. Thin water by teaspoon.
P: Okay.
T: Three of three, no cough. Now by cup, single sip.
P: Okay.
T: Delayed cough after the second sip. Thin by cup: 2 of 5 with a cough.
T: Now with a chin tuck.
P: Like this?
T: Yes. 5 of 5, no cough with the chin tuck.
T: Mildly thick, IDDSI level 2, by cup.
P: That's better.
T: 5 of 5 no cough. Now the cracker, IDDSI level 7.
P: Takes me a while.
T: Chewing is slow, some residue on the right side of the mouth, cleared with a sip.
T: Yale pharyngeal residue cannot be rated at bedside, so I'm recommending a modified barium swallow.
T: Eating Assessment Tool, EAT-10: 19.
T: Impression: oropharyngeal dysphagia after a left brainstem stroke.
T: Recommendations until the swallow study: thin liquids with a chin tuck, small single sips, regular solids with alternating sips, pills whole in applesauce.
P: Can I have my coffee?
T: Yes, with the chin tuck, one sip at a time.
T: Goals: no coughing with thin liquids in 9 of 10 trials, safe strategies independently at meals.
T: Plan: twice a week for six weeks after the study.
C: I'll make sure he tucks.
T: Thank you. See you after the study.
P: Thanks.
C: Bye.
T: One more thing: sit fully upright for meals and stay up thirty minutes after.
P: I usually eat in the recliner.
T: At the table for now.
P: Okay, the table.
""",
    [
        "coughing at meals",
        "five pounds|5 pounds",
        "I'm 182 now|weight 182",
        "pills",
        "tongue strength reduced on the right",
        "Thin by cup: 2 of 5 with a cough",
        "5 of 5, no cough with the chin tuck",
        "EAT-10: 19",
        "modified barium swallow",
        "oropharyngeal dysphagia",
        "twice a week for six weeks|2 times a week for 6 weeks",
    ],
    ["pneumonia"],
    ["his copay was forty dollars every time"],
    others="My husband had speech therapy for his voice at the VA, and his copay was forty dollars every time",
)

S(
    "aq_slp09_kindergarten_r",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi ava im june the s l p a and grandma is here today
c: yes her mom is at work
t: any colds or ear infections this week
c: no none
t: okay ava lets play the rocket game
p: rocket
t: say red
p: wed
t: growl like a tiger first grrr then red
p: grrr red
t: thats it
t: r at the start of words with the growl twelve out of twenty
c: shes getting it
t: now rabbit
p: wabbit
t: growl first
p: grrr rabbit
t: now without the growl run
p: wun
t: r at the start without the growl five out of twenty
t: now car
p: cah
t: make the end of car growly
p: carrr
t: r at the end nine out of twenty with a model
p: can i pick a sticker
t: after three more
p: okay
t: red rug rain
p: wed rug wain
t: one out of three thats okay
c: she gets frustrated at home
t: grandma let me show you what helps
c: okay
t: when she says wed you growl grrr and wait
c: i growl
t: yes then she tries again dont say it for her
c: grrr then wait
t: exactly heres the practice sheet with ten r words five minutes after dinner
c: after dinner i can do
t: and praise the try not just the right ones
c: good job trying
t: perfect
p: sticker now
t: sticker now pick one
""",
    [
        "r at the start of words with the growl twelve out of twenty|initial r 12/20 with the growl cue",
        "r at the start without the growl five out of twenty|initial r 5/20 without cue",
        "r at the end nine out of twenty with a model|final r 9/20 with a model",
        "grandma is here today|grandmother trained",
        "growl grrr and wait",
        "practice sheet with ten r words five minutes after dinner|practice sheet 10 r words 5 minutes after dinner",
        "praise the try",
    ],
    ["colds or ear infections"],
    ["her mom is at work"],
    trained=("grandma", "growl grrr and wait"),
)

S(
    "aq_slp10_trucker_dysphagia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
t: morning mr kane um first the insurance part
t: your pt and speech together are past the medicare threshold this year
t: your swallowing therapy is still medically necessary so i put the k x modifier on it
p: sure
t: from last visit i have the note says chin tuck with thin by cup four of ten without a cough and the tongue press thirty kilopascals thats last time
p: i been doing the press every night
t: lets see today any coughing at meals this week
p: twice with soup
t: any fevers or pneumonia
p: no none
t: weight
p: one ninety same
t: tongue press on the meter best of three
p: push
t: thirty eight kilopascals up from thirty at the start of the month
p: see i practice
t: now effortful swallows ten
p: done
t: mendel son hold the swallow at the top three seconds ten times
p: thats hard
t: you got seven good ones out of ten
t: now thin water by cup with the chin tuck
p: okay
t: eight of ten without a cough
p: better
t: yes now soup with the chin tuck
p: the soup is thin too
t: five of five no cough
t: liquids stay thin level zero with the chin tuck and single sips
t: solids regular level seven
p: can i drink from a bottle in the truck
t: not from the bottle tipping your head back use a cup with a cutout
p: a cutout cup
t: it keeps your chin down
t: goals thin liquids nine of ten without cough partly met eight of ten today
t: home tongue press every night and the mendel son ten twice a day
p: twice a day
t: see you thursday
p: thanks
t: and keep the cutout cup in the truck
p: in the cup holder
""",
    [
        "twice with soup",
        "one ninety same|weight 190",
        "thirty eight kilopascals|38 kPa",
        "effortful swallows ten|effortful swallows x 10",
        "seven good ones out of ten|Mendelsohn 7/10",
        "eight of ten without a cough|thin liquids by cup with chin tuck 8/10",
        "five of five no cough|soup 5/5",
        "thin level zero|IDDSI 0",
        "cup with a cutout",
    ],
    ["fevers or pneumonia"],
    ["four of ten without a cough and the tongue press thirty kilopascals"],
    kx=True,
    previous=["four of ten without a cough and the tongue press thirty kilopascals"],
    updown=[("thirty eight kilopascals", "thirty")],
)

S(
    "aq_slp11_paralegal_tbi",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 10},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Ms. Ferreira, today is a progress report. How did the week go?
P: I read two short case summaries at home. I lost my place a few times.
T: Any headaches?
P: One, after the dentist. Nothing else.
T: Any dizziness?
P: None.
T: Any double vision when you read?
P: No, not anymore.
T: Let's start. Read this case summary and tell me the three main facts.
P: The tenant, the broken heater, the landlord didn't fix it in thirty days.
T: Three of three main facts. Now the details: the dates and the amounts.
P: December, January... 450 dollars? No, 540.
T: You corrected yourself. 4 of 5 details.
T: Now the filing task: sort these twelve documents by date and type.
P: Okay, motions here, letters here...
T: Eleven of twelve correct. That's the first fifteen minutes of the cognitive work.
T: Now we add a second task: the phone message log while you keep sorting.
P: Two things at once.
T: Yes. I'll give you three messages as you go.
P: Got them. Mr. Lee at 2, the court clerk, the copier guy.
T: Three of three messages, sorting 10 of 12 while doing it.
T: That second part was ten more minutes; twenty-five minutes of cognitive therapy altogether.
T: On the functional memory questionnaire you rated yourself 38 out of 50, up from 29 at the evaluation.
P: I feel it.
T: Goals: reading a two-page summary with the main facts, met. Managing a message log while doing another task, partly met.
T: New goal: a half day at the office with the checklist and no missed deadlines.
P: My cat knocked my planner off the desk twice this week.
T: Plan: once a week for four more weeks.
P: Okay.
T: Use the ruler under the line when you read, and the checklist every morning.
P: The ruler helps.
T: It does. Rest ten minutes after each hour of reading.
P: Ten minutes.
T: See you next Tuesday.
P: Thank you.
T: Bye.
P: Bye.
T: Oh, and bring your planner next time.
P: The planner. Okay.
T: We'll set up the Monday routine in it.
P: Good.
""",
    [
        "two short case summaries|2 short case summaries",
        "lost my place a few times",
        "Three of three main facts|3/3 main facts",
        "4 of 5 details",
        "Eleven of twelve correct|11 of 12 correct",
        "Three of three messages, sorting 10 of 12|3/3 messages, sorting 10/12",
        "38 out of 50",
        "once a week for four more weeks|1 time a week for 4 more weeks",
        "ruler under the line",
    ],
    ["dizziness", "double vision when you read"],
    ["My cat knocked my planner off the desk"],
    cog=25,
    updown=[("38 out of 50", "29")],
)

S(
    "aq_slp12_radio_host_dysarthria",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92522"],
    "92522x1:GN",
    """
T: Mr. Whitfield, this is your re-evaluation, twelve weeks into therapy after the cerebellar stroke.
P: I did a ten-minute segment on the community station Saturday.
T: How did it go?
P: My producer said I slurred at the end. I was tired.
T: Any trouble swallowing?
P: No, none.
T: Any new weakness or numbness?
P: No.
T: Let's measure. Read the grandfather passage.
P: You wish to know all about my grandfather...
T: Sentence intelligibility to an unfamiliar listener: 88 percent, about seven of every eight words.
P: Seven of eight. Okay.
T: Speaking rate 142 words per minute; the reading target is 150 to 170.
T: Now diadochokinetic rate: say pa-ta-ka as fast as you can.
P: Pataka pataka patak...
T: Irregular after the fourth repetition. 3.8 syllables per second.
T: Maximum phonation time: 19 seconds.
T: Loudness during conversation, 68 decibels at 30 centimeters, about a foot.
T: Communicative Participation Item Bank: 31, up from 22 at the evaluation.
P: That's the questionnaire?
T: Yes. Higher is better.
T: Now the radio read with the pacing marks.
P: Good morning, this is Tom on WKRD...
T: With pacing, intelligibility by my count was 29 of 30 words, about 97 percent.
P: Better with the slashes.
T: The pacing marks are your tool. Updated plan: once a week for eight more weeks.
T: New goals: a twenty-minute segment with 95 percent intelligibility rated by the producer, and a rate of 150 without the marks.
P: Twenty minutes.
T: Twenty. We'll build up by five a week.
T: Home: the pacing drills with the metronome, fifteen minutes a day, and one recorded read every day.
P: I'll send you the recordings.
T: Send me two a week.
P: Two a week.
T: Rest your voice before a segment, not after.
P: Makes sense.
T: See you next Friday.
P: Thanks.
T: Thank you.
P: Oh, and my producer says hi.
T: Hi back.
""",
    [
        "cerebellar stroke",
        "Communicative Participation Item Bank: 31|CPIB 31",
        "ten-minute segment|10-minute segment",
        "88 percent|88%",
        "142 words per minute",
        "3.8 syllables per second",
        "19 seconds",
        "68 decibels at 30 centimeters",
        "29 of 30 words",
        "once a week for eight more weeks|1 time a week for 8 more weeks",
        "fifteen minutes a day|15 minutes a day",
    ],
    ["trouble swallowing", "new weakness or numbness"],
    ["my producer says hi"],
    updown=[("31", "22")],
)

S(
    "aq_slp13_cantor_voice",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Sister Agnes, today is your last session. How was the Easter service?
P: I led both masses and the vigil. No hoarseness the next day.
T: Wonderful. Any throat pain?
P: No pain.
T: Any heartburn?
P: No, the diet change helped.
T: Any voice breaks while singing?
P: Not one.
T: Let's measure. Sustain "ah" as long as you can.
P: Ahhhhhhhhhhhhhhhh.
T: Maximum phonation time 22 seconds.
T: Voice Handicap Index today is 9.
T: Singing Voice Handicap Index 14.
T: Pitch range: from the G below middle C to the C two octaves above, about two octaves and a half.
P: I lost the top when I was sick.
T: It's back. Now the semi-occluded straw, the glide up and down.
P: Ooooo.
T: Smooth. Now sing the first verse of the hymn.
P: Holy God, we praise thy name...
T: Forward, no strain. Good.
T: Speaking voice on the reading, 64 decibels at a foot.
P: Softer than I'd think.
T: It's comfortable; you don't need more in the parish hall with the microphone.
T: Let me dictate the summary. Discharge, goals met. Maximum phonation time 12 seconds... scratch that, 22 seconds; 12 was at the start.
P: Twenty-two sounds like me.
T: VHI 9, singing VHI 14, range two and a half octaves.
T: Goals: sing a full service without hoarseness, met. Teach the choir warm-ups without strain, met. Two litres of water a day, met.
P: I have my bottle right here.
T: Home program: the straw glides five minutes before every service, and the vocal naps after.
P: Vocal naps. Ten minutes of quiet.
T: Ten minutes of quiet. You're discharged from speech therapy.
P: Thank you. The choir thanks you too.
T: If the hoarseness comes back for more than two weeks, call your doctor.
P: I will.
T: God bless.
P: And you.
T: One more thing: no throat clearing; swallow or sip instead.
P: I catch myself now.
T: Good.
P: Thank you again.
T: You're welcome.
""",
    [
        "led both masses and the vigil",
        "No hoarseness the next day",
        "Maximum phonation time 22 seconds|MPT 22 seconds",
        "Voice Handicap Index today is 9|VHI 9",
        "Singing Voice Handicap Index 14",
        "two octaves and a half|2.5 octaves",
        "semi-occluded straw",
        "64 decibels at a foot",
        "straw glides five minutes before every service|straw glides 5 minutes before every service",
        "discharged from speech therapy",
    ],
    ["throat pain", "heartburn", "voice breaks while singing"],
    ["Maximum phonation time 12 seconds"],
    scratch=("Maximum phonation time 12 seconds", "22 seconds"),
)

S(
    "aq_slp14_widower_aphasia",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507", "97150"],
    "92507x1:GN 97150x1:GN",
    """
T: Good morning, Mr. Lindqvist. You came from the book club group.
P: Yes. Five... no. Four. Four of us.
T: Three others with you, and the group ran twenty-five minutes on the short story.
P: The dog story. Good.
T: Now it's individual time, the two of us.
P: Okay.
T: Any new trouble swallowing or coughing?
P: No.
T: Any falls?
P: No, no falls.
T: Let's work on the story retell. Tell me about the dog.
P: The dog... lost. The boy... look, look. Found. In the barn.
T: Main ideas: 4 of 5.
P: Four. Good.
T: Now the word finding with the semantic map. What's this?
P: A... you sit... chair.
T: Yes. Naming with the semantic map: 15 of 20.
T: Now writing. Write a grocery list: milk, bread, eggs.
P: M-I-L-K. Bread. E-G... eggs.
T: Three of three words, one self-correction.
T: Now the phone practice. Call your daughter and tell her the time of the group.
P: Hello. Group... Tuesday. Ten o'clock.
T: Clear. She would get that.
P: My wife used to call her. Now me.
T: You're doing it.
T: Home: the semantic map sheets, ten words a day, and one phone call.
P: One call. Yes.
T: The group next week is on the newspaper.
P: Newspaper. Good.
T: See you Tuesday.
P: Tuesday. Thank you.
T: Bye.
P: Bye.
T: Oh, your umbrella.
P: Thank you. Rain.
T: Stay dry.
P: Tuesday.
T: And bring your grocery list.
P: List. Yes.
T: Good.
P: Bye bye.
""",
    [
        "book club group",
        "Main ideas: 4 of 5",
        "semantic map",
        "Naming with the semantic map: 15 of 20",
        "Three of three words, one self-correction|3/3 words, 1 self-correction",
        "grocery list",
        "Tuesday. Ten o'clock|Tuesday at 10",
        "ten words a day|10 words a day",
    ],
    ["new trouble swallowing or coughing", "falls"],
    ["your umbrella"],
    group=25,
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
    "trained training handout program programs up down caregiver son daughter wife husband".split()
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
    rng = random.Random(int(hashlib.sha256(("blind40/" + s["id"]).encode()).hexdigest()[:12], 16))
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

    m = re.fullmatch(r"aq_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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
    if name != sid + ".json" or not re.fullmatch(r"aq_(pt|ot|slp)\d\d_[a-z_]+", sid):
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


PROBES = [
    # (session number, what is changed, mutation, message expected from check)
    ("pt02", "hand key drops 59 on 97530", _set(key="97140x1:GP,KX 97530x1:GP,KX"), "key: rules give"),
    (
        "pt07",
        "'KX' no longer said",
        _sub("so your claims carry the KX modifier.", "so your claims are noted."),
        "KX needs cms",
    ),
    (
        "pt02",
        "the 'rest' of the ladder block keyed as 16 (24-minute block no longer adds up; same cms units, hand key kept)",
        _set(timed={"97140": 10, "97530": 16, "97112": 9}),
        "rest block 24 is not the sum",
    ),
    (
        "ot03",
        "the 25-minute hand block no longer said",
        _sub("The hand block was twenty-five minutes.", "The hand block is done."),
        "rest block 25 not said",
    ),
    (
        "pt10",
        "'the remainder' no longer said",
        _sub("and the remainder was the overhead and the toolbox", "and then the overhead and the toolbox"),
        "'the rest' not said",
    ),
    (
        "pt04",
        "last visit's figures no longer kept in absent",
        _set(absent=["It feels better than that now"]),
        "not kept in absent",
    ),
    (
        "pt04",
        "last visit's figures said without reading back the old note",
        _sub(
            "T: Last visit's note says pain four out of ten and knee flexion 112 degrees. Those were last week's numbers; we'll measure today fresh.",
            "T: I think it was pain four out of ten and knee flexion 112 degrees. We'll measure today fresh.",
        ),
        "not read back by the clinic",
    ),
    (
        "slp10",
        "last visit's figures keyed as a fact",
        _addfact("four of ten without a cough and the tongue press thirty kilopascals"),
        "is a fact",
    ),
    (
        "ot04",
        "today's grip (38, up from 29) dropped from the facts",
        _dropfact("grip on the right today is thirty eight pounds|right grip 38 lb"),
        "today's 'thirty eight pounds' not in a fact",
    ),
    (
        "pt13",
        "the previous TUG (14.1) keyed as a fact",
        _addfact("fourteen point one|14.1"),
        "keyed as a fact",
    ),
    (
        "pt05",
        "the walk distance and its previous figure no longer said together with 'up from'",
        _sub(
            "T: That's 1,650 feet, up from 1,100 feet at the evaluation, about half again.",
            "T: That's 1,650 feet. At the evaluation it was 1,100 feet.",
        ),
        "not said together",
    ),
    (
        "pt08",
        "the group's 20 minutes keyed as timed 97530",
        _set(timed={"97110": 9, "97112": 8, "97530": 20}),
        "group minutes 20 keyed as timed",
    ),
    (
        "slp07",
        "97150 dropped while a group is said",
        _set(untimed=["92507"], key="92507x1:GN"),
        "group minutes without 97150",
    ),
    (
        "ot14",
        "the group's 30 minutes no longer said",
        _sub(
            "t: the group ran thirty minutes on one handed tricks", "t: the group worked on one handed tricks"
        ),
        "group minutes 30 not said",
    ),
    (
        "slp14",
        "the one-on-one time no longer said",
        _sub("Now it's individual time, the two of us.", "Now it's the two of us."),
        "without the one-on-one time said",
    ),
    ("pt16", "97150 keyed with no group flagged", _set(group=None), "97150 keyed without a group"),
    (
        "ot06",
        "the trained caregiver named as a daughter",
        _set(trained=("daughter", "pill organizer routine")),
        "trained 'daughter' not named in a fact",
    ),
    (
        "pt06",
        "the wife's lines given to the patient (the trained caregiver never speaks)",
        lambda s: s.update(text=s["text"].replace("\nc: ", "\np: ")),
        "trained caregiver never speaks",
    ),
    (
        "slp09",
        "what the grandmother was trained on no longer said",
        _sub("you growl grrr and wait", "you growl and wait"),
        "training on 'growl grrr and wait' not said",
    ),
    (
        "slp02",
        "no home program handed over after the training",
        _sub(
            "heres the home practice sheet with ten s words", "heres the home practice list with ten s words"
        ),
        "no home program handed over",
    ),
    (
        "pt07",
        "'scratch that' no longer said in the wrap-up",
        _sub("T: Exercise... scratch that, it was eleven minutes", "T: Exercise... it was eleven minutes"),
        "scratch:",
    ),
    (
        "ot12",
        "the wrong wrist figure (50) kept as a fact",
        _addfact("Wrist extension 50 degrees"),
        "facts keep",
    ),
    ("slp13", "the wrong MPT no longer in absent", _set(absent=["God bless"]), "the wrong figure"),
    (
        "pt01",
        "the sister's clinic's billing no longer in absent",
        _set(absent=["Sounds good"]),
        "others' therapy not kept in absent",
    ),
    (
        "ot08",
        "the cousin's OT billing put in the therapist's mouth",
        _sub("P: My cousin saw an OT", "T: My cousin saw an OT"),
        "others' therapy not said by someone other than the clinic",
    ),
    (
        "pt03",
        "the 4-minute phone call counted as exercise",
        _set(timed={"97110": 20, "97116": 11}, parts={"97110": [9, 4, 7]}),
        "time away (4 minutes) keyed as a part",
    ),
    (
        "ot02",
        "the phone call's minutes no longer said",
        _sub("t: that call was five minutes so i stopped the clock", "t: so i stopped the clock"),
        "time away (5 minutes) not said",
    ),
    (
        "pt12",
        "the first gait figure (7) no longer in absent",
        _set(absent=["Thanks, Ana"]),
        "the first figure 7",
    ),
    (
        "slp04",
        "cognitive block split 13 + 14",
        _set(timed={"97129": 13, "97130": 14}),
        "cognitive block not split",
    ),
    (
        "ot13",
        "cognitive 24 -> 25, key kept",
        _set(cog=25, timed={"97129": 15, "97130": 10}),
        "cognitive minutes not said",
    ),
    (
        "pt09",
        "'moderate complexity' said for 97163",
        _sub("This is a high complexity evaluation", "This is a moderate complexity evaluation"),
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
        "ot11",
        "the fever question answered without a denial",
        _sub("t: any fevers\np: no\n", "t: any fevers\np: a low one sunday\n"),
        "no denial",
    ),
    ("slp06", "cut to 39 turns", _trim(39), "39 turns"),
    ("ot03", "KX session put under per-code", _set(rule="per-code"), "KX needs cms"),
    (
        "ot10",
        "the second drum part said as eight",
        _sub("T: Seven more minutes of the drum", "T: Eight more minutes of the drum"),
        "97530: 7 minutes not said",
    ),
    (
        "pt06",
        "a comma in a recogniser line",
        _sub(
            "rotation right seventy degrees left seventy five",
            "rotation right seventy degrees, left seventy five",
        ),
        "lower-case tags without a clean recogniser text",
    ),
    (
        "pt13",
        "per-code session put under cms (23 + 9 -> one each), hand key kept",
        _set(rule="cms"),
        "key: rules give",
    ),
    (
        "ot02",
        "hand key puts 59 on 97530 instead of 97535",
        _set(key="97535x1:GO,CO 97530x1:GO,CO,59"),
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


FILE_PROBES = [
    # (half, what is changed, mutation of the half's (name, doc) list, message expected)
    (
        "dev",
        "aq_pt02: 97140 billed x2 from 10 minutes",
        _fdoc("aq_pt02", _codes(c97140=2)),
        "units from minutes",
    ),
    ("test", "aq_ot09: 59 moved from 97535 to 97530", _fdoc("aq_ot09", _move59_535), "59 does not follow"),
    ("dev", "the OT evaluation file removed", _fdrop("aq_ot01"), "a note type is missing"),
    (
        "test",
        "KX stripped from pt10 and ot09 (one KX session left)",
        _strip("KX", "aq_pt10", "aq_ot09"),
        "KX sessions",
    ),
    ("dev", "CO stripped from the OTA's file aq_ot07", _strip("CO", "aq_ot07"), "assistant modifier"),
    (
        "test",
        "aq_pt13 rule flipped to cms (97110 23 + 97112 9 would give one unit each)",
        _fdoc("aq_pt13", lambda d: d.update(rule="cms")),
        "units from minutes under cms",
    ),
    (
        "test",
        "59 stripped from pt10 and ot10 (one 59 session left)",
        _strip("59", "aq_pt10", "aq_ot10"),
        "sessions with 59",
    ),
    (
        "dev",
        "aq_slp02 made an SLPA progress report",
        _fdoc("aq_slp02", lambda d: d.update(note_type="progress")),
        "assistant on a note other than daily",
    ),
    (
        "test",
        "aq_slp12: an absent entry that was never said",
        _fdoc("aq_slp12", _absent_unsaid),
        "not in the transcript",
    ),
    (
        "dev",
        "aq_pt08: the group's 20 minutes put in minutes as 97150",
        _fdoc("aq_pt08", lambda d: d["expected"]["minutes"].update({"97150": 20})),
        "minutes hold an untimed code",
    ),
    (
        "test",
        "aq_slp13: an absent entry that is also a fact (22 seconds)",
        _fdoc("aq_slp13", lambda d: d["expected"]["absent"].append("22 seconds")),
        "overlaps a fact",
    ),
    (
        "dev",
        "aq_slp07: the one-on-one time no longer said, 97150 still billed",
        _fdoc("aq_slp07", _segrep("one-on-one", "private")),
        "97150 billed without one-on-one",
    ),
    ("test", "aq_pt16: 97150 billed x2", _fdoc("aq_pt16", _codes(c97150=2)), "untimed 97150 x2"),
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
    base = os.environ.get("BLIND40_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("aq_") and name.endswith(".json"):
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
