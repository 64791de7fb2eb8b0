"""The drafter on scripted sessions (evals/data/sessions): codes and units exact, modifiers, fact
recall, negations kept, things said that must stay out, and invented numbers (must be zero)."""

import json
import re
from pathlib import Path

from scribe.draft import draft
from scribe.ground import grounded_numbers, invented_numbers
from scribe.transcript import parse

SESSIONS = Path(__file__).parent / "data" / "sessions"
NEGATION = re.compile(r"\b(no|denies|denied|without|not|never|none)\b", re.IGNORECASE)


def sessions() -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(SESSIONS.glob("*.json"))]


def score(session: dict) -> dict:
    segments = parse(session)
    result = draft(
        segments,
        discipline=session["discipline"],
        note_type=session["note_type"],
        role=session["role"],
        rule=session["rule"],
    )
    expected = session["expected"]
    text = "\n".join(result.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))
    lower = text.lower()
    codes = {c["code"]: c["units"] for c in result.codes}
    modifiers = {c["code"]: c["modifiers"] for c in result.codes}
    facts_found = [any(alt.lower() in lower for alt in fact.split("|")) for fact in expected["facts"]]
    negations_kept = [
        all(NEGATION.search(s) for s in re.split(r"(?<=[.!?])\s+|\n", text) if term in s.lower())
        and term in lower
        for term in expected["negated"]
    ]
    leaks = [
        term
        for term in expected.get("absent", [])
        if term.lower() in lower or term.lower() in json.dumps(result.codes).lower()
    ]
    # Numbers the drafter derived (estimated minutes, complexity counts and codes) are declared, not heard.
    invented = invented_numbers(text, grounded_numbers(segments, result.facts) | result.derived_numbers)
    return {
        "id": session["id"],
        "codes_exact": codes == expected["codes"],
        "modifiers_exact": all(
            sorted(modifiers.get(c, [])) == sorted(m) for c, m in expected["modifiers"].items()
        ),
        "fact_recall": sum(facts_found) / len(facts_found) if facts_found else 1.0,
        "negations_kept": all(negations_kept),
        "leaks": leaks,
        "invented_numbers": invented,
    }


def run() -> list[dict]:
    scores = [score(s) for s in sessions()]
    n = len(scores)
    rows = [
        {
            "suite": "drafts",
            "metric": f"codes and units exact ({n} sessions)",
            "value": f"{sum(s['codes_exact'] for s in scores)}/{n}",
            "goal": f"{n}/{n}",
        },
        {
            "suite": "drafts",
            "metric": "modifiers exact",
            "value": f"{sum(s['modifiers_exact'] for s in scores)}/{n}",
            "goal": f"{n}/{n}",
        },
        {
            "suite": "drafts",
            "metric": "fact recall",
            "value": f"{sum(s['fact_recall'] for s in scores) / n:.3f}",
            "goal": "1.000",
        },
        {
            "suite": "drafts",
            "metric": "negations kept",
            "value": f"{sum(s['negations_kept'] for s in scores)}/{n}",
            "goal": f"{n}/{n}",
        },
        {
            "suite": "drafts",
            "metric": "things that must stay out, leaked",
            "value": str(sum(len(s["leaks"]) for s in scores)),
            "goal": "0",
        },
        {
            "suite": "drafts",
            "metric": "invented numbers",
            "value": str(sum(len(s["invented_numbers"]) for s in scores)),
            "goal": "0",
        },
    ]
    for s in scores:
        if not (
            s["codes_exact"]
            and s["modifiers_exact"]
            and s["fact_recall"] == 1
            and s["negations_kept"]
            and not s["leaks"]
            and not s["invented_numbers"]
        ):
            rows.append(
                {
                    "suite": "drafts",
                    "metric": f"missed: {s['id']}",
                    "value": json.dumps({k: v for k, v in s.items() if k != "id"}),
                    "goal": "",
                }
            )
    return rows
