"""Which of several page images dropped together are the pages of one document.

A two-page invoice photographed page by page arrives as two image files. Read apart,
the first has no total and the second no issuer, and each is wrong without a flag
saying so. Consecutive images are read as one document when their pages say so:
`Page 1 of 2` followed by `Page 2 of 2` (in the languages the labels cover), or the
same invoice number on both while the first has no total yet (or says it goes on:
`Übertrag`, `Carried forward`). Receipts dropped
together say neither and stay apart; a PDF is one document already.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.invoices.layout import Row
from bot.invoices.rules import extract

#: `Page 1 of 2`, `Seite 1 von 2`, `Page 1/2`, `Página 1 de 2`, `Strona 1 z 2`, `Blad 1/3`,
#: and the Nordic `Sida 1 (2)`; a speck read as a point after the word (`Seite 2 von.3`).
PAGE_MARK = re.compile(
    r"\b(?:page|pg\.?|seite|blatt|blad|p[aá]gina|pag\.|strona|strana|sida|side|sivu)\s*"
    r"(\d{1,2})\s*(?:(?:of|von|/|de|di|sur|z|av|af|van|из)\s*\.?\s*(\d{1,2})\b|\(\s*(\d{1,2})\s*\))",
    re.IGNORECASE,
)
#: A page's foot saying the document goes on: `Übertrag 5.006,24`, `Carried forward`,
#: `Fortsetzung auf der nächsten Seite`, `Continued on next page`, `à reporter`, `Over te
#: dragen`.
CONTINUED = re.compile(
    r"\b[üu]bertrag\b|carried\s*forward|fortsetzung|continued\s*(?:on|overleaf)"
    r"|^\W*continued\W*$|[àa]\s*reporter|suite\s*(?:page|au\s*verso)|\briporto\b"
    r"|a\s*riportare|suma\s*y\s*sigue|do\s*przeniesienia|over\s*te\s*dragen",
    re.IGNORECASE | re.MULTILINE,
)
#: The rows at a page's foot looked at for `CONTINUED`.
FOOT = 8
#: An invoice number this short may be a till's or a table's, repeated by chance.
SHORTEST_SHARED = 4


@dataclass(frozen=True)
class Sheet:
    """One file as read: whether it may be a page of a larger document (an image; a PDF
    holds its own pages), and its rows in reading order."""

    joinable: bool
    rows: Sequence[Row]


@dataclass(frozen=True)
class _Seen:
    mark: tuple[int, int] | None
    number: str | None
    has_total: bool


def documents(sheets: Sequence[Sheet]) -> list[tuple[list[int], str]]:
    """The sheets grouped into documents, in order: each group's indexes, and why its
    sheets were joined ('' for a sheet alone). A sheet is read for its page mark, number
    and total only when it and a neighbour could be joined."""
    seen: dict[int, _Seen] = {}

    def look(index: int) -> _Seen:
        if index not in seen:
            seen[index] = _look(sheets[index])
        return seen[index]

    groups: list[tuple[list[int], str]] = []
    for index, sheet in enumerate(sheets):
        if groups and sheet.joinable and sheets[groups[-1][0][-1]].joinable:
            last, why = groups[-1]
            reason = _continues(look(last[-1]), look(index))
            if reason:
                last.append(index)
                (first, _), *_, (page, count) = [look(member).mark or (0, 0) for member in last]
                if len(last) > 2 and first and why.startswith("their pages are marked"):
                    why = f"their pages are marked {first} to {page} of {count}"
                groups[-1] = (last, why or reason)
                continue
        groups.append(([index], ""))
    return groups


def page_mark(text: str) -> tuple[int, int] | None:
    """The first `Page k of n` the text prints, if it is a page of a longer document."""
    for match in PAGE_MARK.finditer(text):
        page, count = int(match.group(1)), int(match.group(2) or match.group(3))
        if 1 <= page <= count and count >= 2:
            return page, count
    return None


def _look(sheet: Sheet) -> _Seen:
    text = "\n".join(row.text for row in sheet.rows)
    invoice = extract(list(sheet.rows))
    number = re.sub(r"[\W_]", "", invoice.invoice_number or "").upper()
    shared = number if len(number) >= SHORTEST_SHARED else None
    goes_on = CONTINUED.search("\n".join(row.text for row in sheet.rows[-FOOT:]))
    return _Seen(page_mark(text), shared, invoice.total is not None and not goes_on)


def _continues(before: _Seen, after: _Seen) -> str:
    """Why `after` is the page following `before`, or ''."""
    if before.mark and after.mark:
        (page, count), (next_page, next_count) = before.mark, after.mark
        if count == next_count and next_page == page + 1:
            return f"their pages are marked {page} and {next_page} of {count}"
        return ""
    if before.number and before.number == after.number and not before.has_total:
        return "they carry the same invoice number and the first has no total"
    return ""
