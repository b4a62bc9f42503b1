"""Travel documents (a rail ticket dated by its journey above its invoice, a taxi's note,
an airline's e-ticket receipt) and receipts for payment (an official receipt naming the
invoices it pays, the sum written out in words), with labels a dot-matrix print or a
Dutch payment line reads oddly.

Layouts built here as OCR boxes, as a scanned or digital page reads.
"""

from bot.invoices.validate import SURE
from tests.test_invoice_parties import page, read


def test_a_tickets_journey_day_is_no_place_and_date_line_the_invoice_date_is_read():
    invoice = read(
        page(
            ("NSB | Nord-Süd-Bahn · Online-Ticket", 150, 60),
            ("Fahrkarte", 150, 110),
            ("Hinfahrt: Hamburg Hbf → München Hbf", 150, 160),
            ("Fr., 20.06.2025 · gültig ab 20.06.2025", 150, 200),
            ("Rechnung", 150, 300),
            ("Nord-Süd-Bahn Fernverkehr AG", 150, 340),
            ("Rechnungsnummer", 900, 340),
            ("2025-8844193", 1200, 340),
            ("Stephensonstraße 1, 60326 Frankfurt am Main", 150, 380),
            ("Rechnungsdatum", 900, 380),
            ("03.06.2025", 1200, 380),
            ("Flexpreis Hamburg Hbf – München Hbf", 150, 480),
            ("129,90", 1300, 480),
            ("Summe", 900, 560),
            ("129,90 €", 1280, 560),
            ("enthaltene MwSt 7 %", 900, 600),
            ("8,50 €", 1300, 600),
        )
    )
    assert invoice.issue_date == "2025-06-03"


def test_a_taxi_notes_prix_ttc_is_its_total():
    invoice = read(
        page(
            ("NOTE", 300, 60),
            ("SARL TAXIS DE LA BASTILLE", 150, 110),
            ("9 rue de la Roquette, 75011 PARIS", 150, 150),
            ("Date", 150, 220),
            ("21/10/2025", 500, 220),
            ("Prise en charge", 150, 270),
            ("4,40", 500, 270),
            ("Course", 150, 310),
            ("27,60", 500, 310),
            ("PRIX TTC", 150, 360),
            ("32,00 EUR", 500, 360),
            ("dont TVA 10%", 150, 400),
            ("2,91", 500, 400),
        )
    )
    assert invoice.total == 32.0


def test_an_e_ticket_receipt_is_numbered_by_its_ticket_and_issued_by_its_footers_company():
    invoice = read(
        page(
            ("Aéroligne", 150, 60),
            ("Méditerranée", 450, 60),
            ("REÇU DE BILLET ÉLECTRONIQUE", 150, 130),
            ("Passager", 150, 180),
            ("MARCHAL/JULIEN M", 600, 180),
            ("N° de billet", 150, 220),
            ("517 2450968831", 600, 220),
            ("Date d'émission", 150, 260),
            ("28/04/2025", 600, 260),
            ("Total", 150, 400),
            ("EUR 197,09", 600, 400),
            ("dont TVA 10 % : EUR 14,55", 150, 440),
            (
                "Aéroligne Méditerranée SA-Aéroport Nice Côte d'Azur, 06200 Nice – RCS Nice "
                "421 557 093 – TVA FR 28 421557093",
                150,
                1500,
            ),
        )
    )
    assert invoice.invoice_number == "517 2450968831"
    assert invoice.vendor == "Aéroligne Méditerranée SA"


OFFICIAL_RECEIPT = page(
    ("YEE SENG ELECTRICAL ENGINEERING SDN BHD", 150, 60),
    ("201701023456 (1229876-W)", 150, 100),
    ("No. 33, Jalan SS 2/24, 47300 Petaling Jaya, Selangor.", 150, 140),
    ("OFFICIAL RECEIPT", 150, 220),
    ("No. 000917", 900, 220),
    ("Date 28/11/2023", 150, 270),
    ("Received from PEMBINAAN MEGA JAYA SDN BHD", 150, 320),
    ("the sum of Ringgit Malaysia THREE THOUSAND FOUR HUNDRED FIFTY & SEN SIXTY ONLY", 150, 370),
    ("being payment of INV NO YS-1123 & YS-1131 (REWIRING WORKS)", 150, 420),
    ("Cash/Cheque No. PBB 384512", 150, 470),
    ("RM", 150, 540),
    ("3,450.60", 300, 540),
    ("For YEE SENG ELECTRICAL ENGINEERING SDN BHD", 150, 700),
)


def test_an_official_receipt_is_numbered_by_its_own_serial_not_the_invoices_it_pays():
    assert read(OFFICIAL_RECEIPT).invoice_number == "000917"


def test_the_sum_written_out_in_words_makes_an_unlabelled_total_sure():
    invoice = read(OFFICIAL_RECEIPT)
    assert invoice.total == 3450.6
    assert invoice.confidence["total"] >= SURE


def test_a_dot_matrix_no_read_as_nq_still_labels_the_number():
    invoice = read(
        page(
            ("SIN HOCK AUTO SERVICE (M) SDN BHD", 150, 60),
            ("TAX INVOICE", 400, 140),
            ("CUSTOMER : TAN BOON HUAT", 150, 200),
            ("INVOICE NQ : 18060412", 900, 200),
            ("DATE : 15/06/2018", 900, 240),
            ("BATTERY NS60 MF", 150, 320),
            ("260.00", 1100, 320),
            ("TOTAL", 800, 420),
            ("260.00", 1100, 420),
        )
    )
    assert invoice.invoice_number == "18060412"


def test_a_dutch_payment_lines_t_n_v_is_no_company_form():
    invoice = read(
        page(
            ("Janneke Visser Tekst & Taal", 150, 60),
            ("Oudegracht 301, 3511 PA Utrecht", 150, 100),
            ("KvK-nummer: 81730522", 150, 140),
            ("Btw-id: NL004512887B63", 150, 180),
            ("Factuurnummer:", 150, 300),
            ("2024-07", 500, 300),
            ("Factuurdatum:", 150, 340),
            ("28 maart 2024", 500, 340),
            ("Teksten nieuwe website", 150, 420),
            ("€650,00", 1300, 420),
            ("Totaal", 900, 500),
            ("€650,00", 1300, 500),
            (
                "Graag ontvang ik het totaalbedrag binnen 30 dagen op NL23 BUNQ 2091 7745 81 "
                "t.n.v. J. Visser,",
                150,
                1500,
            ),
            ("onder vermelding van het factuurnummer.", 150, 1540),
        )
    )
    assert invoice.vendor == "Janneke Visser Tekst & Taal"
