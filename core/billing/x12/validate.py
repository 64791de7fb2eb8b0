"""Validation of the X12 we write and read, by pyx12 against the 5010 implementation guides' maps."""

import io
import json
import logging

import pyx12.params
import pyx12.x12n_document


def x12_errors(text: str) -> list[str]:
    """pyx12's findings on an interchange; an empty list means it passed."""
    logging.getLogger("pyx12").setLevel(logging.CRITICAL)
    params = pyx12.params.params()
    report = io.StringIO()
    ok = pyx12.x12n_document.x12n_document(params, io.StringIO(text), None, None, fd_json=report)
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
