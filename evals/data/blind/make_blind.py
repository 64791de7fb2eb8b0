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
# PT (26)
# ---------------------------------------------------------------------------------------------

S("b_pt01_tka_daily", "dev", "PT", "daily", "PT", "cms",
  timed={"97110": 23, "97140": 12}, untimed=[],
  key="97110x1:GP 97140x1:GP",
  facts=["4/10|four out of ten|4 out of 10",
         "6/10|a six last week",
         "112|one-twelve",
         "-5|minus five|lacking 5|lacks 5",
         "98|ninety-eight",
         "full revolution",
         "skipped Sunday|most of them|most days|missed Sunday",
         "twice a week|2x/week|2x/wk|2x per week|twice weekly|2 times a week|2 times per week|2x a week"],
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
  facts=["5/10|like a 5|5 out of 10",
         "6 hours|six hours",
         "did the stretches|doing the stretches|performing stretches|completed stretches|stretches but not",
         "not the bridges|not doing the bridges|not doing bridges|not performing bridges|bridges not|skipped bridges|skipping bridges|without bridges",
         "green band|green theraband|green TB",
         "long drives|driving"],
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
  facts=["6/10|six out of ten",
         "120|one-twenty",
         "95°|95 degrees|95 deg|ninety-five",
         "4-/5|four minus over five",
         "QuickDASH 45|QuickDASH of 45|QuickDASH: 45|QuickDASH score of 45|QuickDASH score 45|QuickDASH came out at forty-five|45/100",
         "C5-C6|C5-6|C5/C6|cervical fusion|neck fusion",
         freq(2, 6, "twice a week for six weeks"),
         "moderate complexity|moderate-complexity|97162",
         "every night|night pain|wakes at night|waking at night|wakes her at night|nightly"],
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
  facts=["3/10|three out of ten",
         "8°|8 degrees|8 deg|eight degrees",
         "4-/5|four minus over five",
         "5 seconds|5 sec|five seconds",
         "LEFS 52|LEFS of 52|LEFS: 52|LEFS score of 52|52/80|fifty-two out of eighty",
         freq(2, 4, "twice a week for four weeks"),
         "low complexity|low-complexity|97161",
         "no fracture|negative for fracture|fracture ruled out|x-rays negative|negative x-ray"],
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
  facts=["Berg 38|Berg of 38|Berg: 38|38/56|thirty-eight out of fifty-six",
         "21 seconds|21 sec|twenty-one seconds|TUG 21",
         "0.6 m/s|.6 m/s|point six meters per second",
         "min assist|minimal assist|min A|minimum assist",
         "contact guard|CGA",
         "fell on Sunday|fall on Sunday|fell Sunday|fell in the bathroom|fall in the bathroom|recent fall",
         freq(3, 8, "three times a week for eight weeks"),
         "high complexity|high-complexity|97163",
         "quad cane|quad-cane"],
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
  facts=["7/10",
         "ODI 38%|ODI of 38%|ODI: 38%|38%|thirty-eight percent",
         "45°|45 degrees|45 deg|forty-five degrees",
         "4/5|four out of five",
         freq(2, 6, "twice a week for six weeks"),
         "moderate complexity|moderate-complexity|97162",
         "centraliz",
         "tingling in the calf|calf tingling|tingling, sometimes, in the calf|intermittent tingling"],
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
  facts=["14 seconds|14 sec|fourteen seconds|TUG 14",
         "Berg 41|Berg of 41|Berg: 41|41/56|Berg is forty-one",
         "sit to stand 7|sit-to-stand 7|sit to stand of 7|sit to stand: 7|STS 7|7 reps|sit to stand, seven",
         "4 falls|four falls|Four that I know of",
         "3 steps|three steps",
         "high complexity|high-complexity|97163",
         freq(2, 8, "twice a week for eight weeks"),
         "freezing|freeze"],
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
  facts=["4/10|four out of ten",
         "60°|60 degrees|60 deg|sixty degrees",
         "NDI 24%|NDI of 24%|NDI: 24%|24%|twenty-four percent",
         "12 seconds|12 sec|twelve seconds",
         freq(1, 6, "once a week for six weeks"),
         "low complexity|low-complexity|97161",
         "laptop"],
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
  facts=["3/10|three out of ten",
         "130|one-thirty",
         "effusion 1+|1+ effusion|1+|a 1+ now",
         "4/5|four out of five",
         "LEFS 61|LEFS of 61|LEFS: 61|61/80|LEFS dipped a little, sixty-one",
         "66|sixty-six",
         freq(1, 4, "once a week for four more weeks"),
         "bone bruise|bone contusion"],
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
  facts=["3/10|a three now",
         "980 feet|980 ft|980'|nine hundred eighty feet",
         "720|seven-twenty",
         "105|one hundred and five",
         "3+/5|three plus over five",
         "11 seconds|11 sec|eleven seconds|TUG 11",
         freq(2, 4, "twice a week for four more weeks"),
         "walking goal|met the walking goal|gait goal met|ambulation goal"],
  negated=["falls"], absent=["shoulder"],
  text="""
T: Okay Mrs. Green, today's your re-evaluation, it's been about eight weeks. How's the hip?
P: Much better on the flat. Stairs are still hard.
T: How many stairs at home?
P: Twelve to the bedroom. I go up one at a time, like a toddler.
T: That's what we'll keep working on.
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
  facts=["2/10|two out of ten",
         "150|one-fifty",
         "ER 60|ER: 60|ER to 60|external rotation 60|external rotation, sixty",
         "4-/5|four minus over five",
         "QuickDASH 30|QuickDASH of 30|QuickDASH: 30|QuickDASH score of 30|QuickDASH is thirty",
         "62|sixty-two",
         "not met yet, but progressing|progressing",
         freq(2, 4, "twice a week for four weeks")],
  negated=[], absent=["dry needling"],
  text="""
T: So today I'm doing your progress report, it's been ten visits. How are things compared to when you started?
P: Way better. I can reach the top shelf now, sort of. Sleeping on it still isn't great.
T: Are you still using the pillow under the arm at night?
P: Yeah, the body pillow. My wife calls it my girlfriend.
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
T: Shoulder feeling okay with the band today? Any pinching?
P: Only on the last couple of reps. It's more of a burn.
T: So, manual: joint mobs to the glenohumeral joint, posterior glides, that was nine minutes. Ther ex was twenty-eight minutes, UBE, rows, ER and IR with the band, wall walks, and scaption.
P: The scaption kills.
T: That means it's working.
""")

S("b_pt12_pfps_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97140": 8, "97110": 16, "97530": 12}, untimed=[],
  key="97140x1:GP 97110x1:GP 97530x1:GP,59",
  facts=["3 miles|three miles",
         "2/10|2 out of 10",
         "LEFS 70|LEFS of 70|LEFS: 70|LEFS is 70|70/80",
         "up from 48|from 48|48/80|LEFS 48",
         "4+/5",
         freq(1, 4, "once a week for 4 more weeks"),
         "progressing, not met yet|progressing",
         "no valgus|without valgus|no knee valgus|without knee valgus|no dynamic valgus"],
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
T: How are you feeling about the long runs?
P: Nervous, honestly. Last time I tried eight miles the knee started talking at mile five.
T: That's why we build up slowly. Ten percent a week, max.
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
  facts=["118|one-eighteen",
         "9 seconds|9 sec|nine seconds|TUG 9",
         "4+/5|four plus over five",
         "Walk without the cane, met|without the cane|without cane|without an assistive device|no cane",
         "partially met",
         "discharged to your home program|discharged to HEP|discharged with HEP|discharge to HEP|discharged to home program|discharged to a home program",
         "0/10|zero at rest",
         "3x/week|3x/wk|3 times a week|3 times per week|three times a week"],
  negated=["calf pain", "fever"], absent=["bowling"],
  text="""
T: Last day, Mr. Okafor!
P: Graduation day.
T: How was the wedding? You were worried about the dancing.
P: I danced! One slow one. My daughter cried, I don't know if it was the knee or the dad.
T: Probably both.
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
  facts=["1/10|One out of ten",
         "ODI 12%|ODI of 12%|ODI: 12%|12%|twelve percent",
         "44%|from 44|forty-four",
         "full duty",
         "all three met|3 goals met|3/3 goals|all goals met|goals met",
         "mid-shin|mid shin",
         "discharged"],
  negated=["tingling"], absent=["Godfather", "thirty visits"],
  text="""
T: So this is your last visit, Tony. How's work been?
P: Good. Full duty since last Monday. Lifting the boxes, no problem.
T: And your boss is okay with you lifting the way we practiced?
P: Yeah, he actually had me show the new guy. Hips back, chest up, like you said.
T: Ha, I love that. You're a trainer now.
T: Pain?
P: One out of ten. Some days zero.
T: Any pain or tingling in the legs?
P: No, nothing in the legs.
T: ODI is twelve percent, you started at forty-four. Forward bend, you're touching mid-shin, no pain.
T: Goals, all three met: back to full duty, sleeping through the night, sitting through a whole movie.
P: I watched the whole Godfather on Sunday. Three hours.
T: Ha, that's the real test.
P: My kids couldn't believe I didn't get up once.
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
  facts=["5/10|five outta ten",
         "145|one forty-five",
         "150|one fifty",
         "1 MHz|1MHz|1.0 MHz|one megahertz",
         "1.2 W|1.2W|1.2 watts|one point two watts",
         "painted the bathroom ceiling|painting|painted",
         "woke up around three|woke at 3|3 am|night pain|waking at night|woke at night|sleep disturb"],
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
T: How's the sleep been with the shoulder?
P: Better, until the painting. The last two nights I woke up around three.
T: Okay, ultrasound. One megahertz, one point two watts, eight minutes.
P: It doesn't feel like anything.
T: It's not supposed to. Okay, now I'm going to stretch the back of the capsule and do some glides.
P: Ooh, that's the spot.
T: Elevation's about one forty-five today. Last week it was one fifty, so a little setback from the painting.
P: Worth it. The bathroom looks great.
T: What color did you go with?
P: Sort of a sea-glass green. My husband hates it.
T: Well, it's not his shoulder.
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
  facts=["3/10|Three out of ten",
         "10 degree lag|10° lag|10-degree lag|lag of 10|ten degree lag",
         "95|ninety-five",
         "every hour|hourly",
         "Russian stim|Russian|NMES",
         "keep forgetting|forgetting|inconsistent|some days"],
  negated=[], absent=["ultrasound"],
  text="""
T: Morning, Raj. How's the knee?
P: Okay. The quad still won't fire like it should.
T: Are you doing the quad sets at home?
P: Some. I keep forgetting. Work's been nuts, we're closing the quarter.
T: Set a timer on your phone. Seriously.
T: Okay. Pain today?
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
  facts=["6/10|Six out of ten",
         "4/10|maybe a four",
         "L4-L5|L4-5|L4/L5|L4/5",
         "20 minutes|20 min|Twenty minutes around the block",
         "NuStep|Nu-Step"],
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
T: Ha. Maybe a little longer walk then, for both of you.
P: He'd like that more than I would.
T: Okay, let's start you on the stim and the hot pack on your low back, fifteen minutes. I'll set it up and you just relax, I'll be back when it beeps.
P: Fine by me. Medicare still pays for this stim thing, right?
T: It's in your plan, yes.
T: Alright, stim's done. Let's do some manual. Lie on your stomach. I'm going to do some joint mobs at L4-L5 and soft tissue along the right side.
P: That's sore.
T: Just a little more. Okay, that was fourteen minutes of manual. Now over to the mat. Pelvic tilts, bridges, knee to chest.
P: These I can do.
T: Good. Slow, and breathe. Don't hold your breath on the bridges.
P: I always forget that.
T: And then the NuStep. So exercise today, the mat and the NuStep, seventeen minutes.
P: I'll feel that tomorrow.
T: If you're sore tomorrow, a warm shower and a short walk.
P: With Buster.
T: With Buster.
""")

S("b_pt18_knee_oa_pta_g0283", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 30, "97112": 8}, untimed=["G0283"],
  key="97110x2:GP,CQ 97112x1:GP,CQ G0283x1:GP,CQ",
  facts=["7/10|seven out of ten",
         "cane in the house|cane at home|cane indoors|using the cane|uses cane|using cane|uses a cane",
         "10 seconds|10 sec|ten seconds",
         "yellow band|yellow theraband|yellow TB",
         "4-inch|4 inch|4\"|four-inch"],
  negated=["falls"], absent=["pickleball"],
  text="""
T: Hi Mrs. Dunn. I'm working with you today, Kelly's in meetings, but she left me your plan.
P: Oh, that's fine, honey.
T: She said you've been doing great with the home program.
P: Most days. Not on bingo days.
T: Bingo takes priority, I understand.
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
  facts=["5/10|Like a five",
         "mailbox twice|mailbox 2x|to the mailbox",
         "150 feet|150 ft|150'|hundred fifty feet",
         "rolling walker|front-wheeled walker|front wheeled walker|wheeled walker",
         "min assist|minimal assist|min A|minimum assist",
         "every morning|daily"],
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
T: Sit down for a minute. Deep breaths.
C: Is that normal, how tired he gets?
T: Totally normal at this point after surgery. It'll get better each week.
T: Now let's practice getting in and out of the car, we have the car frame over there.
C: He still needs me to lift his leg in.
T: Yeah, min assist for the leg. Okay, that was short, about seven minutes of transfer practice. We'll keep working on it.
C: Can you put down that you did an hour? Our copay's the same anyway.
T: I can only put down what we actually did. But I appreciate you bringing him every time.
""")

S("b_pt20_vestib_pta_daily", "dev", "PT", "daily", "PTA", "cms",
  timed={"97112": 15, "97116": 12, "97110": 10}, untimed=[],
  key="97112x1:GP,CQ 97116x1:GP,CQ",
  facts=["22 seconds|22 sec|Twenty-two seconds",
         "15 seconds|15 sec|at fifteen",
         "DGI 19|DGI of 19|DGI: 19|19/24|nineteen out of twenty-four",
         "up from 14|from 14|14/24|up from fourteen",
         "grocery store",
         "off in the shower|eyes closed in the shower|shower with eyes closed|unsteady in the shower"],
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
T: Is it making you dizzy at all, or just hard?
P: Just hard. My eyes want to follow my head.
T: Keep your eyes on the target. Good. So balance stuff, so neuromuscular re-ed, call it fifteen. Now let's go out to the walkway. Head turns while walking, and change your speed when I say.
P: Is it still raining?
T: Just drizzle, we'll stay under the overhang. Good. Faster. Now slow. Okay, gait's twelve minutes. Then let's finish on the bike and the leg strengthening, ten minutes.
P: I'm going to Puerto Rico next month to see my mom.
T: That's wonderful. Keep walking on uneven ground and you'll be fine on the beach.
P: I'm bringing my good sneakers.
T: Your Dynamic Gait Index today was nineteen out of twenty-four.
P: Is that good?
T: Up from fourteen. I'll pass that on to Dr. Ramos for your progress note.
""")

S("b_pt21_acl_pta_daily", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 35, "97112": 9}, untimed=[],
  key="97110x2:GP,CQ 97112x1:GP,CQ",
  facts=["2/10|2 out of 10",
         "125|125 today",
         "115|115 last week",
         "off crutches|no crutches|without crutches|discontinued crutches",
         "3 sets of 8|3x8|3 x 8|three sets of eight",
         "puffy|mild swelling|some swelling|little swelling"],
  negated=[], absent=["fall season", "call you back"],
  text="""
T: Hey Kayla, how's the knee?
P: Good! I'm totally off crutches.
T: Nice. Pain?
P: Like a 1, maybe 2 out of 10. Just stiff in the morning.
T: Are you still doing the heel slides and the quad sets at home?
P: Every night while I watch TV. My roommate does them with me now, it's kind of a thing.
T: I love that. And the swelling's been okay?
P: Just a little puffy after class. I'm on my feet all day with labs.
T: Okay. Bike to warm up, then leg press, step-downs, and the hamstring curls.
P: Oh sorry, that's my mom, one sec. Hi, I'm at PT, can I call you back? Yeah. Love you. Bye. Sorry.
T: No worries. So we're about 20 minutes into the strengthening now. Let's do the lateral step-downs next, 3 sets of 8.
P: These make my knee wobble.
T: Knee over the toe. Good. Then Nordics with the band.
P: My coach said I might be back for the fall season?
T: That's for your surgeon and Dr. Barnes to decide, but you're on track. Okay, that's 35 minutes of ther ex total.
P: Whew.
T: Grab some water.
P: I'm good. Let's keep going.
T: Now single leg stance on the foam with ball toss. That's the balance piece.
P: That's harder than it looks.
T: It is. Nine minutes of balance. Let me check your flexion. 125 today.
P: It was 115 last week!
T: Yep. Ice tonight if it's puffy.
""")

S("b_pt22_balance_group", "dev", "PT", "daily", "PT", "per-code",
  timed={}, untimed=["97150"],
  key="97150x1:GP",
  facts=["4 patients|four patients|group of 4|group of four",
         "6/10|Like a six",
         "4/10|four on Tuesday",
         "seated",
         "10 reps|x10|x 10|ten reps"],
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
T: Mr. Patel, wider stance. There you go. Mrs. Lee, nice and tall.
P: Can I say something? My daughter said my balance looks better when I get out of the car.
T: That's what we want to hear, Jean.
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
  facts=["3/10|Three out of ten",
         "10 lb|10 lbs|10 pounds|ten pounds",
         "15 lb|15 lbs|15 pounds|fifteen pounds",
         "whole shift|full shift",
         "Overhead's where it pinches|pain with overhead|pinching overhead|pinch with overhead|overhead reach"],
  negated=["numbness"], absent=["brace", "Packers"],
  text="""
T: Hi Dave. How's the shoulder?
P: Better. Three out of ten. I got through a whole shift stocking shelves.
T: Nice. Any numbness in the hand?
P: Nope.
T: How's the sleep?
P: Better. I can sleep on that side for a couple hours now before it wakes me up.
T: That's a big change from when you started.
P: My wife's happier too. I was up all night before.
T: Let's start with soft tissue on the pec and upper trap.
P: Oh, that's tight.
T: Yeah, it's ropey today. Okay, that's ten minutes of manual. Now we switch it up. Work simulation: lifting the crate to the shelf, reaching, and pushing the cart.
P: Like my actual job.
T: Exactly. Crate's ten pounds to start. Good. Now fifteen pounds to the shoulder height shelf.
P: Fifteen's okay. Overhead's where it pinches.
T: Show me where.
P: Right here, front of the shoulder, when I get up past my head.
T: Then we'll keep it at shoulder height today. That functional part was fifteen minutes, separate from the manual.
T: And then a few minutes of band rows and external rotation to finish, six minutes.
P: Should I be wearing a brace at work?
T: I'd skip it for now. Ask Megan at your re-eval.
P: Did you see the Packers?
T: Don't talk to me about the Packers.
P: That bad, huh?
T: Worse. Okay, same time Friday, and keep doing the band at home.
""")

S("b_pt24_afo_pta_daily", "test", "PT", "daily", "PTA", "cms",
  timed={"97760": 12, "97110": 16}, untimed=[],
  key="97760x1:GP,CQ 97110x1:GP,CQ",
  facts=["2 hours on|2 hours|two hours on",
         "red over the outside ankle bone|redness|lateral malleolus|erythema",
         "not catching his toe|toe clearance|no toe catch|clearing",
         "0/10|Zero",
         "every day this week|daily"],
  negated=["blisters"], absent=[],
  text="""
T: Hi Mr. Brooks. Oh, is that the new brace?
P: Came Tuesday.
T: How does it feel?
P: Strange. Like walking with a ski boot on one foot.
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
T: Nice and steady, about level two.
C: He tells everybody at church about the bike.
T: Okay, sixteen minutes of exercise. Any pain today?
P: Nah. Zero.
C: He did the exercises every day this week, I made a chart.
T: A chart! I love it. I'll show Dr. Green.
""")

S("b_pt25_sci_wheelchair_pta", "dev", "PT", "daily", "PTA", "cms",
  timed={"97542": 13, "97110": 20}, untimed=[],
  key="97542x1:GP,CQ 97110x1:GP,CQ",
  facts=["8 seconds|8 sec|Eight seconds",
         "5 seconds|5 sec|five seconds",
         "4-inch curb|4 inch curb|four-inch curb",
         "60 seconds|60 sec|1 minute|sixty seconds",
         "3/10|Like a three",
         "wheel locks|brakes"],
  negated=[], absent=["power assist"],
  text="""
T: Hey Andre. Ready for wheelies?
P: Always.
T: Okay, wheelchair skills first. Let's do the wheelie balance, I'm spotting from behind.
P: I held it like five seconds last time.
T: Let's beat it. Go. Eight seconds! Nice. Now down the four-inch curb, lean back, control it.
P: Got it.
T: Nice control. How's the new chair otherwise?
P: Lighter than my old one. I can throw it in the car myself now.
T: That's huge for getting to class.
P: Yeah, my roommate used to have to do it. Now I'm independent, basically.
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
  facts=["6 steps|six steps",
         "4 steps|from 4|four last time",
         "200 feet|200 ft|200'|two hundred feet",
         "6/10|Six out of ten",
         "3/10|a three when I came in",
         "heel first|heel-first|heel strike",
         "nap after lunch|napping|nap"],
  negated=["numbness", "vision changes"], absent=["pool"],
  text="""
T: Hi Beth. How's the fatigue this week?
P: Better. I've been taking the nap after lunch like you said. Work's been crazy though.
T: Any new numbness or vision changes?
P: No, nothing new. The left foot's the same.
T: Okay. I turned the fan on in here, I know the heat gets to you.
P: Thank you, seriously.
T: Did the cooling vest come?
P: Yesterday. I wore it to walk the dog this morning, it helped.
T: Balance first. Standing on the foam, reaching outside your base, then stepping over the hurdles. Good. Now the tandem walk.
P: That's the hardest one.
T: Arms out if you need them. Eyes on the end of the hall, not your feet.
P: If I look at my feet I'm done.
T: You took six steps before stepping out, it was four last time. So NMR today was twenty minutes.
T: Let's walk. Down the hallway, think heel first with the left. Good. Gait, eight minutes, two laps of two hundred feet.
P: I'm tired.
T: Sit for a minute, have some water. We'll do the last part sitting if you need to.
P: Okay. Give me a minute.
T: Let's do just a few minutes of stretching and the hip stuff, seven minutes, and then you're done.
P: My husband asked if we can try the pool therapy.
T: I'd like that for you. Let's talk about adding it next month.
T: How's the fatigue now, zero to ten?
P: Six out of ten now. It was a three when I came in.
""")


# ---------------------------------------------------------------------------------------------
# OT (20)
# ---------------------------------------------------------------------------------------------

S("b_ot01_wrist_fx_eval_mod", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97110": 12}, untimed=["97166"],
  key="97166x1:GO 97110x1:GO",
  facts=["5/10|Five out of ten",
         "35°|35 degrees|35 deg|thirty-five degrees",
         "18 lb|18 lbs|18 pounds|18#|eighteen pounds",
         "62 lb|62 lbs|62 pounds|62#|sixty-two",
         "QuickDASH 59|QuickDASH of 59|QuickDASH: 59|QuickDASH is fifty-nine|59/100",
         freq(2, 6, "twice a week for six weeks"),
         "moderate complexity|moderate-complexity|97166",
         "thumb, a little, at night|tingling in the thumb|thumb tingling|thumb numbness|numbness in the thumb"],
  negated=[], absent=[],
  text="""
T: So you fell on the ice, broke the wrist, and Dr. Huang put the plate in six weeks ago.
P: Six weeks Friday. Right wrist, and I'm right-handed, of course.
T: Of course. And you're a hairdresser?
P: Yes, and I can't work. I can't hold the scissors or the blow dryer.
T: How's the pain?
P: Five out of ten. It gets to a seven if I try to cut vegetables.
T: Any numbness or tingling in the fingers?
P: The thumb, a little, at night. Tingly.
T: Okay, I'll keep an eye on that. You also have rheumatoid arthritis in the hands, and osteoporosis?
P: Yes.
T: Okay. So wrist extension is thirty-five degrees, flexion thirty, supination sixty. Grip on the right is eighteen pounds, left is sixty-two. Your QuickDASH is fifty-nine.
P: Eighteen. Ugh.
T: It'll come. So, this is a moderate complexity evaluation. The RA and the osteoporosis matter for how we load the wrist, I'm looking at work, self-care and home management, and I had to modify the grip testing because of the pain. Plan is twice a week for six weeks.
T: Today let's start your home program. Wrist active range, tendon glides, and the putty.
P: Squeeze it like this?
T: Gently. Good. Let's do the tendon glides one more time. Straight, hook, fist. Okay, so we went through the home exercises for twelve minutes, that's ther ex.
P: Can you write me a note for work?
T: Yes, I'll give you one saying you're out for now.
""")

S("b_ot02_dequervain_eval_low", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 15}, untimed=["97165"],
  key="97165x1:GO 97760x1:GO",
  facts=["4/10|Four out of ten",
         "40 lb|40 lbs|40 pounds|40#|forty pounds",
         "55 lb|55 lbs|55 pounds|55#|fifty-five",
         "10 lb|10 lbs|10 pounds|10#|ten pounds",
         "Finkelstein",
         freq(1, 4, "once a week for four weeks"),
         "low complexity|low-complexity|97165",
         "thumb spica"],
  negated=["numbness"], absent=["cortisone"],
  text="""
T: So the pain's on the thumb side of the wrist?
P: Right here. It's been about a month. My son's three months old and I'm lifting him all day.
T: Oh, classic. Congratulations, by the way.
P: Thanks. He doesn't sleep.
T: Does the pain wake you up too, or is that just him?
P: Both. If I sleep on my hand wrong, it throbs.
T: Pain right now?
P: Four out of ten. When I pick him up it's like an eight.
T: Any numbness?
P: No.
T: Finkelstein's is positive. Grip on the right is forty pounds, left is fifty-five. Pinch is ten pounds versus fifteen.
T: Any other health history?
P: No, just had the baby. Normal delivery.
T: So this is a low complexity evaluation. One problem area, no other health issues getting in the way, and we're focused on lifting the baby and your self-care. Plan is once a week for four weeks.
T: Today I'm making you a thumb spica splint. Heat it, mold it around the thumb. How's that feel?
P: Snug, but okay.
T: Can you pick up your phone with it on?
P: Yeah. It's awkward but I can.
T: Wear it when you're lifting him and at night. Take it off for bathing and to do the gentle range of motion. Check your skin for red marks. So the splint fitting and training was fifteen minutes.
P: Should I get the cortisone shot?
T: That's a question for your doctor. Let's see how the splint does first.
""")

S("b_ot03_cva_eval_high", "test", "OT", "evaluation", "OT", "cms",
  timed={"97535": 10}, untimed=["97167"],
  key="97167x1:GO 97535x1:GO",
  facts=["moderate assist|mod assist|mod A|moderate A",
         "min assist|min A|minimal assist|minimum assist",
         "contact guard|CGA",
         "mod verbal cues|moderate verbal cues|mod VC",
         "8 lb|8 lbs|8 pounds|8#|eight pounds",
         "MoCA 21|MoCA of 21|MoCA: 21|21/30|twenty-one on the MoCA",
         "COPM 3.2|performance 3.2|3.2|three point two",
         freq(3, 6, "three times a week for six weeks"),
         "high complexity|high-complexity|97167",
         "2 near falls|two near falls|near falls|near-falls"],
  negated=[], absent=["swallowing"],
  text="""
T: Mrs. Patterson, Mr. Patterson, nice to meet you. So the stroke was five weeks ago, affecting the right side.
C: Yes. She came home from rehab on the first.
T: How's she doing at home with dressing, bathing?
P: I can do my top. Pants are hard.
C: I help with the pants and the socks. And the shower, I do everything, she's scared to step in.
T: Okay. And toileting?
C: I help her up and with her clothes. She's had two near falls getting off the toilet.
P: I didn't fall.
C: You almost did, twice.
T: Okay, that's important. And she has the heart condition, the diabetes, and the depression?
C: Yes. And her memory's not what it was since the stroke.
T: Okay. So what I saw today: upper body dressing is set-up, lower body dressing is moderate assist, toileting is min assist, and the shower transfer is contact guard with the bench. She needed mod verbal cues to sequence the dressing. Right grip is eight pounds. She scored twenty-one on the MoCA.
T: On the COPM she picked dressing, showering, and cooking. Performance average three point two, satisfaction two point eight.
T: This is a high complexity evaluation. More than five performance deficits, the cognitive changes, the cardiac and diabetes history, and she needed a lot of help to get through the testing. I'm recommending three times a week for six weeks.
C: Okay.
T: And at the end we practiced putting the pants on sitting down, the hemi-dressing technique, weaker leg in first. That was ten minutes.
P: That's easier.
C: Can you also look at her swallowing? She coughs with water.
T: Good to know. That's something a speech therapist should look at, I'll let her doctor know.
""")

S("b_ot04_peds_fine_motor_eval_mod", "test", "OT", "evaluation", "OT", "per-code",
  timed={}, untimed=["97166"],
  key="97166x1:GO",
  facts=["fisted grasp|fisted",
         "standard score 78|standard score of 78|SS 78|VMI 78|standard score is seventy-eight",
         "9th percentile|ninth percentile",
         "32 weeks|Thirty-two weeks|premature|preterm",
         freq(1, 12, "once a week for twelve weeks"),
         "moderate complexity|moderate-complexity|97166",
         "covers his ears|loud noises|noise sensitivity|auditory sensitivity"],
  negated=[], absent=["sword"],
  text="""
T: So Mateo's five, and his preschool teacher is worried about writing?
C: Yeah. He holds the crayon in his fist, and he gets so frustrated he throws it. And buttons, zippers, forget it.
T: Mateo, can you draw me a circle?
P: Like this?
T: Great circle! Now a cross, like a plus sign.
P: It's a sword.
T: That's a great sword. Can you make it like mine?
P: No. It's a sword.
C: He's stubborn. He gets that from his dad.
T: Okay. He's using a fisted grasp. He copied the circle but not the cross or the square. On the Beery, his visual-motor standard score is seventy-eight. Fine motor on the Peabody is at the ninth percentile.
C: Is that bad?
T: It's below where we'd want him, but it's something we can really work on. He was born early, right?
C: Thirty-two weeks. He was in the NICU for a month. And he has asthma.
T: Okay. Any trouble with eating, textures, loud noises?
C: He hates loud noises. The hand dryers in bathrooms, he covers his ears. Eating's fine though.
T: So I'm calling this a moderate complexity evaluation. The prematurity and the asthma history, and I looked at fine motor, visual motor, self-care, and some sensory processing. I'd like to see him once a week for twelve weeks.
C: Once a week, okay. Can it be after school?
T: We'll find an afternoon slot. Mateo, high five!
P: High five!
""")

S("b_ot05_ms_eval_high", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97535": 14}, untimed=["97167"],
  key="97167x1:GO 97535x1:GO",
  facts=["MFIS 52|MFIS of 52|MFIS: 52|Modified Fatigue Impact Scale 52|Modified Fatigue Impact Scale: 52|Modified Fatigue Impact Scale is fifty-two|Fatigue Impact Scale score of 52",
         "12 lb|12 lbs|12 pounds|12#|twelve pounds",
         "51 seconds|51 sec|51s|fifty-one seconds",
         "min assist|min A|minimal assist|minimum assist",
         "supervision",
         freq(2, 8, "twice a week for eight weeks"),
         "high complexity|high-complexity|97167",
         "7/10|Seven out of ten",
         "pins and needles|tingling|paresthesia"],
  negated=["falls"], absent=[],
  text="""
T: Hi Ms. Kaur. So you had an MS flare last month and were in the hospital?
P: Ten days. Steroids. I'm home now but I'm wiped out.
T: What's hardest at home right now?
P: Everything. Showering, I have to sit. Getting my bra on, buttons. Cooking, I can't stand at the stove that long. And I work from home, typing is hard.
T: Any numbness in the hands?
P: Yes, both hands, like pins and needles. The right's worse.
T: Any falls?
P: No falls. I've been careful.
T: Good. So your score on the Modified Fatigue Impact Scale is fifty-two. Grip right is twelve pounds, left twenty. Nine-hole peg, right hand, fifty-one seconds. Lower body dressing is min assist, showering is supervision with the shower chair, and meal prep is min assist.
T: And you also have the depression and the thyroid history, from your chart?
P: Yes, both.
T: So this is a high complexity evaluation. More than five performance deficits, bathing, dressing, cooking, work, fatigue, plus the MS, depression and thyroid history, and I had to change the testing because of the fatigue. Plan is twice a week for eight weeks.
T: We also did some energy conservation training today. Planning your morning routine, sitting to dress, and the bra trick, hooking it in front and turning it around.
P: Oh, that's clever. Why didn't I think of that?
T: That was fourteen minutes of the self-care training. Can you rate your fatigue right now?
P: Seven out of ten.
T: Okay, let's stop there for today.
""")

S("b_ot06_lat_epi_eval_low", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 9}, untimed=["97165"],
  key="97165x1:GO 97110x1:GO",
  facts=["3/10|Three out of ten",
         "25 lb|25 lbs|25 pounds|25#|twenty-five pounds",
         "90 lb|90 lbs|90 pounds|90#|ninety",
         "PRTEE 48|PRTEE of 48|PRTEE: 48|PRTEE score is forty-eight|48/100",
         freq(1, 6, "once a week for six weeks"),
         "low complexity|low-complexity|97165",
         "1 lb|1 pound|1-pound|1 lbs|one pound"],
  negated=["numbness", "tingling"], absent=[],
  text="""
T: Tennis elbow, huh? Do you play?
P: Ha, no. I'm a carpenter. Hammering all day.
T: That'll do it. Right elbow?
P: Right. About three months.
T: Any particular job that makes it worse?
P: Framing. Overhead nailing is the worst. And the screw gun all day.
T: Okay. Did you try anything for it yet?
P: Ibuprofen and ice. Helps for a couple hours.
T: Pain right now?
P: Three out of ten. Gripping the hammer, it's a seven.
T: Any numbness or tingling?
P: Nope.
T: Other health history?
P: Nope. Healthy as a horse.
T: Okay. Pain-free grip on the right is twenty-five pounds, and max grip on the left is ninety. Resisted wrist extension reproduces it. Your PRTEE score is forty-eight.
T: This is a low complexity evaluation. One area, no other health issues, and you got through all the testing without any modifications. Once a week for six weeks.
P: Sounds good.
T: Are you lifting lumber too?
P: All day. Two by fours, sheets of plywood.
T: Carry with your palm up when you can, it takes the load off the tendon.
T: Let's start the eccentric wrist extension with the one pound dumbbell, and the stretching. Slow on the way down.
P: Like that?
T: Like that. Okay, that was nine minutes of exercise.
P: Should I get one of those straps?
T: Yes, actually, a counterforce strap is worth trying at work. They have them at the pharmacy.
P: Can I keep working?
T: Yes, but try a hammer with the bigger grip.
""")

S("b_ot07_ctr_reeval", "test", "OT", "re-evaluation", "OT", "cms",
  timed={"97110": 16}, untimed=["97168"],
  key="97168x1:GO 97110x1:GO",
  facts=["2/10|Two out of ten",
         "30 lb|30 lbs|30 pounds|30#|thirty pounds",
         "45 lb|45 lbs|45 pounds|45#|forty-five",
         "5 mm|5mm|five millimeters",
         freq(2, 4, "twice a week for four weeks"),
         "numbness is gone|numbness resolved|numbness has resolved|resolution of numbness|no longer numb",
         "Best I've slept in a year|sleeping better|sleep improved|improved sleep"],
  negated=["drainage"], absent=["fishing"],
  text="""
T: So, Mr. Novak, since I last saw you, you had the carpal tunnel release on the right.
P: Two weeks ago. Dr. Shah did it.
T: How did the surgery go?
P: Easy. I was awake for it, watched the whole thing on a screen. Don't recommend it.
T: So today's a re-evaluation, since that changes our plan. How's the pain?
P: Two out of ten. The palm's tender.
T: And the numbness?
P: That's the thing, the numbness is gone. The tingling at night, gone too.
T: That's great. How are you sleeping?
P: Best I've slept in a year. I don't wake up shaking my hand out anymore.
T: That's the classic sign it worked. The incision looks healed, no drainage. Grip on the right is thirty pounds, it was forty-five before surgery, and that's expected right now. Two-point discrimination in the index finger is five millimeters.
T: We'll keep the goals for the thumb arthritis, and I'm adding scar management and grip strengthening. Twice a week for four weeks.
P: Okay.
T: How about work, are you back?
P: Light duty. They've got me answering phones, which is torture.
T: Today we did tendon glides, nerve glides, and some light putty. Sixteen minutes of exercise. Next visit I'll start the scar work with you.
P: Can I go fishing this weekend?
T: Not yet. Give it two more weeks before you're casting.
P: My wife said the same thing.
T: Smart woman.
""")

S("b_ot08_cva_progress", "dev", "OT", "progress", "OT", "per-code",
  timed={"97535": 24, "97530": 13}, untimed=[],
  key="97535x2:GO,59 97530x1:GO",
  facts=["min assist|min A|minimal assist|minimum assist",
         "mod A|mod assist|moderate assist",
         "supervision",
         "contact guard|CGA",
         "not met, progressing|progressing",
         freq(2, 4, "twice a week for four more weeks"),
         "sock aid"],
  negated=["dizziness"], absent=["hand massage"],
  text="""
T: Okay, so today's his progress report visit. How's he doing at home, Mrs. Diaz?
C: So much better. He puts his own pants on now, I just help with the socks.
P: The socks are impossible.
T: We'll work on the sock aid today. So, lower body dressing is now min assist, it was mod A at the evaluation. Toilet transfers, supervision. Shower transfer, still contact guard.
T: Goals. Lower body dressing with min assist, met. Toilet transfer with supervision, met. Shower transfer with supervision, not met, progressing.
C: He's still scared in the shower.
P: The floor is slippery. I don't trust it.
T: A non-slip mat would help, and we'll keep practicing here.
T: That's fair. Let's keep going twice a week for four more weeks.
T: Okay, let's do it. Sock aid first. Slide the sock on, drop it, pull the straps.
P: Hey! Look at that!
T: And the long-handled shoe horn. Then we'll practice in the bathroom.
C: He never would've done that a month ago.
T: Alright, the ADL retraining, dressing with the sock aid and shoe horn and the bathroom practice, that was twenty-four minutes.
T: Then standing at the counter, reaching into the cupboard, putting groceries away, shifting weight onto the right leg. That was thirteen minutes of functional activity.
T: Any dizziness standing that long?
P: No, not today.
C: Could you also do his hand massage? It swells at night.
T: Let's look at that next time, we're out of time today. Keep it up on a pillow at night.
""")

S("b_ot09_shoulder_discharge", "test", "OT", "discharge", "OT", "cms",
  timed={"97535": 12, "97110": 10}, untimed=[],
  key="97535x1:GO",
  facts=["160|one-sixty",
         "70°|70 degrees|ER 70|external rotation 70|rotation seventy",
         "QuickDASH 18|QuickDASH of 18|QuickDASH: 18|QuickDASH is eighteen",
         "55|fifty-five",
         "all four goals are met|4 goals met|4/4 goals|all goals met|goals met",
         "discharged to your home program|discharged to HEP|discharged with HEP|discharge to HEP|discharged to home program|discharged to a home program",
         "0/10|Zero most days"],
  negated=["numbness", "tingling"], absent=["Japan", "suitcase"],
  text="""
T: Last visit today, Mrs. Yamamoto.
P: I'm going to miss you!
T: Aw, I'll miss you too. Let's check everything. Can you reach behind to hook your bra now?
P: Every morning. And I wash my hair with both hands.
T: Shoulder flexion is one-sixty, external rotation seventy. Your QuickDASH is eighteen, you started at fifty-five.
T: Pain?
P: Zero most days. One after gardening.
T: What are you growing this year?
P: Tomatoes, and way too much zucchini.
T: So all four goals are met: dressing, hair washing, reaching the top shelf, and carrying the groceries. You're discharged to your home program.
P: Wonderful.
T: Remember when you started, you couldn't get your arm in your coat sleeve?
P: Oh, I remember. My husband had to help me every morning. Now he's out of a job.
T: Today we went over the reaching strategies for high shelves and the dressing one more time, twelve minutes, and then the stretching program, ten minutes.
P: My daughter is taking me to Japan in the spring. I'll be able to lift my suitcase now!
T: Use the overhead bins carefully and ask for help if it's heavy.
P: I will. I'll bring you back some tea.
T: You don't have to do that. But I won't say no.
P: Anything I should watch for?
T: If you get numbness or tingling, or it gets stiff again, call us. Any of that now?
P: No, none.
""")

S("b_ot10_tbi_cog_daily", "dev", "OT", "daily", "OT", "cms",
  timed={"97129": 15, "97130": 17}, untimed=[], cog=32,
  key="97129x1:GO 97130x1:GO",
  facts=["7/10|7 of 10|Seven of ten",
         "8/10|8 of 10|Eight of ten",
         "2 verbal cues|two verbal cues",
         "missed 1 appointment|missed one appointment|missed an appointment|missed a dentist",
         "planner",
         "phone alarms|alarms"],
  negated=[], absent=["driving evaluation"],
  text="""
T: Hi Jason. Hi, you must be Mom.
C: Yes, hi.
T: How was the week?
C: He's using the planner. Mostly. He missed one appointment.
P: The dentist. I forgot.
C: He remembered it the next day, though.
T: That happens. Let's work on it. Today it's cognitive stuff, memory strategies and problem solving. We'll start with the recall list.
P: Ten words?
T: Ten words. Okay, what do you remember?
P: Apple, river, chair, blanket, uh, candle, doctor, window.
T: Seven of ten on immediate recall. Now with the category cues. A fruit?
P: Fruit, fruit. Banana! And, no.
T: Eight of ten with cues. Next the planning task. Plan a trip to the grocery store and the pharmacy with a forty dollar budget.
P: Okay, I'd go to the pharmacy first because it closes at six, then the store.
T: Good. You needed two verbal cues for the budget. Now let's set up the phone alarms for your meds.
C: He keeps ignoring the alarms.
T: Let's label them so they say what to do, not just ring. Take blue pill. Like that.
P: Oh. That's better.
C: Can you write that down for me? I'll set them up tonight.
T: I'll put it on his home program sheet.
T: So the cognitive intervention today was thirty-two minutes total, all face to face.
P: Can I drive yet?
T: Not yet. That's a conversation with your neurologist, and a driving evaluation down the line.
""")

S("b_ot11_tha_ota_daily", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97535": 20, "97530": 10}, untimed=[],
  key="97535x1:GO,CO,59 97530x1:GO,CO",
  facts=["4/10|Four out of ten",
         "supervision",
         "reacher",
         "sock aid",
         "past ninety|90 degrees|90°|hip precautions",
         "sleeping better|improved sleep|sleep improved",
         "tub bench|tub transfer bench"],
  negated=["dizziness"], absent=["Thanksgiving", "lobby"],
  text="""
T: Hi Mrs. Carter, I'm Tasha, the OT assistant working with you today.
P: Nice to meet you, Tasha.
T: Karen's your OT, she's with a new patient today, but she wrote out exactly what we're doing.
P: Oh good, I like Karen.
T: How's the new hip?
P: Sore. Four out of ten. But I'm sleeping better.
T: Good. Are you remembering your hip precautions?
P: No bending past ninety, no crossing my legs, no twisting. I have a sign on my fridge.
T: Perfect. Let's work on getting dressed with the reacher and the sock aid, and then getting in and out of the tub with the tub bench.
P: The sock aid is a pain.
T: You've got it. Look at that. Lower body dressing with the equipment is supervision today. Now the tub bench, sit, scoot back, lift one leg, then the other.
P: Like this?
T: Exactly. So that dressing and bathing practice was twenty minutes.
T: Now the kitchen. Let's stand, get things out of the low cabinet with the reacher, and carry them to the counter with the walker tray.
P: I'm cooking Thanksgiving, so I need this.
T: Thanksgiving! Okay, we'll keep you safe. That was ten minutes of the functional kitchen work. Any dizziness standing that long?
P: No.
T: Good. I'll tell Karen you're doing great.
P: Can you bill for the time I was waiting in the lobby too?
T: No, only the time we're actually working together.
""")

S("b_ot12_wrist_ota_daily", "dev", "OT", "daily", "OTA", "cms",
  timed={"97530": 25, "97140": 6}, untimed=[],
  key="97530x2:GO,CO",
  facts=["17 cm|17 centimeters|17.0 cm",
         "17.8",
         "3/10|Like a three",
         "pickle jar|jar opening|opening jars",
         "pillow at night|elevat"],
  negated=[], absent=["wrench"],
  text="""
T: Hi Gary. The hand looks less puffy today.
P: I've been keeping it up on a pillow at night like Jen said.
T: Good. Any new pain, numbness?
P: Just stiff in the mornings. My wife says I complain about it more than the pain.
T: Ha. Let's start with a little retrograde massage for the swelling, then the functional stuff.
P: Okay.
T: Okay. That was six minutes of the edema massage. Figure-of-eight at the wrist is 17 centimeters, it was 17.8 last week.
P: Progress!
T: Are you still doing the tendon glides at home?
P: Every commercial break.
T: Now the real-life stuff. Opening jars, turning the key in the lock board, folding towels, carrying the laundry basket.
P: My wife's gonna love this.
T: Does she make you do the laundry now?
P: She says it's therapy. I think she's working with you.
T: Try the pickle jar.
P: Nope. Hang on. There!
T: Good. Pain?
P: Like a three when I twist.
T: Okay, dial it back on the twisting. Now the pegboard and the coins in the slot.
P: Coins are hard.
T: You're doing fine. Okay, that was twenty-five minutes of the functional activities.
P: I'm supposed to go back to work next week, at the auto shop.
T: We'll practice with the wrench next time.
P: Good. I'll bring my own, the ones here are too clean.
""")

S("b_ot13_cva_wc_ota_daily", "test", "OT", "daily", "OTA", "cms",
  timed={"97542": 15, "97535": 10}, untimed=[],
  key="97542x1:GO,CO 97535x1:GO,CO",
  facts=["min assist|min A|minimal assist|minimum assist",
         "verbal cues for the brakes|verbal cues|verbal cueing",
         "elastic waist",
         "hitting the frame|door frame|doorframe|doorway",
         "close to CGA|CGA|contact guard"],
  negated=[], absent=["shopping"],
  text="""
T: Hi Mr. Ellis. Let's work on that chair today.
P: The brakes are still tricky with my left hand.
T: I know. Let's practice. Reach across, lock the right one, and now the left. Good. Now swing away the leg rest.
P: It's stuck.
T: Pull the lever up first. There. Now propel with your right hand and right foot down the hall, and turn into the bathroom doorway.
P: I keep hitting the frame.
T: Which side?
P: The left, always the left. I don't see it coming.
T: Turn your head all the way to the left before you go through. Look for the frame.
T: Slower on the turn. Better. That's fifteen minutes of wheelchair training.
T: Now in the bathroom, let's do the clothing management for toileting. Pants down, standing at the grab bar, then back up and fastened.
P: The button's hard with one hand.
T: Elastic waist pants would help. Maybe your wife could pick some up?
P: She'll love another shopping trip.
T: Ha. Tell her it's doctor's orders.
P: She'll say you're not a doctor.
T: She's right. Tell her it's OT's orders.
T: Okay, that was ten minutes of the toileting practice. You needed min assist for balance and verbal cues for the brakes.
P: I'm still min assist?
T: For now. You're getting close to CGA.
P: Can we skip ahead to the part where I walk again?
T: That's what your PT is working on. We'll get you there together.
""")

S("b_ot14_cmc_ota_daily", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97760": 5, "97140": 10, "97110": 12}, untimed=[],
  key="97140x1:GO,CO 97110x1:GO,CO",
  facts=["4/10|four out of ten",
         "6 lb|6 lbs|6 pounds|6#|six pounds",
         "base of the small finger|small finger|little finger|fifth finger|pinky",
         "scar's less bumpy|scar flattening|flattening|scar softening|less raised",
         "rubbing|rub"],
  negated=["swelling"], absent=["birthday"],
  text="""
T: Hi Carol. How's the thumb?
P: Better. Opening the car door still hurts. Like a four out of ten.
T: Okay. First let's look at the splint. You said it's rubbing?
P: Right on the wrist bone.
T: I'll trim the edge and flare it out a bit. Try that. And here's a new strap.
P: Much better.
T: Are you still wearing it at night?
P: Every night. And when I drive. It's like an old friend now.
T: That was about five minutes on the splint. Now scar massage and some gentle joint mobs, ten minutes.
P: The scar's less bumpy.
T: Are you doing the scar massage at home with lotion?
P: Twice a day. I use the cocoa butter.
T: It's flattening out nicely. Now the exercises: thumb opposition, the blocking exercises, and light putty.
P: Look, I can touch my pinky!
T: You're reaching the base of the small finger now. You couldn't do that two weeks ago. Tip pinch is six pounds today.
T: So that's twelve minutes of exercise.
P: My granddaughter's birthday is Saturday, and I have to wrap presents.
T: Use the bigger tape dispenser, and take breaks.
P: And gift bags. Lots of gift bags.
T: Gift bags are perfect. No tape at all.
P: Any swelling I should worry about?
T: You've got no swelling today. If it gets puffy, put it up.
P: Okay. Same time next week?
T: Same time next week. Bring the splint so I can check that edge again.
""")

S("b_ot15_pd_ota_daily", "test", "OT", "daily", "OTA", "cms",
  timed={"97530": 20, "97535": 8}, untimed=[],
  key="97530x1:GO,CO 97535x1:GO,CO,59",
  facts=["6 buttons|six buttons",
         "4 minutes|4 min|about four minutes|four minutes",
         "independent with the button hook|independent with button hook|independent using button hook|independent with buttonhook|independent",
         "feet feel glued|freezing|glued",
         "15 minutes|15 min|used to take me fifteen",
         "grab bar"],
  negated=["falls"], absent=["knitted"],
  text="""
T: Good morning, Mrs. Fischer. How did the week go?
P: I had a good week. The new button hook helped.
T: And the shower? Last time you said you were nervous.
P: My son put in the grab bar Saturday. That helps a lot.
T: Oh, good. Where did he put it?
P: On the wall by the faucet, like you showed him.
T: I'm so glad. Let's start with the standing activities. Reaching up into the cupboard with big movements, then the laundry.
P: Big, like the exercise class.
T: Are you still going to the class at the Y?
P: Tuesdays and Thursdays. My friend drives.
T: Good for you. Okay, big. Carry the basket to the table. Good. Turn with big steps.
P: My feet feel glued.
T: Count it out. One, two, three. There. Now the towels on the top shelf, big reach.
P: Is this how tall people live?
T: Ha, every day. That's twenty minutes of functional activity.
T: Now let's practice getting your cardigan on, with the button hook.
P: It's my favorite cardigan, my sister knitted it.
T: It's lovely. All six buttons, independent with the button hook, and it took you about four minutes. That was eight minutes of dressing practice.
P: Four minutes! It used to take me fifteen.
T: Any falls this week?
P: Nope, no falls.
T: Great. Keep doing the big reaching at home.
P: I will. See you Thursday.
""")

S("b_ot16_cva_splint_daily", "dev", "OT", "daily", "OT", "per-code",
  timed={"97760": 18, "97110": 10}, untimed=[],
  key="97760x1:GO 97110x1:GO",
  facts=["20°|20 degrees|20 deg|twenty degrees",
         "-30|minus thirty|lacks 30|lacking 30",
         "curling up more at night|curling|increased tone|flexor tone",
         "red marks|redness|red areas",
         "Thumb in first|thumb first"],
  negated=["pain"], absent=["Botox"],
  text="""
T: Hi Mr. Owens, hi Linda.
C: Hi. His hand has been curling up more at night.
T: Yeah, I can see the fingers pulling in. Let's fit the resting hand splint today. I molded it last time, so let's see how it fits.
P: Okay.
T: Wrist in about twenty degrees of extension, fingers out. Strap one, two, three. How's that feel?
P: Tight on the thumb.
T: Let me heat that spot and adjust. Better?
P: Better.
C: Does he have to wear it all night right away?
T: Start with a few hours, then all night once his skin tolerates it.
T: Linda, I want you to practice putting it on.
C: Like this?
T: Thumb in first, then the wrist strap. Good. He wears it at night. In the morning check his skin for red marks, and if one doesn't fade in twenty minutes, leave it off and call me.
C: Okay.
T: So that was eighteen minutes of the splint fitting and training you both.
T: Now let's do range of motion and stretching. Finger extension, the wrist, and I'll show you the stretch you do before it goes on. Any pain when I stretch?
P: No, no pain.
C: He usually makes a face if it hurts.
P: I'm not making a face.
T: Finger extension is about minus thirty at the knuckles. That's ten minutes of the exercise.
C: His doctor mentioned Botox?
T: That's worth asking about, it can work well together with the splint.
""")

S("b_ot17_hand_group", "test", "OT", "daily", "OT", "per-code",
  timed={}, untimed=["97150"],
  key="97150x1:GO",
  facts=["3 patients|three patients|group of 3|group of three",
         "5/10|five out of ten",
         "pink putty|pink therapy putty",
         "lighter clothespins|light clothespins|lighter pins|lighter resistance",
         "40 minutes|40 min|forty minutes"],
  negated=[], absent=["poker"],
  text="""
T: Alright folks, welcome to hand group. Three of you today, Ruth, Bill, and Sandra. We're doing therapy putty, then clothespins, then a card game.
P: The pink putty again?
T: Pink for you, Ruth. Bill's on the green.
P: He always gets the harder one.
T: It's not a competition. Squeeze it, roll it into a snake, and then pinch off little pieces.
P: Sandra doesn't like the snake part. She told me.
T: That's okay, Sandra, just squeeze and pinch. Ruth, how's the right hand?
P: It's like a five out of ten when I pinch the clothespins.
T: Okay, switch to the lighter clothespins then. Use your pointer and thumb, clip them on the edge of the box.
P: Oh, these are easier.
T: Bill, slow down, it's not a race. Sandra, nice work, all ten on the box.
P: She's better at it than me.
T: You're doing great, Ruth. Keep using that pointer finger.
T: Now cards. Everybody shuffle and deal.
P: Can we play poker?
T: Go Fish.
P: Bill cheats at Go Fish too.
T: I'll keep an eye on Bill.
T: Okay, for my notes: hand group today, three patients, forty minutes, I was working with all three together. Ruth switched to the lighter clothespins because of pain.
P: See you Thursday.
T: See you Thursday. Ruth, ice the hand tonight if it's sore.
""")

S("b_ot18_als_power_chair", "test", "OT", "daily", "OT", "per-code",
  timed={"97542": 22, "97535": 9}, untimed=[],
  key="97542x1:GO 97535x1:GO",
  facts=["every 30 minutes|every 30 min|q30|every thirty minutes",
         "2 minutes|2 min|two minutes",
         "speed 2|speed on two|speed setting 2|speed of 2|speed setting of 2",
         "Weaker arm in first|weaker arm first|weak arm first|affected arm first",
         "hit the wall|hitting the wall|collision|bumped"],
  negated=["redness"], absent=["attendant control"],
  text="""
T: Hi Ben, hi Marcy. So the new power chair came!
C: Finally. Eight months of paperwork.
P: It's fast.
C: He drove it around the kitchen island for an hour last night.
P: Practicing.
T: Let's make sure it's not too fast. First the tilt. You need to tilt back every thirty minutes for pressure relief.
P: Like this?
T: Good, all the way back, and hold it two minutes. Now driving. Down the hall, through the doorway, and back into the elevator.
C: He already hit the wall at home.
P: Once.
C: He took a chunk out of the door frame.
P: It's a small chunk.
T: Door frames can be fixed. Toes and knuckles are harder.
T: Let's keep the speed on two for indoors. Okay, the elevator. Good. And reverse out. That was twenty-two minutes of the power chair training.
T: Now dressing. Marcy, what's hardest?
C: Getting his jacket on in the chair.
P: It gets stuck behind me on the backrest.
T: Let's try it. Weaker arm in first, then over the head. Ben, lean forward. Good. That was nine minutes on the jacket.
P: Can we get the attendant control so she can drive it too?
T: Good question for the vendor. I'll send them a note.
T: Any redness on your bottom or your heels?
C: No, I check every night. Nothing.
""")

S("b_ot19_peds_sensory_daily", "dev", "OT", "daily", "OT", "cms",
  timed={"97530": 26, "97535": 9}, untimed=[],
  key="97530x2:GO",
  facts=["3/5|3 out of 5|Three out of five",
         "1/4 inch|1/4\"|quarter inch|quarter-inch",
         "loop scissors",
         "verbal cue",
         "circle time",
         "Hand-over-hand|hand over hand"],
  negated=[], absent=[],
  text="""
T: Hi Zoe! Hi Mom.
C: She's been so excited to come.
P: Can we do the swing?
T: We'll start on the swing, yes. Okay, sit on the platform swing and toss the bean bags into the bucket.
P: I got it!
C: She's been asking for a swing at home.
T: A hammock swing in the backyard would be great for her.
T: Three out of five in the bucket! Now the obstacle course. Crawl through the tunnel, climb over the pillow, and jump on the trampoline.
C: She's been better at school. Her teacher said she's sitting through circle time now.
T: That's wonderful. Okay, now at the table, let's do the scissors. Cut on the line.
P: This is a bumpy line.
T: Bumpy lines are the tricky ones. Thumb on top, like a thumbs-up.
P: Thumbs up!
T: You stayed within a quarter inch of the line most of the way. She's still using the loop scissors.
T: So the sensory motor and fine motor activities were twenty-six minutes.
T: And now let's practice the zipper on your coat. Hook it in, hold the bottom, pull up.
P: I did it!
C: She's never done that at home.
T: Hand-over-hand to start, and then she got it with just a verbal cue. That was nine minutes of the dressing practice.
C: Could you write down that zipper trick for me?
T: Yes, I'll put it in her home program.
""")

S("b_ot20_mastectomy_daily", "test", "OT", "daily", "OT", "per-code",
  timed={"97140": 12, "97530": 14, "97110": 10}, untimed=[],
  key="97140x1:GO 97530x1:GO,59 97110x1:GO",
  facts=["3/10|Three out of ten",
         "140|one forty",
         "125|one twenty-five",
         "cording|axillary web",
         "round 3|round three|third round|cycle 3"],
  negated=["swelling"], absent=["lymphatic drainage"],
  text="""
T: Hi Denise. How's the arm?
P: Tighter this week. The cording is back under my arm.
T: Let me see. Yeah, I can feel it. Pain?
P: Three out of ten. It pulls when I reach.
T: Any swelling in the hand or arm?
P: No, my sleeve fits fine.
T: Okay. Let's start with manual on the cording and some soft tissue on the pec.
P: That always helps.
T: Breathe. Deep breath into the side. There, I feel it let go a little.
P: Oh, that's weird. Like a rubber band.
T: Okay, we did, what, twelve minutes of manual. Now let's do the reaching into the upper cupboard, putting away dishes, hanging clothes in the closet, that's your functional piece, separate from the manual.
P: The closet's the worst.
T: Hang it with the hanger facing you, elbow bent, then reach.
P: Oh, that's better.
T: Fourteen minutes of that. Then the wand exercises and the pulleys, ten minutes.
P: How's my flexion?
T: Flexion today is one forty. It was one twenty-five last week.
P: I start chemo round three on Monday.
T: How did you do with round two?
P: Tired for about four days. Then okay.
T: Okay. If you're wiped out that week, just do the stretches.
P: My husband asked if you could do lymphatic drainage too.
T: You don't have any swelling, so we don't need it right now. If that changes, we'll add it.
""")


# ---------------------------------------------------------------------------------------------
# SLP (18)
# ---------------------------------------------------------------------------------------------

S("b_slp01_cva_swallow_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92610"],
  key="92610x1:GN",
  facts=["IDDSI level 5|IDDSI level five|IDDSI 5|level 5 minced|minced and moist|minced & moist",
         "level 2 liquids|level two liquids|IDDSI level 2|IDDSI 2|level 2 mildly thick|mildly thick",
         "chin tuck",
         "30 minutes|30 min|thirty minutes",
         "5 lb|5 lbs|5 pounds|five pounds",
         freq(2, 6, "twice a week for six weeks"),
         "pockets food on the left|pocketing|pockets food",
         "modified barium swallow|MBS|videofluoroscop|VFSS",
         "immediate cough|cough with thin|coughs when he drinks|coughing with thin"],
  negated=["pneumonia", "fevers"], absent=[],
  text="""
T: Hi Mr. Hassan, I'm the speech therapist. And you're his daughter?
C: Yes, I'm Leila.
T: So since the stroke, how's eating been going?
C: He coughs when he drinks water. Almost every time. And he pockets food on the left side.
P: It's fine. I'm fine.
C: Dad, you coughed through all of dinner last night.
T: Any pneumonia since the stroke? Any fevers?
C: No pneumonia. No fevers.
T: Weight loss?
C: Maybe five pounds.
T: Okay, let me look in your mouth. Tongue's weaker on the left, and lip closure's reduced on the left. Let's try a small sip of water.
P: Sorry. Went down the wrong way.
T: That's okay. Immediate cough with thin water, from the cup and the straw. Let's try this mildly thick one. No cough. Now some applesauce. Good. And a cracker.
P: It sticks.
T: Prolonged chewing, some residue on the left. So here's what I'm recommending: IDDSI level five, minced and moist, for the solids, and mildly thick, level two liquids. Chin tuck with each sip, small bites, and sit upright for thirty minutes after meals.
C: Level five, minced. Okay, I'm writing this down.
T: I'll give you the handout. I also want a modified barium swallow study, that's a video x-ray, to see what's happening on the inside.
P: Do I have to?
T: I'd really like it. And I'm recommending swallowing therapy twice a week for six weeks.
C: Can you bill today for the therapy part too? He's here anyway.
T: Today's the evaluation. We'll start the therapy on Thursday.
""")

S("b_slp02_peds_artic_lang_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"],
  key="92523x1:GN",
  facts=["standard score of 72|standard score 72|SS 72|GFTA-3 72|standard score of seventy-two",
         "50% intelligible|50% intelligibility|fifty percent intelligible",
         "expressive 78|expressive score of 78|EC 78|expressive communication 78|expressive score is seventy-eight",
         "receptive 92|receptive score of 92|AC 92|auditory comprehension 92|receptive is ninety-two",
         "fronting",
         freq(2, 12, "twice a week for twelve weeks"),
         "tubes at age 2|tubes at two|PE tubes|ear tubes",
         "passed in March|passed hearing|hearing screen passed|passed a hearing"],
  negated=[], absent=[],
  text="""
T: So Liam's four and a half. What made you call?
C: Nobody can understand him except me. His preschool teacher says she gets maybe half of what he says. And he doesn't really put sentences together.
T: Okay. Any ear infections?
C: A lot when he was little. He had tubes at two.
T: And his hearing was checked after?
C: Yes, he passed in March.
T: Great. Liam, what's this one?
P: Tat.
T: Cat, good. And this?
P: Dod.
T: Dog, yep. So on the Goldman-Fristoe he got a standard score of seventy-two. He's fronting, so cat becomes tat, and he's doing some stopping and cluster reduction. I'd say he's about fifty percent intelligible to me.
C: That sounds right.
T: Does he get frustrated when people don't understand him?
C: Oh yes. He cries, or he just stops talking.
T: On the language testing, the PLS-5, his expressive score is seventy-eight and receptive is ninety-two. So understanding is in the average range, and using words is below.
C: So he understands everything, he just can't say it?
T: That's about right. So I'm recommending speech therapy twice a week for twelve weeks, working on the sounds and on putting words together. We'll start with the k and g sounds.
P: Can I play with the car?
T: Yes you can! Here you go.
C: Should I be correcting him at home?
T: Model it instead. If he says tat, you say, yes, a cat! with the k a little louder. No need to make him repeat it.
""")

S("b_slp03_teen_fluency_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92521"],
  key="92521x1:GN",
  facts=["8%|eight percent",
         "4%|four percent",
         "SSI-4 24|SSI-4 score of 24|SSI-4: 24|SSI 24|SSI-4 score is twenty-four",
         "moderate",
         freq(1, 12, "once a week for twelve weeks"),
         "blocks and repetitions|blocks|repetitions",
         "won't use the phone|avoids the phone|phone avoidance|avoids phone|avoid the phone",
         "age 4|age four|4 years old"],
  negated=["tics"], absent=["camp"],
  text="""
T: So Ethan, tell me a bit about what's going on with your speech.
P: I, I, I stutter. It's b-b-been worse since I started at the new school.
T: Okay. When did it start?
C: Around age four. It got better for a while in middle school.
T: What's hardest for you?
P: Ordering food. Saying my name. P-p-presentations.
T: Okay. So I had you read, and talk about your weekend, and I counted the stuttered syllables. You were at eight percent in conversation and four percent reading. Mostly blocks and repetitions, a few prolongations. Your SSI-4 score is twenty-four, that's in the moderate range.
P: Moderate. Okay.
T: And on the OASES, how much it affects your life, you came out moderate to severe.
C: He won't use the phone at all.
P: Mom.
T: That's really common. Any other concerns, like tics, or trouble with reading?
C: No, none of that.
T: So my recommendation is fluency therapy once a week for twelve weeks. We'll work on easy onsets, pausing, and the feelings side of it too.
P: Will it go away?
T: I can't promise it goes away. But it can get a lot easier to talk, and you get to decide when to use the tools.
P: Okay. That's fair.
T: Do you have a presentation coming up?
P: History, in two weeks. On the Civil War.
C: Is there a camp or something?
T: There are stuttering camps in the summer. I'll send you some information.
""")

S("b_slp04_voice_nodules_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92524"],
  key="92524x1:GN",
  facts=["9 seconds|9 sec|MPT 9|Nine seconds",
         "s/z ratio 1.6|s/z 1.6|s/z ratio of 1.6|1.6|s/z ratio is one point six",
         "VHI-10 22|VHI-10 of 22|VHI-10: 22|VHI-10 score of 22|22/40|VHI-10 was twenty-two",
         "vocal nodules|nodules",
         freq(1, 8, "once a week for eight weeks"),
         "moderate",
         "breathiness|breathy",
         "By Friday I'm whispering|whispering|worse through the week|worse by Friday"],
  negated=["heartburn", "reflux"], absent=[],
  text="""
T: So you teach third grade, and the voice has been hoarse since when?
P: Since September. It gets worse through the week. By Friday I'm whispering.
T: Did you see the ENT?
P: Yes, Dr. Bowman scoped me. Bilateral vocal nodules, she said.
T: Okay. Any heartburn or reflux?
P: No, not that I know of.
T: Do you smoke?
P: Never.
T: How much water are you drinking?
P: Coffee. Lots of coffee.
T: How many cups?
P: Four. Maybe five on test days.
T: And water?
P: Does the ice in the coffee count?
T: It doesn't.
T: Okay, we'll talk about that. Let's do some measures. Take a breath and hold ah as long as you can.
P: Aaaaah.
T: Nine seconds. Now an s, and then a z. Your s/z ratio is one point six. Your pitch is a bit low for you, and I'm hearing breathiness and roughness. On the CAPE-V I'd rate overall severity as moderate. And your VHI-10 was twenty-two.
P: Is that bad?
T: Anything over eleven is considered abnormal, so yes, it's affecting you. I'd like to see you once a week for eight weeks for voice therapy, vocal hygiene, and resonant voice work.
P: Can I still sing in the church choir?
T: Let's take a break from choir for a few weeks while we get you going.
P: Ugh. Okay.
""")

S("b_slp05_peds_r_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92522"],
  key="92522x1:GN",
  facts=["standard score of 81|standard score 81|SS 81|standard score of eighty-one",
         "5/20|5 of 20|25%|five of twenty",
         "stimulable",
         "tactile and visual cues|tactile|visual cues",
         freq(2, 12, "twice a week for twelve weeks"),
         "tease|teasing|teased"],
  negated=[], absent=["soccer", "Biscuit"],
  text="""
T: So Ava's seven, and it's the r sound?
C: Yes. She says wabbit, wed. And kids are starting to tease her.
P: My friend Harper says it right.
T: Harper says it right? Well, we're going to work on it so you can too.
C: She's been trying really hard on her own, she practices in the mirror.
T: Ava, can you say red?
P: Wed.
T: And car?
P: Caw.
T: Okay. On the Goldman-Fristoe she got a standard score of eighty-one. All of her errors are on r, at the beginning of words and the vocalic ones, like in car and bird. She got five of twenty r words right on the probe. She's stimulable for er in a few words with tactile and visual cues.
C: Everything else is okay?
T: Everything else is fine. Her language is age-appropriate from what I heard, and her voice and fluency are normal. So it's an articulation disorder, just the r. I'd recommend twice a week for twelve weeks.
C: Twice? She has soccer on Tuesdays.
T: We'll find the days. Ava, do you have a dog?
P: I have a dog named Biscuit!
T: Biscuit! Can you say, Biscuit runs?
P: Biscuit wuns.
T: Pretty close. We're going to have fun with that.
C: Is there anything we should do at home before the first session?
T: Just read together. Don't correct her r's yet. I'll send home practice once we find her best sound.
""")

S("b_slp06_pd_swallow_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92610"],
  key="92610x1:GN",
  facts=["IDDSI level 6|IDDSI level six|IDDSI 6|soft and bite-sized|soft & bite-sized",
         "level 0|level zero|IDDSI 0|thin liquids",
         "8 lb|8 lbs|8 pounds|eight pounds",
         "1 throat clear|one throat clear|throat clear",
         "1 at a time in applesauce|one at a time in applesauce|pills in applesauce|in applesauce",
         "chin tuck",
         freq(2, 4, "twice a week for four weeks"),
         "Dinner takes an hour|1 hour|hour to eat|prolonged meal"],
  negated=["pneumonia"], absent=["thickener"],
  text="""
T: Mrs. Romero, your neurologist asked me to check your swallowing.
P: Pills get stuck. And I cough sometimes with soup.
C: She's been taking forever to eat. Dinner takes an hour.
T: Any weight loss?
C: She's down eight pounds since the summer.
T: Any pneumonia?
P: No, never.
T: Which pills get stuck?
P: The big ones. The vitamin is like a horse pill.
T: Okay. Her voice is soft, a little hoarse. Let's try water. Delayed swallow, and one throat clear after the third sip. Now the soup. A little wet voice after that. Let's try some toast.
P: It takes me forever to chew.
T: Long chewing, but she cleared it. Okay. My recommendations: IDDSI level six, soft and bite-sized, and you can stay on thin liquids, level zero, but small sips with a chin tuck. Pills one at a time in applesauce.
C: In applesauce. Got it.
T: And sit all the way up to eat, not in the recliner.
C: She eats in the recliner every night.
P: It's comfortable.
T: And eat your biggest meal earlier in the day when your meds are working best.
P: That makes sense. Mornings are my good time.
T: I'd like a video swallow study to see it from the inside, and then swallowing therapy twice a week for four weeks.
C: Does she need that thickener stuff?
T: Not right now. If the study shows trouble with thin liquids, we'll revisit.
P: Good. I hate the idea of thick water.
""")

S("b_slp07_aphasia_progress", "dev", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92507"],
  key="92507x1:GN",
  facts=["16/20|16 out of 20|16 of 20|sixteen out of twenty",
         "80%|eighty percent",
         "9/20|9 of 20|nine of twenty",
         "90%|ninety percent",
         "7/10 with min cues|7/10|70%|seven out of ten with min cues",
         freq(2, 8, "twice a week for eight weeks"),
         "progressing, not met yet|progressing",
         "phone with his brother|phone with brother|on the phone"],
  negated=["headaches"], absent=[],
  text="""
T: Okay, Mr. Dubois, today's a progress check, so we're going to redo some of the testing.
P: Okay. Yes. Ready.
C: He's been talking on the phone with his brother. He never did that before.
T: That's huge! Okay. Naming pictures. What's this?
P: Um, scissors.
T: And this one?
P: Ham. Hammer.
T: Good. So confrontation naming today was sixteen out of twenty, eighty percent. It was nine of twenty when we started. Following two-step commands, ninety percent.
T: And sentence building with the verb cue, seven out of ten with min cues.
C: He still gets stuck on names of people. The grandkids.
P: Five. Five grandkids. Hard.
T: Yeah, names are tough. We'll make a photo book.
T: Goals. Naming at eighty percent, met. Two-step commands, met. Conversation using his strategies with min cues, progressing, not met yet. I'd continue twice a week for eight weeks.
P: Good. Good.
C: Twice a week is fine, he looks forward to it.
P: Yes. Yes. Fun.
T: Any headaches, or anything new since the stroke?
C: No. No headaches.
T: Okay. Let's do some naming practice before you go, semantic features for the ones you missed.
P: Okay. Yes.
T: This one's a tool, you use it to tighten a screw.
P: Screw. Screwdriver!
T: Yes! The feature got you there.
""")

S("b_slp08_dysphagia_progress", "test", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92526"],
  key="92526x1:GN",
  facts=["IDDSI level 7|IDDSI level seven|IDDSI 7|regular diet",
         "level 0|level zero|IDDSI 0|thin liquids",
         "10 sips|ten sips",
         "4 lb|4 lbs|4 pounds|four pounds",
         freq(1, 4, "once a week for four weeks"),
         "Endurance for full meals, progressing|endurance|progressing",
         "20 reps|x20|20 repetitions|up to twenty",
         "eating steak|steak"],
  negated=["coughing"], absent=["beer"],
  text="""
T: Progress check today, Mr. Fitzgerald. How's the eating?
P: I'm eating steak again!
C: Cut up small. But yes.
T: And the strategies? Small bites, a sip in between?
P: She watches me like a hawk.
C: I do.
T: Any coughing with drinks?
P: Nope. Not with coffee, not with water.
C: I haven't heard him cough at a meal in two weeks.
T: Great. Let's do some trials. Thin water, ten sips. No cough, clear voice. Cracker, clear. Good.
T: Now the exercises. Effortful swallow, ten reps. Masako, ten, with one cue. And chin tuck against resistance, you're up to twenty now.
P: Twenty. Easy.
T: Easy now. Remember week one?
C: He couldn't do three.
P: Don't remind me.
T: So my recommendation is to upgrade to IDDSI level seven, regular, with easy-to-chew precautions, and thin liquids, level zero.
C: Regular! Finally.
T: Goals. Tolerate a regular diet without signs of aspiration, met. Independent with his compensatory strategies, met. Endurance for full meals, progressing. I'd like to go down to once a week for four weeks to finish up.
P: Can I have a beer?
T: Ask your doctor about the beer. From a swallowing standpoint, thin liquids are fine.
P: I'll ask him Tuesday.
T: And his weight?
C: He's up four pounds.
T: That's exactly where we want to be. See you next week.
""")

S("b_slp09_peds_lisp_discharge", "dev", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"],
  key="92507x1:GN",
  facts=["90%|ninety percent",
         "36/40|36 out of 40|36 of 40|thirty-six out of forty",
         "80%|eighty percent",
         "Self-correcting his errors, met|self-correct|self correct",
         "discharged",
         "lisp|interdental"],
  negated=[], absent=["sticker", "dinosaur"],
  text="""
T: Last session, Noah! Let's show Mom what you can do. We'll warm up first with the s blends. Sp, st, sn.
P: Spoon, stop, snake!
T: Perfect. Now tell me about your summer.
P: We went to the sea and saw seals and I swam and my sister sang silly songs.
C: He planned that sentence.
P: I practiced it in the car.
T: He did! And every s was perfect. So in conversation today, I counted ninety percent correct on s and z, thirty-six out of forty.
C: His teacher says she doesn't hear the lisp anymore.
T: That's the best kind of report.
P: I'm the best at s in my class.
C: He told everyone.
T: Goals. S in conversation at eighty percent, met. Self-correcting his errors, met. So he's discharged from speech therapy.
C: What if it comes back?
T: If you hear the lisp creeping back, give us a call. In the meantime keep the silly s sentences game going at dinner once a week.
P: Can I have a sticker?
T: Two stickers today.
C: Thank you so much. Really. He used to hide his mouth when he talked.
T: It was all him. Noah, you worked so hard.
P: Can I pick the dinosaur ones?
T: You can pick the dinosaur ones.
P: Yes! The T-rex!
C: What do you say?
P: Thank you, Miss Sarah!
""")

S("b_slp10_dysphagia_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"],
  key="92526x1:GN",
  facts=["3 holds|three holds",
         "32 kPa|32 kilopascals|Thirty-two kilopascals",
         "28 kPa|28|twenty-eight",
         "2/5|2 of 5|two of five",
         "level 2|level two|mildly thick",
         "3x/day|3 times a day|three times a day|TID",
         "sneaks regular coffee|regular coffee",
         "chin tuck"],
  negated=[], absent=["Christmas"],
  text="""
T: Hi Mrs. Kowalski, hi Tom. How was the week with the thickened liquids?
C: She hates them. She sneaks regular coffee.
P: Just in the morning.
C: And she cheats with ice cream.
T: Ice cream melts to thin, so that one's a cheat too.
P: It's my only joy.
T: I get it. Any coughing with the coffee?
C: Yes. Every time.
T: Okay, so that's exactly why we thicken it. Let's do the exercises first. Effortful swallow, ten.
P: Okay.
T: Good. Now the Shaker. Lie back, lift your head, look at your toes, and hold. Thirty seconds.
P: That's hard.
T: It's supposed to be. Rest, then again.
T: You did three holds, up from two last week. Now the tongue press on the IOPI. Thirty-two kilopascals, last week was twenty-eight.
T: Let's do some trials. Mildly thick coffee with a chin tuck. Good, no cough. Thin water with the chin tuck. Cough on two of five.
T: So we're staying at mildly thick, level two. Chin tuck on every sip.
C: Should I buy the pre-thickened coffee?
T: That might make it easier, yes.
C: The one at the grocery store is like eight dollars for four bottles.
T: I'll give you a couple of other brands to try, some are cheaper.
P: Any chance I get regular coffee back by Christmas?
T: That's our goal. Keep doing the exercises three times a day.
""")

S("b_slp11_hnc_swallow_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92526"],
  key="92526x1:GN",
  facts=["3/10|a three now",
         "32 mm|32 millimeters|Thirty-two millimeters",
         "25 mm|25 millimeters|twenty-five",
         "IDDSI level 4|IDDSI level four|IDDSI 4|level 4 pureed|pureed",
         "level 6|level six|IDDSI 6|soft and bite-sized",
         "second swallow|2 swallows|two swallows|double swallow|multiple swallows",
         "only use it for dinner|tube for dinner|tube only at dinner|only for dinner|dinner via",
         "2x/day|2 times a day|BID|twice a day"],
  negated=[], absent=[],
  text="""
T: Hi Mr. Tran. How are the mouth sores?
P: Better. Radiation ended two weeks ago. Everything still tastes like metal.
T: Are you drinking enough?
P: I'm trying. Water tastes weird too. I've been doing the flavored ones.
T: Flavored is fine. Just keep it up.
T: That's the radiation. Any pain when you swallow?
P: Maybe a three now. It was like an eight during treatment.
T: How's the feeding tube going?
P: I only use it for dinner now. Breakfast and lunch by mouth.
T: That's real progress. Okay, exercises. Jaw stretch with the TheraBite. Thirty-two millimeters opening today.
P: It was twenty-five last week.
T: And the jaw stretches, you're doing them every day?
P: Morning and night. My wife makes sure.
T: Right. Then the tongue base retraction, the yawn, and the effortful swallow, ten each.
T: Now trials. Pudding, level four, pureed. Clean swallow. Mashed potato, level four. Slight residue, but you cleared it with a second swallow. Now let's try soft and bite-sized, level six, a piece of banana.
P: It's slow, but it went.
T: It went, with two swallows. So let's keep you at IDDSI level four, pureed, for meals, and try a few level six things at home, like the banana.
P: Okay. My wife will be happy, she's tired of blending everything.
T: Tell her the banana's a good start. Soft chicken is next.
T: And keep doing the exercises twice a day.
""")

S("b_slp12_mci_cog_daily", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 10}, untimed=[], cog=25,
  key="97129x1:GN 97130x1:GN",
  facts=["4 errors|Four errors",
         "7 errors|7 last week|from 7|seven last week",
         "2 verbal cues|two verbal cues",
         "18/20|18 of 20|90%|Eighteen of twenty",
         "memory notebook|notebook",
         "alarm on her phone|phone alarm|alarm"],
  negated=[], absent=["walking exercises"],
  text="""
T: Hi Mrs. Bell. How's the memory notebook going?
P: I'm using it. Mostly.
T: What's the hardest part about using it?
P: Remembering where I put it. It's always in a different purse.
C: We got her a bright pink one so she can find it.
C: She used it at her doctor's appointment, she wrote everything down.
T: Oh, that's great. Let's warm up. What did you have for breakfast?
P: Um, oatmeal. And, I wrote it, yes, oatmeal and blueberries.
T: You checked your notebook. Good strategy. Today we're working on the medication schedule and some attention tasks.
T: Here's a pillbox and your list. Can you fill Monday through Wednesday?
P: Morning, evening, wait, this one's twice a day.
T: Good catch. Four errors, down from seven last week, with two verbal cues.
C: She forgets the evening ones.
P: I don't forget, I just don't want them.
C: Mom.
T: Let's set an alarm on her phone for those. Now the attention task. Listen for the word blue, and tap the table.
P: Okay.
T: Eighteen of twenty. Nice.
P: I missed two?
T: You tapped on black once and missed one at the end. That's very good.
T: So that was twenty-five minutes of cognitive treatment today, the medication management and the attention work.
C: Could we also do some walking exercises? Her balance is off.
T: That would be physical therapy. I'll mention it to her doctor.
""")

S("b_slp13_tbi_cog_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 5}, untimed=[], cog=20,
  key="97129x1:GN",
  facts=["2 classes|two classes",
         "2/3 main points|2 of 3 main points|2/3|Two of three main points",
         "1 cue|third with one cue|one cue",
         "4 steps|Four steps",
         "min verbal cues|minimal verbal cues|min VC|min cues",
         "sleeping better|sleep improved|improved sleep|8 hours"],
  negated=["headaches"], absent=["basketball"],
  text="""
T: Hey Tyler. How's school going?
P: It's okay. I dropped to two classes like you said.
T: Smart. Headaches this week?
P: Nope, no headaches. I'm sleeping better too.
T: How many hours?
P: Like eight. I'm off my phone by eleven now.
T: Good. Today let's work on note-taking and planning. I'm going to play a lecture clip, about three minutes, and you use the Cornell notes.
P: Okay.
T: Alright. What were the three main points?
P: Um, photosynthesis needs light, chlorophyll, and, uh, something about glucose.
T: Two of three main points on your own, and the third with one cue. Now let's plan your week in the planner. You've got two exams and a paper.
P: The paper's due Friday.
T: So when do you start?
P: Thursday?
T: Thursday, for a Friday paper?
P: I work better under pressure.
T: Do you, though? Remember midterms?
P: Okay. Fair.
T: Let's back that up. Break it into steps.
P: Okay. Pick the topic Monday, find sources Tuesday, outline Wednesday, write Thursday.
T: And when do you proofread?
P: Friday morning? Before class?
T: Okay. Tight, but it works.
T: Good. Four steps, with min verbal cues. So that was twenty minutes of cognitive work today.
P: Can I go back to basketball?
T: That's for your neurologist to clear. Not yet from me.
""")

S("b_slp14_aphasia_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"],
  key="92507x1:GN",
  facts=["12/15|12 of 15|80%|twelve out of fifteen",
         "min cues|minimal cues|min cueing",
         "4/5 scripts|4 of 5 scripts|4/5|Four of five scripts",
         "independent on the last 2|last 2 independent|independent on the last two",
         "ordered his own coffee|ordered coffee|ordering coffee",
         "semantic feature"],
  negated=["trouble swallowing"], absent=["pharmacy", "extra half hour"],
  text="""
T: Good morning, Mr. Abbott. Good morning, Mrs. Abbott.
P: Morning. Morning. Good.
C: He had a good week. He ordered his own coffee at Dunkin'.
T: No way! What did you order?
P: Medium. Hot. Regular.
C: And he paid, and counted the change.
T: That's fantastic.
P: Change. Hard. But, I did.
T: Perfect. Okay, today we're doing naming with the semantic feature chart, and then some scripts.
C: Oh, sorry, that's the pharmacy, I have to take this. Hello? Yes, this is she. Tuesday? Okay, thank you.
T: No problem. Okay, what's this one?
P: It's, you cut, wood. Saw!
T: Saw! You used the features to get there. So naming with the chart, twelve out of fifteen, with min cues.
T: Now the phone script. Hi, this is Bob Abbott, I'd like to make an appointment.
P: Hi, this, Bob Abbott. I like, appointment.
T: Good, again.
P: Hi, this is Bob Abbott, I'd like to make an appointment.
T: Perfect. Four of five scripts accurate today, and independent on the last two.
C: Can you do an extra half hour and put it on the bill? Insurance won't know.
T: Insurance would know, and I would know. We're done for today.
T: Any trouble swallowing, anything new this week?
P: No. No.
C: He's been eating fine. No problems.
""")

S("b_slp15_peds_language_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"],
  key="92507x1:GN",
  facts=["9/10|9 of 10|90%|nine of ten",
         "4/10|4 of 10|40%|four of ten with a model",
         "2-word combinations|2-word|two-word combinations|two-word",
         "more juice please",
         "asking what's that|what's that|what is that"],
  negated=[], absent=["daycare"],
  text="""
T: Hi Sofia! Hi Mom.
C: She's been saying more juice please all week!
T: Three words! That's exactly the goal.
C: She said it to her grandma on FaceTime and grandma cried.
T: Okay Sofia, let's play with the farm. What does the cow say?
P: Moo!
T: Moo! Where's the cow going?
P: Cow in barn.
T: The cow is going in the barn! Can you say, cow go in?
P: Cow go in barn.
T: Good! Now where's the horse?
P: Horse. Horse sleep.
T: The horse is sleeping. Shh!
P: Shh! Horse sleep!
T: You're whispering! Good job.
T: So today she's using two-word combinations in nine of ten opportunities, and three-word phrases in four of ten with a model.
C: She's also asking what's that all the time now.
T: Great, that's a question form. Keep answering, and add one word to what she says.
P: Pig! Pig eat!
T: The pig is eating! Mom, can you try?
C: Pig eat. The pig is eating apples!
T: Perfect, just like that. You don't need to make her say it back, just give her the longer version.
C: Her daycare asked if she should get speech at school too.
T: She could be evaluated through the school district. I'll give you the number.
P: Bye bye pig!
""")

S("b_slp16_adult_fluency_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"],
  key="92507x1:GN",
  facts=["5%|five percent",
         "8%|eight percent",
         "4/5 blocks|4 of 5 blocks|4/5|four of five blocks",
         "4/10|Like a four",
         "easy onsets|easy onset",
         "Second round|second interview|2nd round"],
  negated=[], absent=[],
  text="""
T: Hey Chris. How did the interview go?
P: It went, it w-went okay. I used the easy onsets on my name. First time I didn't block on my name.
T: That's a big deal. Did they call back?
P: Second round next week.
T: What's the position?
P: Sous chef. At that new place on Fourth Street.
T: Oh, I've heard good things.
T: Awesome. Then let's practice for that. First, let's count. Tell me about your last job.
P: I w-was a, a line cook for three years, at a place downtown.
T: Okay. In that sample, stuttered syllables were five percent, down from eight percent when we started. Now let's do interview questions with pullouts.
P: Tell me about yourself. Okay. I'm, I'm a hard worker.
T: Good pullout on I'm. Try again with light contact.
P: I'm a hard worker, and I like a fast kitchen.
T: Nice. You used a pullout in four of five blocks.
P: I still hate the phone.
T: Next week let's do a real phone call. You can call a restaurant and ask about their hours.
P: Ugh. Okay.
T: You did a drive-through order last month, remember? Same thing.
P: Yeah, but the drive-through can't see my face.
T: How would you rate your anxiety about talking today, one to ten?
P: Like a four. It used to be an eight.
""")

S("b_slp17_pd_voice_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"],
  key="92507x1:GN",
  facts=["88 dB|88 decibels|Eighty-eight decibels",
         "14 seconds|14 sec|fourteen seconds",
         "76 dB|76 decibels|seventy-six decibels",
         "68 dB|68 decibels|sixty-eight",
         "72 dB|72 decibels|Seventy-two decibels",
         "Every day. Twice|twice daily|twice a day|2x/day|BID"],
  negated=["throat pain", "hoarseness"], absent=["fishing", "bass"],
  text="""
T: Morning, Mr. Schmidt. Did you do your LOUD homework?
P: Every day. Twice.
C: He's louder. The neighbors noticed.
P: They think I'm yelling at the TV.
C: He is yelling at the TV.
T: Ha! Let's see. Long ah, as loud as you can, good quality.
P: Aaaaaah!
T: Eighty-eight decibels, fourteen seconds. Again.
P: Aaaaaah!
T: Eighty-nine. Now high and low pitch glides.
P: Ooooo. Ooooo.
T: Higher on the top. Think of a siren.
P: Ooooooo!
T: Better.
T: Good. Now the functional phrases. Read your list out loud.
P: Good morning! Pass the salt! Where's the remote!
T: Average for the phrases was seventy-six decibels. When we started you were at sixty-eight in conversation.
C: I don't have to say what all the time now.
P: She still says it. Out of habit.
C: Only sometimes.
T: That's the goal. Now conversation. Tell me about the fishing trip.
P: We went to the lake, caught three bass, my son caught nothing.
T: Louder for the son part.
P: My son caught NOTHING!
T: There it is. That's the voice I want at dinner.
T: Seventy-two decibels in conversation. Good. Any throat pain or hoarseness after practicing?
P: No, feels fine.
C: He's been drinking his water like you said.
T: Good. Keep that up, and keep the homework twice a day.
""")

S("b_slp18_dysarthria_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"],
  key="92507x1:GN",
  facts=["95%|ninety-five percent",
         "85%|eighty-five percent",
         "90%|ninety percent",
         "pacing board",
         "over-articulate|over-articulation|overarticulat|over articulat",
         "10 each|10 reps|x10|ten each"],
  negated=["drooling"], absent=["Eagles", "swallowing"],
  text="""
T: Hi Ms. Walker. How's the speech feeling?
P: Slow. But people understand me more.
T: Who's noticed?
P: My, pastor. He said, I sound, like me again.
T: Let's check. Read this paragraph for me. Remember, slow, and over-articulate.
P: The rainbow, is a division, of white light.
T: Good. I understood ninety-five percent of that. Now tell me about your weekend.
P: My son, came over, we watched, the Eagles.
T: Did they win?
P: No. Don't, ask.
T: About eighty-five percent intelligible in conversation, with a couple of repetitions. Now the pacing board. Tap each word.
P: I. Want. To. Go. Home.
T: You'll get there. Again, with the next card.
P: I. Need. More. Coffee.
T: Now that one I understood perfectly.
T: Nice. With the pacing board, sentence intelligibility is ninety percent, with visual cues.
P: Can you, also, put down, swallowing? You, helped with, my pills.
T: I showed you the pill tip, but today wasn't a swallowing session, so I'm just writing it up as speech today.
T: Now the oral motor. Lip rounding and spreading, tongue side to side, ten each.
P: Tongue, tired.
T: I bet. Rest for a second, then five more each side. Any drooling this week?
P: No. No drooling.
T: Good. Same homework this week, reading out loud, five minutes twice a day.
P: Okay. Slow. I know.
""")


# ---------------------------------------------------------------------------------------------
# Rules (independent implementation of the brief's answer-key conventions)
# ---------------------------------------------------------------------------------------------

TIMED = {"97110", "97112", "97116", "97140", "97530", "97535", "97542", "97750", "97760",
         "97129", "97130", "97032", "97033", "97035"}
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
        dur = max(0.8, words / 2.6 * rng.uniform(0.9, 1.1))
        start = round(t, 1)
        end = round(t + dur, 1)
        segs.append({"start": start, "end": end, "speaker": SPEAKER[m.group(1)], "text": text})
        t = end + rng.uniform(0.4, 1.0)
    return segs


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

def check_session(s, segs, problems):
    sid = s["id"]
    p = lambda msg: problems.append(f"{sid}: {msg}")  # noqa: E731
    if not re.fullmatch(r"b_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("b_" + s["discipline"].lower()):
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
    if not 10 <= len(segs) <= 30:
        p(f"{len(segs)} turns")
    dur = segs[-1]["end"] if segs else 0
    if not 90 <= dur <= 360:
        p(f"duration {dur:.1f}s outside 90-360")
    prev_end = -1.0
    for seg in segs:
        if seg["end"] <= seg["start"]:
            p("segment end <= start")
        if seg["start"] <= prev_end and prev_end >= 0:
            p("timestamps do not increase")
        if prev_end >= 0 and not 0.3 <= seg["start"] - prev_end <= 1.1:
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
    if not 5 <= len(s["facts"]) <= 10:
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
    if n != 64:
        problems.append(f"{n} sessions, want 64")
    disc = Counter(s["discipline"] for s in SESSIONS)
    if (disc["PT"], disc["OT"], disc["SLP"]) != (26, 20, 18):
        problems.append(f"discipline mix {dict(disc)}")
    for d in ("PT", "OT", "SLP"):
        ev = sum(1 for s in SESSIONS if s["discipline"] == d and s["note_type"] == "evaluation")
        if ev < 6:
            problems.append(f"{d}: only {ev} evaluations")
    nt = Counter(s["note_type"] for s in SESSIONS)
    if nt["re-evaluation"] < 3 or nt["progress"] < 4 or nt["discharge"] < 4:
        problems.append(f"note type mix {dict(nt)}")
    roles = Counter(s["role"] for s in SESSIONS)
    if not (7 <= roles["PTA"] <= 9 and 4 <= roles["OTA"] <= 6):
        problems.append(f"assistant mix {dict(roles)}")
    rules = Counter(s["rule"] for s in SESSIONS)
    if rules["cms"] != 32:
        problems.append(f"rule mix {dict(rules)}")
    sp = Counter(s["split"] for s in SESSIONS)
    if sp["dev"] != 32 or sp["test"] != 32:
        problems.append(f"split sizes {dict(sp)}")
    for key in ("discipline", "note_type", "role", "rule"):
        c = Counter((s["split"], s[key]) for s in SESSIONS)
        for v in {s[key] for s in SESSIONS}:
            if abs(c[("dev", v)] - c[("test", v)]) > 2:
                problems.append(f"split imbalance on {key}={v}: dev {c[('dev', v)]} test {c[('test', v)]}")
    for d in ("PT", "OT", "SLP"):
        c = Counter(s["split"] for s in SESSIONS if s["discipline"] == d)
        if abs(c["dev"] - c["test"]) > 0:
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
            if f.startswith("b_") and f.endswith(".json"):
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
