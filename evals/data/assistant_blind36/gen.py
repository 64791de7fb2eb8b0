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
NOW_LOCAL = "2030-07-03T11:10:00-04:00"  # Wed, EDT, the day before Independence Day (Thu Jul 4, 2030, closed)
NOW_UTC = "2030-07-03T15:10:00Z"
FAKETIME = "env -u TZ faketime -f '@2030-07-03 15:10:00' <command>"
WINDOW = (dt.date(2028, 1, 1), dt.date(2030, 12, 31))
# The one day the rows treat as closed: Independence Day (Thu Jul 4, 2030, tomorrow). Fri Jul 5, 2030 is a
# "bridge" day: NOT assumed open or closed. Every row that names it carries "Arguable: ..." (build_check.py
# checks that). Saturdays and Sundays are not assumed either way: the clinic calendar decides.
CLOSED = {
    "2030-07-04": "Independence Day (Thu)",
}
BRIDGE = "2030-07-05"
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / today / this morning / this wed": ("2030-07-03", "2030-07-03"),
    "8:00 - 10:00 (done) / the 10:30 (under way) / the 11:00 (started 10 min ago) / 11:30 on (ahead)": (
        "2030-07-03",
        "2030-07-03",
    ),
    "yesterday / tues / the 2nd": ("2030-07-02", "2030-07-02"),
    "mon / the 1st / start of q3 and h2": ("2030-07-01", "2030-07-01"),
    "last fri / the 28th": ("2030-06-28", "2030-06-28"),
    "last week": ("2030-06-24", "2030-06-28"),
    "tmrw / thurs / the 4th / july 4th / first thing tmrw (closed)": ("2030-07-04", "2030-07-04"),
    "fri / the 5th / the bridge day (Arguable: the calendar decides open or closed)": (
        "2030-07-05",
        "2030-07-05",
    ),
    "this week / rest of the week (Thu closed, Fri arguable)": ("2030-07-01", "2030-07-05"),
    "the weekend / sat (calendar decides)": ("2030-07-06", "2030-07-07"),
    "after the 4th (Fri Jul 5 if open, else Mon Jul 8: Arguable)": ("2030-07-05", "2030-07-08"),
    "next mon / the 8th": ("2030-07-08", "2030-07-08"),
    "next week": ("2030-07-08", "2030-07-12"),
    "next tues or wed am (mornings)": ("2030-07-09", "2030-07-10"),
    "next wed / a week from today / the 10th": ("2030-07-10", "2030-07-10"),
    "the week after next": ("2030-07-15", "2030-07-19"),
    "in 2 weeks": ("2030-07-17", "2030-07-17"),
    "a therapist's vacation (Mon Jul 8 - Fri Jul 19, 2030, back Mon Jul 22)": ("2030-07-08", "2030-07-22"),
    "heat advisory (forecast Wed Jul 3 - Tue Jul 9, 2030)": ("2030-07-03", "2030-07-09"),
    "end of the month / the 31st": ("2030-07-31", "2030-07-31"),
    "early aug / first week of aug": ("2030-08-05", "2030-08-09"),
    "labor day (not a row's closed day; calendar decides)": ("2030-09-02", "2030-09-02"),
    "this month / july so far / mtd": ("2030-07-01", "2030-07-03"),
    "last month / june": ("2030-06-01", "2030-06-30"),
    "may (the month before last)": ("2030-05-01", "2030-05-31"),
    "last quarter / q2": ("2030-04-01", "2030-06-30"),
    "q1": ("2030-01-01", "2030-03-31"),
    "h1 / first half / ytd through june": ("2030-01-01", "2030-06-30"),
    "ytd (to today)": ("2030-01-01", "2030-07-03"),
    "same quarter last year / q2 2029": ("2029-04-01", "2029-06-30"),
    "h1 last year / h1 2029": ("2029-01-01", "2029-06-30"),
    "last 30 days": ("2030-06-03", "2030-07-03"),
    "no payment in 30 days (none since)": ("2030-06-03", "2030-06-03"),
    "no payment in 60 days (none since)": ("2030-05-04", "2030-05-04"),
    "over 90 days (before)": ("2030-04-04", "2030-04-04"),
    "over 120 days (before)": ("2030-03-05", "2030-03-05"),
    "medicare 12-month limit (DOS before Tue Jul 3, 2029 past; Tue Jul 3 - Thu Jul 5, 2029 run out now)": (
        "2029-07-03",
        "2029-07-05",
    ),
    "unsigned over 24 h (visits before Tue Jul 2 11:10: Tue morning and earlier)": (
        "2030-07-02",
        "2030-07-02",
    ),
    "pt auth ended Sun Jun 30, 2030 (renewal sent Mon Jun 24, pending)": ("2030-06-24", "2030-06-30"),
    "auths ending this month": ("2030-07-03", "2030-07-31"),
    "poc certified Mon Apr 8, 2030 (90 days: ends about Sun Jul 7, 2030)": ("2030-04-08", "2030-07-07"),
}
SITUATIONS = [
    "Independence Day Thu Jul 4, 2030: the clinic is closed; visits (some from weekly series) booked on it by"
    " mistake must move; 'tmrw', 'first thing tmrw', 'the 4th' fall on it",
    "Fri Jul 5, 2030 is a bridge day: the author does not know whether the clinic is open;"
    " every row that rests on it carries 'Arguable: ...' and accepts the reply that follows the"
    " clinic calendar",
    "Wednesday 11:10: the 8:00 - 10:00 AM visits done, the 10:30 under way, the 11:00 started 10 minutes ago,"
    " 11:30 AM onward ahead; nobody can be a no-show yet for a visit at or after 11:30",
    "a heat wave (heat advisory Wed Jul 3 - Tue Jul 9, 2030): patients cancel for the heat (not"
    " no-shows, and no late-cancel fee unless the clinic's policy says so); the owner may close"
    " early today (said in the line)",
    "school is out: pediatric visits moved to mornings; parents away on vacation weeks (asked by the parent)",
    "a therapist ({provider} in the rows) on vacation Mon Jul 8 - Fri Jul 19, 2030 (back Mon Jul 22):"
    " visits moved to others of the same discipline, or to after the 22nd",
    "the quarter and half-year just closed: Q2 / H1 2030 KPIs, June vs May, Q2 2030 vs Q2 2029",
    "a PT authorization that ended Sun Jun 30, 2030 with a renewal sent Mon Jun 24 and pending; an OT"
    " authorization with fewer visits left than booked; an SLP authorization ending Wed Jul 31, 2030",
    "a biller working denials: CO-19, CO-26, CO-140, CO-181, CO-182, CO-183, CO-185, CO-234 (none in"
    " blind31-35's READMEs)",
    "a plan of care certified Mon Apr 8, 2030 (90 days: through about Sun Jul 7, 2030):"
    " recert before Mon Jul 8",
    "Medicare claims with early July 2029 dates of service never sent (12-month filing limit now)",
    "a parent calling for two children of the same household ({patient} and {patient_b})",
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
        "bridge_day": BRIDGE,
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
            phr.append({"id": f"b36-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b36-cv-{len(convs) + 1:02d}"
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
