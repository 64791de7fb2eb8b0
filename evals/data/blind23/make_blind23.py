#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-third set (ids y_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, shared/PRODUCT.md (its "Therapy billing rules"), the READMEs of blind22 and blind21 and
the self-check part of make_blind22.py (read, not copied: the rules, helpers and checks below are
this author's own implementation of the same conventions).  Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes written in the
     session and compared with the hand-written key; timestamps, turn counts (40-120), durations,
     facts / negated / absent strings against the transcript, the mix of the two halves) and exits
     non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist or assistant), "P: ..." (patient), "C: ..." (caregiver).
Timestamps: about 2.2 words per second, 0.4-1.3 s gaps, seeded by the session id.  Hand key format:
"97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.  `negated` names the finding ("numbness"),
not the phrase said.  `said_exempt` lists timed codes whose minutes are never said as one figure
(two mentions the listener must add up, or a corrected figure); the minutes still follow from what is said.
"""

import hashlib
import json
import os
import random
import re
import sys

SESSIONS = []


def S(
    sid,
    discipline,
    note_type,
    role,
    rule,
    split,
    timed,
    untimed,
    key,
    text,
    facts,
    negated,
    absent,
    cog=None,
    kx=False,
    said_exempt=(),
    has59=False,
):
    """Register one session.  `timed` = {code: minutes}; `untimed` = [codes]; `key` = hand key."""
    SESSIONS.append(
        {
            "id": sid,
            "discipline": discipline,
            "note_type": note_type,
            "role": role,
            "rule": rule,
            "split": split,
            "timed": dict(timed),
            "untimed": list(untimed),
            "key": key,
            "text": text,
            "facts": list(facts),
            "negated": list(negated),
            "absent": list(absent),
            "cog": cog,
            "kx": kx,
            "said_exempt": list(said_exempt),
            "has59": has59,
        }
    )


# ---------------------------------------------------------------------------------------------
# PT, dev
# ---------------------------------------------------------------------------------------------

S(
    "y_pt01_meniscus_eval",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 11},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
T: okay so um come on back have a seat right there on the mat
P: thanks sorry im late the parking garage was full
T: no worries so the referral says left knee medial meniscus tear is that what they told you
P: yeah the mri showed a tear on the inside part
T: and how did it happen
P: i was playing pickleball and i kind of pivoted and it popped
T: when was that
P: um about five weeks ago maybe six no five weeks it was the saturday after my birthday
T: okay five weeks and are they talking about surgery
P: the orthopedic guy said try therapy first for six to eight weeks
T: makes sense so pain right now zero to ten
P: right now like a three but on stairs going down its a six easy
T: three at rest six on stairs going down and where exactly
P: right here on the inside of the knee like a sharp pinch
T: does it ever lock where you cant straighten it
P: no it doesnt lock it catches sometimes though
T: okay catching no true locking any giving way
P: um once in the kitchen but not since i got the brace
T: any swelling
P: a little by the end of the day
T: any numbness or tingling down the leg
P: hold on my phone sorry its my daughter
T: go ahead
P: sorry she needs a ride at four anyway what did you ask
T: numbness or tingling anywhere in the leg or foot
P: no no numbness nothing like that
T: good okay lets look at your motion lie back for me
T: knee flexion on the left is one hundred ten degrees right side is one thirty eight
T: extension youre lacking about three degrees on the left
P: it feels tight at the end
T: mcmurrays is positive on the left with medial joint line tenderness
T: quad strength four minus out of five on the left hamstrings four out of five
P: is that bad
T: its what we expect after five weeks of favoring it
T: and walking you have a slight limp shorter time on the left leg no device
T: i want you to fill out the lower extremity functional scale
P: the clipboard one
T: yep you scored thirty eight out of eighty so plenty of room to improve
T: okay so this is a moderate complexity evaluation you have the diabetes and the other knee history that we have to work around
P: the right one got scoped like ten years ago
T: right so goals in four weeks stairs reciprocal with pain two out of ten or less
T: and lefs up to sixty out of eighty and full extension
T: we also talked about maybe dry needling but not today lets see how the exercises go first
P: okay im fine with that
T: so now lets do some exercise quad sets straight leg raises and the bike
P: the bike with no resistance
T: no resistance just rocking for range
P: that actually feels okay
T: ten straight leg raises three sets good and heel slides
P: the heel slides pull a little
T: thats fine thats what we want
T: okay so that was about eleven minutes of exercise today and ill give you a sheet for home
P: do i do these every day
T: every day twice a day the quad sets and heel slides
P: what about pickleball
T: no pickleball for now maybe walking on flat ground
P: my league starts in january
T: we will see how you do by then
P: okay my husband is going to be thrilled he hates pickleball anyway
T: ha see you thursday
""",
    [
        "left knee",
        "medial meniscus",
        "pickleball",
        "5 weeks|five weeks",
        "6/10|a six",
        "catching",
        "110 degrees|one hundred ten degrees",
        "McMurray|mcmurrays",
        "4-/5|four minus",
        "LEFS 38|thirty eight out of eighty",
        "straight leg raise",
        "60/80|sixty out of eighty",
    ],
    ["numbness", "locking"],
    ["parking garage", "ride at four", "he hates", "january"],
)

S(
    "y_pt02_hip_fracture_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97116": 12},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Hi Mrs. Okafor, I'm Dana, I'll be your physical therapist. And you are?
C: I'm her daughter, Grace. I drove her.
T: Great, thanks for coming. So you broke your right hip, is that right?
P: The right one. I fell in the bathroom going to the toilet at night.
T: When was the surgery?
C: October ninth. They put a rod in. Intramedullary nail, the paper says.
T: Okay, so about eight weeks ago. And weight bearing as tolerated?
C: Yes, as tolerated, the surgeon said that last week.
T: Any pain today, zero to ten?
P: In the hip, maybe a four. Worse when I get up from a chair, like a seven.
T: Four at rest, seven on sit to stand. Any falls since you got home?
P: No, no falls.
C: She hasn't fallen, but she's had a couple of close calls with the rug.
T: We'll talk about that rug. Any dizziness when you stand up?
P: No dizziness. My blood pressure pills, they changed them in the hospital.
T: Good to know. Who's at home with you?
P: I live alone. Grace comes every evening.
C: And I'm trying to get her to move in with me, but she won't.
P: I have my cat. I'm not moving.
T: Okay. Medical history, I have diabetes, atrial fibrillation, osteoporosis, and macular degeneration.
C: And the kidney thing. Stage three.
T: Chronic kidney disease, stage three, thank you. Lots going on, which makes this a high complexity evaluation.
T: Let's check strength. Hip flexion on the right is three minus out of five.
T: Hip abduction right three minus, knee extension right four out of five, left side four plus throughout.
T: Now I'm going to have you stand up from this chair with your arms crossed, as many as you can in thirty seconds.
P: With my arms crossed? Oh my.
T: Do your best. Go.
T: That was four. Thirty-second sit to stand is four.
C: She used to do water aerobics three times a week.
T: We'll get her back there. Now the timed up and go, with your walker.
T: Up, walk to the line, turn, back, sit. Go.
T: Twenty-four seconds. That puts you at a high fall risk.
P: I knew that.
T: Berg balance I'll do next time, you're tired. I don't want to wear you out today.
T: Now let's walk in the hallway. Front-wheeled walker, step-to pattern, you're leaning on it a lot.
T: Let's practice a step-through. Right foot past the left. Good. And the curb at the end of the hall.
P: The curb is where I get scared.
T: Walker up first, then the good leg, up with the good, down with the bad.
C: Up with the good, down with the bad. I'm writing that down.
T: Nice. That's twelve minutes on walking and the curb, I'll count that as gait training.
P: My legs are shaking.
T: Sit. That's normal. Goals: in eight weeks, walk household distances with a cane.
T: Timed up and go under fourteen seconds, and sit to stand eight or more in thirty seconds.
T: Home: get rid of the bathroom rug, a nightlight, and a bedside commode for now.
C: I'll get the commode from the church closet, they lend them out.
P: The rug was my mother's.
T: Then hang it on the wall. Plan is two times a week for eight weeks.
C: Can we do Tuesdays? I have book club Thursdays.
T: Front desk will sort that out. Any questions?
P: When can I drive?
T: That's a question for your surgeon, and I'd ask them at the next visit.
P: Fine. Grace, did you feed the meter?
C: I did, Mom. Two hours, we're fine.
""",
    [
        "right hip",
        "intramedullary nail",
        "weight bearing as tolerated",
        "4/10|a four",
        "lives alone|live alone",
        "3-/5|three minus",
        "30-second sit to stand|thirty-second sit to stand",
        "TUG 24|Twenty-four seconds",
        "high fall risk",
        "front-wheeled walker",
        "curb",
        "bedside commode",
        "TUG under 14|under fourteen seconds",
    ],
    ["falls", "dizziness"],
    ["book club", "church closet", "feed the meter", "water aerobics"],
)

S(
    "y_pt03_tka",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 20, "97116": 9},
    [],
    "97110x1:GP,CQ,KX 97116x1:GP,CQ,KX",
    """
T: Morning, Walter. Sorry about the wait, Jen's running behind so you've got me today.
P: That's fine. You're the one with the dog pictures.
T: That's me. Quick check first: how's the knee?
P: It's stiff in the mornings. Pain's maybe a three now, it was a five yesterday after the grandkids.
T: Three today. Any calf pain, any swelling in the calf?
P: No, no calf pain. Swelling is down, the ice is helping.
T: Good. Any fevers, any redness by the incision?
P: Nope. Incision looks good, my wife checks it.
T: Before we start, billing told me your therapy total this year is past the Medicare threshold.
T: You had the other knee done in March, so we're over it. I'll be adding the KX modifier today.
P: What does that mean for me?
T: It means we're telling Medicare the therapy is still medically necessary. You're eight weeks out, your bend is still limited, and you're not doing stairs normally yet.
P: Okay. As long as they pay.
T: Let's get you on the bike. Full revolutions this time.
P: Full circles, oh boy.
T: Rock it back and forth, then try to go over the top. There you go!
P: First time! I made it over.
T: That's huge. Keep going. Five minutes on that.
T: Now on the table, heel slides with the strap, two sets of fifteen.
P: Ow. That's a good ow.
T: Good ow is fine. Knee flexion with the goniometer, let's see. One hundred and four degrees. Last week ninety-eight.
P: Progress!
T: Progress. Extension, minus three. Now long arc quads with three pounds, three sets of ten.
P: Should I be holding my breath?
T: No holding your breath. Breathe out as you kick.
T: Mini squats at the counter, two sets of ten.
P: These burn.
T: They should. Okay, hang on, Jen needs me for a second.
T: Sorry, she needed the key to the supply closet. Where were we? Squats, done.
P: Done.
T: Now the steps. Let's do the four-inch step first. Reciprocal going up if you can.
P: Up is okay. Down I have to lead with the good one.
T: That's okay for now. Step-to going down with the rail. Three rounds.
T: And then walking without the cane down the hallway. Watch that you bend the knee when you swing.
P: Is that better?
T: Much better, less hip hike.
P: Can I get rid of the cane at home?
T: In the house, yes. Outside, keep it for now. Jen will decide about outside.
T: Okay, let me write this down before I forget: the bike and the table exercises were twenty minutes, and the steps and the walking were nine minutes.
P: Is that all? Felt like an hour.
T: Ha. Also, we thought about the e-stim for the quad today but I'll leave that for Jen to decide.
P: That thing tickles.
T: It does. Ice at home after, twenty minutes.
P: My wife says I'm a terrible patient.
T: You're one of my best. See you Friday.
P: Bye now. Oh, the Lions won, did you see?
T: I did! See you Friday.
""",
    [
        "104 degrees|One hundred and four degrees",
        "98|ninety-eight",
        "3/10|a three",
        "Medicare threshold",
        "medically necessary",
        "bike",
        "heel slides",
        "long arc quads",
        "3 pounds|three pounds",
        "four-inch step|4-inch step",
        "step-to",
        "cane",
        "hip hike",
    ],
    ["calf pain", "fevers", "redness"],
    ["dog pictures", "supply closet", "the Lions won", "terrible patient"],
    kx=True,
)

S(
    "y_pt04_ankle_sprain",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 14, "97112": 10},
    [],
    "97110x1:GP,CQ 97112x1:GP,CQ",
    """
T: hey tyler how we doing how is the ankle
P: its good its like way better than last week
T: nice pain wise what are we at
P: like a two maybe when i cut hard it goes up
T: two out of ten okay you been doing your band stuff
P: yeah like mostly every day i missed saturday we had a tournament
T: you didnt play in it right
P: no i just sat on the bench and kept stats
T: okay good any swelling after
P: um a little bit around the bone on the outside
T: lateral malleolus okay and no numbness in the foot
P: no numbness no
T: any clicking or the ankle giving out
P: it hasnt given out since like the second week
T: perfect so today were doing the strength stuff first then the balance
P: cool
T: red band four ways two sets of twenty each way
P: the inversion one is the hardest
T: yep thats the one you sprained over so that makes sense
T: now heel raises on the step three sets of fifteen single leg on the right
P: these kill my calf
T: good slower on the way down
T: okay thats all the strength stuff call it fourteen minutes
P: feels like more
T: now balance grab the foam pad single leg eyes open thirty seconds
P: okay that was fine
T: eyes closed now
P: whoa no thats way harder
T: four seconds try again
P: okay like nine seconds
T: better nine seconds eyes closed
T: now the bosu ball hopping side to side
P: do i land soft
T: land soft knee over toes dont let it cave in
P: my coach wants me back for the playoff game
T: the p t will have to clear you for that not me
P: when is she back
T: thursday shell retest you then
T: okay last thing star excursion reach with the tape on the floor
P: the anterior one is easy the back ones are hard
T: posterior medial and posterior lateral are short yeah
T: okay balance was ten minutes total with the foam the bosu and the star
P: so like twenty four minutes total
T: yeah about that plus the warm up which was just walking to the room ha
P: ha
T: one more thing i was gonna tape the ankle but you said the brace is working so well skip it
P: yeah the brace is good
T: keep doing the band and heel raises at home and add the single leg balance while you brush your teeth
P: my mom is gonna think im weird
T: tell her its homework
P: okay see you thursday
T: see ya and good luck at the tournament on saturday cheering
P: thanks we play the bulldogs theyre like undefeated
""",
    [
        "2/10|two out of ten",
        "lateral malleolus",
        "red band",
        "heel raises",
        "3 sets of 15|three sets of fifteen",
        "foam pad",
        "9 seconds|nine seconds eyes closed",
        "bosu",
        "star excursion",
        "brace",
        "single leg balance",
    ],
    ["numbness", "giving out"],
    ["kept stats", "bulldogs", "undefeated", "playoff game"],
)

S(
    "y_pt05_shoulder",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 12, "97530": 16, "97110": 6},
    [],
    "97530x1:GP,59 97140x1:GP",
    """
T: Hi Rosa. Before we start, I need you to sign the updated consent and the release for your work comp adjuster.
P: More paperwork? Okay.
T: Sorry. And this one, the HIPAA acknowledgement, it changed in November.
P: I sign here and here?
T: Here and initial there. Okay, that's done. That took a good while, none of that counts as therapy.
P: Good, because I'm not paying for signing papers.
T: Ha. So how's the right shoulder this week?
P: Better for reaching in front. Behind my back, still bad. I can't hook my bra.
T: Pain?
P: A four mostly, a six at night if I roll onto it.
T: Any numbness down the arm?
P: No numbness. Sometimes the hand feels heavy.
T: Heavy but not numb. Okay. Let's start with the hands-on stuff. Lie on your back.
T: I'm doing posterior glides of the shoulder, grade three, and then some soft tissue to the pec minor.
P: Oof, that pec spot.
T: Breathe. Now inferior glides. Okay, good. That's twelve minutes of manual.
T: Now, separate from that, standing at the shelves. I want you to do the job tasks.
P: The stocking?
T: The stocking. Lift the cans from the cart to the second shelf, then the top shelf.
P: The top shelf is where it pinches.
T: Turn your thumb up when you reach. Scoop, don't shrug.
P: Oh, that's easier.
T: Now the box, two pounds, from the floor to the counter, then to the shelf.
P: I do this all day at the store.
T: I know, that's why we're doing it. Now the behind-the-back reach for the apron tie.
P: I can't get it.
T: Use the towel, like we practiced. Okay, you got closer.
T: That was sixteen minutes of the functional work, separate block from the manual.
P: My arm is tired.
T: One more thing: the pulley, quick, just to loosen up. A few reps, then we're done.
P: Up and down?
T: Up and down, slow. Okay, that was about six minutes, maybe less.
P: Is the pulley worth it?
T: At home, yes. You have one on the door?
P: My son put it up.
T: Great. Also, I thought about ultrasound, but honestly I don't think it helps for this, so I'm not doing it.
P: Fine by me.
T: Active flexion today is one hundred forty-five degrees. Last time one thirty-five.
P: Is that good?
T: It's better. Goal is one sixty. Internal rotation is still at the sacrum.
P: The bra thing.
T: The bra thing. Keep doing the towel stretch twice a day.
P: My daughter's quinceañera is in March, I need to do her hair.
T: We'll get you there. See you Monday.
P: See you Monday.
""",
    [
        "right shoulder",
        "posterior glides",
        "grade 3|grade three",
        "pec minor",
        "stocking",
        "2 pounds|two pounds",
        "apron",
        "pulley",
        "145 degrees|one hundred forty-five degrees",
        "135|one thirty-five",
        "sacrum",
        "towel stretch",
    ],
    ["numbness"],
    ["HIPAA", "quinceañera", "signing papers", "work comp adjuster"],
    has59=True,
)

S(
    "y_pt06_plantar_fasciitis_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "dev",
    {"97110": 17, "97140": 9},
    [],
    "97110x1:GP 97140x1:GP",
    """
T: Hey Marcus. Today's your progress check, visit ten, so I'm going to retest a few things.
P: Sounds good. I've been doing the stuff.
T: Tell me about the mornings. The first steps.
P: So when we started it was like an eight, hobbling to the bathroom. Now it's a three, maybe a two.
T: Three first thing in the morning. And at the end of the mail route?
P: End of the route it's a four. Before, I was limping the last hour.
T: How many steps are you doing a day now?
P: My watch says eighteen thousand. Nineteen on Saturdays.
T: Good lord. Any numbness in the foot, burning, anything on the inside of the ankle?
P: No, none of that. Just the heel.
T: Any pain at night?
P: No night pain.
T: Okay. LEFS first. You scored forty-one when we started.
P: And now?
T: Let me add it up. Fifty-eight out of eighty. That's a seventeen-point change. That's real.
P: Sweet.
T: Ankle dorsiflexion with the knee straight, right side, was zero at the start. Now it's eight degrees.
T: Knee bent, fourteen degrees. Single-leg heel raises, you did twelve today, goal was twenty-five.
P: My calf gives out at like twelve.
T: That's the goal we haven't met yet. The stretching goal, met. The morning pain goal, partly met, we wanted two or less.
P: Partly met, got it.
T: I'm not going to have you do your home program here, you're doing it. Just show me the calf stretch on the wall.
P: Like this?
T: Back heel down. Good. That's all I needed to see. Keep that at home.
T: Now, new stuff. Heel raises off the step, slow down, three seconds.
P: One, two, three. Ugh.
T: Three sets of ten. Then the towel curls, then marble pickups.
P: I feel like a kid with the marbles.
T: Everyone says that. Then the single-leg deadlift, no weight.
P: Wobbly.
T: Wobbly is fine. Okay, seventeen minutes on exercise.
T: Now hop up, I'm going to do soft tissue to the calf and the arch, and a talocrural mobilization.
P: That's the good part.
T: Nine minutes of that.
P: Could we do the shockwave thing? My buddy had it.
T: We don't have it here. If you plateau, your podiatrist might offer it. Not today.
T: Plan: continue two times a week for four more weeks. New goal, thirty single-leg heel raises.
P: Thirty. Okay.
T: And get new shoes. Those have, what, a thousand miles on them?
P: They were on sale. Thirty bucks.
T: Worth every penny, but it's time. See you Tuesday.
P: Yep. Gotta finish the route, I'm on my lunch.
""",
    [
        "8|an eight",
        "3/10|it's a three",
        "LEFS 41|forty-one",
        "58/80|Fifty-eight out of eighty",
        "8 degrees|eight degrees",
        "14 degrees|fourteen degrees",
        "12 heel raises|did twelve today",
        "partly met",
        "calf stretch",
        "towel curls",
        "talocrural mobilization",
        "30 single-leg heel raises|thirty single-leg heel raises",
    ],
    ["numbness", "night pain"],
    ["eighteen thousand", "Thirty bucks", "thousand miles", "on my lunch"],
)

S(
    "y_pt07_falls_knee_oa_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 12, "97112": 10},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Mr. Haddad, good to see you. Today we're redoing your tests, it's been about a month, and your doctor wants an update.
P: The re-test. My wife told me to behave.
T: Ha. Since the last time, any falls?
P: No falls. One trip on the garden hose, but I caught myself.
T: Caught yourself, no fall. Knees?
P: Left knee is the bad one, a five most days. Right one, a two.
T: Any dizziness, lightheaded when you stand?
P: No. Nothing like that.
T: Chest pain, short of breath with walking?
P: No chest pain. Breath is fine, I'm slow, that's all.
T: Okay. Berg balance first. Stand up without using your hands.
P: Like this.
T: Good. Stand with your feet together. Now reach forward as far as you can.
T: Sorry, one second, that's the front desk. Yes? Okay, tell her I'll call her back after this.
T: Sorry about that. Turn and look over your left shoulder. Now the right.
P: My neck doesn't turn like it used to.
T: Pick up the slipper from the floor. Now stand on one leg.
P: Three seconds, that's my limit.
T: Okay. Berg is forty-six out of fifty-six. A month ago you were forty-one.
P: Five points!
T: Five points, that's a meaningful change. Timed up and go, let's go. With the cane.
T: Thirteen point two seconds. Last time sixteen point eight.
P: I'm a racehorse.
T: A racehorse with a cane. Knee flexion left, one hundred eighteen degrees, same as before.
T: Quad strength left is four minus, was three plus.
P: The sit-to-stands at home are working then.
T: They are. Goals: Berg at least fifty, not met yet. TUG under fourteen, met. Walk to the mailbox and back without resting, met.
P: I walk to the end of the block now.
T: New goal, walk to the park bench, about four hundred feet, and Berg fifty or more in six weeks.
T: Okay, now some exercise. Sit-to-stands, three sets of eight, then step-ups on the six-inch step.
P: Still need the rail.
T: Rail is fine. Then standing hip abduction with the yellow band.
P: My wife wants to know if I can do the recumbent bike at the Y.
T: Yes, fifteen minutes, low resistance. That's a home thing, not today.
T: That was twelve minutes of strengthening. Now balance. Tandem stance at the counter.
P: Heel to toe? That's hard.
T: Ten seconds each side. Now stepping over the cones. Then the foam, feet apart, head turns.
P: The head turns get me.
T: That's why we do them. Balance was fourteen, no, ten minutes. Ten.
P: Are we doing the heat pack on the knee?
T: Sure, ten minutes of heat while I finish writing. It's just for comfort.
P: Ahh. That's the best part.
T: Plan: two times a week for six more weeks, then we see. I'll send the report to Dr. Levin.
P: Tell him I'm a racehorse.
T: I'll tell him you're improving.
P: My grandson is getting married in June, I want to dance.
T: Then we keep doing balance. See you Thursday.
""",
    [
        "Berg 46|forty-six out of fifty-six",
        "41|forty-one",
        "13.2 seconds|Thirteen point two seconds",
        "16.8|sixteen point eight",
        "118 degrees|one hundred eighteen degrees",
        "4-|four minus",
        "cane",
        "tandem stance",
        "step-ups",
        "yellow band",
        "Berg 50|Berg fifty",
        "garden hose",
        "6 weeks|six more weeks",
    ],
    ["falls", "dizziness", "chest pain"],
    ["racehorse", "getting married in June", "fourteen, no"],
)

S(
    "y_pt08_acl_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 23, "97112": 7},
    [],
    "97110x2:GP",
    """
T: alright maya last day how does it feel
P: honestly kind of weird i feel like i live here
T: ha you basically do so this is your discharge visit were gonna retest everything
P: okay do i have to do the hop tests again
T: yep all of them but first pain
P: zero like honestly zero i had a little ache after the scrimmage but that was it
T: zero at rest and any swelling after the scrimmage
P: no swelling none
T: any giving way or instability
P: no it hasnt buckled at all
T: good and no clicking
P: um sometimes it clicks but it doesnt hurt
T: okay clicking without pain lets do range first
T: flexion is one hundred thirty eight the other side is one forty
T: extension zero both sides
P: yay
T: okay lefs you got seventy six out of eighty at the start you were twenty two
P: twenty two wow i couldnt even walk
T: you were on crutches for the first visit remember
P: oh my gosh the crutches
T: single leg hop for distance right is one hundred twenty four centimeters left one thirty
T: thats ninety five percent
P: is that good
T: ninety five percent is the goal we had so goal met
T: triple hop ninety three percent crossover ninety one percent
T: so the crossover is a little under ninety but wait no its over ninety so all met
P: so can i go back to soccer
T: your surgeon makes that call but from my side youre ready for return to sport testing with him
P: hes so hard to get ahold of
T: call the office on monday okay now lets do your last workout
P: the hard one
T: the hard one bulgarian split squats three sets of eight with the ten pound dumbbells
P: oh these
T: nordic hamstring curls with the partner holding your feet
T: single leg rdl with the kettlebell twelve kilos
P: that kettlebell is so heavy
T: and lateral band walks okay that was twenty three minutes of strength work
P: can we do the agility ladder
T: quick yeah a few rounds only
P: that was fun
T: that was like seven minutes of ladder and cutting drills okay
T: we talked about blood flow restriction training a while ago but we never ended up doing it and you dont need it now
P: good those cuffs looked scary
T: home program is the gym plan i printed three days a week plus the jump landing drills twice a week
P: can i run on the road
T: yes you can run already just build up ten percent a week
P: my mom wants to know if i need the brace for games
T: ask the surgeon some docs want a brace for the first season
P: okay
T: so youre discharged to your home program goals met
P: thank you for everything i brought you cookies my grandma made
T: oh stop thank you
P: theyre snickerdoodles
""",
    [
        "discharge",
        "0/10|zero",
        "138|one hundred thirty eight",
        "LEFS 76|seventy six out of eighty",
        "22|twenty two",
        "95%|ninety five percent",
        "93%|ninety three percent",
        "91%|ninety one percent",
        "goals met",
        "split squats",
        "nordic hamstring",
        "12 kilos|twelve kilos",
        "return to sport",
        "home program",
    ],
    ["swelling", "giving way"],
    ["snickerdoodles", "cookies", "hard to get ahold of"],
)

# ---------------------------------------------------------------------------------------------
# OT, dev
# ---------------------------------------------------------------------------------------------

S(
    "y_ot01_dequervain_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 9},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: hi im priya im one of the hand therapists so youre here for the wrist
P: yeah the thumb side of my right wrist its been killing me
T: how long
P: since the baby so like three months my daughter is four months now
T: congratulations and youre right handed
P: right handed yeah and i lift her all day
T: what does the pain feel like
P: like a hot knife right here when i pick her up under the arms
T: zero to ten
P: at rest a two lifting her an eight
T: eight with lifting okay any numbness or tingling in the fingers
P: no numbness
T: any clicking or catching in the thumb
P: no its not like a trigger finger my sister has that
T: okay let me look theres swelling over the first dorsal compartment
T: finkelsteins test is positive on the right
P: ow yes that
T: sorry thats the test grip strength right is thirty eight pounds left is fifty six
T: lateral pinch right eight pounds left thirteen
P: im weak
T: pain limits it its not weakness exactly wrist range is full just painful at the end of ulnar deviation
T: quick dash you scored fifty two
P: is that high
T: higher is worse so yes moderate disability and this is a low complexity evaluation just the wrist no other health problems right
P: just the baby ha
T: ha okay goals in six weeks lift the baby with pain three or less and quick dash under twenty
T: and grip on the right to forty eight pounds
T: now we talked about a cortisone shot with your doctor right
P: she said wait because im nursing
T: okay so no injection for now well do a thumb spica splint
T: im making you a forearm based thumb spica today custom out of the thermoplastic
P: do i sleep in it
T: sleep in it and wear it when youre lifting or feeding
T: and im gonna teach you how to lift the baby differently scoop with palms up like this not under the arms
P: oh like a football hold
T: yeah and for feeding put a pillow under her so your wrist stays straight
T: and change the diaper bag to the other shoulder
P: my husband will have to carry it ha
T: ok that teaching on the lifting and the splint care was about nine minutes
P: how do i clean it
T: cool water and soap no hot water it will melt
P: melt good to know
T: and ice ten minutes after the bedtime routine
P: okay
T: plan is once a week for six weeks
P: do you validate parking
T: the front desk does just show the ticket
""",
    [
        "right wrist",
        "first dorsal compartment",
        "Finkelstein|finkelsteins",
        "38 pounds|thirty eight pounds",
        "56|fifty six",
        "8 pounds|eight pounds",
        "QuickDASH 52|quick dash you scored fifty two",
        "thumb spica",
        "8/10|an eight",
        "palms up",
        "pillow",
        "48 pounds|forty eight pounds",
    ],
    ["numbness", "catching"],
    ["validate parking", "trigger finger my sister", "melt good to know"],
)

S(
    "y_ot02_stroke_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 10},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Mr. Lindqvist, hi, I'm Sam, occupational therapy. And this is?
C: I'm Karen, his wife. I do most of the talking these days.
P: She does.
T: That's fine, I'll want both of you. So the stroke was three weeks ago?
C: November fifteenth. Left side of the brain, so his right side. He was at rehab for ten days.
T: How's the right arm and hand?
P: Clumsy. I can hold a cup but I spill.
T: Are you right-handed?
P: Was. Now I'm nothing-handed.
C: Oh, stop.
T: Tell me about mornings. Who does the shower?
C: I help him in and out. He sits on the shower chair and washes, I do his back and his feet.
T: Dressing?
C: Shirt he can do if it's a pullover, buttons no. Pants, I help with the right leg. Socks, I do.
T: Any falls since he's been home?
C: No falls. I'm like a hawk.
T: Any trouble swallowing, coughing with drinks?
C: No, none. The speech therapist checked that in rehab.
T: Any vision changes?
P: No. I read the paper fine.
T: Good. History: diabetes, high blood pressure, a heart stent, and he had a knee replaced.
C: And he's on the blood thinner.
T: Right. With all of that and the deficits, this is a high complexity evaluation.
T: Okay, let's look at the hand. Squeeze my fingers.
T: Grip on the right is twelve pounds, left is sixty-four.
T: Nine-hole peg, right hand. Go ahead.
P: This is embarrassing.
T: You're doing it. One minute fifty-two seconds. Left was twenty-four seconds.
P: A minute fifty.
T: Shoulder flexion active is about ninety degrees on the right, some shoulder hiking.
T: Sensation is a bit decreased on the right fingertips for light touch.
T: Let's do a quick cognitive screen. Remember these three words.
C: He's sharp. He does the crossword.
T: Recall three out of three. Good.
T: So feeding: he uses the left hand now?
C: The right spills, so he switched.
T: Let's do some teaching. This is a built-up foam handle for the spoon. And a rocker knife.
P: A rocker knife, like a pizza cutter.
T: Exactly. And this plate guard so the food doesn't slide off.
C: Where do we buy that?
T: I'll give you a list, or the pharmacy on Main has them. And for the shower, a long-handled sponge for his feet and back.
C: So I don't have to do the feet.
T: That's the idea. That was ten minutes of training on the adaptive equipment.
T: Goals, eight weeks: upper body dressing independent, including buttons with a buttonhook.
T: Lower body dressing with supervision. Shower with set-up only. Nine-hole peg right under sixty seconds.
T: We'll also think about a splint for night, but not yet, his tone is okay.
P: What about driving?
T: Not yet. We'd do a driving evaluation later, that's a separate program.
C: Thank God. He drives like a maniac.
P: I do not.
T: Two times a week, eight weeks. Any questions?
C: Can he go to the Christmas party at the Elks?
T: Ha, I don't see why not. Sit down for most of it.
""",
    [
        "right side",
        "shower chair",
        "buttons",
        "12 pounds|twelve pounds",
        "64|sixty-four",
        "9-hole peg|Nine-hole peg",
        "1:52|One minute fifty-two seconds",
        "90 degrees|ninety degrees",
        "3/3|three out of three",
        "built-up foam handle",
        "rocker knife",
        "plate guard",
        "long-handled sponge",
        "buttonhook",
    ],
    ["falls", "coughing with drinks", "vision changes"],
    ["crossword", "Christmas party", "maniac", "pharmacy on Main"],
)

S(
    "y_ot03_tbi_kitchen",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 18, "97535": 12},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Hi, Denise. I'm Luis, I'm the OT assistant, Maria's patient but she's in a meeting today.
P: Oh, okay. You're the one who makes the good coffee.
T: Guilty. One thing first. Our billing shows your OT costs this year are past the Medicare threshold.
T: So on today's claim I'm putting the KX modifier. That says the therapy is medically necessary.
P: Is it?
T: It is. You're still not safe at the stove alone, and you want to cook for yourself again. That's why.
P: I do. I'm sick of frozen dinners.
T: How's the shoulder today?
P: Sore. A three.
T: And the headaches?
P: No headaches this week. First week with none.
T: That's great. Any dizziness when you bend down?
P: No. Not anymore.
T: Okay, to the kitchen. We're making the grilled cheese today.
P: My specialty.
T: First, read the recipe card out loud, and get out what you need.
P: Bread, cheese, butter, pan. Spatula.
T: Which burner?
P: Front left.
T: Good. Turn it to medium. What's next?
P: Butter the bread. Oh, I forgot the plate.
T: That's okay, get it now. Standing at the counter, shift weight, keep your hand on the counter when you turn.
P: Flip it?
T: When the bottom is golden. Check it.
P: Golden.
T: Now flip. Nice. Turn the burner off.
P: Did I turn it off?
T: Check. Look at the knob.
P: Off.
T: Good. That whole kitchen task was eighteen minutes, with standing balance the whole time.
P: Can I eat it?
T: You earned it. Now, while you eat, let's go over the stove safety stuff. Separate from the cooking.
T: This is the checklist for the fridge. Stove off, oven off, water off. And the timer.
P: I forget the timer.
T: So we set the timer on the phone every time the stove is on. Let's put it in your phone now.
P: How do I do that?
T: Clock, timer, here. Save it as cooking.
P: Cooking. Okay.
T: And the fire extinguisher, where is yours?
P: Under the sink, I think.
T: Check when you get home and put it by the door. That's the teaching, twelve minutes of it.
P: Twelve minutes, felt like five.
T: We also thought about getting you one of the auto shut-off devices for the stove, Maria wants to talk about that next time.
P: My son can install it, he's an electrician.
T: Perfect. Homework: make one simple meal with your son there, and use the timer.
P: Scrambled eggs.
T: Scrambled eggs. Same rules.
P: My son says my eggs are rubber.
T: Then practice helps. See you Wednesday.
""",
    [
        "Medicare threshold",
        "medically necessary",
        "grilled cheese",
        "recipe card",
        "front left|Front left",
        "burner",
        "checklist",
        "timer",
        "fire extinguisher",
        "standing balance",
        "3/10|A three",
        "scrambled eggs",
    ],
    ["headaches", "dizziness"],
    ["good coffee", "frozen dinners", "eggs are rubber", "electrician"],
    kx=True,
    has59=True,
)

S(
    "y_ot04_carpal_tunnel",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 13, "97140": 7},
    [],
    "97110x1:GO,CO",
    """
T: hey frank come on in grab the seat by the window
P: morning its cold out there
T: freezing so how are the hands after the surgery its been what four weeks
P: three weeks tuesday
T: three weeks okay hows the scar
P: its itchy and kind of hard
T: thats normal any numbness left in the fingers
P: no the numbness is gone thats the crazy part it was gone the day after
T: wow thats great and the night tingling
P: no tingling at night either i sleep through the night first time in like two years
T: love to hear it pain
P: pillar pain the doc called it right here on the palm a four when i push on it
T: four with pressure okay lets warm up the hand in the paraffin first
P: the wax yes
T: in and out ten times then wrap it
P: this is the best part honestly
T: okay while thats on tell me about work
P: im off till january the shop is covering
T: you do auto body right
P: body work yeah sanding grinding all that
T: we will get there okay wax off now the tendon glides
T: straight hook fist table top full fist ten each
P: the hook one pulls
T: thats the scar pulling now putty the soft yellow one squeeze fifty times
P: fifty
T: fifty then finger walks with the putty then the pinches
P: my wife says i should just squeeze the dog toys
T: ha no stick to the putty okay and the wrist curls with one pound
T: that exercise part was thirteen minutes
P: okay
T: now scar massage ill do it then you do it so i know you got it
T: small circles firm pressure along the scar here
P: ow ow its okay
T: then you do it five minutes three times a day at home with lotion
T: and thats the scar stuff about seven minutes
P: can i start lifting
T: no lifting over five pounds till the surgeon says okay
P: my bowling league
T: definitely no bowling yet
P: man okay
T: we thought about the scar pad the silicone one but your scar is flat so we dont need it
P: fine one less thing
T: see you thursday and do the tendon glides five times a day
P: five times a day got it
T: and stay warm
P: my truck heater broke so good luck with that
""",
    [
        "3 weeks|three weeks",
        "scar",
        "pillar pain",
        "4/10|a four",
        "paraffin",
        "tendon glides",
        "putty",
        "1 pound|one pound",
        "scar massage",
        "5 pounds|five pounds",
        "5 times a day|five times a day",
    ],
    ["numbness", "tingling"],
    ["truck heater", "dog toys", "bowling league", "shop is covering"],
)

S(
    "y_ot05_distal_radius",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97140": 10, "97530": 14, "97110": 8},
    [],
    "97530x1:GO,59 97140x1:GO",
    """
T: Hi, June. How's the wrist? Still in the brace at night?
P: At night, yes. During the day I'm out of it now. The surgeon said so on Friday.
T: Great, he sent the note. Left wrist, plate, eight weeks out. Pain?
P: A four. Worse when I wring out a cloth, that's a seven.
T: Twisting is the hard part. Any numbness in the fingers?
P: No. No numbness.
T: Any swelling at the end of the day?
P: Some in the fingers. My rings don't fit.
T: Okay. Let's start with the joint work. Arm on the table, palm down.
T: I'm doing radiocarpal glides, dorsal and volar, and then distal radioulnar joint glides for the rotation.
P: That's a weird feeling.
T: Any pain?
P: A little. Like a three.
T: Now a little retrograde massage for the finger swelling, from the fingertips up.
P: Oh, that feels nice.
T: That's ten minutes of hands-on. Now let's do something useful. Come over to the kitchen table.
P: The jars?
T: Jars first. Open and close the small jar, then the big one.
P: The big one is hard.
T: Use the rubber grip. Now wring out the dishcloth. Both hands, twist.
P: Ow. That's the seven.
T: Go gentle, half twist. Now turn the doorknob, and the key in the lock on the board.
P: The key's easier than I thought.
T: Now pour water from the pitcher to the cup. You need your forearm to turn for that.
P: Oops.
T: That's what the towel is for. Okay, fourteen minutes on the functional tasks, in its own block after the manual.
P: My husband has been doing all the dishes.
T: He can keep doing them a bit longer. Now the exercises. Wrist flexion and extension with the one-pound weight.
P: Ten?
T: Ten of each, then supination, pronation with the hammer.
P: The hammer is heavy at the end.
T: Choke up on it. Okay. That was, let's see, eight minutes.
P: Can I go back to yoga?
T: No downward dog yet. No weight on the hand for another couple of weeks.
T: Measurements: wrist extension is forty-five degrees, flexion fifty. Supination sixty, was forty.
P: Better?
T: Better. Grip on the left is thirty-one pounds today.
P: What's the right?
T: Fifty-two. So we have a way to go. I was going to do the fluidotherapy but we ran out of time today.
P: Next time.
T: Next time. Keep the brace at night, and the exercises three times a day.
P: And no yoga.
T: And no yoga. See you Thursday.
P: See you. Oh, my granddaughter made you a card.
T: Oh, that's lovely. Tell her thank you.
""",
    [
        "left wrist",
        "plate",
        "4/10|A four",
        "radiocarpal glides",
        "distal radioulnar",
        "retrograde massage",
        "small jar",
        "dishcloth",
        "1-pound weight|one-pound weight",
        "45 degrees|forty-five degrees",
        "supination 60|Supination sixty",
        "31 pounds|thirty-one pounds",
        "52|Fifty-two",
    ],
    ["numbness"],
    ["downward dog", "made you a card", "doing all the dishes"],
    has59=True,
)

S(
    "y_ot06_tbi_cognition_progress",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97129": 15, "97130": 13, "97535": 9},
    [],
    "97129x1:GO 97130x1:GO 97535x1:GO",
    """
T: Hi, Aaron. Hi, Mrs. Bell. Today is the progress report, so we'll do some retesting.
C: He's been looking forward to it. He wants to see his numbers.
P: I want to go back to work.
T: I know. So first, how has the week been? Any headaches?
P: One on Sunday. After the game.
C: He watched the whole game on the big screen. Too much light.
T: Screen time can do that. Any dizziness?
P: No dizziness.
T: Any trouble sleeping?
P: Sleeping okay. Eight hours.
T: Great. Let's start with the MoCA. It's the alternate version so you haven't seen it.
P: The clock one.
T: The clock is in there. Okay, go ahead.
T: Twenty-four out of thirty. At the start you scored nineteen.
C: Five points!
T: Five points. Trail Making B: ninety-eight seconds. It was one hundred sixty-two.
P: I was so slow before.
T: Okay, let's do the planner work. You've been using the weekly planner?
P: Mostly. I forgot Wednesday.
C: He forgot the dentist.
P: I didn't forget, I just didn't look.
T: That's a strategy thing. Let's practice. Here is a schedule for a made-up week. Put in these eight appointments.
P: The pharmacy is open until nine, so the pickup can go Tuesday night.
T: Good reasoning. Now this conflict. The dentist and the meeting are at the same time.
P: Move the dentist. The meeting is my boss.
T: Good. Now the money task: pay these three bills from the checkbook register.
P: Sixty-two forty, and the electric is one eighteen.
T: Subtract it. What's left?
P: Four hundred ... twelve. No. Four hundred two.
T: Check it with the calculator.
P: Four hundred two. Got it.
T: All together, twenty-eight minutes of the cognitive work today.
T: Now, Mrs. Bell, I want to go over the home setup with both of you.
C: The whiteboard?
T: The whiteboard by the door, and a phone alarm at eight for the planner. And the pill box, you fill it together on Sundays.
P: I can fill it myself.
T: Let's have you fill it, and your mom checks. That's the step before independent.
C: That's fair.
T: That was nine minutes on the home routine.
T: Goals: the planner goal, met, he uses it daily. Medications, partly met, with a check. Return to work half days, not met yet.
P: When can I drive?
T: The neurologist said not before the next visit with her, so we wait.
C: I drive him everywhere. I'm his Uber.
T: Plan: two times a week for six more weeks. Work simulation next.
P: Like a real work day?
T: A short one. Bring your laptop next time.
C: He still owes me for the gas, by the way.
P: Mom!
""",
    [
        "MoCA",
        "24/30|Twenty-four out of thirty",
        "19|nineteen",
        "Trail Making B",
        "98 seconds|ninety-eight seconds",
        "162|one hundred sixty-two",
        "weekly planner",
        "checkbook",
        "whiteboard",
        "pill box",
        "partly met",
        "work simulation",
    ],
    ["dizziness"],
    ["I'm his Uber", "owes me for the gas", "the big screen"],
    cog=28,
)

S(
    "y_ot07_flexor_tendon_discharge",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97110": 16, "97530": 11},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: okay nate so today is the last visit were going to measure everything and then i send the report to dr chen
P: finally no offense
T: none taken how is the finger
P: good honestly i forget about it most days
T: pain
P: zero maybe a one when i grip the steering wheel hard
T: one with hard grip any numbness on the tip
P: no numbness its normal now
T: any triggering catching
P: no none
T: okay lets measure the index finger
T: total active motion is two hundred forty degrees the other hand is two hundred sixty
T: so ninety two percent of the other side
P: is that good
T: thats considered excellent by the strickland scale
T: grip right hand eighty pounds left is eighty eight
T: when we started the grip we couldnt even test
P: right i was in the splint
T: the dorsal blocking splint yeah for six weeks
T: quick dash today is nine at the start it was sixty one
P: nine sounds good
T: nine is really good goals grip eighty percent of the other side met full fist met back to work met
P: i went back monday full duty
T: youre a carpenter right
P: cabinets mostly
T: okay last time through the exercises fist blocking exercises the putty the hand gripper
P: the green gripper
T: green gripper three sets of fifteen
P: easy
T: then the theraputty pinches and the finger extension bands
T: thats sixteen minutes
T: now lets do the toolbox the screwdriver and the hammer and the tape measure
P: these are my actual tools
T: i know you brought them good screw the screws into the board
P: feels normal
T: hammer ten nails and then read the tape measure and hook it
P: easy
T: that was eleven minutes on the tool tasks
T: we talked about a night extension splint at one point but your extension is full so no
P: good i hated that thing
T: home program keep the putty three times a week for a month then stop
P: cool
T: youre discharged goals met call if anything changes
P: thanks my wife says thank you too she was sick of cutting my steak
T: ha tell her she is off duty
P: she said shes framing the splint
""",
    [
        "discharge",
        "index finger",
        "total active motion",
        "240 degrees|two hundred forty degrees",
        "92%|ninety two percent",
        "Strickland|strickland",
        "80 pounds|eighty pounds",
        "88|eighty eight",
        "QuickDASH 9|quick dash today is nine",
        "61|sixty one",
        "full duty",
        "goals met",
        "putty",
    ],
    ["numbness", "triggering"],
    ["framing the splint", "cutting my steak", "no offense"],
)

# ---------------------------------------------------------------------------------------------
# SLP, dev
# ---------------------------------------------------------------------------------------------

S(
    "y_slp01_swallow_eval_stroke",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Hi, Mr. Pham. I'm Erin, the speech therapist. I'm here to look at your swallowing.
C: I'm Linh, his daughter. He coughs when he drinks, that's why we're here.
T: Thanks for coming. When did the coughing start?
C: After the stroke, in September. It was a small one, right side of the brain, they said.
T: Did he have a swallow study in the hospital?
C: They did the one with the camera through the nose. He was on thin liquids when he left.
T: Okay, the FEES. And since then, does he cough with every drink or only sometimes?
P: Only with water. Coffee, no.
C: Mostly with water. And soup.
T: Any pneumonia since the stroke? Fevers?
C: No pneumonia. No fevers. They checked his lungs last month, clear.
T: Good. Has he lost weight?
C: Four pounds since October. He used to be one fifty-eight, now one fifty-four.
T: Okay. Any pain when you swallow, Mr. Pham?
P: No pain.
T: Does food get stuck in your throat?
P: Sometimes rice. Here.
T: He points to the lower throat. Okay. Let me look in your mouth. Stick out your tongue.
T: Tongue moves well, a little weaker pushing to the left. Lips close well. Say ah.
P: Ahhh.
T: Palate goes up symmetrically. Cough for me, strong as you can.
P: Ahem! Ahem!
T: Good strong cough. Now I'm going to feel your throat while you swallow your spit.
T: Laryngeal elevation feels reduced, a little slow. Now a teaspoon of water.
P: Sorry. Went down wrong.
T: Immediate cough, wet voice after. Let's try it from a cup, small sip, with your chin down.
P: Okay.
T: No cough with the chin tuck. Again. Three more.
C: That's amazing. No cough.
T: Now this is mildly thick, IDDSI level two. Sip.
P: Thicker. I don't like it.
T: No cough, clear voice. Now the cracker.
T: Chewing is good, a little left behind on the left cheek. Clear it with your tongue.
P: Got it.
T: Now applesauce, and then rice.
P: The rice sticks.
T: I see you're swallowing twice. That's good, keep doing that.
T: We did a three-ounce water test earlier? No, I'm not doing that today, he coughed on the teaspoon already.
C: Okay.
T: So, my impression: mild to moderate oropharyngeal dysphagia. Thin liquids are risky without the chin tuck.
T: Recommendations: regular solids, soft and bite-sized for rice and bread. Thin liquids only with chin tuck, small sips, no straws.
C: What about his coffee?
T: Coffee is fine the same way. Chin down, small sips. If he forgets, mildly thick.
T: I'd like a new instrumental study, a modified barium swallow, to see what's happening.
C: Does insurance cover that?
T: Usually. We'll get the order from Dr. Nguyen.
T: Goals: he'll use the chin tuck independently on nine out of ten sips, and no coughing on thin liquids with the strategy.
T: Therapy two times a week for six weeks.
P: Fine.
C: Oh, and he wants to know if he can still have his beer on Fridays.
T: Chin down, small sips, same rules.
P: Good.
""",
    [
        "coughs when he drinks|coughs with",
        "FEES",
        "4 pounds|Four pounds",
        "laryngeal elevation",
        "chin tuck",
        "IDDSI level 2|IDDSI level two",
        "mildly thick",
        "oropharyngeal dysphagia",
        "no straws",
        "modified barium swallow",
        "9 out of 10|nine out of ten",
        "swallowing twice",
        "bite-sized",
    ],
    ["pneumonia", "fevers", "pain when you swallow"],
    ["beer on Fridays", "three-ounce water test"],
)

S(
    "y_slp02_s_sound",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi ava hi mom come on in ava you want the sticker chart first
P: the unicorn one
T: the unicorn one okay so how was the week mom did she practice
C: um we did the cards like four nights she did really good on sun and sock
C: the ones at the end she still says like sh
T: like bush for bus
C: yes exactly bus bush
T: okay thats what were working on today s at the end of words
T: ava lets do the snake sound sss
P: sssss
T: good teeth together tongue behind the teeth
T: say bus
P: bus
T: nice say house
P: housh
T: try again tongue behind the teeth
P: house
T: yes so we are going to do twenty words and i am going to count
T: okay dice
P: dice
T: mouse
P: moush
T: try again
P: mouse
C: shes getting it
T: so that was fifteen out of twenty correct at the word level thats seventy five percent
T: last time it was eleven out of twenty so fifty five percent
C: oh thats big
T: it is now phrases i see a blank like i see a bus
P: i see a bus i see a horsh
T: horse
P: horse
T: in phrases it was twelve out of twenty sixty percent with a visual cue my finger on my teeth
C: is she supposed to get the cue at home
T: yes you can do the cue at home too but we want to fade it
P: can we play the fishing game
T: yes the fishing game every fish has a word
P: i got a goose
T: say goose
P: goose
T: great no cue that time
C: she didnt have any ear infections this fall knock on wood
T: good thats great i will tell the s l p
C: she wants to know if ava should do the cards every day
T: four or five nights a week is great five minutes is enough
C: okay
T: next time we will try the sentences
P: can i have two stickers
T: you can have two stickers because you worked so hard
C: shes going to a birthday party after this so she is extra excited
P: its at the trampoline place
T: ooh have fun ava
""",
    [
        "final s|at the end of words",
        "15/20|fifteen out of twenty",
        "75%|seventy five percent",
        "11/20|eleven out of twenty",
        "55%|fifty five percent",
        "12/20|twelve out of twenty",
        "60%|sixty percent",
        "visual cue",
        "phrases",
        "fade it|fade the cue",
        "home practice|the cards",
    ],
    ["ear infections"],
    ["unicorn", "trampoline place", "birthday party", "two stickers"],
)

S(
    "y_slp03_hnc_dysphagia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi, Gary. Come in. How did the week go with the exercises?
P: Better. I did them most days. My mouth is still dry as a bone.
T: The radiation does that. Are you carrying the water bottle?
P: Everywhere. My wife calls it my pacifier.
T: Ha. Before we start, the office told me you've passed the Medicare threshold for therapy this year.
T: With the physical therapy you had for your back in the spring, you're over the limit, so I'm adding the KX modifier.
P: Is that going to cost me?
T: No, it tells Medicare the treatment is still medically necessary, and it is. You're still on soft foods and you're losing weight.
P: I lost another pound.
T: What's the scale say?
P: One sixty-one. I was one eighty-five before the cancer.
T: Okay. We'll send that to the dietitian too. Any coughing or choking on food this week?
P: No choking. I coughed once on a pill.
T: Any fevers or chest congestion?
P: No fevers, no.
T: Good. Any pain swallowing?
P: Not like before. A two maybe.
T: Let's start with the jaw. The TheraBite. Open as wide as you can.
T: Thirty-one millimeters. Last week twenty-eight.
P: Is that good?
T: That's progress. Normal is around forty or more. Hold the stretch for thirty seconds, five times.
P: Ugh.
T: Now the Masako, the tongue hold. Tongue between your teeth, and swallow.
P: That's the worst one.
T: It is. Ten of those. Now the effortful swallow. Squeeze hard with all the muscles.
P: Okay.
T: Now the Mendelsohn. Swallow and hold it up at the top for two seconds.
P: I can't feel the top.
T: Put your fingers here on your Adam's apple. Feel it go up. Hold.
P: Oh. There.
T: That's it. Now some food. Soft solids first, the banana.
T: Good. Alternate with a sip of water. Now the cracker, the dry one.
P: That's tough. It sticks.
T: Take a sip after each bite, liquid wash. Okay, let's try the chicken I brought, chopped.
P: I haven't had chicken in two months.
T: Chew well. Double swallow.
P: Okay. It went down.
T: Any residue feeling?
P: Little bit. Gone after the sip.
T: So we can try soft and bite-sized meats at home, with liquid wash, small bites.
P: My wife will be happy. She's tired of making me mush.
T: We talked about the electrical stimulation on the neck, the VitalStim, but your doctor didn't want it over the radiation field, so we're not doing that.
P: Okay.
T: Home program: the jaw stretch three times a day, Masako and Mendelsohn, ten each, twice a day.
P: Can I go back to the steakhouse?
T: Not steak yet. Maybe fish.
P: Fish at the steakhouse, the guys will laugh at me.
T: Let them. See you Thursday.
""",
    [
        "Medicare threshold",
        "medically necessary",
        "161|One sixty-one",
        "185|one eighty-five",
        "TheraBite",
        "31 millimeters|Thirty-one millimeters",
        "28|twenty-eight",
        "Masako",
        "effortful swallow",
        "Mendelsohn",
        "liquid wash",
        "soft and bite-sized",
        "double swallow",
    ],
    ["choking", "fevers"],
    ["pacifier", "steakhouse", "the guys will laugh"],
    kx=True,
)

S(
    "y_slp04_cognition_encephalitis",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 19},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Hi, Rachel. Good to see you. How are you feeling this week?
P: Tired. But I did the memory book every day.
T: Every day? Let me see.
P: Here. I wrote what I ate, who called, and one thing I did.
T: This is great. Tuesday, you went to the library?
P: With my sister. I got three books. I finished one already.
T: Any headaches this week?
P: No headaches.
T: Any seizures since they changed the medication?
P: No seizures. None since the hospital.
T: That's good. Any confusion at night, getting lost in the house?
P: No. That was only in the hospital.
T: Okay. Let's start with the recall. I'm going to tell you a short story and then ask you questions.
T: Maria went to the market on Saturday. She bought apples, bread, and flowers for her mother's birthday. The flowers were yellow.
P: Okay.
T: What did she buy?
P: Apples, bread, and flowers.
T: What color?
P: Yellow.
T: Great. I'll ask again in twenty minutes. Now the attention task. Listen for the word blue, and tap when you hear it.
P: Okay.
T: Ready. Green, red, blue ...
P: Tap.
T: You got eighteen out of twenty. Last week fourteen.
P: That's better.
T: Much better. Now the divided attention one, tap for blue and count the animals.
P: Oh, both. That's harder.
T: You got thirteen out of twenty. That's the hard one.
P: My brain hurts.
T: Take a sip of water. Do you want to stop for a minute?
P: A minute.
T: No problem. I'll just fill in my sheet.
P: Okay. I'm ready.
T: Now the calendar task. Here's your week. Your sister's birthday is on the twelfth. What day is that?
P: Thursday.
T: And you need to buy a gift two days before.
P: Tuesday the tenth.
T: Perfect. Now, the story from before. What did Maria buy?
P: Apples ... bread ... and something for her mother.
T: What was it?
P: Flowers! Yellow flowers.
T: That was delayed recall with one cue, the word mother. Good.
T: That's our cognitive work today: thirty-four minutes in total.
P: Is that a lot?
T: It's a good amount. Let's go over homework. Keep the memory book, and add the calendar check each morning.
P: At breakfast?
T: At breakfast. Put it next to the coffee maker.
P: My sister bought me a giant calendar.
T: Perfect. We thought about the computer program for attention, but you don't have a computer at home, so we'll stay with paper.
P: I have my phone.
T: Next time we'll look at phone apps then. See you Monday.
P: Monday. I'll bring the book.
T: And tell me how the book ends.
P: It's a mystery. I know who did it.
""",
    [
        "memory book",
        "18/20|eighteen out of twenty",
        "14|fourteen",
        "divided attention",
        "13/20|thirteen out of twenty",
        "delayed recall",
        "one cue|1 cue",
        "calendar",
        "short story",
        "rest break|stop for a minute",
    ],
    ["headaches", "seizures", "confusion at night"],
    ["three books", "sister bought me", "It's a mystery"],
    cog=34,
)

S(
    "y_slp05_aphasia_progress",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi bob hi linda okay so today is the progress check so i am going to do some of the same tests we did in october
C: he has been practicing with the app every day
P: every every day yes
T: great bob hows the talking this week
P: good good um the the the words come better
C: he ordered at the diner by himself on sunday
T: thats huge what did you order
P: eggs and um the the brown the toast
T: toast nice okay first the naming test i show you a picture you tell me what it is
T: okay this one
P: um pencil
T: good this one
P: the the the cutting the scissors
T: good next
P: comb
T: okay so on the naming you got twenty two out of thirty in october it was twelve out of thirty
C: wow
T: and with a first sound cue you got four more
T: now the following directions point to the cup then the key
P: okay cup key
T: good that part is almost perfect eighteen out of twenty
T: now tell me how to make a sandwich
P: you get the bread the two bread and the um peanut and you spread it with the the knife and then the jelly and you put it
T: good that was a lot of content words a lot of correct information
T: the goal was naming seventy percent with cues you are at seventy three percent so goal met
T: the conversation goal is partly met he still needs his wife to fill in sometimes
C: i try not to finish his sentences
T: i know its hard keep giving him time
P: she she she is fast
C: i am not
T: okay any new trouble swallowing or coughing on food
C: no nothing like that
T: any new weakness or headaches
C: no headaches no
T: okay lets practice the script for the phone
P: hello this is bob i want to um make a appointment
T: good try again the whole thing
P: hello this is bob i want to make an appointment for tuesday
T: perfect that script is five out of five today
T: new goals he will use the phone script for two real calls a week and name eighty percent without cues
C: can he try the group at the library the aphasia group
T: yes i think the aphasia group would be great for him
P: yes
T: plan two times a week for eight more weeks
C: he also wants to go fishing with his brother
P: fishing fishing in in the in may
T: ha fishing in may sounds perfect
C: his brother talks enough for both of them
""",
    [
        "22/30|twenty two out of thirty",
        "12/30|twelve out of thirty",
        "first sound cue",
        "18/20|eighteen out of twenty",
        "73%|seventy three percent",
        "goal met",
        "partly met",
        "phone script",
        "5/5|five out of five",
        "80%|eighty percent",
        "aphasia group",
        "ordered at the diner",
    ],
    ["coughing", "headaches"],
    ["fishing", "talks enough for both"],
)

S(
    "y_slp06_tbi_dysarthria_discharge",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi, Tomás. This is your last visit. How do you feel about that?
P: Good. Kind of nervous. You're my cheerleader.
T: You'll have your own cheerleader now: you. Let's do the final measures.
P: Okay.
T: First the sentence intelligibility test. Read these twenty sentences, and my colleague, Jess, will write down what she hears.
P: The boy ran to the store. The cat is on the roof ...
T: Good, keep going. Slow, big mouth.
P: We will meet at noon. The bus was late again.
T: Okay. Jess got ninety-one percent of the words. In August you were at sixty-four percent.
P: Sixty-four. I remember, people said what all the time.
T: And now?
P: Now my boss understands me on the phone. Mostly.
T: Speaking rate today is one hundred fifty words per minute, which is normal.
T: Now any trouble swallowing, choking?
P: No choking. I eat everything.
T: Any headaches?
P: No. No headaches since summer.
T: Voice gets tired at the end of the day?
P: A little after a long meeting. Not like before.
T: Okay. Let's do the conversation sample. Tell me about the new job.
P: I'm at the warehouse office now. I do the schedules and I call the drivers.
T: You drop the ends of your words a little when you speed up, like the d in schedule.
P: Schedule. Schedule.
T: Yes. Now the tongue twisters, for fun.
P: Red lorry, yellow lorry. Red lorry, yellow lorry.
T: Good. Goals: intelligibility ninety percent in sentences, met. Phone calls at work without repeats, met.
T: Self-monitoring with rate, met, though you need to remember the slow-down trick when you're tired.
P: The pause at the comma.
T: The pause at the comma. So I'm discharging you from speech therapy today.
P: What if it gets worse?
T: Then call us, and your doctor can send a new order. Home program: read aloud ten minutes a day, with the pause at the comma.
P: The newspaper?
T: Anything. The sports page is fine.
P: That's all I read.
T: We thought about doing a follow-up in a month, but I don't think you need it.
P: I'll come visit anyway.
T: Please do. And bring your mom's empanadas again.
P: She already asked if you like the spicy ones.
T: I love the spicy ones.
P: Then I'll bring a dozen.
""",
    [
        "discharge|discharging you",
        "sentence intelligibility",
        "91%|ninety-one percent",
        "64%|sixty-four percent",
        "150 words per minute|one hundred fifty words per minute",
        "conversation sample",
        "without repeats",
        "pause at the comma",
        "read aloud",
        "10 minutes a day|ten minutes a day",
        "self-monitoring",
    ],
    ["choking", "headaches"],
    ["empanadas", "sports page", "a dozen"],
)

S(
    "y_slp07_als_dysarthria_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92522"],
    "92522x1:GN",
    """
T: Hi, Dr. Brooks, I'm Ana. Your neurologist referred you for a speech evaluation.
P: Please, call me Helen. I was a chemistry professor, not a real doctor.
T: Helen. So tell me what you've noticed.
P: My speech is slurred by the afternoon. My students, my former students, they'd say I sound tipsy.
C: I'm her husband, Paul. It's worse when she's tired, and on the phone.
T: When was the ALS diagnosis?
P: In June. Bulbar onset, they said. It started in my speech.
T: I'm sorry. Any trouble swallowing?
P: Some with thin liquids. I cough sometimes with tea.
C: Not with food.
T: We'll look at swallowing separately, with a swallow evaluation on another day. Today is the speech.
T: Any drooling?
P: No drooling. Not yet.
T: Okay. Let's look. Open your mouth. Stick out your tongue. Side to side.
T: Tongue range is reduced, slow, and there are some fasciculations on the tongue.
T: Puff your cheeks. Good, a little air leak on the left.
T: Now say puh puh puh as fast as you can.
P: Puh-puh-puh-puh.
T: About four per second, that's slow. Now puh-tuh-kuh.
P: Puh-tuh-kuh, puh-tuh-kuh.
T: Okay. Read this paragraph, the Grandfather Passage.
P: You wished to know all about my grandfather. Well, he is nearly ninety-three years old ...
T: Good. Now a minute of conversation, tell me about your research.
P: I worked on catalysts. Forty years. Nobody understood it even when I talked fine.
C: I still don't.
T: Ha. Okay. Speech intelligibility in sentences: eighty-eight percent. Speaking rate: one hundred twelve words per minute.
T: Hypernasal resonance, mild. Strained voice quality, some imprecise consonants.
T: Maximum phonation time: twelve seconds.
T: My impression: mild to moderate mixed spastic-flaccid dysarthria, consistent with ALS.
P: Mixed. Okay.
T: The plan is energy conservation for speech, strategies, and banking your voice now while it's strong.
P: Message banking?
T: Yes, message banking and voice banking. We'll start recording phrases next visit.
C: We saw a video about that.
T: Later, a communication device. Not now, but it's good to plan ahead.
P: I'd like to plan ahead.
T: Goals: record two hundred messages in eight weeks, and use the strategies to keep intelligibility above eighty-five percent on the phone.
P: What strategies?
T: Slow down, one idea per sentence, and tell people the topic first.
C: She always tells people the topic first. She's a professor.
T: Therapy once a week for eight weeks.
P: Fine. Paul, you can drive home, I'm too tired to talk.
C: That's a first.
""",
    [
        "ALS diagnosis",
        "bulbar onset",
        "fasciculations",
        "Grandfather Passage",
        "88%|eighty-eight percent",
        "112 words per minute|one hundred twelve words per minute",
        "hypernasal",
        "12 seconds|twelve seconds",
        "spastic-flaccid dysarthria",
        "message banking",
        "200 messages|two hundred messages",
        "85%|eighty-five percent",
    ],
    ["drooling"],
    ["catalysts", "tipsy", "That's a first"],
)

# ---------------------------------------------------------------------------------------------
# PT, test
# ---------------------------------------------------------------------------------------------

S(
    "y_pt09_neck_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 10},
    ["97161"],
    "97161x1:GP 97110x1:GP",
    """
T: hi kevin im alex come on back so whats going on with the neck
P: so i started a new job in august and its like all day on the laptop and now my neck is just always tight
T: where exactly
P: here on the right side up into the head sometimes
T: headaches too
P: yeah like three times a week at the end of the day behind the eyes
T: pain zero to ten
P: like a four at work a six by friday
T: any pain down the arm numbness tingling in the hands
P: no numbness nothing in the arms
T: any dizziness or trouble swallowing or vision stuff
P: no none of that
T: did you hurt it or just came on
P: just came on i didnt fall or anything
T: okay any other health problems
P: no im healthy i run sometimes
T: okay this is a low complexity evaluation straightforward neck stuff
T: lets look at your posture forward head rounded shoulders
P: my girlfriend says i look like a shrimp
T: ha okay turn your head to the right
T: cervical rotation right sixty degrees left seventy five
T: side bending right thirty left forty
T: deep neck flexor endurance test you held it for twelve seconds
P: is that bad
T: normal is closer to thirty so its weak
T: upper traps are tender on the right levator scapulae tender too
T: spurlings test is negative
T: neck disability index you scored twenty four percent thats mild to moderate
T: goals in six weeks rotation to seventy degrees both ways headaches once a week or less and n d i under ten percent
P: okay
T: lets do some exercise now chin tucks lying down ten reps with a five second hold
P: this feels like nothing
T: thats the point its small then the chin tuck with lift
P: oh that burns
T: good then rows with the green band three sets of ten and doorway pec stretch
P: ooh the pec stretch
T: thats about ten minutes of exercise
T: i thought about doing some dry needling on the traps but lets see how the exercise works first
P: yeah no needles please
T: okay and the desk setup raise the laptop on some books get a separate keyboard
P: we have those at work i just never asked
T: ask and set a timer every thirty minutes to get up
P: thirty minutes okay
T: twice a week for four weeks
P: can i still go running
T: yes running is fine
P: cool i have a turkey trot thursday
T: nice go get that pie
""",
    [
        "right side",
        "headaches",
        "4/10|a four",
        "forward head",
        "rotation right 60|right sixty degrees",
        "12 seconds|twelve seconds",
        "upper traps",
        "Spurling|spurlings test is negative",
        "NDI 24%|twenty four percent",
        "chin tucks",
        "green band",
        "raise the laptop",
    ],
    ["numbness", "dizziness"],
    ["shrimp", "turkey trot", "that pie"],
)

S(
    "y_pt10_gbs_eval",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97116": 9},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Mr. Adeyemi, welcome. I'm Chris. And you brought help.
C: I'm his wife, Funmi. I'm the driver now.
T: Great. So the discharge summary says Guillain-Barré syndrome in October, with ten days in the ICU.
P: I was on the breathing machine for four days.
T: That's a lot. Then inpatient rehab?
C: Three weeks. He came home on the twentieth.
T: How are you getting around at home?
P: With the walker. The rollator with the seat.
C: He sits on the seat a lot.
T: Any falls since home?
P: No falls.
C: None. Close, once, in the garage.
T: Numbness or tingling now?
P: The feet are numb still, like socks. The hands are better.
T: Feet numb, hands better. Any pain?
P: Burning in the feet at night. A five. Days, a two.
T: Any trouble breathing now, short of breath?
P: No. The lungs are good, the doctor said.
T: Any trouble swallowing?
P: No, no trouble.
T: Other conditions?
C: High blood pressure, and he's prediabetic. And the back surgery, twenty years ago.
T: With the neuropathy, the ICU stay, the weakness and the fall risk, this is a high complexity evaluation.
T: Let's check strength. Hip flexion three plus out of five both sides.
T: Ankle dorsiflexion right three minus, left three. So both feet are dropping a bit.
P: I trip on the carpet.
T: That's why. Sensation to light touch is absent at the toes, reduced to mid-shin.
T: Now the Berg. Sit to stand, no hands ...
T: Standing unsupported. Eyes closed. Feet together ... hold that.
P: Whoa.
T: Berg is thirty-four out of fifty-six. High fall risk.
C: Thirty-four, out of fifty-six.
T: Now let's walk with the rollator. I'm timing ten meters.
T: Gait speed is point five four meters per second. Steppage gait, high knees to clear the feet.
T: Let's practice walking in the hallway, focus on heel first, and the turn at the end.
P: Heel first. It's like learning again.
T: Yes. Now turn, small steps, don't pivot. Good. Now the doorway, and back to the chair.
C: Should he use the brakes when he sits?
T: Always lock the brakes before sitting. Good question.
T: That was nine minutes of walking practice.
P: I'm tired.
T: Fatigue is normal with GBS. We'll pace it. Goals in twelve weeks: Berg forty-five or more.
T: Gait speed at least point eight meters per second, and walk in the community with a cane.
T: I'm also going to refer you to the orthotist for ankle braces, AFOs, for both feet.
C: Will insurance cover those?
T: Usually, with a prescription. I'll send it to Dr. Osei.
T: No stairs yet alone. Someone with you on the stairs.
C: We have three steps at the back door.
T: With you next to him, and the rail.
P: When can I go back to church? I'm a deacon.
T: Sitting, soon. Standing for the whole service, we'll work on it.
C: The service is two hours.
P: Two hours and a half when the pastor gets going.
""",
    [
        "Guillain-Barré|GBS",
        "10 days in the ICU|ten days in the ICU",
        "rollator",
        "feet are numb|numb",
        "burning",
        "3+/5|three plus",
        "Berg 34|thirty-four out of fifty-six",
        "high fall risk",
        "0.54 m/s|point five four meters per second",
        "steppage gait",
        "heel first",
        "AFOs|ankle braces",
        "lock the brakes",
        "0.8 m/s|point eight meters per second",
    ],
    ["falls", "short of breath", "trouble swallowing"],
    ["deacon", "pastor gets going", "Two hours and a half"],
)

S(
    "y_pt11_stenosis",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 16, "97112": 8},
    [],
    "97110x1:GP,CQ,KX 97112x1:GP,CQ,KX",
    """
T: morning mister kowalski how we doing
P: eh same old same old the back is the back
T: how far can you walk before the legs start
P: um the grocery store maybe halfway down the aisles then i lean on the cart
T: and pain
P: back is a three legs when i walk a six
T: any numbness in the legs today
P: no numbness just the heavy feeling
T: any trouble with the bladder or bowels
P: no nothing like that
T: okay so before we start heads up from billing your therapy this year went over the medicare threshold
T: so we put the k x modifier on today
P: whats that
T: basically it tells medicare the therapy is still medically necessary and it is because youre still not walking the store without leaning and you fell in the summer
P: the summer thing was the ladder
T: and no falls since then right
P: no falls since
T: okay lets get you on the recumbent bike first
P: the sitting one good
T: flexed forward is comfy for you so the bike is good five minutes level three
P: my wife wants me to get one of these
T: theyre good for you then the knee to chest stretch and the pelvic tilts
P: the pelvic tilts i never know if im doing it right
T: flatten your back into the table push it down good ten of those
T: bridges two sets of ten
P: ugh my hamstring
T: okay then the sit to stands from the low chair ten
T: okay so thats the strength and stretching part sixteen minutes maybe a little more
T: sixteen lets say sixteen
P: okay
T: now standing at the parallel bars feet together
T: eyes closed now hold thirty seconds
P: wobbly
T: tandem stance heel to toe ten seconds each side
P: nope nope
T: try with one finger on the bar okay better
T: then the side stepping over the cones in the bars
T: thats the balance eight minutes
P: can you just do the hot pack
T: sure hot pack for ten while i chart but that doesnt count as exercise
P: aah heaven
T: at home keep walking with the cart or a walker and sit when the legs get heavy
P: a walker like an old man
T: a walker like a smart man
P: my grandson says im old
T: how old is he
P: six and he beat me at checkers
T: ha okay see you thursday
""",
    [
        "grocery store",
        "3/10|is a three",
        "6/10|a six",
        "Medicare threshold|medicare threshold",
        "medically necessary",
        "recumbent bike",
        "level 3|level three",
        "pelvic tilts",
        "bridges",
        "sit to stands",
        "tandem stance",
        "parallel bars",
        "walker",
    ],
    ["numbness", "bladder", "falls since"],
    ["checkers", "like an old man"],
    kx=True,
)

S(
    "y_pt12_rotator_cuff",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 19, "97140": 8},
    [],
    "97110x1:GP,CQ 97140x1:GP,CQ",
    """
T: Hi, Lorraine. I'm Bea, I'm the assistant working with Dr. Kim's patients today.
P: Nice to meet you. I've heard about you.
T: All good, I hope. So, left shoulder, rotator cuff repair, and you're eleven weeks out?
P: Twelve on Thursday.
T: Twelve on Thursday. How's the pain?
P: Two when I'm sitting. Reaching up to the cupboard, five.
T: Any clicking or popping?
P: Some clicking, no pain with it.
T: Any numbness or tingling in the hand?
P: No. Nothing in the hand.
T: Sleeping?
P: In my bed now! Not the recliner. First week in the bed.
T: That's a milestone. Let's start with the pulleys to warm up.
P: I do these at home.
T: I know, just a minute to warm up. Then lie down, we'll do the wand exercises.
T: Flexion with the wand, ten. External rotation with the wand, ten.
P: The external is tight.
T: Now side-lying external rotation with the one-pound weight, two sets of ten.
P: One pound feels like ten.
T: It'll feel like one pound in a month. Now prone rows, and prone extension.
P: Face down. Okay.
T: Now standing, wall walks with the towel. Slide up. Good.
T: And the scaption to shoulder height, no weight, thumbs up.
P: My arm shakes.
T: That's fatigue, it's okay. Three more. And rest.
T: Let me check the time. That was nineteen minutes of exercises.
P: It's a workout.
T: It is. Now I'm going to do some soft tissue work to your upper trap and some gentle shoulder mobilization.
P: The trap is always tight.
T: You're hiking your shoulder when you lift. Let's relax it.
P: That's nice.
T: Okay, that was seven, no, eight minutes on the hands-on.
P: Can I hold my grandson yet? He's nine months, twenty pounds.
T: Not on the left yet. Hold him on your lap. Kim can tell you when.
P: My daughter keeps handing him to me.
T: Hand him back. Now, passive flexion, I measured it while you were lying down, one hundred fifty degrees.
P: Last time?
T: Kim had one forty. Good progress. I'm not doing the ice today since you have to drive.
P: I'll ice at home.
T: Fifteen minutes. Keep the sling off at home now, only in crowds.
P: In crowds, like the mall.
T: Like the mall at Christmas.
P: Oh, I'm not going near the mall.
T: Smart. See you Monday.
""",
    [
        "left shoulder",
        "rotator cuff repair",
        "12 weeks|Twelve on Thursday",
        "2/10|Two when I'm sitting",
        "clicking",
        "wand",
        "1-pound weight|one-pound weight",
        "prone rows",
        "scaption",
        "upper trap",
        "150 degrees|one hundred fifty degrees",
        "140|one forty",
        "sling",
    ],
    ["numbness"],
    ["eleven weeks", "seven, no", "the mall at Christmas", "twenty pounds"],
)

S(
    "y_pt13_tka_stiff",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 14, "97530": 13, "97110": 9},
    [],
    "97140x1:GP 97530x1:GP,59",
    """
T: Hi, Deb. How's the knee? You look like you're walking better.
P: I am. But it's still stiff. I can't get it to bend enough for the car.
T: The car is the goal. Pain?
P: A four. Worse at night, a five.
T: Any calf pain or swelling in the calf?
P: No calf pain. The knee swells a bit at night.
T: Any fevers, any drainage from the incision?
P: No, it's all healed.
T: Good. Let's measure first. Knee flexion, ninety-six degrees. Extension minus five.
P: Ninety-six. It was ninety-one.
T: Right. So let's work on it. Lie on your stomach first.
T: I'm doing patellar mobilizations, and then tibiofemoral glides, and some soft tissue on the quad.
P: That's a deep stretch.
T: Breathe through it. Okay, now on your back, I'll bend it for you and hold.
P: Ooh. Okay. Okay.
T: Hang on, sorry, my phone. The front desk. ... Okay, I'm back. Where was I?
P: Torturing me.
T: Right. Okay, fourteen minutes of that manual work.
T: Now let's practice the car. We have the car simulator in the corner.
P: The fake car!
T: The fake car. Back up to the seat, sit down, scoot back, then swing the legs in.
P: The left leg won't bend enough.
T: Lean back, recline the seat a little. Try again.
P: Oh. That worked.
T: Now out. And then the kitchen, pick up the pot from the low cupboard.
P: Squatting. Ugh.
T: Half kneel with the good knee down. Now stand.
P: Okay, that I can do.
T: That's thirteen minutes of functional training, a separate block from the manual therapy.
P: My daughter is driving me to Ohio for Christmas.
T: Then we'd better get you in and out of her car. Now a little exercise, the bike.
P: Can I do full circles?
T: Try. Rock, rock, over. Good!
P: I did it!
T: Then heel slides and quad sets. That's nine minutes of exercise.
P: Is that all for today?
T: That's it. I was going to do the e-stim for the quad, but your quad is firing fine today. Skip it.
P: Good.
T: At home, the heel slides three times a day, and sit in the car for practice.
P: In the garage?
T: In the garage, yes. Ice after, fifteen minutes.
P: The Christmas drive is seven hours.
T: Stop every hour and walk around the car.
P: Every hour. Okay. Rest stops.
""",
    [
        "96 degrees|ninety-six degrees",
        "91|ninety-one",
        "minus 5|minus five",
        "patellar mobilizations",
        "tibiofemoral glides",
        "car simulator|fake car",
        "half kneel",
        "low cupboard",
        "bike",
        "heel slides",
        "4/10|A four",
        "stop every hour",
    ],
    ["calf pain", "fevers", "drainage"],
    ["Ohio", "seven hours", "Torturing me"],
    has59=True,
)

S(
    "y_pt14_lbp_progress",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 22, "97112": 10},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: okay shanice its been ten visits so today is the progress note lets see where you are
P: okay i feel like way better so i hope the numbers agree
T: lets start with the back pain now
P: like a two most days when i sit at work for a long time a four
T: when you started you were a seven
P: yeah i couldnt even sit through a movie
T: any pain going down the leg now
P: no nothing down the leg thats gone
T: numbness tingling
P: no numbness
T: okay the oswestry you filled out the paper you scored eighteen percent at the start you were forty four
P: so thats good
T: thats a big change twenty six points okay lets check the motion
T: lumbar flexion fingertips to mid shin at the start it was the knees
T: extension is full now no pain
T: straight leg raise negative both sides
T: okay so lets start the exercise part twelve minutes warm up and core first bird dogs dead bugs side planks
P: i hate side planks
T: twenty seconds each side you did fifteen last time
P: ugh okay
T: okay good now balance on the foam single leg with the ball toss
P: oh this is hard with the ball
T: yeah thats the point reactive stuff ten minutes of the balance
P: i didnt know balance was for the back
T: its for control yes okay now back to the strength the deadlift with the kettlebell
P: the hip hinge one
T: yep hip hinge twelve kilos three sets of eight
T: and then the farmer carry down the hall and back
P: whats that like ten more minutes
T: yep ten more minutes of strengthening
P: my coworker has the same back problem i told her to come here
T: ha we appreciate it
T: goals sitting at work ninety minutes with pain under three met
T: lifting her daughter from the car seat without pain partly met she says its a three
P: she is getting heavy
T: and the oswestry under twenty met
T: new goal back to the gym lifting with good form and pain under two
T: continue once a week for four weeks then maybe discharge
P: can i do yoga again
T: yes yoga yes avoid the really deep forward folds for now
P: okay and hot yoga
T: regular yoga first
P: haha okay my sister teaches hot yoga so she will be sad
""",
    [
        "2/10|like a two",
        "7|a seven",
        "Oswestry 18%|eighteen percent",
        "44|forty four",
        "mid shin",
        "straight leg raise negative",
        "bird dogs",
        "side planks",
        "foam",
        "ball toss",
        "12 kilos|twelve kilos",
        "farmer carry",
        "partly met",
    ],
    ["numbness", "down the leg"],
    ["hot yoga", "told her to come here", "through a movie"],
    said_exempt=["97110"],
)

S(
    "y_pt15_concussion_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "test",
    {"97112": 16, "97110": 7},
    ["97164"],
    "97164x1:GP 97112x1:GP",
    """
T: Hi, Olivia. Hi, Mr. Grant. So today's a re-evaluation, it's been four weeks, and the school wants an update.
C: And her coach. Mostly her coach.
P: Dad.
T: Ha. Let's start with symptoms. Headaches this week?
P: Two. Both after math class. The board.
T: How bad?
P: A three. Before it was a seven every day.
T: Dizziness?
P: Only when I turn my head fast. Like in the hallway.
T: Any nausea?
P: No nausea. No throwing up.
T: Any trouble sleeping?
P: No, sleep is good now.
T: Okay. Symptom checklist, the post-concussion scale. You scored twenty-two. At the first visit it was fifty-eight.
C: Wow.
T: Now the vestibular screen. Follow my finger with your eyes, head still.
P: Okay.
T: Smooth pursuits, mild symptoms, a one. Now saccades, look at this finger, then this one.
P: That makes me a little dizzy.
T: A two. Now the VOR, look at my nose and turn your head side to side to the metronome.
P: Oof. A three.
T: Okay. Dynamic visual acuity, you lose two lines. Last time you lost four.
T: Balance: the BESS, the balance error scoring, you had twelve errors. Last time twenty-one.
P: Still the foam is hard.
T: Okay. Goals: symptom score under twenty-five, met. Full school days, met.
T: Return to practice without symptoms, not met yet. That's for the doctor and the return-to-play steps.
C: The coach wants her at the tournament on the fifteenth.
T: That's the doctor's decision, not mine and not the coach's. I'll send her my report.
C: Fair enough.
T: Okay, let's do the gaze work. Look at the letter on the card, turn your head, keep it clear.
P: Horizontal first?
T: Horizontal, thirty seconds, then vertical. Then walking down the hall with head turns.
P: Walking is worse.
T: That's why we do it. Now the ball toss on the foam, eyes on the ball.
P: I'm dropping it.
T: That's okay. That was sixteen minutes on the vestibular and balance work.
T: And I had you do some light cardio on the bike to check your heart rate, about seven minutes.
P: My heart rate went to one fifty.
T: One forty-eight, and no headache. That's a good sign for the next step.
T: We considered the treadmill test today, but we'll do the full Buffalo treadmill test next week.
C: Next week. Okay.
T: New goals in four weeks: BESS under eight errors, no symptoms with the VOR, and return-to-play stage five.
P: And back to soccer.
T: That's the point. Home: gaze exercises three times a day, and the bike at home twenty minutes.
C: We don't have a bike.
T: Brisk walking, then.
P: Can I go to the homecoming dance?
C: Absolutely not.
T: I'll stay out of that one.
""",
    [
        "3/10|A three",
        "post-concussion scale",
        "22|twenty-two",
        "58|fifty-eight",
        "metronome",
        "two lines|2 lines",
        "BESS",
        "12 errors|twelve errors",
        "21|twenty-one",
        "gaze",
        "148|One forty-eight",
        "Buffalo treadmill test",
        "BESS under 8|under eight errors",
    ],
    ["nausea", "trouble sleeping"],
    ["homecoming dance", "One fifty", "tournament on the fifteenth"],
)

S(
    "y_pt16_tha_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 21, "97116": 12},
    [],
    "97110x1:GP 97116x1:GP",
    """
T: Ingrid, it's the big day. Discharge.
P: I'm going to miss you. And the coffee.
T: The coffee is terrible, you're just being nice.
P: It is terrible.
T: Okay, first, how's the hip?
P: Right hip, I don't think about it. Zero, one when I get out of the car.
T: Any clicking, any feeling that it's going to come out?
P: No, nothing like that. I'm careful.
T: Any falls?
P: No falls. Not one.
T: Any swelling in the leg?
P: No swelling.
T: Let me see you walk. No cane.
T: Good. Slight trendelenburg when you're tired, but much better.
T: Six-minute walk test. Ready? Go.
T: Four hundred eighty meters. At the first visit you did two hundred ten.
P: Two ten! I was so slow.
T: You were on the walker. Hip abduction strength is four plus out of five now.
T: Hip flexion range is one hundred five degrees, which is fine with your precautions done.
T: LEFS is sixty-five out of eighty. It was twenty-nine.
P: Sixty-five.
T: Goals: walk in the community without a device, met. Stairs reciprocal with the rail, met. LEFS over sixty, met.
P: All met.
T: All met. So, your home program, you've been doing it. Let me just go through the sheet with you, I don't need you to do them here.
P: The bridges, the side-lying lifts, the standing kicks.
T: And the step-ups. Keep doing them three times a week, forever. I mean it.
P: Forever.
T: Okay, now today. Let's do the harder stuff. Side-lying hip abduction with the two-pound weight.
P: Oof.
T: Then the lateral band walks, and the step-ups on the eight-inch step.
P: Eight inch!
T: Then the bridge with the band. That's twenty-one minutes.
T: Now gait, out to the parking lot. Curbs, the ramp, and the grass.
P: The grass is uneven.
T: Big steps, look ahead, not at your feet. Good.
P: I walked on the grass at my son's house last week.
T: Great. Back in. That was twelve minutes outside.
T: We thought about adding the aquatic program, but you said the pool at the Y is closed until March.
P: Renovations.
T: So the land program it is. Call us if anything changes.
P: Can I garden in the spring?
T: Kneel on a cushion, don't twist. Use the bench.
P: My tomatoes will be happy.
T: Good luck with the tomatoes.
P: I'll bring you some in August.
""",
    [
        "discharge",
        "right hip",
        "Trendelenburg|trendelenburg",
        "6-minute walk|Six-minute walk",
        "480 meters|Four hundred eighty meters",
        "210|two hundred ten",
        "4+/5|four plus",
        "105 degrees|one hundred five degrees",
        "LEFS 65|sixty-five out of eighty",
        "29|twenty-nine",
        "2-pound weight|two-pound weight",
        "8-inch step|eight-inch step",
        "curbs|Curbs",
        "ramp",
    ],
    ["falls", "swelling"],
    ["coffee is terrible", "tomatoes", "Renovations"],
)

# ---------------------------------------------------------------------------------------------
# OT, test
# ---------------------------------------------------------------------------------------------

S(
    "y_ot08_ra_hands_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 12},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
T: hi mrs delgado im wen the o t so your rheumatologist sent you for the hands
P: yes the rheumatoid arthritis its been ten years but this year its bad
T: which hand is worse
P: the right my knuckles look at them
T: i see the swelling at the m c p joints and the ulnar drift on the right
P: ulnar what
T: the fingers are drifting toward the pinky side
P: oh yes my rings slide over
T: pain zero to ten
P: in the morning like an eight until i run them under hot water then a four
T: morning stiffness how long
P: like an hour maybe more
T: any numbness tingling in the fingers
P: no no numbness
T: any new fevers or rashes with the new medicine
P: no fevers the biologic is okay so far
T: good so what is hard at home
P: jars buttons the car key oh and the laundry detergent jug
T: do you still cook
P: yes for my husband and my son but i drop pots
T: okay grip on the right is twenty two pounds left is thirty
T: lateral pinch right six pounds left nine
T: swan neck deformity starting on the right ring finger
P: is that bad
T: its common with r a and we can splint it to help
T: we did the quick dash you scored fifty nine and the copm you rated cooking at four for performance and three for satisfaction
T: okay so with the ra plus the diabetes and the shoulder replacement this is a moderate complexity evaluation
T: goals in eight weeks open jars and the detergent with adaptive tools independently
T: copm cooking up two points and quick dash under forty
T: now lets go over joint protection because thats the big thing
T: use big joints not small ones so carry the pot with two hands flat like a tray
P: okay
T: push the door open with your forearm not your fingers
T: this is a jar opener the rubber one and this is a key turner
P: oh the key turner thats smart
T: and built up handles for your cooking spoons and the loop scissors
P: how much are those
T: the kit is about thirty dollars at the medical supply or online
T: okay that joint protection teaching was twelve minutes
P: i didnt know about the forearm thing
T: next time i will make you ring splints for the swan neck silver ones maybe later
P: silver ones sound fancy
T: theyre pricey so well start with the plastic ones
T: also paraffin at home is good in the morning for the stiffness
P: my daughter has one for her nails
T: perfect borrow hers
P: she will say no shes very particular
""",
    [
        "rheumatoid arthritis|the rheumatoid arthritis",
        "MCP|m c p joints",
        "ulnar drift",
        "8/10|an eight",
        "morning stiffness",
        "22 pounds|twenty two pounds",
        "6 pounds|six pounds",
        "swan neck",
        "QuickDASH 59|fifty nine",
        "COPM|copm",
        "joint protection",
        "jar opener",
        "key turner",
        "ring splints",
    ],
    ["numbness", "fevers"],
    ["thirty dollars", "very particular", "for her nails"],
)

S(
    "y_ot09_hand_burns_eval",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 10},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Hi, Jamal. I'm Tess. And you're his sister?
C: Keisha. I'm staying with him for now.
T: Thank you. So, burns to both hands, from the grease fire at the restaurant?
P: Three weeks ago. Both hands, the backs mostly, and the left palm.
T: And the skin grafts on the back of the right hand, last Thursday?
P: Yeah. Split thickness. From my thigh.
T: How's the pain?
P: The graft is a three. Where they took the skin from, the thigh, that's an eight. It's crazy.
T: Donor sites hurt more, that's common. Any fevers, redness spreading, any smell from the dressings?
C: No. The burn nurse came yesterday, she said it's clean.
T: Good. Any numbness in the fingers?
P: No numbness. I can feel everything. Too much.
T: Okay. You're right-handed?
P: Right. Line cook.
T: Other health problems?
C: Asthma. And he has the anxiety, he has nightmares about the fire.
P: I do.
T: That's really common after a burn, and I'll let your doctor know. Have you talked to anyone?
P: Not yet.
T: We'll get you the number for the burn survivors group. With the grafts, both hands, the asthma and the anxiety, this is a high complexity evaluation.
T: Let's look at motion. Make a fist. As far as you can.
T: Right hand fingertips to palm distance, four centimeters. Left, two centimeters.
T: Thumb opposition right, to the ring finger. Left to the small finger.
T: Wrist extension right thirty degrees, left fifty.
P: It's tight on the top.
T: That's the graft. We have to keep it stretched or it'll contract.
T: Self-care: feeding?
P: I use a fork. Slow.
C: I cut his food. And I do the shower, he can't get the dressings wet.
T: Dressing?
C: Sweatpants and pullovers. I do his buttons and shoes.
T: Okay. Let's do some teaching. These are the night splints, the resting hand splints, I'll make them next visit.
T: Today, the positioning. Hands above the heart when you're on the couch, on pillows.
P: Like a surgeon.
T: Like a surgeon. And the lotion on the healed areas, not the graft yet, in circles.
T: And the compression gloves, we'll measure for those when the grafts take.
C: Do I help him with the stretches?
T: Yes, gently, and I'll show you the four he does every two hours while awake.
T: That was about ten minutes of teaching on positioning, skin care and the home routine.
T: Goals in eight weeks: fist to the palm on both hands, independent with feeding and dressing, and back to light kitchen tasks.
P: I need to work. Rent's due.
T: I know. Let's talk to the social worker about short-term disability.
C: I'll call her.
T: Three times a week at first. We'll cut back later.
P: Three times.
C: I'll drive. I'm his chauffeur now.
P: She drives like a grandma.
C: I drive safe.
""",
    [
        "both hands",
        "grease fire",
        "split thickness|Split thickness",
        "donor site|Donor sites",
        "8/10|that's an eight",
        "4 centimeters|four centimeters",
        "30 degrees|thirty degrees",
        "resting hand splints",
        "above the heart",
        "compression gloves",
        "every 2 hours|every two hours",
        "burn survivors group",
        "nightmares",
    ],
    ["fevers", "numbness"],
    ["chauffeur", "like a grandma", "Rent's due"],
)

S(
    "y_ot10_copd",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 17, "97110": 9},
    [],
    "97535x1:GO,CO,KX 97110x1:GO,CO,KX",
    """
T: Hi, Mr. Boateng. I'm Rosa, the OTA. Let me put the oxygen tank here by your chair.
P: Thank you. The cart gets heavy.
T: Oxygen at two liters?
P: Two liters. Three when I walk far.
T: Let me check the pulse ox. Ninety-three percent at rest, heart rate eighty-eight.
T: Before we start. Billing says your OT spending this year is past the Medicare threshold, so I'll add the KX modifier.
P: The what?
T: KX. It tells Medicare we're past the limit but the therapy is still medically necessary. You're still stopping to rest three times during your shower, and you want to do it alone.
P: I do. My wife has to sit outside the bathroom door.
T: So how did the shower go this week?
P: I used the chair like you said. I was wiped after.
T: Any chest pain, any fainting?
P: No chest pain. No fainting.
T: Any new swelling in the ankles?
P: No, same as always. None.
T: Good. Today, energy conservation. Tell me how you dress in the morning.
P: Everything at once. Shirt, pants, socks, shoes.
T: Let's try sitting for all of it, and socks and shoes with the sock aid and the long shoehorn.
P: I hate bending.
T: That's why. When you bend, you squash the lungs. Pursed lips breathing, in through the nose, out through the lips.
P: Like blowing out a candle.
T: Like blowing out a candle. Breathe out when you do the hard part, like pulling up the pants.
P: Oh. That's easier.
T: Now the bathroom: the shower chair, the hand-held shower, and the terry robe instead of drying off.
P: The robe! My wife will laugh.
T: Let her laugh. And sit to brush your teeth and shave.
P: Sit to shave?
T: Sit to shave. Plan your day so the shower isn't right before something else. Rest after.
T: That was seventeen minutes on energy conservation and breathing.
T: Now some arm exercises. Light, with the half-pound weights, while sitting. Breathe out on the lift.
P: These are baby weights.
T: Baby weights for now. Shoulder flexion, ten. Biceps, ten. Rest. Then the arm bike, slow.
P: My arms are tired already.
T: Check the oxygen. Ninety-one. Good, rest a minute.
P: Okay. Ready.
T: Another set. Okay, nine minutes of arm work, with rests.
T: We thought about the reacher today but you already have one.
P: My wife bought two.
T: Homework: shower with the chair and the robe, and rate how tired you are after.
P: Like zero to ten?
T: Zero to ten. Write it down.
P: My granddaughter made me a chart with stickers.
T: Perfect, use that.
P: She's seven, she runs the house.
""",
    [
        "2 liters|Two liters",
        "93%|Ninety-three percent",
        "Medicare threshold",
        "medically necessary",
        "energy conservation",
        "sock aid",
        "long shoehorn",
        "pursed lips breathing|Pursed lips breathing",
        "shower chair",
        "terry robe",
        "half-pound weights|0.5-pound weights",
        "91|Ninety-one",
        "arm bike",
    ],
    ["chest pain", "fainting", "swelling in the ankles"],
    ["bought two", "runs the house", "blowing out a candle"],
    kx=True,
)

S(
    "y_ot11_hip_fracture",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97530": 16, "97535": 9},
    [],
    "97530x1:GO,CO 97535x1:GO,CO,59",
    """
T: hi miss ruth its jordan from o t how are you today
P: oh im okay honey the hip is stiff this morning
T: pain zero to ten
P: maybe a four its always a four in the morning
T: okay and any dizziness when you got up
P: no dizziness
T: and no falls this week
P: no falls i use the walker every time even at night
T: good so today laundry and the tub
P: oh the laundry i miss doing my own laundry
T: okay walker to the laundry room i put the basket on the walker tray
P: on the tray okay
T: now load the washer take one piece at a time you can stand
P: the bottom of the washer is so low
T: use the reacher dont bend past ninety remember your hip precautions
P: no bending past ninety
T: good now the dryer move the wet clothes over with the reacher
P: this takes forever
T: it will get faster now fold at the table sitting down
P: i always fold standing
T: for now sit its safer
P: okay
T: now the tub transfer bench back up to it sit down scoot back then lift the legs over one at a time
P: the operated leg first
T: either way just no twisting
P: okay i did it
T: and out the same way
T: okay so the laundry and the tub bench thats sixteen minutes of the functional part
P: good lord
T: now separately lets go over the hip kit the sock aid the long sponge and the leg lifter
P: the leg lifter is my favorite
T: ha yeah put the sock on the sock aid toe all the way in
P: like this
T: yes then pull the straps
P: oh it worked
T: and the long sponge for the feet in the shower
P: my daughter got me the one with the back scrubber
T: thats good as long as its long
T: that teaching was nine minutes okay
P: nine okay
T: we were gonna practice the car today but its pouring out so next time
P: thank god i hate the rain
T: homework do one load of laundry with your daughter there
P: she will fold it wrong she always does
T: let her fold it wrong
P: ha my late husband folded it wrong for forty years
""",
    [
        "4/10|a four",
        "walker tray",
        "reacher",
        "hip precautions",
        "no bending past 90|no bending past ninety",
        "tub transfer bench",
        "sock aid",
        "long sponge",
        "leg lifter",
        "hip kit",
        "laundry",
        "fold at the table sitting|sitting down",
    ],
    ["dizziness", "falls"],
    ["forty years", "pouring out", "back scrubber"],
    has59=True,
)

S(
    "y_ot12_tendon_repair",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97140": 9, "97530": 12, "97110": 5},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi, Priscilla. How is the thumb?
P: Better. The scar is pulling.
T: Ten weeks since the extensor tendon repair. And you're out of the splint during the day?
P: During the day, yes. Night, I wear it.
T: Pain?
P: A two. A five when I try to open a water bottle.
T: Any numbness on the thumb?
P: No numbness.
T: Any catching or snapping?
P: No.
T: Let's measure. Thumb IP flexion forty degrees, extension lag five degrees.
P: Lag?
T: It doesn't quite straighten all the way on its own. Five degrees, it was fifteen.
P: Oh, good.
T: Okay, scar work and joint glides first. Hand on the towel.
T: Scar mobilization with the silicone, and now the IP joint glides.
P: That's tender.
T: Okay, lighter. And the thumb MP glides. That's nine minutes of manual.
T: Now in a separate block, functional tasks. Over to the table.
P: The beads.
T: The beads first. String these ten beads.
P: They're tiny.
T: Now the buttons on the board, then the zipper.
P: Zippers, I can't get the pull.
T: Pinch with the thumb and the side of the index finger. There.
P: Oh.
T: Now the water bottle. Open it.
P: It hurts. A four.
T: Use the rubber grip, and turn with the whole hand, not the thumb alone.
P: Better.
T: And sorting the coins into the slots. Twelve minutes of functional tasks.
T: Now quick exercises, the blocking exercises for the thumb, ten each.
P: Ten. Okay.
T: That's five minutes, we're out of time.
P: Should I be doing the putty?
T: Not yet, not till twelve weeks. Your surgeon is strict.
T: I was going to try the Kinesio tape today but we'll leave it.
P: My daughter has that tape for volleyball.
T: Same stuff, different use. Home: scar massage three times a day, blocking exercises every two hours.
P: Every two hours. I set an alarm.
T: Perfect. See you Friday.
P: Friday. Oh, I'm bringing my knitting, I want to see if I can do it.
T: Bring it, we'll try.
P: I'm making a scarf for my grandson. It's taking forever.
""",
    [
        "extensor tendon repair",
        "10 weeks|Ten weeks",
        "splint",
        "IP flexion 40|flexion forty degrees",
        "extension lag",
        "5 degrees|Five degrees",
        "scar mobilization",
        "joint glides",
        "beads",
        "zipper",
        "water bottle",
        "blocking exercises",
        "coins",
    ],
    ["numbness", "catching"],
    ["volleyball", "scarf for my grandson"],
    has59=True,
)

S(
    "y_ot13_scleroderma_reeval",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "test",
    {"97110": 11, "97535": 8},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Hi, Mrs. Farouk. So today is your re-evaluation, it's been sixty days, and we need to see if we keep going.
P: I hope we keep going. My hands are better, but not there yet.
T: Let's see. How are the fingertips? Any new sores?
P: No new sores. The one on my middle finger healed.
T: Good. Any Raynaud's attacks this week?
P: Two. In the grocery store, the freezer aisle.
T: The freezer aisle, yes. How long did they last?
P: Ten minutes. Then I warmed them on my coffee cup.
T: Any pain in the joints?
P: A three. Morning is worse.
T: Any trouble swallowing?
P: No. The GI doctor asked me the same.
T: Let's measure. Make a fist. Fingertip to palm distance, right, two point five centimeters. It was four.
T: Left, three centimeters, was four and a half.
P: Both better.
T: Both better. Grip right, eighteen pounds, it was twelve. Left, sixteen, it was eleven.
T: The Hand Mobility in Scleroderma test, the HAMIS, today is eleven. At the start you were sixteen. Lower is better.
P: Lower is better. Good.
T: The Cochin hand scale, you scored thirty-two. It was forty-eight.
T: Goals: grip to twenty pounds, not met yet. Buttoning her blouse independently, met. Opening the medication bottles, partly met, she needs the opener.
P: The child caps are the worst.
T: Ask the pharmacy for easy-open caps. They have to give them to you.
P: I didn't know that.
T: New goals for the next eight weeks: grip twenty-two pounds, Cochin under twenty-five, and cutting meat independently.
T: Okay, some exercise now. The paraffin first, to warm up.
P: My favorite part.
T: Then the tendon glides, the finger stretches on the table, and the soft putty.
P: The stretch on the table is the hard one.
T: Flat palm, press gently. Hold thirty seconds. Good. That was eleven minutes of exercise.
T: Now let's talk about cold protection. Gloves with liners, and the hand warmers in your pockets.
P: The little packets?
T: The packets. And before the freezer aisle, put gloves on. Keep a pair in the car.
P: In the car. I'll do that.
T: And warm water before you start the dishes, not after. That was eight minutes on the cold plan.
T: We talked about custom night splints before, but your skin is too fragile, so we're not doing those.
P: Good, they looked uncomfortable.
T: Twice a week, eight more weeks. I'll send this to Dr. Amin.
P: Please tell her I'm doing my exercises.
T: I will. She'll be happy.
P: She's always in a rush, that one.
""",
    [
        "Raynaud|Raynaud's",
        "2.5 centimeters|two point five centimeters",
        "18 pounds|eighteen pounds",
        "HAMIS",
        "11|eleven",
        "Cochin",
        "32|thirty-two",
        "48|forty-eight",
        "partly met",
        "easy-open caps",
        "22 pounds|twenty-two pounds",
        "paraffin",
        "hand warmers",
        "gloves with liners",
    ],
    ["new sores", "trouble swallowing"],
    ["always in a rush", "coffee cup"],
)

S(
    "y_ot14_elbow_discharge",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97110": 18, "97530": 8},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: okay luca last visit today
P: yes finally i can stop driving over here in traffic
T: ha i understand so the elbow lets see how we did
P: its good i mean its not perfect but its good
T: pain
P: zero mostly a two when i carry groceries
T: any numbness in the pinky or ring finger
P: no numbness no
T: any clicking or locking in the elbow
P: no locking
T: okay elbow extension is minus ten degrees flexion is one hundred thirty five
P: whats it supposed to be
T: the other side is zero and one forty five so youre close
T: supination seventy degrees pronation eighty
T: grip is sixty pounds on the right the left is sixty eight
T: quick dash today is eleven at the start it was sixty four
P: wow
T: yeah goals carry groceries with the bag met play guitar for thirty minutes met
P: i played for my kids on sunday
T: and lift the toolbox to the truck bed partly met its still heavy
P: its like forty pounds
T: right okay last round of exercises the wrist and elbow with the three pound weight
P: three pounds okay
T: the supination with the hammer and the elbow extension stretch
P: the stretch feels good now
T: then the biceps curls and the tricep press
T: thats eighteen minutes of the exercises
T: now lift the crate to the shelf like the toolbox
P: okay thats okay
T: carry it to the door and back
T: eight minutes on that good
P: so what do i do now
T: keep doing the stretch every day and the weights three times a week
T: and if the extension gets worse call us
P: okay
T: we talked about a static progressive splint in september but you did fine without it
P: good that thing looked medieval
T: ha so youre discharged goals mostly met home program
P: thank you seriously
T: you worked hard
P: i brought a guitar pick for you its my lucky one
T: oh no keep your lucky pick
P: i have like fifty of them
""",
    [
        "discharge|discharged",
        "minus 10|minus ten degrees",
        "135|one hundred thirty five",
        "supination 70|supination seventy degrees",
        "60 pounds|sixty pounds",
        "QuickDASH 11|quick dash today is eleven",
        "64|sixty four",
        "partly met",
        "3 pound weight|three pound weight",
        "hammer",
        "crate",
        "home program",
    ],
    ["numbness", "locking"],
    ["guitar pick", "fifty of them", "in traffic"],
)

# ---------------------------------------------------------------------------------------------
# SLP, test
# ---------------------------------------------------------------------------------------------

S(
    "y_slp08_voice_eval_pastor",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
T: Reverend Mills, hi, I'm Joanna. Your ENT sent you for a voice evaluation.
P: Please, Curtis. Yes, Dr. Patel scoped me. She said I have a polyp on the left vocal fold.
T: A left vocal fold polyp. When did the hoarseness start?
P: After Easter. I preached four services that weekend.
T: Four services. How's your voice by Sunday night?
P: Gone. Whisper. Monday I rest, Tuesday it's back, a little rough.
T: Any pain when you talk or swallow?
P: No pain. It's tired, like a tired muscle.
T: Any heartburn, reflux?
P: Some heartburn at night. I eat late after the evening service.
T: Do you smoke or vape?
P: Never. My mother would rise from the grave.
T: Ha. How much water?
P: Coffee. Lots of coffee. Water, maybe two glasses.
T: Okay. Any trouble breathing, any coughing with food?
P: No, none.
T: Let's fill in the Voice Handicap Index.
P: Done. Some of these are every day.
T: You scored sixty-two out of one twenty. That's a moderate to severe handicap.
T: Now hold an ah as long as you can.
P: Ahhhhhhhh.
T: Eleven seconds. Let's do it again.
P: Ahhhhhhhhhh.
T: Thirteen seconds. That's short. Now ssss, then zzzz.
P: Sssssssss. Zzzzzzz.
T: S/Z ratio is one point six. Now read the Rainbow Passage.
P: When the sunlight strikes raindrops in the air, they act as a prism ...
T: Voice quality is rough and breathy, mild to moderate. Pitch is a little low. Loudness is pushed.
T: I'm watching your neck, there's a lot of tension in the muscles here.
P: My wife says I preach with my neck.
T: She's right. Now a stimulability trial. Say hmm, like you agree with me. Mm-hmm.
P: Mm-hmm.
T: Now on that hum, say mmm-one, mmm-two.
P: Mmm-one, mmm-two. Oh, that's clearer.
T: Yes, that's resonant voice. You're stimulable for a better voice, which is good.
T: Impression: dysphonia with a left vocal fold polyp and hyperfunction. Good candidate for voice therapy before any surgery.
P: Dr. Patel said the same.
T: Plan: once a week for eight weeks. Goals: VHI under thirty, and preach a full service with a clear voice using resonant voice.
T: Vocal hygiene: water, two liters a day. Cut the coffee to two cups. No eating within three hours of bed.
P: The coffee. Ouch.
T: And use a microphone for every service.
P: We have one. I don't like it.
T: Use it anyway. We thought about a personal amplifier for Bible study, but the mic at church may be enough.
P: Bible study is only ten people.
T: Then no amplifier. Speak at a normal level there.
P: My congregation will think I'm sick.
T: Tell them you're in training.
""",
    [
        "left vocal fold polyp",
        "Voice Handicap Index|VHI",
        "62|sixty-two",
        "13 seconds|Thirteen seconds",
        "S/Z ratio",
        "1.6|one point six",
        "Rainbow Passage",
        "rough and breathy",
        "resonant voice",
        "stimulable",
        "vocal hygiene|Vocal hygiene",
        "2 liters|two liters",
        "microphone",
        "VHI under 30|VHI under thirty",
    ],
    ["pain", "coughing with food"],
    ["rise from the grave", "in training", "ten people"],
)

S(
    "y_slp09_language",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: hi leo hi dad come on in
C: hi sorry hes a little grumpy he didnt nap
T: thats okay leo do you want to play with the farm
P: farm
T: okay so the goal today is the two word phrases and the verbs
C: he said more juice this week all by himself
T: more juice thats a two word phrase thats great
C: and go car
T: okay lets see leo the cow is
P: cow
T: the cow is eating cow eating
P: cow eat
T: yes cow eating
P: cow eat
T: okay now the pig
P: pig
T: the pig is sleeping pig sleeping
P: pig sleep
T: nice so i am counting how many two word phrases he says with a model
C: how is he doing
T: so far twelve out of twenty with a model thats sixty percent
C: last time
T: last time it was eight out of twenty so forty percent
T: without a model he said three phrases on his own more cow and go pig and the truck one
C: truck go
T: truck go yes
P: truck go
T: okay now the bubbles lets see if he asks
P: bubble
T: what do you want
P: more bubble
T: more bubble yes
C: he loves the bubbles
T: okay any ear infections since last time
C: no ear infections no
T: any choking on food or anything like that
C: no he eats everything
T: okay so at home keep doing the narrating talk about what you are doing
C: like im washing the dishes
T: yes and wait five seconds before you give him the thing so he has a chance to ask
C: five seconds okay
T: i will tell the s l p about the sixty percent shes gonna update his goals next month
C: okay
P: go car
T: ha he wants to go
C: he wants the car outside its a fire truck
P: fire truck
T: fire truck
C: he wants to be a firefighter when he grows up or a dinosaur
""",
    [
        "2-word phrases|two word phrases",
        "12/20|twelve out of twenty",
        "60%|sixty percent",
        "8/20|eight out of twenty",
        "40%|forty percent",
        "with a model",
        "more bubble",
        "narrating",
        "wait 5 seconds|wait five seconds",
        "cow eat",
    ],
    ["ear infections", "choking"],
    ["didnt nap", "firefighter", "a dinosaur"],
)

S(
    "y_slp10_stroke_dysphagia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: hi mister ortiz hi mrs ortiz how was the week with the thick liquids
C: he hates them he keeps asking for regular water
P: its like drinking paste
T: i know okay so heads up first your therapy this year with the p t after the stroke went over the medicare threshold
T: so today i put the k x modifier on it to tell medicare the swallow therapy is still medically necessary which it is
C: because hes still on the thick liquids
T: right and he had the pneumonia in october we want to get him back to thin safely
P: okay
T: any coughing at meals this week
C: um once with the soup
T: any fevers
C: no fevers no
T: any weight loss
C: no his weight is the same one seventy
T: good okay lets start the exercises the chin tuck against the ball
P: the ball okay
T: squeeze hold five seconds ten times
T: good now the tongue press against the bulb the iopi
T: thirty eight kilopascals last week thirty two
C: thats up
T: its up now the effortful swallow ten
P: okay
T: and the supraglottic swallow take a breath hold it swallow cough
P: breath hold swallow cough
T: perfect now lets try thin water with the chin tuck
P: finally
T: small sip from the cup chin down
P: okay
T: no cough clear voice again
T: ten trials i count no coughing on nine out of ten one cough on the last one
C: was that because he was tired
T: maybe he was fatigued at the end so right now we stay on mildly thick at home
P: no
T: i know but we are close we will repeat the video swallow study in two weeks
C: can he have ice chips
T: ice chips yes after brushing his teeth free water protocol only water between meals after mouth care
C: okay water between meals
T: yes but meals still mildly thick
P: can i have coffee
T: coffee mildly thick with the meals
P: ugh
C: he drinks like six cups a day
T: wow okay well then the thick coffee
C: the grandkids call him grandpa paste now
P: they think its funny
""",
    [
        "medicare threshold",
        "medically necessary",
        "pneumonia",
        "chin tuck",
        "IOPI|iopi",
        "38 kilopascals|thirty eight kilopascals",
        "32|thirty two",
        "effortful swallow",
        "supraglottic swallow",
        "9 out of 10|nine out of ten",
        "mildly thick",
        "free water protocol",
        "video swallow study",
    ],
    ["fevers", "weight loss"],
    ["grandpa paste", "six cups a day"],
    kx=True,
)

S(
    "y_slp11_chemo_cognition",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 25},
    [],
    "97129x1:GN 97130x2:GN",
    """
T: Hi, Nadia. Come in. Sorry I'm late, the last patient ran over.
P: No problem. I was answering emails in the lobby.
T: How was the week at work?
P: Half days are going okay. Thursday I lost my train of thought in a meeting, twice.
T: What did you do?
P: I looked at my notes, like we practiced. The sticky note said the three points.
T: Great, that's the strategy working. Any headaches?
P: No headaches.
T: Any changes with the medications, the hormone pills?
P: No changes. The oncologist said I'm done with chemo, just the pills now.
T: Sleep?
P: Better. Seven hours.
T: Good. Okay, let's start with the working memory task. I'm going to read you a list of numbers, and you say them backwards.
T: Four, nine, two, seven.
P: Seven, two, nine, four.
T: Good. Five numbers: three, eight, one, six, two.
P: Two, six, ... one, eight, three.
T: Yes. You got eight out of ten of the five-number lists today. Last week six.
P: Progress.
T: Now the email task. Here are twelve emails, sort them into urgent, this week, and can wait.
P: This one is urgent, the budget. This is can wait. Hmm.
T: Take your time. Talk out loud if it helps.
P: The board meeting is Tuesday, so this is this week.
T: Good. Eleven out of twelve sorted correctly. And you used the strategy without a cue.
P: I did, didn't I?
T: You did. Now the meeting simulation. I'll talk for a few minutes like a meeting, and you take notes with the three-column method.
P: Okay, ready.
T: So, this quarter. We need December staffing covered, the new schedule is due by the fifteenth, and somebody has to set a budget for the holiday party. Oh, and the parking lot gets repaved next week.
T: Now tell me the three action items.
P: Staffing for December, the schedule by the fifteenth, and ... the party budget.
T: All three. Now, a harder one, with a distraction. I'll have the radio on.
P: Oh no.
T: You'll be fine. Same thing.
P: That was hard. I got two of the three.
T: Two of three with the radio. That's fair.
T: Okay, timing today: we did the cognitive work for about forty minutes, let me check the clock. Yes, forty.
P: Forty minutes, I'm exhausted.
T: That's normal. That's why we practice. Home: the sticky note before every meeting, and the email sorting each morning, ten minutes.
P: Ten minutes every morning.
T: We thought about the computer training program, but you said screens give you eye strain, so we'll stay with paper tasks for now.
P: Thank you, I stare at screens all day.
T: Next week we'll try a real phone call with your boss, role-play.
P: She's nice. She sent me flowers during chemo.
T: That's lovely. See you Tuesday.
P: See you. I'm going to get a coffee with extra shots.
""",
    [
        "half days|Half days",
        "sticky note",
        "working memory",
        "backwards",
        "8 out of 10|eight out of ten",
        "6|Last week six",
        "11 out of 12|Eleven out of twelve",
        "without a cue",
        "three-column method|3-column method",
        "2 of the 3|two of the three",
        "radio",
    ],
    ["headaches", "changes with the medications"],
    ["extra shots", "sent me flowers", "answering emails in the lobby"],
    cog=40,
)

S(
    "y_slp12_aos_progress",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi, Mr. Walsh. Hi, Patricia. It's progress report day.
C: He's been practicing with the video every morning.
P: Every. Morning.
T: Good. How has talking been at home?
C: He asks for things now. Yesterday he said, I want the paper, clear as a bell.
P: The. Paper.
T: That's great. Let's start with the word list we did in September. Twenty words, repeat after me. Banana.
P: Ba... banana.
T: Good. Tomato.
P: To-ma-to.
T: Computer.
P: Com... pum... computer.
T: Good self-correction. Okay, at the end: fourteen out of twenty correct. In September, six out of twenty.
C: Fourteen!
T: Fourteen. Now the phrases. Good morning.
P: Good. Morning.
T: How are you.
P: How... are you.
T: Phrases are at eleven out of fifteen, was four out of fifteen.
T: Any trouble swallowing, coughing on food or drink?
C: No, none. He eats everything.
T: Any new weakness or falls?
C: No falls. No new weakness.
T: Good. Now the script, the one for the coffee shop.
P: A medium... coffee... with... milk.
T: Perfect. With the pacing tap on the table.
P: Tap. Helps.
T: It helps. Goals: single words eighty percent, partly met, we're at seventy. Phrases seventy percent, met, seventy-three. The coffee shop script, met.
C: He did it for real on Saturday at the bakery.
P: Bakery. Yes.
T: That's the real test. New goals: words eighty-five percent, three short scripts in the community, and his own name and address on the phone.
P: Address. Hard.
T: It's hard. We'll build it syllable by syllable. We thought about an app for his phone, the speech-generating one, but he's doing so well talking that we'll hold off.
C: I agree. He hates the phone anyway.
P: Hate. Phone.
T: Plan: two times a week, eight more weeks. I'll send the report to Dr. Ferris.
C: Oh, and the Christmas concert at church, can he sing?
T: Yes! Singing is great for him. Sometimes people can sing words they can't say.
C: He sang Silent Night in the car. All of it.
P: All. Of it.
T: That's wonderful. Keep singing.
C: He was in a barbershop quartet for thirty years.
T: Then the choir is lucky to have him back.
""",
    [
        "14/20|fourteen out of twenty",
        "6/20|six out of twenty",
        "11/15|eleven out of fifteen",
        "4/15|four out of fifteen",
        "self-correction",
        "pacing tap|tap on the table",
        "coffee shop script",
        "partly met",
        "70%|seventy",
        "85%|eighty-five percent",
        "singing",
        "2 times a week|two times a week",
    ],
    ["coughing", "falls", "new weakness"],
    ["barbershop quartet", "thirty years", "Silent Night"],
)

S(
    "y_slp13_icu_dysphagia_discharge",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi, Mr. Yamada. Last swallowing session today. How are you feeling?
P: Good. I ate a steak on Sunday.
T: A steak! Three months ago you were on a feeding tube.
P: Don't remind me. The tube is out since October.
T: Tell me about eating now. Any coughing with meals?
P: No. No coughing. Sometimes with the pills, if I take three at once.
T: So one at a time. Any food sticking?
P: No sticking.
T: Any fevers or chest infections since the tube came out?
P: No fevers. The lung doctor said my chest is clear.
T: Weight?
P: I gained back eleven pounds. One forty-nine now.
T: Great. Let's look at the numbers. The FOIS, the oral intake scale, you started at level one, tube only. Today you're at level seven, total oral diet with no restrictions.
P: Seven is the top?
T: Seven is the top. Now the voice after swallow. Water, big gulps from the cup.
P: Okay.
T: Clear voice. Now the three-ounce water challenge, drink it all without stopping.
P: Done.
T: Passed. No cough, no wet voice. Now the cracker and then the apple.
P: The apple I like.
T: Good chewing, clears the mouth completely. Now the mixed one, the cereal with milk.
P: I eat this every morning.
T: That's the hardest texture, and you're doing it well. Eating Assessment Tool, the EAT-10, today is two. At the start it was twenty-eight.
P: Twenty-eight. I remember that day.
T: Goals: regular diet with thin liquids, met. No chest infections, met. Weight gain of ten pounds, met.
P: All met.
T: All met. So I'm discharging you from swallow therapy.
P: Do I keep doing the exercises?
T: Keep the chin tuck against resistance, once a day, for another month, then stop.
P: And the tongue one?
T: The tongue press, same. After a month you can stop.
T: We thought about one more video swallow study, but with no symptoms and a clear chest, your doctor and I agreed it's not needed.
P: Good. The barium is awful.
T: If you start coughing with meals again, call us or your doctor.
P: I will. My wife says thank you. She made the steak.
T: Tell her it was a good choice.
P: It was her birthday. She let me pick the restaurant, actually. It was a steakhouse.
T: Oh, even better. Happy birthday to her.
P: She's seventy-five. She looks sixty.
T: Tell her I said so.
P: I will. She'll like that.
T: Take care, Mr. Yamada.
""",
    [
        "feeding tube",
        "11 pounds|eleven pounds",
        "149|One forty-nine",
        "FOIS",
        "level 7|level seven",
        "level 1|level one",
        "3-ounce water|three-ounce water",
        "EAT-10",
        "28|twenty-eight",
        "regular diet",
        "discharging you",
        "chin tuck against resistance",
        "1 at a time|one at a time",
    ],
    ["coughing", "fevers", "food sticking"],
    ["seventy-five", "looks sixty", "her birthday"],
)

S(
    "y_slp14_late_talker_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hi, I'm Mei, the speech therapist. And this must be Sofia.
C: Yes, and I'm her mom, Laura. Say hi, Sofia.
P: Hi.
T: Hi, Sofia. How old is she now?
C: Two and a half. Thirty months. Her pediatrician said she should have more words.
T: How many words does she say, would you guess?
C: Maybe thirty. Mama, dada, ball, more, up, no, the dog's name.
T: And does she put two words together?
C: Sometimes. Daddy go. More milk. But mostly one word.
T: Does she understand what you say? Like, get your shoes?
C: Oh yes, she understands everything. She brings the shoes and the coat.
T: Any ear infections?
C: Two when she was a baby. None since she was one.
T: Hearing test?
C: She passed the newborn hearing screen, and the pediatrician checked last month, normal.
T: Any trouble with eating, chewing, drooling?
C: No, she eats everything. No drooling.
T: Any regression, losing words she used to have?
C: No, never. She just keeps adding slowly.
T: Good. Any family history of speech delays?
C: My husband talked late. His mother says he didn't talk until three.
T: Okay. Let's play. Sofia, look, the farm.
P: Moo!
T: Moo! What's this?
P: Cow.
T: And this one?
P: Pig. Oink.
T: Where's the horse?
P: Dat.
T: Yes, that's the horse. I'm going to do the Preschool Language Scale with her while we play.
T: Give the baby a drink. Put the spoon in the cup.
P: Baby.
C: She's showing off.
T: She is. Auditory comprehension standard score, ninety-four, that's average.
T: Expressive communication standard score, seventy-eight. That's below average.
C: So she understands but doesn't talk enough.
T: Exactly. Speech sounds: she uses m, b, p, d, n, w. No f or s yet, which is okay at her age. She drops final consonants, like ba for ball.
C: Ba. Yes, that's ball.
T: I'd say she's about seventy percent intelligible to me, a stranger, with context.
T: My impression: an expressive language delay, with comprehension in the normal range.
T: Goals in twelve weeks: fifty or more words, and two-word phrases ten times in a session.
C: How often?
T: Once a week here, and I'll coach you at home. We thought about group therapy but I'd like to start one on one.
C: Okay. Should we stop the pacifier?
T: Good idea, during the day at least.
P: Paci!
C: Oh no, she heard you.
T: Ha. She understands everything, you were right.
C: Her big brother talked at one, it's so different.
T: Every kid is different. See you next week.
""",
    [
        "30 months|Thirty months",
        "30 words|Maybe thirty",
        "Preschool Language Scale",
        "94|ninety-four",
        "78|seventy-eight",
        "final consonants",
        "70%|seventy percent intelligible",
        "expressive language delay",
        "50 or more words|fifty or more words",
        "two-word phrases|2-word phrases",
        "pacifier",
        "once a week|Once a week",
    ],
    ["drooling", "regression"],
    ["talked at one", "the dog's name"],
)


# ---------------------------------------------------------------------------------------------
# Rules (this author's own implementation of PRODUCT.md's billing rules and the key conventions)
# ---------------------------------------------------------------------------------------------

TIMED = set(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97129 97130 97032 97033 97035 97036".split()
)
UNTIMED = set(
    "97161 97162 97163 97164 97165 97166 97167 97168 92507 92521 92522 92523 92524 92526 92610 97150 G0283".split()
)
EVAL_FOR = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": None},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": None},
    ("SLP", "evaluation"): {"92521": None, "92522": None, "92523": None, "92524": None, "92610": None},
}
ANY_EVAL = {c for d in EVAL_FOR.values() for c in d}
DISCIPLINE_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSISTANT_MOD = {"PTA": "CQ", "OTA": "CO"}
ROLE_OK = {"PT": ("PT", "PTA"), "OT": ("OT", "OTA"), "SLP": ("SLP", "SLPA")}
# pairs the 59 rule of the key does not model; kept out of the data
KEEP_APART = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, {"97164"}),
    ({"97530"}, ANY_EVAL),
    ({"92507"}, {"92526"}),
    ({"92507", "92526"}, {"97129", "97130"}),
]


def table_units(minutes):
    """8-22 -> 1, 23-37 -> 2, ... ; under 8 -> 0."""
    n = 0
    while minutes >= 8 + 15 * n:
        n += 1
    return n


def allot(timed, rule, sid, problems):
    if rule == "per-code":
        return {c: table_units(m) for c, m in timed.items()}
    budget = table_units(sum(timed.values()))
    got = {c: 0 for c in timed}
    left = dict(timed)
    for c in timed:  # whole 15-minute blocks first
        while left[c] >= 15 and budget > 0:
            got[c] += 1
            left[c] -= 15
            budget -= 1
    while budget > 0:
        cands = sorted((m, c) for c, m in left.items() if m > 0)
        if not cands:
            problems.append(f"{sid}: units left with no minutes")
            break
        best = cands[-1]
        if len(cands) > 1 and cands[-2][0] == best[0]:
            problems.append(f"{sid}: tie on remaining minutes decides a unit")
        got[best[1]] += 1
        left[best[1]] = 0
        budget -= 1
    return got


def derive_key(s, problems):
    units = allot(s["timed"], s["rule"], s["id"], problems)
    codes = {c: 1 for c in s["untimed"]}
    codes.update({c: u for c, u in units.items() if u > 0})
    mods = {}
    for c in codes:
        m = [DISCIPLINE_MOD[s["discipline"]]]
        if s["role"] in ASSISTANT_MOD:
            m.append(ASSISTANT_MOD[s["role"]])
        if (c == "97530" and "97140" in codes) or (c == "97535" and "97530" in codes):
            m.append("59")
        if s["kx"]:
            m.append("KX")
        mods[c] = m
    return codes, mods


def read_key(key):
    codes, mods = {}, {}
    for item in key.split():
        left, right = item.split(":")
        code, n = left.split("x")
        codes[code] = int(n)
        mods[code] = right.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
DECADES = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
WORDNUM_RE = re.compile(r"\b(" + "|".join(SMALL + DECADES[2:] + ["hundred"]) + r")\b", re.I)


def spoken(n):
    if n < 20:
        return [str(n), SMALL[n]]
    t, o = divmod(n, 10)
    if o == 0:
        return [str(n), DECADES[t]]
    return [str(n), f"{DECADES[t]}-{SMALL[o]}", f"{DECADES[t]} {SMALL[o]}"]


def figure_said(n, text):
    return any(re.search(r"(?<![\w.-])" + re.escape(f) + r"(?![\w-])", text, re.I) for f in spoken(n))


TURN_RE = re.compile(r"^([TPC]):\s*(\S.*)$")
WHO = {"T": "therapist", "P": "patient", "C": "caregiver"}


def make_segments(s, problems):
    rng = random.Random(int(hashlib.sha256(s["id"].encode()).hexdigest()[:12], 16))
    segs, t = [], 0.0
    for raw in s["text"].strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = TURN_RE.match(raw)
        if not m:
            problems.append(f"{s['id']}: bad transcript line {raw[:40]!r}")
            continue
        words = m.group(2).strip()
        dur = max(0.7, len(words.split()) / 2.2 * rng.uniform(0.9, 1.12))
        segs.append(
            {"start": round(t, 1), "end": round(t + dur, 1), "speaker": WHO[m.group(1)], "text": words}
        )
        t = round(t + dur, 1) + rng.uniform(0.4, 1.3)
    return segs


def asr_style(text):
    """Speech-recogniser style: no capital letters and no punctuation in any turn."""
    body = " ".join(m.group(2) for m in map(TURN_RE.match, text.strip().splitlines()) if m)
    return not re.search(r"[A-Z.,?!;:'\"]", body)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_one(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    if not re.fullmatch(r"y_(pt|ot|slp)\d\d_[a-z0-9_]+", sid) or not sid.startswith(
        "y_" + s["discipline"].lower()
    ):
        bad("bad id")
    if s["split"] not in ("dev", "test") or s["rule"] not in ("cms", "per-code"):
        bad("bad split or rule")
    if s["role"] not in ROLE_OK[s["discipline"]]:
        bad("role does not fit discipline")
    if s["role"] in ("PTA", "OTA", "SLPA") and s["note_type"] != "daily":
        bad("assistant on a note assistants may not write")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("SLPA under Medicare")
    low_text = s["text"].lower()
    if s["kx"]:
        if s["rule"] != "cms":
            bad("KX outside Medicare")
        if "threshold" not in low_text or not ("KX" in s["text"] or "k x" in low_text):
            bad("KX session does not say the threshold and the modifier")
        if "necessary" not in low_text:
            bad("KX session does not say medically necessary")
    for c, m in s["timed"].items():
        if c not in TIMED or m <= 0:
            bad(f"timed {c} {m}")
    for c in s["untimed"]:
        if c not in UNTIMED:
            bad(f"untimed {c}")
    if "97010" in s["timed"] or "97010" in s["untimed"]:
        bad("97010 listed")
    evals = {c for c in s["untimed"] if c in ANY_EVAL}
    want = EVAL_FOR.get((s["discipline"], s["note_type"]))
    if want is None and evals:
        bad("evaluation code on a non-evaluation note")
    if want is not None and (len(evals) != 1 or not evals <= set(want)):
        bad("needs exactly one evaluation code of its kind")
    codes_all = set(s["timed"]) | set(s["untimed"])
    for a, b in KEEP_APART:
        if codes_all & a and codes_all & b:
            bad(f"pair kept apart is present: {sorted(codes_all & a)} / {sorted(codes_all & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP with PT/OT timed codes")
    if s["cog"] is not None:
        if s["timed"].get("97129") != min(15, s["cog"]) or s["timed"].get("97130", 0) != s["cog"] - min(
            15, s["cog"]
        ):
            bad("97129/97130 split does not match the cognitive block")
    elif {"97129", "97130"} & set(s["timed"]):
        bad("cognitive codes without a cognitive block")

    codes, mods = derive_key(s, problems)
    hc, hm = read_key(s["key"])
    if codes != hc:
        bad(f"units: derived {codes} hand {hc}")
    if mods != hm:
        bad(f"modifiers: derived {mods} hand {hm}")
    if s["has59"] != any("59" in m for m in mods.values()):
        bad("has59 flag does not match the derived modifiers")

    if not 40 <= len(segs) <= 120:
        bad(f"{len(segs)} turns, want 40-120")
    dur = segs[-1]["end"] if segs else 0.0
    if not 180 <= dur <= 900:
        bad(f"duration {dur:.1f}s outside 180-900")
    prev = None
    for g in segs:
        if g["end"] <= g["start"] or (prev is not None and not 0.3 <= round(g["start"] - prev, 2) <= 1.4):
            bad("timestamps out of order or gap outside 0.3-1.4 s")
        prev = g["end"]
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("needs therapist and patient turns")
    full = " ".join(g["text"] for g in segs)
    ther = " ".join(g["text"] for g in segs if g["speaker"] == "therapist")
    for c, m in s["timed"].items():
        if c in ("97129", "97130") or c in s["said_exempt"]:
            continue
        if not figure_said(m, ther):
            bad(f"{c}: {m} minutes never said by the therapist")
    if s["cog"] is not None and not figure_said(s["cog"], ther):
        bad(f"cognitive block {s['cog']} minutes not said")
    for c in evals:
        lvl = EVAL_FOR[(s["discipline"], s["note_type"])][c]
        if lvl and f"{lvl} complexity" not in ther.lower():
            bad(f"{lvl} complexity not said for {c}")

    low = full.lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts")
    alts_all = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        alts_all += [a.lower() for a in alts]
        hits = [a for a in alts if a.lower() in low]
        if not hits:
            bad(f"fact {f!r} not in transcript")
        elif max(map(len, hits)) < 4:
            bad(f"fact {f!r} matches only a very short alternative")
        if any(re.search(r"\d", a) or WORDNUM_RE.search(a) for a in alts) and not any(
            re.search(r"\d", a) for a in alts
        ):
            bad(f"numeric fact {f!r} without a digit alternative")
    if not s["negated"]:
        bad("no negated finding")
    for n in s["negated"]:
        if n.lower() not in low:
            bad(f"negated {n!r} not in transcript")
        if any(n.lower() in a for a in alts_all):
            bad(f"negated {n!r} overlaps a fact")
    if not s["absent"]:
        bad("nothing in absent")
    for a in s["absent"]:
        if a.lower() not in low:
            bad(f"absent {a!r} not in transcript")
        if any(a.lower() in x or x in a.lower() for x in alts_all):
            bad(f"absent {a!r} overlaps a fact")
        if a in s["negated"]:
            bad(f"absent {a!r} also negated")
    return codes, mods


def check_mix(problems):
    from collections import Counter

    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if "--partial" in sys.argv:
        return
    want = {
        ("dev", "PT"): 8,
        ("test", "PT"): 8,
        ("dev", "OT"): 7,
        ("test", "OT"): 7,
        ("dev", "SLP"): 7,
        ("test", "SLP"): 7,
    }
    got = Counter((s["split"], s["discipline"]) for s in SESSIONS)
    if dict(got) != want:
        problems.append(f"discipline split {dict(got)}")
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        nt = Counter(s["note_type"] for s in hs)
        if set(nt) != {"evaluation", "daily", "progress", "re-evaluation", "discharge"}:
            problems.append(f"{half}: note types {dict(nt)}")
        asst = sum(s["role"] in ("PTA", "OTA", "SLPA") for s in hs)
        if not 4 <= asst <= 6:
            problems.append(f"{half}: {asst} assistant sessions")
        rules = Counter(s["rule"] for s in hs)
        if abs(rules["cms"] - rules["per-code"]) > 2:
            problems.append(f"{half}: rules {dict(rules)}")
        asr = sum(asr_style(s["text"]) for s in hs)
        if not 7 <= asr <= 9:
            problems.append(f"{half}: {asr} ASR sessions")
        if sum(s["kx"] for s in hs) < 2:
            problems.append(f"{half}: fewer than 2 KX sessions")
        if sum(s["has59"] for s in hs) < 2:
            problems.append(f"{half}: fewer than 2 sessions needing 59")


def mix_table():
    from collections import Counter

    lines = ["split  disc  note_type      role  rule      n"]
    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"]) for s in SESSIONS)
    for k in sorted(rows):
        lines.append(f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {rows[k]}")
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        lines.append(
            f"{half}: ASR {[s['id'] for s in hs if asr_style(s['text'])]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ('PTA', 'OTA', 'SLPA')]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}; "
            f"note types {dict(Counter(s['note_type'] for s in hs))}"
        )
    return "\n".join(lines)


def main():
    problems = []
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for s in SESSIONS:
        segs = make_segments(s, problems)
        codes, mods = check_one(s, segs, problems)
        doc = {
            "id": s["id"],
            "discipline": s["discipline"],
            "note_type": s["note_type"],
            "role": s["role"],
            "rule": s["rule"],
            "transcript": {"segments": segs},
            "expected": {
                "codes": codes,
                "modifiers": mods,
                "minutes": dict(s["timed"]),
                "facts": s["facts"],
                "negated": s["negated"],
                "absent": s["absent"],
            },
        }
        out.append((s, doc))
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
            if f.startswith("y_") and f.endswith(".json"):
                os.remove(os.path.join(d, f))
    for s, doc in out:
        with open(os.path.join(here, s["split"], s["id"] + ".json"), "w") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(
        f"OK: wrote {len(out)} sessions (dev {sum(s['split'] == 'dev' for s, _ in out)}, test {sum(s['split'] == 'test' for s, _ in out)})"
    )
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
