"""The vendor: a `Sold by:` label, else the business name printed at the top.

Header lines are looked at one by one (a row may span two columns): not a title,
address, phone or registration line, not under `Bill to:`, legible, preferring
one that reads like a company, joined with the lines above it when the name is
broken over several.
"""

import re
from collections.abc import Sequence

from bot.invoices.labels import COMPANY_WORDS, CUSTOMER_LABELS, LEGIBLE, NOT_VENDOR, VENDOR_LABELS
from bot.invoices.layout import Cell, Row


def find_vendor(rows: Sequence[Row]) -> tuple[str, float] | None:
    """The vendor's name and how sure we are of it, or None."""
    for row in rows:
        match = VENDOR_LABELS.search(row.text)
        if match:
            name = _clean_vendor(match.group("name"))
            if name:
                return name, min(0.9, 0.5 + 0.5 * row.confidence)
    header = rows[: max(6, len(rows) // 3)][:12]
    customer = _customer_block(header)
    candidates = [
        (index, cell)
        for index, row in enumerate(header)
        for cell in row.phrases()
        if _may_name(cell.text) and (index, cell.x) not in customer
    ]
    legible = [item for item in candidates if item[1].confidence >= LEGIBLE]
    candidates = legible or candidates
    if not candidates:
        return None
    named = [item for item in candidates[:5] if COMPANY_WORDS.search(item[1].text)]
    index, cell = named[0] if named else candidates[0]
    parts = [cell]
    top = index
    while named and top > 0 and len(parts) < 4:
        above = _cells_near(header[top - 1], cell, below=False)
        if not above or any(COMPANY_WORDS.search(c.text) or not _may_name(c.text) for c in above):
            break
        parts[:0] = above
        top -= 1
    name = " ".join(part.text for part in parts)
    if name.count("(") > name.count(")") and index + 1 < len(header):
        name += " " + " ".join(c.text for c in _cells_near(header[index + 1], cell, below=True))
    name = _clean_vendor(name)
    if not name:
        return None
    first = candidates[0][1] is cell
    sure = 0.85 if named else 0.7 if first and index == 0 else 0.5
    return name, min(sure, 0.5 + 0.5 * cell.confidence)


def _customer_block(rows: Sequence[Row]) -> set[tuple[int, float]]:
    """Cells under a `Bill to:` / `Ship to:` label: the customer's name and address."""
    hidden: set[tuple[int, float]] = set()
    for index, row in enumerate(rows):
        for label in row.phrases():
            if CUSTOMER_LABELS.search(label.text):
                for later in range(index + 1, min(len(rows), index + 5)):
                    hidden.update(
                        (later, c.x) for c in rows[later].phrases() if _overlaps(c, label)
                    )
    return hidden


def _may_name(text: str) -> bool:
    cleaned = _clean_vendor(text)
    return (
        sum(ch.isalpha() for ch in cleaned) >= 4
        and not NOT_VENDOR.search(cleaned)
        and not _is_code(cleaned)
    )


def _cells_near(row: Row, cell: Cell, *, below: bool) -> list[Cell]:
    """The cells of a neighbouring `row` under or over `cell`, if the lines are close."""
    near = []
    for other in row.phrases():
        gap = other.y - cell.y if below else cell.y - other.y
        if _overlaps(other, cell) and 0 < gap <= 1.8 * cell.height:
            near.append(other)
    return near


def _overlaps(one: Cell, other: Cell) -> bool:
    return min(one.right, other.right) - max(one.x, other.x) > 0


def _is_code(text: str) -> bool:
    """Short reference codes printed above the name (`A04061`, `31824055`)."""
    compact = text.replace(" ", "")
    return len(compact) <= 10 and sum(ch.isdigit() for ch in compact) >= len(compact) / 2


def _clean_vendor(name: str) -> str:
    """Without registration numbers: `(Co. No. 113825-W)`, `(519537-X)`, `(139386 X)`."""
    name = re.sub(r"\(\s*(?:co\.?\s*(?:no|reg)|reg|gst)[^)]*\)?", "", name, flags=re.I)
    name = re.sub(r"\(\s*[\dA-Z]*\d[\dA-Z\s-]*\)?\s*$", "", name)
    name = re.sub(r"\s\d{5,}-?[A-Z]?\s*$", "", name)
    return " ".join(name.split()).strip(" ,:-")
