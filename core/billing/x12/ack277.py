"""X12 277CA (005010X214) claim acknowledgement: which claims of a sent 837P the clearinghouse or the
payer took into adjudication and which it turned away at the front door, read from the file a biller
downloads; and written, as the demo's payer sandbox and the tests need one.

A claim's status is one or more STC composites (category:status:entity). The category says what
happened (A1 received, A2 accepted, A3/A6/A7/A8 rejected...), the status code says about what (562, the
NPI), the entity code about whom (85, the billing provider). Claim Status Category and Claim Status
codes are the code lists named by the implementation guide (005010X214, STC01).
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.billing.x12 import segments
from core.billing.x12.envelope import Parties, wrap
from core.billing.x12.segments import Composite, X12Error, cents, d8, money, parse_d8, segment

VERSION = "005010X214"

# Claim Status Category codes a 277CA carries, in words a biller reads.
CATEGORIES = {
    "A0": "forwarded to another entity",
    "A1": "received",
    "A2": "accepted into adjudication",
    "A3": "returned as unprocessable",
    "A4": "not found",
    "A5": "split",
    "A6": "rejected for missing information",
    "A7": "rejected for invalid information",
    "A8": "rejected for a relational field in error",
    "E0": "response not possible: error on submitted request data",
    "E1": "response not possible: system status",
    "E2": "information holder not responding",
    "E3": "correction required: relational fields in error",
    "E4": "trading partner agreement specific requirement not met",
}
# What each category means for the claim: taken in, turned away, or for a person to read.
ACCEPTED = frozenset({"A0", "A1", "A2", "A5"})
REJECTED = frozenset({"A3", "A6", "A7", "A8"})

# The Claim Status codes billers meet most on a 277CA rejection; any other is shown by its number.
STATUS_CODES = {
    "19": "entity acknowledges receipt of claim",
    "20": "accepted for processing",
    "21": "missing or invalid information",
    "33": "subscriber and subscriber ID not found",
    "125": "entity's name",
    "126": "entity's address",
    "128": "entity's tax ID",
    "145": "entity's primary identifier",
    "158": "entity's date of birth",
    "164": "entity's contract/member number",
    "500": "entity's postal/zip code",
    "562": "entity's National Provider Identifier (NPI)",
}
ENTITIES = {
    "40": "receiver",
    "41": "submitter",
    "77": "service location",
    "82": "rendering provider",
    "85": "billing provider",
    "DN": "referring provider",
    "IL": "subscriber",
    "PR": "payer",
    "QC": "patient",
}


@dataclass(frozen=True)
class Status:
    """One STC composite: category, status code and the entity it is about."""

    category: str
    code: str = ""
    entity: str = ""

    def words(self) -> str:
        """'A7:562 rejected for invalid information: entity's National Provider Identifier (NPI)
        (billing provider)'."""
        said = self.category + (f":{self.code}" if self.code else "")
        said += " " + CATEGORIES.get(self.category, "(a category we do not know)")
        if self.code:
            said += ": " + STATUS_CODES.get(self.code, f"status code {self.code}")
        if self.entity:
            said += f" ({ENTITIES.get(self.entity, 'entity ' + self.entity)})"
        return said


@dataclass(frozen=True)
class ClaimStatus:
    """What the 277CA says about one claim of the batch (2200D), with its lines' own statuses."""

    control_number: str  # TRN02: the claim's CLM01, our control number
    statuses: tuple[Status, ...]
    effective_on: date
    charge_cents: int = 0
    payer_claim_number: str = ""
    message: str = ""  # STC12: the payer's own words, where it gave any
    line_statuses: tuple[tuple[str, Status], ...] = ()  # (procedure code, status) per SVC
    patient_last: str = ""
    patient_first: str = ""
    member_id: str = ""
    service_date: date | None = None

    @property
    def rejected(self) -> bool:
        return any(s.category in REJECTED for s in self.statuses)

    @property
    def accepted(self) -> bool:
        return not self.rejected and all(s.category in ACCEPTED for s in self.statuses)

    def explanation(self) -> str:
        said = "; ".join(s.words() for s in self.statuses)
        lines = "; ".join(f"line {code}: {s.words()}" for code, s in self.line_statuses)
        return "; ".join(p for p in (said, lines, self.message) if p)


@dataclass(frozen=True)
class Acknowledgement:
    """A 277CA as plain data: who sent it, its own trace, and each claim's status."""

    source_name: str
    source_id: str
    trace_number: str
    received_on: date
    processed_on: date
    claims: tuple[ClaimStatus, ...] = ()
    # Statuses said of the whole batch or of a billing provider (2200B/2200C), where no claim is named.
    batch_statuses: tuple[Status, ...] = ()
    receiver_name: str = "THERASCRIBE CLINIC"
    receiver_id: str = ""
    provider_name: str = ""
    provider_npi: str = ""


def _status(element: str) -> Status:
    parts = element.split(":")
    if not parts[0]:
        raise X12Error("an STC segment has no status category")
    return Status(parts[0], parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else "")


def _statuses(elements: list[str]) -> list[Status]:
    # STC01 is the status; STC10 and STC11 may carry a second and a third.
    found = [_status(elements[1])]
    found += [_status(elements[i]) for i in (10, 11) if len(elements) > i and elements[i]]
    return found


def read_277ca(text: str) -> Acknowledgement:
    """A 277CA as plain data. Raises X12Error for a file that is not a well-formed 277CA."""
    header: dict[str, Any] = {"source": ("", ""), "trace": "", "received": None, "processed": None}
    claims: list[dict[str, Any]] = []
    batch: list[Status] = []
    level = ""
    name: tuple[str, str, str] = ("", "", "")
    service = ""
    for elements in segments.transaction(text, "277"):
        tag = elements[0]
        with segments.elements_of(tag):
            if tag == "HL":
                level, name, service = elements[3], ("", "", ""), ""
            elif tag == "NM1" and level == "20":
                header["source"] = (elements[3], elements[9] if len(elements) > 9 else "")
            elif tag == "NM1" and level == "PT":
                name = (elements[3], elements[4] if len(elements) > 4 else "", _at(elements, 9))
            elif tag == "TRN" and level == "20":
                header["trace"] = elements[2]
            elif tag == "DTP" and level == "20" and elements[1] in ("050", "009"):
                header["received" if elements[1] == "050" else "processed"] = parse_d8(elements[3])
            elif tag == "TRN" and level == "PT":
                claims.append(
                    {"control": elements[2], "statuses": [], "lines": [], "name": name, "date": None}
                )
                claims[-1].update(on=None, charge=0, payer="", message="")
                service = ""
            elif tag == "STC" and level == "PT" and claims and service:
                claims[-1]["lines"] += [(service, s) for s in _statuses(elements)]
            elif tag == "STC" and level == "PT" and claims:
                claims[-1]["statuses"] += _statuses(elements)
                claims[-1]["on"] = claims[-1]["on"] or parse_d8(elements[2])
                claims[-1]["charge"] = cents(elements[4]) if len(elements) > 4 and elements[4] else 0
                claims[-1]["message"] = claims[-1]["message"] or _at(elements, 12)
            elif tag == "STC" and level in ("21", "19"):
                batch += [s for s in _statuses(elements) if s.category not in ACCEPTED]
            elif tag == "REF" and elements[1] == "1K" and claims and level == "PT" and not service:
                claims[-1]["payer"] = elements[2]
            elif tag == "DTP" and elements[1] == "472" and claims and level == "PT" and not service:
                claims[-1]["date"] = parse_d8(elements[3].split("-")[0])
            elif tag == "SVC" and claims and level == "PT":
                procedure = elements[1].split(":")
                service = procedure[1] if len(procedure) > 1 else procedure[0]
    if header["received"] is None:
        raise X12Error("the information source's receipt date (DTP*050) is missing")
    for claim in claims:
        if not claim["statuses"]:
            raise X12Error("a claim's TRN has no STC status")
    return Acknowledgement(
        source_name=header["source"][0],
        source_id=header["source"][1],
        trace_number=header["trace"],
        received_on=header["received"],
        processed_on=header["processed"] or header["received"],
        claims=tuple(
            ClaimStatus(
                control_number=c["control"],
                statuses=tuple(c["statuses"]),
                effective_on=c["on"],
                charge_cents=c["charge"],
                payer_claim_number=c["payer"],
                message=c["message"],
                line_statuses=tuple(c["lines"]),
                patient_last=c["name"][0],
                patient_first=c["name"][1],
                member_id=c["name"][2],
                service_date=c["date"],
            )
            for c in claims
        ),
        batch_statuses=tuple(batch),
    )


def _at(elements: list[str], index: int) -> str:
    return elements[index] if len(elements) > index else ""


def _stc(status: Status, on: date | None, amount_cents: int | None, message: str = "") -> str:
    # The billing provider's STC02 and a line's STC04 are "not used" (005010X214); STC12 is the claim's.
    action = "U" if status.category in REJECTED else "WQ"
    tail = ["", "", "", "", "", "", "", message] if message else []
    amount = "" if amount_cents is None else money(amount_cents)
    composite = Composite((status.category, status.code, status.entity))
    return segment("STC", composite, d8(on) if on else "", action, amount, *tail)


def write_277ca(ack: Acknowledgement, *, parties: Parties, control: int, at: datetime) -> str:
    """The 277CA a clearinghouse would send for `ack`: one information source, receiver and billing
    provider, a patient level for each claim."""
    accepted = [c for c in ack.claims if not c.rejected]
    rejected = [c for c in ack.claims if c.rejected]
    received = Status("A1", "19", "PR")
    receiver = ack.receiver_id or parties.receiver_id
    body = [
        segment("BHT", "0085", "08", ack.trace_number, d8(at.date()), f"{at:%H%M}", "TH"),
        segment("HL", "1", "", "20", "1"),
        segment("NM1", "PR", "2", ack.source_name, "", "", "", "", "PI", ack.source_id),
        segment("TRN", "1", ack.trace_number),
        segment("DTP", "050", "D8", d8(ack.received_on)),
        segment("DTP", "009", "D8", d8(ack.processed_on)),
        segment("HL", "2", "1", "21", "1"),
        segment("NM1", "41", "2", ack.receiver_name, "", "", "", "", "46", receiver),
        segment("TRN", "2", ack.trace_number),
        _stc(received, ack.processed_on, sum(c.charge_cents for c in ack.claims)),
        segment("QTY", "90", len(accepted)),
        segment("QTY", "AA", len(rejected)),
        segment("AMT", "YU", money(sum(c.charge_cents for c in accepted))),
        segment("AMT", "YY", money(sum(c.charge_cents for c in rejected))),
        segment("HL", "3", "2", "19", "1"),
        segment("NM1", "85", "2", ack.provider_name, "", "", "", "", "XX", ack.provider_npi),
        segment("TRN", "1", "0"),
        _stc(received, None, sum(c.charge_cents for c in ack.claims)),
        segment("QTY", "QA", len(accepted)),
        segment("QTY", "QC", len(rejected)),
        segment("AMT", "YU", money(sum(c.charge_cents for c in accepted))),
        segment("AMT", "YY", money(sum(c.charge_cents for c in rejected))),
    ]
    for number, claim in enumerate(ack.claims, start=4):
        body += [
            segment("HL", number, "3", "PT"),
            segment(
                "NM1", "QC", "1", claim.patient_last, claim.patient_first, "", "", "", "MI", claim.member_id
            ),
            segment("TRN", "2", claim.control_number),
            *(
                _stc(s, claim.effective_on, claim.charge_cents, claim.message if i == 0 else "")
                for i, s in enumerate(claim.statuses)
            ),
        ]
        if claim.payer_claim_number:
            body.append(segment("REF", "1K", claim.payer_claim_number))
        body.append(segment("DTP", "472", "D8", d8(claim.service_date or claim.effective_on)))
        for code, status in claim.line_statuses:
            body += [
                segment("SVC", Composite(("HC", code)), "0"),
                _stc(status, claim.effective_on, None),
            ]
    return wrap(
        body, parties=parties, control=control, functional_id="HN", version=VERSION, at=at, transaction="277"
    )
