"""The net amount and the tax from the table of tax per rate that receipts print.

A till receipt lists its tax by rate under a heading that names the net and the tax
columns: `MwSt | Netto | MwSt | Brutto`, `IVA | BASE | CUOTA | TOTAL`, `Taux | HT | TVA |
TTC`, `Moms% | Moms | Netto | Brutto`, `Sazba | Základ | DPH | Celkem`. No single row
labels the net amount or the tax; the columns' sums are them, believed only when net
and tax together, or the gross column, make up the total.
"""

import re
from collections.abc import Sequence
from decimal import Decimal

from bot.invoices.amounts import amounts
from bot.invoices.columns import column
from bot.invoices.labels import NET_WORDS, TAX_WORDS
from bot.invoices.layout import Cell, Row

#: Most rates a table lists, and a row for their sum.
MOST_ROWS = 5
#: A column's sum named as such: `Total HT | Total TVA`, `Montant TVA`, `Amount VAT`.
_SUM_OF = r"(?:(?:total|montant|importe|amount|summe)\s+)?"
_NET = re.compile(rf"^\W*{_SUM_OF}(?:{NET_WORDS}|excl\.?|bedrag\s*excl)\W*$", re.IGNORECASE)
_TAX = re.compile(
    rf"^\W*{_SUM_OF}(?:{TAX_WORDS}|cuota(?:\s*iva)?|steuer|imposta|vero)\.?\W*$",
    re.IGNORECASE,
)
_GROSS = re.compile(
    r"^\W*(?:brutto|gross|total|sum|summe|celkem|verollinen|ttc|incl\.?)\W*$", re.IGNORECASE
)


def rate_sums(rows: Sequence[Row], total: Decimal) -> tuple[Decimal, Decimal, int] | None:
    """(net, tax, heading row) of the first table of tax per rate whose net and tax
    columns, or (when it has no net column) whose gross column, add up to `total`. The
    tax column is the last one a tax word heads alone, without a `%` (`MwSt | Netto |
    MwSt | Brutto`: the first names the rates)."""
    for index, row in enumerate(rows):
        if len(row.cells) < 3 or amounts(row.text):
            continue
        taxes = [cell for cell in row.cells if _TAX.match(cell.text) and "%" not in cell.text]
        if not taxes:
            continue
        tax_column = _column(rows, index, taxes[-1])
        net_head = next((cell for cell in row.cells if _NET.match(cell.text)), None)
        gross_head = next((cell for cell in row.cells if _GROSS.match(cell.text)), None)
        if not tax_column:
            continue
        tax = _summed(tax_column)
        if net_head is not None:
            nets = _column(rows, index, net_head)
            net = _summed(nets) if len(nets) == len(tax_column) else None
            if net is not None and net + tax == total and tax < net:
                return net, tax, index
        elif gross_head is not None:
            gross = _column(rows, index, gross_head)
            if len(gross) == len(tax_column) and _summed(gross) == total and 0 <= tax < total / 2:
                return total - tax, tax, index
    return None


def _column(rows: Sequence[Row], index: int, heading: Cell) -> list[Decimal]:
    return [amount.value for amount, _ in column(rows, index, heading, depth=MOST_ROWS)]


def _summed(values: list[Decimal]) -> Decimal:
    """The column's sum: its last value when that sums the rows above (a sum row)."""
    if len(values) > 1 and values[-1] == sum(values[:-1]):
        return values[-1]
    return sum(values, Decimal(0))
