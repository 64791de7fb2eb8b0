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
NOW_LOCAL = "2029-01-02T09:05:00-05:00"  # Tue, EST, first day back after New Year's Day (Mon Jan 1, 2029)
NOW_UTC = "2029-01-02T14:05:00Z"
FAKETIME = "env -u TZ faketime -f '@2029-01-02 14:05:00' <command>"
WINDOW = (
    dt.date(2027, 1, 1),
    dt.date(2029, 12, 31),
)  # from 2027 (December 2027 vs December 2028, Medicare's 12-month limit) to the end of 2029
# Closed days the rows assume: the weekend just past (Sat Dec 30 / Sun Dec 31, 2028), New Year's Day
# (Mon Jan 1, 2029) and the coming weekend (Sat Jan 6 / Sun Jan 7, 2029).
# Martin Luther King Jr. Day (Mon Jan 15, 2029) and Christmas Day (Mon Dec 25, 2028) are NOT assumed open or
# closed: every row that names them carries "Arguable: ..." (build_check.py checks that).
# Other weekends are not assumed either way: the clinic calendar decides.
CLOSED = {
    "2028-12-30": "Saturday (the weekend just past)",
    "2028-12-31": "Sunday (the weekend just past; New Year's Eve)",
    "2029-01-01": "New Year's Day (Mon)",
    "2029-01-06": "Saturday (this weekend)",
    "2029-01-07": "Sunday (this weekend)",
}
ARGUABLE = {"2029-01-15": "Martin Luther King Jr. Day (Mon)", "2028-12-25": "Christmas Day (Mon, past)"}
# No clock change near the moment: the clinic is on EST (UTC-5) from Sun Nov 5, 2028 to Sun Mar 11, 2029.
TZINFO = {
    "zone": "America/New_York",
    "offset": "-05:00",
    "today_8am": ["2029-01-02T08:00:00-05:00", "2029-01-02T13:00:00Z"],
    "dst_starts": "2029-03-11",
}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / today / this morning / first day back": ("2029-01-02", "2029-01-02"),
    "the 8:00 (done or ending) / the 9:00 (under way) / 9:30 AM on (ahead)": ("2029-01-02", "2029-01-02"),
    "yesterday / new year's day (closed)": ("2029-01-01", "2029-01-01"),
    "the weekend just past / new year's eve (closed)": ("2028-12-30", "2028-12-31"),
    "last fri / the last day open in 2028": ("2028-12-29", "2028-12-29"),
    "last week / christmas week (Mon Dec 25 arguable)": ("2028-12-25", "2028-12-29"),
    "christmas (Arguable: the calendar decides)": ("2028-12-25", "2028-12-25"),
    "this week (Mon closed)": ("2029-01-01", "2029-01-05"),
    "tmrw / wed": ("2029-01-03", "2029-01-03"),
    "thurs / the snow day forecast": ("2029-01-04", "2029-01-04"),
    "fri / this fri": ("2029-01-05", "2029-01-05"),
    "this weekend / sat / sun (closed)": ("2029-01-06", "2029-01-07"),
    "next mon / mon": ("2029-01-08", "2029-01-08"),
    "next week": ("2029-01-08", "2029-01-12"),
    "next tues / a week from today": ("2029-01-09", "2029-01-09"),
    "mlk day / the 15th (Arguable: the calendar decides)": ("2029-01-15", "2029-01-15"),
    "the week after next (Mon Jan 15 arguable)": ("2029-01-15", "2029-01-19"),
    "in 2 weeks": ("2029-01-16", "2029-01-16"),
    "end of the month / end of jan": ("2029-01-31", "2029-01-31"),
    "february": ("2029-02-01", "2029-02-28"),
    "this month / jan so far / mtd / ytd": ("2029-01-01", "2029-01-02"),
    "last month / december": ("2028-12-01", "2028-12-31"),
    "december last year": ("2027-12-01", "2027-12-31"),
    "november": ("2028-11-01", "2028-11-30"),
    "q4 / last quarter": ("2028-10-01", "2028-12-31"),
    "last year / 2028 / year end totals": ("2028-01-01", "2028-12-31"),
    "2027": ("2027-01-01", "2027-12-31"),
    "last 30 days": ("2028-12-03", "2029-01-02"),
    "no payment in 30 days (none since)": ("2028-12-03", "2028-12-03"),
    "no payment in 60 days (none since)": ("2028-11-03", "2028-11-03"),
    "over 90 days (before)": ("2028-10-04", "2028-10-04"),
    "over 120 days (before)": ("2028-09-04", "2028-09-04"),
    "medicare 12-month limit (DOS Mon Jan 3, 2028: last day Wed Jan 3, 2029; DOS in 2027 past)": (
        "2028-01-03",
        "2028-01-03",
    ),
    "unsigned over 24 h (visits before Mon Jan 1, 2029 9:05 AM: all of 2028; today's not yet)": (
        "2028-12-29",
        "2028-12-29",
    ),
    "poc certified Wed Oct 4, 2028 (90 days: through Tue Jan 2, 2029, today; recert now)": (
        "2028-10-04",
        "2029-01-02",
    ),
    "the therapist back from leave (out Mon Nov 20 - Fri Dec 29, 2028; back today)": (
        "2028-11-20",
        "2029-01-02",
    ),
    "deductibles, out-of-pocket and the KX count reset (calendar-year plans)": ("2029-01-01", "2029-01-01"),
    "auths that ended with the year": ("2028-12-31", "2028-12-31"),
}
SITUATIONS = [
    "Tuesday 9:05 AM, the first day open in 2029: the 8:00 visits done or ending, the 9:00 under way,"
    " 9:30 AM onward ahead; nobody booked at 9:30 or later can be a no-show yet",
    "closed: Sat Dec 30 - Sun Dec 31, 2028 (the weekend just past), Mon Jan 1, 2029 (New Year's Day) and"
    " Sat Jan 6 - Sun Jan 7, 2029 (this weekend); Christmas Day Mon Dec 25, 2028 is arguable (past)",
    "Martin Luther King Jr. Day Mon Jan 15, 2029: the author does not know whether the clinic closes; every"
    " row that rests on it carries 'Arguable: ...' accepting the reply that follows the clinic calendar",
    "deductibles and out-of-pocket maximums reset Jan 1, 2029 on calendar-year plans: patients surprised by"
    " a bill for their first visits of 2029; December 2028 visits still count against the 2028 deductible",
    "Medicare's yearly therapy threshold (KX) restarts for 2029: the 2029 figure is read from the payer"
    " profile; a patient past it in 2028 starts 2029 at $0 (no KX until passed again); $3,000 targeted"
    " review likewise per year",
    "authorizations that ended Sun Dec 31, 2028 with January visits booked: new authorizations needed for"
    " the new year; drafts of re-authorization requests",
    "plan changes: patients bring a new insurance card effective Mon Jan 1, 2029; the old coverage stays on"
    " file for 2028 visits",
    "December 2028 claims not yet sent (the holiday weeks); December 2028 vs December 2027; year-end totals"
    " for 2028; Q4 2028",
    "the week rebuilt after holiday cancellations; a snowstorm forecast for Thu Jan 4, 2029 (patients"
    " cancel for snow: a cancellation, never a no-show; whether the clinic closes is the owner's call, not"
    " in the record)",
    "a therapist ({provider} in the rows) back today from leave (out Mon Nov 20 - Fri Dec 29, 2028): her"
    " schedule rebuilt, her patients seen by others while she was out",
    "a plan of care certified Wed Oct 4, 2028 (90 days: through Tue Jan 2, 2029): recert due now",
    "Medicare's 12-month filing limit: a claim with DOS Mon Jan 3, 2028 must go out by Wed Jan 3, 2029;"
    " DOS in December 2027 is past",
    "a biller working denials: CO-35, CO-58, CO-95, CO-107, CO-149, CO-177, CO-200, PR-27 (none in"
    " blind1-37's READMEs)",
    "a parent calling for two children of the same household ({patient} and {patient_b}), one of them"
    " with a new plan from Jan 1, 2029",
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
            phr.append({"id": f"b38-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b38-cv-{len(convs) + 1:02d}"
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
