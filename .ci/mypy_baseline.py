"""mypy with a baseline that only shrinks.

`.ci/mypy-baseline.txt` holds the errors each file had when mypy was brought in. This fails when a
file has more errors than its line there (or any error and no line), and says so when a file has
fewer, so that `--update` can lower the line. `--update` never raises one.

    python .ci/mypy_baseline.py            # check (make lint, make test)
    python .ci/mypy_baseline.py --update   # write the lower counts after fixing errors
"""

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

BASELINE = Path(__file__).with_name("mypy-baseline.txt")
ERROR = re.compile(r"^(?P<path>[^:\s]+\.py):\d+: error: ")
HEADER = "# mypy errors per file when mypy was brought in; lower a count after fixing, never raise it.\n"


def run_mypy() -> tuple[Counter[str], str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"], capture_output=True, text=True
    )
    if result.returncode not in (0, 1):  # 2: mypy itself failed (a crash, a bad option)
        sys.exit(result.stdout + result.stderr)
    counts: Counter[str] = Counter()
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            counts[match["path"]] += 1
    return counts, result.stdout


def read_baseline() -> dict[str, int]:
    if not BASELINE.exists():
        return {}
    counts = {}
    for line in BASELINE.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            count, path = line.split(maxsplit=1)
            counts[path] = int(count)
    return counts


def write_baseline(counts: dict[str, int]) -> None:
    lines = [f"{count:4d} {path}\n" for path, count in sorted(counts.items()) if count]
    BASELINE.write_text(HEADER + "".join(lines))


def main(argv: list[str]) -> int:
    counts, output = run_mypy()
    baseline = read_baseline()
    if "--init" in argv:
        write_baseline(counts)
        print(f"baseline written: {sum(counts.values())} errors in {len(counts)} files")
        return 0
    over = {path: n for path, n in counts.items() if n > baseline.get(path, 0)}
    under = {path: n for path, n in baseline.items() if counts.get(path, 0) < n}
    if over:
        for line in output.splitlines():
            match = ERROR.match(line)
            if match and match["path"] in over:
                print(line)
        for path, n in sorted(over.items()):
            print(f"{path}: {n} mypy errors, the baseline allows {baseline.get(path, 0)}")
        return 1
    if "--update" in argv:
        write_baseline({path: min(n, counts.get(path, 0)) for path, n in baseline.items()})
        print(f"baseline lowered in {len(under)} files")
    elif under:
        fixed = sum(n - counts.get(path, 0) for path, n in under.items())
        print(f"mypy: {fixed} fewer errors than the baseline; `{sys.argv[0]} --update` lowers it")
    print(f"mypy: {sum(counts.values())} errors, none beyond the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
