"""Receipts that came by e-mail, printed to PDF from a mail client or a browser: the
mail's header and the browser's print header and footer are not the document's, and
the mail's sender names the seller.

Layouts here are made up in the shapes mail clients print (OCR-shaped rows, as in
test_invoice_rules.py); none is copied from the benchmark's documents.
"""

import datetime as dt

from bot.invoices.layout import rows
from bot.invoices.mail import read_mail, without_interface
from bot.invoices.rules import extract
from bot.invoices.validate import SURE
from tests.test_invoice_rules import receipt

TODAY = dt.date(2026, 12, 4)

WEBMAIL_PRINT = [
    [("3/18/25, 10:14 AM", 20), ("Webmail - Your receipt from Quillfern Labs #2841-7730", 300)],
    [("Maya Okafor <maya@brightline-research.com>", 20)],
    [("Your receipt from Quillfern Labs #2841-7730", 20)],
    [("1 message", 20)],
    [("Quillfern Labs <invoice+statements@quillfern.io>", 20), ("Fri, Mar 14, 2025 at 4:02 PM", 600)],
    [("To: Maya Okafor <maya@brightline-research.com>", 20)],
    [("Receipt number", 20), ("2841-7730", 600)],
    [("Invoice number", 20), ("QFL-4F2A91-0009", 600)],
    [("Date paid", 20), ("Mar 14, 2025", 600)],
    [("Team plan (per seat)", 20), ("$48.00", 600)],
    [("Sales tax (10.25%)", 20), ("$4.92", 600)],
    [("Total", 20), ("$52.92", 600)],
    [("Brightline Research Group LLC", 20)],
    [("https://mail.example.com/mail/u/0/?view=pt&search=all", 20), ("1/1", 900)],
]


def read(printed):
    return extract(rows(receipt(*printed)), today=TODAY)


def test_a_printed_receipt_mail_is_from_its_sender_not_its_reader_nor_the_mail_header():
    invoice = read(WEBMAIL_PRINT)
    assert invoice.vendor == "Quillfern Labs"
    assert (invoice.issue_date, invoice.total) == ("2025-03-14", 52.92)


def test_the_browsers_print_header_and_footer_and_the_mail_header_are_chrome():
    mail = read_mail(rows(receipt(*WEBMAIL_PRINT)))
    assert mail.chrome == {0, 1, 3, 4, 5, 13}
    assert (mail.sender.text, mail.sender_address) == (
        "Quillfern Labs",
        "invoice+statements@quillfern.io",
    )


def test_a_forwarded_receipt_is_from_the_original_sender_not_the_colleague_forwarding_it():
    invoice = read(
        [
            [("Tom Hargreaves <tom@hargreaves-pike.co.uk>", 20), ("Mon, 3 Feb 2025 at 16:18", 600)],
            [("To: Accounts <accounts@hargreaves-pike.co.uk>", 20)],
            [("Train for the client workshop, please code to project HP-112.", 20)],
            [("---------- Forwarded message ---------", 20)],
            [("From: RailSpring <bookings@railspring.co.uk>", 20)],
            [("Date: Mon, 27 Jan 2025 at 21:15", 20)],
            [("Subject: Your booking confirmation", 20)],
            [("To: Tom Hargreaves <tom@hargreaves-pike.co.uk>", 20)],
            [("Booking reference", 20), ("K7MX2PQ9", 600)],
            [("Purchased on 27 January 2025", 20)],
            [("Advance Single", 20), ("£78.95", 600)],
            [("Booking fee", 20), ("£2.50", 600)],
            [("Total paid", 20), ("£81.45", 600)],
        ]
    )
    assert invoice.vendor == "RailSpring"
    assert (invoice.issue_date, invoice.total) == ("2025-01-27", 81.45)


def test_a_till_receipt_opening_with_its_date_and_time_has_no_print_chrome():
    lines = receipt(
        [("12/03/2025 14:22", 20), ("Till 3", 400)],
        [("CORNER BAKERY LTD", 100)],
        [("Sourdough loaf", 20), ("4.20", 400)],
        [("TOTAL", 20), ("4.20", 400)],
    )
    assert read_mail(rows(lines)).chrome == set()
    assert extract(rows(lines), today=TODAY).issue_date == "2025-03-12"


def test_a_web_orders_date_is_when_it_was_ordered_not_its_delivery_or_return_window():
    invoice = read(
        [
            [("Order Details", 20)],
            [("Ordered on February 2, 2025", 20), ("Order# 114-3928475-1938502", 500)],
            [("Delivered February 6", 20)],
            [("Return or replace items: Eligible through March 8, 2025", 20)],
            [("Item(s) Subtotal:", 20), ("$69.97", 600)],
            [("Grand Total:", 20), ("$68.56", 600)],
        ]
    )
    assert invoice.issue_date == "2025-02-02"


def test_an_invoice_date_beats_the_order_date_printed_beside_it():
    invoice = read(
        [
            [("Northwind Supplies Ltd", 20)],
            [("Order date:", 20), ("01/03/2025", 300)],
            [("Invoice date:", 20), ("05/03/2025", 300)],
            [("Total", 20), ("£120.00", 600)],
        ]
    )
    assert invoice.issue_date == "2025-03-05"


def test_a_webmail_screenshots_menus_and_folders_are_no_part_of_the_receipt():
    lines = receipt(
        [("Chrome", 20), ("File", 120), ("Edit", 200), ("View", 280), ("History", 360)],
        [("mail.example.com/mail/u/0/#inbox/FMfcgzQZTkWq", 20)],
        [("Search mail", 20)],
        [("Inbox", 20), ("1,204", 200), ("Quillfern Labs", 400)],
        [("Starred", 20), ("Receipt number 2841-7730", 400)],
        [("Drafts", 20), ("Date paid Mar 14, 2025", 400)],
        [("Total", 400), ("$52.92", 800)],
    )
    kept = [" ".join(cell.text for cell in row.cells) for row in without_interface(rows(lines))]
    assert kept == [
        "1,204 Quillfern Labs",
        "Receipt number 2841-7730",
        "Date paid Mar 14, 2025",
        "Total $52.92",
    ]
    assert extract(rows(lines), today=TODAY).vendor == "Quillfern Labs"


def test_a_receipt_with_a_word_an_app_also_uses_keeps_it():
    lines = receipt([("CORNER BAKERY LTD", 100)], [("Home delivery", 20), ("2.00", 400)])
    assert without_interface(rows(lines)) == rows(lines)


def test_a_booking_or_orders_own_reference_numbers_it_where_no_invoice_number_is_printed():
    invoice = read(
        [
            [("Harbour & Vine Hotels", 20)],
            [("Your booking is confirmed", 20)],
            [("Confirmation number", 20), ("HV-7781294", 400)],
            [("Booked on", 20), ("10 March 2025", 400)],
            [("Total stay", 20), ("£441.00", 600)],
        ]
    )
    assert invoice.invoice_number == "HV-7781294"


def test_a_ticket_mail_is_dated_when_it_was_sent_not_the_later_event_it_is_for():
    printed = [
        [("Ticketra <orders@ticketra.com>", 20), ("Thu, Jan 9, 2025 at 8:19 PM", 600)],
        [("To: Maya Okafor <maya@brightlinefr.com>", 20)],
        [("Order number", 20), ("TK-58214477", 600)],
        [("Order date", 20), ("Jan 9, 2025 8:17 PM CST", 600)],
        [("Event", 20), ("The Lantern Sessions – Live at Foxglove Hall", 600)],
        [("Date", 20), ("Saturday, April 12, 2025 · Doors 7:00 PM", 600)],
        [("General Admission", 20), ("2", 400), ("$90.00", 700)],
        [("Total", 20), ("$126.50", 700)],
    ]
    assert read_mail(rows(receipt(*printed))).sent == dt.date(2025, 1, 9)
    assert read(printed).issue_date == "2025-01-09"
    without_order_date = read(printed[:3] + printed[4:])
    assert without_order_date.issue_date == "2025-04-12"
    assert without_order_date.confidence["issue_date"] < SURE
