"""A company's name wrapped in a narrow box (an e-invoice viewer's seller column, a
form's field): its last words on the next line, under it, joined back to it."""

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
        row, below = joined[index], joined[index + 1]
        for cell in row.cells:
            under = [c for c in below.cells if _under(c, cell)]
            if len(under) != 1 or not (whole := _completed(cell.text, under[0].text)):
                continue
            joined[index] = Row(
                tuple(replace(c, text=whole, characters=()) if c is cell else c for c in row.cells)
            )
            rest = tuple(c for c in below.cells if c is not under[0])
            joined[index + 1] = Row(rest)
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
