"""The net amount and the tax from the table of tax per rate that receipts print.

A till receipt lists its tax by rate under a heading that names the net and the tax
columns: `MwSt | Netto | MwSt | Brutto`, `IVA | BASE | CUOTA | TOTAL`, `Taux | HT | TVA |
TTC`. No single row labels the net amount or the tax; the columns' sums are them, and
they are believed only when together they make up the total.
"""

import re
from collections.abc import Sequence
from decimal import Decimal

from bot.invoices.amounts import amounts
from bot.invoices.columns import column
from bot.invoices.layout import Row

#: Most rates a table lists, and a row for their sum.
MOST_ROWS = 5
_NET = re.compile(
    r"^\W*(?:netto|net|nett|base|basis|h\.?t\.?|excl\.?|imponibile|grondslag|bedrag\s*excl)\W*$",
    re.IGNORECASE,
)
_TAX = re.compile(
    r"^\W*(?:mwst|ust|vat|tva|btw|iva|cuota|gst|tax|steuer|imposta|moms|mva)\.?\W*$",
    re.IGNORECASE,
)


def rate_sums(rows: Sequence[Row], total: Decimal) -> tuple[Decimal, Decimal, int] | None:
    """(net, tax, heading row) of the first table of tax per rate whose net and tax
    columns add up to `total`."""
    for index, row in enumerate(rows):
        if len(row.cells) < 3 or amounts(row.text):
            continue
        net_head = next((cell for cell in row.cells if _NET.match(cell.text)), None)
        if net_head is None:
            continue
        tax_head = next(
            (cell for cell in row.cells if cell.x > net_head.x and _TAX.match(cell.text)), None
        )
        if tax_head is None:
            continue
        nets = [amount.value for amount, _ in column(rows, index, net_head, depth=MOST_ROWS)]
        taxes = [amount.value for amount, _ in column(rows, index, tax_head, depth=MOST_ROWS)]
        if not nets or len(nets) != len(taxes):
            continue
        net, tax = _summed(nets), _summed(taxes)
        if net + tax == total and 0 <= tax < net:
            return net, tax, index
    return None


def _summed(values: list[Decimal]) -> Decimal:
    """The column's sum: its last value when that sums the rows above (a sum row)."""
    if len(values) > 1 and values[-1] == sum(values[:-1]):
        return values[-1]
    return sum(values, Decimal(0))
