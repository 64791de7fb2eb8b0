"""Validation of the X12 we write and read, by pyx12 against the 5010 implementation guides' maps.

pyx12's `x12n_document` loads its maps (the ISA/GS control map and the transaction's guide, each with
the external code sets and data elements) from XML on every call: 0.2-0.8 s a file, about nine tenths of
the validation. Here each map is loaded once per process and shared. That is safe because a loaded map
is read-only while pyx12 validates against it (the segment and loop counts live in each call's own
walker, `pyx12.nodeCounter`; the one write, a node's lazily computed path, always writes the same
string), so worker threads share the maps with no lock; the lock only keeps two threads from loading
the same map at once. The findings are pyx12's, as before: the same maps, the same params.
"""

import io
import json
import logging
import re
import threading
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, TypeVar

import pyx12.map_if
import pyx12.params
import pyx12.x12n_document

from core.billing.x12.segments import X12Error
from core.errors import Invalid

Read = TypeVar("Read")


def _frozen_params() -> pyx12.params.ParamsBase:
    """pyx12's run-time parameters (its defaults and any pyx12.conf.xml), read once and never changed:
    the maps loaded with them keep them and read `charset` from them as they validate."""
    params = pyx12.params.params()
    params.params = MappingProxyType(dict(params.params))
    return params


_PARAMS = _frozen_params()
_MAPS: dict[tuple[str, str | None], pyx12.map_if.map_if] = {}
_LOADING = threading.Lock()
_load_map_file: Callable[..., pyx12.map_if.map_if] = getattr(
    pyx12.map_if.load_map_file, "__wrapped__", pyx12.map_if.load_map_file
)


def _load_map_file_once(map_file: str, param: pyx12.params.ParamsBase, map_path: str | None = None) -> Any:
    """pyx12.map_if.load_map_file, kept per (map, folder) when loaded with our own params; any other
    caller of pyx12 (its own params) loads afresh, as pyx12 does."""
    if param is not _PARAMS:
        return _load_map_file(map_file, param, map_path)
    key = (map_file, map_path)
    loaded = _MAPS.get(key)
    if loaded is None:
        with _LOADING:
            loaded = _MAPS.get(key)
            if loaded is None:
                loaded = _MAPS[key] = _load_map_file(map_file, param, map_path)
    return loaded


# x12n_document finds the loader as `pyx12.map_if.load_map_file` as it runs: the one place to share maps.
_load_map_file_once.__wrapped__ = _load_map_file  # type: ignore[attr-defined]
pyx12.map_if.load_map_file = _load_map_file_once


def x12_errors(text: str) -> list[str]:
    """pyx12's findings on an interchange; an empty list means it passed."""
    logging.getLogger("pyx12").setLevel(logging.CRITICAL)
    report = io.StringIO()
    ok = pyx12.x12n_document.x12n_document(_PARAMS, io.StringIO(text), None, None, fd_json=report)
    errors: list[str] = []
    try:
        tree = json.loads(report.getvalue() or "{}")
    except json.JSONDecodeError:
        tree = {}
        errors.append("pyx12 wrote a report we could not read")
    _collect(tree, errors)
    if not ok and not errors:
        errors.append("pyx12 rejected the interchange")
    return errors


def _collect(node: object, errors: list[str]) -> None:
    """Every error pyx12 reports, at any level (interchange, group, transaction, segment, element)."""
    if isinstance(node, dict):
        for item in node.get("errors", []) or []:
            message = str(item.get("err_str") or item.get("msg") or "invalid segment")
            value = str(item.get("err_val") or "")
            if value:  # the offending value may be a birth date or a name: never repeat it
                message = message.replace(f"({value})", "").replace(value, "").strip()
            if message not in errors:
                errors.append(message)
        if node.get("ack_code") not in (None, "A") and "rejected" not in errors:
            errors.append("rejected")
        for value in node.values():
            if isinstance(value, list | dict):
                _collect(value, errors)
    elif isinstance(node, list):
        for value in node:
            _collect(value, errors)


def read_checked(text: str, read: Callable[[str], Read], what: str) -> Read:
    """A payer's X12 file (`what`: "the 835") read as plain data and valid by pyx12, or Invalid saying
    why in words that never repeat its data."""
    try:
        found = read(text)
    except X12Error as error:
        raise Invalid(f"{what} cannot be read: {error}") from None
    errors = x12_errors(text)
    if errors:
        raise Invalid(validation_words(what, errors))
    return found


# pyx12's findings as a biller reads them: what is wrong, with the segment named for the clearinghouse,
# never the validator's loop path (#20, trial 51: "Segment REF*6B not found. Started at /ISA_LOOP/...").
MISSING = "a part the standard requires is missing ({0})"
PLAIN = (
    (re.compile(r"Segment (\S+) not found", re.I), MISSING),
    (re.compile(r'Mandatory segment "([^"]+)" \((\w+)\) missing', re.I), "the {0} is missing ({1})"),
    (re.compile(r"Mandatory segment .*?\((\w+)\) missing", re.I), MISSING),
    (re.compile(r"SE count of", re.I), "its count of parts is wrong (SE)"),
    (re.compile(r"Segment (\S+) exceeded max count", re.I), "a part appears more often than allowed ({0})"),
    (re.compile(r"Mandatory data element", re.I), "a field the standard requires is empty"),
    (re.compile(r"(?:Invalid|not a valid) code", re.I), "a code the standard does not allow"),
    (re.compile(r"too (long|short)", re.I), "a field is too {0}"),
    (re.compile(r"Unknown or out of place segment (\S+)", re.I), "a part is out of place or unknown ({0})"),
)


def plain(error: str) -> str:
    """One of pyx12's findings in words, without where in its loops it started looking ('Payer Technical
    Contact Information' is pyx12's name for PER: the payer's technical contact)."""
    text = error.split(" Started at ", 1)[0].strip().rstrip(".")
    for pattern, words in PLAIN:
        if found := pattern.search(text):
            return words.format(*(part.lower() if " " in part else part for part in found.groups()))
    return text


# How many problems a refusal names; a missing part comes first, as it is what the payer must add (a
# count that no longer adds up follows from it: #20, trial 53, an 835 without PER led with "SE count").
NAMED = 3


def validation_words(what: str, errors: list[str]) -> str:
    """Why a payer's file was refused, in a biller's words: what is wrong (missing parts first), how many
    more, and what to do. Nothing of the file was used."""
    problems = list(dict.fromkeys(plain(e) for e in errors if e != "rejected"))
    problems.sort(key=lambda p: "missing" not in p)
    named = "; ".join(problems[:NAMED]) or "it did not pass the standard's checks"
    more = f" (and {len(problems) - NAMED} more)" if len(problems) > NAMED else ""
    return (
        f"{what} does not follow the X12 standard, so nothing in it was used: {named}{more}. Ask the payer "
        "or your clearinghouse to send the file again with this put right."
    )
