#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), ninth set (ids j_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind8's README.  The
self-check machinery is copied unchanged from evals/data/blind8/make_blind8.py (only the id prefix
is j_); the sessions are new.  Running it:

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
# PT dev (8)
# ---------------------------------------------------------------------------------------------

S("j_pt01_shin_splints_eval_low", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 16, "97112": 9}, untimed=["97161"], key="97161x1:GP 97110x1:GP 97112x1:GP",
  facts=["shin splints|medial tibial stress|MTSS", "cross country", "4/10|4 out of 10|four out of ten|for out of ten",
         "navicular drop|pronates|flat feet", "calf raises", "3 sets of 15|3x15|three sets of fifteen",
         "foam|single leg balance", "stress fracture", "4 miles|four miles",
         freq(2, 4, "two times a week for four weeks")],
  negated=["pain at night", "swelling in the shins"], absent=["2214", "seven forty five"],
  text="""
T: hi im dana physical therapy you must be kenzie the referral says shin splints both shins
P: yeah both shins mostly the left i run cross country for the college im nineteen
T: when did it start
P: like three weeks into the season so end of august i went from twenty miles a week to like forty
T: and where exactly does it hurt show me
P: right here on the inside lower down both legs
T: pain right now zero to ten
P: right now zero but when i run its like a for out of ten and after its worse
T: ok four when you run any numbness or tingling in the feet
P: maybe a little numbness in the toes after long runs not really though
T: ok so not really any pain at night
P: nope sleeps fine
T: any swelling in the shins you noticed
P: i wouldnt say swelling in the shins no
T: and you had a stress fracture before
P: in high school the right foot second metatarsal in 2022 none since then
T: so tender along the inside of the shin the lower third both sides left worse
T: navicular drop is about ten millimeters on the left so she pronates flat feet
P: my mom has flat feet too she had bunion surgery last year
T: single leg calf raises she gets twelve on the left before she fatigues twenty on the right hop test is painful on the left so no hopping
P: my coach wants to know when i can race the conference meet is october eleventh
T: we will see so today we did there ex the calf raises off the step three sets of fifteen the tibialis raises and the soleus stretch that was sixteen minutes
T: then new row muscular re ed single leg balance on the foam and the mini band walks nine minutes
P: the foam is so hard
T: this is a low complexity evaluation young healthy one problem clear plan
T: plan is two times a week for four weeks and by the end of next month i want you running four miles with no pain then we build back to the forty miles slowly
P: can you call my coach his extension is 2214
T: i can send a letter if you sign the release at the front
P: my practice is at seven forty five tomorrow should i go
T: bike or pool instead of running for now and the calf raises every day
P: ok got it
""")

S("j_pt02_hip_labral_repair_eval_mod", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 9, "97110": 12}, untimed=["97162"], key="97162x1:GP 97116x1:GP 97110x1:GP",
  facts=["labral repair|labrum|arthroscopy", "FAI|impingement", "3/10|3 out of 10|three out of ten",
         "95 degrees|95", "internal rotation", "LEFS 31|31/80|31 out of 80|thirty-one", "crutch",
         "bridges", "hypothyroid", freq(2, 10, "twice a week for ten weeks")],
  negated=["catching", "calf pain"], absent=["six fifteen", "thirty dollar"],
  text="""
T: Hi, Priya? I'm Owen, physical therapy. Right hip, the arthroscopy, the labral repair and the FAI, the impingement shave. When was surgery?
P: October fourth. So eight and a half weeks. I'm forty-one, I thought I was too young for hip stuff.
T: Forty-one is right in the range for it. Pain today, zero to ten?
P: Three, maybe four. Call it a three out of ten. Worse getting out of the car.
T: Three. Any catching in the hip now?
P: The catching is gone. That was the whole reason for the surgery.
T: Numbness on the front of the thigh? Some people get it from the traction.
P: I wouldn't call it numbness, the skin just feels a little different there. It's fine.
T: Okay. Medications?
P: Aspirin eighty-one milligrams for clots till the end of the month, and ibuprofen six hundred if I need it.
T: Any calf pain, redness in the leg?
P: No. My dad had a DVT after his knee replacement, so they're careful with me.
T: Understood. Other health: you wrote hypothyroid and migraines.
P: Both, on levothyroxine for years.
T: So the hypothyroid, the migraines and the post-op precautions, this is a moderate complexity evaluation. Hip flexion is 95 degrees, internal rotation 15 degrees.
T: Let's start the LEFS, the lower extremity scale. We'll do the first half now.
P: I can't do the running ones, so those are zeros.
T: Ten questions in, you're at twenty-four. We'll finish it after.
T: Walking now. Still on two crutches? Let's go to one crutch in the hall. Gait training with one crutch, nine minutes.
P: My hip hurts on the stairs with one.
T: That's normal this week. Then the mat: quad sets, glute sets, heel slides, prone lying, and three sets of ten on the bridges. That was ten, twelve minutes, call it twelve.
P: Is this the thirty dollar copay or the specialist one?
T: The front desk can tell you that. Finishing the LEFS, the last ten questions. Total thirty-one out of eighty.
P: That sounds bad.
T: It's where you should be at eight weeks. Goal: by Christmas you're off the crutches and walking around the grocery store without limping.
T: Plan is twice a week for ten weeks. Home program the bridges and heel slides twice a day.
P: What time should I do them? My kids are up at six fifteen.
T: Whenever works for you. See you Thursday.
""")

S("j_pt03_charcot_marie_tooth_eval_high", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97116": 17, "97110": 6}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97110x1:GP",
  facts=["Charcot-Marie-Tooth|CMT", "fell twice|falls|fell", "foot drop", "AFO|ankle foot orthoses|braces",
         "5xSTS|five times sit to stand|sit to stand", "16.2", "150 feet", "6 inch step|six inch step",
         "2 pound|two pound", "mother and my sister|family history", freq(2, 8, "twice a week for eight weeks")],
  negated=["dizziness"], absent=["till five", "318"],
  text="""
T: Mr. Osei, I'm Tamsin, physical therapy. Karen here is from OT, we're doing the first part together because you have both evaluations today.
T: Hi, I'm Karen, I'll be looking at the hands while Tamsin does the legs.
P: Good, saves me a trip. I'm fifty-eight, Charcot-Marie-Tooth. My mother and my sister have it too.
T: What brings you in now?
P: I trip on everything. Fell twice since June, once on the curb outside church.
T: Any dizziness when you stand up?
P: No dizziness. It's the feet, they catch.
T: Numbness in the feet?
P: Oh yeah, both feet numb to the ankles. The hands a bit too.
T: Pain?
P: Not pain really. Cramps in the calves at night, maybe a two.
T: Other health: diabetes, sleep apnea with the CPAP, and the fusion of the right foot years ago.
P: Triple arthrodesis in 2011. And I weigh two hundred and ten, the doctor's always on me.
T: Ankle dorsiflexion strength is 2 out of 5 both sides, foot drop, high arches. Five times sit to stand is 16.2 seconds, with his arms.
T: Karen, you want him for the hands now?
T: Yes, the buttons and the pinch gauge, I'll take him for fifteen.
P: Those little buttons are the worst.
T: Okay, he's back with me. Walking with the trial AFOs, the carbon ones, 150 feet in the hall, then the six inch step up and down with the rail. Gait training was seventeen minutes.
P: These braces are way better than my shoes.
T: Then the two pound ankle weights for hip and knee strengthening on the mat, six minutes of exercise.
P: Two pounds felt like twenty.
T: With the diabetes, the falls, the sleep apnea and the foot fusion on top of a progressive neuropathy, this is a high complexity evaluation.
T: Goal: walk to the mailbox at the end of the driveway and back without tripping, and up the three porch steps with one rail.
P: And mow the lawn again.
T: We'll work toward it. Twice a week for eight weeks, and we'll order the AFOs.
P: Will insurance pay for the braces? My wife handles that, she's at work till five, her extension is 318.
T: The orthotist checks coverage first. Home: the ankle weights every other day and the calf stretch at night.
P: Okay, every other day.
""")

S("j_pt04_achilles_rupture_pta_daily", "dev", "PT", "daily", "PTA", "cms",
  timed={"97116": 8, "97110": 22, "97112": 10}, untimed=[],
  key="97116x1:GP,CQ 97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["achilles", "heel wedge|wedge", "2/10|2 out of 10|two out of ten", "boot", "parallel bars",
         "3 sets of 12|3x12|three sets of twelve", "20 pound|twenty pound", "single leg stance",
         "rocker board", "20 seconds|twenty seconds"],
  negated=["calf pain", "swelling"], absent=["husband's insurance", "one eighty"],
  text="""
T: hey marcus its lena the pta good to see you hows the achilles doing
P: better still in the boot with the to heel wedges i took one out monday like they said
T: ok so one wedge now pain today
P: like a two out of ten maybe a three by the end of the day
T: two going to three ok any calf pain or swelling in the back of the leg
P: no nothing like that
T: any pain right at the spot where it tore
P: i wouldnt say pain its more tight than anything
T: ok lets start with gate training out of the boot in the shoes with the heel lift on the parallel bars then the hallway
P: i feel like im limping
T: a little on the right push off is short we did eight minutes of gate training
P: hey can you put this visit under my husband's insurance mine ran out of visits in october
T: the front desk handles insurance ill have them call you this afternoon
T: ok there ex now seated calf raises then standing double leg three sets of twelve and the twenty pound backpack on the knee for the seated ones
P: twenty pounds is nothing im one eighty
T: heavy comes later the doctor said not before week ten
T: and the bike with the heel on the pedal and the theraband plantar flexion that was twenty two minutes of there ex
T: now new row muscular re ed single leg stance on the good side then the hurt side with my hand on the bar and the foam rocker board ten minutes of that
P: the rocker board is tough
T: your balance is better than tuesday you held twenty seconds on the right
P: my brother in law tore his at forty and never got it back
T: every tear is different youre doing the work
T: ill check with the pt about taking out the last wedge next week
T: home keep the seated calf raises to times a day and the towel stretch no stretching into pain
P: ok to times a day got it see you friday
""")

S("j_pt05_bankart_repair_pta_percode", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97110": 17, "97112": 7}, untimed=[], key="97110x1:GP,CQ",
  facts=["Bankart", "2/10|2 out of 10|two out of ten", "external rotation", "45 degrees|45",
         "150 degrees|150", "arm bike|UBE", "2 pound|two pound", "2 sets of 15|2x15|two sets of fifteen",
         "rhythmic stabilization", "wall walks"],
  negated=["numbness", "pain at night"], absent=["three units", "4:30"],
  text="""
T: Hey Jonah, it's Abby, your PTA today. Bankart repair on the left, twelve weeks since September ninth. How's it feeling?
P: Good. Sore after work, maybe a two out of ten. I'm a barista, so lots of reaching.
T: Two. Any feeling of it slipping out?
P: Not really. Maybe once reaching into the back seat, but I wouldn't say it slipped.
T: Any numbness down the arm?
P: No, none.
T: Pain at night, lying on it?
P: No, I sleep on it fine now.
T: Okay. Quick check: external rotation at the side is 45 degrees today, flexion 150 degrees.
P: Better than last week.
T: Arm bike first for the warm up, then the band rows, the external rotation with the yellow band, the wall walks, and the two pound dumbbell for scaption, two sets of fifteen. That's seventeen minutes of exercise.
P: The two pounds is getting easy.
T: We'll ask the PT about three. Now rhythmic stabilization, I push, you hold, then the ball circles on the wall. That was about ten minutes.
T: Abby, it's Jess, I'm covering the gym. That was more like seven, you started it when I handed you the phone with his surgeon's office.
T: You're right, Jess, seven. I started late. Seven minutes on the stabilization.
P: I dislocated it four times before the surgery, playing rugby.
T: And none since the surgery?
P: None since. My coach keeps texting about the spring season.
T: That's the surgeon's call, and the PT's at your recheck. Home program the same, add the wall walks.
P: My mom asked if you can bill more. She says the other place always did three units.
T: I write down what we did today. The front desk can go over the bill with her.
P: Fair enough. Same time Thursday?
T: Thursday at 4:30, and ice after the bike if it aches.
P: Cool, thanks Abby.
""")

S("j_pt06_thoracic_outlet_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97140": 6, "97110": 24}, untimed=[], key="97110x2:GP",
  facts=["thoracic outlet|TOS", "3/10|3 out of 10|three out of ten", "grip", "24 kilos|24 kg",
         "QuickDASH 34|34|thirty-four", "first rib", "scalene", "nerve glides",
         "3 sets of 10|3x10|three sets of ten", freq(2, 4, "twice a week for four more weeks")],
  negated=["color change", "swelling"], absent=["seven to seven", "twelve hour"],
  text="""
T: Sofia, progress report today, visit ten for the thoracic outlet. How are the hands?
P: Better. The tingling in the pinky side only comes at night now, maybe twice a week instead of every night.
T: At night, twice a week. Pain?
P: Neck and shoulder, a three out of ten. It was a six when I started.
T: Three. Any color change in the hand, going white or blue?
P: No, never had that.
T: Swelling in the arm?
P: Nope.
T: Grip today: right 24 kilos, left 30. At the start the right was 16.
T: Let's start the QuickDASH, you fill in the first half while I set up the table.
P: Question five, heavy chores, I still can't, so a three?
T: Whatever fits best. Okay, manual first: first rib mobilization and the scalene release, I'll call that ten minutes.
P: Ooh, that's the spot. Wait, it's tingling now.
T: Sit up. Take a slow breath. Better?
P: Better.
T: Exercise now: scapular retraction, chin tucks, the nerve glides, three sets of ten each, and the doorway pec stretch. Twenty-four minutes of exercise.
P: The nerve glides make it buzz a little.
T: A small buzz is okay. Scratch that on the manual, it was only six, I cut it short when the tingling came on. Six minutes of manual.
P: Sorry about that.
T: Don't be, that's the right call. Finish the QuickDASH: you're at thirty-four, it was fifty-two.
P: I'm on gabapentin three hundred at night, should I stop it?
T: Ask your doctor before changing anything. Goals: sleep through the night without waking with tingling, partly met. Carry the laundry basket up the stairs, met. Work a full shift without the arm going numb, not yet.
P: I do twelve hour shifts at the hospital, seven to seven.
T: That's the hardest one. Plan is twice a week for four more weeks.
P: Okay, works for me.
""")

S("j_pt07_tibial_plateau_discharge_dictated", "dev", "PT", "discharge", "PT", "cms",
  timed={"97110": 18, "97112": 9}, untimed=[], key="97110x1:GP 97112x1:GP",
  facts=["tibial plateau", "0/10|0 out of 10|zero out of ten", "1/10|1 out of 10|one out of ten",
         "130 degrees|130", "LEFS 68|68/80|68 out of 80|sixty-eight", "7 inch|seven inch",
         "star excursion", "step-downs|step downs", "lunges", "home program"],
  negated=["giving way", "swollen"], absent=["twenty dollars", "wedding"],
  text="""
T: Last day, Grace. How's the left knee?
P: Honestly, I forget about it most days. Zero at rest, a one after my long walks.
T: Zero and one. Stairs?
P: Up and down the seven inch steps at home, no rail. That was my big goal.
T: That's met. Any giving way?
P: Not once since September.
T: Any swelling after the walks?
P: I wouldn't say swollen. Maybe puffy once after my cousin's wedding, I was dancing all night.
T: Let's do the bike for about fifteen, then the step-downs and the lunges.
P: Sure. Can I keep coming? My copay is only twenty dollars.
T: You've met your goals, and your plan says discharge. You can always come back with a new referral.
T: Now the balance: the foam, single leg stance with head turns, and the star excursion.
P: My left side's as good as my right now.
T: Knee flexion is 130 degrees, extension zero. LEFS is sixty-eight out of eighty, it was twenty-nine.
P: I'm going to walk the 5K with my sister in April.
T: Keep the lunges and the step-downs three times a week, and the balance every day.
P: Thanks for everything. Bye!
T: Dictating. Grace Whitfield, discharge visit, left tibial plateau fracture ORIF, surgery May twelfth.
T: Pain zero out of ten at rest, one out of ten after a long walk. Denies giving way. Stairs reciprocal without a rail.
T: Knee flexion 130 degrees, extension zero. LEFS 68 out of 80, was 29 at the evaluation.
T: Therapeutic exercise eighteen minutes, bike, step-downs and lunges.
T: Neuromuscular re-education nine minutes, single leg balance on foam with head turns, star excursion.
T: Total treatment time thirty-five minutes including the measurements.
T: Goals met: stairs without a rail, walk thirty minutes, return to work.
T: Discharged to the home program, lunges and step-downs three times a week, balance daily. End of dictation.
""")

S("j_pt08_pppd_dizziness_reeval", "dev", "PT", "re-evaluation", "PT", "per-code",
  timed={"97112": 14, "97110": 9}, untimed=["97164"], key="97164x1:GP 97112x1:GP 97110x1:GP",
  facts=["PPPD|persistent postural|postural-perceptual", "dizziness|dizzy", "DHI 38|38|thirty-eight",
         "TUG|timed up and go", "11.4", "habituation", "optokinetic", "grocery", "migraine",
         freq(1, 6, "once a week for six weeks")],
  negated=["spinning", "hearing loss", "ringing"], absent=["forty minutes", "forty-two"],
  text="""
T: Hi Denise, re-evaluation today, eight weeks since we started for the PPPD, the persistent postural-perceptual dizziness. How's the dizziness?
P: Better in the mornings. The grocery store is still the worst, the cereal aisle with all the boxes.
T: Zero to ten, in the store?
P: A five. At home a one or two, and some days nothing.
T: Any spinning, the room turning?
P: No spinning, never really, it's more like rocking on a boat.
T: Any hearing loss or ringing in the ears?
P: No hearing loss. No ringing.
T: The migraines, still about one a month?
P: About one a month. I take sumatriptan fifty milligrams when it starts.
T: Okay. TUG today, the timed up and go: 11.4 seconds, it was 14.8.
T: Let's start the DHI, the dizziness handicap questionnaire. First half now.
P: Does driving at night count as often?
T: Your call. Okay, habituation: walking the hall with head turns, the optokinetic video, the busy pattern on the screen. The habituation work was forty minutes.
P: Forty? It felt like ten.
T: Fourteen. One four. Fourteen minutes of habituation and balance.
P: Oh good, I was going to say.
T: Then the exercises, standing hip strengthening and heel raises, nine minutes.
P: My sister thinks it's all in my head.
T: It's a real and common disorder, the balance system stays on high alert. DHI finished: thirty-eight, it was sixty-two.
P: Is that a big change?
T: Yes, a big change. New goals: by the end of January you do the whole grocery trip without leaving the cart, and you drive on the highway in daylight.
P: The highway would be huge. My exit is forty-two, I get off before it now.
T: Plan is once a week for six weeks, and the habituation at home twice a day.
P: Okay. Once a week is easier with work anyway.
""")

# ---------------------------------------------------------------------------------------------
# PT test (8)
# ---------------------------------------------------------------------------------------------

S("j_pt09_hamstring_strain_eval_low", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 9, "97112": 7}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["hamstring", "grade one|grade 1|grade I", "1/10|1 out of 10|one out of ten",
         "60 degrees|60", "straight leg raise|SLR", "biceps femoris", "bridges",
         "2 sets of 10|2x10|to sets of ten|two sets of ten", "cones",
         freq(1, 6, "one time a week for six weeks")],
  negated=["numbness", "back pain", "bruise"], absent=["copay is forty", "zyrtec"],
  text="""
T: hi theo im rina physical therapy so the left hamstring what happened
P: softball i was running to first on november eighth and felt a pop in the back of the thigh
T: any bruising
P: there was a bruise behind the knee for like a week its gone now
T: pain right now zero to ten
P: walking a one out of ten running i havent tried bending over to tie my shoes maybe a for
T: so one walking and four bending forward any numbness or tingling down the leg
P: no
T: any back pain
P: nope back is fine
T: you're thirty four right any other health problems meds
P: just seasonal allergies i take zyrtec ten milligrams in the morning
T: ok strength knee flexion 4 minus on the left 5 on the right straight leg raise 60 degrees on the left 85 on the right tender mid belly of the biceps femoris no gap i can feel
T: so a grade one strain this is a low complexity evaluation one area healthy guy
P: my league starts again march second
T: thats doable so today there ex the bridges the isometric holds to sets of ten ten seconds each and the walking lunges eight nine minutes call it nine
T: then some balance single leg on the left reaching to the cones seven minutes
P: the reaching ones pull a bit in the back
T: a little pull is ok sharp pain you stop
P: ok
T: goal by the end of february youre jogging the bases with no pain and sprinting by the first game
T: plan is one time a week for six weeks plus the home program every day
P: the copay is forty so once a week is good for me
T: and no hard stretching into pain yet the nordics come later
P: what are nordics
T: a hamstring exercise where you lower yourself forward slowly we start them in a few weeks
P: sounds fun see you next week
""")

S("j_pt10_postpartum_si_joint_eval_mod", "test", "PT", "evaluation", "PT", "cms",
  timed={"97110": 13, "97112": 10}, untimed=["97162"], key="97162x1:GP 97110x1:GP 97112x1:GP",
  facts=["sacroiliac|SI joint", "postpartum|4 months old|four months old|baby", "6/10|6 out of 10|six out of ten",
         "C-section|cesarean", "anemia", "diastasis", "ODI 36|36%|36 percent|thirty-six",
         "bridges", "bird dogs", freq(2, 8, "twice a week for eight weeks")],
  negated=["numbness", "tingling"], absent=["Turkey Trot", "works till six"],
  text="""
T: Hi Lauren, I'm Felix, physical therapy. Your OB sent you for the pelvic girdle pain, the right SI joint, since the baby?
P: Yes, she's four months old. It started in the third trimester and never went away.
T: Pain now?
P: Sitting, a two. Getting up from the floor or carrying her in the car seat, it's a six out of ten.
T: Two sitting, six lifting. How much does she weigh?
P: Fourteen pounds, plus the car seat, so maybe twenty-five.
T: Any leaking with coughing or sneezing?
P: Maybe a little? Only if I sneeze really hard. Not really a problem.
T: Numbness or tingling in the legs?
P: No, none.
T: Okay. It was a C-section?
P: An emergency C-section, and I had anemia after. I'm still on iron, three twenty-five milligrams.
T: With the C-section, the anemia and a four month old at home, this is a moderate complexity evaluation.
T: Active straight leg raise is positive on the right, thigh thrust positive, and there's a two finger diastasis above the belly button.
T: Let's start the ODI, the Oswestry. First five sections now.
P: Section four, walking, I can walk a mile, that's fine.
T: Okay. Exercises: the breathing with the pelvic floor, and the bridges with the ball. Eleven minutes of exercise.
P: The ball bridges are hard.
T: Then the stabilization: side lying clams, half kneeling holds, and bird dogs for control, ten minutes.
P: My mom had the same thing with me, she wore a belt for a year.
T: Correction on the exercise, I left out the heel slides we did at the very start, so exercise was thirteen, not eleven.
T: ODI finished: thirty-six percent.
P: Is that bad?
T: Moderate. Goal: by the end of January you lift the car seat into the car without pain, and get down on the floor to play with her and back up.
P: And jog again, I did the Turkey Trot last year.
T: Jogging comes later. Plan is twice a week for eight weeks, and an SI belt for lifting.
P: Can I bring her? My husband works till six.
T: Yes, bring her, we have a mat.
""")

S("j_pt11_cidp_eval_high", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 19, "97110": 8}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97110x1:GP",
  facts=["CIDP|chronic inflammatory", "IVIG", "fell in the garage|fall", "sit to stand",
         "21 seconds|twenty-one seconds", "Berg 41|41/56|41 out of 56|forty-one", "260 feet|260",
         "rollator|4 wheeled walker|four wheeled walker|walker", "ankle weights", "diabetes",
         freq(2, 12, "twice a week for twelve weeks")],
  negated=["breathing trouble", "swallowing trouble"], absent=["four units", "thirty-nine years", "300 feet"],
  text="""
T: Mr. Haddad, I'm Ines, physical therapy. This is Paulo, an OT student who's shadowing me today.
T: Hi there.
P: Welcome, Paulo. I'm sixty-six, the nerve thing is CIDP, they found it in August.
C: He gets the IVIG every four weeks at the infusion center. The next one is the nineteenth.
T: Thank you. You're his wife?
C: Wife, thirty-nine years.
T: What's hardest right now?
P: Stairs, and getting up from the couch. My legs give out. I fell in the garage in October.
T: Any falls since October?
P: No, knock on wood.
T: Numbness?
P: Both feet, like walking on sponges, up to the shins. The hands a little.
C: He says no pain, but he rubs his feet at night.
P: Maybe a two at night. Not really pain, it's burning.
T: Any breathing trouble or swallowing trouble?
P: No, neither.
T: Other health: the diabetes, prednisone twenty milligrams, and the heart valve replacement. Five times sit to stand: 21 seconds, with his arms.
T: Berg balance, the first seven items now: twenty-four so far.
T: Now gait training in the hall with the four wheeled walker, then the cane on the carpet, then the four steps with a rail. Nineteen minutes of gait.
T: Paulo, how far on the last walk?
T: About 300 feet?
T: 260, I had the wheel on it. 260 feet before he needed to sit.
T: Then seated exercises with the one pound ankle weights, eight minutes.
T: Finishing the Berg: the one foot stand, the turns, the stool taps. Total forty-one out of fifty-six.
T: With the CIDP, the diabetes, the steroid, the heart valve and the fall, this is a high complexity evaluation.
C: Do they bill the walking separately? Our neighbor said they charged her four units for one visit.
T: Each service is billed for its own minutes, and the front desk can show you the bill.
T: Goal: by spring he gets off the couch without pushing, and up the four steps to the bedroom with the rail without resting. Twice a week for twelve weeks.
P: And walk the dog around the block.
T: That too.
""")

S("j_pt12_gluteal_tendinopathy_dictated", "test", "PT", "daily", "PT", "cms",
  timed={"97110": 22, "97112": 12}, untimed=[], key="97110x1:GP 97112x1:GP",
  facts=["gluteal tendinopathy|lateral hip", "4/10|4 out of 10|four out of ten", "single leg stance",
         "18 seconds|eighteen seconds", "2 sets of 15|2x15|two sets of fifteen", "clamshells",
         "6 inch|six inch", "mirror", "hot pack", "Eliquis"],
  negated=["low back pain", "numbness"], absent=["thirty dollars", "girl at the desk"],
  text="""
P: Okay, I'm off. See you Friday.
T: See you Friday, Carol. Keep the clamshells going.
P: Will do. Oh, and I told the girl at the desk my copay changed to thirty dollars.
T: She'll fix it. Bye now.
T: Okay, dictation. Carol Pemberton, daily note, visit six, right gluteal tendinopathy, lateral hip pain.
T: Subjective. Pain four out of ten on arrival. She can now sleep on the left side but not yet on the right.
T: Denies low back pain. Denies numbness or tingling in the leg.
T: She walked two miles on Sunday with her walking group, pain came on at about a mile and a half.
T: Objective. Hip abduction strength 4 minus on the right, 4 plus on the left.
T: Single leg stance on the right eighteen seconds, it was nine at the evaluation.
T: Hot pack to the lateral hip ten minutes before the exercise.
T: Therapeutic exercise twenty-two minutes. Side lying hip abduction isometrics, bridges two sets of fifteen, standing clamshells with the red band, step-ups on the six inch step.
T: Neuromuscular re-education twelve minutes. Single leg stance with hip hike correction in front of the mirror, and lateral step walking.
T: Manual therapy, strike that, no manual today. She declined the soft tissue work, she bruises easily on the Eliquis.
T: Total timed minutes thirty-four. Total treatment time forty-four, with the hot pack.
T: Assessment. Tolerating the loading well. Pain down from six to four since the evaluation, single leg stance doubled.
T: Goals. Walk her two mile route without stopping, progressing. Sleep on the right side, not yet.
T: Plan. Continue twice a week, progress the step-ups to eight inches, add the band to the bridges next visit.
T: Home program updated, clamshells daily, and no sitting with the legs crossed.
T: She asked about a cortisone shot, I told her to ask her doctor at the visit on the tenth.
T: Education on sleeping with a pillow between the knees, she verbalized understanding.
T: Next visit Friday. End of dictation.
P: Sorry, I forgot my umbrella. Oh, are you recording? I'll be quick.
T: No problem, it's by the door. Take care, Carol.
""")

S("j_pt13_quad_tendon_repair_pta_asr", "test", "PT", "daily", "PTA", "cms",
  timed={"97140": 8, "97116": 10, "97110": 18}, untimed=[], key="97116x1:GP,CQ 97110x1:GP,CQ",
  facts=["quadriceps tendon|quad ricep tendon", "3/10|3 out of 10|three out of ten", "brace",
         "95 degrees|ninety five degrees", "patella mobs|patellar mobilization", "cane", "200 feet",
         "5 pound|five pound", "3 sets of 10|3x10|three sets of ten", "no lag|extensor lag"],
  negated=["calf pain", "drainage", "redness"], absent=["three units", "pirate"],
  text="""
T: morning frank its nia the pta hows the quad ricep tendon repair
P: stiff this morning like a three out of ten it loosens up after i walk around
T: three ok still in the brace
P: yeah they unlocked it to ninety last week the doctor said
T: zero to ninety ok any calf pain or redness in the leg
P: nah nothing
T: any drainage at the incision
P: its dry no drainage
T: good lets start with man you all patella mobs and the scar
P: that scar is so tight
T: eight minutes of man you all ok now gate training in the hall brace unlocked to ninety with the cane in the left hand
P: stairs too
T: stairs after we did about 200 feet then the four inch step two times with the rail gate training was ten minutes
P: at my other clinic the lady said they always bill three units for me
T: i dont do the billing i write down what we did
T: there ex now quad sets the straight leg raises with the five pound weight three sets of ten the seated knee bends and the bike rocking eighteen minutes of there ex
P: the bike rocking back and forth is hard
T: flexion today is ninety five degrees and no lag on the straight leg raise
P: no lag what does that mean
T: the leg stays straight when you lift it thats a big deal after this surgery
P: my wife says i walk like a pirate with the cane
T: youll lose the cane soon ill ask the pt at your recheck
T: home keep the heel slides five times a day and the straight leg raises with the weight
P: five times a day ok see you thursday
T: see you thursday frank
""")

S("j_pt14_ankylosing_spondylitis_pta", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 13, "97112": 10}, untimed=[], key="97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["ankylosing spondylitis", "morning stiffness|stiff", "3/10|3 out of 10|three out of ten",
         "chest expansion", "3 centimeters|three centimeters|3 cm", "occiput", "foam roll",
         "press ups|press-ups", "3 sets of 10|3x10|three sets of ten", "wall angels"],
  negated=["chest pain", "eye problems"], absent=["thirty visits", "two hundred pounds"],
  text="""
T: Hi Raj, it's Sam, your PTA today. The ankylosing spondylitis, how's the back this week?
P: Mornings are rough. Stiff for about an hour, then it's a three out of ten.
T: An hour of morning stiffness. Any eye problems, a red painful eye?
P: Not this time. I had uveitis in 2020, none since.
T: Good. Any chest pain with deep breaths?
P: No, nothing like that.
T: Still on the Humira?
P: Forty milligrams every other week. Tuesday is my shot day.
T: Okay. Chest expansion today is three centimeters, and the wall to occiput distance six centimeters.
P: Is that good?
T: It's holding steady. Okay, the extension work: prone press ups, thoracic extension over the foam roll, chin tucks against the wall, three sets of ten, and the bike for the warm up.
P: The foam roll is my favorite part.
T: That was twelve, thirteen minutes, call it thirteen of exercise.
T: Then the posture and balance work: tall kneeling, the wall angels with the mirror, stepping with head turns, and the rib expansion breathing with the strap. Eight or ten minutes? Ten, I had the timer.
P: My dad had it too. He was bent over by sixty, that's why I'm here.
T: You're doing the right things.
P: My insurance card says thirty visits a year, is that true?
T: The front desk can check your benefits for you.
P: My brother lifts two hundred pounds and I can't even do the empty bar.
T: We'll get you on weights when the PT okays it. Home: the press ups every morning after the shower, the foam roll at night.
P: Okay. And swimming?
T: Swimming is great for you. I'll tell the PT your chest expansion held at three.
P: Thanks, Sam.
""")

S("j_pt15_posterior_tibial_tendon_progress", "test", "PT", "progress", "PT", "cms",
  timed={"97140": 9, "97110": 20}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["posterior tibial|tibialis posterior|PTTD", "2/10|2 out of 10|two out of ten", "insert",
         "single leg heel raises|heel raises", "FOTO 58|58|fifty-eight", "midfoot mobilization",
         "3 sets of 10|3x10|three sets of ten", "8 inch|eight inch", "walk the dog|dog",
         freq(2, 4, "twice a week for four more weeks")],
  negated=["numbness"], absent=["forty-five", "seven to three", "twenty-five minutes"],
  text="""
T: Mrs. Adeyemi, progress report today, visit ten for the posterior tibial tendon on the right. How's the arch?
P: Better with the insert. I walk my dog a half hour now, the pain's maybe a two.
T: Two out of ten. It was a six at the start. Any swelling behind the ankle bone?
P: Some at night. I wouldn't call it swollen in the morning.
T: Okay, evening swelling. Numbness on the bottom of the foot?
P: No, none.
T: Single leg heel raises on the right: eight, it was zero. The left does twenty.
P: I couldn't even do one in September.
T: FOTO score today is fifty-eight, it was forty-one.
T: Manual first, the soft tissue along the tibialis posterior and the midfoot mobilization, nine minutes.
P: That spot by the ankle bone is tender.
T: Exercises: band inversion, heel raises with the ball between the heels, the short foot, and step-ups on the eight inch step, three sets of ten. Twenty-five minutes.
P: I'm sixty-three, my knees complain on the step-ups.
T: We'll lower the step next time. Let me fix that: exercise was twenty, not twenty-five, we never got to the bike.
P: Oh right, somebody was on the bike.
T: Goals: walk the dog thirty minutes without pain, met. Stand through a full shift at work, partly met. Heel raise on one foot ten times, not yet, she's at eight.
P: My shift is seven to three at the pharmacy.
T: Plan: twice a week for four more weeks, then recheck, and keep the insert in every shoe.
P: Even slippers?
T: Supportive slippers, yes. No walking barefoot on the tile at home.
P: Okay, no barefoot. My copay went up to forty-five this year, by the way.
T: The front desk can look at that with you.
""")

S("j_pt16_it_band_discharge_dictated", "test", "PT", "discharge", "PT", "per-code",
  timed={"97110": 16, "97112": 8}, untimed=[], key="97110x1:GP 97112x1:GP",
  facts=["iliotibial|IT band|ITB", "0/10|0 out of 10|zero out of ten", "half marathon",
         "cadence", "172 steps|172", "LEFS 76|76/80|76 out of 80|seventy-six", "single leg squat",
         "side planks|side plank", "foam roller", "home program"],
  negated=["swelling", "clicking"], absent=["FSA", "400 miles"],
  text="""
T: Big day, Marisol. Last visit. How was the long run?
P: Ten miles Sunday, no knee pain at all. Zero. First time since July.
T: Zero out of ten at ten miles. Any swelling on the outside of the knee after?
P: Nope.
T: Any clicking over the outside?
P: Not anymore, that stopped in October.
T: Good. Let's do about ten on the foam roller and the hip work, then the single leg squats in front of the mirror.
P: Can I get a receipt for my FSA before I go? They want the codes.
T: The front desk prints those.
T: Your cadence on the treadmill today was 172, it was 158 in the summer.
P: The metronome app is so annoying but it works.
T: Side planks, the clamshells with the band, the lateral band walks.
P: These new shoes are great, the old ones had 400 miles on them.
T: Single leg squat on the right, knee stays over the foot now, no drop.
T: LEFS is seventy-six out of eighty.
P: The half marathon is March fifteenth. I'm twenty-nine, I want a PR.
T: Keep the side planks and the squats twice a week through the race. Good luck, call if it comes back.
P: Thank you! Bye.
T: Dictation, Marisol Reyes, discharge, right iliotibial band syndrome.
T: Pain zero out of ten running ten miles. Denies swelling and clicking.
T: Cadence 172 steps per minute. LEFS 76 out of 80.
T: Therapeutic exercise sixteen minutes: foam roller, side planks, clamshells, lateral band walks.
T: Neuromuscular re-education eight minutes: single leg squat with mirror feedback.
T: Goals met: run ten miles without pain, single leg squat without valgus, return to training for the half marathon.
T: Discharged to the home program twice a week. End of dictation.
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("j_ot01_radial_head_fracture_eval_mod", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 16, "97535": 7}, untimed=["97166"], key="97166x1:GO 97110x1:GO",
  facts=["radial head", "2/10|2 out of 10|two out of ten", "5/10|5 out of 10|five out of ten",
         "115 degrees|115", "supination", "grip", "18 kilos|18 kg", "DASH 51|51|fifty-one",
         "live alone|lives alone", "diabetes", freq(2, 6, "twice a week for six weeks")],
  negated=["pain in the wrist"], absent=["Duluth"],
  text="""
T: Hello Mr. Lindqvist, I'm Harriet, occupational therapy. The left elbow, the radial head fracture, from the fall on the ice?
P: Third of November, on my own front steps. I'm seventy-four and I should know better.
T: And they treated it in a sling, no surgery?
P: No surgery. A sling for a week, and now I'm out of it.
T: Pain right now?
P: Sitting, a two out of ten. Turning a doorknob or a jar lid, maybe a five. Five out of ten.
T: Two and five. Any numbness or tingling in the hand?
P: No. Well, maybe a little in the thumb in the morning. Not really.
T: Any pain in the wrist?
P: No, the wrist's fine.
T: Other health?
P: Type two diabetes, metformin five hundred twice a day. And I live alone since my wife passed.
T: With the diabetes and living alone, managing all of your own self-care one-handed, this is a moderate complexity evaluation.
T: Elbow flexion 115 degrees, extension minus 30, supination 40 degrees, pronation 70.
T: Let's do the DASH. The first half now while your arm rests.
P: Opening a tight jar, I can't at all. Five.
T: Okay. Grip on the left 18 kilos, the right 34.
T: Now the active range exercises: the elbow bends, the forearm turns with the hammer, the wrist circles. That was fifteen, sixteen minutes, call it sixteen.
P: The hammer one, that's hard.
T: Then dressing: the shirt on the left arm first, the buttons at the cuff. Seven minutes.
P: I've been wearing the same sweatshirt because it's easy.
T: We'll fix that. Finishing the DASH: the score is fifty-one.
P: Is that high?
T: Higher means more trouble, it should come down. Goals: by the end of January you open your own jars, button your shirt cuffs, and carry a laundry basket.
P: And get back to woodworking, I make birdhouses.
T: And the birdhouses. Plan is twice a week for six weeks.
P: My daughter wants to know the copay, she's in Duluth.
T: The front desk will call her.
""")

S("j_ot02_mallet_finger_eval_low", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97760": 14, "97110": 9}, untimed=["97165"], key="97165x1:GO 97760x1:GO 97110x1:GO",
  facts=["mallet", "2/10|2 out of 10|two out of ten", "45 degrees|forty five degrees",
         "orthosis|ortho sis|splint", "thermoplastic", "24/7|twenty four seven", "pip blocking|PIP blocking",
         "piano", "10 reps|ten reps", freq(1, 6, "one time a week for six weeks")],
  negated=["numbness", "fracture"], absent=["nine fingers", "january twenty fifth"],
  text="""
T: hi im bea occupational therapy so this is the right middle finger the mallet finger
P: yeah i was tucking in the sheets saturday and it just dropped the tip wont straighten
T: so the dip the last joint droops when did the doctor see you
P: monday the x ray showed no fracture just the tendon
T: ok tendon only any pain right now
P: like a two out of ten its more annoying than painful
T: two any numbness in the fingertip
P: nope
T: any other health problems
P: no im healthy im thirty eight i teach piano
T: ok the dip lacks forty five degrees of extension actively passively it goes straight so its flexible the pip is fine
T: this is a low complexity evaluation one finger one problem healthy
P: can i still play
T: not with that finger for now so were making a custom ortho sis to keep the tip straight twenty four seven for six weeks
P: twenty four seven even in the shower
T: even in the shower ill show you how to change the tape while keeping it straight
T: ok the splint fabrication took four teen minutes thermoplastic dorsal splint
P: it feels snug
T: snug is right no white or blue at the tip
T: then the pip blocking exercises so the middle joint doesnt get stiff and the skin checks nine minutes
P: nine minutes of that every day
T: no at home three times a day ten reps not nine minutes
T: so fourteen minutes of splinting and nine of exercise plus the eval
P: my recital is january twenty fifth should i cancel
T: the students can play you play with nine fingers
P: ha ok fair
T: plan is one time a week for six weeks to check the splint and the skin
P: see you next week then
""")

S("j_ot03_brachial_plexus_cotreat_handoff", "dev", "OT", "daily", "OT", "per-code",
  timed={"97530": 18, "97110": 9}, untimed=[], key="97530x1:GO 97110x1:GO",
  facts=["brachial plexus", "4/10|4 out of 10|four out of ten", "gabapentin", "2 minus|2-",
         "towel slides|towel", "pulley", "skate board|skateboard", "modified independent",
         "button hook|buttonhook", "grocery bag"],
  negated=["new weakness", "pain in the shoulder at rest"], absent=["twelve minutes of balance", "3:15", "2:40"],
  text="""
T: Hey Andre, Malik's finishing the balance with you and then you're mine. I'm Corinne, OT.
T: Two more minutes on the foam, Andre, then Corinne has you. I'll chart my twelve minutes of balance on my side.
P: Okay. My legs are fine, it's the arm.
T: All yours, Corinne.
T: Thanks, Malik. So the left arm, the brachial plexus injury from the motorcycle in July. How's the pain?
P: Burning in the hand, a four out of ten. The gabapentin helps at night, six hundred milligrams.
T: Four. Any new weakness, anything worse since last week?
P: Nothing worse. The biceps twitched on its own on Sunday, is that good?
T: It could be the nerve coming back. Elbow flexion today is 2 minus, it was a 1.
P: My buddy with the same injury got a nerve transfer.
T: Your surgeon is watching for that. Okay, functional work: reaching into the cabinet with the sling support, the table slides with the towel for laundry folding, carrying the tray with both hands. Eighteen minutes.
P: Folding with one and a half arms.
T: Then the range of motion, the shoulder with the pulley and the active assisted elbow on the skate board, eight to ten minutes, say nine.
P: The pulley pulls in the shoulder.
T: Any pain in the shoulder at rest?
P: No, only with the pulley.
T: Dressing is modified independent with the one-handed techniques, he gets his shirt on in two minutes.
P: My wife still does my buttons.
T: We'll bring the button hook next time. Goal: by March you carry a grocery bag with both hands and button your own work shirt.
P: I'm a mechanic, I need my left hand.
T: Back to the garage is the long goal. Home: the pulley twice a day, the towel slides, and the sling when you walk outside.
P: Got it. What time is it? I've got a 3:15 at the neurologist.
T: It's 2:40, you're fine.
""")

S("j_ot04_cubital_tunnel_ota_asr", "dev", "OT", "daily", "OTA", "cms",
  timed={"97140": 8, "97110": 20}, untimed=[], key="97140x1:GO,CO 97110x1:GO,CO",
  facts=["cubital tunnel|cue bottle tunnel", "ulnar", "1/10|1 out of 10|one out of ten", "scar massage",
         "nerve glides", "putty", "2 sets of 15|2x15|to sets of fifteen|two sets of fifteen",
         "2 pound|two pound", "key pinch", "11 pounds|eleven pounds|11 lb"],
  negated=["drainage", "redness"], absent=["ten fifteen", "navy"],
  text="""
T: hi ruth its tasha the ota hows the elbow after the cue bottle tunnel release
P: better the ring and pinky finger tingling is way down
T: down how much
P: before surgery it was all day now maybe once or twice at night
T: and pain
P: the incision aches a one out of ten when i lean on it
T: one ok any drainage or redness at the incision
P: no its all healed
T: good well start with man you all scar massage and the soft tissue along the forearm
P: it pulls a little
T: thats the scar tissue man you all was eight minutes
T: now there ex the ulnar nerve glides the putty pinch the rubber band finger spreads to sets of fifteen and the two pound wrist curls
P: the spreading is the hard one
T: that works the little hand muscles there ex was twenty minutes
T: pinch today key pinch eleven pounds it was seven
P: my husband says i drop fewer cups
T: thats the intrinsic muscles coming back
P: im seventy one i didnt think id get better this fast my grandson is in the navy he says keep at it
T: you work hard at home it shows
P: i do the glides at breakfast lunch and dinner
T: perfect and no leaning on the elbow on the car door
P: i drive with it on the arm rest
T: put a pillow on the arm rest then
P: ok my appointment card says next tuesday at ten fifteen
T: yep ill tell the ot your pinch went up to eleven
P: thanks tasha oh and the ot said to bring my brace next time
T: yes bring the night splint so she can check the padding
P: ok will do
""")

S("j_ot05_huntington_ota_percode", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97535": 24, "97530": 9}, untimed=[], key="97535x2:GO,CO,59 97530x1:GO,CO",
  facts=["Huntington", "chorea", "weighted spoon", "plate guard", "magnetic buttons", "elastic laces",
         "modified independent", "minimal assist|min assist", "sock aid", "counter|cabinet"],
  negated=["falls", "choking"], absent=["four units", "forty years"],
  text="""
T: Hi Mr. Varga, hi Eva. I'm Luis, the OTA working with you today. How's the week been with the Huntington's?
C: Up and down. He dropped his mug twice, coffee everywhere.
P: The hands do what they want.
T: The chorea, the movements, are they worse this week?
C: About the same. The neurologist changed the tetrabenazine to twenty-five milligrams in the morning.
T: Any falls this week?
P: No falls.
C: No, none, I'm watching him on the stairs.
T: Coughing or choking with meals?
C: Maybe once, a cough with the soup. I wouldn't call it choking.
T: I'll mention that to the OT for a speech referral. Okay, self-care first: the weighted spoon and the cup with the lid, the plate guard, then the button shirt with the magnetic buttons and the shoes with the elastic laces.
P: The magnets are cheating.
T: It's smart, not cheating. That self-care training was twenty-four minutes.
C: The last place billed four units for an hour. Is it the same here?
T: I write down the minutes of each thing we did, and the billing follows that. The front desk can explain the units.
T: Now the functional activity: standing at the counter, putting groceries away in the low cabinet, reaching and turning without losing balance. Nine minutes.
P: I was a baker, forty years.
T: Then this is your kitchen. Feeding was modified independent with the weighted spoon, and dressing minimal assist for the shirt.
C: At home I still do his socks.
T: We'll try the sock aid next time. Home: meals at the table with the plate guard and the weighted spoon, and sit down to dress.
P: Sitting is slower.
T: Slower and safer. I'll tell the OT about the mug and the cough.
C: Thank you. Next Wednesday?
T: Next Wednesday at one.
""")

S("j_ot06_hand_burn_graft_progress", "dev", "OT", "progress", "OT", "cms",
  timed={"97140": 12, "97110": 17}, untimed=[], key="97140x1:GO 97110x1:GO",
  facts=["burn", "graft", "itch", "pressure glove", "1 centimeter|1 cm|one centimeter",
         "28 kilos|28 kg", "COPM", "performance 7|performance seven|7.0",
         "satisfaction 6.8|6.8|six point eight", "tendon glides", freq(2, 6, "twice a week for six more weeks")],
  negated=["open spots"], absent=["forty hours", "fry station"],
  text="""
T: Kenji, progress visit today, visit twelve since the burn on the right hand, the graft on the back of the hand. This is Mara, she's our OT student.
T: Hi Kenji.
P: Hi. I'm back at the restaurant part time. The fry station, of all places.
T: How's the itch, and the pain?
P: Pain maybe a one. The itch is the worst, at night, a six out of ten for itch.
T: Any blisters or open spots on the graft this week?
P: No open spots. I wouldn't say blisters, maybe one tiny one that dried up Monday.
T: Okay. The pressure glove, still twenty-three hours a day?
P: Except showers and meals.
T: Good. Composite fist: fingertips to palm 1 centimeter, it was 4. Grip 28 kilos, the left 40.
T: Let's redo the COPM. Performance scores first: buttoning the chef coat, using the knife, opening the walk-in door. Average performance seven, it was four point two.
P: The knife's the best one.
T: Scar massage with the lotion and the retrograde massage, then the silicone gel sheet check.
T: Mara, how long was the scar massage?
T: Twelve minutes?
T: Twelve, yes. Twelve minutes of scar work.
T: Then tendon glides, composite fist stretching with the strap, thumb opposition and the putty, seventeen minutes of exercise.
P: The strap stretch kills.
T: Now the satisfaction scores, same three: average six point eight, it was three.
P: Can I stop the glove at night? It's so hot.
T: Not yet, the scar's still red. Goals: hold the chef's knife for a full shift, partly met. Tie the apron behind you, met. Full fist, almost.
P: I want the grill station back by February.
T: That's the next goal, back on the grill by the end of February. Plan is twice a week for six more weeks.
P: Okay. My boss asks if you can write that I can do forty hours.
T: I'll write what you can do now: part time, with the glove.
""")

S("j_ot07_macular_degeneration_discharge_dictated", "dev", "OT", "discharge", "OT", "per-code",
  timed={"97535": 20, "97530": 8}, untimed=[], key="97535x1:GO,59 97530x1:GO",
  facts=["macular degeneration", "bump dots", "talking labels", "magnifier", "5x lighted|5x illuminated|5x magnifier",
         "18 point|18-point", "money|coins", "night lights", "cook a simple meal", "medications independently"],
  negated=["falls", "burns"], absent=["fifteen minutes", "three-fifty"],
  text="""
T: Mrs. Okafor, last visit today. Show me the stove again with the bump dots.
P: Bump on three-fifty, bump on off. I did the chicken on Sunday.
T: Did you burn anything this week, yourself or the food?
P: No burns. My son checks the smoke alarm anyway.
C: She's doing her own pills now with the talking labels. I only fill the box on Sunday.
T: Any falls at home?
P: No falls. The night lights helped.
T: Let's do the medications with the talking labels, and then the money sorting.
P: Fold the fives in half, the tens the long way. I remember.
T: Good. We did maybe fifteen minutes on the kitchen, and the money about eight.
P: My eye doctor said the left eye is stable. The shots every eight weeks.
T: Keep those. You met your goals, so you're discharged with the home program. Call us if anything changes.
P: Thank you, dear. You've been so kind.
C: Thank you. Should we keep the magnifier?
T: Yes, it's yours, the 5x lighted one.
P: Bye now.
T: Dictation. Adaeze Okafor, OT discharge, dry age-related macular degeneration both eyes, worse on the right.
T: Self-care and home management training twenty minutes: stove with tactile bump dots, medication management with the talking labels. I said fifteen in the room, it was twenty by the clock.
T: Therapeutic activities eight minutes: money identification by folding bills, sorting coins by touch.
T: Patient denies falls and denies burns since the last visit.
T: She reads large print with the 5x illuminated magnifier, 18 point font.
T: Goals: cook a simple meal safely, met. Take her medications independently, met. Identify her money, met.
T: Discharged to the home program, son to help with the mail.
T: She was given the low vision support group schedule and the state services number. End of dictation.
""")

# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("j_ot08_c6_sci_eval_high_cotreat", "test", "OT", "evaluation", "OT", "cms",
  timed={"97535": 19, "97760": 10}, untimed=["97167"], key="97167x1:GO 97535x1:GO 97760x1:GO",
  facts=["C6|spinal cord injury", "incomplete", "universal cuff", "tenodesis", "resting hand",
         "feeding", "power wheelchair", "dysreflexia", "pressure injury|pressure sore",
         freq(3, 8, "three times a week for eight weeks")],
  negated=["headache"], absent=["twenty visits", "my fifteen"],
  text="""
T: Good morning, Mr. Brennan, I'm Yusuf, occupational therapy. Pilar from PT is here too, we're co-treating the first part.
T: Morning. I'll do the sliding board transfers with him, that's my part, my fifteen for the PT note.
P: Team effort. I'm twenty-four, C6, incomplete, diving at the lake in July.
C: I'm his wife. Our insurance gives us twenty visits, does that count both of you?
T: The front desk can go over the visits with you. Tell me about a normal day now.
P: She does almost everything. Feeding I can do a little with the cuff, the rest no.
T: Any headache, pounding, sweating, like the dysreflexia you had in rehab?
P: No headache. I had dysreflexia twice in rehab, none since I came home in October.
T: Good. Any skin problems, the tailbone, the heels?
C: He had a pressure sore on the tailbone in September, it's healed. I check every night.
T: Wrist extension 3 plus on both sides, no finger flexion, so he uses tenodesis. Elbow flexion 4, triceps 1 on the right, trace on the left.
T: Pilar has him on the board to the mat now.
T: Transfer done, he's all yours.
T: Thanks. Now self-care: feeding with the universal cuff and the built-up spoon, the plate guard, then grooming, the toothbrush in the cuff and the electric razor. Nineteen minutes.
P: The razor is heavier than I thought.
T: Feeding is set up with moderate assist, grooming moderate assist. Then the resting hand orthoses, I fitted both for night, ten minutes with the straps and the wear schedule.
C: Every night?
T: Every night, and check the skin at the straps each morning.
T: With the spinal cord injury, the dysreflexia history, the skin and the level of care he needs, this is a high complexity evaluation.
T: Goals: feed himself a whole meal with the cuff by February, brush his own teeth, and drive the power wheelchair through the house on his own.
P: And text my friends without the mouth stick.
T: Phone access is on the list. Three times a week for eight weeks.
C: Three times a week with his work schedule, he does the phones at the dealership part time.
T: We'll find slots. The front desk has mornings.
""")

S("j_ot09_ganglion_excision_eval_low_asr", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 11, "97140": 7}, untimed=["97165"], key="97165x1:GO 97110x1:GO",
  facts=["ganglion", "dorsal wrist|back of the wrist", "3/10|3 out of 10|three out of ten",
         "wrist extension", "50 degrees|fifty degrees", "QuickDASH 25|quick dash 25|twenty five", "tendon glides",
         "scar massage", "keyboard|typing", freq(1, 4, "one time a week for four weeks")],
  negated=["tingling", "infection"], absent=["extension is 5503", "tuesday at noon"],
  text="""
T: hi im paige occupational therapy so this is the right wrist the ganglion excision on the back of the wrist
P: yeah dorsal wrist they said it came back twice so they cut it out this time november twentieth
T: how old are you and what do you do
P: thirty one i do data entry so typing all day on the keyboard
T: pain now
P: a three out of ten typing and when i push up from the chair
T: three ok any tingling in the thumb or fingers
P: no no tingling
T: any signs of infection redness fever from the incision
P: the surgeon said no infection its fine
T: ok wrist extension is fifty degrees flexion sixty grip on the right twenty two kilos left thirty
T: this is a low complexity evaluation healthy one problem
T: lets do the quick dash first half now
P: ok i cant do the heavy ones yet
T: then there ex the tendon glides the wrist extension with the one pound weight and the prayer stretch
P: the prayer one is tight
T: there ex was eleven minutes
T: and the scar massage with the lotion seven minutes
P: my work extension is 5503 if the surgeon calls me there
T: ill let the front desk know finishing the quick dash your score is twenty five
P: is that good
T: its mild it should come down as the wrist gets stronger
T: goal is to type a full day without pain by the new year and push up from the chair without the wrist hurting
T: plan is one time a week for four weeks and the glides five times a day
P: can i come tuesday at noon on my lunch
T: the front desk has the times
""")

S("j_ot10_cmc_arthroplasty_reeval", "test", "OT", "re-evaluation", "OT", "per-code",
  timed={"97110": 16, "97760": 11}, untimed=["97168"], key="97168x1:GO 97110x1:GO 97760x1:GO",
  facts=["CMC|carpometacarpal", "arthroplasty|LRTI", "Kapandji 8|8 out of 10|eight out of ten",
         "lateral pinch|key pinch", "8 pounds|eight pounds", "QuickDASH 30|30|thirty",
         "thumb spica|orthosis", "jar opener", freq(1, 6, "once a week for six weeks")],
  negated=["numbness", "clicking"], absent=["two fifty"],
  text="""
T: Hi Mrs. Dubois, re-evaluation today, it's been about eight weeks since the thumb surgery, the CMC arthroplasty, the carpometacarpal joint, on the left. How's the thumb?
P: Much better than before the surgery. I'm seventy, I've had that arthritis for ten years.
T: Pain now?
P: Maybe a two. After gardening a four.
T: Any numbness in the thumb or the index finger?
P: No numbness. It was a little numb right after surgery, not now.
T: Any clicking or grinding at the base?
P: No, that grinding is gone. That was the whole point.
T: Opposition: Kapandji is 8 out of 10, it was 5. Lateral pinch eight pounds, the right is fourteen.
P: Eight pounds, is that enough for a jar?
T: Almost. The QuickDASH today is thirty, it was fifty-five at the start.
T: Exercises: the thumb opposition, the web space stretch, the putty pinches and the isometrics. Sixteen minutes.
P: The putty is better than the TV.
T: Then the thumb spica orthosis, I cut it down to a hand-based one and reheated the edge at the wrist, nine minutes.
T: Actually eleven, the heat gun took forever to warm up, eleven minutes on the orthosis.
P: My granddaughter's wedding is in June, I want to button my dress myself.
T: That's a good goal. New goals: open a jar with the jar opener by February, button her dress, and garden for an hour with the thumb brace.
P: And knit again. The needles cost me two fifty at the craft store, I'm not wasting them.
T: Knitting too, small projects first. Plan is once a week for six weeks.
P: Once a week, good, my husband drives me.
T: Wear the new orthosis for gardening and at night, not for light things in the house.
P: Okay. It's much lighter than the old one.
T: That was the idea.
""")

S("j_ot11_sensory_processing_child_daily", "test", "OT", "daily", "OT", "cms",
  timed={"97530": 28, "97535": 9}, untimed=[], key="97530x2:GO",
  facts=["autism|sensory diet", "swing", "obstacle course", "weighted vest|weighted", "shoes|velcro",
         "visual schedule", "3 out of 4|three out of four|3/4", "first then"],
  negated=["meltdowns"], absent=["five units", "dad's insurance"],
  text="""
T: Hi Leo! Hi Mom. Ready for the big swing today?
P: Swing swing swing!
C: He's been asking all morning. He's six now, the birthday was Saturday. And the autism paperwork for school is finally done.
T: Happy birthday, Leo! How was the week with the school stuff?
C: Better. No meltdowns at drop off this week, the first week ever. The weighted vest helps in the morning.
T: That's huge. Let's look at the visual schedule: swing, obstacle course, shoes, then bubbles.
P: Bubbles first!
T: First swing, then bubbles, that's the first then board. Okay, up on the platform swing.
T: Now the obstacle course: crawl through the tunnel, over the crash pad, pick up the bean bag, throw it in the bucket. He got the bean bag in 3 out of 4 times.
P: Again!
C: At the other place they always billed five units. Is it the same here?
T: I write down what we did and how long. The front desk can help with billing questions.
T: The swing and the obstacle course together were twenty-five, thirty minutes, twenty-eight by the timer.
C: And can you put it under his dad's insurance? We're switching.
T: The front desk again, sorry, that's not my part.
T: Now shoes: the velcro shoes on and off, he needed one verbal cue to open the strap. Nine minutes on the shoes.
P: I did it!
T: You did. Bubbles time.
C: His teacher wants to know if he can use the vest at lunch too.
T: Twenty minutes on, then off, same as the mornings.
C: He's eating better too, three new foods this month.
T: Great. Same plan next week, and the heavy work at home: carrying the laundry basket, pushing the grocery cart.
P: Bye bye!
""")

S("j_ot12_hip_hemiarthroplasty_ota_asr", "test", "OT", "daily", "OTA", "cms",
  timed={"97535": 23, "97530": 9}, untimed=[], key="97535x1:GO,CO,59 97530x1:GO,CO",
  facts=["hemiarthroplasty|hemi arthroplasty|hip fracture", "hip precautions", "reacher|reach her",
         "sock aid|sock ade", "long handled sponge|long handle sponge", "tub transfer bench|tub bench",
         "walker", "minimal assist|min assist", "supervision"],
  negated=["dizzy", "calf pain"], absent=["eighty seven", "channel four"],
  text="""
T: good morning mrs cho its dee the ota hows the hip today two weeks after the hemi arthroplasty
P: sore a three out of ten but better than monday
T: three ok any dizzy spells when you stand up
P: no not dizzy
T: any calf pain or the leg swelling more
P: no calf pain the swelling is going down
T: good remember the hip precautions no bending past ninety no crossing the legs
P: i know i know my daughter reminds me every hour
T: ok lower body dressing first with the reach her and the sock ade and the long handle sponge in the bathroom
P: the sock ade is tricky
T: you got it second try pants with the reach her min assist socks with the sock ade supervision
T: then the tub transfer bench in the bathroom with the walker in and out twice supervision with verbal cues for the precautions
P: i used to just step in the tub
T: not for now so the self care training was twenty three minutes
P: my neighbor is eighty seven and she never broke anything
T: now the kitchen walking with the walker getting the cup from the counter to the table with the walker bag nine minutes
P: the bag is smart
T: it keeps your hands on the walker
P: can you tell the doctor im doing good i see him friday
T: ill put it in the note for the ot
P: i watch channel four news at six dont make me miss it
T: were done at five you have time
T: home practice the sock ade every morning and keep the reach her by the bed
P: ok thank you dee the shower bench the hospital gave us wobbles a little
T: ill tell the ot she can check it or order a new one
P: good
""")

S("j_ot13_psoriatic_arthritis_ota_percode", "test", "OT", "daily", "OTA", "per-code",
  timed={"97110": 12, "97535": 14}, untimed=[], key="97110x1:GO,CO 97535x1:GO,CO",
  facts=["psoriatic arthritis", "joint protection", "putty", "built-up handles|built up handles|foam tubing",
         "jar opener", "paraffin", "morning stiffness|stiff", "4/10|4 out of 10|four out of ten"],
  negated=["fever", "new swelling"], absent=["fifteen minutes of that", "sixty dollars"],
  text="""
T: Hi Nadia, I'm Toby, the OTA today. How are the hands with the psoriatic arthritis this week?
P: Morning stiffness about forty-five minutes, then a four out of ten. The right index finger is the worst.
T: Four. Any fever or feeling run down?
P: No fever. Tired, but I'm always tired.
T: Any new swelling in the fingers, a sausage finger like last spring?
P: No new swelling. That was in April, it's gone.
T: Good. The rheumatologist started the new shot, right?
P: Every four weeks, the first one was the fourteenth.
T: Okay. Paraffin first for the hands, then the putty and the finger exercises.
P: The paraffin feels amazing.
T: Putty: the pinches, the rolls, the gentle fist, the finger walks on the table. That was fifteen minutes of that.
T: Toby, it's Rhiannon. It was twelve, you started after you took the paraffin off, I was watching from the desk.
T: Fair, Rhiannon, twelve. Twelve minutes of exercise.
P: I'll take twelve.
T: Now joint protection: the built-up handles with the foam tubing on your knife and pen, the jar opener, carrying the pot with two hands, sliding instead of lifting. Fourteen minutes.
P: The foam tubing on the pen is so much better.
T: The jar opener cost sixty dollars at the store, but the rubber one we gave you works the same.
P: I almost bought the sixty dollars one.
T: Save your money. Use the big joints, palm not fingers for the cabinet doors.
P: Palms, okay.
T: Home: the putty twice a day, the paraffin at home if you get the unit, and the foam tubing on everything you grip.
P: Okay. See you next week, Toby.
T: And keep a little diary of the stiff mornings for the rheumatologist, how long each one lasts.
P: A diary, okay, I can do that on my phone.
""")

S("j_ot14_dcd_handwriting_progress_dictated", "test", "OT", "progress", "OT", "cms",
  timed={"97530": 22, "97535": 11}, untimed=[], key="97530x1:GO 97535x1:GO,59",
  facts=["developmental coordination disorder|DCD", "handwriting", "letters per minute",
         "14 letters|fourteen letters", "slant board", "pencil grip", "shoelaces|laces|tying",
         "bunny ears", freq(1, 8, "once a week for eight more weeks")],
  negated=["pain in the hand"], absent=["three units", "Minecraft"],
  text="""
T: Hi Eli, progress day today, so we're going to measure your writing. Mom, you can sit right there.
P: Do I have to write the whole alphabet again?
T: Just the sentence, as fast as you can but neat. On the slant board, with the pencil grip.
C: He's eight now, and his teacher says the writing is the main thing. Last year the other clinic billed three units every time.
T: I'll write down what we did today; the front desk can help with billing. Ready, Eli, go.
P: Done!
T: Fourteen letters per minute, legible, it was eight letters per minute in September.
C: That's almost double.
T: Any pain in the hand when you write now?
P: No, not any more.
T: Then the obstacle course with the letters: he crawls, picks a card, writes the letter on the whiteboard on the wall.
P: I like the Minecraft cards better.
T: Next time. Then shoelaces on the lacing board and on his own shoes, the bunny ears way.
P: Bunny ears, loop, around, through!
T: He tied both shoes, one needed help with the second loop.
C: At home he still asks me.
T: Practice every morning, even if it takes five tries.
C: Okay, we'll leave early.
T: Dictation, Eli Marsh, OT progress report, developmental coordination disorder.
T: Handwriting 14 letters per minute, legible, up from 8.
T: Therapeutic activities twenty-two minutes, obstacle course with letter formation on the vertical surface, slant board copying.
T: Self-care training eleven minutes, shoe tying with the bunny ears method, tied independently on one shoe.
T: Goals: copy a sentence at 15 letters per minute, nearly met. Tie shoes independently, partly met.
T: Plan once a week for eight more weeks. Home program: tie his own shoes every morning.
""")

# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("j_slp01_myasthenia_swallow_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["myasthenia gravis|myasthenia", "pyridostigmine|Mestinon", "fatigue|tired",
         "FOIS 5|FOIS level 5|level five", "PAS 3|penetration-aspiration scale 3|PAS of 3",
         "soft and bite-sized|IDDSI level 6|level 6", "thin liquids", "chin tuck",
         "30 minutes|thirty minutes", freq(2, 6, "twice a week for six weeks")],
  negated=["weight loss", "fever"], absent=["bingo", "room 214"],
  text="""
T: Hi Mrs. Castellano, I'm Noor, speech-language pathology. We're looking at your swallowing today. The myasthenia gravis, diagnosed last year?
P: Last February. The swallowing is worst at dinner. Breakfast is fine.
T: That fits, the muscles fatigue through the day. When do you take the pyridostigmine, the Mestinon?
P: Sixty milligrams at seven, at noon and at five.
T: And you eat dinner when?
P: About six thirty, after the news.
T: Any coughing or choking with meals?
P: Coughing with water at dinner, most nights. Not choking, I wouldn't call it that.
T: Any fever, chest infections this year?
P: No fever. I had a pneumonia in 2023, before they knew what I had. Nothing since.
T: Any weight loss?
P: No weight loss. If anything I gained, the prednisone.
T: Okay. The swallow study last month scored a PAS of 3 on thin liquids, penetration, no aspiration, and she's eating a regular diet.
T: Oral motor: tongue strength mild weakness, fatigues after ten repetitions. Voice gets nasal after counting to fifty.
T: Trials: water by cup, three sips clear, then a throat clear on the fifth and sixth sips. With a chin tuck, clear on four of four.
P: The chin tuck is easy.
T: Crackers, soft and bite-sized pieces of chicken, clear, a little slow at the end.
T: By the FOIS she's a level five now, total oral diet with some special preparation.
P: Can I still have my wine on Fridays?
T: Small sips with the chin tuck, and earlier in the evening.
T: Recommendations: soft and bite-sized at dinner, IDDSI level 6, regular at breakfast and lunch, thin liquids with a chin tuck, and eat dinner within thirty minutes to an hour after the Mestinon.
P: Move dinner to five thirty then.
T: Exactly. Goal: eat a full dinner without coughing by the end of January, and keep your weight steady.
T: Plan: swallowing therapy twice a week for six weeks.
P: Not Thursdays, that's my bingo, and my son visits me in room 214 at the senior center on Tuesdays.
T: We'll work around it. Call your neurologist if the coughing gets worse or you have trouble breathing.
P: I will.
""")

S("j_slp02_cluttering_fluency_eval_asr", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92521"], key="92521x1:GN",
  facts=["cluttering|clutter ring", "7.2 syllables|7.2 syllables per second", "rainbow passage|reading passage",
         "collapsed words|collapsing", "pausing|pauses", "my dad|father", "OASES",
         "self-monitoring|self monitoring|monitor", freq(1, 8, "once a week for eight weeks")],
  negated=["blocks", "avoid words"], absent=["hsa card", "four hundred"],
  text="""
T: hi im jules speech therapy so your doctor wrote clutter ring on the referral fast speech tell me in your words
P: people say slow down all the time at work i do sales calls like forty a day and they ask me to repeat
T: how old are you and when did people start saying that
P: thirty three since high school my dad talks fast too my whole family does
T: do you ever get stuck on a word where nothing comes out blocks
P: no no blocks its not like stuttering its more like the words run together
T: do you avoid words or situations because of it
P: no i dont avoid words i just talk and then they say what
T: ok lets read the rainbow passage then a two minute conversation ill record it
P: when the sunlight strikes raindrops in the air they act as a prism
T: ok good rate on the reading was 7.2 syllables per second thats fast typical is around four to five
T: in the conversation lots of collapsed words like gonna wanna and whole syllables dropped comp ny for company and very few pauses
P: yeah i do that
T: the disfluencies are mostly revisions and interjections not the stuttering kind so this looks like cluttering not stuttering
T: lets fill out the oases the stuttering questionnaire its still useful for how it affects you first section now
P: ok section one is about how i feel about my speech
T: your self awareness is good you hear it after but not while youre talking so self monitoring is a target
P: my boss wants me on the big account in march
T: goal by march you do a full sales call where nobody asks you to repeat yourself with the pauses at the phrase breaks
T: oases done your impact rating is mild to moderate
P: can i pay for this with my hsa card the copay was four hundred last time somewhere else
T: the front desk takes it
T: plan is once a week for eight weeks and practice reading aloud with a pause at every comma ten minutes a day
P: ok ten minutes i can do on the train
""")

S("j_slp03_anoxic_injury_cognition_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 23}, untimed=[], key="97129x1:GN 97130x2:GN", cog=38,
  facts=["anoxic|cardiac arrest", "memory book", "pill organizer", "SLUMS 19|19 out of 30|nineteen",
         "alarms|phone alarm", "4 of 5|four of five|4/5", "minimal cues|min cues|minimal verbal cues",
         "calendar"],
  negated=["headaches", "seizures"], absent=["555-0142", "four units"],
  text="""
T: Hi Mr. Abara, hi Joy. Cognition session today. How's the memory been since the cardiac arrest?
C: Better. He remembers the grandkids' names now. He still asks me the same thing five times a day.
P: She exaggerates. Four times.
T: Any headaches or seizures this week?
C: No headaches. No seizures since the hospital.
T: Good. We'll start with the SLUMS, the Saint Louis memory screen, the first items now and the recall at the end.
P: Okay, fire away.
T: Remember these five objects: apple, pen, tie, house, car. And a phone number, 555-0142.
P: Apple, pen, tie, house, car.
T: Now the memory book: write today's appointments in it. What time are your pills?
P: Eight and eight. Morning and night.
T: And the pill organizer for the week, fill Monday to Wednesday.
P: This one's the blue pill, the blood thinner, that's the eighty-one milligram aspirin, no, the white one is the aspirin.
T: Good catch. Now the calendar: find next Tuesday and write the cardiology appointment.
P: Tuesday the ninth, cardiology at two.
T: And the phone alarms, set the evening pill alarm.
C: The insurance statement said four units last time. That's right?
T: The front desk can go over the statement with you. Okay, the recall: the five objects?
P: Apple, pen, house, car, and, the tie.
T: Four of five on his own, the tie with minimal cues. The SLUMS total is nineteen out of thirty.
C: It was fourteen in the hospital.
T: That's a good jump. The cognitive work today was thirty-five, forty minutes, thirty-eight by the clock, the SLUMS not counted in that.
P: Felt like ten.
T: Goal: he takes his own pills from the organizer with the phone alarm for two weeks with no misses by Christmas.
C: That would give me a break.
T: Home: memory book every morning with Joy, the alarm for the evening pill.
""")

S("j_slp04_inclusion_body_myositis_dysphagia", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["inclusion body myositis|IBM", "dilation", "effortful swallow", "Masako",
         "3 sets of 10|3x10|three sets of ten", "liquid wash|alternate solids and liquids|alternating",
         "mildly thick|IDDSI level 2|level 2", "4 pounds|four pounds", "small bites"],
  negated=["coughing at night", "fever"], absent=["Lakers", "seven forty"],
  text="""
T: Good afternoon, Mr. Pham. Swallowing therapy today. How have meals been since last week?
P: Meat is still the hard part. It sticks, here, at the bottom of the throat.
T: Since the dilation in October, better or the same?
P: Better for a month, now it's coming back a little. Maybe. I'm not sure.
T: Any coughing at night, waking up coughing?
P: No coughing at night.
T: Any fever?
P: No.
T: Your weight?
P: I lost four pounds since August. My wife weighs me every Sunday.
T: We'll watch that. The inclusion body myositis, the hands and the thighs also weaker?
P: The thighs, yes. I use a cane now. Hands a bit.
T: Okay. Exercises first: the effortful swallow, three sets of ten, squeeze hard like swallowing a grape whole.
P: That one tires me out.
T: Rest between sets. Then the Masako, the tongue between the teeth, swallow, three sets of ten.
P: That feels so strange.
T: It works the back of the throat. Now a meal trial: the chicken cut small, small bites, and a liquid wash after every bite.
P: That's easier. It goes down.
T: Clear on all ten bites with alternating solids and liquids, one cough on the plain water by itself, so the thin water alone is a problem when you rush.
T: Mildly thick liquids, IDDSI level 2, for the pills, small bites, and sip after every bite.
P: The thick stuff for the pills, okay.
T: Goal: finish a meal in thirty minutes without food sticking, by the end of next month.
P: I watch the Lakers at seven forty, I want to eat before.
T: Then start dinner at seven. Home: the effortful swallow and the Masako, three sets of ten, twice a day.
P: Twice a day. I'll do it at breakfast and before dinner.
T: And call your doctor if the sticking gets worse or you lose more weight.
""")

S("j_slp05_childhood_apraxia_asr", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["apraxia|a praxia", "16/20|16 out of 20|sixteen out of twenty|80%", "CV words|consonant vowel",
         "tactile cues|tactile", "mirror", "DTTC|dynamic temporal", "12 of 20|12/20|twelve of twenty"],
  negated=["ear infections"], absent=["twenty five dollar", "thirty minutes at school"],
  text="""
C: hi sorry were late the parking garage was full
T: no problem hi ava hi ava's mom how was the week
C: good she said mama and more at the park shes four now she tries everything
T: thats great any ear infections lately shes had tubes right
C: tubes in 2024 no ear infections since the summer
T: ok today the childhood a praxia practice the dttc dynamic temporal and tactile cueing with the cv words consonant vowel
P: bubbles
T: first words then bubbles say bye
P: bah
T: watch my mouth in the mirror bye
P: bye
T: nice ok boo bee bye two and the tactile cue on the lip for the b
P: boo bee
T: sixteen out of twenty cv words correct with tactile cues thats eighty percent
C: last week she was like half
T: last week twelve of twenty so a big jump
P: bubbles now
T: bubbles now you earned it say more
P: mo
T: close more
P: more
C: the school slp does thirty minutes at school too twice a week is that too much
T: no the more practice the better thats thirty minutes at school and whatever you do at home
C: the copay went up to twenty five dollar this month is that right
T: the front desk can check that with you
T: at home do the five words at bath time with the mirror five times each
C: ok bath time mirror
T: and next week we add the cvcv words like mama and baby
P: baby
T: she just did it
C: oh my gosh she never said baby before wait till her dad hears
T: write it in the word journal and ill see you both next tuesday
""")

S("j_slp06_logopenic_ppa_progress_dictated", "dev", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["primary progressive aphasia|PPA|logopenic", "naming", "15 of 20|15/20|fifteen of twenty",
         "script", "semantic feature analysis|SFA", "phonemic cues|phonemic cue", "communication book",
         freq(2, 8, "twice a week for eight more weeks")],
  negated=["swallowing problems"], absent=["Palm Springs"],
  text="""
T: Hi Walter, hi Ruth. Progress report day. How's the word finding been?
P: The words, they're in there. I know the, the thing, the thing for the golf, the club. I can't get them out.
C: He's been doing his script every morning. The coffee order, the phone call to his brother.
T: Any trouble swallowing, coughing with food?
C: No swallowing problems.
P: No.
T: Let's do the naming list, the same twenty pictures. Take your time.
P: Dog. The, for the rain, umbrella. Hammer. The, the thing on the door, knob. Doorknob.
T: Fifteen of twenty today. It was twelve of twenty in October.
C: That's better.
T: Now semantic feature analysis, the SFA: what group is it, what do you do with it, where do you find it.
P: The club. Golf. You hit the ball. A nine iron! I had a nine iron in Palm Springs.
T: Perfect. Now the script, ordering at the coffee shop.
P: A large coffee, black, and a, a, blueberry muffin please.
T: Clean. And phonemic cues when you get stuck: he used the first sound on his own three times today.
P: Buh, buh, brother.
T: Goals: order coffee on his own, met. Call his brother with the script, partly met. Use the communication book when stuck, met.
C: He shows the book to the waiters now.
P: Makes them laugh.
T: Plan is twice a week for eight more weeks, and the script practice every morning with Ruth.
C: See you Thursday.
T: Dictation, Walter Brooks, SLP progress report, logopenic variant primary progressive aphasia.
T: Confrontation naming 15 of 20, up from 12 of 20. Semantic feature analysis with independent use of phonemic self-cues, three times.
T: Script training for the coffee order, produced independently. Communication book used in the community per the wife.
T: Speech and language treatment today. Continue twice a week for eight more weeks. End of dictation.
""")

S("j_slp07_vocal_fold_paralysis_discharge", "dev", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["vocal fold paralysis|vocal cord paralysis", "thyroidectomy", "VHI-10 8|VHI 8|8 out of 40|eight out of forty",
         "maximum phonation time|MPT", "16 seconds|sixteen seconds", "resonant voice",
         "pitch glides", "injection", "home program"],
  negated=["shortness of breath", "coughing with drinks"], absent=["Room 12"],
  text="""
T: Hi Mei, last session today, discharge. How's the voice?
P: Honestly, people on the phone don't ask if I'm sick anymore. That was my goal.
T: That's the voice we wanted. Any shortness of breath when you talk long?
P: No shortness of breath. A little tired at the end of the day, maybe. Not really.
T: Any coughing with drinks?
P: No coughing with drinks, not since the injection in September.
T: Good. That was the left vocal fold paralysis after the thyroidectomy in June, and the injection helped close the gap.
P: And the exercises helped, I think.
T: The exercises did a lot. Let's do the VHI-10, the voice handicap index, the first five questions.
P: My voice makes it difficult for people to hear me: never, now.
T: Okay. Maximum phonation time, take a big breath, say ah as long as you can.
P: Ahhhh.
T: Sixteen seconds. It was six seconds at the evaluation.
P: I felt like I could go longer.
T: Pitch glides, low to high, like a siren.
P: Wooo. Wooooo.
T: Smooth, no breaks. Now the resonant voice: mmm-hmm, mmm-hmm, then the phrases. My mom made meatballs.
P: My mom made meatballs. Many more mornings.
T: Nice buzz at the lips. Finishing the VHI-10: your total is eight out of forty. It was twenty-six.
P: I teach third grade, Room 12, and I made it through the whole week.
T: Goals met: talk through a full school day, phone calls without repeating, sing again.
P: I'm back in the choir on Sundays, alto.
T: Keep the home program, the resonant voice and the glides five minutes a day, and water at your desk.
P: Thank you for everything.
T: If the voice gets hoarse for more than two weeks, see your ENT.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("j_slp08_dld_language_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["developmental language disorder|language disorder", "CELF-5|CELF", "core language score is 78|core language 78", "following directions", "word classes", "/r/|r sound", "stimulable",
         "IEP meeting|IEP", freq(2, 12, "twice a week for twelve weeks")],
  negated=["hearing problems", "ear infections"], absent=["two units", "bus 17"],
  text="""
T: Hi Mateo, hi Mrs. Rios. I'm Anya, the speech-language pathologist. Today is the language and speech evaluation.
C: Thank you. He's seven, second grade. The teacher says he doesn't follow directions and his stories are all over the place.
T: Any hearing problems? Was his hearing checked?
C: School screening in September, passed. No hearing problems.
T: Ear infections as a baby?
C: No ear infections, never had tubes. His older brother had speech therapy for stuttering.
T: Okay. We'll start the CELF-5, the language test. The first subtests now, the rest after a break.
P: Is it hard?
T: Some parts are tricky, just do your best. Point to the picture: before you touch the cat, touch the dog.
P: This one?
T: Following directions done, then word classes: which two go together, apple, chair, banana.
P: Apple and banana, you eat them.
T: Good. Let's take a break, you can do the puzzle.
C: The other clinic billed two units for the testing. Is that how it works here?
T: The front desk can explain the billing. I write down what we did.
T: Back to the CELF: formulating sentences and recalling sentences.
P: The boy is, the boy is, riding the bike to the park.
T: Nice. Speech sounds: the /r/ is distorted in all positions, rabbit, carrot, car. Stimulable at the syllable level with a cue.
P: Rrrabbit.
T: Good. The CELF is done. Core language score is 78, that's below average. Following directions and recalling sentences are the lowest.
C: So it's real.
T: It's a developmental language disorder, plus the /r/. It's very treatable.
T: Goals: follow two-step directions in class, tell a story with a beginning, middle and end, and the r sound in words.
C: Can you send the report for his IEP meeting? It's on the fourteenth.
T: Yes, I'll send it next week. Plan is twice a week for twelve weeks.
C: He takes bus 17, so after three thirty is best.
T: The front desk has four o'clock on Mondays and Wednesdays.
""")

S("j_slp09_spasmodic_dysphonia_voice_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["spasmodic dysphonia|adductor", "Botox|botulinum", "2.5 units", "VHI 64|64|sixty-four",
         "voice breaks|breaks", "strain|strained", "maximum phonation time|MPT", "12 seconds|twelve seconds",
         "easy onset", freq(1, 6, "once a week for six weeks")],
  negated=["reflux", "swallowing trouble"], absent=["fifteen years", "Omaha"],
  text="""
T: Mr. Lindgren, hi, I'm Rosa, voice therapy. The ENT says adductor spasmodic dysphonia, and you get the Botox injections.
P: Every three months. Two point five units on each side. The last was November sixth.
T: 2.5 units each side, got it. How's the voice now, four weeks out?
P: Breathy for two weeks after, then good for a month, then the breaks come back. Like now.
T: Any reflux, heartburn?
P: No reflux.
T: Any swallowing trouble after the shots?
P: A little with water the first week. Not now. No swallowing trouble now.
T: Okay. Let's start the VHI, the voice handicap index, the first ten questions.
P: People have difficulty understanding me in a noisy room. Almost always.
T: Okay. Now read this sentence: We eat eels every day.
P: We, eat, eels, ev-ery day.
T: Voice breaks on the vowels, strained and strangled. Now a counting task, sixty to seventy.
P: Sixty, sixty-one, sixty-two.
T: Fewer breaks on the voiceless sounds. Maximum phonation time, ah as long as you can.
P: Ahhh.
T: Twelve seconds, with two breaks.
P: I've been at the bank fifteen years, the phones are killing me.
T: Easy onset: a breathy h before the vowel, hhh-eat, hhh-every. Try it.
P: Hhhevery day. That's smoother.
T: Smoother. Finishing the VHI, the last twenty questions.
P: My voice upsets me: sometimes.
T: VHI total is sixty-four out of one twenty.
T: Goals: phone calls at work with fewer breaks, and stretch the good weeks between the shots.
P: My sister in Omaha says I sound like a frog on the phone.
T: Plan is once a week for six weeks, timed with the injections.
P: That works, thank you.
T: And the easy onset at home, ten phrases before you start the phone shift, and log how many breaks you hear.
P: A log. My wife will love that, she keeps lists of everything.
""")

S("j_slp10_chemo_brain_cognition_percode", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 12}, untimed=[], key="97129x1:GN 97130x1:GN", cog=27,
  facts=["chemotherapy|chemo", "breast cancer", "attention", "planner", "9 of 10|nine of ten|9/10",
         "dual task|dual-task", "calendar", "MoCA 24|24/30|24 out of 30|twenty-four"],
  negated=["headaches", "falls"], absent=["Costa Rica", "two forty-nine"],
  text="""
T: Hi Danielle. Cognitive session today. How's the brain fog since the chemo ended?
P: Better in the mornings. I lose the thread in meetings after lunch.
T: Any headaches, or dizziness, any falls?
P: No headaches. No falls. Tired, but not dizzy.
T: The breast cancer treatment ended in August, and you're back at work three days?
P: Three days, accounting. The numbers swim after two o'clock.
T: We'll work on that. First, the attention task: listen for the word blue in the story and tap.
P: Okay.
T: Nine of ten, one missed during the noise.
T: Now the dual task: sort the cards by suit while I read the numbers, tell me the one that repeats.
P: That's hard. Hearts, hearts, spades. It was forty-one!
T: Good. Now the planner: put in the three meetings for next week and the oncology follow up.
P: Tuesday ten, Wednesday two, Thursday nine, oncology on the fifteenth.
T: And the calendar reminder, the night before.
P: Done.
T: The MoCA from last month was twenty-four out of thirty, we'll repeat it next month.
P: My friend bought a course online for two forty-nine, memory games. Worth it?
T: Save it. Your planner and the strategies are the thing.
T: Today's cognitive work was twenty-five minutes. No, twenty-seven, I forgot the calendar reminder at the end. Twenty-seven.
P: Should I take a vacation? We're going to Costa Rica in March.
T: Go. Rest helps.
T: Goals: get through a full afternoon meeting and take her own notes by February.
P: That would be amazing.
T: Home: the planner every morning, the hardest work before lunch, and a five-minute break every hour.
P: Breaks. Okay. My husband will remind me, he sets alarms for everything.
T: Then use his alarms. Next week we repeat the dual task with the numbers faster, and bring the planner.
P: I'll bring it. See you Tuesday.
""")

S("j_slp11_wallenberg_dysphagia_asr", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["wallenberg|lateral medullary", "mendelsohn|men dell sohn", "shaker", "effortful swallow",
         "head turn", "5 sets of 5|5x5|five sets of five", "PEG|peg tube|g tube", "puree|pureed",
         "2 ounces|two ounces"],
  negated=["pneumonia", "fever"], absent=["twelve fifty", "extension 402"],
  text="""
T: hi mr sato its lina speech hows the swallowing this week after the wallen berg stroke the lateral medullary
P: better i had the pudding yesterday with no coughing
T: any fever or chest congestion this week
P: no fever
T: and no pneumonia since the hospital
P: no pneumonia since then the doctor checked my lungs friday
T: good still getting most of the food through the peg tube
P: yes four cans a day they want to take it out
T: were getting there lets warm up with the shaker head lifts the shaker exercise three holds of sixty seconds then thirty reps
P: my neck is sore from those
T: thats normal then the men dell sohn hold the swallow at the top for two seconds five sets of five
P: men dell sohn is the hard one
T: then the effortful swallow squeeze hard like a big pill
T: ok trials the puree with the head turn to the left the weak side chin down
P: like this
T: good two ounces of applesauce no coughing clear voice after each swallow
T: then thin water by teaspoon with the head turn one cough out of five so we stay with nectar for drinks for now
P: i want real coffee
T: soon with the head turn next week we try the coffee by spoon
P: my wife says the pump costs twelve fifty a month
T: the front desk can look at that or call the supply company the number is on the box extension 402
T: goal by new years you eat three small puree meals a day by mouth and the tube only for water
P: and then the tube comes out
T: that's up to the doctor but thats the plan
T: home the shaker and the men dell sohn three times a day and the head turn every swallow
P: ok three times
""")

S("j_slp12_cochlear_implant_child_percode", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["cochlear implant|implant", "Ling six|Ling 6|Ling sounds", "6 of 6|six of six|6/6",
         "auditory|listening", "two-word|two word|2-word", "8 of 10|eight of ten|8/10",
         "hand cue|hand over mouth", "acoustic highlighting"],
  negated=["ear pain", "fever"], absent=["two units", "gate seven"],
  text="""
T: Hi Zoe! Hi Dad. Listening time. Are the implants on?
C: Both on, new batteries this morning. She's been wearing them all day, even at the zoo.
T: Any ear pain or fever this week? Any redness at the magnet?
C: No ear pain, no fever. The skin at the magnet looks fine.
T: Good. The Ling six first, the Ling sounds, from behind her. Ah.
P: Ah!
T: Oo. Ee. Sh. S. Mm.
P: Oo. Ee. Sh. Sss. Mmm.
T: Six of six, even the s, that's new. Her activation was March fourth on the second side, right?
C: March fourth. She's three and a half now.
T: Okay, two-word phrases, listening only, my hand cue over my mouth so she can't lipread. Big dog.
P: Big dog!
T: Acoustic highlighting, I stretch the word: the caaat is sleeping.
P: Cat sleeping.
T: Eight of ten two-word phrases with listening only, and she repeated three three-word ones.
C: At the other place they billed it as two units. Is this the same?
T: The front desk knows the billing. I write what we did and how she did.
C: Okay. Sorry. Her mom does the insurance, I'm just the driver today.
T: No problem. Now the book, find the animal I say, no pictures named.
P: Duck! Where duck?
T: She found the duck, the cow and the pig by listening.
C: We were at the airport yesterday, gate seven, and she heard the announcement and said plane.
T: That's exactly what we want, hearing in real life. Goals: follow two-step directions by listening alone by summer.
T: Home: read the book with the hand cue, ten minutes at bedtime, and name sounds you hear on walks.
C: Bedtime book with the hand cue. Got it.
P: Bye bye!
""")

S("j_slp13_ataxic_dysarthria_progress_dictated", "test", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["ataxic dysarthria|dysarthria", "cerebellar", "intelligibility", "85%|85 percent|eighty-five percent",
         "pacing board", "syllables per second|rate", "loudness|loud", "phone calls|phone",
         freq(2, 6, "twice a week for six more weeks")],
  negated=["choking", "new numbness"], absent=["Jeopardy", "sixty-two years"],
  text="""
T: Mr. Okonkwo, progress report today. How's the speech been at home?
P: My wife says she understands me better. On the phone, not yet.
C: Better in person. On the phone his words still run together and then get loud.
T: Any coughing or choking when you eat?
C: No choking. He eats slowly.
T: Any new numbness or weakness, anything new since the stroke?
P: No new numbness. The balance is the same.
T: Okay. Read the sentences list, one at a time, with the pacing board, tap each word.
P: The, boy, is, going, to, the, store.
T: Good. Now without the board, just the pacing in your head.
P: My grandson plays baseball on Saturdays.
T: Sentence intelligibility today is eighty-five percent, it was seventy percent in October.
C: Eighty-five, that's a big change.
T: Rate is 3.1 syllables per second with the board, normal is about four to five, he was rushing at six.
P: Slow and steady.
T: Now the loudness: same loud voice for the whole sentence, not getting louder.
P: I watch Jeopardy every night and I answer out loud, she says I'm shouting.
C: We've been married sixty-two years, he's always shouted at Jeopardy.
T: Keep shouting at Jeopardy, that's good practice. Goals: talk on the phone with his daughter, partly met. Order at a restaurant, met.
P: And the phone?
T: Next block. Plan is twice a week for six more weeks, phone practice at home every day.
C: Thank you. See you Tuesday.
T: Dictation. Emeka Okonkwo, SLP progress report, ataxic dysarthria after the cerebellar stroke in July.
T: Sentence intelligibility 85 percent, up from 70. Rate 3.1 syllables per second with the pacing board.
T: Loudness steadier across the sentence with cues. Speech treatment today, pacing and loudness control.
T: Continue twice a week for six more weeks, goal phone calls with his daughter. End of dictation.
""")

S("j_slp14_vocal_fold_dysfunction_discharge", "test", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["paradoxical vocal fold motion|vocal fold dysfunction|PVFM", "rescue breathing|rescue breath",
         "pursed lip|pursed-lip", "sniff", "albuterol", "dyspnea index|DI",
         "Dyspnea Index 6|6 out of 40|six out of forty", "the whole 5K|5K race|5K", "discharged|discharge"],
  negated=["wheezing", "episodes at night"], absent=["eleven forty", "section C"],
  text="""
T: Hi Brooke, last session today, the discharge. How was the cross country season?
P: I ran the whole 5K at the final meet without an episode. First time all year.
T: That's the goal. Any throat tightness at all?
P: Once in practice, the rescue breathing stopped it in like thirty seconds.
T: Rescue breath: sniff in, pursed lip out, and the belly breathing. Any wheezing?
P: No wheezing. The doctor said it was never asthma.
T: Right, the paradoxical vocal fold motion, the vocal fold dysfunction. Still carrying the albuterol?
P: My mom makes me. Two puffs, I haven't used it since October.
T: Any episodes at night?
P: No, never episodes at night.
T: Let's do the dyspnea index, the DI, the first five questions.
P: My throat feels tight when I run: almost never now.
T: Okay. Show me the rescue breathing on the treadmill, at your race pace.
P: Sniff, sniff, pursed lip, fffff.
T: Good. Now faster, then I'll call out a trigger and you use the breath.
P: Sniff, pursed lip. Okay.
T: Quiet breathing, no noise on the inhale. Finishing the DI: total six out of forty, it was twenty-eight.
P: I'm going to run in the spring too, the 3200 meters.
T: Use the rescue breathing at the start line and after every hard lap.
P: My mom wants to know if we owe anything, the bill said section C.
T: The front desk can read that with you.
T: Goals met: finish a race without an episode, know the warning signs, use the rescue breathing on her own.
P: I have a bus at eleven forty.
T: You're discharged. If the episodes come back more than twice a week, call us.
P: Thank you so much!
""")

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
    if not re.fullmatch(r"j_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("j_" + s["discipline"].lower()):
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
            if f.startswith("j_") and f.endswith(".json"):
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
