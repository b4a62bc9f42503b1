"""Line items: the rows between a table's heading and its first total-like row.

Two readings. A till receipt's: the last amount of a row, the words before its first,
under a heading of two English words. A table's by its columns (`bot.invoices.item_rows`,
for headings in any language and over several lines): an item's amount is the one in the
line amount's column, its quantity the number under the quantity heading, its
description the text under the description heading, run on over the lines below it.

The reading by columns is taken when its items add up and the receipt's do not: add up
to the total, or to a net sum printed under the table that the tax printed below makes
up into the total (`subtotal + tax = total`, the check `bot.invoices.validate` makes). A
table whose items add up to a line total only (document-level discounts or charges
between it and the net sum) is left unread, as before: the items check would send it to
a person for its want of a net sum to compare with.
"""

import re
from collections.abc import Sequence
from decimal import Decimal

from bot.invoices.amounts import Amount, amounts
from bot.invoices.fields import LineItem
from bot.invoices.item_rows import read_table
from bot.invoices.item_table import find_heading
from bot.invoices.labels import (
    ITEM_HEADER_WORDS,
    NOT_TOTAL_FOR_SUBTOTAL,
    STOP_ITEMS,
    SUBTOTAL_LABELS,
)
from bot.invoices.layout import Row

CENT = Decimal("0.01")


def find_line_items(rows: Sequence[Row], end: int) -> list[LineItem]:
    """The items of the first item table above row `end` (the total's)."""
    plain = _receipt_items(rows, end)
    heading = find_heading(rows, end)
    if heading is None or (plain and _adds_up(plain, rows, heading.end, end)):
        return plain
    by_columns = read_table(rows, heading, end)
    return by_columns if by_columns and _adds_up(by_columns, rows, heading.end, end) else plain


def _adds_up(items: list[LineItem], rows: Sequence[Row], start: int, end: int) -> bool:
    """The items' sum is the total (the last amount on row `end`: a table of sums prints
    the net and the tax before it), or an amount printed in rows `start:end` that is
    labelled a subtotal or that an amount printed after it (the tax) makes up into the
    total."""
    summed = sum((Decimal(str(item.amount)) for item in items if item.amount), Decimal(0))
    on_total_row = amounts(rows[end].text) if end < len(rows) else []
    totals = {on_total_row[-1].value} if on_total_row else set()
    if any(abs(summed - total) <= CENT for total in totals):
        return True
    printed = [[a.value for a in amounts(rows[i].text)] for i in range(start, end)]
    for offset, values in enumerate(printed):
        if not any(abs(summed - value) <= CENT for value in values):
            continue
        text = rows[start + offset].text
        if SUBTOTAL_LABELS.search(text) and not NOT_TOTAL_FOR_SUBTOTAL.search(text):
            return True
        later = {value for line in printed[offset:] for value in line if value > 0}
        if any(abs(summed + tax - total) <= CENT for tax in later for total in totals):
            return True
    return False


def _first_plain_heading(rows: Sequence[Row], end: int) -> int | None:
    """The first row above `end` that heads a table the way receipts do: two English
    heading words, no amounts."""
    return next(
        (
            index
            for index, row in enumerate(rows[:end])
            if len({m.group(0).lower() for m in ITEM_HEADER_WORDS.finditer(row.text)}) >= 2
            and not amounts(row.text)
        ),
        None,
    )


def _receipt_items(rows: Sequence[Row], end: int) -> list[LineItem]:
    """Rows between the table header and the first total-like row. A description may
    sit on the amount's row, on the row above it, or (per table) on the row below."""
    header = _first_plain_heading(rows, end)
    if header is None:
        return []
    table: list[tuple[str, list[Amount], Row]] = []
    for row in rows[header + 1 : end]:
        if any(pattern.search(row.text) for pattern in STOP_ITEMS):
            break
        found = amounts(row.text)
        table.append((_description(row, found), found, row))
    first = next((i for i, (_, found, _) in enumerate(table) if found), None)
    below = (
        first is not None
        and not table[first][0]
        and (first == 0 or table[first - 1][1] or not table[first - 1][0])
    )
    items: list[LineItem] = []
    for index, (words, found, row) in enumerate(table):
        if not found:
            continue
        if not words:
            near = index + 1 if below else index - 1
            if 0 <= near < len(table) and not table[near][1]:
                words = table[near][0]
        amount = found[-1].value
        qty = _quantity(row, found)
        unit = found[-2].value if len(found) >= 2 else None
        if unit is None and qty:
            unit = (amount / Decimal(str(qty))).quantize(Decimal("0.01"))
        items.append(
            LineItem(
                description=words or "(no description)",
                qty=qty,
                unit_price=float(unit) if unit is not None else None,
                amount=float(amount),
            )
        )
    return items


def _description(row: Row, found: list[Amount]) -> str:
    """The words left of the row's first amount, without the quantity and lone letters
    (tax codes) printed between the description and the amounts."""
    text = row.text[: found[0].start] if found else row.text
    words = text.split()
    while words and QTY_OR_CODE.fullmatch(words[-1]):
        words.pop()
    while words and QTY_OR_CODE.fullmatch(words[0]) and not words[0].isdigit():
        words.pop(0)
    joined = " ".join(words)
    return joined if sum(ch.isalpha() for ch in joined) >= 2 else ""


QTY_OR_CODE = re.compile(r"\d{1,3}|\d{1,4}\s*[xX*@]|[xX*@:]|[^\W\d_]|\(?RM\)?")


def _quantity(row: Row, found: list[Amount]) -> float | None:
    """`2 x 9.50`, `2pc`, `3 @ 1.00`, or a cell holding just a small whole number."""
    match = re.search(r"(?<![\d.])(\d{1,4}(?:\.\d+)?)\s*(?:x|X|\*|@|pcs|pc)(?![A-Za-z])", row.text)
    if match:
        return float(match.group(1))
    whole = [cell.text for cell in row.cells if re.fullmatch(r"\d{1,3}", cell.text.strip())]
    return float(whole[0]) if whole and int(whole[0]) > 0 else None
