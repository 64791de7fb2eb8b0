"""A signed note's services as its PDF lists them: every service the note records with its minutes, and
the code, modifiers and units billed for it. A timed service that earned no unit under the 8-minute rule
stays on the note: its minutes count in the visit's total timed minutes, so a note that left it off
would not add up to the units billed (Medicare Benefit Policy Manual ch. 15 §220.3: the note records
each timed code's minutes and the total timed minutes).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.billing.coding import UNATTENDED_STIM_CODES
from core.billing.reference import codes
from core.words import counted

HEADING = "Services (CPT, modifiers, units billed, minutes)"


@dataclass(frozen=True)
class Billed:
    """A charge as the note's PDF needs it."""

    cpt: str
    modifiers: str
    units: int


def service_lines(recorded: Sequence[dict[str, Any]], billed: Sequence[Billed]) -> list[str]:
    """One line per service the note records (`recorded`: the version's codes, each a dict with its
    code and minutes), in the note's order, with what was billed for it; then any charge the note's
    codes do not name (none, unless a charge was added by hand)."""
    reference = codes()
    left = list(billed)
    out = []
    for service in recorded:
        code, minutes = str(service["code"]), int(service.get("minutes", 0) or 0)
        charge = next((c for c in left if _bills(c.cpt, code)), None)
        took = f"   {minutes} min" if minutes else ""
        if charge is not None:
            left.remove(charge)
            out.append(_billed(charge) + took)
        elif code in reference and reference[code].timed:
            out.append(f"  {code}   no unit{took} (counted in the total timed minutes)")
        else:
            out.append(f"  {code}   not billed{took}")
    return out + [_billed(c) for c in left]


def _billed(charge: Billed) -> str:
    return f"  {charge.cpt} {charge.modifiers}".rstrip() + f"   {counted(charge.units, 'unit')}"


def _bills(charged: str, recorded: str) -> bool:
    """A charge bills a recorded service: its code, or the payer's code for the same unattended
    electrical stimulation (Medicare's G0283 for 97014)."""
    return charged == recorded or {charged, recorded} <= UNATTENDED_STIM_CODES
