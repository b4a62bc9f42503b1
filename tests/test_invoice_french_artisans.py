"""Invoices of French artisans, small firms and professions libérales, made in office
templates: the firm's box over `N° :` and `Date :` beside the title, a repair order's `OR
n°` under them, and a footer that gives the legal name with its capital (`SARL Méca
Pont-Neuf, capital 8 000 €`) or its form spelled out (`SELARL VASSEUR AVOCATS, Société
d'exercice libéral à responsabilité limitée au capital de 30 000 €`)."""

import pytest

from tests.test_invoice_parties import page, read


def _invoice(footer: str) -> list:
    return page(
        ("Garage du Pont-Neuf", 120, 80),
        ("FACTURE", 1200, 80),
        ("Mécanique - Carrosserie", 120, 130),
        ("N° :", 1200, 130),
        ("27841", 1400, 130),
        ("6 quai Anatole France", 120, 180),
        ("Date :", 1200, 180),
        ("12/03/2024", 1400, 180),
        ("31000 Toulouse", 120, 230),
        ("OR n° :", 1200, 230),
        ("OR-11952", 1400, 230),
        ("Client", 120, 400),
        ("Mme Nadia Benali", 120, 450),
        ("22 rue des Filatiers, 31000 Toulouse", 120, 500),
        ("Vidange et filtres", 120, 700),
        ("359,65", 1400, 700),
        ("Total HT", 1000, 800),
        ("359,65", 1400, 800),
        ("TVA 20 %", 1000, 850),
        ("71,93", 1400, 850),
        ("Total TTC", 1000, 900),
        ("431,58 €", 1400, 900),
        ("Règlement à réception de facture.", 120, 1000),
        ("Pénalités de retard : 3 fois le taux d'intérêt légal.", 120, 1050),
        ("Indemnité forfaitaire pour frais de recouvrement : 40 €.", 120, 1100),
        ("Merci de votre confiance.", 120, 1150),
        ("Véhicule : Peugeot 308 – AB-123-CD", 120, 1200),
        ("Kilométrage : 84 210 km", 120, 1250),
        (footer, 120, 2200),
        ("SIRET 512 604 337 00042 – TVA FR41512604337 – APE 4520A", 120, 2250),
    )


@pytest.mark.parametrize(
    ("footer", "vendor"),
    [
        ("SARL Méca Pont-Neuf, capital 8 000 €", "SARL Méca Pont-Neuf"),
        (
            "SELARL VASSEUR AVOCATS, Société d'exercice libéral à responsabilité limitée",
            "SELARL VASSEUR AVOCATS",
        ),
    ],
)
def test_the_footers_legal_name_is_read_without_its_capital_or_its_form_spelled_out(
    footer, vendor
):
    assert read(_invoice(footer)).vendor == vendor


def test_a_bare_number_sign_in_the_box_numbers_the_invoice_over_the_repair_order():
    invoice = read(_invoice("SARL Méca Pont-Neuf, capital 8 000 €"))

    assert invoice.invoice_number == "27841"


def test_a_letter_signed_by_a_department_is_from_the_company_signing_under_it():
    # The line under the logo is an address on a business park (`ZA du …`), no name.
    invoice = read(
        page(
            ("Le Fournil Ligérien", 150, 80),
            ("PAINS & VIENNOISERIES DEPUIS 1984", 150, 190),
            ("ZA du Papillon - 3 rue Gutenberg - 37170 Chambray-lès-Tours", 150, 240),
            ("Collège Jean Moulin", 150, 330),
            ("Chambray-lès-Tours, le 7 mars 2025", 900, 330),
            ("Facture n°", 150, 450),
            ("BIVL-2025-0533", 500, 450),
            ("Pain de campagne 400 g", 150, 600),
            ("898,00", 1300, 600),
            ("Total TTC", 900, 800),
            ("947,39 €", 1300, 800),
            ("Cordialement,", 150, 1100),
            ("Service administration des ventes", 150, 1140),
            ("Boulangerie Industrielle du Val de Loire SAS", 150, 1180),
            ("SIRET 88063515600028 - RCS Tours 880 635 156 - TVA FR94880635156", 150, 2200),
        )
    )

    assert invoice.vendor == "Boulangerie Industrielle du Val de Loire SAS"
