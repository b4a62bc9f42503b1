"""The rows of an item table read by its columns, into line items.

Each row gets what lies under the heading's columns (`RowReading`); `read_table` then
puts the rows together into items:

- an item is a row with an amount in the line amount's column; the lines below it
  without one run its description on, until a gap, a `Label: value` line (a product's
  attributes) or the next item;
- a row with a quantity and no amount (the amount printed a line lower, an e-invoice
  viewer's taller cell) leads into the next amount's row;
- a row of nothing but a negative amount under an item is that item's discount;
- a row that says it is included in the item above (`incl. Thuiskopieheffing 4,24`) is
  no item of its own;
- at a page break the table goes on only under its heading repeated or a carried-forward
  line (`Übertrag`, `carried forward`); the sum at the foot of a page whose table goes
  on is carried forward too, not the table's end.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from bot.invoices.amounts import Amount, amounts
from bot.invoices.fields import LineItem
from bot.invoices.item_table import Heading, heading_at
from bot.invoices.labels import STOP_ITEMS
from bot.invoices.layout import Cell, Row

#: A row this many type heights above the one before it starts a new page.
PAGE_JUMP = 8.0
#: Lines of one item's description lie at most this many type heights apart.
LINE_GAP = 1.6
#: Rows into a new page within which the table's heading or carried-forward line shows.
PAGE_TOP = 12

CARRIED = re.compile(
    r"^\W*(?:[üu]e?bertrag|carried\s*(?:forward|over)|brought\s*forward|[àa]\s*reporter|report\b)",
    re.IGNORECASE,
)
INCLUDED = re.compile(r"^\W*(?:incl\b|incl\.|inkl\b|inkl\.|including\b|davon\b|dont\b)", re.I)
#: A product's attribute under its name (`Verpackung: Karton`, `GTIN: 4012345`).
ATTRIBUTE = re.compile(r"^\W*[^\W\d][\w./() -]{0,40}?\s?:")
_QUANTITY = re.compile(r"^\s*(-?\d{1,7}(?:[.,]\d{1,4})?)(?![\d.,])")
#: A price, its thousands grouped by a space as French and Nordic prices are (`1 280,00`).
_NUMBER = re.compile(
    r"(-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,4})?(?![\d.,])|-?\d(?:[\d.,']*\d)?)"
)


@dataclass
class RowReading:
    """What one row holds under the heading's columns."""

    row: Row
    #: The amounts outside the description (`Sushi 1.80` names an item).
    found: list[Amount]
    amount: Decimal | None
    words: str
    labels: str
    qty: Decimal | None
    unit: Decimal | None

    @property
    def leads(self) -> bool:
        return self.amount is None and self.qty is not None


@dataclass
class Draft:
    lines: list[str]
    qty: Decimal | None
    unit: Decimal | None
    amount: Decimal
    #: Its description may still run on to the next line.
    open: bool = True
    #: The last line it took from the rows under its own (given up to a next item
    #: printed without words: that line was the next item's description).
    taken: str | None = None

    def item(self) -> LineItem:
        unit = self.unit
        if unit is None and self.qty:
            unit = (self.amount / self.qty).quantize(Decimal("0.01"))
        return LineItem(
            description=_join(self.lines) or "(no description)",
            qty=float(self.qty) if self.qty is not None else None,
            unit_price=float(unit) if unit is not None else None,
            amount=float(self.amount),
        )


@dataclass
class Table:
    """The items read so far, and what the next row may belong to."""

    drafts: list[Draft] = field(default_factory=list)
    #: The row the next amount may take its words from: one leading into it (a quantity
    #: without an amount), or a description above it.
    pending: RowReading | None = None
    #: Where the table prints an item's words, as its first item shows: `same` (on the
    #: amount's row, run on below), `above` or `below` the amount's row.
    mode: str | None = None

    def close(self) -> None:
        if self.drafts:
            self.drafts[-1].open = False

    def take(self, line: RowReading, close: bool) -> None:
        """One more row of the table; `close`: it lies close under the row before."""
        if line.amount is not None:
            self._amount(line, close)
        elif line.leads:
            self.close()
            self.pending = line
        elif self.pending is not None and self.pending.leads:
            if line.words and close:
                self.pending.words = _join([self.pending.words, line.words])
        else:
            self._words(line, close)

    def _amount(self, line: RowReading, close: bool) -> None:
        previous = self.drafts[-1] if self.drafts else None
        pending, self.pending = self.pending, None
        if INCLUDED.search(line.words or line.labels):
            return
        if previous and close and line.amount < 0 and not _named(line.words) and line.qty is None:
            previous.amount += line.amount
            return
        lines, qty, unit = [line.words] if _named(line.words) else [], line.qty, line.unit
        mode = "same" if lines else "below"
        if pending is not None and pending.leads and qty is None:
            lines = [pending.words, *lines]
            qty, unit = pending.qty, unit if unit is not None else pending.unit
            mode = "same"
        elif not lines and pending is not None and not pending.found:
            lines, mode = [pending.words], "above"
            if previous and previous.taken == pending.words:
                previous.lines.pop()
        self.mode = self.mode or mode
        self.close()
        self.drafts.append(Draft(lines, qty, unit, line.amount, open=self.mode != "above"))

    def _words(self, line: RowReading, close: bool) -> None:
        """A row without an amount: the open item's description run on, or words for
        the next amount."""
        previous = self.drafts[-1] if self.drafts else None
        self.pending = None
        if previous is None or not previous.open or not close:
            self.close()
            if _named(line.words) and not line.found and not ATTRIBUTE.search(line.words):
                self.pending = line
            return
        if not any(ch.isalnum() for ch in line.words):
            return
        if ATTRIBUTE.search(line.words):
            previous.open = False
            return
        previous.lines.append(line.words)
        previous.taken = line.words
        previous.open = self.mode != "below"
        if not line.found:
            self.pending = line


def read_table(rows: Sequence[Row], heading: Heading, end: int) -> list[LineItem]:
    """The items of the table under `heading`, down to the first total-like row (or `end`)."""
    table = Table()
    last = rows[heading.end - 1]
    index = heading.end
    #: The row before lies in an item's block: its amount's row and the lines close under it.
    attached = False
    while index < end:
        row = _within(rows[index], heading)
        if row is None:
            index += 1
            continue
        if _page_break(last, row):
            resumed = _resume(rows, index, end, heading)
            if resumed is None:
                break
            table.close()
            table.pending, index, last, attached = None, resumed, rows[resumed - 1], False
            continue
        line = read_row(row, heading)
        close = _close(last, row)
        # A line of an item's details (`Nettopreis: 1.4500`) may hold a total's word.
        detail = attached and close and not line.found
        if _stops(line) and not detail:
            if not _carried_over(rows, index, end, heading):
                break
        elif not _carried(line):
            table.take(line, close)
        attached = line.amount is not None or (attached and close)
        last, index = row, index + 1
    return [draft.item() for draft in table.drafts]


def read_row(row: Row, heading: Heading) -> RowReading:
    """What lies under the heading's columns on `row`. An amount counts as the line's
    only in a cell of the columns of values: a sentence across the table (`… bis
    spätestens 23.12. garantiert`) holds no item's amount."""
    found, under = [], []
    low, high = heading.span(heading.amount)
    values_from = heading.labels_end() - row.height
    words, labels = [], []
    for cell in row.cells:
        described = heading.in_description(cell)
        for amount in amounts(cell.text):
            found.extend([] if described else [amount])
            if cell.x >= values_from and low <= _at(cell, amount.start, amount.end) < high:
                under.append(amount)
        if described:
            words.append(cell.text)
        if cell.x + cell.width / 2 < heading.labels_end():
            labels.append(cell.text)
    return RowReading(
        row,
        found,
        under[-1].value if under else None,
        _clean(words, heading),
        " ".join(labels),
        _number_under(row, heading, "quantity", _QUANTITY),
        _number_under(row, heading, "price", _NUMBER),
    )


def _clean(words: list[str], heading: Heading) -> str:
    """The description's text, without a position number before it (`1 Superdrachen`
    under `Pos. Artikelbeschreibung`, or the number in a cell of its own). A line that
    runs a description on may be short (`A4`); one that starts it has two letters."""
    if not words:
        return ""
    column = heading.columns[heading.description] if heading.description is not None else None
    numbered = column is not None and re.match(r"\W*(?:pos|nr|no|#)\b", column.text, re.I)
    if len(words) > 1 and re.fullmatch(r"\d{1,6}", words[0].strip()):
        words = words[1:]
    elif numbered:
        words = [re.sub(r"^\s*\d{1,4}\s+(?=\S)", "", words[0]), *words[1:]]
    return " ".join(words).strip()


def _number_under(
    row: Row, heading: Heading, role: str, pattern: re.Pattern[str]
) -> Decimal | None:
    """The first number on `row` that stands under the column holding `role`."""
    index = heading.role_index(role)
    if index is None:
        return None
    low, high = heading.span(index)
    for cell in row.cells:
        match = pattern.search(cell.text)
        if match and low <= _at(cell, match.start(1), match.end(1)) < high:
            return _decimal(match.group(1))
    return None


def _decimal(text: str) -> Decimal | None:
    """`1,5`, `10,0000`, `1.000,0000`, `2.321,00`, `0.0520`: the last mark before one,
    two or four digits is the decimal mark, the others group thousands."""
    digits = text.replace(" ", "").replace("'", "")
    match = re.search(r"[.,](\d{1,2}|\d{4})$", digits)
    whole = re.sub(r"[.,]", "", digits[: match.start()] if match else digits)
    try:
        return Decimal(f"{whole or '0'}.{match.group(1)}" if match else whole)
    except InvalidOperation:
        return None


def _at(cell: Cell, start: int, end: int) -> float:
    """Where `cell.text[start:end]` stands across the page, by its share of the cell's
    characters."""
    return cell.x + cell.width * (start + end) / 2 / max(1, len(cell.text))


def _stops(line: RowReading) -> bool:
    """A total-like row ends the table; an item's own row may name a discount or a tax
    beside its quantity (`5 kg | 20.00 | Volume discount | 19% | 90.00`)."""
    if any(pattern.search(line.labels) for pattern in STOP_ITEMS):
        return True
    return line.qty is None and any(pattern.search(line.row.text) for pattern in STOP_ITEMS)


def _carried(line: RowReading) -> bool:
    """A carried-forward line (`Übertrag 300,00`), not an item named so: no quantity."""
    return line.qty is None and bool(CARRIED.search(line.labels) or CARRIED.search(line.row.text))


def _carried_over(rows: Sequence[Row], index: int, end: int, heading: Heading) -> bool:
    """Row `index` is a sum at a page's foot whose table goes on over the page."""
    for ahead in range(index + 1, min(end, index + PAGE_TOP)):
        if _page_break(rows[ahead - 1], rows[ahead]):
            return _resume(rows, ahead, end, heading) is not None
        if amounts(rows[ahead].text):
            return False
    return False


def _resume(rows: Sequence[Row], index: int, end: int, heading: Heading) -> int | None:
    """Where the table goes on at the top of the page starting at row `index`: after its
    heading repeated or a carried-forward line, whichever comes last before the first
    amount of another kind; None when neither comes."""
    resumed = None
    for ahead in range(index, min(end, index + PAGE_TOP)):
        row = rows[ahead]
        repeated = heading_at(rows, ahead, end)
        if repeated is not None and _same_columns(repeated, heading):
            return repeated.end
        if CARRIED.search(row.text):
            resumed = ahead + 1
        elif amounts(row.text):
            break
    return resumed


def _same_columns(repeated: Heading, heading: Heading) -> bool:
    """The repeated heading's amount column lies over the table's own."""
    ours, theirs = heading.columns[heading.amount], repeated.columns[repeated.amount]
    return min(ours.right, theirs.right) > max(ours.x, theirs.x)


def _within(row: Row, heading: Heading) -> Row | None:
    """The row without what lies wholly left of the table, a type height off (a text
    layer's letters of a line printed up the page's margin); None when nothing is left."""
    left = heading.columns[0].x
    cells = tuple(cell for cell in row.cells if cell.right > left - cell.height)
    return Row(cells) if cells else None


def _page_break(last: Row, row: Row) -> bool:
    return row.y < last.y - PAGE_JUMP * row.height


def _close(last: Row, row: Row) -> bool:
    return 0 <= row.y - last.y <= LINE_GAP * max(last.height, row.height)


def _named(text: str) -> bool:
    """Words enough to name an item: two letters (not a lone tax code or a number)."""
    return sum(ch.isalpha() for ch in text) >= 2


def _join(lines: list[str]) -> str:
    """Lines of one description as one text; a word broken at a line's end made whole."""
    text = ""
    for line in lines:
        if not line:
            continue
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text
