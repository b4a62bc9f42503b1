"""English-speaking countries' household and practice bills: what the customer is asked
to pay, among a bill's section totals and its instructions.

An energy bill sums each fuel (`Gas total £43.80`) before its `Total charges for this
period`; a label that holds a weaker one (`Total`) is still the strong label, not a
word of a sentence. A statement says `Balance due - please pay this amount`: the words
set apart by the dash instruct, they do not make the label a sentence. A mobile bill's
`Total to pay` outweighs a usage page's `Total out-of-plan usage (ex VAT)`, which is
before tax. A vet's direct insurance claim leaves the client a `Balance payable by
client`, the amount due under the invoice's total. A council tax bill's title names
the year it is for (`COUNCIL TAX BILL 2025/26`): no number of the bill. An account
summary may open with the last bill's balance above this bill's charges; a balance
marked `CR` is a credit, and an account left in credit has nothing due. The payment
that settled the last bill, printed in that summary, does not end the bill's sums: the
new charges' total below it outweighs a section's total on the call list's last page.
"""

import pytest

from bot.invoices.labels import NOT_TOTAL, SUBTOTAL_LABELS
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import TODAY, read
from tests.test_invoice_rules import line, receipt


def test_an_energy_bills_total_charges_outweigh_each_fuels_total():
    invoice = read(
        receipt(
            [("Brightwater Energy Ltd", 20), ("Bill number: BW-7718203", 700)],
            [("Bill date: 7 May 2025", 700)],
            [("Electricity total", 20), ("£83.55", 700)],
            [("Gas total", 20), ("£43.80", 700)],
            [("Electricity + gas (excl. VAT)", 20), ("£127.35", 700)],
            [("VAT at 5% on £127.35", 20), ("£6.37", 700)],
            [("Total charges for this period", 20), ("£133.72", 700)],
        )
    )

    assert invoice.total == 133.72


def test_a_statements_balance_due_with_an_instruction_after_a_dash_is_its_total():
    invoice = read(
        receipt(
            [("MAPLE GROVE DENTAL GROUP", 20)],
            [("STATEMENT DATE 04/09/2025", 20)],
            [("03/14/25", 20), ("Previous balance", 200), ("112.00", 800)],
            [("03/28/25", 20), ("Patient payment - Visa - Thank you", 200), ("(112.00)", 800)],
            [("04/02/25", 20), ("Periodic oral evaluation", 200), ("68.00", 800)],
            [("04/02/25", 20), ("Resin composite - 2 surf", 200), ("465.00", 800)],
            [("04/07/25", 20), ("Dental Ins - payment", 200), ("(256.00)", 800)],
            [("Balance due - please pay this amount", 20), ("277.00", 800)],
        )
    )

    assert invoice.total == 277.0


def test_a_mobile_bills_total_to_pay_outweighs_the_usage_pages_total_before_vat():
    invoice = read(
        receipt(
            [("Fennel Mobile Ltd", 20), ("Invoice no. FM-0925-4471830", 700)],
            [("Invoice date 05/06/2025", 700)],
            [("Airtime plan - Unlimited 30GB", 20), ("£18.33", 700)],
            [("Calls outside your plan", 20), ("£1.38", 700)],
            [("VAT @ 20% on £19.71", 20), ("£3.94", 700)],
            [("Device Plan - payment 9 of 24 (no VAT)", 20), ("£27.50", 700)],
            [("Total to pay", 20), ("£51.15", 700)],
            [("Itemised usage", 20)],
            [("Total out-of-plan usage (ex VAT):", 20), ("£1.38", 700)],
        )
    )

    assert invoice.total == 51.15


def test_a_total_before_vat_is_no_total():
    label = "Total out-of-plan usage (ex VAT): "

    assert NOT_TOTAL.search(label) and SUBTOTAL_LABELS.search(label)
    assert not NOT_TOTAL.search("Ex-works delivery total ")


def test_what_a_direct_insurance_claim_leaves_the_client_is_the_amount_due():
    invoice = read(
        receipt(
            [("Hollybush Veterinary Surgery Ltd", 20), ("Invoice number HB/112204", 700)],
            [("Invoice date 19/09/2025", 700)],
            [("Cruciate ligament repair (TPLO)", 20), ("£2,350.00", 700)],
            [("Consultation", 20), ("£553.40", 700)],
            [("Net total", 20), ("£2,903.40", 700)],
            [("VAT @ 20%", 20), ("£580.68", 700)],
            [("Invoice total", 20), ("£3,484.08", 700)],
            [("Direct insurance claim - Thistle Pet Cover", 20), ("-£3,337.80", 700)],
            [("Balance payable by client", 20), ("£146.28", 700)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (3484.08, 146.28)


def test_the_year_a_council_tax_bill_is_for_is_not_its_number():
    invoice = read(
        receipt(
            [("EASTBROOK DISTRICT COUNCIL", 20)],
            [("COUNCIL TAX BILL 2025/26", 20), ("Demand notice", 700)],
            [("Date of issue", 500), ("10 March 2025", 700)],
            [("Amount payable", 20), ("£1,715.56", 700)],
        )
    )

    assert invoice.invoice_number is None


def test_an_invoice_number_in_a_financial_years_shape_of_other_years_is_kept():
    invoice = read(
        receipt(
            [("SHREE GANESH OFFSET PRINTERS", 20)],
            [("Invoice No", 20), (": 2023/1247", 300)],
            [("Invoice Date", 20), (": 12-Feb-2024", 300)],
            [("Grand Total", 20), ("42,787.00", 700)],
        )
    )

    assert invoice.invoice_number == "2023/1247"


def test_a_statements_number_is_read_under_its_box_set_a_little_to_the_right():
    invoice = read(
        [
            line("MAPLE GROVE DENTAL GROUP", 123, 40),
            line("STATEMENT DATE", 949, 40),
            line("STATEMENT NO.", 1292, 40, height=30),
            line("Dr. Paul Lindqvist DDS", 122, 80),
            line("04/09/2025", 1000, 80),
            line("25-0409-3317", 1540, 80),
            *receipt([("Balance due - please pay this amount", 20), ("277.00", 900)], top=300),
        ]
    )

    assert invoice.invoice_number == "25-0409-3317"


def bill_with_footer(*footer: str):
    lines = receipt(
        [("brightwater", 20), ("Bill date: 7 May 2025", 700)],
        [("ENERGY", 20), ("Bill number: BW-7718203", 700)],
        [("Mr Thomas Ashworth", 20)],
        [("Electricity charges", 20), ("£83.55", 700)],
        [("Total charges for this period", 20), ("£83.55", 700)],
    )
    for number, text in enumerate(footer):
        lines.append(line(text, 20, 1400 + 40 * number, height=18))
    return lines


@pytest.mark.parametrize(
    ("footer", "vendor"),
    [
        (
            "Brightwater Energy Ltd is registered in England & Wales (No. 10984417). Registered"
            " office: 9 Canal Wharf, Leeds LS11 5PS. VAT No. GB 298 4471 62.",
            "Brightwater Energy Ltd",
        ),
        (
            "Pinnacle Wireless, Inc., 4100 Westlake Ave N, Seattle WA 98109. Questions: "
            "1-888-555-0166. pinnaclewireless.com/bill",
            "Pinnacle Wireless, Inc.",
        ),
    ],
)
def test_a_bills_footer_names_the_company_its_logo_shortens(footer, vendor):
    assert read(bill_with_footer(footer)).vendor == vendor


def test_an_account_left_in_credit_has_nothing_due():
    invoice = read(
        receipt(
            [("Shannonside Energy DAC", 20), ("Bill no. 2025 0114 7730", 700)],
            [("Bill date 14 January 2025", 700)],
            [("Balance on your last bill", 20), ("-€96.40 CR", 700)],
            [("Payments received since your last bill", 20), ("€0.00", 700)],
            [("Electricity charges this period (incl. VAT)", 20), ("€214.20", 700)],
            [("Government Electricity Credit", 20), ("-€125.00", 700)],
            [("Balance", 20), ("€7.20 CR", 700)],
            [("Amount due", 20), ("€0.00", 700)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (214.20, 0.0)


def test_a_balance_carried_from_the_last_bill_above_the_charges_makes_the_amount_due():
    invoice = read(
        receipt(
            [("Kauri Fibre Limited", 20), ("Invoice number 30571182", 700)],
            [("Invoice date 3 March 2025", 700)],
            [("Balance from your last bill", 20), ("$45.00", 700)],
            [("Payments received - thank you", 20), ("$20.00", 700)],
            [("Total charges this month (incl. GST)", 20), ("$89.99", 700)],
            [("Total amount due", 20), ("$114.99", 700)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (89.99, 114.99)
    assert "amount_due" not in needs_review(invoice, checks(invoice, TODAY))


ALBION_SUMMARY = [
    [("Albion Connect", 20), ("Invoice no. ACB1125-0773819", 700)],
    [("Bill date / tax point 12 November 2025", 20)],
    [("Previous balance", 400), ("£482.30", 700)],
    [("Direct Debit received 24 Oct, thank you", 400), ("-£482.30", 700)],
    [("Balance brought forward", 400), ("£0.00", 700)],
    [("New charges this period", 400)],
    [("Line & broadband rental", 400), ("241.00", 700)],
    [("Mobile (6 connections)", 400), ("94.80", 700)],
    [("Calls (itemised)", 400), ("1.71", 700)],
    [("VAT", 400), ("67.50", 700)],
    [("Total new charges", 400), ("£405.01", 700)],
]


def test_a_sections_total_that_is_a_charge_of_the_bills_total_is_no_rival():
    calls = [
        [(f"0{day}/10/25 10:0{day}", 20), ("Local/National", 400), ("0.19", 700)]
        for day in range(1, 10)
    ]
    invoice = read(
        receipt(
            *ALBION_SUMMARY,
            [("Itemised calls – 01132 498 771", 20)],
            *calls,
            [("Calls (itemised) total", 400), ("1.71", 700)],
        )
    )

    assert invoice.total == 405.01


def test_the_last_bills_settling_payment_does_not_end_the_sums_of_this_bill():
    invoice = read(
        receipt(
            *ALBION_SUMMARY,
            [("Charges in detail", 20)],
            [("Line & broadband rental", 400), ("241.00", 700)],
            [("Business Fibre 900 (FTTP)", 400), ("241.00", 700)],
            [("Mobile (6 connections)", 400), ("94.80", 700)],
            [("SIM-only 50GB x 6 @ £15.80", 400), ("94.80", 700)],
            [("VAT @ 20% on £337.51", 400), ("67.50", 700)],
            [("Total new charges", 400), ("£405.01", 700)],
        )
    )

    assert invoice.total == 405.01
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_what_the_bill_costs_if_paid_after_its_due_date_is_not_due():
    invoice = read(
        receipt(
            [("Cascade Ridge Power & Light Company", 20)],
            [("Statement Date", 400), ("03/14/2025", 700)],
            [("Total Amount Due", 400), ("$177.83", 700)],
            [("Previous Balance", 400), ("$148.27", 700)],
            [("Payment Received 02/26/2025 - Thank You", 400), ("-$148.27", 700)],
            [("Balance Forward", 400), ("$0.00", 700)],
            [("Basic Charge", 400), ("$11.00", 700)],
            [("Energy Charge 1,046 kWh", 400), ("$107.83", 700)],
            [("Delivery Charge 1,046 kWh @ $0.04530", 400), ("$47.38", 700)],
            [("Public Purpose Charge (3%)", 400), ("$11.62", 700)],
            [("Total Current Charges", 400), ("$177.83", 700)],
            [("Please detach and return this portion with your payment.", 20)],
            [("Service Address: 2217 NW Hemlock Ridge Dr", 20), ("Total Amount Due", 400), ("$177.83", 700)],
            [("Amount Due After 04/04/2025", 400), ("$180.50", 700)],
            [("After Due Date Pay", 400), ("$180.50", 700)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (177.83, None)
