"""Supplier invoices as a customer's accounts department prints them from its inbox or
its ERP: the buyer's own name and system at the top, the internal voucher number beside
the supplier's, the supplier's account in the books, and the supplier's block under a
heading of two words for it (`Lieferant / Rechnungssteller`, `Fournisseur (émetteur)`,
`FROM (SELLER)`). Its bank, named in `Bankverbindung Lieferant:`, is not the supplier."""

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
