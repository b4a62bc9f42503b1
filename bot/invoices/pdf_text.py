"""The text a digital PDF carries, with its positions, read instead of OCR.

An invoice made by accounting software holds its text exactly: reading it (pypdfium2's
text page: each character with its box, gathered into runs the way an OCR engine's
detector boxes text) is exact where OCR guesses, and takes milliseconds where OCR takes
seconds. The runs come out as `OcrLine`s in the pixel space the page would be rendered
in, so the same layout and rules read them. A page without enough text (a scan, a photo
saved as PDF), with far too much, or a rotated one gets None, and is read by OCR instead.
"""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bot.media.image import MAX_PDF_PAGES, PDF_DPI
from bot.providers.types import OcrLine, OcrResult

#: Fewer letters than this on a page means it is a picture of text, not text.
MIN_CHARACTERS = 20
#: More than this on one page is no invoice (a dense one holds about 10,000), and reading
#: each character's box would take seconds: such a page is read as a picture instead.
MAX_CHARACTERS = 100_000
MODEL = "pdf-text-layer"
T = TypeVar("T")
#: The widest gap between two characters of one run, in the height of its type: a word
#: space is about a third; table columns stand further apart.
COLUMN_GAP = 0.8


def text_layers(path: Path, max_pages: int = MAX_PDF_PAGES) -> list[OcrResult | None]:
    """For each of the first `max_pages` pages, its text layer as lines, or None."""
    return each_page(path, _page_text, max_pages)


def each_page(path: Path, read: Callable[[Any], T], max_pages: int = MAX_PDF_PAGES) -> list[T]:
    """`read` of each of the first `max_pages` pages (pypdfium2's page), or [] for a PDF
    pdfium cannot open or read."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return []
    try:
        return [read(document[index]) for index in range(min(len(document), max_pages))]
    except pypdfium2.PdfiumError:
        return []
    finally:
        document.close()


def _page_text(page: object) -> OcrResult | None:
    if page.get_rotation():
        return None
    width, height = page.get_size()
    scale = PDF_DPI / 72
    text_page = page.get_textpage()
    if text_page.count_chars() > MAX_CHARACTERS:
        return None
    lines = []
    for text, (left, bottom, right, top) in _runs(text_page):
        x0, x1 = left * scale, right * scale
        y0, y1 = (height - top) * scale, (height - bottom) * scale
        lines.append(OcrLine(text, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 1.0))
    if sum(len(line.text.replace(" ", "")) for line in lines) < MIN_CHARACTERS:
        return None
    return OcrResult(tuple(lines), MODEL, round(width * scale), round(height * scale))


Box = tuple[float, float, float, float]


_SOFT_HYPHENS = {"\ufffe": "-", "\u00ad": "-"}
#: Arabic and Hebrew letters and digits. Written right to left, they come out of the
#: character boxes a glyph run at a time (`Invoice No. | رة | تو | فا | ال | م | رق |
#: ANB-INV-24-03391`), cutting a bilingual label off its value, and the rules read none
#: of them (nor does the OCR engine, so a scan of the page shows none): they are read as
#: the space they take.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)


def _runs(text_page: object) -> list[tuple[str, Box]]:
    """The page's characters gathered into runs of text, as an OCR engine's detector
    would box them: a run goes on while the characters stay on one line and no wider gap
    than `COLUMN_GAP` parts them. Built from the characters, not from pdfium's own
    rectangles: those hold a whole table row in one (`457,20  -11,21 … 518,99`), or, in a
    PDF that places each letter on its own, one letter each (`S a m m y`)."""
    runs: list[tuple[list[str], Box]] = []
    for index in range(text_page.count_chars()):
        char = text_page.get_text_range(index, 1)
        if char in ("\r", "\n", ""):
            continue
        # pdfium gives a word's hyphen at the end of a line as U+FFFE, a soft hyphen.
        char = _SOFT_HYPHENS.get(char, char)
        left, bottom, right, top = text_page.get_charbox(index, loose=True)
        if char.isspace() or top <= bottom or _RIGHT_TO_LEFT.match(char):
            if runs:
                runs[-1][0].append(" ")
            continue
        if runs:
            chars, (run_left, run_bottom, run_right, run_top) = runs[-1]
            tall = run_top - run_bottom
            shared = min(top, run_top) - max(bottom, run_bottom)
            if (
                shared >= 0.5 * min(top - bottom, tall)
                and run_right - 0.5 * tall <= left <= run_right + COLUMN_GAP * tall
            ):
                chars.append(char)
                runs[-1] = (
                    chars,
                    (run_left, min(bottom, run_bottom), max(right, run_right), max(top, run_top)),
                )
                continue
        runs.append(([char], (left, bottom, right, top)))
    return [(" ".join("".join(chars).split()), box) for chars, box in runs]
