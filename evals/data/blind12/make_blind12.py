#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twelfth set (ids n_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind11's README.  The
self-check machinery is copied unchanged from evals/data/blind11/make_blind11.py (only the id prefix
is n_); the sessions are new.  Running it:

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
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("n_ot01_swan_neck_eval_low_ring_splints", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97760": 14, "97110": 6}, untimed=["97165"], key="97165x1:GO 97760x1:GO",
  facts=["swan neck", "ring finger", "25 degrees|twenty-five degrees", "22 kilos|22 kg", "30 kilos|30 kg",
         "QuickDASH 27.3|27.3", "ring splint|oval-8|oval eight", "low complexity", "blocking exercises|blocking"],
  negated=["numbness", "catching", "swelling"], absent=["three hundred dollars", "25 to 21", "thumb splint"],
  text="""
T: Hi, Ms. Adebayo, I'm Grace, occupational therapy. So this is your right ring finger?
P: Yep. Swan neck, the hand surgeon called it. I jammed it at volleyball two years ago and now it does this.
T: The middle joint bends backward and the tip droops. Let's look. Any numbness in the fingertips?
P: Nope.
T: Catching or snapping when you make a fist?
P: None.
T: Swelling in any other joints, the knuckles, the wrists?
P: Never had any swelling, anywhere. The rheumatologist checked, all the blood tests were normal.
T: Good. PIP hyperextension 25 degrees, the DIP droops about twenty. Grip with the dynamometer: right 22 kilos, left 30 kilos.
P: The weak one's my serving hand, of course.
T: QuickDASH is 27.3. One finger, no other health problems, this is a low complexity evaluation.
P: We won our tournament Saturday, 25 to 21 in the third set, I played with tape on it.
T: Tape's fine, but let's get you a proper splint. Oval-8 ring splint, sizing now.
P: My wife's hand therapist made her a thumb splint last year, it cost three hundred dollars.
T: These are cheaper. Try this size... too loose. This one.
P: That one fits. It stops the bend backward.
T: Exactly. That's the ring splint doing its job. Wear it all day, off to shower. Fitting and training, that was twelve, fourteen minutes... fourteen.
P: Fourteen.
T: Then blocking exercises for the tip joint, six minutes. Six.
P: It's weird, the tip doesn't want to bend on its own.
T: That's why we practise. Plan: once a week for six weeks. Goals: serve without tape and pain, grip to 27 kilos.
P: And if the splint doesn't help?
T: Then the surgeon sees you again. Let's give it six weeks.
P: Six weeks. Deal.
""")

S("n_ot02_glioblastoma_eval_high_husband_dressing", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97535": 21, "97110": 9}, untimed=["97167"], key="97167x1:GO 97535x1:GO 97110x1:GO",
  facts=["glioblastoma", "left hemiparesis|left side weak|left arm", "8 kilos|8 kg", "24 kilos|24 kg", "min A|minimal assist",
         "mod A|moderate assist", "MoCA 21|21 out of 30|21/30", "tub bench|tub transfer bench", "high complexity"],
  negated=["seizures", "vision changes", "headache today"], absent=["meningioma", "ninety-four", "sling", "Bake Off"],
  text="""
T: Hi, Mrs. Okonkwo, I'm Ben, occupational therapy. And you're her husband?
C: Charles. I'm her everything right now.
T: So, glioblastoma, right side of the brain, surgery in July, now radiation and chemo. What's hardest at home?
P: Getting dressed. The left arm does what it wants.
C: My mother had a brain tumor too, a meningioma, and she lived to ninety-four. So we stay positive.
T: Good. Any headache today?
P: No headache today.
T: Seizures since they changed the medicine?
P: None since August.
T: Any vision changes, double, blurry?
P: No. My eyes are fine.
T: Let's see. Left hemiparesis, grip 8 kilos on the left, 24 kilos on the right. MoCA 21 out of 30.
T: Upper body dressing with the shirt, she's min A. Lower body, the pants and socks, mod A.
P: The socks are the worst.
T: Then the shower. Tub transfer with the tub bench, contact guard, she needs cueing to use the left hand on the rail.
C: We were watching the Bake Off final last night, three hours, she fell asleep.
T: Fatigue is normal with the radiation. All that, the dressing and the bathroom, was twenty-one minutes of self-care training.
C: Twenty-one, okay.
T: Then exercise for the left hand and arm, putty and the cones, nine minutes.
P: Nine felt like forty.
T: With the tumor, chemo and radiation, the seizure history, the cognitive changes and the hemiparesis, this is a high complexity evaluation.
T: If her arm gets heavier, we might talk about a sling, but not now, she doesn't need one.
T: Plan: twice a week for eight weeks. Goals: upper body dressing independent, lower body with min A using a sock aid.
C: A sock aid. I'll order it.
T: I'll bring one Thursday to try first.
""")

S("n_ot03_capitellum_ota_ultrasound_zero", "dev", "OT", "daily", "OTA", "cms",
  timed={"97110": 13, "97140": 8, "97035": 7}, untimed=[], key="97110x1:GO,CO 97140x1:GO,CO",
  facts=["capitellum", "minus 25|-25|lacking 25", "125 degrees|to 125", "supination 60|60 degrees", "three out of ten|3/10",
         "joint mobilization|mobilization", "ultrasound", "supination with the hammer|hammer"],
  negated=["numbness", "pain at night"], absent=["a unit each", "fifty-two", "Bridgerton"],
  text="""
T: Hi, Mrs. Vukovic, I'm Tasha, the OTA. How's the elbow? Capitellum fracture, right, week eight?
P: Week eight. It's better, but I can't straighten it. I can't carry a plate flat. I work at the diner on weekends, so that's a problem, I've been doing one plate at a time and the cook yells at me.
T: Any numbness in the pinky, the ring finger?
P: Nope.
T: Pain at night?
P: Not anymore. It stopped waking me up about two weeks ago.
T: Good. Pain right now?
P: Three out of ten.
T: Okay. Extension today minus 25, flexion to 125. Supination 60 degrees, pronation 70.
P: My husband's fifty-two and he still can't touch his toes, so don't feel bad for me.
T: Ha. Exercise first: active assisted extension, supination with the hammer, the wrist weights.
P: The hammer thing is hard.
T: Go slow. That exercise block was thirteen minutes.
P: Thirteen?
T: Thirteen. Now ultrasound, on the outside of the elbow, pulsed. From 10:41 to 10:48, seven minutes.
P: Seven minutes of the warm jelly.
T: Seven. Then joint mobilization for the extension, eight minutes.
C: Can't you just call it a unit each, one for each thing? She's here long enough.
T: I write the minutes we did, and the rule decides the units. Eight of mobilization.
P: My daughter's watching Bridgerton on her phone out in the lobby, by the way, if you hear swooning.
T: Ha. Extension after mobilization, minus 20.
P: Ooh, five better.
T: I'll let your OT know. Keep the hammer exercise three times a day.
P: Three times. And carrying the plates?
T: Light plates, close to your body. Not the big casserole yet.
P: Not the casserole. Got it.
""")

S("n_ot04_fpl_repair_ota_scar_twelve_confirmed", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97110": 7, "97763": 9, "97140": 12}, untimed=[], key="97763x1:GO,CO 97140x1:GO,CO",
  facts=["flexor pollicis longus|FPL", "0 to 35|35 degrees", "0 to 40|40 degrees", "place and hold|place-and-hold",
         "dorsal blocking|blocking splint", "scar massage|scar work", "one centimeter|1 cm", "two out of ten|2/10"],
  negated=["tingling", "popping feeling"], absent=["carpal tunnel", "eleven minutes", "Stratocaster"],
  text="""
T: Hi, Kenji. I'm Rosa, the OTA. Flexor pollicis longus repair, left thumb, week five. How's it doing?
P: It's okay. The splint's rubbing on the wrist though.
T: We'll fix that. Any tingling in the thumb tip?
P: Nope.
T: Any popping feeling, or the thumb suddenly not bending at all?

P: None at all. It bends, just not much.
T: Good. Pain today?
P: Two out of ten. Mostly when I bump it on something, like the car door.
P: My cousin had carpal tunnel surgery last week, he said it took eleven minutes. Eleven minutes, and mine took two hours.
T: Different surgery. Okay, place and hold exercises first, in the splint. Thumb IP flexion 0 to 35, MP 0 to 40.
P: Is that bad?
T: It's about right for week five. Place and hold, that was seven minutes.
T: Now the dorsal blocking splint. I'm spot heating the edge by the wrist bone and flaring it out, and redoing the strap.
P: That's way better. It doesn't dig in.
T: Splint adjustment, nine minutes. Then scar massage along the incision, it's stuck down here.
P: How long was that?
T: Twelve minutes.
P: Twelve?
T: Twelve, yes, twelve of scar work. Swelling is about one centimeter bigger around than the right thumb.
P: I want to play my Stratocaster again. I've got a gig in March.
T: March might be possible for easy songs. Ask the surgeon at week eight.
T: So place and hold seven, splint adjustment nine, scar work twelve. I'll tell your OT.
P: Can I take the splint off to shower?
T: No, keep it on, bag over it. Scar massage at home three times a day, two minutes each.
P: Got it. Bag over it.
""")

S("n_ot05_guyon_canal_progress_cyclist", "dev", "OT", "progress", "OT", "per-code",
  timed={"97110": 17, "97530": 11, "97140": 8}, untimed=[], key="97110x1:GO 97530x1:GO,59 97140x1:GO",
  facts=["Guyon|ulnar tunnel", "28 kilos|28 kg", "19 kilos|19 kg", "key pinch 6|6 kilos", "two-point discrimination|2-point",
         "6 millimeters|6 mm", "Froment", "QuickDASH 20.5|20.5", "padded gloves|gel gloves", freq(1, 4, "once a week for four more weeks")],
  negated=["night numbness", "weakness opening jars", "clawing"], absent=["3,400 kilometres", "Tour de France", "thirty minutes"],
  text="""
T: Progress note today, Mr. Haddock. Ulnar nerve at the wrist, Guyon's canal, from the long rides. How's the hand?
P: Much better. I did a sixty kilometre ride Sunday with the new padded gloves. My wife followed in the car for the first half, she didn't trust me, but I didn't need her.
T: Any night numbness in the little finger?
P: Not anymore. That stopped about three weeks ago.
T: Weakness opening jars?
P: No. Jars are fine.
T: Any clawing of the little fingers when you open the hand?
P: None at all.
P: Did you watch the Tour de France? Those guys rode 3,400 kilometres. My hand hurts thinking about it.
T: I watched the mountains. Okay, measurements. Grip 28 kilos, at the eval it was 19 kilos. Key pinch 6 kilos, it was 3.5.
T: Two-point discrimination on the little finger, 6 millimeters, it was 10. Froment sign negative now.
P: Negative is good?
T: Negative is great. QuickDASH 20.5, it was 43.2.
T: Okay, exercise: putty, intrinsic strengthening, the finger spreads with the band, nerve glides. Seventeen minutes.
P: Seventeen.
T: Then bike position work with the handlebars, gripping and shifting, changing hand positions, from 2:15 to 2:26, eleven minutes of therapeutic activity.
C: He wants me to ask if you can call the bike part thirty minutes. He thinks it felt like thirty.
T: It was eleven minutes. Then soft tissue to the hypothenar area, eight minutes.
P: Eight, that was nice.
T: Goals: grip 30 kilos, nearly met. Ride two hours without numbness, met. Plan: once a week for four more weeks.
P: Once a week, fine. My boss will be happy, I've been leaving early every Tuesday for two months.
T: Keep the padded gloves and change hand positions every ten minutes on the bike.
""")

S("n_ot06_reverse_shoulder_discharge_activity_zero", "dev", "OT", "discharge", "OT", "cms",
  timed={"97110": 14, "97535": 10, "97530": 6}, untimed=[], key="97110x1:GO 97535x1:GO",
  facts=["reverse shoulder|reverse total shoulder", "0 to 130|130 degrees", "external rotation 30|30 degrees",
         "QuickDASH 25|25 out of", "68.2", "reacher", "upper body dressing", "home program|HEP", "discharge"],
  negated=["dislocating", "numbness"], absent=["31 to 28", "rotator cuff", "Lambeau"],
  text="""
T: Last day, Mrs. Thibodeaux. Discharge visit. Reverse shoulder, the right, four months ago. How are you?
P: I'm good. I put my own bra on this week, first time since the surgery. And I curled my own hair on Sunday, for church, with the arm up the whole time.
C: She's been bragging to the whole family.
T: As she should. Any feeling like the shoulder's dislocating, slipping out?
P: Never. Not once.
T: Numbness down the arm?
P: None at all.
C: Our neighbor had his rotator cuff fixed and he's still in a sling at twelve weeks. You're way ahead of him, babe.
T: Different surgery, but good for you. Flexion 0 to 130, external rotation 30 degrees.
P: I can reach the second shelf now.
T: QuickDASH 25 out of 100, it was 68.2 at the start.
C: The Packers won 31 to 28 on Sunday, she watched the whole thing with her arm up on the couch, no pillow. I thought that was a good sign.
P: We had tickets for Lambeau, I couldn't go because of the shoulder, I'm still mad.
T: Next season. Okay, exercise review, the whole home program: wand, wall walks, band rows. Fourteen minutes.
P: Fourteen.
T: Then dressing: upper body dressing independent, and the pants and socks with the reacher, ten minutes of self-care practice.
P: The reacher is my best friend. I named it. Don't ask what I named it, my grandkids picked it.

T: Then we tried reaching into the high cupboard with a can, six minutes.
P: Six minutes and I broke nothing.
T: You met your goals: independent dressing, reaching the second shelf, QuickDASH under 30. This is your discharge.
P: And if it hurts again?
T: Call us or the surgeon. Home program every day, the band rows three days a week.
""")

S("n_ot07_hemianopia_scanning_group", "dev", "OT", "daily", "OT", "per-code",
  timed={}, untimed=["97150"], key="97150x1:GO",
  facts=["hemianopia|field cut", "38 of 40|38 out of 40", "left side|on the left", "line bisection", "anchor line|red line",
         "scanning", "group", "large print"],
  negated=["double vision", "headache"], absent=["29 of 40", "Gladys", "Mr. Dobbs", "Wheel of Fortune"],
  text="""
T: Okay everyone, welcome to visual scanning group. Mrs. Lindgren, you sit here on the end, so the group's to your left today.
P: On my bad side. You're sneaky.
T: That's the point. Left homonymous hemianopia, the field cut, we train you to turn your head. Any double vision this week?
P: No, never. Just the missing half.
T: Headache?
P: Nope.
T: Gladys, you're across from her. Mr. Dobbs, next to Gladys.
T: First task: the cancellation sheet. Put your red line on the left edge, that's your anchor line, and find every letter A.
P: The anchor line. I always forget it.
T: You found 38 of 40 today, you missed two on the far left.
P: Thirty-eight! Last week was twenty-something.
T: Gladys, you got 29 of 40, which is great for your first day.
P: Go Gladys. She keeps us honest, she used to be a librarian, forty years at the county library.

T: Line bisection next, three lines. Mrs. Lindgren marked them just right of the middle, a little less than last week.
P: My grandson says I cut everything in half wrong, like my sandwiches.
T: Next, the scanning board with the lights, left to right, then the large print menu.
P: I love Wheel of Fortune, I'm good at the puzzles, but I always miss the first letters on the left.
T: That's exactly this. Head turn, anchor, then read. Mr. Dobbs, your turn on the menu.
T: We were at it about forty, forty-five minutes, the whole group.
P: Felt short.
T: Homework: the large print word search, anchor line every page, head turn to the left.
P: Anchor line, head turn. I'll write it on the fridge.
T: And the kitchen counter too, keep things on the right until you've scanned.
""")
# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("n_ot08_terrible_triad_eval_mod_hinge_clock", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 11, "97760": 8}, untimed=["97166"], key="97166x1:GO 97110x1:GO 97760x1:GO",
  facts=["terrible triad", "30 to 110|30 degrees", "supination 40|40 degrees", "pronation 55|55 degrees",
         "QuickDASH 61.4|61.4", "five out of ten|5/10", "hinged elbow brace|hinged brace", "moderate complexity", "smoker|smokes"],
  negated=["numbness", "clunk"], absent=["PRP shot", "27 laps", "twenty minutes"],
  said_exempt=("97760",),
  text="""
T: Hi, Mr. Sandoval, I'm Hannah, occupational therapy. The terrible triad, left elbow, from the dirt bike, surgery three weeks ago?
P: Three weeks Thursday. Radial head replaced, the ligament fixed, and the bone chip.
T: Pain right now?
P: Five out of ten. Worse when I try to turn my hand up.
T: Numbness in the ring and small fingers?
P: Nah, nothing.
T: Any clunk, like it's slipping out of place?
P: None.
P: My brother-in-law got a PRP shot for his elbow, he says it's magic. Can I get one?
T: That's for a different problem, ask the surgeon. Elbow flexion, the arc is 30 to 110. Supination 40, pronation 55 degrees.
P: The race Sunday was 27 laps, I watched from the fence. Killed me.
T: Next season. QuickDASH today 61.4. You're a smoker, you've got type 2 diabetes, it's your dominant arm and you're a mechanic, so this is a moderate complexity evaluation.
P: I'm cutting down on the smokes. Half a pack.
T: Every cigarette slows the healing, so keep going. Exercise: active flexion and extension in the safe arc, forearm rotation with the elbow at ninety, wrist and grip.
P: The turning hurts.
T: Gentle. That was eleven minutes of exercise.
P: Eleven.
T: Eleven. Now the hinged elbow brace, new one, with the stops at 30 and 110. Fitting from 3:30 to 3:38, adjusting the straps and teaching you to lock it.
P: It's lighter than the hospital one.
C: Can you put down twenty minutes for the brace? The shop charged us a fortune for it.
T: The brace is billed by what it took today. I write the time we spent.
T: Plan: twice a week for ten weeks. Goals: full arc 0 to 135, back to work with light tools.
P: Ten weeks. My boss will love that.
T: Exercises every two hours while awake, in the brace.
""")

S("n_ot09_writers_cramp_reeval_balance_leftover", "test", "OT", "re-evaluation", "OT", "cms",
  timed={"97112": 17, "97110": 6, "97140": 9}, untimed=["97168"], key="97168x1:GO 97112x1:GO 97140x1:GO",
  facts=["writer's cramp|focal dystonia", "38 seconds", "61 seconds", "four minutes|4 minutes", "ninety seconds|90 seconds",
         "botulinum|botox", "pencil grip|fat pen|built-up pen", "sensory retraining|sensorimotor", freq(1, 6, "once a week for six more weeks")],
  negated=["tremor", "neck twisting"], absent=["Dr. Ruiz", "fourteen episodes", "writes like a hook"],
  text="""
T: Re-evaluation today, Mr. Ostrowski. Writer's cramp, the focal dystonia in the right hand. What's changed since the eval?
P: I can sign checks again. The long stuff still cramps up. The grocery list, birthday cards, anything more than a few lines, my fingers curl in and the pen digs into the paper.
T: Any tremor in the left hand?
P: None.
T: Neck twisting, pulling?
P: No, never.
P: My wife watches that medical show, Dr. Ruiz, fourteen episodes in a row on Sunday, he had a guy with hand cramps too. He cured him in one scene.
T: TV medicine. Let's see real numbers. Writing the test sentence, 38 seconds today. At the eval it was 61 seconds.
P: Thirty-eight, I'll take it.
T: Cramping starts after four minutes of writing now. At the eval it was ninety seconds.
T: The botulinum injection was in March, and you're not due another one?
P: The neurologist wants to wait and see how therapy goes.
T: Good. Okay, sensory retraining and the motor work: the textures, the letter tracing with the pen held differently, the fat pen with the built-up grip. Seventeen minutes.
P: Seventeen.
T: Seventeen. Then wrist and finger stretching, the doorway stretch, six minutes, we were short on time.
P: My accountant's left-handed, she writes like a hook, and she never cramps.
T: Everyone's different. Then soft tissue to the forearm flexors, nine minutes.
P: Nine minutes of heaven.
T: Goals: sentence under 40 seconds, met. Write a full page without cramping, not yet. Sign at work, met.
T: New goal: a full page. Plan: once a week for six more weeks, and the pencil grip and the fat pen at home.
P: The fat pen looks silly.
T: It works. Five minutes of writing practice a day, then stop before the cramp.
P: Before the cramp. Okay.
""")

S("n_ot10_trigger_thumb_ota_corrected_reading", "test", "OT", "daily", "OTA", "cms",
  timed={"97140": 10, "97110": 17}, untimed=[], key="97110x1:GO,CO 97140x1:GO,CO",
  facts=["trigger thumb", "0 to 60|60 degrees", "4.5 kilos|4.5 kg", "three out of ten|3/10", "scar massage|scar",
         "hot pack", "tendon glides", "putty"],
  negated=["triggering", "numbness"], absent=["nineteen", "iontophoresis", "seventy-two", "sixty-four degrees"]
,
  text="""
T: Hi, Mrs. Achebe. I'm Colin, OTA. Trigger thumb release, two weeks and a half now. How's the thumb?
P: Stiff. The palm is tender where they cut. In the morning I can't bend it at all for the first hour, then it loosens up after my coffee and the dishes in hot water.
T: Any triggering since the surgery, any catching?
P: Nope, not once.
T: Numbness at the thumb tip?
P: None at all.
T: Pain today?
P: Three out of ten.
P: My knitting circle meets Thursday, seventy-two hats for the hospital this year, and I can't hold the needles.
T: We'll work on it. Hot pack first for the stiffness while I set up.
P: That feels lovely. I could stay under this all day. My husband keeps the house at sixty-four degrees, I'm always freezing.
T: Thumb IP flexion 0 to 60. Pinch 4.5 kilos.
T: Okay, exercises: tendon glides, thumb opposition to each finger, the soft putty.
P: The putty is hard on the palm.
T: Then scar massage and soft tissue over the palm, right on the incision. Ten minutes of that.
P: Ten minutes of rubbing, it's better now.
T: Ten. Now writing it up. Ther ex was nineteen... sorry, seventeen, I'm reading the wrong line. Seventeen.
P: Seventeen, okay.
T: If the scar stays tender we might try iontophoresis some day, but your OT decides that.
P: Whatever she says.
T: I'll tell her about the knitting goal.
P: Tell her I want to be knitting by Christmas.
T: Putty three times a day, and scar massage with lotion, two minutes each time.
P: Two minutes, I'll set the kitchen timer.
T: Perfect. And no gripping the garden shears yet.
P: You sound like my husband.
""")

S("n_ot11_pronator_syndrome_ota_twenty_three", "test", "OT", "daily", "OTA", "per-code",
  timed={"97110": 23, "97112": 8, "97140": 5}, untimed=[], key="97110x2:GO,CO 97112x1:GO,CO",
  facts=["pronator syndrome|pronator", "nerve glides|median nerve glides", "numb during the day|numb in the day", "grip 24|24 kilos",
         "four out of ten|4/10", "forearm", "wrist weights|1 pound|one pound"],
  negated=["numbness at night", "weakness"], absent=["two hundred guests", "sixty dollars", "bride"],
  text="""
T: Hi, Dominique, I'm Ines, the OTA. Pronator syndrome, right arm. How's the week been at the salon?
P: Busy. Wedding season. I did a bride Saturday with two hundred guests, all the bridesmaids, eight updos.
T: Eight updos with that arm. How did you hold the dryer?
P: Switched hands a lot, and I took the break every two hours like you said. Mostly.
T: Mostly. How's the pain?
P: Four out of ten, by the end of the day.
T: Any numbness at night, waking up?
P: No. Not at night.
T: In the day?
P: In the day, yeah. The thumb and the first two fingers get numb during the day when I'm blow drying.
T: Okay, that's useful. Any weakness, dropping the brush?
P: None. I've never dropped anything.
T: Grip 24 kilos today. Okay, exercise. We're starting at 9:14.
P: Same routine?
T: Same plus the wrist weights: one pound, wrist curls, pronation and supination, the forearm stretch.
P: That stretch is the one that helps.
T: And 9:37, stop. Twenty-three minutes.
P: Twenty-three?
T: Twenty-three, yes. Now median nerve glides, slow, stop if the numbness comes. Eight minutes.
P: Eight. The tingles came a little at the end.
T: I'll note that. Then soft tissue to the pronator, the front of the forearm, five minutes.
P: Only five? My massage lady charges sixty dollars for an hour.
T: Five today. It was tender.
T: So exercise twenty-three, nerve glides eight, soft tissue five.
P: And the salon?
T: Break every two hours, shake out the arm, and switch the dryer to your left hand for the back of the head.
P: My left hand is useless. I tried brushing my teeth with it for a week, like a video said, and I got toothpaste on the mirror every single morning.
T: Practise on the mannequin head.
""")

S("n_ot12_long_covid_cognition_planner", "test", "OT", "daily", "OT", "per-code",
  timed={"97129": 15, "97130": 31, "97535": 7}, untimed=[], key="97129x1:GO 97130x2:GO",
  cog=46,
  facts=["long COVID", "Trail Making B|Trails B", "112 seconds", "160 seconds", "four of five|4 of 5|4/5",
         "six of seven days|6 of 7 days", "planner", "energy budget|pacing", "laundry"],
  negated=["chest pain", "dizziness"], absent=["twice in March", "twenty-seven episodes", "Severance"],
  text="""
T: Hi, Mrs. Halvorsen. Long COVID, the brain fog and the fatigue. How was the week?
P: Better. I used the planner six of seven days. The seventh day I forgot the planner existed. My daughter found it in the freezer. Don't ask. It was next to the peas.
T: Six of seven days is a big jump. Any chest pain?
P: None.
T: Dizziness when you stand?
P: Not this week. Nope.
P: My coworker got COVID twice in March and she's completely fine. It's not fair.
T: It isn't. Okay, cognitive work. Trail Making B first.
P: The connect the dots with numbers and letters.
T: 112 seconds. At the start it was 160 seconds.
P: I binge watched Severance, twenty-seven episodes, maybe that's the brain training.
T: Ha. Then the five words, and recall after the planning task. Then the planning task: your week, energy budget, the appointments and the pacing.
P: Four of five words. I forgot the word 'velvet' again.
T: Four of five, same as last week. The whole cognitive block ran from 1:02 to 1:48, forty-six minutes.
P: Forty-six. It felt like twenty.
T: Forty-six. Then we did laundry folding with breaks, seven minutes, to practise pacing.
P: Seven minutes and I needed a rest.
T: That's data. Rest before you're tired, not after.
P: Can I go back to work half days?
T: That's a talk with your doctor. Let's try two mornings at home doing work-like tasks first.
P: Two mornings. I'll put them in the planner.
T: Exactly. Planner every day, and the energy budget on Sunday night.
P: Sunday night budget. Okay. I'll do it after the dishes, before I'm too tired to think.
T: And write down what drained you, so we can look at it next week.
""")

S("n_ot13_diabetic_retinopathy_progress_insulin_units", "test", "OT", "progress", "OT", "cms",
  timed={"97535": 24, "97530": 14}, untimed=[], key="97535x2:GO,59 97530x1:GO",
  facts=["diabetic retinopathy|retinopathy", "bump dots", "talking glucose meter|talking meter", "20-point print|20 point print",
         "4x magnifier|four times magnifier", "independent with the pill organizer|independent with med", "min A",
         "clicks|counting the clicks", freq(1, 4, "once a week for four more weeks")],
  negated=["falls", "new floaters"], absent=["cataract", "fifteen minutes", "Powerball"],
  text="""
T: Progress note today, Mr. Okafor. Diabetic retinopathy, low vision. How's home going?
P: The bump dots are everywhere now. Microwave, stove, the washer.
T: Any falls since last time?
P: No falls since last time.
T: New floaters, sudden changes in the vision?
P: None at all. The eye doctor saw me Monday, stable.
P: My sister had cataract surgery last week, she said it took fifteen minutes and she sees like an eagle now. Can't they do that for me?
T: Yours is the retina, different part of the eye. Reading first: 20-point print at forty centimeters with the 4x magnifier.
P: With the magnifier, yes. Without, forget it.
T: Okay, the insulin pen. Dial your dose by counting the clicks.
P: Twelve units in the morning. One, two, three... twelve clicks.
T: Twelve. Right by the clicks. Then the talking glucose meter.
P: One forty-two, it says.
T: Then the pill organizer with the bump dots. He's independent with the pill organizer now, at the eval he was min A.
P: Used to take my wife to fill it.
T: Kitchen: making the tea, finding the kettle by touch, the liquid level indicator. All that self-care and kitchen work was twenty-four minutes.
P: Twenty-four.
T: Then the activity part: the grocery store simulation, reaching, finding items on the shelf with the magnifier, fourteen minutes.
P: Fourteen. I bought a Powerball ticket on the way here, the jackpot is some crazy number.
T: Good luck. Goals: medications independent, met. Kitchen safety with tea, met. Reading mail, partly met.
T: Plan: once a week for four more weeks. Goals: read mail with the magnifier, and the grocery store with my help.
P: Once a week, good.
T: Practise the magnifier with the mail every day.
""")

S("n_ot14_ain_palsy_discharge_painless", "test", "OT", "discharge", "OT", "per-code",
  timed={"97110": 20, "97112": 14, "97140": 6}, untimed=[], key="97110x1:GO 97112x1:GO",
  facts=["anterior interosseous|AIN", "OK sign", "4/5|4 over 5", "at the eval 1/5|eval 1/5", "tip pinch 4|4 kilos", "1.5 kilos|1.5",
         "two pages|2 pages", "home program|HEP", "discharge"],
  negated=["pain in the forearm", "numbness"], absent=["nine holes", "sixty-eight", "Masters"],
  text="""
T: Last visit, Ms. Brandt. Anterior interosseous nerve palsy, right hand, the nerve that wouldn't fire. Discharge day.
P: It fires now! Look, the OK sign. I showed my whole book club on Tuesday, they clapped, it was embarrassing and wonderful.

T: A round O. At the eval it was a flat duck bill. Any pain in the forearm this week?
P: Never had any pain with it, that's the weird part. Not once.
T: Numbness anywhere?
P: None at all. It was only ever the weakness.
P: I played nine holes Saturday, shot sixty-eight on the front, well, my husband says sixty-eight, I think more.
C: It was sixty-eight.
T: Either way, you held the club. Let's measure. Thumb IP flexion strength 4/5. At the eval 1/5. Index DIP flexion 4 over 5.
T: Tip pinch 4 kilos, it was 1.5 kilos.
P: And I wrote two pages of my journal without stopping.
T: Two pages, your goal was one. Okay, last exercise session: the pinch putty, clothespins, the thumb and index blocking exercises. Twenty minutes.
P: Twenty.
T: Then fine motor and the re-education: picking up coins, buttons, writing with the thin pen, fourteen minutes of neuromuscular re-education.
P: Fourteen. The coins are still tricky.
T: Then soft tissue, the forearm, six minutes, just to loosen it.
P: Six, that was nice. The Masters is on this weekend, my husband already took over the TV.
T: Then you can write in your journal. Home program: putty and clothespins, three times a week, and keep writing.
P: For how long?
T: Another two months, then as you like. You met every goal, so this is your discharge.
C: Thank you. She cried the day it first moved. So did I, honestly, in the parking lot.

P: I did. Thank you.
""")
# ---------------------------------------------------------------------------------------------
# PT dev (8)
# ---------------------------------------------------------------------------------------------

S("n_pt01_patellar_tendon_repair_eval_mod_bike_clock", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 18}, untimed=["97162"], key="97162x1:GP 97110x1:GP",
  facts=["patellar tendon repair", "0 to 70|flexion 70|70 degrees", "extension lag", "3 minus over 5|3-/5",
         "LEFS is 28|LEFS 28|28 out of 80|28/80", "twelve stairs|12 stairs", "gout", "heel slides",
         "three at rest|3/10 at rest|3/10", freq(2, 8, "twice a week for eight weeks")],
  negated=["calf pain", "fever", "giving way"], absent=["half an hour", "hundred and thirty", "forty-one to seventeen", "knee replacement"],
  text="""
T: Morning, Mr. Brennan. I'm Lucia, I'll be your physical therapist. And this is your wife?
C: Maureen. I'm the chauffeur these days, he's not allowed to drive.
T: Nice to meet you both. So, right patellar tendon repair, surgery six weeks ago, on the fourteenth?
P: The fourteenth, yeah. Missed a step coming off the bleachers at my grandson's game. Heard a pop like a rubber band.
T: Pain right now, zero to ten?
P: Sitting here, maybe a three. Going down the stairs it's more like a six.
T: So three at rest, six on stairs. Any calf pain, tightness in the calf?
P: Nope.
T: Fever, redness, anything draining from the incision?
P: None at all. The surgeon said it looks great.
T: Has the knee been giving way in the brace?
P: Never. Not once.
C: When I had my knee replacement in 2019 I got to a hundred and thirty degrees, my therapist said that was a record.
T: Good for you. Let's see his. Brace unlocked, active flexion 0 to 70, with about a ten degree extension lag. Passive I get to eighty.
P: Seventy? That's it?
T: Protocol caps us at ninety this week, so seventy is right on track. Quad strength 3 minus over 5 on the right, five on the left.
T: LEFS is 28 out of 80. You've got the gout, a desk job, twelve stairs at home with one rail, so this is a moderate complexity evaluation.
P: Twelve stairs, and the only shower's upstairs.
T: Okay, bike, easy, no resistance. You got on at 10:05... and off you hop, it's 10:17. Then quad sets and heel slides, two sets of ten.
C: So that's what, half an hour of exercise? Put down half an hour, the insurance pays more that way.
T: It was eighteen minutes of therapeutic exercise, the bike and the quad work together. Eighteen.
C: Eighteen?
T: Eighteen, yes. That's what goes on the bill.
P: Did you watch the game last night? Forty-one to seventeen. Brutal.
T: I saw the score, I turned it off at halftime. Plan is twice a week for eight weeks.
T: Goals: flexion to 120, stairs step over step with the rail, and LEFS over 50.
P: And the brace?
T: Locked straight for walking until the surgeon clears you. Quad sets three times a day at home.
""", said_exempt=())

S("n_pt02_morton_neuroma_eval_low_neighbour_needling", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 9, "97116": 7}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["Morton|neuroma", "third and fourth|3rd and 4th", "five out of ten|5/10", "Mulder", "LEFS 58|58 out of 80|58/80",
         "towel scrunches", "marble pickups|marbles", "metatarsal pad", "wide toe box|wider toe box",
         freq(1, 4, "once a week for four weeks")],
  negated=["swelling", "back pain", "burning at night"], absent=["dry needling", "forty dollars", "ten minutes", "bunion"],
  text="""
T: Hi, Ms. Ferreira, I'm Ana. The referral says Morton's neuroma, left foot. Where exactly is it?
P: Between these two toes. The doctor said third and fourth. It feels like a pebble in my shoe.
T: Pain right now, zero to ten?
P: Standing at work it's a five out of ten. Sitting, basically nothing.
T: Five when you're on your feet. Any swelling on top of the foot?
P: Never had any swelling. It looks totally normal.
T: Burning at night, in bed?
P: Nah. Only in shoes.
T: Any back pain, pain running down the leg?
P: No back pain at all.
P: My neighbor's doing dry needling for his heel, forty dollars a session. Should I do that?
T: That's his plan, not yours. Let's look at yours. Squeezing the forefoot... there.
P: Ow, that click!
T: That's a positive Mulder's click. LEFS is 58 out of 80. One problem, healthy otherwise, so this is a low complexity evaluation.
P: On that foot doctor show they just cut the bunion right off, twenty minutes.
T: TV surgery. We'll start with your shoes. A metatarsal pad here, and a wide toe box, no more of those pointy flats.
P: They were on sale.
T: Then exercises: towel scrunches and marble pickups, calf stretch against the wall. That was ten minutes, no, nine, we stopped for your phone.
P: Nine. Sorry about the phone.
T: Then walking in the hallway with the pad in, checking the pressure, seven minutes. Seven.
P: Seven, okay. It does feel better with the pad.
T: Plan is once a week for four weeks. Goal: stand through a full shift with pain two or less.
P: What if it doesn't get better?
T: Then the doctor may talk injection. Let's see what the pad and the shoes do first.
P: Okay. New shoes this weekend then.
""")

S("n_pt03_west_nile_eval_high_daughter_clock_gait", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97116": 14, "97112": 9}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97112x1:GP",
  facts=["West Nile", "rolling walker|walker", "min assist|min A|minimal assist", "mod A|moderate assist", "Berg 22|22 out of 56|22/56",
         "60 feet|sixty feet", "four in thirty seconds|4 in 30 seconds|4 reps", "atrial fibrillation|afib", "weight shifts",
         freq(3, 8, "three times a week for eight weeks")],
  negated=["chest pain", "trouble swallowing", "headaches"], absent=["ventilator", "ninety-four", "mosquito spray"],
  said_exempt=("97116",),
  text="""
T: Hi, Mr. Abernathy, I'm Kofi, physical therapy. You must be his daughter?
C: Renee. I'm staying with him for now.
T: So, West Nile virus, the neuroinvasive kind, three weeks in the hospital, then rehab, and home since Monday?
P: Since Monday. My legs are like noodles.
C: Our neighbor had it two summers ago, he was on a ventilator for twelve days. Dad never needed that, thank God.
T: Glad to hear it. Any headaches now?
P: Not since the hospital. They're gone.
T: Any trouble swallowing, coughing when you eat?
P: No, I eat fine.
T: Chest pain when you're up and moving?
P: None.
T: And you have the atrial fibrillation, on the blood thinner, and you've got the diabetes too?
C: Both. And he lives alone, two steps to get in.
T: Okay. Sit to stand, he's min assist, and four in thirty seconds with his hands.
T: Gait with the rolling walker, mod A for the first few steps, then min A. He made 60 feet before he had to sit.
P: Sixty feet. I used to walk the dog two miles.
T: Berg is 22 out of 56. With the A-fib, the diabetes, living alone and a Berg of 22, this is a high complexity evaluation.
C: The county sprayed again on the third, I bought him mosquito spray, ninety-four degrees tomorrow too.
T: Good idea. Okay, we walked the hallway from 2:40 till 2:54, back and forth past the bench, and the turns at each end.
P: That felt like an hour.
T: Then balance, standing at the counter, weight shifts and reaching. Nine minutes.
C: Nine.
T: Nine. Plan is three times a week for eight weeks. Goals: walker with supervision for 150 feet, Berg over 40, in and out of the house safely.
P: And the dog?
T: Eventually. Not this month.
""")

S("n_pt04_humeral_shaft_pta_seven_minute_unit", "dev", "PT", "daily", "PTA", "cms",
  timed={"97110": 20, "97140": 7}, untimed=[], key="97110x1:GP,CQ 97140x1:GP,CQ",
  facts=["humeral shaft fracture|humeral shaft", "fracture brace", "pendulums", "110 degrees|to 110", "2 by 15|2x15|2 x 15",
         "four out of ten|4/10", "two out of ten|2/10", "isometrics", "soft tissue"],
  negated=["tingling", "clicking"], absent=["twenty-five", "three for four", "radial nerve palsy"],
  text="""
T: Hey, Mr. Oyelaran, I'm Sam, the PTA working with you today. Your PT asked me to keep going with the plan for the humeral shaft fracture. Arm in the fracture brace still?
P: Still in the clamshell thing. Week seven. The surgeon said no surgery unless it doesn't knit, and it's knitting.
T: How's the pain today?
P: Four out of ten this morning. Getting the shirt on is the worst.
T: Any tingling in the back of the hand, the thumb side?
P: Nope.
T: Any clicking or shifting feeling at the break?
P: None at all.
P: My buddy at work broke his arm the same way and got the radial nerve palsy, the wrist just flopped. Scared me.
T: Yours has been fine every visit. Let's warm up. Pendulums, then the wand, then isometrics.
P: My grandson went three for four yesterday. Doubled in the sixth.
T: Nice. Okay, wand flexion, 2 by 15. Active assisted to 110 degrees today.
P: Is that good?
T: Up from ninety last week. Isometrics now, five second holds, ten each direction.
P: My son says ask you to put down twenty-five minutes for the exercise, his deductible math or whatever.
T: I write what we do. The exercise went from 3:10 to 3:30, twenty minutes.
P: Twenty. Fine, I'll tell him.
T: Then soft tissue work on the upper trap and the deltoid, that tight band here.
P: Oh, that's the spot.
T: That was seven minutes of soft tissue.
P: Seven?
T: Seven, yes. Seven minutes of manual.
T: Pain now?
P: Two out of ten. Better than coming in.
T: Good. Keep the pendulums three times a day, and nothing heavier than a coffee cup with that arm yet. I'll tell your PT how it went.
P: Thanks, Sam. Same time Thursday.
""")

S("n_pt05_glute_med_repair_pta_twenty_two_not_twenty_three", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97110": 22, "97112": 8, "97116": 6}, untimed=[], key="97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["gluteus medius|glute med", "Trendelenburg", "3+/5|3 plus over 5|3 plus", "single leg stance|single-leg stance",
         "eight seconds|8 seconds", "clamshells", "one crutch|single crutch|1 crutch", "two out of ten|2/10"],
  negated=["pain at the incision", "popping", "falls"], absent=["twenty-three", "Lake Tahoe", "cortisone"],
  text="""
T: Good morning, Mrs. Kwiatkowski. I'm Jordan, the PTA. Hi, Mr. Kwiatkowski. Gluteus medius repair, week ten?
P: Week ten on Friday. And I'm down to one crutch, since Saturday. The surgeon said as long as I don't limp I can drop the second one.
C: She still limps when she's tired, I keep telling her.
T: One crutch, great. Pain at the incision?
P: Nope, none.
T: Any popping or clicking in the hip?
P: None at all.
T: Falls since last time?
P: No falls. I'm careful.
C: Our niece got a cortisone shot in her hip last month, she was dancing the next day.
T: Different problem. Pain in general today?
P: Two out of ten. It's more of an ache by evening, after I've been up cooking.
T: Let's see you walk. Still a Trendelenburg on the left, the hip drops. Hip abduction 3 plus over 5.
T: Okay, clamshells, side-lying abduction, bridges. We'll go from 9:30.
P: We drove up to Lake Tahoe on Sunday, four hours in the car, my hip hated it.
T: Take breaks on long drives. Okay, that's 9:52, so twenty-two minutes of exercise.
C: Can't you call it twenty-three? I read that twenty-three is two units.
T: It was twenty-two. Twenty-two is what I write.
P: He reads everything on the internet.
T: Now balance: single leg stance, left side, holding the bar lightly.
P: It wobbles.
T: Eight seconds, up from five. Tandem stance too. That's eight minutes of balance work. Eight.
T: Then walking with the one crutch down the hall, watching that hip drop, six minutes.
P: Six, okay.
T: Your PT will recheck strength next week. Keep the clamshells every day.
P: Every day. He'll make sure.
C: I will.
""")

S("n_pt06_avascular_necrosis_reeval_sixteen_not_fifteen", "dev", "PT", "re-evaluation", "PT", "per-code",
  timed={"97110": 16, "97116": 9}, untimed=["97164"], key="97164x1:GP 97110x1:GP 97116x1:GP",
  facts=["avascular necrosis|AVN", "core decompression", "0 to 95|95 degrees", "LEFS 44|44 out of 80|44/80",
         "310 meters|310 m", "eval it was 240|240 meters", "prednisone", "single point cane|cane", "four out of ten|4/10",
         freq(2, 6, "twice a week for six more weeks")],
  negated=["numbness", "night pain"], absent=["fifteen minutes", "shot an 88", "Jeopardy"],
  text="""
T: Mr. Castellanos, re-evaluation day. Avascular necrosis, left hip, core decompression in August. How's it going?
P: Better. I'm only using the cane outside now. Inside the house I just touch the furniture, my wife hates that, she says I'll pull the bookcase over.
T: Good. Pain today?
P: Four out of ten, mostly after the grocery store.
T: Numbness, anything running down the leg?
P: None.
T: And the night pain you had at the eval, waking you up?
P: Gone. Haven't had that in three weeks. I sleep straight through now, except when the cat decides it's breakfast time.
P: My brother-in-law had his hip replaced, back golfing in six weeks, he says he shot an 88.
T: Golf stories grow. The AVN came from the prednisone for the asthma, right?
P: Years of it, yeah.
T: Hip flexion 0 to 95, it was 80. Abduction 30. LEFS 44 out of 80, it was 31.
T: Six minute walk today with the single point cane, 310 meters. At the eval it was 240.
P: Is that a lot better?
T: Seventy meters better. That's a real change.
P: I watch Jeopardy every night with my wife, I'm 0 for 40 on the sports questions.
T: Ha. Okay, exercise: bridges, side-stepping with the band, mini squats. I told you fifteen minutes earlier, it was sixteen, we added the step-ups.
P: Sixteen then.
T: Sixteen. Then gait with the cane on the ramp and the stairs, nine minutes.
P: Nine on the stairs.
T: He still needs the cane, still has limits on distance, so I'm keeping him: twice a week for six more weeks.
T: New goals: walk the grocery store without the cane, LEFS over 55.
P: No cane in the store. I like that one.
T: Keep the bridges daily. See you Thursday.
""")

S("n_pt07_heart_transplant_progress_fifteen_blocks", "dev", "PT", "progress", "PT", "cms",
  timed={"97110": 30, "97116": 10, "97112": 4}, untimed=[], key="97110x2:GP 97116x1:GP",
  facts=["heart transplant|transplant", "365 meters|365 m", "at the eval 280|280 meters", "RPE 13|RPE of 13", "eleven in thirty seconds|11 in 30 seconds|11 reps",
         "128 over 76|128/76", "stairs", "sternal precautions|sternal", freq(2, 4, "twice a week for four more weeks")],
  negated=["chest pain", "short of breath", "dizziness"], absent=["pacemaker", "Grey's Anatomy"],
  text="""
T: Progress note today, Mr. Delacroix. Four months since the heart transplant, eight weeks with us. How are you feeling?
P: Strong. I carried the groceries in yesterday, two bags. And I walked to the mailbox and back twice without stopping, which in June I could not do.
C: Two light bags.
T: Any chest pain with the exercise this week?
P: Denies, as you people say. No chest pain.
T: Short of breath at rest?
P: No.
T: Dizziness when you stand up?
P: None at all.
C: My sister's getting a pacemaker next week, so we've got the whole heart thing going on in this family.
T: I hope it goes smoothly. Blood pressure sitting 128 over 76. Okay, bike first, from 1:10 to 1:25, then weights another fifteen.
P: On Grey's Anatomy they do a transplant in twenty minutes.
T: And everybody's fine by the commercial. Okay, so thirty of therapeutic exercise, the bike and the weights. RPE 13.
T: Sit to stand, eleven in thirty seconds. At the start it was seven.
P: Eleven!
T: Eleven. Then six minute walk, 365 meters. At the eval 280.
T: Then stairs and outside on the ramp, ten minutes of gait. Ten.
C: Ten on the stairs, I watched.
T: Then a little balance at the end, tandem stance, four minutes, he was tired.
P: I was tired.
T: Goals: the 6MWT goal was 350, met. Stairs reciprocal, met. Back to walking the mall, partly met, he's at twenty minutes there.
T: Still on sternal precautions, nothing over ten pounds. Plan is twice a week for four more weeks.
P: Then I'm done? Because honestly I'll miss coming here, it gets me out of the house, and the parking is easy.
T: Then we talk about cardiac rehab and a gym plan.
""")

S("n_pt08_ac_separation_discharge_manual_zero_units", "dev", "PT", "discharge", "PT", "per-code",
  timed={"97110": 15, "97530": 8, "97140": 6}, untimed=[], key="97110x1:GP 97530x1:GP",
  facts=["acromioclavicular|AC separation|AC joint", "QuickDASH today 9.1|QuickDASH 9.1", "45.5", "0 to 175|175 degrees", "strength 5/5|5/5 in all planes",
         "zero out of ten|0/10", "push-ups|push ups", "home program|HEP", "discharge"],
  negated=["clicking", "pain with the bench"], absent=["five to two", "scored twice", "penalty box", "thirty-five bucks"]
,
  text="""
T: Last visit, Devon. Discharge day for the AC separation, grade two, from the hit in September. How's the shoulder?
P: Honestly, I forget about it most days. We played Saturday, full game, and I took a couple of hits on that side. Nothing. It felt normal, even the next morning.
T: Pain right now?
P: Zero out of ten.
T: Any clicking at the AC joint?
P: None at all.
T: Pain with the bench at the gym?
P: Nope. I'm back to my old weight.
P: We lost five to two though. Our goalie scored twice, on our own net. I spent four minutes in the penalty box.
T: Sounds like a rough night. Let's measure. Flexion 0 to 175, abduction 0 to 170. Strength 5/5 in all planes.
T: QuickDASH today 9.1. At the eval it was 45.5.
P: That's a big drop. I remember filling out the first one, I couldn't even put on a jacket.
T: A huge drop. Okay, ther ex, the last round: push-ups plus, Ys and Ts, band rows. Fifteen minutes.
P: Fifteen.
T: Then the hockey part, stick handling with the weighted stick, falling onto the mat and getting up, eight minutes of therapeutic activity.
P: Eight minutes of falling down.
T: Eight. Then a little joint mobilization at the end, six minutes, just because it was stiff after.
P: Six minutes, that felt good.
T: Your home program is the push-ups plus and the bands, three days a week.
P: Do I need to come back? My mom keeps asking, because of the copay, it's thirty-five bucks a visit.

T: You met every goal, so this is your discharge. If it flares up, call us.
P: Thanks for everything. Seriously, in September I couldn't lift my arm to put my helmet on, and the coach thought I was out for the season.

T: Go win a game.
""")
# ---------------------------------------------------------------------------------------------
# PT test (8)
# ---------------------------------------------------------------------------------------------

S("n_pt09_turf_toe_eval_low_under_eight", "test", "PT", "evaluation", "PT", "cms",
  timed={"97110": 5, "97112": 2}, untimed=["97161"], key="97161x1:GP",
  facts=["turf toe", "0 to 40|40 degrees", "three out of ten|3/10", "six out of ten|6/10", "FAAM|sports score",
         "toe yoga", "carbon plate|carbon fiber plate", "single leg balance|single-leg balance", "low complexity"],
  negated=["numbness", "swelling"], absent=["hundred and twelve", "own unit", "tuition"],
  text="""
T: Hi, Malik, I'm Teresa. Turf toe, right big toe, from the game on the ninth. Tell me what happened.
P: I planted to cut on the turf and my toe bent all the way back. I felt it rip under there.
C: He ran for a hundred and twelve yards that night, before it happened. Scouts were there.
T: Impressive. Pain today, zero to ten, walking around?
P: Walking, like three out of ten. Pushing off to run, six out of ten.
T: Any numbness in the toe?
P: Nope.
T: Swelling?
P: None at all now. It was huge the first week, but it's gone down completely.
T: Okay. Big toe extension 0 to 40, the other side 0 to 75. Tender under the joint. Sports score on the FAAM is 56 percent.
P: Fifty-six out of a hundred? That's failing.
T: It's a baseline. One joint, a healthy seventeen-year-old, nothing complicating, so this is a low complexity evaluation.
C: Do the math for me, is he playing in the playoffs? Because his tuition next year kind of depends on it.
T: Not in two weeks. Maybe in four, with a carbon plate in the cleat.
T: Quick exercises so you know them: toe yoga, towel pulls, calf stretch. That was five minutes.
P: Five?
T: Five. And two minutes of single leg balance on a pillow, to check it. Two.
C: Coach said to bill the exercise as its own unit, he knows a guy who does that.
T: Five minutes doesn't make a unit. I write down the minutes we actually did.
P: Can I still lift?
T: Upper body yes. No squats with a heavy bar, no jumping yet.
T: Plan: twice a week for four weeks. Goal: push off pain free and a sports score over 90.
P: Ninety. Okay.
C: We'll order the carbon plate tonight.
T: Good. Toe yoga every day, ten reps.
""")

S("n_pt10_fai_eval_mod_sister_acl", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 12, "97112": 7}, untimed=["97162"], key="97162x1:GP 97110x1:GP",
  facts=["femoroacetabular impingement|FAI", "0 to 105|105 degrees", "15 degrees|fifteen degrees", "FADIR",
         "iHOT|48", "four out of ten|4/10", "seven out of ten|7/10", "hypothyroidism", "anxiety",
         freq(2, 6, "twice a week for six weeks")],
  negated=["low back pain", "numbness", "locking"], absent=["ACL skiing", "eight weeks on crutches"],
  text="""
T: Hi, Ms. Lindqvist, I'm Omar. Femoroacetabular impingement on the right, the surgeon wants to try therapy first.
P: Right. It's a deep pinch in the groin when I sit too long, or squat.
T: Pain right now, sitting?
P: Four out of ten. Squatting down to the bottom drawer, seven out of ten.
T: Any low back pain?
P: Nope, back's fine.
T: Numbness down the leg?
P: None at all.
T: Does the hip ever lock, get stuck?
P: Locking? No. Never.
P: My sister tore her ACL skiing, she was eight weeks on crutches. Mine's nothing like that, right?
T: Different joint, different problem. Let's measure. Hip flexion 0 to 105, internal rotation only 15 degrees at ninety. FADIR positive, that's your pinch.
P: Yep, that's the pinch.
T: iHOT questionnaire, 48 out of a hundred. You've got the hypothyroidism, the anxiety, and you sit nine, ten hours at work, so this is a moderate complexity evaluation.
P: Nine hours, ten on Mondays.
T: Okay. Exercises: bridges, side-lying abduction, quadruped rock backs, staying out of the pinch.
P: I do hot yoga on Saturdays, the pigeon pose kills me.
T: Skip the pigeon for now. Okay, that exercise block was ten to twelve minutes, I'll call it twelve.
P: Twelve.
T: Twelve. Then the balance: single leg stance with the hip level, seven minutes.
P: Seven minutes of standing on one leg, my legs are shaking.
T: That shaking is the glutes working. Plan: twice a week for six weeks. Goals: sit through a workday with pain under two, squat to the drawer without the pinch.
P: And if it doesn't work?
T: Then you and the surgeon talk about the scope. We'll give this a fair shot first.
P: Okay. Fair shot.
T: Bridges and side-lying, once a day, and set a timer to stand up every forty minutes.
""")

S("n_pt11_cauda_equina_eval_high_wife_clock", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97116": 11, "97110": 8}, untimed=["97163"], key="97163x1:GP 97116x1:GP 97110x1:GP",
  facts=["cauda equina", "saddle numbness|numb in the saddle", "dorsiflexion 2/5|2/5 on the left|dorsiflexion 2/5", "ODI 58|58 percent|58%",
         "front-wheeled walker|walker", "contact guard|CGA", "catheter", "ankle pumps", "high complexity"],
  negated=["fever", "bowel accidents", "new back pain"], absent=["cupping", "Pimple Popper", "sixty-one"],
  said_exempt=("97110",),
  text="""
T: Mr. Gallagher, hi, I'm Yasmin, physical therapy. And you're his wife?
C: Colleen. Thirty-one years married, I'm not going anywhere.
T: So, cauda equina syndrome, emergency decompression three weeks ago. What's still bothering you?
P: My left foot slaps. And I'm still numb in the saddle area, you know, where you sit.
T: The saddle numbness, that's still there today?
P: Still there. Less than in the hospital.
T: Bladder?
P: Still doing the catheter four times a day.
T: Any bowel accidents this week?
P: None this week.
T: Fever, chills?
P: No fever.
T: Any new back pain since surgery, different from the incision?
P: No new back pain. Just the incision.
C: My brother had sciatica, he swears by cupping, the little glass cups. Should we try that?
T: Not for this. Let's look. Left ankle dorsiflexion 2/5, plantarflexion 3 minus. ODI is 58 percent.
P: I watched that Pimple Popper show last night, sixty-one minutes of it, couldn't sleep.
T: I can't watch that one. Gait with the front-wheeled walker, contact guard, the left foot catching. We walked from 11:20 to 11:31, so eleven minutes. Eleven.
C: Eleven. He did the whole hall.
T: Then ankle pumps and quad sets and bridges, 11:35 to 11:43, in the chair and on the mat.
P: My foot barely moves on those pumps.
T: It's moving more than it did, the surgeon's note says zero. The bladder, the foot drop, the walker and the numbness, with diabetes on top, this is a high complexity evaluation.
T: Plan: three times a week for eight weeks. Goals: walk with a cane in the house, no catches on the left.
C: What about a brace for the foot?
T: An ankle brace is on my list for next time, I'll measure him.
P: Thank you. Honestly.
""")

S("n_pt12_compartment_fasciotomy_pta_four_units", "test", "PT", "daily", "PTA", "cms",
  timed={"97110": 25, "97116": 18, "97112": 12}, untimed=[], key="97110x2:GP,CQ 97116x1:GP,CQ 97112x1:GP,CQ",
  facts=["fasciotomy|compartment syndrome", "0 to 5|5 degrees", "six reps|6 reps", "three out of ten|3/10",
         "heel raises", "rocker board", "stairs", "skin grafts|skin graft"],
  negated=["drainage", "calf pain at night", "tingling"], absent=["twenty minutes", "fourteen points", "hundred and sixty", "compression boot"]
,
  text="""
T: Hi, Elijah, I'm Marisol, the PTA. How's the leg this week? Six weeks since the fasciotomy?
P: Six weeks Tuesday. The skin grafts are all healed over, the surgeon was happy. She said the leg looks like a shark bit it, but a nice shark. I'm back at my desk job too, half days, with the leg up on a box under the desk.
T: Good. Any drainage from the wounds?
P: Nope, all closed.
T: Calf pain at night?
P: None.
T: Tingling on top of the foot?
P: No tingling. That went away last month.
T: Pain right now?
P: Three out of ten, the tight kind.
P: Did you see the Lakers? Lost by fourteen points. Fourteen points, at home.
T: I don't follow basketball, sorry. Let's start. Exercise block: ankle alphabet, band work, heel raises.
P: These heel raises are brutal. I got six reps.
T: Six reps, up from four. Ankle dorsiflexion 0 to 5 today.
T: Okay, that was twenty-five minutes of exercise.
P: Twenty-five?
T: Twenty-five, yes, with the stretch. Then walking, hallway and stairs. That was twenty minutes, no, eighteen, we stopped for your water.
P: Eighteen. I was dying of thirst.
T: Eighteen of gait. Then balance on the rocker board, both feet, then tandem.
P: My roommate's physical therapist put him on a machine that cost a hundred and sixty dollars a month, a compression boot.
T: Not something we're doing here. Balance was twelve minutes.
P: Twelve.
T: Twelve. So exercise, gait and balance. I'll tell your PT about the heel raises.
P: When can I run?
T: That's your PT's call, and the surgeon's. Not this month.
P: Yeah, yeah.
T: Heel raises at home, three sets, as many as you can do clean.
""")

S("n_pt13_syndesmosis_pta_eight_and_eight", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 8, "97112": 8, "97140": 7}, untimed=[], key="97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["syndesmosis|high ankle sprain", "tightrope", "walking boot|boot", "two out of ten|2/10", "star excursion|Y balance",
         "BAPS board", "band eversion|eversion with the band", "calf stretch"],
  negated=["numbness", "giving way", "swelling"], absent=["full unit", "eighty-four", "Cabo"],
  text="""
T: Hey, Priya, I'm Luis, PTA. High ankle sprain, the syndesmosis, with the tightrope, right? Out of the boot?
P: Out of the walking boot since Friday. Feels weird without it, like my ankle's naked.
C: She's been walking without it everywhere. I keep telling her to slow down.
T: Pain today?
P: Two out of ten.
T: Any numbness on the top of the foot?
P: Nope.
T: Giving way, rolling?
P: It hasn't given way, not once.
T: Swelling by the end of the day?
P: Never had any swelling after the surgery. Honestly, none.
C: We were in Cabo last month, she did the whole trip on crutches, eighty-four steps down to the beach.
T: Oof. Okay, ther ex: band eversion, heel raises, calf stretch. Started at 4:02.
P: The band's the green one, right?
T: Green. Okay, 4:10, that's eight minutes.
T: Now balance: BAPS board, then star excursion reaching. Eight minutes of balance.
P: Eight and eight.
T: Eight and eight, yes. Then joint mobs on the ankle, talus glides, seven minutes.
P: Seven. That felt tight.
C: Can you bill the massage as a full unit? Seven is so close to eight.
T: It was seven minutes. Seven is what I write, and the payer counts each code alone.
C: Okay, I tried. Her father always says ask, the worst they say is no.
P: Mom, stop. She's been like this since the ER, she argued with the triage nurse too.
T: So ther ex eight, balance eight, manual seven. I'll note the BAPS progress for your PT.
P: Can I do the elliptical?
T: Ask your PT Thursday, she'll check the fibula. For now bike only.
P: Bike only, got it.
T: Band eversion at home, three times fifteen.
""")

S("n_pt14_scheuermann_unattended_estim_skip_traction", "test", "PT", "daily", "PT", "cms",
  timed={"97110": 16, "97140": 9}, untimed=["G0283"], key="G0283x1:GP 97110x1:GP 97140x1:GP",
  facts=["Scheuermann|kyphosis", "five out of ten|5/10", "three out of ten|3/10", "62 degrees|sixty-two degrees",
         "chin tucks", "thoracic extension", "foam roller", "e-stim|electrical stimulation", "hot pack"],
  negated=["tingling", "shortness of breath"], absent=["ultrasound", "traction", "level 87", "five hundred dollars"],
  text="""
T: Hey, Aiden. Hi, Mrs. Park. How's the back this week? Scheuermann's, the kyphosis, right?
P: It's okay. Sore after school, sitting in those chairs.
C: The X-ray said sixty-two degrees of curve. He slouches over that game all night.
P: Mom. I'm on level 87, I can't stop now.
T: Level 87 can wait. How many hours a day are you sitting, between school and the game?
P: School's like six hours. Then homework. Then the game, but I sit on the floor now, like you said, with the pillow.
T: Better than the beanbag. Pain right now?
P: Five out of ten.
T: Any tingling in your legs?
P: Nope.
T: Shortness of breath, with running in gym?
P: None at all.
T: Okay. We'll skip the traction today, you didn't like it last time, and I don't think you need it.
P: Thank you.
T: Exercises first: chin tucks, thoracic extension over the foam roller, prone Ys, rows. Sixteen minutes.
C: His uncle's chiropractor charged us five hundred dollars for ten visits.
T: We'll stick with exercise. Then manual: thoracic mobilization, prone, nine minutes.
P: Nine, okay, that crunched.
T: Then the e-stim under a hot pack, on the mid-back, fifteen minutes. I'll leave you with the buzzer.
P: The buzzy stuff, nice.
T: I set it up and step out, you just lie there.
P: Pain's three out of ten now.
T: Three, down from five. If it's still sore next week we might try ultrasound, but probably not.
C: Whatever works.
T: Ther ex sixteen, manual nine, e-stim unattended under the hot pack.
C: Do we need a brace?
T: Not from what I see. Standing breaks every half hour, and the foam roller at night.
P: Every half hour? Fine.
""")

S("n_pt15_myositis_ossificans_progress_manual_and_activity", "test", "PT", "progress", "PT", "per-code",
  timed={"97110": 24, "97140": 10, "97530": 9}, untimed=[], key="97110x2:GP 97140x1:GP 97530x1:GP,59",
  facts=["myositis ossificans", "0 to 120|120 degrees", "0 to 85|85 degrees", "4+/5|4 plus over 5", "LEFS 62|62 out of 80|62/80",
         "prone knee bend", "cutting drills|cutting", "soft tissue mobilization|soft tissue", freq(1, 4, "once a week for four weeks")],
  negated=["warmth", "redness", "giving way"], absent=["concussion", "Six Nations", "three weeks off"],
  text="""
T: Okay, Tom, progress note. Myositis ossificans in the left quad, from the knee in the scrum in August. Update me.
P: It's good. I can sit on my heels again, almost. And I ran the whole touch session on Thursday, forty minutes, no limp, the coach filmed it for you, I'll send it.
T: Any warmth in the thigh this week?
P: None.
T: Redness?
P: No redness at all.
T: Has the knee been giving way?
P: Nope.
P: Our flanker got a concussion Saturday, three weeks off, he's gutted. He'll miss the Six Nations on TV with us too, ha.
T: Poor guy. Has he seen someone?
P: The club doc. He's fine, just bored, he texts the group chat all day.
T: Okay, measurements. Knee flexion 0 to 120, at the eval it was 0 to 85 degrees. Prone knee bend to 115.
P: And the strength?
T: Quad 4 plus over 5. LEFS 62 out of 80, it was 40.
P: Sixty-two. Nice.
T: Okay, exercise. Bike from 5:06 to 5:16, then split squats and step-downs till 5:30. Twenty-four minutes.
P: Twenty-four?
T: Twenty-four of therapeutic exercise. Then soft tissue mobilization around the quad, gentle, not over the bone, ten minutes.
P: Ten. It's tender there.
T: Then the rugby stuff: cutting drills, backpedal, getting down and up from the ground, nine minutes of therapeutic activity.
P: Nine. My lungs are burning.
T: Goals: flexion 130, partly met. Return to contact training, not yet. Running without a limp, met.
T: Plan: once a week for four weeks, then back to training if the surgeon agrees.
P: Once a week, cool.
T: Heel-to-butt stretch twice a day. No massage guns on that spot.
P: No massage guns. Got it.
""")

S("n_pt16_osteosarcoma_limb_salvage_discharge_leftover_unit", "test", "PT", "discharge", "PT", "cms",
  timed={"97110": 23, "97116": 22}, untimed=[], key="97110x2:GP 97116x1:GP",
  facts=["osteosarcoma|limb salvage", "distal femur replacement|endoprosthesis", "0 to 100|100 degrees",
         "420 meters|420 m", "TUG 9.2|9.2 seconds", "without the cane|no cane", "curbs", "home program|HEP", "discharge"],
  negated=["fevers", "pain at the incision"], absent=["chemo port", "forty-five minutes", "nine dollars"],
  text="""
T: Last day, Noor. Discharge visit. Distal femur replacement for the osteosarcoma, limb salvage, nine months ago now.
P: Nine months. I walked in without the cane today. From the parking garage, the far end, and up the ramp, no stops. I was kind of showing off.

C: She hasn't used the cane in two weeks. I hid it in the closet.
T: Ha. Any fevers lately?
P: None at all.
T: Pain at the incision?
P: Nope. Nothing.
C: My friend's daughter had her chemo port get infected, so I panic at every fever. But nothing.
T: Good. Knee flexion today, 0 to 100. Extension full.
T: TUG 9.2 seconds. Six minute walk, 420 meters.
P: What was it at the start?
T: The TUG was 21 seconds, the walk was 190 meters.
P: Whoa. I remember that first walk, I had to sit on the bench by the elevator twice, and you pushed the wheelchair behind me the whole way.
C: I cried in the car after that one.

T: Okay, last exercise session. Leg press, step-ups, bridges, bike. From 2:00 till 2:23.
P: Twenty-three minutes, I counted on the clock.
T: Twenty-three, right. Then gait: outside, the curbs, the grass, the ramp, no cane, twenty-two minutes.
C: Can we put down forty-five minutes for the walking part? She walked forever.
T: It was twenty-two minutes of gait training. That's what I write.
C: Okay.
P: The coffee cart outside charged me nine dollars for a latte.
T: Robbery. Okay. Your home program: the step-ups, the bridges, and walking thirty minutes a day.
P: Thirty minutes a day. And the gym?
T: The gym is fine, just no jumping, no running, that's for life with this implant.
P: I know. No jumping.
T: All goals met, so this is your discharge. Call us with anything.
""")
# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("n_slp01_conduction_aphasia_eval_wife", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92523"], key="92523x1:GN",
  facts=["conduction aphasia", "3 of 10|three of ten", "41 out of 60|41/60", "9 of 10|nine of ten",
         "phonemic paraphasias|paraphasias", "WAB|aphasia quotient", "68.4", "self-corrects|self-correct",
         freq(2, 8, "twice a week for eight weeks")],
  negated=["trouble swallowing", "weakness", "hearing"], absent=["112 to 108", "chrysanthemum", "Denver"],
  text="""
T: Hi, Mr. Nakamura, I'm Leah, speech-language pathology. And you're his wife?
C: Emiko. Thirty-eight years of finishing his sentences, and now I really have to.
T: The stroke was six weeks ago, left parietal. Tell me in your own words what's hard.
P: The words, they're there, but they come out... the spoon, the spoon, no, the spool. Wrong.
T: That's okay. You hear that it's wrong, and you keep trying. Any trouble swallowing, coughing with drinks?
P: No. No trouble.
T: Weakness in the right arm or leg?
P: None. Walk fine. Drive, no, not yet.
T: Any trouble with your hearing?
P: Nope. Hear fine.
C: Our grandson won his spelling bee with chrysanthemum, and he can't say it, he can spell it. Our son flew in from Denver for it.
T: Lovely. Okay, repetition: say after me. 'The bus left early this morning.'
P: The bus... left... the burly... no. Early. The bus left early.
T: Repetition, 3 of 10 sentences correct, with lots of phonemic paraphasias, and he self-corrects most of them.
P: I know the thing. The mouth says a different thing.
T: Naming on the Boston Naming Test, 41 out of 60. Following commands, three steps, 9 of 10.
C: He understands everything. Last night the Nuggets won 112 to 108 and he explained the whole fourth quarter to me.
T: Comprehension is a strength. The WAB aphasia quotient is 68.4. The pattern is a conduction aphasia.
P: Conduction. Like electric.
T: Like the wire between understanding and saying. Plan: twice a week for eight weeks.
T: Goals: repeat five-word phrases 8 of 10, and order at a restaurant on his own.
P: Sushi. I want sushi.
T: Then that's our goal. Practise reading the menu out loud at home, slowly.
C: We'll practise at dinner.
""")

S("n_slp02_myotonic_dystrophy_swallow_daughter", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["myotonic dystrophy", "IDDSI level 6|level 6|soft and bite-sized", "IDDSI level 1|slightly thick", "chin tuck",
         "effortful swallow", "8 of 10|eight of ten", "2 of 10|two of ten", "min verbal cues|minimal verbal cues", "up a pound|1 pound|one pound"],
  negated=["pneumonia", "choking", "weight loss"], absent=["tonsillectomy", "popsicles", "ten-minute meals"],
  text="""
T: Hi, Mr. Aldana. Hi, Lucy. How have meals been this week? Myotonic dystrophy, the swallowing, right?
P: Slow. I eat slow. Breakfast takes me forty-five minutes, the oatmeal gets cold, and my hands get stiff on the spoon.
C: He takes forever but he eats. He's up a pound.
T: Up a pound, great. Any weight loss at all?
P: Nope.
T: Pneumonia, any chest infections, since last visit?
P: None.
T: Any choking at dinner, food getting stuck?
P: None at all this week.
C: My son had his tonsillectomy on Monday, he's living on popsicles for five days, so the house is a popsicle factory.
T: Poor kid. Okay, let's eat. IDDSI level 6, soft and bite-sized, the chicken and the carrots.
P: The chicken's good.
T: Chin tuck on every bite. That one was perfect. Then the effortful swallow, squeeze hard.
P: Like this?
T: Exactly. Effortful swallow with chin tuck, 8 of 10 bites with min verbal cues.
C: I have to remind him at home too.
T: Now thin water, small sips. Thin water he coughed on 2 of 10 sips, so we keep the liquids at IDDSI level 1, slightly thick.
P: I hate the thick water.
T: Slightly thick is the mildest level. It keeps it out of your lungs.
C: I saw a cooking show with ten-minute meals, all crunchy stuff, I guess that's out.
T: Crunchy and dry stuff is out for now. Soft, moist, small bites.
P: What about pizza?
T: Soft pizza, the middle, cut small, with a sip of the thick water between bites.
C: He'll take that deal.
T: Chin tuck every bite, effortful swallow, and sit upright thirty minutes after meals.
P: Thirty minutes. Okay.
""")

S("n_slp03_right_hemisphere_cognition_97130_zero", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 5}, untimed=[], key="97129x1:GN",
  cog=20,
  facts=["right hemisphere|right-hemisphere", "inferencing", "7 of 10|seven of ten", "4 of 12|four of twelve",
         "5 of 8|five of eight", "sarcasm", "min verbal cues|minimal verbal cues", "prosody|flat"],
  negated=["headache", "trouble swallowing"], absent=["clot-buster", "forty minutes", "back at work in two weeks"]
,
  text="""
T: Hi, Mrs. Oduya. Hi, Daniel. Right hemisphere stroke, seven weeks now. How's your mom doing at home?
C: She says she's fine. She's not totally fine. She left the stove on twice this week, and she tells everyone at church she's going back to driving next month.
P: I'm fine. He worries.
T: Any headache today?
P: No.
T: Trouble swallowing?
P: Not one bit.
C: My boss had a stroke last year, they gave him the clot-buster in forty minutes, he was back at work in two weeks. Why is Mom slower?
T: Every stroke is different, and your mom's is in a different spot. Okay, today's cognitive work. We'll start at 11:05.
T: Short stories, then the questions that aren't in the story, the inferencing.
P: The man took his umbrella... so it was raining. Or going to rain.
T: Exactly. Inferencing 7 of 10 with min verbal cues.
T: Now reading a paragraph, out loud, every line.
P: Done.
T: You skipped lines on the left side. 4 of 12 lines missed. Let's use the red line on the left margin.
P: I didn't notice.
T: That's the thing we're working on. Now sarcasm: 'Oh great, another rainy day.' Happy or not?
P: Happy? No, wait, he's annoyed. Sarcasm.
T: Sarcasm and humor, 5 of 8. Your voice is still a bit flat, the prosody, so let's say it like you mean it.
P: Oh great. Another rainy day.
T: Better. And it's 11:25, so twenty minutes of cognitive work.
C: She does Wordle every morning, four guesses usually.
T: Keep that up, and read the newspaper with the red line every day.
P: The red line. Okay. Do I draw it myself, or do you give me the paper with the line already on it?
T: Draw it yourself, with a red marker, that's part of the practice.
T: I'll see you Thursday.
""")

S("n_slp04_mandibulectomy_speech_two_units_request", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["mandibulectomy", "70 percent|70%", "14 of 20|fourteen of twenty", "mod cues|moderate cues", "60 percent|60%",
         "over-articulat|exaggerate", "slow rate|slow down", "/t/ and /d/|t and d"],
  negated=["pain in the jaw", "drooling"], absent=["two units", "32-inch", "striper"],
  text="""
T: Hi, Mr. Brodeur. Hi, Mrs. Brodeur. How's the speech since last week? Four months after the mandibulectomy now.
P: Better. The drive-through understood me on Saturday. First time. I didn't have to point at the menu board or write it on my phone.
C: He was so proud. He ordered two coffees and a muffin.
T: That's real life, that's the goal. Any pain in the jaw when you talk a lot?
P: None.
T: Drooling when you talk?
P: Nope. Not anymore. That stopped in the spring.
P: I went fishing Sunday, caught a 32-inch striper. Nobody at the dock believed me.
C: I have the photo.
T: Ha. Okay, words with /t/ and /d/ first. Top, dog, tide, dead. Slow rate.
P: Top. Dog. Tide. Dead.
T: Good. /t/ and /d/ at word level, 14 of 20 correct, with mod cues, mostly a reminder to slow down.
P: The tongue doesn't get to the roof like before.
T: That's the surgery. We over-articulate and we slow down. Now sentences.
P: The dog dug a deep ditch.
T: Sentence level, about 60 percent correct sounds. To me, an unfamiliar listener, he's about 70 percent intelligible in conversation.
C: Can you bill this as two units? We were here almost an hour.
T: Speech therapy is one code for the session, however long it goes.
C: Oh. Okay, didn't know.
T: Homework: the /t/ and /d/ word list, ten minutes twice a day, in front of the mirror.
P: The mirror makes me sad.
T: Then record yourself on the phone and listen back.
P: That I can do. My granddaughter showed me the voice memo app at Christmas, I've got a hundred recordings of her singing on there already.
T: And keep ordering at the drive-through.
""")

S("n_slp05_ftd_conversation_group_wife", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["97150"], key="97150x1:GN",
  facts=["frontotemporal dementia|frontotemporal", "6 of 8|six of eight", "4 of 6|four of six", "topic card",
         "turn-taking|turn taking", "min verbal cues|minimal verbal cues", "interrupting|interrupted", "group"],
  negated=["choking", "coughing"], absent=["Harold", "Bernadette", "number 47", "bingo"],
  text="""
T: Welcome back, everyone, conversation group. Mr. Fitzgerald, you're next to me. Harold, Bernadette, you're across.
P: I know where to sit. I've been here before.
C: He's been up since five, so he might be grumpy. He rearranged the garage before breakfast, every paint can, by color.
T: That's fine. Any choking at lunch today, Mrs. Fitzgerald, any coughing with drinks?
C: No choking. No coughing. He ate everything.
T: Good. Frontotemporal dementia, Mr. Fitzgerald, so our goals are turn-taking and staying on topic.
T: Today's topic card: your first car. Harold, you start.
P: Mine was a Mustang, red, fast...
T: Hold on, Mr. Fitzgerald, Harold has the card. Who has the card?
P: Harold. Sorry. Go ahead, Harold.
T: Nice recovery. Turn-taking 6 of 8 opportunities with min verbal cues, he interrupted twice.
C: At home he interrupts me all day.
T: That's what this practises. Bernadette, your first car?
P: Bernadette, did you have a Mustang?
T: Good question, on topic. Staying on topic, 4 of 6 times.
C: Last week at bingo he shouted number 47 before they called it. The whole hall laughed.
T: Okay, last round: the topic card says 'holidays.' Mr. Fitzgerald, wait for the card, then one question for Harold.
P: Harold, where did you go on holiday? Wait. I have to hold the card.
T: Perfect. We went about fifty minutes today, the whole group, with a break.
P: Felt long. My legs are asleep.

C: He liked it, he just won't admit it.
T: Homework: at dinner, use a spoon as the topic card. Whoever has the spoon talks.
C: A spoon. That's clever. I'll try it. Our daughter visits Sunday, she talks more than anyone, she'll need the spoon most of all.
""")

S("n_slp06_laryngeal_sarcoidosis_voice_progress", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["sarcoidosis", "14 seconds", "8 seconds", "VHI-10|voice handicap", "VHI-10 today is 18|VHI-10 18", "17 of 20|seventeen of twenty", "85 percent|85%",
         "resonant voice", "inhaler", freq(1, 6, "once a week for six more weeks")],
  negated=["shortness of breath", "stridor", "coughing blood"], absent=["43 members", "fourteenth", "Messiah"],
  text="""
T: Progress note today, Ms. Adeyemi. Laryngeal sarcoidosis, the voice therapy. How's your voice this week?
P: Stronger. I taught three classes Tuesday and I still had a voice at dinner. Two months ago I'd be whispering by lunch, and my students had to pass notes to me, it was ridiculous.
T: Are you using the microphone in the big lecture hall?
P: Every time now. I hated it at first, I felt like a game show host, but it helps.
T: That's the goal. Any shortness of breath?
P: None.
T: Any stridor, noisy breathing in?
P: Never. Not once.
T: Coughing blood?
P: No.
P: My choir has 43 members now, we're doing the Messiah on the fourteenth, I'm just listening this year.
T: Maybe next year you sing. Maximum phonation time today 14 seconds. At the start it was 8 seconds.
P: Is fourteen normal?
T: Getting there. VHI-10 today is 18, it was 29 at the evaluation.
T: Okay, resonant voice. Hum, 'mm-hmm,' feel the buzz on the lips.
P: Mm-hmm. Mm-hmm. My mmm-orning.
T: Good. Now sentences. 'My mother made marmalade.'
P: My mother made marmalade on Monday.
T: Resonant voice in sentences, 17 of 20, so 85 percent.
P: The inhaler the lung doctor gave me, the steroid, do I rinse after?
T: Yes, rinse and spit after every puff, it protects the voice.
T: Goals: resonant voice in sentences 80 percent, met. Teach a full day without losing the voice, partly met.
T: Plan: once a week for six more weeks, with conversation and the classroom.
P: Once a week. Good.
T: Resonant voice warm-up five minutes before every class, water bottle on the desk.
P: Water bottle. My students will think I'm an athlete. Okay, see you next Wednesday.
""")

S("n_slp07_moebius_discharge_mother_soccer", "dev", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Moebius", "18 of 20|eighteen of twenty", "90 percent|90%", "lip closure|lips together|compensatory",
         "/p/, /b/, and /m/|p, b, and m", "intelligib", "home program|HEP", "discharge"],
  negated=["trouble eating", "teasing"], absent=["three to one", "hat trick", "Coach Dana"],
  text="""
T: Hi, Ezra. Hi, Mrs. Levin. Last speech session today, discharge day. How's school?
P: Good. I said my whole presentation on sharks and nobody said 'what?'
C: His teacher emailed me, she said everyone understood every word. Even the kid in the back who never pays attention asked him a question about hammerheads.

T: That's what we wanted. Moebius syndrome, Ezra, so your lips don't close all the way, and we learned the tricks.
P: The tricks. Teeth on lip for the /b/ sound.
T: Any trouble eating at lunch?
P: None at all.
T: Anybody teasing you about the way you talk?
P: Nope. Nobody.
C: We won three to one on Saturday, he scored a hat trick. Well, two, and one was an own goal by the other team. Coach Dana was thrilled.
T: Amazing. Okay, let's check the sounds: /p/, /b/, and /m/ in conversation. Tell me about the shark presentation.
P: The biggest one is the whale shark, and it eats plankton, not people.
T: The compensatory /p/, /b/, and /m/, 18 of 20 correct in conversation, that's 90 percent.
P: Ninety!
T: Intelligibility to unfamiliar listeners, about 95 percent. Your goal was 85.
C: Are we really done?
T: He met every goal. This is his discharge.
P: Do I still do the mirror stuff?
T: Your home program: read one page out loud every night, and the mirror practice on weekends.
C: One page a night. We can do that.
T: If his teacher notices anything new, call me.
P: Can I still come visit?
T: You can wave at me in the waiting room any time your sister comes in.
P: Deal. And I'll bring you a shark drawing.
C: He's already started it, it has way too many teeth.

""")
# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("n_slp08_esophagectomy_clinical_swallow_eval", "test", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92610"], key="92610x1:GN",
  facts=["esophagectomy", "hoarse|hoarseness", "IDDSI level 5|level 5|minced and moist", "IDDSI level 0|thin liquids",
         "3 of 5|three of five", "wet voice|gurgly", "small sips|small bites", "upright|head of the bed",
         freq(2, 4, "twice a week for four weeks")],
  negated=["fever", "chest pain"], absent=["Heimlich", "two hundred guests", "best man"],
  text="""
T: Hi, Mr. Petrakis, I'm Noelle, speech-language pathology. You had the esophagectomy six weeks ago, and the surgeon wants a swallow evaluation. And this is your son?
C: Nick. I'm the one with the questions.
T: Ask away. First, Mr. Petrakis, your voice is hoarse. When did that start?
P: After the surgery. Raspy. My wife says I sound like a gangster.
T: The nerve to the voice box can get stretched in that surgery. Any fever since you got home?
P: No fever.
T: Chest pain when you swallow?
P: None.
T: Weight loss this month?
P: Nope. Same weight for three weeks, the dietitian checks.
C: My brother did the Heimlich at a wedding last year, two hundred guests, on the best man. I've been nervous about Dad ever since.
T: Understandable. Okay, let's try some foods. Sitting upright. First, thin water, teaspoon sips.
P: Fine.
T: Now bigger sips from the cup. That voice sounded wet after, a little gurgly. Say 'ah.'
P: Ahh.
T: Wet voice after 3 of 5 cup sips of thin liquids. Teaspoon sips were clear.
P: So no more water?
T: Water by small sips, slowly, chin down. Now the applesauce, then the cracker.
P: The cracker stuck.
T: The applesauce was clean. The cracker he had to wash down twice. So minced and moist, IDDSI level 5, for solids, and thin liquids, IDDSI level 0, by small sips only.
C: He lost forty-two pounds before the surgery, the cancer, so we need him eating.
T: Small meals, six a day, sitting upright, and the head of the bed up at night.
T: Plan: twice a week for four weeks, swallowing therapy and the voice. I'd also like an instrumental study, the video X-ray of the swallow.
P: More tests.
T: One more. It shows me what I can't see from outside.
C: We'll schedule it.
""")

S("n_slp09_foreign_accent_syndrome_vowels", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["foreign accent syndrome", "16 of 20|sixteen of twenty", "80 percent|80%", "vowel", "stress pattern|word stress",
         "95 percent|95%", "mirror", "recording"],
  negated=["weakness", "headaches", "numbness"], absent=["food bank", "eleven hundred"],
  text="""
T: Hi, Mrs. Dunleavy. How's the accent this week? Foreign accent syndrome, after the small stroke in April.
P: People at the store still ask if I'm from Sweden. I've never been further than Ohio.
T: It frustrates you.
P: It does. My own grandkids laugh. Kindly, but they laugh. And on the phone, the pharmacy asked me to spell my own last name three times, like I was a tourist.
T: Any weakness in the arm or leg this week?
P: No weakness.
T: Headaches?
P: Not since the stroke. None.
T: Numbness in the face?
P: Nothing. Never had any.
P: My sister's church raised eleven hundred dollars for the food bank, I was supposed to give a speech and I chickened out.
T: Maybe the next one. Okay, vowels first. The long and short vowels in words. Beet, bit, bait, bet.
P: Beet. Bit. Bait. Bet.
T: The 'bait' was close. Again, with the mirror, watch your jaw.
P: Bait.
T: Better. Vowel accuracy, 16 of 20 words, 80 percent.
P: Up from last week, right?
T: Up from 13 of 20. Now the stress pattern, the word stress. PHOtograph, phoTOgraphy.
P: PHOtograph. PhoTOgraphy.
T: Nice. Now a sentence with the stress on the right word: 'I SAID the blue one.'
P: I SAID the blue one.
T: To me, you're about 95 percent intelligible. The accent is the stress and vowels, not the clarity.
P: I'd like to sound like me again.
T: That's the goal. Homework: the vowel list with the mirror, then a recording of you reading a paragraph.
P: A recording. I hate my voice on recordings.
T: Everyone does. Listen for the vowels, not the voice.
P: Okay. I'll send it Sunday.
""")

S("n_slp10_ludwigs_angina_swallow_upgrade", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["Ludwig", "IDDSI level 4|pureed", "IDDSI level 5|minced and moist", "Masako", "Shaker",
         "10 of 10|ten of ten", "3 sets of 30 seconds|three sets of thirty seconds", "tongue"],
  negated=["fever", "pain with swallowing", "coughing"], absent=["speech code", "root canal", "Super Bowl"],
  text="""
T: Hi, Mr. Yilmaz. Hi, Mrs. Yilmaz. Ludwig's angina, the neck infection, two weeks home from the hospital. How's eating?
P: Boring. Everything's pureed. I dream about steak.
C: He's been a grump about the purees. He told the dog he was jealous of its kibble. Out loud. Twice.
T: Let's see if we can move him up today. Any fever since you got home?
P: No.
T: Pain with swallowing?
P: Not anymore. That went away last week.
T: Any coughing when you eat or drink?
P: Nope.
C: His cousin's tooth abscess needed a root canal, that's how this started for him, a bad tooth. Now I floss twice a day.
T: Good habit. Okay, tongue strength exercises first: press up against the roof, hold.
P: Like this?
T: Good. Then the Masako, the tongue between the teeth, swallow.
P: That one's strange.
T: It's supposed to feel strange. Then the Shaker, lying down, head up, 3 sets of 30 seconds.
P: My neck is burning.
T: That means it's working. Now let's try minced and moist, IDDSI level 5, the fish with sauce.
P: Food with texture!
T: 10 of 10 bites with no cough, no wet voice, clean swallow. So we move from IDDSI level 4 pureed to level 5, minced and moist.
C: Can you bill the speech code too? He talked the whole time.
T: Today was swallowing therapy. That's the one I bill.
C: Okay.
P: The Super Bowl party is in three weeks. Wings?
T: Not wings. Maybe the soft meatballs, cut small.
P: I'll take meatballs. My wife makes them with the soft bread inside, they fall apart on the fork.
T: Shaker and Masako twice a day, minced and moist diet, and call if there's any fever.
""")

S("n_slp11_co_poisoning_cognition_fire_alarm", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 38}, untimed=[], key="97129x1:GN 97130x3:GN",
  cog=53,
  facts=["carbon monoxide", "memory notebook|notebook", "5 of 6|five of six", "3 of 5|three of five", "alarm on the phone|phone alarm",
         "mod verbal cues|moderate verbal cues", "word list|story recall", "divided attention"],
  negated=["headache", "dizziness", "confusion"], absent=["fifty-five", "furnace guy", "four hundred dollars"],
  text="""
T: Hi, Mr. Moreau. Hi, Mrs. Moreau. How was the week with the memory notebook?
P: I used it. Mostly.
C: He used it five days. He left it in the truck twice.
T: That's progress. Carbon monoxide poisoning, three months ago, and the memory's the big thing. Any headache this week?
P: No headache.
T: Dizziness?
P: None at all.
T: Any episodes of confusion, like getting lost in the store?
P: No confusion. I know where I am.
C: The furnace guy came Tuesday, charged us four hundred dollars to replace the detector and check the vent. He said the old one was cracked.
T: I'm glad it's fixed. Okay, first, story recall. I'll read a story, you tell it back.
P: A woman, a bakery, a dog, she lost her keys... and then they were in the bread bag.
T: 5 of 6 details. Now the word list after the delay.
P: Apple, chair... river... I lost the rest.
T: 3 of 5 words, with mod verbal cues for the others.
T: Now divided attention: sort the cards by color and listen for the word 'blue.'
P: That's hard. Blue. Blue.
T: You got them. Now the phone alarm: set an alarm on the phone for your pills at eight.
P: Done. And it says 'pills, kitchen.'
T: Perfect. Writing it up: the cognitive block today, fifty-five, no, fifty-three minutes, we lost two minutes to the fire alarm test.
P: Fifty-three. That alarm was loud.
T: Fifty-three. I'll note the notebook use too.
C: Can he go back to work?
T: That's his doctor's decision, but he's not ready for the forklift yet. Maybe light duty in a month.
P: A month. Okay.
T: Notebook every day, and the phone alarm for pills and appointments.
""")

S("n_slp12_williams_syndrome_social_group", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["97150"], key="97150x1:GN",
  facts=["Williams syndrome", "personal space|arm's length", "5 of 7|five of seven", "3 of 4|three of four",
         "topic maintenance|on topic", "visual cue|picture card", "group", "strangers"],
  negated=["hearing", "tired"], absent=["Marcus", "Tiana", "seventy-six trombones", "Taylor Swift"],
  text="""
T: Hi, everyone, social group. Sofia, over here by me. Marcus, Tiana, across the table.
P: Hi! I love your earrings! Where did you get them? Do you have a dog?
C: She's been excited since breakfast. She told the bus driver about the group.
T: Ha. Sofia, Williams syndrome, so she loves people, and we're working on personal space and on staying on topic. Any trouble hearing today, Sofia? You had an ear infection.
P: Nope, I hear everything!
T: Feeling tired?
P: No, not tired at all.
T: First game: the arm's length rule. When you talk to someone, how far away?
P: Arm's length! Like this.
T: Good. Now greet Marcus, arm's length.
P: Hi, Marcus. Do you like Taylor Swift? I went to her concert. Well, the movie.
T: Personal space, 5 of 7 times today with a visual cue, the picture card.
C: At the mall she hugs strangers. She hugged a security guard last week.
T: We'll work on strangers next. Now topic maintenance. The topic is pets. Tiana, you start.
P: I have a cat. Her name is Biscuit. She's orange.
T: Nice. Sofia, a question about Tiana's pet.
P: Tiana, what's your dog's name? Oh, wait, what's your cat's name? And can I see a picture?
T: Topic maintenance, 3 of 4 turns with a picture card.
P: The band at school plays seventy-six trombones, the song, we have like two trombones.
T: Off topic, Sofia. Back to pets.
P: Oops. Pets. Does anybody have a hamster?
T: We were about forty minutes today, the whole group, with the snack break.
C: She'll talk about this all night. And tomorrow at breakfast, and to the bus driver again.
T: Homework: arm's length with everyone at the dinner table, and one question about the other person's topic.
""")

S("n_slp13_landau_kleffner_progress_father", "test", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Landau-Kleffner|Landau Kleffner", "15 of 20|fifteen of twenty", "75 percent|75%", "2-step|two-step",
         "sign|signing", "picture schedule", "auditory comprehension", "new EEG|EEG was better", freq(2, 12, "twice a week for twelve more weeks")],
  negated=["seizures", "ear infections"], absent=["nineteen-eighty", "Little League", "thirty-two teams"],
  text="""
T: Progress note today, Mateo. Hi, Mr. Rivera. Landau-Kleffner syndrome, and we're working on understanding words again. How's home?
C: He's talking more. Short sentences, but more. And he listens to me now, sometimes. Last month he would look right through me when I called him, like I was the radio. Now he turns around.
P: Sometimes.
T: Ha. Any seizures this month?
C: None this month. The neurologist did a new EEG, it was better.
T: Any ear infections?
C: No. He's never had ear infections, his hearing test was perfect.
C: I played Little League in nineteen-eighty, thirty-two teams in our league, and he's just starting T-ball. I'm more nervous than him.
T: That's great for him. Okay, Mateo, listening game. Touch the ball, then give me the spoon.
P: Ball. Spoon.
T: Yes. 2-step directions, 15 of 20, so 75 percent. At the start it was 6 of 20.
C: Six! I remember.
T: Auditory comprehension is coming back. He still uses sign when he's stuck. That's fine, it's a bridge.
P: More. More, please.
T: More, yes. Now the picture schedule: what's first, what's next.
P: Snack. Then park.
T: Two words, with the picture schedule. Goals: 2-step directions at 70 percent, met. Two-word phrases on his own, met. Answer 'what' and 'where' questions, partly met.
T: Plan: twice a week for twelve more weeks, with the school team.
C: The teacher wants to know if he should sign at school too.
T: Yes, sign plus words. I'll send her a list of the signs he knows, and the picture schedule we use here, so it's the same at school and at home.
C: That would help. She's got twenty-two kids in that class.
P: Park?
T: Park after speech, ask your dad.
C: Park after speech. Deal.
""")

S("n_slp14_arfid_feeding_discharge", "test", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["ARFID|avoidant", "12 of 15|twelve of fifteen", "food chaining", "new foods", "learning plate", "three bites|3 bites",
         "home program|HEP", "discharge"],
  negated=["gagging", "vomiting", "weight loss"], absent=["nine hundred", "Paw Patrol"]
,
  text="""
T: Last feeding session, Lily. Hi, Mrs. Carver. Discharge day. How's dinner time now?
C: Night and day. Six months ago it was chicken nuggets only, one brand, one shape. Now she eats what we eat, mostly. Grandma cried at Thanksgiving when she took stuffing.

P: I ate broccoli!
T: You ate broccoli! ARFID, the avoidant eating, and look at you now. Any gagging at meals this week?
C: No gagging.
T: Vomiting?
C: None at all.
T: Weight loss?
C: Nope, she's up on the growth chart, the pediatrician was thrilled.
C: Her brother's birthday party had nine hundred dollars of pizza, I swear, and she ate pizza with everyone.
T: Love that. Okay, Lily, the learning plate. What's on it today?
P: Carrot, cheese, a new thing... what is it?
T: Hummus. Look at it, touch it, smell it.
P: It smells like a bean.
T: It is a bean. Can you kiss it, then a tiny bite?
P: Okay... it's okay. Not my favorite.
T: That's fine. Three bites rule: three bites, then you decide.
P: Three bites. Okay, I'll do two more.
T: She tried the hummus, and across the last month she accepted 12 of 15 new foods through food chaining.
C: She watches Paw Patrol while I cook, then she helps me stir.
T: Helping cook is great. Goals: 15 new foods accepted, nearly met. Family meals without a separate plate, met. Growth on track, met.
T: So this is her discharge. Home program: one new food a week on the learning plate, three bites rule.
C: One a week. We can do that.
P: Can I have the stickers?
T: All the stickers. You earned them. Pick the sparkly ones first.
P: The unicorn one! And the broccoli one, for my fridge.

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
    if not re.fullmatch(r"n_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("n_" + s["discipline"].lower()):
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
            if f.startswith("n_") and f.endswith(".json"):
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
