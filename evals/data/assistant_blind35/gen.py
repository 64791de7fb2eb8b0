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
NOW_LOCAL = "2030-02-11T08:45:00-05:00"  # Mon, EST, the Monday after the snow closure of Fri Feb 8, 2030
NOW_UTC = "2030-02-11T13:45:00Z"
FAKETIME = "env -u TZ faketime -f '@2030-02-11 13:45:00' <command>"
WINDOW = (dt.date(2028, 1, 1), dt.date(2030, 6, 30))
# Days the rows treat as closed: Fri Feb 8, 2030 (snowstorm: the owner closed the clinic, last Friday) and
# Presidents' Day (Mon Feb 18, 2030, next Monday). Saturdays and Sundays are NOT assumed either way: the
# clinic calendar decides (keys accept what it holds, or a question back).
CLOSED = {
    "2030-02-08": "Snow closure (Fri): the owner closed the clinic for the storm",
    "2030-02-18": "Presidents' Day (Mon)",
}
D = dt.date.fromisoformat

# phrase -> (first day, last day) as said at the reference moment
PHRASES = {
    "now / today / this morning / this mon": ("2030-02-11", "2030-02-11"),
    "the 8:00 (under way or done) / the 8:30 (under way, started 15 min ago) / 9:00 on (ahead)": (
        "2030-02-11",
        "2030-02-11",
    ),
    "yesterday / sun / the weekend (past; calendar decides)": ("2030-02-09", "2030-02-10"),
    "fri (past) / last fri / the snow day / the 8th (closed, snow)": ("2030-02-08", "2030-02-08"),
    "last week (Fri closed, snow)": ("2030-02-04", "2030-02-08"),
    "last thurs / the 7th (the last open day before the storm)": ("2030-02-07", "2030-02-07"),
    "tmrw / tues / the 12th": ("2030-02-12", "2030-02-12"),
    "wed / the 13th": ("2030-02-13", "2030-02-13"),
    "thurs / valentines day / the 14th": ("2030-02-14", "2030-02-14"),
    "fri (ahead) / this fri / the 15th": ("2030-02-15", "2030-02-15"),
    "this week / rest of the week (from now / from tmrw)": ("2030-02-11", "2030-02-15"),
    "next mon / presidents day / the 18th (closed)": ("2030-02-18", "2030-02-18"),
    "next week (Mon Feb 18 closed: open days Tue Feb 19 - Fri Feb 22)": ("2030-02-18", "2030-02-22"),
    "next tues (Tue Feb 19; asking passes: tomorrow is Tue Feb 12)": ("2030-02-19", "2030-02-19"),
    "next wed / the 20th": ("2030-02-20", "2030-02-20"),
    "a week from today (Presidents' Day, closed) / in 2 weeks": ("2030-02-18", "2030-02-25"),
    "end of the month / the 28th": ("2030-02-28", "2030-02-28"),
    "the 1st / march 1": ("2030-03-01", "2030-03-01"),
    "the 2nd (ahead: Sat Mar 2, calendar decides; Sat Feb 2 is past)": ("2030-03-02", "2030-03-02"),
    "early march / first week of march": ("2030-03-04", "2030-03-08"),
    "leave (a therapist out Fri Feb 15 - Fri Mar 29, 2030, back Mon Apr 1)": ("2030-02-15", "2030-04-01"),
    "since the payer change (Fri Feb 1, 2030)": ("2030-02-01", "2030-02-11"),
    "this month / february so far / mtd": ("2030-02-01", "2030-02-11"),
    "last month / january": ("2030-01-01", "2030-01-31"),
    "this year / ytd / q1 so far": ("2030-01-01", "2030-02-11"),
    "last year / 2029": ("2029-01-01", "2029-12-31"),
    "same time last year / last february": ("2029-02-01", "2029-02-28"),
    "last 30 days": ("2030-01-12", "2030-02-11"),
    "no payment in 30 days (none since)": ("2030-01-12", "2030-01-12"),
    "no payment in 60 days (none since)": ("2029-12-13", "2029-12-13"),
    "over 90 days (before)": ("2029-11-13", "2029-11-13"),
    "over 120 days (before)": ("2029-10-14", "2029-10-14"),
    "medicare 12-month limit (DOS before Sun Feb 11, 2029 past; Mon Feb 12 - Fri Feb 16, 2029 run out now)": (
        "2029-02-11",
        "2029-02-17",
    ),
    "unsigned over 24 h (visits before Sun Feb 10 08:45: Thu Feb 7 and earlier, Fri Feb 8 closed)": (
        "2030-02-07",
        "2030-02-10",
    ),
    "auths ending this month / in 2 weeks": ("2030-02-11", "2030-02-28"),
    "poc certified Mon Nov 19, 2029 (90 days: ends Sun Feb 17, 2030)": ("2029-11-19", "2030-02-17"),
}
SITUATIONS = [
    "a snowstorm closed the clinic Fri Feb 8, 2030 (the owner's call, marked in the calendar or not): that"
    " day's visits are cancelled as clinic closed (weather), most not yet rebooked; never no-shows",
    "Monday 08:45: the 8:00 AM visits under way or done, the 8:30 AM started 15 minutes ago, 9:00 AM"
    " onward ahead; nobody can yet be a no-show for a visit after 8:45",
    "Presidents' Day Mon Feb 18, 2030: the clinic is closed; 'next mon' and 'a week from today' fall on it",
    "a payer change on Fri Feb 1, 2030: patients of one employer moved from their old plan to a new one"
    " (new payer, new member IDs); claims for Feb 1 - 7 dates of service sent to the old plan come back"
    " CO-109 / CO-27; the new plan needs its own authorizations",
    "a therapist going on leave Fri Feb 15 - Fri Mar 29, 2030 (back Mon Apr 1, 2030) whose patients must"
    " be moved to others of the same discipline",
    "a patient with two authorizations at once (PT and OT, each with its own visits and dates)",
    "a biller working a batch of denials: CO-109, CO-15, CO-198, CO-146, CO-B7, CO-252, CO-24, CO-170",
    "the owner asking KPIs by provider for January 2030 (visits, no-show rate, documentation time,"
    " revenue per visit, fill rate)",
    "a parent or spouse calling for two patients of the same household",
    "deductibles restarted Jan 1, 2030: February bills are higher; the 2030 KX threshold is read from the"
    " payer profile (not guessed)",
    "a plan of care certified Mon Nov 19, 2029 (90 days: through about Sun Feb 17, 2030): recert this week",
    "Medicare claims with February 2029 dates of service never sent (12-month filing limit this week)",
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
            phr.append({"id": f"b35-{p}-{cnt[p]:02d}", **x})
        for c in getattr(mod, "CONVS", []):
            cid = f"b35-cv-{len(convs) + 1:02d}"
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
