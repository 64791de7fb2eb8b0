"""How many pages a list takes, one rule for every paged list (claims, held claims, alerts, patients)."""


def page_count(total: int, per_page: int) -> int:
    """Pages of `per_page` rows that hold `total` rows; an empty list is still one page, shown empty."""
    return max(1, -(-total // per_page))
