"""The same till receipt as scanners and OCR passes vary it.

A faded or grainy copy loses a space (`Company RegNo.(002231061-T)`, `PTELTD`), reads a
letter as a mark (`MR. D.I.'. (M) SDN BHD`) or an eight as a three (`17-06-13` for
`17-06-18`); a misread sign turns up in an address (`1€ Tampines Central 1`). The
reading should not change with the copy, or, where it must, say so.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.parties import clean_name, may_name
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


@pytest.mark.parametrize("label", ["Company Reg No.", "Company RegNo.", "Co. RegNo: 860671-D"])
def test_a_registration_label_that_lost_its_space_names_no_one(label):
    assert not may_name(label)


def test_a_name_with_a_letter_read_as_a_mark_between_points_is_flagged():
    invoice = read(
        receipt(
            [("MR. D.I.'. (M) SDN BHD", 60)],
            [("Co-REG:860671-D", 100)],
            [("LOT 1851-A & 1851-B, JALAN KPB 6,", 20)],
            [("-TAX INVOICE-", 120)],
            [("TOTAL INCL. GST", 20), ("RM 8.10", 400)],
            [("CASH", 20), ("RM 50.00", 400)],
            [("CHANGE", 20), ("RM 41.90", 400)],
            [("17-06-18 12:56 SH01 ZJ42", 20)],
        )
    )
    assert "vendor" in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(("printed", "flagged"), [("17-06-13", True), ("17-06-18", False)])
def test_a_malaysian_slip_that_prints_gst_is_dated_in_the_gst_years(printed, flagged):
    invoice = read(
        receipt(
            [("MR. D.I.Y. (M) SDN BHD", 60)],
            [("(GST ID No :000306020352)", 40)],
            [("-TAX INVOICE-", 120)],
            [("TOTAL INCL. GST", 20), ("RM 8.10", 400)],
            [("CASH", 20), ("RM 50.00", 400)],
            [("CHANGE", 20), ("RM 41.90", 400)],
            [("GST Summary", 20), ("Amt(RM)", 250), ("Tax(RM)", 400)],
            [("GST SR 0%", 20), ("8.10", 250), ("0.00", 400)],
            [(f"{printed} 12:56 SH01 ZJ42", 20)],
        )
    )
    assert ("issue_date" in needs_review(invoice, checks(invoice))) is flagged


def test_a_euro_sign_misread_in_an_address_does_not_outweigh_the_countrys_own_words():
    text = "\n".join(
        [
            "QUIKMART (S) PTE LTD",
            "1€ Tampines Central 1 #01·09 S(529536)",
            "TOTAL 12.15",
            "PayNow 12.15",
        ]
    )
    assert guess_currency(text) == ("SGD", 0.4)


@pytest.mark.parametrize(
    "text",
    [
        "Indemnité forfaitaire de recouvrement : 40 €.\nTotal TTC 120,00",
        "Menuiserie Roux SARL au capital de 150 000 €\nTotal TTC 1 200,00",
        "Montant TTC 42,00 €",
    ],
)
def test_a_euro_page_stays_in_euros(text):
    assert guess_currency(text)[0] == "EUR"
    assert guess_currency(text)[1] >= 0.7


def test_a_company_forms_words_run_together_are_parted():
    assert clean_name("KIAN HUAT HARDWARE PTELTD") == "KIAN HUAT HARDWARE PTE LTD"
    assert clean_name("SENG HUAT SDNBHD") == "SENG HUAT SDN BHD"
