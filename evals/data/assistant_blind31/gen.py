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
NOW_LOCAL = "2029-05-29T08:50:00-04:00"  # Tue, EDT, the morning after Memorial Day (Mon May 28, 2029, closed)
NOW_UTC = "2029-05-29T12:50:00Z"
FAKETIME = "env -u TZ faketime -f '@2029-05-29 12:50:00' <command>"
WINDOW = (dt.date(2028, 1, 1), dt.date(2029, 8, 31))
# Days the rows treat as closed: Memorial Day (yesterday) and Independence Day.
# Juneteenth (Tue Jun 19, 2029) is NOT assumed closed: the clinic calendar decides,
# and lines that touch it accept either answer.
CLOSED = {"2029-05-28": "Memorial Day (Mon)", "2029-07-04": "Independence Day (Wed)"}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / this morning / today": ("2029-05-29", "2029-05-29"),
    "the 8:30s (began 20 min ago) / the 8:00s (under way or no-show)": ("2029-05-29", "2029-05-29"),
    "yesterday / memorial day / mon (past) (closed)": ("2029-05-28", "2029-05-28"),
    "the weekend (past)": ("2029-05-26", "2029-05-27"),
    "fri (past) / last fri": ("2029-05-25", "2029-05-25"),
    "last week": ("2029-05-21", "2029-05-25"),
    "a week ago / last tues": ("2029-05-22", "2029-05-22"),
    "last monday (ask: yesterday, closed, or Mon May 21)": ("2029-05-21", "2029-05-28"),
    "tmrw / wed / the 30th": ("2029-05-30", "2029-05-30"),
    "thurs / end of the month / the 31st / 5/31": ("2029-05-31", "2029-05-31"),
    "fri / the 1st / june 1": ("2029-06-01", "2029-06-01"),
    "this week (short week, Mon closed)": ("2029-05-29", "2029-06-01"),
    "rest of the week (from tmrw)": ("2029-05-30", "2029-06-01"),
    "sat / this weekend": ("2029-06-02", "2029-06-03"),
    "next monday / mon / this monday (coming)": ("2029-06-04", "2029-06-04"),
    "next tues / a week from today / the 5th": ("2029-06-05", "2029-06-05"),
    "next week / first week of june (provider's vacation)": ("2029-06-04", "2029-06-08"),
    "in 2 weeks (tue) / the 12th": ("2029-06-12", "2029-06-12"),
    "week after next": ("2029-06-11", "2029-06-15"),
    "summer schedule (from Mon Jun 11, when the record holds it)": ("2029-06-11", "2029-08-31"),
    "juneteenth (clinic calendar decides)": ("2029-06-19", "2029-06-19"),
    "end of june / end of q2": ("2029-06-30", "2029-06-30"),
    "july 4th (closed)": ("2029-07-04", "2029-07-04"),
    "this month / may so far / mtd": ("2029-05-01", "2029-05-29"),
    "last month / april": ("2029-04-01", "2029-04-30"),
    "q2 so far / this quarter": ("2029-04-01", "2029-05-29"),
    "last quarter / q1": ("2029-01-01", "2029-03-31"),
    "ytd / since jan (KX, deductibles)": ("2029-01-01", "2029-05-29"),
    "may last year": ("2028-05-01", "2028-05-31"),
    "last 30 days": ("2029-04-29", "2029-05-29"),
    "no payment in 60 days (none since)": ("2029-03-30", "2029-03-30"),
    "over 90 days (before) / 90-day filing limit past": ("2029-02-28", "2029-02-28"),
    "90-day filing limit near (services)": ("2029-02-28", "2029-03-30"),
    "over 120 days (before)": ("2029-01-29", "2029-01-29"),
    "over 180 days (before)": ("2028-11-30", "2028-11-30"),
    "a year ago today (12-month filing limit: services before)": ("2028-05-29", "2028-05-29"),
    "unsigned over 24 h (visits before Mon May 28 08:50, closed: so Fri May 25 and earlier)": (
        "2029-05-25",
        "2029-05-28",
    ),
}
SITUATIONS = [
    "visits that were booked on Mon May 28, 2029 (Memorial Day, closed) and still need moving",
    "patients with a standing Monday visit ('the monday people') whose provider is on vacation"
    " Mon Jun 4 - Fri Jun 8, 2029",
    "8:30 AM visits today under way (checked in or not), 9:00 / 9:30 / 10:00 AM and afternoon visits ahead",
    "an authorization ending Thu May 31, 2029 with June visits booked, and one with 1-2 visits left",
    "a plan of care certified through Thu May 31, 2029 (re-evaluation due) with June visits booked",
    "two patients with the same first name (one of them with a nickname)",
    "a denied claim (CO-16, CO-97, CO-197 or PR-204) and a claim near a 90-day commercial filing limit",
    "unsigned notes from Fri May 25, 2029 (older than 24 hours) and assistant notes waiting for co-signature",
    "a wait list with patients who want early-morning or summer (after school) openings",
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
            phr.append({"id": f"b31-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b31-cv-{len(convs) + 1:02d}"
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
