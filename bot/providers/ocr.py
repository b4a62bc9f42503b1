"""The `local-ocr` provider kind: RapidOCR (PP-OCR models inside its wheel) on ONNX Runtime.

One engine per process, created on first use. Returns each text line with its
box (four corners, pixels of the upright image) and recognition confidence.
`options` are passed to RapidOCR as its `params` (e.g. model paths).
"""

import logging
import threading
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageOps

from bot.config import ProviderSettings
from bot.media.image import open_image
from bot.providers.types import Health, OcrLine, OcrResult

KIND = "local-ocr"
#: Detection on the page scaled to 1280 px on its long side: 2.5 times faster than
#: RapidOCR's default (short side ≥ 736 px, so tall receipts stay full size) and a
#: whole read about a fifth faster, with the same fields read on the benchmark's
#: receipts and invoices; recognition still reads each line from the full crop.
#: No line-by-line angle classifier: it turns short amounts upside down (`9,90` read as
#: `06'6`), and on a page photographed upside down it reads each line the right way
#: round but leaves their order reversed, so the page is not turned as a whole
#: (`bot.invoices.reading`); without it reading is 7 % faster.
DEFAULT_PARAMS: dict[str, object] = {
    "Global.log_level": "warning",
    "Det.limit_type": "max",
    "Det.limit_side_len": 1280,
    "Global.use_cls": False,
}
MODEL = "rapidocr-ppocr"


class LocalOcr:
    kind = KIND
    capabilities = frozenset({"ocr"})

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name = name
        self.settings = settings
        self._engine: Any = None
        self._lock = threading.Lock()

    def model_for(self, capability: str = "ocr") -> str:
        return self.settings.models.get("ocr", MODEL)

    def engine(self) -> Any:
        with self._lock:
            if self._engine is None:
                params = {**DEFAULT_PARAMS, **self.settings.options}
                self._engine = _engine_class()(params=params)
                logging.getLogger("RapidOCR").setLevel(logging.WARNING)
            return self._engine

    def ocr(self, image: bytes | Image.Image) -> OcrResult:
        picture = _upright_rgb(image)
        output = self.engine()(picture, return_word_box=True)
        lines: list[OcrLine] = []
        if output is not None and getattr(output, "txts", None):
            found = getattr(output, "word_results", None) or ()
            for index, (box, text, score) in enumerate(
                zip(output.boxes, output.txts, output.scores, strict=False)
            ):
                corners = tuple((float(x), float(y)) for x, y in box)
                read = _characters(str(text), found[index] if index < len(found) else ())
                lines.append(OcrLine(str(text), corners, float(score), read))
        return OcrResult(tuple(lines), self.model_for(), *picture.size)

    def read_lines(self, images: list[bytes | Image.Image]) -> OcrResult:
        """Each picture read as one line of text, by the recogniser alone (no search for
        lines): a second reading of lines already found (`bot.invoices.second_look`).
        One at a time: read in a batch, a line is padded to the widest of the batch, and
        its reading would depend on what else was read with it."""
        pictures = [_upright_rgb(image) for image in images]
        engine = self.engine()
        lines: list[OcrLine] = []
        for picture in pictures:
            found = engine.recognize_txt([cv2.cvtColor(np.asarray(picture), cv2.COLOR_RGB2BGR)])
            lines.append(OcrLine(str(found.txts[0]), _whole(picture), float(found.scores[0])))
        return OcrResult(tuple(lines), self.model_for())

    def health(self) -> Health:
        try:
            self.engine()
        except Exception as error:  # report, do not crash `mmbot providers`
            return Health(False, f"RapidOCR did not start: {error}")
        return Health(True, "models bundled in the rapidocr wheel", (self.model_for(),))


def _engine_class() -> type:
    """RapidOCR, reporting the recogniser's confidence in each character of a line.

    Asked for word boxes, RapidOCR pairs each word with the confidence of the line's
    character of the same index (rapidocr 3.10, `CalRecBoxes`), and the boxes are not
    needed here: the characters and their own confidences are, straight from the
    recogniser's decoding."""
    from rapidocr import RapidOCR

    class CharConfidenceOcr(RapidOCR):
        def calc_word_boxes(self, img: Any, dt_boxes: Any, rec_res: Any) -> Any:
            return tuple(
                tuple(zip(text, getattr(info, "confs", None) or (), strict=False))
                for text, info in zip(rec_res.txts, rec_res.word_results, strict=False)
            )

    return CharConfidenceOcr


def _characters(text: str, found: Any) -> tuple[tuple[str, float], ...]:
    """The line's characters with their confidences, if they spell the line: RapidOCR
    leaves out a line's entry when it has none, which would shift the lines after it,
    and where `CharConfidenceOcr` was not used (another RapidOCR version) the entries
    are words with misplaced scores."""
    pairs = tuple((str(item[0]), float(item[1])) for item in found or ())
    if any(len(piece) != 1 for piece, _ in pairs):
        return ()
    if "".join(piece for piece, _ in pairs).replace(" ", "") != text.replace(" ", ""):
        return ()
    return pairs


def _upright_rgb(image: bytes | Image.Image) -> Image.Image:
    if isinstance(image, Image.Image):
        return ImageOps.exif_transpose(image).convert("RGB")
    return open_image(image, "this image").image


def _whole(picture: Image.Image) -> tuple[tuple[float, float], ...]:
    width, height = float(picture.width), float(picture.height)
    return ((0.0, 0.0), (width, 0.0), (width, height), (0.0, height))
