"""A company's name wrapped in a narrow box (an e-invoice viewer's seller column, a
form's field): its last words on the next line, under it, joined back to it. So is a
public body's name set as a logo, the place large over the kind of body (`Harrowfield`
over `Borough Council`)."""

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.invoices.labels import LEGAL_FORMS
from bot.invoices.layout import Cell, Row

#: Rows further apart than this many line heights are no wrapped line of one box.
NEXT_LINE = 1.8


def joined_wrapped_names(rows: Sequence[Row]) -> list[Row]:
    """The rows with a name's cell joined to the cell under it that completes it: its
    legal form cut at the line's end (`Malerbetrieb Krüger GmbH & Co.` / `KG`), or the
    rest of a word hyphenated there (`Hofmann & Lenz IT-` / `Service GmbH`)."""
    joined = list(rows)
    for index in range(len(joined) - 1):
        row = joined[index]
        for cell in row.cells:
            # The next line in the cell's column: a line beside the name in another column
            # (the letterhead's address at the right) may come between.
            found = next(
                (
                    (later, under)
                    for later in range(index + 1, min(index + 3, len(joined)))
                    if len(under := [c for c in joined[later].cells if _under(c, cell)]) == 1
                ),
                None,
            )
            if found is None:
                continue
            later, (lower,) = found
            whole = _completed(cell.text, lower.text) if later == index + 1 else None
            # A body's name set as a logo is as large as its larger line.
            height, type_height = cell.height, cell.type_height
            if whole is None and (whole := _bodys_name(cell, lower)):
                height, type_height = max(cell.height, lower.height), None
            if not whole:
                continue
            joined[index] = Row(
                tuple(
                    replace(c, text=whole, characters=(), height=height, type_height=type_height)
                    if c is cell
                    else c
                    for c in row.cells
                )
            )
            joined[later] = Row(tuple(c for c in joined[later].cells if c is not lower))
            break
    return [row for row in joined if row.cells]


def _under(lower: Cell, upper: Cell) -> bool:
    return (
        abs(lower.x - upper.x) <= 0.5 * upper.height
        and 0 < lower.y - upper.y <= NEXT_LINE * upper.height
    )


def _completed(upper: str, lower: str) -> str | None:
    """The name the two lines make, where the join ends in a legal form that the line's
    end cut (`GmbH & Co.` / `KG`), or the upper line ends in a hyphen or an `&` and the
    lower one in the form (`Druckerei Weidner &` / `Söhne GmbH`)."""
    upper, lower = upper.rstrip(), lower.strip()
    whole = f"{upper}{lower}" if upper.endswith("-") else f"{upper} {lower}"
    forms = list(LEGAL_FORMS.finditer(whole))
    if not forms or forms[-1].end() <= len(upper) + 1 or whole[forms[-1].end() :].strip(" ."):
        return None
    if forms[-1].start() < len(upper) or LEGAL_FORMS.fullmatch(lower):
        return whole
    return whole if upper.endswith(("-", "&")) else None


#: The kind of public body a logo's second line names under its place.
_BODY = re.compile(
    r"(?:(?:borough|city|county|district|shire|regional|town|parish|municipal|rural)\s+)?"
    r"council|university|college|hospice|hospital",
    re.IGNORECASE,
)


_BODY_OF = re.compile(rf"(?:the\s+)?(?:{_BODY.pattern})\s+of(?:\s+the)?", re.IGNORECASE)


def _bodys_name(upper: Cell, lower: Cell) -> str | None:
    """The public body a place's name in large type over the body's kind in smaller type
    makes (`Wattle Creek` / `SHIRE COUNCIL`), or the body's kind over its place
    (`UNIVERSITY OF` / `CASTLEBROOK`)."""
    place, kind = upper.text.strip(), lower.text.strip()
    if _BODY_OF.fullmatch(place) and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,2}", kind):
        return f"{place} {kind}"
    if not _BODY.fullmatch(kind) or lower.height > upper.height:
        return None
    if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[' .-]){1,30}", place) or len(place.split()) > 3:
        return None
    return f"{place} {kind}"
