#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twentieth set (ids v_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, shared/PRODUCT.md (its "Therapy billing rules") and the READMEs of blind19 and blind18.
The self-check machinery is copied from evals/data/blind19/make_blind19.py (its header and its rules /
text helpers / checks / mix / main block) with these changes: the id prefix is v_, the SLP discipline
also admits an SLP assistant (role SLPA: daily notes only, never a Medicare (cms) session, GN alone since
PRODUCT.md names CQ / CO for PTAs and OTAs only), and `S(...)` is this author's own; the sessions are
new.  Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes with an
     independent implementation of the rules and compared with the hand-written key; timestamps,
     turn counts (20-34), durations (150-360 s), facts / negated / absent strings against the
     transcript, split balance ...) and exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist, assistant or aide), "P: ..." (patient), "C: ..."
(caregiver or interpreter).  Timestamps: about 2.1 words per second, 0.5-1.4 s gaps, seeded by the
session id.  Hand key format: "97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.
`said_exempt` lists timed codes whose minutes are given only as clock times, as "half an hour" or
as a sum of split blocks the digit/word check cannot see (the minutes are still derivable from what
is said).
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
    said_exempt=(),
    kx=False,
):
    """One session: the answer key by hand in `key`, the self-checks recompute it from `timed`."""
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
            "said_exempt": list(said_exempt),
            "kx": kx,
        }
    )


# ---------------------------------------------------------------------------------------------
# Sessions (blind20, ids v_*)
# ---------------------------------------------------------------------------------------------

S(
    "v_pt01_gluteal_tendinopathy_eval",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 13, "97112": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP 97112x1:GP",
    """
T: okay so um youre here for the outside of the hip right the left one
P: yeah the left its been since like june i cant lie on that side at night at all
T: and on a scale of zero to ten where is it right now sitting here
P: right now maybe a four but at night its a seven easy when i roll onto it
T: okay four now seven at night any numbness or tingling down the leg
P: no numbness or tingling nothing like that its just right on the bone
T: good and the doctor called it glue tea al tend in opathy the gluteal tendinopathy
P: yeah thats the one he said no shot for now
T: do you still work at the post office
P: yep mail carrier walking route about eight miles a day and the hills kill it
T: okay so with your diabetes and the walking job and the sleep trouble im calling this a moderate complexity evaluation
P: okay whatever that means
T: it just means theres a few things going on um lets check strength hip abduction on the left is three plus over five right side is five over five
P: yeah that one felt weak
T: single leg stance on the left eight seconds right side thirty seconds
P: my sister had the same thing she ended up getting the hip replaced
T: sorry to hear that okay so we did thirteen minutes of exercise the isometrics and the bridges and then ten minutes on balance work on the foam
P: the foam was the hard part
T: goals are sleep on the left side without waking and walk the route with pain two out of ten or less
P: that would be amazing
T: im thinking twice a week for six weeks and no crossing your legs when you sit
P: oh i do that all the time
T: i know everybody does okay see you thursday
""",
    [
        "gluteal tendinopathy|glue tea al tend in opathy",
        "4/10|a four",
        "7/10|seven at night",
        "3+/5|three plus over five",
        "8 seconds|eight seconds",
        "mail carrier",
        "twice a week for six weeks|2x/week for 6 weeks",
        "sleep on the left side",
    ],
    ["numbness or tingling"],
    ["my sister had the same thing", "getting the hip replaced"],
)

S(
    "v_pt02_guillain_barre_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97116": 14, "97112": 6},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Morning, Mr. Okafor. And this is your wife?
C: Grace. I drive him everywhere now.
T: Nice to meet you, Grace. So, Guillain-Barre, diagnosed in August, five weeks in the hospital and then two weeks of inpatient rehab.
P: Felt like a year. My legs just... quit.
T: How are the hands and feet now? Any pain?
P: Burning in the feet, like a three out of ten. Hands are better.
T: Any trouble breathing or swallowing since you got home?
C: No breathing trouble. He had the breathing tube for four days, but nothing since.
T: Okay. Falls?
C: Two. One in the bathroom, one on the porch steps.
T: Alright. Strength: hip flexors four minus over five both sides, ankle dorsiflexion three minus over five on both.
P: That's why I trip, right?
T: That's a big part of it. You're on a rolling walker. Ten-meter walk test, zero point four meters per second.
C: Is that bad?
T: It's slow, it means he needs someone close by out in the community. Berg balance thirty-four out of fifty-six.
P: Thirty-four. Huh.
T: With the two falls, the recent ICU stay and the weakness in all four limbs, this is a high complexity evaluation.
C: Your parking lot is a nightmare, by the way. I circled three times.
T: I know, I'm sorry. So today we did fourteen minutes of gait training in the hallway with the walker, and about six minutes of standing balance at the counter.
P: The counter part, I was shaking.
T: That's the fatigue. Goals: walk household distances without the walker, and get the Berg above forty-five.
C: And stairs. Our bedroom's upstairs.
T: And stairs, twelve steps with one rail. Three times a week for eight weeks. And stop if he gets that heavy, achy tired, rest is part of the treatment.
P: Got it. Rest is treatment.
""",
    [
        "Guillain-Barre",
        "3/10|three out of ten",
        "4-/5|four minus over five",
        "3-/5|three minus over five",
        "0.4 m/s|zero point four meters per second",
        "34/56|thirty-four out of fifty-six",
        "rolling walker",
        "2 falls|Two. One in the bathroom",
        "three times a week for eight weeks|3x/week for 8 weeks",
        "twelve steps|12 steps",
    ],
    ["breathing trouble"],
    ["I circled three times"],
)

S(
    "v_pt03_ankle_orif_pta_kx",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 20, "97116": 11, "97112": 8},
    [],
    "97110x1:GP,CQ,KX 97116x1:GP,CQ,KX 97112x1:GP,CQ,KX",
    """
T: Hey Mrs. Delgado, how's the ankle treating you this week?
P: Better. Swelling's down. I only used the cane once.
T: Pain today?
P: A two. Maybe three going down the stairs at the library.
T: You still volunteer there?
P: Tuesdays. And my book club picked a murder mystery, I'm hooked.
T: Nice. Quick billing thing before we start. The front desk says your therapy total this year is past the Medicare threshold, so today's visit goes out with the KX modifier.
P: Does that mean I owe more?
T: No, it means we're telling Medicare you still need therapy and it's medically necessary. Your PT signed off on that last week with the progress report.
P: Okay, good, because I'm not done.
T: Not done at all. Alright, bike first, then the band work.
P: Do I have to do the bike? My knee clicks on it.
T: Clicking without pain is fine. If it hurts, tell me and we'll switch to the arm bike.
P: How long was I on the bike? Felt like forever.
T: Bike and the band stuff together, a good twenty. Twenty minutes of exercise.
P: That's it? Felt longer.
T: Ha. Now the walking. No boot, heel to toe, down the hall and back.
P: Am I limping?
T: Little bit on the push-off. Better than last week. That was eleven minutes of gait.
P: My ankle's a little sore on the turn.
T: Any numbness around the incision?
P: No, none.
T: Good. Last thing, balance on the foam pad, eyes open then closed. Eight minutes of that.
P: Eyes closed is awful.
T: You held it eighteen seconds, last week it was nine. Ankle dorsiflexion today is ten degrees.
P: Is ten good?
T: It's better, we want fifteen to twenty. Ice at home, fifteen minutes after your walk, and I'll see you Thursday.
""",
    [
        "2/10|A two",
        "cane once",
        "18 seconds|eighteen seconds",
        "10 degrees|ten degrees",
        "foam pad",
        "push-off",
        "medically necessary",
    ],
    ["numbness around the incision"],
    ["my book club picked a murder mystery"],
    kx=True,
)

S(
    "v_pt04_cervicogenic_headache_pta",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 24, "97140": 9},
    [],
    "97110x2:GP,CQ 97140x1:GP,CQ",
    """
T: hey kenji come on back hows the headache this week
P: um better i had two headaches instead of like five
T: two thats great and how bad were they
P: the worst one was a five out of ten friday after the long shift
T: still doing the night shifts at the call center
P: yeah three nights a week headset on the whole time
T: okay any dizziness or double vision with them
P: no dizziness no double vision just the back of the head
T: good lets start with the chin tucks on the table then the rows with the green band
P: the green band or the blue one
T: green today we went up last time
P: oh man okay
T: so we did the deep neck flexor endurance you held it twenty two seconds last week it was twelve
P: oh nice
T: and then the rows and the wall angels thats about twenty four minutes of exercise total
P: twenty four really
T: yep then manual on the upper neck the sub occipital release that was fifteen minutes no wait that was nine not fifteen i started late
P: it felt good whatever it was
T: nine minutes of manual okay rotation to the right is sixty five degrees left is seventy
P: is that better
T: right was fifty five so yes better
P: my buddy says i should go to a chiro and get it cracked
T: ha well talk to your p t about that at the progress visit next week keep the chin tucks every two hours at work
P: every two hours got it
T: and check that monitor height we talked about top of the screen at eye level
P: yeah i raised it with a box of paper
""",
    [
        "2 headaches|two headaches",
        "5/10|five out of ten",
        "chin tucks",
        "green band",
        "22 seconds|twenty two seconds",
        "65 degrees|sixty five degrees",
        "sub occipital release",
        "call center",
    ],
    ["dizziness", "double vision"],
    ["that was fifteen minutes"],
)

S(
    "v_pt05_patellar_tendinopathy_59",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97110": 15, "97530": 16, "97140": 10},
    [],
    "97110x1:GP 97530x1:GP,59 97140x1:GP",
    """
T: Hey Tasha. How's the knee after the tournament?
P: It was fine until the third match. Then the landing was like... a five.
T: Below the kneecap, same spot?
P: Same spot. Right here.
T: Okay. Any swelling after?
P: No swelling. Just sore the next morning.
T: Alright, we started at quarter past, you were on the decline board and the slow squats from quarter past to half past.
P: Those burn.
T: They're supposed to. That's the tendon loading. Single leg decline squat, pain was a three out of ten on the right?
P: Yeah a three.
T: Then I did the soft tissue work on the quad and the patellar mobilization, that was ten minutes, separate from everything else.
P: My quad was so tight.
T: Then the jump-landing stuff, the box drops and the approach footwork for spiking, sixteen minutes of that after the manual.
P: I'm so bad at landing soft.
T: You got way better by the end. Knees didn't cave in. Coach still wants you at practice Monday?
P: Yeah, he says I'm the only middle blocker who can actually block.
T: Well, limited jumping. Half the reps at practice, no jump serves this week.
P: Ugh. Fine.
T: Quad strength on the dynamometer, right is eighty-five percent of the left now.
P: Was it seventy-something?
T: Seventy-two at the start. So good progress. Keep doing the decline squats, three sets of fifteen, every other day.
P: Okay. Do I need to ice?
T: If it's sore, ten minutes. Not before practice though.
P: Got it. Thanks!
T: And if the pain goes above a four during practice, you sit out the jumping drills. That's the rule.
P: Above a four, sit out. Can I still do serving?
T: Serving from the ground, yes. No jump serves, remember.
P: Right. Ground serves only.
""",
    [
        "5/10|a five",
        "decline squats|decline board",
        "3/10|three out of ten",
        "patellar mobilization",
        "box drops",
        "85 percent|eighty-five percent",
        "72|Seventy-two",
        "three sets of fifteen|3 x 15",
    ],
    ["swelling"],
    ["the only middle blocker who can actually block"],
    said_exempt=["97110"],
)

S(
    "v_pt06_lumbar_discectomy_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "dev",
    {"97110": 18, "97112": 11},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: So today's your progress visit, Mr. Brandt. Ten visits since the discectomy.
P: Ten already? Feels like I just started.
T: Let's do the numbers. Back pain now?
P: Back's a two. Leg's zero. Leg's been zero since, I don't know, week three.
T: No leg pain, no numbness in the foot?
P: No. Nothing in the foot. Denies, that's what you guys write, right?
T: Ha, yes. Oswestry today is eighteen percent. At the start it was forty-six percent.
P: That's good?
T: That's a big change. Forward bend, fingertips to mid-shin, was above the knee.
P: I can put my socks on now. My wife doesn't have to.
T: Goal one was socks and shoes on his own: met. Goal two, sitting an hour for the drive to your daughter's: partly met, you're at forty minutes.
P: Yeah, I stop at the gas station halfway.
T: Goal three, lifting twenty pounds from the floor: not met yet, you're at ten.
P: I'm scared to do more.
T: That's normal. So today, exercise in two blocks: ten minutes this morning on the core stuff, then another eight after the walking test, so eighteen minutes of exercise.
P: The dead bug thing.
T: The dead bug and the bird dog. And eleven minutes of balance, single leg with the reach.
P: Wobbly on the right.
T: Right's weaker, yes. Plan is twice a week for four more weeks, we work on the lifting.
P: My brother-in-law, he had the same surgery, he was back on the roof in a month.
T: Everybody heals different. No roofs for you yet.
P: No roofs. Got it.
P: What about mowing the lawn? It's a push mower.
T: Give it two more weeks. When you can lift the twenty pounds from the floor with good form, the mower's fine.
P: My neighbor's kid can do it till then.
""",
    [
        "2/10|a two",
        "18 percent|eighteen percent",
        "46 percent|forty-six percent",
        "mid-shin",
        "met|socks and shoes on his own",
        "40 minutes|forty minutes",
        "10 pounds|at ten",
        "twice a week for four more weeks|2x/week for 4 weeks",
        "dead bug",
    ],
    ["numbness in the foot", "leg pain"],
    ["brother-in-law", "back on the roof in a month"],
)

S(
    "v_pt07_hip_fracture_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 22, "97116": 10},
    ["97164"],
    "97164x1:GP 97110x1:GP 97116x1:GP",
    """
T: Mrs. Whitfield, today is your re-evaluation. It's been about six weeks since the gamma nail for the hip fracture.
P: The intertrochanteric one. I can say it now.
T: You can! Any pain today?
P: In the hip, a three when I first stand up. Then it eases.
T: Denies chest pain, shortness of breath with walking?
P: No chest pain. I get a little winded on the hill to the mailbox.
T: Okay. Any falls since I last saw you?
P: Not one. I have the grab bars now, my son put them in.
T: Good. Hip flexion today is a hundred and five degrees, abduction strength four minus over five.
P: Is that better than before?
T: Flexion was eighty-five at the eval. Timed Up and Go today, fourteen seconds with the cane. It was twenty-six with the walker.
P: Twenty-six! I was so slow.
T: You were. So new goals: TUG under twelve seconds, walk to the mailbox and back without a rest, and get in and out of the bathtub with the bench.
P: The bathtub would be nice. I miss my baths.
T: Exercise today was twenty-two minutes, the step-ups and the side-lying work and the sit to stands. And ten minutes of gait training on the hill outside with the cane.
P: The hill's not so bad with you next to me.
T: Plan of care: twice a week for six more weeks. I'll send it to Dr. Osei to sign.
P: Oh, he's the nice one.
T: He is. Did you see the new coffee place on Main?
P: No, is it good?
T: Overpriced. But good.
P: Ha. I'll try it after the mailbox goal.
T: Deal. And keep the cane with you even in the house for now, okay?
P: Even in the kitchen?
""",
    [
        "gamma nail",
        "3/10|a three",
        "105 degrees|a hundred and five degrees",
        "4-/5|four minus over five",
        "14 seconds|fourteen seconds",
        "26|twenty-six",
        "twelve seconds|12 seconds",
        "twice a week for six more weeks|2x/week for 6 weeks",
        "grab bars",
    ],
    ["chest pain", "falls since"],
    ["new coffee place on Main"],
)

S(
    "v_pt08_high_ankle_sprain_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 20, "97112": 13},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: alright marcus last visit today how does it feel
P: honestly like normal i played pickup saturday full court
T: no pain
P: like a one after maybe a one out of ten the next morning then nothing
T: okay and no giving way no rolling it
P: no giving way not once since like week four
T: good so the high ankle sprain the syndesmosis thats a slow one and you did it right
P: yeah the boot was the worst part
T: single leg hop test today your right is ninety four percent of your left
P: ninety four thats good right
T: we wanted over ninety so thats met y balance is within four centimeters side to side also met
P: sick
T: and your l e f s is seventy eight out of eighty it was thirty one at the start
P: i dont even remember what that is
T: the lower extremity functional scale the questionnaire with the stairs and running
P: oh yeah
T: today we did twenty minutes of exercise the calf raises the lateral hops the band walks
P: the band walks are so annoying
T: and thirteen minutes of balance the foam and the ball toss on one leg
P: i dropped it like twice
T: you did fine so home program calf raises three sets of twenty every day and the hops three times a week keep it up for two months
P: do i still wear the brace
T: for basketball yes the lace up brace for the next three months
P: my girlfriend says i walk weird still
T: your gait looks normal to me today no limp
P: ha ill tell her that
T: youre discharged good luck at the rec league
P: thanks for everything man
""",
    [
        "1/10|a one out of ten",
        "94 percent|ninety four percent",
        "4 centimeters|four centimeters",
        "78/80|seventy eight out of eighty",
        "31|thirty one",
        "three sets of twenty|3 x 20",
        "lace up brace",
        "no limp",
        "syndesmosis",
    ],
    ["giving way"],
    ["my girlfriend says i walk weird"],
)
S(
    "v_pt09_scoliosis_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 12},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: hi emma and mom right
C: yes im jen
T: so the orthopedist sent you for the scoliosis the adolescent idiopathic one and your curve is twenty eight degrees
C: twenty eight on the x ray in october and she is not in a brace
T: okay any back pain emma
P: sometimes after marching band like a three out of ten in the middle of my back
T: a three any numbness in the legs or trouble with your bladder
P: no none of that
C: no numbness she would of told me
T: okay good so your right shoulder sits higher and the rib hump on the forward bend measures seven degrees on the scoli ometer
P: is that bad
T: its mild its what we expected with that curve so with no other health problems and a pretty simple picture this is a low complexity evaluation
C: low is good
T: low is good so were going to start the schroth exercises breathing into the concave side
P: the what side
T: the side that caves in on the left here lets do it in side lying
P: this feels so weird
T: it always does at first we did twelve minutes of exercise today the rotational breathing and the side lying shifts
C: how often should she do them at home
T: twenty minutes a day most days and before band practice if she can
P: can i still play the tuba
C: she carries it like a mile in the parade
T: for now yes and well look at how you carry it goals are pain zero with band and keep the curve from getting worse with the brace doctor
C: makes sense
T: once a week for eight weeks then recheck with the x ray
C: our dog ate her retainer last night so thats been our week
P: mom
T: oh no okay see you next tuesday
""",
    [
        "adolescent idiopathic|scoliosis",
        "28 degrees|twenty eight",
        "3/10|three out of ten",
        "7 degrees|seven degrees",
        "schroth",
        "concave side",
        "once a week for eight weeks|1x/week for 8 weeks",
        "right shoulder sits higher",
    ],
    ["numbness in the legs", "trouble with your bladder"],
    ["our dog ate her retainer"],
)

S(
    "v_pt10_post_polio_eval",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97116": 9, "97110": 6},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Mr. Haddad, welcome. And you're his daughter?
C: Leila. I'm the one who made him come.
T: Good. So you had polio as a child, and now new weakness in the right leg, the post-polio syndrome?
P: I was six. Lebanon, nineteen fifty-six. Now, seventy-four, the leg is going again.
T: What's the hardest thing now?
P: Getting out of the car. And the fatigue. By two in the afternoon I'm done.
T: Pain?
P: Aching in the right thigh, maybe a four. Worse in the cold.
T: Any breathing problems, trouble swallowing?
P: No trouble swallowing. No breathing problems.
C: He brought you baklava, by the way. It's in the car.
T: Okay. Falls this year?
C: Three. The last one he hit his head on the radiator.
T: Right knee extension three minus over five, left four plus over five. He uses a single point cane and a knee brace from the nineteen-eighties.
P: It still works!
T: It does, barely. Six-minute walk, two hundred sixty meters, and he stopped twice.
C: He pushed himself, I could see it.
T: With three falls, the heart condition, the fatigue and the old brace, this is a high complexity evaluation.
P: High. Like my golf score.
T: Today we did nine minutes of gait training with the cane on the carpet and tile, and six minutes of light exercise, not more. With post-polio we don't push to exhaustion.
C: So he shouldn't do his hour on the treadmill?
T: No. Short bouts, rest in between. Goals: no falls, car transfers on his own, and a new knee-ankle-foot orthosis from the orthotist.
P: A new brace. Finally.
T: Twice a week for six weeks, and energy conservation, rest before you're tired.
C: Should he use the wheelchair at the mall? He refuses.
P: I refuse.
T: For long distances, like the mall, a wheelchair saves energy for the things you care about. We can talk about it next time.
""",
    [
        "post-polio",
        "4/10|maybe a four",
        "3-/5|three minus over five",
        "4+/5|four plus over five",
        "single point cane",
        "260 meters|two hundred sixty meters",
        "3 falls|Three. The last one",
        "knee-ankle-foot orthosis",
        "twice a week for six weeks|2x/week for 6 weeks",
        "car transfers",
    ],
    ["trouble swallowing", "breathing problems"],
    ["He brought you baklava", "Like my golf score"],
)

S(
    "v_pt11_quad_tendon_pta",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 26, "97116": 9, "97530": 8},
    [],
    "97110x2:GP,CQ 97116x1:GP,CQ",
    """
T: Hi Mr. Novak. Knee okay after last time?
P: Sore the next day. The stairs at my son's place. He lives over the bakery, twenty-two steps.
T: Oof. Pain now?
P: Now, sitting, a one. On the stairs it was a five.
T: Any redness or drainage at the incision?
P: No, it's healed. Nothing coming out.
T: Good. By the way, the office checked: you're at about two thousand one hundred dollars for PT this year, so you're not at the Medicare threshold yet. No KX on today's bill.
P: Okay, whatever you say.
T: Straight leg raise first, let me see the quad set. No lag today.
P: No lag, that's good?
T: That's great, last week it lagged ten degrees. Knee flexion is a hundred and ten degrees.
P: I wanna get back on the bicycle.
T: Soon. Exercise today, leg press, the step-downs, the bridges: twenty-six minutes.
P: Then the walking outside, that was what, nine minutes?
T: Yep, nine minutes of gait on the ramp and the curb. Then a little functional stuff, the floor transfer, eight minutes.
P: Getting up off the floor, that's the one I need, for the grandkids.
T: You did it with one hand on the chair. Your wife still bringing you?
P: She drops me off and goes to the casino.
T: Ha. Okay, keep the step-downs, two sets of ten, and I'll see you Friday.
P: Two by ten. Friday.
T: And use the rail on your son's stairs. Every time.
P: Every time.
T: And the knee immobilizer, you're done with that at home, the PT said so at the last visit.
P: Good, I hated that thing. It itched like crazy under there.
T: Just keep the scar moisturized. Any questions before you go?
P: Can I drive yet? It's my right knee.
T: That's for your surgeon at the appointment next week. Ask him.
""",
    [
        "1/10|a one",
        "5/10|a five",
        "22 steps|twenty-two steps",
        "110 degrees|a hundred and ten degrees",
        "No lag",
        "two sets of ten|2 x 10",
        "floor transfer",
        "hand on the chair",
    ],
    ["redness or drainage"],
    ["goes to the casino"],
)

S(
    "v_pt12_achilles_tendinopathy_pta",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 17, "97140": 8},
    [],
    "97110x1:GP,CQ 97140x1:GP,CQ",
    """
T: hey doreen hows the heel
P: um its getting there mornings are still rough the first few steps
T: first few steps how bad
P: like a six then after my coffee its like a two
T: six in the morning two later any swelling at the back of the heel
P: a little bump but its always there thats the hagg lund thing the doctor said
T: the haglunds yeah thats the bone bump okay no burning or tingling in the foot
P: no burning no tingling
T: good so were doing the heel raises off flat ground not off the step because its the insertional kind
P: why not the step again
T: dropping the heel down squeezes the tendon against the bone so flat floor for now
P: oh okay that makes sense
T: so the heel raises three sets of fifteen and then the bike and the calf stretch you did eight minutes and then another nine after the massage so seventeen minutes of exercise
P: it went fast
T: and then the soft tissue to the calf and the ankle mobs thats eight minutes of manual
P: the calf was so knotted
T: you work at the hospital pharmacy right standing all day
P: twelve hour shifts on concrete
T: get the cushioned shoes the ones with the little heel lift we talked about
P: i ordered them they come friday
T: dorsiflexion today is eight degrees on the left
P: is that better
T: it was zero two weeks ago so yeah
P: my husband keeps saying i should just rest it completely
T: tell him the tendon likes load just the right amount
P: the right amount okay ill tell him that
T: and no barefoot at home wear the slippers with the back
""",
    [
        "6/10|like a six",
        "2/10|like a two",
        "haglunds|hagg lund",
        "insertional",
        "three sets of fifteen|3 x 15",
        "8 degrees|eight degrees",
        "heel lift",
        "hospital pharmacy",
    ],
    ["burning", "tingling"],
    ["my husband keeps saying"],
)

S(
    "v_pt13_proximal_humerus_59",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97530": 13, "97140": 11, "97110": 6},
    [],
    "97530x1:GP,59 97140x1:GP",
    """
T: Hi Ruth. How's the shoulder? Eight weeks since the fall now.
P: Better. I can brush my hair again. Well, most of it.
T: Ha. Pain?
P: A three. At night a four, if I roll on it.
T: Any tingling down the arm, numbness in the hand?
P: No, nothing like that.
T: Good. Let's check flexion. Active flexion a hundred and ten degrees, external rotation thirty degrees.
P: Is that good for a broken shoulder?
T: For a proximal humerus fracture at eight weeks, that's right on track. First I did the joint mobilizations and the soft tissue around the shoulder blade, eleven minutes.
P: That's my favorite part.
T: Everyone's. Then, separately, the functional part: reaching into the cupboard, putting the cans up on the shelf, hanging the towels. That was thirteen minutes.
P: The soup cans. I used to have those on the top shelf.
T: Middle shelf for now. And a few minutes of the pulley and the wand at the end, about six minutes.
P: My arm was tired by then.
T: Yeah, I saw that. So at home, the wand exercises, ten reps, three times a day. And the pendulums.
P: I do them while the kettle boils.
T: Perfect. Your grandson still visiting?
P: Went back to college on Sunday. Took all my cookies.
T: Of course he did. Next week we'll add light weights.
P: Pink ones?
T: One pound, pink if you want. Goal is getting the mug from the top shelf by the end of next month.
P: My good mug.
T: Your good mug.
P: Should I still sleep in the recliner?
T: You can try the bed with a pillow under the arm. If the night pain goes past a four, back to the recliner for a few days.
P: Pillow under the arm. I'll try it tonight.
T: Good. See you Tuesday.
""",
    [
        "3/10|A three",
        "4/10|a four",
        "110 degrees|a hundred and ten degrees",
        "30 degrees|thirty degrees",
        "proximal humerus",
        "cupboard",
        "ten reps, three times a day|10 reps 3x/day",
        "pendulums",
    ],
    ["tingling down the arm", "numbness in the hand"],
    ["Took all my cookies"],
)

S(
    "v_pt14_concussion_progress",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97112": 19, "97110": 9},
    [],
    "97112x1:GP 97110x1:GP",
    """
T: Okay Diego, progress visit. That's visit ten since the concussion in the rugby match.
P: Ten visits. Time flies when you're dizzy.
T: Ha. Symptoms today? Headache, dizziness?
P: Headache's a one. Dizziness, maybe a two when I turn my head fast.
T: Nausea? Any vomiting?
P: No nausea. No vomiting for weeks.
T: Good. Dizziness Handicap Inventory today is twenty-two. At the start it was fifty-eight.
P: Big drop.
T: Big drop. Goals: goal one, read for thirty minutes without a headache. Met. You said you finished the whole economics chapter.
P: Whole chapter. Forty pages.
T: Goal two, jog on the treadmill without symptoms: partly met, you're at ten minutes before the headache starts.
P: Yeah, at ten it creeps in.
T: Goal three, return to contact: not met. That's the doctor's call after you pass the exertion test.
P: Coach keeps texting me.
T: Coach can wait. Today we did the gaze stabilization and the walking with head turns, nineteen minutes of that.
P: The head turns in the hallway are the worst.
T: And nine minutes on the bike, heart rate up to one forty.
P: No headache on the bike today!
T: None. That's new. Plan is twice a week for four more weeks, then the return to play steps.
P: My roommate says I should just play video games to train my eyes.
T: Ha. Not the same thing. Screen breaks every thirty minutes, still.
P: Every thirty, got it.
T: And sleep. How many hours are you getting?
P: Like seven. Eight on the weekend.
T: Good. Keep it regular, same bedtime. Caffeine?
P: One coffee in the morning. That's it.
T: That's fine. Any questions about the return to play steps?
P: How many steps are there?
T: Six steps, at least a day each, and you go back a step if symptoms come back. Your doctor signs off on the last one.
""",
    [
        "1/10|a one",
        "2/10|maybe a two",
        "22|twenty-two",
        "58|fifty-eight",
        "thirty minutes without a headache|30 minutes",
        "10 minutes before the headache|ten minutes before the headache",
        "gaze stabilization",
        "140|one forty",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["nausea", "vomiting"],
    ["play video games to train my eyes"],
)

S(
    "v_pt15_total_ankle_reeval_kx",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 21, "97116": 12},
    ["97164"],
    "97164x1:GP,KX 97110x1:GP,KX 97116x1:GP,KX",
    """
T: Mr. Pruitt, re-evaluation today. Twelve weeks since the total ankle replacement.
P: Twelve weeks. Still not walking like I want.
T: Where's the pain today?
P: A four on the front of the ankle when I walk more than a block.
T: Swelling?
P: By evening, yeah. The sock line.
T: Any calf pain, redness in the calf?
P: No calf pain.
T: Okay. Dorsiflexion today is five degrees, plantarflexion twenty-five. At the last re-eval it was minus five.
P: So better.
T: Better. Six-minute walk, three hundred ten meters with no device. Last time two hundred forty with the cane.
P: I left the cane in the truck.
T: I noticed. One thing I have to tell you: between the PT after your knee last spring and this, your therapy total for the year has passed the Medicare threshold. So from today the claims carry the KX modifier, which says you still need it and it's medically necessary.
P: I do need it. I can't climb on the combine like this.
T: Right, the farm. New goals then: walk a quarter mile on the gravel, climb the combine ladder with both rails, and six-minute walk over four hundred meters.
P: Four hundred. Okay.
T: Today, twenty-one minutes of exercise, the calf work and the step-ups. Then twelve minutes of gait on the gravel path and the grass.
P: The gravel's tricky.
T: You caught your toe once. Plan: twice a week for six more weeks.
P: Harvest is in October.
T: Then that's our deadline.
P: And the boot? I still have it in the closet.
T: No boot. Good supportive work boots, laced all the way up. And ice fifteen minutes after a long day in the field.
P: My wife will be happy I'm not limping into the house.
T: Ha. Tell her the cane goes back in the truck for good if the gravel goes well.
P: I'll tell her. She's at the county fair judging pies today.
""",
    [
        "4/10|A four",
        "5 degrees|five degrees",
        "25|twenty-five",
        "310 meters|three hundred ten meters",
        "240|two hundred forty",
        "combine ladder",
        "400 meters|four hundred meters",
        "twice a week for six more weeks|2x/week for 6 weeks",
        "medically necessary",
    ],
    ["calf pain"],
    ["judging pies"],
    kx=True,
)

S(
    "v_pt16_femoral_shaft_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 25, "97116": 7},
    [],
    "97110x2:GP",
    """
T: so this is your last visit ahmed how does the leg feel
P: good its good i walked to the mosque friday and back no crutch
T: how far is that
P: like um half a mile maybe a bit more
T: pain
P: a one maybe after the long walk a two the next day in the thigh
T: any pain at the hip where the nail went in
P: no not there anymore not since last month
T: good so your femur fracture with the i m nail is healed on the x ray the surgeon said full weight bearing no restrictions
P: yes he said i can play soccer in the summer
T: in the summer yes not next week so strength hip abduction is four plus over five knee extension five over five
P: five is the best one right
T: five is normal the l e f s today sixty nine out of eighty it was twenty two at the start
P: twenty two wow
T: single leg stance thirty seconds both sides so goals all met
P: all met
T: all met so today twenty five minutes of exercise the squats the step ups the lunges
P: the lunges are hard still
T: and then a short walk outside about seven minutes just to check the curbs
P: the curbs are easy now
T: home program squats and lunges three sets of ten three times a week and walk every day
P: can i go back to driving the delivery van
T: thats for the surgeon but your leg is strong enough to brake my cousin drives a van too he says the seats are bad
P: yeah the seats are terrible
T: congratulations youre discharged
P: thank you can i call if it hurts again
T: yes call us anytime
""",
    [
        "half a mile",
        "1/10|a one",
        "2/10|a two the next day",
        "i m nail|intramedullary nail",
        "4+/5|four plus over five",
        "5/5|five over five",
        "69/80|sixty nine out of eighty",
        "30 seconds|thirty seconds",
        "all met",
        "three sets of ten three times a week|3 x 10, 3x/week",
    ],
    ["pain at the hip"],
    ["my cousin drives a van too"],
)
S(
    "v_ot01_de_quervain_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97760": 18},
    ["97165"],
    "97165x1:GO 97760x1:GO",
    """
T: hi priya so its the right wrist on the thumb side
P: yeah right here its been about two months since the baby
T: and its worse when you lift her
P: so much worse like an eight out of ten when i pick her up from the crib
T: eight and resting
P: resting maybe a two
T: any numbness or tingling in the fingers
P: no numbness no tingling just the sharp pain
T: okay the finkel steins test is positive on the right negative on the left so that fits the de quervains
P: is that like tendonitis
T: its the tendons on the thumb side getting squeezed in their tunnel so grip strength right is fourteen kilograms left is twenty six
P: wow thats a big difference
T: it is so this is a pretty straight forward picture new mom otherwise healthy so a low complexity evaluation
P: okay
T: today i made you the thumb spica splint custom out of the thermoplastic that fitting and the teaching took eighteen minutes
P: it feels tight around the thumb
T: let me trim that edge okay better
P: yeah thats better
T: wear it at night and when youre doing the heavy lifting not all day your thumb needs to move
P: what about when i feed her
T: the bottle is fine hold her with your forearm under her not the thumb like this the scoop
P: oh thats the lift my mom does
T: goals lift the baby with pain two out of ten or less and grip over twenty kilograms
P: my mother in law thinks i should just stop holding her
T: not an option once a week for six weeks see you next week
P: okay see you next week
""",
    [
        "finkel steins|Finkelstein",
        "de quervains|De Quervain",
        "8/10|an eight out of ten",
        "2/10|maybe a two",
        "14 kilograms|fourteen kilograms",
        "26|twenty six",
        "thumb spica",
        "once a week for six weeks|1x/week for 6 weeks",
        "at night",
    ],
    ["numbness", "tingling"],
    ["my mother in law thinks"],
)

S(
    "v_ot02_right_stroke_neglect_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 12},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Mr. Lindqvist, I'm the occupational therapist. And you're...?
C: His husband, Paul.
T: Hi Paul. So the stroke was on the right side of the brain, three weeks ago, and it's the left side that's weak.
P: Left arm doesn't listen.
T: And things on the left side, do you notice them?
C: He doesn't. He ate only the right half of his plate last night. And he bumps the door frame on the left.
T: That's the left neglect we see on the line bisection, he marked the line way off to the right. Any pain in the left shoulder?
P: Sometimes. A five when you lift it.
T: Okay, no pulling on that arm. Any problems swallowing?
C: No swallowing problems. Speech therapist cleared him in the hospital.
T: Good. Dressing: upper body he needs moderate assistance, lower body maximal assistance. Toileting moderate assistance.
P: I can do my shirt.
C: Half your shirt, honey.
T: Ha. Grip on the left is four kilograms, right thirty-two.
P: Four. Wow.
T: With the neglect, the high blood pressure, the diabetes and the steps into your house, this is a high complexity evaluation.
C: Three steps, no rail. I've been meaning to put one in.
T: Please do. So today I spent twelve minutes teaching dressing, the one-handed way, left arm in the sleeve first.
P: Bad arm first.
T: Bad arm first. And a red strip on the left edge of the table, so he looks for it.
C: I can do that at home with tape.
T: Exactly. Goals: upper body dressing with minimal assistance, and he finds everything on his plate with one cue.
C: By the way, your receptionist has the best laugh.
T: Three times a week for six weeks.
""",
    [
        "left neglect",
        "line bisection",
        "5/10|A five",
        "moderate assistance",
        "maximal assistance",
        "4 kilograms|four kilograms",
        "32|thirty-two",
        "left arm in the sleeve first|Bad arm first",
        "Three times a week for six weeks|3x/week for 6 weeks",
        "1 cue|one cue",
    ],
    ["swallowing problems"],
    ["your receptionist has the best laugh"],
)

S(
    "v_ot03_mallet_finger_ota",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 11, "97535": 9},
    [],
    "97110x1:GO,CO 97535x1:GO,CO",
    """
T: Hi Walt. How's the finger? Let me see the splint.
P: Still on. I haven't taken it off once. Well. Once, in the shower, but I kept it flat on the counter.
T: That's the right way. Six weeks since the mallet finger, right middle finger. The doctor cleared you to start the bending?
P: Yeah, Monday. Slowly, he said.
T: Slowly. Any pain at the tip?
P: Like a one. Sore more than pain.
T: Any redness on the skin under the splint?
P: No redness. I check it with the mirror.
T: Good. The DIP joint, we've got an extension lag of ten degrees, flexion to twenty-five degrees.
P: Is the droop going to stay?
T: Ten degrees is small, it often gets better. So we did the gentle blocking exercises and the tendon glides, eleven minutes.
P: That blocking one is weird.
T: It's just that one joint bending. And then nine minutes on the splint care and skin checks, and how to do the buttons and the keys without jamming that finger.
P: The truck keys, yeah. And the tackle box.
T: The tackle box? Still going out on the lake?
P: Every Saturday. The walleye are biting.
T: Ha. Careful with the hooks. So keep the splint on at night for two more weeks, off in the day for the exercises.
P: Night only. Finally.
T: And if the droop gets worse, you call us.
P: I'll call.
T: Your OT will re-check you next visit, Thursday.
P: Tell her I said hi.
T: Will do. One more thing, when the splint's off, no gripping the steering wheel with that finger bent hard.
P: I drive with the palm anyway. Old habit.
T: Good habit. And no cracking that knuckle.
P: Ha. No promises.
""",
    [
        "mallet finger",
        "1/10|Like a one",
        "10 degrees|ten degrees",
        "25 degrees|twenty-five degrees",
        "blocking exercises",
        "tendon glides",
        "splint care",
        "at night for two more weeks|2 weeks",
    ],
    ["redness"],
    ["The walleye are biting"],
)

S(
    "v_ot04_rheumatoid_ota_kx",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 18, "97535": 13},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: hi mrs ferreira how are the hands today
P: stiff stiff this morning took like an hour to loosen up
T: an hour of morning stiffness okay pain
P: knuckles are a five out of ten today the right is worse
T: any new swelling or hot joints
P: no hot joints the rheumy changed the methotrexate shot last month and its helping
T: good one thing the front desk told me your o t visits this year are over the medicare threshold so today goes out with the k x modifier
P: is that bad
T: no it just tells medicare you still need it and its medically necessary your o t signed the update
P: okay good i still cant open anything
T: thats what were doing today so first the kitchen tasks the jar and the milk jug and the cutting board with the built up knife eighteen minutes
P: the jug is heavy
T: both hands under it thats joint protection and then the self care part the button hook and the zipper pull and the long handled sponge thirteen minutes
P: i like the zipper thing
T: grip today right is nine kilograms left is eleven
P: is that better
T: right was seven in october so yes
P: my granddaughter painted my nails for me sunday purple
T: they look great okay so use the jar opener on the wall no twisting with the fingers
P: the wall one yes my son put it up
T: and the wrist splints at night both
P: both yeah
T: see you thursday
P: oh wait should i still do the wax bath at home
T: yes ten minutes in the morning it helps the stiffness then do your finger exercises right after while theyre warm
P: okay the wax and then the fingers
T: and if a joint gets hot and puffy call the rheumy that day
""",
    [
        "rheumatoid|rheumy",
        "morning stiffness",
        "5/10|five out of ten",
        "methotrexate",
        "built up knife",
        "button hook",
        "9 kilograms|nine kilograms",
        "7|was seven",
        "jar opener",
        "medically necessary",
    ],
    ["hot joints"],
    ["painted my nails for me sunday purple"],
    kx=True,
)

S(
    "v_ot05_boxer_fracture_59",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 12, "97530": 14, "97110": 8},
    [],
    "97530x1:GO,59 97140x1:GO",
    """
T: Hey Troy. Fifth metacarpal, week five. How's it feeling?
P: Fine. A two. Only hurts when I make a tight fist.
T: And we are not punching anything.
P: No walls. I learned.
T: Good. Any numbness on the pinky side?
P: No numbness.
T: Let's start with the scar and the joint mobs on the knuckle. That was fifteen minutes, no wait, that was twelve not fifteen. Twelve minutes of manual.
P: It felt good, whatever.
T: Then, separately, the work tasks: the drill, the screwdriver, carrying the toolbox by the handle. Fourteen minutes of that.
P: The drill was heavy.
T: You're an electrician, you need the drill. Grip today right twenty-eight kilograms, left forty-four.
P: Still way behind.
T: It was eighteen two weeks ago. And then eight minutes of the putty and the finger extension work at the end.
P: The blue putty.
T: Blue putty. Knuckle flexion on the fifth MCP is seventy degrees today.
P: My boss asked if I can come back Monday.
T: Light duty. No ladders with that hand yet. I'll send a note to your doctor.
P: The new guy at work is a Packers fan. Ruins every lunch.
T: Ha. Keep the putty twice a day and the fist stretch.
P: Got it. And the scar rub?
T: Scar massage two minutes, three times a day, with lotion.
P: Okay.
T: See you Wednesday.
P: Can I go back to the gym? Just legs?
T: Legs yes. No bench press, no pull-ups for two more weeks. And no gripping the bar with the right.
P: Legs only. Two weeks.
T: And wear the buddy strap on the ring and small finger at work.
P: The little velcro thing.
T: The little velcro thing. Every shift.
""",
    [
        "Fifth metacarpal|boxer",
        "2/10|A two",
        "28 kilograms|twenty-eight kilograms",
        "44|forty-four",
        "18|eighteen two weeks ago",
        "70 degrees|seventy degrees",
        "drill",
        "Light duty",
        "putty twice a day",
    ],
    ["numbness on the pinky side"],
    ["That was fifteen minutes", "a Packers fan"],
)

S(
    "v_ot06_hand_burn_reeval",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 14, "97140": 9},
    ["97168"],
    "97168x1:GO 97110x1:GO 97140x1:GO",
    """
T: Ms. Abara, today's the re-evaluation. Eight weeks since the grill burn on the back of your left hand.
P: Partial thickness, they said. The graft on the knuckles.
T: Right. How's the itch?
P: The itch is worse than the pain. Pain's a two. Itch is like a seven.
T: Okay. Wearing the compression glove?
P: Twenty-three hours a day. Off for showers.
T: Good. Any open areas, blisters on the graft?
P: No blisters. No open spots.
T: Good. Composite fist, the fingertips reach one and a half centimeters from the palm. At the eval it was four centimeters.
P: I can hold my coffee now.
T: Vancouver scar scale today is six, it was nine. Grip twenty kilograms on the left, the right thirty.
P: I'm a line cook. I need that grip.
T: So new goals: full fist, lift the stock pot with both hands, and tolerate the heat of the kitchen with the glove on.
P: The stock pot is like thirty pounds.
T: We'll work up to it. Today, the stretches and the fist work, fourteen minutes.
P: The stretching hurt a little.
T: And nine minutes of scar massage and the retrograde massage on the graft.
P: That part's actually nice.
T: Twice a week for six more weeks, I'll send the new plan to the surgeon.
P: Do I still need the silicone sheet?
T: At night, yes, under the glove.
P: My manager keeps asking when I'm back. We lost two cooks to the Applebee's.
T: Ha. Let's get the stock pot first.
P: And sunscreen on the graft? My sister said so.
T: Yes, every time you go outside, for the first year at least. The graft burns easy and can darken.
P: Okay. The SPF fifty?
T: SPF fifty or higher. Under the glove's fine, on top of the hand if it's out.
""",
    [
        "Partial thickness",
        "2/10|Pain's a two",
        "7/10|like a seven",
        "compression glove",
        "1.5 centimeters|one and a half centimeters",
        "4 centimeters|four centimeters",
        "Vancouver scar scale",
        "20 kilograms|twenty kilograms",
        "twice a week for six more weeks|2x/week for 6 weeks",
        "silicone sheet",
    ],
    ["blisters"],
    ["We lost two cooks"],
)

S(
    "v_ot07_central_cord_discharge",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97535": 23, "97110": 10},
    [],
    "97535x1:GO 97110x1:GO",
    """
T: Okay Mr. Castellanos, last OT visit today.
P: Finally. No offense.
T: None taken. So, central cord syndrome after the fall off the ladder in March. Where are we?
P: Hands are the slowest. But I'm dressing myself.
T: All of it?
P: All of it. Buttons take me a while.
T: Dressing upper and lower body, independent with the button hook. Met. Bathing independent with the shower chair. Met.
P: The chair's nice actually.
T: Nine hole peg test, right hand thirty-eight seconds, left forty-five. At the eval it was over two minutes.
P: I couldn't even pick up the pegs.
T: You couldn't. Grip is twenty-two kilograms right, nineteen left.
P: Any burning in my hands still?
T: You tell me.
P: Not really. No burning since the new pill.
T: Good. Today we did the kitchen, the meal prep with the rocker knife and opening the cans, and the medication setup. Twenty-three minutes.
P: The can opener, I hate it.
T: The electric one's easier for you. And ten minutes of the hand strengthening with the therapy putty and the pegs.
P: I'll keep doing the putty.
T: Home program: putty every day, the pegs three times a week, and the grip trainer. Goal three, cutting meat on your own: partly met, you still need the rocker knife.
P: The rocker knife is fine.
T: It's fine. I'd say you're safe to be home alone all day now.
P: My wife goes back to work Monday.
T: Good timing. You're discharged from OT.
P: And if my hands get worse again?
T: Then you call your doctor and we get a new order. Watch for new weakness or dropping things more often.
P: I'll watch.
T: And keep going to the PT for the walking, that's still twice a week, right?
P: Twice a week till Christmas. My wife drives me.
""",
    [
        "central cord syndrome",
        "button hook",
        "shower chair",
        "38 seconds|thirty-eight seconds",
        "45|forty-five",
        "22 kilograms|twenty-two kilograms",
        "19|nineteen left",
        "rocker knife",
        "partly met",
        "putty every day",
    ],
    ["burning"],
    ["No offense"],
)

S(
    "v_ot08_scapholunate_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97110": 10, "97535": 5},
    ["97166"],
    "97166x1:GO 97110x1:GO",
    """
T: hi okay so this is the left wrist the scapholunate ligament repair
P: yeah s l ligament he put a pin in and took it out last week
T: six weeks since the surgery and the cast came off friday
P: friday yeah it feels like its not my hand
T: pain right now
P: like a four it gets to a six if i try to push up from the chair
T: okay any numbness in the thumb or the fingers
P: no numbness
T: wrist extension today is twenty degrees flexion fifteen degrees
P: thats not much is it
T: its early your right side is seventy and seventy five you work at the bank
P: teller i type all day and count cash
T: with the early surgery the job and the arthritis in the other wrist this is a moderate complexity evaluation
P: okay
T: so today the active range and the dart throwers motion like this ten minutes of exercise
P: the dart throwing one feels weird but okay
T: and five minutes on how to do stuff one handed for now the toothpaste the jar the seat belt
P: the seat belt is the worst
T: no pushing up on that hand and no lifting over a coffee cup
P: a coffee cup okay
T: goals wrist extension fifty degrees type for an hour and count cash with both hands
P: my boss wants me back in two weeks
T: well see twice a week for eight weeks
P: my dog knocked me over thats how it happened the golden retriever
T: i remember he sounds like a lot
P: he is a lot he is ninety pounds of love
T: well no walking him with the left hand for now okay
P: okay right hand only
""",
    [
        "scapholunate|s l ligament",
        "4/10|like a four",
        "6/10|to a six",
        "20 degrees|twenty degrees",
        "15 degrees|fifteen degrees",
        "dart throwers",
        "teller",
        "twice a week for eight weeks|2x/week for 8 weeks",
        "no lifting over a coffee cup",
    ],
    ["numbness in the thumb"],
    ["he sounds like a lot"],
)

S(
    "v_ot09_als_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 17},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Mr. Bergstrom, I'm the OT. And you're his wife?
C: Ingrid. Forty-one years.
T: Congratulations. So the ALS was diagnosed in May, and it started in the hands.
P: Couldn't button my shirt. Thought it was arthritis.
T: What's hardest now?
P: Eating. The fork falls out. And typing, I was an accountant, now I peck.
T: Any choking with meals?
C: No choking. The speech therapist saw him last week, he's on regular food still.
T: Good. Any pain?
P: Cramps in the hands at night, a three maybe. No pain in the day.
T: Grip right is eight kilograms, left twelve. Key pinch two kilograms.
P: Eight. I used to open pickle jars for the whole church.
T: Dressing: upper body minimal assistance, buttons dependent. Feeding with setup and a built-up fork, modified independent.
C: I cut his meat.
T: With the diagnosis that keeps changing, the breathing test last month, and planning ahead for equipment, this is a high complexity evaluation.
P: High. Sounds right.
T: Today I spent seventeen minutes on the adaptive equipment: the built-up utensils, the universal cuff, the zipper pull, and the voice typing on the phone.
P: Talking to the phone. I like that.
T: Goals: feed himself all meals with equipment, dress with his wife's help for buttons only, and use voice typing for emails.
C: And the shower? He's scared of falling.
T: Tub bench and grab bars, I'll write it down. Once a week for eight weeks, then we see.
C: Our grandson set up the phone thing already.
P: He's twelve. Knows everything.
T: Then he can help with the emails too. Next time, bring the utensils you use at home and I'll show you which ones to build up.
C: We have the fancy silver from the wedding.
T: Maybe not the fancy silver. Regular forks are easier to build up with the foam.
""",
    [
        "amyotrophic lateral sclerosis|ALS was diagnosed",
        "3/10|a three",
        "8 kilograms|eight kilograms",
        "12|left twelve",
        "2 kilograms|two kilograms",
        "built-up fork|built-up utensils",
        "universal cuff",
        "voice typing",
        "Tub bench",
        "Once a week for eight weeks|1x/week for 8 weeks",
    ],
    ["choking", "pain in the day"],
    ["open pickle jars for the whole church", "He's twelve. Knows everything"],
)

S(
    "v_ot10_lumbar_fusion_ota_kx",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 19, "97530": 12},
    [],
    "97535x1:GO,CO,59,KX 97530x1:GO,CO,KX",
    """
T: Morning, Mrs. Oyelaran. How's the back?
P: Stiff. A four this morning. I slept in the recliner again.
T: Any numbness or tingling in the legs?
P: No, not since the surgery.
T: Good. Quick thing from the front desk: with the OT you had after your shoulder in the spring, your OT total this year is past the Medicare threshold. So from today we put the KX modifier on, which says it's still medically necessary. Your OT updated the plan.
P: As long as Medicare still pays.
T: That's what it's for. Okay, back precautions. No bending, no lifting, no twisting. BLT.
P: Like the sandwich.
T: Like the sandwich. So first the dressing with the reacher and the sock aid, the long shoehorn, and the toilet with the raised seat. Nineteen minutes.
P: The sock aid's getting easier.
T: You did both socks in under two minutes. Then twelve minutes of the kitchen: getting the pan from the low cupboard with the reacher, carrying the laundry basket on the walker tray.
P: The laundry, I did it wrong. I twisted.
T: A little. You caught yourself. Log roll out of bed, you did that perfect.
P: My daughter put a bar by the bed.
T: Good. Keep the reacher by the chair. Any pain after the kitchen part?
P: A five. Then it settled.
T: Okay, we'll split it up next time. Ice twenty minutes at home if you need it.
P: I watched the whole Hallmark marathon on Sunday.
T: Ha. Every one of them has the same ending.
P: That's why I like them.
T: See you Friday.
P: Oh, should I wear the brace in the car?
T: Yes, in the car and when you're up walking more than a few minutes. Not in bed.
P: Car and walking. Not in bed.
T: And no driving yourself, the surgeon hasn't cleared that.
""",
    [
        "4/10|A four",
        "BLT|No bending, no lifting, no twisting",
        "sock aid",
        "reacher",
        "raised seat",
        "log roll",
        "5/10|A five",
        "2 minutes|under two minutes",
        "medically necessary",
    ],
    ["numbness or tingling"],
    ["Hallmark marathon", "the same ending"],
    kx=True,
)

S(
    "v_ot11_index_amputation_ota",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 9, "97535": 16},
    [],
    "97110x1:GO,CO 97535x1:GO,CO",
    """
T: hey luis hows the hand doing
P: its okay the tip still feels like its on fire sometimes
T: the index tip where it was taken off how bad
P: like a six when i bump it otherwise a two
T: okay thats the hyper sensitivity thats why we do the texture stuff any phantom feelings like the finger is still there
P: yeah sometimes at night like its itching
T: that happens a lot after a finger amputation any drainage from the stump
P: no drainage its all closed
T: good so the desensitization the rice bucket and the cotton and the velcro then the range for the middle finger nine minutes
P: the velcro is the worst
T: it is then the work stuff the saw handle practice the tape measure the pencil with the built up grip sixteen minutes
P: the pencil is easier with the fat one
T: you work in the cabinet shop right
P: yeah the table saw thats how it happened
T: so the push stick every time
P: every time i swear
T: tip to palm for the middle finger is zero centimeters so it touches
P: its the index thats gone so the middle has to do everything
T: and your pinch with the thumb and middle is five kilograms
P: is that good
T: your o t will look at it on tuesday it was three last week
P: my nephew wants me to teach him the lathe
T: ha tell him the push stick too texture program three times a day five minutes
P: three times a day
T: and wear the silicone cap on the tip at work for now it protects it when you bump it
P: the cap is hot though my hand sweats in it
T: take it off on breaks and let the skin breathe then back on
P: okay on breaks off
T: see you thursday
""",
    [
        "amputation",
        "6/10|like a six",
        "2/10|otherwise a two",
        "phantom",
        "desensitization",
        "rice bucket",
        "push stick",
        "5 kilograms|five kilograms",
        "3 times a day|three times a day",
    ],
    ["drainage"],
    ["teach him the lathe"],
)

S(
    "v_ot12_radial_head_59",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97530": 10, "97140": 9, "97110": 7},
    [],
    "97530x1:GO,59 97140x1:GO",
    """
T: Hi Maren. How's the elbow this week?
P: Better. I could carry a grocery bag. Small one.
T: Pain?
P: A three. When I turn a doorknob it's a five.
T: Turning is the hard one after a radial head fracture. Any clicking, catching in the elbow?
P: No catching. It just aches.
T: Good. So first, the joint mobilization and the soft tissue on the forearm. Nine minutes.
P: That helped. It feels looser.
T: Then, separately, the functional part: the doorknob board, turning the key, pouring the water jug, and the screwdriver. Ten minutes.
P: The key was hard.
T: Supination today is fifty degrees, pronation seventy. Elbow extension is minus fifteen.
P: Minus is bad?
T: Minus means it doesn't go all the way straight yet. And then a few minutes of the wrist weights at the end, seven minutes.
P: I was tired by then.
T: It showed. So at home, the towel stretch, the palm-up turns with the hammer, three sets of ten.
P: The hammer from the garage?
T: The light one. Hold it near the head.
P: My sister-in-law's getting married in June. I want to hold the champagne glass without spilling.
T: Ha. That's a real goal.
P: I'm serious.
T: I'm writing it down. Twice a week, see you Thursday.
P: And I still wear the sling?
T: No sling. Not since last week.
P: Right. Okay.
T: And the ice at home, ten minutes after the exercises if it's sore. Not before.
P: After. Got it. What about carrying the laundry basket?
T: Hold it close, both hands, palms up. Don't carry it with the arm straight out.
P: Palms up, close to my body.
T: That's it. And no yoga downward dog yet, that's a lot of weight through the elbow.
P: Oh, I hadn't even thought about that. Okay.
""",
    [
        "radial head fracture",
        "3/10|A three",
        "5/10|it's a five",
        "50 degrees|fifty degrees",
        "70|pronation seventy",
        "minus fifteen|-15",
        "doorknob board",
        "three sets of ten|3 x 10",
    ],
    ["catching in the elbow"],
    ["My sister-in-law's getting married"],
)

S(
    "v_ot13_tbi_cognition_progress",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97129": 15, "97130": 9, "97535": 8},
    [],
    "97129x1:GO 97130x1:GO",
    """
T: Okay Jordan, progress report today. And your mom's here.
C: Hi. I'm Denise.
T: Hi Denise. So it's been ten visits since the brain injury, the car accident in August.
P: I don't remember the accident. I remember the ambulance.
T: That's common. How are the headaches?
P: Two out of ten today. Mostly when I'm tired.
T: Any seizures since you got home?
C: No seizures. He takes the Keppra, I check the box every night.
T: Good. The MoCA today is twenty-five out of thirty. At the evaluation it was nineteen.
C: That's a big jump.
T: It is. Goal one, use the phone calendar for all appointments: met. He put this visit in himself.
P: With the alarm.
T: With the alarm. Goal two, follow a recipe with three steps without missing one: partly met, two out of three trials today.
P: I forgot the salt.
T: You forgot the salt. Goal three, manage his own pill box for a week: not met, still needs his mom to check.
C: He missed Tuesday.
T: So today, the cognitive work, the planning and the memory strategies with the grocery list and the bus map, twenty-four minutes.
P: The bus map was hard.
T: Then eight minutes of setting up the pill box with the checklist.
P: Can I drive yet?
T: Not yet. That's a driving evaluation later, with the doctor's okay.
C: His cousin got engaged at the Metallica show last week, can you believe it.
T: Ha. That's a story. Plan is twice a week for six more weeks.
P: Six weeks. Okay.
C: Should he go back to his classes in January?
T: One class to start, online if possible, with extra time. We'll work on the note-taking strategies before then.
P: One class. The history one.
T: Good. Pick the one you like most.
""",
    [
        "2/10|Two out of ten",
        "25/30|twenty-five out of thirty",
        "19|it was nineteen",
        "phone calendar",
        "He put this visit in himself",
        "2/3|two out of three trials",
        "partly met",
        "not met",
        "pill box",
        "twice a week for six more weeks|2x/week for 6 weeks",
    ],
    ["seizures"],
    ["His cousin got engaged at the Metallica show"],
    cog=24,
)

S(
    "v_ot14_distal_biceps_discharge",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "test",
    {"97110": 16, "97530": 9},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: Mr. Achebe, last visit. Twelve weeks since the distal biceps repair.
P: Twelve weeks. I can lift my daughter again.
T: How much does she weigh now?
P: Twenty-six pounds. Almost two.
T: Pain?
P: Zero most days. One after the gym.
T: The gym. Are you following the weight limits?
P: Ten pounds curls, like you said. No heavier.
T: Good. Any numbness on the forearm?
P: Just a little patch here, but it's smaller. No, not really numbness anymore.
T: Okay. Elbow flexion a hundred and forty degrees, extension zero, full supination. Supination strength is ninety percent of the other side.
P: Ninety. Nice.
T: QuickDASH today is nine. At the start it was fifty-two.
P: Fifty-two, I couldn't do anything.
T: Goals: lift your daughter, met. Turn a screwdriver for ten minutes, met. Back to full duty at the warehouse, met, as of Monday.
P: Forklift and the scanner. No problem.
T: Today, the strengthening with the bands and the dumbbells, sixteen minutes, then nine minutes of the lifting from the floor, the boxes onto the shelf.
P: The boxes were easy.
T: Home program: the bands three times a week, and keep your curls under fifteen pounds for one more month.
P: And then?
T: Then slowly up. Never jerk a heavy box. That's how it tore.
P: Never again.
T: You're discharged. Any questions?
P: Did the Bucks win last night?
T: No idea. Go look it up.
P: Ha. Okay. And if it hurts again?
T: If you feel a pop or a sudden pain at the front of the elbow, or a bulge in the arm, you call the surgeon that day.
P: A pop. Got it.
T: And warm up before the gym, five minutes on the bike, then the light weights first.
P: Warm up first. Okay. Thanks for everything.
T: You did the work.
""",
    [
        "distal biceps",
        "26 pounds|Twenty-six pounds",
        "140 degrees|a hundred and forty degrees",
        "90 percent|ninety percent",
        "QuickDASH",
        "9|is nine",
        "52|fifty-two",
        "3x/week|three times a week",
        "under fifteen pounds|15 pounds",
    ],
    ["numbness on the forearm"],
    ["Did the Bucks win"],
)
S(
    "v_slp01_radiation_dysphagia_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Mr. Tran, I'm the speech pathologist. Your oncologist sent you for the swallowing.
P: Since the radiation. For the throat cancer. Nasopharynx, they said.
T: When did the radiation end?
P: July. Thirty-five treatments. Now everything sticks.
T: Where does it stick?
P: Here. Behind the Adam's apple. Bread is the worst.
T: Any coughing or choking when you drink?
P: Coughing sometimes, with coffee. No choking.
T: Any pneumonia since the treatment?
P: No pneumonia. No fever.
T: Good. Weight?
P: I lost eighteen pounds. My wife makes me the shakes.
T: Dry mouth?
P: Terrible. I carry water everywhere.
T: Okay. Oral exam: tongue strength is reduced, the jaw opens three finger widths. That's good, we keep that.
P: They told me about the jaw getting stuck.
T: Trismus, yes, so keep stretching it. On the clinical swallow today, thin water by cup, you coughed on two of five sips. With a chin tuck, zero of five.
P: The chin tuck thing works.
T: It does. Soft and bite-sized solids, level six, you needed three swallows per bite and extra water.
P: That's how every meal is.
T: So my recommendation: level six soft and bite-sized, thin liquids with the chin tuck, and a modified barium swallow to look inside.
P: The x-ray one.
T: The x-ray one. Then therapy twice a week for eight weeks, the swallowing exercises, the Masako and the effortful swallow.
P: Okay. My granddaughter's wedding is in April. I'd like to eat the cake.
T: That's a good goal. I'm writing it down.
P: Should I still eat bread?
T: Not for now. Bread and dry meat are the hardest after radiation. Moist foods, gravy, sauces, and a sip after every bite.
P: Gravy on everything. My wife will love that.
T: And the fluoride trays for your teeth, keep using them, the dentist will be happy.
""",
    [
        "nasopharynx|Nasopharynx",
        "18 pounds|eighteen pounds",
        "Dry mouth",
        "Trismus",
        "2/5|two of five sips",
        "0/5|zero of five",
        "level 6|level six",
        "chin tuck",
        "modified barium swallow",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["pneumonia", "choking"],
    ["My wife will love that"],
)

S(
    "v_slp02_phonological_slpa",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi mateo hi mom ready for the sound game
C: he practiced in the car the whole way here
T: oh yeah which sounds
C: the k and the g the back sounds he still says tat for cat
P: tat no cat
T: you did it cat thats the one so mom were still on the fronting the t for k swap
C: yes his teacher at preschool noticed too
T: okay so today k at the start of words with the picture cards he got sixteen out of twenty thats eighty percent
C: last week it was like half
T: last week was eleven out of twenty so fifty five percent big jump
P: cookie cookie
T: cookie good job the g sound at the start was harder nine out of twenty forty five percent
C: he says doe for go
T: yeah we used the mirror and the tongue tip down cue the tongue depressor on the tip
P: it tickles
T: it tickles i know so cues were moderate verbal and visual cues for the g
C: and no ear infections since the tubes in may
T: good to know no ear infections and no hearing worries
C: no he passed the hearing test in september
T: great homework practice cards five minutes a day with the k words only this week
C: five minutes i can do that
T: and ill tell the s l p how he did she sees him next time for the progress check
C: okay is it still twice a week
T: twice a week yes
P: can i have a sticker
T: you can have two stickers
C: he wants the dinosaur one
T: the dinosaur one it is see you thursday mateo
P: bye bye
""",
    [
        "fronting",
        "16/20|sixteen out of twenty",
        "80 percent|eighty percent",
        "11/20|eleven out of twenty",
        "9/20|nine out of twenty",
        "45 percent|forty five percent",
        "mirror",
        "moderate verbal and visual cues",
        "five minutes a day|5 minutes a day",
    ],
    ["ear infections"],
    ["he wants the dinosaur one"],
)

S(
    "v_slp03_psp_dysphagia_kx",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Good afternoon, Mrs. Kowalczyk. And Stan.
C: Afternoon. She had a rough night.
T: Oh no. Coughing?
C: Coughing at dinner. The soup.
T: The soup was thin?
C: Chicken noodle. I forgot to thicken it.
T: That happens. Mrs. Kowalczyk, any fever since?
P: No fever.
C: I took it this morning, ninety-eight point two.
T: Good. Before we start, billing: with your PT after the fall and the speech this year, the total has passed the Medicare threshold. So today's swallowing visit goes out with the KX modifier, since it's still medically necessary with the PSP.
C: Progressive supranuclear palsy. I can say it now.
T: You can. Okay, today's trials. Mildly thick, level two, by teaspoon with the chin tuck: eighteen out of twenty with no cough, that's ninety percent.
P: The spoon is slow.
T: Slow is safe. By cup, level two: twelve out of twenty, sixty percent. So still spoon only.
C: Spoon only. Got it.
T: Minced and moist, level five, she needed the verbal cue every bite to look down at the plate.
C: Because her eyes don't go down anymore.
T: Right, that's the PSP. So the plate up on the book stand, at eye level.
P: I like the stand.
T: Effortful swallow, three sets of ten with maximal cues.
C: She's tired by the end.
T: I saw. Keep meals to thirty minutes, two smaller snacks in between.
P: Stan makes good pudding.
C: Butterscotch.
T: Pudding's perfect. Next visit Thursday.
C: Should I still thicken her morning coffee?
T: Yes, every drink, level two. The coffee too. Use the gel, it doesn't get lumpy in hot drinks.
C: The gel. Okay. The powder gets lumpy.
T: It does. And sit her all the way up, ninety degrees, for every meal and thirty minutes after.
""",
    [
        "progressive supranuclear palsy|PSP",
        "level 2|level two",
        "18/20|eighteen out of twenty",
        "90 percent|ninety percent",
        "12/20|twelve out of twenty",
        "60 percent|sixty percent",
        "level 5|level five",
        "book stand",
        "spoon only",
        "medically necessary",
    ],
    ["fever"],
    ["Butterscotch"],
    kx=True,
)

S(
    "v_slp04_chemo_brain_cognition",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 14},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi Carolyn. How's the week been?
P: Foggy. I left the stove on Tuesday. Only for a minute, but still.
T: That's the chemo fog you told me about. Since the last round in September?
P: Since then. Breast cancer's gone, the brain's not back.
T: Any headaches, dizziness?
P: No headaches. No dizziness.
T: Good. You're back at the library part-time?
P: Three mornings. I keep losing the thread at the reference desk.
T: That's what we're working on. Today was twenty-nine minutes of the cognitive work. Attention drills, the word list, then the planner.
P: The word list was humbling.
T: Immediate recall eight of ten, delayed after the distraction five of ten. Last week delayed was three of ten.
P: Five. I'll take it.
T: And with the planner, you used the strategy on your own, four of five tasks, minimal cues.
P: The color codes help.
T: They do. So the stove: a timer every time you turn it on, and the sticky note on the knob.
P: My husband already put one on there. In capitals.
T: Ha. Good man. For work, the notebook at the desk, write the patron's question before you go look.
P: Before I go look. Yes.
T: And the rest breaks, ten minutes every hour at work. Those don't count as practice.
P: Ten minutes every hour.
T: Twice a week still, and your progress visit is in two weeks.
P: My book club's reading War and Peace. Terrible timing.
T: Ha. Maybe the audiobook.
P: Can I take notes while I listen?
T: Yes, that's even better. Stop after each chapter and write two lines about what happened. That's memory practice too.
P: Two lines per chapter. Okay.
T: And bring the planner next time so we can look at the week together.
""",
    [
        "chemo fog|chemo brain",
        "8/10|eight of ten",
        "5/10|five of ten",
        "3/10|three of ten",
        "4/5|four of five tasks",
        "minimal cues",
        "timer",
        "notebook",
        "Twice a week|2x/week",
    ],
    ["headaches", "dizziness"],
    ["War and Peace"],
    cog=29,
)

S(
    "v_slp05_autism_aac_progress",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi zara hi dad so today is the progress check its been ten visits with the talker
C: she loves it she takes it everywhere even the bath almost
T: ha not the bath so the a a c device the tablet with the core words
C: yes
T: goal one request a snack or toy with two words on the device she did it eighteen out of twenty today thats ninety percent met
C: she said want bubbles at the park yesterday
T: want bubbles thats great goal two answer yes or no questions with the device fourteen out of twenty seventy percent partly met we wanted eighty
P: more more
T: more you want more bubbles okay goal three greet people on the device with a model fifteen out of twenty partly met she needs a model every time
C: she doesnt do hi on her own yet
T: not yet any seizures or staring spells
C: no seizures no staring spells and the meltdowns are less like once a day before it was four or five
T: thats a lot better any new words out loud
C: she says mama and up and no out loud
T: no is a great word
C: not for me
T: ha so were staying at twice a week for twelve more weeks with new goals two word phrases for comments like big truck
C: she loves trucks the garbage truck comes tuesday she screams at the window
T: perfect thats our practice time model it on the talker truck go
C: truck go okay
P: go go
T: go see you thursday zara
C: say bye
P: bye bye
T: bye zara she said bye out loud did you hear that
""",
    [
        "a a c device|AAC",
        "core words",
        "18/20|eighteen out of twenty",
        "90 percent|ninety percent",
        "14/20|fourteen out of twenty",
        "70 percent|seventy percent",
        "15/20|fifteen out of twenty",
        "partly met",
        "twice a week for twelve more weeks|2x/week for 12 weeks",
        "once a day",
    ],
    ["seizures", "staring spells"],
    ["she screams at the window"],
)

S(
    "v_slp06_ilo_vocal_fold_dysfunction",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hey brooke how was practice this week
P: better i only had one attack on thursday during the four hundred
T: one attack the throat closing thing
P: yeah like breathing through a straw and the noise when i breathe in
T: the stri door the high noise okay and did you use the rescue breathing
P: yeah the sniff and the pursed lip out and it stopped in like a minute
T: thats huge so the inducible laryngeal obstruction sometimes called vocal cord dysfunction it responds to exactly that
P: my coach thought it was asthma for a year
T: a lot of people do did the inhaler help ever
P: no never helped not once
T: okay so today we did the breathing recovery on the treadmill you got your heart rate to one seventy
P: and i didnt have one
T: no episode on the treadmill today the rescue breathing you did it on your own eight out of ten times with no cue
P: the other two i forgot
T: the other two i cued you so minimal verbal cues
P: okay
T: any chest pain with the episodes
P: no chest pain just the throat
T: good and the throat clearing
P: way less my mom says i dont do the hacking thing
T: so homework the breathing five times a day and before every race
P: before every race
T: your regionals are when
P: in three weeks in columbus
T: okay we have four more visits lets get you ready
P: my mom wants to know if i can do the relay too
T: ask the doctor but i dont see why not
P: okay oh and i got a new puppy his name is noodle
T: noodle thats a great name
""",
    [
        "inducible laryngeal obstruction|vocal cord dysfunction",
        "1 attack|one attack",
        "rescue breathing",
        "170|one seventy",
        "8/10|eight out of ten",
        "minimal verbal cues",
        "5 times a day|five times a day",
        "stri door|stridor",
    ],
    ["chest pain"],
    ["his name is noodle"],
)

S(
    "v_slp07_trach_dysphagia_discharge",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Mr. Yazzie, last visit today. How are meals?
P: Good. I had mutton stew Sunday. Regular.
T: Regular diet, level seven, and thin liquids. No coughing?
P: No coughing. Not since the trach came out.
T: That was in October. And the voice is stronger too.
P: My grandkids can hear me now.
C: He yells at the TV again. So he's back.
T: Ha. Any pneumonia, any fever since the hospital?
C: No pneumonia. No fevers. I checked every day at first.
T: Good. Weight?
C: Up nine pounds from the lowest.
T: Good. So the goals: eat a regular diet with no signs of aspiration: met. Today twenty out of twenty trials of thin water by straw, no cough, hundred percent.
P: The straw was the scary one.
T: It was. Goal two, eat a meal in thirty minutes: met, lunch today took twenty-two minutes.
P: I was hungry.
T: Goal three, independent with the swallow strategies: met. You remembered the small bites and the sip between, no cues.
P: Small bites. My wife reminds me anyway.
C: Somebody has to.
T: Home program: keep the Shaker exercise, the head lifts, once a day for a month, and sit up after meals.
P: The head lifts. Okay.
T: Any coughing again, weight loss, a fever, you call and we see you again.
C: We will.
T: So you're discharged from speech therapy.
P: Thank you. Tell the front desk girl I said thanks too.
T: I will. She'll miss your jokes.
C: Can he have the fry bread at the powwow next month?
T: He can. It's regular food. Small bites, and sit down to eat it, not walking around.
P: Sit down. Okay.
C: He always walks around.
T: Then you remind him. And the water bottle with him.
P: Okay, okay.
""",
    [
        "level 7|level seven",
        "thin liquids",
        "20/20|twenty out of twenty",
        "100 percent|hundred percent",
        "9 pounds|nine pounds",
        "22 minutes|twenty-two minutes",
        "small bites",
        "Shaker exercise",
        "once a day for a month",
    ],
    ["pneumonia", "coughing"],
    ["She'll miss your jokes"],
)

S(
    "v_slp08_late_talker_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hi, you must be Noor. And Mom?
C: Yes, Samira. The pediatrician said to come, she's two and a half and only has about twenty words.
T: Okay. Does she understand more than she says?
C: Oh, way more. She brings me her shoes when I say we're going out.
T: That's a good sign. Any ear infections?
C: No ear infections. Her hearing test at the clinic was normal in August.
T: Good. Any trouble with eating, chewing?
C: No, she eats everything. Hummus, rice, you name it.
T: Great. So today I did the full speech and language evaluation, the speech sounds and the understanding and the talking. On the PLS-5, auditory comprehension standard score ninety-two, that's average.
C: Okay, good.
T: Expressive communication, seventy-four. That's below average.
C: So she's behind on the talking part.
T: On the talking, yes. Speech sounds: she uses m, b, d, n, and she drops the ends of words. "Ba" for ball.
P: Ba!
T: Ball, yes! She imitated six of ten words today with a model.
C: She did more than at home.
T: Kids show off here. So the diagnosis is an expressive language delay. Goals: fifty words by spring, two-word combinations like more milk, and the final sounds in words.
C: How often?
T: Once a week for twelve weeks, and I'll teach you the strategies, the pause and wait, and naming everything she points at.
C: We speak Arabic at home too. Is that bad?
T: No, keep both languages. Count her words in both.
C: Oh good. My mother-in-law said to stop the Arabic.
T: Please don't. Both count.
P: Ba!
T: Ball! Good. So next week, bring two of her favorite toys, and we'll start.
C: She has a stuffed camel. She won't leave it anywhere.
T: Perfect, bring the camel.
""",
    [
        "20 words|twenty words",
        "92|ninety-two",
        "74|seventy-four",
        "PLS-5",
        "6/10|six of ten words",
        "expressive language delay",
        "fifty words|50 words",
        "2-word|two-word combinations",
        "Once a week for twelve weeks|1x/week for 12 weeks",
    ],
    ["ear infections"],
    ["My mother-in-law said to stop the Arabic"],
)

S(
    "v_slp09_conduction_aphasia_slpa",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi mister petrakis hows your week
P: good good the the the fishy no the fishing fishing
T: you went fishing
P: yes with my my son the the boat
T: nice okay so today were doing the repeating again the phrases the long ones
P: repeat hard very hard
T: i know thats the conduction aphasia the repeating is the hardest part so single words you got nineteen out of twenty
P: good
T: very good ninety five percent then the three word phrases twelve out of twenty sixty percent
P: sixty not good
T: its better it was eight out of twenty last week forty percent
P: oh okay okay
T: and the long sentences four out of ten with the written cue moderate cues
P: i see the words it helps
T: the written words help you yes any headaches this week
P: no no head no headache
T: good and your wife said no new falls
P: no falls
T: okay homework the phrase cards you read them out loud and then cover them and say it ten minutes a day
P: ten minute yes
T: and the s l p will see you next time for your progress check
P: the lady the lady with the with the glasses
T: yes her ha so the fish what did you catch
P: the the big one the trout no the bass bass
T: a bass nice you said it
P: my grandson he eat it he eat all of it
T: ha see you next week
P: next week yes the the tuesday
T: tuesday yes at ten
P: ten good thank you thank you
T: youre welcome and bring the phrase cards back so the s l p can see which ones you did
P: the cards yes i bring
""",
    [
        "conduction aphasia",
        "19/20|nineteen out of twenty",
        "95 percent|ninety five percent",
        "12/20|twelve out of twenty",
        "60 percent|sixty percent",
        "8/20|eight out of twenty",
        "4/10|four out of ten",
        "moderate cues",
        "ten minutes a day|10 minutes a day",
    ],
    ["headache", "falls"],
    ["he eat all of it"],
)

S(
    "v_slp10_myotonic_dystrophy_kx",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: hi mr lachance hi denise hows eating this week
P: slow slow everything is slow my jaw gets tired
C: he takes like an hour for supper now
T: an hour okay any choking episodes
C: no choking he coughs on the coffee sometimes
T: and any chest infections fever
C: no fever no chest infections since the hospital in march
T: good okay billing thing first the office says between the p t for his legs this year and the speech hes past the medicare threshold so this visit has the k x modifier on it
C: does that mean we pay
T: no it means medicare knows he still needs it its still medically necessary with the myotonic dystrophy
P: the my tonic yeah my mother had it too
T: okay so today the trials soft and bite sized level six with the alternating sips he did fourteen out of twenty bites with no cough seventy percent
C: last time it was like half
T: last time it was ten out of twenty fifty percent thin coffee by cup with the chin down eight out of ten with no cough
P: the chin down
T: chin down every sip and small sips from a cup no straw
C: no straw okay
T: and he needed the verbal cue to swallow twice every bite min verbal cues
P: twice swallow
T: good so at home meals no longer than forty minutes then stop and have a shake later
C: forty minutes and the shake
T: and the jaw exercises the opening and the chewing tube three times a day
P: three times
C: the snow plow buried our mailbox again this morning
T: oh no see you tuesday
C: see you tuesday
""",
    [
        "myotonic dystrophy|my tonic",
        "level 6|level six",
        "14/20|fourteen out of twenty",
        "70 percent|seventy percent",
        "10/20|ten out of twenty",
        "8/10|eight out of ten",
        "chin down",
        "no straw",
        "40 minutes|forty minutes",
        "medically necessary",
    ],
    ["choking", "chest infections"],
    ["buried our mailbox again"],
    kx=True,
)

S(
    "v_slp11_encephalitis_cognition",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 15, "97130": 25},
    [],
    "97129x1:GN 97130x2:GN",
    """
T: Hi Aisha. And your sister's here today.
C: Hi, I'm Fatima. I drive her Tuesdays.
T: Thanks for coming. So it's been three months since the autoimmune encephalitis, the anti-NMDA receptor kind.
P: I still don't remember most of January.
T: That's expected. How's the memory for new things this week?
P: Better? I used the planner every day.
C: She did. I checked.
T: Any seizures, any headaches?
C: No seizures. Not since February.
P: No headaches either.
T: Good. So today was forty minutes of cognitive work. The paragraph recall, the planning task, and the medication schedule.
P: Forty? Felt like twenty.
T: It flew by. Paragraph recall, immediate eleven of fifteen details, delayed after ten minutes eight of fifteen.
P: Eight. I thought I had more.
T: Last time it was five. And the planning task, the week of meals with the budget, you did it in twelve minutes with two cues.
C: She used to run a restaurant.
T: I can tell. The medication schedule, she set up the week with no errors, minimal cues.
P: The alarm on the phone.
T: Yes. Goal for the next month: back to her part-time bookkeeping with a checklist.
P: I want to drive too.
T: That's a doctor question, after the neuropsych testing in June.
C: Our mom says she needs to eat more fish for the brain.
T: Ha. Can't hurt. Twice a week, and keep the planner.
P: The planner. Every day.
C: Should she be doing the crossword puzzles? Our aunt swears by them.
T: They're fine for fun. The planner and the checklist are the real practice, because they're what she needs at work.
P: I like the puzzles though.
T: Then do them. Just don't skip the planner for them.
P: Deal.
""",
    [
        "anti-NMDA receptor|autoimmune encephalitis",
        "11/15|eleven of fifteen",
        "8/15|eight of fifteen",
        "5|it was five",
        "12 minutes|twelve minutes",
        "two cues|2 cues",
        "no errors",
        "minimal cues",
        "part-time bookkeeping",
        "Twice a week|2x/week",
    ],
    ["seizures", "headaches"],
    ["eat more fish for the brain"],
    cog=40,
)

S(
    "v_slp12_apraxia_progress",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Mr. Quigley, progress report today. Ten visits since the stroke left you with the apraxia of speech.
P: Ten. Feels like... fif... fifty.
T: Ha. Let's go through the goals. Goal one, say the automatic phrases, hello, thank you, counting to ten, with no cues. Met. Twenty out of twenty today.
P: Thank you.
T: You're welcome. Goal two, two-syllable words with minimal cues. Sixteen out of twenty, eighty percent. Met.
P: Good.
T: Goal three, short phrases to order at a restaurant. Nine out of twenty, forty-five percent, moderate cues. Not met.
P: Hard. The... the... coffee.
T: Coffee, black? You got it. That's the one we'll keep working on.
P: Yes.
T: Any trouble swallowing, coughing with drinks?
P: No. No cough.
T: Good. Any new weakness in the arm or face?
P: No.
C: I'm his neighbor, Bev. I drive him. He's talking to the mailman now.
T: That's a big deal. Intelligibility in conversation, about seventy percent to someone who doesn't know him, my guess.
C: I get most of it.
T: So new goals: phrases of three to five words for ordering and the phone, and a script for calling his daughter.
P: Daughter. Yes.
T: Twice a week for eight more weeks. At home, the script cards every day, and the tapping.
C: The tapping with the hand?
T: The rhythm with the hand, one tap per syllable.
C: He's been watching the golf all week.
P: Tiger.
T: Tiger! That was clear. Say it again?
P: Tiger. Woods.
T: Two words, perfect. Okay, so homework, the script cards, ten minutes a day, and call your daughter on Sunday with the script.
C: I'll sit with him for the call.
T: Good. Let him try first before you help.
C: I'll bite my tongue.
""",
    [
        "apraxia of speech",
        "20/20|Twenty out of twenty",
        "16/20|Sixteen out of twenty",
        "80 percent|eighty percent",
        "9/20|Nine out of twenty",
        "45 percent|forty-five percent",
        "Not met",
        "70 percent|seventy percent",
        "Twice a week for eight more weeks|2x/week for 8 weeks",
        "1 tap per syllable|one tap per syllable",
    ],
    ["trouble swallowing", "new weakness"],
    ["He's been watching the golf all week"],
)

S(
    "v_slp13_post_extubation_discharge",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: okay mrs adeyemi last visit today how is the eating
P: good i am eating everything now jollof rice chicken everything
T: regular diet level seven and thin liquids
P: yes thin everything
T: any coughing with drinks
P: no coughing no not since december
T: any fever or chest infections
P: no fever no
T: good so the swallow problem after the breathing tube the two weeks in the i c u thats healed
P: the tube was terrible my throat was like sand paper
T: and the voice is back too no hoarseness
P: no hoarse my voice is normal my church choir took me back
T: so goals eat regular food with no coughing met today twenty out of twenty bites and sips no signs of aspiration
P: twenty out of twenty
T: a hundred percent goal two finish a meal in thirty minutes met you did lunch in eighteen minutes today
P: because i was hungry
T: ha goal three go back to eating at the restaurant with friends met you went saturday
P: yes the buffet
T: home program keep sitting up for meals and the chin tuck if anything sticks and call us if the coughing comes back
P: i will call
T: any weight loss
P: no i gained four pounds back
T: good so youre discharged from speech therapy
P: thank you my daughter says thank you too she made you puff puff
T: oh thats so kind well share it at lunch
P: take two
T: i will take two thank you and if the swallowing gets hard again or you get a cough with eating you call the doctor
P: yes i call the doctor
T: and keep singing in the choir thats good for the voice too
P: yes sunday every sunday
""",
    [
        "level 7|level seven",
        "thin liquids",
        "20/20|twenty out of twenty",
        "100 percent|a hundred percent",
        "18 minutes|eighteen minutes",
        "4 pounds|four pounds",
        "chin tuck",
        "i c u|ICU",
        "no signs of aspiration",
    ],
    ["coughing", "fever", "hoarseness", "weight loss"],
    ["she made you puff puff"],
)

S(
    "v_slp14_laryngectomy_tep",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mr. Haugen. Let me hear the voice.
P: Good... morning.
T: Good morning! That's clear. How's the prosthesis, the TEP, since we changed it?
P: Better. No... leaking.
T: No leaking when you drink?
P: None. Coffee, water, fine.
T: Good. And the stoma? Any redness, crusting?
C: I'm his wife, Marit. I check it every night. No redness. A little crusting in the morning, I clean it.
T: That's normal with the dry air. Keep the humidifier going.
C: It's on all night.
T: Good. So today, the voice practice. Reading sentences with the hands-free valve.
P: Hands-free... hard.
T: It is. He got twelve of twenty sentences with the hands-free valve without air leaking around the seal. Sixty percent.
C: Last week?
T: Seven of twenty, thirty-five percent. With the finger on the stoma, he got nineteen of twenty.
P: Finger... easy.
T: Finger's easy. Phrase length with one breath, average eight words today. It was five.
P: Eight.
T: And loudness, we measured seventy decibels at the table.
C: The Vikings lost again, by the way. He yelled.
T: Ha. Good voice for yelling. We'll keep at it. Homework: the reading, ten minutes, twice a day, with the valve.
P: Okay.
T: And clean the prosthesis with the brush, morning and night.
C: He wants to do the Lutheran choir again. Not sing. Just read the scripture.
T: Reading scripture is a perfect goal. Let's make it one. Twice a week, see you Thursday.
P: Thank... you.
C: What if it leaks again? Like last time, at night?
T: Then you use the plug, the little blue one, and call us in the morning. If he coughs when he drinks, it's probably leaking.
C: The blue plug. It's in the drawer by the sink.
T: Good. Keep it there.
""",
    [
        "TEP|prosthesis",
        "hands-free valve",
        "12/20|twelve of twenty",
        "60 percent|Sixty percent",
        "7/20|Seven of twenty",
        "35 percent|thirty-five percent",
        "19/20|nineteen of twenty",
        "8 words|eight words",
        "70 decibels|seventy decibels",
        "humidifier",
    ],
    ["No leaking", "redness"],
    ["The Vikings lost again"],
)


# ---------------------------------------------------------------------------------------------
# Rules (independent implementation of the brief's answer-key conventions)
# ---------------------------------------------------------------------------------------------

# 97763 and 97036 added to blind3's list: PRODUCT.md names them as timed codes.
TIMED = {
    "97110",
    "97112",
    "97116",
    "97140",
    "97530",
    "97535",
    "97542",
    "97750",
    "97760",
    "97763",
    "97129",
    "97130",
    "97032",
    "97033",
    "97035",
    "97036",
}
UNTIMED = {
    "97161",
    "97162",
    "97163",
    "97164",
    "97165",
    "97166",
    "97167",
    "97168",
    "92507",
    "92521",
    "92522",
    "92523",
    "92524",
    "92526",
    "92610",
    "97150",
    "G0283",
}
EVAL_CODES = {
    ("PT", "evaluation"): {"97161", "97162", "97163"},
    ("PT", "re-evaluation"): {"97164"},
    ("OT", "evaluation"): {"97165", "97166", "97167"},
    ("OT", "re-evaluation"): {"97168"},
    ("SLP", "evaluation"): {"92521", "92522", "92523", "92524", "92610"},
}
ALL_EVAL = set().union(*EVAL_CODES.values())
COMPLEXITY = {
    "97161": "low",
    "97162": "moderate",
    "97163": "high",
    "97165": "low",
    "97166": "moderate",
    "97167": "high",
}
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ROLES = {"PT": {"PT", "PTA"}, "OT": {"OT", "OTA"}, "SLP": {"SLP", "SLPA"}}
NOTE_TYPES = {"evaluation", "daily", "progress", "re-evaluation", "discharge"}
# Pairs kept out of the data on purpose: the brief's 59 rule does not cover them, while NCCI /
# CPT guidance does say something about them (see README).
AVOID_PAIRS = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, {"97164"}),
    ({"97530"}, ALL_EVAL - {"97164"}),
    ({"97760"}, {"97116"}),
    ({"92507"}, {"92526"}),
    ({"92526"}, {"92610"}),
    ({"92507", "92526"}, {"97129", "97130"}),
]


def units_for(minutes):
    return 0 if minutes < 8 else (minutes - 8) // 15 + 1


def compute_units(timed, rule, problems, sid):
    if rule == "per-code":
        return {c: units_for(m) for c, m in timed.items()}
    total = sum(timed.values())
    budget = units_for(total)
    units = {c: m // 15 for c, m in timed.items()}
    left = budget - sum(units.values())
    if left < 0:
        problems.append(f"{sid}: negative leftover units")
        return units
    rest = sorted((c for c in timed if timed[c] % 15), key=lambda c: -(timed[c] % 15))
    if left > len(rest):
        problems.append(f"{sid}: more leftover units than candidate codes")
    if 0 < left < len(rest) and timed[rest[left - 1]] % 15 == timed[rest[left]] % 15:
        problems.append(f"{sid}: tie in remaining minutes decides a unit ({rest[left - 1]} vs {rest[left]})")
    for c in rest[:left]:
        units[c] += 1
    return units


def compute_key(s, problems):
    sid = s["id"]
    units = compute_units(s["timed"], s["rule"], problems, sid)
    codes = {}
    for c in s["untimed"]:
        codes[c] = 1
    for c in s["timed"]:
        if units[c] > 0:
            codes[c] = units[c]
    mods = {}
    for c in codes:
        m = [DISC_MOD[s["discipline"]]]
        if s["role"] in ASSIST_MOD:
            m.append(ASSIST_MOD[s["role"]])
        if c == "97530" and "97140" in codes:
            m.append("59")
        if c == "97535" and "97530" in codes:
            m.append("59")
        if s["kx"]:
            m.append("KX")
        mods[c] = m
    return codes, mods


def parse_key(key):
    codes, mods = {}, {}
    for item in key.split():
        code_units, mod = item.split(":")
        code, n = code_units.split("x")
        codes[code] = int(n)
        mods[code] = mod.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORD_RE = re.compile(r"\b(" + "|".join(ONES + TENS[2:] + ["hundred"]) + r")\b", re.I)


def number_forms(n):
    forms = [str(n)]
    if n < 20:
        forms.append(ONES[n])
    elif n < 100:
        t, o = divmod(n, 10)
        if o == 0:
            forms.append(TENS[t])
        else:
            forms += [f"{TENS[t]}-{ONES[o]}", f"{TENS[t]} {ONES[o]}"]
    return forms


def said(n, text):
    return any(re.search(r"(?<![\w.])" + re.escape(f) + r"(?![\w])", text, re.I) for f in number_forms(n))


LINE_RE = re.compile(r"^([TPC]):\s*(\S.*)$")
SPEAKER = {"T": "therapist", "P": "patient", "C": "caregiver"}


def build_segments(s, problems):
    rng = random.Random(int(hashlib.sha256(s["id"].encode()).hexdigest()[:12], 16))
    segs, t = [], 0.0
    for raw in s["text"].strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = LINE_RE.match(raw)
        if not m:
            problems.append(f"{s['id']}: bad transcript line {raw[:40]!r}")
            continue
        text = m.group(2).strip()
        words = len(text.split())
        dur = max(0.8, words / 2.1 * rng.uniform(0.9, 1.1))
        start = round(t, 1)
        end = round(t + dur, 1)
        segs.append({"start": start, "end": end, "speaker": SPEAKER[m.group(1)], "text": text})
        t = end + rng.uniform(0.5, 1.4)
    return segs


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_session(s, segs, problems):
    sid = s["id"]
    p = lambda msg: problems.append(f"{sid}: {msg}")  # noqa: E731
    if not re.fullmatch(r"v_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("v_" + s["discipline"].lower()):
        p("id prefix does not match discipline")
    if s["split"] not in ("dev", "test"):
        p("bad split")
    if s["role"] not in ROLES.get(s["discipline"], ()):
        p("role does not fit discipline")
    if s["note_type"] not in NOTE_TYPES:
        p("bad note type")
    if s["rule"] not in ("cms", "per-code"):
        p("bad rule")
    if (s["role"] in ASSIST_MOD or s["role"] == "SLPA") and s["note_type"] != "daily":
        p("assistant on a non-daily note")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        p("SLPA on a Medicare (cms) session")
    if s["kx"] and s["rule"] != "cms":
        p("KX outside a Medicare (cms) session")
    if s["kx"] and not ("threshold" in s["text"].lower() and ("KX" in s["text"] or "k x" in s["text"])):
        p("KX without the threshold and the modifier said")

    # codes present
    for c in s["timed"]:
        if c not in TIMED:
            p(f"{c} is not a timed code")
        if s["timed"][c] <= 0:
            p(f"{c} has no minutes")
    for c in s["untimed"]:
        if c not in UNTIMED:
            p(f"{c} is not an untimed code")
    if "97010" in s["timed"] or "97010" in s["untimed"]:
        p("97010 listed")
    if "G0283" in s["untimed"] and s["rule"] != "cms":
        p("G0283 outside a cms session")
    evals = {c for c in s["untimed"] if c in ALL_EVAL}
    want = EVAL_CODES.get((s["discipline"], s["note_type"]))
    if want is None:
        if evals:
            p("eval code on a note that is not an evaluation")
    elif len(evals) != 1 or not evals <= want:
        p(f"needs exactly one of {sorted(want)}")
    all_codes = set(s["timed"]) | set(s["untimed"])
    for a, b in AVOID_PAIRS:
        if all_codes & a and all_codes & b:
            p(f"avoided pair present: {sorted(all_codes & a)} with {sorted(all_codes & b)}")
    if s["discipline"] == "SLP" and (set(s["timed"]) - {"97129", "97130"}):
        p("SLP session with PT/OT timed codes")
    if not all_codes:
        p("no services")

    # cognitive block split
    if s["cog"] is not None:
        want_129 = min(s["cog"], 15)
        want_130 = s["cog"] - want_129
        if s["timed"].get("97129") != want_129 or s["timed"].get("97130", 0) != want_130:
            p("97129/97130 split does not match the cognitive block")
    elif "97129" in s["timed"] or "97130" in s["timed"]:
        p("cognitive codes without cog block")

    # answer key
    codes, mods = compute_key(s, problems)
    hand_codes, hand_mods = parse_key(s["key"])
    if codes != hand_codes:
        p(f"units differ: computed {codes} hand {hand_codes}")
    if mods != hand_mods:
        p(f"modifiers differ: computed {mods} hand {hand_mods}")

    # transcript shape
    if not 20 <= len(segs) <= 34:
        p(f"{len(segs)} turns")
    dur = segs[-1]["end"] if segs else 0
    if not 150 <= dur <= 360:
        p(f"duration {dur:.1f}s outside 150-360")
    prev_end = -1.0
    for seg in segs:
        if seg["end"] <= seg["start"]:
            p("segment end <= start")
        if seg["start"] <= prev_end and prev_end >= 0:
            p("timestamps do not increase")
        if prev_end >= 0 and not 0.4 <= seg["start"] - prev_end <= 1.5:
            p(f"gap {seg['start'] - prev_end:.2f}")
        prev_end = seg["end"]
    speakers = {seg["speaker"] for seg in segs}
    if "therapist" not in speakers or "patient" not in speakers:
        p("needs therapist and patient turns")
    full = " ".join(seg["text"] for seg in segs)
    ther = " ".join(seg["text"] for seg in segs if seg["speaker"] == "therapist")

    # every timed minute figure is said by the therapist
    for c, m in s["timed"].items():
        if c in ("97129", "97130") or c in s["said_exempt"]:
            continue
        if not said(m, ther):
            p(f"{c} minutes {m} not said by the therapist")
    if s["cog"] is not None and not said(s["cog"], ther):
        p(f"cognitive block {s['cog']} minutes not said")

    # PT / OT eval complexity stated
    for c in evals:
        if c in COMPLEXITY and f"{COMPLEXITY[c]} complexity" not in ther.lower():
            p(f"'{COMPLEXITY[c]} complexity' not stated for {c}")

    # facts / negated / absent
    low = full.lower()
    if not 6 <= len(s["facts"]) <= 12:
        p(f"{len(s['facts'])} facts")
    fact_alts = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        fact_alts += [a.lower() for a in alts]
        hit = [a for a in alts if a.lower() in low]
        if not hit:
            p(f"fact {f!r} not in transcript")
        elif max(len(a) for a in hit) < 4:
            p(f"fact {f!r} only matches a very short alternative")
        numeric = any(re.search(r"\d", a) or NUMBER_WORD_RE.search(a) for a in alts)
        if numeric and not any(re.search(r"\d", a) for a in alts):
            p(f"numeric fact {f!r} has no digit alternative")
    for n in s["negated"]:
        if n.lower() not in low:
            p(f"negated {n!r} not in transcript")
        if any(n.lower() in a for a in fact_alts):
            p(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        if a.lower() not in low:
            p(f"absent {a!r} not in transcript")
        if any(a.lower() in x or x in a.lower() for x in fact_alts):
            p(f"absent {a!r} overlaps a fact")
        if a in s["negated"]:
            p(f"absent {a!r} also negated")
    return codes, mods


def is_asr(text):
    """A speech-recogniser transcript: no capital letter and no punctuation in any spoken turn."""
    body = " ".join(m.group(2) for m in map(LINE_RE.match, text.strip().splitlines()) if m)
    return not re.search(r"[A-Z.,?!;'\"]", body)


def check_mix(problems):
    from collections import Counter

    n = len(SESSIONS)
    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != n:
        problems.append("duplicate ids")
    if "--partial" in sys.argv:
        return
    if n < 44:
        problems.append(f"{n} sessions, want at least 44")
    disc = Counter(s["discipline"] for s in SESSIONS)
    for d, lo, hi in (("PT", 14, 19), ("OT", 12, 16), ("SLP", 10, 14)):
        if not lo <= disc[d] <= hi:
            problems.append(f"discipline mix {dict(disc)}")
    nt = Counter(s["note_type"] for s in SESSIONS)
    if nt["re-evaluation"] < 2 or nt["progress"] < 3 or nt["discharge"] < 3 or nt["evaluation"] < 9:
        problems.append(f"note type mix {dict(nt)}")
    roles = Counter(s["role"] for s in SESSIONS)
    if roles["PTA"] < 4 or roles["OTA"] < 3:
        problems.append(f"assistant mix {dict(roles)}")
    asr = Counter(s["split"] for s in SESSIONS if is_asr(s["text"]))
    if asr["dev"] != 8 or asr["test"] != 8:
        problems.append(f"ASR mix {dict(asr)}")
    kx = Counter(s["split"] for s in SESSIONS if s["kx"])
    if kx["dev"] < 2 or kx["test"] < 2:
        problems.append(f"KX mix {dict(kx)}")
    rules = Counter(s["rule"] for s in SESSIONS)
    if abs(rules["cms"] - rules["per-code"]) > 4:
        problems.append(f"rule mix {dict(rules)}")
    sp = Counter(s["split"] for s in SESSIONS)
    if sp["dev"] < 20 or sp["test"] < 20 or abs(sp["dev"] - sp["test"]) > 1:
        problems.append(f"split sizes {dict(sp)}")
    for key in ("discipline", "note_type", "role", "rule"):
        c = Counter((s["split"], s[key]) for s in SESSIONS)
        for v in {s[key] for s in SESSIONS}:
            if abs(c[("dev", v)] - c[("test", v)]) > 2:
                problems.append(f"split imbalance on {key}={v}: dev {c[('dev', v)]} test {c[('test', v)]}")
            if c[("dev", v)] == 0 or c[("test", v)] == 0:
                problems.append(f"{key}={v} missing from a split")
    for d in ("PT", "OT", "SLP"):
        c = Counter(s["split"] for s in SESSIONS if s["discipline"] == d)
        if abs(c["dev"] - c["test"]) > 1:
            problems.append(f"{d} split {dict(c)}")
        for r in ("cms", "per-code"):
            c = Counter(s["split"] for s in SESSIONS if s["discipline"] == d and s["rule"] == r)
            if abs(c["dev"] - c["test"]) > 2:
                problems.append(f"{d}/{r} split {dict(c)}")


def mix_table():
    from collections import Counter

    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"]) for s in SESSIONS)
    lines = ["split  disc  note_type      role  rule      n"]
    asr = [s["id"] for s in SESSIONS if is_asr(s["text"])]
    kx = [s["id"] for s in SESSIONS if s["kx"]]
    for k in sorted(rows):
        lines.append(f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {rows[k]}")
    code_count = Counter()
    for s in SESSIONS:
        for c in list(s["timed"]) + s["untimed"]:
            code_count[c] += 1
    lines.append(
        "codes performed (sessions): " + ", ".join(f"{c} {n}" for c, n in sorted(code_count.items()))
    )
    lines.append(f"ASR ({len(asr)}): " + ", ".join(asr))
    lines.append(f"KX ({len(kx)}): " + ", ".join(kx))
    return "\n".join(lines)


def main():
    problems = []
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for s in SESSIONS:
        segs = build_segments(s, problems)
        codes, mods = check_session(s, segs, problems)
        out.append(
            (
                s,
                {
                    "id": s["id"],
                    "discipline": s["discipline"],
                    "note_type": s["note_type"],
                    "role": s["role"],
                    "rule": s["rule"],
                    "transcript": {"segments": segs},
                    "expected": {
                        "codes": codes,
                        "modifiers": mods,
                        "minutes": dict(s["timed"]),
                        "facts": s["facts"],
                        "negated": s["negated"],
                        "absent": s["absent"],
                    },
                },
            )
        )
    check_mix(problems)
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for pr in problems:
            print("  " + pr, file=sys.stderr)
        sys.exit(1)
    for split in ("dev", "test"):
        d = os.path.join(here, split)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith("v_") and f.endswith(".json"):
                os.remove(os.path.join(d, f))
    for s, doc in out:
        with open(os.path.join(here, s["split"], s["id"] + ".json"), "w") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(
        f"OK: wrote {len(out)} sessions "
        f"(dev {sum(1 for s, _ in out if s['split'] == 'dev')}, "
        f"test {sum(1 for s, _ in out if s['split'] == 'test')})"
    )
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
