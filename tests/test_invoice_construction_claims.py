"""Construction invoices and payment claims: the gross a claim or a reverse-charged
invoice is for, and what the deductions under it leave due.

A UK subcontractor under the domestic reverse charge prints `Invoice Total (excl. reverse
charge VAT)`: that is the invoice's whole amount, the VAT being the customer's to account
for; the CIS deduction under it leaves the `AMOUNT PAYABLE`. An Australian payment claim
states its `Claimed amount incl. GST`; the retention under it leaves the amount due for
payment. A New Zealand merchant's `$` is the New Zealand dollar beside its GST number in
groups (`GST Reg No: 94-318-276`).
"""

from bot.invoices.amounts import guess_currency
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


def test_a_reverse_charged_invoices_total_is_before_the_cis_deduction():
    invoice = read(
        receipt(
            [("Redbrook Groundworks Limited", 20), ("Invoice No. RGW-2317", 700)],
            [("Invoice Date 28/02/2025", 700)],
            [("Labour", 20), ("3,840.00", 900)],
            [("Materials", 20), ("1,125.60", 900)],
            [("Net Amount", 20), ("4,965.60", 900)],
            [
                ("information only and must not be paid to Redbrook", 20),
                ("VAT @ 20% - reverse charge", 400),
                ("993.12", 900),
            ],
            [
                ("Groundworks Limited.", 20),
                ("Invoice Total (excl. reverse charge VAT)", 400),
                ("4,965.60", 900),
            ],
            [("Less CIS deduction @ 20% of labour", 20), ("(768.00)", 900)],
            [("AMOUNT PAYABLE", 20), ("£4,197.60", 900)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (4965.6, 4197.6)


def test_a_payment_claims_amount_with_gst_is_its_total_and_retention_leaves_the_due():
    invoice = read(
        receipt(
            [("IRONBARK CARPENTRY PTY LTD", 20)],
            [("ABN 21 604 883 152", 20), ("Date of claim: 31 October 2024", 700)],
            [("Total", 20), ("62,000.00", 500), ("35,000.00", 700), ("14,800.00", 900)],
            [("Amount of this claim (excl. GST)", 20), ("$14,800.00", 900)],
            [("GST 10%", 20), ("$1,480.00", 900)],
            [("Claimed amount incl. GST", 20), ("$16,280.00", 900)],
            [("Less retention 5% (excl. GST)", 20), ("-$740.00", 900)],
            [("Amount due for payment", 20), ("$15,540.00", 900)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (16280.0, 15540.0)


def test_a_new_zealand_merchants_dollar_is_told_by_its_gst_number():
    text = "Matai Timber & Hardware Limited\nGST Reg No: 94-318-276\nTOTAL INCL GST $4,579.19"

    assert guess_currency(text)[0] == "NZD"
