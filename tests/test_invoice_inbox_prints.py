"""Supplier invoices as a customer's accounts department prints them from its inbox or
its ERP: the buyer's own name and system at the top, the internal voucher number beside
the supplier's, the supplier's account in the books, and the supplier's block under a
heading of two words for it (`Lieferant / Rechnungssteller`, `Fournisseur (émetteur)`,
`FROM (SELLER)`). Its bank, named in `Bankverbindung Lieferant:`, is not the supplier."""

import pytest

from tests.test_invoice_parties import page, read


def test_the_suppliers_bank_after_its_label_is_no_vendor():
    invoice = read(
        page(
            ("EINGEGANGEN", 1037, 55, 74),
            ("20. JUNI 2024", 1045, 101, 79),
            ("Meyer & Töpfer Maschinenbau GmbH · Kreditorenbuchhaltung", 143, 275, 21),
            ("proALPHA ERP · Eingangsrechnungsbuch", 1091, 275, 21),
            ("Eingangsrechnung", 143, 326, 44),
            ("Beleg-Nr. (intern):", 159, 422, 20),
            ("ER-24-004187", 411, 421, 22),
            ("Rechnungsnummer:", 860, 422, 20),
            ("R24-05521", 1112, 421, 22),
            ("Rechnungsdatum:", 860, 455, 20),
            ("18.06.2024", 1112, 453, 22),
            ("70114 Brenner & Voigt Haustechnik", 411, 518, 22),
            ("Kreditor:", 159, 549, 20),
            ("GmbH", 411, 548, 22),
            ("Lieferant / Rechnungssteller", 143, 691, 20),
            ("Rechnungsempfänger", 843, 691, 20),
            ("Brenner & Voigt Haustechnik GmbH", 143, 734, 22),
            ("Meyer & Töpfer Maschinenbau GmbH", 843, 734, 22),
            ("Industriestraße 14", 143, 763, 22),
            ("Zeppelinstraße 17", 843, 763, 22),
            ("04509 Delitzsch", 143, 793, 22),
            ("73760 Ostfildern", 843, 793, 22),
            ("USt-IdNr.: DE284731956", 143, 822, 22),
            ("Wartung Heizungsanlage", 221, 970, 21),
            ("590,38", 1450, 970, 21),
            ("Bruttobetrag", 1000, 1100, 21),
            ("702,55 EUR", 1400, 1100, 21),
            (
                "Bankverbindung Lieferant: Sparkasse Leipzig · IBAN DE27 8605 5592 1090 2214 87",
                143,
                1180,
                20,
            ),
        )
    )

    assert (invoice.vendor, invoice.invoice_number) == (
        "Brenner & Voigt Haustechnik GmbH",
        "R24-05521",
    )


def test_a_french_inbox_names_the_supplier_without_its_account_code():
    invoice = read(
        page(
            ("REÇU LE", 408, 92, 67),
            ("24 AVR. 2024", 350, 132, 81),
            ("Transports Mercier & Cie SAS - Comptabilité fournisseurs", 157, 296, 39),
            ("Sage 100 – Factures fournisseurs", 1189, 287, 41),
            ("Facture reçue", 158, 354, 51),
            ("N° de pièce interne:", 175, 446, 31),
            ("FF2404-0189", 427, 440, 38),
            ("N° facture fournisseur:", 875, 440, 33),
            ("2024-FV-0712", 1124, 435, 38),
            ("Date de facture:", 877, 473, 31),
            ("22/04/2024", 1124, 467, 38),
            ("401SECUR – Sécurivolt Électricité", 425, 532, 41),
            ("Compte fournisseur:", 180, 573, 30),
            ("SAS", 429, 569, 34),
            ("Fournisseur (émetteur)", 161, 712, 31),
            ("Destinataire", 862, 706, 33),
            ("Sécurivolt Électricité SAS", 163, 752, 38),
            ("Transports Mercier & Cie SAS", 858, 744, 40),
            ("27 boulevard de Strasbourg", 161, 781, 38),
            ("14 rue Denis Papin", 862, 778, 33),
            ("31000 Toulouse", 163, 814, 31),
            ("31500 Toulouse", 864, 808, 31),
            ("Disjoncteur différentiel 30 mA 40 A", 241, 985, 41),
            ("788,40", 1462, 979, 34),
            ("Total TTC", 1100, 1100, 34),
            ("946,08", 1462, 1100, 34),
            ("Coordonnées bancaires fournisseur: Banque Populaire Occitane", 161, 1180, 30),
        )
    )

    assert (invoice.vendor, invoice.invoice_number) == (
        "Sécurivolt Électricité SAS",
        "2024-FV-0712",
    )


def test_a_portals_received_date_beside_the_invoices_date_is_not_its_date():
    invoice = read(
        page(
            ("24.07.2025, 08:51", 60, 30, 20),
            ("Spendwise P2P", 111, 90, 30),
            ("Kranz Logistik GmbH & Co. KG", 467, 200, 30),
            ("Rechnung KL-889201", 467, 250, 25),
            ("LIEFERANT", 467, 497, 18),
            ("RECHNUNGSEMPFÄNGER", 836, 495, 21),
            ("RECHNUNGSNR.", 1206, 497, 18),
            ("Kranz Logistik GmbH & Co. KG", 467, 528, 25),
            ("Maschinenbau Ebert AG", 836, 528, 25),
            ("KL-889201", 1206, 528, 25),
            ("RECHNUNGSDATUM", 467, 597, 18),
            ("EINGANGSDATUM", 836, 597, 18),
            ("FÄLLIGKEIT", 1206, 595, 21),
            ("2025-07-22", 467, 628, 25),
            ("2025-07-23", 836, 628, 25),
            ("2025-08-21", 1206, 628, 25),
            ("Brutto", 467, 900, 25),
            ("905,07 €", 1206, 900, 25),
            ("Verlauf", 467, 1000, 25),
            ("2025-07-23", 467, 1040, 25),
            ("Rechnung eingegangen", 836, 1040, 25),
            ("2025-07-23", 467, 1080, 25),
            ("Bestellbezug geprüft", 836, 1080, 25),
        )
    )

    assert invoice.issue_date == "2025-07-22"


def test_a_notifications_issuer_in_its_summary_table_is_the_vendor_not_the_platform():
    invoice = read(
        page(
            ("Zahlfix <rechnung@zahlfix.de>", 100, 100, 25),
            ("Do., 27. Mär. 2025 um 11:20", 900, 100, 25),
            ("An: info@hv-kuehn.de", 100, 140, 25),
            ("Zahlfix", 300, 220, 45),
            ("Gartenbau Reinholz GmbH hat Ihnen eine Rechnung gesendet.", 300, 300, 25),
            ("844,90 €", 300, 360, 45),
            ("Fällig am 10.04.2025", 300, 420, 25),
            ("Rechnungsnummer", 300, 520, 25),
            ("GR-25-0156", 800, 520, 25),
            ("Rechnungsdatum", 300, 560, 25),
            ("27.03.2025", 800, 560, 25),
            ("Rechnungssteller", 300, 600, 25),
            ("Gartenbau Reinholz GmbH", 800, 600, 25),
            ("Rechnungsempfänger", 300, 640, 25),
            ("WEG Am Stadtpark 12", 800, 640, 25),
        )
    )

    assert invoice.vendor == "Gartenbau Reinholz GmbH"


@pytest.mark.parametrize("label", ["Verkäufer", "Vendeur", "Leistungserbringer"])
def test_a_salesperson_or_practitioner_beside_its_label_is_no_vendor(label):
    invoice = read(
        page(
            ("HOLZLAND PETERSEN", 181, 111, 54),
            ("Holzland Petersen GmbH", 1221, 130, 37),
            ("Industriestraße 14 · 25813 Husum", 1218, 196, 31),
            ("Holzland Petersen GmbH· Industriestr. 14 · 25813 Husum", 152, 368, 32),
            ("Rechnungs-Nr.", 954, 368, 37),
            ("30-245177", 1400, 369, 33),
            ("Tischlerei Hansen-Nissen", 152, 407, 42),
            ("Datum", 957, 404, 34),
            ("27.02.2025", 1392, 400, 42),
            ("Süderstraße 41", 152, 443, 44),
            ("25813 Schobüll", 152, 482, 37),
            (label, 957, 508, 33),
            ("M. Lorenzen", 1381, 508, 37),
            ("Rechnung", 146, 743, 60),
            ("Eiche Leimholzplatte 26 mm", 342, 888, 32),
            ("1.194,40", 1433, 888, 40),
            ("Gesamtbetrag", 954, 1100, 37),
            ("1.421,34", 1433, 1100, 37),
        )
    )

    assert invoice.vendor == "Holzland Petersen GmbH"


def test_a_number_label_wrapped_in_its_grid_cell_has_its_value_beside_its_end():
    invoice = read(
        page(
            ("Facture reçue", 143, 300, 40),
            ("N° de pièce interne:", 159, 415, 29),
            ("MD-2024-18822", 560, 413, 31),
            ("N° facture", 860, 413, 29),
            ("Date de réception:", 159, 447, 29),
            ("26/08/2024", 560, 445, 31),
            ("fournisseur:", 860, 440, 29),
            ("FAC-0824-118", 1112, 438, 31),
            ("Canal:", 159, 480, 29),
            ("Chorus Pro", 560, 480, 31),
            ("Date de facture:", 860, 480, 29),
            ("23/08/2024", 1112, 480, 31),
            ("Fournisseur (émetteur)", 143, 600, 25),
            ("Destinataire", 860, 600, 25),
            ("Atelier Grangier Menuiserie SARL", 143, 640, 25),
            ("Mairie de Villeurbanne", 860, 640, 25),
            ("Pose de porte intérieure", 143, 800, 25),
            ("731,50", 1300, 800, 25),
            ("Total TTC", 860, 900, 25),
            ("877,80 EUR", 1300, 900, 25),
        )
    )

    assert invoice.invoice_number == "FAC-0824-118"


def test_a_partnerships_form_wrapped_onto_its_own_line_is_part_of_its_name():
    invoice = read(
        page(
            ("Spendwise P2P", 100, 100, 30),
            ("Eingangsrechnungen", 400, 100, 30),
            ("LIEFERANT", 400, 300, 20),
            ("RECHNUNGSEMPFÄNGER", 800, 300, 20),
            ("RECHNUNGSNR.", 1200, 300, 20),
            ("Kranz Logistik GmbH & Co.", 400, 330, 25),
            ("Maschinenbau Ebert AG", 800, 330, 25),
            ("KL-889201", 1200, 330, 25),
            ("Auswertungen", 100, 345, 25),
            ("KG", 400, 360, 25),
            ("RECHNUNGSDATUM", 400, 420, 20),
            ("2025-07-22", 400, 450, 25),
            ("Stückguttransport Ulm – Hamburg", 400, 600, 25),
            ("760,56 €", 1200, 600, 25),
            ("Brutto", 800, 700, 25),
            ("905,07 €", 1200, 700, 25),
        )
    )

    assert invoice.vendor == "Kranz Logistik GmbH & Co. KG"


def test_a_suppliers_name_holding_the_word_merchant_is_still_its_value():
    invoice = read(
        page(
            ("De: Transports Marchand via PeppolBridge <notifications@peppolbridge.eu>", 100, 100),
            ("PeppolBridge", 300, 220, 45),
            ("Transports Marchand SAS vous a envoyé une facture.", 300, 300),
            ("1 206,00 €", 300, 360, 45),
            ("N° de facture", 300, 520),
            ("FAC-000871", 800, 520),
            ("Date de facture", 300, 560),
            ("3 mars 2025", 800, 560),
            ("Fournisseur", 300, 600),
            ("Transports Marchand SAS", 800, 600),
            ("Destinataire", 300, 640),
            ("Ets Roussel", 800, 640),
        )
    )

    assert invoice.vendor == "Transports Marchand SAS"
