"""OCR of an invoice page, turned upright first when it was photographed sideways.

RapidOCR's angle classifier fixes lines that are upside down, not pages on
their side. When the first pass reads poorly (few lines, low confidence, or
boxes taller than wide) we try the quarter turns and keep the best reading.
"""

import statistics
from collections.abc import Callable

from PIL import Image

from bot.media.image import png_bytes
from bot.providers.types import OcrResult

#: Long side the page is scaled down to before OCR; more costs time, not accuracy.
MAX_SIDE = 2400

Ocr = Callable[[bytes], OcrResult]


def read_page(ocr: Ocr, image: Image.Image) -> tuple[OcrResult, int]:
    """The best OCR reading of `image` and the clockwise turn (degrees) that gave it."""
    page = _fit(image)
    result = ocr(png_bytes(page, fast=True))
    if not _poor(result):
        return result, 0
    best, turn = result, 0
    for degrees in (90, 270, 180):
        rotated = ocr(png_bytes(page.rotate(-degrees, expand=True), fast=True))
        if _score(rotated) > _score(best) * 1.2:
            best, turn = rotated, degrees
        if not _poor(best):
            break
    return best, turn


def _poor(result: OcrResult) -> bool:
    if len(result.lines) < 4:
        return True
    if statistics.fmean(line.confidence for line in result.lines) < 0.8:
        return True
    tall = sum(1 for line in result.lines if _tall(line.box))
    return tall > len(result.lines) / 2


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
