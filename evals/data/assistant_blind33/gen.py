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
NOW_LOCAL = "2029-09-04T09:30:00-04:00"  # Tue, EDT, the day after Labor Day (Mon Sep 3, 2029, closed)
NOW_UTC = "2029-09-04T13:30:00Z"
FAKETIME = "env -u TZ faketime -f '@2029-09-04 13:30:00' <command>"
WINDOW = (dt.date(2028, 1, 1), dt.date(2029, 12, 31))
# Days the rows treat as closed: Labor Day (yesterday) and Thanksgiving (Thu Nov 22, 2029).
# Sat/Sun hours, Columbus Day (Mon Oct 8, 2029) and the day after Thanksgiving are NOT assumed:
# the calendar decides.
CLOSED = {"2029-09-03": "Labor Day (Mon)", "2029-11-22": "Thanksgiving (Thu)"}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / this morning / today / this tuesday": ("2029-09-04", "2029-09-04"),
    "the 8:00-9:00s (over or under way) / the 9:30s (starting now)": ("2029-09-04", "2029-09-04"),
    "yesterday / labor day / monday (closed)": ("2029-09-03", "2029-09-03"),
    "the long weekend (Sat - Labor Day Mon)": ("2029-09-01", "2029-09-03"),
    "fri / last fri (past) / 8/31": ("2029-08-31", "2029-08-31"),
    "last week (the week b4 labor day)": ("2029-08-27", "2029-08-31"),
    "tmrw / wed / the 5th": ("2029-09-05", "2029-09-05"),
    "thurs / the 6th": ("2029-09-06", "2029-09-06"),
    "fri (coming) / this fri / the 7th": ("2029-09-07", "2029-09-07"),
    "this week (Mon closed)": ("2029-09-04", "2029-09-07"),
    "rest of the week (from tmrw)": ("2029-09-05", "2029-09-07"),
    "mon / next mon / the 10th": ("2029-09-10", "2029-09-10"),
    "next tues (said on a tuesday: name it or ask; Sep 11 is the plain reading)": (
        "2029-09-11",
        "2029-09-11",
    ),
    "a week from today / the 11th": ("2029-09-11", "2029-09-11"),
    "next week": ("2029-09-10", "2029-09-14"),
    "in 2 weeks (a tuesday)": ("2029-09-18", "2029-09-18"),
    "end of the month / 9/30 (a Sunday) / last business day": ("2029-09-28", "2029-09-30"),
    "end of the quarter / q3": ("2029-07-01", "2029-09-30"),
    "oct 1 / the 1st (coming, a Monday)": ("2029-10-01", "2029-10-01"),
    "columbus day (calendar decides)": ("2029-10-08", "2029-10-08"),
    "halloween": ("2029-10-31", "2029-10-31"),
    "thanksgiving (closed) / the week of thanksgiving": ("2029-11-19", "2029-11-23"),
    "this month / september so far / mtd": ("2029-09-01", "2029-09-04"),
    "last month / august": ("2029-08-01", "2029-08-31"),
    "the summer (jun - aug)": ("2029-06-01", "2029-08-31"),
    "q2": ("2029-04-01", "2029-06-30"),
    "q3 so far / this quarter": ("2029-07-01", "2029-09-04"),
    "ytd / since jan (KX, deductibles)": ("2029-01-01", "2029-09-04"),
    "august last year": ("2028-08-01", "2028-08-31"),
    "last 30 days": ("2029-08-05", "2029-09-04"),
    "no payment in 60 days (none since)": ("2029-07-06", "2029-07-06"),
    "over 90 days (before) / 90-day filing limit past": ("2029-06-06", "2029-06-06"),
    "90-day filing limit near (services)": ("2029-06-06", "2029-07-06"),
    "over 120 days (before)": ("2029-05-07", "2029-05-07"),
    "a year ago today (12-month filing limit: services before)": ("2028-09-04", "2028-09-04"),
    "unsigned over 24 h (visits before Mon Sep 3 09:30, a closed day: so Fri Aug 31 and earlier)": (
        "2029-08-31",
        "2029-09-03",
    ),
    "pocs / auths ending soon (next 2 weeks)": ("2029-09-04", "2029-09-18"),
    "after school (kids back in school from today)": ("2029-09-04", "2029-12-31"),
}
SITUATIONS = [
    "visits that were booked on Mon Sep 3, 2029 (Labor Day, closed): some moved, some never rebooked",
    "long-weekend voicemails: cancellations and reschedule requests left Sat Sep 1 - Mon Sep 3, 2029",
    "8:00 / 8:30 / 9:00 AM visits today over or under way, the 9:30 AM starting now, 10:00 AM"
    " and later ahead",
    "school started today: kids who had summer mornings (through Fri Aug 31, 2029) need"
    " after-school slots (3:00 PM on)",
    "a provider back today from leave (out Mon Aug 20 - Fri Aug 31, 2029) and a new hire"
    " starting Mon Sep 10, 2029",
    "an authorization that ended Fri Aug 31, 2029 with visits still booked this week, and one"
    " ending Sun Sep 30, 2029",
    "a plan of care certified Jun 7 - Sep 4, 2029 (90 days, ends today) and progress reports due",
    "a hurricane watch: the owner may close Thu Sep 6, 2029 from noon",
    "a returned (NSF) check, a credit balance (overpayment), a secondary claim after a primary payment",
    "a denied claim (CO-4, CO-18, CO-22, CO-29 or CO-119) and PR-2 / PR-3 patient"
    " responsibility; CO-45 adjustments",
    "unsigned notes from Thu Aug 30 - Fri Aug 31, 2029 (older than 24 hours) and assistant"
    " notes waiting for co-signature",
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
            phr.append({"id": f"b33-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b33-cv-{len(convs) + 1:02d}"
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
