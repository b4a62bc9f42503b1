"""A digital PDF invoice is read from its own text, exactly and without OCR; a scanned
one, or one asked for with `pdf_text=no`, goes through OCR as before."""

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from bot.config import Settings
from bot.invoices import pdf_text
from bot.invoices.pdf_text import text_layers
from bot.plugins import get_registry
from bot.providers import Router
from bot.runner import Who, input_files, run_skill
from tests.invoices import draw

LINES = [
    ("Nordlicht Bürobedarf GmbH", 72, 780),
    ("Invoice No. RE-2024-0815", 72, 700),
    ("Date: 2024-03-14", 72, 680),
    ("Paper A4, 5 boxes", 72, 600),
    ("104.50", 450, 600),
    ("Total", 72, 560),
    ("124.36 EUR", 450, 560),
]


def digital_pdf(
    path: Path,
    lines: list[tuple[str, float, float]] = LINES,
    font_name: bytes = b"Helvetica",
    size: float = 12.0,
) -> Path:
    """A PDF with real text objects, as accounting software writes one."""
    document = pdfium.PdfDocument.new()
    page = document.new_page(595, 842)
    font = pdfium_c.FPDFText_LoadStandardFont(document, font_name)
    for text, x, y in lines:
        item = pdfium_c.FPDFPageObj_CreateTextObj(document, font, size)
        encoded = (text + "\x00").encode("utf-16-le")
        buffer = ctypes.create_string_buffer(encoded, len(encoded))
        pdfium_c.FPDFText_SetText(item, ctypes.cast(buffer, pdfium_c.FPDF_WIDESTRING))
        pdfium_c.FPDFPageObj_Transform(item, 1, 0, 0, 1, x, y)
        pdfium_c.FPDFPage_InsertObject(page, item)
    pdfium_c.FPDFPage_GenerateContent(page)
    document.save(str(path))
    return path


def letter_by_letter(lines: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """Each letter as a text object of its own, as some invoice generators place them (in
    Courier, whose letters are 7.2 points apart at 12 points)."""
    return [
        (char, x + 7.2 * index, y)
        for text, x, y in lines
        for index, char in enumerate(text)
        if not char.isspace()
    ]


def run(path: Path, tmp_path: Path, db, **options: str):
    skill = get_registry().skill("invoice")
    return run_skill(
        skill,
        input_files([path]),
        options=skill.parse_options({"engine": "rules", **options}),
        prompt=None,
        settings=Settings(),
        db=db,
        workdir=tmp_path / "out",
        models=Router(Settings(), db=db),
        who=Who(),
    )


def ocr_calls(db) -> int:
    return db.execute(
        "select count(*) from audit where action = 'provider.call' and capability = 'ocr'"
    ).fetchone()[0]


def test_the_text_layer_comes_out_as_lines_in_reading_position(tmp_path) -> None:
    [layer] = text_layers(digital_pdf(tmp_path / "invoice.pdf"))
    texts = [line.text for line in layer.lines]
    assert texts == [text for text, _, _ in LINES]
    total, amount = layer.lines[5], layer.lines[6]
    assert abs(total.box[0][1] - amount.box[0][1]) < 5, "one row: same height on the page"
    assert layer.lines[0].box[0][1] < total.box[0][1], "the top of the page comes first"


def test_a_digital_pdf_is_read_from_its_own_text_without_ocr(tmp_path, db) -> None:
    result = run(digital_pdf(tmp_path / "invoice.pdf"), tmp_path, db)
    assert result.data["total"] == 124.36
    assert result.data["issue_date"] == "2024-03-14"
    assert result.data["invoice_number"] == "RE-2024-0815"
    assert ocr_calls(db) == 0
    assert "vendor_reading" not in [check["name"] for check in result.data["checks"]]


def test_a_pdf_that_places_each_letter_alone_is_read_in_words(tmp_path, db) -> None:
    path = digital_pdf(tmp_path / "invoice.pdf", letter_by_letter(LINES), b"Courier")
    [layer] = text_layers(path)
    assert layer.lines[0].text == "Nordlicht Bürobedarf GmbH"
    result = run(path, tmp_path, db)
    assert result.data["vendor"] == "Nordlicht Bürobedarf GmbH"
    assert result.data["invoice_number"] == "RE-2024-0815"
    assert result.data["total"] == 124.36
    assert ocr_calls(db) == 0


def test_columns_spaced_apart_in_one_text_object_come_out_as_cells_of_their_own(tmp_path):
    gap = " " * 14
    path = digital_pdf(
        tmp_path / "invoice.pdf",
        [
            (f"Nettobetrag{gap}MwSt-Betrag{gap}Endbetrag", 72, 600),
            (f"448,99{gap}{'  '}70,00{gap}{'    '}518,99 EUR", 72, 580),
        ],
    )
    [layer] = text_layers(path)
    assert [line.text for line in layer.lines] == [
        "Nettobetrag",
        "MwSt-Betrag",
        "Endbetrag",
        "448,99",
        "70,00",
        "518,99 EUR",
    ]


def test_a_page_with_more_characters_than_any_invoice_is_read_as_a_picture(
    tmp_path, monkeypatch
) -> None:
    path = digital_pdf(tmp_path / "invoice.pdf")
    monkeypatch.setattr(pdf_text, "MAX_CHARACTERS", 80)
    assert text_layers(path) == [None]
    monkeypatch.setattr(pdf_text, "MAX_CHARACTERS", 200)
    assert text_layers(path)[0] is not None


def test_pdf_text_no_reads_the_pages_by_ocr_as_for_a_scan(tmp_path, db) -> None:
    result = run(digital_pdf(tmp_path / "invoice.pdf"), tmp_path, db, pdf_text="no")
    assert ocr_calls(db) >= 1
    assert result.data["total"] == 124.36


def test_a_scanned_pdf_has_no_text_layer_and_is_read_by_ocr(tmp_path, db) -> None:
    scan = tmp_path / "scan.pdf"
    draw([[("ACME STORE", None)], [("TOTAL 12.50", None)]]).save(scan, "PDF")
    assert text_layers(scan) == [None]
    result = run(scan, tmp_path, db)
    assert ocr_calls(db) >= 1
    assert result.data["total"] == 12.5


class LaidOutCharacters:
    """Characters with their boxes (points, from the page's foot), as pdfium's text page
    gives them: a bilingual label's Arabic comes in reading order, right to left."""

    def __init__(self, placed: list[tuple[str, float, float]], advance: float = 6.0) -> None:
        self.chars: list[tuple[str, tuple[float, float, float, float]]] = []
        for text, x, y in placed:
            rightwards = not "\u0600" <= text[0] <= "\u06ff"
            for index, char in enumerate(text):
                left = x + index * advance if rightwards else x - (index + 1) * advance
                self.chars.append((char, (left, y, left + advance, y + 10)))

    def count_chars(self) -> int:
        return len(self.chars)

    def get_text_range(self, index: int, count: int) -> str:
        return self.chars[index][0]

    def get_charbox(self, index: int, loose: bool = True) -> tuple[float, float, float, float]:
        return self.chars[index][1]


def test_a_bilingual_labels_arabic_does_not_cut_the_label_off_its_value() -> None:
    characters = LaidOutCharacters(
        [
            ("Invoice No.", 72, 700),
            ("رقم الفاتورة", 220, 700),
            ("ANB-INV-24-03391", 226, 700),
            ("Total (Excluding VAT)", 72, 600),
            ("الإجمالي غير شامل الضريبة", 400, 600),
            ("23,147.00", 406, 600),
        ]
    )
    assert [text for text, _ in pdf_text._runs(characters)] == [
        "Invoice No.",
        "ANB-INV-24-03391",
        "Total (Excluding VAT)",
        "23,147.00",
    ]


def test_a_name_in_the_text_layer_is_taken_as_written_not_mended_to_a_common_word(
    tmp_path, db
) -> None:
    lines = [("Kronborg VVS ApS", 72, 780), *LINES[1:]]
    result = run(digital_pdf(tmp_path / "invoice.pdf", lines), tmp_path, db)
    assert result.data["vendor"] == "Kronborg VVS ApS"
