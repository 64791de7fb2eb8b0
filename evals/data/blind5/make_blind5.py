#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), fifth set (ids f_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind4's README.  The
self-check machinery is copied unchanged from evals/data/blind4/make_blind4.py (only the id prefix
is f_); the sessions are new.  Running it:

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

S("f_pt01_acl_recon_eval_mod", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 14, "97112": 9}, untimed=["97162"], key="97162x1:GP 97110x1:GP 97112x1:GP",
  facts=["ACL reconstruction|ACL recon", "patellar tendon", "4/10|four out of ten|4 out of 10|a four",
         "flexion 95|95 degrees|ninety-five degrees", "-3|minus three|lacking 3|lacking three",
         "LEFS 32|32/80|thirty-two out of eighty", "weight bearing as tolerated|WBAT",
         "quad sets", "heel slides", freq(2, 10, "twice a week for ten weeks")],
  negated=["calf pain", "surgery on the right"], absent=["three to one", "my brother scored"],
  text="""
T: Okay, Jordan, so you're three weeks out from the ACL reconstruction, left knee. Hamstring graft, right?
P: Patellar tendon, actually. Three weeks tomorrow.
T: Patellar tendon, got it, I'll fix that. Pain right now, zero to ten?
P: Like a five. Sorry, no, a four. It was a five this morning before I took the pills.
T: So a four right now. Any calf pain, any swelling or warmth in the calf?
P: No calf pain. The knee's still puffy though.
T: That's normal. Ever had surgery on the other knee?
P: Never had surgery on the right. I tweaked this one in high school, nothing major.
T: And you were at another clinic the first two weeks, over by your mom's?
P: Yeah. They put me on the bike for like twenty minutes every visit and then ice. That was pretty much it.
T: Okay, good to know, we'll do our own thing here. And you're, what, twenty-four?
P: Twenty-six. Getting old.
T: Ha. Alright, let me measure. Bend it as far as you can... ninety-five degrees of flexion. Now push the back of the knee down... you're lacking three, so minus three.
P: Is that bad?
T: It's right on track for three weeks. Small quad lag on the straight leg raise. Your LEFS came out thirty-two out of eighty.
P: That sounds low.
T: It's low because it's early, it'll climb. You're still on both crutches, weight bearing as tolerated, a little antalgic.
P: I use one crutch around the apartment.
T: Around the apartment is fine. So today we did quad sets, heel slides and straight leg raises, that was fourteen minutes of ther ex.
P: The heel slides are the worst.
T: Then the balance stuff, weight shifting, and single leg stance on the good side, mini-squats holding the bar. About nine minutes of neuromuscular re-ed.
P: I felt super wobbly on that.
T: Expected. Did you watch your brother's game Saturday?
P: Yeah, we won three to one, my brother scored.
T: Nice. Okay, home program: quad sets and heel slides, three times a day, about ten minutes each time.
P: Ten minutes each time, got it.
T: This is a moderate complexity evaluation: you're young and healthy, but we're protecting the graft and you want to get back to soccer. Plan is twice a week for ten weeks, then return to sport testing.
P: When can I run?
T: Not before twelve weeks, and only once you pass the testing.
""")

S("f_pt02_parkinson_eval_high", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 12, "97112": 6}, untimed=["97163"], key="97163x1:GP 97116x1:GP",
  facts=["Parkinson", "two falls|2 falls", "TUG 18.4|18.4 seconds|eighteen point four",
         "Berg 41|41/56|forty-one out of fifty-six", "cane", "froze|freezing",
         "fall risk is high|high fall risk", "counting", freq(2, 8, "twice a week for eight weeks")],
  negated=["hit his head", "dizzy", "chest pain"], absent=["fourth of March"],
  text="""
T: Good morning, Mr. Ramirez. I'm Dana, the physical therapist. And you're our interpreter today?
C: Yes, I'm Lucia, Spanish interpreter. I'll interpret everything in first person.
T: Perfect. So he's referred for Parkinson's, diagnosed about six years ago, and the referral mentions falls. How many falls in the last month?
C: Two falls in the last month. Both at home, both turning around in the kitchen.
T: Did he hit his head either time, or go to the emergency room?
C: No, I didn't hit my head, no emergency room. My daughter helped me up.
T: Okay. Any dizziness when he stands up?
C: Not dizzy at all. Never when I stand.
T: Good. Sitting blood pressure was one forty-two over eighty-eight, heart rate seventy-six, and standing one thirty-eight over eighty-six, so no real drop.
P: Bien, bien.
T: Any chest pain or shortness of breath when he walks?
C: He denies chest pain. He says he gets tired, but not short of breath.
T: Does he use anything to walk?
C: A cane, outside. Not in the house.
T: So his timed up and go was eighteen point four seconds with the cane, and he froze once at the doorway. Berg balance, let me add it up... forty-three. No, wait, I mis-added the reaching item. Forty-one out of fifty-six.
C: He asks what that means.
T: Tell him it means his fall risk is high, and that's exactly what we'll work on.
C: He says he understands. He knew that already.
T: Then we did gait training in the hallway, big steps, and the turning strategy with counting out loud. That was twelve minutes of gait.
C: He says the counting helps a lot.
T: It really does. Then we started standing balance, reaching outside his base, but he got tired and we stopped after six minutes.
P: Cansado.
T: Tired, yeah, that's fair. This is a high complexity evaluation: the Parkinson's, the falls, the diabetes and blood pressure meds, and less help at home right now.
C: He says his wife had her hip replaced on the fourth of March, she's on a walker now.
T: I'm sorry, I hope she's healing well. Plan is twice a week for eight weeks. Home program is the big steps and counting when he turns, every day.
C: He asks if he should walk outside every day.
T: Yes, with the cane, ten or fifteen minutes, with somebody next to him for now.
C: He says okay, his grandson can go with him.
""")

S("f_pt03_tka_daily_selfcorrect", "dev", "PT", "daily", "PT", "cms",
  timed={"97140": 12, "97110": 20, "97116": 8}, untimed=[],
  key="97110x1:GP 97140x1:GP 97116x1:GP",
  facts=["total knee|TKA|knee replacement", "3/10|three out of ten|3 out of 10",
         "flexion 108|108 degrees|one-oh-eight", "lacking two|lacking 2|-2",
         "patellar mobs", "green band|green theraband", "step over step|step-over-step",
         "cane", "step-ups"],
  negated=["numbness or tingling", "fallen", "ankle swelling"],
  absent=["eight dollars", "flying in Tuesday"],
  text="""
T: Morning, Frank. Five weeks today on that right knee replacement?
P: Five weeks. Feels like five months.
T: Ha. Pain today?
P: Three out of ten. It was worse last night, I overdid it in the garden.
T: Any numbness or tingling in the foot?
P: No numbness or tingling, nothing like that.
T: Good. And no falls?
P: I haven't fallen since the hospital, knock on wood.
T: Okay, hop up on the table. I'll start with patellar mobs and some soft tissue around the incision.
P: Go easy on me.
T: Bend for me... one-oh-eight. Last week you were ninety-nine. Now straighten... lacking two.
P: Is that good?
T: That's really good. Okay, so that was fifteen of manual, actually no, twelve, we stopped early when your phone rang.
P: Sorry, that was my daughter. She's flying in Tuesday.
T: No problem. Now ther ex: bike, step-ups, and terminal knee extensions with the green band, three sets of ten.
P: My legs are burning.
T: That was a good twenty minutes of ther ex, you earned it. Now stairs and the hallway with the cane, about ten minutes.
P: The stairs are better. I can go step over step going up.
T: Going down is still one at a time, and that's fine for now.
P: My old PT in Florida had me do forty-five minutes of exercises every single visit.
T: Every clinic's different. Home program: the bike ten minutes a day, heel slides and the step-ups.
P: The gym down the street is eight dollars a day for the bike. Worth it?
T: Up to you, a cheap one at home works too. How's the swelling?
P: The ankle swelling's gone completely. The knee's still a little puffy at night.
T: Keep elevating. Okay, for the note: manual twelve minutes, patellar mobs and soft tissue. Ther ex twenty. Gait and stairs was eight, not ten, he sat down for a couple minutes in the middle. Flexion one-oh-eight, lacking two, pain three. Tolerated well, next visit progress the step-downs.
P: Am I done?
T: You're done. See you Thursday.
""")

S("f_pt04_tha_pta_vitals", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 23, "97116": 11, "97530": 9}, untimed=[],
  key="97110x1:GP,CQ 97116x1:GP,CQ 97530x1:GP,CQ",
  facts=["total hip|THA|hip replacement", "posterior precautions|hip precautions",
         "130/80|one thirty over eighty", "heart rate 82|82 bpm|eighty-two",
         "rolling walker|front-wheeled walker|walker", "car transfer",
         "contact guard|CGA", "standing hip abduction"],
  negated=["dizzy", "calf pain", "chest pain"], absent=["oh one four seven", "Bluey"],
  text="""
T: Hi Mrs. Chen, I'm Marcus, I'm the PTA working with you today, Angela's out. Let me grab your vitals first.
P: Go ahead. The hip replacement's been pretty good this week.
T: Blood pressure is one thirty over eighty, heart rate eighty-two, oxygen ninety-seven. All good.
P: Oh, before I forget, the front desk asked for my new cell. It's five oh three, five five five, oh one four seven.
T: I'll let them know on the way out. Any dizziness today?
P: No, not dizzy at all.
T: Calf pain, chest pain?
P: No calf pain. No chest pain either.
T: Great. So you remember the posterior precautions, no bending past ninety, no crossing the legs, no turning the toes in.
P: I know, I know. My granddaughter reminds me. She's four, she watches Bluey with me and yells at me if I cross my legs.
T: Ha, she's a good helper. Let's start on the bike. I'm setting the timer for five minutes.
P: Can I stop? My hip's tight.
T: Sure, you stopped at three, that's fine. Now standing hip abduction, mini squats, heel raises, three sets of ten with the rolling walker in front of you.
P: These squats are hard.
T: You're doing great. So ther ex was twenty, plus the three minutes on the bike warm-up, so twenty-three.
P: Now walking?
T: Now walking. Parallel bars first, then the hallway with the walker, about eleven minutes of gait. Contact guard, a little short on the left step.
P: I feel like I'm limping.
T: A little, it's getting better. Now the car transfer. Our practice car's over there. Back up until you feel the seat, slide back, keep that leg out straight.
P: This is the part I hate. My husband drove me today, his Buick is lower.
T: Then we practice low. Back up, reach back, slide... good. That car transfer practice was nine minutes on the clock.
P: I did it without you holding me at the end.
T: Standby at the end, contact guard at the start. Keep your home exercises once a day.
P: How long should they take?
T: Ten, fifteen minutes. No more than that.
""")

S("f_pt05_lumbar_disc_pta_clock", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97140": 15, "97110": 20}, untimed=[], key="97140x1:GP,CQ 97110x1:GP,CQ",
  facts=["L5-S1", "5/10|five out of ten|5 out of 10", "centralizing|centralized|centralization",
         "prone press-ups|press-ups", "sit for about thirty minutes|sit for 30 minutes|sitting tolerance 30|30 minutes",
         "lumbar roll", "soft tissue mobilization|STM", "bird dogs"],
  negated=["numbness in the saddle area", "bowel or bladder", "wake me at night"],
  absent=[], said_exempt=("97140",),
  text="""
T: Hey Derek, I'm Priya, the PTA, I'm seeing you today. How's the back and the right leg?
P: Better. The back's about a four, the leg is, like, a six. Sorry, five. It's a five, I took an Advil on the way.
T: So leg five out of ten. Where's the leg pain going now?
P: It used to go to my calf. Now it's mostly in the butt cheek.
T: That's centralizing, that's what we want with the L5-S1 disc.
P: The MRI guy said it was six millimeters, is that bad?
T: That's a question for Dr. Varga, but the symptoms moving up is a good sign. Any numbness in the saddle area, any change with bowel or bladder?
P: No numbness in the saddle area, and no, bowel or bladder is normal.
T: Good. Does the leg still wake you up?
P: No, it doesn't wake me at night anymore.
T: Great. How long can you sit now?
P: I can sit for about thirty minutes now. It was ten when I started.
T: Big change. Okay, lie face down. I'm going to do soft tissue mobilization through the right lumbar paraspinals and the glute. It's ten past now.
P: Ooh, right there.
T: Breathe. Too much?
P: No, it's good.
T: Okay, we started the manual at ten past and finished at twenty-five past. Now prone press-ups, ten reps, then we'll add bird dogs and the dead bugs.
P: At the chiropractor I used to lie on a traction table for twenty minutes. Should we do that?
T: Not right now, the press-ups are doing the job. Keep going, hold at the top.
P: The leg's tingling a bit less at the top.
T: Perfect. Okay, the press-ups and the core, I'd call it a good twenty minutes of ther ex today.
P: What about work? I'm at a desk.
T: Use the lumbar roll in your chair, and get up every thirty minutes.
P: Got it. The press-ups at home, how often?
T: Ten reps every two to three hours. I'll tell your PT how you did and she'll see you Friday.
""")

S("f_pt06_frozen_shoulder_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97140": 16, "97530": 12, "97110": 10}, untimed=[],
  key="97140x1:GP 97530x1:GP,59 97110x1:GP",
  facts=["adhesive capsulitis|frozen shoulder", "QuickDASH 36|QuickDASH of 36|thirty-six",
         "flexion 145|145 degrees|one forty-five", "external rotation 40|ER 40|forty degrees",
         "sleep through the night", "partially met", "not met",
         "glenohumeral mobs|joint mobs|inferior glides", freq(2, 4, "twice a week for four more weeks")],
  negated=["surgery", "numbness"], absent=["sixty-fifth birthday"],
  text="""
T: So, Ellen, today's your tenth visit, so we're doing your progress report on the frozen shoulder, the left one.
P: Already? Time flies.
T: It does. First the questionnaire. Your QuickDASH was fifty-nine when we started, and today it's thirty-eight. No, sorry, thirty-six, I read the wrong line.
P: Thirty-six is better, right?
T: Lower is better, so yes, a big change. Let's measure. Flexion... one forty-five. It was one-twenty at the start.
P: It still pinches at the top.
T: External rotation... forty degrees. That was twenty.
P: That's the one I can feel. I can reach the seatbelt now.
T: Any numbness down the arm these days?
P: No numbness. Nothing down the arm.
T: Good. And you've never had surgery on this shoulder?
P: Never had surgery on it. My sister had the manipulation thing, I don't want that.
T: You're doing well without it. Goals: sleeping through the night without waking from pain, that's met.
P: I sleep through the night now, yes, most nights.
T: Reaching the top kitchen shelf, partially met, you can get there but with pain. And fastening your bra behind your back, not met yet.
P: I still do it in front and spin it around.
T: That's fine for now. So today, joint mobs first, inferior glides and posterior glides, sixteen minutes.
P: Those feel good afterwards.
T: Then, separate from the mobs, we did the functional part: reaching into the cabinet, putting the cans up, the laundry basket. Twelve minutes.
P: I'm doing all of that at home anyway for my husband's sixty-fifth birthday party this weekend.
T: Don't lift the big stuff. Then ten minutes of ther ex, band rows and the wall slides.
P: The wall slides are better.
T: Much better. Plan: twice a week for four more weeks, then we look at discharge.
P: Sounds good.
T: I'll send the report to Dr. Patel.
""")

S("f_pt07_torticollis_discharge", "dev", "PT", "discharge", "PT", "per-code",
  timed={"97110": 12, "97530": 14}, untimed=[], key="97110x1:GP 97530x1:GP",
  facts=["torticollis", "right SCM|right sternocleidomastoid", "90 degrees|ninety degrees",
         "head tilt's resolved|head tilt resolved|tilt has resolved", "75th percentile|seventy-fifth percentile",
         "all goals met|all her goals are met|goals met", "tummy time", "rolls both ways|rolling both ways"],
  negated=["helmet"], absent=["two hundred and forty dollars", "eight fifteen"],
  text="""
T: Hi Maya! Hi Mom. So today's the big day, discharge.
C: I know, I'm a little sad, honestly. We've been coming since she was two months old. She's seven months on Friday. Oh, and she has her pediatrician appointment Friday at ten, so I might have to move the daycare drop-off, it's at eight fifteen, and honestly my boss already...
T: Ha, it's a lot. Let's get her on the mat. Hi sweetie.
P: Ba ba ba.
T: So I'm checking neck rotation, the right SCM, the torticollis side. Rotation to the right, ninety degrees. To the left, ninety degrees. Symmetrical.
C: She used to only look left. Remember? She wouldn't even look at me if I sat on her right.
T: I remember. And the head tilt's resolved, she's holding midline in sitting and in supported standing.
C: The pediatrician said she doesn't need a helmet anymore, her head shape is fine.
T: That's great news. So no helmet. On the Alberta Infant Motor Scale she's at the seventy-fifth percentile now.
C: Is that good? I looked at a website and I got scared.
T: It's very good. She's right where she should be or ahead.
C: Oh, thank God. We spent two hundred and forty dollars on that car seat insert that didn't even help.
T: Ha, that happens. So today the stretching part was twelve minutes, side bending and rotation stretches.
C: We did them every diaper change like you said, like five minutes each time.
T: That's why she's here. Then fourteen minutes of play-based stuff, reaching across midline, rolling, sitting and pivoting for toys.
P: Ah! Ah!
C: She rolls both ways now. She rolled off the couch cushion last week, onto the rug, she was fine.
T: Rolls both ways, yes. Keep the tummy time going, and reaching for toys to both sides.
C: Should we keep doing the stretches?
T: Once a day for another month, then you can stop. So all her goals are met, full rotation, no tilt, rolling, sitting.
C: Thank you so much, really.
T: You did the work at home. Call us if you see the tilt come back, especially when she's tired or teething.
""")

S("f_pt08_stroke_gait_reeval", "dev", "PT", "re-evaluation", "PT", "cms",
  timed={"97116": 18, "97112": 9}, untimed=["97164"], key="97164x1:GP 97116x1:GP 97112x1:GP",
  facts=["Berg 45|45/56|forty-five out of fifty-six", "TUG 17|17 seconds|seventeen seconds",
         "185 meters|one eighty-five|6MWT 185", "AFO|the AFO|ankle-foot orthosis", "quad cane", "partially met", "not met",
         "right hemiparesis|right leg", freq(2, 6, "twice a week for six more weeks")],
  negated=["falls since", "dizzy"], absent=[],
  text="""
T: Okay, Mr. Haddad, today's your re-evaluation, thirty days since the first one, for the right hemiparesis. Your wife's here too, good.
C: Yes, I drive him. He likes to come.
T: Any falls since last time?
P: No. No falls.
C: No falls since last time. He almost tripped on the rug, but he caught himself.
T: Good catch. Dizzy at all today?
P: Not... dizzy. No.
T: Blood pressure was one fifty over ninety-two when you came in, and one thirty-six over eighty-four after resting, that's more like your usual.
C: He forgot his morning pill, that's why.
T: Okay, take it when you get home. So the Berg today is forty-five out of fifty-six. It was thirty-eight.
P: Better?
T: Much better. Timed up and go, seventeen seconds with the quad cane. It was twenty-four.
C: He's so much faster in the house now.
T: And the six minute walk, one eighty-five meters. Last time one-forty.
P: Walk... better. Legs... tired. The leg.
T: The right leg, yes. The AFO's helping the toe clearance a lot. Goals: walking a hundred and fifty feet with the quad cane at home, that's met.
C: He walks to the mailbox now.
T: The Berg goal was forty-eight, so partially met. And walking in the community without the wheelchair, not met yet.
P: Store... no. Not yet.
T: Not yet. Today, gait training with the quad cane and the AFO, a good twenty minutes... no, call it eighteen, he sat down twice.
C: He did sit, yes.
T: And neuromuscular re-ed, the stepping and weight shift on the right, nine minutes.
P: Hard. Hard.
T: It is hard. Plan: twice a week for six more weeks, focus on the community walking and the curbs.
C: Will he be able to walk in the store, in the mall?
T: That's what we're aiming for, with the cane and some rest stops.
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("f_ot01_carpal_tunnel_eval_low", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97110": 10}, untimed=["97165"], key="97165x1:GO 97110x1:GO",
  facts=["carpal tunnel release", "grip 32|32 pounds|thirty-two pounds|32 lb",
         "pinch 9|9 pounds|nine pounds|9 lb", "QuickDASH 45|QuickDASH of 45|forty-five",
         "tendon glides", "scar massage", "2/10|two out of ten|2 out of 10",
         freq(2, 4, "twice a week for four weeks")],
  negated=["tingling", "fever", "redness"], absent=[],
  text="""
T: Hi Mr. Brooks, I'm Sam, I'm the occupational therapist. So you had the carpal tunnel release on the right two weeks ago?
P: Two weeks yesterday. Stitches came out Monday.
T: How's the pain, zero to ten?
P: Two out of ten. Mostly when I press on the palm.
T: And the tingling you had before surgery?
P: The tingling's gone. That was the first thing I noticed, I woke up after surgery and it was just gone.
T: That's great. Any fever, redness, drainage at the incision?
P: No fever, no redness. It's just a little thick.
T: Okay. I'll check your grip now, three trials. Squeeze as hard as you can... thirty-four. Wait, the dial wasn't reset from the last patient, that one doesn't count. Let me zero it and start over.
P: Sure.
T: Right: thirty-two, thirty-three, thirty-one. So the average on the right is thirty-two pounds. Left is sixty-eight.
P: That's half.
T: Two weeks out, that's expected. Lateral pinch on the right, nine pounds. Your QuickDASH is forty-five.
P: I can't open jars, my wife does it.
T: That'll come back. What do you do for work?
P: I stock shelves at Costco. Twenty-two years. They want me back in a month.
T: We'll aim for that. Okay, today we did tendon glides and median nerve glides, gentle wrist range of motion. That was ten minutes of therapeutic exercise.
P: The nerve ones feel weird.
T: Weird is okay, pain is not. Home program: tendon glides, ten reps, four times a day, and scar massage, five minutes, three times a day with lotion.
P: Five minutes, three times a day.
T: Yes. This is a low complexity evaluation: one problem, no other conditions getting in the way, and you're doing well.
P: Good to hear.
T: I'm thinking twice a week for four weeks, and we'll start grip strengthening at four weeks post-op.
P: And the splint from the surgeon?
T: Only at night for one more week, then you can stop.
""")

S("f_ot02_stroke_ue_eval_high", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97535": 18, "97112": 7}, untimed=["97167"], key="97167x1:GO 97535x1:GO",
  facts=["left hemiparesis|left arm", "Box and Blocks 12|12 blocks|twelve blocks",
         "COPM performance 3.2|3.2|three point two", "satisfaction 2.8|2.8|two point eight",
         "grip 8|8 pounds|eight pounds", "minimal assist|min assist|min A", "left neglect|neglect",
         "dressing", freq(3, 8, "three times a week for eight weeks")],
  negated=["shoulder pain", "headache", "falls since he got home"], absent=["forty dollar copay"],
  text="""
T: Mr. Alvarez, Mrs. Alvarez, I'm Kim, occupational therapy. So the stroke was in June, right side of the brain, and the left arm is the one that's weak?
C: Yes, the left arm. He was at the rehab hospital for three weeks. They did an hour of therapy a day there, sometimes more.
T: That's a lot of work. How's he been doing at home?
C: Good, but he forgets the left side. He bumps into the door frame on the left.
P: I don't see it.
T: That's part of the stroke, the left neglect. Any shoulder pain on the left?
P: No shoulder pain.
T: Headaches?
P: I deny headaches. Is that how you say it?
T: Ha, close enough. Any falls since you got home?
C: No falls since he got home. I'm right there all the time.
T: Good. Heart rate seventy-two, oxygen ninety-eight percent. Okay, Box and Blocks: move as many blocks as you can in one minute. Left hand... twelve blocks. Right hand, forty-eight.
P: Twelve. That's terrible.
T: It's a starting point. Grip on the left, eight pounds. Your COPM: you picked dressing, cutting food and writing. Average performance three point two, satisfaction two point eight.
C: He's very unsatisfied, yes.
T: Then we worked on dressing: shirt on over the weak arm first, buttons, and the pants sitting on the edge of the bed. Minimal assist for the shirt. That was eighteen minutes of ADL training.
P: The buttons are the worst.
T: Then a few minutes of weight bearing through the left arm on the mat and reaching, seven minutes, but he was getting tired so we stopped there.
C: He naps every afternoon now, two hours.
T: That's normal. This is a high complexity evaluation: the stroke, the neglect, the diabetes, and the changes he needs at home.
C: Oh, and the insurance said we have a forty dollar copay each time. Is that right?
T: The front desk can check that for you. Plan is three times a week for eight weeks.
C: Three times. Okay. Should he use the arm at home?
T: Yes, in everything, even if it's slow. Put the things he needs on the left so he has to look.
P: Okay. Left.
""")

S("f_ot03_distal_radius_daily", "dev", "OT", "daily", "OT", "cms",
  timed={"97110": 18, "97140": 11, "97530": 8}, untimed=[], key="97110x1:GO 97140x1:GO",
  facts=["distal radius|wrist fracture", "2/10|two out of ten|2 out of 10",
         "extension 45|45 degrees|forty-five degrees", "flexion 40|40 degrees|forty degrees",
         "supination 60|60 degrees|sixty degrees", "grip 22|22 pounds|twenty-two pounds",
         "putty", "joint mobs|mobilizations"],
  negated=["numbness in the fingers", "brace"], absent=["four to two"], said_exempt=("97110",),
  text="""
T: Hi Janet, eight weeks out now from the distal radius, left wrist. How's it feeling?
P: Stiff in the morning. Pain's about two out of ten.
T: Any numbness in the fingers?
P: No numbness in the fingers, that's all gone.
T: And you're out of the brace all the time now?
P: I haven't worn the brace since Tuesday. The surgeon said I could stop.
T: Great. We'll warm up with ther ex first: wrist curls with the one pound, pronation, supination with the hammer.
P: My husband's watching the Bruins game tonight, they won four to two last night.
T: Ha, he must be happy. Okay, that's ten minutes of ther ex. Now the manual, joint mobs on the radiocarpal joint, dorsal glides.
P: Ooh, that's the spot.
T: Breathe through it. How's that?
P: It feels looser.
T: Measure: extension forty-five degrees, flexion forty degrees, supination sixty degrees.
P: Better than last week?
T: Extension went up ten. Okay, another eight minutes of ther ex after the manual, same exercises plus the putty.
P: The putty's hard. The red one.
T: Then separate from the exercise, the functional stuff: opening jars, turning the doorknob, carrying the pot to the sink.
P: The pot is the hardest, with the handle.
T: That's the supination. Grip today, twenty-two pounds, left.
P: It was eighteen last time.
T: Good jump. Okay, for the note: ther ex in the two blocks I said, manual was about fourteen, no, eleven, I started it late, and functional activities eight minutes.
P: You talk to that thing a lot.
T: Ha, it saves me typing. Keep up the putty at home, five minutes twice a day.
P: Will do. When can I go back to pickleball?
T: Not for another month at least. We'll test your grip again before that.
P: Fine. My partner's going to find somebody else.
T: Tell them it's temporary.
""")

S("f_ot04_parkinson_adl_ota", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97530": 16, "97535": 13}, untimed=[], key="97530x1:GO,CO 97535x1:GO,CO,59",
  facts=["Parkinson", "button hook", "3 minutes 30 seconds|three minutes thirty seconds|3:30|3.5 minutes",
         "micrographia|handwriting", "grab bars", "tub transfer|tub bench", "weighted utensils|weighted fork",
         "standby assist|SBA"],
  negated=["freezing", "fallen since"], absent=["thirty-two years", "fourteen ninety-nine"],
  text="""
T: Hi Mr. and Mrs. Kowalski. I'm Jess, the OTA. How's the week been with the Parkinson's?
C: Better. He hasn't fallen since the grab bars went in. Best money we've spent in thirty-two years of marriage, I tell you.
P: She's exaggerating.
T: Ha. Any freezing this week?
P: No freezing. Some shaking in the right hand in the morning before the pills.
T: Okay. First block today: kitchen and transfer stuff. Stand at the counter, get the mug down, fill it, carry it to the table.
P: Like this?
T: Bigger steps. Good. Now the tub transfer with the tub bench, sit, swing one leg, then the other.
C: That's where he was scared before.
T: Standby assist, nice and smooth. That was sixteen minutes of functional activities.
P: Done with that?
T: Done. Now a separate block for dressing: buttons with and without the button hook. I'll time you. Six buttons, go.
P: Slow... fingers won't.
T: Keep going... done. Four minutes. No, sorry, I read the wrong line on the stopwatch: three minutes thirty seconds. Last week it was four minutes ten.
C: He's faster!
T: He is. Now with the button hook... two minutes. Then the weighted utensils at lunch, we looked at the weighted fork.
C: We saw those online, fourteen ninety-nine for the set.
T: Those are fine. And handwriting: the letters are getting small at the end, the micrographia. Big letters, think big.
P: Big. Okay.
T: That dressing and self-care block was thirteen minutes. The two blocks were separate, functional first, then dressing.
C: Should he practice the buttons at home?
T: Five minutes in the morning, when the meds are working. Not at night when he's tired.
P: Night is bad.
T: I'll let the OT know how you did, she'll see you Monday.
""")

S("f_ot05_flexor_tendon_ota_cms", "dev", "OT", "daily", "OTA", "cms",
  timed={"97110": 22, "97763": 9}, untimed=[], key="97110x1:GO,CO 97763x1:GO,CO",
  facts=["flexor tendon repair|flexor tendon", "zone II|zone two|zone 2", "dorsal blocking orthosis|dorsal blocking splint",
         "place and hold|place-and-hold", "PIP flexion 70|70 degrees|seventy degrees",
         "DIP 40|40 degrees|forty degrees", "strap|straps", "5 weeks|five weeks"],
  negated=["numbness", "taken the splint off"], absent=["twelve bucks"],
  text="""
T: Hey Leo, I'm Tasha, the OTA. Five weeks today since the flexor tendon repair, index and middle fingers, zone two, right?
P: Five weeks. I can't play anything, it's killing me.
T: Guitar, right? You teach?
P: Teach and play. My students are on break. Strings just went up to twelve bucks a set, too.
T: Ha, rough. Any numbness at the fingertips?
P: No numbness. It came back two weeks ago.
T: Good. And you haven't taken the splint off at home?
P: I haven't taken the splint off. I do the exercises inside it, like you showed me.
T: Perfect. Let's start. Passive flexion first, then place and hold, ten reps each finger.
P: Place, hold. It's hard to hold.
T: Lightly, no squeezing. Tendon glides, the hook and the straight fist, still passive into the fist.
P: Okay.
T: Let me measure. PIP flexion seventy degrees on the index. DIP forty degrees.
P: Is that okay?
T: Right on track for five weeks. Okay, the exercise was twenty... twenty-two minutes, I forgot the warm-up.
P: My hand's tired.
T: Now the splint. It's rubbing on the side of your wrist, right?
P: Right there, it's red.
T: I'm going to heat and remold the edge and change the straps, the velcro's worn out. Try it.
P: That's better. Much better.
T: Adjusting the orthosis was about nine minutes. The dorsal blocking orthosis stays on all the time, even in the shower with a bag.
P: How much longer?
T: The OT will decide at six weeks, probably another week or two. Home exercises every hour while you're awake, ten reps.
P: Every hour. Okay.
T: I'll let Rachel know about the splint.
P: Can I at least strum with the left hand? Just chords?
T: Nothing that makes you grip with the right, so no, not yet. Sorry.
P: Worth asking.
""")

S("f_ot06_peds_handwriting_progress", "dev", "OT", "progress", "OT", "per-code",
  timed={"97530": 24, "97110": 7}, untimed=[], key="97530x2:GO",
  facts=["developmental coordination disorder|DCD", "Beery VMI 91|VMI standard score 91|ninety-one",
         "70%|seventy percent", "ties her shoes|tie her shoes|shoe tying", "partially met", "not met",
         "scissors", "pencil grip|tripod grasp", freq(1, 8, "once a week for eight weeks")],
  negated=["hand hurts", "meltdowns"], absent=["seven to five", "Harper's birthday"],
  text="""
T: Hi Ava! Hi Mom. So today's the progress check, we're at ten visits.
C: Ten already. She asked me this morning if she gets a sticker. Oh, and she had her soccer game Saturday, they won seven to five, she scored, and then it was her brother's, no, Harper's birthday party, her cousin, and she was so tired...
T: Ha, big weekend. So, Ava, you're seven now, right?
P: Seven and a half.
T: Seven and a half. Okay, let's do the drawing test again. Copy these shapes for me.
P: The diamond is hard.
C: She says that every time.
T: You did it. So on the Beery VMI her standard score is ninety-one. It was eighty-two in September.
C: Is that normal range now?
T: It's in the average range now, yes. Her goals: tying her shoes, that's met.
C: She ties her shoes every morning now. Double knots.
T: Legible letters: the goal was eighty percent, she's at seventy percent, so partially met.
C: Her teacher said her writing's better. She has handwriting homework, ten minutes a night.
T: Good. And cutting within the line with scissors, not met yet. She drifts on the curves.
P: The curves are tricky.
T: They are. Her hand doesn't hurt when she writes anymore?
C: She doesn't say her hand hurts anymore, no. And no meltdowns about homework this week.
T: That's a big deal. So today: the obstacle course with the letter cards, the scissors, the tweezers game, and writing on the vertical board with the pencil grip. That was twenty-four minutes of activities.
P: I liked the tweezers.
T: And a little bit of core work on the ball at the start, about seven minutes.
C: She's been doing the superman at home too.
T: Great. She's diagnosed with developmental coordination disorder, so we keep going, but less often. I'm recommending once a week for eight weeks.
C: Once a week is easier with work, honestly.
T: Keep the tripod grasp with the pencil grip for homework.
""")

S("f_ot07_tbi_reeval", "dev", "OT", "re-evaluation", "OT", "per-code",
  timed={"97129": 15, "97130": 12, "97535": 14}, untimed=["97168"], cog=27,
  key="97168x1:GO 97129x1:GO 97130x1:GO 97535x1:GO",
  facts=["traumatic brain injury|TBI", "MoCA 26|26/30|twenty-six out of thirty", "pill organizer",
         "0 errors|zero errors|no errors", "meal prep|meal preparation", "planner|calendar",
         "partially met", freq(2, 6, "twice a week for six weeks")],
  negated=["headaches", "driving"], absent=["nine hundred dollars"],
  text="""
T: Okay Greg, today's the re-evaluation. It's been about two months since the bike accident and the traumatic brain injury.
P: Two months and a week. I'm counting.
T: How are the headaches?
P: No headaches this week. First week without any.
T: That's great. And you're not driving yet?
P: Not driving. My wife drives me everywhere. The doctor said maybe next month.
T: Okay. Let's redo the MoCA. It was twenty-two at the start.
P: The one with the animals?
T: That one. ... So twenty-six out of thirty today. You lost a point on the delayed recall and one on the clock.
P: Twenty-six. Is that normal?
T: Close to it. Now, pill organizer task: here's your med list, fill the week.
P: Okay... Monday morning, Monday night...
T: Fourteen slots, zero errors. Last time you had three errors.
P: I use the planner now. The calendar on my phone too.
T: Good. So the cognitive work today, the planning task, the organizer, the schedule with the appointments, was about thirty, actually twenty-seven minutes. I started it late.
P: My brain's tired.
T: Then meal prep: we made the grilled cheese in the kitchen, following the recipe card, timer on the stove.
P: I forgot the timer once.
T: You caught it yourself. That meal prep was fourteen minutes.
P: My bike's still in the shop, they want nine hundred dollars for the frame.
T: Oof. Goals: managing his own medications, met. Going back to work part-time, partially met, he's doing emails from home. Cooking alone safely, partially met.
P: I'm not allowed to cook alone yet.
T: With your wife home, for now. Plan: twice a week for six weeks.
P: And then?
T: Then we see about the driving evaluation and work.
P: My boss keeps texting me about a return date.
T: I'll write a letter with what you can do now. Your doctor signs off on the date.
""")

# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("f_slp01_aphasia_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["nonfluent aphasia|Broca's aphasia|non-fluent aphasia", "aphasia quotient 48.6|AQ 48.6|forty-eight point six",
         "9/20|nine out of twenty|9 of 20", "18/20|eighteen out of twenty|90%|ninety percent",
         "automatic speech|counting", "apraxia of speech", "gestures|gesture",
         freq(2, 12, "twice a week for twelve weeks")],
  negated=["coughing", "trouble swallowing"], absent=["four fifteen"],
  text="""
T: Hi Mr. Okonkwo, I'm Rebecca, speech therapy. And you're his daughter?
C: Yes, I'm Grace. The stroke was six weeks ago, left side. He understands a lot, but the words don't come.
T: Okay. Mr. Okonkwo, can you tell me your name?
P: Uh... Ch... Chi... Chinedu. Chinedu.
T: Good. What did you do for work?
P: Work... the... the... bus. Bus. Driving. No. Yes.
C: He was a bus mechanic, thirty years with the city.
T: Thank you. Does he have any coughing when he drinks, any trouble swallowing?
C: No trouble swallowing, no coughing. He eats everything.
T: Good. Let's try some counting, Mr. Okonkwo. Count to ten with me.
P: One, two, three, four, five, six, seven, eight, nine, ten.
T: Perfect, the automatic speech is strong. Days of the week?
P: Monday, Tuesday... Wednes... day... Thursday.
T: Good. Now naming. What's this?
P: Coff... no. Cup. Cup.
T: Cup, yes. And this?
P: The... for... it's... [gestures writing] ...pen.
T: Pen. He's using gestures to get the word, that's great. So confrontation naming was nine out of twenty.
C: Is that bad?
T: It's a starting point. Yes-no questions and simple commands, eighteen out of twenty, so his comprehension is pretty good. Repetition is hard for him, and there's some apraxia of speech, groping for the sounds.
P: Hard. Yes. Hard.
T: It is hard. On the Western Aphasia Battery his aphasia quotient is forty-eight point six. That fits a nonfluent aphasia, Broca's type.
C: What does that mean for getting better?
T: Six weeks out, there's a lot of recovery still ahead. I'm recommending twice a week for twelve weeks.
C: I work until four fifteen, can we do late afternoons?
T: The front desk will sort the times. At home, give him time to answer, don't finish his words right away.
C: I always finish his sentences.
P: Yes. She... always.
T: Ha, he noticed.
""")

S("f_slp02_stutter_telehealth_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92521"], key="92521x1:GN",
  facts=["SSI-4 28|SSI-4 score of 28|twenty-eight", "moderate", "9%|nine percent|9 percent",
         "blocks", "eye blinking|blinking", "OASES", "telehealth|video",
         freq(1, 12, "once a week for twelve weeks")],
  negated=["speech therapy as a kid"], absent=["area code"],
  text="""
T: Hi Nate, can you hear me okay? This is Carla, the speech therapist, on the telehealth visit.
P: I can hear you. The video's a little... a little choppy.
T: I'll turn my camera off for a second if it gets worse. So you're here for the stuttering. Have you had therapy before?
P: N-n-no. Never had speech therapy as a kid. My parents thought I'd grow out of it.
T: Okay. What made you reach out now?
P: Work. I have to give p-p-presentations to like forty people every Friday.
T: That's a lot of pressure. Sorry, you froze, say that again?
P: I said... presentations. Every Friday. Forty people.
T: Got it, you're back. So I'm going to have you read this passage, and then just tell me about your job.
P: Okay. "The... the r-r-r-rainbow is a division of white light..."
T: Keep going.
P: I'm a software engineer, I do... b-backend stuff, databases. I've been there four years.
T: Okay. I counted about nine percent syllables stuttered in the reading and a little more in conversation. Mostly blocks and some sound repetitions.
P: The blocks are the worst. I just get stuck.
T: I also saw eye blinking when you block, that's a secondary behavior. On the SSI-4 your total score is twenty-eight, which is moderate.
P: Moderate. Okay.
T: And on the OASES questionnaire, the impact rating came out moderate too. You avoid the phone?
P: Yeah. I text everyone. Except my mom, she calls.
T: Ha. Sorry, I lost you again, your screen froze.
P: Can you hear me now?
T: Yes. So the plan: once a week for twelve weeks, here on video, working on easy onsets, pullouts, and the avoidance.
P: What's the, um, the success rate?
T: Most adults get a lot more comfortable talking; the goal isn't perfect fluency, it's talking when and how you want.
P: That's fair. Can I give you a different number for texts? It's the same area code, different phone.
T: Put it in the portal and the front desk will update it.
""")

S("f_slp03_stroke_dysphagia_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["dysphagia", "chin tuck", "effortful swallow", "Masako", "2 of 10|two out of ten|2/10",
         "IDDSI level 5|level 5|minced and moist|level five", "mildly thick|level 2|level two",
         "Shaker"],
  negated=["pneumonia", "fever", "wet voice"], absent=["nineteen fifty-eight"],
  text="""
T: Hi Mr. Lindgren, hi Carol. How did the week go with eating?
P: Good. Good... week.
C: He's doing the exercises. Ten minutes a day, I set the kitchen timer. Sometimes twice.
T: That's great. Any fevers, any chest infections, pneumonia?
C: No fever. No pneumonia. The doctor listened last week, clear.
T: Good. And at meals, does he sound wet or gurgly after he drinks?
C: No wet voice. Sometimes he coughs on the coffee.
P: Coffee... hot. Fast.
T: Ha, the coffee's the hardest. Let's start with the exercises. Effortful swallow, squeeze all the muscles, ten times.
P: [swallows] Okay... again?
T: Again. Good. Now the Masako, tongue between your teeth, and swallow.
P: Hard. Ugh.
T: That one's hard for everyone. Now chin tuck against resistance, push your chin down into the ball.
P: Mm.
T: Then the Shaker, lying down, lift your head and look at your toes.
C: He was born in nineteen fifty-eight and he still does push-ups, can you believe it?
T: I can believe it, he's strong. Okay, now thin water trials from the cup with the chin tuck. Ten sips.
P: [drinks] ...
T: Coughed on two out of ten, both when he forgot the chin tuck.
C: So should he be drinking thin water at home?
T: Not yet. Keep mildly thick liquids, level two, and the minced and moist food, level five. The thin water trials only here with me.
P: Steak? Soon?
T: Not soon, sorry. Maybe soft meats in a few weeks.
C: He misses steak.
T: I know. Today was the swallow exercises and the cup trials, about thirty-five minutes. He tolerated it well.
C: Same time Thursday?
T: Same time Thursday. The dysphagia's moving the right way, Mr. Lindgren, slowly.
P: Slow... but okay. Thank you.
C: Do we need a new referral for more visits?
T: Not yet, the plan of care runs through next month.
""")

S("f_slp04_tbi_cog_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 8}, untimed=[], cog=23, key="97129x1:GN 97130x1:GN",
  facts=["8/10|eight out of ten|8 of 10", "3 of 5|three of five|3/5", "memory notebook",
         "divided attention", "verbal cues|verbal cue", "calendar", "telehealth|video"],
  negated=["headaches", "dizzy"], absent=["two nine one four", "forty-five sixty"],
  text="""
T: Hi Ruth, can you see my screen? This is our telehealth session, I'll share the tasks on the video. How's the head today?
P: No headaches today. A bit tired. I'm not dizzy at all, that's gone.
T: Great. Did you use the memory notebook this week?
P: Every day. My husband checks it at dinner. I taught third grade for thirty-four years, I should be able to remember a grocery list.
T: The fall rattled things, that's all. We'll start with the calendar task. Here are ten appointments, put them on the calendar with no double bookings.
P: Dentist Tuesday... pharmacy...
T: Take your time.
P: Okay. Done.
T: Eight out of ten correct. You double booked Thursday.
P: Oh! The hair appointment.
T: Now I'm going to tell you five words, and you'll repeat them later: river, candle, jacket, pepper, violin.
P: River, candle, jacket, pepper, violin.
T: Sorry, you froze on my end. Did you get all five?
P: All five. River, candle, jacket, pepper, violin.
T: Now a phone number to hold in your head while you sort these cards: five five five, two nine one four.
P: Five five five... two nine one four. Okay, sorting.
T: That's the divided attention task. You did it with two verbal cues.
P: I lost the number for a second.
T: You got it back. Now the checkbook task: write a check for forty-five sixty to the electric company.
P: Forty-five dollars and sixty cents... there.
T: Correct. Now, the five words?
P: River... jacket... violin. The other two are gone.
T: Three of five, same as last week, and two more with a category cue.
P: Frustrating.
T: It's steady. Okay, for the note: the cognitive work today was twenty-five minutes, no, twenty-three, we started late because of the parking. Calendar eight of ten, recall three of five, divided attention with verbal cues.
P: Parking here is terrible.
T: It is. Keep the notebook going, and the planning practice with the recipe this week.
""")

S("f_slp05_bilingual_lang_progress", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["17/20|seventeen out of twenty|85%|eighty-five percent", "12/20|twelve out of twenty|60%|sixty percent",
         "6/20|six out of twenty|30%|thirty percent", "two-step directions|2-step directions",
         "wh-questions|wh questions", "plural", "partially met", "not met", "MLU 2.4|2.4|two point four"],
  negated=["ear infections"], absent=["Lunar New Year"],
  text="""
T: Hi Leo! Hello, Mrs. Wang. And you're the interpreter today?
C: Yes, I'm Helen, Mandarin interpreter. I'll interpret for grandma.
T: Thank you. So today we're doing Leo's progress report. He's four now, and we've been working on understanding and using words. First, has he had any ear infections since the tubes?
C: Grandma says no ear infections since the tubes. His hearing test in March was normal.
T: Good. Leo, can you get the car and put it in the box?
P: Car! Box!
T: Great job. Following two-step directions, he got seventeen out of twenty today, that's eighty-five percent. The goal was eighty percent, so that goal is met.
C: Grandma asks if he understands better in Chinese or English.
T: Tell her he understands both, and she should keep talking to him in Mandarin at home. That's good for him, not bad.
C: She says his dad worries that two languages confuse him.
T: They don't. It's one of the biggest myths. Next, Leo: who's eating? Where is the dog?
P: Boy eat. Dog... there. Bed.
T: Nice. Answering wh-questions, twelve out of twenty, sixty percent. The goal is eighty, so partially met.
C: Grandma says at home he answers "what" but not "where".
T: That matches what I see. And plurals, "two cats", "two dogs", six out of twenty, thirty percent, not met yet.
P: Two cat.
T: Two cats, sss. His mean length of utterance today was two point four words. It was one point eight in the fall.
C: Grandma is happy. She says he talks all the time now, even at the Lunar New Year dinner he said hello to everyone.
T: Ha, that's wonderful. So we keep going with the wh-questions and plurals. Same plan, twice a week.
C: She asks what to practice at home.
T: Reading picture books together and asking "where", in Mandarin is fine. Five or ten minutes at bedtime.
C: She says they already read every night.
T: Perfect. Bye, Leo!
P: Bye bye!
""")

S("f_slp06_hnc_dysphagia_discharge", "dev", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["FOIS 6|FOIS level 6|FOIS score of 6|you're a six", "36 millimeters|36 mm|thirty-six millimeters",
         "MDADI 68|68|sixty-eight", "feeding tube|PEG", "regular diet|regular solids", "thin liquids",
         "goals are met|goals met", "6 pounds|six pounds", "jaw stretching|TheraBite"],
  negated=["pneumonia", "coughing on thin"], absent=["Cabo"],
  text="""
T: Well, Tom, this is your last visit. How do you feel about that?
P: Good. Scared. Mostly good.
T: That's normal. Let's go through everything. Any pneumonia, any chest infections since the radiation ended?
P: No pneumonia. Not once, knock on wood.
T: Good. Any coughing on thin liquids now?
P: No coughing on thin. Water, coffee, beer, all fine.
T: Ha. And the feeding tube's been out for a month?
P: Out since the tenth of last month. I haven't needed the PEG at all. Put on six pounds.
T: Six pounds up, great. On the FOIS you were a three when we started, tube dependent with some food by mouth. Now you're a six: a regular diet by mouth with a few things you avoid.
P: The dry bread still sticks. I dunk it.
T: That's a smart strategy. Let's check your jaw opening. Open wide... thirty-four, no, thirty-six millimeters, I was reading the wrong mark on the ruler.
P: It was twenty-eight at the start?
T: Twenty-eight, yes. Keep the jaw stretching with the TheraBite, three times a day, forever, honestly. The radiation scar tissue keeps trying to tighten.
P: Forever. Okay.
T: Your MDADI, the quality of life questionnaire, is sixty-eight now. It was forty-one.
P: My wife says I'm a different person at dinner.
T: Regular solids and thin liquids, and all your goals are met. Keep doing the exercises, the effortful swallow and the Masako, five minutes a day.
P: And if it gets worse?
T: Call us, or your ENT. Any weight loss, coughing with meals, a fever, that's a call right away.
P: We're going to Cabo in April. First trip since the cancer.
T: Enjoy it. Chew well, drink with the bites.
P: Thank you, really. For everything.
T: It was all you. Take care, Tom.
""")

S("f_slp07_r_artic_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["/r/|r sound|the r", "38/50|thirty-eight out of fifty|76%|seventy-six percent",
         "14/25|fourteen out of twenty-five|56%|fifty-six percent", "sentences", "tongue tip|retroflex|bunched",
         "mirror", "visual cues|visual cue"],
  negated=["lisp"], absent=["nine ninety-nine", "six to four"],
  text="""
T: Hi Ethan! Hi Dad. Ready for some R?
P: Rrrr. Yeah.
C: He's been practicing. Five minutes every night, I swear. Well, most nights. Oh, and his team won six to four on Saturday, he pitched two innings.
T: Nice! Ethan, you pitched?
P: Two innings. I struck out one kid.
T: Awesome. Okay, warm up in the mirror. Bunched tongue, sides up against your back teeth, and "rrr".
P: Rrrrr.
T: That's a good R. Now words. Car, star, rabbit, carrot.
P: Car. Star. Wabbit. Rabbit.
T: You fixed it yourself! That's the best part. Keep going with the list.
C: His sister had a lisp at his age, it went away by itself. He never had a lisp, just the R.
T: Right, his S is fine, no lisp at all. Okay, in words today he got thirty-eight out of fifty, seventy-six percent.
C: Is that up?
T: Up from sixty percent two weeks ago. Now sentences. "The red car raced around the track."
P: The wed... the red car raced around the track.
T: Good correction. Next one.
P: My brother reads a really weird book.
T: Ha, great. Sentences, fourteen out of twenty-five, fifty-six percent, with visual cues from the mirror mostly.
C: There's an app I saw, nine ninety-nine, is it worth buying?
T: Some are fine, but the mirror and the list do the same thing. Save your money.
P: Can we play the game now?
T: Last five sentences, then the game.
P: Okay. The rooster runs really fast.
T: Nice. Next: "Grandpa wears a brown scarf."
P: Gwand... Grandpa wears a brown scarf.
C: He always gets stuck on the GR ones, the blends.
T: Perfect R. So at home, the sentence list, five minutes a night, with the mirror.
C: Will do. Same time next week?
T: Same time next week.
""")

# ---------------------------------------------------------------------------------------------
# PT test (8)
# ---------------------------------------------------------------------------------------------

S("f_pt09_hip_fx_eval_high", "test", "PT", "evaluation", "PT", "cms",
  timed={"97116": 16, "97110": 6}, untimed=["97163"], key="97163x1:GP 97116x1:GP",
  facts=["hip fracture|hemiarthroplasty", "128/70|one twenty-eight over seventy", "front-wheeled walker|rolling walker|walker",
         "60 feet|sixty feet", "TUG 32|32 seconds|thirty-two seconds", "contact guard|CGA", "4 stands|four stands|four times",
         "fear of falling", freq(2, 8, "two times a week for eight weeks")],
  negated=["chest pain", "numbness", "fallen since"], absent=["two one six", "Lakers"],
  text="""
T: Good afternoon, Mrs. Novak. I'm Erin, physical therapy. And you're her daughter?
C: Yes, Linda. Mom's eighty-four, she fell at church in October and broke the right hip, they did the half replacement. She was in rehab for two weeks, they had her walking ten minutes twice a day there, and now she's home with me.
T: Okay, thank you. Mrs. Novak, any pain right now?
P: A little, in the hip. Maybe a three.
T: Any chest pain, shortness of breath?
P: No chest pain. I get winded on the stairs.
T: Any numbness in the leg or foot?
P: No numbness, no.
C: And she hasn't fallen since she came home. I'm with her all the time. If you need to reach me, my cell is two one six, five five five, oh nine eight two.
T: I'll put it in the chart as a contact. Blood pressure sitting is one twenty-eight over seventy, heart rate ninety, oxygen ninety-five percent.
P: Is that good?
T: That's good. Let's see you stand up from the chair without the arms, as many times as you can in thirty seconds.
P: Oh, that's hard... there. There.
T: Four stands, using her hands a little. Now the timed up and go with the front-wheeled walker. Thirty-two seconds.
C: She's slow because she's scared.
P: I am scared. I don't want to fall again.
T: That fear of falling is something we'll work on. Then we did gait training with the walker in the hallway: she walked forty feet, no, sixty feet, she went to the door and back. Contact guard, cues to step up to the walker.
P: I held on tight.
T: You did great. That gait training was sixteen minutes. We also started a few seated exercises, ankle pumps and quad sets, about six minutes.
C: The Lakers are on tonight, she never misses a game, that's her motivation.
T: Ha, good motivation. This is a high complexity evaluation: the hip fracture, her heart failure, the fall history, and the fear of falling.
C: How long will she need therapy?
T: Two times a week for eight weeks to start. The goal is walking in the house with the walker independently and getting back to church.
P: Church. Yes. That's what I want.
T: Then that's our goal.
""")

S("f_pt10_pfps_teen_eval_low", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 13, "97112": 7}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["patellofemoral pain|patellofemoral", "left knee", "5/10|five on stairs|5 out of 10",
         "hip abduction 4-/5|four minus|4-/5", "step-down|step down", "clamshells",
         "volleyball", freq(1, 6, "once a week for six weeks")],
  negated=["swelling", "locking or giving way", "surgery"], absent=["twenty-five to nineteen", "one-fifty for the club fee"],
  text="""
T: Hi Sophie, I'm Matt. You're fifteen, right? And Mom's with you.
C: Fifteen last month. She plays club volleyball, and the left knee's been hurting since August. We paid one-fifty for the club fee and now she's on the bench, so...
T: Got it. Sophie, where does it hurt?
P: Right around the kneecap. Like under it.
T: Pain when you go down stairs, squat, sit for a long time?
P: Stairs, going down. And after the movie, sitting.
T: Zero to ten, on the stairs?
P: Like a six. Well, a five. Six is too much, it's a five.
T: Okay, five on stairs. Any swelling? Does it ever lock, or give way?
P: No swelling. No locking or giving way.
T: Ever had surgery on the knee, or a dislocation?
C: Never surgery. She sprained the ankle two years ago, that's it.
T: Okay. Let me test your hips. Push out against my hand... hip abduction four minus out of five on the left, four on the right.
P: That's weak?
T: A little weak, and that's really common with kneecap pain. Now do a step-down off the box for me.
P: Like this?
T: See how the knee dives in? That's what we'll fix. So this looks like patellofemoral pain.
C: Her last tournament they won twenty-five to nineteen in the final set and she played the whole thing, then she limped for two days.
T: That fits. Today we did clamshells, side-lying hip abduction, and bridges, thirteen minutes of ther ex.
P: The clamshells burn.
T: And then some single-leg balance and the step-downs with a mirror, about seven minutes.
C: Does she need to stop volleyball?
T: No, modify. Limit the jumping drills for two weeks. This is a low complexity evaluation: healthy, one knee, clear plan.
C: Good.
T: I'm thinking once a week for six weeks with a strong home program. Clamshells and bridges every day, it's ten minutes.
P: Every day?
T: Every day. Your knee will thank you.
""")

S("f_pt11_ms_balance_telehealth", "test", "PT", "daily", "PT", "per-code",
  timed={"97112": 16, "97110": 11}, untimed=[], key="97112x1:GP 97110x1:GP",
  facts=["multiple sclerosis|MS", "telehealth|video", "6/10|six out of ten|6 out of 10",
         "14.2 seconds|fourteen point two", "tandem stance", "counter", "sit to stand|sit-to-stands",
         "cooling vest"],
  negated=["falls this week", "new numbness"], absent=["Sox", "three hundred and ten"],
  text="""
T: Hi Angela, can you see me? It's Chris from physical therapy, for your telehealth visit.
P: I see you. Hold on, my husband's moving the laptop so you can see my feet.
C: Is this better? Can you see the kitchen?
T: Perfect, I can see her from head to toe. So, the multiple sclerosis, how's the fatigue this week?
P: About a six out of ten. The heat wave killed me, I wore the cooling vest all weekend.
T: Good that you had it. Any falls this week?
P: No falls this week. One near miss on the stairs.
T: Any new numbness or weakness?
P: No new numbness. Same old tingling in the left foot.
T: Okay. First the five times sit to stand, arms crossed, as fast as you can safely. Go.
P: One, two, three, four, five.
T: Fourteen point two seconds. It was sixteen last month.
P: Oh, nice.
T: Now balance at the counter. Feet together, eyes open, then tandem stance, one foot in front of the other.
P: Sorry, you froze. What did you say?
T: Tandem stance. Heel to toe. Hold onto the counter if you need it.
P: Okay, got it. Whoa. Okay.
T: Now head turns in tandem. Good. Then the step-overs, over the towel.
C: The Sox lost again, by the way, three hundred and ten dollars for tickets next week and they can't hit.
T: Ha, rough season. Okay, that balance work was sixteen minutes.
P: I'm sweating.
T: Take a sip of water. Now strengthening: sit to stands, heel raises at the counter, and the bridges on the couch. Sorry, you cut out. Can you hear me?
P: I can hear you now.
T: The strengthening, the sit-to-stands, heel raises, bridges, that was eleven minutes.
P: Did you say eleven?
T: Eleven. Good job. Keep the balance at the counter, every other day, with the timer for thirty seconds each hold.
P: Got it. Same time next week on here?
T: Same time next week.
""")

S("f_pt12_vcf_pta_estim", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 19, "97112": 10}, untimed=["G0283"], key="G0283x1:GP,CQ 97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["compression fracture|T12", "osteoporosis", "4/10|four out of ten|4 out of 10",
         "interferential|IFC|e-stim", "hot pack", "chin tucks|scapular retraction", "T-score -3.1|minus three point one|-3.1",
         "posture"],
  negated=["numbness in the legs", "fall since September"], absent=["thirty minutes of massage", "Medicare Advantage"],
  text="""
T: Hi Mrs. Goldberg, I'm Devon, the PTA today. How's the back?
P: A four out of ten. Better than last week, it was a seven.
T: Good. Any numbness in the legs?
P: No numbness in the legs. Just the ache in the middle of my back.
T: Any falls?
P: No fall since September. I'm very careful now.
T: Good. You know, the T12 compression fracture heals slowly, but it's healing. Your bone density report said a T-score of minus three point one, so osteoporosis, that's why we're careful with bending.
P: My sister has it too. Seventy-two and we're both shrinking.
T: Ha. So we'll start with posture exercises. Chin tucks, scapular retraction, and the wall angels.
P: At the other clinic they did thirty minutes of massage every time. That was nice.
T: Different approach. We want your back muscles strong. Keep going, squeeze the shoulder blades.
P: My neck's stiff.
T: Now prone on the pillow, the gentle back extension. Okay, that was nineteen minutes of ther ex.
P: I'm tired.
T: Now balance. Stand at the counter, feet close, then shifting your weight, and stepping forward and back.
P: Like this?
T: Like that. Nice. That balance work was ten minutes.
P: Is my insurance going to cover all this? I have Medicare Advantage now.
T: The front desk can check for you. Now lie on your side, and I'll set up the interferential e-stim on your back with the hot pack. Fifteen minutes on the timer.
P: That's the tingly one.
T: That's the one. Tell me if it's too strong.
P: It's fine.
T: I'll check on you halfway. Home exercises: the chin tucks and the wall angels, twice a day.
P: How long should I do them?
T: Five minutes each time is enough. Okay, for the note: ther ex nineteen, balance ten, unattended IFC to the thoracolumbar area with the hot pack, fifteen minutes on the timer, pain four.
""")

S("f_pt13_meniscus_pta_split", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 22, "97140": 9, "97112": 5}, untimed=[], key="97110x1:GP,CQ 97140x1:GP,CQ",
  facts=["meniscus repair|meniscal repair", "right knee", "flexion 120|120 degrees|one-twenty",
         "patellar mobs|tibiofemoral mobs|joint mobs", "leg press", "10 weeks|ten weeks", "2/10|two out of ten|2 out of 10"],
  negated=["clicking", "locking"], absent=["lost by twelve"], said_exempt=("97110",),
  text="""
T: Hey Marcus, I'm Tara, PTA. Ten weeks today on the meniscus repair, right knee?
P: Ten weeks. I'm itching to play ball. We lost by twelve last night without me.
T: Ha, they need you. Pain today?
P: Two out of ten, mostly after sitting in class.
T: Any clicking or locking?
P: No clicking anymore. No locking, not since the surgery.
T: Good. Let's warm up: bike, then the leg press and the step-ups. We'll do ther ex first, then I'll do some mobs, then more exercise.
P: Okay.
T: That's twelve minutes of ther ex so far. Hop on the table. Patellar mobs first, then the tibiofemoral glides into flexion.
P: That's the tight spot, behind the knee.
T: I feel it. Breathe. Okay, bend for me... flexion one-twenty.
P: Last week was one-twelve.
T: Good progress. That manual was nine minutes.
P: Back to the machines?
T: Back to the machines. Leg press again, single leg, and the hamstring curls, ten more minutes of ther ex.
P: These hamstring ones are hard.
T: That's the side they repaired near. Then a few minutes of balance, single leg on the foam, five minutes.
P: Wobbly.
T: It'll get better. No pivoting, no jumping yet, your PT will decide when.
P: Twelve weeks, the surgeon said?
T: Probably around then. Home program is the same, the leg press at the gym and the bridges.
P: My coach says I should do an hour a day in the weight room.
T: Not an hour. Twenty minutes of your program is plenty for now.
P: Fine. I'll tell him you said so.
T: Tell him I said so. Any swelling after the last session?
P: A little, I iced it that night. Gone by morning.
T: Good. Ice after the gym if it puffs up. See you Thursday.
""")

S("f_pt14_whiplash_progress", "test", "PT", "progress", "PT", "cms",
  timed={"97140": 14, "97530": 13, "97110": 9}, untimed=[], key="97140x1:GP 97530x1:GP,59",
  facts=["whiplash", "NDI 22%|22 percent|twenty-two percent", "rotation 70|70 degrees|seventy degrees",
         "driving thirty minutes|drive 30 minutes|driving 30 minutes", "partially met", "sleeping through the night",
         "deep neck flexor|chin tucks", freq(1, 4, "once a week for four more weeks")],
  negated=["headaches", "arm symptoms", "dizziness"], absent=["thirty-two hundred", "claim number"],
  text="""
T: So, Priya, this is your progress report for the whiplash. It's been ten visits since the car accident evaluation.
P: Feels longer. The insurance guy keeps calling me with a claim number, I don't even know what he wants.
T: Ha, I can't help with that one. How are the headaches?
P: No headaches now. Not for two weeks.
T: Any arm symptoms, tingling down the arms?
P: No arm symptoms. And the dizziness is gone, completely.
T: Great. Your Neck Disability Index was forty-two percent at the start, and today it's twenty-two percent.
P: Is that a big drop?
T: It's big, more than the change that counts as meaningful. Rotation: to the right... seventy degrees. It was fifty-five. To the left, seventy-five.
P: I can check my blind spot again.
T: Goals: driving thirty minutes without pain, met.
P: I drove to my mom's, forty minutes, no problem.
T: Sleeping through the night, met. Working at the computer for two hours, partially met, you're at about an hour.
P: After an hour it starts to ache.
T: Okay. So today: manual, soft tissue and the upper cervical mobs, fourteen minutes. Then the ther ex, deep neck flexor and the rows, that was about twelve, wait, nine, the manual ran long.
P: The chin tucks are boring.
T: Boring but they work. Then in a separate block, the work simulation, the desk setup, reaching to the top shelf, carrying the laptop bag. Thirteen minutes.
P: The car repair was thirty-two hundred dollars, by the way. The other guy's insurance paid.
T: Glad that's sorted. Plan: once a week for four more weeks, focused on the work tolerance, and then discharge.
P: Just once a week?
T: You're doing the work at home. Once a week is enough.
""")

S("f_pt15_postcovid_discharge", "test", "PT", "discharge", "PT", "per-code",
  timed={"97110": 30, "97530": 10}, untimed=[], key="97110x2:GP 97530x1:GP",
  facts=["post-COVID|COVID", "6MWT 455|455 meters|four fifty-five", "30-second sit to stand 13|13 stands|thirteen",
         "FOTO 71|71|seventy-one", "93%|ninety-three percent|93 percent", "Borg 13|RPE 13|Borg thirteen",
         "back to work full days|return to work|back to work", "partially met", "stairs"],
  negated=["chest pain", "inhaler"], absent=["three hundred dollars"], said_exempt=("97110",),
  text="""
T: So, Mr. Bauer, discharge day. You started with us after the COVID hospital stay in the spring.
P: Feels like a different life. I'm fifty-eight and I felt ninety back then.
T: Any chest pain with the exercise?
P: No chest pain. Never had any.
T: And you haven't needed the inhaler?
P: Haven't needed the inhaler since June.
T: Great. Six minute walk today: four twenty-five meters. No wait, I missed a lap on the counter, four fifty-five. It was three-ten at the start.
P: That's way farther.
T: Lowest oxygen was ninety-three percent, heart rate peaked at one-twelve, Borg thirteen, somewhat hard.
P: Somewhat hard is right.
T: Thirty-second sit to stand: thirteen stands. You started at eight.
P: My legs are so much stronger.
T: And your FOTO score went from forty-eight to seventy-one.
P: What's FOTO again?
T: The function survey you filled out on the tablet. Goals: back to work full days, met.
P: Back at the warehouse three weeks now.
T: Climbing three flights of stairs without stopping, partially met, you stop once at the second landing.
P: I stop to breathe, yes.
T: That's okay. Walking thirty minutes for exercise, met. So today: the bike and the weights, half an hour exactly, I had the timer going.
P: It felt like longer.
T: Ha. Then ten minutes of stairs, carrying the box, like at work.
P: The box is the hard part.
T: So the post-COVID program ends here. Keep walking every day, the bike three times a week, and the weights twice a week.
P: The gym wants three hundred dollars for a year. Should I join?
T: If you'll go, yes. Call us if the breathing gets worse.
P: Thank you for everything.
T: You did it. Good luck.
""")

S("f_pt16_toe_walking_reeval", "test", "PT", "re-evaluation", "PT", "cms",
  timed={"97110": 17, "97112": 13}, untimed=["97164"], key="97164x1:GP 97110x1:GP 97112x1:GP",
  facts=["toe walking", "8 degrees|eight degrees", "60%|sixty percent|60 percent", "night splints",
         "heel walking|heel walks", "calf stretch|calf stretches", "partially met",
         freq(1, 8, "once a week for eight more weeks")],
  negated=["pain in his legs", "fallen at school"], absent=["the ACL", "one twenty-nine"],
  text="""
T: Hi Owen! Hi Dad. Today's the re-check, the re-evaluation, it's been about three months.
C: Three months and a bit. He's five now, we had the party on Saturday. Oh, and I had my own knee done, the ACL, so I've been hobbling next to him, we're a pair.
T: Ha, the two of you. So how's the toe walking at home?
C: I'd say he's flat-footed like sixty percent of the time now. Barefoot he still goes up on his toes.
T: Okay, sixty percent. Does he complain of pain in his legs or feet?
C: No pain. Never.
P: No pain!
T: And he's not falling at school?
C: He hasn't fallen at school, the teacher says. He used to trip a lot.
T: Great. Owen, lie down for me. I'm checking your ankle with the knee straight... eight degrees of dorsiflexion on both sides. It was zero.
C: Eight from zero. Is that a lot?
T: That's a lot. The night splints are helping. Is he wearing them?
C: Most nights. They cost one twenty-nine each, he'd better wear them.
T: Ha. Owen, walk on your heels for me like a penguin.
P: Penguin! Look!
T: Great heel walking, ten steps. Goals: ankle range to ten degrees, partially met. Heel-toe walking most of the time, partially met.
C: What's next?
T: Today we did the calf stretches, the step stretches, and squats with heels down, seventeen minutes.
P: I did the frog squats!
T: You did. Then balance: walking on the balance beam heel-to-toe, and standing on the foam with heels down, eleven minutes.
C: He loved the beam.
T: Okay, for the note: stretching and strengthening seventeen minutes, balance on the beam was eleven, no, thirteen, I forgot the foam at the end. Dorsiflexion eight degrees both sides. Plan: once a week for eight more weeks, keep the night splints, and calf stretches twice a day at home.
C: Will he need the casting?
T: Right now, no. If the range stops improving, we'd talk to the orthopedist.
P: Can I go to the trampoline?
T: After you put your shoes on.
""")

# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("f_ot08_mallet_finger_eval_low", "test", "OT", "evaluation", "OT", "cms",
  timed={"97760": 20}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["mallet finger", "right ring finger|ring finger", "extension lag 40|40 degrees|forty degrees",
         "extension splint|extension orthosis|DIP extension", "6 weeks|six weeks", "24/7|twenty-four seven|all the time",
         "skin checks|skin check", "1/10|one out of ten|1 out of 10"],
  negated=["numbness", "other injuries"], absent=["twelve dollars", "pickup game"],
  text="""
T: Hi Mr. Tran, I'm Nora, occupational therapy. The doctor sent you for the mallet finger, right ring finger?
P: Yeah. Jammed it on a basketball five days ago. Pickup game at the Y, I went for a rebound.
T: Ouch. Any numbness or tingling in the finger?
P: No numbness. It just droops at the tip.
T: Any other injuries, the wrist, the other fingers?
P: No other injuries. Just this one.
T: Pain right now?
P: One out of ten. It doesn't really hurt, it's just weird.
T: Okay. Let me look. The tip droops when you try to straighten it. I'm measuring the extension lag... thirty-five degrees, no, let me line the goniometer up properly, forty degrees.
P: That's bad?
T: It's typical for a mallet finger without a fracture. The tendon at the tip is stretched or torn, so we keep the tip straight, all the time, so it heals.
P: I bought a splint at the pharmacy, twelve dollars, it kept falling off.
T: Yeah, those don't fit well. I'm going to make you a custom extension splint for the tip. Hold still, the plastic is warm.
P: It's hot.
T: Just for a second. Molding it over the back of the joint... good. Now the strap.
P: That's snug.
T: Snug is right, not tight. Check your fingertip color... pink. Good. The fabrication and fitting was a good twenty minutes.
P: How long do I wear it?
T: Twenty-four seven, six weeks. If the tip bends even once, the clock starts over.
P: Even in the shower?
T: Even in the shower. I'll show you how to change it: hand flat on the table, slide it off, keep the finger straight on the table, do your skin checks, slide it back.
P: That's tricky.
T: Practice here once. This is a low complexity evaluation: one finger, no other problems. We'll see you every two weeks to check the splint and the skin.
P: Every two weeks. Can I still lift weights?
T: Legs, yes. Nothing that grips with the right hand yet.
""")

S("f_ot09_sci_c6_eval_high", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97535": 21, "97110": 9}, untimed=["97167"], key="97167x1:GO 97535x1:GO 97110x1:GO",
  facts=["C6|spinal cord injury", "tenodesis", "universal cuff", "wrist extension 4/5|four out of five|4/5",
         "90/58|ninety over fifty-eight", "self-feeding|feeding", "power wheelchair", "moderate assist|mod assist|mod A",
         freq(3, 12, "three times a week for twelve weeks")],
  negated=["pressure sores", "headaches or sweating"], absent=["Cubs", "eighteen thousand"],
  text="""
T: Hi Jamal, hi Keisha. I'm Tom, occupational therapy. So, C6 spinal cord injury, six months ago, the diving accident?
P: Six months and two weeks. Lake Michigan. Don't dive into lakes.
C: He says that to everyone.
T: It's good advice. Any pressure sores right now?
C: No pressure sores. I check his skin every morning and night.
T: Good. Any episodes of headaches or sweating, the dysreflexia?
P: No headaches or sweating. Not since the hospital.
T: Okay. Blood pressure is ninety over fifty-eight, that's his usual?
C: That's his usual. It drops lower when he sits up fast.
T: We'll go slow. Wrist extension is four out of five on both sides, no finger flexors. So we use tenodesis, when you extend the wrist the fingers close.
P: Yeah, they showed me in rehab. It's weak.
T: It'll get stronger. So today, self-feeding with the universal cuff. The fork goes in the cuff, and we practiced scooping and bringing it to the mouth, plate guard on.
P: I dropped the first three.
T: And then you got six in a row. Moderate assist for setup, min assist to eat. That feeding and the grooming, the toothbrush in the cuff, was twenty-one minutes.
C: He wants to feed himself at his brother's wedding in August.
T: That's a great goal. Then we did strengthening, wrist extension and shoulders with the light weights, nine minutes.
P: The Cubs are three games out, by the way.
T: Ha, there's always next year. He's in the power wheelchair full time?
C: Yes, the power wheelchair. Insurance said eighteen thousand, they covered most of it.
T: Good. This is a high complexity evaluation: the spinal cord injury, the blood pressure, skin risk, and a lot of changes at home.
C: How often?
T: Three times a week for twelve weeks.
P: Three times. Fine. I want to feed myself.
T: That's where we start.
""")

S("f_ot10_cmc_oa_daily", "test", "OT", "daily", "OT", "per-code",
  timed={"97140": 10, "97530": 16, "97110": 12}, untimed=[], key="97140x1:GO 97530x1:GO,59 97110x1:GO",
  facts=["CMC arthritis|CMC osteoarthritis|basal joint arthritis", "right thumb", "pinch 8|8 pounds|eight pounds",
         "4/10|four out of ten|4 out of 10", "jar opener", "thenar", "joint mobs|distraction", "hand-based thumb splint|thumb splint"],
  negated=["swelling at the base", "clicking"], absent=["fifty-two"], said_exempt=("97140",),
  text="""
T: Hi Margaret. How's the right thumb this week, the CMC arthritis?
P: Four out of ten. The quilting guild met Tuesday and I sewed for three hours, that didn't help.
T: Ha, three hours would do it. Any swelling at the base of the thumb today?
P: No swelling at the base today. It was puffy Wednesday.
T: And the clicking?
P: No clicking this week.
T: Good. Are you wearing the hand-based thumb splint at night?
P: Every night. And when I sew now.
T: Perfect. Let's start with the manual. It's twenty to ten. Gentle distraction and joint mobs at the CMC, and soft tissue in the thenar muscles.
P: That feels wonderful.
T: Okay, it's ten to ten, so we started the manual at twenty to and finished at ten to. Now the functional stuff, separate from the manual: the jar opener, the key in the lock, pulling up your zipper, turning the faucet.
P: The jar opener's a lifesaver.
T: Keep the thumb in a C shape, not collapsing. That's it. Fifteen minutes of functional activities.
P: My daughter is fifty-two now, can you believe it? I still open her jars.
T: Ha, with the jar opener, I hope. Now the ther ex: the thenar strengthening with the putty, the C-shape holds, the opposition.
P: The putty is the yellow one?
T: Yellow. Good. Pinch today, eight pounds, right.
P: It was six.
T: Up two pounds. That exercise was twelve minutes.
P: Should I still do the exercises every day?
T: Once a day, and no more than three hours of sewing without a break. Take a break every half hour.
P: Every half hour. My friends will laugh.
T: Let them laugh, your thumb will thank you. Okay, for the note: manual twenty to ten until ten to ten, the functional activities were fifteen, no, sixteen, I let her finish the zipper, and exercise twelve. Pinch eight pounds.
""")

S("f_ot11_rheum_hands_ota_cms", "test", "OT", "daily", "OTA", "cms",
  timed={"97535": 19, "97110": 8}, untimed=[], key="97535x1:GO,CO 97110x1:GO,CO",
  facts=["rheumatoid arthritis|RA", "joint protection", "telehealth|video", "built-up handles|foam tubing",
         "morning stiffness 45 minutes|45 minutes|forty-five minutes", "3/10|three out of ten|3 out of 10", "tendon glides", "2 hands|two hands|both hands"],
  negated=["flare", "new swelling"], absent=["Hulu"],
  text="""
T: Hi Donna, it's Kayla, the OTA, on the video. Can you hear me?
P: I hear you. You're a little blurry.
T: That's my internet. So, the rheumatoid arthritis, how have the hands been this week?
P: About a three out of ten. The morning stiffness is still there, it lasts about forty-five minutes in the morning.
T: Any flare this week?
P: No flare. No new swelling either, the knuckles look the same.
T: Good. So today, joint protection in the kitchen, like we planned. Show me how you pick up the kettle.
P: Like this.
T: Sorry, you froze. Can you do it again?
P: Like this, with one hand.
T: Try two hands, palms under it, so the weight isn't on your fingers. That's joint protection.
P: Oh, that's easier.
T: Now the foam tubing on your spoon and the toothbrush, the built-up handles we talked about.
P: I got the foam tubing. My son ordered it. I watched a show on Hulu while I cut it.
T: Ha, multitasking. Use it on the pen too. Now open the jar with your palm flat, not a tight grip.
P: Palm. Okay, that works.
T: And carry your purse on the forearm, not the fingers. So that joint protection and kitchen training was nineteen minutes.
P: It went fast.
T: Now the gentle exercise: tendon glides, five of each, and the wrist circles.
P: Hook, fist, straight fist...
T: Good. You cut out for a second there. Okay, the exercise part was eight minutes.
P: Eight. Got it.
P: My rheumatologist changed the shot to every two weeks, did I tell you?
T: You didn't, I'll note it for your OT. Keep the tendon glides in the morning, in warm water, to help the stiffness. I'll tell your OT, she'll see you in person next week.
P: Thank you, honey.
""")

S("f_ot12_sensory_kid_ota_percode", "test", "OT", "daily", "OTA", "per-code",
  timed={"97530": 22, "97535": 9}, untimed=[], key="97530x1:GO,CO 97535x1:GO,CO,59",
  facts=["sensory processing|sensory", "obstacle course", "swing", "zipper", "shoes", "verbal cues|verbal cue",
         "weighted vest|heavy work", "visual schedule"],
  negated=["meltdowns", "cover his ears"], absent=["Minecraft"],
  text="""
T: Hi Liam! Hi Mom. I'm Beth, the OTA. Ms. Ortiz is out today.
C: Hi. He's been good this week, for a kid with sensory processing stuff. No meltdowns at drop-off all week, which is a first. And he doesn't cover his ears at the hand dryer at school anymore, the teacher told me. Also he's been doing twenty minutes on the trampoline in the backyard every day after school, and he's obsessed with Minecraft now, which...
T: Ha, that's a great week. Liam, look at the visual schedule. First swing, then obstacle course, then shoes.
P: Swing first!
T: Swing first. Hold on to the ropes. Linear, back and forth.
P: Higher!
T: A little higher. Now the obstacle course: crawl through the tunnel, carry the heavy ball to the bucket, jump in the hoops.
P: The ball's heavy.
T: That's the heavy work, it helps your body feel calm. Great job.
C: He's so much calmer after this.
T: He organizes well with the heavy work. So the swing and the obstacle course, that was twenty-two minutes.
P: Again!
T: One more time later. Now a separate part, dressing: take your shoes off, put them back on, and the zipper on your jacket.
P: Zipper's hard.
T: Hook the bottom in first. I'll hold the bottom, you pull up.
P: Did it!
T: With two verbal cues. Shoes on, Velcro, nice. Nine minutes of dressing practice.
C: Should he wear the weighted vest at school still?
T: The OT will decide, but keep it for circle time for now.
C: Okay. And the zipper at home?
T: Every morning, let him try first, help only at the bottom.
P: Bye!
T: Bye, Liam. High five.
P: High five! Swing next time?
T: Swing first next time, it's on the schedule.
C: Thank you. Same time Wednesday?
T: Same time Wednesday.
""")

S("f_ot13_low_vision_discharge", "test", "OT", "discharge", "OT", "cms",
  timed={"97535": 26}, untimed=[], key="97535x2:GO",
  facts=["macular degeneration", "magnifier", "COPM performance 7|performance 7|performance went from three to seven", "satisfaction 8|satisfaction from two to eight",
         "bump dots|raised dots", "talking watch|talking clock", "partially met", "pill box|pill organizer",
         "task lighting|lamp"],
  negated=["falls", "burns"], absent=["eighty-nine dollars", "one on speed dial"],
  text="""
T: Good morning, Mrs. Petrov. Today's our last visit.
P: Already! I'll miss you, dear.
T: I'll miss you too. Let's go through everything. Any falls since last time?
P: No falls. The lights in the hall help.
T: And in the kitchen, any burns on the stove?
P: No burns. The bump dots are wonderful, I can feel where the dial is.
T: Good. Show me the mail with the magnifier.
P: My son bought the lighted one, eighty-nine dollars, he says it's the best. "Electric bill, due the fourteenth."
T: Perfect, you read it. With the lamp, the task lighting, it's much easier. Now the medications.
P: The pill box. Sunday, Monday... the big letters help.
T: Right, with the large print labels. Now the phone. Call your son.
P: He's one on speed dial. There.
C: Hello? Mom?
P: It's just practice, dear.
C: Okay, love you.
T: Ha, he answers fast. So the macular degeneration is the same, but look how much you're doing. On the COPM your performance went from three to seven, and satisfaction from two to eight.
P: Seven and eight. That's good, isn't it?
T: That's excellent. Goals: reading mail with the magnifier, met. Cooking safely with the bump dots, met. Managing her pills on her own, partially met, her son still checks the week.
P: He worries.
T: He's right to check, for now. And the talking watch, telling the time, met.
P: I love that watch.
T: Today was the kitchen and medication practice, the mail, the phone, all the daily stuff, twenty-six minutes.
P: You keep track of everything.
T: That's my job. So you're discharged from OT. If your vision changes, ask your eye doctor to send you back.
P: Thank you, sweetheart.
""")

S("f_ot14_shoulder_arthroplasty_progress", "test", "OT", "progress", "OT", "per-code",
  timed={"97110": 14, "97140": 7, "97535": 17}, untimed=[], key="97110x1:GO 97535x1:GO",
  facts=["reverse total shoulder|reverse shoulder", "QuickDASH 41|41|forty-one", "flexion 125|125 degrees|one twenty-five",
         "reacher", "long-handled sponge", "partially met", "not met", "putting on a shirt|dress myself|dresses himself",
         freq(2, 4, "twice a week for four weeks")],
  negated=["numbness", "dislocat"], absent=["thirty minutes with me", "Tuesdays"],
  text="""
T: Okay, Richard, today's your progress report for OT, ten weeks after the reverse total shoulder on the right.
P: Ten weeks. The PT down the hall does thirty minutes with me Tuesdays, and you get me Thursdays.
T: Ha, we share you. Any numbness in the hand?
P: No numbness. The hand's fine.
T: Any feeling like it's slipping, dislocating?
P: Never. Not once. No dislocating.
T: Good. Your QuickDASH was sixty-four at the start, today it's forty-one.
P: That's better?
T: Lower is better, so yes. Active flexion... one twenty-five. It was ninety-five. Now reach behind your back... to the belt line.
P: That's as far as it goes.
T: That's normal with a reverse. Goals: putting on a shirt by himself, met.
P: I dress myself, every day.
T: Washing his hair, partially met, he uses the long-handled sponge but still needs help with the back.
P: My wife does the back.
T: And reaching the top cupboard, not met, and honestly with a reverse we may set it lower.
P: I'll move the coffee down.
T: Smart. Today: exercise first, the wall walks and the band work, fourteen minutes.
P: The bands are better now.
T: Then a few minutes of soft tissue on the deltoid, seven minutes, it was tight.
P: That helped.
T: Then dressing practice, the reacher for the socks, the long-handled sponge in the mock shower. Seventeen minutes of self-care training.
P: The reacher for the socks is a game changer.
T: Plan: twice a week for four weeks, focusing on bathing and the overhead stuff.
P: Twice. Fine.
T: I'll send this to Dr. Ruiz.
P: Can I golf this summer?
T: Putting and chipping, maybe. Ask him about the full swing at your next visit.
P: Putting's better than nothing.
T: Keep the sponge and the reacher by the bed so you use them.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("f_slp08_pd_voice_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["hypophonia|soft voice", "62 decibels|62 dB|sixty-two decibels", "8 seconds|eight seconds",
         "VHI-10 24|24|twenty-four", "85%|eighty-five percent|85 percent", "Parkinson",
         "LSVT LOUD|LSVT", "4x/week for 4 weeks|four times a week for four weeks|4 times a week for 4 weeks|4x/wk x 4 wks|4x/week x 4 weeks"],
  negated=["trouble swallowing", "reflux"], absent=["fifty years", "Jeopardy"],
  text="""
T: Hi Mr. Fischer, Mrs. Fischer. I'm Alana, speech therapy. So, the Parkinson's, and the referral says the voice has gotten soft?
C: Soft, yes. I'm always asking him to repeat himself. Fifty years of marriage and now I can't hear him.
P: She doesn't listen. It's not my voice.
T: Ha, we'll find out. Any trouble swallowing, coughing with meals?
P: No trouble swallowing. I eat everything.
T: Any heartburn, reflux?
P: No reflux.
T: Good. I'm going to put this meter about a foot from your mouth. Tell me about your work.
P: I was a pharmacist. Forty years. Retired now, we watch Jeopardy every night.
T: Conversational loudness, sixty-two decibels. That's soft, hypophonia. Now take a deep breath and say "ah" as long as you can.
P: Ahhhhhhh.
T: Eight seconds. Once more.
P: Ahhhhhhhhh.
T: Eight seconds again. Now loud, as loud as you can, "ah".
P: AHHH.
T: Much louder when you think about it, that's the good news. Intelligibility in conversation, I'd say about eighty-five percent for me, a stranger.
C: Less for me in the car.
T: Background noise makes it harder. On the VHI-10, the voice handicap questionnaire, he scored twenty-four.
P: My wife filled that out.
C: We filled it out together.
T: Ha, fair. So, soft voice from the Parkinson's, good pitch range, breathy quality. I recommend LSVT LOUD: four times a week for four weeks, one hour each, plus homework every day.
P: Four times a week? That's a lot.
T: It's intensive on purpose. That's what makes it stick.
C: We'll do it. He'll do it.
P: I'll do it. If she stops saying "what?".
C: Deal.
T: Ha. Homework for this week, before we start: read the paper out loud for five minutes, thinking loud.
P: The sports page.
T: The sports page is perfect. And water, lots of it, the voice likes water.
C: He drinks coffee all day.
T: Coffee counts a little. Water counts more.
""")

S("f_slp09_swallow_eval_interpreter", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["3 ounce water|three ounce water|3-ounce water", "failed", "slightly thick|IDDSI level 1|level one",
         "soft and bite-sized|level 6|level six", "modified barium swallow|MBS", "pneumonia",
         "delayed swallow|delayed", "upright|sit upright"],
  negated=["weight loss", "heartburn"], absent=["seventeen grandchildren"],
  text="""
T: Hello, Mr. Haddad. I'm Sara, the speech therapist. And you're the interpreter?
C: Yes, I'm Youssef, Arabic interpreter. I'll interpret everything, first person.
T: Thank you. He was in the hospital with pneumonia last month, and the family says he coughs when he drinks. Is that right?
C: Yes. I cough when I drink tea and water. Not always. Maybe half the time.
T: Any weight loss?
C: No weight loss. My wife cooks all day, I eat well.
T: Any heartburn, food coming back up?
C: No heartburn. Nothing comes back up.
T: Okay. Open your mouth... tongue out... side to side. Tongue strength is a little weak on the right. Say "ah".
P: Aaah.
T: The palate lifts evenly. Cough for me.
P: [coughs]
T: The cough is weak. Now I'll give him some ice chips, then water by the spoon.
C: He says okay, he's thirsty.
T: Ice chips, fine. Teaspoon of water... swallow looks delayed, I can feel it with my fingers here on the throat.
P: [swallows] ...good.
T: Now the three ounce water test, drink the whole cup without stopping.
P: [drinks, coughs]
T: He coughed after the third swallow. So he failed the three ounce water test.
C: He asks if that's bad.
T: Tell him it means water goes the wrong way sometimes. Now slightly thick liquid, the level one.
P: [drinks] ...
T: No cough. And the soft cracker... no cough, but slow chewing.
C: He says he has seventeen grandchildren, he must be strong for them.
T: Ha, tell him we'll keep him strong. My recommendations: slightly thick liquids, IDDSI level one, and soft and bite-sized food, level six, sit upright for meals and thirty minutes after, and a modified barium swallow study to see exactly what's happening.
C: He asks when the x-ray test is.
T: I'll send the order today, the hospital will call. Until then, the thick drinks only.
C: He says thank you. He will try.
""")

S("f_slp10_als_dysarthria_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["ALS|the ALS|amyotrophic lateral sclerosis", "dysarthria", "60%|sixty percent|60 percent", "AAC|speech-generating device|tablet",
         "voice banking|message banking", "pacing board|pacing", "alphabet board"],
  negated=["choking"], absent=["Packers", "twenty-one hundred"],
  text="""
T: Hi Dave, hi Ellen. How was the week?
P: O...kay. Tired.
C: He's more tired this week. The speech is harder at night.
T: That's the ALS, fatigue makes the dysarthria worse. Any choking with meals?
C: No choking this week. He's eating slower.
P: Slow. Yes.
T: Good. Let's do the sentences first, so I can check how clear you are. Read this one.
P: The... boy... went... to the... store.
T: Good pacing. Next.
P: My... dog... likes... the... p-park.
T: Sentence intelligibility today about sixty percent. It was seventy in the spring.
C: I understand him better than that, because I'm used to him.
T: Right, you're the expert listener. Now the pacing board, tap one square per word.
P: I... want... coffee... please.
T: That's much clearer with the board. Now the tablet, the AAC app. Let's practice the quick phrases.
P: [taps] "I need a break."
T: Good. And the voice banking, did you record more messages?
C: Forty more this week. His own voice, saying "love you" to the grandkids, the Packers cheers, everything.
P: Go... Pack.
T: Ha, that one's essential. How many are banked total?
C: About three hundred. The insurance said the device costs twenty-one hundred, they approved it.
T: That's great news. Keep the alphabet board in the car for when the tablet's not handy.
P: Car. Yes.
T: Practice: the sentences with the pacing board, ten minutes in the morning when you're fresh, not at night.
C: Morning, okay.
T: And keep banking messages. See you Thursday.
P: Thanks.
C: Should we think about the eye-gaze device? The support group was talking about it.
T: Not yet, his hands still work the tablet well. We'll keep an eye on it and plan ahead, so it's ready before he needs it.
C: That makes me feel better.
P: Plan... ahead. Good.
""")

S("f_slp11_mci_memory_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 17}, untimed=[], cog=32, key="97129x1:GN 97130x1:GN",
  facts=["mild cognitive impairment|MCI", "memory notebook|memory book", "spaced retrieval",
         "4 of 6|four of six|4/6", "5 of 6|five of six|5/6", "2:30|two thirty", "visual cues|visual cue", "pill alarm|phone alarm"],
  negated=["missed a dose", "gotten lost"], absent=["three forty-nine", "sixty-two years"],
  text="""
T: Hi Helen, hi Bob. How did the memory notebook go this week?
P: I used it every day. Mostly.
C: Mostly. She missed Wednesday. But she hasn't missed a dose of her pills since we set the phone alarm.
T: That's big. The pill alarm's working. Any times she got lost driving or walking?
C: No, she hasn't gotten lost. I drive now anyway.
T: Okay. Helen, the mild cognitive impairment makes new information slippery, so we practice strategies. Remember our spaced retrieval: your next appointment is Tuesday at two thirty.
P: Tuesday... at two thirty.
T: Good. I'll ask you again in a minute. Now the grocery list task. Here's a list of six things. Read it, then I'll take it away.
P: Eggs, milk, bananas at three forty-nine, bread, coffee, tuna.
T: Now tell me the list.
P: Eggs, milk, bread... coffee. That's four.
T: Four of six. Now with the category cue, fruit?
P: Bananas! And tuna, the fish.
T: All six with cues. When's your next appointment?
P: Tuesday... at two thirty.
T: Perfect. Now, the notebook: find what you did on Monday.
P: Monday... the dentist. And Bob's sister called.
C: Right. We've been married sixty-two years and she still remembers my sister's birthday but not lunch.
T: Ha, old memories are the strongest. The name-face task now: five of six with visual cues.
P: The tall man is... Peter.
T: Yes. Okay, we've been at the memory work about half an hour, thirty-two minutes by the clock, actually.
C: It went by fast.
T: It did. Tuesday at two thirty, Helen?
P: Tuesday at two thirty. I wrote it in the book.
T: Great. Keep the notebook and the alarm, and Bob, let her try first before you answer.
C: I'll try. It's hard not to.
""")

S("f_slp12_cas_kid_daily", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["childhood apraxia of speech|apraxia", "14/20|fourteen out of twenty|70%|seventy percent",
         "6/20|six out of twenty|30%|thirty percent", "tactile cues|tactile cue", "CVCV|two-syllable|2-syllable",
         "signs|sign", "DTTC|dynamic temporal and tactile cueing"],
  negated=["drooling"], absent=["twelve ninety-five", "Paw Patrol"],
  text="""
T: Hi Zoe! Hi Mom. Ready to play?
P: Pay! Pay!
C: Play, yes. She's been saying so much more this week. Oh, and she's not drooling anymore, the dentist noticed too. And we got the Paw Patrol book, it was twelve ninety-five, and she makes me read it ten times a night.
T: Ha, ten times! That's great practice though. So today, the childhood apraxia of speech work, the two-syllable words.
C: The mama, baby, puppy ones?
T: Those. With the dynamic temporal and tactile cueing, the DTTC. Zoe, watch me. Puppy.
P: Pu-pee.
T: Puppy! I'll touch your lips for the P. Puppy.
P: Puppy.
T: Yes! Now bye-bye.
P: By-by.
C: She says that to everyone at the store now.
T: Great generalization. Mommy.
P: Mommy!
T: Okay. With tactile cues she's at fourteen out of twenty, seventy percent on the CVCV words. Without cues, on her own, six out of twenty, thirty percent.
C: Is that better than last time?
T: With cues, yes, up from fifty percent. On her own, about the same.
C: She still uses the signs a lot, "more" and "all done".
T: Keep the signs, they help her, they don't slow down talking. Zoe, what does the cow say?
P: Moo!
T: Moo! Perfect. Now the puppet wants a cookie. Say "cookie".
P: Coo-ee.
T: Cookie, with the K. Watch my throat... cookie.
P: Cookie!
T: Wow! First time for the K in a word. Mom, did you hear that?
C: I heard it! That's amazing.
T: At home, five words a day, slowly, with your hand on her lips for the P and the M.
C: Five words a day. We can do that.
T: And read the book ten times if she wants, but pause and let her fill in a word.
C: Like "Ryder" and "pup"?
T: Exactly. Bye, Zoe!
P: By-by! Bye-bye!
""")

S("f_slp13_mtd_voice_progress", "test", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["muscle tension dysphonia", "VHI-10 14|14|fourteen", "19 seconds|nineteen seconds",
         "resonant voice", "semi-occluded|straw phonation|straw", "partially met", "vocal hygiene",
         "telehealth|video", freq(1, 6, "once a week for six more weeks")],
  negated=["pain when talking", "reflux"], absent=["Wi-Fi password"],
  text="""
T: Hi Jenna, can you hear me? It's Paula, for your telehealth session.
P: I hear you! Hold on, the school Wi-Fi password changed, I'm on my phone hotspot.
T: No problem. So today's the progress check for the muscle tension dysphonia. How's the voice after teaching?
P: Much better. I have twenty-eight kids this year, and I'm not hoarse by Friday anymore.
T: Any pain when talking?
P: No pain when talking. The tightness in my throat is mostly gone.
T: Any reflux, heartburn?
P: No reflux.
T: Good. Your VHI-10 was twenty-eight at the start, and today it's fourteen. Wait, you froze. Can you hear me?
P: I missed that. What was the number?
T: Fourteen. Down from twenty-eight.
P: Oh, that's half!
T: Half. Now sustain "ee" for me as long as you can.
P: Eeeeeeeee.
T: Nineteen seconds. It was twelve. Now the straw phonation, semi-occluded, sliding up and down.
P: Woooooo.
T: Good, easy. Now the resonant voice, "mmm-hmm", feel the buzz on your lips.
P: Mmm-hmm. Mmm-hmm. Monday, Maybe, Many.
T: Lovely. Goals: using resonant voice in the classroom, partially met, you said you forget in the afternoon.
P: After lunch I get loud again.
T: The vocal hygiene goal, water and voice rest at lunch, met. And no hoarseness by end of week, met.
P: I drink like three bottles a day now.
T: Perfect. Plan: once a week for six more weeks, then we'll likely discharge.
P: Can I use the microphone in class? The school has one.
T: Yes, please do, that's a great idea. Amplification takes a lot of load off the voice.
P: I'll ask the office tomorrow. Oh, you froze again.
T: I'm back. I said, ask the office tomorrow, and keep the straw exercises twice a day.
P: Twice a day, got it.
T: See you next week, same time.
""")

S("f_slp14_aphasia_discharge", "test", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["anomic aphasia|aphasia", "17/20|seventeen out of twenty|85%|eighty-five percent",
         "AQ 84.2|84.2|eighty-four point two", "circumlocution|describing", "partially met", "aphasia group",
         "word-finding|word finding"],
  negated=["swallowing problems"], absent=["forty-one years", "Tuscany"],
  text="""
T: Hi Maria, hi Joe. Today's the last visit.
P: Last. Yes. I... happy. And... sad.
C: Both. We've been coming since January.
T: I know. Let's see where you are. Name these pictures for me.
P: Scissors. Um... the... you cut... with... no. Knife! Knife.
T: Yes. And this?
P: Um... the thing... you sit... on the... porch. It goes... back and front. Rocking chair!
T: Great, you described it until the word came. That's the circumlocution strategy.
P: Circum... yes. That one.
T: Naming today, seventeen out of twenty, eighty-five percent. It was nine in January.
C: She found "rocking chair"! She couldn't do that at Christmas.
T: And the Western Aphasia Battery, her aphasia quotient is eighty-four point two now, mild anomic aphasia.
C: Mild. That's a good word.
T: Any swallowing problems, or coughing?
C: No swallowing problems. Never had any.
T: Good. Goals: ordering at a restaurant on her own, met.
P: I order... pasta. Myself.
T: Word-finding in conversation with strategies, met. Phone calls with strangers, partially met, she still hands the phone to Joe.
P: Phone... hard. Fast. People talk fast.
T: It's hard for everyone with aphasia. I'm recommending the aphasia group on Thursdays at the library.
C: We've been married forty-one years, she used to do all the talking. I'm not used to doing the phone.
T: Ha. Keep giving her time. And for Tuscany next month?
P: Tuscany! Forty... forty... the... anniversary.
C: Our anniversary trip.
T: Take the picture phrasebook. You're discharged, and you did amazing work.
P: Thank you. Thank you... so much.
C: Can we call you if she gets worse?
T: Of course. If anything changes suddenly, the speech or the face or the arm, call 911 first.
C: We know the signs now, the hospital taught us.
T: Good. Take care, both of you.
P: Bye. Bye bye.
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
    if not re.fullmatch(r"f_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("f_" + s["discipline"].lower()):
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
            if f.startswith("f_") and f.endswith(".json"):
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
