#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirty-fourth set (ids ak_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind29-33
and lines 1-80 plus the rules / text helpers / checks part of make_blind33.py (copied, then extended).
Running it:

  1. recomputes every answer key from the minutes in each session (8-minute rule or per-code, 97129/97130,
     GP/GO/GN, CQ/CO, 59, KX), compares it with the hand key, checks that every minute figure (or its
     pieces, or its clock readings) is said by the clinic, turns (30-60), timestamps, facts / negated /
     absent against the transcript, and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND34_OUT).

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
    "ak_pt01_hamstring_on_the_soccer_sideline",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 9},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: Hi Marcus, you made it. Front desk said you got here about twenty minutes after your slot.
P: Sorry, the bus broke down on Fifth. I texted but I guess nobody saw it.
T: It happens. We'll do a shorter visit today, evaluation first and a little bit of exercise.
P: That's fine, I just want to get back on the field.
T: Tell me what happened to the leg.
P: Sprinting for a ball three weeks ago, felt a pop in the back of my right thigh.
T: Any bruising afterward?
P: Yeah, down the back of the knee, it's mostly gone now.
T: Pain right now, zero to ten?
P: Three at rest, six when I try to jog.
T: Any numbness or tingling down the leg?
P: No, nothing like that.
T: Any back pain?
P: No back pain at all.
T: Lying on your back, I'll lift the leg straight. Tell me when it pulls.
P: There. That's tight.
T: Straight leg raise is fifty degrees on the right, eighty on the left.
T: Resisted knee bending now. Push into my hand.
P: Ouch, that's a little sore.
T: Knee flexion strength four minus over five on the right, five over five on the left.
T: Your LEFS came in at forty eight out of eighty.
P: Is that bad?
T: It's a middle score, lots of room to improve. With how it's limiting your play, this is a moderate complexity evaluation.
P: Okay.
T: Let's use the nine minutes we have left for exercise. Bridges, two sets of ten.
P: Feels fine.
T: Now hamstring sets against the table, ten reps with a five second hold.
P: That one I feel.
T: Good, that was nine minutes of exercise. Home program is bridges and hamstring sets daily.
P: Every day?
T: Every day. Plan is twice a week for six weeks. Goal is sprinting pain free by week six.
P: My coach wants me back for the tournament.
T: We'll talk to him once you're jogging without pain.
""",
    [
        "right thigh|right hamstring",
        "3/10|three at rest",
        "6/10|six when I try to jog",
        "straight leg raise is fifty degrees|SLR 50",
        "4-/5|four minus over five",
        "LEFS|lower extremity functional scale",
        "48/80|forty eight out of eighty",
        "bridges, two sets of ten|2x10",
        "twice a week for six weeks|2x/week for 6 weeks",
        "sprinting pain free",
    ],
    ["numbness", "back pain"],
    ["the bus broke down on Fifth", "the tournament"],
)

S(
    "ak_pt02_bike_then_the_front_steps",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 18, "97140": 12, "97530": 9},
    [],
    "97110x1:GP,KX 97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Morning Gloria. How's the knee since Tuesday?
P: Better. Pain is about a two today.
T: Good. Before we start, billing flagged that your therapy this year has gone past the Medicare threshold, with your hip therapy in the spring.
P: Does that mean you stop?
T: No. The knee still needs skilled care, so it's medically necessary, and we add the KX modifier to the claim.
P: Okay, whatever you need.
T: Ten minutes on the bike first to warm up.
P: Seat's a bit low.
T: Raised it two notches. Level three resistance.
P: That's better.
T: Ten minutes done. Onto the table.
T: Patellar mobilizations and soft tissue work to the quad tendon now.
P: That's the stiff spot, right there.
T: Knee bend measured after, one hundred eighteen degrees. It was one hundred ten last week.
P: That's progress.
T: That manual work was twelve minutes.
T: Now a separate block, step ups and getting down to the floor and up, like you do with the grandkids.
P: The floor is the hard part.
T: Half kneel, then hands to the chair. Good.
P: Did I do it right?
T: You did. Three times down and up. That functional block was nine minutes, done after the manual work, not during.
P: Okay.
T: Now another eight minutes on the bike at the end to cool down.
P: My legs are tired.
T: Keep it easy, level two.
P: Done?
T: Done. So the bike was ten at the start and eight at the end.
P: Do I keep doing the heel slides at home?
T: Yes, heel slides three times a day, ten reps.
P: Any swelling I should watch for?
T: Is it swollen now?
P: No, no swelling.
T: Good. See you Friday, we'll add stairs without the rail.
""",
    [
        "pain is about a two|2/10",
        "one hundred eighteen degrees|118",
        "one hundred ten last week|110",
        "patellar mobilizations",
        "step ups",
        "floor",
        "heel slides three times a day|3x/day",
        "ten reps|10 reps",
        "stairs without the rail",
    ],
    ["swelling"],
    ["the grandkids", "Seat's a bit low"],
    kx=True,
    has59=True,
    parts={"97110": [10, 8]},
)

S(
    "ak_pt03_lane_four_at_the_rec_center",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97113": 32, "97110": 6},
    [],
    "97113x2:GP,CQ 97110x1:GP,CQ",
    """
t: uh hi mister okafor ready for the pool today
p: ready the water is always the best part of my week
t: how is the back
p: about a four out of ten this morning better than last week
t: any pain going down the legs
p: no none down the legs
t: good lets start walking forward in the chest deep water
p: the water holds me up
t: now backward walking keep your belly tight
p: that is harder
t: side stepping with the noodle under the arms
p: okay
t: marching in place knee to hip height twenty each side
p: this is fun actually
t: now the wall squats in the water two sets of ten
p: my knees feel fine in here
t: deep water cycling with the built five minutes
p: um tiring
t: that is thirty two minutes of water exercise with the aquatic program
p: already
t: yes lets get you out on the ramp slowly
p: the ramp is slippery
t: hold the rail both hands
p: got it
t: now on the deck standing hip extension and calf razes fifteen each
p: legs feel heavy out of the water
t: that deck part was six minutes
p: when do i see the therapist again
t: she will check your progress next week
p: can i swim laps on my own
t: ask her next week until then walking laps only
p: fine
t: any dizziness getting out
p: no not dizzy
t: good pain now
p: maybe a three
t: nice see you thursday
""",
    [
        "four out of ten|4/10",
        "maybe a three|3/10",
        "walking forward in the chest deep water",
        "backward walking",
        "side stepping with the noodle",
        "marching in place",
        "wall squats in the water two sets of ten|2x10",
        "deep water cycling",
        "calf razes fifteen each|calf raises|15",
    ],
    ["down the legs", "dizziness"],
    ["the best part of my week", "swim laps on my own"],
)

S(
    "ak_pt04_cane_and_the_east_hallway",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97112": 14, "97116": 7},
    [],
    "97112x1:GP,CQ",
    """
T: Hi Mrs. Delgado, how are you feeling today?
P: A little wobbly but okay.
T: Any falls since last week?
P: No falls, I've been careful.
T: Good. We'll start with balance on the foam.
P: Oh, the squishy one.
T: Feet together, eyes open, thirty seconds.
P: Okay, I'm holding.
T: Now eyes closed, I'm right here.
P: That's much harder.
T: Fifteen seconds with eyes closed, nice. Now tandem stance at the counter.
P: One foot in front of the other?
T: Yes. Twenty seconds right foot forward.
P: Is that a bell?
T: That's the fire alarm, it's a scheduled drill. Hold my arm, we walk out the east door together.
P: Should I bring my purse?
T: Leave it, we'll come right back. Cane in your right hand.
P: It's loud.
T: We're outside now. Just stand with me by the fence.
P: How long does this take?
T: Usually ten minutes. They'll give the all clear.
C: All clear, everybody, you can go back in.
T: Back inside. Balance work before the drill was fourteen minutes.
P: Do we still have time?
T: A little. Let's walk the hallway with the cane, watch your step length.
P: Like this?
T: Bigger steps on the left. Good. Gait training was seven minutes, since the drill took the rest.
P: I'm sorry we lost time.
T: Not your fault. Walked two hundred feet with the cane and standby assist.
P: Do I keep doing the standing exercises?
T: Yes, feet together at the counter, three times a day. We'll tell your therapist about the drill.
""",
    [
        "foam",
        "thirty seconds|30 seconds",
        "fifteen seconds with eyes closed|15 seconds",
        "tandem stance",
        "twenty seconds|20 seconds",
        "two hundred feet|200 feet|200 ft",
        "standby assist|SBA",
        "three times a day|3x/day",
    ],
    ["falls"],
    ["Should I bring my purse?", "All clear, everybody"],
)

S(
    "ak_pt05_three_numbers_since_october",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97112": 16, "97110": 8},
    [],
    "97112x1:GP 97110x1:GP",
    """
t: hi mister chen today is your progress visit so we repeat the three tests from october
p: um the balance ones
t: yes burg balance timed up and go and the six minute walk
p: uh okay lets do it
t: first the berg fourteen items
p: reaching forward is the hard one
t: berg today is forty nine out of fifty six it was thirty eight in october
p: eleven points
t: right now the timed up and go stand walk turn and sit
p: how fast was that
t: eleven point two seconds it was eighteen seconds in october
p: wait eleven point two are you sure i felt slow
t: i checked the stopwatch again eleven point two
p: okay if you say so
t: six minute walk down the long hall
p: my hips get tired at the end
t: three hundred ninety meters today it was two hundred sixty meters in october
p: so all three are better
t: all three are better the walk gained one hundred thirty meters
t: now balance training on the foam and the rocker board
p: the rocker board scares me
t: i am holding the gait belt
p: okay
t: balance training was sixteen minutes
t: then hip abductor and step up strengthening eight minutes
p: my left side is weaker
t: yes the left hip abductors are four over five right is five over five
p: any falls this month no none
t: good and the pain
p: no pain in the hips just tired
t: goals berg over forty five met walk three hundred fifty meters met
p: so am i done
t: not yet the community walking goal is not met we keep twice a week for four more weeks
p: fine by me
t: keep doing the standing program at the counter every day
""",
    [
        "berg",
        "49/56|forty nine out of fifty six",
        "38|thirty eight in october",
        "11.2 seconds|eleven point two seconds",
        "18 seconds|eighteen seconds in october",
        "390 meters|three hundred ninety meters",
        "260 meters|two hundred sixty meters",
        "4/5|four over five",
        "twice a week for four more weeks|2x/week for 4 weeks",
        "community walking goal is not met",
    ],
    ["pain in the hips"],
    ["the rocker board scares me"],
)

S(
    "ak_pt06_no_stairs_on_tuesday",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 11},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Mrs. Abernathy, it's been thirty days, so today is your re-evaluation.
P: Already? Time flies.
T: How has the knee been at home?
P: The pain's down. Maybe a three, it was a seven when I started.
T: Let me measure the bend. Lie back.
P: Okay.
T: Knee flexion is one hundred five degrees, up from eighty five at the start.
P: And straightening?
T: Extension lacks five degrees. It was lacking fifteen.
T: Quad strength is four over five now.
P: I can get out of the car easier.
T: Let's repeat the five times sit to stand.
P: Here goes.
T: Fourteen seconds. It was twenty two seconds at the start.
T: Now I'd like to try the stairs, up and down the four steps.
P: No, I'm not doing stairs today. My daughter's wedding is Saturday and I don't want to be sore.
T: That's your call. I'll write that you declined the stair test today.
P: Sorry.
T: No need. We'll try them next visit.
P: What about the exercises?
T: Let's do the ones on the mat. Straight leg raises two sets of twelve.
P: Fine.
T: Short arc quads with a two pound weight, two sets of twelve.
P: Is there swelling? It feels puffy.
T: I don't see any swelling. The knee measures the same as the left.
T: Mat exercise was eleven minutes.
P: What happens now?
T: We keep going twice a week for four more weeks. New goal, stairs step over step with one rail.
P: Okay, after the wedding.
T: After the wedding. Enjoy it.
""",
    [
        "3/10|maybe a three",
        "7/10|seven when I started",
        "105 degrees|one hundred five degrees",
        "85|eighty five",
        "lacks five degrees|lacks 5",
        "4/5|four over five",
        "14 seconds|fourteen seconds",
        "22 seconds|twenty two seconds",
        "declined the stair test",
        "straight leg raises two sets of twelve|2x12",
        "two pound weight|2 lb",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["swelling"],
    ["daughter's wedding is Saturday"],
)

S(
    "ak_pt07_gutter_cleaning_shoulder",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 20, "97140": 8},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Last visit, Mr. Brennan. Let's see where you ended up.
P: I cleaned the gutters last weekend. No problems.
T: Was that wise?
P: Probably not, but the shoulder held up.
T: Pain today?
P: Zero at rest, maybe a one reaching into the cabinet.
T: Shoulder flexion, arm up in front.
P: How far?
T: One hundred seventy degrees. It was one hundred twenty at the start.
P: Wait, one seventy? That sounds like a lot. Are you sure?
T: Let me measure again. Yes, one hundred seventy.
P: Huh. Okay.
T: External rotation is eighty degrees.
T: Your QuickDASH score is nine today. It was fifty two at the start.
P: So that's good?
T: Very good. Rotator cuff strength is five over five in every direction.
P: No more weakness?
T: No weakness on testing.
T: Let's go through your home program one last time.
P: The band ones.
T: Rows and external rotation with the green band, three sets of fifteen.
P: Three sets? I've been doing two.
T: Three sets from now on.
T: Wall slides and the sleeper stretch too.
P: Got it.
T: That was twenty minutes of exercise.
T: A bit of joint mobilization to the back of the shoulder to finish.
P: That feels loose.
T: Eight minutes of manual therapy. All goals met, you're discharged.
P: What if it hurts again?
T: Call us. Keep the band program three days a week.
""",
    [
        "zero at rest|0/10",
        "one when reaching|1/10|maybe a one",
        "170 degrees|one hundred seventy degrees",
        "120|one hundred twenty",
        "external rotation is eighty degrees|80 degrees",
        "QuickDASH",
        "nine today|9",
        "fifty two|52",
        "5/5|five over five",
        "green band, three sets of fifteen|3x15",
        "all goals met",
        "three days a week|3x/week",
    ],
    ["weakness"],
    ["cleaned the gutters"],
)

S(
    "ak_pt08_pivot_by_the_parallel_bars",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97116": 13, "97110": 5},
    [],
    "97116x1:GP",
    """
t: hi missus ferreira lets do the walker walking today
p: uh okay my legs feel good today
t: any pain
p: no pain today
t: stand up from the chair hands on the armrests
p: up
t: walk to the parallel bars with the walker
p: this is easy
t: good step length now turn around at the bars
p: whoa
t: i have you you sat down on the floor are you hurt
p: i think i am okay i just slid down
t: did you hit your head
p: no i did not hit my head
t: any pain in the hip or the wrist
p: no it does not hurt anywhere
t: i lowered you with the gate belt your bottom landed on the mat no injury seen
p: i am embarrassed
t: do not be we will write it up as a fall during the session with assist to the floor
p: do you have to tell my daughter
t: we will let her know and the doctor too
t: we will get you up with two people and the chair
t: i am here to help lift on three
t: one two three up
t: blood pressure sitting is one thirty over eighty
p: i feel fine
t: we walked thirteen minutes before the fall so we stop the walking there
p: can we do more
t: only seated work today ankle pumps and knee kicks
p: like this
t: yes ten each side five minutes of seated exercise
p: i am sorry
t: it is okay we will practice turning with small steps next time
p: small steps
t: small steps and the walker close to you
""",
    [
        "walker",
        "fall during the session",
        "lowered you with the gate belt|gait belt",
        "no injury seen",
        "130/80|one thirty over eighty",
        "ankle pumps and knee kicks",
        "ten each side|10",
        "turning with small steps",
    ],
    ["hit my head", "pain in the hip"],
    ["do you have to tell my daughter"],
)


# --------------------------------------------------------------------------------------------- OT, dev
S(
    "ak_ot01_boxer_fracture_on_the_right",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97760": 20},
    ["97166"],
    "97166x1:GO 97760x1:GO",
    """
T: Hi Dylan, I'm the hand therapist. Your surgeon sent you for a splint and an evaluation.
P: Yeah, I punched a door. Not my proudest moment.
T: Fifth metacarpal fracture on the right, no surgery, about ten days ago?
P: Eleven days.
T: Right-handed?
P: Yes, and I work a register at the hardware store.
T: Pain right now?
P: Four out of ten, six when I grip.
T: Any numbness in the little finger?
P: No numbness.
T: Any other injuries?
P: No, just the hand.
T: Swelling is moderate over the back of the hand. Let me measure the fingers.
T: Small finger knuckle bends to forty degrees. The other fingers are full.
T: Grip on the left is ninety pounds. We won't test grip on the right yet.
P: Good, because it would hurt.
T: Dressing and showering, how are you doing?
P: Buttons are slow. I need my girlfriend for my belt.
T: So minimal assist for lower body dressing. With work and the swelling, this is a moderate complexity evaluation.
P: What's the splint?
T: An ulnar gutter splint. I'm fabricating it now from thermoplastic, molded to your hand.
P: It's warm.
T: It'll harden in a minute. Knuckles at seventy degrees of bend, fingers straight.
P: Feels snug.
T: I'm trimming the edge by your wrist. How's that?
P: Better.
T: Wear it all the time except showers. Check for red marks twice a day.
P: Can I sleep in it?
T: Yes, sleep in it. The fabrication and training took twenty minutes.
P: When do I come back?
T: Twice a week for four weeks. Goal is full fist and return to the register.
P: My manager keeps texting me.
T: I'll write you a work note.
""",
    [
        "fifth metacarpal fracture|5th metacarpal",
        "4/10|four out of ten",
        "6/10|six when I grip",
        "forty degrees|40 degrees",
        "ninety pounds|90 lb",
        "minimal assist|min assist|min A",
        "ulnar gutter splint",
        "thermoplastic",
        "seventy degrees|70 degrees",
        "twice a day|2x/day",
        "twice a week for four weeks|2x/week for 4 weeks",
        "full fist",
    ],
    ["numbness"],
    ["punched a door", "My manager keeps texting me"],
)

S(
    "ak_ot02_rugs_in_the_hallway",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 14, "97535": 12},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi mister walsh hi karen thanks for coming in with your dad
c: he wanted me to hear about the house stuff
t: before we start the billing office says his therapy this year passed the threshold with his hand therapy in march
c: so is he cut off
t: no his therapy is still medically necessary so we put the k x modifier on the claim
p: good i want to keep coming
t: first the transfer practice on the kitchen mock up
p: the step stool thing
t: yes reaching to the upper cabinet from standing with the walker close
p: i can do it
t: contact guard for the reach good
p: my back is fine
t: any dizziness when you reach up
p: no dizziness
t: now getting down to get the pot from the low cupboard
p: that is hard
t: minimal assist to come back up
t: that functional block was fourteen minutes
t: now a separate block for the house with karen
c: okay
t: the throw rugs in the hallway should come up
c: mom loves those rugs
t: i understand but they catch the walker
p: i tripped on one last month but i did not fall
t: a night light between the bedroom and the bathroom
c: we can do that
t: grab bar next to the toy let and a raised seat
c: um where do we get those
t: the medical supply store on main i will print the list
t: and a phone he can carry on the walker basket
c: that is a good idea
t: the home safety teaching was twelve minutes
p: so i am done
t: yes the therapist will see you thursday keep the rugs up karen
c: i will roll them today
""",
    [
        "kitchen mock up",
        "upper cabinet",
        "contact guard|CGA",
        "minimal assist|min assist|min A",
        "throw rugs",
        "night light",
        "grab bar next to the toy let|grab bar next to the toilet",
        "raised seat",
        "phone he can carry on the walker basket",
    ],
    ["dizziness"],
    ["mom loves those rugs", "the medical supply store on main"],
    kx=True,
    has59=True,
)

S(
    "ak_ot03_left_turn_at_the_light",
    "OT",
    "daily",
    "OT",
    "per-code",
    "dev",
    {"97530": 15, "97535": 9},
    [],
    "97530x1:GO 97535x1:GO,59",
    """
T: Hello Mr. Papadakis. Today is the pre-driving screen we talked about.
P: My son says I shouldn't drive. I say I'm fine.
T: This screen doesn't decide that. It tells us what to work on, and the driving specialist decides.
P: Fair enough.
T: Vision first. Read the letters on the far chart.
P: E, F, P, T, O, Z.
T: Good. Now the reaction time pedal. Press the brake when the light goes red.
P: Okay. Red. Red.
T: Your average was point seven seconds. Under one second is what we want.
T: Trail making on the tablet, connect the numbers and letters in order.
P: One, A, two, B, three...
T: Done in ninety five seconds, with one error.
P: Is that good?
T: It's in the borderline range. Now the neck turn, look over your right shoulder.
P: That's stiff.
T: Neck rotation is limited to the right, about fifty degrees.
P: Is that why I don't see the cars in the next lane?
T: That's part of it. These screening tasks were fifteen minutes.
P: What else?
T: Planning trips. Where do you drive each week?
P: The pharmacy, church, my sister's.
T: Can you do those without a left turn across traffic?
P: Church, yes. The pharmacy, I'd have to go around the block.
T: That's a good plan for now. Daytime only, no highway.
P: Daytime is fine, I don't like night anyway.
T: Any accidents in the last year?
P: No accidents. One scrape in the garage.
T: The community trip planning was nine minutes.
T: I'm referring you to the driving rehab specialist for the behind-the-wheel test.
P: My son will be happy.
T: Keep doing the neck stretches twice a day.
""",
    [
        "pre-driving screen",
        "0.7 seconds|point seven seconds",
        "trail making",
        "95 seconds|ninety five seconds",
        "one error|1 error",
        "borderline",
        "fifty degrees|50 degrees",
        "daytime only, no highway",
        "driving rehab specialist",
        "twice a day|2x/day",
    ],
    ["accidents"],
    ["My son says I shouldn't drive", "my sister's"],
    has59=True,
)

S(
    "ak_ot04_crates_at_the_warehouse",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97530": 22, "97110": 10},
    [],
    "97530x1:GO,CO 97110x1:GO,CO",
    """
t: hey jamal work hardening day three
p: uh lets go i want to get back on the dock
t: pain in the back this morning
p: about a two out of ten
t: any numbness in the legs
p: no numbness
t: we start with the crate lifts floor to waist
p: how heavy
t: thirty five pounds today up from thirty
p: okay
t: ten lifts good form knees bent
p: that was fine
t: now carry the crate forty feet and set it on the shelf
p: the shelf is high
t: waist to shoulder lift is twenty pounds
p: i feel that in my shoulders
t: push the loaded cart down the hall and back
p: this is like work
t: thats the point the work simulation was twenty two minutes
p: what is next
t: conditioning on the arm bike and the rows
p: my arms are tired
t: arm bike level four then rose with the blue band three sets of fifteen
p: done
t: that exercise was ten minutes
p: when can i go back
t: your job needs fifty pounds floor to waist we are at thirty five
p: so a few more weeks
t: the therapist will re test you friday
p: can i work light duty
t: that is for your doctor to say
p: okay
t: pain now
p: a three
t: ice at home tonight and walk twenty minutes
""",
    [
        "work hardening",
        "2/10|two out of ten",
        "thirty five pounds|35 lb",
        "floor to waist",
        "forty feet|40 feet",
        "waist to shoulder lift is twenty pounds|20 lb",
        "rose with the blue band three sets of fifteen|rows with the blue band|3x15",
        "fifty pounds|50 lb",
        "walk twenty minutes|20 minutes",
    ],
    ["numbness"],
    ["can i work light duty"],
)

S(
    "ak_ot05_grip_copm_and_the_jar_lid",
    "OT",
    "progress",
    "OT",
    "cms",
    "dev",
    {"97110": 12, "97140": 10},
    [],
    "97110x1:GO",
    """
T: Mrs. Lindqvist, it's been ten visits, so we do your progress report today.
P: Already ten.
T: Three things to compare: grip, the QuickDASH, and your COPM ratings.
P: The ones where I score myself.
T: Right. Grip first, right hand.
P: Squeeze hard?
T: As hard as you can. Forty two pounds. It was twenty four at the start.
T: Left hand is fifty pounds.
T: QuickDASH today is twenty seven. It was fifty five.
P: I don't remember the old one.
T: It's in the chart. Now the COPM. Opening jars, how well do you do it now, one to ten?
P: A seven. It was a three.
T: How satisfied?
P: An eight.
T: Doing your hair?
P: Performance eight, satisfaction eight. I couldn't lift my arm before.
T: So jar opening and hair both improved by more than two points.
P: Good.
T: Any numbness in the fingers at night?
P: No, that stopped.
T: Let's do the exercise part. Putty squeezes with the red putty, three sets of ten.
P: Okay.
T: Wrist curls with a one pound weight.
P: That's easy now.
T: Twelve minutes of exercise.
T: Now scar massage and wrist mobilization, ten minutes.
P: The scar still pulls a little.
T: Goals: grip fifty percent of the left met. Opening jars met. Carrying groceries is not met yet.
P: Bags are still heavy.
T: We continue twice a week for three more weeks.
P: Okay.
T: Keep the putty at home twice a day.
""",
    [
        "grip",
        "42 pounds|forty two pounds",
        "24|twenty four at the start",
        "50 pounds|fifty pounds",
        "QuickDASH",
        "27|twenty seven",
        "55|fifty five",
        "COPM",
        "7|a seven. it was a three",
        "carrying groceries is not met",
        "red putty, three sets of ten|3x10",
        "one pound weight|1 lb",
        "twice a week for three more weeks|2x/week for 3 weeks",
    ],
    ["numbness"],
    ["I don't remember the old one"],
)

S(
    "ak_ot06_laptop_on_the_kitchen_table",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 13},
    ["97168"],
    "97168x1:GO 97535x1:GO",
    """
t: hi missus nakamura can you hear me okay on the video
p: yes i can see you
t: today is your re evaluation after six weeks
p: um okay my husband set up the laptop
t: how is dressing going
p: i put on my shirt by myself now the socks still need the sock aid
t: so upper body dressing independent and lower body dressing with the sock aid modified independent
p: yes
t: and showering
p: i use the bench my husband stands by
t: supervision for showering
p: is that good
t: it was moderate assist six weeks ago so yes
p: hello are you there
t: i lost you the screen froze
p: i can hear you now
t: you dropped off for about two minutes i called back
p: the internet here is bad
t: lets keep going your pain
p: my shoulder is a two today
t: any falls since the last visit
p: no falls
t: please lift your arm up to the camera as high as you can
p: like this
t: about one hundred thirty degrees of shoulder flexion it was ninety
p: better
t: now lets practice the long handle sponge and the reacher with the laundry
p: the reacher i like
t: good show me reaching the sock on the floor
p: got it
t: the activities of daily living training was thirteen minutes not counting the dropped call
p: thank you
t: new goals showering with no one in the room and putting on socks without the aid
p: in how long
t: four more weeks once a week by video and once in clinic
""",
    [
        "upper body dressing independent",
        "sock aid",
        "modified independent",
        "supervision for showering",
        "moderate assist six weeks ago|mod assist 6 weeks ago",
        "2/10|a two today",
        "one hundred thirty degrees|130 degrees",
        "ninety|90 degrees",
        "long handle sponge|long handled sponge",
        "reacher",
        "four more weeks|4 weeks",
    ],
    ["falls"],
    ["my husband set up the laptop", "the internet here is bad"],
)

S(
    "ak_ot07_brace_strap_and_the_garden_hose",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "dev",
    {"97763": 12, "97110": 8},
    [],
    "97763x1:GO 97110x1:GO",
    """
T: Mr. Yusuf, last visit. How's the thumb brace treating you?
P: Good, but the strap rubs when I'm watering the garden.
T: Let me look. There's a small red mark on the wrist bone.
P: That's where it rubs.
T: I'll heat and flare the edge and change the strap to a wider one.
P: Okay.
T: Put it on. How's that?
P: Much better.
T: Check the skin every evening. Wear it for heavy gripping and at night.
P: Not all day?
T: Not all day anymore. The brace check and adjustments were twelve minutes.
P: Is the thumb healed?
T: Pain today?
P: One out of ten. It was six when I started.
T: Key pinch is twelve pounds. It was six pounds.
T: Tip pinch is eight pounds.
P: I can open the hose spigot now.
T: That was one of your goals. Opening jars?
P: Yes, with the rubber grip pad.
T: Both goals met.
T: Let's go over the home exercises one more time. Thumb opposition to each finger, ten reps.
P: Like this?
T: Yes. And the thumb extension with the rubber band, two sets of ten.
P: Okay.
T: Eight minutes of exercise.
P: Any swelling to watch for?
T: There's no swelling today. If it swells, ice and call us.
P: So I'm done?
T: You're discharged. Exercises once a day for another month.
P: Thanks for everything.
T: Enjoy the garden.
""",
    [
        "thumb brace",
        "red mark",
        "strap to a wider|wider strap",
        "at night",
        "1/10|one out of ten",
        "six when I started|6/10",
        "key pinch is twelve pounds|12 lb",
        "six pounds|6 lb",
        "tip pinch is eight pounds|8 lb",
        "both goals met",
        "thumb opposition to each finger, ten reps|10 reps",
        "two sets of ten|2x10",
        "once a day for another month|daily",
    ],
    ["swelling"],
    ["Enjoy the garden"],
)


# --------------------------------------------------------------------------------------------- SLP, dev
S(
    "ak_slp01_podcast_host_blocks_on_b",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92521"],
    "92521x1:GN",
    """
T: Hi Theo, thanks for coming in. Tell me what brings you here.
P: I host a p-podcast, and the b-b-blocks are getting worse on air.
T: When did the stuttering start?
P: Age five. It went away in college and came back two years ago.
T: Any family history?
P: My uncle stutters.
T: Any trouble swallowing or with your voice?
P: No, nothing like that.
T: I'll record you reading a passage, then talking about your show, for the SSI-4.
P: Okay.
P: The p-p-podcast is about b-b-baseball history.
T: Thanks. I'm counting blocks, repetitions and prolongations.
T: In the conversation sample, eight percent of syllables stuttered. Reading was five percent.
P: Is that a lot?
T: It's moderate. The longest block was about three seconds.
P: It feels longer.
T: I noticed you blink and tap your foot during blocks.
P: I didn't know I tapped.
T: Those are secondary behaviors. Your SSI-4 total is twenty eight, moderate severity.
P: Okay.
T: Now the OASES questionnaire, about how stuttering affects your life.
P: I avoid phone calls. I make my producer call people.
T: OASES impact score is two point nine, moderate.
P: That sounds right.
T: Do you avoid certain words?
P: Bread, basically any b word. I switch it.
T: Word substitution, noted.
P: Can this be fixed?
T: We'll work on easy onsets and pullouts, and on the avoidance. Once a week for twelve weeks.
P: Once a week works with my schedule.
T: Goal one, under three percent syllables stuttered in a five minute recorded talk.
T: Goal two, make one phone call a day himself. Sorry, yourself.
P: I'll try.
""",
    [
        "stuttering",
        "age five|age 5",
        "uncle stutters",
        "SSI-4",
        "8%|eight percent of syllables stuttered",
        "5%|five percent",
        "three seconds|3 seconds",
        "secondary behaviors",
        "28|twenty eight",
        "OASES",
        "2.9|two point nine",
        "word substitution",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "under three percent|3%",
    ],
    ["trouble swallowing"],
    ["baseball history", "make my producer call people"],
)

S(
    "ak_slp02_tablet_on_the_lap_tray",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92609"],
    "92609x1:GN",
    """
T: Hi Ruth, hi Frank. Ready to practice with the talker?
C: She's been using it at dinner.
P: Yes.
T: Great. The device is mounted on the wheelchair tray. Let's check the mount.
C: It wobbles when she taps hard.
T: I'll tighten the knob. Better?
C: Yes.
T: Ruth, today we add the new page for feelings.
P: Okay.
T: Tell Frank how you feel today using the talker.
P: [device] I feel tired.
T: Nice. That's two taps, feelings then tired.
T: Now ask Frank for something to drink.
P: [device] I want coffee please.
C: She says please now, that's new.
T: She's combining three icons on her own.
T: In ten tries at requests, she got eight with no cues. That's eighty percent.
P: Good.
T: With a point cue, the other two.
T: Frank, when she's slow, count to ten in your head before you help.
C: I jump in too fast, I know.
T: It's hard to wait. Let's practice. Ruth, tell him where you want to go this weekend.
P: [device] Go park.
C: The park? Sure.
T: She doesn't use the spelling keyboard yet, correct?
C: No, not the keyboard, too many letters.
T: We'll keep the keyboard for later.
T: Charging the device, every night on the dresser.
C: I forget sometimes.
T: A reminder on your phone at nine.
P: Yes.
T: Next visit, the page for her grandchildren's names. Once a week.
C: She'll like that.
""",
    [
        "wheelchair tray",
        "feelings",
        "I feel tired",
        "combining three icons|3 icons",
        "got eight with no cues|8/10",
        "80%|eighty percent",
        "point cue",
        "count to ten|10",
        "charging the device, every night",
        "once a week|1x/week",
    ],
    ["keyboard"],
    ["The park? Sure."],
)

S(
    "ak_slp03_bakery_and_the_easy_start",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi jordan ready for the fluency practice
p: y y yes
t: lets warm up with easy on sets on the word list
p: apple
t: nice soft start
p: orange ocean
t: good now the sentences using easy starts
p: i take the bus to school
t: that was smooth
p: my bus stop is by the b b bakery
t: lets use a pullout on bakery slow it down and ease out
p: bakery
t: great pullout
t: in twenty sentences you used easy starts on sixteen that is eighty percent
p: is that better than last time
t: last time was twelve out of twenty so yes
t: now a short conversation about your weekend
p: i w w went to my cousins
t: try a cancellation stop after the block then say it again easy
p: went to my cousins
t: very good you did the cancellation
p: um it feels weird
t: it will feel weird at first
t: did you practice at home this week
p: yes every night with my mom
t: how many minutes
p: ten minutes every night
t: good keep ten minutes a night
p: do i have to do it at school
t: not yet just at home
p: okay
t: any kids teasing you at school
p: no nobody teases me
t: good i will tell the speech therapist about the sixteen out of twenty
p: see you tuesday
""",
    [
        "easy on sets|easy onsets",
        "pullout",
        "easy starts on sixteen|16/20",
        "80%|eighty percent",
        "twelve out of twenty|12/20",
        "cancellation",
        "ten minutes every night|10 minutes",
        "with my mom",
    ],
    ["teases"],
    ["went to my cousins"],
)

S(
    "ak_slp04_pill_box_and_the_bus_schedule",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 19},
    [],
    "97129x1:GN,KX 97130x1:GN,KX",
    """
T: Hello Mr. Farouk. Today is your progress report, visit ten.
P: Ten already.
T: One billing note first. With your PT for the knee this year, you're past the Medicare threshold for therapy.
P: Meaning?
T: Your memory work is still medically necessary, so we add the KX modifier and keep going.
P: Good.
T: Let's start with the pill box task. Set up a week of pills from this list.
P: Morning, evening... the blood pressure one is twice a day.
T: Nine out of ten compartments correct. At the start it was five out of ten.
P: I missed Thursday night.
T: You caught it yourself when you checked. That's the strategy working.
T: Now the bus schedule. When do you need to leave to get to the clinic by ten?
P: The 42 leaves at nine twenty, so nine ten from the house.
T: Correct, with one verbal cue to check the weekday column.
T: The memory notebook, are you using it every day?
P: Every morning with my coffee.
T: Your wife said last time you forgot it sometimes.
P: Not this month. Not once.
T: Delayed recall of the five words from the start?
P: Apple, river, chair... and... penny?
T: Four of five. At the start you recalled one of five.
T: The cognitive work today was thirty four minutes.
P: That long?
T: Thirty four minutes on the pill box, the bus schedule and recall.
T: Goal one, pill box at ninety percent: met. Goal two, schedule planning with minimal cues: met.
T: Goal three, using the notebook for appointments without reminders: partly, he still needs a reminder for new ones.
P: I do.
T: Any headaches?
P: No headaches lately.
T: We continue once a week for four more weeks.
P: Fine.
""",
    [
        "pill box",
        "9/10|nine out of ten",
        "5/10|five out of ten",
        "bus schedule",
        "one verbal cue|1 verbal cue",
        "memory notebook",
        "every morning",
        "4/5|four of five",
        "one of five|1/5",
        "ninety percent|90%",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["headaches"],
    ["The 42 leaves at nine twenty"],
    kx=True,
    cog=34,
)

S(
    "ak_slp05_choir_loft_and_the_long_ah",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Mrs. Okonkwo, today we re-evaluate your voice after the four week loud program.
P: I've been doing the ahs every day.
T: Let's measure. Take a breath and say ah as long and loud as you can.
P: Aaaah.
T: Twenty two seconds at eighty four decibels. Before the program it was twelve seconds at seventy two.
P: I felt that in my belly.
T: Good, that's where it should come from. Now the pitch glides, high then low.
P: Ooo up. Ooo down.
T: Your range is wider, about an octave and a half.
T: Read the rainbow passage for me.
P: When the sunlight strikes raindrops in the air...
T: Conversation loudness averaged seventy one decibels. It was sixty three.
P: My husband doesn't ask me to repeat myself anymore.
T: That's real progress. Any voice strain or pain in your throat?
P: No strain, no pain.
T: Your Voice Handicap Index today is eighteen. It was forty six.
P: That's the questionnaire?
T: Yes. A lower score is better.
P: I want to sing in the choir again.
T: Your voice quality is mildly breathy now. It was moderately breathy.
P: Is the Parkinson's getting worse?
T: Your neurologist follows that. Your voice today is better than four weeks ago.
T: Swallowing, any coughing with drinks?
P: No coughing.
T: Good. Plan: loud practice fifteen minutes a day at home, and a check in once a month for three months.
P: Just once a month?
T: Yes, to keep the gains.
T: Goal: conversation at seventy decibels or more across a noisy room. Met today in the clinic.
P: And the choir?
T: Try the choir, and tell me how it goes next month.
""",
    [
        "twenty two seconds|22 seconds",
        "84 decibels|eighty four decibels|84 dB",
        "12 seconds|twelve seconds",
        "seventy two|72",
        "octave and a half|1.5 octaves",
        "71 decibels|seventy one decibels",
        "sixty three|63",
        "Voice Handicap Index|VHI",
        "18|eighteen",
        "46|forty six",
        "mildly breathy",
        "fifteen minutes a day|15 minutes",
        "once a month for three months|monthly for 3 months",
    ],
    ["voice strain", "coughing"],
    ["My husband doesn't ask me to repeat myself"],
)

S(
    "ak_slp06_soft_rolls_at_the_diner",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
t: hi mister ibarra last session today how is eating going
p: good i had pancakes at the diner sunday no coughing
t: any food sticking in the throat
p: no nothing sticks anymore
t: any pneumonia or fevers since we started
p: no none
t: lets watch you eat the cracker and drink the thin water
p: uh okay
t: small sips chin tuck then swallow
p: like this
t: yes good chin tuck every sip
p: i do it without thinking now
t: ten sips of thin liquid no coughing no throat clear
t: twelve bites of the cracker all cleared with one or two swallows
p: the cracker used to get stuck
t: you are on a regular diet i d d s i level seven and thin liquids level zero
p: can i have steak
t: yes cut in small pieces and take your time
p: my wife will be happy
t: your swallow questionnaire the e a t ten is four today it was twenty one
p: i do not remember the first one
t: it is in the chart goals met regular diet thin liquids no coughing
p: so we are done
t: yes you are discharged keep the chin tuck with thin drinks and the effort full swallow exercise
p: how many
t: effort full swallow ten times twice a day for another month
p: okay
t: call us if you cough with meals or have a fever
p: will do
t: and the pills
p: i take them with applesauce still
t: you can try them with water now one at a time
p: good thank you for everything
""",
    [
        "chin tuck",
        "ten sips of thin liquid|10 sips",
        "twelve bites of the cracker|12 bites",
        "regular diet",
        "level seven|IDDSI 7",
        "thin liquids level zero|IDDSI 0",
        "e a t ten|EAT-10",
        "four today|4",
        "twenty one|21",
        "goals met",
        "effort full swallow ten times twice a day|effortful swallow|10x",
        "with water now one at a time|1 at a time",
    ],
    ["pneumonia", "food sticking"],
    ["i had pancakes at the diner sunday", "my wife will be happy"],
)

S(
    "ak_slp07_jello_cup_and_the_chin_tuck",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Good afternoon, Mrs. Kowalski. This is Priya, our graduate student. She'll lead today and I'll be right here.
P: Hello, dear.
T: Priya, go ahead.
T: Mrs. Kowalski, I'm going to watch you eat some of your lunch. How has it been?
P: The chicken was dry. I coughed once.
T: Any fevers this week?
P: No fever.
T: Let's start with the mildly thick water, level two.
P: It's like a milkshake.
T: Small sip. Tuck your chin. Swallow hard.
P: Okay.
T: No cough on ten sips of mildly thick liquid.
T: Now the minced and moist chicken, level five.
P: This is easier than the dry stuff.
T: Take a second swallow after each bite.
P: Do I have to?
T: It clears what's left. You needed a verbal cue on three of ten bites.
T: Priya, she had a wet voice after the eighth bite. What do you do?
T: Ask for a throat clear and a dry swallow. Mrs. Kowalski, clear your throat and swallow again.
P: Ahem. Okay.
T: Voice is clear now.
T: Let's try the thin water, one teaspoon.
P: Oops. Cough.
T: Coughed on the thin water, so we stay with mildly thick for now.
P: I hate the thick stuff.
T: I know. We'll keep working on the muscles so we can try thin again.
T: Shaker exercise, head lifts lying down, ten reps.
P: My neck gets sore.
T: Do what you can. Five reps today.
T: I'm co-signing Priya's notes. Plan: three times a week, level two liquids, level five minced and moist.
P: And dessert?
T: The jello cup counts as thin once it melts, so only if it stays firm.
""",
    [
        "graduate student",
        "mildly thick|level two|IDDSI 2",
        "ten sips of mildly thick liquid|10 sips",
        "minced and moist|level five|IDDSI 5",
        "second swallow",
        "verbal cue on three of ten bites|3/10",
        "wet voice after the eighth bite",
        "coughed on the thin water",
        "shaker exercise",
        "five reps|5 reps",
        "three times a week|3x/week",
    ],
    ["fevers"],
    ["The chicken was dry", "I hate the thick stuff"],
)


# --------------------------------------------------------------------------------------------- PT, test
S(
    "ak_pt09_plantar_heel_and_the_nurse_shift",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97116": 10},
    ["97161"],
    "97161x1:GP 97116x1:GP",
    """
T: Hi Ms. Adeyemi. I'm Jordan, the physical therapist, and this is Sam, a DPT student. Sam will run the evaluation with me watching.
P: That's fine.
T: Thanks. What brings you in?
P: My left heel. First steps in the morning are awful.
T: How long?
P: Two months. I'm a nurse, twelve hour shifts on my feet.
T: Pain right now, zero to ten?
P: Two sitting, seven with the first steps.
T: Any numbness or burning in the foot?
P: No numbness.
T: Any night pain?
P: No, not at night.
T: I'll press along the bottom of the heel. Tell me where.
P: Right there, inside edge.
T: Tender at the medial heel. Ankle dorsiflexion is five degrees on the left, fifteen on the right.
T: Sam, check the calf length with the knee straight too.
T: Gastrocnemius tight on the left.
T: Foot and Ankle Ability Measure, activities of daily living, sixty two percent.
P: Is that low?
T: Moderately limited. Single leg heel raises, how many?
P: Twelve on the left. Twenty on the right.
T: Twelve on the left, twenty on the right.
T: No other conditions and a clear story, so this is a low complexity evaluation.
T: Now gait. Walk down the hall, Ms. Adeyemi.
P: I limp in the morning, not much now.
T: Shortened stance on the left. Let's practice a heel to toe pattern with the cue to push off.
P: Like this?
T: Better. Sam coached gait for ten minutes.
T: Home program: calf stretch against the wall, three times thirty seconds, three times a day. Frozen water bottle roll.
P: What about my shoes?
T: Supportive shoes at work, no flats. Twice a week for four weeks.
P: Okay. Sam did good.
T: He did.
""",
    [
        "DPT student",
        "left heel",
        "2/10|two sitting",
        "7/10|seven with the first steps",
        "medial heel",
        "five degrees|5 degrees",
        "gastrocnemius tight",
        "62%|sixty two percent",
        "twelve on the left|12",
        "twenty on the right|20",
        "heel to toe pattern",
        "three times thirty seconds|3x30 seconds",
        "twice a week for four weeks|2x/week for 4 weeks",
    ],
    ["numbness", "night pain"],
    ["twelve hour shifts"],
)

S(
    "ak_pt10_doctor_halvorsen_and_the_basket",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 11, "97530": 16},
    [],
    "97140x1:GP,KX 97530x1:GP,59,KX",
    """
T: Hi Mr. Sorensen. Before we start, your total therapy this year is over the Medicare threshold, counting the speech therapy after your stroke.
P: Is that a problem?
T: Not for care that's medically necessary, and your back still is. We add KX to the claim.
P: Okay.
T: How's the back?
P: Five out of ten. I slept badly.
T: Any leg numbness?
P: No, the legs are fine.
T: Lie on your stomach. Joint mobilization to the lower back first.
P: Oh, that's the spot.
T: Grade three glides at L4 and L5.
P: That eases it.
C: Sorry to interrupt, Dr. Halvorsen is on line two for you about Mr. Sorensen.
T: Excuse me, I need to take this. Rest on the table.
T: I'm back. That was your surgeon. She wants to hold off on lifting over twenty pounds for two more weeks.
P: Fine by me.
T: The manual therapy was eleven minutes, not counting the call.
T: Now, separately, the functional part. Lifting a laundry basket from the floor.
P: How heavy?
T: Ten pounds. Hip hinge, bend your knees.
P: Like that?
T: Good. Now carrying it to the counter.
P: My back's okay doing that.
T: Getting in and out of the car simulator.
P: That one still twinges.
T: Rolling and log rolling out of bed too.
P: Easier than last week.
T: The functional training was sixteen minutes, after the manual work.
T: Pain now?
P: A three.
T: Keep the hip hinge at home, ten times twice a day. Nothing over twenty pounds, like the surgeon said.
""",
    [
        "5/10|five out of ten",
        "grade three glides|grade 3|grade III",
        "L4 and L5|L4-L5",
        "lifting over twenty pounds|20 lb",
        "two more weeks|2 weeks",
        "laundry basket",
        "ten pounds|10 lb",
        "hip hinge",
        "car simulator",
        "log rolling",
        "3/10|a three",
        "ten times twice a day|10x 2x/day",
    ],
    ["leg numbness"],
    ["I slept badly", "Excuse me, I need to take this"],
    kx=True,
    has59=True,
)

S(
    "ak_pt11_shallow_end_and_the_kickboard",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97113": 22, "97110": 9},
    [],
    "97113x1:GP,CQ 97110x1:GP,CQ",
    """
t: hi missus bergstrom into the pool we go
p: the water is warm today good
t: how are the knees
p: right knee is a five left is a three
t: any swelling since thursday
p: no swelling
t: twelve minutes in the shallow end to start walking forward and back
p: okay
t: long steps heel first
p: it is easier in the water
t: now sidestepping along the wall
p: my hip pops
t: does it hurt
p: no it just pops
t: good that was the twelve minutes
t: now out on the deck for the mat work
p: brr cold
t: bridges two sets of ten and clam shells with the yellow band
p: um the clam shells burn
t: sit to stand from the bench ten reps
p: done
t: deck exercises nine minutes
t: back in the water for another ten minutes kickboard and marching
p: i like the kickboard
t: kick from the hips not the knees
p: like this
t: yes high knee marching twenty each leg
p: tired now
t: that was the last ten minutes in the pool
p: how did i do
t: good you walked without the rail the whole time
p: can i go to the water class at the y
t: ask the therapist she sees you next week
p: okay knees now are a four and a three
t: thank you see you tuesday
""",
    [
        "right knee is a five|5/10",
        "left is a three|3/10",
        "shallow end",
        "walking forward and back",
        "sidestepping along the wall",
        "bridges two sets of ten|2x10",
        "clam shells with the yellow band|clamshells",
        "sit to stand from the bench ten reps|10 reps",
        "kickboard",
        "high knee marching twenty each leg|20",
        "without the rail",
    ],
    ["swelling"],
    ["can i go to the water class at the y"],
    parts={"97113": [12, 10]},
)

S(
    "ak_pt12_blue_shoe_and_the_plastic_brace",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97760": 18, "97116": 12},
    [],
    "97760x1:GP,CQ 97116x1:GP,CQ",
    """
T: Hi Mr. Castellano. The new ankle brace came in.
P: The plastic one for my foot drop?
T: Yes, the ankle foot orthosis. Let's fit it and teach you how to use it.
C: He's been tripping on the rug.
T: That's what this helps. Sock first, no wrinkles.
P: The thin sock?
T: A thin cotton sock. Heel all the way back in the brace, then strap it.
P: It's tight across the top.
T: Snug, not tight. I'll loosen the strap one hole.
T: Now the shoe. One size bigger, with laces.
C: We bought the blue ones.
T: Those work. Stand up. Any pressure points?
P: A little on the ankle bone.
T: I'll mark it for the orthotist. Take it off after an hour and check the skin for red marks.
C: How long will he wear it?
T: One hour the first day, add an hour each day.
P: Do I sleep in it?
T: No, not at night.
T: Putting it on and taking it off, show me.
P: Strap, then the shoe.
T: Good, he did it with no help. The fitting and training was eighteen minutes.
T: Now walking in it. Down the hall with the cane.
P: My toe clears now.
T: No more toe catch on the right. Two hundred feet with the cane, standby assist.
P: It feels strange.
T: It will for a week. Now stepping over the cord on the floor.
P: Easy.
T: Gait training with the brace was twelve minutes.
C: Can he drive with it?
T: Ask the doctor about driving.
T: Any falls since last visit?
P: No falls, just the tripping.
""",
    [
        "ankle foot orthosis|AFO",
        "foot drop",
        "thin cotton sock",
        "loosen the strap one hole|1 hole",
        "one size bigger|1 size",
        "ankle bone",
        "one hour the first day|1 hour",
        "with no help|independent",
        "200 feet|two hundred feet",
        "standby assist|SBA",
        "no more toe catch",
    ],
    ["falls"],
    ["We bought the blue ones", "Can he drive with it?"],
)

S(
    "ak_pt13_ferry_from_the_island",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 14, "97112": 9},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: mister haddad you are here good the ferry
p: the ferry was late again sorry i lost a half hour
t: we have about thirty minutes left so the progress tests first then a short treatment
p: uh okay
t: today is visit ten so we compare three things knee bend the lefs and the six minute walk
p: go ahead
t: knee flexion right side one hundred twenty two degrees it was ninety five at the start
p: thats a lot better
t: lefs today fifty four out of eighty it was thirty one
p: what is a good score
t: higher is better you gained twenty three points
t: six minute walk four hundred ten meters it was three hundred meters
p: four hundred ten really i thought i was slow today
t: i counted the laps twice four hundred ten
p: okay i believe you
t: pain today
p: a two walking a four on stairs
t: any giving way of the knee
p: no it has not given way
t: now the exercise quick today step ups and wall sits
p: okay
t: step ups on the eight inch step two sets of ten wall sits thirty seconds times five
p: burning
t: that was fourteen minutes of exercise
t: single leg balance on the phone nine minutes to finish
p: wobbly on the right
t: right single leg stance eighteen seconds left thirty
p: i will practice
t: goals walking four hundred meters met stairs without the rail not met yet
p: how long more
t: twice a week for four more weeks then we check again
p: okay i will take the early ferry
t: good plan
""",
    [
        "one hundred twenty two degrees|122 degrees",
        "ninety five|95",
        "lefs|LEFS",
        "fifty four out of eighty|54/80",
        "thirty one|31",
        "four hundred ten meters|410 meters",
        "three hundred meters|300 meters",
        "two walking|2/10",
        "four on stairs|4/10",
        "eight inch step two sets of ten|2x10",
        "wall sits thirty seconds times five|30 seconds x5",
        "eighteen seconds|18 seconds",
        "stairs without the rail not met",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["giving way"],
    ["i will take the early ferry"],
)

S(
    "ak_pt14_no_needles_for_her",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 12},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Ms. Tran, it's been a month, so today is your re-evaluation for the neck.
P: It's better, mostly.
T: Pain today?
P: Three out of ten. It was a seven in October.
T: Turn your head to the right as far as you can.
P: That's it.
T: Rotation to the right is sixty five degrees, up from forty. Left is seventy.
T: Neck Disability Index today is twenty two percent. It was forty eight percent.
P: I can check my blind spot driving now.
T: Any tingling down the arm?
P: No tingling, that went away in the second week.
T: Deep neck flexor endurance, hold the chin tuck while lying down.
P: How long?
T: As long as you can. Twenty four seconds. It was eight seconds.
T: Dr. Patel suggested we try dry needling for the upper trap.
P: No, I don't want needles. I really don't.
T: That's fine, you can decline it. We won't do needling. I'll note that you declined.
P: Thank you.
T: We'll use exercise instead. Chin tucks, ten reps with a five second hold.
P: Okay.
T: Rows with the green band, three sets of twelve.
P: I feel that between the shoulder blades.
T: Good. Wall angels, ten reps.
P: My left arm doesn't go as high.
T: That was twelve minutes of exercise.
T: New goals: rotation to seventy degrees both ways and working at the computer for two hours without pain.
P: Right now I can do about an hour.
T: Once a week for four more weeks.
P: That works.
T: Keep the chin tucks every hour at work.
""",
    [
        "3/10|three out of ten",
        "7/10|a seven in October",
        "sixty five degrees|65 degrees",
        "forty|40 degrees",
        "Neck Disability Index|NDI",
        "22%|twenty two percent",
        "48%|forty eight percent",
        "twenty four seconds|24 seconds",
        "eight seconds|8 seconds",
        "declined",
        "chin tucks, ten reps|10 reps",
        "rows with the green band, three sets of twelve|3x12",
        "once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["tingling"],
    ["I can check my blind spot driving now"],
)

S(
    "ak_pt15_hiking_poles_by_the_door",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 16, "97112": 7},
    [],
    "97110x1:GP",
    """
T: Mr. Lindgren, this is our last visit. Let's measure everything.
P: I hiked two miles on Saturday with the poles.
T: Any knee pain on the hike?
P: A two going downhill. Nothing on the flat.
T: Knee flexion on the left is one hundred thirty degrees.
P: One thirty? It was ninety five in August. Are you sure that's right?
T: Let me measure again. One hundred thirty. You earned it.
P: Huh.
T: Extension is zero, full.
T: Quad strength five over five.
T: Your LEFS is sixty eight out of eighty. It was twenty nine.
P: Sixty eight? I thought I'd be lower, I still can't kneel.
T: It counts everything. Kneeling is one item, and you scored it as moderate difficulty.
P: Okay, that makes sense.
T: Timed stair climb, twelve steps, eight seconds, no rail.
P: I used to need the rail.
T: Any swelling after the hike?
P: No swelling.
T: Let's do your home program one more time. Step downs off the six inch step, three sets of ten.
P: These are the hard ones.
T: Lunges, two sets of ten each side.
P: Okay.
T: Sixteen minutes of exercise.
T: Single leg balance on the cushion, seven minutes.
P: I'm wobbly on the left still.
T: Left single leg stance twenty five seconds.
T: Goals: hiking with poles met. Stairs without a rail met. Kneeling is partly met.
P: I'll keep working on it.
T: Use a cushion for kneeling in the garden. Home program three times a week.
P: Thanks for everything.
""",
    [
        "two going downhill|2/10",
        "one hundred thirty degrees|130 degrees",
        "ninety five|95",
        "extension is zero|0 degrees",
        "5/5|five over five",
        "68/80|sixty eight out of eighty",
        "twenty nine|29",
        "eight seconds, no rail|8 seconds",
        "step downs off the six inch step, three sets of ten|3x10",
        "lunges, two sets of ten|2x10",
        "twenty five seconds|25 seconds",
        "kneeling is partly met",
        "three times a week|3x/week",
    ],
    ["swelling"],
    ["I hiked two miles on Saturday"],
)

S(
    "ak_pt16_ladder_rungs_after_the_graft",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97110": 24, "97140": 9},
    [],
    "97110x2:GP 97140x1:GP",
    """
T: Hey Brianna, eight weeks out from the ACL graft. How's the knee?
P: Good. A one today. Stairs are fine.
T: Any giving way?
P: No, nothing like that.
T: Fourteen minutes of strengthening to start. Leg press first.
P: How much?
T: Ninety pounds, three sets of ten.
P: That's heavier than last time.
T: It was eighty. Now the step ups on the eight inch step.
P: Okay.
T: Single leg bridges, two sets of twelve.
P: Burning.
T: Good. That's the fourteen minutes.
T: Patellar mobilization and soft tissue to the scar now.
P: The scar is still tight by the kneecap.
T: I'll work on it. Knee flexion after, one hundred twenty eight degrees.
P: Last week was one twenty.
T: Right, up eight degrees. The manual work was nine minutes.
T: Ten more minutes of strengthening to finish. Hamstring curls with the yellow band.
P: Three sets?
T: Three sets of fifteen. Then the agility ladder at walking speed only.
P: Can I jog it?
T: Not yet, no jogging until week twelve.
P: My coach keeps asking.
T: Week twelve, and only if the strength test passes.
T: Strengthening was fourteen at the start and ten at the end.
P: Do I keep the brace for sports?
T: No sports yet. Keep it for the ice at the rink.
P: Any swelling is normal?
T: A little after workouts. Ice twenty minutes.
P: Okay.
T: Home: leg press at the gym and single leg bridges, three days a week.
P: See you Thursday.
""",
    [
        "ACL graft",
        "1/10|a one today",
        "leg press",
        "ninety pounds, three sets of ten|90 lb 3x10",
        "eighty|80 lb",
        "eight inch step|8 inch",
        "single leg bridges, two sets of twelve|2x12",
        "one hundred twenty eight degrees|128 degrees",
        "one twenty|120",
        "three sets of fifteen|3x15",
        "agility ladder at walking speed",
        "no jogging until week twelve|week 12",
        "ice twenty minutes|20 minutes",
        "three days a week|3x/week",
    ],
    ["giving way"],
    ["My coach keeps asking"],
    parts={"97110": [14, 10]},
)


# --------------------------------------------------------------------------------------------- OT, test
S(
    "ak_ot08_steps_into_the_sunken_den",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 10},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Mrs. Moreau, and you're her son Luc? Thanks for coming.
C: She asked me to come, I do the shopping.
T: Mrs. Moreau, tell me about the wrist.
P: I fell on the ice in January. Broke it. The cast came off last week.
T: Right wrist, and you're right-handed?
P: Yes.
T: Pain today?
P: Three out of ten. Five when I turn a key.
T: Any numbness in the fingers?
P: No numbness.
T: Wrist extension is thirty degrees, flexion thirty five.
T: Grip on the right is fourteen pounds. Left is forty.
T: Dressing?
P: I manage, but bras and buttons are slow.
T: Modified independent for upper body dressing, with extra time.
T: Cooking?
C: She stopped cooking. I bring meals.
P: I can't lift the pot.
T: So meal preparation needs moderate assist right now.
T: One problem, a clear course, a short history. This is a low complexity evaluation.
T: Luc, tell me about the house. Where did she fall?
C: Outside, but inside there are two steps down into the den with no rail.
T: No rail on those steps?
C: No, nothing to hold.
T: A rail on the steps into the den, and a light switch at the top.
C: I can put one in this weekend.
T: The bathtub?
P: I step over it. It scares me.
T: A tub transfer bench and a hand-held shower. And non-slip mats.
C: Where do we put the mats?
T: Inside the tub and by the sink. That home safety talk was ten minutes.
T: Plan: twice a week for six weeks. Goals: grip twenty five pounds and cooking a simple meal on her own.
P: I'd like to make soup again.
""",
    [
        "right wrist",
        "3/10|three out of ten",
        "5/10|five when I turn a key",
        "wrist extension is thirty degrees|30 degrees",
        "flexion thirty five|35 degrees",
        "fourteen pounds|14 lb",
        "forty|40 lb",
        "modified independent",
        "moderate assist|mod assist",
        "rail on the steps into the den",
        "tub transfer bench",
        "non-slip mats",
        "twice a week for six weeks|2x/week for 6 weeks",
        "twenty five pounds|25 lb",
    ],
    ["numbness"],
    ["I'd like to make soup again"],
)

S(
    "ak_ot09_pallet_jack_at_the_grocery",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 18, "97110": 11},
    [],
    "97530x1:GO,CO,KX 97110x1:GO,CO,KX",
    """
t: morning tanya ready for the work program
p: ready my shoulder is a three today
t: before we start the office said your therapy spending this year is over the threshold with the hand therapy last spring
p: so what happens
t: the therapy is still medically necessary so we put the k x modifier on and carry on
p: okay
t: lets start with the pallet jack simulation push the cart with forty pounds
p: heavy but fine
t: now stocking the top shelf with the cans
p: the top shelf pinches
t: lower the cans to shoulder height and step closer
p: better
t: box lift floor to waist twenty five pounds ten times
p: done
t: the work simulation was eighteen minutes
t: now conditioning rotator cup with the red band three sets of fifteen
p: external rotation is the hard one
t: wall push ups two sets of ten
p: okay
t: that was eleven minutes of exercise
p: when can i go back full time
t: your job asks for forty pounds overhead we are at twenty
p: um so not yet
t: not yet the therapist will re test on monday
t: any numbness in the hand today
p: no numbness
t: good ice at home tonight fifteen minutes
p: okay
t: and the breaks every hour at work
p: my boss does not like breaks
t: we will send a note about the breaks
p: thank you
t: pain now
p: a four
t: okay see you wednesday
""",
    [
        "3/10|a three today",
        "pallet jack",
        "forty pounds|40 lb",
        "top shelf",
        "shoulder height",
        "twenty five pounds ten times|25 lb",
        "red band three sets of fifteen|3x15",
        "wall push ups two sets of ten|2x10",
        "twenty|20 lb",
        "ice at home tonight fifteen minutes|15 minutes",
        "4/10|a four",
    ],
    ["numbness"],
    ["my boss does not like breaks"],
    kx=True,
)

S(
    "ak_ot10_heat_gun_and_the_thumb_spica",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97760": 25, "97110": 8},
    [],
    "97760x2:GO 97110x1:GO",
    """
T: Hi Ms. Whitfield. The surgeon wants a thumb spica splint after the ligament repair.
P: The soft one they gave me is falling apart.
T: I'll make you a custom one today from thermoplastic.
P: Will it hurt?
T: No, just warm. Pain right now?
P: Two out of ten.
T: Any tingling in the thumb?
P: No tingling.
T: I'm tracing your hand on the paper for the pattern.
P: My hand looks small.
T: Cutting the sheet and heating it in the water pan.
P: It smells like plastic.
T: Now I mold it around the thumb and the wrist. Hold still.
P: Okay.
T: Thumb in a relaxed C position, wrist at twenty degrees of extension.
T: Trimming the edge by the thumb web with the heat gun.
P: That edge dug in a little.
T: Flaring it now. Better?
P: Much better.
T: Velcro straps on. Wear it all day and at night, off only to shower.
P: How do I wash it?
T: Cool water and soap. No hot car, it will melt.
P: Good to know.
T: Check the skin twice a day for red marks. Fabrication and training took twenty five minutes.
T: Now gentle motion for the fingers outside the splint.
P: Like a fist?
T: Make a fist, then open wide, ten reps every hour.
P: My fingers are stiff.
T: Tendon glides too. That exercise was eight minutes.
P: Do I come back?
T: Next week to check the fit. Twice a week after that.
""",
    [
        "thumb spica splint",
        "custom",
        "thermoplastic",
        "2/10|two out of ten",
        "relaxed C position",
        "twenty degrees of extension|20 degrees",
        "wear it all day and at night",
        "twice a day|2x/day",
        "fist, then open wide, ten reps every hour|10 reps",
        "tendon glides",
        "twice a week|2x/week",
    ],
    ["tingling"],
    ["It smells like plastic"],
)

S(
    "ak_ot11_pill_organizer_and_the_bed_rail",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97535": 14, "97530": 12},
    [],
    "97535x1:GO,CO,59 97530x1:GO,CO",
    """
t: hi mister dubois hi marie
c: hello he had a good week
t: good lets start with the morning routine training
p: the pill box first
t: yes fill the pill organizer for the week
p: monday tuesday
t: you did all seven days with one reminder to check the list
c: he used to mix them up
t: now showing marie how he uses the long handle shoe horn
p: like this
t: yes marie let him try first then help
c: uh it is hard to wait
t: the self care training was fourteen minutes
t: now a separate block bed mobility and transfers at the bed rail
p: the rail helps
t: roll to the side push up with the elbow
p: up
t: minimal assist for the sit up then stand pivot to the chair with contact guard
c: at home i pull him up by the arms
t: please do not pull on the arms use the gait belt
c: okay the belt
t: that transfer practice was twelve minutes
p: my shoulder is sore
t: pain number
p: about a four
t: any chest pain or shortness of breath
p: no chest pain
t: good we rest
c: can he shower alone
t: not yet the therapist will check the shower next visit
p: i want to shower alone
t: soon
c: thank you
""",
    [
        "pill organizer",
        "all seven days with one reminder|7 days",
        "long handle shoe horn|long handled shoe horn",
        "minimal assist|min assist|min A",
        "stand pivot",
        "contact guard|CGA",
        "gait belt",
        "4/10|about a four",
    ],
    ["chest pain"],
    ["he had a good week", "it is hard to wait"],
    has59=True,
)

S(
    "ak_ot12_kettle_and_the_calendar_app",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97129": 15, "97130": 11},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Mr. Achebe, visit ten today, so it's your progress report. We compare three things.
P: Which three?
T: The MoCA, the kettle test, and your own ratings on the COPM.
P: Fine.
T: MoCA first. Twenty three out of thirty today. It was eighteen at the start.
P: I missed the words again.
T: You got three of the five words. You had one at the start.
T: The kettle test: make two hot drinks in our kitchen.
P: Tea for me, coffee for you?
T: Go ahead.
P: Water, kettle on... where are the cups?
T: Second cupboard. You needed two verbal cues today. It was seven cues at the start.
P: I forgot the milk in the fridge.
T: You noticed when you checked your list. That's the strategy.
T: COPM: managing your appointments, performance one to ten?
P: Six now. It was two.
T: Satisfaction?
P: Seven.
T: Cooking a simple lunch?
P: Seven, and satisfaction seven.
T: Both up by more than two points.
T: Now the calendar app on your phone. Put in next week's dentist visit with a reminder.
P: Tuesday at ten.
T: Good. Add a reminder the night before.
P: Done.
T: The cognitive training today was twenty six minutes, the kettle task and the calendar.
P: Did I pass?
T: Goals: MoCA gains met. Making a hot drink with two cues or fewer, met. Appointments with no help, not met yet.
P: My wife still reminds me.
T: Any headaches or dizziness lately?
P: No headaches. No dizziness.
T: Twice a week for four more weeks. Keep the phone calendar every day.
""",
    [
        "MoCA",
        "23/30|twenty three out of thirty",
        "eighteen at the start|18",
        "three of the five words|3/5",
        "kettle test",
        "two verbal cues|2 verbal cues",
        "seven cues at the start|7 cues",
        "COPM",
        "six now|6",
        "appointments with no help, not met",
        "calendar app",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["headaches", "dizziness"],
    ["Tea for me, coffee for you?", "My wife still reminds me"],
    cog=26,
)

S(
    "ak_ot13_alarm_by_the_therapy_gym",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "test",
    {"97110": 9},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: missus greco today is the re evaluation for the shoulder
p: um okay
t: pain today
p: a three resting a six reaching the top shelf
t: lift the arm forward for me
p: this high
t: shoulder flexion one hundred forty degrees it was one hundred at the start
t: abduction one hundred twenty five
t: the quick dash today is thirty it was sixty one
p: is that the paper one
t: yes the questions on the paper
p: what is that noise
t: fire drill we walk out the side door together
p: my purse
t: leave it we come back
t: we are outside
p: it is cold out here
t: stand by me until they say all clear
t: okay all clear back inside
p: i got a chill
t: lets finish quickly dressing how is it
p: bra still hard i reach behind
t: upper body dressing minimal assist for the bra independent for the shirt
p: my husband does the bra
t: we work on it new goal bra on her own in four weeks
t: now exercises wand flection and pulleys and the wall walk
p: the wall walk hurts a bit
t: external rotation with the yellow band two sets of ten
p: okay
t: that was nine minutes of exercise after the drill
p: can we do the rest next time
t: yes plan is twice a week for four more weeks
t: any numbness in the hand
p: no numbness
t: good keep the pulleys at home three times a day
""",
    [
        "3/10|a three resting",
        "6/10|a six reaching",
        "one hundred forty degrees|140 degrees",
        "one hundred at the start|100 degrees",
        "abduction one hundred twenty five|125",
        "quick dash|QuickDASH",
        "thirty|30",
        "sixty one|61",
        "minimal assist|min assist|min A",
        "wand flection|wand flexion",
        "yellow band two sets of ten|2x10",
        "twice a week for four more weeks|2x/week for 4 weeks",
        "pulleys at home three times a day|3x/day",
    ],
    ["numbness"],
    ["it is cold out here", "i got a chill"],
)

S(
    "ak_ot14_laundry_room_in_the_basement",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97535": 15, "97530": 10},
    [],
    "97535x1:GO,59 97530x1:GO",
    """
T: Mrs. Eklund, last visit. You've come a long way since the hip.
P: I did the laundry in the basement on Saturday.
T: Tell me how.
P: The basket on the stairs, one step at a time, hand on the rail.
T: Small loads?
P: Half loads, like you said.
T: Good. Self care check: dressing with the reacher and sock aid?
P: Independent. I don't use the sock aid anymore.
T: Independent without the sock aid. Bathing on the tub bench?
P: Yes, alone.
T: Let's go over the hip precautions once more.
P: No crossing the legs, no bending past ninety.
T: Right. Home management training: meal prep at the counter with the stool.
P: I sit to chop.
T: Energy saving, all of it. That self care and home training was fifteen minutes.
T: Now a separate block. The car transfer and getting down to the floor and back up.
P: In case I fall.
T: Yes. Sit on the step stool, then kneel on the good knee.
P: Like this?
T: Yes, and up with the chair. Modified independent.
T: Car transfer, back in first, then swing the legs.
P: Easy now.
T: That functional block was ten minutes, after the home training.
T: Any pain today?
P: A one. It was a six when I came home from the hospital.
T: Any falls at home?
P: No falls.
T: Goals: dressing independent, met. Bathing independent, met. Laundry with half loads, met.
P: So I'm done?
T: Discharged. Keep the precautions until your surgeon clears you.
P: Thank you for everything.
""",
    [
        "laundry in the basement",
        "hand on the rail",
        "half loads|1/2 loads",
        "independent without the sock aid",
        "tub bench",
        "no bending past ninety|90 degrees",
        "meal prep at the counter with the stool",
        "modified independent",
        "car transfer",
        "1/10|a one",
        "6/10|a six when I came home",
        "goals: dressing independent, met",
    ],
    ["falls"],
    ["You've come a long way since the hip"],
    has59=True,
)


# --------------------------------------------------------------------------------------------- SLP, test
S(
    "ak_slp08_quiet_voice_at_the_bank_counter",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Mr. Haugen, your neurologist sent you for a voice evaluation. What do you notice?
P: People at the bank keep saying "what?" My wife says I mumble.
C: He's gotten so quiet. Two years now, since the Parkinson's diagnosis.
T: Any trouble swallowing, coughing with drinks?
P: No, swallowing is fine.
T: Any voice pain or hoarseness in the morning?
P: No pain. A bit hoarse by evening.
T: Let's measure. Say ah as long as you can, at your normal loudness.
P: Aaah.
T: Eleven seconds at sixty eight decibels.
T: Now as loud as you can.
P: AAAH.
T: Seventy nine decibels. So you can get loud when asked.
T: Count from one to ten.
P: One, two, three...
T: Conversation averages sixty two decibels at thirty centimeters.
C: That's what I hear at dinner, a whisper.
T: Pitch range is narrow, about five semitones.
T: Voice quality is mildly hoarse and breathy, and speech rate is a little fast.
T: Intelligibility in conversation about eighty five percent to me.
P: Only eighty five?
T: Eighty five percent, in a quiet room. Less in a noisy one.
T: Voice Handicap Index, thirty eight.
P: That's my score?
T: Yes. You're a good candidate for a loud voice program, sixteen sessions in four weeks.
P: Four times a week?
T: Four times a week, one hour each, with daily home practice.
C: He'll do it. I'll drive him.
T: Goal: conversation at seventy decibels or more in the clinic by week four.
P: Okay.
T: And calling the bank on the phone without being asked to repeat.
""",
    [
        "eleven seconds|11 seconds",
        "sixty eight decibels|68 dB",
        "seventy nine decibels|79 dB",
        "sixty two decibels|62 dB",
        "five semitones|5 semitones",
        "mildly hoarse and breathy",
        "rate is a little fast",
        "eighty five percent|85%",
        "Voice Handicap Index|VHI",
        "thirty eight|38",
        "sixteen sessions in four weeks|16 sessions",
        "four times a week|4x/week",
        "seventy decibels|70 dB",
    ],
    ["trouble swallowing", "voice pain"],
    ["I'll drive him"],
)

S(
    "ak_slp09_frozen_screen_in_the_sunroom",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
T: Hi Mrs. Petrakis, can you hear me on the video?
P: Yes, loud and clear. Ha.
T: Before we start: with your PT this year, your therapy is past the Medicare threshold. Your voice therapy is still medically necessary, so we bill with KX.
P: Whatever you need, dear.
T: Let's start with the long ahs. Fifteen of them, big and loud.
P: Aaaah.
T: Nineteen seconds. Your sound meter app shows eighty one decibels.
P: I held it on the phone like you said.
T: Good. Now high and low glides.
P: Ooo. Ooo.
T: Now the ten functional phrases.
P: Good morning! Pass the salt! I love you!
T: All at seventy five decibels or more.
P: Hello? You froze.
P: Hello?
T: Sorry, the connection dropped. I called back. We lost about three minutes.
P: My grandson says the router is old.
T: Let's pick up with the reading. The paragraph about the lighthouse.
P: The lighthouse stood on the rocky point...
T: Reading averaged seventy two decibels.
P: My throat feels fine.
T: Any hoarseness or pain after practice?
P: No hoarseness at all.
T: Now conversation. Tell me about your weekend.
P: My daughter took me to the market, and the man at the stall heard me the first time!
T: That's a win. Conversation averaged seventy decibels.
P: It feels like shouting.
T: It sounds normal to us. That's the point.
T: Home practice, the ahs and phrases twice a day.
P: Twice a day, morning and after lunch.
T: And one carryover task: call your sister on the phone.
P: She'll be surprised.
T: Next session Thursday, same time, by video.
""",
    [
        "long ahs",
        "nineteen seconds|19 seconds",
        "eighty one decibels|81 dB",
        "functional phrases",
        "seventy five decibels|75 dB",
        "connection dropped",
        "seventy two decibels|72 dB",
        "conversation averaged seventy decibels|70 dB",
        "twice a day|2x/day",
        "call your sister",
    ],
    ["hoarseness"],
    ["My grandson says the router is old", "the man at the stall"],
    kx=True,
)

S(
    "ak_slp10_kite_and_the_cookie_jar",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi ava hi grandma ready to play the k game
c: she has been practicing in the car
p: yes
t: first the k at the start of words
p: kite cup key
t: great back sound
p: cookie
t: nice in twenty words at the start you got eighteen
c: she used to say tookie
t: now k at the end of words
p: book bike sock
t: good clear k
p: duck
t: that one was a t dut try again
p: duck
t: yes at the end of words fifteen out of twenty
t: now in sentences with the cookie jar game
p: i want a cookie from the jar
t: very good the k in cookie was right
p: can i have a real cookie
t: after speech ask grandma
c: one cookie
t: in sentences she got seven of ten with a model
c: um what should we do at home
t: the k cards five minutes a day say the word then say it in a sentence
c: five minutes every day
t: yes and praise her for the back sound
p: back sound
t: any ear infections lately
c: no ear infections this winter
t: good i will tell the speech therapist about the eighteen out of twenty
c: thank you
p: bye bye
""",
    [
        "k at the start of words",
        "you got eighteen|18/20",
        "k at the end of words",
        "fifteen out of twenty|15/20",
        "seven of ten with a model|7/10",
        "k cards five minutes a day|5 minutes",
        "praise her for the back sound",
    ],
    ["ear infections"],
    ["she has been practicing in the car", "can i have a real cookie"],
)

S(
    "ak_slp11_drive_thru_order_on_friday",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi dante today is your progress visit we compare three things from september
p: the counting one
t: yes percent syllables stuttered the ssi four and your oases questionnaire
p: okay
t: tell me about your job for two minutes while i count
p: i work at the b b burger place on the drive thru
t: nice easy start there
p: i take orders on the headset all day
t: percent syllables stuttered today four percent it was eleven percent in september
p: four percent for real i felt like i blocked a lot
t: i counted twice four percent
p: uh okay wow
t: the ssi four total is nineteen mild it was thirty one severe
t: the oases impact score is two point one it was three point four
p: so everything went down
t: all three went down down is good here
t: now practice pull outs on the order phrases
p: can i get a double cheeseburger
t: smooth
p: would you like f f fries with that
t: use the pullout on fries
p: would you like fries with that
t: yes in twenty order phrases you used the pullout on seventeen
p: my manager noticed
t: any avoiding words on the headset
p: no i do not switch words anymore
t: goals percent stuttered under five percent met phone calls at work met
t: goal three ordering for his friends at a restaurant not met yet
p: i still let my friend order
t: we continue once a week for six more weeks
p: okay
t: home practice pullouts ten minutes a day
p: got it
t: see you next friday
""",
    [
        "percent syllables stuttered",
        "four percent|4%",
        "eleven percent|11%",
        "ssi four|SSI-4",
        "nineteen mild|19",
        "thirty one severe|31",
        "oases",
        "two point one|2.1",
        "three point four|3.4",
        "pullouts",
        "pullout on seventeen|17/20",
        "ordering for his friends at a restaurant not met",
        "once a week for six more weeks|1x/week for 6 weeks",
        "pullouts ten minutes a day|10 minutes",
    ],
    ["avoiding words"],
    ["my manager noticed", "can i get a double cheeseburger"],
)

S(
    "ak_slp12_naming_pictures_after_the_stroke",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Mr. Obi, three months since your stroke, so today we re-evaluate your language.
P: Okay. Words... still hard.
C: He talks more now. At dinner, full sentences sometimes.
T: Let's start with naming. What is this picture?
P: Um... hammer.
T: Good. This one?
P: Comb. No, brush. Brush.
T: Naming on the picture test, thirty eight out of sixty. It was twenty one in August.
T: Now following directions. Touch your nose, then the cup.
P: Nose... cup.
T: Two step directions, nine out of ten correct.
T: Now tell me what's happening in this kitchen picture.
P: Boy... cookie... the stool falling. Mom water... overflow.
T: Sixty correct information units a minute, up from thirty five.
C: He reads the paper headlines too.
T: Reading sentences, eight of ten correct.
T: Excuse me, the phone. It's Dr. Lindqvist returning my call.
T: Sorry about that. His neurologist agrees we continue, and he wants a swallow check only if there's coughing.
C: He doesn't cough when he eats.
T: Mr. Obi, any coughing with meals?
P: No. No cough.
T: Good. Writing, write your name and address.
P: Name yes. Street... number wrong.
T: Name correct, address with one error.
T: Western Aphasia Battery aphasia quotient is sixty four. It was forty two.
P: Better?
T: Better. Moderate now, it was severe.
C: What's next?
T: Twice a week for eight more weeks. Goals: ordering at a restaurant and writing a short list.
P: Coffee order.
T: Yes, ordering coffee by himself. And you practice naming with the app ten minutes a day.
""",
    [
        "naming",
        "thirty eight out of sixty|38/60",
        "twenty one in August|21",
        "nine out of ten|9/10",
        "information units",
        "sixty|60",
        "thirty five|35",
        "reading sentences, eight of ten|8/10",
        "address with one error|1 error",
        "aphasia quotient is sixty four|AQ 64",
        "forty two|42",
        "moderate now",
        "twice a week for eight more weeks|2x/week for 8 weeks",
        "ten minutes a day|10 minutes",
    ],
    ["coughing"],
    ["He reads the paper headlines too"],
)

S(
    "ak_slp13_crossword_and_the_bank_statement",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 25},
    [],
    "97129x1:GN 97130x2:GN",
    """
T: Ms. Varga, last session today. How's the brain fog?
P: Much better. I did the Sunday crossword in ink.
T: Let's see the bank statement task. Find the three charges that look wrong.
P: This one, the double coffee charge, and... this gym one, I cancelled that.
T: And the third?
P: The forty dollar one on the twelfth. I don't know that store.
T: All three, in four minutes. At the start you found one in ten minutes.
T: Now recall. I read a short story this morning, what do you remember?
P: The woman lost her keys at the library, the boy found them, she gave him a book.
T: Eight of ten details. It was three of ten at the start.
T: Sustained attention: the tone task, click on the high tone.
P: Okay.
T: Ninety six percent correct, no misses in the last minute.
P: Much better than the first time.
T: Any headaches with the screen?
P: No headaches.
T: Planning your week: pharmacy, bill pay, the dentist.
P: Monday pharmacy, Wednesday bills, Friday the dentist at two.
T: You planned it without any cues.
T: The cognitive work today was forty minutes, the statement, the story, the tones and the planning.
P: Forty minutes went fast.
T: Goals: managing bills independently, met. Recall of eight of ten details, met. Back to part time work, met.
P: Three days at the library.
T: You're discharged. Keep the planner every morning and the crossword.
P: Do I need to come back?
T: Only if things slip. Call us.
T: Any trouble at work with the computer?
P: No trouble, I'm slower, but fine.
T: Slower is fine. Take breaks every hour.
P: I will. Thank you.
T: Good luck, Ms. Varga.
""",
    [
        "brain fog",
        "bank statement",
        "all three, in four minutes|3/3",
        "one in ten minutes|1",
        "eight of ten details|8/10",
        "three of ten|3/10",
        "ninety six percent|96%",
        "no misses",
        "without any cues",
        "managing bills independently, met",
        "back to part time work, met",
        "planner every morning",
    ],
    ["headaches"],
    ["I did the Sunday crossword in ink", "the double coffee charge"],
    cog=40,
)

S(
    "ak_slp14_eye_gaze_and_the_hockey_game",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92609"],
    "92609x1:GN",
    """
t: hi greg hi linda lets work on the eye gaze device today
c: he has been using it for the hockey games
p: yes
t: greg look at the yes and no buttons
p: yes
t: good the calibration looks right today
c: it kept losing him by the window
t: the sun from the window throws it off so we close the blind
c: um okay
t: greg tell linda you want to watch the game
p: watch game tonight
t: three words in a row nice
t: now the quick phrases page
p: i am uncomfortable
t: good where
p: leg
c: i will move his leg
t: in ten tries he selected the right button eight times that is eighty percent
t: dwelled time at one point two seconds works better than one second
c: he was picking things by accident before
t: yes the longer dwell fixes that
t: linda lets practice you setting up the mount
c: the arm clicks here
t: yes and the screen a little below his eyes
c: like that
t: perfect he did not get tired today
p: no not tired
t: good the voice banking messages did you add them
c: we recorded twenty of his own phrases last year
t: lets add them to the chat page next time
c: okay
t: plan once a week here and practice every evening with the hockey
p: yes
""",
    [
        "eye gaze device",
        "calibration",
        "close the blind",
        "three words in a row|3 words",
        "quick phrases page",
        "eight times|8/10",
        "eighty percent|80%",
        "dwelled time at one point two seconds|dwell time|1.2 seconds",
        "screen a little below his eyes",
        "voice banking",
        "once a week|1x/week",
    ],
    ["tired"],
    ["it kept losing him by the window"],
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
    "summary split break retest retested again aquatic pool water drill fire fall fell late student supervised declined declines decline dropped connection splint driving hardening questioned doubt aac device lsvt loud fluency stutter".split()
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
    rng = random.Random(int(hashlib.sha256(("blind34/" + s["id"]).encode()).hexdigest()[:12], 16))
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

    m = re.fullmatch(r"ak_(pt|ot|slp)(\d\d)_([a-z_]+)", sid)
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
    base = os.environ.get("BLIND34_OUT", os.path.dirname(os.path.abspath(__file__)))
    for h in ("dev", "test"):
        os.makedirs(os.path.join(base, h), exist_ok=True)
        for name in os.listdir(os.path.join(base, h)):
            if name.startswith("ak_") and name.endswith(".json"):
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
