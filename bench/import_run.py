"""One import in a process of its own, so its time and peak memory are its own: prints JSON.

python -m bench.import_run DATABASE_URL EXPORT_DIR"""

import json
import resource
import sys
import time
from pathlib import Path

from sqlmodel import Session

from core.actor import Actor
from core.db import make_engine
from core.migration.importer import run_import
from core.migration.rows import Mapping


def peak_mib() -> float:
    """This process's peak resident memory since its exec (VmHWM): ru_maxrss would also count the
    parent's pages shared at fork, and the bench's parent holds a language model."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> None:
    url, directory = sys.argv[1], Path(sys.argv[2])
    mapping = Mapping.load()
    mapping.raw["payers"] = {"BCBS": "Blue Cross PPO"}
    actor = Actor(user_id=0, email="bench@localhost", roles={1: "owner"}, client_address="bench")
    engine = make_engine(url)
    started = time.perf_counter()
    with Session(engine) as session:
        report = run_import(
            session, actor=actor, directory=directory, mapping=mapping, clinic_name="Riverside Therapy"
        )
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "seconds": round(seconds, 1),
                "peak_mib": peak_mib(),
                "committed": report.committed,
                "errors": report.error_count,
                "new": {k: v.new for k, v in report.counts.items()},
                "existing": {k: v.existing for k, v in report.counts.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
