"""An e-invoice viewer's print: the EN 16931 business-term codes a visualisation sets
beside its labels (`Rechnungsnummer (BT-1) | ES-24-3301`, `Verkäufer (BG-4)`, `Name
(BT-27)`) left out, so the labels read as any invoice prints them."""

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.invoices.layout import Row

#: `(BT-1)`, `BT-27`, `(BG-4)`, `(BT-153/154)`, `[BT-112]`: a term's or group's code.
_TERM_CODE = re.compile(r"\s*[(\[]?\s*\bB[TG]-\d{1,3}(?:\s*/\s*\d{1,3})?\s*[)\]]?", re.IGNORECASE)


def without_term_codes(rows: Sequence[Row]) -> list[Row]:
    """The rows with the business-term codes taken out of their cells, and the cells that
    held nothing else left out."""
    kept = []
    for row in rows:
        if not any(_TERM_CODE.search(cell.text) for cell in row.cells):
            kept.append(row)
            continue
        cells = tuple(
            replace(cell, text=text, characters=())
            if (text := _TERM_CODE.sub("", cell.text).strip()) != cell.text
            else cell
            for cell in row.cells
            if _TERM_CODE.sub("", cell.text).strip()
        )
        if cells:
            kept.append(Row(cells))
    return kept
