"""Pages as OCR gives them back from a photo or a poor scan: spaces lost between words,
zeros read for the letter O, a total's decimal point faded away.

Each names one slip the rules must read through without taking another value for the
right one.
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt


def test_a_titles_date_word_run_into_the_number_before_it_still_dates_the_invoice():
    invoice = read(
        page(
            ("HandelsrechnungNr. TX-471102vom30.10.2018", 150, 120),
            ("Liefer- und Leistungsdatum", 150, 200),
            (": 29.10.2018", 700, 200),
            ("Taxiunternehmen TX GmbH", 150, 300),
            ("Rechnung gemäß Taxifahrt vom 29.10.2018", 150, 600),
            ("Grundpreis", 150, 700),
            ("3,90", 1300, 700),
            ("Gesamtbetrag", 150, 900),
            ("16,90", 1300, 900),
        )
    )

    assert invoice.issue_date == "2018-10-30"


def test_zeros_read_for_the_letter_o_in_a_name_are_mended_and_leave_it_sure():
    invoice = read(
        receipt(
            [("LIM BR0THERS TRADING (001876543-W)", 20)],
            [("No. 55, Jalan Dato Bandar Tunggal", 20)],
            [("70000 Seremban, Negeri Sembilan", 20)],
            [("Tarikh: 02/03/19", 20)],
            [("PAIP PVC 1/2", 20), ("12.50", 400)],
            [("JUMLAH", 20), ("12.50", 400)],
            [("TUNAI", 20), ("20.00", 400)],
            [("BAKI", 20), ("7.50", 400)],
        )
    )

    assert invoice.vendor == "LIM BROTHERS TRADING"
    assert "vendor" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_one_read_for_a_letter_in_a_name_is_mended_but_left_for_a_person():
    invoice = read(
        receipt(
            [("PASARAYA B1NTANG SDN BHD", 20)],
            [("No. 55, Jalan Dato Bandar Tunggal", 20)],
            [("Tarikh: 02/03/19", 20)],
            [("GULA", 20), ("12.50", 400)],
            [("JUMLAH", 20), ("12.50", 400)],
        )
    )

    assert invoice.vendor == "PASARAYA BINTANG SDN BHD"
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_zero_for_an_o_before_the_last_letter_of_a_word_is_mended_too():
    invoice = read(
        receipt(
            [("SO0N LEE HARDWARE (JM0456123-K)", 20)],
            [("No. 3, Jalan Pasar, 81300 Skudai", 20)],
            [("Date: 12/03/2016", 20)],
            [("CEMENT 50KG", 20), ("17.50", 400)],
            [("TOTAL", 20), ("17.50", 400)],
        )
    )

    assert invoice.vendor == "SOON LEE HARDWARE"


def _receipt_numbered(number: str):
    return read(
        receipt(
            [("PERABOT JAYA ENTERPRISE", 20)],
            [("Date: 21/06/2017", 20)],
            [(f"Receipt No: {number}", 20)],
            [("SOFA 3 SEATER", 20), ("899.00", 400)],
            [("TOTAL", 20), ("899.00", 400)],
        )
    )


@pytest.mark.parametrize(
    ("read_as", "printed"),
    [
        ("0R-1706-0442", "OR-1706-0442"),
        ("P0S-0027522", "POS-0027522"),
        ("Tl-36637", "TI-36637"),
        ("l-009798", "I-009798"),
    ],
)
def test_a_zero_among_the_letters_of_a_prefix_before_its_separator_is_an_o(read_as, printed):
    invoice = _receipt_numbered(read_as)

    assert invoice.invoice_number == printed
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize("number", ["P0S3-0027522", "T0R311541"])
def test_a_zero_among_letters_run_into_digits_is_left_for_a_person(number):
    """`T0R311541` may be till 0's number as well as a misread `TOR`."""
    invoice = _receipt_numbered(number)

    assert invoice.invoice_number == number
    assert "invoice_number" in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize("number", ["A0-2291", "R0-12007"])
def test_a_series_ending_in_a_zero_keeps_its_digit(number):
    assert _receipt_numbered(number).invoice_number == number


def test_a_series_of_zeros_before_its_one_letter_keeps_its_digits():
    assert _receipt_numbered("00A-15090-5512").invoice_number == "00A-15090-5512"


def test_a_rounded_total_whose_point_faded_is_read_from_the_rounding_above_it():
    invoice = read(
        receipt(
            [("KEDAI ELEKTRIK SINAR", 20)],
            [("Date: 23-03-18", 20)],
            [("RICE COOKER 1.8L", 20), ("129.00", 400)],
            [("Sub Total (Excl GST)", 20), ("129.00", 400)],
            [("GST 6%", 20), ("7.74", 400)],
            [("Total Incl GST", 20), ("136.74", 400)],
            [("Rounding Adj", 20), ("0.01", 400)],
            [("TOTAL", 20), ("13675", 400)],
            [("Cash", 20), ("150.00", 400)],
            [("Change", 20), ("13.25", 400)],
        )
    )

    assert invoice.total == 136.75
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_trading_names_t_a_whose_slash_was_lost_still_ends_the_legal_name():
    invoice = read(
        page(
            ("printhaus.", 150, 60),
            ("Sales Invoice", 1000, 60),
            ("Printhaus Litho Services Ltd ta Printhaus · Company No. 10448812", 150, 120),
            ("Invoice No: SI-30417", 900, 200),
            ("Date: 06/03/2024", 900, 240),
            ("Leaflets A5, 5,000", 150, 500),
            ("£410.00", 1300, 500),
            ("Total", 900, 700),
            ("£410.00", 1300, 700),
        )
    )

    assert invoice.vendor == "Printhaus Litho Services Ltd"


def test_a_footers_company_whose_tax_id_was_misread_still_names_the_issuer():
    invoice = read(
        page(
            ("SKYWREN", 150, 60),
            ("Tax Invoice", 1000, 60),
            ("Invoice 5512-000931", 1000, 100),
            ("Issued 05 Apr 2024", 1000, 140),
            ("Corporate account", 150, 200),
            ("Harlow Drilling Services Pty Ltd", 150, 240),
            ("Level 9, 100 Queen Street", 150, 280),
            ("Brisbane QLD 4000", 150, 320),
            ("Fares (ex GST)", 900, 900),
            ("$1,000.00", 1300, 900),
            ("GST", 900, 940),
            ("$100.00", 1300, 940),
            ("Invoice total AUD", 900, 980),
            ("$1,100.00", 1300, 980),
            ("Skywren Airlines Pty Ltd ABN 41 095 118:204", 150, 2100),
            ("Locked Bag 7, Mascot NSW 2020", 900, 2100),
            ("Conditions of carriage apply.", 150, 2140),
        )
    )

    assert invoice.vendor == "Skywren Airlines Pty Ltd"
