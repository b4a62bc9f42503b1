"""Credit notes and corrections as European ERP software prints them: a Spanish
`Factura rectificativa` totalled below zero, a Dutch `Creditnota` titled under a long
letterhead and naming the invoice it corrects with that invoice's number and date, and a
sole trader's letter headed by her trading name over her own name."""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY


@pytest.mark.parametrize(
    "title", ["FACTURA RECTIFICATIVA", "NOTA DI CREDITO", "Creditfactuur", "Credit Memo"]
)
def test_a_correction_totalled_below_zero_has_that_total(title):
    correction = read(
        page(
            ("Suministros Industriales Ebro, S.L.", 157, 100),
            ("CIF B50876214", 157, 140),
            (title, 157, 300),
            ("Nº factura: R25/0014", 157, 360),
            ("Fecha: 21/03/2025", 157, 400),
            ("Rodamiento 6205-2RS (devolución)", 157, 600),
            ("-378,80", 1300, 600),
            ("Base imponible", 900, 700),
            ("-378,80 €", 1300, 700),
            ("IVA 21 %", 900, 740),
            ("-79,55 €", 1300, 740),
            ("Total factura", 900, 780),
            ("-458,35 €", 1300, 780),
        )
    )

    assert correction.total == pytest.approx(-458.35)
    assert "total" not in needs_review(correction, checks(correction, TODAY))


LETTERHEAD = [
    ("Drukkerij Verhaeghe", 157, 60),
    ("grafische productie · boeken · drukwerk", 157, 100),
    ("Doorniksesteenweg 214", 157, 140),
    ("8500 Kortrijk", 157, 180),
    ("T 056 21 44 80", 157, 220),
    ("info@drukkerij-verhaeghe.be", 157, 260),
    ("Uitgeverij De Lage Landen NV", 157, 320),
    ("t.a.v. boekhouding", 157, 360),
    ("Meir 87", 157, 400),
    ("2000 Antwerpen", 157, 440),
    ("BTW BE 0412.336.701", 157, 480),
    ("Kortrijk", 157, 520),
]


def test_a_credit_note_under_a_long_letterhead_is_dated_and_numbered_as_itself():
    credit_note = read(
        page(
            *LETTERHEAD,
            ("CREDITNOTA", 157, 600),
            ("Creditnota nr. CN/2025/0031", 157, 660),
            ("Datum 18/03/2025", 157, 700),
            ("Betreft factuur nr. 2025/0412 van 04/03/2025", 157, 740),
            ("Korting drukfout", 157, 900),
            ("450,00", 1300, 900),
            ("Totaal", 900, 1000),
            ("450,00 €", 1300, 1000),
        )
    )

    assert credit_note.issue_date == "2025-03-18"
    assert credit_note.invoice_number == "CN/2025/0031"
    flagged = needs_review(credit_note, checks(credit_note, TODAY))
    assert "invoice_number" not in flagged and "issue_date" not in flagged


def test_a_sole_traders_heading_spells_out_the_name_her_sender_line_prints():
    letter = read(
        page(
            ("Jana Wiesner Fotografie", 157, 80),
            ("Karl-Heine-Straße 54 · 04229 Leipzig · hallo@janawiesner-foto.de", 157, 130),
            ("Jana Wiesner · Karl-Heine-Straße 54 · 04229 Leipzig", 157, 300),
            ("Grünwerk Naturkosmetik GmbH", 157, 340),
            ("Spinnereistraße 7", 157, 380),
            ("04179 Leipzig", 157, 420),
            ("Rechnung Nr.: 2025-007", 900, 340),
            ("Rechnungsdatum: 28.02.2025", 900, 380),
            ("Rechnung", 157, 560),
            ("Fotoproduktion Frühjahrslinie", 157, 700),
            ("1.236,80 €", 1300, 700),
            ("Gesamtbetrag", 900, 800),
            ("1.236,80 €", 1300, 800),
            ("Jana Wiesner", 157, 1400),
            ("Jana Wiesner · Fotografin · Karl-Heine-Straße 54 · 04229 Leipzig", 157, 2150),
        )
    )

    assert letter.vendor == "Jana Wiesner Fotografie"
