"""Receipts as apps and mail show them: fields without colons, footers, sentences.

An app sets its fields as a label and a value side by side, with no colon (`Marchand |
Atelier Fauve`), or as headings over their values (`Merchant | Instructions to merchant`
over the merchant's name). Its footer names the issuer run into the ids (`Issued by
Harbour City Transit Authority·ABN …`), and a sentence there is no field's value. A mail
names its invoice in a sentence with its date and amount (`Votre facture nº F2503-0087712
du 03/03/2025, d'un montant de 29,99 € TTC`). A delivery app's `Item total` is the items'
sum before its fees and coupons, not the amount paid. A subscription prices per period
(`₹149.00/month`); a utility bill states what it costs if paid late, which is not its
amount. A ticket's app dates the journeys first and the purchase last (`Purchased | Fri
28 Feb 2025, 18:03`): the purchase dates the receipt. A booking's code (`PNR`,
`Localizador`) is its reference where nothing else numbers it, and a Spanish webmail's
folders (`Destacados`, `Papelera`) are the app's words, not the sender's name.
"""

import pytest

from tests.test_invoice_latin_american_names import placed
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt

TRIP = (
    [("Monday, 3 March 2025", 20)],
    [("Receipt no.", 20), ("MT-40021877", 600)],
    [("07:42 Train", 20), ("$5.03", 700)],
    [("Total fares", 20), ("$5.03", 700)],
    [("Paid by", 20), ("Visa debit … 3015", 600)],
)


def test_a_footer_issued_by_a_name_run_into_its_ids_names_the_seller():
    invoice = read(
        receipt(
            [("Trip receipt", 20)],
            *TRIP,
            [
                (
                    "Issued by Harbour City Transit Authority·ABN 63 782 904 118·All amounts in AUD.",
                    20,
                )
            ],
        )
    )

    assert invoice.vendor == "Harbour City Transit Authority"


@pytest.mark.parametrize(
    ("fields", "seller"),
    [
        ([[("Marchand", 20), ("Atelier Fauve", 500)]], "Atelier Fauve"),
        (
            [
                [("Merchant", 20), ("Instructions to merchant", 500)],
                [("Brightkettle Goods LLC", 20), ("You haven't entered any instructions.", 500)],
            ],
            "Brightkettle Goods LLC",
        ),
    ],
)
def test_an_apps_merchant_field_without_a_colon_names_the_seller(fields, seller):
    invoice = read(
        receipt(
            [("Activity details", 20)],
            [("PayWire", 20)],
            [("You paid $45.00 USD", 20)],
            *fields,
            [("3 Mar 2025", 20)],
            [("Total", 20), ("$45.00", 600)],
        )
    )

    assert invoice.vendor == seller


def test_a_footers_sentence_under_the_last_field_is_not_its_value():
    invoice = placed(
        ("Ride receipt", 40, 40, 40),
        ("Wed, 12 Mar 2025, 8:14 AM", 40, 120, 40),
        ("Total paid", 40, 200, 40),
        ("S$16.30", 800, 200, 40),
        ("Booking ID", 40, 260, 40),
        ("A-7PKQ3XN2VW", 700, 260, 40),
        (
            "Fares are inclusive of GST where applicable. Zipto Technologies Pte. Ltd. ·UEN",
            40,
            330,
            30,
        ),
        ("201934512K·GST Reg.No.M90371234K", 40, 368, 30),
    )

    assert invoice.invoice_number == "A-7PKQ3XN2VW"


def test_a_mails_sentence_names_its_own_invoice_with_its_date_and_amount():
    invoice = read(
        receipt(
            [("Ondine Télécom <facture@ondine-telecom.fr>", 20), ("lun. 3 mars 2025, 07:30", 800)],
            [
                (
                    "Votre facture nº F2503-0087712 du 03/03/2025, d'un montant de 29,99 € TTC, sera",
                    20,
                )
            ],
            [("prélevée le 13/03/2025 sur votre compte bancaire.", 20)],
            [("Montant TTC", 20), ("29,99 €", 800)],
        )
    )

    assert invoice.invoice_number == "F2503-0087712"


def test_a_delivery_apps_item_total_is_not_what_was_paid():
    invoice = read(
        receipt(
            [("Order #TH-61448203917", 20)],
            [("Punjabi Rasoi, Koramangala", 20)],
            [("Delivered on Mon, 3 Mar 2025, 9:12 PM", 20)],
            [("Paneer Butter Masala x 1", 20), ("₹289.00", 600)],
            [("Butter Naan x 2", 20), ("₹259.00", 600)],
            [("Item total", 20), ("₹548.00", 600)],
            [("Taxes (GST on food)", 20), ("₹27.40", 600)],
            [("Platform fee", 20), ("₹70.00", 600)],
            [("Coupon THALO100", 20), ("-₹100.00", 600)],
            [("Paid via Card", 20), ("₹545.40", 600)],
        )
    )

    assert invoice.total == 545.4


def test_a_subscription_priced_per_month_is_the_total():
    invoice = read(
        receipt(
            [("Order receipt", 20)],
            [("Order date:", 20), ("3 Mar 2025 10:05:41pm", 400)],
            [("StreamKaro Premium", 20), ("₹149.00", 600)],
            [("Tax (included)", 20), ("₹22.73", 600)],
            [("Total:", 20), ("₹149.00/month", 600)],
        )
    )

    assert invoice.total == 149.0


def test_a_utility_bills_amount_is_not_what_it_costs_if_paid_late():
    invoice = read(
        receipt(
            [("Deccan Power Distribution Co. Ltd.", 20)],
            [("Bill number", 20), ("5502214476", 600)],
            [("Bill date", 20), ("24 Feb 2025", 600)],
            [("Due date", 20), ("10 Mar 2025", 600)],
            [("Bill amount", 20), ("₹2,347.00", 600)],
            [("Amount if paid after due date", 20), ("₹2,397.00", 600)],
        )
    )

    assert invoice.total == 2347.0


def test_a_tickets_purchase_dates_it_not_its_journeys():
    invoice = read(
        receipt(
            [("Your journey", 20)],
            [("OUTWARD", 20)],
            [("Mon 10 Mar 2025·09:20 – 11:31", 20)],
            [("RETURN", 20)],
            [("Wed 12 Mar 2025 ·Any permitted off-peak train", 20)],
            [("Total paid", 20), ("£62.55", 600)],
            [("Purchased", 20), ("Fri 28 Feb 2025, 18:03", 400)],
            [("Booking reference", 20), ("RH7Q2K9PX", 400)],
        )
    )

    assert invoice.issue_date == "2025-02-28"


@pytest.mark.parametrize(("label", "code"), [("PNR", "QX4T9B"), ("Localizador", "X7K2PQ")])
def test_a_bookings_code_is_its_reference(label, code):
    invoice = read(
        receipt(
            [("Saffron Air Aviation Pvt. Ltd.", 20)],
            [("Booked on 1 Mar 2025", 20)],
            [(label, 20), (code, 400)],
            [("Total", 20), ("₹7,004.50", 600)],
        )
    )

    assert invoice.invoice_number == code


def test_a_spanish_webmails_folders_are_not_the_senders_name():
    invoice = read(
        receipt(
            [("Recibidos (12)", 20), ("Expenses Q1 - Sheets", 500)],
            [("Mail", 20), ("Search mail", 300)],
            [("Confirmación de compra - Localizador X7K2PQ", 300), ("Inbox", 1200)],
            [
                ("Destacados", 20),
                ("Ferrovía Meseta <billetes@ferroviameseta.es>", 260),
                ("3 mar 2025, 11:49", 1200),
            ],
            [("to me", 300)],
            [("Enviados", 20)],
            [("Borradores", 20)],
            [("Papelera", 20), ("Importe total", 300), ("88,50 €", 900)],
        )
    )

    assert invoice.vendor == "Ferrovía Meseta"
