"""The setup typed as lines of text, as the first-run page's boxes and `therascribe init --ask` take it:
one item a line, its parts separated by ';'. Each turns into the same description a setup file holds
(core/clinics/setup.py), which checks every field; nothing here judges a value."""

from datetime import date


def _lines(text: str) -> list[list[str]]:
    rows = []
    for line in text.replace("\r", "").split("\n"):
        parts = [p.strip() for p in line.split(";")]
        if any(parts):
            rows.append(parts)
    return rows


def _named(parts: list[str], names: tuple[str, ...]) -> dict[str, str]:
    """The line's parts by name; a part left empty is not given (the description's default holds)."""
    return {name: value for name, value in zip(names, parts, strict=False) if value}


def providers_of(text: str) -> list[dict[str, str]]:
    """'name; credential; NPI; supervisor; taxonomy' (the last three may be left out)."""
    out = []
    for parts in _lines(text):
        provider = _named(parts, ("name", "credential", "npi", "supervisor", "taxonomy"))
        provider["credential"] = provider.get("credential", "").upper()
        out.append(provider)
    return out


def reminders_of(text: str) -> list[dict[str, str]]:
    """'24 email; 2 sms': hours before the visit and the channel, a reminder a part (on one line or
    several)."""
    out = []
    for parts in _lines(text):
        for part in parts:
            if part:
                hours, _, channel = part.partition(" ")
                out.append({"hours_before": hours.strip(), "channel": channel.strip().lower()})
    return out


def types_of(text: str) -> list[dict[str, str]]:
    """'name; discipline; kind; minutes; patients at once (a group only)'."""
    out = []
    for parts in _lines(text):
        kind = _named(parts, ("name", "discipline", "kind", "minutes", "group_capacity"))
        kind["discipline"] = kind.get("discipline", "").upper()
        kind["kind"] = kind.get("kind", "").lower()
        out.append(kind)
    return out


def fees_of(text: str) -> tuple[dict[str, dict[str, str]], list[str]]:
    """'payer; code (and modifier); amount' lines as each payer's fees, and the lines that say too
    little to be read ('line 3: ...')."""
    fees: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for number, parts in enumerate(_lines(text), start=1):
        if len(parts) != 3 or not all(parts):
            problems.append(f"fees line {number}: is 'payer; code; amount', like 'Medicare; 97110 GP; 31.00'")
            continue
        payer, code, amount = parts
        fees.setdefault(payer, {})[code] = amount
    return fees, problems


def with_fees(payers: list[dict], text: str, effective_from: date) -> list[str]:
    """Give each payer of the setup its fee lines (a fee schedule from `effective_from`); the problems
    of lines that cannot be read or name no payer of the setup."""
    fees, problems = fees_of(text)
    names = {p["name"].lower(): p for p in payers}
    for name, lines in fees.items():
        payer = names.get(name.lower())
        if payer is None:
            problems.append(f"fees: '{name}' names no payer of the setup")
            continue
        start = effective_from.isoformat()
        payer.setdefault("fee_schedule", {"effective_from": start, "fees": {}})["fees"].update(lines)
    return problems
