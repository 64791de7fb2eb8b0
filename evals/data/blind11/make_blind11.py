#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), eleventh set (ids m_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind10's README.  The
self-check machinery is copied unchanged from evals/data/blind10/make_blind10.py (only the id prefix
is m_); the sessions are new.  Running it:

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

S("m_pt01_peroneal_tendinopathy_eval_low_units", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 13}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["peroneal tendinopathy|peroneal", "swelling|puffy", "4-/5|4 minus|MMT eversion 4-",
         "12 reps|12 repetitions|twelve reps", "20 seconds|twenty seconds", "eccentric eversion",
         "red band|red theraband", "3 by 15|3x15|3 x 15", "half marathon",
         freq(2, 6, "twice a week for six weeks")],
  negated=["given way", "numbness"], absent=["plumber"],
  text="""
T: Hi, Ms. Okafor? I'm Dana, physical therapy. The referral says peroneal tendinopathy, right ankle. Tell me what's going on.
P: So it's the outside of my ankle, behind the bone. It started in March when I upped my mileage for the half marathon.
T: How much are you running right now?
P: Yesterday I did twenty minutes on the treadmill, slow, and it was sore after. Last month I was doing forty minutes, no problem.
T: And the pain right now, zero to ten?
P: Right now a two. After the run yesterday it was a six.
T: So two at rest today, six after running. Any swelling?
P: A little, by the end of the day, around the...
T: Behind the ankle bone?
P: Yeah, right there, like a puffy line.
T: Has the ankle ever given way on you, rolled?
P: Sorry, my phone, hang on. That's my landlord, the plumber's coming at four. Okay. What was the question?
T: Giving way. Has the ankle given way, have you rolled it?
P: No, it's never given way. Not even once, not this year, not ever.
T: Numbness, tingling on the outside of the foot?
P: No numbness. Nothing like that.
T: Okay. Tender over the peroneal tendons behind the lateral malleolus, no snapping with resisted eversion. AROM dorsiflexion 0 to 15, plantarflexion 0 to 45. MMT eversion 4 minus on the right, 5 on the left.
T: Single leg heel raise, go. Right 12 reps, left 25. Single leg balance on the right 20 seconds, left 30.
P: That burned on the outside.
T: One body region, healthy otherwise, nothing that changes the plan, so this is a low complexity evaluation.
T: Then your exercises: eccentric eversion with the red band, 3 by 15, seated heel raises, and side-lying hip abduction, 2 by 10 each side. That was one unit of ther ex, thirteen minutes.
P: Do I have to stop running?
T: Cut back. Run-walk, no more than twenty minutes every other day, no hills. Plan is twice a week for six weeks.
T: The goal is to run the half marathon in October without pain.
P: Okay. The race is October twelfth, I already paid for it.
T: Perfect. Ice after runs, and the band exercises once a day.
P: Once a day. Got it. See you Monday.
""")

S("m_pt02_slap_repair_eval_mod_dictation", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 9, "97112": 6}, untimed=["97162"], key="97162x1:GP 97110x1:GP",
  facts=["SLAP repair|SLAP", "4/10|4 out of 10|four", "0 to 140|140 degrees", "0 to 120|120 degrees",
         "type 2 diabetes|type two diabetes", "electrician", "rhythmic stabilization", "yellow band",
         "to 40|40 degrees", freq(2, 8, "twice a week for eight weeks")],
  negated=["clicking", "numbness"], absent=["eleven minutes", "thirty-one pounds"],
  text="""
T: Mr. Haddad, hi, I'm Joel. You're six weeks out from the SLAP repair on the right shoulder, is that right?
P: Five weeks. No, wait, six. The surgery was the...
T: The ninth of last month, it says here.
P: Yeah, six weeks on Tuesday. I lose track.
T: Sling?
P: Off since Friday. The surgeon said I could ditch it.
T: Pain right now, zero to ten?
P: Four. Nights are worse, like a six when I roll onto it.
T: Any clicking or catching in the shoulder?
P: Not since the surgery, no clicking at all.
T: And numbness down the arm, into the hand?
P: Hm?
T: Numbness, pins and needles, in the hand?
P: Oh. No. No numbness.
T: What do you do for work?
P: Electrician, overhead all day, that's the problem. And I have type two diabetes, and the other shoulder was done in 2019.
T: So the diabetes, a prior surgery on the other side and an overhead job. This is a moderate complexity evaluation.
T: The hospital therapist's note from week two has flexion at ninety and external rotation at ten. Let's see today. PROM flexion 0 to 140, ER at 45 degrees of abduction to 40, IR to 50.
P: That's way more than ninety, right?
T: A lot more. AROM flexion today 0 to 120 with a shrug. No MMT yet, too early after the repair.
T: Okay, ER isometrics, scapular retraction with the yellow band, table slides. Then the rhythmic stabilization, I push, you hold.
P: It shakes.
T: That's the cuff learning to fire. Good. Plan is twice a week for eight weeks. Goal is to work overhead for thirty minutes with pain under two.
P: Can I pick up my kid?
T: Nothing over ten pounds until week twelve. How old is she?
P: Three. She's thirty-one pounds already.
T: Then not yet. Dictation: ther ex eleven minutes, no, scratch that, nine, the isometrics were short. Neuromuscular re-ed, the rhythmic stabilization, six minutes. HEP issued.
P: So I come back Thursday?
T: Thursday at seven-thirty. Bring the band.
""")

S("m_pt03_friedreich_ataxia_eval_high_hard_of_hearing", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97116": 12, "97112": 17}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97112x1:GP",
  facts=["Friedreich", "cardiomyopathy", "single point cane|cane", "SBA on level ground|stand by assist|standby assist",
         "CGA on the turns|contact guard", "TUG 18.4|18.4 seconds|18.4", "Romberg", "two falls|2 falls",
         "foam", "diabetes", freq(2, 12, "twice a week for twelve weeks")],
  negated=["dizziness"], absent=["fifty", "granny walker"],
  text="""
T: Hi Tomasz, I'm Priya, physical therapy. Your mom says one of your hearing aids is broken?
P: The right one. Talk to my left side.
T: Okay, left side. So, Friedreich's ataxia. When were you diagnosed?
P: Fifteen?
T: WHEN. When were you diagnosed?
P: Oh. When I was fifteen. I'm twenty-six now.
C: He's used a cane since last year.
T: Any falls in the last six months?
P: Fifty?
C: Falls, Tomi. How many falls.
P: Oh. Two. Two falls. One on the curb by the bus stop.
T: Two falls. Any dizziness, spinning?
P: What?
T: Dizziness. The room spinning.
P: No. No dizziness. The legs just don't go where I tell them.
T: And the heart, what does cardiology say?
C: He has the hypertrophic cardiomyopathy, the echo in May was stable, and he's had diabetes since last year, on pills.
T: With the cardiomyopathy, the diabetes, the falls and a progressive disease, this is a high complexity evaluation.
T: Gait with the single point cane, wide base. SBA on level ground, CGA on the turns. TUG 18.4 seconds with the cane.
P: Eighteen? Is that bad?
T: Eighteen point four. It tells me your fall risk is high. Romberg positive, eyes closed you lose it in 3 seconds.
T: Then we did the hallway and the curb outside with the cane, for about twelve minutes, up and down the curb, turning at the bench.
C: That curb is just like the one at the bus stop, same height.
T: Then balance: feet apart on the foam, weight shifts, reaching to the cones. Seventeen minutes. So one unit of balance and one of gait.
P: One what?
T: One UNIT. Billing talk, never mind.
T: Plan is twice a week for twelve weeks. Goals: TUG under 14 seconds, and the bus stop curb with no help.
C: And a rollator? He refuses.
P: I'm not using a granny walker.
T: We'll try one next time and talk about it then.
""")

S("m_pt04_tibial_shaft_pta_rest_break_dictation", "dev", "PT", "daily", "PTA", "cms",
  timed={"97116": 16, "97110": 19}, untimed=[], key="97116x1:GP,CQ 97110x1:GP,CQ",
  facts=["tibia|tibial", "the rod|intramedullary rod", "3/10|3 out of 10", "one axillary crutch|one crutch|1 crutch",
         "SLR 3 by 10|SLR 3x10|SLR 3 x 10", "two-pound cuff|2-pound cuff|2 lb cuff", "3 by 10|3x10|3 x 10", "mini squats",
         "104|heart rate 104", "stairs"],
  negated=["calf pain"], absent=["twenty-two minutes", "eighteen minutes"],
  text="""
T: Hey Marcus, I'm Leah, your PTA today, Kim's off. Left tibia, the rod, week eight. How's the leg?
P: Better. I did the heel slides at home three times a day, thirty each, like the sheet says.
T: Nice. Pain today?
P: Last visit I said five, right? Today it's like a three.
T: Three today. Any calf pain, at the back of the leg?
P: Calf? No, none.
T: Swelling?
P: Some at night. Not in the morning.
T: Okay. You're weight bearing as tolerated now, so today we go down to one crutch, then the stairs.
P: One crutch, cool.
T: Hallway first. Heel first, push through the toes. Good. Now the stairs, good leg up, bad leg down.
P: Hold on, I need to sit. My heart's going.
T: Sit on the bench. Let me get your pulse. One-oh-four. Take a minute.
P: Okay. Okay, it's better now.
T: Back to the stairs, two more rounds.
T: So we were on the hallway and the stairs twenty-two minutes by my watch, but you sat six of that on the bench, so sixteen of walking.
P: Felt like an hour.
T: Now the mat. SLR 3 by 10 with a two-pound cuff, quad sets, short arc quads, then the mini squats at the bar, 2 by 15.
P: The cuff's heavy today.
T: You're doing fine. Calf stretch at the end, thirty seconds, three times.
P: Is my knee supposed to click like that?
T: Clicking without pain is usually fine, tell Kim if it starts to hurt. Okay, let me dictate.
T: Daily note, PTA. Gait training with one axillary crutch, sixteen minutes. Ther ex eighteen minutes, correction, nineteen, I forgot the calf stretch. Pain 3 out of 10. One rest break for heart rate 104, resolved with sitting.
P: Do I keep doing the heel slides?
T: Yes, and add the SLR at home, 3 by 10, no cuff yet.
P: No cuff. Okay. Same time Thursday?
T: Same time Thursday.
""")

S("m_pt05_ocd_knee_pta_diary_mother", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97110": 23, "97140": 6, "97112": 8}, untimed=[], key="97110x2:GP,CQ 97112x1:GP,CQ",
  facts=["osteochondritis dissecans|OCD fixation", "3 by 15|3x15|3 x 15", "three-pound cuff|3-pound cuff|3 lb cuff",
         "bridges", "step-ups|step ups", "four-inch step|4-inch step|4 inch", "patella mobs|patellar mobs|patellar mobilization",
         "foam", "tandem walk", "a one on stairs|1/10 on stairs|1/10 with stairs"],
  negated=["locking", "catching"], absent=["coach"],
  text="""
T: Hi Ava, I'm Chris, the PTA. Right knee, the OCD fixation, week ten. Hi, Mom.
C: Hi. She brought her exercise diary, she wanted to read it to you.
P: Okay, so. Monday: quad sets 3 by 10, SLR 3 by 10, bike ten minutes. Tuesday nothing, I had a test. Wednesday same as Monday but the bike was fifteen.
C: Twelve. You got off at twelve, you were on your phone.
P: Fine, twelve. Thursday quad sets and wall sits, 3 by 30 seconds. Pain was like a two after.
T: That's great tracking, keep it up. And pain today?
P: Zero sitting. Maybe a one on stairs.
T: Any locking, the knee getting stuck?
P: No locking.
C: She had catching in the spring, before the surgery, but not now.
P: Yeah, no catching now.
T: Good. Swelling?
P: No. Well...
C: A little after practice, she stands on the sideline a lot.
T: Okay. Bike to warm up, then the mat. SLR 3 by 15 with a three-pound cuff, bridges 3 by 12, side-lying hip abduction 2 by 15, step-ups on the four-inch step, 3 by 10.
P: The step-ups are easy now.
T: Then we go to six inches next time. Now the patella mobs, up and in, gentle.
P: That feels weird.
T: It's just the kneecap moving. Then single leg stance on the foam, eyes open, then closed, and the tandem walk on the line.
P: Eyes closed, I'm wobbling.
C: Her phone, sorry, it's her coach. Tell him...
P: Mom, just tell him I'll call him back.
T: Okay, for the note: ther ex twenty-three minutes, that's two units. Patella mobs six minutes. Balance eight minutes, one unit.
C: The six minutes of the mobs doesn't count?
T: With her insurance each one is counted alone, and under eight minutes gets no unit. It's still in the note.
P: Can I jog yet?
T: Not until Dr. Lee clears you at the twelve-week visit.
""")

S("m_pt06_periprosthetic_femur_reeval_vitals_prior", "dev", "PT", "re-evaluation", "PT", "per-code",
  timed={"97116": 14, "97110": 10}, untimed=["97164"], key="97164x1:GP 97116x1:GP 97110x1:GP",
  facts=["periprosthetic|around the hip replacement", "Berg 41|41/56|41 out of 56", "TUG 19.6|19.6 seconds|19.6",
         "3+/5|3 plus|3+", "0 to 105|105 degrees", "138/78|138 over 78|one-thirty-eight over seventy-eight",
         "ankles swell|ankle swelling|edema", "woozy|lightheaded", "church steps",
         freq(2, 6, "twice a week for six more weeks")],
  negated=["chest pain", "shortness of breath", "falls"], absent=["eighteen minutes"],
  text="""
T: Mrs. Lindqvist, hello again, it's Sam. Today's your re-evaluation, thirty days since we started. And your daughter's here.
C: Hi, I'm Karin.
T: Left femur, the periprosthetic fracture around the hip replacement, plate in June. How's the walking?
P: Better. The walker in the house, the cane at church.
T: Pain?
P: Hm?
T: Pain, zero to ten.
P: Three. It was five when I started here.
T: Any falls since last time?
P: No.
C: No falls. She almost slipped at the grocery store but she caught the cart.
T: Any chest pain, shortness of breath when you walk?
P: No. Neither.
T: Any...
P: My ankles swell by dinner.
T: Both?
P: Both, a little. Dr. Park knows, he changed the water pill.
T: Okay. Home health's discharge note had her Berg at 32 and TUG at 31 seconds with the walker. Today Berg is 41 out of 56. TUG 19.6 seconds with the cane.
C: Wow, from thirty-one.
T: Hip abduction MMT 3 plus on the left, 4 on the right. Knee flexion AROM 0 to 105 on the left.
T: Then gait with the cane outside, the sidewalk and the ramp. That was eighteen minutes on the walking, but take off four, we stopped for her blood pressure when she felt woozy on the ramp.
P: I was fine after I sat down.
T: One-thirty-eight over seventy-eight sitting, normal for her. Then ther ex: sit to stands, hip abduction with the band, standing marches, ten minutes. So one unit of gait and one of ther ex.
C: Does she still need to come?
T: Yes. She's progressing, but she's not at the goal of walking in the community without a device.
T: New plan: twice a week for six more weeks. Goals: Berg 46, and the church steps without the rail.
P: The church steps have no rail on the left side.
T: Then that's what we practice.
""", said_exempt=("97116",))

S("m_pt07_lvad_progress_phone_units", "dev", "PT", "progress", "PT", "cms",
  timed={"97110": 24, "97116": 12}, untimed=[], key="97110x1:GP 97116x1:GP",
  facts=["LVAD", "315 meters|315 m|three-fifteen", "RPE 13", "220 meters|220 m", "mini squats",
         "2 by 15|2x15|2 x 15", "3-pound dumbbells|3 lb dumbbells|3-pound", "stairs",
         freq(2, 4, "twice a week for four more weeks")],
  negated=["dizziness", "fevers", "driveline problems"], absent=["thirty-two minutes"],
  text="""
T: Mr. Oyelaran, progress report day, visit ten. How's the LVAD?
P: Humming. Flows were fine this morning.
T: Good. Any dizziness, driveline problems, fevers?
P: Nope. Nothing.
T: Chest pain?
P: A pinch when I cough. Nothing new, they know about it.
T: Okay. MAP by doppler sitting is 82. Six-minute walk first. At the evaluation you walked 220 meters.
P: Let's beat it.
T: Go. ... Six minutes. 315 meters. RPE 13. MAP after, 88.
P: Three-fifteen!
T: That's ninety-five meters more, well past the meaningful change for that test.
T: Then the hallway walking, no device, longer strides, turns, and the stairs up to the second floor. Twelve minutes.
P: I used to take the stairs two at a time at the plant.
T: Then the bike and the standing exercises: mini squats 2 by 15, heel raises 2 by 20, the 3-pound dumbbells for the arms, nothing overhead with the driveline.
P: Phone's going. It's the VAD coordinator.
T: Take it.
P: Yes... yes, flows were fine... Thursday at nine, okay. She says hi.
T: Hi to her. Let's finish the heel raises.
T: For the note: ther ex ran thirty-two minutes on the clock, minus eight for the coordinator's call and the MAP check, so twenty-four minutes, that's two units on its own. Gait twelve minutes.
P: Am I done here soon?
T: Goals were the 6MWT at 400 meters and carrying groceries up the stairs. The stairs goal is met, the walk is not yet.
T: Plan: twice a week for four more weeks.
P: And then cardiac rehab?
T: After that, yes. I'll send the referral.
P: Good. My wife will be happy. She's been driving me everywhere since the surgery.
T: Tell her she did a good job. Keep walking every day at home, the same twenty minutes, and log the flows like you do.
P: Will do. Same time Monday?
T: Same time Monday.
""")

S("m_pt08_pes_anserine_discharge_diary", "dev", "PT", "discharge", "PT", "per-code",
  timed={"97110": 16, "97140": 8}, untimed=[], key="97110x1:GP 97140x1:GP",
  facts=["pes anserine", "LEFS 67|67/80|67 out of 80", "0/10|today zero", "90-90", "lacks 15",
         "green band", "3 by 15|3x15|3 x 15", "six-inch step|6-inch step|6 inch", "wall sits",
         "home program|HEP"],
  negated=["swelling", "night pain", "tender"], absent=["seventeen minutes"],
  text="""
T: Mrs. Quintero, last visit today. Did you bring the pain diary?
P: I did. You want me to read it?
T: Please, the highlights.
P: Okay, so first week: Monday six, Tuesday six, Wednesday five after the stairs. Week three, mostly threes. Last week two, one, one, and Saturday zero, I walked the whole farmers market.
T: And today?
P: Today zero. Maybe a one going down stairs, that's it.
T: The swelling at the inside of the knee, the bump?
P: Gone. Since about week four.
T: Any night pain?
P: Night... oh, the night sweats are the menopause, that's not you.
T: Night pain in the knee. Does the knee wake you up?
P: Oh. No. Not anymore, not for weeks.
T: Good. LEFS today 67 out of 80, at the evaluation it was 38. Hamstring length, the 90-90 test: left lacks 15, it was 35.
T: Is it tender on the pes anserine? I'm pressing.
P: Nope, just pressure, not tender.
T: Then the last round of exercises. Hamstring stretch, clams with the green band 3 by 15, step downs off the six-inch step 2 by 10, wall sits 3 by 45 seconds.
P: The wall sits, ugh.
T: And then soft tissue work along the hamstring tendons, the inside of the knee.
P: That feels good.
T: Dictation, discharge note. Ther ex seventeen minutes, no, sixteen minutes. Soft tissue mobilization eight minutes. One unit each. Goals met: stairs without pain, walking sixty minutes. Discharged to the home program.
P: What if it comes back?
T: Call us. Keep the clams and the step downs three times a week.
P: Deal. Thank you for everything, really. I didn't think I'd get back to the market.
T: You did the work. If the knee flares, ice and rest two days, then back to the program slowly.
P: Got it. Ice, two days, slowly.
""")
# ---------------------------------------------------------------------------------------------
# PT test (8)
# ---------------------------------------------------------------------------------------------

S("m_pt09_sinus_tarsi_eval_low_fragments", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 11, "97112": 7}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["sinus tarsi", "seven on uneven ground|7/10 on uneven|7/10", "0 to 20|20 degrees", "9 seconds|nine seconds",
         "58 centimeters|58 cm", "2 by 15|2x15|2 x 15", "towel scrunches", "lace-up brace",
         freq(2, 4, "twice a week for four weeks")],
  negated=["swelling"], absent=["fifty-six", "forty dollars"],
  text="""
T: Mr. Brandt? I'm Elena, PT. Sinus tarsi syndrome on the left, from the podiatrist. What happened?
P: Hiking in May, I rolled it on a root. Since then the outside of the foot aches, right in the hole in front of the ankle.
T: Pain right now?
P: Now... three. On the trail, uneven ground, it goes to seven.
T: Three now, seven on uneven ground. Does it feel unstable?
P: Yeah, like it's gonna...
T: Give?
P: Give, yeah, on gravel. It hasn't actually given out on me.
T: Swelling?
P: Not really.
T: Not really meaning a little, or none?
P: None. I checked last night, both ankles look the same.
T: Okay. The podiatrist's note says subtalar motion was painful and limited. AROM today: inversion 0 to 20 on the left, 35 on the right. Eversion full.
T: Single leg stance, left 9 seconds, right 30. Star excursion, anterior reach left 58 centimeters, right 66.
P: Fifty-six?
T: Fifty-eight. Five, eight.
P: Oh, okay.
T: You're healthy otherwise, one region, nothing else going on, so it's a low complexity evaluation.
T: Exercises today: the band in all four directions, 2 by 15, heel raises 2 by 15, and the towel scrunches. Eleven minutes, that's a unit.
T: Then balance on the pillow, single leg, eyes open, seven minutes. That part is less than a unit with your insurance.
P: I do calf raises at home already, fifty a day.
T: Keep them. Plan is twice a week for four weeks. The goal is to hike four miles on trails with pain under two and no giving way.
P: I'm hiking the Rim trail in September with my brother.
T: Then that's the goal. Wear a lace-up brace on the trails until then.
P: Which one?
T: Any lace-up with the figure-eight straps. The store on Fifth has them, about forty dollars.
P: Okay. Lace-up, figure eight. I'll get one this weekend.
""")

S("m_pt10_periacetabular_osteotomy_eval_mod_bathroom", "test", "PT", "evaluation", "PT", "cms",
  timed={"97116": 10, "97110": 16}, untimed=["97162"], key="97162x1:GP 97110x1:GP 97116x1:GP",
  facts=["periacetabular osteotomy|PAO", "hip dysplasia|dysplastic", "20 percent|twenty percent|touchdown",
         "numbness", "0 to 90|90 degrees", "0 to 25", "sertraline|anxiety", "quad sets", "heel slides",
         freq(2, 12, "twice a week for twelve weeks")],
  negated=["calf pain", "swelling"], absent=["twenty-one minutes", "nine minutes"],
  text="""
T: Hi, Jordan? I'm Malik, PT. And this is?
C: Sam, the partner. I'm the driver.
T: Welcome. Right periacetabular osteotomy, for hip dysplasia, four weeks ago. Touchdown weight bearing, two crutches.
P: Yep. Twenty percent. They said twenty percent.
T: Right, touchdown, about twenty percent. Pain?
P: Resting two, walking around the house five.
T: Any numbness on the front of the thigh?
P: Yeah, a patch, right here. The surgeon said it's the nerve, it might take a year.
T: That's common after the PAO. Any calf pain or swelling in the leg?
P: No.
C: She had swelling the first week, it's gone now.
T: Good. The hospital therapist had her hip flexion at 70 degrees. Today PROM hip flexion 0 to 90, abduction 0 to 25. No MMT, precautions.
T: Other history?
P: Anxiety, I take sertraline. And the left hip is dysplastic too, they'll do that one next year.
T: With the other hip, the anxiety and the precautions, it's a moderate complexity evaluation.
T: Now crutch walking on the stairs and the ramp, keeping the twenty percent.
C: Can she drive yet?
T: Not until the surgeon says so, usually six weeks for the right leg.
P: I need to pee, sorry.
T: Go ahead, we'll wait. Okay, back on the mat. Quad sets, glute sets, heel slides with the strap, ankle pumps, isometric abduction.
P: The heel slides pull.
T: Keep it gentle. Dictation: gait training, stairs and ramp, nine minutes, no, ten, we did the extra flight. Ther ex, the mat work was twenty-one minutes on my clock, but she was in the bathroom for five of that, so sixteen minutes.
T: Plan: twice a week for twelve weeks. Goals: walk without crutches, stairs step over step, and back to her lab job standing four hours.
P: Four hours at the bench. That's the dream.
C: She runs that lab, basically.
T: Then let's get her back to it. See you Tuesday.
""")

S("m_pt11_pulmonary_fibrosis_eval_high_sats", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 14, "97110": 13}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97110x1:GP",
  facts=["pulmonary fibrosis", "2 liters|two liters", "nasal cannula", "94 percent|94%|SpO2 94",
         "240 meters|240 m", "lowest sat 86|86 percent|86%", "sit to stands|sit-to-stand", "2 by 8|2x8|2 x 8",
         "pursed lip", "blood thinner|anticoagul", freq(2, 8, "twice a week for eight weeks")],
  negated=["chest pain", "swelling"], absent=["Bella"],
  text="""
T: Mr. Achterberg, I'm Ruth, PT. Pulmonary fibrosis, referred for deconditioning and walking. You're on oxygen?
P: Three liters.
C: Two. Two liters, Henk. Three is at night.
P: Two in the day, three at night. She's right.
T: Okay, two liters by nasal cannula today. How far can you walk at home?
P: To the mailbox and back. Then I'm done.
T: Cough?
P: All day. Dry.
T: Any chest pain?
P: What?
T: CHEST PAIN.
P: No, not pain. Tight sometimes. Not pain.
T: Swelling in the legs?
P: No.
C: No, his legs are good, the doctor checked Monday.
T: Other health?
C: The heart flutter, he's on a blood thinner, and the reflux. And the lung biopsy in March.
T: With the oxygen, the atrial flutter on a blood thinner and a progressive lung disease, this is a high complexity evaluation.
T: Resting SpO2 94 percent on two liters, heart rate 82. Six-minute walk 240 meters, lowest sat 86, two standing rests.
P: Eighty-six, that's low?
T: It's low. We stop at 88 and wait until it's over 90.
T: So the walking, the hallway with the oxygen cart, was twenty minutes on the clock, but we sat three times, two minutes each, for your sats. That's six minutes of sitting, take them off.
T: Then exercises in sitting: sit to stands 2 by 8, marching, arm raises with the one-pound weights, pursed lip breathing with each one. Thirteen minutes.
P: The pursed lip thing helps.
T: Plan is twice a week for eight weeks. Goal: walk to the end of the street and back, 300 meters, keeping the sats over 88.
C: He used to walk the dog every day.
P: Bella. She's fat now, like me.
T: Then Bella's walk is the goal.
""", said_exempt=("97116",))

S("m_pt12_jones_fracture_pta_units_then_dictation", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 18, "97112": 11, "97116": 9}, untimed=[],
  key="97110x1:GP,CQ 97112x1:GP,CQ 97116x1:GP,CQ",
  facts=["Jones fracture", "CAM boot", "3/10|3 out of 10", "3 by 10|3x10|3 x 10", "3 by 15|3x15|3 x 15",
         "toe yoga", "marble", "wobble board", "foam", "curb"],
  negated=["numbness"], absent=["kindergarten"],
  text="""
T: Hey Devon, I'm Ray, the PTA. Right foot, the Jones fracture with the screw, week nine. Out of the boot?
P: Out of the CAM boot since Monday. Sneakers now.
T: How's it feel?
P: Sore by the end of the day. Like a three. Yesterday I did four thousand steps, the watch says.
T: Nice. Any pain on the outside of the foot, at the screw?
P: Only when I press it.
T: Numbness in the toes?
P: No, none.
T: Swelling?
P: A little in the evening. By morning it's gone.
T: Okay. Plan today, about a unit of each: strengthening, balance, and walking.
T: Bike to warm up, then heel raises 3 by 10, the band for eversion 3 by 15, toe yoga, the marble pickups.
P: Marbles. Like kindergarten.
T: Exactly like kindergarten. Now the wobble board, both feet, then single leg on the foam, then catching the ball on one leg.
P: Whoa. The left is so much better.
T: That's why we do it. Hang on, phone. Maria, hi. Yes, he's here, week nine, out of the boot. I'll tell him. Okay, bye.
T: Sorry, I stopped my clock. She says hi and the x-ray looks healed.
P: Sweet.
T: Then we did the stairs and the curb outside, heel-toe, no limp, and back inside.
P: Going down stairs is still weird.
T: Normal at nine weeks. Okay, dictation. Ther ex eighteen minutes. Balance eleven minutes. The stairs and the curb, nine minutes. Tolerated well, pain 3 out of 10 after.
P: Can I play pickup on Saturday?
T: No cutting or jumping until week twelve. Walking and the bike, that's it.
P: Ugh. Fine.
T: And keep the band at home, 3 by 15, every day.
P: Every day. Okay.
""")

S("m_pt13_distal_femur_pta_hard_of_hearing", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 22, "97530": 12, "97116": 7}, untimed=[], key="97110x1:GP,CQ 97530x1:GP,CQ",
  facts=["distal femur|femur", "2/10|2 out of 10|two today", "leg press", "40 pounds|40 lb",
         "long arc quads", "2-pound weight|2 lb|2-pound", "the car", "floor", "walker", "Pulse 88|88"],
  negated=["dizzy"], absent=["wheelchair company"],
  text="""
T: Good afternoon, Mr. Feeney. It's Joy, the PTA. Left leg, the distal femur, the plate near the knee.
P: Eh?
T: YOUR LEG. How's your leg?
P: Oh, the leg. Not bad. Better than last week.
T: Pain, zero to ten?
P: Two? Two. Last Tuesday it was a four.
T: Two today. Did you do the exercises at home?
P: The daughter makes me. She writes them down. Here. Knee bends, twenty a day. Leg lifts, twenty a day.
T: Good. Any dizziness when you stand up?
P: What?
T: DIZZY. When you stand.
P: No, no dizzy. Not since they stopped the water pill.
T: Good. Let's start. Leg press with 40 pounds, 2 by 10. Then the long arc quads, 2 sets of 10, with the 2-pound weight.
P: Twenty-two?
T: TWO. Two sets. Of ten.
P: Ah. Two sets.
T: Then the seated hamstring curls with the band, and standing hip abduction at the bar.
T: That's twenty-two minutes of exercise. That's still one unit, it takes twenty-three for two.
P: Eh?
T: Never mind. Now the car. Getting in and out of the car, and getting down to the floor and back up, in case you fall.
P: The car's the hard part. My daughter's car is low.
T: Hang on, the phone, it's the wheelchair company. Yes, I'll call you back after four. Okay.
T: Transfers were fifteen minutes, take off the three minutes I was on the phone.
T: Then a short walk with the walker down the hall, seven minutes.
P: I'm tired now.
T: Sit. Pulse 88, you're fine. We're done for today.
P: When do I get rid of the walker?
T: Ask Peter at your progress visit next week. Keep the knee bends, twenty a day.
""", said_exempt=("97530",))

S("m_pt14_hemophilic_knee_factor_units", "test", "PT", "daily", "PT", "per-code",
  timed={"97110": 18, "97112": 9}, untimed=[], key="97110x1:GP 97112x1:GP",
  facts=["hemophilic arthropathy|hemophilia", "factor", "5 to 115|115 degrees", "SLR 3 by 10|3 by 10|3x10",
         "terminal knee extension", "blue band", "mini squats", "45 degrees", "Airex", "clock reaches",
         "step-ups|step ups"],
  negated=["swollen", "warm"], absent=["camp"],
  text="""
T: Hi Luis, it's Naomi. Left knee, the hemophilic arthropathy. Did you infuse this morning?
P: Yeah, my factor, three thousand units before I came, like the hematologist said.
T: Good. Any new bleeds since last week?
P: Last Thursday the knee got warm and tight, I thought it was a bleed, so I did an extra dose. By Saturday it was fine.
T: And now? Warm, swollen?
P: Now it's normal. Not warm. Not swollen.
T: Pain?
P: One. Sometimes two with stairs.
T: Any other joints, the ankle, the elbow?
P: The right ankle, the old target joint... no, it's fine.
T: Fine meaning no pain, or?
P: No pain. Nothing there this month.
T: Okay. Knee AROM today 5 to 115. Last week it was 10 to 100, with the bleed.
P: That's better, right?
T: Much better. Today: quad sets, SLR 3 by 10 with no weight, terminal knee extension with the blue band 3 by 15, bike five minutes easy, and the mini squats to 45 degrees.
P: No heavy stuff.
T: No heavy stuff, no impact, that's the rule for that joint. Then balance, single leg on the firm floor, then on the Airex, and the clock reaches.
P: The clock thing's hard.
T: Ther ex was one unit, eighteen minutes. Balance nine minutes.
P: My sister's kid has hemophilia too, he's at camp this week, they do the factor at camp.
T: That's great, those camps are good. Next week we add step-ups if there's no bleed.
P: And if there is a bleed?
T: Then you call the hemophilia center first, and we do only gentle range that week.
P: Okay. Same time Monday. Should I keep doing the bike at home?
T: Yes, ten minutes a day, easy, no resistance. And write down any bleed in your log so the hematologist sees it too.
P: I will. My log's on the app.
""")

S("m_pt15_piriformis_progress_dictation", "test", "PT", "progress", "PT", "cms",
  timed={"97140": 12, "97110": 17, "97112": 8}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["piriformis syndrome|piriformis", "2/10|2 out of 10|two now", "ODI 14|14 percent|14%", "FADIR",
         "30 degrees", "4+/5|4 plus|4+", "trigger point release", "green band", "3 by 15|3x15|3 x 15",
         "3 by 30 seconds|3x30 seconds|3 x 30 sec", freq(2, 4, "twice a week for four more weeks")],
  negated=["numbness", "bladder"], absent=["fifteen minutes"],
  text="""
T: Ms. Varga, progress report today, visit ten. Right buttock, the piriformis syndrome. How's it going?
P: Better. Sitting at work is the test. Last month I couldn't sit twenty minutes, now I do an hour.
T: Pain right now?
P: Now two. After the long drive to my mother's on Sunday, five.
T: Two now. Any pain down the leg, below the knee?
P: Below the... no. It used to go to the calf, but not since, I don't know, week three.
T: Numbness?
P: No.
T: Bladder, bowel, any change there?
P: What? No! Nothing like that.
T: Good, I have to ask. ODI today 14 percent, at the evaluation 36. Straight leg raise negative both sides. FADIR still positive on the right, but less.
T: Hip internal rotation on the right 30 degrees, it was 20. MMT hip abduction right 4 plus, it was 4 minus.
P: Is that good?
T: Very good. Then manual: the trigger point release on the piriformis and the hip mobs.
P: Ooh. That's the spot.
T: Then the clamshells with the green band 3 by 15, the piriformis stretch 3 by 30 seconds, bridges with a march 2 by 10.
P: My phone, sorry, it's work. I'll call them back.
T: Then single leg stance on the foam with the hip hike, eight minutes.
T: Dictation for the progress report: manual therapy twelve minutes, ther ex fifteen minutes, correction, seventeen. Neuromuscular re-ed eight minutes.
T: Goals: sit one hour at work, met. Drive two hours with pain under three, not met. Run a 5K, not met.
P: The 5K is in November.
T: Plan: twice a week for four more weeks, then we see.
P: Okay. Can I start running?
T: Walk-run intervals, one minute each, on flat ground, twice a week.
""")

S("m_pt16_hallux_rigidus_discharge_corrected_weeks", "test", "PT", "discharge", "PT", "cms",
  timed={"97140": 9, "97110": 14, "97116": 8}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["cheilectomy", "hallux rigidus", "0 to 60|60 degrees", "FAAM|88 percent|88%", "towel curls",
         "short foot", "3 by 12|3x12|3 x 12", "marble pickup", "treadmill", "treadmill at 2.8|2.8 mph", "home program|HEP"],
  negated=["swelling", "numbness"], absent=["two hundred bucks"],
  text="""
T: Mr. Nakamura, discharge day. Right big toe, the hallux rigidus, cheilectomy eight weeks ago.
P: Ten weeks.
T: Let me check. Surgery August 4th. You're right, ten weeks.
P: I count every one of them.
T: Pain?
P: Walking, one. Golf, eighteen holes on Saturday, three at the end.
T: Eighteen holes, good. Stiffness in the morning?
P: Five minutes, then it loosens up.
T: Any swelling at the joint?
P: Not any more.
T: Numbness on the top of the toe, near the scar?
P: There was, the first month. Now it's gone, I can feel the sock.
T: Good. Big toe extension AROM today 0 to 60. At the evaluation 0 to 25. Plantar flexion 0 to 20. FAAM ADL 88 percent.
P: Sixty. Like the other one?
T: The left is 70. Close. Okay, the last session. Toe mobs first, the joint glides into extension.
P: That's what gave me the motion.
T: Then the exercises: towel curls, the short foot, heel raises with the toe extended 3 by 12, the marble pickup.
T: Then the treadmill at 2.8, watching the push-off through the big toe.
P: I don't limp any more.
T: You don't. Dictation: discharge. Joint mobilization nine minutes. Ther ex fourteen minutes. Gait on the treadmill eight minutes. Goals met: walk a mile without pain, play golf. Discharged to the home program.
P: Should I keep doing the toe stretches?
T: Every morning, and before golf. And the stiff-soled shoes for the course.
P: My wife bought me new spikes, two hundred bucks.
T: Worth it. Call us if it locks up again.
P: Will do. Thanks, really. My wife says I'm less grumpy now.
T: Then the program worked. Keep the shoes, keep the stretches, and enjoy the course.
P: I'll send you my score.
""")
# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("m_ot01_perilunate_eval_mod_splint_units", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97760": 14, "97110": 10}, untimed=["97166"], key="97166x1:GO 97760x1:GO 97110x1:GO",
  facts=["perilunate dislocation|perilunate", "0 to 35|35 degrees", "12 kilos|12 kg", "4 kilos|4 kg",
         "QuickDASH 61|QuickDASH score of 61", "mod I|modified independent", "cock-up splint|wrist splint",
         "tendon glides", "soft putty|putty", "tingling|index tip", freq(2, 8, "twice a week for eight weeks")],
  negated=["clicking"], absent=["twelve dollars"],
  text="""
T: Hi, Mr. Petrovic, I'm Anne, occupational therapy. Left wrist, the perilunate dislocation, pinned and repaired eight weeks ago, pins out last week.
P: Yes. I fell off the ladder cleaning the gutters. And the parking machine took my card, twelve dollars, for one hour.
T: I'll give you a validation. Right or left handed?
P: Left. That's the bad part. I'm a dental technician, very fine work.
T: Pain now?
P: Four. When I try to turn a key, seven.
T: Four at rest. Any numbness in the fingers, the thumb side?
P: In the beginning yes, the thumb and the first two fingers. Now only the tip of the index, sometimes, a tingling.
T: So still some tingling at the index tip. Any...
P: And the swelling, the hand is fat in the evening.
T: Swelling in the evening. Any clicking or clunking in the wrist?
P: No, nothing clicks.
T: Other health?
P: Gout, and the high blood pressure. Pills for both.
T: With the nerve symptoms, the dominant hand and a job with fine work, this is a moderate complexity evaluation.
T: The surgeon's note from two weeks ago says wrist extension 20, flexion 15. Today AROM wrist extension 0 to 35, flexion 0 to 30, supination 0 to 70.
P: Better than at the doctor.
T: Better. Grip, left 12 kilos, right 41. Lateral pinch left 4 kilos. QuickDASH 61.
P: Sixty-one out of what?
T: Out of a hundred, and higher is worse. We'll bring it down.
T: Dressing: you're mod I for buttons, it takes you a long time. Cutting food you need help.
P: My wife cuts my meat. Like for a baby.
T: Then the splint. I fitted the wrist cock-up splint, the prefab one, adjusted the straps, taught you on and off and the skin checks. That's about a unit, fourteen minutes.
T: Then the tendon glides and the soft putty, ten minutes.
P: My fingers feel stiff now.
T: Normal. Plan is twice a week for eight weeks. Goals: grip 25 kilos, back to work part time, and cut his own food.
P: And turn the key in the car.
T: And turn the key in the car.
""")

S("m_ot02_subdural_eval_high_daughter_bathroom_wait", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97535": 21}, untimed=["97167"], key="97167x1:GO 97535x1:GO",
  facts=["subdural hematoma|subdural", "MoCA 20|20 out of 30|20/30", "1 of 5|1/5", "min A|minimal assist",
         "contact guard|CGA", "sock aid", "tub transfer|tub bench", "28 kilos|28 kg", "24 seconds",
         "headache", freq(2, 8, "twice a week for eight weeks")],
  negated=["weakness"], absent=["twenty twenty-four", "twenty-six minutes"],
  text="""
T: Mr. Ibarra, I'm Grace from OT. And you're his daughter?
C: Yes, Lucia. He lives with me since the hospital.
T: So the subdural hematoma on the left, after the fall in September, the burr holes, then two weeks of rehab.
P: I hit my head on the shelf in the garage.
T: What year is it, Mr. Ibarra?
P: Twenty... twenty twenty-four.
C: Papa, it's twenty twenty-six.
P: Twenty twenty-six. Yes. I knew that.
T: Okay. Headaches?
P: No.
T: Any headaches at all? In the morning, when you bend over?
P: Well, in the morning a little. Then the coffee fixes it.
C: He gets them, he just doesn't say.
T: Mild morning headaches, then. Any weakness in the right hand now?
P: No weakness now. It was weak in the hospital. Now I fix the radio.
C: That's true, the hand came back.
T: Grip right 28 kilos, left 30. Nine-hole peg right 24 seconds.
T: Other history: atrial fib, the blood thinner that was stopped, diabetes, and the hearing aids.
T: With the bleed, the cognition, the diabetes and the fall risk, this is a high complexity evaluation.
T: Cognition: MoCA 20 out of 30, recall 1 of 5. He needs min A for the pill box, a reminder for each step.
T: Then we did the shower. Tub transfer with the tub bench, contact guard. Upper body dressing stand by, lower body min A for the socks. The sock aid was new for him.
P: That sock thing is clever.
T: Twenty-six minutes on my sheet, but we waited five minutes for the bathroom to be free, so twenty-one minutes of ADL training.
C: Can he stay home alone in the mornings?
T: Not yet, not with the pills and the stove. Plan is twice a week for eight weeks. Goals: shower with set-up only, and his pills with a pill box and an alarm.
P: I want to drive.
T: That's a later talk, with the doctor. Not now.
C: Thank you. He doesn't listen to me about the car.
""")

S("m_ot03_jersey_finger_ota_dictation_corrected", "dev", "OT", "daily", "OTA", "cms",
  timed={"97110": 12, "97140": 9, "97763": 7}, untimed=[], key="97110x1:GO,CO 97140x1:GO,CO",
  facts=["jersey finger|FDP", "0 to 40|40 degrees", "0 to 95|95 degrees", "place and hold", "blocking",
         "tendon glides", "scar massage", "retrograde", "dorsal blocking splint",
         "every two hours|every 2 hours", "tingles|tingling"],
  negated=["blister"], absent=["ninety bucks"],
  text="""
T: Hi Kenji, it's Beth, the OTA. Right ring finger, the jersey finger repair, the FDP, week six. How's it doing?
P: Okay. Stiff at the tip.
T: Pain?
P: Two. Three at night, the splint presses.
T: Where does it press?
P: Here, on the back of the wrist, the edge.
T: Let me see. Red mark, no blister. I'll trim that edge. Any numbness at the fingertip?
P: The tip is...
T: Numb?
P: Not numb. It tingles when I tap it.
T: Tingling when you tap, that's the nerve waking up. Okay, measurements. DIP flexion 0 to 40, PIP 0 to 95. Last week the DIP was 25.
P: Forty now? Sweet.
T: Forty. Are you doing the blocking exercises every hour?
P: Every hour, ten reps. Wait, no, the paper says every two hours. Every two hours.
T: Every two hours, ten reps, that's right. Okay: place and hold, blocking for the DIP, tendon glides, ten each.
P: The hook fist is hard.
T: Then scar massage on the palm and the retrograde massage for the swelling.
P: Feels good, actually.
T: Then I trimmed and heat-molded the edge of the dorsal blocking splint and redid the strap.
P: Oh, that's better already.
T: Good. Dictation, daily note, OTA. Exercise twelve minutes. Scar and retrograde massage nine minutes. Splint adjustment seven minutes. Two units today.
P: When can I climb again?
T: Twelve weeks at least, and the surgeon decides. No gripping, no lifting with that hand.
P: My gym has a sale, three months for ninety bucks.
T: Save your money till spring.
P: Yeah. Okay. Thursday?
T: Thursday, same time. And keep the splint on at night, even if it's annoying.
P: Even in the shower?
T: In the shower you use the bag, like we practiced. The splint stays on until the surgeon says.
""")

S("m_ot04_golfers_elbow_ota_ultrasound_log", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97035": 8, "97110": 24, "97140": 7}, untimed=[], key="97035x1:GO,CO 97110x2:GO,CO",
  facts=["golfer's elbow|medial epicondylalgia", "22 kilos|22 kg", "1 megahertz|1 MHz", "1.5 watts|1.5 W/cm2",
         "50 percent|50%", "eccentric wrist flexion", "2-pound weight|2 lb", "3 by 15|3x15|3 x 15", "FlexBar",
         "cross friction", "counterforce brace"],
  negated=["numbness"], absent=["twenty-nine dollars"],
  text="""
T: Hi Mrs. Delacroix, I'm Tom, the OTA. Right elbow, the golfer's elbow, medial epicondylalgia. How was the week?
P: I kept a log at work like Sara asked. Let me read it. Monday, pain three, I pulled espresso all shift. Tuesday four. Wednesday off, one. Thursday five, we had a wedding, I carried the trays.
T: And today?
P: Today two. It's my day off.
T: Two today. Any numbness in the pinky, the ring finger?
P: No. No numbness. Why?
T: The nerve runs right behind that spot, I always ask. Pain at night?
P: Only after the wedding. Not since.
T: Okay. Grip with the dynamometer, elbow straight: right 22 kilos, left 30. Resisted wrist flexion hurts, three.
T: Ultrasound first. 1 megahertz, 1.5 watts per square centimeter, 50 percent, over the medial epicondyle, eight minutes.
P: It's warm.
T: Then the exercises: eccentric wrist flexion with the 2-pound weight 3 by 15, pronation with the hammer 3 by 15, the FlexBar twist, and the stretch.
P: The FlexBar is the worst.
T: That's ther ex, two units, twenty-four minutes.
T: Then the cross friction massage on the tendon, seven minutes.
P: Ow. Okay. Okay.
T: The ice at home, you did that?
P: Twenty minutes every night, with the frozen peas.
T: Good. For work: carry the trays palm up, elbow close, and both hands for the milk jugs.
P: The manager won't like slower.
T: Two hands is faster than a torn tendon. Next time we check the counterforce brace fit.
P: I bought one, twenty-nine dollars at the pharmacy.
T: Bring it on Thursday, I'll check where it sits.
P: Okay. Thursday. Should I stop the ice now that it's better?
T: Keep it after the long shifts, not on the days off. And the eccentrics every day, the same 3 by 15.
P: Every day. Even Sunday?
T: Even Sunday.
""")

S("m_ot05_radial_tunnel_progress_prior_clinic", "dev", "OT", "progress", "OT", "per-code",
  timed={"97140": 11, "97110": 16, "97530": 9}, untimed=[], key="97140x1:GO 97110x1:GO 97530x1:GO,59",
  facts=["radial tunnel syndrome|radial tunnel", "2/10|2 out of 10|a two now", "27 kilos|27 kg", "PRWE 22",
         "supinator", "3-pound weight|3 lb", "3 by 12|3x12|3 x 12", "green putty", "laundry basket",
         freq(1, 4, "once a week for four more weeks")],
  negated=["wrist drop", "numb"], absent=["fourteen minutes", "four o'clock"],
  text="""
T: Ms. Abara, progress report day. Right forearm, the radial tunnel syndrome. Visit ten.
P: Already ten?
T: Ten. How's the arm?
P: Better. The ache in the forearm is maybe a two now. At the start it was six, seven.
T: Two now. Any wrist drop, weakness lifting the fingers?
P: No, never had that.
T: Numbness on the back of the hand?
P: Numb... no. Not numb.
T: And at night?
P: Nights are fine now. It used to wake me, the first month.
T: Good. The clinic in Ohio measured your grip at 14 kilos before you moved. Our eval had 18. Today right grip 27 kilos, left 31.
P: Twenty-seven!
T: Resisted supination, pain one out of ten, it was five. Resisted middle finger extension negative now. PRWE 22, it was 58.
P: What's that one?
T: The questionnaire you filled in. Lower is better.
T: Manual first: soft tissue work over the supinator and the radial tunnel, and the mobs at the radial head.
P: Right there.
T: Then strengthening: supination with the hammer, wrist extension with the 3-pound weight 3 by 12, grip with the green putty.
P: My phone... that's the school. Hello? Yes, I'll pick him up at four o'clock. Sorry.
T: No problem. Then the functional part: lifting the laundry basket from the floor, turning the jar lids, the door knob.
T: Progress report dictation: manual eleven minutes. Ther ex fourteen minutes, no, sixteen, I forgot the putty. Therapeutic activity, the lifting and the jars, nine minutes, in its own block after the manual.
T: Goals: grip 25 kilos, met. Laundry without pain, met. Typing eight hours, partly met, pain two after a long day.
P: The long days are the problem.
T: Plan: once a week for four more weeks, mostly the home program.
P: Once a week is easier with the kids.
""")

S("m_ot06_hook_of_hamate_discharge_home_swings", "dev", "OT", "discharge", "OT", "cms",
  timed={"97110": 21, "97140": 8, "97530": 10}, untimed=[], key="97110x1:GO 97140x1:GO 97530x1:GO,59",
  facts=["hook of the hamate|hamate", "44 kilos|44 kg", "9 kilos|9 kg", "desensitization", "scar massage",
         "5-pound dumbbell|5 lb", "3 by 15|3x15|3 x 15", "rice bucket", "weighted donut",
         "batting glove", "tingling"],
  negated=["numbness"], absent=["thirty-five bucks"],
  text="""
T: Hi Diego, discharge day. Left hand, the hook of the hamate, excised in July.
P: Finally. Coach wants me at the cages Monday.
T: Pain?
P: Zero. Except when I swing a lot, then like a two, in the palm.
T: Last week you said three after swinging.
P: Yeah, this week two. I took a hundred swings Sunday off the tee.
T: A hundred off the tee at home. Okay. Any numbness in the pinky, the ring finger?
P: No numbness.
T: You're sure? Any tingling at all, at the end of the day?
P: Okay, once. After the hundred swings, for a minute. Not since.
T: Tingling once, briefly, after a hundred swings. The scar?
P: Still itchy, and it's touchy when the bat hits it.
T: Grip, left 44 kilos, right 47. At the start it was 19. Pinch 9 kilos.
P: Forty-four, nice.
T: First the scar: desensitization with the textures, and scar massage.
T: Then the ther ex: wrist curls with the 5-pound dumbbell 3 by 15, the rice bucket, the FlexBar, and the finger extensors with the band.
P: Rice bucket forever.
T: Then the batting part, on its own after the scar work: the bat with the weighted donut, slow swings, then the grip changes, hitting off the tee.
P: Felt good. A little zing in the palm at the end.
T: Dictation, discharge. Ther ex twenty-one minutes. Scar and desensitization eight minutes. Therapeutic activity, the batting, ten minutes. That's three units, one each.
T: Goals met: grip 90 percent of the other hand, and batting practice with pain under two. Discharge to home program, and the padded batting glove.
P: The padded one is thirty-five bucks.
T: Still worth it. Call us if the pinky gets numb.
P: Will do. Thanks for everything.
""")

S("m_ot07_lewy_body_cotreat_kitchen", "dev", "OT", "daily", "OT", "cms",
  timed={"97530": 10, "97535": 16}, untimed=[], key="97530x1:GO 97535x1:GO,59",
  facts=["Lewy body", "hallucinations", "sleepy", "transfers", "mod verbal cues|moderate verbal cues",
         "min A|minimal assist", "kettle", "cut-off switch", "stove", "on the rug|the rug", "goes pale|pressure drops|orthostatic"],
  negated=["falls"], absent=["twelve dollars"],
  text="""
T: Good morning, Mr. Holloway, Mrs. Holloway. I'm Keiko, OT. How was the week?
C: Up and down. Tuesday he saw the children in the garden again, the ones that aren't there.
P: They were there.
T: The visual hallucinations from the Lewy body dementia. Were they upsetting?
C: Not really, he talks to them. But he was up at night.
T: And today, how's he doing?
C: Sleepy this morning, he nodded off in the car.
T: Mr. Holloway, are you sleepy now?
P: Hm. A bit.
T: We'll start with something active. Any falls this week?
C: No falls. He nearly went down on Sunday, on the rug, but I caught him.
T: Then that rug goes. Dizziness when he stands?
C: He says no, but he goes pale. His pressure drops, the neurologist said.
T: So Ana from PT joined us for the transfers, you saw, the bed, the chair, the toilet, about twenty minutes together. She's billing her part; I'm billing ten minutes of it as therapeutic activity.
C: Two of you, that's a luxury.
T: He's more awake now, see? He's talking more.
P: I'm awake. I was always awake.
T: Then just the two of us in the kitchen, the home management training: making the coffee, filling the kettle, two cups, sugar. He needed mod verbal cues to sequence, min A to pour. Sixteen minutes of that.
P: Good coffee.
C: He made it every morning for forty years.
T: That's the goal, back to making it with you standing by. Get a kettle with a cut-off switch, and put the cups on the counter the night before.
C: And the stove?
T: The stove knobs come off. Knob covers are twelve dollars online, or I have some here.
C: Give me yours.
T: Plan stays twice a week. Next time the shower.
""")
# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("m_ot08_volar_plate_eval_low_splint", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 13, "97110": 6}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["volar plate", "15 to 75", "0 to 60", "figure-eight splint|figure 8 splint", "thermoplastic",
         "tendon glides", "Coban", "every two hours|every 2 hours", "buddy tape|buddy-taped",
         "sausage|swelling", freq(1, 6, "once a week for six weeks")],
  negated=["numbness"], absent=["nine and one", "Eleven days"],
  text="""
T: Hi Ms. Fenwick, I'm Rosa, OT. Left middle finger, a volar plate injury at the PIP, from urgent care. Tell me what happened.
P: Volleyball. The ball jammed it straight back. Eleven days ago. No, wait, it was the Saturday before last, so nine days.
T: Nine days. Did they x-ray it?
P: No break, just a tiny flake, they said. They buddy-taped it.
T: Pain?
P: Three. Bending it, five.
T: Swelling?
P: The whole finger's a sausage.
T: Any numbness on either side of the finger?
P: Mm, no.
T: Not even at the tip?
P: No numbness. It feels normal, just fat.
T: Okay. Urgent care wrote PIP flexion 40. Today PIP AROM 15 to 75, lacking 15 of extension. DIP 0 to 60. Tender on the palm side of the PIP.
P: Right there, yep.
T: Grip deferred for now. You're right handed, so it's the non-dominant hand. Healthy otherwise?
P: Yes, just the finger. I teach second grade.
T: One body part, no other problems, a short history. This is a low complexity evaluation.
T: So I made you a small figure-eight splint, thermoplastic, it blocks the last bit of straightening at the PIP, and I showed you how to wear it and check the skin. Thirteen minutes, call it one unit.
P: It's cute. Purple.
T: Then the exercises: blocked DIP bends, gentle PIP bends in the splint, tendon glides. Six minutes, that's under a unit, it won't count on its own.
P: How often at home?
T: Ten each, every two hours while you're awake. And Coban for the swelling, like this.
P: My kids will want purple fingers too.
T: Plan is once a week for six weeks. Goal: full fist and a straight finger, and back to volleyball with the buddy tape.
P: Our league plays Tuesdays. We're in first place, nine and one.
T: Then we aim for the playoffs.
""")

S("m_ot09_thalamic_stroke_reeval_pharmacy_call", "test", "OT", "re-evaluation", "OT", "cms",
  timed={"97535": 18, "97110": 12}, untimed=["97168"], key="97168x1:GO 97535x1:GO 97110x1:GO",
  facts=["thalamic stroke|thalamic", "burns|burning", "six out of ten|6/10|6 out of 10", "14 kilos|14 kg",
         "Box and Blocks left 31|31 blocks", "mod I|modified independent", "reacher", "shower chair",
         "rocker knife", "1-pound weight|1 lb", freq(2, 8, "twice a week for eight more weeks")],
  negated=["falls", "new weakness"], absent=["twenty-one minutes"],
  text="""
T: Mrs. Szabo, re-evaluation today, thirty days. Right thalamic stroke in August, the left side affected.
P: The left side burns. Like a sunburn under the skin.
T: Still, every day?
P: Every day. Worse with the cold. Six out of ten today, it was eight when I came.
T: Six today. And the left hand, can you feel what you're holding?
P: Better. I dropped less this month. Only one glass.
T: Any new weakness, new numbness, trouble speaking?
P: No new... no. Nothing new.
T: Any falls?
P: In the hospital, once. Here, no. No falls since I started.
T: Good. The inpatient OT had her left grip at 6 kilos. Our evaluation had 9. Today left grip 14 kilos, right 22. Box and Blocks left 31, right 52.
P: Thirty-one blocks?
T: Thirty-one. You had 22 last month.
T: ADLs: upper body dressing independent now, lower body mod I with the reacher, bathing stand by with the shower chair.
P: My husband still waits outside the bathroom.
T: That's fine for now. Today we practiced the bra and the coat zipper with the left hand, and cutting with the rocker knife.
T: Phone, excuse me. Yes, this is Mrs. Szabo's OT. Yes, the gabapentin, she says it makes her sleepy at night, I'll tell her to call Dr. Ruiz. Thanks.
P: Was that the pharmacy?
T: The pharmacy. Call Dr. Ruiz about the sleepiness. So the dressing and the cutting was twenty-one minutes, minus three on the phone, eighteen.
T: Then the strengthening: the hand gripper, the blue putty, the shoulder with the 1-pound weight, twelve minutes.
P: My shoulder doesn't hurt anymore, by the way. It hurt in August.
T: Good, that's gone, then. Plan: twice a week for eight more weeks. New goals: cut her food independently, lower body dressing independent, and drop nothing.
P: No more broken glasses.
T: No more broken glasses.
""")

S("m_ot10_bennett_fracture_ota_edema_splint", "test", "OT", "daily", "OTA", "cms",
  timed={"97140": 6, "97110": 17, "97763": 8}, untimed=[], key="97110x1:GO,CO 97763x1:GO,CO",
  facts=["Bennett fracture|Bennett", "0 to 40|40 degrees", "0 to 60|60 degrees", "Kapandji 8|Kapandji",
         "7.2 centimeters|7.2 cm", "edema massage", "opposition", "web space", "yellow putty",
         "3/10|3 out of 10", "a little numb"],
  negated=["numbness at the thumb tip"], absent=["the game"],
  text="""
T: Hi Mr. Osei, it's Jamal, the OTA. Right thumb, the Bennett fracture with the screws, week seven. How's the thumb?
P: Better. The splint's rubbing again, though.
T: Where?
P: The web space. Here.
T: I'll fix that. Pain?
P: Three today. Last time I told Linda five, I think.
T: Five last time, three today. Any numbness at the thumb tip?
P: At the tip... no, the tip's fine.
T: And on the back of the thumb, by the scar?
P: There, a little numb. The surgeon said it's a small nerve.
T: Okay. Let's measure. Thumb MP flexion 0 to 40, IP 0 to 60. Opposition to the base of the small finger, Kapandji 8.
P: What was it last week?
T: Linda had 6. So 8 is better. Swelling, let me measure around. 7.2 centimeters at the MP, the left is 6.5.
T: First the edema massage, from the tip toward the wrist.
P: That's nice.
T: Then the exercises: thumb opposition to each finger, IP blocking, the web space stretch, pinching the yellow putty.
P: The putty I did every day at home. Twenty minutes on Sunday, while the game was on.
T: Good. Then the splint: I heated the web space edge, flared it, and rechecked the fit.
P: Much better.
T: Okay. Dictation, OTA daily note. Edema massage six minutes. Ther ex seventeen minutes. Orthosis check and adjustment eight minutes. Pain 3 out of 10.
P: When does the splint come off?
T: The surgeon said week eight for daytime, at the next appointment. Keep it on at night.
P: My daughter's wedding is in three weeks. I want to shake hands.
T: Shaking hands gently is probably fine by then. Ask Linda on Tuesday.
""")

S("m_ot11_median_nerve_ota_sensory_dictation", "test", "OT", "daily", "OTA", "per-code",
  timed={"97110": 15, "97112": 10, "97535": 7}, untimed=[], key="97110x1:GO,CO 97112x1:GO,CO",
  facts=["median nerve", "Tinel", "mid-palm", "4.31", "10 millimeters|10 mm", "monofilament",
         "tendon glides", "green putty", "textures", "coins in the rice", "oven mitt", "buttoning"],
  negated=["burns"], absent=["fourteen minutes"],
  text="""
T: Hi Mr. Lund, I'm Priscilla, the OTA today. Left wrist, the median nerve repair after the glass cut, week twelve.
P: Twelve weeks. Feels like a year.
T: How's the feeling in the fingers?
P: Coming back, slowly. The thumb side was dead. Now it's like...
T: Pins and needles?
P: Like when your foot's asleep. Yeah.
T: Pain?
P: Two. Sometimes a zap, like a shock, when I bump the scar.
T: That's the Tinel's. Let me tap. Where do you feel it?
P: Ow, there, in the middle finger.
T: Tinel's at the mid-palm now, it was at the wrist crease last month. The nerve is growing.
P: That's good?
T: That's good. Monofilament testing: thumb pad 4.31, index 4.56. Two-point discrimination at the index, 10 millimeters.
P: Last time Dr. Berg said 15 millimeters, I think.
T: Fifteen then, and 10 now. Better. Any burns or cuts on that hand? You can't feel heat well yet.
P: No burns. I use the oven mitt like you said, every time.
T: Good. Then the tendon glides, thumb opposition, and the green putty.
T: Then the sensory re-education: the textures with your eyes closed, finding the coins in the rice, the shapes in the bag.
P: The dime and the button feel the same.
T: They'll start to feel different. Then we practiced buttoning your work shirt and tying the boots, because you asked.
P: The top button is the enemy.
T: Dictation, OTA. Ther ex fourteen minutes, no, fifteen minutes. Sensory re-ed ten minutes. Dressing practice seven minutes.
P: Can I go back to the warehouse?
T: Light duty, the surgeon writes that. No sharp tools with that hand until the feeling is better.
P: The forklift is fine?
T: Ask Dr. Berg on Monday. I think so, with both hands on the controls.
""")

S("m_ot12_pontine_stroke_ue_group_diary", "test", "OT", "daily", "OT", "per-code",
  timed={}, untimed=["97150"], key="97150x1:GO",
  facts=["pontine stroke|pontine", "48 seconds", "green", "2 by 10|2x10|2 x 10", "dealt the whole deck|dealing",
         "dropped 3 cards|3 cards", "stiff in the morning|morning stiffness", "stacking cones",
         "readable|letters are still big", "home program"],
  negated=["dizziness"], absent=["Gallo", "Pham", "Tuck", "12 cones"],
  text="""
T: Okay everyone, upper extremity group, let's start. Mr. Gallo, Mrs. Pham, Mr. Reyes, Ms. Tuck. Mr. Reyes, you're my note today, remember, I write about each of you in turn.
P: Lucky me.
T: Mr. Reyes, pontine stroke in April, right side. How's the right hand this week?
P: Stiff in the morning. By lunch it loosens up. I did the hand diary. Monday forty pegs, Tuesday forty-five, Wednesday fifty.
T: Fifty pegs, at home, that's the home program. Pain?
P: No pain. The shoulder used to hurt. Not since the sling went.
T: Mrs. Pham, can you pass the cones? Thanks. Okay everyone, stacking cones with the affected hand, ten up, ten down.
P: Ten... eleven. Done.
T: Mr. Reyes, 10 cones in 48 seconds, with a little trunk lean. Last month it was 70 seconds.
T: Mr. Gallo, slow down, quality first. Now the therabands, red for most of you, Mr. Reyes green.
P: Green? Moving up.
T: Rows, 2 by 10. Then the card game, dealing with the right hand. Ms. Tuck, you deal first.
P: I can't flip the cards fast.
T: Flip with the thumb, like this. Good. Mr. Reyes dealt the whole deck with the right hand, dropped 3 cards.
P: Three is better than ten.
T: Any dizziness today, anybody? Mr. Reyes?
P: No. Not today. Last week a little, when I stood up fast.
T: Okay. Then the writing: your name and address, three times.
P: The letters are still big. But you can read them.
T: They're readable, yes. Mr. Gallo, your turn at the table. Mrs. Pham, you did great, 12 cones.
T: That was our group, about forty-five minutes, the last part was clean-up and the home program sheets.
P: Same time Thursday?
T: Same time Thursday, and bring the diary.
""")

S("m_ot13_scapholunate_progress_asked_twice", "test", "OT", "progress", "OT", "cms",
  timed={"97112": 15, "97110": 13, "97140": 8}, untimed=[], key="97112x1:GO 97110x1:GO",
  facts=["scapholunate", "0 to 50|50 degrees", "0 to 45|45 degrees", "19 kilos|19 kg", "PRWE 31",
         "dart thrower", "gyroscope|gyro ball", "2-pound weight|2 lb", "painless click|a click",
         "wrist wrap", freq(2, 6, "twice a week for six more weeks")],
  negated=["numbness"], absent=["Sixteen"],
  text="""
T: Ms. Brennan, progress report today. Right wrist, the scapholunate ligament repair, now fourteen weeks.
P: Sixteen. No, fourteen, you're right. The cast came off at eight.
T: Fourteen. Pain?
P: At rest zero. Pushing up from a chair, four.
T: Clunking, clicking in the wrist?
P: Nope.
T: Even with the push-ups on the wall?
P: Okay, a click sometimes. No pain with it, though.
T: A painless click with weight bearing, then. Numbness?
P: No numbness.
T: At the evaluation, extension was 30 and flexion 25. Today extension 0 to 50, flexion 0 to 45, radial deviation 15. Grip right 19 kilos, left 28. PRWE 31, it was 64.
P: Thirty-one is good?
T: Better than half. Okay. First manual: the joint mobs for the flexion, the gentle ones.
P: Gentle, please.
T: Then the proprioception: the dart thrower's motion, the gyroscope ball, weight shifts on the ball on the table with your eyes closed. That's fifteen minutes, so one unit.
P: The gyro ball is fun.
T: Then strengthening: wrist curls with the 2-pound weight, radial deviation with the band, the putty. Thirteen minutes.
P: I did the putty at home every night, the blue one, the whole show.
T: Good. The mobs were eight minutes. Progress report dictation: neuromuscular re-ed fifteen, ther ex thirteen, manual eight.
T: Goals: lift the groceries with pain under two, not met. Type eight hours, met. Push up from a chair without pain, not met.
P: The chair is the hard one.
T: Plan: twice a week for six more weeks. And a wrist wrap for the gym.
P: Can I do yoga?
T: No downward dog yet. Modified, on the fists, with the wrist straight.
P: On the fists. Okay. My teacher will think I'm weird.
T: Tell her the hand therapist said so. She's heard it before.
""")

S("m_ot14_frostbite_discharge_skin_diary", "test", "OT", "discharge", "OT", "per-code",
  timed={"97140": 6, "97110": 20, "97535": 9}, untimed=[], key="97110x1:GO 97535x1:GO",
  facts=["frostbite", "cold sensitive|go white", "38 kilos|38 kg", "7 kilos|7 kg", "QuickDASH 9",
         "scar massage", "putty", "liner gloves", "hand warmers", "numb at the tips", "home program"],
  negated=["blisters", "open areas"], absent=[],
  text="""
T: Mr. Tanaka, discharge day. Frostbite of the fingertips, both hands, from the January storm, when the car got stuck.
P: Eleven hours in the car. I won't do that again.
T: How are the fingers?
P: The skin is healed. The tips still get cold first, and they go white.
T: Still cold sensitive. Pain?
P: Zero inside. Outside in the cold, four, five.
T: Blisters, open areas?
P: None since March. I kept the skin diary. Here: March second, last blister. April, nothing. May, nothing.
T: Good. Any numbness?
P: Numb at the tips of the two middle fingers, left hand. The rest is normal.
T: Okay. Grip right 38 kilos, left 35. At the start it was 20 and 18. Pinch 7 kilos each side. Full fist, full finger extension.
P: I can do the buttons again.
T: QuickDASH 9, it was 52.
T: Last session. Scar massage on the left fingertips with the lotion.
T: Then the exercises: the putty, the finger spreads with the band, the pinch pins.
T: Then we practiced the winter routine: the liner gloves under the mittens, the hand warmers in the pocket, not on the skin, and checking the tips after shoveling.
P: The hand warmers were my idea.
T: Good idea, in the pocket. Dictation: discharge. Scar massage six minutes, under a unit. Ther ex twenty minutes. Self-care training, the winter routine, nine minutes.
T: Goals met: grip within 10 percent of the other side, buttons and zippers independent, winter skin routine independent. Discharged to the home program.
P: My brother wants me to go ice fishing with him in December.
T: With the liners and the mittens, and thirty minutes out at most before you warm up.
P: Thirty minutes. I'll tell him. He won't like it.
T: Then he can fish and you can sit in the truck with the heater. Call us if a blister comes back, or a tip turns dark.
P: Dark, I call. Okay. Thank you.
""")
# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("m_slp01_radiation_dysphagia_swallow_eval_hard_of_hearing", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["nasopharyngeal", "radiation", "22 pounds|twenty-two pounds", "dry mouth|xerostomia",
         "32 millimeters|32 mm", "trismus", "IDDSI level 6|level 6|soft and bite-sized", "level 5|minced moist",
         "chin tuck", "modified barium swallow|MBS", "hard of hearing", freq(2, 8, "twice a week for eight weeks")],
  negated=["pneumonia"], absent=["twenty pounds"],
  text="""
T: Mr. Whitlock, I'm Nadia, speech-language pathology. A swallowing evaluation today. And your wife's here?
C: I'm June. He's hard of hearing from the chemo, the cisplatin, so speak up.
T: Thanks. MR. WHITLOCK, can you hear me okay?
P: Better on this side. Go ahead.
T: Nasopharyngeal cancer, radiation and chemo finished in March. What's hard to swallow?
P: Bread. Meat. Dry things stick, right here.
T: Do you cough when you drink?
P: What?
T: COUGH. When you DRINK.
P: No. No coughing with drinks.
C: He does with soup, sometimes. The hot soup.
P: That's the pepper.
T: Okay. Weight?
C: He's lost twenty pounds since January. Twenty-two, actually, I wrote it down. Two hundred and four down to one eighty-two.
T: Twenty-two pounds. Dry mouth?
P: Terrible. Water bottle everywhere.
T: Any pneumonia since the treatment?
P: Pneumonia? No.
T: Not once? No chest x-rays, no antibiotics?
P: No. Never had it. No pneumonia.
T: The hospital swallow study in April put him on level 4, pureed, and thin liquids. He's eating more than that now, I think?
C: Soft stuff. Pasta, fish, eggs. Read her your food diary, go on.
P: Monday eggs, pasta. Tuesday the fish pie. Wednesday I tried a steak, spat it out.
T: Okay. Oral exam: dry mucosa, reduced tongue base retraction, jaw opening 32 millimeters, mild trismus.
T: Thin water by cup, 3 ounces, no cough, voice clear. Cracker: slow chewing, residue in the cheek, two extra swallows. Applesauce fine.
P: The cracker is the worst.
T: I recommend IDDSI level 6, soft and bite-sized, thin liquids, alternate bites and sips, chin tuck with dry foods. And a new modified barium swallow, it's been six months.
C: Can he have the steak?
T: Not yet. Level 5, minced moist, for meats for now.
P: Level five for meat, level six the rest.
T: Exactly. Therapy twice a week for eight weeks: tongue base exercises, jaw stretching for the trismus.
C: He has the jaw thing from the hospital, the TheraBite.
T: Bring it next time.
""")

S("m_slp02_puberphonia_voice_eval_mother_corrects", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["puberphonia", "212 hertz|212 Hz", "118 hertz|118 Hz", "19 seconds", "s/z ratio 1.0|s/z 1.0",
         "CAPE-V", "45 out of 100|45/100", "cough", "heartburn", "larynx",
         freq(1, 6, "once a week for six weeks")],
  negated=["hoarseness", "asthma"], absent=["seventeen"],
  text="""
T: Hi Ethan, I'm Maya, the speech-language pathologist. And Mom?
C: Yes, Karen.
T: So the ENT saw normal vocal folds and sent you because the voice stays high. Tell me.
P: People think I'm my mom on the phone. It's... yeah.
T: How long?
P: Since forever. Since I was like fourteen. I'm seventeen.
C: Sixteen. You're sixteen, Ethan. Seventeen in March.
P: Sixteen. Right.
T: Any pain when you talk, hoarseness?
P: No. No hoarseness.
T: Is the voice tired at the end of the day?
P: Not tired. Just high.
T: Any reflux, heartburn?
P: No.
T: Never? After pizza?
P: Okay, after pizza sometimes. Like twice a month.
T: Occasional heartburn, then. Breathing problems, asthma?
P: No asthma.
T: Acoustics. Read the rainbow passage for me. Average pitch 212 hertz. Sustained "ah", maximum phonation time 19 seconds. The s/z ratio 1.0.
P: Is 212 bad?
T: For a sixteen-year-old guy it's high, typical is about 100 to 140. But your cough, listen, the cough is low. That's your real voice.
P: My cough?
T: Cough, then hold the "ah" from the cough. There. 118 hertz.
C: Oh my God. That's his dad.
P: That's weird. That's so weird.
T: The larynx sits high at rest; with light pressure on the thyroid cartilage it dropped, and you got the low voice. So the larynx knows how. It's puberphonia, the ENT was right.
T: CAPE-V overall severity 45 out of 100 at baseline, 12 with the cough trial.
P: Can I keep it?
T: That's the plan. Voice therapy once a week for six weeks: cough to voice, then words, then phone calls. Home practice five minutes, three times a day.
C: He has a job interview at the grocery store on the twentieth.
T: Let's try to have the phone voice by then.
""")

S("m_slp03_alexia_reading_log_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["alexia", "letter-by-letter", "14 out of 20|14/20", "70 percent|70%", "min verbal cues|minimal verbal cues",
         "multiple oral re-reading|re-reading", "2 minutes 40 seconds|2:40", "1 minute 55 seconds|1:55",
         "9 to 4", "medication label", "self-correction", "field cut"],
  negated=["headaches"], absent=["Four ninety-five"],
  text="""
T: Mrs. Adeyemi-Clarke, good morning. Reading therapy today, for the pure alexia after the stroke. How was the week?
P: I tried the newspaper. The headlines only. Slow.
T: Did you keep the reading log?
P: Here. My son wrote it. Monday, ten minutes, the headlines. Tuesday, fifteen minutes, a recipe. Wednesday I was tired, nothing.
T: Good, that's the log. Any new vision changes, on the right side?
P: The right side is still... I miss things there. Same as before.
T: The right field cut, no change. Headaches?
P: No. No headaches.
T: Okay, letter-by-letter today. Words on the cards, trace the letters with your finger while you read. First set, twenty words.
P: C... A... T. Cat. H... O... U... S... E. House.
T: Good. That first set was 14 out of 20, 70 percent, with min verbal cues.
P: Fourteen? I thought I got more.
T: Fourteen. Last session it was 11 of 20.
T: Now the multiple oral re-reading: the same paragraph three times, about a dog in the park. I'll time you.
P: The dog... ran... to the... gate.
T: First read 2 minutes 40 seconds, third read 1 minute 55 seconds. Errors went from 9 to 4.
P: Better the third time.
T: Much better. Then the functional part: reading a medication label.
P: Take... one... tablet... by mouth... twice... daily.
T: Perfect, with one self-correction. Then the menu from the diner, find the soup.
P: Split pea. Four ninety-five.
T: Right. You found it in under a minute.
P: My husband's birthday is Saturday. I want to read the card myself.
T: We'll practice a card next time. Home program: the paragraph, three reads every day, and the tracing with the finger.
P: Every day. And my son keeps the log.
T: Yes. We continue twice a week.
""")

S("m_slp04_dermatomyositis_dysphagia_corrected_weight", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["dermatomyositis", "Shaker", "20 seconds", "effortful swallow", "Masako",
         "IDDSI level 6|level 6|soft and bite-sized", "chin tuck", "10 out of 10|10/10", "liquid wash",
         "106|one-oh-six"],
  negated=["fever", "congestion"], absent=["Ortiz", "Thursday at one", "One-oh-eight"],
  text="""
T: Ms. Rahimi, swallowing therapy, visit six. The dermatomyositis. How's the swallowing this week?
P: Better. I can eat rice again. Last week I choked once, on chicken.
T: Choked, meaning coughing, or stuck?
P: Stuck. I had to cough it up. Once only.
T: Once. Any fever, chest congestion after that?
P: No fever.
T: No congestion, no cough at night?
P: No. Nothing, no congestion.
T: Good. The rash on the eyelids, the hands?
P: Better with the new medicine. Almost gone.
T: Weight?
P: One-oh-eight. No, one-oh-six, the scale this morning. One-oh-six.
T: One-oh-six, stable from last week. Let's start. Shaker exercise, the head lifts, goal 3 by 30 seconds.
P: My neck is weak, that's the disease.
T: You did 3 holds of 20 seconds, last week it was 15. Then the effortful swallow, 10 reps, and the Masako, tongue between the teeth, 10 reps.
P: The Masako is hard.
T: Then the trials. IDDSI level 6, soft and bite-sized, the chicken with gravy: two swallows per bite, no cough, no wet voice. Thin water by cup with the chin tuck, 10 out of 10 sips clear.
P: Without the chin tuck I cough.
T: Yes, so keep the chin tuck with thin liquids. Rice at level 6, fine. Hard bread, residue, you needed a liquid wash.
P: I'll skip the baguette.
T: For now. Phone, sorry. Speech, this is Tara. Yes, Mr. Ortiz's video swallow moved to Thursday at one. Okay. Sorry about that.
P: No problem.
T: Home: the Shaker three times a day, the effortful swallow with every meal, the Masako 10 reps twice a day.
P: My daughter puts a timer on my phone.
T: Perfect. We continue twice a week.
""")

S("m_slp05_venous_sinus_thrombosis_cognition_restroom", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 17}, untimed=[], key="97129x1:GN 97130x1:GN", cog=32,
  facts=["venous sinus thrombosis", "planner", "9 of 12|9/12", "18 of 20|18/20|90 percent|90%",
         "min verbal cues|minimal verbal cues", "6 of 12|6/12", "category cue", "bills", "divided attention",
         "story recall|delayed recall"],
  negated=["blurry"], absent=["thirty-six minutes"],
  text="""
T: Hi Ms. Lindgren, cognitive therapy today. The cerebral venous sinus thrombosis in July. How's the memory this week?
P: Better. I used the planner. My husband says I only asked him twice about dinner.
T: Twice, good. Headaches?
P: A small one Monday. Gone by lunch. Not today.
T: Any vision changes, blurry?
P: No. It was blurry in the hospital. Not since.
T: Okay. First the planner review, the entries this week. Monday, the dentist at ten. Did you go?
P: Dentist... Monday, yes. Ten. No, ten thirty. It says ten thirty.
T: Ten thirty, you checked it, good. Then the story recall: I read a short paragraph, you tell it back now, and again in twenty minutes.
P: Okay.
T: Immediate recall 9 of 12 details.
P: Can I run to the bathroom first?
T: Go ahead. Okay, you're back. Now the divided attention: sorting the cards by color while you listen for the word "blue".
P: Blue. Blue. Missed one.
T: 18 of 20 correct, min verbal cues. Last week it was 14 of 20.
T: Now the delayed recall of the story.
P: The woman... the bakery... the fire alarm... the cat. That's all.
T: 6 of 12 delayed, up to 8 with a category cue.
P: Half. Better than last time.
T: Then the money task, paying the bills: three bills, you found the due dates and wrote the checks.
P: The electric one is due the fifteenth.
T: Correct, all three right. Dictation: cognitive treatment ran thirty-six minutes on the clock, minus four minutes in the restroom, thirty-two minutes.
P: Do I get homework?
T: The planner every night, and the recall app ten minutes a day. Continue twice a week, four more weeks.
P: Okay. Can I drive yet?
T: Not yet. That's the neurologist's call, after the driving evaluation.
""")

S("m_slp06_chronic_cough_progress_diary", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["chronic cough", "Leicester", "15.2", "4 of 5|4/5", "sniff", "pursed lip", "cold air",
         "humidifier", "64 ounces|64 oz", freq(1, 4, "once a week for four more weeks")],
  negated=["blood", "fever", "weight loss", "coughing at night", "heartburn"], absent=["perfume lady"],
  text="""
T: Mr. Dube, progress report, visit eight. The refractory chronic cough. Did you bring the cough diary?
P: Yes. Let me read. Monday I counted twelve fits. Tuesday ten. Wednesday six. Thursday six. Friday four. Saturday, at my sister's with the dog, nine.
T: The dog is a trigger?
P: The dog, the perfume at church, the cold air.
T: And yesterday?
P: Three fits. Short ones.
T: At the start you counted about forty a day.
P: Forty, yes. It was terrible. I was coughing in my sleep.
T: And now, at night?
P: Nights are quiet. No coughing at night for two weeks.
T: Any blood, fever, weight loss?
P: No. The lung doctor checked everything, the CT was clean.
T: Heartburn?
P: No heartburn. They gave me the omeprazole before, it didn't help the cough.
T: Okay. Leicester Cough Questionnaire today 15.2, at the start 9.8. Higher is better.
P: Fifteen point two. Good.
T: Good. Now the suppression strategies. When you feel the tickle, what do you do?
P: Swallow hard. Sip the water. Breathe in through the nose, out through pursed lips. The sniff.
T: Right. Let's practice with a trigger, the cold air from the fan.
P: The tickle... swallow... breathe... okay. It passed.
T: You suppressed 4 of 5 urges with the fan, last time 2 of 5. Then the voice hygiene: 64 ounces of water a day, and the humidifier.
P: I drink the water. The humidifier is loud.
T: Loud is fine. Goals: fits under 5 a day, met most days. Sleep without coughing, met. A church service without leaving, not yet.
P: The perfume lady sits behind me.
T: Then sit in the front. Plan: once a week for four more weeks.
P: Once a week. Good.
""")

S("m_slp07_vocal_fold_polyp_discharge_voice_log", "dev", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["vocal fold polyp|polyp", "22 seconds", "CAPE-V", "VHI-10|VHI", "resonant voice", "many men making money",
         "straw phonation", "amplifier", "healed", "home program"],
  negated=["lump feeling", "throat clearing", "recurrence"], absent=["assembly"],
  text="""
T: Ms. Oduya, discharge session. Left vocal fold polyp, removed in June, then voice therapy. How's the voice?
P: Strong. I taught all week. Full days.
T: Hoarse at the end of the day?
P: A little on Friday. By Saturday morning it's gone.
T: Throat pain, the lump feeling?
P: The lump feeling is gone. Since August.
T: Any coughing, throat clearing?
P: Clearing, hmm... no. No throat clearing, I stopped. I swallow instead, like you said.
T: Good. Your voice log for the last week?
P: Monday 8 of 10 voice quality. Tuesday 8. Wednesday 9. Thursday 7, we had the assembly. Friday 7.
T: Okay. Acoustics today. Sustained "ah", maximum phonation time 22 seconds, it was 11 at the start. Jitter normal. CAPE-V overall 8, it was 52.
P: Eight! From fifty-two.
T: VHI-10 today 4, it was 27.
P: What was the VHI again?
T: The questionnaire. The lower the better.
T: Let's do a last round of the resonant voice: "mmm-hmm", then "many men making money", then the classroom voice, to the back of the room.
P: Mmm-hmm. Many men making money. GOOD MORNING, CLASS.
T: Forward, no squeezing. Perfect. The ENT's scope last week: the fold is healed, no recurrence.
P: Dr. Kim was happy.
T: Home program: ten minutes of the resonant voice every morning, the straw phonation, the voice amplifier in the gym classes, two liters of water.
P: The amplifier is my best friend.
T: That was about forty minutes today; speech treatment is one charge for the visit. Goals met: a full day of teaching without hoarseness, VHI under 10. Discharged.
P: What if it comes back?
T: Call the ENT first, and we'll see you again with a new referral.
P: Thank you. Really. My students say I sound like myself again.
T: You do. Keep the water bottle on the desk and the amplifier on in the gym.
""")
# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("m_slp08_rhotic_speech_sound_eval_father", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92522"], key="92522x1:GN",
  facts=["rhotic|r distortion", "GFTA-3|Goldman-Fristoe", "standard score 78", "vocalic r|vocalic",
         "stimulable|stimulability", "4 out of 10|4/10", "tactile cue", "95 percent|95%", "CELF", "tease",
         freq(2, 12, "twice a week for twelve weeks")],
  negated=["tongue tie", "ear infections", "stuttering"], absent=["eight and three quarters"],
  text="""
T: Hi Leo, I'm Ms. Park. And Dad?
C: Hi, Marcus. His teacher sent a note, can I read it? "Leo is a bright reader, but classmates tease him about his r's. He avoids reading aloud."
T: Thanks, that helps. Leo, how old are you?
P: Nine. No, eight and three quarters.
C: Eight. Nine in February.
T: Eight. Okay, Leo, say "rabbit".
P: Wabbit.
T: "Red car."
P: Wed caw.
T: Okay. Any ear infections, trouble hearing?
C: Not that I know of.
T: Did he pass the school hearing screen?
C: Yes, passed, in September. And no ear infections since he was a baby.
T: Good. Anything else in the speech, like the s sound, or stuttering?
C: No, just the r. No stuttering.
T: Okay. The Goldman-Fristoe, the GFTA-3: standard score 78. Errors on the r in all positions, and the vocalic r, "bird", "car", "ear".
T: Oral mechanism normal. Tongue tip elevation good, no tongue tie.
T: Stimulability. Leo, growl like a tiger, "grrr".
P: Grrrr.
T: There. That's a good r in isolation, with the tongue pulled back and a tactile cue on the jaw. 4 out of 10 in syllables with the cue.
P: I did it?
T: You did it. Language screen normal for age, the CELF screener passed. Intelligibility to an unfamiliar listener about 95 percent, only the r.
C: So it's just the r?
T: It's a residual r distortion, a rhotic error, and he's stimulable. Plan: therapy twice a week for twelve weeks. Goal: r in words, then 80 percent in sentences.
P: Can we do the tiger again?
T: Every time. Practice "grrr" five times after dinner.
C: His sister says "r" fine, she's five.
T: A good model at home, then.
""")

S("m_slp09_sulcus_vocalis_voice_eval_singer", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["sulcus vocalis|sulcus", "8 seconds", "s/z ratio 1.6|s/z 1.6", "165 to 520|520 hertz", "CPPS 3.1",
         "24 out of 40", "CAPE-V", "71 of 120|SVHI", "11 seconds", "stimulable", "breathy|breathiness",
         freq(1, 10, "once a week for ten weeks")],
  negated=["reflux", "smoking"], absent=["Eight on choir days"],
  text="""
T: Ms. Castellano, I'm Devi, the SLP. The laryngologist's note says bilateral sulcus vocalis on stroboscopy. Tell me about your voice.
P: Breathy. Tired after twenty minutes of singing. I sing in a choir, and I'm a receptionist.
T: How long?
P: My whole life it's been a bit husky. Worse the last two years.
T: Pain in the throat?
P: No pain. A tightness sometimes.
T: Reflux?
P: No.
T: Coughing at night, a sour taste in the morning?
P: No, nothing like that. No reflux.
T: Smoking?
P: Never. No smoking, ever.
T: Water?
P: Six glasses. Eight on choir days. No, six, let's be honest.
T: Six. Okay, the measures. Maximum phonation time 8 seconds. The s/z ratio 1.6. Pitch range 165 to 520 hertz. CPPS 3.1 decibels.
P: Is that bad?
T: The 8 seconds is short, and the s/z shows air escaping. That fits the sulcus. The stroboscopy report said incomplete closure, a spindle gap.
T: VHI-10 today 24 out of 40. CAPE-V: mild-to-moderate breathiness, overall 38.
P: 24? The form had thirty questions.
T: That was the singing one, the SVHI, your score there was 71 of 120.
T: Let's try something. Hum, "mmm", then into "one, two, three", with the buzz in the lips.
P: Mmm... one, two, three.
T: Better closure, less air, with the resonant voice. Maximum phonation time with that, 11 seconds.
P: Oh, that's easier.
T: Your voice is stimulable. Plan: voice therapy once a week for ten weeks: resonant voice, straw work, breath support, and we talk to your choir director about the range.
P: Can I still sing the solo at Christmas?
T: That's the goal. The alto part, shorter phrases.
P: I'll tell the director. She'll be relieved, honestly.
T: Bring her the handout on voice rest before concerts, and the water.
""")

S("m_slp10_fasd_social_language_group", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["97150"], key="97150x1:GN",
  facts=["fetal alcohol spectrum disorder|fetal alcohol|FASD", "one prompt|1 prompt", "4 turns|four turns",
         "2 prompts|two prompts", "7 of 10|7/10|70 percent|70%", "min cues|minimal cues", "topic maintenance",
         "role-play", "eyebrows", "ask one question back|ask 1 question back"],
  negated=["detention"], absent=["Jayden", "9 of 10", "Mateo", "Aria"],
  text="""
T: Okay, social language group, welcome back. Jayden, Aria, Mateo, and Sky. Sky, you're my note today.
P: Cool.
T: Sky, fetal alcohol spectrum disorder, the social language goals. First the check-in. Sky, tell the group one thing from your weekend: beginning, middle, end.
P: I went to the mall. Then... I don't know. Then I came home.
T: Can you add one thing in the middle?
P: In the middle I bought shoes. Red ones.
T: Good, with one prompt. Aria, you're next. Okay. Now the conversation game: keep the topic going for five turns.
P: Mateo, do you like shoes?
T: Sky, nice topic starter. Mateo, answer and ask back. Sky, what do you say next?
P: I like red. Um... do you like basketball?
T: That's a topic shift. Can you stay on shoes one more turn?
P: What shoes do you have?
T: Good repair. Sky kept the topic 4 turns, with 2 prompts. Last time it was 2 turns.
T: Now the emotion cards: what is she feeling, and how do you know?
P: She's mad. Her eyebrows are down.
T: Sky, 7 of 10 correct with the reasons, min cues. Jayden, 9 of 10, great job.
P: I said 8.
T: You said 8 before, but we corrected the surprised one, so 7. Okay, last one: the role-play, asking a teacher for help.
P: Excuse me, Mr. Lee, I don't get number three.
T: Eye contact, a polite opening, a clear request. Nice.
T: Any trouble at school this week, Sky? Fights, detention?
P: No. No detention. I was good.
T: Great. That was our group, about fifty minutes with the snack. Home practice: ask one question back at dinner each night.
P: My mom will ask what I learned.
T: Tell her: topic maintenance.
""")

S("m_slp11_opmd_dysphagia_asked_twice", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["oculopharyngeal muscular dystrophy|oculopharyngeal", "first sip", "71 kilos|seventy-one kilos|71 kg",
         "residue", "effortful swallow", "Shaker", "ptosis", "chin tuck", "5 of 5|5/5", "liquid wash",
         "level 6|soft solids", "3 swallows|three swallows"],
  negated=["choking", "pneumonia", "fever"], absent=[],
  text="""
T: Mr. Fournier, swallowing therapy. The oculopharyngeal muscular dystrophy. How were meals this week?
P: Slow. Thirty minutes for a sandwich.
T: Any choking?
P: No choking.
T: Coughing during meals?
P: Hmm. No.
T: No coughing at all, not even with coffee?
P: With the coffee, yes, a little. The first sip.
T: Okay, a cough on the first sip of coffee. Pneumonia since last month?
P: No. No pneumonia, no fever.
T: Weight?
P: Seventy-one kilos. My wife writes it on the fridge. Last month seventy-two.
T: Seventy-one. The MBS in May showed pharyngeal residue, more in the valleculae than the pyriform sinuses. Let's work. Effortful swallow, 10 reps.
P: Hard.
T: Then the tongue hold and the Shaker, 3 by 30 seconds.
P: My eyelids droop when I work hard. The ptosis.
T: I see it. Rest a second. Okay, now the trials: thin coffee by cup. Cough on the first sip. Now with the chin tuck. No cough. 5 of 5 clear with the chin tuck.
P: The chin tuck works.
T: Then bread with butter, regular, level 7. Residue, you needed 3 swallows per bite. With the alternating liquid wash, 2 swallows.
P: So water after each bite.
T: After each bite. Then the soft solids, level 6, the fish: 1 to 2 swallows, clear.
T: Home: the effortful swallow with every bite, chin tuck for coffee and thin drinks, small bites, and the soft foods when you're tired at night.
P: My wife makes fish on Fridays.
T: Perfect. I also wrote down the name of the cricopharyngeal procedure, the neurologist may talk to you about it.
P: The dilation. My brother had it. He has the same disease.
T: That's common in families. We continue twice a week, three more weeks.
""")

S("m_slp12_korsakoff_cognition_confabulation", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 23}, untimed=[], key="97129x1:GN 97130x2:GN", cog=38,
  facts=["Korsakoff", "confabulation", "memory book", "errorless learning", "6 of 10|6/10",
         "first letter cue", "26 of 28|26/28", "pill organizer", "seven months sober|7 months sober",
         "orientation", "phone alarm"],
  negated=["falls", "drinking"], absent=["forty-two minutes"],
  text="""
T: Mr. Doyle, good afternoon. Memory work today, for the Korsakoff syndrome. Your sister brought you?
C: Yes, I'm Maureen.
T: Mr. Doyle, what did you do this morning?
P: I was at the shipyard. Welding. Big job.
C: He hasn't worked at the shipyard for nine years. He was home with me, we did the crossword.
T: Thanks. That's the confabulation we talked about. Mr. Doyle, let's check the memory book. What's in it for this morning?
P: It says... crossword with Maureen. Huh.
T: Good, you checked the book. Any drinking this week?
P: No.
C: None. Seven months sober on Sunday.
T: That's great. Any falls, dizziness?
C: No falls. He's steady now.
T: Good. First the memory book drill: I give you a new practice appointment, you write it, we check it later. Dentist, Tuesday, 2 PM.
P: Dentist, Tuesday, two.
T: Now the errorless learning: the names of the staff here, the face cards, with the first letter cue.
P: Kathy. Ben. Sorry, Ken.
T: 6 of 10 with the first letter cue, last week 4 of 10.
C: He remembered the nurse's name yesterday.
T: Good. Now the orientation: what's today's date? Use the board.
P: The board says... the seventeenth. Tuesday.
T: Correct, using the board. Without the board he said March, and it's November.
T: Now, the practice appointment. Without the book?
P: Dentist... Thursday?
T: Check the book.
P: Tuesday, 2 PM.
T: Correct with the book. Then the pill organizer: filling a week with four medicines, 26 of 28 slots correct, two errors on Saturday, self-corrected with the checklist.
P: Saturday's the tricky one.
T: Dictation: cognitive treatment, forty-two minutes, minus four when he stepped out with Maureen to the restroom, thirty-eight minutes.
C: Homework?
T: The memory book every hour with the phone alarm, and the face cards daily. Continue twice a week, six more weeks.
""")

S("m_slp13_wernicke_aphasia_progress_wife_phone", "test", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Wernicke's aphasia|Wernicke", "15 of 20|15/20|75 percent|75%", "aphasia quotient 42|AQ 42",
         "8 of 10|8/10", "3 of 10|3/10", "self-monitoring", "4 self-corrections", "communication book",
         "jargon|nonsense words", freq(2, 8, "twice a week for eight more weeks")],
  negated=["headaches"], absent=["flight"],
  text="""
T: Mr. Haskins, progress report today, visit ten. Wernicke's aphasia after the left temporal stroke. Mrs. Haskins, how has he been?
C: He understands more. He follows me to the car when I say car. He still says a lot of nonsense words, but he stops now when I look at him funny.
P: The fander is good, the fander.
T: That's the self-monitoring starting. Mr. Haskins, show me the cup. Good. Yes/no questions first. Is your name Bob?
P: Yes.
T: Is this a hospital?
P: No. Yes. No... yes, the, the hospital.
T: Yes/no accuracy 15 of 20, at the evaluation 9 of 20.
C: Fifteen!
T: The WAB aphasia quotient 42 today, it was 31. The comprehension subscore went up the most.
T: Now one-step commands: touch your nose, point to the door.
P: Nose. Door.
T: 8 of 10 one-step, 3 of 10 two-step.
T: Now the self-monitoring with the recording. Listen to yourself. Did that sound right?
P: No. The fander. Fan... the fan!
T: That's a self-correction. 4 self-corrections in ten minutes of conversation; at the start, none.
C: Sorry, my phone, it's our son. He's flying in Friday, the flight's at six.
T: Go ahead.
T: Headaches, Mr. Haskins? Your head, does it hurt?
P: No. No hurt.
C: No headaches, he's been fine.
T: Good. His hearing was tested in October, normal.
T: Goals: yes/no 80 percent, almost met, 75 now. One-step commands 80 percent, met. Self-monitoring the jargon with a visual cue, partly met.
C: What's next?
T: Continue twice a week for eight more weeks: comprehension, self-monitoring, and a communication book for the family.
P: Good. Good the book.
C: Our son can help make it when he's here.
T: Perfect. Photos of the family, the house, his favorite foods. Bring it next visit and we'll practice with it.
""")

S("m_slp14_ankyloglossia_discharge_sticker_chart", "test", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["ankyloglossia|tongue tie", "19 of 20|19/20|95 percent|95%", "18 of 20|18/20|90 percent|90%",
         "92 percent|92%", "tongue tip elevation", "healed", "sticker chart", "Lily likes lemon lollipops",
         "discharged"],
  negated=["gagging", "restriction", "hurt"], absent=["Forty stickers"],
  text="""
T: Hi Mila, last day today! And Mom, hi.
C: Hi. She's been practicing every night, look at the sticker chart.
P: Forty stickers!
C: Thirty-four. We counted yesterday.
P: Thirty-four.
T: Thirty-four stickers, amazing. So the tongue tie release, for the ankyloglossia, was in May, and we worked on the l, the th and the tongue tip sounds.
C: The site is totally healed, the ENT said.
T: Does your tongue hurt, Mila?
P: No.
T: Not when you lick the ice cream?
P: No! It doesn't hurt.
T: Good. Let's do the words. "Lion." "Leaf." "Yellow."
P: Lion. Leaf. Yellow.
T: Now a sentence: "Lily likes lemon lollipops."
P: Lily likes lemon lollipops.
T: 19 of 20 words with l correct, 95 percent. At the start it was 6 of 20. Th in words, 18 of 20, 90 percent.
C: Her teacher says she understands her completely now.
T: Conversation sample, 100 utterances: l correct 92 percent.
T: Tongue tip elevation: touch the spot behind your teeth and hold five seconds. Full range now, no restriction.
P: Look, I can almost touch my nose.
T: Almost! Eating?
C: She eats everything. No more gagging on meat, that stopped in the summer.
T: Good. Goals met: l in conversation at 90 percent, th in words at 90 percent. She's discharged from speech therapy.
P: Do I get a prize?
T: You get the certificate, and the last sticker.
C: Thank you so much. What if she slips?
T: Keep reading aloud ten minutes at bedtime. If it slips over the next months, call us.
P: Bye bye, tongue tie!
C: She's been saying that all week.
T: It's the perfect last sentence, all those l's and t's. Good luck in second grade, Mila.
P: Thank you, Miss Lauren!
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
    if not re.fullmatch(r"m_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("m_" + s["discipline"].lower()):
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
            if f.startswith("m_") and f.endswith(".json"):
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
