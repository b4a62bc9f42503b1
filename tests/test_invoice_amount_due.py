"""What is left to pay: the total less the prepayments, deposits and retentions printed
under it, or with an earlier balance added, when an amount under a due label is exactly
that; never an early-payment offer or a till's change. An amount under a due label that
no such sum makes is given all the same, for a person to check.

Layouts here are made up in the shapes invoices print (OCR-shaped rows, as in
test_invoice_rules.py); none is copied from the benchmark's documents.
"""

import datetime as dt

import pytest

from bot.invoices.layout import rows
from bot.invoices.rules import extract
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_pdf_text import digital_pdf, run
from tests.test_invoice_rules import receipt

TODAY = dt.date(2026, 12, 4)


def read(*printed):
    return extract(rows(receipt(*printed)), today=TODAY)


def test_two_progress_invoices_taken_off_a_final_invoice_leave_the_amount_due():
    invoice = read(
        [("Elektro Hansen GmbH", 100)],
        [("Schlussrechnung Nr. SR-77 vom 28.06.2024", 20)],
        [("Gesamtbetrag brutto", 20), ("54.987,64 €", 500)],
        [("abzgl. 1. Abschlagsrechnung AR-2024-0017", 20), ("-11.900,00 €", 500)],
        [("abzgl. 2. Abschlagsrechnung AR-2024-0029", 20), ("-17.850,00 €", 500)],
        [("Zahlbetrag (Restforderung)", 20), ("25.237,64 €", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (54987.64, 25237.64)


@pytest.mark.parametrize(
    ("deduction", "label"),
    [
        (("Retenue de garantie 5 %", "-993,20 €"), "Net à payer"),
        (("abzgl. 5 % Sicherheitseinbehalt", "-993,20 €"), "Auszahlungsbetrag"),
        (("Acompte versé le 01/03/2024", "993,20 €"), "Reste à payer"),
        (("Paid amount:", "993.20"), "Amount due for payment:"),
        (("Less deposit paid 20/02/2026", "-$993.20"), "BALANCE DUE"),
        (("Estimated insurance payment", "-$993.20"), "Patient portion due"),
    ],
)
def test_one_amount_taken_off_the_total_leaves_the_amount_due(deduction, label):
    invoice = read(
        [("Menuiserie Aubert SARL", 100)],
        [("Facture 2024-118 du 07/03/2024", 20)],
        [("Total TTC", 20), ("19 864,02 €", 500)],
        [(deduction[0], 20), (deduction[1], 500)],
        [(label, 20), ("18 870,82 €", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (19864.02, 18870.82)


def test_a_bill_paid_in_full_owes_nothing():
    invoice = read(
        [("Porchside Domains, Inc.", 100)],
        [("Invoice date: 2026-01-17", 20)],
        [("Total", 20), ("$147.05", 500)],
        [("Paid via PayPal on", 20), ("-$147.05", 500)],
        [("2026-01-17", 20)],
        [("Balance", 20), ("$0.00", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (147.05, 0.0)


def test_a_folio_whose_credits_match_its_charges_owes_nothing():
    invoice = read(
        [("Kingsbridge Hotels (London) Limited", 100)],
        [("Folio 418822", 20), ("Departure 12/03/2026", 500)],
        [("Room charge", 20), ("£620.00", 500)],
        [("VAT 20% included", 20), ("£103.33", 500)],
        [("Breakfast", 20), ("£92.70", 500)],
        [("Visa ****4417", 20), ("-£712.70", 500)],
        [("Total charges", 20), ("£712.70", 500)],
        [("Total credits", 20), ("£712.70", 500)],
        [("Balance", 20), ("£0.00", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (712.70, 0.0)


def test_the_tax_in_the_total_and_a_rounding_between_are_no_payment():
    invoice = read(
        [("Inkwell Print Company Limited", 100)],
        [("Invoice Date 4/03/2026", 20)],
        [("Total (GST inclusive)", 20), ("$1,094.90", 500)],
        [("Total includes GST of", 20), ("$142.81", 500)],
        [("Less deposit paid", 20), ("-$500.00", 500)],
        [("Rounding", 20), ("0.00", 500)],
        [("BALANCE DUE NZD", 20), ("$594.90", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (1094.90, 594.90)


def test_a_balance_carried_over_is_added_to_what_is_due():
    invoice = read(
        [("Riverside Water Ltd", 100)],
        [("Bill date 12 March 2026", 20)],
        [("Total charges this bill", 20), ("£1,259.59", 500)],
        [("Balance brought forward", 20), ("£186.12", 500)],
        [("Total to pay", 20), ("£1,445.71", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (1259.59, 1445.71)


def test_open_bills_are_added_and_a_rounding_counts_with_its_sign():
    insurer = read(
        [("Versicherung Muster AG", 100)],
        [("Beitragsrechnung vom 02.03.2024", 20)],
        [("Bruttosumme", 20), ("220,00", 500)],
        [("Offene Zahlungen", 20), ("220,00", 500)],
        [("Zahlbetrag", 20), ("440,00", 500)],
    )
    assert (insurer.total, insurer.amount_due) == (220.00, 440.00)
    prepaid = read(
        [("Lakeside Supplies Ltd", 100)],
        [("Invoice date 12/02/2024", 20)],
        [("Gross Total Amount", 20), ("€144.59", 500)],
        [("Rounding Amount", 20), ("€0.01", 500)],
        [("Prepaid Amount", 20), ("€10.00", 500)],
        [("Open Amount", 20), ("€134.60", 500)],
    )
    assert (prepaid.total, prepaid.amount_due) == (144.59, 134.60)
    settled = read(
        [("Kleinbetrieb Sonne", 100)],
        [("Rechnungsdatum 01.02.2024", 20)],
        [("Gesamtbetrag Brutto", 20), ("14,90 €", 500)],
        [("Vorausbezahlter Betrag", 20), ("14,90 €", 500)],
        [("Offener Betrag", 20), ("0,00 €", 500)],
    )
    assert (settled.total, settled.amount_due) == (14.90, 0.0)


@pytest.mark.parametrize(
    "between",
    [
        # An offer for paying early is what is due if, not what is due.
        [("Bei Zahlung bis 20.03.2024 abzgl. 2 % Skonto", 20), ("-20,00 €", 500)],
        # A line that is no payment breaks the chain: the sum is not vouched for.
        [("Versandkosten", 20), ("20,00 €", 500)],
    ],
)
def test_without_a_payment_between_them_no_amount_due_is_vouched_for(between):
    invoice = read(
        [("Bürohaus Brenner GmbH", 100)],
        [("Rechnung Nr. 4711 vom 06.03.2024", 20)],
        [("Gesamtbetrag", 20), ("1.000,00 €", 500)],
        between,
        [("Zahlbetrag", 20), ("980,00 €", 500)],
    )
    assert invoice.total == 1000.00
    if invoice.amount_due is not None:
        assert "amount_due" in needs_review(invoice, checks(invoice, TODAY))


def test_a_due_amount_no_printed_payment_explains_is_given_for_a_person_to_check():
    invoice = read(
        [("Tischlerei Vogt GmbH", 100)],
        [("Schlussrechnung Nr. 2024-118 vom 12.04.2024", 20)],
        [("Nettobetrag", 20), ("2.000,00 €", 500)],
        [("USt. 19 %", 20), ("380,00 €", 500)],
        [("Gesamtbetrag", 20), ("2.380,00 €", 500)],
        [("Zahlbetrag", 20), ("1.190,00 €", 500)],
    )
    flagged = needs_review(invoice, checks(invoice, TODAY))
    assert (invoice.total, invoice.amount_due) == (2380.00, 1190.00)
    assert "amount_due" in flagged and "total" not in flagged
    explained = read(
        [("Tischlerei Vogt GmbH", 100)],
        [("Schlussrechnung Nr. 2024-118 vom 12.04.2024", 20)],
        [("Nettobetrag", 20), ("2.000,00 €", 500)],
        [("USt. 19 %", 20), ("380,00 €", 500)],
        [("Gesamtbetrag", 20), ("2.380,00 €", 500)],
        [("abzüglich Abschlagszahlung vom 01.03.2024", 20), ("1.190,00 €", 500)],
        [("Zahlbetrag", 20), ("1.190,00 €", 500)],
    )
    assert explained.amount_due == 1190.00
    assert "amount_due" not in needs_review(explained, checks(explained, TODAY))


@pytest.mark.parametrize("due", ["0.00", "12.00"])
def test_a_tills_change_and_a_total_printed_again_are_no_amount_due(due):
    invoice = read(
        [("KEDAI RUNCIT MAJU", 100)],
        [("Date: 13/03/2018", 20)],
        [("Total Incl. of GST", 20), ("12.00", 500)],
        [("Payment:", 20), ("12.00", 500)],
        [("Change Due:", 20), ("0.00", 500)],
    )
    assert invoice.total == 12.00 and invoice.amount_due is None
    again = read(
        [("Tidepool Analytics, Inc.", 100)],
        [("Invoice date: March 1, 2026", 20)],
        [("Total", 20), ("$12.00", 500)],
        [("Amount due", 20), (f"${due}", 500)],
    )
    assert again.total == 12.00 and again.amount_due is None


def test_the_reply_and_the_json_give_the_amount_due_beside_the_total(tmp_path, db):
    lines = [
        ("Nordlicht Bürobedarf GmbH", 72, 780),
        ("Invoice No. RE-2024-0815", 72, 700),
        ("Date: 2024-03-14", 72, 680),
        ("Paper A4, 5 boxes", 72, 600),
        ("1,000.00", 450, 600),
        ("Total", 72, 560),
        ("1,190.00 EUR", 450, 560),
        ("Deposit received", 72, 540),
        ("-400.00 EUR", 450, 540),
        ("Amount due", 72, 520),
        ("790.00 EUR", 450, 520),
    ]
    result = run(digital_pdf(tmp_path / "invoice.pdf", lines), tmp_path, db)
    assert (result.data["total"], result.data["amount_due"]) == (1190.00, 790.00)
    assert "• Amount due: 790.00" in result.text.splitlines()


def test_the_reply_asks_a_person_to_check_an_amount_due_nothing_printed_explains(tmp_path, db):
    lines = [
        ("Nordlicht Bürobedarf GmbH", 72, 780),
        ("Invoice No. RE-2024-0816", 72, 700),
        ("Date: 2024-03-14", 72, 680),
        ("Paper A4, 5 boxes", 72, 620),
        ("1,000.00", 450, 620),
        ("Subtotal", 72, 600),
        ("1,000.00", 450, 600),
        ("VAT 19%", 72, 580),
        ("190.00", 450, 580),
        ("Total", 72, 560),
        ("1,190.00 EUR", 450, 560),
        ("Amount due", 72, 520),
        ("790.00 EUR", 450, 520),
    ]
    result = run(digital_pdf(tmp_path / "invoice.pdf", lines), tmp_path, db)
    assert (result.data["total"], result.data["amount_due"]) == (1190.00, 790.00)
    assert result.data["needs_review"] == ["amount_due"]
    assert "• Amount due: 790.00 ⚠️" in result.text.splitlines()
    assert "Please check: amount due." in result.text.splitlines()[0]


def test_a_gift_card_taken_off_a_receipt_leaves_its_total_whole_and_sure():
    invoice = read(
        [("CRESTVIEW PHARMACY", 100)],
        [("SUBTOTAL", 20), ("47.94", 500)],
        [("TAX 8.81%", 20), ("4.04", 500)],
        [("TOTAL", 20), ("51.98", 500)],
        [("GIFT CARD", 20), ("************8812", 250), ("-45.00", 500)],
        [("GIFT CARD BAL REMAINING", 20), ("12.83", 500)],
        [("BALANCE DUE", 20), ("6.98", 500)],
        [("VISA", 20), ("************7940", 250), ("6.98", 500)],
        [("CHANGE", 20), ("0.00", 500)],
        [("11/01/2025 03:37 PM", 20)],
    )
    assert (invoice.total, invoice.amount_due) == (51.98, 6.98)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    ("taken", "label", "due"),
    [
        (("Zahlung Mastercard **** 4471, 12.03.2025", "-451,20"), "Offener Saldo", "0,00 EUR"),
        (("Less: TDS @ 10% u/s 194J (deducted by buyer)", "-45,12"), "Net Receivable", "406,08"),
    ],
)
def test_a_balance_left_or_a_net_receivable_is_the_amount_due(taken, label, due):
    invoice = read(
        [("Stadtpark Hotelbetriebs GmbH", 100)],
        [("Rechnungsdatum 12.03.2025", 20)],
        [("Gesamtbetrag", 20), ("451,20 EUR", 500)],
        [(taken[0], 20), (taken[1], 500)],
        [(label, 20), (due, 500)],
    )
    assert invoice.total == 451.20
    assert invoice.amount_due == float(due.split()[0].replace(",", "."))


@pytest.mark.parametrize(
    "balances",
    [
        # A balance forward summing the lines above it is enough.
        [("Previous balance", "3,412.50"), ("Payment received Feb 20 - thank you", "-3,412.50"),
         ("Credit memo CM-1182", "-150.00"), ("Balance forward", "-150.00")],
        [("Previous balance", "3,412.50"), ("Payment received - thank you", "3,412.50"),
         ("Credit memo CM-1182", "-150.00")],
    ],
)
def test_a_statements_account_summary_over_the_invoice_gives_its_amount_due(balances):
    invoice = read(
        [("Harbour Janitorial Services Ltd.", 100)],
        [("Invoice No. HJ-2025-0342", 20), ("March 15, 2025", 500)],
        [("ACCOUNT SUMMARY", 300)],
        *[[(label, 300), (amount, 600)] for label, amount in balances],
        [("This invoice (HJ-2025-0342)", 300), ("7,156.80", 600)],
        [("TOTAL AMOUNT DUE", 300), ("$7,006.80", 600)],
        [("Description", 20), ("Amount", 600)],
        [("Nightly janitorial (20 visits)", 20), ("6,390.00", 600)],
        [("Subtotal", 20), ("6,390.00", 600)],
        [("GST 5%", 20), ("319.50", 600)],
        [("PST 7%", 20), ("447.30", 600)],
        [("Invoice total", 20), ("7,156.80", 600)],
    )
    assert (invoice.total, invoice.amount_due) == (7156.80, 7006.80)


def test_an_account_summary_with_an_unexplained_amount_claims_no_amount_due():
    invoice = read(
        [("Harbour Janitorial Services Ltd.", 100)],
        [("Invoice No. HJ-2025-0342", 20), ("March 15, 2025", 500)],
        [("Late fee", 300), ("150.00", 600)],
        [("This invoice (HJ-2025-0342)", 300), ("7,156.80", 600)],
        [("TOTAL AMOUNT DUE", 300), ("$7,306.80", 600)],
        [("Subtotal", 20), ("6,390.00", 600)],
        [("GST 5%", 20), ("319.50", 600)],
        [("PST 7%", 20), ("447.30", 600)],
        [("Invoice total", 20), ("7,156.80", 600)],
    )
    assert (invoice.total, invoice.amount_due) == (7156.80, None)


def test_a_czech_advance_paid_before_leaves_the_invoice_total_and_its_amount_due():
    invoice = read(
        [("Kovovýroba Dvořák a syn s.r.o.", 100)],
        [("Datum vystavení: 14.06.2024", 20)],
        [("Zábradlí schodišťové ocelové", 20), ("182 055,00", 500)],
        [("DPH 21 %", 20), ("38 231,55", 500)],
        [("Celkem za doklad:", 20), ("220 286,55 Kč", 500)],
        [("Uhrazeno zálohou:", 20), ("-60 000,00 Kč", 500)],
        [("Celkem k úhradě:", 20), ("160 286,55 Kč", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (220286.55, 160286.55)


def test_the_total_above_a_smaller_unexplained_amount_due_stays_the_invoices_total():
    invoice = read(
        [("Nordlicht Bürobedarf GmbH", 100)],
        [("Invoice No. RE-2024-0817", 20)],
        [("Date: 2024-03-14", 20)],
        [("Paper A4, 5 boxes", 20), ("1,000.00", 500)],
        [("VAT 19%", 20), ("190.00", 500)],
        [("Total", 20), ("1,190.00 EUR", 500)],
        [("Amount due", 20), ("790.00 EUR", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (1190.00, 790.00)
    assert {"total", "amount_due"} <= set(needs_review(invoice, checks(invoice, TODAY)))


def test_a_draw_paid_on_its_own_line_leaves_the_balance_due_printed_twice_not_the_total():
    invoice = read(
        [("Birchwood Builds Inc.", 100)],
        [("Invoice # BB-2207", 20), ("Invoice Date 2024-11-04", 400)],
        [("Balance Due (CAD)", 20), ("$9,305.00", 500)],
        [("Kitchen cabinets supplied and installed", 20), ("$18,500.00", 500)],
        [("Subtotal", 300), ("$18,500.00", 500)],
        [("Discount", 300), ("-$500.00", 500)],
        [("HST 13%", 300), ("$2,340.00", 500)],
        [("Total", 300), ("$20,340.00", 500)],
        [("Payment – draw 1 (Oct 2)", 20), ("-$11,035.00", 500)],
        [("Balance Due (CAD)", 300), ("$9,305.00", 500)],
    )
    assert (invoice.total, invoice.amount_due) == (20340.0, 9305.0)
