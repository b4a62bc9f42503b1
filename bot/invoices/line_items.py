"""Line items: the rows between a table's header and its first total-like row."""

import re
from collections.abc import Sequence
from decimal import Decimal

from bot.invoices.amounts import Amount, amounts
from bot.invoices.fields import LineItem
from bot.invoices.labels import ITEM_HEADER_WORDS, STOP_ITEMS
from bot.invoices.layout import Row


def find_line_items(rows: Sequence[Row], end: int) -> list[LineItem]:
    """Rows between the table header and the first total-like row. A description may
    sit on the amount's row, on the row above it, or (per table) on the row below."""
    header = next(
        (
            index
            for index, row in enumerate(rows[:end])
            if len({m.group(0).lower() for m in ITEM_HEADER_WORDS.finditer(row.text)}) >= 2
            and not amounts(row.text)
        ),
        None,
    )
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
