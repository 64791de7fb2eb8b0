"""What went wrong from audio, session by session: the codes drafted from the typed script and from the
product's transcript of its espeak-ng audio, and, where they differ, each turn that holds a number or
a minute as it was said and as it was heard (both normalised as Whisper's English normaliser does).

The audio is spoken once into a cache folder and reused; transcripts are kept there per `--tag` (a
name for the recognizer settings and code under test), so drafting can be rerun without hearing again.

A session is 'exact' when its codes and units are the expected ones and the draft marks none for review;
'marked for review' when every code that differs (or, with none differing, some code) is marked because
its minutes were heard unsure (`scribe.stt.unsure`: a look by the clinician, not a wrong bill); 'wrong
without a mark' when a code differs and nothing marks it, the worst case: billed wrong with confidence.

python -m evals.audio_misses [--sets blind2-dev blind2-test] [--cache /tmp/audio_cache] [--tag base]
(all six development sets by default; blind4 is held out and refused)
"""

import argparse
import json
import re
import time
from pathlib import Path

from core.config import get_settings
from evals.eval_drafts import SETS, sessions
from evals.eval_end_to_end import SPOKEN_SETS, coded, verdict
from evals.speech import generate
from evals.speech_metrics import normalise, role_at
from scribe.stt import Word, unsure

NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|minutes?)\b",
    re.IGNORECASE,
)


def chosen(name: str, per_set: int) -> list[dict]:
    """The sessions `evals.eval_end_to_end` takes from a set: spread over it (PT, OT and SLP alike)."""
    folder = SETS[name] if name in SETS else Path(name)
    found = sessions(folder) if folder.is_dir() else []
    return found[:: max(1, len(found) // per_set)][:per_set]


def codes(session: dict, transcript: dict) -> dict[str, int]:
    return coded(session, as_marked_now(transcript))[0]


def as_marked_now(transcript: dict) -> dict:
    """A cached transcript with its unsure numbers re-read by the product's thresholds now
    (`scribe.stt.unsure` over the probability and margin each mark keeps), so a change of threshold is
    measured without hearing again (a mark below a threshold of the time it was heard stays absent)."""
    segments = []
    for s in transcript["segments"]:
        kept = [
            u
            for u in s.get("unsure", [])
            if unsure(
                Word(
                    0,
                    0,
                    s["text"][u["start"] : u["end"]],
                    # A service term the text-only repair wrote keeps no probability: it was not heard.
                    u.get("probability", 1.0),
                    u.get("other", ""),
                    u.get("margin"),
                )
            )
        ]
        segments.append({**s, "unsure": kept})
    return {**transcript, "segments": segments}


def heard_over(heard: list[dict], start: float, end: float) -> str:
    """The heard segments that overlap a said turn's time (a segment that ran several turns together
    shows under each of them)."""
    return " ".join(s["text"] for s in heard if s["start"] < end and s["end"] > start)


def differences(said: list[dict], heard: list[dict]) -> list[tuple[str, str, str]]:
    """(speaker, said, heard) for each turn holding a number or a minute that was heard otherwise."""
    rows = []
    for turn in said:
        if not NUMBER.search(turn["text"]):
            continue
        got = heard_over(heard, turn["start"], turn["end"])
        if normalise(turn["text"]) != normalise(got):
            rows.append((turn["speaker"], turn["text"], got))
    return rows


def hear(session: dict, cache: Path, tag: str, prompt: str = "") -> tuple[dict, dict, float]:
    """(true transcript with times, heard transcript, seconds spent hearing: 0 when cached)."""
    from scribe.pipeline import load_file, transcribe_audio
    from scribe.stt import recognizer, vocabulary_prompt

    wav = cache / f"{session['id']}.wav"
    truth_file = wav.with_suffix(".json")
    truth = json.loads(truth_file.read_text()) if truth_file.exists() else generate(session, wav)
    heard_file = cache / tag / f"{session['id']}.json"
    if heard_file.exists():
        return truth, json.loads(heard_file.read_text()), 0.0
    settings = get_settings()
    began = time.perf_counter()
    heard = transcribe_audio(
        load_file(wav, settings), recognizer(settings), prompt=prompt or vocabulary_prompt()
    )
    spent = time.perf_counter() - began
    heard_file.parent.mkdir(parents=True, exist_ok=True)
    heard_file.write_text(json.dumps(heard, indent=1), encoding="utf-8")
    return truth, heard, spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(SPOKEN_SETS))
    parser.add_argument("--per-set", type=int, default=10)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/audio_cache"))
    parser.add_argument("--tag", default="", help="name of the transcripts kept in the cache")
    parser.add_argument("--quiet", action="store_true", help="figures only, no turns")
    parser.add_argument(
        "--cached-only",
        action="store_true",
        help="score only the sessions already heard under --tag (nothing is spoken or heard)",
    )
    parser.add_argument(
        "--prompt-file", type=Path, help="a vocabulary prompt to try instead of the product's"
    )
    args = parser.parse_args()
    if any("blind4" in name for name in args.sets):
        parser.error("blind4 is held out")
    settings = get_settings()
    tag = args.tag or f"{settings.stt_backend}-{settings.stt_model}-{settings.stt_compute_type}"
    prompt = " ".join(args.prompt_file.read_text(encoding="utf-8").split()) if args.prompt_file else ""
    totals = {"sessions": 0, "exact": 0, "flagged": 0, "wrong": 0, "typed": 0}
    for name in args.sets:
        rows = chosen(name, args.per_set)
        if args.cached_only:
            rows = [s for s in rows if (args.cache / tag / f"{s['id']}.json").exists()]
        audio_exact = typed_exact = segments = segments_right = flagged = wrong = 0
        spent = 0.0
        for session in rows:
            truth, heard, seconds = hear(session, args.cache, tag, prompt)
            spent += seconds
            said = truth["transcript"]["segments"]
            expected = session["expected"]["codes"]
            typed = codes(session, session["transcript"])
            spoken, review = coded(session, as_marked_now(heard))
            typed_exact += typed == expected
            found = verdict(expected, spoken, review)
            audio_exact += found == "exact"
            flagged += found == "flagged"
            wrong += found == "wrong"
            segments += len(heard["segments"])
            segments_right += sum(
                role_at(said, s["start"], s["end"]) == s["speaker"] for s in heard["segments"]
            )
            if found == "exact":
                continue
            print(f"\n== {name} {session['id']}: expected {expected} ({found})")
            print(
                f"   typed {typed}\n   audio {spoken}" + (f", for review {sorted(review)}" if review else "")
            )
            if args.quiet:
                continue
            for speaker, text, got in differences(said, heard["segments"]):
                print(f"   [{speaker}] said : {text}\n   {' ' * len(speaker)}   heard: {got}")
        print(
            f"\n{name} ({tag}): codes exact from audio {audio_exact}/{len(rows)}, "
            f"marked for review {flagged}, wrong without a mark {wrong}, typed {typed_exact}/{len(rows)}, "
            f"segments with the right role {segments_right}/{segments}, hearing {spent:.0f} s"
        )
        for key, value in zip(totals, (len(rows), audio_exact, flagged, wrong, typed_exact), strict=True):
            totals[key] += value
    print(
        f"\nall ({tag}): codes exact from audio {totals['exact']}/{totals['sessions']}, marked for review "
        f"{totals['flagged']}, wrong without a mark {totals['wrong']}, "
        f"typed {totals['typed']}/{totals['sessions']}"
    )


if __name__ == "__main__":
    main()
