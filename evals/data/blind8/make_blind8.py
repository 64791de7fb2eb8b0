#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), eighth set (ids i_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind7's README.  The
self-check machinery is copied unchanged from evals/data/blind7/make_blind7.py (only the id prefix
is i_); the sessions are new.  Running it:

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

WEEK_WORDS = {1: "once", 2: "twice", 3: "three times"}


def freq(n, weeks, spoken):
    """A plan-frequency fact: the words as spoken plus the ways a note writes them."""
    w = WEEK_WORDS[n]
    alts = [spoken, f"{n}x/week x {weeks} weeks", f"{n}x/wk x {weeks} wks", f"{n}x/wk x {weeks} weeks",
            f"{n}x/week for {weeks} weeks", f"{n}x/wk for {weeks} weeks", f"{n}x/week for {weeks} more weeks",
            f"{n}x per week for {weeks} weeks", f"{n}x a week for {weeks} weeks",
            f"{n} times per week for {weeks} weeks", f"{n} times a week for {weeks} weeks",
            f"{n}x weekly for {weeks} weeks", f"{w} weekly for {weeks} weeks", f"{w} a week for {weeks} weeks",
            f"{n}x/week \u00d7 {weeks} weeks"]
    seen, out = set(), []
    for a in alts:
        if a.lower() not in seen:
            seen.add(a.lower())
            out.append(a)
    return "|".join(out)




def S(sid, split, discipline, note_type, role, rule, *, timed, untimed, key, facts, negated,
      absent, text, cog=None, said_exempt=()):
    SESSIONS.append(dict(id=sid, split=split, discipline=discipline, note_type=note_type,
                         role=role, rule=rule, timed=timed, untimed=untimed, key=key,
                         facts=facts, negated=negated, absent=absent, text=text, cog=cog,
                         said_exempt=said_exempt))

# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# PT dev (8)
# ---------------------------------------------------------------------------------------------

S("i_pt01_osgood_schlatter_eval_low", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 13}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["osgood|tibial tubercle|tibial tuberosity", "soccer", "3/10|3 out of 10|three out of ten",
         "6/10|6 out of 10|six out of ten", "hamstring", "straight leg raise|SLR", "65 degrees|65",
         "quad sets|quadriceps", freq(2, 4, "twice a week for four weeks")],
  negated=["swelling", "pain at night", "limping"], absent=["3 to 1", "eastside"],
  text="""
T: hey im sam one of the pts so mom says its the left knee
C: the left yeah the bump under his kneecap he keeps rubbing it
P: its the left the right is fine
T: ok how old are you now
P: thirteen i play soccer travel team and school
T: pain right now zero to ten
P: like a 3 out of 10 sitting but after games its like a 6 maybe a 6 out of 10
T: ok 3 now 6 after games any swelling
P: um not really no
T: any pain at night wakes you up
P: no never had that
T: and limping after practice
C: he used to limp after the tournament in may but not anymore
T: ok so tender right on the tibial tubercle the bump thats typical osgood schlatter his knee bends fully and quad strength is 4 plus on the left 5 on the right
T: hamstrings are tight straight leg raise gets to uh 60 no 65 degrees on the left 80 on the right
P: we won 3 to 1 saturday i scored
T: nice who was it against
P: eastside theyre good
T: so today we did quad sets the hamstring stretch with the strap and the side lying leg lifts that was 13 minutes of exercise
C: can you write it down as a longer session my insurance pays the same anyway
T: i write down what we did 13 minutes of exercise plus the evaluation
T: this is a low complexity evaluation one knee healthy kid clear plan
T: plan is twice a week for four weeks and the stretches every night at home
C: and he can keep playing
T: yes but ice after games and if it swells up or he limps call us
P: ok cool
""")

S("i_pt02_total_ankle_arthroplasty_eval_mod", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 18, "97110": 9}, untimed=["97162"], key="97162x1:GP 97116x1:GP 97110x1:GP",
  facts=["ankle replacement|total ankle|arthroplasty", "walking boot|boot", "4/10|4 out of 10|four out of ten",
         "dorsiflexion", "5 degrees|five degrees", "rolling walker|walker", "rheumatoid",
         "LEFS 22|22|twenty-two", freq(2, 8, "twice a week for eight weeks")],
  negated=["calf pain", "fever", "drainage"], absent=["Lake Tahoe", "forty dollars"],
  text="""
T: Hi Mrs. Brandt, I'm Morgan, physical therapy. And this is Eli, our aide, he'll help with the walking today.
P: Nice to meet you both. It's the right ankle, the replacement, seven weeks ago.
T: A total ankle arthroplasty on the right. And the boot, you're out of the walking boot now?
P: Since Monday. I'm nervous without it.
T: Pain right now, zero to ten?
P: About a four. Four out of ten. Worse in the evening, it swells a bit.
T: Any calf pain, in the back of the leg?
P: No, none.
T: Any fever, or drainage from the incision?
P: No fever. And the incision is dry, no drainage at all.
T: Other health things? You mentioned rheumatoid on your form.
P: Rheumatoid arthritis, twenty years. And my knees are not great either.
T: So that plus the surgery makes this a moderate complexity evaluation. Dorsiflexion is five degrees past neutral, plantarflexion twenty. LEFS score is twenty-two out of eighty.
P: My sister had hers done at a place by Lake Tahoe, she paid forty dollars a visit there.
T: Copays vary a lot. Okay, walking with the rolling walker in the hallway, heel-toe, weight through the right.
T: Eli, how long were we walking?
T: Uh, like fifteen?
T: Eighteen, I had the timer on it. Eighteen minutes of gait training.
P: Felt longer.
T: Then on the mat the ankle pumps, the towel scrunches and the seated calf raises, nine minutes of exercise.
P: The towel thing is hard.
T: It gets easier. Plan is twice a week for eight weeks, and the ankle pumps every hour you're awake.
P: Every hour, okay.
T: And keep it up on pillows in the evening for the swelling. If the calf gets sore or red, call the surgeon.
""")

S("i_pt03_pad_claudication_eval_high", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 14}, untimed=["97163"], key="97163x1:GP 97110x1:GP",
  facts=["peripheral artery disease|peripheral arterial disease|PAD", "claudication", "calf",
         "stent", "ankle-brachial|ABI", "0.62", "6MWT|six-minute walk|6-minute walk", "240 meters|240",
         "treadmill", freq(3, 12, "three times a week for twelve weeks")],
  negated=["rest pain", "wounds", "chest pain"], absent=["Benny's", "1978"],
  text="""
T: Mr. Kowalczyk, hi, I'm Jess. Your vascular surgeon sent you for the walking program, the peripheral artery disease.
P: That's right. Both calves cramp when I walk, the left worse.
C: He stops every block. I have to wait for him outside Benny's, the bakery.
T: That cramping with walking is claudication. Does it ever hurt at rest, in bed at night?
P: No rest pain. Only walking.
T: Any wounds or sores on the feet or toes?
P: Nope, no wounds. She checks them.
T: Any chest pain when you walk?
P: No chest pain. I had the heart stent in 2019, nothing since.
T: Diabetes too, on your list, and the stent in the left leg artery last year. Your ankle-brachial index on the report is 0.62 on the left.
C: He's been married to me since 1978 and never listened to a doctor once.
T: Well, he's here now. Six-minute walk test, 240 meters, he stopped twice, calf pain came on at about two minutes.
T: Then the treadmill intervals, walk until the pain is moderate, rest, go again. First bout four minutes, then five, then another five.
P: The last one was tough.
T: Those are the minutes that count. With the heart, the diabetes and the artery disease this is a high complexity evaluation.
C: Can you bill it as the long visit? You were with him an hour.
T: I bill what I did: the evaluation and the treadmill exercise. The rest was the test and talking.
T: Plan is three times a week for twelve weeks, and walk at home every day to moderate pain, rest, repeat, thirty minutes total.
P: Thirty minutes. I'll try.
T: And if the pain comes at rest or a sore won't heal, call the surgeon that day.
P: Will do.
""", said_exempt=("97110",))

S("i_pt04_mcl_sprain_pta_daily", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 15, "97112": 11}, untimed=[], key="97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["MCL|medial collateral", "2/10|2 out of 10|two out of ten", "hinged brace|brace",
         "wobble board", "single leg|single-leg", "mini squats|mini-squats", "125 degrees|125",
         "bike"],
  negated=["giving way", "clicking"], absent=["twelve ninety nine", "route 9"],
  text="""
T: hey tyler its chris the pta again how's the right knee doing this week its been four weeks since the mcl sprain right
P: yeah four weeks saturday the doctor said grade two medial collateral whatever that means
T: it means the ligament on the inside got stretched and partly torn but it heals well without surgery if we load it right
P: better i think like a 2 out of 10 walking in
T: 2 ok still wearing the hinged brace for practice
P: for practice yeah not at school
T: any giving way since last time
P: nope no giving way
T: clicking on the inside
P: it did the first week now no clicking
T: good lets start on the bike
P: the one by the window
T: yep we went from quarter past to half past on the bike so thats your warm up and the mini squats and the step downs are in that too
P: i thought the bike was like ten
T: i had you on it from quarter past the bike and the squats till half past
T: ok now the wobble board and the single leg stance on the foam pad eyes open then eyes closed
P: whoa eyes closed is hard
T: the balance work was 11 minutes
P: my buddy got the same brace online for twelve ninety nine
T: cheap ones dont hinge like yours
T: knee bends to 125 degrees today and straight is zero
T: you want ice before you go
P: nah i have to catch the bus on route 9
T: ok no ice then just ice at home tonight and keep the brace on for practice until the pt clears you
P: how long is that gonna be i want to play in the playoffs
T: thats her call at the recheck but youre moving really well so ask her
T: ill tell the pt the bike and balance went well and she'll see you next week for the recheck
P: cool thanks chris
T: keep the wall sits and the single leg stance at home once a day
P: ok
""", said_exempt=("97110",))

S("i_pt05_spondylolysis_pta_percode", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97110": 11, "97112": 9}, untimed=[], key="97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["spondylolysis|pars", "gymnast|gymnastics", "1/10|1 out of 10|one out of ten",
         "dead bug", "plank", "mirror", "neutral spine|neutral", "30 seconds|thirty seconds"],
  negated=["leg pain", "tingling"], absent=["nine point two", "Saturday"],
  text="""
T: Hi Ava, Jordan, I'm the PTA working with you today. The PT's note says the stress fracture in the back, the spondylolysis at L5, the pars, is healing on the last scan. How's the back?
P: Pretty good. Like a one out of ten. It only hurts when I arch.
T: One out of ten, good. Any pain going down the legs?
P: No leg pain.
T: Any tingling in the feet?
P: Not that I noticed, no.
C: She's been so good with her home program. She wants back on beam by the meet in March.
T: That's the PT's call at the recheck. Okay, on the mat, dead bugs first, keep the back flat.
P: Like this?
T: Good. That's six minutes on the dead bugs and the bridges.
P: Sorry, can I use the bathroom?
T: Sure, I'll stop the clock.
C: She got a nine point two on floor last Saturday, before all this.
T: That's impressive. Okay Ava, welcome back, we'll do the planks now, front and side, thirty seconds each.
P: Side planks are the worst.
T: Another five minutes on the planks, so that block was the dead bugs and bridges before the bathroom and the planks after.
T: Now the mirror work: tall kneeling in front of the mirror, find neutral spine, then reach without arching. That was nine minutes.
P: I can see myself arch in the mirror.
T: That's the point, you catch it yourself. Pain now?
P: Still a one.
T: No arching at home, no back walkovers, the PT will decide on gymnastics. Keep the dead bugs and planks every day.
C: Every day, got it.
T: I'll put a note in for the PT. She'll recheck you Thursday and decide on the brace and on tumbling.
C: Should she still wear the brace to school? She hates it.
T: Yes, until the PT or the doctor says otherwise. It's only a few more weeks.
P: Okay, thanks.
""", said_exempt=("97110",))

S("i_pt06_pectoralis_repair_progress", "dev", "PT", "progress", "PT", "cms",
  timed={"97140": 12, "97110": 23}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["pectoralis major|pec major|pec", "repair", "3/10|3 out of 10|three out of ten",
         "external rotation", "60 degrees|sixty degrees", "flexion", "155 degrees|155",
         "QuickDASH 27|27|twenty-seven", "manual|soft tissue", freq(2, 4, "twice a week for four more weeks")],
  negated=["numbness", "popping"], absent=["four fifteen", "Lions"],
  text="""
T: Derek, this is your progress visit, ten visits since the pec major repair. How's the left shoulder?
P: Way better. Pain's a three out of ten, mostly when I reach back.
T: Three. Any numbness down the arm?
P: No numbness.
T: Any popping in the chest since the surgery?
P: No popping. I was scared of that.
T: Good. Measurements: flexion 155 degrees, was 120 at the eval. External rotation 60 degrees, was 30.
P: Nice.
T: QuickDASH today twenty-seven, it was fifty-two.
P: I bench four fifteen before this. Not anymore I guess. My buddy tore his too, the other side, playing football in college.
T: It's a lifting injury mostly. Strength today, with the dynamometer, internal rotation on the left is seventy percent of the right, it was forty percent.
T: Not for a while. We started manual at 2:10, the soft tissue along the scar and the pec, and switched to exercise at 2:22.
P: That scar work hurts.
T: It helps. Exercise from 2:22 to 2:45: the wand, the band rows, the wall slides, the light presses with the dowel.
P: Did you watch the Lions game?
T: Painful. So goals: reach overhead, met. Sleep on the left side, partly met. Lift his son, not yet.
P: He's twenty-eight pounds.
T: We'll get there. So that's about forty minutes today all in.
P: That long?
T: With the measuring, yeah. Plan is twice a week for four more weeks, and start light pressing at home with the band.
P: Twice a week is fine.
T: And no bench until the surgeon says so. You see him on the twelfth, right?
P: Yeah, and he wants your report before then.
T: I'll send it this afternoon with the measurements and the goals.
P: Got it.
""", said_exempt=("97140", "97110"))

S("i_pt07_coccydynia_discharge", "dev", "PT", "discharge", "PT", "per-code",
  timed={"97140": 8, "97110": 14}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["coccyx|tailbone|coccydynia", "0/10|0 out of 10|zero out of ten",
         "2/10|2 out of 10|two out of ten", "sitting", "90 minutes|ninety minutes", "wedge cushion|cushion",
         "hip flexor", "ODI 6|6%|six percent"],
  negated=["bowel", "numbness in the saddle"], absent=["Hawaii", "eight hours"],
  text="""
T: Hi Renee, last visit today, the discharge. How's the tailbone?
P: Honestly almost nothing. Zero out of ten most days, maybe a two out of ten after a long drive.
T: Zero, and two after a long drive. How long can you sit now?
P: About ninety minutes at my desk before I shift. It was twenty minutes when I started.
T: That's the sitting goal met. Any problems with bowel or bladder?
P: No, nothing with bowel or bladder.
T: Any numbness in the saddle area?
P: Never had numbness in the saddle, no.
T: Good. Still using the wedge cushion?
P: In the car only.
T: Okay. ODI today is six percent, it was thirty-four.
P: My flight to Hawaii is eight hours, I was worried.
T: Get up every hour and use the cushion. Today some manual, the gentle work around the coccyx and the pelvic floor muscles from outside, 8 minutes.
T: Then the hip flexor stretch, the glute bridges and the seated posture drill, 14 minutes of exercise.
P: Those bridges are easy now.
T: I'd offered the ultrasound again but you said no.
P: Yeah I don't need it.
T: Fine, no ultrasound. So today that's about twenty-five minutes of treatment.
P: Okay.
T: Goals: sit ninety minutes, met. Drive to work without pain, met. Back to yoga, met with the one pose you skip.
P: Child's pose, still weird.
T: Skip it. Discharged to the home program, the bridges and stretches three times a week.
P: Thank you so much. Can I call if it flares up again?
T: Of course. If it flares for more than two weeks, get a new referral and we'll see you. Keep the cushion in the car for the long drives.
P: I will. My mom had the same thing after my brother was born, she just lived with it.
T: Nobody has to live with it now. Take care, Renee.
""")

S("i_pt08_transverse_myelitis_reeval", "dev", "PT", "re-evaluation", "PT", "cms",
  timed={"97116": 19, "97112": 8}, untimed=["97164"], key="97164x1:GP 97116x1:GP 97112x1:GP",
  facts=["transverse myelitis|myelitis", "parallel bars", "10-meter walk|10 meter walk|ten meter walk",
         "0.6|0.6 m/s", "Berg 38|38|thirty-eight", "AFO|ankle foot orthosis", "forearm crutches|crutches",
         "spasticity", freq(2, 8, "twice a week for eight weeks")],
  negated=["bladder accidents", "falls"], absent=["South Bend", "three sixty"],
  text="""
T: Leah, re-evaluation today since the transverse myelitis, it's been about eight weeks. This is Nico, he's a PT student with us.
T: Hi, nice to meet you.
P: Hi Nico. My legs are stronger, the right more than the left.
T: Any falls since the last visit?
P: No falls. One close call on the stairs at my mom's in South Bend.
T: Bladder accidents?
P: Not anymore, the meds fixed that.
T: Good. Strength hip flexors 4 minus on the right, 3 plus on the left. Spasticity in the left calf, mild.
T: Nico, what did you get for the 10-meter walk?
T: Seventeen seconds, so point six meters per second.
T: Right, 0.6 m/s, she was at 0.3. Berg is thirty-eight, up from twenty-nine.
P: Is that good?
T: A big change. Gait in the parallel bars with the AFO, the ankle foot orthosis, on the left, then out of the bars with the forearm crutches.
T: I had the bars at like twenty minutes.
T: Nineteen, Nico, I had the timer on my watch. Nineteen minutes of gait training.
P: Felt like forever.
T: Then standing balance, weight shifts and tapping the cones, eight minutes.
P: My brother's doing a three sixty on his snowboard now, he sent me a video.
T: Show me after. So new goals: walk in the community with the crutches, 200 feet without rest, Berg above 45.
P: I want to drive again too.
T: We'll bring OT in on the driving. Plan is twice a week for eight weeks.
T: Home: the standing weight shifts at the counter and walking with the crutches in the house.
P: Okay. Can Nico come next time too?
T: He's here till the end of the month, so yes. And we'll re-check the Berg and the walk test at the progress visit in ten visits.
P: Deal.
""")

# ---------------------------------------------------------------------------------------------
# PT test (8)
# ---------------------------------------------------------------------------------------------

S("i_pt09_rib_fractures_eval_low", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 10}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["rib fractures|ribs|rib", "ladder", "5/10|5 out of 10|five out of ten", "incentive spirometer|spirometer",
         "1500|fifteen hundred", "thoracic rotation|rotation", "diaphragmatic breathing|breathing",
         freq(2, 4, "twice a week for four weeks")],
  negated=["shortness of breath", "coughing up blood", "fever"], absent=["Home Depot", "eleven years"],
  text="""
T: Mr. Abernathy, hi, I'm Robin, physical therapy. You fell off a ladder three weeks ago?
P: Cleaning the gutters. Broke three ribs on the right side, six, seven and eight.
T: Ouch. Pain right now, zero to ten?
P: Sitting still a two, but when I cough or roll over in bed it's a five out of ten. Maybe more.
T: Okay, two at rest, five with coughing and rolling. Any shortness of breath?
P: No, not short of breath. Just can't take a big breath without it catching.
T: Coughing up blood, any fever since the fall?
P: No blood. No fever either, the ER warned me about pneumonia.
T: Good. Using the incentive spirometer they gave you?
P: Most days. I get to about fifteen hundred, it says 1500 on the side.
T: That's decent. Other health problems?
P: High blood pressure, that's it. I've been at Home Depot eleven years, I'm the one who should know ladders.
T: It happens to everyone. Thoracic rotation is limited to the right, about half, and reaching overhead on the right is painful at the end.
T: Posture is guarded, he's holding the right arm against the side.
P: My wife says I walk like a penguin.
T: We'll fix the penguin. Today the diaphragmatic breathing, splinting with the pillow for coughs, the seated rotations and the wall slides, ten minutes of exercise.
P: The pillow trick helps.
T: I was going to put a hot pack on the back for the end, want it?
P: No thanks, heat makes it ache more.
T: Okay, no hot pack. This is a low complexity evaluation: one region, healthy otherwise, and you're already getting better.
T: Plan is twice a week for four weeks. Home: the breathing ten times an hour, the spirometer, and the rotations twice a day.
P: When can I lift again? I have a fishing trip.
T: Light things now, nothing over ten pounds for three more weeks.
P: Okay, I'll tell my brother-in-law he's carrying the cooler.
T: Good plan. See you Thursday.
""")

S("i_pt10_lisfranc_eval_mod", "test", "PT", "evaluation", "PT", "cms",
  timed={"97116": 12, "97110": 5}, untimed=["97162"], key="97162x1:GP 97116x1:GP",
  facts=["Lisfranc|midfoot", "ORIF|screws|plate", "CAM boot|boot", "4/10|4 out of 10|four out of ten",
         "crutches", "partial weight|weight bearing as tolerated|weight-bearing as tolerated", "asthma",
         "great toe|big toe", freq(2, 10, "twice a week for ten weeks")],
  negated=["numbness", "calf pain"], absent=["four twenty-nine", "Eagles"],
  text="""
T: Hi Camila, I'm Devin, physical therapy. The left foot, the Lisfranc injury, the midfoot, surgery eight weeks ago?
P: Yes, they put in a plate and screws. ORIF. I missed a step at a concert.
T: And now the doctor says weight bearing as tolerated in the CAM boot?
P: Yes, as of Friday. I'm still on the crutches mostly.
T: Pain right now?
P: A four out of ten. It goes up to six at night when the boot's off.
T: Four, and six at night. Any numbness in the toes?
P: No numbness. Some pins at the top of the foot at first, not now.
T: Any calf pain?
P: Nope, no calf pain.
T: Other health? You wrote asthma and anxiety.
P: Asthma since I was a kid, I have the inhaler. And the anxiety, I take something daily.
T: Okay. Big toe extension is stiff, twenty degrees, and the ankle dorsiflexion is zero. Scar is healed.
P: The concert was the Eagles, four twenty-nine a ticket, and I saw one song.
T: That hurts twice. Okay, walking. Gait in the boot with the two crutches, then one crutch, from 10:40 to 10:52 in the hall.
P: One crutch felt wobbly.
T: You did well. Then the seated toe curls and the ankle alphabet at the end, only five minutes of that because you had to leave early.
P: My ride is here at eleven.
T: With the surgery, the asthma and the anxiety and this changing weight bearing, it's a moderate complexity evaluation.
T: Plan is twice a week for ten weeks, the goal is out of the boot and walking without crutches for the office.
P: I have stairs at work, a lot of stairs.
T: Stairs is a goal too. Home, the toe curls and the alphabet three times a day, and walk in the boot in the house.
P: Okay. Sorry to rush.
T: No problem, see you Tuesday.
""", said_exempt=("97116",))

S("i_pt11_post_polio_eval_high", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97112": 11, "97110": 7}, untimed=["97163"], key="97163x1:GP 97112x1:GP",
  facts=["polio|post-polio", "fatigue", "KAFO|brace", "falls|fell", "Berg 41|41|forty-one",
         "quad|quadriceps", "2/5|2 out of 5|two out of five", "cane", freq(1, 8, "once a week for eight weeks")],
  negated=["trouble swallowing", "breathing"], absent=["52731", "Coimbra"],
  text="""
T: Good afternoon, Mrs. Teixeira, I'm Ana, physical therapy. We have the Portuguese interpreter on the phone?
C: Yes, good afternoon, interpreter number 52731, I will interpret in the first person.
T: Thank you. Mrs. Teixeira, the doctor writes post-polio syndrome. You had polio as a child?
P: Sim, aos quatro anos.
C: Yes, at four years old, in Coimbra. The right leg. Now at sixty-eight, the leg is getting weaker again and she is tired all the time.
T: How is the fatigue, zero to ten?
C: She says by the afternoon eight, she has to lie down.
T: Any falls?
C: She says she fell two times since summer, once in the kitchen, once in the garden. She did not break anything.
T: Any trouble swallowing, or with breathing at night?
C: She says no, no trouble swallowing, and breathing is fine. Sorry, interpreter here, I asked her to repeat, she says breathing is fine, only the leg.
T: Okay. Right quad is two out of five, left four. She wears an old brace on the right, a KAFO, from the nineties.
C: She says the brace is older than her granddaughter.
T: We'll get the orthotist to look at it. Berg is forty-one, she uses a cane outside.
T: With the falls, the fatigue, the old brace and her blood pressure problem this is a high complexity evaluation.
T: Today the balance work, standing at the counter, weight shifts and step taps, eleven minutes.
T: Then some exercise, the sit to stand and the hip lifts, seven minutes, I stopped it early, we don't push post-polio muscles to fatigue.
C: She says good, she was afraid you would make her do too much.
T: That's the opposite of what helps. Pace it, rest before she's tired.
T: Plan is once a week for eight weeks, and the energy plan at home: rest breaks, the cane inside too.
P: Obrigada.
C: She says thank you, and she wants to walk to Mass on Sunday.
T: That's our first goal, then. And the orthotist referral for a new brace.
C: She asks if the new brace will be lighter.
T: Much lighter, carbon fiber probably.
""")

S("i_pt12_juvenile_arthritis_daily", "test", "PT", "daily", "PT", "cms",
  timed={"97530": 16, "97110": 9}, untimed=[], key="97530x1:GP 97110x1:GP",
  facts=["juvenile idiopathic arthritis|juvenile arthritis|JIA", "knee", "morning stiffness|stiff in the morning",
         "3/10|3 out of 10|three out of ten", "scooter board", "trampoline", "obstacle course", "bike"],
  negated=["eye problems", "fever"], absent=["ten dollars", "Minecraft"],
  text="""
T: hi maya hi mom how are the knees today
C: the juvenile arthritis is flaring a bit in the right knee shes stiff in the morning like an hour
T: an hour of morning stiffness ok maya pain right now zero to ten
P: 3 out of 10
T: 3 ok any eye problems the eye doctor checked
C: no eye problems the eye exam in october was clear
T: any fever lately
C: no fever
T: good lets go to the gym you want the scooter board first or the trampoline
P: scooter board
T: ok so the obstacle course scooter board then the trampoline then the crawling through the tunnel
P: i want the tunnel twice
C: she played minecraft all weekend instead of her stretches
T: we'll do them here then
T: the obstacle course and scooter board and trampoline was 16 minutes of play based activity
P: can i do the trampoline again
T: one more jump then the bike
T: the bike and the heel raises and the stretches was 9 minutes of exercise
C: how long was the whole thing like an hour
T: about half an hour with the talking
C: the parking here is ten dollars now
T: i know sorry about that
T: right knee bends to 130 and lacks 5 degrees straight today a bit worse than last week because of the flare
T: plan for next time more of the stretches and we'll check in with rheumatology about the flare
C: she sees them on the 18th
T: good ask about the knee injection maybe
P: no shots
T: thats for the doctor and your mom to talk about and at home the stretches every morning after the warm bath when the knee is looser
C: after the bath ok we can do that before school
T: perfect see you thursday maya
""")

S("i_pt13_hypermobile_eds_pta_stim", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 17, "97112": 9}, untimed=["G0283"], key="97110x1:GP,CQ 97112x1:GP,CQ G0283x1:GP,CQ",
  facts=["Ehlers-Danlos|EDS|hypermobile|hypermobility", "shoulder", "subluxation|subluxed",
         "4/10|4 out of 10|four out of ten", "cable column|cable", "stability ball", "proprioception|joint position",
         "e-stim|stim"],
  negated=["dislocation", "dizziness"], absent=["Etsy", "forty-eight"],
  text="""
T: Hi Priya, I'm Sam, the PTA today. Still the right shoulder with the hypermobile Ehlers-Danlos?
P: Yes, the right. It subluxed twice this week, once putting on a coat.
T: Did it go all the way out, a full dislocation?
P: No, no dislocation, it slides and comes back.
T: Okay, subluxation twice. Pain now?
P: Four out of ten. Achy.
T: Any dizziness when you stand up today? The PT wrote you had that sometimes.
P: Not today, no dizziness today.
T: Good. Let's start at the cable column, the rows and the external rotations, light weight, slow.
P: I sell earrings on Etsy so my arms are up all day.
T: That's why we're strengthening. Keep the shoulder blade down. Okay, done with the cables.
P: Was that like twenty?
T: Seventeen minutes at the cable column, I wrote it down.
P: Felt like twenty.
T: Now the stability ball, wall ball circles and the closed chain holds, eyes closed for the joint position part.
P: The eyes closed is weird, I don't know where my arm is.
T: That's the proprioception we're training. Nine minutes on the ball.
P: My mom's the same, she's bendy too, she can put her leg behind her head at forty-eight.
T: It runs in families. Last, the stim on the back of the shoulder for the muscle ache, I'll set it and the timer for fifteen minutes and come back.
P: Okay, I'll just read.
T: All done with the stim, skin looks fine. Pain now?
P: Three. Better.
T: Good, three after. Home: the band rows and the wall circles, every day, small range.
P: Small range, got it.
T: I'll let the PT know about the two subluxations. She sees you next week for the progress note.
P: Thanks, Sam.
""")

S("i_pt14_patellar_fracture_pta_firedrill", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 12, "97116": 9}, untimed=[], key="97110x1:GP,CQ 97116x1:GP,CQ",
  facts=["patella fracture|patellar fracture|kneecap", "tension band|wires", "3/10|3 out of 10|three out of ten",
         "95 degrees|95", "bike", "stairs|stair", "handrail|rail", "step-over-step|step over step"],
  negated=["swelling", "catching"], absent=["Pizza Barn", "seven o'clock"],
  text="""
T: Hi Mr. Ruiz, it's Kai, the PTA. How's the right knee since the kneecap surgery, the wires?
P: Tension band wiring, the doctor keeps saying. It's okay. Pain's a three out of ten.
T: Three. Any more swelling this week?
P: No swelling, it's gone down.
T: Any catching or grinding?
P: No catching. Some grinding, not painful.
T: Okay, bike first. It's 3:02, start pedaling, rock back and forth if it won't go around.
P: It goes around now.
T: Nice. Knee bend on the bike is about 95 degrees.
T: Uh oh, that's the fire alarm. It's a drill, 3:08, we stop here and go out the side door.
P: Great, with this knee.
T: Take the elevator, no, the stairs, I've got you. Okay, we're back, it's 3:20.
P: That was a long drill.
T: Back on the bike till 3:26, so the bike was six before the drill and six after.
P: Can you count the drill as exercise? I walked down three floors.
T: Ha, no, the drill doesn't count, time stopped while we were outside.
T: Now stairs, with the handrail, step over step going up, one at a time down. Stair training nine minutes.
P: Down is the worst.
T: Lead with the left going down. Good.
P: My daughter wants pizza tonight, Pizza Barn, at seven o'clock.
T: Sit with the leg up at the Pizza Barn. Home: the quad sets, the heel slides and the stairs once a day with the rail.
P: Okay.
T: The PT sees you Monday for the recheck.
P: See you, Kai. Should I keep the brace on at night?
T: The PT said nights are your choice now, daytime you don't need it in the house. Ask her Monday about driving, too.
P: I will, my wife is tired of driving me everywhere.
""", said_exempt=("97110",))

S("i_pt15_cervical_myelopathy_progress", "test", "PT", "progress", "PT", "per-code",
  timed={"97112": 24, "97110": 8}, untimed=[], key="97112x2:GP 97110x1:GP",
  facts=["myelopathy|laminoplasty", "Berg 47|47|forty-seven", "NDI 30|30%|thirty percent",
         "tandem", "2/10|2 out of 10|two out of ten", "grip", "balance", freq(2, 6, "twice a week for six more weeks")],
  negated=["bladder", "falls"], absent=["Nashville", "sixty-five dollars"],
  text="""
T: Mr. Okafor, today is the progress report, ten visits since the laminoplasty for the cervical myelopathy. How are you doing?
P: Walking is steadier. Hands still clumsy with buttons.
T: Neck pain?
P: A two out of ten. Stiff more than pain.
T: Two. Any falls since the last report?
P: No falls, not one.
T: Any new trouble with the bladder?
P: No problems with the bladder.
T: Good. Berg today is forty-seven, it was thirty-nine. NDI is thirty percent, it was forty-six.
P: What's the NDI?
T: The neck questionnaire. Grip is thirty kilos on the right, twenty-six on the left.
P: My son in Nashville bought me a grip ball for sixty-five dollars.
T: Sixty-five dollars! It'll help. Tandem stance, he holds ten seconds now, it was two.
T: Today the balance work, tandem walking, the foam, the head turns while walking. That was twenty-four minutes of balance.
P: The head turns make me woozy.
T: Less each week. Then the exercise for the shoulders and the chin tucks, eight minutes.
P: Only eight?
T: Eight, we spent longer on the balance. So total today about forty minutes.
P: Okay.
T: Goals: walk in the mall without a cane, met. Tandem twenty seconds, not yet, ten now. Button his shirt in under two minutes, partly met.
P: My wife still does the top button.
T: We'll ask OT about that. Plan is twice a week for six more weeks.
P: Six more, okay.
T: Home: tandem at the counter, the chin tucks, and walking every day.
P: Will do. And the grip ball?
T: Use it while you watch TV, ten squeezes, a rest, another ten. It's a good buy, even at that price.
P: I'll tell my son you approved it. He'll be happy.
""")

S("i_pt16_stress_incontinence_discharge", "test", "PT", "discharge", "PT", "cms",
  timed={"97112": 14, "97110": 10}, untimed=[], key="97112x1:GP 97110x1:GP",
  facts=["stress urinary incontinence|stress incontinence|leaking", "pelvic floor", "Kegel|contractions",
         "pads|pad", "10 seconds|ten seconds", "cough", "trampoline", "PFDI"],
  negated=["pain with intercourse", "urgency"], absent=["twenty-four eighty", "eighteen hundred"],
  text="""
T: Hi Gloria, last visit today, the discharge. How has the leaking been this week?
P: Once. I sneezed in the garden. Before I started it was every time I coughed.
T: That's the stress incontinence almost gone. How many pads a day now?
P: None most days, a liner if I'm going to the gym.
T: Any urgency, the rushing to the bathroom?
P: Never had urgency, just the leaking.
T: Any pain with intercourse?
P: No, no pain with intercourse.
T: Good. Pelvic floor contractions, you hold ten seconds now, ten reps, it was three seconds at the start.
P: I do them at red lights like you said.
T: Perfect. Your PFDI score is down from 112 to 38.
P: The billing lady said I'm at about eighteen hundred dollars of therapy this year, is that a problem with Medicare?
T: The Medicare threshold this year is twenty-four eighty, so you're under it, and today is the last visit anyway.
P: Oh good.
T: Today the pelvic floor coordination with the cough and the jump, the neuromuscular part, fourteen minutes.
P: The little trampoline jump, that was the test for me.
T: And you didn't leak! Then the hip and core exercise, the bridges and the clamshells, ten minutes.
P: My sister had the surgery for this, the sling.
T: Some women need it, you didn't. Goals: no pads, met. Jog with her grandkids without leaking, met. Cough without leaking, met.
P: I'm so glad.
T: You're discharged to the home program: the contractions twice a day and the knack before coughs and lifts.
P: The knack, got it.
T: If it comes back, you can come back with a new referral.
P: Thank you. I'll miss coming here, honestly.
T: We'll miss you too. Keep the bridges going, they help your back as well.
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("i_ot01_olecranon_fracture_eval_mod", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97535": 14}, untimed=["97166"], key="97166x1:GO 97535x1:GO",
  facts=["olecranon|elbow", "ORIF|plate|surgery", "6/10|6 out of 10|six out of ten",
         "elbow flexion|flexion", "110 degrees|110", "-35|minus 35|lacks 35|minus thirty-five", "dressing",
         "button hook|buttonhook", "sock aid", freq(2, 6, "twice a week for six weeks")],
  negated=["numbness", "tingling"], absent=["88014", "Batangas"],
  text="""
T: Good morning, Mrs. Dizon. I'm Kelsey, occupational therapy. And we have an interpreter with us in person today.
C: Good morning, I'm the Tagalog interpreter, ID 88014. I'll interpret in first person.
T: Thank you. Mrs. Dizon, you broke the right elbow, the olecranon, and had surgery with a plate five weeks ago?
P: Opo. Sa banyo.
C: Yes. I fell in the bathroom, on the wet floor. The doctor put a plate.
T: Pain right now, zero to ten?
C: Six out of ten. At night more, when I turn.
T: Any numbness or tingling in the ring and small fingers?
C: No numbness. No tingling. Sorry, interpreter speaking: I asked her again, she says the fingers feel normal.
T: Good. Elbow flexion is 110 degrees, and extension lacks 35, so minus 35. Grip on the right is eight kilos, left twenty.
C: She says her husband has diabetes and she takes care of him, she gives him the insulin.
T: So she's a caregiver too. Who helps her with dressing?
C: She says her daughter comes in the morning for the bra and the socks. She cannot reach her feet with the right arm.
P: Mahirap.
C: She says it's hard.
T: With the caregiving, her blood pressure and the osteoporosis on her list, this is a moderate complexity evaluation.
C: Interpreter speaking, not from her: my mother is from Batangas too, same town.
T: Okay. Today we practiced dressing: the button hook for the blouse, the sock aid, and the one-handed bra technique in front.
C: She says the sock aid is like a toy.
T: It works. That self-care training was fourteen minutes.
C: She asks can she take the sling off at home.
T: The surgeon says out of the sling at home, yes, no lifting over a cup of coffee with the right.
C: She says the coffee cup is fine.
T: Plan is twice a week for six weeks, and at home the elbow bends and straightening five times a day.
C: She says thank you, and she wants to go back to cooking for her husband.
P: Salamat po.
T: Cooking is goal number one. See you Monday.
""")

S("i_ot02_kienbock_eval_low", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 21}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["Kienbock|Kienböck|lunate", "wrist", "5/10|5 out of 10|five out of ten", "wrist extension|extension",
         "40 degrees|40", "grip", "orthosis|splint", "thermoplastic", freq(1, 6, "once a week for six weeks")],
  negated=["swelling", "clicking"], absent=["seventh grade", "Costco"],
  text="""
T: Hi Marcus, I'm Jamie, the hand therapist. This is Tess, an OT student with us this month.
T: Hi Marcus.
P: Hey. It's the right wrist. The MRI said Kienbock's, the lunate bone.
T: Kienbock's disease, the lunate losing its blood supply. How long has it hurt?
P: Since spring. I'm a drywall guy, so all day.
T: Pain right now?
P: Five out of ten, eight by the end of a work day.
T: Five now. Any swelling on the back of the wrist?
P: Nah, not that I noticed.
T: Any clicking?
P: No clicking. Just deep ache.
T: Okay. Wrist extension is 40 degrees, the left is 70. Flexion 45. Grip on the right is thirty kilos, left fifty-two.
P: I taught my kid's seventh grade class how to tape drywall last week, that hurt.
T: I bet. So we're making you a custom wrist orthosis, the thermoplastic, to rest the lunate.
T: Tess, mark the distal crease for me. Good.
T: There. Splint is on, check the edges.
P: Feels snug but good.
T: Tess, how long did the splint take?
T: Twenty-five?
T: Twenty-one, I started the timer when I cut the pattern. Twenty-one minutes for the orthosis.
P: My buddy bought one at Costco.
T: The store ones don't keep the wrist in the right spot for this. This is a low complexity evaluation: one wrist, healthy otherwise, and a clear plan with the surgeon.
T: Wear the splint for work and at night, off for showers. Plan is once a week for six weeks.
P: Can I work in it?
T: Yes, that's the point. Light tools, and no overhead screw gun with the right.
P: Ok.
T: If the fingers go white or numb, loosen the straps and call.
P: Thanks, Jamie.
""")

S("i_ot03_lupus_swan_neck_daily", "dev", "OT", "daily", "OT", "cms",
  timed={"97110": 11, "97530": 13}, untimed=[], key="97110x1:GO 97530x1:GO",
  facts=["lupus", "swan neck|swan-neck", "ring splints|oval-8|ring splint", "4/10|4 out of 10|four out of ten",
         "putty", "pegboard", "joint protection", "morning stiffness|stiff"],
  negated=["rash", "fever"], absent=["two fifty", "channel 4"],
  text="""
T: hi denise how are the hands today
P: the lupus is behaving mostly the fingers are stiff in the morning like forty five minutes
T: morning stiffness forty five minutes ok pain zero to ten
P: 4 maybe 4 out of 10 in the knuckles
T: any rash lately
P: no rash this month
T: fever
P: no fever
T: good are you wearing the ring splints for the swan neck fingers
P: on the index and middle yeah the silver ones the company wanted two fifty each so i got the plastic ones
T: the plastic oval-8 ones work the same lets look swan neck still correcting with the splint on
T: ok we'll start with the putty the soft green one pinch and roll and the finger spreads
P: the green is fine
T: that was 11 minutes on the putty
T: now the pegboard timed and the coins into the slot and the clothespins on the line
P: i hate the clothespins
T: i know but thats your fine motor for buttons the pegboard and the clothespins were 13 minutes
P: did you see the weather on channel 4 snow again
T: yeah keep the hands warm then we talked joint protection the big joints for the grocery bags the forearm not the fingers
T: i was going to do the paraffin at the end you want it
P: no not today it makes my fingers feel puffy after
T: ok no paraffin today
T: pegboard 9 hole was 28 seconds on the right last time 26 today
P: progress
T: progress plan next time more of the buttons and the jar opener keep the splints on during the day
P: ok see you tuesday
T: and the putty at home once a day five minutes
P: five minutes i can do
""")

S("i_ot04_critical_illness_myopathy_ota", "dev", "OT", "daily", "OTA", "cms",
  timed={"97535": 22, "97530": 9}, untimed=[], key="97535x1:GO,CO,59 97530x1:GO,CO",
  facts=["critical illness|ICU", "ventilator", "shower chair|tub bench|tub transfer bench", "grooming",
         "dressing", "min assist|minimal assist|minimum assist", "standby|stand-by|supervision", "cones",
         "2/10|2 out of 10|two out of ten"],
  negated=["dizziness", "short of breath"], absent=["212", "Mets"],
  text="""
T: Hi Mr. Haddad, I'm Reese, the OT assistant. How are you feeling after the ICU stay? Eight weeks now since you came off the ventilator?
P: Seven. Weak, but better every week. The critical illness weakness, the doctors call it.
T: Pain today?
P: Two out of ten, the shoulders.
T: Two. Any dizziness when you stand?
P: No, not dizzy.
T: Short of breath with the dressing at home?
P: I wouldn't say short of breath. Tired, yes.
T: Okay, let's do the dressing first. Pants and socks sitting on the edge of the mat, then standing to pull up.
P: The pants are the hard part.
T: Min assist for the pants over the hips, standby for the shirt. That was ten minutes of the dressing.
T: Sorry, my phone, it's the front desk, hold on. Okay, I stopped the clock for the call.
P: No problem.
T: Back to it. Now to the bathroom, grooming standing at the sink, then the tub transfer onto the shower chair, dry run with clothes on.
P: My son put a shower chair in last week, he ordered it from a place on 212th Street.
T: Good, that's the same kind. Grooming standing, he needed one rest. Transfer to the chair with standby. That part was twelve minutes.
P: So that's the bathroom stuff done.
T: Then the reaching with the cones, standing, across the body and up to the shelf, for the kitchen cabinets. Nine minutes on the cones.
P: My arms are burning.
T: That's why. Did you watch the Mets?
P: Don't get me started.
T: Ha. Okay, for the note: dressing min assist lower body, standby upper body. Tub transfer standby.
P: Better than last week.
T: Much better. Home: dress sitting down, the shower chair every time, and rest breaks.
P: Thank you, Reese.
T: The OT will see you Friday for your progress check.
""", said_exempt=("97535",))

S("i_ot05_sagittal_band_ota_percode", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97110": 16, "97530": 7}, untimed=[], key="97110x1:GO,CO",
  facts=["sagittal band", "middle finger|long finger", "relative motion|yoke", "3/10|3 out of 10|three out of ten",
         "tendon glides", "putty", "clothespins|clothespin", "extensor lag|lag"],
  negated=["snapping", "numbness"], absent=["six-forty", "Fresno"],
  text="""
T: Hi Olivia, I'm Dee, the OTA today. The right middle finger, the sagittal band repair, still in the yoke splint, the relative motion one?
P: Yes, all day, like the OT said. Not the index, the middle one, people always ask about the index.
T: Right, middle finger. Pain today?
P: Three out of ten. More after typing.
T: Three. Any snapping of the tendon when you make a fist?
P: No snapping. That was the whole problem before the surgery, it snapped every time.
T: Good. Numbness at the fingertip?
P: No numbness.
T: Okay, splint off for the exercises only. Tendon glides first, then the putty, soft pink, the full fist and the hook fist.
P: The full fist is tight.
T: Keep it slow. Then the finger extension on the table, and we check the extensor lag. That was sixteen minutes of exercise.
P: My flight back to Fresno is at six-forty tomorrow, can I take the splint off on the plane?
T: Leave it on, the seatbelt and bags are exactly how this happened again for some people.
T: Now the clothespins, light ones, middle finger only, onto the edge of the box.
P: That's harder than it looks.
T: Clothespins were seven minutes, you got tired fast.
P: I did.
T: Lag is five degrees today, it was fifteen. That's good progress.
P: When can I stop the splint?
T: The OT decides at six weeks, that's next Thursday.
P: Okay.
T: Home: tendon glides every two hours, putty twice a day, splint on the rest of the time.
P: Every two hours, got it.
T: And wash the splint liner, it helps the skin.
P: Thanks, Dee. Oh, and my mom wants to know if she can come watch next time, she's paying for all this.
T: Sure, family is welcome. The OT likes when someone at home knows the exercises too.
P: She'll love that, she's the bossy type.
""")

S("i_ot06_proximal_phalanx_fx_progress", "dev", "OT", "progress", "OT", "per-code",
  timed={"97140": 9, "97530": 12}, untimed=[], key="97140x1:GO 97530x1:GO,59",
  facts=["proximal phalanx", "ring finger", "edema|swelling", "retrograde massage|retrograde",
         "PIP flexion|PIP joint", "75 degrees|75", "pegboard", "nuts and bolts", "QuickDASH 25|25|twenty-five"],
  negated=["numbness", "catching"], absent=["Bulldogs", "six fifty"],
  text="""
T: Hi Tom, it's the progress report today, five weeks since the left ring finger break, the proximal phalanx. How is it?
P: Better. Typing's fine. Still can't make a full fist.
T: Pain?
P: One, two out of ten, after the pegboard usually.
T: Any numbness along the finger?
P: No numbness.
T: Any catching when you bend it?
P: Nope, no catching.
T: Good. Measurements: PIP flexion is 75 degrees, it was 40 at the evaluation. MP 80. Swelling, the ring finger is 6 millimeters bigger around than the right, it was 14.
P: So going down.
T: Going down. QuickDASH is twenty-five today, it was fifty-eight.
P: Nice.
T: First the retrograde massage for the edema, from the tip toward the hand, nine minutes.
P: That feels good actually.
T: Then a separate block for the function: the pegboard and the nuts and bolts, from 11:20 to 11:32.
P: The small bolts are the worst.
T: That's why we do them. My son plays for the Bulldogs, they lost six fifty to something last night.
P: Six to fifty? Ouch.
T: Ouch. Goals: full fist, partly met, two centimeters from the palm now. Type a full day, met. Carry groceries, met.
P: I carried the whole thing up the stairs Sunday.
T: Great. Plan is twice a week for three more weeks, then probably discharge.
P: Three more weeks, okay.
T: Home: the blocking exercises, the massage at night and the buddy strap for sports.
P: No basketball yet?
T: With the buddy strap, yes, light shooting only.
P: Okay, thanks. Should I still tape it for work?
T: The buddy strap is enough for work now. The tape was for the first weeks. I'll send the report to Dr. Patel this week with the measurements.
P: Great, he wanted to see it before my follow-up.
""", said_exempt=("97530",))

S("i_ot07_clavicle_fracture_discharge", "dev", "OT", "discharge", "OT", "cms",
  timed={"97110": 18, "97535": 6}, untimed=[], key="97110x1:GO 97535x1:GO",
  facts=["clavicle|collarbone", "flexion", "165 degrees|165", "pulleys", "wand", "hair", "independent",
         "QuickDASH 9|QuickDASH is nine"],
  negated=["pain", "numbness"], absent=["Route 66", "nineteen"],
  text="""
T: Hi Bella, discharge today, your last OT visit for the collarbone, the clavicle.
P: Yay. It feels normal almost.
T: Any pain left?
P: No pain at all. It aches a little if I sleep on it.
T: Okay. Any numbness in the hand?
P: No, no numbness.
T: Shoulder flexion today 165 degrees, abduction 160, left side the same as right now.
P: I can do my own hair again. Braids and all.
T: That was the big goal. QuickDASH is nine, it started at sixty-one.
P: My roommate and I are driving Route 66 in the summer.
T: Fun. You're nineteen, right, your insurance card says so.
P: Nineteen in March.
T: Okay, let's finish strong. The pulleys, then the wand overhead, then the band rows and the wall push-ups. Eighteen minutes of exercise.
P: The wall push-ups are easy now.
T: Then the dressing practice, the sports bra and the backpack on and off, the self-care part, six minutes.
P: That was the hardest thing at the beginning.
T: Independent now with all dressing and hair care, independent with the backpack.
P: Yeah.
T: So that's about half an hour of treatment today.
P: It went fast.
T: Goals: hair, met. Dressing independent, met. Carry the backpack to class, met.
P: All met.
T: All met. You're discharged to the home program, the band rows and the wall push-ups three times a week.
P: For how long?
T: At least until the summer trip, and then keep going if you like them.
P: Thank you so much.
T: You did the work. Good luck on Route 66.
P: Should I still avoid the climbing gym?
T: Easy routes are fine now, the surgeon cleared you. Build up over a month, and stop if the collarbone aches.
P: I'll start on the easy wall.
""")

# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("i_ot08_bariatric_self_care_eval_high", "test", "OT", "evaluation", "OT", "cms",
  timed={"97535": 17}, untimed=["97167"], key="97167x1:GO 97535x1:GO",
  facts=["bariatric|obesity", "long-handled sponge|long handled sponge", "toilet aid|toileting aid", "bathing",
         "moderate assist|mod assist", "sleep apnea|CPAP", "leg lifter", "COPM",
         freq(2, 8, "twice a week for eight weeks")],
  negated=["skin breakdown", "falls"], absent=["Olive Garden", "forty-one"],
  text="""
T: Good afternoon, Mr. Greene, I'm Sasha, occupational therapy. And this is your daughter?
C: Yes, I'm Tanya. I drive him to everything.
T: Thank you for coming. Mr. Greene, the referral is for self-care after your hospital stay, with the class three obesity, the bariatric program. Tell me about bathing and dressing.
P: I can't reach my feet, or wash my back. Tanya helps with the lower half.
T: So bathing lower body moderate assist. Toileting hygiene?
P: That's the embarrassing one. I need help sometimes.
T: That's exactly what we work on, no embarrassment here. Any falls at home?
P: No falls. I'm careful.
T: Any skin breakdown, in the folds or on the legs?
C: No skin breakdown, the home nurse checks every week.
T: Good. Health: sleep apnea with the CPAP, the heart failure, diabetes, and the knee that's bone on bone.
P: That's the list.
T: With all of that and the hospital stay, this is a high complexity evaluation. COPM: his top problems are bathing and toileting, performance three, satisfaction two.
C: He's forty-one, he should be able to do this himself.
T: And he will with the right equipment. Today we practiced with the long-handled sponge for the back and the legs, the toilet aid, and the leg lifter to get the legs onto the bed.
P: The toilet aid, I can do that. That changes everything.
T: That self-care training was seventeen minutes.
C: Can you put down the whole hour, so the insurance pays more? You were here an hour.
T: I write down what I did. The evaluation, and the seventeen minutes of self-care training. The rest was the interview.
C: Okay, fair.
T: Plan is twice a week for eight weeks. Home: use the sponge and the toilet aid every day, and we'll order a tub bench.
P: We went to Olive Garden after my last appointment, I couldn't fit in the booth.
T: Ask for a table with chairs without arms next time. We'll talk about outings too.
P: Thank you. I want to shower on my own by my birthday.
T: That's your first goal then.
""")

S("i_ot09_digital_nerve_repair_eval_low", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 16}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["digital nerve", "index finger", "glass", "Semmes-Weinstein|monofilament", "4.31",
         "dorsal blocking|dorsal block", "orthosis|splint", "desensitization", freq(1, 8, "once a week for eight weeks")],
  negated=["fever", "redness"], absent=["Applebee's", "thirty-six"],
  text="""
T: Hi Jonah, I'm Pat, occupational therapy. The left index finger, you cut it on a glass?
P: Washing dishes, the glass broke in my hand. They repaired the nerve on the thumb side of the finger, ten days ago.
T: A digital nerve repair on the radial side of the index. Pain?
P: It's more tingly than painful. Like a two.
T: Any fever, any redness around the stitches?
P: No fever. No redness, the surgeon said it looks clean.
T: Good. I'm testing light touch with the monofilaments, the Semmes-Weinstein. Close your eyes.
P: Okay.
T: Radial side of the tip, 4.31, diminished light touch. Ulnar side normal, 2.83.
P: The tip feels like it's asleep.
T: That's expected, nerves grow slowly, about an inch a month. No other health problems?
P: None. I'm thirty-six, I run, that's it.
T: Then this is a low complexity evaluation: one finger, no other health issues, a clear plan.
T: The surgeon wants the finger protected in a little flexion, so a dorsal blocking orthosis, hand-based, index and middle.
P: Do I sleep in it?
T: Day and night for three more weeks. Let me mold it.
P: It's warm.
T: Good, that's the plastic. Strap, and I'm trimming the edge at the palm. Done. That orthosis took sixteen minutes.
P: Can I work? I'm a server at Applebee's.
T: Not with trays for now, ask your manager for host shifts. Desensitization starts when the scar closes, rubbing different textures.
P: Got it.
T: Plan is once a week for eight weeks.
P: Once a week works.
T: Watch the fingertip for burns, you won't feel hot water well on that side. Test the water with the other hand.
P: I never thought of that.
T: Most people don't. See you next week.
""")

S("i_ot10_distal_biceps_repair_reeval", "test", "OT", "re-evaluation", "OT", "per-code",
  timed={"97110": 19, "97140": 7}, untimed=["97168"], key="97168x1:GO 97110x1:GO",
  facts=["distal biceps|biceps", "supination", "70 degrees|70", "elbow extension|extension", "-10|minus 10|minus ten",
         "2/10|2 out of 10|two out of ten", "scar", "QuickDASH 31|31|thirty-one", freq(2, 6, "twice a week for six weeks")],
  negated=["numbness", "weakness in the thumb"], absent=["Bass Pro", "hundred and forty"],
  text="""
T: Hi Gary, re-evaluation today, it's been eight weeks since the distal biceps repair on the right, and the surgeon wants new goals.
P: Sounds good. Pain's about a two out of ten.
T: Two. Any numbness on the forearm, the outer side?
P: It was numb the first weeks. Not now, no numbness.
T: Any weakness in the thumb, pinching?
P: No weakness in the thumb.
T: Okay. Elbow extension lacks ten, so minus 10. Flexion 135. Supination 70 degrees, the left is ninety.
P: The palm-up thing is the hard part, turning a key.
T: That's supination. QuickDASH today is thirty-one, it was fifty-five at the start.
T: Scar massage first, on the crease. Sorry, hold on, my phone, it's the surgeon's office. I'll stop the clock.
P: Go ahead.
T: Okay, back. Scar massage done, that was seven minutes altogether.
T: Now the exercise: the forearm rotations with the hammer, the light curls, the band and the wall walks.
P: How long were we on those, like fifteen?
T: Nineteen, I had the timer going. Nineteen minutes of exercise.
P: I got a new fishing rod at Bass Pro, a hundred and forty bucks, when can I cast?
T: Light casting in four weeks. New goals: supination to 85, lift a twenty-pound bag of salt for the water softener, turn keys without pain.
P: The salt bags, yes.
T: Plan is twice a week for six weeks. Home: the hammer rotations and the curls with a can of soup, every day.
P: Soup can, got it.
T: I'll send the new plan to the surgeon today.
P: Thanks. And the brace, can I stop wearing it to bed?
T: The surgeon cleared it off at night last week, so yes. During the day only for the heavy yard work.
P: My wife will be glad, it kept hitting her.
""")

S("i_ot11_schizophrenia_meal_prep_daily", "test", "OT", "daily", "OT", "cms",
  timed={"97535": 26}, untimed=[], key="97535x2:GO",
  facts=["schizophrenia", "meal prep|cooking|grilled cheese", "recipe card|recipe", "stove",
         "checklist", "verbal cues|verbal cue", "medication|pill box|pillbox", "timer"],
  negated=["voices", "side effects"], absent=["4.29", "apartment 3B"],
  text="""
T: hey luis how was the week at the new apartment
P: good i like it its quiet apartment 3B second floor
T: nice and the voices this week any trouble with the voices
P: no not this week the new shot is working
T: good the psychiatrist wrote the schizophrenia is stable on the shot so we keep going with the living skills
T: good any side effects from the shot stiff or shaky
P: nah no side effects just sleepy the first day
T: ok and the pill box for the morning pills did you fill it sunday
P: yeah sunday with my mom on the phone
T: great so today we're cooking in the kitchen here the grilled cheese and the soup with the recipe card and the checklist
P: the eggs at the store were 4.29 thats crazy
T: it is crazy ok we started in the kitchen at 1:05 read me the first line of the recipe card
P: butter the bread
T: good and the stove knob which one is the front burner
P: this one
T: right he needed verbal cues twice to check the burner and set the timer
P: i forgot the timer
T: you remembered after one cue thats progress we finished the dishes and the stove check at 1:31
P: the soup was good
T: so the kitchen was from 1:05 to 1:31 the whole meal prep with cleanup
P: can we do tacos next time
T: tacos next time yes with a new recipe card and you write the grocery list
P: i can do the list
T: goals cook a simple meal with the checklist min cues getting close turn off the stove every time met today
P: my case manager comes thursday
T: good show her the checklist and keep the pill box on sundays
P: ok see you next week
""", said_exempt=("97535",))

S("i_ot12_preterm_fine_motor_ota", "test", "OT", "daily", "OTA", "cms",
  timed={"97530": 14, "97535": 10}, untimed=[], key="97530x1:GO,CO 97535x1:GO,CO,59",
  facts=["premature|preterm|28 weeks", "fine motor", "tweezers", "tripod grasp|tripod", "scissors",
         "buttons|button", "zipper", "hand over hand|hand-over-hand"],
  negated=["tantrums", "hand pain"], absent=["bus 22", "Bluey"],
  text="""
T: Hi Zoe! Hi Mom. I'm Lena, the OT assistant, Zoe and I are friends already.
C: She's been excited all morning. She was born at 28 weeks, so everything is a little late, but she's catching up.
T: She's doing great, her fine motor is catching up fast. Any tantrums at home with the homework, the scissors?
C: No tantrums this week, surprisingly.
T: Zoe, does your hand hurt when you color?
P: No.
C: No hand pain, she just gets tired.
T: Okay. First the tweezers game, the pompoms into the egg carton, then the play-dough snakes, then cutting the line with the scissors.
P: I want the pink pompoms.
T: Pink it is. Tripod grasp on the tweezers, good. Scissors: thumb up, she cut the straight line, the curve needed hand over hand.
C: She did like twenty minutes of cutting at home on Sunday.
T: That's great for her. The tweezers, the play-dough and the scissors were fourteen minutes here.
P: Now buttons!
T: Now the dressing board: the big buttons, then the zipper on her own jacket.
C: The zipper is our morning fight before bus 22.
T: Hook the bottom first, Zoe, then pull. Yes!
P: I did it!
T: Buttons and zipper, the dressing part, ten minutes.
C: She watches Bluey while I do her coat, maybe that's the problem.
T: Let her do it during the show instead. Zipper with hand over hand at the start, then on her own the last two tries.
C: Really? That's new.
T: New today. Home: the tweezers game, the zipper every morning, and the scissors three times a week.
C: Thank you, Lena.
T: The OT will do her progress check in two weeks.
C: Should I buy the special scissors? The ones online are eighteen dollars.
T: The loop scissors we used today work, the school has them too. Try those first.
""")

S("i_ot13_wrist_arthrodesis_ota_percode", "test", "OT", "daily", "OTA", "per-code",
  timed={"97110": 12, "97535": 8}, untimed=[], key="97110x1:GO,CO 97535x1:GO,CO",
  facts=["wrist fusion|arthrodesis", "grip", "putty", "jar opener", "rocker knife", "3/10|3 out of 10|three out of ten",
         "pronation|forearm rotation", "adaptive equipment|adaptive"],
  negated=["tingling", "swelling"], absent=["1962", "Bingo"],
  text="""
T: Hello Mrs. Varga, I'm Toni, the OTA. How's the right wrist since the wrist fusion, the arthrodesis?
P: It doesn't bend, of course, but it doesn't hurt like before. Three out of ten maybe.
T: Three. Any tingling in the fingers?
P: No tingling.
T: Swelling?
P: Not since the cast came off, no swelling.
T: Good. We'll start with the putty and the grippers, five minutes, then the self-care part, then more exercise at the end.
P: Whatever you say.
T: Okay, putty: squeeze, roll, pinch. Five minutes on that.
P: My husband and I married in 1962, I've been opening jars for him for sixty years.
T: Then let's make jars easy. The jar opener under the counter, and the rocker knife for cutting meat one-handed without bending the wrist.
P: Oh, the knife rocks. That's clever.
T: The adaptive equipment practice was eight minutes.
P: I'll need one for Bingo night, the daubers.
T: The fat dauber works, like a marker with foam. Now back to exercise: the forearm rotations with the hammer for pronation and supination, and the grip.
P: The forearm turns fine.
T: That's the part the fusion leaves you. Another seven minutes on those.
P: My grip is weak.
T: Grip is twelve kilos today, it was nine. So the exercise was the putty at the start and the forearm at the end.
P: When do I come back?
T: Thursday. Home: putty twice a day, and use the jar opener and the rocker knife.
P: I'll use them, my daughter will order them.
T: I'll write down the names for her.
P: Thank you, dear. Is it normal the scar itches?
T: Very normal. Rub it with lotion, firm circles, a few minutes a day, and keep it out of the sun this year.
P: I'll do it at night with my cream.
""", said_exempt=("97110",))

S("i_ot14_cancer_fatigue_progress", "test", "OT", "progress", "OT", "cms",
  timed={"97110": 15, "97535": 12}, untimed=[], key="97110x1:GO 97535x1:GO",
  facts=["breast cancer|chemo|chemotherapy", "fatigue", "arm bike", "energy conservation|pacing",
         "shower", "6/10|6 out of 10|six out of ten", "grocery", "sit to dress|sitting to dress", freq(1, 4, "once a week for four more weeks")],
  negated=["fever", "shortness of breath"], absent=["eleven hundred", "Hallmark"],
  text="""
T: Hi Joanne, it's your progress report today, ten visits. How's the fatigue since the last round of chemo?
P: Better on the good days. Still a six out of ten by dinner.
T: Six by dinner, it was nine. Any fever this week?
P: No fever, I check every day.
T: Shortness of breath with the shower?
P: No shortness of breath. Just tired after, I sit to dress now like you said.
T: Good, that's the energy conservation working. Sitting to dress, the shower chair, the robe instead of drying off.
P: The robe was genius.
T: Grocery shopping: she does half a cart now with the electric cart, it was none.
P: Oh, and the billing office said I've used about eleven hundred dollars of OT this year. Is that a problem for Medicare?
T: The OT threshold is twenty-four eighty this year, you're under it.
T: Okay, the arm bike first, low resistance, for the endurance. Fifteen minutes on the arm bike.
P: I'm sweating.
T: Good sweat. I was going to do a second round, want it?
P: No, I'm done for today, honestly.
T: Okay, no second round. Then we planned her week: the pacing plan, the heavy things on the good days, and shower practice with the long sponge. Twelve minutes on that.
P: I wrote the plan on the fridge.
T: Goals: shower and dress with rests, met. Half a grocery trip, met. Cook dinner three nights a week, partly met, two nights.
P: The Hallmark movies help me rest.
T: Whatever helps you rest. Plan is once a week for four more weeks, while she finishes the radiation.
P: Once a week is perfect.
T: Home: the pacing plan, the walking ten minutes a day, and rest before you're tired.
P: Thank you.
""")

# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("i_slp01_zenker_diverticulum_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["Zenker|diverticulum", "myotomy", "regurgitation|comes back up", "IDDSI level 7|IDDSI 7|level 7 regular",
         "thin liquids|IDDSI level 0|level 0", "chin tuck", "cough", "pill|pills", "10 pounds|ten pounds"],
  negated=["pneumonia", "heartburn"], absent=["Route 2", "Piggly Wiggly"],
  text="""
T: Mr. Lindqvist, I'm Harper, the speech-language pathologist. You had surgery for the Zenker's diverticulum, the pouch in the throat, a month ago?
P: The myotomy, yes. Before it, food would sit there and come back up hours later. Undigested.
T: Regurgitation. Is that still happening?
P: Much less. Maybe once a week, a little.
T: Any pneumonia, before or since the surgery?
P: No pneumonia, thank God.
T: Heartburn?
P: Never had heartburn, it was never that.
T: Any coughing when you eat or drink?
P: A cough with pills sometimes. The big ones.
T: And weight?
P: I lost ten pounds before the surgery, gained back three.
C: I'm his wife. He eats so slowly now, I finish and he's on his second bite.
T: Let's watch. Thin liquids first, water by cup... single sips, clear voice after. Sequential sips, one throat clear.
T: Now the cracker, solid, regular. Chewing is fine, he swallows twice per bite.
P: I've always done that, the double swallow.
T: That's a good habit here. I'd like to try a pill with applesauce.
P: No, I don't want to try a pill today, I'll choke in front of you.
T: That's okay, we'll skip the pill trial. A chin tuck with the larger sips helped, no cough.
T: So my recommendation: regular solids, IDDSI level 7, and thin liquids, IDDSI level 0, with small sips and a chin tuck for the big sips.
C: He drives forty minutes on Route 2 to get here, can he do the exercises at home?
T: Yes. Home program, and come back twice a week for four weeks for the swallowing therapy.
P: Twice a week, okay.
T: Pills: crush the ones the pharmacist says you can, or take them in applesauce.
C: We'll ask at the Piggly Wiggly pharmacy.
T: And if the regurgitation gets worse or he coughs with every meal, call the surgeon.
P: I will.
""")

S("i_slp02_selective_mutism_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["selective mutism", "whisper|whispers", "school", "anxiety", "CELF", "average", "nonverbal|gestures",
         "brave talking|stimulus fading", freq(1, 12, "once a week for twelve weeks")],
  negated=["hearing", "ear infections"], absent=["Room 12", "Paw Patrol"],
  text="""
T: Hi Nora, hi Mom. I'm Ellis, the speech therapist. Nora, you can point or nod if you'd like, that's fine.
C: She talks all day at home. At school, nothing. Not one word since kindergarten.
T: And she's six now, in first grade. Does she whisper to anyone at school?
C: She whispers to her friend Lily. Only Lily. Her teacher in Room 12 has never heard her voice.
T: That pattern, talking at home and not at school, is selective mutism. It's an anxiety, not a language problem usually.
C: My sister was the same as a kid, she grew out of it.
T: Some do, most need help. Any hearing problems?
C: Her hearing was fine at the pediatrician.
T: Ear infections when she was little?
C: Not one ear infection, no.
T: Okay. Nora, can you show me the dog on this page?
P: (points)
T: Great pointing. Nonverbal answers, gestures, perfect. Mom, can you ask her the next questions while I sit over by the window?
C: Nora, what's this one?
P: A bus.
T: That's brave talking, Nora! So the CELF with Mom asking and me farther away: language scores are in the average range.
C: She loves Paw Patrol, she'll talk about it for an hour at home.
T: We'll use Paw Patrol. So language is average, the speech sounds are clear, and the mutism is the problem.
P: Can I have a sticker?
T: You asked me for a sticker! Of course. Mom, she just spoke to me.
C: Oh my gosh.
T: Plan: once a week for twelve weeks, stimulus fading, bringing new people in slowly while she talks to you.
C: And the school?
T: I'll call her teacher. No pressure to talk, no praise in front of the class, and Lily helps.
""")

S("i_slp03_nph_cognition_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 8}, untimed=[], key="97129x1:GN 97130x1:GN", cog=23,
  facts=["normal pressure hydrocephalus|hydrocephalus|shunt", "memory notebook|notebook", "calendar",
         "7/10|7 out of 10|seven out of ten|70%", "moderate verbal cues|moderate cues|mod cues",
         "medication|pills", "word list|recall", "4/5|4 out of 5|four out of five"],
  negated=["headaches", "falls"], absent=["867", "Jeopardy"],
  text="""
T: Hi Walter, hi Ruth. How's the week been since the shunt, for the normal pressure hydrocephalus?
C: Walking's better, the memory is slower to come back.
P: I'm sharper, she doesn't see it.
T: Any headaches?
P: No headaches.
T: Any falls this week?
C: No falls. He's steadier since the shunt.
T: Great. Walter, let's start with the memory notebook. What did you do yesterday?
P: The doctor, and... lunch. Let me look. The notebook says the pharmacy.
T: Good, you used the notebook on your own. Now the calendar: what's on Thursday?
P: Haircut. Thursday at ten.
T: Correct. Questions from the calendar and the notebook, seven out of ten correct, with moderate verbal cues.
P: Excuse me, I need the restroom.
T: Of course, I'll stop the clock. Ruth, how's the medication routine going?
C: He fills the pill box, I check it. He missed once this week.
T: Okay. Welcome back, Walter. Now the word list, five words, and I'll ask again in a few minutes.
P: Apple, river, chair, blue, penny.
T: Now the pill box practice with the chart... and the words?
P: Apple, river, blue, penny. The fourth... no, I said four.
T: Four out of five recalled after the delay. So twelve minutes before the break and eleven after.
C: He watches Jeopardy every night and shouts the answers.
T: That's great practice, keep it up. The whole memory work today was twenty-three minutes.
P: Felt like an hour.
T: Plan for next time: the calendar questions with less cueing, and the notebook at the doctor's visit.
C: Should I call with the pharmacy number? It's the 867 number on the bottle.
T: He should call, with you next to him, that's his goal this week.
P: Fine, I'll call.
T: See you Tuesday.
""")

S("i_slp04_reinke_edema_voice_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["reinke|reinke's edema", "smoking|smoker|quit", "straw", "resonant voice|resonant", "hoarse|hoarseness",
         "8/10|8 out of 10|eight out of ten", "water|hydration", "pitch"],
  negated=["pain when swallowing", "trouble breathing"], absent=["1994", "six fifty"],
  text="""
T: hi carol hows the voice this week
P: still hoarse in the morning better by noon
T: ok and the smoking how many this week
P: none i quit for real the 1st of the month
T: thats huge for the reinke's edema the swelling on the cords thats the main cause
P: i smoked since 1994 my husband still does
T: thats hard living with it any pain when swallowing
P: no no pain when swallowing
T: any trouble breathing at night or with stairs
P: i wouldnt say that no trouble breathing
T: good lets do the straw drills first the straw in the water bottle and hum through it up and down
P: the bubbles make me laugh
T: slides up and down thats the pitch range good
T: now the resonant voice mmm hmm on the lips then mmm-one mmm-two
P: mmm one mmm two
T: buzzing on the lips 7 no wait 8 out of 10 phrases with the buzz good
P: i sang in the choir before all this
T: we'll check with the ent before singing how much water
P: like 4 glasses
T: aim for 8 and the steam in the evening
P: the humidifier was six fifty at the pharmacy i think i paid too much
T: probably but it helps
T: plan next time resonant voice in sentences and your phone calls at work
P: ok same time next week
T: same time and the straw drills at home five minutes three times a day
P: three times a day at work too
T: yes at lunch in your car is fine nobody has to hear you hum and call me if the voice goes out completely
P: ok and the ent appointment is the 20th should i bring anything
T: just the log of your voice rest and the water ill send her my notes too
""")

S("i_slp05_sjogren_dysphagia_interpreter", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["Sjogren|Sjögren|dry mouth", "saliva substitute|saliva", "liquid wash|alternate|sip between bites",
         "IDDSI level 6|IDDSI 6|level 6|soft and bite-sized", "effortful swallow", "12/15|12 out of 15|twelve out of fifteen",
         "rice", "lozenges|sugar-free"],
  negated=["pneumonia", "weight loss"], absent=["30615", "Mogadishu"],
  text="""
T: Hello Mrs. Abdi. I'm Quinn, speech therapy. We have the Somali interpreter on the video screen today.
C: Hello, interpreter 30615 here, I'll interpret in first person for her.
T: Thank you. Mrs. Abdi, how is eating this week with the dry mouth from the Sjogren's?
C: She says the rice sticks in her throat, and bread is the worst. She needs water for every bite.
T: Is she using the saliva substitute spray?
C: She says yes, before meals, and the sugar-free lozenges in the afternoon.
T: Any pneumonia, any chest infections?
C: She says no, no pneumonia, never.
T: Weight loss since last month?
C: She says no weight loss, her daughter weighed her, the same. Sorry, interpreter speaking, the video froze, can you repeat the last part? ... She says the same weight.
T: Good. Today we practice the effortful swallow, then the liquid wash, a sip between bites, with the soft rice.
C: She says okay.
T: Effortful swallow with the rice, she cleared without a second swallow on twelve out of fifteen bites.
C: She says it's easier when she pushes hard.
T: That's the idea. Bread today, the soft bread?
C: She says no bread today, she doesn't want to try it, it scares her.
T: Okay, we'll leave the bread. She stays on soft and bite-sized, IDDSI level 6, and thin liquids, with the liquid wash.
C: Interpreter speaking, not from her: I was born in Mogadishu too, near the market.
T: Thank you. Mrs. Abdi, at home: the effortful swallow at every meal, the spray before meals, sips between bites.
C: She says thank you, she wants to eat the rice at her son's wedding next month.
P: Mahadsanid.
T: You're welcome. We'll practice the wedding food next time, bring a list.
C: She says she will bring the list.
""")

S("i_slp06_dyslexia_progress", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["dyslexia|reading", "phonemic awareness|phoneme", "16/20|16 out of 20|sixteen out of twenty|80%",
         "blending", "decoding", "nonsense words", "minimal cues|min cues|minimal verbal cues",
         "CTOPP", freq(2, 10, "twice a week for ten more weeks")],
  negated=["vision", "headaches"], absent=["Fortnite", "Lincoln Elementary"],
  text="""
T: Hi Eli, hi Dad. Progress report today, twenty sessions working on the reading, the dyslexia.
C: His teacher at Lincoln Elementary says he's reading the class books now, slowly.
T: That's great news. Eli, any headaches when you read?
P: No headaches.
T: And his vision check?
C: Vision was fine, the eye doctor said twenty twenty, no glasses.
T: Okay. Let's start with the sound game. Blending: I say the sounds, you say the word. /s/ /t/ /o/ /p/.
P: Stop.
T: Nice. Blending was sixteen out of twenty today with minimal cues, it was nine out of twenty at the start.
C: That's a big jump.
T: Now the nonsense words, the decoding: "blim", "frap", "strunt".
P: Blim. Frap. Str... strunt.
T: Good self-correction. Nonsense words twelve of twenty, it was four.
P: Can I play Fortnite after?
C: After the reading homework.
T: Phonemic awareness on the CTOPP, his standard score went from 78 to 91.
C: What does that mean?
T: From below average to the average range. Goals: blending 80 percent with minimal cues, met. Decoding nonsense words at 80 percent, not met, sixty now. Read a second-grade passage fluently, partly met.
C: So keep going.
T: Keep going: twice a week for ten more weeks, focus on the decoding and the fluency.
P: Do I get a prize?
T: You get the prize box. Home: ten minutes of the word cards every night, read to Dad.
C: I'll do it before bed.
T: And I'll send the progress report to the school for his reading plan.
C: The school meeting is next month, can you come?
T: I can join by phone. Ask them to put me on the invite, and I'll share the scores and the goals.
P: Can I go now?
T: Yes, grab the prize box on the way out, Eli.
""")

S("i_slp07_bells_palsy_dysarthria_discharge", "dev", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Bell's palsy|facial", "dysarthria", "lip closure|lip seal", "mirror", "bilabial|p, b and m|/p/ /b/ /m/",
         "95%|95 percent|ninety-five percent", "intelligibility", "flaccid"],
  negated=["drooling", "trouble with the eye"], absent=["Thanksgiving", "three hundred"],
  text="""
T: Hi Denise, last visit today, the discharge. How is the speech since the Bell's palsy?
P: Almost normal. People don't ask me what's wrong anymore.
T: That's great. Any drooling from the right corner?
P: No drooling, not since October.
T: Any trouble closing the eye now?
P: The eye's fine, no trouble with the eye.
T: Good. Let's do the mirror work one more time. Lips together, hold, puff the cheeks.
P: Like a blowfish.
T: Lip closure is full on the right now. Now the bilabial words, the p, b and m: puppy, baby, mommy, pop, bob.
P: Puppy, baby, mommy, pop, bob.
T: Sentences with p, b and m: ninety-five percent accurate today, it was sixty percent at the start.
P: The b's were the worst.
T: Intelligibility in conversation, I understand you a hundred percent, and your husband?
P: He says I'm too understandable now, I talk too much.
T: Ha. So the goals: lip closure for the bilabials, met. Intelligibility in conversation, met. No drooling at meals, met.
P: I ate corn on the cob at Thanksgiving, no mess.
T: That's a real test. The flaccid dysarthria from the palsy is resolved, so you're discharged.
P: The neurologist charged three hundred for the last visit, I'm glad I don't have to go back.
T: Hopefully not. Home: keep the mirror exercises once a day for a month, then stop.
P: Once a day for a month.
T: If the face gets weak again, call the doctor right away, don't wait.
P: I will. Thank you for everything.
T: You did the work, Denise.
P: Can I still call if I have a question?
T: Of course, the front desk can put you through. And bring your grandkids' baby pictures next time you're in the building.
P: Ha, I will, they're the reason I practiced all those p's and b's.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("i_slp08_presbyphonia_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["presbyphonia|aging voice|vocal fold atrophy|bowing", "breathy|breathiness", "VHI-10|VHI 10|voice handicap",
         "24|twenty-four", "maximum phonation time|MPT", "9 seconds|nine seconds", "hearing aids", "church|choir",
         freq(1, 8, "once a week for eight weeks")],
  negated=["heartburn", "smoking"], absent=["1958", "St. Anne's"],
  text="""
T: Good morning, Mr. Bauer, I'm Riley, the speech-language pathologist. Your ENT saw thin, bowed vocal folds on the scope, the aging voice, presbyphonia?
P: That's what he said. My voice gets breathy and tired, people ask me to repeat.
C: I'm his wife. At the restaurant nobody hears him. And he has the hearing aids, so we both yell.
T: How long has it been this way?
P: Two, three years. Worse since I retired from teaching in 2021, I stopped talking all day.
T: Any heartburn, acid coming up?
P: No heartburn.
T: Smoking, ever?
P: Never smoked. My father did, from 1958 until the day he died.
T: Okay. Voice handicap index, the VHI-10: twenty-four out of forty. That's a real impact.
C: He sings in the choir at St. Anne's, or he used to.
T: Singing is a goal then. Maximum phonation time, hold "ah" as long as you can.
P: Ahhhhh.
T: Nine seconds, that's short, twenty is typical. Once more... nine again, so nine seconds.
P: I run out of air.
T: The folds don't close all the way, so air escapes. Pitch glides are okay, loudness drops at the end of sentences.
T: Reading the passage: breathy, soft, the voice quality fades by the last line.
C: That's exactly what happens at dinner.
T: This is a good fit for voice therapy, the strengthening kind. Phonation Resistance Training, loud and strong, every day.
P: Like a drill sergeant?
T: A bit. Plan is once a week for eight weeks, with home practice fifteen minutes a day.
C: He'll do it if I remind him.
T: And the audiologist should check the hearing aids, so you're not both yelling.
P: Fair enough. When can I sing again?
T: Start with humming in the car this week, the choir in a month if the voice holds up. We'll decide together.
C: He'll be so happy, he misses the Christmas concert every year.
""")

S("i_slp09_fragile_x_language_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["fragile X", "PLS-5|PLS 5|Preschool Language Scale", "expressive", "receptive", "echolalia|repeats",
         "two-word|2-word|two word", "eye contact", "AAC|picture", freq(2, 12, "twice a week for twelve weeks")],
  negated=["seizures", "ear infections"], absent=["Target", "5:30"],
  text="""
T: Hi Owen! Hi Mom. I'm Avery, the speech therapist. Owen can explore the toys while we talk.
C: Thanks. He has fragile X, we found out at two. He's four now.
T: How does he talk at home?
C: Mostly single words, some two-word phrases like "more juice". And he repeats what he hears on TV.
T: The repeating is echolalia, common in fragile X. Any seizures?
C: No seizures, the neurologist checked.
T: Ear infections?
C: Never had an ear infection, his hearing test was normal.
T: Good. Owen, look! Bubbles!
P: Bubbles! Bubbles!
T: He looks at the bubbles, not at me, eye contact is brief, and that's okay.
C: He hates when people stare at him. His dad is the same, actually, he's a carrier.
T: That's common in the family. Okay, the PLS-5 now, with the pictures. Owen, where's the ball?
P: Ball.
T: He points to the ball, to the cup, not the shoe. Receptive language standard score 62. Expressive language 58.
C: Is that low?
T: Both below the average range, expressive a bit lower. He's a good imitator, that's a strength we'll use.
P: More bubbles.
T: "More bubbles", a two-word phrase! Great.
C: That's the kind he does at Target when he wants the cookies.
T: We'll add a picture board too, an AAC system, so he can ask for things when words don't come. It helps words come, it doesn't stop them.
C: I worried it would make him lazy.
T: The research says no. Plan is twice a week for twelve weeks.
C: We pick up his sister at 5:30, can we have mornings?
T: The front desk has mornings. See you soon, Owen.
P: Bye bye.
C: He said bye bye! He never says that to new people.
T: He's warming up already. Bring his favorite snacks next time, we'll use them for requesting.
""")

S("i_slp10_hsv_encephalitis_cog_daily", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 19}, untimed=[], key="97129x1:GN 97130x1:GN", cog=34,
  facts=["encephalitis|HSV", "memory", "smartphone|phone reminders|reminder app", "prospective memory",
         "9/12|9 out of 12|9 of 12|nine of twelve|75%", "minimal cues|min cues|minimal verbal cues", "story recall|paragraph",
         "route|directions"],
  negated=["seizures", "headaches"], absent=["555 0193", "Oak Street"],
  text="""
T: Hi Sonya, how has the memory been this week since the encephalitis?
P: Better with the phone. I still lose the thread of conversations.
T: Any seizures this week?
P: No seizures, the meds are working.
T: Headaches?
P: Not anymore. The first month, yes, every day. Now no headaches.
T: Okay. We started at 10:02. First the reminder app on your smartphone. Set one for your lab on Thursday.
P: Okay... Thursday, nine a.m., labs.
T: Good. Now the prospective memory task: when the timer rings, tell me to check the mail.
P: Okay.
T: Meanwhile, the paragraph, the story recall. I'll read it, then you tell it back.
P: A woman on Oak Street lost her dog... found it at the park... the neighbor called.
T: Good details. Story recall, nine of twelve details, with minimal cues.
P: The timer! Check the mail!
T: You remembered without a cue. Now the route task: how do you get from the pharmacy to your sister's?
P: Left on Main, then... the bakery, then right.
T: Good. And call your sister's number with the phone's contacts, not from memory.
P: It's 555 0193. I know that one from childhood.
T: Use the contact anyway. We finished at 10:36, so thirty-four minutes of the cognitive work today.
P: It goes fast.
T: Plan for next time: the conversation tracking with a video, and check if the reminder for Thursday went off.
P: I'll bring the phone.
T: Home: the daily planner every morning and one reminder for each appointment.
P: Got it. My husband says I'm more like myself.
T: That's the best measure. Tell him to let you run the calendar this week, not him.
P: He'll hate that, he loves being in charge of it.
""")

S("i_slp11_trach_speaking_valve_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["tracheostomy|trach", "speaking valve|Passy-Muir|Passy Muir", "cuff deflated|cuff down|deflated the cuff",
         "oxygen saturation|sats|SpO2", "94%|94 percent|ninety-four percent", "phonation|voicing",
         "45 minutes|forty-five minutes", "counting|count to"],
  negated=["shortness of breath", "secretions"], absent=["Lakers", "room 410"],
  text="""
T: Hi Mr. Brooks, I'm Jordan, speech therapy. The nurse says you're ready to try the speaking valve again on the trach today.
P: (mouths words)
C: I'm his wife. He's been so frustrated, he can't call the kids.
T: We'll work on that. Cuff deflated, the respiratory therapist did it a minute ago, and I'm suctioning first.
T: Any shortness of breath with the cuff down?
P: (shakes head)
T: Good, he shakes his head, no shortness of breath. Sats are ninety-four percent. Now the Passy-Muir valve on.
P: Hello?
C: Oh my god, his voice.
T: Voicing on the first try. Let's count to ten.
P: One, two, three... four... five, six, seven, eight, nine, ten.
T: Good phonation, a little breathy, short phrases. Sats still ninety-four percent.
P: I feel... okay.
T: Any secretions building up, any coughing?
P: No... no secretions.
T: Good, no secretions. Now the days of the week, then your name and your address.
P: Monday... Tuesday... I'm David Brooks... room 410, that's not my address.
C: He's been in room 410 so long he thinks he lives there.
T: Ha. So he tolerated the valve forty-five minutes today, the goal was thirty.
P: Did the Lakers win?
C: They lost, don't ask.
T: Plan for next time: the valve for meals with the nurse watching, and longer conversations, the phone call to the kids.
C: Can he wear it alone?
T: Not alone yet, only when staff are with him, and never while sleeping. I'll write it on the board.
P: Thank you.
C: Thank you so much. I'll tell the kids to call at six tonight, when the nurse is here.
T: Good idea. Ask the nurse to put the valve on for the call, and take it off after. Short sentences, David, save your breath.
P: Short... sentences. Okay.
""")

S("i_slp12_dish_dysphagia_interpreter", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["DISH|osteophytes|bone spurs", "Mendelsohn", "chin tuck", "IDDSI level 5|IDDSI 5|level 5|minced and moist",
         "mildly thick|IDDSI level 2|level 2", "10/12|10 out of 12|ten out of twelve", "pills|pill", "weight"],
  negated=["pneumonia", "choking"], absent=["Hyundai", "Busan"],
  text="""
T: Hello Mr. Park. I'm Morgan, speech therapy. Your daughter will interpret today?
C: Yes, I'm Ji-woo, his daughter. He understands English a bit but it's easier in Korean.
T: Thank you. Mr. Park, the bone spurs on the neck, the DISH, they push on the throat when you swallow. How are meals this week?
C: He says better with the minced food, the rice porridge is easy. The meat still gets stuck.
T: Any choking episodes?
C: He says no choking, only the feeling of stuck.
T: Any pneumonia, any fever?
C: No pneumonia. The doctor said his lungs are clear.
T: Weight?
C: He lost two kilos last month, this month the same weight.
T: Okay, stable. Today the Mendelsohn maneuver: swallow and hold the throat up at the top, count two, then let go.
C: He asks if it's like holding the swallow.
T: Exactly. Let's try with the minced chicken.
P: (swallows) Okay?
T: Good hold. With the Mendelsohn and a chin tuck he cleared ten out of twelve bites without residue.
C: He says his friend from Busan had the neck surgery for the same thing.
T: Some need surgery, some don't. Now the mildly thick liquid, the level 2 tea.
P: Good. Easy.
T: No cough. He stays on minced and moist, IDDSI level 5, and mildly thick liquids, IDDSI level 2.
C: And the pills? He takes six.
T: Pills one at a time in the yogurt, and ask the pharmacist which can be liquid.
C: He says thank you. And he wants to know if he can drive to the Hyundai dealer on his own next week, the car needs service.
T: That's for his doctor, not a swallowing question.
C: He says okay, fair.
T: Home: the Mendelsohn five times before each meal, and the chin tuck for every bite of meat.
""")

S("i_slp13_auditory_processing_progress", "test", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["auditory processing|APD", "background noise|noise", "18/20|18 out of 20|eighteen out of twenty|90%",
         "two-step directions|2-step directions|two step directions", "FM system|FM", "repeat back|repetition",
         "moderate cues|mod cues", freq(1, 8, "once a week for eight more weeks")],
  negated=["ear infections", "hearing loss"], absent=["room 7", "22 points"],
  text="""
T: hi jayden hi grandma progress report today after ten sessions for the auditory processing
C: his teacher says hes following directions better in class but the cafeteria is still hard
T: the background noise yeah any ear infections lately
C: no no ear infections this year
T: and the audiologist confirmed no hearing loss right
C: right no hearing loss his hearing is normal its the processing
T: ok jayden lets do the listening game with the noise on the speaker
P: the cafeteria noise again
T: yep two-step directions touch the red square then the blue circle
P: red square blue circle
T: 18 out of 20 in quiet it was 12 out of 20 at the start
T: with the noise on 14 of 20 with moderate cues it was 6
C: he scored 22 points in his basketball game saturday
T: nice jayden now the repeat back the sentences
P: the dog ran under the blue truck
T: good repetition goals following two-step directions in quiet met in noise partly met repeat back sentences in noise not yet
C: the school got him the fm system in room 7
T: great the fm system helps a lot ask the teacher to use it in every class
T: plan once a week for eight more weeks working on the noise
C: ok same day
T: home the listening games on the tablet ten minutes a day with the tv on low
P: can i pick the game
T: you can pick the game
C: should we get him tested again at the end
T: yes the audiologist can retest in the spring ill send her this report so she sees the scores
C: thank you he really likes coming here
P: i like the noise game
""")

S("i_slp14_chiari_dysphagia_discharge", "test", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["Chiari|decompression", "regular diet|IDDSI level 7|level 7", "thin liquids|IDDSI level 0|level 0",
         "supraglottic swallow|supraglottic", "20/20|20 out of 20|twenty out of twenty|100%", "cough", "EAT-10",
         "EAT-10 3|EAT-10 is three"],
  negated=["choking", "pneumonia"], absent=["Wrigley", "sixteen-hour"],
  text="""
T: Hi Megan, last visit today, the discharge. How's the swallowing since the Chiari decompression?
P: Honestly normal. I ate a whole burger at Wrigley last weekend.
T: Ha. Any choking at all?
P: No choking.
T: Any pneumonia, any chest infection since we started?
P: No, no pneumonia.
T: Good. Your EAT-10 is three today, it was twenty-two at the start.
P: Three, nice.
T: Let's do a last check. Thin liquids, big sips from the cup.
P: (drinks) Fine.
T: No cough, clear voice. Now the supraglottic swallow one more time, then without it.
P: Breath, hold, swallow, cough. Then normal.
T: Twenty out of twenty swallows without a cough today, with regular food and thin liquids.
P: It took forever to get here.
T: It did. Back in August you were on soft food and mildly thick liquids.
P: I flew to my sister's, a sixteen-hour trip with the layover, and ate everything on the plane.
T: That counts as a test too. Goals: regular diet, met. Thin liquids without coughing, met. Eat a meal in thirty minutes, met.
P: All met.
T: So you're discharged: regular diet, IDDSI level 7, and thin liquids, IDDSI level 0, no strategies needed.
P: Can I stop the exercises?
T: Yes. If the headaches or swallowing trouble come back, call the neurosurgeon first, then us.
P: I will.
T: It was great working with you.
P: Thanks, you were a lifesaver. My mom wants to send cookies.
T: Cookies are always welcome at the front desk.
P: One more thing, my neurosurgeon wants a letter that I'm done with therapy.
T: I'll send him the discharge summary today, with the EAT-10 and the diet.
P: Perfect, he sees me on the ninth. I'll bring him a cookie too.
""")
# @@SESSIONS_END@@

# ---------------------------------------------------------------------------------------------
# Rules (independent implementation of the brief's answer-key conventions)
# ---------------------------------------------------------------------------------------------

# 97763 and 97036 added to blind3's list: PRODUCT.md names them as timed codes.
TIMED = {"97110", "97112", "97116", "97140", "97530", "97535", "97542", "97750", "97760",
         "97763", "97129", "97130", "97032", "97033", "97035", "97036"}
UNTIMED = {"97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "92507",
           "92521", "92522", "92523", "92524", "92526", "92610", "97150", "G0283"}
EVAL_CODES = {
    ("PT", "evaluation"): {"97161", "97162", "97163"},
    ("PT", "re-evaluation"): {"97164"},
    ("OT", "evaluation"): {"97165", "97166", "97167"},
    ("OT", "re-evaluation"): {"97168"},
    ("SLP", "evaluation"): {"92521", "92522", "92523", "92524", "92610"},
}
ALL_EVAL = set().union(*EVAL_CODES.values())
COMPLEXITY = {"97161": "low", "97162": "moderate", "97163": "high",
              "97165": "low", "97166": "moderate", "97167": "high"}
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}
ROLES = {"PT": {"PT", "PTA"}, "OT": {"OT", "OTA"}, "SLP": {"SLP"}}
NOTE_TYPES = {"evaluation", "daily", "progress", "re-evaluation", "discharge"}
# Pairs kept out of the data on purpose: the brief's 59 rule does not cover them, while NCCI /
# CPT guidance does say something about them (see README).
AVOID_PAIRS = [({"97140"}, {"97161", "97162", "97163"}),
               ({"97530", "97150"}, {"97164"}),
               ({"97530"}, ALL_EVAL - {"97164"}),
               ({"97760"}, {"97116"}),
               ({"92507"}, {"92526"}),
               ({"92526"}, {"92610"}),
               ({"92507", "92526"}, {"97129", "97130"})]


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
        problems.append(f"{sid}: tie in remaining minutes decides a unit ({rest[left-1]} vs {rest[left]})")
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

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
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
    return any(re.search(r"(?<![\w.])" + re.escape(f) + r"(?![\w])", text, re.I)
               for f in number_forms(n))


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
    if not re.fullmatch(r"i_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("i_" + s["discipline"].lower()):
        p("id prefix does not match discipline")
    if s["split"] not in ("dev", "test"):
        p("bad split")
    if s["role"] not in ROLES.get(s["discipline"], ()):
        p("role does not fit discipline")
    if s["note_type"] not in NOTE_TYPES:
        p("bad note type")
    if s["rule"] not in ("cms", "per-code"):
        p("bad rule")
    if s["role"] in ASSIST_MOD and s["note_type"] != "daily":
        p("assistant on a non-daily note")

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
    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"])
                   for s in SESSIONS)
    lines = ["split  disc  note_type      role  rule      n"]
    for k in sorted(rows):
        lines.append(f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {rows[k]}")
    code_count = Counter()
    for s in SESSIONS:
        for c in list(s["timed"]) + s["untimed"]:
            code_count[c] += 1
    lines.append("codes performed (sessions): " +
                 ", ".join(f"{c} {n}" for c, n in sorted(code_count.items())))
    return "\n".join(lines)


def main():
    problems = []
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for s in SESSIONS:
        segs = build_segments(s, problems)
        codes, mods = check_session(s, segs, problems)
        out.append((s, {
            "id": s["id"], "discipline": s["discipline"], "note_type": s["note_type"],
            "role": s["role"], "rule": s["rule"],
            "transcript": {"segments": segs},
            "expected": {"codes": codes, "modifiers": mods, "minutes": dict(s["timed"]),
                         "facts": s["facts"], "negated": s["negated"], "absent": s["absent"]},
        }))
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
            if f.startswith("i_") and f.endswith(".json"):
                os.remove(os.path.join(d, f))
    for s, doc in out:
        with open(os.path.join(here, s["split"], s["id"] + ".json"), "w") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(f"OK: wrote {len(out)} sessions "
          f"(dev {sum(1 for s, _ in out if s['split'] == 'dev')}, "
          f"test {sum(1 for s, _ in out if s['split'] == 'test')})")
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
