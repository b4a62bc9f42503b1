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
    for index in range(text_page.count_rects()):
        left, bottom, right, top = text_page.get_rect(index)
        text = " ".join(text_page.get_text_bounded(left, bottom, right, top).split())
        if not text:
            continue
        x0, x1 = left * scale, right * scale
        y0, y1 = (height - top) * scale, (height - bottom) * scale
        lines.append(OcrLine(text, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 1.0))
    if sum(len(line.text.replace(" ", "")) for line in lines) < MIN_CHARACTERS:
        return None
    return OcrResult(tuple(lines), MODEL, round(width * scale), round(height * scale))
