#!/usr/bin/env python3
"""Writes phrasings.jsonl and conversations.jsonl from the rows in rows_*.py. Stdlib only."""

import collections
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


def row(asker, text, intent, slots, tags, must, must_not, note=""):
    m = {"intent": intent}
    m.update(slots)
    m["tags"] = [TAG[t] for t in tags]
    return {"asker": ASK[asker], "text": text, "meaning": m, "must": must, "must_not": must_not, "note": note}


R = row


def main():
    phr, convs = [], []
    cnt = collections.Counter()
    for path in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        mod.R = row
        spec.loader.exec_module(mod)
        for r in getattr(mod, "ROWS", []):
            p = PFX[r["meaning"]["intent"]]
            cnt[p] += 1
            phr.append({"id": f"b28-{p}-{cnt[p]:02d}", **r})
        for c in getattr(mod, "CONVS", []):
            cid = f"b28-cv-{len(convs) + 1:02d}"
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
        for r in phr:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
        for c in convs:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(phr), "phrasings,", len(convs), "conversations")


if __name__ == "__main__":
    main()
