"""A digital PDF's pictures are read too: a seller that names itself only in its logo is
found, where the text layer alone would give the addressee."""

import ctypes
import io
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw, ImageFont

from bot.invoices import pdf_pictures
from bot.invoices.pdf_pictures import page_pictures, with_pictures
from bot.invoices.pdf_text import text_layers
from bot.media.image import PDF_DPI
from bot.providers import errors as provider_errors
from bot.providers.ocr import LocalOcr
from bot.providers.types import OcrLine, OcrResult
from tests.test_invoice_pdf_text import ocr_calls, run

SELLER = "Nordlicht Elektrotechnik GmbH"
#: The page's typeset text: the sender's street and town over the addressee's window, no
#: seller's name anywhere.
LETTER = [
    ("Hafenstrasse 3 - 24103 Kiel", 72, 712, 7.0),
    ("Baltic Hotelbetriebs GmbH", 72, 690, 11.0),
    ("Kaistrasse 88", 72, 676, 11.0),
    ("24114 Kiel", 72, 662, 11.0),
    ("Rechnungs-Nr. RE-2025-0219", 360, 690, 10.0),
    ("Rechnungsdatum 18.02.2025", 360, 676, 10.0),
    ("Elektromonteur, 24 Std.", 72, 560, 10.0),
    ("1.488,00", 470, 560, 10.0),
    ("Summe netto", 300, 500, 10.0),
    ("1.488,00 EUR", 470, 500, 10.0),
    ("zzgl. 19 % USt", 300, 486, 10.0),
    ("282,72 EUR", 470, 486, 10.0),
    ("Rechnungsbetrag", 300, 472, 10.0),
    ("1.770,72 EUR", 470, 472, 10.0),
    ("USt-IdNr.: DE294871057 - IBAN DE61 2105 0170 0098 7654 32", 72, 60, 7.0),
]
#: Where the logo stands: left, bottom, width, height in points.
LOGO_PLACE = (300.0, 740.0, 250.0, 60.0)


def logo(text: str = SELLER) -> Image.Image:
    """A letterhead's logo: a bar mark and the name, on a transparent ground."""
    image = Image.new("RGBA", (1100, 264), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    for index, height in enumerate((60, 90, 120, 150)):
        pen.rectangle((20 + 40 * index, 200 - height, 50 + 40 * index, 200), fill=(30, 120, 160))
    pen.text((200, 90), text, fill=(30, 120, 160, 255), font=ImageFont.load_default(size=56))
    return image


def letterhead_pdf(
    path: Path,
    pictures: list[tuple[Image.Image, tuple[float, float, float, float]]],
    lines: list[tuple[str, float, float, float]] = LETTER,
    pages: int = 1,
) -> Path:
    """A PDF as accounting software writes one: typeset text, and pictures placed on it."""
    document = pdfium.PdfDocument.new()
    font = pdfium_c.FPDFText_LoadStandardFont(document, b"Helvetica")
    for _ in range(pages):
        page = document.new_page(595, 842)
        for image, (left, bottom, width, height) in pictures:
            shown = pdfium.PdfImage.new(document)
            shown.set_bitmap(pdfium.PdfBitmap.from_pil(image))
            shown.set_matrix(pdfium.PdfMatrix().scale(width, height).translate(left, bottom))
            page.insert_obj(shown)
        for text, x, y, size in lines:
            item = pdfium_c.FPDFPageObj_CreateTextObj(document, font, size)
            encoded = (text + "\x00").encode("utf-16-le")
            buffer = ctypes.create_string_buffer(encoded, len(encoded))
            pdfium_c.FPDFText_SetText(item, ctypes.cast(buffer, pdfium_c.FPDF_WIDESTRING))
            pdfium_c.FPDFPageObj_Transform(item, 1, 0, 0, 1, x, y)
            pdfium_c.FPDFPage_InsertObject(page, item)
        page.gen_content()
    document.save(str(path))
    return path


def test_a_seller_named_only_in_its_logo_is_read_from_the_picture(tmp_path, db) -> None:
    path = letterhead_pdf(tmp_path / "rechnung.pdf", [(logo(), LOGO_PLACE)])
    result = run(path, tmp_path, db)
    assert result.data["vendor"] == SELLER
    assert result.data["invoice_number"] == "RE-2025-0219"
    assert result.data["total"] == 1770.72
    assert ocr_calls(db) == 1, "the logo alone is read by OCR; the text comes from its layer"


def test_without_its_logo_the_page_names_no_seller_for_sure(tmp_path, db) -> None:
    result = run(letterhead_pdf(tmp_path / "rechnung.pdf", []), tmp_path, db)
    assert result.data["vendor"] != SELLER
    assert "vendor" in result.data["needs_review"]
    assert ocr_calls(db) == 0


def test_the_pictures_lines_stand_where_the_picture_is_on_the_page(tmp_path) -> None:
    path = letterhead_pdf(tmp_path / "rechnung.pdf", [(logo(), LOGO_PLACE)])
    [[picture]] = page_pictures(path)
    scale = PDF_DPI / 72
    left, bottom, width, height = LOGO_PLACE
    expected = (left, 842 - bottom - height, left + width, 842 - bottom)
    assert all(
        abs(got - want * scale) < 2 for got, want in zip(picture.box, expected, strict=True)
    )
    assert picture.image.mode == "RGB"
    assert picture.image.getpixel((5, 5)) == (255, 255, 255), "transparent parts are paper"

    seen_by_ocr: list[Image.Image] = []

    def read(png: bytes) -> OcrResult:
        """The name read in the middle of what OCR was given, a mark in its corner."""
        seen_by_ocr.append(image := Image.open(io.BytesIO(png)))
        w, h = image.size
        middle = ((w / 4, h / 4), (3 * w / 4, h / 4), (3 * w / 4, 3 * h / 4), (w / 4, 3 * h / 4))
        corner = ((0, 0), (10, 0), (10, 10), (0, 10))
        return OcrResult((OcrLine(SELLER, middle, 0.98), OcrLine("V", corner, 0.99)), "fake")

    [layer] = text_layers(path)
    page = with_pictures(layer, [picture], read, {})
    [given] = seen_by_ocr
    assert given.height > picture.image.height, "read with a white margin around it"
    added = page.lines[len(layer.lines) :]
    assert [line.text for line in added] == [SELLER], "a lone letter is a mark, left out"
    (x0, y0), _, (x1, y1), _ = added[0].box
    box_left, box_top, box_right, box_bottom = picture.box
    assert box_left < x0 < x1 < box_right and box_top < y0 < y1 < box_bottom
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    assert abs(centre[0] - (box_left + box_right) / 2) < 20
    assert abs(centre[1] - (box_top + box_bottom) / 2) < 20


def test_a_picture_under_the_pages_text_or_too_small_for_a_word_is_not_read(tmp_path) -> None:
    paper = Image.new("RGB", (400, 400), (240, 240, 235))
    icon = logo().resize((40, 10))
    path = letterhead_pdf(
        tmp_path / "rechnung.pdf", [(paper, (60, 640, 480, 100)), (icon, (72, 100, 12, 6))]
    )
    assert page_pictures(path) == [[]]


def test_a_picture_of_more_pixels_than_allowed_is_not_rendered(tmp_path, monkeypatch) -> None:
    path = letterhead_pdf(tmp_path / "rechnung.pdf", [(logo(), LOGO_PLACE)])
    monkeypatch.setattr(pdf_pictures, "MOST_PIXELS", 1100 * 264 - 1)
    assert page_pictures(path) == [[]]


def test_the_same_logo_on_every_page_is_read_once(tmp_path) -> None:
    path = letterhead_pdf(tmp_path / "rechnung.pdf", [(logo(), LOGO_PLACE)], pages=3)
    calls: list[bytes] = []

    def read(png: bytes) -> OcrResult:
        calls.append(png)
        return OcrResult((OcrLine(SELLER, ((0, 0), (9, 0), (9, 9), (0, 9)), 0.98),), "fake")

    seen: dict[str, OcrResult] = {}
    pages = [
        with_pictures(layer, pictures, read, seen)
        for layer, pictures in zip(text_layers(path), page_pictures(path), strict=True)
    ]
    assert len(calls) == 1
    assert all(SELLER in page.text for page in pages)


def test_a_logo_that_cannot_be_read_leaves_the_pages_text_and_says_so(
    tmp_path, db, monkeypatch
) -> None:
    def fails(self, image):
        raise provider_errors.ServerFailed("the OCR engine stopped")

    monkeypatch.setattr(LocalOcr, "ocr", fails)
    path = letterhead_pdf(tmp_path / "rechnung.pdf", [(logo(), LOGO_PLACE)])
    result = run(path, tmp_path, db)
    assert result.data["total"] == 1770.72
    assert result.data["invoice_number"] == "RE-2025-0219"
    assert any("pictures on page 1 were not read" in warning for warning in result.warnings)
