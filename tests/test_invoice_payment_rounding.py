"""EN 16931 invoices' totals blocks as ERP tools print them. A bill paid by transfer
whose amount due is its total rounded (`Totaal incl. btw`, `Afrondingsverschil`,
`Openstaand bedrag`): the invoice's total is the amount before the rounding, the rounded
one what is due; a till's rounded total stays what the sale came to. A VAT breakdown
printed beside the sums, its headings on the rows of the document's charges, and an
item whose code ends in a tax's name."""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt


@pytest.mark.parametrize(
    ("gross", "rounding", "due_label", "due"),
    [
        (
            "Totaal incl. btw",
            "Afrondingsverschil",
            "Openstaand bedrag",
            ("€ 936,18", "€ 0,02", "€ 936,20"),
        ),
        (
            "Totale fattura",
            "Arrotondamento",
            "Totale da pagare",
            ("€ 936,18", "€ 0,02", "€ 936,20"),
        ),
    ],
)
def test_a_bills_payment_rounding_leaves_its_total_and_makes_the_amount_due(
    gross, rounding, due_label, due
):
    total, adjustment, payable = due
    invoice = read(
        page(
            ("Koffiebranderij De Zeeuw B.V.", 157, 80),
            ("Factuur F25.0187", 157, 300),
            ("Factuurdatum 15-05-2025", 157, 340),
            ("Espresso bonen 1 kg", 157, 600),
            ("€ 773,70", 1300, 600),
            ("Totaal excl. btw", 900, 800),
            ("€ 773,70", 1300, 800),
            ("Btw 21%", 900, 840),
            ("€ 162,48", 1300, 840),
            (gross, 900, 880),
            (total, 1300, 880),
            (rounding, 900, 920),
            (adjustment, 1300, 920),
            (due_label, 900, 960),
            (payable, 1300, 960),
            ("IBAN: NL87 INGB 0007 3845 19", 157, 1300),
        )
    )

    assert invoice.total == pytest.approx(936.18)
    assert invoice.amount_due == pytest.approx(936.20)
    flagged = needs_review(invoice, checks(invoice, TODAY))
    assert "total" not in flagged and "amount_due" not in flagged


def test_a_tills_rounded_total_is_what_the_sale_came_to():
    slip = read(
        receipt(
            [("SERI MAWAR HOLDINGS SDN BHD", 40)],
            [("Date: 15/09/2019", 40)],
            [("Beras Wangi 10kg", 40), ("471.19", 700)],
            [("Total Sales", 40), ("471.19", 700)],
            [("Rounding Adjustment", 40), ("0.01", 700)],
            [("Total Amount Payable", 40), ("471.20", 700)],
            [("CASH", 40), ("500.00", 700)],
            [("CHANGE", 40), ("28.80", 700)],
        )
    )

    assert slip.total == pytest.approx(471.20)


@pytest.mark.parametrize("charges", ["Toeslagen", "Spese accessorie", "Frais de dossier"])
def test_a_vat_breakdowns_headings_beside_the_charges_do_not_make_them_the_tax(charges):
    invoice = read(
        page(
            ("Installatiebedrijf Van Dijk B.V.", 125, 80),
            ("Factuur 2025-0412", 125, 300),
            ("Factuurdatum 02-04-2025", 125, 340),
            ("Knelkoppeling 22 mm", 331, 1092),
            ("€ 2.212,72", 1465, 1092),
            ("Btw-specificatie", 125, 1147),
            ("Subtotaal", 894, 1147),
            ("€ 2.212,72", 1411, 1147),
            ("Btw-code", 131, 1186),
            ("Tarief", 463, 1186),
            ("Grondslag", 555, 1186),
            ("Btw-bedrag", 709, 1186),
            (charges, 894, 1184),
            ("€ 45,00", 1444, 1184),
            ("S – Hoog tarief", 131, 1222),
            ("21 %", 472, 1222),
            ("2.162,72", 579, 1222),
            ("454,17", 762, 1222),
            ("Sconti" if charges.startswith("Spese") else "Kortingen", 894, 1222),
            ("€ 95,00", 1444, 1222),
            ("Totaal excl. btw", 894, 1259),
            ("€ 2.162,72", 1411, 1259),
            ("Btw", 894, 1297),
            ("€ 454,17", 1431, 1297),
            ("Totaalbedrag incl. btw", 894, 1334),
            ("€ 2.616,89", 1411, 1334),
        )
    )

    assert invoice.total == pytest.approx(2616.89)
    assert invoice.tax == pytest.approx(454.17)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_an_items_code_ending_in_a_taxs_name_is_no_tax_row():
    invoice = read(
        page(
            ("Centre de Formation Rhône SAS", 157, 80),
            ("Facture FA-2025-0412", 157, 300),
            ("Date : 12/05/2025", 157, 340),
            ("F-CACES Formation CACES R489", 157, 600),
            ("3 195,00", 1300, 600),
            ("F-SST Formation Sauveteur Secouriste du Travail", 157, 640),
            ("1 213,00", 1300, 640),
            ("Total HT", 900, 800),
            ("4 408,00 €", 1300, 800),
            ("TVA 0 %", 900, 840),
            ("0,00 €", 1300, 840),
            ("Montant total TTC", 900, 880),
            ("4 408,00 €", 1300, 880),
        )
    )

    assert invoice.tax == 0
    assert invoice.subtotal == pytest.approx(4408.00)


def test_a_faelliger_zahlungsbetrag_is_the_amount_due_after_the_prepayment():
    invoice = read(
        page(
            ("Holzbau Berger GmbH", 157, 80),
            ("Schlussrechnung SR-25-0219", 157, 300),
            ("Rechnungsdatum 14.05.2025", 157, 340),
            ("Dachstuhl Montage", 157, 600),
            ("10.919,04 €", 1300, 600),
            ("Gesamtbetrag netto", 900, 800),
            ("10.919,04 €", 1300, 800),
            ("USt 19 %", 900, 840),
            ("2.074,62 €", 1300, 840),
            ("Gesamtbetrag brutto", 900, 880),
            ("12.993,66 €", 1300, 880),
            ("Vorauszahlung", 900, 920),
            ("-6.490,00 €", 1300, 920),
            ("Fälliger Zahlungsbetrag", 900, 960),
            ("6.503,66 €", 1300, 960),
            ("IBAN DE12 6805 0101 0000 1234 56", 157, 1300),
        )
    )

    assert invoice.total == pytest.approx(12993.66)
    assert invoice.amount_due == pytest.approx(6503.66)


def test_the_sums_label_beside_a_vat_breakdown_row_that_says_it_too_takes_its_own_amount():
    invoice = read(
        page(
            ("Forniture Alberghiere Colombo S.r.l.", 125, 80),
            ("Fattura n. 2025/0388", 125, 300),
            ("Data 12/05/2025", 125, 340),
            ("Tovaglie in cotone", 125, 900),
            ("€ 486,84", 1431, 900),
            ("Riepilogo IVA", 125, 1186),
            ("Totale merce", 894, 1186),
            ("€ 486,84", 1431, 1186),
            ("Cod. IVA", 131, 1225),
            ("Aliquota", 435, 1225),
            ("Imponibile", 555, 1225),
            ("Imposta", 745, 1225),
            ("Spese accessorie", 894, 1223),
            ("€ 50,00", 1444, 1223),
            ("S – Imponibile", 131, 1261),
            ("22 %", 472, 1261),
            ("354,15", 597, 1261),
            ("77,91", 774, 1261),
            ("Totale imponibile", 894, 1261),
            ("€ 536,84", 1431, 1261),
            ("S – Imponibile", 131, 1294),
            ("10 %", 472, 1294),
            ("182,69", 597, 1294),
            ("18,27", 774, 1294),
            ("Totale IVA", 894, 1298),
            ("€ 96,18", 1444, 1298),
            ("Totale documento", 894, 1336),
            ("€ 633,02", 1431, 1336),
        )
    )

    assert invoice.subtotal == pytest.approx(536.84)
    assert invoice.tax == pytest.approx(96.18)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_stamp_duty_beside_a_vat_breakdowns_headings_is_neither_net_nor_tax():
    invoice = read(
        page(
            ("Centro Formazione Lario S.r.l.", 125, 80),
            ("Fattura n. 2025/0144", 125, 300),
            ("Data 24/06/2025", 125, 340),
            ("Corso di formazione", 125, 900),
            ("€ 1.570,50", 1408, 900),
            ("Riepilogo IVA", 139, 1057),
            ("Totale righe", 881, 1057),
            ("€ 1.570,50", 1408, 1057),
            ("Cod. IVA", 144, 1097),
            ("Aliquota", 420, 1097),
            ("Imponibile", 530, 1097),
            ("Imposta", 711, 1097),
            ("Imposta di bollo su operazioni esenti", 881, 1095),
            ("€ 2,00", 1455, 1095),
            ("E – N4 Esente", 144, 1132),
            ("0 %", 475, 1132),
            ("1.236,00", 559, 1132),
            ("0,00", 757, 1132),
            ("Imponibile", 881, 1132),
            ("€ 1.572,50", 1396, 1132),
            ("S – Imponibile", 144, 1165),
            ("22 %", 463, 1165),
            ("334,50", 577, 1165),
            ("73,59", 744, 1165),
            ("IVA 22%", 881, 1170),
            ("€ 73,59", 1442, 1170),
            ("Totale fattura", 881, 1207),
            ("€ 1.646,09", 1396, 1207),
        )
    )

    assert invoice.subtotal == pytest.approx(1572.50)
    assert invoice.tax == pytest.approx(73.59)


def test_a_total_made_of_the_net_and_a_two_rate_breakdowns_tax_sum_is_sure():
    invoice = read(
        page(
            ("Drukkerij Van Wijk B.V.", 125, 80),
            ("Factuur FA250417", 125, 300),
            ("Factuurdatum 10-06-2025", 125, 340),
            ("BK-4101 Boek 'Wadden in de winter', gebonden", 125, 900),
            ("9 %", 1300, 900),
            ("4.822,64", 1431, 900),
            ("FL-A5 Flyer A5 4/4, 170 g mc", 125, 940),
            ("21 %", 1300, 940),
            ("514,60", 1431, 940),
            ("Btw-specificatie", 125, 1147),
            ("Totaal regels", 894, 1147),
            ("€ 5.337,24", 1411, 1147),
            ("Btw-code", 131, 1186),
            ("Tarief", 463, 1186),
            ("Grondslag", 555, 1186),
            ("Btw-bedrag", 709, 1186),
            ("Verzendkosten", 894, 1184),
            ("€ 64,50", 1444, 1184),
            ("S – Laag tarief", 131, 1222),
            ("9 %", 472, 1222),
            ("4.822,64", 579, 1222),
            ("434,04", 762, 1222),
            ("Totaal excl. btw", 894, 1222),
            ("€ 5.401,74", 1411, 1222),
            ("S – Hoog tarief", 131, 1259),
            ("21 %", 472, 1259),
            ("579,10", 579, 1259),
            ("121,61", 762, 1259),
            ("Btw 9%", 894, 1259),
            ("€ 434,04", 1431, 1259),
            ("5.401,74", 579, 1297),
            ("555,65", 762, 1297),
            ("Btw 21%", 894, 1297),
            ("€ 121,61", 1431, 1297),
            ("Totaal incl. btw", 894, 1334),
            ("€ 5.957,39", 1411, 1334),
        )
    )

    assert invoice.total == pytest.approx(5957.39)
    assert invoice.subtotal == pytest.approx(5401.74)
    assert invoice.tax == pytest.approx(555.65)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize("code", ["PST-A3 Poster A3 4/0, 200 g", "VAT-B12 Binder, blue"])
def test_an_items_code_starting_with_a_taxs_name_is_no_tax_row(code):
    invoice = read(
        page(
            ("Drukkerij Van Wijk B.V.", 125, 80),
            ("Factuur FA250418", 125, 300),
            ("Factuurdatum 10-06-2025", 125, 340),
            (code, 125, 600),
            ("156,90", 1300, 600),
            ("Vrijgesteld van btw, art. 11 Wet OB", 125, 700),
            ("Totaal", 900, 800),
            ("156,90", 1300, 800),
        )
    )

    assert invoice.total == pytest.approx(156.90)
    assert not invoice.tax
