"""OCR of a page or picture, turned upright when it was photographed sideways or upside down.

The OCR engine reads lines only the right way up (its line-angle classifier is off:
`bot.providers.ocr`). When a page's first pass reads poorly (few lines, low confidence,
or boxes taller than wide) we try the quarter turns and keep the best reading, and a
reading kept that is not clearly sure is checked against its half-turn (large sharp
print read upside down is garble the engine is fairly sure of); a
picture that may hold no text at all is tried upside down only when several of its
lines read poorly.
"""

import statistics
from collections.abc import Callable

from PIL import Image

from bot.media.image import png_bytes
from bot.providers.types import OcrResult

#: Long side the page is scaled down to before OCR; more costs time, not accuracy.
MAX_SIDE = 2400
#: Below this mean confidence a reading is poor: the text may be the wrong way up.
POOR_CONFIDENCE = 0.8
#: Below this mean confidence a reading that is not poor may still be of the page
#: upside down: large sharp print read the wrong way up can come out as garble at 0.81
#: (the right way up, 0.998), so the half-turn is read too. Scans the right way up read
#: at 0.94 or more on the benchmark's receipts and invoices; a tenth of its phone
#: photos fall between, and cost one more reading.
UPRIGHT_CONFIDENCE = 0.9
#: A turned reading must score this much better than the first to replace it.
CLEARLY_BETTER = 1.2

Ocr = Callable[[bytes], OcrResult]


def read_page(ocr: Ocr, image: Image.Image) -> tuple[OcrResult, int]:
    """The best OCR reading of `image` and the clockwise turn (degrees) that gave it."""
    page = _fit(image)

    def turned(degrees: int) -> OcrResult:
        return ocr(png_bytes(page.rotate(-degrees, expand=True) if degrees else page, fast=True))

    tried = {0: turned(0)}
    best = 0
    if _poor(tried[0]):
        for degrees in (90, 270, 180):
            tried[degrees] = turned(degrees)
            if _score(tried[degrees]) > _score(tried[best]) * CLEARLY_BETTER:
                best = degrees
            if not _poor(tried[best]):
                break
    opposite = (best + 180) % 360
    if opposite not in tried and not _confident(tried[best], UPRIGHT_CONFIDENCE):
        tried[opposite] = turned(opposite)
        if _score(tried[opposite]) > _score(tried[best]) * CLEARLY_BETTER:
            best = opposite
    return tried[best], best


def as_read(image: Image.Image, turn: int) -> Image.Image:
    """The picture a reading's boxes point into: `image` scaled and turned as
    `read_page` read it."""
    page = _fit(image)
    return page.rotate(-turn, expand=True) if turn else page


def read_either_way_up(ocr: Ocr, image: Image.Image) -> OcrResult:
    """The text of a picture that may hold little or none (no quarter turns tried for
    that, as `read_page` does for a page): read once more turned half round only when
    several lines came out less than clearly sure, as an upside-down photo of a notice
    or of a receipt does."""
    first = ocr(png_bytes(image, fast=True))
    if len(first.lines) < 3 or _confident(first, UPRIGHT_CONFIDENCE):
        return first
    turned = ocr(png_bytes(image.rotate(180), fast=True))
    return turned if _score(turned) > _score(first) * CLEARLY_BETTER else first


def _poor(result: OcrResult) -> bool:
    if len(result.lines) < 4:
        return True
    if not _confident(result):
        return True
    tall = sum(1 for line in result.lines if _tall(line.box))
    return tall > len(result.lines) / 2


def _confident(result: OcrResult, least: float = POOR_CONFIDENCE) -> bool:
    if not result.lines:
        return False
    return statistics.fmean(line.confidence for line in result.lines) >= least


def _tall(box: tuple[tuple[float, float], ...]) -> bool:
    xs, ys = [x for x, _ in box], [y for _, y in box]
    return (max(ys) - min(ys)) > 1.5 * (max(xs) - min(xs))


def _score(result: OcrResult) -> float:
    return sum(line.confidence * len(line.text) for line in result.lines if not _tall(line.box))


def _fit(image: Image.Image) -> Image.Image:
    longest = max(image.size)
    if longest <= MAX_SIDE:
        return image
    scale = MAX_SIDE / longest
    return image.resize((round(image.width * scale), round(image.height * scale)), Image.LANCZOS)
