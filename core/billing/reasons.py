"""Denial and adjustment reasons in plain words: X12 claim adjustment reason codes (CARC) and
remittance advice remark codes (RARC). The wording is ours, written for a biller deciding what to do."""

import csv
from functools import cache

from core.billing.reference import DATA

GROUPS = {
    "CO": "contractual obligation (the clinic writes it off)",
    "PR": "patient responsibility",
    "OA": "other adjustment",
    "PI": "payer-initiated reduction",
}


@cache
def _carc() -> dict[str, tuple[str, str]]:
    with (DATA / "carc.csv").open(newline="") as handle:
        return {row["code"]: (row["meaning"], row["what_to_do"]) for row in csv.DictReader(handle)}


@cache
def _rarc() -> dict[str, str]:
    with (DATA / "rarc.csv").open(newline="") as handle:
        return {row["code"]: row["meaning"] for row in csv.DictReader(handle)}


def explain(carc: str, rarc: str = "", group: str = "", *, advice: bool = True) -> str:
    """One sentence a biller can act on; an unknown code is named as such, never guessed. With
    advice=False, for what leaves the clinic (a letter to the payer): the reason alone, without the
    clinic's own "What to do" (appeal or write off, get a retro authorization)."""
    if not carc:
        return ""
    meaning, todo = _carc().get(carc, (f"reason code {carc} (not in our table: look it up on x12.org)", ""))
    parts = [f"CARC {carc}: {meaning}"]
    if rarc:
        parts.append(remark(rarc, advice=advice))
    if group:
        parts.append(f"group {group}: {GROUPS.get(group, group)}")
    text = "; ".join(parts)
    return f"{text}. What to do: {todo}." if todo and advice else f"{text}."


def remark(rarc: str, *, advice: bool = True) -> str:
    """A remark code in words. One not in our table is named as such for the clinic, with where to
    look it up; to the payer (advice=False) it is the code alone, which the payer knows (#20, trial 51:
    an appeal letter told the payer "remark code not in our table")."""
    meaning = _rarc().get(rarc)
    if meaning:
        return f"RARC {rarc}: {meaning}"
    return f"RARC {rarc}: remark code not in our table (look it up on x12.org)" if advice else f"RARC {rarc}"
