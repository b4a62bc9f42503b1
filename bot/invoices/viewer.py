"""An e-invoice viewer's print: the EN 16931 business-term codes a visualisation sets
beside its labels (`Rechnungsnummer (BT-1) | ES-24-3301`, `Verkäufer (BG-4)`, `Name
(BT-27)`) left out, so the labels read as any invoice prints them."""

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.invoices.layout import Cell, Row

#: `(BT-1)`, `BT-27`, `(BG-4)`, `(BT-153/154)`, `[BT-112]`: a term's or group's code.
#: Not a number that opens like one (`Invoice No: BT-1183`, a florist's `BT-`, a till's
#: `Receipt BT-1-028816`).
_TERM_CODE = re.compile(
    r"\s*[(\[]?\s*\bB[TG]-\d{1,3}(?:\s*/\s*\d{1,3})?(?!\d|-\d)\s*[)\]]?", re.IGNORECASE
)


def without_term_codes(rows: Sequence[Row]) -> list[Row]:
    """The rows with the business-term codes taken out of their cells, and the cells that
    held nothing else left out."""
    kept = []
    for row in rows:
        cells = tuple(cell for cell in map(_without_code, row.cells) if cell.text)
        if cells:
            kept.append(row if cells == row.cells else Row(cells))
    return kept


def _without_code(cell: Cell) -> Cell:
    if not _TERM_CODE.search(cell.text):
        return cell
    return replace(cell, text=_TERM_CODE.sub("", cell.text).strip(), characters=())
