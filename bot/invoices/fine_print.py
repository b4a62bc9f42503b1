"""The till software's accreditation, printed at a receipt's foot where the tax office
asks for it (the Philippines' BIR: `POS Supplier: …`, `Accred No: …`, `Date Issued: …`,
`PTU No: …`, `Valid Until: …`).

It names the company that sold the till software, with its tax id and the dates its
accreditation was issued and runs out: a seller's label, a tax id and an issue date,
none of them the sale's.
"""

import re
from collections.abc import Sequence

from bot.invoices.layout import Row

#: A line of the accreditation itself.
_ACCREDITATION = re.compile(r"\baccred(?:itation|ited)?\b|\bptu\b|permit\s*to\s*use", re.IGNORECASE)
#: The software supplier's label opening a line (`POS Supplier:`, `Provider`).
_SUPPLIER = r"^\W*(?:(?:pos|software)\s*)?(?:supplier|provider|developer|vendor)\b"
#: The lines printed with it: the software's supplier and its tax id, the dates.
_WITH_IT = re.compile(
    rf"{_SUPPLIER}|^\W*(?:pos\s*)?tin\b"
    r"|^\W*(?:date\s*)?issued\b|^\W*valid\s*(?:until|till|up\s*to)\b|^\W*(?:software|system)\s*by\b",
    re.IGNORECASE,
)
#: The supplier's label alone on its line (`POS Provider:`), its name on the next.
_LABEL_ALONE = re.compile(rf"{_SUPPLIER}\s*:?\s*$", re.IGNORECASE)
#: How far from an accreditation line its other lines are printed.
_REACH = 3


def accreditation_rows(rows: Sequence[Row]) -> set[int]:
    """The rows of the till software's accreditation block, in the page's lower half (a
    hospital's `PhilHealth Accredited HCI No.` beside its `SOA Date` heads the page)."""
    found: set[int] = set()
    for index, row in enumerate(rows):
        if index < len(rows) // 2 or not _ACCREDITATION.search(row.text):
            continue
        found.add(index)
        for near in range(max(0, index - _REACH), min(len(rows), index + _REACH + 1)):
            if _WITH_IT.search(rows[near].text) or _ACCREDITATION.search(rows[near].text):
                found.add(near)
                if _LABEL_ALONE.match(rows[near].text) and near + 1 < len(rows):
                    found.add(near + 1)
    return found
