#!/usr/bin/env python3
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), third set (ids d_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief and the "Therapy billing rules" section of shared/PRODUCT.md.  The self-check machinery
is copied from evals/data/blind2/make_blind2.py; the sessions are new.  Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes with an
     independent implementation of the rules and compared with the hand-written key; timestamps,
     turn counts (20-34), durations (150-360 s), facts / negated / absent strings against the
     transcript, split balance ...) and exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist or assistant), "P: ..." (patient), "C: ..." (caregiver or
interpreter).  Timestamps: about 2.1 words per second (halting, self-correcting speech), 0.5-1.4 s gaps, seeded by the session id.
Hand key format: "97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.
`said_exempt` lists timed codes whose minutes are given only as clock times or split across turns
in a form the digit/word check cannot see (the minutes are still derivable from what is said).
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
# PT (18)
# ---------------------------------------------------------------------------------------------


S("d_pt01_pfps_eval_low", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 12}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["patellofemoral|PFPS|anterior knee pain", "right knee", "4/10|four out of ten|4 out of 10",
         "stairs", "running", "quad sets", "wall sits", "2x/week x 4 weeks|twice a week for four weeks|2x/wk x 4 wks|twice weekly for 4 weeks",
         "LEFS 58|58 on the LEFS|fifty-eight", "Trendelenburg|pelvis drops"],
  negated=["locking", "giving way"], absent=[],
  text="""
T: Okay so, um, Priya, before we — before we get going, tell me again what brought you in, the front of the knee, right?
P: Yeah, the right knee, right around the kneecap. It started when I bumped up my running, I was doing like thirty miles a week, training for a marathon in April, and it just, it started aching on the stairs.
T: Stairs going down or going up or both?
P: Down is worse. Up's not great either, honestly.
T: Got it. And right now, sitting here, what's the number?
P: Right now? Like a four. Four out of ten. After a run it's more, but I haven't run in two weeks.
T: Okay. Any locking, like it catches and won't straighten?
P: No, nothing like that.
T: And does it ever give out on you, giving way?
P: Giving way? No. Never.
T: Swelling?
P: A little puffy after the long runs, that's it, nothing now.
T: Okay. So I'm going to look at your hips and the knee. Can you — let's do a single leg squat on the right. Yeah, see that, the knee's diving in. Your hip abductors are, so, four minus on the right, four plus on the left. Knee flexion a hundred and forty, extension zero, both sides, so range is fine.
P: Is that bad, the diving in thing?
T: It's common, it's what we're going to work on. You filled out the LEFS, the lower extremity scale, you scored fifty-eight out of eighty.
P: Okay.
T: And, um, let me — hang on, I want to redo the step-down, I wasn't watching the, the hip the first time. Step down off the box, slow. Again. Okay so the pelvis drops on the left when you stand on the right, that's a, uh, that's a positive Trendelenburg-ish pattern, not a full one.
P: Is that why it hurts on the stairs?
T: It's part of why. The knee takes the load the hip isn't taking. And your feet, you're a little flat, the arch collapses on the right more — I'm not going to chase that yet, but, you know, we'll keep an eye on it. Are you wearing the same shoes you run in?
P: Same ones, yeah, they've got like, I don't know, five hundred miles on them? Six hundred?
T: That's a lot of miles. That might be worth swapping, honestly, before you go back.
P: Okay.
T: So my impression is patellofemoral pain, PFPS, on the right, from the training jump plus some hip weakness. Low complexity evaluation, nothing else going on medically, you're healthy otherwise.
P: Okay, that's good.
T: Then we did some exercise after the exam, we did quad sets, the wall sits, and the clamshells with the band. How long was that, I'd say ten, twelve minutes — call it twelve.
P: Felt longer. The wall sits burned.
T: They're supposed to. So plan: I want to see you twice a week for four weeks, home program is quad sets, wall sits, clams, and hold off on running until we talk again.
P: Got it, no running. Can I still bike?
T: Easy bike is fine, low resistance, if it stays under a three.
""")


S("d_pt02_parkinson_eval_high", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 14, "97112": 9}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97112x1:GP",
  said_exempt=("97116",),
  facts=["Parkinson|Parkinson's disease", "two falls|2 falls", "festination|shuffling",
         "Timed Up and Go 21 seconds|TUG 21 seconds|TUG 21 s|twenty-one seconds",
         "Mini-BESTest 14|14 out of 28|fourteen out of twenty-eight", "rollator",
         "high complexity", "freezing",
         "five times sit to stand 19.4|19.4 seconds|nineteen point four", "he forgets|afternoon dose|misses the afternoon dose"],
  negated=["lightheaded", "hit his head"],
  absent=["heel pain"],
  text="""
T: Okay, so Mr. Ortega, and his daughter Lucia is going to help interpret for us today. Lucia, can you ask him how many times he's fallen in the last couple months?
C: He says two. Two falls. Once in the kitchen and once — (to patient) ¿dónde? — once getting out of the car.
T: Two falls. Did he hit his head either time?
C: He says no, he didn't hit his head, he landed on his hip both times.
T: Okay. Does he ever feel lightheaded when he stands up, dizzy like the room is going?
C: He says, uh, not that, no, not lightheaded. He says his feet get stuck.
T: Stuck, yeah, that's the freezing. It happens at doorways?
C: Doorways and when he turns around, yes.
P: Sí, la puerta.
T: Okay. And Lucia, you mentioned on the phone you've got your own thing going on?
C: Oh, my heel pain, yeah, plantar something, don't worry about me, that's mine.
T: Okay, we'll stick with your dad. So his Parkinson's was diagnosed, what, eight years ago, and he's got the blood pressure and the diabetes, the neuropathy in his feet — this is a high complexity evaluation, lot of moving parts.
C: Yeah, he has a lot.
T: So the Timed Up and Go was twenty-one seconds with the rollator, which is a fall-risk number. Mini-BESTest he got fourteen out of twenty-eight.
C: Is fourteen bad?
T: It means his balance needs work, that's why we're here. His steps get short and quick, that's festination, you see it when he's tired.
C: Yes, like he's running after himself.
T: And the five times sit to stand — Lucia, tell him arms crossed, stand all the way up, five times, fast as he safely can.
C: (to patient) Cinco veces, rápido, los brazos así.
P: Uno... dos... tres... cuatro... cinco.
T: Nineteen point four seconds, 19.4. Another fall-risk number. Okay. Does he take his carbidopa-levodopa on time, Lucia, or does it — does it slip?
C: He says he takes it, but I — honestly, the afternoon one, he forgets, I find it on the table. Like three times this week.
T: Okay, that matters, the freezing is worse when it wears off. I'll put that in for the neurologist.
T: Exactly that. So after the testing we worked on walking in the hallway with the rollator, big steps, counting out loud, turning at the cones. We started that at 10:05 and wrapped at 10:19.
C: He liked the counting.
T: Good, and then balance, standing with feet together, reaching, stepping over the line, that was about nine minutes.
C: He says his legs are tired.
T: I believe it. So plan is twice a week for eight weeks, and the home program is the big steps and the counting, Lucia, you walk with him.
C: Okay, I'll do it with him after dinner.
""")


S("d_pt03_lumbar_rad_eval_mod", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 15, "97112": 6}, untimed=["97162"], key="97162x1:GP 97110x1:GP",
  facts=["lumbar radiculopathy|radiculopathy", "left leg", "6/10|six out of ten|6 out of 10",
         "Oswestry 42%|Oswestry of 42|forty-two percent|42 percent",
         "straight leg raise positive|positive straight leg raise|positive at forty-five degrees|positive at 45 degrees",
         "moderate complexity", "prone press-ups|press-ups", "warehouse", "recliner"],
  negated=["numbness", "bowel or bladder"],
  absent=[],
  text="""
T: Alright Dennis, so you were saying it goes down the left leg?
P: Left leg, yeah, all the way down to, like, the back of the knee, sometimes the calf. Started lifting boxes at the warehouse, I, uh — I twisted wrong.
T: And when was — when did this start?
P: Beginning of last month. My lawyer says I should keep a diary of it, for the comp case.
T: Okay, sure, that's between you and them. What's your pain now?
P: Six. Six out of ten. Seven when I sit in the truck.
T: Any numbness, pins and needles down the leg?
P: Zero numbness. It's just the burning.
T: Any change with bowel or bladder, trouble going, trouble holding?
P: No, no, none of that.
T: Good. And, uh, sleeping — does it wake you up?
P: Not — well, not the pain, it's more I can't find a position. I sleep in the recliner now. Three, four nights a week.
T: The recliner, okay. Sitting's the worst for you, though, you said, the truck.
P: Yeah but the recliner's, like, reclined. It's different.
T: Fair. Flexed but unloaded. Okay, that tells me something. Okay, so your straight leg raise, that was positive at forty-five degrees on the left, negative on the right. Reflexes are equal. Strength, your big toe extension, is five on both sides.
P: So that's good?
T: The strength is good. Your Oswestry came out at forty-two percent, which is moderate disability.
P: Feels about right.
T: So my impression is lumbar radiculopathy, left side. With the comp case, the diabetes, the fact you've been off work, I'm calling it moderate complexity.
P: Okay.
T: Then we did exercises, the prone press-ups, the nerve glides, the, uh, cat-camel. That was a good fifteen minutes.
P: The press-ups helped, the leg felt less — less zingy.
T: That's what we want, centralizing. And we tried the balance, standing on one leg, but you were guarding so we stopped after six minutes.
P: Yeah, it pulled.
T: That's fine. Plan is twice a week for six weeks, press-ups every two hours at home, ten reps.
P: Every two hours. Okay.
T: And if the leg gets numb or you have any bladder issues, you call right away, that's not a wait thing.
P: Got it.
""")


S("d_pt04_acl_eval_mod", "test", "PT", "evaluation", "PT", "cms",
  timed={"97110": 8, "97035": 2}, untimed=["97162"], key="97162x1:GP 97110x1:GP",
  facts=["ACL reconstruction|ACL with the hamstring graft", "left knee", "hamstring graft",
         "knee flexion 85 degrees|flexion 85|eighty-five degrees|85 degrees",
         "lacking 5 degrees|lacking five|-5 degrees|minus five", "crutches", "moderate complexity",
         "3/10|three out of ten|3 out of 10"],
  negated=["calf pain", "fever"],
  absent=[],
  text="""
T: Okay Jordan, how many days out are we from the surgery?
P: Uh, twelve days. Twelve. It was the left knee, ACL with the hamstring graft.
C: Twelve days, yeah, I drove him home from the surgery center.
T: Great. And pain today, what would you give it?
P: Three, like three out of ten. It's sore more than hurts.
T: Okay. Any calf pain, tenderness in the calf, redness?
P: My calf? It's fine.
T: Any fever, chills?
C: No fever, I've been checking him.
T: Good. So he's on the two crutches, partial weight, brace locked — actually unlocked now, right, the surgeon unlocked it?
P: Unlocked Monday.
T: Okay. So flexion today, knee flexion eighty-five degrees, extension is lacking five degrees, so minus five. Quad lag on the straight leg raise.
P: Is that where it should be?
T: We want the straightening first, that's the priority. Moderate complexity evaluation — recent surgery, the graft site, he's sixteen, the school stuff.
C: He keeps asking about soccer tryouts in the spring.
T: We'll talk about that way down the line. So, after the exam we did his exercises, the heel slides, quad sets, the prone hangs. Eight minutes of that.
P: The prone hangs were the worst.
T: And we tried the ultrasound on the hamstring graft site but stopped after two minutes, too tender.
P: Yeah, it was like, zingy.
T: So we stopped. Ice at the end. And the NMES for the quad, the electrical stim, I was going to do that after lunch when you come back for the, the brace fitting, but that's not today's session, that's if you come back.
C: We're not coming back today, he has school.
T: Then Thursday. Plan: three times a week for eight weeks to start, and the home program every day, heel slides, quad sets, the hangs.
C: Three times a week, okay, I'll work out the rides.
T: And call if the calf starts hurting or he gets a fever, or if the incision starts, you know, weeping or getting red around the edges. Don't wait on that.
P: Okay. Can I sleep without the brace yet or does it, uh, does it stay on?
T: Stays on at night until the surgeon says otherwise, that's their call, not mine.
T: Alright, see you Thursday.
""")


S("d_pt05_tka_reeval", "dev", "PT", "re-evaluation", "PT", "cms",
  timed={"97110": 20, "97140": 9}, untimed=["97164"], key="97164x1:GP 97110x1:GP 97140x1:GP",
  said_exempt=("97140",),
  facts=["total knee|TKA|knee replacement", "right knee", "flexion 108|108 degrees|a hundred and eight",
         "KOOS 61|61 on the KOOS|sixty-one", "single point cane|cane",
         "6 minute walk|six-minute walk", "1,050 feet|1050 feet|ten-fifty", "patellar mobilization|patellar glides|patella", "pitting at the ankle|ankle edema|pitting edema|puffy"],
  negated=["redness", "drainage"],
  absent=[],
  text="""
T: So, Gloria, this is your re-eval, we're at, what, eight weeks since the right knee replacement?
P: Eight weeks Thursday. My grandson says I walk like a pirate.
T: Ha. Well let's see. Any redness, drainage at the incision still?
P: No, it's closed up, no redness, no more of the drainage since, oh, since the second week.
T: Good. Okay bend it for me. Hold. Flexion is a hundred and eight. And straighten — that's lacking two.
P: A hundred and eight, is that good? Last time it was like ninety-something.
T: Ninety-four last time, so yes. Let me — hold on, let me re-measure, your hip came off the table. ... Okay, a hundred and eight holds. Good. Your KOOS came in at sixty-one, up from forty-four.
P: And the swelling, my ankle's been puffy by dinner, is that the knee?
T: Let's look. A little pitting at the ankle, both sides actually. Is that new?
P: Since maybe, two weeks? Both feet, yeah.
T: Both sides, okay. That's probably not the knee, but I want your primary to know, I'll send a note. Any shortness of breath with it?
P: No, nothing like that, I'm breathing fine.
P: Oh good.
T: And the six-minute walk, with the cane, you did ten-fifty, one thousand fifty feet.
P: I'm off the walker completely now, just the cane outside.
T: That's the single point cane, okay. So plan, we're going to keep going twice a week, six more weeks, and we're working on the stairs and getting that bend past one-fifteen.
P: I want to be good for the cruise in June.
T: That's a good goal. So today after the testing, the bike and the step-ups and the terminal knee extension, that was twenty minutes.
P: The bike was easy today.
T: And I did the manual on the knee, patellar glides and flexion mobs, I started the manual at 2:10 and wrapped at 2:19.
P: That part hurts but it's a good hurt.
T: Then ice for ten minutes.
P: The ice is my favorite part.
T: Everyone says that. Okay, home program stays the same, add the step-ups on the bottom stair, ten each leg.
P: Bottom stair, okay, with the railing. And do I — do I keep icing after, or just when it's swollen?
T: With the railing, always. And ice after the exercises, fifteen, twenty minutes, especially on the days you're on your feet a lot.
P: Okay, I'll write that down when I get home.
""")


S("d_pt06_hipfx_reeval", "test", "PT", "re-evaluation", "PT", "per-code",
  timed={"97116": 23, "97110": 7}, untimed=["97164"], key="97164x1:GP 97116x2:GP",
  facts=["hip fracture|intertrochanteric", "left hip", "walker", "quad cane",
         "Berg 41|41 on the Berg|forty-one", "gait speed 0.6|0.6 meters per second|point six",
         "2x/week x 4 weeks|twice a week for four more weeks|2x/wk x 4 wks|twice a week for 4 weeks",
         "hip abduction 3+/5|three plus"],
  negated=["pain at night", "shortness of breath"],
  absent=[],
  text="""
T: Mrs. Kowalski, hi, so today's a re-evaluation, it's been about six weeks since we started, after the left hip fracture.
P: The intertrochanteric, the doctor called it. I can never say it.
T: That's the one. How's the pain?
P: Oh, two, maybe. It's not pain at night anymore, not since — not since Tuesday of last week, anyway.
C: She used to wake up with it. Now she sleeps through.
T: Good. Any shortness of breath walking around?
P: No, not shortness of breath, just my legs get tired.
T: Okay. So, let's do the Berg. ... Okay, that's forty-one out of fifty-six, last time thirty-three.
C: That's a big jump.
T: It is. And the ten-meter walk, gait speed was, uh, point six, 0.6 meters per second, with the quad cane now instead of the walker.
P: I don't like the walker, I'm glad to be off it.
T: You still use the walker at night to go to the bathroom though, right?
P: At night, yes, I keep it by the bed.
T: Good, keep doing that. Hip abduction is three plus out of five now.
P: What was it?
T: Three minus. So plan: twice a week for four more weeks, gait with the quad cane outside, curbs, and the strengthening.
C: She wants to go back to bingo on Fridays.
T: We can work toward that. So, what we did today besides the testing — we walked the hallway and outside to the parking lot with the quad cane, curbs, the ramp, that was twenty-three minutes.
P: The ramp was hard.
T: And then the, uh, the — what did we do after, the side-lying leg lifts, and the — the bridges. How long was that, Mrs. Kowalski, you were watching the clock.
P: Oh, I don't know, it felt like forever, honey.
T: It was seven. Seven minutes, I've got it here, you were tired, we stopped early on purpose, I'd rather you walk to the car than, you know, than be wiped out on the ramp.
P: I was pooped.
T: That's okay. So keep the bridges at home, and walk with your daughter every day.
C: We'll do the mall.
""")


S("d_pt07_ankle_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97110": 18, "97112": 10, "97140": 8}, untimed=[],
  key="97110x1:GP 97112x1:GP 97140x1:GP",
  facts=["ankle sprain|lateral ankle sprain", "right ankle", "dorsiflexion 15 degrees|fifteen degrees|15 degrees",
         "single leg stance 22 seconds|twenty-two seconds|22 seconds", "FAAM 78|78 percent|seventy-eight",
         "basketball", "talocrural mobilization|talocrural|joint mobs", "1/10|one out of ten|1 out of 10",
         "Y-balance|anterior reach|sixty-two centimeters|62 cm|62 centimeters"],
  negated=["swelling", "instability"],
  absent=["new shoes"],
  text="""
T: Okay Marcus, this is your progress note visit for the ankle sprain, tenth visit, so I'm going to retest a few things. How's the right ankle been?
P: Good, good. I played, uh, like half-court basketball Sunday, just shooting around, no cutting.
T: And how'd it feel after?
P: Fine. Like a one. One out of ten maybe the next morning.
T: Any swelling after?
P: Nah. Not since, like, the second week.
T: Any feeling like it's going to roll, any instability?
P: No, it's not — I wouldn't say it doesn't feel solid. It feels solid.
T: Okay so that's a no on instability. Dorsiflexion, let's measure. Knee to wall... fifteen degrees on the right, eighteen on the left. Started at six.
P: Nice.
T: Single leg stance eyes closed, go... twenty-two seconds. Left side was thirty.
P: Closer though.
T: Much closer. The FAAM, the foot and ankle measure, you're at seventy-eight percent, you were at fifty-one.
P: I should get new shoes too right? My mom keeps saying.
T: Your shoes are fine for now. Okay so today, let me get the minutes straight for the note. The band work, the calf raises, the, um, the step-downs, that was — how long were we on that?
P: I don't know, a while.
T: Eighteen minutes, I had the timer. Then the wobble board and the hops with the catching, balance stuff, that was ten.
P: The catching was fun.
T: And at the start I did the talocrural joint mobs, the ankle mobilization, for eight minutes, before anything else.
P: That's what makes it bend better?
T: That's part of it. Okay wait, let me also — the Y-balance, I forgot. Stand on the right, reach forward with the left... Anterior reach sixty-two centimeters on the right, sixty-eight on the left. So there's still a, a six centimeter difference, and we want that under four before cutting.
P: Under four. Okay. What was it, sixty...?
T: Sixty-two versus sixty-eight.
P: Got it. Plan: we're going to drop to once a week for three weeks, and start a return to basketball progression, cutting drills next time.
P: Once a week, okay. Can I play in the league game Saturday?
T: Not Saturday. Shooting around only, and brace on.
P: Fine.
T: I know, I know. Two more weeks and we'll talk.
""")


S("d_pt08_neck_progress", "test", "PT", "progress", "PT", "cms",
  timed={"97140": 16, "97110": 13}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["neck pain|cervical", "NDI 24%|24 percent|twenty-four percent", "rotation 60 degrees|sixty degrees|60 degrees",
         "headaches", "computer|desk", "deep neck flexor|chin tucks", "hot pack", "3/10|three out of ten|3 out of 10"],
  negated=["dizziness", "arm symptoms"],
  absent=[],
  text="""
T: Hi Anita, so today's the progress visit, I'm re-measuring some stuff. How's the neck?
P: Better. The neck pain is, like, it's there but it's not running my day anymore. And the headaches are, um, they're way down, I'd say two a week instead of every day, and they were like a nine outta ten back then, now they're more a four.
T: That's big. Pain today?
P: Three. Three out of ten, mostly by the end of the workday, at the computer.
T: Any dizziness?
P: No dizziness.
T: Anything down the arms, tingling, any arm symptoms?
P: No more of the tingling in the hand, that stopped like two weeks ago. Nothing down the arms.
T: Okay. Rotation, turn to the right... sixty degrees. Left, sixty-five. You started at forty.
P: I can check my blind spot now.
T: Good. Neck Disability Index is twenty-four percent, down from forty.
P: I bought a massage chair, by the way. It's amazing.
T: Ha, okay. So I put the hot pack on first, while we talked, then the manual, so we did soft tissue and the upper thoracic mobs, I had that at sixteen minutes.
P: That's the best part.
T: And then the exercises, deep neck flexor, chin tucks, the rows, the, um, the wall angels — thirteen minutes.
P: The chin tucks are so boring.
T: They are, and they work. Dr. Lee wanted us to try traction, so we'll try the traction after lunch, if you can come back at one.
P: I can't today, I have a meeting.
T: Then next visit. Plan is twice a week, four more weeks, and keep the desk setup we talked about, monitor up, feet flat.
P: The monitor's on a stack of books now.
T: Perfect. Books work. Honestly, most of what you've gained is because you did the home program, so, you know, don't stop now just because it feels better, that's when people slide back.
P: And the chin tucks every hour?
T: Every hour you're at the desk, ten of them.
""")


S("d_pt09_bppv_discharge", "dev", "PT", "discharge", "PT", "cms",
  timed={"97112": 22, "97110": 11}, untimed=[], key="97112x1:GP 97110x1:GP",
  facts=["BPPV|vertigo", "Dix-Hallpike negative|negative Dix-Hallpike|Dix-Hallpike was negative",
         "DHI 12|Dizziness Handicap Inventory 12|twelve", "Functional Gait Assessment 27|FGA 27|twenty-seven",
         "goals met|met all her goals|met her goals", "gaze stabilization|VOR", "independent with home program|home program"],
  negated=["nausea", "spinning"],
  absent=["cold", "Albrecht"],
  text="""
T: Okay Helen, this is your last visit, the discharge, for the BPPV, the vertigo that brought you in back in October. And your husband came along today, hi Frank.
C: Hi. I'm just the driver.
T: Helen, any spinning this week, rolling over in bed, looking up?
P: No spinning. Not once. I even, uh, I got the dishes down from the top shelf.
T: And nausea?
P: Nothing like that. Nope.
C: I'm the one who's been dizzy, actually, I've had this cold, my ears are all plugged.
T: Oh no, you should mention that to your doctor, Frank. Okay Helen, let's do the Dix-Hallpike both sides one more time. Right... and left. Dix-Hallpike negative both sides.
P: Yay.
T: Your DHI, the Dizziness Handicap Inventory, is twelve, it was fifty-four when we started.
P: Fifty-four, wow, I remember that day.
T: And Functional Gait Assessment, twenty-seven out of thirty. So you've met all her goals — sorry, I'm reading my note out loud, I mean you've met your goals, all of them, that's what I'll write.
P: Is thirty perfect?
T: Thirty is perfect. Twenty-seven is great. You met all your goals. So today, the balance, we did the walking with head turns, the foam, the tandem with eyes closed, the gaze stabilization, the VOR ones — that was about, um, twenty-two minutes.
P: The foam is hard with my eyes closed.
T: And then some strengthening, the sit to stands with the weight, the heel raises, hip abduction, that was eleven.
P: My legs are jelly.
T: You're independent with the home program, you've got the sheet. Keep doing the gaze stabilization once a day for another month.
P: Once a day, okay.
T: And if the spinning comes back, it can come back, call us and we'll do the maneuver again, you don't need to start over.
C: Good to know.
T: Sorry, one sec — (to the desk) can you tell Mr. Albrecht I'm running ten behind, his vertigo's the right side, he can start on the bike. Okay. Where was I. Right.
T: Okay. Congratulations Helen, you're discharged. Frank, get that ear looked at, okay? Sometimes the cold goes into the inner ear and that's a whole other thing.
P: Thank you, really.
""")


S("d_pt10_rtsa_discharge", "test", "PT", "discharge", "PT", "per-code",
  timed={"97110": 25, "97140": 12}, untimed=[], key="97110x2:GP 97140x1:GP",
  facts=["reverse total shoulder|reverse shoulder", "left shoulder", "flexion 135 degrees|135 degrees|one thirty-five|hundred and thirty-five",
         "QuickDASH 27|27 on the QuickDASH|twenty-seven", "5 pounds|five pounds|5 lb",
         "grandkids|grandchildren", "goals met|met her goals|met all"],
  negated=["clicking", "night pain"],
  absent=[],
  text="""
T: Okay Barbara, big day. Last visit for the left shoulder, the reverse shoulder. How's it feel?
P: Honestly I can't believe it. I can reach the second shelf, I can do my hair.
T: Good. Any night pain, still waking up?
P: Not since, um, not since around Thanksgiving.
T: Clicking, anything popping?
P: No clicking. None of that.
T: Okay, let's measure. Flexion... a hundred and thirty-five, one thirty-five. Abduction one-ten. External rotation thirty.
P: What was it at the start?
T: Flexion was seventy. So almost double. And your QuickDASH, twenty-seven, from sixty-eight.
P: My husband wants me to drive the golf cart again.
T: That's your surgeon's call on the lifting, but the reaching is there. You can lift five pounds, I'd stay at five pounds for overhead.
P: The grandkids are lighter than that? No, they're not.
T: Not overhead with the grandkids. Okay. So for today. The exercises, the wall walks, the band external rotation, the wand stuff, rows with the blue band, I had that — twenty, twenty-five, it was twenty-five minutes.
P: I liked the wall walks.
T: And the manual at the start, the scapular mobs and the posterior capsule stretch, twelve minutes.
P: That loosens it up.
T: So you met all your goals except the overhead lifting, and that's a surgeon thing. Discharge to the home program, three times a week on your own.
P: Three times a week. And if it gets stiff again?
T: Call us, you get a new referral and we'll see you.
P: Thank you, you've been wonderful.
T: You did the work. Keep at the band, and the wall walks, and don't let anyone talk you into lifting the grandkids over your head, I mean it.
P: I'll tell my daughter you said that, she'll be relieved, she thinks I'm going to, you know, undo the whole surgery.
""")


S("d_pt11_floor_transfer_daily", "dev", "PT", "daily", "PT", "cms",
  timed={"97530": 14, "97140": 10}, untimed=[], key="97530x1:GP,59 97140x1:GP",
  facts=["floor transfer|getting up from the floor|up from the floor", "half-kneel|half kneeling",
         "minimal assist|min assist", "couch", "hip|low back", "soft tissue|STM",
         "4/10|four out of ten|4 out of 10"],
  negated=["fell"],
  absent=["ten units"],
  text="""
T: Okay Walter, so we said today we'd, um, we'd work on the floor thing.
P: Getting up off the floor, yeah. My wife had to call the neighbor last time I was down there, looking for the remote under the couch.
T: Right, and you haven't fallen since?
P: No, I haven't fell, no. I just — I can't get down there and back up.
T: Okay. Pain today?
P: The back's at a four. Four out of ten. The left hip's okay.
T: Alright, so first I'm going to do the soft tissue on the low back and the hip, the, uh, the STM, before we get you on the mat.
P: Sounds good.
T: ... Okay, that's ten minutes of the manual, on the clock, we started at 9:02 and I'm stopping at 9:12.
P: That felt good.
T: Now we go to the mat. So we worked on getting up from the floor, first to hands and knees, then to half-kneel, then you push up on the chair.
P: Oof. My knee.
T: Put the pad under it. Okay. Again. ... Good, that one was minimal assist, just a little help at the hips.
P: The half kneeling's the hard part.
T: Yeah, that's where we focus. Again, other knee forward. ... Good. How long were we on the floor stuff?
P: Felt like an hour.
T: Fourteen minutes. Okay, I'm writing fourteen.
P: My son said you should just bill ten units, he said the insurance pays anyway.
T: Ha, I bill what we did, Walter. Okay, home program, practice getting down to the floor with your wife there, once a day, next to the couch so you've got something to push up on.
P: With her there. She'll love that.
T: And we'll do it again Thursday.
""")


S("d_pt12_sci_gait_daily", "test", "PT", "daily", "PT", "per-code",
  timed={"97116": 30, "97110": 9}, untimed=[], key="97116x2:GP 97110x1:GP",
  facts=["incomplete spinal cord injury|spinal cord injury|SCI", "AFO|ankle foot orthosis",
         "forearm crutches|Lofstrand", "300 feet|three hundred feet", "contact guard|CGA",
         "foot drop|toe drag", "leg press", "left hip, two out of ten|left hip 2/10|2/10 left hip"],
  negated=["skin breakdown", "spasms"],
  absent=["electric scooter"],
  text="""
T: Okay Tyrone, so, uh, for the note, this is for the incomplete spinal cord injury, the C-spine one from the accident, we're on visit fourteen. Let's get the AFO on, the ankle foot orthosis. Any redness from the brace, any skin breakdown on the shin?
P: Skin's good. No skin breakdown, I check it every night with the mirror.
T: Good man. Spasms last night?
P: No more of the spasms, not since they bumped the baclofen.
T: Okay good. So today we walked the hallway with the forearm crutches, the Lofstrand ones, and I'm watching that right foot, the toe drag.
P: The foot drop's better with the brace.
T: Much better. That lap was three hundred feet, contact guard, I had my hand on the belt.
P: I want to get to where you don't need the belt.
T: That's the plan. How's the — the left leg felt, is it doing more of the work than it should?
P: Feels like it's doing everything. My left hip was, like, burning, last night. Not bad, but — it's like a, a two.
T: Left hip, two out of ten, after walking. Okay, that's overuse, the strong side carrying it. I'll watch the step length on the right, make the right do its share. Let's go again, the ramp this time.
P: ... Whew.
T: And the curb. Step up with the left. Good. Down with the right crutch first. Good.
P: My brother keeps saying I should just get an electric scooter.
T: Let's keep you walking. Okay, sit. So the walking was, uh, we started right at 3:30 and it's four now, so that's thirty minutes on the gait training, half an hour.
P: Half an hour, yeah, I feel it.
T: Then we did the leg press and the hip stuff — I'd say, nine minutes. Nine. And I was going to do the e-stim on the tibialis for the foot drop, the FES, but we ran out of time, so that's, uh, that's next visit, we didn't do it today.
P: Next visit. That's the buzzing one, right?
T: That's the buzzing one.
P: Nine? Felt shorter.
T: Okay, home program: walk in the house with the crutches three times a day, brace on, someone nearby.
P: My mom's home all day.
T: Perfect. And keep checking that skin.
P: Every night. Same time next week or is it, uh, is it Wednesday this time?
T: Wednesday at three thirty, same as today, they moved the Monday slot because of the holiday, so just check the card they gave you at the desk.
""")


S("d_pt13_pta_tha_daily", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 11, "97112": 17}, untimed=[], key="97112x1:GP,CQ 97110x1:GP,CQ",
  facts=["hip replacement|total hip|THA", "posterior precautions|hip precautions", "recumbent bike|bike",
         "tandem stance", "foam", "2/10|two out of ten|2 out of 10", "standard walker|walker"],
  negated=["numbness", "calf"],
  absent=[],
  text="""
T: Morning Ruth, I'm Kevin, I'm the PTA working with you today, Sarah wrote the plan. Right hip replacement, posterior approach, so you're still on the hip precautions, no bending past ninety, no crossing the legs.
P: I know, I know, my daughter yells at me every time I cross my ankles.
T: Good, she should. How's the pain?
P: Two. Two out of ten. It's more stiff in the morning.
T: Any numbness down the leg?
P: Zero numbness.
T: And the calf, any swelling, pain in the calf?
P: My calf? It's fine, it's fine.
T: Okay. So we started on the recumbent bike to warm up, then the standing hip stuff, the mini squats. Jess, how long were we on the bike and the, uh, the standing exercises?
T: Eleven. She says eleven, she had the timer.
P: Felt like more.
T: It always does. Oh, and — Ruth, the OT said you did an hour with her this morning on the tub transfer?
P: An hour, oh, at least, with the long-handled sponge and the, the sock aid. I was exhausted.
T: Okay, that's her stuff, not ours, I just want to know you're not wiped out. You good to keep going?
P: I'm good. Let's do it.
T: Now balance. Tandem stance, one foot in front of the other, hands hovering over the bar. Good. Now on the foam.
P: Oh, the foam is wobbly.
T: That's the point. Now step over the cones, with the walker beside you but try not to touch it.
P: I'm doing it!
T: You are. Okay and then side-stepping along the bar. Good. That balance block was seventeen minutes.
P: My other doctor, Dr. Patel, says I should be walking without the walker by now.
T: We'll let your PT and the surgeon decide that, for now the standard walker in the community, and the cane just in the house if Sarah cleared it.
P: She did, she cleared it last week.
T: Okay, good. So, total today, eleven and seventeen, twenty-eight minutes of treatment.
P: Is that it?
T: That's it. I'll let Sarah know how you did, she'll see you Friday for the progress check.
P: Tell her I did the foam.
T: I'll tell her you crushed the foam.
""")


S("d_pt14_pta_tkr_daily", "test", "PT", "daily", "PTA", "per-code",
  timed={"97116": 12, "97110": 20, "97140": 5}, untimed=[], key="97116x1:GP,CQ 97110x1:GP,CQ",
  facts=["knee replacement|TKA|total knee", "left knee", "stairs", "single point cane|cane",
         "flexion 100|a hundred degrees|100 degrees", "step-ups", "ice, ten minutes|ice for 10 minutes|ice x 10 minutes"],
  negated=["redness", "fever"],
  absent=[],
  text="""
T: Hi Ed, I'm Maria, the PTA, Dave's got a new eval so you're with me today. Left knee replacement, five weeks out, right?
P: Five weeks yesterday. I've been walking thirty-ish minutes a day around the block, like Dave said.
T: Okay. Incision, any redness, any drainage?
P: Nope. Nothing like that. Looks great.
T: Fever, chills?
P: No fever, no.
T: Great. So we — okay so we did, uh, we started with the knee, I did some patellar mobs, just for a couple minutes — five, five minutes, to loosen it up.
P: That's the part where you push the kneecap around.
T: That's it. Then the bike, the step-ups, the terminal knee extensions, the hamstring curls. How long, um — let me look. The exercise was twenty minutes, started at 1:15, I cut it at 1:35.
P: The step-ups are killing me.
T: Six-inch step, you're doing great. Let me check the bend... flexion a hundred, a hundred degrees. Straight is zero.
P: Is a hundred good?
T: A hundred at five weeks is right where we want it. Then we did the stairs and walked the hall with the cane, the single point cane, up and down the stairs with the rail, step-to — Luis, you were spotting on the stairs, how long were we out there, the stairs and the hall?
T: Twelve, I think, yeah. Twelve.
T: Twelve, thanks. So that was twelve.
P: Can I go in the pool yet? My wife's got a membership at the Y.
T: That's a question for Dave and the surgeon, not today.
P: Okay.
T: So twelve walking, twenty exercise, five manual. Then ice, ten minutes, while we talk. Home program, same sheet, add the step-ups.
P: Every day?
T: Every day, two sets of ten. And keep the knee straight when you rest, no pillow under it.
P: My wife took the pillow away.
T: Good for her.
P: She's tougher than you.
T: I believe it. See you Thursday.
""")


S("d_pt15_pta_stroke_daily", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97530": 10, "97110": 7}, untimed=[], key="97530x1:GP,CQ",
  facts=["stroke|CVA", "right side|right-sided", "sit to stand", "bed to chair|bed to wheelchair",
         "moderate assist|mod assist", "brakes locked|lock the brakes", "blood pressure 132/80|one-thirty-two over eighty|132/80"],
  negated=["headache", "chest pain"],
  absent=["football"],
  text="""
C: He didn't sleep great, I'll just say that up front. He was up at three watching football replays.
T: Okay, thanks Mrs. Brooks. Mr. Brooks, I'm Alan, the PTA. Any headache today?
P: No... headache. No.
T: Any chest pain, chest tightness?
P: No.
C: He says no but he, well, he says no to everything.
T: Okay, I'll keep an eye on his vitals then. Mr. Brooks, squeeze my hands, both. ... Right grip is, um, it's weaker, same as last week, not worse. Smile for me. Okay, same as last time, the face is the same.
C: The face droops more when he's tired.
T: That's common. If it's suddenly worse, that's the call-911 thing. Blood pressure one-thirty-two over eighty, that's fine. So the stroke was in August, right side's the weak side.
C: Right side, yes. Right-sided weakness, the arm more than the leg.
T: Okay. So first we're doing sit to stand from the mat, then the transfers, bed to chair. Ready? Nose over toes.
P: Okay.
T: Good — that was moderate assist, I'm giving a lot at the hips. Again. ... Better. Now pivot toward the chair, the wheelchair, reach back for the armrest.
P: Where's — I can't —
T: Left hand, reach back with the left hand. There. Good. So the — the transfer training, the bed to wheelchair and the sit to stands, that was ten minutes.
C: Ten? He did a lot.
T: He did. And then the leg exercises on the mat, the bridges and the knee extensions, only seven, because he got tired.
P: Tired.
T: I know. Then we'll do the hemi-walker next time, we didn't get to it. Mrs. Brooks, you practice the sit to stands with him, five at a time, three times a day, with the brakes locked.
C: Brakes locked. I always forget the brakes.
T: It's the most important part. And if he gets a headache, a bad one, sudden, call 911, don't call us.
C: Okay. Okay.
T: He's doing good. You're doing good too.
C: Thanks. It's a lot.
""")


S("d_pt16_pta_lbp_daily", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 24, "97112": 8}, untimed=["G0283"], key="G0283x1:GP,CQ 97110x2:GP,CQ",
  facts=["low back pain|back pain", "5/10|five out of ten|5 out of 10", "core stabilization|core",
         "bird dog", "dead bug", "e-stim|electrical stimulation", "moist heat|heat"],
  negated=["leg pain", "tingling"],
  absent=[],
  text="""
T: Okay Mr. Nguyen, I'm the PTA today, Jamal. How's the back pain?
P: Five. Five out of ten. Worse in the morning, better once I move.
T: Any leg pain, anything going down the legs?
P: No leg pain. Not since, uh, the first week.
T: Tingling, numbness?
P: No more of the tingling.
T: Great. So the plan is the core stabilization. We'll start on the mat. Dead bug first, slow, breathe out.
P: Like this?
T: Keep the back flat, good. Then bird dog, opposite arm, opposite leg. Hold three seconds.
P: I'm shaking.
T: That's fine, shaking's fine. Hold — two, three. Switch. Good. You know, last week you couldn't do this one without putting the hand down, so, uh, that's — I'll write that, improved, no hand down.
P: My wife says I should do these at night in front of the TV.
T: Sure, commercials, do a set every commercial break, that's, what, four or five sets an hour?
P: More like eight, the way she watches.
T: Ha. Then don't do all eight.
P: Okay.
T: That's fine. Then the bridges and the side planks on the knees. ... Okay, so the core exercises — so we did, uh, we did the — the band stuff too, the rows, so all that together was twenty-four minutes.
P: Long time.
T: Then the balance, standing on the foam with the ball toss, that was eight.
P: I wasn't good at that.
T: You were fine. Then I set you up with the e-stim on the low back, with the moist heat, and I left you for the fifteen minutes, unattended, you had the call button.
P: That was the best part. I almost fell asleep.
T: Everyone does. So that's done for today. You were saying something about the, the chiropractor earlier?
P: Yeah, my chiropractor wants to adjust me this week, is that okay? He says it's been, like, a month since the last one and I'm, uh, I'm due.
T: Talk to your PT about that, Angela, she'll call you.
P: Okay.
T: Home program, the dead bugs and the bird dogs, ten each, twice a day.
P: Twice a day.
T: See you Monday. And if the leg pain comes back, if anything starts going down the leg again, call Angela, don't wait for the visit.
P: Okay. Monday, same time, ten-thirty?
T: Ten-thirty.
""")


S("d_pt17_shoulder_impingement_daily", "dev", "PT", "daily", "PT", "per-code",
  timed={"97140": 12, "97530": 10}, untimed=[], key="97140x1:GP 97530x1:GP,59",
  facts=["impingement|subacromial", "right shoulder", "overhead reaching|reaching overhead|cabinets",
         "joint mobilization|glenohumeral", "painful arc", "5/10|five out of ten|5 out of 10|five outta ten", "painter|painting"],
  negated=["numbness"],
  absent=["bill it as twelve units"],
  text="""
T: Okay, Steve, how's the right shoulder, the — the painter's shoulder. The impingement, for the note, subacromial impingement, visit six.
P: It's — it's alright. I did a ceiling Tuesday, that was a mistake. Like a five outta ten today.
T: Five, 5/10. Okay. Any numbness in the hand, fingers?
P: Nah, zero numbness. It's just in the shoulder, the side.
T: Okay. And the painful arc, let's see, lift it out to the side... there, right there at ninety, that's the painful arc. Okay.
P: Yeah, right there.
T: So first the manual, I'm going to do the glenohumeral joint mobilization, the posterior glides, and some soft tissue on the pec minor. We started the manual at 11:00 and wrapped at 11:12.
P: Twelve minutes, I was counting. Or, wait, was it — you stopped to answer the phone, so, like, eleven?
T: I paused the timer for the phone. Twelve of actual manual.
P: Okay, you're the boss.
T: Twelve it is. Okay. Then separate, we go over to the wall with the shelf. So we did, uh, we did reaching overhead, putting the cans up in the cabinets, the roller on the wall, like your job — ten minutes.
P: That's literally my day, rolling walls.
T: Exactly why. Keep the shoulder blade down, don't shrug. Good.
P: My boss says you should bill it as twelve units so the comp pays more.
T: We bill what we did, Steve.
P: I know. I'm just passing it on.
T: Okay. So home, the wall slides, the band rows, and — are you working tomorrow?
P: Half day.
T: Then take the breaks, every thirty minutes drop the arm, do the pendulums.
P: Every thirty minutes.
T: And no ceilings till next week. Floors and trim only.
P: I'll tell my boss you said that.
T: Tell him. And if he wants a note, I'll write one, light duty, no overhead work for a week, it's easier than arguing about it.
P: That'd actually help, yeah, he listens to paperwork more than he listens to me.
""")


S("d_pt18_ms_daily", "test", "PT", "daily", "PT", "cms",
  timed={"97110": 38, "97116": 7}, untimed=[], key="97110x3:GP",
  facts=["multiple sclerosis|MS", "fatigue", "cooling vest", "2.5 pounds|2.5 lb|two and a half pounds",
         "cane", "heat", "leg press", "MFIS 46|MFIS you filled out, came in at forty-six|46 on the MFIS"],
  negated=["vision changes", "new weakness"],
  absent=[],
  text="""
T: So Caroline, how's the fatigue been this week, with the heat wave?
P: Oh, it's — it's been a lot. The heat just wipes me out, I napped an hour and a half yesterday after the grocery store. I wore the cooling vest today.
T: Good call. Any vision changes, any new weakness, anything like a flare?
P: No vision changes. No new weakness, it's — it's just the normal tired.
T: Okay, not a flare then. So we'll keep it — we'll do rest breaks. MS loves rest breaks.
P: My MS does, yeah. The multiple sclerosis and August, we're not friends.
T: So we did the leg press, the ankle weights on the hip stuff — 2.5 pounds, two and a half pounds on each ankle — the bridges, the step-ups. We started the exercise at ten-oh-five and, um, not counting the long rest breaks, it was thirty-eight minutes of actual exercise.
P: It didn't feel that long.
T: Because you got breaks. Then a little walking with the cane, just up and back, seven minutes, I didn't want to push it.
P: I was done.
T: You were. Blood pressure one-twenty over seventy-eight. Heart rate ninety-four. And your, um, your temp, let me — ninety-eight point nine. Fine. The fatigue scale, the MFIS you filled out, came in at forty-six, and it was fifty-two a month ago.
P: Forty-six. Is lower better?
T: Lower's better. So even with the heat you're a little better than last month.
P: That doesn't feel true but okay.
P: My sister's taking me on a cruise in May, do you think I can handle it?
T: Talk to Dr. Ames about that, but we can work on endurance for it. Okay, home program: the bridges and the leg lifts with the 2.5 pound weights, three days a week, not on the hot days.
P: Not on the hot days.
T: Right. And cool shower before, if you want.
P: Oh, that's a good idea.
T: And the vest when you're out.
P: It makes me look like a SWAT team member.
T: A very tired one.
P: Ha. Yeah. Okay, same time Thursday? Or is it, uh — no, Friday, Thursday I have the neurologist.
T: Friday at ten, and tell Dr. Ames about the heat and the fatigue, she'll want to know how it's been going with the new med.
""")


S("d_ot01_ctr_eval_low", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 9}, untimed=["97165"], key="97165x1:GO 97110x1:GO",
  facts=["carpal tunnel release|carpal tunnel", "right hand|right", "grip 32 pounds|32 pounds|thirty-two pounds",
         "lateral pinch 11 pounds|11 pounds|eleven pounds", "tendon glides", "low complexity",
         "dental hygienist", "scar", "diminished at the middle finger|slightly diminished|diminished sensation"],
  negated=["tingling", "fever"],
  absent=[],
  text="""
T: Hi Mei, so you're two weeks out from the right carpal tunnel release. How's the hand?
P: It's, it's okay. Sore at the scar, the palm. The surgeon took the stitches out Friday.
T: Any of the tingling you had before, at night, in the fingers?
P: No more of the tingling. That's — honestly that's the best part, I sleep now.
T: And any fever, any redness around the scar, opening?
P: No fever, nothing like that.
T: Good. So you're a dental hygienist, right, so the pinch and the fine stuff is the big thing for work.
P: Yeah, holding the scaler, the mirror, for eight hours.
T: Okay. Let's do grip. Right hand, squeeze... thirty-two pounds. Left is seventy-one.
P: Thirty-two? Wow.
T: It's two weeks, that's expected. Let me check sensation quick, the monofilaments... Thumb, index, middle — can you feel that? And that?
P: Yes. Yes. Yes. That one's a little faint, the middle.
T: Slightly diminished at the middle finger, the rest intact. That's pretty normal this early, the nerve's recovering. Okay. Lateral pinch, key pinch... eleven pounds on the right, nineteen on the left. Tip pinch, six.
P: My kid bought me a gel pen because regular pens hurt to hold.
T: Bigger grips help, yeah. So my impression: two weeks status post right carpal tunnel release, grip and pinch deficits, scar sensitivity, no other medical history, so this is a low complexity evaluation.
P: Okay.
T: After the testing we did the tendon glides, the, uh, the blocking exercises, and the wrist stretches, and you practiced the scar massage with the lotion. How long, nine, ten? I've got nine.
P: Nine's fine.
T: Nine minutes. So plan is twice a week for four weeks, the tendon glides five times a day, scar massage twice a day, and no heavy gripping until four weeks.
P: When can I go back to cleaning teeth?
T: That's the surgeon's call, but my guess is about four to six weeks, and we'll work toward it. Light duty first.
P: Okay. Twice a week. Four weeks.
T: Twice a week for four weeks, I'll see you Thursday.
P: Thank you.
T: And keep the hand up above the heart when it swells.
P: Up above the heart, okay.
""")


S("d_ot02_cva_eval_high", "test", "OT", "evaluation", "OT", "cms",
  timed={"97535": 20}, untimed=["97167"], key="97167x1:GO 97535x1:GO",
  facts=["stroke|CVA", "left side|left hemiparesis|left-sided", "left neglect|neglect",
         "maximal assist|max assist", "lower body dressing", "high complexity",
         "shower chair|tub bench", "husband", "Box and Block 12|twelve blocks|12 blocks", "toilet frame|grab bar"],
  negated=["headache", "chest pain"],
  absent=["casserole"],
  text="""
T: Hi Mrs. Abara, I'm Nadia, your OT. And this is your husband?
C: Yes, Emeka. I'll answer what she can't, she gets tired.
T: Thank you. So the stroke was three weeks ago, right side of the brain, so the left side is weak.
C: Left side. She was at the rehab hospital ten days.
T: Any headache today, Mrs. Abara?
P: No headache.
T: Chest pain, any chest pressure?
P: No. Nothing like that.
T: Okay. I notice when I stand on the left you don't look over. That's the left neglect, you're not seeing that side as much.
C: She ran into the door frame twice this week.
T: That fits. Box and Block with the left hand, twelve blocks, right hand fifty-four.
C: Twelve. Hm.
T: It's early. With her blood pressure, the diabetes, the neglect, the dressing and the bathing needs — this is a high complexity evaluation.
C: I figured.
T: And Mr. Abara, at home, the toilet — is she getting on and off by herself?
C: No, I help. I — she grabs the towel bar, I told her not to, but she grabs it.
T: The towel bar can come off the wall, that's — yeah, we need a grab bar or a toilet frame. I'll give you the list.
C: Okay. A toilet frame.
P: The bar is right there.
T: I know, but it's not made to hold you. So after the testing we did dressing. Lower body dressing, pants on over the left foot first, from sitting, then standing to pull them up. She needed maximal assist, max assist for the pants, more help than I'd like. Upper body was moderate.
P: It's hard.
T: It is. That dressing was twenty minutes, I want to write that down. Twenty.
C: The neighbor brought a casserole, she tried to feed herself and, well.
T: We'll work on eating too. Do you have a shower chair or a tub bench?
C: Shower chair, no back.
T: Get a tub bench, the one that goes over the side. Plan is three times a week for eight weeks.
C: Three times a week. Okay.
T: And stand on her left when you talk to her, make her turn her head.
C: Her left. Got it.
P: He always stands on the right.
T: Not anymore.
""")


S("d_ot03_drfx_eval_mod", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97760": 25, "97110": 12}, untimed=["97166"], key="97166x1:GO 97760x1:GO 97110x1:GO",
  facts=["distal radius fracture|distal radius", "left wrist", "wrist extension 30 degrees|thirty degrees|30 degrees",
         "supination 45 degrees|forty-five degrees|45 degrees", "splint|orthosis", "moderate complexity",
         "edema|swelling", "PRWE 68|sixty-eight|68"],
  negated=["numbness", "finger pain"],
  absent=[],
  text="""
T: Hi Louise, so you came out of the cast Monday, left wrist, the distal radius fracture from the ice.
P: Slipped on the ice on my front step, yes. Six weeks in that cast.
T: Any numbness in the fingers, pins and needles?
P: Zero numbness.
T: And finger pain?
P: Fingers? No, nothing. The wrist is stiff as a board though.
T: I see the swelling, the edema, on the back of the hand. Let's measure. Wrist extension thirty degrees, flexion twenty-five. Supination forty-five degrees, pronation seventy.
P: Is that terrible?
T: It's six weeks in a cast, it's normal. Your PRWE came out sixty-eight.
P: I run the register at the bakery, I need to be able to turn my hand over for the change.
T: That's the supination, that's what we'll chase. So, you've got the osteoporosis, the blood thinner — moderate complexity evaluation.
P: Okay.
T: So then I made you the splint, a custom wrist orthosis, thermoplastic, to wear at night and out in crowds. Molding and fitting and checking the straps — twenty-five minutes.
P: It's purple! I love it.
T: Okay, wiggle the fingers. Any pressure anywhere, the edge at the thumb?
P: Right — right here, at the bone, the side. It's, it's rubbing.
T: The ulnar styloid, yeah. Let me heat the edge and flare it. ... Better?
P: Better. Much.
T: Okay, so you're going to wear it at night and when you're out, not when you're doing your exercises, and not in the shower.
P: Night and out. Got it. Can I drive in it?
T: I'd rather you didn't drive in it, it limits the wrist too much for the wheel.
T: And then the exercises, the, uh, the wrist AROM, the tendon glides, the supination with the hammer, the edema massage — ten, twelve minutes, let's say twelve.
P: Twelve, sure.
T: So twenty-five on the splint, twelve on the exercise. Plan: twice a week for six weeks, splint at night, home exercises four times a day.
P: Four times a day?
T: Short ones. Ten each.
P: Okay.
T: And keep the hand up, elevated, when it puffs up.
P: I'll prop it on the cat.
T: Whatever works. And if the fingers go white or numb in the splint, or the swelling gets worse with it on, take it off and call me, it means a strap's too tight and I'll fix it, it's a five-minute thing.
P: Okay. White or numb, take it off. Got it.
""")


S("d_ot04_dequervain_eval_mod", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 18, "97110": 6}, untimed=["97166"], key="97166x1:GO 97760x1:GO",
  facts=["de Quervain|de Quervain's", "right thumb|right wrist", "Finkelstein positive|positive Finkelstein|Finkelstein's was positive",
         "thumb spica|spica", "newborn|baby", "moderate complexity", "6/10|six out of ten|6 out of 10",
         "grip 40 pounds|40 pounds|forty pounds", "every two hours|every 2 hours|q2h"],
  negated=["numbness", "swelling in the fingers"],
  absent=[],
  text="""
T: Okay Amara, and this is the baby? How old?
P: Seven weeks. She's asleep, thank God.
T: Okay, so it's the right thumb, the side of the wrist.
P: Yeah. Lifting her, the car seat, it's like a knife. Six out of ten, eight when I lift the car seat.
T: That's super common with a newborn. Any numbness?
P: Numbness — no, not numbness, it's pain.
T: Swelling in the fingers?
P: No swelling in the fingers, just here on the wrist, the bump.
T: Okay, Finkelstein, tuck your thumb, bend the wrist down... yeah. Positive Finkelstein on the right, negative on the left.
P: Ow. Yes.
T: Sorry. Grip, right is forty pounds, forty, left is fifty-eight.
P: I thought it'd be worse.
T: So this looks like de Quervain's tenosynovitis. You've got the postpartum stuff, the carpal tunnel you had during the pregnancy, and you're the only one home with her during the day — moderate complexity.
P: Okay.
T: So first I made you a thumb spica, the splint that holds the thumb and wrist. That took — um, fabrication and fitting, adjusting the edge at the thumb — eighteen minutes.
P: It's so stiff.
T: It's supposed to be. Then we did a little, the gentle thumb range, the, um, the wrist stretches, six minutes, you had to feed her.
P: Sorry.
T: Don't be. How many times a night is she up?
P: Three, four. Every two hours, like, a hundred and twenty minutes on the dot. I'm so tired.
T: That's a lot of lifting at night, with the thumb. Side-lying to feed, if your doctor's okay with it, saves the wrist.
P: I'll try that.
T: Don't be. Plan is once a week for four weeks, splint on all day except hygiene, and lift her with your palms up, like scooping.
P: My lactation lady said the breast pump might be making it worse.
T: Could be the grip on it. We'll look at positioning next time.
P: Okay. Palms up.
T: Palms up, scoop her. And ice after the long feeds, ten minutes, and if it gets worse, like it wakes you at night or the thumb starts catching, we'd talk to your doctor about an injection, but let's give the splint a real try first, four weeks.
P: Four weeks. Okay. She's waking up, I have to go.
""")


S("d_ot05_ra_reeval", "dev", "OT", "re-evaluation", "OT", "cms",
  timed={"97110": 13, "97535": 10}, untimed=["97168"], key="97168x1:GO 97110x1:GO 97535x1:GO",
  facts=["rheumatoid arthritis|RA", "ulnar drift", "Jebsen-Taylor|Jebsen", "nine-hole peg 31 seconds|31 seconds|thirty-one seconds",
         "grip 18 pounds|18 pounds|eighteen pounds", "jar opener|built-up handles", "joint protection",
         "morning stiffness"],
  negated=["fever", "hot joints"],
  absent=[],
  text="""
T: Okay Doris, today is your re-evaluation for the rheumatoid arthritis, the hands, so lots of measuring. Let's start with the morning stiffness — how long does it take to loosen up?
P: About an hour now. It was two hours when I started here.
T: Any hot joints, swollen red joints this week, a flare?
P: Nothing hot, no. Not a flare. My knuckles are always a little puffy.
T: Any fever?
P: No fever.
T: Okay. Grip on the right, eighteen pounds, left, twenty-one. Started at eleven and fourteen.
P: Eighteen, ooh.
T: Nine-hole peg, right hand — go... thirty-one seconds. That was forty-four.
P: I'm quicker at knitting club too.
T: The Jebsen-Taylor, the writing and the card turning and the small objects, all faster, I'll put the numbers in. The ulnar drift hasn't changed, it's the same as before, the fingers leaning.
P: I know, I see it.
T: So the plan: we'll keep going once a week for six more weeks, and keep the splints at night.
P: Okay.
T: Then today, the exercises, the tendon glides, the, the putty — the soft putty — and the wrist circles, that was fifteen — no, sorry, thirteen, I stopped the timer late, thirteen minutes.
P: The putty was yellow today. That's the easy one.
T: It's the easy one, on purpose. Then we did the kitchen stuff, the joint protection, opening the jar with the jar opener, the built-up handles on the silverware, carrying the pan with two hands, palms up. That was ten.
P: The jar opener is a miracle.
T: Use it every time, don't twist with the fingers.
P: I'll try.
T: Your rheumatologist increased the methotrexate?
P: Yes, last month. It's helping I think.
T: Good. Okay, see you next week. And, um, bring the silverware you use at home, the actual ones, and I'll build up the handles with the foam so you're not squeezing so hard, it's, you know, it's small stuff but it adds up over a day.
P: I'll bring the whole drawer.
""")


S("d_ot06_cva_progress", "test", "OT", "progress", "OT", "per-code",
  timed={"97530": 22, "97535": 16}, untimed=[], key="97530x1:GO 97535x1:GO,59",
  facts=["stroke|CVA", "right hand|right upper extremity|right arm", "Fugl-Meyer 38|38 on the Fugl-Meyer|thirty-eight",
         "minimal assist|min assist", "buttoning|buttons", "zipper|zippers", "grip 14 pounds|14 pounds|fourteen pounds",
         "supervision"],
  negated=["shoulder pain", "swelling in the hand"],
  absent=["parking ticket"],
  text="""
T: So Mr. Haddad, today's your progress check, visit ten, after the stroke in the spring, the left brain one, so the right arm. And Samir from the language line is interpreting again, thank you Samir. Can you ask him, any shoulder pain in the right arm?
C: He says, uh — the shoulder, no, it doesn't hurt, he says it's fine, nothing there.
T: Swelling in the hand?
C: He says no swelling in the hand, not anymore, he keeps it up on the pillow like you said.
T: Good. Let's do the Fugl-Meyer for the arm... okay, thirty-eight out of sixty-six. It was twenty-four.
P: Better.
P: Ticket. Parking. Outside.
C: He says he got a parking ticket outside, they were late, his son is parking the car now.
T: Ugh, sorry. Okay, grip on the right, fourteen pounds, left is sixty-five. It was six.
P: Fourteen.
T: So the functional stuff. We worked on the right arm reaching for the cups on the counter, stacking, flipping the cards, pulling the laundry out of the machine — using the right arm in tasks. That was twenty, twenty-two, I had twenty-two.
P: Twenty-two.
T: And separately, the dressing. He practised buttoning and zippers on his shirt and jacket, standing at the sink for the shaving part. The buttons were minimal assist, min assist, the zipper he got with supervision after the second try. That was sixteen minutes.
C: He says at home his son is still doing the buttons for him.
T: Tell him, and tell his son: let him try first, give him two minutes before anyone helps.
C: He says okay, two minutes, he'll tell his son.
T: So plan: continue twice a week for six more weeks, goals are buttons independent and using the right hand to eat.
P: Eat. Yes. I want the fork.
T: The fork, with the built-up handle first.
C: He says they got the handle already.
T: Perfect. See you Tuesday.
P: Tuesday.
C: He says they'll park in the lot this time. And he asks, should he be doing the cups at home too, the reaching, or is that just here?
T: At home too, absolutely, put his mug on the second shelf so he has to reach for it with the right hand every morning, that's free therapy.
""")


S("d_ot07_oa_hand_progress", "dev", "OT", "progress", "OT", "cms",
  timed={"97110": 14, "97140": 9}, untimed=[], key="97110x1:GO 97140x1:GO",
  facts=["osteoarthritis|OA", "CMC|basal joint|thumb", "tip pinch 6 pounds|6 pounds|six pounds",
         "CMC splint|thumb splint", "AUSCAN 28|twenty-eight|28", "web space stretch|web space", "gardening"],
  negated=["locking", "numbness"],
  absent=[],
  text="""
T: Alright Ron, progress note today for the thumbs, the CMC arthritis, the osteoarthritis. How've the hands been?
P: Better. Not — I wouldn't say they're not sore, they're sore, but I'm back to gardening a little.
T: That's good. Any locking, catching in the fingers?
P: No, no locking.
T: Numbness?
P: Nothing like that.
T: Okay. Tip pinch on the right... six pounds. Left, seven. Started at three and four.
P: Double.
T: Double. AUSCAN questionnaire, you came in at twenty-eight, down from forty-one, lower is better.
P: Sorry, can you say that again, my hearing aid's acting up.
T: Twenty-eight. Down from forty-one. Lower is better.
P: Oh good.
T: So we started with, um, the manual, I did the joint mobs at the thumb base, the CMC distraction and the web space stretch — that was nine minutes, I'll write nine.
P: That's the part that feels good. My hands are always cold in the morning, that helps.
T: Some people like a warm water soak at home before the exercises, that's fine to do on your own, five minutes. Then the exercises, the thumb opposition, the putty pinching, the isometrics for the thumb, the, uh, the rubber band spread, fourteen minutes.
P: My fingers are tired.
T: You're still wearing the CMC splint when you garden?
P: The thumb splint, yes. It helps with the trowel.
T: Keep it on. Plan: once a week for four more weeks, then I think you're done.
P: Four more weeks.
T: And use the big-handled tools, the fat ones.
P: My wife bought me the fat ones for my birthday.
T: Smart wife. Okay, so for the note, he's improved in pinch, in the questionnaire, he's back to the garden, and, um, the plan's four more weeks once a week, and then discharge to the home program if he keeps this up.
P: I'll keep it up. The tomatoes need me.
""")


S("d_ot08_elbow_discharge", "test", "OT", "discharge", "OT", "per-code",
  timed={"97110": 16, "97530": 24}, untimed=[], key="97110x1:GO 97530x2:GO",
  facts=["radial head fracture|radial head|elbow fracture", "left elbow", "extension lacking 10|lacking ten|-10 degrees|minus ten",
         "flexion 135|one thirty-five|135 degrees", "QuickDASH 14|fourteen|14", "goals met|met her goals|met all", "hair"],
  negated=["clicking", "numbness"],
  absent=["Mrs. Feld"],
  text="""
T: Okay Sofia, so last visit, discharge day for the left elbow, the radial head fracture. How's it been?
P: Really good. I can do my hair again, both hands, that was my big one.
T: I remember, the ponytail goal. Any clicking in the elbow?
P: It used to click. Not since, like, week five.
T: Numbness in the pinky side?
P: No, zero numbness.
T: Okay. Flexion... one thirty-five. Extension lacking ten, so minus ten. Supination eighty, pronation seventy-five.
P: The straightening is the one that's still, it's still not all the way.
T: It might always be a few degrees short, that's pretty common with the radial head. QuickDASH is fourteen, you started at fifty-two.
P: Fourteen! I'm going on a yoga retreat next month, is downward dog okay?
T: Ease in, modify on the forearms at first. Okay. So today the exercises, the stretching into extension, the, um, the weighted biceps and triceps with the three pound weight, the pronation with the hammer — sixteen minutes.
P: The hammer one is my nemesis.
T: And then the functional part, the reaching and carrying, the laundry basket, lifting the grocery bag onto the counter, doing your hair with the brush in front of the mirror, the pulling and pushing the cart — twenty, twenty-four, let me see — twenty-four minutes.
P: I did my hair like five times.
T: Like a salon. Oh — that's Mrs. Feld's splint on the counter, not yours, don't grab it, she's coming at two for the thumb. Okay. So you met all your goals except that last bit of extension. I'm discharging you to the home program.
P: Do I keep doing the stretches?
T: The extension stretch, every day, for another two months. The rest three times a week.
P: Okay.
T: And if it gets stiffer instead of better, call, we can get a new order.
P: I will. Thank you, seriously, I was so scared I'd never straighten it.
T: You did the work. Have fun at the retreat.
P: Namaste.
T: Namaste.
""")


S("d_ot09_ota_tbi_adl_daily", "dev", "OT", "daily", "OTA", "cms",
  timed={"97535": 26, "97530": 12}, untimed=[], key="97535x2:GO,CO,59 97530x1:GO,CO",
  facts=["traumatic brain injury|TBI", "shower|showering", "tub transfer|tub bench",
         "supervision", "verbal cues|verbal cue", "standing balance|standing tolerance", "checklist",
         "pressure, just when I stand up fast|head pressure on standing|stand up fast", "118/76|one-eighteen over seventy-six"],
  negated=["dizzy", "headache"],
  absent=[],
  text="""
T: Hi Josh, I'm Bree, I'm the OTA, Kim set up the plan. How you doing today?
P: Good. Tired. Didn't sleep.
C: He was up playing video games till one.
T: Oh, Josh. Any headache today?
P: Not since Tuesday. No headache today.
T: Dizzy at all?
P: No, I'm not — I'm not not dizzy, wait. No. Not dizzy.
T: Okay, I'll take that as no dizziness. So the TBI, the traumatic brain injury from the accident, the big goal is you showering on your own. So today we did the whole shower routine, dry, clothes on, in the bathroom here. The tub transfer onto the tub bench, gathering the stuff, the soap, the, um, the shampoo, following the checklist on the wall.
P: I forgot the towel.
T: You forgot the towel the first time, then I gave you a verbal cue, "what do you need after," and you got it. That whole thing, with the checklist, was twenty-six minutes. Supervision level for the transfer.
C: At home I still stand there.
T: That's fine, supervision is right for now. Then the standing stuff, the, uh, the balance at the counter, reaching for things in the cabinet and turning, catching the beach ball while standing — twelve minutes.
P: My legs got tired.
T: Standing tolerance is better though, you did like six minutes without sitting.
P: Can I, uh — can I just say, my head — no, it's fine. Never mind.
T: What were you going to say? Is it your head?
P: It's not a headache, it's like a, a pressure, just when I stand up fast. Like, for a second.
T: Okay, that's worth knowing. Did that happen today, during the standing part?
P: Once, when I got up off the bench. It went away.
T: Okay. I'm going to check your blood pressure sitting and standing before you leave and I'll tell Kim. Sitting, one-eighteen over seventy-six.
C: He wants to ride his motorcycle again.
T: That's a conversation for the doctor, way down the line.
P: I know.
T: Home: use the checklist every time he showers, Mom, and sit outside the door.
C: Every time. Okay.
T: And sleep, Josh. Sleep helps the brain heal.
P: Okay, okay.
T: I'll tell Kim you did great, she'll do the progress note next week.
C: Thank you.
""")


S("d_ot10_ota_flexor_daily", "test", "OT", "daily", "OTA", "per-code",
  timed={"97110": 17, "97140": 7, "97760": 9}, untimed=[], key="97110x1:GO,CO 97760x1:GO,CO",
  facts=["flexor tendon repair|flexor tendon", "index finger|index", "dorsal blocking splint|blocking splint|dorsal blocking",
         "place and hold", "scar massage|scar", "week 6|six weeks|6 weeks", "strap"],
  negated=["tingling", "popping"],
  absent=[],
  text="""
T: Hi Mr. Ibrahim, I'm Colin, the OTA today. So you're six weeks out from the flexor tendon repair, right index finger.
P: Six weeks. It was the kitchen knife, with the avocado.
T: Classic. Any tingling at the fingertip?
P: No more of the tingling. The feeling is back.
T: Any popping, any snap, like something let go?
P: No popping, no, I'm very careful.
T: Good. So first the splint check. The dorsal blocking splint, the strap at the wrist was digging in, so I trimmed the edge and replaced the strap, re-fit it. How long, um — nine. That was nine.
P: It feels much better.
T: Then the scar massage, and some soft tissue on the palm, just — it was short, seven minutes.
P: Seven, okay.
T: Then the exercises, the place and hold, the, the tendon glides, the blocking, only what Ana cleared for week six. We started at 2:40, stopped at 2:57, so seventeen.
P: The place and hold is weird.
T: It's the safest way to get the tendon gliding. Let me measure the bend... DIP is forty, PIP eighty.
P: Is that good?
T: Ana will compare it, but it's better than last week. No gripping, no lifting with that hand.
P: I play guitar, when can I play?
T: That's a long way off, months, ask Ana and the surgeon.
P: Okay.
T: So, home: place and hold every hour while awake, ten times, splint on all the time except the exercises.
P: All the time.
T: All the time. Shower in it with a bag over it.
P: Okay.
T: See you Wednesday. And if the finger gets hot, red, the scar opens, or you feel that pop, come in or call the same day, don't wait for Wednesday.
P: Hot, red, pop. Okay. My wife is driving me, she's outside.
""")


S("d_ot11_ota_copd_kitchen_daily", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97535": 31}, untimed=[], key="97535x2:GO,CO",
  facts=["COPD", "energy conservation", "pursed lip breathing|pursed lips", "oxygen 2 liters|2 liters|two liters",
         "SpO2 91%|91 percent|ninety-one percent", "meal prep|making a sandwich|kitchen", "rest breaks", "stool", "heart rate 104|a hundred and four|HR 104"],
  negated=["chest pain", "coughing up"],
  absent=[],
  text="""
T: Hi Mr. Russo, I'm Dana, I'm the OTA. Kim's plan today is the kitchen. You're on the oxygen, two liters?
P: Two liters. Since the COPD got worse in the spring.
T: Any chest pain today?
P: No. Chest pain, no.
T: Coughing up anything, any color?
P: Nothing like that. Just the usual cough, dry.
T: Okay. Oxygen sat at rest is ninety-four. So we're going to make a sandwich and heat up soup, using the energy conservation stuff, sitting on the stool, sliding things instead of carrying, pursed lip breathing when you reach up.
P: I never used to sit to cook.
T: It saves a ton of energy. Breathe in the nose, out through pursed lips, like blowing out a candle.
P: ... Like that?
T: Perfect. Now reach the soup, exhale as you reach. Check the sat... ninety-one percent, ninety-one. Take a rest break.
P: Okay. Whew.
T: Rest breaks are part of it, not cheating. Heart rate's a hundred and four, let's let it come down under a hundred before we go on. Breathe. ... Ninety-six. Okay. Okay, now slide the pot, don't carry it.
P: Slide. Right.
T: You're doing it. So the meal prep with the energy conservation, the whole thing, I started at 10:10 and, um, we're done at 10:41 — thirty-one minutes.
P: I made a sandwich in thirty-one minutes. My wife does it in two.
T: Ha. But you did it without stopping to gasp. After lunch Kim wants you to try the shower bench practice, if you're staying for the afternoon.
P: I'm not staying, my ride's at noon.
T: Then next time. Thanksgiving dinner's coming up, are you cooking?
P: My daughter is. I'm making the gravy, sitting down.
T: Sitting down. Perfect. Pursed lips while you stir.
P: Pursed lips. Got it.
T: And check the sat if you feel winded.
""")


S("d_ot12_mci_cog_daily", "test", "OT", "daily", "OT", "cms",
  timed={"97129": 15, "97130": 9, "97535": 8}, untimed=[], key="97129x1:GO 97130x1:GO", cog=24,
  facts=["mild cognitive impairment|MCI", "pill organizer|pillbox", "calendar", "recall 3 of 5|three out of five|3 of 5",
         "took the morning ones twice|took her morning pills twice|double dose", "grocery list", "medication management|medications|pills"],
  negated=["falls", "getting lost"],
  absent=[],
  text="""
C: Mom, tell her about the pills.
P: I — what about them?
C: She took the morning ones twice on Sunday. I found both compartments empty.
T: Okay, thanks for telling me, Ben. Mrs. Lindqvist, any falls since last time?
P: No, no falls.
C: No falls, that's true.
T: Getting lost, driving or walking?
P: Oh, I don't get lost, I — well, I don't drive anymore.
C: She hasn't gotten lost. Nothing like that.
T: Okay. So with the mild cognitive impairment, today's plan: memory strategies and the pills. First the memory work. I'm going to say five words, remember them... Okay, and what were they?
P: Apple... table... I don't know the rest. Penny?
T: Three out of five, that's recall 3 of 5, same as last week. Now we'll try the strategy, make a picture in your head.
P: An apple on a table with a penny.
T: Good. Then the calendar, writing the appointments, and the grocery list, organizing it by store aisle. The — the thinking part, the memory and the planning, that block was twenty-four minutes.
C: She's good at the lists.
P: I like the lists.
T: Then the pill organizer, the pillbox, the one with the morning and night rows, filling it from the bottles for the week. That was eight minutes.
C: Should I fill it or she?
T: She fills it, you check it, Sunday nights.
C: Okay. She told me her bank password yesterday, is that — should I be worried?
T: That's a good thing to talk to her doctor about. So home: the calendar on the fridge, check off each pill time.
P: The calendar. Okay.
T: And the picture trick for names.
P: Apple, table, penny.
T: You remembered!
C: Ha, she did.
""")


S("d_ot13_peds_fine_motor_daily", "dev", "OT", "daily", "OT", "per-code",
  timed={"97530": 25, "97535": 8}, untimed=[], key="97530x2:GO 97535x1:GO,59",
  facts=["developmental coordination disorder|DCD", "scissors|cutting", "tripod grasp|tripod",
         "buttons|buttoning", "coat", "theraputty|putty", "kindergarten", "teacher", "chewy necklace|chews"],
  negated=["tantrum"],
  absent=["birthday party"],
  text="""
T: Hi Leo! High five. Okay, Mom, how's the week been?
C: Good. He had a birthday party Saturday, he was wiped out Sunday. The teacher says the scissors are still hard at kindergarten.
T: Okay, we'll do scissors today. And his, um — the pencil grip you got, the squishy one, is he using it at school?
C: He uses it for, like, a day and then it's in his backpack. The teacher says he loses it. Or he chews it.
T: Chewing it, okay. That's, uh, that's sensory, some kids need the input. I'll send a chewy necklace home to try, so the grip stays a grip.
C: He'd love that. He chews his hoodie strings too.
T: Any meltdowns, trouble at drop-off?
C: No tantrum this week, actually, which is — that's a first.
T: Nice, Leo. So with the DCD, the developmental coordination disorder, we're working on the hands. Okay Leo, find the beads in the theraputty, pull them out with your pinchy fingers.
P: There's a green one!
T: Find them all. Good. Now the scissors, thumb on top, "thumbs up." Cut on the line, the zig-zag.
P: It's hard.
T: Turn the paper, not the scissors. Good job! Now the crayon, the little one, so you use the tripod grasp, three fingers.
C: He does the fist at home.
T: The tiny crayons force the tripod. Okay, that, um, the fine motor part, the putty, the cutting, the coloring in the maze, all that — twenty-five minutes, I'll say twenty-five.
C: He lasted twenty-five? Wow.
T: Then his coat. He worked on the buttons on his coat, the big ones, and the zipper starting — eight minutes before he was done.
P: I did a button!
T: You did two buttons. Mom, at home, let him do the coat buttons every morning, start with the bottom one.
C: We're always late.
T: Leave five minutes early.
C: Ha, okay.
T: And the little crayons, break the big ones in half.
C: He'll be thrilled. Breaking crayons.
P: I can break crayons?
T: Only for practice. See you next week, Leo. And Mom, the, um, the teacher's letter, if she can send me a sample of his cutting and his name writing from class, that helps me see what's happening there versus here, kids are different in a room with twenty others.
C: I'll ask her, she's great, she'll do it.
P: Bye!
""")


S("d_ot14_wc_skills_daily", "test", "OT", "daily", "OT", "cms",
  timed={"97542": 20, "97530": 9}, untimed=[], key="97542x1:GO 97530x1:GO",
  facts=["spina bifida|myelomeningocele", "manual wheelchair|wheelchair", "wheelie|wheelies", "curb",
         "pressure relief|weight shifts", "ramp", "transfers|transfer"],
  negated=["pressure sore", "redness"],
  absent=[],
  text="""
T: Okay Aaliyah, how's the new chair?
P: So much lighter. I love it.
T: Good. Any redness on your bottom, any pressure sore starting?
P: No redness, my mom checks. Zero.
C: Nothing like that, we look every night.
T: Good. So with the spina bifida and the new manual wheelchair, today is the chair skills. First the wheelie, I've got the strap on the back so you can't tip.
P: Okay, okay.
T: Pop the casters. Hold it. ... You held a wheelie for, like, three seconds.
P: That's a record!
T: Now the ramp, up, lean forward, short pushes. Down, lean back, hands loose on the rims.
P: The down part is scary.
T: That's why we practice. Now the curb, the four-inch one, wheelie up. ... Yes!
C: I can't watch.
T: Ha. Okay, the wheelchair skills, the wheelies, the ramp, the curb, the pressure relief reminders, the weight shifts — we were on that twenty minutes.
P: Twenty.
T: Then transfers. Chair to the mat, mat to the car seat we have set up, getting the chair into the car — about nine, nine minutes.
P: The car one is hard.
T: It's hard for everybody. Home: weight shifts every thirty minutes, set a phone alarm.
P: I'm going to a concert Friday, it's like three hours.
T: Then set the alarm for the concert, weight shifts even in the dark.
C: I'll text her.
T: Perfect. And no wheelies without someone behind you yet.
P: Okay.
T: Next week, the bigger curb. And, um, we'll look at the cushion, the pressure mapping, the vendor's coming Tuesday at two so if you can come at two instead of three that'd be ideal.
C: Two works. She's out of school early Tuesdays anyway.
P: Yes! Bigger curb.
""")


S("d_slp01_cva_swallow_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["dysphagia|swallowing", "stroke|CVA", "wet vocal quality|wet voice|gurgly", "cough after thin liquids|coughed on the thin|coughing on thin",
         "mildly thick|IDDSI level 2|level 2", "soft and bite-sized|IDDSI level 6|level 6", "chin tuck",
         "modified barium swallow|MBS", "upright 90 degrees|ninety degrees|90 degrees", "no bottom denture|bottom denture|lower denture"],
  negated=["pneumonia", "fever"],
  absent=["milkshake", "big vitamins"],
  text="""
T: Hi Mr. Castillo, I'm Rosa, the speech therapist, I'm here to look at your swallowing. And your wife's here, good. Since the stroke, how's eating going?
C: He coughs. With the coffee, the water, he coughs every time.
P: Not every time.
C: Most times.
T: Okay. Any pneumonia since the hospital? Any fever?
C: No pneumonia, thank God. No fever, I check him.
T: Good. Let's sit you up, upright, ninety degrees. Okay, open — tongue out, side to side. Tongue's weak on the right. Say "ah." Palate rises, okay. Cough for me. Good strong cough.
P: Okay.
T: And the dentures — are they the top and bottom?
C: Just the top. The bottom he lost in the hospital, they're making a new one.
T: Okay, so chewing's harder with no bottom denture, that matters for the solids. Now water, small sip from the cup. ... And say "ah" again.
P: Ahh.
T: That sounds wet, a wet vocal quality, gurgly, and he coughed after the thin liquids, so he coughed on the thin twice out of three sips.
C: See?
T: Now the nectar, the thicker, the mildly thick — IDDSI level 2. ... Clear voice, no cough, three out of three.
P: That's better. Tastes like, like a milkshake almost.
T: Ha. Then the solids. The cracker took a long time, some left in the right cheek. The soft and bite-sized, IDDSI level 6, the chopped chicken, that went well.
C: So what can he eat?
T: For now, soft and bite-sized, level 6, and mildly thick liquids, level 2. Chin tuck when he swallows, chin down. And I want a modified barium swallow, the MBS, the x-ray one, to see what's happening inside.
C: When?
T: I'll put in the order for this week. So, summary: oral and pharyngeal dysphagia after the stroke. Plan is twice a week for six weeks.
C: Twice a week, okay. And — sorry, this is about me — I've been having trouble swallowing pills myself lately, the big vitamins, is that —
T: That's worth mentioning to your own doctor, Mrs. Castillo, I can't evaluate you today, but it's common and there are things to try.
C: Okay, I'll ask. And the coffee, for him?
T: Thickened coffee, I'll show you the powder. Small sips, chin down.
P: Thickened coffee. Ugh.
T: I know. It's temporary, I hope.
C: We'll make it work.
""")


S("d_slp02_pd_voice_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["Parkinson's|Parkinson", "hypophonia|soft voice|quiet voice", "68 dB|68 decibels|sixty-eight decibels",
         "maximum phonation time 9 seconds|9 seconds|nine seconds", "VHI 52|Voice Handicap Index 52|fifty-two",
         "LSVT LOUD|LSVT", "4x/week x 4 weeks|four times a week for four weeks|4x/wk x 4 wks|four times a week for 4 weeks",
         "breathy", "trailing off|volume fades"],
  negated=["swallowing", "choking"],
  absent=[],
  text="""
T: Hi Mr. Gallagher, so your neurologist sent you for the voice, with the Parkinson's. What's your wife been saying?
C: That she can't hear him. In the car, at dinner, she says "what?" all day.
P: I think she's going deaf.
C: I'm not going deaf.
T: Ha, okay. Any trouble with swallowing, choking on food or drinks?
P: No, no trouble swallowing. Nothing like that.
C: He doesn't choke, no.
T: Any change in how clear his words are, Mrs. Gallagher, not the loudness, the, uh, the clarity?
C: It's — I wouldn't say it's not clear. It's clear when he's loud enough. When he mumbles at the end of the sentence, that's when I lose him.
T: The trailing off at the end, yes, that's very Parkinson's, the volume fades over the sentence.
P: I don't hear myself do it.
T: Most people don't. Okay good. So, take a big breath and say "ahh" as long as you can. ... Nine seconds, maximum phonation time nine seconds.
P: That's short?
T: We'd like fifteen, twenty. Now read this paragraph, the rainbow passage, and I'll hold the sound meter at thirty centimeters... average sixty-eight decibels. Sixty-eight dB for conversation is soft.
C: That's soft, yeah.
T: Your voice is breathy, a little hoarse, and quiet — the hypophonia we see with Parkinson's. Your Voice Handicap Index, the VHI, is fifty-two.
P: I used to sing in the church choir, forty years.
T: Well, let's get you loud again. The program I recommend is LSVT LOUD, it's intense, four times a week for four weeks, an hour each, plus homework every day.
C: Four times a week? Oh my.
T: It's a lot, but it works. The whole point is recalibrating, what feels too loud to him is actually normal.
P: It'll feel like I'm yelling.
T: You'll feel like you're yelling and you'll sound normal. I promise. The pitch range, you went from about one-oh-five to two-ten hertz, that's okay.
C: When do we start?
T: Monday, if you can. And for the note, the diagnosis is hypokinetic dysarthria with hypophonia.
P: Monday.
T: And drink water. Lots.
P: My wife says that too. Eight glasses, she's got a, a chart on the fridge, she checks them off like I'm a kid.
T: Honestly the chart's a great idea, keep it, hydrated vocal folds work better, and we'll add your daily LSVT homework to the same chart.
""")


S("d_slp03_aphasia_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["aphasia", "Broca's|expressive aphasia|non-fluent", "WAB|Western Aphasia Battery", "aphasia quotient 58|AQ 58|fifty-eight",
         "naming 40%|forty percent|40 percent", "apraxia of speech|apraxia", "yes/no questions|yes no questions|yes-no", "mechanic",
         "twice a week for 8 weeks|twice a week for eight weeks|2x/week x 8 weeks|2x/wk x 8 wks"],
  negated=["swallowing", "vision"],
  absent=[],
  text="""
T: Hi Mr. Okafor, I'm Jen, your speech therapist. Mrs. Okafor, thanks for coming. The stroke was five weeks ago?
C: Five weeks. He can understand everything, I think, but the words don't come.
P: Yes. Yes. The — the — ugh.
T: Take your time. Any problems with swallowing, eating?
C: No, he eats fine. Swallowing is fine.
T: And vision, any trouble seeing, one side?
C: His vision's okay, the eye doctor checked. Nothing like that.
T: Okay. Mr. Okafor, can you tell me what you did for work? Take your time.
P: I — the — the buses. Drive. No. Fix. Fix the, the — ugh. Bus.
C: He was a mechanic for the transit authority, thirty-one years, he fixed the buses. He says he fixed the buses.
P: Yes. Yes. Thirty... thirty-one.
T: Thirty-one years, wow. Okay. So I did the Western Aphasia Battery, the WAB. His aphasia quotient is fifty-eight. Naming was forty percent, he got, um, eight of twenty pictures.
C: Eight.
T: His comprehension is pretty good, yes/no questions he got all of them right. Following commands, two-step, mostly.
P: Yes. Good.
T: His speech is effortful, short phrases, the words come out in pieces — that's Broca's, non-fluent aphasia. And there's some groping, the mouth searching for the sound, that's apraxia of speech, on top of it.
C: The doctor said something about apraxia.
T: Yes, both. So — wait, let me get the repetition right, repetition was, um, sixty percent, six of ten phrases.
P: Fishing. Fishing.
C: He wants to go on his fishing trip in June, with his brother.
T: Then let's get some fishing words into his practice. The plan: twice a week for eight weeks, and I'll give you a naming book, with pictures from home, his boat, his brother.
C: Pictures from home. Okay, I'll print them.
P: Yes. Boat.
T: Boat! There you go.
C: He says boat all day.
T: It's a good word to have. And Mrs. Okafor, when he's stuck, give him time, ten seconds, before you jump in, and you can give him the first sound, like "b-", instead of the whole word.
C: Ten seconds. That's hard for me, I always finish his sentences, thirty years of marriage.
""")


S("d_slp04_stutter_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92521"], key="92521x1:GN",
  facts=["stuttering|fluency", "SSI-4|Stuttering Severity Instrument", "moderate", "12% syllables stuttered|twelve percent|12 percent",
         "blocks", "prolongations", "eye blinking|blinking", "OASES", "once a week for 12 weeks|1x/week x 12 weeks|1x/wk x 12 wks|once a week for twelve weeks", "word switching|avoidance"],
  negated=["teasing"],
  absent=["driver's license"],
  text="""
T: Hi Eli, I'm Sam. And Dad's here, great. So, Eli, tell me about — how old are you, sixteen?
P: S-s-sixteen. Yeah.
C: He just got his driver's license last week, he's very proud.
T: Congrats! So, the stuttering. When did you first notice it?
C: Around four. It went away, then came back in middle school.
T: Okay. Eli, anyone giving you a hard time at school, any teasing?
P: N- not really. Not — not since seventh grade. No teasing now.
T: Okay. So I recorded you reading and talking about your job at the pizza place. In conversation you had twelve percent syllables stuttered, and reading was seven percent.
C: Twelve percent.
T: The types were mostly blocks, where the sound gets stuck and nothing comes out, and prolongations, "sssssixteen." And I noticed some eye blinking during the blocks, that's a secondary behavior.
P: I — I blink. Yeah. I know.
T: That's really common. Can you tell me what happens at work, at the pizza place, when the phone rings?
P: I — I let it ring. Or I, I hand it to Tyler. Or I say "h-hello" and then I, um, I switch the word. Like if I can't say "pepperoni" I say "the red one."
T: Word switching, that's a kind of avoidance, really common, really clever actually, but it's tiring.
P: It's super tiring.
T: That's part of what we'll work on. The SSI-4, the Stuttering Severity Instrument, put you in the moderate range, a score of twenty-six. And the OASES, the questionnaire about how it affects you, was moderate too, mostly on the phone and ordering food.
P: The phone is the worst. At work.
T: So the plan is once a week for twelve weeks. We'll do easy onsets, light contacts, and some stuff about the — the feeling side, the avoiding.
C: Is it going to go away?
T: The goal is smoother speech and less worry, not zero stutters. A lot of people get really good control.
P: O- okay. I want to order pizza on the phone without texting.
T: That's a great goal. We'll practice that. Phone calls, starting with me.
C: Once a week, Thursday?
T: Thursdays at four.
P: Th-Thursday. Cool.
T: And Dad, let him finish, don't say the word for him.
C: I do that. I'll stop.
""")


S("d_slp05_tbi_cog_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 23}, untimed=[], key="97129x1:GN 97130x2:GN", cog=38,
  facts=["traumatic brain injury|TBI|concussion", "attention", "planner|day planner", "80% accuracy|eighty percent|80 percent",
         "minimal cues|min cues", "sustained attention|divided attention", "return to work|back to work"],
  negated=["headache", "light sensitivity"],
  absent=["fantasy football"],
  text="""
T: Hey Marco, so, um, before we start, headaches this week?
P: Not — not a headache, no. Nothing like the first month.
T: Light sensitivity, the screens?
P: Nope, that's, that's gone. I'm fine with the screens. I did my fantasy football draft for three hours Sunday.
T: Ha, okay. So, with the TBI, the traumatic brain injury from the bike crash, we're working on attention and planning for return to work, the goal is back to work at the bank in January.
P: January. Yeah.
T: So first the sustained attention, the, uh, listening task, tap when you hear the target word. Ready.
P: Okay.
T: ... Twenty out of twenty-five, eighty percent accuracy. Last week seventy.
P: Better.
T: Now the divided attention, sort the cards and listen for the numbers.
P: Ugh, this one.
T: ... That one was sixty percent. You needed minimal cues to get back on track, like two reminders.
P: I drift. Can I — wait, can I redo the, the last one? I knew the seven, I just didn't tap.
T: Let's not redo it, we count it as it was, but it's good you noticed, that's the self-monitoring we want.
P: Okay. Yeah.
T: You drift when there's two things. That's normal for now. Then the planner, the day planner, we mapped out your week, the appointments, when to take breaks.
P: I forgot to write in it like three days.
T: So we set the phone alarm, eight a.m., "open planner." That whole cognitive session, all of it, the attention and the planning, was thirty-eight minutes. We started at nine-oh-two.
P: Thirty-eight? Felt like two hours.
T: Your brain works hard. Home: the attention app fifteen minutes a day, and the planner every morning.
P: Fifteen minutes, okay.
T: And write down when you get a headache if you do, time and what you were doing.
P: Got it.
T: Good work today. Next week we add the, um, the email task, sorting a fake inbox while I interrupt you, because that's your actual job, right, the interruptions.
P: That's literally my whole job. People walking up while I'm on the phone.
T: Then that's what we practice.
""")


S("d_slp06_fees_dysphagia_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["FEES", "penetration|penetrated", "vallecular residue|residue in the valleculae", "effortful swallow",
         "Mendelsohn", "IDDSI level 1|slightly thick|level 1", "minced and moist|IDDSI level 5|level 5", "ALS|amyotrophic lateral sclerosis"],
  negated=["aspiration"],
  absent=[],
  text="""
T: Hi Mrs. Duarte, okay, so I got the FEES report back from last Thursday, let me read it to you both. "Flexible endoscopic evaluation of swallowing. Penetration to the level of the vocal folds with thin liquids, cleared with a cough. No aspiration observed with slightly thick. Moderate vallecular residue with solids, cleared with two swallows."
C: So what does that mean in English?
T: It means the thin stuff goes a little bit into the airway entrance, penetrated, but she coughs it out. No aspiration with the slightly thick, IDDSI level 1. And food sits in the valleculae, the little pockets, so two swallows per bite.
P: Two swallows. Okay.
T: So with the ALS, the amyotrophic lateral sclerosis, the goal is keeping her eating safely as long as possible. Today we did the effortful swallow, squeeze hard like swallowing a grape whole, ten reps.
P: ... Like that?
T: Good squeeze. Now the Mendelsohn, hold the swallow at the top, hold, hold. Count of three.
P: That's hard.
T: It's the hardest one. You got six out of ten with a good hold. Then I had her eat the applesauce and the minced and moist, IDDSI level 5, with the double swallow. She did the double swallow every time with one cue.
C: Can we, should we be thinking about a feeding tube? The neurologist brought it up.
T: That's an important talk for you, her, and the neurologist. I'm not making that call today, I'll send my notes.
C: Okay.
T: For now: slightly thick liquids, level 1, minced and moist, level 5, double swallow, sit up thirty minutes after meals.
P: Thirty minutes. Okay.
T: And the effortful swallow, ten, three times a day.
C: I'll do it with her at meals.
T: Perfect. And weigh her weekly, tell me if she's dropping.
C: Weekly, okay. She was one-twenty-two at the doctor on Monday.
T: Good, one-twenty-two, I'll write that as the starting point. Any questions, Mrs. Duarte?
P: Can I still have my coffee?
T: Thickened, level 1, yes. I'll show your daughter the powder again before you go.
P: Good. Coffee is non-negotiable.
""")


S("d_slp07_aphasia_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["aphasia", "semantic feature analysis|SFA", "naming", "7 out of 10|seven out of ten|70%",
         "phonemic cues|phonemic cue", "script", "daughter", "coffee shop|ordering coffee"],
  negated=["seizure"],
  absent=[],
  text="""
T: Hi Mrs. Whitfield. And your daughter Kara's here today, hi. How was the week?
C: Good. She ordered at the coffee shop by herself! The script worked.
P: Yes! Latte. Large. Oat.
T: That's amazing! Any seizure, any spells this week?
C: No seizure. Nothing since July.
T: Good. So today, for the aphasia, we're doing naming with semantic feature analysis, the SFA, where we talk about what group it's in, what you do with it, where you find it, and that, um, that helps pull the word up. Picture — what is it?
P: It's, it's a... you put on... on the... hand. No. Foot.
T: What group is it in?
P: Clothes. Put on foot. Warm.
T: First sound "s—"
P: Sock! Sock.
T: Good, that was with a phonemic cue. Next... So the first set of ten pictures, she got four with no cue, three more with a phonemic cue, so seven out of ten with cues, seventy percent. Last week she was five.
C: Seven.
T: Then the script work. We practiced the pharmacy script, "I'm picking up for Joan Whitfield, W-H-I-T—"
P: W... H... I... T... field.
T: Beautiful. She got through the whole pharmacy script three times, the last time with no help.
T: And, uh, Kara, the naming homework — how many days did she do it this week?
C: Five. No — four. Four, Saturday we were at my brother's. Four days.
T: Four days is great. Any days she got frustrated, threw the cards?
C: Not this week. Nothing like last month.
C: She has a hair appointment Friday, can we do a script for that?
T: Great idea. "A trim, an inch, no bangs."
P: No bangs. No.
T: Ha, clearly very important. So home: the naming cards, ten minutes twice a day, and practice the pharmacy script in the car.
C: In the car, she'll like that.
T: And let her order for herself everywhere.
C: Even the pizza?
T: Even the pizza.
P: Pizza. Pepperoni.
T: See? And Kara, next week, if you can, bring a list of the ten places she goes most, the bank, church, the pharmacy, the coffee shop, and I'll make scripts for each one, we'll do two a week.
C: Ten places, okay. I'll write it tonight before I forget.
""")


S("d_slp08_lsvt_voice_daily", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Parkinson's|Parkinson", "LSVT LOUD|LSVT", "sustained ah|sustained 'ah'|long ahh", "92 dB|ninety-two decibels|92 decibels",
         "74 dB|seventy-four decibels|74 decibels", "functional phrases", "high and low pitch|pitch glides", "think loud"],
  negated=["hoarse", "throat pain"],
  absent=[],
  text="""
T: Okay, Mr. Petrakis, session six of LSVT, for the Parkinson's voice, week two of four. Any hoarseness, throat pain?
P: No, no hoarse. Not hoarse. My throat's fine.
T: Good. Drinking water?
P: Six glasses. My wife counts.
T: Okay. Let's start with the long ahh, sustained ah, think loud. Big breath... go.
P: AHHHHHH.
T: Twelve seconds, ninety-two decibels. That's your best yet, ninety-two.
P: Really?
T: Really. Again. ... Ninety-one, fourteen seconds. Okay, now high and low pitch, the pitch glides, go up — up — up, and hold.
P: Ooooooo.
T: Good. Down now, low, like a foghorn.
P: Ohhhhhh.
T: Perfect. Now your functional phrases, your ten. Read them loud.
P: "Good morning!" "What's for dinner?" "Strike!" — that's the bowling league one.
T: Right, the bowling league. Louder on "strike."
P: STRIKE!
T: There we go. Then the reading, the paragraph about the lighthouse. In conversation now he's averaging seventy-four decibels, seventy-four dB, up from sixty-six on day one.
P: My wife says I'm too loud now.
T: That's how we know it's working. Does she really think so, or is she kidding?
P: Kidding. She says she can hear me from the kitchen. And my — the guys at bowling, they said, uh, "Nick, you sound like you did ten years ago."
T: That's the best review there is.
P: Except Gus. Gus says I'm yelling. But Gus is, Gus has the hearing aids, he says everyone's yelling.
T: Ha. Okay, Gus doesn't count.
T: That's the goal. Homework today: the ahh fifteen times, the glides fifteen each, the ten phrases five times, all loud.
P: Loud.
T: Think loud.
P: Think loud! Okay.
T: And then a conversation at dinner, loud, with your wife, five minutes.
P: She'll love that.
T: And if your voice gets tired, or scratchy, or it hurts, back off the volume a little and tell me Thursday, loud should never mean strain, we want loud from the breath, not the throat.
P: From the breath, not the throat. Okay. Thursday, same time.
""")


S("d_slp09_peds_r_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["/r/|r sound|the r sound", "word level|words", "sentence level|sentences",
         "85%|eighty-five percent|85 percent|17 out of 20|seventeen out of twenty",
         "60%|sixty percent|60 percent", "tactile cue|tactile cues", "minimal cues|min cues", "mirror"],
  negated=["ear infection"],
  absent=["soccer game"],
  text="""
T: Hi Ruby! Ready to do some R's?
P: Rrrrready.
T: Ha, nice. Mom, anything new — ear infection cleared?
C: All cleared, no ear infection now, the doctor checked Monday. She has a soccer game after this so she's a little hyper.
T: Okay, we'll work with hyper. Ruby, the R sound, tongue back, tip up, no touching. Look in the mirror. "Red."
P: Wed. No — red. Rrred.
T: Better! The second one. The sound by itself, in isolation, she's at ninety-five percent, so we're past that. So we're at word level first, twenty words, initial R. Ready.
P: Rabbit, rain, rocket, ruler...
T: ... Seventeen out of twenty, eighty-five percent at word level, with minimal cues, like me pointing at the mirror twice.
C: Eighty-five, that's up.
T: It was seventy last week. Now sentences. "The red rabbit ran to the river."
P: The wed — the red rabbit ran to the wiver. River!
T: You caught it! At sentence level she got twelve out of twenty, sixty percent, and she needed a tactile cue, me touching under her chin, for a few.
T: And, Ruby — say "car."
P: Caw. Car. Carrr.
T: The end-of-word R is harder, that's the vocalic R, we're not there yet, so don't worry about "car" at home, Mom.
C: Oh, okay, I've been drilling "car" and "star" every night.
T: Let's hold off, it's frustrating her because she's not ready. Start R, initial R, only.
C: What does she need at home?
T: The word list, the R words, every night, five minutes, with the mirror. And when she says it wrong in conversation, don't correct every time, just once a day for fun.
C: Once a day. Okay, I over-correct.
T: Everyone does. Ruby, do you want a sticker?
P: Rrrrainbow sticker.
T: Rainbow with a perfect R! Okay, one more set of sentences.
P: Okay. The rrred rocket...
T: Yes! Go get 'em at soccer. Mom, next week we'll start the R in the middle of words, "carrot," "parrot," so if she's got any favorite words with R in the middle, write them down, it helps when the words mean something to her.
C: Her cat is named Cherry. She'll want that one.
P: Cherry! Cherrrry.
""")


S("d_slp10_dementia_cog_daily", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 5}, untimed=[], key="97129x1:GN", cog=20,
  facts=["Alzheimer's|dementia", "memory book", "spaced retrieval", "orientation",
         "4 of 5|four of five|4 out of 5|four out of five", "husband", "room number|apartment number",
         "agitation in the afternoons|afternoon agitation|less agitation"],
  negated=["wandering"],
  absent=[],
  text="""
C: Hi, I'm her husband, Hal. She's had a good morning.
T: Good. Mrs. Baptiste, hi, I'm Tom, we've met before.
P: Have we? Oh, yes, you have the blue sweater.
T: Ha, I do. Hal, any wandering at night, trying to go out?
C: No wandering. Not since we put the chime on the door.
T: Agitation in the afternoons?
C: Less. Not nothing, but less. I wouldn't say there isn't any.
T: Okay, some then, in the afternoons. So with the Alzheimer's, today is the memory book and the spaced retrieval for her apartment number. Ready, Mrs. Baptiste? What's your apartment number?
P: It's... two... fourteen?
T: Two-fourteen, yes! Now I'll ask again in one minute. Let's look at the memory book. Who's this?
P: That's my grandson. He's getting married.
C: The grandson's wedding is in April, she's excited.
T: Okay, and what's your room number?
P: Two-fourteen.
T: Good. Two minutes now. Orientation — what month is it?
P: It's... cold. December?
T: December, yes. So on spaced retrieval she got four of five intervals correct, she missed the four-minute one. The whole memory session, the book, the orientation, the spaced retrieval, was twenty minutes.
C: She got four out of five? At home she doesn't remember.
T: That's why we do it in intervals, over and over. Practice at home with the timer, same question, longer gaps.
C: One minute, two minutes, four. And then eight?
T: Then eight, then sixteen, but only if she gets the four. If she misses, go back to the last one she got.
C: Go back. Okay. I'll write that.
T: Exactly. And use the memory book every morning with her coffee.
C: She likes the book.
P: I like the pictures.
T: Okay, last time — what's your apartment number?
P: Two... fourteen. Two-fourteen.
T: Perfect. Hal, I'll send the one-two-four schedule home on a sheet, and next time bring the new pictures of the grandson and his fiancée, we'll add a page for the wedding so she can, um, she can talk about it with people.
C: She'd love that, she keeps asking who the girl is.
""")


S("d_slp11_hnc_swallow_discharge", "dev", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["head and neck cancer|throat cancer|tonsil cancer", "radiation", "MBS|modified barium swallow",
         "PAS 2|Penetration-Aspiration Scale 2|score of 2", "regular diet|IDDSI level 7|level 7", "thin liquids|IDDSI level 0|level 0",
         "FOIS 7|FOIS of 7|Functional Oral Intake Scale, is a 7|Functional Oral Intake Scale 7", "gained four pounds|gained 4 pounds|4 lb weight gain", "jaw stretches|trismus", "goals met|met all|met his goals", "dry mouth|xerostomia"],
  negated=["weight loss", "pneumonia"],
  absent=[],
  text="""
T: Okay Mr. Lindgren, last visit. I've got your repeat MBS, the modified barium swallow, from Tuesday, let me read the summary. "Penetration-Aspiration Scale score of 2 on thin liquids, transient penetration, cleared. No aspiration across all consistencies. Mild residue, cleared with a second swallow."
P: So that's good?
T: That's very good. PAS 2, you started at a 7 in the spring, after the radiation.
C: I remember that day, he was coughing on everything.
T: Any weight loss since last time?
P: Weight loss? No, I'm up. I gained four pounds.
C: He's eating everything.
T: Any pneumonia, chest stuff, fever?
P: Nope, nothing like that, none of it.
T: Great. So your diet, you can go to a regular diet, IDDSI level 7, and thin liquids, level 0, and still do the double swallow with the dry stuff, the bread, the meat.
P: Double swallow on bread. Got it.
T: Your FOIS, the Functional Oral Intake Scale, is a 7 now, total oral diet, no restrictions. You met all your goals.
C: So he can go to the steakhouse for our anniversary?
T: Cut it small, sip of water between bites. Yes.
P: Finally.
T: Mm-hm. And the dry mouth, from the radiation, how's that?
P: Still there. Not as bad. I carry the water bottle everywhere, I go through, what, three of these a day?
C: Three or four. And the saliva spray at night.
T: Good, keep that, the dry mouth makes the dry foods harder, that's why the water between bites matters.
P: Water between bites.
T: Then today we did the last review, the jaw stretches for the trismus, the Therabite, and the tongue base exercises, the Masako and the effortful swallow. You did every one right, no cues.
P: I've done them a thousand times.
T: Keep doing the jaw stretches for life, because radiation scarring can tighten up years later.
P: For life. Okay.
T: And if you start coughing with eating again, or losing weight, call, you'd come back, no problem.
C: Thank you. Really.
T: It was a pleasure. You worked so hard.
P: The head and neck cancer people said you'd be tough. You were.
T: Ha. Go enjoy the steak.
""")


S("d_slp12_dysarthria_progress", "test", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["dysarthria", "multiple sclerosis|MS", "intelligibility 78%|78 percent|seventy-eight percent",
         "sentence level|sentences", "rate control|pacing board|pacing", "over-articulate|overarticulation",
         "twice a week for 6 weeks|twice a week for six more weeks|2x/week x 6 weeks|2x/wk x 6 wks",
         "blurry vision|blurred vision"],
  negated=["swallowing"],
  absent=[],
  text="""
T: Hi Naomi, today's your progress report, so a lot of re-testing. How's your speech been this month?
P: Better. People — people ask me to repeat less. My boss said so.
T: That's big. Any trouble with swallowing, coughing at meals?
P: No. No trouble swallowing.
T: Any vision changes, the MS flaring?
P: Not since Tuesday — I mean, I had blurry vision last Tuesday for an hour but it's gone, my neurologist said it wasn't a flare.
T: Okay, I'll note that, one episode, resolved. So the dysarthria with the multiple sclerosis, we're re-testing intelligibility. Read these sentences and I'll transcribe.
P: "The boy went to the store to buy some bread..."
T: ... Okay, sentence level intelligibility seventy-eight percent, started at fifty-five.
P: Seventy-eight! Whoa. Is that — wait, seventy-eight what, percent of words?
T: Percent of words I understood without the context, yes. Seventy-eight out of a hundred, roughly.
P: Okay. That's — that's good, right?
T: That's very good.
T: And in conversation I'd say about eighty, when you use the pacing. Now let's do the pacing board, tap each word.
P: I — will — be — late — for — work.
T: Good. And over-articulate, big mouth, like I'm lip-reading.
P: I WILL be LATE.
T: Even better. The rate control is the biggest thing for you, when you slow down, you're clear.
P: I started a podcast, by the way. About gardening.
T: That's great practice, honestly. So plan: twice a week for six more weeks, goal is ninety percent in conversation.
P: Ninety.
T: Ninety, and using the pacing on your own without the board.
P: Without the board.
T: Tap your finger on your leg instead. Nobody notices.
P: Sneaky. I like it.
T: Homework: read one paragraph aloud a day, record it, listen back.
P: Record it. Okay. On my phone?
T: On your phone, yes, and then play it back and rate yourself, one to five, how clear was it, and bring the ratings Thursday so we can compare your numbers with mine.
""")


# @@SESSIONS_END@@

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
    if not re.fullmatch(r"d_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("d_" + s["discipline"].lower()):
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
            if f.startswith("d_") and f.endswith(".json"):
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
