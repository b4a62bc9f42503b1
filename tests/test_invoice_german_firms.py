"""German and Austrian firms' letters as their invoicing software prints them: the owner
named under a sole trader's business, a professional partnership's `mbB`, the bank in
the footer's columns, the address window beside the invoice's details, and a final
invoice whose deductions are wrapped over two lines."""

import pytest

from bot.invoices.layout import rows
from bot.invoices.rules import extract
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_rules import TODAY, line


def letter(*placed: tuple[str, float, float] | tuple[str, float, float, float]):
    """(text, x, y[, height]) as OCR boxes, read into an invoice."""
    lines = [line(text, x, y, height=rest[0] if rest else 30) for text, x, y, *rest in placed]
    invoice = extract(rows(lines[1::2] + lines[::2]), today=TODAY)
    return invoice, needs_review(invoice, checks(invoice, TODAY))


def pharmacy(owner: str, footer: bool = True):
    return letter(
        ("Löwen-Apotheke am Markt", 157, 137, 48),
        (owner, 157, 195),
        ("Markt 4 · 37073 Göttingen", 157, 226),
        ("Löwen-Apotheke am Markt · Markt 4 · 37073 Göttingen", 197, 364, 18),
        ("Rechnungsnummer", 961, 392),
        ("HV-250412", 1350, 392),
        ("Seniorenresidenz Talblick GmbH", 197, 412),
        ("Rechnungsdatum", 961, 425),
        ("12.04.2025", 1361, 425),
        ("Verwaltung / Einkauf", 197, 448),
        ("Kundennummer", 961, 459),
        ("HV-0042", 1394, 459),
        ("Am Weendespring 8", 197, 484),
        ("37077 Göttingen", 197, 521),
        ("USt-IdNr. DE276641820", 197, 569),
        ("Rechnung", 157, 640, 48),
        ("Verbandsmaterial", 157, 760),
        ("1.065,09 €", 1300, 760),
        ("Nettobetrag", 900, 860),
        ("1.065,09 €", 1300, 860),
        ("USt 7 %", 900, 900),
        ("74,55 €", 1300, 900),
        ("Rechnungsbetrag", 900, 940),
        ("1.139,64 €", 1300, 940),
        *(
            [
                ("Löwen-Apotheke am Markt", 157, 2100),
                ("AG Göttingen HRA 200561", 700, 2100),
                (owner, 157, 2130),
                ("USt-IdNr. DE115902384", 700, 2130),
            ]
            if footer
            else []
        ),
    )


def test_a_customer_in_the_window_beside_the_details_column_is_no_rival_seller():
    invoice, flagged = pharmacy("Apothekerin Dr. Sabine Roth", footer=False)

    assert invoice.vendor == "Löwen-Apotheke am Markt"
    assert "vendor" not in flagged


def test_the_owner_named_under_a_sole_traders_business_is_no_rival_seller():
    invoice, flagged = pharmacy("Inh. Dr. Sabine Roth e.K.")

    assert invoice.vendor == "Löwen-Apotheke am Markt"
    assert "vendor" not in flagged


def test_a_receipts_business_over_its_owner_is_the_vendor_not_a_copy_mark_or_a_signature():
    invoice, _ = letter(
        ("*** KOPIE ***", 300, 40),
        ("Rosen-Apotheke", 250, 90, 48),
        ("Inh. Dr. Katrin Vogt e.K.", 250, 150),
        ("Marktplatz 6 · 97070 Würzburg", 220, 190),
        ("Ibuprofen 400 akut 20 St", 60, 300),
        ("4,97 A", 700, 300),
        ("Nasenspray 0,1% 10ml", 60, 340),
        ("3,95 A", 700, 340),
        ("SUMME EUR", 60, 420),
        ("8,92", 700, 420),
        ("12.03.2025 10:41", 60, 500),
        ("8DuZzAXB79kCPv0P8G0rtbS0zsNZIgB7zn0s16", 60, 1400),
    )

    assert invoice.vendor == "Rosen-Apotheke"


def firm(name: str, bank: str):
    return letter(
        (name, 157, 100, 48),
        ("Seestraße 48", 157, 160),
        ("4020 Linz", 157, 200),
        (f"{name} · Seestraße 48 · 4020 Linz", 157, 360, 18),
        ("Rechnungs-Nr.", 961, 380),
        ("SR 2025/014", 1300, 380),
        ("Seehotel Pichler Betriebs-GmbH", 157, 400),
        ("Rechnungsdatum", 961, 420),
        ("22.04.2025", 1300, 420),
        ("Uferweg 3", 157, 440),
        ("4866 Unterach am Attersee", 157, 480),
        ("Schlussrechnung", 157, 600, 48),
        ("Baumeisterarbeiten", 157, 700),
        ("€ 110.118,00", 1300, 700),
        ("Gesamtsumme netto", 900, 800),
        ("€ 110.118,00", 1300, 800),
        ("20 % USt", 900, 840),
        ("€ 22.023,60", 1300, 840),
        ("Gesamtsumme brutto", 900, 880),
        ("€ 132.141,60", 1300, 880),
        ("abzgl. 1. Teilrechnung TR 2024/088 vom", 900, 920),
        ("30.10.2024", 900, 950),
        ("-€ 36.000,00", 1300, 950),
        ("abzgl. 2. Teilrechnung TR 2025/003 vom", 900, 990),
        ("15.01.2025", 900, 1020),
        ("-€ 48.000,00", 1300, 1020),
        ("abzgl. 3 % Haftrücklass von der", 900, 1060),
        ("Gesamtsumme brutto", 900, 1090),
        ("-€ 3.964,25", 1300, 1090),
        ("Zahlbetrag", 900, 1140),
        ("€ 44.177,35", 1300, 1140),
        (name, 157, 2100),
        ("UID ATU53117260", 1000, 2100),
        (bank, 1500, 2100),
        ("Seestraße 48, 4020 Linz", 157, 2130),
        ("FN 221340 b, Landesgericht Linz", 1000, 2130),
        ("IBAN AT84 1515 0000 0041 2233", 1500, 2130),
    )


@pytest.mark.parametrize(
    ("name", "bank"),
    [
        ("Baumeister Ing. Peter Wallner GmbH", "Oberbank AG"),
        ("Ingenieurbüro Dr. Haller + Partner mbB", "Sparkasse KölnBonn"),
    ],
)
def test_the_bank_in_the_footer_is_no_rival_seller_and_mbb_a_company_form(name, bank):
    invoice, flagged = firm(name, bank)

    assert invoice.vendor == name
    assert "vendor" not in flagged


def test_a_final_invoices_deductions_wrapped_over_two_lines_leave_the_amount_due():
    invoice, flagged = firm("Baumeister Ing. Peter Wallner GmbH", "Oberbank AG")

    assert invoice.total == pytest.approx(132141.60)
    assert invoice.amount_due == pytest.approx(44177.35)
    assert "amount_due" not in flagged


def test_the_general_partner_abbreviated_and_wrapped_in_the_footer_is_no_rival():
    invoice, _ = letter(
        ("Brandauer Lebensmittel-Großhandel GmbH & Co. KG", 157, 100, 48),
        ("Gewerbepark Süd 7 · 93055 Regensburg", 157, 160),
        ("Rechnung", 157, 400, 48),
        ("Rechnungsnummer", 900, 480),
        ("RE-2025-0412", 1300, 480),
        ("Rechnungsdatum", 900, 520),
        ("14.05.2025", 1300, 520),
        ("Mehl Type 405, 25 kg", 157, 700),
        ("€ 812,50", 1300, 700),
        ("Gesamtbetrag brutto", 900, 900),
        ("€ 869,38", 1300, 900),
        ("USt-IdNr. DE281004417", 157, 2100),
        ("IBAN DE44 7505 0000 0000 1234 56", 900, 2100),
        ("Pers. haft. Ges.: Brandauer", 157, 2140),
        ("Verwaltungs GmbH, GF: Martin Brandauer", 157, 2180),
    )

    assert invoice.vendor == "Brandauer Lebensmittel-Großhandel GmbH & Co. KG"


def test_the_letterhead_names_in_full_the_firm_its_sender_line_shortens():
    invoice, flagged = letter(
        ("Sanitär- und Heizungsbau Wolf GmbH & Co. KG", 150, 60, 40),
        ("Am Gewerbepark 11", 1100, 60),
        ("91413 Neustadt a. d. Aisch", 1100, 100),
        ("Wolf GmbH & Co. KG · Am Gewerbepark 11 · 91413 Neustadt a. d. Aisch", 150, 260),
        ("Rechnungsnr.", 900, 300),
        ("RE-24-00891", 1150, 300),
        ("Herrn und Frau", 150, 300),
        ("Klaus und Ingrid Popp", 150, 340),
        ("Datum", 900, 340),
        ("19.12.2024", 1150, 340),
        ("Ringstraße 27", 150, 380),
        ("91438 Bad Windsheim", 150, 420),
        ("Gesamtbetrag", 900, 700),
        ("1.452,34 €", 1150, 700),
        ("Sanitär- und Heizungsbau Wolf GmbH & Co. KG", 150, 1500),
        ("USt-IdNr. DE132778495", 900, 1500),
        ("www.wolf-haustechnik.de", 150, 1540),
    )
    assert invoice.vendor == "Sanitär- und Heizungsbau Wolf GmbH & Co. KG"
    assert "vendor" not in flagged


def test_a_swiss_letters_addressee_by_department_and_title_is_the_customer():
    invoice, _ = letter(
        ("Kasernenstrasse 23", 1000, 60),
        ("Studio Lichtblick", 150, 100, 45),
        ("9000 St. Gallen", 1000, 100),
        ("071 223 90 14", 1000, 140),
        ("Nadine Frei · Fotografie", 150, 180),
        ("CHE-417.306.882 MWST", 1000, 180),
        ("Brauerei Sonnenbräu AG", 150, 300),
        ("Marketing, Herr Lukas Eberle", 150, 340),
        ("Rheinstrasse 144", 150, 380),
        ("9444 Diepoldsau", 150, 420),
        ("St. Gallen, 03.12.2024.", 150, 520),
        ("Rechnung Nr.", 150, 600),
        ("2024-031", 500, 600),
        ("Total CHF", 900, 900),
        ("CHF 6'620.91", 1150, 900),
        ("Zahlbar innert 30 Tagen. IBAN CH44 0900 0000 8523 1194 7 (PostFinance)", 150, 1000),
        ("Herzlichen Dank für den schönen Auftrag", 150, 1100),
    )
    assert invoice.vendor == "Studio Lichtblick"


def test_a_received_stamp_a_founding_year_and_a_partner_by_name_leave_the_firm_its_name():
    invoice, flagged = letter(
        ("EINGEGANGEN", 150, 60, 40),
        ("F", 900, 60, 60),
        ("Feldmann", 1000, 60, 60),
        ("13. FEB. 2024", 150, 110),
        ("Büroeinrichtung seit 1962", 1000, 130),
        ("Feldmann Büroeinrichtung KG · Herforder Straße 301 · 33609 Bielefeld", 150, 260),
        ("Rechnung", 900, 260),
        ("AR-58214", 1150, 260),
        ("Steuerberatung Hollwede & Partner mbB", 150, 300),
        ("Datum", 900, 300),
        ("09.02.2024", 1150, 300),
        ("Detmolder Straße 88", 150, 340),
        ("33604 Bielefeld", 150, 380),
        ("Gesamt", 900, 700),
        ("22.357,02 €", 1150, 700),
        ("Feldmann Büroeinrichtung KG", 150, 1500),
        ("Amtsgericht Bielefeld HRA 15903", 900, 1500),
        ("Komplementär: Ralf Feldmann", 150, 1540),
        ("Feldmann Büroeinrichtung KG", 150, 1580),
    )
    assert invoice.vendor == "Feldmann Büroeinrichtung KG"
    assert "vendor" not in flagged


def test_a_number_with_a_two_part_prefix_set_apart_under_its_label():
    invoice, _ = letter(
        ("Nordlicht Verpackungen GmbH", 150, 60, 40),
        ("Rechnungsnr.", 150, 400),
        ("Rechnungsdatum", 500, 400),
        ("Kundennr.", 850, 400),
        ("VK-RE 2024-33910", 150, 440),
        ("16.07.2024", 500, 440),
        ("700318", 850, 440),
        ("Gesamtbetrag", 850, 700),
        ("3.131,00 €", 1150, 700),
    )
    assert invoice.invoice_number == "VK-RE 2024-33910"


@pytest.mark.parametrize(
    ("trade", "owner"),
    [
        ("Praxis für Physiotherapie", "Tanja Albrecht"),
        ("Bäckerei", "Konditorei Huber"),
    ],
)
def test_a_practice_heading_its_owners_name_is_one_name_beside_the_other_columns_address(
    trade, owner
):
    invoice, _ = letter(
        (trade, 155, 101, 43),
        ("Bahnhofstraße 3", 1308, 104, 39),
        ("04828 Bennewitz", 1301, 135, 33),
        (owner, 155, 143, 56),
        ("Tel. 03425 81 22 07", 1270, 161, 32),
        ("Physiotherapie T. Albrecht, Bahnhofstr. 3, 04828 Bennewitz", 156, 360),
        ("Herrn", 156, 393),
        ("Rechnungs-Nr.: 10245", 1024, 395),
        ("Werner Kühnel", 153, 425),
        ("Rechnungsdatum: 03.02.25", 1021, 425),
        ("Lindenweg 14", 153, 461),
        ("04808 Wurzen", 156, 494),
        ("Rechnung", 154, 644, 55),
        ("Krankengymnastik, Hausbesuch", 154, 780),
        ("283,20", 1400, 780),
        ("Gesamtbetrag", 154, 840),
        ("283,20", 1400, 840),
    )

    assert invoice.vendor == f"{trade} {owner}"


def test_the_owner_under_a_practices_name_in_the_sellers_block_is_no_part_of_it():
    invoice, _ = letter(
        ("Visualisierung der ZUGFeRD-Rechnung", 139, 90, 34),
        ("Handelsrechnung Nr. R250803 vom 2025-10-16", 139, 155, 29),
        ("Verkäufer:", 139, 297, 23),
        ("Praxis für Physiotherapie", 172, 331, 23),
        ("Sabine Krauleidis", 172, 365, 23),
        ("Marktstraße 14", 172, 399, 23),
        ("DE-79098 Freiburg im Breisgau", 172, 432, 23),
        ("Käufer:", 900, 297, 23),
        ("Werner Kühnel", 933, 331, 23),
        ("Gesamtbetrag", 139, 900, 23),
        ("481,00", 1300, 900, 23),
    )

    assert invoice.vendor == "Praxis für Physiotherapie"


def test_the_company_in_an_unlabelled_address_window_is_the_customer():
    invoice, _ = letter(
        ("Malerbetrieb Jens Krüger", 161, 110, 56),
        ("Malermeister", 165, 172, 37),
        ("Wilhelmshöher Allee 301 – 34131 Kassel – Tel. 0561 3 16 27 45", 162, 212, 39),
        ("Hausverwaltung Engel GmbH", 180, 409, 38),
        ("Rechnungs-Nr.:", 967, 403, 37),
        ("2024-027", 1413, 405, 33),
        ("Friedrich-Ebert-Straße 88", 177, 444, 37),
        ("Rechnungsdatum:", 967, 443, 31),
        ("15.08.2024", 1397, 439, 37),
        ("34117 Kassel", 179, 481, 37),
        ("Rechnung 2024-027", 161, 762, 49),
        ("Treppenhaus Wände und Decken streichen", 233, 962, 37),
        ("1.299,40", 1413, 964, 33),
        ("Rechnungsbetrag", 933, 1300, 39),
        ("1.299,40 €", 1385, 1300, 37),
    )

    assert invoice.vendor == "Malerbetrieb Jens Krüger"


def test_the_sellers_own_block_under_the_invoices_fields_is_no_address_window():
    invoice, _ = letter(
        ("Invoice", 133, 108, 73),
        ("fernhill", 1400, 119, 59),
        ("Invoice number", 133, 237),
        ("FH8C21A0-0007", 585, 237),
        ("Date of issue", 133, 276),
        ("March 5, 2024", 612, 276),
        ("Date due", 133, 315),
        ("April 4, 2024", 632, 315),
        ("Fernhill Analytics, Inc.", 133, 382),
        ("Bill to", 717, 382),
        ("548 Market Street, Suite 21704", 133, 417),
        ("Ostrander Home Goods LLC", 717, 417),
        ("San Francisco, California 94104", 133, 451),
        ("212 W 37th St, Floor 4", 717, 486),
        ("New York, New York 10018", 717, 521),
        ("$764.30 USD due April 4, 2024", 133, 667, 53),
        ("Total", 900, 900),
        ("$764.30", 1400, 900),
    )

    assert invoice.vendor == "Fernhill Analytics, Inc."


@pytest.mark.parametrize(
    ("title", "number"),
    [("Werkstattrechnung", "WR 45120"), ("Ursprungsrechnung", None)],
)
def test_a_compound_title_in_the_info_block_numbers_the_document(title, number):
    invoice, _ = letter(
        ("Autohaus Brandstätter GmbH", 860, 116, 41),
        ("Autohaus Brandstätter GmbH, Salzburger Str. 233, 4600 Wels", 172, 332),
        ("Herrn", 170, 371),
        (title, 969, 389),
        ("WR 45120", 1389, 395),
        ("Stefan Reiter", 172, 406),
        ("Datum", 969, 426),
        ("12.06.2025", 1376, 424),
        ("Inspektion nach Herstellervorgabe", 168, 800),
        ("936,78", 1400, 800),
        ("Rechnungsbetrag", 900, 1000),
        ("936,78 €", 1380, 1000),
    )

    assert invoice.invoice_number == number


def test_the_firm_in_full_beside_a_logos_word_and_in_the_footer_over_the_sender_lines():
    invoice, _ = letter(
        ("EBERT", 157, 89, 75),
        ("Holz- und Baustoffzentrum Ebert GmbH", 1064, 96, 39),
        ("Holz·Baustoffe·Gartenbau", 157, 162, 39),
        ("Gutenbergstraße 5", 1377, 150),
        ("35394 Gießen", 1417, 186),
        ("rechnung@ebert-baustoffe.de", 1277, 250),
        ("Ebert GmbH · Gutenbergstraße 5 - 35394 Gießen", 158, 325),
        ("Schreinerei Müller & Sohn", 160, 368),
        ("Rechnungs-Nr.", 1025, 390),
        ("SR-2024-0318", 1277, 392),
        ("Rechnungsdatum", 1020, 427),
        ("02.01.2024", 1275, 429),
        ("Lindenweg 4", 152, 445),
        ("Bauholz KVH 60x120", 160, 800),
        ("23.343,67", 1400, 800),
        ("Rechnungsbetrag", 900, 1000),
        ("23.343,67 €", 1380, 1000),
        ("Holz- und Baustoffzentrum Ebert GmbH · Gutenbergstraße 5 · 35394 Gießen", 160, 2150),
        ("USt-IdNr. DE812345678 · HRB 4711 Amtsgericht Gießen", 160, 2190),
    )

    assert invoice.vendor == "Holz- und Baustoffzentrum Ebert GmbH"


def test_a_marketplaces_logo_over_rechnung_von_leaves_the_seller_its_invoice():
    invoice, _ = letter(
        ("Craftory", 111, 97, 81),
        ("RECHNUNG", 1221, 115, 52),
        ("Rechnung von", 111, 256, 21),
        ("Rechnungsnummer", 1015, 255, 22),
        ("HL-24-0389", 1416, 255, 22),
        ("Atelier Holzliebe", 111, 290, 34),
        ("Rechnungsdatum", 1015, 291, 22),
        ("19.08.2024", 1424, 291, 22),
        ("Inhaberin: Jana Pohl", 111, 338, 22),
        ("Mühlenweg 3", 111, 368, 22),
        ("24582 Bordesholm", 111, 397, 22),
        ("Rechnung an", 111, 536, 22),
        ("Lukas Bergmann", 111, 568, 22),
        ("Personalisiertes Türschild aus Eiche", 119, 833, 22),
        ("34,90 €", 1455, 833, 22),
        ("Gesamtbetrag", 1015, 1000, 22),
        ("34,90 €", 1455, 1000, 22),
    )

    assert invoice.vendor == "Atelier Holzliebe"
