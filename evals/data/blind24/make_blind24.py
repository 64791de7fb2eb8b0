#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), twenty-fourth set (ids z_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, shared/PRODUCT.md (its "Therapy billing rules"), the READMEs of blind23 and blind22 and
the rules / checks part of make_blind23.py (read, not copied: the rules, helpers and checks below are
this author's own implementation of the same conventions).  Running it:

  1. self-checks every answer key (units and modifiers recomputed from the minutes written in the
     session and compared with the hand-written key; timestamps, turn counts (30-60), durations,
     facts / negated / absent strings against the transcript, the mix of the two halves) and exits
     non-zero on any problem;
  2. writes one JSON file per session into dev/ and test/ next to this script.

Transcript lines are "T: ..." (therapist, assistant or student: whoever speaks for the clinic),
"P: ..." (patient, including a second patient overheard in a busy gym), "C: ..." (caregiver).
Hand key format: "97110x2:GP,CQ 97112x1:GP,CQ" = code x units : modifiers.  `negated` names the
finding ("numbness"), not the phrase said.  `parts` maps a timed code whose minutes are never said as
one figure to the figures that are said (they must add up to the keyed minutes).
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
    parts=None,
    has59=False,
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
            "cog": cog,
            "kx": kx,
            "parts": dict(parts or {}),
            "has59": has59,
        }
    )


# ---------------------------------------------------------------------------------------------
# Sessions: dev half
# ---------------------------------------------------------------------------------------------

S(
    "z_pt01_warehouse_back",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 10},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
t: okay so you are here for your back tell me what happened
p: so i work at the distribution center im an order picker on the night shift
t: okay what does an order picker do all night
p: you drive the pallet jack down the aisle and you pull cases off the racks and stack them on the pallet like three hundred cases a night
t: and when did the back start
p: two weeks ago thursday i grabbed a case of water off the bottom shelf and twisted to put it on the pallet and felt like a pop low on the right side
t: did you keep working
p: i finished the shift but the next day i couldnt get out of bed my wife had to help me put my socks on
t: where is the pain now show me
p: right here low back right side it kind of wraps into the butt sometimes
t: does it go down the leg past the knee
p: no just the butt
t: any numbness or tingling in the legs or feet
p: no no numbness no tingling
t: any trouble with bowel or bladder
p: nope none of that
t: pain right now zero to ten
p: right now like a five at work it gets to a seven
t: okay i had you fill out the oswestry on the tablet you scored forty eight percent so thats a severe disability level on that one
p: that sounds bad
t: it just tells us how much its getting in your way and it gives us something to beat
p: my buddy at work had back surgery last year he said dont ever let them cut you
t: well nobody is talking about surgery for you go ahead and bend forward for me
p: ow thats about as far as i go
t: flexion is limited to about half of normal with pain at the end extension is full but stiff lets check the straight leg raise
p: that just feels tight in the hamstring
t: straight leg raise negative both sides strength is five out of five in the legs reflexes are normal
p: so what is it
t: it looks like a lumbar strain with some muscle guarding we call it mechanical low back pain i would call this a moderate complexity evaluation because of the night shift lifting and how much its limiting you
p: okay
t: we also did about ten minutes of exercise just now the knee to chest the pelvic tilts and the cat camel on the table
p: the cat camel felt pretty good actually
t: good i thought about putting you on the traction table but i dont think you need that so we wont
p: fine by me that thing looks like a torture rack
t: goals are oswestry under twenty percent in six weeks and lift a forty pound case from floor to waist without pain so you can go back to full duty
p: my supervisor has me on light duty labeling right now its so boring
t: plan is twice a week for six weeks do the three exercises twice a day
p: got it
t: see you thursday
""",
    [
        "order picker",
        "case of water",
        "forty eight percent|48 percent|48%",
        "straight leg raise negative",
        "about half",
        "twice a week for six weeks|2 times a week for 6 weeks",
        "knee to chest",
        "pelvic tilts",
        "cat camel",
        "forty pound|40 pound",
        "light duty",
    ],
    ["numbness", "tingling", "bowel or bladder"],
    ["my buddy at work had back surgery", "traction table"],
)

S(
    "z_pt02_bus_driver_neck",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "dev",
    {"97110": 7},
    ["97161"],
    "97161x1:GP",
    """
T: Hi Denise, can you hear me okay? This is your video visit for physical therapy.
P: I can hear you. The picture is kind of fuzzy though.
T: That's fine. So your referral says neck pain. Tell me in your own words what's going on.
P: I drive a school bus, route forty-one, and I think it's all the turning my head to check the mirrors. My doctor called it a crick that won't quit.
T: How long has it been bothering you?
P: About five weeks now. It's worst on the left side, up into the base of my skull.
T: Any pain, numbness or tingling going down into your arms or hands?
P: No, nothing down the arms. No numbness.
T: Any headaches, dizziness, trouble swallowing?
P: Headaches at the end of a route, yes. No dizziness.
T: Okay. What's the pain now, zero to ten?
P: Right now a three. After the afternoon route it's a six.
T: Let's look at motion. Turn your head to the left as far as you can.
P: Like this?
T: You froze. Denise? I lost you for a second.
P: Can you hear me now? The screen went black.
T: Got you back. Say that again, how far could you turn left?
P: Maybe halfway. It pulls.
T: Okay, rotation left is about half, right looks full from here. Chin to chest?
P: That's fine, just tight.
T: This is a low complexity evaluation: one body part, no other conditions getting in the way, and you're still working.
P: I have to, the district is short on drivers.
T: Understood. The neck disability index you filled out came to twenty-two percent, that's a mild disability.
P: Only mild? It feels worse than mild.
T: It gives us a number to track. I also sent you the chin tucks and the upper trap stretch, and we spent about seven minutes just now going over them on the video.
P: The chin tuck makes me feel like a turtle.
T: That's exactly right. I thought about having you come in for dry needling but let's see how the exercises do first.
P: Okay. My sister swears by her chiropractor.
T: Goals: turn your head to the left fully for mirror checks, and neck disability index under ten percent in four weeks.
P: That would be great.
T: Plan is video once a week and in clinic once a week for four weeks. The chin tucks ten times every two hours while you're off the bus.
P: Ten every two hours, got it.
T: Great. Sorry about the freezing, our Wi-Fi is having a day.
""",
    [
        "school bus",
        "mirrors",
        "five weeks|5 weeks",
        "twenty-two percent|22 percent|22%",
        "about half",
        "chin tucks",
        "upper trap stretch",
        "low complexity",
        "once a week|1 time a week",
        "under ten percent|under 10 percent|10%",
    ],
    ["numbness", "dizziness"],
    ["route forty-one", "chiropractor", "dry needling", "short on drivers"],
)

S(
    "z_pt03_knee_replacement",
    "PT",
    "daily",
    "PTA",
    "cms",
    "dev",
    {"97110": 18, "97116": 12},
    [],
    "97110x1:GP,CQ,KX 97116x1:GP,CQ,KX",
    """
T: Morning, Mr. Haskins. I'm Tanya, the assistant working with you today. How's the new knee?
P: Stiff. Three weeks and two days since the surgery. It's better than last week.
T: Good. Pain right now?
P: Four. It was a six last night.
T: Any calf pain, redness or swelling in the calf?
P: No calf pain. The knee itself is swollen.
T: Okay. Let's start on the recumbent bike. Gentle rocking, then full circles if you can.
P: I think I can get around today.
T: Hey, Mr. Alvarez, keep that bike going ten more minutes, then grab ice from the machine.
P: Sure thing, Tanya.
T: Sorry, Mr. Haskins, it's a zoo in here today. Can you get full revolutions?
P: There, I got all the way around!
T: Nice. Now heel slides on the mat, quad sets, short arc quads, two sets of fifteen each.
P: The heel slides are the worst.
T: Keep breathing. Straight leg raises now, two sets of ten with the one-pound weight.
P: My wife says I groan like a walrus doing these.
T: Carla, can you grab the goniometer off the desk for me? Thanks.
T: Okay, I measured bend at ninety-two degrees today, straight is minus five.
P: Is ninety-two good?
T: It's up from eighty-five last week. The exercise part was eighteen minutes total.
P: Feels like more than that.
T: Now we're going to walk. Up on the parallel bars first, then the hallway with the cane.
P: Do I still need the walker at home?
T: Use the cane in the house, walker for outside until the therapist says otherwise. Step with the cane and the bad knee together.
P: Cane and bad knee, then the good one.
T: Right. Now the four steps. Up with the good, down with the bad.
P: Up with the good, down with the bad. Got it.
T: Good heel strike. Gait and stairs were twelve minutes.
P: I'm sweating.
T: Quick billing thing: the office says you're past the Medicare therapy threshold for the year, with your hip therapy in the spring. So your visits now carry the KX modifier. You still need this, it's medically necessary, you can't do stairs safely yet.
P: As long as Medicare still pays.
T: It does, the KX tells them it's medically necessary. Go ahead and ice at home twenty minutes after your exercises.
P: Will do.
T: Mr. Alvarez, you can stop the bike now, good job.
P: Thank you!
T: Okay, Mr. Haskins, see you Wednesday.
""",
    [
        "ninety-two degrees|92 degrees",
        "minus five|-5",
        "eighty-five|85",
        "heel slides",
        "quad sets",
        "short arc quads",
        "straight leg raises",
        "one-pound|1-pound|1 pound",
        "cane",
        "Up with the good, down with the bad",
        "three weeks|3 weeks",
    ],
    ["calf pain"],
    ["Mr. Alvarez", "ten more minutes", "walrus", "grab ice from the machine"],
    kx=True,
)

S(
    "z_pt04_ankle_orif",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "dev",
    {"97110": 16, "97112": 11},
    ["97014"],
    "97110x1:GP,CQ 97112x1:GP,CQ 97014x1:GP,CQ",
    """
t: hey jasmine how did the ankle do after last time
p: it was sore that night but okay the next morning
t: good pain right now
p: like a three
t: any numbness or tingling around the incision or the toes
p: no numbness its just itchy around the scar
t: thats the healing itchy is good remind me how you broke it
p: i was a line cook at the diner and i stepped on a wet mat going down the back stairs with a tub of dishes and my ankle just rolled and snapped
t: ouch and they put the plate and screws in
p: yeah eight weeks ago tomorrow
t: okay lets start with the band work four ways two sets of fifteen then the calf raises on the step
p: the red band or the green one
t: green today you earned it
p: ooh thats harder
t: then the stationary bike five minutes and the toe yoga
p: toe yoga sounds made up
t: it is real i promise lift the big toe keep the others down
p: my toes do not listen to me
t: okay the band and calf raises and bike all together were sixteen minutes now the balance stuff
p: the foam again
t: foam pad single leg stance thirty seconds three times then the rocker board front to back
p: whoa whoa okay i got it
t: nice now tandem stance on the line eyes open then eyes closed
p: eyes closed is so much harder
t: it always is the balance part was eleven minutes
p: my boss wants to know when i can go back on the line
t: thats a question for the physical therapist at your progress visit but i would guess a few more weeks
p: the dining room manager keeps texting me about covering hostess shifts
t: okay last thing lets put the stim on for swelling with your foot up ten minutes unattended i will be across the gym
p: the tingly one
t: yep the tingly one setting it at a comfortable level let me know if it feels sharp
p: its fine
t: okay after the stim take the foot down slowly next visit we will try the agility ladder
p: sounds fun
t: ice at home fifteen minutes if it swells
p: will do see you friday
t: bye jasmine
t: okay stim is done how does it feel
p: looser actually
t: good see you friday
""",
    [
        "line cook",
        "wet mat",
        "eight weeks|8 weeks",
        "green",
        "calf raises",
        "toe yoga",
        "foam pad",
        "single leg stance",
        "rocker board",
        "tandem stance",
        "thirty seconds|30 seconds",
    ],
    ["numbness"],
    ["hostess shifts", "agility ladder", "dining room manager"],
)

S(
    "z_pt05_painter_shoulder",
    "PT",
    "daily",
    "PT",
    "cms",
    "dev",
    {"97140": 12, "97530": 14, "97110": 9},
    [],
    "97140x1:GP 97530x1:GP,59",
    """
T: Hi Ray. How's the shoulder this week?
P: Better. I did two ceilings on Saturday and only had to stop once.
T: You're painting ceilings already? Remind me, you do interiors mostly?
P: Interiors, yeah. Twenty-two years. It's the roller overhead that kills it, and cutting in along the crown molding.
T: Pain right now?
P: A two. It was a five after the ceilings.
T: Any night pain? Waking up when you roll on it?
P: No night pain this week. First week with none.
T: Good. Any numbness down the arm?
P: No, never had that.
T: Okay, on the table. I'm going to start with the joint mobs, posterior glides, then soft tissue along the posterior cuff.
P: That's the spot. Right there.
T: It's two-ten now, I'll keep an eye on the clock.
P: Take your time, that feels good.
T: Okay, it's two twenty-two, so that's twelve minutes of hands-on.
P: Felt like twenty minutes of that, honestly. You sure?
T: By the clock it was twelve. Now, separate from the hands-on, let's do the work simulation.
P: The pole thing?
T: The extension pole with the roller, on the wall at shoulder height, then overhead. Then lifting the five-gallon bucket onto the step ladder.
P: My son-in-law is a drywaller, he says painters have it easy.
T: Keep your elbow under the roller. Good. Now the bucket, bend your knees.
P: That's about the weight of a full bucket?
T: About forty pounds, yes. Five reps. Okay, the work tasks were fourteen minutes, in their own block after the manual.
P: What's next?
T: Rows and external rotation with the blue band, and the pulley.
P: The pulley makes that squeaky noise.
T: It does. Keep going. That exercise part was nine minutes.
P: Okay.
T: I'm not going to do the ultrasound today; I don't think it adds anything for you.
P: Fine by me.
T: Flexion is one sixty-five today, up from one forty-eight. External rotation is seventy.
P: I'll take it.
T: Keep the band exercises at home once a day. Next week we'll try a full day's worth of cutting in.
P: Sounds good. See you Tuesday.
""",
    [
        "Twenty-two years|22 years",
        "roller",
        "crown molding",
        "posterior glides",
        "five-gallon bucket|5-gallon bucket",
        "forty pounds|40 pounds",
        "extension pole",
        "blue band",
        "pulley",
        "one sixty-five|165",
        "one forty-eight|148",
        "seventy|70",
    ],
    ["night pain", "numbness"],
    ["son-in-law", "drywaller", "ultrasound", "twenty minutes"],
    has59=True,
)

S(
    "z_pt06_volleyball_knee_progress",
    "PT",
    "progress",
    "PT",
    "per-code",
    "dev",
    {"97110": 24, "97112": 8},
    [],
    "97110x2:GP 97112x1:GP",
    """
T: Okay, Mia, I'm going to dictate as we go, so if I sound like a robot that's why.
P: That's fine.
T: Progress note, visit ten. Pt is a nineteen y/o college volleyball player, outside hitter, R patellar tendinopathy. Pt c/o pain with jump landing, now two out of ten, was six out of ten at eval.
P: It's really only when I land off one foot now.
T: Pain with single leg landing, R. Any swelling, any giving way?
P: No swelling. It's never given out.
T: Denies swelling, denies giving way. VISA-P today sixty-eight out of one hundred, was forty at eval.
P: Is that the questionnaire?
T: That's the questionnaire. Okay, objective. Knee ROM full, R equals L. SLR neg. Quad lag none. Single leg squat R, mild valgus, improved from moderate.
P: I've been thinking about my knee going in.
T: It shows. Now the exercise part. Decline squats on the slant board, slow, x3 sets of fifteen.
P: These burn.
T: That's the tendon loading. Then Spanish squats with the strap, 45 second holds x5.
P: My roommate calls these my wall sits of doom.
T: Then leg press single leg, 3 x 10 at eighty pounds, and the bike to finish.
P: Okay.
T: Therex twenty-four minutes. Now neuro re-ed: single leg hop and stick on the foam, then lateral bounds with a hold.
P: I keep wobbling on the foam.
T: Landing mechanics improving, cues for hip and knee alignment. Neuro re-ed eight minutes.
P: Can I start hitting again?
T: Let's go over your home program first. I'm not going to have you do these here, just tell me what you're doing.
P: The isometric wall sit, five times forty-five seconds, every morning, and the decline squats every other day.
T: Good, HEP reviewed, pt demonstrates understanding, not performed in clinic today.
P: And the hitting?
T: Goals. Goal one, VISA-P greater than eighty: partly met. Goal two, pain-free single leg landing: not met. Goal three, full squat without pain: met.
P: Two out of three isn't bad.
T: Plan: continue twice a week for four more weeks, start a return-to-jump progression next week. Hitting at half speed, no full approach jumps yet.
P: Coach is going to ask about our tournament in Fresno.
T: Tell Coach the plan is to be jumping by the end of the month.
P: Okay. Thanks.
""",
    [
        "patellar tendinopathy",
        "outside hitter",
        "VISA-P",
        "sixty-eight out of one hundred|68 out of 100|68/100",
        "forty at eval|40 at eval",
        "SLR neg",
        "Decline squats",
        "Spanish squats",
        "eighty pounds|80 pounds",
        "Partly met",
        "HEP reviewed",
        "not performed in clinic",
        "four more weeks|4 more weeks",
    ],
    ["swelling", "giving way"],
    ["wall sits of doom", "tournament in Fresno", "roommate"],
)

S(
    "z_pt07_neuropathy_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "cms",
    "dev",
    {"97110": 13, "97116": 10},
    ["97164"],
    "97164x1:GP 97110x1:GP 97116x1:GP",
    """
T: Mrs. Okafor, this is Jordan, the PT student I told you about. He's going to do a lot of the testing today and I'll be right here with him.
P: Nice to meet you, Jordan.
T: Nice to meet you. So today is your re-evaluation. How have the feet been?
P: Like I'm walking on cotton balls. My sugar doctor says it's the nerve damage from the diabetes.
T: Any falls since we started?
P: No falls. I caught myself on the counter once.
T: Any sores or cuts on your feet that you've noticed?
P: No sores. My daughter checks them every night.
T: Good. Jordan, go ahead with the Berg.
T: Okay, Mrs. Okafor, stand up without using your hands.
P: Like this?
T: Perfect. Now stand with your feet together for one minute.
P: This one is hard.
T: Berg is forty-five out of fifty-six today. It was thirty-eight at the start of care.
P: Is that better?
T: Much better. Under forty-five is where the fall risk goes up, and you're right at the line now.
P: Right at the line. Hmm.
T: Gait speed over ten meters was point eight meters per second, up from point six.
P: I do feel faster.
T: Jordan, do the exercise set with her, I'm watching. Heel raises at the counter, mini squats, side stepping with the band.
P: Side stepping like a crab.
T: Good. Keep your toes forward. Two sets of ten each.
P: My granddaughter does crab walks at her dance class.
T: That was thirteen minutes of exercise, and I was with you the whole time. Now gait training outside on the sidewalk and the grass with the cane.
P: The grass is uneven.
T: That's why we practice on it. Look ahead, not at your feet.
P: I want to look at my feet!
T: I know, but your eyes help your balance when they look ahead. Okay, the gait part was ten minutes.
P: Okay.
T: We talked about the vibration plate last month; I decided against it, so that's off the table.
P: Good, it looked scary.
T: Goals: Berg fifty or better, not met yet. Walk in the grocery store for twenty minutes without a cart, met. Independent with the home program, met.
P: I did the grocery store last Sunday.
T: New plan: twice a week for four more weeks, focus on the grass, curbs, and reaching.
P: Okay.
T: And please wear the shoes with the laces, not the slippers.
P: Yes, yes, the good shoes.
""",
    [
        "nerve damage from the diabetes",
        "walking on cotton balls",
        "Berg",
        "forty-five out of fifty-six|45 out of 56|45/56",
        "thirty-eight|38",
        "point eight meters per second|0.8 meters per second|0.8 m/s",
        "point six|0.6",
        "Heel raises",
        "mini squats",
        "side stepping",
        "grass",
        "cane",
        "twice a week for four more weeks|2 times a week for 4 more weeks",
    ],
    ["falls", "sores"],
    ["crab walks", "dance class", "vibration plate"],
)

S(
    "z_pt08_achilles_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "dev",
    {"97110": 20, "97112": 9},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: okay marcus last visit how do you feel
p: honestly pretty good i did the ladder climb at the firehouse on monday with my full gear
t: thats huge remind me what happened originally
p: we were at a kitchen fire and i jumped off the tailboard of the engine and felt like somebody kicked me in the back of the heel total rupture of the achilles
t: and they did the boot instead of surgery
p: yeah the non operative thing the boot with the wedges for like ten weeks
t: pain today
p: zero maybe a one after a long shift
t: any swelling at the end of the day
p: no swelling anymore
t: okay lets do the numbers calf raises single leg on the right
p: one two three
t: keep going
p: twenty five twenty six twenty seven
t: twenty seven on the right and thirty on the left so thats ninety percent of the other side
p: ninety percent not bad
t: lefs is seventy two out of eighty today it was thirty one when we started
p: is that good
t: thats a big change so lets do your last round of exercises the eccentric heel drops the seated calf machine and the sled
p: the sled is my favorite
t: thats twenty minutes of exercise now balance the single leg stance on the bosu and the y balance reach
p: the bosu is still a little wobbly
t: balance nine minutes you did great
p: my captain wants a letter saying im cleared
t: the doctor does the clearance but i will send my discharge summary to her
p: okay cool
t: lets go through your home program you dont need to do them here just tell me what you are doing
p: heel drops three sets of fifteen every day and the jump rope every other day
t: perfect keep doing that for at least three more months
p: three months okay
t: goals return to full duty with gear met single leg calf raise at least ninety percent met lefs over sixty five met
p: all of them
t: all of them you are discharged
p: thanks for everything
t: dont jump off the engine
p: no promises
""",
    [
        "firehouse",
        "tailboard",
        "achilles",
        "ten weeks|10 weeks",
        "twenty seven|27",
        "ninety percent|90 percent|90%",
        "seventy two out of eighty|72 out of 80|72/80",
        "thirty one|31",
        "eccentric heel drops",
        "bosu",
        "y balance",
        "three more months|3 more months",
        "discharged",
    ],
    ["swelling"],
    ["no promises"],
)

S(
    "z_ot01_hairdresser_finger",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "dev",
    {"97535": 10},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
t: hi gina so you had the trigger finger release on the right ring finger
p: yeah two weeks ago doctor patel did it it was catching for like a year
t: tell me about your work
p: im a hairdresser i own a little salon with two chairs so its scissors all day and the blow dryer and the round brush
t: when was it worst before surgery
p: mornings it would be stuck bent and i had to pull it straight with my other hand and it would pop
t: any numbness or tingling in the fingers now
p: no numbness its just sore at the scar
t: any signs of infection fever redness pus
p: no fever no redness
t: pain right now
p: like a three when i make a fist a five
t: okay make a fist for me
p: thats as far as it goes
t: your ring finger tip is about two centimeters from the palm and the other fingers close all the way
p: it feels puffy
t: grip strength on the jamar right is thirty eight pounds left is sixty two pounds so about sixty percent of the other side
p: thats weak
t: its early the quick dash is forty one
p: what is that
t: a questionnaire about how much your arm and hand are limiting you this is a low complexity evaluation one problem and you are healthy otherwise
p: good
t: we spent about ten minutes on how to do your scar massage and tendon glides at home and how to hold the scissors and brush for now
p: the foam on the scissors thing
t: yes build up the handles with the foam tubing and book shorter haircuts for two weeks
p: my regulars are going to hate that
t: i thought about making you a splint but you dont need one
p: good i cant cut hair in a splint
t: goals full fist in four weeks grip at least eighty percent of the left and a full day at the salon without pain
p: okay
t: plan once a week for four weeks
p: my sister in law is getting married and i am doing the whole bridal party
t: thats in four weeks
p: five
t: okay we will plan for it see you next week
p: thanks
""",
    [
        "trigger finger",
        "right ring finger",
        "hairdresser",
        "two centimeters|2 centimeters|2 cm",
        "thirty eight pounds|38 pounds",
        "sixty two pounds|62 pounds",
        "sixty percent|60 percent|60%",
        "forty one|41",
        "scar massage",
        "tendon glides",
        "foam tubing",
        "low complexity",
        "once a week for four weeks|1 time a week for 4 weeks",
    ],
    ["numbness", "fever", "redness"],
    ["making you a splint", "regulars are going to hate"],
)

S(
    "z_ot02_stroke_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "dev",
    {"97535": 12},
    ["97167"],
    "97167x1:GO 97535x1:GO",
    """
T: Hi, I'm Renee, the occupational therapist. Who's with you today?
C: I'm his daughter, Tamika. Dad had a little brain bleed three weeks ago. On the right side of his head, so it's his left arm that's bad.
P: Left hand doesn't listen.
T: Mr. Greene, what did you do before this happened?
P: Retired postal worker. I do the cooking at home. My wife has her knees.
C: Mom has arthritis in both knees, so Dad does the cooking and the groceries.
T: How is he managing dressing?
C: He needs me for the buttons and the socks. He can pull the shirt over his head.
T: Any falls since he came home?
C: No falls. He uses the cane.
T: Any trouble with swallowing or choking on food?
P: No, no choking.
T: Any vision changes?
C: He bumps into the doorframe on the left side.
T: Let's look at the arm. Lift it up toward the ceiling.
P: That's it.
T: Shoulder flexion about ninety degrees active on the left. Grip on the left is twelve pounds, right is seventy.
C: Seventy! He was always strong.
T: Nine-hole peg on the left, one minute forty seconds. Right, twenty-two seconds.
P: My fingers are like sausages.
T: Let's try a task. Button this shirt on the table.
P: Gimme a minute.
T: He got three of five buttons with the left hand helping. The Montreal Cognitive Assessment is twenty-three out of thirty.
C: He was always sharp with numbers.
T: It's a mild change. With the stroke, the left-side neglect, the cognition and his role at home, this is a high complexity evaluation.
C: Okay.
T: For about twelve minutes I went over one-handed dressing tips with you both and set up the button hook and the elastic laces.
P: No more tying shoes. I like that.
T: I thought about a resting hand splint for night, but his hand isn't tight, so not now.
C: Okay.
T: Goals: dress himself with setup only in six weeks, make a simple meal safely, and grip twenty-five pounds on the left.
P: I want to make my chili again.
T: Plan: twice a week for eight weeks.
C: My brother wants to know if Dad can drive to church.
T: Not yet, that's a separate driving evaluation down the road.
P: Okay.
""",
    [
        "little brain bleed",
        "left arm",
        "Retired postal worker",
        "ninety degrees|90 degrees",
        "twelve pounds|12 pounds",
        "seventy|70",
        "one minute forty seconds|1 minute 40 seconds|1:40",
        "twenty-two seconds|22 seconds",
        "three of five buttons|3 of 5 buttons",
        "twenty-three out of thirty|23 out of 30|23/30",
        "high complexity",
        "button hook",
        "elastic laces",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["falls", "choking"],
    ["Mom has arthritis", "drive to church", "resting hand splint", "sausages"],
)

S(
    "z_ot03_reverse_shoulder",
    "OT",
    "daily",
    "OTA",
    "cms",
    "dev",
    {"97530": 17, "97110": 9},
    [],
    "97530x1:GO,CO,KX 97110x1:GO,CO,KX",
    """
T: Good afternoon, Mrs. Feld. How's that reverse shoulder?
P: Ten weeks now. I can reach my face, but not the top shelf.
T: Pain today?
P: A two. It aches when it's going to rain.
T: Any numbness in the fingers?
P: No numbness. My hand is fine.
T: Good. Let's start at the kitchen counter. Put the mugs up on the second shelf, one at a time.
P: The mugs my grandson made.
T: Those. Keep your shoulder down, don't hike it.
P: That's harder than it looks.
T: Now the cans into the cupboard, and then we'll do the laundry basket, the light one.
P: I fold my laundry on the bed at home.
T: Let's practice at the bed then. Reach across, fold the towel, put it on the shelf.
P: My husband folds them wrong anyway.
T: Now your hair. Pretend to comb the back with the brush.
P: That I can barely do.
T: Take your time. Elbow up a little. Good. Those tasks were seventeen minutes.
P: Seventeen? Feels like five.
T: Now the table slides and the wand, lying down. Raise it over your head.
P: Ooh, it stretches.
T: Ten reps, then the isometrics against the wall.
P: Like pushing the wall away.
T: Exactly. Exercise part, nine minutes.
P: Okay.
T: One more thing. The office says you're over the Medicare therapy threshold for OT this year, because of your hand therapy in January. We put a KX modifier on today. The therapy is medically necessary: you can't do your hair or reach the shelf yet.
P: So Medicare still pays?
T: It still pays, with the KX saying it's necessary.
P: Good. My neighbor had to pay out of pocket for hers.
T: Every plan is different. Keep the wand at home twice a day.
P: I will.
T: And no lifting over five pounds with that arm yet.
P: Not even my cat?
T: How much is the cat?
P: Fourteen pounds.
T: Not the cat.
P: Okay.
T: See you Friday.
""",
    [
        "reverse shoulder",
        "Ten weeks|10 weeks",
        "mugs",
        "second shelf",
        "cans",
        "laundry basket",
        "fold the towel",
        "comb the back",
        "table slides",
        "wand",
        "isometrics",
        "five pounds|5 pounds",
    ],
    ["numbness"],
    ["Fourteen pounds", "neighbor had to pay out of pocket", "grandson"],
    kx=True,
)

S(
    "z_ot04_wrist_fracture",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "dev",
    {"97110": 12, "97530": 9, "97535": 6},
    [],
    "97110x1:GO,CO 97530x1:GO,CO",
    """
t: hi ms baptiste how is the wrist now that the cast is off
p: its stiff like a rusty door and the skin is peeling
t: thats normal after six weeks in the cast how did you break it again
p: i slipped on the ice in the parking lot at the bank landed right on my hand
t: they said a distal radius fracture no surgery right
p: no surgery just the cast
t: any numbness or tingling in the thumb or fingers
p: no numbness just stiff
t: okay pain today
p: four when i bend it back
t: lets warm up with the putty squeeze and pinch then the wrist curls with the one pound weight and the supination with the hammer
p: the hammer is heavy
t: choke up on it closer to the head easier now
p: yes
t: thats twelve minutes of exercises now lets do some real stuff turn the door knobs on the board open the jars and turn the key in the lock
p: the jar is the hardest
t: use your whole hand and the rubber grip nice then pour the water from the pitcher into the cups
p: i spilled a little
t: thats okay that part was nine minutes
p: my granddaughter wants me to braid her hair for picture day
t: we can practice that next time now lets talk about protecting the wrist for about six minutes
p: okay
t: no pushing up from chairs with that hand yet carry bags on the other side and the warm water soak in the morning
p: in the sink
t: in the sink or a bowl five minutes then the stretches
p: ok
t: we did think about a wrist brace but you do not need it
p: good it itches
t: pain after
p: three
t: keep up the putty at home three times a day
p: my daughter bought me the purple putty
t: purple is medium good
p: i go back to the doctor on the twelfth
t: ok see you wednesday
""",
    [
        "distal radius fracture",
        "six weeks|6 weeks",
        "putty",
        "wrist curls",
        "one pound|1 pound",
        "hammer",
        "door knobs",
        "jars",
        "key in the lock",
        "pitcher",
        "warm water soak",
        "three times a day|3 times a day",
    ],
    ["numbness", "tingling"],
    ["wrist brace"],
)

S(
    "z_ot05_tumor_kitchen",
    "OT",
    "daily",
    "OT",
    "cms",
    "dev",
    {"97530": 16, "97535": 13},
    [],
    "97530x1:GO 97535x1:GO,59",
    """
T: Hi Mr. Ito. This is Alex, our OT student. Alex is going to run the kitchen part, and I'll be right beside you both the whole time.
P: The more the merrier.
T: How have things been since the surgery?
P: Six weeks since they took the tumor out. They called it a meningioma. I call it the golf ball.
T: Any headaches or seizures?
P: No seizures. A headache in the morning sometimes.
T: Any falls?
P: No falls.
T: Okay, Alex, go ahead.
T: Mr. Ito, today we'll make scrambled eggs and toast. First, get everything out of the fridge and the cupboard.
P: Eggs, butter, bread. Where's the pan?
T: Bottom left cupboard. Good, you're steadying yourself on the counter, that's fine.
P: My balance is off when I bend.
T: Crack the eggs into the bowl, then whisk. Then turn on the burner.
P: I always burn the toast.
T: That's why we set the timer. Use the timer on the microwave for the toast.
P: Three minutes?
T: Two. Okay, plate it up and turn off the burner. Check the knob.
P: Off. See? Off.
T: Great. The cooking task was sixteen minutes.
P: Can I eat it?
T: Please do. Now, separately, I want to teach you and go over the safety plan for home.
T: A checklist on the fridge: burner off, oven off, timer set. And the stove knob covers for when your wife is at work.
P: My wife works nights at the hospital.
T: Then the covers and the checklist are extra important. Also sit to get pans from the low cupboards.
P: Sitting, got it.
T: That teaching was thirteen minutes, and it was its own block after the cooking.
P: Okay.
T: I checked with the team and he's done well; Alex, good job.
P: Alex is a good teacher.
T: We talked about a stove shut-off device; not needed now with how well you checked the knob.
P: Good, the one my brother has is ugly.
T: Next time we'll do a hot meal and the dishwasher.
P: I'll bring my apron.
""",
    [
        "meningioma",
        "golf ball",
        "Six weeks|6 weeks",
        "scrambled eggs",
        "toast",
        "timer",
        "burner",
        "checklist",
        "stove knob covers",
        "low cupboards",
        "dishwasher",
    ],
    ["seizures", "falls"],
    ["stove shut-off device", "the one my brother has"],
    has59=True,
)

S(
    "z_ot06_knitter_cmc_progress",
    "OT",
    "progress",
    "OT",
    "per-code",
    "dev",
    {"97140": 9, "97530": 13, "97110": 6},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi June. Progress visit today, so lots of measuring.
P: Oh goody.
T: How's the thumb?
P: Better. My doctor said it's arthritis at the base of the thumb, where it meets the wrist. I call it my knitting thumb.
T: How much are you knitting now?
P: An hour at a time. I was at ten minutes when I started with you.
T: That's a big change. Pain right now?
P: Two. It was six when I started.
T: Any numbness or tingling in the fingers at night?
P: No, none. My sister has carpal tunnel and that's her problem, not mine.
T: Any swelling?
P: Not anymore.
T: Okay. Key pinch is nine pounds on the right, was five. Tip pinch is six, was three. Grip is forty-two pounds.
P: I can open the jelly jar now.
T: The QuickDASH is twenty-seven, down from fifty-five at the start.
P: Halved!
T: Just about half. Now, hands-on: some gentle CMC distraction and the first web space stretch.
P: Ooh, that's tight.
T: Hands-on was nine minutes. Now, in a separate block, the knitting task. Cast on twenty stitches with the bigger needles and the thumb in the neutral position.
P: Like you showed me. Thumb like a C.
T: Then the buttons and the zipper on the board, then opening the pill bottles.
P: The pill bottles are the worst.
T: The fine motor and knitting tasks were thirteen minutes.
P: Okay.
T: And the putty pinches and the thumb opposition, six minutes.
P: Easy.
T: Goals. Knit thirty minutes without pain: met. Open jars independently: met. Pinch eight pounds: met for key pinch, not yet for tip pinch, so partly met.
P: That's good.
T: Plan: every two weeks for four more weeks, keep the splint for knitting and gardening.
P: The splint is hot in summer.
T: Wear it for the hard tasks only. We talked about the paraffin; you don't need it.
P: Good. My friend Doris wants me to make her a blanket for her cruise.
T: A small one first.
P: A lap blanket then.
""",
    [
        "base of the thumb",
        "knitting thumb",
        "An hour at a time|1 hour at a time",
        "Key pinch",
        "nine pounds|9 pounds",
        "Tip pinch",
        "forty-two pounds|42 pounds",
        "twenty-seven|27",
        "fifty-five|55",
        "CMC distraction",
        "web space stretch",
        "twenty stitches|20 stitches",
        "pill bottles",
        "every two weeks for four more weeks|every 2 weeks for 4 more weeks",
    ],
    ["numbness", "swelling"],
    ["carpal tunnel", "paraffin", "cruise", "Doris"],
    has59=True,
)

S(
    "z_ot07_baker_elbow_discharge",
    "OT",
    "discharge",
    "OT",
    "cms",
    "dev",
    {"97110": 14, "97530": 10},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: Hi Pierre, last visit. How's the elbow?
P: Good. I worked the whole Saturday bake, four in the morning to noon.
T: Remind me what happened?
P: I slipped on flour on the bakery floor carrying a sheet tray and landed on my elbow. The radial head, they said, the little bone.
T: And no surgery.
P: Just the sling for a week and then you.
T: Any numbness in the ring or little finger?
P: No numbness.
T: Pain today?
P: Zero. Kneading for an hour, maybe a two.
T: Elbow extension is minus three degrees today, was minus thirty-five at the start. Flexion one hundred forty.
P: I can touch my shoulder.
T: Supination is eighty degrees, was forty.
P: I can turn the key in the oven door.
T: Your QuickDASH is nine. It was sixty-eight at the start.
P: What is it now, almost nothing?
T: Almost nothing. Now the exercise: wrist and elbow with the two-pound weight, the bar twists and the band.
P: The bar twists, okay.
T: Exercise was fourteen minutes. Now, the work task: knead the putty like dough, then lift the sheet tray loaded to ten pounds to the rack.
P: Loaded trays are heavier. Like fifteen.
T: Then we go to fifteen. Good form. That part was ten minutes.
P: My boss asked if I can do the deliveries again.
T: The elbow is ready. Keep the stretch for supination daily, and the weight three times a week.
P: Okay.
T: Goals: full work shift, met. Supination seventy or better, met. QuickDASH under twenty, met.
P: I knew it.
T: You're discharged.
P: I'm bringing you a baguette on Friday.
T: You don't have to.
P: I'm bringing one anyway.
""",
    [
        "radial head",
        "sheet tray",
        "minus three degrees|-3 degrees",
        "minus thirty-five|-35",
        "one hundred forty|140",
        "eighty degrees|80 degrees",
        "forty|40",
        "QuickDASH is nine|QuickDASH is 9",
        "sixty-eight|68",
        "two-pound|2-pound",
        "bar twists",
        "knead the putty",
        "discharged",
    ],
    ["numbness"],
    ["baguette", "bringing one anyway"],
)

S(
    "z_slp01_realtor_stutter_eval",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "dev",
    {},
    ["92521"],
    "92521x1:GN",
    """
T: Hi Marcus, I'm Hannah, the speech-language pathologist. What brings you in?
P: I've stuttered since I was a kid. It got better in college, but now I'm a realtor and it's back, mostly on the phone and at open houses.
T: What does it feel like when it happens?
P: I get stuck. Like the word is behind a wall. Especially my own name, and the street names.
T: Blocks on your name. Anything you do to get out of it?
P: I tap my leg. Or I switch words. I say "the property" instead of the street name.
T: Word switching. Anyone else in the family stutter?
P: My uncle did.
T: Any trouble with your hearing or your voice?
P: No, my hearing's fine. No voice problems.
T: Any swallowing trouble?
P: No.
T: Okay. I recorded you talking about your favorite listing and reading the passage. In the conversation you stuttered on about six percent of syllables.
P: Six percent doesn't sound like much.
T: It's mild to moderate, but what matters is how it affects you. Your blocks were up to three seconds long.
P: They feel like a minute.
T: On reading it was three percent. On the phone call to my desk line it was nine percent.
P: The phone is the worst.
T: Your OASES score was in the moderate range, two point eight.
P: What's that?
T: A questionnaire about how stuttering affects your life. You also said you avoid calling clients back.
P: I text them. My broker says I lose listings that way.
T: Let's try something. Say your name, but start it gently, like a sigh.
P: Mmmarcus Bell.
T: That was smooth. That's an easy onset.
P: Huh. That felt weird but good.
T: Goals: stutter on less than three percent of syllables on the phone, and make five client calls a week without avoiding.
P: Five calls a week, okay.
T: Plan: once a week for twelve weeks, fluency shaping and stuttering modification, and voluntary stuttering.
P: Voluntary stuttering? On purpose?
T: On purpose. It takes the fear out.
P: My wife is going to think I've lost it.
T: Bring her to a session if you like.
P: Maybe. We're closing on a house in Elm Park this weekend.
T: Good luck with the closing. See you next Tuesday.
P: Thanks.
""",
    [
        "realtor",
        "open houses",
        "Blocks on your name",
        "tap my leg",
        "Word switching",
        "six percent of syllables|6 percent of syllables|6% of syllables",
        "three seconds|3 seconds",
        "three percent|3 percent|3%",
        "nine percent|9 percent|9%",
        "OASES",
        "two point eight|2.8",
        "easy onset",
        "once a week for twelve weeks|1 time a week for 12 weeks",
        "five client calls a week|5 client calls a week",
    ],
    ["voice problems", "swallowing trouble"],
    ["Elm Park", "closing on a house", "broker says"],
)

S(
    "z_slp02_cheer_coach_voice_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92524"],
    "92524x1:GN",
    """
t: hi brianna so your ent sent you for a voice evaluation
p: yeah he scoped me and said i have nodules on both sides like little calluses
t: tell me about your voice use
p: i coach high school cheer three hours every afternoon and i yell over the music and then i teach a tumbling class saturdays
t: how long has your voice been hoarse
p: since football season so like four months it goes out completely by friday
t: any pain when you talk
p: it feels tight and tired not really pain
t: any heartburn or reflux
p: no heartburn
t: do you smoke or vape
p: no never
t: how much water do you drink
p: like two bottles a day maybe and a lot of iced coffee
t: ok lets do the voice handicap index you filled out its fifty eight out of one twenty
p: thats high right
t: its moderate to severe now take a breath and say ah as long as you can
p: ahhhhh
t: eleven seconds lets try again
p: ahhhhhhh
t: thirteen seconds thats your maximum phonation time its short lets do s and z
p: sssss zzzzz
t: your s z ratio is one point six over one point four is a sign the folds are not closing all the way
p: makes sense
t: your voice quality is rough and breathy mild to moderate and your pitch drops at the end of sentences
p: my team says i sound like a frog
t: try saying mmm hmm like you agree with someone
p: mm hmm
t: now say mmm one
p: mmm one
t: that was clearer did you feel the buzz in your lips
p: yeah
t: thats resonant voice goals no hoarseness by friday coach practice with the microphone and v h i under twenty in ten weeks
p: a microphone at practice
t: yes a portable amplifier use it every practice and a whistle for the big cues
p: okay the athletic director might pay for it
t: plan once a week for ten weeks resonant voice therapy vocal hygiene water and less coffee
p: less coffee is going to be hard
t: i thought about sending you for a stroboscopy but the ent scope was clear enough
p: good that thing was gross
t: see you next week
""",
    [
        "nodules",
        "high school cheer",
        "four months|4 months",
        "fifty eight out of one twenty|58 out of 120|58/120",
        "thirteen seconds|13 seconds",
        "maximum phonation time",
        "one point six|1.6",
        "rough and breathy",
        "resonant voice",
        "portable amplifier",
        "once a week for ten weeks|1 time a week for 10 weeks",
        "under twenty|under 20",
    ],
    ["heartburn", "smoke"],
    ["stroboscopy", "sound like a frog", "athletic director"],
)

S(
    "z_slp03_r_sound",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi eli hi mom how was the week
c: good he practiced most nights his teacher said his r is getting better in reading group
t: thats great eli do you remember what we work on
p: my r sound
c: before we came he said all his rs like ws like wabbit
t: lets warm up with the growling tiger rrrr
p: rrrrrr
t: good tongue tip back and up now words with r at the start red
p: wed
t: try again tiger first
p: rrr red
t: yes red rabbit rocket
p: red rabbit rocket
t: great lets do ten words at the beginning
p: rain run room rope wing
t: wing try again
p: ring
t: nice nine out of ten correct at the beginning of words
c: he said ring
t: he did now r at the end car star door
p: car staw door
t: star again growl at the end
p: starrr
t: good middle of words carrot parrot
p: cawot parrot
t: let me count sixteen out of twenty correct across all the words with a model thats eighty percent
c: thats better than last time
t: last time was twelve out of twenty now sentences with the picture cards the red rocket
p: the red rocket goes to the moon
t: perfect does he have any ear problems or trouble hearing
c: no his hearing check at school was fine no ear infections
t: okay eli lets play the race car game every time you say a word right your car moves
p: my car is faster
t: say rabbit
p: rabbit
t: go car go
c: his brother says he is going to be a race car driver
t: homework practice the r at the end of words five minutes every night the car star door list
c: five minutes we can do that
t: and i will tell the s l p how you did today
c: thank you
p: bye
""",
    [
        "like ws",
        "growling tiger",
        "nine out of ten|9 out of 10|9/10",
        "sixteen out of twenty|16 out of 20|16/20",
        "eighty percent|80 percent|80%",
        "twelve out of twenty|12 out of 20|12/20",
        "picture cards",
        "car star door",
        "five minutes every night|5 minutes every night",
        "with a model",
    ],
    ["ear infections", "trouble hearing"],
    ["race car driver"],
)

S(
    "z_slp04_aphasia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN,KX",
    """
T: Good morning, Walter. Good morning, Ruth. Can you both see me?
C: We see you. Walter, wave.
P: Hi. Hi.
T: How was the week?
C: He's been talking more at dinner. He still gets stuck on names. He calls the grandkids "the boy" and "the girl."
P: The boy. Yes. Uh. Danny.
T: That's right, Danny. Walter, any trouble swallowing with meals?
C: No, no coughing when he eats.
T: Any new weakness or headaches?
C: No headaches. Nothing new.
T: Good. Let's start with naming. I'm going to hold up pictures. What's this?
P: Uh. The. You put. Cup. Cup.
T: Cup, yes. And this?
P: Key.
T: Ruth, you froze on my screen. Can you hear me?
C: Walter said something, can you hear us now?
T: I'm back. Say that again, Walter?
P: Key. Key.
T: Key, perfect. And this one, it goes on your foot.
P: Shoe. No. Sock.
T: Sock is right. That's fourteen out of twenty pictures, seventy percent. Last week was eleven out of twenty.
C: He's getting there.
T: Now the script. Walter, ordering coffee at the diner. "I'd like a coffee, black, please."
P: I'd like. A coffee. Black. Please.
T: Beautiful. Again, a little faster.
P: I'd like a coffee black please.
T: That's four out of five times on the whole script without help.
C: He orders his own coffee now at Sam's. The waitress knows him.
T: That's exactly the goal. Now some yes and no questions. Is a stone heavy?
P: Yes.
T: Can a dog fly?
P: No. No!
T: Ten out of ten on the yes and no questions.
T: Ruth, one thing from the billing office. Walter's speech visits plus the PT he had in the spring put him over the Medicare threshold for this year. So we add the KX modifier. The therapy is still medically necessary: his naming and his phone use are not functional yet.
C: As long as he can keep coming.
T: He can. Homework: the naming app fifteen minutes a day, and practice the coffee script before you go to Sam's.
C: He likes the app.
T: I thought about adding a second video session a week, but with the app I think once a week is enough.
P: Good. Once.
C: He's tired after these.
T: That's normal. Walter, say goodbye.
P: Bye. Bye-bye. Thank you.
C: Our grandson's soccer team won on Saturday, by the way.
T: Tell Danny congratulations.
""",
    [
        "stuck on names",
        "fourteen out of twenty|14 out of 20|14/20",
        "seventy percent|70 percent|70%",
        "eleven out of twenty|11 out of 20|11/20",
        "ordering coffee",
        "four out of five|4 out of 5|4/5",
        "Ten out of ten|10 out of 10|10/10",
        "naming app",
        "fifteen minutes a day|15 minutes a day",
        "once a week|1 time a week",
    ],
    ["coughing", "headaches"],
    ["soccer team", "second video session", "The waitress knows him"],
    kx=True,
)

S(
    "z_slp05_brain_fog_cognition",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "dev",
    {"97129": 15, "97130": 23},
    [],
    "97129x1:GN 97130x2:GN",
    """
t: hi priya how has the brain fog been this week
p: a little better i only lost my keys twice instead of every day
t: remind me when it started
p: after i had covid in the winter i was out of work for a month and when i came back i couldnt keep track of anything
t: what do you do for work
p: im a pharmacy tech so i have to count pills and check the labels and answer the phone at the same time
t: any headaches this week
p: no headaches
t: any trouble sleeping
p: no i sleep okay seven hours
t: okay its ten oh five lets start the attention work the number cancellation cross out every seven on the sheet
p: okay
t: you got forty one out of forty four sevens thats ninety three percent last week was eighty percent
p: i am getting faster
t: now the pill count task with the interruptions count these tablets into groups of thirty and i will ask you questions while you count
p: okay one two three
t: whats your dob
p: march fourth twenty eleven twelve
t: good you kept your count now the memory part the story i read you then you tell it back after ten minutes
p: okay
t: a woman named sandra took the number nine bus to the library to return three books
p: sandra bus nine library three books
t: now the planner we set your reminders for the week refill pickup on tuesday dentist thursday
p: i keep forgetting to check the planner
t: thats why we set the phone alarm for eight am to check it
p: okay
t: now tell me the story again
p: sandra took the bus to the library to return three books the bus was number nine
t: perfect all of it its ten forty three so that was thirty eight minutes of cognitive work today
p: it felt like forever
t: your goals independent with the planner for appointments partly met recall a short story after ten minutes met
p: my manager keeps saying im distracted
t: lets also think about asking for a quieter station at work
p: they have a corner by the fax machine
t: i thought about the computer attention program but the paper tasks are working fine
p: ok
t: homework the cancellation sheets and check the planner every morning with the alarm
p: i can do that
t: see you next week
""",
    [
        "brain fog",
        "covid",
        "pharmacy tech",
        "number cancellation",
        "forty one out of forty four|41 out of 44|41/44",
        "ninety three percent|93 percent|93%",
        "eighty percent|80 percent|80%",
        "pill count",
        "phone alarm",
        "recall a short story",
        "partly met",
    ],
    ["headaches", "trouble sleeping"],
    ["fax machine", "computer attention program", "my manager keeps saying"],
    cog=38,
)

S(
    "z_slp06_school_stutter_progress",
    "SLP",
    "progress",
    "SLP",
    "per-code",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Owen, hi Ms. Dubois. Today's a progress check, so we'll do some counting.
C: He's been using his bumpy and smooth talk at home.
P: Smooth talk.
T: Owen, how's school?
P: Good. We had a presentation on volcanoes.
C: He did it in front of the whole class. Last year he'd have stayed home sick.
T: Wow. How did it go?
P: I got stuck on "Vesuvius" one time but I did a slide.
T: A slide, that's a stuttering modification tool. Great. Ms. Dubois, any teasing at school you know of?
C: No, no teasing that he's told me. His teacher watches out.
T: Any tension, like blinking or head movements when he gets stuck?
C: Not anymore. The eye blinking stopped.
T: Good. Owen, tell me about the volcano project.
P: A volcano is a mountain that, that has lava inside and it, it erupts when the pressure gets too high.
T: I counted about four percent of syllables stuttered just now, and they were short, under one second. At the start of therapy you were at eleven percent.
C: Eleven! That was a hard year.
T: The parent rating, you gave him a three out of nine this week for severity. At the start it was seven.
C: Yeah, it's mostly a three now. Sometimes a five when he's tired.
T: Owen, what's your rating for how you feel about talking? Your score on the children's questionnaire went from sixty-one to thirty-eight.
P: Is lower better?
T: Lower is better. Now let's practice the slide on hard words. Say "volcano" and slide into it.
P: Vvvolcano.
T: Smooth. Now the phone: order a pizza from me.
P: Hi, I'd like a, a large pepperoni.
T: Goals. Use a slide or easy start in conversation at least three times a session: met. Stutter on under five percent of syllables: met. Call a friend on the phone: partly met, you still want Mom to dial.
P: I don't like the phone.
T: We'll keep working on it. Plan: once a week for eight more weeks.
C: He's asking about the school play. He wants to be the narrator.
T: That would be a great goal. Practice the narrator lines with the slides at home.
P: I want to be the dragon actually.
C: Owen!
T: Either one. See you next week.
""",
    [
        "bumpy and smooth talk",
        "presentation on volcanoes",
        "slide",
        "four percent of syllables|4 percent of syllables|4% of syllables",
        "under one second|under 1 second",
        "eleven percent|11 percent|11%",
        "three out of nine|3 out of 9|3/9",
        "sixty-one to thirty-eight|61 to 38",
        "eye blinking stopped",
        "partly met",
        "once a week for eight more weeks|1 time a week for 8 more weeks",
    ],
    ["teasing"],
    ["be the dragon", "large pepperoni"],
)

S(
    "z_slp07_thyroid_voice_discharge",
    "SLP",
    "discharge",
    "SLP",
    "cms",
    "dev",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Mrs. Chambers. Last session today. How's the voice?
P: It's mine again. I sang in the choir on Sunday, just the alto part, softly.
T: That's wonderful. Remind me how this started?
P: They took out my thyroid in the spring for the nodule, and when I woke up I sounded like a whisper. The surgeon said one of the nerves to the voice box got bruised.
T: Left vocal fold paresis. And the ENT scope last week?
P: She said the left side is moving almost normally.
T: Any trouble swallowing or coughing on drinks?
P: No coughing. That stopped in the summer.
T: Any shortness of breath when you talk?
P: No, I can get through a whole sentence now.
T: Let's do the numbers. Say "ah" as long as you can.
P: Ahhhhhh.
T: Eighteen seconds. At the start it was six seconds.
P: Six! I remember.
T: The Voice Handicap Index is twelve today, it was seventy-four.
P: I don't think about my voice anymore.
T: Your s/z ratio is one point one, that's normal. The CAPE-V overall severity is about ten out of a hundred, mild.
P: Okay.
T: Let's run through the exercises one more time. The straw phonation, slide up and down.
P: Wooo-ooo.
T: Good. Now the pushing against the wall with a firm "ah".
P: AH.
T: Nice and strong, but not strained. Now the reading passage at a normal loudness.
P: "When the sunlight strikes raindrops in the air, they act as a prism."
T: Clear. Goals: talk on the phone for twenty minutes without fatigue, met. Sing in the choir, met. Voice Handicap Index under twenty, met.
P: All of them.
T: All of them. You're discharged. Keep the straw exercise a few times a week, and drink your water.
P: I will. My granddaughter's wedding is in June, I'm going to sing at it.
T: Call if the voice gets weak again or you get hoarse for more than two weeks.
P: I will. Thank you so much.
T: You did the work.
P: I brought you a jar of my peach jam.
T: Thank you, that's so kind.
""",
    [
        "thyroid",
        "whisper",
        "Left vocal fold paresis",
        "Eighteen seconds|18 seconds",
        "six seconds|6 seconds",
        "twelve today|12 today",
        "seventy-four|74",
        "one point one|1.1",
        "CAPE-V",
        "straw phonation",
        "twenty minutes without fatigue|20 minutes without fatigue",
        "discharged",
    ],
    ["coughing", "shortness of breath"],
    ["peach jam", "granddaughter's wedding"],
)

# ---------------------------------------------------------------------------------------------
# Sessions: test half (HELD OUT)
# ---------------------------------------------------------------------------------------------

S(
    "z_pt09_trucker_sciatica",
    "PT",
    "evaluation",
    "PT",
    "cms",
    "test",
    {"97110": 11},
    ["97162"],
    "97162x1:GP 97110x1:GP",
    """
t: alright mister pruitt what brings you in
p: my sciatica is acting up real bad down the left leg
t: tell me about your work
p: i drive long haul flatbed eleven hours a day and i gotta throw the straps and tarp the loads thats the worst part climbing up on the trailer
t: when did this start
p: about six weeks ago i was tarping a load of lumber in the wind and the tarp caught and yanked me sideways
t: where does the pain go
p: from the left butt cheek down the back of the thigh into the calf sometimes the outside of the foot
t: any numbness
p: the foot gets kind of tingly after i drive a while
t: any weakness like the foot slapping or tripping
p: no weakness i walk fine
t: any trouble with bowel or bladder or numbness in the groin
p: no nothing like that
t: any fevers or weight loss
p: no fevers
t: pain right now
p: six out of ten eight when i get out of the truck
t: okay lay back straight leg raise on the left
p: ow right there down the leg
t: straight leg raise positive on the left at forty degrees negative on the right slump test positive left
p: is that bad
t: it tells me the nerve is irritated the oswestry you filled out is fifty two percent
p: whats that mean
t: about half your daily stuff is limited by the back this is a moderate complexity evaluation because of the job demands and the leg symptoms
p: can i still drive
t: you can but stop every two hours and walk five minutes
p: my dispatcher is gonna love that
t: we also did about eleven minutes of exercise the prone press ups and the nerve glides
p: the press ups actually made the leg feel better
t: thats what i hoped centralization i thought about the lumbar traction but lets hold off with how well the press ups worked
p: ok
t: goals oswestry under twenty percent and climb on the trailer and tarp a load without leg pain in eight weeks
p: my wife says i should just retire and sell the truck
t: plan twice a week for eight weeks press ups ten reps every two hours while you are off the road
p: got it
t: see you monday
""",
    [
        "long haul flatbed",
        "tarp",
        "six weeks|6 weeks",
        "left leg",
        "straight leg raise positive",
        "forty degrees|40 degrees",
        "slump test positive",
        "fifty two percent|52 percent|52%",
        "prone press ups",
        "nerve glides",
        "centralization",
        "moderate complexity",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["weakness", "fevers"],
    ["dispatcher", "sell the truck", "lumbar traction"],
)

S(
    "z_pt10_myelitis_eval",
    "PT",
    "evaluation",
    "PT",
    "per-code",
    "test",
    {"97116": 12},
    ["97163"],
    "97163x1:GP 97116x1:GP",
    """
T: Hi, I'm Dana, I'll be your physical therapist. And you are?
C: I'm Gary, her husband.
P: I'm Lorraine.
T: Lorraine, tell me what happened.
P: In March I woke up and couldn't feel my legs. They called it transverse myelitis. I call it my jelly legs.
C: She was in the hospital three weeks and then inpatient rehab for two.
T: How are you getting around at home?
P: The walker, and Gary hovers.
C: Somebody has to.
T: Any falls since you came home?
P: No falls. Some close ones.
T: Any pain?
P: A burning band around my ribs, maybe a four. The legs don't hurt.
T: How about bladder?
P: That's the part nobody warns you about. I have a catheter schedule now.
T: Okay. Any trouble breathing or swallowing?
P: No, none.
T: Let's test strength. Push up against my hand... hip flexion three out of five on the right, three minus on the left. Knee extension four out of five both sides.
P: The left is the lazy one.
T: Sensation is reduced below the belly button, both sides. Now the timed up and go with the walker.
P: Okay, here I go.
T: Thirty-one seconds. Over fourteen is a high fall risk, so we'll work on that.
C: She used to walk three miles a day with the dog.
T: Berg is twenty-eight out of fifty-six.
P: That sounds low.
T: It's a starting point. With the myelitis, the bladder, the nerve pain and the fall risk, this is a high complexity evaluation.
P: I figured.
T: We did gait training in the hallway with the walker, working on step length and not dragging the left toe, twelve minutes.
P: I drag it when I'm tired.
T: I saw. I thought about an AFO for the left foot but I want to see how the strength comes back first.
C: Our neighbor has one of those braces.
T: Goals: TUG under twenty seconds, Berg over forty, walk to the mailbox with the walker without help, eight weeks.
P: The mailbox is at the end of the driveway. Seventy feet maybe.
T: Plan: three times a week for eight weeks. Gary, please stand behind her on her left when she walks.
C: Left side, got it.
T: See you both Wednesday.
""",
    [
        "transverse myelitis",
        "jelly legs",
        "walker",
        "three out of five|3 out of 5|3/5",
        "four out of five|4 out of 5|4/5",
        "below the belly button",
        "Thirty-one seconds|31 seconds",
        "twenty-eight out of fifty-six|28 out of 56|28/56",
        "high complexity",
        "step length",
        "catheter",
        "under twenty seconds|under 20 seconds",
        "three times a week for eight weeks|3 times a week for 8 weeks",
    ],
    ["falls", "trouble breathing"],
    ["neighbor has one of those braces", "AFO"],
)

S(
    "z_pt11_lumbar_fusion",
    "PT",
    "daily",
    "PTA",
    "cms",
    "test",
    {"97110": 22, "97112": 9},
    ["G0283"],
    "97110x1:GP,CQ,KX 97112x1:GP,CQ,KX G0283x1:GP,CQ,KX",
    """
t: hi mister delgado how is the back today
p: sore i mowed the lawn on saturday which i know i wasnt supposed to
t: the riding mower or the push
p: the riding one but the seat bounces a lot
t: pain now
p: like a five normally a three
t: any new numbness or tingling in the legs
p: no numbness no tingling just the ache at the incision
t: any fever or drainage from the incision
p: no fever its healed up
t: good thats the fusion at l four l five right
p: yeah the rods and the screws ten weeks ago
t: okay lets start with the nustep then the pelvic tilts bridges and the bird dogs
p: the bird dogs make me shake
t: thats the core working two sets of ten each then the wall slides
p: okay
t: the exercise part was twenty two minutes
p: my son keeps telling me to hire a lawn service
t: now balance stand on the foam with feet together then reach out to the cones
p: whoa the foam is tricky
t: hands off the bar if you can nice then tandem walking on the line
p: like a sobriety test
t: exactly balance was nine minutes now lets put the stim on your back with heat while you rest
p: oh yes the good part
t: i will set it up and leave you for fifteen minutes ill be with another patient
p: thats fine
t: one more thing from the front office you are past the medicare threshold for therapy this year so we add the k x modifier the therapy is still medically necessary your balance and lifting are not back yet
p: so i dont have to pay more
t: not because of that the k x just tells medicare it is still needed
p: ok good
t: the hot pack does not count for anything billing wise it is just for comfort
p: fine by me
t: okay stim is done how does that feel
p: loose better than when i came in
t: no more mowing until the surgeon says
p: yeah yeah
t: see you thursday
""",
    [
        "l four l five|L4-L5",
        "fusion",
        "ten weeks|10 weeks",
        "nustep",
        "pelvic tilts",
        "bridges",
        "bird dogs",
        "wall slides",
        "foam",
        "tandem walking",
        "stim",
        "cones",
    ],
    ["numbness", "tingling", "fever"],
    ["lawn service", "sobriety test", "riding mower"],
    kx=True,
)

S(
    "z_pt12_climber_shoulder",
    "PT",
    "daily",
    "PTA",
    "per-code",
    "test",
    {"97110": 19, "97140": 8},
    [],
    "97110x1:GP,CQ 97140x1:GP,CQ",
    """
T: Hey Noor, sorry I'm late getting to you, it's packed today. How's the shoulder?
P: It's okay. I went to the climbing gym and just did the easy wall, no overhangs.
T: Remind me how it happened?
P: I was bouldering, I reached for a sloper with my right arm, my feet cut, and the shoulder popped out the front. It went back in when I hit the mat.
T: And that was seven weeks ago?
P: Seven weeks Tuesday.
T: Any feeling that it's slipping or about to pop out again?
P: No, nothing like that since.
T: Numbness or tingling down the arm?
P: No numbness.
T: Good. Pain right now?
P: A one. A three after climbing.
T: Okay. Priya, our student, started you on the bands while I was with Mr. Chen, right?
P: Yeah, she had me do the rows and the external rotations.
T: That part I can't bill, I wasn't with you. From here on it's me. Let's do the wall walks, then the ball on the wall, then the rhythmic stabilization.
P: The shaky one.
T: The shaky one. I push, you hold. Don't let me move your arm.
P: Okay.
T: Mr. Chen, stay on the bike another five minutes please, then grab your ice.
P: Got it.
T: Sorry, Noor. Now the push-up plus on the wall and the prone Ts and Ys on the table.
P: The Ys are rough.
T: Lighter weight then, one pound. Those exercises with me were nineteen minutes.
P: Okay. What about the tight spot in the back of the shoulder?
T: I'll do some soft tissue to the posterior shoulder and the lats while you lie on your side.
P: Ooh, right there.
T: That was eight minutes of soft tissue.
P: Feels looser.
T: Good. I'd like you to hold off on overhangs and dynamic moves until your PT rechecks you.
P: What about campus board?
T: Definitely not.
P: My climbing partner is doing a trip to Red Rocks in March.
T: We'll see. Keep doing the bands at home daily, and the sleeper stretch.
P: Okay. Thanks, see you Thursday.
""",
    [
        "bouldering",
        "sloper",
        "popped out the front",
        "seven weeks|7 weeks",
        "wall walks",
        "rhythmic stabilization",
        "push-up plus",
        "Ts and Ys",
        "one pound|1 pound",
        "soft tissue",
        "posterior shoulder",
        "sleeper stretch",
        "overhangs",
    ],
    ["numbness", "slipping"],
    ["Mr. Chen", "Red Rocks", "campus board"],
)

S(
    "z_pt13_mechanic_back",
    "PT",
    "daily",
    "PT",
    "cms",
    "test",
    {"97140": 10, "97530": 16, "97110": 8},
    [],
    "97530x1:GP,59 97140x1:GP",
    """
T: Hey Luis. How did work go this week?
P: Better. I did two brake jobs on Wednesday without having to lie down at lunch.
T: That's a change. You were on the creeper most of the day before, right?
P: On the creeper, under the lifts, bending over fenders. Fourteen years at the dealership.
T: Pain now?
P: Two. By the end of a shift, four.
T: Any numbness or tingling down the legs?
P: No, none of that. Never has.
T: Good. Face down on the table. I'll start with soft tissue along the lumbar paraspinals and some PA glides.
P: Oh, that's the knot.
T: Breathe out. Okay, that hands-on part was ten minutes.
P: Can you do that every day?
T: I wish. Now, in a separate block, let's do the shop stuff. Creeper first: get on, roll under the table, reach up like you're on a caliper.
P: This is exactly my day.
T: Keep your belly tight when you reach. Now lift the tire from the floor to the bench. That one's a real tire, about thirty-five pounds.
P: Bend the knees, I know, I know.
T: Okay, that was nine minutes. Water break.
P: Thanks.
T: Let's go again, now the fender reach: lean over the bench like it's an engine bay and hold a wrench overhead.
P: That's the one that used to kill me.
T: Hold thirty seconds, rest, again. Okay, that was another seven on the work tasks.
P: So sixteen on that?
T: Sixteen total on the work tasks, yes. Last, bird dogs and side planks.
P: Side planks, ugh.
T: Two sets. Good. That exercise part was eight minutes.
P: I thought about getting one of those back braces from the parts store.
T: I'd rather you didn't wear one all day; your muscles are doing the work now.
P: Okay. My manager asked if I can go back to heavy line work.
T: Not yet. Keep it at brakes and oil for two more weeks.
P: Fine.
T: Flexion is about three quarters of normal now, up from half.
P: I can touch my shins.
T: Home: the bird dogs and the hip hinge drill every day.
P: Will do.
T: See you Monday.
""",
    [
        "creeper",
        "Fourteen years|14 years",
        "dealership",
        "lumbar paraspinals",
        "PA glides",
        "tire",
        "thirty-five pounds|35 pounds",
        "fender reach",
        "bird dogs",
        "side planks",
        "three quarters|3/4",
        "hip hinge",
    ],
    ["numbness", "tingling"],
    ["parts store", "back braces"],
    parts={"97530": [9, 7]},
    has59=True,
)

S(
    "z_pt14_knee_replacement",
    "PT",
    "progress",
    "PT",
    "cms",
    "test",
    {"97110": 18, "97112": 9},
    [],
    "97110x1:GP 97112x1:GP",
    """
t: hi bev can you see me
p: i can see you is my camera on
t: yes i see your kitchen okay this is your progress visit how is the knee
p: the new knee is doing good my granddaughter set up this computer for me
t: how many weeks since the surgery
p: seven weeks friday
t: any calf pain or swelling in the calf
p: no calf pain the knee swells a little at night
t: any fevers or redness at the incision
p: no fever the incision looks good
t: pain today
p: two
t: the knee outcome survey you sent in came to sixty one percent it was thirty four percent at your first visit
p: is that good
t: yes thats a big jump okay put the laptop on the floor so i can see your leg
p: hold on
t: okay sit on the chair and slide your heel back as far as it goes
p: like this
t: bev you froze can you say that again
p: i said is this far enough
t: got you now it looks like about a hundred and five degrees from here
p: it was ninety at the hospital
t: good okay lets do the exercises sit to stands from the kitchen chair then the heel raises at the counter then the step ups on the bottom stair
p: the stairs are in the hallway one second
t: take your time bring the laptop
p: can you see me
t: i see the ceiling tilt it down there thats it step ups ten each side
p: ten each side
t: okay exercise part was eighteen minutes now balance stand with one foot in front of the other by the counter
p: tandem like last time
t: yes thirty seconds then switch then single leg stance with a finger on the counter
p: ok
t: you froze again i lost about ten seconds
p: i did the whole thirty
t: great balance was nine minutes
p: can i start going to the water aerobics at the y
t: once the incision is fully closed the surgeon decides that
p: my friend joan does the water aerobics she had both knees done
t: goals walk in the grocery store without the cane met stairs foot over foot partly met knee bend one hundred ten not met yet
p: almost
t: almost plan twice a week three more weeks video visits are fine
p: okay bye
""",
    [
        "seven weeks|7 weeks",
        "sixty one percent|61 percent|61%",
        "thirty four percent|34 percent|34%",
        "a hundred and five degrees|105 degrees",
        "ninety|90",
        "sit to stands",
        "heel raises",
        "step ups",
        "tandem",
        "single leg stance",
        "partly met",
        "not met yet",
        "three more weeks|3 more weeks",
    ],
    ["calf pain", "fevers"],
    ["water aerobics", "my friend joan", "granddaughter set up this computer"],
)

S(
    "z_pt15_dancer_hip_reeval",
    "PT",
    "re-evaluation",
    "PT",
    "per-code",
    "test",
    {"97110": 12, "97112": 7},
    ["97164"],
    "97164x1:GP 97110x1:GP",
    """
T: Okay, Sofia, I'm going to dictate while we go, just ignore the shorthand.
P: Go ahead.
T: Re-eval, visit twelve. Pt is a twenty-four y/o ballet dancer, s/p R hip arthroscopy with labral repair, fourteen weeks post-op. Pt c/o anterior hip pinch with grand plié and développé to the front.
P: Mostly the développé above ninety.
T: How are you doing in class right now? Barre, center, jumps?
P: Full barre, half of center, and small jumps only. My teacher lets me mark the big jumps.
T: Pinch with hip flexion past ninety. Pain now?
P: One. A four in class.
T: Pain one over ten at rest, four over ten in class. Any clicking or locking?
P: No clicking anymore. No locking.
T: Denies clicking, denies locking. Any back pain?
P: No back pain.
T: HOS sport subscale seventy-two percent, was forty-one percent at eval. R hip flexion 115 degrees, was 95. ER in prone 45, IR 30. MMT hip abd 4+/5, was 3+/5. Glute max 4/5.
P: The glute is still the weak one.
T: Agreed. FADIR pos R, mild. Single leg squat R, good control. Now the exercise: side-lying clams with the band, x3 sets of fifteen, bridges single leg 3 x 10, Copenhagen plank short lever.
P: The Copenhagen is brutal.
T: Therex twelve minutes. Now balance: relevé on the foam, single leg, with arm port de bras.
P: That's my actual class, honestly.
T: Neuro re-ed seven minutes.
P: When can I do full class again?
T: Goals. One: HOS sport over eighty percent, not met. Two: full barre without pain, met. Three: jumps at half height without pain, partly met.
P: So I'm not done.
T: You're close. The glute strength is what's holding the jumps back.
P: Then I'll do the clams every day, promise.
T: Not yet. Plan: once a week for six more weeks, start petit allegro progression, no grand jeté yet.
P: Our spring show is in May, I'm supposed to be a swan.
T: We'll aim for it. I considered a cortisone referral for the pinch; with how you're moving, no.
P: Good, I hate needles.
T: Keep your HOS under review at home, and do the clams and bridges daily.
P: Okay.
T: End of dictation. Good work today, Sofia.
P: Thanks, see you next week.
""",
    [
        "ballet dancer",
        "labral repair",
        "fourteen weeks|14 weeks",
        "développé",
        "seventy-two percent|72 percent|72%",
        "forty-one percent|41 percent|41%",
        "115 degrees|one hundred fifteen degrees",
        "4+/5",
        "FADIR pos",
        "clams",
        "Copenhagen plank",
        "relevé",
        "once a week for six more weeks|1 time a week for 6 more weeks",
    ],
    ["clicking", "locking", "back pain"],
    ["cortisone referral", "hate needles"],
)

S(
    "z_pt16_nurse_disc_discharge",
    "PT",
    "discharge",
    "PT",
    "per-code",
    "test",
    {"97110": 23},
    [],
    "97110x2:GP",
    """
T: Kendra, last visit. How's the back?
P: Honestly, I did three twelve-hour shifts this week and I'm fine.
T: Remind me how it started.
P: Patient boost in the ICU. He slid down the bed, I pulled him up with the draw sheet by myself because the lift was broken, and my back just seized. The MRI said a bulging disc at L5-S1.
T: Any pain down the leg now?
P: No leg pain at all. Hasn't been for a month.
T: Any numbness in the foot?
P: No, that went away too.
T: Pain today?
P: Zero. A one after a shift, maybe.
T: Oswestry today is six percent. You started at forty percent.
P: Forty! I remember that day.
T: Let's do the last round. Deadlifts with the kettlebell, twenty pounds, three sets of ten.
P: Hinge at the hips, chest up.
T: Perfect. Then the suitcase carry, the farmer walk, and the Pallof press.
P: The Pallof press is my favorite now.
T: It's three-oh-five now. I'll watch the time.
P: What do you want me to do after the carries?
T: Dead bugs and side planks. Then the bike for five minutes.
P: Okay.
T: It's three twenty-eight, so that was twenty-three minutes of exercise.
P: I thought it was only twenty.
T: It was twenty-three by the clock.
P: Time flies.
T: Now your home program. You don't need to do them here, just walk me through what you're doing.
P: Bird dogs, dead bugs, side planks every morning, and the kettlebell deadlifts three times a week at the gym.
T: Perfect. Keep that going.
P: My charge nurse wants me on the float pool. More walking.
T: That's fine for your back. Goals: lift and boost patients with proper body mechanics, met. Oswestry under ten percent, met. Twelve-hour shift without pain, met.
P: All met.
T: All met, you're discharged. Use the lift when it's working, please.
P: I put in a ticket for the lift.
T: Good. Call if it flares.
P: Thanks. I'll bring you cookies from the unit.
""",
    [
        "Patient boost",
        "draw sheet",
        "L5-S1",
        "six percent|6 percent|6%",
        "forty percent|40 percent|40%",
        "kettlebell",
        "twenty pounds|20 pounds",
        "suitcase carry",
        "farmer walk",
        "Pallof press",
        "Dead bugs",
        "discharged",
        "twelve-hour shift|12-hour shift",
    ],
    ["leg pain", "numbness"],
    ["float pool", "cookies", "only twenty"],
)

S(
    "z_ot08_crps_eval",
    "OT",
    "evaluation",
    "OT",
    "cms",
    "test",
    {"97535": 9},
    ["97166"],
    "97166x1:GO 97535x1:GO",
    """
t: hi mrs yates im the occupational therapist what brings you in
p: my hand is on fire all the time since i broke my wrist the doctor says its c r p s complex regional something
t: complex regional pain syndrome when did you break the wrist
p: in august i tripped over the dog leash walking him and put my hand out
t: and they did a cast
p: a cast for six weeks and when it came off the hand was purple and swollen and it hurt to even have the sheet touch it
t: do you work
p: i do medical billing from home typing all day
t: can you type now
p: with one hand and it takes forever
t: any numbness
p: its not numb its the opposite everything is too much
t: any fevers or chills
p: no fever
t: pain right now
p: seven burning
t: the skin on the left hand is shiny and a little red compared to the right and its warmer to the touch
p: it sweats too
t: wrist extension is thirty degrees flexion is twenty five degrees grip on the left is eight pounds right is fifty four
p: eight thats pathetic
t: its where we start the quick dash came out seventy three
p: sounds about right
t: this is a moderate complexity evaluation because of the pain syndrome and how much its limiting work and home
p: okay
t: we spent about nine minutes going over the desensitization program the different textures and the graded motor imagery with the left right cards on the tablet
p: the cards where you pick if its a left hand or a right hand
t: yes ten minutes three times a day and the textures from soft to rough
p: the cotton ball then the towel then the velcro
t: exactly i thought about mirror box therapy but we will start with the left right cards first
p: my husband built me a mirror box already out of a shoe box
t: keep it for later goals type for thirty minutes with both hands grip twenty pounds quick dash under forty in eight weeks
p: thirty minutes would be amazing
t: plan twice a week for eight weeks
p: okay
t: and keep moving the fingers dont protect the hand too much
p: i keep it in my lap like a baby bird
t: lets get it out of your lap
p: okay
t: see you thursday
""",
    [
        "complex regional pain syndrome",
        "dog leash",
        "six weeks|6 weeks",
        "medical billing",
        "shiny",
        "thirty degrees|30 degrees",
        "twenty five degrees|25 degrees",
        "eight pounds|8 pounds",
        "fifty four|54",
        "seventy three|73",
        "moderate complexity",
        "desensitization",
        "graded motor imagery",
        "twice a week for eight weeks|2 times a week for 8 weeks",
    ],
    ["fever"],
    ["mirror box", "shoe box", "baby bird"],
)

S(
    "z_ot09_violin_elbow",
    "OT",
    "evaluation",
    "OT",
    "per-code",
    "test",
    {"97535": 11},
    ["97165"],
    "97165x1:GO 97535x1:GO",
    """
T: Hi Ms. Ruiz, can you hear me? This is your OT evaluation by video.
P: Yes, I can hear you fine.
T: Great. Tell me what's going on with the arm.
P: The inside of my right elbow hurts. My doctor called it golfer's elbow, which is funny because I've never golfed. I teach violin.
T: How much do you play?
P: Six hours a day with students, then my own practice, and the orchestra on Tuesdays.
T: When did it start?
P: About two months ago, after we did the big Brahms concert. Lots of rehearsals.
T: Any numbness or tingling in the ring or little finger?
P: No numbness, nothing in the fingers.
T: Any swelling?
P: No.
T: Pain right now?
P: A two. When I play for an hour it's a six.
T: Can you hold the arm up to the camera and make a fist?
P: Like this?
T: Sorry, you froze. Can you say that again?
P: I said, like this? Can you see me now?
T: Yes, now I can. Bend your wrist down against your other hand. Does that hurt?
P: Yes, right on the inside of the elbow.
T: Resisted wrist flexion is painful. The PRTEE you filled out was forty-four out of one hundred.
P: What's that?
T: A questionnaire for elbow pain. This is a low complexity evaluation, one problem, and you're otherwise well.
P: Good.
T: For about eleven minutes I went over how to set up your practice: practice in twenty-minute blocks, a five-minute break, a lighter grip on the bow, and the shoulder rest adjustment.
P: I do squeeze the bow. My students say I squeeze everything.
T: And the counterforce strap when you teach.
P: I bought one at the drugstore.
T: That's fine. I thought about having you see a hand therapist in person for a splint, but I don't think you need one.
P: Good.
T: Goals: play an hour with pain two or less, PRTEE under twenty in six weeks.
P: The spring recital is in April.
T: Plan: video once a week for six weeks, with one in-person visit to check the strength.
P: Sounds good. Sorry, my cat is walking on the keyboard.
T: No problem. See you next week.
""",
    [
        "golfer's elbow",
        "inside of my right elbow",
        "teach violin",
        "Six hours a day|6 hours a day",
        "two months|2 months",
        "Resisted wrist flexion is painful",
        "PRTEE",
        "forty-four out of one hundred|44 out of 100|44/100",
        "low complexity",
        "twenty-minute blocks|20-minute blocks",
        "counterforce strap",
        "once a week for six weeks|1 time a week for 6 weeks",
    ],
    ["numbness", "swelling"],
    ["Brahms concert", "cat is walking on the keyboard", "hand therapist in person"],
)

S(
    "z_ot10_heart_bypass",
    "OT",
    "daily",
    "OTA",
    "cms",
    "test",
    {"97535": 14, "97530": 10},
    [],
    "97535x1:GO,CO,59,KX 97530x1:GO,CO,KX",
    """
T: Hi Mr. Whitaker. How are you feeling today?
P: Tired, but better. Five weeks since the bypass. Four bypasses, they told me.
T: Any chest pain or shortness of breath at rest?
P: No chest pain. I get winded on the stairs.
T: Any dizziness when you stand up?
P: No dizziness.
T: Good. I checked your blood pressure, one twenty-eight over seventy-six, and your heart rate is eighty-two.
P: Better than last week.
T: Let's start with the teaching. Sternal precautions first: no pushing up from the chair with your arms, no lifting over ten pounds, hug the pillow when you cough.
P: The heart pillow. The nurses signed it.
T: And the energy conservation for your shower: sit on the shower chair, the long-handled sponge, the terry robe instead of toweling off.
P: The robe is genius. My wife bought two.
T: Pace yourself: shower, rest, then dress. Not everything at once.
P: I always want to do it all at once.
T: That teaching part was fourteen minutes.
P: Okay.
T: Now the practice, in its own block: let's do the bed and the dressing. Roll to your side, legs down, sit up without your arms.
P: Log roll.
T: Good. Now put on the button shirt without reaching behind with both arms.
P: Left arm first, then around.
T: Now socks with the sock aid. Then put the dishes away on the low shelf.
P: I'm getting better at the sock aid.
T: Those tasks were ten minutes.
P: Okay.
T: One more thing. Your OT visits this year are over the Medicare threshold because of your hand surgery in the spring. We add a KX modifier. It's medically necessary: you can't shower and dress without getting winded yet.
P: Whatever keeps it covered.
T: It keeps it covered. Keep the walking program from cardiac rehab too.
P: They have me on the treadmill twice a week.
T: Good. No golf yet.
P: My buddies are saving me a cart for June.
T: Ask the surgeon in June.
P: Will do.
""",
    [
        "Five weeks|5 weeks",
        "bypass",
        "one twenty-eight over seventy-six|128/76",
        "eighty-two|82",
        "Sternal precautions",
        "ten pounds|10 pounds",
        "hug the pillow",
        "shower chair",
        "long-handled sponge",
        "terry robe",
        "Log roll",
        "sock aid",
    ],
    ["chest pain", "dizziness"],
    ["saving me a cart", "nurses signed it", "My wife bought two"],
    kx=True,
    has59=True,
)

S(
    "z_ot11_mallet_finger",
    "OT",
    "daily",
    "OTA",
    "per-code",
    "test",
    {"97110": 13, "97760": 10},
    [],
    "97110x1:GO,CO 97760x1:GO,CO",
    """
t: hey trevor how is the finger
p: good i havent taken the splint off once like you said
t: remind me how you did it
p: making the bed in the barracks corner tuck and i jammed the tip of my middle finger into the mattress and it just drooped
t: mallet finger on the left middle finger and thats eight weeks in the splint now
p: eight weeks tomorrow
t: any numbness at the tip
p: no numbness
t: any redness or sores under the splint
p: no sores the skin is good
t: okay the hand surgeon says we start weaning so lets look at the splint first
p: its getting loose
t: the swelling is down so i am going to trim the edges and reheat it to fit and we will go over the weaning schedule splint off for an hour twice a day then put it back on
p: only an hour
t: only an hour for this week sleep in it every night
p: okay
t: check the skin every time you take it off and keep the finger straight on a table when you clean the splint
p: got it
t: the splint part was ten minutes now lets do the exercises gentle blocked bending of the tip only twenty degrees for now
p: like this
t: dont push past that then make a fist and the tendon glides and the putty with the other fingers
p: the putty is easy
t: then the finger extension with the rubber band around the fingers
p: whoa thats tired
t: exercises thirteen minutes
p: my platoon sergeant wants to know when i can do push ups
t: thats a question for the surgeon but not for at least four more weeks
p: he is going to make me do planks instead
t: planks on your forearms are fine
p: ok
t: the extensor lag is about ten degrees today was twenty five
p: is that good
t: yes its better keep the splint on at night
p: see you tuesday
""",
    [
        "mallet finger",
        "left middle finger",
        "corner tuck",
        "eight weeks|8 weeks",
        "trim the edges",
        "weaning schedule",
        "an hour twice a day|1 hour twice a day",
        "twenty degrees|20 degrees",
        "tendon glides",
        "putty",
        "extensor lag",
        "ten degrees|10 degrees",
        "twenty five|25",
    ],
    ["numbness", "sores"],
    ["platoon sergeant"],
)

S(
    "z_ot12_roofer_boxer_fracture",
    "OT",
    "daily",
    "OT",
    "per-code",
    "test",
    {"97140": 11, "97530": 12, "97110": 7},
    [],
    "97140x1:GO 97530x1:GO,59",
    """
T: Hi Dustin. How's the hand?
P: Better. I'm back up on roofs, light duty, just carrying bundles.
T: Remind me, the fracture was the little finger knuckle?
P: Fifth metacarpal. I'd like to say I punched somebody, but a bundle of shingles fell on it off the ladder hoist.
T: Ouch. Six weeks ago?
P: Seven now.
T: Any numbness?
P: No. No numbness.
T: Any rotation of the finger, does it cross over the ring finger when you make a fist?
P: No, it lines up.
T: Good. Pain today?
P: A two. Four after a full day.
T: On the table. Scar massage over the incision and joint mobs to the knuckle.
P: That's the spot that's sticky.
T: The mobilization and massage were eleven minutes.
P: Felt quicker.
T: Eleven by the clock. Now, separate from that, the work stuff. The nail gun is too loud for in here, so the hammer and nails into the board.
P: I haven't swung a hammer in weeks.
T: Then carry the shingle bundle, it's a half bundle, about thirty-five pounds, across the room and up the step.
P: That's what I carry all day.
T: Then pull the flat bar under the shingle tabs, that's your tear-off motion.
P: My grip still gives out.
T: That's why we're doing it. The work tasks were twelve minutes.
P: Okay.
T: Last, the putty and the finger extensions with the band. Seven minutes.
P: The putty again.
T: The putty again. Grip today is eighty-eight pounds, the other side is one hundred ten.
P: So like eighty percent.
T: Exactly eighty percent.
P: My foreman wants me back on tear-off next week.
T: Tear-off with the gloves with the padded palm, and stop if it aches past a three.
P: Fine.
T: I considered buddy taping for work but the finger tracks fine, so no.
P: Good, the tape never stays on with the tar anyway.
T: Putty at home twice a day.
P: See you Monday.
""",
    [
        "Fifth metacarpal",
        "bundle of shingles",
        "Seven now|7 weeks",
        "Scar massage",
        "joint mobs",
        "hammer and nails",
        "thirty-five pounds|35 pounds",
        "flat bar",
        "tear-off",
        "eighty-eight pounds|88 pounds",
        "one hundred ten|110",
        "eighty percent|80 percent|80%",
        "padded palm",
    ],
    ["numbness", "rotation"],
    ["punched somebody", "buddy taping", "nail gun is too loud"],
    has59=True,
)

S(
    "z_ot13_tbi_cognition_progress",
    "OT",
    "progress",
    "OT",
    "cms",
    "test",
    {"97129": 15, "97130": 5, "97535": 12},
    [],
    "97129x1:GO 97535x1:GO",
    """
T: Hi Ethan, hi Mrs. Park. Progress visit today.
C: Hi. He's been doing the planner every day, mostly.
P: Mostly.
T: Ethan, remind me what happened?
P: Snowboarding. I hit a tree. I don't remember it. My mom says I was in the ICU for four days.
C: He had a brain bleed and a skull fracture. The doctors called it a moderate traumatic brain injury.
T: Any headaches this week?
P: Not really. No headaches this week.
T: Any dizziness?
P: No.
T: Okay. His MoCA today is twenty-five out of thirty. It was nineteen at the start.
C: That's a big jump.
T: Trail Making B was ninety-four seconds, down from two hundred and ten.
P: I was way faster.
T: Let's do the thinking work. First, the bus schedule: you have to be at work at nine, which bus do you take?
P: The 8:15, the number twelve. No, wait, the number twelve comes at 8:25. The 8:15 then.
T: Good catch. Now the medication box: fill it for the week from this list.
P: Monday, the blue one and two white.
T: Then the grocery list task with the budget.
P: I'm at forty-two dollars.
T: The cognitive work was twenty minutes.
P: Okay.
T: Now let's work on his morning routine with you both. The phone alarms, the checklist on the door, and the planner review every Sunday night.
C: The Sunday review is when we fight.
P: We don't fight. We discuss.
T: Use the same time every Sunday. Seven o'clock. That teaching was twelve minutes.
C: Okay.
T: Goals. Independent with the planner: partly met. Manage his medications with the pill box and alarms: met. Take the bus to the job center alone: not met yet.
P: I want to take the bus.
T: Next visit we'll ride it together. Plan: twice a week for four more weeks.
C: He wants to go back to college in the fall.
T: We'll work toward that. The neuropsych testing is before then.
P: Okay.
C: He also wants to snowboard again.
P: Mom.
T: That's for the doctor.
""",
    [
        "Snowboarding",
        "moderate traumatic brain injury",
        "twenty-five out of thirty|25 out of 30|25/30",
        "nineteen|19",
        "ninety-four seconds|94 seconds",
        "two hundred and ten|210",
        "bus schedule",
        "medication box",
        "grocery list",
        "phone alarms",
        "Sunday night",
        "partly met",
        "twice a week for four more weeks|2 times a week for 4 more weeks",
    ],
    ["headaches", "dizziness"],
    ["We discuss", "snowboard again"],
    cog=20,
)

S(
    "z_ot14_farmer_dupuytren_discharge",
    "OT",
    "discharge",
    "OT",
    "cms",
    "test",
    {"97110": 16, "97530": 12},
    [],
    "97110x1:GO 97530x1:GO",
    """
T: Morning, Mr. Lindqvist. Last visit.
P: About time. I've got calves coming.
T: How's the hand?
P: Straight. The ring and little finger used to curl into my palm like a claw. My dad had the same thing. Viking disease, the doctor called it.
T: Dupuytren's. And the release was in September.
P: Eleven weeks ago.
T: Any numbness in the fingertips?
P: No numbness. The scar's tough though.
T: Any redness or drainage?
P: No.
T: Pain?
P: Zero. Maybe a one when I milk by hand.
T: Ring finger extension, the PIP, is minus ten degrees today. It was minus sixty before surgery.
P: I can put my hand flat on the table.
T: The tabletop test is negative. Grip is seventy-five pounds, the left is eighty.
P: Near enough.
T: The QuickDASH is eleven, it was fifty at the start.
P: I'll take that.
T: Exercises: the putty, the finger extension with the band, and the blocking for the PIP.
P: Same as always.
T: Same as always. That's sixteen minutes of exercise.
P: Okay.
T: Now the farm tasks: carry the water bucket, squeeze the hose nozzle, and work the gate latch on the board.
P: The gate latch is exactly like ours.
T: Grip the bucket handle without the fingers curling. Good. The farm tasks were twelve minutes.
P: Good.
T: Home program: keep the night splint for three more months, and the stretches twice a day.
P: The splint's a pain.
T: It keeps the finger from drifting back. Goals: flat hand on the table, met. Grip within ten percent of the left, met. Milking and fence work without pain, met.
P: All met.
T: All met, you're discharged.
P: My neighbor wants me to help him put up hay next weekend.
T: Wear gloves. Call if the finger starts curling.
P: Will do.
""",
    [
        "Dupuytren's",
        "Viking disease",
        "Eleven weeks|11 weeks",
        "minus ten degrees|-10 degrees",
        "minus sixty|-60",
        "tabletop test is negative",
        "seventy-five pounds|75 pounds",
        "eighty|80",
        "QuickDASH is eleven|QuickDASH is 11",
        "fifty|50",
        "water bucket",
        "gate latch",
        "night splint",
        "discharged",
    ],
    ["numbness", "redness"],
    ["calves coming"],
)

S(
    "z_slp08_late_talker_eval",
    "SLP",
    "evaluation",
    "SLP",
    "per-code",
    "test",
    {},
    ["92523"],
    "92523x1:GN",
    """
T: Hi there. You must be Mateo. And you're Grandma?
C: Yes, I'm his abuela, Rosa. I watch him every day while his mom works.
T: What are you noticing about his talking?
C: He's three and he only says maybe thirty words. His cousin at three was talking in sentences. And the words he says are mushy, I'm the only one who understands.
T: Does he understand what you say to him?
C: Oh yes. "Go get your shoes," he goes and gets them.
T: Which languages does he hear at home?
C: Spanish with me, English with his mom. He mixes them.
T: That's normal for kids learning two languages. Has he ever lost words he used to say?
C: No, he never lost any. He just adds them slow.
T: Any hearing loss? Has he had his hearing tested?
C: They tested it at the pediatrician, no hearing loss.
T: Any trouble eating or drinking, coughing on food?
C: No, he eats everything. Too much.
T: Let's play. Mateo, what's this?
P: Ca.
T: Car! Vroom. And this?
P: Baba.
C: That's "ball," he calls it "baba."
T: Okay. I gave the PLS-5 with both languages. His auditory comprehension standard score is ninety-four, in the average range. His expressive communication is seventy-one, below average.
C: So he understands but he can't say.
T: Exactly. And for the sounds, he's leaving off the ends of words and using mostly "b" and "d". About forty percent of what he says would be understood by a stranger. At three it should be around seventy-five percent.
C: Forty percent, that sounds right.
T: Let's try some words. Mateo, say "up".
P: Uh.
T: "Up!"
P: Up!
T: He imitated it with a model. Good job, Mateo.
C: He likes you.
T: Goals: fifty words in six months, two-word phrases like "more milk", and understood by strangers half the time.
C: Two words. Okay.
T: Plan: twice a week for six months, and I'll show you things to do at home, in Spanish and English both.
C: His dad says he's just lazy, he'll talk when he's ready.
T: Many kids catch up, but therapy now helps.
C: I agree with you, not his dad.
T: At home, wait for him to ask instead of handing him things. Make him say "up" for up.
C: I can do that.
T: See you Monday, Mateo.
P: Bye-bye.
""",
    [
        "thirty words|30 words",
        "mushy",
        "Spanish",
        "PLS-5",
        "ninety-four|94",
        "seventy-one|71",
        "leaving off the ends of words",
        "forty percent|40 percent|40%",
        "seventy-five percent|75 percent|75%",
        "with a model",
        "fifty words|50 words",
        "two-word phrases|2-word phrases",
        "twice a week for six months|2 times a week for 6 months",
    ],
    ["hearing loss", "coughing on food"],
    ["he's just lazy", "His cousin at three"],
)

S(
    "z_slp09_wrong_pipe_swallow_eval",
    "SLP",
    "evaluation",
    "SLP",
    "cms",
    "test",
    {},
    ["92610"],
    "92610x1:GN",
    """
t: hi mister brennan im the speech pathologist your doctor wants us to look at your swallowing
p: yeah my food goes down the wrong pipe lately especially the coffee
c: he coughs every single meal and he had the pneumonia in october
t: im sorry whats your name
c: im nora his wife
t: nora thanks how long has the coughing been going on
c: since the summer maybe june
t: any weight loss
c: he lost about twelve pounds
p: my pants are falling down
t: any trouble with pills
p: the big vitamin gets stuck
t: any heartburn
p: no heartburn never had it
t: any fevers since the pneumonia
c: no fevers
t: okay let me look in your mouth stick out your tongue move it side to side
p: aaah
t: tongue strength is a little weak lips close well voice sounds a little wet and gurgly after you drink
p: gurgly
t: lets try some water from the cup small sips
p: okay
t: he coughed after the third sip thats a sign some went the wrong way now the applesauce
p: thats easy
t: no cough with the applesauce now the cracker
p: takes a while to chew
t: he needed two swallows for each bite and there is some left on the tongue
c: he always leaves crumbs
t: now the water with the chin tuck tuck your chin down then swallow
p: okay
t: no cough with the chin tuck on five sips out of five
c: oh thats good
t: the eat ten is twenty two over three is abnormal
p: whats that
t: a questionnaire about your swallowing lets switch you to mildly thick liquids thats i d d s i level two for coffee and water until we do a video swallow study
p: thick coffee ugh
t: soft and bite sized foods are fine and always the chin tuck and small sips sit fully upright
c: he eats in his recliner
t: sit at the table for meals and stay up thirty minutes after
c: my sister says she puts her husband on a feeding tube for this
t: no one is talking about a tube for him i also thought about electrical stimulation therapy but we need the video study first
p: okay
t: goals swallow thin liquids safely with a strategy and no more pneumonia
p: that would be nice
t: plan swallow therapy once a week after the study
c: thank you
""",
    [
        "down the wrong pipe",
        "pneumonia",
        "twelve pounds|12 pounds",
        "wet and gurgly",
        "coughed after the third sip",
        "applesauce",
        "two swallows|2 swallows",
        "chin tuck",
        "five sips out of five|5 sips out of 5",
        "twenty two|22",
        "mildly thick",
        "level two|level 2",
        "video swallow study",
        "thirty minutes after|30 minutes after",
    ],
    ["heartburn", "fevers"],
    ["feeding tube", "my sister says", "electrical stimulation therapy"],
)

S(
    "z_slp10_k_sound",
    "SLP",
    "daily",
    "SLPA",
    "per-code",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
t: hi ava hi dad ready to play
c: she has been saying her k better at home she said cookie right yesterday
p: cookie
t: nice cookie remember she used to say tookie for cookie
c: tookie and tandy for candy her big sister still teases her
t: ava today we are doing the back sounds k and g where is your k sound
p: in my throat
t: yes way in the back lets warm up with the coughing sound k k k
p: k k k
t: great now words key cup cake
p: key tup take
t: cup try again put your tongue tip down behind your teeth
p: cup
t: cup nice cake
p: cake
t: okay lets do the fishing game every fish has a picture you say it and you keep the fish
p: goat
t: goat yes
p: dum
t: gum say gum
p: gum
t: i counted eighteen out of twenty five correct at the word level thats seventy two percent
c: last time was fifty something
t: last time was fifty two percent she is moving along does she have any ear infections lately
c: no ear infections this year
t: any trouble hearing you from the other room
c: no she hears the ice cream truck from a mile away
t: ha okay now phrases with k my cat
p: my tat my cat
t: she fixed it herself thats self correction
c: i heard that
t: homework the k and g picture cards five minutes a day and catch her saying it right and praise her
c: we can do that
t: i will write up the session and the s l p will look at it
c: thanks
p: can i take the fish home
t: you can take one fish home
p: the goat fish
t: bye ava
""",
    [
        "tookie",
        "back sounds",
        "eighteen out of twenty five|18 out of 25|18/25",
        "seventy two percent|72 percent|72%",
        "fifty two percent|52 percent|52%",
        "fishing game",
        "self correction",
        "five minutes a day|5 minutes a day",
        "picture cards",
    ],
    ["ear infections", "trouble hearing"],
    ["ice cream truck", "big sister still teases", "goat fish"],
)

S(
    "z_slp11_stroke_dysphagia",
    "SLP",
    "daily",
    "SLP",
    "cms",
    "test",
    {},
    ["92526"],
    "92526x1:GN,KX",
    """
T: Hi Mr. Osei. Sorry, it's loud in here today, they're doing group exercise next door.
P: It's fine. I like the music.
T: How has eating been this week?
P: Better. I had rice and stew on Sunday with my family, soft.
T: Any coughing or choking with meals?
P: No coughing this week.
T: Any fever or chest congestion?
P: No fever.
T: Good. Let's start with the tongue strengthening. Push the bulb up against the roof of your mouth, hard as you can.
P: Like this?
T: Thirty-four kilopascals, your best yet. Last week was twenty-eight.
P: My tongue is a bodybuilder now.
T: Next, the effortful swallow. Swallow hard, like a big pill.
P: Okay.
T: Ten of those. Then the Masako, tongue between your teeth, and swallow.
P: That one is weird.
T: Weird but it works. Now the Shaker, lie back and lift your head to look at your toes.
P: My neck is burning.
T: Hold it. Good. Mrs. Kaplan, you can go ahead and sit down and rest, I'll be with you in a second.
P: Okay, dear.
T: Sorry about that, Mr. Osei. Now the trial with thin water, small sips, with your head turned to the right.
P: The right side is the good side.
T: Yes. Ten sips with no cough and a clear voice after. Eight out of ten were clean.
P: Eight.
T: That's eighty percent. Then the soft solids, the banana and the cracker.
P: The cracker sticks.
T: Follow it with a sip. Alternate. Good.
P: Okay.
T: One thing from the office: your PT and speech visits this year add up past the Medicare threshold, so we put the KX modifier on today. The therapy is medically necessary; you still need the head turn for thin liquids.
P: As long as I can keep coming.
T: You can. Keep the head turn for all thin liquids and do the exercises three times a day.
P: My wife puts sticky notes on the fridge for me.
T: Perfect. I also thought about a second video swallow study, but we'll wait until you're off the head turn.
P: Okay.
T: Mrs. Kaplan, it's your turn, come on over.
P: See you Thursday.
""",
    [
        "tongue strengthening",
        "Thirty-four kilopascals|34 kilopascals|34 kPa",
        "twenty-eight|28",
        "effortful swallow",
        "Masako",
        "Shaker",
        "head turned to the right",
        "Eight out of ten|8 out of 10|8/10",
        "eighty percent|80 percent|80%",
        "alternate",
        "three times a day|3 times a day",
        "thin liquids",
    ],
    ["coughing", "fever"],
    ["Mrs. Kaplan", "bodybuilder", "second video swallow study", "group exercise next door"],
    kx=True,
)

S(
    "z_slp12_chemo_brain_cognition",
    "SLP",
    "daily",
    "SLP",
    "per-code",
    "test",
    {"97129": 15, "97130": 29},
    [],
    "97129x1:GN 97130x2:GN",
    """
t: hi denise how are you doing with the chemo brain this week
p: its a little better i finished my last round of chemo three weeks ago so the fog is lifting
t: what was the cancer again
p: breast cancer stage two they did the surgery and then the chemo
t: and you are back at work
p: part time at the bank im a loan officer and i keep losing my place in the applications
t: any headaches
p: no headaches
t: any trouble with your vision or dizziness
p: no dizziness
t: okay lets start with the divided attention task you listen to the numbers and tap when you hear a number that ends in three while you sort the cards by color
p: okay ready
t: forty three ninety one seventy three
p: tap tap
t: you got twelve out of fifteen taps and all the cards sorted thats eighty percent
p: better than last week
t: last week was sixty percent now the application task find the mistakes in this loan form
p: the zip code is wrong and the income is missing a zero
t: you found seven out of eight errors
p: which one did i miss
t: the date of birth is in the future
p: ha
t: now the memory strategy lets go over the notebook system one page per loan with a checklist
p: i like the checklist
t: and the timer for breaks every forty five minutes at work
p: my boss says i take too many breaks
t: that is a reasonable accommodation to ask for
p: okay
t: now lets recall the five words from the start apple river lamp
p: apple river lamp candle and the other one was truck
t: all five
p: yes
t: okay so cognitive work today was forty minutes no wait i forgot the part before the numbers forty four minutes
p: it felt long
t: it was a lot goals use the checklist at work for every application met divided attention eighty percent partly met
p: i want to get back to full time
t: lets talk about that next visit homework the brain game app fifteen minutes a day and the checklist
p: ok
t: i thought about referring you for a neuropsych test but lets wait three months
p: good i have had enough tests
t: see you tuesday
""",
    [
        "chemo brain",
        "breast cancer",
        "loan officer",
        "divided attention",
        "twelve out of fifteen|12 out of 15|12/15",
        "eighty percent|80 percent|80%",
        "sixty percent|60 percent|60%",
        "seven out of eight|7 out of 8|7/8",
        "notebook system",
        "checklist",
        "every forty five minutes|every 45 minutes",
        "all five|all 5",
        "partly met",
    ],
    ["headaches", "dizziness"],
    ["neuropsych test", "my boss says", "forty minutes no wait"],
    cog=44,
)

S(
    "z_slp13_parkinson_voice",
    "SLP",
    "progress",
    "SLP",
    "cms",
    "test",
    {},
    ["92507"],
    "92507x1:GN",
    """
T: Hi Frank, hi Helen. Can you hear me?
C: We can hear you. Frank, lean in.
P: Hello.
T: Today is your progress visit, so I'll measure a few things. How has the talking been?
C: He's louder at home. I don't have to say "what" all day. But at the restaurant he fades.
P: She says I mumble. I think she needs hearing aids.
C: I do not.
T: Frank, any choking or coughing on food or drinks?
P: No. No choking.
T: Any falls this month?
C: No falls.
T: Good. Frank, the sound meter app is open on your phone, right? Hold the phone an arm's length away and say "ah" loud and long.
P: AHHHHH.
T: Seventy-eight decibels. At the start you were at sixty-four.
C: That's a big difference.
T: Now read the first sentence of the paragraph.
P: "You wish to know all about my grandfather."
T: Frank, you froze. Say that again?
P: "You wish to know all about my grandfather."
T: Got it that time. Seventy-two decibels on reading, was sixty.
P: I feel like I'm shouting.
T: That's normal, it feels loud to you but it sounds normal to us. Helen, how does it sound?
C: Normal. Just like him twenty years ago.
T: Intelligibility in conversation I'd estimate at about ninety percent today, up from about seventy percent.
P: Ninety.
T: The Voice Handicap Index is thirty-one, down from fifty-six.
C: Good.
T: Now conversation: tell me about the fishing trip, using your loud voice.
P: We went to the lake. I caught a bass. Four pounds.
C: Three pounds.
P: Four.
T: Nice and loud the whole time. Goals: talk at restaurants without being asked to repeat, partly met. Loud voice at seventy-two decibels in reading, met. Phone calls with his brother, met.
P: He calls me every Sunday.
T: Plan: once a week for four more weeks by video, and the daily loud "ah" practice.
C: He skips it on weekends.
P: Only Saturdays.
T: Every day, please, even Saturdays.
P: Okay, okay.
T: Anything else?
C: His neurologist changed his medicine timing.
T: Good to know. See you next week.
""",
    [
        "fades",
        "sound meter app",
        "Seventy-eight decibels|78 decibels|78 dB",
        "sixty-four|64",
        "Seventy-two decibels|72 decibels|72 dB",
        "sixty|60",
        "about ninety percent|about 90 percent|90%",
        "about seventy percent|about 70 percent|70%",
        "thirty-one|31",
        "fifty-six|56",
        "partly met",
        "once a week for four more weeks|1 time a week for 4 more weeks",
    ],
    ["choking", "falls"],
    ["hearing aids", "caught a bass", "Four pounds"],
)

S(
    "z_slp14_glossectomy_discharge",
    "SLP",
    "discharge",
    "SLP",
    "per-code",
    "test",
    {},
    ["92526"],
    "92526x1:GN",
    """
T: Hi Mr. Castellano. Final visit. How is eating?
P: I had a steak on Saturday. Cut small, but a steak.
T: That's amazing. Remind me where we started?
P: They took out part of the left side of my tongue for the cancer in June. After, I couldn't move food around. Everything fell out or got stuck in my cheek.
T: And the feeding tube?
P: Out in August. I was on it five weeks.
T: Any coughing or choking with meals now?
P: No coughing. Not for a month.
T: Any weight loss?
P: No, I gained back eight pounds.
T: Good. Any pain when you swallow?
P: No pain.
T: Let's do the trials. Thin water, big sips from the cup.
P: Easy.
T: No cough, clear voice. Now the cracker.
P: I move it with the right side.
T: One swallow each, and only a little residue in the left cheek, which you cleared with your tongue sweep.
P: The tongue sweep, like you showed me.
T: Now the chicken.
P: Slow. Chew, chew, then swallow.
T: Good. The FOIS is a six today; you were a one at the start with the tube.
P: Six out of what?
T: Out of seven. Seven is no restrictions at all. Six means you eat everything, with some care for certain foods.
P: Fair, I still cut everything small.
T: The MD Anderson Dysphagia Inventory is seventy-eight. It was thirty-nine when you started.
P: I don't think about swallowing anymore.
T: Tongue range is better on the right, and the left side still doesn't move much, which is expected.
P: It's numb there.
T: That's from the surgery. Goals: regular diet with strategies, met. No pneumonia, met. Eat in a restaurant with the family, met.
P: My daughter took me to the Italian place.
T: You're discharged. Keep the tongue exercises once a day for maintenance.
P: I will.
T: Call us if you start coughing with meals or losing weight.
P: My wife says I talk more now than before the surgery.
T: That's a good problem to have.
P: She doesn't think so.
T: Take care, Mr. Castellano.
""",
    [
        "left side of my tongue",
        "feeding tube",
        "five weeks|5 weeks",
        "eight pounds|8 pounds",
        "tongue sweep",
        "residue in the left cheek",
        "FOIS is a six|FOIS is a 6",
        "one at the start|1 at the start",
        "seventy-eight|78",
        "thirty-nine|39",
        "regular diet",
        "discharged",
    ],
    ["coughing", "weight loss", "pain when you swallow"],
    ["Italian place", "talk more now"],
)


# ---------------------------------------------------------------------------------------------
# Rules (this author's own implementation of PRODUCT.md's billing rules and the key conventions)
# ---------------------------------------------------------------------------------------------

TIMED_CODES = frozenset(
    "97110 97112 97116 97140 97530 97535 97542 97750 97760 97763 97032 97033 97035 97036 97129 97130".split()
)
UNTIMED_CODES = frozenset(
    "97161 97162 97163 97164 97165 97166 97167 97168 92507 92521 92522 92523 92524 92526 92610 97150 97012 97014 G0283".split()
)
EVAL_CODES = {
    ("PT", "evaluation"): {"97161": "low", "97162": "moderate", "97163": "high"},
    ("PT", "re-evaluation"): {"97164": None},
    ("OT", "evaluation"): {"97165": "low", "97166": "moderate", "97167": "high"},
    ("OT", "re-evaluation"): {"97168": None},
    ("SLP", "evaluation"): {c: None for c in ("92521", "92522", "92523", "92524", "92610")},
}
ALL_EVALS = frozenset(c for table in EVAL_CODES.values() for c in table)
DISC_MOD = {"PT": "GP", "OT": "GO", "SLP": "GN"}
ASSIST_MOD = {"PTA": "CQ", "OTA": "CO"}  # no SLPA modifier
ROLES = {"PT": {"PT", "PTA"}, "OT": {"OT", "OTA"}, "SLP": {"SLP", "SLPA"}}
# NCCI pairs whose 59 the key does not model (which line takes it is payer-specific): never in the data
NOT_MODELLED = [
    ({"97140"}, {"97161", "97162", "97163"}),
    ({"97530", "97150"}, {"97164"}),
    ({"97530"}, set(ALL_EVALS)),
    ({"92507"}, {"92526"}),
]
HINT_WORDS = (
    "kx",
    "59",
    "asr",
    "pta",
    "ota",
    "slpa",
    "tele",
    "student",
    "gym",
    "dictat",
    "busy",
    "cms",
    "percode",
)


def units_for(minutes):
    """The unit table of PRODUCT.md: 8-22 -> 1, 23-37 -> 2, 38-52 -> 3, ...; under 8 -> 0."""
    if minutes < 8:
        return 0
    return 1 + (minutes - 8) // 15


def cms_units(timed, sid, problems):
    total = units_for(sum(timed.values()))
    units = {c: m // 15 for c, m in timed.items()}
    if sum(units.values()) > total:  # cannot happen with the table, kept as a guard
        problems.append(f"{sid}: whole units exceed the total")
    rest = {c: m % 15 for c, m in timed.items()}
    left = total - sum(units.values())
    order = sorted(rest, key=lambda c: -rest[c])
    for i in range(left):
        if i >= len(order) or rest[order[i]] == 0:
            problems.append(f"{sid}: a leftover unit has no minutes to go to")
            break
        if i + 1 < len(order) and rest[order[i]] == rest[order[i + 1]] and i + 1 >= left:
            problems.append(f"{sid}: equal remainders decide the last unit")
        units[order[i]] += 1
    return units


def units_by_rule(s, problems):
    if s["rule"] == "per-code":
        return {c: units_for(m) for c, m in s["timed"].items()}
    return cms_units(s["timed"], s["id"], problems)


def expected_key(s, problems):
    codes = {c: 1 for c in s["untimed"]}
    for c, u in units_by_rule(s, problems).items():
        if u:
            codes[c] = u
    mods = {}
    for c in codes:
        m = [DISC_MOD[s["discipline"]]]
        if s["role"] in ASSIST_MOD:
            m.append(ASSIST_MOD[s["role"]])
        if c == "97530" and "97140" in codes:
            m.append("59")
        if c == "97535" and "97530" in codes:
            m.append("59")
        if s["kx"]:
            m.append("KX")
        mods[c] = m
    return codes, mods


def parse_hand_key(key):
    codes, mods = {}, {}
    for item in key.split():
        code_units, mod_list = item.split(":")
        code, n = code_units.split("x")
        codes[code] = int(n)
        mods[code] = mod_list.split(",")
    return codes, mods


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NUMWORD = re.compile(r"\b(" + "|".join(ONES + list(TENS.values()) + ["hundred"]) + r")\b", re.I)
DENIAL = re.compile(
    r"\b(no|not|nope|never|denies|none|nothing|hasn't|haven't|doesn't|don't|dont|isn't)\b", re.I
)


def number_forms(n):
    if n < 20:
        return [str(n), ONES[n]]
    t, o = divmod(n, 10)
    if not o:
        return [str(n), TENS[t]]
    return [str(n), f"{TENS[t]}-{ONES[o]}", f"{TENS[t]} {ONES[o]}"]


def says_number(n, text):
    for form in number_forms(n):
        if re.search(r"(?<![\w.-])" + re.escape(form) + r"(?![\w-])", text, re.I):
            return True
    return False


LINE = re.compile(r"^([TPC]):\s*(\S.*)$", re.I)
SPEAKER = {"T": "therapist", "P": "patient", "C": "caregiver"}


def to_segments(s, problems):
    seed = int(hashlib.sha256(s["id"].encode()).hexdigest()[:12], 16)
    rng = random.Random(seed)
    segs, clock = [], 0.0
    for raw in s["text"].strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = LINE.match(raw)
        if not m:
            problems.append(f"{s['id']}: cannot read line {raw[:40]!r}")
            continue
        said = m.group(2).strip()
        length = max(0.8, len(said.split()) / 2.3 * rng.uniform(0.9, 1.15))
        start = round(clock, 1)
        end = round(clock + length, 1)
        segs.append({"start": start, "end": end, "speaker": SPEAKER[m.group(1).upper()], "text": said})
        clock = end + rng.uniform(0.4, 1.2)
    return segs


def is_asr(text):
    """A speech-recogniser transcript: no capitals, no punctuation, no digits, lower-case speaker tags."""
    lines = [LINE.match(x.strip()) for x in text.strip().splitlines() if x.strip()]
    body = " ".join(m.group(2) for m in lines if m)
    return (
        bool(lines)
        and all(m and m.group(1).islower() for m in lines)
        and not re.search(r"[A-Z0-9.,?!;:'\"/%]", body)
    )


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_session(s, segs, problems):
    sid = s["id"]

    def bad(msg):
        problems.append(f"{sid}: {msg}")

    prefix = "z_" + s["discipline"].lower()
    if not re.fullmatch(r"z_(pt|ot|slp)\d\d_[a-z0-9_]+", sid) or not re.match(prefix + r"\d", sid):
        bad("bad id")
    if any(w in sid.split("_", 2)[-1] for w in HINT_WORDS):
        bad("id carries a hint word")
    if s["split"] not in ("dev", "test") or s["rule"] not in ("cms", "per-code"):
        bad("bad split or rule")
    if s["role"] not in ROLES[s["discipline"]]:
        bad("role does not fit the discipline")
    if s["role"] in ("PTA", "OTA", "SLPA") and s["note_type"] != "daily":
        bad("assistant writing a note only a therapist may write")
    if s["role"] == "SLPA" and s["rule"] == "cms":
        bad("SLPA under the Medicare profile")
    low_text = s["text"].lower()
    if s["kx"]:
        if s["rule"] != "cms":
            bad("KX outside the Medicare profile")
        if "threshold" not in low_text or not ("KX" in s["text"] or "k x" in low_text):
            bad("KX session must say the threshold and the modifier")
        if "necessary" not in low_text:
            bad("KX session must say medically necessary")
    for c, m in s["timed"].items():
        if c not in TIMED_CODES or not isinstance(m, int) or m <= 0:
            bad(f"bad timed entry {c} {m}")
    for c in s["untimed"]:
        if c not in UNTIMED_CODES:
            bad(f"bad untimed code {c}")
    if "97010" in s["timed"] or "97010" in s["untimed"]:
        bad("97010 is never listed")
    if "G0283" in s["untimed"] and s["rule"] != "cms":
        bad("G0283 is Medicare's code; other payers take 97014")
    if "97014" in s["untimed"] and s["rule"] == "cms":
        bad("97014 under Medicare; it takes G0283")
    evals = {c for c in s["untimed"] if c in ALL_EVALS}
    allowed = EVAL_CODES.get((s["discipline"], s["note_type"]))
    if allowed is None and evals:
        bad("evaluation code on a note that is not an evaluation")
    if allowed is not None and (len(evals) != 1 or not evals <= set(allowed)):
        bad("needs exactly one evaluation code of its kind")
    present = set(s["timed"]) | set(s["untimed"])
    for a, b in NOT_MODELLED:
        if present & a and present & b:
            bad(f"pair not modelled by the key: {sorted(present & a)} + {sorted(present & b)}")
    if s["discipline"] == "SLP" and set(s["timed"]) - {"97129", "97130"}:
        bad("SLP session with PT/OT timed codes")
    if s["cog"] is not None:
        first = min(15, s["cog"])
        if s["timed"].get("97129") != first or s["timed"].get("97130", 0) != s["cog"] - first:
            bad("97129/97130 do not split the cognitive block as 15 + rest")
    elif {"97129", "97130"} & set(s["timed"]):
        bad("cognitive codes without a cognitive block")

    codes, mods = expected_key(s, problems)
    hand_codes, hand_mods = parse_hand_key(s["key"])
    if codes != hand_codes:
        bad(f"units: rules give {codes}, hand key {hand_codes}")
    if mods != hand_mods:
        bad(f"modifiers: rules give {mods}, hand key {hand_mods}")
    if s["has59"] != any("59" in m for m in mods.values()):
        bad("has59 flag disagrees with the modifiers")

    if not 30 <= len(segs) <= 60:
        bad(f"{len(segs)} turns, want 30-60")
    duration = segs[-1]["end"] if segs else 0.0
    if not 120 <= duration <= 900:
        bad(f"duration {duration:.1f} s outside 120-900")
    last_end = None
    for g in segs:
        if g["end"] <= g["start"]:
            bad("segment ends before it starts")
        if last_end is not None and not 0.3 <= round(g["start"] - last_end, 2) <= 1.3:
            bad("gap between segments outside 0.3-1.3 s")
        last_end = g["end"]
    if {"therapist", "patient"} - {g["speaker"] for g in segs}:
        bad("needs therapist and patient turns")
    lines = [x.strip() for x in s["text"].strip().splitlines() if x.strip()]
    tags_lower = all(x[0].islower() for x in lines)
    if tags_lower != is_asr(s["text"]):
        bad("lower-case speaker tags must go with a speech-recogniser transcript and only with one")

    therapist = " ".join(g["text"] for g in segs if g["speaker"] == "therapist")
    for c, m in s["timed"].items():
        if c in ("97129", "97130"):
            continue
        if c in s["parts"]:
            pieces = s["parts"][c]
            if sum(pieces) != m:
                bad(f"{c}: parts {pieces} do not add up to {m}")
            for p in pieces:
                if not says_number(p, therapist):
                    bad(f"{c}: part {p} never said by the therapist")
        elif not says_number(m, therapist):
            bad(f"{c}: {m} minutes never said by the therapist")
    for c in s["parts"]:
        if c not in s["timed"]:
            bad(f"parts for a code not performed: {c}")
    if s["cog"] is not None and not says_number(s["cog"], therapist):
        bad(f"cognitive block of {s['cog']} minutes never said")
    for c in evals:
        level = EVAL_CODES[(s["discipline"], s["note_type"])][c]
        if level and f"{level} complexity" not in therapist.lower():
            bad(f"{c}: '{level} complexity' never said")

    full = " ".join(g["text"] for g in segs).lower()
    if not 6 <= len(s["facts"]) <= 14:
        bad(f"{len(s['facts'])} facts, want 6-14")
    fact_alts = []
    for f in s["facts"]:
        alts = [a.strip() for a in f.split("|") if a.strip()]
        fact_alts += [a.lower() for a in alts]
        found = [a for a in alts if a.lower() in full]
        if not found:
            bad(f"fact {f!r} not in the transcript")
        elif max(len(a) for a in found) < 4:
            bad(f"fact {f!r} is found only by a very short alternative")
        numeric = any(re.search(r"\d", a) or NUMWORD.search(a) for a in alts)
        if numeric and not any(re.search(r"\d", a) for a in alts):
            bad(f"numeric fact {f!r} has no digit alternative")
    if not s["negated"]:
        bad("no negated finding")
    for n in s["negated"]:
        nl = n.lower()
        if nl not in full:
            bad(f"negated {n!r} not in the transcript")
            continue
        idx = [i for i, g in enumerate(segs) if nl in g["text"].lower()]
        if not any(DENIAL.search(segs[j]["text"]) for i in idx for j in (i, i + 1) if j < len(segs)):
            bad(f"negated {n!r} has no denial in its turn or the next")
        if any(nl in a or a in nl for a in fact_alts):
            bad(f"negated {n!r} overlaps a fact")
    if not s["absent"]:
        bad("nothing in absent")
    for a in s["absent"]:
        al = a.lower()
        if al not in full:
            bad(f"absent {a!r} not in the transcript")
        if any(al in x or x in al for x in fact_alts):
            bad(f"absent {a!r} overlaps a fact")
        if any(al == n.lower() for n in s["negated"]):
            bad(f"absent {a!r} is also negated")
    return codes, mods


def check_halves(problems):
    from collections import Counter

    ids = [s["id"] for s in SESSIONS]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    if "--partial" in sys.argv:
        return
    per_half = Counter((s["split"], s["discipline"]) for s in SESSIONS)
    want = {(h, d): n for h in ("dev", "test") for d, n in (("PT", 8), ("OT", 7), ("SLP", 7))}
    if dict(per_half) != want:
        problems.append(f"discipline counts {dict(per_half)}")
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        types = {s["note_type"] for s in hs}
        if types != {"evaluation", "daily", "progress", "re-evaluation", "discharge"}:
            problems.append(f"{half}: note types {sorted(types)}")
        n_asst = sum(s["role"] in ("PTA", "OTA", "SLPA") for s in hs)
        if not 4 <= n_asst <= 6:
            problems.append(f"{half}: {n_asst} assistant sessions")
        n_cms = sum(s["rule"] == "cms" for s in hs)
        if abs(n_cms - (len(hs) - n_cms)) > 2:
            problems.append(f"{half}: cms {n_cms} of {len(hs)}")
        n_asr = sum(is_asr(s["text"]) for s in hs)
        if not 7 <= n_asr <= 9:
            problems.append(f"{half}: {n_asr} speech-recogniser sessions")
        if sum(s["kx"] for s in hs) < 2:
            problems.append(f"{half}: fewer than 2 KX sessions")
        if sum(s["has59"] for s in hs) < 2:
            problems.append(f"{half}: fewer than 2 sessions with 59")


def mix_table():
    from collections import Counter

    rows = Counter((s["split"], s["discipline"], s["note_type"], s["role"], s["rule"]) for s in SESSIONS)
    out = ["split  disc  note_type      role  rule      n"]
    for k in sorted(rows):
        out.append(f"{k[0]:<6} {k[1]:<5} {k[2]:<14} {k[3]:<5} {k[4]:<9} {rows[k]}")
    for half in ("dev", "test"):
        hs = [s for s in SESSIONS if s["split"] == half]
        out.append(
            f"{half}: ASR {[s['id'] for s in hs if is_asr(s['text'])]}; KX {[s['id'] for s in hs if s['kx']]}; "
            f"59 {[s['id'] for s in hs if s['has59']]}; assistants {[s['id'] for s in hs if s['role'] in ('PTA', 'OTA', 'SLPA')]}; "
            f"cms {sum(s['rule'] == 'cms' for s in hs)} per-code {sum(s['rule'] == 'per-code' for s in hs)}; "
            f"note types {dict(Counter(s['note_type'] for s in hs))}"
        )
    return "\n".join(out)


def main():
    problems = []
    here = os.path.dirname(os.path.abspath(__file__))
    docs = []
    for s in SESSIONS:
        segs = to_segments(s, problems)
        codes, mods = check_session(s, segs, problems)
        docs.append(
            (
                s,
                {
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
                },
            )
        )
    check_halves(problems)
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    for split in ("dev", "test"):
        folder = os.path.join(here, split)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("z_") and name.endswith(".json"):
                os.remove(os.path.join(folder, name))
    for s, doc in docs:
        with open(os.path.join(here, s["split"], s["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    n_dev = sum(s["split"] == "dev" for s, _ in docs)
    print(f"OK: wrote {len(docs)} sessions (dev {n_dev}, test {len(docs) - n_dev})")
    if "--mix" in sys.argv:
        print(mix_table())


if __name__ == "__main__":
    main()
