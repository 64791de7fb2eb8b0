#!/usr/bin/env python3
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief and the "Therapy billing rules" section of shared/PRODUCT.md.  All 64 sessions live
in this file as data.  Running it:

  1. self-checks every answer key (units and modifiers are recomputed from the minutes with an
     independent implementation of the rules and compared with the hand-written key; timestamps,
     turn counts, durations, facts / negated / absent strings against the transcript text, split
     balance ...) and exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are written as "T: ..." (therapist or assistant), "P: ..." (patient),
"C: ..." (caregiver).  Timestamps are generated at about 2.6 words per second with 0.4-1.0 s
gaps, deterministically from the session id.

Hand key format: "97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.
"""
import hashlib
import json
import os
import random
import re
import sys

SESSIONS = []


def S(sid, split, discipline, note_type, role, rule, *, timed, untimed, key, facts, negated,
      absent, text, cog=None, said_exempt=()):
    SESSIONS.append(dict(id=sid, split=split, discipline=discipline, note_type=note_type,
                         role=role, rule=rule, timed=timed, untimed=untimed, key=key,
                         facts=facts, negated=negated, absent=absent, text=text, cog=cog,
                         said_exempt=said_exempt))


# ---------------------------------------------------------------------------------------------
# PT (26)
# ---------------------------------------------------------------------------------------------

S("b_pt01_tka_daily", "dev", "PT", "daily", "PT", "cms",
  timed={"97110": 23, "97140": 12}, untimed=[],
  key="97110x1:GP 97140x1:GP",
  facts=["4/10|four out of ten|4 out of 10", "a six last week|6/10 last week",
         "112|one-twelve", "-5|minus five", "98|ninety-eight", "full revolutions",
         "skipped Sunday", "twice a week|2x/week"],
  negated=["calf pain"], absent=["soccer", "tournament"],
  text="""
T: Hey Linda, come on back. How's the knee doing today?
P: Better, I think. Um, it was really stiff this morning but it loosened up once I got moving.
T: Good. Pain-wise, where are we?
P: About a four out of ten today. It was a six last week, so.
T: That's real progress. Any calf pain, any swelling down in the lower leg?
P: No calf pain. The knee swells a little by dinner, but it's down by the morning.
T: Okay, good. Did you get your exercises in over the weekend?
P: Most of them. I skipped Sunday, my granddaughter had her soccer tournament and we were out there all day.
T: Oh fun, how'd they do?
P: They lost in the final, but she scored twice, so she was thrilled.
T: Nice. Okay, let's start you on the bike. Rock it back and forth first, and then see if you can get all the way around.
P: All the way? I couldn't do that last time.
T: Let's see. Little more, little more, there you go. Full revolutions.
P: Oh my gosh, it just went over!
T: That's huge. Okay, hop up on the table. I'm gonna work on the kneecap and the scar, so patellar mobs and some soft tissue along the quad.
P: That part always feels so weird.
T: Tell me if it's too much. Okay, let me measure while you're here. Knee flexion's at one-twelve today, and extension, you're at minus five.
P: Is that good?
T: Last week you were at ninety-eight for bending, so yes. The straightening is what we still have to chase.
T: Alright, step-ups on the four inch step, then quad sets and straight leg raises, three sets of ten.
P: My thigh gets all shaky on these.
T: That's normal, that's the quad working. Keep the knee over your second toe.
P: Should I be icing when I get home?
T: If it swells up after today, yeah, ice it twenty minutes and put it up.
T: Okay, so for the note: manual was twelve minutes, the patellar mobs and STM, and ther ex, the bike plus step-ups, quad sets, SLRs, that came to twenty-three minutes total.
P: Do I still need to come twice a week?
T: Yes, twice a week, and I'll recheck your measurements in two weeks.
""")

S("b_pt02_lbp_pta_daily", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 25, "97140": 9}, untimed=[],
  key="97110x2:GP,CQ 97140x1:GP,CQ",
  facts=["5/10|like a 5|5 out of 10", "six hours|6 hours", "did the stretches",
         "not the bridges", "green band", "stiff after the long drives"],
  negated=["numbness", "tingling"], absent=["traction", "Bears", "an hour of massage"],
  text="""
T: Hey Marcus, how's the back treating you?
P: Eh. Like a 5 today. I sat in the truck six hours yesterday, they changed my delivery route.
T: Ooh, that'll do it. Anything going down the leg?
P: Nah, it stays in the back. No numbness, no tingling, nothing like that.
T: Good. Did you get to the exercises?
P: I did the stretches. Not the bridges, I'll be honest.
T: Fair enough, we'll do 'em here then. Let's start on the table, I'll do some soft tissue work to loosen up that right side, and then we'll go into your core program.
P: Hey, can you just do like an hour of massage and bill my insurance for that? Honestly that's the only thing that helps.
T: Ha, I hear you, but that's not how it works. The exercise is what's gonna keep this from coming back. You'll get a few minutes of hands-on to start.
P: Worth a shot.
T: Breathe out for me. Okay. There's a knot right here.
P: Oh yeah, that's the one.
T: Okay, that's about nine minutes of soft tissue on the lumbar paraspinals. How's it feel?
P: Looser. Yeah, better.
T: Alright, bridges, ten reps, hold three seconds at the top.
P: These burn, man.
T: That's your glutes, good. Now bird dogs, then dead bugs, and then the Pallof press with the green band.
P: Did you see the Bears game Sunday?
T: Don't get me started. Keep your back flat, don't let it arch.
P: Like this?
T: Perfect. Okay so ther ex twenty five minutes today, that's bridges, bird dogs, dead bugs, Pallof press and the hip flexor stretch. I'll let Dr. Patel know you're still getting stiff after the long drives.
P: Should I be doing traction? My buddy gets traction at his place.
T: That's a question for Dr. Patel at your recheck, she'd decide if it fits. For now, bridges every day, okay? Even on route days.
P: Yeah, yeah. Every day.
""")

S("b_pt03_shoulder_eval_mod", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 10}, untimed=["97162"],
  key="97162x1:GP 97110x1:GP",
  facts=["6/10|six out of ten|6 out of 10", "120|one-twenty", "95|ninety-five",
         "4-/5|four minus over five", "QuickDASH 45|forty-five", "C5-C6",
         "twice a week for six weeks|2x/week for 6 weeks", "moderate complexity",
         "every night"],
  negated=["numbness", "tingling"], absent=["cortisone"],
  text="""
T: Okay Mrs. Alvarez, so tell me what's going on with the shoulder.
P: So it started, oh, maybe two months ago? I was reaching up into the cabinet for my big stock pot and I felt this pull, and it's just never gotten better. It's the right one.
T: Right shoulder. Does it wake you up at night?
P: Every night. I can't lay on that side at all.
T: And pain right now, zero to ten?
P: Right now, six out of ten. When I reach up high it's an eight.
T: Okay. Any numbness or tingling down the arm?
P: No, none of that.
T: And you had neck surgery, it says on your intake?
P: Yes, they fused C5-C6, about four years ago. And I'm diabetic. Type two.
T: Okay, thank you. Let me have you raise both arms up in front of you, and lower slowly. Good. So active flexion on the right, I'm getting about one-twenty. Left is full. Abduction on the right is ninety-five, and external rotation is fifty.
P: It catches right about there.
T: Yeah, I see that painful arc. Push up against me here. And out. Okay. So external rotation strength is four minus over five, abduction four minus over five as well, and flexion four out of five. Hawkins is positive, and the empty can is painful but you can hold it.
T: Your QuickDASH came out at forty-five, so that's a moderate amount of difficulty with daily stuff.
P: The hair is the worst. I can't do my own hair.
T: That makes sense with where the motion stops. So, I'm calling this a moderate complexity evaluation. You've got the diabetes and the neck fusion, and both of those change how we plan this, I looked at motion, strength and your daily function, and the symptoms have been changing, getting worse over the last month.
P: Okay.
T: I'd like to see you twice a week for six weeks. And today I'm going to start you on a home program. Pendulums, table slides, and isometrics for external rotation against the wall.
P: Like this?
T: A little softer, about half effort. That's it. Okay, so we spent about ten minutes going through the home exercises, that's ther ex, and you've got them all on the handout.
P: Should I be getting a cortisone shot? My sister got one in her shoulder.
T: That's a fair question for your doctor, it's not my call. Let's see how you do with the first couple weeks of therapy.
""")

S("b_pt04_ankle_eval_low", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 12, "97112": 6}, untimed=["97161"],
  key="97161x1:GP 97110x1:GP",
  facts=["3/10|three out of ten", "8 degrees|eight degrees", "4-/5|four minus over five",
         "5 seconds|five seconds", "LEFS 52|fifty-two", "twice a week for four weeks|2x/week for 4 weeks",
         "low complexity", "no fracture"],
  negated=["numbness"], absent=["playoffs"],
  text="""
T: So you rolled it playing basketball?
P: Yeah, pickup game, like three weeks ago. Came down on a guy's foot.
T: Ouch. And it's the left ankle. Did they do x-rays?
P: Urgent care did. No fracture. They gave me the boot and I wore it like a week and a half.
T: Okay. How's the pain now, zero to ten?
P: Three out of ten walking around. Maybe a five if I go down stairs fast.
T: Any numbness in the foot?
P: Nope.
T: Other health stuff? Surgeries, medications?
P: No, nothing. I'm pretty healthy.
T: Alright. Dorsiflexion on the left, I'm getting eight degrees, and the right side is about twenty. Plantarflexion's fine. Eversion strength on the left, four minus over five. Now stand on just the left leg for me.
P: Whoa. Okay. Okay.
T: About five seconds. Right side you held thirty seconds, no problem. And your LEFS was fifty-two out of eighty.
P: Is that bad?
T: It means there's still a good chunk you can't do yet, like running and cutting. So this is a low complexity evaluation. It's a straightforward ankle sprain, no other health issues getting in the way, and things are stable. I want to see you twice a week for four weeks.
P: I'm trying to get back for summer league in June.
T: That's realistic. You watching the playoffs, by the way?
P: Every night, man.
T: Same. Okay, so today we did the theraband eversion and inversion, calf raises, the towel stretch, that was about twelve minutes of exercise. And then a little single-leg balance on the foam, that's balance training, maybe six minutes.
P: Can I play this weekend?
T: Not this weekend. Let's see where the balance is in two weeks.
""")

S("b_pt05_stroke_eval_high", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 14}, untimed=["97163"],
  key="97163x1:GP 97116x1:GP",
  facts=["Berg 38|thirty-eight", "21 seconds|twenty-one seconds",
         "0.6 m/s|point six meters per second", "min assist", "contact guard", "fell on Sunday",
         "three times a week for eight weeks|3x/week for 8 weeks", "high complexity", "quad cane"],
  negated=["chest pain"], absent=["brace"],
  text="""
T: Mr. Johnson? Hi, I'm Sarah, I'll be your physical therapist. And this is your wife?
C: Yes, I'm Dolores.
T: Nice to meet you both. So the stroke was back in March?
P: March twelfth. Left side went weak.
C: He was at the rehab hospital three weeks, then home health until last month.
T: Okay. And how's the walking going at home?
P: Fine. I'm fine.
C: He fell on Sunday. In the bathroom. He won't tell you, but he went down.
P: I sat down, is what happened.
C: You were on the floor, Frank.
T: Okay, I appreciate you both telling me. Did you hit your head?
P: No.
C: No, he landed on his bottom.
T: Any chest pain, shortness of breath since then?
P: No chest pain. No.
T: And from your chart you've got the diabetes, the high blood pressure, and the atrial fibrillation. You're on a blood thinner?
C: Eliquis, yes.
T: Okay. So, the measures. Your Berg balance score is thirty-eight out of fifty-six, which puts you at high fall risk. Timed up and go was twenty-one seconds with the quad cane. Gait speed about point six meters per second. You need min assist on the steps and contact guard on level ground.
T: So this is a high complexity evaluation. The stroke plus the a-fib, the diabetes and the blood pressure all affect the plan, there's a fall just this week, and the balance is unstable. I'd like to see you three times a week for eight weeks.
C: Three times? Okay, we'll make it work.
T: And the last part today we worked on your walking with the cane, stepping through with the left, down the hall and back twice. That was about fourteen minutes of gait training.
P: The leg gets heavy.
T: It will. Next time I'd like to try a brace for that foot, but let's talk about it Wednesday.
""")

S("b_pt06_lumbar_eval_mod", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 18}, untimed=["97162"],
  key="97162x1:GP 97110x1:GP",
  facts=["7/10|a seven", "ODI 38%|thirty-eight percent", "45 degrees|forty-five degrees",
         "4/5|four out of five", "twice a week for six weeks|2x/week for 6 weeks",
         "moderate complexity", "centraliz", "tingling in the calf|tingling, sometimes, in the calf"],
  negated=["bowel or bladder"], absent=[],
  text="""
T: So tell me about the back.
P: It's the back and then it goes down my left leg, the back of the thigh, sometimes into the calf.
T: How long has this been going on?
P: Six weeks. I was moving my daughter into her apartment. Third floor walk-up, of course.
T: Oh no. And the pain right now?
P: It's a 7/10. Most mornings it's a seven, it gets a little better by afternoon.
T: Any numbness or tingling?
P: Tingling, sometimes, in the calf. Not the foot.
T: Any change in bowel or bladder? Trouble going, accidents?
P: No, nothing like that.
T: Okay, good. Your ODI came out at thirty-eight percent, that's moderate disability. Lie back for me. Straight leg raise on the left is positive at forty-five degrees, the right side's negative. Reflexes are symmetrical. Strength is five out of five in the legs except the left big toe extension, that's four out of five.
P: I should tell you, I also have osteoporosis. And I had my right hip replaced two years ago.
T: Right, I saw that on the form. So this is a moderate complexity eval. The osteoporosis and the hip replacement both change what we do and how hard we push, the leg symptoms take a fuller exam, and it's still changing week to week. I'd like twice a week for six weeks.
P: Okay.
T: Let's start a couple things. Lie on your stomach. Prone press-ups, ten of them, and tell me if the leg gets better or worse.
P: Um, actually the leg feels a bit better.
T: That's centralizing, that's what we want to see. Then some walking, and the nerve glides. We did about eighteen minutes of exercise today, I'll put that in as ther ex.
P: Can I still go to water aerobics?
T: Yes, walking in the pool is great. Just skip anything with twisting for now.
""")

S("b_pt07_parkinsons_eval_high", "test", "PT", "evaluation", "PT", "cms",
  timed={"97112": 10}, untimed=["97163"],
  key="97163x1:GP 97112x1:GP",
  facts=["14 seconds|fourteen seconds", "Berg 41|forty-one", "sit to stand 7|sit to stand, seven",
         "4 falls|Four that I know of", "3 steps|three steps", "high complexity",
         "twice a week for eight weeks|2x/week for 8 weeks", "freezing"],
  negated=["dizziness"], absent=[],
  text="""
T: Hi Mr. Chen. And you're...?
C: I'm his daughter, Amy.
T: Great, thanks for coming. So Dr. Li sent you for balance, and the referral says Parkinson's, diagnosed about six years ago?
P: Six, seven years.
T: How many falls in the last six months?
P: One or two.
C: Four, Dad. Four that I know of.
P: She counts.
T: Okay, four. Any dizziness when you stand up?
P: No dizziness.
T: And you also have the heart failure and the neuropathy in your feet, right?
C: Yes, and he's on a lot of medications. Like twelve.
T: Okay. So, timed up and go was fourteen seconds, and you had some freezing at the turn. Berg is forty-one. Thirty-second sit to stand, seven. And when I pulled you backward you needed three steps and I had to catch you.
P: I was ready for it.
C: You were not.
T: So this is a high complexity evaluation. Parkinson's, plus the heart failure, the neuropathy and the long medication list, four falls, and it's an unstable picture. Plan is twice a week for eight weeks. We'll work on big steps, balance, and getting up off the floor.
C: Okay.
T: We already did about ten minutes of balance training today, the weight shifting and the stepping strategies. That's neuromuscular re-ed.
C: Is he safe to walk the dog?
T: Not alone for now. With you, on a short route, that's fine.
P: The dog walks me, anyway.
""")

S("b_pt08_neck_eval_low", "test", "PT", "evaluation", "PT", "cms",
  timed={"97110": 9}, untimed=["97161"],
  key="97161x1:GP 97110x1:GP",
  facts=["4/10|four out of ten", "60 degrees|sixty degrees", "NDI 24%|twenty-four percent",
         "12 seconds|twelve seconds", "once a week for six weeks|1x/week for 6 weeks",
         "low complexity", "laptop"],
  negated=["headaches", "numbness", "tingling"], absent=["Yankees", "standing desk"],
  text="""
T: So, desk job?
P: Yeah, I'm a software engineer. We went back to the office two days a week and I don't have a real setup there. Just a laptop on a table.
T: That'll do it. Where's the pain?
P: Right side of the neck, kind of up into the shoulder blade. About two weeks now.
T: Any headaches?
P: Nope, no headaches.
T: Anything down the arm? Numbness, tingling?
P: No.
T: And the pain level?
P: Like a four. Four out of ten. End of the day it's worse.
T: Other medical history?
P: Nope. I'm healthy. I run a couple times a week.
T: Okay. So rotation to the right is sixty degrees, left is seventy-five. Your NDI came out at twenty-four percent. Strength is normal. The upper traps are really tight, and the deep neck flexor endurance, you held that twelve seconds, which is low.
T: This is a low complexity evaluation. No other health issues, just the neck to look at, and it's a stable presentation. I think once a week for six weeks should do it.
P: Okay, that works with my schedule.
T: Before you go, chin tucks, the upper trap stretch, and the doorway stretch. Let's go through them. Tuck, like you're making a double chin.
P: Very attractive.
T: Ha, nobody's watching. Good. That was about nine minutes of ther ex with the home program.
P: Should I get one of those standing desks?
T: A laptop stand and a separate keyboard would go a long way first. Did you catch the game last night?
P: The Yankees? Don't remind me.
""")

S("b_pt09_acl_reeval", "dev", "PT", "re-evaluation", "PT", "cms",
  timed={"97110": 20, "97112": 10}, untimed=["97164"],
  key="97164x1:GP 97110x1:GP 97112x1:GP",
  facts=["3/10|three out of ten", "130|one-thirty", "effusion 1+|a 1+ now", "4/5|four out of five",
         "LEFS 61|sixty-one", "66|sixty-six", "once a week for four more weeks|1x/week for 4 weeks",
         "bone bruise"],
  negated=["locking"], absent=["jumping"],
  text="""
T: So Derek, since last visit you slipped on the ice?
P: Yeah, Thursday, on my driveway. Knee kind of buckled and it swelled up like a grapefruit.
T: And you got in to see Dr. Kim?
P: Friday. The MRI was clean, the graft's fine. She said it's a bone bruise.
T: Okay, good. So because of that, today's a re-evaluation. Pain right now?
P: Three out of ten. It was an eight Thursday night.
T: Any locking or catching?
P: No locking. It's just kind of stiff.
T: Let me measure. Flexion's at one-thirty, extension's zero. Effusion, I'd call it a 1+ now. Quad strength is four out of five on the left, hamstrings four plus. Your LEFS dipped a little, sixty-one, it was sixty-six.
P: Ugh.
T: It's a small dip. We'll keep the plan, but I'm pushing the hop testing back two weeks, once a week for four more weeks, and I'll update your goals.
T: Okay, let's do some work. Bike, leg press, then the single leg stuff.
P: Light on the leg press?
T: Light. Good. Okay, that's twenty minutes of ther ex. Now the balance board, single-leg on the foam, and I'll give you some perturbations.
P: Whoa. Okay.
T: Good. That was ten minutes of neuromuscular re-ed.
P: Can we try the jumping today?
T: Not today. We'll look at jumping when we do the hop testing.
P: Fine. You going to the game Saturday?
T: Working, unfortunately.
""")

S("b_pt10_hip_oa_reeval", "test", "PT", "re-evaluation", "PT", "per-code",
  timed={"97116": 11, "97110": 7}, untimed=["97164"],
  key="97164x1:GP 97116x1:GP",
  facts=["3/10|a three now", "980 feet|nine hundred eighty feet", "720|seven-twenty",
         "105|one hundred and five", "3+/5|three plus over five", "11 seconds|eleven seconds",
         "twice a week for four more weeks|2x/week for 4 weeks", "met the walking goal"],
  negated=["falls"], absent=["shoulder"],
  text="""
T: Okay Mrs. Green, today's your re-evaluation, it's been about eight weeks. How's the hip?
P: Much better on the flat. Stairs are still hard.
T: Pain today?
P: Maybe a three now. When I started it was, what, a seven?
T: A seven, yeah. Any falls since we started?
P: No falls. Not one.
T: Great. So let's do the six-minute walk. Go ahead, I'll walk with you.
P: Do I have to talk while I walk?
T: Only if you want to. Okay, that's it. Nine hundred eighty feet, up from seven-twenty at your eval.
P: Really?
T: Really. Hip flexion is one hundred and five, and abduction strength is three plus over five, up from three minus. Timed up and go was eleven seconds.
P: Is that good?
T: It's under the fall risk cutoff. So you met the walking goal. Still working on stairs step over step. I'd like to continue twice a week for four more weeks.
T: And we worked on your walking today, cueing longer steps and less lean over the right hip, and on the stairs too. That was eleven minutes of gait training. And then hip abduction with the band at the end, seven minutes.
P: My husband wants to know if you could check his shoulder while we're here.
T: He'd need his own referral. Tell him to call the front desk.
""")

S("b_pt11_rcr_progress", "test", "PT", "progress", "PT", "cms",
  timed={"97110": 28, "97140": 9}, untimed=[],
  key="97110x2:GP",
  facts=["2/10|two out of ten", "150|one-fifty", "ER 60|external rotation, sixty",
         "4-/5|four minus over five", "QuickDASH 30|QuickDASH is thirty", "62|sixty-two",
         "not met yet, but progressing", "twice a week for four weeks|2x/week for 4 weeks"],
  negated=[], absent=["dry needling"],
  text="""
T: So today I'm doing your progress report, it's been ten visits. How are things compared to when you started?
P: Way better. I can reach the top shelf now, sort of. Sleeping on it still isn't great.
T: Pain?
P: Two out of ten. Maybe a three at night.
T: Okay. Lift up for me. Flexion's one-fifty. External rotation, sixty. Strength in the external rotators, four minus over five.
T: Your QuickDASH is thirty, down from sixty-two at the start.
P: Nice.
T: Goals. Reach overhead into the cabinet, met. Sleep through the night, not met yet, but progressing. Lift a gallon of milk to shoulder height, met. Return to golf, not yet.
P: I'm dying to play.
T: I know. Chipping in two weeks, full swing probably another month. Let's continue twice a week for four weeks.
T: Okay, UBE first, then the band work.
P: Hey, my neighbor says you guys do dry needling here?
T: Some of our therapists do, but it's not something I'm adding today.
P: Okay, just asking.
T: So, manual: joint mobs to the glenohumeral joint, posterior glides, that was nine minutes. Ther ex was twenty-eight minutes, UBE, rows, ER and IR with the band, wall walks, and scaption.
P: The scaption kills.
T: That means it's working.
""")

S("b_pt12_pfps_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97140": 8, "97110": 16, "97530": 12}, untimed=[],
  key="97140x1:GP 97110x1:GP 97530x1:GP,59",
  facts=["3 miles|three miles", "2/10|2 out of 10", "LEFS 70|LEFS is 70", "up from 48",
         "4+/5", "once a week for 4 more weeks|1x/week for 4 weeks",
         "progressing, not met yet", "no valgus"],
  negated=["swelling", "giving way"], absent=[],
  text="""
T: Progress report today, Jess. Ten visits in. How's the running?
P: I did 3 miles Saturday! Pain was like a 2 out of 10, only on the hills.
T: That's a big deal. Stairs?
P: Stairs are fine now. Going down used to kill me.
T: Any swelling, any giving way?
P: No swelling. No giving way.
T: Love it. LEFS is 70, up from 48. On the step-down you're controlling the knee now, no valgus on the right. Hip abduction strength 4+/5.
T: So goals. Run 3 miles with pain under 3, met. Stairs without pain, met. Back to half marathon training, progressing, not met yet. I'd like once a week for 4 more weeks to get you through the long runs.
P: Perfect.
T: Okay, let's start with soft tissue along the IT band and the lateral retinaculum, and some patellar mobs.
P: Oof. Right there.
T: That was 8 minutes of manual. Now hip strengthening, side planks, clamshells, monster walks.
P: I hate monster walks.
T: Everybody hates monster walks. That's 16 minutes ther ex. Then let's do the running drills and single-leg landing, that's ther act, 12 minutes, separate block from the manual.
P: Can I sign up for the half in October?
T: If the long runs go well, yeah, I think October's realistic.
""")

S("b_pt13_tka_discharge", "test", "PT", "discharge", "PT", "cms",
  timed={"97110": 20, "97112": 9}, untimed=[],
  key="97110x1:GP 97112x1:GP",
  facts=["118|one-eighteen", "9 seconds|nine seconds", "4+/5|four plus over five",
         "Walk without the cane, met", "partially met", "discharged to your home program",
         "0/10 at rest|zero at rest", "3x/week|three times a week"],
  negated=["calf pain", "fever"], absent=["bowling"],
  text="""
T: Last day, Mr. Okafor!
P: Graduation day.
T: Let's do your measurements. Pain?
P: Zero at rest. Maybe a one after I do the yard.
T: Knee flexion is one-eighteen, extension's zero. TUG is nine seconds. Quad is four plus over five.
T: Goals. Walk without the cane, met. Stairs step over step with the rail, met. Kneel in the garden, partially met, you can kneel on the cushion but it's uncomfortable.
P: I'll take it.
T: Okay, let's do a final run of your home program so I know you've got it. Step-ups, sit to stands, bridges, and the bike.
P: The bike's the easy one.
T: That was twenty minutes. Then the balance series, tandem stance and single leg with reaching, that's the neuromuscular part, nine minutes.
P: What do I do if it swells up again?
T: If it swells, ice and elevate, and if it doesn't settle in a day or two, call your surgeon.
P: My wife wants to know if I can go back to bowling.
T: Bowling's fine. Start with a lighter ball.
T: Any calf pain, redness, fever, anything like that lately?
P: No, none of that.
T: Good. So you're discharged to your home program. Exercises three times a week and walk every day.
P: Thank you for everything. Really.
""")

S("b_pt14_lbp_discharge", "dev", "PT", "discharge", "PT", "per-code",
  timed={"97110": 22, "97530": 10}, untimed=[],
  key="97110x1:GP 97530x1:GP",
  facts=["1/10|One out of ten", "ODI 12%|twelve percent", "44|forty-four", "full duty",
         "3 goals met|all three met", "mid-shin", "discharged"],
  negated=["tingling"], absent=["Godfather", "thirty visits"],
  text="""
T: So this is your last visit, Tony. How's work been?
P: Good. Full duty since last Monday. Lifting the boxes, no problem.
T: Pain?
P: One out of ten. Some days zero.
T: Any pain or tingling in the legs?
P: No, nothing in the legs.
T: ODI is twelve percent, you started at forty-four. Forward bend, you're touching mid-shin, no pain.
T: Goals, all three met: back to full duty, sleeping through the night, sitting through a whole movie.
P: I watched the whole Godfather on Sunday. Three hours.
T: Ha, that's the real test.
T: So today we ran through the home program one more time, the core stuff, bird dogs, side planks, the hip hinge drill. Twenty-two minutes.
P: The side planks are still hard.
T: Keep doing them. Then lifting practice with the crate, floor to waist, and carrying it across the room, that's ther act, ten minutes.
P: Hey, can I keep coming a couple more times and you just bill it as exercise? My insurance covers like thirty visits.
T: You don't need it, honestly. You're discharged, you've got your program. If it flares up, give us a call.
P: Fair enough. Thanks, man.
""")

S("b_pt15_shoulder_us_daily", "dev", "PT", "daily", "PT", "cms",
  timed={"97035": 8, "97140": 10, "97110": 20}, untimed=[],
  key="97110x1:GP 97140x1:GP 97035x1:GP",
  facts=["5/10|five outta ten", "145|one forty-five", "150|one fifty", "1 MHz|one megahertz",
         "1.2 W|one point two watts", "painted the bathroom ceiling"],
  negated=["numbness"], absent=["married", "dance"],
  text="""
T: Hi Gloria. How's the shoulder this week?
P: Sore. I painted the bathroom ceiling. I know, I know.
T: The ceiling. Of course you did. Pain number?
P: Five outta ten.
T: And last time you were at a three. Okay. Any numbness in the hand?
P: No numbness.
T: Let's get the hot pack on while I set up, ten minutes, and then ultrasound over the supraspinatus tendon.
P: The warm thing, good.
T: Okay, ultrasound. One megahertz, one point two watts, eight minutes.
P: It doesn't feel like anything.
T: It's not supposed to. Okay, now I'm going to stretch the back of the capsule and do some glides.
P: Ooh, that's the spot.
T: Elevation's about one forty-five today. Last week it was one fifty, so a little setback from the painting.
P: Worth it. The bathroom looks great.
T: Alright, band work. Rows, external rotation, and the wall slides.
P: My daughter's getting married in May, so I need this arm working for the dance.
T: We'll get you there.
T: So today: hot pack 10, ultrasound 8, manual 10, ther ex 20.
P: Do I need the hot pack every time?
T: It's optional, it just warms you up.
""")

S("b_pt16_knee_estim_daily", "test", "PT", "daily", "PT", "per-code",
  timed={"97032": 12, "97110": 24}, untimed=[],
  key="97032x1:GP 97110x2:GP",
  facts=["3/10|Three out of ten", "10 degree lag|ten degree lag", "95|ninety-five",
         "every hour", "Russian stim"],
  negated=[], absent=["ultrasound"],
  text="""
T: Morning, Raj. How's the knee?
P: Okay. The quad still won't fire like it should.
T: Yeah. Pain today?
P: Three, maybe. Three out of ten.
T: So I was going to do ultrasound on the patellar tendon, but with the swelling you've got today, we'll skip the ultrasound. Let's do the e-stim on the quad instead, the Russian stim, and I'm going to stay right here with you and adjust it while you do your quad sets.
P: This is the zappy one?
T: This is the zappy one. Okay, tighten with it, and relax. I'm bumping the intensity a little. There's a good contraction.
P: My leg is jumping.
T: Perfect. That's what we want. Okay, that was twelve minutes of e-stim, and I was with you adjusting the whole time.
T: Now quad sets on your own, and straight leg raise. Do you still have the lag?
P: A little.
T: About a ten degree lag. Heel slides. Flexion's at ninety-five.
T: Bike next, then mini squats.
P: I saw your team lost again.
T: Don't. We're rebuilding.
P: That's what you said last year.
T: Okay, ther ex was twenty-four minutes. Keep the swelling down at home, and do the quad sets every hour you're awake.
P: Every hour?
T: Ten reps every hour. It's easy.
""")

S("b_pt17_lbp_g0283_daily", "test", "PT", "daily", "PT", "cms",
  timed={"97140": 14, "97110": 17}, untimed=["G0283"],
  key="G0283x1:GP 97140x1:GP 97110x1:GP",
  facts=["6/10|Six out of ten", "4/10|maybe a four", "L4-L5",
         "20 minutes around the block|Twenty minutes around the block", "NuStep"],
  negated=["tingling"], absent=["Buster", "beagle"],
  text="""
T: Good afternoon, Mr. Walsh. How's the back?
P: Oh, about the same. Six out of ten this morning. Better now, maybe a four.
T: Any tingling down the legs this week?
P: No. None.
T: Good. Did you get your walking in?
P: Every day. Twenty minutes around the block with Buster.
T: Buster's the beagle?
P: The beagle. He's getting fat like me.
T: Okay, let's start you on the stim and the hot pack on your low back, fifteen minutes. I'll set it up and you just relax, I'll be back when it beeps.
P: Fine by me. Medicare still pays for this stim thing, right?
T: It's in your plan, yes.
T: Alright, stim's done. Let's do some manual. Lie on your stomach. I'm going to do some joint mobs at L4-L5 and soft tissue along the right side.
P: That's sore.
T: Just a little more. Okay, that was fourteen minutes of manual. Now over to the mat. Pelvic tilts, bridges, knee to chest.
P: These I can do.
T: And then the NuStep. So exercise today, the mat and the NuStep, seventeen minutes.
P: I'll feel that tomorrow.
T: If you're sore tomorrow, a warm shower and a short walk.
""")

S("b_pt18_knee_oa_pta_g0283", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 30, "97112": 8}, untimed=["G0283"],
  key="97110x2:GP,CQ 97112x1:GP,CQ G0283x1:GP,CQ",
  facts=["7/10|seven out of ten", "cane in the house", "10 seconds|ten seconds", "yellow band",
         "4-inch|four-inch"],
  negated=["falls"], absent=["pickleball"],
  text="""
T: Hi Mrs. Dunn. I'm working with you today, Kelly's in meetings, but she left me your plan.
P: Oh, that's fine, honey.
T: How are the knees?
P: The right one's a seven out of ten today. Rain's coming.
T: Your knees always know. Any falls this week?
P: No falls. I've been using the cane in the house like she said.
T: Good. We'll start with the exercises. Recumbent bike, ten minutes, then sit to stands from the chair, then the leg press.
P: Ten on the bike? Okay.
T: Great. Now step-ups on the four-inch step, hold the rail. Then hamstring curls with the yellow band.
P: I've got a pickleball tournament Saturday. You think I'm ready?
T: Are you serious?
P: No. My grandson plays. I watch.
T: You had me. Okay, that's thirty minutes of ther ex today. Now balance. Standing on the foam with the rail, eyes open, then weight shifts, then tandem stance.
P: Tandem's hard.
T: You held it ten seconds each side, that's better than last week. That balance work was eight minutes.
P: Does Medicare still cover the stim?
T: It's on your plan of care, yes. So we'll finish with the stim and ice on the right knee, fifteen minutes. I'll set you up and check back on you.
P: Good, my favorite part.
""")

S("b_pt19_hipfx_pta_daily", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 18, "97116": 10, "97530": 7}, untimed=[],
  key="97110x1:GP,CQ 97116x1:GP,CQ",
  facts=["5/10|Like a five", "mailbox twice", "150 feet|hundred fifty feet", "rolling walker",
         "min assist", "every morning"],
  negated=["numbness", "calf pain"], absent=["an hour"],
  text="""
T: Hi Mr. Russo, hi Maria. How'd the weekend go?
C: Good. He walked to the mailbox twice with the walker.
P: Twice!
T: Excellent. How's the hip feeling?
P: Like a five. More after the walking.
T: Okay. Any numbness in the leg? Any calf pain?
P: No. No.
T: Good. Let's start with exercises at the counter. Standing hip abduction, marches, heel raises, then sit to stands.
P: Okay, okay.
T: Nice and slow. Good.
C: He's been doing his exercises every morning. I make him.
T: That shows. Okay, that was fifteen, no, more like 18 min of exercise, I had the clock wrong.
T: Now let's walk. Rolling walker, down the hall, and I want a bigger step with the left. Good, the steps are more even now. Gait was about ten, a hundred fifty feet twice, with one standing rest.
P: My legs feel like noodles.
T: Now let's practice getting in and out of the car, we have the car frame over there.
C: He still needs me to lift his leg in.
T: Yeah, min assist for the leg. Okay, that was short, about seven minutes of transfer practice. We'll keep working on it.
C: Can you put down that you did an hour? Our copay's the same anyway.
T: I can only put down what we actually did. But I appreciate you bringing him every time.
""")

S("b_pt20_vestib_pta_daily", "dev", "PT", "daily", "PTA", "cms",
  timed={"97112": 15, "97116": 12, "97110": 10}, untimed=[],
  key="97112x1:GP,CQ 97116x1:GP,CQ",
  facts=["22 seconds|Twenty-two seconds", "at fifteen|15 seconds last week",
         "DGI 19|nineteen out of twenty-four", "up from fourteen|up from 14", "grocery store",
         "off in the shower"],
  negated=["dizziness"], absent=["Puerto Rico"],
  text="""
T: Hey Ms. Ortiz. How're you feeling?
P: Pretty good! I made it through the grocery store without holding onto the cart the whole time.
T: Nice! Any dizziness this week?
P: No, no dizziness. I'm a little off in the shower when I close my eyes.
T: That's a common one. Okay, let's start with the balance stuff. Feet together on the foam, eyes closed, try for thirty seconds.
P: Okay, okay, whoa.
T: Twenty-two seconds. Last week you were at fifteen. Now head turns while you march in place.
P: This one's hard.
T: Keep your eyes on the target. Good. So balance stuff, so neuromuscular re-ed, call it fifteen. Now let's go out to the walkway. Head turns while walking, and change your speed when I say.
P: Is it still raining?
T: Just drizzle, we'll stay under the overhang. Good. Faster. Now slow. Okay, gait's twelve minutes. Then let's finish on the bike and the leg strengthening, ten minutes.
P: I'm going to Puerto Rico next month to see my mom.
T: That's wonderful. Keep walking on uneven ground and you'll be fine on the beach.
T: Your Dynamic Gait Index today was nineteen out of twenty-four.
P: Is that good?
T: Up from fourteen. I'll pass that on to Dr. Ramos for your progress note.
""")

S("b_pt21_acl_pta_daily", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 35, "97112": 9}, untimed=[],
  key="97110x2:GP,CQ 97112x1:GP,CQ",
  facts=["2/10|2 out of 10", "125 today|125 degrees", "115 last week", "off crutches",
         "3 sets of 8|three sets of eight"],
  negated=[], absent=["fall season", "call you back"],
  text="""
T: Hey Kayla, how's the knee?
P: Good! I'm totally off crutches.
T: Nice. Pain?
P: Like a 1, maybe 2 out of 10. Just stiff in the morning.
T: Okay. Bike to warm up, then leg press, step-downs, and the hamstring curls.
P: Oh sorry, that's my mom, one sec. Hi, I'm at PT, can I call you back? Yeah. Love you. Bye. Sorry.
T: No worries. So we're about 20 minutes into the strengthening now. Let's do the lateral step-downs next, 3 sets of 8.
P: These make my knee wobble.
T: Knee over the toe. Good. Then Nordics with the band.
P: My coach said I might be back for the fall season?
T: That's for your surgeon and Dr. Barnes to decide, but you're on track. Okay, that's 35 minutes of ther ex total.
P: Whew.
T: Now single leg stance on the foam with ball toss. That's the balance piece.
P: That's harder than it looks.
T: It is. Nine minutes of balance. Let me check your flexion. 125 today.
P: It was 115 last week!
T: Yep. Ice tonight if it's puffy.
""")

S("b_pt22_balance_group", "dev", "PT", "daily", "PT", "per-code",
  timed={}, untimed=["97150"],
  key="97150x1:GP",
  facts=["4 patients|four patients", "6/10|Like a six", "4/10 on Tuesday|four on Tuesday",
         "seated", "10 reps|ten reps"],
  negated=[], absent=["cookies", "birthday"],
  text="""
T: Okay everybody, welcome to balance class. We've got four today, Mrs. Lee, Mr. Patel, Jean, and Harold. Let's start marching in place, hold onto your chair.
P: Can I sit for this one? My knee's barking today.
T: How bad, Jean?
P: Like a six. It was a four on Tuesday.
T: Okay, do it seated for the first round. Everyone else, side steps along the bar, ten each way.
P: Harold's cheating.
T: Harold, hands on the bar, not on Mrs. Lee. Okay, now heel-toe walking along the tape line. I'll come around to each of you.
T: Jean, good, slow it down. You're up standing now?
P: Yeah, it loosened up.
T: Good. Now sit to stands, ten reps, everybody.
P: Do we get cookies after?
T: No cookies, it's exercise class.
P: Last week's instructor had cookies.
T: That was a birthday. Okay, last one, standing on one leg, hold the chair, count with me.
T: Okay, so for Jean's note: group balance class today, four patients, forty-five minutes, I was with all four the whole time. She did the first round seated because of knee pain, then stood for the rest.
P: Same time next week?
T: Same time next week.
""")

S("b_pt23_shoulder_pta_daily", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97140": 10, "97530": 15, "97110": 6}, untimed=[],
  key="97140x1:GP,CQ 97530x1:GP,CQ,59",
  facts=["3/10|Three out of ten", "10 pounds|ten pounds", "15 pounds|fifteen pounds",
         "whole shift", "Overhead's where it pinches"],
  negated=["numbness"], absent=["brace", "Packers"],
  text="""
T: Hi Dave. How's the shoulder?
P: Better. Three out of ten. I got through a whole shift stocking shelves.
T: Nice. Any numbness in the hand?
P: Nope.
T: Let's start with soft tissue on the pec and upper trap.
P: Oh, that's tight.
T: Yeah, it's ropey today. Okay, that's ten minutes of manual. Now we switch it up. Work simulation: lifting the crate to the shelf, reaching, and pushing the cart.
P: Like my actual job.
T: Exactly. Crate's ten pounds to start. Good. Now fifteen pounds to the shoulder height shelf.
P: Fifteen's okay. Overhead's where it pinches.
T: Then we'll keep it at shoulder height today. That functional part was fifteen minutes, separate from the manual.
T: And then a few minutes of band rows and external rotation to finish, six minutes.
P: Should I be wearing a brace at work?
T: I'd skip it for now. Ask Megan at your re-eval.
P: Did you see the Packers?
T: Don't talk to me about the Packers.
""")

S("b_pt24_afo_pta_daily", "test", "PT", "daily", "PTA", "cms",
  timed={"97760": 12, "97110": 16}, untimed=[],
  key="97760x1:GP,CQ 97110x1:GP,CQ",
  facts=["2 hours on|two hours on", "red over the outside ankle bone", "not catching his toe",
         "0/10|Zero", "every day this week"],
  negated=["blisters"], absent=[],
  text="""
T: Hi Mr. Brooks. Oh, is that the new brace?
P: Came Tuesday.
C: He's been wearing it, but it rubs on his ankle bone.
T: Let me take a look. Okay, a little red over the outside ankle bone, no open areas, no blisters. We'll adjust the strap and get him a taller sock. So today I want to go over putting it on, the wearing schedule, and checking the skin.
P: Okay.
T: Heel all the way back first, then the strap across the ankle. Good. Now you try.
P: Like this?
T: Perfect. Wear it two hours on, then take it off and check for red spots, and add an hour a day. Now walk to the door and back, I want to see if the toe's clearing with the brace on.
C: He's not catching his toe anymore.
T: No, much better. Okay, that was twelve minutes on the brace, putting it on, the skin checks, and checking the fit while walking.
T: Now exercises. Sit to stands, ten, then the hip stuff on the mat, then the bike.
P: Bike's my favorite.
T: Okay, sixteen minutes of exercise. Any pain today?
P: Nah. Zero.
C: He did the exercises every day this week, I made a chart.
T: A chart! I love it. I'll show Dr. Green.
""")

S("b_pt25_sci_wheelchair_pta", "dev", "PT", "daily", "PTA", "cms",
  timed={"97542": 13, "97110": 20}, untimed=[],
  key="97542x1:GP,CQ 97110x1:GP,CQ",
  facts=["8 seconds|Eight seconds", "5 seconds|five seconds", "4-inch curb|four-inch curb",
         "60 seconds|sixty seconds", "3/10|Like a three", "wheel locks"],
  negated=[], absent=["power assist"],
  text="""
T: Hey Andre. Ready for wheelies?
P: Always.
T: Okay, wheelchair skills first. Let's do the wheelie balance, I'm spotting from behind.
P: I held it like five seconds last time.
T: Let's beat it. Go. Eight seconds! Nice. Now down the four-inch curb, lean back, control it.
P: Got it.
T: Then pressure relief. Lean forward, hold it for sixty seconds. Good. And the wheel locks on the new chair are stiff, I'll put in a note for the vendor.
T: So wheelchair training, wheelies, the curb, pressure relief, that was thirteen minutes.
T: Now over to the mat. Triceps with the band, lat pulls, and rows.
P: My shoulders are kind of sore from pushing up that hill on campus.
T: How sore?
P: Like a three.
T: Okay, lighter band then. Elbows in. Good. Okay, twenty minutes of exercise.
P: Can you guys order me one of those power assist wheels and just bill it?
T: That's a conversation with your PT and the seating clinic, not something I can do today.
P: Worth asking.
T: Always worth asking. Same time Thursday?
P: Same time. I'll bring the good gloves.
""")

S("b_pt26_ms_daily", "test", "PT", "daily", "PT", "per-code",
  timed={"97112": 20, "97116": 8, "97110": 7}, untimed=[],
  key="97112x1:GP 97116x1:GP",
  facts=["6 steps|six steps", "4 last time|four last time", "200 feet|two hundred feet",
         "6/10|Six out of ten", "3/10 when I came in|a three when I came in", "heel first",
         "nap after lunch"],
  negated=["numbness", "vision changes"], absent=["pool"],
  text="""
T: Hi Beth. How's the fatigue this week?
P: Better. I've been taking the nap after lunch like you said. Work's been crazy though.
T: Any new numbness or vision changes?
P: No, nothing new. The left foot's the same.
T: Okay. I turned the fan on in here, I know the heat gets to you.
P: Thank you, seriously.
T: Balance first. Standing on the foam, reaching outside your base, then stepping over the hurdles. Good. Now the tandem walk.
P: That's the hardest one.
T: You took six steps before stepping out, it was four last time. So NMR today was twenty minutes.
T: Let's walk. Down the hallway, think heel first with the left. Good. Gait, eight minutes, two laps of two hundred feet.
P: I'm tired.
T: Let's do just a few minutes of stretching and the hip stuff, seven minutes, and then you're done.
P: My husband asked if we can try the pool therapy.
T: I'd like that for you. Let's talk about adding it next month.
T: How's the fatigue now, zero to ten?
P: Six out of ten now. It was a three when I came in.
""")
