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
NOW_LOCAL = "2029-03-15T14:20:00-04:00"  # Thu, EDT (DST began Sun Mar 11, 2029)
NOW_UTC = "2029-03-15T18:20:00Z"
FAKETIME = "env -u TZ faketime -f '@2029-03-15 18:20:00' <command>"
WINDOW = (dt.date(2028, 1, 1), dt.date(2029, 6, 30))
# Days the rows treat as closed: Easter Sunday (a Sunday anyway) and Memorial Day.
# Good Friday (Fri Mar 30, 2029) is NOT assumed closed: the clinic calendar decides,
# and lines that touch it accept either answer.
CLOSED = {"2029-04-01": "Easter Sunday", "2029-05-28": "Memorial Day (Mon)"}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / this afternoon": ("2029-03-15", "2029-03-15"),
    "yesterday / wed (past)": ("2029-03-14", "2029-03-14"),
    "tmrw / fri / the 16th": ("2029-03-16", "2029-03-16"),
    "sat / st patricks day / the 17th": ("2029-03-17", "2029-03-17"),
    "mon / the 19th": ("2029-03-19", "2029-03-19"),
    "tues / the 20th": ("2029-03-20", "2029-03-20"),
    "wed / the 21st": ("2029-03-21", "2029-03-21"),
    "next thurs / a week from today / the 22nd": ("2029-03-22", "2029-03-22"),
    "next fri / the 23rd": ("2029-03-23", "2029-03-23"),
    "rest of this week": ("2029-03-15", "2029-03-16"),
    "next week": ("2029-03-19", "2029-03-23"),
    "week after next / holy week": ("2029-03-26", "2029-03-30"),
    "in 2 weeks (thu)": ("2029-03-29", "2029-03-29"),
    "good friday (clinic calendar decides)": ("2029-03-30", "2029-03-30"),
    "end of the month / end of q1 / the 31st": ("2029-03-31", "2029-03-31"),
    "easter (closed)": ("2029-04-01", "2029-04-01"),
    "after easter / easter monday": ("2029-04-02", "2029-04-02"),
    "week after easter / spring break week": ("2029-04-02", "2029-04-06"),
    "the 3rd": ("2029-04-03", "2029-04-03"),
    "in 3 weeks (thu)": ("2029-04-05", "2029-04-05"),
    "tax day (Apr 15 Sun, Apr 16 DC Emancipation Day)": ("2029-04-17", "2029-04-17"),
    "memorial day (closed)": ("2029-05-28", "2029-05-28"),
    "last week": ("2029-03-05", "2029-03-09"),
    "last thurs": ("2029-03-08", "2029-03-08"),
    "last fri": ("2029-03-09", "2029-03-09"),
    "mon (past, this week) / since the time change": ("2029-03-12", "2029-03-15"),
    "this month / march so far / mtd": ("2029-03-01", "2029-03-15"),
    "last month / feb": ("2029-02-01", "2029-02-28"),
    "q1 so far / ytd": ("2029-01-01", "2029-03-15"),
    "last year q1": ("2028-01-01", "2028-03-31"),
    "march last year (to date)": ("2028-03-01", "2028-03-15"),
    "last 30 days": ("2029-02-13", "2029-03-15"),
    "no payment in 60 days (none since)": ("2029-01-14", "2029-01-14"),
    "over 90 days (before)": ("2028-12-15", "2028-12-15"),
    "over 120 days (before)": ("2028-11-15", "2028-11-15"),
    "over 180 days (before)": ("2028-09-16", "2028-09-16"),
    "a year ago today (12-month filing limit: services before)": ("2028-03-15", "2028-03-15"),
    "unsigned over 24 h (visits before Wed Mar 14 14:20)": ("2029-03-14", "2029-03-14"),
}
SITUATIONS = [
    "a 2:00 PM visit today under way and 3:00 / 4:00 PM visits ahead; a 1:00 PM visit not checked in",
    "two patients with the same first name (one of them with a nickname)",
    "an authorization with few visits left that ends Sat Mar 31, 2029 (end of Q1) and April visits booked",
    "a plan of care certified through late March 2029 with April visits booked",
    "visits booked on Fri Mar 30, 2029 (Good Friday) and a provider off that day",
    "a patient who asked for nothing during spring break (Apr 2 - 6, 2029)",
    "a denied claim (CO-16, CO-97 or PR-204) and a claim near a 90-day commercial filing limit",
    "unsigned notes older than 24 hours and assistant notes waiting for co-signature",
    "a Medicare payer profile with or without a 2029 KX figure; deductibles restarted Jan 1, 2029",
    "a wait list with patients who want late-afternoon openings",
    "two different patients in one conversation ({patient} and {patient_b})",
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
            phr.append({"id": f"b30-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b30-cv-{len(convs) + 1:02d}"
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
