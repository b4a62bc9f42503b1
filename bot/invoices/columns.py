"""Amounts in a table of totals, read down the column under their heading.

Invoices, e-invoices above all, print their sums as a table: the headings in one row
(`Warenwert | Nettobetrag | MwSt-Betrag | Endbetrag`, `Netto EUR | MwSt. EUR | Brutto
EUR`), a row of amounts per tax rate under them, and the sums last. The amount a heading
names is the one in its own column, not the first of the row below.
"""

import re
from collections.abc import Sequence
from decimal import Decimal

from bot.invoices.amounts import Amount, amounts
from bot.invoices.item_table import item_words
from bot.invoices.labels import (
    GROSS_TOTAL,
    SUMMARY_LABELS,
    TOTAL_LABELS,
)
from bot.invoices.layout import Cell, Row

#: Rows of one table lie closer than this many type heights apart.
ROW_GAP = 3.0
#: Rows a column may run down under its heading.
DEEPEST = 8
#: Lines a table's heading may run over.
DEEPEST_HEADING = 4
_GROSS = re.compile(r"\bbrutto\b|\bgross\b|\bttc\b", re.IGNORECASE)


def is_heading_row(row: Row) -> bool:
    """Several labels side by side and no amount among them."""
    return len(row.cells) >= 2 and not amounts(row.text)


def heads_sums(rows: Sequence[Row], index: int) -> bool:
    """Row `index` heads a table of sums: it names the gross amount due beside the
    others (`Endbetrag`, `Brutto EUR`), and it is no line of a line-item table's
    heading (`Pos | Beschreibung | Menge | USt.` over `Positions- | betrag`), whose
    columns hold each item's amount. (A receipt's tax summary, `Amount (RM) | Tax (RM)`,
    names no amount due: it comes after the totals, with amounts of its own.)"""
    if SUMMARY_LABELS.search(rows[index].text) or not any(
        _names_gross(cell.text) for cell in rows[index].cells
    ):
        return False
    start = index
    while start > 0 and index - start < DEEPEST_HEADING and is_heading_row(rows[start - 1]):
        start -= 1
    end = min(index + 1, len(rows) - 1)
    block = [rows[i] for i in range(start, end + 1) if i <= index or is_heading_row(rows[i])]
    return not any(item_words(row.text) >= 2 for row in block)


def column_amount(rows: Sequence[Row], index: int, heading: Cell) -> tuple[Decimal, int] | None:
    """The amount under `heading` (a cell of row `index`) and the row it is on: the one
    its column holds, or the last when it is the sum of those above it (a row per tax
    rate, then their sum). None when the column holds several amounts that do not sum
    up that way."""
    found = [(amount.value, below) for amount, below in column(rows, index, heading)]
    if len(found) == 1:
        return found[0]
    if len(found) > 1 and found[-1][0] == sum(value for value, _ in found[:-1]):
        return found[-1]
    return None


def column(
    rows: Sequence[Row], index: int, heading: Cell, depth: int = DEEPEST
) -> list[tuple[Amount, int]]:
    """The amounts down the column under `heading` (a cell of row `index`), each with
    its row: a row's last amount under the heading, from the first row that has one to
    the first that has none or lies apart from the table. A row with nothing across the
    heading's width is another column's, printed beside the table (the sums beside a VAT
    breakdown), and ends nothing."""
    found: list[tuple[Amount, int]] = []
    last_y = rows[index].y
    for below, row in enumerate(rows[index + 1 : index + 1 + depth], start=index + 1):
        if row.y - last_y > ROW_GAP * heading.height:
            break
        values = [
            amount for cell in row.cells if _under(cell, heading) for amount in amounts(cell.text)
        ]
        if not values:
            if found and any(_under(cell, heading) for cell in row.cells):
                break
            continue
        found.append((values[-1], below))
        last_y = row.y
    return found


def _under(cell: Cell, heading: Cell) -> bool:
    """Most of `cell` lies within the heading's width (amounts sit flush right or
    centred under their heading, never wider than the column)."""
    shared = min(cell.right, heading.right) - max(cell.x, heading.x)
    return shared > 0.5 * min(cell.width, heading.width)


def _names_gross(text: str) -> bool:
    strongest = TOTAL_LABELS[0][0]
    return bool(strongest.search(text) or GROSS_TOTAL.search(text) or _GROSS.search(text))
