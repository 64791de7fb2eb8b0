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
NOW_LOCAL = "2029-07-09T09:40:00-04:00"  # Mon, EDT, the Monday after the Wed Jul 4, 2029 closure
NOW_UTC = "2029-07-09T13:40:00Z"
FAKETIME = "env -u TZ faketime -f '@2029-07-09 13:40:00' <command>"
WINDOW = (dt.date(2028, 1, 1), dt.date(2029, 9, 30))
# Days the rows treat as closed: Independence Day (last Wednesday) and Labor Day (Mon Sep 3, 2029).
# Fri Jul 6, 2029 (the bridge day) is NOT assumed closed: the clinic calendar decides.
CLOSED = {"2029-07-04": "Independence Day (Wed)", "2029-09-03": "Labor Day (Mon)"}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / this morning / today / this monday": ("2029-07-09", "2029-07-09"),
    "the 9:30s (began 10 min ago) / the 8:00-9:00s (over or under way)": ("2029-07-09", "2029-07-09"),
    "the weekend (past) / sat / sun": ("2029-07-07", "2029-07-08"),
    "fri (past) / last fri": ("2029-07-06", "2029-07-06"),
    "last week (Wed closed)": ("2029-07-02", "2029-07-06"),
    "last wed / the 4th / 4th of july (closed)": ("2029-07-04", "2029-07-04"),
    "last monday / a week ago today": ("2029-07-02", "2029-07-02"),
    "tmrw / tues / the 10th": ("2029-07-10", "2029-07-10"),
    "wed / this wed / the 11th": ("2029-07-11", "2029-07-11"),
    "thurs / the 12th": ("2029-07-12", "2029-07-12"),
    "fri / friday the 13th": ("2029-07-13", "2029-07-13"),
    "this week": ("2029-07-09", "2029-07-13"),
    "rest of the week (from tmrw)": ("2029-07-10", "2029-07-13"),
    "next monday (said on a monday) / a week from today / the 16th": ("2029-07-16", "2029-07-16"),
    "next wed (ask or name: Jul 11 or Jul 18)": ("2029-07-11", "2029-07-18"),
    "next week": ("2029-07-16", "2029-07-20"),
    "in 2 weeks / the 23rd": ("2029-07-23", "2029-07-23"),
    "end of the month / 7/31": ("2029-07-31", "2029-07-31"),
    "aug 1 / the 1st (coming)": ("2029-08-01", "2029-08-01"),
    "week b4 labor day": ("2029-08-27", "2029-08-31"),
    "labor day (closed)": ("2029-09-03", "2029-09-03"),
    "back to school / after labor day": ("2029-09-04", "2029-09-07"),
    "week b4 easter (past: Easter was Sun Apr 1, 2029)": ("2029-03-26", "2029-03-30"),
    "this month / july so far / mtd": ("2029-07-01", "2029-07-09"),
    "last month / june": ("2029-06-01", "2029-06-30"),
    "last quarter / q2": ("2029-04-01", "2029-06-30"),
    "q1": ("2029-01-01", "2029-03-31"),
    "first half / h1": ("2029-01-01", "2029-06-30"),
    "this quarter / q3 so far": ("2029-07-01", "2029-07-09"),
    "ytd / since jan (KX, deductibles)": ("2029-01-01", "2029-07-09"),
    "july last year": ("2028-07-01", "2028-07-31"),
    "last 30 days": ("2029-06-09", "2029-07-09"),
    "no payment in 60 days (none since)": ("2029-05-10", "2029-05-10"),
    "over 90 days (before) / 90-day filing limit past": ("2029-04-10", "2029-04-10"),
    "90-day filing limit near (services)": ("2029-04-10", "2029-05-10"),
    "over 120 days (before)": ("2029-03-11", "2029-03-11"),
    "over 180 days (before)": ("2029-01-10", "2029-01-10"),
    "a year ago today (12-month filing limit: services before)": ("2028-07-09", "2028-07-09"),
    "unsigned over 24 h (visits before Sun Jul 8 09:40: so Fri Jul 6 and earlier)": (
        "2029-07-06",
        "2029-07-08",
    ),
    "pocs ending soon (next 2 weeks)": ("2029-07-09", "2029-07-23"),
}
SITUATIONS = [
    "visits that were booked on Wed Jul 4, 2029 (Independence Day, closed): some moved, some never rebooked",
    "weekend voicemails: cancellations and reschedule requests left Sat Jul 7 - Sun Jul 8, 2029",
    "8:00 / 8:30 / 9:00 AM visits today over or under way, the 9:30 AM began 10 minutes ago,"
    " 10:00 AM and later ahead",
    "a provider whose last day at the clinic is Fri Jul 20, 2029 (patients to move to others)",
    "an authorization ending Tue Jul 31, 2029 with August visits booked, and one with 1-2 visits left",
    "plans of care ending within two weeks (by Mon Jul 23, 2029) for one therapist's patients",
    "two patients with the same first name, and a parent and child with the same last name",
    "a denied claim (CO-16, CO-50, CO-97, CO-151 or PR-1) and a claim near a 90-day commercial filing limit",
    "unsigned notes from Thu Jul 5 - Fri Jul 6, 2029 (older than 24 hours)"
    " and assistant notes waiting for co-signature",
    "a wait list of kids wanting summer morning openings and after-school slots from Tue Sep 4, 2029",
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
            phr.append({"id": f"b32-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b32-cv-{len(convs) + 1:02d}"
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
