"""Billing profiles of the common kinds of payer, as data: a new payer starts from one and any rule can
be changed for that payer (the profile is a starting point, not a link). The figures are the usual
ones for outpatient therapy; a clinic's contracts may differ, which is why each is editable."""

from typing import Any

# Medicare's KX threshold and targeted-review threshold by year, in cents (PRODUCT.md): data, not code.
KX_THRESHOLDS = {2025: (241_000, 300_000), 2026: (248_000, 300_000)}

PROFILES: dict[str, dict[str, Any]] = {
    "medicare": {
        "kind": "medicare",
        "unit_rule": "cms",
        "requires_authorization": False,
        "authorization_overrun": "warn",
        "applies_ncci": True,
        "denies_97530_with_97140": False,
        "timely_filing_days": 365,
        "progress_report_visits": 10,
        "max_certification_days": 90,
    },
    "medicaid": {
        "kind": "medicaid",
        "unit_rule": "cms",
        "requires_authorization": True,
        "authorization_overrun": "refuse",
        "applies_ncci": True,
        "denies_97530_with_97140": False,
        "timely_filing_days": 180,
        "progress_report_visits": 10,
        "max_certification_days": 90,
    },
    "commercial": {
        "kind": "commercial",
        "unit_rule": "per-code",
        "requires_authorization": True,
        "authorization_overrun": "warn",
        "applies_ncci": True,
        "denies_97530_with_97140": False,
        "timely_filing_days": 180,
        "progress_report_visits": 10,
        "max_certification_days": 90,
    },
}


def payer_settings(profile: str, overrides: dict[str, Any]) -> dict[str, Any]:
    """A payer's settings as its row stores them: its profile's, with the clinic's own changes on top
    (unknown names refused). What billing reads from that row is `core.billing.charges.payer_rules`."""
    if profile not in PROFILES:
        raise ValueError(f"profile is one of {', '.join(PROFILES)}")
    unknown = sorted(set(overrides) - set(PROFILES[profile]))
    if unknown:
        raise ValueError(f"no such payer rule: {', '.join(unknown)}")
    return {**PROFILES[profile], **overrides}
