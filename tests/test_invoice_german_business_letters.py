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


def test_an_insurers_sum_insured_is_no_total_and_its_annual_premium_is():
    invoice = read(
        page(
            ("Alpenland Versicherung VVaG", 150, 100),
            ("Alpenland Versicherung VVaG - 83022 Rosenheim", 150, 330),
            ("Beleg-Nr.", 900, 330),
            ("8812 55031 2025", 1150, 330),
            ("Herrn", 150, 370),
            ("Datum", 900, 370),
            ("10.01.2025", 1150, 370),
            ("Jonas Maier", 150, 410),
            ("Beitragsrechnung Hausratversicherung", 150, 560),
            ("Versicherungsort: Hauptstr. 4, 83064 Raubling · Versicherungssumme 65.000 €", 150, 610),
            ("Hausrat Grunddeckung", 150, 700),
            ("131,20", 1300, 700),
            ("Summe Nettobeitrag", 150, 760),
            ("131,20", 1300, 760),
            ("Versicherungsteuer (19 %)", 150, 800),
            ("24,93", 1300, 800),
            ("Jahresbeitrag (EUR)", 150, 840),
            ("156,13", 1300, 840),
        )
    )

    assert invoice.total == 156.13


def test_the_letterheads_name_with_the_doctors_degree_over_the_sender_lines_without_it():
    invoice = read(
        page(
            ("Dres. med. Krüger & Haas PartG", 150, 80, 44),
            ("Fachärzte für Innere Medizin · Kardiologie", 150, 140),
            ("Domplatz 3 · 48143 Münster · Telefon 0251 41 22 90", 150, 180),
            ("Dres. Krüger & Haas PartG · Domplatz 3 · 48143 Münster", 150, 330),
            ("Rg.-Nr.", 900, 330),
            ("2024/10/0417", 1150, 330),
            ("Frau", 150, 370),
            ("Rg.-Datum", 900, 370),
            ("28.10.2024", 1150, 370),
            ("Petra Schulte", 150, 410),
            ("Liquidation nach GOÄ", 150, 560),
            ("Rechnungsbetrag", 150, 800),
            ("96,45 €", 1300, 800),
        )
    )

    assert invoice.vendor == "Dres. med. Krüger & Haas PartG"


def test_a_number_in_spaced_groups_beside_the_title_in_an_info_block_is_read_whole():
    invoice = read(
        page(
            ("Sanitär Brenner GmbH", 150, 80, 44),
            ("Sanitär Brenner GmbH · Ringstraße 9 · 44135 Dortmund", 150, 330),
            ("Rechnung", 900, 330),
            ("R 2024 1193", 1150, 330),
            ("Hausverwaltung Lenz", 150, 370),
            ("Datum", 900, 370),
            ("19.12.2024", 1150, 370),
            ("Kunde", 900, 410),
            ("40877", 1150, 410),
            ("Notdiensteinsatz Heizung", 150, 560),
            ("Gesamtbetrag", 150, 800),
            ("412,30 €", 1300, 800),
        )
    )

    assert invoice.invoice_number == "R 2024 1193"


def test_a_number_under_the_title_beside_a_column_headed_vom_is_the_invoices():
    invoice = read(
        page(
            ("BAUHOF", 150, 80, 60),
            ("Bauhof Nord Baustoffhandel GmbH · Weg 30 · 21683 Stade", 150, 330),
            ("Bauunternehmung Gerdts GmbH", 150, 370),
            ("Rechnung", 150, 500),
            ("vom", 450, 500),
            ("Kunde", 750, 500),
            ("Seite", 1050, 500),
            ("R 470 118 402", 150, 540),
            ("13.03.2025", 450, 540),
            ("470-2231", 750, 540),
            ("1", 1050, 540),
            ("Kalksandstein", 150, 640),
            ("1.648,00", 1300, 640),
            ("Rechnungsbetrag", 150, 800),
            ("1.961,12 €", 1300, 800),
        )
    )

    assert invoice.invoice_number == "R 470 118 402"


def test_a_sender_lines_cut_compound_gives_way_to_the_name_spelled_out_in_the_footer():
    invoice = read(
        page(
            ("HOLTKAMP", 150, 80, 60),
            ("Holtkamp Baustoff-Handelsges. mbH, Industriestr. 9, 26135 Oldenburg", 150, 330),
            ("Rechnung Nr.", 900, 330),
            ("24-0318812", 1150, 330),
            ("Firma", 150, 370),
            ("Datum", 900, 370),
            ("07.05.2024", 1150, 370),
            ("Dachdeckerei Onken GmbH", 150, 410),
            ("Dachziegel", 150, 600),
            ("1.262,60", 1300, 600),
            ("Gesamtbetrag", 150, 700),
            ("1.502,49 €", 1300, 700),
            (
                "Holtkamp Baustoff-Handelsgesellschaft mbH · Sitz Oldenburg · Amtsgericht"
                " Oldenburg HRB 1182 · USt-IdNr. DE117722911",
                150,
                1500,
            ),
        )
    )

    assert invoice.vendor == "Holtkamp Baustoff-Handelsgesellschaft mbH"


def test_a_companys_own_letters_before_its_name_in_the_footer_are_its_names():
    invoice = read(
        page(
            ("KWS", 1293, 150, 57),
            ("KWS · Friedrichstraße 190 · 40217 Düsseldorf", 197, 381),
            ("Rechnung Nr.", 984, 377),
            ("24-05-131", 1388, 377),
            ("Lorenz & Kaya mbH", 197, 453),
            ("Rechnungsdatum", 984, 410),
            ("31.05.2024", 1378, 410),
            ("Unterhaltsreinigung Mai", 197, 700),
            ("2.469,65", 1300, 700),
            ("Gesamtbetrag", 197, 800),
            ("2.938,88 €", 1300, 800),
            (
                "KWS Kaiserswerther Gebäudeservice GmbH · Amtsgericht Düsseldorf HRB 77120"
                " · USt-IdNr. DE281177452",
                197,
                1500,
            ),
        )
    )

    assert invoice.vendor == "KWS Kaiserswerther Gebäudeservice GmbH"


@pytest.mark.parametrize(
    ("trade", "whole"),
    [
        ("Metzgerei Huber", "Metzgerei Huber, Inh. Rainer Huber e.K."),
        ("Salon Lockenpracht", "Salon Lockenpracht – Inh. Sabine Krämer"),
    ],
)
def test_a_sole_traders_name_is_read_with_its_owner_where_a_line_prints_them_as_one(trade, whole):
    invoice = read(
        page(
            (trade, 150, 80, 50),
            ("Hauptstraße 60 · 67433 Neustadt", 150, 150),
            (f"{whole}, Hauptstraße 60, 67433 Neustadt", 150, 330),
            ("Rechnung Nr.", 900, 330),
            ("24/0633", 1150, 330),
            ("Gasthaus Krone", 150, 370),
            ("Datum", 900, 370),
            ("12.06.2024", 1150, 370),
            ("Fleischwaren", 150, 600),
            ("412,30", 1300, 600),
            ("Gesamtbetrag", 150, 700),
            ("441,16 €", 1300, 700),
        )
    )

    assert invoice.vendor == whole
