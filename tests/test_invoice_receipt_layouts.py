"""Till receipts from the countries people shop in, as OCR reads them.

Each names a way the rules were confidently wrong on a common receipt: an item's name
taken for a label, a savings line's `date` for the date's label, a US receipt's bare
amounts and dates read the European way.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, line, receipt


def test_an_item_named_tips_is_no_service_charge():
    invoice = read(
        receipt(
            [("SAINSBURY'S", 150)],
            [("PG TIPS 80S", 20), ("£2.75", 480)],
            [("SEMI SKIMMED MILK", 20), ("£1.45", 480)],
            [("SUBTOTAL", 20), ("£4.20", 470)],
            [("BALANCE DUE", 20), ("£4.20", 470)],
            [("VISA", 20), ("£4.20", 470)],
            [("12/03/2025 10:14", 40)],
        )
    )

    assert invoice.charges is None
    assert (invoice.subtotal, invoice.total) == (4.20, 4.20)
    assert not {"subtotal", "total"} & set(needs_review(invoice, checks(invoice, TODAY)))


def test_a_year_to_date_savings_line_is_no_label_of_the_date_under_it():
    invoice = read(
        receipt(
            [("CVS pharmacy", 150)],
            [("1200 MAIN ST, AUSTIN, TX 78701", 40)],
            [("01/05/2024 14:32", 40)],
            [("ADVIL 24CT", 20), ("9.99", 480)],
            [("TOTAL", 20), ("9.99", 480)],
            [("VISA", 20), ("9.99", 480)],
            [("YEAR TO DATE SAVINGS", 20), ("12.40", 480)],
            [("RETURN BY 03/05/2024", 20)],
        )
    )

    assert invoice.issue_date == "2024-01-05"


def test_a_us_receipt_without_dollar_signs_counts_in_dollars_and_dates_month_first():
    invoice = read(
        receipt(
            [("Walmart", 150)],
            [("BENTONVILLE, AR 72712", 60)],
            [("GV MILK", 20), ("3.48", 480)],
            [("BREAD", 20), ("2.50", 480)],
            [("SUBTOTAL", 20), ("5.98", 480)],
            [("TAX 1 6.500 %", 20), ("0.39", 480)],
            [("TOTAL", 20), ("6.37", 480)],
            [("01/05/24 14:32:07", 60)],
        )
    )

    assert invoice.currency == "USD"
    assert invoice.issue_date == "2024-01-05"
    assert "issue_date" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_canadian_receipt_counts_in_canadian_dollars():
    invoice = read(
        receipt(
            [("FRESHCO", 150)],
            [("TORONTO, ON M5V 2T6", 60)],
            [("BANANAS", 20), ("$1.29", 480)],
            [("SUBTOTAL", 20), ("$1.29", 480)],
            [("HST 13%", 20), ("$0.17", 480)],
            [("TOTAL", 20), ("$1.46", 480)],
            [("INTERAC", 20), ("$1.46", 480)],
        )
    )

    assert invoice.currency == "CAD"


def test_a_card_tender_confirms_the_total_above_a_tax_table_with_its_own_sum_row():
    invoice = read(
        receipt(
            [("MARCHÉ DU PARC", 150)],
            [("12/03/2025 10:14", 40)],
            [("BAGUETTE", 20), ("1,20", 480)],
            [("COMTE AOP", 20), ("6,50", 480)],
            [("VIN ROUGE", 20), ("9,27", 480)],
            [("TOTAL", 20), ("16,97", 470)],
            [("CB EMV", 20), ("16,97", 470)],
            [("TVA", 20), ("HT", 200), ("TVA", 320), ("TTC", 450)],
            [("5,5%", 20), ("7,30", 200), ("0,40", 320), ("7,70", 450)],
            [("20%", 20), ("7,73", 200), ("1,54", 320), ("9,27", 450)],
            [("TOTAL", 20), ("15,03", 200), ("1,94", 320), ("16,97", 450)],
        )
    )

    assert invoice.total == 16.97
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_store_whose_logo_is_a_picture_is_named_by_its_thanks():
    invoice = read(
        receipt(
            [("1200 Market Ave, Dayton, OH 45402", 40)],
            [("GROCERY", 20)],
            [("GG WHOLE MILK NF", 20), ("3.49", 480)],
            [("SUBTOTAL", 20), ("3.49", 480)],
            [("TOTAL", 20), ("3.49", 480)],
            [("VISA", 20), ("3.49", 480)],
            [("01/05/2024 14:32", 40)],
            [("Thank you for shopping at ShopMart.", 40)],
        )
    )

    assert invoice.vendor == "ShopMart"


def test_a_us_city_state_and_zip_ending_a_line_need_no_comma():
    assert guess_currency("FRESHWAY\n1850 W MAIN ST\nSPRINGFIELD IL 62704\nBANANAS 1.37") == (
        "USD",
        0.75,
    )
    assert guess_currency("Rechnung DE 79100 Summe 12,00") == (None, 0.0)


def test_a_countrys_tax_id_inside_an_item_code_names_no_country():
    page = "Tacoma, WA 98421\nGL-NIT-M Nitrile exam gloves, M 73.25\nTotal $879.00"
    assert guess_currency(page)[0] == "USD"
    assert guess_currency("NIT 900.123.456-7\nTotal $45.900")[0] == "COP"


def test_a_page_naming_a_euro_countrys_vat_without_a_symbol_is_in_euros_unless_swiss():
    assert guess_currency("Versmarkt\nTOTAAL 4,00\nBTW 9% 0,33") == ("EUR", 0.7)
    assert guess_currency("Bergbau Schmid AG, 8001 Zürich, Schweiz\nMWST 8.1% 9.30")[0] != "EUR"


def test_a_yen_sign_on_a_japanese_receipt_is_yen():
    assert guess_currency("FamilyMart Shibuya\nTokyo 150-0002\nTOTAL ¥1,280")[0] == "JPY"
    assert guess_currency("TOTAL ¥1,280.00")[0] == "CNY"


def test_a_parking_receipt_that_prints_only_the_amount_paid_has_it_as_its_total():
    invoice = read(
        receipt(
            [("ELM STREET GARAGE", 150)],
            [("401 N Elm St, Chicago, IL 60654", 40)],
            [("Entry", 20), ("2026-03-14 08:12", 300)],
            [("Parking fee", 20), ("$21.95", 480)],
            [("Chicago parking tax 23%", 20), ("$5.05", 480)],
            [("Amount paid", 20), ("$27.00", 480)],
            [("VISA ****0912", 20), ("APPROVED", 400)],
        )
    )

    assert invoice.total == 27.00
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_parking_receipt_whose_amount_is_its_fee_and_tax_has_it_as_its_total():
    invoice = read(
        receipt(
            [("SECURE PARKING", 150)],
            [("CORPORATION S/B", 150)],
            [("Batu 3, Jalan Ipoh", 120)],
            [("ENTRY TIME:", 20), ("23.03.18 14:59", 300)],
            [("KIND OF PAYMENT:", 20), ("CASH", 300)],
            [("Parking Fee", 20), ("RM", 380), ("0.94", 480)],
            [("Add GST", 20), ("RM", 380), ("0.06", 480)],
            [("*AMT", 20), ("RM", 380), ("1.00", 480)],
            [("*Rate incl. 6% GST", 20)],
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (0.94, 0.06, 1.00)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_total_paid_is_the_total_and_an_amount_paid_that_adds_up_to_nothing_is_checked():
    settled = read(
        receipt(
            [("CITYPARK", 150)],
            [("VAT RECEIPT", 150)],
            [("Entry", 20), ("11 Mar 26 09:12", 300)],
            [("Net", 20), ("£10.42", 480)],
            [("VAT @ 20%", 20), ("£2.08", 480)],
            [("Total paid", 20), ("£12.50", 480)],
            [("Card", 20), ("CONTACTLESS", 400)],
        )
    )
    unconfirmed = read(
        receipt(
            [("CITYPARK", 150)],
            [("Entry", 20), ("11 Mar 26 09:12", 300)],
            [("Tariff up to 6 hours", 20)],
            [("Amount paid", 20), ("£12.50", 480)],
            [("Change", 20), ("£0.00", 480)],
        )
    )

    assert settled.total == 12.50
    assert "total" not in needs_review(settled, checks(settled, TODAY))
    assert unconfirmed.total == 12.50
    assert "total" in needs_review(unconfirmed, checks(unconfirmed, TODAY))


def test_the_net_payable_after_a_discount_is_the_total_not_the_sum_at_printed_prices():
    invoice = read(
        receipt(
            [("SHREEGANESH MEDICAL STORES", 150)],
            [("GSTIN:27ABCPG1234F1Z9", 40)],
            [("Bill No: SGM/2526/08812", 20), ("Date: 09/07/2025", 300)],
            [("AUGMENTIN 625 DUO", 20), ("204.00", 480)],
            [("PAN 40 TAB", 20), ("239.60", 480)],
            [("Total MRP", 20), ("443.60", 480)],
            [("Less Discount 10%", 20), ("-44.36", 480)],
            [("Taxable Amt", 20), ("356.46", 480)],
            [("CGST 6%", 20), ("21.39", 480)],
            [("SGST 6%", 20), ("21.39", 480)],
            [("Round Off", 20), ("-0.24", 480)],
            [("NET PAYABLE Rs.", 20), ("399.00", 480)],
            [("Paid by UPI", 20), ("399.00", 480)],
        )
    )

    assert invoice.total == 399.00
    assert (invoice.subtotal, invoice.tax) == (356.46, 42.78)


def test_a_shop_named_after_its_street_is_named_and_its_operator_is_not():
    invoice = read(
        receipt(
            [("ELM STREET GARAGE", 150)],
            [("Operated by Lakefront Parking LLC", 60)],
            [("401 N Elm St, Chicago, IL 60654", 40)],
            [("Ticket #", 20), ("004417", 300)],
            [("Parking fee", 20), ("$21.95", 480)],
            [("Total", 20), ("$21.95", 480)],
        )
    )

    assert invoice.vendor == "ELM STREET GARAGE"


def test_a_line_that_says_what_the_business_is_does_not_name_it():
    invoice = read(
        receipt(
            [("LE PETIT ZINC", 150)],
            [("Café - Brasserie", 160)],
            [("8 place du Marché, 33000 Bordeaux", 40)],
            [("SIRET 791 234 567 00014", 80)],
            [("Ticket n° 00231", 20)],
            [("Croque-monsieur", 20), ("9,50", 480)],
            [("TOTAL TTC", 20), ("9,50 €", 470)],
        )
    )

    assert invoice.vendor == "LE PETIT ZINC"


def test_a_tax_id_printed_after_the_legal_name_is_no_part_of_it():
    invoice = read(
        receipt(
            [("Alba Alimentación S.A. CIF A-28123456", 60)],
            [("C/ Bravo Murillo 212 28020 Madrid", 40)],
            [("FACTURA SIMPLIFICADA", 100)],
            [("PAN BARRA", 20), ("0,95", 480)],
            [("TOTAL", 20), ("0,95", 480)],
        )
    )

    assert invoice.vendor == "Alba Alimentación S.A."


def test_a_receipts_table_of_tax_per_rate_gives_the_net_amount_and_the_tax():
    german = read(
        receipt(
            [("TANKSTELLE LINDNER", 150)],
            [("Super E10 45,12 l", 20), ("77,46", 480)],
            [("Kaffee", 20), ("3,20", 480)],
            [("SUMME", 20), ("EUR", 300), ("80,66", 480)],
            [("Girocard", 20), ("80,66", 480)],
            [("MwSt", 20), ("Netto", 150), ("MwSt", 300), ("Brutto", 440)],
            [("A 19%", 20), ("65,09", 150), ("12,37", 300), ("77,46", 440)],
            [("B 7%", 20), ("2,99", 150), ("0,21", 300), ("3,20", 440)],
            [("27.01.2026", 20), ("07:58", 300)],
        )
    )
    spanish = read(
        receipt(
            [("SUPERMERCADOS ALBA", 150)],
            [("LECHE ENTERA", 20), ("20,75", 480)],
            [("ACEITE OLIVA", 20), ("22,87", 480)],
            [("TOTAL COMPRA", 20), ("43,62", 480)],
            [("TARJETA", 20), ("43,62", 480)],
            [("IVA", 20), ("BASE", 150), ("CUOTA", 300), ("TOTAL", 440)],
            [("A 4%", 20), ("19,95", 150), ("0,80", 300), ("20,75", 440)],
            [("C 21%", 20), ("19,71", 150), ("3,16", 300), ("22,87", 440)],
        )
    )

    assert (german.subtotal, german.tax, german.total) == (68.08, 12.58, 80.66)
    assert (spanish.subtotal, spanish.tax, spanish.total) == (39.66, 3.96, 43.62)


@pytest.mark.parametrize("nets_printed", [True, False])
def test_the_tax_printed_per_rate_is_summed_and_believed_when_the_nets_beside_it_check_it(
    nets_printed,
):
    invoice = read(
        receipt(
            [("BÄCKEREI HOFMANN", 150)],
            [("Brezel", 20), ("2,90", 480)],
            [("Kaffee", 20), ("8,90", 480)],
            [("Summe EUR", 20), ("11,80", 480)],
            [("Bar gegeben", 20), ("20,00", 480)],
            [("Rückgeld", 20), ("8,20", 480)],
            [("A 19%MwSt 0,46", 20), *([("Netto 2,44", 300)] if nets_printed else [])],
            [("B 7%MwSt 0,58", 20), *([("Netto 8,32", 300)] if nets_printed else [])],
        )
    )

    assert invoice.total == 11.80
    assert invoice.tax == 1.04
    assert invoice.subtotal == (10.76 if nets_printed else None)
    assert ("tax" in needs_review(invoice, checks(invoice, TODAY))) is not nets_printed


def test_tax_included_at_two_rates_with_the_amounts_taxed_between_is_summed():
    invoice = read(
        receipt(
            [("DAILY YAMAZAKURA", 150)],
            [("Onigiri Salmon", 20), ("¥798", 480)],
            [("Umbrella 65cm", 20), ("¥880", 480)],
            [("Subtotal", 20), ("¥1,678", 480)],
            [("(8% taxable", 20), ("¥798)", 480)],
            [("(8% tax", 20), ("¥59)", 480)],
            [("(10% taxable", 20), ("¥880)", 480)],
            [("(10% tax", 20), ("¥80)", 480)],
            [("Total", 20), ("¥1,678", 480)],
            [("Suica", 20), ("¥1,678", 480)],
        )
    )

    assert (invoice.total, invoice.tax) == (1678, 139)


def test_a_subtotal_that_is_the_gross_amount_gives_way_to_the_net_the_tax_was_reckoned_on():
    invoice = read(
        receipt(
            [("BOUWMARKT DE HAAN", 150)],
            [("Verf wit 2,5L", 20), ("97,30", 480)],
            [("Subtotaal", 20), ("97,30", 480)],
            [("TOTAAL", 20), ("€ 97,30", 470)],
            [("PIN", 20), ("€ 97,30", 470)],
            [("BTW 21% over 80,41 = 16,89", 20)],
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (80.41, 16.89, 97.30)


def test_a_card_slip_that_adds_a_gratuity_to_the_bill_has_the_sum_paid_as_its_total():
    invoice = read(
        receipt(
            [("THE RED LION", 150)],
            [("2 x Fish & Chips", 20), ("£33.00", 480)],
            [("2 x Pint Bitter", 20), ("£13.20", 480)],
            [("Balance Due", 20), ("£46.20", 480)],
            [("VAT included @ 20% £7.70", 20)],
            [("MASTERCARD CONTACTLESS", 20)],
            [("SALE", 20), ("£46.20", 480)],
            [("GRATUITY", 20), ("£5.00", 480)],
            [("TOTAL", 20), ("£51.20", 480)],
        )
    )

    assert invoice.total == 51.20
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_name_printed_over_two_lines_whose_second_says_only_the_trade_is_read_whole():
    invoice = read(
        receipt(
            [("TIMBERLINE", 160)],
            [("COFFEE CO.", 170)],
            [("221 King St W, Kitchener ON N2G 1B1", 40)],
            [("HST# 81234 5678 RT0001", 80)],
            [("Lg Double-Double", 20), ("$2.59", 480)],
            [("TOTAL", 20), ("$2.59", 480)],
        )
    )

    assert invoice.vendor == "TIMBERLINE COFFEE CO."


@pytest.mark.parametrize(
    ("printed", "number", "total"),
    [
        ([("Kvitto nr 4411", 20)], "4411", 61.50),
        ([("NYUGTASZÁM: 0412/00187", 20)], "0412/00187", 61.50),
        ([("Účtenka č. 2026/0412", 20)], "2026/0412", 61.50),
    ],
)
def test_receipt_numbers_and_totals_in_more_languages(printed, number, total):
    labels = {"4411": "Att betala", "0412/00187": "ÖSSZESEN", "2026/0412": "Celkem"}
    invoice = read(
        receipt(
            [("MATHALLEN", 150)],
            printed,
            [("Kaffe", 20), ("61,50", 480)],
            [(labels[number], 20), ("61,50", 480)],
        )
    )

    assert (invoice.invoice_number, invoice.total) == (number, total)


def test_a_polish_fiscal_receipt_sums_its_tax_and_is_paid_in_cash_less_change():
    invoice = read(
        receipt(
            [("PARAGON FISKALNY", 150)],
            [("Chleb żytni", 20), ("8,40", 480)],
            [("Kawa ziarnista", 20), ("93,22", 480)],
            [("Sprzed. opod. PTU A", 20), ("44,22", 480)],
            [("Kwota A 23,00%", 20), ("8,27", 480)],
            [("SUMA PTU", 20), ("11,22", 480)],
            [("SUMA PLN", 20), ("101,62", 480)],
            [("Gotówka", 20), ("150,00PLN", 480)],
            [("Reszta", 20), ("48,38 PLN", 480)],
        )
    )

    assert (invoice.total, invoice.currency) == (101.62, "PLN")
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_tax_table_with_the_tax_before_the_net_or_with_only_gross_and_tax_is_read():
    swedish = read(
        receipt(
            [("MATHALLEN", 150)],
            [("Kaffe", 20), ("261,99", 480)],
            [("Glödlampa", 20), ("46,80", 480)],
            [("Att betala SEK", 20), ("308,79", 480)],
            [("Moms%", 20), ("Moms", 150), ("Netto", 300), ("Brutto", 440)],
            [("12,00", 20), ("28,07", 150), ("233,92", 300), ("261,99", 440)],
            [("25,00", 20), ("9,36", 150), ("37,44", 300), ("46,80", 440)],
        )
    )
    swiss = read(
        receipt(
            [("MERCATO", 150)],
            [("Brot", 20), ("42.00", 480)],
            [("Schokolade", 20), ("6.70", 480)],
            [("Total CHF", 20), ("48.70", 480)],
            [("MWST", 20), ("Satz", 150), ("Total", 300), ("MWST", 440)],
            [("1", 20), ("2.6%", 150), ("42.00", 300), ("1.06", 440)],
            [("2", 20), ("8.1%", 150), ("6.70", 300), ("0.50", 440)],
        )
    )

    assert (swedish.subtotal, swedish.tax) == (271.36, 37.43)
    assert (swiss.subtotal, swiss.tax) == (47.14, 1.56)


def test_a_second_tax_beside_the_vat_keeps_the_gross_column_from_making_the_net_amount():
    invoice = read(
        receipt(
            [("DISTRIBUCIONES LEVANTE S.L.", 150)],
            [("Aceite de oliva", 20), ("646,92", 480)],
            [("TOTAL FACTURA", 20), ("816,41", 480)],
            [
                ("Base imponible", 20),
                ("% IVA", 300),
                ("Cuota IVA", 400),
                ("% R.E.", 560),
                ("Cuota R.E.", 660),
                ("Total", 860),
            ],
            [
                ("646,92", 20),
                ("21,00", 300),
                ("135,85", 400),
                ("5,20", 560),
                ("33,64", 660),
                ("816,41", 860),
            ],
        )
    )

    assert invoice.total == 816.41
    assert invoice.subtotal != 680.56


def test_a_chains_branch_line_is_not_the_shop():
    invoice = read(
        receipt(
            [("GRIND", 140), ("& BEAN", 260)],
            [("Store 0277 -", 60), ("Leeds Briggate", 260)],
            [("VAT No.", 60), ("GB", 200), ("318 4412 09", 260)],
            [("Flat White Reg", 20), ("3.65", 480)],
            [("TOTAL", 20), ("£3.65", 470)],
        )
    )
    assert invoice.vendor == "GRIND & BEAN"


def test_a_trade_in_small_type_under_the_large_name_is_no_name():
    lines = receipt(
        [("Family Restaurant", 130)],
        [("12, Residency Road, Pune 411001", 40)],
        [("GSTIN:27AAJFS4471Q1ZP", 60)],
        [("Paneer Tikka", 20), ("320.00", 480)],
        [("Grand Total", 20), ("320.00", 480)],
        top=90,
    )
    invoice = read([line("SPICE ROUTE", 150, 30, height=45), *lines])
    assert invoice.vendor == "SPICE ROUTE"
    photographed = read([line("SPICE ROUTE", 150, 40, height=36), *lines])
    assert photographed.vendor == "SPICE ROUTE"
    legal = read(
        [
            line("SPICE ROUTE", 150, 30, height=45),
            *receipt(
                [("Saffron Foods Pvt Ltd", 130)],
                [("12, Residency Road, Pune 411001", 40)],
                [("Grand Total", 20), ("320.00", 480)],
                top=90,
            ),
        ]
    )
    assert legal.vendor == "Saffron Foods Pvt Ltd"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Shinjuku 3-chome Store\nOnigiri salmon ¥180\nTotal ¥1,296", "JPY"),
        ("Onigiri salmon ¥180\nEgg sandwich ¥328\nTotal ¥508", "JPY"),
        ("合计 ¥25\n¥30", "CNY"),
        ("Total ¥12.50\n¥3.00", "CNY"),
        ("Grand Total RS. 1,391.00", "INR"),
        ("GSTIN:27AAJFS4471Q1ZP\nCGST 2.5% 33.13\nGrand Total 1,391.00", "INR"),
        ("SKU SVC01 79.00\nTotal $200.51\nToronto, ON M5V 2T6", "CAD"),
        ("ÖSSZESEN: 4 590 Ft\nKÉSZPÉNZ 5 000 Ft", "HUF"),
        ("Att betala 45 kr", "SEK"),
        ("BANGKOK 10110\nGrand Total 2,153.91", "THB"),
        ("VAT REG TIN: 009-412-778-00000\nTOTAL AMOUNT DUE P1,040.00", "PHP"),
        ("NPWP: 01.234.567.8-091.000\nTOTAL 105.100", "IDR"),
        ("Hà Nội\nPHIẾU THANH TOÁN\nTổng cộng 280.800", "VND"),
        ("212 Galle Road, Colombo 03\nNet Amount Rs. 4,259.80", "LKR"),
        ("UEN:201534567W\nTotal $17.40", "SGD"),
    ],
)
def test_the_currency_a_page_names_by_sign_place_or_tax_id(text, currency):
    assert guess_currency(text)[0] == currency


def test_a_philippine_receipt_reads_peso_amounts_month_first_and_its_vat_amount():
    invoice = read(
        receipt(
            [("KUYA BERT'S GRILL & RESTO", 100)],
            [("G/F 1142 Maria Orosa St, Ermita, Manila", 20)],
            [("VAT REG TIN: 009-412-778-00000", 20)],
            [("SI No: 00012847", 20)],
            [("Date: 03/07/2026", 20), ("12:48 PM", 400)],
            [("Sub Total", 20), ("P1,120.00", 460)],
            [("Less VAT (SC share)", 20), ("-30.00", 460)],
            [("Less SC Disc 20%", 20), ("-50.00", 460)],
            [("TOTAL AMOUNT DUE", 20), ("P1,040.00", 460)],
            [("VATable Sales", 20), ("750.00", 460)],
            [("VAT-Exempt Sales", 20), ("250.00", 460)],
            [("VAT Amount (12%)", 20), ("90.00", 460)],
        )
    )
    assert invoice.currency == "PHP"
    assert invoice.total == 1040.00
    assert invoice.issue_date == "2026-03-07"
    assert invoice.invoice_number == "00012847"
    assert invoice.tax == 90.00


def test_a_thai_receipts_buddhist_year_and_an_iso_date_after_a_colon():
    thai = read(
        receipt(
            [("SUKJAI MINIMART", 100)],
            [("CHIANG MAI 50200", 20)],
            [("P0S#0421-02", 20), ("R#0002184732", 300)],
            [("TOTAL 10 ITEMS", 20), ("194.00", 460)],
            [("07/03/2569 14:21", 20)],
        )
    )
    assert (thai.issue_date, thai.invoice_number) == ("2026-03-07", "0002184732")
    malaysian = read(
        receipt(
            [("FARMASI SINAR SIHAT", 100)],
            [("Date/Time :2026-02-09 20:14", 20)],
            [("TOTAL RM", 20), ("96.20", 460)],
        )
    )
    assert malaysian.issue_date == "2026-02-09"


def test_a_thai_tills_two_digit_buddhist_year_is_read_and_sure_only_in_baht():
    printed = [
        [("QUICKMART", 100)],
        [("SIAM CONVENIENCE PCL.", 20)],
        [("1 DRINKING WATER 600ML", 20), ("7.00", 460)],
        [("TOTAL 1 ITEMS", 20), ("7.00", 460)],
        [("CASH", 20), ("20.00", 460)],
        [("CHANGE", 20), ("13.00", 460)],
        [("15/03/67 14:22 B01234 P1", 20)],
    ]
    unknown = read(receipt(*printed))
    assert unknown.issue_date == "2024-03-15"
    assert "issue_date" in needs_review(unknown, checks(unknown, TODAY))

    baht = read(receipt(*printed[:2], [("BANGKOK 10110", 20)], *printed[2:]))
    assert (baht.currency, baht.issue_date) == ("THB", "2024-03-15")
    assert "issue_date" not in needs_review(baht, checks(baht, TODAY))


def test_a_two_digit_year_ahead_is_no_buddhist_date_beside_the_sale_date():
    invoice = read(
        receipt(
            [("SUKJAI MINIMART", 100)],
            [("Lucky draw 31/12/45", 20)],
            [("TOTAL", 20), ("194.00", 460)],
            [("12/05/2024 10:14", 20)],
        )
    )
    assert invoice.issue_date == "2024-05-12"


def test_a_chemists_net_amount_after_discount_and_round_off_is_the_total():
    invoice = read(
        receipt(
            [("SHREE SAI MEDICAL & GENERAL STORES", 60)],
            [("Bill No: SS/24-25/08812", 20), ("Date: 07/10/2024", 300)],
            [("AMLODIPINE 5MG", 20), ("AM4521 08/26", 200), ("30", 340), ("75.60", 460)],
            [("ORS SACHET 21G", 20), ("OR0512 01/27", 200), ("5", 340), ("378.40", 460)],
            [("Total MRP", 20), ("454.00", 460)],
            [("Less Discount 10%", 20), ("-45.40", 460)],
            [("Round Off", 20), ("+0.40", 460)],
            [("NET AMOUNT Rs.", 20), ("409.00", 460)],
        )
    )
    assert invoice.total == 409.00
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_fuel_pumps_amount_with_its_currency_is_what_was_charged_and_checked():
    invoice = read(
        receipt(
            [("URJA PETROLEUM", 100)],
            [("M/S SRI VENKATESWARA FUELS", 40)],
            [("RATE(RS/L)", 20), ("102.86", 300)],
            [("VOLUME(L)", 20), ("19.44", 300)],
            [("AMOUNT(RS)", 20), ("2000.00", 300)],
            [("MODE", 20), ("CASH", 300)],
            [("DATE: 12/05/24", 20), ("TIME: 06:14", 300)],
        )
    )
    assert invoice.total == 2000.00
    assert "total" in needs_review(invoice, checks(invoice, TODAY))


def test_a_sole_traders_owner_line_is_not_the_business():
    invoice = read(
        receipt(
            [("Grünwerk Meier", 100)],
            [("Garten- und Landschaftsbau", 100)],
            [("Inh. Tobias Meier · Am Lindener Berge 6 · 30449 Hannover", 20)],
            [("Grünwerk Meier · Am Lindener Berge 6 · 30449 Hannover", 20)],
            [("Frau", 20)],
            [("Dr. Ingrid Wehmeyer", 20)],
            [("Rechnung Nr.: GW-2026-041", 20)],
            [("Gesamtbetrag", 20), ("1.190,00 €", 460)],
        )
    )
    assert invoice.vendor == "Grünwerk Meier"


def test_a_vietnamese_receipts_total_subtotal_vat_cash_and_change():
    invoice = read(
        receipt(
            [("PHỞ BÀ HẠNH", 100)],
            [("47 Hàng Chiếu, Q. Hoàn Kiếm, Hà Nội", 20)],
            [("Phở tái nạm", 20), ("130.000", 460)],
            [("Phở gầu", 20), ("70.000", 460)],
            [("Trà đá", 20), ("60.000", 460)],
            [("Tạm tính:", 20), ("260.000", 460)],
            [("Thuế GTGT (8%):", 20), ("20.800", 460)],
            [("TỔNG CỘNG:", 20), ("280.800 đ", 460)],
            [("Tiền khách đưa:", 20), ("300.000", 460)],
            [("Tiền trả lại:", 20), ("19.200", 460)],
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (260000.0, 20800.0, 280800.0)
    assert invoice.currency == "VND"
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_vietnamese_bills_labels_are_read_with_their_vowels_marks_misread():
    invoice = read(
        receipt(
            [("NHÀ HÀNG HUONG SEN", 100)],
            [("CÔNG TY TNHH HUONG SEN SÀI GÒN", 40)],
            [("Ngày: 21/10/2024", 20)],
            [("Bò lúc lác", 20), ("1", 300), ("245.000", 460)],
            [("Canh chua cá lóc", 20), ("1", 300), ("805.000", 460)],
            [("Tồng tièn hàng:", 20), ("1.050.000", 460)],
            [("Phí phųc vų (5%):", 20), ("52.500", 460)],
            [("Thué GTGT (8%):", 20), ("88.200", 460)],
            [("TÔNG THANH TOÁN:", 20), ("1.190.700 d", 460)],
            [("Tièn khách đua:", 20), ("1.200.000", 460)],
            [("Tièn tha trà khách:", 20), ("9.300", 460)],
        )
    )
    assert (invoice.subtotal, invoice.total) == (1050000.0, 1190700.0)
    assert invoice.vendor == "CÔNG TY TNHH HUONG SEN SÀI GÒN"
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_the_total_is_the_one_after_a_rounding_line_abbreviated_rnd():
    invoice = read(
        receipt(
            [("PAPPARICH", 180)],
            [("29 Jun 18 06:25:04 PM", 20)],
            [("Subtotal", 20), ("42.64", 480)],
            [("10% Srv Chg", 20), ("4.25", 480)],
            [("Total:", 20), ("46.89", 480)],
            [("RND ADJ", 20), ("0.01", 480)],
            [("TTL ATF RND", 20), ("46.90", 480)],
            [("Payment", 20), ("56.90", 480)],
            [("Change Due", 20), ("10.00", 480)],
        )
    )

    assert invoice.total == 46.90
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_an_item_named_tenderloin_is_no_cash_tendered():
    invoice = read(
        receipt(
            [("SUPER SEVEN CASH & CARRY SDN BHD", 20)],
            [("(590150-A)", 200)],
            [("01-03-2018 09:23:06 AM", 20)],
            [("TENDERLOIN @43.37", 20)],
            [("*1", 20), ("43.37", 480)],
            [("D31 TENDERLOIN @49.42", 20)],
            [("*1", 20), ("49.42", 480)],
            [("Total Sales (Incl. GST @6%)", 20), ("RM92.79", 460)],
            [("Rounding Adjustment", 20), ("RM0.00", 470)],
            [("Net Total", 20), ("RM92.79", 460)],
            [("Payment Method", 20)],
            [("MASTER CARD", 20)],
        )
    )

    assert invoice.total == 92.79
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_cards_expiry_date_does_not_contest_the_receipts_date():
    invoice = read(
        receipt(
            [("POPULAR BOOK CO. (M) SDN BHD", 40)],
            [("05/03/18 13:56", 20), ("Slip No. : 1020313836", 300)],
            [("Member No: 1234567", 20)],
            [("Card Expiry: 31/05/18", 20)],
            [("PB SHT/P 11H A4", 20), ("16.90", 480)],
            [("Total RM Incl. of GST", 20), ("16.90", 480)],
            [("Cash", 20), ("20.00", 480)],
            [("Change", 20), ("3.10", 480)],
        )
    )

    assert invoice.issue_date == "2018-03-05"
    assert "issue_date" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_points_expiry_over_the_sales_time_stamp_is_no_heading_of_it():
    """`POINTS EXPIRE ON` labels the date on its own line; the sale's stamp under it,
    in the same column, is not an expiry date too."""
    invoice = read(
        receipt(
            [("MEGAMART HYPERMARKET (M) SDN BHD", 40)],
            [("TOTAL (INCL GST)", 20), ("240.91", 460)],
            [("MASTERCARD", 20), ("240.91", 460)],
            [("MEGAPOINTS EARNED", 20), ("240", 460)],
            [("POINTS EXPIRE ON", 20), ("31/12/2017", 400)],
            [("22/10/16 16:03", 20), ("S:0107 T:012", 200), ("TR:6645", 400)],
            [("CASHIER: 20331 ROSNAH", 20)],
        )
    )

    assert invoice.issue_date == "2016-10-22"


@pytest.mark.parametrize(
    "term",
    [
        "Exchange with receipt before 31/08/2019.",
        "Promo (ends 31/08/2019)",
        "Voucher valid until 31/08/2019",
        "GST 0% effective 31/08/2019",
        "Next Appointment: 31/08/2019 10:00 AM",
        "IC No: 910703-02-6569",
    ],
)
def test_a_terms_date_does_not_contest_the_sales_date(term):
    invoice = read(
        receipt(
            [("HM RETAIL VENTURES SDN BHD", 40)],
            [("24/08/2019 07:31:58", 20), ("No: 3021190824908", 300)],
            [("PANADOL ACTIFAST 20S", 20), ("12.90", 480)],
            [("TOTAL", 20), ("12.90", 480)],
            [(term, 20)],
        )
    )

    assert invoice.issue_date == "2019-08-24"
    assert "issue_date" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_laundrys_ready_date_gives_way_to_its_own_labelled_date_beside_the_order():
    """`Date:` labels the date in its own cell, whatever the column before it says
    (`Order: 1989`); the day the clothes are ready is no issue date."""
    invoice = read(
        receipt(
            [("CUCI KILAT LAUNDRY SERVICES", 40)],
            [("INVOICE", 200)],
            [("Order: 1989", 20), ("Date: 23-Jul-2019", 300)],
            [("DRY CLEAN SUIT 2PC", 20), ("25.00", 480)],
            [("Total Payable", 20), ("25.00", 480)],
            [("Ready Date: 26-Jul-2019", 20)],
        )
    )

    assert invoice.issue_date == "2019-07-23"
    assert "issue_date" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_toll_receipts_one_sum_of_money_is_its_total_for_a_person_to_check():
    invoice = read(
        receipt(
            [("LEBUHRAYA SERI KEMBANGAN BERHAD", 40)],
            [("RESIT TOL / TOLL RECEIPT", 40)],
            [("Lorong: 07", 20), ("Kelas: 1", 300)],
            [("Tarikh: 20-04-2019", 20)],
            [("No Siri: 254061123", 20)],
            [("KADAR TOL / FARE:", 20)],
            [("RM 2.30", 20)],
        )
    )

    assert invoice.total == 2.30
    assert "total" in needs_review(invoice, checks(invoice, TODAY))


def test_a_tills_due_and_pay_lines_give_the_total_not_the_tax_it_includes():
    invoice = read(
        receipt(
            [("KING'S CONFECTIONERY S/B 273500-U (KJ1)", 20)],
            [("Inv No :KJ130661528 Date:23/02/17 10:53", 20)],
            [("181010 French Lo 3 2.40 0", 20), ("7.20 S", 470)],
            [("Rounding Adj", 20), ("0.00", 480)],
            [("Due", 20), ("7.20", 480)],
            [("Pay", 20), ("10.00", 470)],
            [("Change", 20), ("2.80", 480)],
            [("(Total Included GST @ 6% : 0.41)", 20)],
        )
    )

    assert invoice.total == 7.20
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_the_amount_labelled_rounded_alone_is_the_total_after_the_cash_rounding():
    invoice = read(
        receipt(
            [("Pu Tien (M) SDN BHD", 120)],
            [("(894015P)", 170)],
            [("Lot 2-25, Sunway Velocity Mall", 60)],
            [("12/10/2017 19:31", 20)],
            [("Fried Rice", 20), ("34.87", 480)],
            [("Subtotal:", 20), ("RM34.87", 460)],
            [("GST: 6%", 20), ("RM2.09", 470)],
            [("Total", 20), ("RM36.96", 460)],
            [("Rounded:", 20), ("RM36.95", 460)],
            [("Cash", 20), ("RM50.00", 460)],
            [("Change", 20), ("RM13.05", 460)],
        )
    )

    assert invoice.total == 36.95
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_date_that_reads_either_way_is_settled_by_an_invoice_number_that_starts_with_it():
    def printed(number: str):
        return read(
            receipt(
                [("AEON CO. (M) BHD (126926-H)", 60)],
                [("3RD FLR, AEON TAMAN MALURI SC", 60)],
                [("FRESH MILK 1L", 20), ("147.45", 480)],
                [("Total Sales Incl GST", 20), ("147.45", 480)],
                [("CASH", 20), ("200.00", 480)],
                [("Change Amt", 20), ("52.55", 480)],
                [(f"Invoice No: {number}", 20)],
                [("03/06/2018 12:42", 20)],
            )
        )

    confirmed = printed("2018060310100050084")
    unconfirmed = printed("1010005005008412")

    assert confirmed.issue_date == unconfirmed.issue_date == "2018-06-03"
    assert "issue_date" not in needs_review(confirmed, checks(confirmed, TODAY))
    assert "issue_date" in needs_review(unconfirmed, checks(unconfirmed, TODAY))


def test_a_tax_table_below_a_total_equal_to_the_subtotal_is_tax_included():
    invoice = read(
        receipt(
            [("PALIO TAVERNA", 150)],
            [("RECEIPT T00131274", 20), ("15/10/2016", 400)],
            [("1 FOOD", 20), ("26.50", 480)],
            [("SUBTOTAL", 20), ("26.50", 480)],
            [("TOTAL", 20), ("26.50", 480)],
            [("TAXES ANALYSIS", 20)],
            [("VAT 9%", 20), ("2.19", 480)],
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (26.50, 2.19, 26.50)
    assert invoice.tax_included
    assert not {"subtotal", "tax", "total"} & set(needs_review(invoice, checks(invoice, TODAY)))


def test_tax_lines_above_the_subtotal_are_in_it_and_a_gratuity_makes_the_total():
    invoice = read(
        receipt(
            [("ONION PUB & BREWERY", 150)],
            [("JULY 20, 2011", 40)],
            [("1 BLUE BURGER", 20), ("$10.00", 480)],
            [("1 SALMON FILET", 20), ("$10.00", 480)],
            [("FOOD TAX", 20), ("$1.28", 480)],
            [("LIQUOR TAX", 20), ("$0.12", 480)],
            [("SUB-TOTAL", 20), ("$21.40", 480)],
            [("GRATUITY", 20), ("$8.10", 480)],
            [("TOTAL", 20), ("$29.50", 480)],
        )
    )

    assert (invoice.subtotal, invoice.charges, invoice.total) == (21.40, 8.10, 29.50)
    done = checks(invoice, TODAY)
    assert next(check for check in done if check.name == "totals").ok
    assert not {"subtotal", "tax", "total"} & set(needs_review(invoice, done))


@pytest.mark.parametrize("label", ["12.5% SVC", "12.5%SVC", "Service 12.5%"])
def test_a_service_charge_given_by_its_rate_is_a_charge_and_svc_no_currency(label):
    invoice = read(
        receipt(
            [("AQUA SHARD", 150)],
            [("27 Dec´16 17:58", 40)],
            [("1 Mojito", 20), ("16.00", 480)],
            [("1 Vanilla & B.berry", 20), ("20.00", 480)],
            [("Subtotal", 20), ("36.00", 480)],
            [(label, 20), ("4.50", 480)],
            [("Total", 20), ("40.50", 480)],
        )
    )

    assert (invoice.subtotal, invoice.charges, invoice.total) == (36.00, 4.50, 40.50)
    assert invoice.currency != "SVC"
    assert invoice.issue_date == "2016-12-27"
    assert not {"subtotal", "total"} & set(needs_review(invoice, checks(invoice, TODAY)))


def test_a_service_tax_given_by_its_rate_is_no_service_charge():
    invoice = read(
        receipt(
            [("RESTORAN SERI MELAYU SDN BHD", 150)],
            [("Nasi Lemak", 20), ("10.00", 480)],
            [("Subtotal", 20), ("10.00", 480)],
            [("6% Service Tax", 20), ("0.60", 480)],
            [("Total", 20), ("10.60", 480)],
        )
    )

    assert invoice.charges is None
    assert (invoice.tax, invoice.total) == (0.60, 10.60)


def test_subtotals_printed_one_per_kind_add_up_to_the_subtotal():
    invoice = read(
        receipt(
            [("Achiote Puerto Rican Rest", 150)],
            [("Order#: 12907", 20)],
            [("1 Pernil Lunch", 20), ("8.59", 480)],
            [("1 Parcha", 20), ("3.99", 480)],
            [("Bar Subtotal:", 20), ("7.98", 480)],
            [("Food Subtotal:", 20), ("21.17", 480)],
            [("Tax 1:", 20), ("1.90", 480)],
            [("TOTAL:", 20), ("$31.05", 480)],
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (29.15, 1.90, 31.05)
    assert not {"subtotal", "tax", "total"} & set(needs_review(invoice, checks(invoice, TODAY)))


def test_the_total_before_the_savings_is_not_the_total():
    invoice = read(
        receipt(
            [("CONNOR ESSENDON", 150)],
            [("Date: 10-11-2013 15:31", 40)],
            [("1 SKINNY JEAN", 20), ("$19.95", 480)],
            [("Original Total", 20), ("$29.95", 480)],
            [("YOU SAVE", 20), ("$10.00", 480)],
            [("Includes GST of $1.81", 20)],
            [("CASH", 20), ("$20.00", 480)],
            [("CHANGE", 20), ("$0.05", 480)],
        )
    )

    assert invoice.total == 19.95


def test_a_card_slip_charges_the_amount_it_labels_only_amount_and_a_person_checks_it():
    invoice = read(
        receipt(
            [("N1 CENTRE", 150)],
            [("21 PARK FIELD STREET", 100)],
            [("MERCHANT ID: **********88809", 20)],
            [("VISA DEBIT", 20)],
            [("SALE", 20)],
            [("AMOUNT", 20), ("£32.00", 480)],
            [("PLEASE RETAIN FOR YOUR RECORDS", 20)],
            [("DATE: 19/05/13 TIME: 14:48", 20)],
        )
    )

    assert invoice.total == 32.00
    assert "total" in needs_review(invoice, checks(invoice, TODAY))


def test_a_croatian_bill_totals_under_ukupno_and_its_quantities_are_no_amounts():
    invoice = read(
        receipt(
            [("Bugenvila", 150)],
            [("Prijeko 74, 20210 Cavtat", 100)],
            [("Rn: 9881-1-1", 20), ("Datum: 19.09.2014", 300)],
            [("RED-BEEF CHEEKS", 20)],
            [("1,000×", 20), ("100,00", 200), ("G-", 320), ("100,00", 480)],
            [("BLUE-SEABREAM OR SEABASS", 20)],
            [("1,000×", 20), ("190,00", 200), ("G-", 320), ("190,00", 480)],
            [("UKUPNO kn", 20), ("290,00", 480)],
        )
    )

    assert invoice.total == 290.00
    assert invoice.issue_date == "2014-09-19"


def test_a_hotel_folios_room_code_is_no_ringgit():
    folio = "\n".join(
        [
            "8 Marina Quay Walk, Singapore 018977",
            "Date\u2003Description\u2003Reference\u2003Debit (SGD)\u2003Credit (SGD)",
            *(f"0{day}/11/2026\u2003Room Charge - Deluxe King\u2003RM1714\u2003245.00" for day in (2, 3, 4)),
            *(f"0{day}/11/2026\u2003GST 9%\u2003RM1714\u200324.26" for day in (2, 3, 4)),
            "Balance Due (SGD)\u20030.00",
        ]
    )
    assert guess_currency(folio)[0] == "SGD"
    assert guess_currency("TOTAL RM 38.00\nCASH RM50.00")[0] == "MYR"
