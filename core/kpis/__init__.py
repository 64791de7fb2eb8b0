"""The practice's KPIs: `formulas` (the arithmetic, pure), `definitions` (each KPI's query feeding its
formula) and `service` (counting for an asker, with the figures kept for the dashboard)."""

from core.kpis.definitions import DEFINITIONS, Definition, Scope
from core.kpis.formulas import Figure, ar_days, lag_hours, last_full_month, meets, target_bound
from core.kpis.service import (
    Kpi,
    KpiFilters,
    agreeing_filters,
    compute,
    compute_ranges,
    wait_for_refreshes,
    watch_changes,
)

__all__ = [
    "DEFINITIONS",
    "Definition",
    "Figure",
    "Kpi",
    "KpiFilters",
    "Scope",
    "agreeing_filters",
    "ar_days",
    "compute",
    "compute_ranges",
    "lag_hours",
    "last_full_month",
    "meets",
    "target_bound",
    "wait_for_refreshes",
    "watch_changes",
]
