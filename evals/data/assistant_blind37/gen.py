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
NOW_LOCAL = (
    "2030-11-01T15:25:00-04:00"  # Fri, EDT, two days before daylight saving time ends (Sun Nov 3, 2030)
)
NOW_UTC = "2030-11-01T19:25:00Z"
FAKETIME = "env -u TZ faketime -f '@2030-11-01 19:25:00' <command>"
WINDOW = (
    dt.date(2028, 1, 1),
    dt.date(2031, 3, 31),
)  # to Q1 2031: open enrollment, new plans, auths into 2031
# Closed days the rows assume: this weekend (Sat Nov 2 / Sun Nov 3, 2030) and Thanksgiving (Thu Nov 28, 2030).
# Veterans Day (Mon Nov 11, 2030) and the Friday after Thanksgiving (Fri Nov 29, 2030) are NOT assumed open or
# closed: every row that names them carries "Arguable: ..." (build_check.py checks that).
# Other weekends are not assumed either way: the clinic calendar decides.
CLOSED = {
    "2030-11-02": "Saturday (this weekend)",
    "2030-11-03": "Sunday (this weekend; daylight saving time ends at 2:00 AM)",
    "2030-11-28": "Thanksgiving (Thu)",
}
ARGUABLE = {"2030-11-11": "Veterans Day (Mon)", "2030-11-29": "Friday after Thanksgiving"}
# Daylight saving time ends Sun Nov 3, 2030 at 2:00 AM: clinic times do not move.
# Today is UTC-4, next week UTC-5.
DST = {
    "ends": "2030-11-03",
    "today_8am": ["2030-11-01T08:00:00-04:00", "2030-11-01T12:00:00Z"],
    "next_mon_8am": ["2030-11-04T08:00:00-05:00", "2030-11-04T13:00:00Z"],
}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / today / this afternoon / this fri": ("2030-11-01", "2030-11-01"),
    "the morning (done) / the 3:00 (under way) / 3:30 PM on (ahead: the late visits)": (
        "2030-11-01",
        "2030-11-01",
    ),
    "yesterday / thurs / halloween / the 31st": ("2030-10-31", "2030-10-31"),
    "this week": ("2030-10-28", "2030-11-01"),
    "last week": ("2030-10-21", "2030-10-25"),
    "last fri": ("2030-10-25", "2030-10-25"),
    "this weekend / sat / sun (closed; DST ends Sun 2:00 AM)": ("2030-11-02", "2030-11-03"),
    "mon / next mon / the 4th (first day on EST: times unchanged)": ("2030-11-04", "2030-11-04"),
    "next week": ("2030-11-04", "2030-11-08"),
    "next tues / the 5th (election day; not assumed closed)": ("2030-11-05", "2030-11-05"),
    "next fri / a week from today / the 8th": ("2030-11-08", "2030-11-08"),
    "veterans day / the 11th (Arguable: the calendar decides)": ("2030-11-11", "2030-11-11"),
    "the week after next (Mon Nov 11 arguable)": ("2030-11-11", "2030-11-15"),
    "in 2 weeks": ("2030-11-15", "2030-11-15"),
    "thanksgiving week (Thu closed, Fri arguable)": ("2030-11-25", "2030-11-29"),
    "thanksgiving (closed)": ("2030-11-28", "2030-11-28"),
    "the friday after thanksgiving (Arguable)": ("2030-11-29", "2030-11-29"),
    "end of the month / end of nov": ("2030-11-30", "2030-11-30"),
    "the leaving therapist's last day (Wed Nov 27, 2030)": ("2030-11-27", "2030-11-27"),
    "december / after she leaves": ("2030-12-01", "2030-12-31"),
    "end of the year (deductibles reset Jan 1, 2031)": ("2030-12-31", "2030-12-31"),
    "this month / nov so far / mtd": ("2030-11-01", "2030-11-01"),
    "last month / october": ("2030-10-01", "2030-10-31"),
    "sept / the month before": ("2030-09-01", "2030-09-30"),
    "october last year": ("2029-10-01", "2029-10-31"),
    "q3 / last quarter": ("2030-07-01", "2030-09-30"),
    "q4 so far": ("2030-10-01", "2030-11-01"),
    "ytd through october": ("2030-01-01", "2030-10-31"),
    "ytd (to today)": ("2030-01-01", "2030-11-01"),
    "last 30 days": ("2030-10-02", "2030-11-01"),
    "no payment in 30 days (none since)": ("2030-10-02", "2030-10-02"),
    "no payment in 60 days (none since)": ("2030-09-02", "2030-09-02"),
    "over 90 days (before)": ("2030-08-03", "2030-08-03"),
    "over 120 days (before)": ("2030-07-04", "2030-07-04"),
    "medicare 12-month limit (DOS before Thu Nov 1, 2029 past; Thu Nov 1, 2029 runs out today)": (
        "2029-11-01",
        "2029-11-01",
    ),
    "unsigned over 24 h (visits before Thu Oct 31, 2030 3:25 PM)": ("2030-10-31", "2030-10-31"),
    "poc certified Mon Aug 5, 2030 (90 days: through about Sun Nov 3, 2030; recert before Mon Nov 4)": (
        "2030-08-05",
        "2030-11-03",
    ),
    "auths ending this month": ("2030-11-01", "2030-11-30"),
}
SITUATIONS = [
    "Friday 3:25 PM: the morning visits done, the 3:00 under way, 3:30 PM onward ahead (the late visits);"
    " nobody booked at 3:30 or later can be a no-show yet",
    "this weekend (Sat Nov 2 - Sun Nov 3, 2030) the clinic is closed; daylight saving time ends Sun Nov 3 at"
    " 2:00 AM: a visit at 8:00 AM Mon Nov 4 stays 8:00 AM clinic time (13:00 UTC), and every time is"
    " given in clinic time",
    "Veterans Day Mon Nov 11, 2030: the author does not know whether the clinic closes; every row that rests"
    " on it carries 'Arguable: ...' accepting the reply that follows the clinic calendar",
    "Thanksgiving Thu Nov 28, 2030 closed; Fri Nov 29, 2030 arguable (the calendar decides)",
    "Halloween yesterday (Thu Oct 31, 2030): several evening no-shows; flu season: patients cancel for"
    " illness (a cancellation, never a no-show, no fee except by policy)",
    "October just closed: October vs September, October 2030 vs October 2029, YTD through October; Q4 begun",
    "open enrollment: patients ask whether next year's plan changes their visits; the record holds only"
    " the current coverage",
    "end-of-year: deductibles met or not for 2030 (reset Jan 1, 2031 per plan); the 2030 KX threshold read"
    " from the payer profile; $3,000 targeted review",
    "a therapist ({provider} in the rows) leaves the clinic at the end of November (last day Wed Nov 27,"
    " 2030): her series past that date are handed to others of the same discipline",
    "a plan of care certified Mon Aug 5, 2030 (90 days: through about Sun Nov 3, 2030): recert before Mon"
    " Nov 4; authorizations ending in November",
    "a biller working denials: CO-5, CO-8, CO-39, CO-59, CO-62, CO-129, CO-242, CO-B9 (none in"
    " blind31-36's READMEs)",
    "Medicare claims with a Thu Nov 1, 2029 date of service never sent"
    " (12-month filing limit runs out today)",
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
        "arguable_days": ARGUABLE,
        "dst": DST,
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
            phr.append({"id": f"b37-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b37-cv-{len(convs) + 1:02d}"
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
