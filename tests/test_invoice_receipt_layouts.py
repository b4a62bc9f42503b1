"""Till receipts from the countries people shop in, as OCR reads them.

Each names a way the rules were confidently wrong on a common receipt: an item's name
taken for a label, a savings line's `date` for the date's label, a US receipt's bare
amounts and dates read the European way.
"""

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, receipt


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


def test_a_page_naming_a_euro_countrys_vat_without_a_symbol_is_in_euros_unless_swiss():
    assert guess_currency("Versmarkt\nTOTAAL 4,00\nBTW 9% 0,33") == ("EUR", 0.7)
    assert guess_currency("Bergbau Schmid AG, 8001 Zürich, Schweiz\nMWST 8.1% 9.30")[0] != "EUR"


def test_a_yen_sign_on_a_japanese_receipt_is_yen():
    assert guess_currency("FamilyMart Shibuya\nTokyo 150-0002\nTOTAL ¥1,280")[0] == "JPY"
    assert guess_currency("TOTAL ¥1,280.00")[0] == "CNY"
