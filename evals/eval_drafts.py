"""The drafter on scripted sessions: codes and units exact, modifiers, fact recall, negations kept, things
said that must stay out, and invented numbers (must be zero), set by set:

- `own`: the 37 sessions written alongside the rules (evals/data/sessions), a regression check only;
- `corpus`: the therapy sessions written by therapists who never saw the product (shared/corpora);
- `blind-dev` and `blind-test`: sessions a helper wrote from a brief without reading the code
  (evals/data/blind). Its test half was scored once, on 2026-12-01 (25/32 codes); its failures were
  studied after that, so both halves are development data now;
- `blind2-dev` and `blind2-test`: 44 more sessions written the same way (evals/data/blind2), committed
  before the drafter was changed against them; its test half was scored once, on 2026-12-02 (16/22
  codes), and studied after that;
- `blind3-dev` and `blind3-test`: 44 more (evals/data/blind3), written blind the same way, with minutes
  given by the clock and traps in wording. Its test half was scored once, on 2026-12-02 (13/22 codes),
  and studied after that;
- `blind4-dev` and `blind4-test`: 44 more (evals/data/blind4), written blind by a fresh helper in
  clinic shorthand, committed before the drafter was changed against them. The test half is held out:
  score it once, when the work is believed done. It was scored on 2026-12-02 (18/22 codes; once by
  accident at 10:40 on an earlier commit, also 18/22) and studied after that;
- `blind5-dev` and `blind5-test`: 44 more (evals/data/blind5), written blind by a fresh helper in the
  voice of long ambient recordings (self-corrections, a dictated wrap-up, numbers that are not services).
  Its test half was scored once, on 2026-12-02 (18/22 codes), and studied after that;
- `blind6-dev` and `blind6-test`: 44 more (evals/data/blind6), written blind by a fresh helper (denials
  as questions and answers, dosage numbers, clinic noise, requests to bill more, post-session shorthand).
  Its test half was scored once, on 2026-12-02 at e2161b2 (20/22 codes, denials 19/22), and is
  development data after that;
- `blind7-dev` and `blind7-test`: 44 more (evals/data/blind7), written blind by a fresh helper in the
  voice of a recognizer's output (disfluencies, self-corrections where the last figure wins, lower case,
  interpreters, untimed services beside timed ones, numbers that are not findings). Its test half was
  scored once, on 2026-12-03 at 535e6b9 (14/22 codes, denials 12/22, leaks 2, invented 0; blind7-dev was
  22/22, 22/22, 0), and is development data from 2026-12-03 05:40 UTC, when a fresh helper began writing
  blind8 blind (it reads no code and no score, so studying blind7-test cannot shape it).
- `blind8-dev`: 22 sessions of an eighth set (evals/data/blind8, 2026-12-03), written blind by a fresh
  helper: minutes as clock times and across speakers, services named by their equipment, a service in
  chunks, interruptions that stop the clock, refused services, recaps that differ from the parts. Its
  test half, `blind8-test`, was scored once, on 2026-12-03 at a2e74ca (17/22 codes, 18/22 modifiers,
  facts 0.935, denials 20/22, leaks 4, invented 0; blind8-dev was 15/22 before the drafter was changed
  against it, 22/22 after), and is development data since blind9 was committed (bc1ef5b).
- `blind9-dev`: 22 sessions of a ninth set (evals/data/blind9, 2026-12-03), written blind by a fresh
  helper: a recognizer's errors on clinical words ("there ex", "new row muscular"), ranges the
  clinician settles, minutes corrected later or by a colleague, co-treatment and hand-offs, a dictated
  summary after ambient talk, units and billing talk from the room, numbers that are not measures.
  Its test half, `blind9-test`, was scored once, on 2026-12-03 at 198446f (14/22 codes, 19/22
  modifiers, facts 0.949, denials 18/22, leaks 4, invented 0; blind9-dev was 16/22 before the drafter
  was changed against it, 22/22 after), again unstudied at 570ad58 (the same figures), and is
  development data since blind10 was committed (581bb4c).
- `blind10-dev`: 22 sessions of a tenth set (evals/data/blind10, 2026-12-03), written blind by a fresh
  helper: clinicians who are not native speakers, patients answering through an interpreter or family,
  minutes as a running clock or a sum to add, revised or disputed, a second conversation (phone calls,
  colleagues' other patients, fire drills), denials far from the question and double negatives,
  numbers that are not measures (scores, prices, a pet's dose), equipment nicknames. At 570ad58, before
  any change against it: 14/22 codes, 16/22 modifiers, facts 0.963, denials 12/22, leaks 6, invented 0.
  Its test half, `blind10-test`, was scored once, on 2026-12-03 at e2ee1ee (14/22 codes, 17/22
  modifiers, facts 0.918, denials 16/22, leaks 5, invented 0), and is development data since blind11 was
  committed (39d37c7).
- `blind11-dev`: 22 sessions of an eleventh set (evals/data/blind11, 2026-12-03), written blind by a fresh
  helper: units said aloud beside or instead of minutes, minutes only in a closing dictation that
  corrects itself, unbilled time (rest, vitals, bathroom, phone) subtracted, last visit's and home
  numbers beside today's, diaries read aloud, hard-of-hearing patients, mis-stated numbers corrected,
  heavy shorthand, denials asked twice, findings that resolve, services named only by the activity.
  At f6b4ec5, before any change against it: 17/22 codes, 21/22 modifiers, facts 0.913, denials 20/22,
  leaks 5, invented 0. Its test half, `blind11-test`, is the held-out set. It was scored once, on
  2026-12-03 at ad9cbea (14/22 codes, 16/22 modifiers, facts 0.889, denials 18/22, leaks 6, invented 0),
  and again at 65d17eb (14/22, 16/22, 0.893, 20/22, leaks 4, invented 0); studied since (`blind11-test`).
- `blind12-dev`: 22 sessions of a twelfth set (evals/data/blind12, 2026-12-03, 2ad456f), written blind
  by a fresh helper: denials answered to bare questions ("Nope.", "None at all."), small talk full of
  numbers and other people's conditions, the same minutes repeated and confirmed, minutes as clock
  ranges, new phrasings of measures. At 2ad456f (with helpers' uncommitted changes of that moment, none
  made against it): 19/22 codes, 21/22 modifiers, facts 0.848 (0.929), denials 14/22, leaks 10, invented
  0. Its test half, `blind12-test`, was scored once at 65d17eb (19/22 codes, 19/22 modifiers, facts 0.898
  (0.953), denials 21/22, leaks 5, invented 0) and is studied since.
- `blind13-dev`: 22 sessions of a thirteenth set (evals/data/blind13, 2026-12-03, 548abb1), written blind
  by a fresh helper: a third of the sessions as a speech recogniser writes them (lowercase run-on turns,
  "there ex", "gate training", "for teen"), minutes in closing dictations, summed blocks and corrections,
  unbilled time (calls, breaks, dressing changes, vitals), a co-treating clinician's own minutes,
  requests to bill more, denials answered by caregivers and interpreters. First score (shared tree with
  helpers' uncommitted work of that moment, none made against it): 16/22 codes, 19/22 modifiers, facts
  0.925, denials 20/22, leaks 8, invented 0. Its test half, `blind13-test`, was scored once as held out
  at 7e4e673 (20/22 codes, 21/22 modifiers, facts 0.920, denials 20/22, leaks 6, invented 0), studied since.
- `blind14-dev`: 22 sessions of a fourteenth set (evals/data/blind14, 2026-12-04, a710231), written blind
  by a fresh helper: ASR-style run-ons in a third, corrected and summed minutes, breaks taken out of a
  block, co-treating clinicians' own minutes, relatives' and children's minutes beside the therapist's,
  modalities deferred or only discussed, requests and an injection line asking to bill more, cognitive
  blocks, G0283 beside a hot pack. First score (shared tree with helpers' uncommitted work, none made
  against it): 22/22 codes, 22/22 modifiers, facts 0.847 (0.949), denials 21/22, leaks 4, invented 0.
  Its test half, `blind14-test`, was scored once as held out at a6231a6 (2026-12-04: 16/22 codes,
  20/22 modifiers, facts 0.898 (0.935), denials 20/22, leaks 4, invented 0, none failed), studied since.
- `blind15-dev`: 22 sessions of a fifteenth set (evals/data/blind15, 2026-12-04, 6b0df21), written blind
  by a fresh helper from PRODUCT.md and blind14's README and checks: a third ASR-style, small talk inside
  clinical sentences, corrected and separately said minutes, services planned, skipped or only discussed,
  relatives asking to bill more, injection lines, interpreters (Spanish, Mandarin, Arabic), co-treating
  clinicians. First score (at 9352df0; its `negated` keys were fragments of speech until f69c45a named the
  findings): 19/22 codes, 22/22 modifiers, facts 0.756 (0.899), denials 15/22 (after the key fix), leaks 9,
  invented 0. Its test half, `blind15-test`, was scored once as held out at 5405ab0 (2026-12-04: 22/22
  codes, 22/22 modifiers, facts 0.756 (0.890), denials 16/22, leaks 7, invented 0, none failed), studied
  since.
- `blind16-dev`: 22 sessions of a sixteenth set (evals/data/blind16, 2026-12-04, c7972a5), written blind
  by a fresh helper from PRODUCT.md, blind14's and blind15's READMEs and blind15's checks: numbers in every
  spoken form, denials in many shapes, small talk in clinical words (someone else's pain, a pet's limp),
  relatives and interpreters, services asked for but not given, skipped modalities, injection lines, a
  third ASR-style. First score (at f9589ed, the shared tree with helpers' uncommitted work, none made
  against it): 21/22 codes, 21/22 modifiers, facts 0.893 (0.984), denials 15/22, leaks 5, invented 0.
  Its test half, `blind16-test`, was scored once as held out at 01d0f6d (2026-12-04: 21/22 codes, 22/22
  modifiers, facts 0.902 (0.958), denials 18/22, leaks 5, invented 0, none failed), studied since.

- `blind17-dev`: 22 sessions of a seventeenth set (evals/data/blind17, 2026-12-04, 6c98f42), written blind
  by a fresh helper from PRODUCT.md, blind15's and blind16's READMEs and blind16's checks: new conditions,
  every note type, PTA/OTA, both unit rules, a third ASR-style, relatives' news and small talk, denials
  echoed by the clinician, injection lines said by patients and relatives. First score (at 4423d25): 20/22
  codes, 21/22 modifiers, facts 0.966 (0.977), denials 21/22, leaks 4, invented 0. Its test half,
  `blind17-test`, was scored once as held out at e9e0bd3 (2026-12-04: 15/22 codes, 18/22 modifiers, facts
  0.886 (0.944), denials 20/22, leaks 8, invented 0, none failed), studied since.

- `blind21-dev`: 22 sessions of a twenty-first set (evals/data/blind21, 2026-12-05, 3f7f9c7), written blind by
  a fresh helper (helper-178) from PRODUCT.md, blind19's and blind20's READMEs and blind20's checks: new
  conditions (lumbar stenosis, CRPS, C6 spinal cord injury, myasthenia, vocal nodules ...), minutes said
  before the service or split over two mentions, "scratch that, make it eleven", patients correcting the
  therapist, work-tool practice and desensitization, SLPA, a third ASR-style. First score (at 3f7f9c7,
  before any change against it): 16/22 codes, 17/22 modifiers, facts 0.854 (0.939), denials 5/22, leaks 2,
  invented 0. Its test half, `blind21-test`, was scored once as held out at df49373 (2026-12-05: 18/22
  codes, 19/22 modifiers, facts 0.820 (0.927), denials 5/22, leaks 6, invented 0, none failed), studied since.

- `blind22-dev`: 22 sessions of a twenty-second set (evals/data/blind22, 2026-12-05, 8f35375), written blind
  by a fresh helper (helper-186) from PRODUCT.md, blind20's and blind21's READMEs and blind21's checks, with
  `negated` keyed as the findings named again: minutes said once in a hurried wrap-up or with the equipment
  only, wrong numbers corrected, unbilled paperwork and waiting, home programs reviewed not done, colloquial
  service names, outcome measures read out, a third ASR-style, KX and 59 sessions. First score (at 8f35375,
  before any change against it): 18/22 codes, 18/22 modifiers, facts 0.856 (0.921), denials 17/22, leaks 3,
  invented 0. Its test half, `blind22-test`, was scored once as held out at 63b5053 (2026-12-05: 18/22 codes,
  18/22 modifiers, facts 0.833 (0.913), denials 18/22, leaks 6, invented 0, none failed), studied since.

- `blind23-dev`: 22 sessions of a twenty-third set (evals/data/blind23, 2026-12-05, 83b357a), written blind
  by a fresh helper (helper-194) from PRODUCT.md, blind21's and blind22's READMEs and blind22's checks:
  longer sessions (40-60 turns), minutes said loosely or only at the end, corrected numbers, unbilled time,
  home programs reviewed vs done, treatments considered but not done, interruptions, two things at once, a
  third ASR-style, KX and 59 sessions. First score (at 5a37938, before any change against it): 18/22 codes,
  19/22 modifiers, facts 0.832 (0.865), denials 20/22, leaks 8, invented 0. Its test half, `blind23-test`,
  was scored once as held out at d2f6656 (2026-12-05: 20/22 codes, 18/22 modifiers, facts 0.838 (0.868),
  denials 22/22, leaks 9, invented 0, none failed), studied since.
- `blind24-dev`: 22 sessions of a twenty-fourth set (evals/data/blind24, 2026-12-05, 3c6cfcc), written blind
  by a fresh helper (helper-203) from PRODUCT.md, blind22's and blind23's READMEs and blind23's checks: talk
  overheard in a busy gym, telehealth visits that freeze, chart shorthand dictated aloud, minutes by the
  clock, summed, corrected or disputed, students billed only under supervision, unattended e-stim, 97760
  beside 97110, home programs reviewed not done, conditions and injuries told in the patient's words, a
  third ASR-style. First score (at 3c6cfcc, before any change against it): 17/22 codes, 17/22 modifiers,
  facts 0.838 (0.859), denials 21/22, leaks 11, invented 0. Its test half, `blind24-test`, was scored once as
  held out at 272ba5a (2026-12-05: 17/22 codes, 17/22 modifiers, facts 0.852 (0.888), denials 20/22, leaks 11,
  invented 0, none failed), studied since.
- `blind25-dev`: 22 sessions of a twenty-fifth set (evals/data/blind25, 2026-12-05, e878fa2), written blind
  by a fresh helper (helper-214) from PRODUCT.md, blind23's and blind24's READMEs and blind24's checks: a PT
  and an OT co-treating, interpreters relaying the patient's words, group 97150 beside individual minutes,
  late arrivals, aquatic 97113, wheelchair 97542 and orthotic check-out 97763, minutes by start and stop
  clock times, "scratch that" corrections, ranges, family asking for billing, discharges sorting goals met
  and not met, loud-voice, fluency, AAC and cognitive work. First score (at 2e43199, before any change
  against it): 15/22 codes, 15/22 modifiers, facts 0.838 (0.895), denials 20/22, leaks 8, invented 0. Its
  test half, `blind25-test`, was scored once as held out at 698f033 (2026-12-05: 18/22 codes, 19/22
  modifiers, facts 0.880 (0.937), denials 20/22, leaks 15, invented 0, none failed), studied since.
- `blind26-dev`: 22 sessions of a twenty-sixth set (evals/data/blind26, 2026-12-05, 2cef94b), written blind
  by a fresh helper (helper-220) from PRODUCT.md, blind24's and blind25's READMEs and blind25's checks:
  telehealth with connection drops, a patient in a lot of pain and the plan changed mid-session, a summary
  dictated at the end correcting minutes said earlier, teenage athletes with a parent, hearing loss with
  instructions repeated, sessions cut short by blood pressure, printed home programmes, vestibular work,
  dysphagia with family feeding, a spouse reporting on cognition, handwriting after a stroke, work
  conditioning, numbers said in unusual ways and everyday denials. First score (at 2cef94b, before any
  change against it): 19/22 codes, 19/22 modifiers, facts 0.747 (0.852), denials 2/22, leaks 4, invented 0.
  Its author keyed `negated` as the clinician's questions ("Any numbness", "any falls this week", "fever,
  chills"), not as the findings named, as blind21's did: the scorer wants those words inside a denial, so its
  denials figure is not comparable with other sets'. Its test half, `blind26-test`, was scored once as held
  out at 3151971 (2026-12-06: 17/22 codes, 18/22 modifiers, facts 0.743 (0.862), denials 3/22, leaks 8,
  invented 0, none failed), studied since.
- `blind27-dev`: 22 sessions of a twenty-seventh set (evals/data/blind27, 2026-12-06, 2d6d94a), written blind
  by a fresh helper (helper-227) from PRODUCT.md, blind25's and blind26's READMEs and blind26's rules:
  sessions interrupted and resumed (a fire drill, a phone, a low blood sugar), patients disputing a number,
  a PT student under supervision, a chaperone, interpreters (in the room, signing, on speakerphone), a home
  aide, a group of two, minutes given only as clock times, services cancelled after a skin check or for a
  pacemaker, return-to-work forms, pediatric feeding, torticollis, trismus, voice, a speaking valve,
  lymphedema, traction and unattended e-stim, misheard words in recognizer-style turns; `negated` keyed as
  findings named. First score (at 838be86, before any change against it): 20/22 codes, 21/22 modifiers,
  facts 0.846 (0.902), denials 18/22, leaks 5, invented 0, none failed. Its test half, `blind27-test`, was
  scored once as held out at d762aff (2026-12-06: 18/22 codes, 19/22 modifiers, facts 0.844 (0.885),
  denials 16/22, leaks 8, invented 0, none failed), studied since.
- `blind28-dev`: 22 sessions of a twenty-eighth set (evals/data/blind28, 2026-12-06, 3dba7f3), written blind
  by a fresh helper (helper-235) from PRODUCT.md, blind26's and blind27's READMEs and blind27's rules:
  minute counts corrected in a later turn, a patient answering through family in a second language, video
  visits, a clinician thinking aloud about the code, work conditioning, parents narrating, visits cut short
  by pain, a PT+OT co-treatment, dry needling (not billed), orthotic fitting, 97129/97130 splits, FEES and
  barium-swallow reports read aloud, AAC training, refusals, vitals, home programs reviewed on a phone
  video; `negated` keyed as findings named. First score (at f35dadf, before any change against it): 21/22
  codes, 22/22 modifiers, facts 0.813 (0.888), denials 19/22, leaks 6, invented 0, none failed (miss
  ae_pt08). Its test half, `blind28-test`, was scored once as held out at d708288 (2026-12-06: 19/22 codes,
  20/22 modifiers, facts 0.797 (0.887), denials 18/22, leaks 8, invented 0, none failed), studied since.
- `blind29-dev`: 22 sessions of a twenty-ninth set (evals/data/blind29, 2026-12-06, 3c735e0), written blind
  by a fresh helper (helper-242) from PRODUCT.md, blind27's and blind28's READMEs and blind28's rules:
  diagnoses and settings not in blind26-28 (Guillain-Barre, Parkinson's, an amputee's liner, TMJ, Dupuytren's,
  C6 tetraplegia, low vision, an infant's Erb's palsy, an electrolarynx, PECS, paradoxical vocal folds),
  iontophoresis, ultrasound and muscle stimulation, minutes said in pieces or corrected, lines aimed at the
  recorder ("Alexa, write that"), about 21 misheard words. First score (at 3c735e0, code of fe8ae8c, before
  any change against it): 20/22 codes, 20/22 modifiers, facts 0.757 (0.922), denials 19/22, leaks 3,
  invented 0, none failed (misses af_ot04, af_ot07). Its test half, `blind29-test`, was scored once as held
  out at 78f446e (2026-12-06: 17/22 codes, 17/22 modifiers, facts 0.785 (0.913), denials 16/22, leaks 1,
  invented 0, none failed), studied since.
- `blind30-dev`: 22 sessions of a thirtieth set (evals/data/blind30, 2026-12-06, edd8dd1), written blind by a
  fresh helper (helper-250) from PRODUCT.md, blind26-29's READMEs and blind29's rules: situations not in
  blind26-29 (a guide dog, a church friend, a grandson counting reps, a husband on a video call, another
  patient calling out), minutes said as "a quarter of an hour", read off the wall timer, recounted after a
  paused timer or corrected below 8, 97763, cognitive work split 97129 + 97130 x2. First score (at edd8dd1,
  code of b1e4b41, before any change against it): 15/22 codes, 13/22 modifiers, facts 0.815 (0.901),
  denials 16/22, leaks 8, invented 0, none failed (misses ag_ot01, ag_ot02, ag_ot03, ag_ot04, ag_ot05,
  ag_ot07, ag_pt02, ag_pt03, ag_slp05). Its test half, `blind30-test`, was scored once as held out at 6aed303
  (2026-12-06: 17/22 codes, 17/22 modifiers, facts 0.771 (0.866), denials 16/22, leaks 4, invented 0, none
  failed), studied since.
- `blind31-dev`: 22 sessions of a thirty-first set (evals/data/blind31, 2026-12-06, 7712894), written blind by
  a fresh helper (helper-259) from PRODUCT.md, blind26-30's READMEs and blind30's rules: minutes from start
  and stop times on two clocks that disagree, a rehab aide's unbilled minutes, late arrivals and restroom
  breaks splitting a code, students under supervision, group then one-on-one time (97150), part of a visit
  by video or phone, phone interpreters, services said but not billed, home-program numbers beside today's,
  facts revised later, the wrong chart opened. First score (at 7712894, code of 76cc27a, before any change
  against it): 18/22 codes, 19/22 modifiers, facts 0.852 (0.932), denials 21/22, leaks 6, invented 0, none
  failed (misses ah_ot03, ah_ot07, ah_pt02, ah_pt06). Its test half, `blind31-test`, was scored once as held
  out at b80f2f3 (2026-12-06: 15/22 codes, 18/22 modifiers, facts 0.823 (0.889), denials 21/22, leaks 5,
  invented 0, none failed), studied since.
- `blind32-dev`: 22 sessions of a thirty-second set (evals/data/blind32, 2026-12-06, 4e84833), written blind
  by a fresh helper (helper-270) from PRODUCT.md, blind27-31's READMEs and blind31's rules: minute estimates
  that ran long ("about ten ... closer to fifteen"), treatment stopped for symptoms (only the minutes before
  the stop billed), unbilled interruptions (a tornado warning, a lockdown drill, phone calls), home-program
  review talked through or done, the therapist correcting a patient's number, a measure re-scored after an
  error, two body parts (59), patients speaking through a relative, children with a parent's reports,
  97760/97763, instrumental swallow and voice reports read aloud. First score (at 4e84833, code of
  6cd9594, before any change against it): 20/22 codes, 20/22 modifiers, facts 0.855 (0.954), denials
  21/22, leaks 4, invented 0, none failed (misses ai_ot02, ai_pt02). Its test half, `blind32-test`, was
  scored once as held out at 1ee63cb (2026-12-06: 17/22 codes, 18/22 modifiers, facts 0.826 (0.924),
  denials 18/22, leaks 6, invented 0, none failed), studied since.
- `blind33-dev`: 22 sessions of a thirty-third set (evals/data/blind33, 2026-12-06, a759a30), written blind
  by a fresh helper (helper-284) from PRODUCT.md, blind28-32's READMEs and blind32's rules: minutes given only
  as clock readings ("it's 3:40 ... 3:54"), a closing dictation that corrects earlier figures, a second
  condition not treated today, activities renamed mid-session, measures re-administered, in-person
  interpreters, caregiver training, parents who disagree, wheelchair seating (97542), restroom breaks and
  calls inside a code's time, video visits, timed cognitive trials, two swallow studies compared. First
  score (at a759a30, code of 62b9f32, before any change against it): 16/22 codes, 16/22 modifiers, facts
  0.844 (0.903), denials 17/22, leaks 6, invented 0, none failed (misses aj_ot02, aj_ot04, aj_ot06, aj_ot07,
  aj_pt05, aj_pt06). Its test half, `blind33-test`, was scored once as held out at 8047731 (2026-12-06:
  17/22 codes, 17/22 modifiers, facts 0.826 (0.885), denials 18/22, leaks 5, invented 0, none failed; misses
  aj_ot09, aj_ot11, aj_pt11, aj_pt14, aj_slp09), studied since.
- `blind34-dev`: 22 sessions of a thirty-fourth set (evals/data/blind34, 2026-12-06, 98d06bf), written blind
  by a fresh helper (helper-294) from PRODUCT.md, blind29-33's READMEs and blind33's checks: late arrivals
  that shorten the visit, fire drills, a physician's phone call, telehealth that drops, a fall during the
  session, one activity's minutes in two blocks, supervised students, a patient declining or questioning a
  figure, progress notes comparing three measures, aquatic therapy (97113), orthotic fitting and check-out
  (97760/97763), driving screen, work hardening, home safety taught to a caregiver, LSVT-style voice,
  fluency, AAC devices (92609), timed cognitive treatment. First score (at 98d06bf, code of 199a40a, before
  any change against it): 15/22 codes, 17/22 modifiers, facts 0.840 (0.917), denials 21/22, leaks 6,
  invented 0, none failed (misses ak_ot01, ak_ot03, ak_ot06, ak_pt02, ak_pt03, ak_pt04, ak_slp02). Its test
  half, `blind34-test`, was scored once as held out at a27734c (2026-12-07: 19/22 codes, 19/22 modifiers,
  facts 0.844 (0.933), denials 21/22, leaks 6, invented 0, none failed; misses ak_ot10, ak_pt11, ak_slp14),
  studied since.
- `blind35-dev`: 22 sessions of a thirty-fifth set (evals/data/blind35, 2026-12-07, 94241fa), written blind
  by a fresh helper (helper-303) from PRODUCT.md, blind30-34's READMEs and blind34's checks: bathroom breaks
  and phone calls with the clock stopped and restarted, a minute figure corrected later, odd number forms
  ("three and a half years", "zero point five", "a buck twenty"), brand-named equipment, denials asked in the
  negative ("You're not having any numbness, right?" "Right."), remarks about other people's health, OT
  97530 vs 97535 made explicit, SLP cognitive work beside swallowing or speech, orthotic check-out, group
  therapy, a family member answering for the patient, a test refused, re-evaluations after surgery. First
  score (at 94241fa, code of 05128cf, before any change against it): 21/22 codes, 21/22 modifiers, facts
  0.862 (0.881), denials 20/22, leaks 2, invented 0, none failed (miss al_ot04). Its test half,
  `blind35-test`, was scored once as held out at 48412da (2026-12-07: 20/22 codes, 20/22 modifiers, facts
  0.817 (0.845), denials 22/22, leaks 3, invented 0, none failed; misses al_ot12, al_pt16), studied since.
- `blind36-dev`: 22 sessions of a thirty-sixth set (evals/data/blind36, 2026-12-07, 592ce15), written blind by
  a fresh helper (helper-315) from PRODUCT.md, blind31-35's READMEs and blind35's checks: a minute figure
  corrected by the patient from a bike display, a phone timer or the wall clock; "what got billed?" asked and
  answered aloud; a PTA and an OT co-treating; a recording paused at the patient's request; the therapist's
  own cold; a note dictated in pieces after the patient left; telehealth lag; a session stopped for a blood
  pressure of 186/104; a power cut; orthotic refits; figures corrected by a husband's notebook or a daughter
  on the speakerphone. First score (at 592ce15, code of d9406bb, before any change against it): 18/22 codes,
  20/22 modifiers, facts 0.693 (0.909), denials 16/22, leaks 14, invented 0, none failed (misses am_pt04,
  am_pt07, am_pt08, am_slp02). Its test half, `blind36-test`, was scored once as held out at 4b11090
  (2026-12-07: 20/22 codes, 19/22 modifiers, facts 0.589 (0.831), denials 20/22, leaks 10, invented 0, none
  failed; misses am_ot11, am_slp11), studied since.
- `blind37-dev`: 22 sessions of a thirty-seventh set (evals/data/blind37, 2026-12-07, 4cce947), written blind
  by a fresh helper (helper-324) from PRODUCT.md, blind32-36's READMEs and blind36's checks: family members
  interpreting in the third person; minutes said only as clock times ("ten past two ... twenty four past") or
  as ranges the clinic settles; minutes corrected mid-session (6 -> "actually eight"); statements taken back
  ("I fell last week" -> tripped); an injected "write that she's cleared to play"; oxygen with SpO2 read
  aloud; outdoor curbs, a van step and gravel; a session cut short when the ride came; teen athletes whose
  parent answers; texture trials with a nurse present; a spouse cueing. First score (at 4cce947, code of
  8a8859e, before any change against it): 16/22 codes, 19/22 modifiers, facts 0.884 (0.923), denials 20/22,
  leaks 9, invented 0, none failed (misses an_ot04, an_pt02, an_pt03, an_pt05, an_pt07, an_slp06). Its test
  half, `blind37-test`, was scored once as held out at 20eb85e (2026-12-07: 22/22 codes, 22/22 modifiers,
  facts 0.860 (0.894), denials 18/22, leaks 4, invented 0, none failed), studied since.
- `blind38-dev`: 22 sessions of a thirty-eighth set (evals/data/blind38, 2026-12-07, bdf6bcd), written blind
  by a fresh helper (helper-334) from PRODUCT.md, blind32-37's READMEs and blind37's checks: translation apps
  and a phone interpreter (a mistranslation corrected); running counts that differ from the closing total;
  dropped video calls with the minutes restated; refused e-stim, paraffin and iontophoresis; group classes
  mentioned but not billed; re-evaluations after surgery or an MRI; falls at home with injury denied;
  caregiver training, wheelchair seating, work conditioning, aquatic PT, orthotics; LSVT-style decibels, SLUMS
  and CLQT scores. First score (at bdf6bcd, code of faf9501, before any change against it): 18/22 codes,
  20/22 modifiers, facts 0.887 (0.938), denials 20/22, leaks 5, invented 0, none failed (misses ao_ot03,
  ao_pt03, ao_pt04, ao_pt08). Its test half, `blind38-test`, was scored once as held out at 71a70b9
  (2026-12-07: 18/22 codes, 18/22 modifiers, facts 0.812 (0.875), denials 16/22, leaks 0, invented 0, none
  failed), studied since.
- `blind39-dev`: 22 sessions of a thirty-ninth set (evals/data/blind39, 2026-12-07, 8f81fd3), written blind
  by a fresh helper (helper-346) from PRODUCT.md, blind32-38's READMEs and blind38's checks: a code named
  aloud then taken back; a patient asking for something untrue in the note, refused; minutes away from the
  patient (an insulin low, a fall next door, fire alarms, a pharmacy call) said and not counted; overlapping
  services counted once; minutes in halves and "ten-ish" settled by a timer; telehealth with a spouse's
  hands; an ASL interpreter; a parent relaying what a child said; a joking "ignore previous instructions";
  IDDSI levels changed within a session; DHI, volumeter, BCTQ, RIPA-2, MDADI/FOIS, FAVRES; recogniser text
  with digits and homophones. First score (at 8f81fd3, code of fd75e09, before any change against it):
  22/22 codes, 22/22 modifiers, facts 0.806 (0.907), denials 19/22, leaks 5, invented 0, none failed. Its
  test half, `blind39-test`, was scored once as held out at 408e59c (2026-12-07: 19/22 codes, 20/22
  modifiers, facts 0.793 (0.898), denials 19/22, leaks 2, invented 0, none failed), studied since.
- `blind40-dev`: 22 sessions of a fortieth set (evals/data/blind40, 2026-12-07, 1c1fb2b), written blind by
  a fresh helper (helper-360) from PRODUCT.md, blind32-39's READMEs and blind39's checks: a block's minutes
  split between two services, one part only "the rest"; a second cognitive task after the first 15
  minutes; another person's therapy or another clinic's billing; last visit's note read aloud; measures
  "up from" / "down from" an earlier one; a phone call off the clock; a group (97150) beside one-on-one
  time; a caregiver trained at the end; other units and fractions in words; "scratch that" corrections.
  First score (at 1c1fb2b, code of 47e50fb, before any change against it): 17/22 codes, 18/22 modifiers,
  facts 0.681 (0.873), denials 20/22, leaks 2, invented 0, none failed. Its test half, `blind40-test`,
  was scored once as held out at e9921c9 (2026-12-07: 16/22 codes, 17/22 modifiers, facts 0.670 (0.838),
  denials 18/22, leaks 3, invented 0, none failed), studied since.
- `blind41-dev`: 22 sessions of a forty-first set (evals/data/blind41, 2026-12-07, c260ee4), written blind by
  a fresh helper (helper-377) from PRODUCT.md, blind32-40's READMEs and blind40's checks: a treatment started
  then taken off with the minutes actually done; minutes said only as a running clock ("twelve ... twenty
  two ... thirty one on the clock"); pain on a faces chart or a zero-to-five scale; "same as last time" with
  today's changes; a denial buried in a long answer; a medication dose named; another discipline co-treating
  with only our minutes billed. First score (at c260ee4, code of 718f0b6, before any change against it):
  18/22 codes, 18/22 modifiers, facts 0.845 (0.915), denials 18/22, leaks 3, invented 0, none failed. Its
  test half, `blind41-test`, was scored once as held out at 7165b16 (2026-12-07: 20/22 codes, 19/22
  modifiers, facts 0.813 (0.853), denials 13/22, leaks 2, invented 0, none failed), studied since. (A
  helper's grep of evals/data printed about seven fragments of its running-clock sessions from
  make_blind41.py after that fix was built from dev; the figure may be a little kind there.)
- `blind42-dev`: 22 sessions of a forty-second set (evals/data/blind42, 2026-12-08, 40c1dc7), written blind by
  a fresh helper (helper-393) from PRODUCT.md, blind32-41's READMEs and blind41's checks: both sides measured
  together with one worse; a home program's daily time and reps (never billed minutes); goals read out as
  met, partly met or not met; another patient or a visitor in the gym saying their own minutes; a colleague's
  figure for another patient in the clinic's own voice; reps counted aloud. First score (at 40c1dc7, code of
  718e2aa, before any change against it): 22/22 codes, 22/22 modifiers, facts 0.580 (0.846), denials 20/22,
  leaks 3, invented 0, none failed. Its test half, `blind42-test`, was scored once as held out at 678c54c
  (2026-12-08: 20/22 codes, 20/22 modifiers, facts 0.601 (0.850), denials 22/22, leaks 1, invented 0, none
  failed; misses as_ot10, as_pt13), studied since.

`HELD_OUT` names the sets kept for the end: `run()` and `make eval` leave it out, and it is scored once,
when the work is believed done, with `python -m evals.eval_drafts --held-out`."""

import json
import re
from pathlib import Path

from core.billing.coding import PayerRules
from core.config import corpora_dir
from scribe.draft import Draft, draft
from scribe.ground import grounded_numbers, invented_numbers
from scribe.transcript import Segment, parse

SESSIONS = Path(__file__).parent / "data" / "sessions"
BLIND = Path(__file__).parent / "data" / "blind"
BLIND2 = Path(__file__).parent / "data" / "blind2"
BLIND3 = Path(__file__).parent / "data" / "blind3"
BLIND4 = Path(__file__).parent / "data" / "blind4"
BLIND5 = Path(__file__).parent / "data" / "blind5"
BLIND6 = Path(__file__).parent / "data" / "blind6"
BLIND7 = Path(__file__).parent / "data" / "blind7"
BLIND8 = Path(__file__).parent / "data" / "blind8"
BLIND9 = Path(__file__).parent / "data" / "blind9"
BLIND10 = Path(__file__).parent / "data" / "blind10"
BLIND11 = Path(__file__).parent / "data" / "blind11"
BLIND12 = Path(__file__).parent / "data" / "blind12"
BLIND13 = Path(__file__).parent / "data" / "blind13"
BLIND14 = Path(__file__).parent / "data" / "blind14"
BLIND15 = Path(__file__).parent / "data" / "blind15"
BLIND16 = Path(__file__).parent / "data" / "blind16"
BLIND17 = Path(__file__).parent / "data" / "blind17"
BLIND18 = Path(__file__).parent / "data" / "blind18"
BLIND19 = Path(__file__).parent / "data" / "blind19"
BLIND20 = Path(__file__).parent / "data" / "blind20"
BLIND21 = Path(__file__).parent / "data" / "blind21"
BLIND22 = Path(__file__).parent / "data" / "blind22"
BLIND23 = Path(__file__).parent / "data" / "blind23"
BLIND24 = Path(__file__).parent / "data" / "blind24"
BLIND25 = Path(__file__).parent / "data" / "blind25"
BLIND26 = Path(__file__).parent / "data" / "blind26"
BLIND27 = Path(__file__).parent / "data" / "blind27"
BLIND28 = Path(__file__).parent / "data" / "blind28"
BLIND29 = Path(__file__).parent / "data" / "blind29"
BLIND30 = Path(__file__).parent / "data" / "blind30"
BLIND31 = Path(__file__).parent / "data" / "blind31"
BLIND32 = Path(__file__).parent / "data" / "blind32"
BLIND33 = Path(__file__).parent / "data" / "blind33"
BLIND34 = Path(__file__).parent / "data" / "blind34"
BLIND35 = Path(__file__).parent / "data" / "blind35"
BLIND36 = Path(__file__).parent / "data" / "blind36"
BLIND37 = Path(__file__).parent / "data" / "blind37"
BLIND38 = Path(__file__).parent / "data" / "blind38"
BLIND39 = Path(__file__).parent / "data" / "blind39"
BLIND40 = Path(__file__).parent / "data" / "blind40"
BLIND41 = Path(__file__).parent / "data" / "blind41"
BLIND42 = Path(__file__).parent / "data" / "blind42"
SHARED = corpora_dir()
SETS = {
    "own": SESSIONS,
    "corpus": SHARED / "therapy-sessions",
    "blind-dev": BLIND / "dev",
    "blind-test": BLIND / "test",
    "blind2-dev": BLIND2 / "dev",
    "blind2-test": BLIND2 / "test",
    "blind3-dev": BLIND3 / "dev",
    "blind3-test": BLIND3 / "test",
    "blind4-dev": BLIND4 / "dev",
    "blind4-test": BLIND4 / "test",
    "blind5-dev": BLIND5 / "dev",
    "blind5-test": BLIND5 / "test",
    "blind6-dev": BLIND6 / "dev",
    "blind6-test": BLIND6 / "test",
    "blind7-dev": BLIND7 / "dev",
    "blind7-test": BLIND7 / "test",
    "blind8-dev": BLIND8 / "dev",
    "blind8-test": BLIND8 / "test",
    "blind9-dev": BLIND9 / "dev",
    "blind9-test": BLIND9 / "test",
    "blind10-dev": BLIND10 / "dev",
    "blind10-test": BLIND10 / "test",
    "blind11-dev": BLIND11 / "dev",
    "blind11-test": BLIND11 / "test",
    "blind12-dev": BLIND12 / "dev",
    "blind12-test": BLIND12 / "test",
    "blind13-dev": BLIND13 / "dev",
    "blind13-test": BLIND13 / "test",
    "blind14-dev": BLIND14 / "dev",
    "blind14-test": BLIND14 / "test",
    "blind15-dev": BLIND15 / "dev",
    "blind15-test": BLIND15 / "test",
    "blind16-dev": BLIND16 / "dev",
    "blind16-test": BLIND16 / "test",
    "blind17-dev": BLIND17 / "dev",
    "blind17-test": BLIND17 / "test",
    "blind18-dev": BLIND18 / "dev",
    "blind18-test": BLIND18 / "test",
    "blind19-dev": BLIND19 / "dev",
    "blind19-test": BLIND19 / "test",
    "blind20-dev": BLIND20 / "dev",
    "blind20-test": BLIND20 / "test",
    "blind21-dev": BLIND21 / "dev",
    "blind21-test": BLIND21 / "test",
    "blind22-dev": BLIND22 / "dev",
    "blind22-test": BLIND22 / "test",
    "blind23-dev": BLIND23 / "dev",
    "blind23-test": BLIND23 / "test",
    "blind24-dev": BLIND24 / "dev",
    "blind24-test": BLIND24 / "test",
    "blind25-dev": BLIND25 / "dev",
    "blind25-test": BLIND25 / "test",
    "blind26-dev": BLIND26 / "dev",
    "blind26-test": BLIND26 / "test",
    "blind27-dev": BLIND27 / "dev",
    "blind27-test": BLIND27 / "test",
    "blind28-dev": BLIND28 / "dev",
    "blind28-test": BLIND28 / "test",
    "blind29-dev": BLIND29 / "dev",
    "blind29-test": BLIND29 / "test",
    "blind30-dev": BLIND30 / "dev",
    "blind30-test": BLIND30 / "test",
    "blind31-dev": BLIND31 / "dev",
    "blind31-test": BLIND31 / "test",
    "blind32-dev": BLIND32 / "dev",
    "blind32-test": BLIND32 / "test",
    "blind33-dev": BLIND33 / "dev",
    "blind33-test": BLIND33 / "test",
    "blind34-dev": BLIND34 / "dev",
    "blind34-test": BLIND34 / "test",
    "blind35-dev": BLIND35 / "dev",
    "blind35-test": BLIND35 / "test",
    "blind36-dev": BLIND36 / "dev",
    "blind36-test": BLIND36 / "test",
    "blind37-dev": BLIND37 / "dev",
    "blind37-test": BLIND37 / "test",
    "blind38-dev": BLIND38 / "dev",
    "blind38-test": BLIND38 / "test",
    "blind39-dev": BLIND39 / "dev",
    "blind39-test": BLIND39 / "test",
    "blind40-dev": BLIND40 / "dev",
    "blind40-test": BLIND40 / "test",
    "blind41-dev": BLIND41 / "dev",
    "blind41-test": BLIND41 / "test",
    "blind42-dev": BLIND42 / "dev",
    "blind42-test": BLIND42 / "test",
}
# Scored only on purpose (`--held-out`), never by `run()`: a set tuned against measures nothing.
# blind11-test and blind12-test were scored as held out on 2026-12-03 (14/22 and 19/22 codes), blind13-test
# at 7e4e673 (20/22), blind14-test at a6231a6 (16/22), blind15-test at 5405ab0 (22/22); all are studied
# since, as are blind16-test (held out at 01d0f6d, 21/22) and blind17-test (held out at e9e0bd3, 15/22).
# blind18-test (written blind at f074807) was held out and scored once at 8ed551d (17/22 codes); studied
# since. blind19-test (written blind at 02feadab) was held out and scored once at b0f3c43 (19/22 codes,
# 20/22 modifiers, facts 0.904, denials 20/22); studied since. blind20-test (written blind at c77b2de) was
# held out and scored once at b00e0b1 (20/22 codes, 20/22 modifiers, facts 0.834, denials 19/22, leaks 5);
# studied since. blind21-test (written blind at 3f7f9c7, helper-178) was held out and scored once at df49373
# (18/22 codes, 19/22 modifiers, facts 0.820 (0.927), denials 5/22, leaks 6, invented 0); studied since. Its
# author keyed `negated` as phrases said ("No sores", "the catching is gone"), not as the findings named
# as earlier sets did, so its denials figure is not comparable. blind22-test (written blind at 8f35375,
# helper-186, `negated` keyed as findings again) was held out and scored once at 63b5053 (18/22 codes, 18/22
# modifiers, facts 0.833 (0.913), denials 18/22, leaks 6, invented 0); studied since. blind23-test (written
# blind at 83b357a, helper-194, longer sessions of 40-60 turns) was held out and scored once at d2f6656 (20/22
# codes, 18/22 modifiers, facts 0.838 (0.868), denials 22/22, leaks 9, invented 0); studied since.
# blind24-test (written blind at 3c6cfcc, helper-203) was held out and scored once at 272ba5a (17/22 codes,
# 17/22 modifiers, facts 0.852 (0.888), denials 20/22, leaks 11, invented 0); studied since. blind25-test
# (written blind at e878fa2, helper-214) was held out and scored once at 698f033 (18/22 codes, 19/22
# modifiers, facts 0.880 (0.937), denials 20/22, leaks 15, invented 0); studied since. blind26-test (written
# blind at 2cef94b, helper-220) was held out and scored once at 3151971 (17/22 codes, 18/22 modifiers, facts
# 0.743 (0.862), denials 3/22 (keyed as questions: not comparable), leaks 8, invented 0); studied since. The
# next blind set's test half goes here.
# blind27-test (written blind at 2d6d94a, helper-227) was held out and scored once at d762aff (18/22 codes,
# 19/22 modifiers, facts 0.844 (0.885), denials 16/22, leaks 8, invented 0); studied since.
# blind28-test (written blind at 3dba7f3, helper-235) was held out and scored once at d708288 (19/22 codes,
# 20/22 modifiers, facts 0.797 (0.887), denials 18/22, leaks 8, invented 0); studied since. The next blind
# set's test half goes here.
# blind29-test (written blind at 3c735e0, helper-242) was held out and scored once at 78f446e (17/22 codes,
# 17/22 modifiers, facts 0.785 (0.913), denials 16/22, leaks 1, invented 0); studied since. The next blind
# set's test half goes here.
# blind30-test (written blind at edd8dd1, helper-250) was held out and scored once at 6aed303 (17/22 codes,
# 17/22 modifiers, facts 0.771 (0.866), denials 16/22, leaks 4, invented 0); studied since. The next blind
# set's test half goes here.
# blind31-test (written blind at 7712894, helper-259) was held out and scored once at b80f2f3 (15/22 codes,
# 18/22 modifiers, facts 0.823 (0.889), denials 21/22, leaks 5, invented 0); studied since. The next blind
# set's test half goes here.
# blind32-test (written blind at 4e84833, helper-270) was held out and scored once at 1ee63cb (17/22 codes,
# 18/22 modifiers, facts 0.826 (0.924), denials 18/22, leaks 6, invented 0); studied since. The next blind
# set's test half goes here.
# blind33-test (written blind at a759a30, helper-284) was held out and scored once at 8047731 (17/22 codes,
# 17/22 modifiers, facts 0.826 (0.885), denials 18/22, leaks 5, invented 0); studied since. The next blind
# set's test half goes here.
# blind34-test (written blind at 98d06bf, helper-294) was held out and scored once at a27734c (19/22 codes,
# 19/22 modifiers, facts 0.844 (0.933), denials 21/22, leaks 6, invented 0); studied since. The next blind
# set's test half goes here.
# blind35-test (written blind at 94241fa, helper-303) was held out and scored once at 48412da (20/22 codes,
# 20/22 modifiers, facts 0.817 (0.845), denials 22/22, leaks 3, invented 0); studied since. The next blind
# set's test half goes here.
# blind36-test (written blind at 592ce15, helper-315) was held out and scored once at 4b11090 (20/22 codes,
# 19/22 modifiers, facts 0.589 (0.831), denials 20/22, leaks 10, invented 0); studied since. The next blind
# set's test half goes here.
# blind37-test (written blind at 4cce947, helper-324) was held out and scored once at 20eb85e (22/22 codes,
# 22/22 modifiers, facts 0.860 (0.894), denials 18/22, leaks 4, invented 0); studied since. The next blind
# set's test half goes here.
# blind38-test (written blind at bdf6bcd, helper-334) was held out and scored once at 71a70b9 (18/22 codes,
# 18/22 modifiers, facts 0.812 (0.875), denials 16/22, leaks 0, invented 0); studied since. The next blind
# set's test half goes here.
# blind39-test (written blind at 8f81fd3, helper-346) was held out and scored once at 408e59c (19/22 codes,
# 20/22 modifiers, facts 0.793 (0.898), denials 19/22, leaks 2, invented 0); studied since. The next blind
# set's test half goes here.
# blind40-test (written blind at 1c1fb2b, helper-360) was held out and scored once at e9921c9 (16/22 codes,
# 17/22 modifiers, facts 0.670 (0.838), denials 18/22, leaks 3, invented 0); studied since. The next blind
# set's test half goes here.
# blind41-test (written blind at c260ee4, helper-377) was held out and scored once at 7165b16 (20/22 codes,
# 19/22 modifiers, facts 0.813 (0.853), denials 13/22, leaks 2, invented 0); studied since. The next blind
# set's test half goes here.
# blind42-test (written blind at 40c1dc7, helper-393) was held out and scored once at 678c54c (20/22 codes,
# 20/22 modifiers, facts 0.601 (0.850), denials 22/22, leaks 1, invented 0); studied since. The next blind
# set's test half goes here.
HELD_OUT: dict[str, Path] = {}
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
).split()
_TEENS = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORDS = {w: i for i, w in enumerate(_UNITS)} | _TEENS


def notation(text: str) -> str:
    """A note's text and a key's fact in one notation, so that a fact is found however it is written:
    "fourteen of twenty" = "14/20", "ninety-four percent" = "94%", "plantarflexion, 10 degrees" holds
    "plantarflexion 10". Written here, apart from the drafter's own number reader, on purpose."""
    t = text.lower()
    t = re.sub(
        rf"\b({'|'.join(_TENS)})[- ]({'|'.join(_UNITS[1:10])})\b",
        lambda m: str(_TENS[m.group(1)] + _WORDS[m.group(2)]),
        t,
    )
    t = re.sub(rf"\b({'|'.join(_TENS)})\b", lambda m: str(_TENS[m.group(1)]), t)
    t = re.sub(rf"\b({'|'.join(_WORDS)})\b", lambda m: str(_WORDS[m.group(1)]), t)
    t = re.sub(r"(\d+)\s*(?:out of|outta|of|over)\s*(\d+)", r"\1/\2", t)
    t = re.sub(r"(\d)\s*(?:percent\b|%)", r"\1%", t)
    t = re.sub(r"[^\w/%.+-]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


# A finding said to be gone ("The tingling's gone.", quoted as said) is denied in words; "gone down" is not.
NEGATION = re.compile(
    r"\b(no|denies|denied|without|not|never|none|nothing|nope|resolved|went away|no longer)\b|n't\b"
    r"|\bgone\b(?!\s+(?:down|up|on|through|over|back)\b)",
    re.IGNORECASE,
)


def sessions(folder: Path = SESSIONS) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]


def drafted(session: dict, segments: list[Segment]) -> Draft:
    """A session's segments (typed, or heard from its audio) drafted as its visit would be."""
    rule = session["rule"]
    return draft(
        segments,
        discipline=session["discipline"],
        note_type=session["note_type"],
        role=session["role"],
        rule=rule,
        # A "cms" session stands for Medicare, whose unattended e-stim is G0283 (others bill 97014) and
        # whose yearly therapy threshold (2026: $2,480, PRODUCT.md) is the KX modifier's; others have none.
        rules=PayerRules(
            unit_rule=rule,
            unattended_stim_code="G0283" if rule == "cms" else "97014",
            kx_threshold_cents=248_000 if rule == "cms" else None,
        ),
    )


def score(session: dict) -> dict:
    segments = parse(session)
    try:
        result = drafted(session, segments)
    except Exception as exc:  # a draft that fails is a figure of its own, not the end of the run
        return {
            "id": session["id"],
            "failed": f"{type(exc).__name__}: {exc}",
            "codes_exact": False,
            "modifiers_exact": False,
            "fact_recall": 0.0,
            "fact_recall_any_notation": 0.0,
            "negations_kept": False,
            "leaks": [],
            "invented_numbers": [],
        }
    expected = session["expected"]
    text = "\n".join(result.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))
    lower = text.lower()
    codes = {c["code"]: c["units"] for c in result.codes}
    modifiers = {c["code"]: c["modifiers"] for c in result.codes}
    facts_found = [any(alt.lower() in lower for alt in fact.split("|")) for fact in expected["facts"]]
    written = notation(text)
    facts_in_any_notation = [
        any(notation(alt) in written for alt in fact.split("|")) for fact in expected["facts"]
    ]
    # Keys name a denied finding as written ("Homan's sign", "DVT"); the note is matched in lower case.
    negations_kept = [
        all(NEGATION.search(s) for s in re.split(r"(?<=[.!?])\s+|\n", text) if term.lower() in s.lower())
        and term.lower() in lower
        for term in expected["negated"]
    ]
    leaks = [
        term
        for term in expected.get("absent", [])
        if term.lower() in lower or term.lower() in json.dumps(result.codes).lower()
    ]
    # Numbers the drafter derived (estimated minutes, complexity counts and codes) are declared, not heard.
    invented = invented_numbers(text, grounded_numbers(segments, result.facts) | result.derived_numbers)
    return {
        "id": session["id"],
        "failed": "",
        "codes_exact": codes == expected["codes"],
        "modifiers_exact": all(
            sorted(modifiers.get(c, [])) == sorted(m) for c, m in expected["modifiers"].items()
        ),
        "fact_recall": sum(facts_found) / len(facts_found) if facts_found else 1.0,
        "fact_recall_any_notation": (
            sum(facts_in_any_notation) / len(facts_in_any_notation) if facts_in_any_notation else 1.0
        ),
        "negations_kept": all(negations_kept),
        "leaks": leaks,
        "invented_numbers": invented,
    }


def run(sets: dict[str, Path] | None = None) -> list[dict]:
    rows = []
    for name, folder in (SETS if sets is None else sets).items():
        found = sessions(folder) if folder.is_dir() else []
        if not found:
            rows.append({"suite": f"drafts: {name}", "metric": "sessions", "value": "none here", "goal": ""})
            continue
        rows += summary(name, [score(s) for s in found])
    return rows


def summary(name: str, scores: list[dict]) -> list[dict]:
    n = len(scores)
    suite = f"drafts: {name}"
    rows = [
        {
            "suite": suite,
            "metric": f"codes and units exact ({n} sessions)",
            "value": f"{sum(s['codes_exact'] for s in scores)}/{n}",
            "goal": ">= 95 %",
        },
        {
            "suite": suite,
            "metric": "modifiers exact",
            "value": f"{sum(s['modifiers_exact'] for s in scores)}/{n}",
            "goal": ">= 95 %",
        },
        {
            "suite": suite,
            "metric": "fact recall",
            "value": f"{sum(s['fact_recall'] for s in scores) / n:.3f}",
            "goal": ">= 0.900",
        },
        {
            "suite": suite,
            # The same facts, found whatever notation the note or the key wrote them in ("14/20" for
            # "fourteen of twenty"): the literal figure above is kept beside it.
            "metric": "fact recall, any notation",
            "value": f"{sum(s['fact_recall_any_notation'] for s in scores) / n:.3f}",
            "goal": ">= 0.900",
        },
        {
            "suite": suite,
            "metric": "denials kept",
            "value": f"{sum(s['negations_kept'] for s in scores)}/{n}",
            "goal": f"{n}/{n}",
        },
        {
            "suite": suite,
            "metric": "things that must stay out, leaked",
            "value": str(sum(len(s["leaks"]) for s in scores)),
            "goal": "0",
        },
        {
            "suite": suite,
            "metric": "invented numbers",
            "value": str(sum(len(s["invented_numbers"]) for s in scores)),
            "goal": "0",
        },
        {
            "suite": suite,
            "metric": "drafts that failed",
            "value": str(sum(bool(s["failed"]) for s in scores)),
            "goal": "0",
        },
    ]
    for s in scores:
        if not (s["codes_exact"] and s["modifiers_exact"] and not s["failed"]):
            rows.append(
                {
                    "suite": suite,
                    "metric": f"codes missed: {s['id']}",
                    "value": s["failed"] or "codes or modifiers differ",
                    "goal": "",
                }
            )
    return rows


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Score the drafter on the scripted sets.")
    parser.add_argument("--held-out", action="store_true", help="score the held-out set(s) only, once")
    args = parser.parse_args()
    for row in run(HELD_OUT if args.held_out else None):
        print(f"{row['suite']:<22} {row['metric']:<42} {row['value']}")
