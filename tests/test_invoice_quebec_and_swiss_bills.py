"""Québec's bills in French (TPS and TVQ, `Montant dû`, a sole trader's `Enr.`, a card
slip dated year first) and Swiss ones (a QR bill's payee shortening the letterhead's
name).

Layouts built here as OCR boxes, as a scanned or digital page reads.
"""

import pytest

from bot.invoices.validate import SURE
from bot.providers.types import OcrLine
from tests.test_invoice_parties import page, read


def contractor(*sums: tuple[str, str]) -> list[OcrLine]:
    head = [
        ("Rénovations Gauthier Inc.", 150, 80),
        ("1180, chemin du Lac, Lachute (Québec) J8H 2K4", 150, 120),
        ("TPS : 798451236 RT0001 | TVQ : 1223874410 TQ0001", 150, 160),
        ("Facture", 1100, 80),
        ("No de facture", 900, 260),
        ("2024-0112", 1250, 260),
        ("Date", 900, 300),
        ("2024-03-18", 1250, 300),
        ("Facturé à :", 150, 260),
        ("Marie-Ève Tremblay", 150, 300),
        ("Réfection de la salle de bain", 150, 420),
        ("6 240,00", 1300, 420),
    ]
    tail = [(label, 900, 520 + 45 * i) for i, (label, _) in enumerate(sums)]
    tail += [(amount, 1300, 520 + 45 * i) for i, (_, amount) in enumerate(sums)]
    return page(*head, *tail)


def test_tps_and_tvq_are_the_taxes_a_total_with_taxes_included_adds():
    invoice = read(
        contractor(
            ("Sous-total", "6 240,00 $"),
            ("TPS (5 %)", "312,00 $"),
            ("TVQ (9,975 %)", "622,44 $"),
            ("TOTAL (taxes incluses)", "7 174,44 $"),
            ("Acompte reçu (2024-02-20)", "-2 000,00 $"),
            ("Solde dû", "5 174,44 $"),
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (6240.0, 934.44, 7174.44)
    assert invoice.amount_due == 5174.44
    assert invoice.confidence["total"] >= SURE


def test_montant_du_under_taxes_with_their_numbers_is_the_total():
    invoice = read(
        contractor(
            ("Sous-total", "6 240,00 $"),
            ("TPS 5 % (no 816042259 RT0001)", "312,00 $"),
            ("TVQ 9,975 % (no 1227493310 TQ0001)", "622,44 $"),
            ("Montant dû", "7 174,44 $"),
        )
    )
    assert invoice.total == 7174.44
    assert invoice.tax == 934.44


def test_a_payment_by_its_date_before_the_amount_due_leaves_the_total_sure():
    invoice = read(
        contractor(
            ("Montant hors taxes", "6 240,00 $"),
            ("TPS 5 %", "312,00 $"),
            ("TVQ 9,975 %", "622,44 $"),
            ("Total", "7 174,44 $"),
            ("Payé le 15/03/2024", "2 000,00 $"),
            ("Montant dû", "5 174,44 $"),
        )
    )
    assert (invoice.total, invoice.amount_due) == (7174.44, 5174.44)
    assert invoice.confidence["total"] >= SURE


CORNER_STORE = page(
    ("DÉPANNEUR CHEZ LUCIE", 150, 60),
    ("Dépanneur Chez Lucie Enr.", 150, 110),
    ("512, rue Principale, Granby QC J2G 2W1", 150, 150),
    ("Reçu no 004417", 150, 200),
    ("Caisse 2", 700, 200),
    ("Date: 17/08/2024", 150, 240),
    ("Lait 2 % 2 L", 150, 300),
    ("5,49", 800, 300),
    ("Croustilles", 150, 340),
    ("4,29", 800, 340),
    ("Sous-total", 150, 400),
    ("9,78", 800, 400),
    ("TPS", 150, 440),
    ("0,21", 800, 440),
    ("TVQ", 150, 480),
    ("0,43", 800, 480),
    ("TOTAL", 150, 520),
    ("10,42 $", 780, 520),
)


def test_the_legal_name_with_its_enr_under_the_shop_sign_is_the_vendor():
    assert read(CORNER_STORE).vendor == "Dépanneur Chez Lucie Enr."


@pytest.mark.parametrize(
    ("label", "number"),
    [("Reçu no 004417", "004417"), ("No / No. : 2024-118", "2024-118")],
)
def test_quebec_number_labels(label, number):
    lines = [
        ("Entretien Ménager Lumière S.E.N.C.", 150, 60),
        ("3360, boul. Sainte-Anne, Québec (Qc) G1E 3L4", 150, 100),
        (label, 900, 200),
        ("Date : 31/05/2024", 900, 240),
        ("Entretien régulier", 150, 320),
        ("1 885,00", 1300, 320),
        ("Total", 900, 400),
        ("2 167,28 $", 1300, 400),
    ]
    assert read(page(*lines)).invoice_number == number


def test_a_card_slip_dated_year_first_agrees_with_the_bills_date_in_words():
    invoice = read(
        page(
            ("Restaurant Le Quai Inc.", 150, 60),
            ("25, rue du Port, Gaspé (Québec) G4X 1A1", 150, 100),
            ("Addition no 3307", 150, 160),
            ("13 octobre 2024", 150, 200),
            ("21:55", 700, 200),
            ("2 Table d'hôte", 150, 260),
            ("98,00 $", 700, 260),
            ("Sous-total", 150, 320),
            ("98,00 $", 700, 320),
            ("TPS (5 %)", 150, 360),
            ("4,90 $", 700, 360),
            ("TVQ (9,975 %)", 150, 400),
            ("9,78 $", 700, 400),
            ("TOTAL", 150, 440),
            ("112,68 $", 700, 440),
            ("INTERAC ACHAT", 150, 540),
            ("Date : 24/10/13", 150, 580),
            ("22:18:51", 700, 580),
            ("Montant", 150, 620),
            ("112,68 $", 700, 620),
            ("Pourboire", 150, 660),
            ("17,00 $", 700, 660),
            ("TOTAL", 150, 700),
            ("129,68 $", 700, 700),
            ("APPROUVÉE - MERCI", 150, 760),
        )
    )
    assert invoice.issue_date == "2024-10-13"


def test_the_letterhead_spells_out_the_name_a_qr_bills_payee_shortens():
    invoice = read(
        page(
            ("Praxis für Psychotherapie Dr. phil. Lea Brunner", 150, 60),
            ("Forchstrasse 58", 150, 100),
            ("8008 Zürich", 150, 140),
            ("Rechnung Nr. 2024-0211", 150, 260),
            ("Datum", 150, 300),
            ("31.07.2024", 500, 300),
            ("Psychotherapeutische Sitzung 60 Min.", 150, 400),
            ("165.00", 1300, 400),
            ("Total CHF", 900, 480),
            ("165.00", 1300, 480),
            ("Empfangsschein", 150, 1300),
            ("Zahlteil", 700, 1300),
            ("Konto / Zahlbar an", 150, 1340),
            ("Praxis Dr. phil. Lea Brunner", 700, 1340),
            ("CH37 0900 0000 0008 5211 0", 150, 1380),
            ("Forchstrasse 58", 700, 1380),
            ("Praxis Dr. phil. Lea Brunner", 150, 1420),
            ("8008 Zürich", 700, 1420),
            ("Währung", 150, 1520),
            ("Betrag", 400, 1520),
            ("CHF", 150, 1560),
            ("165.00", 400, 1560),
        )
    )
    assert invoice.vendor == "Praxis für Psychotherapie Dr. phil. Lea Brunner"
    assert invoice.confidence["vendor"] >= 0.7
