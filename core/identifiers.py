"""Check digits of identifiers that claims carry."""

import re


def _luhn_sum(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total


def npi_check_digit(first_nine: str) -> str:
    """Luhn over the prefix 80840 and the first nine digits (CMS NPI standard, 'check digit')."""
    return str((10 - _luhn_sum("80840" + first_nine) % 10) % 10)


def npi_valid(npi: str) -> bool:
    return bool(re.fullmatch(r"\d{10}", npi)) and npi_check_digit(npi[:9]) == npi[9]
