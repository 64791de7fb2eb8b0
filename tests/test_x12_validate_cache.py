"""x12_errors loads pyx12's maps once per process and shares them (core.billing.x12.validate): what it
finds wrong is what pyx12 finds with maps loaded afresh, call after call and from many threads at once."""

import io
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import pytest
import pyx12.params
import pyx12.x12n_document

from core.billing.x12 import validate
from core.billing.x12.claim837 import Address, BillingProvider, ClaimOut, LineOut, Person, write_837p
from core.billing.x12.envelope import Parties
from core.billing.x12.era835 import (
    PROCESSED_PRIMARY,
    Adjustment,
    ClaimPayment,
    Remittance,
    ServicePayment,
    write_835,
)
from core.billing.x12.validate import x12_errors
from core.identifiers import npi_check_digit

AT = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
ADDRESS = Address("12 MAIN ST", "SPRINGFIELD", "IL", "627010000")


def _npi(first_nine: str) -> str:
    return first_nine + npi_check_digit(first_nine)


def _837p() -> str:
    patient = Person("DOE", "JANE", date(1960, 3, 9), "F", ADDRESS)
    claim = ClaimOut(
        control_number="C000000001",
        total_cents=12500,
        diagnosis_codes=("M545",),
        subscriber=patient,
        member_id="M000000001",
        group_number="",
        relationship="self",
        patient=patient,
        payer_name="ACME HEALTH",
        payer_id="P0001",
        payer_kind="commercial",
        rendering=Person("HILL", "KATHERINE"),
        rendering_npi=_npi("123456789"),
        rendering_taxonomy="225100000X",
        lines=(
            LineOut(1, "97110", ("GP",), 6250, 1, (1,), date(2026, 11, 20), "C000000001-1"),
            LineOut(2, "97140", ("GP", "59"), 6250, 1, (1,), date(2026, 11, 20), "C000000001-2"),
        ),
    )
    billing = BillingProvider(
        "RIVERSIDE THERAPY", _npi("190000001"), "36-1000001", "225100000X", ADDRESS, "2175550100"
    )
    return write_837p([claim], billing=billing, parties=Parties("361000001", "P0001"), control=1, at=AT)


def _835() -> str:
    service = ServicePayment("97110", ("GP",), 6250, 5000, 1, "C000000001-1", (Adjustment("PR", "2", 1250),))
    claim = ClaimPayment(
        "C000000001", PROCESSED_PRIMARY, 6250, 5000, 1250, "ICN1", (service,), "DOE", "JANE", "M1"
    )
    remittance = Remittance(
        "ACME HEALTH",
        "P0001",
        "RIVERSIDE THERAPY",
        _npi("190000001"),
        "T1",
        5000,
        date(2026, 12, 10),
        (claim,),
    )
    return write_835(remittance, parties=Parties("P0001", "361000001"), control=2, at=AT)


def _broken(text: str) -> list[str]:
    """The file spoiled in ways pyx12 must catch: a segment count off, a required segment gone, a code
    not in the guide's list, a date that is none, an element too long, a sender qualifier that is none,
    the interchange cut short."""
    lines = text.split("\n")
    out = [
        text.replace("SE*", "SE*9", 1),
        "\n".join(line for line in lines if not line.startswith("N4*")),
        text.replace("NM1*85*2*", "NM1*85*7*", 1).replace("CLP*C000000001*1*", "CLP*C000000001*99*", 1),
        text.replace("*20261120", "*20261340", 1).replace("*20261210", "*20261340", 1),
        text.replace("RIVERSIDE THERAPY", "R" * 80, 1),
        text.replace("*ZZ*", "*QQ*", 1),
        "\n".join(lines[: len(lines) // 2]),
    ]
    return [spoiled for spoiled in out if spoiled != text]


def _afresh(text: str) -> list[str]:
    """pyx12 on its own: params of its own, so every map is loaded from its XML for this call."""
    report = io.StringIO()
    ok = pyx12.x12n_document.x12n_document(
        pyx12.params.params(), io.StringIO(text), None, None, fd_json=report
    )
    errors: list[str] = []
    validate._collect(json.loads(report.getvalue() or "{}"), errors)
    if not ok and not errors:
        errors.append("pyx12 rejected the interchange")
    return errors


TEXTS = {"837P": _837p(), "835": _835()}


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_a_good_file_passes_and_each_spoiled_one_fails_as_pyx12_afresh_says(kind: str) -> None:
    good = TEXTS[kind]
    assert x12_errors(good) == [] == _afresh(good)
    spoiled = _broken(good)
    assert len(spoiled) == 7
    for n, text in enumerate(spoiled):
        first = x12_errors(text)
        assert first, text
        assert first == x12_errors(text)  # and again, on the shared maps
        if n < 4:  # loading the maps afresh costs up to a second a file
            assert first == _afresh(text)
        assert x12_errors(good) == []  # a failure leaves nothing behind for the next file


def test_threads_find_what_one_thread_finds() -> None:
    texts = [t for good in TEXTS.values() for t in (good, *_broken(good))] * 4
    alone = [x12_errors(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(x12_errors, texts))
    assert together == alone
    assert sum(1 for found in alone if not found) == 8  # the two good ones, four times, and only those


def test_each_map_is_loaded_once_and_a_caller_with_its_own_params_loads_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loads: list[str] = []
    original = validate._load_map_file

    def counting(map_file: str, param: object, map_path: str | None = None) -> object:
        loads.append(map_file)
        return original(map_file, param, map_path)

    monkeypatch.setattr(validate, "_load_map_file", counting)
    monkeypatch.setattr(validate, "_MAPS", {})
    for _ in range(3):
        for text in TEXTS.values():
            assert x12_errors(text) == []
    assert sorted(loads) == ["835.5010.X221.A1.xml", "837.5010.X222.A1.xml", "x12.control.00501.xml"]
    loads.clear()
    assert _afresh(TEXTS["835"]) == []
    assert sorted(loads) == ["835.5010.X221.A1.xml", "x12.control.00501.xml"]


def test_the_shared_params_cannot_be_changed() -> None:
    with pytest.raises(TypeError):
        validate._PARAMS.set("charset", "B")
