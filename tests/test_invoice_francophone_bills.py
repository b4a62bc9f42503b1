"""French-language bills from outside Europe: Québec, the Maghreb, West and Central Africa.

A page in French that prints `TVA` is not in euros when it names a country of its own:
Morocco's dirham (`DH`), Tunisia's dinar (`DT`, counted in millimes: `46,875 DT` is
forty-six dinars), the CFA franc of West Africa (`XOF`) or of Central Africa (`XAF`), a
Québec dollar beside its `TPS` and `TVQ`. Letters that are a currency beside an amount are
other things elsewhere (`DT:028 3894 4505` is a Vietnamese phone). A till names its
clerk `Vendeur : MARC-A.`; Québec's `Ltée` and Senegal's `SUARL` are company forms. The
numbers are `Trans. :`, `Reçu :`, `ADDITION N°`, `Facture #` and `Note n.`.
"""

import pytest

from bot.invoices.amounts import amounts, counted_in, guess_currency
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Casablanca\nICE : 001524789000012\nTOTAL DH 254,35\nTVA 20 %", "MAD"),
        (
            "Fès - Maroc\nTotal TTC 1 240,00\nArrêtée la présente facture à la somme de mille "
            "deux cent quarante dirhams",
            "MAD",
        ),
        ("Sousse\nMF : 1234567/A/M/000\nTOTAL 46,875\nTVA 19 %", "TND"),
        ("Dakar\nNINEA : 005873214 2G3\nTOTAL FCFA 18 450\nTVA 18 %", "XOF"),
        ("Douala\nTOTAL 125 000 FCFA\nTVA 19,25 %", "XAF"),
        (
            "Rimouski (Québec)\nTPS : 123456789 RT0001\nTVQ : 1234567890 TQ0001\nTOTAL 134,98 $",
            "CAD",
        ),
        ("Dubai, U.A.E.\nTRN 100384472100003\nTotal 12.50 DH", "AED"),
    ],
)
def test_a_french_pages_currency_is_its_countrys_not_the_euro(text, currency):
    assert guess_currency(text)[0] == currency


def test_letters_that_are_a_currency_beside_an_amount_are_a_phone_or_a_drive_through():
    assert guess_currency("NHA HANG BIEN XANH\nDT:028 3894 4505\nTONG 1.016.280")[0] != "TND"
    assert guess_currency("BURGER RIA SEREMBAN 2 DT\nTOTAL 41.95")[0] != "TND"


@pytest.mark.parametrize(
    ("printed", "value"),
    [("TOTAL DT 46,875", "46.875"), ("Net à payer TTC (DT) 9.110,450", "9110.450")],
)
def test_tunisian_dinars_are_counted_in_millimes_after_a_comma(printed, value):
    with counted_in("TND"):
        assert [str(found.value) for found in amounts(printed)] == [value]


def test_a_tunisian_tills_total_is_in_dinars_not_thousands_of_them():
    invoice = read(
        receipt(
            [("SUPERETTE EL AMEN", 40)],
            [("Avenue Habib Bourguiba, Sousse", 20)],
            [("MF : 1234567/A/M/000", 20)],
            [("LAIT DELICE 1L", 20), ("1,350", 400)],
            [("PAIN", 20), ("0,525", 400)],
            [("HUILE OLIVE 1L", 20), ("15,000", 400)],
            [("TOTAL DT", 20), ("16,875", 400)],
        )
    )

    assert (invoice.total, invoice.currency) == (16.875, "TND")


def test_a_tills_vendeur_with_an_initial_is_its_clerk_and_limitee_a_companys_form():
    invoice = read(
        receipt(
            [("QUINCAILLERIE", 60)],
            [("BEAULIEU & FILS", 60)],
            [("Quincaillerie Beaulieu & Fils Ltée", 20)],
            [("412, boul. Saint-Germain Ouest", 20)],
            [("FACTURE : 2-184377", 20), ("2025-02-07 10:15", 400)],
            [("Caisse : 02", 20), ("Vendeur : MARC-A.", 300)],
            [("RUBAN TEFLON 1/2 PO", 20), ("5,37", 500)],
            [("TOTAL", 20), ("5,37 $", 500)],
        )
    )

    assert invoice.vendor == "Quincaillerie Beaulieu & Fils Ltée"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("Trans. : 004512", "004512"),
        ("Reçu : 0318-22745", "0318-22745"),
        ("ADDITION N° 000923", "000923"),
        ("Facture # 0017452", "0017452"),
        ("Note n. 2291", "2291"),
    ],
)
def test_the_number_labels_of_french_tills_and_bills(printed, number):
    invoice = read(
        receipt(
            [("CHEZ MARCEL SENC", 40)],
            [("1200, rue Saint-Denis", 20)],
            [(printed, 20)],
            [("CAFÉ", 20), ("3,50", 400)],
            [("TOTAL", 20), ("3,50", 400)],
        )
    )

    assert invoice.invoice_number == number


def _call_for_funds(*head: tuple[str, float]) -> list:
    return receipt(
        [("IMMO GESTION RHÔNE", 40)],
        [("Syndic - Gérance - Transaction", 40)],
        [("102 cours Lafayette - 69003 Lyon", 40)],
        [("Tél. 04 78 60 44 21", 40)],
        [("Avis d'appel de fonds", 40)],
        list(head),
        [("Provisions sur charges courantes", 40), ("3e trimestre 2025", 500), ("512,32", 900)],
        [("Total appel du 3e trimestre 2025", 40), ("512,32 €", 900)],
        [("Immo Gestion Rhône SAS - capital 150 000 € - RCS Lyon 502 774 118", 40)],
    )


def test_a_bills_date_of_issue_is_its_date_not_the_day_it_falls_due_beside_it():
    invoice = read(
        _call_for_funds(
            ("Date d'émission : 16/06/2025", 40), ("Date d'exigibilité : 01/07/2025", 600)
        )
    )
    assert invoice.issue_date == "2025-06-16"


def test_a_bills_date_of_issue_outranks_the_period_its_title_bills():
    invoice = read(
        receipt(
            [("Communauté de communes Cœur de Sologne", 40)],
            [("Redevance incitative d'enlèvement des ordures ménagères", 40)],
            [("Facture du 1er semestre 2025 (du 01/01/2025 au 30/06/2025)", 40)],
            [("N° de facture : 2025-RI-014562", 40)],
            [("Date d'émission : 12/05/2025", 40), ("Puce du bac : 250 004 881 927", 600)],
            [("Part fixe – abonnement au service", 40), ("94,50", 900)],
            [("Montant total de la facture", 40), ("94,50 €", 900)],
        )
    )
    assert invoice.issue_date == "2025-05-12"


def test_a_call_for_funds_is_numbered_by_its_avis_not_the_house_under_a_tagline():
    invoice = read(_call_for_funds(("Avis n°: AP-25T3-01187", 40), ("Date : 16/06/2025", 600)))
    assert invoice.invoice_number == "AP-25T3-01187"


def test_a_house_number_under_a_taglines_word_is_no_number():
    invoice = read(_call_for_funds(("Date : 16/06/2025", 600)))
    assert invoice.invoice_number is None


def test_the_invoices_date_named_in_its_terms_of_payment_labels_no_date():
    invoice = read(
        receipt(
            [("Fromagerie Duval SARL", 40)],
            [("Facture n°", 40), ("FA-2025-01874", 300)],
            [("Date", 40), ("12/09/2025", 300), ("Échéance", 600), ("12/10/2025", 900)],
            [("Comté 18 mois", 40), ("1 931,50", 900)],
            [("Total TTC", 600), ("1 931,50 €", 900)],
            [
                ("Conditions de règlement : 30 jours date de facture, soit au plus tard le", 40),
                ("12/10/2025", 900),
            ],
        )
    )
    assert invoice.issue_date == "2025-09-12"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ([("05-06-2024 08:12 N°40518", 20), ("C1", 330)], "40518"),
        ([("11/10/2024 12:31", 20), ("TK 3318", 330), ("CS 02", 480)], "3318"),
        ([("Note 5512", 20), ("Table 21", 250), ("6 couverts", 420)], "5512"),
        ([("Conto N. 10294", 20), ("Tavolo 4", 330)], "10294"),
    ],
)
def test_a_french_tills_ticket_or_a_bills_note_number_is_the_receipts(line, number):
    invoice = read(
        receipt(
            [("TABAC DE LA GARE", 60)],
            [("SNC BERTIN ET FILS", 60)],
            [("SIRET 50294381400013 APE 4726Z", 20)],
            line,
            [("Le 05/06/2024", 20)],
            [("LE MONDE", 20), ("3,50", 400)],
            [("TOTAL TTC", 20), ("3,50", 400)],
        )
    )

    assert invoice.invoice_number == number
