"""Reference data as files: CPT codes (timed or not, discipline, kind) and NCCI procedure-to-procedure
pairs with their modifier indicators. Descriptions are our own words, not the AMA's."""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Code:
    code: str
    timed: bool
    disciplines: frozenset[str]
    kind: str
    description: str


@dataclass(frozen=True)
class NcciPair:
    column_one: str
    column_two: str
    modifier_allowed: bool
    note: str


@cache
def codes() -> dict[str, Code]:
    with (DATA / "cpt.csv").open(newline="") as handle:
        return {
            row["code"]: Code(
                row["code"],
                row["timed"] == "1",
                frozenset(row["discipline"].split()),
                row["kind"],
                row["description"],
            )
            for row in csv.DictReader(handle)
        }


@cache
def ncci_pairs() -> tuple[NcciPair, ...]:
    with (DATA / "ncci_ptp.csv").open(newline="") as handle:
        return tuple(
            NcciPair(row["column_one"], row["column_two"], row["modifier_indicator"] == "1", row["note"])
            for row in csv.DictReader(handle)
        )
