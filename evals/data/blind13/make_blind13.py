#!/usr/bin/env python3
# ruff: noqa: E501  (transcript lines are data, one spoken turn per line)
"""Blind evaluation sessions for the therapy scribe (PT / OT / SLP), thirteenth set (ids o_*).

Written by a helper session that had NOT seen the scribe, core, prompts or eval code, working only
from a brief, the "Therapy billing rules" section of shared/PRODUCT.md and blind12's README.  The
self-check machinery is copied unchanged from evals/data/blind12/make_blind12.py (only the id prefix
is o_); the sessions are new.  Running it:

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

S("o_pt01_hamstring_avulsion_eval_moderate_asr", "dev", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 12, "97112": 9}, untimed=["97162"], key="97162x1:GP 97110x1:GP 97112x1:GP",
  facts=["proximal hamstring|hamstring avulsion|hamstring repair", "LEFS 31|31 out of 80|31/80|thirty one out of eighty",
         "6/10|6 out of 10|six out of ten", "partial weight bearing|partial weight-bearing|toe touch", "crutches",
         "locked at 40|40 degrees|forty degrees", "moderate complexity", freq(2, 8, "twice a week for eight weeks")],
  negated=["numbness", "calf pain"], absent=["eleven to three", "twenty two foot", "half an hour", "dry needling"],
  text="""
T: morning mister delacroix im nina im the physical therapist so this is the um the proximal hamstring repair right the avulsion
P: yeah water skiing i came up out of the water wrong and heard a pop like a rubber band the surgeon put it back on the sit bone
T: and when was the surgery
P: three weeks ago no four weeks ago it was the twelfth
T: four weeks okay and the brace is locked at what
P: locked at forty degrees they said dont bend past that and toe touch only with the crutches
T: right partial weight bearing toe touch so any numbness down the back of the leg or in the foot
P: nah
T: any calf pain any swelling in the calf
P: not since tuesday it was a little puffy after the long car ride but thats gone
T: good pain right now zero to ten
P: sitting its the worst like six out of ten lying down maybe two
T: okay i'll write six out of ten with sitting two lying down um you know my brother in law has a twenty two foot boat thats whose boat it was
P: ha yeah hes not driving it anymore my daughters softball game was last night they won eleven to three i sat on a cushion the whole time
T: smart so LEFS you scored thirty one out of eighty thats a lot of limitation which makes sense four weeks out
P: is that bad
T: its where we start so lets do some there ex glute sets quad sets ankle pumps isometric hip extension no hamstring curls yet
P: those are easy
T: easy is what we want this early okay now some neuro muscular re ed weight shifting with the crutches standing on the good leg and tapping the toe
P: how long was all that like half an hour
T: no the exercise part was about twelve minutes and the balance part nine minutes twelve and nine
P: felt longer
T: so i'd call this moderate complexity because you have the diabetes the brace restrictions and you live alone with a flight of stairs up to the apartment
P: fourteen stairs i counted them on crutches
T: thats exactly why we'll do stair practice next time gate training on the stairs with the crutches
P: my buddy said i should get dry needling for the back of the leg
T: not on a fresh repair no way plan is twice a week for eight weeks goals walk without crutches sit through a movie with pain under three
P: works for me
""")

S("o_pt02_pilon_fracture_pta_cms_six_minute_unit", "dev", "PT", "daily", "PTA", "cms",
  timed={"97116": 19, "97110": 14, "97112": 6}, untimed=[], key="97116x1:GP,CQ 97110x1:GP,CQ 97112x1:GP,CQ",
  facts=["pilon fracture|pilon", "CAM boot|boot", "weight bearing as tolerated|WBAT", "rolling walker|walker",
         "150 feet|hundred and fifty feet|one fifty", "4/10|4 out of 10|four out of ten", "dorsiflexion 5|5 degrees|five degrees",
         "heel raises", "tandem stance"],
  negated=["tingling", "fever", "drainage"], absent=["sixty-two", "Jeopardy", "$400", "hip replacement"],
  text="""
T: Hi Mr. Okafor, it's Dana, I'm the assistant working with you today. How's the ankle?
P: Stiff in the morning. The pilon fracture's the worst thing I've ever done to myself, and I've done a lot.
T: Any tingling in the toes?
P: No.
T: Fever, chills, anything from the incision, drainage?
P: Nothing. Dry as a bone. The nurse looked Friday.
T: Great. Pain today?
P: Four out of ten walking, it was seven last week.
T: Four. Okay, you're weight bearing as tolerated in the CAM boot now, so let's walk. Rolling walker first, then we'll try without.
P: My wife had a hip replacement at sixty-two and she was off the walker in three weeks. She reminds me daily.
T: Everybody heals on their own clock. Heel to toe, step through with the boot... good. Turn at the cone.
P: How far was that?
T: A hundred and fifty feet, no rest. One fifty, that's double Tuesday.
P: Double. Tell her that.
T: Gait work, that was nineteen minutes. Let's sit and get the boot off for exercise.
P: Finally. This thing costs $400 and it feels like a ski boot.
T: Ankle alphabet, towel scrunches, seated heel raises, then band for dorsiflexion. Your dorsiflexion's at 5 degrees past neutral.
P: Five. That's it?
T: Five is up from minus five. Three sets of ten heel raises, that's the strength part. Fourteen minutes of exercise.
P: The band's the worst.
T: Now boot back on, stand at the counter. Tandem stance, one foot in front of the other, hold it. I'm right here.
P: Whoa. Okay. Okay.
T: Twenty seconds, good. Again. That balance work was short, six minutes, but that's what you had in you today.
P: I'm beat. We watched Jeopardy last night and I fell asleep before Final Jeopardy.
T: Rest is part of it. Ice and elevate tonight. Next time more balance, longer.
P: Same time Thursday?
T: Same time Thursday. I'll let Nina know how you did.
""")

S("o_pt03_scfe_pinning_eval_low_mother", "dev", "PT", "evaluation", "PT", "cms",
  timed={"97110": 10}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["slipped capital femoral epiphysis|SCFE", "in situ pinning|pinned|screw", "non-weight bearing|non weight bearing|NWB",
         "crutches", "hip flexion 95|95 degrees", "internal rotation 10|10 degrees", "low complexity",
         freq(1, 6, "once a week for six weeks")],
  negated=["knee pain", "limping"], absent=["fourteen dollars", "3-1", "broke her wrist", "one fifteen"],
  text="""
T: Hi Marcus, hi Mom, I'm Priya, physical therapy. So Marcus, you're twelve?
P: Twelve and a half.
C: He's been growing like a weed, which the surgeon says is part of why this happened.
T: Right, a slipped capital femoral epiphysis, the growth plate at the top of the thigh bone slid. They pinned it in situ, one screw, ten days ago?
C: Ten days Tuesday. And they pinned the other side too, just in case.
T: Makes sense. Marcus, before the surgery did your knee hurt?
P: Yeah, my knee, that's the weird part. Not the hip.
T: And now? Any knee pain?
P: No. Zero.
C: And he's not limping anymore, well, he's not walking much, but before he limped for two months. We thought it was soccer.
T: Any limping when you do walk, with the crutches?
P: Nope.
T: Good. He's non-weight bearing on the left for four more weeks, crutches. Let me measure. Hip flexion 95 degrees, internal rotation 10 degrees, which is typical after this.
C: His sister broke her wrist last year on the trampoline, we're regulars at that hospital.
T: Ha, I bet. Marcus, who won your game Saturday?
P: We lost 3-1. I was on the bench, obviously, with snacks. The snacks were fourteen dollars.
T: Expensive bench. Okay, one healthy kid, one joint, stable plan: this is a low complexity evaluation.
C: Good. Low is good.
T: Now exercises. Quad sets, glute squeezes, ankle pumps, straight leg raise on the right, and on the left just isometrics. Ten of each.
P: Do I have to do these at home?
T: Every day, twice. I'm writing them down for Mom. That was ten minutes of exercises.
C: Ten minutes, got it. Can he go to gym class?
T: Not for now. He can sit and keep score.
P: Aw.
T: Plan: once a week for six weeks, while he's on crutches, then more once he can put weight on it. Goals: walk with no limp, back to soccer drills by spring.
C: He has a dentist appointment at one fifteen on the next Tuesday, can we come at nine?
T: Front desk can do nine.
P: Can I at least do the crutches fast?
T: Carefully fast.
""")

S("o_pt04_haglund_daily_student_phone_break", "dev", "PT", "daily", "PT", "cms",
  timed={"97110": 18, "97140": 11}, untimed=[], key="97110x1:GP 97140x1:GP",
  facts=["Haglund|Haglund's deformity", "heel lift|heel lifts", "5/10|5 out of 10|five out of ten",
         "eccentric heel drops|eccentric", "soft tissue mobilization|soft tissue", "calf stretch|gastroc stretch",
         "heel cup|open-back shoe|open back"],
  negated=["morning stiffness", "redness"], absent=["shockwave", "limp", "Lucky", "eighty-five dollars", "five minutes"],
  text="""
T: Hi Ms. Brandt. This is Josh, he's a second-year PT student, he'll be helping today if that's okay.
P: Sure, the more the merrier. Hi Josh.
T: How's the heel? The Haglund's bump still rubbing?
P: It's better with the open-back shoes. I'd say five out of ten after work, it was eight.
T: Five. Any morning stiffness still, those first steps out of bed?
P: That's gone. Two weeks now.
T: Redness over the bump?
P: No, not since I stopped wearing the boots.
T: Good. And the heel lifts, wearing them?
P: Both shoes. And the heel cup at the gym.
P: Sorry, my dog's limping too, Lucky, his back leg, the vet wants eighty-five dollars just to look at him.
T: Poor Lucky. Okay, Josh, start her on the calf stretch at the wall, gastroc then soleus, and then eccentric heel drops off the step, three sets of fifteen.
P: Off the step, both feet up, one down, right?
T: Exactly, slow on the way down. Josh, count for her.
P: Oh, that's my phone, it's my son's school, I have to take this, sorry.
T: Go ahead, we'll pause the clock.
P: Okay, sorry, that was about five minutes, he forgot his lunch again.
T: Not a problem, that time doesn't count. Let's finish the heel drops... and the step-ups.
P: Burns in the calf, not the heel, which is new.
T: That's the right place. Exercise all together was eighteen minutes, not counting the phone.
P: Eighteen.
T: Now on the table, face down. Soft tissue mobilization to the calf and along the Achilles, staying off the bump itself.
P: Ooh. That's a good hurt.
T: Eleven minutes of manual. Josh, feel here, this band's much softer than last week.
P: Could we try that shockwave thing? My friend had it.
T: Maybe down the road if we plateau. We're not there. Next time I'd like to add hopping drills if the pain stays at five or below.
P: Hopping. Great.
T: Keep the heel lifts another two weeks, and the heel drops every day.
""")

S("o_pt05_plantar_plate_pta_percode_asr_bill_more", "dev", "PT", "daily", "PTA", "per-code",
  timed={"97110": 23, "97140": 8}, untimed=[], key="97110x2:GP,CQ 97140x1:GP,CQ",
  facts=["plantar plate", "second toe|2nd toe", "3/10|3 out of 10|three out of ten", "toe yoga",
         "short foot|short foot exercise", "metatarsal pad|met pad", "joint mobilization|mobs|mobilization",
         "ice pack|ice"],
  negated=["swelling", "clicking"], absent=["forty five", "twenty bucks", "marathon", "nine thirty"],
  text="""
T: hey miss tanaka its leo the pta how's the foot doing the plantar plate
P: honestly a lot better the second toe isnt drifting as much i think
T: any swelling on top of the foot after the walks
P: nope
T: clicking under the toe when you push off
P: thats gone i havent felt that since um since last week
T: nice pain zero to ten
P: three out of ten maybe on a long day at work on the concrete
T: three okay and youre wearing the metatarsal pad in the sneaker
P: yes the met pad and the stiff shoe my sister is running a marathon in april and wants me to run it with her thats not happening
T: not this april um okay lets start with toe yoga big toe up little toes down then flip it
P: this is so hard my brain cant find my toes
T: it gets easier then short foot exercise pull the arch up without curling the toes then marble pickups and the band for the ankle
P: okay
T: theres ex today was twenty three minutes including the marbles twenty three
P: can you um can you put it down as forty five so my insurance pays more i pay like twenty bucks every time anyway
T: i cant do that i put down what we actually did twenty three minutes thats the rule
P: fair enough had to ask
T: lay back now some joint mobilization to the toe joint gentle glides and some soft tissue to the arch eight minutes
P: that feels amazing
T: eight minutes of manual and then ten minutes with the ice pack on the top of the foot while I write
P: do I have to stay for the ice
T: you can stay for it it just isnt counted as treatment time and we dont bill the ice
P: okay my next appointment is the dentist at nine thirty tomorrow so I gotta be early
T: keep the toe yoga twice a day and tape the toe down for work
P: the tape came off in the shower yesterday
T: then redo it after the shower same way i showed you
P: got it
T: see you thursday
""")

S("o_pt06_syringomyelia_progress_cotreat_blocks", "dev", "PT", "progress", "PT", "cms",
  timed={"97112": 26, "97110": 13}, untimed=[], key="97112x2:GP 97110x1:GP", said_exempt=("97112",),
  facts=["syringomyelia|syrinx", "Berg 41|41 out of 56|41/56", "were 36|from 36|Berg 36|36 at evaluation", "TUG 14|14 seconds|fourteen seconds",
         "6MWT|six-minute walk|6-minute walk", "310 meters|310", "goal's met|goal met|goal was met", "not met|not yet met|partially met",
         "single point cane|cane", freq(2, 4, "twice a week for four more weeks")],
  negated=["headaches", "falls"], absent=["twenty minutes", "dressing", "Packers", "hundred and eight"],
  text="""
T: Good afternoon, Mr. Lindqvist. Rosa from OT is co-treating today, she'll do her part and I'll do mine.
C: Hi, I'm Rosa. I'm working on his shirt and buttons, I had him for twenty minutes on the dressing before you came in, that's mine for my note.
T: Thanks. This is his tenth visit, so it's his progress report. With the syringomyelia, any headaches since the shunt?
P: No headaches. None since the summer.
T: Falls at home?
P: No falls. I use the cane every time now, my wife makes sure.
T: Good. Let's retest. Berg balance: 41 out of 56. At the evaluation you were 36.
P: Is that better? It sounds better.
T: That's better, five points. Timed Up and Go, 14 seconds with the single point cane. It was nineteen.
P: I've been practicing getting up from the recliner.
T: Shows. Six-minute walk: 310 meters. So, goals. Berg over 40, that goal's met. Walk in the community without the cane, not met yet, you still need it outside.
P: Fair. The parking lot at the store is tough.
T: Balance work now, tandem walking along the counter, then standing on the foam with head turns.
P: Those head turns mess with me.
T: That was fourteen minutes of balance. Quick water break.
P: Packers game on Sunday, they lost by a field goal, I yelled at the TV standing up, no cane.
T: Ha, I'll count that as a balance test. Back to balance: stepping over the hurdles, reaching to the shelf at shoulder height. Another twelve minutes.
P: My hands are numb-ish, that's the syrinx, always been like that.
T: We'll keep watching it. Then strengthening, sit to stand with the weight vest, bridges, side-lying hip abduction. Thirteen minutes.
P: Thirteen minutes felt like an hour.
C: I'm heading out, he did great with the buttons.
T: Thanks, Rosa. So balance in two blocks, fourteen and twelve, plus exercise thirteen.
P: My neighbor's a hundred and eight, did I tell you, still walks to the mailbox.
T: Goals for the next stretch: community walking with the cane at least 500 feet, Berg 45. Twice a week for four more weeks.
P: Twice a week for four more weeks. Okay.
""")

S("o_pt07_hemophilia_knee_reeval_asr_corrected", "dev", "PT", "re-evaluation", "PT", "per-code",
  timed={"97110": 16, "97116": 7}, untimed=["97164"], key="97164x1:GP 97110x1:GP",
  facts=["hemophilia|hemophilia a", "hemarthrosis|bleed into the knee|knee bleed", "factor VIII|factor eight|factor 8",
         "flexion 105|105 degrees|a hundred and five", "lacks 10|lack ten degrees|minus ten|minus 10", "4-/5|4 minus|four minus",
         "LEFS 48|48 out of 80|forty eight", "re-evaluation|re evaluation|reevaluation"],
  negated=["bleeds", "warmth"], absent=["thirty four", "fantasy football", "tooth pulled", "twelve hundred"],
  text="""
T: okay jordan this is your re evaluation its been thirty days since we started so lets see where the knee is
P: sounds good its been a good month honestly
T: with the hemophilia the main thing any new bleeds since the last one in the knee
P: no bleeds none since october i do my factor eight every other morning before work
T: good and the knee any warmth or new swelling this week
P: no warmth no its been cool
T: great so the hemarthrosis in october is what set all this off lets measure flexion a hundred and five degrees it was eighty five
P: that's twenty degrees
T: it is extension you still lack ten degrees minus ten and the quad is four minus out of five
P: four minus okay
T: and your LEFS today is forty eight out of eighty it was thirty one
P: i did the form in the waiting room between my brother yelling about his fantasy football my brother had a tooth pulled yesterday and they gave him factor too its a family thing
T: it runs in families yeah um lets work the exercise part the quad sets terminal knee extension with the band wall slides mini squats to forty five
P: the wall slides are way better than last time
T: how old is your brother now
P: thirty four and he still yells at the tv like hes twelve
T: okay so the exercise part was sixteen minutes sixteen and then walking gait training in the hallway focusing on heel strike and full knee extension um that was about ten minutes no seven it was seven
P: i thought my gait looked fine
T: its better youre still a bit stiff legged plan lets do a new set of goals flexion to one twenty quad four plus LEFS over sixty
P: my insurance sent a letter saying twelve hundred dollars deductible is that a problem
T: the front desk can go over that with you ill keep the plan at twice a week for six more weeks and well do a progress note in ten visits
P: ok cool
T: and if you get a bleed you call the hematology team first then us we hold exercise that day
P: got it
""")

S("o_pt08_bakers_cyst_discharge_hep_asr", "dev", "PT", "discharge", "PT", "per-code",
  timed={"97110": 10, "97140": 6}, untimed=[], key="97110x1:GP",
  facts=["Baker's cyst|bakers cyst|popliteal cyst", "LEFS 66|66 out of 80|sixty six out of eighty",
         "flexion 130|130 degrees|one thirty", "home exercise program|home program|HEP", "discharge|discharged",
         "1/10|1 out of 10|one out of ten", "all goals met|goals met"],
  negated=["calf swelling", "locking"], absent=["seventy nine", "three fifty", "aspirated"],
  text="""
T: okay mrs petrakis today is the last visit the discharge so lets go over everything
P: im sad to graduate honestly
T: ha so the bakers cyst behind the knee how does it feel
P: i barely notice it now one out of ten maybe after gardening
T: one out of ten any calf swelling like you had in september
P: no calf swelling no that was the scary part when they checked for a clot
T: and locking catching in the knee
P: none
T: okay flexion is one thirty degrees the other side is one thirty five so basically even
P: my husband is seventy nine and cant bend his knee like that
T: ha um LEFS sixty six out of eighty you started at forty so all goals met walking your dog the two miles kneeling in the garden stairs
P: the garden is where i live
T: lets review your home exercise program the squats the step ups the hamstring stretch the bike at the gym you need to keep doing it three times a week
P: three times a week ok
T: show me the step ups good and the bridges nice ten minutes of exercise today
P: and the massage part
T: a little soft tissue to the back of the knee about six minutes for the tight hamstring
P: my friend had hers aspirated with a needle at the doctor and it came back anyway
T: some do yours shrank on its own with the arthritis calmer and the strength up
P: will it come back
T: it might if the knee flares up then call your doctor or us ok
P: my pickleball tournament is on the fifteenth thats my real goal
T: the entry fee was what
P: three fifty for the doubles team
T: pricey have fun um so discharged to home exercise program no follow up needed call if it flares
P: thank you for everything
T: you did the work
P: see you around the club maybe
""")

# ---------------------------------------------------------------------------------------------
# OT dev (7)
# ---------------------------------------------------------------------------------------------

S("o_ot01_volkmann_contracture_eval_moderate_interpreter", "dev", "OT", "evaluation", "OT", "cms",
  timed={"97760": 16, "97110": 8}, untimed=["97166"], key="97166x1:GO 97760x1:GO 97110x1:GO",
  facts=["Volkmann|Volkmann's contracture|ischemic contracture", "supracondylar", "wrist extension|wrist",
         "minus 30|-30|30 degrees", "4 kilos|4 kg|four kilos", "static progressive|splint|orthosis",
         "moderate complexity", freq(2, 6, "two times a week for six weeks")],
  negated=["tingling", "fingers feel cold"], absent=["seventeen hours", "cast saw", "his cousin"],
  text="""
T: Hello, I'm Alicia from occupational therapy. And you're the interpreter?
C: Yes, I'm Samir, I'll interpret for dad. Dad says hello, and this is Yusuf, he's ten.
T: Hi Yusuf. So last spring you broke your elbow, a supracondylar fracture, and afterwards the forearm muscles got too tight. The surgeon calls it a Volkmann's ischemic contracture.
C: Dad says yes, the cast was too tight, the first hospital. They drove seventeen hours to get here.
T: That's a long way. Yusuf, any tingling in your fingers now?
P: No.
T: Do your fingers feel cold, or turn white?
C: He says no, never cold. Dad agrees.
T: Good. Let me look. When I straighten your fingers, the wrist has to bend. Wrist extension with fingers straight is minus 30 degrees. Grip on the right is 4 kilos, the left is 15.
C: Dad asks, is 4 very bad?
T: It's weak, but it moves and he can feel everything, that's the good news.
P: I can't open a water bottle with it.
T: Then that's one of our goals. His other history: the two surgeries, the tendon lengthening that's being discussed, school demands, and he's growing, so I'd call this moderate complexity.
C: Dad says in the ninth grade he wants to play football like his cousin.
T: Ninth grade is a good long goal. Today, a static progressive splint for night, to slowly stretch the wrist and fingers. Fitting it, teaching dad to put it on and check the skin.
C: Dad asks, what if it makes red marks?
T: Redness that goes away in twenty minutes is fine. If it stays, take it off and call. The splint fitting and training took sixteen minutes.
C: Dad says sixteen, okay. He asks about the cast saw, Yusuf is afraid of it.
T: No saw today. Then exercise: tendon gliding, putty, and wrist stretches with fingers curled. Eight minutes. Eight.
P: The putty is good. It smells like bubble gum.
C: Dad says they have a goat at home, he can carry the bucket with two hands now.
T: Nice. Plan: two times a week for six weeks, then we look again. Goals: open a bottle, write a full page, wear the splint every night.
C: Dad says thank you, every night.
""")

S("o_ot02_rolando_fracture_ota_cms_leftover", "dev", "OT", "daily", "OTA", "cms",
  timed={"97110": 17, "97140": 6}, untimed=[], key="97110x1:GO,CO 97140x1:GO,CO",
  facts=["Rolando|Rolando fracture", "thumb spica|spica", "palmar abduction|abduction", "retrograde massage|edema massage",
         "tip pinch 3|3 kilos|3 kg|three kilos", "opposition|Kapandji", "2/10|2 out of 10|two out of ten"],
  negated=["numbness", "pain at night"], absent=["thirty-two", "nineteen ninety", "$28"],
  text="""
T: Hi Mr. Halvorsen, I'm Beth, the OT assistant. Rolando fracture, right thumb, pinned five weeks ago, and the pins are out now?
P: Pins out last Wednesday. Felt like a magic trick.
T: I bet. Still in the thumb spica between sessions?
P: Yes, except in the shower. It itches like crazy.
T: Numbness at the tip of the thumb?
P: None.
T: Pain at night?
P: Not anymore. That stopped when the pins came out.
T: Great. Pain now?
P: Two out of ten. It's stiff more than sore.
T: Two. Let's warm it up with the exercises. Palmar abduction, opposition to each fingertip, then thumb IP blocking.
P: I can get to the ring finger, not the little one.
T: That's Kapandji 6. Last week it was 4. Now tip pinch with the gauge... 3 kilos.
P: My bowling league starts in January. I bowl a 16-pound ball, that's my goal.
T: We'll get there in steps. Now the putty, gentle, pinch and roll.
P: My bowling average in nineteen ninety was 190, now it's more like 150.
T: Ha. Okay. Exercise total, that was about seventeen minutes, seventeen.
P: Okay.
T: Now the swelling at the base of the thumb, retrograde massage, pushing it up toward the wrist.
P: Feels weird but good.
T: That was six minutes of massage. Six.
P: My wife asked what this costs. The copay is $28.
T: The front desk can help with that. Splint back on. You're doing the home exercises three times a day?
P: Twice. I'll do three.
T: Three. And no lifting over a pound with that hand yet.
P: My grandson is thirty-two pounds, I lift him with the other arm.
T: Good, keep it that way. Next visit we'll add lateral pinch and see if the spica can come off for light tasks.
P: That'd be nice. Buttons with one hand are a pain.
""")

S("o_ot03_flexor_tenosynovitis_daily_asr_dressing_change", "dev", "OT", "daily", "OT", "per-code",
  timed={"97110": 14, "97140": 9}, untimed=[], key="97110x1:GO 97140x1:GO",
  facts=["flexor tenosynovitis|pyogenic flexor tenosynovitis|tenosynovitis", "index finger", "incision and drainage|I&D|washout",
         "3 centimeters|3 cm|three centimeters", "tendon glides|tendon gliding", "edema|swelling", "coban|compression wrap",
         "composite fist"],
  negated=["fever", "pus"], absent=["eight hundred", "chemo", "cat scratch", "daughters cat"],
  text="""
T: hi mister abara im theo occupational therapist so you had the infection in the index finger the flexor tenosynovitis and they did the washout last week
P: yeah the incision and drainage they opened it up twice it was a splinter from the deck
T: ouch so before we start any fever at home
P: no fever since i got off the iv antibiotics
T: any pus or drainage from the incisions
P: nope its dry the nurse changed it this morning
T: okay i have to take the dressing off and look um this part is just wound check not exercise ok it looks clean
P: my wife says i should have gone to the er on day one not day three
T: she is right it moves fast um lets measure the finger tip is three centimeters from the palm when you make a fist
P: that is bad right
T: its early the goal is composite fist touching the palm so there ex tendon glides hook fist straight fist full fist and blocking for the middle joint
P: ok that pulls
T: breathe through it ten each um ok let me write that was fourteen minutes of exercises fourteen
P: my mom is doing chemo right now so i gotta keep the hand clean around her
T: thats smart keep the dressing on around her then the swelling the edema lets do retrograde massage and the coban compression wrap nine minutes
P: why the wrap
T: keeps the swelling down so the tendons glide better
P: my daughters cat scratched me last year and it swelled like this too
T: a cat scratch can do it too um ok so the dressing change again five minutes thats not counted only the therapy part
P: how much is this whole thing costing already the er bill was eight hundred
T: the billing office knows better than me ok home program tendon glides every two hours while awake and keep the hand up on a pillow
P: every two hours got it
T: see you wednesday
""")

S("o_ot04_parsonage_turner_eval_high_dictation", "dev", "OT", "evaluation", "OT", "per-code",
  timed={"97110": 21, "97112": 12, "97535": 7}, untimed=["97167"], key="97167x1:GO 97110x1:GO 97112x1:GO",
  facts=["Parsonage-Turner|Parsonage Turner|neuralgic amyotrophy", "winging|scapular winging",
         "shoulder flexion 70|70 degrees|seventy degrees", "2+/5|2 plus|two plus", "DASH score is 61|DASH 61|DASH of 61", "high complexity",
         "reacher|long-handled sponge|long handled sponge", freq(2, 10, "twice a week for ten weeks")],
  negated=["neck pain", "weakness in the left"], absent=["my sister thinks", "Wordle", "marathon", "my niece"],
  text="""
T: Mrs. Kowalczyk, I'm Dev, occupational therapy. Your neurologist wrote Parsonage-Turner syndrome, the brachial neuritis. Tell me how it started.
P: I woke up in March with the worst pain of my life in the right shoulder, for a week. Then the pain went and the arm just didn't work.
T: Any neck pain now?
P: No, no neck pain. That was never it.
T: Weakness in the left arm at all?
P: The left's fine. Just the right.
T: Okay. Let me look from behind... there's winging of the shoulder blade. Shoulder flexion, active, 70 degrees. Passive I can take you to 160.
P: I can't reach my hair. My daughter braids it.
T: Deltoid and serratus are two plus out of five. Elbow and hand are normal. DASH score is 61.
P: My sister thinks it was the flu shot. I don't know.
T: Nobody knows for sure. Self-care: bathing the back, hair, reaching the top shelf, all hard. Let's try the long-handled sponge and the reacher.
P: Oh, the sponge is good. I can get my left shoulder with it.
T: Nice. Then a few exercises: scapular setting, table slides, pulley.
P: I do Wordle every morning, that's my only exercise lately.
T: Ha. Now some muscle re-education, tapping the serratus while you punch forward, lying down, and mirror feedback.
P: I can feel it when you tap.
T: Okay, let me dictate. Occupational therapy evaluation, high complexity: a peripheral nerve disorder with severe weakness, her type 1 diabetes, the insulin pump on the right side, she lives alone, and there's an unpredictable recovery.
P: Forty-one years with the diabetes, since I was six.
T: Interventions: therapeutic exercise, scapular setting, table slides and the pulley, twenty-one minutes. Neuromuscular re-education, tapping and mirror work, twelve minutes. Self-care training with the sponge and reacher, seven minutes.
P: That's a lot of minutes.
T: It adds up. Plan: twice a week for ten weeks. Goals: wash her hair on her own, reach the second shelf, DASH under 40.
P: And can I drive?
T: Not until you can turn the wheel with both hands. We'll test that in a few weeks.
P: My niece runs a marathon Saturday, I was going to drive her.
T: Let someone else drive this time.
""")

S("o_ot05_dysgraphia_child_cms_split_blocks", "dev", "OT", "daily", "OT", "cms",
  timed={"97530": 26, "97112": 9}, untimed=[], key="97530x2:GO", said_exempt=("97530",),
  facts=["dysgraphia|handwriting", "pencil grip|grip|tripod", "letter reversals|reversals", "7 of 10|7/10|seven out of ten",
         "slant board", "copying|near-point copying", "weighted pencil|wall push-ups|animal walks"],
  negated=["headaches", "eye rubbing"], absent=["Minecraft", "$12", "Ms. Patel", "three thirty"],
  text="""
T: Hi Ava! Hi Mom. Ready to write?
P: No. Can we play Minecraft instead?
C: She says that every week. Her teacher, Ms. Patel, sent a note, she still reverses her b's and d's.
T: The letter reversals, yes, that's why she's here, the dysgraphia. Ava, any headaches after school?
P: No.
C: No headaches. She used to rub her eyes a lot, but not since the new glasses.
T: Any eye rubbing in class, you know?
C: The teacher says no.
T: Good. First, let's wake up the arms. Wall push-ups and animal walks, bear walk to the mat.
P: I'm a bear!
T: That's the heavy work for the shoulders, to help the hand stay steady. That part was nine minutes.
C: She loves that part.
T: Now the slant board. Ava, show me your pencil grip... nice tripod. Near-point copying, five words from the card.
P: Big dog, bad bed... is that a b?
T: Check your b-d trick with your fists. There you go. Copying was fourteen minutes.
C: Fourteen minutes of writing, that's a record.
T: Then the letter maze and the weighted pencil to make the letters sit on the line, twelve minutes.
P: The pencil is heavy like a rock.
T: Score: 7 of 10 letters on the line, last week 4.
C: She got new markers at the store, twelve dollars, $12 for markers, I know.
T: Markers are great at home, big letters on the fridge.
P: Can I go now?
T: One more minute. Write your name.
P: A-V-A. Done.
T: Perfect. Mom, at home: five minutes a day, the slant board, and name writing.
C: We have karate at three thirty on Thursdays, so Wednesdays are better.
T: Front desk can move her. And Ava, next week we'll try writing a whole sentence on the line.
P: A whole sentence? Okay, but only if it's about bears.
""")

S("o_ot06_vibration_syndrome_ota_asr_59", "dev", "OT", "daily", "OTA", "per-code",
  timed={"97110": 19, "97140": 8, "97530": 9}, untimed=[], key="97110x1:GO,CO 97140x1:GO,CO 97530x1:GO,CO,59",
  facts=["hand-arm vibration|hand arm vibration|vibration syndrome|vibration white finger", "jackhammer|jack hammer",
         "grip 28|28 kilos|twenty eight kilos|28 kg", "warm water|paraffin", "nerve glides|median nerve glide",
         "thermal gloves|heated gloves|gloves", "simulated|tool handle|built-up handle"],
  negated=["white fingers", "ulcers"], absent=["union", "one fifty an hour"],
  text="""
T: hi mister dubrovnik im kayla the ota today uh i think i saw you last week too
P: yeah thats me the hand arm vibration thing from thirty years on the jackhammer
T: so any white fingers this week when you went outside
P: no white fingers not since i started wearing the heated gloves the thermal gloves
T: any sores or ulcers on the finger tips
P: nope they look ok
T: great lets warm up with the paraffin then exercise um the warm part is just prep its not counted
P: i started on the crew in nineteen eighty the union never told us about this
T: a lot of guys say that okay so there ex now putty squeezes finger extension with the rubber band wrist curls with the two pound weight
P: putty again
T: yes three sets um grip today is twenty eight kilos last time it was twenty five
P: better
T: then nerve glides for the median nerve those count too in the exercise so the exercise part total was nineteen minutes one nine
P: i make one fifty an hour on the side doing small jobs i want to get back to that
T: then we practice that so now the activity part using the built up handle on a hammer and the simulated tool handle picking up nails putting them in the box nine minutes
P: the handle helps a lot less buzzy in the fingers
T: thats the idea and the last bit man you'll therapy soft tissue massage on the forearm and the palm eight minutes
P: man you'll what
T: manual therapy massage basically eight minutes of it
P: oh ok i thought you said something else
T: ha no so home keep the gloves on in the cold keep the warm water soaks in the morning
P: ice fishing season starts in two weeks can i go
T: with the heated gloves and breaks every half hour you can go
P: deal
""")

S("o_ot07_glomus_tumor_discharge_cms_guess", "dev", "OT", "discharge", "OT", "cms",
  timed={"97110": 12, "97112": 8}, untimed=[], key="97110x1:GO",
  facts=["glomus tumor|glomus", "fingertip|thumb tip|nail bed", "cold intolerance|cold sensitivity", "desensitization",
         "2-point|two-point|5 millimeters|5 mm", "QuickDASH 9|9.1", "discharge|discharged", "home program|home exercise"],
  negated=["pain with pressure", "pain at night"], absent=["twenty-five minutes", "Hawaii", "sixty-eight", "cholesterol"],
  text="""
T: Hi Ms. Ferreira. Last visit today, your discharge. How's the thumb?
P: Honestly, I forget about it now. Eleven years of that pain and it was a tiny glomus tumor under the nail bed.
T: That's usually how it goes. Any pain with pressure on the thumb tip now?
P: No. I can press the elevator button with it.
T: Pain at night?
P: Gone since the surgery. That was the first thing that went.
T: And the cold intolerance, reaching into the freezer?
P: Still a little. Less than half of what it was.
T: Okay, we'll keep that in the home program. Two-point discrimination on the thumb tip is 5 millimeters, normal is under six.
P: So it's normal?
T: Normal. QuickDASH 9.1, you started at 45.
P: My husband's cholesterol is 240, he's the one who needs a doctor.
T: Ha. Let's run through the desensitization one last time: the textures, rice bin, then the cold, the cool pack on the tip.
P: Rice is fine. The cold pack is still zingy.
T: That's the sensory piece, eight minutes. Then strengthening, pinch with the putty, thumb opposition with the band.
P: How long was all that, twenty-five minutes?
T: Not that long. Twelve minutes of exercise and eight of the sensory work.
P: Felt longer.
T: It always does. Goals: opening jars, met; typing a full day without pain, met; tolerance to cold, partly met, so you keep doing the cold exposure at home.
P: We're going to Hawaii in June, no cold there.
T: Perfect. The home program: the textures once a day, putty every other day, and gloves in the freezer aisle.
P: My mom is sixty-eight and she wants to know if she should get her nail checked too.
T: She can ask her doctor if she has pain like yours. You're discharged, call us if anything changes.
P: Thank you.
""")

# ---------------------------------------------------------------------------------------------
# SLP dev (7)
# ---------------------------------------------------------------------------------------------

S("o_slp01_wilsons_dysarthria_eval_asr", "dev", "SLP", "evaluation", "SLP", "cms",
  timed={}, untimed=["92522"], key="92522x1:GN",
  facts=["Wilson's disease|wilsons disease|Wilson disease", "dysarthria|mixed dysarthria", "intelligibility 70|70 percent|seventy percent",
         "diadochokinetic|DDK|puh tuh kuh", "maximum phonation time 9|9 seconds|nine seconds", "slow rate|slow|rate",
         "monopitch|monotone", freq(2, 8, "two times a week for eight weeks")],
  negated=["coughing with drinks", "drooling"], absent=["eight hundred dollars", "liver transplant", "spaghetti dinner"],
  text="""
T: hi tomas im rachel the speech language pathologist um your neurologist sent you for the speech with the wilsons disease
P: yeah the copper thing they found it when i was nineteen and now the speech is the problem people ask me to repeat all the time
T: ok so today is the evaluation well do a few tasks first any coughing with drinks or food
P: no coughing with drinks no
T: any drooling
P: nah
T: ok lets do diadochokinetic rates say puh tuh kuh as fast as you can
P: puh tuh kuh puh tuh kuh puh tuh kuh
T: good slow and a bit irregular um the rate overall is slow now take a big breath and say ah as long as you can
P: aaaaaah
T: maximum phonation time nine seconds nine seconds normal for you would be over fifteen
P: thats short huh
T: it is now read this paragraph out loud the rainbow passage
P: when the sunlight strikes raindrops in the air they act like a prism
T: ok um your voice stays kind of flat monopitch and a little harsh im listening for the pattern this is a mixed dysarthria which fits with wilsons
P: my cousin had the liver transplant he talks fine
T: everybody's different um single word intelligibility was about seventy percent to someone who doesnt know you
P: seventy percent thats like a c minus
T: ha well work on it at home do you talk on the phone much
P: i call bingo at the church on fridays thats why i care people yell what we had like three hundred people at the spaghetti dinner last month
T: thats a great goal calling bingo numbers so people understand you um the tests and the meds cost you eight hundred dollars a month you said
P: yeah the zinc and the other one
T: thats a lot ok so the plan speech therapy two times a week for eight weeks working on rate loudness and over articulation goal intelligibility over ninety percent in conversation
P: two times a week for eight weeks ok
T: and well record you each time so you can hear the change
P: i hate hearing my voice
T: everybody does
""")

S("o_slp02_lpr_voice_daily_percode_phone_call", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["laryngopharyngeal reflux|LPR", "resonant voice|resonant", "vocal hygiene|hydration", "throat clearing",
         "8 of 10|8/10|eight out of ten", "64 ounces|sixty-four ounces", "VHI-10 today is 14|VHI-10 of 14|VHI-10 14|VHI-10: 14"],
  negated=["heartburn", "hoarseness in the morning"], absent=["Costco", "on hold forty minutes", "opera"],
  text="""
T: Hi Ms. Varga. Voice therapy again today. How's the throat?
P: Better. The reflux medicine helps, the laryngopharyngeal reflux, the ENT called it LPR.
T: Any heartburn at all?
P: None. I never had heartburn, that's what's weird about it.
T: That's common with LPR. Hoarseness in the morning?
P: Not this week.
T: Great. How about the throat clearing? You were counting.
P: Down to maybe ten times a day, from forty.
T: Good. Instead of clearing, what do you do?
P: Hard swallow, sip of water.
T: And the water, how much?
P: I bought a big bottle at Costco, sixty-four ounces, I finish it most days.
T: Sixty-four ounces, that's the vocal hygiene goal. Now the resonant voice. Hum, feel the buzz at your lips. Mmm-hmm.
P: Mmm-hmm. Mmm-one, mmm-two.
T: Good, forward focus. Now phrases. Mmm, many men.
P: Many men, many months.
T: Nice. Okay, sentences. I'll mark each one. 8 of 10 with the forward resonant voice.
P: Sorry, my phone, it's the pharmacy, I've been on hold forty minutes earlier, I have to take this.
T: Go ahead, I'll wait.
P: Sorry, they had the wrong insurance. Okay.
T: That's fine. Back to it. Conversation, tell me about your weekend with the resonant voice.
P: We went to the opera Saturday. My husband fell asleep, as usual.
T: That sounded easy and clear. Your VHI-10 today is 14, down from 22.
P: And no more eating at ten at night, no midnight snack.
T: That helps the reflux too. For home: the hums, five minutes three times a day, and the water.
P: Okay. Same time next week?
T: Same time. Next week we'll carry the resonant voice into reading aloud and a mock phone call, since you're on the phone all day at work.
P: Eight hours of calls, yes. By four o'clock I'm croaking.
T: Then that's our next target, the end of the workday voice.
""")

S("o_slp03_msa_dysphagia_cms_wife_iddsi", "dev", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["multiple system atrophy|MSA", "IDDSI level 2|mildly thick|level 2", "IDDSI level 5|minced and moist|level 5",
         "chin tuck|chin down", "effortful swallow", "14 of 20|14/20|70 percent|70%", "min verbal cues|minimal verbal cues|min cues"],
  negated=["pneumonia", "weight loss"], absent=["twenty-eight years", "the Yankees", "ninety dollars"],
  text="""
T: Hi Mr. and Mrs. Castellanos. Swallowing session today. How have meals gone?
C: Slower. He's tired by the end. But we're doing the thicker drinks like you said, the mildly thick.
T: IDDSI level 2, good. Any pneumonia, chest infections since last visit?
C: No pneumonia, thank God. The doctor listened to his lungs Monday.
T: Weight?
C: Steady. No weight loss, 71 kilos both times.
T: Great. Mr. Castellanos, how does it feel?
P: It gets stuck. Lower in the throat. Sometimes.
T: With the multiple system atrophy, the swallow slows down. Let's practise. Applesauce first, chin tuck, then a hard, effortful swallow.
P: Okay.
T: Good, chin down... squeeze. Again. I'm counting the trials with no cough or throat clear.
C: We've been married twenty-eight years, he never let me feed him, now I cut everything tiny.
T: That's the minced and moist texture, IDDSI level 5, you're doing it right. Now the mildly thick water, small sips from the cup.
P: Small sip.
T: Chin down. Effortful swallow. Good. One more.
P: That one went down wrong.
T: A little cough, he cleared it. Keep going. Ten more.
C: His rosary group prays for him on Tuesdays, he doesn't like to eat in front of them anymore.
T: We can work toward that. Okay, effortful swallow with the chin tuck was 14 of 20 trials clear, with min verbal cues.
C: Fourteen out of twenty, last time was what?
T: Eleven. Better.
P: The Yankees lost again.
C: He says that every session.
T: Then his memory is fine. Home: chin tuck every sip, sit upright 30 minutes after meals, and the effortful swallow practice twice a day.
C: The thickener is ninety dollars a can, is there something cheaper?
T: I'll give you a list of brands insurance may cover.
""")

S("o_slp04_rett_eye_gaze_aac_percode_mother", "dev", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Rett syndrome|Rett", "eye gaze|eye-gaze", "bubble game|bubbles",
         "8 of 12|8/12|eight of twelve", "2 second|two-second|dwell", "more|all done", "moderate cues|mod cues|moderate visual cues"],
  negated=["seizures", "breath holding"], absent=["$15,000", "eight months", "ninety-one"],
  text="""
T: Hi Lily, hi Mrs. Oduya. Let's get the eye gaze device set up.
C: She's bright-eyed today. She slept all night for once.
T: Wonderful. Any seizures this week?
C: None this week. The new dose is working, knock on wood.
T: And the breath holding spells?
C: No breath holding since Sunday. That was the long one.
T: Good. With Rett syndrome those come and go. Lily, look here... calibrating... good, she's locked on.
C: Insurance took eight months to approve this thing, it's a $15,000 device.
T: Worth the wait. Today: requesting with "more" and "all done" during the bubble game, then choosing a song.
P: (vocalizes)
T: You want bubbles? Look at "more"... hold... yes! That's the dwell time, two seconds, and she held it.
C: Did she really choose that?
T: She did. More bubbles. I'll count her clear selections. Again... "more". Good.
C: Her grandma's birthday is Saturday, ninety-one, I want her to say happy birthday with it.
T: Let's put a button on the page for that. Now songs. Three choices on the screen.
P: (laughs)
T: She picked the Frozen song. That's the third time, she knows what she wants.
C: Every single day, Frozen. I could sing it in my sleep.
T: Okay, "all done" now to end the game... look... hold... yes. All done.
T: Today: 8 of 12 clear selections with moderate cues, a finger point to the screen and my voice. Last week 5 of 12.
C: Eight of twelve! Write that down twice.
T: It's written. Home: the "more" page at snack time, once a day, wait the full two seconds, don't rush her.
C: The waiting is the hard part for me, not her.
T: That's everyone's hardest part. Next time we'll add "help" to the page.
C: And "Mom", can we put "Mom" on it?
T: "Mom" goes in first thing next week.
""")

S("o_slp05_hepatic_encephalopathy_cognition_asr_blocks", "dev", "SLP", "daily", "SLP", "cms",
  timed={"97129": 15, "97130": 23}, untimed=[], key="97129x1:GN 97130x2:GN", cog=38,
  facts=["hepatic encephalopathy|encephalopathy", "pill organizer|pillbox|medication", "lactulose",
         "6 of 10|6/10|six out of ten", "delayed recall", "3 of 5|3/5|three of five", "alarm|phone alarm|reminders",
         "moderate verbal cues|mod verbal cues|moderate cues"],
  negated=["confusion", "tremor"], absent=["wheel of fortune", "twenty two dollars", "lottery", "eighty three"],
  text="""
T: hi mister bellamy its kendra speech therapy were doing the thinking and memory work again today
P: ok i remember you the lady with the purple pen
T: ha thats me um your wife said no confusion this week any confusion at night
P: no confusion no she watches me like a hawk with the lactulose
T: good and any shaking in the hands the tremor
P: no tremor this week
T: great since the hepatic encephalopathy the medication routine is the big thing so lets do the pill organizer first
P: morning noon night ok
T: here are the bottles fill the week for me
P: the lactulose is the liquid one that goes on the list not the box right
T: right you got the list um this is the first block twenty minutes on the organizer and the alarm setting on your phone
P: the phone alarm keeps going off during wheel of fortune
T: then move it to eight fifteen ok you set two of the three alarms with moderate verbal cues
P: the phone is new my grandson set it up it cost me twenty two dollars for the case alone
T: ok second block word lists and delayed recall i say five words you repeat them then we talk about something else and come back
P: apple chair penny blue river
T: good um so what did you do sunday
P: bought a lottery ticket lost as usual and the grandson is eighty three cents short every time he borrows
T: ha ok now the five words
P: apple river blue um chair no
T: three of five on delayed recall and then the paragraph questions six out of ten correct
P: six out of ten better than last time
T: better than last time four that block was eighteen minutes so twenty and eighteen thirty eight minutes today
P: thirty eight minutes of thinking im wiped out
T: for home the pill organizer sunday nights with your wife checking and the phone alarm for the lactulose
P: ok
""")

S("o_slp06_kennedy_disease_dysphagia_progress_percode", "dev", "SLP", "progress", "SLP", "per-code",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["Kennedy disease|Kennedy's disease|spinal bulbar muscular atrophy|SBMA", "tongue strength|IOPI",
         "32 kPa|thirty-two kPa", "IDDSI level 7|regular|level 7", "thin liquids|IDDSI level 0|level 0",
         "that one's met|goal met|30: met", "not met|partially met", "Mendelsohn|supraglottic"],
  negated=["choking", "pneumonia"], absent=["forty-five dollars", "Harley", "1978", "on a feeding tube"],
  text="""
T: Mr. Sorensen, today's your tenth visit, so it's the progress report for the swallowing. Kennedy disease, spinal bulbar muscular atrophy, right?
P: That's it. My brother has it too, he's worse, he's on a feeding tube.
T: I'm sorry. How about you, any choking episodes at meals?
P: No choking. I cough now and then with soup.
T: Any pneumonia, fevers?
P: No pneumonia. Had my flu shot.
T: Good. Tongue strength on the IOPI: 32 kPa. At the evaluation it was 24.
P: Thirty-two, that's up.
T: It's up. Goal one, tongue strength over 30: met.
P: Good.
T: Goal two, thin liquids with the supraglottic swallow, no cough, 9 of 10 trials. Let's test. Water, hold your breath, swallow, cough.
P: (coughs) Okay.
T: 7 of 10. Not met yet, but close. Goal three, regular diet, IDDSI level 7, no residue, with the Mendelsohn when needed.
P: I eat everything. Steak, salad. I rode the Harley to the diner last week.
T: You're on level 7 regular. That one's met. Let's work the Mendelsohn: swallow and hold it up at the top for three seconds.
P: Hold... okay. That's hard.
T: Ten more. Good, I felt the larynx lift and hold.
P: Got my first Harley in 1978. Still have it.
T: That's a long relationship. Now the tongue press with the bulb, five sets.
P: Is this covered? The co-pay is forty-five dollars.
T: The front desk can check for you. Plan: thin liquids stay, with the supraglottic swallow for soup and water. Continue twice a week for six weeks, new goal: 9 of 10 on thin liquids, tongue strength 36.
P: Twice a week for six weeks. Okay.
T: And keep the exercises every day, three sets of the tongue press.
P: Every day. Got it.
""")

S("o_slp07_angelman_discharge_cms_mother", "dev", "SLP", "discharge", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Angelman syndrome|Angelman", "sign|signs|signing", "picture board|communication book|PECS",
         "15 signs|fifteen signs", "4 of 5|4/5|four of five", "discharge|discharged", "home program|home plan"],
  negated=["seizures", "aggression"], absent=["forty-two", "the swimming pool", "$6", "grandpa's hearing aids"],
  text="""
T: Hi Noah, hi Mrs. Mbeki. Today is our last session, his discharge from clinic speech therapy, since he starts with the school SLP next week.
C: I know, I'm a little sad. He loves coming here.
T: He's done so well. Any seizures since the med change?
C: No seizures, four months now.
T: And the hitting when he's frustrated, any aggression at home?
C: Not really anymore. Now he signs "stop" or "help" instead.
T: That's the whole point. Angelman syndrome means he may not speak many words, but he can say a lot. Noah, show me "more".
P: (signs more, laughs)
T: More! He's up to fifteen signs used on his own, at the start it was three.
C: Fifteen. I wrote them on the fridge.
T: Let's do the picture board, the communication book. Noah, what do you want, bubbles or ball?
P: (points to ball)
T: Ball. He chose from two pictures 4 of 5 times today. The goal was 4 of 5, so that's met.
C: He threw the ball in the swimming pool on Sunday and we had to fish it out.
T: Ha. Goals: use ten signs without prompting, met, he's at fifteen; choose between two pictures, met; say "mama" consistently, partly met, about half the time.
C: Half the time is more than I ever thought I'd hear.
T: The home program: keep the book at every meal, model signs while you talk, and let the school team have a copy of the book.
C: They want it. I made copies, six dollars at the library, $6 well spent.
T: Good. Grandpa visits, right? Teach him the top five signs.
C: Grandpa's hearing aids are forty-two years old in spirit, he doesn't listen to anyone.
T: Ha, then just the signs, no listening needed. Noah, high five! You're discharged from here.
P: (high five, laughs)
C: Thank you. For everything.
""")

# ---------------------------------------------------------------------------------------------
# PT test (8)
# ---------------------------------------------------------------------------------------------

S("o_pt09_meralgia_paresthetica_eval_low_asr", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 9}, untimed=["97161"], key="97161x1:GP 97110x1:GP",
  facts=["meralgia paresthetica|meralgia", "lateral thigh|outer thigh", "burning", "tool belt|belt",
         "hip extension 10|10 degrees|ten degrees", "low complexity", "Oswestry 12|12 percent|twelve percent",
         freq(1, 4, "once a week for four weeks")],
  negated=["back pain", "weakness"], absent=["fantasy draft", "etsy", "twenty bucks"],
  text="""
T: hi mister quintero im sam physical therapy so the doctor says meralgia paresthetica the burning on the outer thigh
P: yeah the outside of my thigh burns and goes numb like a patch right here
T: got it the lateral thigh um does it go below the knee
P: no just this patch
T: any back pain with it
P: nah no back pain
T: any weakness in the leg does the knee buckle
P: no weakness no its just the skin its like a sunburn from the inside
T: ok what makes it worse
P: the tool belt i'm an electrician and the belt sits right here its like fifty pounds with everything
T: that belt is probably squeezing the nerve right where it comes out at the hip um also new pants
P: i went from a thirty four to a thirty six waist this year so yeah tight pants my wife says
T: ha ok lets check hip extension ten degrees a little tight in front strength is five out of five all over
P: good
T: oswestry is twelve percent mild um one problem no other health issues this is a low complexity evaluation
P: is that good or bad
T: good for you easy to fix hopefully so lets do some exercise hip flexor stretch in half kneeling nerve glide for the lateral femoral cutaneous nerve and core bracing
P: the stretch kinda zings
T: that's the nerve moving thats ok keep it gentle um that was nine minutes of exercise nine
P: ok
T: the big thing is the belt switch to suspenders so the weight sits on the shoulders not the hip
P: suspenders my crew is gonna roast me my wifes cousin sells them on etsy twenty bucks a pair
T: theyll get over it plan once a week for four weeks goals no burning with a full work day
P: once a week for four weeks i can do that my buddy had me on the roof all saturday and the belt killed me
T: thats the test then next time tell me how a day on the roof feels with suspenders
P: deal and i got my fantasy draft tonight so i gotta go
""")

S("o_pt10_navicular_stress_fracture_daily_cms_corrected", "test", "PT", "daily", "PT", "cms",
  timed={"97110": 24, "97116": 10}, untimed=[], key="97110x1:GP 97116x1:GP",
  facts=["navicular stress fracture|navicular", "CAM boot|walking boot|boot", "full weight bearing|weight bearing",
         "single leg balance|single-leg", "calf raises|heel raises", "gait|walking without the boot",
         "1/10|1 out of 10|one out of ten"],
  negated=["swelling", "pain on the top of the foot"], absent=["twenty-five", "a 5K", "$90"],
  text="""
T: Hi Ms. Eriksen, how's the navicular? Out of the boot now?
P: Out of the CAM boot since Friday! Full weight bearing, the surgeon said, no running yet.
T: No running yet. Any swelling at the end of the day?
P: None. I checked every night like you said.
T: And pain on the top of the foot, right over the bone?
P: Not when I walk. Maybe one out of ten at the end of the day.
T: One. Let me press... here?
P: Nope. Nothing.
T: Good. Let me take your blood pressure before we start, the doctor asked us to keep an eye on it with the new medicine... 118 over 76.
P: Fine, then.
T: Fine. Okay, exercise: calf raises on both, then on the right only, towel scrunches, then single leg balance on the foam.
P: My friend ran a 5K on Saturday, I was so jealous.
T: Your 5K is coming. Three sets of fifteen calf raises. Good. Single leg balance, thirty seconds... nice, no wobble.
P: I paid $90 for a race entry in June, a triathlon. Is that crazy?
T: Let's see how the next six weeks go before we promise June. Keep going, lateral step-ups now.
P: How long have we been doing these?
T: About twenty-five minutes, no, twenty-four. Twenty-four minutes of exercise.
P: Okay.
T: Now walking without the boot. I want to see your gait down the hall. Heel strike, roll through, push off with the big toe.
P: I feel like I'm limping.
T: A little short on the right step. Longer step... better. Now stairs, step over step.
P: Easier than I thought.
T: That's ten minutes on the walking and stairs. Ten.
P: So can I run next week?
T: Not yet. When you can hop on it twenty times with no pain, we'll start a walk-run plan.
P: Hopping. Fine.
T: Keep the calf raises daily and the supportive shoes. Thursday we'll try the hop test.
""")

S("o_pt11_rhabdomyolysis_eval_high_argued", "test", "PT", "evaluation", "PT", "per-code",
  timed={"97110": 8, "97116": 12}, untimed=["97163"], key="97163x1:GP 97110x1:GP 97116x1:GP",
  facts=["rhabdomyolysis|rhabdo", "dialysis|kidney", "3-/5|3 minus|three minus", "30-second sit to stand|sit to stand",
         "5 reps|five times|5 times", "rolling walker|walker", "200 feet|two hundred feet", "high complexity",
         freq(3, 4, "three times a week for four weeks")],
  negated=["chest pain", "dark urine"], absent=["sixty dollars", "Ironman", "moderate complexity"],
  text="""
T: Hi Mr. Adeyemi, I'm Chloe, physical therapy. You were in the hospital eleven days with rhabdomyolysis. Tell me what happened.
P: I did a CrossFit class, a free trial, pushed way too hard. Two days later my urine looked like cola and my legs were like concrete.
T: And your kidneys took a hit?
P: They did dialysis three times. Now the kidney numbers are almost normal.
T: Any dark urine now?
P: No dark urine, not since the hospital.
T: Chest pain, palpitations when you walk?
P: No chest pain.
T: Good. Strength: hip flexors and quads three minus out of five on both sides, hamstrings three.
P: I used to squat 300 pounds.
T: You will again, but slowly. Thirty-second sit to stand: 5 reps, with arms.
P: Five. Wow.
T: Now let's walk with the rolling walker... 200 feet, then you needed to sit.
P: The trial class was free, the hospital bill is not. The gym wanted sixty dollars a month after.
T: Ha. No more free trials for a while. Let's do some exercise: glute sets, heel slides, seated marching, very low effort, no soreness allowed.
P: That's it?
T: That's it. With rhabdo, we start low. Eight minutes of exercise.
P: Eight minutes. My buddy is training for an Ironman, he'd laugh.
T: Then gait: walker down the hall, turns, the curb outside. Twelve minutes of gait training.
P: Twelve minutes, that was the hardest part.
T: Complexity. Some would say moderate complexity, one event, younger guy. But I'm calling it high complexity: the kidney injury and dialysis, the labs we have to watch, exertion limits, and he's far from his baseline.
P: High. Great.
T: Plan: three times a week for four weeks. Goals: walk community distances without the walker, sit to stand 12 in thirty seconds, back to light gym work with a plan.
P: Three times a week for four weeks. Okay.
T: And you'll tell me if your urine gets dark again, or your muscles swell. Then we stop and you call your doctor.
P: Got it.
""")

S("o_pt12_pubic_ramus_pta_cms_bathroom_wait", "test", "PT", "daily", "PTA", "cms",
  timed={"97116": 16, "97110": 12, "97112": 9}, untimed=[], key="97116x1:GP,CQ 97110x1:GP,CQ",
  facts=["pubic ramus|pubic ramus fracture", "wheeled walker|rollator|walker", "contact guard|CGA",
         "groin pain|groin", "5/10|5 out of 10|five out of ten", "sit to stand|sit-to-stand", "side stepping|sidestepping",
         "weight shifting|weight shifts"],
  negated=["dizziness", "numbness"], absent=["eighty-seven", "Wheel of Fortune", "$3"],
  text="""
T: Good morning, Mrs. Lindgren, I'm Marco, the PT assistant. And you're her daughter?
C: Yes, Karen. Mom fell in the driveway three weeks ago. Pubic ramus fracture, they said no surgery.
T: Right, weight bearing as tolerated with the walker. Mrs. Lindgren, how's the groin pain?
P: Five out of ten when I walk. Better sitting.
T: Five. Any dizziness when you stand up?
P: No dizziness.
T: Numbness in the leg?
P: None.
C: She's eighty-seven and she still argues with me about the walker.
P: I don't need it in the house.
T: You do for now. Let's walk with the four-wheeled walker, down the hall and back. I'm on contact guard.
P: Oh, I need the restroom first, sorry.
T: No problem, we'll wait. The restroom's occupied, we'll sit a minute.
C: That was a long wait, five minutes at least.
T: That time isn't therapy, I won't count it. Okay, now walking. Upright, walker close... good. Turn. Back to the chair.
P: The wheels go faster than me.
T: Use the brakes on the turns. Walking with the walker today, sixteen minutes.
C: She watches Wheel of Fortune every night at seven, she never misses it.
T: Ha. Then sit to stand practice, nose over toes, ten reps, and seated marching, hip squeezes.
P: That pulls in the groin.
T: Mild is okay, sharp, tell me. Twelve minutes of exercise.
P: Twelve. Okay.
T: Now at the counter, weight shifting side to side, then side stepping, holding on.
P: Like dancing.
T: Like dancing, slow dancing. That was nine minutes of balance.
C: She wants to go on the cruise in March.
T: Let's get her to the mailbox first. Keep the walker all the time for now.
P: The coffee at the cafeteria here is $3, it's robbery.
T: Ha, bring a thermos. See you Thursday.
""")

S("o_pt13_sickle_cell_pta_percode_asr_two_units", "test", "PT", "daily", "PTA", "per-code",
  timed={"97110": 22, "97116": 8}, untimed=[], key="97110x1:GP,CQ 97116x1:GP,CQ",
  facts=["sickle cell|sickle cell disease", "pain crisis|crisis", "hydroxyurea", "2/10|2 out of 10|two out of ten",
         "recumbent bike|bike", "RPE 12|rate of perceived exertion|12 out of 20", "SpO2 97|97 percent|oxygen"],
  negated=["shortness of breath", "joint swelling"], absent=["two units", "nineteen", "the finals", "a hundred and ten"],
  text="""
T: hey desmond its marcus the pta how you feeling after the last crisis
P: better man that pain crisis in october put me out for a week in the hospital
T: yeah with the sickle cell we go easy um any shortness of breath today
P: no shortness of breath
T: any joint swelling knees elbows
P: nah nothing swollen
T: ok pain score
P: two out of ten just the lower back kind of
T: two ok are you taking the hydroxyurea every day
P: every day i set an alarm
T: good lets check oxygen ninety seven percent good now the recumbent bike easy pace keep it chatty
P: my little brother is nineteen and hes in the finals for track this week
T: nice whats his event
P: the four hundred
T: ok rate of perceived exertion where are you on the six to twenty scale
P: like a twelve
T: twelve good keep it there hydrate um then the mat leg press band work bridges and the core stuff
P: my sister says she ran the mile in like a hundred and ten seconds no way
T: thats fast um ok exercise total was twenty two minutes
P: can you put it down as two units so it counts more
T: no i put down what we did its twenty two minutes and the payer decides the units not me
P: ok ok
T: then walking on the treadmill slow with good posture thats gait work eight minutes
P: my feet felt heavy on that
T: thats normal after the hospital stay um keep drinking water and stop if any pain goes above five
P: got it same time friday
T: same time friday and dont skip the water bottle
P: i got two in my bag
""")

S("o_pt14_lyme_arthritis_progress_cms", "test", "PT", "progress", "PT", "cms",
  timed={"97110": 20, "97140": 9, "97112": 8}, untimed=[], key="97110x1:GP 97140x1:GP",
  facts=["Lyme arthritis|Lyme", "knee effusion|effusion|swelling down", "flexion 120|120 degrees", "FOTO score today 64|FOTO 64|FOTO score of 64",
         "4/5|4 out of 5|four out of five", "single leg squat|single-leg squat", "patellar mobilization|patellar mobs",
         freq(1, 4, "once a week for four more weeks")],
  negated=["fever", "rash"], absent=["ticks", "forty-eight", "the dog"],
  text="""
T: Ms. Nakamura, this is your tenth visit, so it's the progress note. Lyme arthritis in the right knee. How's it been?
P: So much better. The swelling's way down since the second round of antibiotics.
T: Any fever?
P: No fever.
T: The rash, anything new?
P: No rash. That was back in June, the bull's-eye. Nothing since.
T: Good. Let's measure. Flexion 120 degrees, it was 90 at the eval. Extension full.
P: Full! I couldn't straighten it in August.
T: The knee effusion is minimal now. Quad strength four out of five, it was three plus. FOTO score today 64, you started at 41.
P: Is that good?
T: That's more than the change we look for. Goals: walk two miles, met. Stairs reciprocal, met. Hike a steep trail, not yet.
P: I was going to section-hike the Appalachian Trail this summer, that's when I got the tick.
T: Maybe next summer. Let's do some exercise: step-ups, wall sits, hamstring curls, and the bike to warm up.
P: The dog picked up forty-eight ticks last year, I counted. He's fine.
T: Ha, check the dog and yourself. Exercise, twenty minutes.
P: Twenty, okay.
T: Now patellar mobilization, the kneecap was stiff. Lying down... glides up, down, side to side. Nine minutes.
P: That's weird but it loosens.
T: Then single leg squat in front of the mirror, balance on the foam. Eight minutes of balance and control.
P: My knee wobbles in the mirror.
T: Less than it did. The knee still drifts in on the single leg squat, that's our next goal.
P: Can I run?
T: Short intervals, on flat ground, a minute at a time. Plan: once a week for four more weeks. New goal: single leg squat without the knee drifting in, and a two-hour hike.
P: Once a week for four more weeks. Okay.
T: And if it swells up again, call your doctor. Lyme can flare.
P: I know. Trust me.
""")

S("o_pt15_spinocerebellar_ataxia_reeval_asr_interpreter", "test", "PT", "re-evaluation", "PT", "cms",
  timed={"97112": 22, "97116": 10}, untimed=["97164"], key="97164x1:GP 97112x1:GP 97116x1:GP",
  facts=["spinocerebellar ataxia|ataxia|SCA", "Berg 38|38 out of 56|thirty eight out of fifty six",
         "TUG 14|14 seconds|for teen seconds", "wide base|wide-based", "wheeled walker|rollator|walker",
         "2 falls|two falls", "re-evaluation|re evaluation|reevaluation", freq(2, 6, "twice a week for six weeks")],
  negated=["double vision", "swallowing problems"], absent=["three hundred pesos", "the wedding", "sixty four", "telenovela"],
  text="""
T: hola senora ruiz im ben physical therapy and this is the re evaluation um and you are the interpreter
C: yes im lucia from language services ill interpret she says good morning
T: good morning so with the spinocerebellar ataxia its been sixty days since the eval how many falls since then
C: she says two falls both at night going to the bathroom no injuries
T: two falls ok any double vision
C: no double vision she says
T: any problems swallowing coughing with water
C: she says no swallowing problems she eats everything
T: ok lets test berg balance um thirty eight out of fifty six it was thirty four at the start
C: she asks is that better
T: yes four points better um the timed up and go for teen seconds fourteen with the four wheeled walker it was eighteen
C: she says the walker is her best friend now
T: good gait is still wide base and a little irregular but fewer stops
C: she says her son is getting married in april and she wants to dance at the wedding
T: thats a great goal lets do some neuro muscular re ed standing at the bars feet together eyes open then tandem stance then reaching out of the base
C: she says this is like the telenovela where the lady walks on the bridge
T: ha um ok stepping strategies in all directions and the foam pad that whole block was twenty two minutes
C: she says it felt like an hour
T: then gate training with the walker in the hallway turning and going around the chairs ten minutes
C: she says her neighbor is sixty four and walks with a cane and she walks better than him
T: ha um ok so new goals no falls in the next month berg forty two walk to the mailbox with the walker and a night light in the hallway for the bathroom trips
C: she says her grandson sent her a night light that cost three hundred pesos
T: good use it every night plan twice a week for six weeks
C: she says twice a week ok and thank you
T: and the home exercise the standing balance at the kitchen counter every day with someone home
C: she says her daughter will watch
P: gracias doctor hasta el jueves
""")

S("o_pt16_perthes_discharge_percode_father", "test", "PT", "discharge", "PT", "per-code",
  timed={"97110": 15, "97530": 9}, untimed=[], key="97110x1:GP 97530x1:GP",
  facts=["Legg-Calve-Perthes|Perthes|Legg-Calvé-Perthes", "abduction 40|40 degrees", "5/5|5 out of 5|five out of five",
         "single leg hop|hop", "Trendelenburg", "home exercise program|home program", "discharge|discharged",
         "goals met|all goals"],
  negated=["limp", "pain"], absent=["forty dollars", "the trampoline park", "seven to four", "his cousin"],
  text="""
T: Hi Leo, hi Mr. Fontaine. Big day, it's your last PT visit, the discharge.
P: Yes! Can I play baseball now?
C: That's all he's been talking about.
T: Let's see. Leo, any hurting in your hip or knee lately?
P: Nope. No pain at all.
T: Any limp, Dad? After a long day?
C: No limp. Not since spring. We watched him at the park.
T: Great. With Legg-Calve-Perthes, the hip motion is what I watch. Hip abduction 40 degrees, the same as the other side. Hip strength five out of five.
C: The surgeon said the X-ray looks good, the head of the femur is round again.
T: That's what we want. Single leg stance, no Trendelenburg, the hip stays level. Now hop on one foot ten times.
P: One, two... ten! Easy.
T: Single leg hop, no pain, no drop. Okay, exercises one more time for the home exercise program: clamshells, side planks, bridges, hip hikes.
P: Side planks are so hard.
T: Fifteen minutes of exercise today. Fifteen.
C: His cousin broke his leg at the trampoline park last month, forty dollars to get in and a cast to get out.
T: Ouch. No trampoline park for a while. Now baseball moves: running the bases, stopping, cutting, and the lunge to catch low throws.
P: I'm fast!
T: You are fast. That was nine minutes of sport activities. Nine.
C: His team won seven to four Saturday, he was in the dugout cheering.
T: Goals: run without a limp, met. Hop on one leg ten times, met. Get back to baseball, met, with the home program. All goals met.
C: So he can play?
T: He can, his surgeon cleared him. Keep the home exercise program three times a week through the season.
P: Three times a week. Even on game days?
T: Game days count as the exercise. Leo, you're discharged.
P: Yes!
""")

# ---------------------------------------------------------------------------------------------
# OT test (7)
# ---------------------------------------------------------------------------------------------

S("o_ot08_pancoast_tumor_eval_high_husband", "test", "OT", "evaluation", "OT", "per-code",
  timed={"97535": 18, "97110": 7}, untimed=["97167"], key="97167x1:GO 97535x1:GO",
  facts=["Pancoast|Pancoast tumor|superior sulcus", "Horner|droopy eyelid|ptosis", "grip 6|6 kilos|6 kg",
         "intrinsic|hand muscles", "button hook|buttonhook", "shoe tying|shoe-tying", "high complexity",
         "min A|minimal assist|minimum assist", freq(2, 6, "twice a week for six weeks")],
  negated=["headaches", "falls"], absent=["sixty thousand", "forty years", "Pearl Harbor", "the shingles"],
  text="""
T: Hi Mrs. Vasquez, I'm Ingrid, occupational therapy. And this is your husband?
C: Ray. Forty years married in May.
T: Congratulations. So, a Pancoast tumor at the top of the left lung, pressing on the nerves to the arm. Radiation started two weeks ago.
P: Yes. My hand got weaker and weaker. And my left eyelid droops, they called it Horner's.
T: I see the droopy eyelid. Any headaches?
P: No headaches.
T: Falls at home?
P: No falls. Ray hovers.
C: I hover.
T: Good hovering. Let's look at the hand. The small hand muscles, the intrinsics, are wasted here, see the dip. Grip on the left is 6 kilos, right 22.
P: My sister had the shingles on that side last year, I thought it was that at first.
T: Understandable. Now let's look at dressing. Buttons on this blouse.
P: I can't do the small ones anymore with my left hand.
T: Try the button hook. Hook through the hole, grab the button, pull. Good.
P: Oh, that's clever.
T: Dressing upper body, she's min A for buttons, independent with the button hook. Now one-handed shoe tying, I'll show you the one-handed bow.
C: She was a nurse, she'll learn faster than me.
T: That self-care training, eighteen minutes. Now some gentle hand exercise: putty, finger spreading, seven minutes.
P: My fingers won't spread.
T: We'll see what the radiation does. Complexity: cancer with nerve involvement, radiation, the pain medicine, her heart history, and a change that can go either way. This is high complexity.
C: The hospital bill already says sixty thousand, before the insurance.
T: The social worker can sit down with you on that. Plan: twice a week for six weeks. Goals: dress independently with adaptive equipment, write a grocery list, keep the hand from getting stiff.
P: My dad was at Pearl Harbor, he'd tell me to quit whining.
T: You're not whining at all. Bring your hardest blouse next time.
""")

S("o_ot09_hypothenar_hammer_eval_low_asr", "test", "OT", "evaluation", "OT", "cms",
  timed={"97110": 9}, untimed=["97165"], key="97165x1:GO 97110x1:GO",
  facts=["hypothenar hammer|hypothenar hammer syndrome", "ulnar artery|artery", "cold sensitivity|cold",
         "Allen test|allen", "grip 38|38 kilos|thirty eight kilos", "padded gloves|gel gloves|gloves", "low complexity",
         freq(1, 4, "once a week for four weeks")],
  negated=["ulcers", "smoking"], absent=["forty five thousand", "harley", "thirty one"],
  text="""
T: hi mister grady im paula occupational therapy so the vascular doctor says hypothenar hammer syndrome
P: yeah i use the palm of my hand as a hammer all day installing cabinets and it messed up the artery
T: the ulnar artery right here in the heel of the hand under all that callus
P: yep they did the ultrasound and said it's narrowed not blocked
T: ok any ulcers or sores on the fingertips
P: no ulcers no
T: do you smoke
P: nope quit smoking ten years ago
T: great thats huge for the artery um any cold sensitivity
P: yeah the ring finger and pinky go white and hurt in the cold then they get red
T: ok lets do the allen test squeeze tight and open um the ulnar side fills slow like you said so positive on the right
P: is that bad
T: its what we expected grip is thirty eight kilos right forty two left
P: my brother in law bought a harley for forty five thousand and hes thirty one i'm jealous
T: ha ok well what you need is padded gloves gel gloves and stop using the palm as a hammer at all use the mallet
P: the nail gun is fine though right
T: the nail gun has vibration so gloves there too um one problem youre healthy no surgery so this is a low complexity evaluation
P: good
T: exercise now tendon glides grip with the soft ball and wrist stretches to warm up the hand before work nine minutes
P: nine minutes ok
T: and keep the hand warm in the truck in the morning before you start
P: got it
T: plan once a week for four weeks goals no more color changes at work and use the tools without the palm
P: once a week for four weeks ok
T: if a finger turns dark or gets a sore you call the vascular doctor right away
P: ok will do
""")

S("o_ot10_wartenberg_ota_percode_guess", "test", "OT", "daily", "OTA", "per-code",
  timed={"97112": 10, "97110": 16, "97140": 7}, untimed=[], key="97112x1:GO,CO 97110x1:GO,CO",
  facts=["Wartenberg|Wartenberg's syndrome|superficial radial nerve", "watch band|watch|bracelet", "Tinel|tinel's",
         "nerve glides|nerve gliding", "desensitization", "3/10|3 out of 10|three out of ten", "wrist extension"],
  negated=["weakness", "swelling"], absent=["half an hour", "Rolex", "eighty-four", "grandson"],
  text="""
T: Hi Mrs. Aziz, I'm Jade, the OT assistant. How's the wrist and thumb today?
P: The burning on the back of my thumb is less. Three out of ten today, it was six.
T: Three. That's the superficial radial nerve, the Wartenberg's syndrome. Still not wearing the tight watch band?
P: No watch, no bracelet. My husband says I'm naked without my Rolex.
T: Ha. Any weakness in the hand?
P: No weakness. I can open jars.
T: Any swelling on the wrist?
P: None.
T: Good. Tinel's over the nerve... still tingles?
P: A little. Less than last time.
T: Okay, nerve glides first. Wrist down, thumb tucked, elbow straight, tilt the head away. Slowly.
P: I feel the pull here.
T: That's it. Ten reps, three sets. Then the desensitization, textures along the back of the forearm.
P: The cotton is fine, the velcro is still annoying.
T: That's normal. Nerve glides and desensitization, ten minutes.
P: How long did all this take, half an hour?
T: Not quite. Ten minutes for the nerve work. Now strengthening: wrist extension with the two-pound weight, grip putty, and the rubber band for the thumb, sixteen minutes.
P: My grandson is eighty-four pounds and wants to be carried, I said no.
T: Good call. Then some soft tissue massage along the forearm, seven minutes.
P: Feels nice.
T: Home: nerve glides twice a day, no tight sleeves or watches, and the textures while you watch TV.
P: Can I play tennis?
T: Light rallies only, and stop if the burning comes back. And put the grip tape on loose, not wrapped tight around the wrist.
P: My coach wraps everything tight. I'll tell him.
T: Tell him the OT said so. Next visit I'll recheck the Tinel's and we'll see if we can add the heavier putty.
P: The green one? I'm ready.
P: Fine. Thursday?
T: Thursday.
""")

S("o_ot11_gout_hand_ota_cms_asr", "test", "OT", "daily", "OTA", "cms",
  timed={"97110": 15, "97535": 14}, untimed=[], key="97110x1:GO,CO 97535x1:GO,CO",
  facts=["gout|gouty", "tophi|tophus", "built-up handles|built up handles|foam tubing", "jar opener|jar",
         "joint protection", "4/10|4 out of 10|four out of ten", "MCP|knuckles"],
  negated=["redness", "fever"], absent=["sixty nine", "my buddy says", "route nine"],
  text="""
T: hi mister okonjo its tasha the ota how are the hands with the gout this week
P: better than last month the flare is done the doctor upped the allopurinol
T: good any redness or heat in the knuckles now
P: no redness no the knuckles are just lumpy
T: any fever chills
P: nah none of that
T: ok pain zero to ten
P: four out of ten in the morning its stiff
T: four ok um the bumps are tophi the tophus on the index knuckle is the biggest one the MCP joint
P: my buddy says stop eating shrimp i had like two pounds at the super bowl party and twelve beers and the next day boom
T: ha yeah thats a classic trigger so lets warm up and do there ex gentle fist tendon glides finger spreading with the band and the putty the soft one
P: the soft one thats like play dough
T: exactly we dont want to fire up the joints um that was fifteen minutes fifteen of exercise
P: ok
T: now the kitchen stuff joint protection we talked about big joints not small joints so the jar opener open that jar with it
P: oh thats way easier my wife always opened jars for me
T: and the built up handles the foam tubing on the fork and the toothbrush and the pen lets practise the fork and the keys
P: the key thing helps big time
T: and carrying the grocery bag on the forearm not with the fingers um this self care part was for teen minutes fourteen
P: fourteen gotcha
T: so all together twenty nine minutes today
P: my dad was sixty nine when his gout got bad and he couldnt even hold a cup
T: yours is getting treated early thats the difference um home keep the foam on the utensils and the jar opener in the kitchen
P: ok and the putty every day
T: every day the soft one and hydrate lots of water
P: will do my cousin just opened a barbecue place on route nine you should go
T: ha ill look for it see you tuesday
""")

S("o_ot12_necrotizing_fasciitis_reeval_dictation", "test", "OT", "re-evaluation", "OT", "cms",
  timed={"97110": 23, "97140": 12}, untimed=["97168"], key="97168x1:GO 97110x1:GO 97140x1:GO",
  facts=["necrotizing fasciitis|flesh-eating", "skin graft|graft", "scar massage|scar mobilization|scar",
         "elbow extension minus 20|minus 20|-20", "grip 18|18 kilos|18 kg", "QuickDASH today 38|QuickDASH 38|QuickDASH of 38",
         "re-evaluation|reevaluation", "compression sleeve|compression garment"],
  negated=["open areas", "drainage"], absent=["my ICU nurse", "$2,000", "5th Street"],
  text="""
T: Mr. Haddad, today is your re-evaluation for OT. It's been eight weeks since the first visit. How's the arm?
P: Better. It still looks like a map, but it works.
T: The necrotizing fasciitis took a lot of the forearm, and the skin graft healed well. Any open areas on the graft?
P: None. Not since the last one closed, two weeks ago.
T: Any drainage?
P: No drainage.
T: Good. You were in the hospital thirty-one days, right?
P: Thirty-one days, and my ICU nurse said I was the sickest guy she had all year.
T: And now you're here. Let's measure. Elbow extension minus 20, it was minus 45. Grip on the right 18 kilos, it was 6.
P: Eighteen!
T: QuickDASH today 38, at the start 72.
P: My brother bought me a compression sleeve online, $2,000 for two of them. I think he got ripped off.
T: The custom ones are expensive. Is it the compression sleeve you wear at night?
P: Day and night, except showers.
T: Good. Let's do the exercise part: elbow extension stretch, forearm rotation with the hammer, wrist curls, the grip trainer.
P: The hammer is hard turning palm up.
T: Supination is the hardest. Then scar massage and scar mobilization on the graft edges, where it's stuck down.
P: That's the part I hate and love.
T: Okay, let me dictate. OT re-evaluation. Therapeutic exercise twenty-three minutes: elbow and wrist stretching, forearm rotation, grip. Manual therapy, scar mobilization to the graft, twelve minutes. Goals: grip 25 kilos, elbow minus 10, return to work as a cook with the heavy pans. Continue twice a week for six weeks.
P: The restaurant can hold my job till March. The owner's opening a second place on 5th Street.
T: Then March is our target. The pans weigh what?
P: The big one is like ninety-nine ounces of cast iron.
T: We'll practise with a weighted pan next time.
P: Sounds good.
""")

S("o_ot13_arthrogryposis_progress_percode_mother", "test", "OT", "progress", "OT", "per-code",
  timed={"97530": 17, "97535": 10}, untimed=[], key="97530x1:GO 97535x1:GO,59",
  facts=["arthrogryposis|AMC", "elbow flexion 70|70 degrees", "spoon|adapted spoon|long-handled spoon",
         "self-feeding|feeding herself", "goal met|that goal is met", "not met|not yet met", "dressing stick|dressing",
         freq(1, 8, "once a week for eight more weeks")],
  negated=["skin breakdown", "pain"], absent=["Bluey", "thirty dollars", "grandpa's boat"],
  text="""
T: Hi Mia, hi Mrs. Torvald. It's progress report day, so we'll check your goals.
C: She's excited. She practised all week.
T: Mia, with arthrogryposis your elbows don't bend much. Any pain in your arms?
P: No.
T: Any red marks or skin breakdown from the elbow splints, Mom?
C: No skin breakdown. We check every night.
T: Good. Elbow flexion 70 degrees on the right, it was 55. Left is 60.
C: Every degree is a win.
T: It is. Goal one, self-feeding with the adapted spoon, the long-handled spoon. Mia, show me with the yogurt.
P: Yum.
T: Whole cup, no spills, no help. That goal is met.
C: She fed herself at grandpa's boat party and everybody clapped.
T: Goal two, putting on her jacket with the dressing stick. Let's try.
P: It's hard.
T: Reach, hook, pull... almost. With help for the second sleeve. That one's not met yet.
C: She wants to do it herself before the science fair, she's showing a volcano.
T: Then we'll practise. Now, the play part, reaching games: the ring stack overhead, the ball toss, the pegboard with the chopsticks.
P: I like the chopsticks.
T: You're good at it. That was seventeen minutes of play activities. Then dressing practice and the spoon: ten minutes. Ten.
C: Seventeen and ten.
T: Yes. She watched Bluey the whole waiting room time, by the way.
C: Bluey is life. The Bluey backpack was thirty dollars, she had to have it.
T: Ha. New goal: jacket on with the dressing stick, no help, and brushing her own hair. Plan: once a week for eight more weeks.
C: Once a week for eight more weeks, great.
T: Keep the spoon at every meal and let her try the jacket every morning, even if it takes longer.
C: Longer is okay.
""")

S("o_ot14_intersection_syndrome_discharge_student", "test", "OT", "discharge", "OT", "cms",
  timed={"97110": 11, "97140": 6}, untimed=[], key="97110x1:GO",
  facts=["intersection syndrome|intersection", "forearm|dorsal forearm", "thumb spica|splint",
         "QuickDASH today is 7|QuickDASH 7|QuickDASH of 7", "discharge|discharged", "home program|home exercise", "rowing|rowing machine"],
  negated=["crepitus", "swelling"], absent=["twenty minutes", "Olympic", "four thirty"],
  text="""
T: Hi Mr. Chu. This is Maya, an OT student, she's with me today. Last visit, the discharge.
P: Hi Maya. I'm sad it's over, I liked coming.
T: So the intersection syndrome, the pain and squeaking up the forearm from rowing. How is it?
P: Zero most days. I rowed forty minutes on Sunday, nothing.
T: Any crepitus now, that creaky feeling when you move the thumb?
P: No crepitus now. It's gone, totally.
T: Swelling on the back of the forearm?
P: No swelling.
T: Good. Maya, feel the dorsal forearm while he moves the wrist.
P: Is she going to find anything?
T: Nothing to find, that's the point. QuickDASH today is 7, you started at 48.
P: Seven. And I'm off the thumb spica since two weeks.
T: Good. Let's go over the home program. The wrist stretches, the eccentric wrist extension with the hammer, grip with the band.
P: Eccentric, slow down, I know.
T: Maya, count his reps. Good. Those exercises were eleven minutes.
P: Are we billing twenty minutes for that? She counted slow.
T: Eleven, that's what it was. Then six minutes of soft tissue massage along the forearm.
P: Six minutes. That's my favorite part.
T: Goals: row without pain, met. Lift the boat with the team, met. Type at work all day, met.
P: The regatta is in May, the boat is a four. The Olympic team rows in eights, we're not that fancy.
T: Ha. On the rowing machine, keep the wrists flat, don't curl them at the finish. And build up slowly after any week off the water, ten percent more per week.
P: Ten percent. My coach will love that, he's all about spreadsheets.
P: Flat wrists. Got it.
T: You're discharged. Call if the squeaking comes back.
P: Practice is at four thirty today, I'll be careful. Thanks, and thanks, Maya.
""")

# ---------------------------------------------------------------------------------------------
# SLP test (7)
# ---------------------------------------------------------------------------------------------

S("o_slp08_papillomatosis_voice_eval_percode", "test", "SLP", "evaluation", "SLP", "per-code",
  timed={}, untimed=["92524"], key="92524x1:GN",
  facts=["recurrent respiratory papillomatosis|papillomatosis|papilloma", "breathy|breathiness", "hoarse|hoarseness",
         "maximum phonation time 8|8 seconds|eight seconds", "s/z ratio 1.6|s/z ratio is 1.6", "VHI-10 26|VHI-10 is 26|VHI-10 of 26",
         "CAPE-V|moderately", freq(1, 8, "once a week for eight weeks")],
  negated=["stridor", "shortness of breath"], absent=["karaoke night", "seventy-two", "Blue Moon"],
  text="""
T: Hi Ms. Oyelaran, I'm Frances, speech-language pathology. Your ENT sent you for a voice evaluation after the last papilloma surgery.
P: Yes. Recurrent respiratory papillomatosis since I was a kid. This was my twenty-third surgery.
T: Twenty-three surgeries. That's a lot of scar on the vocal folds. Any stridor, noisy breathing?
P: No stridor. That was when I was little.
T: Shortness of breath with talking?
P: No shortness of breath. Just my voice gives out.
T: Tell me about your voice on a normal day.
P: Hoarse, breathy, by noon I'm whispering. I teach fourth grade.
T: Okay, let's measure. Big breath and say "ah" as long as you can.
P: Aaaaah.
T: Maximum phonation time 8 seconds. Now "sss"... and "zzz".
P: Ssssss... zzzz.
T: The s/z ratio is 1.6, which fits with the folds not closing all the way. Read the sentences on the card for me.
P: We were away a year ago. My mama made lemon jam.
T: Perceptually, on the CAPE-V, she's moderately hoarse and moderately breathy, pitch a little low. Your VHI-10 is 26.
P: Is that bad?
T: It means the voice gets in your way a lot. The ENT uses the laser for the papillomas, and each time there's a bit more scarring.
P: My friends dragged me to karaoke night last week, I lasted one song. My husband's band plays at the Blue Moon, I can't even cheer.
T: One's brave. The plan: voice therapy once a week for eight weeks, vocal function exercises, resonant voice, and a small amplifier for the classroom.
P: An amplifier, like a headset?
T: A headset. It saves your voice for the afternoon.
P: My principal is seventy-two, he still does the morning announcements without a mic.
T: Good for him. You get the mic. Goals: get through the school day without losing your voice, VHI-10 under 15.
P: Once a week for eight weeks. That's doable.
T: And water, lots of it, and no whispering. Whispering is hard on the folds.
P: Really? I thought it was resting.
""")

S("o_slp09_pierre_robin_feeding_cms_mother", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["Pierre Robin|Pierre Robin sequence", "cleft palate bottle|specialty bottle|Haberman|squeeze bottle",
         "side-lying|side lying", "pacing|paced", "60 ml|60 milliliters|2 ounces|two ounces", "30 minutes|under 30|thirty minutes",
         "weight gain|gained"],
  negated=["choking", "color changes"], absent=["eight pounds", "her brother", "the grandmother"],
  text="""
T: Hi Mrs. Cardenas, and hi baby Elena. Feeding session today. How have the bottles been?
C: Better. The specialty bottle helps, the squeeze one for the cleft palate.
T: With the Pierre Robin sequence, the small jaw and the cleft, we have to help her get the milk. Any choking during feeds?
C: No choking this week.
T: Any color changes, blue around the lips, during feeds?
C: No color changes. I watch her lips the whole time.
T: Good. How long is a feed?
C: About forty minutes. I'm so tired.
T: We want them under thirty minutes, so she doesn't burn more than she drinks. Let's watch one. Side-lying position, her head a little up.
P: (fussing)
T: She's rooting. Okay, nipple in... I'm watching her suck, swallow, breathe. Squeeze gently with her suck. There.
C: That's what I do.
T: You're doing it well. Now pacing: every three or four sucks, tip the bottle down so she can breathe.
P: (gulping)
T: Hear that? Tip it down... breathe... okay, back. That's the paced feeding.
C: My mother-in-law says she'd feed her faster, in the grandmother way, just pour it in.
T: Please don't pour it in. Pacing keeps her safe.
C: I'll tell her. The daycare asked about it too, she starts in January.
T: I'll write instructions for them. There, 60 ml in eighteen minutes, no coughing, no color changes.
C: Sixty in eighteen! That's the fastest yet.
T: And the pediatrician said weight gain is good?
C: She gained two hundred grams this week. She's 3.6 kilos now at eight weeks, her brother was eight pounds at birth.
T: Keep side-lying, keep pacing, feeds under thirty minutes. If she coughs a lot or turns blue, stop and call.
C: Okay. Thank you. It's easier when someone watches.
T: You know her better than anybody, you're doing great.
P: (coos)
C: She agrees.
""")

S("o_slp10_moyamoya_aphasia_percode_asr", "test", "SLP", "daily", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["moyamoya|moya moya", "aphasia|expressive aphasia|broca", "naming|confrontation naming",
         "12 of 20|12/20|twelve of twenty|twelve out of twenty", "semantic feature analysis|semantic features",
         "phonemic cues|first sound|phonemic cue", "script|scripts"],
  negated=["headaches", "seizures"], absent=["thirty one", "ninety nine cents", "the yankees"],
  text="""
T: hi kenji its olivia speech therapy how was the week
P: good um good week the um the words still stuck
T: the word finding the aphasia still hard ok any headaches this week with the moyamoya
P: no headache no
T: any seizures
P: none no
T: good lets start with naming pictures ill show you a picture you tell me the word
P: ok
T: this one
P: its a um you cut the the bread
T: what does it do whats it made of use the semantic feature analysis
P: metal cut sharp kitchen knife knife
T: yes knife nice you got there with the features this one
P: um fork no spoon spoon
T: good self corrected this one starts with ca
P: car no cat camel camel
T: yes with the phonemic cue the first sound um so far twelve of twenty named with or without cues
P: twelve ok better than last time
T: last time was nine so better um now your script for ordering at the restaurant
P: i would like the sushi set please and a green tea
T: perfect nice and clear again
P: i would like the um sushi set please and green tea
T: good my son is thirty one and still orders the same thing every time too
P: ha me too
T: ok ninety nine cents for a green tea refill at that place
P: no free refill
T: ha ok um the yankees game is on tonight right you watching
P: yes yankees
T: ok home program the naming app fifteen minutes a day and practise the restaurant script with your wife
P: ok practise
T: next week we do the phone script calling the pharmacy
P: hard but ok
""")

S("o_slp11_neurofibromatosis_cognition_percode_corrected", "test", "SLP", "daily", "SLP", "per-code",
  timed={"97129": 15, "97130": 12}, untimed=[], key="97129x1:GN 97130x1:GN", cog=27,
  facts=["neurofibromatosis|NF1|NF-1", "working memory", "planner|homework planner", "5 of 6|5/6|five of six",
         "digit span|numbers backward", "4 digits|four digits|4 numbers", "checklist|check-off list", "min verbal cues|minimal verbal cues|min cues"],
  negated=["headaches", "vision problems"], absent=["thirty minutes", "Fortnite", "1,200", "the lacrosse"],
  text="""
T: Hi Owen, hi Mr. Brennan. Thinking skills today, the attention and memory work.
C: He's had a good week. Teachers say he's handing in more homework.
T: Nice. Owen, with the NF1, the neurofibromatosis, any headaches lately?
P: No.
T: Any problems with your vision, blurry, double?
C: No vision problems. The eye doctor checked the optic nerve last month, all stable.
T: Good. First, working memory warm-up. Numbers backward. I say them, you say them backward. 3, 8, 1.
P: 1, 8, 3.
T: Good. 7, 2, 9, 4.
P: 4, 9... 2, 7.
T: Yes! Four digits backward, that's new. Five: 6, 1, 8, 3, 5.
P: 5, 3, 8... I lost it.
T: That's fine. Digit span backward is 4 digits today.
C: He has Fortnite memory for sure, he knows every map.
T: Ha. Then let's use that. Now the homework planner. Show me this week.
P: Math Monday, the science thing Wednesday, Spanish quiz Friday.
T: What goes on the checklist before you leave school?
P: Planner, check the board, put the sheets in the red folder.
T: You used the checklist 5 of 6 days this week, with min verbal cues from Dad at night.
C: Five of six. The sixth day was the lacrosse game, total chaos.
T: That counts as a hard day. How long was all that, Dad?
C: Felt like thirty minutes.
T: Thirty, no, twenty-seven. Twenty-seven minutes on memory and planning today.
P: Can I go now?
T: One more thing, the bigger project. The science fair board is due in two weeks. Let's break it into steps in the planner.
P: Buy the board, do the experiment, write it up, glue it.
T: And when does each step happen?
P: Board Saturday, experiment Sunday.
C: The board is on sale, three for 1,200 cents, I mean twelve bucks.
T: Ha. Home: checklist every day, and the planner check with Dad at seven.
""")

S("o_slp12_botulism_dysphagia_progress_cms_wife", "test", "SLP", "progress", "SLP", "cms",
  timed={}, untimed=["92526"], key="92526x1:GN",
  facts=["botulism|foodborne botulism", "PEG|feeding tube|G-tube", "IDDSI level 6|soft and bite-sized|level 6",
         "thin liquids|IDDSI level 0|level 0", "goal met|goals met|that goal's met", "not met|not yet",
         "Shaker|head lift", freq(2, 4, "twice a week for four more weeks")],
  negated=["double vision", "coughing with water"], absent=["sixty jars", "the county fair", "her sister"],
  text="""
T: Mr. and Mrs. Lindahl, this is his progress visit for swallowing. Ten sessions since the hospital.
C: It feels like a year since the botulism. The ICU, the ventilator.
T: It's been a long road. Mr. Lindahl, any double vision still?
P: No double vision. That went away first.
T: Coughing with water at home?
P: No coughing with water. Not this week.
C: He's been drinking regular water, the thin liquids, like you said, with his chin down.
T: Good. Goal one: thin liquids safely, no coughing. Let's test. Ten sips from the cup.
P: Okay. Chin down.
T: Ten of ten, clear. That goal's met.
C: Thank God.
T: Goal two: IDDSI level 6, soft and bite-sized, whole meals. You're eating level 6?
C: Chicken, pasta, soft vegetables. He takes forever, an hour for dinner.
T: Then goal two is partly there, the food is fine but the time is long. Not met for meal time under 40 minutes.
P: I'm slow. The muscles are lazy.
T: They're coming back. Goal three: off the feeding tube. The doctor said?
C: The PEG comes out next week if his weight holds.
T: Great. Now the exercises. The Shaker, head lift, lying flat, lift to look at the toes, hold.
P: My neck shakes.
T: Hold... good. Again. Then the effortful swallow with the applesauce.
C: Her sister gave us sixty jars from her home-canned garden, we threw them all out after this.
T: Smart. Home canning is how it happens. Now the county fair pies, I hope you skip those too.
P: My pie days are over.
T: Plan: twice a week for four more weeks. New goals: dinner in under 40 minutes, regular diet, and keep thin liquids safe.
C: Twice a week for four more weeks. We'll be here.
T: And the Shaker three times a day.
P: Three times. My neck says no, but okay.
""")

S("o_slp13_prader_willi_articulation_cms_asr", "test", "SLP", "daily", "SLP", "cms",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Prader-Willi|prader willi", "hypernasal|hypernasality|nasal", "s blends|s-blends|st and sp",
         "16 of 20|16/20|sixteen out of twenty", "80 percent|80%|eighty percent", "sentence level|sentences",
         "min cues|minimal cues|min verbal cues"],
  negated=["drooling", "snoring"], absent=["pizza", "school dance", "seventeen"],
  text="""
T: hi jasmine hi mom welcome back speech today so how was school
P: good we had a spelling test i got a b
C: shes been practising the s words every night
T: awesome so with the prader willi the muscles are a bit low tone so we work on the sounds um any drooling lately
C: no drooling no not in a long time
T: and the snoring the sleep study thing
C: the snoring stopped after the tonsils came out
T: great um ok lets do the s blends st and sp words first
P: stop star spoon spider stairs
T: nice um the last one again stairs
P: stairs
T: good i'm counting at sentence level now read these sentences
P: the spider is on the stairs i like to skate on the street
T: great that s was strong um your voice sounds a little nasal on some words the hypernasal sound lets try the nose pinch trick say baby with your nose pinched
P: baby baby
T: then without the pinch baby
P: baby
T: good it should sound the same um ok so today s blends in sentences sixteen out of twenty eighty percent with min cues
C: sixteen out of twenty last time was like twelve
T: yes up from sixty percent
C: she asked for pizza the whole drive here we do fourteen hundred calories a day its hard
T: i know thats tough um we'll keep food out of the reward box stickers only
P: stickers yay
C: and she has the school dance friday her sister is seventeen and is doing her hair
T: fun ok home practice the s blend sentences five minutes a day and read one page out loud to mom
P: ok
T: next time well do s blends in conversation
C: see you next week
""")

S("o_slp14_treacher_collins_discharge_percode", "test", "SLP", "discharge", "SLP", "per-code",
  timed={}, untimed=["92507"], key="92507x1:GN",
  facts=["Treacher Collins|Treacher Collins syndrome", "bone-anchored hearing|bone anchored|BAHA|hearing device",
         "intelligibility 90|90 percent|90%", "k and g|velar|k sounds", "18 of 20|18/20|eighteen of twenty",
         "discharge|discharged", "home program|home practice"],
  negated=["ear infections", "breathing problems"], absent=["twenty-one", "the aquarium", "$45", "his cousin's braces"],
  text="""
T: Hi Mateo, hi Mr. and Mrs. Soto. Today's the last session, Mateo's discharge from speech therapy.
C: We can't believe it. When he started, nobody outside the family understood him.
T: With Treacher Collins, the jaw, the palate and the ears make speech hard, and he worked so hard. Any ear infections this winter?
C: No ear infections. The bone-anchored hearing device has been great.
T: Any breathing problems at night, since the jaw surgery?
C: No breathing problems. He sleeps like a rock.
T: Great. Mateo, let's do the k and g words one more time. Cat, go, cookie, bag.
P: Cat, go, cookie, bag.
T: Perfect velar sounds. Now the sentences. The cat goes in the big bag.
P: The cat goes in the big bag.
T: 18 of 20 sentences correct today. At the start, 4 of 20.
C: Eighteen of twenty.
T: Intelligibility to strangers is about 90 percent, and the goal was 80. That's met.
P: I told the man at the aquarium about sharks and he understood me!
C: Twenty-one dollars a ticket at the aquarium, but worth it, he talked the whole time.
T: That's the best test there is. Goals: k and g sounds in conversation, met. Intelligibility 80 percent, met. Ordering at a restaurant on his own, met.
C: He ordered tacos last Friday, all by himself.
T: Home program: read out loud ten minutes a day, and if the k and g start to slip, call us.
C: His cousin's braces cost $45 a month, I'm already worried about Mateo's teeth.
T: The craniofacial team will help you plan that. Mateo, you're discharged! High five.
P: High five! Can I still come visit?
T: You can always come say hi.
C: Thank you for everything. Really.
T: He did the work. You did too.
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
    if not re.fullmatch(r"o_(pt|ot|slp)\d\d_[a-z0-9_]+", sid):
        p("bad id")
    if not sid.startswith("o_" + s["discipline"].lower()):
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
            if f.startswith("o_") and f.endswith(".json"):
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
