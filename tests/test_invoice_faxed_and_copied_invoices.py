"""Invoices that came by fax, photocopier or an office scanner: the marks those channels
add, and what their coarse print does to dates and signs.

A fax machine prints its own line across the top: when it sent the page, from which
number, which page of how many (`05 MAR 2024 15:33 PENNINE PLANT 01484555729 P.1/1`).
That date is the transmission's, not the invoice's. A form's box prints its label beside
its value, a little higher (`DATE / TAX POINT` with `18 Nov 2023`), and a caterer's
`FUNCTION DATE` box dates the event. Coarse print turns a date's dot into a comma
(`19,03.2024`). An Indian tax invoice is printed in copies marked `DUPLICATE FOR
TRANSPORTER`: no one's name. Handwritten initials (`OK to pay - RM`) and an `S` read as
a dollar in a word (`Authorised $ignatory`) are no currency.
"""

import datetime as dt

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.dates import find_dates
from tests.test_invoice_parties import read
from tests.test_invoice_rules import line, receipt


def fax(*header: list[tuple[str, float]]):
    """A plant hire's invoice form as faxed: its `DATE` box's label beside the value, a
    little higher, and the fax machine's line across the top."""
    lines = receipt(
        *header,
        [("PENNINE PLANT HIRE LTD", 20), ("INVOICE", 900)],
        [("Calder Works, Brighouse HD6 1QL", 20), ("61277", 900)],
        [("VAT No. GB 318 2270 46", 20), ("DATE", 800)],
    )
    top = 40 + 50 * (len(header) + 2)
    lines.append(line("29/02/2024", 900, top + 27))
    return lines + receipt(
        [("3t forward tip dumper", 20), ("330.00", 900)],
        [("VAT 20%", 20), ("66.00", 900)],
        [("TOTAL", 20), ("396.00", 900)],
        top=top + 100,
    )


def test_a_fax_machines_transmission_line_does_not_date_the_invoice():
    sent = [("05 MAR 2024 15:33 PENNINE PLANT 01484555729 P.1/1", 20)]

    assert read(fax(sent)).issue_date == "2024-02-29"
    assert read(fax()).issue_date == "2024-02-29"


def form_box():
    """A caterer's printed form: each box's label, and its typed value a little lower and
    to the right of it."""
    lines = receipt(
        [("Thistledown Catering Ltd", 20), ("INVOICE NO", 900)],
        [("Telephone 01926 555 384", 20), ("004718", 1235)],
    )
    boxes = [("DATE / TAX POINT", "18 Nov 2023"), ("YOUR ORDER NO", "WFC/2231")]
    boxes += [("FUNCTION DATE", "11 Nov 2023")]
    for number, (label, value) in enumerate(boxes):
        top = 140 + 100 * number
        lines += [line(label, 900, top), line(value, 1209, top + 27)]
    lines.append(line("VAT Registration No. 197 4482 05", 20, 140))
    return lines + receipt(
        [("Buffet lunch 60 covers", 20), ("870.00", 1209)],
        [("TOTAL", 20), ("870.00", 1209)],
        top=500,
    )


def test_a_forms_date_box_dates_the_invoice_and_its_function_date_box_the_event():
    assert read(form_box()).issue_date == "2023-11-18"


@pytest.mark.parametrize("printed", ["19,03.2024", "19.03,2024"])
def test_a_dotted_date_with_a_dot_read_as_a_comma_is_read(printed):
    [found] = find_dates(f"Rechnungsdatum {printed}")

    assert found.date == dt.date(2024, 3, 19)


def test_an_amount_with_a_comma_and_a_dot_is_no_date():
    assert find_dates("Betrag 19,03.20 EUR 1,234.56") == []


def test_an_invoice_number_label_with_a_speck_on_its_e_is_read():
    invoice = read(
        receipt(
            [("LONE STAR AUTO & DIESEL", 20)],
            [("CUSTOMER", 20), ("Invoicę #", 600), ("58213", 800)],
            [("Daniel Whitcombe", 20), ("Date", 600), ("02/16/2024", 800)],
            [("Mileage In", 20), ("Tech #", 600), ("07/11", 800)],
            [("TOTAL", 20), ("$917.42", 800)],
        )
    )

    assert invoice.invoice_number == "58213"


def test_a_number_after_the_bare_word_invoice_and_its_colon_is_read():
    invoice = read(
        receipt(
            [("HARBOURSIDE FOOD DISTRIBUTORS", 20), ("Ph 02 9555 4800", 700)],
            [("ABN 17 094 552 810", 700)],
            [("INVOICE TO:", 20), ("Invoice: INV 7734091", 700)],
            [("Bella Napoli Pizzeria", 20), ("Date: 01/03/2024", 700)],
            [("INVOICE TOTAL", 20), ("1,113.53", 700)],
        )
    )

    assert invoice.invoice_number == "INV 7734091"


def test_a_printed_forms_number_box_holds_its_number_set_right_of_the_label():
    invoice = read(
        [
            line("COASTLINE PLUMBING & GAS", 84, 200),
            line("Ph 07 5555 3091 Fax 07 5555 3092", 84, 241),
            line("TAX INVOICE NO", 1052, 241, height=27),
            line("ABN 62 611 048 375", 89, 266),
            line("3318", 1364, 266, height=42),
            *receipt([("TOTAL", 20), ("2,892.45", 1200)], top=600),
        ]
    )

    assert invoice.invoice_number == "3318"


def test_an_indian_invoices_copy_mark_is_no_vendor():
    invoice = read(
        receipt(
            [("TAX INVOICE", 20), ("DUPLICATE FOR TRANSPORTER", 700)],
            [("ANNAPOORNA CATERERS", 200)],
            [("No. 42, 3rd Cross, Gandhinagar, Bengaluru - 560009", 20)],
            [("GSTIN: 29AFRPR3317H1Z8", 20)],
            [("Invoice No", 20), (":AC/23-24/0389", 300)],
            [("Date", 20), (":14.02.2024", 300)],
            [("Veg lunch buffet", 20), ("75,600.00", 800)],
            [("Grand Total", 20), ("89,208.00", 800)],
        )
    )

    assert invoice.vendor == "ANNAPOORNA CATERERS"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Austin, TX 78745\nTOTAL\u2003$917.42\nthe amount of repairs. OK to pay - RM", "USD"),
        ("GSTIN: 27ABKPG4417M1ZQ\nGrand Total\u200342,787.00\nAuthorised $ignatory", "INR"),
        # Malaysia's ringgit as tills print it: before the amount, after it, over a column.
        ("TOTAL RM 36.96", "MYR"),
        ("Jumlah 12.00 RM", "MYR"),
        ("Amount (RM)\nNasi lemak\u20035.00", "MYR"),
    ],
)
def test_initials_and_a_misread_s_are_no_currency(text, currency):
    assert guess_currency(text)[0] == currency
