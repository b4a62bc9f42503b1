"""The text in the pictures of a digital PDF's pages: a letterhead's logo, a stamp.

A page's text layer holds the text the software typeset, not the text drawn in its
pictures, so a seller that names itself only in its logo (`Nordlicht Elektrotechnik
GmbH` beside a bar mark, over nothing but a street and a town) is missing from it, and
the reader took the addressee for the seller. So the pictures on a page read from its
text layer are read by OCR too, and their lines put on the page where the picture is.

A picture with text of the layer over it is left alone: that text is already read (a
scan under its OCR'd text, a letterhead drawn behind the typeset text). So are pictures
too small to hold a word, and ones whose pixels would be a decompression bomb. The same
picture on every page (the logo in each page's header) is read once.

A picture is read with a margin of white around it, as it stands on the page: cut
tight, a logo's mark runs into its first letter (`0 OKAFOR STUDIO`). A line of one
character is a mark drawn as a letter (`V` beside `AIR VALMONT`), and is left out.
"""

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from bot.invoices.pdf_text import each_page
from bot.media.image import MAX_PDF_PAGES, PDF_DPI, png_bytes
from bot.providers.types import OcrLine, OcrResult

#: Reads one picture, given as PNG (an `Ocr` provider's `ocr`).
ReadPicture = Callable[[bytes], OcrResult]

#: At most this many pictures a page are rendered and read, the largest first.
MOST_PER_PAGE = 4
#: Smaller than this (points) on the page holds no word a person would read: a bullet,
#: an icon before a phone number.
SMALLEST_WIDTH = 24.0
SMALLEST_HEIGHT = 8.0
#: A picture with more pixels than this is not rendered (a photo, or a bomb).
MOST_PIXELS = 12_000_000
#: Text of the layer over a picture, in letters, that says the picture is already read.
READ_ALREADY = 3
#: The white margin a picture is read with, in its height.
MARGIN = 0.25


@dataclass(frozen=True)
class Picture:
    """A picture as shown on its page, with where it is: left, top, right, bottom in the
    pixels of the page rendered at `PDF_DPI`, as the text layer's lines are placed."""

    image: Image.Image
    box: tuple[float, float, float, float]
    digest: str


def page_pictures(path: Path, max_pages: int = MAX_PDF_PAGES) -> list[list[Picture]]:
    """For each of the first `max_pages` pages, the pictures on it worth reading."""
    return each_page(path, _pictures, max_pages)


def with_pictures(
    layer: OcrResult, pictures: Sequence[Picture], read: ReadPicture, seen: dict[str, OcrResult]
) -> OcrResult:
    """The page's text layer with the lines its pictures hold, each placed on the page.
    `seen` keeps what each picture read, across the pages of one document."""
    lines = list(layer.lines)
    for picture in pictures:
        if picture.digest not in seen:
            seen[picture.digest] = read(png_bytes(_with_margin(picture.image), fast=True))
        lines.extend(_placed(seen[picture.digest], picture))
    return OcrResult(tuple(lines), layer.model, layer.width, layer.height)


def _pictures(page: object) -> list[Picture]:
    import pypdfium2.raw as pdfium_c

    if page.get_rotation():
        return []
    scale = PDF_DPI / 72
    height = page.get_height()
    text_page = page.get_textpage()
    kept = []
    for shown in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = bounds = shown.get_bounds()
        if right - left < SMALLEST_WIDTH or top - bottom < SMALLEST_HEIGHT:
            continue
        columns, lines = shown.get_px_size()
        if columns * lines > MOST_PIXELS:
            continue
        over = text_page.get_text_bounded(left, bottom, right, top)
        if len("".join(over.split())) < READ_ALREADY:
            kept.append((shown, bounds))
    kept.sort(key=lambda pair: _area(pair[1]), reverse=True)
    pictures = []
    for shown, (left, bottom, right, top) in kept[:MOST_PER_PAGE]:
        image = _on_white(shown.get_bitmap(render=True).to_pil())
        box = (left * scale, (height - top) * scale, right * scale, (height - bottom) * scale)
        pictures.append(Picture(image, box, hashlib.sha256(image.tobytes()).hexdigest()))
    return pictures


def _area(bounds: tuple[float, float, float, float]) -> float:
    left, bottom, right, top = bounds
    return (right - left) * (top - bottom)


def _on_white(image: Image.Image) -> Image.Image:
    """The picture as printed on white paper: a logo's transparent parts are white."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image.convert("RGB")


def _with_margin(image: Image.Image) -> Image.Image:
    return ImageOps.expand(image, border=_margin(image), fill="white")


def _margin(image: Image.Image) -> int:
    return round(MARGIN * image.height)


def _placed(reading: OcrResult, picture: Picture) -> list[OcrLine]:
    """The lines read from the picture (with its margin) where they are on the page."""
    left, top, right, bottom = picture.box
    margin = _margin(picture.image)
    across = (right - left) / max(1, picture.image.width)
    down = (bottom - top) / max(1, picture.image.height)
    return [
        OcrLine(
            line.text,
            tuple((left + (x - margin) * across, top + (y - margin) * down) for x, y in line.box),
            line.confidence,
            line.characters,
        )
        for line in reading.lines
        if len(line.text.strip()) > 1
    ]
