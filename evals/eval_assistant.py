"""The assistant, offline engine, over the small demo: accuracy per intent and overall (goal 95 %),
and reply time. Expected answers come from plain SQL (`evals/assistant_cases.py`)."""

import statistics
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, text
from sqlmodel import Session

from core.db import make_engine
from core.demo.build import build
from core.enums import AppointmentStatus
from core.migrate import upgrade
from core.users.service import actor_by_email
from evals.assistant_cases import Case
from evals.assistant_cases import build as build_cases

# An appointment that holds its slot: to come, in the room, or done.
HOLDS_SLOT = (AppointmentStatus.booked, AppointmentStatus.checked_in, AppointmentStatus.completed)


def slot_is_free(conn, provider_id: int, starts: datetime, ends: datetime) -> bool:
    """No kept appointment of the provider overlaps (providers here take one patient at a time)."""
    clash = conn.execute(
        text(
            "SELECT COUNT(*) FROM appointment WHERE provider_id = :p AND status IN (:booked, :checked_in, "
            ":completed) AND starts_at < :e AND ends_at > :s"
        ),
        {"p": provider_id, "s": starts, "e": ends, **{s.name: s.value for s in HOLDS_SLOT}},
    ).scalar_one()
    return clash == 0


def check(engine: Engine, case: Case) -> tuple[bool, float, str]:
    """Run one conversation; (passed, seconds of the last reply, the last answer)."""
    from assistant.service import ask

    with Session(engine, expire_on_commit=False) as session:
        actor = actor_by_email(session, case.user, "eval")
    conversation = None
    result: dict = {}
    seconds = 0.0
    with engine.connect() as conn:
        before = conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one()
    for turn in case.turns:
        with Session(engine, expire_on_commit=False) as session:
            started = time.perf_counter()
            result = ask(session, actor=actor, text=turn, conversation_id=conversation)
            seconds = time.perf_counter() - started
            conversation = result["conversation_id"]
    answer = result["answer"]
    ok = all(e.lower() in answer.lower() for e in case.expect) and not any(f in answer for f in case.forbid)
    if case.proposal is not None:
        ok = ok and (result["proposal"] is not None) == case.proposal
    with engine.connect() as conn:
        ok = ok and conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one() == before
        if ok and case.free_slot_check:
            slots = _offered(result)
            ok = bool(slots) and all(slot_is_free(conn, p, s, e) for p, s, e in slots)
    return ok, seconds, answer


def _offered(result: dict) -> list[tuple[int, datetime, datetime]]:
    data = result.get("data") or {}
    out = []
    if result.get("proposal") and "starts_at" in data:
        start = datetime.fromisoformat(data["starts_at"])
        out.append((data["provider_id"], start, start + timedelta(minutes=data["minutes"])))
    for slot in data.get("slots", []) or []:
        out.append(
            (
                slot["provider_id"],
                datetime.fromisoformat(slot["starts_at"]),
                datetime.fromisoformat(slot["ends_at"]),
            )
        )
    return out


def evaluate(engine: Engine, cases: list[Case]) -> dict:
    by_intent: dict[str, list[bool]] = defaultdict(list)
    by_kind: dict[str, list[bool]] = defaultdict(list)
    times, failures = [], []
    for case in cases:
        ok, seconds, answer = check(engine, case)
        by_intent[case.intent].append(ok)
        by_kind[case.kind].append(ok)
        times.append(seconds * 1000)
        if not ok:
            failures.append({"turns": case.turns, "expect": case.expect, "answer": answer})
    total = sum(sum(v) for v in by_intent.values())
    times.sort()
    return {
        "n": len(cases),
        "overall": total / len(cases),
        "by_intent": {k: (sum(v), len(v)) for k, v in sorted(by_intent.items())},
        "by_kind": {k: (sum(v), len(v)) for k, v in sorted(by_kind.items())},
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(0.95 * (len(times) - 1))],
        "failures": failures,
    }


def demo_engine(folder: Path) -> Engine:
    url = f"sqlite:///{folder / 'assistant-eval.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        build(conn, size="small", seed=7, today=datetime.now(UTC).date())
    return engine


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = demo_engine(Path(tmp))
        with engine.connect() as conn:
            cases = build_cases(conn)
        result = evaluate(engine, cases)
        engine.dispose()
    rows = [
        {"suite": "assistant", "metric": f"{intent} ({n})", "value": f"{ok}/{n}", "goal": ""}
        for intent, (ok, n) in result["by_intent"].items()
    ]
    rows += [
        {"suite": "assistant", "metric": f"kind: {kind} ({n})", "value": f"{ok}/{n}", "goal": ""}
        for kind, (ok, n) in result["by_kind"].items()
    ]
    rows.append(
        {
            "suite": "assistant",
            "metric": f"overall ({result['n']} conversations)",
            "value": f"{100 * result['overall']:.1f} %",
            "goal": ">= 95 %",
        }
    )
    rows.append(
        {
            "suite": "assistant",
            "metric": "reply time p50 / p95 (offline, SQLite small)",
            "value": f"{result['p50_ms']:.0f} / {result['p95_ms']:.0f} ms",
            "goal": "p95 < 300 ms",
        }
    )
    for failure in result["failures"][:15]:
        rows.append(
            {
                "suite": "assistant",
                "metric": "failed: " + " / ".join(failure["turns"])[:80],
                "value": failure["answer"][:90],
                "goal": ", ".join(failure["expect"])[:40],
            }
        )
    return rows
