#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), tenth set (ids k_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind9's README.  The
self-check machinery is copied unchanged from evals/data/blind9/make_blind9.py (only the id prefix
is k_); the sessions are new.  Running it:

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

S("k_pt01_cervical_radiculopathy_eval_low_interpreter", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 14}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["cervical radiculopathy|radiculopathy", "5/10|5 out of 10|five out of ten|maybe five",
         "tingling", "Spurling", "50 degrees|fifty degrees", "18 kilos|18 kg|eighteen kilos",
         "mechanical traction|traction", "chin tucks", "nerve glide",
         freq(2, 6, "twice a week for six weeks")],
  negated=["bladder", "dropping things"], absent=["room 3", "the twentieth"],
  text="""
T: Good morning, I'm Renata, physical therapy. And you're the interpreter today?
C: Yes, I'm Linh, Vietnamese. I will tell you what she says, in third person if that's okay.
T: Perfect. Mrs. Tran, what brings you in? The referral says cervical radiculopathy on the right.
C: She says the pain goes from the neck down the right arm into the thumb. It started about six weeks ago after she painted her daughter's kitchen.
T: And right now, zero to ten?
C: She says the pain is maybe five. At night maybe six if she lies on the right side.
T: Okay, five now. Any numbness or tingling in the hand?
C: She says tingling in the thumb and the pointing finger, not all the time.
T: Any trouble with the bladder, or walking, and are you dropping things, cups, the phone?
C: She's asking, she says she has a question about the parking, the ticket, can she stamp it here?
T: Yes, at the front desk. And the other question, the bladder, the walking, the dropping things?
C: Sorry. She says no, nothing like that, the bathroom is normal, she walks fine, she holds her cup fine.
T: Good. Other health problems, medicines?
C: She says only the blood pressure pill, one a day, nothing else. She has her next appointment in room 3 downstairs at eleven, the eye doctor.
T: We'll be done in time. Let me look. Spurling's test is positive on the right, reproduces the arm pain.
T: Cervical rotation to the right is fifty degrees, to the left seventy. Biceps reflex a little less on the right.
T: Grip, squeeze hard. Right eighteen kilos, left twenty-four.
C: She says the right is always weaker, she's right handed but she hurts.
T: One region, no other health problems that change the plan, no red flags, so this is a low complexity evaluation.
T: Next visit we try the mechanical traction on the table, if the arm is not worse after today.
C: She says she is scared of the machine, her friend had it.
P: Traction, okay. Okay.
T: Then exercises: the chin tucks, the shoulder blade squeezes with the yellow band, and the nerve glide for the arm. That was fourteen minutes.
C: She asks how many times at home.
T: Ten chin tucks, three times a day, and the glides only five, gently. Plan is twice a week for six weeks. The goal is to lift her granddaughter and hang the laundry without the arm pain.
C: She says the granddaughter's birthday is the twentieth, she wants to hold her for the photos.
T: That's a good goal. See you Thursday, and bring the interpreter request again.
P: Thank you. Thursday.
""")

S("k_pt02_lisfranc_sprain_eval_mod_nonnative", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 12, "97116": 7}, untimed=["97162"], key="97162x1:GP 97110x1:GP",
  facts=["Lisfranc", "midfoot", "walking boot|boot", "4/10|4 out of 10|four out of ten",
         "type 1 diabetes|type one diabetes", "asthma", "heel raises", "2 sets of 12|2x12|two sets of twelve",
         "one crutch|1 crutch", freq(2, 8, "two times in the week, for eight weeks")],
  negated=["numbness"], absent=["three to one", "two hundred forty dollars", "ten minutes", "twenty minutes"],
  text="""
T: Hello, Mr. Adeyemi, I am Paolo, the physiotherapist. So, you have the Lisfranc injury, the sprain of the midfoot, left side, yes?
P: Yeah, playing five-a-side, I landed on somebody's foot. We lost three to one, so it was a bad night all round.
T: Ah, football. When it happen?
P: Seven weeks ago. Five weeks in the walking boot, now they said come out of it slowly.
T: Okay. The pain, from zero until ten, how much is now?
P: Now about four. It's four out of ten walking, zero sitting.
T: And swelling in the evening, the numbness on the top of the foot, the toes?
P: The swelling, yeah, by night the foot is a balloon. The boot cost me two hundred forty dollars, by the way, and insurance says no.
T: Ah, this is terrible. But the numbness?
P: Numbness, no. None of that. Just the swelling.
T: Okay. Other problems of the health?
P: Type one diabetes since I was twelve, on the pump, and asthma, the inhaler when I run.
T: With the diabetes for the healing and the asthma, and the work you do standing, I think this is moderate complexity evaluation.
T: Now I look. Dorsiflexion is ten degrees on the left, twenty on the right. Tender on the midfoot, here, on top.
P: Ow, yes, that's the spot.
T: So now we go to make the walking. With one crutch, out of the boot, in the hall, then the stairs.
P: Weird without the boot, it feels naked.
T: Then the exercises on the mat: the towel scrunches, the ankle alphabet, and the heel raises on two feet, two sets of twelve. That was twelve minutes.
P: Twelve? That felt like twenty minutes, honestly.
T: No, no, twelve, I have the clock. And the walking, I said ten minutes before, no, it was seven, we started late because the stairs were busy.
P: Fair enough.
T: So plan: two times in the week, for eight weeks. Goal is to walk the whole shift in the warehouse without the crutch and without the pain more than two.
P: And play again?
T: Football at the end, maybe three months. Home: the heel raises every day and the ice after work.
P: Got it. Thursday then.
""")

S("k_pt03_guillain_barre_eval_high_wife_phone", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97116": 19, "97112": 11}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97112x1:GP",
  facts=["Guillain-Barre|Guillain Barre|GBS", "IVIG", "rolling walker|walker", "Berg 38|38/56|38 out of 56|thirty-eight out of fifty-six",
         "fell in the bathroom", "hypertension|high blood pressure", "tandem stance", "120 feet|one hundred twenty feet",
         "ankle foot orthosis|AFO", "feet burn|burning feet|burn at night", freq(3, 8, "three times a week for eight weeks")],
  negated=["trouble swallowing"], absent=["twenty minutes early", "three-thirty"],
  text="""
T: Mr. Kowalczyk, I'm Marco from physical therapy. And this is?
C: I'm Ewa, his wife. I'll help, he doesn't like to complain.
T: Good. So Guillain-Barre in August, the IVIG in the hospital, then four weeks at the rehab hospital, home since October.
P: That's right. Legs are coming back, slowly.
T: How are you getting around at home?
P: The rolling walker, mostly. I'm okay.
C: He won't tell you, but he fell in the bathroom last week, the night he didn't turn on the light.
P: I didn't hurt anything.
T: Any pain with all this?
P: It's not that I don't have pain. The feet burn at night, the soles, that's the nerves.
T: Any trouble swallowing, breathing since the hospital?
P: The breathing's fine now. They had me on the machine for two days, that was the worst.
T: And swallowing?
P: They checked all that at rehab. No, nothing with swallowing now, I eat everything.
T: Good. Other health: high blood pressure, the knee replacement in 2019.
C: And the prostate, but that's nothing for you.
T: Okay. Ankle strength three minus on both sides, the feet still slap a little. Berg balance is thirty-eight out of fifty-six, he can't do the tandem stance more than two seconds.
T: Excuse me, my phone. Physical therapy, Marco. No, Mrs. Delgado is three-thirty, tell her to come twenty minutes early for the paperwork. Thanks. Sorry about that.
C: Busy place.
T: With the falls, the blood pressure, the walker and a nerve disease still recovering, this is a high complexity evaluation.
T: Gait training with the walker and a trial ankle foot orthosis on the left, ten minutes down the hall and then another nine coming back with the turns and the doorway. He made one hundred twenty feet before he needed the chair.
P: The brace helps, the toe doesn't catch.
T: Then balance, the neuromuscular work: feet together, then the tandem stance at the counter, reaching outside his base. Eleven minutes.
C: He was shaking on that one.
P: I was concentrating.
T: Goal: walk to the mailbox with a cane and get in and out of the shower safely. Plan is three times a week for eight weeks.
C: Can we get the grab bars? The bathroom is tiny.
T: Yes, I'll write it down. Night lights too, after the fall.
P: Fine, fine.
""", said_exempt=("97116",))

S("k_pt04_total_ankle_pta_clock_colleague", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 21, "97112": 10}, untimed=[], key="97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["total ankle|ankle replacement|arthroplasty", "NuStep", "level 4|level four", "step-ups|step ups",
         "6 inch|six inch", "BAPS", "2/10|2 out of 10|two out of ten", "foam", "ice on the way out|ice|cryotherapy"],
  negated=["redness", "calf pain"], absent=["ninety-two", "eleven minutes"],
  text="""
T: Hey Gloria, I'm Sam, the PTA working with you today. Right total ankle, twelve weeks out. How's it been?
P: Better. Sore after church, all the standing.
T: Pain now?
P: Two. Two out of ten.
T: Okay. Any calf pain, redness, the incision okay?
P: The incision itched a bit on Sunday, I put the lotion on.
T: Good. We'll get you on the NuStep first, level four. We got on at two-oh-five.
P: This thing is my favorite.
T: It's two-seventeen now, hop off. Next the step-ups on the six inch step, that's strengthening, both hands on the rail.
T: Hey Sam, sorry, is Mr. Patel in bay three yours? Did he do his eleven minutes on the bike? His knee was ninety-two today, I need it for his note.
T: He's Renee's, ask her. I'm with Gloria.
P: Everyone's busy today.
T: Sorry. So the step-ups, that was nine minutes, strong. Now I'm taking the rail away, and you step up and hold on the top, one leg. That's balance now, not strength.
P: Whoa, that's wobbly.
T: That's the point. Then the BAPS board, the circles, and standing on the foam, eyes open then eyes closed. The balance part was ten minutes in all.
P: The foam is harder than the board.
T: And the redness, you didn't say, the calf?
P: Oh, no. No redness, nothing in the calf.
T: Good. Ice on the way out, ten minutes with your leg up.
P: Can I do the step-ups at home on my stairs?
T: Yes, with the rail, ten each side, once a day. Do you have the band still?
P: In the car.
T: Great. Dr. Lindgren sees you in two weeks, so we'll send him the numbers.
P: See you Friday.
T: Friday. Take your time on the stairs going out.
""", said_exempt=("97110",))

S("k_pt05_lumbar_fusion_pta_asr_sum", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97110": 15, "97116": 9, "97530": 6}, untimed=[], key="97110x1:GP,CQ 97116x1:GP,CQ",
  facts=["lumbar fusion|lumber fusion|fusion", "l4 l5|L4-5|L4-L5", "log roll|log role", "3/10|3 out of 10|three out of ten|three outta ten",
         "car transfer|car transfers", "cane", "200 feet|two hundred feet", "10 pounds|ten pounds|10 lb"],
  negated=["leg pain", "numbness in the feet"], absent=["a hundred milligrams", "nine to six"],
  text="""
T: hi mister okonkwo um im jess the pta today so this is the lumber fusion l4 l5 six weeks out right
P: six weeks thursday yeah
T: ok and um how's the pain today
P: like a three outta ten in the back the leg pain is gone thats the whole reason i did it the leg pain is just gone
T: thats great so were doing the log role to get up off the mat show me
P: knees bent roll like a log yeah yeah
T: perfect so we did the recumbent bike first eight on the bike uh level two then another seven on the stepper because you wanted to switch
P: my legs felt fine the back felt stiff
T: ok then um gate training with the cane outside in the hallway two hundred feet twice and the ramp that was gate training nine minutes
P: the cane feels like i dont need it
T: you still need it outside for now the car transfer
P: my wife says i get in the car like an old man
T: thats the point back straight sit first then swing the legs we practiced the car transfer with the simulator six minutes
P: my dog is on gabapentin too a hundred milligrams for her hips
T: ha my cat is on stuff too um no lifting over ten pounds still right
P: yeah ten pounds the surgeon said till the next visit
T: and no bending twisting you know the rules
P: i know i know my job is nine to six at a desk can i go back
T: ask the surgeon at the appointment uh next week
P: the twentieth yeah
T: ok um any numbness in the feet when you walk
P: not really
T: ok not really is that a no or a little
P: its a no nothing
T: ok keep walking every day two or three times and the bike at home if you have one
P: i have a spin bike can i use that
T: not yet its a different position ask the pt on thursday
P: ok thanks jess
""", said_exempt=("97110",))

S("k_pt06_proximal_humerus_reeval_colleague", "dev", "PT", "re-evaluation", "PT", "per-code",
  timed={"97110": 17, "97112": 8}, untimed=["97164"], key="97164x1:GP 97110x1:GP 97112x1:GP",
  facts=["proximal humerus fracture|humerus fracture", "115 degrees|115", "90 degrees abduction|abduction 90|abduction is 90",
         "QuickDASH today is 43|QuickDASH 43|QuickDASH of 43", "pulleys", "rhythmic stabilization", "osteoporosis",
         "3/10|3 out of 10|three out of ten", freq(2, 6, "twice a week, six more weeks")],
  negated=["night pain"], absent=["hundred and forty", "manual for twelve", "four nil", "twenty minutes"],
  text="""
T: Mrs. Achterberg, it's re-evaluation day, eight weeks since we started. Left proximal humerus fracture, no surgery.
P: Eight weeks already. My grandson's team won four nil on Saturday, I could clap with both hands.
T: That's a real test. Pain today?
P: Three, three out of ten, in the morning it's stiffer.
T: The night pain you had in September, when you couldn't lie on that side?
P: Oh, I forgot about that. It hasn't woken me for weeks.
T: So it's gone?
P: It's gone, yes. No night pain.
T: Good. Shoulder flexion today is 115 degrees, it was 70 at the start. Abduction is 90 degrees.
T: Sorry to interrupt, Kate, can you co-sign Mr. Boateng when you have a sec? His flexion was a hundred and forty and I did manual for twelve.
T: After this, Dev. Okay, where were we. External rotation forty.
P: Is that good?
T: It's twice what it was. QuickDASH today is 43, it was 68 at the start.
P: Lower is better, right?
T: Lower is better. Exercises: the pulleys, the cane lifts, the wall walks and the band for rotation.
P: I did at least twenty minutes on those pulleys, I'm sure.
T: Seventeen, I had the timer on it, it only felt long.
P: If you say so.
T: Then the rhythmic stabilization, me pushing and you holding, eight minutes.
P: That one makes me sweat.
T: With the osteoporosis we keep the loads light. New goals: reach the top kitchen shelf for the plates and carry the laundry basket down the stairs.
T: Plan: twice a week, six more weeks, and the home program goes up to the red band.
P: Red band. Fancy.
T: See you Tuesday.
""")

S("k_pt07_compression_fracture_group", "dev", "PT", "daily", "PT", "cms",
  timed={}, untimed=["97150"], key="97150x1:GP",
  facts=["compression fracture", "osteoporosis", "T12 compression|T12", "group", "wall angels", "sit to stand|sit-to-stand",
         "hip hinge", "2/10|2 out of 10|two out of ten"],
  negated=["sharp pain"], absent=["Harold", "Beatrice", "six-fifteen", "ninety-one"],
  text="""
T: Okay everyone, welcome back to the Thursday bone health group, four of you today. Mrs. Ivanova, you're new to this group, welcome.
P: Thank you. My doctor said group is good for me after the compression fracture.
T: T12 compression fracture, from the fall in the summer, and the osteoporosis. How's the back today, zero to ten?
P: Two. Two out of ten, just tired.
T: Any sharp pain, anything new since the last visit with me, the one-on-one?
P: Since the last time... I carried the groceries up, four bags, and I was careful. But no, no sharp pain, nothing new.
T: Good. Harold, you did twelve reps last week, let's see fifteen today. Beatrice, your knee okay?
P: Do they all have fractures?
T: Everyone has their own reasons, we don't share. Let's start with the wall angels, backs against the wall, arms up like a goalpost.
P: Oof, my arms don't reach the wall.
T: That's fine, go where you can. Then the hip hinge with the dowel, three points of contact, head, back, tailbone.
P: This is how I should pick things up?
T: Exactly. No bending forward from the spine. Next the sit to stand from the chair, arms crossed, ten slow ones.
P: I did eight, my legs are shaking.
T: Eight is good for the first group. Harold, slow down please. Okay, everyone on the line, heel to toe walk.
P: My husband's blood pressure was ninety-one over fifty this morning, he has to get his pills changed.
T: Oh, he should call his doctor about that. Back to the line, eyes forward.
P: Okay, okay.
T: Last, breathing and posture in sitting. That's our forty minutes today. Mrs. Ivanova, you did well, keep the hip hinge for everything at home.
P: Same time next Thursday?
T: Same time, ten o'clock. The bus back is at six-fifteen for Beatrice, not for you, right?
P: No, my daughter picks me up.
T: Perfect. See you next week.
""")

S("k_pt08_spondylolisthesis_discharge_fire_drill", "dev", "PT", "discharge", "PT", "cms",
  timed={"97110": 23, "97140": 13}, untimed=["G0283"], key="G0283x1:GP 97110x1:GP 97140x1:GP",
  facts=["spondylolisthesis", "grade 1|grade one", "Oswestry|ODI", "14%|14 percent|fourteen percent",
         "bird dog", "interferential|IFC|e-stim", "hot pack", "goals met|met all|met her goals",
         "0/10|0 out of 10|zero out of ten|a zero"],
  negated=["tingling"], absent=["twelve minutes", "room 214"],
  text="""
T: Last visit, Mrs. Lindahl. Grade one spondylolisthesis at L5, six weeks of work. How's the back?
P: Honestly a zero most days. Zero out of ten today.
T: And the tingling in the left foot you had at the start?
P: The what? Oh, the foot. I was going to tell you about my sister's surgery, she's in room 214 at St. Mary's.
T: I hope she's okay. The foot?
P: No, that's been gone for weeks, no tingling at all.
T: Great. Oswestry today is fourteen percent, it was forty-two at the start.
P: Is that good?
T: That's a big change. First the manual, the lumbar mobilizations on the table.
T: Oh, that's the fire drill. Everybody out, leave your shoes, we'll come back.
P: Now? In my socks?
T: We're back. We were outside twelve minutes, that doesn't count. So the manual was nine minutes before the alarm and four after it.
P: My feet are freezing.
T: Then the exercise: bird dog, the dead bug, the side plank from the knees, the bridges with march, and the squat to the chair. That was twenty-three minutes.
P: The bird dog is my favorite now, I do it with the kids.
T: Last the interferential, the e-stim, with the hot pack under it, fifteen minutes while I write.
P: Ahh, this is the best part.
T: You met all your goals: sitting through the whole movie, lifting the toddler, walking the three miles on Sunday.
P: I walked four last Sunday.
T: Even better. Discharge today, you keep the home program: bird dog, bridges, side plank, every other day.
P: And if it comes back?
T: Call us, the order stays open for a couple of months.
P: Thank you for everything.
T: You did the work. Take care.
""", said_exempt=("97140",))

# ---------------------------------------------------------------------------------------------
# PT test (8)
# ---------------------------------------------------------------------------------------------

S("k_pt09_patellar_tendinopathy_eval_low_scores", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 11, "97112": 7}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["patellar tendinopathy|jumper's knee", "volleyball", "VISA-P 58|VISA-P is 58|58 out of 100",
         "5/10|5 out of 10|five out of ten", "slant board|decline", "Spanish squat",
         "45 seconds|forty-five seconds", "single leg", freq(1, 6, "once a week for six weeks")],
  negated=["swelling"], absent=["twenty-five twenty-three", "court 4", "nine minutes"],
  text="""
T: Hi Zara, I'm Ines. Right knee, the jumper's knee from volleyball?
P: Yeah. Patellar tendinopathy the doctor said. We lost the final twenty-five twenty-three in the fifth set, and I couldn't jump at the end.
T: Ugh. When does it hurt?
P: Landing, and going downstairs. Like a five out of ten landing. Sitting it's fine.
T: Any swelling, locking, giving way?
P: Locking no, giving way no. We had practice on court 4 yesterday and I iced it after.
T: And the swelling?
P: It's not like it swells. No, no swelling ever, it just hurts right under the kneecap.
T: Okay. Tender at the bottom of the kneecap, the tendon. Knee range is full. The VISA-P is 58 out of 100.
P: Is that bad?
T: It's in the middle. No other health problems, no meds, one body part, this is a low complexity evaluation.
T: So we start with the Spanish squat, the strap behind the knees, you sit back and hold, forty-five seconds, five times.
P: My quads are on fire.
T: That's an isometric, it calms the tendon. Then the slant board, the decline squats, slow down on one leg.
P: The slant board one pinches a bit.
T: Pinch is okay if it's under four. The strength part was nine minutes, no wait, with the Spanish squats before it that's eleven. Eleven.
P: Eleven, okay.
T: Then single leg balance with the ball toss, landing soft, seven minutes.
P: Can I play Saturday?
T: Not jumping yet. We'll see next week. Plan: once a week for six weeks, you do the program at home the other days.
P: Once a week is good, I have classes.
T: Goal: play a full match with pain under two, and the stairs with no pain.
P: Sounds good.
T: Do the Spanish squats every day, the slant board every other day.
P: Got it, thanks Ines.
""")

S("k_pt10_sacral_insufficiency_eval_mod_daughter", "test", "PT", "evaluation", "PT", "cms",
  timed={"97116": 16, "97110": 9}, untimed=["97162"], key="97162x1:GP 97116x1:GP 97110x1:GP",
  facts=["sacral insufficiency fracture|sacral fracture", "osteoporosis", "rollator|four-wheeled walker|4-wheeled walker",
         "TUG 19|19 seconds|nineteen seconds", "6/10|6 out of 10|six out of ten|maybe six",
         "atrial fibrillation|AFib|a-fib", "standby", "heel slides", freq(2, 6, "two times a week, six weeks")],
  negated=["bowel"], absent=["two units", "thirty-two zloty"],
  text="""
T: Good afternoon, Mrs. Nowak. I'm Chris, physical therapy. And you're her daughter?
C: Yes, Agnieszka. My mother understands some English, but I translate to be sure.
T: Thank you. So a sacral insufficiency fracture, found in September, from the osteoporosis, no fall.
C: She says no fall, she just sat down hard on the bench at church and then couldn't walk.
T: How much pain now, zero to ten?
C: She says it's maybe six when she walks, two when she sits on the soft cushion.
T: Any changes with the bladder or the bowel, numbness in the saddle area?
C: She says... she is telling me about the hospital food. Sorry. Mama. She says no, no problem with the bowel, bladder, nothing numb.
T: Good. Other health?
C: The atrial fibrillation, the blood thinner. And the thyroid. And she's eighty-three.
P: Eighty-three. Yes.
T: With the AFib, the osteoporosis and her age, moderate complexity evaluation.
T: The Timed Up and Go with her rollator, nineteen seconds. That's a fall risk.
C: In Poland the walker cost thirty-two zloty, here it's a fortune.
T: Ha. Okay, walking. We started at ten past ten, the hallway and the turns, and it's ten twenty-six now. She needed standby, one loss of balance at the turn.
C: She says she is tired.
T: Sit here. Then on the mat the heel slides, the glute squeezes, and the ankle pumps, nine minutes of exercise.
P: Good. Good.
C: Sorry, I have to leave by noon, I give the cat her insulin, two units twice a day.
T: We'll be done. Plan is two times a week, six weeks. Goal: walk to the church with the rollator, and get up from the bench alone.
C: She says the church is only two blocks.
T: Then two blocks it is. Home: the heel slides and the ankle pumps, three times a day.
C: She says yes, thank you.
""", said_exempt=("97116",))

S("k_pt11_transverse_myelitis_eval_high_phone", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 14, "97112": 9}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97112x1:GP",
  facts=["transverse myelitis", "T6|thoracic", "spasticity|Ashworth", "catheter|neurogenic bladder",
         "forearm crutches|Lofstrand", "0.4 meters per second|0.4 m/s|point four", "depression", "clonus",
         freq(3, 10, "three times a week for ten weeks")],
  negated=["skin breakdown"], absent=["twenty minutes at least", "six visits left"],
  text="""
T: Mr. Haddad, hello, I'm Leila, physical therapy. And you must be Mrs. Haddad.
C: Rana. I'm his wife. He gets tired talking, so I'll help.
T: Of course. Transverse myelitis, at T6, the thoracic cord, in April. Tell me where things are now.
P: Legs are stiff, jumpy. I walk with the forearm crutches in the house.
C: The spasms wake him up at night, and the bladder, he uses the catheter four times a day.
T: Any skin breakdown, sores on the bottom or the heels? He sits a lot.
C: We check every night, the nurse showed us. His heels were red in May.
T: And now?
C: Now no, nothing, the skin is fine, no breakdown at all.
T: Good. Other health: the depression, on the sertraline, and the high cholesterol.
T: Excuse me, that's my phone. Physical therapy, Leila. Yes, tell Mr. Reyes he has six visits left, and the doctor has to sign again. Okay. Sorry.
C: No problem.
T: Tone: Modified Ashworth one plus at both knees, clonus at both ankles, three beats. Hip flexors three out of five.
T: Ten meter walk with the forearm crutches, point four meters per second. That's a household walker.
P: Slow. I used to run.
T: With the spasticity, the bladder, the depression and the falls risk, this is a high complexity evaluation.
T: Gait training in the hall with the crutches, the four point pattern, the turns. That was fourteen minutes.
C: He walked for twenty minutes at least, I timed it on my phone.
T: Some of that was the sitting and the measuring. Fourteen of walking. Then balance, neuromuscular re-ed, weight shifts in standing and stepping over the line, nine minutes.
P: My legs shook on the stepping.
T: That's the clonus, it's expected. Goal: walk to the car and into the mosque with the crutches, and no falls.
C: Friday prayers, that's the big one for him.
T: Plan: three times a week for ten weeks. Home: stretch the calves morning and night.
P: Thank you.
""")

S("k_pt12_mpfl_reconstruction_pta_clock", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 19, "97112": 8, "97140": 6}, untimed=[], key="97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["MPFL", "patellar dislocation|dislocated", "Airex", "step-downs|step downs",
         "4 inch|four inch", "brace", "120 degrees|hundred and twenty degrees",
         "1/10|1 out of 10|one out of ten", "patellar mobs|patella mobs|patellar mobilization"],
  negated=["giving way"], absent=["fifty percent", "forty-eight to forty-five"],
  text="""
T: Hey Tasha, Devon, your PTA today. Left MPFL, ten weeks out from the surgery for the patellar dislocation. How's the knee?
P: Good. One out of ten. We won the rec league game forty-eight to forty-five last night, I was on the bench cheering.
T: Nice. Any giving way, the kneecap sliding out?
P: I had the brace on the whole time at the game. I was scared about the steps in the gym, but it was fine.
T: So no giving way?
P: No, not once. No giving way.
T: Good. Bike first, I've got three-forty on the clock.
P: Can I go harder today?
T: Level five. Okay, it's three fifty-two, done with the bike. Now the lateral step-downs off the four inch step, that's quad strengthening.
T: Devon, quick, Mrs. Cho in four, is she still fifty percent weight bearing? I don't have her chart open.
T: Yes, fifty percent till Monday. Ask Dr. Park.
P: Do I get to know what's going on with everyone?
T: Sorry about that. Your step-downs, seven minutes, nice control. Now we put the Airex under your foot and you hold the bottom, that's balance now, not strength.
P: This is way harder.
T: Then the ball toss on the Airex, single leg. The balance was eight minutes.
P: My knee wobbles inward.
T: Watch the knee over the second toe. Last, on the table, the patellar mobs, up and down, six minutes.
P: That feels weird but good.
T: Knee flexion today is a hundred and twenty degrees.
P: Last week was one ten.
T: It's moving. Ice at home, the step-downs every day, and the brace for sports.
P: When can I go back to basketball?
T: That's for your PT on Monday, there are tests for that.
P: Okay. See you.
""", said_exempt=("97110",))

S("k_pt13_facet_syndrome_pta_asr_sum", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 17, "97140": 7, "97032": 8}, untimed=[], key="97110x1:GP,CQ 97032x1:GP,CQ",
  facts=["facet|face it joint", "lumbar extension|extension", "4/10|4 out of 10|four out of ten|for out of ten",
         "cat camel", "Russian|russian stim", "attended", "3 sets of 10|3x10|three sets of ten",
         "lumbar roll"],
  negated=["pain down the legs"], absent=["three fifty"],
  text="""
T: hey mister brennan im tony the pta so the low back the face it joint syndrome how you doing today
P: eh for out of ten today i sat at a wedding all day saturday
T: four ok any pain down the legs
P: like um i mean the legs are tired from dancing
T: ok but the pain down the legs into the feet
P: no no pain down the legs just the back right in the middle
T: good so we start um the cat camel on the mat ten of those then the pelvic tilts the bridges three sets of ten
P: my back cracks every time
T: thats ok thats gas in the joint so uh that was nine minutes on the mat and then another eight on the ball the dead bugs and the bird dog you know the one where you look like a table
P: the table one yeah i hate the table one
T: everybody hates the table one ok um then man you all the soft tissue on the low back and the hips seven minutes
P: that spot on the right is like a knot
T: yeah theres a knot ok now the russian stim i stay with you because i have to turn it up as you go its attended its eight minutes
P: it feels like ants
T: ants is right tell me when its too much
P: its fine its fine um my doctor said my blood pressure was a hundred twenty over eighty is that ok for the stim
T: thats fine for the stim ok im turning it up a little
P: the lumbar roll you gave me cost like three fifty at the store no wait that was the pillow
T: ha the lumbar roll for the car and the desk every day ok
P: yeah
T: home program cat camel and the bridges every day
P: every day got it
T: and um lumbar extension stand up and lean back every hour at work
P: every hour ok
T: see you tuesday
""", said_exempt=("97110",))

S("k_pt14_hypermobile_eds_progress_dispute", "test", "PT", "progress", "PT", "cms",
  timed={"97110": 26, "97112": 14}, untimed=[], key="97110x2:GP 97112x1:GP",
  facts=["Ehlers-Danlos|hEDS|hypermobil", "Beighton 7|7/9|7 out of 9|seven out of nine", "POTS",
         "compression stockings", "closed chain", "joint position|proprioception",
         "LEFS 52|52/80|52 out of 80|fifty-two out of eighty", "3/10|3 out of 10|three out of ten",
         freq(2, 8, "twice a week for another eight weeks")],
  negated=["dizziness"], absent=["forty-four", "eleven thirty", "thirty minutes"],
  text="""
T: Progress note today, Noor, ten visits in. Hypermobile Ehlers-Danlos, the knees and ankles. How's it going?
P: Better. Three out of ten most days, it used to be six.
T: Great. Any subluxations this month?
P: The left kneecap once, on the stairs at work. It went back on its own.
T: Okay, one. And the POTS, the dizziness when you stand?
P: I started the compression stockings like the cardiologist said, and the salt.
T: And the dizziness since then?
P: Oh, sorry. None this week, not once. No dizziness.
T: Good. Your Beighton is still seven out of nine, that doesn't change. The LEFS is fifty-two out of eighty today, it was thirty-four.
P: Is that a lot?
T: That's a real change. Strengthening today: the closed chain work, the wall sits, the leg press at forty pounds, the step-ups, and the hip band walks.
T: Sorry, Sana, your eleven thirty cancelled. And Mr. Dube's Berg was forty-four, can you put it in his note?
T: Thanks, later. So the strengthening, I said thirty minutes before, but we stopped four minutes for the blood pressure check, so twenty-six minutes.
P: It felt like an hour, honestly.
T: Twenty-six. Then the joint position work, eyes closed, matching angles with the other leg, and the wobble board. Fourteen minutes.
P: I'm bad at the eyes closed one.
T: You got better. Goals: climbing the stairs at work without the kneecap slipping, met this month once, so partly. Standing for the whole shift, met.
P: The shifts are eight hours.
T: Plan: twice a week for another eight weeks, then we'll see.
P: Can I try pilates?
T: Reformer pilates with a teacher who knows hypermobility, yes.
P: Cool. See you Thursday.
T: Bring the stockings list from the cardiologist, I want to put it in the chart.
P: I'll take a picture of it and bring it, it's on the fridge at home.
""")

S("k_pt15_calcaneus_orif_discharge_fire_drill", "test", "PT", "discharge", "PT", "per-code",
  timed={"97116": 14, "97110": 18}, untimed=[], key="97116x1:GP 97110x1:GP",
  facts=["calcaneus fracture|calcaneal fracture|heel fracture", "ORIF|plate", "LEFS 61|61/80|61 out of 80|sixty-one out of eighty",
         "subtalar", "single leg stance", "hiking", "1/10|1 out of 10|one out of ten", "heel cup|orthotic",
         "discharge"],
  negated=["swelling"], absent=["fifteen minutes", "parking lot C"],
  text="""
T: Mr. Ferreira, last visit today. Right calcaneus fracture, the ORIF with the plate in June.
P: Last one. I'll miss the place, not the exercises.
T: Pain?
P: One out of ten. After a long day maybe two.
T: The swelling in the evening you used to get, around the ankle?
P: My wife asks me every night, I show her. The ankle, the heel... no, no swelling now, the shoe fits.
T: Good. The LEFS today is sixty-one out of eighty, it was twenty at the start.
P: And the heel cup, do I keep using it?
T: Keep the orthotic in the work boots. Subtalar motion is still about half of the other side, that's normal after this fracture.
T: Okay, walking outside on the gravel and the ramp, the stairs without the rail. Gait training was fourteen minutes.
P: The gravel is the worst, the foot doesn't like the sideways.
T: Now the calf raises on the step, the single leg stance on the pillow, and...
T: That's the fire alarm. Let's go, stairs, out to parking lot C.
P: Is it real?
T: It's a drill, they told us this morning. We were outside about fifteen minutes, that doesn't count.
P: Back to the calf raises?
T: Yes. So the strengthening was ten minutes before the alarm and eight after.
P: My calf is cramping.
T: Stretch it. Single leg stance on the right, thirty seconds now, it was five at the start.
P: I want to go hiking with my son in the spring, the canyon trail.
T: That was your goal, walking the hiking trail for two hours. You're close, so it's partly met, and the work goal is met.
P: I'm back on the roofs full days.
T: Then discharge today with the home program: calf raises, single leg stance, and the stairs.
P: Thank you for everything.
T: Good luck on the trail.
""", said_exempt=("97110",))

S("k_pt16_tarsal_tunnel_ultrasound_nonnative", "test", "PT", "daily", "PT", "per-code",
  timed={"97035": 8, "97110": 14, "97140": 9}, untimed=[], key="97035x1:GP 97110x1:GP 97140x1:GP",
  facts=["tarsal tunnel", "Tinel", "ultrasound", "1 megahertz|1 MHz|one megahertz",
         "nerve glides|neural glides", "towel scrunches", "5/10|5 out of 10|five out of ten",
         "marble pickups|marbles"],
  negated=["burning"], absent=["one hundred sixty", "the ninth"],
  text="""
T: Good morning, Mrs. Oyelaran. I am Dr. Kim, physical therapist. Today is your fourth visit, for the tarsal tunnel, right foot, yes?
P: Yes, fourth. Good morning.
T: How is the foot this week? The pain, the number, zero until ten?
P: Five. Five out of ten in the morning, less when I walk a little.
T: And the burning on the bottom of the foot, before you say it was burning at night?
P: I bought the new shoes, one hundred sixty dollars, the ones you told me. The arch is good.
T: Good shoes. But the burning?
P: Burning, no. Not this week. Only the tingling at the heel sometimes.
T: Okay. Tinel is still positive behind the ankle, but less, I think.
T: First, ultrasound on the inside of the ankle, one megahertz, eight minutes, pulsed.
P: Warm, a little.
T: It should not be hot, you tell me. Then, manual, I make the soft tissue on the calf and the mobilization of the ankle, the subtalar. Nine minutes.
P: Ahh, that spot.
T: Yes, this is the tight spot. Now exercise: the towel scrunches, the marble pickups, the nerve glides for the foot, and the calf stretch on the wall. Fourteen minutes.
P: The marbles, my grandson laughs at me.
T: It is a good exercise. He can help you. 
P: My appointment with the foot doctor is on the ninth, I forget the month, next month.
T: Okay, you tell him about the ultrasound and the shoes. For home: the nerve glides two times in the day, ten each.
P: Ten each, two times.
T: And no walking barefoot on the tile floor.
P: Never barefoot, okay.
T: Next week I measure again. See you Thursday.
P: Thank you, doctor.
T: Oh, and the ice bottle, roll the foot on the frozen bottle in the evening, five minutes, not more.
P: The frozen water bottle, yes, my daughter told me the same thing.
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("k_ot01_scleroderma_hands_eval_mod_nonnative", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 21, "97535": 13}, untimed=["97166"], key="97166x1:GO 97760x1:GO 97535x1:GO",
  facts=["scleroderma|systemic sclerosis", "Raynaud", "12 kilos|12 kg|twelve kilos", "resting hand orthosis|night orthosis|orthosis",
         "buttons|button hook", "jar opener|jar", "COPM", "lung|interstitial", "modified independent|mod independent",
         freq(1, 8, "once a week, for eight weeks")],
  negated=["open sores"], absent=["forty-nine euros", "the fourteenth"],
  text="""
T: Good morning, Frau... sorry, Mrs. Hartmann. I am Jens, occupational therapist. You come for the hands, with the scleroderma, yes?
P: Yes. Systemic sclerosis, since four years. The hands are getting tight, the fingers curl.
T: I see it. What is most difficult for you in the day?
P: Buttons. Jars. Cutting the meat. My husband does the jars now.
T: And the cold, the Raynaud, the fingers go white?
P: White, then blue, then red. Every morning at the bus stop.
T: Any open sores at the fingertips? Sometimes with scleroderma they come.
P: I had one last winter, here, on the middle finger. I bought a paraffin bath from Germany, forty-nine euros, my sister sent it.
T: And now, the sores?
P: Now nothing. No open sores, the skin is closed.
T: Good. Other things of the health?
P: The lungs, the interstitial lung disease, I see the lung doctor on the fourteenth. And the reflux.
T: So, with the lung, the progression, and the many tasks, this is a moderate complexity evaluation.
T: Now we make the measurements. Grip on the right twelve kilos, left ten. The fingers, the flexion, they don't close to the palm, two centimeters missing.
P: Before I could make a fist.
T: The COPM, you choose the activities: buttons, opening jars, cutting the food. Performance four, four, three.
P: That is honest.
T: Now I make you a resting hand orthosis for the night, to keep the fingers long. I mold it on you, and then the straps. That was twenty-one minutes.
P: It is warm when you mold it.
T: Then we practice the dressing with the button hook, and the jar opener on the wall, and the built-up fork. Thirteen minutes.
P: The button hook is clever. I do the blouse alone, slow.
T: With the hook you are modified independent for the buttons. Plan is once a week, for eight weeks.
P: Once is good, the bus is far.
T: Goal: open the jars and do the buttons alone, and cut the meat with the special knife.
P: My husband will be happy.
""")

S("k_ot02_psp_eval_high_daughter_clock", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97535": 26, "97542": 9}, untimed=["97167"], key="97167x1:GO 97535x2:GO",
  facts=["progressive supranuclear palsy|PSP", "backward|backwards", "look down|downgaze|down gaze", "tub bench|tub transfer",
         "transport chair|wheelchair", "moderate assist|mod assist", "grab bar", "long-handled sponge|long handled sponge",
         freq(2, 8, "twice a week for eight weeks")],
  negated=["accidents"], absent=["three hundred dollars", "four o'clock"],
  text="""
T: Hello, Mrs. Bianchi, I'm Ruth from occupational therapy. And you're her daughter?
C: Yes, Carla. Mom's speech is slow now, so I'll answer some, and she'll tell me if I'm wrong.
P: She's... mostly... right.
T: Perfect. The diagnosis is progressive supranuclear palsy, PSP, since last year. What's hardest at home?
C: The bathroom. She falls backward, always backward, and she can't look down to see her feet.
T: How many falls?
C: Three since summer. One in the tub.
T: Any accidents with the bladder, getting to the toilet in time?
C: Sorry, my phone. Hi, no, I'm at Mom's therapy. The plumber comes at four o'clock, tell him three hundred dollars is too much. Okay. Bye. Sorry.
T: No problem. The bladder, any accidents?
C: No, no accidents. She gets there, slowly, but she gets there.
P: No... accidents.
T: Okay. With the falls, the eyes, the swallowing and a disease that is progressing, this is a high complexity evaluation.
T: Let's go to the practice bathroom. We started the bathroom at one-forty. Tub transfer with the tub bench, she needs moderate assist, she pushes backward when she sits.
C: That's exactly what happens at home.
T: Now bathing with the long-handled sponge, seated, and reaching the feet without looking down. Then toileting with the grab bar. It's two-oh-six, so we're done in here.
P: Tired.
T: Last the transport chair: folding it, the brakes, Carla pushing it over the curb cut in the parking lot. That was nine minutes of wheelchair training.
C: The brakes are the hard part for me, they're stiff.
T: I'll write down a grab bar by the toilet and one in the tub, and the tub bench you have is fine.
C: Who installs the grab bars?
T: A handyman, or the hardware store does it. Plan: twice a week for eight weeks, and I'll come to the house once if insurance allows.
C: That would help so much.
T: Goal: she bathes safely on the tub bench with Carla standing by, and no falls in the bathroom.
P: No... falls.
""", said_exempt=("97535",))

S("k_ot03_copd_energy_conservation_ota_clock", "dev", "OT", "daily", "OTA", "cms",
  timed={"97535": 18, "97530": 14}, untimed=[], key="97535x1:GO,CO,59 97530x1:GO,CO",
  facts=["COPD", "2 liters|two liters", "91%|91 percent|ninety-one percent", "pursed lip", "shower chair",
         "laundry", "energy conservation", "Borg 4|Borg of 4|four on the Borg"],
  negated=["chest pain"], absent=["apartment 4B", "fifteen dollars"],
  text="""
T: Morning, Mr. Abernathy, I'm Gina, the OTA today. And Mr. Abernathy too?
C: Walt, his husband. I carry the oxygen bag, he carries the attitude.
P: Ha. Funny.
T: COPD, on two liters. How's the breathing today?
P: Not bad. The stairs to apartment 4B nearly killed me yesterday.
T: Any chest pain, coughing up anything new, fever?
C: He coughs every morning, that's old. The fever, no.
T: And chest pain?
P: Chest pain... no. Tight, not pain. No chest pain.
T: Okay. Sats on two liters ninety-one percent at rest. Today is the shower and the laundry, all with energy conservation.
T: We started the bathroom at nine-fifteen. Shower chair, sitting to wash, the handheld shower, and pursed lip breathing between the steps.
P: Smell the roses, blow the candle.
T: Exactly. Drying off sitting, the terry robe instead of the towel, then dressing seated. It's nine thirty-three, done with the bathroom.
C: The robe was fifteen dollars at the thrift shop, best money we ever spent.
T: Now the laundry: carrying the basket on the rolling cart, loading the washer sitting on the stool, folding at the table.
P: I'm breathing hard.
T: Borg?
P: Four. Four on the Borg.
T: Sit, pursed lip, let it come down. Ninety percent, now ninety-two. Okay, the laundry was fourteen minutes, that's enough today.
C: At home he does it all standing up and then he's wiped out for the day.
T: That's why the stool. Plan the week: laundry Monday, shopping Wednesday, not the same day.
P: I like that.
T: Next time the kitchen, and we'll bring the grocery list.
C: He'll bring his attitude.
T: And Walt, the oxygen tubing on the floor, tape it down or use the shorter one in the kitchen, it's a trip hazard.
C: I keep telling him, he drags fifty feet of it around the apartment.
P: See you Thursday.
""", said_exempt=("97535",))

S("k_ot04_ra_mcp_arthroplasty_ota_asr_sum", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97110": 11, "97140": 9}, untimed=[], key="97110x1:GO,CO 97140x1:GO,CO",
  facts=["MCP arthroplasty|m c p arthroplasty|metacarpophalangeal", "rheumatoid", "theraputty|putty|thera putty",
         "retrograde massage|retro grade massage", "dynamic splint|dine amic splint|outrigger", "ulnar drift",
         "4/10|4 out of 10|four out of ten", "hand helper|hand exerciser"],
  negated=["fever"], absent=["seven thirty", "a dollar twenty-five"],
  text="""
T: hi miss delacroix its ana um the ota today so the m c p arthroplasty all four fingers right hand for the rheumatoid how we doing
P: ok ok its sore um four out of ten maybe
T: four ok any redness at the incision any fever chills
P: my neighbor had a fever all week she thinks its the flu the whole building has it
T: oh no but you
P: me no fever no nothing
T: good um lets check the dine amic splint the outrigger the slings look ok the rubber bands need changing
P: they feel loose
T: ok so i changed the bands and the ulnar drift look the fingers are straight in it thats what we want thats just a quick fix on the splint i dont bill that
P: finally straight
T: um so first the retro grade massage for the a dema the swelling from the fingertips up the hand nine minutes
P: that feels good
T: then uh the exercise we did the thera putty the soft one six minutes and then another five with the hand helper the little one with the springs
P: the putty is the blue one or the tan one
T: tan the softest one um dont squeeze hard just the finger curls
P: ok i can do that
T: the bus at seven thirty do you still take it to get here
P: yeah a dollar twenty-five each way its fine
T: ok um wear the splint all day except for the exercises and the night splint at night
P: two splints ugh
T: i know uh next week we start the light grip maybe
P: when can i open jars
T: not for a while we can get you a jar opener
P: my daughter has one
T: perfect um so home program the finger curls and the massage twice a day
P: twice a day ok
T: see you friday
""", said_exempt=("97110",))

S("k_ot05_crps_hand_progress_revised", "dev", "OT", "progress", "OT", "cms",
  timed={"97140": 10, "97530": 16}, untimed=[], key="97140x1:GO 97530x1:GO,59",
  facts=["complex regional pain syndrome|CRPS", "desensitization", "rice bin", "mirror box|mirror therapy",
         "9 kilos|9 kg|nine kilos", "7/10|7 out of 10|seven out of ten", "allodynia", "coffee",
         freq(2, 6, "twice a week for six more weeks")],
  negated=["purple"], absent=["twelve minutes", "quarter to five"],
  text="""
T: Progress note today, Mr. Sato. CRPS, left hand, after the wrist fracture in March. How's the pain this week?
P: Seven out of ten. It was nine when we started, so I'll take seven.
T: And the color, the purple you used to get, and the hand sweating?
P: The sweating is still there, the sleeve gets wet. My wife wanted me to ask about the heating pad.
T: We'll talk about the heat. And the color?
P: Oh, right. Not this week. No purple, it's normal colored mostly.
T: Good. The allodynia, the light touch hurting, is smaller: it's only the back of the hand now, not the forearm.
P: I can wear a long sleeve again.
T: Grip on the left nine kilos, it was three. Right is thirty-four.
T: Desensitization first, the textures, the soft cloth to the velcro, the massage on the forearm, the manual part. That was twelve minutes.
P: The velcro still bites.
T: Then the rice bin and the mirror box, finding the coins, and the real tasks: pouring coffee, carrying the mug to the table, opening the door.
P: Pouring the coffee, I spilled only once.
T: That part was sixteen minutes. And the desensitization, I said twelve, it was ten, I'm looking at my sheet, we started late from the waiting room.
P: Ten, twelve, whatever you say.
T: Ten. Goals: pour and carry a cup of coffee, met. Wear a watch on the left wrist, not yet. Grip fifteen kilos, partly, nine now.
P: The watch, I tried, I took it off after an hour.
T: That's still progress. Plan: twice a week for six more weeks, and the mirror box every day at home, five minutes, three times.
P: My appointment with the pain doctor is quarter to five on Tuesday.
T: Tell him about the sleep, the hand wakes you less?
P: Less, yes, twice a night instead of five.
T: I'll write that down. See you Friday.
P: Friday. Thank you.
""")

S("k_ot06_boutonniere_discharge_colleague", "dev", "OT", "discharge", "OT", "per-code",
  timed={"97110": 13, "97763": 8}, untimed=[], key="97110x1:GO 97763x1:GO",
  facts=["boutonniere|central slip", "PIP extension|PIP joint", "minus 10|-10|minus ten", "Capener", "blocking exercises|blocking",
         "QuickDASH 11|QuickDASH of 11|11/100|eleven out of a hundred", "piano", "goals met|met all|met both"],
  negated=["numbness"], absent=["minus thirty", "room 3", "the twenty-second"],
  text="""
T: Last visit, Ms. Oduya. Right middle finger, the central slip repair for the boutonniere, eleven weeks.
P: I can't believe it's over.
T: How does it feel?
P: Stiff in the morning for ten minutes, then fine. I played the piano Sunday, the easy pieces.
T: Any numbness on the finger, the tip?
P: My mom always asks me that, she had the carpal tunnel. The tip? Feels normal. No numbness.
T: Good. PIP extension is minus ten, it was minus forty-five at the start. Flexion is ninety.
T: Sorry, Dana, can you look at Mr. Lindqvist's splint in room 3 when you're done? His PIP is at minus thirty and the strap is rubbing.
T: After this one, Ella, five minutes.
P: Busy day.
T: Always. So the Capener splint, you wear it at night only now. I adjusted the coil and the strap today, and we went over the wearing schedule and the skin checks. Eight minutes on the splint.
P: It fits better.
T: Then the exercises: blocking exercises for the PIP and the DIP, the reverse blocking, the tendon glides, and the putty. That was thirteen minutes.
P: The blocking is my least favorite.
T: QuickDASH is eleven out of a hundred today. It was fifty-two.
P: Lower is better?
T: Lower is better. Your goals were piano for thirty minutes and the typing at work. You met both.
P: I type all day, no problem.
T: So you're discharged today. Keep the Capener at night for two more weeks, the blocking exercises twice a day.
P: And if it gets stiff again?
T: Call us. The surgeon sees you on the twenty-second, right?
P: The twenty-second, yes.
T: Then he'll decide about the splint after that. Good luck with the recital.
""")

S("k_ot07_de_quervain_iontophoresis_tennis", "dev", "OT", "daily", "OT", "cms",
  timed={"97033": 12, "97110": 16}, untimed=[], key="97033x1:GO 97110x1:GO",
  facts=["de Quervain", "Finkelstein", "iontophoresis|ionto", "dexamethasone", "40 milliamp|40 mA|forty milliamp",
         "thumb spica|spica", "hot pack|moist heat", "eccentric", "6/10|6 out of 10|six out of ten"],
  negated=["catching"], absent=["six-four", "Tuesday at two"],
  text="""
T: Hi, Mrs. Castellanos. Third visit for the de Quervain's, left wrist. How's the thumb?
P: Six out of ten after tennis. I shouldn't have played, but we won six-four, six-two.
T: Congratulations, and ouch. Any clicking, catching at the thumb when you move it?
P: Not the thumb. The wrist clicks when I do push-ups, but that's always.
T: At the thumb though?
P: At the thumb, no. No clicking or catching there.
T: Okay. Finkelstein is still positive, but you didn't jump this time.
P: I'm getting used to you.
T: Hot pack first on the forearm while I set up, then the iontophoresis with the dexamethasone, forty milliamp-minutes on the first compartment.
P: This tingles.
T: That's the current. I stay with you and check the skin. The ionto was twelve minutes.
P: Sorry, my phone. Mom? I'm at therapy. The dentist is Tuesday at two, yes, I'll drive you. Bye.
T: No problem. Now exercises: the eccentric wrist work with the one pound weight, the thumb slides, and the gentle stretch for the tendons. Sixteen minutes.
P: The eccentric one burns.
T: Slow down on the way down, three seconds. And the thumb spica, are you wearing it?
P: At night and for the tennis.
T: No tennis for two weeks, please, then we see.
P: Two weeks? The club finals are in three.
T: Then two weeks off gives us a chance for the finals. Home: the eccentrics once a day, ice after.
P: Okay, deal.
T: See you Monday.
P: Monday. Should I keep the hot pack at home too?
T: Heat before the exercises is fine, ten minutes, and ice after the tennis, not heat.
P: Heat before, ice after. My husband will remember, he remembers everything.
T: Good, he can be the coach. And wear the spica in the car, the steering wheel is hard on that tendon.
P: I never thought about the car. Okay.
""")

# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("k_ot08_trigger_finger_eval_low_son_interprets", "test", "OT", "evaluation", "OT", "cms",
  timed={"97760": 14, "97110": 9}, untimed=["97165"], key="97165x1:GO 97760x1:GO 97110x1:GO",
  facts=["trigger finger", "ring finger", "A1 pulley|pulley", "MCP blocking orthosis|blocking orthosis|orthosis",
         "tendon glides", "3/10|3 out of 10|three out of ten|maybe three", "22 kilos|22 kg|twenty-two kilos",
         freq(1, 4, "once a week for four weeks")],
  negated=["swelling"], absent=["the third", "eight hundred dollars"],
  text="""
T: Hello, Mr. Haddad? I'm Beth, occupational therapy. And you're his son?
C: Yes, I'm Karim. My father speaks Arabic, I'll translate for him.
T: Thank you. It's the right ring finger, the trigger finger, the doctor wants to try a splint before a shot.
C: He says yes, it locks in the morning, he has to pull it straight with the other hand.
T: How much does it hurt, zero to ten?
C: He says maybe three. Only when it snaps. He says it's worse after he drives.
T: Does he drive for work?
C: He drives a taxi, twelve hours. And he says we fly to Amman on the third, he wants it better for the trip. The ticket was eight hundred dollars each.
T: We'll do what we can before the third. Any swelling in the hand, or the other fingers locking, numbness?
C: He is showing me the other hand... He says the other fingers are fine. And swelling, he says no, never swelling.
P: No swelling. No.
T: Okay. There's a nodule at the A1 pulley, the base of the finger, tender, and it catches when he makes a fist.
T: Grip on the right twenty-two kilos, left thirty. Only this finger, healthy otherwise, so a low complexity evaluation.
C: He asks if he needs surgery.
T: Maybe not. First the orthosis. I'm making him an MCP blocking orthosis, a small one for the ring finger, to wear at night and when he drives. Fitting and the straps, fourteen minutes.
C: He says it is small, good, the passengers won't see it.
T: Then the exercises: the tendon glides, the straight fist, the hook, the full fist, and the gentle stretch. Nine minutes.
C: He says the hook one makes it click.
T: Only do it to the click, not through it. Ten times, three times a day.
P: Ten. Okay.
T: Plan: once a week for four weeks, and we check the splint next week.
C: He says thank you. He says the splint is better than the needle.
T: We'll see how it goes. Karim, write down the wearing schedule for him?
C: I have it on my phone.
""")

S("k_ot09_post_polio_reeval_phone", "test", "OT", "re-evaluation", "OT", "per-code",
  timed={"97535": 18, "97110": 7}, untimed=["97168"], key="97168x1:GO 97535x1:GO",
  facts=["post-polio|post polio", "fatigue", "reacher", "sock aid", "shower chair", "COPM",
         "6/10|6 out of 10|six out of ten", "pacing|energy conservation", freq(1, 6, "once a week for six weeks")],
  negated=["new weakness"], absent=["four visits left", "the thirtieth", "twenty minutes"],
  text="""
T: Mrs. Lindgren, it's re-evaluation day for OT. Post-polio syndrome, the fatigue and the left arm. How has it been since October?
P: Better with the pacing. I rest before I'm tired now, like you said.
T: Fatigue, zero to ten?
P: Six out of ten by the afternoon, it used to be nine.
T: Any new weakness, in the right arm or the legs?
P: The right arm... I carried my cat to the vet, he's fifteen pounds, and it was fine.
T: So no new weakness anywhere?
P: No. No new weakness, just the old left arm.
T: Excuse me, that's the front desk. Yes? Mrs. Ng has four visits left and the authorization ends on the thirtieth, okay, I'll tell her. Thanks.
P: You're popular today.
T: Sorry. The COPM: dressing the lower body, performance seven, satisfaction eight. Showering seven and seven.
P: I do my socks with the sock aid now, every morning.
T: Great. Today we practiced the lower body dressing with the reacher and the sock aid, then the shower chair transfer and the pacing plan for the shower. That was eighteen minutes.
P: It felt like twenty minutes at least with the shower chair.
T: Eighteen on my watch. Then the light arm exercises, the range of motion, no weights, seven minutes.
P: The left arm is as good as it gets, I think.
T: We keep it moving. New goals: cook a simple dinner with rest breaks, and go to the grocery store with the motorized cart.
P: The cart, I'm embarrassed, but yes.
T: Plan: once a week for six weeks, then we decide about discharge.
P: Good, once a week.
T: Home: the pacing diary, and the arm exercises every other day, never to exhaustion.
P: Never to exhaustion. I'll write that on the fridge.
""")

S("k_ot10_scaphoid_fracture_ota_clock_category", "test", "OT", "daily", "OTA", "cms",
  timed={"97140": 9, "97110": 12, "97530": 10}, untimed=[], key="97110x1:GO,CO 97530x1:GO,CO",
  facts=["scaphoid", "joint mobilizations|joint mobs", "putty", "coins", "wrist extension 45|45 degrees|forty-five degrees",
         "2/10|2 out of 10|two out of ten", "thumb spica|spica|splint", "grocery store|pretend store"],
  negated=["numbness"], absent=["ninety-eight", "flight 212"],
  text="""
T: Hello, Mr. Ortega, I am Maricel, the OTA today. Is your scaphoid fracture, the right wrist, first week out of the cast, yes?
P: Yes. It looks so skinny.
T: Normal after eight weeks in the cast. The pain, how much, zero until ten?
P: Two. Two out of ten, stiff more than pain.
T: Any numbness, tingling in the thumb?
P: I fly to Chicago on Friday, flight 212, is the cast off okay for the airport?
T: Yes, no problem. But the numbness?
P: Sorry. No, no numbness, the fingers feel normal.
T: Good. First I do the joint mobilizations, the wrist, gently. I started at three-fifty.
P: That pulls.
T: Pull is okay. It's three fifty-nine, done with the mobs. Wrist extension now forty-five degrees.
P: The other side is like ninety.
T: We get there. Now the putty, the strengthening, squeezing, pinching, rolling. Twelve minutes.
P: The putty smells funny.
T: Now I hide coins in the putty, you find them and pay me for the groceries, the pretend store. This is not exercise now, this is the functional part, the fingers and the wrist together for a real task. Ten minutes of that.
P: Ninety-eight cents, there you go.
T: Very good, but you use the left hand to hold the coins, try the right.
P: It's slower.
T: Slower is fine. The thumb spica, you wear it for the airport and when you carry the bags.
P: Not for sleeping?
T: Sleeping no, only for heavy things. Home: the putty two times in the day and the wrist circles.
P: Two times, okay.
T: See you Monday when you come back from Chicago.
P: Monday. Thank you, Maricel.
T: And the bags at the airport, the roller bag with the left hand please, not the right.
P: Left hand, got it. My wife will carry the heavy one anyway, she always does.
""", said_exempt=("97140",))

S("k_ot11_radial_nerve_palsy_ota_asr_sum", "test", "OT", "daily", "OTA", "per-code",
  timed={"97530": 14, "97763": 9}, untimed=[], key="97530x1:GO,CO 97763x1:GO,CO",
  facts=["radial nerve palsy|radial nerve pal see|radial nerve", "wrist drop", "tenodesis|tena desis",
         "dynamic extension splint|extension splint|dine amic", "humerus fracture|humerus", "key grip|keys",
         "buttons|button", "1/10|1 out of 10|one out of ten"],
  negated=["pain at the elbow"], absent=["forty-one", "eleven fifty"],
  text="""
T: hey mister grady its paul the ota uh the radial nerve pal see right arm from the humerus fracture how you doing
P: alright the wrist drop is the same maybe a little better i dunno
T: ok um pain zero to ten
P: one one out of ten its more like its weird not pain
T: ok and pain at the elbow where the fracture was
P: the elbow uh my brother-in-law broke his elbow skiing last year he was out for like forty-one days of work
T: oof but you the elbow
P: no the elbow doesnt hurt no pain at the elbow at all
T: good so first the dine amic extension splint i adjusted the outrigger the tension on the fingers its nine minutes on the splint with the checking the skin and the wearing
P: its less tight than before good
T: ok um then the functional stuff so picking up the cup with the tena desis you know when the wrist goes back the fingers close eight minutes on the cups and the jars and then another six on the buttons and the keys the key grip for the car
P: the keys are the worst i dropped them twice
T: yeah thats normal for now um keep the splint on for the buttons
P: can i drive
T: ask the doctor um not with the splint probably
P: my wife drives me its fine she works at eleven fifty she drops me first
T: ok um so home program wear the splint during the day off at night
P: off at night ok
T: and the passive stretch for the wrist and the fingers five times a day
P: five times ok
T: and protect the arm no leaning on it
P: got it
T: see you thursday
""", said_exempt=("97530",))

S("k_ot12_hand_oa_joint_protection_group", "test", "OT", "daily", "OT", "per-code",
  timed={}, untimed=["97150"], key="97150x1:GO",
  facts=["osteoarthritis|arthritis", "joint protection", "group", "jar opener", "built-up handles|built up handles",
         "paraffin", "CMC|base of the thumb", "5/10|5 out of 10|five out of ten"],
  negated=["swollen joints"], absent=["Margaret", "sixty-five dollars"],
  text="""
T: Okay, welcome to the hand arthritis group, five of you today. Mr. Ashworth, first time, welcome.
P: Thanks. My daughter made me come.
T: Good daughter. Quick round: your hands today, zero to ten. Mr. Ashworth?
P: Five. Five out of ten, both thumbs, the base of the thumb mostly.
T: That's the CMC joint, the most common spot with osteoarthritis. Any hot, red, swollen joints, the knuckles puffy and warm?
P: Hot? I was going to ask, my wife says it's the weather. But hot and red, no, no swollen joints like that. Stiff for ten minutes in the morning, maybe.
T: Good, that fits osteoarthritis, not the inflammatory kind. Margaret, you did the paraffin at home this week?
P: Does everybody here have the thumbs?
T: Different joints, different people, we keep our own details private. Today is joint protection: big joints do the work, small joints rest.
T: Carry the bag on the forearm, not the fingers. Push the door with the palm. Let's try it with the grocery bags.
P: That actually feels better on the thumb.
T: Now the jar opener and the built-up handles. Everyone try the jar with and without.
P: The rubber pad, I'd never have thought. Where do you buy these?
T: The medical supply store, or online. The kit on the table is sixty-five dollars, but you don't need all of it.
P: Sixty-five dollars for a kit, my wife will kill me.
T: The jar opener alone is a few dollars. Next, the paraffin, warm wax dips, ten dips, for stiff mornings.
P: Warm, that's nice.
T: Last, the thumb exercises, the gentle ones, the thumb circles and the opposition. That's our forty-five minutes.
P: Same time next week?
T: Same time. Mr. Ashworth, try the joint protection at home, the bags and the door.
P: I'll try. Thank you.
""")

S("k_ot13_thumb_replant_progress_revised", "test", "OT", "progress", "OT", "cms",
  timed={"97140": 17, "97530": 11}, untimed=[], key="97140x1:GO 97530x1:GO,59",
  facts=["replant|replantation", "thumb", "scar massage|scar", "cold intolerance|cold",
         "opposition|Kapandji", "pinch 3|3 kilos|three kilos", "4/10|4 out of 10|four out of ten",
         freq(2, 6, "twice a week for six more weeks")],
  negated=["infection"], absent=["fourteen minutes", "the Broncos"],
  text="""
T: Progress report today, Mr. Tuilagi. Left thumb replantation, after the table saw in July. How are we doing?
P: Four out of ten, mostly the cold. When I go out to the truck in the morning it's like knives.
T: Cold intolerance, it's very common after a replant, it gets better over a year or two.
P: A year or two, great.
T: Any signs of infection at the pins, redness, drainage, since the last visit?
P: The Broncos lost again, that's the only thing red around here.
T: Ha. And infection?
P: No, nothing. No infection. The pin sites closed up.
T: Good. Opposition: Kapandji five out of ten, it was two. Pinch is three kilos, it was one.
P: I can hold a fork.
T: Manual first: scar massage, the soft tissue at the web space, the joint mobs at the IP and the MP, seventeen minutes.
P: The web space is so tight.
T: Then the functional work: picking up the screws, the nuts and bolts board, holding the tape measure, writing.
P: The nuts and bolts is my workshop, I'm good at that.
T: That part was fourteen minutes. No, take off the three minutes on the phone with the surgeon's nurse, eleven. Eleven minutes.
P: She talks a lot, that nurse.
T: She does. Goals: pick up a coin with the thumb, met. Hold a hammer, partly. Write his name, met.
P: The hammer is the one I want.
T: We'll get there. Plan: twice a week for six more weeks, the surgeon agrees.
P: And the gloves for the cold?
T: The heated gloves, yes, and mittens over them.
P: My wife ordered them already.
T: Good. And the scar massage at home, three times a day with the lotion, five minutes each, firm enough to blanch the skin.
P: Three times, firm. I do it in front of the TV at night, my kids think it's gross.
""")

S("k_ot14_lymphedema_discharge_fire_drill", "test", "OT", "discharge", "OT", "per-code",
  timed={"97140": 22, "97535": 9}, untimed=[], key="97140x1:GO 97535x1:GO",
  facts=["lymphedema", "mastectomy", "manual lymphatic drainage|MLD", "compression sleeve|sleeve",
         "2 centimeters|2 cm|two centimeters", "bandaging|bandage", "self-massage|self massage",
         "goals met|met her goals|met your goals"],
  negated=["redness"], absent=["ten minutes", "Building B"],
  text="""
T: Last visit, Mrs. Petrovic. Left arm lymphedema after the mastectomy and the node dissection. How's the arm?
P: Lighter. The sleeve is my best friend now.
T: Any redness, warmth, the skin hot, since the last visit? That's the one we worry about.
P: The skin was itchy under the sleeve last week, I used the lotion you said.
T: And redness?
P: No, no redness, no warmth. Just itchy, and that's gone.
T: Good. The difference between the arms is two centimeters at the forearm now. It was six at the start.
P: Two. I can wear my old blouses.
T: Manual lymphatic drainage first, the neck, the armpit on the other side, then the arm.
T: And that's the alarm. Fire drill, everyone out, the stairs at the end, we meet in front of Building B.
P: With my arm like this?
T: Put your cardigan on, let's go.
T: We're back. We were out about ten minutes, that's not treatment. So the MLD was twelve before the alarm and ten after.
P: My arm liked the walk, I think.
T: Then the bandaging review, you wrapping it yourself for the nights when it's bad, and the sleeve on and off with the rubber gloves. Nine minutes.
P: The bandaging I can do with my eyes closed now.
T: You can. And the self-massage, the sequence, you showed me perfectly.
P: Neck first, then the other side, then the arm.
T: Your goals: the sleeve on alone, and the self-massage every day, and the arm within three centimeters. You met your goals, all of them.
P: So this is it?
T: Discharge today. New sleeve every six months, and call if the arm gets red or hot.
P: Red or hot, call. Thank you, really.
""", said_exempt=("97140",))

# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("k_slp01_acdf_dysphagia_swallow_eval_son", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["ACDF|anterior cervical", "C5-6|C5-C6|C5 C6", "pills|pill", "hoarse", "thin liquids|IDDSI 0|level 0",
         "soft and bite-sized|IDDSI 6|level 6", "chin tuck", "effortful swallow", "residue",
         freq(1, 4, "once a week for four weeks")],
  negated=["weight loss"], absent=["room 512", "Benfica"],
  text="""
T: Mr. Carvalho, hello, I'm Nadia, the speech therapist, I look at swallowing. And you are?
C: His son, Tiago. He understands English, but he's shy about it, I'll help.
P: A little English. Yes.
T: Welcome. So you had the ACDF, the neck surgery from the front, at C5-6, five weeks ago.
C: Yes, five weeks. In the hospital he was in room 512, the food was terrible, he barely ate.
T: What's hard to swallow now?
C: Pills. The big ones stick, he says here, in the throat. And dry bread.
P: Bread, yes. Stuck.
T: Any coughing or choking with drinks, water, coffee?
C: Coffee he coughs sometimes, the first sip.
T: And has he lost weight since the surgery? Clothes looser?
C: He is asking if you know the soccer, Benfica, they won last night. Pai, focus. He says the weight, no, he weighed himself Sunday, same as before, no weight loss.
T: Good. The voice is a bit hoarse, is that new?
C: Since the surgery, yes, hoarse. The surgeon says it gets better.
T: Oral exam is normal, tongue and lips strong. Now some trials. Thin liquids first, water from the cup, small sips.
P: Okay.
T: One cough on the big sip, none on the small sips. With a chin tuck, no cough on five sips.
T: Now puree, the applesauce, fine. The cracker: he chews well, but he swallows twice and says it's stuck. Some residue, he clears it with the water.
C: That's exactly what happens with the bread.
T: Pill with the applesauce, the small one, it goes down. His oxygen stayed at ninety-six the whole time, that's just the monitor.
T: My recommendation: soft and bite-sized food for now, IDDSI level six, thin liquids with small sips and the chin tuck, pills in applesauce or crushed if the pharmacist says it's okay.
C: Even the blood pressure pill?
T: Ask the pharmacist which ones can be crushed. Then exercises: the effortful swallow and the chin tuck against resistance, ten each, three times a day.
P: Ten. Three times.
T: Plan is once a week for four weeks, and a video swallow study if the pills still stick.
C: Thank you, we'll come next week.
""")

S("k_slp02_lateral_lisp_eval_asr_mother", "dev", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92522"], key="92522x1:GN",
  facts=["lateral lisp|lateralized|lateral list", "/s/|s and z|s sound", "Goldman-Fristoe|goldman fristoe|GFTA",
         "standard score 78|standard score is 78|SS 78", "stimulable", "ear infections", "tongue placement|butterfly",
         freq(2, 12, "two times a week for twelve weeks")],
  negated=["stutter"], absent=["four thousand dollars", "room twelve"],
  text="""
T: hi im kayla the speech therapist and you must be ruby and mom
C: yes hi im her mom jen and thats her brother leo hes gonna sit quietly right leo
P: hi
T: hi ruby so mom tell me what youre noticing
C: um her s sounds are slushy like theres spit in them her teacher in room twelve said the other kids tease her a little
T: ok so it sounds like a lateral list um how old is she
C: seven in march
T: any ear infections when she was little
C: oh tons of ear infections she had tubes at two
T: ok and does she repeat words get stuck on words
C: um like when shes excited she talks super fast but stuck no not like that she doesnt stutter
T: ok good so ruby were gonna look at pictures and you tell me what they are ok
P: sun sock bus
T: great so i hear the air going out the sides on s and z thats the lateral list the lateralized s
C: her dad had braces for that they cost like four thousand dollars is it the teeth
T: its not usually the teeth its the tongue placement um i did the goldman fristoe her standard score is 78 so thats below average for her age
C: is that bad
T: its mild to moderate and it's only the s and z group um ruby can you try this put your tongue behind your teeth like a butterfly the sides up
P: sss
T: thats it thats a clean s shes stimulable thats great news
C: oh wow ruby
P: can i have a sticker
T: yes you can um so the plan two times a week for twelve weeks and a practice sheet for home five minutes a day
C: five minutes we can do that
T: the goal is clean s and z in sentences eighty percent of the time by summer
C: and the kids will stop teasing her
T: that's the hope um leo you were very quiet thank you
C: hes on his ipad
T: ok see you next week
""")

S("k_slp03_glioma_aphasia_daily_nonnative_phone", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["aphasia", "glioma|tumor", "naming", "14/20|14 of 20|fourteen of twenty|70%", "moderate cues|moderate verbal cues",
         "semantic feature analysis|semantic features", "yes/no|yes and no", "phonemic cue|first sound"],
  negated=["headaches"], absent=["levothyroxine fifty", "the nineteenth"],
  text="""
T: Good afternoon, Mr. Horvath, Mrs. Horvath. I am Sunita, speech therapist. Today we continue the work for the aphasia, yes?
C: Yes. He is doing better since the radiation finished.
T: Good. Since the surgery for the glioma, in the left side, the words are hard. Mr. Horvath, how are you today?
P: Good. Good. The... the thing. Tired.
T: Tired, okay. Any headaches this week? Before you had them in the mornings.
C: He had the MRI, the next one is on the nineteenth. I worry about that one.
T: I understand. But the headaches, this week?
C: Sorry. He says no. Not this week. No headaches since the steroids stopped.
P: No. No headaches.
T: Okay, good. So today we make the naming, with the pictures, and the semantic feature analysis. What group is this, what does it do, where is it.
P: Kitchen. You... cut. Knife! Knife.
T: Yes. That is the strategy working. Naming today fourteen of twenty, with moderate cues, mostly the semantic cues and some phonemic cue, the first sound.
C: At home he says the first sound and then he gets it.
T: Exactly, the first sound helps him. Now the yes and no questions, longer ones. Is a hammer used for cutting bread?
P: No. No!
T: Very good. Excuse me, my phone. Yes, Sunita. No, I cannot take the three o'clock, I have a patient, ask Marta. Okay. Sorry.
C: It's okay. I also must take my own pill at noon, the levothyroxine fifty, I forget always.
T: Take it, no problem. So yes and no, he was nine of ten. Then we practice ordering the coffee, the script.
P: Coffee. Large. Black. Please.
T: Perfect. That's the script for the café on Saturday.
C: We go every Saturday, the same café, before the illness.
T: Good, real practice. For home: the naming cards, ten minutes two times a day, and you give him time, you don't finish his words.
C: That is hard for me. I finish everything.
T: I know. Count to five in your head. Next time we work the phone call to his brother.
P: Brother. Yes. Good.
""")

S("k_slp04_post_extubation_dysphagia_colleague", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["intubated|intubation", "ARDS", "mildly thick|IDDSI level 2|level 2", "Masako|tongue hold",
         "Shaker|head lift", "EMST|expiratory muscle", "30 seconds|thirty seconds", "2 weeks|two weeks"],
  negated=["wet voice"], absent=["room 6", "two o'clock", "three-ounce"],
  text="""
T: Hi Mrs. Quinlan, Theo from speech. How's the swallowing this week?
P: Better. I had soup on Sunday without the thickener, I know, I know.
T: How did it go?
P: One cough, then fine.
T: Okay, we'll talk about that. You were intubated two weeks for the ARDS, and the swallow is still weak at the start of the meal.
P: That's what the doctor said, the tube was in for two weeks.
T: Your husband said your voice sounded gurgly after drinking last time, a wet voice. This week?
P: He watches me like a hawk. He says my voice is clear now, I sing in the car. No wet voice.
T: Good. So we stay on mildly thick liquids, IDDSI level two, for now, and we'll try thin in the clinic next week.
T: Theo, sorry, is the FEES for room 6 at two o'clock still on? And did Mr. Alvarez pass the three-ounce water test?
T: Yes to the FEES at two o'clock, ask Priya about Mr. Alvarez, not my patient.
P: You have a busy clinic.
T: Sorry about that. Exercises: the Masako first, the tongue hold, hold your tongue between the teeth and swallow. Ten of those.
P: That one is so weird.
T: Weird but it works. Then the Shaker, the head lift lying on your back, hold thirty seconds, three times.
P: My neck shakes.
T: That's why it's called that. Then the EMST, the expiratory muscle trainer, five sets of five breaths.
P: It's like blowing up a stubborn balloon.
T: Exactly. Then trials with the mildly thick water and the crackers, no cough, clear voice after each swallow.
P: I want real coffee.
T: Next week we'll test thin liquids. If you pass, real coffee.
P: Deal.
T: Home: the Masako and the Shaker, twice a day, and the EMST every morning.
P: Twice a day. Okay, see you Friday.
""")

S("k_slp05_hsv_encephalitis_cognition_clock", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 12}, untimed=[], key="97129x1:GN 97130x1:GN", cog=27,
  facts=["encephalitis|HSV", "memory notebook|notebook", "calendar", "3 of 5|3/5|three of five",
         "pill organizer|pill box", "phone alarm|alarm", "8/10|8 of 10|eight of ten", "recipe"],
  negated=["seizures"], absent=["forty dollars", "eleven thirty"],
  text="""
T: Hi Mr. Mbeki, it's Grace from speech. Two months since the HSV encephalitis now. How was the week with the memory notebook?
P: I used it. Mostly. My wife says mostly.
T: Mostly is a start. Any seizures since the change in the medication?
P: The neurologist asked me the same thing. He wants the EEG again in January. It costs forty dollars for the parking alone there.
T: Ugh, parking. And the seizures?
P: No. None since October. No seizures.
T: Good. Recall first: I gave you five words at the start. What were they?
P: Apple, river, chair... the color one, blue? And... no.
T: Three of five on your own, and the other two with the category cue. Okay, now the calendar task, we started at ten-forty.
P: The doctor's appointment goes on Tuesday, the dentist on Thursday, my daughter's visit the weekend.
T: Good. Now the phone alarm for the pills, and the pill organizer: you set up the week from the list.
P: Monday morning, two. Monday night, one.
T: Eight of ten right, you caught one mistake yourself. Then the recipe task, the order of the steps for the omelet.
P: Crack the eggs, whisk, the pan hot first, no, the pan first.
T: It's eleven-oh-seven, we stop there. So the cognitive work, the calendar, the pills, the recipe, was twenty-seven minutes.
P: Feels shorter.
T: Time flies when you're planning. The notebook at home: write every appointment, and check it at breakfast and at dinner.
P: My wife will check me.
T: Good. And the phone alarm for the pills at eight and eight.
P: My granddaughter comes at eleven thirty on Saturday, I'll put it in.
T: Perfect, put it in the notebook now.
P: Done. Saturday.
T: Next week we do the bill paying.
P: Oh no, the bills.
""")

S("k_slp06_adult_stuttering_progress_colleague", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["stuttering", "percent syllables stuttered|%SS|syllables stuttered", "4%|4 percent|four percent",
         "easy onset", "pull-out|pullout|pull out", "phone calls|phone call", "SSI-4 22|SSI-4 score is 22|22",
         freq(1, 8, "once a week for eight more weeks")],
  negated=["avoiding"], absent=["three-ounce", "two-one"],
  text="""
T: Progress visit today, Rafael. Ten sessions. How are things with the stuttering at work?
P: Better. I make the phone calls now. Before, I ask my colleague to call for me.
T: That's huge. Are you still avoiding words, switching a word for an easier one?
P: The words with "p", my name at the desk, I used to say "Rafa" because the "R" was easier. Now, hmm, I say Rafael, I don't change.
T: So no more avoiding words?
P: No. Not avoiding now. Sometimes I want, but I don't.
T: Good. I recorded two minutes of you talking about your weekend. Percent syllables stuttered today four percent, it was eleven percent in September.
P: Four. My wife will not believe it.
T: And the SSI-4 score is 22 today, it was 31, moderate to mild.
T: Sorry, Kim, quick question, Mr. Alvarez passed the three-ounce water test, can he go to thin liquids? It's for his note.
T: That's Priya's patient, ask her. I'm in a session.
P: It's okay. Everybody has questions.
T: Sorry. So, the easy onset, you use it on the first word of the sentence, and the pull-out when you're in a block.
P: The pull-out, I like it. The easy onset, I forget in the phone.
T: Let's practice now. Call the pizza place, ask the hours, use the easy onset.
P: Okay. Hello, good afternoon, what time do you close tonight? ... Thank you.
T: Smooth. One short block on "close", and you pulled out. Very nice.
P: The football game after, Brazil won two-one, I was so happy I talk without thinking.
T: That's the goal, talking without thinking about it. Goals: phone calls at work, met. Introducing himself with his full name, met. Speaking up in the meeting, partly.
P: The meeting is still scary.
T: Plan: once a week for eight more weeks, and we practice the meeting next time.
P: Good. Thank you.
""")

S("k_slp07_muscle_tension_dysphonia_discharge_fire_drill", "dev", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["muscle tension dysphonia", "resonant voice", "VHI-10 8|VHI-10 of 8|8/40|8 out of 40|eight out of forty", "laryngeal massage|circumlaryngeal",
         "straw phonation|straw", "call center", "water", "goals met|met both goals|met all"],
  negated=["throat pain"], absent=["twenty minutes", "parking garage"],
  text="""
T: Last session, Deepa. Muscle tension dysphonia, eight visits. How's the voice after a full day?
P: I did a ten-hour shift at the call center on Monday, and my voice was still there at the end.
T: That's what we were aiming for. Any throat pain, the tightness at the end of the day?
P: The tightness, maybe a little after the long calls. Pain? My manager asked me that too. No, no throat pain at all now.
T: Good. VHI-10 today is eight out of forty. It was twenty-six.
P: Is eight normal?
T: Eight is in the normal range. Let's do the laryngeal massage first, the circumlaryngeal, here under the jaw.
P: Ooh, that's still tight on the left.
T: That's the alarm. Fire drill, everybody out, down the stairs to the parking garage.
P: Seriously? Okay.
T: We're back, that was about twenty minutes outside, that doesn't count. Let's finish the massage.
P: My voice got a rest anyway.
T: Then straw phonation, the sirens in the straw, then the resonant voice: "mmm-hmm", then the phrases.
P: Mmm-hmm, my name is Deepa, how can I help you.
T: That's it, the buzz in the lips. Now the call script, with the resonant voice, the long one.
P: Thank you for calling, my name is Deepa, can I have your account number please?
T: Beautiful. Your water?
P: Two liters a day, the big bottle on the desk.
T: Your goals were a full shift without losing the voice, and VHI-10 under ten. You met both goals, so we discharge today.
P: I'm a bit sad.
T: Keep the straw in your desk drawer, and if the voice goes for more than two weeks, call your doctor.
P: Straw in the drawer, promise.
T: It was a pleasure, Deepa.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("k_slp08_bilingual_child_language_eval_father", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["bilingual|Spanish", "PLS-5|Preschool Language Scale", "standard score 74|standard score is 74|SS 74",
         "final consonant deletion|final consonants", "two-word|2-word|two words", "ear tubes|tubes",
         "50%|50 percent|fifty percent|half", freq(2, 12, "two times a week, twelve weeks")],
  negated=["hearing problems"], absent=["five to two", "number nine"],
  text="""
T: Hi, I'm Alma, the speech therapist. This must be Mateo, and you're dad?
C: Yes, I'm Luis. His mom is at work. At home we speak Spanish, mostly, and English at daycare.
T: Perfect, I'll test in both. How old is he now?
C: Three and a half. His cousin is the same age and talks much more.
T: What are you noticing?
C: He uses two words, like "more milk", "mami go". In Spanish also two words, "más leche". And strangers don't understand him.
T: How much do you understand him, would you say?
C: Me? Maybe half. His mom more.
T: Any concerns with his hearing? Ear infections?
C: He had the ear tubes at two, and he passed the hearing test in the summer. The doctor said he hears fine.
P: Ball! Ball!
T: Yes, ball! Any problems with the hearing since the tubes, does he turn when you call him?
C: He's watching the soccer on my phone, we won five to two last night, he loves the number nine, the striker. Sorry. The hearing, no, no hearing problems, he turns every time.
T: Good. I did the PLS-5, the Preschool Language Scale, in English and the Spanish items. Total language standard score 74. Expressive lower than receptive.
C: So he understands more than he says.
T: Exactly. And his sounds: he drops the end of the words, "ca" for cat, "bu" for bus, that's final consonant deletion, in both languages.
P: Bu! Bu!
T: Bus, yes! Intelligibility to me today is about fifty percent.
C: That's the same as me.
T: Keep speaking Spanish at home, it helps, not hurts. Two languages don't cause this.
C: My mother-in-law said to stop the Spanish.
T: Please don't stop. Plan: two times a week, twelve weeks, language and the end sounds. Goal: three-word phrases, and the final consonants in words.
C: Can I come to the sessions?
T: Yes, I'll show you the games for home.
P: Bye bye!
""")

S("k_slp09_presbyphonia_voice_eval_nonnative", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["presbyphonia|presbylaryng", "bowing|bowed", "maximum phonation time|MPT", "8 seconds|eight seconds",
         "s/z ratio|s z ratio", "GRBAS", "choir", "breathy", freq(2, 6, "two times in the week, for six weeks")],
  negated=["heartburn"], absent=["ninety-two", "the seventh"],
  text="""
T: Good morning, Mr. Whitfield. I am Dr. Okafor, speech pathologist, but call me Chidi. The ENT sent you for the voice, the presbyphonia, yes?
P: That's the word. Old voice, he called it. I'm eighty-one.
T: Ha, well. The scope showed the vocal folds are bowing, they don't close in the middle, so the air escapes.
P: That's why I sound like a whisper by evening.
T: What is most important for you with the voice?
P: The choir. Forty years in the church choir, and now the director puts me in the back. And my wife says "what?" all day.
T: We can work on that. Any heartburn, acid, the cough at night?
P: My wife made me keep a diary, she's ninety-two percent sure it's the hearing aids, not my voice.
T: Ha. But the heartburn?
P: The heartburn, no, never had it. Not at night either, nothing like that.
T: Okay. Now some tasks. Take a big breath and say "ahh" as long as you can.
P: Ahhhhh.
T: Maximum phonation time eight seconds. Normal for your age is more like fifteen.
T: Now "sss" as long as you can, then "zzz".
P: Sssss. Zzzzz.
T: The s/z ratio is one point six, that fits the gap in the folds. On the GRBAS, the voice is mildly rough, moderately breathy, and a little strained.
P: Breathy, that's the word my director uses.
T: Count to ten loud, like to someone across the room.
P: One, two, three... ten.
T: Louder when you use the belly breath, I hear it. So the plan: voice therapy, the loudness program, two times in the week, for six weeks.
P: Before Easter? The concert is on the seventh.
T: We start now, we try. Goal: sing in the choir in the front row and talk with your wife in the car without her saying what.
P: That would be a miracle.
T: Not a miracle, work. Drink water, and hum in the morning.
P: I can hum.
""")

S("k_slp10_cavernoma_dysarthria_daily_asr_partner", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["cavernoma|cavern oma|cavernous malformation", "dysarthria|dis arthria", "intelligibility",
         "75%|75 percent|seventy five percent", "pacing board", "16/20|16 of 20|sixteen out of twenty|80%",
         "minimal cues|min cues", "over-articulat|over articulate"],
  negated=["drooling"], absent=["three hundred ten", "the fifteenth"],
  text="""
T: hi daniel its yusuf from speech um and youre
C: marcus his partner i drive him
T: great so the dis arthria after the cavern oma surgery the brainstem one how was the week
P: ok slow talking helps
T: yeah i can hear that um any drooling still on the right side
C: he uh the pillow used to be wet in the morning but not for like two weeks now
T: ok and during the day
C: um during the day no no drooling his lips close better now
P: no drooling
T: good so um today the sentences with the pacing board you touch each square for each word
P: i want a coffee with milk
T: nice and slow um over articulate the ends of the words the k and the t
P: coffee with milk
T: thats it so the sentences today sixteen out of twenty understandable with minimal cues
C: at home its better when hes not tired
T: yeah um fatigue is a big part so um the intelligibility for me today like seventy five percent in conversation
P: better than last week
T: last week was like sixty so yeah better
C: the neurosurgeon is on the fifteenth should we ask anything
T: ask about the swallowing test maybe and uh tell him the speech is improving
C: ok and the bill for the mri came three hundred ten dollars after insurance
T: oof the front desk can help with payment plans um ok loudness now take a breath and say it loud
P: I WANT A COFFEE
T: perfect not shouting just loud um home program read the newspaper out loud ten minutes a day with the pacing board
P: ten minutes ok
C: i'll make sure
T: see you monday
P: monday
""")

S("k_slp11_glossectomy_dysphagia_fire_drill", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["glossectomy", "radiation", "minced and moist|IDDSI level 5|level 5", "IOPI|tongue pressure",
         "30 kPa|30 kilopascals|thirty kilopascals", "liquid wash|alternate", "double swallow", "tongue press|tongue presses"],
  negated=["coughing"], absent=["twelve minutes", "door 4"],
  text="""
T: Hi Mr. Rinaldi, Sofia from speech. How's eating this week?
P: Slow. The minced food is fine. The bread, forget it.
T: That's expected. Partial glossectomy on the left in the spring, then the radiation, the tongue is still weak on that side.
P: And dry. Everything is dry.
T: Any coughing when you eat or drink? Last time you coughed with the soup.
P: My daughter asks the same every night, she's a nurse. No, no coughing this week, not with the soup, not with the water.
T: Good. Let's measure the tongue with the IOPI, the bulb, press up as hard as you can.
P: Hnnng.
T: Thirty kilopascals, it was twenty-two in October.
P: Is that good?
T: It's going up. Now the tongue presses, ten hard ones, then ten quick.
T: That's the fire alarm. It's a drill, let's go, door 4 to the parking lot.
P: I'm not running.
T: No running, just walking.
T: Okay, back. We were outside twelve minutes. Let's do the trials now.
P: I'm thirsty after that.
T: Perfect, you get water with the trials. Minced and moist food, IDDSI level five, the chicken. Chew on the right, then a double swallow, then a liquid wash, alternate the bites and the sips.
P: The double swallow gets the rest down, I can feel it.
T: Yes, less residue on the left. Again, the chicken, double swallow, sip.
P: Okay. That's better.
T: The saliva substitute before the meals, it helps with the dry mouth.
P: The spray tastes like nothing.
T: Nothing is good. Home: the tongue presses three times a day, and stay on minced and moist until we test again.
P: When can I have pizza?
T: Maybe soft pizza in a month, if the tongue keeps going up.
P: Deal.
""")

S("k_slp12_sah_cognition_percode_revised", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 26}, untimed=[], key="97129x1:GN 97130x2:GN", cog=41,
  facts=["subarachnoid hemorrhage|SAH|aneurysm", "attention", "divided attention|dual task",
         "9/10|9 of 10|nine of ten", "bill paying|bills", "checklist", "planner",
         "return to work|back to work"],
  negated=["headaches"], absent=["forty-five minutes", "eighty-five dollars"],
  text="""
T: Hi Ms. Kaur, Ben from speech. How was your week after the subarachnoid hemorrhage clinic visit?
P: Good. The surgeon says the aneurysm coil is perfect.
T: Great news. Any headaches?
P: They asked me that too, the nurse, three times. I had the flu shot the same day, my arm was sore.
T: But headaches?
P: No, none. No headaches for a month now.
T: Good. Today attention and the work tasks. First, the divided attention: you sort the cards by color while you listen for the word "blue" in the story.
P: That's mean.
T: It's the dual task, like the office with the phone ringing. Nine of ten this time.
P: Better than last time.
T: Much better. Then the bills: the electricity, eighty-five dollars, due on the twentieth, and the credit card. You fill in the checklist and the planner.
P: Electricity, pay by the twentieth, check. Credit card, minimum payment, check.
T: You found the error in the credit card statement yourself. That's the executive part.
P: I'm an accountant, I'd better find it.
T: Ha. Then the email task: reply to three emails with the most important first.
P: That's my whole job.
T: That's the return to work goal. So the cognitive work today, I wrote forty-five minutes, minus the four minutes when you went to the bathroom, forty-one.
P: Forty-one? It felt like an hour.
T: Forty-one by the clock, the hour is the fatigue talking.
P: I'm exhausted.
T: That's normal. Rest this afternoon, no screens for an hour.
P: Okay.
T: Home: the planner every morning, and the checklist for the bills.
P: And when can I go back to work?
T: Half days maybe in two weeks, I'll write to your doctor.
P: Thank you, Ben.
""")

S("k_slp13_vpi_resonance_progress_colleague", "test", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["cleft palate", "hypernasal|hypernasality", "nasal air emission|nasal emission", "mirror",
         "pressure consonants|p, b|p b", "18/20|18 of 20|eighteen of twenty|90%", "pharyngeal flap",
         freq(2, 8, "twice a week for eight more weeks")],
  negated=["ear infections"], absent=["thirty-two", "five minutes late"],
  text="""
T: Progress check today, Amara, with mom. Cleft palate repaired as a baby, and we work on the hypernasal speech, the air through the nose.
C: She's doing the practice every night, she even corrects her little brother now.
P: He says "mommy" like a duck.
T: Ha. Any ear infections this winter? Before you had them a lot.
C: She had a cold in December, a bad one, and the school nurse called me twice for the cough.
T: And the ears?
C: Oh, the ears, no. No ear infections this year, none at all.
T: Great. Let's check the pressure consonants with the mirror under the nose, the "p" and "b" words.
P: Puppy, baby, purple, popcorn.
T: The mirror didn't fog on the "p" words. That's less nasal air emission.
C: I can hear the difference on the phone with her grandma.
T: Sentences with p and b today eighteen of twenty without nasal emission, it was ten of twenty in the fall.
T: Sorry, Abby, your three o'clock, the boy with the lisp, his dad says they'll be five minutes late, and his score was thirty-two on the screening.
T: Thanks, Jo, later please. So, the hypernasality in conversation is mild now, it was moderate.
C: The surgeon talked about the pharyngeal flap, the second surgery, do we still need it?
T: The surgeon decides that, but I'll write that her speech is getting better with therapy. Goals: p and b words, met. P and b in sentences, met. Conversation, partly.
P: I want a sticker.
T: The big sticker today. Plan is twice a week for eight more weeks, then we see the surgeon together.
C: Twice a week is fine, the school lets her go.
T: Home: the puppy list and the mirror, five words a night.
P: Puppy, puppy, puppy.
T: Perfect. See you Thursday.
""")

S("k_slp14_tcma_aphasia_conversation_group", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["97150"], key="97150x1:GN",
  facts=["aphasia", "transcortical motor", "group", "initiation|starting", "script", "topic|recipe",
         "communication board|board"],
  negated=["depressed"], absent=["Gerald", "Winnie", "four-to-one"],
  text="""
T: Welcome to the Tuesday conversation group, everyone. Six of us today. Mr. Dlamini, this is your second group, welcome back.
P: Thank... thank you. Good.
T: Mr. Dlamini has transcortical motor aphasia after his stroke: he understands everything, and starting to talk is the hard part.
P: Yes. Starting. Hard.
T: Today's topic is food, the best meal you ever had. Gerald, you start, then Winnie. Mr. Dlamini, we'll use the script card and the communication board.
P: Okay.
T: Gerald told us his wife's lasagna. Winnie, the fish in Portugal. Now Mr. Dlamini. First the script: "My favorite meal is..."
P: My... favorite... meal is... bobotie.
T: Bobotie! Tell us about it. Use the board if you need the first word.
P: My mother. Sunday. Rice, yellow.
T: Beautiful. The initiation was faster than last week, he started on his own after the script card.
P: The Chiefs won four-to-one, I... watched. 
T: Soccer, great, that's a topic too. Any of you watched it?
T: Okay, now partners: each of you asks your partner one question about their meal.
P: What... you... cook?
T: Good question. Mr. Dlamini, are you feeling down these days? Your wife mentioned last week she was worried.
P: She... worries. Me, not depressed. No. Happy here.
T: Good, I'm glad. Last: everyone writes one word for the recipe we're making as a group, the shopping list.
P: Rice. Eggs.
T: Perfect, two words. Homework for everyone: tell someone at home the recipe, using the script.
P: My wife. Bobotie.
T: Yes, your wife. Same time next Tuesday, forty-five minutes, same room.
P: Tuesday. Good.
T: And Mr. Dlamini, bring a photo of the bobotie next time if your wife makes it, a picture helps you start.
P: Photo. Yes. Sunday... she cooks. I bring.
T: Wonderful. Everyone, the taxi list is at the front desk, check your pickup time before you leave.
P: My son... drives. Thank you.
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
    if not re.fullmatch(r"k_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("k_" + s["discipline"].lower()):
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
            if f.startswith("k_") and f.endswith(".json"):
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
