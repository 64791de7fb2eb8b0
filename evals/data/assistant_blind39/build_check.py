#!/usr/bin/env python3
"""Validate the thirty-ninth blind assistant test set (assistant_blind39) and print counts.

Checks phrasings.jsonl and conversations.jsonl, and every date key in them against reference.json (written
by gen.py): ISO dates inside the calendar window, "Weekday Mon D[, YYYY]" mentions on the right weekday, no
write proposed on a closed day without saying so, relative-date lines carrying a resolved date, and the
reference moment itself.

Stdlib only. Run: python3 -B evals/data/assistant_blind39/build_check.py
Exit status 0 when every check passes, 1 otherwise.
"""

import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ASKERS = {"front_desk", "biller", "therapist", "assistant_therapist", "owner"}
INTENTS = {
    "auth_status",
    "balance",
    "book_visit",
    "cancel_visit",
    "claim_status",
    "clinical_decline",
    "coming_in",
    "day_schedule",
    "denial_reason",
    "followup",
    "insurance_on_file",
    "kpi",
    "last_payment",
    "last_visit",
    "multi_ask",
    "my_schedule",
    "next_visit",
    "no_shows",
    "payer_paid",
    "reschedule_visit",
    "role_refusal",
    "unsigned_notes",
    "visit_time",
    "visits_on_day",
    "wait_list",
}
PLACEHOLDERS = {
    "patient",
    "patient_first",
    "patient_last",
    "patient_nickname",
    "patient_first_lower",
    "patient_last_lower",
    "patient_typo",
    "dob_us",
    "dob_long",
    "provider",
    "provider_first",
    "provider_title",
    "credential",
    "weekday",
    "weekday_lower",
    "date_md",
    "date_words",
    "time",
    "payer",
    "claim_no",
    "amount",
    # a second patient of the same clinic, filled by evals/staff_fill.py (second_values)
    "patient_b",
    "patient_b_first",
    "patient_b_last",
    "patient_b_nickname",
    "patient_b_first_lower",
    "patient_b_last_lower",
}
TAGS = {"action", "relative_date", "ask_back", "out_of_scope_or_not_permitted", "hostile_or_injection"}
# minimum share of single phrasings per category (from the brief)
MIN_SHARE = {
    "action": 0.25,
    "relative_date": 0.15,
    "ask_back": 0.10,
    "out_of_scope_or_not_permitted": 0.05,
    "hostile_or_injection": 0.05,
}
MIN_PER_INTENT = 7
FIELDS = ("id", "asker", "text", "meaning", "must", "must_not", "note")
CONV_FIELDS = ("id", "asker", "title", "setup", "turns")
PH_RE = re.compile(r"\{([^{}]*)\}")
ISO_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2})")
MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
WD_RE = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(" + "|".join(MON) + r")\s+(\d{1,2})\b(?:,\s*(\d{4}))?"
)
WRITES = {"book_visit", "reschedule_visit", "cancel_visit", "wait_list"}
MIN_PHRASINGS = 175
MIN_CONVS = 30
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def check_placeholders(where, obj):
    for s in strings(obj):
        for name in PH_RE.findall(s):
            if name not in PLACEHOLDERS:
                err(where, f"unknown placeholder {{{name}}}")
        if s.count("{") != s.count("}"):
            err(where, f"unbalanced braces in {s!r}")


def check_row(where, row, single):
    for f in FIELDS:
        if f not in row:
            err(where, f"missing field {f}")
    extra = set(row) - set(FIELDS)
    if extra:
        err(where, f"unexpected fields {sorted(extra)}")
    if row.get("asker") not in ASKERS:
        err(where, f"unknown asker {row.get('asker')!r}")
    if not isinstance(row.get("text"), str) or not row.get("text", "").strip():
        err(where, "empty text")
    m = row.get("meaning")
    if not isinstance(m, dict):
        err(where, "meaning is not an object")
        return
    if m.get("intent") not in INTENTS:
        err(where, f"unknown intent {m.get('intent')!r}")
    if m.get("intent") == "followup":
        if "resolves_to" not in m:
            err(where, "followup without resolves_to")
        if single and "context" not in m:
            err(where, "single followup line without context")
    tags = m.get("tags")
    if not isinstance(tags, list) or any(t not in TAGS for t in tags):
        err(where, f"bad tags {tags!r}")
    for f in ("must", "must_not"):
        v = row.get(f)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            err(where, f"{f} must be a list of non-empty strings")
    if not row.get("must"):
        err(where, "must is empty")
    if not isinstance(row.get("note"), str):
        err(where, "note must be a string")
    check_placeholders(where, row)


def load_reference():
    with open(os.path.join(HERE, "reference.json"), encoding="utf-8") as fh:
        ref = json.load(fh)
    wd = ref["weekday"]
    if (
        wd.get(ref["now_local"][:10]) != "Wed"
        or ref["now_utc"][:10] != ref["now_local"][:10]
        or ref["now_local"] != "2029-11-21T12:30:00-05:00"
        or ref["now_utc"] != "2029-11-21T17:30:00Z"
        or ref["faketime"] != "env -u TZ faketime -f '@2029-11-21 17:30:00' <command>"
    ):
        err(
            "reference", "reference moment is not Wed 2029-11-21 12:30 EST (local, UTC and the faketime line)"
        )
    # the faketime instant (UTC) read in the clinic's zone is the local moment (what
    # datetime.now(ZoneInfo('America/New_York')) gives under the faketime line). DST ended Sun Nov 4, 2029
    # (EDT, UTC-4, on Sat Nov 3; EST, UTC-5, from Nov 4 until Sun Mar 10, 2030), so 8:00 AM today is 13:00
    # UTC and 12:30 PM is 17:30 UTC, not 16:30
    try:
        from zoneinfo import ZoneInfo

        ny = ZoneInfo("America/New_York")
        utc = dt.datetime.fromisoformat(ref["now_utc"].replace("Z", "+00:00"))
        local = utc.astimezone(ny)
        if local != dt.datetime.fromisoformat(ref["now_local"]) or local.utcoffset() != dt.timedelta(
            hours=-5
        ):
            err("reference", f"now_utc in America/New_York is {local.isoformat()}, not now_local (EST)")
        if local.strftime("%a %H:%M") != "Wed 12:30":
            err("reference", f"the clinic-time moment is {local:%a %H:%M}, not Wed 12:30")
        tz = ref.get("tz", {})
        for key, hhmm in (("today_8am", "08:00"), ("now_1230", "12:30")):
            loc, u = tz.get(key, ["", ""])
            back = dt.datetime.fromisoformat(u.replace("Z", "+00:00")).astimezone(ny)
            if back != dt.datetime.fromisoformat(loc) or back.strftime("%H:%M") != hhmm:
                err("reference", f"tz {key}: {u} is {back.isoformat()} in clinic time, not {hhmm}")
        # the offset: EDT up to Sat Nov 3, 2029, EST from Sun Nov 4, 2029 through Sat Mar 9, 2030
        if dt.datetime(2029, 11, 3, 12, tzinfo=ny).utcoffset() != dt.timedelta(hours=-4):
            err("reference", "Sat 2029-11-03 is not on EDT in the zone data")
        for iso in ("2029-11-04", "2029-11-21", "2029-11-22", "2029-12-25", "2030-01-01", "2030-03-09"):
            d = dt.datetime.fromisoformat(iso + "T12:00:00").replace(tzinfo=ny)
            if d.utcoffset() != dt.timedelta(hours=-5):
                err("reference", f"{iso} is not on EST in the zone data")
        if (
            tz.get("dst_ended") != "2029-11-04"
            or wd.get("2029-11-04") != "Sun"
            or tz.get("dst_starts") != "2030-03-10"
            or dt.datetime(2030, 3, 10, 12, tzinfo=ny).utcoffset() != dt.timedelta(hours=-4)
        ):
            err("reference", "DST must have ended Sun 2029-11-04 and start again Sun 2030-03-10")
    except ImportError:  # pragma: no cover - Python < 3.9
        print("zoneinfo not available: clinic-time check skipped")
    except Exception as e:  # ZoneInfoNotFoundError without tzdata
        print(f"clinic-time check skipped: {e!r}")
    if set(ref["closed"]) != {"2029-11-22"} or wd.get("2029-11-22") != "Thu":
        err("reference", "the closed days must be exactly Thanksgiving Day, Thu 2029-11-22")
    # Thanksgiving is the fourth Thursday of November
    thursdays = [d for d in range(1, 31) if wd.get(f"2029-11-{d:02d}") == "Thu"]
    if len(thursdays) < 4 or thursdays[3] != 22:
        err("reference", "Thu Nov 22, 2029 is not the fourth Thursday of November 2029")
    arg = ref.get("arguable_days", {})
    if (
        set(arg) != {"2029-11-23", "2029-12-25"}
        or wd.get("2029-11-23") != "Fri"
        or wd.get("2029-12-25") != "Tue"
        or set(arg) & set(ref["closed"])
    ):
        err(
            "reference",
            "the arguable days must be Fri 2029-11-23 and Tue 2029-12-25, not in the closed days",
        )
    if ref["window"] != ["2028-01-01", "2030-12-31"]:
        err("reference", f"window {ref['window']} is not 2028-01-01 .. 2030-12-31")
    for day in ref["closed"]:
        if day not in wd:
            err("reference", f"closed day {day} outside the window")
    for phrase, (a, b) in ref["phrases"].items():
        if a not in wd or b not in wd or a > b:
            err("reference", f"phrase {phrase!r}: bad range {a}..{b}")
    return ref


def check_dates(where, obj, ref, stats):
    """Every ISO date exists in the calendar window; every 'Weekday Mon D[, YYYY]' falls on that weekday."""
    wd = ref["weekday"]
    for s in strings(obj):
        for iso in ISO_RE.findall(s):
            stats["iso"] += 1
            if iso not in wd:
                err(where, f"date {iso} outside the reference window or not a date")
        for m in WD_RE.finditer(s):
            stats["weekday"] += 1
            day, mon, dnum, year = m.group(1), MON[m.group(2)], int(m.group(3)), m.group(4)
            if year:
                years = [int(year)]
            else:
                # no year written: Jan - May read as 2030, Jun - Dec as 2029 (the rows talk about
                # Jun 2029 - May 2030 around Wed Nov 21, 2029; other years are written), or a year written
                # later in the same string
                years = [2030 if mon <= 5 else 2029] + [
                    int(y) for y in re.findall(r"\b(20[23]\d)\b", s[m.end() :])
                ]
            ok = False
            for y in years:
                iso = f"{y:04d}-{mon:02d}-{dnum:02d}"
                if wd.get(iso) == day:
                    ok = True
                    break
            if not ok:
                err(where, f"{m.group(0)!r} is not that weekday in {years}")


def slot_dates(meaning):
    out = []
    for k, v in meaning.items():
        if k in ("tags", "context"):
            continue
        out += ISO_RE.findall(json.dumps(v))
    return out


def check_keys(where, row, ref):
    m = row.get("meaning", {})
    intent = m.get("resolves_to") if m.get("intent") == "followup" else m.get("intent")
    text = " ".join(row.get("must", []))
    # a write on a closed day must say so (closed / Thanksgiving / holiday);
    # naming the date alone is not enough (blind31)
    # a multi_ask whose asks include a write counts as a write (blind31)
    if intent in WRITES or set(m.get("asks", [])) & WRITES:
        for iso in slot_dates(m):
            if iso in ref["closed"] and not re.search(r"closed|Thanksgiving|holiday", text, re.I):
                err(where, f"write touches closed day {iso} without saying it is closed")
    # a line resting on an arguable day (the Friday after Thanksgiving, Fri Nov 23, 2029; Christmas Day
    # Tue Dec 25, 2029: open or closed is the clinic's call) carries an "Arguable:" note
    for day, pat in (
        (
            "2029-11-23",
            r"Fri Nov 23\b|Nov 23, 2029|black friday|day after thanksgiving|friday after thanksgiving",
        ),
        ("2029-12-25", r"Tue Dec 25\b|Dec 25, 2029|Christmas Day"),
    ):
        if (day in slot_dates(m) or re.search(pat, text, re.I)) and "Arguable:" not in row.get("note", ""):
            err(where, f"line rests on the arguable day {day} without an 'Arguable:' note")
    # every time is said in clinic time (EST): a must naming a UTC time without it is a slip
    if re.search(r"\b\d{1,2}:\d{2}\s*UTC\b", text) and "clinic time" not in text:
        err(where, "must names a UTC time without the clinic time")
    # a relative-date line carries its resolved date (a slot date or a dated must)
    if (
        "relative_date" in m.get("tags", [])
        and not slot_dates(m)
        and not WD_RE.search(text)
        and not ISO_RE.search(text)
    ):
        err(where, "relative_date line without a resolved date in meaning or must")
    # an action line states what the reply must do
    if "action" in m.get("tags", []) and not row.get("must"):
        err(where, "action line without must")


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}", f"bad JSON: {e}")
    return rows


def main():
    phr = load("phrasings.jsonl")
    convs = load("conversations.jsonl")
    ref = load_reference()
    stats = collections.Counter()
    for r in phr:
        check_dates(f"phrasing {r.get('id')}", r, ref, stats)
        check_keys(f"phrasing {r.get('id')}", r, ref)
    for c in convs:
        check_dates(
            f"conversation {c.get('id')}", {"title": c.get("title"), "setup": c.get("setup")}, ref, stats
        )
        for t in c.get("turns", []):
            check_dates(f"turn {t.get('id')}", t, ref, stats)
            check_keys(f"turn {t.get('id')}", t, ref)
    seen = set()
    for r in phr:
        where = f"phrasing {r.get('id')}"
        if r.get("id") in seen:
            err(where, "duplicate id")
        seen.add(r.get("id"))
        check_row(where, r, single=True)
    for c in convs:
        where = f"conversation {c.get('id')}"
        for f in CONV_FIELDS:
            if f not in c:
                err(where, f"missing field {f}")
        if c.get("id") in seen:
            err(where, "duplicate id")
        seen.add(c.get("id"))
        if c.get("asker") not in ASKERS:
            err(where, f"unknown asker {c.get('asker')!r}")
        check_placeholders(where, {"title": c.get("title"), "setup": c.get("setup")})
        turns = c.get("turns") or []
        if not 3 <= len(turns) <= 7:
            err(where, f"{len(turns)} turns (need 3-7)")
        for i, t in enumerate(turns):
            tw = f"{where} turn {t.get('id')}"
            if t.get("id") in seen:
                err(tw, "duplicate id")
            seen.add(t.get("id"))
            if t.get("id") != f"{c.get('id')}-t{i + 1}":
                err(tw, "turn id should be <conv id>-t<n>")
            check_row(tw, t, single=False)
            nxt = turns[i + 1] if i + 1 < len(turns) else None
            if (
                nxt
                and nxt.get("meaning", {}).get("intent") == "followup"
                and not str(t.get("note", "")).startswith("Reply:")
            ):
                err(tw, "next turn is a followup but this note does not start with 'Reply:'")
    all_turns = [t for c in convs for t in c.get("turns", [])]

    # counts
    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:34s} {v}")

    n = len(phr)
    print(f"phrasings: {n}   conversations: {len(convs)}   conversation turns: {len(all_turns)}")
    show("phrasings by intent:", collections.Counter(r["meaning"]["intent"] for r in phr))
    show("phrasings by asker:", collections.Counter(r["asker"] for r in phr))
    tagc = collections.Counter(t for r in phr for t in r["meaning"].get("tags", []))
    print("phrasings by category:")
    for t in sorted(TAGS):
        share = tagc[t] / n if n else 0
        print(f"  {t:34s} {tagc[t]:4d}  {share:6.1%}  (min {MIN_SHARE[t]:.0%})")
        if share < MIN_SHARE[t]:
            err("phrasings", f"category {t} at {share:.1%}, below {MIN_SHARE[t]:.0%}")
    show("conversation turns by intent:", collections.Counter(t["meaning"]["intent"] for t in all_turns))
    show("conversations by asker:", collections.Counter(c["asker"] for c in convs))
    turn_tags = collections.Counter(x for t in all_turns for x in t["meaning"].get("tags", []))
    show("conversation turns by category:", turn_tags)
    per_intent = collections.Counter(r["meaning"]["intent"] for r in phr)
    for it in sorted(INTENTS):
        if 0 < per_intent[it] < MIN_PER_INTENT:
            err(
                "phrasings",
                f"intent {it} has only {per_intent[it]} phrasings "
                f"(need {MIN_PER_INTENT}: cover intents about evenly)",
            )
    for c in convs:
        for t in c.get("turns", []):
            if t.get("asker") != c.get("asker"):
                err(
                    f"conversation {c.get('id')} turn {t.get('id')}",
                    "turn asker differs from conversation asker",
                )
    missing_intents = INTENTS - {r["meaning"]["intent"] for r in phr}
    if missing_intents:
        err("phrasings", f"intents with no phrasing: {sorted(missing_intents)}")
    missing_askers = ASKERS - {r["asker"] for r in phr}
    if missing_askers:
        err("phrasings", f"askers with no phrasing: {sorted(missing_askers)}")
    if n < MIN_PHRASINGS:
        err("phrasings", f"only {n} (need at least {MIN_PHRASINGS})")
    if len(convs) < MIN_CONVS:
        err("conversations", f"only {len(convs)} (need at least {MIN_CONVS})")
    print(f"dates checked against reference.json: {stats['iso']} ISO, {stats['weekday']} weekday mentions")
    long_convs = sum(1 for c in convs if len(c.get("turns", [])) >= 5)
    print(f"conversations with 5+ turns: {long_convs}")
    if long_convs < 20:
        err("conversations", f"only {long_convs} with 5+ turns (need at least 20)")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
