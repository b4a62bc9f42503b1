"""Invoices from Poland, Romania, Italy, Sweden and the German and French trades.

Poland titles its invoice `Faktura VAT FV/0457/11/2026` (the number is not `VAT FV/…`)
and its credit note `Faktura korygująca nr FK 3/11/2026`, whose total is the negative
correction. Romania's printed form prices in `lei` and sets `Total de plată` over `(col. 5
+ col. 6)`, the amount beside that second line. An Italian e-invoice's courtesy copy
opens with a disclaimer and names the seller in `Cedente/prestatore` as `Denominazione:`.
A Swedish invoice prints its sums as a band: labels in a row, the amounts under them in
the same order, the last set flush right. A German final invoice's whole work is its
`Gesamtleistung`, before the instalments deducted; a French restaurant numbers its bill
`NOTE N°`.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_latin_american_names import placed
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


def test_a_polish_invoice_titled_faktura_vat_is_numbered_after_the_kind():
    invoice = read(
        receipt(
            [("Faktura VAT FV/0457/11/2026", 300)],
            [("Sprzedawca:", 20), ("Nabywca:", 500)],
            [("Wisła-Print Sp. z o.o.", 20), ("Kawiarnia Pod Lipami s.c.", 500)],
            [("Data wystawienia: 2026-11-14", 20)],
            [("Razem do zapłaty:", 20), ("2 629,74 zł", 500)],
        )
    )

    assert invoice.invoice_number == "FV/0457/11/2026"


def test_a_polish_correcting_invoice_is_a_credit_note_with_its_own_number():
    invoice = read(
        receipt(
            [("Faktura korygująca nr FK 3/11/2026", 200)],
            [("Data wystawienia: 03.11.2026", 20)],
            [("Dotyczy faktury: FV 118/10/2026 z dnia 21.10.2026", 20)],
            [("Sprzedawca:", 20), ("Nabywca:", 500)],
            [("Hurtownia Elektryczna VOLTEX Sp. z o.o.", 20), ("ELMONT-SERWIS Sp. z o.o.", 500)],
            [("Przewód YDYp 3x2,5", 20), ("214,00", 400), ("-214,00", 560)],
            [("Stawka", 20), ("Netto", 200), ("VAT", 350), ("Brutto", 560)],
            [("23%", 20), ("-586,00", 200), ("-134,78", 350), ("-720,78", 560)],
            [("Razem", 20), ("-586,00", 200), ("-134,78", 350), ("-720,78", 560)],
            [("Do zwrotu:", 20), ("720,78 PLN", 560)],
        )
    )

    assert (invoice.invoice_number, invoice.total) == ("FK 3/11/2026", -720.78)


def test_a_romanian_form_prices_in_lei_and_totals_beside_the_labels_second_line():
    invoice = placed(
        ("TIMIȘ SERVICE AUTO S.R.L.", 60, 100, 30),
        ("Data: 10.11.2026", 60, 160, 30),
        ("Manoperă mecanică", 60, 260, 30),
        ("1.350,00", 900, 260, 30),
        ("262,50", 1100, 260, 30),
        ("Total", 700, 320, 30),
        ("5.309,00", 900, 320, 30),
        ("1.114,89", 1100, 320, 30),
        ("Expedierea s-a efectuat", 60, 420, 30),
        ("Total de plată", 700, 420, 30),
        ("la data de 10.11.2026", 60, 460, 30),
        ("(col. 5 + col. 6)", 700, 460, 30),
        ("6.423,89 lei", 1050, 460, 30),
    )

    assert (invoice.total, invoice.currency) == (6423.89, "RON")


def test_lei_beside_no_amount_is_no_currency():
    assert guess_currency("Gentile cliente, Lei riceve la fattura\nTotale 12,00")[0] != "RON"


def test_an_italian_courtesy_copy_names_the_cedente_not_its_disclaimer():
    invoice = read(
        receipt(
            [("Copia di cortesia – documento privo di valenza fiscale ai sensi dell'art. 21", 20)],
            [("Cedente/prestatore (fornitore)", 20), ("Cessionario/committente (cliente)", 800)],
            [("Identificativo fiscale ai fini IVA: IT02891460350", 20)],
            [("Denominazione: OTTICA FERRARESI S.R.L.", 20), ("Denominazione: STUDIO BELLELLI", 800)],
            [("Numero documento", 20), ("Data documento", 300)],
            [("214/FE", 20), ("18-11-2026", 300)],
            [("Totale documento", 20), ("1.457,29", 800)],
        )
    )

    assert invoice.vendor == "OTTICA FERRARESI S.R.L."


def test_a_band_of_sums_pairs_each_label_with_the_amount_in_its_place():
    invoice = placed(
        ("Fjällvind Konsult AB", 60, 60, 40),
        ("Fakturadatum 2026-11-02", 60, 140, 30),
        ("Projektledning", 60, 240, 30),
        ("58 262,00", 1300, 240, 30),
        ("Netto", 60, 320, 22),
        ("Moms 25 %", 400, 320, 22),
        ("Öresavrundning", 700, 320, 22),
        ("Att betala", 1050, 320, 22),
        ("58 262,00", 60, 356, 26),
        ("14 565,50", 400, 356, 26),
        ("0,50", 700, 356, 26),
        ("SEK 72 828,00", 1250, 356, 36),
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (58262.0, 14565.5, 72828.0)
    assert invoice.rounding == 0.5
    assert "total" not in needs_review(invoice, checks(invoice))


def test_a_final_invoice_totals_its_whole_work_before_the_instalments():
    invoice = read(
        receipt(
            [("Malerbetrieb Hartung GmbH", 20)],
            [("Schlussrechnung Nr. SR-26-0218", 20), ("Datum: 20.11.2026", 500)],
            [("Netto", 1300), ("USt 19 %", 1420), ("Brutto", 1560)],
            [("Gesamtleistung", 20), ("24.029,90", 1300), ("4.565,68", 1420), ("28.595,58", 1560)],
            [
                ("abzgl. 1. Abschlagsrechnung AR-26-0177 vom 15.09.2026 (bezahlt)", 20),
                ("-8.000,00", 1300),
                ("-1.520,00", 1420),
                ("-9.520,00", 1560),
            ],
            [
                ("abzgl. 2. Abschlagsrechnung AR-26-0196 vom 09.10.2026 (bezahlt)", 20),
                ("-9.000,00", 1300),
                ("-1.710,00", 1420),
                ("-10.710,00", 1560),
            ],
            [
                ("Verbleibende Restforderung", 20),
                ("7.029,90", 1300),
                ("1.335,68", 1420),
                ("8.365,58", 1560),
            ],
            [("Bitte überweisen Sie den Restbetrag von 8.365,58 € bis zum 04.12.2026.", 20)],
        )
    )

    assert invoice.total == 28595.58


def test_a_french_restaurant_numbers_its_bill_note():
    invoice = read(
        receipt(
            [("Le Bouchon des Cordeliers", 20)],
            [("NOTE N° 26-11-2174", 20), ("Lyon, le 21/11/2026", 400)],
            [("Menu Canut x2", 20), ("58,00", 480)],
            [("Total TTC", 20), ("58,00", 480)],
        )
    )

    assert invoice.invoice_number == "26-11-2174"


def test_a_swiss_total_netto_is_the_subtotal_the_taxes_are_added_to():
    invoice = read(
        receipt(
            [("Confiserie Brändli & Söhne AG", 20)],
            [("Rechnung Nr. 24-1187", 20), ("Datum: 05.12.2024", 600)],
            [("Apéro-Platten gemischt", 20), ("4'360.50", 700)],
            [("Servicepersonal", 20), ("1'390.00", 700)],
            [("Total netto", 20), ("5'750.50 CHF", 700)],
            [("MWST 8.1% von 1'390.00", 20), ("112.59 CHF", 700)],
            [("MWST 2.6% von 4'360.50", 20), ("113.37 CHF", 700)],
            [("Rechnungstotal", 20), ("5'976.46 CHF", 700)],
        )
    )

    assert (invoice.subtotal, invoice.total) == (5750.5, 5976.46)
    assert all(check.ok is not False for check in checks(invoice))


@pytest.mark.parametrize("number", ["KM 2612 0448 1937", "26-4418 0073"])
def test_a_bills_number_in_groups_under_its_label_is_read_whole(number):
    invoice = placed(
        ("Kolibri Mobilfunk GmbH", 60, 60, 40),
        ("Rechnungsnummer", 1100, 160, 26),
        (number, 1100, 196, 26),
        ("Rechnungsdatum", 1100, 240, 26),
        ("03.12.2026", 1100, 276, 26),
        ("Summe brutto", 60, 400, 30),
        ("70,82 €", 1100, 400, 30),
    )

    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    ("footer", "currency"),
    [
        ("Bankgiro 5431-8820 · Org.nr 556712-4410 · Godkänd för F-skatt", "SEK"),
        ("Kennitala 530317-0410 · VSK-númer 128440", "ISK"),
    ],
)
def test_a_nordic_invoice_that_prints_no_currency_is_in_its_countrys(footer, currency):
    invoice = read(
        receipt(
            [("Björkdalens Måleri AB", 20)],
            [("Fakturanummer", 20), ("24117", 400)],
            [("Fakturadatum", 20), ("2025-03-14", 400)],
            [("Målning av trapphus", 20), ("55 912,00", 900)],
            [("Att betala", 20), ("69 890,00", 900)],
            [(footer, 20)],
        )
    )

    assert invoice.currency == currency


def test_an_icelandic_invoice_totals_its_whole_kronur_til_greidslu_and_numbers_itself():
    boxed = placed(
        ("Norðurljós Ráðgjöf ehf.", 60, 60, 34),
        ("Reikningsnúmer", 1100, 60, 26),
        ("Borgartúni 25, 105 Reykjavík", 60, 110, 26),
        ("10388", 1100, 110, 26),
        ("Útgáfudagur", 700, 200, 26),
        ("07.05.2025", 1100, 200, 26),
        ("Ráðgjöf, stefnumótunarvinna", 60, 300, 26),
        ("394.200", 1100, 300, 26),
        ("Vinnustofa með stjórnendum", 60, 340, 26),
        ("145.000", 1100, 340, 26),
        ("Samtals án VSK", 700, 420, 26),
        ("539.200", 1100, 420, 26),
        ("VSK 24%", 700, 460, 26),
        ("129.408", 1100, 460, 26),
        ("Samtals til greiðslu kr.", 700, 500, 26),
        ("668.608", 1100, 500, 26),
        ("Bankareikningur: 0133-26-012345", 60, 600, 22),
    )
    beside = placed(
        ("STÁLVÍK", 60, 60, 40),
        ("Reikningur nr.", 700, 140, 26),
        ("R-2025-0716", 1000, 140, 26),
        ("Dagsetning", 700, 180, 26),
        ("16.07.2025", 1000, 180, 26),
        ("Legur SKF 6312-2RS", 60, 300, 26),
        ("184.300", 1100, 300, 26),
        ("Samtals kr.", 700, 400, 26),
        ("184.300", 1100, 400, 26),
    )

    assert (boxed.total, boxed.subtotal, boxed.tax) == (668608, 539200, 129408)
    assert boxed.invoice_number == "10388"
    assert boxed.issue_date == "2025-05-07"
    assert (beside.invoice_number, beside.issue_date, beside.total) == (
        "R-2025-0716",
        "2025-07-16",
        184300,
    )


def test_an_icelandic_invoices_customer_under_vidskiptavinur_is_no_rival_to_its_issuer():
    invoice = placed(
        ("Hraunvellir Hönnun", 60, 40, 60),
        ("REIKNINGUR", 1000, 50, 44),
        ("Skeifunni 11, 108 Reykjavík", 60, 120, 24),
        ("Kt. 480215-1120", 60, 160, 24),
        ("Viðskiptavinur", 60, 300, 24),
        ("Útgáfudagur", 700, 300, 24),
        ("14.03.2025", 1000, 300, 24),
        ("Harbour Fish Exports Ltd", 60, 340, 24),
        ("Reikningur nr.", 700, 340, 24),
        ("2025-0211", 1000, 340, 24),
        ("Hönnun vörumerkis", 60, 500, 24),
        ("310.000", 1100, 500, 24),
        ("Samtals til greiðslu kr.", 700, 600, 24),
        ("384.400", 1100, 600, 24),
    )
    flagged = needs_review(invoice, checks(invoice))

    assert invoice.vendor == "Hraunvellir Hönnun"
    assert "vendor" not in flagged


def test_an_estonian_invoices_title_with_its_nr_numbers_it():
    invoice = read(
        receipt(
            [("Tammiku Puit OÜ", 40), ("ARVE nr 2024-0142", 700)],
            [("Kuupäev", 700), ("12.03.2024", 900)],
            [("Maksetähtaeg", 700), ("26.03.2024", 900)],
            [("Müüja", 40), ("Ostja", 500)],
            [("Saematerjal 50x100", 40), ("2 885,10", 900)],
            [("Kokku", 700), ("3 520,92", 900)],
        )
    )
    assert invoice.invoice_number == "2024-0142"


def test_a_norwegian_credit_notes_til_gode_is_its_total():
    credit_note = read(
        receipt(
            [("Trollheimen Fjellhotell AS", 40)],
            [("KREDITNOTA", 40), ("Nr. 10312", 700)],
            [("Dato", 700), ("07.10.2024", 900)],
            [("Overnatting", 40), ("-2 stk", 400), ("-2 160,00", 900)],
            [("Middag, tre retter", 40), ("-3 stk", 400), ("-1 635,00", 900)],
            [("Vinpakke til middag", 40), ("-3 stk", 400), ("-1 140,00", 900)],
            [("Sum eks. mva", 700), ("-4 935,00", 900)],
            [("MVA 25 %", 700), ("-285,00", 900)],
            [("MVA 15 %", 700), ("-245,25", 900)],
            [("MVA 12 %", 700), ("-259,20", 900)],
            [("Til gode NOK", 700), ("-5 724,45", 900)],
        )
    )
    assert credit_note.total == -5724.45
