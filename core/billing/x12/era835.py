"""X12 835 (005010X221A1) electronic remittance advice: reading a payer's file, and writing one.

Writing is what a payer does; we do it to test posting end to end and for the demo's payer sandbox.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from core.billing.x12 import segments
from core.billing.x12.envelope import Parties, wrap
from core.billing.x12.segments import Composite, X12Error, cents, d8, money, parse_d8, segment

VERSION = "005010X221A1"
# CLP02 claim status codes we act on.
PROCESSED_PRIMARY, DENIED, REVERSAL = "1", "4", "22"


@dataclass(frozen=True)
class Adjustment:
    group: str  # CO, PR, OA, PI
    carc: str
    amount_cents: int


@dataclass(frozen=True)
class ServicePayment:
    cpt: str
    modifiers: tuple[str, ...]
    charge_cents: int
    paid_cents: int
    units: int
    control: str  # REF*6R: our line control number, "<claim control>-<line number>"
    adjustments: tuple[Adjustment, ...] = ()
    remarks: tuple[str, ...] = ()  # RARC (LQ*HE)
    service_date: date | None = None

    @property
    def patient_responsibility_cents(self) -> int:
        return sum(a.amount_cents for a in self.adjustments if a.group == "PR")


@dataclass(frozen=True)
class ClaimPayment:
    control_number: str
    status: str
    charge_cents: int
    paid_cents: int
    patient_responsibility_cents: int
    payer_claim_number: str
    services: tuple[ServicePayment, ...]
    patient_last: str = ""
    patient_first: str = ""
    member_id: str = ""
    adjustments: tuple[Adjustment, ...] = ()


def claim_status(paid_cents: int, patient_responsibility_cents: int) -> str:
    """CLP02 for a payer's answer to a claim: processed as primary (1) when the payer paid any of it or
    assigned any of it to the patient (a claim that went wholly to the deductible is processed, the
    patient owes it), denied (4) when it did neither (X12 835 005010X221A1, CLP02)."""
    return PROCESSED_PRIMARY if paid_cents or patient_responsibility_cents else DENIED


def answer_claim(
    control_number: str,
    services: tuple[ServicePayment, ...],
    *,
    payer_claim_number: str,
    patient_last: str = "",
    patient_first: str = "",
    member_id: str = "",
) -> ClaimPayment:
    """The payer's answer to one claim from its lines' answers: the claim's charge, payment and patient
    responsibility are its lines' sums, and its status follows from them (`claim_status`)."""
    paid = sum(s.paid_cents for s in services)
    owed = sum(s.patient_responsibility_cents for s in services)
    return ClaimPayment(
        control_number,
        claim_status(paid, owed),
        sum(s.charge_cents for s in services),
        paid,
        owed,
        payer_claim_number,
        services,
        patient_last,
        patient_first,
        member_id,
    )


@dataclass(frozen=True)
class Remittance:
    payer_name: str
    payer_id: str
    payee_name: str
    payee_npi: str
    trace_number: str
    paid_cents: int
    paid_on: date
    claims: tuple[ClaimPayment, ...] = field(default_factory=tuple)


def _cas(adjustments: tuple[Adjustment, ...]) -> list[str]:
    by_group: dict[str, list[Adjustment]] = {}
    for adjustment in adjustments:
        by_group.setdefault(adjustment.group, []).append(adjustment)
    out = []
    for group, items in by_group.items():
        elements: list[object] = [group]
        for item in items[:6]:  # CAS carries at most six reason/amount/quantity triples
            elements += [item.carc, money(item.amount_cents), ""]
        out.append(segment("CAS", *elements))
    return out


def write_835(remittance: Remittance, *, parties: Parties, control: int, at: datetime) -> str:
    total = sum(c.paid_cents for c in remittance.claims)
    if total != remittance.paid_cents:
        raise ValueError("the payment total must equal the sum of the claims' payments")
    method = "ACH" if total else "NON"
    body = [
        segment(
            "BPR",
            "I" if total else "H",
            money(total),
            "C",
            method,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            d8(remittance.paid_on),
        ),
        segment("TRN", "1", remittance.trace_number, "1" + parties.sender_id[:9].rjust(9, "0")),
        segment("DTM", "405", d8(remittance.paid_on)),
        segment("N1", "PR", remittance.payer_name, "XV", remittance.payer_id),
        segment("N3", "PO BOX 1"),
        segment("N4", "SPRINGFIELD", "IL", "62701"),
        segment("PER", "BL", "PROVIDER SERVICES", "TE", "8005550100"),
        segment("N1", "PE", remittance.payee_name, "XX", remittance.payee_npi),
        segment("LX", "1"),
    ]
    for claim in remittance.claims:
        body += [
            segment(
                "CLP",
                claim.control_number,
                claim.status,
                money(claim.charge_cents),
                money(claim.paid_cents),
                money(claim.patient_responsibility_cents),
                "MB",
                claim.payer_claim_number,
                "11",
                "1",
            ),
            *_cas(claim.adjustments),
            segment(
                "NM1", "QC", "1", claim.patient_last, claim.patient_first, "", "", "", "MI", claim.member_id
            ),
        ]
        for service in claim.services:
            body.append(
                segment(
                    "SVC",
                    Composite(("HC", service.cpt, *service.modifiers[:4])),
                    money(service.charge_cents),
                    money(service.paid_cents),
                    "",
                    service.units,
                )
            )
            if service.service_date:
                body.append(segment("DTM", "472", d8(service.service_date)))
            body += _cas(service.adjustments)
            body.append(segment("REF", "6R", service.control))
            body += [segment("LQ", "HE", remark) for remark in service.remarks]
    return wrap(
        body, parties=parties, control=control, functional_id="HP", version=VERSION, at=at, transaction="835"
    )


def _adjustments(elements: list[str]) -> list[Adjustment]:
    group = elements[1]
    out = []
    for i in range(2, len(elements), 3):
        if i + 1 < len(elements) and elements[i]:
            out.append(Adjustment(group, elements[i], cents(elements[i + 1])))
    return out


def read_835(text: str) -> Remittance:
    """A payer's 835 as plain data. Raises X12Error for a file that is not a well-formed 835."""
    header: dict[str, Any] = {"payer": ("", ""), "payee": ("", ""), "trace": "", "paid": 0, "date": None}
    claims: list[dict[str, Any]] = []
    service: dict[str, Any] | None = None
    for elements in segments.transaction(text, "835"):
        tag = elements[0]
        with segments.elements_of(tag):
            if tag == "BPR":
                header["paid"] = cents(elements[2])
                if len(elements) > 16 and elements[16]:
                    header["date"] = parse_d8(elements[16])
            elif tag == "TRN":
                header["trace"] = elements[2]
            elif tag == "N1" and elements[1] in ("PR", "PE"):
                header["payer" if elements[1] == "PR" else "payee"] = (
                    elements[2],
                    elements[4] if len(elements) > 4 else "",
                )
            elif tag == "CLP":
                claims.append({"clp": elements, "services": [], "adj": [], "name": ("", "", "")})
                service = None
            elif tag == "NM1" and elements[1] == "QC" and claims:
                claims[-1]["name"] = (
                    elements[3],
                    elements[4] if len(elements) > 4 else "",
                    elements[9] if len(elements) > 9 else "",
                )
            elif tag == "SVC" and claims:
                procedure = elements[1].split(":")
                service = {
                    "cpt": procedure[1],
                    "mods": tuple(procedure[2:]),
                    "charge": cents(elements[2]),
                    "paid": cents(elements[3]),
                    "units": int(float(elements[5])) if len(elements) > 5 and elements[5] else 1,
                    "adj": [],
                    "remarks": [],
                    "control": "",
                    "date": None,
                }
                claims[-1]["services"].append(service)
            elif tag == "CAS" and claims:
                (service["adj"] if service is not None else claims[-1]["adj"]).extend(_adjustments(elements))
            elif tag == "REF" and elements[1] == "6R" and service is not None:
                service["control"] = elements[2]
            elif tag == "DTM" and elements[1] == "472" and service is not None:
                service["date"] = parse_d8(elements[2])
            elif tag == "LQ" and elements[1] == "HE" and service is not None:
                service["remarks"].append(elements[2])
    if header["date"] is None:
        raise X12Error("BPR16 (the payment date) is missing")
    out = []
    for c in claims:
        clp = c["clp"]
        if len(clp) < 8:
            raise X12Error("a CLP segment is missing required elements")
        out.append(
            ClaimPayment(
                control_number=clp[1],
                status=clp[2],
                charge_cents=cents(clp[3]),
                paid_cents=cents(clp[4]),
                patient_responsibility_cents=cents(clp[5]) if clp[5] else 0,
                payer_claim_number=clp[7],
                services=tuple(
                    ServicePayment(
                        s["cpt"],
                        s["mods"],
                        s["charge"],
                        s["paid"],
                        s["units"],
                        s["control"],
                        tuple(s["adj"]),
                        tuple(s["remarks"]),
                        s["date"],
                    )
                    for s in c["services"]
                ),
                patient_last=c["name"][0],
                patient_first=c["name"][1],
                member_id=c["name"][2],
                adjustments=tuple(c["adj"]),
            )
        )
    return Remittance(
        payer_name=header["payer"][0],
        payer_id=header["payer"][1],
        payee_name=header["payee"][0],
        payee_npi=header["payee"][1],
        trace_number=header["trace"],
        paid_cents=header["paid"],
        paid_on=header["date"],
        claims=tuple(out),
    )
