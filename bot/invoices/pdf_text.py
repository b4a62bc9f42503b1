"""The text a digital PDF carries, with its positions, read instead of OCR.

An invoice made by accounting software holds its text exactly: reading it (pypdfium2's
text page, one rectangle per run of text on a line) is exact where OCR guesses, and
takes milliseconds where OCR takes seconds. The runs come out as `OcrLine`s in the
pixel space the page would be rendered in, so the same layout and rules read them. A
page without enough text (a scan, a photo saved as PDF) or a rotated one gets None,
and is read by OCR instead.
"""

from pathlib import Path

from bot.media.image import MAX_PDF_PAGES, PDF_DPI
from bot.providers.types import OcrLine, OcrResult

#: Fewer letters than this on a page means it is a picture of text, not text.
MIN_CHARACTERS = 20
MODEL = "pdf-text-layer"
#: The widest gap, in line heights, that still joins two rectangles into one run: a word
#: space is about a third of the type's height; columns stand further apart.
WORD_SPACE = 0.6


def text_layers(path: Path, max_pages: int = MAX_PDF_PAGES) -> list[OcrResult | None]:
    """For each of the first `max_pages` pages, its text layer as lines, or None."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return []
    try:
        return [_page_text(document[index]) for index in range(min(len(document), max_pages))]
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
    lines = []
    rects = [text_page.get_rect(index) for index in range(text_page.count_rects())]
    for left, bottom, right, top in _runs(rects):
        text = " ".join(text_page.get_text_bounded(left, bottom, right, top).split())
        if not text:
            continue
        x0, x1 = left * scale, right * scale
        y0, y1 = (height - top) * scale, (height - bottom) * scale
        lines.append(OcrLine(text, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 1.0))
    if sum(len(line.text.replace(" ", "")) for line in lines) < MIN_CHARACTERS:
        return None
    return OcrResult(tuple(lines), MODEL, round(width * scale), round(height * scale))


Rect = tuple[float, float, float, float]


def _runs(rects: list[Rect]) -> list[Rect]:
    """pdfium's rectangles joined into runs of text: a PDF that places each letter on its
    own gives one rectangle per letter, which would read as `S a m m y`. A rectangle
    continues the one before it when it sits on the same line and starts within a
    word space of its end (or overlaps it: wide letters do)."""
    runs: list[Rect] = []
    for left, bottom, right, top in rects:
        if runs:
            last_left, last_bottom, last_right, last_top = runs[-1]
            height = max(top - bottom, last_top - last_bottom, 1e-6)
            shared = min(top, last_top) - max(bottom, last_bottom)
            same_line = shared >= 0.5 * min(top - bottom, last_top - last_bottom)
            if same_line and last_left <= left and left - last_right <= WORD_SPACE * height:
                runs[-1] = (last_left, min(bottom, last_bottom), right, max(top, last_top))
                continue
        runs.append((left, bottom, right, top))
    return runs
