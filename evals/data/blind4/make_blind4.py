#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), fourth set (ids e_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind3's README.  The
self-check machinery is copied from evals/data/blind3/make_blind3.py; the sessions are new.
Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes with an
     independent implementation of the rules and compared with the hand-written key; timestamps,
     turn counts (20-34), durations (150-360 s), facts / negated / absent strings against the
     transcript, split balance ...) and exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist, assistant or aide), "P: ..." (patient), "C: ..."
(caregiver or interpreter).  Timestamps: about 2.1 words per second, 0.5-1.4 s gaps, seeded by the
session id.  Hand key format: "97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.
`said_exempt` lists timed codes whose minutes are given only as clock times or as a sum of split
blocks the digit/word check cannot see (the minutes are still derivable from what is said).
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
# PT dev (9)
# ---------------------------------------------------------------------------------------------

S("e_pt01_rcr_eval_mod", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 12}, untimed=["97162"], key="97162x1:GP 97110x1:GP",
  facts=["rotator cuff repair|supraspinatus repair|RCR", "right shoulder", "six weeks|6 weeks",
         "3/10|three outta ten|3 out of 10|three out of ten",
         "PROM flexion 110|flexion one-ten|110 degrees|one-ten",
         "external rotation 35|ER thirty-five|35 degrees|thirty-five",
         "QuickDASH 61|61 on the QuickDASH|sixty-one", "pendulums", "sling",
         freq(2, 8, "two times a week for eight weeks")],
  negated=["numbness", "fevers"], absent=["Steelers"],
  text="""
T: Alright Mr. Okafor, so you're, what, six weeks out from the rotator cuff repair? Right shoulder?
P: Six weeks Thursday. Dr. Lindqvist did it. Supraspinatus, he said, the whole thing was off the bone.
T: Yeah, I've got the op note here. And you've been in the sling this whole time?
P: Sling, yeah, I sleep in it too. My wife makes me.
T: Good, she's right. Pain right now, zero to ten?
P: Sitting here, three outta ten. At night it's, uh, it was a six but now more like a four.
T: Okay. Any numbness or tingling down the arm? Fevers, redness at the incisions?
P: No numbness. No fevers. Incisions look fine, she checks 'em.
T: Great. Did you catch the Steelers game, by the way?
P: Don't get me started.
T: Ha, okay. So let me take the arm. I'm just gonna move it, you stay totally relaxed. PROM flexion... one-ten, stopping there, that's where he wants us this week anyway. Abduction about ninety. External rotation at the side, thirty-five degrees. I'm not going past forty per protocol.
P: That's about where it pulls.
T: Yep. I'm not doing any strength testing, we don't test the repaired side until twelve weeks. Left side is five out of five throughout.
P: Okay.
T: Your QuickDASH came out sixty-one, which is a lot of disability, which is expected right now. Can't do your hair, can't reach the cabinet, that kind of thing.
P: I can't even put a belt on right.
T: Yeah. So then we did ther ex, pendulums, table slides, the pulley is next week not today, and some scap squeezes. That was twelve minutes of the TE.
P: The pendulums I've been doing at home already.
T: Perfect, keep doing them, three times a day. So, your complexity: this is a moderate complexity eval. You've got the diabetes and the other shoulder with some arthritis, and your job as an electrician, that changes how we plan, but your presentation is stable and following protocol.
P: Does that mean more visits?
T: It means I'm thinking two times a week for eight weeks, then we re-look. Goals are reaching to shoulder height without pain and getting back to work light duty.
P: Can I drive yet?
T: That's a surgeon question; I'd ask him at the next check, and I'll put it in the note.
P: Fair enough.
""")

S("e_pt02_achilles_eval_high", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 9, "97116": 6}, untimed=["97163"], key="97163x1:GP 97110x1:GP",
  facts=["Achilles rupture|Achilles repair|ruptured Achilles", "left", "walking boot|boot",
         "4/10|four out of ten|a four", "plantarflexion 10|plantarflexion, ten degrees|plantarflexion ten",
         "dorsiflexion to neutral|neutral", "LEFS 22|22 on the LEFS|twenty-two out of eighty",
         "knee scooter", "DVT|blood clot|clot in the calf", freq(3, 6, "three a week for six weeks")],
  negated=["calf pain", "shortness of breath"], absent=["the whole half hour"],
  text="""
T: So Dana, tell me how it happened, you were playing pickleball?
P: Pickleball tournament, yeah, I went for a drop shot and it was like somebody kicked me in the back of the leg. Left side.
T: Classic Achilles rupture. And they repaired it when?
P: Four weeks ago tomorrow. I'm in the walking boot with, uh, two wedges now.
T: Okay. And you had the DVT after surgery, that's the clot in the calf, right?
P: Yeah, they found it at the two week visit. I'm on the blood thinner.
T: Any calf pain now, any shortness of breath, chest stuff?
P: No calf pain. No shortness of breath. Nothing like that.
T: Good. Pain today?
P: Today it's, like, four out of ten, mostly at the end of the day when it swells.
T: And at home you're on the knee scooter?
P: Knee scooter in the house and the crutches outside. Three steps into the house, no rail.
T: Okay, let me look. Active plantarflexion, ten degrees, dorsiflexion to neutral, and I'm not pushing past neutral. Calf girth is up about two centimeters on the left. LEFS you scored twenty-two out of eighty.
P: Is that bad?
T: It's low, but it's four weeks. So complexity-wise I'm calling this a high complexity evaluation: new clot on anticoagulation, the diabetes, the stairs with no rail, you live alone, and it's a changing picture with the swelling.
P: Okay.
T: We did some ther ex, isometrics, toe curls, hip and knee stuff in the boot, about nine minutes of that. Then I had you walk in the boot with the crutches, gait trng, but we stopped after, what, six minutes, because your heel got sore.
P: Yeah it got sore.
T: That's fine, we'll build it. Plan is three a week for six weeks. Goals: walking in the boot without crutches, stairs reciprocal, back to desk work full days.
P: Could you, um, can you bill the walking as the whole half hour? My insurance is weird.
T: I bill what we did, not more. I'll check your benefits with the front desk though.
P: Fair.
""")

S("e_pt03_vestib_neuritis_reeval", "dev", "PT", "re-evaluation", "PT", "cms",
  timed={"97112": 18, "97110": 10}, untimed=["97164"], key="97164x1:GP 97112x1:GP 97110x1:GP",
  facts=["vestibular neuritis", "DHI 34|34 on the DHI|thirty-four",
         "DHI 62|sixty-two|62",
         "gaze stabilization|VOR x1|x1 viewing",
         "2/10|two out of ten|a two", "FGA 24|24 out of 30|twenty-four out of thirty",
         "tandem stance", "goal met|met", freq(1, 4, "once a week for four weeks")],
  negated=["hearing loss", "ringing", "falls"], absent=["my sister's wedding"],
  text="""
T: So, re-eval day, Mr. Brandt. Vestibular neuritis, we're about six weeks in. How's the world spinning?
P: A lot less. I still get the swimmy thing when I turn my head fast in the grocery store.
T: The aisles, yeah, that's super common. Any hearing loss come on, ringing in the ear?
P: Nope, none of that.
T: Falls?
P: No falls since last time. I almost went over in the shower once but caught the bar.
T: Okay, good that the bar's in. Your DHI today is thirty-four. At the eval it was sixty-two.
P: So that's better?
T: That's a lot better. Dizziness with head turns right now, zero to ten?
P: A two. Maybe between a two and a three if I go fast.
T: I'll put two. The FGA came out twenty-four out of thirty, we were at sixteen. So the goal for the FGA, twenty-two, that's goal met. The goal to walk the grocery store without a cart, not met yet.
P: I still use the cart like a walker, honestly.
T: That's okay. So we did NMR, the gaze stabilization, VOR x1 on the busy background, tandem stance on foam with head turns, neuro re-ed eighteen minutes total. Then TE, ten, the UBE and the calf raises.
P: The foam is the worst.
T: That's why we do it. My sister's wedding is in two weeks, she's dancing, I'm terrified for her.
P: Ha, tell her to keep her eyes on a point.
T: Good advice, you've learned something. So plan: drop to once a week for four weeks, keep the HEP twice a day, and then likely discharge.
P: Can I drive on the highway?
T: You're driving locally fine. Highway, try it with someone in the car first, short trips.
P: Okay.
""")

S("e_pt04_cerv_radic_progress", "dev", "PT", "progress", "PT", "per-code",
  timed={"97140": 12, "97110": 18}, untimed=[], key="97140x1:GP 97110x1:GP",
  said_exempt=("97110",),
  facts=["cervical radiculopathy|C6", "NDI 28|28 percent|twenty-eight percent",
         "4/10|four now|a four now", "deep neck flexor|DNF", "chin tucks",
         "rotation 60|sixty degrees|60 degrees", "grip 55|fifty-five pounds|55 pounds",
         "goal not met|not met", freq(2, 4, "twice a week, four more weeks")],
  negated=["weakness dropping", "bowel or bladder"], absent=["Dr. Feld's office"],
  text="""
T: Okay Marisol, progress note today. Cervical radiculopathy, C6 on the right, visit ten.
P: Ten already?
T: Ten. So the arm symptoms, where are they going now?
P: It used to go all the way to my thumb. Now it kinda stops at the elbow. Like, most days.
T: That's centralizing, that's what we want. Pain today?
P: Five outta ten. Wait, no, it was five this morning, it's a four now. After the drive.
T: Okay, four now, five this morning, I'll put both. Any weakness dropping things, any bowel or bladder changes?
P: No, no weakness dropping, I'm not dropping anything. Bowel or bladder, no.
T: Good. NDI's twenty-eight percent today, down from forty-six. Rotation to the right is sixty degrees, it was forty. Grip on the right, fifty-five pounds.
P: Is that normal?
T: Left's sixty-two, so it's closing in. Sorry, hang on, that's my phone... Yeah, no, tell Dr. Feld's office I'll call back at noon. Sorry.
P: No worries.
T: So manual, I'd say twelve, the STM and the mobs to the upper thoracic. And for the ther ex, we did ten this morning before the manual and another eight after the break, the deep neck flexor work, chin tucks, the rows with the green theraband.
P: The chin tucks still feel dumb. My son says I look like a turtle doing them at the kitchen table.
T: Turtles have great deep neck flexors. How often are you doing the home program, honestly?
P: Honestly, like five days out of seven. The weekends I forget.
T: Five of seven is pretty good, I'll take it. Try to tie it to something you already do, like coffee.
T: They look dumb too, and they work. Goals: the NDI goal under twenty percent, not met, we're at twenty-eight. Sleeping through the night, met. Desk work a full shift, partly met.
P: I did four hours yesterday.
T: So plan: twice a week, four more weeks. And if the arm gets worse we could try traction, but we're not doing it today, you're improving without it.
P: Okay, no traction. Got it.
""")

S("e_pt05_plantar_fasc_discharge", "dev", "PT", "discharge", "PT", "cms",
  timed={"97110": 18, "97140": 7}, untimed=[], key="97110x1:GP 97140x1:GP",
  facts=["plantar fasciitis", "first steps|first step", "1/10|one out of ten|a one",
         "FAAM 88|88 percent|eighty-eight", "night splint", "calf stretching|calf stretch",
         "single leg heel raises|heel raises", "all goals met|goals met", "discharging|discharge"],
  negated=["heel pain at night", "swelling"], absent=["graduation"],
  text="""
T: Last visit, Gloria! How're those first steps in the morning?
P: Honestly? I forget about it most days. Maybe a one out of ten the first step, then nothing.
T: A one. When we started, plantar fasciitis on the right, you were at an eight on those first steps.
P: I was hobbling like an old lady. I am an old lady, but.
T: Ha. Any heel pain at night, any swelling?
P: No heel pain at night anymore. Swelling, nope.
T: And the night splint, still wearing it?
P: I stopped it, um, two weeks ago, like you said, just on bad days.
T: Perfect. FAAM came out eighty-eight percent, from fifty-one. You're doing twenty single leg heel raises on the right now, that was zero.
P: I can do them on the step at home.
T: So today we did about eighteen on the bike and ther ex, the heel raises, the calf stretching, the towel scrunches. Then the STM to the arch and calf, that was seven.
P: You want to do the ultrasound thing again?
T: I was going to offer it.
P: Honestly I don't think it did anything, I'd rather skip it.
T: Totally fine, we skip the ultrasound. You're allowed to say no.
P: Good.
T: So goals: walking the dog thirty minutes with no pain, met. Standing a full shift at the salon, met. First step pain under two, met. All goals met, so we're discharging you to the home program.
P: What if it comes back?
T: Calf stretching every day, keep good shoes, and if it flares you call us, you don't need a new referral for thirty days.
P: I'll miss you guys.
T: We'll miss you too. Tell your daughter congrats on the graduation.
P: I will!
""")

S("e_pt06_concussion_daily", "dev", "PT", "daily", "PT", "per-code",
  timed={"97112": 15, "97110": 8}, untimed=[], key="97112x1:GP 97110x1:GP",
  facts=["concussion", "headache 3/10|three out of ten|a three", "VOMS", "saccades",
         "treadmill|Buffalo", "heart rate 150|150|one-fifty",
         "symptom increase 2|two points|2 points", "return to play|soccer"],
  negated=["light sensitivity", "nausea", "vomiting"], absent=["math test"],
  text="""
T: Hey Jaden. How's the head today? Concussion number, headache?
P: Like a three out of ten. It was worse after school.
C: He had a math test, he was up late studying, I'm telling you that's why.
T: Okay, that tracks. Light sensitivity? Nausea, any vomiting?
P: No light sensitivity. Nausea, no. No vomiting.
T: Good. So we're gonna start with neuro re-ed. We'll do the VOMS stuff again, the saccades, the convergence, then the head turns while you walk.
P: The saccades make my eyes feel weird.
T: Weird is fine, we stop if the headache goes up more than two points. Ready?
P: Yeah.
T: Okay, so that was good. Symptom increase two points, back to baseline in about a minute. Neuro re-ed fifteen. Now the treadmill, the Buffalo protocol, we'll walk it up till your symptoms go up.
P: How long is that?
C: He says it was like half an hour last time, the treadmill.
T: It felt long, but it was eight last time, and it's eight today on the TE, I have the timer right here. Heart rate topped at one-fifty before the headache bumped up.
P: One-fifty, is that good?
T: That's better than one-thirty-eight last time. So we're progressing. Next visit we'll add some sport-specific stuff, cutting drills, if you're still under threshold.
P: When can I play?
T: Return to play is a stepwise thing. You can't go back to soccer games until you finish the steps and the doctor clears you.
C: And can he do gym class?
T: Light gym, walking, no contact. I'll write it up for the school.
C: Thanks. Could you also, uh, bill that for the school note? Like a separate thing?
T: The school letter isn't a billable service, it's just part of what we do. No charge.
C: Oh, okay, great.
P: Can I go now?
T: Go. Hydrate.
""")

S("e_pt07_tfa_prosthetic_gait", "dev", "PT", "daily", "PT", "cms",
  timed={"97116": 22, "97110": 9}, untimed=[], key="97116x1:GP 97110x1:GP",
  facts=["transfemoral|above-knee|AKA", "prosthesis|prosthetic", "parallel bars",
         "CGA|contact guard|I'm CGA", "SBA|standby", "150 feet|one-fifty feet|a hundred fifty feet",
         "vaulting", "residual limb", "hip abduction|abductors", "two-ply sock|two ply|2-ply"],
  negated=["skin breakdown", "phantom pain"], absent=["the Packers"],
  text="""
T: Okay, Mr. Ruiz, leg on. Let me check the residual limb first. Any redness, skin breakdown?
P: No skin breakdown. A little red at the top, by the groin, after I wear it all day.
T: Yeah I see it, it blanches, that's fine. You're in a two-ply sock today?
P: Two ply. I went up from the one ply this week, it felt loose.
T: Good call, that's exactly right. Phantom pain at all this week?
P: Phantom pain, no, it's the phantom itch that drives me crazy.
T: Ha, I hear that a lot. Okay, into the parallel bars. Weight shift first, to the prosthetic side.
P: Like this?
T: More, trust the knee. Good. Now walk, the transfemoral gait is all about that hip. You're vaulting on the left again, you're going up on your toes.
P: I don't feel it.
T: That's why I'm telling you. Shorter step with the prosthesis. Better. Okay, out of the bars with the walker, I'm CGA.
P: Did you see the Packers Sunday?
T: Focus. Then you can talk about the Packers. Okay, last lap was SBA, standby, one-fifty feet with the walker, no loss of balance.
P: That's the most I've done.
T: It is. We're at the twenty-two minute mark on gait, let's sit. Then ther ex on the mat, the hip abduction side-lying, bridges, hip extension, that was nine minutes.
P: My butt's burning. Is it supposed to burn like that on the side, or did I do it wrong?
T: You did it right, you kept your hips stacked this time, that's why you feel it there and not in your back.
T: Those are the abductors that keep you from limping. Next time we'll try a curb, if your limb looks okay.
P: Curb, okay. My wife wants to know if I can drive yet.
T: With the left leg gone and an automatic, possibly, but that's a driving eval, I'll give her the name.
P: She'll be happy.
""")

S("e_pt08_pelvic_floor_pta", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97110": 24, "97112": 10}, untimed=[], key="97110x2:GP,CQ 97112x1:GP,CQ",
  facts=["stress incontinence|stress urinary incontinence|leaking", "pads 2|two pads|2 pads",
         "bladder diary", "biofeedback", "quick flicks", "10 second holds|ten second holds|10-second",
         "transverse abdominis|TA", "knack", "sneezing|sneeze"],
  negated=["pain with the exercises", "urgency"], absent=["bill it as the full hour"],
  text="""
T: Hi Renee, I'm Tom, I'm the PTA working with you today, Dr. Amin wrote the plan. How's the leaking been?
P: Better, honestly. I'm down to two pads a day from four. I still leak when I sneeze.
T: Sneezing is the big one for a lot of people. You did the bladder diary?
P: I did the bladder diary, it's in my bag. I drink way less coffee now.
T: Perfect, I'll scan it in. Any pain with the exercises? Any urgency, like rushing to the bathroom?
P: No pain with anything. No urgency, it's just the sneezing and jumping.
T: Okay, so the stress incontinence pattern. Let's do the ther ex first. Bridges with the pelvic floor contraction, the transverse abdominis draw-in, the clamshells, and then the ten second holds, ten reps.
P: The long holds are hard, I lose it at like seven seconds.
T: That's normal, your goal is ten. Now quick flicks, ten fast ones. Good. That was twenty-four minutes of the TE, time flies.
P: It felt like forty.
T: Ha. Now the biofeedback, the sensor's on, you'll see the line on the screen. Contract when it says go.
P: Oh, I can see it go up. That's kinda cool.
T: Good. Now do the knack, squeeze before you cough. Cough. See, you held it. Neuromuscular re-ed with the biofeedback, ten minutes.
P: So do I do the knack every time I sneeze?
T: Every time you feel one coming. It becomes automatic.
P: Could you bill it as the full hour? I have to hit my deductible anyway.
T: I can only bill the time we actually did. It doesn't work like that, sorry.
P: Worth a try.
T: Next time Dr. Amin does your progress check, so she'll measure your strength again.
P: Okay, same time Thursday?
T: Same time Thursday.
""")

S("e_pt09_gbs_pta_cms", "dev", "PT", "daily", "PTA", "cms",
  timed={"97116": 14, "97110": 11, "97530": 9}, untimed=[], key="97116x1:GP,CQ 97110x1:GP,CQ",
  facts=["Guillain-Barre|Guillain-Barré|GBS", "rolling walker|RW", "min A|minimal assist|min assist",
         "sit to stand|sit-to-stand", "foot drop|AFO", "fatigue 6/10|a solid six|six out of ten",
         "200 feet|two hundred feet", "Nustep", "heart rate 108|108|one-oh-eight"],
  negated=["tingling", "trouble breathing", "dizziness", "falls"], absent=["Halloween costume"],
  text="""
T: Hi Mrs. Tran, I'm the PTA today. Linh, can you ask her how tired she is, zero to ten?
C: She says, um, she says a solid six. She didn't sleep. She was up at three, she's been up at three all week. No falls though, I asked her.
P: Six. Six.
T: Okay, thanks. Can you ask about any new tingling, any trouble breathing, any dizziness?
C: She says no tingling anymore, no trouble breathing. No dizziness.
T: Good, the Guillain-Barre recovery is slow but it's going the right way. Let's start with gait trng with the rolling walker. AFO on the right for the foot drop, okay.
P: It's on.
T: Walking... good clearance with the AFO. Two hundred feet, min A, one rest at the halfway. Heart rate one-oh-eight after. That's fourteen of gait.
P: Did I do more than last time?
T: Last time was one-fifty. Now the Nustep and the ther ex. Kelsey's got the timer, Kelsey, how long was she on it?
T: Eleven minutes, Nustep and then the leg press.
T: Eleven, okay, thanks Kelsey.
P: My legs feel like jelly.
T: That's the fatigue piece, we're watching it. Now last, the sit to stand, from the low mat, that's the activity piece, like getting off her couch. We did that for nine minutes, min A from the low mat.
P: My couch is lower than that.
C: It is, it's a terrible couch. Her Halloween costume's sitting on it still.
T: Ha. Put a firm cushion on it. We'll work on lower surfaces. So that's thirty-four minutes timed today, and the HEP stays the same, Linh, the sit to stands at the kitchen counter.
P: Can I try the stairs next time? We have four steps into the house and my son has to help me every time, and he works nights.
T: That's a good goal, I'll pass that on to her so it goes in the plan.
T: Next time, with the PT, she wants to do the stairs with you herself.
P: Okay.
T: Great job today.
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("e_ot01_trigger_finger_eval_low", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97760": 16}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["trigger finger|stenosing tenosynovitis", "right ring finger|ring finger", "locking|catching",
         "grip 48|48 pounds|forty-eight pounds", "QuickDASH 27|twenty-seven|27",
         "MCP blocking orthosis|MCP blocking splint|blocking splint", "tendon glides",
         "4/10|four outta ten|four out of ten", "cortisone|injection",
         freq(1, 6, "once a week for six weeks")],
  negated=["numbness", "night pain"], absent=["lasagna"],
  text="""
T: So Bev, it's the right ring finger, and the doctor's calling it a trigger finger. Tell me what it does.
P: It catches. In the morning mostly, it gets stuck bent and I have to, like, pop it open with my other hand.
T: Does it hurt when it pops?
P: Four outta ten, maybe. It's more the surprise. I dropped a pan of lasagna on Sunday, that's when I called.
T: Oh no, the lasagna. Any numbness in the fingers? Night pain?
P: No numbness. Night pain, no, it's just stiff when I wake up.
T: Okay. I feel the nodule right here at the base of the finger, at the A1 pulley. Tender?
P: Yep, that's the spot.
T: Grip on the right is forty-eight pounds, left fifty-six. Your QuickDASH came out twenty-seven.
P: Is that bad?
T: It's mild. Did you have a cortisone injection?
P: He offered one. I said let's try therapy first. I don't love needles.
T: Totally reasonable. So this is a low complexity evaluation, one problem, one finger, no other conditions that change what I do, and you're really independent otherwise.
P: Low is good.
T: Low is good. Then I made you the MCP blocking orthosis, this little ring splint. Molded it, checked the fit, taught you wear and care, skin checks, and the tendon glides with it on. That was sixteen minutes, orthotic fitting and training.
P: Do I sleep in it?
T: Sleep in it and wear it during the day when you're gripping, like gardening. Take it off to wash, and do the tendon glides, ten each, three times a day.
P: What if it doesn't work?
T: If it's still locking in six weeks, then you go back to him about the injection or the release. Plan is once a week for six weeks, mostly to check the splint and progress the exercises.
P: Once a week, I can do that. Is parking validated?
T: Front desk stamps it. Goals: no locking in the morning, gripping a pan without it catching.
P: That's the dream.
T: We'll get you there.
""")

S("e_ot02_burn_hand_eval_high", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 10}, untimed=["97167"], key="97167x1:GO 97110x1:GO",
  facts=["burn|burns", "left hand|dorsum of the left hand", "skin graft|graft",
         "composite fist|fist", "MCP flexion 45|forty-five degrees|45 degrees",
         "6/10|six out of ten|a six", "pressure garment|compression glove", "scar",
         "COPM|Canadian Occupational", "depression|PTSD|nightmares", freq(3, 8, "Three times a week for eight weeks")],
  negated=["fever", "open areas"], absent=["the grill"],
  text="""
T: Mr. Haddad, I'm Lena, I'm the OT. You came from the burn center, the left hand, the grease fire at the restaurant?
P: Yeah. The fryer. Three weeks in the hospital, they did the skin graft on the back of the hand.
T: And that was, the graft, four weeks ago?
P: About that. It's healed, they said. Mostly.
T: Let me look. Any fever, any open areas you've noticed?
P: No fever. No open areas, just this, this shiny part is tight.
T: That's the scar, it's pulling. Make a fist for me? That's not a composite fist, your fingertips are about four centimeters from the palm.
P: I can't close it. I can't hold a spatula.
T: MCP flexion's forty-five degrees at the index and middle, which is really limited. Pain when I stretch it?
P: Six out of ten. Six when you stretch, two when I leave it alone.
T: Okay. I'm going to do a COPM with you. The top things you want back?
P: Cooking. Work, I'm a cook. Buttoning my shirt. Driving.
T: Okay. Your wife said on the phone you're having nightmares?
C: He wakes up yelling. The doctor put him on something for depression, and they said PTSD maybe.
P: I don't like talking about it.
T: That's okay, I'm just making sure we're all on the same page, and I'll send a note to your doctor. So this is a high complexity evaluation: the graft, the scar contracture, the mood and the nightmares affecting what you can do, plus the diabetes, and you need a lot of modification to do anything with that hand.
P: High. Okay.
T: Today I also did ther ex, the tendon glides, the composite stretches, the blocking exercises, about ten minutes, and I'll give you the sheet.
P: Can I go back to the grill?
T: Not yet. Heat and that graft don't mix for a while. We'll measure you for a pressure garment, a compression glove, that's next visit.
C: And he should wear it all day?
T: Twenty-three hours a day once it comes. Three times a week for eight weeks is my plan.
P: Okay.
""")

S("e_ot03_scaphoid_reeval", "dev", "OT", "re-evaluation", "OT", "cms",
  timed={"97140": 10, "97110": 14}, untimed=["97168"], key="97168x1:GO 97140x1:GO 97110x1:GO",
  facts=["scaphoid", "wrist extension 55|fifty-five|55 degrees",
         "wrist flexion 50|fifty degrees|50 degrees", "grip 38|thirty-eight|38 pounds",
         "PRWE 42|forty-two|42", "3/10|three out of ten|a three", "joint mobs|mobs",
         "putty", freq(2, 4, "two times a week for four more weeks")],
  negated=["clicking", "swelling"], absent=["the Bulls"],
  text="""
T: Okay Jordan, re-eval today, the scaphoid fracture, left wrist. The cast came off six weeks ago, and the doc put you back with us after the CT.
P: Yeah, he said it's healed but it's stiff, and he wants me back at the warehouse.
T: Right. So let's see. Any clicking in the wrist? Swelling after work?
P: No clicking. Swelling, no, not since the cast came off really.
T: Pain today?
P: Like, three out of ten. When I push up from a chair it's worse.
T: Okay. You're mod I with dressing now, you said, no help with buttons? Wrist extension fifty-five, it was thirty at the eval. Flexion fifty degrees. Grip's thirty-eight pounds, the right's ninety-two.
P: Thirty-eight? That's it?
T: It's double what you had. PRWE is forty-two, you were at seventy-one.
P: Ninety-two on the right, I'm a beast.
T: You are. Did you see the Bulls last night, by the way?
P: Don't. Don't talk about the Bulls.
T: Fair. So I did the joint mobs and some soft tissue, manual, about ten. With the re-eval testing you were in here about fifty minutes total, but that's the room time. And then ther ex, fourteen minutes, the putty, the wrist curls with the two pound weight, the push-up progression on the wall.
P: The putty's fine, the push-ups kill.
T: They should, it's the goal. Your goal was lifting a forty pound box, that's not met yet, we're at fifteen. Typing for an hour, met.
P: And the home stuff, I do it, like, every night after dinner. My girlfriend times me on her phone.
T: Every night is great. Keep doing that, and add the wall push-ups to it, ten reps, twice a day.
P: When can I go back full duty?
T: I'd say light duty now, that's what I'll write. Full duty when the grip's closer to seventy pounds.
P: Okay, that's fair.
T: So updated plan: two times a week for four more weeks, then we'll look at discharge. I'll send this to the doc.
P: Cool. Thanks.
""")

S("e_ot04_lymphedema_discharge", "dev", "OT", "discharge", "OT", "per-code",
  timed={"97140": 28, "97535": 12}, untimed=[], key="97140x2:GO 97535x1:GO",
  facts=["lymphedema", "right arm|right upper extremity", "MLD|manual lymph drainage",
         "2 centimeters|two centimeters|2 cm", "compression sleeve|sleeve",
         "self-bandaging|bandaging", "LLIS|Lymphedema Life Impact", "all goals met|goals met",
         "mastectomy|breast cancer"],
  negated=["redness", "cellulitis", "heaviness"], absent=["the casino"],
  text="""
T: Okay Mrs. Abernathy, last day. How's the right arm been with the sleeve?
P: Good. I wear the sleeve all day, I take it off at night and do the wrapping.
T: The self-bandaging, good. Any redness, warmth, any signs of cellulitis?
P: No redness. No cellulitis, thank God, not after last spring.
T: And the heaviness in the arm?
P: Nope, no heaviness. Honestly it feels like my arm again.
T: So the measurements: the difference between arms at the forearm is two centimeters now. When you came after the mastectomy it was almost six.
P: Six! I remember, I couldn't get my coat on.
T: Your LLIS, the Lymphedema Life Impact score, went from forty-eight to eighteen.
P: What does that mean in English?
T: It means it bothers your life way less. So today, MLD first, the manual lymph drainage, I did the whole sequence, neck, axilla, trunk, arm, that was twenty-eight minutes.
P: That's my favorite part, I always fall asleep.
T: You snored a little.
P: I did not!
T: Ha, you did, a little. Then we went over your bandaging, you did the whole wrap yourself, I corrected the layer at the elbow, and we went over skin care and when to call, that was twelve, the self-care training.
P: I'm a pro now.
T: You are. Goals: independent with self-bandaging, met. Girth within two centimeters, met. Putting on your coat and carrying groceries, met. All goals met.
P: So I'm done?
T: You're discharged to the home program. New sleeve every six months, and if it swells or gets red, you call your doctor the same day.
P: My friends want me to come to the casino Friday, can I fly to Vegas with this?
T: Wear the sleeve on the plane, that's the main thing. Have fun.
P: Thank you for everything, really.
T: It was a pleasure.
""")

S("e_ot05_brachial_plexus_daily", "dev", "OT", "daily", "OT", "cms",
  timed={"97530": 20, "97140": 9}, untimed=[], key="97530x1:GO,59 97140x1:GO",
  facts=["brachial plexus", "elbow flexion|biceps", "MMT 3-/5|three minus|3-/5",
         "shoulder subluxation|subluxation", "cone stacking|cones", "gravity eliminated|gravity-eliminated",
         "5 of 10|five of ten|5/10", "overhead reach|reaching overhead",
         "desensitization|desensitize"],
  negated=["new weakness", "neck pain"], absent=[],
  text="""
T: Hey Tyler, how's the arm this week? We're, what, five months since the brachial plexus injury now?
P: Better, I think. I got my hand to my mouth twice at dinner without helping it.
T: That's huge. The biceps are firing more, then. Any new weakness, anything going backwards, neck pain?
P: No new weakness. Neck pain, no.
T: Okay. Let me check. Elbow flexion, MMT three minus out of five, so it goes against gravity but not full range. Last month it was two plus.
P: Progress.
T: Progress. And the shoulder subluxation is about one finger width, same as last time. Okay, manual first, the soft tissue to the upper trap and the pec, and the desensitization on the forearm. Nine minutes. We're done with manual, separate block, now we move to the table.
P: The forearm still feels like it's asleep.
T: That's the nerve. Desensitize at home with the towel, then the rice bin.
P: I do the rice thing. My mom thinks I'm crazy.
T: Ha. Okay, now the functional stuff. Cone stacking, gravity eliminated first on the skateboard, then reaching overhead, then the cup to mouth.
P: Overhead is impossible.
T: Not impossible, just hard. You got the cone up five of ten times with the arm supported, overhead reach with the sling support.
P: Five of ten, that's better than zero.
T: Way better. And then the cup to mouth with a half-full cup, no spilling. That block was twenty minutes of therapeutic activity.
P: When can I ride again? The motorcycle's just sitting there.
T: Honestly, that's way down the road, and given how you got here, your surgeon and you need to talk about that.
P: Yeah, yeah.
T: Keep up the rice bin and the hand-to-mouth at every meal.
P: Every meal. Okay.
T: See you Thursday.
""")

S("e_ot06_chf_ota_percode", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97535": 18, "97530": 12}, untimed=[], key="97535x1:GO,CO,59 97530x1:GO,CO",
  facts=["CHF|heart failure", "shower chair|tub bench", "SpO2 94|94 percent|ninety-four",
         "energy conservation", "pursed lip|pursed-lip", "RPE 13|thirteen|13",
         "laundry", "sit to stand|sit-to-stand", "SBA|standby assist", "weighing herself|daily weights|weigh"],
  negated=["chest pain", "ankle swelling", "lightheaded"], absent=["the lottery"],
  text="""
T: Hi Mrs. Delgado, I'm Sam, the OTA, working with you today on the plan Jen set up. How's the heart failure been, are you weighing yourself every morning?
P: Every morning. Same weight three days in a row.
C: I check her book. She's good about it.
T: Great. Any chest pain? Ankle swelling?
P: Chest pain? No. Ankles, no swelling, I'm wearing the socks.
T: Lightheaded when you stand up?
P: Not lightheaded, no. Just tired.
T: Okay. Oxygen's ninety-four percent on room air, resting. So first the showering piece, the self-care training. We set up the tub bench, you practiced getting in and out, then sitting to wash with the long sponge, and we talked energy conservation, sit for everything.
P: I used to stand the whole shower.
T: And you'd be wiped out. Pursed lip breathing when you lift your legs in. Good. You were SBA, standby assist, for the tub bench transfer. That part was eighteen minutes.
C: We bought the shower chair, is that the same thing?
T: The chair goes in the tub, the bench goes over the edge. For her the bench is safer. I'll write it down.
C: Ugh, I'll return it. Should've asked.
T: Totally fine. Then the activity piece, the laundry simulation. Carry the basket to the table, fold, sit to stand between loads. That was twelve minutes, separate from the shower work.
P: I'm feeling that one.
T: Your RPE, how hard, six to twenty?
P: Thirteen. Somewhat hard.
T: Thirteen is right where we want it. SpO2 went to ninety-one, back to ninety-four in two minutes.
P: Did I win anything?
C: She keeps saying she'll win the lottery and hire a maid.
T: Ha, until then, laundry sitting down. Keep doing the daily weights and call if you gain three pounds in a day.
P: Okay.
""")

S("e_ot07_epicondylalgia_ota", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97110": 13, "97035": 6}, untimed=[], key="97110x1:GO,CO",
  facts=["lateral epicondylalgia|tennis elbow|lateral epicondylitis", "eccentric|Tyler twist",
         "FlexBar", "grip 62|sixty-two|62 pounds", "pain-free grip", "counterforce strap|strap",
         "5/10|five out of ten|a five", "ultrasound|US"],
  negated=["numbness", "tingling", "elbow swelling"], absent=["fantasy football"],
  text="""
T: Hey Marcus, I'm Priya, the OTA today. Tennis elbow, right side, how's it been?
P: Meh. Five out of ten when I grab the drill at work. Lower at home.
T: Five with the drill. Any numbness or tingling in the hand? Elbow swelling?
P: No numbness, no tingling. No elbow swelling, it's just sore on the outside.
T: Okay, so the lateral epicondylalgia usually hates gripping. Let me check pain-free grip, squeeze until it just starts to hurt.
P: Right there.
T: Pain-free grip sixty-two pounds, last week it was fifty.
P: Nice.
T: Okay, we're going to do the eccentric work, the FlexBar, the Tyler twist. Slow on the way down.
P: Like this?
T: Slower, three seconds. Good. Then the wrist extension eccentrics with the three pound weight, and the forearm stretches.
P: You guys in a fantasy football league here?
T: Don't get me started, I'm oh and four. Okay, ther ex was thirteen minutes.
P: Ha. Thirteen's my lucky number.
T: Then we started the ultrasound, but you said it was getting hot, so we stopped. That was six minutes on the clock.
P: It felt like it was burning a little.
T: Yeah, I turned it down, then we just ended it. I'll let the OT know, she may switch it.
P: Can I still lift at the gym? I've been skipping upper body for like a month and my buddies are giving me grief about it.
T: Legs, cardio, sure. Upper body, nothing with a tight grip for now, no pull-ups, no heavy rows. The OT will progress you when the pain-free grip is closer to your left side.
P: Figures. Do I keep wearing the strap?
T: The counterforce strap at work, yes, not at night. And the FlexBar twice a day, fifteen reps.
P: Fifteen, twice a day. Got it.
T: And ice after work if it's angry.
P: Okay, thanks.
""")

# ---------------------------------------------------------------------------------------------
# SLP dev (6)
# ---------------------------------------------------------------------------------------------

S("e_slp01_voice_nodules_eval", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["vocal fold nodules|vocal nodules|nodules", "hoarse|hoarseness", "MPT 9|nine seconds|9 seconds",
         "s/z ratio 1.6|one point six|1.6", "68 dB|sixty-eight decibels|68 decibels",
         "VHI 54|fifty-four|54", "vocal hygiene", "resonant voice",
         "water|hydration", freq(1, 8, "once a week for eight weeks")],
  negated=["trouble swallowing", "weight loss", "reflux"], absent=[],
  text="""
T: So Kayla, the ENT saw nodules on both vocal folds, and you're a teacher. Tell me about your voice.
P: By Wednesday I'm hoarse. By Friday I'm whispering. I teach third graders, twenty-six of them, so, you know.
T: Oh, I know. Do you talk over them a lot?
P: All day. Recess duty, the cafeteria. I yell. I don't mean to.
T: Any trouble swallowing? Weight loss? Any reflux, heartburn?
P: No trouble swallowing. No weight loss. Reflux, no, nope, not that I know.
T: How much water do you drink?
P: Um, coffee counts? Like one water bottle a day, maybe.
T: We'll talk about that. Okay, take a big breath and say "ah" as long as you can.
P: Ahhhhhhh.
T: Nine seconds. Let's do it again. Nine seconds again, so the MPT is nine seconds. That's short, we'd want fifteen to twenty.
P: I ran out of air.
T: Now "sss" as long as you can, then "zzz". Okay, s/z ratio one point six, that goes along with the nodules, air escaping through the folds.
P: Okay.
T: Reading the paragraph, your average loudness was sixty-eight decibels at the mic, which is fine, it's the yelling at recess that's the issue. Voice quality, moderately hoarse and breathy. VHI is fifty-four.
P: Is that high?
T: It's moderate, it says your voice is really affecting your life. So plan: behavioral voice therapy once a week for eight weeks. Vocal hygiene, the hydration, a microphone for class, and resonant voice work.
P: A mic for third graders?
T: A little amplifier, you'll love it. Goals: no hoarseness by Friday, MPT over fifteen seconds, and using your resonant voice in the classroom.
P: Can I still sing in church?
T: Gently, in your range, and no belting for now. We'll revisit after the next scope.
P: Okay. That's fair.
T: And water: I want a bottle on your desk, sip all day. Coffee doesn't count.
P: Ugh, okay.
""")

S("e_slp02_vfp_swallow_eval", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["vocal cord paralysis|vocal fold paralysis", "left", "thyroidectomy",
         "cough|coughed", "thin liquids", "chin tuck", "head turn|turn your head to the left",
         "IDDSI level 1|slightly thick|IDDSI 1", "MBS|modified barium swallow",
         "breathy"],
  negated=["fever", "pneumonia"], absent=["my cousin's restaurant"],
  text="""
T: Mr. Petrov, I'm Dana, speech therapy. You had the thyroidectomy three weeks ago and now the voice is breathy and you're coughing on drinks?
P: Yes. The surgeon said the nerve, the left vocal cord is not moving. Paralysis. For now, they hope.
C: I'm his daughter. He coughs every time he drinks water. Every time.
T: Okay. Any fever since surgery? Has anyone said pneumonia?
P: No fever. No pneumonia, no.
T: Good. Voice sounds breathy and weak, that fits with the vocal cord paralysis on the left. Let's do some swallows. Sip of water, small sip.
P: Okay. Sorry, sorry, it went down wrong.
T: Immediate cough with thin liquids. Let's try the chin tuck. Tuck your chin down to your chest, then sip.
P: Better. A little cough after.
T: Delayed cough, smaller. Now, turn your head to the left, toward the weak side, and sip.
P: That one was okay.
T: Clear voice after, no cough. Head turn to the left works. Let's try the slightly thick, IDDSI level 1.
P: It's like thin juice.
T: No cough with the slightly thick at all, three of three. Puree and the cracker, all fine, good chewing, no residue I can see.
C: So he can eat normal food?
T: Solids look safe. Liquids are where the risk is. So, my recommendations: IDDSI level 1, slightly thick, for drinks, with the head turn to the left, and I want a modified barium swallow, an MBS, to actually see what's going on.
P: An X-ray?
T: An X-ray swallow study, yes. I'll call the doctor for the order today.
C: My cousin's restaurant is catering his birthday Saturday, can he eat there?
T: He can eat the food. Thickened drinks, head turn, small sips. Bring the thickener with you.
P: Okay.
T: Goals are safe swallowing of liquids with strategies and getting back to thin when the cord recovers.
""")

S("e_slp03_rhcva_cog_daily", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 19}, untimed=[], cog=34, key="97129x1:GN 97130x1:GN",
  facts=["right hemisphere|right-hemisphere", "left neglect|neglect", "line bisection",
         "7 of 10|seven of ten|7/10", "moderate cues|mod cues",
         "80 percent|eighty percent|80%", "inferencing|inferences", "medication box|pill box|pillbox",
         "anosognosia|awareness|insight"],
  negated=["headache", "double vision"], absent=["the Yankees"],
  text="""
T: Good morning Mr. Lowell. How are you feeling? Any headache, double vision this morning?
P: Nope. Head's fine. I see fine. There's nothing wrong with me, you know.
C: That's what he says every day. He walked into the door frame on the left yesterday.
T: Thanks. So that's the left neglect, and the awareness piece, the right hemisphere stroke affects both. Let's start with the scanning. Line bisection, mark the middle of each line.
P: Done.
T: You marked most of them to the right of middle. Six of ten were off. Now I'll use the red line on the left edge, the anchor. Try again.
P: Done again.
T: With the anchor, seven of ten correct. Good improvement with the cue.
P: I don't see why we do this.
T: It's so you find things on your left, like your coffee. Okay, now the paragraph and the questions, the inferencing. Why was the man in the story angry?
P: Because he was late? No, because the bus left.
T: Right. The bus left without him. That's an inference. Overall eighty percent on the inference questions, with moderate cues.
C: Can I ask, is he safe to take his pills by himself?
T: Not yet. Let's do that task now, the medication box. Fill the week from the list.
P: Here. Done.
T: You missed the Wednesday and Thursday left side compartments. With a verbal cue to check left, you fixed both.
P: Huh. I didn't see those.
T: That's the neglect, and that's the insight, you just noticed it. So the cognitive work today was thirty-four minutes, the scanning, the inferencing and the pill box.
C: He watched the Yankees all night, maybe he was tired.
T: Could be. For now, she sets up the pill box and he checks it with her. Next time we'll work on the checklist for the left side.
P: Fine. As long as you let me watch the game.
T: Deal.
""")

S("e_slp04_trach_pmv_daily", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["tracheostomy|trach", "Passy-Muir|speaking valve|PMV", "cuff deflated|cuff down|deflated the cuff",
         "SpO2 96|96 percent|ninety-six", "45 minutes|forty-five minutes",
         "count to 10|counting to ten|count to ten", "loudness|louder", "respiratory therapist|RT"],
  negated=["stridor", "distress", "secretions"], absent=["Dancing with the Stars"],
  text="""
T: Hi Mr. Coleman. I'm Ruth, speech, here for the trach valve trial. The respiratory therapist already deflated the cuff, right, Andre?
C: Cuff's down, he's been suctioned, he's ready.
T: Great, thank you. Okay, I'm putting the Passy-Muir valve on. Take a breath in, now out through your mouth and nose.
P: Hhh... hello?
T: There's your voice! How does it feel?
P: Weird. Good. Weird.
T: Any trouble breathing? Let me listen. No stridor, no distress, and I don't hear any secretions. SpO2 ninety-six percent, heart rate steady.
P: Can I talk now?
T: You can talk now. Let's practice. Count to ten for me.
P: One, two, three, four, five, six, seven, eight... nine, ten.
T: Counting to ten in one breath, almost. You needed a breath at eight. Now let's work on loudness. Say "Good morning" like you're calling across the room.
P: Good morning!
T: Louder! Good. That's so much louder than yesterday. Now tell me something about your weekend.
P: My wife watched Dancing with the Stars and I couldn't complain about it.
T: Ha, well now you can. The valve was on for forty-five minutes today and you tolerated it the whole time, that's up from twenty yesterday.
C: His sats stayed up the whole time, that's great.
T: So the plan: valve with speech therapy or the respiratory therapist present, up to an hour, until we know he's safe. Nursing can't leave him alone with it on yet.
P: When can I sleep with it?
T: Never sleep with it on, that's the number one rule. It comes off for sleep, every time.
P: Okay.
T: Next session, we'll work on longer sentences and your voice for phone calls.
P: I want to call my grandson.
T: That's a great goal. We'll do it.
""")

S("e_slp05_ppa_progress", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["primary progressive aphasia|PPA", "logopenic", "word finding|word-finding",
         "naming 14 of 20|14 of 20|fourteen of twenty", "communication book",
         "script|scripts", "independent, met|script independent, met", "partially met", freq(1, 12, "once a week for twelve weeks")],
  negated=["swallowing problems", "behavior changes"], absent=["the book club"],
  text="""
T: Okay Helen, it's our progress note today. Primary progressive aphasia, the logopenic type. Dan, you've been at every session, how's home been?
C: Honestly, about the same. Maybe a little more searching for words at dinner. She's using the communication book, though, more than I thought.
T: That's good to hear. Helen, how do you feel the talking is going?
P: It's... the words. They're... in there. I can't... grab them.
T: The word finding, yeah. Any swallowing problems? Coughing with food?
P: No. No swallowing problems.
C: No, she eats fine.
T: Any behavior changes Dan, anything new?
C: No behavior changes. She's herself.
T: Good. So naming today, the personal list, the words she picked. Fourteen of twenty, that was twelve of twenty last month.
P: Better?
T: Better. Now the scripts. Let's do the coffee shop script.
P: I'd like... a medium latte... with oat milk... please.
T: Perfect. That one was word perfect. The phone script?
P: Hi, this is Helen... Dan's... wife. I... need to... to...
T: To make an appointment.
P: To make an appointment.
T: With a first-word cue. So goals: coffee shop script independent, met. Phone script independent, partially met, she needs a cue about half the time. Communication book use at home, met, per Dan.
C: And the book club? She's been going still.
T: That's great for her. I'd keep going. The plan: we continue once a week for twelve weeks, keep building the scripts while her language is strong, and update the book.
C: Is it going to get worse?
T: It's progressive, so yes, over time. That's why we bank the words and scripts now, while she can.
C: Okay. Thank you for being straight with us.
T: Of course. And Dan, keep bringing her; your practicing at home is half of why the scripts stick.
""")

S("e_slp06_autism_feeding_discharge", "dev", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["autism|autistic|ASD", "food chaining", "picky|selective eating|food selectivity",
         "25 foods|twenty-five foods", "8 foods|eight foods", "gagging|gag",
         "chewing|munching", "all goals met|goals met", "discharging|discharge"],
  negated=["weight loss", "choking", "constipation"], absent=["Paw Patrol"],
  text="""
T: So, Mrs. Nguyen, this is Leo's last session. He's been doing the food chaining with us for how long, five months?
C: Five months. When we started he ate eight foods. Eight. All beige.
T: And now?
C: I counted last night, twenty-five foods. He ate a strawberry yesterday, a real one.
T: That's incredible. Leo, you ate a strawberry?
P: Red one. It was squishy.
T: It was squishy! Okay, any gagging at meals still?
C: Some gagging on new textures, but way less. He doesn't throw up anymore.
T: And weight, any weight loss? Choking episodes? Constipation?
C: No weight loss, he's gained two pounds. No choking. Constipation's gone since he eats fruit.
T: Great. Leo, let's try the snack. Here's the cracker you like and here's the new one, the cheddar one.
P: That one's orange.
T: It's orange. Can you touch it? Smell it? Lick it?
P: Ew. Okay. ...it's salty.
T: You licked it! Now a tiny bite, with your back teeth, chew chew.
P: Crunchy.
T: Chewing with the back teeth, rotary chewing, great. He took three bites, no gag.
C: He would have screamed at that in the summer.
T: So, the picky eating, the food selectivity with autism: goals were fifteen foods across food groups, met. Tolerating new foods on the plate, met. Chewing hard solids, met. All goals met, so we're discharging him today.
C: What do I do at home?
T: Keep the chaining, one new food a week, next to a safe food, no pressure. Paw Patrol plates, whatever works.
P: Paw Patrol!
C: He'll hold you to that.
T: I'll send the summary to his pediatrician. If he goes back under fifteen foods or starts losing weight, call us.
C: Thank you so much.
""")

# ---------------------------------------------------------------------------------------------
# PT test (9)
# ---------------------------------------------------------------------------------------------

S("e_pt10_crps_eval_high", "test", "PT", "evaluation", "PT", "cms",
  timed={"97110": 10}, untimed=["97163"], key="97163x1:GP 97110x1:GP",
  facts=["CRPS|complex regional pain syndrome", "right foot|right ankle", "allodynia",
         "8/10|eight out of ten|an eight", "skin temperature|warmer|temperature difference",
         "graded motor imagery|left/right discrimination|laterality", "desensitization",
         "LEFS 19|nineteen|19", "fear of movement|Tampa", freq(2, 10, "twice a week for ten weeks")],
  negated=["fever", "open wounds"], absent=["my landlord"],
  text="""
T: Hi Ms. Ferreira. The interpreter is on the speaker phone, go ahead, Mariana. So you were referred for CRPS, complex regional pain syndrome, right foot, after the ankle fracture in March.
C: She says yes. The bone healed, they told her. But the foot burns. Even the sheet on it at night, she says.
T: Even the sheet. That's called allodynia. What's the pain right now, zero to ten?
C: She says eight out of ten now. Sometimes a nine, nine and a half.
T: Okay, eight right now. Any fever, any open wounds on the foot?
C: No fever. No open wounds, she says no.
T: I see the foot is a little purple and shiny compared to the left. Let me check skin temperature with the thermometer... it's warmer, almost two degrees warmer on the right.
P: Some days it's cold. It changes.
T: That changes, yeah, that fits. I'm not going to push on it today. Ankle AROM I'm eyeballing, dorsiflexion maybe five degrees, plantarflexion twenty.
P: I don't want you to touch it.
T: I won't, not today. LEFS you scored nineteen out of eighty. And the Tampa questionnaire, the fear of movement one, it's high.
P: I'm scared to walk on it. I'm scared it gets worse.
T: That's really understandable. Can I ask, how's sleep, how's mood?
P: Bad. My landlord is making noise at all hours, honestly. And I cry a lot. I'm seeing a counselor.
T: I'm glad you're seeing someone. So, complexity: this is a high complexity evaluation. CRPS, the depression, the fear of movement, the changing symptoms day to day, and how much it's affecting work and sleep.
P: Okay.
T: Today we started gently. Graded motor imagery, the left/right discrimination on the tablet, and some desensitization with the soft cloth, and the toe curls and ankle pumps, ther ex, about ten minutes total.
P: The pictures of feet thing was weird but okay.
T: It's weird but there's good evidence for it. So the plan is twice a week for ten weeks. Goals: walking in a regular shoe, tolerating a sock, and back to work at the bakery.
P: A sock. That would be something.
T: We'll get there. No mirror box yet; that comes later in the program.
P: Okay.
""")

S("e_pt11_hamstring_eval_low", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 7}, untimed=["97161"], key="97161x1:GP",
  facts=["hamstring strain|hamstring", "grade 1|grade one|grade I", "left",
         "2/10|two out of ten|a two", "90/90|ninety-ninety|90-90", "straight leg raise 70|seventy degrees|SLR 70",
         "MMT 4+/5|four plus out of five|4+/5", "sprinting|sprint", "Nordic",
         freq(2, 4, "two times a week for four weeks")],
  negated=["bruising", "back pain", "numbness"], absent=["the team bus"],
  text="""
T: Okay Devon, you're the sprinter. Left hamstring, you felt it pull at the meet?
P: Hundred meters, like sixty meters in. It grabbed. I pulled up.
T: And the team doc said grade one?
P: Grade one strain, yeah. She said two weeks out, maybe three.
T: Any bruising on the back of the thigh? Back pain, numbness down the leg?
P: No bruising. No back pain. No numbness, nothing like that.
T: Pain right now, walking around?
P: Walking it's like, a two. Two out of ten. Running I haven't tried.
T: Good, don't. Lie on your back. Straight leg raise, left, seventy degrees, right's eighty-five. 90/90, you're lacking twenty on the left.
P: It's tight right there.
T: Strength, MMT, knee flexion four plus out of five on the left, five out of five right. It hurt a little?
P: A little pinch.
T: That's fine. So this is a low complexity evaluation, young healthy athlete, one body part, nothing else going on, a pretty predictable course.
P: Low, cool.
T: I started you on a couple exercises, the bridges, the isometrics, the hamstring sets, that was, ugh, like seven minutes because we spent the time on the testing.
P: Do I do those every day?
T: Every day. Then next week we add Nordic curls, slow eccentrics, and then the running progression.
P: When can I sprint?
T: Sprinting's at the end. Pain-free jogging first, then strides. I'd guess four weeks, not two.
P: Coach won't like that.
T: Coach will like a re-injury even less. Plan is two times a week for four weeks.
P: I ride the team bus back Friday, can I sit that long?
T: Stand up and stretch at the stops. You'll be okay.
P: Cool.
T: Goals: running full speed without pain, and the strength equal side to side.
P: Okay, see you Tuesday.
""")

S("e_pt12_jia_progress", "test", "PT", "progress", "PT", "cms",
  timed={"97110": 20, "97530": 12, "97140": 8}, untimed=[], key="97110x1:GP 97530x1:GP,59 97140x1:GP",
  facts=["juvenile idiopathic arthritis|JIA|juvenile arthritis", "right knee", "knee extension -10|negative ten|-10",
         "flexion 125|one twenty-five|125", "6MWT 410|410 meters|four-ten", "1/10|one out of ten|a one",
         "morning stiffness", "field trip, met|rail, met", "goal not met|not met yet", freq(1, 6, "once a week for six weeks")],
  negated=["fever", "rash", "swollen"], absent=["the spelling bee"],
  text="""
T: Hi Maya! Progress check today. Mom, how's the JIA been, the right knee especially?
C: She had a flare two weeks ago, the rheumatologist bumped her meds, and now it's calm again.
T: Good. Maya, morning stiffness, how long?
P: Like, ten minutes? I do the bike thing in the morning.
C: Fifteen. It's fifteen, she's fast to get out of bed but it's like fifteen.
T: Okay, I'll write fifteen. Any fever, rash? Is the knee swollen today?
C: No fever, no rash. Not swollen today.
T: Pain, zero to ten, Maya?
P: A one. One out of ten.
T: Okay. With juvenile idiopathic arthritis the flares come and go, so we look at the trend, not one day. Let me measure.
P: Do I have to take my shoe off?
T: Just the sock's fine, shoes off, hop up. Knee extension, negative ten, it was negative eighteen. Flexion one twenty-five. Six-minute walk, four-ten, four hundred ten meters, it was three-sixty.
C: That's a lot better, right?
T: That's a lot better. So, goals. Walking the whole school field trip, met. Knee extension to negative five, not met yet. Stairs reciprocal without the rail, met.
P: I did the stairs at school without the rail.
T: You did. Okay, what we did today: ther ex, the bike, the quad sets, the straight leg raises with the weight, twenty minutes. Then separate, manual: I did the knee mobs, the patellar mobs, eight minutes. Then the activity piece, the obstacle course, the hopscotch and the stepping stones, twelve.
P: Hopscotch is my favorite.
C: She's doing the spelling bee next week too, she's stressed.
T: Good luck! Okay, plan: drop to once a week for six weeks, since she's doing so well at home. Keep the bike every morning.
C: Can she do the swim team?
T: Swimming is perfect for her knees. Yes.
P: Yay!
""")

S("e_pt13_tib_plateau_reeval", "test", "PT", "re-evaluation", "PT", "per-code",
  timed={"97110": 16, "97116": 8}, untimed=["97164"], key="97164x1:GP 97110x1:GP 97116x1:GP",
  facts=["tibial plateau", "ORIF", "weight bearing as tolerated|WBAT", "flexion 115|one-fifteen|115",
         "extension 0|zero degrees|0 degrees|lacking nothing", "quad lag", "single cane|cane",
         "3/10|three out of ten|three outta ten", "TUG 11|eleven seconds|11 seconds",
         freq(2, 6, "two times a week, six more weeks")],
  negated=["calf tenderness", "giving way", "drainage"], absent=["my brother-in-law"],
  text="""
T: Okay, Mr. Sato, re-eval today. Tibial plateau fracture, the ORIF was eleven weeks ago. And the surgeon just cleared you to weight bearing as tolerated?
P: Last Tuesday. WBAT, he said. I threw the crutches in the garage that night.
T: Ha, okay. So you're on the single cane now.
P: The cane outside. Nothing in the house.
T: Pain?
P: Three outta ten. After a lot of walking it's a five.
T: Any calf tenderness, swelling in the calf? Any giving way? Drainage from the incision?
P: No calf tenderness. No giving way. The incision's dry, no drainage.
T: Okay, knee ROM. Flexion one-fifteen. Extension zero degrees, you're lacking nothing, nice. Quad lag, when you lift the straight leg, small, about five degrees.
P: Is the lag bad?
T: It's a little quad weakness, we work on it. TUG, eleven seconds with the cane. At the eval you couldn't do it.
P: My brother-in-law had the same surgery and he said he walked in a month. He's full of it.
T: Everybody heals differently. You're right on track. So we did the TE today, the leg press, the step-ups, the quad sets for the lag, sixteen minutes. Then gait trng without the cane in the hallway, eight minutes.
P: Without the cane felt wobbly.
T: A little Trendelenburg, a little hip drop, that's the next thing to fix. So goals: walking without a device in the community, not met. Stairs reciprocal, met, up at least. Knee flexion to one-ten, met.
P: Going down the stairs is still one at a time.
T: That's the next goal. Plan: two times a week, six more weeks. Then I'll re-assess.
P: I want to golf by June.
T: Let's put that as a goal, eighteen holes walking. We'll see.
P: Deal.
""")

S("e_pt14_cervicogenic_ha_discharge", "test", "PT", "discharge", "PT", "per-code",
  timed={"97140": 14, "97110": 22}, untimed=[], key="97140x1:GP 97110x1:GP",
  facts=["cervicogenic headache|cervicogenic", "headache 1 per week|one a week|once a week",
         "HIT-6 48|forty-eight|48", "NDI 10|ten percent|10 percent", "rotation 70|seventy degrees|70 degrees",
         "craniocervical flexion|CCFT", "lower traps|lower trap", "all goals met|goals met",
         "discharged|discharge"],
  negated=["visual changes", "numbness"], absent=["the dentist"],
  text="""
T: Okay Ms. Whitaker, today's your last visit. How are the headaches?
P: One a week, maybe. They were every day when I started.
T: Every day to one a week. And they still start in the neck?
P: Right at the base of the skull, yeah, then they wrap around. But they're short now.
T: Cervicogenic, that fits. Any visual changes with them, any numbness in the arms?
P: No visual changes. No numbness anywhere.
T: Great. Your HIT-6 came out forty-eight today. You started at sixty-four.
P: What's the cutoff?
T: Under fifty is little or no impact. And the NDI is ten percent, down from thirty-four.
P: Woo!
T: Rotation, both ways, about seventy degrees. It was fifty on the right. Craniocervical flexion test, you held the twenty-six level for ten seconds, ten times.
P: The pressure cuff thing.
T: The pressure cuff thing. Okay, so I did my manual, the upper cervical mobs and the suboccipital release, fourteen minutes. Then your TE, the chin nods, the rows, the lower traps on the ball, twenty-two.
P: I'm a lower traps expert now.
T: You are. Oh, sorry, one second... Hi, yes, Mr. Cruz is in room three, thanks. Sorry.
P: No problem. Oh, I wanted to ask, I have the dentist next week, a long one, should I worry?
T: Ask for breaks to close your mouth, and do your chin nods after. You'll be fine.
P: Good.
T: So goals: headaches less than two a week, met. Working a full day at the computer without a headache, met. NDI under fifteen, met. All goals met, so you're discharged to your home program.
P: Do I keep doing everything?
T: The three big ones for your HEP, three times a week. Chin nods, rows, lower traps. And fix your monitor height at work like we said.
P: Done. Thank you.
""")

S("e_pt15_neuropathy_balance", "test", "PT", "daily", "PT", "cms",
  timed={"97112": 23, "97110": 6}, untimed=[], key="97112x2:GP",
  facts=["peripheral neuropathy|neuropathy", "foam", "Romberg", "eyes closed",
         "10 seconds|ten seconds", "SBA|standby|gait belt, SBA", "ankle strategy|ankle strategies",
         "Berg 44|forty-four|44", "rollator"],
  negated=["falls", "foot wounds", "dizziness"], absent=["the casserole"],
  text="""
T: Morning Mr. Abbott. Any falls since Thursday?
P: No falls. I had a near miss getting out of the car, but I grabbed the door.
C: He didn't use the rollator to get to the car. That's why.
P: It was ten feet!
T: Ten feet is plenty to fall in. Any foot wounds? Did you check your feet this week?
P: My wife checks them. No foot wounds.
C: None. I look every night.
T: Thank you. Dizziness?
P: No dizziness.
T: Okay. With the neuropathy you're not feeling your feet well, so we train the eyes and the inner ear to take over. First, Romberg on the floor, feet together, eyes closed.
P: Eyes closed is hard.
T: Ten seconds, good, a little sway. Now on the foam, eyes open.
P: Whoa.
T: I've got you, gait belt, SBA. Now eyes closed on the foam.
P: Nope. Nope.
T: Three seconds. That's okay. Now the reaching, the ankle strategy, sway forward and back from your ankles, not your hips.
P: Like a tree.
T: Like a tree. Good. That's NMR, neuro re-ed, twenty-three minutes, with the rests.
P: Feels like an hour.
T: Then I had you on the calf raises for a few minutes, six minutes of ther ex, and I stopped because your calves were cramping.
P: The cramps are awful.
C: Oh, he also wants to know if he can bring the casserole dish back, you left it at the potluck.
T: Ha, that's Jen's, the front desk will take it. So your Berg last week was forty-four. We'll recheck at the progress visit.
P: What's good?
T: Forty-five and under is a fall risk, so we want you above that. Use the rollator every time outside.
P: Every time. Fine.
""")

S("e_pt16_lumbar_fusion_daily", "test", "PT", "daily", "PT", "per-code",
  timed={"97110": 30, "97116": 11}, untimed=[], key="97110x2:GP 97116x1:GP",
  facts=["lumbar fusion|L4-5 fusion|fusion", "BLT|no bending, lifting, twisting|bending, lifting or twisting",
         "4/10|four out of ten|a four", "log roll", "walking program", "transverse abdominis|TA activation",
         "front-wheeled walker|walker", "300 feet|three hundred feet"],
  negated=["leg pain", "numbness", "bowel or bladder"], absent=["the whole hour"],
  text="""
T: Hi Mr. Kaminski. Four weeks out from the L4-5 fusion. How's the back?
P: Four out of ten. The incision itches like crazy.
T: That's healing. Any leg pain, numbness, any bowel or bladder changes?
P: No leg pain. That's gone since surgery. No numbness. Bowel or bladder, no.
T: Great. You're still doing the BLT precautions? No bending, lifting, twisting?
P: No bending, lifting, twisting. My wife has me on a short leash.
T: Good wife. And the walking program, how far?
P: Twice around the block. Like twenty minutes.
T: Perfect. Okay, so today the ther ex. TA activation, the heel slides, the bridges with the draw-in, the mini squats at the counter, then the Nustep. We were on that for a long time, I kept you moving.
P: How long was that?
T: Thirty minutes total on the TE.
P: Can you bill it as the whole hour then? My buddy said that's how it works.
T: No, I only bill what we did, thirty's what we did. Okay, now gait trng. You still on the walker at home?
P: The front-wheeled walker in the morning, then nothing.
T: Let's walk without it. Hallway, I'll follow. Good posture, longer step.
P: Is this okay?
T: It's good. You're slowing on the turns, log roll out of bed is fine but you turn like a refrigerator right now.
P: Ha, I feel like one.
T: Three hundred feet without the walker, no loss of balance. That was eleven minutes of gait.
P: So I can ditch the walker?
T: In the house yes. Out in the community keep it till next week.
P: Can I drive?
T: Surgeon said six weeks, so two more. Don't push it.
P: Two more weeks. Okay.
""")

S("e_pt17_knee_oa_pta_estim", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 17, "97140": 9}, untimed=["G0283"], key="97110x1:GP,CQ 97140x1:GP,CQ G0283x1:GP,CQ",
  facts=["osteoarthritis|OA", "left knee", "5/10|five outta ten|five out of ten",
         "IFC|interferential", "ice pack|ice", "patellar mobs|patella mobs|mobs",
         "sit to stand 5|five times|5 times", "quad sets", "step-ups|step ups"],
  negated=["warmth", "locking"], absent=["Medicare pays"],
  text="""
T: Hi Mrs. Oyelaran, I'm Chris, the PTA. Left knee, the osteoarthritis. How's it treating you?
P: Five outta ten. The rain, you know. It always knows when it's gonna rain.
T: Everybody's knees are weather reporters. Any new warmth in the knee, any locking?
P: No warmth. No locking. Just achy and stiff.
T: Okay. Let's start with the ther ex. Nustep for warm-up, then the quad sets, the step-ups on the four inch step, the sit to stand from the chair, five times, no hands.
P: No hands?
T: No hands. You can do it. Good. Five times, no hands, that's new.
P: I did it!
T: You did. The TE took, let me look at the clock, seventeen minutes.
P: My husband says he wants to come to therapy too, he thinks it's a spa.
T: Ha, tell him he needs a referral. Okay, on the table. Patellar mobs, and the tibiofemoral glides, manual, nine minutes.
P: That feels good, the kneecap thing.
T: It's loosening up. Now the IFC, the interferential, with the ice pack on top. I'll set it for fifteen and check on you, you're by yourself with the call bell.
P: Okay. Is this the one Medicare pays for? My neighbor said Medicare pays double for the electric.
T: I don't know where she heard that, but no. We just do what helps.
P: Ha. Okay.
T: I'm back. IFC's done, the ice is off. Skin looks fine, a little pink. How's the knee?
P: Less achy. Three, maybe.
T: Good. For home, the quad sets and the sit to stand, three times a day.
P: Three times a day. My knees will be famous.
T: Ha. The PT will see you Friday for your progress check.
P: Friday. Okay. Thank you, Chris.
""")

S("e_pt18_as_pta_percode", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 25, "97112": 7}, untimed=[], key="97110x2:GP,CQ",
  facts=["ankylosing spondylitis|AS", "morning stiffness", "chest expansion 3|three centimeters|3 centimeters",
         "thoracic extension", "foam roller", "4/10|four out of ten|a four",
         "wall test|occiput to wall|occiput-to-wall", "prone on elbows|prone press"],
  negated=["eye pain", "chest pain", "fever"], absent=["Taylor Swift"],
  text="""
T: Hey Omar, I'm Rachel, PTA. The ankylosing spondylitis, how's the back?
P: Morning stiffness, like an hour. Then it loosens. Four out of ten now.
T: Four. Any eye pain or redness, any chest pain, fever?
P: No eye pain. Chest pain, no. No fever.
T: Okay. Let's measure the chest expansion, arms up, breathe in all the way... three centimeters. Last time was two and a half.
P: Is that good?
T: It's going up. Occiput to wall, back against the wall, heels in, can you get your head back?
P: Not even close.
T: Wall test, six centimeters off. Okay, ther ex. Thoracic extension over the foam roller, the prone on elbows, prone press-ups, the cat-camel, the rotations.
P: The foam roller is my favorite thing in the world.
T: Ha, it loves you back. Deep breathing with each extension. Good.
P: My rheumatologist switched me to the injection last month, the biologic. I feel like it's helping, but I'm not sure if it's that or this.
T: Probably both working together. Keep telling her how the mornings are, she tracks that.
P: Did you get Taylor Swift tickets?
T: I wish. Okay, that was the TE. Marco, you had the clock?
T: Twenty-five minutes, he was on the mat from ten after.
T: Twenty-five, thanks Marco. Okay, now quick balance stuff, the posture in standing, tandem with head turns.
P: Huh, okay.
T: Ah, your hip's hurting? Let's stop that. That was seven minutes of the balance work, we'll pick it up next time.
P: Sorry, it's the right hip again.
T: No sorry. I'll tell the PT, she may want to look at the hip Friday. Home program: the foam roller every morning, and the breathing.
P: Every morning, got it.
T: And keep swimming, that's the best thing for AS.
P: Yeah, I go Saturdays.
T: Great. See you Friday.
""")

# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("e_ot08_cubital_tunnel_eval_mod", "test", "OT", "evaluation", "OT", "cms",
  timed={"97760": 10}, untimed=["97166"], key="97166x1:GO 97760x1:GO",
  facts=["cubital tunnel|ulnar nerve", "ring and small finger|ring and pinky|pinky", "Tinel",
         "Froment", "grip 40|forty pounds|40 pounds", "elbow flexion test|elbow flexion",
         "night orthosis|elbow extension orthosis|night splint", "QuickDASH 45|forty-five|45",
         "nerve glides", freq(1, 6, "once a week for six weeks")],
  negated=["neck pain", "thumb numbness"], absent=[],
  text="""
T: So Mr. Lindgren, the ulnar nerve at the elbow, cubital tunnel, on the left. The numbness is where?
P: Ring and pinky. Mostly the pinky. Worse at night, I wake up and it's dead.
T: Do you sleep with your elbows bent?
P: Like a T-rex. My cat sleeps on my arm, too, so.
T: Ha. Any neck pain? Any numbness in the thumb?
P: No neck pain. No thumb numbness, just those two fingers.
T: Okay. Tinel's at the elbow, positive, I'm tapping here.
P: Ooh, zing. Right to the pinky.
T: Elbow flexion test, bend it all the way and hold... tingling at thirty seconds, positive. Froment's, hold this paper between your thumb and finger, I pull... your thumb bends, positive Froment. Grip forty pounds left, sixty-eight right.
P: I'm right-handed, at least.
T: That helps. QuickDASH came out forty-five. So you've also got the diabetes, and the carpal tunnel release on this side two years ago. That's why I'm calling this a moderate complexity eval: a few things affecting the plan, but it's a clear nerve problem.
P: Makes sense.
T: Then I fit you with the night orthosis, the elbow extension orthosis, it keeps the elbow at about thirty degrees. I checked the fit, the straps, showed you on and off, and the nerve glides. Ten minutes of orthotic training.
P: I have to sleep in this?
T: Every night, six weeks. And no leaning on your elbow on the car door or the desk.
P: I lean on it all day at work.
T: Pad it, or change how you sit. I'll show you next time.
P: Okay.
T: Plan is once a week for six weeks. If it's not better, the surgeon might talk about moving the nerve.
P: Let's hope not.
T: Goals: sleeping through the night without numbness, and the grip up.
P: Cool, see you next week.
""")

S("e_ot09_dementia_home_eval_high", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97535": 14}, untimed=["97167"], key="97167x1:GO 97535x1:GO",
  facts=["dementia|Alzheimer", "MoCA 14|fourteen out of thirty|14/30", "stove", "falls|fell",
         "min A|minimal assist|min assist", "lower body dressing|LB dressing", "grab bars",
         "caregiver training|caregiver", "wandering|wanders", freq(2, 6, "twice a week for six weeks")],
  negated=["pain", "incontinence"], absent=[],
  text="""
T: Mrs. Okonkwo, I'm Abby, the OT. And you're her son?
C: I'm Emeka, her son. She lives with me since last year. Her Alzheimer's, the dementia, has gotten worse since the spring. She fell twice this month.
T: Both at home?
C: Both in the bathroom, at night. And she left the stove on last week.
P: I did not. I was making tea.
T: Tea, okay. Mrs. Okonkwo, any pain today? Anywhere hurt?
P: No, no pain. I'm fine.
T: And any accidents, incontinence?
C: No incontinence. That's okay.
T: Okay. She scored fourteen out of thirty on the MoCA. She wanders at night?
C: She wanders at night, yes. I put a bell on the door.
T: Good idea. I watched her dress: upper body she did with setup, lower body dressing was min A, she needed help with the socks and to not put both legs in one pant leg.
P: These pants are confusing.
T: They are. So this is a high complexity evaluation: the falls, the dementia, the stove, the wandering, and the amount of help she needs, which changes day to day.
C: That's exactly right.
T: Then I did self-care training with you both for fourteen minutes: the dressing sequence, laying clothes out in order, and caregiver training on cueing, one step at a time.
C: I usually just do it for her, it's faster.
T: I know. But if she does it, she keeps it longer. Plan: twice a week for six weeks, and a home visit for the bathroom. You need grab bars by the toilet and a nightlight.
C: Should we be thinking about the nursing home down the street?
T: That's a big question, and one for your family and her doctor. My job is keeping her safe and doing as much as she can, wherever she lives.
C: Okay. And the stove?
T: Stove knob covers. I'll bring some.
P: I want my tea.
T: You'll have your tea, with the electric kettle with auto shut-off.
""")

S("e_ot10_boxer_fx_progress", "test", "OT", "progress", "OT", "per-code",
  timed={"97110": 15, "97140": 8, "97530": 10}, untimed=[], key="97110x1:GO 97140x1:GO 97530x1:GO,59",
  facts=["boxer's fracture|fifth metacarpal|5th metacarpal", "right hand", "MCP flexion 70|seventy degrees|70 degrees",
         "grip 65|sixty-five|65 pounds", "composite fist|full fist", "extensor lag|lag",
         "2/10|two out of ten|a two", "full fist, met|typing at work, met", freq(1, 3, "once a week for three weeks")],
  negated=["rotation of the finger", "swelling"], absent=["the other guy"],
  text="""
T: Okay Jake, progress note. Boxer's fracture, fifth metacarpal, right hand. Seven weeks since the injury.
P: And don't ask how it happened.
T: I know how it happened, it's in the referral. Did the other guy see a doctor too?
P: Ha. The other guy was a wall.
T: Pain today?
P: Two out of ten. Only if I squeeze hard.
T: Any swelling? When you make a fist, does the finger cross over the others, any rotation of the finger?
P: No swelling. No rotation of the finger, it lines up fine.
T: It looks good. Make a fist. That's a composite fist, full fist, nice. MCP flexion of the small finger is seventy degrees, it was forty-five at the last note.
P: Seventy's good?
T: Normal's about ninety, so we're getting there. There's still a little extensor lag, about ten degrees. Grip sixty-five pounds on the right, your left's ninety-five.
P: Still weak.
T: Getting stronger. Goals: full fist, met. Typing at work, met. Lifting at the gym, not met yet, grip's about seventy percent.
P: I wanna get back to bench. My buddies keep texting me, like, bro, where you been.
T: Tell them you're doing the putty. Bench comes after the grip's at eighty percent, not before.
T: Soon. So today: TE first, the putty, the finger curls, the extensor work for the lag, fifteen minutes. Then manual, the joint mobs to the MCP, eight minutes. Then a separate block, the functional stuff, carrying the crate, the screwdriver, the pegs, ten.
P: The screwdriver's harder than it looks.
T: It's the grip and the rotation. Plan: once a week for three weeks, then discharge I'd guess.
P: Can I box again?
T: With wraps and gloves, when the surgeon says, and punch a bag, not a wall.
P: Lesson learned.
T: Keep the putty twice a day.
P: Yeah, got it.
""")

S("e_ot11_dupuytren_discharge", "test", "OT", "discharge", "OT", "cms",
  timed={"97110": 12, "97763": 5, "97140": 6}, untimed=[], key="97110x1:GO 97140x1:GO",
  facts=["Dupuytren|Dupuytren's", "fasciectomy|release", "extension -5|negative five|-5",
         "night extension orthosis|night splint|extension splint", "scar massage|scar",
         "grip 70|seventy pounds|70 pounds", "all goals met|goals met", "discharged|discharge",
         "handshake|shake hands"],
  negated=["numbness", "infection"], absent=["the grandkids' recital"],
  text="""
T: Mr. Ellison, last visit! Let's see the hand. Dupuytren's release, the small finger, ten weeks ago.
P: Ten weeks. Feels like ten years.
T: Ha. Any numbness in the finger? Any signs of infection, any redness?
P: No numbness, the feeling came back. No infection, it's healed up.
T: It looks great. Small finger PIP extension, negative five. It was negative forty-five before the surgery.
P: I can put my hand flat on the table now.
T: You can. Grip seventy pounds, that's about your other side. Can you shake my hand?
P: Firm handshake.
T: That's a firm handshake. Okay, I checked the night extension orthosis, it still fits, I trimmed the edge here, five minutes on that.
P: Do I still need to wear that thing?
T: Three more months at night. Recurrence is the thing with Dupuytren's.
P: Ugh, okay.
T: Then the scar massage and the stretch, manual, six. Then the ther ex, the blocking, the putty, twelve minutes.
P: The grandkids' recital is Saturday, I can clap now, at least.
T: Perfect timing. So goals: full grip for golf, met. Hand flat on the table, met. Putting on gloves, met. All goals met, so you're discharged today.
P: I'll miss the putty. My wife won't, it's all over the couch.
T: Ha. Keep it in the container. So how did the golf go last weekend, you said you were going to try nine holes?
P: Nine holes, no pain. I shot terrible, but that's not the hand's fault.
T: That's the goal, right there. And the gloves in the morning, for the cold?
P: Gloves go on fine now. Before, the pinky wouldn't go in the finger hole.
T: Take the putty. And keep the night orthosis, scar massage twice a day for another month.
P: Yes ma'am.
T: If it starts curling again, call the surgeon early.
P: Will do. Thank you, honestly.
""")

S("e_ot12_autism_selfcare_daily", "test", "OT", "daily", "OT", "cms",
  timed={"97535": 25, "97530": 16}, untimed=[], key="97535x2:GO,59 97530x1:GO",
  facts=["autism|autistic|ASD", "visual schedule", "shoe tying|tied them|bunny ears",
         "zipper|zip", "4 of 5|four of five|4/5", "hand over hand|hand-over-hand",
         "swing|sensory break", "toothbrushing|brushing teeth|brush his teeth",
         "verbal cues|verbal cue"],
  negated=["meltdowns", "hitting"], absent=["Minecraft"],
  text="""
T: Hi Eli! Hi Dad. How was the week?
C: Good, good week. His autism teacher says he's calmer. No meltdowns at school, that's a first. No hitting either.
T: Oh, that's huge. Eli, high five?
P: High five. Can I do the swing?
T: Swing first for a sensory break, then the work, that's the visual schedule. Look, swing, then shoes, then zipper, then brushing teeth.
P: Okay.
T: Okay, Eli's on the swing, Dad, tell me about the mornings.
C: Mornings are still rough. Teeth are a battle. He says the brush is scratchy.
T: We'll try the soft one today. Okay Eli, swing's done, let's go to the table. Shoes. The bunny ears.
P: Bunny ears... loop... around... through.
T: You did it! That was with verbal cues only. Again.
P: I did it again.
T: Four of five tries he tied them with verbal cues, one he needed hand over hand at the start.
C: He never did that at home.
T: Now the zipper on the jacket, get the bottom in... good. Now brushing teeth with the soft brush, at the sink, with the timer song.
P: It's not scratchy.
T: Not scratchy! Okay. So the self-care block, the shoes, the jacket, the toothbrushing, that was twenty-five minutes. The swing and the obstacle course before, the therapeutic activity, was sixteen.
C: Can I ask, he's obsessed with Minecraft, is that bad for his hands?
T: Not for his hands, but keep the screen time at the level his doctor said. Use it as a reward after the routine.
C: Got it.
T: Home: the visual schedule on the bathroom mirror, soft brush, and the bunny ears twice a day.
P: Bunny ears!
C: We'll practice. Thanks.
""")

S("e_ot13_scleroderma_ota", "test", "OT", "daily", "OTA", "per-code",
  timed={"97110": 9, "97535": 21}, untimed=[], key="97110x1:GO,CO 97535x1:GO,CO",
  facts=["scleroderma|systemic sclerosis", "Raynaud's|Raynaud", "heated gloves", "button hook|buttonhook",
         "built-up handles|built-up utensils|foam tubing", "jar opener", "tabletop stretches|stretches",
         "mouth opening|oral opening", "3/10|three out of ten|a three"],
  negated=["ulcers", "open sores"], absent=["the raffle"],
  text="""
T: Hi Ms. Vasquez, I'm Jordan, the OTA today. How are the hands this week with the scleroderma?
P: The cold is the worst. My fingers go white, then blue, the Raynaud's.
T: Any ulcers on the fingertips? Any open sores?
P: No ulcers. No open sores this time, thank God.
T: Good. Pain today?
P: Three out of ten. Stiff more than painful.
T: Okay. Hands look warm, you wore the heated gloves in, good. So first the ther ex, the tabletop stretches, the finger spreads, the mouth opening exercises. Nine minutes of those.
P: The mouth ones make me feel silly.
T: They're important for eating and the dentist. Okay, now the self-care piece. Let's do the buttons with the button hook.
P: Oh, this is so much easier.
T: Now the built-up handles, the foam tubing on the fork and toothbrush. And the jar opener for the kitchen.
P: I couldn't open a jar of salsa for two years. Two years!
T: Now you can. Try the key holder, for the car.
P: Oh, that's good.
T: That training block was twenty-one minutes, the adaptive equipment and the dressing.
P: Can my sister get one of those jar openers? She has arthritis.
T: They're at any pharmacy, ten bucks. Okay, and the gloves for the cold, the heated ones, wear them in the grocery store freezer aisle.
P: I won't go down that aisle.
T: Smart. And the dressing at home, who's helping you with the buttons now?
P: My husband does the top ones, the little ones at the collar. I do the rest, slowly.
T: With the button hook you should be able to do all of them. Try it tomorrow morning and tell me Thursday.
P: Okay, a challenge.
T: Ha. Did you win the raffle last week?
P: I did not. I never win anything.
T: Next time. Okay, I'll let Kim know how you did with the equipment.
P: Thank you.
""")

S("e_ot14_ganglion_ota_cms", "test", "OT", "daily", "OTA", "cms",
  timed={"97530": 16, "97110": 10}, untimed=[], key="97530x1:GO,CO 97110x1:GO,CO",
  facts=["ganglion", "dorsal wrist|back of the wrist", "wrist extension 60|sixty degrees|60 degrees",
         "weight bearing|weight-bearing", "push-ups|push-up", "2/10|two out of ten|a two",
         "theraband|red band", "typing"],
  negated=["numbness", "swelling", "clicking"], absent=["the concert"],
  text="""
T: Hi Sienna, I'm Leo, OTA. The ganglion excision, the dorsal wrist, three weeks out?
P: Three and a half. The stitches came out last week.
T: Good. How's the pain?
P: Like a two. Two out of ten. It's sore when I push up off the bed.
T: Weight bearing through the wrist, that's what we're working on. Any numbness, swelling, clicking?
P: No numbness. No swelling. No clicking.
T: Great. Wrist extension, let me measure... sixty degrees, it was forty last week.
P: That's way better.
T: Way better. Ther ex first, the wrist curls with the red theraband, the prayer stretch, the tendon glides, ten minutes.
P: The band is getting easy.
T: Then we'll go to yellow... wait, no, the other way, green. Green's harder. Okay, now the functional part. Weight bearing on the ball, then on the table, then the wall push-ups, then the typing on the keyboard with the wrist neutral, then carrying the laundry basket.
P: The push-ups are scary.
T: Scary but safe, the surgeon okayed it. Go slow. Good.
P: I'm going to the concert Saturday, can I hold my phone up the whole time?
T: Ha, your wrist will be fine, your arm might get tired. Okay that was sixteen minutes, the therapeutic activity.
P: My wrist's tired.
T: It did a lot. Ice at home if it's sore.
P: Ice, okay. And the band?
T: Green band, twice a day, ten reps each.
P: Should I still wear the brace at night? The surgeon gave me one but didn't really say.
T: I'll check with the OT and call you. Usually by now it's only if it aches.
P: Can I go back to my desk job Monday?
T: Typing's fine, with breaks. I'll tell the OT, she'll do the paperwork.
P: Cool.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (6)
# ---------------------------------------------------------------------------------------------

S("e_slp07_cleft_speech_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92522"], key="92522x1:GN",
  facts=["cleft palate|cleft lip and palate", "hypernasality|hypernasal", "nasal emission",
         "glottal stops|glottal stop", "40 percent|forty percent|40%", "intelligibility",
         "mirror test|mirror", "VPI|velopharyngeal", "craniofacial team|cleft team",
         freq(2, 12, "twice a week for twelve weeks")],
  negated=["ear infections", "feeding problems"], absent=[],
  text="""
T: Hi Sofia! Hi Mom. So Sofia's four, the cleft palate was repaired at eleven months, and the craniofacial team sent her to us.
C: Yes. People can't understand her, strangers especially. Her teacher says maybe half the time.
T: Okay. Any ear infections lately? Feeding problems, anything coming out her nose when she drinks?
C: No ear infections since the tubes. No feeding problems now.
T: Good. Sofia, can you say these pictures for me? What's this?
P: Ba... baw.
T: Ball, good. And this?
P: Ah-uh.
T: Cup. I hear a glottal stop for the /k/, she's making it in her throat instead. Sofia, say "puppy".
P: Huppy.
T: Okay. Let me hold this little mirror under her nose. Say "pa pa pa".
P: Pa pa pa.
T: Mirror fogged. That's nasal emission on the pressure sounds. And the voice is hypernasal, mild to moderate, on the vowels.
C: Is that the, what did they call it, VPI?
T: It could be velopharyngeal, VPI, the back of the palate not closing all the way. That's something the cleft team looks at with a scope, not us. I'll recommend it.
C: Okay.
T: In conversation, from the play sample, her intelligibility is about forty percent to me, unfamiliar listener.
C: She talked the whole birthday party last week and nobody got it. It broke my heart.
T: I hear you. So, speech sound eval results: the glottal stops are compensatory, from before the repair, and we can fix those with therapy. The hypernasality, the team decides if she needs surgery.
C: So you can help with some of it.
T: A lot of it. Plan: speech therapy twice a week for twelve weeks, placement for /p/, /b/, /t/, /k/, and I'll send the report to the team and request the nasendoscopy.
C: Thank you.
P: Bye-bye!
T: Bye Sofia!
""")

S("e_slp08_late_talker_lang_eval", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["expressive language delay|language delay", "PLS-5|PLS", "auditory comprehension 92|ninety-two",
         "expressive communication 74|seventy-four", "50 words|fifty words", "2-word combinations|two-word combinations|two-word",
         "final consonant deletion", "hearing screen|hearing", "parent coaching|parent training",
         freq(1, 12, "once a week for twelve weeks")],
  negated=["regression", "ear infections"], absent=[],
  text="""
T: So Mr. and Mrs. Boateng, Kofi is two and a half. What are you noticing with his talking?
C: He has maybe fifty words. His cousin, same age, talks in sentences. He points and grunts a lot.
T: Has he ever lost words he had, any regression?
C: No regression. He just, he's slow to add.
T: Ear infections? And the hearing screen, did he have one?
C: No ear infections, and he passed the hearing screen at the pediatrician last month.
T: Great, that's important. Okay. I did the PLS-5 with him. Auditory comprehension standard score ninety-two, that's in the average range. Expressive communication seventy-four, that's below average.
C: So he understands but doesn't talk.
T: Exactly, an expressive language delay. Kofi, what's this?
P: Ba.
T: Ball! Want the ball?
P: Ba. Mo ba.
T: More ball! That's a two-word combination. I heard a couple two-word combinations in play, "mo ba", "daddy go". And sound-wise, final consonant deletion, he leaves off the ends, "ba" for ball, "ca" for cat.
C: Is that normal at his age?
T: It's common at two, it should fade by three. I'm watching it.
C: Okay, and there was some daycare drama, the teacher said he bites because he can't talk.
T: That happens when kids can't get their words out. Talking helps. So my plan: speech therapy once a week for twelve weeks, with a big part being parent coaching, so you learn the strategies, like modeling, expanding what he says.
C: Like when he says "ball", I say "big ball"?
T: Exactly that. Goals: a hundred words, and two-word combinations regularly by the next progress note.
P: Ba!
T: Big ball! See, he's learning from you already.
C: Thank you, this makes me feel better.
""")

S("e_slp09_presbyphonia_voice", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["presbyphonia|aging voice|vocal fold atrophy", "MPT 14|fourteen seconds|14 seconds",
         "72 dB|seventy-two decibels|72 decibels", "phonation resistance|PhoRTE|straw phonation|straw",
         "pitch glides|glides", "hearing aids", "loud|louder", "7 of 10|seven of ten|7/10"],
  negated=["pain when I talk", "trouble swallowing", "cough"], absent=[],
  text="""
T: Morning Mr. Halvorsen! How's the voice this week?
P: Better. My wife says she can hear me from the kitchen now. Mostly.
C: Mostly. He still mumbles at dinner. But he's got his hearing aids in now too, so maybe that's me.
T: Ha. Any pain when you talk? Trouble swallowing, coughing on anything?
P: No pain when I talk. Nope, no trouble swallowing, no cough.
T: Good. So with the presbyphonia, the aging voice, the cords get thinner, and we're strengthening them. Let's start, big breath, long "ah".
P: Ahhhhhhhhh.
T: Fourteen seconds. MPT was nine at the start. Again?
P: Ahhhhhhhh.
T: Fourteen again. Okay, straw phonation, the water cup, bubbles, up and down.
P: Hmmmm. Like that?
T: Like that. Now the pitch glides, low to high, high to low.
P: Ooooo. Ooooo.
T: Good, you got higher than last week. Now loud: "How are you today?" across the room.
P: How are you today!
T: Seventy-two decibels on the meter. Last time sixty-five. Now sentences from the list, loud and clear, ten of them.
P: I'd like a coffee, black. The bus is late again...
T: Seven of ten at the target loudness without cues. Three dropped off at the end.
C: At bridge club he's whispering, the ladies told me.
T: We'll practice the phrases for bridge next time, the bidding.
P: One no trump!
T: Perfect, that was loud. Keep the home program, ten minutes twice a day, the glides and the loud phrases.
P: Twice a day. I'll do it in the car. Is it normal that my voice gets tired by the evening?
T: Yes, for now. The exercises build endurance, so that should get better. If it ever hurts or you lose your voice for days, call me.
C: And the water, he should drink more water, right?
T: More water, yes, it keeps the cords moist. A glass with every meal at least.
P: Twice a day in the car, and the water. Got it.
T: Great place for it.
""")

S("e_slp10_concussion_cog_daily", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 11}, untimed=[], cog=26, key="97129x1:GN 97130x1:GN",
  facts=["concussion|post-concussion", "working memory", "dual task|dual-task", "planner",
         "n-back|2-back|two-back", "85 percent|eighty-five percent|85%", "6 of 8|six of eight|6/8",
         "headache 2/10|two out of ten|a two", "return to work|back to work"],
  negated=["nausea", "light sensitivity", "dizziness"], absent=["fantasy draft"],
  text="""
T: Hey Brianna, how's the head? Headache number?
P: Two out of ten. It was a four yesterday after my shift.
T: Okay, two. Any nausea, light sensitivity, dizziness today?
P: No nausea. Light's fine now. No dizziness.
T: Good. So with the post-concussion stuff, we're doing the working memory and the attention today. How's the planner going?
P: I use it every day. I missed one thing, the dentist. But it was in there, I just didn't look.
T: That's progress, it was in there. Okay, the n-back. Numbers, tell me when a number matches the one two back.
P: Okay. Seven, three, seven, yes!
T: Yes. Keep going.
P: ... Nine, four, nine. Yes.
T: The two-back, eighty-five percent accuracy, that's up from seventy.
P: It's hard after a while, my brain gets foggy.
T: That's the fatigue piece. Now, dual task, you sort the cards by suit while I read you the shopping list, then tell me the list.
P: Hearts, spades... eggs, bread, um, the cheese, the coffee...
T: Six of eight items recalled during the dual task. Cards were all right.
P: I forgot the bananas and the soap.
T: Six of eight is good. That's the best yet. So cognitive work today was twenty-six minutes total.
P: Can I go back to work full time? I'm doing half days.
T: Return to work full time, I'd like to see the dual task steady first. Two more weeks of half days and I'll talk to your doctor.
P: Okay. My coworkers are doing a fantasy draft and I said I can't handle it yet.
T: Ha, good call. Okay, home: the planner, ten minutes of the n-back app a day, and rest breaks at work every hour.
P: Every hour, okay.
""")

S("e_slp11_acdf_dysphagia_progress", "test", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["ACDF|cervical fusion", "effortful swallow", "Shaker|head lift", "chin tuck against resistance|CTAR",
         "IDDSI level 6|soft and bite-sized|IDDSI 6", "IDDSI level 7|regular", "FOIS 5|FOIS is a 5|FOIS five",
         "without sticking, met|sticking, met", "goal not met|not met", freq(1, 4, "once a week for four weeks")],
  negated=["weight loss", "pneumonia", "coughing"], absent=["the dog park"],
  text="""
T: Mr. Duarte, progress note today. You had the ACDF, the cervical fusion, C5 to C7, and the swallowing's been hard since.
P: Yeah. Pills and bread get stuck. Less now though.
T: Less now. Any weight loss? Pneumonia, fevers?
P: No weight loss, I'm up a pound. No pneumonia.
T: Any coughing when you eat?
P: No coughing. It's the sticking feeling, not coughing.
T: Okay. Let's do your exercises while I watch. Effortful swallow, squeeze hard.
P: Okay.
T: Good, I see the larynx go way up. Now the Shaker, the head lift, lying flat, hold for thirty.
P: This one's rough on the neck.
T: The surgeon cleared it, but stop if the incision hurts. Good, thirty seconds, three reps. Now chin tuck against resistance, the ball under your chin.
P: Squeeze, hold.
T: Good. Now a cracker and water.
P: Mm. Okay.
T: One swallow, clear, one small extra swallow to clear the throat. That's better than last month. So goals: eating IDDSI level 6, soft and bite-sized, without sticking, met. Regular diet, IDDSI level 7, not met, bread and meat still catch. Pills whole, met with the puree trick.
P: I can't eat a steak yet. My wife cuts everything small for me, like for a kid.
C: He complains, but he eats it.
T: That's exactly right for now, small bites, moist, and a sip between. We'll try meat here next time so I can watch.
T: Not yet. Your FOIS is a 5 today, all by mouth but with some special preparation. It was a 4.
P: What's the top?
T: Seven. Plan: once a week for four weeks, keep exercises three times a day.
P: Okay. I walk my dog at the dog park every morning, can I do the exercises there?
T: Ha, the Shaker on the grass, sure, why not.
P: My neighbors already think I'm weird.
T: Then you're all set.
""")

S("e_slp12_laryngectomy_discharge", "test", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["laryngectomy", "TEP|cleaning the TEP|tracheoesophageal", "voice prosthesis|prosthesis",
         "HME|HME every day", "shield|stoma cover", "intelligibility 90|90 percent|ninety percent",
         "phone calls|the phone", "all goals met|goals met", "discharging|discharge"],
  negated=["leaking around", "bleeding", "stoma redness"], absent=["the fishing trip"],
  text="""
T: Mr. Brooks, last session. How's the new voice?
P: It's a voice! People still turn around in the store, but I talk.
C: He talks too much now, honestly.
T: Ha, that's a good problem. Let me look at the stoma. Any leaking around the prosthesis, when you drink? Any bleeding, redness?
P: No leaking around it. Not since you changed it.
T: No bleeding, no stoma redness, it looks healthy. The voice prosthesis is seated well. HME on every day?
P: HME every day, except in the shower, I use the shield.
T: Good. Let's talk. Occlude the stoma and tell me about your weekend.
P: We went to the lake, my son and I. Caught three bass.
T: Nice, clear, good breath support. Read the sentences for me.
P: The boy ran down the road. Buy bread at the store...
T: Intelligibility about ninety percent for sentences with me. And the phone calls?
C: He called the pharmacy by himself on Tuesday. First time.
P: They understood me. I only had to repeat once.
T: That was one of your goals. So: independent with cleaning the TEP and the prosthesis, met. Using the HME daily, met. Phone calls independent, met. All goals met after the laryngectomy, so I'm discharging you from speech today.
P: What if it starts leaking?
T: If it leaks when you drink, come in, the prosthesis needs changing, usually every few months. Call us, you don't need a new referral.
C: And the fishing trip in June, the boat, is that safe with the stoma?
T: A stoma cover, and no swimming, he can't go under. Life jacket always.
P: I'll be careful.
T: It's been a real pleasure.
P: Thank you for giving me my voice back.
""")
# @@SESSIONS_END@@
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
    if not re.fullmatch(r"e_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("e_" + s["discipline"].lower()):
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
            if f.startswith("e_") and f.endswith(".json"):
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
