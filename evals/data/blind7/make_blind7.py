#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), seventh set (ids h_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind6's README.  The
self-check machinery is copied unchanged from evals/data/blind6/make_blind6.py (only the id prefix
is h_); the sessions are new.  Running it:

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

S("h_pt01_patellar_tendinopathy_eval_low", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 14}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["patellar tendinopathy|patellar tendon|jumper's knee", "volleyball",
         "2/10|2 out of 10|two out of ten", "7/10|7 out of 10|seven out of ten",
         "decline squat", "4+/5|4+ out of 5|4 plus", "VISA-P 58|58|fifty-eight",
         "inferior pole", "3 sets of 15|three sets of fifteen|3x15", freq(2, 6, "twice a week for 6 weeks")],
  negated=["swelling", "giving way", "locking"], absent=["555 0148", "reno"],
  text="""
T: hi um jordan right im alex one of the physical therapists so you're here for the right knee
P: yeah the right knee the left is fine its the right one just under the kneecap
T: ok and how long has it, uh, been going on
P: since like march i play club volleyball so a lot of jumping and landing
T: pain right now zero to ten
P: right now like a 2 out of 10 but after practice its a 6 maybe 7 out of 10 on a bad day
T: ok 2 now and 7 at worst any swelling after practice
P: nah not that i noticed
T: any giving way like the knee just buckles on you
P: i wouldnt say that no it just hurts when i land
T: and locking does it ever get stuck
P: it used to lock up a little last year not anymore
T: ok anyone in the family with knee problems
P: my dad had both knees scoped but hes fine now he runs
T: ok lets have a look single leg decline squat on the right pain 5 out of 10 at about 60 degrees left side no pain at all
T: tender right at the inferior pole of the patella and um quad strength 4 plus on the right 5 out of 5 on the left
P: i squat like 185 at the gym is that why
T: could be the heavy squats plus the jumping we'll come back to the lifting so this looks like patellar tendinopathy jumper's knee and your questionnaire your VISA-P 58
P: is that bad
T: its a middle score lots of room to improve so today we did the eccentric decline squats on the slant board 3 sets of 15 holding a 10 pound plate and then wall sits holding 45 seconds that was uh twelve no fourteen minutes fourteen minutes of exercise
P: that burns
T: good burn then ice pack on the way out for 10 minutes thats just for comfort
P: cool
T: this is a low complexity evaluation one body region nothing else going on with your health and a pretty clear plan
T: plan is twice a week for 6 weeks and at home the decline squats once a day
P: can i still play in the tournament in reno
T: play but skip the extra jump training for now and if it swells up call the clinic 555 0148 and ask for me
P: ok thanks alex
""")

S("h_pt02_transtibial_amputation_eval_high", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 16, "97542": 9}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97542x1:GP",
  facts=["transtibial|below-knee|below the knee", "phantom", "7/10|seven out of ten|7 out of 10",
         "diabetes|diabetic", "rolling walker", "contact guard|CGA", "TUG 31|31 seconds|thirty-one seconds",
         "wheelchair", "residual limb", "5-ply|five-ply|5 ply", freq(2, 12, "twice a week for twelve weeks")],
  negated=["skin breakdown", "falls", "chest pain"], absent=["40213", "Riverside Market"],
  text="""
T: Good morning, Mr. Ortega. I'm Dana, physical therapy. And we have an interpreter on the speaker today?
C: Yes, good morning, this is the Spanish interpreter, my ID number is 40213. I will interpret everything in first person.
T: Thank you. Mr. Ortega, you had the left leg amputated below the knee, a transtibial amputation, in July, and you just got your first prosthesis?
P: Sí, dos semanas.
C: Yes, two weeks ago. The diabetes, the wound would not heal. He also has the kidney problem, the doctor checks it every three months. He says his brother also lost a leg, the right one, also from the sugar.
T: I'm sorry. Any pain right now, zero to ten?
C: He says the stump is maybe three, but the phantom pain, the foot that is not there, at night it is seven out of ten. Like burning in the toes.
T: Any skin breakdown, sores on the residual limb, from the socket?
C: He says no, not that he noticed. His daughter checks with a mirror.
T: Good. Any falls since you got home?
C: He says, um, he wouldn't say that. He almost did once, in the bathroom, but he grabbed the sink. No, no fall.
T: Okay, a near miss, no fall. Any chest pain or shortness of breath when you walk?
C: No, nothing like that. Sorry, interpreter speaking, I have to ask him to repeat the last part... He says only tired.
T: Let me check the skin... limb is healing well, no redness at the distal end. He's wearing a five-ply sock with the liner. Hip extension strength four minus on the left, four on the right.
C: He asks if the sock is correct.
T: Five-ply is right for now, he may need more ply as the limb shrinks. Now walking with the rolling walker, contact guard, short step on the right, he's not trusting the prosthesis. TUG is thirty-one seconds.
C: He says the floor feels far away.
T: That's normal at the start. So gait training with the prosthesis, weight shift onto the left, that was about fifteen... actually the clock says sixteen minutes. Then the wheelchair, how to lock the brakes, swing-away footrest, the transfer with the leg off at night, that was, uh, nine minutes.
C: He says he lives on Calle Ocho, close to the Riverside Market, and the street has no curb cut.
T: We'll practice curbs later. This is a high complexity evaluation: diabetes, a new amputation, kidney problems he told me about, and a high fall risk.
C: He asks how often he comes.
T: Twice a week for twelve weeks. Home: wear it two hours in the morning, two in the afternoon, and check the skin every time he takes it off.
P: Gracias. Quiero caminar a la iglesia.
C: He says thank you, he wants to walk to church by Christmas.
T: That's a good goal, let's write it down.
""")

S("h_pt03_scoliosis_schroth_daily", "dev", "PT", "daily", "PT", "cms",
  timed={"97110": 21, "97112": 11}, untimed=[], key="97110x1:GP 97112x1:GP",
  facts=["scoliosis", "Schroth", "Cobb angle 28|28 degrees|twenty-eight degrees", "brace",
         "rotational breathing", "3/10|three out of ten|3 out of 10", "18 hours|eighteen hours",
         "side plank|side-lying plank", "mirror"],
  negated=["numbness", "headaches"], absent=["48 Alder Court", "math test"],
  text="""
T: Hi Maya, hi Mrs. Chen. How's the back this week?
P: Okay. It gets achy at the end of the school day, like a three out of ten.
T: Three at the end of the day. Any numbness or tingling down the legs?
P: Nah.
T: And the headaches you had in September?
P: Used to, not anymore.
C: She's been much better. Oh, and we moved, the new address is 48 Alder Court, I told the front desk.
T: Thanks, they'll update it. Is she wearing the brace the eighteen hours?
C: Eighteen hours most days. Weekends, um, maybe fourteen.
P: It's hot.
T: I know. It matters while you're still growing. The last X-ray, your Cobb angle was twenty-eight degrees, that's the number we want to hold.
C: I had scoliosis too, you know, as a girl, mine was never treated.
T: That's common in families. Okay Maya, warm-up, what was it, the bike, you did the bike for, uh, eight? Then Schroth exercises at the mirror: rotational breathing into the concave side, ten breaths, then the side plank on the bar, three holds of twenty seconds, then the muscle cylinder.
P: The side plank is the worst.
T: It's supposed to be. So ther ex, with the bike, call it twenty, no, twenty-one minutes, I started the timer at the bike.
P: My arms are shaking.
T: Good shaking. Now standing balance in the corrected posture on the foam, then stepping while you hold the correction, eyes on the mirror, then eyes closed.
P: Eyes closed is hard.
T: That's the point. That part was eleven minutes, neuromuscular.
C: She has a math test tomorrow, can we finish a little early?
T: We're right on time. So for the note: ther ex twenty-one including the bike, neuro re-ed eleven, pain three out of ten, brace eighteen hours on weekdays.
T: Home is the rotational breathing every night and the side plank three times a week, with the mirror.
P: Okay.
C: Same time next Thursday?
T: Same time. Bye Maya.
""")

S("h_pt04_tibial_plateau_pta_estim", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 24, "97116": 12}, untimed=["G0283"], key="97110x1:GP,CQ 97116x1:GP,CQ G0283x1:GP,CQ",
  facts=["tibial plateau", "4/10|4 out of 10|four out of ten", "knee flexion 95|95 degrees|ninety-five",
         "crutches", "partial weight bearing|PWB|50 percent|50%", "quad sets", "heel slides",
         "e-stim|electrical stimulation|estim", "hot pack"],
  negated=["calf pain", "fever", "redness"], absent=["ninety dollars", "fantasy football"],
  text="""
T: ok mr brandt how are we today hows the knee the tibial plateau behaving
P: its alright maybe a 4 out of 10 today stiff in the morning
T: 4 out of 10 ok any calf pain or swelling in the calf
P: nope not that i noticed
T: fevers chills redness at the incision
P: nah nothing like that the redness went away last week
T: good so youre still partial weight bearing with the crutches 50 percent surgeon said till the six week x ray
P: yeah the x ray is on the 19th i think
T: ok lets check the bend knee flexion um 90 no hang on 95 degrees 95 thats up from 88 last week
P: feels like more
T: so we did the quad sets heel slides straight leg raises 3 sets of 10 with a 2 pound weight then the bike rocking back and forth
P: the bike is hard
T: ok thats like twenty minutes of exercises roughly then gait training on the crutches keeping it at 50 percent with the scale and then the stairs with the crutches
P: the stairs are scary
T: you did fine so hot pack and the e-stim now the unattended e-stim on the quad 15 minutes on the timer and ill be back
P: my buddy says i should just buy one of those machines for ninety dollars online
T: you can ask the surgeon about a home unit, ok timer done
P: that felt good
T: ok for my note earlier i told you twenty for the exercises but i checked the timer it was actually 24 minutes of ther ex and the gait and stairs was 12 minutes
P: whatever you say
T: so ther ex 24 gait 12 hot pack and unattended e-stim after tolerated well knee flexion 95 degrees pain 4 out of 10
P: did you see my fantasy football team lost again
T: ha not my sport home program same heel slides 3 times a day and ice after
P: ok see you thursday
T: see you thursday ill tell sam the pt youre doing great
""")

S("h_pt05_si_joint_pta_group", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97140": 9, "97110": 6}, untimed=["97150"], key="97140x1:GP,CQ 97150x1:GP,CQ",
  facts=["sacroiliac|SI joint", "5/10|five out of ten|5 out of 10", "group|core class",
         "muscle energy", "bridges", "bird dog", "sit-to-stand|sitting to standing", "belt|SI belt"],
  negated=["numbness", "leg weakness", "bowel"], absent=["twenty-five dollars", "Dallas"],
  text="""
T: Hi Mrs. Nguyen, I'm Kevin, the PT assistant, I work with Rachel. And your son is interpreting today?
C: Yes, I'm her son, Bao. She understands some English but I'll help.
T: Great, thank you. How's the back, the right SI joint?
C: She says the pain is, um, five out of ten today, mostly when she goes from sitting to standing. The left side is fine, it's the right.
T: Five, right side. Any numbness in the legs?
C: She says no. Not that she noticed.
T: Any leg weakness, the leg giving out?
C: She says she used to feel it weak in the summer, not anymore.
T: Any change with bowel or bladder?
C: No, none.
T: Good. Is she wearing the SI belt?
C: When she cooks, yes. She stands a long time at the restaurant, it's our family restaurant.
T: Okay. So first I did some muscle energy for the right SI, the push against my hand, and some soft tissue around the buttock. That was, uh, ten... I'll say nine minutes, I had to stop for a minute to answer Rachel.
C: She says that helps, it feels looser.
T: Then a few exercises with me before the group, bridges and bird dog, about six minutes, just to warm up.
C: She asks if that's enough.
T: Then she joined the core group class I run, with three other patients, for the rest, the group is thirty minutes.
P: I like. Good class.
C: She liked the group. She says the lady next to her is also from Dallas, like our cousins.
T: Small world. Sit-to-stand after the group?
C: She says easier, maybe four now.
T: Pain down to four after, good. Home: the bridges and bird dog, ten each, once a day, and keep the belt for cooking.
C: She asks about the copay, the front desk said twenty-five dollars today?
T: Twenty-five dollars, yes, they'll take it on the way out. Rachel will do her progress note next week.
C: Okay. She says thank you, see you Tuesday.
T: See you Tuesday, Mrs. Nguyen.
""")

S("h_pt06_hip_labral_repair_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97110": 27, "97112": 13, "97140": 7}, untimed=[], key="97110x2:GP 97112x1:GP",
  facts=["labral repair|labrum|labral", "hip flexion 105|105 degrees|one hundred five|a hundred and five",
         "2/10|two out of ten|2 out of 10", "LEFS 52|52|fifty-two", "single-leg stance|single leg stance|SLS",
         "Trendelenburg", "crutches", "lateral band walks|band walks", freq(2, 4, "twice a week for four more weeks")],
  negated=["clicking", "night pain", "groin pain"], absent=["Lake Tahoe", "eleven-fifteen"],
  text="""
T: Hey Brianna, it's progress report day, ten visits in. So, left hip, labral repair twelve weeks ago. How's it feeling?
P: Honestly pretty good. Like a two out of ten. Walking the dog is the only time it aches.
T: Any clicking in the hip like before surgery?
P: Not since the surgery, no.
T: Night pain?
P: Used to, every night. Not anymore.
T: Groin pain with sitting?
P: Nah. I sat through a whole movie Sunday.
T: Great. My sister had the same surgery, you know, she was back skiing in eight months.
P: That's my goal. We have a trip to Lake Tahoe in February.
T: We'll see. Okay, measures. Hip flexion, um, a hundred, no, let me get the goniometer right, a hundred and five degrees. Was ninety at your eval.
P: Nice.
T: Single-leg stance on the left, twenty-two seconds, right is thirty. No Trendelenburg walking now, it was there at the start. Off the crutches since week six.
P: I don't miss those.
T: Your LEFS came out fifty-two, up from thirty-one. Goals: walk thirty minutes without pain, met. Stairs reciprocal, met. Single-leg stance thirty seconds, progressing. Return to jogging, not yet.
P: When can I jog?
T: Week sixteen if the hop test looks good. Now exercises: clamshells, lateral band walks with the green band, step-ups, bridges, two sets of fifteen each.
P: My glutes hate you.
T: That's the idea, call it thirty minutes on those. Then balance: single-leg stance on foam, reaching, and the slow step-downs watching the knee.
P: Wobbly on the foam.
T: Then some mobilization to the hip for the tightness at the end.
T: Sorry, Brianna, the eleven-fifteen just called to say he's late... Okay. So my minutes, I said thirty for the exercise earlier, looking at the timer it was twenty-seven. Balance thirteen. And the hip mobs, seven.
P: You're very precise.
T: Insurance likes precise. Plan: twice a week for four more weeks, then we test jogging.
P: Sounds good.
""")

S("h_pt07_shoulder_dislocation_discharge", "dev", "PT", "discharge", "PT", "cms",
  timed={"97110": 20, "97530": 10}, untimed=[], key="97110x1:GP 97530x1:GP",
  facts=["dislocation|dislocated", "QuickDASH 9|QuickDASH of 9|QuickDASH nine|QuickDASH score 9|QuickDASH: 9", "external rotation 80|80 degrees|eighty degrees",
         "5/5|five out of five", "apprehension", "0/10|zero out of ten|0 out of 10",
         "return to work|back to work", "home exercise program|home program|HEP"],
  negated=["instability", "numbness", "pain at night"], absent=["trampoline park", "turns six"],
  text="""
T: Last visit, Marcus. Right shoulder, anterior dislocation back in the summer. How's it been?
P: Good. Zero out of ten. I forget about it most days.
T: Zero out of ten. Any feeling like it's slipping out, instability?
P: Nope. Not once since the sling came off.
T: Numbness down the arm?
P: I had that the first week in the ER. Not anymore.
T: Pain at night, sleeping on it?
P: I wouldn't say that. I sleep on that side now.
T: Great. Let me measure. External rotation at ninety of abduction, eighty degrees, left is eighty-five. Flexion full. Strength five out of five, rotator cuff both ways. Apprehension test negative, relocation negative.
P: No flinch this time.
T: No flinch. QuickDASH came out nine, you started at fifty-five.
P: Is nine good?
T: Nine is very good. Okay, last round of exercises: the band external rotation, the wall walks with the ball, the push-up plus on the wall, three sets of twelve, and the eight-pound dumbbell for the scaption.
P: I'm lifting twenty-five in the gym at home.
T: Keep the heavy pressing below shoulder height for another month. So, uh, that was twenty minutes of exercise.
P: And the box thing?
T: Yeah, then the work simulation, lifting the twenty-pound box from the floor to the shelf above your head, like at the warehouse, and catching the ball, reactive. That was ten minutes.
P: That's my whole day at work.
T: That's why we did it. Goals: return to work full duty, met, you went back two months ago, right?
P: Yeah. Well, I mean, I went back, they had me on light duty first. Oh, my daughter turns six on the 14th, we're doing the trampoline park, I'm not jumping though.
T: I remember. All goals met. You're discharged with the home exercise program, the band three times a week.
P: And if it pops out again?
T: Then you see the surgeon right away. But your strength is there now.
T: For the note: discharge, ther ex twenty, ther act ten, goals met, QuickDASH nine, ER eighty degrees.
P: Thanks for everything.
""")

S("h_pt08_fibromyalgia_reeval", "dev", "PT", "re-evaluation", "PT", "cms",
  timed={"97110": 18, "97140": 12}, untimed=["97164"], key="97164x1:GP 97110x1:GP 97140x1:GP",
  facts=["fibromyalgia", "6/10|six out of ten|6 out of 10", "8/10|eight out of ten|8 out of 10",
         "6MWT|six-minute walk", "1,150 feet|1150 feet|eleven hundred fifty feet|1,150 ft",
         "30-second sit-to-stand|30 second sit to stand|thirty-second sit-to-stand", "9 reps|nine reps|nine",
         "walking program|walking", "pacing", freq(1, 8, "once a week for eight weeks")],
  negated=["falls", "swelling in the joints"], absent=["Hallmark", "two-ten"],
  text="""
T: Hi Ms. Ferreira. So it's been a month since we paused, and your doctor wants us to re-evaluate for the fibromyalgia. Tell me how it's been.
P: Up and down. Most days a six out of ten. The flares are an eight out of ten, two last month.
T: Six most days, eight on flares. Any falls?
P: Not that I noticed. Well, no, I'd know. No falls.
T: Swelling in the joints, red hot joints?
P: No, never the joints. It's all muscle.
T: Okay. My mom has fibro too, so I get it. Sleep?
P: Five hours on a good night.
T: Alright. Let's do the six-minute walk... eleven hundred fifty feet, so 1,150 feet. Last time it was nine hundred.
P: I felt it in my legs.
T: Thirty-second sit-to-stand, nine reps. Was seven.
P: Nine reps. That's something.
T: That's real progress. And the pool class at the Y, still going?
P: Twice a week, the warm water helps.
T: Keep that, it's on your own time. So today's exercises: recumbent bike, gentle, then the low-load band rows and the mini squats, with pacing breaks, that was... I wrote fifteen on the sheet, hold on, the timer says eighteen. Eighteen minutes.
P: I needed the breaks.
T: Then soft tissue to the upper traps and the low back, gentle, that was twelve minutes.
P: That was the best part. Sorry, I watched the Hallmark movie last night and didn't sleep.
T: Ha. Then the hot pack on the back for ten minutes while I wrote the plan, that's comfort only.
P: Lovely.
T: So, re-evaluation: walk up by two hundred fifty feet, sit-to-stand up by two. Plan: once a week for eight weeks, a walking program five days a week, ten minutes, and pacing with the activity diary.
P: Ten minutes I can do.
T: The two-ten is waiting, so let me just finish: ther ex eighteen, manual twelve, hot pack after.
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("h_ot01_boxers_fracture_eval_mod", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97760": 18}, untimed=["97166"], key="97166x1:GO 97760x1:GO",
  facts=["boxer's fracture|fifth metacarpal|5th metacarpal", "ulnar gutter",
         "5/10|five out of ten|5 out of 10", "21 centimeters|21 cm|twenty-one centimeters",
         "MCP flexion 40|40 degrees|forty degrees", "edema|swelling", "mechanic",
         "diabetes|diabetic", freq(1, 6, "once a week for six weeks")],
  negated=["tingling", "pain at night"], absent=["soccer", "Dearborn"],
  text="""
T: Hello Mr. Haddad, I'm Lina, occupational therapist. And you're our Arabic interpreter today, thank you for coming in person.
C: Yes. I will interpret. He says hello, thank you.
T: So the doctor says a fracture of the fifth metacarpal on the right, the little finger knuckle, a boxer's fracture. How did it happen?
C: He says he hit the wall, he was angry at his nephew. He is embarrassed. He works as a mechanic, he cannot hold the wrench.
T: No judgment. Pain now, zero to ten?
C: He says five out of ten, when he moves the finger it goes to eight.
T: Any tingling in the little finger or the ring finger?
C: No. He says no tingling at all.
T: Pain at night?
C: He says it used to wake him the first week, not anymore.
T: Any health problems, diabetes, heart?
C: He has diabetes, the pills, and the blood pressure. Sorry, interpreter speaking, not from him: my son broke the same bone last year playing soccer, it healed fine. Okay, I'm back to interpreting.
T: That's alright. Let me look. Swelling over the back of the hand, edema, circumference at the knuckles twenty-one centimeters right, nineteen left. Little finger MCP flexion forty degrees, the other side is ninety. No rotation when he makes a fist, good.
C: He asks if he can drive. He lives in Dearborn, it's twenty minutes to his shop.
T: Not in the cast-like splint with a stick shift, I'd say. So I'm making a custom ulnar gutter orthosis, the knuckles bent at about seventy, fingers straight. Heating the material.
C: He asks how long to wear it.
T: Three more weeks, all the time, off only to wash with the hand flat on the table. Hold still... molding... trimming. Strap. That took, uh, twenty? No, eighteen minutes, the timer started when the material came out of the water.
P: Tight. Here.
C: He says it feels tight at the wrist.
T: Let me flare that edge... better?
C: Better, he says.
T: This is a moderate complexity evaluation: diabetes and blood pressure can slow the healing, his job needs full grip, and we have to protect the fracture while we work on the edema.
C: He asks when he goes back to work.
T: Likely light duty in four weeks, full duty around eight. Once a week for six weeks, splint checks and then motion. Elevate above the heart, and move the thumb and the other fingers.
C: He says thank you, he will come.
T: See you next week, Mr. Haddad.
""")

S("h_ot02_boutonniere_eval_low", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 11, "97110": 6}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["boutonniere|boutonnière", "PIP extension|PIP", "lacking 30|-30|minus thirty|lacking thirty",
         "deformity", "middle finger", "3/10|three out of ten|3 out of 10", "basketball",
         "terminal extensor|DIP flexion|blocked DIP", freq(1, 8, "once a week for eight weeks")],
  negated=["numbness", "clicking"], absent=["Hoover Park", "scratch-off"],
  text="""
T: Hi Mr. Price, I'm Sofia, the hand therapist. The referral says a boutonniere deformity, right middle finger?
P: Yeah, not the ring finger, the middle one. I jammed it in pickup basketball, like, three weeks ago, at Hoover Park. Thought it was just a jam.
T: Most people do. Pain now?
P: Now, um, three out of ten. When I bump it, way worse.
T: Any numbness in the fingertip?
P: Mm, no. Not that I noticed.
T: Clicking or snapping when you bend it?
P: It used to click the first couple days. Not anymore.
T: Okay. Let me measure. PIP extension, you're lacking thirty, so minus thirty at the middle joint. And the DIP, the end joint, it's stuck in extension, you can barely bend it.
P: Yeah, I can't make it bend at the tip.
T: That's the classic pattern. Any other health stuff? Diabetes, arthritis?
P: Nope. Healthy. My mom has the arthritis in her hands, the knobby kind, but not me.
T: Good to know. So the plan: a custom PIP extension splint, holding the middle joint straight, the DIP free. Let me heat the material.
P: Do I wear it all the time?
T: All the time, six weeks. Even in the shower, we'll give you a second one for that later. Hold the finger flat... molding over the back... trim here. Strap. That was, um, ten, maybe eleven minutes, eleven by the clock.
P: Feels snug.
T: Snug is right. Now the one exercise: with the splint on, hold here and bend only the tip, the blocked DIP flexion, that pulls the terminal extensor back into place. Ten reps, every hour you're awake.
P: Every hour?
T: Every hour. We practiced about six minutes.
P: I scratched off a scratch-off ticket this morning, won two bucks, that's my luck today.
T: Ha, maybe your luck is turning. This is a low complexity evaluation: one finger, healthy, straightforward plan, no other factors.
P: Once a week?
T: Once a week for eight weeks, to check the splint and the skin and progress the exercises. If the finger turns white or tingles, take the strap off and call us.
P: Got it.
""")

S("h_ot03_extensor_tendon_repair_daily", "dev", "OT", "daily", "OT", "per-code",
  timed={"97110": 16, "97140": 10, "97763": 8}, untimed=[], key="97110x1:GO 97140x1:GO 97763x1:GO",
  facts=["extensor tendon|extensor", "relative motion", "index finger|index",
         "MCP flexion 60|60 degrees|sixty degrees", "2/10|2 out of 10|two out of ten",
         "scar massage|scar", "edema|swelling", "week 5|5 weeks|five weeks", "tendon glides|tendon gliding"],
  negated=["tingling", "redness"], absent=["555 0199", "dodgers"],
  text="""
T: hey tomas hows the finger how was the week
P: good good um a 2 out of 10 maybe its mostly stiff not really pain
T: 2 out of 10 ok any tingling in the finger
P: nah
T: redness around the scar any drainage
P: no not since the stitches came out
T: good so youre at five weeks since the extensor tendon repair on the right index finger lets see the relative motion splint
P: its rubbing here on the side of the ring finger
T: yeah i see the red mark its pressure not infection ill fix the splint first ok so heat gun reshape the yoke pad it check it thats about eight minutes for the splint adjustment
P: better way better
T: ok edema massage and scar massage with the lotion and then the retrograde massage up the hand
P: that feels good actually
T: that was um lets say ten minutes of manual ten
P: cool
T: now exercises the tendon glides in the splint hook fist straight fist and then the active extension with the wrist on the towel 2 sets of 10 each then the putty light pink
P: the putty is easy
T: easy is right for week 5 we dont load the repair yet what was it um sixteen minutes of exercises yeah sixteen
P: oh before i forget my work number changed its 555 0199 if you need to reach me
T: the front desk does the phones but ill tell them so measure the mcp flexion index finger 60 degrees last week it was 45
P: sixty nice
T: nice swelling is down too
P: my brother says the dodgers are done this year
T: ha dont get me started, two more weeks and then we start light grip for work
T: for the note splint adjustment eight manual ten ther ex sixteen mcp flexion sixty degrees pain two out of ten
P: see you friday
T: friday and keep the splint on in the shower with the bag
""")

S("h_ot04_chf_energy_conservation_ota", "dev", "OT", "daily", "OTA", "cms",
  timed={"97535": 23, "97530": 14}, untimed=[], key="97535x1:GO,CO,59 97530x1:GO,CO",
  facts=["heart failure|CHF", "energy conservation", "shower chair", "SpO2 93|93 percent|93%|ninety-three percent",
         "2 liters|two liters", "Borg 13|RPE 13|13|thirteen", "pursed-lip breathing|pursed lip",
         "sock aid|reacher", "sit to dress|sitting to dress|seated dressing"],
  negated=["chest pain", "dizziness", "swelling in the ankles"], absent=["bingo", "Cleveland"],
  text="""
T: Hi Mr. Jablonski, I'm Erin, the OT assistant, working with Kate today. And this is your daughter?
C: Yes, Monica. I drive him up from Cleveland on Wednesdays.
T: Welcome. So this is for the heart failure, we're working on getting through the morning without wearing out. How was the week?
P: Tired. The shower wipes me out.
T: Any chest pain this week?
P: Nope.
T: Dizziness when you stand?
P: Used to, a little, before they changed the pills. Not anymore.
T: Swelling in the ankles?
C: I check every night. Nah, not this week, his weight's been steady.
T: Good. Oxygen is on two liters. Let me check, SpO2 ninety-three percent, heart rate eighty-four at rest.
P: That's normal for me.
T: Okay. So first the morning routine, energy conservation: sitting on the shower chair in the bathroom setup here, sitting to dress, the sock aid, the reacher for the pants, pursed-lip breathing with every effort.
P: The sock aid is a gadget.
T: It saves you bending over, that's what costs you the air. You did the whole routine, with rests. That was, um, twenty... twenty-three minutes, the dressing part took longer.
P: I'm winded.
T: Borg thirteen, somewhat hard, SpO2 dropped to ninety, came back to ninety-three in a minute. Good recovery.
C: He won at bingo last night, two games, he was so proud.
P: Twenty bucks.
T: Nice. Okay, then the kitchen, standing at the counter, unloading the dishwasher to the cupboard, pacing it in two rounds and sitting between. That was fourteen minutes.
P: I usually do it all at once.
T: That's why you're wiped out by ten o'clock. Two rounds, sit between.
C: Should he do the shower at night instead?
T: Talk to Kate, but many people do better with the shower in the evening when they're not rushed. Kate will see him next week for the progress note.
T: So for my note: self-care training twenty-three with the shower and dressing, energy conservation, kitchen activity fourteen, Borg thirteen, SpO2 ninety-three on two liters.
P: Same time next week?
T: Same time next week.
""")

S("h_ot05_proximal_humerus_fx_ota", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97110": 19, "97530": 7}, untimed=[], key="97110x1:GO,CO",
  facts=["proximal humerus|humerus", "pendulum|pendulums", "pulleys|pulley", "4/10|four out of ten|4 out of 10",
         "flexion 110|110 degrees|one hundred ten|a hundred and ten", "hot pack", "cupboard|cabinet",
         "sling", "dressing"],
  negated=["numbness", "falls"], absent=["twelve-forty", "Wheel of Fortune"],
  text="""
T: Hi Mrs. Delgado, it's Paul, the OT assistant. How's the left shoulder, the humerus fracture?
P: Better, I think. Four out of ten today. The right one is fine, it's only the left.
T: Four out of ten. Any numbness in the hand?
P: No. Well, um, the pinky fell asleep once, but that was lying on it. No.
T: Okay, that's positional. Any falls since the one that broke it?
P: Heavens no. I'm so careful now, I use the cane outside.
T: Good. Out of the sling now at home?
P: Only at night I wear the sling, the doctor said that's fine.
T: Okay, hot pack on the shoulder first for ten minutes to loosen it up.
P: Oh that's nice. My husband watches Wheel of Fortune so loud, this is my quiet time.
T: Ha. Okay, exercises: pendulums, then the pulleys, then the table slides and the cane lifts lying down, two sets of fifteen.
P: The pulleys squeak.
T: They do. That's about fifteen minutes of exercise so far. Flexion with the cane, a hundred and ten degrees, it was ninety-five two weeks ago.
P: Is that good?
T: That's good for eight weeks. Then reaching into the cupboard, putting the mugs on the low shelf, then the middle shelf, like your kitchen. That was short, six or seven minutes, call it seven.
P: I did it at home with the cereal boxes.
T: Perfect. Dressing, how's the bra and the shirt?
P: I put the left arm in first like you showed me. Easier.
T: Great. So exercises, I said fifteen at the start, but we did the extra cane set, it came to nineteen. Nineteen minutes.
P: Felt like more.
T: Hey Paul, your twelve-forty is early, she's in the lobby.
T: Thanks, tell her ten minutes. So Mrs. Delgado, home: pendulums and the pulleys twice a day.
P: Twice a day, yes.
T: For the note: hot pack ten, ther ex nineteen, reaching activity seven, flexion one hundred ten degrees, pain four out of ten.
""")

S("h_ot06_down_syndrome_child_progress", "dev", "OT", "progress", "OT", "cms",
  timed={"97530": 25, "97535": 12}, untimed=[], key="97530x1:GO 97535x1:GO,59",
  facts=["Down syndrome", "buttons", "pencil grasp|tripod grasp|tripod", "scissors",
         "4 of 5|4/5|four of five|4 out of 5", "zipper", "min cues|minimal cues|minimal verbal cues",
         "kindergarten", freq(1, 12, "once a week for twelve weeks")],
  negated=["toileting accidents", "seizures"], absent=["555 0173", "Frozen"],
  text="""
T: Hi Ava! Hi Mom. Progress report today, so I'll check all her goals.
C: Great. She's been practicing the buttons every morning, she insists now.
T: Love that. Ava, can you show me the big buttons on the vest?
P: Me do it.
T: You do it. One... two... three... four. Four of five buttons on her own, the last one she needed a little help. So four of five, with minimal cues.
C: At the start of the year she did none.
T: Huge. Any toileting accidents at school this month?
C: Not that I know of. Used to be every week, not anymore.
T: And any seizures? The neurologist wanted us to ask at every progress check.
C: No, nothing, never had one actually, they just ask because of the Down syndrome.
T: Okay. Zipper?
C: She can pull it up if I start it.
T: Good. So that's the dressing part, the buttons and zipper and the shoes, that was twelve minutes of self-care.
P: Shoes!
T: Shoes later. Now the table. Crayon... she's using a tripod grasp now, pencil grasp goal met. Copying a circle and a cross, yes, square not yet.
C: Her kindergarten teacher says she's writing the A.
T: Then scissors, cutting on the thick line, she stayed within a quarter inch for half of it. Then the pegboard, the theraputty to find the beads, and the obstacle course for the bilateral coordination. That was, uh, what did I say, twenty? I had it on the timer, twenty-five.
C: She loves the obstacle course.
P: Again!
T: Next time, Ava. Oh Mom, can I double-check the cell number for the reminder texts? The system has 555 0173.
C: That's mine, yes.
T: Okay. She's singing Frozen the whole time, she's in a good mood today.
C: All day, every day.
T: Goals: buttons four of five with minimal cues, progressing; tripod grasp met; cutting within a quarter inch, progressing. Plan once a week for twelve weeks, new goals for the shoes and the square.
C: Sounds good.
T: For the note: ther activities twenty-five, self-care twelve, buttons four of five min cues.
""")

S("h_ot07_dorsal_hand_burn_discharge", "dev", "OT", "discharge", "OT", "per-code",
  timed={"97110": 18, "97140": 12, "97530": 9}, untimed=[], key="97110x1:GO 97140x1:GO 97530x1:GO,59",
  facts=["burn", "compression glove|pressure garment", "scar massage|scar",
         "composite fist|full fist", "grip 80|80 pounds|eighty pounds", "grip 95|95 pounds|ninety-five pounds",
         "QuickDASH 11|QuickDASH of 11|QuickDASH eleven|QuickDASH score 11", "sunscreen",
         "home exercise program|home program|HEP"],
  negated=["itching", "blisters", "open areas"], absent=["thirty-dollar", "Jimmy Buffett"],
  text="""
T: Hey Luis. Last visit. Left hand, the grease burn on the back of the hand from the fryer, what, four months ago?
P: Four months Tuesday. Feels like a different hand.
T: Any itching these days?
P: I wouldn't say that. It used to itch like crazy. Not anymore.
T: Blisters, open areas, anything that rubs open?
P: Nah. Nothing open since June.
T: Great. Let me look at the scar... flat, pale, soft. Can you make a fist? Composite fist, full fist, fingertips to the palm. Good.
P: That took forever.
T: It did. Grip: left eighty pounds, right ninety-five pounds. Started at twenty-five.
P: Eighty!
T: Your QuickDASH came out eleven, you started at sixty-four.
P: I feel like I could go back to full shifts.
T: That was the last goal. So today: scar massage with the lotion and the retrograde massage, the skin stretching over the knuckles, twelve minutes.
P: I'll keep doing that at home.
T: Then exercises: putty, the finger extensions with the band, wrist curls, two sets of fifteen with the four-pound bar. Eighteen minutes.
P: Four pounds is nothing now.
T: Then the work tasks separate from the scar massage, flipping with the heavy spatula, lifting the fry basket, the weighted basket, nine minutes, uh, yeah nine.
P: I brought my own spatula, remember.
T: Ha, you did. The compression glove: you can wean off it now, nights only for another month, then stop. Sunscreen on the scar every day for a year.
P: The glove was thirty-dollar Amazon special, the second one.
T: Well, it worked. All goals met: full fist, grip within twenty percent of the other hand, back to work. You're discharged with the home exercise program.
P: I'm going to the Jimmy Buffett tribute show Saturday to celebrate.
T: Enjoy it. Sunscreen if it's outside.
T: For the note: discharge, manual twelve, ther ex eighteen, ther act nine, grip eighty left, ninety-five right, QuickDASH eleven.
P: Thank you, really.
""")

# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("h_slp01_dld_school_age_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["developmental language disorder|language disorder|DLD", "CELF-5|CELF",
         "core language 72|standard score 72|72|seventy-two", "receptive 81|81|eighty-one",
         "expressive 68|68|sixty-eight", "past tense", "narrative|story retell",
         "hearing screening|hearing screen", freq(2, 12, "twice a week for twelve weeks")],
  negated=["ear infections", "speech sound errors"], absent=["2219 Maple", "Minecraft"],
  text="""
T: Hi, Mrs. Adeyemi, hi Tobi. I'm Grace, the speech-language pathologist. Tobi is eight, in second grade, and the teacher is worried about his language?
C: Yes. He understands, mostly, but his sentences come out, um, jumbled. And he can't tell me about his day. Oh, and before I forget, we moved, it's 2219 Maple now, I gave it to the front desk.
T: Thank you. Any history of ear infections?
C: Not that I remember. Maybe one as a baby.
T: Did he pass his hearing screen?
C: Yes, the hearing screening at school in September, passed both ears.
T: Good. Anyone in the family with speech or language trouble?
C: His dad. He was a late talker, he had speech all through elementary school.
T: That's helpful. Tobi, do you like games?
P: Minecraft. I built a castle with a, a, the thing, the water thing.
T: A moat?
P: Yeah, a moat.
T: Cool. Okay, so we did the CELF-5 today. His core language standard score is seventy-two, that's below average. Receptive index eighty-one, expressive index sixty-eight.
C: So the talking is the harder part.
T: Yes. He leaves off the past tense a lot: "yesterday he walk to school". And in the story retell, the narrative, he gave me the characters but, um, no problem and no ending.
C: That's exactly what he does with me.
T: His speech sounds are clear, no speech sound errors that I heard. Tobi, did you ever have trouble saying sounds, like people not understanding you?
P: No. People understand me. I just forget the words.
T: That's a great way to put it. So my impression is a developmental language disorder, expressive more than receptive.
C: Is it because we speak Yoruba at home too?
T: Two languages don't cause this. His Yoruba sounds strong from what you tell me, and the pattern is in both. The testing took, oh, about an hour, he was a champ.
C: He was good for once.
T: Plan: twice a week for twelve weeks, working on past tense and story grammar, and I'll send the teacher a few strategies.
P: Can we play Minecraft next time?
T: We can talk about Minecraft next time. Deal?
P: Deal.
""")

S("h_slp02_psp_dysphagia_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["progressive supranuclear palsy|PSP", "cough|coughing", "thin liquids|thin liquid",
         "mildly thick|IDDSI level 2|IDDSI 2|level 2", "soft and bite-sized|IDDSI level 6|IDDSI 6|level 6",
         "chin tuck|chin down", "lost 8 pounds|8 pounds|eight pounds", "modified barium swallow|MBS|MBSS|videofluoroscopy",
         "small sips|single sips"],
  negated=["pneumonia", "fever"], absent=["fifty-two years", "555 0122"],
  text="""
T: Good afternoon Mr. Kowal, Mrs. Kowal. I'm Jamal, speech pathology. The neurologist sent you for swallowing with the progressive supranuclear palsy, the PSP.
C: Yes. He coughs with drinks. Coffee, water, especially water.
T: Thin liquids. How often?
C: Every meal, at least once. And he's lost eight pounds since the summer.
P: I'm not hungry.
T: Any pneumonia, chest infections this year?
C: Not that we know of. The doctor listened last week, clear.
T: Any fever lately?
P: Nah.
T: Okay. Does food get stuck?
P: Sometimes the meat. Not the soft stuff.
T: Let me look at the mouth... tongue strength reduced, lips okay, the voice is a bit soft. He can't look down very well, that's typical with PSP, the eyes.
C: He tips his head back to see his plate, and then he chokes.
T: That's a big part of it. So, trials. Thin water from the cup... that's a cough, immediate. Again with a chin tuck, chin down... smaller cough. Now mildly thick, IDDSI level 2... no cough, clear voice after. And the applesauce... fine. Cracker... slow chewing, but he cleared it.
P: The thick one tastes like nothing.
T: It does. We can flavor it. Mrs. Kowal, married long?
C: Fifty-two years in May.
T: Congratulations. So my recommendations: soft and bite-sized, that's IDDSI level 6, mildly thick liquids for now, small sips, chin tuck, and bring the plate up on a raised tray so he doesn't tip his head back.
C: The tray, that's smart.
T: And I want a modified barium swallow to see what's happening inside, I'll call the neurologist's office.
C: Their number is 555 0122, the nurse line, it's faster.
T: Thank you. And a weight check every week at home.
P: I'll get fat on the thick coffee.
T: That's the idea, honestly. We'll see you after the study to set up therapy.
C: Thank you, Jamal.
""")

S("h_slp03_anoxic_brain_injury_cog_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 19}, untimed=[], key="97129x1:GN 97130x1:GN", cog=34,
  facts=["cardiac arrest|anoxic", "memory notebook|memory book", "3/5|3 of 5|three of five|3 out of 5",
         "5/5|5 of 5|five of five|5 out of 5", "18/20|18 of 20|eighteen of twenty|90%|90 percent",
         "pill organizer|pillbox|pill box", "calendar", "min cues|minimal cues|minimal verbal cues"],
  negated=["headaches", "got lost"], absent=["555-0186", "Packers"],
  text="""
T: Hi Mr. Greene, hi Darlene. How was the week?
C: Better. He's using the memory notebook, at least in the morning.
P: She makes me.
T: Good for her. Any headaches this week?
P: Nah.
T: Any times he got lost, wandered off driving or walking?
C: He doesn't drive since the cardiac arrest. Walking, no, he hasn't gotten lost. He used to get confused in the grocery store, not anymore.
T: Okay. My grandpa had dementia, I remember how that felt for my mom, so I know this is a lot. Alright, first, the three words from last time. Do you remember any?
P: Um, blue... car... no, I don't know.
T: Two on your own, then with a category cue, "a fruit"...
P: Apple! No wait, banana.
T: Banana, yes. So three of five with minimal cues. Okay, today's memory task: I'm going to give you a pretend phone number, for the pharmacy, 555-0186. Write it in the notebook where it goes.
P: Pharmacy page... 555-0186.
T: Perfect. Now the pill organizer, setting up the week from the list. Monday morning, two white, one yellow...
P: Done. Did I miss Thursday night?
T: You caught it yourself. Then the attention task, the sorting cards with the distractions, eighteen out of twenty correct, 90 percent.
C: That's better than last week.
P: The Packers lost, that's why I'm focused.
T: Ha. Calendar: put next Tuesday's appointment in, with the time.
P: Tuesday, nine-thirty.
T: Good. End of session recall, the three words again... five of five, on your own this time.
C: Wow.
T: So that was, uh, half an hour of cognitive work, around thirty minutes... actually the timer says thirty-four, we started before the chitchat ended. Thirty-four minutes.
C: Should he do more at home?
T: The notebook every morning and evening, and the pill organizer with Darlene checking, not doing it for him.
C: That's the hard part.
T: It is. Next week, the phone calls and the recipe.
""")

S("h_slp04_vocal_nodules_teacher_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["vocal nodules|nodules", "resonant voice", "straw phonation|straw",
         "16/20|16 out of 20|sixteen out of twenty|80%|80 percent", "vocal hygiene",
         "water|64 ounces|sixty-four ounces", "teacher", "hoarse|hoarseness"],
  negated=["reflux", "throat pain"], absent=["aquarium", "forty-five dollars"],
  text="""
T: hi ms okoro come on in hows the voice this week
P: um better mornings are good by friday afternoon im hoarse again
T: hoarse by friday ok how many hours of talking in a school day
P: i teach third grade so like all day six hours maybe and then recess duty
T: ok any reflux heartburn that sour taste
P: nah not that i noticed
T: pain when you talk any throat pain
P: used to, by the end of the day, not anymore
T: good my sister had nodules too she was a choir teacher so i hear you
P: its like a teacher thing
T: it is so vocal hygiene check water how much
P: um maybe 40 ounces no lets be honest like 30
T: ok goal is 64 ounces so lets keep working on that and the voice amplifier in class
P: i forgot it at home twice
T: ok so straw phonation first the straw in the water bubbles then the sirens up and down
P: bubbles
T: good now resonant voice the mmm feel the buzz on the lips then mmm-one mmm-two then sentences
P: many men made money
T: nice buzz so in sentences resonant voice 16 out of 20 so 80 percent with min cues last week was 12 out of 20
P: progress
T: progress now a bit of conversation tell me about your class
P: we have a field trip to the aquarium next week im dreading the bus
T: ha ok you kept the forward focus most of that for homework the straw 3 times a day 5 minutes each and the resonant voice in the car
P: in the car i can do
T: and your copay is forty-five dollars theyll ask at the desk
P: ugh ok
T: and for the note vocal nodules daily treatment resonant voice sixteen of twenty eighty percent with min cues straw phonation
T: next time we record you teaching for 2 minutes on the phone to check the load
P: ok see you tuesday
""")

S("h_slp05_ibm_dysphagia_interpreter", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["inclusion body myositis|IBM", "effortful swallow", "Shaker|head lift",
         "10/12|10 of 12|ten of twelve|10 out of 12", "minced and moist|IDDSI level 5|IDDSI 5|level 5",
         "thin liquids|thin liquid", "double swallow|multiple swallows|swallow twice", "chin tuck"],
  negated=["pneumonia", "choking"], absent=["58214", "Krakow"],
  text="""
T: Hello Mr. Wisniewski. We have the Polish interpreter on the phone today.
C: Hello, interpreter number 58214, Polish. I'm ready.
T: Thank you. Mr. Wisniewski, how was swallowing this week, with the inclusion body myositis?
P: Dobrze. Okay.
C: He says okay, better. The bread still sticks sometimes.
T: Any choking at meals?
C: He says he used to choke on the meat, every week, but not anymore, since he eats the minced food.
T: Any pneumonia, fever, chest infection?
C: He says no. No pneumonia, the doctor checked in November.
T: Good. So he's on minced and moist, IDDSI level 5, and thin liquids.
C: Sorry, interpreter here, can you repeat the level?
T: Level 5, minced and moist.
C: Thank you. He says yes, his wife cuts everything small.
T: Okay, exercises first. Effortful swallow, squeeze hard, ten times.
P: Tak.
T: Good. Then the Shaker, the head lift lying down, hold, he did three holds of thirty seconds, then thirty quick lifts.
C: He says his neck is tired.
T: That's the muscle working. Now trials with the applesauce with the minced meat, chin tuck and then swallow twice, the double swallow. Ten of twelve trials, no cough and a clear voice. Two with a throat clear.
C: He asks if he can eat pierogi.
T: Soft pierogi, cut small, with the double swallow, yes.
C: He says his family in Krakow sends them frozen. Interpreter speaking: I love those too.
T: Ha. Homework: effortful swallow and the Shaker, three times a day, and the double swallow at every meal. And the chin tuck with the bread, always.
C: He says his wife will remind him, she remembers everything.
P: Dziękuję.
C: He says thank you. He asks if the session is an hour.
T: About forty minutes today. See you Thursday.
C: He says see you Thursday.
""")

S("h_slp06_cluttering_progress", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["cluttering", "speech rate|rate", "5.2 syllables|5.2|five point two",
         "7.1 syllables|7.1|seven point one", "15/20|15 out of 20|fifteen out of twenty|75%|75 percent",
         "pausing|pauses", "self-monitoring|self monitoring", freq(1, 8, "once a week for eight more weeks")],
  negated=["stuttering", "blocks"], absent=["March 12th", "Nintendo"],
  text="""
T: Hi Ethan, progress report today. Ten sessions since the evaluation for the cluttering. How's it going from your side?
P: Better, I think. People say "what?" less. My boss still says I talk like an auctioneer.
T: Ha. Any stuttering, blocks, getting stuck on a word?
P: I wouldn't say that. I don't get stuck, I just, uh, go too fast and the words crash.
T: That's the difference, yes, and why it's cluttering. My uncle stutters, and it's really a different thing.
P: I have a job interview March 12th, that's why I care now.
T: Then let's get you ready. So first the speech rate measure. Read the paragraph for me.
P: Okay. "The rainbow is a division of white light..."
T: Good. Five point two syllables per second reading, at the evaluation you were at seven point one.
P: Seven point one, jeez.
T: And conversation, tell me about your weekend.
P: I went to my brother's and we played Nintendo all night and then we... I went to... we went out for food.
T: Did you notice anything?
P: I sped up. I caught it on "we went out".
T: That's the self-monitoring. So pausing at the phrase boundaries, target rate in conversation: fourteen of twenty, um, wait, the last one counts, you paused, so fifteen out of twenty, seventy-five percent.
P: Up from what?
T: From five of twenty. Goals: reading rate under five and a half, met. Conversation at target rate eighty percent, progressing. Self-monitoring, catching at least half, met.
P: So I'm close.
T: Close. Plan: once a week for eight more weeks, with the interview practice, mock interview questions, recorded.
P: Ugh, recorded.
T: You'll thank me. Homework: two minutes a day recording yourself, mark the pauses.
P: Okay. Deal.
T: Great work, Ethan.
""")

S("h_slp07_laryngectomy_tep_discharge", "dev", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["laryngectomy", "voice prosthesis|TEP|tracheoesophageal",
         "HME|heat and moisture exchanger", "95%|95 percent|ninety-five percent",
         "20 French|20 Fr|twenty French", "8 millimeters|8 mm|eight millimeters",
         "telephone|phone calls", "stoma"],
  negated=["leakage", "coughing when he drinks"], absent=["walleye", "twenty-dollar"],
  text="""
T: Good morning Mr. Haugen, Mrs. Haugen. Last session, eight months since the laryngectomy. How has the voice been?
P: Good. I ordered at the diner myself this week.
C: The waitress didn't even blink.
T: That's the goal. Any leakage through the voice prosthesis when you drink?
P: Used to, in the fall, with coffee. Not anymore since you changed it.
T: Coughing when he drinks?
C: No. Nah. Not since the new one.
T: Good. The prosthesis, for the note, is a twenty French, eight millimeters, changed in October. Let me look at the stoma... clean, healthy, no crusting.
P: I clean it every night.
T: It shows. Is the HME on all day, the heat and moisture exchanger?
P: All day. Less mucus with it.
T: Good. Let's hear you. Count to twenty, thumb on the HME.
P: One, two, three, four... twenty.
T: Smooth. Now the paragraph... and now conversation, tell me about the lake.
P: Went ice fishing Sunday. Caught three walleye, the biggest one was a twenty-dollar fish at the market.
T: Ha! Intelligibility in conversation, I'd say ninety-five percent, unfamiliar listener too, we tested with Mark at the front.
C: He talks more than before the surgery.
T: Telephone: goal was a phone call to a stranger. Did you do it?
P: Called the pharmacy Tuesday. Two minutes. They understood me.
T: All goals met: phone calls, ordering, ninety-five percent in conversation, cleaning and changing the HME on his own. I'm discharging you today.
C: What if it leaks again?
T: Call the ENT clinic, the prosthesis lasts about three to six months, they'll change it. And keep the spare HME in the car.
P: In the glovebox.
T: This session was about forty-five minutes, the extra was the paperwork for the discharge, that's on me.
C: Thank you for giving him his voice back.
T: He did the work. Good luck, Mr. Haugen.
P: Thank you. Loud and clear.
""")

# ---------------------------------------------------------------------------------------------
# PT test (7)
# ---------------------------------------------------------------------------------------------

S("h_pt09_thoracic_outlet_eval_mod", "test", "PT", "evaluation", "PT", "cms",
  timed={"97110": 17, "97112": 9}, untimed=["97162"], key="97162x1:GP 97110x1:GP 97112x1:GP",
  facts=["thoracic outlet", "Roos", "grip 52|52 pounds|fifty-two pounds", "grip 70|70 pounds|seventy pounds",
         "4/10|four out of ten|4 out of 10", "pinky|ring and pinky|fourth and fifth", "hairdresser|hair stylist|salon",
         "scalene|scalenes", "migraines", freq(2, 6, "twice a week for six weeks")],
  negated=["color changes", "swelling in the arm", "neck pain"], absent=["Sephora", "forty-dollar"],
  text="""
T: Hi Ms. Duarte, I'm Ben, physical therapy. So the referral is, um, thoracic outlet syndrome, the left arm?
P: Yes, the left. The right is fine, it's the left. My ring and pinky go tingly when I'm doing hair.
T: You're a hairdresser?
P: Hair stylist, twelve years. Arms up all day. By three o'clock the hand is dead.
T: Pain right now?
P: Four out of ten, kind of an ache in the shoulder and the armpit. Worst is like, uh, six, seven, at the end of a Saturday.
T: Any color changes in the hand, going blue or white?
P: Nah, not that I noticed.
T: Swelling in the arm?
P: No.
T: Neck pain?
P: I wouldn't say that. Stiff, maybe, but not pain.
T: Okay. Other health stuff?
P: Migraines, I take the pill for it. And anxiety, I'm on something. My dad had a blood clot in his arm once, that's why my doctor checked, it was fine.
T: Good they checked. Let me test. Roos test, arms up, open and close your hands... you stopped at ninety seconds with the tingling, so Roos positive on the left. Tight scalenes on the left, tender here.
P: Ouch, yes, there.
T: Grip on the left fifty-two pounds, right seventy pounds. Sensation okay to light touch.
P: I bought a forty-dollar posture shirt online, does that help?
T: It can't hurt, but the exercises matter more. So today: scalene stretch, the chin tucks, the nerve glides for the ulnar nerve, gentle, and the rows with the band. That was, uh, what, fifteen? Seventeen by the timer, I'll go with seventeen.
P: The nerve glide is weird.
T: Weird is normal. Then scapular control in front of the mirror, setting the shoulder blade while you lift like you're holding the dryer, nine minutes.
P: Like holding the dryer. Okay.
T: This is a moderate complexity evaluation: the migraines and anxiety affect the plan, and your job keeps the arms up all day.
P: Should I stop working?
T: No, but break up the blowouts and take micro-breaks, arms down, every half hour. I'm picking up hair gel at Sephora later, don't tell anyone.
P: Ha.
T: Plan: twice a week for six weeks. Home: the stretch and the nerve glides twice a day.
P: Twice a day. Got it.
""")

S("h_pt10_quad_tendon_repair_eval_low", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97032": 12, "97110": 10}, untimed=["97161"], key="97161x1:GP 97032x1:GP 97110x1:GP",
  facts=["quadriceps tendon|quad tendon", "extensor lag|lag", "knee flexion 60|60 degrees|sixty degrees",
         "brace", "NMES|electrical stimulation|e-stim|Russian", "quad sets", "3/10|three out of ten|3 out of 10",
         "ASL|sign language", freq(2, 10, "twice a week for ten weeks")],
  negated=["calf pain", "fever", "numbness"], absent=["Gallaudet", "555-0112"],
  text="""
T: Hi Mr. Brooks, I'm Hannah, physical therapy. And you're the ASL interpreter, American Sign Language, welcome. I'll talk to him directly.
C: Thanks. I'll voice for him. He says hi, nice to meet you.
T: So this is the right quadriceps tendon repair, three weeks ago, after the fall on the stairs?
C: He says yes, missed the last step carrying laundry. He felt it pop.
T: Pain now?
C: He says three out of ten, more at night when the brace shifts.
P: Three.
T: Any calf pain or tenderness in the calf?
C: He says no. Nothing.
T: Fever, chills, the incision draining?
C: No fever. He says his wife checks the incision every night, it's dry.
T: Numbness around the knee?
C: He says he had a numb patch on the outside at first, but not anymore.
T: Good. Any other health problems?
C: He says no, only glasses. Interpreter speaking: I went to Gallaudet with his cousin, small world, sorry, back to him.
T: No problem. Let me look. The brace is locked in extension, the surgeon allows knee flexion to sixty. Sitting... knee flexion sixty degrees, right at the limit. Straight leg raise, he lifts with an extensor lag, about fifteen degrees.
C: He asks if the lag is bad.
T: Normal at three weeks. The quad needs help waking up. So I'm using NMES, Russian electrical stimulation on the quad, and I stay with him and cue a quad set with every contraction, so I'm here the whole time. That was twelve minutes.
C: He says it tingles but it's strong.
T: Then the quad sets, the heel slides to sixty, the ankle pumps, two sets of fifteen, ten minutes.
C: He says his leg is shaking.
T: That's expected. This is a low complexity evaluation: one body part, healthy, he's stable and the surgeon's protocol is clear.
C: He asks how often.
T: Twice a week for ten weeks. The brace stays locked for walking until the surgeon says otherwise.
C: He asks if we can text him the schedule. His number is 555-0112, video relay or text.
T: The front desk will text. See you Thursday, Mr. Brooks.
P: Thank you.
""")

S("h_pt11_cp_child_gait_wheelchair", "test", "PT", "daily", "PT", "per-code",
  timed={"97116": 18, "97542": 10}, untimed=[], key="97116x1:GP 97542x1:GP",
  facts=["cerebral palsy|spastic diplegia|diplegia", "posterior walker|walker", "AFO|AFOs|ankle foot orthoses",
         "wheelchair", "ramp", "crouch|crouched", "100 feet|100 ft|one hundred feet|a hundred feet",
         "brakes", "standby assist|stand by assist|standby"],
  negated=["pain", "falls"], absent=["bus 14", "Paw Patrol"],
  text="""
T: hi jayden hi mom how was the week
C: good um he rode bus 14 to school all by himself with the aide he was so proud
T: big guy how old are you now
P: seven and a half
T: seven and a half ok jayden any pain in the legs this week any owies
P: nope
C: no pain he hasnt said anything
T: any falls at school or home
C: used to be every day with the old walker not anymore maybe one trip last month but he caught himself on the couch so no not a fall
T: ok good so with the cerebral palsy the spastic diplegia we're working on the crouch lets get the afos on
P: i can do the straps
T: you do the straps so gait first posterior walker down the hall heel strike heel strike stand tall no crouch
C: hes leaning less
T: he walked 100 feet twice with standby assist last month it was 60 with contact guard
P: i'm fast
T: you are fast so the gait training was um 15 no more like 18 minutes we went twice down the hall and the stairs
C: can we count the stairs he climbed at home too
T: i only put down what we do here so 18 of gait then the wheelchair for the long distances at school
P: my wheelchair is blue
T: blue is the best so brakes on brakes off pushing with long strokes up the ramp and back down the ramp with me spotting
C: he always forgets the brakes
T: he did the brakes 4 out of 5 times today so the wheelchair part was 10 minutes
P: can i watch paw patrol after
C: paw patrol at home buddy
T: ha ok home program standing at the counter in the afos while he brushes teeth and the walker to the mailbox
C: our mailbox is far like the end of the driveway
T: perfect thats the distance we want next week we try the stairs with one rail
P: bye
""")

S("h_pt12_charcot_marie_tooth_pta", "test", "PT", "daily", "PTA", "cms",
  timed={"97112": 19, "97116": 11}, untimed=[], key="97112x1:GP,CQ 97116x1:GP,CQ",
  facts=["Charcot-Marie-Tooth|CMT", "AFO|AFOs|ankle foot orthoses|braces", "tandem",
         "single-leg stance|single leg stance|SLS", "8 seconds|eight seconds", "foam",
         "cane|single-point cane", "curb|curbs", "hot pack"],
  negated=["falls", "tripping", "burning"], absent=["Brighton Beach", "sixty dollars"],
  text="""
T: Good morning, Mrs. Volkova. I'm Chris, the PT assistant, I work with Dr. Patel. And your interpreter today is, sorry, your name?
C: Irina. Russian interpreter. I'll interpret everything.
T: Thank you, Irina. Mrs. Volkova, how are the legs this week? The Charcot-Marie-Tooth.
C: She says weak, the feet are weak, but she walked to Brighton Beach on Sunday, with her daughter, slowly.
T: Any falls this week?
C: She says no. Nyet. Not that she noticed, she says, and she would notice.
P: No falls.
T: Tripping on the toes, catching the feet?
C: She says she used to trip on the rug, but since the new braces, the AFOs, not anymore.
T: Any burning in the feet?
C: She says no, numb, but not burning.
T: Okay. Hot pack on the low back first, she asked for it last time, ten minutes.
C: She says thank you, her back is tired from the walk.
T: Alright. Balance: feet together, then tandem, then single-leg stance at the counter. Single-leg stance on the right eight seconds, left five. Then on the foam with eyes open.
C: She says the foam is like a boat.
T: Like a boat, yes. Then reaching in tandem, and the stepping strategy when I nudge her. That was, uh, eighteen minutes... no, nineteen, we did one more round on the foam.
C: She asks if this helps the feet.
T: It helps the balance, the brain and the ankles working together. Then gait with the single-point cane outside to the curb, up and down the curb, and back, eleven minutes.
C: She says the curb is the scariest.
P: Scary.
T: You did it well, step up with the stronger leg. For Dr. Patel: balance nineteen, gait eleven with the cane and curbs, hot pack first, single-leg stance right eight seconds.
C: She asks about the copay, the desk said sixty dollars, she thought it was forty.
T: I'll ask the front desk to check that with you on the way out.
C: She says thank you, and see you Friday.
T: See you Friday, Mrs. Volkova.
""")

S("h_pt13_tmd_pta_ultrasound", "test", "PT", "daily", "PTA", "per-code",
  timed={"97140": 17, "97110": 11, "97035": 6}, untimed=[], key="97140x1:GP,CQ 97110x1:GP,CQ",
  facts=["TMJ|temporomandibular|TMD|jaw", "mouth opening 32|32 millimeters|32 mm|thirty-two millimeters",
         "5/10|5 out of 10|five out of ten", "ultrasound", "masseter", "tongue up|rest position|tongue on the roof",
         "night guard", "chin tucks"],
  negated=["locking", "headaches", "ear pain"], absent=["555 0190", "sushi"],
  text="""
T: hi priya come on back hows the jaw this week the temporomandibular pain
P: um okay like a 5 out of 10 in the morning, better by lunch
T: 5 in the morning is it the left or the right still
P: left is fine its the right side always the right
T: right side ok any locking where it gets stuck open or closed
P: nah not that i noticed
T: headaches
P: used to every day not anymore
T: ear pain
P: i wouldnt say that just pressure sometimes
T: ok wearing the night guard
P: every night my dentist made a new one
T: good lets measure mouth opening 30 no hang on 32 millimeters 32 last week was 28
P: i can fit a sandwich now
T: a small one so ultrasound first on the right masseter 1 megahertz point 8 watts it was six minutes today not eight the machine timed out early
P: warm
T: then the intraoral work and the soft tissue to the masseter and the temporalis gloves on
P: ow thats the spot
T: breathe through the nose ok then some neck work too the suboccipitals that was 17 minutes of manual
P: felt like forever
T: then exercises tongue up on the roof of the mouth the rest position then the controlled opening in the mirror the chin tucks 10 each with a 5 second hold
P: my tongue is tired ha
T: that was 11 minutes of exercise the therapist wants you to do them 3 times a day
P: can i eat sushi yet my friends are doing sushi saturday
T: small pieces and no big bites no gum either
P: ok oh and can you update my number its 555 0190 i switched carriers
T: ill tell the front desk ok so manual 17 ther ex 11 ultrasound 6 mouth opening 32 millimeters pain 5 out of 10
P: see you tuesday
""")

S("h_pt14_diastasis_recti_progress", "test", "PT", "progress", "PT", "cms",
  timed={"97110": 26, "97112": 12}, untimed=["97150"], key="97110x2:GP 97112x1:GP 97150x1:GP",
  facts=["diastasis recti|diastasis", "postpartum", "1.5 finger widths|1.5 fingers|one and a half finger",
         "2.5 centimeters|2.5 cm|two point five centimeters", "transverse abdominis|transversus abdominis",
         "pelvic girdle pain|pelvic girdle", "2/10|two out of ten|2 out of 10", "group|mom class|postpartum class",
         freq(1, 6, "once a week for six more weeks")],
  negated=["leaking", "pain with intercourse", "heaviness"], absent=["Trader Joe's", "four-twenty"],
  text="""
T: Hi Keisha! Progress report day. How are you and the little one?
P: Good, tired. She's four months, the big one is three and a half and climbing everything.
T: The climbers. So for the diastasis recti and the pelvic girdle pain, how's the pain?
P: Two out of ten, mostly when I lift the car seat. It was a six when we started.
T: Any leaking when you cough or sneeze?
P: Nope. Used to, right after, not anymore.
T: Pain with intercourse?
P: Um, I wouldn't say that. It's fine now.
T: Any heaviness, pressure down below at the end of the day?
P: Nah, not that I noticed.
T: Great. Let me check the gap. Lie back, lift your head... at the belly button, one and a half finger widths, about two point five centimeters. It was three fingers at the eval.
P: It's closing!
T: It is. And the tension is good, the transverse abdominis is working. My sister had a diastasis after her twins, hers took a year.
P: I'm going to Trader Joe's after this, I'll buy myself a treat.
T: You deserve it. So today: TA activation with the breath, heel slides, the dead bugs, bridges, side planks on the knees, two sets of ten, that's twenty minutes or so.
P: Can we do the squats too?
T: Sure, squats and the car-seat lifts. Okay, I said twenty earlier, but with the squats and the car-seat lifts it was twenty-six by the clock. Twenty-six.
P: The car-seat lift with the fifteen-pound bag, I felt that.
T: That's real life. Then pelvic floor coordination and balance: exhale on the lift, single-leg stance while holding the bag, that was twelve.
P: And I did the mom class.
T: Yes, the postpartum group class I run, the mom class, forty-five minutes with four other moms.
P: I love that class.
T: Goals: pain under three with lifting, met. Gap under two finger widths, met. Back to running, not yet, so we keep going: once a week for six more weeks, and the group.
P: When can I run?
T: After the hop and impact tests, maybe four weeks. Hey, Jess, your four-twenty is here.
T: Thanks. Keisha, keep the breath with every lift.
""")

S("h_pt15_cervicogenic_headache_discharge", "test", "PT", "discharge", "PT", "per-code",
  timed={"97140": 15, "97110": 22}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["cervicogenic headache|cervicogenic|headaches", "NDI 8|8 percent|8%|eight percent",
         "1 per week|once a week|one a week|one per week", "deep neck flexor|deep neck flexors",
         "rotation 70|70 degrees|seventy degrees", "0/10|zero out of ten|0 out of 10",
         "home exercise program|home program|HEP", "desk|workstation"],
  negated=["dizziness", "arm tingling", "nausea"], absent=["thirty dollars", "Seahawks"],
  text="""
T: Hi Mr. Lindgren. Last visit today. How are the headaches?
P: Way better. I used to get them every day. Now maybe once a week, and it's mild.
T: Once a week. And right now?
P: Zero out of ten.
T: Any dizziness?
P: Nah.
T: Arm tingling, down the arms?
P: Never had that.
T: Nausea with the headaches?
P: Used to, with the bad ones. Not anymore.
T: Great. Let me measure. Rotation to the right seventy degrees, left seventy-five. Deep neck flexor endurance, thirty-eight seconds, it was twelve at the eval.
P: Thirty-eight!
T: Your NDI came out eight percent, from thirty-four.
P: My wife has migraines, real ones, I told her about you.
T: Send her our way, her doctor has to refer. So, one more round: upper cervical mobs, the suboccipital release, the thoracic mobs, that was, um, fifteen minutes, yeah fifteen.
P: The head release is the best part.
T: Then the exercises: chin nods with the pressure cuff, the rows, the wall angels, the thoracic extension over the roll. Twenty-two minutes. And no, Lucy, I didn't use your cuff, it's the blue one.
P: Ha.
T: Your desk setup at work, the workstation, how's that?
P: Monitor up, chair fixed. The company paid for a stand-up desk.
T: Perfect. Goals: headaches down to one per week or less, met. Full rotation, met. Work eight hours without a headache, met. You're discharged with the home exercise program.
P: Do I keep paying the thirty dollars copay if I come back?
T: If you come back you'll need a new referral, and the front desk can tell you the copay. Keep the chin nods daily and the rows three times a week.
P: Will do. Did you catch the Seahawks?
T: Don't remind me. Take care, Mr. Lindgren.
""")

# ---------------------------------------------------------------------------------------------
# OT test (8)
# ---------------------------------------------------------------------------------------------

S("h_ot08_huntingtons_eval_high", "test", "OT", "evaluation", "OT", "cms",
  timed={"97535": 22}, untimed=["97167"], key="97167x1:GO 97535x1:GO",
  facts=["Huntington's|Huntington", "chorea", "weighted utensils|weighted spoon|weighted fork",
         "plate guard|scoop plate", "moderate assist|mod A|moderate assistance", "shower chair|tub bench|tub transfer bench",
         "grab bars", "COPM", "min A|minimal assist|minimal assistance", freq(1, 12, "once a week for twelve weeks")],
  negated=["choking", "feeling down"], absent=["Lakewood", "twenty-two years"],
  text="""
T: Hi Mr. Fischer, Mrs. Fischer. I'm Rosa, occupational therapist. The neurologist sent you for daily activities with the Huntington's disease.
C: Yes. Mostly eating and the shower. The movements, the chorea, it's worse when he's tired.
P: Food goes everywhere.
T: That's what we'll work on. His mother had Huntington's too, the referral says?
C: His mother, yes, and his uncle. That's how we knew to test.
T: I'm sorry. Any choking with meals?
P: Nah.
C: Not that I noticed, the speech therapist checked him in the spring.
T: Any feeling down, low mood lately?
P: I wouldn't say that. Frustrated.
T: Frustrated makes sense. Dressing?
C: He does the top himself, I help with the buttons and the socks. Shower, I help him over the tub, that's the scary one, he needs, I'd say, a lot of help.
T: So upper body dressing min A, lower body moderate assist, tub transfer moderate assist. COPM: his top two problems?
P: Eating without the mess. And the shower without her.
T: Performance three, satisfaction two on eating; shower, performance two, satisfaction one. Let's try eating now. Weighted utensils, this spoon is heavier, and a plate guard on the edge.
P: Heavy.
T: Heavy helps with the movement. Try the yogurt... much better. Now the cup with the lid and the long straw.
C: That's the cleanest I've seen him eat in a year.
T: Then we set up a shower chair plan: a tub transfer bench, grab bars, a handheld shower head. We practiced the transfer on the bench here with his hand on the bar. So the feeding and the bathing training, that was, uh, let's see, I started at the yogurt, twenty, twenty-two minutes. Twenty-two.
C: We've been married twenty-two years, he never let me help.
P: Still don't want it.
T: That's what the bench is for. This is a high complexity evaluation: a progressive neurological disease, several areas, falls and safety risk, and changing needs.
C: Should he be driving?
T: That's a question for the neurologist and a driving evaluation, and I'd not drive until then. Where do you live?
C: Lakewood, the blue house off Sheridan.
T: I'll send the equipment list. Plan: once a week for twelve weeks, home safety, feeding and bathing.
C: Thank you, Rosa.
""")

S("h_ot09_radial_nerve_palsy_eval_mod", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 24}, untimed=["97166"], key="97166x1:GO 97760x2:GO",
  facts=["radial nerve|radial nerve palsy", "wrist drop", "dynamic|tenodesis", "wrist extension 0/5|0/5|zero out of five",
         "grip 18|18 pounds|eighteen pounds", "grip 64|64 pounds|sixty-four pounds", "dorsal hand|back of the hand",
         "Mandarin", freq(2, 8, "twice a week for eight weeks")],
  negated=["neck pain", "pain"], absent=["33817", "Shanghai"],
  text="""
T: Hello Mr. Zhang, I'm Olivia, occupational therapy. We have the Mandarin interpreter on video.
C: Hello, interpreter 33817, Mandarin. I'll interpret in first person.
T: Thank you. Mr. Zhang, the doctor says radial nerve palsy, the left arm. You woke up with the wrist drop?
C: Yes. After the long flight from Shanghai, he fell asleep on the arm over the armrest. He woke up and the hand was hanging down.
P: Like this.
T: When was that?
C: Five weeks ago. He says the doctor said it should come back slowly.
T: Any pain?
C: He says no pain. Just weak. And numb on the back of the hand, here, by the thumb.
T: Numbness on the dorsal hand, the back of the hand, by the thumb web. Any neck pain?
C: He says no, he wouldn't say that. Only the wrist.
T: Okay. Wrist extension, zero out of five, no movement. Finger extension at the knuckles, also zero. Elbow fine. Grip, with the wrist supported: left eighteen pounds, right sixty-four pounds.
C: He asks why the grip is weak if only the top is broken.
T: Good question. Without the wrist held up, the fingers can't squeeze well. That's why the orthosis. I'm making a dynamic one, the wrist held up, and the rubber bands that lift the fingers, so he can use the tenodesis, open and close.
P: Okay.
C: He asks if he can work, he's an accountant, he types.
T: With the splint, typing, yes, slowly. So fabricating... molding the base, the outrigger, fitting the slings on each finger, adjusting the tension. That was, oh, twenty-four minutes. Twenty, no, twenty-four, the outrigger took a while.
C: He says it's strange, but the fingers go up.
T: Exactly. This is a moderate complexity evaluation: nerve injury, his job needs fine hand use, and we need a custom orthosis and a home program while the nerve recovers.
C: He asks how long.
T: Months. Plan: twice a week for eight weeks, splint checks and exercises to keep the joints moving. Wear it in the day, a night splint later.
C: Interpreter speaking, the video is freezing, one moment... okay. He says thank you.
T: See you Thursday, Mr. Zhang.
""")

S("h_ot10_scleroderma_hands_reeval", "test", "OT", "re-evaluation", "OT", "per-code",
  timed={"97110": 13, "97535": 8}, untimed=["97168"], key="97168x1:GO 97110x1:GO 97535x1:GO",
  facts=["scleroderma|systemic sclerosis", "Raynaud's|Raynaud", "digital ulcer|ulcer",
         "fingertip to palm|fingertip-to-palm|distance to palm", "3 centimeters|3 cm|three centimeters",
         "jar opener", "COPM", "grip 22|22 pounds|twenty-two pounds", freq(1, 8, "once a week for eight weeks")],
  negated=["infection", "swallowing trouble"], absent=["Cancun", "555 0164"],
  text="""
T: Hi Mrs. Abara. It's re-evaluation day, three months since we started for the scleroderma in the hands. How have they been?
P: Stiffer in the cold. The Raynaud's is bad this winter, the fingers go white, then blue.
T: I'm sorry. The ulcer on the right index fingertip, how is it?
P: The digital ulcer is small, the dermatologist is watching it. No paraffin for me today, I know.
T: No paraffin with an open ulcer, right. Any infection, redness spreading?
P: Not that I noticed. No.
T: And swallowing trouble, the esophagus?
P: Used to have heartburn with it, not anymore on the new pill. No swallowing trouble.
T: Good. Measures. Fingertip to palm distance on the right, three centimeters at the middle finger; it was four and a half. Left two centimeters. Grip right twenty-two pounds, left twenty-six.
P: My sister in Cancun sent me gloves, the heated ones.
T: Heated gloves are great for the Raynaud's, battery ones, keep them on outside. COPM: opening jars, performance was two, now five; buttoning, four to six.
P: The jar opener changed my life.
T: So jar opener, built-up handles on the pens, and today: the tendon glides, the tabletop stretches, the web space stretch, gentle, warm water first, thirteen minutes.
P: I do them in the shower.
T: Good. Then self-care training: the button hook and the zipper pull, and we set up the kitchen with the lever taps, that was eight minutes.
P: Should I write down the number for the glove company? It's 555 0164.
T: Keep it for yourself, I don't need it. So the re-evaluation: fingertip to palm improved, grip stable, COPM improved by three points on jars. Goals updated: button a blouse independently, open a medication bottle.
P: Same schedule?
T: Once a week for eight weeks, then we see. Keep the heated gloves and check the ulcer every day.
P: Thank you, dear.
T: Take care in the cold, Mrs. Abara.
P: I'll try.
T: For my note: re-eval, ther ex thirteen, self-care eight.
""")

S("h_ot11_tfcc_repair_daily", "test", "OT", "daily", "OT", "cms",
  timed={"97110": 14, "97140": 9, "97530": 8}, untimed=[], key="97110x1:GO 97140x1:GO",
  facts=["TFCC|triangular fibrocartilage", "supination 60|60 degrees|sixty degrees", "pronation 75|75 degrees|seventy-five degrees",
         "3/10|3 out of 10|three out of ten", "Muenster|munster", "golf", "putty", "scar"],
  negated=["clicking", "numbness"], absent=["555 0133", "seven iron"],
  text="""
T: hey dev hows the wrist
P: not bad um 3 out of 10 today the ulnar side when i turn a doorknob
T: 3 out of 10 any clicking on that side like before the tfcc repair
P: nah thats gone since surgery
T: numbness in the pinky side
P: not that i noticed no
T: ok lets take the muenster brace off and measure supination 55 wait let me redo it 60 degrees and pronation 75 degrees
P: better than last week right
T: better last week was 45 for supination ok scar massage first and the soft tissue to the forearm and then some gentle joint work that was like 10 no 9 minutes 9
P: feels looser
T: then exercises pronation supination with the hammer the wrist curls with the 1 pound weight the putty the green one
P: the putty kills
T: ha good the exercises were 14 minutes
P: my buddy wants me to play golf saturday with his seven iron or whatever
T: no golf yet thats week 12 earliest then we do the golf swing stuff here
P: ugh ok
T: last thing the functional stuff turning the doorknob the jar the key in the lock thats 8 minutes
P: the key is easy now
T: so for the note ther ex 14 manual 9 functional 8 supination 60 pronation 75
P: whatever you say
T: ok and hey can you confirm the cell the system has 555 0133
P: yep thats me
T: cool back in the muenster brace except for exercises twice a day and typing at work is ok with the brace on
P: i code all day so thats good the mouse bugs it a little
T: try the mouse on the left side for a week or the trackpad and tell me thursday
P: see you thursday
T: thursday
""")

S("h_ot12_chemo_neuropathy_ota_cms", "test", "OT", "daily", "OTA", "cms",
  timed={"97530": 16, "97535": 13, "97110": 12}, untimed=[], key="97530x1:GO,CO 97535x1:GO,CO,59 97110x1:GO,CO",
  facts=["chemotherapy|chemo", "neuropathy", "buttons|buttoning", "nine-hole peg|9-hole peg",
         "38 seconds|thirty-eight seconds", "desensitization", "bath thermometer|thermometer", "coins|coin"],
  negated=["falls", "burns", "cuts"], absent=["Maui", "twelve-thirty"],
  text="""
T: Hi Ms. Rahimi, I'm Dee, the OT assistant, working with Tara. How are the hands?
P: Numb still, like gloves. From the chemo. But I finished the last round in October, so it's getting, I think, a little better?
T: Good. Any falls this week?
P: Nope.
T: Burns, cuts, anything you didn't feel in the kitchen?
P: Used to, I burned my thumb on the pan in August. Not anymore, I use the thermometer for the bath and the oven mitts always.
T: That bath thermometer is important. My aunt had the same neuropathy after her chemo, hers got much better in a year.
P: That gives me hope.
T: Okay. Nine-hole peg test, right hand: thirty-eight seconds. Last time forty-four.
P: Faster.
T: Faster. So, the activities: picking coins out of the rice, sorting them by size, without looking, then the nuts and bolts, then the clothespins.
P: The coins are hard without looking.
T: That's the point. That was sixteen minutes.
P: My cousin is going to Maui next month, she wants me to come.
T: That sounds nice. Then the desensitization and strengthening: the textures, rice, beans, then the putty and the finger web, twelve minutes.
P: The beans feel weird.
T: Then the buttons, the dressing, the earrings and the zipper on your coat, self-care, the real stuff. Thirteen... hmm, I had ten at first but we went back for the coat zipper, so thirteen.
P: The earrings are a disaster.
T: Big hoops are easier for now. Hey Dee, your twelve-thirty is here.
T: Thanks, two minutes. So for the note: activities sixteen, self-care thirteen, ther ex twelve with the desensitization, nine-hole peg thirty-eight seconds right.
P: Tara sees me next week?
T: Tara does your progress report next week. Keep the rice bin at home, five minutes, twice a day.
P: Okay. See you.
""")

S("h_ot13_elbow_dislocation_ota_percode", "test", "OT", "daily", "OTA", "per-code",
  timed={"97110": 22, "97140": 8}, untimed=[], key="97110x1:GO,CO 97140x1:GO,CO",
  facts=["elbow dislocation|dislocated elbow|dislocation", "elbow extension|extension", "lacking 25|-25|minus twenty-five|lacking twenty-five",
         "flexion 120|120 degrees|a hundred and twenty|one hundred twenty", "hot pack", "4/10|four out of ten|4 out of 10",
         "Haitian Creole|Creole", "hinged brace|brace"],
  negated=["numbness", "instability"], absent=["fifteen dollars", "Port-au-Prince"],
  text="""
T: Bonjou, Mr. Jean-Baptiste. I'm Malik, the OT assistant. And we have a Haitian Creole interpreter today on the phone.
C: Yes, good morning. I'm the interpreter. Go ahead.
T: How is the elbow this week, the left elbow dislocation?
C: He says better, the pain is four out of ten, more in the morning.
P: Four.
T: Any numbness in the fingers, the pinky?
C: He says no numbness. He says he had it in the hospital, not now.
T: Any feeling that the elbow slips, instability?
C: He says no, he wouldn't say that, the hinged brace keeps it. He feels safe.
T: Good. Hot pack first on the elbow, ten minutes, while we talk.
C: He says that's nice, it's cold outside. He says in Port-au-Prince he never needed a coat.
T: Ha. Okay, measures: elbow extension lacking twenty-five, so minus twenty-five; flexion a hundred and twenty degrees.
C: He asks if this is good.
T: Better: last week he lacked thirty-five. Okay, manual: soft tissue on the biceps and the joint mobilization, gentle, eight minutes.
C: He says it's tight, but okay.
T: Then exercises: active assisted extension on the table, the towel slides, supination with the hammer, the biceps curls with a one-pound weight, and the wall walks. That was, um, twenty, no, twenty-two minutes.
C: He says his daughter wants to know if he can carry the groceries.
T: Not heavy groceries yet, one light bag, elbow close to the body.
C: He asks about the payment, he thought it was fifteen dollars, the letter said more.
T: The front desk can look at it with him after. For the note: hot pack ten, manual eight, ther ex twenty-two, extension lacking twenty-five, flexion one hundred twenty.
C: He says thank you.
P: Mèsi.
T: See you Monday, Mr. Jean-Baptiste.
""")

S("h_ot14_ucl_thumb_repair_progress", "test", "OT", "progress", "OT", "cms",
  timed={"97110": 16, "97763": 7}, untimed=[], key="97110x1:GO 97763x1:GO",
  facts=["UCL|ulnar collateral ligament|skier's thumb", "hand-based thumb spica|thumb spica",
         "key pinch 9|9 pounds|nine pounds", "key pinch 16|16 pounds|sixteen pounds",
         "MP flexion 40|40 degrees|forty degrees", "2/10|two out of ten|2 out of 10", "skiing|ski",
         freq(1, 4, "once a week for four more weeks")],
  negated=["instability", "numbness", "swelling"], absent=["Vail", "eighty-dollar"],
  text="""
T: Hi Mr. Okonkwo. Progress report today, eight weeks from the UCL repair, the skier's thumb. How's it doing?
P: Good. Two out of ten, sometimes when I grab the car door.
T: Any instability, like the thumb gives?
P: Not that I noticed. No.
T: Numbness on the thumb tip?
P: I had a numb spot at the scar. Not anymore.
T: Swelling?
P: Nah.
T: Great. MP flexion, forty degrees, the other side is fifty-five. Key pinch nine pounds right, sixteen pounds left.
P: Still weaker.
T: Weaker, but up from four. My brother did the same thing skiing, he's fine now.
P: I tore it in Vail. An eighty-dollar lift ticket, one run, and done.
T: Ha, the priciest run. So exercises: thumb opposition, the MP blocking, the light putty pinch, the rubber band abduction, and then the clothespins. That was, um, fifteen? Sixteen, I'll say sixteen, we went over.
P: The clothespins are tough.
T: They're meant to be. Then I reshaped the hand-based thumb spica, trimmed it so it doesn't rub at the wrist and you can bend the wrist, seven minutes.
P: So much better.
T: Goals: pinch at fifty percent of the left, met. Pain two or less, met. Turning the key and opening jars without the splint, progressing. Back to skiing in the spring, not yet.
P: Can I ski in March?
T: With the pole strap off and a thumb guard, maybe, we'll see in the next progress. Grabbing the pole with the strap on is exactly how most people tear it.
P: That's literally what happened. The pole yanked the thumb back when I fell. Plan: once a week for four more weeks, the splint only for heavy tasks and at night.
P: Okay.
T: For the note: ther ex sixteen, orthotic adjustment seven, key pinch nine right.
P: Thanks.
""")

S("h_ot15_ganglion_excision_discharge", "test", "OT", "discharge", "OT", "per-code",
  timed={"97110": 12, "97140": 8, "97530": 11}, untimed=[], key="97110x1:GO 97140x1:GO 97530x1:GO,59",
  facts=["ganglion|ganglion cyst", "wrist extension 65|65 degrees|sixty-five degrees",
         "grip 58|58 pounds|fifty-eight pounds", "0/10|zero out of ten|0 out of 10", "scar massage|scar",
         "yoga", "home exercise program|home program|HEP", "dorsal wrist|back of the wrist"],
  negated=["numbness", "recurrence", "pain with push-ups"], absent=["Ohana", "March 9th"],
  text="""
T: Hi Kalani. Last visit! The dorsal wrist ganglion excision, six weeks ago. How's the wrist?
P: Zero out of ten. Honestly I forget it's there.
T: Any numbness around the scar, the back of the wrist?
P: Nope, not since the first week.
T: Any bump coming back? Any sign of recurrence?
P: I check it every morning, nah, flat.
T: Good. Pain with push-ups, or downward dog?
P: I wouldn't say that. I did a whole yoga class Tuesday, modified.
T: Great. Measures: wrist extension sixty-five degrees, the other side seventy. Wrist flexion seventy, full. Grip fifty-eight pounds, left sixty.
P: I've been doing the putty every night watching TV, the orange one.
T: It shows.
P: Almost even.
T: Almost even. So last session: scar massage and the soft tissue, eight minutes. Then the exercises, wrist extension stretches, the putty, wrist curls, twelve minutes.
P: Easy now.
T: Then separate from the massage, the yoga simulation: weight bearing on the hands, quadruped, plank on the knees, downward dog on the mat, eleven minutes.
P: My yoga studio, Ohana Yoga, they'll be glad I'm back.
T: Goals: full weight bearing on the wrist without pain, met. Grip within ten percent, met. Back to yoga, met. You're discharged with the home exercise program.
P: My teacher's class restarts March 9th.
T: Ease in, use the fists or the wedge for the first two weeks.
P: Fists, okay. And typing at work, I'm back to full days at the bank.
T: Full days are fine, keep the wrist neutral on the keyboard and take the stretch break every hour.
P: Okay. And the scar?
T: Scar massage once a day until it's pale, and sunscreen.
P: Thank you!
T: Great work. For the note: discharge, manual eight, ther ex twelve, ther act eleven, grip fifty-eight, wrist extension sixty-five.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("h_slp08_apraxia_of_speech_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92522"], key="92522x1:GN",
  facts=["apraxia of speech|apraxia|AOS", "groping", "12/20|12 of 20|twelve of twenty|60%|60 percent",
         "diadochokinetic|DDK|puh-tuh-kuh", "intelligibility", "70%|70 percent|seventy percent",
         "left hemisphere|left-hemisphere|stroke", "sound substitutions|substitutions",
         freq(2, 10, "twice a week for ten weeks")],
  negated=["swallowing problems", "trouble understanding"], absent=["555 0157", "Olive Garden"],
  text="""
T: Hi Mr. Castellano, Mrs. Castellano. I'm Nadia, speech-language pathology. So six weeks after the stroke, the left hemisphere, and the words are hard to get out?
P: Yes. I... kn... know. The word. It's... hard. To. Say.
C: He knows exactly what he wants to say. It just comes out wrong, or stuck.
T: That fits what the neurologist wrote. Any swallowing problems?
C: No. The hospital checked, he eats everything.
T: Any trouble understanding what people say to him?
P: Nah. I... under... stand. All.
C: He does the crossword still, he understands everything.
T: That's helpful. His brother had a stroke too, the referral says?
C: His older brother, yes, in Florida. He couldn't walk after, but he talked fine.
T: Okay. Let's start. Say "pa pa pa" fast... good. Now "puh-tuh-kuh", the diadochokinetic task.
P: Puh... tuh... kuh. Puh-tah... puh-tuh-kuh.
T: Good try. The sequence is slow, with groping, the mouth searching for the position. Now repeat these words after me: "tomato".
P: To... ta... tomato.
T: "Catastrophe."
P: Cata... cats... catastrophe.
T: Word repetition: twelve of twenty correct, sixty percent, more errors on the longer words, sound substitutions, and he's inconsistent on repeat tries.
C: Is that the apraxia?
T: Yes, apraxia of speech, moderate. Planning the movements is the problem, not the muscles and not the language. In conversation, intelligibility is about seventy percent to me, unfamiliar listener.
C: I understand him more, maybe ninety.
T: That makes sense. Writing?
C: He texts me, short ones. Our daughter's number is 555 0157 if you need a second contact.
T: I'll give it to the front desk. Plan: twice a week for ten weeks, we'll work on sound sequences and phrases he uses every day, like ordering at a restaurant.
P: Olive Garden. Bread... sticks.
C: His favorite. He wants to order himself.
T: Then "breadsticks, please" is our first phrase. The testing took about an hour today.
P: Thank... you.
""")

S("h_slp09_cochlear_implant_child_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["cochlear implant|cochlear implants|CI", "PLS-5|PLS", "auditory comprehension 78|78|seventy-eight",
         "expressive communication 74|74|seventy-four", "final consonant deletion", "fronting",
         "Ling six|Ling 6|Ling sounds", "4 years|four years|4-year-old|four-year-old",
         freq(2, 12, "twice a week for twelve weeks")],
  negated=["ear infections", "pulling them off"], absent=["400 Elm", "Bluey"],
  text="""
T: Hi Mila! Hi Mom and Dad. I'm Tessa, speech pathology. So Mila is four years old, bilateral cochlear implants, activated at age three?
C: Yes. Fourteen months of sound. The audiologist at 400 Elm wanted a full speech and language evaluation.
T: Great. Any ear infections since the implants?
C: Not that I noticed. She had a lot before, none since.
T: Does she wear the processors all day, any pulling them off?
C: She used to pull them off in the car, not anymore. All day now, from breakfast to bath.
T: Wonderful. Dad, the intake says you have hearing aids?
C: Since I was twenty. Mine is a different kind of loss, the doctors said, not the same thing as hers.
T: Thank you. Mila, can you do the listening game? Ling six sounds: "ah"... "oo"... "ee"... "sh"... "s"... "m".
P: Ah! Oo! Ee! Sh! S! M!
T: All six detected and imitated with the processors on, nice. Now let's look at pictures. The PLS-5. What's this?
P: A ta.
T: A cat, yes. And this?
P: Doggie! Bluey!
C: She loves Bluey.
T: Bluey fans everywhere. So I'm hearing fronting, "ta" for "cat", and final consonant deletion, "ca" for "cup".
C: We hear that at home.
T: On the PLS-5, auditory comprehension standard score seventy-eight, expressive communication seventy-four. Both below average, but for fourteen months of hearing age, she's catching up well.
C: That's what we hoped.
T: She's using two-word phrases and a few three-word ones. Speech sounds: the early sounds are in, the back sounds and the endings are not yet.
C: Should she go to preschool?
T: Yes, with the FM system or a remote mic for the teacher. Plan: twice a week for twelve weeks, listening and spoken language, and the speech sounds.
P: Bluey!
T: We'll use Bluey next time. The testing was about forty minutes, she was great.
C: Thank you, Tessa.
""")

S("h_slp10_chemo_related_cognition_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 11}, untimed=[], key="97129x1:GN 97130x1:GN", cog=26,
  facts=["chemo brain|chemotherapy|chemo", "word finding|word-finding", "14 items|14 words|fourteen",
         "n-back|2-back|two-back", "8/10|8 of 10|eight of ten|80%|80 percent", "meal plan|planning meals|weekly meals",
         "phone reminders|phone alarms|reminders", "breast cancer"],
  negated=["headaches", "getting lost"], absent=["forty dollars", "soccer tournament"],
  text="""
T: Hi Renata. How was the week with the chemo brain?
P: Honestly? Better on the mornings I sleep. I still lose words in meetings, it's so embarrassing, um, the, what is it, the thing you click... the mouse.
T: The word finding. Any headaches?
P: Not that I noticed. No.
T: Any getting lost, driving places you know?
P: Used to, in the spring, once on the way to my sister's. Not anymore.
T: Good. Are the phone reminders working?
P: The alarms, yes. I didn't miss a single pill this week.
T: Love that. My mom went through breast cancer treatment too, so I get the fog. Okay, first, word finding: name as many fruits as you can in a minute.
P: Apple, banana, mango, kiwi, uh, pear, grape, plum, peach, cherry, lemon, lime, orange, fig, uh, strawberry.
T: Fourteen items, I didn't count the repeat. Last week was ten.
P: Better!
T: Now the n-back, the two-back, with the letters.
P: That one makes me sweat.
T: Eight of ten correct, eighty percent. Now the meal plan, planning the weekly meals for the family with the grocery list and the budget.
P: My kids are eleven and fourteen and they want tacos every night.
T: Then tacos go on Tuesday. You did it with the checklist, no cues except for the budget total.
P: Forty dollars for tacos, I added it wrong.
T: You caught it on the recheck. Okay, that was twenty-four... no, twenty-six minutes, I forgot the warm-up naming. Twenty-six minutes of cognitive work.
P: It felt like an hour.
T: It's hard work. Home: the two-back app ten minutes a day, and the meal plan with the checklist on Sunday.
P: Sunday's the soccer tournament, but I'll do it Saturday.
T: Saturday works. Next week, a mock meeting, so we can practice the word finding strategies under pressure.
P: Great. Ugh. Great.
""")

S("h_slp11_tongue_thrust_daily", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["tongue thrust|orofacial myofunctional", "tongue spot|the spot", "14/20|14 out of 20|fourteen out of twenty|70%|70 percent",
         "17/20|17 out of 20|seventeen out of twenty|85%|85 percent", "braces|orthodontist", "lisp|/s/|s sound",
         "lip seal|lips closed", "correct swallows|swallow pattern"],
  negated=["mouth breathing", "snoring"], absent=["555 0171", "minecraft server"],
  text="""
T: hi eli hi dad how was the week with the tongue homework
C: he did it like 5 days out of 7 i think um 4 maybe 5
P: 5 dad
T: ha ok 5 days thats good any mouth breathing at night dad
C: nah not anymore since the allergy spray he used to every night
T: snoring
C: not that i noticed
T: ok so the tongue thrust the orofacial myofunctional stuff remember the tongue spot right behind the top teeth show me
P: here
T: thats the spot ok lip seal lips closed hold for 10 seconds
P: mm
T: good now the swallow with water tongue on the spot lips closed teeth together no push on the teeth lets do 20 sips
P: ok
T: 14 out of 20 correct swallows thats 70 percent last week was 11 out of 20
C: nice buddy
T: now the s sound for the lisp s words in sentences sam sees seven snakes
P: sam sees seven snakes
T: 17 out of 20 correct s in sentences 85 percent with min cues
P: can i go on my minecraft server after
C: after homework
T: ha ok the orthodontist wants this done before the braces go on in march right so the new swallow pattern is automatic
C: march yes the orthodontist said the tongue is pushing the teeth forward
T: ok so homework the tongue spot 10 times 3 times a day and 10 swallows with water at dinner
C: can you text me the sheet my cell is 555 0171
T: the portal sends it but ill check the number on file today was about 30 minutes
P: bye
C: thanks see you next week
""")

S("h_slp12_myasthenia_dysphagia_interpreter", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["myasthenia gravis|myasthenia", "fatigue|fatigues|tired", "pyridostigmine|Mestinon",
         "soft and bite-sized|IDDSI level 6|IDDSI 6|level 6", "thin liquids|thin liquid",
         "10 bites|ten bites", "wet voice|wet", "rest breaks|rest", "nasal regurgitation|through the nose"],
  negated=["pneumonia", "choking"], absent=["72650", "Guadalajara", "Jalisco"],
  text="""
T: Buenos días, Mrs. Rojas. We have the Spanish interpreter on the video today.
C: Good morning, interpreter ID 72650, Spanish. Go ahead.
T: Mrs. Rojas, how is the swallowing this week, with the myasthenia gravis?
C: She says at breakfast it's good, at dinner she's tired, the food takes forever, the jaw gets tired.
P: Cansada. Tired.
T: Fatigue through the day, typical. Any choking?
C: She says no, no choking. She wouldn't say that. Only slow.
T: Any pneumonia, fever?
C: She says no pneumonia, never.
T: Does anything come out through the nose when she drinks, nasal regurgitation?
C: She says it used to, in the summer, with water, not anymore since the new dose.
T: Good. When does she take the pyridostigmine, the Mestinon?
C: She says at seven, then eats at nine.
T: Better to eat the main meal thirty to sixty minutes after the dose, when she's strongest. So breakfast at eight.
C: She says okay, she can do that. Sorry, the interpreter, the video froze, can you repeat? ... Okay, she understood.
T: Now trials. Soft and bite-sized, IDDSI level 6, the chicken and rice. Chew, swallow... good. I'm counting.
C: She says it tastes like her mother's, from Guadalajara. Interpreter speaking: I'm from Jalisco too.
T: Ha. So ten bites clear, voice clear. After that, around fifteen bites, the voice got wet, a wet voice, she needed a throat clear.
P: Sí.
T: So that's the fatigue. The plan is ten bites, then a rest break, two minutes, sip of thin liquids, then go on. Smaller meals, more often.
C: She asks if she can drink normal water.
T: Thin liquids are fine, small sips, especially early in the meal.
C: She says her daughter will cut the food.
T: Good. Homework: eat the main meal after the dose, ten bites then rest. Today we did about thirty-five minutes.
C: She says thank you very much.
P: Gracias.
T: See you Tuesday.
""")

S("h_slp13_cleft_palate_vpi_progress", "test", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["cleft palate|cleft", "pharyngeal flap", "glottal stops|glottal stop", "nasal emission",
         "18/20|18 out of 20|eighteen out of twenty|90%|90 percent", "12/20|12 out of 20|twelve out of twenty|60%|60 percent",
         "hypernasality|hypernasal", "oral pressure|pressure", freq(2, 8, "twice a week for eight more weeks")],
  negated=["nasal regurgitation", "ear infections"], absent=["555 0139", "Moana"],
  text="""
T: Hi Sofia! Hi Grandma. Progress report today. It's been four months since the pharyngeal flap for the cleft palate.
C: Yes. Her mom is working, I bring her now. Here's my number for the file, 555 0139.
T: Thank you, I'll give it to the front desk. Any nasal regurgitation, milk or water coming out the nose?
C: Not anymore. Before the surgery, yes, every day.
T: Ear infections this winter?
C: Nah. Not that I noticed. The ENT said the ears are clear.
T: Good. Sofia, ready for the puppy game? Say "puppy".
P: Puppy!
T: Nice oral pressure, a real /p/, no glottal stop. "Baby".
P: Baby.
T: Good. Initial /p/ and /b/ words: eighteen out of twenty correct, ninety percent. At the last progress report it was fifty percent.
C: She doesn't do the, the throat sound as much.
T: The glottal stops, yes, much less. Now /s/ in phrases: "see the sun".
P: See the sun.
T: Tiny bit of nasal emission on "see". Let me check with the mirror under the nose... a little fog on the /s/. Twelve out of twenty, sixty percent.
C: Better than before?
T: Yes, from thirty percent. And the hypernasality is mild now, it was moderate.
P: Can we play Moana?
T: We'll play Moana in a minute. Goals: /p/ /b/ words at ninety percent, met. Glottal stops gone in words, met. /s/ in phrases eighty percent, progressing. Plan: twice a week for eight more weeks, /s/ and the sentences.
C: Good. She's going to kindergarten in the fall.
T: Then we want the /s/ ready. Home: the straw blowing and the /s/ cards, five minutes a day. Say the /s/ long, like a snake, with the air out the mouth, not the nose.
C: Like the snake. She does that one for her little brother, he's two, he laughs every time.
C: We'll do it after dinner.
T: Bye Sofia, great work!
""")

S("h_slp14_pvfm_runner_discharge", "test", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["paradoxical vocal fold|PVFM|vocal cord dysfunction|inducible laryngeal obstruction",
         "rescue breathing|recovery breathing", "sniff-sniff-blow|sniff sniff blow", "pursed-lip|pursed lip",
         "4 episodes|four episodes|4 a week|four a week", "zero episodes|0 episodes|no episodes",
         "cross country|running|runner", "inhaler"],
  negated=["wheezing", "chest pain"], absent=["twenty-four ten", "state meet in Fresno"],
  text="""
T: Hi Zoe. Last session! How's the breathing been with running, the paradoxical vocal fold motion?
P: So good. No episodes at all, zero episodes, for three weeks.
T: Zero episodes for three weeks. When we started you had, what, four a week?
P: Four episodes a week, at least. Every hard workout.
C: I used to get the calls from the coach. Not anymore.
T: Any wheezing?
P: Used to, I thought, but that was the throat. Not anymore.
T: Chest pain with running?
P: Nah. Never really chest, it was the throat closing.
T: And the inhaler?
P: I stopped, the doctor said okay, it never helped anyway.
C: I have asthma, so we all thought it was asthma too.
T: Makes sense, it looks the same from the outside. That's why the scope mattered. So show me the rescue breathing.
P: Sniff-sniff-blow. In through the nose, two sniffs, then out through pursed lips, like a straw.
T: Perfect. And the tongue down, throat relaxed. Now we run: on the treadmill, hard, let's push it until you feel the tightness.
P: Okay... there... sniff-sniff-blow... okay, it's gone.
T: Under ten seconds to recover. That's the goal.
P: I ran my 5K in twenty-four ten last week, a PR.
T: That's awesome! And no episode?
P: None. And I'm going to the state meet in Fresno next month.
T: Cross country state, you earned it. Goals: recover from an episode in under thirty seconds with the rescue breathing, met. Run a race without stopping, met. Zero emergency calls from school, met. You're discharged.
C: What if it comes back?
T: The rescue breathing first. If it's not working in a few weeks, call us, and she'll need a new referral.
P: Can I keep the breathing card?
T: Keep it in your bag. This was about forty minutes with the treadmill.
C: Thank you so much.
T: Good luck at state, Zoe!
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
    if not re.fullmatch(r"h_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("h_" + s["discipline"].lower()):
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
            if f.startswith("h_") and f.endswith(".json"):
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
