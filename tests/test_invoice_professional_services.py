"""Invoices of law firms, accountants and other professional firms.

A solicitor's fee note numbers itself `Fee Note No:` under the firm's reference (`Our
ref:`), which is the matter's, not the invoice's. A US law firm applies the client's
money held in trust to its invoice: the trust account's `Trust balance forward` is the
client's money, not a balance owed, and the invoice's total stays its total, what is
left the amount due. A Singapore law corporation's footer says what kind of body it is
(`… LLC (UEN …) is a law corporation incorporated with limited liability`): the name is
what comes before.
"""

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import TODAY, read
from tests.test_invoice_rules import receipt


def test_a_fee_notes_number_is_not_the_firms_reference_above_it():
    invoice = read(
        receipt(
            [("Harcourt Lyle Fenwick LLP", 20), ("14 Bridge Street", 900)],
            [("Mr T. and Mrs K. Brennan", 20), ("Our ref:", 600), ("SAF/JT/BRE0417-0002", 900)],
            [("27 Larch Close", 20), ("Your ref:", 600), ("—", 900)],
            [("Upton", 20), ("Date:", 600), ("3rd March 2025", 900)],
            [("Chester", 20), ("Fee Note No:", 600), ("24817", 900)],
            [("Our professional charges", 20), ("1,685.00", 900)],
            [("VAT at 20%", 20), ("337.00", 900)],
            [("Total due", 20), ("£2,022.00", 900)],
        )
    )

    assert invoice.invoice_number == "24817"


def law_firm_invoice(*account: list[tuple[str, float]]):
    return read(
        receipt(
            [("HALVORSEN & REYES, P.C.", 20)],
            [("Invoice No. 10482", 20), ("March 5, 2025", 900)],
            [("Total Professional Services", 20), ("4,171.00", 900)],
            [("Total Expenses", 20), ("944.05", 900)],
            [("TOTAL THIS INVOICE", 20), ("$5,115.05", 900)],
            [("ACCOUNT SUMMARY", 20)],
            [("Previous Balance", 20), ("0.00", 900)],
            [("Total This Invoice", 20), ("5,115.05", 900)],
            [("Less: Applied from Trust", 20), ("(5,000.00)", 900)],
            [("AMOUNT DUE", 20), ("$115.05", 900)],
            *account,
        )
    )


def test_money_applied_from_trust_leaves_the_invoices_total_and_makes_the_amount_due():
    invoice = law_firm_invoice(
        [("TRUST ACCOUNT", 20)],
        [("Trust balance forward", 20), ("5,000.00", 900)],
        [("Applied to Invoice 10482", 20), ("(5,000.00)", 900)],
        [("Remaining trust balance", 20), ("0.00", 900)],
    )

    assert (invoice.total, invoice.amount_due) == (5115.05, 115.05)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_law_corporations_footer_saying_what_body_it_is_names_the_firm():
    filler = [[(f"Attendance on client re matter {n}", 20), ("400.00", 900)] for n in range(12)]
    invoice = read(
        receipt(
            [("TAN QUEK & PARTNERS LLC", 20)],
            [("Tax Invoice No.: TQP/INV/25/00318", 20), ("22 April 2025", 900)],
            *filler,
            [("GST 9%", 20), ("432.00", 900)],
            [("Total", 20), ("S$5,232.00", 900)],
            [
                (
                    "Tan Quek & Partners LLC (UEN 201712345K) is a law corporation incorporated"
                    " with limited liability in Singapore.",
                    20,
                )
            ],
        )
    )

    assert invoice.vendor.upper() == "TAN QUEK & PARTNERS LLC"
    assert "vendor" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_sole_trader_paid_in_their_own_name_under_the_business_heading_the_page():
    invoice = read(
        receipt(
            [("Fitzgerald Groundworks", 40)],
            [("Prop. Seán Fitzgerald", 40)],
            [("Ballyteague, Robertstown, Co. Kildare W91 D7H2", 40)],
            [("VAT No. IE 4180263LA", 40)],
            [("INVOICE", 40)],
            [("To:", 40), ("Invoice No:", 600), ("112", 900)],
            [("Liffey Homes Ltd", 40), ("Date:", 600), ("18th March 2025", 900)],
            [("Site clearance & excavation", 40), ("1,950.00", 900)],
            [("Invoice Total", 600), ("€1,950.00", 900)],
            [("Bank transfer to: S. Fitzgerald IBAN IE82 BOFI 9037 4421 8806 15", 40)],
        )
    )

    assert invoice.vendor == "Fitzgerald Groundworks"


def test_the_heading_that_adds_the_trade_to_the_account_holders_name_is_the_vendor():
    invoice = read(
        receipt(
            [("J & E PRITCHARD AGRICULTURAL CONTRACTORS", 40), ("INVOICE", 900)],
            [
                ("Lower Wern Farm, Kingsland, Leominster HR6 9SD", 40),
                ("INVOICE NO", 700),
                ("2024/087", 900),
            ],
            [("DATE", 700), ("15-Jul-24", 900)],
            [("VAT Reg No. 163 8824 90", 40)],
            [("INVOICE TO", 40)],
            [("Mr G. Harding", 40)],
            [("Silage baling", 40), ("5,718.00", 900)],
            [("TOTAL", 700), ("£6,861.60", 900)],
            [("Terms: 30 days. Please make cheques payable to J & E Pritchard.", 40)],
            [("Or BACS: HSBC Sort Code 40-28-11 Account No 82014563", 40)],
        )
    )

    assert invoice.vendor == "J & E PRITCHARD AGRICULTURAL CONTRACTORS"
