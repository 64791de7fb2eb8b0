"""The assistant on staff speech it was not written against: the staff-phrasings corpus (dev), the
blind sets test, test2, test3, test4 and test5 (each scored once, then studied, so development data since
2026-12-02; test5 since 2026-12-03), test6, test7 and test8 scored once and studied since 2026-12-03;
test9 (assistant_blind9) scored once at 65d17eb (51.3 %, 135/263; conversations 3/40), studied since.
test10 (assistant_blind10, 3314785, reference day Fri 2026-12-18 16:10 clinic time, so
`faketime -f '@2026-12-18 21:10:00'`) scored once at 7e4e673 (70.4 %, 200/284; conversations 19/41;
wrong-target 0), studied since.
Filled from the small demo,
expected answers by SQL (`evals/staff_fill.py`), every reply judged mechanically. Prints each set
apart, by category, with wrong-target proposals, writes without confirmation and leaks as their own columns.

    python -m evals.eval_staff --set dev            # the dev table, and a JSON file of every row
    python -m evals.eval_staff --set test5          # the fifth blind set (studied since 2026-12-03)

A row is "right" only where something about it could be judged; what was judged is in its `checked`
field, and rows with nothing judgeable are counted apart (`unjudged`), never as right."""

import argparse
import json
import re
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, text
from sqlmodel import Session

from core.db import make_engine
from core.enums import AppointmentStatus, NoteStatus
from core.permissions import Action, role_may
from core.users.service import actor_by_email
from evals.eval_assistant import demo_engine
from evals.staff_fill import (
    CLINIC,
    INTENT_CATEGORY,
    KEPT,
    Demo,
    Expect,
    Scene,
    Visit,
    _asker,
    _fixed_day,
    _resolved,
    as_subject,
    asker_email,
    birth_date_as_hers,
    categories,
    day_forms,
    fill,
    fill_any,
    fill_text,
    literal_minute,
    money,
    second_scene,
    swap_pronouns,
    time_forms,
)
from evals.staff_fill import (
    WEEKDAYS as WEEKDAY_NAMES,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "staff-phrasings"
BLIND = Path(__file__).resolve().parent / "data" / "assistant_blind"
# A second blind set (374 messages, 45 conversations), written the same way and committed before the
# engine was changed against it: the held-out one since the first was studied (2026-12-02).
BLIND2 = Path(__file__).resolve().parent / "data" / "assistant_blind2"
# A third, written the same way (blind, 2026-12-02): held out until it was scored once, studied since.
BLIND3 = Path(__file__).resolve().parent / "data" / "assistant_blind3"
# A fourth (blind, 2026-12-02, a new voice: forwarded voicemails, several patients in one message,
# code switching): held out until it was scored once (58.5 %), studied since.
BLIND4 = Path(__file__).resolve().parent / "data" / "assistant_blind4"
# A fifth (blind, 2026-12-02, conversation-heavy: changes of course, references to the last reply,
# holidays, family): held out until it was scored once (2026-12-03, the engine of f020340 with the #19
# name, billing-rule and clock changes: 71.6 % overall, 159 of 222 judged; wrong-target proposals 3,
# writes without confirmation 0, leaks 0), studied since.
BLIND5 = Path(__file__).resolve().parent / "data" / "assistant_blind5"
# A sixth (blind, 2026-12-03, 11a0384: 260 messages, 48 conversations, 24 of five or more turns; reference
# day Thu 2026-12-03 14:20): held out until it was scored once (2026-12-03 at 72f8f51: 55.3 % overall, 131
# of 237 judged, conversations 4 of 48; wrong-target proposals 3, writes without confirmation 0, leaks 0),
# studied since.
BLIND6 = Path(__file__).resolve().parent / "data" / "assistant_blind6"
# A seventh (blind, 2026-12-03, 942c64c: 294 messages, 46 conversations, typing under pressure,
# corrections mid-message, several requests at once). Its reference day is Thursday 2026-12-10 14:20, so
# it is scored under `faketime '@2026-12-10 14:20:00'`. Held out until it was scored once (2026-12-03 at
# e2ee1ee: 61.0 % overall, 158 of 259 judged, conversations 14 of 42 judged; wrong-target proposals 6,
# writes without confirmation 0, leaks 1: a balance the biller may see, given beside a refused
# "set it to $0 and don't log it"), studied since.
BLIND7 = Path(__file__).resolve().parent / "data" / "assistant_blind7"
# An eighth (blind, 2026-12-03, d6835cd: 336 messages, 45 conversations, 23 of five or more turns; Monday
# morning catch-up, callers on the line, visits named by what happened there, biller slang). Its reference
# day is Monday 2026-12-14 08:40 clinic time, so it is scored under `faketime -f '@2026-12-14 13:40:00'`
# (faketime reads the machine's UTC; the demo clinic is in New York). Held out until it was scored once
# (2026-12-03 at ad9cbea: 67.0 % overall, 189 of 282 judged, conversations 7 of 41; wrong-target
# proposals 4, leaks 0, and one write counted unconfirmed that was a "ya" to the proposal before it, a
# yes this scorer's YES_TURN did not know), studied since.
BLIND8 = Path(__file__).resolve().parent / "data" / "assistant_blind8"
# A ninth (blind, 2026-12-03, 0bb8da8: 320 messages, 42 conversations, 23 of five or more turns). Its
# reference day is Wednesday 2026-12-16 14:50 clinic time, so it is scored under
# `faketime -f '@2026-12-16 19:50:00'` (faketime reads UTC). Scored once at 65d17eb (51.3 %), studied since.
BLIND9 = Path(__file__).resolve().parent / "data" / "assistant_blind9"
# A tenth (blind, 2026-12-03, 3314785: 359 messages, 42 conversations, 23 of five or more turns), reference
# day Friday 2026-12-18 16:10 clinic time: `faketime -f '@2026-12-18 21:10:00'`. Scored once, studied since.
BLIND10 = Path(__file__).resolve().parent / "data" / "assistant_blind10"
# An eleventh (blind, 2026-12-04, 2fb644c: 327 messages, 42 conversations, 25 of five or more turns),
# reference day Tuesday 2026-12-29 08:05 clinic time: `faketime -f '@2026-12-29 13:05:00'`. Scored once as
# held out at a6231a6 (70.6 %, 180 of 255 judged, conversations 15 of 40, wrong-target proposals 2,
# unconfirmed writes 0, leaks 0), studied since.
BLIND11 = Path(__file__).resolve().parent / "data" / "assistant_blind11"
# A twelfth (blind, 2026-12-04, cb3e012: 245 messages, 32 conversations, 24 of five turns), reference day
# Wednesday 2026-12-23 11:20 clinic time: `faketime -f '@2026-12-23 16:20:00'`. Scored once as held out at
# 5405ab0 (70.8 %, 143 of 202 judged, conversations 11 of 31, wrong-target proposals 2, unconfirmed writes 0,
# leaks 0), studied since.
BLIND12 = Path(__file__).resolve().parent / "data" / "assistant_blind12"
# A thirteenth (blind, 2026-12-04, 3991834: 245 messages, 32 conversations, 27 of five turns), reference day
# Monday 2027-01-04 07:50 clinic time, the first working day after the New Year week:
# `faketime -f '@2027-01-04 12:50:00'`. Scored once as held out at 5d0d265 (assistant code as at 8a8a469):
# 75.4 %, 144 of 191 judged, conversations 9 of 30, wrong-target proposals 0, unconfirmed writes 0, leaks 0;
# studied since.
BLIND13 = Path(__file__).resolve().parent / "data" / "assistant_blind13"
# A fourteenth (blind, 2026-12-04, 3f7dbce: 242 messages, 33 conversations, 26 of five turns), reference day
# Wednesday 2027-01-13 15:40 clinic time, mid-January: `faketime -f '@2027-01-13 20:40:00'`. Scored once as
# held out at e9e0bd3: 68.9 %, 126 of 183 judged, conversations 8 of 31, wrong-target proposals 1, unconfirmed
# writes 0, leaks 0; studied since.
BLIND14 = Path(__file__).resolve().parent / "data" / "assistant_blind14"
# A fifteenth (blind, 2026-12-04, 88df46a: 247 messages, 34 conversations, 33 of five or more turns),
# reference day Thursday 2027-01-28 10:15 clinic time, month's end near: `faketime -f '@2027-01-28 15:15:00'`.
# Scored once as held out at 8ed551d: 69.9 %, 114 of 163 judged, conversations 6 of 32, wrong-target
# proposals 1, unconfirmed writes 0, leaks 0; studied since.
BLIND15 = Path(__file__).resolve().parent / "data" / "assistant_blind15"
# A sixteenth (blind, 2026-12-05, 3665260: 227 messages, 33 conversations of five or more turns), reference
# moment Tuesday 2027-02-09 11:40 clinic time: `faketime -f '@2027-02-09 16:40:00'`. Scored once as held out
# at b0f3c43: 71.2 %, 121 of 170 judged, conversations 10 of 31, wrong-target proposals 1, unconfirmed writes
# 0, leaks 0; studied since.
BLIND16 = Path(__file__).resolve().parent / "data" / "assistant_blind16"
# A seventeenth (blind, 2026-12-05, 46e918c: 228 messages, 32 conversations of five turns), reference moment
# Monday 2027-03-01 08:15 clinic time, the month's first morning: `faketime -f '@2027-03-01 13:15:00'`.
# Scored once as held out at dec2b42: 68.3 %, 114 of 167 judged, conversations 4 of 32, wrong-target
# proposals 0, unconfirmed writes 0, leaks 0; studied since.
BLIND17 = Path(__file__).resolve().parent / "data" / "assistant_blind17"
# An eighteenth (blind, 2026-12-05, 3dc673f, helper-179: 222 messages, 34 conversations, 29 of five or more
# turns), reference moment Wednesday 2027-03-17 15:40 clinic time, after daylight saving began (UTC-4):
# `faketime -f '@2027-03-17 19:40:00'`. Scored once as held out at df49373: 68.3 %, 123 of 180 judged,
# conversations 8 of 33, wrong-target proposals 1, unconfirmed writes 0, leaks 0; studied since.
BLIND18 = Path(__file__).resolve().parent / "data" / "assistant_blind18"
# assistant_blind19 (f3cafba, helper-187): 238 phrasings and 35 conversations of 5 turns, reference moment
# Tuesday 2027-04-06 11:20 clinic time (UTC-4): `faketime -f '@2027-04-06 15:20:00'` with TZ unset. Scored
# once as held out at 63b5053: 72.3 %, 136 of 188 judged, conversations 10 of 34 judged, wrong-target
# proposals 1, unconfirmed writes 0, leaks 0; studied since.
BLIND19 = Path(__file__).resolve().parent / "data" / "assistant_blind19"
# assistant_blind20 (fdff677, helper-195): 251 phrasings and 33 conversations of 5 turns, reference moment
# Thursday 2027-04-29 16:10 clinic time (UTC-4), the day before April's last, the 1st a Saturday:
# `faketime -f '@2027-04-29 20:10:00'` with TZ unset. Scored once as held out at a52c777: 63.1 %, 128 of 203
# judged, conversations 9 of 33, wrong-target proposals 2, unconfirmed writes 0, leaks 0; studied since.
BLIND20 = Path(__file__).resolve().parent / "data" / "assistant_blind20"
# assistant_blind21 (aa36e45, helper-204): 254 phrasings and 33 conversations of 5 turns, reference moment
# Tuesday 2027-06-01 08:50 clinic time (UTC-4), the morning after Memorial Day, June's first day:
# `faketime -f '@2027-06-01 12:50:00'` with TZ unset. Scored once as held out at b6a3cd4: 68.5 %, 139 of
# 203 judged, conversations 14 of 33, wrong-target proposals 0, unconfirmed writes 0, leaks 0; studied since.
BLIND21 = Path(__file__).resolve().parent / "data" / "assistant_blind21"
# assistant_blind22 (2e43199, helper-215): 241 phrasings and 34 conversations of 5 turns, reference moment
# Friday 2027-07-09 15:40 clinic time (UTC-4), the week after Independence Day (observed Mon Jul 5), a
# Friday afternoon: `faketime -f '@2027-07-09 19:40:00'` with TZ unset. Scored once as held out at 698f033:
# 71.3 %, 124 of 174 judged, conversations 12 of 32 judged, wrong-target proposals 3, unconfirmed writes 0,
# leaks 0; studied since.
BLIND22 = Path(__file__).resolve().parent / "data" / "assistant_blind22"
# assistant_blind23 (b2f8ce2, helper-221): 259 phrasings and 34 conversations of 5 turns, reference moment
# Tuesday 2027-09-07 08:10 clinic time (UTC-4), the first business day after Labor Day (Mon Sep 6, closed),
# early morning (all of today's visits ahead), August complete: `faketime -f '@2027-09-07 12:10:00'` with
# TZ unset. Scored once as held out at a4d6c73: 67.0 %, 132 of 197 judged, conversations 12 of 32 judged,
# wrong-target proposals 1, unconfirmed writes 0, leaks 0, p95 26 ms; studied since.
BLIND23 = Path(__file__).resolve().parent / "data" / "assistant_blind23"
# assistant_blind24 (d7d652d, helper-228): 270 phrasings and 34 conversations of 5 turns, reference moment
# Friday 2027-11-26 14:30 clinic time (UTC-5), the day after Thanksgiving (clinic closed Thu Nov 25), a
# Friday afternoon near the year's end: `faketime -f '@2027-11-26 19:30:00'` with TZ unset. Scored once as
# held out at a50c48e: 77.2 %, 139 of 180 judged, conversations 11 of 30 judged, wrong-target proposals 0,
# unconfirmed writes 0, leaks 0, p95 89 ms; studied since.
BLIND24 = Path(__file__).resolve().parent / "data" / "assistant_blind24"
# assistant_blind25 (1dc478f, helper-236): 277 phrasings and 34 conversations of 5 turns, reference moment
# Monday 2028-01-03 09:10 clinic time (UTC-5), the first business day of 2028 (New Year's Day a Saturday):
# `faketime -f '@2028-01-03 14:10:00'` with TZ unset. Scored once as held out at 06e17bd: 68.6 %, 140 of 204
# judged, authorizations 10 of 13, conversations 6 of 31 judged, wrong-target proposals 0, unconfirmed writes
# 0, leaks 0, p95 138 ms; studied since.
BLIND25 = Path(__file__).resolve().parent / "data" / "assistant_blind25"
# assistant_blind26 (ca40eb2, helper-243): 280 phrasings and 33 conversations of 5 turns, reference moment
# Wednesday 2028-05-24 11:20 clinic time (UTC-4), the Wednesday before Memorial Day, a week before month end:
# `faketime -f '@2028-05-24 15:20:00'` with TZ unset. Scored once as held out at 27d70f8: 70.9 %, 151 of 213
# judged, authorizations 11 of 14, conversations 8 of 28 judged, wrong-target proposals 2, unconfirmed writes
# 0, leaks 1, p95 33 ms; studied since.
BLIND26 = Path(__file__).resolve().parent / "data" / "assistant_blind26"
# Twenty-seventh blind set (helper-251, f377018): as of Fri 2028-09-01 15:40 EDT, the Friday afternoon before
# Labor Day, `env -u TZ faketime -f '@2028-09-01 19:40:00'` with TZ unset. Scored once as held out at 1fcef81
# (the assistant's final code of stop 51; HEAD 6aed303): 70.9 %, 139 of 196 judged, authorizations 12 of 14,
# followups 0 of 7, conversations 9 of 32 judged, wrong-target proposals 1, unconfirmed writes 0, leaks 0, p95
# 34 ms; studied since.
BLIND27 = Path(__file__).resolve().parent / "data" / "assistant_blind27"
# Twenty-eighth blind set (helper-260, d82249f): 280 phrasings and 33 conversations of 5 turns, as of Mon
# 2028-11-27 08:10 EST, the Monday morning after Thanksgiving, `env -u TZ faketime -f '@2028-11-27 13:10:00'`
# with TZ unset. Scored once as held out at e9c5caf (the assistant's final code of stop 52): 67.9 %, 129 of
# 190 judged, authorizations 8 of 13, followups 3 of 7, conversations 10 of 30 judged, wrong-target
# proposals 0, unconfirmed writes 1, leaks 0, p95 119 ms; studied since.
BLIND28 = Path(__file__).resolve().parent / "data" / "assistant_blind28"
# Twenty-ninth blind set (helper-271, 032737c): 214 phrasings and 30 conversations of 5 turns, as of Tue
# 2028-12-19 09:40 EST, the week before Christmas and the year's end (authorizations and plans of care ending
# 12/31, Mon Dec 25 closed), `env -u TZ faketime -f '@2028-12-19 14:40:00'` with TZ unset. Scored once as
# held out at 1ee63cb (the assistant's final code of stop 53): 70.6 %, 101 of 143 judged (101 of 244 items
# not judged: keys the scorer does not read), followups 6 of 10, conversations 10 of 28 judged, wrong-target
# proposals 0, unconfirmed writes 0, leaks 0, p95 30 ms; studied since.
BLIND29 = Path(__file__).resolve().parent / "data" / "assistant_blind29"
# Thirtieth blind set (helper-285, 5d2d1ef): 223 phrasings and 30 conversations of 5 turns, as of Thu
# 2029-03-15 14:20 EDT, two weeks before Easter (front-desk shorthand, pronouns carried across turns, two
# patients in one request, same first names, corrections, Good Friday and Easter), `env -u TZ faketime -f
# '@2029-03-15 18:20:00'` with TZ unset. Scored once as held out at 8047731 (the assistant's final code of
# stop 54): 66.7 %, 108 of 162 judged (253 items), followups 5 of 7, conversations 8 of 28 judged,
# wrong-target proposals 1, unconfirmed writes 0, leaks 0, p95 43 ms; studied since.
BLIND30 = Path(__file__).resolve().parent / "data" / "assistant_blind30"
# Thirty-first blind set (helper-295, cbaac32): 231 phrasings and 30 conversations of 5 turns, as of Tue
# 2029-05-29 08:50 EDT, the morning after Memorial Day (Mon May 28 closed; month end Thu May 31 with
# authorizations and plans of care ending; a provider away Jun 4-8), `env -u TZ faketime -f
# '@2029-05-29 12:50:00'` with TZ unset. Scored once as held out at a27734c (the assistant's final code of
# stop 55): 70.5 %, 129 of 183 judged (261 items), authorizations 6 of 8, followups 6 of 9, conversations 9 of
# 30 judged, wrong-target proposals 0, unconfirmed writes 0, leaks 0, p95 82 ms; studied since.
BLIND31 = Path(__file__).resolve().parent / "data" / "assistant_blind31"
# Thirty-second blind set (helper-304, c09a5b7): 240 phrasings and 30 conversations of 5 turns, as of Mon
# 2029-07-09 09:40 EDT, the Monday after the Wed Jul 4 closure (visits left on the closed day, a therapist
# leaving Fri Jul 20, month end Jul 31, the week before Labor Day), `env -u TZ faketime -f
# '@2029-07-09 13:40:00'` with TZ unset. Scored once as held out at ddbeb71 (the assistant's final code of
# stop 56): 70.6 %, 127 of 180 judged (270 items), authorizations 6 of 6, conversations 9 of 30 judged,
# wrong-target proposals 2, unconfirmed writes 0, leaks 0, p95 100 ms; studied since.
BLIND32 = Path(__file__).resolve().parent / "data" / "assistant_blind32"
# Thirty-third blind set (helper-316, ac62a2f): 190 phrasings and 30 conversations of 5 turns, as of Tue
# 2029-09-04 09:30 EDT, the Tuesday after Labor Day (Mon Sep 3 closed: visits left on it moved; school
# starting; a hurricane watch; an authorization that ended Aug 31; a plan of care ending today), `env -u TZ
# faketime -f '@2029-09-04 13:30:00'` with TZ unset. Written blind at ac62a2f (helper-316). Scored once as
# held out at 49521ad (the assistant's final code of stop 57): 58.9 %, 89 of 151 judged (220 items),
# authorizations 4 of 4, conversations 4 of 30 judged, wrong-target proposals 1, unconfirmed writes 0,
# leaks 0, p95 363 ms; studied since.
BLIND33 = Path(__file__).resolve().parent / "data" / "assistant_blind33"
# Thirty-fourth blind set (helper-325, f24c157): 187 phrasings and 30 conversations of 5 turns, as of Wed
# 2029-12-26 14:10 EST, the day after Christmas (Tue Dec 25 and Tue Jan 1, 2030 closed; deductibles and the
# KX threshold reset Jan 1 with 2030's not set; authorizations and plans of care ending Dec 31; a payer change
# Jan 1; snow; year-end balances and KPIs; CO-11/27/31/96/167/236, PR-96, OA-23), `env -u TZ faketime -f
# '@2029-12-26 19:10:00'` with TZ unset. Scored once as held out at 79eeea9 (the assistant's final code of
# stop 58; tree c534e54): 67.1 %, 100 of 149 judged (217 items), authorizations 6 of 6, conversations 6 of 29
# judged, wrong-target proposals 2, unconfirmed writes 0, leaks 0, p95 103 ms; studied since.
BLIND34 = Path(__file__).resolve().parent / "data" / "assistant_blind34"
# Thirty-fifth blind set (helper-335, d79832e): 196 phrasings and 30 conversations of 5 turns, as of Mon
# 2030-02-11 08:45 EST, the Monday after a snowstorm closed the clinic (Fri Feb 8) and a week before
# Presidents' Day (Mon Feb 18); a payer change Feb 1 (CO-109, CO-15), a therapist on leave Feb 15 - Mar 29,
# PT and OT authorizations on one patient, a denial batch (CO-198/146/B7/252), KPIs by provider, a parent
# calling for two patients, "the 2nd one" after a list; `env -u TZ faketime -f '@2030-02-11 13:45:00'` with
# TZ unset. Scored once as held out at 71a70b9 (the assistant's final code of stop 59): 63.2 %, 91 of 144
# judged (226 items), authorizations 6 of 7, conversations 10 of 28 judged, wrong-target proposals 0,
# unconfirmed writes 0, leaks 0, p95 105 ms; studied since.
BLIND35 = Path(__file__).resolve().parent / "data" / "assistant_blind35"
# assistant_blind36 (test36, e3294bc, helper-347): 204 lines and 30 five-turn conversations as of Wed
# 2030-07-03 11:10 EDT, the day before Independence Day (Thu Jul 4 closed; Fri Jul 5 a bridge day, arguable),
# Q2/H1 just closed, summer (school out, therapists' vacations, a heat wave), CARCs CO-19/26/140/181/182/183/
# 185/234; `env -u TZ faketime -f '@2030-07-03 15:10:00'` with TZ unset. Scored once as held out at 408e59c
# (the assistant's final code of stop 60): 70.6 %, 127 of 180 judged (234 items), conversations 11 of 30,
# wrong-target proposals 1, unconfirmed writes 0, leaks 0, p95 32 ms; studied since.
BLIND36 = Path(__file__).resolve().parent / "data" / "assistant_blind36"
# assistant_blind37 (test37, 9121822, helper-361): 204 lines and 30 five-turn conversations as of Fri
# 2030-11-01 15:25 EDT, two days before daylight time ends (Mon 8:00 AM stays 8:00 AM), October just closed,
# Veterans Day Mon Nov 11 and the Friday after Thanksgiving arguable, Thanksgiving closed, a therapist
# leaving at the end of November, open enrollment, CARCs CO-5/8/39/59/62/129/242/B9; `env -u TZ faketime -f
# '@2030-11-01 19:25:00'` with TZ unset. Scored once as held out at 9adc78b (the assistant's final code of
# stop 61): 70.4 %, 114 of 162 judged (234 items), conversations 9 of 30, wrong-target proposals 0,
# unconfirmed writes 0, leaks 0, p95 64 ms; studied since.
BLIND37 = Path(__file__).resolve().parent / "data" / "assistant_blind37"
# assistant_blind38 (test38, c66da37, helper-378): 219 lines and 30 five-turn conversations as of Tue
# 2029-01-02 09:05 EST, the first day back after New Year's Day (deductibles and the Medicare threshold reset,
# new authorizations and insurance cards, December's claims, snow cancellations, MLK Day Mon Jan 15 and
# Christmas Day arguable); `env -u TZ faketime -f '@2029-01-02 14:05:00'` with TZ unset. Scored once as held
# out at 7165b16 (the assistant's final code of stop 62): 69.3 %, 115 of 166 judged (249 items),
# conversations 5 of 29, wrong-target proposals 1, unconfirmed writes 0, leaks 0, p95 93 ms; studied since.
BLIND38 = Path(__file__).resolve().parent / "data" / "assistant_blind38"
# assistant_blind39 (test39, 5a26a56, helper-394): 218 lines and 30 five-turn conversations as of Wed
# 2029-11-21 12:30 EST, the day before Thanksgiving (Thu Nov 22 closed; Fri Nov 23 and Christmas Day
# arguable), people leaving early, year-end deductibles and the Medicare threshold, authorizations expiring
# before December, November's claims; `env -u TZ faketime -f '@2029-11-21 17:30:00'` with TZ unset. Scored
# once as held out at 678c54c (the assistant's final code of stop 63): 78.0 %, 124 of 159 judged (248 items),
# conversations 8 of 28, wrong-target proposals 0, unconfirmed writes 0, leaks 0, p95 35 ms; studied since.
BLIND39 = Path(__file__).resolve().parent / "data" / "assistant_blind39"
FOLDERS = {
    "dev": SHARED,
    "test": BLIND,
    "test2": BLIND2,
    "test3": BLIND3,
    "test4": BLIND4,
    "test5": BLIND5,
    "test6": BLIND6,
    "test7": BLIND7,
    "test8": BLIND8,
    "test9": BLIND9,
    "test10": BLIND10,
    "test11": BLIND11,
    "test12": BLIND12,
    "test13": BLIND13,
    "test14": BLIND14,
    "test15": BLIND15,
    "test16": BLIND16,
    "test17": BLIND17,
    "test18": BLIND18,
    "test19": BLIND19,
    "test20": BLIND20,
    "test21": BLIND21,
    "test22": BLIND22,
    "test23": BLIND23,
    "test24": BLIND24,
    "test25": BLIND25,
    "test26": BLIND26,
    "test27": BLIND27,
    "test28": BLIND28,
    "test29": BLIND29,
    "test30": BLIND30,
    "test31": BLIND31,
    "test32": BLIND32,
    "test33": BLIND33,
    "test34": BLIND34,
    "test35": BLIND35,
    "test36": BLIND36,
    "test37": BLIND37,
    "test38": BLIND38,
    "test39": BLIND39,
}
# Sets whose lines may be read while changing the engine (every set scored once; a new blind set stays out
# until it is): their rows are saved.
STUDIED = (
    "dev",
    "test",
    "test2",
    "test3",
    "test4",
    "test5",
    "test6",
    "test7",
    "test8",
    "test9",
    "test10",
    "test11",
    "test12",
    "test13",
    "test14",
    "test15",
    "test16",
    "test17",
    "test18",
    "test19",
    "test20",
    "test21",
    "test22",
    "test23",
    "test24",
    "test25",
    "test26",
    "test27",
    "test28",
    "test29",
    "test30",
    "test31",
    "test32",
    "test33",
    "test34",
    "test35",
    "test36",
    "test37",
    "test38",
    "test39",
)
RESULTS = Path("evals/results")
CATEGORIES = (
    "lookups",
    "billing",
    "authorizations",
    "vague dates",
    "actions",
    "refusals & declines",
    "followups/multi",
)
WRITES = ("book_visit", "cancel_visit", "reschedule_visit")
REFUSAL = re.compile(
    r"can.?t|cannot|can not|unable|not able|not allowed|not permitted|outside what your role|"
    r"isn.?t something|"
    r"not something|don.?t have access|no access|not available to|only (a |the )?(clinician|therapist|biller|"
    r"owner|provider)|ask (the|a|your|their) (therapist|clinician|provider|pt|ot|doctor|physician)|"
    r"clinical (advice|question|judg)|not (able|allowed) to|won.?t|call 911|emergency",
    re.I,
)
NONE_WORDS = [
    "no upcoming",
    "nothing booked",
    "no visit",
    "no appointment",
    "not scheduled",
    "nothing scheduled",
    "no future",
    "isn't scheduled",
    "is not scheduled",
    "not booked",
    # how a moved or cancelled visit is said to be gone ("the old time is no longer booked"), in the very
    # words of the keys that ask it ("says the coming {weekday} visit is no longer booked")
    "no longer booked",
    "no booked",
    "nothing on",
    "no patients",
    "none",
]
KPI_WORDS = (  # a KPI as the meaning names it -> how a reply that gives it names it
    ("older than 90", r"90"),
    ("accounts receivable", r"days in a/?r|\bar\b"),
    ("denial rate", r"denial"),
    ("clean claim", r"clean"),
    ("collections", r"collect"),
    ("visits per day", r"per day"),
    ("patient visit average", r"visit average|\bpva\b|visits per (episode|case)"),
    ("submission to payment", r"days to pay|to payment|to get paid"),
    ("no-show rate", r"no.?show"),
    ("cancellation rate", r"cancel"),
)
FALLBACK = re.compile(r"can.?t answer that from the record", re.I)
YES_TURN = re.compile(
    r"^\s*(yes|yep|yeah|ya|yup|yea|y|ok|okay|sure|confirm(ed)?|ok do it|do it|go ahead|please do)\b|"
    # "book it" alone answers "Confirm to book?" as a yes does
    r"^\s*(book|cancel|move) it( anyway| then| please)?[\s.!]*$",
    re.I,
)


# A turn that is nothing but a yes ("yes", "yep do it", "ok go ahead pls", "yes both"): a pick ("ok do the
# 4:15"), a change ("ok keep the 18th") or a request beside it is not one.
BARE_YES = re.compile(
    r"^\s*((yes|yep|yeah|ya|yup|yea|y|ok|okay|k|sure|confirm(ed)?|do it|go ahead|please|pls|plz|thanks|thx|"
    r"ty|perfect|great|good|fine|correct|both|all|all of them)[\s,.!]*)+$",
    re.I,
)


def _answers_yes(meaning: dict) -> bool:
    """The third blind set says a follow-up's answer to the proposal in `answer` ("correct", "👍", "mhm"
    are answer "yes"; "only the first one" is "partial"): a write on it is confirmed, whatever the words."""
    answer = str(meaning.get("answer", "")).lower()
    return answer.startswith("yes") or answer == "partial"


# -- loading -------------------------------------------------------------------------------------------


def load(which: str) -> tuple[list[dict], list[dict]] | None:
    folder = FOLDERS[which]
    if not (folder / "phrasings.jsonl").exists():
        return None
    rows = [
        json.loads(line) for line in (folder / "phrasings.jsonl").read_text().splitlines() if line.strip()
    ]
    convs = [
        json.loads(line) for line in (folder / "conversations.jsonl").read_text().splitlines() if line.strip()
    ]
    return rows, convs


# -- what a reply must hold, by SQL --------------------------------------------------------------------


def _permission(intent: str, meaning: dict) -> Action | None:
    """The permission (core's matrix) a request needs: without it the right reply is a decline."""
    action = str(meaning.get("action", ""))
    if intent in WRITES or (
        intent in ("wait_list", "no_shows")
        and (re.match(r"add|remove|record|revert|mark", action) or _tagged_write(meaning))
    ):
        return Action.appointment_write
    return {
        "balance": Action.balance_read,
        "payer_paid": Action.claim_read,
        # why a claim was denied is its status (CARC codes, no amounts): the front desk's claim.status_read,
        # as PRODUCT.md's matrix and the keys say ("front desk may see claim status")
        "denial_reason": Action.claim_status_read,
        "claim_status": Action.claim_status_read,
        "kpi": Action.kpi_read,
    }.get(intent)


def _tagged_write(meaning: dict) -> bool:
    """The blind sets say a write by its tag ("action") and no action key: "add X to the wl for fridays",
    "mark my 9 a no show"."""
    return "action" in (meaning.get("tags") or []) and not meaning.get("action")


# What a `must` says when the only right reply is a decline ("refuses", "says it cannot sign"): read only
# on lines tagged out of scope or not permitted, whatever their intent.
MUST_DECLINE = re.compile(
    r"\b(refuses|declines|says (it )?(cannot|can't|can not)|cannot be|outside the asker|"
    r"not (permitted|allowed)|do(es)? not (manage|change visit status))\b",
    re.I,
)


def _must_answer(must: list[str] | None) -> bool:
    """A line filed as clinical whose `must` asks for an answer ("answers 3 units", "explains these codes
    are an NCCI pair") and no decline."""
    asks = any(re.match(r"(answers|explains|gives)\b", m, re.I) for m in must or [])
    declines = any(re.search(r"declin|refus|not (advise|give)|doesn.?t give", m, re.I) for m in must or [])
    return asks and not declines


# The figures a clinical-filed line's `must` states as its answer ("23 timed minutes = 2 units: 97110 x1 and
# 97140 x1", "$2,480 for 2026", "the LEFS MCID (9 points...)"): each, in the ways a reply writes it.
STATED = re.compile(
    r"(?P<money>\$\d[\d,]*(?:\.\d\d)?)|\b(?P<code>\d{5})\s*x\s*(?P<times>\d)\b|"
    r"(?<![\d.-])(?P<n>\d+) (?P<unit>units?|points?)\b",
    re.I,
)
OR_DECLINE = re.compile(r"\bor (declines?|says? (it )?(cannot|can.?t))\b", re.I)


def _stated_figures(must: list[str] | None) -> list[list[str]]:
    """The answer's figures a `must` states, one group of spellings (regexes) each; none where it states
    no figure or asks a decline ("declines to give a dose")."""
    groups: list[list[str]] = []
    for line in must or []:
        if re.search(r"declin|refus|not (advise|give)|doesn.?t give", OR_DECLINE.sub("", line), re.I):
            continue
        for m in STATED.finditer(line):
            if m["money"]:
                whole = m["money"].replace(",", "").split(".")[0][1:]
                groups.append([f"re:\\$\\s?{int(whole):,}".replace(",", ",?") + r"(\.00)?(?!\.?\d|,\d)"])
            elif m["code"]:
                code, times = m["code"], m["times"]
                groups.append(
                    [
                        rf"re:\b{code}\s*(x|×|\*)\s*{times}\b",
                        rf"re:(?<![\d.]){times} units? (of )?{code}\b",
                        rf"re:\b{code}\W{{1,3}}{times} units?\b",
                    ]
                )
            elif m["unit"].lower().startswith("unit"):
                groups.append([rf"re:(?<![\d.]){m['n']} (timed )?units?\b"])
            else:
                groups.append([rf"re:(?<![\d.]){m['n']}(\.0)? (points?|pts?)\b"])
    return groups


def _must_decline(meaning: dict, must: list[str] | None) -> bool:
    tags = meaning.get("tags") or []
    return "out_of_scope_or_not_permitted" in tags and any(MUST_DECLINE.search(m) for m in must or [])


CLAIM_EXTRA = ("scope", "filter", "code", "modifier", "visit_type", "age", "group", "window", "question")


def _patient_claim(
    demo: Demo, pid: int, meaning: dict, said: str, status: str = ""
) -> tuple | None | Literal[False]:
    """The claim a "what did medicare pay on her last claim" / "did BCBS pay the 11/3 visit" names when no
    claim number is said: hers, from the payer named, on the date of service named, else her latest.
    False where the line asks more than one claim's figure (a total, an average, a code, a filter)."""
    if any(k in meaning for k in CLAIM_EXTRA) or re.search(r"\b(total|avg|average|secondary)\b", said):
        return False
    cond = ""
    params: dict[str, Any] = {"p": pid}
    payer = str(meaning.get("payer", ""))
    if payer:
        cond += " AND y.name LIKE :y"
        params["y"] = f"%{payer.split(' ')[0]}%"
    date_said = str(meaning.get("date", ""))
    if not date_said and (m := re.search(r"(?<![\d/])(\d{1,2}/\d{1,2})(?![\d/])", said)):
        date_said = m[1]  # "did medicare pay the 11/3 visit": the date of service is in the line only
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})", date_said.strip()):
        day = date(demo.today.year, int(m[1]), int(m[2]))
        day = day if day <= demo.today else day.replace(year=day.year - 1)
        cond += " AND c.service_date = :d"
        params["d"] = day
    elif date_said:
        return False
    if status:
        cond += " AND c.status = :s"
        params["s"] = status
    rows = demo.rows(
        f"""SELECT c.id, c.status, c.paid_cents, y.name, c.service_date,
               (SELECT MIN(l.denial_carc) FROM claim_line l WHERE l.claim_id = c.id AND l.denial_carc != '')
            FROM claim c JOIN payer y ON y.id = c.payer_id WHERE c.patient_id = :p {cond}
            ORDER BY c.service_date DESC, c.id DESC""",
        **params,
    )
    if status == "denied" and len(rows) > 1:
        return False  # several denied: which one is a question back, not judged here
    return tuple(rows[0]) if rows else None


def _about_her(meaning: dict, said: str) -> bool:
    """The line is about one patient: named in the meaning, or in the template, or by a pronoun."""
    return bool(meaning.get("patient")) or bool(
        re.search(r"\{patient|\{dob|\b(she|her|he|his|him)\b", said, re.I)
    )


# Lookups whose answer is one day's visits: the day the key names is the day judged.
LOOKUP_DAY = ("my_schedule", "day_schedule", "visits_on_day", "coming_in", "visit_time")


def _meant_day(meaning: dict) -> date | None:
    """The one day a key's `date` names as a plain ISO date; None for a range, a list or words."""
    said = str(meaning.get("date", "")).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", said):
        return None
    return date.fromisoformat(said)


def _unjudged(e: Expect, why: str) -> Expect:
    e.judged = False
    e.partly = why
    e.checked.append("safety only (no proposal where none may come, no write, no leak)")
    return e


def _visit_facts(e: Expect, v: Visit | None, with_time: bool = True) -> None:
    if v is None:
        e.facts.append(NONE_WORDS)
        e.checked.append("says there is no visit")
        return
    # The date itself: a weekday alone is not enough (README: the reply says which date it used).
    e.facts.append(day_forms(v.starts.date()))
    e.checked.append("visit day")
    if with_time:
        e.facts.append(time_forms(v.starts))
        e.checked.append("visit time")


def _own(demo: Demo, email: str) -> int | None:
    return next((p[0] for p in demo.providers.values() if p[5] == email), None)


def _names_facts(demo: Demo, e: Expect, visits: list[Visit], others: list[Visit]) -> None:
    if not visits:
        e.facts.append(NONE_WORDS + ["no one", "nobody"])
        e.checked.append("says the day is empty")
    for pid in list(dict.fromkeys(v.patient_id for v in visits))[:4]:
        e.facts.append([demo.patients[pid][3]])
    if visits:
        e.checked.append(f"names the {min(len(visits), 4)} first patients on that schedule")
    mine = {v.patient_id for v in visits}
    for v in others[:5]:
        if v.patient_id not in mine:
            e.avoid.append(demo.name(v.patient_id))
    if others:
        e.checked.append("no patient of another provider's schedule")


def expect_for(
    demo: Demo,
    meaning: dict,
    text_said: str,
    scene: Scene,
    vals: dict,
    email: str,
    role: str,
    must: list[str] | None = None,
    alone: bool = False,
) -> Expect:
    """The SQL facts and the proposal a right reply to this message holds (`alone`: a single message, no
    earlier turn)."""
    intent = meaning["intent"] if meaning["intent"] != "followup" else _resolved(meaning)
    blob = json.dumps(meaning).lower()
    e = Expect()
    pid = scene.pid
    role = "assistant" if role == "assistant_therapist" else role
    other_clinic = demo.patients[pid][1] != CLINIC
    if other_clinic:
        e.forbid += [demo.name(pid)] if intent != "role_refusal" else []
        for v in demo.attended(pid)[-1:] + demo.upcoming(pid)[:1]:
            e.forbid += day_forms(v.starts.date())[:3]
        e.checked.append("nothing of the other clinic's patient")
        e.hidden = True  # not finding her is as right as declining: nothing of hers is said
    needs = _permission(intent, meaning)
    if (
        intent == "role_refusal"
        or (needs is not None and not role_may(role, needs))
        or "on the clinician's behalf" in blob
        or _must_decline(meaning, must)
    ):
        e.refusal, e.proposal = True, "no"
        e.checked.append("declined, no proposal")
        if "diagnos" in blob or "dx" in blob:
            codes = demo.scalar("SELECT diagnosis_codes FROM claim WHERE patient_id = :p LIMIT 1", p=pid)
            e.forbid += json.loads(codes) if codes else []
            e.checked.append("no diagnosis code")
        if "balance" in blob and role != "front_desk":
            e.forbid.append(money(demo.balance_cents(pid))[0])
        return e
    if (
        meaning["intent"] == "followup"
        and intent in WRITES
        # "yes only to cancel" (a yes to one of several proposals) is a confirmation as well
        and (str(meaning.get("answer", "")) == "no" or str(meaning.get("answer", "")).startswith("yes"))
    ):
        # The third blind set says a follow-up answers the proposal in `answer` ("yep go ahead", "correct",
        # "k" are answer "yes"; "hold off, let me talk to her first" is "no") while `resolves_to` names the
        # write proposed before: the turn is the confirmation (or the withdrawal), not a new proposal.
        intent = "withdraw" if meaning["answer"] == "no" else "confirm"
    figures = _stated_figures(must) if intent == "clinical_decline" else []
    if figures:
        # filed as clinical though its `must` states the answer ("23 timed minutes = 2 units", "$2,480 for
        # 2026"): the reply gives those figures (or declines, where the `must` allows that instead)
        e.proposal = "no"
        e.facts += figures
        e.or_decline = any(OR_DECLINE.search(m) for m in must or [])
        e.checked.append("gives the figures the key states" + (" (or declines)" if e.or_decline else ""))
        return e
    if intent == "clinical_decline" and _must_answer(must):
        # filed as clinical though its `must` asks an answer ("answers 3 units", an NCCI pair, an MCID)
        e.proposal = "no"
        return _unjudged(e, "a coding or reference question filed as clinical; the answer is not checked")
    if intent == "clinical_decline":
        e.refusal, e.proposal = True, "no"
        e.avoid += ["Open PT", "Open OT", "Open SLP"]
        e.checked.append("declined as clinical, no proposal, no open slots")
        return e
    if intent == "unclear_yes":
        # "yes" after two questions, after the topic changed, or an "ok" that may only acknowledge: nothing is
        # written on it; the reply asks (or proposes again).
        e.proposal, e.no_write = "either", True
        e.checked.append("nothing written on an unclear yes; a question or the proposal again")
        return e
    if intent == "acknowledge":
        e.proposal, e.no_write, e.plain = "no", True, True
        e.checked.append("a plain reply: no proposal, no write, not the can't-answer list")
        return e
    if intent == "clarify":
        e.question, e.proposal = True, "no"
        e.checked.append("asks who or which is meant")
        return e
    said_patient = str(meaning.get("patient", ""))
    first, last = demo.patients[pid][2], demo.patients[pid][3]
    tags = meaning.get("tags") or []
    if "ask_back" in tags and re.search(r"\(unnamed\)|initials|^[A-Z]\.?[A-Z]\.?$", said_patient):
        # No patient said ("she wants the usual time thurs"), or only initials ("JS"): ask who.
        e.question, e.proposal = True, "no"
        e.checked.append("asks who is meant (no patient named, or initials only)")
        return e
    if (
        alone
        and "ask_back" in tags
        and not said_patient
        and not re.search(r"\{patient|\{dob", text_said)
        and any(re.search(r"\basks? (which patient|who)\b", m, re.I) for m in must or [])
    ):
        # A message alone that names nobody ("when's he back", "is her insurance active") whose key says
        # "asks which patient if none in context": with no earlier turn, the only right reply asks who.
        e.question, e.proposal = True, "no"
        e.checked.append("asks who is meant (a message alone that names no patient)")
        return e
    mentioned = (
        rf"{first}|{last}|born|DOB|unknown|ambiguous|two patients|carried|earlier turn|asker|the patient on"
    )
    # A follow-up about someone else in the family ("and the kid?") is not the filled patient's.
    resolves = str(meaning.get("resolves_to", ""))
    kin = r"\b(child|kid|son|daughter|husband|wife|brother|sister|mother|father)\b"
    if (
        re.search(r"brother|sister|wait-list patient|just booked", said_patient)
        or (re.search(kin, said_patient) and not re.search(rf"{first}|{last}", said_patient))
        or re.search(kin, resolves)
        or (said_patient and not re.search(mentioned, said_patient, re.I))
    ):
        return _unjudged(e, "about another patient than the one filled in")
    if re.search(r"unknown|ambiguous|two patients named|do(es)? not match", said_patient.lower()):
        e.question, e.proposal = True, "no"
        e.checked.append("asks who is meant")
        return e
    if other_clinic:
        return _unjudged(e, "another clinic's patient")
    own = _own(demo, email)
    # A conversation shares one scene; a turn that says its own day ("my day?", then "and tmrw?") is
    # about that day, not the scene's.
    day = _fixed_day(demo, text_said) or scene.day
    if intent in LOOKUP_DAY and (meant := _meant_day(meaning)) is not None:
        # The key writes the day the lookup is about ("date": "2026-12-15" for "what did i have yesterday",
        # the past Mon Dec 14 for "how many did i see monday"): that day, not the one the filler guessed.
        day = meant
    if intent == "next_visit":
        ups = demo.upcoming(pid)
        if "asker" in str(meaning.get("provider", "")):
            ups = [v for v in ups if v.provider_id == own]
        # "next ot visit": the discipline named, whichever it is ("OT only" was read as no filter)
        said = re.search(r"\b(PT|OT|SLP)\b", str(meaning.get("discipline", "")))
        if said:
            ups = [v for v in ups if v.discipline == said[1]]
        if "re-eval" in str(meaning.get("visit_type", "")):
            ups = [v for v in ups if v.kind in ("re-evaluation", "progress")]
        _visit_facts(e, ups[0] if ups else None)
        return e
    if intent == "last_visit":
        past = [v for v in demo.attended(pid) if v.starts < demo.local_now]
        if "asker" in str(meaning.get("provider", "")):
            past = [v for v in past if v.provider_id == own]
        if str(meaning.get("discipline", "")) in ("PT", "OT", "SLP"):
            past = [v for v in past if v.discipline == meaning["discipline"]]
        if (meant := _meant_day(meaning)) is not None:
            # "did she come in monday" (the key's date: the past Mon Dec 14): that day's visit, or none
            on = [v for v in demo.on_day(pid, meant, done=True) if v.starts < demo.local_now]
            _visit_facts(e, on[0] if on else None, with_time=False)
            e.checked.append("the visit of the day the key names")
            return e
        if "question" in meaning or "window" in meaning:
            e.partly = "the yes/no asked about a day or a window is not judged, only the last visit's day"
        _visit_facts(e, past[-1] if past else None, with_time=False)
        return e
    if intent in ("visits_on_day", "coming_in", "visit_time") and meaning.get("patient"):
        said_date = str(meaning.get("date") or meaning.get("date_range") or "").lower()
        # only a patient and (at most) a week said: no filter, provider, question or scope
        plain = not set(meaning) - {"intent", "patient", "tags", "date", "date_range"}
        week = re.fullmatch(r"(this|next) (week|wk)", said_date)
        if plain and week:
            # "Amy in this wk?": her visits from today (or next Monday) to that week's Saturday
            monday = demo.today - timedelta(days=demo.today.weekday())
            start = demo.today if week[1] == "this" else monday + timedelta(days=7)
            end = monday + timedelta(days=5 if week[1] == "this" else 12)
            ups = [v for v in demo.upcoming(pid) if start <= v.starts.date() <= end]
            _visit_facts(e, ups[0] if ups else None)
            e.checked.append(f"her first visit {week[0]}")
            return e
        if plain and not said_date and day is None:
            # "is she still coming or did she cancel": her next visit still on the schedule
            ups = demo.upcoming(pid)
            _visit_facts(e, ups[0] if ups else None)
            e.checked.append("her next visit (no day said)")
            return e
    if intent in ("visits_on_day", "coming_in", "visit_time") and not _about_her(meaning, text_said):
        # "how many pt evals on the 10th", "what time is my eval tmrw": no patient, so not the filled one's
        return _unjudged(e, "the clinic's or the asker's visits, no patient named")
    if intent in ("visits_on_day", "coming_in", "visit_time"):
        if "range" in meaning or day is None:
            return _unjudged(e, "a range of days")
        on = demo.on_day(pid, day, done=True)
        if "OT" in str(meaning.get("discipline", "")):
            on = [v for v in on if v.discipline == "OT"]
        if "eval" in str(meaning.get("visit", "")):
            return _unjudged(e, "the booked evaluation, any day")
        _visit_facts(e, on[0] if on else None)
        if len(on) > 1:
            e.facts.append(time_forms(on[1].starts))
        if "question" in meaning or "fields" in meaning:
            e.partly = "the extra question (overlap, provider, end time, confirmation) is not judged"
        return e
    if intent == "my_schedule":
        if role == "front_desk" or own is None:
            return _unjudged(e, "the front desk's 'my day'")
        # The blind set writes these as date_range, visit_type and scope (open slots, overlaps, the first
        # visit): a filter or range the booked list alone does not answer.
        scope = str(meaning.get("scope", "")) + str(meaning.get("field", ""))
        # the first visit asked in the key's own words ("gives the first visit"), as a scope "first" is
        scope += (
            " first" if any(re.search(r"\bfirst (visit|patient|pt)\b", m, re.I) for m in must or []) else ""
        )
        filtered = any(k in meaning for k in ("filter", "range", "date_range", "visit_type", "appt_type"))
        # a stretch of days ("2026-12-21..2026-12-25") or the open times asked ("lists open times in the
        # asker's afternoon") is not one day's booked list
        filtered = filtered or ".." in str(meaning.get("date", ""))
        filtered = filtered or any(
            re.search(r"\bopen (times|slots)\b|\bopenings\b", m, re.I) for m in must or []
        )
        if filtered or day is None or (scope and "first" not in scope):
            return _unjudged(e, "a filter or range over the asker's schedule")
        mine = demo.provider_day(own, day)
        if "time" in meaning:
            # "who do i have after lunch" (time "after ~1 PM"): from that time on; a clock time: that hour
            said_time = str(meaning["time"]).lower()
            # the key writes "from 2:50 PM on" as "14:50..", "until noon" as "..12:00"
            said_time = re.sub(
                r"^(.+)\.\.$", r"after \1", re.sub(r"^\.\.(.+)$", r"before \1", said_time.strip())
            )
            at = literal_minute(said_time.replace("~", ""))
            if at is None:
                return _unjudged(e, "a time of day without a clock time")

            def minute(v: Visit) -> int:
                return v.starts.hour * 60 + v.starts.minute

            if "after" in said_time:
                mine = [v for v in mine if minute(v) >= at]
            elif "before" in said_time:
                mine = [v for v in mine if minute(v) < at]
            else:
                mine = [v for v in mine if v.starts.hour == at // 60]
        if "first" in scope:
            mine = mine[:1]
        others = [v for q in demo.providers if q != own for v in demo.provider_day(q, day)]
        _names_facts(demo, e, mine, others)
        return e
    if intent == "day_schedule":
        # Judged on the booked list only where one named provider's day is asked: not "any PTA", not
        # her openings.
        prov_said = str(meaning.get("provider", ""))
        named = any(vals.get(k) and str(vals[k]) in prov_said for k in ("provider", "provider_title"))
        if (
            named
            and day is not None
            and not any(k in meaning for k in ("filter", "field", "question", "window", "scope"))
        ):
            prov = scene.provider_id
            visits = demo.provider_day(prov, day) if prov else []
            _names_facts(demo, e, visits, [])
            return e
        if (
            meaning.get("scope") == "clinic"
            and day is not None
            and _fixed_day(demo, text_said) is not None
            and not any(k in meaning for k in ("filter", "field", "question", "window", "time", "provider"))
        ):
            # "whos on the schedule tmrw": the clinic's day, the first patients in time order
            visits = sorted(
                (
                    v
                    for q in demo.providers
                    if demo.providers[q][1] == CLINIC
                    for v in demo.provider_day(q, day)
                ),
                key=lambda v: (v.starts, v.id),
            )
            _names_facts(demo, e, visits, [])
            return e
        return _unjudged(e, "a clinic-wide schedule, a filter or a load figure")
    if intent == "balance":
        if "guarantor" in blob or "aged" in blob or "copay estimate" in blob:
            return _unjudged(e, "family, aged or estimated balance")
        if not _about_her(meaning, text_said) or any(k in meaning for k in ("scope", "age", "date")):
            # the clinic's patient AR, everyone coming in tomorrow, what is left after a payment
            return _unjudged(e, "no one patient's balance, or a balance less a payment")
        if re.search(r"\bcopay\b", text_said.lower()):
            copay = demo.scalar(
                "SELECT copay_cents FROM insurance_policy WHERE patient_id = :p ORDER BY priority LIMIT 1",
                p=pid,
            )
            e.facts.append(money(int(copay)) if copay is not None else ["no copay", "not on file"])
            e.checked.append("the copay on file")
            return e
        e.facts.append(money(demo.balance_cents(pid)))
        e.checked.append("balance amount")
        return e
    if intent == "last_payment":
        if "action" in meaning:
            # "post $54.80 cash", "refund her the overpayment": a proposal or "I can't do that here"; never
            # a claim that it was done (no write is judged below)
            e.proposal = "either"
            e.target = {"patient_id": pid}
            return _unjudged(e, "posting or refunding a payment")
        if not _about_her(meaning, text_said) or "date" in meaning:
            return _unjudged(e, "payments of no one patient, or over a window or of an amount")
        if any(k in meaning for k in ("question", "window")):
            return _unjudged(e, "a question about one payment, a window or an ERA")
        cond = "AND source = 'patient'" if "patient's own" in blob or "patient payment" in blob else ""
        if meaning.get("payer"):
            cond = "AND payer_id = (SELECT id FROM payer WHERE name = :n)"
        if re.search(r"remittance|\bera\b", blob):
            cond = "AND source = 'era'"
        last = demo.rows(
            # Insurance payments (ERAs) are posted to the claim, not the patient: both are hers.
            # A $0.00 remittance line is a denial posted, not a payment.
            "SELECT amount_cents, received_on FROM payment WHERE (patient_id = :p OR claim_id IN "
            f"(SELECT id FROM claim WHERE patient_id = :p)) AND amount_cents > 0 {cond} "
            "ORDER BY received_on DESC, id DESC LIMIT 1",
            p=pid,
            n=str(meaning.get("payer", "")),
        )
        if not last:
            e.facts.append(["no payment", "no payments", "none"])
        else:
            e.facts.append(money(last[0][0]))
            e.checked.append("last payment amount")
        return e
    claim_intents = ("payer_paid", "claim_status", "denial_reason")
    if intent in claim_intents and scene.claim is None and meaning.get("patient"):
        found = _patient_claim(
            demo, pid, meaning, text_said.lower(), "denied" if intent == "denial_reason" else ""
        )
        if found is None:
            e.facts.append(["no claim", "no visit", "none", "no denied", "no denial", "nothing"])
            e.checked.append("says she has no such claim")
            return e
        if found:
            scene = Scene(pid, claim=found)
            e.checked.append("her claim named by payer or date of service (else her latest)")
    if intent == "payer_paid":
        if scene.claim is None or "scope" in meaning or "secondary" in blob:
            return _unjudged(e, "no single claim")
        e.facts.append(money(scene.claim[2]))
        e.checked.append("amount paid on the claim")
        if "fields" in meaning or "question" in meaning:
            e.partly = "allowed amount, reasons and the 'seems low' judgement are not checked"
        return e
    if intent == "claim_status":
        if scene.claim is None or any(k in meaning for k in ("filter", "scope")):
            return _unjudged(e, "a filter over claims")
        status = str(scene.claim[1])
        e.facts.append(
            {
                "partially_paid": ["partially paid", "partial"],
                "ready": ["ready", "not submitted", "not yet"],
            }.get(status, [status])
        )
        e.checked.append("claim status")
        return e
    if intent == "denial_reason":
        if scene.claim is None or not scene.claim[5] or "scope" in meaning or "filter" in meaning:
            return _unjudged(e, "denials grouped or filtered")
        e.facts.append([rf"re:\b(CO|PR|OA|CARC)?[- #]?{scene.claim[5]}\b"])
        e.checked.append("reason code")
        if "question" in meaning or "fields" in meaning:
            e.partly = "the question beyond the reason code (fix, bundling, remark codes) is not checked"
        return e
    if intent == "insurance_on_file":
        pol = demo.rows(
            "SELECT y.name, i.member_id, i.copay_cents FROM insurance_policy i "
            "JOIN payer y ON y.id = i.payer_id "
            "WHERE i.patient_id = :p ORDER BY i.priority",
            p=pid,
        )
        if not pol or re.search(r"deductible|work comp|workers|adjuster|wc claim", blob):
            return _unjudged(e, "deductible or workers' comp details")
        field_said = str(meaning.get("field", "")).lower()
        if "member" in field_said:
            e.facts.append([pol[0][1]])
            e.checked.append("member id")
        elif "copay" in field_said:
            e.facts.append(money(pol[0][2]))
            e.checked.append("copay")
        else:
            e.facts.append([pol[0][0], pol[0][0].split(" ")[0]])
            e.checked.append("primary payer")
        return e
    if intent == "auth_status":
        if "scope" in meaning or "kx" in blob or "covered" in blob or "pending" in blob:
            return _unjudged(e, "a list of authorizations, KX or a pending request")
        if (
            alone
            and not _about_her(meaning, text_said)
            and re.search(r"\b(whose|who|which|any|how many|all)\b", text_said, re.I)
            and not re.search(r"\bmy \d", text_said, re.I)
        ):
            # "whose auths expire before the end of the year", "how many auths expire in january": the
            # clinic's authorizations, no patient's; the filled-in patient's visits left are not the answer
            return _unjudged(e, "the clinic's authorizations, no one patient's")
        auth = demo.rows(
            """SELECT visits_approved - visits_used, end_date, number, discipline FROM prior_authorization
               WHERE patient_id = :p AND status = 'approved' AND start_date <= :d AND end_date >= :d""",
            p=pid,
            d=demo.today,
        )
        if not auth:
            return _unjudged(e, "no authorization in force")
        left, end, number, _ = auth[0]
        end = end if not isinstance(end, str) else datetime.fromisoformat(end).date()
        field_said = str(meaning.get("field", "")).lower()
        if "number" in field_said:
            e.facts.append([number])
            e.checked.append("auth number")
        elif "end" in field_said:
            e.facts.append(day_forms(end))
            e.checked.append("auth end date")
        else:
            e.facts.append([rf"re:\b{max(left, 0)}\b"])
            e.checked.append("visits left")
            if "question" in meaning:
                e.facts.append(day_forms(end))
                e.checked.append("auth end date")
        return e
    if intent == "unsigned_notes":
        # "whats unsigned", "hows many notes do i owe", "any of my notes still not cosigned": the asker's own
        # (the blind sets write provider "asker"); a therapist's co-sign queue and an age filter are not.
        own_asked = "asker's own" in blob or (
            str(meaning.get("provider", "")) == "asker" or re.search(r"\b(my|me|i)\b", text_said.lower())
        )
        cosign_queue = "co-sign" in str(meaning.get("type", "")) and role != "assistant"
        extra = any(k in meaning for k in ("age", "date", "patient", "window", "filter", "action"))
        if own_asked and own is not None and not cosign_queue and not extra:
            n = int(
                demo.scalar(
                    "SELECT COUNT(*) FROM note WHERE provider_id = :p AND status != :signed",
                    p=own,
                    signed=NoteStatus.signed.value,
                )
            )
            e.facts.append(
                [rf"re:\b{n}\b"] + (["no unsigned", "none", "all signed", "all caught up"] if n == 0 else [])
            )
            e.checked.append("count of the asker's unsigned notes")
            return e
        named_provider = scene.provider_id if "provider" in meaning and "asker" not in blob else None
        if named_provider is not None and not any(k in meaning for k in ("window", "filter", "scope")):
            n = int(
                demo.scalar(
                    "SELECT COUNT(*) FROM note WHERE provider_id = :p AND status != :signed",
                    p=named_provider,
                    signed=NoteStatus.signed.value,
                )
            )
            e.facts.append(
                [rf"re:\b{n}\b"] + (["no unsigned", "none", "all signed", "caught up"] if n == 0 else [])
            )
            e.checked.append("count of the named provider's unsigned notes")
            return e
        if meaning.get("scope") == "clinic" and not re.search(r"\bby\b|worst|best|age", blob + text_said):
            n = int(
                demo.scalar(
                    "SELECT COUNT(*) FROM note n JOIN provider p ON p.id = n.provider_id "
                    "WHERE p.clinic_id = :c AND n.status != :signed",
                    c=CLINIC,
                    signed=NoteStatus.signed.value,
                )
            )
            e.facts.append([rf"re:\b{n}\b"])
            e.checked.append("count of the clinic's unsigned notes")
            return e
        return _unjudged(e, "notes across providers or per visit")
    if intent == "no_shows":
        if (
            "action" in meaning
            and not _tagged_write(meaning)
            and not re.match(r"mark", str(meaning["action"]))
        ):
            e.proposal = "either"
            e.target = {"patient_id": pid}
            return _unjudged(e, "marking or undoing a no-show (proposal allowed, no write)")
        if ("action" in meaning or _tagged_write(meaning)) and meaning.get("patient"):
            # "mark X no show for this morning": a proposal for her (never another patient), a question, or
            # saying she has no such visit; which of her visits is not judged.
            e.proposal, e.or_none = "either", True
            e.target = {"patient_id": pid}
            e.checked.append("a no-show proposal only for the patient named, or a question, or no such visit")
            e.partly = "which of her visits is marked is not checked"
            return e
        counting = re.search(r"no-show count|how many does she have|\bcount\b", blob) or (
            not any(k in meaning for k in ("date", "window", "range", "visit", "action"))
            and not _tagged_write(meaning)
        )
        if counting and meaning.get("patient"):
            n = sum(1 for v in demo.visits.get(pid, []) if v.status == "no_show")
            e.facts.append([rf"re:\b{n}\b"] + (["no no-shows", "none", "never"] if n == 0 else []))
            e.checked.append("no-show count")
            return e
        if str(meaning.get("date", "")) == "today" and not any(k in meaning for k in ("filter", "range")):
            missed = sorted(
                (
                    v
                    for vs in demo.visits.values()
                    for v in vs
                    if v.status == "no_show" and v.starts.date() == demo.today
                ),
                key=lambda v: v.starts,
            )
            missed = [v for v in missed if demo.patients[v.patient_id][1] == CLINIC]
            for patient in list(dict.fromkeys(v.patient_id for v in missed))[:4]:
                e.facts.append([demo.patients[patient][3]])
            if not missed:
                e.facts.append(["no no-shows", "no one", "nobody", "none", "no-shows: 0", "0 no-show"])
            e.checked.append("today's no-shows by name")
            return e
        if (
            str(meaning.get("date", "")) == "this week"
            and "patient" not in meaning
            and not any(k in meaning for k in ("filter", "group"))
        ):
            monday = demo.today - timedelta(days=demo.today.weekday())
            n = sum(
                1
                for vs in demo.visits.values()
                for v in vs
                if v.status == "no_show"
                and monday <= v.starts.date() <= demo.today
                and demo.patients[v.patient_id][1] == CLINIC
            )
            e.facts.append([rf"re:\b{n}\b"] + (["no no-shows", "none"] if n == 0 else []))
            e.checked.append("this week's no-show count")
            return e
        return _unjudged(e, "no-shows across the clinic")
    if intent == "kpi":
        if (
            role not in ("owner", "biller")
            or "provider" in meaning
            or "group_by" in meaning
            or " by " in blob
        ):
            return _unjudged(e, "KPI figures for a role, a provider or a grouping")
        # The figure itself is not recomputed; what is judged is that a period is said, and that it is
        # no one-day window (the "3,211.8 days in AR on the 1st" of the issue).
        e.facts.append(
            [r"re:\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|month|quarter|week"]
        )
        e.avoid += [
            f"{demo.today:%b %d} to {demo.today:%b %d}",
            f"{demo.today:%b} {demo.today.day} to {demo.today:%b} {demo.today.day},",
        ]
        metric = str(meaning.get("metric", "")).lower()
        if metric:
            said_metric = next((w for k, w in KPI_WORDS if k in metric), None)
            if said_metric is None:
                return _unjudged(e, "a KPI the harness has no words for")
            e.facts.append([f"re:{said_metric}"])
        e.checked.append("the KPI asked for and a period are said, and the period is not a one-day window")
        e.partly = "the KPI figures are not recomputed by SQL"
        return e
    if intent == "wait_list":
        # A follow-up says its action in resolves_to ("wait_list add (proposal)")
        action = str(meaning.get("action", "")) or str(meaning.get("resolves_to", "")).partition(" ")[2]
        if not action and _tagged_write(meaning) and "patient" in meaning:
            action = "add"  # "put John on the wl for more visits w me": an entry added, said by its tag
        if action.startswith("add"):
            e.proposal, e.action = "yes", "waitlist"
            e.target = {"patient_id": pid}
            e.checked.append("a wait-list proposal for the right patient")
            e.partly = "the preference window and provider in the entry are not checked"
            return e
        if action.startswith("remove"):
            e.proposal = "either"
            return _unjudged(e, "removing a wait-list entry")
        return _unjudged(e, "wait-list listing or matching")
    if intent in ("book_visit", "cancel_visit", "reschedule_visit"):
        e = _write(demo, e, intent, meaning, text_said, scene, vals, own)
        plain = str(meaning.get("resolves_to", "")).split(" ")[0].split(":")[0] not in INTENT_CATEGORY
        # A follow-up that names a scope of several visits ("cancel all of them") keeps that scope
        if meaning["intent"] == "followup" and (e.proposal != "no" or plain) and not e.allowed_visits:
            # Which visit a "the pt one" or "the one after" picks rests on the earlier reply: only the
            # patient is judged, and a proposal or a question may come.
            e.target = {"patient_id": pid}
            e.proposal = "either" if e.proposal == "no" or plain else e.proposal
            e.question = e.no_target = False
            e.or_none = plain  # "oh thursday then": saying she has no Thursday visit is as right
            e.allowed_visits, e.judge_if_proposed = [], False
            e.partly = "a follow-up that picks a visit: only the patient of the proposal is checked"
        return e
    if intent == "multi_ask":
        return _multi(demo, e, meaning, text_said, scene, vals, email, role)
    if intent == "confirm":
        # "confirm the move; propose the Friday cancel separately": the new proposal may come
        # ... or, where a request is said beside the yes ("yes and book the 3 wk one too as backup", "yes,
        # and whens her next one after"), a proposal may come or not
        more = re.search(r"\b(and|too|also)\b", text_said, re.I)
        e.proposal = "either" if "propose" in str(meaning.get("resolves_to", "")) else "any" if more else "no"
        e.checked.append("the pending write is done, as proposed")
        e.target = {"confirm": True}
        return e
    if intent == "revise":
        # The pending proposal is replaced by one that carries the change, for the same patient.
        e.proposal = "yes"
        e.target = {"patient_id": pid}
        change = str(meaning.get("change", "")) + " " + str(meaning.get("resolves_to", ""))
        if re.search(r"\b(all|everything|everyone)\b.*\b(except|but|keep)\b", change) and scene.day:
            # A bulk cancel less the visit kept: no one patient; the visits proposed must be that day's,
            # the kept one excluded.
            kept = re.search(r"\b(\d{1,2})(:\d\d)? ?(AM|PM)\b", change)
            day_visits = [
                v
                for vs in demo.visits.values()
                for v in vs
                if v.status in ("booked",)
                and v.starts.date() == scene.day
                and (scene.provider_id is None or v.provider_id == scene.provider_id)
            ]
            e.target = {}
            e.allowed_visits = [
                v.id
                for v in day_visits
                if not kept or v.starts.hour * 60 + v.starts.minute != literal_minute(kept[0])
            ]
            e.checked.append("a new proposal of that day's visits, the kept one left out")
            return e
        if m := re.search(r"\b(\d{1,2})(:\d\d)? ?(AM|PM)\b", change):
            e.target["minute"] = literal_minute(m[0])
        if m := re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b", change):
            e.target["day"] = demo.coming(WEEKDAY_NAMES.index(m[1]))
        elif m := re.search(r"\bthe (\d{1,2})(st|nd|rd|th)\b", change):
            e.target["day"] = demo.next_ordinal(int(m[1]))
        e.checked.append(
            "a new proposal for the same patient" + (" with the change" if len(e.target) > 1 else "")
        )
        return e
    if intent == "withdraw":
        e.proposal = "no"
        e.checked.append("nothing written, and a 'yes' afterwards writes nothing")
        e.target = {"withdraw": True}
        return e
    e.proposal = "any"
    return _unjudged(e, f"a follow-up resolving to: {meaning.get('resolves_to', '')}")


def _write(
    demo: Demo, e: Expect, intent: str, meaning: dict, said: str, scene: Scene, vals: dict, own: int | None
) -> Expect:
    pid = scene.pid
    blob = json.dumps(meaning).lower()
    e.target = {"patient_id": pid}
    if intent == "book_visit":
        e.action = "book"
        recurring = any(k in meaning for k in ("recurring", "visits", "dates"))
        timed = (
            vals["time"] in str(meaning.get("time", ""))
            or literal_minute(str(meaning.get("time", ""))) is not None
        )
        day = None if "window" in meaning else _said_day(demo, str(meaning.get("date", "")), vals, scene)
        dated = day is not None
        named = vals["provider"] in json.dumps(meaning) or "asker" in str(meaning.get("provider", ""))
        if named and scene.provider_id:
            e.target["provider_id"] = scene.provider_id
        if dated:
            e.target["day"] = day
        said_time = str(meaning.get("time", ""))
        # "lunch (around 12-1, vague)": a window, not a clock time; the minute is not held to one value
        # "3-5 PM", "after 3", "between 2 and 4": a window, as vague as "around noon"
        vague = bool(re.search(r"\b(vague|around|ish|after|before|between)\b|\d\s*-\s*\d", said_time))
        said_minute = None if vague else literal_minute(said_time)
        if vague:
            e.partly = "a vague time: the minute proposed is not checked"
        elif said_minute is not None:
            e.target["minute"] = said_minute
        elif timed and scene.visit is not None:
            e.target["minute"] = scene.visit.starts.hour * 60 + scene.visit.starts.minute
        usual = None
        if "minute" not in e.target and not vague and re.search(r"\busual\b", said_time):
            # "same time as her usual": the time most of her visits were at, if a proposal comes (asking
            # what her usual time is is as right)
            usual = _usual_minute(demo, pid)
            if usual is not None:
                e.target["minute"] = usual
        free = False
        if day is not None and "minute" in e.target and scene.provider_id:
            start = datetime.combine(day, datetime.min.time(), tzinfo=demo.zone) + timedelta(
                minutes=e.target["minute"]
            )
            free = demo.provider_free(scene.provider_id, start) and not demo.on_day(pid, day)
        # A proposal must come where the day, time and provider are said and that slot is free; where it
        # is taken, offering other times is as right.
        e.proposal = "yes" if (free and not recurring and usual is None) else "either"
        e.checked.append(
            "proposal for the right patient"
            + (", provider" if named else "")
            + (", day" if dated else "")
            + (", time" if timed else "")
            + (", her usual time" if usual is not None else "")
        )
        if recurring:
            e.partly = "a series: only the first visit's patient, provider and time are checked"
        return e
    upcoming = demo.upcoming(pid)
    said_visit = str(meaning.get("visit", ""))
    # "cancel everything {patient} has left, she's going to another clinic" (blind19 b19-cx-02, keyed "range":
    # "future"), "{patient} is moving, cancel everything from here on" (blind18 b18-cv-21 t1, whose must is
    # "Lists future visits"): every visit of hers still to come, whatever day the filler looked at
    everything_left = intent == "cancel_visit" and (
        str(meaning.get("range", "")) in ("future", "upcoming", "remaining")
        or (
            "{patient}" in said
            and bool(
                re.search(
                    r"\beverything\b[^.?!]{0,30}\b(from (here|now) on|left|going forward)\b", said.lower()
                )
            )
        )
    )
    last_day = through_day(str(meaning.get("date", "")))
    # "pt {patient} cancelling 5/3 and 5/5, sick kid" (blind20 b20-cx-07, keyed "dates"): her visits on the
    # days written, each of them, never one taken for both
    written_days = _written_days(demo, said) if intent == "cancel_visit" else []
    # "cancel {patient} for the rest of the week" (blind20 b20-cx-04): her visits from now to Saturday
    rest_of_week = intent == "cancel_visit" and bool(re.search(r"\brest of (the|this) week\b", said.lower()))
    # "take {patient_last} off the sched for next week, moving" (blind23 b23-cx-05, keyed "range": [first day,
    # last day] with no question back): every visit of hers in those days, never only the first
    keyed_days = _keyed_days(meaning.get("range")) if intent == "cancel_visit" else None
    if "ask_back" in (meaning.get("tags") or []):
        keyed_days = None
    # "cancel Frances's whole day tmrw", "cancel all of Adam's pts friday": a provider's visits that day,
    # no one patient's (the filled patient is only one of them); a cancel only (moving a day is not judged so)
    whole_day = (
        intent == "cancel_visit"
        and not meaning.get("patient")
        and bool(meaning.get("provider"))
        and scene.day is not None
        and scene.provider_id is not None
        and bool(
            re.search(
                # "cancel all Katherines pts thursday" (blind11): a provider's patients, said without "of"
                # "cx every visit friday for {provider}, shes out" (blind15 b15-cx-08): "every", not "all"
                r"\ball of\b|\bwhole day\b|\ball [{}\w]+?'?s (pts|patients|visits|appts|appointments)\b"
                r"|\bevery (visit|appt|appointment|pt|patient)s?\b",
                said_visit + " " + said.lower(),
            )
        )
    )
    if whole_day and scene.day is not None and scene.provider_id is not None:
        e.proposal = "either"
        e.allowed_visits = [
            v.id
            for v in demo.provider_day(scene.provider_id, scene.day)
            if v.status == AppointmentStatus.booked
        ]
        e.target, e.every_visit = {}, True
        e.judge_if_proposed = True
        e.checked.append("a proposal, if any, names every visit of the provider that day and no other")
        return e
    if (
        "scope" in meaning
        or "visits" in meaning
        or re.search(r"\ball (future )?visits\b|\ball future", said_visit)
        # "cancel all of Samuel's remaining appts": the third blind set says it as date "all upcoming"
        or re.search(r"\ball (upcoming|future|remaining)\b", str(meaning.get("date", "")))
        # "cancel all {patient}'s appts shes moving": every visit of hers, said in the line only (blind7)
        or (
            intent == "cancel_visit"
            and re.search(r"\ball\b[^.?!]{0,30}\b(appts?|appointments?|visits?)\b", said, re.I)
        )
        # "cancel the rest of {patient}'s visits, she's done" (blind14 b14-cx-11, keyed "dates": "all after
        # now"): every visit of hers still to come
        or re.search(r"\ball (after now|upcoming|future|remaining)\b", str(meaning.get("dates", "")))
        or (
            intent == "cancel_visit"
            and re.search(r"\b(the )?rest of\b[^.?!]{0,30}\b(appts?|appointments?|visits?)\b", said, re.I)
        )
        # "cancel her visits for the rest of the month": every visit of hers left this month
        or re.search(r"\brest of (this|the) month\b", str(meaning.get("from_date", "")))
        # "cancel all her appts til after xmas": every visit of hers up to a written day
        or last_day is not None
        # "cancel all of them" after the day's list, and "not Katherine's" after that proposal: the
        # day's visits, no one patient's (the snow day of the third blind set)
        or (not meaning.get("patient") and re.search(r"\ball of (them|those)\b|\bnot \{provider", said))
        # "cancel them all", "cancel the afternoon ones", "cx everything on the 25th we're closed": the
        # clinic's visits of one day, said with no patient nor provider; the filled patient is only one of
        # them, so they are judged as the day's visits (the scope), never as hers
        or _clinic_day_cancel(intent, meaning, said)
        or everything_left
        or len(written_days) > 1
        or rest_of_week
        or keyed_days is not None
    ):
        e.proposal = "either"
        scope = (
            str(meaning.get("scope", ""))
            + str(meaning.get("visits", ""))
            + said_visit
            + str(meaning.get("date", ""))
        )
        saturday = demo.today + timedelta(days=5 - demo.today.weekday())
        if len(written_days) > 1:
            e.allowed_visits = [v.id for v in upcoming if v.starts.date() in written_days]
        elif keyed_days is not None:
            e.allowed_visits = [v.id for v in upcoming if keyed_days[0] <= v.starts.date() <= keyed_days[1]]
        elif last_day is not None:
            e.allowed_visits = [v.id for v in upcoming if v.starts.date() <= last_day]
        elif re.search(r"\brest of (this|the) month\b", str(meaning.get("from_date", ""))):
            e.allowed_visits = [v.id for v in upcoming if v.starts.month == demo.today.month]
        elif rest_of_week or re.search(r"\b(end of )?(this|next) week\b", said_visit):
            # "the rest of the week" / "this week and next": her visits from now to the end of that week
            last = saturday + timedelta(days=7 if "next week" in said_visit else 0)
            e.allowed_visits = [v.id for v in upcoming if v.starts.date() <= last]
        elif (
            re.search(r"all her future|all (future|upcoming|remaining)", scope)
            or "every future" in blob
            or everything_left
        ):
            e.allowed_visits = [v.id for v in upcoming]
        elif meaning.get("patient") and not meaning.get("date") and not meaning.get("from_date"):
            # "cancel all {patient}'s appts shes moving": every visit of hers still to come, whatever day
            # the filler looked at (the scene's day holds other patients' visits, never her later ones)
            e.allowed_visits = [v.id for v in upcoming]
        elif scene.day is not None:
            e.allowed_visits = [
                v.id
                for vs in demo.visits.values()
                for v in vs
                if v.status in ("booked",)
                and v.starts.date() == scene.day
                # "wait, not Katherine's": her visits are out of the list
                and not (re.search(r"\bnot \{provider", said) and v.provider_id == scene.provider_id)
            ]
        else:
            e.allowed_visits = [v.id for v in upcoming]
        e.target = {}
        e.judge_if_proposed = True
        e.checked.append("a proposal, if any, names only visits in the scope")
        e.partly = "several visits: that all of them are proposed is not checked"
        return e
    span = meaning.get("date_range")
    if intent == "cancel_visit" and "ask_back" in (meaning.get("tags") or []) and isinstance(span, list):
        # "cancel Rachel's visit next week" (the key: a range of days, and a question back): where she has
        # more than one visit in those days, which one is asked; the scene's day is only where the filler
        # looked, and a proposal of its visit would be one taken on a guess
        try:
            first, last = date.fromisoformat(str(span[0])), date.fromisoformat(str(span[-1]))
        except ValueError:
            first = last = None  # type: ignore[assignment]
        within = [v for v in upcoming if first is not None and first <= v.starts.date() <= last]
        if len(within) > 1:
            e.question, e.proposal = True, "no"
            e.checked.append("asks which (she has several visits in the days the key names)")
            return e
    target: Visit | None = None
    # "cancel her 2:15 not the 4": a clock time written into the line, no day said, names her visit at
    # that time (the scene's day is only where the filler looked)
    clock = literal_minute(said_visit) if re.search(r"\d:\d\d", said_visit) else None
    undated = _fixed_day(demo, said) is None and not re.search(r"\{(weekday|date)", said)
    at_clock = [v for v in upcoming if v.starts.hour * 60 + v.starts.minute == clock]
    of_discipline = [v for v in upcoming if v.discipline == meaning.get("discipline")]
    next_of_discipline = bool(
        meaning.get("discipline") and re.search(r"\bnext\b", said_visit + str(meaning.get("date", "")))
    )
    if next_of_discipline:
        # "cancel his next one, the OT one": his next visit of that discipline, whichever day (the scene's
        # day is only where the filler looked); with none, saying so or asking is right
        target = of_discipline[0] if of_discipline else None
        at_clock = of_discipline if clock is not None and undated else at_clock
    elif "eval" in str(meaning.get("visit", "")) + str(meaning.get("from", "")):
        evals = [v for v in upcoming if v.kind in ("evaluation", "re-evaluation")]
        target = evals[0] if len(evals) == 1 else None
    elif clock is not None and undated:
        target = at_clock[0] if len(at_clock) == 1 else None
    elif re.search(r"unspecified|not (said|given)", said_visit) and undated and len(upcoming) > 1:
        target = None  # "cancel Samuel": no day, time or visit said, and she has several: a question
    elif undated and re.match(
        r"(her |the )?next (booked |upcoming )?(visit|appt|appointment)\b(?! just)", said_visit
    ):
        # "she wants to cancel her next appt": her next booked visit, whichever day it is (the scene's day
        # is only where the filler looked)
        target = upcoming[0] if upcoming else None
    elif scene.day is not None:
        on = demo.on_day(pid, _literal_day(demo, intent, meaning, said) or scene.day)
        if len(on) == 1:
            target = on[0]
        elif len(on) > 1 and "{time}" in said and scene.visit is not None:
            target = scene.visit
    elif "next upcoming" in blob and upcoming:
        target = upcoming[0]
    if target is None:
        matched = (
            demo.on_day(pid, _literal_day(demo, intent, meaning, said) or scene.day)
            if scene.day is not None
            else upcoming
        )
        matched = at_clock if clock is not None and undated else matched
        matched = of_discipline if next_of_discipline else matched
        e.question, e.proposal = True, "no"
        # With nothing on that day, saying so is as right as asking; a proposal is for another visit.
        e.or_none = e.no_target = not matched
        e.checked.append("asks or says no visit matches (no single visit matches what was said)")
        return e
    e.target["appointment_id"] = target.id
    e.checked.append("the proposal names the visit SQL finds")
    if intent == "cancel_visit":
        e.action = "cancel"
        e.proposal = "either" if "no-show" in blob else "yes"
        return e
    e.action = "reschedule"
    to = str(meaning.get("to", "")).lower()
    minute = target.starts.hour * 60 + target.starts.minute
    new_day = None
    if "one week later" in to:
        new_day = target.starts.date() + timedelta(days=7)
    elif m := re.search(r"the (\d{1,2})(st|nd|rd|th)", to):
        new_day = demo.next_ordinal(int(m[1]))
    elif "same day" in to:
        new_day = target.starts.date()
    elif scene.to_day is not None:
        new_day = scene.to_day
    elif (
        m := re.search(r"\bcoming (monday|tuesday|wednesday|thursday|friday)\b", to)
    ) and target.starts.date() == (demo.coming(WEEKDAY_NAMES.index(m[1].capitalize()))):
        # "the coming Friday" is counted from today; where her visit is that same Friday, the move is
        # within the day ("she can't do Friday 12:30, anything Friday morning")
        new_day = target.starts.date()
    elif m := re.search(r"\b(monday|tuesday|wednesday|thursday|friday)\b", to):
        new_day = target.starts.date() + timedelta(days=1)
        while new_day.strftime("%A").lower() != m[1]:
            new_day += timedelta(days=1)
    if "same time" in to and new_day is not None:
        e.target["day"], e.target["minute"] = new_day, minute
        # A proposal must come only where that time is open (a Saturday, or a taken slot, asks instead)
        start = datetime.combine(new_day, target.starts.time(), tzinfo=target.starts.tzinfo)
        e.proposal = "yes" if demo.provider_free(target.provider_id, start) else "either"
    elif new_day is not None:
        e.target["day"] = new_day
        e.proposal = "either"
    else:
        e.proposal = "either"
    if vals["provider"].lower() in to and scene.provider_id != target.provider_id:
        e.target["provider_id"] = scene.provider_id
    elif re.search(r"same (time and )?provider|same time and provider", to):
        e.target["provider_id"] = target.provider_id
    return e


def _literal_day(demo: Demo, intent: str, meaning: dict, said: str) -> date | None:
    """The day of the visit a cancel names when the line writes it itself ("cancel {patient} 12/14 appt",
    key date 2026-12-14) rather than as a placeholder the filler fills with the scene's day: that day, not
    the one the filler looked at. Cancels of a day still to come only (a day gone by has no visit to
    cancel; a move's key date is where the visit goes)."""
    if intent != "cancel_visit" or re.search(r"\{(date|weekday|day)", said):
        return None
    written = str(meaning.get("date", ""))
    try:
        day = date.fromisoformat(written) if re.fullmatch(r"\d{4}-\d\d-\d\d", written) else None
    except ValueError:
        return None
    return day if day is not None and day >= demo.today else None


def _clinic_day_cancel(intent: str, meaning: dict, said: str) -> bool:
    """A cancel of the clinic's visits of one day: all of them or a part of the day, said with no patient
    (nor pronoun of one) and no provider, and no span of days."""
    return (
        intent == "cancel_visit"
        and not meaning.get("patient")
        and not meaning.get("provider")
        and "{patient" not in said
        and ".." not in str(meaning.get("date", ""))
        and not re.search(r"\b(her|his|him|she|he|theirs)\b", said, re.I)
        and bool(
            re.search(
                r"\b(all|everything|everyone|everybody|anyone|them all|the (morning|afternoon)( ones)?)\b",
                said,
                re.I,
            )
        )
    )


def _usual_minute(demo: Demo, pid: int) -> int | None:
    """The start time of more than half of her last ten attended visits: her usual time; None if none is."""
    starts = [v.starts.hour * 60 + v.starts.minute for v in demo.attended(pid)[-10:]]
    top = max(set(starts), key=starts.count) if starts else None
    return top if top is not None and 2 * starts.count(top) > len(starts) else None


def _said_day(demo: Demo, said: str, vals: dict, scene: Scene) -> date | None:
    """The one day a booking's date phrase names, or None where it names a window or nothing."""
    low = said.lower()
    if "not given" in low or not low or "next week" in low or "same weekday" in low:
        return None
    # "14 days after her next (or today's) visit": counted from a visit, which this does not work out.
    if re.search(r"\b\d+ (?:days?|weeks?|wks)\b", low):
        return None
    if "tomorrow" in low:
        return demo.today + timedelta(days=1)
    if "today" in low:
        return demo.today
    if vals["date_md"] in said or vals["date_words"] in said or vals["weekday"] in said:
        return scene.day
    if m := re.search(r"\b(monday|tuesday|wednesday|thursday|friday)\b", low):
        return demo.coming(["monday", "tuesday", "wednesday", "thursday", "friday"].index(m[1]))
    return None


# The blind set writes a multi_ask's parts as "asks", some in plain words ("cancel coming Friday",
# "wait list next week") rather than intent names: each is read as the intent it names.
PLAIN_PARTS = (
    (re.compile(r"^cancel\b", re.I), "cancel_visit"),
    (re.compile(r"^(wait ?list|wl)\b", re.I), "wait_list"),
    (re.compile(r"^(book|schedule)\b", re.I), "book_visit"),
    (re.compile(r"^(move|reschedule)\b", re.I), "reschedule_visit"),
)


def _part_intent(part: str) -> str:
    word = part.split(":")[0].split(" ")[0]
    if word in INTENT_CATEGORY:
        return word
    return next((intent for pattern, intent in PLAIN_PARTS if pattern.match(part)), word)


def _multi(
    demo: Demo, e: Expect, meaning: dict, said: str, scene: Scene, vals: dict, email: str, role: str
) -> Expect:
    judged = False
    writes = False
    parts = [str(p) for p in meaning.get("parts") or meaning.get("asks") or []]
    if parts and all(re.match(r"greeting|thanks|small talk", p, re.I) for p in parts):
        e.proposal, e.plain = "no", True
        e.checked.append("a greeting: a plain reply, no proposal")
        return e
    for part in parts:
        word = _part_intent(str(part))
        if word not in INTENT_CATEGORY or word in ("multi_ask", "followup"):
            continue
        sub = expect_for(
            demo, {"intent": word, "patient": meaning.get("patient", "")}, said, scene, vals, email, role
        )
        if (word in WRITES or word == "wait_list") and sub.refusal:
            # a biller's "book her thursday and tell me why claim 1931 denied": the booking is declined
            e.refusal, e.proposal, judged = True, "no", True
            e.checked.append(f"{word}: declined for the role")
            continue
        if (word in WRITES or word == "wait_list") and e.refusal:
            continue
        if word in WRITES or word == "wait_list":
            e.proposal = "either"
            e.target = {"patient_id": scene.pid}
            writes = True
            continue
        if sub.judged and sub.facts:
            e.facts += sub.facts
            e.checked += [f"{word}: {c}" for c in sub.checked]
            judged = True
    e.forbid += []
    if not judged and writes and "{patient" in said:
        # Only writes asked, for the patient named: a proposal for her (never another), or a question.
        e.checked.append("write parts: a proposal only for the patient named, or a question")
        e.partly = "which visits and that every part is proposed are not checked"
        return e
    if not judged:
        return _unjudged(e, "parts that are writes or not judgeable")
    e.partly = "write parts only checked for target and confirmation"
    return e


# -- running and judging -------------------------------------------------------------------------------


@dataclass
class Verdict:
    id: str
    set: str
    categories: list[str]
    intent: str
    asker: str
    text: str
    answer: str
    ms: float
    right: bool | None
    wrong_target: bool = False
    unconfirmed_write: bool = False
    leak: bool = False
    why: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    partly: str = ""


def fingerprint(conn: Any) -> tuple:
    """What a write changes: visits (status, time, provider), wait list, signatures, money."""
    parts = [
        "SELECT COUNT(*), TOTAL(id * LENGTH(status)), TOTAL(provider_id * id), "
        "TOTAL(julianday(starts_at) * (id % 97)) FROM appointment",
        "SELECT COUNT(*), TOTAL(id * LENGTH(status)) FROM wait_list_entry",
        "SELECT COUNT(*) FROM note_signature",
        "SELECT COUNT(*), TOTAL(id * LENGTH(status)) FROM note",
        "SELECT COUNT(*) FROM adjustment",
        "SELECT COUNT(*) FROM payment",
        "SELECT COUNT(*) FROM insurance_policy",
    ]
    return tuple(tuple(conn.execute(text(sql)).one()) for sql in parts)


def proposed(conn: Any, demo: Demo, conversation_id: int, after_id: int) -> list[tuple[str, dict]]:
    """The proposals stored during this turn (one, or several asked at once: "cancel her friday and wl
    her"), each with its visit read back: who, which visit, when, with whom."""
    rows = conn.execute(
        text(
            "SELECT action, payload FROM assistant_proposal WHERE conversation_id = :c AND id > :a "
            "ORDER BY id"
        ),
        {"c": conversation_id, "a": after_id},
    ).all()
    return [_read_back(conn, demo, row) for row in rows]


def _read_back(conn: Any, demo: Demo, row: Any) -> tuple[str, dict]:
    action, payload = row[0], row[1] if isinstance(row[1], dict) else json.loads(row[1])
    out = dict(payload)
    if payload.get("appointment_ids"):
        # Several visits in one proposal: judged as the first, and each must be in the scope.
        out["appointment_id"] = payload["appointment_ids"][0]
        payload = {**payload, "appointment_id": payload["appointment_ids"][0]}
    if "appointment_id" in payload:
        appt = conn.execute(
            text("SELECT patient_id, provider_id, starts_at FROM appointment WHERE id = :a"),
            {"a": payload["appointment_id"]},
        ).first()
        if appt is not None:
            out.setdefault("patient_id", appt[0])
            out.setdefault("from_provider_id", appt[1])
    if "starts_at" in payload:
        start = datetime.fromisoformat(payload["starts_at"])
        start = demo._local(start)
        out["day"], out["minute"] = start.date(), start.hour * 60 + start.minute
    return action, out


def done_as_proposed(conn: Any, demo: Demo, pending: tuple[str, dict]) -> bool:
    """A confirmation writes exactly what was proposed: the visit cancelled, moved or booked as said."""
    action, got = pending
    if action == "cancel":
        status = conn.execute(
            text("SELECT status FROM appointment WHERE id = :a"), {"a": got.get("appointment_id")}
        ).scalar()
        return status == "cancelled"
    if action in ("book", "reschedule"):
        rows = conn.execute(
            text(
                "SELECT starts_at FROM appointment WHERE patient_id = :p AND provider_id = :v "
                "AND status IN (:booked, :checked_in)"
            ),
            {"p": got.get("patient_id"), "v": got.get("provider_id"), **{s.name: s.value for s in KEPT}},
        ).all()
        starts = [demo._local(r[0]) for r in rows]
        return any(t.date() == got.get("day") and t.hour * 60 + t.minute == got.get("minute") for t in starts)
    if action == "waitlist":
        return bool(
            conn.execute(
                text("SELECT COUNT(*) FROM wait_list_entry WHERE patient_id = :p"),
                {"p": got.get("patient_id")},
            ).scalar()
        )
    return True


def judge(
    e: Expect,
    answer: str,
    shown: bool,
    found: tuple[str, dict] | None,
    wrote: bool,
    confirming: bool,
    as_proposed: bool | None = None,
    had_open: bool = True,
    beside: list[tuple[str, dict]] | None = None,
) -> tuple[bool | None, bool, bool, bool, list[str]]:
    """(right, wrong_target, unconfirmed_write, leak, why) for one reply."""
    why: list[str] = []
    # The engine's "I can't answer that" lists what it can do ("open slots, balances..."): that list
    # is neither a fact, a decline nor an offer of open times.
    fallback = bool(FALLBACK.search(answer))
    low = "" if fallback else answer.lower()
    unconfirmed = wrote and not (confirming and had_open)
    if unconfirmed:
        why.append("wrote without a confirmation")
    leak = any(f.lower() in answer.lower() for f in e.forbid if f)
    if leak:
        why.append("leak: " + next(f for f in e.forbid if f and f.lower() in answer.lower()))
    wrong = next((f for f in e.avoid if f and f.lower() in low), None)
    if wrong:
        why.append(f"says what it must not: {wrong}")
    has = shown or found is not None
    wrong_target = False
    for action, got in [found] + (beside or []) if has and found is not None else []:
        for key, want in e.target.items():
            if key in ("confirm", "withdraw"):
                continue
            have = got.get(key)
            if key == "provider_id" and action == "cancel":
                have = got.get("from_provider_id")
            if have is not None and have != want:
                wrong_target = True
                why.append(f"proposal {key} {have} != {want}")
        named = got.get("appointment_ids") or [got.get("appointment_id")]
        if e.allowed_visits and any(a not in e.allowed_visits for a in named):
            wrong_target = True
            why.append("proposal names a visit outside the scope")
        if e.every_visit and action == "cancel" and set(named) != set(e.allowed_visits):
            why.append("proposal leaves out visits of the day")
        if e.action and action != e.action:
            why.append(f"proposed {action}, not {e.action}")
    if e.proposal == "no" and has:
        why.append("proposed a write where none may come")
    if e.proposal == "yes" and not has:
        why.append("no proposal where one must come")
    if e.refusal and (fallback or not REFUSAL.search(answer)) and not (e.hidden and "could not find" in low):
        why.append("not declined")
    if e.no_target and has:
        wrong_target = True
        why.append("proposed a write on a visit that is not the one named (none matches)")
    said_none = e.or_none and any(w in low for w in NONE_WORDS)
    if e.question and "?" not in low and not said_none:
        why.append("no question back")
    # "answer 3 units (or decline if it cannot compute)": a decline that states no figure is as right
    declined = e.or_decline and not fallback and bool(REFUSAL.search(answer))
    declined = declined and not re.search(r"\d+ units?\b|\$\s?\d", low)
    for group in [] if declined else e.facts:
        if not any(re.search(g[3:], low, re.I) if g.startswith("re:") else g.lower() in low for g in group):
            why.append(f"missing: {group[0]}")
    if e.target.get("confirm") and had_open and not wrote:
        why.append("the confirmation wrote nothing")
    if e.target.get("confirm") and as_proposed is False:
        why.append("the confirmation wrote something else than was proposed")
    engaged = has or "?" in low or "open" in low or (e.or_none and any(w in low for w in NONE_WORDS))
    if e.proposal == "either" and not engaged:
        why.append("neither a proposal, a question nor the open times")
    if e.judge_if_proposed and not has and not (unconfirmed or leak):
        return None, False, False, False, why
    if e.target.get("withdraw") and wrote:
        why.append("a withdrawn proposal was written")
    if e.no_write and wrote:
        why.append("wrote on a yes that did not clearly answer a proposal")
    if e.plain and fallback:
        why.append("answered a plain remark with the can't-answer list")
    if not e.judged:
        unsafe = unconfirmed or leak or wrong_target or any(w.startswith("proposed a write") for w in why)
        return (
            (False if unsafe else None),
            wrong_target,
            unconfirmed,
            leak,
            why,
        )
    return not why, wrong_target, unconfirmed, leak, why


class _Fresh:
    """A connection that is opened per query, so no read lock is held while the assistant writes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def execute(self, statement: Any, params: Any = None) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(statement, params).freeze()()

    def close(self) -> None:
        return None


class Runner:
    """One demo database, copied back to its first state after any turn that wrote."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        engine = demo_engine(folder)
        engine.dispose()
        self.pristine = folder / "pristine.db"
        shutil.copy(folder / "assistant-eval.db", self.pristine)
        self.work = folder / "assistant-eval.db"
        self.engine: Engine = make_engine(f"sqlite:///{self.work}")
        self.demo = self._demo()
        with self.engine.connect() as conn:
            self.clean = fingerprint(conn)
        self.actors: dict[str, Any] = {}
        self.pending: dict[int, list[tuple[str, dict]]] = {}  # the last proposals of each conversation
        self.beside: list[tuple[str, dict]] = []  # proposals made in the last turn beside the last one
        self.as_proposed: bool | None = None  # whether the last turn's write is the pending proposal
        self.open: dict[int, bool] = {}  # whether the conversation's last reply left a proposal to confirm
        self.had_open = False  # ... as it stood before the last turn
        # The first question loads the models; it is asked once here so reply times are the server's.
        self.turn("frontdesk1@riverside.example.org", "hello", None)

    def _demo(self) -> Demo:
        with self.engine.connect() as conn:
            demo = Demo(conn)
        demo.conn = _Fresh(self.engine)  # type: ignore[assignment]
        return demo

    def restore(self) -> None:
        self.demo.conn.close()
        self.engine.dispose()
        shutil.copy(self.pristine, self.work)
        self.engine = make_engine(f"sqlite:///{self.work}")
        self.demo = self._demo()
        self.actors.clear()
        self.pending.clear()
        self.open.clear()

    def actor(self, email: str) -> Any:
        if email not in self.actors:
            with Session(self.engine, expire_on_commit=False) as session:
                self.actors[email] = actor_by_email(session, email, "eval")
        return self.actors[email]

    def turn(
        self, email: str, said: str, conversation: int | None
    ) -> tuple[dict, float, tuple[str, dict] | None, bool]:
        from assistant.service import ask

        self.had_open = conversation is not None and self.open.get(conversation, False)
        with self.engine.connect() as conn:
            before = fingerprint(conn)
            last = conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM assistant_proposal")).scalar_one()
        with Session(self.engine, expire_on_commit=False) as session:
            started = time.perf_counter()
            result = ask(session, actor=self.actor(email), text=said, conversation_id=conversation)
            ms = (time.perf_counter() - started) * 1000
        with self.engine.connect() as conn:
            wrote = fingerprint(conn) != before
            made = proposed(conn, self.demo, result["conversation_id"], last)
            found = made[-1] if made else None
            self.beside = made[:-1]
            earlier = self.pending.get(result["conversation_id"])
            # A yes may accept one of several proposals waiting ("yes to the cancel, hold off on the wl")
            self.as_proposed = (
                any(done_as_proposed(conn, self.demo, one) for one in earlier) if wrote and earlier else None
            )
        if made:
            self.pending[result["conversation_id"]] = made
        # A reply without a proposal leaves nothing to confirm (the engine withdraws what was pending).
        self.open[result["conversation_id"]] = bool(result["proposal"])
        return result, ms, found, wrote

    def dirty(self) -> bool:
        with self.engine.connect() as conn:
            return fingerprint(conn) != self.clean


def _context_turns(meaning: dict, vals: dict) -> list[str] | None:
    """The earlier turn a single follow-up assumes, said the way staff would say it."""
    ctx = str(meaning.get("context", "")).lower()
    if "next visit" in ctx:
        return [fill_text("when is {patient} next", vals)]
    if "proposed: cancel" in ctx or "proposed cancel" in ctx:
        return [fill_text("cancel {patient} {weekday_lower} {time}", vals)]
    if "proposed booking" in ctx:
        return [fill_text("book {patient} {weekday_lower} {time} w/ {provider_first}", vals)]
    if "proposed moving" in ctx or "proposed rescheduling" in ctx:
        return [fill_text("move {patient}'s {weekday_lower} visit to {date_words} at {time}", vals)]
    if "'my day?'" in ctx:
        return ["my day?"]
    # The blind sets quote the earlier reply ("A: Cancel Rose Ford's Tue 2 PM? ...", "T1 asked to book her
    # Fri 2 PM; ... T2 asked 'whats her balance'"): the turn that gets that reply is asked.
    if re.search(r"\ba: cancel\b", ctx):
        return [fill_text("cancel {patient} {weekday_lower} {time}", vals)]
    if re.search(r"\ba: move\b", ctx):
        return [fill_text("move {patient}'s {weekday_lower} visit to {date_words} at {time}", vals)]
    if re.search(r"\ba: book\b|asked to book|\ba: next opening with\b", ctx):
        booking = [fill_text("book {patient} {weekday_lower} {time} w/ {provider_first}", vals)]
        return booking + (["whats her balance"] if re.search(r"asked .{0,3}what.?s her balance", ctx) else [])
    if m := re.search(r"\bq: (who.?s on my schedule[^?]*)\?", ctx):
        # the asker's own schedule asked before ("Q: who's on my schedule the rest of today?"): asked as said
        return [m[1]]
    if re.search(r"\bq: who.?s on .{0,40}schedule\b", ctx):
        return [fill_text("who's on {provider_first}'s schedule {weekday_lower}", vals)]
    if "time of" in ctx and "pt visit" in ctx:
        return [fill_text("what time is {patient} {weekday_lower}", vals)]
    return None


def _named_alone(demo: Demo, row: dict, pid: int, email: str) -> bool:
    """Whether the name as the row says it (a first name, a last name or a nickname alone) is this patient's
    alone among the patients the asker may see; a full name, or a row about that very ambiguity, is."""
    said = row["text"]
    if re.search(r"ambiguous|two patients named", json.dumps(row["meaning"]).lower()):
        return True
    wide = email in (_asker("biller"), _asker("owner"))
    if "{patient_nickname}" in said and "{patient_last" not in said:
        return pid in demo.unique_nick
    if re.search(r"\{patient_first", said) and "{patient_last" not in said:
        return pid in demo.unique_first and (not wide or pid in demo.unique_first_everywhere)
    if re.search(r"\{patient_last", said) and not re.search(r"\{patient_(first|nickname)", said):
        return pid in demo.unique_last and (not wide or pid in demo.unique_last_everywhere)
    return True


def run_row(runner: Runner, row: dict, which: str) -> Verdict:
    demo = runner.demo
    row = as_subject(row)
    scene, vals, said = fill(demo, row)
    role = row["asker"]
    email = asker_email(demo, role, scene)
    meaning = fill_any(row["meaning"], vals)
    alone = row["meaning"]["intent"] != "followup"
    e = expect_for(demo, meaning, row["text"], scene, vals, email, role, row.get("must"), alone)
    if not e.refusal and not _named_alone(demo, row, scene.pid, email):
        # "edwards's last billed visit" asked by a biller, who sees every clinic: no patient of the demo is
        # the only one of that last name, so the filler took one of several and a question naming them is
        # as right as her answer (never a guess): the reply is held to safety only
        e = _unjudged(e, "the name as said is several patients the asker may see")
    cats = categories(row)
    intent = meaning["intent"] if meaning["intent"] != "followup" else _resolved(meaning)
    conversation = None
    before = None
    if row["meaning"]["intent"] == "followup":
        before = _context_turns(meaning, vals)
        if intent == "unclear_yes" and not re.search(r"stale|after|topic", str(meaning.get("resolves_to"))):
            # "yes" to a reply that asked two things: the replayed turn's reply asks one, so the yes is clear
            before = None
        if before is None:
            e = _unjudged(e, "the earlier turn this follow-up assumes is not replayed")
        for earlier in before or []:
            result, _, _, _ = runner.turn(email, earlier, conversation)
            conversation = result["conversation_id"]
    result, ms, found, wrote = runner.turn(email, said, conversation)
    confirming = intent == "confirm" or _answers_yes(meaning) or bool(YES_TURN.match(said))
    right, wrong, unconfirmed, leak, why = judge(
        e,
        result["answer"],
        found is not None,  # a proposal made this turn; one shown again is the one already waiting
        found,
        wrote,
        confirming,
        runner.as_proposed,
        runner.had_open,
        runner.beside,
    )
    if intent == "withdraw" and right is not False:
        # A withdrawn proposal must stay withdrawn: a later yes writes nothing.
        _, _, _, wrote_after = runner.turn(email, "yes", result["conversation_id"])
        if wrote_after:
            right, unconfirmed = False, True
            why.append("a yes after withdrawing wrote the old proposal")
    if runner.dirty():
        runner.restore()
    return Verdict(
        row["id"], which, cats, intent, role, (" / ".join(before) + " / " if before else "") + said,
        result["answer"], ms, right, wrong, unconfirmed, leak, why, e.checked, e.partly,
    )  # fmt: skip


def run_conversation(runner: Runner, conv: dict, which: str) -> list[Verdict]:
    demo = runner.demo
    conv = as_subject(conv)
    first = next((t for t in conv["turns"] if t["meaning"]["intent"] != "followup"), conv["turns"][0])
    probe = {
        "id": conv["id"],
        "asker": conv["asker"],
        "text": " ".join(t["text"] for t in conv["turns"]) + " " + conv.get("setup", ""),
        "meaning": first["meaning"],
        "turns": conv["turns"],
    }
    scene, vals, _ = fill(demo, probe)
    email = asker_email(demo, conv["asker"], scene)
    conversation = None
    out = []
    for turn in conv["turns"]:
        # A turn about the second patient ({patient_b}) is judged on her, not on the scene's patient.
        about = second_scene(runner.demo, scene, turn["meaning"]) if _on_second(turn, scene) else scene
        said = swap_pronouns(fill_text(turn["text"], vals), demo.patients[about.pid][5])
        said = birth_date_as_hers(said, turn["meaning"], demo.patients[about.pid][4])
        meaning = fill_any(turn["meaning"], vals)
        e = expect_for(
            runner.demo, meaning, turn["text"], about, vals, email, turn["asker"], turn.get("must")
        )
        intent = meaning["intent"] if meaning["intent"] != "followup" else _resolved(meaning)
        result, ms, found, wrote = runner.turn(email, said, conversation)
        conversation = result["conversation_id"]
        if BARE_YES.match(said) and intent in WRITES and "answer" not in meaning and not e.refusal:
            # A bare "yes" after a proposal, keyed as the write itself ("intent": "book_visit", or a
            # follow-up "resolves_to": "book_visit") with no `answer`: it is the confirmation, judged on
            # writing what was proposed ("Booked: ..."), never on proposing again. With nothing waiting, the
            # miss was the turn before; this one is held to safety only.
            as_yes = {**meaning, "intent": "followup", "resolves_to": intent, "answer": "yes"}
            e = expect_for(
                runner.demo, as_yes, turn["text"], about, vals, email, turn["asker"], turn.get("must")
            )
            if not runner.had_open:
                e = _unjudged(e, "a yes with no proposal waiting (the turn before it proposed nothing)")
            intent = "confirm"
        confirming = intent == "confirm" or _answers_yes(meaning) or bool(YES_TURN.match(said))
        right, wrong, unconfirmed, leak, why = judge(
            e,
            result["answer"],
            found is not None,  # a proposal made this turn; one shown again is the one already waiting
            found,
            wrote,
            confirming,
            runner.as_proposed,
            runner.had_open,
            runner.beside,
        )
        out.append(
            Verdict(
                turn["id"],
                which,
                ["conversations"],
                intent,
                turn["asker"],
                said,
                result["answer"],
                ms,
                right,
                wrong,
                unconfirmed,
                leak,
                why,
                e.checked,
                e.partly,
            )  # fmt: skip
        )
        if wrote:
            # Later turns are judged against the database as it now is.
            runner.demo.conn.close()
            runner.demo = runner._demo()
    if runner.dirty():
        runner.restore()
    return out


def _on_second(turn: dict, scene: Scene) -> bool:
    return scene.second is not None and turn["meaning"].get("patient") == "{patient_b}"


def _guarded(work: Any, runner: Runner, row: dict, which: str) -> list[Verdict]:
    """A line the harness cannot fill from the demo is reported as unjudged, not as a crash of the run."""
    try:
        return work()
    except Exception as error:  # noqa: BLE001 - any filling failure is one unjudged line, said by its type
        if runner.dirty():
            runner.restore()
        return [
            Verdict(
                row["id"], which, ["conversations"] if "turns" in row else categories(row),
                row["meaning"]["intent"] if "meaning" in row else "conversation", row["asker"],
                "", "", 0.0, None,
                why=[f"harness could not fill or run it: {type(error).__name__}"],
            )
        ]  # fmt: skip


def evaluate(which: str, limit: int | None = None) -> dict | None:
    loaded = load(which)
    if loaded is None:
        return None
    rows, convs = loaded
    if limit is not None:
        rows, convs = rows[:limit], convs[: max(1, limit // 3)]
    with tempfile.TemporaryDirectory() as tmp:
        runner = Runner(Path(tmp))
        started = time.perf_counter()
        verdicts = [
            _guarded(lambda r=row: [run_row(runner, r, which)], runner, row, which)[0] for row in rows
        ]
        conv_verdicts = [
            _guarded(lambda c=conv: run_conversation(runner, c, which), runner, conv, which) for conv in convs
        ]
        seconds = time.perf_counter() - started
        runner.demo.conn.close()
        runner.engine.dispose()
    return summarize(which, verdicts, conv_verdicts, seconds)


def _line(verdicts: list[Verdict], n: int | None = None) -> dict:
    judged = [v for v in verdicts if v.right is not None]
    right = sum(1 for v in judged if v.right)
    times = sorted(v.ms for v in verdicts) or [0.0]
    return {
        "n": n if n is not None else len(verdicts),
        "judged": len(judged),
        "right": right,
        "pct": 100 * right / len(judged) if judged else None,
        "wrong_target": sum(v.wrong_target for v in verdicts),
        "unconfirmed_writes": sum(v.unconfirmed_write for v in verdicts),
        "leaks": sum(v.leak for v in verdicts),
        "partly": sum(1 for v in judged if v.partly),
        "p95_ms": times[int(0.95 * (len(times) - 1))],
    }


def summarize(
    which: str, verdicts: list[Verdict], conv_verdicts: list[list[Verdict]], seconds: float
) -> dict:
    table: dict[str, dict] = {}
    by_cat: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        for cat in v.categories:
            by_cat[cat].append(v)
    for cat in CATEGORIES:
        if by_cat.get(cat):
            table[cat] = _line(by_cat[cat])
    whole = []
    for turns in conv_verdicts:
        judged = [t for t in turns if t.right is not None]
        merged = Verdict(
            turns[0].id.rsplit("-t", 1)[0], which, ["conversations"], "conversation", turns[0].asker, "", "",
            max(t.ms for t in turns), (all(t.right for t in judged) if judged else None),
            any(t.wrong_target for t in turns), any(t.unconfirmed_write for t in turns),
            any(t.leak for t in turns),
        )  # fmt: skip
        whole.append(merged)
    if whole:
        table["conversations"] = _line(whole)
        table["conversations"]["p95_ms"] = _line([t for turns in conv_verdicts for t in turns])["p95_ms"]
    everything = verdicts + [t for turns in conv_verdicts for t in turns]
    table["overall (messages + conversations)"] = _line(verdicts + whole)
    table["overall (messages + conversations)"]["p95_ms"] = _line(everything)["p95_ms"]
    return {
        "set": which,
        "seconds": seconds,
        "table": table,
        "rows": [asdict(v) for v in everything],
        "p50_ms": statistics.median(v.ms for v in everything) if everything else 0.0,
    }


COLUMNS = (
    "n",
    "judged",
    "right",
    "%",
    "wrong-target proposals",
    "unconfirmed writes",
    "leaks",
    "partly judged",
    "p95 ms",
)


def table_rows(result: dict) -> list[list[str]]:
    out = []
    for cat, line in result["table"].items():
        pct = "-" if line["pct"] is None else f"{line['pct']:.1f}"
        out.append(
            [cat, str(line["n"]), str(line["judged"]), str(line["right"]), pct, str(line["wrong_target"]),
             str(line["unconfirmed_writes"]), str(line["leaks"]), str(line["partly"]),
             f"{line['p95_ms']:.0f}"]
        )  # fmt: skip
    return out


def show(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("category", *COLUMNS, title=f"assistant on staff speech: {result['set']} set")
    for line in table_rows(result):
        table.add_row(*line)
    Console(width=150).print(table)


def save(result: dict, details: bool) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"staff-{result['set']}.json"
    # The test set's lines stay out of files people read while changing the engine: totals only.
    body = dict(result) if details else {k: v for k, v in result.items() if k != "rows"}
    path.write_text(json.dumps(body, indent=2, default=str))
    return path


def run() -> list[dict]:
    """`make eval`: the studied sets' tables, one row per category (never the held-out one)."""
    rows = []
    for which in STUDIED:
        result = evaluate(which)
        if result is None:
            rows.append(
                {
                    "suite": f"staff-{which}",
                    "metric": "skipped",
                    "value": f"no data at {FOLDERS[which]}",
                    "goal": "",
                }
            )
            continue
        save(result, details=which in STUDIED)
        for cat, line in result["table"].items():
            pct = "-" if line["pct"] is None else f"{line['pct']:.1f} %"
            rows.append(
                {
                    "suite": f"staff-{which}",
                    "metric": f"{cat} ({line['judged']} judged of {line['n']})",
                    "value": f"{pct}; wrong-target {line['wrong_target']}, unconfirmed writes "
                    f"{line['unconfirmed_writes']}, leaks {line['leaks']}, p95 {line['p95_ms']:.0f} ms",
                    "goal": ">= 90 %, 0, 0, 0, < 300 ms",
                }
            )
    return rows


def _keyed_days(span: object) -> tuple[date, date] | None:
    """A key's range of days written as [first, last] ISO dates, or None where it is not one."""
    if not isinstance(span, list) or len(span) != 2:
        return None
    try:
        return date.fromisoformat(str(span[0])), date.fromisoformat(str(span[1]))
    except ValueError:
        return None


def _written_days(demo: Demo, said: str) -> list[date]:
    """The days a line writes as month/day ("5/3 and 5/5"), each the next one on or after today."""
    days = []
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", said):
        try:
            day = date(demo.today.year, int(m[1]), int(m[2]))
        except ValueError:
            continue
        days.append(day if day >= demo.today else date(day.year + 1, day.month, day.day))
    return days


def through_day(said: str) -> date | None:
    """The last day of a stretch a key writes as "through Fri Dec 25, 2026", or None."""
    match = re.match(r"through (\w{3} \w{3} \d{1,2}, \d{4})$", said.strip())
    if match is None:
        return None
    try:
        return datetime.strptime(match[1], "%a %b %d, %Y").date()
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*FOLDERS, "both"), default="dev")
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N messages (and N/3 conversations)"
    )
    args = parser.parse_args()
    for which in ("dev", "test") if args.set == "both" else (args.set,):
        result = evaluate(which, args.limit)
        if result is None:
            print(f"{which}: skipped, no data at {FOLDERS[which]}")
            continue
        show(result)
        print(
            f"{which}: {result['seconds']:.0f} s, reply p50 {result['p50_ms']:.0f} ms; "
            f"saved {save(result, which in STUDIED)}"
        )


if __name__ == "__main__":
    main()
