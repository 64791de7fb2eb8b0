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
NOW_LOCAL = "2029-11-21T12:30:00-05:00"  # Wed, EST, lunchtime the day before Thanksgiving (Thu Nov 22, 2029)
NOW_UTC = "2029-11-21T17:30:00Z"
FAKETIME = "env -u TZ faketime -f '@2029-11-21 17:30:00' <command>"
WINDOW = (
    dt.date(2028, 1, 1),
    dt.date(2030, 12, 31),
)  # 2028 (Thanksgiving 2028, November 2028, the 12-month limit) to the end of 2030
# Closed days the rows assume: Thanksgiving Day (Thu Nov 22, 2029) only.
# The Friday after (Fri Nov 23, 2029) is the clinic's call: every row that rests on it carries "Arguable: ..."
# (build_check.py checks that); Christmas Day (Tue Dec 25, 2029) likewise, ahead.
# Weekends are not assumed either way: the clinic calendar decides (no row writes on a weekend).
CLOSED = {
    "2029-11-22": "Thanksgiving Day (Thu)",
}
ARGUABLE = {
    "2029-11-23": "the Friday after Thanksgiving (the clinic's call)",
    "2029-12-25": "Christmas Day (Tue, ahead)",
}
# DST ended Sun Nov 4, 2029: the clinic is on EST (UTC-5) from then until Sun Mar 10, 2030.
TZINFO = {
    "zone": "America/New_York",
    "offset": "-05:00",
    "today_8am": ["2029-11-21T08:00:00-05:00", "2029-11-21T13:00:00Z"],
    "now_1230": ["2029-11-21T12:30:00-05:00", "2029-11-21T17:30:00Z"],
    "dst_ended": "2029-11-04",
    "dst_starts": "2030-03-10",
}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / today / lunchtime / this afternoon": ("2029-11-21", "2029-11-21"),
    "the morning's visits (done) / the 12:00 (under way) / 12:30 (starting now) / 1:00 PM on (ahead)": (
        "2029-11-21",
        "2029-11-21",
    ),
    "yesterday / tues": ("2029-11-20", "2029-11-20"),
    "mon (past) / start of this week": ("2029-11-19", "2029-11-19"),
    "this week (Thu closed, Fri arguable)": ("2029-11-19", "2029-11-23"),
    "tmrw / thanksgiving / thurs (closed)": ("2029-11-22", "2029-11-22"),
    "fri / black friday (Arguable: the clinic's call)": ("2029-11-23", "2029-11-23"),
    "this weekend (not assumed either way)": ("2029-11-24", "2029-11-25"),
    "last week": ("2029-11-12", "2029-11-16"),
    "last wed / a week ago": ("2029-11-14", "2029-11-14"),
    "next week": ("2029-11-26", "2029-11-30"),
    "next mon / mon": ("2029-11-26", "2029-11-26"),
    "next tues": ("2029-11-27", "2029-11-27"),
    "next wed / a week from today": ("2029-11-28", "2029-11-28"),
    "next thurs": ("2029-11-29", "2029-11-29"),
    "next fri / the 30th / end of the month": ("2029-11-30", "2029-11-30"),
    "first week of december / the 3rd": ("2029-12-03", "2029-12-07"),
    "in 2 weeks": ("2029-12-05", "2029-12-05"),
    "december / before the year ends": ("2029-12-01", "2029-12-31"),
    "christmas week (Tue Dec 25 arguable)": ("2029-12-24", "2029-12-28"),
    "this month / november so far / mtd": ("2029-11-01", "2029-11-21"),
    "november (whole)": ("2029-11-01", "2029-11-30"),
    "last month / october": ("2029-10-01", "2029-10-31"),
    "last november / november last year": ("2028-11-01", "2028-11-30"),
    "thanksgiving last year": ("2028-11-23", "2028-11-23"),
    "q3 / last quarter": ("2029-07-01", "2029-09-30"),
    "ytd / this year": ("2029-01-01", "2029-11-21"),
    "next year / january": ("2030-01-01", "2030-01-31"),
    "last 30 days": ("2029-10-22", "2029-11-21"),
    "no payment in 30 days (none since)": ("2029-10-22", "2029-10-22"),
    "no payment in 60 days (none since)": ("2029-09-22", "2029-09-22"),
    "over 90 days (before)": ("2029-08-23", "2029-08-23"),
    "over 120 days (before)": ("2029-07-24", "2029-07-24"),
    "medicare 12-month limit (DOS Tue Nov 21, 2028: last day today; DOS Mon Nov 20, 2028: past)": (
        "2028-11-20",
        "2028-11-21",
    ),
    "medicare 12-month limit (DOS Tue Nov 28, 2028: last day Wed Nov 28, 2029)": ("2028-11-28", "2029-11-28"),
    "unsigned over 24 h (visits before Tue Nov 20, 2029 12:30 PM)": ("2029-11-20", "2029-11-20"),
    "poc certified Wed Aug 29, 2029 (90 days: through Tue Nov 27, 2029; recert before then)": (
        "2029-08-29",
        "2029-11-27",
    ),
    "auth expiring Fri Nov 30, 2029 with December visits booked": ("2029-11-30", "2029-11-30"),
    "deductibles, out-of-pocket and the KX count reset (calendar-year plans)": ("2030-01-01", "2030-01-01"),
}
SITUATIONS = [
    "Wednesday 12:30 PM, lunchtime the day before Thanksgiving: the morning's visits done, a 12:00 visit"
    " under way, 12:30 starting now, 1:00 PM onward ahead; nobody booked at 1:00 PM or later can be a no-show"
    " yet",
    "closed: Thanksgiving Day Thu Nov 22, 2029 (tomorrow); the Friday after (Fri Nov 23, 2029) is the"
    " clinic's call: every row that rests on it carries 'Arguable: ...' accepting the reply that follows the"
    " clinic calendar; weekends are not assumed either way",
    "people leaving early today: a therapist ({provider} in the rows) leaves at 3:00 PM today; her 3:00 PM"
    " and later patients to move",
    "Thanksgiving week and next week rebuilt: a standing Thursday series that lands on Thu Nov 22, 2029;"
    " patients travelling for the holiday cancel or move visits to Mon Nov 26 - Fri Nov 30, 2029",
    "year-end: deductibles met on calendar-year plans (patients wanting more visits before Dec 31, 2029,"
    " which never lifts an authorization limit); what resets Jan 1, 2030 is the plan's, not the assistant's,"
    " to say",
    "Medicare's yearly therapy threshold (KX): a patient near the 2029 figure (read from the payer profile,"
    " never the 2025 or 2026 figure given as 2029's); $3,000 targeted review per year",
    "authorizations expiring before December: one ends Fri Nov 30, 2029 with visits booked the first week"
    " of December; drafts of re-authorization requests (never sent by the assistant)",
    "a plan of care certified Wed Aug 29, 2029 (90 days: through Tue Nov 27, 2029): recert due before next"
    " Tuesday's visit",
    "November 2029 claims: some not sent; November 2029 vs November 2028; October's totals; denials with"
    " CO-6, CO-7, CO-9, CO-13, CO-49, CO-54, CO-A1 and PR-100 (none in blind1-38's READMEs)",
    "Medicare's 12-month filing limit: DOS Tue Nov 21, 2028 must go out today; DOS Tue Nov 28, 2028 by"
    " Wed Nov 28, 2029; DOS Mon Nov 20, 2028 is past",
    "a couple of the same household ({patient} and {patient_b}) both seen at the clinic",
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
        "arguable_days": ARGUABLE,
        "tz": TZINFO,
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
            phr.append({"id": f"b39-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b39-cv-{len(convs) + 1:02d}"
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
