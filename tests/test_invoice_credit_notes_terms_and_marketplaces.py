"""Credit notes, payment terms, marketplaces, and European tills' numbers and clerks.

Sage prints a credit note's amounts positive under `Credit Total`, which is its total,
no payment by credit. `Net 30` between an issue date and a due date that read either
way round settles which way: only one order puts them thirty days apart. A marketplace
that issues the invoice `as agent for the seller` is not the seller, and a seller's
block with its trading name over its company's (`Coastal Kiln Ceramics` / `Kiln & Coast
Pty Ltd`) names the company. A Finnish till's `Myyjä: Mikko` and a Pakistani one's
`Sold By: Adeel` are its clerks; Belgian, Polish and German tills number their receipts
`Ticket 31/0877`, `Paragon nr 00412`, `RECHNUNG № 22-10573` (the `№` read as `N`).
"""

import pytest

from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import receipt


def test_a_credit_notes_credit_total_is_its_total():
    invoice = read(
        page(
            ("Fenwick & Daughters Joinery Ltd", 100, 60),
            ("CREDIT NOTE", 900, 60),
            ("Credit Note No.", 900, 120),
            ("00417", 1200, 120),
            ("Tax Date", 900, 170),
            ("06/11/2026", 1200, 170),
            ("Oak internal door, 4-panel", 100, 400),
            ("370.00", 1000, 400),
            ("74.00", 1250, 400),
            ("Total Net Amount", 800, 600),
            ("£370.00", 1250, 600),
            ("Total VAT Amount", 800, 650),
            ("£74.00", 1250, 650),
            ("Carriage", 800, 700),
            ("£0.00", 1250, 700),
            ("Credit Total", 800, 750),
            ("£444.00", 1250, 750),
        )
    )

    assert (invoice.total, invoice.subtotal, invoice.tax) == (444.00, 370.00, 74.00)


@pytest.mark.parametrize(("terms", "issued"), [("Net 30", "2026-11-02"), ("Net 1", "2026-02-11")])
def test_the_payment_terms_tell_which_way_round_the_dates_read(terms, issued):
    invoice = read(
        page(
            ("Northmark Analytics Inc.", 100, 60),
            ("Date of Issue", 600, 200),
            ("Invoice Number", 900, 200),
            ("11/02/2026", 600, 250),
            ("0000147", 900, 250),
            ("Due Date", 600, 300),
            ("12/02/2026", 600, 350),
            ("Data warehouse build", 100, 500),
            ("CAD 6,352.50", 1200, 500),
            ("Total", 900, 600),
            ("CAD 6,352.50", 1200, 600),
            (f"Terms | {terms}. 1.5% monthly interest on overdue balances.", 100, 800),
        )
    )

    assert invoice.issue_date == issued


def test_a_marketplace_issuing_as_agent_is_not_the_seller_its_block_names():
    invoice = read(
        page(
            ("gumleaf", 100, 60),
            ("TAX INVOICE", 1000, 60),
            ("SELLER", 100, 160),
            ("DELIVER TO", 600, 160),
            ("Coastal Kiln Ceramics", 100, 210),
            ("Hannah Whitcombe", 600, 210),
            ("Invoice no.", 1000, 210),
            ("CKC-INV-00962", 1250, 210),
            ("Kiln & Coast Pty Ltd", 100, 260),
            ("Invoice date", 1000, 260),
            ("12 November 2026", 1250, 260),
            ("ABN 27 605 118 934", 100, 310),
            ("Handthrown stoneware mug", 100, 500),
            ("$168.00", 1250, 500),
            ("TOTAL PAID (AUD)", 900, 600),
            ("$168.00", 1250, 600),
            (
                "This tax invoice is issued by Gumleaf Marketplace Pty Ltd (ABN 84 631 207 559)"
                " as agent for the seller named above,",
                100,
                800,
            ),
        )
    )

    assert invoice.vendor == "Kiln & Coast Pty Ltd"


@pytest.mark.parametrize("clerk", ["Myyjä: Mikko", "Sold By: Adeel"])
def test_a_tills_salesperson_is_no_vendor(clerk):
    invoice = read(
        receipt(
            [("RAUTA-KOIVULA", 100)],
            [("Rautakeskus Koivula Oy", 60)],
            [("Y-tunnus 2841176-3", 60)],
            [("22.10.2024 14:05", 20)],
            [("Ruuvi 5x60 200 kpl", 20), ("128,85", 480)],
            [("YHTEENSÄ", 20), ("128,85", 480)],
            [(clerk, 20)],
        )
    )

    assert invoice.vendor == "Rautakeskus Koivula Oy"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("Ticket 31/0877", "31/0877"),
        ("Paragon nr 00412", "00412"),
        ("RECHNUNG N 22-10573", "22-10573"),
    ],
)
def test_the_numbers_of_belgian_polish_and_german_tills(printed, number):
    invoice = read(
        receipt(
            [("Buurtmarkt Vandenberghe BV", 60)],
            [(printed, 20)],
            [("21/10/2023 17:42", 20)],
            [("Melk halfvol 1L", 20), ("1,19", 480)],
            [("TOTAAL", 20), ("1,19", 480)],
        )
    )

    assert invoice.invoice_number == number


def test_a_marketplaces_vendu_par_heading_over_the_seller_names_the_vendor():
    invoice = read(
        page(
            ("mercatis", 120, 60),
            ("Facture N° FR-2024-1847263", 700, 100),
            ("Date de facture : 07/02/2024", 700, 140),
            ("Vendu par :", 120, 200),
            ("Expédié par :", 700, 200),
            ("Maison Verlaine SARL", 120, 240),
            ("Maison Verlaine SARL", 700, 240),
            ("Bougie parfumée", 120, 400),
            ("108,08 €", 1000, 400),
            ("Total TTC", 700, 480),
            ("129,69 €", 1000, 480),
            ("Mercatis SAS, opérateur de place de marché – 44 rue de Châteaudun, 75009 Paris", 120, 700),
        )
    )

    assert invoice.vendor == "Maison Verlaine SARL"
