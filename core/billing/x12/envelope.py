"""The ISA/GS/ST envelope around a transaction set, with the counts the trailers must carry."""

from dataclasses import dataclass
from datetime import datetime

from core.billing.x12.segments import COMPONENT, REPETITION, segment


@dataclass(frozen=True)
class Parties:
    sender_id: str
    receiver_id: str
    sender_qualifier: str = "ZZ"
    receiver_qualifier: str = "ZZ"


def _pad(value: str, width: int) -> str:
    return value[:width].ljust(width)


def wrap(
    body: list[str],
    *,
    parties: Parties,
    control: int,
    functional_id: str,
    version: str,
    at: datetime,
    transaction: str,
    usage: str = "P",
) -> str:
    """ISA, GS and ST around the body segments, SE/GE/IEA after them; one segment per line."""
    isa = (
        "ISA*00*"
        + " " * 10
        + "*00*"
        + " " * 10
        + f"*{parties.sender_qualifier}*{_pad(parties.sender_id, 15)}"
        + f"*{parties.receiver_qualifier}*{_pad(parties.receiver_id, 15)}"
        + f"*{at:%y%m%d}*{at:%H%M}*{REPETITION}*00501*{control:09d}*0*{usage}*{COMPONENT}~"
    )
    gs = segment(
        "GS",
        functional_id,
        parties.sender_id,
        parties.receiver_id,
        f"{at:%Y%m%d}",
        f"{at:%H%M}",
        control,
        "X",
        version,
    )
    # ST03 carries the guide's version in the 837 but is "not used" in the 835.
    st = segment("ST", transaction, "0001", version if transaction != "835" else "")
    se = segment("SE", len(body) + 2, "0001")
    ge = segment("GE", 1, control)
    iea = segment("IEA", 1, f"{control:09d}")
    return "\n".join([isa, gs, st, *body, se, ge, iea]) + "\n"
