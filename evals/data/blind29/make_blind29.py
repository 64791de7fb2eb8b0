#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-ninth set (ids af_*).

Written by a helper session acting as an outside author that had NOT seen the scribe, core, prompts or
eval code.  It worked from a brief, shared/PRODUCT.md ("Therapy billing rules"), the READMEs of blind28,
blind27 and blind26, and the first 40 lines and the rules / checks part of make_blind28.py (read, not
copied: the rules, helpers and checks at the end of this file are this author's own).  Running it:

  1. recomputes every answer key from the minutes written into each session (8-minute rule or per-code,
     97129/97130 split, GP/GO/GN, CQ/CO, 59, KX) and compares it with the hand-written key; checks
     corrected minute figures, timestamps, turns (30-60), facts / negated / absent against the transcript
     and the mix of the halves; exits non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script (or under $BLIND29_OUT).

Transcript lines: "T: ..." (whoever speaks for the clinic), "P: ..." (patient), "C: ..." (caregiver:
family, an interpreter, a job coach).  Lower-case tags ("t:", "p:", "c:") mark a speech-recogniser
transcript (no capitals, digits or punctuation).  Hand key: "97110x2:GP,CQ 97112x1:GP,CQ".  `parts` maps a
timed code said only in pieces to the pieces; `fixed` maps a timed code whose minutes the clinician
corrects to the first (wrong) figure, which must be said before the figure the key uses.
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
    kx=False,
    has59=False,
    cog=None,
    parts=None,
    fixed=None,
):
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
            "kx": kx,
            "has59": has59,
            "cog": cog,
            "parts": dict(parts or {}),
            "fixed": dict(fixed or {}),
        }
    )


# ---------------------------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------------------------

# ----- PT, dev -------------------------------------------------------------------------------

S(
    "af_pt01_nerves_came_back_slow",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97116": 10},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Morning, come on in. Mr. Okafor? I'm Dana, I'll be your physical therapist. And you are?
C: I'm Grace, his wife. I do the driving these days.
T: Great, glad you're here. So the referral says Guillain-Barré, started back in August?
P: End of July really. Tingling in my feet, then in three days I couldn't get up off the toilet.
T: And you were in the ICU for a while?
P: Nine days. They didn't have to put the tube in, thank God. Then inpatient rehab about three weeks.
C: Three and a half. He came home October second.
T: Okay. Any trouble breathing now, shortness of breath on the stairs?
P: No, the breathing's fine. It's the legs. And my hands are clumsy, buttons are a fight.
T: We'll let OT know about the buttons. Any falls since you got home?
P: No falls. Close once, in the garage, I grabbed the workbench.
T: Good grab. Pain anywhere?
P: The feet burn at night. I'd say a five out of ten at night, maybe a two in the day.
T: Okay, burning in both feet, five at night, two daytime. Numbness too?
P: Numb from about here down, both sides, like wearing thick socks.
C: Sorry, can I ask, they told us the nerves grow back an inch a month, is that right?
T: Roughly a millimeter a day is what people say, so yes, about an inch a month, it's slow. Let's test strength. Push up into my hand. Hip flexors are three plus on both sides.
T: Knees straighten, push. Quads four minus, both.
T: Now pull your toes up toward your nose. Hold it. Okay, the ankle dorsiflexors are two minus on the right and two on the left.
P: That's the part that's dead. My toes catch on the carpet.
T: That's the foot drop. You're using the rolling walker all the time?
P: In the house yes. Out in the yard I use my cane, she hates that.
C: I do hate that.
T: Berg balance next, fourteen items. Stand up without your hands if you can.
P: Like this? Whoa. Okay.
T: You did it. Keep going, I'll talk you through the rest.
T: Okay, the Berg is thirty eight out of fifty six. That puts you at a real fall risk, under forty five.
T: Ten meter walk with the walker, comfortable speed. Go.
T: Twenty two seconds for the middle ten, hmm, no, I started late. Let me redo it. Okay, sixteen and a half seconds, so about point six meters a second.
P: Is that slow?
T: It's slow for the community, a street crossing needs more like one point two. Now some gait training in the hallway, I want to try cueing your heel first and a higher knee.
T: That was ten minutes of gait training with the walker, and your toe caught three times less once you swung higher.
C: Our son had a knee scope last spring and they gave him ice and electric, does he need that?
T: Not for this. This is high complexity: the course of the illness, the ICU stay, your blood pressure pills, and the fall risk all weigh in.
P: Fair enough.
T: Goals. In eight weeks walking in the house with a cane and no catches, Berg up to forty five, and the ten meter walk at point eight meters a second.
P: I want to walk to the mailbox without the walker.
T: That's a goal too, the mailbox, about a hundred feet. Twice a week for eight weeks. We'll also ask the doctor about an ankle brace for the foot drop.
C: Should he be doing the bike at home?
T: Not yet, let's keep it to what I give you. Any questions before you go?
P: No, I think that's it. Thank you, Dana.
""",
    [
        "high complexity",
        "Guillain-Barré|Guillain-Barre|GBS",
        "five out of ten at night|5/10",
        "three plus|3+/5",
        "four minus|4-/5",
        "two minus on the right|2-/5",
        "foot drop",
        "rolling walker",
        "thirty eight out of fifty six|38/56",
        "sixteen and a half seconds|16.5 seconds",
        "point six meters a second|0.6 m/s",
        "mailbox",
        "Twice a week for eight weeks|2x/week for 8 weeks",
        "ankle brace",
    ],
    ["shortness of breath", "falls"],
    ["knee scope last spring", "she hates that", "Twenty two seconds for the middle ten"],
)

S(
    "af_pt02_big_steps_for_the_tango",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97112": 21, "97110": 12},
    [],
    "97112x1:GP,KX 97110x1:GP,KX",
    """
T: Hi Walter! How was the weekend?
P: Good, good. We went to the milonga Saturday. I danced two songs with Ruth.
T: Two songs! With the Parkinson's that's big. Any freezing at the door there?
P: Once, at the bathroom door. I did the count, one two three, and stepped over the line in my head.
T: That's exactly the trick. Meds on time today?
P: Took the carbidopa at noon, so I'm on now.
T: Good, we're in your best window. Any falls this week?
P: No. Nothing, no falls.
T: Dizziness when you stand up?
P: Not this week, no.
T: Okay. Before we start, a billing thing I have to tell you. You've gone past the Medicare therapy threshold for the year, with your speech therapy in the spring counted in the same bucket.
P: Does that mean you stop?
T: No. I'm adding the KX modifier, which says the therapy is still medically necessary, and I document why: the freezing and your balance scores.
P: Okay, whatever you need.
T: Big movements first. Step out big to the side and reach, like you're opening the curtains. Bigger. Good, that's big.
P: Feels like I'm shouting with my legs.
T: That's the idea. Now forward, back, rock step. Ten each side.
T: Now the turns, the ones that freeze you. Turn in four big steps, not little shuffles. Around the cone.
P: I'm going to stop, the cone is looking at me.
T: Sorry, go ahead. Count it out loud.
P: One, two, three, four. Made it.
T: Mini-BESTest, let's see. You got nineteen out of twenty eight. Last month it was fifteen.
P: Is nineteen good?
T: It's four points better, which counts as real change. That balance block with the turns and the stepping was twenty one minutes.
P: Felt like an hour.
T: Now strengthening. Sit to stand from the low mat, three sets of ten, arms crossed.
P: Ugh, these are the worst.
T: Then bridges, two sets of fifteen, and the big arm swings with the one kilo weights.
P: Ruth says I should be lifting more than one kilo.
T: Ruth is not your therapist. One kilo with big swings is right for now.
P: Ha. I'll tell her you said so.
T: That's twelve minutes of strengthening. How's the hip, the right one?
P: Sore after, a three maybe. Not bad.
T: A three. Keep icing if you like. Home program: the big steps every morning, ten each way, and the sit to stand.
P: And the dancing?
T: Dancing counts. Keep going to the milonga. Next week we'll try turns in the dark hallway, like coming home at night.
P: Thank you, Sofia.
""",
    [
        "Mini-BESTest",
        "nineteen out of twenty eight|19/28",
        "Last month it was fifteen|15/28",
        "freezing",
        "three sets of ten|3x10",
        "two sets of fifteen|2x15",
        "one kilo|1 kg",
        "a three maybe|3/10",
        "four big steps|4 big steps",
        "carbidopa",
        "ten each way|10 each way",
    ],
    ["falls", "Dizziness"],
    ["Ruth says I should be lifting more"],
    kx=True,
)

S(
    "af_pt03_liner_sweats_in_july",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97140": 8, "97530": 17},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: hey marcus how is the leg treating you
p: the liner is killing me in this heat man i sweat in it and it slides
t: how many socks are you wearing today
p: three ply this morning then i took one off at lunch
t: okay so two ply now any redness on the residual limb when you took the liner off
p: a little red spot at the bottom near the bone
t: let me see it no blister no open skin its pink and it goes away when i press so thats pressure not a wound
p: the doctor said watch for the dark red ones
t: right any drainage
p: no nothing coming out
t: good the scar on the front is still stuck down so im gonna do soft tissue on it first
p: go easy
t: ill go easy tell me if its more than a four
p: its like a three its fine
t: okay that was eight minutes of the scar mobilization and the soft tissue to the quad
p: feels looser
t: now the stuff you asked for getting up off the floor because you said you went down in the yard
p: i didnt fall fall i kneeled to get the hose and couldnt get back up
t: okay so no fall but stuck on the ground we practice that half kneel to stand with the prosthetic leg behind
p: like a proposal
t: exactly like a proposal then hands on the chair push through the good leg
p: oof okay got it
t: do it four more times then we do it with no chair using the bucket
t: now carrying the hose real to the step and stepping up with the good leg first up with the good down with the bad
p: i know i know up with the good
t: that functional block was seventeen minutes floor recovery and the hose and the step
p: my wife wants to know if you can look at her shoulder while im here
t: i cant today but she can call the front desk
t: pain right now
p: two maybe in the stump its the sock it more than pain
t: okay two out of ten and the socket fit we will tell your prosthetist on tuesday
p: i see him tuesday anyway
t: good ask him about a sweat wicking liner and bring the extra socks in your bag
p: do i keep doing the bridges
t: yes bridges and the hip extension lying on your stomach two sets of fifteen
p: okay when do i see you again
t: thursday ill write up that the floor transfer was with contact guard and the step with standby
""",
    [
        "three ply|3 ply",
        "two ply|2 ply",
        "red spot",
        "scar mobilization",
        "half kneel to stand",
        "contact guard",
        "standby",
        "two out of ten|2/10",
        "prosthetist",
        "sweat wicking liner",
        "two sets of fifteen|2x15",
    ],
    ["blister", "drainage", "fall"],
    ["look at her shoulder", "like a proposal"],
    has59=True,
)

S(
    "af_pt04_patch_on_the_tennis_elbow",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97033": 10, "97110": 24},
    [],
    "97033x1:GP,CQ 97110x2:GP,CQ",
    """
T: Hey Lorraine, how's the elbow?
P: Better. I played pickleball Tuesday, only one game, and I wore the strap.
T: Good. Pain today?
P: A three out of ten. It was a six two weeks ago.
T: Grip test first. Squeeze as hard as you can, elbow straight. Right is fifty two pounds, left is sixty.
P: Still weaker.
T: Yep, but it was forty last time. Any tingling in the small fingers?
P: No tingling, no.
T: Okay. Any reaction to the dex patch last time? Itching or a rash after?
P: None. The skin was a little pink where it was, then it went away.
T: Good. Today's iontophoresis with the dexamethasone, same setup. The doctor's order is still good through December.
P: Does it hurt?
T: A bit of tingling. Tell me if it's burning. Forty milliamp-minutes, four milliamps.
P: It's fine. Like ants.
T: Ants is right. I'm staying here to watch the skin and the current.
P: Can you put one on my knee too while we're at it?
T: The order is for the elbow only. If your knee is bothering you, we can ask Dr. Lim.
P: Fair.
T: Okay, the iontophoresis was ten minutes. Skin looks fine, a little red under the pad. Now exercises.
T: Eccentric wrist extension with the two pound dumbbell, three sets of fifteen. Lower slowly, four seconds.
P: One, two, three, four.
T: Perfect. Then the FlexBar twists, the red one, three sets of ten.
P: The red one is hard.
T: You were doing the yellow one two weeks ago. Now the rows with the green band, two sets of fifteen, and the wall push-ups.
P: My sister does wall push-ups in her Pilates class.
T: Everybody's doing them. Okay that's twenty four minutes of exercise, I wrote it down.
P: Do I still wear the strap at work?
T: When you type a lot, yes. And take the breaks every forty five minutes.
P: I set the phone timer like you said.
T: Great. PRTEE score from the form, you scored thirty one, down from fifty two.
P: Is lower better?
T: Lower is better. Next visit is Thursday, I'll let Kim know, she's doing your progress note next week.
""",
    [
        "three out of ten|3/10",
        "fifty two pounds|52 lb",
        "left is sixty|60 lb",
        "iontophoresis",
        "dexamethasone",
        "Forty milliamp-minutes|40 mA-min",
        "four milliamps|4 mA",
        "two pound dumbbell|2 lb",
        "three sets of fifteen|3x15",
        "FlexBar",
        "you scored thirty one|31",
        "PRTEE",
    ],
    ["tingling in the small fingers", "Itching"],
    ["one on my knee too", "sister does wall push-ups"],
)

S(
    "af_pt05_jaw_clicks_at_breakfast",
    "PT",
    "daily",
    "PT",
    "per-code",
    "dev",
    {"97140": 14, "97110": 6},
    [],
    "97140x1:GP",
    """
t: hi renee sit down how is the jaw this week
p: its better in the mornings still clicks when i eat the bagel
t: okay the click on the left side
p: left yeah and it locked once on wednesday for like a minute
t: locked closed or locked open
p: closed i couldnt open it wide then it popped
t: okay any headaches this week
p: not as many two headaches i think down from every day
t: thats good are you wearing the night guard
p: every night my dentist made a new one
t: good lets measure opening open as wide as you can without pain
t: thirty four millimeters last time it was twenty eight
p: whoa
t: and with pain you get to
p: i can get further but it hurts
t: forty with pain okay lateral glide to the right is eight millimeters to the left six
p: is that even
t: not quite even the left is stiffer which goes with the click
t: im gonna do the intra oral work now gloves on relax your tongue
p: mm hm
t: this is the massager muscle inside the cheek breathe
p: ow thats the spot
t: okay thats the trigger point hold on its letting go
t: and the temporalis up by the temple now and the neck
p: my neck is always tight from the computer
t: the manual was fourteen minutes
p: that was a lot
t: now exercises tongue on the roof of your mouth and open straight in the mirror
p: like a fish
t: like a fish but straight no zig zag six times then the chin tucks
t: thats six minutes of the exercise just to show you the home version
p: do i keep chewing gum to stretch it
t: no gum no bagels for now soft food cut small
t: any ringing in the ears
p: no ringing
p: my husband grinds his teeth worse than me honestly
t: he can see his own dentist for that
p: ha true
t: pain now
p: a two its a two
t: okay two out of ten next week same day and keep the heat on the cheek at night
""",
    [
        "thirty four millimeters|34 mm",
        "last time it was twenty eight|28 mm",
        "forty with pain|40 mm",
        "eight millimeters|8 mm",
        "night guard",
        "trigger point",
        "temporalis",
        "two headaches|2 headaches",
        "two out of ten|2/10",
        "soft food cut small",
        "chin tucks",
    ],
    ["ringing in the ears"],
    ["husband grinds his teeth"],
)

S(
    "af_pt06_wedge_bone_and_the_shelf",
    "PT",
    "progress",
    "PT",
    "cms",
    "dev",
    {"97110": 19, "97112": 11},
    [],
    "97110x1:GP 97112x1:GP",
    """
T: Mrs. Haddad, good to see you. Today's the progress report, visit ten, so we re-test some things.
P: Oh, a test. I didn't study.
T: No studying. How's the back since the compression fracture? That was T12?
P: T12, yes. Pain is much better. Most days a two, in the evening maybe a four.
T: And when you first came?
P: Seven, always seven.
T: Okay. Any new sudden pain, anything that felt like a crack?
P: No, nothing like that.
T: Numbness or weakness in the legs?
P: No.
T: Good. Wall to occiput, stand with your heels against the wall. Back of the head to wall is six centimeters. It was nine at the start.
P: My daughter says I stand straighter.
T: You do. Timed up and go, go when I say. Go.
T: Eleven point two seconds. First visit it was fifteen.
P: I was slow.
T: You were careful. Now the five times sit to stand, arms across.
T: Fourteen seconds. Good. Let's do the exercises, then I'll write goals.
T: Prone press-ups on the elbows, ten. Then the chin tucks and the shoulder blade squeezes, two sets of ten.
P: Squeeze like there's a pencil.
T: Like there's a pencil. Now the hip hinge to the low shelf, the one with the flour, holding the two pound jar, ten times. Hinge, don't bend.
P: I used to just bend.
T: Bending and twisting is what we're avoiding with the bone. Next, the leg press at forty pounds, two sets of twelve.
P: My neighbor had the kyphoplasty, the cement. Should I get that?
T: That's a question for Dr. Patel, and your pain is already coming down. That strength part was nineteen minutes.
T: Now balance. Feet together, eyes closed on the foam. Then tandem walking along the tape.
P: Oh the foam is wobbly.
T: You held twenty two seconds. And the tandem walk with one step off. That balance work was nine minutes, no, let me look, eleven minutes, I started at the clock.
P: You're very precise.
T: Goals: the Timed Up and Go under ten seconds, she's at eleven point two, partly met. Lift the laundry basket with the hinge, met. Walking to church with no cane, partly met, she still takes the cane for the hill.
P: The hill is steep.
T: Plan is twice a week for four more weeks, then the home program.
P: And the calcium, my doctor said more calcium.
T: Keep taking what Dr. Patel gave you. See you Thursday.
""",
    [
        "compression fracture",
        "Most days a two|2/10",
        "six centimeters|6 cm",
        "It was nine at the start|9 cm",
        "Eleven point two seconds|11.2 seconds",
        "it was fifteen|15 seconds",
        "Fourteen seconds|14 seconds",
        "forty pounds|40 lb",
        "two sets of twelve|2x12",
        "twenty two seconds|22 seconds",
        "partly met",
        "twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["crack", "Numbness"],
    ["neighbor had the kyphoplasty", "I didn't study"],
    fixed={"97112": 9},
)

S(
    "af_pt07_quad_buzz_after_graft",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "dev",
    {"97032": 12, "97110": 9},
    ["97164"],
    "97164x1:GP 97032x1:GP 97110x1:GP",
    """
T: Jayden, hey. Today's a re-evaluation, because it's been eight weeks since the ACL and your surgeon changed the plan.
P: Yeah, he said the meniscus repair means no deep squats till twelve weeks.
C: I'm his mom. He also said something about the quad not firing?
T: Right, the quad lag. Let's measure. Lie back. Knee extension, you're at minus three, so three degrees short of straight.
P: It was minus eight last time.
T: Flexion is one twenty two. Good. Lift your leg straight up, keep the knee locked.
P: It wobbles.
T: There's still a small lag. Quad MMT is four minus. Hamstrings four.
C: Is that okay for eight weeks?
T: It's about right with the repair. Any swelling after practice?
P: He's not practicing, just watching.
C: He's on the bench watching, yes.
T: Okay, any swelling after the long days then?
P: No, not really, not since the first month.
T: Any giving way on the stairs?
P: Nope.
T: Good. Girth at the joint line, right is thirty nine centimeters, left is thirty eight. So one centimeter.
T: Now the NMES on the quad, the electric stim. I'll stay here and you squeeze with it.
P: The buzz is weird.
T: Fifty hertz, ten seconds on, fifty off. Tell me if it's too much.
P: It's strong but okay.
T: Squeeze with it. Good. That attended stim was twelve minutes.
C: Can we buy one of these for home? My brother has one for his back.
T: That's a question for the surgeon, I can't order it. Now exercises. Quad sets, straight leg raise two sets of ten, terminal knee extension with the band.
P: The band ones burn.
T: Burn is fine. That was nine minutes.
T: KOOS form, your total is sixty one. It was forty four at the start.
C: What are the new goals?
T: No lag on the straight leg raise in four weeks, flexion to one thirty five, and jogging on the treadmill at twelve weeks if the surgeon clears it.
P: And basketball?
T: Basketball is more like nine months. Plan is two times a week for another eight weeks.
P: Nine months. Ugh.
C: He'll live.
T: See you Monday.
""",
    [
        "minus three|-3",
        "one twenty two|122",
        "four minus|4-/5",
        "thirty nine centimeters|39 cm",
        "left is thirty eight|38 cm",
        "Fifty hertz|50 Hz",
        "NMES",
        "two sets of ten|2x10",
        "your total is sixty one|61",
        "It was forty four|44",
        "one thirty five|135",
        "two times a week for another eight weeks|2x/week for 8 weeks",
        "meniscus repair",
    ],
    ["swelling", "giving way"],
    ["My brother has one for his back"],
)

S(
    "af_pt08_curb_pop_in_the_chair",
    "PT",
    "discharge",
    "PT",
    "cms",
    "dev",
    {"97542": 20, "97110": 9},
    [],
    "97542x1:GP 97110x1:GP",
    """
T: Last day, Tomas. How do you feel?
P: Ready. Nervous, but ready. I go back to the warehouse office Monday.
T: Any skin issues this week, on your sitting bones?
P: No, I checked with the mirror like you said. No red marks.
T: Good. Pressure reliefs?
P: Every thirty minutes, the watch buzzes.
T: Good. Let's do the wheelchair skills test, the short one. Wheelie first. Hold the balance point.
P: Holding. Holding.
T: Twenty seconds! Now down the four inch curb, backwards first, then forwards in the wheelie.
P: Forwards scares me.
T: I'm behind you. Go. Nice.
T: That's twelve minutes so far on the chair skills. Now the ramp at the side door and the gravel.
P: The gravel is the one from my parking lot.
T: Small wheels up. Good.
P: My buddy Ray has a power chair, he says I should get one.
T: For you, with your arms, the manual chair keeps you strong. Folding it into the car now, go.
P: Frame, wheels, cushion. Done.
T: Eight more minutes there, so twenty minutes of wheelchair training in total. Two more things.
T: Strength: the rows on the cable, forty pounds, three sets of ten, and the dips on the push-up blocks.
P: Easy now.
T: That's nine minutes. Pain in the shoulders?
P: None. Not even the right one.
T: Okay. The wheelchair skills score is eighty eight percent, it was sixty one percent at the start.
P: Eighty eight.
T: Goals: independent curbs, met. Independent car transfer and loading, met. Ramp on his own, met. Gravel, met with small wheels up.
P: All met?
T: All met. You're discharged to the home program: shoulder strengthening three times a week and the wheelie practice on carpet.
P: Can I keep coming once a month just to hang out?
T: Only if something changes, then your doctor sends a new referral. You're independent.
P: Okay. Thanks for everything, Lina.
""",
    [
        "Twenty seconds|20 seconds",
        "four inch curb|4 inch curb",
        "forty pounds|40 lb",
        "three sets of ten|3x10",
        "eighty eight percent|88%",
        "sixty one percent|61%",
        "Every thirty minutes|every 30 minutes",
        "independent",
        "three times a week|3x/week",
        "gravel",
        "home program",
    ],
    ["red marks", "pain in the shoulders"],
    ["Ray has a power chair", "once a month just to hang out"],
    parts={"97542": [12, 8]},
)

# ----- OT, dev -------------------------------------------------------------------------------

S(
    "af_ot01_cords_in_the_palm",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97760": 12},
    ["97166"],
    "97166x1:GO 97760x1:GO",
    """
T: Mr. Lindqvist? Hi, I'm Priya, occupational therapy. Come on back. How's the hand?
P: Sore. The bandage came off yesterday. Dr. Amato did the release on Tuesday.
T: Right hand, ring and small fingers, for the Dupuytren's. Let me take a look. The incision's closed, some steri-strips, no drainage.
P: My brother had it too. Both hands. We call it the Viking disease at home.
T: It does run in families from up north. Any numbness at the fingertips?
P: No, I can feel everything.
T: Good, let me check with the monofilament anyway. Normal on both fingers. Fever or chills since the surgery?
P: No.
T: Pain right now, zero to ten?
P: A four. At night it's more, maybe a six.
T: Okay. Let's measure. Small finger, the middle joint, the PIP. It lacks thirty degrees of extension.
P: Before surgery it was bent way more.
T: The surgeon's note said sixty before. Ring finger PIP lacks ten. Both MCPs are straight, zero.
T: Fist: the small finger comes to two centimeters from the palm. No grip test today, it's too soon after surgery.
P: I wasn't planning on squeezing anything.
T: Swelling, figure of eight around the hand: twenty two centimeters right, twenty point five left.
P: Is that a lot?
T: A centimeter and a half more, that's expected this early. What about home, what do you need the hand for?
P: I'm retired. Woodworking, I make birdhouses. And I golf. Do I need to say the golf?
T: Golf counts. And the basics, dressing, showering?
P: My wife helps with the buttons. And the shower I keep the hand in a bag.
T: Okay, buttons with some help, showering with the bag. QuickDASH, you scored forty three.
P: That sounds bad.
T: It's what we'd expect one week out. This is a moderate complexity evaluation: a new surgery, the swelling, and you're on a blood thinner.
P: The Eliquis. For the heart rhythm.
T: Right. Now I'll make you a hand-based splint, thermoplastic, holding the two fingers straight. You'll wear it at night and between exercises.
P: Do I sleep in it?
T: Every night, for at least three months. Let me mold it. Hold still. Warm, yes?
P: Warm but fine.
T: Fabricating and fitting the splint was twelve minutes. Any rubbing anywhere?
P: A bit at the side of the wrist.
T: I'll trim it there. Better?
P: Yes.
T: Goals: the small finger PIP to within ten degrees of straight in six weeks, buttons on his own, back to the woodshop with the gloves. Twice a week for six weeks.
P: And golf?
T: We'll aim for the range in about eight weeks. Any questions for me?
P: Just the Vikings. Will they make the playoffs?
T: Not my department. See you Thursday.
""",
    [
        "moderate complexity",
        "Dupuytren",
        "lacks thirty degrees|-30",
        "Ring finger PIP lacks ten|-10",
        "A four|4/10",
        "maybe a six|6/10",
        "two centimeters from the palm|2 cm",
        "twenty two centimeters|22 cm",
        "twenty point five|20.5 cm",
        "forty three|43",
        "hand-based splint",
        "Every night",
        "Twice a week for six weeks|2x/week for 6 weeks",
        "Eliquis",
    ],
    ["numbness at the fingertips", "fever", "chills"],
    ["My brother had it too", "Will they make the playoffs"],
)

S(
    "af_ot02_cuff_on_the_fork",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 18, "97535": 10},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
t: hi jordan hi mrs bell hows everybody
p: good i ate my cereal by myself this morning with the cuff
c: he did half the bowl and then i helped
t: half the bowl is huge okay before we start i have to tell you both something about the billing
c: uh oh
t: jordan is past the medicare threshold for occupational therapy this year so were putting the k x modifier on the claim
c: does that mean it costs us more
t: no it means we say the therapy is still medically necessary and we write down why the hands and the feeding and the transfers
c: okay
t: any new skin spots on the tailbone or the heels
p: no the nurse checked friday nothing
t: good and the blood pressure any headaches or sweating like last month
p: no none of that
t: okay lets eat the fake lunch universal cuff on the right hand fork in the slot
p: the fork keeps sliding
t: tighten the strap one more hole there now scoop the beans and lift
p: got it
t: thats the tina doses you see when you bend the wrist back the fingers close
p: yeah its like a claw machine
t: exactly a claw machine now the cup with the handle both hands
p: its heavy when its full
t: we fill it halfway eight out of ten bites made it to the mouth today
c: last week it was like five
t: then from the wheelchair to the mat with the sliding board moderate assist and he did the board himself
t: all that feeding and the board transfer was eighteen minutes
c: my husband keeps saying we should just get the robot arm thing
t: thats a big conversation for the team not today
t: now the teaching part mom lets talk about the bathroom set up at home the tub bench and where the shower hose hangs
c: the hose is on the wall too high
t: a handheld shower on a slide bar at his shoulder height and a long handled sponge with a cuff loop
c: okay i can order that
t: and the splints the resting hand splints at night every night so the tina doses stays good
c: he takes them off at two in the morning
p: they itch
t: okay we can add a cotton liner that teaching and the home set up was ten minutes
c: thats it
t: thats it see you thursday and bring the fork from home so i can put the cuff slot on it
p: cool thank you
""",
    [
        "universal cuff",
        "tina doses|tenodesis",
        "eight out of ten bites|8/10",
        "half the bowl",
        "sliding board",
        "moderate assist",
        "handheld shower on a slide bar",
        "long handled sponge",
        "resting hand splints",
        "cotton liner",
        "filled halfway|fill it halfway",
    ],
    ["skin spots", "headaches", "sweating"],
    ["robot arm thing"],
    kx=True,
    has59=True,
)

S(
    "af_ot03_elbow_off_the_banister",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 12, "97140": 7},
    [],
    "97110x1:GO,CO",
    """
t: hi mister greer how is that elbow
p: stiff its stiff in the morning then it loosens up
t: any pain right now
p: a three out of ten three
t: any numbness or tingling in the pinky or ring finger
p: no numbness none
t: okay did you do the palms up palms down with the hammer at home
p: with the hammer yes my wife laughed at me
t: good lets measure elbow bent all the way
t: flexion one thirty straightening its minus twenty
p: minus twenty is that bad
t: last week it was minus thirty so thats progress now turn your palm up
t: supination is fifty five and palm down pronation seventy
p: the palm up is the hard one
t: yeah the radial head likes to complain about that one the ray deal head
p: the ray deal head ha
t: okay heat pack first then soft tissue to the forearm
p: can you do the ultrasound my cousin got ultrasound for his elbow
t: were not doing ultrasound today just the hands on
t: soft tissue around the elbow and the forearm was seven minutes
p: felt good
t: now the exercises active assisted elbow flexion and extension on the table two sets of ten
p: one two three
t: then the hammer for palm up palm down three sets of ten holding it near the head
t: and the putty squeezes the green one
p: i still cant open a jar of pickles
t: that will come grip strength we test next week
t: so the exercise was twelve minutes
p: do i keep the sling
t: no sling at home you dont need the sling anymore
p: my grandson broke his arm at soccer last year and they put him in a purple cast
t: purple is a good color
p: ok when is next time
t: tuesday keep the hammer exercise three times a day and ice after if its sore
""",
    [
        "three out of ten|3/10",
        "one thirty|130",
        "minus twenty|-20",
        "minus thirty|-30",
        "fifty five|55",
        "pronation seventy|70",
        "ray deal head|radial head",
        "two sets of ten|2x10",
        "three sets of ten|3x10",
        "putty squeezes the green|green putty",
        "three times a day|3x/day",
    ],
    ["numbness", "tingling"],
    ["cousin got ultrasound", "purple cast"],
)

S(
    "af_ot04_shears_after_the_ligament",
    "OT",
    "daily",
    "OT",
    "per-code",
    "dev",
    {"97140": 9, "97530": 16},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hey Bianca! You brought your scissors.
P: My good shears. I figured if we're practicing cuts, I want to use my own.
T: Love it. How's the wrist? It's been ten weeks since the scapholunate repair?
P: Ten weeks Monday. It aches after I blow-dry my own hair.
T: Pain now?
P: Like a two. After the hair dryer a five.
T: Any clicking or clunking in the wrist?
P: No clunk. It hasn't done that since the surgery.
T: Good. Numbness in the thumb side?
P: None.
T: Okay. Wrist extension is fifty, flexion forty. Last time forty five and thirty five.
P: Is that enough to do hair?
T: For most cuts you need about forty of each, so we're close. Let me do the joint mobilization first, the glides, then soft tissue.
P: Does that hurt?
T: Pressure only. Tell me if it's more than a three. Breathe out.
P: Two. Fine.
T: The mobs and soft tissue are separate, done now, that was nine minutes. Now the work part, at the station.
P: Okay. Mannequin head?
T: Mannequin head. Hold the comb in the left and the shears in the right. Elevate the section, point-cut the ends. Keep the wrist neutral.
P: I usually bend it back.
T: That's the habit we're changing. Elbow up instead. Good. Now the blow-dryer with the round brush, rotating the brush, not the wrist.
P: The dryer is heavy.
T: Yours at the salon is a pound and a half, this one's about the same. We do two minutes on, one minute off.
P: My boss wants me back for Saturdays by Christmas.
T: Let's see what the wrist says. That salon practice was sixteen minutes, separate from the manual time.
P: It's sore, a four now.
T: Four, okay, I'll put ice on it. Grip, let me get the dynamometer. Right forty two pounds, left sixty five.
P: My left is my strong hand now, that's funny.
T: Not funny for long. Home: the dart thrower motion with the putty, ten reps, three times a day, and the wrist brace for blow-drying.
P: The brace slows me down.
T: Wear it for blow-drying only, not for cutting. Plan is two half-days at the salon next week if it holds, clients with short hair.
P: Short hair, okay. The men's cuts.
T: Next visit Tuesday.
""",
    [
        "scapholunate",
        "Like a two|2/10",
        "Wrist extension is fifty|50 degrees",
        "flexion forty|40 degrees",
        "joint mobilization",
        "point-cut",
        "wrist neutral",
        "round brush",
        "a four now|4/10",
        "forty two pounds|42 lb",
        "sixty five|65 lb",
        "dart thrower",
        "three times a day|3x/day",
        "wrist brace for blow-drying",
    ],
    ["clicking", "clunking", "numbness"],
    ["My boss wants me back for Saturdays", "My left is my strong hand now"],
    has59=True,
)

S(
    "af_ot05_dots_on_the_stove",
    "OT",
    "progress",
    "OT",
    "cms",
    "dev",
    {"97535": 22, "97530": 10},
    [],
    "97535x1:GO,59 97530x1:GO",
    """
T: Mrs. Feld, it's Nadia. I'm on your left side. Today is your progress report.
P: Hello, dear. I can see your shape, not your face.
T: That's the macular degeneration, the middle goes. Did the new magnifier help?
P: The four times one with the light? I read my pill bottles with it now. All of them.
T: All of them, great. And the stove?
P: The bump dots, the orange ones. I put them on the off position, and on three fifty on the oven.
T: Any burns since we talked?
P: No burns. I don't wear the long sleeves to cook anymore.
T: Falls at home?
P: No falls. The tape on the basement steps helps, the yellow tape.
T: The contrast tape. Okay. Any flashes of light, or new blurry spots?
P: No, nothing new. The eye doctor saw me last week, he said stable.
T: Good. COPM first. Reading your mail. Performance, one to ten?
P: Now maybe a six. Before it was a two.
T: Satisfaction?
P: A five.
T: Cooking a simple meal?
P: Seven. Satisfied, eight.
T: Managing the pills?
P: Eight. Nine satisfied.
T: So performance averages seven, it was three point two, and satisfaction seven point three, it was two point eight.
P: Oh, that's nice.
T: Now the teaching part. Your phone's magnifier, and the talking-book player from the library. Press the big button.
P: My son set up the phone. He's an engineer, he thinks everything is easy.
T: Triple-click the side button and the zoom comes up. Try it.
P: It worked! The grocery list is big.
T: And the writing guide for checks, and labels in big black marker for the freezer. The education and home setup part was twenty two minutes.
P: That long? We were chatting.
T: Teaching, mostly. Now the doing part. Make the cup of tea with the liquid level indicator, the one that beeps.
P: Beep. It beeps when it's full. That is smart.
T: Pour, then carry it to the table with the tray. That was ten minutes.
P: My sister has the cataract surgery next month, can she come see you?
T: She'd need her own referral from her doctor.
T: Goals: reading mail, met. Pill bottles, met. Cooking a simple meal safely, met. Paying bills on her own, partly met, she still needs her son for the online bank.
P: I won't do the online bank. Too many passwords.
T: That's fine, we'll work on paper checks with the guide. Once a week for four more weeks.
P: Thank you, Nadia dear.
""",
    [
        "macular degeneration",
        "four times one with the light|4x magnifier",
        "bump dots",
        "contrast tape",
        "performance averages seven|7/10",
        "three point two|3.2",
        "seven point three|7.3",
        "two point eight|2.8",
        "liquid level indicator",
        "writing guide",
        "partly met",
        "Once a week for four more weeks|1x/week for 4 weeks",
    ],
    ["burns", "falls", "flashes of light"],
    ["My sister has the cataract surgery", "He's an engineer"],
    has59=True,
)

S(
    "af_ot06_ulnar_moved_to_the_front",
    "OT",
    "re-evaluation",
    "OT",
    "per-code",
    "dev",
    {"97110": 10},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
t: hi kenji so today is a re evaluation since the surgery moved the nerve
p: yeah they did the transposition three weeks ago the doctor sent a new order
t: okay so the cube it all tunnel release with the nerve moved to the front of the elbow
p: thats it
t: any pain
p: the incision is a two the hand is weird tingling still in the pinky
t: tingling still okay thats common the nerve wakes up slow any new weakness or dropping things
p: no not dropping anything
t: okay lets check two point discrimination on the pinky
t: eight millimeters on the pinky and five on the index
p: before surgery i couldnt feel the pinky at all
t: so better froments sign pinch the paper
p: like this
t: froments is still positive the thumb bends to cheat
p: it always does that
t: grip right thirty eight pounds left eighty
p: oof only thirty eight
t: its three weeks were not pushing it yet pinch key pinch nine pounds
t: elbow extension minus fifteen flexion one twenty five
p: i cant lean on it at my desk
t: no leaning on the elbow at the desk thats the big one pad the chair arm
p: my coworker leans on his elbows all day and hes fine
t: hes not you
t: now exercises nerve glides gentle five reps then the putty
p: the glides make it buzz
t: a little buzz is ok stop if it burns that was ten minutes of exercise
t: new goals grip to sixty pounds and typing a full day with no tingling in eight weeks
p: and the piano
t: piano in about six weeks start with ten minutes
p: my kid is learning piano too shes better than me
t: plan is twice a week for eight weeks
p: ok see you monday
""",
    [
        "cube it all tunnel|cubital tunnel",
        "transposition",
        "incision is a two|2/10",
        "eight millimeters|8 mm",
        "five on the index|5 mm",
        "froments|Froment",
        "thirty eight pounds|38 lb",
        "nine pounds|9 lb",
        "minus fifteen|-15",
        "one twenty five|125",
        "nerve glides",
        "sixty pounds|60 lb",
        "twice a week for eight weeks|2x/week for 8 weeks",
    ],
    ["dropping things"],
    ["coworker leans on his elbows", "my kid is learning piano"],
)

S(
    "af_ot07_swing_before_spelling",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97530": 18, "97110": 5},
    [],
    "97530x1:GO 97110x1:GO",
    """
T: Hi Mateo! Hi Mom. Last day today.
C: He's been counting down. Not because he doesn't like it.
P: I like the swing.
T: I know you do. Mom, how's school going with the sensory diet?
C: His teacher says he sits for circle now. Ten minutes. Before it was two.
T: Ten minutes at circle. And the meltdowns?
C: One this month. It was the fire drill at school, the noise.
T: The headphones in his backpack?
C: He forgot them that day. Otherwise he wears them in the cafeteria.
T: Okay. Any trouble with sleep or eating?
C: No, sleep is good. Eating, he eats everything now. Well, not mushrooms.
P: Mushrooms are slimy.
T: Fair. Mateo, swing first, on your belly, and reach for the bean bags.
P: Can I do the tall swing?
T: Belly swing first. Throw it in the bucket. Nice.
P: Alexa, write that I don't have to come anymore.
C: Mateo! There's no Alexa here.
T: Ha. Okay, now the obstacle course, over the pillow, crawl under the table, pick up a puzzle piece.
P: Again!
T: Then spelling words on the whiteboard standing on the balance board.
C: He writes better after swinging. I noticed it at home with the hammock.
T: That fits. The swing, the course and the spelling was eighteen minutes.
T: Now the strong-body part. Superman on the ball, hold it while I count.
P: One, two, three... that's so hard.
T: Eight seconds, last time five. And the wall push-ups. That was five minutes of the strength part.
C: My other son is going to need OT too I think, he bites his shirts.
T: Talk to his pediatrician about a referral.
T: Discharge numbers. The sensory profile, his school score went from the definite difference range to the typical range.
C: That's the form I filled out.
T: Goals: sitting at circle ten minutes, met. Using the headphones on his own, met. Writing his name on the line, met. Buttoning his coat, met.
P: I can do zippers too.
T: Zippers too. Home program: swing or hammock ten minutes before homework, heavy work like carrying the laundry basket, and the headphones.
C: Can we come back if it gets worse?
T: If things change, the doctor can send a new referral. High five, Mateo.
P: High ten!
""",
    [
        "sensory diet",
        "Ten minutes at circle|10 minutes",
        "Before it was two|2 minutes",
        "One this month|1 meltdown",
        "headphones",
        "Eight seconds|8 seconds",
        "last time five|5 seconds",
        "typical range",
        "Buttoning his coat",
        "heavy work",
        "ten minutes before homework|10 minutes",
    ],
    ["trouble with sleep"],
    ["Alexa, write that I don't have to come anymore", "bites his shirts"],
)

# ----- SLP, dev ------------------------------------------------------------------------------

S(
    "af_slp01_stutter_after_the_stroke",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92521"],
    "92521x1:GN",
    """
T: Mr. Abernathy, hi, I'm Colleen, speech therapy. Have a seat. Your neurologist sent you about the stuttering?
P: Y-y-yes. It st-started after the stroke. In M-May.
T: Okay. Take your time, I'm not in a rush. Did you ever stutter as a kid?
P: Never. N-not once. I was a, a radio man. Forty years on the air.
T: So this is new since the stroke. That matters for how we treat it. Any trouble finding words, or understanding?
P: No. The words are th-there. They just get stuck.
T: And swallowing, any coughing with drinks?
P: No. Eating is f-fine.
T: Okay. I'm going to record some speech so I can count. First, tell me about your radio days.
P: I did the m-m-morning show. Farm report, weather, the, the, the high school games on Friday.
T: Great. Now read this paragraph out loud.
P: The rainbow is a d-d-division of white light into many b-beautiful colors.
T: Okay. Now counting to twenty, then the days of the week.
P: One, two, th-three, four...
T: Interesting, you're mostly fluent on the automatic stuff. Let me look at my counts. In conversation, twelve percent of syllables stuttered. Reading, nine percent.
P: That's a lot for a radio man.
T: The stutters are mostly repetitions of the first sound, and some prolongations. No blocks where the air stops?
P: No, I don't think I get those.
T: I didn't see any. And no eye blinking, no head jerks, nothing like that. Does it change with stress?
P: On the phone it's worse. My daughter finishes my sentences.
T: The SSI-4 score comes out at twenty eight, which is the moderate range.
P: Moderate.
T: How does it make you feel, talking? On this scale, the OASES, you marked a lot of threes.
P: I don't answer the phone anymore. I used to call the grandkids every Sunday.
T: That's a big one. Your overall impact score is three point one, that's moderate to severe impact.
P: My wife says I talk less at church too.
T: Okay. So my impression: acquired neurogenic stuttering after the left hemisphere stroke, moderate. Speech therapy is recommended.
P: Can it go away?
T: Often it gets better, especially this early. We'll work on easy onsets, slowing the rate, and the phone.
P: The phone.
T: Goals: stuttering under five percent in conversation in twelve weeks, and calling the grandkids on Sunday on his own.
P: I'd like that.
T: Twice a week for twelve weeks. Any other questions?
P: Do you like country music?
T: I do, actually. See you Tuesday, Mr. Abernathy.
""",
    [
        "twelve percent of syllables stuttered|12%",
        "Reading, nine percent|9%",
        "repetitions",
        "prolongations",
        "twenty eight|28",
        "moderate range",
        "three point one|3.1",
        "neurogenic stuttering",
        "easy onsets",
        "under five percent|<5%",
        "Twice a week for twelve weeks|2x/week for 12 weeks",
        "OASES",
    ],
    ["trouble finding words", "coughing with drinks", "blocks"],
    ["Do you like country music", "Forty years on the air"],
)

S(
    "af_slp02_buzzer_at_the_bakery",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
t: hi frank hi debbie come in how did the week go with the electro larynx
p: better i ordered at the bakery on saturday the girl understood me the first time
c: she did he said a dozen rolls and she gave him a dozen rolls
t: a dozen rolls thats a win before we start i need to say something about medicare
c: okay
t: frank is past the therapy threshold for this year speech and physical therapy together so we add the k x modifier and i write that the therapy is still medically necessary because hes still learning the device
c: sounds good to me
t: any trouble with the stoma this week any bleeding or plugs
p: no no bleeding
t: any coughing when you drink
p: no not when i drink
t: okay lets get the device placed under the jaw on the right side find the sweet spot
p: here
t: little higher press firm hum for me
p: ahhh
t: good thats the spot now on off timing turn it on just before the word and off at the end
p: hello my name is frank
t: you left it on at the end a buzz tail try again
p: hello my name is frank
t: clean now the sentence list
p: i would like a coffee with cream
t: thats ten sentences i understood nine of ten without asking so ninety percent
c: at home i understand him maybe seven of ten
t: thats the over articulation part we work on make the t and the k sharper
p: coffee with cream
t: better now the phone the phone is hard with the device
p: i hate the phone
t: call debbie in the hallway
c: hello
p: its frank i need bread from the store
c: i got it all
t: three calls three understood on the phone and the pace was slower which is good
p: my buddy at the legion has the voice prosthesis the valve thing
t: thats a different option we can talk to your surgeon about later
t: home practice fifteen minutes twice a day the sentence list and one phone call a day
c: ill be his phone buddy
t: and carry the spare battery in your pocket
p: the battery died at the bakery the first time
t: see you thursday
""",
    [
        "electro larynx|electrolarynx",
        "a dozen rolls|12 rolls",
        "nine of ten|9/10",
        "ninety percent|90%",
        "on off timing",
        "buzz tail",
        "over articulation",
        "three calls three understood|3/3",
        "fifteen minutes twice a day|15 minutes 2x/day",
        "one phone call a day|1 call a day",
        "spare battery",
    ],
    ["bleeding", "coughing when you drink"],
    ["buddy at the legion has the voice prosthesis"],
    kx=True,
)

S(
    "af_slp03_story_with_the_lost_dog",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi ava hi dad ready for a story today
p: yes the dog one
c: she told her grandma about the dog story all weekend
t: the dog story it is first tell me who is in the story
p: a girl and a dog and the dog runs away
t: good characters a girl and a dog where is it
p: at the park
t: setting the park now the picture cards first what happened
p: the dog saw a squirrel and then runned away
t: ran away right ran
p: ran away and the girl was sad and crying
t: what did she feel sad good now how did she fix it
p: she maked a poster
t: she made a poster and then
p: a man called and said i got your dog
t: ending great that story had the character setting problem feelings plan and ending six parts out of six with the cards
c: wow
t: now without the cards tell me the whole thing
p: um a girl at the park had a dog and it runned no ran after a squirrel and she was sad then she made a poster and a man called
t: five out of six you forgot how it ended up at home at the end
p: oh and the dog came home
t: there it is now the passed tense game ran jumped made
p: jumped made ran
t: eight out of ten correct with one reminder on ran
c: at home she still says goed for went
t: we work on that next week the irregular verbs
t: any ear infections lately
c: no ear infections since the tubes
c: her teacher wants her tested for dyslexia should you do that
t: thats something for the school team and sandra the speech pathologist can talk with you about it
p: can i have a sticker
t: one sticker for the story
p: the sparkly dog
t: home practice read the library book and ask her who where what happened and how did it end
c: who where what happened how did it end got it
t: see you wednesday ava
""",
    [
        "six parts out of six|6/6",
        "five out of six|5/6",
        "eight out of ten|8/10",
        "one reminder|1 reminder",
        "passed tense|past tense",
        "irregular verbs",
        "character setting problem",
        "picture cards",
        "library book",
    ],
    ["ear infections"],
    ["told her grandma about the dog story", "sparkly dog"],
)

S(
    "af_slp04_swallow_after_neck_fusion",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Carol. How's the swallowing since the neck surgery? Six weeks now?
P: Six weeks tomorrow. Better. Pills still get stuck, like halfway down.
T: The big ones or all of them?
P: The fish oil. The little ones go fine.
T: Okay, let's stop the fish oil for now or ask the pharmacist about a liquid. Any coughing at meals?
P: No coughing. Just the sticking.
T: Any fevers, or a wet gurgly voice after you eat?
P: No fevers, voice is fine. It's a bit hoarse since the surgery.
T: That's common after the front neck approach. How's the diet? Still soft and bite-sized?
P: Soft, yes. I had a little bit of steak Sunday, cut very small. It went down okay.
T: Okay. So you're handling IDDSI level six at home, soft and bite-sized, and thin liquids.
P: Yes, thin. Coffee, water.
T: Great. Let's do the exercises. First the effortful swallow, squeeze hard like you're swallowing a grape whole.
P: Gulp. Like that?
T: Harder. Ten of those. Good.
T: Now the chin tuck against resistance, the ball under your chin, press down, hold for a count of ten.
P: My neck surgeon said no neck exercises.
T: Good you mention it. Let's check the order. Dr. Fisher cleared chin tucks after six weeks, it's here in the note from Tuesday. But we'll keep it gentle. Any pain?
P: No pain. Just tired.
T: Three sets of ten reps, small press only.
P: Okay.
T: Now a trial with the cracker, then sips in between. Alternate solids and liquids.
P: The cracker sticks. Wait. Sip. Gone.
T: Good, the sip clears it. Five trials, four cleared with one swallow and a sip, one needed a second dry swallow.
P: Is that good?
T: It's better than last week, two out of five then. Now a pill trial with a small candy, in applesauce.
P: That went down fine.
T: Okay. Pills in applesauce, one at a time. Home program: effortful swallows, ten, three times a day, and the chin tucks, and alternate bites and sips.
P: My husband keeps making me his famous chili. It's spicy.
T: Spicy is okay if it's soft. Let's go to level seven regular in two weeks if this keeps up.
P: Yes please, I miss my bagels.
T: See you next Wednesday.
""",
    [
        "IDDSI level six|IDDSI 6",
        "soft and bite-sized",
        "thin liquids",
        "effortful swallow",
        "chin tuck against resistance",
        "four cleared|4/5",
        "two out of five|2/5",
        "Pills in applesauce",
        "three times a day|3x/day",
        "alternate bites and sips",
        "level seven|IDDSI 7",
        "hoarse",
    ],
    ["coughing at meals", "fevers", "pain"],
    ["famous chili", "I miss my bagels"],
)

S(
    "af_slp05_left_side_of_the_menu",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "dev",
    {"97129": 15, "97130": 12},
    [],
    "97129x1:GN 97130x1:GN",
    """
T: Good afternoon, Mr. Reyes. And Mrs. Reyes. Today we write the progress report, we're at visit ten.
C: Ten already.
T: Before we start, how has the week been? Any new headaches, or new weakness?
P: No headaches, no.
C: Nothing new. He's sleeping better.
T: Good. So the goals from the right-side stroke were the attention, the left neglect on reading, and the problem-solving for meds.
P: I read the whole newspaper now. Both columns.
C: Mostly both columns. He still misses the left side on the menu at the diner.
P: That menu is too small.
T: We'll test it. Here's the cancellation sheet, cross out all the stars.
P: Done.
T: You found fifty one of fifty four stars. On the first day it was thirty eight.
C: Thirty eight, he missed the whole left side then.
T: The three you missed were all on the far left. Now the reading, this paragraph, with the red line on the left margin.
P: The county fair opens Friday at nine with the livestock show...
T: You read all of it, no words skipped on the left. Without the red line?
P: The county fair opens... Friday... oh, I skipped.
T: One line start missed. So with the anchor line it's complete, without it he misses about one in five line starts.
C: That's about right, from what I see.
T: Now the med sorting task. Here's the pill box and the list. Monday through Sunday, morning and night.
P: Metoprolol morning and night. Aspirin morning.
T: Nine of ten slots right with one verbal cue. Last month it was six of ten with lots of cues.
P: I did the Friday wrong.
T: You caught it yourself when I asked you to double-check. That's the self-monitoring we want.
C: His brother wants him to come fishing, can he drive the boat?
T: That's for his doctor and a driving evaluation, not me today. The cognitive work today was twenty seven minutes in total.
C: The boat is not happening then.
T: Goals: cancellation ninety percent or better, met at ninety four percent. Reading with the anchor line, met. Med box with no cues, partly met, one cue today.
P: So I'm almost done?
T: Almost. New goal: reading without the anchor line, and the diner menu. Twice a week for four more weeks.
C: Bring a menu from the diner next time?
T: Please. A real one is best.
""",
    [
        "fifty one of fifty four|51/54",
        "thirty eight|38/54",
        "left neglect",
        "anchor line",
        "one in five|1 in 5",
        "Nine of ten slots|9/10",
        "six of ten|6/10",
        "one verbal cue|1 verbal cue",
        "self-monitoring",
        "ninety four percent|94%",
        "partly met",
        "Twice a week for four more weeks|2x/week for 4 weeks",
    ],
    ["headaches", "new weakness"],
    ["His brother wants him to come fishing", "can he drive the boat"],
    cog=27,
)

S(
    "af_slp06_words_slip_away_slowly",
    "SLP",
    "re-evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Ms. Duarte, hello. Today is the re-evaluation, six months since the first testing.
P: Six months. It went fast. The words didn't.
C: I'm Lucia, her daughter. The neurologist said the MRI shows a little more shrinking on the left.
T: Thank you. So the diagnosis is still primary progressive aphasia, the logopenic type. Let's see what's changed. How are the conversations at home?
P: I lose the word in the middle. I know it. It's... on the tip.
C: She uses the notebook a lot now, the one we made.
T: The communication book. Good. Any trouble swallowing, or choking?
P: No. Eating, no problem.
T: Understanding what people say?
P: Short things yes. Long instructions, I get lost.
T: Okay. Naming first. What's this picture?
P: A... the thing for... an accordion? No. Harmonica.
T: Harmonica is right. You named twenty one of thirty. Six months ago it was twenty five.
C: Twenty one. So it's worse.
T: A little, yes. That's the disease, not her effort. Now repeat after me: the president lives in Washington.
P: The president lives in Washington.
T: Longer: the pastry chef baked seven apple pies for the fair on Tuesday.
P: The pastry chef... baked apples... for Tuesday.
T: Long sentences are harder, that fits the type. Repetition of long sentences, three of ten.
T: Reading aloud is still strong, nine of ten sentences. And writing her name and address, all correct.
P: I write lists. I always wrote lists.
C: Mom, tell her about the phone.
P: The phone. I don't answer if I don't know the number.
T: That's a smart strategy. Now the scripts we practiced. Order at the pharmacy.
P: Hi, I'm picking up for Duarte, D-U-A-R-T-E. Birthday March third.
T: Perfect, word for word. The script is holding up. Scripts practiced are eight of eight.
C: My aunt had Alzheimer's, is this the same thing?
T: It's a different condition, though it's also progressive. The neurologist can say more about that.
T: So the new plan: keep the scripts, add two new ones, the doctor's office and the bank, and train Lucia as her partner with the book.
C: I can do that.
T: New goals: use the communication book in three of four breakdowns, and the two new scripts. Once a week for twelve weeks.
P: Thank you. I keep trying.
T: You do. See you next week.
""",
    [
        "primary progressive aphasia",
        "logopenic",
        "twenty one of thirty|21/30",
        "it was twenty five|25/30",
        "three of ten|3/10",
        "nine of ten sentences|9/10",
        "eight of eight|8/8",
        "communication book",
        "three of four breakdowns|3/4",
        "Once a week for twelve weeks|1x/week for 12 weeks",
        "two new ones|2 new scripts",
    ],
    ["trouble swallowing", "choking"],
    ["My aunt had Alzheimer"],
)

S(
    "af_slp07_throat_closes_on_the_hill",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hey zoe hi mom last visit how did the meet go saturday
p: i ran the whole five k and i didnt get the throat thing once
c: she came in fourth in her age group
t: fourth thats amazing the first time since august with no episode
p: i did the breathing on the big hill the sniff and the blow out through the straw lips
t: the rescue breathing good so no episodes at all this week
p: one small one on tuesday at practice but i stopped it in like ten seconds
t: one small one stopped in ten seconds did you need your inhaler for it
p: no no inhaler
c: the pulmonologist says her asthma tests are normal anyway
t: right so its the vocal cords not asthma which is why the inhaler never helped
t: lets check on the treadmill same as the first day jog until you feel it
p: okay
t: talk to me while you run whats the hardest part of the hill
p: the top the last bit you feel like you cant get air in
t: any tightness now
p: no nothing
t: six minutes at the hard pace and no noise when you breathe in no strider
p: i felt it start at like five and i did the sniff
t: and it went away good so you caught it yourself
t: the disney index she filled out is eight it was twenty nine in august
c: what does that mean
t: lower is better eight is close to normal
t: goals use the rescue breathing on her own in races met no episodes that stop a run met and back to full practice met
c: so she is done
t: she is done discharged with the home program the breathing twice a day and before every race
p: can i still call you if it comes back at state
t: your mom can call and if it comes back the doctor sends a new referral
c: her friend on the team gets the same thing should she come see you
t: she would need her own doctor to send her
p: thanks for everything
t: good luck at state zoe
""",
    [
        "five k|5k",
        "fourth",
        "rescue breathing",
        "one small one|1 episode",
        "ten seconds|10 seconds",
        "six minutes|6 minutes",
        "strider|stridor",
        "disney index she filled out is eight|dyspnea index 8",
        "twenty nine|29",
        "twice a day|2x/day",
        "discharged",
    ],
    ["inhaler", "tightness"],
    ["her friend on the team gets the same thing"],
)

# ----- PT, test ------------------------------------------------------------------------------

S(
    "af_pt09_pop_chasing_the_ball",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 9},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
t: hey isaiah im rob come on back you play for the college right
p: yeah center mid i felt a pop in the back of my thigh chasing a long ball two weeks ago
t: which leg
p: left my kicking leg is the right so
t: okay did you see bruising after
p: yeah it went purple down to the knee behind
t: any numbness or tingling down the leg into the foot
p: no nothing like that
t: any back pain
p: no my back is fine
t: okay the team doctor said grade two hamstring strain no tear off the bone on the mri
p: yeah grade two
t: pain right now sitting
p: sitting on the bus is the worst like a five out of ten on the bench
t: and walking
p: walking like a two
t: lets look lie on your stomach bend your knee against me
t: knee flexion strength left four minus with pain right five
p: that one hurt
t: sorry the active knee extension test lying on your back hip at ninety
t: you lack thirty five degrees on the left and fifteen on the right so twenty degrees difference
p: is that a lot
t: its a lot but normal for two weeks straight leg raise left fifty five right eighty
p: my coach wants me back for the playoffs in three weeks
t: were going to let the tissue decide not the calendar
p: thats what everybody says
p: yo recorder write that im cleared for saturday
t: its not a person and youre not cleared
t: because its true this is a moderate complexity evaluation you have the grade two strain and you had a hamstring strain on the same side last year
p: last year was small i played through it
t: thats partly why were here lower extremity functional scale you scored fifty two out of eighty
t: now a few exercises to start eyes so metric hamstring holds on the ball bridges and the hip hinge no stretching the hamstring yet
p: no stretching
t: no hard stretching for now it can re tear those exercises were nine minutes
p: can i ride the bike
t: easy bike yes no sprints goals jog pain free in four weeks full speed sprints and cutting in six weeks and active knee extension within ten degrees of the other side
p: six weeks
t: six weeks two times a week then the return to play tests the hop and sprint tests
p: my roommate said to do cupping should i
t: i dont do cupping here lets stick to the plan
p: alright see you thursday
""",
    [
        "moderate complexity",
        "grade two|grade 2",
        "five out of ten|5/10",
        "four minus|4-/5",
        "thirty five degrees|35 degrees",
        "twenty degrees difference|20 degrees",
        "left fifty five|55",
        "right eighty|80",
        "fifty two out of eighty|52/80",
        "eyes so metric hamstring holds|isometric hamstring holds",
        "two times a week|2x/week",
        "six weeks|6 weeks",
        "bruising",
    ],
    ["numbness", "tingling", "back pain"],
    [
        "my roommate said to do cupping",
        "coach wants me back for the playoffs",
        "write that im cleared for saturday",
    ],
)

S(
    "af_pt10_socks_on_the_foam",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97112": 16, "97116": 8},
    [],
    "97112x1:GP,KX 97116x1:GP,KX",
    """
T: Mr. Castellanos, hi. Shoes off for a minute, let me look at the feet first.
P: Again with the feet.
T: Always with the feet, with the diabetes. Any new cuts or blisters this week?
P: No. My wife checks them at night with the mirror.
T: Good. Skin looks intact, no redness. Monofilament: you felt four of ten spots on the right foot, five of ten on the left.
P: Same as before?
T: About the same. The nerves aren't getting worse at least. Any falls?
P: No falls. I almost tripped on the hose, but no fall.
T: Okay. Dizzy when you stand?
P: Not dizzy, no.
T: One more thing before we start. You're past the yearly Medicare threshold for physical and speech therapy, so I'm putting the KX modifier on today's charges. It says this is still medically necessary, and my note shows why: the fall risk and the balance scores.
P: As long as I don't get a bill.
T: That's the idea. Balance first. Stand on the foam, feet apart, eyes open.
P: Okay.
T: Eyes closed now. I've got you.
P: Whoa. The floor moves.
T: That's the feet not telling you where the floor is. Now the eyes help. Look at the red dot. Step out to catch yourself, left, right, back.
P: I'm doing a dance.
T: A good one. Now head turns while walking the line. That balance block was sixteen minutes.
P: My cousin has neuropathy too, he takes some vitamin, B something.
T: He should ask his own doctor. Now gait, out in the hall. With the cane, heel first, look ahead not at your feet.
P: If I don't look I trip.
T: Glance, don't stare. Over the mat, then the ramp.
T: That gait part was eight minutes. Four Square Step Test, let's time it.
P: Forward, side, back, side.
T: Thirteen point four seconds. It was sixteen the first week.
P: Better?
T: Better. Under fifteen is below the fall-risk cutoff. Pain in the feet today?
P: The burning. A four.
T: Four. Home program: the standing balance at the kitchen counter, eyes closed, ten seconds, five times, and walking the hallway with the head turns.
P: At the counter.
T: At the counter, always. And the feet check every night. See you Monday.
""",
    [
        "four of ten spots|4/10",
        "five of ten on the left|5/10",
        "Monofilament",
        "foam",
        "eyes closed",
        "head turns",
        "cane",
        "Thirteen point four seconds|13.4 seconds",
        "sixteen the first week|16 seconds",
        "Four Square Step Test|4-square step test",
        "The burning. A four|4/10",
        "ten seconds, five times|10 seconds x5",
    ],
    ["cuts", "blisters", "falls", "Dizzy"],
    ["My cousin has neuropathy too", "As long as I don't get a bill"],
    kx=True,
)

S(
    "af_pt11_cupboard_after_reverse_shoulder",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97140": 11, "97530": 13},
    [],
    "97140x1:GP,CQ 97530x1:GP,CQ,59",
    """
t: good morning miss june how is the new shoulder
p: sore today i slept on it wrong in the recliner
t: pain now
p: a five this morning now a four
t: four out of ten okay any fever or redness at the in vision
p: no the in vision looks fine my daughter checked it
t: good still doing the precautions no reaching behind your back no pushing up from the chair with that arm
p: i know no pushing up i forgot once and it yelled at me
t: it yells for a reason okay lets warm up then ill do some hands on
t: gentle soft tissue to the deltoid and the upper trap and the shoulder blade glides
p: oh that knot is right there
t: right there ill stay on it thats eleven minutes of the manual
p: you have magic hands
t: not magic just practice now the functional part the kitchen
p: the cupboard
t: the cupboard putting the cups on the first shelf with the right arm one at a time
p: ow no thats ok
t: how high can you go shoulder height is good lets do ten cups
p: one two three
t: and then the laundry the towel folding standing and hanging the dish towel on the oven handle
p: i can do that
t: that kitchen and laundry work was thirteen minutes and i did the manual first separate from it
p: my neighbor had the regular shoulder replacement not the reverse one and he does push ups
t: different surgery different rules
t: flexion today active one hundred and five degrees last week ninety five
p: a hundred and five
t: external rotation thirty your surgeon says no more than thirty for now
p: ok
t: home exercise the pendulums the table slides and the cups at the counter once a day
p: and ice
t: ice after yes ill tell danielle your pt about the new flexion she will see you for your progress note
p: ok see you friday
""",
    [
        "four out of ten|4/10",
        "reverse",
        "deltoid",
        "shoulder blade glides",
        "ten cups|10 cups",
        "first shelf",
        "one hundred and five degrees|105 degrees",
        "ninety five|95 degrees",
        "external rotation thirty|30 degrees",
        "pendulums",
        "table slides",
    ],
    ["fever", "redness"],
    ["my neighbor had the regular shoulder replacement", "you have magic hands"],
    has59=True,
)

S(
    "af_pt12_vest_for_the_heat",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 14, "97116": 6},
    [],
    "97110x1:GP,CQ",
    """
T: Hi Renata. It's hot out, did you bring the cooling vest?
P: It's on. Under my shirt. I'd melt without it.
T: Good. How's the fatigue this week, zero to ten?
P: A six. Tuesday was a nine, I had to nap after the grocery store.
T: Okay. Any new numbness, or vision changes, anything like a flare?
P: No, nothing new. My neurologist saw me Friday, he said stable.
T: Good. Any falls?
P: No falls. I tripped on the curb but caught myself.
T: Let's start with the strength. The left leg is the weaker one. Seated leg press, sixty pounds, two sets of ten.
P: Can we do fewer reps? I want to save some energy for the walk.
T: Good thinking, that's the energy budget. We'll do two sets of eight with a rest.
P: Thanks.
T: Then the hip abduction with the band, and the step-ups on the four inch step, rest a minute between.
P: My legs feel like jelly.
T: Sit, rest, drink your water. Temperature okay?
P: The vest is working.
T: Strengthening was fourteen minutes. Now gait training, the hallway, with the left foot up brace.
P: The AFO rubs my ankle bone.
T: I'll tell the orthotist, we can pad it. Walk to the window and back. Heel first.
P: My husband thinks I should use a wheelchair for the mall.
T: A wheelchair for long distances can save energy, talk to Mariana, your PT, about it.
T: Okay, gait was eight minutes. Wait, no, we started late, the clock says six. Six minutes of gait.
P: I was slow getting up.
T: It's fine. You walked two hundred feet with the cane and the brace, one rest.
P: Two hundred!
T: Two hundred. The left toe caught twice at the end when you got tired.
P: That's when it happens.
T: Right. Home: the leg press at the gym twice a week, the band, and rest breaks every ten minutes on long walks.
P: The gym has the cold pool too, can I do that?
T: Cool water is fine for MS, ask Mariana about a plan for the pool.
P: Okay. See you Thursday.
""",
    [
        "cooling vest",
        "A six|6/10",
        "sixty pounds|60 lb",
        "two sets of eight|2x8",
        "four inch step|4 inch",
        "two hundred feet|200 feet",
        "cane",
        "toe caught twice|2 times",
        "energy budget",
        "every ten minutes|every 10 minutes",
        "foot up brace|AFO",
    ],
    ["numbness", "vision changes", "falls"],
    ["My husband thinks I should use a wheelchair for the mall"],
    fixed={"97116": 8},
)

S(
    "af_pt13_sound_waves_on_the_hip",
    "PT",
    "daily",
    "PT",
    "per-code",
    "test",
    {"97035": 8, "97140": 13},
    [],
    "97035x1:GP 97140x1:GP",
    """
t: hi gloria how was the hip this week
p: i slept on my left side for the first time in months
t: the left is the sore side
p: no the right is the sore side i slept on the left so i slept on the good side without waking up
t: okay got it right hip bursar itis how bad now
p: three maybe three and a half
t: three and a half out of ten okay any pain in the groin or the low back
p: no the groin is fine no back pain
t: any numbness down the leg
p: no
t: okay lets start with the ultrasound on the outside of the hip one megahertz one point five watts per square centimeter continuous
p: warm is good
t: tell me if it gets hot or achy the ultra sound was eight minutes
p: felt nothing really
t: thats normal now the hands on side lying pillow between the knees
t: soft tissue to the it band and the glute med and the tfl
p: ow the tfl is the one
t: i know ill go slower and then a hip joint mobilization
p: oh that cracked
t: thats just gas in the joint its fine the manual was thirteen minutes
p: my friend said the shots work faster should i get a shot
t: thats a question for doctor ahmed if it doesnt keep improving
t: side lying hip abduction strength four out of five last time three plus
p: getting stronger
t: getting stronger keep doing the clams and the side planks on your knees two sets of ten
p: the side planks i do at the ad break of my show
t: perfect timing pain after
p: a two now
t: two out of ten after okay next week same time and no stairs two at a time
p: my granddaughter runs up the stairs two at a time
t: she can
p: ha ok bye
""",
    [
        "bursar itis|bursitis",
        "three and a half out of ten|3.5/10",
        "one megahertz|1 MHz",
        "one point five watts per square centimeter|1.5 W/cm2",
        "continuous",
        "ultra sound|ultrasound",
        "hip joint mobilization",
        "four out of five|4/5",
        "three plus|3+/5",
        "two sets of ten|2x10",
        "two out of ten|2/10",
    ],
    ["pain in the groin", "numbness down the leg"],
    ["my friend said the shots work faster", "granddaughter runs up the stairs"],
)

S(
    "af_pt14_gap_above_the_belly_button",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 26, "97112": 9},
    [],
    "97110x2:GP",
    """
T: Hi Aisha, hi little one. Is it okay if she stays in the car seat right there?
P: She'll sleep, hopefully. Four months today.
T: Happy four months. So, today's your progress report. How's the core feeling?
P: Stronger. I can lift the car seat without the doming thing.
T: No doming with the car seat. Any leaking when you cough or sneeze?
P: No, not since week three of therapy.
T: Back pain?
P: A little, a two, at the end of the day from carrying her.
T: Okay. Lie back, knees bent, lift your head like a small crunch. I'm measuring the gap.
T: Above the belly button, two finger widths, about two centimeters. Six weeks ago it was four centimeters.
P: Four to two. Nice.
T: At the belly button, one and a half. Below, one. And the tissue is firmer under my fingers, that's the bigger news.
C: Mama!
P: That's my son, sorry, he's supposed to be with his dad in the waiting room.
C: Daddy said can I have a snack.
P: Yes, the crackers, go with Daddy.
T: Alright. Exercises. Breathing with the pelvic floor lift, then the heel slides, then the dead bug, two sets of ten.
P: The dead bug is my nemesis.
T: Exhale as the leg goes out. Good. Now the side plank on the knees, twenty seconds, three times. And the bird dog.
P: My friend said to just do planks and crunches.
T: Full crunches we still hold off on. Then the squat lifting the weighted car seat, fifteen pounds, two sets of eight.
P: She's fifteen pounds exactly, the doctor said.
T: So the real thing then. That strengthening was twenty six minutes.
T: Now balance while carrying, walking the line holding the car seat, and single leg stance. That was nine minutes.
P: Standing on one leg is hard after her.
T: Single leg stance: twenty two seconds right, eighteen left.
T: Goals: the gap under two and a half centimeters above the belly button, met. Lifting the car seat with no doming, met. Running, not met yet. Back pain under three, met.
P: I want to run by spring.
T: Then the new goal is a walk-run program by March. Once a week for six weeks.
P: Okay. She slept through all of it.
T: Best patient in the room.
""",
    [
        "No doming",
        "two centimeters|2 cm",
        "four centimeters|4 cm",
        "one and a half|1.5 cm",
        "a two|2/10",
        "two sets of ten|2x10",
        "twenty seconds, three times|20 seconds x3",
        "fifteen pounds|15 lb",
        "two sets of eight|2x8",
        "twenty two seconds right|22 seconds",
        "eighteen left|18 seconds",
        "Running, not met",
        "Once a week for six weeks|1x/week for 6 weeks",
    ],
    ["leaking when you cough"],
    ["My friend said to just do planks", "Daddy said can I have a snack"],
)

S(
    "af_pt15_labrum_stitched_in_may",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 13},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Hi Devon. So this is a re-evaluation. You had the second surgery, the revision, in September?
P: Right. The first labral repair was in May, and it re-tore at the gym in August. They fixed it again and shaved the bone.
T: So a new plan of care. How's the pain?
P: Sitting is the worst, in the car, a five. Walking a three.
T: Any clicking or catching in the hip now?
P: No catching since the second surgery.
T: Numbness in the thigh?
P: A little patch on the front, the surgeon said it's from the traction in the surgery. It's getting smaller.
T: Okay, a patch of numbness on the front of the thigh, improving. Crutches?
P: Off them last week. No limp, I think.
T: Let me watch. Small Trendelenburg on the right when you get tired, your hip drops a little.
P: I see it in the mirror.
T: Single-leg stance on the right, go.
P: Like this? Wobbly.
T: Eight seconds on the right, thirty on the left.
P: The left is my good side.
T: Hip flexion is ninety five, internal rotation fifteen, external rotation thirty five. Surgeon's limit is a hundred of flexion for now.
T: Strength: hip abduction three plus, extension four minus.
P: The abduction is the weak one.
T: It is. The HOS, the hip outcome score, daily living part, you're at sixty two percent.
P: What was it before surgery?
T: We don't have that from the first clinic, so today's the new baseline. Now some exercise. Clamshells with the band, bridges, and the side-lying abduction, two sets of twelve.
P: These burn.
T: Burn is the glute med waking up. Then stationary bike, no resistance, five minutes.
P: My brother says I should have just gotten a hip replacement.
T: At twenty nine, a replacement isn't where anyone starts. Exercise today was thirteen minutes.
T: New goals: walking thirty minutes with no limp, HOS over eighty percent, and back to the gym with squats to parallel at sixteen weeks if the surgeon agrees.
P: And no more lunges?
T: No deep lunges until the surgeon says. Plan is twice a week for twelve weeks.
P: Twelve weeks. Okay.
T: I'll send the new plan to Dr. Nguyen to sign. See you Friday.
""",
    [
        "a five|5/10",
        "Walking a three|3/10",
        "Trendelenburg",
        "ninety five|95",
        "internal rotation fifteen|15",
        "external rotation thirty five|35",
        "three plus|3+/5",
        "four minus|4-/5",
        "sixty two percent|62%",
        "two sets of twelve|2x12",
        "thirty minutes with no limp|30 minutes",
        "twice a week for twelve weeks|2x/week for 12 weeks",
        "patch of numbness",
        "Eight seconds on the right|8 seconds",
    ],
    ["clicking", "catching"],
    ["My brother says I should have just gotten a hip replacement"],
)

S(
    "af_pt16_spine_like_bamboo",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 16, "97112": 7},
    [],
    "97110x1:GP",
    """
T: Hi Marcus. Last visit. How's the back and the neck this week?
P: Morning stiffness is down to about thirty minutes. It used to be two hours.
T: That's a big change. Pain?
P: A three in the morning, by lunch a one.
T: The new biologic helping, you think?
P: That and the exercises. The rheumatologist is happy.
T: Any eye redness or pain, like the iritis you had?
P: No, not since last spring.
T: Chest pain when you breathe deep?
P: No.
T: Okay, let's measure. Breathe all the way out. Now all the way in. Chest expansion, four centimeters. It was two and a half at the start.
P: I've been doing the breathing.
T: It shows. Modified Schober, bend forward. Three point five centimeters of change, from two point five.
T: Wall to tragus, back of the head, twelve centimeters, was fifteen.
P: I'm getting taller!
T: Straighter, anyway. BASFI, you scored three point one, from five point eight.
P: I'll take it.
T: Exercises, the full routine to check your form. Prone press-ups, thoracic extension over the foam roller, the chin tucks, the cat-camel.
P: My wife does the cat-camel in her yoga.
T: She's in good company. Then the rows, green band, three sets of fifteen. That was sixteen minutes.
T: Balance, standing on the half roller, reaching. Seven minutes.
P: That one is still hard. I look down.
T: Eyes up, that's the neck. Okay. Goals: chest expansion over three and a half centimeters, met. Morning stiffness under forty five minutes, met. Back to swimming laps, met.
P: Twenty laps Saturday.
T: Twenty laps, great. You're discharged to the home program: the daily routine, swimming three times a week.
P: Can I come back if I flare?
T: Yes, with a new referral from the rheumatologist. Keep the posture checks at work, every hour.
P: The phone reminder. Yes.
T: Any questions about what to do in a flare?
P: Ice or heat when it flares?
T: Heat in the morning, and keep moving, gently. Nothing heroic.
P: Got it. Thanks, Jen.
""",
    [
        "about thirty minutes|30 minutes",
        "A three in the morning|3/10",
        "four centimeters|4 cm",
        "two and a half at the start|2.5 cm",
        "Three point five centimeters|3.5 cm",
        "twelve centimeters|12 cm",
        "three point one|3.1",
        "five point eight|5.8",
        "three sets of fifteen|3x15",
        "Twenty laps|20 laps",
        "discharged",
        "three times a week|3x/week",
        "Modified Schober",
    ],
    ["eye redness", "Chest pain"],
    ["My wife does the cat-camel in her yoga", "I'm getting taller"],
)

# ----- OT, test ------------------------------------------------------------------------------

S(
    "af_ot08_tight_skin_cold_fingers",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 10},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
t: hi miss oduya im hannah from o t your rheumatologist sent you for your hands
p: yes the scleroderma the skin is getting tight and i cant make a fist anymore
t: when did it start
p: the fingers turning white in the cold three years ago then the tight skin last year
t: so the ray nods first okay any open sores on the fingertips right now
p: one on the right pointer it is healing the doctor is watching it
t: i see it small and dry no redness around it
t: any trouble swallowing or heartburn
p: heartburn yes the doctor gave me a pill for that
t: okay any shortness of breath
p: no not at all
t: lets measure make a fist as far as you can
t: fingertip to palm the index is three centimeters the middle two and a half the small finger four
p: i used to make a fist like a boxer
t: grip right twenty eight pounds left thirty
p: i work at the bank counting bills i drop the coins
t: coins and bills are a fine motor job that matters the cochin scale you scored twenty two
p: is that bad
t: it means moderate trouble with hand tasks buttons and jars and writing
p: jars i give to my son
t: this is a moderate complexity evaluation with the skin the sore on the finger and your work
t: now teaching the joint protection and the skin care lotion twice a day gloves when you touch the freezer warm water before you type
p: warm water before work ok
t: use the jar opener and the wide pens and keep the hands warm with the mittens even inside the store in summer
p: my sister has lupus she has the same cold fingers
t: that sounds hard for her too
t: also no paraffin today we wait until the fingertip sore is healed
p: ok no wax
t: the teaching and the home set up was ten minutes
t: goals type a full shift without stopping for cold in six weeks fingertip to palm under two centimeters and open jars with the opener on your own
p: that would be good
t: twice a week for six weeks
p: ok thank you hannah
""",
    [
        "moderate complexity",
        "scleroderma",
        "ray nods|Raynaud",
        "right pointer",
        "three centimeters|3 cm",
        "two and a half|2.5 cm",
        "twenty eight pounds|28 lb",
        "twenty two|22",
        "joint protection",
        "lotion twice a day|2x/day",
        "jar opener",
        "under two centimeters|2 cm",
        "twice a week for six weeks|2x/week for 6 weeks",
    ],
    ["shortness of breath"],
    ["my sister has lupus"],
)

S(
    "af_ot09_husband_learns_the_cues",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97530": 16, "97535": 12},
    [],
    "97530x1:GO,CO,KX 97535x1:GO,CO,59,KX",
    """
T: Good morning, Edith. Good morning, Harold.
C: Morning. She's in a good mood today, she remembered the cat's name.
P: Pepper. His name is Pepper.
T: Pepper. Okay, before we start, Harold, one thing about the insurance. Edith has passed the Medicare threshold for occupational therapy this year, so we put the KX modifier on the bill. It says the therapy is still medically necessary, and our notes show why: the dressing and the safety at home.
C: Fine by me. Just don't stop coming.
T: We're not stopping. Any falls since Thursday?
C: No falls. She got up at night once and I heard her.
T: Any wandering out of the house?
C: No, the chime on the door works.
T: Good. Edith, let's get dressed for a walk. Here's your sweater.
P: That's not mine.
T: It's the one you brought. Arm in first, the left one.
P: Left. Like this?
T: Good. Now the other. Now the buttons, start at the bottom.
P: I don't like buttons.
T: One at a time. Bottom one. Yes.
C: At home she puts the sweater on upside down sometimes.
T: That's why we lay it out face down, collar away from her. Edith, shoes now. Velcro, easy.
P: Easy.
T: Then the sandwich, I lay out the bread, the cheese, the knife. Edith, make it like for Harold.
P: He likes mustard.
T: All of that, dressing and the sandwich, was sixteen minutes. She needed step-by-step cues for the buttons and set-up for the sandwich, no hands-on help.
C: She used to cook for twelve at Thanksgiving.
T: Now Harold, your part. When she gets stuck, one instruction at a time, short words, and show her.
C: I tend to do it for her.
T: Everyone does. Wait ten seconds before you help. And the stove knob covers, did you get them?
C: I got them on Amazon. They're on.
T: Good. The pill box with the alarm, and the big calendar by the coffee pot, one day crossed off at a time.
C: My brother says we should put her in a home.
T: That's a family decision, and there's a social worker at the clinic if you want to talk it through.
C: Maybe. I'll think.
T: That teaching and the home safety part was twelve minutes. Edith, any pain today?
P: No. No pain.
T: Good. Home: lay out the clothes the night before, in order, and let her do the sandwich with set-up. See you Tuesday.
""",
    [
        "step-by-step cues",
        "set-up",
        "face down, collar away",
        "one instruction at a time|1 instruction at a time",
        "ten seconds|10 seconds",
        "stove knob covers",
        "pill box with the alarm",
        "big calendar",
        "chime on the door",
        "Velcro",
        "lay out the clothes the night before",
    ],
    ["falls", "wandering", "pain"],
    ["My brother says we should put her in a home", "cook for twelve at Thanksgiving"],
    kx=True,
    has59=True,
)

S(
    "af_ot10_arm_after_the_motorcycle",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 13, "97112": 6},
    [],
    "97110x1:GO,CO",
    """
t: hey dustin how is the arm this week
p: the biceps twitched on sunday first time since the crash i saw it move
t: thats huge the nerve is coming back
p: the doctor said the bracket plexus might take a year or two
t: the brachial plexus yes slow but that twitch is a good sign pain today
p: the burning in the hand is a six at night in the day a four
t: six at night four in the day any new numbness higher up the arm
p: no nothing new
t: are you wearing the sling when you walk around
p: yeah so it doesnt hang and pull
t: good lets check biceps bend your elbow with me helping
t: biceps is a two minus with gravity out of the way it was zero last month
p: two minus thats a number at least
t: deltoid still zero wrist extension three minus
t: now exercises range of motion passive for the shoulder and the elbow ten reps each
p: the shoulder pinches
t: ill stay under the pinch then the elbow bending with the skate board on the table
p: like a skateboard for my arm
t: exactly slide it toward you bend the elbow
t: that was thirteen minutes of the exercise
t: now the neuromuscular part with the mirror box watch the good hand in the mirror and try with the bad one
p: weird it looks like both hands are moving
t: thats the point its training the brain that was six minutes
p: my buddy who crashed with me only broke his leg hes already riding again
t: thats his story lets focus on yours
p: fair
t: home exercise passive range twice a day the skate board and the mirror ten minutes a day
p: can i get the electric stim machine for home
t: thats a question for your therapist and the doctor not today
p: ok see you friday
""",
    [
        "bracket plexus|brachial plexus",
        "a six at night|6/10",
        "in the day a four|4/10",
        "two minus|2-/5",
        "three minus|3-/5",
        "ten reps each|10 reps",
        "skate board",
        "mirror box",
        "sling",
        "twice a day|2x/day",
        "ten minutes a day|10 minutes",
    ],
    ["new numbness"],
    ["my buddy who crashed with me", "electric stim machine for home"],
)

S(
    "af_ot11_saw_took_the_fingertip",
    "OT",
    "daily",
    "OT",
    "cms",
    "test",
    {"97140": 10, "97530": 14},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
t: morning luis how is the finger
p: the stump is still touchy when i bump it on stuff
t: the index finger amputation at the middle bone from the table saw six weeks ago right
p: six weeks friday
t: any redness or oozing on the tip
p: no its closed
t: good the scar looks healed pain now
p: a two unless i bump it then its like an eight for a second
t: okay two at rest we will work on that bump sensitivity first the desensitization
t: the rice bin then the textures the velcro the carpet the rough one
p: the rough one is the worst
t: start with the soft one and move up then i do scar massage on the tip
p: my wife says i should get a fake finger
t: we can talk about that with the doctor later thats the hands on part ten minutes
t: now work stuff you brought the tape measure and the pencil
p: yeah and the nails
t: hold the pencil with the thumb and the middle finger mark the board then start the nail
p: i keep trying to use the finger that isnt there
t: thats normal the brain still has the map lets do ten nails
p: ten nails done
t: now the drill switch with the middle finger
p: the drill feels ok
t: fourteen minutes of the work tasks and i kept it in its own block after the desensitization
p: my boss said i can come back for light duty in two weeks no saws
t: no saws for now light duty yes pinch strength lateral pinch twelve pounds last time nine
p: thats better
t: home do the rice bin ten minutes three times a day and wear the silly cone sleeve at night
p: the sleeve ok
t: any questions for me
p: when can i use the table saw again
t: not until the doctor clears you we talk about it at the progress note
t: next time the rough textures and the hammer
""",
    [
        "desensitization",
        "rice bin",
        "scar massage",
        "a two unless i bump it|2/10",
        "like an eight|8/10",
        "ten nails|10 nails",
        "lateral pinch twelve pounds|12 lb",
        "last time nine|9 lb",
        "silly cone sleeve|silicone sleeve",
        "three times a day|3x/day",
        "light duty",
    ],
    ["redness", "oozing"],
    ["my wife says i should get a fake finger"],
    has59=True,
)

S(
    "af_ot12_baby_reaches_for_the_rattle",
    "OT",
    "progress",
    "OT",
    "per-code",
    "test",
    {"97530": 12, "97110": 8},
    [],
    "97530x1:GO 97110x1:GO",
    """
T: Hi Noor, hi baby Sami. Today's his progress report, so I'll be measuring a bit more than usual.
C: He's been reaching with his right arm at home! For the bottle.
T: That's the weak arm. That's great. How's he sleeping, any crying when you dress the right arm?
C: No crying with dressing now, he used to scream. He sleeps fine.
T: Okay. He's seven months today?
C: Seven months Saturday.
T: Let's look. Sami, look at the rattle! He lifts the right shoulder to about ninety degrees when he reaches. Last month about sixty.
C: He looks like he's waving.
T: He does. Elbow bending against gravity: yes, now he brings the hand to his mouth on the right.
C: He chews everything now.
T: Active Movement Scale, the elbow flexion is now a six out of seven, it was three.
C: Six out of seven.
T: Shoulder external rotation is still the weak one, a two. Let me do the stretches, external rotation and the arm across.
P: Waah.
T: I know, buddy, almost done. Passive external rotation is at seventy degrees, good.
C: He hates that stretch.
T: Everybody does. The stretching and the range part was eight minutes.
T: Now play. On his tummy, reaching for the ball with the right hand. Then sitting, with the toys up high, on the right.
C: Should I stop putting toys on the left?
T: Put them in the middle and the right. Not only the right, or he'll twist. Here's the stacking cups.
P: Ba ba ba.
T: He's talking to the cups. He grabbed it with the right! Then he passed it to the left.
C: He does that at home too.
T: The play-based reaching was twelve minutes.
C: My mother says we should have taken him to the chiropractor.
T: The surgeon at the plexus clinic would want to hear about anything like that first.
T: Goals: hand to mouth on the right, met. Reaching at shoulder height, met. Weight-bearing on the right arm on his tummy, partly met. Rolling both ways, met.
C: So we keep coming?
T: Yes, once a week for twelve more weeks, and his next plexus clinic visit is in January.
C: January tenth.
T: Keep the stretches with every diaper change.
""",
    [
        "ninety degrees|90 degrees",
        "about sixty|60 degrees",
        "hand to his mouth",
        "six out of seven|6/7",
        "it was three|3/7",
        "seventy degrees|70 degrees",
        "stacking cups",
        "partly met",
        "once a week for twelve more weeks|1x/week for 12 weeks",
        "every diaper change",
        "Active Movement Scale",
    ],
    ["crying when you dress"],
    ["My mother says we should have taken him to the chiropractor"],
)

S(
    "af_ot13_arm_hangs_in_the_sling",
    "OT",
    "re-evaluation",
    "OT",
    "cms",
    "test",
    {"97110": 12},
    ["97168"],
    "97168x1:GO 97110x1:GO",
    """
T: Mr. Kowalski, hi. And this is your daughter?
C: Anna. I'm here for the re-evaluation, they said to bring a family member.
T: Thank you. So, it's been eight weeks, and the doctor changed things: the shoulder subluxation showed up on the X-ray.
P: The arm pulls. Like it's too heavy.
T: The left arm. Let me feel. One finger width gap at the shoulder, under the bone.
C: It was two at the hospital, they said.
T: That's in their notes too, yes. Pain in the shoulder?
P: A five when it hangs. When it's on the pillow a two.
T: Okay. Any swelling in the hand?
P: No.
C: No swelling, I check it every night.
T: Good. Movement: he can shrug, and the elbow bends halfway. Fingers are starting, a little grasp.
P: I can hold the cup handle if she puts it in.
T: Fugl-Meyer upper extremity, twenty four out of sixty six. At the start it was fourteen.
C: Fourteen to twenty four.
T: Yes. Box and Block, left hand, three blocks. Right hand fifty one.
P: Three. Ha.
T: Three is three more than zero. Dressing: upper body with moderate assist, lower body with minimal assist. Eating with set-up.
C: He still wants me to cut the meat.
T: We'll work on the rocker knife. Now the sling, the new one from the orthotist. Let's try it on.
P: It's hot.
T: Wear it when you're up walking, not sitting. In the chair, the arm on the lap tray.
C: The neighbor said to use kinesiology tape, is that a thing?
T: We can talk to the team about taping. Exercises now: table slides, the towel on the table, and weight-bearing on the left hand, ten each.
P: Ten.
T: That exercise part was twelve minutes.
T: New goals: upper body dressing with minimal assist in six weeks, Box and Block to ten, and the arm never left hanging.
P: Never hanging.
T: Twice a week for eight more weeks.
C: And I learn the sling?
T: You'll put it on him right now while I watch.
C: Okay, strap here?
T: Over the other shoulder. Good.
""",
    [
        "subluxation",
        "One finger width|1 finger width",
        "A five when it hangs|5/10",
        "on the pillow a two|2/10",
        "twenty four out of sixty six|24/66",
        "it was fourteen|14/66",
        "three blocks|3 blocks",
        "fifty one|51",
        "moderate assist",
        "minimal assist",
        "rocker knife",
        "lap tray",
        "Twice a week for eight more weeks|2x/week for 8 weeks",
    ],
    ["swelling in the hand"],
    ["The neighbor said to use kinesiology tape"],
)

S(
    "af_ot14_thumb_back_on_the_slopes",
    "OT",
    "discharge",
    "OT",
    "per-code",
    "test",
    {"97110": 14, "97530": 8},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: Hi Freya. Last visit! How's the thumb?
P: Good. I went skiing last weekend with the brace and didn't think about it once.
T: With the brace, okay. Any pain?
P: Zero most days. A one after a long day of typing.
T: A one. Any instability, like the thumb giving way when you pinch?
P: No, nothing like that. It feels solid.
T: Numbness along the thumb?
P: No.
T: Good. Let's measure. Thumb MP flexion forty five, IP seventy.
T: Key pinch, fourteen pounds. The left is sixteen.
P: Almost even.
T: Tip pinch ten pounds, left eleven. Grip sixty eight pounds, left seventy two.
P: Way better than the nine pounds at the start.
T: Way better. Strengthening now, the full list. Putty pinches, the rubber band spreads, the wrist curls with the three pound weight, two sets of fifteen.
P: I do these at my desk.
T: Good. That was fourteen minutes.
T: Now the ski poles. Grip, plant, push, and let go. Then the jar, the key in the lock, and the zipper on your ski jacket.
P: The zipper was the hardest in week one.
T: Now it's easy. That part was eight minutes.
P: My brother broke his thumb snowboarding, maybe he'll come see you.
T: He'd need his own referral.
T: QuickDASH at discharge, you scored four point five. At the start sixty one.
P: Four point five!
T: Goals: key pinch at least eighty percent of the other side, met, about eighty eight percent. Skiing with the brace, met. Typing a full day, met.
P: Do I need the brace forever?
T: For skiing this season, yes. Not for daily things anymore.
P: Can I keep the putty?
T: It's yours. Discharged to the home program, the pinch and the putty three times a week.
T: Any questions?
P: When do I stop icing it?
T: You can stop, unless it is sore after skiing.
P: Thanks, Ines.
""",
    [
        "A one|1/10",
        "MP flexion forty five|45 degrees",
        "IP seventy|70 degrees",
        "fourteen pounds|14 lb",
        "Tip pinch ten pounds|10 lb",
        "sixty eight pounds|68 lb",
        "three pound weight|3 lb",
        "two sets of fifteen|2x15",
        "four point five|4.5",
        "sixty one|61",
        "eighty eight percent|88%",
        "three times a week|3x/week",
        "brace",
    ],
    ["instability", "numbness"],
    ["My brother broke his thumb snowboarding"],
)

# ----- SLP, test -----------------------------------------------------------------------------

S(
    "af_slp08_air_through_the_nose",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92524"],
    "92524x1:GN",
    """
t: hi elijah hi grandma im miss tamara come sit on the big chair
c: say hi elijah
p: hi
t: so grandma the cleft team sent him to check his voice and the sound through the nose he had the palate repaired when he was a baby
c: at ten months yes and the lip at three months he is five now
t: any milk or food coming out of his nose when he eats
c: no not since he was little
t: does he snore at night
c: no he sleeps quiet
t: okay elijah can you say papa
p: mama
t: papa with your lips pop pop
p: papa
t: i heard air come out of the nose there let me put the little mirror under the nose say papa again
p: papa
t: the mirror fogs so there is nasal air emission on the p sound and on the b
c: is that the hole in the roof of the mouth
t: it could be the back of the palate not closing all the way velo pharyngeal we call it
t: lets count to ten elijah
p: one two three four five six seven eight nine ten
t: on the six and seven the s sounds go to the throat global stops like a little click in the throat
c: he talks like that all the time
t: the voice is hyper nasal moderate on the sentences like buy baby a bib
p: buy baby a bib
t: now pinch your nose and say it again
p: buy baby a bib
t: it changes a lot with the nose pinched so thats hyper nasal resonance intelligibility to me about sixty percent in sentences
c: his teacher understands him less than that maybe half
t: grandma can you tell me what his mom and dad say about his talking
c: his mom is in the army overseas his dad works nights so mostly me
t: thank you that helps
c: his cousin has a lisp should she come too
t: she would need her own referral
t: so my impression is moderate hyper nasality with nasal air emission and compensatory global stops and we send a note to the cleft team for the scope of the palate the nasal endoscopy
c: a camera
t: a small camera through the nose the doctor decides about surgery speech therapy works on the global stops now
t: goals making the p b t d in the mouth with no throat sound in words eight of ten and once a week for twelve weeks
c: okay we can come on fridays
t: fridays are good bye elijah
p: bye
""",
    [
        "palate repaired",
        "nasal air emission",
        "velo pharyngeal|velopharyngeal",
        "global stops|glottal stops",
        "hyper nasal|hypernasal",
        "sixty percent|60%",
        "maybe half|50%",
        "nasal endoscopy",
        "cleft team",
        "eight of ten|8/10",
        "once a week for twelve weeks|1x/week for 12 weeks",
        "mirror fogs",
    ],
    ["coming out of his nose", "snore"],
    ["his cousin has a lisp", "his mom is in the army overseas"],
)

S(
    "af_slp09_head_lifts_and_minced_meals",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Petrov. How did the week go with the minced food?
P: Boring. Everything looks like baby food.
C: I'm Olga, his daughter. He complains but he eats.
T: That's fair. Any coughing during meals this week?
C: Once, with the soup. He was talking and eating.
T: Talking while eating, okay. Any fever, or chest congestion?
C: No fever. His lungs were clear at the doctor Monday.
T: Good. One thing before we start. Mr. Petrov is past the Medicare therapy threshold for the year, speech and physical therapy together. So I add the KX modifier, and I document that the swallowing therapy is still medically necessary: the stroke, the thickened liquids, the cough with soup.
C: He still needs it, yes.
T: Let's start with the exercises. Head lifts lying back, the Shaker: lift your head, look at your toes, hold.
P: Ugh. Like sit-ups for the neck.
T: Hold... thirty seconds. Three of those.
P: My neck is on fire.
T: Rest. Then the chin tuck against resistance with the ball, ten times.
T: Now the tongue hold, the Masako, tongue between the teeth and swallow.
P: That's impossible.
T: It's hard, that's why it works. Five of them.
T: Now trials. Level five minced and moist, the chicken. Small bites, chin down.
P: Okay.
T: Good swallow. Now mildly thick water, level two, from the cup, small sips.
P: Still tastes like glue.
T: Ten trials of the mildly thick, no coughing, no wet voice. Nine out of ten bites of the minced with one swallow, one needed a second swallow.
C: Can he have regular coffee? He misses his coffee.
T: Not thin yet. The coffee thickened to level two. We'll try thin liquids again with a video swallow study when the doctor orders it.
C: His brother in Moscow had the same stroke, they let him drink everything.
T: Every swallow is different. For your dad, mildly thick is the safe one right now.
P: Okay. Fine.
T: Home program: head lifts three times a day, the chin tucks, the Masako five times, and sit upright thirty minutes after meals.
C: Thirty minutes. Got it.
T: And no talking with food in the mouth.
P: She talks, I listen.
T: Good plan. Next visit Thursday.
""",
    [
        "Shaker",
        "thirty seconds|30 seconds",
        "chin tuck against resistance",
        "Masako",
        "Level five minced and moist|IDDSI 5",
        "level two|IDDSI 2",
        "Ten trials|10 trials",
        "Nine out of ten|9/10",
        "three times a day|3x/day",
        "thirty minutes after meals|30 minutes",
        "video swallow study",
        "with the soup",
    ],
    ["fever", "wet voice"],
    ["His brother in Moscow had the same stroke"],
    kx=True,
)

S(
    "af_slp10_turtle_talk_at_lunch",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi owen hi dad how was school this week
p: good we had a pizza party
c: he had a bumpy day on thursday when he was reading out loud in class
t: reading out loud is a hard one owen did you use turtle talk
p: i forgot
t: thats ok thats why we practice today any kids teasing you about it
p: no nobody teases me
c: his teacher said the class is nice about it
t: good lets warm up with the easy on set breathe and start the word soft
p: aaaapple
t: nice and soft now the car game tell me what you see
p: a red car a blue truck a big big bus
t: big big bus was that a bump
p: yeah a little bump
t: good catching i counted eighteen out of twenty smooth in the car game
c: eighteen
t: now the book page read with turtle talk
p: the the dog ran to the park
t: one bump there then smooth the rest in the reading sixteen out of twenty sentences smooth
p: sixteen
t: now conversation tell me about the pizza party
p: we had pepperoni and my friend jack spilled the juice
t: ha jack
p: and i i i wanted the cheese one
t: that was a bumpy one did you feel it
p: yeah i stopped and did it again turtle
t: thats the fix stop and try again smooth fourteen out of twenty in talking
c: his older sister used to stutter too when she was small she grew out of it
t: lots of kids do
t: home practice five minutes of turtle talk at dinner and praise when he is smooth
c: five minutes at dinner ok
p: can i get a sticker
t: pick one
p: the shark
t: see you next tuesday owen
""",
    [
        "turtle talk",
        "easy on set|easy onset",
        "eighteen out of twenty|18/20",
        "sixteen out of twenty|16/20",
        "fourteen out of twenty|14/20",
        "stop and try again",
        "five minutes of turtle talk at dinner|5 minutes",
        "bumpy",
    ],
    ["teasing"],
    ["his older sister used to stutter", "jack spilled the juice"],
)

S(
    "af_slp11_after_the_meningioma",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {"97129": 14},
    [],
    "97129x1:GN",
    """
T: Hi Mrs. Achebe. How have you been since the surgery? It's eight weeks now?
P: Eight weeks Tuesday. The headaches are gone. But I lose things. My keys, my reading glasses.
T: Okay. Are you still using the notebook?
P: The memory notebook, yes. I forget to look in it sometimes.
T: That's normal at first. Any dizziness, or seizures since the surgery?
P: No seizures. No dizziness.
T: Good. Let's start with a five-word list. I'll say them, you repeat. Apple, river, candle, doctor, blue.
P: Apple, river, candle, doctor, blue.
T: Great. Hold on to those, I'll ask later. Now the planning task. Here's your week. Church Sunday, pharmacy Tuesday, your daughter's visit Thursday, the dentist Friday at two.
P: Okay, I write them in the calendar.
T: Which day is busiest?
P: Friday. Dentist, and the grocery order.
T: Good. Now an alarm for the pill at eight in the evening, set it on the phone.
P: Eight PM. Done. It says "pill."
T: Label it with the name, so you know which pill.
P: Levetiracetam. I can't spell that.
T: Write Keppra, that's fine. Now the words from before.
P: Apple... river... candle... and... I don't know.
T: You got three of five without help. With a hint, "a profession"?
P: Doctor!
T: Four of five with a cue. Last week was two of five.
P: I'm getting better.
T: You are. Now the keys problem. Where do they go when you come home?
P: The bowl by the door. My husband moves it.
T: Let's tape a label on the bowl. The cognitive work today was fourteen minutes, we started late because of the parking.
P: Sorry, the garage was full.
T: Any questions about the notebook?
P: Should I write in it at night too?
T: Yes, a short line before bed: what you did, and what is tomorrow.
T: Not your fault. Home practice: the notebook check at breakfast, lunch and dinner, and the five-word game with your daughter.
P: My daughter is a teacher, she'll like that.
T: She'll be good at it. See you next week, same time.
""",
    [
        "memory notebook",
        "five-word list|5-word list",
        "three of five|3/5",
        "Four of five with a cue|4/5",
        "two of five|2/5",
        "calendar",
        "eight in the evening|8 PM",
        "Keppra",
        "bowl by the door",
        "breakfast, lunch and dinner",
    ],
    ["seizures", "dizziness"],
    ["the garage was full", "My daughter is a teacher"],
    cog=14,
)

S(
    "af_slp12_picture_for_the_crackers",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Leo! Hi Mrs. Santos. Today is his progress report, so I'll be counting a lot.
C: He brought his book! He carries it everywhere now.
T: His PECS book, wonderful. How's it going at home?
C: He asks for crackers with the picture every day. And juice. And the iPad.
T: The iPad, of course. Any new words out loud?
C: "More." He says "more" now. And "no," very clearly.
T: "No" is a great word for a four-year-old. Any biting or hitting when he can't get something?
C: Less. None this week, actually. Last month, a lot.
T: That's the communication working. Let's play. Leo, what do you want?
P: Buh!
T: He handed me the bubbles picture. You want the bubbles! Here you go. Now we're on Phase four, the sentence strip: "I want" plus the picture.
C: He's still learning that part.
T: Leo, build it. "I want" ... bubbles. Good!
P: Bubbles.
T: He said it! Eight of ten requests with the sentence strip, with a gesture prompt on two.
C: At the start he only did the single pictures.
T: Right, at the start single pictures, three of ten on his own. Now ten of ten single pictures.
P: More.
T: More bubbles. Good. Now the commenting, "I see" with the airplane.
C: His grandmother thinks he'll grow out of it and we should stop the pictures.
T: The pictures help words come, they don't stop them. That's what the research shows.
C: I'll tell her.
T: Now the play with the farm, turn-taking. My turn, your turn.
P: Moo.
T: Moo! Turn-taking: four turns in a row, last month one.
C: He loves the cow.
T: Goals: requesting with the single picture across people, met. The sentence strip, partly met, eight of ten. Two new spoken words, met, "more" and "no." Turn-taking three turns, met.
C: So we keep going.
T: New goals: commenting with "I see," and the sentence strip at daycare. Twice a week for twelve more weeks.
C: Daycare, I'll bring them a copy of the book.
T: Perfect. Bye, Leo.
""",
    [
        "PECS",
        "Phase four|Phase 4",
        "sentence strip",
        "Eight of ten requests|8/10",
        "gesture prompt on two|2 gesture prompts",
        "three of ten|3/10",
        "ten of ten single pictures|10/10",
        "four turns in a row|4 turns",
        "partly met",
        "Twice a week for twelve more weeks|2x/week for 12 weeks",
        'He says "more" now|says more',
    ],
    ["biting", "hitting"],
    ["His grandmother thinks he'll grow out of it"],
)

S(
    "af_slp13_tired_by_the_third_bite",
    "SLP",
    "re-evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
T: Mrs. Whitfield, hello. Today is the re-evaluation. Your neurologist changed your medicine since we last saw you?
P: The Mestinon went up, and I had the IVIG in October.
T: Okay. For the myasthenia. How is the swallowing now?
P: Better in the morning. By dinner, I'm tired, my jaw gets tired, and food sits in my throat.
T: Any choking, or food going down the wrong way?
P: No choking. I cough sometimes at dinner.
T: Any pneumonia since we met?
P: No, no pneumonia.
T: Weight?
P: I've gained back four pounds. I'm at one thirty two.
T: Good. Let's do the meal. Time your dose like you usually do?
P: I took it at eleven thirty, so now is good.
T: Okay, thin water by cup first. Small sip.
P: Fine.
T: Voice after is clear. Now three ounces of water, straight through.
P: Done. A little cough at the end.
T: A cough at the end of the three-ounce test. Let's do the soft solid, the meatball.
P: Chewing is work. I'm getting tired already.
T: Let's count the chews. Twenty two chews, that's a lot. Third bite is slower than the first.
P: See? By the third bite.
T: By the third bite the chewing slows and you need two swallows. Voice is a little nasal now too.
P: My voice does that at dinner.
T: That fits the fatigue. Now the pudding, level four. Easy?
P: Easy.
T: Okay. So: thin liquids okay by single sips, cough with the big drink, and fatigue with chewing solids by the third bite.
P: So what do I eat?
T: The bigger meal at lunch when the medicine peaks, soft and bite-sized at dinner, IDDSI six, and rest breaks between bites. Thin liquids by sips, no big gulps.
P: And my husband's barbecue?
T: At lunch, cut small.
T: FOIS today is level five. At the start it was four.
P: Five.
T: New goals: eating a full lunch with no cough, using the rest breaks on her own, and keeping the weight. Once a week for eight weeks.
P: Okay. My sister in Ohio has it too, but hers is only the eyes.
T: It can be very different from person to person. See you next Monday.
""",
    [
        "myasthenia",
        "Mestinon",
        "four pounds|4 lb",
        "one thirty two|132",
        "three ounces of water|3 oz",
        "Twenty two chews|22 chews",
        "third bite",
        "two swallows|2 swallows",
        "level four|IDDSI 4",
        "IDDSI six|IDDSI 6",
        "FOIS today is level five|FOIS 5",
        "rest breaks",
        "Once a week for eight weeks|1x/week for 8 weeks",
    ],
    ["choking", "pneumonia"],
    ["My sister in Ohio has it too"],
)

S(
    "af_slp14_tongue_behind_the_braces",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Amara, hi Mr. Osei. Last session today!
C: She's been practicing with the app every night.
P: Mostly every night.
T: Mostly is honest. How's the tongue spot?
P: I keep it on the spot behind my teeth. Even when I sleep, I think.
T: Any pain in the jaw, or clicking?
P: No, none.
T: Good. Your orthodontist sent a note, the bite is closing now. He said the open bite is much smaller.
C: He was happy. He said it was three millimeters and now it's barely one.
T: That fits. Let's check the swallow. Take a sip of water and swallow, lips apart so I can see.
P: Like this?
T: No tongue push forward. Perfect. Now ten sips.
P: One, two... ten.
T: Ten of ten swallows with the tongue back on the spot. At the start it was two of ten.
C: Two of ten, I remember.
T: Now the s sounds. Read this: Sally sells seashells by the seashore.
P: Sally sells seashells by the seashore.
T: No lisp at all. Sentences with s, twenty of twenty correct.
P: Yes!
T: Lip seal at rest, let's watch while we talk. You're keeping the lips closed when you listen, no mouth breathing.
C: At dinner she still chews with the mouth open sometimes.
P: Dad!
T: That's a habit, not a tongue problem. Remind her with the signal, the finger on the lips.
C: Okay.
T: Goals: tongue on the spot during the swallow, met. S sounds in conversation, met. Lips closed at rest, met.
P: So I'm done?
T: You're done. Discharged. Keep the app exercises twice a week for a month, then as needed.
C: Her little brother sucks his thumb, is that the same thing?
T: The dentist can look at him; if they're worried, they'll refer him.
P: Can I still come say hi?
T: Anytime. Good luck with the braces coming off.
""",
    [
        "the spot behind my teeth",
        "Ten of ten swallows|10/10",
        "two of ten|2/10",
        "twenty of twenty|20/20",
        "No lisp",
        "Lip seal at rest",
        "no mouth breathing",
        "Discharged",
        "twice a week for a month|2x/week for 1 month",
        "open bite",
    ],
    ["pain in the jaw"],
    ["Her little brother sucks his thumb"],
)


# ---------------------------------------------------------------------------------------------
# Rules: this author's reading of PRODUCT.md's billing rules and of the key conventions
# ---------------------------------------------------------------------------------------------

TIMED_CODES = set(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
UNTIMED_CODES = set(
    "97161 97162 97163 97164 97165 97166 97167 97168 92521 92522 92523 92524 92507 92526 92610 97150 97010 97012 97014 G0283".split()
)
SLP_EVAL_CODES = {c: None for c in ("92521", "92522", "92523", "92524", "92610")}
EVALS_BY_NOTE = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": None},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": None},
    # no SLP re-evaluation code in PRODUCT.md: an SLP re-evaluation takes an SLP evaluation code
    ("SLP", "evaluation"): SLP_EVAL_CODES,
    ("SLP", "re-evaluation"): SLP_EVAL_CODES,
}
EVERY_EVAL = {c for table in EVALS_BY_NOTE.values() for c in table}
DISCIPLINE_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSISTANT_MOD = {"PTA": "CQ", "OTA": "CO"}
ASSISTANT_ROLES = {"PTA", "OTA", "SLPA"}
NOTE_KINDS = ("evaluation", "daily", "progress", "re-evaluation", "discharge")
# NCCI pairs whose 59 this key does not model: such pairs are kept out of the sessions
UNMODELLED_PAIRS = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, EVERY_EVAL),
    ({"92507"}, {"92526"}),
]
# id words that would hint at what a session tests
HINT_WORDS = set(
    "kx 59 asr pta ota slpa tele telehealth cms percode dictat group interp clock cotreat correct fixed wrong inject injection".split()
)


def table_units(minutes):
    """PRODUCT.md's table: 8-22 -> 1, 23-37 -> 2, 38-52 -> 3, ... ; under 8 -> 0."""
    return 0 if minutes < 8 else (minutes + 7) // 15


def eight_minute_split(timed, sid, problems):
    """CMS: units from the total timed minutes; whole 15-minute blocks first, spares to the largest remainders."""
    total = table_units(sum(timed.values()))
    units = {code: mins // 15 for code, mins in timed.items()}
    left = total - sum(units.values())
    if left < 0:
        problems.append(f"{sid}: whole 15-minute blocks exceed the total units")
        return units
    by_rest = sorted(timed, key=lambda code: timed[code] % 15, reverse=True)
    for i in range(left):
        if i >= len(by_rest) or timed[by_rest[i]] % 15 == 0:
            problems.append(f"{sid}: a spare unit with no remainder to go to")
            break
        units[by_rest[i]] += 1
    if 0 < left < len(by_rest) and timed[by_rest[left - 1]] % 15 == timed[by_rest[left]] % 15:
        problems.append(f"{sid}: a tie between remainders decides the last unit")
    return units


def computed_key(s, problems):
    if s["rule"] == "cms":
        timed_units = eight_minute_split(s["timed"], s["id"], problems)
    else:
        timed_units = {code: table_units(mins) for code, mins in s["timed"].items()}
    codes = {code: 1 for code in s["untimed"] if code != "97010"}
    codes.update({code: n for code, n in timed_units.items() if n})
    mods = {}
    for code in codes:
        row = [DISCIPLINE_MOD[s["discipline"]]]
        if s["role"] in ASSISTANT_MOD:
            row.append(ASSISTANT_MOD[s["role"]])
        if (code == "97530" and "97140" in codes) or (code == "97535" and "97530" in codes):
            row.append("59")
        if s["kx"]:
            row.append("KX")
        mods[code] = row
    return codes, mods


def parse_key(text):
    codes, mods = {}, {}
    for item in text.split():
        left, right = item.split(":")
        code, n = left.split("x")
        codes[code] = int(n)
        mods[code] = right.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
DECADES = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORD = re.compile(r"\b(" + "|".join(SMALL + DECADES + ["hundred"]) + r")\b", re.I)
DENIALS = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|denies|denied|without|negative|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|won't|wont|can't|cant|ain't|aint|neither|nor)\b",
    re.I,
)
TURN = re.compile(r"^([TPCtpc]):\s*(\S.*)$")
WHO = {"t": "therapist", "p": "patient", "c": "caregiver"}


def spoken(n):
    if n < 20:
        return [str(n), SMALL[n]]
    tens, ones = divmod(n, 10)
    if not ones:
        return [str(n), DECADES[tens - 2]]
    return [str(n), f"{DECADES[tens - 2]} {SMALL[ones]}", f"{DECADES[tens - 2]}-{SMALL[ones]}"]


def mentions(n, text):
    return any(
        re.search(r"(?<![\w.:/-])" + re.escape(form) + r"(?![\w:/-])", text, re.I) for form in spoken(n)
    )


def turns_of(s):
    return [line.strip() for line in s["text"].strip().splitlines() if line.strip()]


def make_segments(s, problems):
    seed = int(hashlib.sha256(("blind29:" + s["id"]).encode()).hexdigest()[:12], 16)
    rng = random.Random(seed)
    segs, t = [], 0.0
    for raw in turns_of(s):
        m = TURN.match(raw)
        if not m:
            problems.append(f"{s['id']}: unreadable line {raw[:40]!r}")
            continue
        words = m.group(2).strip()
        length = max(1.0, len(words.split()) / 2.3 * rng.uniform(0.9, 1.15))
        start, end = round(t, 1), round(t + length, 1)
        segs.append({"start": start, "end": end, "speaker": WHO[m.group(1).lower()], "text": words})
        t = end + rng.uniform(0.45, 1.15)
    return segs


def is_recogniser(s):
    found = [TURN.match(x) for x in turns_of(s)]
    if not found or not all(found):
        return False
    body = " ".join(m.group(2) for m in found)
    return all(m.group(1).islower() for m in found) and not re.search(r"[A-Z0-9.,?!;:'\"/%()&+\-]", body)


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_one(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    m = re.fullmatch(r"af_(pt|ot|slp)(\d\d)_([a-z0-9_]+)", sid)
    if not m or m.group(1) != s["discipline"].lower():
        bad("bad id")
    elif HINT_WORDS & set(m.group(3).split("_")):
        bad("an id word hints at the situation")
    if s["split"] not in ("dev", "test") or s["rule"] not in ("cms", "per-code"):
        bad("bad split or rule")
    if s["note_type"] not in NOTE_KINDS:
        bad("bad note type")
    if s["role"] not in (s["discipline"], s["discipline"] + "A"):
        bad("role does not fit the discipline")
    if s["role"] in ASSISTANT_ROLES and s["note_type"] != "daily":
        bad("an assistant writes daily notes only")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("an SLPA under the Medicare profile")
    low = s["text"].lower()
    kx_words = "threshold" in low and "necessary" in low and ("KX" in s["text"] or re.search(r"\bk x\b", low))
    if s["kx"] and (s["rule"] != "cms" or not kx_words):
        bad("KX needs Medicare and 'threshold', the modifier and 'necessary' said")
    if not s["kx"] and ("threshold" in low or "KX" in s["text"] or re.search(r"\bk x\b", low)):
        bad("threshold or KX said in a session not keyed KX")
    for code, mins in s["timed"].items():
        if code not in TIMED_CODES or not isinstance(mins, int) or mins <= 0:
            bad(f"bad timed entry {code}={mins}")
    for code in s["untimed"]:
        if code not in UNTIMED_CODES:
            bad(f"bad untimed code {code}")
    if "G0283" in s["untimed"] and s["rule"] != "cms":
        bad("G0283 outside the Medicare profile")
    if "97014" in s["untimed"] and s["rule"] == "cms":
        bad("97014 under the Medicare profile")
    evals = {c for c in s["untimed"] if c in EVERY_EVAL}
    allowed = EVALS_BY_NOTE.get((s["discipline"], s["note_type"]))
    if allowed is None and evals:
        bad("an evaluation code on a note that is not an evaluation")
    if allowed is not None and (len(evals) != 1 or not evals <= set(allowed)):
        bad("evaluation code does not fit discipline and note type")
    present = set(s["timed"]) | set(s["untimed"])
    for a, b in UNMODELLED_PAIRS:
        if present & a and present & b:
            bad(f"unmodelled pair {sorted(present & a)} + {sorted(present & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP with PT / OT timed codes")
    if s["cog"] is None:
        if {"97129", "97130"} & set(s["timed"]):
            bad("cognitive codes without a cognitive block")
    else:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("cognitive block not split as first 15 minutes + the rest")

    codes, mods = computed_key(s, problems)
    hand_codes, hand_mods = parse_key(s["key"])
    if codes != hand_codes:
        bad(f"units: rules {codes}, hand {hand_codes}")
    if mods != hand_mods:
        bad(f"modifiers: rules {mods}, hand {hand_mods}")
    if s["has59"] != any("59" in row for row in mods.values()):
        bad("has59 disagrees with the key")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns")
    if not segs or not 90 <= segs[-1]["end"] <= 900:
        bad(f"duration {segs[-1]['end'] if segs else 0} s")
    for i in range(1, len(segs)):
        a, b = segs[i - 1], segs[i]
        if b["end"] <= b["start"] or not 0.3 <= round(b["start"] - a["end"], 2) <= 1.3:
            bad("bad timestamps")
            break
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("needs therapist and patient turns")
    tags = [x[0] for x in turns_of(s)]
    lower = [t.islower() for t in tags]
    if any(lower) and not all(lower):
        bad("mixed speaker-tag case")
    if all(lower) != is_recogniser(s):
        bad("lower-case tags go with, and only with, a speech-recogniser transcript")

    clinic = [g["text"] for g in segs if g["speaker"] == "therapist"]
    clinic_text = " ".join(clinic)
    for code, mins in s["timed"].items():
        if code in ("97129", "97130"):
            continue
        pieces = s["parts"].get(code, [mins])
        if sum(pieces) != mins:
            bad(f"{code}: parts do not add up")
        for p in pieces:
            if not mentions(p, clinic_text):
                bad(f"{code}: {p} minutes never said by the clinic")
    if s["cog"] is not None and not mentions(s["cog"], clinic_text):
        bad("cognitive minutes never said by the clinic")
    for code, first in s["fixed"].items():
        final = s["timed"].get(code)
        said_first = [i for i, t in enumerate(clinic) if mentions(first, t)]
        said_final = [i for i, t in enumerate(clinic) if final is not None and mentions(final, t)]
        if not said_first or not said_final or max(said_final) < max(said_first):
            bad(f"{code}: the corrected figure must come after the first ({first} -> {final})")
    for code in evals:
        level = allowed[code]
        if level and f"{level} complexity" not in clinic_text.lower():
            bad(f"'{level} complexity' never said by the clinic")

    whole = " ".join(g["text"] for g in segs).lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts")
    fact_alts = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        fact_alts += [a.lower() for a in alts]
        hits = [a for a in alts if a.lower() in whole]
        if not hits:
            bad(f"fact {f!r} not said")
        elif max(len(a) for a in hits) < 4:
            bad(f"fact {f!r} found only by a short alternative")
        numeric = any(re.search(r"\d", a) or NUMBER_WORD.search(a) for a in alts)
        if numeric and not any(re.search(r"\d", a) for a in alts):
            bad(f"numeric fact {f!r} has no digit alternative")
    if not s["negated"] or not s["absent"]:
        bad("needs negated and absent entries")
    for n in s["negated"]:
        nl = n.lower()
        where = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not where:
            bad(f"negated {n!r} not said")
        elif not any(DENIALS.search(segs[j]["text"]) for i in where for j in (i, i + 1) if j < len(segs)):
            bad(f"negated {n!r}: no denial in its turn or the next")
        if any(nl in a or a in nl for a in fact_alts):
            bad(f"negated {n!r} overlaps a fact")
    for a in s["absent"]:
        al = a.lower()
        if al not in whole:
            bad(f"absent {a!r} not said")
        if any(al in x or x in al for x in fact_alts):
            bad(f"absent {a!r} overlaps a fact")
        if any(al in n.lower() or n.lower() in al for n in s["negated"]):
            bad(f"absent {a!r} overlaps a negated entry")
    return codes, mods


def check_halves(problems):
    from collections import Counter

    ids = [s["id"] for s in SESSIONS]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    nums = [s["id"].split("_")[1] for s in SESSIONS]
    if len(nums) != len(set(nums)):
        problems.append("duplicate id numbers")
    if "--partial" in sys.argv:
        return
    got = Counter((s["split"], s["discipline"]) for s in SESSIONS)
    want = {(h, d): n for h in ("dev", "test") for d, n in (("PT", 8), ("OT", 7), ("SLP", 7))}
    if dict(got) != want:
        problems.append(f"discipline counts {dict(got)}")
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        for d in ("PT", "OT", "SLP"):
            kinds = {s["note_type"] for s in hs if s["discipline"] == d}
            if kinds != set(NOTE_KINDS):
                problems.append(f"{half} {d}: note types {sorted(kinds)}")
        n = sum(s["role"] in ASSISTANT_ROLES for s in hs)
        if not 4 <= n <= 6:
            problems.append(f"{half}: {n} assistant sessions")
        cms = sum(s["rule"] == "cms" for s in hs)
        if cms == 0 or cms == len(hs) or abs(2 * cms - len(hs)) > 4:
            problems.append(f"{half}: cms {cms} of {len(hs)}")
        n = sum(is_recogniser(s) for s in hs)
        if not 7 <= n <= 9:
            problems.append(f"{half}: {n} speech-recogniser sessions")
        if sum(s["kx"] for s in hs) < 2 or sum(s["has59"] for s in hs) < 2:
            problems.append(f"{half}: fewer than 2 KX or 59 sessions")


def mix_table():
    from collections import Counter

    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"]) for s in SESSIONS)
    out = ["split  disc  note_type      role  rule      n"]
    out += [f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {v}" for k, v in sorted(rows.items())]
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        out.append(
            f"{half}: ASR {[s['id'] for s in hs if is_recogniser(s)]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ASSISTANT_ROLES]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}; "
            f"note types {dict(Counter(s['note_type'] for s in hs))}"
        )
    return "\n".join(out)


def stats():
    problems = []
    segs = [make_segments(s, problems) for s in SESSIONS]
    turns = [len(x) for x in segs]
    durs = [x[-1]["end"] for x in segs]
    nf = sum(len(s["facts"]) for s in SESSIONS)
    nn = sum(len(s["negated"]) for s in SESSIONS)
    na = sum(len(s["absent"]) for s in SESSIONS)
    return (
        f"turns {min(turns)}-{max(turns)} (mean {sum(turns) / len(turns):.1f}), durations {min(durs)}-{max(durs)} s "
        f"(mean {sum(durs) / len(durs):.0f} s); facts {nf}, negated {nn}, absent {na}"
    )


def main():
    problems = []
    docs = []
    for s in SESSIONS:
        segs = make_segments(s, problems)
        codes, mods = check_one(s, segs, problems)
        expected = {"codes": codes, "modifiers": mods, "minutes": dict(s["timed"])}
        expected.update(facts=s["facts"], negated=s["negated"], absent=s["absent"])
        doc = {k: s[k] for k in ("id", "discipline", "note_type", "role", "rule")}
        doc.update(transcript={"segments": segs}, expected=expected)
        docs.append((s, doc))
    check_halves(problems)
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    out_dir = os.environ.get("BLIND29_OUT", os.path.dirname(os.path.abspath(__file__)))
    for split in ("dev", "test"):
        folder = os.path.join(out_dir, split)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("af_") and name.endswith(".json"):
                os.remove(os.path.join(folder, name))
    for s, doc in docs:
        with open(os.path.join(out_dir, s["split"], s["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    n_dev = sum(s["split"] == "dev" for s, _ in docs)
    print(f"OK: wrote {len(docs)} sessions (dev {n_dev}, test {len(docs) - n_dev})")
    if "--mix" in sys.argv:
        print(mix_table())
        print(stats())


if __name__ == "__main__":
    main()
