"""Italian, Spanish and Dutch numbering (`FATTURA N. 7 del …`, `Factura:`, a simplified
invoice's `Fra. Simplificada`, a café's `Rekening`, Teamleader's `2024 / 245`, a title
with its kind over the number), and names that wrap or lose a point.

Layouts built here as OCR boxes, as a scanned or digital page reads.
"""

import pytest

from bot.invoices.validate import SURE
from bot.providers.types import OcrLine
from tests.test_invoice_parties import page, read


def numbered(*head: tuple[str, float, float]) -> list[OcrLine]:
    return page(
        ("Forniture Adriatiche S.r.l.", 150, 60),
        ("Via del Porto 12 - 60121 Ancona", 150, 100),
        *head,
        ("Consulenza tecnica", 150, 500),
        ("1.200,00", 1300, 500),
        ("Totale documento", 900, 600),
        ("1.464,00 €", 1280, 600),
    )


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("Factura: FAC-2024-0411", "FAC-2024-0411"),
        ("Factura simplificada: 0023-015-487201", "0023-015-487201"),
        ("Fra. Simplificada FS 2024/8841", "FS 2024/8841"),
        ("Rekening 1043", "1043"),
        ("Factuurnummer 2024 / 245", "2024 / 245"),
    ],
)
def test_number_labels_of_spanish_and_dutch_bills(label, number):
    invoice = read(numbered((label, 900, 220)))
    assert invoice.invoice_number == number


def test_an_invoices_one_digit_number_before_its_date_is_read_for_a_person_to_check():
    invoice = read(numbered(("FATTURA N. 7 del 05/02/2024", 900, 220)))
    assert invoice.invoice_number == "7"
    assert invoice.confidence["invoice_number"] < SURE


def test_a_title_saying_its_kind_beside_the_letterhead_heads_its_number():
    invoice = read(
        page(
            ("ORTOFRUTTA LEVANTE S.p.A.", 100, 60),
            ("Ingrosso alimentare - Settore C, box 21-24", 100, 120),
            ("FATTURA ACCOMPAGNATORIA", 1010, 120),
            ("70026 Modugno (BA)", 100, 160),
            ("N.V1/004518", 1010, 160),
            ("P.IVA 11823650582", 100, 200),
            ("Data: 12 marzo 2024", 1010, 200),
            ("Pomodori San Marzano", 150, 500),
            ("60,00", 1300, 500),
            ("Totale documento", 900, 600),
            ("62,40 €", 1290, 600),
        )
    )
    assert invoice.invoice_number == "V1/004518"


def test_an_ordinal_read_as_a_superscript_two_still_labels_the_number_under_it():
    invoice = read(
        page(
            ("JAVIER MONTERO SALAS", 150, 60),
            ("ABOGADO", 150, 100),
            ("Factura n²", 183, 300),
            ("Fecha", 413, 300),
            ("Expediente", 639, 300),
            ("M-2023/112", 184, 340),
            ("14/11/2023", 413, 340),
            ("2023-087", 640, 340),
            ("Honorarios profesionales", 150, 450),
            ("750,00", 1300, 450),
            ("Total factura", 900, 550),
            ("907,50 €", 1280, 550),
        )
    )
    assert invoice.invoice_number == "M-2023/112"


def test_a_company_name_broken_at_its_hyphen_is_joined_again():
    invoice = read(
        page(
            ("Parkhaus am Markt", 516, 339),
            ("Marktplatz 4 . 28195 Bremen", 512, 395),
            ("CityPark Parkraum-", 583, 440),
            ("Management GmbH", 609, 490),
            ("USt-IdNr. DE 296 118 407", 542, 537),
            ("Quittung / Parkbeleg", 560, 600),
            ("Datum: 14.02.2025", 400, 660),
            ("Parkdauer 3 h 10 min", 400, 720),
            ("Gesamt EUR", 400, 780),
            ("12,00", 1000, 780),
        )
    )
    assert invoice.vendor == "CityPark Parkraum-Management GmbH"


def test_a_spanish_company_whose_last_point_is_lost_under_its_sign_is_the_vendor():
    invoice = read(
        page(
            ("CASA ROSARIO", 150, 60),
            ("Hosteleria Rosario y Pepe, S.L", 150, 100),
            ("C/ San Vicente Martir, 88", 150, 140),
            ("46007 Valencia", 150, 180),
            ("B98765124", 150, 220),
            ("FACTURA SIMPLIFICADA", 150, 280),
            ("Fecha: 19/10/2024", 150, 320),
            ("2 Paella valenciana", 150, 380),
            ("38,00", 700, 380),
            ("TOTAL", 150, 440),
            ("38,00 €", 680, 440),
        )
    )
    assert invoice.vendor == "Hosteleria Rosario y Pepe, S.L"


def test_an_accented_letter_read_as_a_capital_vowel_leaves_the_name_for_a_person():
    invoice = read(
        page(
            ("Café BrOlerie du Plateau", 150, 60),
            ("4210, rue Saint-Denis", 150, 100),
            ("Montréal, QC H2J 2K8", 150, 140),
            ("Date: 05/04/2024", 150, 200),
            ("Latté 12 oz", 150, 260),
            ("5,25", 700, 260),
            ("TOTAL", 150, 320),
            ("6,04 $", 690, 320),
        )
    )
    assert invoice.vendor == "Café BrOlerie du Plateau"
    assert invoice.confidence["vendor"] < SURE
