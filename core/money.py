"""Money typed by people and old systems ('$1,234.50', accounting '(12.00)') to integer cents, exactly."""

from decimal import Decimal, InvalidOperation


def parse_cents(text: str, *, allow_negative: bool = False) -> int:
    """Cents, or ValueError with what is wrong ('not an amount', 'not to the cent', 'negative')."""
    value = text.strip().replace("$", "").replace(",", "")
    negative = value.startswith("(") and value.endswith(")")
    try:
        amount = Decimal(value.strip("()"))
    except InvalidOperation:
        raise ValueError("not an amount") from None
    if not amount.is_finite():
        raise ValueError("not an amount")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError("not to the cent")
    cents = int(amount * 100) * (-1 if negative else 1)
    if cents < 0 and not allow_negative:
        raise ValueError("negative")
    return cents
