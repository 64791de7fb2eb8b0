#!/usr/bin/env python3
"""Writes phrasings.jsonl, conversations.jsonl and reference.json from the rows in rows_*.py. Stdlib only.

reference.json is the data the keys refer to that this folder can know without reading product code:
the reference moment, the clinic calendar of the window the rows talk about (weekday of every date, the
closed days), the relative-date table (phrase -> resolved dates) and the demo-data situations the
conversations assume. build_check.py verifies every date and weekday in the rows against it (and the
placeholders against its own list). No clock is read: the output is the same on any day.
"""

import collections
import datetime as dt
import glob
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ASK = {"fd": "front_desk", "bi": "biller", "th": "therapist", "at": "assistant_therapist", "ow": "owner"}
TAG = {
    "a": "action",
    "r": "relative_date",
    "q": "ask_back",
    "o": "out_of_scope_or_not_permitted",
    "h": "hostile_or_injection",
}
PFX = {
    "book_visit": "bk",
    "reschedule_visit": "rs",
    "cancel_visit": "cx",
    "role_refusal": "rr",
    "followup": "fu",
    "next_visit": "nv",
    "wait_list": "wl",
    "auth_status": "au",
    "balance": "ba",
    "no_shows": "ns",
    "claim_status": "cl",
    "clinical_decline": "cd",
    "coming_in": "ci",
    "day_schedule": "ds",
    "kpi": "kp",
    "multi_ask": "ma",
    "visit_time": "vt",
    "denial_reason": "dr",
    "insurance_on_file": "io",
    "last_payment": "lp",
    "my_schedule": "ms",
    "unsigned_notes": "un",
    "last_visit": "lv",
    "payer_paid": "pp",
    "visits_on_day": "vd",
}
GENERIC_MUST_NOT = "Invents data the record does not hold"

# ---- reference moment and clinic calendar -------------------------------------------------------------
NOW_LOCAL = "2029-12-26T14:10:00-05:00"  # Wed, EST, the day after Christmas (Tue Dec 25, 2029, closed)
NOW_UTC = "2029-12-26T19:10:00Z"
FAKETIME = "env -u TZ faketime -f '@2029-12-26 19:10:00' <command>"
WINDOW = (dt.date(2028, 1, 1), dt.date(2030, 3, 31))
# Days the rows treat as closed: Christmas Day (yesterday) and New Year's Day (Tue Jan 1, 2030).
# Christmas Eve (Mon Dec 24), New Year's Eve (Mon Dec 31, 2029), Saturdays and Sundays are NOT assumed
# either way: the clinic calendar decides (keys accept what it holds, or a question back).
CLOSED = {"2029-12-25": "Christmas Day (Tue)", "2030-01-01": "New Year's Day (Tue)"}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / this afternoon / today / this wed": ("2029-12-26", "2029-12-26"),
    "this morning's visits (done) / 1:00-2:00 PM (over or under way) / 2:30 PM on (ahead)": (
        "2029-12-26",
        "2029-12-26",
    ),
    "yesterday / christmas / the 25th (closed)": ("2029-12-25", "2029-12-25"),
    "christmas eve / mon (past) / the 24th (calendar decides)": ("2029-12-24", "2029-12-24"),
    "last week (the week before christmas)": ("2029-12-17", "2029-12-21"),
    "tmrw / thurs / the 27th": ("2029-12-27", "2029-12-27"),
    "fri / this fri / the 28th": ("2029-12-28", "2029-12-28"),
    "this week (Tue closed, Mon Dec 24 calendar decides)": ("2029-12-24", "2029-12-28"),
    "rest of the week (from tmrw)": ("2029-12-27", "2029-12-28"),
    "the weekend / sat (calendar decides)": ("2029-12-29", "2029-12-30"),
    "mon / new year's eve / 12/31 (calendar decides)": ("2029-12-31", "2029-12-31"),
    "before the end of the year (rest of today from 2:30 PM through Mon Dec 31)": (
        "2029-12-26",
        "2029-12-31",
    ),
    "new year's day / jan 1 / tues (next) (closed)": ("2030-01-01", "2030-01-01"),
    "the 2nd / jan 2 / next wed (said on a wed: Jan 2 is the plain reading, asking passes)": (
        "2030-01-02",
        "2030-01-02",
    ),
    "next week (Mon Dec 31 - Fri Jan 4, 2030; Jan 1 closed)": ("2029-12-31", "2030-01-04"),
    "the first week of january (Jan 2 - 4 open days, or the first full week Jan 7 - 11: ask)": (
        "2030-01-02",
        "2030-01-11",
    ),
    "a week from tmrw / the 3rd": ("2030-01-03", "2030-01-03"),
    "in 2 weeks (a wed)": ("2030-01-09", "2030-01-09"),
    "next year / 2030 / after the new year (the window holds Jan - Mar 2030)": ("2030-01-01", "2030-03-31"),
    "mlk day (calendar decides)": ("2030-01-21", "2030-01-21"),
    "this month / december so far / mtd": ("2029-12-01", "2029-12-26"),
    "last month / november": ("2029-11-01", "2029-11-30"),
    "last december / december last year": ("2028-12-01", "2028-12-31"),
    "q4 so far / this quarter": ("2029-10-01", "2029-12-26"),
    "this year / ytd / 2029 (KX, deductibles since Jan 1)": ("2029-01-01", "2029-12-26"),
    "last year / 2028": ("2028-01-01", "2028-12-31"),
    "last 30 days": ("2029-11-26", "2029-12-26"),
    "no payment in 60 days (none since)": ("2029-10-27", "2029-10-27"),
    "over 90 days (before) / 90-day filing limit past": ("2029-09-27", "2029-09-27"),
    "90-day filing limit near (services)": ("2029-09-27", "2029-10-27"),
    "over 120 days (before)": ("2029-08-28", "2029-08-28"),
    "medicare 12-month filing limit (DOS before Dec 26, 2028 past; Dec 26 - 31, 2028 run out now)": (
        "2028-12-26",
        "2028-12-31",
    ),
    "unsigned over 24 h (visits before Tue Dec 25 14:10, a closed day: so Mon Dec 24 and earlier)": (
        "2029-12-24",
        "2029-12-25",
    ),
    "auths / pocs ending by the end of the year": ("2029-12-26", "2029-12-31"),
    "auths / pocs ending soon (next 2 weeks)": ("2029-12-26", "2030-01-09"),
}
SITUATIONS = [
    "visits that were booked on Tue Dec 25, 2029 (Christmas, closed): cancelled as clinic closed, most"
    " not yet rebooked",
    "this morning's visits done; the 1:00 / 1:30 PM over, the 2:00 PM under way, 2:30 PM and later"
    " ahead; a morning patient who never came and was not checked in",
    "holiday-week short staffing: a therapist on vacation Wed Dec 26, 2029 - Fri Jan 4, 2030 (back"
    " Mon Jan 7, 2030); another covering",
    "patients who met their 2029 deductible and want visits before the end of the year (Dec 26 - 31)",
    "deductibles and the Medicare KX threshold reset Jan 1, 2030; the 2030 threshold is not set in"
    " the payer profile",
    "an authorization ending Mon Dec 31, 2029 with visits booked in January 2030; one spanning the"
    " new year; a plan of care certified through Jan 15, 2030",
    "a patient whose insurance changes Jan 1, 2030 (new payer, new member ID, the old one terminated"
    " Dec 31, 2029)",
    "a snow forecast for Thu Dec 27, 2029 (the clinic may close or open late)",
    "year-end statements and balances; a credit balance; a gift card / prepaid package credit",
    "denials CO-11, CO-27, CO-31, CO-96, CO-167, CO-236, PR-96 and OA-23 on the work list",
    "unsigned notes from Fri Dec 21 and Mon Dec 24, 2029 (older than 24 hours) and assistant notes"
    " waiting for co-signature",
    "Medicare claims with December 2028 dates of service never sent (12-month filing limit)",
]


def row(asker, text, intent, slots, tags, must, must_not, note=""):
    m = {"intent": intent}
    m.update(slots)
    m["tags"] = [TAG[t] for t in tags]
    return {"asker": ASK[asker], "text": text, "meaning": m, "must": must, "must_not": must_not, "note": note}


def _lst(x):
    if isinstance(x, str):
        x = [x]
    return [s for s in (x or []) if s]


def r(asker, text, intent, slots, tags, must, must_not="", note=""):
    """A single line; must/must_not may be a string or a list; the generic must_not is added."""
    return row(asker, text, intent, slots, tags, _lst(must), _lst(must_not) + [GENERIC_MUST_NOT], note)


def fu(asker, context, text, resolves_to, slots, tags, must, must_not="", note=""):
    """A single-line follow-up: `context` is what came before, `resolves_to` the intent it becomes."""
    s = {"context": context, "resolves_to": resolves_to}
    s.update(slots)
    return r(asker, text, "followup", s, tags, must, must_not, note)


def T(kind, text, intent, slots, tags, must, must_not="", note=""):
    """A conversation turn; kind "f" makes a followup resolving to `intent`, "n" a plain turn."""
    if kind == "f":
        s = {"resolves_to": intent}
        s.update(slots)
        intent = "followup"
    else:
        s = dict(slots)
    return {
        "text": text,
        "meaning": {"intent": intent, **s, "tags": [TAG[t] for t in tags]},
        "must": _lst(must),
        "must_not": _lst(must_not) + [GENERIC_MUST_NOT],
        "note": note,
    }


def C(asker, title, setup, turns):
    for i, t in enumerate(turns[:-1]):
        if turns[i + 1]["meaning"]["intent"] == "followup" and not t["note"].startswith("Reply:"):
            t["note"] = ("Reply: " + t["must"][0] + (" " + t["note"] if t["note"] else "")).strip()
    turns = [{"asker": ASK[asker], **t} for t in turns]
    return {
        "asker": asker,
        "title": title,
        "setup": setup.rstrip() + " If the demo data cannot hold this, drop the conversation.",
        "turns": turns,
    }


def reference():
    days, d = {}, WINDOW[0]
    while d <= WINDOW[1]:
        days[d.isoformat()] = d.strftime("%a")
        d += dt.timedelta(days=1)
    return {
        "now_local": NOW_LOCAL,
        "now_utc": NOW_UTC,
        "faketime": FAKETIME,
        "window": [WINDOW[0].isoformat(), WINDOW[1].isoformat()],
        "weekday": days,
        "closed": CLOSED,
        "phrases": {k: list(v) for k, v in PHRASES.items()},
        "situations": SITUATIONS,
        "generic_must_not": GENERIC_MUST_NOT,
    }


def main():
    phr, convs = [], []
    cnt = collections.Counter()
    for path in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        mod.R, mod.r, mod.fu, mod.T, mod.C = row, r, fu, T, C
        spec.loader.exec_module(mod)
        for x in getattr(mod, "ROWS", []):
            p = PFX[x["meaning"]["intent"]]
            cnt[p] += 1
            phr.append({"id": f"b34-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b34-cv-{len(convs) + 1:02d}"
            turns = [{"id": f"{cid}-t{i + 1}", **t} for i, t in enumerate(c["turns"])]
            convs.append(
                {
                    "id": cid,
                    "asker": ASK[c["asker"]],
                    "title": c["title"],
                    "setup": c["setup"],
                    "turns": turns,
                }
            )
    with open(os.path.join(HERE, "phrasings.jsonl"), "w", encoding="utf-8") as fh:
        for x in phr:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
        for c in convs:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "reference.json"), "w", encoding="utf-8") as fh:
        json.dump(reference(), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(len(phr), "phrasings,", len(convs), "conversations")


if __name__ == "__main__":
    main()
