"""Money on the pages in one format (#22): the templates wrote cents as dollars inline, 23 times in 14
templates (`${{ "{:,.2f}".format(x / 100) }}`, the f-string core.words.dollars is); they now say
`{{ x | dollars }}`, which writes every amount as it was. A form's typed value ('%.2f', no thousands
comma: what the field reads back) and patient.html's '$%.2f' amounts are not this format and stay."""

import re
from pathlib import Path

import pytest

from web.routers.pages import templates

TEMPLATES = Path(__file__).resolve().parent.parent / "web" / "templates"

AMOUNTS = [0, 5, 99, 100, 123456, 100000000, -250, -123456]


@pytest.mark.parametrize("cents", AMOUNTS)
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('${{ "{:,.2f}".format(x / 100) }}', "{{ x | dollars }}"),
        ('${{ "{:,.2f}".format(-x / 100) }}', "{{ (-x) | dollars }}"),  # appointment.html's credit
        (  # ledger.html's money(): the sign before the dollar sign
            '{% if x < 0 %}-{% endif %}${{ "{:,.2f}".format((x if x >= 0 else -x) / 100) }}',
            "{% if x < 0 %}-{% endif %}{{ (x if x >= 0 else -x) | dollars }}",
        ),
    ],
)
def test_the_dollars_filter_writes_what_the_inline_format_wrote(cents: int, before: str, after: str) -> None:
    env = templates.env
    assert env.from_string(after).render(x=cents) == env.from_string(before).render(x=cents)


INLINE = re.compile(r'"\{:,\.2f\}"\.format\([^)]*/ ?100\)')


def test_no_template_formats_cents_inline() -> None:
    found = {
        path.name: len(INLINE.findall(path.read_text()))
        for path in sorted(TEMPLATES.rglob("*.html"))
        if INLINE.search(path.read_text())
    }
    assert found == {}


@pytest.mark.parametrize(
    ("template", "kept"),
    [  # must not change: a form field's typed amount, without the thousands comma it could not read back
        ("appointment.html", "'%.2f' | format(copay.asked_cents / 100)"),
        ("payer.html", "'%.2f' | format(line.amount_cents / 100)"),
        ("ledger.html", '"{:.2f}".format(account.balance_cents / 100)'),
    ],
)
def test_a_typed_amount_keeps_its_plain_format(template: str, kept: str) -> None:
    assert kept in (TEMPLATES / template).read_text()
