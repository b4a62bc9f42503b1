"""Business invoices as Asia-Pacific accounting software prints them.

Malaysia's SQL Account sets the company's new registration number and the old one in
brackets after its name (`Cahaya Logistik (M) Sdn. Bhd. (201401041187 (1118840-W))`);
QuickBooks heads the parties' blocks and the invoice's number on one line (`BILL TO |
SHIP TO | INVOICE | 2087`); a sole trader's invoice asks for the remittance by e-mail.
"""

from bot.invoices.parties import clean_name
from tests.test_invoice_parties import page, read


def test_a_malaysian_companys_new_and_old_registration_numbers_are_no_part_of_its_name():
    assert clean_name("Cahaya Logistik (M) Sdn. Bhd. (201401041187 (1118840-W))") == (
        "Cahaya Logistik (M) Sdn. Bhd."
    )
    assert clean_name("XIN YUAN VEGETARIAN FOOD ENTERPRISE (202003123456 / 003112345-W)") == (
        "XIN YUAN VEGETARIAN FOOD ENTERPRISE"
    )


QUICKBOOKS = (
    ("Kallang Aircon Engineering Pte. Ltd.", 100, 100),
    ("Blk 3012 Bedok Industrial Park E", 100, 140),
    ("Singapore 489977", 100, 180),
    ("GST Reg. No.: 199804127W", 100, 220),
    ("TAX INVOICE", 100, 300),
    ("BILL TO", 100, 360),
    ("SHIP TO", 500, 360),
    ("INVOICE", 900, 360),
    ("2087", 1100, 360),
    ("Tanjong Pagar Dental Surgery Pte. Ltd.", 100, 400),
    ("DATE", 900, 400),
    ("07/08/2024", 1100, 400),
    ("TOTAL", 900, 700),
    ("SGD 1,825.75", 1100, 700),
)


def test_the_number_beside_invoice_on_the_line_of_the_parties_headings_is_the_invoices():
    assert read(page(*QUICKBOOKS)).invoice_number == "2087"


def test_a_sole_traders_remittance_address_is_no_vendor_and_an_eft_names_the_payee():
    invoice = read(
        page(
            ("Tallowood Bookkeeping", 100, 100),
            ("Suite 3, 41 Victoria Street", 100, 140),
            ("Mackay QLD 4740", 100, 180),
            ("hello@tallowoodbooks.com.au", 100, 220),
            ("ABN 18 981 245 603", 100, 260),
            ("TAX INVOICE", 100, 340),
            ("BILL TO", 100, 400),
            ("INVOICE", 900, 400),
            ("1188", 1100, 400),
            ("Pioneer Valley Cane Haulage Pty Ltd", 100, 440),
            ("DATE", 900, 440),
            ("29/02/2024", 1100, 440),
            ("TOTAL", 900, 700),
            ("$1,716.00", 1100, 700),
            ("Payment by EFT to Tallowood Bookkeeping, BSB 064-707, Account 1039 2281.", 100, 780),
            ("Thank you - please email remittance to hello@tallowoodbooks.com.au", 100, 820),
        )
    )

    assert invoice.vendor == "Tallowood Bookkeeping"
