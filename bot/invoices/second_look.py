"""A second look at the vendor's name: its line read again from slightly other crops.

OCR misreads a letter of a name as surely as it reads the rest (`IR-SPARKLE` for
`IN-SPARKLE`, `LAN HING` for `LIAN HING`), so the engine's confidence does not tell
those names apart, and no rule over the text can. A letter the recogniser was torn
between two shapes over comes out the other way when its line is cut a little wider,
a little tighter or in grey; one it saw clearly does not move. So the lines the name
was read from are read again from three such crops of the page, and a name whose
letters then come out otherwise is one for a person to look at.

Only a sure second reading (`SURE`) that puts other letters in the name's places, or
finds one more inside it, counts: a crop that cuts into a line reads as garble, less
surely, and one that clips or adds a letter at its edge, or runs a doubled letter
together, shifts the letters rather than changing them.

On the development receipts' phone photos (`bench/invoice.py --photo`) this flagged
the three misread vendors that were unflagged (7 of 7 misreads flagged, from 4), for
one right vendor of 48 flagged more (`SPEED MART` read `SPEED HART` once); on their
scans and on the e-invoice pages it changed nothing. About 0.13 s a receipt on two
cores. Digits were tried too and left out: on thermal receipts a right `165.00`,
`17-06-18` or `18311` reads `105.00`, `17-06-13`, `10311` from a tighter crop, quite
surely, as often as a misread total or number flips back, and totals and dates have
their own checks (the sums, the payment, plausibility).
"""

import difflib
import re
from collections.abc import Callable, Sequence
from itertools import accumulate, islice
from textwrap import shorten

import cv2
import numpy as np
from PIL import Image, ImageOps

from bot.invoices.validate import Check
from bot.invoices.vendor import mend_form
from bot.providers.types import OcrLine, OcrResult

#: Reads each picture as one line of text (recognition only), in order.
ReadLines = Callable[[list[Image.Image]], Sequence[OcrLine]]

#: How far each crop's edges move out (+) or in (−) from the line's box, in line
#: heights, and whether it is read in grey with its contrast stretched.
CROPS: tuple[tuple[float, bool], ...] = ((0.12, False), (-0.06, False), (0.03, True))
#: A name printed again and again (in a footer, on every page) is looked at this often.
MOST_LINES = 3
#: A second reading counts only when the recogniser is this sure of it.
SURE = 0.9
#: Names with fewer letters and digits are left alone: too few to judge.
SHORTEST = 3
#: Shapes the recogniser swaps without a name reading any differently to a person
#: (`F00D`, `5/B`, `CD.`): folded together before two readings are compared.
_LOOK_ALIKE = str.maketrans("0DQ58126", "OOOSBIZG")


def vendor_reading(
    vendor: str | None,
    pages: Sequence[tuple[Image.Image, OcrResult]],
    read_lines: ReadLines,
) -> Check:
    """Whether the lines the vendor was read from read the same from other crops:
    failed when a sure second reading puts other letters in the name's places.

    `pages` are the OCR'd pages as read (the image the boxes belong to, with its
    reading); pages read from a PDF's text layer are left out, as their text is exact.
    """
    sources = [
        (image, line, span)
        for image, reading in pages
        for line in reading.lines
        if vendor and (span := _name_in(line.text, vendor)) is not None
    ][:MOST_LINES]
    if not sources:
        return Check("vendor_reading", None, "the vendor's name was not read by OCR")
    cut = [line_crops(image, line.box) for image, line, _ in sources]
    readings = iter(read_lines([crop for crops in cut for crop in crops]))
    others: list[str] = []
    for (_, line, span), crops in zip(sources, cut, strict=True):
        for again in islice(readings, len(crops)):
            text = again.text.strip()
            if again.confidence >= SURE and text not in others and _changed(line.text, span, text):
                others.append(text)
    if not others:
        return Check("vendor_reading", True, "the vendor's name read the same on a second look")
    shown = ", ".join(f"“{shorten(text, 60, placeholder='…')}”" for text in others[:2])
    return Check(
        "vendor_reading",
        False,
        f"the vendor's name read differently on a second look ({shown})",
        ("vendor",),
    )


def _name_in(text: str, name: str) -> tuple[int, int] | None:
    """The line holds the name, or is a run of its words, word for word (`Lieferant`
    is no part of `MUSTERLIEFERANT GMBH`), spaces aside (`99SPEED` is `99 SPEED`)."""
    if (span := _word_run(name, text)) is not None:
        return span
    return (0, len(_chars(text))) if _word_run(text, name) is not None else None


def _word_run(part: str, whole: str) -> tuple[int, int] | None:
    letters, text = _chars(part), _chars(whole)
    if len(letters) < SHORTEST:
        return None
    bounds = {0, *accumulate(len(word) for word in re.findall(r"[^\W_]+", _folded(whole)))}
    start = text.find(letters)
    while start >= 0:
        if start in bounds and start + len(letters) in bounds:
            return start, start + len(letters)
        start = text.find(letters, start + 1)
    return None


def _changed(before: str, span: tuple[int, int], again: str) -> bool:
    """Whether `again` reads the span of `before` otherwise: other letters in its
    places, or a letter more inside it (`LAN` / `LIAN`: the first reading lost one).
    A letter fewer is no evidence (a tight crop clips one, and the recogniser runs a
    doubled letter together more easily than it invents one), nor a letter more at an
    end (a wide crop takes in the edge of the next word)."""
    first, second = _chars(before), _chars(again)
    if len(second) < len(first) / 2:
        return False
    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    start, end = span
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1 and i1 < end and i2 > start:
            return True
        if tag == "insert" and start < i1 < end:
            return True
    return False


def _chars(text: str) -> str:
    return re.sub(r"[\W_]", "", _folded(text))


def _folded(text: str) -> str:
    return mend_form(text).upper().translate(_LOOK_ALIKE)


def line_crops(image: Image.Image, box: Sequence[tuple[float, float]]) -> list[Image.Image]:
    """The line cut out of the page, straightened, once per entry of `CROPS`."""
    pixels = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
    corners = np.asarray(box, dtype=np.float32)[:4]
    across = corners[1] - corners[0]
    down = corners[3] - corners[0]
    width = float(np.linalg.norm(across))
    height = float(np.linalg.norm(down))
    if width < 1 or height < 1:
        return []
    across, down = across / width, down / height
    crops: list[Image.Image] = []
    for grow, grey in CROPS:
        margin = grow * height
        out_w, out_h = round(width + 2 * margin), round(height + 2 * margin)
        source = np.asarray(
            [
                corners[0] - margin * (across + down),
                corners[1] + margin * (across - down),
                corners[2] + margin * (across + down),
                corners[3] - margin * (across - down),
            ],
            dtype=np.float32,
        )
        target = np.asarray([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]], dtype=np.float32)
        warped = cv2.warpPerspective(
            pixels,
            cv2.getPerspectiveTransform(source, target),
            (out_w, out_h),
            flags=cv2.INTER_CUBIC,
            borderMode=cv2.BORDER_REPLICATE,
        )
        crop = Image.fromarray(warped)
        if grey:
            crop = ImageOps.autocontrast(ImageOps.grayscale(crop)).convert("RGB")
        crops.append(crop)
    return crops
