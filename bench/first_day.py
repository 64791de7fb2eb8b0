"""A real clinic's first day, timed (issue #21): `therascribe init` from the README's setup file, then
the README's mapping on an export shaped like another system's (5,000 patients, ~14 visits each):
sample, dry run, import. Each step is the command itself in a process of its own, as a user runs it.

python -m bench.first_day [--patients 5000] [--database-url URL]   (default: a new SQLite file)"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.legacy_export import write_other_system_export

README = (Path(__file__).parent.parent / "README.md").read_text().split("## For a real clinic", 1)[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=5000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "setup.yaml").write_text(README.split("```yaml\n", 1)[1].split("```", 1)[0])
        (folder / "mapping.json").write_text(README.split("```json\n", 1)[1].split("```", 1)[0])
        started = time.perf_counter()
        write_other_system_export(
            folder / "export",
            patients=args.patients,
            appointments=round(args.patients * 14.4),
            providers=["Christian Diaz"],
            types=["PT follow-up"],
        )
        written = time.perf_counter() - started
        env = {
            **os.environ,
            "THERASCRIBE_DATABASE_URL": args.database_url or f"sqlite:///{folder / 'clinic.db'}",
            "THERASCRIBE_DATA_DIR": str(folder / "data"),
            "THERASCRIBE_OWNER_PASSWORD": "correct-horse-battery",
        }
        export, mapping = str(folder / "export"), str(folder / "mapping.json")
        steps = {
            "init": ["init", str(folder / "setup.yaml")],
            "sample": ["import", export, "--mapping", mapping, "--sample", "0.15", "--json"],
            "dry_run": ["import", export, "--mapping", mapping, "--dry-run", "--json"],
            "import": ["import", export, "--mapping", mapping, "--json"],
        }
        seconds: dict[str, float] = {}
        report: dict = {}
        for name, command in steps.items():
            began = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "web.cli", *command], env=env, capture_output=True, text=True
            )
            seconds[name] = round(time.perf_counter() - began, 1)
            if done.returncode != 0:
                sys.exit(f"{name} failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
            if name == "import":
                report = json.loads(done.stdout)
        print(
            json.dumps(
                {
                    "patients": args.patients,
                    "backend": env["THERASCRIBE_DATABASE_URL"].split(":", 1)[0],
                    "export_written_s": round(written, 1),
                    "seconds": seconds,
                    "total_s": round(sum(seconds.values()), 1),
                    "new": {k: v["new"] for k, v in report["counts"].items()},
                    "reconciled": report["reconciled"],
                }
            )
        )


if __name__ == "__main__":
    main()
