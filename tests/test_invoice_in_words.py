"""The amount an invoice writes out in words, and the total that disagrees with it."""

from decimal import Decimal

import pytest

from bot.invoices.in_words import amounts_in_words, contradicts
from bot.invoices.layout import rows
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, receipt


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("RINGGIT MALAYSIA: ONE THOUSAND TWO HUNDRED AND SEVENTY TWO AND SEN TWENTY ONLY", "1272.20"),
        ("Rupees Nineteen Thousand Six Hundred Sixty Nine Only", "19669"),
        ("Twelve dollars and fifty cents only", "12.50"),
        ("deux mille cinq cent dix-neuf euros et quarante centimes", "2519.40"),
    ],
)
def test_an_amount_written_out_in_words_is_read_as_digits(written, amount):
    assert amounts_in_words(rows(receipt([(written, 20)]))) == [Decimal(amount)]


def test_digits_printed_as_such_and_lines_of_no_amount_are_not_amounts_in_words():
    printed = receipt([("TOTAL 12.50 ONLY", 20)], [("Thank you, only one per customer", 20)])
    assert amounts_in_words(rows(printed)) == []


@pytest.mark.parametrize(
    "cut",
    [
        # Words wrapped onto the next line, each line a part of the amount.
        [("RINGGIT MALAYSIA ONE THOUSAND FIVE", 20)],
        [("HUNDRED NINETY ONLY", 20)],
        # Indian numbering, which the reader does not count in.
        [("Rupees One Lakh Forty-Seven Thousand Five Hundred Only", 20)],
    ],
)
def test_a_part_of_an_amount_in_words_is_no_evidence(cut):
    assert amounts_in_words(rows(receipt(cut))) == []


def test_a_total_is_checked_against_the_amount_in_words_or_the_amount_due():
    written = [Decimal("19669")]
    assert not contradicts(written, 19668.83, 19669.0)
    assert contradicts(written, 19668.83, None)
    assert not contradicts([], 19668.83, None)


def test_a_total_the_amount_in_words_contradicts_goes_to_a_person():
    """A seller's stamp over `TOTAL PAYABLE` and its rounding line garbled them
    (`TLTAL RIYABERTERPRISE`, `JAYA MAJBounding Adjustment`); the sum before tax came out
    the strongest candidate. The amount in words says what is payable."""
    invoice = read(
        receipt(
            [("JAYA MAJU ELECTRICAL ENTERPRISE", 40)],
            [("CASH SALES", 40), ("CS-46774", 600)],
            [("Date: 07/09/2016", 40)],
            [("LED panel light 600x600", 40), ("1,200.20", 700)],
            [
                ("RINGGIT MALAYSIA: ONE THOUSAND TWO HUNDRED AND SEVENTY TWO AND SEN TWENTY ONLY", 40),
                ("Total Amount Excluding GST", 500),
                ("1,200.20", 700),
            ],
            [("GST Payable @ 6%", 500), ("72.01", 700)],
            [
                ("Tax Code", 40),
                ("Rate", 150),
                ("Amount (RM)", 250),
                ("GST (RM)", 380),
                ("Total Amount Including GST", 500),
                ("1,272.21", 700),
            ],
            [
                ("SR", 40),
                ("6%", 150),
                ("1,200.20", 250),
                ("72.01", 380),
                ("JAYA MAJBounding Adjustment", 500),
                ("-0.01", 700),
            ],
            [("RECEIVED", 40), ("TLTAL RIYABERTERPRISE", 500), ("1,272.20", 700)],
        )
    )

    flagged = needs_review(invoice, checks(invoice, TODAY))
    assert invoice.total == 1272.2 or "total" in flagged


def _wrapped_words(total: str) -> list:
    """A dot-matrix tax invoice whose amount in words wraps under itself, beside the
    sums' column: `RINGGIT MALAYSIA | SEVEN HUNDRED … CENTS` over `NINETY EIGHT ONLY`."""
    return receipt(
        [("WAH SENG ELECTRICAL SUPPLIES SDN BHD", 40)],
        [("TAX INVOICE", 40), ("No. 011287", 700)],
        [("Date : 11/05/2017", 40)],
        [("EXHAUST FAN 10in KDK", 40), ("733.00", 800)],
        [
            ("Ringgit Malaysia", 40),
            ("SEVEN HUNDRED AND SEVENTY SIX AND CENTS", 220),
            ("Total Excl. GST", 620),
            ("733.00", 800),
        ],
        [("NINETY EIGHT ONLY", 220), ("GST 6%", 620), ("43.98", 800)],
        [("TOTAL RM", 620), (total, 800)],
    )


def test_an_amount_in_words_wrapped_under_itself_beside_the_sums_is_read_whole():
    assert amounts_in_words(rows(_wrapped_words("776.98"))) == [Decimal("776.98")]


def test_a_total_one_digit_off_its_amount_in_words_is_the_amount_in_words_for_a_person():
    invoice = read(_wrapped_words("776.96"))

    assert invoice.total == 776.98
    assert "total" in needs_review(invoice, checks(invoice, TODAY))


def test_words_wrapped_onto_a_line_that_goes_on_with_other_words_are_no_amount():
    printed = receipt(
        [("RINGGIT MALAYSIA ONE THOUSAND FIVE", 20), ("Total", 620), ("1,590.00", 800)],
        [("Goods sold are not returnable", 20)],
    )
    assert amounts_in_words(rows(printed)) == []
