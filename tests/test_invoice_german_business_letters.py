"""German and Austrian invoices set as business letters (DIN 5008): the sender line over
the address window, the customer in it, the info block beside it and the firm's footer.

A tradesman billing a builder under § 13b UStG charges no VAT: the customer accounts for
it, and the invoice's `Rechnungsbetrag (netto)` is what it bills. The sentence that says
so (`Die Umsatzsteuer ist vom / Leistungsempfänger anzumelden und abzuführen.`) names
the customer's duty, and heads no customer's block: the firm signing under it is the
seller.
"""

import pytest

from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import receipt

_REVERSE_CHARGE = (
    "Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG. Die",
    "Leistungsempfänger anzumelden und abzuführen.",
)


def _letter(*notes: str, net_label: str = "Rechnungsbetrag (netto)") -> list:
    return page(
        ("Fliesen Kaya GmbH", 200, 80),
        ("FK", 200, 130),
        ("Fliesen Kaya GmbH, Hansastraße 140, 44137 Dortmund", 200, 380),
        ("Rechnungs-Nr.", 1300, 380),
        ("RE-24117", 1300, 410),
        ("Datum", 1300, 450),
        ("Westfalen Wohnbau GmbH & Co. KG", 200, 480),
        ("09.09.2024", 1300, 480),
        ("Rheinlanddamm 201", 200, 520),
        ("44139 Dortmund", 200, 560),
        ("Rechnung RE-24117", 200, 700),
        ("Pos.", 200, 800),
        ("Leistung", 300, 800),
        ("GP €", 1400, 800),
        ("1", 200, 850),
        ("Bodenfliesen 60×60 verlegen", 300, 850),
        ("1.776,50", 1400, 850),
        ("2", 200, 900),
        ("Wandfliesen 30×60 verlegen", 300, 900),
        ("6.207,52", 1400, 900),
        (net_label, 900, 1000),
        ("7.984,02 €", 1400, 1000),
        *((note, 200, 1100 + 40 * number) for number, note in enumerate(notes)),
        ("Zahlbar innerhalb von 21 Tagen nach Rechnungseingang ohne Abzug.", 200, 1180),
        ("Mit freundlichen Grüßen", 200, 1240),
        ("Fliesen Kaya GmbH", 200, 1280),
        ("Emre Kaya", 200, 1320),
        ("Fliesen Kaya GmbH", 200, 2200),
        ("Amtsgericht Dortmund HRB 31876", 700, 2200),
        ("Hansastraße 140", 200, 2240),
        ("USt-IdNr. DE317402295", 700, 2240),
    )


@pytest.mark.parametrize("net_label", ["Rechnungsbetrag (netto)", "Gesamtbetrag netto"])
def test_a_reverse_charged_invoice_bills_its_net_amount(net_label):
    invoice = read(_letter(*_REVERSE_CHARGE, net_label=net_label))

    assert invoice.total == 7984.02


def test_a_net_amount_on_a_page_silent_on_vat_is_no_total():
    assert read(_letter()).total is None


def test_the_sentence_on_the_customers_duty_heads_no_customer_block():
    invoice = read(_letter(*_REVERSE_CHARGE))

    assert invoice.vendor == "Fliesen Kaya GmbH"


def test_a_french_invoice_under_autoliquidation_bills_its_amount_before_tax():
    invoice = read(
        page(
            ("Carrelages Martin SARL", 120, 80),
            ("FACTURE N° 2024-118", 1000, 80),
            ("Date : 14/10/2024", 1000, 130),
            ("Client : Bâtir Sud SAS", 120, 300),
            ("Pose de carrelage", 120, 600),
            ("6 480,00", 1400, 600),
            ("Total HT", 1000, 700),
            ("6 480,00 €", 1400, 700),
            ("Autoliquidation – TVA due par le preneur, art. 283-2 nonies du CGI", 120, 800),
        )
    )

    assert invoice.total == 6480.00


def test_an_austrian_sole_traders_registered_name_outranks_the_surname_in_the_logo():
    invoice = read(
        page(
            ("PICHLER", 200, 80),
            ("Kfz-Technik · Pickerl · Reifenservice", 200, 150),
            ("Kfz-Technik Pichler e.U., Haller Straße 115, 6020 Innsbruck", 200, 380),
            ("Rechnungs-Nr.", 1200, 380),
            ("5530", 1450, 380),
            ("Datum", 1200, 420),
            ("07.10.2024", 1450, 420),
            ("Tiroler Bergbahnen Service GmbH", 200, 460),
            ("Olympiastraße 10", 200, 500),
            ("6020 Innsbruck", 200, 540),
            ("Service 150.000 km", 200, 800),
            ("837,85", 1450, 800),
            ("USt 20 %", 1000, 900),
            ("167,57", 1450, 900),
            ("Rechnungsbetrag", 1000, 950),
            ("1.005,42 €", 1450, 950),
            ("Kfz-Technik Pichler e.U.", 200, 2200),
            ("FN 397215 y", 800, 2200),
            ("Inh. Manuel Pichler", 200, 2240),
            ("werkstatt@pichler-kfz.at", 800, 2240),
            ("Haller Straße 115, 6020 Innsbruck", 200, 2280),
            ("UID ATU66021845", 800, 2280),
        )
    )

    assert invoice.vendor == "Kfz-Technik Pichler e.U."


def test_the_supplier_a_utility_names_in_its_small_print_ends_at_its_form():
    """`Ihr Lieferant:` heads a line that names the grid and meter operators after it."""
    invoice = read(
        receipt(
            [("Stadtwerke Lindenau", 40)],
            [("Rechnungsnummer: 7104388215", 40), ("Datum: 17.01.2025", 600)],
            [("Strom Grundversorgung", 40), ("1.300,04 €", 700)],
            [("zzgl. 19 % USt", 40), ("247,01 €", 700)],
            [("Rechnungsbetrag", 40), ("1.547,05 €", 700)],
            [
                (
                    "Ihr Lieferant: Stadtwerke Lindenau GmbH · Netzbetreiber: Lindenau Netz GmbH"
                    " · Messstellenbetreiber: Lindenau Netz GmbH",
                    40,
                )
            ],
        )
    )

    assert invoice.vendor == "Stadtwerke Lindenau GmbH"


def test_a_rail_tickets_gesamtpreis_in_its_own_cell_is_the_total():
    invoice = read(
        receipt(
            [("Tauern Rail Verkehrs GmbH", 40)],
            [("Rechnungsnr.", 40), ("TR-24-7718204", 600)],
            [("Rechnungsdatum", 40), ("22. August 2024", 600)],
            [("Leistung", 40), ("Anz.", 500), ("Einzelpreis", 600), ("Preis", 800)],
            [("Ticket Wien Hbf → Salzburg Hbf", 40), ("2", 500), ("EUR 36,90", 600), ("EUR 73,80", 800)],
            [("Upgrade Komfortklasse", 40), ("2", 500), ("EUR 12,00", 600), ("EUR 24,00", 800)],
            [("Fahrradstellplatz", 40), ("1", 500), ("EUR 7,00", 600), ("EUR 7,00", 800)],
            [("Gesamtpreis", 600), ("EUR 104,80", 800)],
            [("darin enthalten 10 % USt", 600), ("EUR 9,53", 800)],
        )
    )

    assert invoice.total == 104.8


def test_an_austrian_premium_invoices_vorschreibung_number():
    invoice = read(
        receipt(
            [("Donau-Alpen Versicherung AG", 40)],
            [("Vorschreibung Nr.", 40), ("PV 2025-0188", 600)],
            [("Datum", 40), ("10.01.2025", 600)],
            [("Prämie gesamt", 40), ("516,93 €", 700)],
        )
    )

    assert invoice.invoice_number == "PV 2025-0188"


def test_a_rechnung_nr_whose_e_a_scans_speck_marked_still_labels_the_number():
    invoice = read(
        receipt(
            [("Hotel Am Stadtpark Nürnberg GmbH", 40)],
            [("Bayreuther Straße 36·90409 Nürnberg", 40)],
            [("Rèchnung Nr.", 40), ("2024031300417", 600)],
            [("Firma", 40), ("Datum", 600), ("13.03.2024", 900)],
            [("Gesamtsumme EUR", 40), ("519,94", 900)],
        )
    )

    assert invoice.invoice_number == "2024031300417"
