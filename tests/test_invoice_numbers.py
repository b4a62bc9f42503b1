"""The invoice number and when it needs a person: weak evidence lowers its confidence.

A wrong invoice number breaks no arithmetic, so only the evidence for it can tell a
person to look: what the value looks like, how legible it was, what stands beside it
and whether the document should carry a number at all.
"""

import pytest

from bot.invoices.layout import rows
from bot.invoices.rules import extract
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_rules import TODAY, line, receipt

HEAD = [("NORDWIND HANDEL GMBH", 100)]
TAIL = [
    [("Datum: 15.03.2024", 20)],
    [("Gesamtbetrag", 20), ("119,00 EUR", 500)],
]


def number_of(*printed: list[tuple[str, float]]) -> tuple[str | None, bool]:
    """The number read from these rows, and whether it goes to a person."""
    invoice = extract(rows(receipt(HEAD, *printed, *TAIL)), today=TODAY)
    return invoice.invoice_number, "invoice_number" in needs_review(invoice, checks(invoice, TODAY))


def test_a_number_beside_its_label_is_believed():
    assert number_of([("Rechnungsnummer: RE-2024-0042", 20)]) == ("RE-2024-0042", False)
    assert number_of([("Invoice No: 2014-03", 20)]) == ("2014-03", False)
    assert number_of([("Facture N° F2024-001", 20)]) == ("F2024-001", False)


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("Rechnung Nr. TX-471102vom30.10.2018", "TX-471102"),
        ("Rechnungsnummer: R18-31vom", "R18-31"),
        ("Invoice No: INV-2024-007A", "INV-2024-007A"),
    ],
)
def test_a_word_the_ocr_ran_into_the_number_is_not_part_of_it(printed, number):
    assert number_of([(printed, 20)])[0] == number


def test_a_number_that_reads_as_an_amount_goes_to_a_person():
    assert number_of([("Invoice No: 125.00", 20)]) == ("125.00", True)


def test_a_number_that_is_an_iban_goes_to_a_person():
    iban = "DE89370400440532013000"
    assert number_of([("Invoice No:", 20), (iban, 300)]) == (iban, True)


def test_a_number_printed_elsewhere_as_the_phone_or_vat_id_goes_to_a_person():
    assert number_of([("Tel: 0387361234", 20)], [("Invoice No: 0387361234", 20)])[1]
    assert number_of([("USt-IdNr: 123456789", 20)], [("Invoice No: 123456789", 20)])[1]


def test_a_very_short_number_goes_to_a_person():
    assert number_of([("Invoice No: 42", 20)]) == ("42", True)
    assert number_of([("Invoice No: 731", 20)]) == ("731", False)


def test_a_number_with_more_digits_after_a_space_may_be_cut_short():
    assert number_of([("Invoice No: 2024 00123", 20)]) == ("2024", True)
    assert number_of([("Invoice No: 4711 vom 15.03.2024", 20)]) == ("4711", False)


def test_two_number_labels_that_disagree_go_to_a_person():
    same = number_of([("Invoice No: A-1001", 20)], [("Rechnungsnummer: A-1001", 20)])
    assert same == ("A-1001", False)
    differ = number_of([("Invoice No: A-1001", 20)], [("Rechnungsnummer: A-1007", 20)])
    assert differ == ("A-1001", True)


def test_a_number_the_ocr_was_unsure_of_goes_to_a_person():
    lines = receipt(HEAD, *TAIL)
    lines.append(line("Invoice No: INV-20419", 20, 400, confidence=0.6))
    invoice = extract(rows(lines), today=TODAY)
    assert invoice.invoice_number == "INV-20419"
    assert "invoice_number" in needs_review(invoice, checks(invoice, TODAY))


def test_a_bill_with_payment_terms_but_no_number_goes_to_a_person():
    invoice = extract(
        rows(
            receipt(
                [("Sammy Maystone INVOICE", 100)],
                [("Bill To:", 20)],
                [("Payment Terms: Net 30 days", 20)],
                [("Date: Jan 1, 2022", 20)],
                [("Total:", 20), ("$127.50", 500)],
            )
        ),
        today=TODAY,
    )
    assert invoice.invoice_number is None
    assert "invoice_number" in needs_review(invoice, checks(invoice, TODAY))


def test_a_till_receipt_without_a_number_is_not_sent_for_one():
    invoice = extract(
        rows(
            receipt(
                [("KEDAI RUNCIT AH SENG", 100)],
                [("TAX INVOICE", 150)],
                [("Date: 02/01/2018", 20)],
                [("Total", 20), ("21.70", 500)],
                [("Cash", 20), ("21.70", 500)],
            )
        ),
        today=TODAY,
    )
    assert invoice.invoice_number is None
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))



@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([[("INVOICE", 300)], [("No. 000517", 300)]], "000517"),
        ([[("Documento", 20), ("FATTURA", 200)], [("Numero", 20), ("412/2026", 200)]], "412/2026"),
        ([[("FATURA FT 2026A/341", 20)], [("ATCUD: JJ3Q7HRP-341", 20)]], "FT 2026A/341"),
        ([[("Bon 2281 Kasse 1", 20)]], "2281"),
        ([[("Calepin SAS", 20), ("N° F-2026-00312", 300)]], "F-2026-00312"),
        ([[("Bengaluru 560038", 20), ("# INV-000418", 300)]], "INV-000418"),
        ([[("ID ricevuta: RCKZ8Q4W2M", 20)]], "RCKZ8Q4W2M"),
        ([[("Nº de recibo: S4-0781", 20)]], "S4-0781"),
        ([[("Check #112", 20), ("Table 14", 300)]], "112"),
        ([[("Kvitto #1482", 20)]], "1482"),
        ([[("Ticket n° 00231", 20)]], "00231"),
        ([[("Bonnr: 118-04-5521", 20), ("Kassa 04", 300)]], "118-04-5521"),
        ([[("N°:0412-2026-118722", 20)]], "0412-2026-118722"),
        ([[("14.03.26 16:02 Kasse 12/0418", 20), ("Bon 6630", 400)]], "6630"),
        ([[("TAX INV0ICE No: 44718", 20)]], "44718"),
        ([[("SI#: 0047718", 20), ("03/02/2026 09:12", 300)]], "0047718"),
        ([[("No. Struk: 0307-019-00412", 20), ("KSR: DEWI", 400)]], "0307-019-00412"),
        ([[("Sô'HD: 000428", 20), ("Bàn:06", 300)]], "000428"),
        ([[("Resit/Receipt: CB25-08812", 20)]], "CB25-08812"),
        ([[("Bi11 No: GS/24-25/18842", 20), ("Dt:07/03/2025", 400)]], "GS/24-25/18842"),
        ([[("Faktura VAT nr FV/0412/03/2026", 20)]], "FV/0412/03/2026"),
    ],
)
def test_a_number_as_titles_tills_and_platforms_label_it(printed, number):
    assert number_of(*printed) == (number, False)


def test_a_store_number_or_a_phone_after_a_hash_or_n_sign_is_no_invoice_number():
    assert number_of([("MIAMI BEACH #1823", 20)])[0] is None
    assert number_of([("Tél. N° 0142789911", 20)])[0] is None


def number_on_page(*placed: tuple[str, float, float]) -> str | None:
    return extract(rows([line(text, x, y) for text, x, y in placed]), today=TODAY).invoice_number


def test_a_number_under_its_label_is_found_past_another_columns_text():
    assert (
        number_on_page(
            ("TAX INVOICE", 100, 40),
            ("Invoice Number", 600, 100),
            ("88 Ridgway Street", 1100, 100),
            ("Kowhai Dental Centre", 100, 140),
            ("INV-3391", 600, 140),
            ("Whanganui 4500", 1100, 140),
            ("TOTAL NZD", 600, 400),
            ("1,534.56", 1100, 400),
        )
        == "INV-3391"
    )
    assert (
        number_on_page(
            ("Billed To", 100, 300),
            ("Invoice Number", 700, 300),
            ("Amount Due (USD)", 1100, 316),
            ("Ocean State Outfitters", 100, 332),
            ("0000147", 700, 332),
            ("TOTAL", 700, 600),
            ("$3,980.55", 1100, 600),
        )
        == "0000147"
    )


def test_a_number_that_ocr_split_after_its_hyphen_may_be_cut_short():
    assert number_of([("Bi1l#:V015- 673381", 20)]) == ("V015", True)
    assert number_of([("Bi11#:V001-538524", 20)]) == ("V001-538524", False)


def test_a_single_letter_set_apart_before_the_digits_is_part_of_the_number():
    assert number_of([("RECHNUNG NR", 20), ("R 25/004471", 400)]) == ("R 25/004471", False)


@pytest.mark.parametrize("label", ["N° PRO FORMA", "Pro forma no.", "Proforma Invoice No"])
def test_a_pro_formas_own_number_is_its_number(label):
    number, _ = number_of([(label, 20), ("PF-25-0042", 400)])
    assert number == "PF-25-0042"


def test_digits_another_column_prints_after_the_number_do_not_cast_doubt_on_it():
    assert number_of([("FACTURE N° FA-2025-0087", 20), ("18 quai de la Fosse", 520)]) == (
        "FA-2025-0087",
        False,
    )


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([[("Faktura VAT", 600)], [("FS 1843/06/2024", 590)]], "FS 1843/06/2024"),
        ([[("Faktura – daňový doklad", 400)], [("č. 20240142", 400)]], "20240142"),
        ([[("FAKTURA - DAŇOVÝ DOKLAD", 20), ("číslo 240318", 500)]], "240318"),
        ([[("Számla sorszáma: DGN-2024-004127", 20)]], "DGN-2024-004127"),
        (
            [
                [("Tipologia documento", 20), ("Numero documento", 300), ("Data documento", 550)],
                [("TD01 fattura", 20), ("112/FE", 300), ("28-03-2024", 550)],
            ],
            "112/FE",
        ),
    ],
)
def test_invoice_numbers_as_more_european_invoices_print_them(printed, number):
    assert number_of(*printed)[0] == number


def test_a_number_under_the_title_past_the_logos_words_beside_it():
    lines = [
        line("FATURA", 1324, 96, height=56),
        line("LD lusodigital", 130, 124, height=59),
        line("FT LD2024/1187", 1310, 160, height=31),
        line("Data de emissão: 15/07/2024", 130, 400),
        line("Total", 130, 900),
        line("2 467,73 €", 1300, 900),
    ]
    assert extract(rows(lines), today=TODAY).invoice_number == "FT LD2024/1187"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("Folio: 8754221", 20), ("Cajero: 4410", 300)], "8754221"),
        ([("TDA 047 CAJA 05", 20), ("OP 7781", 200), ("TICKET 120934", 300)], "120934"),
        ([("NFC-e nº 000048213 Série 002 03/05/2024 22:17:45", 20)], "000048213"),
        ([("Punto de Venta: 00004", 20), ("Comp. Nro: 00012873", 300)], "00004-00012873"),
        ([("N°2345678", 20)], "2345678"),
        ([("P.V. Nro.: 0012", 20), ("Nro. T.: 00045678", 300)], "0012-00045678"),
        ([("NFC-e nº 000009921Série 001 06/10/2024 07:35:51", 20)], "000009921"),
        ([("No. FEFT 3321", 20)], "FEFT 3321"),
        ([("B001-00045821", 20)], "B001-00045821"),
    ],
)
def test_latin_american_receipts_number_themselves_by_their_own_labels(printed, number):
    found, _ = number_of(
        [("COMERCIALIZADORA ANDINA SUR LTDA.", 20)],
        [("BOLETA ELECTRONICA", 20)],
        printed,
        [("Fecha: 07/08/2024", 20)],
        [("TOTAL", 20), ("$ 26.566", 460)],
    )
    assert found == number


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("Invoice:", 20), ("RC-DMM-0092-114208", 300)], "RC-DMM-0092-114208"),
        ([("Inv:", 20), ("QSC-0012947", 300)], "QSC-0012947"),
        ([("OR No.: 0027331", 20), ("Term: 02", 300)], "0027331"),
        ([("2025-03-08 10:12", 20), ("SLIP 3392-018-0042", 300)], "3392-018-0042"),
        ([("單號 No:0022871", 20), ("枱號Table:23", 300)], "0022871"),
        ([("收據Receipt: 0315-02-118340", 20)], "0315-02-118340"),
        ([("Quittung-Nr.", 20), ("004417", 300)], "004417"),
        ([("Kwitantienr.", 20), ("2024-0905-88123", 300)], "2024-0905-88123"),
        ([("Reg#02", 20), ("Rcpt#000312", 300)], "000312"),
        ([("TICKET N.", 20), ("000781", 300)], "000781"),
        ([("Rental Agreement # 7712409381", 20)], "7712409381"),
        ([("Boekingsnummer", 20), ("#3318 2947 551", 300)], "3318 2947 551"),
    ],
)
def test_till_receipts_number_themselves_with_short_labels(printed, number):
    found, _ = number_of(
        [("HARBOUR FRESH MART LIMITED", 20)],
        printed,
        [("Date: 05/10/2024", 20)],
        [("TOTAL", 20), ("128.30", 460)],
    )
    assert found == number


def test_a_bare_hash_opening_the_info_block_numbers_the_invoice_over_the_sales_order():
    found, _ = number_of(
        [("TAX INVOICE", 20)],
        [("#", 20), (": OOPL/24-25/0117", 100), ("Place Of Supply", 560), (": Karnataka", 800)],
        [("Invoice Date", 20), (": 12-Apr-2024", 200)],
        [("Sales Order#", 20), (": SO-00388", 200)],
    )
    assert found == "OOPL/24-25/0117"


def test_a_number_column_of_a_freight_bills_consignments_is_not_the_bills_number():
    found, _ = number_of(
        [("FREIGHT BILL", 20)],
        [("M/s Punjab Agro Processors Ltd.", 20), ("Bill No.", 300), (": MDR/312/23-24", 400)],
        [("Date", 300), (": 05.02.24", 400)],
        [("L.R. No.", 20), ("Consignor Inv. No.", 200), ("Total", 460)],
        [("4471", 20), ("PIC/2324/8812", 200), ("40,867.50", 460)],
        [("4479", 20), ("PIC/2324/8840", 200), ("49,700.00", 460)],
    )
    assert found == "MDR/312/23-24"


@pytest.mark.parametrize(
    ("title", "printed", "number"),
    [
        ("Facture / Invoice", "NDM-2025-0031877", "NDM-2025-0031877"),
        ("Fatura-Recibo", "N.º FR A2024/157", "FR A2024/157"),
    ],
)
def test_a_number_under_a_bilingual_or_portuguese_title_numbers_the_invoice(
    title, printed, number
):
    found, _ = number_of([(title, 20)], [(printed, 20)], [("Date: 03/02/2025", 20)])
    assert found == number



@pytest.mark.parametrize(
    ("logo", "title", "under", "number"),
    [
        ("nomadom", "Facture / Invoice", "NDM-2025-0031877", "NDM-2025-0031877"),
        ("NUAGIX", "Facture FR58211946", "Émise le 14/02/2024", "FR58211946"),
    ],
)
def test_a_title_beside_the_logos_word_numbers_the_invoice(logo, title, under, number):
    """Under the title, or after it in its cell; a transaction id lower down is not it."""
    lines = [
        line(logo, 130, 100, height=48),
        line(title, 1100, 104, height=40),
        line(under, 1100, 160),
        line("Date | Moyen de paiement", 130, 400),
        line("Transaction 7F3K2Q9LX81", 130, 480),
        line("Total TTC", 130, 900),
        line("119,08 €", 1300, 900),
    ]
    assert extract(rows(lines), today=TODAY).invoice_number == number

def test_a_title_beside_a_cell_with_digits_is_no_title_heading_a_number():
    assert number_of([("Kunde 10488", 20), ("Rechnung", 400)], [("4711-22", 400)])[0] is None


def test_a_label_said_again_in_a_script_the_ocr_cannot_read_does_not_hide_the_number():
    found, _ = number_of([("Invoice No", 20), ("giai", 250), ("40211-7785320", 400)])
    assert found == "40211-7785320"
    assert number_of([("Invoice No", 20), ("Date", 250), ("12/03/2025", 400)])[0] is None


def test_an_insurers_dokumentnummer_is_the_invoices_number():
    assert number_of(
        [("Kundennummer", 300), ("3 004 771 925", 500)],
        [("Dokumentnummer", 300), ("2024-11-0471829", 500)],
    ) == ("2024-11-0471829", False)


def test_a_correction_names_the_invoice_it_corrects_but_is_numbered_by_its_own_label():
    assert number_of(
        [("Dokumentnummer", 300), ("RK-2025-000318", 500)],
        [("Rechnungskorrektur (Gutschrift)", 20)],
        [("Korrektur der Rechnung Nr. 2025-014472 vom 03.02.2025, Februar 2025", 20)],
    ) == ("RK-2025-000318", False)
    assert number_of(
        [("Credit Note No: CN-0418", 20)],
        [("Correction of the invoice no. INV-22871 dated 03/02/2025", 20)],
    ) == ("CN-0418", False)


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("Rechnungs-Nr.", 300), ("2024-884 120 517", 500)], "2024-884 120 517"),
        ([("Receipt 1734 092 551", 20)], "1734 092 551"),
    ],
)
def test_a_number_printed_in_groups_after_its_label_is_read_whole(printed, number):
    assert number_of(printed) == (number, False)


@pytest.mark.parametrize(
    ("title", "under", "number"),
    [
        ("CASH SALE", [("CS-10452", 20)], "CS-10452"),
        ("TAX INVOICE", [("INV 17-004512", 20), ("21-09-2017 15:07", 420)], "INV 17-004512"),
        ("OFFICIAL RECEIPT", [("OR-2291-0415", 20)], "OR-2291-0415"),
    ],
)
def test_a_reference_whose_letters_shorten_the_title_over_it_numbers_the_document(
    title, under, number
):
    """Set at the left margin under a centred title, it shares none of the title's width."""
    assert number_of([(title, 300)], under)[0] == number


def test_a_reference_under_the_title_that_names_another_document_is_not_its_number():
    assert number_of([("TAX INVOICE", 300)], [("PO-884120", 20)])[0] is None


def test_a_space_read_as_a_middle_dot_between_title_and_mark():
    assert number_of([("FACTURE·N°F2024-0233", 20)])[0] == "F2024-0233"


def test_a_series_letter_with_an_umlaut_is_part_of_the_number():
    assert number_of([("Rechnung Nr.: Ü-2024-056", 20)])[0] == "Ü-2024-056"


def test_a_reference_alone_under_the_title_is_the_documents_number():
    assert number_of([("Facture", 20)], [("Référence : FR6318472", 20)])[0] == "FR6318472"
    assert number_of([("Votre référence : FR6318472", 20)])[0] is None


def test_a_tax_ids_number_mark_in_the_next_cell_labels_no_invoice_number():
    invoice = extract(
        rows(
            receipt(
                [("CHOP KIM LOONG TRADING", 100)],
                [("GST REG.", 20), ("NO: 000290881536", 200)],
                [("TAX INVOICE", 150)],
                [("25/07/2017 10:33", 20), ("No.:CS 017842", 400)],
                [("THINNER 1L", 20), ("9.00", 400)],
                [("TOTAL (RM)", 20), ("9.00", 400)],
            )
        ),
        today=TODAY,
    )

    assert invoice.invoice_number == "CS 017842"


def test_a_number_in_groups_before_its_date_is_read_whole():
    assert number_of([("Rechnung Nr. R 25 004 512 vom 02.06.2025", 20)])[0] == "R 25 004 512"
