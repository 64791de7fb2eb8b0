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
NOW_LOCAL = "2028-12-19T09:40:00-05:00"  # Tue, EST (DST ended Sun Nov 5, 2028)
NOW_UTC = "2028-12-19T14:40:00Z"
FAKETIME = "env -u TZ faketime -f '@2028-12-19 14:40:00' <command>"
WINDOW = (dt.date(2027, 1, 1), dt.date(2029, 3, 31))
# Days the rows treat as closed. Christmas and New Year's Day are weekdays in this window; the clinic calendar
# decides in the product, so lines that book them accept "closed" or "not on the clinic calendar, confirm".
CLOSED = {"2028-12-25": "Christmas Day (Mon)", "2029-01-01": "New Year's Day (Mon)"}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / this am": ("2028-12-19", "2028-12-19"),
    "yesterday / mon (past)": ("2028-12-18", "2028-12-18"),
    "tmrw / wed / the 20th": ("2028-12-20", "2028-12-20"),
    "thurs / the 21st": ("2028-12-21", "2028-12-21"),
    "fri / this fri / the 22nd / last day before xmas": ("2028-12-22", "2028-12-22"),
    "this week / rest of the week / thru friday": ("2028-12-19", "2028-12-22"),
    "sat / the 23rd": ("2028-12-23", "2028-12-23"),
    "xmas eve": ("2028-12-24", "2028-12-24"),
    "xmas / the 25th (closed)": ("2028-12-25", "2028-12-25"),
    "day after xmas / next tues / the 26th": ("2028-12-26", "2028-12-26"),
    "the 27th / next wed": ("2028-12-27", "2028-12-27"),
    "the 28th / next thurs": ("2028-12-28", "2028-12-28"),
    "next fri / the 29th (last weekday of the year)": ("2028-12-29", "2028-12-29"),
    "next week / xmas week": ("2028-12-25", "2028-12-29"),
    "between xmas and new years (open days)": ("2028-12-26", "2028-12-29"),
    "before the end of the year / by 12/31": ("2028-12-19", "2028-12-31"),
    "nye / 12/31": ("2028-12-31", "2028-12-31"),
    "new years / jan 1 (closed)": ("2029-01-01", "2029-01-01"),
    "the 2nd / in 2 weeks": ("2029-01-02", "2029-01-02"),
    "week after next / first week of jan": ("2029-01-01", "2029-01-05"),
    "the 8th (jan) / 2nd mon in jan": ("2029-01-08", "2029-01-08"),
    "mid jan": ("2029-01-15", "2029-01-15"),
    "end of jan": ("2029-01-31", "2029-01-31"),
    "thru march / end of q1": ("2029-01-01", "2029-03-31"),
    "last week": ("2028-12-11", "2028-12-15"),
    "last tues": ("2028-12-12", "2028-12-12"),
    "last fri": ("2028-12-15", "2028-12-15"),
    "this month / dec so far / mtd": ("2028-12-01", "2028-12-19"),
    "last month / nov": ("2028-11-01", "2028-11-30"),
    "q4 so far": ("2028-10-01", "2028-12-19"),
    "ytd / this year so far": ("2028-01-01", "2028-12-19"),
    "same time last year": ("2027-01-01", "2027-12-19"),
    "dec last year": ("2027-12-01", "2027-12-31"),
    "last 30 days": ("2028-11-19", "2028-12-19"),
    "no payment in 60 days (none since)": ("2028-10-20", "2028-10-20"),
    "over 90 days (before)": ("2028-09-20", "2028-09-20"),
    "over 120 days (before)": ("2028-08-21", "2028-08-21"),
    "over 180 days (before)": ("2028-06-22", "2028-06-22"),
    "a year ago today (12-month filing limit: services before)": ("2027-12-19", "2027-12-19"),
    "unsigned over 24 h (visits before Mon Dec 18 09:40)": ("2028-12-18", "2028-12-18"),
}
SITUATIONS = [
    "an authorization ending Sun Dec 31, 2028 with visits left and January visits booked past it",
    "a plan of care certified through Sun Dec 31, 2028 with January visits booked",
    "visits booked on Mon Dec 25, 2028 (Christmas) before the calendar was closed",
    "a 9:30 visit today not checked in at 09:40 and a 10:00 visit ahead",
    "a provider with time off Tue Dec 26 - Fri Dec 29, 2028",
    "two patients with the same first name",
    "a patient whose insurance changes Mon Jan 1, 2029",
    "a denied claim (CO-197 or CO-50) and a claim close to the payer's filing limit",
    "assistant (PTA/OTA) notes waiting for co-signature and unsigned notes from Fri Dec 15 or earlier",
    "a Medicare payer profile with or without a 2028 KX figure",
    "a wait list with patients who asked for Christmas-week openings",
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
            phr.append({"id": f"b29-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b29-cv-{len(convs) + 1:02d}"
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
