"""Amounts written in two columns, whole units and cents: a pre-printed cash bill's `RM |
sen` (Malaysia), `$ | ¢`, `Rs. | P.`.

Such a form has no decimal point: `185 | 00` under `RM | sen` is RM 185.00, and the OCR
often reads a total written across both columns as one number (`79160` for 791 | 60). Read
as they stand, the amounts are whole ringgit or none at all, and the bill has no total.
Each pair is joined here into one amount with its point, before any field is read.
"""

import re
import statistics
from collections.abc import Sequence
from dataclasses import replace

from bot.invoices.layout import Cell, Row

#: The heading of the cents column.
_CENTS_HEADING = re.compile(r"^\W*(?:sen|cents?|cts?|¢|p\.?|paise|centimes?)\W*$", re.IGNORECASE)
#: The heading of the whole units column to its left, in the same row.
_UNITS_HEADING = re.compile(
    r"(?:\bRM|\$|\bRs|amount|\bjumlah|\bringgit|\brupees?|\beuros?|€)\W*$", re.IGNORECASE
)
_WHOLE = re.compile(r"^\d{1,3}(?:[,.]\d{3})*$|^\d{1,6}$")
#: A handwritten `0` the OCR may read as a letter `o` (`195 | o0`).
_CENTS = re.compile(r"^[\doO]{2}$")
#: An amount with its point: the column holds whole units and cents as one.
_POINTED = re.compile(r"\d[.,]\d{2}\b")
#: Rows of `whole | cents` that make a cents column with no heading of its own.
LEAST_UNHEADED = 3
#: How far below its heading the cents column is read, in rows.
REACH = 40
#: The most the OCR engine is taken to be sure of a joined amount: such forms are filled
#: in by hand, more often than not, and a handwritten `00` reads `09` as surely as not.
BY_HAND = 0.3


def joined_cents(rows: Sequence[Row]) -> list[Row]:
    """The rows with each `whole | cents` pair under a cents column joined into one
    amount (`185.00`), and a number run across both columns given its point."""
    out = list(rows)
    for index, row in enumerate(rows):
        heading = _cents_heading(row, rows[index + 1] if index + 1 < len(rows) else None)
        if heading is None:
            continue
        units, cents = heading
        for below in range(index + 1, min(len(out), index + 1 + REACH)):
            out[below] = _joined(out[below], units, cents)
        return out
    if (unheaded := _unheaded_columns(rows)) is not None:
        first, units, cents = unheaded
        return [*out[:first], *(_joined(row, units, cents) for row in out[first:])]
    return out


def _unheaded_columns(rows: Sequence[Row]) -> tuple[int, Cell, Cell] | None:
    """The units and cents columns of a form that heads its amount column once, the
    cents split off by a ruled line only (an Indian bill book's `AMOUNT` over `1900 | 00`,
    `G. TOTAL | 4696 | 00`): rows ending in whole units and two digits, one under the
    other, several of them, and no amount with a point in the units column. The columns
    and the first row they are read from."""
    pairs = [
        (index, row.cells[-2], row.cells[-1])
        for index, row in enumerate(rows)
        if len(row.cells) >= 2
        and _CENTS.match(row.cells[-1].text)
        and _WHOLE.match(row.cells[-2].text)
        and row.cells[-1].x - row.cells[-2].right < 2 * row.cells[-1].height
    ]
    if len(pairs) < LEAST_UNHEADED:
        return None
    units = _spanned([whole for _, whole, _ in pairs])
    cents = _spanned([cents for _, _, cents in pairs])
    if units.x + units.width / 2 > cents.x or not all(_under(c, cents) for _, _, c in pairs):
        return None
    pointed = any(
        _under(cell, units) and _POINTED.search(cell.text) for row in rows for cell in row.cells
    )
    return None if pointed else (pairs[0][0], units, cents)


def _spanned(cells: Sequence[Cell]) -> Cell:
    """A heading as wide as the column the cells stand in: from their median left edge to
    their median right one, and a third of their height for the slack `_under` allows
    (measured from the amounts themselves, not from a word over them)."""
    left = statistics.median(cell.x for cell in cells)
    right = statistics.median(cell.right for cell in cells)
    height = statistics.median(cell.height for cell in cells) / 3
    return Cell("", left, cells[0].y, right - left, height, 1.0)


def _cents_heading(row: Row, below: Row | None) -> tuple[Cell, Cell] | None:
    """The units and cents headings; the cents one may have slipped to the row below,
    alone to the right of the units heading (`RM AMOUNT` over a small `sen`)."""
    for left, right in zip(row.cells, row.cells[1:], strict=False):
        if _CENTS_HEADING.match(right.text) and _UNITS_HEADING.search(left.text):
            return left, right
    units = row.cells[-1]
    if below and len(below.cells) == 1 and _UNITS_HEADING.search(units.text):
        cents = below.cells[0]
        if _CENTS_HEADING.match(cents.text) and cents.x > units.x + units.width / 2:
            return units, cents
    return None


def _joined(row: Row, units: Cell, cents: Cell) -> Row:
    cells = list(row.cells)
    for position, cell in enumerate(cells):
        if not _CENTS.match(cell.text) or not _under(cell, cents) or position == 0:
            continue
        whole = cells[position - 1]
        if _WHOLE.match(whole.text) and _under(whole, units) and not _under(whole, cents):
            cells[position - 1 : position + 1] = [_pair(whole, cell)]
            return Row(tuple(cells))
    for position, cell in enumerate(cells):
        spans = cell.x < cents.x <= cell.right and cell.right > cents.x + cents.width / 3
        if spans and re.fullmatch(r"\d{3,8}", cell.text):
            pointed = f"{cell.text[:-2]}.{cell.text[-2:]}"
            confidence = min(cell.confidence, BY_HAND)
            cells[position] = replace(cell, text=pointed, characters=(), confidence=confidence)
            return Row(tuple(cells))
    return row


def _under(cell: Cell, heading: Cell) -> bool:
    """Whether the cell's middle lies within the heading's column, widened by a character
    or two each side (handwriting strays)."""
    middle = cell.x + cell.width / 2
    slack = heading.height
    return heading.x - slack <= middle <= heading.right + slack


def _pair(whole: Cell, cents: Cell) -> Cell:
    top = min(whole.y, cents.y)
    return Cell(
        f"{whole.text}.{cents.text.replace('o', '0').replace('O', '0')}",
        whole.x,
        top,
        cents.right - whole.x,
        max(whole.y + whole.height, cents.y + cents.height) - top,
        min(whole.confidence, cents.confidence, BY_HAND),
    )
