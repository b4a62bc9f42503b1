"""Invoices from Spain, Italy and Portugal, and the documents of a business trip: a
number heading its own column beside the title's cell, Portugal's `Documento: FR
2023/57`, a professional's monogram before the name, a short page's last sums row taken
for no footer name, a ride's `Trip #`, a ticket's journeys under a `Date` heading, the
net amount and the change after cash said as sums, and the name heading the page read
whole beside its title or with a word (`Table`, `Copy`) that elsewhere marks no name; a
till's own word for the sale (`Chk`, `Bill`, `Docket`, `N.º`) before its number, and a
registration line misread `Co. Rea No` still registering the company over it, and the GST
a total includes, printed beside its label, taken for no total."""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_french_software import sized
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt


def banded(title: str, label: str, value: str) -> list:
    """A page whose title sits in a band at the left of the heading row of the number's
    and date's columns, their values under them."""
    return sized(
        ("Serralharia Costa & Filhos, Lda.", 150, 130, 40),
        ("Zona Industrial de Paredes, Lote 7", 150, 180, 28),
        ("NIF: 506187349", 150, 220, 28),
        ("Cliente", 150, 350, 30),
        ("Construções Vale do Sousa, Lda.", 150, 390, 30),
        (title, 150, 727, 51),
        (label, 520, 726, 27),
        ("Data de emissão", 768, 726, 27),
        ("Obra", 1264, 726, 27),
        (value, 520, 761, 33),
        ("07-04-2021", 768, 761, 33),
        ("Lordelo L14", 1264, 761, 33),
        ("Portão de correr galvanizado", 150, 900, 30),
        ("1.480,00", 1300, 900, 30),
        ("Total a pagar", 900, 1000, 30),
        ("1.820,40 €", 1300, 1000, 30),
    )


@pytest.mark.parametrize(
    ("title", "label", "value"),
    [
        ("FACTURA", "Nº factura", "CB-2019-0456"),
        ("FATURA", "Fatura", "FT 2021/88"),
    ],
)
def test_a_number_heading_its_column_beside_the_titles_cell_labels_the_value_under_it(
    title, label, value
):
    assert read(banded(title, label, value)).invoice_number == value


def test_a_portuguese_documentos_code_is_the_number():
    invoice = read(
        page(
            ("Frutas do Oeste, Lda.", 150, 80),
            ("FATURA-RECIBO", 150, 130),
            ("Documento:", 900, 200),
            ("FR 2023/57", 1150, 200),
            ("Data:", 900, 240),
            ("18/09/2023", 1150, 240),
            ("Laranja do Algarve", 150, 500),
            ("69,00", 1300, 500),
            ("Total a pagar", 900, 600),
            ("73,14 €", 1300, 600),
        )
    )

    assert invoice.invoice_number == "FR 2023/57"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("MF Ing. Marco Ferri", "Ing. Marco Ferri"),
        ("EV Edilverde S.r.l.", "Edilverde S.r.l."),
    ],
)
def test_a_monogram_before_a_professionals_or_a_compound_name_is_no_part_of_it(heading, name):
    invoice = read(
        page(
            (heading, 150, 80),
            ("Progettazione strutturale", 150, 130),
            ("Via Vittorio Emanuele II, 17 - 25122 Brescia", 150, 170),
            ("P.IVA 03561890985", 150, 210),
            ("Fattura n.", 900, 300),
            ("24/PA", 1150, 300),
            ("Data", 900, 340),
            ("05/06/2021", 1150, 340),
            ("Progetto strutturale", 150, 500),
            ("2.100,00", 1300, 500),
            ("Totale documento", 900, 600),
            ("2.562,00 €", 1300, 600),
        )
    )

    assert invoice.vendor == name


def test_a_short_pages_last_sums_row_is_no_footer_name():
    invoice = read(
        page(
            ("Studio Legale Avv. Francesca Bellini", 150, 80),
            ("CEDENTE / PRESTATORE", 150, 160),
            ("CLIENTE", 900, 160),
            ("Studio Legale Avv. Francesca Bellini", 150, 200),
            ("Logistica Lombarda S.p.A.", 900, 200),
            ("Corso di Porta Romana, 63", 150, 240),
            ("Via dell'Artigianato, 8", 900, 240),
            ("P.IVA 08451230158", 150, 280),
            ("P.IVA 12987601536", 900, 280),
            ("Fattura n.", 150, 360),
            ("23/2023", 400, 360),
            ("Data", 150, 400),
            ("09/10/2023", 400, 400),
            ("Onorari per assistenza stragiudiziale", 150, 480),
            ("1.800,00", 1300, 480),
            ("Spese generali 15%", 900, 540),
            ("270,00 €", 1300, 540),
            ("C.P.A. 4%", 900, 580),
            ("82,80 €", 1300, 580),
            ("Imponibile IVA", 900, 620),
            ("2.152,80 €", 1300, 620),
            ("IVA 22%", 900, 660),
            ("473,62 €", 1300, 660),
            ("Totale documento", 900, 700),
            ("2.626,42 €", 1300, 700),
            ("Ritenuta d'acconto 20%", 700, 740),
            ("-414,00 €", 1300, 740),
            ("Netto a pagare", 900, 780),
            ("2.212,42 €", 1300, 780),
            ("IBAN: IT55 M050 3401 6330 0000 0012 345", 150, 820),
        )
    )

    assert invoice.vendor == "Studio Legale Avv. Francesca Bellini"


@pytest.mark.parametrize(
    "printed",
    [
        [("TRIP #", 40), ("8841", 400)],
        [("Trip ID", 40), ("BMC-77341982", 400)],
        [("03/01/2025 07:55", 40), ("Trans 118302", 400)],
    ],
)
def test_a_rides_trip_number_or_a_tills_trans_is_the_receipts_number(printed):
    invoice = read(
        receipt(
            [("YELLOW LINE CAB CO", 120)],
            [("Medallion 4K21", 40)],
            printed,
            [("Date", 40), ("03/01/2025", 400)],
            [("Fare", 40), ("34.50", 400)],
            [("TOTAL", 40), ("34.50", 400)],
        )
    )

    assert invoice.invoice_number == printed[-1][0].rpartition(" ")[2]


def test_a_tickets_journeys_under_a_date_heading_do_not_date_it():
    invoice = read(
        page(
            ("Pacific Coastline Rail", 150, 80),
            ("eTicket & Receipt", 900, 80),
            ("Passenger", 150, 160),
            ("Reservation Number", 900, 160),
            ("4A7C29", 1200, 160),
            ("MEGAN ALVAREZ", 150, 200),
            ("Purchase Date", 900, 200),
            ("05/22/2025", 1200, 200),
            ("Date", 150, 300),
            ("Train", 400, 300),
            ("From", 600, 300),
            ("06/03/2025", 150, 340),
            ("712", 400, 340),
            ("San Jose Diridon", 600, 340),
            ("06/05/2025", 150, 380),
            ("713", 400, 380),
            ("San Luis Obispo", 600, 380),
            ("Total Fare", 900, 480),
            ("$116.00", 1200, 480),
        )
    )

    assert invoice.issue_date == "2025-05-22"


def test_a_balance_after_cash_beyond_the_total_is_the_change_not_an_amount_due():
    invoice = read(
        page(
            ("PERKAKAS BINAAN AL-AMIN ENTERPRISE", 300, 60),
            ("CASH BILL", 550, 120),
            ("No.", 900, 180),
            ("CB/2016/07223", 1100, 180),
            ("Date", 900, 220),
            ("27-06-2016", 1100, 220),
            ("SKIMCOAT 40KG", 180, 300),
            ("557.15", 1150, 300),
            ("NETT TOTAL", 900, 400),
            ("557.15", 1150, 400),
            ("Paid", 900, 440),
            ("560.00", 1150, 440),
            ("Balance", 900, 480),
            ("2.85", 1150, 480),
        )
    )

    assert invoice.total == pytest.approx(557.15)
    assert invoice.amount_due is None


def test_a_net_amount_that_the_tax_and_the_carriage_make_up_into_the_total_is_no_rival():
    invoice = read(
        page(
            ("Pennine Fasteners Ltd.", 150, 60),
            ("INVOICE", 900, 60),
            ("Invoice No", 900, 120),
            ("104877", 1150, 120),
            ("Date", 900, 160),
            ("12/03/2025", 1150, 160),
            ("M8 x 30 Hex Set Screw A2 Stainless", 150, 260),
            ("401.35", 1250, 260),
            ("VAT Analysis", 150, 340),
            ("Total Net Amount", 900, 340),
            ("401.35", 1250, 340),
            ("Code", 150, 380),
            ("Rate", 300, 380),
            ("Net", 450, 380),
            ("VAT", 600, 380),
            ("Carriage", 900, 420),
            ("12.50", 1250, 420),
            ("T1", 150, 460),
            ("20.00", 300, 460),
            ("413.85", 450, 460),
            ("82.77", 600, 460),
            ("Total VAT Amount", 900, 500),
            ("82.77", 1250, 500),
            ("Terms: 30 days from invoice date.", 150, 540),
            ("Invoice Total", 900, 580),
            ("£496.62", 1250, 580),
        )
    )

    assert invoice.total == pytest.approx(496.62)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    "placed",
    [
        # The title set so close after the name that a photo's OCR reads them as one phrase.
        [("Bharat Electricals Wholesale", 150, 80), ("TAX INVOICE", 680, 80)],
        # A name with a word that elsewhere marks no name: a restaurant's table, a copy.
        [("Magnolia Table Catering", 150, 80)],
        [("Main Street Print & Copy", 150, 80), ("INVOICE", 900, 80)],
    ],
)
def test_the_name_heading_the_page_is_read_whole(placed):
    invoice = read(
        page(
            *placed,
            ("88 Main Street", 150, 130),
            ("Burlington, VT 05401", 150, 170),
            ("BILL TO", 150, 260),
            ("Invoice No.", 900, 260),
            ("24-0388", 1150, 260),
            ("Lake Champlain Yoga Studio", 150, 300),
            ("Invoice Date", 900, 300),
            ("03/21/2024", 1150, 300),
            ("Flyers A5, 500 copies", 150, 450),
            ("185.00", 1250, 450),
            ("TOTAL", 900, 550),
            ("$196.10", 1250, 550),
        )
    )

    assert invoice.vendor == placed[0][0]


def test_a_sentences_dates_under_the_date_column_make_no_column_of_dates():
    invoice = read(
        page(
            ("Transports Lefèvre SARL", 150, 80),
            ("112 rue de Lannoy – 59100 Roubaix", 150, 120),
            ("Facture N° F2403-0087", 150, 250),
            ("Date", 150, 300),
            ("N° client", 450, 300),
            ("Échéance", 750, 300),
            ("31/03/2024", 150, 340),
            ("411VAN02", 450, 340),
            ("30/04/2024", 750, 340),
            ("Objet : Prestations de transport du 01/03/2024 au 31/03/2024", 150, 380),
            ("Livraison Tourcoing – Arras", 150, 480),
            ("312,00", 1250, 480),
            ("Total TTC", 900, 580),
            ("374,40 €", 1250, 580),
        )
    )

    assert invoice.issue_date == "2024-03-31"
    assert "issue_date" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("Server: JESS", 40), ("Chk 1187", 400)], "1187"),
        ([("Server: LIAM", 40), ("Check 4410", 400)], "4410"),
        ([("Server: CHLOE", 40), ("Bill 30291", 400)], "30291"),
        ([("Receipt 0045621", 40), ("POS 4", 400)], "0045621"),
        ([("Docket 77815", 40), ("POS 4", 400)], "77815"),
        ([("N.°: T014-0058823", 40)], "T014-0058823"),
        ([("N.o: A-012877", 40)], "A-012877"),
    ],
)
def test_a_tills_own_word_for_the_sale_labels_its_number(printed, number):
    invoice = read(
        receipt(
            [("THE COPPER KETTLE", 120)],
            [("14 Market Street, York", 40)],
            printed,
            [("12/03/2024 13:05", 40)],
            [("Flat white", 40), ("3.40", 400)],
            [("TOTAL", 40), ("3.40", 400)],
        )
    )

    assert invoice.invoice_number == number


def test_a_number_by_a_simplified_invoices_title_is_its_number():
    invoice = read(
        receipt(
            [("Taberna El Olivo", 120)],
            [("Calle Feria, 38 - 41003 Sevilla", 40)],
            [("FACTURA SIMPLIFICADA", 100)],
            [("N°F24-3381", 40), ("Mesa 19", 400)],
            [("16-08-24 08:36", 40)],
            [("1 CAFE SOLO", 40), ("1,50", 400)],
            [("TOTAL", 40), ("1,50", 400)],
        )
    )

    assert invoice.invoice_number == "F24-3381"


def test_a_registration_line_misread_rea_still_registers_the_company_over_it():
    invoice = read(
        sized(
            ("IKAN BAKAR PAK ALI", 755, 365, 66),
            ("PAK ALI SELERA ENTERPRISE", 690, 435, 45),
            ("Co. Rea No: JM0654321-T", 706, 486, 40),
            ("NO 32-G, JALAN PASAR, BANDAR", 669, 534, 45),
            ("SUNWAY, 81200 JOHOR BAHRU,", 684, 583, 43),
            ("SST ID: J31-1808-32000123", 680, 632, 40),
            ("Date: 14/03/2019 19:02", 600, 700, 40),
            ("IKAN BAKAR", 600, 760, 40),
            ("18.00", 1300, 760, 40),
            ("TOTAL", 600, 820, 40),
            ("18.00", 1300, 820, 40),
        )
    )

    assert invoice.vendor == "PAK ALI SELERA ENTERPRISE"


def test_the_gst_a_total_includes_printed_beside_it_is_no_total():
    invoice = read(
        receipt(
            [("LITTLE LANE CAFE", 120)],
            [("ABN 51 824 753 556", 40)],
            [("Flat white", 40), ("5.20", 400)],
            [("Smashed avo", 40), ("26.20", 400)],
            [("SUBTOTAL", 40), ("31.40", 400)],
            [("CARD SURCHARGE 1.5%", 40), ("0.47", 400)],
            [("TOTAL", 40), ("$31.87", 400)],
            [("Total includes GST", 40), ("$2.90", 400)],
            [("VISA", 40)],
            [("SALE", 40), ("$31.87", 400)],
        )
    )

    assert invoice.total == pytest.approx(31.87)


def test_a_restaurant_checks_number_on_a_folios_line_is_no_rival_for_the_folio_number():
    invoice = read(
        page(
            ("LAKESHORE GRAND HOTEL", 150, 60),
            ("GUEST FOLIO", 150, 140),
            ("Folio No.:", 900, 200),
            ("288417", 1150, 200),
            ("Date:", 900, 240),
            ("03/14/2024", 1150, 240),
            ("Date", 100, 340),
            ("Description", 300, 340),
            ("Reference", 800, 340),
            ("Charges", 1150, 340),
            ("03/11/2024", 100, 380),
            ("Room Charge", 300, 380),
            ("229.00", 1150, 380),
            ("03/11/2024", 100, 420),
            ("Harbor Room Restaurant", 300, 420),
            ("CHK 20417", 800, 420),
            ("38.40", 1150, 420),
            ("Total Charges", 800, 520),
            ("267.40", 1150, 520),
        )
    )

    assert invoice.invoice_number == "288417"
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_simplified_invoices_number_after_n_under_its_title():
    invoice = read(
        receipt(
            [("Farolillo Gastro S.L.", 20)],
            [("NIF B65432187", 20)],
            [("FACTURA SIMPLIFICADA", 20)],
            [("N. T1-004581", 20), ("13/07/2024 22:37", 300)],
            [("MESA: 12", 20), ("COMENSALES: 4", 300)],
            [("4 CANA", 20), ("11,20", 500)],
            [("TOTAL", 20), ("11,20", 500)],
        )
    )

    assert invoice.invoice_number == "T1-004581"
