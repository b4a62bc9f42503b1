"""German and French invoices laid out as e-invoicing standards' example invoices print
their pages: a credit note numbered by its `Gutschriftsnummer`, a shipping date beside
the invoice's date, a trading name's footer sentence naming the company behind it."""

from bot.invoices.parties import clean_name
from tests.test_invoice_numbers import number_of
from tests.test_invoice_parties import page, read


def test_a_credit_notes_gutschriftsnummer_numbers_it():
    assert number_of([("Gutschriftsnummer:", 300), ("GS-2025-0093", 500)]) == (
        "GS-2025-0093",
        False,
    )


def test_the_invoices_date_not_the_date_it_was_shipped():
    invoice = read(
        page(
            ("Composants Alsace SAS", 100, 100),
            ("FACTURE", 100, 200),
            ("N° de facture :", 700, 260),
            ("EXP-25-00981", 1000, 260),
            ("Date de facture :", 700, 300),
            ("09/05/2025", 1000, 300),
            ("Date d'expédition :", 700, 340),
            ("08/05/2025", 1000, 340),
            ("Total TTC", 700, 700),
            ("4 890,00 €", 1000, 700),
        )
    )

    assert invoice.issue_date == "2025-05-09"


def test_a_trading_names_sentence_in_the_footer_names_the_company_behind_it():
    assert (
        clean_name("Le Comptoir du Bureau est une enseigne de la société Papeterie Moderne SARL")
        == "Papeterie Moderne SARL"
    )


def test_a_service_said_to_be_a_companys_names_the_company():
    assert (
        clean_name("Keystone Wireless is a service of Keystone Wireless Communications LLC")
        == "Keystone Wireless Communications LLC"
    )
