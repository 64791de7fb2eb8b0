"""X12 837P (005010X222A1) for a batch of professional claims, and reading one back.

Pure: plain data in, text out. `core.billing.submission` gathers the data from the record.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.billing.x12.envelope import Parties, wrap
from core.billing.x12.segments import Composite, X12Error, cents, d8, money, parse_d8, segment, split

VERSION = "005010X222A1"
FILING_INDICATOR = {"medicare": "MB", "medicaid": "MC", "commercial": "CI"}
RELATIONSHIP = {"self": "18", "spouse": "01", "child": "19", "other": "G8"}
OFFICE = "11"  # place of service: office


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str
    postal_code: str


@dataclass(frozen=True)
class Person:
    last: str
    first: str
    birth_date: date | None = None
    sex: str = "U"
    address: Address | None = None


@dataclass(frozen=True)
class BillingProvider:
    name: str
    npi: str
    tax_id: str
    taxonomy: str
    address: Address
    contact_phone: str


@dataclass(frozen=True)
class LineOut:
    number: int
    cpt: str
    modifiers: tuple[str, ...]
    charge_cents: int
    units: int
    pointers: tuple[int, ...]
    service_date: date
    control: str


@dataclass(frozen=True)
class ClaimOut:
    control_number: str
    total_cents: int
    diagnosis_codes: tuple[str, ...]
    subscriber: Person
    member_id: str
    group_number: str
    relationship: str
    patient: Person
    payer_name: str
    payer_id: str
    payer_kind: str
    rendering: Person
    rendering_npi: str
    rendering_taxonomy: str
    lines: tuple[LineOut, ...]
    prior_authorization: str = ""
    # CLM05-3: 1 original, 7 replacement of a claim the payer adjudicated (REF*F8 names that claim).
    frequency_code: str = "1"
    original_reference: str = ""


def _address(address: Address) -> list[str]:
    return [
        segment("N3", address.street),
        segment("N4", address.city, address.state, address.postal_code.replace("-", "")),
    ]


def _claim(claim: ClaimOut, hl: int, parent: int) -> tuple[list[str], int]:
    self_pay = claim.relationship == "self"
    out = [
        segment("HL", hl, parent, "22", "1" if not self_pay else "0"),
        segment(
            "SBR",
            "P",
            RELATIONSHIP["self"] if self_pay else "",
            claim.group_number,
            "",
            "",
            "",
            "",
            "",
            FILING_INDICATOR.get(claim.payer_kind, "CI"),
        ),
        segment(
            "NM1", "IL", "1", claim.subscriber.last, claim.subscriber.first, "", "", "", "MI", claim.member_id
        ),
    ]
    if claim.subscriber.address:
        out += _address(claim.subscriber.address)
    if self_pay and claim.subscriber.birth_date:
        out.append(segment("DMG", "D8", d8(claim.subscriber.birth_date), claim.subscriber.sex or "U"))
    out.append(segment("NM1", "PR", "2", claim.payer_name, "", "", "", "", "PI", claim.payer_id))
    if not self_pay:
        hl += 1
        out += [
            segment("HL", hl, hl - 1, "23", "0"),
            segment("PAT", RELATIONSHIP.get(claim.relationship, "G8")),
            segment("NM1", "QC", "1", claim.patient.last, claim.patient.first),
        ]
        if claim.patient.address:
            out += _address(claim.patient.address)
        if claim.patient.birth_date:
            out.append(segment("DMG", "D8", d8(claim.patient.birth_date), claim.patient.sex or "U"))
    out.append(
        segment(
            "CLM",
            claim.control_number,
            money(claim.total_cents),
            "",
            "",
            Composite((OFFICE, "B", claim.frequency_code)),
            "Y",
            "A",
            "Y",
            "Y",
        )
    )
    if claim.prior_authorization:
        out.append(segment("REF", "G1", claim.prior_authorization))
    if claim.frequency_code == "7" and claim.original_reference:  # after G1, as the 2300 loop orders them
        out.append(segment("REF", "F8", claim.original_reference))
    codes = [c.replace(".", "") for c in claim.diagnosis_codes]
    if codes:
        out.append(
            "HI*"
            + "*".join(str(Composite(("ABK" if i == 0 else "ABF", c))) for i, c in enumerate(codes))
            + "~"
        )
    out += [
        segment(
            "NM1",
            "82",
            "1",
            claim.rendering.last,
            claim.rendering.first,
            "",
            "",
            "",
            "XX",
            claim.rendering_npi,
        ),
        segment("PRV", "PE", "PXC", claim.rendering_taxonomy),
    ]
    for line in claim.lines:
        out += [
            segment("LX", line.number),
            segment(
                "SV1",
                Composite(("HC", line.cpt, *line.modifiers[:4])),
                money(line.charge_cents),
                "UN",
                line.units,
                "",
                "",
                Composite(tuple(str(p) for p in line.pointers[:4])),
            ),
            segment("DTP", "472", "D8", d8(line.service_date)),
            segment("REF", "6R", line.control),
        ]
    return out, hl


def write_837p(
    claims: list[ClaimOut],
    *,
    billing: BillingProvider,
    parties: Parties,
    control: int,
    at: datetime,
    usage: str = "P",
) -> str:
    """One interchange with every claim under one billing provider; HL numbers run in file order."""
    if not claims:
        raise ValueError("a batch needs at least one claim")
    body = [
        segment("BHT", "0019", "00", f"B{control:09d}", f"{at:%Y%m%d}", f"{at:%H%M}", "CH"),
        segment("NM1", "41", "2", billing.name, "", "", "", "", "46", parties.sender_id),
        segment(
            "PER", "IC", "BILLING OFFICE", "TE", "".join(ch for ch in billing.contact_phone if ch.isdigit())
        ),
        segment("NM1", "40", "2", claims[0].payer_name, "", "", "", "", "46", parties.receiver_id),
        segment("HL", 1, "", "20", "1"),
        segment("PRV", "BI", "PXC", billing.taxonomy),
        segment("NM1", "85", "2", billing.name, "", "", "", "", "XX", billing.npi),
        *_address(billing.address),
        segment("REF", "EI", billing.tax_id.replace("-", "")),
    ]
    hl = 1
    for claim in claims:
        segments, hl = _claim(claim, hl + 1, 1)
        body += segments
    return wrap(
        body,
        parties=parties,
        control=control,
        functional_id="HC",
        version=VERSION,
        at=at,
        transaction="837",
        usage=usage,
    )


@dataclass(frozen=True)
class ReadLine:
    cpt: str
    modifiers: tuple[str, ...]
    charge_cents: int
    units: int
    pointers: tuple[int, ...]
    service_date: date | None
    control: str


@dataclass(frozen=True)
class ReadClaim:
    control_number: str
    total_cents: int
    member_id: str
    diagnosis_codes: tuple[str, ...]
    rendering_npi: str
    lines: tuple[ReadLine, ...]


def read_837p(text: str) -> list[ReadClaim]:
    """The claims of an 837P as the payer would read them: used to check what we send."""
    claims: list[dict[str, Any]] = []
    member = rendering = ""
    line: dict[str, Any] | None = None
    for elements in split(text):
        tag = elements[0]
        if tag == "NM1" and elements[1] == "IL":
            member = elements[9] if len(elements) > 9 else ""
        elif tag == "CLM":
            claims.append(
                {
                    "control": elements[1],
                    "total": cents(elements[2]),
                    "member": member,
                    "dx": (),
                    "npi": "",
                    "lines": [],
                }
            )
            line = None
        elif tag == "HI" and claims:
            codes = [e.split(":")[1] for e in elements[1:] if ":" in e]
            claims[-1]["dx"] = tuple(c[:3] + "." + c[3:] if len(c) > 3 else c for c in codes)
        elif tag == "NM1" and elements[1] == "82" and claims:
            claims[-1]["npi"] = elements[9]
        elif tag == "SV1" and claims:
            procedure = elements[1].split(":")
            line = {
                "cpt": procedure[1],
                "mods": tuple(procedure[2:]),
                "charge": cents(elements[2]),
                "units": int(float(elements[4])),
                "pointers": tuple(int(p) for p in elements[7].split(":")),
                "date": None,
                "control": "",
            }
            claims[-1]["lines"].append(line)
        elif tag == "DTP" and elements[1] == "472" and line is not None:
            line["date"] = parse_d8(elements[3])
        elif tag == "REF" and elements[1] == "6R" and line is not None:
            line["control"] = elements[2]
    if not claims:
        raise X12Error("no CLM segment: not an 837P with claims")
    del rendering
    return [
        ReadClaim(
            c["control"],
            c["total"],
            c["member"],
            c["dx"],
            c["npi"],
            tuple(
                ReadLine(x["cpt"], x["mods"], x["charge"], x["units"], x["pointers"], x["date"], x["control"])
                for x in c["lines"]
            ),
        )
        for c in claims
    ]
