"""A second look at the vendor's name: its line read again from slightly other crops.

OCR misreads a letter of a name as surely as it reads the rest (`IR-SPARKLE` for
`IN-SPARKLE`, `LAN HING` for `LIAN HING`), so the engine's confidence does not tell
those names apart, and no rule over the text can. A letter the recogniser was
unsure of between two shapes comes out the other way when its line is cut a little
wider, a little tighter or in grey; a letter it saw clearly does not move. So the
name's lines are read again from three such crops of the page, and a name that
reads differently in any of them, surely, is a field for a person to look at.

On the development receipts' phone photos (`bench/invoice.py --photo`) this flagged
the three misread vendors that were unflagged (7 of 7 misreads flagged, from 4) and
one right one of 48 (`SPEED MART` read `SPEED HART` once); on their scans and on the
e-invoices' pages it flagged nothing more. About 0.13 s a receipt on two cores.
"""

import re
from collections.abc import Callable, Sequence
from itertools import islice

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
#: A second reading counts only when the recogniser is this sure of it: a crop that cut
#: into the letters reads as garble, less surely, and says nothing of the name.
SURE = 0.9
#: Shorter names (after normalising) are left alone: too few letters to judge.
SHORTEST = 3


def vendor_reading(
    vendor: str | None,
    pages: Sequence[tuple[Image.Image, OcrResult]],
    read_lines: ReadLines,
) -> Check:
    """Whether the lines the vendor was read from read the same from other crops.

    `pages` are the OCR'd pages as read (the image the boxes belong to, with its
    reading); pages read from a PDF's text layer are left out, as their text is exact.
    """
    name = _letters(vendor or "")
    sources = [
        (image, line)
        for image, reading in pages
        for line in reading.lines
        if _part_of(line.text, vendor or "")
    ][:MOST_LINES]
    if not sources:
        return Check("vendor_reading", None, "the vendor's name was not read by OCR")
    cut = [line_crops(image, line.box) for image, line in sources]
    readings = iter(read_lines([crop for crops in cut for crop in crops]))
    others: list[str] = []
    for (_, line), crops in zip(sources, cut, strict=True):
        before = _letters(line.text)
        for again in islice(readings, len(crops)):
            if again.confidence < SURE or again.text.strip() in others:
                continue
            if _read_as(before, name, _letters(again.text)) is False:
                others.append(again.text.strip())
    if others:
        shown = ", ".join(f"“{text}”" for text in others[:2])
        return Check(
            "vendor_reading",
            False,
            f"the vendor's name read differently on a second look ({shown})",
            ("vendor",),
        )
    return Check("vendor_reading", True, "the vendor's name read the same on a second look")


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


#: Shapes the recogniser swaps on a second look without a name reading any differently
#: to a person (`F00D`, `5/B`, `CD.`): folded together before two readings are compared.
_LOOK_ALIKE = str.maketrans("0DQ58126", "OOOSBIZG")


def _letters(text: str) -> str:
    return "".join(_words(text))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", mend_form(text).upper().translate(_LOOK_ALIKE))


def _part_of(line: str, name: str) -> bool:
    """The line holds the name, or is a run of its words long enough to judge, word
    for word (`Lieferant` is no part of `MUSTERLIEFERANT GMBH`), spaces aside
    (`99SPEED MART` is `99 SPEED MART`)."""
    return _within(line, name) or _within(name, line)


def _within(part: str, whole: str) -> bool:
    letters, text = _letters(part), _letters(whole)
    if len(letters) < SHORTEST:
        return False
    bounds = {0}
    for word in _words(whole):
        bounds.add(max(bounds) + len(word))
    start = text.find(letters)
    while start >= 0:
        if start in bounds and start + len(letters) in bounds:
            return True
        start = text.find(letters, start + 1)
    return False


def _read_as(before: str, name: str, again: str) -> bool | None:
    """Whether a second reading agrees on the name's part of the line: True, False, or
    None when it came out too short to say (a crop that lost the line)."""
    if len(again) < len(before) / 2:
        return None
    if before in name:
        return again == before
    return name in again
