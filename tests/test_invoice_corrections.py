"""Credit notes and corrections as European ERP software prints them: a Spanish
`Factura rectificativa` totalled below zero, a Dutch `Creditnota` titled under a long
letterhead and naming the invoice it corrects with that invoice's number and date, and a
sole trader's letter headed by her trading name over her own name."""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt


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


def test_a_credit_notes_amount_said_again_without_its_sign_is_no_rival_total():
    credit_note = read(
        page(
            ("Brenner Bürotechnik GmbH", 157, 100),
            ("Gutschrift Nr. GS-2025-0009", 157, 300),
            ("Datum: 05.02.2025", 157, 340),
            ("Rücknahme Bürostuhl", 157, 500),
            ("-672,90", 1300, 500),
            ("Summe netto", 900, 600),
            ("-672,90", 1300, 600),
            ("Umsatzsteuer 19 %", 900, 640),
            ("-127,85", 1300, 640),
            ("Gutschriftsbetrag", 900, 680),
            ("-800,75 €", 1300, 680),
            ("Den Gutschriftsbetrag von 800,75 € erstatten wir Ihnen innerhalb von 7", 157, 760),
        )
    )

    assert credit_note.total == pytest.approx(-800.75)
    assert "total" not in needs_review(credit_note, checks(credit_note, TODAY))


def test_a_progress_invoices_net_after_earlier_instalments_is_its_net_amount():
    """The contract's sum named in the introduction is no subtotal of this invoice."""
    invoice = read(
        page(
            ("Kröger Bau GmbH & Co. KG", 157, 100),
            ("Rechnungsnummer: AR-2025-0117", 900, 300),
            ("Rechnungsdatum: 31.03.2025", 900, 340),
            ("3. Abschlagsrechnung", 157, 500),
            ("Auftrag vom 14.08.2024, Auftragssumme netto 317.550,00 €", 157, 540),
            ("Leistungsstand gesamt netto", 700, 700),
            ("203.245,00", 1300, 700),
            ("abzgl. 1. Abschlagsrechnung AR-2025-0032", 700, 740),
            ("-130.200,00", 1300, 740),
            ("Abschlagsbetrag netto", 700, 780),
            ("73.045,00", 1300, 780),
            ("zzgl. 19 % Umsatzsteuer", 700, 820),
            ("13.878,55", 1300, 820),
            ("Rechnungsbetrag", 700, 860),
            ("86.923,55 EUR", 1300, 860),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (73045.00, 13878.55, 86923.55)
    assert not {"subtotal", "tax", "total"} & set(needs_review(invoice, checks(invoice, TODAY)))


def test_a_swiss_total_exclusive_of_vat_is_the_net_amount_not_a_rival_total():
    invoice = read(
        page(
            ("Papeterie Lüthi AG", 157, 100),
            ("Rechnung 2025-10388", 157, 300),
            ("Datum: 12.05.2025", 157, 340),
            ("Schulheft A4 kariert, 10er-Pack", 157, 500),
            ("646.10", 1300, 500),
            ("Die Sprachstarken 5, Sprachbuch", 157, 540),
            ("1'521.60", 1300, 540),
            ("Total Waren und Dienstleistungen exkl. MWST", 500, 600),
            ("2'167.70", 1300, 600),
            ("MWST A 8.1 % auf 646.10", 500, 640),
            ("52.33", 1300, 640),
            ("MWST B 2.6 % auf 1'521.60", 500, 680),
            ("39.56", 1300, 680),
            ("Rundungsdifferenz", 500, 720),
            ("0.01", 1300, 720),
            ("Total CHF", 500, 760),
            ("2'259.60", 1300, 760),
        )
    )

    assert (invoice.subtotal, invoice.total) == (2167.70, 2259.60)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    "deduction",
    [
        [("1. Abschlagsrechnung Nr. 2024-1183 vom 13.12.2024", 157), ("-12.000,00", 1300)],
        [("Acompte reçu le 14.02.2025 (facture n° 2025-0087)", 157), ("-12.000,00", 1300)],
    ],
)
def test_a_final_invoice_deducting_an_earlier_one_is_numbered_as_itself(deduction):
    (text, x), (amount, at) = deduction
    invoice = read(
        page(
            ("Elektro Hagemann GmbH", 157, 100),
            ("Rechnungsnummer 2025-0412", 900, 300),
            ("Rechnungsdatum 16.04.2025", 900, 340),
            ("Schlussrechnung", 157, 500),
            ("Elektroinstallation Praxis", 157, 600),
            ("30.000,00", 1300, 600),
            ("Summe", 900, 700),
            ("30.000,00", 1300, 700),
            (text, x, 760),
            (amount, at, 760),
            ("Restbetrag", 900, 820),
            ("18.000,00", 1300, 820),
        )
    )

    assert invoice.invoice_number == "2025-0412"
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_title_numbering_and_dating_its_own_invoice_is_still_its_number():
    """Its reference reads partly as an amount (`01.234`); no price follows it."""
    invoice = read(
        page(
            ("Rechnung des Versicherers (575) Nr. 01.234.567.8-2018-1 vom 06.12.2018", 157, 80),
            ("MVM Musterhafter Versicherungsverein a.G.", 157, 160),
            ("Kundennummer: 549910", 900, 240),
            ("Haftpflichtversicherung", 157, 500),
            ("50,00", 1300, 500),
            ("Gesamtbetrag", 900, 600),
            ("50,00 €", 1300, 600),
        )
    )

    assert invoice.invoice_number == "01.234.567.8-2018-1"


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        (("CREDIT NO CM-10382", 900, 140), "CM-10382"),
        (("Note de crédit NC/2025/0019", 157, 400), "NC/2025/0019"),
    ],
)
def test_a_credit_memo_or_note_de_credit_is_numbered_by_its_own_heading(heading, number):
    credit = read(
        page(
            ("Keystone Janitorial Supply, Inc.", 157, 140),
            heading,
            ("880 Eisenhower Blvd, Harrisburg, PA 17111", 157, 180),
            ("DATE 08/19/2025", 900, 180),
            ("ORIG INVOICE", 157, 300),
            ("0098812", 157, 340),
            ("Toilet tissue 2-ply, damaged in transit", 157, 600),
            ("-176.25", 1300, 600),
            ("TOTAL CREDIT", 900, 780),
            ("-176.25", 1300, 780),
        )
    )

    assert credit.invoice_number == number


def test_a_banks_documentary_credit_number_is_no_rival_to_the_invoices():
    invoice = read(
        page(
            ("Meghna Knit Composite Ltd", 157, 140),
            ("Invoice No. MKCL/EXP/2025/318", 900, 140),
            ("Date: 20-May-2025", 900, 180),
            ("Cotton knit polo shirts", 157, 600),
            ("USD 48,600.00", 1300, 600),
            ("TOTAL", 900, 780),
            ("USD 48,600.00", 1300, 780),
            ("Drawn under Documentary Credit No. 0918ILC25001834 dated 12-May-2025", 157, 900),
        )
    )

    assert invoice.invoice_number == "MKCL/EXP/2025/318"
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_correcting_invoices_korrekturbetrag_is_its_total():
    invoice = read(
        receipt(
            [("Gärtnerei Wimmer GmbH", 40)],
            [("Rechnungskorrektur Nr. RK-25-0019", 40)],
            [("Datum: 29.04.2025", 40)],
            [("Rückgabe Pflanzkübel", 40), ("-554,70", 700)],
            [("Nettobetrag", 400), ("-554,70", 700)],
            [("zzgl. 7 % USt", 400), ("-38,83", 700)],
            [("Korrekturbetrag EUR", 400), ("-593,53", 700)],
        )
    )

    assert invoice.total == -593.53


@pytest.mark.parametrize(
    ("label", "title"),
    [("Korrektur-Nr.", "Rechnungskorrektur"), ("Storno-Nr.", "Stornorechnung")],
)
def test_a_correcting_invoice_is_numbered_by_its_own_label_not_the_invoice_it_corrects(
    label, title
):
    correction = read(
        page(
            ("Büroland Nordwest GmbH", 150, 60),
            ("Büroland Nordwest GmbH · Hansestraße 58 · 48165 Münster", 150, 200),
            (label, 900, 200),
            ("RK-2024-0043", 1200, 200),
            ("Kanzlei Albers & Partner mbB", 150, 240),
            ("Datum", 900, 240),
            ("08.05.2024", 1200, 240),
            ("zur Rechnung", 900, 280),
            ("RE-2024-1187", 1200, 280),
            ("Ludgeristraße 12", 150, 320),
            ("48143 Münster", 150, 360),
            (f"{title} RK-2024-0043", 150, 480),
            ("Gesamtbetrag netto", 900, 600),
            ("-802,90 €", 1250, 600),
            ("zzgl. Umsatzsteuer 19 %", 900, 640),
            ("-152,55 €", 1250, 640),
            ("Gesamtbetrag", 900, 680),
            ("-955,45 €", 1250, 680),
        )
    )
    assert correction.invoice_number == "RK-2024-0043"
    assert "invoice_number" not in needs_review(correction, checks(correction, TODAY))


def test_a_correcting_invoices_title_with_its_number_numbers_it():
    correction = read(
        page(
            ("Büroland Nordwest GmbH", 150, 60),
            ("Hansestraße 58 · 48165 Münster", 150, 100),
            ("Münster, 08.05.2024", 900, 200),
            ("Rechnungskorrektur RK-2024-0043", 150, 300),
            ("Gesamtbetrag", 900, 600),
            ("-955,45 €", 1250, 600),
        )
    )
    assert correction.invoice_number == "RK-2024-0043"


def test_a_belgian_credit_notes_number_under_its_n_note_de_credit_heading():
    credit_note = read(
        page(
            ("Imprimerie Delvaux SRL", 157, 60),
            ("Chaussée de Lille 220, 7500 Tournai", 157, 100),
            ("NOTE DE CRÉDIT", 157, 200),
            ("N° note de crédit", 157, 400),
            ("Date", 500, 400),
            ("Facture d'origine", 800, 400),
            ("N° client", 1150, 400),
            ("NC/2024/0009", 157, 440),
            ("10/09/2024", 500, 440),
            ("2024/0388", 800, 440),
            ("C1044", 1150, 440),
            ("Total TVAC", 900, 700),
            ("461,01 €", 1250, 700),
        )
    )
    assert credit_note.invoice_number == "NC/2024/0009"


def test_a_correction_is_dated_by_its_own_date_not_the_invoice_its_sentence_replaces():
    invoice = read(
        page(
            ("Spedition Hartung GmbH & Co. KG", 150, 80, 44),
            ("Spedition Hartung GmbH & Co. KG · Hafenstr. 4 · 44147 Dortmund", 150, 330),
            ("Korrektur-Nr.", 900, 330),
            ("RK-2024-0307", 1150, 330),
            ("Getränke Ruhr GmbH", 150, 370),
            ("Datum", 900, 370),
            ("28.06.2024", 1150, 370),
            ("Ursprungsrechnung", 900, 410),
            ("2024-11904", 1150, 410),
            ("Rechnung vom", 900, 450),
            ("10.06.2024", 1150, 450),
            ("Rechnungskorrektur", 150, 560),
            (
                "Diese Rechnungskorrektur ersetzt die Rechnung Nr. 2024-11904 vom 10.06.2024"
                " vollständig.",
                150,
                610,
            ),
            ("Nahverkehr Tour 1-22", 150, 700),
            ("2.596,00", 1300, 700),
            ("Korrigierter Gesamtbetrag", 150, 800),
            ("3.089,24 €", 1300, 800),
        )
    )

    assert invoice.issue_date == "2024-06-28"


@pytest.mark.parametrize(
    ("own", "theirs"),
    [
        ("Gutschriftsdatum:", "Rechnungsdatum:"),
        ("Credit note date:", "Invoice date:"),
        ("Date de l'avoir :", "Date de facture :"),
        ("Date", "Invoice date"),
        ("Datum:", "Rechnungsdatum:"),
    ],
)
def test_a_credit_note_is_dated_by_its_own_date_label_not_the_invoice_it_refers_to(own, theirs):
    credit = read(
        page(
            ("Getränke Fuchs Großhandel GmbH", 197, 89),
            (own, 984, 376),
            ("19.07.2024", 1361, 376),
            ("Kunden-Nr.: 220715", 984, 410),
            ("Bezug Rechnung: RE-24-08812", 984, 443),
            (theirs, 984, 477),
            ("11.07.2024", 1361, 477),
            ("Gutschrift Nr. GS-24-00417", 197, 758),
            ("Retoure Leergut: Kasten 20 x 0,5 l Mehrweg", 332, 944),
            ("111,60", 1404, 944),
            ("Gutschriftsbetrag", 827, 1289),
            ("111,60 €", 1357, 1289),
        )
    )

    assert credit.issue_date == "2024-07-19"


@pytest.mark.parametrize(
    ("title", "label", "printed", "total"),
    [
        ("Gutschrift Nr. GS-2024-0417", "Gutschrift gesamt", "-1.294,72 €", -1294.72),
        (
            "Facture rectificative n° FR-25-00213",
            "Total TTC de la régularisation",
            "-60,14 €",
            -60.14,
        ),
    ],
)
def test_a_corrections_negative_total_is_read_under_its_own_label(title, label, printed, total):
    invoice = read(
        page(
            ("Hansen & Brück Elektrogroßhandel GmbH", 157, 80),
            (title, 157, 300),
            ("Datum: 19.11.2024", 900, 340),
            ("Rücknahme Kabeltrommel", 157, 600),
            ("-1.088,00 €", 1300, 600),
            (label, 700, 800),
            (printed, 1300, 800),
        )
    )

    assert invoice.total == total


def test_a_letters_reference_to_the_bill_it_corrects_is_not_its_number():
    invoice = read(
        page(
            ("Stadtwerke Lindenau GmbH", 157, 80),
            ("Belegnummer", 900, 200),
            ("4100023871", 1200, 200),
            ("Datum", 900, 240),
            ("30.06.2025", 1200, 240),
            ("Rechnungskorrektur zur Jahresverbrauchsabrechnung", 157, 400),
            ("Bezug: Jahresverbrauchsabrechnung Nr. 4100019932 vom 12.05.2025", 157, 440),
            ("Arbeitspreis Strom, Korrektur Verbrauchsmenge", 157, 600),
            ("179,22", 1300, 600),
            ("Rechnungsbetrag", 700, 800),
            ("227,91 €", 1300, 800),
        )
    )

    assert invoice.invoice_number != "4100019932"
