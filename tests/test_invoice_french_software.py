"""French invoices as invoicing software prints them: a sole trader's `Montant à
régler` with no VAT rows, `Réf. facture`, `Émise le`, a logo's initials before the name,
the legal form in the heading over a footer's `X – SARL au capital de …`, and a VAT recap
table set beside the totals box, its rows between the box's."""

import pytest

from bot.invoices.validate import checks, needs_review
from bot.providers.types import OcrLine
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, line


def sized(*placed: tuple[str, float, float, float]) -> list[OcrLine]:
    """(text, x, y, height) as OCR boxes: a heading's type larger than the body's."""
    return [line(text, x, y, height=height) for text, x, y, height in placed]


def test_a_sole_traders_amount_to_pay_is_the_total_not_the_siren_printed_twice():
    invoice = read(
        page(
            ("Camille Lenoir", 120, 80),
            ("Graphiste – Illustratrice", 120, 120),
            ("bonjour@camillelenoir.fr – SIRET 512 604 337 00042", 120, 160),
            ("FACTURE", 120, 300),
            ("Client", 900, 300),
            ("Numéro : 2024-031", 120, 340),
            ("Éditions du Quai SARL", 900, 340),
            ("Date : 12 mars 2024", 120, 380),
            ("Illustration de couverture", 120, 600),
            ("950,00", 1300, 600),
            ("Illustrations intérieures", 120, 640),
            ("960,00", 1300, 640),
            ("Montant à régler", 900, 760),
            ("1 910,00 €", 1300, 760),
            ("TVA non applicable, art. 293 B du CGI", 120, 820),
            ("IBAN : FR76 1680 7540 9231 1292 6203 976", 120, 900),
            ("Camille Lenoir – Entrepreneur individuel (EI) – SIREN 512 604 337", 120, 1500),
        )
    )

    assert invoice.total == pytest.approx(1910.00)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    "placed",
    [
        [("Réf. facture", 900, 300), ("FC-24-1187", 1150, 300)],
        [("Réf. facture : 0241", 900, 300)],
    ],
)
def test_a_ref_facture_labels_the_invoices_number(placed):
    invoice = read(
        page(
            ("Ferrand Conseil EURL", 120, 80),
            ("FACTURE", 900, 240),
            *placed,
            ("Réf. client", 900, 340),
            ("VCAST", 1150, 340),
            ("Date", 900, 380),
            ("28/06/2024", 1150, 380),
            ("Mission de conseil", 120, 600),
            ("5 586,00 €", 1300, 600),
            ("Total TTC", 900, 800),
            ("6 703,20 €", 1300, 800),
        )
    )

    assert invoice.invoice_number == placed[-1][0].rpartition(" ")[2]


def test_emise_le_labels_the_issue_date():
    invoice = read(
        page(
            ("Nova Stratégie SASU", 120, 80),
            ("Facture n°", 900, 200),
            ("NS-0031", 1150, 200),
            ("Émise le", 900, 240),
            ("15 janvier 2025", 1150, 240),
            ("Payable au plus tard le", 900, 280),
            ("14 février 2025", 1300, 280),
            ("Mission de conseil (décembre-janvier)", 120, 600),
            ("9 812,80 €", 1300, 600),
            ("Total TTC", 900, 800),
            ("11 775,36 €", 1300, 800),
        )
    )

    assert invoice.issue_date == "2025-01-15"
    assert "issue_date" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_number_label_is_not_read_across_a_words_end():
    invoice = read(
        page(
            ("Bureau Plus Fournitures", 120, 80),
            ("FACTURE", 900, 80),
            ("112 rue de Solférino", 120, 130),
            ("Facture n°", 760, 130),
            ("F2024-00342", 1050, 130),
            ("59000 Lille", 120, 170),
            ("Date de facture", 760, 170),
            ("15/02/2024", 1050, 170),
            ("Ramette papier A4", 120, 600),
            ("618,70", 1300, 600),
            ("Total TTC", 900, 800),
            ("742,44 €", 1300, 800),
        )
    )

    assert invoice.invoice_number == "F2024-00342"


@pytest.mark.parametrize(
    ("mark", "name", "footer"),
    [
        ("SA", "Les Saveurs d'Anjou", "Les Saveurs d'Anjou- SAS au capital de 20 000 €"),
        ("E69", "ÉLEC'SERVICES 69 SARL", "Élec'Services 69 – SARL au capital de 8 000 €"),
    ],
)
def test_a_logos_initials_before_the_name_are_no_part_of_it(mark, name, footer):
    invoice = read(
        sized(
            # The mark's box ends a space before the name's.
            (mark, 239 - 18 * len(mark), 125, 60),
            (name, 259, 121, 50),
            ("FACTURE", 1245, 125, 64),
            ("Traiteur – Événements", 260, 186, 40),
            ("Facture n°", 993, 222, 40),
            ("SA-2024-0412", 1384, 223, 38),
            ("2 rue du Marché", 120, 261, 38),
            ("Date", 994, 263, 36),
            ("20/09/2024", 1420, 263, 39),
            ("44000 Nantes", 118, 293, 38),
            ("Cocktail déjeunatoire", 134, 833, 22),
            ("1 470,00", 1428, 833, 22),
            ("Total TTC", 980, 1569, 26),
            ("1 617,00 €", 1384, 1569, 26),
            (f"{footer} – RCS Nantes 811 180 280", 373, 2188, 33),
        )
    )

    assert invoice.vendor == name


def test_the_headings_legal_form_is_kept_over_a_footers_name_before_its_form():
    invoice = read(
        sized(
            ("Jardins & Paysages Lefèvre EURL", 118, 94, 51),
            ("FACTURE", 1214, 96, 67),
            ("Création et entretien d'espaces verts", 118, 169, 25),
            ("Facture n°", 118, 343, 24),
            ("2024-0095", 457, 342, 25),
            ("Client", 945, 344, 22),
            ("Date de facturation", 118, 383, 24),
            ("08/10/2024", 457, 382, 25),
            ("Hôtel du Lion d'Or SAS", 945, 379, 28),
            ("71 rue Saint-Jean", 945, 418, 25),
            ("14400 Bayeux", 945, 452, 25),
            ("Taille de haies", 134, 833, 22),
            ("1 913,50", 1428, 833, 22),
            ("Total TTC", 980, 1300, 26),
            ("2 296,20 €", 1384, 1300, 26),
            (
                "Jardins & Paysages Lefèvre – EURL au capital de 2 000 € – RCS Caen 415 916 766",
                361,
                2207,
                19,
            ),
        )
    )

    assert invoice.vendor == "Jardins & Paysages Lefèvre EURL"


def totals_box_beside_a_recap(rows: list[tuple[str, float, float]]):
    return page(
        ("Menuiserie Dubreuil SARL", 120, 80),
        ("Facture n°", 900, 200),
        ("2024-00087", 1150, 200),
        ("Date", 900, 240),
        ("06/05/2024", 1150, 240),
        ("Parquet chêne massif", 120, 600),
        ("5 618,00", 1300, 600),
        ("Escalier sur mesure", 120, 640),
        ("1 340,00", 1300, 640),
        *rows,
    )


def test_the_tax_rows_of_a_totals_box_add_up_across_a_recap_tables_rows_beside_them():
    invoice = read(
        totals_box_beside_a_recap(
            [
                ("Total HT", 900, 800),
                ("6 958,00 €", 1300, 800),
                ("Taux", 120, 830),
                ("Base HT", 300, 830),
                ("Montant TVA", 500, 830),
                ("TVA 20 %", 900, 850),
                ("268,00 €", 1300, 850),
                ("10 %", 120, 870),
                ("5 618,00", 300, 870),
                ("561,80", 500, 870),
                ("TVA 10 %", 900, 900),
                ("561,80 €", 1300, 900),
                ("20 %", 120, 920),
                ("1 340,00", 300, 920),
                ("268,00", 500, 920),
                ("Total TTC", 900, 960),
                ("7 787,80 €", 1300, 960),
            ]
        )
    )

    assert invoice.total == pytest.approx(7787.80)
    assert invoice.tax == pytest.approx(829.80)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_recap_tables_total_per_rate_column_is_no_total_and_the_net_after_charges_counts():
    invoice = read(
        sized(
            ("Les Délices d'Amélie", 260, 141, 42),
            ("Facture n°", 992, 243, 22),
            ("SA-2024-0412", 1382, 243, 22),
            ("Date", 992, 282, 22),
            ("20/09/2024", 1417, 282, 22),
            ("Cocktail déjeunatoire", 134, 833, 22),
            ("1 470,00", 1428, 833, 22),
            ("Plateaux de fromages", 134, 928, 22),
            ("320,00", 1447, 928, 22),
            ("Champagne brut", 134, 991, 22),
            ("918,00", 1447, 991, 22),
            ("Récapitulatif TVA", 118, 1272, 21),
            ("Total HT", 980, 1286, 23),
            ("2 708,00 €", 1400, 1286, 23),
            ("Taux", 180, 1322, 20),
            ("Base HT", 365, 1322, 20),
            ("Montant TVA", 541, 1322, 20),
            ("Total TTC", 794, 1322, 20),
            ("Frais de livraison", 980, 1333, 23),
            ("45,00 €", 1434, 1333, 23),
            ("5,5 %", 172, 1369, 21),
            ("320,00", 381, 1369, 21),
            ("17,60", 614, 1369, 21),
            ("337,60", 822, 1369, 21),
            ("Total HT net", 980, 1381, 23),
            ("2 753,00 €", 1400, 1381, 23),
            ("10 %", 178, 1412, 21),
            ("1 470,00", 362, 1412, 21),
            ("147,00", 601, 1412, 21),
            ("1 617,00", 803, 1412, 21),
            ("TVA 20 %", 980, 1428, 23),
            ("192,60 €", 1421, 1428, 23),
            ("20 %", 178, 1455, 21),
            ("963,00", 381, 1455, 21),
            ("192,60", 601, 1455, 21),
            ("1 155,60", 803, 1455, 21),
            ("TVA 10 %", 980, 1475, 23),
            ("147,00 €", 1421, 1475, 23),
            ("TVA 5,5 %", 980, 1522, 23),
            ("17,60 €", 1434, 1522, 23),
            ("Total TTC", 980, 1569, 26),
            ("3 110,20 €", 1384, 1569, 26),
        )
    )

    assert invoice.total == pytest.approx(3110.20)
    assert invoice.subtotal == pytest.approx(2753.00)
    assert invoice.tax == pytest.approx(357.20)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


#: EBP's and Sage's heading grid: `Numéro | Date | Code client | Page` over its values,
#: the seller's postcode line squeezed in between; the delivery notes the invoice bills,
#: each dated, in the subject line.
GRID = (
    ("DISTRI-BÂT RHÔNE-ALPES SAS", 120, 60),
    ("FACTURE", 900, 100),
    ("ZI Nord – 6 rue Claude Bernard", 120, 160),
    ("Numéro", 900, 160),
    ("Date", 1080, 160),
    ("Code client", 1220, 160),
    ("69740 Genas", 120, 190),
    ("Tél. 04 72 47 30 30", 120, 215),
    ("FC2400573", 900, 215),
    ("27/09/2024", 1080, 215),
    ("411BATIR", 1220, 215),
    ("Facturé à", 120, 320),
    ("SARL BATIR 38", 120, 360),
    ("BL n° 24-11872 du 19/09/2024 et BL n° 24-11990 du 24/09/2024", 120, 440),
    ("Plaque plâtre BA13", 120, 520),
    ("31,40", 1100, 520),
    ("Total HT", 800, 600),
    ("31,40", 1100, 600),
    ("TVA 20 %", 800, 640),
    ("6,28", 1100, 640),
    ("Total TTC", 800, 680),
    ("37,68", 1100, 680),
)


def test_the_number_and_date_under_a_heading_grid_not_a_delivery_notes_date():
    invoice = read(page(*GRID))
    flagged = needs_review(invoice, checks(invoice, TODAY))

    assert (invoice.invoice_number, invoice.issue_date) == ("FC2400573", "2024-09-27")
    assert "invoice_number" not in flagged
    assert "issue_date" not in flagged


def test_a_delivery_note_by_its_initials_dates_no_invoice():
    invoice = read(
        page(
            ("Bois & Panneaux Rouget SAS", 120, 60),
            ("FACTURE F-2024-0912", 120, 200),
            ("BL n° 24-11990 du 24/09/2024", 120, 260),
            ("Émise le 27/09/2024", 120, 300),
            ("Total TTC", 800, 600),
            ("37,68", 1100, 600),
        )
    )

    assert invoice.issue_date == "2024-09-27"


def test_the_name_before_a_footers_form_after_a_dash_that_lost_its_space():
    invoice = read(
        page(
            ("Tél. 02 41 87 60 24 – menuiserie.perrin@wanadoo.fr", 120, 100),
            ("Facture N° F-00214", 900, 100),
            ("Date : 16/10/2023", 900, 140),
            ("Fenêtre PVC 120x100", 120, 400),
            ("4 873,50", 1100, 400),
            ("Total HT", 800, 480),
            ("4 873,50", 1100, 480),
            ("TVA 10 %", 800, 520),
            ("487,35", 1100, 520),
            ("Total TTC", 800, 560),
            ("5 360,85", 1100, 560),
            ("SARL Menuiserie Perrin -SARL au capital de 12 000 €", 300, 900),
            ("SIRET 512 604 337 00042 – TVA FR23 512604337", 300, 930),
        )
    )

    assert invoice.vendor == "SARL Menuiserie Perrin"


def test_the_payee_of_a_cheque_ends_before_the_other_way_to_pay():
    invoice = read(
        page(
            ("Facture N° F24-031", 900, 100),
            ("Date : 22/05/2024", 900, 140),
            ("Peinture séjour", 120, 400),
            ("2 659,00", 1100, 400),
            ("Total HT", 800, 480),
            ("2 659,00", 1100, 480),
            ("TVA 10 %", 800, 520),
            ("265,90", 1100, 520),
            ("Total TTC", 800, 560),
            ("2 924,90", 1100, 560),
            (
                "Paiement à réception, par chèque à l'ordre de EURL Da Costa Peinture"
                " ou par virement.",
                120,
                700,
            ),
        )
    )

    assert invoice.vendor == "EURL Da Costa Peinture"


@pytest.mark.parametrize(
    ("dated", "other"),
    [
        # A subscription's billing period beside its issue date.
        (
            ("Date d'émission : 1 avril 2024", 120, 160),
            ("Période : 01/04/2024 – 30/04/2024", 600, 160),
        ),
        # A utility's deadline to pay; the title dated on the line under it.
        (("du 1 avril 2024", 700, 100), ("Date limite de paiement : 23/04/2024", 120, 560)),
        # The repair order a garage's invoice bills, dated the day before.
        (("du 01/04/2024", 700, 100), ("Ordre de réparation n° 58231 du 31/03/2024", 120, 200)),
    ],
)
def test_other_dates_on_a_french_invoice_are_not_its_issue_date(dated, other):
    invoice = read(
        page(
            ("Cirrus Logiciels SAS", 120, 20),
            ("FACTURE", 700, 60),
            dated,
            other,
            ("N° de facture", 120, 240),
            ("CIR-2024-004127", 500, 240),
            ("Abonnement Pro", 120, 400),
            ("227,67 €", 1000, 400),
            ("Total TTC", 700, 480),
            ("273,20 €", 1000, 480),
        )
    )

    assert invoice.issue_date == "2024-04-01"


def test_an_insurers_premium_notice_totals_its_annual_premium_and_numbers_its_notice():
    invoice = read(
        page(
            ("Ponant Assurances SA", 120, 60),
            ("Avis d'échéance", 120, 140),
            ("Nantes, le 28 février 2024", 120, 180),
            ("N° d'avis", 120, 220),
            ("AE 24 0193562", 500, 220),
            ("Cotisation nette HT", 120, 300),
            ("318,20 €", 900, 300),
            ("Taxe sur les conventions d'assurance", 120, 340),
            ("46,00 €", 900, 340),
            ("Cotisation annuelle TTC", 120, 380),
            ("364,20 €", 900, 380),
        )
    )

    assert (invoice.total, invoice.invoice_number) == (364.2, "AE 24 0193562")


def test_a_tickets_legal_mentions_mid_slip_name_the_company_under_the_shops_sign():
    invoice = read(
        page(
            ("PHARMACIE DU PARC", 150, 60),
            ("3 place du Marché, 21000 DIJON", 150, 100),
            ("Date: 21/11/2024", 150, 160),
            ("Ticket : 1124-0087", 150, 200),
            ("DOLIPRANE 1000MG", 150, 260),
            ("4,36", 700, 260),
            ("TOTAL TTC", 150, 320),
            ("4,36", 700, 320),
            ("SELARL PHARMACIE DU PARC", 150, 400),
            ("au capital de 50 000 euros", 150, 440),
            ("RCS DIJON 532 780 119", 150, 480),
            ("CARTE BANCAIRE", 150, 560),
            ("PHARMACIE DU PARC", 150, 600),
            ("DIJON", 150, 640),
            ("No AUTO : 708962", 150, 680),
            ("MONTANT :", 150, 720),
            ("4,36 EUR", 150, 760),
            ("TICKET CLIENT", 150, 800),
            ("A CONSERVER", 150, 840),
        )
    )
    assert invoice.vendor == "SELARL PHARMACIE DU PARC"


def test_a_capital_set_apart_after_the_name_is_no_part_of_it():
    invoice = read(
        page(
            ("KAN FOOD", 150, 60),
            ("Date: 26/01/2024", 150, 120),
            ("Bo bun", 150, 180),
            ("13,50", 700, 180),
            ("TOTAL TTC", 150, 240),
            ("13,50", 700, 240),
            ("SARL KAN FOOD", 150, 320),
            ("Capital 3 000 €", 395, 320),
            ("RCS Lyon 881 224 310", 150, 360),
        )
    )
    assert invoice.vendor == "SARL KAN FOOD"


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("NOTE N* 20573", "20573"),
        ("Reçu 071124-0288", "071124-0288"),
        ("Vente n° V-241214-031", "V-241214-031"),
        ("Tick: 001236", "001236"),
        ("TRANS. 21-0614", "21-0614"),
    ],
)
def test_a_french_tickets_own_number_beside_the_card_slips_transaction(label, number):
    invoice = read(
        page(
            ("BRASSERIE DU CANAL", 150, 60),
            ("12 quai de Jemmapes, 75010 Paris", 150, 100),
            (label, 150, 160),
            ("Le 27/06/2024", 700, 160),
            ("2 Plat du jour", 150, 240),
            ("29,00", 700, 240),
            ("TOTAL TTC", 150, 300),
            ("29,00", 700, 300),
            ("CARTE BANCAIRE", 150, 400),
            ("N* Transaction", 150, 440),
            ("867458", 700, 440),
            ("MONTANT : 29,00 EUR", 150, 480),
        )
    )
    assert invoice.invoice_number == number


def test_a_belgian_total_tvac_is_the_total_with_its_tax():
    invoice = read(
        page(
            ("Clean Horizon SRL", 150, 60),
            ("TVA BE 0700.366.427", 150, 100),
            ("Facture n° F2024-0233", 900, 60),
            ("Date : 28/06/2024", 900, 100),
            ("Nettoyage bureaux", 150, 300),
            ("1.402,50 EUR", 1250, 300),
            ("Total HTVA :", 900, 400),
            ("1.402,50 EUR", 1250, 400),
            ("TVA 21%:", 900, 440),
            ("294,53 EUR", 1270, 440),
            ("Total TVAC :", 900, 480),
            ("1.697,03 EUR", 1250, 480),
        )
    )
    assert invoice.total == 1697.03


def test_a_building_trades_progress_bill_is_numbered_under_its_situation_heading():
    invoice = read(
        page(
            ("BATI-MAINE CONSTRUCTION", 150, 60),
            ("FACTURE", 1100, 60),
            ("La Pièce du Chêne, 72650 La Chapelle-Saint-Aubin", 150, 100),
            ("SCCV Le Clos des Vignes", 150, 240),
            ("12 avenue Bollée, 72000 Le Mans", 150, 280),
            ("Situation / Facture", 150, 360),
            ("Date", 500, 360),
            ("Chantier", 800, 360),
            ("SIT-2024-0412", 150, 400),
            ("29/03/2024", 500, 400),
            ("Le Clos des Vignes - lot 02", 800, 400),
            ("Total TTC", 900, 600),
            ("26 146,32 €", 1250, 600),
        )
    )
    assert invoice.invoice_number == "SIT-2024-0412"


def test_a_small_title_over_its_number_beside_the_letterheads_contact_line():
    invoice = read(
        page(
            ("Alpes Data Lab SAS", 150, 60, 40),
            ("FACTURE", 1000, 60, 40),
            ("15 rue Sommeiller", 150, 110),
            ("74000 Annecy", 150, 150),
            ("Facture", 1000, 190),
            ("contact@alpesdatalab.fr", 150, 190),
            ("ADL-2024-078", 1000, 230),
            ("Date", 1000, 270),
            ("29/11/2024", 1000, 310),
            ("Total HT", 900, 600),
            ("21 650,00", 1250, 600),
        )
    )
    assert invoice.invoice_number == "ADL-2024-078"


def test_an_invoice_number_labelled_n_point_facture_is_read_with_its_spaced_groups():
    invoice = read(
        page(
            ("HYDRAULIQUES MOREAU SAS", 100, 60),
            ("FACTURE", 1000, 60),
            ("RUE DES FORGES", 100, 100),
            ("N. FACTURE : F 24 10233", 1000, 100),
            ("57050 METZ", 100, 140),
            ("DU : 11/07/24", 1000, 140),
            ("Courroie trapézoïdale", 100, 400),
            ("26,36", 1200, 400),
            ("TOTAL TTC", 100, 600),
            ("31,63", 1200, 600),
        )
    )

    assert invoice.invoice_number == "F 24 10233"


def test_an_erp_printouts_facture_n_point_labels_the_number_over_the_delivery_notes():
    invoice = read(
        page(
            ("Primeurs Bonnet SARL", 1215, 75),
            ("FACTURE", 137, 370),
            ("RESTAURANT LE PETIT ZINC", 918, 370),
            ("FACTURE N.", 138, 429),
            (": 0051873", 337, 431),
            ("DATE", 140, 469),
            (":21/11/24", 338, 471),
            ("CLIENT", 143, 508),
            (": ZINC011", 335, 506),
            ("BL N.", 140, 544),
            (": 0078412", 337, 544),
            ("POMME DE TERRE AGATA CAT1 FR", 286, 716),
            ("29,50", 1461, 722),
            ("NET A PAYER", 900, 1000),
            ("195,86", 1450, 1000),
        )
    )

    assert invoice.invoice_number == "0051873"


def test_a_note_written_over_the_foot_and_the_registration_mention_name_no_one():
    invoice = read(
        page(
            ("MOREL & ASSOCIÉS", 237, 142, 63),
            ("Client:", 859, 162),
            ("Expertise comptable · Audit · Conseil", 240, 199),
            ("Domaine de Peyrac EARL", 856, 201),
            ("Cabinet Morel & Associés SELARL", 100, 269, 43),
            ("Lieu-dit Les Graves", 855, 279),
            ("54 cours de l'Intendance", 99, 350),
            ("33000 Bordeaux", 103, 387),
            ("NOTE D'HONORAIRES N° H-2025-0012", 100, 600),
            ("Bordeaux, le 8 janvier 2025", 100, 650),
            ("Mission de tenue comptable 2024", 100, 900),
            ("3 903,87", 1300, 900),
            ("Total TTC", 900, 1100),
            ("4 684,64", 1300, 1100),
            ("wuavecP.te15/0l-JM.", 153, 1935, 89),
            (
                "SELARL d'expertise comptable inscrite au Tableau de l'Ordre de Nouvelle-Aquitaine"
                " - Capital 30 000 €",
                393,
                2201,
                28,
            ),
            ("SIRET 512 345 678 00021 - TVA FR45512345678", 393, 2240, 28),
        )
    )

    assert invoice.vendor == "Cabinet Morel & Associés SELARL"


@pytest.mark.parametrize(
    ("mark", "heading", "footer"),
    [
        ("SGA", "SÉCURITÉ GARDIENNAGE ATLANTIQUE SAS", "SÉCURITÉ GARDIENNAGE ATLANTIQUE"),
        ("GIR", "EURL GIRARD PLÂTRERIE ISOLATION", "GIRARD PLÂTRERIE ISOLATION"),
    ],
)
def test_a_heading_that_prints_the_footers_name_with_its_form_is_believed(mark, heading, footer):
    invoice = read(
        sized(
            # A logo: its initials small, then large.
            (mark, 203, 314, 35),
            (mark, 282, 308, 58),
            ("FACTURE", 1244, 306, 58),
            ("N° Facture", 907, 382, 36),
            ("SGA25-0611", 1361, 385, 34),
            (heading, 185, 412, 41),
            ("Date facture", 906, 412, 34),
            ("30/06/2025", 1375, 415, 34),
            ("Surveillance humaine · Télésurveillance", 184, 451, 34),
            ("3 rue Marcel Sembat", 184, 490, 34),
            ("44100 Nantes", 184, 530, 34),
            ("Client", 184, 650, 34),
            ("Groupe Immobilier Océane SA", 184, 690, 34),
            ("Gardiennage de site", 134, 900, 30),
            ("9 256,54", 1428, 900, 30),
            ("Total TTC", 980, 1300, 30),
            ("11 107,85 €", 1384, 1300, 30),
            (
                f"{footer} — {heading.replace(footer, '').strip()} au capital de 50 000 € — RCS Nantes 412 587 936",
                200,
                2188,
                30,
            ),
        )
    )

    assert invoice.vendor == heading
    assert "vendor" not in needs_review(invoice, checks(invoice, TODAY))


def test_the_sender_lines_name_with_its_form_before_a_dash_and_the_town_completes_the_heading():
    invoice = read(
        sized(
            ("Provence Alimentaire Distribution", 150, 100, 45),
            ("Provence Alimentaire Distribution SA - 13400 Aubagne", 150, 300, 20),
            ("Facture n°", 900, 300, 25),
            ("FAC 2025 015624", 1200, 300, 25),
            ("Date", 900, 340, 25),
            ("21/02/2025", 1200, 340, 25),
            ("Huile d'olive vierge extra 5 l", 150, 700, 25),
            ("11 777,12", 1300, 700, 25),
            ("Total TTC", 900, 900, 25),
            ("12 779,72 €", 1300, 900, 25),
        )
    )

    assert invoice.vendor == "Provence Alimentaire Distribution SA"
