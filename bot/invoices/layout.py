"""Reading order: OCR lines grouped into rows by box geometry.

OCR engines return text lines in detection order. Receipts put a label on the
left and its amount far to the right, often as two separate boxes; a photo is
rarely level. We rotate box centres by the page's median text angle, then put
lines whose vertical extents overlap enough into one row, left to right; where a
photo's perspective turns the lines more and more down the page, a cell far from a
row's middle is measured along the slope there.
"""

import math
import re
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from bot.providers.types import OcrLine


@dataclass(frozen=True)
class Cell:
    text: str
    x: float
    y: float
    width: float
    height: float
    confidence: float
    #: The OCR engine's characters (or words) with its confidence in each (empty where
    #: it gave none).
    characters: tuple[tuple[str, float], ...] = ()
    #: The height of its type, measured along its own box's edges: a tilted box's upright
    #: extent (`height`) is taller by its width times its slope. None: `height`.
    type_height: float | None = None
    #: How much more the page slopes where the cell is than its median line, in radians:
    #: a phone photo's perspective turns the lines at one end of the page more than at
    #: the other (`local_tilts`).
    tilt: float = 0.0
    #: How much that tilt changes across the page, in radians a pixel: a curled slip's
    #: lines slope more at one side than at the other.
    tilt_across: float = 0.0

    @property
    def exact(self) -> bool:
        """Taken from a PDF's text layer, as the document holds it: full confidence, and
        no characters scored, as no OCR engine's line comes."""
        return self.confidence == 1.0 and not self.characters

    @property
    def right(self) -> float:
        return self.x + self.width


#: What `Row.text` puts between cells further apart than `COLUMN_GAP` line heights.
COLUMN_SPACE = "\u2003"
COLUMN_GAP = 0.6


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]

    @cached_property
    def text(self) -> str:
        """The cells' texts, a space between cells as near as words and an em space
        between columns: amounts grouped in thousands by spaces (`527 860 | 74 118 |
        601 978`) do not run on into the next column's."""
        if not self.cells:
            return ""
        parts = [self.cells[0].text]
        for before, cell in zip(self.cells, self.cells[1:], strict=False):
            apart = cell.x - before.right > COLUMN_GAP * min(before.height, cell.height)
            parts.append(COLUMN_SPACE if apart else " ")
            parts.append(cell.text)
        return "".join(parts)

    @property
    def y(self) -> float:
        return statistics.fmean(cell.y for cell in self.cells)

    @property
    def confidence(self) -> float:
        return min(cell.confidence for cell in self.cells)

    @property
    def height(self) -> float:
        """The height of its type: its smallest cell's."""
        return min(cell.height for cell in self.cells)

    def read_confidence(self, start: int, end: int, marks: bool = True) -> float:
        """The OCR engine's confidence in the characters of `self.text[start:end]`; with
        `marks=False`, in its letters and digits alone (a date's `-` or `'` may be
        anything without the date reading any differently)."""
        scores = [
            read_confidence(cell, start - position, end - position, marks)
            for position, cell in cell_starts(self)
            if position < end and start < position + len(cell.text)
        ]
        return min(scores, default=self.confidence)

    def phrases(self, gap: float = 1.2) -> list[Cell]:
        """Neighbouring cells closer than `gap` line heights joined: OCR often splits
        one phrase (`TAX INVO` `ICE`), and a row can hold two columns."""
        joined = [self.cells[0]]
        for cell in self.cells[1:]:
            last = joined[-1]
            if cell.x - last.right <= gap * max(cell.height, last.height):
                top = min(last.y, cell.y)
                joined[-1] = Cell(
                    f"{last.text} {cell.text}",
                    last.x,
                    top,
                    cell.right - last.x,
                    max(last.y + last.height, cell.y + cell.height) - top,
                    min(last.confidence, cell.confidence),
                    last.characters + cell.characters,
                )
            else:
                joined.append(cell)
        return joined


#: Below this confidence in a character of an amount, a date or a reference, the engine
#: has likely misread it. (Set on the develop parts' phone-photo copies: wrong receipt
#: fields flagged 24/31 -> 26/31, right ones 16/149 -> 16/149. A name is not judged by
#: it: one doubtful letter in a long name flagged more right vendors than wrong ones.)
SURE_CHARACTER = 0.7


def read_confidence(cell: Cell, start: int, end: int, marks: bool = True) -> float:
    """The OCR engine's confidence in the characters (or words) that hold
    `cell.text[start:end]`, spaces aside (the cell's own where the engine gave none), and
    punctuation aside too without `marks`."""
    scores = [
        score
        for low, high, score in _character_spans(cell)
        if low < end and start < high and (marks or any(c.isalnum() for c in cell.text[low:high]))
    ]
    return min(scores, default=cell.confidence)


def _character_spans(cell: Cell) -> Iterator[tuple[int, int, float]]:
    """Where each OCR character or word sits in the cell's text, with its confidence
    (not the spaces: the engine is often unsure how wide a gap is, never of a value)."""
    cursor = 0
    for piece, score in cell.characters:
        if piece.isspace():
            continue
        at = cell.text.find(piece, cursor)
        if at < 0:
            return
        cursor = at + len(piece)
        yield at, cursor, score


def capped(row: Row, sure: float) -> float:
    """`sure`, lowered to what the OCR engine's confidence in the row allows."""
    return min(sure, 0.5 + 0.5 * row.confidence)


def overlaps(one: Cell, other: Cell) -> bool:
    """Whether two boxes share some of their width."""
    return min(one.right, other.right) - max(one.x, other.x) > 0


def cell_starts(row: Row) -> Iterator[tuple[int, Cell]]:
    """Each cell of `row` with the offset in `row.text` it starts at (one character, a
    space or `COLUMN_SPACE`, between cells)."""
    position = 0
    for cell in row.cells:
        yield position, cell
        position += len(cell.text) + 1


def cell_at(row: Row, offset: int) -> tuple[int, Cell]:
    """The cell of `row` holding character `offset` of `row.text`, with its own offset."""
    last = 0, row.cells[-1]
    for position, cell in cell_starts(row):
        if position + len(cell.text) > offset:
            return position, cell
        last = position, cell
    return last


def text_angle(lines: Iterable[OcrLine]) -> float:
    """The median slope of the lines' top edges, in radians (positive: down to the right),
    each line counted by its width: a short word's box is often read level on a page
    whose long lines show its skew."""
    return _median_angle([slope for line in lines if (slope := _slope(line)) is not None])


def _slope(line: OcrLine) -> tuple[float, float] | None:
    """The line's top edge's angle and its width, if it is long enough to tell."""
    (x0, y0), (x1, y1) = line.box[0], line.box[1]
    if x1 - x0 > 2 * abs(y1 - y0) and x1 - x0 > 20:
        return math.atan2(y1 - y0, x1 - x0), x1 - x0
    return None


def _median_angle(angles: list[tuple[float, float]]) -> float:
    half, total = sum(w for _, w in angles) / 2, 0.0
    for angle, width in sorted(angles):
        total += width
        if total >= half:
            return angle
    return 0.0


#: A page's slope is modelled as changing down the page only where this many long lines
#: (`LONG` line heights wide or more) tell it.
MODEL_LINES = 8
LONG = 4.0
#: The model's slopes must part by this much over the page (about two degrees), and
#: half of the lines at least keep to it within `LEVEL`: a phone photo's perspective,
#: not the creases of a crumpled slip, which turn a few words each.
TURNS = 0.035
LEVEL = 0.009
KEPT = 0.5
#: The long lines must stand this far apart across the page, as a share of its text's
#: width, for the slope to be fitted across it as well as down, and this share of them
#: keep to that fit: a slip curled in the hand, not a scan's boxes a pixel off level.
ACROSS = 0.4
KEPT_ACROSS = 0.65


def local_tilts(lines: Sequence[OcrLine], angle: float) -> list[tuple[float, float]]:
    """For each line, how much more the page slopes where it is than `angle` (the
    page's median), and how fast that changes across the page: a phone photo's
    perspective turns a slip's foot several degrees more than its head, and a slip
    curled in the hand slopes more at one side than at the other, so a total's amount
    far right sits a row higher than its label once only the median slope is taken out.
    The slope is fitted as a straight function of the place on the page (across and
    down) to the long lines' slopes (each counted by its width); 0 everywhere where they
    do not follow one."""
    flat = [(0.0, 0.0)] * len(lines)
    heights = [math.dist(line.box[0], line.box[3]) for line in lines]
    if not heights:
        return flat
    least = LONG * statistics.median(heights)
    middles = [_middle(line) for line in lines]
    points = [
        (*middle, *slope)
        for middle, line in zip(middles, lines, strict=True)
        if (slope := _slope(line)) and slope[1] >= least
    ]
    if len(points) < MODEL_LINES:
        return flat
    down_only = _fit([(0.0, y, a, w) for _, y, a, w in points], KEPT)
    if down_only is not None:
        base, _, down = down_only
        return [(base + down * y - angle, 0.0) for _, y in middles]
    # Across the page the slope is known only where long lines stand across it (a scan's
    # long lines all at the left tell nothing of its right edge), and a model with the
    # more freedom must fit more of them.
    left, right = min(p[0] for p in points), max(p[0] for p in points)
    if right - left < ACROSS * (max(x for x, _ in middles) - min(x for x, _ in middles)):
        return flat
    both = _fit(points, KEPT_ACROSS)
    if both is None:
        return flat
    base, across, down = both
    return [(base + across * x + down * y - angle, across) for x, y in middles]


def _fit(
    points: list[tuple[float, float, float, float]], share: float
) -> tuple[float, float, float] | None:
    """The plane the points' slopes follow, where it turns them by `TURNS` at least and
    `share` of them keep to it within `LEVEL`."""
    fitted = _plane(points)
    if fitted is None:
        return None
    base, across, down = fitted
    model = [base + across * x + down * y for x, y, _, _ in points]
    kept = sum(1 for (_, _, a, _), m in zip(points, model, strict=True) if abs(a - m) <= LEVEL)
    if max(model) - min(model) < TURNS or kept < share * len(points):
        return None
    return fitted


def _middle(line: OcrLine) -> tuple[float, float]:
    return (
        sum(x for x, _ in line.box) / len(line.box),
        sum(y for _, y in line.box) / len(line.box),
    )


def _plane(points: list[tuple[float, float, float, float]]) -> tuple[float, float, float] | None:
    """The slope as `base + across * x + down * y` that fits the (x, y, slope, weight)
    points best by weighted least squares, or None where they do not fix one (all at one
    height). Points given with x = 0 are fitted down the page alone (`across` is 0)."""
    xs, ys, slopes, weights = np.array(points, dtype=float).T
    root = np.sqrt(weights)
    design = np.column_stack([np.ones_like(xs), xs, ys]) * root[:, None]
    (base, across, down), _, rank, _ = np.linalg.lstsq(design, slopes * root, rcond=None)
    if rank < 2 or not np.ptp(ys):
        return None
    return float(base), float(across), float(down)


#: Full-width forms of ASCII (`（M)`, `：`), which a recogniser trained on Chinese gives
#: for Latin text too, as ASCII: a bracket is a bracket, whichever width it was read at.
HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


#: A speck of dirt read as a point or a comma set apart before a line's first word
#: (`. Rechnung 90031458 vom 11.06.2024`).
_SPECK = re.compile(r"^([.,'`])\s+(?=[^\W\d_])")


def cells(lines: Iterable[OcrLine]) -> list[Cell]:
    """Each line as an axis-aligned cell in coordinates where the text runs level."""
    lines = list(lines)
    angle = text_angle(lines)
    cos, sin = math.cos(-angle), math.sin(-angle)
    found = []
    for line, (tilt, across) in zip(lines, local_tilts(lines, angle), strict=True):
        text = line.text.translate(HALF_WIDTH).strip()
        characters = tuple((piece.translate(HALF_WIDTH), score) for piece, score in line.characters)
        if speck := _SPECK.match(text):
            text = text[speck.end() :]
            if characters and characters[0][0].strip() == speck.group(1):
                characters = characters[1:]
        if not text:
            continue
        xs = [x * cos - y * sin for x, y in line.box]
        ys = [x * sin + y * cos for x, y in line.box]
        found.append(
            Cell(
                text,
                min(xs),
                min(ys),
                max(xs) - min(xs),
                max(ys) - min(ys),
                line.confidence,
                characters,
                (math.dist(line.box[0], line.box[3]) + math.dist(line.box[1], line.box[2])) / 2,
                tilt,
                across,
            )
        )
    return found


def rows(lines: Sequence[OcrLine], closeness: float = 0.5) -> list[Row]:
    """Lines grouped into rows, top to bottom, each row's cells left to right.

    A cell joins the nearest recent row whose vertical centre, or the centre of the
    row's cell right beside it, is within `closeness` of the shorter height of its own:
    a tall centred heading then stays apart from the smaller lines beside it, and a line
    a photo's perspective tilts more than the page is still one row, word by word
    (`CAHAYA TERANG ELECTRICAL` … `TRADING`). It never joins a row where it
    would sit over or under a cell by more than half its type's height: two long lines
    of a paragraph a skewed scan has tilted boxes for are two lines, however tall their
    boxes.
    """
    grouped: list[list[Cell]] = []
    centres: list[tuple[float, float]] = []
    for cell in sorted(cells(lines), key=lambda c: c.y + c.height / 2):
        centre = cell.y + cell.height / 2
        best, best_distance = -1, float("inf")
        for index in range(max(0, len(grouped) - 4), len(grouped)):
            row_centre, row_height = centres[index]
            level = row_centre + _rise(cell, grouped[index])
            distance = min(abs(centre - level), _from_neighbour(cell, grouped[index]))
            if (
                distance <= closeness * min(cell.height, row_height)
                and distance < best_distance
                and not any(_stacked(cell, other) for other in grouped[index])
            ):
                best, best_distance = index, distance
        if best < 0:
            grouped.append([cell])
            centres.append((centre, cell.height))
        else:
            grouped[best].append(cell)
            count = len(grouped[best])
            row_centre, row_height = centres[best]
            centres[best] = (
                row_centre + (centre - row_centre) / count,
                row_height + (cell.height - row_height) / count,
            )
    return [Row(tuple(sorted(group, key=lambda c: c.x))) for group in grouped]


def _rise(cell: Cell, row: list[Cell]) -> float:
    """How much lower the row runs at `cell` than at its middle, where the lines there
    slope more than the page (`Cell.tilt`), by the slope halfway between the two."""
    if not cell.tilt and not cell.tilt_across:
        return 0.0
    middle = statistics.fmean(other.x + other.width / 2 for other in row)
    run = cell.x + cell.width / 2 - middle
    return run * math.tan(cell.tilt - cell.tilt_across * run / 2)


def _from_neighbour(cell: Cell, row: list[Cell]) -> float:
    """How far apart vertically `cell` and the nearest cell of `row` beside it are: one
    that shares none of its width, at most `NEIGHBOUR_GAP` line heights to its left or
    right (infinity when there is none)."""
    nearest, gap = None, NEIGHBOUR_GAP * cell.height
    for other in row:
        apart = max(other.x - cell.right, cell.x - other.right)
        if 0 <= apart <= gap:
            nearest, gap = other, apart
    if nearest is None:
        return float("inf")
    return abs(cell.y + cell.height / 2 - nearest.y - nearest.height / 2)


#: The widest gap, in line heights, between a cell and the neighbour it is measured by.
NEIGHBOUR_GAP = 3.0


def _stacked(cell: Cell, other: Cell) -> bool:
    """Whether the two cells share more than half the narrower one's width at heights
    apart by more than half the smaller type's: one line over the other."""
    shared = min(cell.right, other.right) - max(cell.x, other.x)
    apart = abs(cell.y + cell.height / 2 - other.y - other.height / 2)
    return shared > 0.5 * min(cell.width, other.width) and apart > 0.5 * min(
        cell.type_height or cell.height, other.type_height or other.height
    )
