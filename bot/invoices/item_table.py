"""The heading of a table of line items, and what each of its columns holds.

A heading is a row of labels with no amounts (`Pos. | Bezeichnung | Menge | Einzelpreis |
Gesamtpreis`, `Désignation | Qté | PU HT | Montant HT`, `Description | Qty | Amount`),
often run over a few lines (`Einzel-` over `preis`, `Positions-` over `betrag` over
`ohne USt.`). The lines of one heading lie close together, hold no digits, and their
labels sit over the same columns; a column is the labels stacked over one another. Its
words tell what it holds: the description, the quantity, the unit price or the line's
amount. Amounts sit flush right or centred under their heading, descriptions start at
their heading's left edge.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.invoices.amounts import amounts
from bot.invoices.labels import ITEM_HEADER_WORDS, MORE_ITEM_HEADER_WORDS
from bot.invoices.layout import Cell, Row

#: Most lines one heading runs over.
HEADING_LINES = 5
#: Lines of one heading lie at most this many type heights apart.
HEADING_GAP = 1.6


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


_POSITION = _words(r"^\W*(?:pos(?:ition)?|nr|no|n[°º]|#|lfd\.?\s*nr)\W*$")
_QUANTITY = _words(
    r"menge", r"\bqty\b", r"quantit", r"\bqt[ée]\b", r"anzahl", r"aantal", r"cantidad", r"数量"
)
#: Words that name the description column outright; `_ITEM` names it only when no
#: column is named so (`Item | Product | Quantity`: the product is described).
_DESCRIPTION = _words(
    r"beschreibung",
    r"bezeichnung",
    r"description",
    r"\bdesc\b",
    r"d[ée]signation",
    r"libell[ée]",
    r"omschrijving",
    r"produ[ck]t",
    r"leistung",
    r"descrizione",
    r"descripci[óo]n",
    r"particulars",
    r"名称",
)
_ITEM = _words(r"\bitem", r"artikel", r"article", r"\bname\b", r"\bservices?\b")
#: The line's amount; checked before `_PRICE` (`Total Price`, `Gesamtpreis` are amounts).
_AMOUNT = _words(
    r"betrag",
    r"amount",
    r"\bamt\b",
    r"total",
    r"gesamt",
    r"montant",
    r"summe",
    r"wert\b",
    r"bedrag",
    r"importo",
    r"importe",
    r"\bgp\b",
    r"netto\b",
    r"\bnet\b(?!\s*(?:unit\s*)?price)",
    r"金额",
)
_PRICE = _words(
    r"einzel",
    r"\bunit\s*price",
    r"\bep\b",
    r"\bp\.?\s*u\b",
    r"prix",
    r"price",
    r"preis",
    r"prijs",
    r"prezzo",
    r"precio",
    r"\brate\b",
    r"单价",
)
_OTHER_VALUE = _words(
    r"\b(?:mwst|ust|vat|tax|tva|gst|btw|iva)\b",
    r"steuer",
    r"%",
    r"dat(?:e|um)\b",
    r"\bme\b",
    r"einheit",
    r"\bunit\b",
    r"\buom\b",
    r"unit[ée]",
)
#: A column of amounts with tax: passed over for a net amount column left of it.
_GROSS = _words(r"brutto", r"gross", r"\bttc\b", r"\bincl", r"\binkl")
_NET = _words(r"netto", r"\bnet\b", r"excl", r"ohne", r"\bh\.?t\b", r"hors")
_TAX_ONLY = _words(r"^\W*(?:mwst|ust|vat|tax|tva|gst|btw|iva|steuer)")

#: The roles of columns of values (a `value` is a tax rate, a date, a unit of measure).
#: The others: `description`, `item` (a description named weakly), `position`, and ""
#: (an article number, an allowance's label).
VALUES = frozenset({"quantity", "price", "amount", "value"})


@dataclass(frozen=True)
class Column:
    text: str
    x: float
    right: float
    role: str


@dataclass(frozen=True)
class Heading:
    #: The heading's first row and the row after its last.
    start: int
    end: int
    columns: tuple[Column, ...]
    #: Index in `columns` of the description column and of the line amount's column.
    description: int | None
    amount: int

    def span(self, index: int) -> tuple[float, float]:
        """Where values under column `index` lie: halfway to its neighbours' headings."""
        columns = self.columns
        left = (columns[index - 1].right + columns[index].x) / 2 if index else float("-inf")
        last = index == len(columns) - 1
        right = float("inf") if last else (columns[index].right + columns[index + 1].x) / 2
        return left, right

    def role_index(self, role: str) -> int | None:
        return next((i for i, column in enumerate(self.columns) if column.role == role), None)

    def labels_end(self) -> float:
        """The left edge of the first column of values right of the description (of the
        first such column at all when none is named): labels stand left of it."""
        start = self.description if self.description is not None else -1
        return next(
            (c.x for c in self.columns[start + 1 :] if c.role in VALUES),
            self.columns[self.amount].x,
        )

    def in_description(self, cell: Cell) -> bool:
        """`cell` is text of the description column: its centre lies between the column's
        heading and the next column of values, or it covers most of the heading (a wide
        cell an OCR engine ran on from the article number)."""
        if self.description is None:
            return False
        heading = self.columns[self.description]
        left = self.span(self.description)[0]
        centre = cell.x + cell.width / 2
        if left <= centre < self.labels_end():
            return True
        covered = min(cell.right, heading.right) - max(cell.x, heading.x)
        return covered >= 0.5 * (heading.right - heading.x)


def item_words(text: str) -> int:
    """How many different words of an item table's heading `text` holds."""
    return len(
        {
            match.group(0).lower()
            for words in (ITEM_HEADER_WORDS, MORE_ITEM_HEADER_WORDS)
            for match in words.finditer(text)
        }
    )


def find_heading(rows: Sequence[Row], end: int) -> Heading | None:
    """The first heading of an item table above row `end`."""
    for index in range(end):
        heading = heading_at(rows, index, end)
        if heading is not None:
            return heading
    return None


def heading_at(rows: Sequence[Row], index: int, end: int) -> Heading | None:
    """The heading whose main line is row `index`: a row without amounts that names two
    columns of an item table, alone or with the lines of its heading around it."""
    row = rows[index]
    if amounts(row.text):
        return None
    own = item_words(row.text)
    if own == 0:
        return None
    first, last = _heading_lines(rows, index, end)
    if own < 2:
        lines = [rows[i] for i in range(first, last)]
        if any(_has_digit(line) for line in lines) or item_words(_joined(lines)) < 2:
            return None
    columns = _columns([rows[i] for i in range(first, last)])
    if not columns:
        return None
    return Heading(first, last, columns, _description(columns), _amount(columns))


def _heading_lines(rows: Sequence[Row], index: int, end: int) -> tuple[int, int]:
    """The rows around row `index` that belong to its heading: close above or below it,
    without digits, their labels each over at most one of its own."""
    first, last = index, index + 1
    while first > 0 and last - first < HEADING_LINES and _continues(rows, first - 1, first, index):
        first -= 1
    while last < end and last - first < HEADING_LINES and _continues(rows, last, last - 1, index):
        last += 1
    return first, last


def _continues(rows: Sequence[Row], candidate: int, neighbour: int, main: int) -> bool:
    line = rows[candidate]
    height = min(line.height, rows[neighbour].height)
    if _has_digit(line) or abs(line.y - rows[neighbour].y) > HEADING_GAP * height:
        return False
    labels = _labels(rows[main])
    return all(sum(_shares(cell, label) for label in labels) <= 1 for cell in _labels(line))


def _shares(cell: Cell, label: Cell) -> bool:
    """`cell` stands over or under `label` by more than a glancing touch."""
    shared = min(cell.right, label.right) - max(cell.x, label.x)
    return shared > 0.3 * min(cell.width, label.width)


def _columns(lines: list[Row]) -> tuple[Column, ...]:
    """The heading's labels stacked into columns, left to right, each with its role."""
    stacks: list[list[Cell]] = []
    for cell in sorted((c for line in lines for c in _labels(line)), key=lambda c: c.x):
        for stack in stacks:
            left, right = min(c.x for c in stack), max(c.right for c in stack)
            shared = min(cell.right, right) - max(cell.x, left)
            if shared > 0.5 * min(cell.width, right - left):
                stack.append(cell)
                break
        else:
            stacks.append([cell])
    columns = []
    for stack in sorted(stacks, key=lambda s: min(c.x for c in s)):
        ordered = sorted(stack, key=lambda c: (c.y, c.x))
        text = " ".join(c.text for c in ordered).replace("- ", "-")
        text = re.sub(r"(?<=[a-zäöü])-(?=[a-zäöü])", "", text)
        columns.append(
            Column(text, min(c.x for c in stack), max(c.right for c in stack), _role(text))
        )
    return tuple(columns) if len(columns) >= 2 else ()


def _role(text: str) -> str:
    if _POSITION.search(text):
        return "position"
    for role, words in (
        ("quantity", _QUANTITY),
        ("description", _DESCRIPTION),
        ("amount", _AMOUNT),
        ("price", _PRICE),
        ("value", _OTHER_VALUE),
        ("item", _ITEM),
    ):
        if words.search(text):
            return role
    return ""


def _description(columns: tuple[Column, ...]) -> int | None:
    for role in ("description", "item"):
        for index, column in enumerate(columns):
            if column.role == role:
                return index
    return None


def _amount(columns: tuple[Column, ...]) -> int:
    """The rightmost column, or the net amount column left of it when it holds gross
    amounts or tax (`Netto | MwSt | Brutto`: the items add up to the net sum)."""
    last = len(columns) - 1
    text = columns[last].text
    if (_GROSS.search(text) or _TAX_ONLY.search(text)) and not _NET.search(text):
        for index in range(last - 1, -1, -1):
            other = columns[index].text
            if columns[index].role == "amount" and not _GROSS.search(other):
                return index
    return last


def _labels(row: Row) -> list[Cell]:
    """The row's labels, without the specks a text layer or an OCR engine makes of a
    rule or a border (one character stretched across the page)."""
    return [cell for cell in row.cells if len(cell.text.strip()) > 1 or cell.text.strip() == "#"]


def _joined(lines: list[Row]) -> str:
    """The heading's lines as its columns' labels (`Einzel-` over `preis`: `Einzelpreis`)."""
    return " ".join(c.text for c in _columns(lines)) if len(lines) > 1 else lines[0].text


def _has_digit(row: Row) -> bool:
    return any(ch.isdigit() for ch in row.text)
